/*
 * links.c - changes: the change verbs (增长, 下降 …) before a number, and
 * the link of a change to the figure it changes (同比增长59.4% -> the
 * figure before it), with enumerations (分别增长18.6%和21.3%).  The rules
 * are those of "Change links" in figures.h.
 */
#include "figures/figures_int.h"

/* Change verbs directly before the number (or its qualifier). */
static const struct {
    const char *s;
    bl_figure_change dir;
} change_verbs[] = {
    {"同比增", BL_FIG_CHANGE_UP},   {"环比增", BL_FIG_CHANGE_UP},   {"同比降", BL_FIG_CHANGE_DOWN},
    {"同比减", BL_FIG_CHANGE_DOWN}, {"环比降", BL_FIG_CHANGE_DOWN}, {"环比减", BL_FIG_CHANGE_DOWN},
    {"增长", BL_FIG_CHANGE_UP},     {"增加", BL_FIG_CHANGE_UP},     {"提高", BL_FIG_CHANGE_UP},
    {"上升", BL_FIG_CHANGE_UP},     {"提升", BL_FIG_CHANGE_UP},     {"扩大", BL_FIG_CHANGE_UP},
    {"增幅", BL_FIG_CHANGE_UP},     {"增速", BL_FIG_CHANGE_UP},     {"下降", BL_FIG_CHANGE_DOWN},
    {"减少", BL_FIG_CHANGE_DOWN},   {"降低", BL_FIG_CHANGE_DOWN},   {"下滑", BL_FIG_CHANGE_DOWN},
    {"回落", BL_FIG_CHANGE_DOWN},   {"缩小", BL_FIG_CHANGE_DOWN},   {"降幅", BL_FIG_CHANGE_DOWN},
    {"上涨", BL_FIG_CHANGE_UP},     {"下跌", BL_FIG_CHANGE_DOWN},   {"缩短", BL_FIG_CHANGE_DOWN},
    {"压缩", BL_FIG_CHANGE_DOWN},
};

/* The change verb written just before byte i (through an optional 了 or,
 * after 增幅/增速/降幅, 为/达).  Sets *vstart to where the verb begins. */
bl_figure_change fig_change_verb(const char *t, size_t lo, size_t i, size_t *vstart)
{
    size_t j = i;
    bool copula = false;
    if (has_before(t, lo, j, "了"))
        j -= strlen("了");
    else if (has_before(t, lo, j, "为") || has_before(t, lo, j, "达")) {
        j -= 3;
        copula = true;
    }
    for (size_t k = 0; k < NELEM(change_verbs); k++) {
        const char *v = change_verbs[k].s;
        if (!has_before(t, lo, j, v))
            continue;
        if (copula && strcmp(v, "增幅") && strcmp(v, "增速") && strcmp(v, "降幅"))
            continue;
        *vstart = j - strlen(v);
        return change_verbs[k].dir;
    }
    if (has_before(t, lo, j, "增长率") && copula) {
        *vstart = j - strlen("增长率");
        return BL_FIG_CHANGE_UP;
    }
    return BL_FIG_CHANGE_NONE;
}

/* Which class of change a figure is, for linking. */
enum { CH_REL, CH_PP, CH_ABS };
static int change_class(const bl_figure *f)
{
    const char *u = f->base_unit;
    if (!strcmp(u, "个百分点") || !strcmp(u, "百分点"))
        return CH_PP;
    if (!strcmp(u, "%") || !strcmp(u, "\xE2\x80\xB0") || !strcmp(u, "倍") || !strcmp(u, "成"))
        return CH_REL;
    return CH_ABS;
}

/* Whether a change may link to g: a kind with TARGET in kinds.def, not
 * written in Chinese numerals. */
static bool link_target_kind(const bl_figure *g)
{
    return !g->numeral_chinese && fig_kind_is_target(g->kind);
}

/* The index of the figure the change `f` (about to be appended) links to. */
static size_t find_link(const scan *s, const bl_figure *f)
{
    const bl_figure_list *l = s->list;
    int cls = change_class(f);
    size_t lo = s->sentence_first;
    if (l->len > BL_FIG_LINK_WINDOW && l->len - BL_FIG_LINK_WINDOW > lo)
        lo = l->len - BL_FIG_LINK_WINDOW;
    for (size_t k = l->len; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->kind == BL_FIG_RATIO && cls == CH_ABS && !f->base_unit[0])
            return g->change ? BL_FIG_NO_LINK : k;
        if (!link_target_kind(g))
            continue;
        int gcls = change_class(g);
        switch (cls) {
        case CH_REL:
            if (g->change && gcls == CH_REL)
                return BL_FIG_NO_LINK;
            if (g->change)
                continue;
            if (g->kind == BL_FIG_COUNT || g->kind == BL_FIG_AMOUNT || g->kind == BL_FIG_QUANTITY ||
                g->kind == BL_FIG_PERCENT || g->kind == BL_FIG_DURATION)
                return k;
            break;
        case CH_PP:
            if (g->change && gcls == CH_PP)
                return BL_FIG_NO_LINK;
            if (g->kind == BL_FIG_PERCENT && gcls != CH_PP)
                return k;
            break;
        default:
            if (strcmp(g->base_unit, f->base_unit) == 0) {
                if (g->change)
                    return BL_FIG_NO_LINK;
                return k;
            }
            break;
        }
    }
    return BL_FIG_NO_LINK;
}

/* Whether the text before a change verb, t[a, b), names an indicator of
 * its own: what is left after scope words and the comparison (比上年,
 * 较上年同期, 同比, 环比 and everything after them). */
static bool has_subject(const scan *s, size_t a, size_t b)
{
    static const char *const cmp[] = {"比", "较", "同比", "环比"};
    fig_trim_scope(s->t, &a, &b);
    for (size_t i = a; i < b;) {
        for (size_t w = 0; w < NELEM(cmp); w++)
            if (has_at(s->t, b, i, cmp[w]))
                return false;
        int k;
        cp_at(s->t, b, i, &k);
        i += (size_t)k;
        return true; /* a character before any comparison word */
    }
    return false;
}

/* Enumerated changes: 分别增长18.6%和21.3% after two figures.  The new
 * change `f` continues an enumeration when only 和 、 及 与 or a comma
 * lie between it and the previous figure, a change of the same class. */
static bool joined(const scan *s, const bl_figure *prev, size_t start)
{
    static const char *const joins[] = {"和", "、", "及", "与"};
    if (prev->text != s->t || prev->end > start)
        return false;
    for (size_t w = 0; w < NELEM(joins); w++)
        if (start - prev->end == strlen(joins[w]) && has_at(s->t, s->len, prev->end, joins[w]))
            return true;
    return false;
}

static bool respectively(const scan *s, const bl_figure *f)
{
    const bl_figure_list *l = s->list;
    if (l->len == 0 || l->len <= s->sentence_first)
        return false;
    const bl_figure *p = &l->items[l->len - 1];
    return p->change && change_class(p) == change_class(f) && joined(s, p, f->lab_end);
}

/* After appending a change that continues an enumeration g0..gm whose
 * first segment says 分别, links g_i to the i-th of the m+1 targets before
 * g0 (in text order). */
void fig_relink_respectively(scan *s)
{
    bl_figure_list *l = s->list;
    size_t last = l->len - 1, first = last;
    while (first > s->sentence_first && last - first < BL_FIG_MAX_PARTS) {
        const bl_figure *g = &l->items[first], *p = &l->items[first - 1];
        if (!(p->change && change_class(p) == change_class(g) && joined(s, p, g->lab_end)))
            break;
        first--;
    }
    if (first == last)
        return;
    const bl_figure *g0 = &l->items[first];
    bool resp = false;
    for (size_t i = g0->lab_start; i + 6 <= g0->lab_end && !resp; i++)
        resp = has_at(s->t, g0->lab_end, i, "分别");
    if (!resp)
        return;
    size_t m = last - first + 1, found = 0, targets[BL_FIG_MAX_PARTS + 1] = {0};
    size_t lo = s->sentence_first;
    if (first > BL_FIG_LINK_WINDOW && first - BL_FIG_LINK_WINDOW > lo)
        lo = first - BL_FIG_LINK_WINDOW;
    for (size_t k = first; k-- > lo && found < m;) {
        const bl_figure *g = &l->items[k];
        if (!link_target_kind(g))
            continue;
        if (g->change) {
            if (change_class(g) == change_class(g0))
                break;
            continue;
        }
        if (change_class(g0) == CH_PP    ? g->kind == BL_FIG_PERCENT
            : change_class(g0) == CH_REL ? g->kind != BL_FIG_MULTIPLE
                                         : strcmp(g->base_unit, g0->base_unit) == 0)
            targets[found++] = k;
    }
    for (size_t i = 0; i < m; i++)
        l->items[first + i].link = found == m ? targets[m - 1 - i] : BL_FIG_NO_LINK;
}

/* Whether the figure `f`, about to be appended, is a change and which
 * figure it links to: a figure joined to the previous change without a
 * verb of its own is a change too (增长18.6%和21.3%).  Sets f->change and
 * f->link; `pre` is where the words before its number begin. */
void fig_link_change(const scan *s, bl_figure *f, size_t pre)
{
    const bl_figure_list *l = s->list;
    if (!f->change && l->len > s->sentence_first && f->kind != BL_FIG_RANGE &&
        f->kind != BL_FIG_RATIO) {
        /* 增长18.6%和21.3%: the second change has no verb of its own */
        const bl_figure *p = &l->items[l->len - 1];
        f->change = BL_FIG_CHANGE_UP; /* for change_class() of f only */
        if (p->change && change_class(p) == change_class(f) && joined(s, p, f->lab_end))
            f->change = p->change;
        else
            f->change = BL_FIG_CHANGE_NONE;
    }
    if (f->change) {
        f->link = find_link(s, f);
        if (f->link != BL_FIG_NO_LINK && change_class(f) != CH_PP &&
            l->items[f->link].end < s->clause_start && has_subject(s, f->lab_start, pre))
            f->link = BL_FIG_NO_LINK; /* 办理时限平均缩短50%: its own subject */
    }
    if (f->change && respectively(s, f))
        f->link = BL_FIG_NO_LINK; /* fig_relink_respectively sets it */
}

double bl_figure_signed_value(const bl_figure *fig)
{
    if (!fig)
        return 0;
    return fig->change == BL_FIG_CHANGE_DOWN ? -fig->value : fig->value;
}
