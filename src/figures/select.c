/*
 * select.c - which figures the backends show beside their full lists:
 * the key figures, the growth series both growth charts plot (the PDF's
 * and the workbook's), the workbook's amounts, and the short labels the
 * PDF prints.  One policy for both backends; see select.h.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_int.h"
#include "figures/select.h"

/* ------------------------------------------------------------------------
 * The series of the charts
 * ---------------------------------------------------------------------- */

/* Whether s[0..len) contains one of the n words (each at least two
 * bytes: shorter ones and lists of more than 64 words are searched the
 * plain way).  Called for every figure on windows of
 * hundreds of bytes, so a position is first tested against a 64-bit set
 * of the hashed first two bytes of the words: a memcmp per position and
 * word cost the 100x text 190M instructions. */
static bool has_any(const char *s, size_t len, const char *const *words, size_t n)
{
#define PAIR_HASH(a, b) ((((unsigned)(unsigned char)(a)*7u) ^ (unsigned char)(b)) & 63u)
    uint64_t set = 0;
    size_t lens[64];
    if (n > 64) { /* not the case of any list here: the plain way */
        for (size_t w = 0; w < n; w++)
            for (size_t i = 0, l = strlen(words[w]); i + l <= len; i++)
                if (memcmp(s + i, words[w], l) == 0)
                    return true;
        return false;
    }
    for (size_t w = 0; w < n; w++) {
        lens[w] = strlen(words[w]);
        if (lens[w] < 2) { /* not the case of any list here: the plain way */
            for (size_t i = 0; i + lens[w] <= len; i++)
                if (memcmp(s + i, words[w], lens[w]) == 0)
                    return true;
            continue;
        }
        set |= (uint64_t)1 << PAIR_HASH(words[w][0], words[w][1]);
    }
    for (size_t i = 0; i + 1 < len; i++) {
        if (!(set >> PAIR_HASH(s[i], s[i + 1]) & 1))
            continue;
        for (size_t w = 0; w < n; w++)
            if (lens[w] >= 2 && s[i] == words[w][0] && s[i + 1] == words[w][1] &&
                lens[w] <= len - i && memcmp(s + i + 2, words[w] + 2, lens[w] - 2) == 0)
                return true;
    }
    return false;
#undef PAIR_HASH
}

/* The figure's clause around it, at most 200 characters before it and 20
 * after (a clause of a megabyte is not searched whole for every figure). */
static const char *near_context(const bulletin_figure *f, size_t *len)
{
    const char *c = f->context;
    size_t clen = f->context_len;
    size_t nlen = 0;
    const char *nt = bulletin_node_text(f->node, &nlen);
    if (nt && c >= nt && c <= nt + nlen && f->offset >= (size_t)(c - nt)) {
        size_t at = f->offset - (size_t)(c - nt);
        size_t a = at > 600 ? at - 600 : 0;
        size_t b = at + f->length + 60 < clen ? at + f->length + 60 : clen;
        if (a < b) {
            c += a;
            clen = b - a;
        }
    } else if (clen > 2000) {
        clen = 2000;
    }
    *len = clen;
    return c;
}

/* Whether s[0 .. len) holds one of `words` that states what follows: the
 * word then 是, 为 (為) or a colon (主要预期目标是：, 目标为, 目標：). */
static bool goal_statement(const char *s, size_t len, const char *const *words, size_t n)
{
    static const char *const says[] = {"是", "为", "為", "：", ":"};
    for (size_t i = 0; i < len; i++)
        for (size_t w = 0; w < n; w++) {
            size_t l = strlen(words[w]);
            if (s[i] != words[w][0] || l > len - i || memcmp(s + i, words[w], l))
                continue;
            for (size_t k = 0; k < sizeof says / sizeof *says; k++) {
                size_t m = strlen(says[k]);
                if (m <= len - i - l && !memcmp(s + i + l, says[k], m))
                    return true;
            }
        }
    return false;
}

/* Whether f is an item of a list that ends in the target it states:
 * 超額完成PM2.5平均濃度同比下降4%、重污染天數同比減少6%的改善目標 (4% is
 * a target as 6% is; its clause ends at 、).  The items after f, apart
 * by 、 and 和 (no ，；。 between), end in 的 and at most six characters
 * before 目标 or 目標 and the clause's end: 完成年度目标的80% names no
 * target of the rate before it. */
static bool list_of_targets(const bulletin_figure *f)
{
    size_t len = 0;
    const char *t = bulletin_node_text(f->node, &len);
    size_t i = f->offset + f->length;
    if (!t || i + 3 > len || memcmp(t + i, "、", 3) != 0)
        return false;
    size_t end = i + 300 < len ? i + 300 : len, de = 0;
    for (; i + 3 <= end; i++) {
        if ((unsigned char)t[i] == 0xEF && (!memcmp(t + i, "，", 3) || !memcmp(t + i, "；", 3)))
            break;
        if ((unsigned char)t[i] == 0xE3 && !memcmp(t + i, "。", 3))
            break;
        if (!memcmp(t + i, "的", 3))
            de = i + 3;
    }
    if (!de || i - de > 6 * 3 + 6)
        return false;
    return i >= de + 6 && (!memcmp(t + i - 6, "目标", 6) || !memcmp(t + i - 6, "目標", 6));
}

bool bl_select_is_target(const bulletin_figure *f)
{
    /* and their traditional forms: a text in traditional characters names
     * its targets in them (超額完成…下降4%的改善目標) */
    static const char *const plan[] = {
        "目标", "力争", "争取", "确保", "预计", "预期", "计划", "规划",   "到20",
        "至20", "将达", "要达到", "任务", "目標", "力爭", "爭取", "確保", "預計",
        "預期", "計劃", "規劃", "將達", "要達到", "任務"};
    size_t np = sizeof plan / sizeof *plan;
    size_t clen;
    const char *c = near_context(f, &clen);
    /* a plan's word names the targets of its own clause, not those after
     * its ；or its sentence's end (……的改善目標；長三角地區……下降16.4%) */
    size_t nlen = 0;
    const char *nt = bulletin_node_text(f->node, &nlen);
    if (nt && f->offset <= nlen && nt + f->offset >= c && nt + f->offset <= c + clen) {
        const char *fp = nt + f->offset;
        for (const char *q = fp; q >= c + 3; q--)
            if ((q[-3] == '\xEF' || q[-3] == '\xE3')
                && (!memcmp(q - 3, "；", 3) || !memcmp(q - 3, "。", 3)
                    || !memcmp(q - 3, "！", 3) || !memcmp(q - 3, "？", 3))) {
                clen -= (size_t)(q - c);
                c = q;
                break;
            }
    }
    if (has_any(f->period, strlen(f->period), plan, np) || has_any(c, clen, plan, np) ||
        has_any(f->label, strlen(f->label), plan, np) || list_of_targets(f))
        return true;
    /* a rate whose clause names no indicator but a rate's noun (…预计将分别
     * 完成1715亿件和1.6万亿元，增速6%左右) goes on with the clauses before
     * it, back to its sentence's start or a ；: their plan is its plan */
    static const char *const rate_nouns[] = {"增速", "增幅", "增长率", "增長率", "降幅"};
    bool rate_noun = false;
    for (size_t k = 0; k < sizeof rate_nouns / sizeof *rate_nouns && !rate_noun; k++)
        rate_noun = f->change && !strcmp(f->label, rate_nouns[k]);
    if (rate_noun && nt && f->offset <= nlen) {
        size_t from = f->offset > 600 ? f->offset - 600 : 0, i = f->offset;
        for (; i >= from + 3; i--)
            if ((nt[i - 3] == '\xEF' || nt[i - 3] == '\xE3') &&
                (!memcmp(nt + i - 3, "；", 3) || !memcmp(nt + i - 3, "。", 3) || !memcmp(nt + i - 3, "！", 3) ||
                 !memcmp(nt + i - 3, "？", 3)))
                break;
        if (i < from + 3)
            i = from;
        if (has_any(nt + i, f->offset - i, plan, np))
            return true;
    }
    /* 主要预期目标是：地区生产总值增长6%左右；… (the sentence before it, its
     * items apart by ；, a goal word that states them: 目标是, 目标为,
     * 目标：) and a section of targets (二、2024年主要目标); a sentence
     * before that ends (……目标完成情况。) names no target of what follows,
     * nor does a goal word that states none (……的改善目標；長三角……). */
    static const char *const goal[] = {"目标", "预期", "目標", "預期"};
    size_t len = 0;
    const char *t = bulletin_node_text(f->node, &len);
    size_t end = f->offset < len ? f->offset : len, from = end > 600 ? end - 600 : 0;
    if (t)
        for (size_t i = end; i >= from + 3; i--)
            if ((t[i - 3] == '\xEF' || t[i - 3] == '\xE3')
                && (!memcmp(t + i - 3, "。", 3) || !memcmp(t + i - 3, "！", 3)
                    || !memcmp(t + i - 3, "？", 3))) {
                from = i;
                break;
            }
    if (t && has_any(t + from, end - from, goal, 4) /* 200 characters back at most */
        && goal_statement(t + from, end - from, goal, 4))
        return true;
    for (const bulletin_node *n = f->node; n; n = bulletin_node_parent(n))
        if (bulletin_node_get_type(n) == BULLETIN_NODE_SECTION) {
            const char *h = bulletin_node_text(n, &len);
            if (h && has_any(h, len, goal, 4))
                return true;
        }
    return false;
}

bool bl_select_is_growth(const bulletin_figure *f)
{
    return f->listed && f->parsed && f->change
           && (strcmp(f->unit, "%") == 0 || strcmp(f->unit, "％") == 0);
}

/* Whether a label names an indicator: at least two characters once the
 * words of a change and the verbs before a figure are gone (实现, 增长 are
 * no indicator). */
static bool names_indicator(const char *label)
{
    static const char *const verbs[] = {"实现", "完成", "达到", "增长", "下降", "增加",
                                        "减少", "提高", "降低", "上升", "同比", "比上年",
                                        "较上年", "新增", "實現", "達到", "增長", "減少",
                                        "較上年", "环比", "環比"};
    const char *p = label;
    size_t n = strlen(p);
    for (bool again = true; again && n;) {
        again = false;
        for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++) {
            size_t w = strlen(verbs[k]);
            if (n >= w && !memcmp(p, verbs[k], w)) {
                p += w;
                n -= w;
                again = true;
            } else if (n >= w && !memcmp(p + n - w, verbs[k], w)) {
                n -= w;
                again = true;
            }
        }
    }
    return bl_utf8_count(p, n) >= 2;
}

/* Whether a label of more than 16 characters still names an indicator:
 * it ends with the indicator's noun (地级及以上城市平均空气质量优良天数比例,
 * 五项社会保险（不含城乡居民社会养老保险）基金收入), not with a clause's
 * verb or adverb (……技术合同成交额跨入, ……已超過去年全年). */
static bool long_indicator(const char *label)
{
    static const char *const nouns[] = {"比例", "比重", "率", "量", "额", "額", "总值", "總值",
                                        "收入", "支出", "经费", "經費", "人数", "人數", "总数",
                                        "總數"};
    size_t n = strlen(label);
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++) {
        size_t w = strlen(nouns[k]);
        if (n >= w && !memcmp(label + n - w, nouns[k], w))
            return true;
    }
    return false;
}

/* Whether the rate `f` (figure i) repeats an earlier rate of the same
 * value of a figure of the same number and unit (表1 repeating the text:
 * 617.50亿元 … 增长5.2%). */
static bool repeated_rate(const bulletin_doc *doc, size_t i, const bulletin_figure *f)
{
    bulletin_figure s, g, gs;
    if (f->link == BULLETIN_NO_LINK || bulletin_doc_figure(doc, f->link, &s) != BULLETIN_OK)
        return false;
    for (size_t j = i > 256 ? i - 256 : 0; j < i; j++) { /* the repeat stands near */
        if (bulletin_doc_figure(doc, j, &g) != BULLETIN_OK || !g.change || g.link == BULLETIN_NO_LINK
            || g.signed_value != f->signed_value || strcmp(g.unit, f->unit) != 0
            || bulletin_doc_figure(doc, g.link, &gs) != BULLETIN_OK)
            continue;
        if (gs.norm == s.norm && !strcmp(gs.base_unit, s.base_unit))
            return true;
    }
    return false;
}

/* FNV-1a of a bar's label. */
static uint64_t label_hash(const char *s)
{
    uint64_t h = 14695981039346656037u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* The stored bar of bars[0..n) whose label is `lab` (hashed `h`), or n. */
static size_t label_shown(const bulletin_doc *doc, const bl_growth_bar *bars, size_t n,
                          const char *lab, uint64_t h)
{
    char other[256];
    for (size_t k = 0; k < n; k++) {
        if (bars[k].label_hash != h)
            continue;
        bl_select_growth_label(doc, &bars[k], other, sizeof other);
        if (!strcmp(other, lab))
            return k;
    }
    return n;
}

/* The year a period names (2013年1月份: 2013), 0 when none. */
static int period_year(const char *p)
{
    for (const char *q = p; q[0] && q[1] && q[2] && q[3]; q++)
        if (q[0] >= '1' && q[0] <= '2' && q[1] >= '0' && q[1] <= '9' && q[2] >= '0' &&
            q[2] <= '9' && q[3] >= '0' && q[3] <= '9' && !strncmp(q + 4, "年", strlen("年")) &&
            (q == p || q[-1] < '0' || q[-1] > '9'))
            return (q[0] - '0') * 1000 + (q[1] - '0') * 100 + (q[2] - '0') * 10 + (q[3] - '0');
    return 0;
}

/* The end of the period a table names, as year * 100 + month: its last
 * month (1—9月份: 9), else its quarter or half's (一季度 3, 上半年 6, 前三
 * 季度 9, 四季度 and 全年 12), else 12 of a year alone; a period without a
 * year takes `year`, the year of the nearest period before it that names
 * one (12月份 after 2012年11月份; 1月份 after 2013年2月份), none when 0 (the
 * month alone: 1..12).  0 when it names no end. */
static long period_end(const char *p, int year)
{
    static const struct {
        const char *w;
        int month;
    } parts[] = {{"前三季度", 9}, {"一季度", 3}, {"二季度", 6}, {"三季度", 9}, {"四季度", 12},
                 {"上半年", 6},   {"下半年", 12}, {"全年", 12}};
    int month = 0;
    for (const char *q = p; *q; q++)
        if (*q >= '0' && *q <= '9' && !strncmp(q + 1 + (q[1] >= '0' && q[1] <= '9'), "月", strlen("月")) &&
            (q == p || q[-1] < '0' || q[-1] > '9'))
            month = atoi(q);
    for (size_t k = 0; k < sizeof parts / sizeof *parts && !month; k++)
        if (strstr(p, parts[k].w))
            month = parts[k].month;
    int own = period_year(p);
    if (own)
        year = own;
    if (!month && own)
        month = 12;
    if (month < 1 || month > 12)
        return 0;
    return (long)year * 100 + month;
}

/* Bars whose period's end the series keeps (the chart shows a dozen). */
#define KEYED_BARS 64

/* Whether the change f is a departure from the normal rather than a
 * growth: its verb, just before the value (through 了 or 分别), is 偏多,
 * 偏少, 偏高 or 偏低 (全国平均年降水量…比多年平均值偏少2.0%).  The figure
 * and its link stay; a chart of growth rates does not plot it. */
static const char *departure_verb(const bulletin_figure *f)
{
    static const char *const verbs[] = {"偏多", "偏少", "偏高", "偏低"};
    size_t len = 0;
    const char *t = bulletin_node_text(f->node, &len);
    if (!t || f->offset > len)
        return NULL;
    size_t e = f->offset;
    if (e >= 3 && !memcmp(t + e - 3, "了", 3))
        e -= 3;
    if (e >= 6 && (!memcmp(t + e - 6, "分别", 6) || !memcmp(t + e - 6, "分別", 6)))
        e -= 6;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (e >= 6 && !memcmp(t + e - 6, verbs[k], 6))
            return verbs[k];
    return NULL;
}

static bool departure(const bulletin_figure *f)
{
    return departure_verb(f) != NULL;
}

size_t bl_select_growth_series(const bulletin_doc *doc, bl_growth_bar *bars, size_t max)
{
    size_t n = bulletin_doc_figure_count(doc), count = 0;
    long keys[KEYED_BARS]; /* the period's end of bars[k] (period_end), 0: none */
    int year = 0;          /* of the last period that named one */
    for (size_t i = 0; i < n; i++) {
        /* Every test is a pure veto, of the rate and the bars stored
         * before it: the cheap ones first, the search of the rate's clause
         * and paragraph for a target's words last (at 100x most rates are
         * a copy's, whose label a bar has: the three series an export
         * asks for, 21.8M -> 8.5M instructions). */
        bulletin_figure f;
        if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK)
            continue;
        long key = 0;
        if (f.period[0]) {
            key = period_end(f.period, year);
            int y = period_year(f.period);
            if (y)
                year = y;
        }
        if (!bl_select_is_growth(&f) || departure(&f))
            continue;
        /* a bar is labelled by its indicator, never by a verb alone */
        char lab[256];
        bl_growth_bar b = {i, f.link, f.signed_value, 0};
        bl_select_growth_label(doc, &b, lab, sizeof lab);
        if (!names_indicator(lab))
            continue;
        /* nor by the label of a bar before it: a second rate of one value
         * (同比增长3.3%（扣除价格因素实际增长2.4%）) or the same indicator
         * over another period (1—9月) would be two bars a reader cannot
         * tell apart; the first stays, but for a rate of a later period
         * of a table (a column of months: the latest month's value, in
         * the first one's place) */
        b.label_hash = label_hash(lab);
        size_t stored = count < max ? count : max;
        size_t at = label_shown(doc, bars, stored, lab, b.label_hash);
        if (at < stored) {
            /* (both periods' ends known, both with a year or both without) */
            long old = at < KEYED_BARS ? keys[at] : 0;
            if (old && key && (old > 12) == (key > 12) && key > old &&
                !repeated_rate(doc, i, &f) && !bl_select_is_target(&f)) {
                bars[at] = b;
                keys[at] = key;
            }
            continue;
        }
        if (repeated_rate(doc, i, &f) || bl_select_is_target(&f))
            continue;
        if (count < max) {
            bars[count] = b;
            if (count < KEYED_BARS)
                keys[count] = key;
        }
        count++;
    }
    return count;
}

/* The currency of an amount a chart of totals can plot beside others in
 * 亿 of it, or NULL: not an amount a head, a household or a unit
 * (人均生产总值47654元 stood as a bar of 0.00 beside 1077.9亿元 of GDP; 元/吨
 * is a price).  A bare scale (1.21万亿 of spending) is in 元. */
static const char *total_currency(const bulletin_figure *f)
{
    static const char *const per[] = {"人均", "户均", "亩均", "平均每", "每人", "每户"};
    if (strchr(f->unit, '/') || has_any(f->label, strlen(f->label), per, sizeof per / sizeof *per))
        return NULL;
    return *f->base_unit ? f->base_unit : "元";
}

/* Whether figure f is an amount the chart may take, and its currency. */
static const char *chart_amount(const bulletin_doc *doc, size_t i, bulletin_figure *f)
{
    if (bulletin_doc_figure(doc, i, f) != BULLETIN_OK || !f->listed || !f->parsed
        || f->kind != BULLETIN_FIGURE_AMOUNT || f->change)
        return NULL;
    return total_currency(f);
}

#define CURRENCIES 8

size_t bl_select_amounts(const bulletin_doc *doc, size_t *out, size_t max, const char **currency)
{
    size_t n = bulletin_doc_figure_count(doc), count = 0;
    /* the currency most of the totals are in: one chart, one unit (6908美元
     * is no 0.000069亿元); 元 on a tie, and when there are none */
    const char *cur[CURRENCIES];
    size_t times[CURRENCIES], ncur = 0, best = 0;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        const char *c = chart_amount(doc, i, &f);
        if (!c)
            continue;
        size_t k = 0;
        while (k < ncur && strcmp(cur[k], c) != 0)
            k++;
        if (k == ncur && ncur < CURRENCIES) {
            cur[ncur] = c;
            times[ncur++] = 0;
        }
        if (k < ncur)
            times[k]++;
    }
    const char *pick = "元";
    for (size_t k = 0; k < ncur; k++)
        if (times[k] > best || (times[k] == best && !strcmp(cur[k], "元"))) {
            best = times[k];
            pick = cur[k];
        }
    for (size_t i = 0; i < n && best; i++) {
        bulletin_figure f;
        const char *c = chart_amount(doc, i, &f);
        if (!c || strcmp(c, pick) != 0)
            continue;
        if (count < max)
            out[count] = i;
        count++;
    }
    if (currency)
        *currency = pick;
    return count;
}

/* ------------------------------------------------------------------------
 * Key figures
 * ---------------------------------------------------------------------- */

/* A level in per cent (优良天数比例为81.4%, 城镇化率65.2%): no change, no
 * part of a ratio; a card when the amounts, counts and quantities leave
 * room (a bulletin of rates showed only its counts of cities). */
static bool key_level(const bulletin_figure *f)
{
    return f->kind == BULLETIN_FIGURE_PERCENT && !f->change
           && (!strcmp(f->unit, "%") || !strcmp(f->unit, "％"))
           && bulletin_node_get_type(f->node) != BULLETIN_NODE_CELL; /* a table's shares by
                                                                        region: a list */
}

/* Whether a label opens with 应 of what is due, not of a requirement:
 * 应到委员, 应收账款, 应付, 应缴, 应交, 应纳税额, 应发工资 (應 too). */
static bool due_word(const char *label)
{
    static const char *const due[] = {"应到", "应收", "应付", "应缴", "应交", "应纳", "应发", "應到",
                                      "應收", "應付", "應繳", "應交", "應納", "應發"};
    for (size_t k = 0; k < sizeof due / sizeof *due; k++)
        if (!strncmp(label, due[k], strlen(due[k])))
            return true;
    return false;
}

/* Whether t[0, at) ends with `word`. */
static bool ends_with(const char *t, size_t at, const char *word)
{
    size_t n = strlen(word);
    return at >= n && memcmp(t + at - n, word, n) == 0;
}

/* Whether the words right before a figure at byte `at` of its node's text
 * t make it no value of the text's own period: an earlier period's
 * (已超过去年全年的8118.5亿元, 上年同期为…), or the value before it
 * converted into another unit (按年均汇率折算为6908美元, 折合…, 约合…). */
static bool earlier_or_converted(const char *t, size_t at)
{
    static const char *const links[] = {"的", "为", "為", "是"};
    static const char *const earlier[] = {"去年全年", "上年全年", "去年同期", "上年同期"};
    static const char *const converted[] = {"折算为", "折算為", "折算成", "折合为", "折合為", "折合成",
                                            "折合",   "约合",   "約合",   "约折",   "約折"};
    for (size_t k = 0; k < sizeof converted / sizeof *converted; k++)
        if (ends_with(t, at, converted[k]))
            return true;
    for (size_t l = 0; l < sizeof links / sizeof *links; l++) {
        if (!ends_with(t, at, links[l]))
            continue;
        size_t e = at - strlen(links[l]);
        for (size_t k = 0; k < sizeof earlier / sizeof *earlier; k++)
            if (ends_with(t, e, earlier[k]))
                return true;
    }
    return false;
}

/* Whether the figure at bytes [at, end) of its node's text t (len bytes)
 * is a threshold crossed, a milestone and not a measured value: a
 * threshold verb right before it, through 了 (技术合同成交额跨入100亿元,
 * 首次突破5000亿元, 超過了, 迈上, 跃上, 站上), 首次 or 首度 at most three
 * characters before it in its clause (首次达到), or a milestone's noun
 * right after it (跨越1000亿元大关, 迈上3000亿元台阶). */
static bool threshold_crossed(const char *t, size_t len, size_t at, size_t end)
{
    static const char *const verbs[] = {"跨入", "跨越", "跨过", "跨過", "迈过", "邁過", "迈上",
                                        "邁上", "迈入", "邁入", "跃上", "躍上", "跃过", "躍過",
                                        "站上", "登上", "突破", "超过", "超過", "越过", "越過"};
    static const char *const firsts[] = {"首次", "首度"};
    static const char *const marks[] = {"大关", "大關", "关口", "關口", "台阶", "台階", "臺階"};
    size_t e = at;
    if (ends_with(t, e, "了"))
        e -= strlen("了");
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (ends_with(t, e, verbs[k]))
            return true;
    /* 首次 then a verb of at most three characters, no punctuation mark
     * between (首次达到, 首次突破了) */
    size_t p = at;
    for (int chars = 0; chars <= 3; chars++) {
        for (size_t k = 0; k < sizeof firsts / sizeof *firsts; k++)
            if (ends_with(t, p, firsts[k]))
                return true;
        size_t q = p;
        while (q > 0 && ((unsigned char)t[q - 1] & 0xC0) == 0x80)
            q--;
        if (q == 0 || p - q != 2 || ((unsigned char)t[q - 1] == 0xE3 && (unsigned char)t[q] == 0x80) ||
            ((unsigned char)t[q - 1] == 0xEF && ((unsigned char)t[q] & 0xFE) == 0xBC))
            break; /* not a character of three bytes, or a mark (，。、：) */
        p = q - 1;
    }
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
        if (end <= len && len - end >= strlen(marks[k]) && !memcmp(t + end, marks[k], strlen(marks[k])))
            return true;
    return false;
}

/* A figure worth a card: an amount, a count or a quantity (with its
 * measure word or unit), or a level in per cent,
 * positive, not a change, not a target (……年目标, 力争…), not in the
 * title, labelled by an indicator that is not its own value. */
static bool key_candidate(const bulletin_doc *doc, size_t i, const bulletin_figure *f)
{
    /* Every test is a pure veto: the cheap ones first, the searches of the
     * figure's clause and paragraph (bl_select_is_target, the rules) last. */
    if (!(f->listed && f->parsed && f->value > 0 && !f->change && !f->part &&
          (f->kind == BULLETIN_FIGURE_AMOUNT || key_level(f) ||
           ((f->kind == BULLETIN_FIGURE_COUNT || f->kind == BULLETIN_FIGURE_QUANTITY)
            && f->unit[0]))))
        return false;
    if (bulletin_node_get_type(f->node) == BULLETIN_NODE_TITLE || !f->label[0])
        return false;
    /* a limit or a requirement (不超过1500字, 最多可推荐1项, 每个展会1张), not
     * an achievement; one of a thing is no key figure */
    static const char *const limits[] = {"不超过", "不少于", "至少", "最多", "以内", "不足", "不到"};
    for (size_t k = 0; k < sizeof limits / sizeof *limits; k++)
        if (!strcmp(f->qualifier, limits[k]))
            return false;
    static const char *const asks[] = {"请", "须", "应", "可", "要", "拟"};
    for (size_t k = 0; k < sizeof asks / sizeof *asks; k++)
        if (!strncmp(f->label, asks[k], strlen(asks[k])) && !due_word(f->label))
            return false; /* 请将…, 可推荐… */
    if (f->kind == BULLETIN_FIGURE_COUNT && f->value <= 1)
        return false;
    size_t nchars = bl_utf8_count(f->label, strlen(f->label));
    if (nchars > BL_SELECT_LABEL_MAX || (nchars > 16 && !long_indicator(f->label)))
        return false; /* a clause, not an indicator */
    /* a label that is a figure's words (12,345件) is no indicator */
    for (const char *p = f->label; *p; p++)
        if (*p >= '0' && *p <= '9')
            return false;
    char lab[256], val[64];
    bl_select_label(doc, i, lab, sizeof lab);
    bl_select_value_text(doc, i, val, sizeof val);
    if (!names_indicator(lab) || !strcmp(lab, val) || !strcmp(lab, f->value_text))
        return false;
    /* the base of a comparison (与2010年…普查的185869人相比): last time's
     * value, not this one's */
    size_t nlen = 0;
    const char *nt = bulletin_node_text(f->node, &nlen);
    if (nt && f->offset + f->length <= nlen) {
        const char *after = nt + f->offset + f->length;
        size_t left = nlen - f->offset - f->length;
        static const char *const cmp[] = {"相比", "相較", "相较", "比较"};
        for (size_t k = 0; k < sizeof cmp / sizeof *cmp; k++)
            if (left >= strlen(cmp[k]) && !memcmp(after, cmp[k], strlen(cmp[k])))
                return false;
    }
    if (nt && (earlier_or_converted(nt, f->offset) ||
               (f->offset + f->length <= nlen &&
                threshold_crossed(nt, nlen, f->offset, f->offset + f->length))))
        return false;
    /* the plan a share is completed of (完成年初预算数60999万元的40.4%): a
     * target, no achievement */
    static const char *const plan[] = {"预算", "預算", "计划", "計劃", "目标", "目標", "任务", "任務"};
    if (nt && f->offset + f->length + strlen("的") < nlen &&
        !memcmp(nt + f->offset + f->length, "的", strlen("的")) &&
        nt[f->offset + f->length + strlen("的")] >= '0' && nt[f->offset + f->length + strlen("的")] <= '9' &&
        has_any(f->label, strlen(f->label), plan, sizeof plan / sizeof *plan))
        return false;
    static const char *const rules[] = {"原则上", "最多", "每个", "不得", "可推荐", "拟授予"};
    size_t clen;
    const char *ctx = near_context(f, &clen);
    if (has_any(ctx, clen, rules, sizeof rules / sizeof *rules))
        return false;
    return !bl_select_is_target(f);
}

/* Whether figure `i` repeats one of keys[0..k): the same number with the
 * same unit (the title's and the text's, a table's and the text's). */
static bool repeats(const bulletin_doc *doc, const size_t *found, size_t k,
                    const bulletin_figure *f)
{
    for (size_t j = 0; j < k; j++) {
        bulletin_figure g;
        if (bulletin_doc_figure(doc, found[j], &g) != BULLETIN_OK)
            continue;
        if (g.norm == f->norm && !strcmp(g.base_unit, f->base_unit))
            return true;
        /* the same indicator in another period or place of a table:
         * one card (the first chosen is the largest or the one that grew) */
        if (g.label[0] && !strcmp(g.label, f->label) && !strcmp(g.base_unit, f->base_unit))
            return true;
    }
    return false;
}

/* Inserts figure `i` of size `norm` into the best-first list best[0..*n)
 * of at most `max` entries (ties: the earlier figure first). */
static void keep_best(size_t *best, double *norms, size_t *n, size_t max, size_t i, double norm)
{
    size_t at = *n;
    while (at > 0 && norms[at - 1] < norm)
        at--;
    if (at >= max)
        return;
    size_t last = *n < max ? *n : max - 1;
    memmove(best + at + 1, best + at, (last - at) * sizeof *best);
    memmove(norms + at + 1, norms + at, (last - at) * sizeof *norms);
    best[at] = i;
    norms[at] = norm;
    if (*n < max)
        (*n)++;
}

/* Whether a figure f of the pass could change the best-first list
 * best[0..nb) of at most `room` entries (their figures bf[]), as the pass
 * below would change it if f passed the veto tests: not when it repeats
 * the size of a best figure of its base unit, nor when it is one of a
 * best figure's indicator without two periods apart, nor when it is too
 * small to enter a full list.  The figures that cannot are not tested
 * (key_candidate searches each one's clause: at 100x, where the list
 * fills with the first copy's figures, 31M instructions of 53M). */
static bool could_enter(const bulletin_figure *bf, const double *norms, size_t nb, size_t room,
                        const bulletin_figure *f)
{
    for (size_t j = 0; j < nb; j++) {
        const bulletin_figure *g = &bf[j];
        if (strcmp(g->base_unit, f->base_unit) != 0)
            continue;
        if (g->norm == f->norm)
            return false;
        if (g->label[0] && !strcmp(g->label, f->label))
            return f->period[0] && g->period[0] && strcmp(f->period, g->period) != 0;
    }
    return nb < room || norms[nb - 1] < f->norm;
}

bulletin_status bl_select_key_figures(const bulletin_doc *doc, const bulletin_mem *mem,
                                      bl_key_figure *keys, size_t max, size_t *nkeys)
{
    size_t n = bulletin_doc_figure_count(doc), k = 0;
    size_t found[BL_SELECT_KEYS_MAX];
    *nkeys = 0;
    if (max > BL_SELECT_KEYS_MAX)
        max = BL_SELECT_KEYS_MAX;
    if (n == 0 || max == 0)
        return BULLETIN_OK;
    if (!mem)
        mem = doc->mem ? doc->mem : bulletin_default_mem();
    size_t *rate = bl_calloc(mem, n, sizeof *rate); /* rate + 1 of figure i, 0: none */
    if (!rate)
        return BULLETIN_ERR_NOMEM;
    bulletin_figure f;
    for (size_t i = 0; i < n; i++)
        if (bulletin_doc_figure(doc, i, &f) == BULLETIN_OK && bl_select_is_growth(&f)
            && f.link < n && !rate[f.link])
            rate[f.link] = i + 1;
    for (size_t i = 0; i < n && k < max; i++)
        if (rate[i] && bulletin_doc_figure(doc, i, &f) == BULLETIN_OK && !key_level(&f)
            && !repeats(doc, found, k, &f) && key_candidate(doc, i, &f))
            found[k++] = i;
    /* then by size: the amounts, the counts (a quantity without a growth
     * rate stays out: 94微克/立方米 of one city beside 300兆瓦 of a
     * machine compare nothing) */
    static const bulletin_figure_kind pass_kind[] = {BULLETIN_FIGURE_AMOUNT,
                                                     BULLETIN_FIGURE_COUNT};
    for (size_t pass = 0; pass < sizeof pass_kind / sizeof *pass_kind && k < max; pass++) {
        size_t best[BL_SELECT_KEYS_MAX], nb = 0;
        double norms[BL_SELECT_KEYS_MAX];
        bulletin_figure bf[BL_SELECT_KEYS_MAX]; /* the figures of best[] */
        for (size_t i = 0; i < n; i++) {
            /* the kind before the (costlier) candidate test: each pass
             * tests only its own figures, and only those that could
             * change the list */
            if (rate[i] || bulletin_doc_figure(doc, i, &f) != BULLETIN_OK
                || f.kind != pass_kind[pass]
                || !could_enter(bf, norms, nb, max - k, &f) || repeats(doc, found, k, &f)
                || !key_candidate(doc, i, &f))
                continue;
            /* not twice among the best either: of one indicator in several
             * periods of a table, the later column (2014 after 2000) */
            bool dup = false;
            for (size_t j = 0; j < nb && !dup; j++) {
                bulletin_figure g;
                if (bulletin_doc_figure(doc, best[j], &g) != BULLETIN_OK
                    || strcmp(g.base_unit, f.base_unit) != 0)
                    continue;
                if (g.norm == f.norm) {
                    dup = true;
                } else if (g.label[0] && !strcmp(g.label, f.label)) {
                    dup = true;
                    if (f.period[0] && g.period[0] && strcmp(f.period, g.period) != 0) {
                        memmove(best + j, best + j + 1, (nb - j - 1) * sizeof *best);
                        memmove(norms + j, norms + j + 1, (nb - j - 1) * sizeof *norms);
                        nb--;
                        keep_best(best, norms, &nb, max - k, i, f.norm);
                    }
                }
            }
            if (!dup)
                keep_best(best, norms, &nb, max - k, i, f.norm);
            for (size_t j = 0; j < nb; j++) /* the list may have changed */
                if (bulletin_doc_figure(doc, best[j], &bf[j]) != BULLETIN_OK)
                    bf[j] = (bulletin_figure){.base_unit = "", .label = "", .period = "",
                                              .norm = NAN};
        }
        for (size_t j = 0; j < nb; j++)
            found[k++] = best[j];
    }
    /* last the levels in per cent, in the text's order (their sizes say
     * nothing of their weight): a paragraph's first before the others,
     * as a bulletin leads a paragraph with its headline rate */
    for (int round = 0; round < 2 && k < max; round++) {
        const bulletin_node *done = NULL; /* the paragraph that gave one */
        for (size_t i = 0; i < n && k < max; i++) {
            if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK || !key_level(&f)
                || (round == 0 && f.node == done))
                continue;
            bool taken = false;
            for (size_t j = 0; j < k && !taken; j++)
                taken = found[j] == i;
            if (!taken && !repeats(doc, found, k, &f) && key_candidate(doc, i, &f)) {
                found[k++] = i;
                done = f.node;
            }
        }
    }
    for (size_t j = 0; j < k; j++)
        keys[j] = (bl_key_figure){found[j], rate[found[j]] ? rate[found[j]] - 1 : BULLETIN_NO_LINK};
    bl_free(mem, rate);
    *nkeys = k;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Labels
 * ---------------------------------------------------------------------- */

void bl_select_value_text(const bulletin_doc *doc, size_t i, char *out, size_t size)
{
    bulletin_figure f;
    out[0] = '\0';
    if (size == 0 || bulletin_doc_figure(doc, i, &f) != BULLETIN_OK)
        return;
    /* the number as the text writes it: its digits, thousands separators
     * and point, in ASCII; else the value text */
    size_t len = 0;
    const char *t = bulletin_node_text(f.node, &len);
    size_t o = 0, p = f.offset, end = f.offset + f.length < len ? f.offset + f.length : len;
    bool digits = false;
    while (p < end && o + 1 < size) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)t + p, end - p, &cp);
        if (k <= 0)
            break;
        if (cp >= 0xFF10 && cp <= 0xFF19)
            cp -= 0xFF10 - '0';
        else if (cp == 0xFF0E)
            cp = '.';
        else if (cp == 0xFF0C)
            cp = ',';
        if (cp >= '0' && cp <= '9') {
            digits = true;
        } else if (cp == ' ' && digits && p + 1 < end && t[p + 1] >= '0' && t[p + 1] <= '9') {
            /* thousands grouped by spaces (10 536 205, a table cell's
             * reading as one value): the groups stay as written */
        } else if (!((cp == ',' || cp == '.') && digits) && !(cp == '-' && !digits)) {
            if (digits)
                break; /* the unit */
            p += (size_t)k; /* a qualifier or 第 before it */
            continue;
        }
        out[o++] = (char)cp;
        p += (size_t)k;
    }
    while (o > 0 && (out[o - 1] == ',' || out[o - 1] == '.'))
        o--;
    out[o] = '\0';
    if (!digits || strchr(f.value_text, ':'))
        snprintf(out, size, "%s", f.value_text);
}

void bl_select_label(const bulletin_doc *doc, size_t i, char *out, size_t size)
{
    bulletin_figure f, p;
    out[0] = '\0';
    if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK)
        return;
    const char *label = f.label;
    if (!*label) {
        size_t n = f.context_len < size - 1 ? f.context_len : size - 1;
        /* whole characters only */
        while (n > 0 && n < f.context_len && ((unsigned char)f.context[n] & 0xC0) == 0x80)
            n--;
        memcpy(out, f.context, n);
        out[n] = '\0';
        return;
    }
    /* 金额, 学员: a word of the figure before it (办理专利质押登记928笔，金额…) */
    if (strlen(label) <= 6 && names_indicator(label) && i > 0 && bulletin_doc_figure(doc, i - 1, &p) == BULLETIN_OK
        && p.node == f.node && !p.change && p.label[0] && strcmp(p.label, label) != 0
        && !(strlen(p.label) > strlen(label)
             && !strcmp(p.label + strlen(p.label) - strlen(label), label)) /* 总收入 + 收入 */
        && strlen(p.label) + strlen(label) < size) {
        size_t a = strlen(p.label), b = strlen(label);
        memcpy(out, p.label, a);
        memcpy(out + a, label, b + 1);
    } else {
        snprintf(out, size, "%s", label);
    }
    /* a table's figure: its column's period (总产出（2014）) */
    size_t n = strlen(out);
    if (f.period[0] && !f.change && n + strlen(f.period) + 7 < size)
        snprintf(out + n, size - n, "（%s）", f.period);
}

/* 规模以上工业增加值增长 -> 规模以上工业增加值: the words of a change at
 * the end of a rate's own label. */
static void strip_change_words(char *lab)
{
    /* (and their traditional forms and neighbours: 增長, 減少, 較上年,
     * 下滑, 環比; a price's 上涨 names its indicator and stays) */
    static const char *const words[] = {"增长", "增長", "下降", "减少", "減少", "提高",
                                        "增加", "回落", "下滑", "同比", "环比", "環比",
                                        "比上年", "较上年", "較上年", "比去年", "较去年", "較去年"};
    for (bool again = true; again;) {
        again = false;
        size_t n = strlen(lab);
        for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
            size_t w = strlen(words[k]);
            if (n > w + 3 && !strcmp(lab + n - w, words[k])) {
                lab[n - w] = '\0';
                again = true;
                break;
            }
        }
    }
}

void bl_select_growth_label(const bulletin_doc *doc, const bl_growth_bar *b, char *out,
                            size_t size)
{
    if (b->subject != BULLETIN_NO_LINK) {
        bl_select_label(doc, b->subject, out, size);
    } else {
        bl_select_label(doc, b->figure, out, size);
        strip_change_words(out);
    }
}

void bl_select_growth_caption(const bulletin_doc *doc, size_t rate, char *out, size_t size)
{
    bulletin_figure f;
    out[0] = '\0';
    if (bulletin_doc_figure(doc, rate, &f) != BULLETIN_OK)
        return;
    /* the rate's own words: the clause up to the rate's end, from the
     * change before it and the list mark after that (、 和 及 與 与),
     * without 分别 (同比分别下降1.0%、增长7.8%和下降19.1%: 同比下降1.0%,
     * 增长7.8%, 下降19.1%) */
    char own[64];
    size_t n = 0;
    size_t tlen = 0;
    const char *t = bulletin_node_text(f.node, &tlen);
    if (t && f.context >= t && f.offset + f.length <= tlen &&
        t + f.offset >= f.context && t + f.offset <= f.context + f.context_len) {
        const char *a = f.context, *e = t + f.offset + f.length;
        /* after the figure before it in the clause (the list's last item) */
        bulletin_figure p;
        if (rate > 0 && bulletin_doc_figure(doc, rate - 1, &p) == BULLETIN_OK && p.node == f.node &&
            p.change && t + p.offset + p.length > a && p.offset + p.length <= f.offset)
            a = t + p.offset + p.length;
        static const char *const marks[] = {"、", "和", "及", "与", "與"};
        bool found = a == f.context; /* no list before it in the clause */
        for (const char *q = t + f.offset; !found && q >= a + 3; q--)
            for (size_t k = 0; k < sizeof marks / sizeof *marks && !found; k++)
                if (!memcmp(q - 3, marks[k], 3)) {
                    a = q;
                    found = true;
                }
        for (const char *q = a; q < e && n + 4 < sizeof own;) {
            if (e - q >= 6 && (!memcmp(q, "分别", 6) || !memcmp(q, "分別", 6))) {
                q += 6;
                continue;
            }
            own[n++] = *q++;
        }
        own[n] = '\0';
    }
    /* a rate without words of its own (、69.6%和…) is captioned by its verb */
    if (n && n <= 24 && n < size && !(own[0] >= '0' && own[0] <= '9')) {
        memcpy(out, own, n + 1);
    } else {
        /* a signed rate (a table's -5.7 under 增长%) says its change by
         * its sign: 下降5.7%, never 增长-5.7% */
        const char *v = f.value_text;
        bool down = f.change <= 0;
        if (v[0] == '-' || v[0] == '+') {
            down = v[0] == '-';
            v++;
        } else if (!strncmp(v, "\xE2\x88\x92", 3)) { /* − */
            down = true;
            v += 3;
        }
        /* a departure from the normal (比多年平均偏多13.6%) keeps its own
         * verb: it is no growth */
        const char *verb = departure_verb(&f);
        snprintf(out, size, "%s%s%s", verb ? verb : down ? "下降" : "增长", v, f.unit);
    }
}
