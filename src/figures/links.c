/*
 * links.c - changes: the change verbs (增长, 下降 …) before a number, and
 * the link of a change to the figure it changes (同比增长59.4% -> the
 * figure before it), with enumerations (分别增长18.6%和21.3%), rates
 * written before their value (实现3.5%的增长，达到85万件), conversions in
 * parentheses, changes in points of a ratio's parts (第一产业下降0.3个百分
 * 点), and a unit written once for a list (4.2和2.1个百分点).  The rules
 * are those of "Change links" in figures.h.
 */
#include <pthread.h>

#include "figures/figures_int.h"

/* Change verbs directly before the number (or its qualifier), longest
 * first where one ends another. */
#define CV(lit, dir) {lit, sizeof lit - 1, dir}
static const struct {
    const char *s;
    size_t n; /* strlen(s) */
    bl_figure_change dir;
} change_verbs[] = {
    CV("同比增", BL_FIG_CHANGE_UP),   CV("环比增", BL_FIG_CHANGE_UP),   CV("同比降", BL_FIG_CHANGE_DOWN),
    CV("同比减", BL_FIG_CHANGE_DOWN), CV("环比降", BL_FIG_CHANGE_DOWN), CV("环比减", BL_FIG_CHANGE_DOWN),
    /* negative growth written out (地区生产总值1028.06亿元,负增长4.2%): a
     * fall, before 增长 ends it */
    CV("负增长", BL_FIG_CHANGE_DOWN), CV("負增長", BL_FIG_CHANGE_DOWN),
    CV("增长", BL_FIG_CHANGE_UP),     CV("增加", BL_FIG_CHANGE_UP),     CV("提高", BL_FIG_CHANGE_UP),
    CV("上升", BL_FIG_CHANGE_UP),     CV("提升", BL_FIG_CHANGE_UP),     CV("扩大", BL_FIG_CHANGE_UP),
    CV("增幅", BL_FIG_CHANGE_UP),     CV("增速", BL_FIG_CHANGE_UP),     CV("下降", BL_FIG_CHANGE_DOWN),
    CV("减少", BL_FIG_CHANGE_DOWN),   CV("降低", BL_FIG_CHANGE_DOWN),   CV("下滑", BL_FIG_CHANGE_DOWN),
    CV("回落", BL_FIG_CHANGE_DOWN),   CV("缩小", BL_FIG_CHANGE_DOWN),   CV("降幅", BL_FIG_CHANGE_DOWN),
    CV("上涨", BL_FIG_CHANGE_UP),     CV("下跌", BL_FIG_CHANGE_DOWN),   CV("缩短", BL_FIG_CHANGE_DOWN),
    CV("压缩", BL_FIG_CHANGE_DOWN),   CV("微降", BL_FIG_CHANGE_DOWN),   CV("微增", BL_FIG_CHANGE_UP),
    CV("略降", BL_FIG_CHANGE_DOWN),   CV("略增", BL_FIG_CHANGE_UP),     CV("加快", BL_FIG_CHANGE_UP),
    CV("放缓", BL_FIG_CHANGE_DOWN),   CV("减缓", BL_FIG_CHANGE_DOWN),   CV("回升", BL_FIG_CHANGE_UP),
    CV("收窄", BL_FIG_CHANGE_DOWN),   CV("攀升", BL_FIG_CHANGE_UP),     CV("涨幅", BL_FIG_CHANGE_UP),
    CV("跌幅", BL_FIG_CHANGE_DOWN),   CV("增長", BL_FIG_CHANGE_UP),     CV("減少", BL_FIG_CHANGE_DOWN),
    CV("擴大", BL_FIG_CHANGE_UP),     CV("縮小", BL_FIG_CHANGE_DOWN),
    /* a duration shorter or longer (去化周期為13.6個月，比上年同期縮短16.4個月) */
    CV("縮短", BL_FIG_CHANGE_DOWN),   CV("延长", BL_FIG_CHANGE_UP),     CV("延長", BL_FIG_CHANGE_UP),
    /* 比上年多增108人: the year's addition exceeds last year's by 108 */
    CV("多增", BL_FIG_CHANGE_UP),     CV("少增", BL_FIG_CHANGE_DOWN),
    /* 两税收入386.6亿元，净增50亿元: a net increase */
    CV("净增", BL_FIG_CHANGE_UP),     CV("淨增", BL_FIG_CHANGE_UP),
    /* 夏粮产量14615万吨，减产0.8%: output (产) or income (收) up or down */
    CV("增产", BL_FIG_CHANGE_UP),     CV("减产", BL_FIG_CHANGE_DOWN),   CV("增產", BL_FIG_CHANGE_UP),
    CV("減產", BL_FIG_CHANGE_DOWN),   CV("增收", BL_FIG_CHANGE_UP),     CV("减收", BL_FIG_CHANGE_DOWN),
    CV("減收", BL_FIG_CHANGE_DOWN),
    /* a budget's spending up or down (比上年减支9240万元), and its revenue
     * above or below the plan (超收, 短收) */
    CV("增支", BL_FIG_CHANGE_UP),     CV("减支", BL_FIG_CHANGE_DOWN),   CV("減支", BL_FIG_CHANGE_DOWN),
    CV("超收", BL_FIG_CHANGE_UP),     CV("短收", BL_FIG_CHANGE_DOWN),
    /* round 30 class 6: the neighbours of 降低, 减缓, 提升 and 增加 that the
     * list lacked, simplified and traditional (增速比2021年减低2.2个百分点) */
    CV("减低", BL_FIG_CHANGE_DOWN),   CV("減低", BL_FIG_CHANGE_DOWN),   CV("減緩", BL_FIG_CHANGE_DOWN),
    CV("放緩", BL_FIG_CHANGE_DOWN),   CV("减慢", BL_FIG_CHANGE_DOWN),   CV("減慢", BL_FIG_CHANGE_DOWN),
    CV("抬升", BL_FIG_CHANGE_UP),     CV("擡升", BL_FIG_CHANGE_UP),     CV("走低", BL_FIG_CHANGE_DOWN),
    CV("走高", BL_FIG_CHANGE_UP),     CV("增多", BL_FIG_CHANGE_UP),     CV("壓縮", BL_FIG_CHANGE_DOWN),
    CV("漲幅", BL_FIG_CHANGE_UP),     CV("上扬", BL_FIG_CHANGE_UP),     CV("上揚", BL_FIG_CHANGE_UP),
    CV("上漲", BL_FIG_CHANGE_UP),     CV("增", BL_FIG_CHANGE_UP),       CV("降", BL_FIG_CHANGE_DOWN),     CV("涨", BL_FIG_CHANGE_UP),
    CV("漲", BL_FIG_CHANGE_UP),       CV("跌", BL_FIG_CHANGE_DOWN),
    /* after a comparison's period only (比上月升0.1個百分點) */
    CV("升", BL_FIG_CHANGE_UP),
    /* a departure from the normal (比多年平均值偏多10.0%) */
    CV("偏多", BL_FIG_CHANGE_UP),     CV("偏少", BL_FIG_CHANGE_DOWN),   CV("偏高", BL_FIG_CHANGE_UP),
    CV("偏低", BL_FIG_CHANGE_DOWN),
};
#undef CV

/* The last bytes of the change verbs, set once: fig_change_verb tries
 * them all only where the text's byte before the number is one of them
 * (26 of the 64 a Han character may end in). */
static bool change_verb_last[256];
static pthread_once_t change_verb_once = PTHREAD_ONCE_INIT;

static void index_change_verbs(void)
{
    for (size_t k = 0; k < NELEM(change_verbs); k++)
        change_verb_last[(unsigned char)change_verbs[k].s[change_verbs[k].n - 1]] = true;
}

static bool ends_change_verb(char c)
{
    (void)pthread_once(&change_verb_once, index_change_verbs);
    return change_verb_last[(unsigned char)c];
}

/* Nouns of a net increase that take a copula before the amount
 * (增加值達74.69億元，…，凈增額達4.90億元: stats-chenxi). */
static const char *const increase_nouns[] = {"净增额", "淨增額", "凈增額", "净增加额", "淨增加額"};

/* Nouns of a rate that take a copula before the number (增速为5%). */
static const char *const rate_nouns[] = {"增幅", "增速", "降幅", "涨幅", "跌幅", "增长率",
                                         "增长速度", "增長率", "漲幅"};

/* Whether 比 (较, 較) opens a comparison at most `chars` characters before
 * byte i in t[lo, i), no clause mark between (比重, 比例, 比率 are no
 * comparison); `digit` also asks for a digit between (the base's value). */
static bool compared_before(const char *t, size_t lo, size_t i, int chars, bool digit)
{
    bool seen_digit = false;
    for (int c = 0; c < chars && i > lo; c++) {
        int k;
        bool sent;
        uint32_t p = cp_before(t, lo, i, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent))
            return false;
        if (p == 0x6BD4 /* 比 */ || p == 0x8F83 /* 较 */ || p == 0x8F03 /* 較 */) {
            bool word = has_at(t, i + 3, i, "重") || has_at(t, i + 3, i, "例") || has_at(t, i + 3, i, "率");
            if (!word)
                return !digit || seen_digit;
        }
        seen_digit = seen_digit || (p >= '0' && p <= '9');
        i -= (size_t)k;
    }
    return false;
}

/* Round 39 class 5: a comparison base named by its period or norm with
 * no value (比多年均值多8.7%, 比常年少, 比上年同期多, 比上月少): 比 (较,
 * 較) at most eight characters before byte i, no clause mark and no digit
 * between, the words naming a year (年), the same period (同期), a month
 * (上月) or a quarter (季).  比邻县多5所 compares with another place: none. */
static bool period_compared_before(const char *t, size_t i)
{
    size_t j = i;
    for (int c = 0; c < 8 && j > 0; c++) {
        int k;
        bool sent;
        uint32_t p = cp_before(t, 0, j, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent) || (p >= '0' && p <= '9'))
            return false;
        if (p == 0x6BD4 /* 比 */ || p == 0x8F83 /* 较 */ || p == 0x8F03 /* 較 */) {
            if (has_at(t, j + 3, j, "重") || has_at(t, j + 3, j, "例") || has_at(t, j + 3, j, "率"))
                return false;
            static const char *const period[] = {"年", "同期", "上月", "季"};
            for (size_t w = 0; w < NELEM(period); w++)
                for (size_t x = j; x + strlen(period[w]) <= i; x++)
                    if (has_at(t, i, x, period[w]))
                        return true;
            return false;
        }
        j -= (size_t)k;
    }
    return false;
}

/* Round 28: 少 and 多 right after the base of a comparison written with its
 * value (比x年380.9毫米少72.7毫米, 比上年的800毫米多100毫米): a change, down
 * or up, ending at byte j; not after a digit (5000多畝: a qualifier) nor
 * an adverb (更多, 较少). */
static bl_figure_change less_more_after_base(const char *t, size_t lo, size_t j, size_t *vstart)
{
    bool less = has_before(t, lo, j, "少");
    if (!less && !has_before(t, lo, j, "多"))
        return BL_FIG_CHANGE_NONE;
    /* (the base's unit ends the figure before: read back past lo, the
     * scan's floor, to the clause mark the comparison stops at) */
    size_t vs = j - strlen("少");
    uint32_t p = cp_before(t, 0, vs, NULL);
    if (p == CP_BAD || !bl_is_han(p) || in_set(p, "最至很更较較太偏还還"))
        return BL_FIG_CHANGE_NONE;
    if (!compared_before(t, 0, vs, 24, true) && !period_compared_before(t, vs))
        return BL_FIG_CHANGE_NONE;
    *vstart = vs;
    return less ? BL_FIG_CHANGE_DOWN : BL_FIG_CHANGE_UP;
}

/* The change verb written just before byte i (through an optional 了, 分别
 * or, after 增幅/增速/降幅, 为/达 and in traditional characters 為/達/達到).
 * Sets *vstart to where the verb begins. */
bl_figure_change fig_change_verb(const char *t, size_t lo, size_t i, size_t *vstart)
{
    size_t j = i;
    bool copula = false;
    if (has_before(t, lo, j, "了"))
        j -= strlen("了");
    else if (has_before(t, lo, j, "達到")) {
        /* 增速達到5%; (not yet 增速达到: labels.c keeps 达到 in the label,
         * 月均增速达到, where it drops 为 and 达) */
        j -= strlen("達到");
        copula = true;
    } else if (has_before(t, lo, j, "为") || has_before(t, lo, j, "达") || has_before(t, lo, j, "是") ||
               has_before(t, lo, j, "為") || has_before(t, lo, j, "達")) {
        j -= 3;
        copula = true;
    }
    if (has_before(t, lo, j, "分别"))
        j -= strlen("分别");
    if (copula) {
        for (size_t k = 0; k < NELEM(rate_nouns); k++)
            if (has_before(t, lo, j, rate_nouns[k])) {
                if (has_before(t, lo, j - strlen(rate_nouns[k]), "自然"))
                    return BL_FIG_CHANGE_NONE; /* 人口自然增长率为1.57‰: a rate */
                *vstart = j - strlen(rate_nouns[k]);
                bool down = !strcmp(rate_nouns[k], "降幅") || !strcmp(rate_nouns[k], "跌幅");
                return down ? BL_FIG_CHANGE_DOWN : BL_FIG_CHANGE_UP;
            }
        for (size_t k = 0; k < NELEM(increase_nouns); k++)
            if (has_before(t, lo, j, increase_nouns[k])) {
                *vstart = j - strlen(increase_nouns[k]);
                return BL_FIG_CHANGE_UP;
            }
        return BL_FIG_CHANGE_NONE;
    }
    bl_figure_change lm = less_more_after_base(t, lo, j, vstart);
    if (lm != BL_FIG_CHANGE_NONE)
        return lm;
    bool may = j > lo && ends_change_verb(t[j - 1]);
    for (size_t k = 0; k < NELEM(change_verbs) && may; k++) {
        /* has_before, its length known */
        const char *v = change_verbs[k].s;
        size_t n = change_verbs[k].n;
        if (j < lo || j - lo < n || t[j - 1] != v[n - 1] || memcmp(t + j - n, v, n) != 0)
            continue;
        size_t vs = j - n;
        if (n == 3) {
            /* one character: 同比增 is above; 新增, 倍增, 递增, 骤降, 下降 … are
             * words of their own or read above; a Hong Kong page's 升 and 跌
             * open the clause after the value (進口1.56萬億元，升5.2%) */
            uint32_t p = cp_before(t, lo, vs, NULL);
            if (p == CP_BAD && vs == lo && vs >= 3 && !memcmp(t + vs - 3, "，", 3))
                p = 0xFF0C; /* the clause opens with it */
            if (p == CP_BAD || !in_set(p, "比年再又均各约月，"))
                continue;
        }
        *vstart = vs;
        return change_verbs[k].dir;
    }
    return BL_FIG_CHANGE_NONE;
}

/* Which class of change a figure is, for linking. */
enum { CH_REL, CH_PP, CH_ABS };
static int change_class(const bl_figure *f)
{
    const char *u = f->base_unit;
    if (f->kind == BL_FIG_POINTS)
        return CH_PP;
    if (!strcmp(u, "%") || !strcmp(u, "\xE2\x80\xB0") || !strcmp(u, "倍") || !strcmp(u, "成"))
        return CH_REL;
    return CH_ABS;
}

/* Whether g is a size class: a bound after it (以上, 以下, 以内; 及以上
 * and 及以下 recorded as those) and then the noun it classes, or 的 before
 * it (5千万以下固定资产投资, 500万元以上项目, 5千万以上的67个).  It names a
 * class of projects or firms, not the level a change is of; a bound at
 * its clause's end (达1000万吨以上，) leaves a level. */
static bool size_class(const bl_figure *g)
{
    const char *q = g->qualifier;
    if (strcmp(q, "以上") != 0 && strcmp(q, "以下") != 0 && strcmp(q, "以内") != 0)
        return false;
    size_t e = g->end, len = g->ctx_end; /* the bound is the figure's end or right after it */
    static const char *const bound[] = {"及以上", "及以下", "以上", "以下", "以内"};
    for (size_t k = 0; k < NELEM(bound); k++)
        if (has_at(g->text, len, e, bound[k])) {
            e += strlen(bound[k]);
            break;
        }
    return bl_is_han(cp_at(g->text, len, e, NULL));
}

/* Whether a change may link to g: a kind with TARGET in kinds.def, not
 * written in Chinese numerals, no size class. */
static bool link_target_kind(const bl_figure *g)
{
    return !g->numeral_chinese && fig_kind_is_target(g->kind) && !size_class(g);
}

/* Whether g stands inside parentheses that close before byte `before`
 * (98000元（按年平均汇率折13800美元），比上年增长5.0%: 13800 does). */
/* A conversion in parentheses is short: both scans look at most
 * BL_FIG_PAREN_SPAN bytes, so that linking stays linear in a clause of any
 * length (was: the whole clause, for each of the window's figures). */
#define BL_FIG_PAREN_SPAN 240

static bool in_parens(const bl_figure *g, size_t before)
{
    int depth = 0;
    size_t from = g->ctx_start;
    if (g->start > BL_FIG_PAREN_SPAN && g->start - BL_FIG_PAREN_SPAN > from)
        from = g->start - BL_FIG_PAREN_SPAN;
    while (from < g->start && ((unsigned char)g->text[from] & 0xC0) == 0x80)
        from++; /* a character's start */
    for (size_t j = from; j < g->start;) {
        int k;
        uint32_t c = cp_at(g->text, g->start, j, &k);
        if (c == 0xFF08 || c == '(')
            depth++;
        else if ((c == 0xFF09 || c == ')') && depth > 0)
            depth--;
        j += (size_t)k;
    }
    if (depth == 0)
        return false;
    if (g->end < before && before - g->end > BL_FIG_PAREN_SPAN)
        before = g->end + BL_FIG_PAREN_SPAN;
    for (size_t j = g->end; j < before;) {
        int k;
        uint32_t c = cp_at(g->text, before, j, &k);
        if (c == 0xFF09 || c == ')')
            return true;
        j += (size_t)k;
    }
    return false;
}

/* The period a release's figures cover, 前11月, 前2个月 (the first months
 * of the year): no indicator's size. */
static bool first_months(const bl_figure *g)
{
    return g->kind == BL_FIG_DURATION && g->start >= 3 && memcmp(g->text + g->start - 3, "前", 3) == 0 &&
           (strcmp(g->base_unit, "月") == 0 || strcmp(g->base_unit, "个月") == 0 ||
            strcmp(g->base_unit, "個月") == 0);
}

/* Round 36: the length of a footnote's mark at byte i of t[0, len) (①-⑳,
 * ㉑-㉟, ⑴-⒇, [1], ［1］, 〔1〕, 注1, 註1, *, ＊, ※, ¹ ² ³ ⁴-⁹), 0 when none:
 * a value's mark is no word between it and its comparison. */
static size_t footnote_len(const char *t, size_t len, size_t i)
{
    int k;
    uint32_t c = cp_at(t, len, i, &k);
    if ((c >= 0x2460 && c <= 0x2487) || (c >= 0x3251 && c <= 0x325F) || c == '*' || c == 0xFF0A ||
        c == 0x203B || c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2074 && c <= 0x2079)) {
        size_t e = i + (size_t)k;
        while ((c = cp_at(t, len, e, &k)) == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079))
            e += (size_t)k; /* ¹² */
        return e - i;
    }
    size_t e = i;
    if (c == '[' || c == 0xFF3B || c == 0x3014)
        e += (size_t)k;
    else if (has_at(t, len, i, "注") || has_at(t, len, i, "註"))
        e += strlen("注");
    else
        return 0;
    size_t d = e;
    while (d < len && d - e < 2 && t[d] >= '0' && t[d] <= '9')
        d++;
    if (d == e)
        return 0;
    if (c == '[' || c == 0xFF3B || c == 0x3014) {
        uint32_t cl = cp_at(t, len, d, &k);
        if (cl != ']' && cl != 0xFF3D && cl != 0x3015)
            return 0;
        d += (size_t)k;
    }
    return d - i;
}

/* The end of figure g past a footnote's mark right after it (2421812人④). */
static size_t end_past_mark(const bl_figure *g, size_t lim)
{
    return g->end + footnote_len(g->text, lim, g->end);
}

/* Whether c opens a comparison framed by a closer after its base (与…相比,
 * 與, 同, 和, 跟): one list for framed_base, comparison_base and
 * subject_span. */
static bool frame_opener(uint32_t c)
{
    return c == 0x4E0E /* 与 */ || c == 0x8207 /* 與 */ || c == 0x540C /* 同 */ || c == 0x548C /* 和 */ ||
           c == 0x8DDF /* 跟 */;
}

/* The length of a frame's closer at byte i (相比 相较 相較 比较 比較 对比
 * 對比); 0 when none. */
static size_t frame_closer(const char *t, size_t len, size_t i)
{
    static const char *const closer[] = {"相比", "相较", "相較", "比较", "比較", "对比", "對比"};
    for (size_t w = 0; w < NELEM(closer); w++)
        if (has_at(t, len, i, closer[w]))
            return strlen(closer[w]);
    return 0;
}

/* Whether the words from byte i up to the clause's end or f read as a
 * comparison's other term (120亿元比较上年增长5%, 相比上年末, 对比2022年,
 * 相比全省): a digit, or a period's or a place's character (年 月 期 初 末
 * 省 市 国 國 县 縣 区 區) before any clause mark; a span of time (五年间,
 * 十年來) is none. Such a closer opens a comparison of the figure before it
 * and closes none. */
static bool opens_other_term(const char *t, size_t i, size_t lim)
{
    for (int c = 0; c < 8 && i < lim; c++) {
        int k;
        bool sent;
        uint32_t p = cp_at(t, lim, i, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent))
            return false;
        i += (size_t)k;
        if (digit_val(p) >= 0 && p < 0x80)
            return true;
        if (p == 0x5E74 /* 年 */ && (has_at(t, lim, i, "间") || has_at(t, lim, i, "間") || has_at(t, lim, i, "来") ||
                                    has_at(t, lim, i, "來")))
            continue;
        if (in_set(p, "年月期初末省市国國县縣区區"))
            return true;
    }
    return false;
}

/* Round 36: whether g is the base inside a comparison framed by 与 and
 * 相比 (与2010年…的总人口2421812人④相比, 與…2421812人[1]相比, 同上年的
 * 3.5亿元相比较, 和…相較, 与上年末的248万人对比): a closer (frame_closer)
 * right after g (its footnote's mark between allowed) that opens no other
 * comparison (全县农业和工业总产值达120亿元比较上年增长5%: 和 joins two
 * nouns there), an opener (frame_opener) at most 40 characters before it,
 * no clause mark between. Review 39: or 相对于 (相對於, 相较于, 相較於)
 * before g with 的 right before it and a clause mark or a closer after it
 * (相对于上年末的248万人，增加3万人). */
static bool framed_base(const bl_figure *g, const bl_figure *f)
{
    const char *t = g->text;
    if (t != f->text || g->end > f->start)
        return false;
    size_t e = end_past_mark(g, f->start), cl = frame_closer(t, f->start, e);
    if (cl && opens_other_term(t, e + cl, f->start))
        return false;
    bool after_clause = false;
    if (!cl) {
        bool sent;
        after_clause = e < f->start && is_clause_punct(cp_at(t, f->start, e, NULL), &sent);
        if (!after_clause)
            return false;
    }
    size_t i = g->start;
    for (int c = 0; c < 40 && i > 0; c++) {
        int k;
        bool sent;
        uint32_t p = cp_before(t, 0, i, &k);
        if (p == CP_BAD || (is_clause_punct(p, &sent) && !mojibake_mark(t, f->start, p, i)))
            return false;
        if ((p == 0x4E8E /* 于 */ || p == 0x65BC /* 於 */) &&
            (has_before(t, 0, i, "相对于") || has_before(t, 0, i, "相對於") || has_before(t, 0, i, "相较于") ||
             has_before(t, 0, i, "相較於")))
            return has_before(t, 0, g->start, "的");
        if (cl && frame_opener(p))
            return true;
        i -= (size_t)k;
    }
    return false;
}

/* A non-change target of relative changes: an indicator's size. */
static bool size_kind(const bl_figure *g)
{
    return g->kind == BL_FIG_COUNT || g->kind == BL_FIG_AMOUNT || g->kind == BL_FIG_QUANTITY ||
           (g->kind == BL_FIG_DURATION && !first_months(g));
}

/* Whether the change f comes right after g in its clause: at most eight
 * characters between them, none a clause mark or a digit. */
static bool words_between(const bl_figure *g, const bl_figure *f)
{
    const char *t = g->text;
    if (g->end > f->start || f->start - g->end > 24)
        return false;
    for (size_t j = end_past_mark(g, f->start); j < f->start;) {
        int n;
        bool sent;
        uint32_t c = cp_at(t, f->start, j, &n);
        if (is_clause_punct(c, &sent) || digit_val(c) >= 0)
            return false;
        j += (size_t)(n > 0 ? n : 1);
    }
    return true;
}

/* Whether g is the base a change f is compared with, written inside the
 * comparison (比2010年…普查的3.10人减少0.48人; 与2010年…普查的1339724852人
 * 相比，增加72053872人): 的 right before g, 比 较 与 同 earlier in g's
 * clause, and 相比 or f itself (no clause mark between) right after g.
 * The change is of another figure, never of its base. */
/* Round 30 class 2: a base written inside a comparison whose words are no
 * period alone (比上年决算数14.94亿元增长3.0%, 较预算数8.2亿元增长, 比年初预算
 * 100万元增加, 与上年决算数…相比): 比 较 較 at most ten characters before g,
 * no digit and no clause mark between (比重, 比例, 比率 are no comparison),
 * the change right after g (or 相比 after it, opened by 与 與 同). */
static bool base_in_comparison(const bl_figure *g, const bl_figure *f)
{
    const char *t = g->text;
    size_t e = end_past_mark(g, f->start);
    bool with = has_at(t, f->start, e, "相比") && !opens_other_term(t, e + strlen("相比"), f->start);
    if (!with && !words_between(g, f))
        return false;
    size_t i = g->start;
    for (int c = 0; c < 10 && i > g->ctx_start; c++) {
        int k;
        bool sent;
        uint32_t p = cp_before(t, g->ctx_start, i, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent) || digit_val(p) >= 0)
            return false;
        bool opens = with ? frame_opener(p)
                          : (p == 0x6BD4 /* 比 */ || p == 0x8F83 /* 较 */ || p == 0x8F03 /* 較 */);
        if (opens && !has_at(t, i + 3, i, "重") && !has_at(t, i + 3, i, "例") && !has_at(t, i + 3, i, "率"))
            return true;
        i -= (size_t)k;
    }
    return false;
}

/* fig46 class 2: a base written inside a comparison that names its
 * indicator again, with the base's year or norm before it (比2017年降水量
 * 1309.6毫米少17.8%, 比多年平均年降水量1180.4毫米少8.8%, 比2017年降水量
 * 1309.6毫米偏少): 比 较 較 (not 比重, 比例, 比率, nor 同比, 环比) at most
 * 16 characters before g, no clause mark between (a year's digits may be),
 * and f right after g's unit, its verb 少 多 偏少 偏多.  The change is of
 * the value before the comparison. */
static bool named_comparison_base(const bl_figure *g, const bl_figure *f)
{
    const char *t = g->text;
    if (t != f->text || !f->change || !words_between(g, f))
        return false;
    if (!has_before(t, g->end, f->start, "少") && !has_before(t, g->end, f->start, "多"))
        return false; /* (偏少, 偏多 end so too) */
    size_t i = g->start;
    for (int c = 0; c < 16 && i > g->ctx_start; c++) {
        int k;
        bool sent;
        uint32_t p = cp_before(t, g->ctx_start, i, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent))
            return false;
        i -= (size_t)k;
        if (p == 0x6BD4 /* 比 */ || p == 0x8F83 /* 较 */ || p == 0x8F03 /* 較 */) {
            size_t a = i + (size_t)k;
            if (has_at(t, g->start, a, "重") || has_at(t, g->start, a, "例") || has_at(t, g->start, a, "率"))
                continue;
            uint32_t q = cp_before(t, g->ctx_start, i, NULL);
            return q != 0x540C /* 同 */ && q != 0x73AF /* 环 */ && q != 0x74B0 /* 環 */;
        }
    }
    return false;
}

static bool comparison_base(const bl_figure *g, const bl_figure *f)
{
    const char *t = g->text;
    if (t != f->text)
        return false;
    if (base_in_comparison(g, f) || framed_base(g, f) || named_comparison_base(g, f))
        return true;
    /* 较上年28899万元增长9.9%: last year's value written right after the
     * comparison, the change right after it (budget-zhouzhi-2023) */
    static const char *const last[] = {"较上年", "比上年", "较去年", "比去年", "较上年同期",
                                       "比上年同期", "较去年同期", "比去年同期", "较上月",
                                       "比上月", "较年初", "比年初", "较上年末", "比上年末"};
    for (size_t k = 0; k < NELEM(last); k++)
        if (has_before(t, g->ctx_start, g->start, last[k]) && words_between(g, f))
            return true;
    /* 比x年380.9毫米少72.7毫米: a comparison's period (ending in 年 月 期
     * 末 初) right before the base, 比 at most eight characters before
     * (held-out round 28) */
    uint32_t pc = cp_before(t, g->ctx_start, g->start, NULL);
    if ((pc == 0x5E74 /* 年 */ || pc == 0x6708 /* 月 */ || pc == 0x671F /* 期 */ ||
         pc == 0x672B /* 末 */ || pc == 0x521D /* 初 */) &&
        compared_before(t, g->ctx_start, g->start, 8, false) && words_between(g, f))
        return true;
    if (!has_before(t, g->ctx_start, g->start, "的"))
        return false;
    bool after = g->end <= f->start && has_at(t, f->start, end_past_mark(g, f->start), "相比");
    if (!after && g->end <= f->start) {
        after = true;
        for (size_t j = g->end; j < f->start && after;) {
            int k;
            uint32_t c = cp_at(t, f->start, j, &k);
            after = !(c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002);
            j += (size_t)k;
        }
    }
    if (!after)
        return false;
    size_t lo = g->ctx_start, hi = g->start - strlen("的");
    if (hi > lo + 120)
        lo = hi - 120; /* at most 40 characters back */
    while (lo < hi && ((unsigned char)t[lo] & 0xC0) == 0x80)
        lo++;
    for (size_t j = lo; j < hi;) {
        int k;
        uint32_t c = cp_at(t, hi, j, &k);
        if (c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0x3002)
            return false;
        if ((c == 0x6BD4 /* 比 */ && !has_at(t, hi, j + (size_t)k, "重") &&
             !has_at(t, hi, j + (size_t)k, "例") && !has_at(t, hi, j + (size_t)k, "率")) ||
            c == 0x8F83 /* 较 */ || c == 0x8F03 /* 較 */ || frame_opener(c))
            return true;
        j += (size_t)k;
    }
    return false;
}

/* Whether an absolute change f may be of value g though their base units
 * differ: 名 and 人 count people (608万名失业人员 … 增加93万人); a value
 * written as a bare scale right after its measure word (总诊疗人次95.5亿)
 * counts what the change's unit names (增加11.3亿人次). */
/* Round 30 class 7: a count written as a bare scale (户籍人口86.3万) and a
 * change of it in the scale and a measure word (比上年减少0.3万人), or the
 * reverse (86.3万人 … 减少0.3万): both counts, one scale, one of them
 * with no measure word. */
static bool bare_scale_count(const bl_figure *g, const bl_figure *f)
{
    return g->kind == BL_FIG_COUNT && f->kind == BL_FIG_COUNT && g->scale[0] &&
           !strcmp(g->scale, f->scale) && (!g->base_unit[0]) != (!f->base_unit[0]);
}

static bool same_count(const bl_figure *g, const bl_figure *f)
{
    const char *a = g->base_unit, *b = f->base_unit;
    if (bare_scale_count(g, f))
        return true;
    if ((!strcmp(a, "人") && !strcmp(b, "名")) || (!strcmp(a, "名") && !strcmp(b, "人")))
        return true;
    return !a[0] && b[0] && g->scale[0] && !strcmp(g->scale, f->scale) &&
           has_before(g->text, g->ctx_start, g->start, b);
}

/* 民营工业企业增加值占规模以上工业增加值的比重85.9%，同比增长5.2%: a
 * share written right after 比重/占比 (为, 达) is what the subject holds
 * of a whole; a relative change after it is the subject's growth, not the
 * share's (the share's own change is in points: 比重为9.7%，同比提升0.6个
 * 百分点). */
static bool named_share_value(const bl_figure *g)
{
    static const char *const share[] = {"比重", "占比", "比重为", "占比为", "比重达", "占比达"};
    for (size_t k = 0; k < NELEM(share); k++)
        if (has_before(g->text, g->ctx_start, g->start, share[k]))
            return true;
    return false;
}

static bool joined_changes(const scan *s, const bl_figure *p, const bl_figure *g);

/* The words of a contribution to a whole's rate, in points: 拉动GDP增长3.4
 * 个百分点 (拉動), 贡献 (貢獻), 上拉地区生产总值增速0.5个百分点, and down as
 * well as up: 下拉规上工业产值增速1.1个百分点, 拖累, 拉低, 拉高 a rate, 带动
 * (帶動) a growth; 影响CPI上涨约0.70个百分点 (影響), an item's share of the
 * whole's change, unless 受 before it in its clause makes it a cause
 * (受疫情影响增速回落).  Each is two characters (6 bytes):
 * contribution_before reads them so. */
static const char *const contribution_words[] = {"拉动", "拉動", "贡献", "貢獻", "上拉", "下拉", "拖累",
                                                 "拉低", "拉高", "带动", "帶動", "影响", "影響"};

/* Whether a contribution word starts at byte j of t[lo, end). */
static bool contribution_at(const char *t, size_t lo, size_t end, size_t j)
{
    for (size_t k = 0; k < NELEM(contribution_words); k++)
        if (has_at(t, end, j, contribution_words[k])) {
            if (has_at(t, end, j, "影") && fig_has_word(t + lo, j - lo, (const char *const[]){"受"}, 1))
                return false; /* 受…影响: a cause */
            return true;
        }
    return false;
}

/* Whether points g that are no change are a contribution: a contribution
 * word in its clause, at most 96 bytes before it.  Other points that are
 * no change are a gap to another place or a whole (增速比全省高1.5个百分点,
 * 高于全国2.8个百分点), no rate. */
static bool contribution_points(const bl_figure *g)
{
    size_t a = g->ctx_start, b = g->start;
    if (b > a + 96)
        a = b - 96;
    for (size_t j = a; j + strlen("拉动") <= b; j++)
        if (contribution_at(g->text, a, b, j))
            return true;
    return false;
}

/* The index of the figure the change `f` links to, searching the figures
 * before index `end` of the current sentence. */
/* Whether the count g opens the subject of the change f in f's own clause:
 * no clause mark between them and at least four characters of words (the
 * counted noun and f's verb) from g to f (340家产值超亿元企业增长1.4%: the
 * firms' output grew, not their number; 企业560家增长47% keeps it). */
static bool count_of_subject(const bl_figure *g, const bl_figure *f)
{
    if (g->kind != BL_FIG_COUNT || g->text != f->text || g->end > f->start)
        return false;
    int han = 0;
    for (size_t j = g->end; j < f->start;) {
        int k;
        bool sent;
        uint32_t c = cp_at(g->text, f->start, j, &k);
        if (c == CP_BAD || is_clause_punct(c, &sent) || (c >= '0' && c <= '9'))
            return false;
        han += bl_is_han(c);
        j += (size_t)k;
    }
    return han >= 4;
}

/* Words of a daily or monthly average of an indicator: 日平均發電量, 日均产量,
 * 平均每日, 月均 (the same characters in both scripts). */
static const char *const average_words[] = {"日平均", "日均", "平均每日", "平均每天",
                                            "月平均", "月均", "平均每月"};

/* Round 33 class 1: 發電量3640億千瓦時,日平均發電量117億千瓦時,增長9.3%:
 * a change after a daily (monthly) average named right after the level is
 * the level's; true when g, at index k, is such an average of the value
 * before it (its clause says the average, in the same sentence, the same
 * base unit, the value a size of no change).  A per-capita value
 * (人均地区生产总值) is an indicator of its own and is not one. */
/* g's clause, p before it in the same text: back from g's value to the
 * first clause mark after p's.  True and *a the byte after that mark,
 * *sent whether it ends a sentence; false when none stands between. */
static bool clause_after(const bl_figure *p, const bl_figure *g, size_t *a, bool *sent)
{
    size_t x = g->start;
    while (x > p->end) {
        size_t b = x - 1;
        while (b > p->end && ((unsigned char)g->text[b] & 0xC0) == 0x80)
            b--;
        uint32_t c = cp_at(g->text, x, b, NULL);
        if (c != CP_BAD && is_clause_punct(c, sent)) {
            *a = x;
            return true;
        }
        x = b;
    }
    return false;
}

static bool average_of_previous(const scan *s, size_t k)
{
    const bl_figure_list *l = s->list;
    if (k == 0 || k - 1 < s->sentence_first)
        return false;
    const bl_figure *g = &l->items[k], *p = &l->items[k - 1];
    if (p->text != g->text || p->change || !size_kind(p) || strcmp(p->base_unit, g->base_unit) != 0)
        return false;
    size_t a;
    bool sent;
    if (!clause_after(p, g, &a, &sent))
        return false;
    for (size_t w = 0; w < sizeof average_words / sizeof average_words[0]; w++) {
        size_t n = strlen(average_words[w]);
        for (size_t j = a; j + n <= g->start; j++)
            if (memcmp(g->text + j, average_words[w], n) == 0)
                return true;
    }
    return false;
}

/* t[a, b) without its readings (defined below). */
static size_t without_readings(const char *t, size_t a, size_t b, char *out, size_t cap);

/* Words of a value converted into another unit: 按2017年平均汇率计算为,
 * 按年均汇率折算为, 折合, 约合 (both scripts). */
static const char *const converted_words[] = {"折算", "折合", "约合", "約合", "换算", "換算",
                                              "汇率", "匯率", "汇价", "匯價", "相当于", "相當於"};
/* 合 alone converts only as the whole clause before the value (合7800美元,
 * not 综合能耗) */
static const char *const converted_openers[] = {"合"};

/* Round 31 class 11: 人均地區生產總值39102元,按2017年平均匯率計算為5791美元,
 * 增長0.2%: a change after a value and its conversion into another unit
 * is the value's, in the text's own unit.  The index of that value when
 * g, at index k, is such a conversion (its clause, from the clause mark
 * after the value, says a conversion word, readings aside; the value a
 * size of no change, in the same sentence, of another base unit; years
 * and dates between skipped), else BL_FIG_NO_LINK. */
static size_t converted_from(const scan *s, size_t k)
{
    const bl_figure_list *l = s->list;
    const bl_figure *g = &l->items[k];
    size_t j = k;
    while (j > s->sentence_first && j > 0 &&
           (l->items[j - 1].kind == BL_FIG_YEAR || l->items[j - 1].kind == BL_FIG_DATE) &&
           l->items[j - 1].text == g->text)
        j--;
    if (j == 0 || j <= s->sentence_first)
        return BL_FIG_NO_LINK;
    const bl_figure *p = &l->items[j - 1];
    if (p->text != g->text || p->change || !size_kind(p) || !p->base_unit[0] ||
        strcmp(p->base_unit, g->base_unit) == 0)
        return BL_FIG_NO_LINK;
    size_t a = 0;
    bool sent = false;
    bool marked = clause_after(p, g, &a, &sent) && !sent;
    char buf[256];
    size_t n = marked ? without_readings(g->text, a, g->start, buf, sizeof buf) : sizeof buf;
    if (n >= sizeof buf)
        return BL_FIG_NO_LINK;
    for (size_t w = 0; w < sizeof converted_words / sizeof converted_words[0]; w++) {
        size_t m = strlen(converted_words[w]);
        for (size_t i = 0; i + m <= n; i++)
            if (memcmp(buf + i, converted_words[w], m) == 0)
                return j - 1;
    }
    for (size_t w = 0; w < sizeof converted_openers / sizeof converted_openers[0]; w++)
        if (n == strlen(converted_openers[w]) && memcmp(buf, converted_openers[w], n) == 0)
            return j - 1;
    return BL_FIG_NO_LINK;
}

/* How many of the two-character words of t[a, b) t[c, d) holds. */
static int shared_bigrams(const char *t, size_t a, size_t b, size_t c, size_t d)
{
    int n = 0;
    for (size_t i = a; i < b;) {
        int k1, k2;
        cp_at(t, b, i, &k1);
        size_t j = i + (size_t)(k1 > 0 ? k1 : 1);
        if (j >= b)
            break;
        cp_at(t, b, j, &k2);
        size_t m = j + (size_t)(k2 > 0 ? k2 : 1) - i;
        for (size_t x = c; x + m <= d; x++)
            if (memcmp(t + x, t + i, m) == 0) {
                n++;
                break;
            }
        i = j;
    }
    return n;
}

/* Round 36: the value a sentence's comparison base is compared with when
 * the sentence holds no other (…常住总人口为2511195人。与2010年…的2421812人④
 * 相比，五年间共增加89383人，增长3.69%): a value of the sentence before, in
 * the same paragraph, of the base's kind and unit, itself no change; none
 * when there is none. Review 39: the words naming the base (the Han
 * characters right before it, back to 的: …普查的总人口2421812人) choose
 * among such values of the three sentences before (常住总人口为2511195人。
 * 其中，城镇人口为1300000人。): the one whose words share most two-character
 * words with them, none on a tie; when they share none with any, the one
 * value of the sentence before if it is the only value of the three. */
static size_t compared_level(const scan *s, size_t base)
{
    const bl_figure_list *l = s->list;
    const bl_figure *b = &l->items[base];
    size_t sa = b->start;
    for (int c = 0; c < 12 && sa > b->ctx_start; c++) {
        int k;
        uint32_t p = cp_before(b->text, b->ctx_start, sa, &k);
        if (p == CP_BAD || p == 0x7684 /* 的 */ || !bl_is_han(p))
            break;
        sa -= (size_t)k;
    }
    size_t found = BL_FIG_NO_LINK, best = BL_FIG_NO_LINK;
    int n = 0, best_score = 0, best_count = 0;
    size_t lo = s->sentence_first > BL_FIG_LINK_WINDOW ? s->sentence_first - BL_FIG_LINK_WINDOW : 0;
    for (size_t k = s->sentence_first; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->text != s->t || g->end > s->sentence_start)
            break;
        /* the three sentences before only: the sentence ends between g
         * and it, one for the sentence before (a mojibake's question marks
         * are none) */
        int ends = 0;
        for (size_t j = g->end; j < s->sentence_start && ends < 4;) {
            int m;
            bool sent;
            uint32_t c = cp_at(s->t, s->sentence_start, j, &m);
            j += (size_t)(m > 0 ? m : 1);
            if (is_clause_punct(c, &sent) && sent && !mojibake_mark(s->t, s->len, c, j))
                ends++;
        }
        if (ends >= 4)
            break;
        if (!g->change && g->kind == b->kind && link_target_kind(g) && size_kind(g) &&
            !strcmp(g->base_unit, b->base_unit) && !strcmp(g->scale, b->scale)) {
            n++;
            if (ends < 2)
                found = k;
            size_t wa = g->start > g->ctx_start + 90 ? g->start - 90 : g->ctx_start;
            while (wa < g->start && ((unsigned char)s->t[wa] & 0xC0) == 0x80)
                wa++;
            int score = shared_bigrams(s->t, sa, b->start, wa, g->start);
            if (score > best_score) {
                best_score = score;
                best = k;
                best_count = 1;
            } else if (score == best_score) {
                best_count++;
            }
        }
    }
    if (best_score > 0)
        return best_count == 1 ? best : BL_FIG_NO_LINK;
    return n == 1 ? found : BL_FIG_NO_LINK;
}

/* Round 39 class 3: the count at index k sets the population of a
 * ranking right after it (全市20个区县排名第4, 在全市20个区县中排名第4, 全省
 * 109个县（市、区）中，位列第12): the next figure is a rank in the same
 * text and the words between them are few (ten characters at most, no
 * digit), bracketed words aside, with no clause mark but a comma right
 * after 中.  Such a count is no indicator's size: a change after the
 * ranking is of the value before it. */
static bool rank_population(const bl_figure_list *l, size_t k, size_t end)
{
    const bl_figure *g = &l->items[k];
    if (g->kind != BL_FIG_COUNT || k + 1 >= end)
        return false;
    const bl_figure *r = &l->items[k + 1];
    if (r->kind != BL_FIG_RANK || r->text != g->text || r->start < g->end)
        return false;
    const char *t = g->text;
    int chars = 0, depth = 0;
    uint32_t prev = 0;
    for (size_t j = g->end; j < r->start;) {
        int n;
        bool sent;
        uint32_t c = cp_at(t, r->start, j, &n);
        if (c == CP_BAD || digit_val(c) >= 0)
            return false;
        j += (size_t)(n > 0 ? n : 1);
        if (c == 0xFF08 || c == '(') {
            depth++;
            continue;
        }
        if (c == 0xFF09 || c == ')') {
            depth -= depth > 0;
            continue;
        }
        if (depth)
            continue;
        if (is_clause_punct(c, &sent)) {
            if (sent || prev != 0x4E2D /* 中 */)
                return false;
            continue;
        }
        if (c != ' ' && ++chars > 10)
            return false;
        prev = c;
    }
    return true;
}

static size_t find_link(const scan *s, const bl_figure *f, size_t end)
{
    const bl_figure_list *l = s->list;
    int cls = change_class(f);
    size_t lo = s->sentence_first, fallback = BL_FIG_NO_LINK, base = BL_FIG_NO_LINK;
    const bl_figure *cmp = NULL; /* the nearest comparison base passed */
    if (end > BL_FIG_LINK_WINDOW && end - BL_FIG_LINK_WINDOW > lo)
        lo = end - BL_FIG_LINK_WINDOW;
    for (size_t k = end; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->kind == BL_FIG_RATIO && cls == CH_ABS && !f->base_unit[0]) {
            if (g->change)
                return BL_FIG_NO_LINK;
            return k + 1 - (size_t)(g->part > 0 ? g->part : 1); /* its first part */
        }
        if (!link_target_kind(g))
            continue;
        if (rank_population(l, k, end))
            continue; /* 全市20个区县排名第4: the ranking's population */
        if (!g->change && comparison_base(g, f)) {
            if (framed_base(g, f) && k >= s->sentence_first)
                base = k;
            if (!cmp)
                cmp = g;
            continue;
        }
        /* 比上年同期35,285万元增收2,445万元，增长6.9%: the base of the change
         * right after it is the base of the sentence's later changes too
         * (held-out round 28, budget-mdx) */
        if (!g->change && k + 1 < end && l->items[k + 1].change && l->items[k + 1].text == g->text &&
            &l->items[k + 1] != f && comparison_base(g, &l->items[k + 1]))
            continue;
        /* 完成预算数31220万元的101.7%: the base of a share, not what grew */
        if (!g->change && k + 1 < end && l->items[k + 1].text == g->text &&
            l->items[k + 1].kind == BL_FIG_PERCENT && !l->items[k + 1].change &&
            l->items[k + 1].start == g->end + strlen("的") &&
            has_at(g->text, l->items[k + 1].start, g->end, "的"))
            continue;
        int gcls = change_class(g);
        switch (cls) {
        case CH_REL:
            if (g->change && gcls == CH_REL) {
                if (fallback == BL_FIG_NO_LINK && (s->flags & SCAN_SAME_SUBJECT))
                    return g->link; /* 下降4.1%；与2020年相比，两年平均增长2.5% */
                return fallback;
            }
            if (g->change && gcls == CH_ABS && fallback == BL_FIG_NO_LINK &&
                (s->flags & SCAN_SAME_SUBJECT)) {
                /* 各减少1267.86、2570.97万元，各下降23.51%、38.28%: the
                 * first of an enumeration of changes */
                size_t h = k;
                while (h > lo && l->items[h - 1].change && change_class(&l->items[h - 1]) == CH_ABS &&
                       joined_changes(s, &l->items[h - 1], &l->items[h]))
                    h--;
                if (l->items[h].link != BL_FIG_NO_LINK && l->items[h].link < s->sentence_first)
                    return l->items[h].link;
                if (g->link != BL_FIG_NO_LINK && g->link < s->sentence_first)
                    return g->link; /* 汉族人口增加60378693人，增长4.93%: the same
                                     * indicator's value, named sentences before */
            }
            if (g->change)
                continue;
            if (g->text == f->text && in_parens(g, f->start))
                continue; /* a conversion in parentheses */
            if (count_of_subject(g, f))
                continue; /* 340家产值超亿元企业增长1.4% */
            if (size_kind(g)) {
                size_t from = converted_from(s, k);
                /* figlab47: 960.3毫米,折合…271.8亿立方米,比常年(293.5亿立方米)
                 * 偏少7.4%: a base in the converted value's unit (and not
                 * in the first value's) makes the change the converted one's */
                if (from != BL_FIG_NO_LINK && cmp && g->base_unit[0] &&
                    !strcmp(cmp->base_unit, g->base_unit) &&
                    strcmp(cmp->base_unit, l->items[from].base_unit) != 0)
                    return k;
                if (from != BL_FIG_NO_LINK)
                    return from; /* 39102元,按…匯率計算為5791美元,增長0.2% */
                return average_of_previous(s, k) ? k - 1 : k;
            }
            if (g->kind == BL_FIG_PERCENT && fallback == BL_FIG_NO_LINK && !named_share_value(g))
                fallback = k; /* a share: only when no size is found */
            break;
        case CH_PP:
            if (g->change && gcls == CH_PP) {
                /* 增长10.8%，较上月回升0.8个百分点，较年初回落3.1个百分点:
                 * a second change of the same rate, its clause naming no
                 * indicator of its own, is of the rate the first is of */
                if ((s->flags & SCAN_SAME_SUBJECT) && g->link != BL_FIG_NO_LINK)
                    return g->link;
                return BL_FIG_NO_LINK;
            }
            if (g->kind == BL_FIG_POINTS && !g->change && !contribution_points(g))
                continue; /* 增速比全省高1.5个百分点: a gap to another place */
            if (g->kind == BL_FIG_PERCENT || g->kind == BL_FIG_POINTS)
                return k; /* a rate, or points of contribution */
            break;
        default:
            if (strcmp(g->base_unit, f->base_unit) == 0 || same_count(g, f)) {
                if (g->change)
                    return BL_FIG_NO_LINK;
                return k;
            }
            break;
        }
    }
    if (fallback == BL_FIG_NO_LINK && base != BL_FIG_NO_LINK)
        return compared_level(s, base);
    return fallback;
}

/* Whether the text before a change verb, t[a, b), names an indicator of
 * its own: what is left after scope words, the basis of the figure
 * (按可比价格计算, 两年平均) and the comparison (比上年, 较上年同期, 同比,
 * 与上年相比 and everything after them). */
static bool subject_span(const scan *s, size_t a, size_t b, size_t *sa, size_t *sb);

/* has_subject(), and the indicator's words in [*sa, *sb). */
static bool subject_span(const scan *s, size_t a, size_t b, size_t *sa, size_t *sb)
{
    static const char *const basis[] = {
        "按可比价格计算", "按可比价计算", "按可比口径计算", "按现价计算", "扣除价格因素后",
        "扣除价格因素",   "两年平均",     "三年平均",       "年平均",     "年均",       "平均",
        "同比",           "环比",         "分别",           "累计",       "全年",
        "当年",           "上半年",       "下半年",         "名义",       "实际",
        /* without 计算 (按可比口径增长16.3%), and as a traditional-character
         * copy writes them (扣除價格因素，實際增長6.6%) */
        "按可比价格",     "按可比口径",   "按可比價格計算", "按可比價計算", "按可比口徑計算",
        "按現價計算",     "按可比價格",   "按可比口徑",     "扣除價格因素後", "扣除價格因素",
        "兩年平均",       "環比",           "分別",         "累計",
        /* 按年 and 按月 of a Hong Kong report: 同比 and 环比 (按年增長5.5%) */
        "按年",           "按月",
        /* at comparable prices (财政收入完成5420.9万元，可比增长22%) */
        "可比",
        "當年",           "名義",         "實際",
    };
    static const char *const cmp[] = {"比", "较", "較", "相比"};
    const char *t = s->t;
    /* 与上年相比 …: the comparison starts at 与 (和, 同, 跟) */
    for (size_t i = a; i + strlen("相比") <= b;) {
        if (has_at(t, b, i, "相比")) {
            size_t c = i;
            for (size_t j = a; j < i;) {
                int k;
                uint32_t cp = cp_at(t, i, j, &k);
                if (frame_opener(cp) && c == i)
                    c = j; /* the first 与 與 和 同 跟 */
                j += (size_t)k;
            }
            b = c;
            break;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
    }
    for (bool again = true; again && a < b;) {
        again = false;
        fig_trim_scope(t, &a, &b);
        int k;
        uint32_t c = cp_at(t, b, a, &k);
        if (c == 0xFF08 || c == '(' || c == 0xFF09 || c == ')' || c == 0x3001) {
            a += (size_t)k; /* brackets and list commas name nothing */
            again = true;
        }
        for (size_t w = 0; w < NELEM(basis); w++)
            if (has_at(t, b, a, basis[w])) {
                a += strlen(basis[w]);
                again = true;
            }
        /* a span of time (2022年再降到4627.5万人，一年间减少177.7万人, 十年来,
         * 兩年間, 3年来): a number's characters, 年, then 间 間 来 來; round
         * 36: or the rest of one read as a duration (五年 | 間共增加) */
        size_t y = a;
        for (int n = 0; y < b && n < 4; n++) {
            int m;
            uint32_t p = cp_at(t, b, y, &m);
            if (!is_cn_numeral(p) && p != 0x5169 /* 兩 */ && !(p >= '0' && p <= '9'))
                break;
            y += (size_t)m;
        }
        if (y > a && has_at(t, b, y, "年"))
            y += strlen("年");
        else if (y > a || !has_before(t, 0, a, "年"))
            y = b;
        if (y < b &&
            (has_at(t, b, y, "间") || has_at(t, b, y, "間") || has_at(t, b, y, "来") || has_at(t, b, y, "來"))) {
            a = y + strlen("间");
            again = true;
        }
    }
    if (a >= b)
        return false;
    /* an adverb alone names nothing (從719億美元增加到3624億美元，也增加了
     * 4倍多) */
    static const char *const adverbs[] = {"也", "亦", "还", "還", "又",
                                          /* 收、支总计各减少…，各下降23.51%: 各 distributes */
                                          "各",
                                          /* round 36: 五年間共增加89383人: 共 sums, names nothing */
                                          "共", "总共", "總共", "一共"};
    for (size_t w = 0; w < NELEM(adverbs); w++)
        if (b - a == strlen(adverbs[w]) && has_at(t, b, a, adverbs[w]))
            return false;
    for (size_t w = 0; w < NELEM(cmp); w++)
        if (has_at(t, b, a, cmp[w]))
            return false;
    /* 與去年增長10.9%: 与去年/与上年 without 相比 compare like 比去年 (the
     * label's words start after 与) */
    size_t w0 = a;
    if (has_before(t, s->clause_start, a, "与") || has_before(t, s->clause_start, a, "與"))
        w0 -= strlen("与");
    if (has_at(t, b, w0, "与去年") || has_at(t, b, w0, "與去年") || has_at(t, b, w0, "与上年") ||
        has_at(t, b, w0, "與上年"))
        return false;
    *sa = a;
    *sb = b;
    return true;
}

/* Whether the words t[wa, wb) before a value name the indicator t[sa, sb)
 * of a change in other words: the same words with 的 between their parts,
 * perhaps after a verb ending in 在 (城镇人口 and 居住在城镇的人口). */
static bool names_otherwise(const char *t, size_t wa, size_t wb, size_t sa, size_t sb)
{
    size_t w = sb - sa, de = strlen("的");
    if (wb - wa < w + de)
        return false;
    for (size_t i = sa; i < sb;) {
        int k;
        if (!bl_is_han(cp_at(t, sb, i, &k)))
            return false;
        i += (size_t)k;
    }
    for (size_t cut = sa + 3; cut + 3 <= sb; cut += 3) {
        /* the indicator's parts: t[sa, cut) and t[cut, sb) */
        size_t tail = sb - cut, head = cut - sa;
        if (memcmp(t + wb - tail, t + cut, tail) != 0 || !has_before(t, wa, wb - tail, "的"))
            continue;
        size_t h = wb - tail - de;
        if (h < wa + head || memcmp(t + h - head, t + sa, head) != 0)
            continue;
        size_t q = h - head; /* what stands before: nothing, or 居住在 */
        if (q == wa || (q - wa <= 4 * 3 && has_before(t, wa, q, "在")))
            return true;
    }
    return false;
}

/* Whether the value g is written right after the words t[sa, sb) (at most
 * a copula, 为 是 达 有 共, between), or after the same indicator in
 * other words (names_otherwise). */
static bool value_named(const scan *s, const bl_figure *g, size_t sa, size_t sb)
{
    size_t w = sb - sa, e = g->start;
    static const char *const cop[] = {"为", "是", "达", "有", "共"};
    for (size_t c = 0; c < NELEM(cop); c++)
        if (has_before(s->t, g->ctx_start, e, cop[c])) {
            e -= strlen(cop[c]);
            break;
        }
    /* the same words from the start of each clause: 汉族人口 and 汉族人口
     * (二季度国内生产总值 is not 上半年国内生产总值) */
    if (e == g->lab_start + w && memcmp(s->t + g->lab_start, s->t + sa, w) == 0)
        return true;
    return e > g->lab_start && names_otherwise(s->t, g->lab_start, e, sa, sb);
}

/* t[a, b) without its pages' readings (衛（wèi）生 -> 衛生) into out (cap
 * bytes): its length, or cap when it does not fit. */
static size_t without_readings(const char *t, size_t a, size_t b, char *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = a; i < b;) {
        size_t r = fig_reading_at(t, b, i);
        if (r) {
            i += r;
            continue;
        }
        if (n + 1 >= cap)
            return cap;
        out[n++] = t[i++];
    }
    return n;
}

/* Whether the value g is written under the words t[sa, sb) that name a
 * change's indicator, readings aside: the same words or (unless whole: a
 * value of a sentence before) longer ones ending in them (床位150.5萬張 …
 * 床位增加; 衛生人員160.5萬人 … 人員增加), a count word 數/数 after either
 * (衛生人員77.8萬人，衛生人員數比上年增加; 機構數達102.6萬個。…機構增加),
 * a copula after the value's and the comparison (比上年, 较上年, 同比) left
 * out. */
static bool value_under_subject(const scan *s, const bl_figure *g, size_t sa, size_t sb, bool whole)
{
    static const char *const cmp[] = {"比上年", "比去年", "較上年", "较上年", "同比"};
    static const char *const cop[] = {"为", "為", "是", "达", "達", "有", "共"};
    static const char *const count_word[] = {"數", "数"};
    char w[96], v[96];
    if (g->text != s->t || g->lab_start >= g->start)
        return false;
    for (size_t c = 0; c < NELEM(cmp); c++)
        for (size_t j = sa; j + strlen(cmp[c]) <= sb; j++)
            if (has_at(s->t, sb, j, cmp[c])) {
                sb = j;
                break;
            }
    size_t wn = without_readings(s->t, sa, sb, w, sizeof w);
    size_t vn = without_readings(s->t, g->lab_start, g->start, v, sizeof v);
    if (wn >= sizeof w || vn >= sizeof v)
        return false;
    for (size_t c = 0; c < NELEM(cop); c++)
        if (vn > 3 && memcmp(v + vn - 3, cop[c], 3) == 0)
            vn -= 3;
    for (size_t c = 0; c < NELEM(count_word); c++) {
        if (wn > 3 && memcmp(w + wn - 3, count_word[c], 3) == 0)
            wn -= 3;
        if (vn > 3 && memcmp(v + vn - 3, count_word[c], 3) == 0)
            vn -= 3;
    }
    return wn >= 6 && (whole ? vn == wn : vn >= wn) && memcmp(v + vn - wn, w, wn) == 0;
}

/* Whether a comparison opens the sentence before the current clause:
 * 与2010年…相比， 與2020年3月底比較， */
static bool compared_sentence(const scan *s)
{
    bool compared = false;
    for (size_t j = s->sentence_start; j + strlen("相比") <= s->clause_start && !compared; j++)
        compared = has_at(s->t, s->clause_start, j, "相比") || has_at(s->t, s->clause_start, j, "比较") ||
                   has_at(s->t, s->clause_start, j, "比較");
    return compared;
}

/* The nearest earlier value of the paragraph that t[sa, sb) names
 * (value_named), of a kind an absolute change of unit `unit` may link to
 * (any unit when NULL). */
static size_t named_value(const scan *s, size_t sa, size_t sb, const char *unit)
{
    const bl_figure_list *l = s->list;
    size_t lo = l->len > 4 * BL_FIG_LINK_WINDOW ? l->len - 4 * BL_FIG_LINK_WINDOW : 0;
    for (size_t k = s->sentence_first; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->text != s->t)
            break;
        if (g->change || !link_target_kind(g) || !size_kind(g))
            continue;
        if (unit && strcmp(g->base_unit, unit) != 0)
            continue;
        if (value_named(s, g, sa, sb) || value_under_subject(s, g, sa, sb, true))
            return k;
    }
    return BL_FIG_NO_LINK;
}

static bool decimal_list(const scan *s, const bl_figure *prev, size_t a, size_t b);

/* Whether another number follows the figure f, joined to it by 、 or as a
 * list of decimals (decimal_list): f's unit may be said after the list. */
static bool list_follows(const scan *s, const bl_figure *f)
{
    int d, k;
    size_t e = f->end;
    if (f->text != s->t)
        return false;
    if (has_at(s->t, s->len, e, "、"))
        return digit_at(s->t, s->len, e + strlen("、"), &d, &k);
    size_t c = has_at(s->t, s->len, e, "，") ? strlen("，") : (e < s->len && s->t[e] == ',') ? 1 : 0;
    return c && decimal_list(s, f, e, e + c);
}

/* A change whose clause names its indicator but finds no value in its
 * sentence, after a comparison that opens the sentence (与2010年…相比，
 * 汉族人口增加60378693人): the nearest earlier
 * value of the paragraph written right after those words (汉族人口为
 * 1286311334人), or after them in other words (城镇人口增加202487人 and
 * 居住在城镇的人口为547299人), of a kind the change may link to. */
static size_t named_target(const scan *s, const bl_figure *f, size_t sa, size_t sb)
{
    if (sb - sa < 6 || sb - sa > 60) /* two to twenty characters */
        return BL_FIG_NO_LINK;
    if (!compared_sentence(s))
        return BL_FIG_NO_LINK;
    /* a bare figure listed before its unit (各减少1267.86,2570.97万元) may
     * name a value of any unit: its own is written after the list */
    bool pending = !f->unit[0] && list_follows(s, f);
    return named_value(s, sa, sb, change_class(f) == CH_ABS && !pending ? f->base_unit : NULL);
}

/* Names of one indicator that bulletins use in turn: a trade total
 * (外贸进出口总额 … 贸易额较上年同期增长), a region's or a country's output
 * (地区生产总值 … 经济总量比上年增长), in simplified and traditional
 * characters.  A family ends at NULL. */
static const char *const synonyms[][10] = {
    {"进出口总额", "进出口总值", "进出口额", "进出口", "贸易总额", "贸易额", "外贸总额", "外贸总值", "外贸额", NULL},
    {"進出口總額", "進出口總值", "進出口額", "進出口", "貿易總額", "貿易額", "外貿總額", "外貿總值", "外貿額", NULL},
    {"地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量", NULL},
    {"地區生產總值", "國內生產總值", "生產總值", "GDP", "經濟總量", NULL},
};

/* The family of synonyms whose member ends t[a, b), or -1; *start: where
 * the member begins. */
static int synonym_family(const char *t, size_t a, size_t b, size_t *start)
{
    for (size_t fam = 0; fam < NELEM(synonyms); fam++)
        for (size_t m = 0; synonyms[fam][m]; m++)
            if (has_before(t, a, b, synonyms[fam][m])) {
                *start = b - strlen(synonyms[fam][m]);
                return (int)fam;
            }
    return -1;
}

bool fig_synonym_names(const char *t, size_t a, size_t b, const char *label)
{
    size_t m;
    int fam = synonym_family(label, 0, strlen(label), &m);
    if (fam < 0)
        return false;
    for (size_t j = a; j < b; j++)
        for (size_t k = 0; synonyms[fam][k]; k++)
            if (has_at(t, b, j, synonyms[fam][k]))
                return true;
    return false;
}

/* A relative change whose sentence has no value it may be of, its
 * subject t[sa, sb) (up to its comparison: 贸易额较上年同期) a name of an
 * indicator in a family of synonyms: the nearest earlier value of the
 * paragraph written right after a name of the same family (外贸进出口总额
 * 59.5亿美元。贸易额较上年同期增长31.3%), the subject's clause naming
 * nothing before its name (a place, a period) or the same words as the
 * value's clause (二季度国内生产总值增长1.8% is not of 上半年国内生产总值
 * 340637亿元, 三季度… not of 前三季度…). */
static size_t synonym_target(const scan *s, size_t sa, size_t sb)
{
    static const char *const cmp[] = {"同比", "比", "较", "較", "与", "與", "相比"};
    for (size_t j = sa; j < sb; j++) {
        bool cut = false;
        for (size_t c = 0; c < NELEM(cmp) && !cut; c++)
            cut = has_at(s->t, sb, j, cmp[c]);
        if (cut) {
            sb = j;
            break;
        }
    }
    size_t sm, vm;
    int fam = synonym_family(s->t, sa, sb, &sm);
    if (fam < 0)
        return BL_FIG_NO_LINK;
    /* the words before each name from its clause's start: a label leaves
     * out the period (上半年) */
    size_t ca = s->clause_start < sm ? s->clause_start : sm;
    static const char *const cop[] = {"为", "為", "是", "达", "達", "达到", "達到", "共", "实现", "實現", "完成"};
    const bl_figure_list *l = s->list;
    size_t lo = l->len > 4 * BL_FIG_LINK_WINDOW ? l->len - 4 * BL_FIG_LINK_WINDOW : 0;
    for (size_t k = s->sentence_first; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->text != s->t)
            break;
        if (g->change || !link_target_kind(g) || !size_kind(g) || g->lab_start >= g->start)
            continue;
        size_t e = g->start;
        for (size_t c = 0; c < NELEM(cop); c++)
            if (has_before(s->t, g->lab_start, e, cop[c])) {
                e -= strlen(cop[c]);
                break;
            }
        if (synonym_family(s->t, g->lab_start, e, &vm) == fam &&
            (sm == ca || (vm - g->ctx_start == sm - ca && memcmp(s->t + g->ctx_start, s->t + ca, sm - ca) == 0)))
            return k;
    }
    return BL_FIG_NO_LINK;
}

/* A change in points of an indicator's share (城镇人口比重提高16.65个百分点)
 * after a comparison that opens the sentence: the share written right
 * after the indicator's value (居住在城镇的人口为547299人，占94.51%). */
static size_t named_share(const scan *s, size_t sa, size_t sb)
{
    static const char *const share[] = {"比重", "占比", "所占比重"};
    size_t w = BL_FIG_NO_LINK;
    for (size_t k = 0; k < NELEM(share) && w == BL_FIG_NO_LINK; k++)
        if (has_before(s->t, sa, sb, share[k]))
            w = sb - strlen(share[k]);
    if (w == BL_FIG_NO_LINK || w - sa < 6 || w - sa > 60 || !compared_sentence(s))
        return BL_FIG_NO_LINK;
    const bl_figure_list *l = s->list;
    size_t h = named_value(s, sa, w, NULL);
    if (h == BL_FIG_NO_LINK || h + 1 >= s->sentence_first)
        return BL_FIG_NO_LINK;
    const bl_figure *g = &l->items[h], *p = &l->items[h + 1];
    if (p->text != s->t || p->change || p->kind != BL_FIG_PERCENT || !has_before(s->t, g->end, p->start, "占"))
        return BL_FIG_NO_LINK;
    for (size_t j = g->end; j < p->start;) {
        int k;
        uint32_t c = cp_at(s->t, p->start, j, &k);
        if (c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n')
            return BL_FIG_NO_LINK;
        j += (size_t)k;
    }
    return h + 1;
}

/* The number of decimals of the number written just before byte e (0:
 * none, or no digit ends there). */
static int decimals_before(const char *t, size_t lo, size_t e)
{
    size_t j = e;
    while (j > lo && t[j - 1] >= '0' && t[j - 1] <= '9')
        j--;
    if (j == e || j <= lo + 1 || t[j - 1] != '.' || !(t[j - 2] >= '0' && t[j - 2] <= '9'))
        return 0;
    return (int)(e - j);
}

/* A list of decimals separated by a comma, its unit written once after
 * the last (收、支总计各是4125.49,4143.91万元; the copy's ASCII comma becomes
 * ，): `prev` ends in its number's decimals, one comma follows, and the
 * number after it has as many decimals.  A comma after a decimal is no
 * thousands separator; the same count of decimals tells a list from a
 * clause that starts with another figure. */
static bool decimal_list(const scan *s, const bl_figure *prev, size_t a, size_t b)
{
    size_t c = has_at(s->t, b, a, "，") ? strlen("，") : (a < b && s->t[a] == ',') ? 1 : 0;
    if (!c || a + c != b || prev->end != a)
        return false;
    int n = decimals_before(s->t, prev->start, prev->end);
    num x;
    return n > 0 && fig_read_num(s->t, s->len, b, &x) && x.frac && decimals_before(s->t, b, x.end) == n;
}

/* Enumerated figures: only 和 、 及 与 或 lie between the end of `prev`
 * and byte `start`, or the comma of a list of decimals (decimal_list). */
static bool joined(const scan *s, const bl_figure *prev, size_t start)
{
    static const char *const joins[] = {"和", "、", "及", "与", "或"};
    if (prev->text != s->t || prev->end > start)
        return false;
    /* spaces around the separator (16.6% 、 9.2% 和 6.8%) are the copy's */
    size_t a = prev->end, b = start;
    while (a < b && (s->t[a] == ' ' || has_at(s->t, b, a, "\u3000")))
        a += s->t[a] == ' ' ? 1 : strlen("\u3000");
    while (b > a && s->t[b - 1] == ' ')
        b--;
    for (size_t w = 0; w < NELEM(joins); w++)
        if (b - a == strlen(joins[w]) && has_at(s->t, s->len, a, joins[w]))
            return true;
    return decimal_list(s, prev, a, b);
}

/* joined(), or only a join and g's own change verb between them (分别下降
 * 1.0%、增长4.9%和下降19.1%: one enumeration of changes). */
static bool joined_changes(const scan *s, const bl_figure *p, const bl_figure *g)
{
    if (joined(s, p, g->lab_end))
        return true;
    size_t vs;
    return g->change && g->text == s->t && p->end <= g->start &&
           fig_change_verb(s->t, p->end, g->start, &vs) && joined(s, p, vs);
}

static bool respectively(const scan *s, const bl_figure *f)
{
    const bl_figure_list *l = s->list;
    if (l->len == 0 || l->len <= s->sentence_first)
        return false;
    const bl_figure *p = &l->items[l->len - 1];
    return p->change && change_class(p) == change_class(f) && joined_changes(s, p, f);
}

/* Round 30 class 5: an industry named by its short name at byte i (一产,
 * 二產, 三产业: 一產、三產占比均提高0.1個百分點), the ordinal of the part of a
 * ratio of industries it names: 1-3, or 0.  Only as a word of its own: no
 * Han character before it but a list word (、 和 及 与 與) or 中 (其中一产),
 * no 品 量 值 出 能 权 權 after 产 (一产品, 三产量 are no industry). */
static int short_industry_at(const char *t, size_t len, size_t i, size_t *end)
{
    int k, kp;
    uint32_t c = cp_at(t, len, i, &k);
    int ord = c == 0x4E00 /* 一 */ ? 1 : c == 0x4E8C /* 二 */ ? 2 : c == 0x4E09 /* 三 */ ? 3 : 0;
    if (!ord || !(has_at(t, len, i + (size_t)k, "产") || has_at(t, len, i + (size_t)k, "產")))
        return 0;
    size_t e = i + (size_t)k + strlen("产");
    uint32_t n = cp_at(t, len, e, &kp);
    if (n != CP_BAD && in_set(n, "品量值出能权權"))
        return 0;
    uint32_t p = cp_before(t, 0, i, NULL);
    if (p != CP_BAD && bl_is_han(p) && !in_set(p, "、和及与與中"))
        return 0;
    *end = e;
    return ord;
}

/* Round 37 class 4 (stats-panji: 三次产业结构…调整为8.3:71.1:20.6,服务业在
 * 全区经济中的比重比上年下降3.2个百分点): an industry named by its common
 * name at byte i, the ordinal of the part of a ratio of industries it is:
 * 服务业 (服務業) the third, 农林牧渔业 (農林牧漁業) the first.  Only as a
 * word of its own (no Han character before it but a list word or 中: 生产性
 * 服务业, 现代服务业 are a part of the third). */
static int industry_name_at(const char *t, size_t len, size_t i, size_t *end)
{
    static const struct {
        const char *s;
        int ord;
    } names[] = {{"服务业", 3}, {"服務業", 3}, {"农林牧渔业", 1}, {"農林牧漁業", 1}};
    for (size_t w = 0; w < NELEM(names); w++)
        if (has_at(t, len, i, names[w].s)) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p != CP_BAD && bl_is_han(p) && !in_set(p, "、和及与與中"))
                return 0;
            *end = i + strlen(names[w].s);
            return names[w].ord;
        }
    return 0;
}

/* The ordinal written as 第N (第一, 第3) at byte i: N, or 0. */
static int ordinal_at(const char *t, size_t len, size_t i, size_t *end)
{
    if (!has_at(t, len, i, "第")) {
        int o = industry_name_at(t, len, i, end);
        return o ? o : short_industry_at(t, len, i, end);
    }
    size_t p = i + strlen("第");
    int k;
    uint32_t c = cp_at(t, len, p, &k);
    static const char cn[] = "一二三四五六七八九";
    for (int j = 0; j < 9; j++)
        if (c == cp_of(cn + 3 * j)) {
            *end = p + (size_t)k;
            return j + 1;
        }
    if (c >= '1' && c <= '9') {
        *end = p + 1;
        return (int)(c - '0');
    }
    return 0;
}

/* The ordinals (第一 … 第九) written in t[a, b), in order: at most `max`. */
static size_t ordinals_in(const char *t, size_t a, size_t b, int *out, size_t max)
{
    size_t n = 0;
    for (size_t i = a; i < b && n < max;) {
        size_t e;
        int o = ordinal_at(t, b, i, &e);
        if (o) {
            out[n++] = o;
            bool di = has_at(t, b, i, "第");
            i = e;
            /* round 37: 第一、二、三產業, 第二和三产业: the ordinals after
             * the first said without their 第 */
            while (di && n < max) {
                static const char joins[] = "、和及与與";
                int kj, kn;
                uint32_t j = cp_at(t, b, i, &kj);
                if (j == CP_BAD || !in_set(j, joins))
                    break;
                uint32_t c = cp_at(t, b, i + (size_t)kj, &kn);
                static const char cn[] = "一二三四五六七八九";
                int v = 0;
                for (int d = 0; d < 9 && !v; d++)
                    if (c == cp_of(cn + 3 * d))
                        v = d + 1;
                if (!v)
                    break;
                out[n++] = v;
                i += (size_t)kj + (size_t)kn;
            }
            continue;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
    }
    return n;
}

/* Part `ord` of the nearest ratio before index `end` in the same text with
 * that many parts (三次产业结构为7.7:57.5:34.8。…第一产业下降0.3个百分点). */
/* fig46 class 3: a ratio written as last year's base of a comparison
 * (三次产业比为14.7:30.9:54.4,与上年的15.7:29.6:54.7相比, 與上年的, 比上年的,
 * 较去年的): a change of one of its parts after it is of this year's ratio,
 * the one right before the comparison.  Returns that ratio's first part,
 * else `first` (no ratio before, or no comparison). */
static size_t compared_ratio(const scan *s, size_t first)
{
    const bl_figure_list *l = s->list;
    const bl_figure *g = &l->items[first];
    if (first == 0 || g->kind != BL_FIG_RATIO)
        return first;
    const char *t = g->text;
    if (!has_before(t, g->ctx_start, g->start, "上年的") && !has_before(t, g->ctx_start, g->start, "去年的"))
        return first;
    size_t w = g->start - strlen("上年的");
    uint32_t c = cp_before(t, 0, w, NULL);
    if (c != 0x4E0E /* 与 */ && c != 0x8207 /* 與 */ && c != 0x540C /* 同 */ && c != 0x548C /* 和 */ &&
        c != 0x6BD4 /* 比 */ && c != 0x8F83 /* 较 */ && c != 0x8F03 /* 較 */)
        return first;
    const bl_figure *p = &l->items[first - 1];
    if (p->text != t || p->kind != BL_FIG_RATIO || p->part < 1 || p->part != p->nparts ||
        p->nparts != g->nparts || p->end > w ||
        w - p->end > 3 * 4)
        return first; /* (the ratio before: its last part at most four characters back) */
    return first - (size_t)p->part;
}

static size_t ratio_part(const scan *s, size_t end, int ord)
{
    const bl_figure_list *l = s->list;
    size_t lo = end > 4 * BL_FIG_LINK_WINDOW ? end - 4 * BL_FIG_LINK_WINDOW : 0;
    for (size_t k = end; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->text != s->t)
            break;
        if (g->kind == BL_FIG_RATIO && g->part >= 1 && (size_t)ord <= g->nparts) {
            size_t first = compared_ratio(s, k + 1 - (size_t)g->part);
            return first + (size_t)ord - 1 < l->len ? first + (size_t)ord - 1 : BL_FIG_NO_LINK;
        }
    }
    return BL_FIG_NO_LINK;
}

/* Where the words before the change at index `at` (or about to be
 * appended at l->len) begin for its ordinals: the end of the figure before
 * it in the same text, not before the sentence's start (a ratio of the
 * sentence before may still be meant). */
static size_t words_from(const scan *s, size_t at)
{
    const bl_figure_list *l = s->list;
    size_t a = s->sentence_start;
    while (at > 0 && l->items[at - 1].kind == BL_FIG_RANK)
        at--; /* 第二、第三产业: the ordinals themselves */
    if (at > 0 && l->items[at - 1].text == s->t && l->items[at - 1].end > a)
        a = l->items[at - 1].end;
    return a;
}

/* Whether targets t[0..m) (in text order) are themselves an enumeration
 * (比重分别为12.1%和32.6%，比上年同期提高0.7和1.2个百分点). */
static bool targets_enumerated(const scan *s, const size_t *tg, size_t m)
{
    const bl_figure_list *l = s->list;
    for (size_t i = 0; i + 1 < m; i++) {
        if (tg[i + 1] != tg[i] + 1)
            return false;
        const bl_figure *a = &l->items[tg[i]], *b = &l->items[tg[i + 1]];
        size_t bs = b->lab_end < b->start ? b->lab_end : b->start;
        if (!joined(s, a, bs))
            return false;
    }
    return m >= 2;
}

/* Whether two figures are written the same (0—14岁 and 0—14岁 later). */
static bool same_figure(const bl_figure *a, const bl_figure *b)
{
    return a->kind == b->kind && a->part == b->part && !strcmp(a->unit, b->unit) &&
           a->value_text && b->value_text && !strcmp(a->value_text, b->value_text) &&
           !strcmp(a->qualifier, b->qualifier);
}

/* A change in points without a rate in its sentence whose clause names
 * its subject by a figure written before (与2010年相比，0—14岁人口的比重上
 * 升1.35个百分点 after 0—14岁人口为253383938人，占17.95%): the rate that
 * follows that figure in its part of the sentence. */
static size_t same_subject(const scan *s)
{
    const bl_figure_list *l = s->list;
    size_t lo = l->len > 4 * BL_FIG_LINK_WINDOW ? l->len - 4 * BL_FIG_LINK_WINDOW : 0;
    /* the figures before the clause are looked at within that window only:
     * a clause longer than it has none to look at (a clause of thousands of
     * figures was read again for each change in points) */
    if (s->clause_first <= lo)
        return BL_FIG_NO_LINK;
    for (size_t a = s->clause_first; a < l->len; a++) {
        const bl_figure *fa = &l->items[a];
        if (fa->change || fa->text != s->t)
            continue;
        for (size_t h = s->clause_first; h-- > lo;) {
            const bl_figure *fh = &l->items[h];
            if (fh->text != s->t)
                break;
            if (!same_figure(fa, fh))
                continue;
            for (size_t p = h + 1; p < s->clause_first; p++) {
                const bl_figure *fp = &l->items[p];
                bool cut = false;
                for (size_t j = fh->end; j < fp->start && !cut;) {
                    int k;
                    uint32_t c = cp_at(s->t, fp->start, j, &k);
                    cut = c == 0x3002 || c == 0xFF1B || c == ';' || c == '\n';
                    j += (size_t)k;
                }
                if (cut)
                    break;
                if (fp->kind == BL_FIG_PERCENT && !fp->change)
                    return p;
            }
            break;
        }
    }
    return BL_FIG_NO_LINK;
}

/* Whether a ； (or ;) stands in t[a, b). */
static bool semicolon_between(const char *t, size_t a, size_t b)
{
    for (size_t j = a; j < b;) {
        int k;
        uint32_t c = cp_at(t, b, j, &k);
        if (c == 0xFF1B || c == ';')
            return true;
        j += (size_t)(k > 0 ? k : 1);
    }
    return false;
}

/* How far before a change's label words 分别 may stand for the comparison
 * (分别比1-2月收窄: 分别, 比, the period and its figure, 96 bytes at most). */
#define RESP_BEFORE_LABEL 96

/* Joins of a list of bases (1-2月、1-3月和1-7月; 去年同期和全年). */
static bool list_mark_at(const char *t, size_t len, size_t i)
{
    return has_at(t, len, i, "和") || has_at(t, len, i, "、") || has_at(t, len, i, "及");
}

/* Words that open a comparison. */
static bool comparison_at(const char *t, size_t len, size_t i)
{
    return has_at(t, len, i, "较") || has_at(t, len, i, "比") || has_at(t, len, i, "較");
}

/* Where the list of bases may begin when a comparison opens the words at
 * byte a (a rate's noun first: 增速较…和…): the byte after its 较, or
 * BL_FIG_NO_LINK. */
static size_t bases_after(const char *t, size_t len, size_t a)
{
    static const char *const noun[] = {"增速", "增幅", "降幅", "增長速度", "增长速度"};
    for (size_t k = 0; k < NELEM(noun); k++)
        if (has_at(t, len, a, noun[k])) {
            a += strlen(noun[k]);
            break;
        }
    return comparison_at(t, len, a) ? a + strlen("较") : BL_FIG_NO_LINK;
}

/* One pass over the window, character by character (the text is UTF-8:
 * bulletin rejects other input), that answers the three questions the
 * readers of 分别 once asked of it each in a loop of their own: whether
 * 分别 stands in g0's words or before them over a one-base comparison
 * (resp), whether it stands over a comparison of listed bases (each), and
 * where that comparison begins (from).  The pass notes each 分别, each
 * list mark (和 、 及) and each clause mark; the answers are read off those
 * notes at the end. */
/* 分别 at i, or a word that distributes as it does: traditional 分別 and
 * 依次 (round 30 class 4: 分別較同期增長3.7%、20.5%和27.7%), each as long as
 * 分别. */
static bool resp_word_at(const char *t, size_t len, size_t i)
{
    return has_at(t, len, i, "分别") || has_at(t, len, i, "分別") ||
           (has_at(t, len, i, "依次") && !has_at(t, len, i + strlen("依次"), "是") &&
            !has_at(t, len, i + strlen("依次"), "为") && !has_at(t, len, i + strlen("依次"), "為"));
}

void fig_resp_window(const char *t, size_t sentence_start, size_t clause_start, const bl_figure *g0,
                     fig_resp *r)
{
    const size_t L = g0->lab_start, E = g0->lab_end, S = g0->start, hi = E > S ? E : S;
    const size_t none = BL_FIG_NO_LINK, w = strlen("分别");
    const bool own = g0->text == t;
    size_t from = clause_start;
    /* 分别较去年同期和全年回落4.5、4.2个百分点: the 、 of the list started
     * a clause after g0; g0's own words are where 分别 stands */
    if (from > L)
        from = L;
    if (L > from + RESP_BEFORE_LABEL)
        from = L - RESP_BEFORE_LABEL;
    /* the list's 、 started a clause at g0's words (分别较1-2月、1-3月和1-7月
     * 回落): the comparison begins after the last clause mark (，；。, not
     * 、) before them, at most RESP_BEFORE_LABEL bytes back, not before the
     * sentence; else at `from` */
    const bool walk = own && from >= L;
    size_t lo = from;
    if (walk) {
        lo = L > sentence_start ? sentence_start : L;
        if (L > sentence_start + RESP_BEFORE_LABEL) {
            lo = L - RESP_BEFORE_LABEL;
            while (lo > sentence_start && ((unsigned char)t[lo] & 0xC0) == 0x80)
                lo--;
        }
    } else
        while (lo < hi && ((unsigned char)t[lo] & 0xC0) == 0x80)
            lo++;
    bool words = false, plain = false, opened = false, stop = false;
    size_t cmp_before = none, last_list = none;
    /* the comparison's words: where they begin, where its bases may begin,
     * its first list mark after that, its first 分别 and whether a
     * comparison follows that 分别 */
    size_t a = walk ? L : from, bases = none, seg_list = none, seg_resp = none;
    bool seg_resp_cmp = false;
    for (size_t p = lo; p <= hi;) {
        bool reset = walk ? p <= L && (p <= sentence_start || L - p >= RESP_BEFORE_LABEL || stop)
                          : !opened && p >= from;
        if (reset) {
            opened = true;
            a = walk ? p : from;
            bases = p == a ? bases_after(t, hi, p) : none;
            seg_list = seg_resp = none;
            seg_resp_cmp = false;
        }
        if (p >= hi)
            break;
        if (resp_word_at(t, hi, p)) {
            if (p >= L && p + w <= E)
                words = true; /* in g0's own words */
            if (own && p >= from && p + w <= L) {
                /* before g0's words: over a one-base comparison, or one
                 * whose bases are listed (decided at the end) */
                if (comparison_at(t, E, p + w))
                    cmp_before = p;
                else
                    plain = true;
            }
            if (seg_resp == none && p >= a && p + w <= E) {
                seg_resp = p;
                seg_resp_cmp = comparison_at(t, E, p + w);
            }
        }
        if (list_mark_at(t, hi, p)) {
            if (p + strlen("和") <= S)
                last_list = p;
            if (seg_list == none && bases != none && p >= bases)
                seg_list = p;
        }
        int k;
        bool sent;
        uint32_t c = cp_at(t, hi, p, &k);
        stop = c == CP_BAD || (is_clause_punct(c, &sent) && c != 0x3001);
        p += (size_t)k;
    }
    /* 分别比…和…: a list mark after the comparison's first word and before
     * g0's number */
#define LISTED_AFTER(i) (last_list != none && last_list >= (i) + w + strlen("较"))
    r->resp = words || plain || (cmp_before != none && !LISTED_AFTER(cmp_before));
    if (seg_resp == none)
        r->each = false;
    else if (seg_resp_cmp)
        r->each = LISTED_AFTER(seg_resp);
    else /* 较去年同期和全年分别回落: the comparison before 分别 */
        r->each = bases != none && bases <= seg_resp && seg_list != none &&
                  seg_list + strlen("和") <= seg_resp;
#undef LISTED_AFTER
    r->from = a;
}

/* After appending a change that continues an enumeration g0..gm whose
 * first segment says 分别 (or whose targets are an enumeration too), links
 * g_i to the i-th of the m+1 targets before g0 (in text order); changes in
 * points without such targets take the parts of a ratio their ordinals
 * name (第二、第三产业…分别回落2.16和1.66个百分点). */
void fig_relink_respectively(scan *s)
{
    bl_figure_list *l = s->list;
    size_t last = l->len - 1, first = last;
    while (first > s->sentence_first && last - first < BL_FIG_MAX_PARTS) {
        const bl_figure *g = &l->items[first], *p = &l->items[first - 1];
        if (!(p->change && change_class(p) == change_class(g) && joined_changes(s, p, g)))
            break;
        first--;
    }
    if (first == last)
        return;
    const bl_figure *g0 = &l->items[first];
    /* 分别 in g0's words, or before them over a comparison of one base
     * (降幅分别比1-2月收窄13.1个和13.0个百分点: the comparison's period is a
     * figure of its own, so outside g0's label words); looked for only in
     * the words just before g0's, so that a clause of thousands of changes
     * is not read again for each (tests/pathological: clause-of-figures) */
    fig_resp w;
    fig_resp_window(s->t, s->sentence_start, s->clause_start, g0, &w);
    bool resp = w.resp;
    size_t m = last - first + 1, found = 0, targets[BL_FIG_MAX_PARTS + 1] = {0};
    size_t before = BL_FIG_NO_LINK;
    size_t lo = s->sentence_first;
    if (first > BL_FIG_LINK_WINDOW && first - BL_FIG_LINK_WINDOW > lo)
        lo = first - BL_FIG_LINK_WINDOW;
    /* changes in units of their own (桥梁87.83万座、6063.46万m，比上年增加
     * 2.68万座、494.86万m): each takes the value before in its unit, when
     * those values are an enumeration in the same order */
    bool mixed = false;
    for (size_t i = first + 1; i <= last; i++)
        mixed = mixed || strcmp(l->items[i].base_unit, g0->base_unit) != 0;
    if (change_class(g0) == CH_ABS && mixed) {
        size_t tg[BL_FIG_MAX_PARTS + 1] = {0};
        bool ok = true;
        for (size_t i = 0; i < m && ok; i++) {
            const bl_figure *gi = &l->items[first + i];
            tg[i] = BL_FIG_NO_LINK;
            for (size_t k = first; k-- > lo;) {
                const bl_figure *g = &l->items[k];
                if (g->change || !link_target_kind(g) || strcmp(g->base_unit, gi->base_unit) != 0)
                    continue;
                tg[i] = k;
                break;
            }
            ok = tg[i] != BL_FIG_NO_LINK && (i == 0 || tg[i] > tg[i - 1]);
        }
        if (ok && (resp || targets_enumerated(s, tg, m))) {
            for (size_t i = 0; i < m; i++)
                l->items[first + i].link = tg[i];
            return;
        }
    }
    for (size_t k = first; k-- > lo && found < m;) {
        const bl_figure *g = &l->items[k];
        if (!link_target_kind(g))
            continue;
        /* 负增长7.3%,…负增长7.0%,降幅分别比1-2月收窄13.1个和13.0个百分点:
         * changes in points of rates that are changes themselves */
        bool rate = change_class(g0) == CH_PP && g->kind == BL_FIG_PERCENT && change_class(g) == CH_REL;
        if (g->change && !rate) {
            if (change_class(g) == change_class(g0)) {
                /* 高于去年同期0.6个百分点，分别较一季度、上半年回落1.4和0.1个
                 * 百分点: the changes before are of a rate already */
                if (!found && change_class(g0) == CH_PP)
                    before = g->link;
                break;
            }
            continue;
        }
        if (change_class(g0) == CH_REL && g->text == g0->text && in_parens(g, g0->start))
            continue;
        if (change_class(g0) == CH_PP    ? g->kind == BL_FIG_PERCENT
            : change_class(g0) == CH_REL ? g->kind != BL_FIG_MULTIPLE
                                         : strcmp(g->base_unit, g0->base_unit) == 0)
            targets[found++] = k;
    }
    size_t nearest = found ? targets[0] : before;
    for (size_t i = 0; i < m / 2; i++) { /* text order */
        size_t tmp = targets[i];
        targets[i] = targets[m - 1 - i];
        targets[m - 1 - i] = tmp;
    }
    if (found == m && (resp || targets_enumerated(s, targets, m))) {
        for (size_t i = 0; i < m; i++)
            l->items[first + i].link = targets[i];
        return;
    }
    /* 占比分别较1—9月份和上年同期提高0.1和1.2个百分点: 分别 over the
     * comparisons, one indicator's changes against each, all of the value
     * before */
    if (nearest != BL_FIG_NO_LINK && found < m && w.each) {
        for (size_t i = 0; i < m; i++)
            l->items[first + i].link = nearest;
        return;
    }
    if (change_class(g0) == CH_PP) {
        int ords[BL_FIG_MAX_PARTS];
        size_t a = words_from(s, first);
        if (ordinals_in(s->t, a, g0->lab_end, ords, BL_FIG_MAX_PARTS) == m) {
            for (size_t i = 0; i < m; i++)
                l->items[first + i].link = ratio_part(s, first, ords[i]);
            return;
        }
    }
    if (resp)
        for (size_t i = 0; i < m; i++)
            l->items[first + i].link = BL_FIG_NO_LINK;
}

/* 3.5%的增长 / 的下降 after the figure ending at e: a change written
 * before its value. */
static bl_figure_change rate_before_value(const char *t, size_t len, size_t e)
{
    static const char *const up[] = {"的增长", "的增幅", "的涨幅", "的增速", "的提升", "的提高"};
    static const char *const down[] = {"的下降", "的降幅", "的跌幅", "的回落"};
    for (size_t w = 0; w < NELEM(up); w++)
        if (has_at(t, len, e, up[w]))
            return BL_FIG_CHANGE_UP;
    for (size_t w = 0; w < NELEM(down); w++)
        if (has_at(t, len, e, down[w]))
            return BL_FIG_CHANGE_DOWN;
    return BL_FIG_CHANGE_NONE;
}

/* A bare figure of a list whose unit is written once, after its last
 * figure (0.15、-5.64、1.34个百分点; 4.2和2.1个百分点): the figures before
 * `f` joined to it take its unit.  Changes among them are linked again. */
static void spread_unit(scan *s, const bl_figure *f, size_t start)
{
    bl_figure_list *l = s->list;
    if (!f->unit[0] || f->part || f->kind == BL_FIG_YEAR || f->kind == BL_FIG_DATE ||
        f->kind == BL_FIG_RANK || f->kind == BL_FIG_IDENTIFIER || f->numeral_chinese)
        return;
    for (size_t k = l->len; k-- > s->sentence_first;) {
        bl_figure *g = &l->items[k];
        if (g->unit[0] || g->kind != BL_FIG_COUNT || g->part || g->numeral_chinese || !g->parsed ||
            g->text != s->t || !joined(s, g, start))
            break;
        g->unit = f->unit;
        g->base_unit = f->base_unit;
        g->scale = f->scale;
        g->scale_factor = f->scale_factor;
        g->norm = g->value * g->scale_factor;
        g->kind = f->kind;
        /* a link found by name to a value of this unit stays (各减少
         * 1267.86,2570.97万元 -> 各是4125.49,4143.91万元) */
        if (g->change && !(g->link != BL_FIG_NO_LINK && !strcmp(l->items[g->link].base_unit, g->base_unit)))
            g->link = find_link(s, g, k);
        start = g->lab_end < g->start ? g->lab_end : g->start;
    }
}

static size_t next_listed(const scan *s, const bl_figure *f);

/* Whether the figure `f`, about to be appended, is a change and which
 * figure it links to: a figure joined to the previous change without a
 * verb of its own is a change too (增长18.6%和21.3%), and so is a
 * conversion in parentheses right after a change (增加516万吨（103.2亿斤）).
 * Sets f->change and f->link; `pre` is where the words before its number
 * begin. */
/* Whether a contribution word (contribution_words) stands in the clause
 * before pre.  The clause's bytes are read once: what was read for an
 * earlier change of the same clause is not read again (a clause of 20,000
 * changes in points read its start 20,000 times). */
static bool contribution_before(scan *s, size_t pre)
{
    const size_t w = strlen("拉动"); /* every word is two 3-byte characters */
    size_t from = s->clause_start;
    if (s->contrib_clause == s->clause_start && s->contrib_pre <= pre) {
        if (s->contrib_found)
            return true;
        if (s->contrib_pre >= s->clause_start + w)
            from = s->contrib_pre - w + 1; /* the first start not yet tried */
    }
    bool found = false;
    for (size_t j = from; j + w <= pre && !found; j++)
        found = contribution_at(s->t, s->clause_start, pre, j);
    s->contrib_clause = s->clause_start;
    s->contrib_pre = pre;
    s->contrib_found = found;
    return found;
}

/* Whether t[b, e) names an earlier period of a rate: 去年同期, 上月, 一季度
 * …, or months written in figures (1-7月, 1—9月份, 9月份). */
static bool earlier_period(const char *t, size_t b, size_t e)
{
    static const char *const period[] = {"去年同期", "上年同期", "去年", "上年", "上月",
                                         "上季度", "年初", "上年末", "去年全年", "上年全年",
                                         "一季度", "上半年", "前三季度", "上年同月", "去年同月"};
    for (size_t k = 0; k < NELEM(period); k++)
        if (e - b == strlen(period[k]) && has_at(t, e, b, period[k]))
            return true;
    /* a period of months written in figures: 1-7月, 1—7月份; one month
     * (9月份) only before a bare 高/低 (than_period) */
    bool digit = false, sep = false;
    size_t j = b;
    while (j < e) {
        int d, k;
        if (digit_at(t, e, j, &d, &k)) {
            digit = true;
            j += (size_t)k;
        } else if (digit && !sep && (t[j] == '-' || t[j] == '~' || has_at(t, e, j, "—") ||
                                     has_at(t, e, j, "－") || has_at(t, e, j, "至"))) {
            sep = true;
            j += t[j] == '-' || t[j] == '~' ? 1 : 3;
        } else
            break;
    }
    return digit && ((j + 3 == e && has_at(t, e, j, "月")) || (j + 6 == e && has_at(t, e, j, "月份")));
}

/* Whether t[b, e) is a span of months (1-7月) or a named earlier period:
 * what 高于 compares a rate with (a single month, 高于9月, is left as it
 * was: no change). */
static bool than_span(const char *t, size_t b, size_t e)
{
    if (!earlier_period(t, b, e))
        return false;
    for (size_t j = b; j < e; j++)
        if (t[j] == '-' || t[j] == '~' || has_at(t, e, j, "—") || has_at(t, e, j, "－") || has_at(t, e, j, "至"))
            return true;
    int d, k;
    return !digit_at(t, e, b, &d, &k); /* a named period */
}

/* 高于去年同期0.6个百分点, 高于1-7月3.0个百分点, 低于上月…, and with a bare
 * 高/低/快/慢 after the comparison, 比上年同期高1.3个百分点, 比1-4月低0.5个
 * 百分点, 较上月慢0.2个百分点: a rate compared with its own value of an
 * earlier period, right before the points, is a change of that rate (up
 * after 高于/快于/高/快, down after 低于/慢于/低/慢).  A comparison with
 * another place or a whole (高于全国2.8个百分点, 比全国高, 快于全市平均水平)
 * is no change.  t[a, pre) are the words before the number. */
static bl_figure_change than_period(const char *t, size_t a, size_t pre)
{
    static const struct {
        const char *s;
        bl_figure_change dir;
    } than[] = {{"高于", BL_FIG_CHANGE_UP},   {"快于", BL_FIG_CHANGE_UP},   {"高於", BL_FIG_CHANGE_UP},
                {"快於", BL_FIG_CHANGE_UP},   {"低于", BL_FIG_CHANGE_DOWN}, {"慢于", BL_FIG_CHANGE_DOWN},
                {"低於", BL_FIG_CHANGE_DOWN}, {"慢於", BL_FIG_CHANGE_DOWN}};
    static const struct {
        const char *s;
        bl_figure_change dir;
    } bare[] = {{"高", BL_FIG_CHANGE_UP}, {"快", BL_FIG_CHANGE_UP}, {"低", BL_FIG_CHANGE_DOWN}, {"慢", BL_FIG_CHANGE_DOWN}};
    for (size_t w = 0; w < NELEM(than); w++) {
        size_t n = strlen(than[w].s);
        for (size_t i = a; i + n <= pre; i++)
            if (has_at(t, pre, i, than[w].s) && than_span(t, i + n, pre))
                return than[w].dir;
    }
    /* 比上年同期高: 比 (较, 較) and the period right before the bare word */
    for (size_t w = 0; w < NELEM(bare); w++) {
        size_t n = strlen(bare[w].s);
        if (pre < a + n || !has_at(t, pre, pre - n, bare[w].s))
            continue;
        size_t e = pre - n;
        for (size_t i = a; i + 3 <= e; i++)
            if ((has_at(t, e, i, "比") || has_at(t, e, i, "较") || has_at(t, e, i, "較")) &&
                earlier_period(t, i + 3, e))
                return bare[w].dir;
    }
    return BL_FIG_CHANGE_NONE;
}

/* 出口增长12.3%，进口下降3.1%，出口增速比1-5月加快1.2个百分点: a clause
 * that opens with an indicator and its rate noun (出口增速, 进口降幅) names
 * the rate its change in points is of: the nearest growth rate of the
 * sentence whose words begin with the same indicator (scope words aside),
 * or BL_FIG_NO_LINK. */
static size_t named_rate(const scan *s, size_t pre)
{
    static const char *const noun[] = {"增速", "增幅", "降幅", "涨幅", "跌幅", "增长速度", "增長速度", "漲幅"};
    const char *t = s->t;
    const bl_figure_list *l = s->list;
    size_t xa = s->clause_trim, xb = BL_FIG_NO_LINK;
    /* the indicator is at most twenty characters and scope words: the
     * words read are bounded, however long the clause (tests/pathological) */
    for (size_t j = xa; j < pre && j <= xa + 3 * 32 && xb == BL_FIG_NO_LINK;) {
        for (size_t k = 0; k < NELEM(noun) && xb == BL_FIG_NO_LINK; k++)
            if (has_at(t, pre, j, noun[k]))
                xb = j;
        int n;
        if (xb == BL_FIG_NO_LINK && !bl_is_han(cp_at(t, pre, j, &n)))
            return BL_FIG_NO_LINK; /* the indicator is words only */
        if (xb == BL_FIG_NO_LINK)
            j += (size_t)n;
    }
    if (xb == BL_FIG_NO_LINK)
        return BL_FIG_NO_LINK;
    fig_trim_scope(t, &xa, &xb);
    if (xb < xa + 6 || xb - xa > 60) /* two to twenty characters */
        return BL_FIG_NO_LINK;
    size_t lo = s->sentence_first;
    if (l->len > BL_FIG_LINK_WINDOW && l->len - BL_FIG_LINK_WINDOW > lo)
        lo = l->len - BL_FIG_LINK_WINDOW;
    for (size_t k = l->len; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->text != t || !g->change || g->kind != BL_FIG_PERCENT || change_class(g) != CH_REL)
            continue;
        size_t ga = g->lab_start, gb = g->start;
        fig_trim_scope(t, &ga, &gb);
        if (gb - ga > xb - xa && memcmp(t + ga, t + xa, xb - xa) == 0)
            return k;
    }
    return BL_FIG_NO_LINK;
}

/* 高于经济增速0.6个百分点, 高于全國一季度增速0.3個百分點: a comparison with
 * another place's or indicator's rate (高于/低于/快于/慢于, not followed by
 * an earlier period of the rate's own) in the words t[a, pre) before
 * points: a gap, no change, though 增速 stands right before the number. */
static bool gap_words(const char *t, size_t a, size_t pre)
{
    static const char *const than[] = {"高于", "低于", "快于", "慢于", "高於", "低於", "快於", "慢於"};
    for (size_t w = 0; w < NELEM(than); w++) {
        size_t n = strlen(than[w]);
        for (size_t i = a; i + n <= pre; i++) {
            if (!has_at(t, pre, i, than[w]))
                continue;
            bool period = false;
            for (size_t e = i + n + 3; e <= pre && !period; e++)
                period = earlier_period(t, i + n, e);
            if (!period)
                return true;
        }
    }
    return false;
}

/* Whether the value g ends a list of values after 分别 in its clause (分别
 * 完成1715亿件和1.6万亿元): 和 、 及 right before it, 分别 (分別) earlier. */
static bool ends_each_list(const bl_figure *g)
{
    const char *t = g->text;
    if (!has_before(t, g->ctx_start, g->start, "和") && !has_before(t, g->ctx_start, g->start, "、") &&
        !has_before(t, g->ctx_start, g->start, "及"))
        return false;
    static const char *const each[] = {"分别", "分別"};
    return fig_has_word(t + g->ctx_start, g->start - g->ctx_start, each, 2);
}

/* Whether 均 right before the change's verb (at pre) gives the change to
 * each of subjects listed before it in its clause, with 、 和 与 及
 * (第一、二产业占比均下降1.5个百分点, 出口和进口均增长): not 平均, 年均,
 * 人均 … (an average). */
static bool each_of_listed(const scan *s, size_t pre)
{
    const char *t = s->t;
    if (!has_before(t, s->sentence_start, pre, "均") && !has_before(t, s->sentence_start, pre, "都"))
        return false;
    size_t e = pre - strlen("均");
    static const char *const avg[] = {"平", "年", "人", "户", "戶", "日", "月", "亩", "畝", "季"};
    for (size_t k = 0; k < NELEM(avg); k++)
        if (has_before(t, s->sentence_start, e, avg[k]))
            return false;
    for (size_t j = e; j > s->sentence_start;) {
        int n;
        bool sent;
        uint32_t c = cp_before(t, s->sentence_start, j, &n);
        if (c == CP_BAD)
            return false;
        if (c == 0x3001 /* 、 */ || c == 0x548C /* 和 */ || c == 0x4E0E /* 与 */ || c == 0x8207 /* 與 */ ||
            c == 0x53CA /* 及 */)
            return true;
        if (is_clause_punct(c, &sent))
            return false;
        j -= (size_t)n;
    }
    return false;
}

/* The year written right before figure k in its clause (2016年度基本支出
 * 230万元: 2016), with the words between it and the figure in [*wa, *wb);
 * 0 when none. */
static int year_of_value(const bl_figure_list *l, size_t k, size_t lo, size_t *wa, size_t *wb)
{
    const bl_figure *g = &l->items[k];
    if (k <= lo || g->change)
        return 0;
    const bl_figure *y = &l->items[k - 1];
    if (y->kind != BL_FIG_YEAR || y->text != g->text || y->end > g->start || g->start - y->end > 3 * 12)
        return 0;
    for (size_t i = y->end; i < g->start;) {
        int n;
        bool sent;
        uint32_t c = cp_at(g->text, g->start, i, &n);
        if (c == CP_BAD || is_clause_punct(c, &sent) || (c >= '0' && c <= '9'))
            return 0;
        i += (size_t)n;
    }
    *wa = y->end;
    *wb = g->start;
    return y->year;
}

/* Round 29 (budget-deqin-resettlement-2017-final-accounts): 2017年度基本支出
 * 279万元,2016年度基本支出230万元,2017年比上年基本支出增加49万元: the
 * change's nearest value k is the base year's; the value of a later year
 * named by the same words before it in the sentence (279) is what grew.
 * Returns that value's index, or k. */
static size_t later_year_value(const scan *s, size_t k)
{
    const bl_figure_list *l = s->list;
    size_t lo = s->sentence_first, ga, gb;
    int gy = year_of_value(l, k, lo, &ga, &gb);
    if (!gy)
        return k;
    const bl_figure *g = &l->items[k];
    for (size_t h = k; h-- > lo + 1;) {
        const bl_figure *c = &l->items[h];
        size_t ca, cb;
        if (c->change || strcmp(c->base_unit, g->base_unit))
            continue;
        int cy = year_of_value(l, h, lo, &ca, &cb);
        if (cy > gy && cb - ca == gb - ga && !memcmp(c->text + ca, g->text + ga, gb - ga))
            return h;
        if (cy)
            return k; /* another year's value of other words: stop */
    }
    return k;
}

/* Round 39 class 4: a list item whose amount is written after a stray
 * change verb (…；房产税收入同比增收531万元，同比减收24万元，下降4.32%；):
 * the change f of absolute class, about to be appended, finds no value;
 * the figure right before it is a change of the same unit with no link
 * either, the first figure of its item (a ； or ： before it, past its
 * own words, or the sentence's start), f in the next clause with a verb
 * of its own and no subject (医院增加1170个，基层医疗卫生机构增加17572个:
 * two changes of two subjects).  That figure is the item's amount (24/555 = 4.32%): its
 * index, made no change, else BL_FIG_NO_LINK. */
static size_t item_amount(scan *s, const bl_figure *f)
{
    bl_figure_list *l = s->list;
    if (l->len == 0 || l->len - 1 < s->sentence_first)
        return BL_FIG_NO_LINK;
    bl_figure *p = &l->items[l->len - 1];
    if (!p->change || p->link != BL_FIG_NO_LINK || p->text != s->t || change_class(p) != CH_ABS ||
        strcmp(p->base_unit, f->base_unit) != 0 || p->end > f->start || p->part)
        return BL_FIG_NO_LINK;
    /* f in the clause right after p's: one clause mark between, a comma */
    int marks = 0;
    for (size_t j = p->end; j < f->start;) {
        int k;
        bool sent;
        uint32_t c = cp_at(s->t, f->start, j, &k);
        if (c == CP_BAD || digit_val(c) >= 0)
            return BL_FIG_NO_LINK;
        if (is_clause_punct(c, &sent)) {
            if (c == 0xFF1B || c == ';' || sent)
                return BL_FIG_NO_LINK;
            marks++;
        }
        j += (size_t)(k > 0 ? k : 1);
    }
    if (marks != 1)
        return BL_FIG_NO_LINK;
    /* p opens its item: back from p to a ； or ： (or the sentence's
     * start), no clause mark nor figure between */
    size_t lo = s->sentence_start;
    if (l->len >= 2 && l->len - 2 >= s->sentence_first && l->items[l->len - 2].text == s->t &&
        l->items[l->len - 2].end > lo)
        lo = l->items[l->len - 2].end;
    size_t j = p->start;
    int han = 0;
    for (;;) {
        int k;
        bool sent;
        uint32_t c = cp_before(s->t, lo, j, &k);
        if (c == CP_BAD) {
            if (j != s->sentence_start)
                return BL_FIG_NO_LINK;
            break;
        }
        if (c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':')
            break;
        if (is_clause_punct(c, &sent) || digit_val(c) >= 0)
            return BL_FIG_NO_LINK;
        han += bl_is_han(c);
        j -= (size_t)k;
    }
    if (han < 4) /* the item's name, a verb and its comparison */
        return BL_FIG_NO_LINK;
    p->change = BL_FIG_CHANGE_NONE;
    return l->len - 1;
}

/* A month written as a date figure alone (9月, 9月份): no day. */
static bool month_figure(const bl_figure *g, const char *t)
{
    return g->text == t && g->kind == BL_FIG_DATE && g->month > 0 && g->day == 0;
}

/* 9月份为11.4%，10月份比9月份又回落3.2个百分点: a change in points whose
 * clause opens with a month compared with another (10月份比9月份, 较, 較)
 * is of the subject month's rate, never of the compared month's, which
 * is the comparison's base.  Returns the index of the percent figure
 * nearest after the last earlier date of the subject month (within its
 * sentence, 80 characters at most after that date, inside the link
 * window and the section: a paragraph before may hold it), or BL_FIG_NO_LINK when none is written; *fired tells whether
 * the clause has the shape at all.  The list is walked back once. */
static size_t subject_month_rate(const scan *s, const bl_figure *f, bool *fired)
{
    const bl_figure_list *l = s->list;
    const char *t = s->t;
    *fired = false;
    if (l->len < 2)
        return BL_FIG_NO_LINK;
    const bl_figure *p1 = &l->items[l->len - 2], *p2 = &l->items[l->len - 1];
    if (!month_figure(p1, t) || !month_figure(p2, t) || p1->start < s->clause_trim ||
        p1->start > s->clause_trim + 3 * 2 || p2->end > f->start || p1->month == p2->month ||
        p1->year != p2->year)
        return BL_FIG_NO_LINK;
    size_t j = p1->end;
    if (has_at(t, p2->start, j, "份"))
        j += strlen("份");
    if (!(has_at(t, p2->start, j, "比") || has_at(t, p2->start, j, "较") || has_at(t, p2->start, j, "較")) ||
        j + strlen("比") != p2->start)
        return BL_FIG_NO_LINK;
    *fired = true;
    size_t lo = l->len > BL_FIG_LINK_WINDOW ? l->len - BL_FIG_LINK_WINDOW : 0;
    size_t first = BL_FIG_NO_LINK; /* the earliest percent since the date met last */
    for (size_t k = l->len - 2; k-- > lo;) {
        const bl_figure *g = &l->items[k];
        if (g->section != f->section)
            break;
        if (g->kind == BL_FIG_PERCENT && g->nparts == 0)
            first = k;
        else if (month_figure(g, g->text)) {
            const bl_figure *r = first != BL_FIG_NO_LINK ? &l->items[first] : NULL;
            if (g->month == p1->month && g->year == p1->year && r && r->text == g->text) {
                const char *u = g->text; /* an earlier paragraph's, maybe */
                bool stop = r->start - g->end > 3 * 80;
                for (size_t i = g->end; i < r->start && !stop; i++)
                    stop = has_at(u, r->start, i, "。") || u[i] == '!' || u[i] == '?' ||
                           has_at(u, r->start, i, "！") || has_at(u, r->start, i, "？");
                if (!stop)
                    return first;
            }
            first = BL_FIG_NO_LINK;
        }
    }
    return BL_FIG_NO_LINK;
}

void fig_link_change(scan *s, bl_figure *f, size_t pre)
{
    const bl_figure_list *l = s->list;
    spread_unit(s, f, pre);
    bool forward = false, than = false;
    if (!f->change && f->kind != BL_FIG_RANGE && f->kind != BL_FIG_RATIO) {
        bl_figure_change dir = rate_before_value(s->t, s->len, f->end);
        if (dir && (change_class(f) != CH_ABS)) {
            f->change = dir;
            forward = true;
        }
    }
    if (!f->change && l->len > s->sentence_first && f->kind != BL_FIG_RANGE &&
        f->kind != BL_FIG_RATIO) {
        const bl_figure *p = &l->items[l->len - 1];
        /* 增长18.6%和21.3%: the second change has no verb of its own */
        f->change = BL_FIG_CHANGE_UP; /* for change_class() of f only */
        if (p->change && change_class(p) == change_class(f) && joined(s, p, f->lab_end))
            f->change = p->change;
        else if (p->change && p->text == s->t && p->end <= f->start &&
                 (has_at(s->t, f->start, p->end, "（") || has_at(s->t, f->start, p->end, "(")) &&
                 f->start - p->end <= 6 && change_class(f) == CH_ABS && change_class(p) == CH_ABS)
            f->change = p->change; /* 增加516万吨（103.2亿斤） */
        else
            f->change = BL_FIG_CHANGE_NONE;
    }
    if (!f->change && f->kind == BL_FIG_POINTS && f->text == s->t && pre >= s->clause_start &&
        pre - s->clause_start <= 3 * 24) {
        f->change = than_period(s->t, s->clause_start, pre);
        if (f->change) {
            f->lab_end = pre; /* the comparison is the change's words */
            than = true;      /* and names no indicator */
        }
    }
    if (forward) {
        f->link = BL_FIG_NO_LINK;
        s->forward = l->len; /* its index once appended */
        return;
    }
    if (f->change && change_class(f) == CH_PP && !than && f->text == s->t && pre >= s->clause_start &&
        pre - s->clause_start <= 3 * 24 && gap_words(s->t, s->clause_start, pre)) {
        f->change = BL_FIG_CHANGE_NONE; /* 高于经济增速0.6个百分点: a gap */
        return;
    }
    if (f->change && change_class(f) == CH_PP) {
        /* 拉动GDP增长3.4个百分点: a contribution in points, not a change
         * (拉動經濟增長1.74個、…4.0個百分點 in traditional script) */
        if (contribution_before(s, pre)) {
            f->change = BL_FIG_CHANGE_NONE;
            return;
        }
    }
    if (f->change) {
        bool conversion = l->len > 0 && l->items[l->len - 1].change &&
                          l->items[l->len - 1].text == s->t && l->items[l->len - 1].end <= f->start &&
                          f->start - l->items[l->len - 1].end <= 6 && change_class(f) == CH_ABS;
        size_t sa = 0, sb = 0;
        /* 比2010年第六次全国人口普查减少0.15人: the words after the year
         * are the comparison's, when 比 or 较 opens the clause */
        size_t ca = s->clause_start, cb = f->lab_start;
        fig_trim_scope(s->t, &ca, &cb);
        bool compared = f->lab_start > ca && l->len > 0 && l->items[l->len - 1].end <= f->lab_start &&
                        l->items[l->len - 1].start >= ca &&
                        (has_at(s->t, f->lab_start, ca, "比") || has_at(s->t, f->lab_start, ca, "较") ||
                         has_at(s->t, f->lab_start, ca, "較"));
        bool subject = !conversion && !compared && !than && subject_span(s, f->lab_start, pre, &sa, &sb);
        bool rate_named = false; /* 增速比上年提高: the rate before it */
        for (size_t k = 0; subject && k < NELEM(rate_nouns); k++)
            rate_named = rate_named || has_at(s->t, sb, sa, rate_nouns[k]);
        sa = f->lab_start; /* the clause's own words, scope words kept */
        if (!subject)
            s->flags |= SCAN_SAME_SUBJECT;
        f->link = find_link(s, f, l->len);
        s->flags &= ~SCAN_SAME_SUBJECT;
        if (f->link != BL_FIG_NO_LINK && change_class(f) != CH_PP)
            f->link = later_year_value(s, f->link);
        if (change_class(f) == CH_PP) {
            size_t named = named_rate(s, pre);
            if (named != BL_FIG_NO_LINK)
                f->link = named; /* 出口增速比1-5月加快: 出口's rate */
        }
        if (f->link != BL_FIG_NO_LINK && change_class(f) != CH_PP &&
            l->items[f->link].end < s->clause_start && subject &&
            !value_under_subject(s, &l->items[f->link], f->lab_start, sb, false))
            f->link = BL_FIG_NO_LINK; /* 办理时限平均缩短50%: its own subject */
        /* 增长47%，总量全市第三；第二产业占比提高1个百分点: another
         * indicator's growth across a ；, not the share that rose */
        bool other = f->link != BL_FIG_NO_LINK && change_class(f) == CH_PP && subject &&
                     !rate_named && l->items[f->link].change && l->items[f->link].text == s->t &&
                     semicolon_between(s->t, l->items[f->link].end, f->start);
        if (other)
            f->link = BL_FIG_NO_LINK;
        if (f->link == BL_FIG_NO_LINK && subject && change_class(f) != CH_PP)
            f->link = named_target(s, f, sa, sb);
        if (f->link == BL_FIG_NO_LINK && !subject && change_class(f) == CH_ABS)
            f->link = item_amount(s, f); /* 房产税收入同比增收531万元，同比减收24万元 */
        if (f->link == BL_FIG_NO_LINK && subject && change_class(f) == CH_REL)
            f->link = synonym_target(s, sa, sb); /* 贸易额 for 进出口总额 */
        if (f->link == BL_FIG_NO_LINK && change_class(f) == CH_PP && !other) {
            int ord;
            size_t a = words_from(s, l->len);
            if (ordinals_in(s->t, a, pre, &ord, 1) == 1)
                f->link = ratio_part(s, l->len, ord);
            if (f->link == BL_FIG_NO_LINK)
                f->link = same_subject(s);
            if (f->link == BL_FIG_NO_LINK && subject)
                f->link = named_share(s, sa, sb);
        }
        if (change_class(f) == CH_PP && f->text == s->t) {
            bool fired;
            size_t own = subject_month_rate(s, f, &fired);
            if (fired)
                f->link = own; /* 10月份比9月份回落: 10月份's rate */
        }
    }
    if (f->change && respectively(s, f))
        f->link = next_listed(s, f); /* fig_relink_respectively may set another */
    else if (f->change && f->link != BL_FIG_NO_LINK && f->text == s->t && pre > s->sentence_start &&
             each_of_listed(s, pre))
        f->link = BL_FIG_NO_LINK; /* 第一、二产业占比均下降: of each, of no one value */
    else if (f->change && f->link != BL_FIG_NO_LINK && change_class(f) == CH_REL && f->text == s->t &&
             l->items[f->link].text == s->t && l->items[f->link].end <= s->clause_start &&
             ends_each_list(&l->items[f->link]) && !list_follows(s, f) &&
             !(has_at(s->t, s->len, f->end, "和") && f->end + strlen("和") < s->len &&
               s->t[f->end + strlen("和")] >= '0' && s->t[f->end + strlen("和")] <= '9'))
        f->link = BL_FIG_NO_LINK; /* 分别完成1715亿件和1.6万亿元，增速6%左右: of each */
}

/* A change continuing an enumeration of changes whose targets lie beyond
 * its sentence (收、支总计各是4125.49,4143.91万元。…各减少1267.86,2570.97
 * 万元): the value listed right after the previous change's target, when
 * those two values are joined as a list and f may link to it; else none. */
static size_t next_listed(const scan *s, const bl_figure *f)
{
    const bl_figure_list *l = s->list;
    const bl_figure *p = &l->items[l->len - 1];
    size_t h = p->link;
    if (h == BL_FIG_NO_LINK || h + 1 >= s->sentence_first)
        return BL_FIG_NO_LINK;
    const bl_figure *a = &l->items[h], *g = &l->items[h + 1];
    if (g->change || !link_target_kind(g) || g->text != a->text || !joined(s, a, g->start))
        return BL_FIG_NO_LINK;
    bool ok = change_class(f) == CH_ABS   ? strcmp(g->base_unit, f->base_unit) == 0
              : change_class(f) == CH_REL ? size_kind(g)
                                          : g->kind == BL_FIG_PERCENT;
    return ok ? h + 1 : BL_FIG_NO_LINK;
}

/* After appending figure `i`: a change waiting for its value (实现3.5%的
 * 增长，达到85万件) takes it. */
void fig_link_forward(scan *s, size_t i)
{
    bl_figure_list *l = s->list;
    if (s->forward == BL_FIG_NO_LINK || s->forward >= i)
        return;
    const bl_figure *g = &l->items[i];
    bl_figure *f = &l->items[s->forward];
    if (g->change || !link_target_kind(g))
        return;
    if (change_class(f) == CH_PP ? g->kind != BL_FIG_PERCENT : !size_kind(g))
        return;
    f->link = i;
    s->forward = BL_FIG_NO_LINK;
}

double bl_figure_signed_value(const bl_figure *fig)
{
    if (!fig)
        return 0;
    return fig->change == BL_FIG_CHANGE_DOWN ? -fig->value : fig->value;
}
