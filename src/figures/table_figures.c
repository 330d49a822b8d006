/*
 * table_figures.c - the figures of tables: each cell's figure takes its
 * unit, label, period and growth link from the table's headers, unit
 * column, caption and the unit statement before it (单位：万元); and the
 * tables that reached the text flattened into paragraphs or written one
 * cell a line.  doc_figures.c walks the document and calls these.
 */
#include <stdlib.h>
#include <string.h>

#include "figures/figures_int.h"


/* Trims spaces (ASCII, ideographic) at both ends of s[0, *n). */
const char *fig_trim(const char *s, size_t *n)
{
    while (*n && (s[0] == ' ' || s[0] == '\t')) {
        s++;
        (*n)--;
    }
    while (*n >= 3 && memcmp(s, "\xE3\x80\x80", 3) == 0) {
        s += 3;
        *n -= 3;
    }
    while (*n && (s[*n - 1] == ' ' || s[*n - 1] == '\t'))
        (*n)--;
    while (*n >= 3 && memcmp(s + *n - 3, "\xE3\x80\x80", 3) == 0)
        *n -= 3;
    return s;
}

/* The length of the closing bracket ending t[0, n): ) ） ﹚ ﹜ ﹞ (0: none). */
static size_t close_bracket_before(const char *t, size_t n)
{
    if (n && t[n - 1] == ')')
        return 1;
    static const char *const closes[] = {"）", "\xEF\xB9\x9A" /* ﹚ */, "\xEF\xB9\x9C" /* ﹜ */,
                                         "\xEF\xB9\x9E" /* ﹞ */};
    for (size_t k = 0; k < sizeof closes / sizeof *closes; k++)
        if (n >= 3 && memcmp(t + n - 3, closes[k], 3) == 0)
            return 3;
    return 0;
}

/* The length of the opening bracket at t[i] before close: ( （ ﹙ ﹛ ﹝ (0: none). */
static size_t open_bracket_at(const char *t, size_t i, size_t close)
{
    if (t[i] == '(')
        return 1;
    static const char *const opens[] = {"（", "\xEF\xB9\x99" /* ﹙ */, "\xEF\xB9\x9B" /* ﹛ */,
                                        "\xEF\xB9\x9D" /* ﹝ */};
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++)
        if (i + 3 <= close && memcmp(t + i, opens[k], 3) == 0)
            return 3;
    return 0;
}

/* The bracket at the end of a header or row label: 地区生产总值（亿元）,
 * 比上年增长 (%), 绝对值(万元), and in the small forms a copy may use
 * (同比增长﹙%﹚, 产量﹝吨﹞, ﹛%﹜, U+FE59-FE5E; one form opened by another,
 * (亩﹚, is read as well); its content in *in and where the label before it
 * ends in *label_end.  False when the text ends otherwise. */
static bool end_bracket(const char *t, size_t len, fig_span *in, size_t *label_end)
{
    size_t n = len;
    fig_trim(t, &n);
    size_t cl = close_bracket_before(t, n);
    if (!cl)
        return false;
    size_t close = n - cl;
    for (size_t i = close; i-- > 0;) {
        size_t ol = open_bracket_at(t, i, close);
        if (ol) {
            in->s = t + i + ol;
            in->n = close - i - ol;
            *label_end = i;
            break;
        }
        if (i == 0)
            return false;
    }
    in->s = fig_trim(in->s, &in->n);
    in->set = true;
    return true;
}

/* Strips a leading 单位： / 单位: (and spaces) from s: true when present. */
static bool unit_prefix(const char **s, size_t *n)
{
    size_t k = *n;
    const char *p = fig_trim(*s, &k);
    static const char *const heads[] = {"计量单位", "計量單位", "单位", "單位"};
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        size_t l = strlen(heads[h]);
        if (k > l && memcmp(p, heads[h], l) == 0) {
            p += l;
            k -= l;
            p = fig_trim(p, &k);
            if (k >= 3 && memcmp(p, "：", 3) == 0) {
                p += 3;
                k -= 3;
            } else if (k && p[0] == ':') {
                p++;
                k--;
            } else {
                return false;
            }
            *s = fig_trim(p, &k);
            *n = k;
            return true;
        }
    }
    return false;
}

/* A unit statement (单位：万元, 单位：件 (Unit: piece), 单位:%): its unit. */
bool fig_unit_statement(const char *t, size_t len, fig_span *u)
{
    const char *s = t;
    size_t n = len;
    if (!unit_prefix(&s, &n))
        return false;
    /* the unit runs to a space, a bracket or punctuation */
    size_t e = 0;
    while (e < n) {
        int k;
        uint32_t c = cp_at(s, n, e, &k);
        if (c == CP_BAD || is_space(c) || c == '(' || c == 0xFF08 || c == 0xFF0C || c == ',' ||
            c == 0x3002 || c == 0xFF1B || c == ';' || c == 0x3001)
            break;
        e += (size_t)k;
    }
    if (!e || !bl_figure_unit_text(s, e))
        return false;
    u->s = s;
    u->n = e;
    u->set = true;
    return true;
}

/* The second unit of a unit statement of two (单位：万元、%, 万元，%,
 * 萬元/％), when it is a percent sign: the unit's text is a node's, ended
 * by its NUL. */
static fig_span second_unit(const fig_span *u)
{
    fig_span r = {0};
    if (!u->set || !u->s || !u->n)
        return r;
    const char *p = u->s + u->n;
    static const char *const seps[] = {"、", "，", ",", "/", "／", "；", ";"};
    size_t k = 0;
    for (; k < NELEM(seps); k++)
        if (!strncmp(p, seps[k], strlen(seps[k])))
            break;
    if (k == NELEM(seps))
        return r;
    p += strlen(seps[k]);
    while (*p == ' ')
        p++;
    size_t n = *p == '%' ? 1 : !strncmp(p, "％", strlen("％")) ? strlen("％") : 0;
    if (!n)
        return r;
    if (p[n] && p[n] != ' ' && p[n] != ')' && strncmp(p + n, "）", strlen("）")) &&
        strncmp(p + n, "。", strlen("。")))
        return r; /* %后… : no unit alone */
    r.s = p;
    r.n = n;
    r.set = true;
    return r;
}

/* A Latin letter of a reading (wàn, chǎn): ASCII, or a letter with its
 * tone mark (Latin-1 to Latin Extended-B). */
static bool reading_letter(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* Copies t[0, len) into out (cap bytes) without the readings in brackets
 * of Latin letters (萬(wàn)畝 -> 萬畝, 總產（chǎn） -> 總產): its length, 0
 * when it does not fit. */
static size_t drop_readings(const char *t, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        int k;
        uint32_t c = cp_at(t, len, i, &k);
        if (c == CP_BAD)
            return 0;
        if (c == '(' || c == 0xFF08) {
            size_t j = i + (size_t)k, letters = 0;
            int kj = 0;
            uint32_t d = 0;
            while (j < len && (d = cp_at(t, len, j, &kj)) != CP_BAD && reading_letter(d)) {
                j += (size_t)kj;
                letters++;
            }
            if (letters && j < len && (d == ')' || d == 0xFF09)) {
                i = j + (size_t)kj;
                continue;
            }
        }
        if (o + (size_t)k > cap)
            return 0;
        memcpy(out + o, t + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
    }
    return o;
}

static bool is_han_cp(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* The colon at s[i] (：or :): its length, 0 when none. */
static size_t colon_at(const char *s, size_t n, size_t i)
{
    if (i < n && s[i] == ':')
        return 1;
    if (i + 3 <= n && memcmp(s + i, "：", 3) == 0)
        return 3;
    return 0;
}

/* The key of a keyed unit note at s[i]: one to eight Han characters up to
 * a colon; *key_n its length without a last 单位 (面积单位 -> 面积), *after
 * the byte after the colon.  False when no such key. */
static bool note_key(const char *s, size_t n, size_t i, size_t *key_n, size_t *after)
{
    size_t j = i, han = 0;
    int k;
    uint32_t c;
    while (j < n && (c = cp_at(s, n, j, &k)) != CP_BAD && is_han_cp(c) && han < 8) {
        j += (size_t)k;
        han++;
    }
    size_t cl = colon_at(s, n, j);
    if (!han || !cl)
        return false;
    size_t kn = j - i;
    static const char *const tails[] = {"计量单位", "計量單位", "单位", "單位"};
    for (size_t t = 0; t < 4; t++) {
        size_t l = strlen(tails[t]);
        if (kn >= l && memcmp(s + j - l, tails[t], l) == 0) {
            kn -= l;
            break;
        }
    }
    *key_n = kn;
    *after = j + cl;
    return true;
}

bool fig_keyed_units(bl_figure_list *list, const char *t, size_t len, fig_table_ctx *tc)
{
    char buf[256];
    size_t n0 = len;
    const char *t0 = fig_trim(t, &n0);
    size_t n = drop_readings(t0, n0, buf, sizeof buf);
    if (!n)
        return false;
    const char *s = buf;
    struct {
        size_t key, key_n, unit, unit_n;
    } got[FIG_KEYED_UNITS];
    size_t ngot = 0, i = 0;
    while (i < n) {
        size_t key_n, after;
        if (!note_key(s, n, i, &key_n, &after))
            return false;
        if (!key_n) {
            /* 单位： before the keyed notes (單位:總產:噸); a plain unit
             * statement (单位：万元) is none */
            size_t k2, a2;
            if (!note_key(s, n, after, &k2, &a2) || !k2)
                return false;
            i = after;
            continue;
        }
        size_t u = after, e = after;
        while (e < n) {
            int k;
            uint32_t c = cp_at(s, n, e, &k);
            if (c == ' ' || c == '\t' || c == 0x3000 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
                c == 0x3001 || c == 0x3002)
                break;
            e += (size_t)k;
        }
        if (e == u || !bl_figure_unit_text(s + u, e - u) || ngot == FIG_KEYED_UNITS)
            return false;
        got[ngot].key = i;
        got[ngot].key_n = key_n;
        got[ngot].unit = u;
        got[ngot].unit_n = e - u;
        ngot++;
        /* the separators to the next note */
        i = e;
        while (i < n) {
            int k;
            uint32_t c = cp_at(s, n, i, &k);
            if (!(c == ' ' || c == '\t' || c == 0x3000 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
                  c == 0x3001 || c == 0x3002))
                break;
            i += (size_t)k;
        }
    }
    if (!ngot)
        return false;
    for (size_t g = 0; g < ngot && tc->nkeyed < FIG_KEYED_UNITS; g++) {
        const char *key = fig_intern(list, s + got[g].key, got[g].key_n);
        const char *unit = fig_intern(list, s + got[g].unit, got[g].unit_n);
        if (!key || !unit)
            return false;
        tc->keyed[tc->nkeyed].key = key;
        tc->keyed[tc->nkeyed].key_n = got[g].key_n;
        tc->keyed[tc->nkeyed].unit = unit;
        tc->keyed[tc->nkeyed].unit_n = got[g].unit_n;
        tc->nkeyed++;
    }
    return true;
}

/* Whether a text names a yield by area (单产, 亩产, 每亩产量, 单位面积产量). */
static bool yield_by_area(const char *t, size_t len)
{
    static const char *const w[] = {"单产", "單產", "亩产", "畝產", "每亩", "每畝", "单位面积", "單位面積",
                                    "每公顷", "每公頃", "公顷产量", "公頃產量"};
    return fig_has_word(t, len, w, sizeof w / sizeof *w);
}

/* The unit a keyed note gives a column of header text h (readings
 * dropped): the longest key the header holds (面积 in 播种面积, 总产 in
 * 总产量); a key of a yield by area (单产) names a header of one, and no
 * other key does (产量 is no 每亩产量's). */
static bool keyed_unit_of(const fig_table_ctx *tc, const char *h, size_t hn, fig_span *u)
{
    char buf[256];
    size_t n = drop_readings(h, hn, buf, sizeof buf);
    if (!n)
        return false;
    bool yield = yield_by_area(buf, n);
    size_t best = 0;
    for (size_t i = 0; i < tc->nkeyed; i++) {
        const char *k = tc->keyed[i].key;
        size_t kn = tc->keyed[i].key_n;
        bool kyield = yield_by_area(k, kn);
        bool hit = kyield ? yield : !yield && fig_has_word(buf, n, &k, 1);
        if (kyield && hit && fig_has_word(buf, n, &k, 1))
            kn += 64; /* 每亩产量 holds 每亩: as good as its name */
        if (hit && kn > best) {
            best = kn;
            *u = (fig_span){tc->keyed[i].unit, tc->keyed[i].unit_n, true};
        }
    }
    return best > 0;
}

/* The unit a header or caption names at its end: （亿元）, (%), a trailing
 * % (比上月%), or a statement in brackets (（单位：万元）). */
static bool named_unit(const char *t, size_t len, fig_span *u, size_t *label_end)
{
    fig_span in = {0};
    size_t le = len;
    if (end_bracket(t, len, &in, &le)) {
        const char *s = in.s;
        size_t n = in.n;
        unit_prefix(&s, &n);
        if (n && bl_figure_unit_text(s, n)) {
            *u = (fig_span){s, n, true};
            *label_end = le;
            return true;
        }
        return false;
    }
    size_t n = len;
    fig_trim(t, &n);
    /* (a header of % alone: 增減 | 絕對數 | %) */
    if (n >= 1 && t[n - 1] == '%') {
        *u = (fig_span){t + n - 1, 1, true};
        *label_end = n - 1;
        return true;
    }
    if (n >= 3 && memcmp(t + n - 3, "％", 3) == 0) {
        *u = (fig_span){t + n - 3, 3, true};
        *label_end = n - 3;
        return true;
    }
    return false;
}

/* Whether a text contains one of the words. */
bool fig_has_word(const char *t, size_t len, const char *const *words, size_t nwords)
{
    for (size_t w = 0; w < nwords; w++) {
        size_t l = strlen(words[w]);
        for (size_t i = 0; i + l <= len; i++) /* the first byte before a call */
            if ((l == 0 || t[i] == words[w][0]) && memcmp(t + i, words[w], l) == 0)
                return true;
    }
    return false;
}

static bool is_growth_header(const char *t, size_t len)
{
    static const char *const w[] = {"增长", "增减", "增速", "增幅", "比上年", "比上月", "比去年", "同比", "环比",
                                    "变动", "幅度", "±",    "涨跌", "比上期", "增長", "增減", "變動", "漲跌",
                                    "環比"};
    return fig_has_word(t, len, w, sizeof w / sizeof *w);
}

/* A header that names a period: a year or a month in digits (2023年,
 * 2024年目标, 2000, 1-12月), or words of a period (本期, 上年同期, 本月平均,
 * 上旬, 累计, 一季度); not an indicator that merely holds 年 (年末常住人口). */
static bool is_period_header(const char *t, size_t len)
{
    static const char *const w[] = {"本期", "上期", "同期", "本月", "上月", "当月", "本年", "上年",
                                    "今年", "去年", "累计", "旬",   "季度", "年初", "年末数",
                                    "期末", "期初", "本季", "上季", "年度", "半年"};
    for (size_t i = 0; i < len; i++) {
        int d = 0;
        while (i + (size_t)d < len && d < 5 && t[i + (size_t)d] >= '0' && t[i + (size_t)d] <= '9')
            d++;
        if (d == 4 && (t[i] == '1' || t[i] == '2'))
            return true; /* a year in digits */
        if (d >= 1 && d <= 2 && (i + (size_t)d + 3 <= len) &&
            (!memcmp(t + i + d, "月", 3) || !memcmp(t + i + d, "季", 3)))
            return true; /* 1-12月, 5月, 3季度 */
        if (d)
            i += (size_t)d - 1;
    }
    return fig_has_word(t, len, w, sizeof w / sizeof *w);
}

/* A cell that stands for a missing number: -, —, …, /, ×. */
static bool placeholder_cell(const bulletin_node *c)
{
    size_t n = c->len;
    const char *s = fig_trim(c->text, &n);
    if (!n)
        return false;
    for (size_t i = 0; i < n;) {
        int k;
        uint32_t cp = cp_at(s, n, i, &k);
        if (!(cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0x2026 || cp == '/' ||
              cp == 0xD7 || cp == '.' || cp == 0xFF0D || cp == 0x2015 || cp == '*'))
            return false;
        i += (size_t)k;
    }
    return true;
}

/* A header cell of the current period (本期, 本月平均, 当月): the value a
 * growth column of its row changes. */
static bool is_current_header(const char *t, size_t len)
{
    static const char *const w[] = {"本", "当", "今年", "绝对"};
    static const char *const prev[] = {"上", "去年", "同期", "上年"};
    return fig_has_word(t, len, w, 4) && !fig_has_word(t, len, prev, 4);
}

static bool is_previous_header(const char *t, size_t len)
{
    static const char *const prev[] = {"上期", "上月", "上年", "去年", "同期", "上旬"};
    return fig_has_word(t, len, prev, sizeof prev / sizeof *prev);
}

static bool is_unit_header(const char *t, size_t len)
{
    size_t n = len;
    const char *s = fig_trim(t, &n);
    return (n == strlen("单位") && memcmp(s, "单位", n) == 0) ||
           (n == strlen("计量单位") && memcmp(s, "计量单位", n) == 0) ||
           (n == strlen("單位") && memcmp(s, "單位", n) == 0);
}

/* A level and its rate in parentheses, 32.14(6.27%), 30.75(-0.10%): the
 * offset of the '(' (0 when not one). */
static size_t level_rate_cell(const char *t, size_t n)
{
    size_t o = 0;
    while (o < n && t[o] != '(')
        o++;
    if (o == 0 || o + 4 > n || t[n - 1] != ')' || t[n - 2] != '%' || t[0] < '0' || t[0] > '9')
        return 0;
    for (size_t i = 0; i < n - 2; i++)
        if (i != o && !strchr("0123456789+-.,", t[i]))
            return 0;
    return t[n - 3] >= '0' && t[n - 3] <= '9' ? o : 0;
}

/* Round 34 (stats-zizhou: 162817吨, 4.4萬頭 under 2023年): a cell's value
 * with its unit glued on, a scale and a unit that end the cell (not a
 * duration or a date: 2023年, 9时 stay words): where the number ends, 0
 * when the cell is no such value. */
static size_t glued_unit_value(const char *t, size_t n)
{
    size_t i = 0;
    bool digit = false;
    while (i < n && (strchr("+-.,", t[i]) || (t[i] >= '0' && t[i] <= '9'))) {
        digit |= t[i] >= '0' && t[i] <= '9';
        i++;
    }
    if (!digit || i == n || !(t[i - 1] >= '0' && t[i - 1] <= '9'))
        return 0;
    double f;
    size_t sc = fig_match_scale(t, n, i, &f);
    bl_figure_kind k = BL_FIG_COUNT;
    char base[BL_FIG_UNIT_MAX];
    size_t u = fig_match_unit(t, n, i + sc, &k, base, sizeof base);
    if (!u || i + sc + u != n || k == BL_FIG_DURATION || k == BL_FIG_DATE || k == BL_FIG_YEAR)
        return 0;
    return i;
}

/* A cell that holds a number and nothing else (digits, signs, separators,
 * a percent, spaces), or a level and its rate in parentheses, or a value
 * with its unit glued on (162817吨). */
static bool numeric_cell(const bulletin_node *c)
{
    if (level_rate_cell(c->text, c->len))
        return true;
    bool digit = false;
    for (size_t i = 0; i < c->len; i++) {
        unsigned char ch = (unsigned char)c->text[i];
        if (ch >= '0' && ch <= '9')
            digit = true;
        else if (!strchr("+-.,% ", ch)) {
            size_t n = c->len;
            const char *s = fig_trim(c->text, &n);
            return glued_unit_value(s, n) > 0;
        }
    }
    return digit;
}

/* A header cell: text, a year (2000, 2023年, 2024年目标) or empty. */
static bool header_cell(const bulletin_node *c)
{
    if (!c->len || !numeric_cell(c))
        return true;
    size_t n = c->len;
    const char *s = fig_trim(c->text, &n);
    if (n != 4 || (s[0] != '1' && s[0] != '2'))
        return false;
    for (size_t i = 1; i < 4; i++) /* a year, no value of four characters: 13.2 */
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* A row of bare four-digit numbers after a header (| 税收收入 | 1200 |
 * 1350 | under | 项目 | 2022年 | 2023年 |) is a row of values, not a header
 * of years: its first cell a label, and every bare four-digit cell under a
 * header cell that names its column.  Bare years under an empty header
 * cell (a title row's | 表1 … | | |) or after an empty first cell
 * (| | 2022 | 2023 | under a merged name) still head the columns. */
static size_t digits_at(const char *t, size_t len, size_t i);
static bool values_under_names(const bulletin_node *r, const bulletin_node *head)
{
    const bulletin_node *c = r->first_child, *h = head->first_child;
    if (!c || !c->len || numeric_cell(c))
        return false;
    bool any = false;
    for (c = c->next, h = h ? h->next : NULL; c; c = c->next, h = h ? h->next : NULL) {
        size_t n = c->len;
        const char *t = fig_trim(c->text, &n);
        if (n != 4 || digits_at(t, n, 0) != 4)
            continue; /* 2023年: a year written as one */
        if (!h || !h->len)
            return false;
        any = true;
    }
    return any;
}

/* The number of ASCII digits at t[i, len), at most 4. */
static size_t digits_at(const char *t, size_t len, size_t i)
{
    size_t d = 0;
    while (i + d < len && d < 4 && t[i + d] >= '0' && t[i + d] <= '9')
        d++;
    return d;
}

size_t fig_period_at(const char *t, size_t len, size_t *start)
{
    size_t i = 0;
    if (has_at(t, len, 0, "表")) { /* 表1, 表5-2: the table's number */
        i = strlen("表");
        while (i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '-' || t[i] == '.'))
            i++;
    }
    while (i < len && t[i] == ' ')
        i++;
    if (has_at(t, len, i, "\xE3\x80\x80")) /* U+3000 */
        i += 3;
    *start = i;
    if (digits_at(t, len, i) != 4 || (t[i] != '1' && t[i] != '2') || !has_at(t, len, i + 4, "年"))
        return 0; /* a year in digits, and not a span of years (2017-2021年) */
    size_t e = i + 4 + strlen("年");
    static const char *const parts[] = {"上半年", "下半年", "前三季度", "一季度", "二季度", "三季度",
                                        "四季度", "第一季度", "第二季度", "第三季度", "第四季度",
                                        "全年",   "年末",   "末"};
    for (size_t k = 0; k < NELEM(parts); k++)
        if (has_at(t, len, e, parts[k]))
            return e + strlen(parts[k]) - i;
    size_t d = digits_at(t, len, e);
    if (d == 1 || d == 2) {
        size_t m = e + d;
        if (has_at(t, len, m, "季度"))
            return m + strlen("季度") - i; /* 2013年4季度 */
        static const char *const dash[] = {"-", "—", "–", "－", "~", "至"};
        for (size_t k = 0; k < NELEM(dash); k++)
            if (has_at(t, len, m, dash[k])) {
                size_t d2 = digits_at(t, len, m + strlen(dash[k]));
                if (d2 == 1 || d2 == 2)
                    m += strlen(dash[k]) + d2; /* 1-9月 */
                break;
            }
        if (has_at(t, len, m, "月")) {
            m += strlen("月");
            if (has_at(t, len, m, "份"))
                m += strlen("份");
            return m - i; /* 2020年9月份, 2023年1-6月 */
        }
    }
    return e - i; /* 2019年 */
}

bool fig_period_line(const bulletin_node *n, const char **p, size_t *pn)
{
    size_t len = n->len;
    const char *t = fig_trim(n->text, &len);
    if ((has_at(t, len, 0, "（") && has_before(t, 0, len, "）")) ||
        (len >= 2 && t[0] == '(' && t[len - 1] == ')')) {
        size_t o = t[0] == '(' ? 1 : strlen("（");
        t += o;
        len -= 2 * o;
    }
    if (!len || has_at(t, len, 0, "表"))
        return false;
    size_t start, k = fig_period_at(t, len, &start);
    if (!k || start != 0 || k != len)
        return false;
    *p = t;
    *pn = len;
    return true;
}

bool fig_title_period(const bulletin_node *n, const char **p, size_t *pn)
{
    size_t len = n->len;
    const char *t = fig_trim(n->text, &len);
    /* 3-7 分地区…（2023年）: the period alone in brackets at its end */
    size_t close = has_before(t, 0, len, "）") ? strlen("）") : len && t[len - 1] == ')' ? 1 : 0;
    if (close) {
        size_t e = len - close, o = e;
        while (o > 0 && !has_before(t, 0, o, "（") && t[o - 1] != '(')
            o--;
        if (o > 0) {
            size_t start, k = fig_period_at(t + o, e - o, &start);
            if (k && start == 0 && k == e - o) {
                *p = t + o;
                *pn = k;
                return true;
            }
        }
    }
    /* 2023年全省各地区专利授权量, 3-7 2023年…: at its start, after a
     * table's number */
    size_t i = 0;
    while (i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '-' || t[i] == '.'))
        i++;
    if (i && i < len && t[i] == ' ')
        i++;
    else
        i = 0;
    size_t start, k = fig_period_at(t + i, len - i, &start);
    if (!k)
        return false;
    *p = t + i + start;
    *pn = k;
    return true;
}

/* Whether the row label c is a period and nothing else: 2012年9月份,
 * 2013年一季度, 10月份, 1-2月, 3季度. */
static bool period_label(const bulletin_node *c)
{
    size_t len = c->len;
    const char *t = fig_trim(c->text, &len);
    size_t start, k = fig_period_at(t, len, &start);
    if (k)
        return start == 0 && k == len && !has_at(t, len, 0, "表");
    size_t d = digits_at(t, len, 0), i = d;
    if (d < 1 || d > 2)
        return false;
    static const char *const dash[] = {"-", "—", "–", "－", "~", "至"};
    for (size_t w = 0; w < NELEM(dash); w++)
        if (has_at(t, len, i, dash[w])) {
            size_t d2 = digits_at(t, len, i + strlen(dash[w]));
            if (d2 == 1 || d2 == 2)
                i += strlen(dash[w]) + d2;
            break;
        }
    if (has_at(t, len, i, "季度"))
        return i + strlen("季度") == len;
    if (!has_at(t, len, i, "月"))
        return false;
    i += strlen("月");
    if (has_at(t, len, i, "份"))
        i += strlen("份");
    return i == len;
}

/* The corner cell c of a header row (over the row labels) when it names a
 * period in digits (2022年上半年, 2023年1-6月), else NULL: not a name of
 * the labels' column (指标, 年度), nor a number. */
static const bulletin_node *period_corner(const bulletin_node *c)
{
    if (!c || !c->len || numeric_cell(c) || !is_period_header(c->text, c->len))
        return NULL;
    for (size_t i = 0; i < c->len; i++)
        if (c->text[i] >= '0' && c->text[i] <= '9')
            return c;
    return NULL;
}

/* One column of a table. */
typedef struct {
    const bulletin_node *head; /* its header cell, or NULL */
    const bulletin_node *upper; /* the period a header row above names
                                   over it (| 2023年 | | over 绝对数 | 增长%) */
    const bulletin_node *mid;   /* a name a header row between the periods
                                   and its own spans over it (總產量 over
                                   絕對數 | %), or NULL */
    fig_span unit;                 /* the header's unit */
    size_t label_end;          /* the header's text without its unit */
    bool growth, period, current, previous, unit_col, target;
} column;

/* The columns of no unit of their own whose name a keyed unit note over
 * the table holds take its unit (面積:萬畝 over 播種面積, 單產:千克 over
 * 每畝產量). */
static void keyed_columns(column *cols, size_t nhead, const fig_table_ctx *tc)
{
    if (!tc->nkeyed)
        return;
    for (size_t k = 1; k < nhead; k++) {
        column *col = &cols[k];
        if (col->unit.set || col->unit_col || !col->head)
            continue;
        fig_span u = {0};
        if (keyed_unit_of(tc, col->head->text, col->label_end, &u) ||
            (col->upper && keyed_unit_of(tc, col->upper->text, col->upper->len, &u)) ||
            (col->mid && keyed_unit_of(tc, col->mid->text, col->mid->len, &u)))
            col->unit = u;
    }
}

/* The year a column's period names (the first 19xx/20xx of the period
 * over it, else of its header): 0 when none. */
static int column_year(const column *c)
{
    const bulletin_node *n = c->upper ? c->upper : c->head;
    for (size_t i = 0; n && i + 4 <= n->len; i++) {
        const char *t = n->text + i;
        if ((t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0')) {
            if (t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9' && (i == 0 || t[-1] < '0' || t[-1] > '9'))
                return (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
        }
    }
    return 0;
}

/* Whether columns a and b have the same name (their headers without units). */
static bool same_column_name(const column *a, const column *b)
{
    if (!a->head || !b->head)
        return false;
    size_t an = a->label_end, bn = b->label_end;
    const char *as = fig_trim(a->head->text, &an), *bs = fig_trim(b->head->text, &bn);
    return an && an == bn && memcmp(as, bs, an) == 0;
}

/* Whether the group name over change column g (總產量 over 絕對數) is
 * level column a's own name (總產量). */
static bool mid_names(const column *g, const column *a)
{
    if (!g->mid || !a->head || !g->growth)
        return false;
    size_t gn = g->mid->len, an = a->label_end;
    const char *gs = fig_trim(g->mid->text, &gn), *as = fig_trim(a->head->text, &an);
    return an && an == gn && memcmp(as, gs, an) == 0;
}

#define TABLE_COLS 64
#define UNHEADED (TABLE_COLS + 1) /* a value left of a right-aligned header */

static bool nhead_has_current(const column *cols, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cols[i].current)
            return true;
    return false;
}

/* Removes figures [from, to) of the list (a 单位 column's 元/5升, a page
 * number); links into them are dropped, links past them follow. */
void fig_drop_figures(bl_figure_list *list, size_t from, size_t to)
{
    if (to <= from)
        return;
    for (size_t i = from; i < to; i++)
        bl_free(list->mem, list->items[i].label); /* the rest is the store's */
    memmove(list->items + from, list->items + to, (list->len - to) * sizeof *list->items);
    list->len -= to - from;
    for (size_t i = 0; i < list->len; i++) {
        uint32_t *l = &list->items[i].link;
        if (*l == BL_FIG_NO_LINK || *l < from)
            continue;
        *l = (uint32_t)(*l < to ? BL_FIG_NO_LINK : *l - (to - from));
    }
}


static bulletin_status set_label(bl_figure_list *list, bl_figure *f, const char *s, size_t n)
{
    char *label = bl_strndup(list->mem, s, n);
    if (!label)
        return BULLETIN_ERR_NOMEM;
    bl_free(list->mem, f->label);
    f->label = label;
    return BULLETIN_OK;
}

/* Labels figure f by a row's label cell text[0..n): trimmed, without the
 * word that makes it a part, as in prose (其中：救灾支出). */
static bulletin_status set_row_label(bl_figure_list *list, bl_figure *f, const char *text, size_t n)
{
    const char *ls = fig_trim(text, &n);
    static const char *const parts[] = {"其中：", "其中:"};
    for (size_t q = 0; q < 2; q++) {
        size_t pl = strlen(parts[q]);
        if (n > pl && !memcmp(ls, parts[q], pl)) {
            ls += pl;
            n -= pl;
            break;
        }
    }
    return set_label(list, f, ls, n);
}

/* Gives figure f the first unit of the list that is set: a unit named as
 * nothing (上年=100) leaves it bare. */
static void give_unit(bl_figure_list *list, bl_figure *f, const fig_span *const *units, size_t n)
{
    if (f->unit[0] || f->change || f->part)
        return;
    if (f->kind == BL_FIG_YEAR && !f->unit[0]) {
        f->kind = BL_FIG_COUNT; /* a value cell holds no year */
        f->year = 0;
    }
    for (size_t i = 0; i < n; i++)
        if (units[i] && units[i]->set) {
            if (units[i]->n)
                bl_figure_apply_unit(list, f, units[i]->s, units[i]->n);
            return;
        }
}


/* The unit a header that counts pieces names: 本年制发件数, 申请人数 (件,
 * 人); …数量 names none.  Its length, 0 when none. */
static size_t counted_unit(const char *t, size_t len)
{
    static const char *const w[] = {"件", "人", "户", "个", "次"};
    size_t n = len;
    const char *s = fig_trim(t, &n);
    if (n < 6 || memcmp(s + n - 3, "数", 3) != 0)
        return 0;
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (!memcmp(s + n - 6, w[i], 3))
            return 3;
    return 0;
}

/* Reads the columns of a header row into cols (cleared first): their
 * count. */
static size_t read_header(column *cols, const bulletin_node *head)
{
    size_t nhead = 0;
    memset(cols, 0, TABLE_COLS * sizeof *cols);
    for (const bulletin_node *c = head->first_child; c && nhead < TABLE_COLS; c = c->next) {
        column *col = &cols[nhead++];
        col->head = c;
        col->label_end = c->len;
        if (!named_unit(c->text, c->len, &col->unit, &col->label_end) && nhead > 1) {
            size_t n = c->len, u;
            const char *s = fig_trim(c->text, &n);
            if ((u = counted_unit(c->text, c->len)) != 0)
                col->unit = (fig_span){s + n - 6, u, true};
        }
        col->unit_col = is_unit_header(c->text, c->len);
        col->growth = is_growth_header(c->text, c->len);
        col->period = nhead > 1 && !col->growth && !col->unit_col &&
                      is_period_header(c->text, col->label_end);
        col->current = nhead > 1 && !col->growth && is_current_header(c->text, col->label_end);
        col->previous = is_previous_header(c->text, col->label_end);
        static const char *const plan[] = {"目标", "计划", "预计"};
        col->target = fig_has_word(c->text, c->len, plan, 3);
    }
    return nhead;
}

/* The unit column of a header's columns (in *unit_col, -1 when none) and
 * its first value column: one that names a unit, a period or a change
 * (else the second, or the third after a unit column: 指标 | 单位 | 数量). */
/* Whether the first cells of the rows under header cell head (its
 * column 0) are units, each one that holds text (万吨, 万头; not 甲镇). */
static bool units_below(const bulletin_node *head)
{
    size_t units = 0;
    for (const bulletin_node *r = head && head->parent ? head->parent->next : NULL; r; r = r->next) {
        const bulletin_node *c = r->first_child;
        size_t n = c ? c->len : 0;
        const char *t = c ? fig_trim(c->text, &n) : NULL;
        if (!n)
            continue;
        if (!bl_figure_unit_text(t, n))
            return false;
        units++;
    }
    return units > 0;
}

static size_t header_columns(const column *cols, size_t nhead, int *unit_col)
{
    *unit_col = -1;
    /* (单位 heading the first column names the rows: 单位 | 收入(万元) |
     * 增长(%), 甲镇 under it, no unit column; 万吨 under it: the unit column) */
    for (size_t k = 0; k < nhead; k++)
        if (cols[k].unit_col && (k > 0 || units_below(cols[k].head)))
            *unit_col = (int)k;
    size_t value_col = nhead > 1 ? 1 : 0;
    if (nhead > 2 && cols[1].unit_col)
        value_col = 2;
    for (size_t k = 0; k < nhead; k++)
        if (!cols[k].unit_col && (cols[k].unit.set || cols[k].period || cols[k].growth ||
                                  cols[k].current || (k > 0 && header_cell(cols[k].head) &&
                                                      numeric_cell(cols[k].head)))) {
            /* 品名 | 计量单位 | 数量 | 同比增长﹙%﹚: a change column after
             * a plain one is not the first value column */
            if (cols[k].growth && k > value_col)
                return value_col;
            return k;
        }
    return value_col;
}

/* A row that repeats the header under the rows of numbers (信息内容 |
 * 本年处理决定数量 under 信息内容 | 本年制发件数 | …): two cells or more,
 * words only, the first the header's first. */
static bool repeated_header(const bulletin_node *r, const bulletin_node *head)
{
    const bulletin_node *h0 = head->first_child, *c0 = r->first_child;
    if (!h0 || !c0 || !c0->next || c0->len != h0->len || memcmp(c0->text, h0->text, c0->len) != 0)
        return false;
    for (const bulletin_node *c = c0; c; c = c->next)
        if (!c->len || numeric_cell(c) || placeholder_cell(c))
            return false;
    return true;
}

/* A row label that says only that its row is a change, of the level
 * above it (较前月增减, 比上年增长, 同比增减, 增长): words of a comparison
 * and of a change, nothing else (工业增加值增长 names an indicator of its
 * own).  t[0, len) is the label without its unit. */
static bool change_row_label(const char *t, size_t len)
{
    static const char *const words[] = {
        "上年同期", "去年同期", "同比", "环比", "較", "较", "比", "上年", "去年", "上月", "前月",
        "上期", "前期", "上季", "上旬", "增减额", "增減額", "增减量", "增减", "增減", "增长", "增長",
        "增速", "增幅", "变动", "變動", "幅度", "±", "额", "額", "量", "率", "（", "）", "(", ")"};
    static const char *const change[] = {"增减", "增減", "增长", "增長", "增速", "增幅",
                                         "变动", "變動", "±"};
    size_t n = len;
    const char *s = fig_trim(t, &n);
    if (!n || !fig_has_word(s, n, change, sizeof change / sizeof *change))
        return false;
    for (size_t i = 0; i < n;) {
        size_t w = 0;
        while (w < sizeof words / sizeof *words &&
               !(strlen(words[w]) <= n - i && !memcmp(s + i, words[w], strlen(words[w]))))
            w++;
        if (w == sizeof words / sizeof *words)
            return false;
        i += strlen(words[w]);
    }
    return true;
}

/* A row label that names money (基础货币, 货币当局外汇, M2, 财政支出): a
 * number of its row whose unit is a scale alone (万亿, 亿) is an amount, as
 * 支出1.21万亿 is in prose. */
static bool money_label(const char *t, size_t len)
{
    static const char *const words[] = {"收入", "产值", "销售额", "营业额", "营收", "投资", "资金",
                                        "金额", "利润", "税收", "工资", "资产", "存款", "贷款",
                                        "支出", "预算", "经费", "货币", "外汇", "貨幣", "外匯"};
    size_t n = len;
    const char *s = fig_trim(t, &n);
    if (n >= 2 && s[0] == 'M' && s[1] >= '0' && s[1] <= '2' &&
        (n == 2 || !((s[2] >= '0' && s[2] <= '9') || (s[2] >= 'A' && s[2] <= 'Z') ||
                     (s[2] >= 'a' && s[2] <= 'z'))))
        return true; /* M0, M1, M2: the money supply */
    return fig_has_word(s, n, words, sizeof words / sizeof *words);
}

/* A number written with its sign in a cell of numbers (+78 under 较前月增减):
 * the figure keeps the '+' as it keeps a '-', and the sign is no label. */
static bulletin_status signed_cell_figure(bl_figure_list *list, bl_figure *f, const bulletin_node *c)
{
    size_t st = f->start;
    if (st == 0 || f->text != c->text || c->text[st - 1] != '+' || !f->value_text ||
        f->value_text[0] == '-' || f->value_text[0] == '+' || !numeric_cell(c))
        return BULLETIN_OK;
    for (size_t i = 0; i + 1 < st; i++)
        if (c->text[i] != ' ')
            return BULLETIN_OK;
    size_t vl = strlen(f->value_text);
    char buf[64];
    if (vl + 2 > sizeof buf)
        return BULLETIN_OK;
    buf[0] = '+';
    memcpy(buf + 1, f->value_text, vl + 1);
    const char *v = fig_store_str(list, buf, vl + 1);
    if (!v)
        return BULLETIN_ERR_NOMEM;
    f->value_text = v;
    f->start = (uint32_t)(st - 1);
    if (f->label && !strcmp(f->label, "+"))
        return set_label(list, f, "", 0);
    return BULLETIN_OK;
}

/* A header row the parser laid out over every column of a yearbook's
 * sheet: its last, of years and spans of years (1995 … 1996-2000
 * 2001-2005 1997-2007), the empty cells under the names above. */
static bool laid_out_head(const bulletin_node *r)
{
    if (r->row_kind != 1 || !r->prev || r->prev->row_kind != 1 || !r->next || r->next->row_kind == 1)
        return false;
    size_t cells = 0, years = 0;
    for (const bulletin_node *c = r->first_child; c; c = c->next, cells++) {
        if (!c->len)
            continue;
        size_t n = c->len;
        const char *s = fig_trim(c->text, &n);
        bool span = n == 9 && s[4] == '-';
        for (size_t i = 0; i < n && (n == 4 || span); i++)
            if (i != 4 && (s[i] < '0' || s[i] > '9'))
                span = false, n = 0;
        if (n != 4 && !span)
            return false;
        years++;
    }
    return years >= 2 && cells >= 3;
}

/* The columns of a laid-out head (laid_out_head) left empty take the
 * lowest cell above them in the header rows of as many cells (1995 …
 * 2007 over the aggregates, under 总量指标). */
static void upper_heads(column *cols, size_t nhead, const bulletin_node *head)
{
    if (!laid_out_head(head))
        return;
    for (size_t k = 1; k < nhead; k++) {
        if (cols[k].head && cols[k].head->len)
            continue;
        for (const bulletin_node *r = head->prev; r && r->row_kind == 1; r = r->prev) {
            size_t n = 0;
            const bulletin_node *c = NULL;
            for (const bulletin_node *x = r->first_child; x; x = x->next, n++)
                if (n == k)
                    c = x;
            if (n != nhead || !c || !c->len)
                continue;
            column *col = &cols[k];
            col->head = c;
            col->label_end = c->len;
            named_unit(c->text, c->len, &col->unit, &col->label_end);
            col->growth = is_growth_header(c->text, c->len);
            col->period = !col->growth && is_period_header(c->text, col->label_end);
            col->current = !col->growth && is_current_header(c->text, col->label_end);
            col->previous = is_previous_header(c->text, col->label_end);
            break;
        }
    }
}

/* Whether cell c, empty, after the row's label, is a value the row lacks
 * under a laid-out head (a yearbook's early years), no word of the label. */
static bool missing_value(const bulletin_node *r, const bulletin_node *c, const bulletin_node *head)
{
    return !c->len && c != r->first_child && head && laid_out_head(head);
}

/* Whether the figure at t[i] of a cell stands in the English unit of a
 * bilingual label, (10 000 persons), (100 million yuan): a bracket of
 * digits and one or two Latin words only after the number.  The unit of the
 * label's Chinese words (口（万人）) is the row's; this is no figure. */
static bool in_english_unit(const char *t, size_t len, size_t i)
{
    size_t o = i;
    while (o > 0 && t[o - 1] != '(' && t[o - 1] != ')')
        o--;
    if (o == 0 || t[o - 1] != '(')
        return false;
    size_t e = i, words = 0;
    bool in_word = false;
    while (e < len && t[e] != ')') {
        unsigned char ch = (unsigned char)t[e];
        bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if (letter && !in_word)
            words++;
        in_word = letter;
        if (!letter && !(ch >= '0' && ch <= '9') && ch != ' ' && ch != '.')
            return false;
        e++;
    }
    for (size_t k = o; k < i; k++)
        if (t[k] != ' ')
            return false; /* the number opens the bracket */
    /* a unit of a word or two (persons, million yuan), not a phrase
     * (2007 as percentage of the following years) */
    return e < len && words >= 1 && words <= 2;
}

/* Drops the figures from `from` on that stand in a label cell's English
 * unit (in_english_unit). */
static void drop_english_units(bl_figure_list *list, size_t from)
{
    for (size_t i = list->len; i-- > from;) {
        const bl_figure *f = &list->items[i];
        const bulletin_node *c = f->node;
        if (c && !numeric_cell(c) && f->text == c->text && in_english_unit(c->text, c->len, f->start))
            fig_drop_figures(list, i, i + 1);
    }
}

/* The figures of a table, scanned cell by cell: each cell figure takes its
 * unit from, in order, the cell, the row header (and the rows after a row
 * header that names one), the unit column, the column header, the unit
 * row, the caption and the unit statement before the table; its label
 * from the row header; its period from the column header; a growth
 * column's figures link to the current value of the same row. */
bulletin_status fig_scan_table(bl_figure_list *list, const bulletin_node *table, int section, int paragraph,
                               fig_table_ctx *tc, const bl_figure_ctx *hooks)
{
    bulletin_status status = BULLETIN_OK;
    size_t first_fig = list->len;
    /* scan every cell; remember where each row's figures start */
    for (const bulletin_node *r = table->first_child; r; r = r->next)
        for (const bulletin_node *c = r->first_child; c; c = c->next)
            if (c->len) {
                bl_figure_ctx ctx = {section, paragraph, c, NULL, NULL, 0, false};
                if (hooks) {
                    ctx.bad_date = hooks->bad_date;
                    ctx.user = hooks->user;
                    ctx.year = hooks->year;
                }
                size_t from = list->len;
                BL_CHECK(bl_figures_scan_cell(list, c->text, c->len, &ctx));
                for (size_t i = from; i < list->len; i++)
                    BL_CHECK(signed_cell_figure(list, &list->items[i], c));
            }

    drop_english_units(list, first_fig);
    /* the table's own unit: a unit row (单位：件), else the caption's, else
     * the statement before it */
    fig_span table_unit = tc->unit;
    if (tc->caption) {
        fig_span u = {0};
        size_t le;
        if (named_unit(tc->caption->text, tc->caption->len, &u, &le) ||
            fig_unit_statement(tc->caption->text, tc->caption->len, &u))
            table_unit = u;
    }
    /* the header: the last row before the first row of numbers that is
     * not a title, unit or group row and holds only text and years (the
     * parser's header row may be a title above it) */
    const bulletin_node *head = NULL;
    for (const bulletin_node *r = table->first_child; r; r = r->next) {
        const bulletin_node *c0 = r->first_child;
        fig_span u = {0};
        if (c0 && fig_unit_statement(c0->text, c0->len, &u)) {
            table_unit = u;
            continue;
        }
        /* a title row's unit after its title (表1 收入情况表 | | 单位：万元) */
        bool titled = false;
        for (const bulletin_node *c = c0 ? c0->next : NULL; c && r->row_kind == 2; c = c->next)
            if (c->len && fig_unit_statement(c->text, c->len, &u)) {
                table_unit = u;
                titled = true;
            }
        if (titled)
            continue;
        if (laid_out_head(r)) {
            head = r; /* years and spans over the columns (1996-2000) */
            continue;
        }
        size_t cells = 0;
        bool all = true, data = false;
        for (const bulletin_node *c = c0; c; c = c->next, cells++) {
            all &= header_cell(c);
            data |= c != c0 && numeric_cell(c) && !header_cell(c);
        }
        if (data || (head && all && values_under_names(r, head)))
            break;
        if (r->row_kind != 2 && r->row_kind != 3 && all && cells >= 2)
            head = r;
    }
    for (const bulletin_node *r = head ? head->next : NULL; r; r = r->next) {
        const bulletin_node *c0 = r->first_child;
        fig_span u = {0};
        if (c0 && fig_unit_statement(c0->text, c0->len, &u))
            table_unit = u; /* a unit row below the header */
    }
    column cols[TABLE_COLS] = {{0}}; /* (read only up to nhead) */
    size_t nhead = 0;
    if (head) {
        nhead = read_header(cols, head);
        upper_heads(cols, nhead, head);
        /* a header row of periods above it, its cells merged over the
         * columns below (| 2023年 | | 2024年 | | over | 绝对数 | 增长% |) */
        const bulletin_node *above = head->prev;
        bool periods = false, all = above != NULL;
        for (const bulletin_node *c = above ? above->first_child : NULL; c; c = c->next) {
            all &= header_cell(c);
            periods |= c->len && (is_period_header(c->text, c->len) || is_growth_header(c->text, c->len));
        }
        if (above && !periods && above->row_kind == 1 && head->row_kind == 1 && above->prev &&
            above->prev->row_kind == 1) {
            /* a header of three rows (periods / names spanning columns /
             * the columns' names): the periods two rows up, the row
             * between names its columns' groups (總產量 over 絕對數 | %) */
            const bulletin_node *mid = above, *up = above->prev;
            bool p2 = false, a2 = true;
            for (const bulletin_node *c = up->first_child; c; c = c->next) {
                a2 &= header_cell(c);
                p2 |= c->len && (is_period_header(c->text, c->len) || is_growth_header(c->text, c->len));
            }
            if (p2 && a2) {
                above = up, periods = true, all = true;
                const bulletin_node *last = NULL;
                size_t k = 0;
                for (const bulletin_node *c = mid->first_child; c && k < nhead; c = c->next, k++) {
                    if (k > 0 && c->len)
                        last = c;
                    if (k > 0)
                        cols[k].mid = last;
                }
            }
        }
        if (above && all && periods) {
            const bulletin_node *last = NULL;
            size_t k = 0;
            for (const bulletin_node *c = above->first_child; c && k < nhead; c = c->next, k++) {
                if (c->len)
                    last = c;
                /* a change merged over the columns below (2006年比2005年
                 * 增減 over 播種面積 | 總產量): they are its changes */
                if (k > 0 && last && is_growth_header(last->text, last->len) && !cols[k].unit_col) {
                    cols[k].upper = last;
                    cols[k].growth = true;
                    cols[k].period = cols[k].current = false;
                    continue;
                }
                if (k > 0 && last && is_period_header(last->text, last->len) && !cols[k].period &&
                    !cols[k].unit_col) {
                    cols[k].upper = last;
                    cols[k].period = true;
                    cols[k].target |= fig_has_word(last->text, last->len,
                                               (const char *const[]){"目标", "计划", "预计"}, 3);
                }
            }
        }
    }
    keyed_columns(cols, nhead, tc);
    int unit_col = -1;
    size_t value_col = header_columns(cols, nhead, &unit_col);
    /* the corner cell (the header's cell over the row labels) that names a
     * period in digits (2022年上半年, 2023年1-6月): the period of every
     * cell of no period of its own (the Shanghai 2022h1 table) */
    /* the table's period, for its cells of no period of their own: its
     * corner's, else the one its caption opens with (表1 2019年玉环市生产
     * 总值), else a line of the period alone above it (2022年9月) */
    const bulletin_node *corner = head ? period_corner(head->first_child) : NULL;
    const char *tp = NULL;
    size_t tpn = 0;
    if (corner) {
        tpn = corner->len;
        tp = fig_trim(corner->text, &tpn);
    } else if (tc->caption) {
        size_t start, k = fig_period_at(tc->caption->text, tc->caption->len, &start);
        if (k) {
            tp = tc->caption->text + start;
            tpn = k;
        }
    }
    if (!tp && tc->period) {
        tp = tc->period;
        tpn = tc->period_len;
    }

    /* a second unit after the table's (单位：万元、%, 萬元，％): the rate
     * columns' */
    fig_span rate_unit = second_unit(&table_unit);
    static const char *const rate_words[] = {"比重", "占比", "佔比", "构成", "構成", "增长率", "增長率",
                                             "增速", "增幅"};

    /* the rows after the header */
    size_t fi = first_fig;
    fig_span block = {0}; /* the unit a row header named for its block */
    bool after_head = !head;
    /* the levels of the last row of levels, by column: what the cells of a
     * change row under it change (较前月增减 under 货币当局外汇) */
    size_t level[TABLE_COLS];
    for (size_t k = 0; k < TABLE_COLS; k++)
        level[k] = BL_FIG_NO_LINK;
    for (const bulletin_node *r = table->first_child; r; r = r->next) {
        size_t ncells = 0;
        for (const bulletin_node *c = r->first_child; c; c = c->next)
            ncells++;
        /* figures of this row, cell by cell */
        size_t row_from = fi;
        if (r == head || !after_head || r->row_kind == 1) { /* a header row the parser laid out */
            for (const bulletin_node *c = r->first_child; c; c = c->next)
                while (fi < list->len && list->items[fi].node == c)
                    fi++;
            if (r == head)
                after_head = true;
            continue;
        }
        if (head && repeated_header(r, head)) {
            /* the columns below are headed anew */
            nhead = read_header(cols, r);
            keyed_columns(cols, nhead, tc);
            value_col = header_columns(cols, nhead, &unit_col);
            for (const bulletin_node *c = r->first_child; c; c = c->next)
                while (fi < list->len && list->items[fi].node == c)
                    fi++;
            continue;
        }
        fig_span u0 = {0};
        if (r->first_child && fig_unit_statement(r->first_child->text, r->first_child->len, &u0)) {
            for (const bulletin_node *c = r->first_child; c; c = c->next)
                while (fi < list->len && list->items[fi].node == c)
                    fi++;
            continue;
        }
        (void)row_from;
        /* the header may leave out the label column: | 绝对数(亿元) | 增长(%) |
         * over three-cell rows */
        /* a row's first number goes under the header's first value
         * column: 广东 | Guangdong | 25256 under 地区Regions | 2018年 */
        size_t rv = 0;
        for (const bulletin_node *c = r->first_child;
             c && !placeholder_cell(c) && !missing_value(r, c, head) &&
             !(c != r->first_child && !c->len && ncells == nhead && nhead >= 4) &&
             (!numeric_cell(c) || (c == r->first_child && header_cell(c)));
             c = c->next)
            rv++; /* words, and a year that heads the row (not "-": a value) */
        if (rv >= ncells)
            rv = ncells > nhead && nhead ? ncells - nhead + value_col : value_col;
        size_t shift = rv > value_col ? rv - value_col : 0;
        size_t unshift = rv < value_col ? value_col - rv : 0;
        /* a header of value columns only, shorter than the row by more
         * than its label cells (同比增减(%) | 产量﹙吨﹚ | 同比增减﹙%﹚ over
         * 粮食作物 | 726760 | -1.78 | 315690 | 0.8: its first line wrapped
         * away), heads the row's last columns; the numbers between the
         * labels and them are values of no column (UNHEADED) */
        bool right_aligned = false;
        if (value_col == 0 && nhead && ncells > nhead && ncells - nhead > shift && rv <= ncells - nhead &&
            unit_col < 0) {
            shift = ncells - nhead;
            right_aligned = true;
        }
        /* the row header: its leading text cells (not the unit column) */
        const bulletin_node *label1 = NULL, *label2 = NULL;
        fig_span row_unit = {0};
        const bulletin_node *unit_cell = NULL;
        size_t k = 0;
        for (const bulletin_node *c = r->first_child; c; c = c->next, k++) {
            size_t hk = k >= shift ? k - shift + unshift : TABLE_COLS;
            if (hk < nhead && (int)hk == unit_col) {
                unit_cell = c;
                continue;
            }
            if (!c->len || placeholder_cell(c) || (numeric_cell(c) && !(k == 0 && header_cell(c))))
                break;
            if (!label1)
                label1 = c;
            else if (!label2 && hk < nhead && !cols[hk].period && !cols[hk].growth)
                label2 = c;
        }
        size_t label_len = label1 ? label1->len : 0;
        /* a row header's unit is its row's; in a table with a unit of its
         * own (单位：亿元) it names the unit of the rows below it too, up to
         * the next that names one (总产出指数（上年=100）: none) */
        if (!table_unit.set)
            block = (fig_span){0};
        if (label1) {
            fig_span bu = {0};
            size_t le = label1->len;
            if (named_unit(label1->text, label1->len, &bu, &le)) {
                block = bu;
                label_len = le;
            } else if (end_bracket(label1->text, label1->len, &bu, &le)) {
                /* 总产出指数（上年=100）: an index, no unit for its block */
                for (size_t i = 0; i < bu.n; i++)
                    if (bu.s[i] == '=') {
                        block = (fig_span){"", 0, true};
                        label_len = le;
                        break;
                    }
            }
        }
        if (unit_cell && unit_cell->len) {
            size_t n = unit_cell->len;
            const char *s = fig_trim(unit_cell->text, &n);
            if (bl_figure_unit_text(s, n))
                row_unit = (fig_span){s, n, true};
        }
        /* the value each growth column of the row links to */
        size_t cur_fig = BL_FIG_NO_LINK;
        size_t row_figs_from = fi;
        /* a balance sheet's next side in the row (收入总量 | 1258337 |
         * 支出总量 | 1258680): a text cell after a value labels the values
         * after it */
        const bulletin_node *side = NULL;
        bool valued = false;
        k = 0;
        for (const bulletin_node *c = r->first_child; c; c = c->next, k++) {
            size_t cf = fi;
            while (fi < list->len && list->items[fi].node == c)
                fi++;
            if (c == unit_cell) {
                fig_drop_figures(list, cf, fi); /* 元/5升: the row's unit */
                fi = cf;
                continue;
            }
            if (c != label1 && c != label2 && c->len && !placeholder_cell(c)) {
                if (numeric_cell(c))
                    valued = true;
                else if (valued)
                    side = c;
            }
            size_t hk = k >= shift ? k - shift + unshift : TABLE_COLS;
            if (hk == TABLE_COLS && right_aligned && k >= rv)
                hk = UNHEADED;
            for (size_t i = cf; i < fi; i++)
                list->items[i].lab_end = hk; /* its column, for the growth links below */
            if (c == label1 || c == label2) {
                for (size_t i = cf; i < fi; i++)
                    list->items[i].lab_end = TABLE_COLS;
                continue;
            }
            column *col = hk < nhead ? &cols[hk] : NULL;
            bool pct_growth = col && col->growth && col->unit.set &&
                              (col->unit.n == 1 || !memcmp(col->unit.s, "％", 3) ||
                               bl_figure_unit_text(col->unit.s, col->unit.n));
            /* last, the unit the document gave the cell: a table's unit
             * stated once, in its first row's label (社會消費品零售總額(億元)
             * over its parts) */
            const char *cu = bulletin_node_value(c);
            fig_span cell_unit = {cu, cu ? strlen(cu) : 0, cu && *cu};
            /* 单位：万元、%: the second unit is the rate columns' */
            bool rate_col = col && rate_unit.set && col->head &&
                            (col->growth || fig_has_word(col->head->text, col->head->len, rate_words,
                                                         NELEM(rate_words)));
            const fig_span *order[6] = {pct_growth ? &col->unit : NULL, &block, &row_unit,
                                    col ? &col->unit : NULL, rate_col ? &rate_unit : &table_unit,
                                    &cell_unit};
            for (size_t i = cf; i < fi; i++) {
                bl_figure *f = &list->items[i];
                give_unit(list, f, order, 6);
                if (label1 && f->kind == BL_FIG_COUNT && f->scale && f->scale[0] &&
                    (!f->base_unit || !f->base_unit[0]) && money_label(label1->text, label_len))
                    f->kind = BL_FIG_AMOUNT; /* 基础货币(万亿) 32.14 */
                /* 1979 | 108.6, 2012年9月份 | 0.89, 10月份 | 0.79: a row of a period */
                bool year_row = label1 && ((numeric_cell(label1) && header_cell(label1)) || period_label(label1));
                if (year_row && col && col->head && !col->period && col->label_end &&
                    fig_kind_is_labelled(f->kind) && (!f->label || !*f->label)) {
                    /* 1979 | 108.6 …: the column names the indicator */
                    size_t n = col->label_end;
                    const char *hs = fig_trim(col->head->text, &n);
                    BL_CHECK(set_label(list, f, hs, n));
                } else if (side && c != side && fig_kind_is_labelled(f->kind) && (!f->label || !*f->label)) {
                    BL_CHECK(set_row_label(list, f, side->text, side->len));
                } else if (label1 && fig_kind_is_labelled(f->kind) && (!f->label || !*f->label)) {
                    if (label2 && label1->len + 1 + label2->len < BL_FIG_LABEL_MAX) {
                        char buf[BL_FIG_LABEL_MAX];
                        memcpy(buf, label1->text, label_len);
                        buf[label_len] = ' ';
                        memcpy(buf + label_len + 1, label2->text, label2->len);
                        BL_CHECK(set_label(list, f, buf, label_len + 1 + label2->len));
                    } else {
                        BL_CHECK(set_row_label(list, f, label1->text, label_len));
                    }
                }
                const bulletin_node *ph = col && col->period ? col->upper ? col->upper : col->head
                                                             : NULL;
                size_t pn = ph ? (col->upper ? col->upper->len : col->label_end) : 0;
                if (!ph && year_row) {
                    ph = label1; /* a row of a year (1979 | 108.6 | …): its period */
                    pn = label1->len;
                }
                if (ph) {
                    size_t n = pn;
                    const char *s = fig_trim(ph->text, &n);
                    const char *p = fig_intern(list, s, n);
                    if (!p)
                        return BULLETIN_ERR_NOMEM;
                    f->period = p;
                } else if (tp && !(col && col->growth)) {
                    /* (a growth cell takes its level's, below) */
                    const char *p = fig_intern(list, tp, tpn);
                    if (!p)
                        return BULLETIN_ERR_NOMEM;
                    f->period = p;
                }
            }
            /* 32.14(6.27%): the rate in parentheses is the level's growth
             * (the line above the table says so: %为同比) */
            if (fi == cf + 2 && level_rate_cell(c->text, c->len) && list->items[cf + 1].kind == BL_FIG_PERCENT
                && list->items[cf].kind != BL_FIG_PERCENT) {
                bl_figure *g = &list->items[cf + 1];
                g->link = cf;
                if (!g->change)
                    g->change = BL_FIG_CHANGE_UP;
            }
            if (col && !col->growth && cf < fi && cur_fig == BL_FIG_NO_LINK &&
                (col->current || (!col->previous && !nhead_has_current(cols, nhead))))
                cur_fig = cf;
        }
        /* the row as the context of its figures: 地区生产总值 | 617.50 | 5.2 */
        if (fi > row_figs_from) {
            bl_buf rb;
            bl_buf_init(&rb, list->mem);
            for (const bulletin_node *c = r->first_child; c && status == BULLETIN_OK; c = c->next)
                if (c->len) {
                    if (rb.len)
                        status = bl_buf_puts(&rb, " | ");
                    if (status == BULLETIN_OK)
                        status = bl_buf_put(&rb, c->text, c->len);
                }
            /* one copy for the row, in the list's store (a copy a figure
             * once: 40,000 rows of two figures, 12 MB) */
            const char *ctx = NULL;
            if (status == BULLETIN_OK && !(ctx = fig_store_str(list, rb.data ? rb.data : "", rb.len)))
                status = BULLETIN_ERR_NOMEM;
            for (size_t i = row_figs_from; i < fi && status == BULLETIN_OK; i++)
                list->items[i].row_context = ctx;
            bl_buf_free(&rb);
            if (status != BULLETIN_OK)
                goto cleanup;
        }
        /* growth columns: a change of the row's current value */
        for (size_t i = row_figs_from; i < fi; i++) {
            bl_figure *f = &list->items[i];
            size_t hk = f->lab_end; /* its column, set above */
            if (hk >= nhead || !cols[hk].growth || f->part)
                continue;
            /* a change column named as a level column to its left (增減
             * over 播種面積, after 2006年 | 2005年 over 播種面積 each):
             * that level's value, of the latest year, else the first */
            size_t to = BL_FIG_NO_LINK;
            int to_year = -1;
            for (size_t j = row_figs_from; j < i && fig_kind_is_labelled(f->kind); j++) {
                size_t hj = list->items[j].lab_end;
                if (hj >= hk || cols[hj].growth || cols[hj].unit_col || cols[hj].target ||
                    list->items[j].change || list->items[j].part ||
                    !(same_column_name(&cols[hj], &cols[hk]) || mid_names(&cols[hk], &cols[hj])))
                    continue;
                int y = column_year(&cols[hj]);
                if (y > to_year) {
                    to = j;
                    to_year = y;
                }
            }
            if (to == BL_FIG_NO_LINK && f->kind != BL_FIG_PERCENT && f->kind != BL_FIG_POINTS &&
                f->kind != BL_FIG_MULTIPLE && !(f->kind == BL_FIG_COUNT && !f->unit[0]))
                continue;
            if (!f->change)
                f->change = BL_FIG_CHANGE_UP; /* the value carries the sign */
            /* the nearest value to its left of a column that is no change,
             * no previous period and no target (本月平均 | 上月平均 | 比上月%:
             * 本月平均), else the row's current value */
            for (size_t j = i; j-- > row_figs_from && to == BL_FIG_NO_LINK;) {
                size_t hj = list->items[j].lab_end;
                if (((hj == UNHEADED && list->items[j].kind != BL_FIG_PERCENT) ||
                     (hj < hk && !cols[hj].growth && !cols[hj].previous && !cols[hj].target &&
                      !cols[hj].unit_col)) &&
                    !list->items[j].change && !list->items[j].part)
                    to = j;
            }
            if (to == BL_FIG_NO_LINK)
                to = cur_fig;
            if (to != BL_FIG_NO_LINK && to < i)
                f->link = to;
        }
        /* a change row (较前月增减): each cell changes the level of its
         * column in the row of levels above; any other row of figures is
         * the row of levels for the rows below it */
        if (label1 && change_row_label(label1->text, label_len)) {
            for (size_t i = row_figs_from; i < fi; i++) {
                bl_figure *f = &list->items[i];
                size_t hk = f->lab_end, lv = hk < TABLE_COLS ? level[hk] : BL_FIG_NO_LINK;
                if (lv == BL_FIG_NO_LINK || f->link != BL_FIG_NO_LINK || f->part ||
                    !fig_kind_is_labelled(f->kind))
                    continue;
                f->link = (uint32_t)lv;
                if (!f->change)
                    f->change = BL_FIG_CHANGE_UP; /* the value carries the sign */
                if (f->kind == BL_FIG_COUNT && (!f->base_unit || !f->base_unit[0]) &&
                    list->items[lv].kind == BL_FIG_AMOUNT)
                    f->kind = BL_FIG_AMOUNT; /* 亿 of 万亿 of money */
            }
        } else if (fi > row_figs_from) {
            for (size_t k2 = 0; k2 < TABLE_COLS; k2++)
                level[k2] = BL_FIG_NO_LINK;
            for (size_t i = row_figs_from; i < fi; i++) {
                const bl_figure *f = &list->items[i];
                size_t hk = f->lab_end;
                if (hk < TABLE_COLS && level[hk] == BL_FIG_NO_LINK && !f->part &&
                    f->link == BL_FIG_NO_LINK && fig_kind_is_labelled(f->kind))
                    level[hk] = i;
            }
        }
    }
    /* a growth cell of no period of its own (比去年同期增长 after 1-本月):
     * the period of the level it changes */
    for (size_t i = first_fig; i < list->len; i++) {
        bl_figure *f = &list->items[i];
        if (!f->period && f->link != BL_FIG_NO_LINK && f->link >= first_fig && f->link < i)
            f->period = list->items[f->link].period;
    }
cleanup:
    return status;
}

/* The figures of a paragraph that holds table rows after a unit statement
 * (单位：件 … 国内总计Total 3115376 52439 …): bare numbers take the
 * statement's unit, and so do numbers whose one-character unit is glued
 * to the next row's label (13.30天津: 天 is not a unit there); a figure
 * without a label takes the label of the figure before it (its row). */
bulletin_status fig_flattened_rows(bl_figure_list *list, size_t from, const fig_span *u)
{
    /* years among many numbers are numbers (143221 1988 156) */
    size_t years = 0, others = 0;
    for (size_t i = from; i < list->len; i++) {
        const bl_figure *f = &list->items[i];
        if (f->kind == BL_FIG_YEAR && !f->unit[0])
            years++;
        else if (f->kind == BL_FIG_COUNT && !f->unit[0])
            others++;
    }
    for (size_t i = from; i < list->len && others >= 2 * years; i++) {
        bl_figure *f = &list->items[i];
        if (f->kind == BL_FIG_YEAR && !f->unit[0]) {
            f->kind = BL_FIG_COUNT;
            f->year = 0;
        }
    }
    /* numbers whose one-character unit is glued to the next row's label
     * (13.30天津): bare; then the statement's unit for the bare */
    for (size_t i = from; i < list->len; i++) {
        bl_figure *f = &list->items[i];
        if (f->unit[0] && !f->scale[0] && strlen(f->base_unit) == 3 && !f->change && !f->part &&
            !*f->qualifier && f->kind != BL_FIG_YEAR && f->kind != BL_FIG_DATE && f->end >= 3) {
            uint32_t c = cp_at(f->text, f->ctx_end > f->end ? f->ctx_end : f->end, f->end, NULL);
            if (c != CP_BAD && bl_is_han(c) && !memcmp(f->text + f->end - 3, f->unit, 3)) {
                f->unit = f->base_unit = "";
                f->kind = BL_FIG_COUNT;
                f->end -= 3;
            }
        }
        if (f->kind == BL_FIG_COUNT && !f->unit[0])
            bl_figure_apply_unit(list, f, u->s, u->n);
    }
    /* rows: a row starts where words stand between two numbers; its words
     * label its numbers, and the row is their context (北京 Beijing 127062
     * 1796 1497) */
    size_t row = from;
    for (size_t i = from; i <= list->len; i++) {
        bool starts = i == list->len;
        if (!starts && i > from) {
            const bl_figure *p = &list->items[i - 1], *f = &list->items[i];
            for (size_t j = p->end; j < f->start && !starts; j++) {
                unsigned char c = (unsigned char)f->text[j];
                starts = c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            }
        }
        if (!starts || i == row)
            continue;
        const char *t = list->items[row].text;
        size_t a = row > from ? list->items[row - 1].end : list->items[row].ctx_start;
        if (a > list->items[row].start)
            a = list->items[row].start;
        while (t[a] == ' ')
            a++;
        size_t b = list->items[i - 1].end, ln = list->items[row].start - a;
        const char *lab = fig_trim(t + a, &ln);
        for (size_t k = row; k < i; k++) {
            bl_figure *f = &list->items[k];
            if (f->text != t || a > f->start)
                continue;
            f->ctx_start = a;
            f->ctx_end = b;
            bool bare = f->kind != BL_FIG_YEAR && !f->part && !f->change &&
                        (!f->unit[0] || (strlen(f->unit) == u->n && !memcmp(f->unit, u->s, u->n)));
            if (bare && ln && fig_kind_is_labelled(f->kind)) {
                bulletin_status st = set_label(list, f, lab, ln);
                if (st != BULLETIN_OK)
                    return st;
            }
        }
        row = i;
    }
    return BULLETIN_OK;
}

/* A line of a table written one cell a line (ip-zhejiang-patents-2023):
 * a line of words is a row's label (the last two before its numbers), a
 * line of one number takes it. */
bulletin_status fig_cell_lines(bl_figure_list *list, size_t from, const bulletin_node *n,
                                  fig_table_ctx *tc)
{
    if (list->len == from) {
        if (tc->after_numbers) {
            tc->words[0] = tc->words[1] = NULL;
            tc->after_numbers = false;
        }
        tc->words[0] = tc->words[1];
        tc->words[1] = n;
        return BULLETIN_OK;
    }
    tc->after_numbers = true;
    if (!tc->words[1])
        return BULLETIN_OK;
    char buf[BL_FIG_LABEL_MAX];
    size_t o = 0;
    for (int w = 0; w < 2; w++) {
        const bulletin_node *x = tc->words[w];
        if (!x || o + x->len + 1 >= sizeof buf)
            continue;
        if (o)
            buf[o++] = ' ';
        memcpy(buf + o, x->text, x->len);
        o += x->len;
    }
    for (size_t i = from; i < list->len; i++) {
        bl_figure *f = &list->items[i];
        if (fig_kind_is_labelled(f->kind) && (!f->label || !*f->label)) {
            bulletin_status st = set_label(list, f, buf, o);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    return BULLETIN_OK;
}
