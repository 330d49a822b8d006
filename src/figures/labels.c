/*
 * labels.c - clauses and labels: where a figure's clause ends, and the
 * name of the indicator it measures, cut from the clause (see "Label" in
 * figures.h): scope and link words trimmed, the counted noun after the
 * figure, the owner of an attribute (金额), the linked figure's label.
 */
#include "figures/figures_int.h"

/* Label trimming (see figures.h). */
static const char *const label_lead[] = {
    "全省", "全市", "全国", "全区", "全县", "全州", "全年", "全体", "我省", "我市",
    "我区", "我国", "其中", "另外", "此外", "同时", "以及", "并且", "约为", "共有",
    "累计", "合计", "总计", "当年", "今年", "年内", "年末", "分别", "实现", "完成",
    "达到", "和",   "及",   "与",   "并",   "另",   "且",   "约",   "共",   "为",
    "达",   "的",   "（",   "(",    "）",   ")",    "：",   "　",
};
static const char *const label_trail[] = {
    "达到", "已达", "高达", "多达", "共有", "共计", "合计", "累计", "总计", "实现", "完成", "约为",
    "约占", "超过", "突破", "接近", "将近", "不足", "不到", "至少", "分别", "位居", "排名", "全国",
    "全省", "全市", "达",   "为",   "是",   "有",   "共",   "计",   "占",   "约",   "超",   "逾",
    "近",   "了",   "的",   "在",   "居",   "列",   "第",   "前",   "等",   "连续", "历时", "为期",
    "（",   "(",    "：",   "　",
};

/* Appends t[a, b) to lb without footnote marks ([1], [3]) and ideographic
 * spaces. */
static bulletin_status put_clean(bl_buf *lb, const char *t, size_t a, size_t b)
{
    bulletin_status status = BULLETIN_OK;
    size_t run = a;
    for (size_t i = a; i < b && status == BULLETIN_OK;) {
        size_t skip = 0;
        if (t[i] == '[') {
            size_t j = i + 1;
            while (j < b && t[j] >= '0' && t[j] <= '9')
                j++;
            if (j > i + 1 && j < b && t[j] == ']')
                skip = j + 1 - i;
        } else if (b - i >= 3 && !memcmp(t + i, "\xE3\x80\x80", 3)) {
            skip = 3;
        }
        if (skip) {
            status = bl_buf_put(lb, t + run, i - run);
            i += skip;
            run = i;
        } else {
            i++;
        }
    }
    if (status == BULLETIN_OK)
        status = bl_buf_put(lb, t + run, b - run);
    return status;
}

static void trim_words(const char *t, size_t *a, size_t *b, const char *const *lead, size_t nlead,
                       const char *const *trail, size_t ntrail)
{
    for (bool again = true; again && *a < *b;) {
        again = false;
        size_t sa = skip_spaces(t, *b, *a);
        if (sa != *a) {
            *a = sa;
            again = true;
        }
        for (size_t w = 0; w < nlead && *a < *b; w++)
            if (has_at(t, *b, *a, lead[w])) {
                *a += strlen(lead[w]);
                again = true;
                break;
            }
        for (size_t w = 0; w < ntrail && *a < *b; w++)
            if (has_before(t, *a, *b, trail[w])) {
                *b -= strlen(trail[w]);
                again = true;
                break;
            }
        while (*b > *a && (t[*b - 1] == ' ' || t[*b - 1] == '\t')) {
            (*b)--;
            again = true;
        }
    }
}

/* Drops leading scope and link words (label_lead) and spaces. */
void fig_trim_scope(const char *t, size_t *a, size_t *b)
{
    trim_words(t, a, b, label_lead, NELEM(label_lead), NULL, 0);
}

/* Cuts n to at most BL_FIG_LABEL_MAX bytes at a character boundary. */
static size_t cut_label(const char *t, size_t a, size_t n)
{
    if (n <= BL_FIG_LABEL_MAX)
        return n;
    n = BL_FIG_LABEL_MAX;
    while (n > 0 && ((unsigned char)t[a + n] & 0xC0) == 0x80)
        n--;
    return n;
}

/* Words that name an attribute of an indicator, not an indicator. */
static bool is_attribute_word(const char *t, size_t n)
{
    static const char *const words[] = {"金额", "总额", "数量", "总量", "规模", "余额", "比重",
                                        "占比", "人数", "户数", "件数", "笔数", "个数", "次数",
                                        "面积", "合计", "总计", "平均", "均值", "增速", "增幅"};
    for (size_t i = 0; i < NELEM(words); i++)
        if (strlen(words[i]) == n && memcmp(t, words[i], n) == 0)
            return true;
    return false;
}

static bulletin_status make_label(scan *s, size_t k, size_t clause_end)
{
    bl_figure_list *l = s->list;
    bl_figure *f = &l->items[k];
    const char *t = s->t;
    if (f->part > 1 && k > 0 && l->items[k - 1].part == f->part - 1 && l->items[k - 1].label) {
        /* a ratio's later parts and a range's high end: the label of all */
        f->label = bl_strndup(l->mem, l->items[k - 1].label, strlen(l->items[k - 1].label));
        return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
    }
    size_t a = f->lab_start, b = f->lab_end;
    /* 0—14岁人口为…人, 60岁及以上人口: an age before the figure is part of
     * its indicator */
    for (size_t j = k; j-- > s->clause_first;) {
        const bl_figure *p = &l->items[j];
        if (p->text != f->text || p->end > a || strcmp(p->base_unit, "岁") != 0)
            break;
        a = p->start;
        if (p->part > 1)
            continue;
        break;
    }
    trim_words(t, &a, &b, label_lead, NELEM(label_lead), f->change ? NULL : label_trail,
               f->change ? 0 : NELEM(label_trail));
    /* a short segment is a verb or a scope (建成400余个…, 面向17个…): the
     * counted noun after the figure names it better */
    if (!fig_kind_is_labelled(f->kind))
        a = b; /* years, dates, identifiers name no indicator */
    else if (!f->change && bl_utf8_count(t + a, b > a ? b - a : 0) <= 2 &&
             (f->kind == BL_FIG_COUNT || f->kind == BL_FIG_AMOUNT || f->kind == BL_FIG_QUANTITY)) {
        size_t a2 = f->end;
        size_t b2 = k + 1 < l->len ? l->items[k + 1].start : clause_end;
        if (b2 > clause_end)
            b2 = clause_end;
        if (b2 < a2)
            b2 = a2;
        trim_words(t, &a2, &b2, label_lead, NELEM(label_lead), NULL, 0);
        uint32_t c0 = cp_at(t, b2, a2, NULL);
        if (b2 > a2 && (a >= b || (c0 != CP_BAD && bl_is_han(c0)))) {
            a = a2;
            b = b2;
        }
    }
    bl_buf lb;
    bl_buf_init(&lb, l->mem);
    bulletin_status status = BULLETIN_OK;
    /* A bare attribute (金额109.82亿元 after 办理专利质押登记928笔) belongs to
     * the indicator just before it in the sentence: 办理专利质押登记金额. */
    const char *owner = NULL;
    if (!f->change && b > a && k > s->sentence_first && is_attribute_word(t + a, b - a)) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->label && *p->label && !p->change
            && fig_kind_is_labelled(p->kind))
            owner = p->label;
    }
    /* 突破5000亿元，达到5123.4亿元: a figure without words of its own is
     * another value of the indicator before it (the same base unit) */
    if (!owner && !f->change && b <= a && fig_kind_is_labelled(f->kind) &&
        (f->kind == BL_FIG_COUNT || f->kind == BL_FIG_AMOUNT || f->kind == BL_FIG_QUANTITY))
        /* at most the link window back: a clause of unlabelled figures
         * (5个5个5个...) stays linear */
        for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW && !owner;) {
            const bl_figure *p = &l->items[j];
            if (p->text != f->text || p->change)
                break;
            if (p->label && *p->label && !strcmp(p->base_unit, f->base_unit) && f->base_unit[0])
                owner = p->label;
        }
    /* 0—14岁人口为253383938人，占17.95%: the share of the figure before */
    bool share = false;
    if (!owner && !f->change && f->kind == BL_FIG_PERCENT && b <= a && k > s->sentence_first &&
        (has_before(t, f->lab_start, f->lab_end, "占") || has_before(t, f->lab_start, f->lab_end, "占比为") ||
         has_before(t, f->lab_start, f->lab_end, "占比"))) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->label && *p->label && !p->change &&
            fig_kind_is_labelled(p->kind) && p->kind != BL_FIG_PERCENT) {
            owner = p->label;
            share = true;
        }
    }
    if (owner && strlen(owner) + (b - a) < BL_FIG_LABEL_MAX)
        status = bl_buf_puts(&lb, owner);
    if (share && status == BULLETIN_OK)
        status = bl_buf_puts(&lb, "占比");
    if (f->change && f->link != BL_FIG_NO_LINK && l->items[f->link].label &&
        !(b - a >= strlen(l->items[f->link].label) && *l->items[f->link].label &&
          memcmp(t + a, l->items[f->link].label, strlen(l->items[f->link].label)) == 0)) {
        /* (not when the change's own words name it: 汉族人口增加) */
        const char *ll = l->items[f->link].label;
        size_t n = strlen(ll);
        /* the verb phrase keeps its place when the linked label is long */
        size_t room = BL_FIG_LABEL_MAX > (b - a) ? BL_FIG_LABEL_MAX - (b - a) : 0;
        status = bl_buf_put(&lb, ll, cut_label(ll, 0, n < room ? n : room));
    }
    if (status == BULLETIN_OK)
        status = put_clean(&lb, t, a, a + cut_label(t, a, b > a ? b - a : 0));
    if (status == BULLETIN_OK)
        status = bl_buf_reserve(&lb, 1);
    if (status != BULLETIN_OK) {
        bl_buf_free(&lb);
        return status;
    }
    f->label = bl_buf_detach(&lb);
    return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
}

/* Ends the clause at byte `end`: sets the figures' clause ends and labels. */
/* The items of an enumeration t[a, b) split at 、 和 及 与 (对甲、乙两地出
 * 口): at most `max`, their spans in ia[], ib[]. */
static size_t enum_items(const char *t, size_t a, size_t b, size_t *ia, size_t *ib, size_t max)
{
    static const char *const joins[] = {"、", "和", "及", "与"};
    size_t n = 0, start = a;
    for (size_t i = a; i < b;) {
        size_t w = 0;
        for (size_t j = 0; j < NELEM(joins) && !w; j++)
            if (has_at(t, b, i, joins[j]))
                w = strlen(joins[j]);
        if (w) {
            if (n == max)
                return 0;
            ia[n] = start;
            ib[n++] = i;
            start = i + w;
            i += w;
            continue;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
    }
    if (n == max || start >= b)
        return 0;
    ia[n] = start;
    ib[n++] = b;
    return n;
}

/* 对甲、乙两地出口分别增长12.3%、25.6%: changes after 分别 that change no
 * figure before them take, in order, the items of the enumeration before
 * 分别 as their indicators: 甲出口增长, 乙出口增长.  The last item holds
 * the words all items share (两地出口): the first item's length of it is
 * its own (乙), the rest, without a count (两地), is the shared tail. */
static bulletin_status label_respectively(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first; k + 1 < l->len; k++) {
        bl_figure *g0 = &l->items[k];
        if (!g0->change || g0->link != BL_FIG_NO_LINK || g0->text != t)
            continue;
        size_t m = 1;
        while (k + m < l->len && l->items[k + m].change && l->items[k + m].link == BL_FIG_NO_LINK &&
               l->items[k + m].text == t && m < BL_FIG_MAX_PARTS)
            m++;
        if (m < 2)
            continue;
        /* 分别 before the first change, after the figure before it */
        size_t pk = k;
        while (pk > s->sentence_first && l->items[pk - 1].numeral_chinese)
            pk--; /* 两地: a count of the items */
        size_t a = pk > s->sentence_first ? l->items[pk - 1].end : s->sentence_start;
        if (a < s->sentence_start)
            a = s->sentence_start;
        size_t fen = 0;
        for (size_t i = a; i + strlen("分别") <= g0->start; i++)
            if (has_at(t, g0->start, i, "分别"))
                fen = i;
        if (!fen) {
            k += m - 1;
            continue;
        }
        /* the enumeration starts after the last comma before 分别 */
        for (size_t i = a; i < fen;) {
            int kk;
            uint32_t c = cp_at(t, fen, i, &kk);
            i += (size_t)kk;
            if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':' || c == 0xFF1B)
                a = i;
        }
        size_t ia[BL_FIG_MAX_PARTS], ib[BL_FIG_MAX_PARTS];
        size_t pa = a, pb = fen;
        /* the comparison before 分别 is no part of the indicator */
        static const char *const cmp_words[] = {"同比", "环比", "比上年", "较上年"};
        for (bool again = true; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(cmp_words); w++)
                if (has_before(t, pa, pb, cmp_words[w])) {
                    pb -= strlen(cmp_words[w]);
                    again = true;
                }
        }
        fig_trim_scope(t, &pa, &pb);
        static const char *const preps[] = {"对", "向", "从", "在", "其中"};
        for (size_t w = 0; w < NELEM(preps); w++)
            if (has_at(t, pb, pa, preps[w]))
                pa += strlen(preps[w]);
        size_t n = enum_items(t, pa, pb, ia, ib, BL_FIG_MAX_PARTS);
        if (n != m) {
            k += m - 1;
            continue;
        }
        size_t first_chars = bl_utf8_count(t + ia[0], ib[0] - ia[0]);
        size_t own_end = ia[n - 1];
        for (size_t c = 0; c < first_chars && own_end < ib[n - 1]; c++) {
            int kk;
            cp_at(t, ib[n - 1], own_end, &kk);
            own_end += (size_t)kk;
        }
        size_t tail = own_end;
        /* 两地, 三省: a count of the items, not part of the indicator */
        int kk;
        uint32_t c0 = cp_at(t, ib[n - 1], tail, &kk);
        if (c0 != CP_BAD && is_cn_numeral(c0)) {
            size_t q = tail + (size_t)kk;
            int k2;
            uint32_t c1 = cp_at(t, ib[n - 1], q, &k2);
            if (c1 != CP_BAD && bl_is_han(c1))
                tail = q + (size_t)k2;
        }
        size_t verb_a = fen + strlen("分别"), verb_b = g0->lab_end;
        if (verb_b < verb_a)
            verb_b = verb_a;
        for (size_t j = 0; j < m; j++) {
            bl_figure *g = &l->items[k + j];
            size_t ea = ia[j], eb = j == n - 1 ? own_end : ib[j];
            bl_buf lb;
            bl_buf_init(&lb, l->mem);
            bulletin_status st = bl_buf_put(&lb, t + ea, eb - ea);
            if (st == BULLETIN_OK)
                st = bl_buf_put(&lb, t + tail, ib[n - 1] - tail);
            if (st == BULLETIN_OK)
                st = bl_buf_put(&lb, t + verb_a, verb_b - verb_a);
            if (st == BULLETIN_OK)
                st = bl_buf_reserve(&lb, 1);
            char *label = st == BULLETIN_OK ? bl_buf_detach(&lb) : NULL;
            if (!label) {
                bl_buf_free(&lb);
                return BULLETIN_ERR_NOMEM;
            }
            bl_free(l->mem, g->label);
            g->label = label;
        }
        k += m - 1;
    }
    return BULLETIN_OK;
}

/* A figure's context is its clause, but at most BL_FIG_CONTEXT_SIDE bytes
 * either side of the figure (cut at a character's start): a clause without
 * punctuation of any length would otherwise be copied once per figure into
 * every export (JSON, TSV, the workbook), output quadratic in the input. */
#define BL_FIG_CONTEXT_SIDE 480

static void clamp_context(const char *t, bl_figure *f)
{
    if (f->start > f->ctx_start && f->start - f->ctx_start > BL_FIG_CONTEXT_SIDE) {
        size_t a = f->start - BL_FIG_CONTEXT_SIDE;
        while (a < f->start && ((unsigned char)t[a] & 0xC0) == 0x80)
            a++;
        f->ctx_start = a;
    }
    if (f->ctx_end > f->end && f->ctx_end - f->end > BL_FIG_CONTEXT_SIDE) {
        size_t b = f->end + BL_FIG_CONTEXT_SIDE;
        while (b > f->end && ((unsigned char)t[b] & 0xC0) == 0x80)
            b--;
        f->ctx_end = b;
    }
}

bulletin_status fig_close_clause(scan *s, size_t end, bool sentence)
{
    size_t e = end;
    while (e > s->clause_start) {
        int k;
        uint32_t c = cp_before(s->t, s->clause_start, e, &k);
        if (c == CP_BAD || !is_space(c))
            break;
        e -= (size_t)k;
    }
    for (size_t k = s->clause_first; k < s->list->len; k++) {
        bl_figure *f = &s->list->items[k];
        f->ctx_end = e < f->ctx_start ? f->ctx_start : e;
        clamp_context(s->t, f);
    }
    for (size_t k = s->clause_first; k < s->list->len; k++) {
        bulletin_status status = make_label(s, k, e);
        if (status != BULLETIN_OK)
            return status;
    }
    s->clause_first = s->list->len;
    if (sentence) {
        bulletin_status status = label_respectively(s);
        if (status != BULLETIN_OK)
            return status;
        s->sentence_first = s->list->len;
        s->forward = BL_FIG_NO_LINK;
    }
    s->pending_qual = NULL;
    return BULLETIN_OK;
}
