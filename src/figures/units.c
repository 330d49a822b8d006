/*
 * units.c - what is written around a number: its unit and scale (read
 * with the unit vocabulary of doc/unit_words.c, the kinds mapped onto
 * the figures' own), the qualifiers before and after it (约, 超过, 余,
 * 以上 …), and a table header's unit given to a bare number
 * (bl_figure_apply_unit).
 */
#include "doc/unit_words.h"
#include "figures/figures_int.h"

/* The unit vocabulary (the unit table, the measure words, the Latin
 * symbols, the scales) and its lookups are doc/unit_words.c, below both
 * floors; these read a number's unit with them, in figures' kinds. */
_Static_assert(BL_UNIT_WORD_MAX == BL_FIG_UNIT_MAX, "one longest unit");

static bl_figure_kind kind_of(bl_unit_class c)
{
    switch (c) {
    case BL_UNIT_AMOUNT: return BL_FIG_AMOUNT;
    case BL_UNIT_QUANTITY: return BL_FIG_QUANTITY;
    case BL_UNIT_PERCENT: return BL_FIG_PERCENT;
    case BL_UNIT_DURATION: return BL_FIG_DURATION;
    case BL_UNIT_MULTIPLE: return BL_FIG_MULTIPLE;
    case BL_UNIT_POINTS: return BL_FIG_POINTS;
    case BL_UNIT_COUNT: break;
    }
    return BL_FIG_COUNT;
}

/* Round 41 class 2: grams per a Latin unit (2g/L, 3g/m3, 1g/kg; the
 * vocabulary of doc/unit_words.c has mg and μg but no lone g, which
 * would take 5g基站): the compound's length at i, written into base. */
static size_t grams_per(const char *t, size_t len, size_t i, char *base, size_t cap)
{
    if (i + 2 >= len || t[i] != 'g' || t[i + 1] != '/' || !fig_latin_unit_at(t, len, i + 2))
        return 0;
    bl_unit_class c;
    char b2[BL_FIG_UNIT_MAX];
    size_t m = bl_unit_match(t, len, i + 2, &c, b2, sizeof b2);
    if (!m || c != BL_UNIT_QUANTITY || strchr(b2, '/') || strlen(b2) + 3 > cap)
        return 0;
    copy_str(base, cap, "g/", 2);
    copy_str(base + 2, cap - 2, b2, strlen(b2));
    return 2 + m;
}

bool fig_latin_unit_at(const char *t, size_t len, size_t i)
{
    char tmp[BL_FIG_UNIT_MAX];
    return bl_unit_latin_at(t, len, i) || grams_per(t, len, i, tmp, sizeof tmp) > 0;
}

size_t fig_reading_at(const char *t, size_t len, size_t i)
{
    return bl_unit_reading_at(t, len, i);
}

size_t fig_match_unit(const char *t, size_t len, size_t i, bl_figure_kind *kind, char *base,
                      size_t cap)
{
    bl_unit_class c;
    size_t n = bl_unit_match(t, len, i, &c, base, cap);
    if (n)
        *kind = kind_of(c);
    else if ((n = grams_per(t, len, i, base, cap)) > 0)
        *kind = BL_FIG_QUANTITY;
    return n;
}

size_t fig_match_scale(const char *t, size_t len, size_t i, double *f)
{
    return bl_unit_scale(t, len, i, f);
}

/* Qualifiers before the number, longest first; `shown` is what the
 * qualifier field holds; `n` the length of `s` in bytes. */
#define PQ(s, shown) {s, shown, sizeof s - 1}
static const struct {
    const char *s, *shown;
    size_t n;
} pre_quals[] = {
    PQ("不少于", "不少于"), PQ("不低于", "不低于"), PQ("不超过", "不超过"), PQ("约为", "约"),
    PQ("约占", "约"),       PQ("约合", "约"),       PQ("约有", "约"),       PQ("大约", "约"),
    PQ("将近", "将近"),     PQ("接近", "接近"),     PQ("超过", "超过"),     PQ("突破", "突破"),
    PQ("不足", "不足"),     PQ("不到", "不到"),     PQ("至少", "至少"),     PQ("最多", "最多"),
    /* traditional forms, shown as written */
    PQ("不少於", "不少於"), PQ("不低於", "不低於"), PQ("不超過", "不超過"), PQ("約為", "約"),
    PQ("將近", "將近"),     PQ("超過", "超過"),
    PQ("约", "约"),         PQ("近", "近"),         PQ("超", "超"),         PQ("逾", "逾"),
    PQ("約", "約"),
    /* round 41 class 2: a bound's sign (礦化度≤2g/L), shown as written;
     * ASCII < and > only after a character that is no markup's
     * (sign_is_markup) */
    PQ("≤", "≤"), PQ("≥", "≥"), PQ("≦", "≦"), PQ("≧", "≧"), PQ("⩽", "⩽"), PQ("⩾", "⩾"),
    PQ("＜", "＜"), PQ("＞", "＞"), PQ("<", "<"), PQ(">", ">"),
};
#undef PQ

/* Whether a qualifier shown is a bound's sign (≤ ＜ <), not a word. */
static bool bound_sign(const char *q)
{
    for (size_t k = 0; k < NELEM(pre_quals); k++)
        if (pre_quals[k].shown == q)
            return (unsigned char)q[0] < 0xE4 || (unsigned char)q[0] == 0xEF;
    return false;
}

/* Qualifiers after the unit, longest first; `shown` as for pre_quals. */
static const struct {
    const char *s, *shown;
} post_quals[] = {
    {"及以上", "以上"}, {"及以下", "以下"}, {"以上", "以上"}, {"左右", "左右"},
    {"以下", "以下"},   {"以内", "以内"},   {"上下", "上下"},
};

/* Review 36: words whose last character is a one-character qualifier
 * (签约, 簽約, 节约, 合约, 预约; 最近, 附近, 临近; 赶超): the qualifier's
 * character and the one before it, both scripts.  A number after such a
 * word (全年共签约126个项目, 最近3年) carries no qualifier. */
static const char *const words_ending_in_qual[] = {
    "签约", "簽約", "节约", "節約", "制约", "制約", "合约", "合約", "契约", "契約", "预约",
    "預約", "履约", "履約", "违约", "違約", "特约", "特約", "邀约", "邀約", "公约", "條約",
    "条约", "相约", "相約", "最近", "附近", "临近", "臨近", "靠近", "邻近", "鄰近", "赶超",
    "趕超"};

/* Whether the one-character qualifier q ending at byte i closes one of
 * words_ending_in_qual. */
static bool qual_in_word(const char *t, size_t lo, size_t i, const char *q)
{
    size_t n = strlen(q);
    if (i < lo + n)
        return false;
    for (size_t w = 0; w < NELEM(words_ending_in_qual); w++)
        if (has_before(t, lo, i, words_ending_in_qual[w]) &&
            strcmp(words_ending_in_qual[w] + strlen(words_ending_in_qual[w]) - n, q) == 0)
            return true;
    return false;
}

/* The qualifier written just before byte i (not below lo). */
static const char *pre_qual(const char *t, size_t lo, size_t i, size_t *qlen)
{
    for (size_t k = 0; k < NELEM(pre_quals); k++) {
        /* has_before, its length known */
        size_t n = pre_quals[k].n;
        if (i >= lo && i - lo >= n && t[i - 1] == pre_quals[k].s[n - 1] &&
            memcmp(t + i - n, pre_quals[k].s, n) == 0) {
            if (n == 3 && qual_in_word(t, lo, i, pre_quals[k].s))
                break;
            /* </span>24, "2010">415: the end of a page's tag; a bound's
             * ASCII sign follows Han, punctuation, a space or a bracket */
            if (n == 1 && i >= lo + 2 &&
                ((unsigned char)t[i - 2] < 0x80 && t[i - 2] != ' ' && t[i - 2] != '(' &&
                 t[i - 2] != '['))
                break;
            *qlen = n;
            return pre_quals[k].shown;
        }
    }
    *qlen = 0;
    return NULL;
}

/* Round 29: a rate written after 同比 or 环比 with no verb, first in its
 * clause (现价人均地区生产总值36935元,同比11.4%; 环比-0.3%): a change of
 * the value before, its sign the direction.  True with where the word
 * begins and ends in *vstart and *vend. */
static bool bare_comparison(const char *t, size_t lo, size_t i, size_t *vstart, size_t *vend)
{
    static const char *const cmp[] = {"同比", "环比", "環比"};
    size_t j = i;
    if (j > lo && (t[j - 1] == '+' || t[j - 1] == '-'))
        j--;
    for (size_t w = 0; w < NELEM(cmp); w++) {
        if (!has_before(t, lo, j, cmp[w]))
            continue;
        size_t vs = j - strlen(cmp[w]);
        bool sent;
        uint32_t p = cp_before(t, lo, vs, NULL);
        if (vs == lo || (p != CP_BAD && p != 0x3001 && is_clause_punct(p, &sent))) {
            *vstart = vs;
            *vend = j;
            return true;
        }
    }
    return false;
}

/* Qualifier, change verb and pending 约 for a number starting at i. */
void fig_before_number(const scan *s, draft *d, size_t i)
{
    size_t lo = seg_floor(s), qlen;
    const char *q = pre_qual(s->t, lo, i, &qlen);
    /* figlab45 (review 43 item 7): a bound's sign spaced from the number
     * (≤ 2g/L, < 60 km/h): the sign is its qualifier as unspaced */
    if (!q && i > lo + 1 && s->t[i - 1] == ' ') {
        q = pre_qual(s->t, lo, i - 1, &qlen);
        if (q && !bound_sign(q))
            q = NULL;
        else if (q)
            qlen++;
    }
    /* a qualifier's reading before the number: 超過(guò)134萬億元 */
    if (!q && i > lo + 8 && (s->t[i - 1] == ')' || has_before(s->t, lo, i, "\xEF\xBC\x89")))
        for (size_t o = i - 1; o > lo && i - o <= 24 && !q; o--)
            if (fig_reading_at(s->t, i, o) == i - o) {
                q = pre_qual(s->t, lo, o, &qlen);
                qlen += i - o;
            }
    d->pre = i;
    if (q) {
        d->qual = q;
        d->pre = i - qlen;
    }
    size_t vstart;
    bl_figure_change ch = fig_change_verb(s->t, lo, d->pre, &vstart);
    d->verb_end = d->pre;
    if (ch) {
        d->change = ch;
        d->pre = vstart;
        return;
    }
    size_t vend;
    if (bare_comparison(s->t, lo, d->pre, &vstart, &vend)) {
        d->change = BL_FIG_CHANGE_UP;
        d->pre = vstart;
        d->verb_end = vend; /* not its sign */
        return;
    }
    /* a remark in parentheses between the verb and its rate: 增长（以下如无
     * 特别说明，均为同比名义增长）7.9% (at most 40 characters inside) */
    int k;
    uint32_t c = cp_before(s->t, 0, d->pre, &k);
    if (c != 0xFF09 && c != ')')
        return;
    size_t o = d->pre - (size_t)k;
    for (int n = 0; o > 0 && n < 40; n++) {
        c = cp_before(s->t, 0, o, &k);
        if (c == CP_BAD || c == 0x3002 || c == 0xFF09 || c == ')')
            return;
        o -= (size_t)k;
        if (c == 0xFF08 || c == '(')
            break;
    }
    if (o == 0 || (c != 0xFF08 && c != '('))
        return;
    ch = fig_change_verb(s->t, o > 30 ? o - 30 : 0, o, &vstart);
    if (ch) {
        d->change = ch;
        d->pre = vstart;
        d->verb_end = o;
    }
}

/* Scale, 余/多, unit and trailing qualifiers after a number ending at p.
 * Returns the end of the figure. */
/* Whether the clause before byte i speaks of money (收入, 投资 …): a
 * number with a scale and no unit is then an amount. */
static const char *const money_words[] = {"收入", "产值", "销售额", "营业额", "营收", "投资",
                                          "资金", "金额", "利润", "税收", "工资", "资产",
                                          "存款", "贷款", "支出", "预算", "经费", "总额"};

static bool money_before(const scan *s, size_t i)
{
    size_t from = i > 90 && i - 90 > s->clause_start ? i - 90 : s->clause_start;
    for (size_t j = from; j < i; j++) /* at most 30 characters back */
        for (size_t w = 0; w < NELEM(money_words); w++)
            if (has_at(s->t, i, j, money_words[w]))
                return true;
    return false;
}

/* Whether a size class written with a scale and no unit, whose number
 * starts at byte i and whose bound ends at byte e (5千万以上, 5千万以下),
 * classes by money: a money word (money_before's) in its sentence before
 * it, at most 60 characters back, or in the rest of its clause after it,
 * at most 30 characters (目前全县在库固定资产投资项目141个，其中5千万以上的
 * 67个; 5千万以下固定资产投资下降43.5%). */
static bool money_class(const scan *s, size_t i, size_t e)
{
    size_t from = i > 180 && i - 180 > s->sentence_start ? i - 180 : s->sentence_start;
    for (size_t j = from; j < i; j++)
        for (size_t w = 0; w < NELEM(money_words); w++)
            if (has_at(s->t, i, j, money_words[w]))
                return true;
    size_t to = e;
    for (int n = 0; n < 30 && to < s->len; n++) {
        int k;
        bool sent;
        uint32_t c = cp_at(s->t, s->len, to, &k);
        if (c == CP_BAD || is_clause_punct(c, &sent))
            break;
        to += (size_t)k;
    }
    for (size_t j = e; j < to; j++)
        for (size_t w = 0; w < NELEM(money_words); w++)
            if (has_at(s->t, to, j, money_words[w]))
                return true;
    return false;
}

/* Whether a unit written after one space at p (60 周年, 2.3 %, 55726.9 万吨)
 * belongs to the number before the space: a unit of two characters or
 * more, a per-cent or per-mille sign, or one character not followed by
 * Han (13.30 天津 in a table is a number and a place). */
static bool unit_after_space(const char *t, size_t len, size_t p)
{
    if (p >= len || t[p] != ' ' || p + 1 >= len || t[p + 1] == ' ')
        return false;
    double f;
    size_t q = p + 1, sc = fig_match_scale(t, len, q, &f);
    bl_figure_kind k;
    char tmp[BL_FIG_UNIT_MAX];
    size_t n = fig_match_unit(t, len, q + sc, &k, tmp, sizeof tmp);
    if (!n)
        return false;
    if (sc || n >= 6 || t[q] == '%' || has_at(t, len, q, "\xEF\xBC\x85") ||
        has_at(t, len, q, "\xE2\x80\xB0"))
        return true;
    uint32_t c = cp_at(t, len, q + n, NULL);
    return c == CP_BAD || !bl_is_han(c);
}

/* Writes into d the unit of a scale (scale[0..sc), its factor f) and a
 * unit base: 亿元, 万张, 元/人、月. */
static void set_unit(draft *d, const char *scale, size_t sc, double f, const char *base,
                     bl_figure_kind kind)
{
    copy_str(d->scale, sizeof d->scale, scale, sc);
    d->scale_factor = f;
    copy_str(d->base, sizeof d->base, base, strlen(base));
    copy_str(d->unit, sizeof d->unit, scale, sc);
    size_t sl = strlen(d->unit);
    copy_str(d->unit + sl, sizeof d->unit - sl, base, strlen(base));
    d->kind = kind;
}

/* A unit written right before a number that ends its line: a table's
 * row flattened into a line as label, unit and value with nothing
 * between (民政事业费累计支出亿元30.4, 床位万张11.8, 平均标准元/人·月
 * 1,245.0).  i is where the number starts, e where it ends.  The unit is
 * a scale and a unit, a compound (元/人·月) or a unit of two characters
 * or more (人次), after at least one Han character of its label; a lone
 * measure word (街道165, 中心190) belongs to the label.  Writes scale,
 * unit and kind into d; false when there is none. */
bool fig_unit_before_number(const scan *s, draft *d, size_t i, size_t e)
{
    const char *t = s->t;
    size_t end = e;
    while (end < s->len && t[end] == ' ')
        end++;
    if (end < s->len || i <= s->clause_start)
        return false;
    size_t from = i > 30 && i - 30 > s->clause_start ? i - 30 : s->clause_start;
    while (from < i && ((unsigned char)t[from] & 0xC0) == 0x80)
        from++;
    /* "label unit value" with spaces (镇 个 20113, 救灾支出 亿元 121.3,
     * 平均标准 元/人、月 373.3; the space before the unit kept as U+3000):
     * the whole word before the value, after the space and its label, a
     * lone measure word too */
    size_t te = t[i - 1] == ' ' ? i - 1 : i, ts = te, sep = 0;
    while (ts > 0 && !sep) {
        if (t[ts - 1] == ' ')
            sep = 1;
        else if (ts >= 3 && has_at(t, te, ts - 3, "\xE3\x80\x80"))
            sep = 3;
        else
            ts--;
    }
    if (sep && ts < te && ts > sep && bl_is_han(cp_before(t, 0, ts - sep, NULL))) {
        double f = 1;
        size_t sc = fig_match_scale(t, te, ts, &f);
        bl_figure_kind kind = BL_FIG_COUNT;
        char base[BL_FIG_UNIT_MAX];
        size_t n = fig_match_unit(t, te, ts + sc, &kind, base, sizeof base);
        size_t m = ts + sc + n;
        /* per person and month with 、: 元/人、月 */
        if (n && m + 6 == te && strchr(base, '/') && has_at(t, te, m, "、") &&
            (has_at(t, te, m + 3, "月") || has_at(t, te, m + 3, "年")) && strlen(base) + 6 < sizeof base) {
            size_t bn = strlen(base);
            copy_str(base + bn, sizeof base - bn, t + m, 6);
            m = te;
        }
        if (n && m == te) {
            set_unit(d, t + ts, sc, f, base, kind);
            return true;
        }
    }
    for (size_t j = from; j < i; j++) {
        if (((unsigned char)t[j] & 0xC0) == 0x80)
            continue;
        uint32_t before = cp_before(t, s->clause_start, j, NULL);
        if (before == CP_BAD || !bl_is_han(before))
            continue;
        double f = 1;
        size_t sc = fig_match_scale(t, i, j, &f);
        bl_figure_kind kind = BL_FIG_COUNT;
        char base[BL_FIG_UNIT_MAX];
        size_t n = fig_match_unit(t, i, j + sc, &kind, base, sizeof base);
        if (!n || j + sc + n != i || !(sc || n >= 6 || strchr(base, '/')))
            continue;
        set_unit(d, t + j, sc, f, base, kind);
        return true;
    }
    return false;
}

/* Review 36: a unit of one character that also begins words (方, 石, 两,
 * 担: 5000万方可申报, 2000万方能纳入, 3万方面, 新增5两类人员, 两岸, 3万担保)
 * is a unit only where the figure ends after it: at a mark, a digit, a
 * Latin letter or the text's end, or before one of the few characters
 * that go on after a whole figure (的, 和, 及, 与, 或, 至, 到, 以上, 左右,
 * 余, 多), both scripts.  Whether the character at e goes on a word. */
static bool unit_char_begins_word(const char *t, size_t len, size_t e)
{
    static const char after_figure[] = "的和及与與或至到以左余餘多";
    uint32_t c = cp_at(t, len, e, NULL);
    return c != CP_BAD && bl_is_han(c) && !in_set(c, after_figure);
}

/* Round 34: units that are units only after a scale (土石方120万方, 储粮3万
 * 石): with no scale the character is a word of its own (与3方签约: three
 * parties).  Their byte length at i (0: none), kind quantity. */
static size_t scaled_only_unit(const char *t, size_t len, size_t i)
{
    static const char *const only[] = {"方", "石"};
    for (size_t u = 0; u < NELEM(only); u++)
        if (has_at(t, len, i, only[u]))
            return unit_char_begins_word(t, len, i + 3) ? 0 : 3;
    return 0;
}

size_t fig_after_number(const scan *s, draft *d, size_t p)
{
    const char *t = s->t;
    size_t len = s->len;
    double f = 1;
    if (unit_after_space(t, len, p))
        p++;
    size_t n = fig_match_scale(t, len, p, &f);
    if (n) {
        copy_str(d->scale, sizeof d->scale, t + p, n);
        d->scale_factor = f;
        /* a reading inside a scale of two characters: 134萬(wàn)億元 */
        size_t rs = n == 3 ? fig_reading_at(t, len, p + 3) : 0;
        double f2 = 1;
        const char *two = rs ? bl_unit_scale_read(t, len, p, rs, &f2) : NULL;
        if (two) {
            copy_str(d->scale, sizeof d->scale, two, 6);
            d->scale_factor = f2;
            n = 6 + rs;
        }
        p += n;
        /* the scale's reading: 5017.2萬(wàn)件/套, and before a qualifier
         * and a unit, 5萬(wàn)余元 (held-out round 28) */
        size_t r = fig_reading_at(t, len, p);
        bl_figure_kind k;
        char tmp[BL_FIG_UNIT_MAX];
        size_t q = r && (has_at(t, len, p + r, "余") || has_at(t, len, p + r, "多")) ? 3 : 0;
        if (r && fig_match_unit(t, len, p + r + q, &k, tmp, sizeof tmp))
            p += r;
    }
    if (has_at(t, len, p, "余") || has_at(t, len, p, "多")) {
        bl_figure_kind k;
        char tmp[BL_FIG_UNIT_MAX];
        double f2 = 1;
        size_t sc = d->scale[0] ? 0 : fig_match_scale(t, len, p + 3, &f2);
        size_t m = fig_match_unit(t, len, p + 3 + sc, &k, tmp, sizeof tmp);
        if (m || sc || d->scale[0]) {
            if (!*d->qual)
                d->qual = has_at(t, len, p, "余") ? "余" : "多";
            p += 3;
            if (sc) {
                copy_str(d->scale, sizeof d->scale, t + p, sc);
                d->scale_factor = f2;
                p += sc;
            }
        }
    }
    /* 31605.2 亿 m3: a copy's space between the scale and a Latin unit;
     * and between the number and one (60 km/h, 2 g/L: figlab45) */
    if (p + 1 < len && t[p] == ' ' && fig_latin_unit_at(t, len, p + 1))
        p++;
    bl_figure_kind kind = BL_FIG_COUNT;
    n = fig_match_unit(t, len, p, &kind, d->base, sizeof d->base);
    /* a weight of one character that begins a word (3万担保, 两岸, 两新,
     * 5两类): no unit */
    if (n == 3 && (!strcmp(d->base, "担") || !strcmp(d->base, "擔") || !strcmp(d->base, "两") ||
                   !strcmp(d->base, "兩"))) {
        if (unit_char_begins_word(t, len, p + 3)) {
            n = 0;
            d->base[0] = '\0';
            kind = BL_FIG_COUNT;
        }
    }
    if (!n && d->scale[0] && (n = scaled_only_unit(t, len, p)) > 0) {
        kind = BL_FIG_QUANTITY;
        copy_str(d->base, sizeof d->base, t + p, n);
    }
    if (!n && d->scale[0] && money_before(s, d->pre))
        kind = BL_FIG_AMOUNT; /* 主营业务收入2000万: money without 元 */
    /* 分別拉動經濟增長1.74個、3.22個、4.0個百分點 (stats-chenxi): the
     * measure word of a list whose last value says the whole unit is that
     * unit's first word; each item may say its own change verb (round 37:
     * 分別下降0.2個、下降0.6個、提高0.8個百分點, 分别提高0.5个和下降0.8个百分点) */
    if (n && !d->scale[0] && (!strcmp(d->base, "个") || !strcmp(d->base, "個"))) {
        size_t q = p + n;
        for (int items = 0; items < BL_FIG_MAX_PARTS; items++) {
            if (has_at(t, len, q, "、") || has_at(t, len, q, "和") || has_at(t, len, q, "及"))
                q += 3;
            else
                break;
            size_t j = q, vs;
            while (j < len && j - q < 12 && !(t[j] >= '0' && t[j] <= '9') && (unsigned char)t[j] >= 0xE0)
                j += 3;
            if (j > q && (j >= len || !(t[j] >= '0' && t[j] <= '9') ||
                          fig_change_verb(t, q, j, &vs) == BL_FIG_CHANGE_NONE || vs != q))
                break;
            num x;
            if (!fig_read_num(t, len, j, &x))
                break;
            bl_figure_kind k2;
            char b2[BL_FIG_UNIT_MAX];
            size_t m = fig_match_unit(t, len, x.end, &k2, b2, sizeof b2);
            if (m && k2 == BL_FIG_POINTS && has_at(t, len, x.end, d->base)) {
                kind = k2;
                copy_str(d->base, sizeof d->base, b2, strlen(b2));
                break;
            }
            if (!m || strcmp(b2, d->base))
                break;
            q = x.end + m;
        }
    }
    d->kind = kind;
    size_t sl = strlen(d->scale);
    copy_str(d->unit, sizeof d->unit, d->scale, sl);
    copy_str(d->unit + sl, sizeof d->unit - sl, d->base, strlen(d->base));
    p += n;
    if (n || sl) {
        /* 30人(含)以下: the bound included, said between unit and qualifier */
        size_t inc = has_at(t, len, p, "(含)") ? strlen("(含)") : has_at(t, len, p, "（含）") ? strlen("（含）") : 0;
        if (inc && (has_at(t, len, p + inc, "以下") || has_at(t, len, p + inc, "以上")))
            p += inc;
        for (size_t k = 0; k < NELEM(post_quals); k++)
            if (has_at(t, len, p, post_quals[k].s)) {
                if (!*d->qual)
                    d->qual = post_quals[k].shown;
                p += strlen(post_quals[k].s);
                /* 5千万以上: a size class of money written without 元 */
                if (!n && d->kind == BL_FIG_COUNT &&
                    (!strcmp(post_quals[k].shown, "以上") || !strcmp(post_quals[k].shown, "以下")) &&
                    money_class(s, d->pre, p))
                    d->kind = BL_FIG_AMOUNT;
                return p;
            }
        if (n && has_at(t, len, p, "多")) {
            bool sent;
            int k;
            uint32_t c = cp_at(t, len, p + 3, &k);
            if (c == CP_BAD || is_clause_punct(c, &sent) || c == 0x6765 /* 来 */) {
                if (!*d->qual)
                    d->qual = "多";
                p += 3;
            }
        }
    }
    return p;
}

static bool unit_text(const char *hint, size_t len, size_t *sc, double *sf, bl_figure_kind *kind,
                      char *base, size_t cap)
{
    bl_unit_class c;
    bool ok = bl_unit_text(hint, len, sc, sf, &c, base, cap);
    *kind = kind_of(c);
    return ok;
}

bool bl_figure_unit_text(const char *hint, size_t len)
{
    return hint && bl_unit_is_word(hint, len);
}

bool bl_figure_apply_unit(bl_figure_list *list, bl_figure *f, const char *hint, size_t len)
{
    if (!list || !f || !hint || !f->parsed || f->unit[0] || f->numeral_chinese || f->change ||
        f->part || !(f->kind == BL_FIG_COUNT || f->kind == BL_FIG_YEAR))
        return false;
    size_t n;
    double sf;
    bl_figure_kind kind;
    char base[BL_FIG_UNIT_MAX];
    if (!unit_text(hint, len, &n, &sf, &kind, base, sizeof base))
        return false;
    const char *scale = fig_intern(list, hint, n < 8 ? n : 7);
    const char *base_unit = fig_intern(list, base, strlen(base));
    const char *unit = fig_intern(list, hint, len);
    if (!scale || !base_unit || !unit)
        return false; /* fig_store_failed(list) tells the caller */
    f->scale = scale;
    f->scale_factor = sf;
    f->base_unit = base_unit;
    f->unit = unit;
    f->kind = base[0] ? kind : BL_FIG_COUNT;
    f->year = 0;
    f->norm = f->value * sf;
    return true;
}
