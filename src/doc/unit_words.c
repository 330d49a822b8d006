/*
 * unit_words.c - the vocabulary of units: the unit table and the measure
 * words (which also give the class of a quantity), the Latin unit
 * symbols, the scales (万, 亿 …), and the lookups over them (a unit at a
 * position, a scale, a whole word that is a unit).  Moved down from
 * figures/units.c so that the document model may ask whether a word is a
 * unit without reaching up to the figures; units.c reads a number's unit
 * with these lookups.  Read-only tables; the index is built once.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/chars.h"
#include "bulletin_int.h"
#include "doc/unit_words.h"

#define NELEM(a) (sizeof(a) / sizeof *(a))

/* Base units, matched longest first at the position after the number (and
 * its scale).  A scale makes the written unit SCALE+BASE (亿元, 万户). */
typedef struct {
    const char *s;
    bl_unit_class kind;
} unit_def;

static const unit_def units[] = {
    /* points: the change of a rate */
    {"个百分点", BL_UNIT_POINTS},
    {"百分点", BL_UNIT_POINTS},
    {"个千分点", BL_UNIT_POINTS},
    {"千分点", BL_UNIT_POINTS},
    {"個千分點", BL_UNIT_POINTS},
    {"千分點", BL_UNIT_POINTS},
    {"個百分點", BL_UNIT_POINTS},
    {"百分點", BL_UNIT_POINTS},
    /* percent */
    {"%", BL_UNIT_PERCENT},
    {"\xEF\xBC\x85", BL_UNIT_PERCENT} /* ％ */,
    {"\xE2\x80\xB0", BL_UNIT_PERCENT} /* ‰ */,
    /* a rate per 10,000 or 100,000 people or births: 15.1/10万 */
    {"/万", BL_UNIT_PERCENT},
    {"/10万", BL_UNIT_PERCENT},
    {"/100万", BL_UNIT_PERCENT},
    {"/萬", BL_UNIT_PERCENT},
    {"/10萬", BL_UNIT_PERCENT},
    {"/100萬", BL_UNIT_PERCENT},
    {"成", BL_UNIT_PERCENT},
    /* multiple */
    {"倍", BL_UNIT_MULTIPLE},
    /* duration */
    {"个工作日", BL_UNIT_DURATION},
    {"個工作日", BL_UNIT_DURATION},
    {"工作日", BL_UNIT_DURATION},
    {"个季度", BL_UNIT_DURATION},
    {"個季度", BL_UNIT_DURATION},
    {"季度", BL_UNIT_DURATION},
    {"个月", BL_UNIT_DURATION},
    {"個月", BL_UNIT_DURATION},
    {"小时", BL_UNIT_DURATION},
    {"個小時", BL_UNIT_DURATION},
    {"小時", BL_UNIT_DURATION},
    {"分钟", BL_UNIT_DURATION},
    {"分鐘", BL_UNIT_DURATION},
    {"年", BL_UNIT_DURATION},
    {"月", BL_UNIT_DURATION},
    {"天", BL_UNIT_DURATION},
    {"日", BL_UNIT_DURATION},
    {"周", BL_UNIT_DURATION},
    {"秒", BL_UNIT_DURATION},
    {"周年", BL_UNIT_DURATION},
    {"周岁", BL_UNIT_DURATION},
    {"週", BL_UNIT_DURATION},
    {"週年", BL_UNIT_DURATION},
    {"週歲", BL_UNIT_DURATION},
    {"週岁", BL_UNIT_DURATION}, /* a copy mixing scripts: 年满80週岁 */
    {"周歲", BL_UNIT_DURATION},
    {"岁", BL_UNIT_DURATION},
    {"歲", BL_UNIT_DURATION},
    /* amount */
    {"美元", BL_UNIT_AMOUNT},
    {"港元", BL_UNIT_AMOUNT},
    {"欧元", BL_UNIT_AMOUNT},
    {"日元", BL_UNIT_AMOUNT},
    {"英镑", BL_UNIT_AMOUNT},
    {"歐元", BL_UNIT_AMOUNT},
    {"英鎊", BL_UNIT_AMOUNT},
    {"元", BL_UNIT_AMOUNT},
    /* quantity */
    {"吨标准煤", BL_UNIT_QUANTITY},
    {"噸標準煤", BL_UNIT_QUANTITY},
    {"平方公里", BL_UNIT_QUANTITY},
    {"平方千米", BL_UNIT_QUANTITY},
    {"平方米", BL_UNIT_QUANTITY},
    {"平米", BL_UNIT_QUANTITY}, /* colloquial 平方米 (6700平米) */
    {"\xE3\x8E\xA1", BL_UNIT_QUANTITY} /* ㎡ */,
    {"\xE3\x8E\xA2", BL_UNIT_QUANTITY} /* ㎢ */,
    {"\xE3\x8E\xA5", BL_UNIT_QUANTITY} /* ㎥ */,
    {"立方米", BL_UNIT_QUANTITY},
    {"千瓦时", BL_UNIT_QUANTITY},
    {"千瓦", BL_UNIT_QUANTITY},
    {"兆瓦", BL_UNIT_QUANTITY},
    {"千米", BL_UNIT_QUANTITY},
    {"公里", BL_UNIT_QUANTITY},
    {"千公顷", BL_UNIT_QUANTITY},
    {"公顷", BL_UNIT_QUANTITY},
    {"千公頃", BL_UNIT_QUANTITY},
    {"公頃", BL_UNIT_QUANTITY},
    {"千瓦時", BL_UNIT_QUANTITY},
    {"公斤", BL_UNIT_QUANTITY},
    {"千克", BL_UNIT_QUANTITY},
    {"毫克", BL_UNIT_QUANTITY},
    {"微克", BL_UNIT_QUANTITY},
    /* round 39 class 2: micrograms in the Greek letter (μ U+03BC, or the
     * micro sign µ U+00B5) of an air quality report: 58μg/m3, 183μg/m³ */
    {"\xCE\xBCg", BL_UNIT_QUANTITY} /* μg */,
    {"\xC2\xB5g", BL_UNIT_QUANTITY} /* µg */,
    {"分贝", BL_UNIT_QUANTITY},
    {"分貝", BL_UNIT_QUANTITY},
    {"摄氏度", BL_UNIT_QUANTITY},
    {"攝氏度", BL_UNIT_QUANTITY},
    {"\xE2\x84\x83", BL_UNIT_QUANTITY} /* ℃ */,
    {"标箱", BL_UNIT_QUANTITY},
    {"吨", BL_UNIT_QUANTITY},
    /* round 34: traditional weights and measures of a county's farms
     * (收购烟叶21.43万担, 黄金2万两, 5000市斤) */
    {"市担", BL_UNIT_QUANTITY},
    {"市擔", BL_UNIT_QUANTITY},
    {"担", BL_UNIT_QUANTITY},
    {"擔", BL_UNIT_QUANTITY},
    {"市斤", BL_UNIT_QUANTITY},
    {"市两", BL_UNIT_QUANTITY},
    {"市兩", BL_UNIT_QUANTITY},
    {"两", BL_UNIT_QUANTITY},
    {"兩", BL_UNIT_QUANTITY},
    {"市亩", BL_UNIT_QUANTITY},
    {"市畝", BL_UNIT_QUANTITY},
    {"千瓦小时", BL_UNIT_QUANTITY},
    {"千瓦小時", BL_UNIT_QUANTITY},
    {"亩", BL_UNIT_QUANTITY},
    {"畝", BL_UNIT_QUANTITY},
    {"米", BL_UNIT_QUANTITY},
    {"克", BL_UNIT_QUANTITY},
    {"升", BL_UNIT_QUANTITY},
    {"斤", BL_UNIT_QUANTITY},
    {"公升", BL_UNIT_QUANTITY},
    {"毫升", BL_UNIT_QUANTITY},
    {"毫米", BL_UNIT_QUANTITY},
    {"厘米", BL_UNIT_QUANTITY},
    {"海里", BL_UNIT_QUANTITY},
    {"千伏安", BL_UNIT_QUANTITY},
    {"千伏", BL_UNIT_QUANTITY},
    {"兆瓦时", BL_UNIT_QUANTITY},
    {"兆瓦時", BL_UNIT_QUANTITY},
    {"兆帕", BL_UNIT_QUANTITY},
    {"兆", BL_UNIT_QUANTITY},
    {"吉瓦", BL_UNIT_QUANTITY},
    {"千卡", BL_UNIT_QUANTITY},
    {"马力", BL_UNIT_QUANTITY},
    {"馬力", BL_UNIT_QUANTITY},
    {"载重吨", BL_UNIT_QUANTITY},
    {"載重噸", BL_UNIT_QUANTITY},
    {"吨公里", BL_UNIT_QUANTITY},
    {"噸公里", BL_UNIT_QUANTITY},
    {"人公里", BL_UNIT_QUANTITY},
    {"立方", BL_UNIT_QUANTITY},
    {"平方", BL_UNIT_QUANTITY},
    {"公噸", BL_UNIT_QUANTITY},
    {"噸", BL_UNIT_QUANTITY},
    {"度", BL_UNIT_QUANTITY},
    {"分", BL_UNIT_QUANTITY},
    /* counts written with more than one character */
    {"人次", BL_UNIT_COUNT},
    {"天次", BL_UNIT_COUNT},
    {"户次", BL_UNIT_COUNT},
    {"戶次", BL_UNIT_COUNT},
    {"件次", BL_UNIT_COUNT},
    {"架次", BL_UNIT_COUNT},
    {"车次", BL_UNIT_COUNT},
    {"車次", BL_UNIT_COUNT},
    {"部门", BL_UNIT_COUNT},
    {"部門", BL_UNIT_COUNT},
    {"场次", BL_UNIT_COUNT},
    {"班次", BL_UNIT_COUNT},
    {"航次", BL_UNIT_COUNT},
    {"批次", BL_UNIT_COUNT},
    {"人天", BL_UNIT_COUNT},
    {"人日", BL_UNIT_COUNT},
    {"家次", BL_UNIT_COUNT},
    {"项次", BL_UNIT_COUNT},
    /* round 34: sets of machines and trips of ships and vehicles */
    {"台套", BL_UNIT_COUNT},
    {"臺套", BL_UNIT_COUNT},
    {"艘次", BL_UNIT_COUNT},
    {"台次", BL_UNIT_COUNT},
    {"臺次", BL_UNIT_COUNT},
    {"辆次", BL_UNIT_COUNT},
    {"輛次", BL_UNIT_COUNT},
    {"項次", BL_UNIT_COUNT},
    {"标准箱", BL_UNIT_QUANTITY},
    {"標箱", BL_UNIT_QUANTITY},
    {"標準箱", BL_UNIT_QUANTITY},
    {"場次", BL_UNIT_COUNT},
    {"个点", BL_UNIT_POINTS},
    {"個點", BL_UNIT_POINTS},
    /* poultry counted in hundreds or thousands (年末家禽存栏51313百羽) */
    {"百羽", BL_UNIT_COUNT},
    {"千羽", BL_UNIT_COUNT},
};

/* Single Han measure words accepted as a unit (kind count). */
static const char measure_words[] =
    "个项家件笔人所期地户名位张起章条批次座台套辆艘架只头株本篇份场届处种类"
    "支款组宗例门栋间床片颗棵根枚册部首集幅块省市县区州镇村国校园队"
    "列对盏趟轮道匹口眼孔栏档字羽尾"
    "個項宗張條輛臺筆隻門間處冊場屆種類組塊棟顆戶"
    /* the traditional forms of the rest (37039萬頭) */
    "頭縣區鎮國園隊對盞輪欄檔";

/* Scales, longest first. */
static const struct {
    const char *s;
    double f;
} scales[] = {
    {"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"十亿", 1e9}, {"千万", 1e7},
    {"百万", 1e6},  {"十万", 1e5},  {"万", 1e4},    {"亿", 1e8},
    {"萬億", 1e12}, {"千萬", 1e7},  {"百萬", 1e6},  {"萬", 1e4},    {"億", 1e8},
};

/* Unit symbols in Latin letters (706.5mm, 13.9万km, 462.24亿t, 31605.2亿
 * m3 for m³), kind quantity.  One is a unit only as a whole token: no
 * ASCII letter or digit follows it (5G, 3D, 5A级 and PM2.5 stay names). */
static const char *const latin_units[] = {"mm", "cm", "m",  "km", "m2",  "m3", "km2", "t",
                                          "kg", "mg", "L",  "mL", "kW",  "kWh", "MW", "GW",
                                          "kV", "hm2", "KB", "kB", "MB", "GB", "TB", "PB",
                                          "ug" /* μg typed in ASCII: 35ug/m3 */};

/* Round 38: a one-letter size unit (K, M, G, B, T) at i is a unit only
 * after a size field: the number before i (a space allowed between) is
 * led by 大小 or 容量 with an optional colon and spaces (大小:356K,
 * 文件大小： 1.2M, 容量64G); 5G基站, G20 and an index number's G are none. */
static bool size_field_before(const char *t, size_t i)
{
    size_t j = i;
    if (j > 0 && t[j - 1] == ' ')
        j--;
    size_t d = j;
    while (j > 0 && ((t[j - 1] >= '0' && t[j - 1] <= '9') || t[j - 1] == '.' || t[j - 1] == ','))
        j--;
    if (j == d || !(t[j] >= '0' && t[j] <= '9'))
        return false;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    if (j > 0 && t[j - 1] == ':')
        j--;
    else if (j >= 3 && memcmp(t + j - 3, "\xEF\xBC\x9A", 3) == 0) /* ： */
        j -= 3;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    static const char *const fields[] = {"大小", "容量", "容量为", "容量為", "容量达", "容量達",
                                         "容量达到", "容量達到"};
    for (size_t f = 0; f < NELEM(fields); f++) {
        size_t n = strlen(fields[f]);
        if (j >= n && memcmp(t + j - n, fields[f], n) == 0)
            return true;
    }
    return false;
}

/* Round 32: m² km² m³ written with the superscript sign after a unit
 * ending in m at e: the sign's length (0: none), part of the unit. */
static size_t squared_after(const char *t, size_t len, size_t e)
{
    if (e < 1 || t[e - 1] != 'm' || e + 1 >= len || (unsigned char)t[e] != 0xC2 ||
        ((unsigned char)t[e + 1] != 0xB2 && (unsigned char)t[e + 1] != 0xB3))
        return 0;
    return 2;
}

/* The Latin unit symbol at i (its length, 0: none). */
static size_t match_latin(const char *t, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && (is_ascii_alpha((unsigned char)t[e]) || (e > i && t[e] >= '0' && t[e] <= '9')))
        e++;
    if (e == i || e - i > 3)
        return 0;
    /* m?, km?, hm?: a page that lost the superscript of m³ or m² writes `?`
     * (27088.1億m?); the unit is kept as written, `?` and all */
    if (t[e - 1] == 'm' && (e - i == 1 || (e - i == 2 && (t[i] == 'k' || t[i] == 'h'))) && e < len &&
        t[e] == '?' && !(e + 1 < len && (is_ascii_alpha((unsigned char)t[e + 1]) || (t[e + 1] >= '0' && t[e + 1] <= '9'))))
        return e - i + 1;
    for (size_t u = 0; u < NELEM(latin_units); u++)
        if (strlen(latin_units[u]) == e - i && memcmp(t + i, latin_units[u], e - i) == 0)
            return e - i + squared_after(t, len, e);
    if (e - i == 1 && strchr("KMGBT", t[i]) && size_field_before(t, i))
        return 1;
    return 0;
}

bool bl_unit_latin_at(const char *t, size_t len, size_t i)
{
    return i < len && match_latin(t, len, i) > 0;
}

/* A page's pinyin reading in parentheses after a character, as a
 * converter's copy writes it (萬(wàn), 標(biāo)箱, 冊（cè）): its byte length at i (0:
 * none).  One to six lower-case letters with at least one tone mark
 * (ā á ǎ à … ǖ ǘ ǚ ǜ), so that (km), (AB) and (含税) are no readings. */
size_t bl_unit_reading_at(const char *t, size_t len, size_t i)
{
    int k;
    uint32_t c = cp_at(t, len, i, &k);
    if (c != '(' && c != 0xFF08)
        return 0;
    size_t j = i + (size_t)k;
    int letters = 0;
    bool tone = false;
    for (;;) {
        c = cp_at(t, len, j, &k);
        if (c == CP_BAD)
            return 0;
        if (c == ')' || c == 0xFF09)
            break;
        bool toned = (c >= 0xE0 && c <= 0xFC && c != 0xF7) || (c >= 0x100 && c <= 0x16B) ||
                     (c >= 0x1CD && c <= 0x1DC);
        if (!(c >= 'a' && c <= 'z') && !toned)
            return 0;
        tone = tone || toned;
        if (++letters > 6)
            return 0;
        j += (size_t)k;
    }
    return letters && tone ? j + (size_t)k - i : 0;
}

/* Whether the unit u stands at i, a reading allowed after each of its
 * characters but the last (標(biāo)箱 is 標箱): its byte length in t, 0: none. */
static size_t unit_at(const char *t, size_t len, size_t i, const char *u, size_t ul)
{
    /* written as listed: no unit holds a parenthesis, so no reading can
     * stand between its characters */
    if (len - i >= ul && memcmp(t + i, u, ul) == 0)
        return ul;
    size_t j = i;
    for (size_t o = 0; o < ul;) {
        int k;
        if (cp_at(u, ul, o, &k) == CP_BAD || j + (size_t)k > len || memcmp(t + j, u + o, (size_t)k) != 0)
            return 0;
        j += (size_t)k;
        o += (size_t)k;
        if (o < ul)
            j += bl_unit_reading_at(t, len, j);
    }
    return j - i;
}

void bl_group_by_key(const size_t *key, size_t n, size_t nkeys, uint16_t *order, uint16_t *from)
{
    size_t count[BL_GROUP_KEYS_MAX] = {0}, fill[BL_GROUP_KEYS_MAX];
    for (size_t i = 0; i < n; i++)
        count[key[i]]++;
    size_t at = 0;
    for (size_t k = 0; k < nkeys; k++) {
        from[k] = (uint16_t)at;
        fill[k] = at;
        at += count[k];
    }
    from[nkeys] = (uint16_t)at;
    for (size_t i = 0; i < n; i++)
        order[fill[key[i]]++] = (uint16_t)i;
}

/* The units by their first character, each group in the table's order (so
 * that the first of two equally long matches still wins): unit_order[
 * unit_from[k] .. unit_from[k + 1]) are the indices of the units whose
 * first character has key k (unit_key: an ASCII byte itself, any other
 * code point one of 128 buckets, the first code point checked after).
 * The measure words as sorted code points, found by halving.  Built
 * once, before the first search. */
#define UNIT_KEYS 256
static uint16_t unit_order[NELEM(units)];
static uint16_t unit_from[UNIT_KEYS + 1];
static uint32_t unit_cp0[NELEM(units)];
static uint8_t unit_len[NELEM(units)], unit_len0[NELEM(units)];
static uint32_t measure_cps[sizeof measure_words];
static size_t n_measure_cps;
static pthread_once_t unit_index_once = PTHREAD_ONCE_INIT;

static size_t unit_key(uint32_t cp)
{
    return cp < 0x80 ? cp : 128 + cp % 127;
}

static int cmp_cp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void build_unit_index(void)
{
    size_t key[NELEM(units)];
    for (size_t u = 0; u < NELEM(units); u++) {
        size_t n = strlen(units[u].s);
        int k;
        unit_cp0[u] = cp_at(units[u].s, n, 0, &k);
        unit_len[u] = (uint8_t)n;
        unit_len0[u] = (uint8_t)k;
        key[u] = unit_key(unit_cp0[u]);
    }
    bl_group_by_key(key, NELEM(units), UNIT_KEYS, unit_order, unit_from);
    size_t len = strlen(measure_words);
    for (size_t i = 0; i < len;) {
        int k;
        uint32_t c = cp_at(measure_words, len, i, &k);
        if (c == CP_BAD)
            break; /* in_set's end: a bad byte ends the set */
        measure_cps[n_measure_cps++] = c;
        i += (size_t)k;
    }
    qsort(measure_cps, n_measure_cps, sizeof *measure_cps, cmp_cp);
}

static bool is_measure_word(uint32_t cp)
{
    size_t lo = 0, hi = n_measure_cps;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (measure_cps[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n_measure_cps && measure_cps[lo] == cp;
}

/* Matches a base unit at i: table entry or measure word.  Returns its byte
 * length in t (0: none) and its kind; *canon is the unit as listed when a
 * reading stood inside it (NULL: the unit is written at i as listed). */
static size_t match_base(const char *t, size_t len, size_t i, bl_unit_class *kind,
                         const char **canon)
{
    size_t best = 0, used = 0;
    *canon = NULL;
    if (i >= len)
        return 0;
    if (is_ascii_alpha((unsigned char)t[i])) {
        best = match_latin(t, len, i);
        if (best)
            *kind = BL_UNIT_QUANTITY;
        return best;
    }
    int k;
    uint32_t cp = cp_at(t, len, i, &k);
    if (cp == CP_BAD)
        return 0; /* no unit (each is valid UTF-8) begins with bytes that do not decode */
    unsigned char c1 = i + 1 < len ? (unsigned char)t[i + 1] : 0;
    (void)pthread_once(&unit_index_once, build_unit_index);
    size_t key = unit_key(cp);
    for (size_t o = unit_from[key]; o < unit_from[key + 1]; o++) {
        /* this runs at every number: the first character, and after an
         * ASCII one the next byte, are checked before unit_at */
        size_t u = unit_order[o];
        if (unit_cp0[u] != cp)
            continue;
        const unsigned char *us = (const unsigned char *)units[u].s;
        if (unit_len0[u] == 1 && us[1] && us[1] != c1)
            continue;
        size_t n = unit_len[u], m;
        if (n > best && (m = unit_at(t, len, i, units[u].s, n)) > 0) {
            best = n;
            used = m;
            *kind = units[u].kind;
            *canon = m != n ? units[u].s : NULL;
        }
    }
    if (best)
        return used;
    if (cp > 0x7F && is_measure_word(cp)) {
        *kind = BL_UNIT_COUNT;
        return (size_t)k;
    }
    return 0;
}

/* figlab47 (round 45 class 2): a second unit spelled out with 每 after
 * the unit ending at e (万立方米每平方千米, 元每公顷, 元每人, 张每千人): 每,
 * an optional 百 千 万, a unit of the table or a measure word (no reading
 * inside), and after it no Han character (元每人补助 is no unit: 每人 is
 * the next clause's).  Appends it to base; its byte length, 0: none. */
static size_t per_mei(const char *t, size_t len, size_t e, char *base, size_t cap)
{
    if (!has_at(t, len, e, "每"))
        return 0;
    size_t r = e + strlen("每");
    size_t sc = has_at(t, len, r, "百") || has_at(t, len, r, "千") || has_at(t, len, r, "万") ||
                        has_at(t, len, r, "萬")
                    ? 3
                    : 0;
    bl_unit_class k2;
    const char *canon2;
    size_t m = match_base(t, len, r + sc, &k2, &canon2);
    if (!m && sc) {
        sc = 0;
        m = match_base(t, len, r, &k2, &canon2);
    }
    if (!m || canon2 || is_ascii_alpha((unsigned char)t[r + sc]))
        return 0;
    size_t q = r + sc + m;
    uint32_t c = q < len ? cp_at(t, len, q, NULL) : 0;
    if (c == CP_BAD || bl_is_han(c))
        return 0;
    size_t bl = strlen(base);
    if (bl + (q - e) + 1 > cap)
        return 0;
    copy_str(base + bl, cap - bl, t + e, q - e);
    return q - e;
}

/* Matches the unit at i, with an optional "/UNIT" (元/吨); writes the
 * written base (％ as %) into base. */
size_t bl_unit_match(const char *t, size_t len, size_t i, bl_unit_class *kind, char *base,
                         size_t cap)
{
    const char *canon;
    size_t n = match_base(t, len, i, kind, &canon);
    base[0] = '\0';
    if (!n)
        return 0;
    if (has_at(t, len, i, "\xEF\xBC\x85"))
        copy_str(base, cap, "%", 1);
    else if (canon)
        copy_str(base, cap, canon, strlen(canon));
    else
        copy_str(base, cap, t + i, n);
    /* a compound: 元/吨, km/万km2 (after a Latin unit also "km /万km2"),
     * 人·km, t·km (U+00B7) */
    bool latin = is_ascii_alpha((unsigned char)t[i]);
    size_t sp = latin && i + n + 1 < len && t[i + n] == ' ' && t[i + n + 1] == '/' ? 1 : 0;
    size_t op = has_at(t, len, i + n + sp, "/") ? 1 : has_at(t, len, i + n, "\xC2\xB7") ? 2 : 0;
    if (op == 2)
        sp = 0;
    if (op) {
        bl_unit_class k2;
        double f2;
        size_t r = i + n + sp + op;
        size_t sc = op == 1 ? bl_unit_scale(t, len, r, &f2) : 0;
        /* per 百 or 千 of a Latin unit: 48.92 km/百km2 */
        bl_unit_class k3;
        const char *canon3;
        /* and per 千 of a Han unit: 张/千人 (beds per thousand people) */
        if (op == 1 && !sc && (has_at(t, len, r, "百") || has_at(t, len, r, "千")) &&
            (latin ? bl_unit_latin_at(t, len, r + 3) : match_base(t, len, r + 3, &k3, &canon3) > 0))
            sc = 3;
        const char *canon2;
        size_t m = match_base(t, len, r + sc, &k2, &canon2);
        if (canon2)
            m = 0; /* no reading inside a compound's second unit */
        /* a rate in time after a Latin unit: 176L/d, 1200m3/s, 5t/h */
        if (!m && op == 1 && latin && !sc && r < len && strchr("dhsa", t[r]) &&
            (r + 1 >= len || !(is_ascii_alpha((unsigned char)t[r + 1]) || (t[r + 1] >= '0' && t[r + 1] <= '9'))))
            m = 1;
        if (m && (op == 1 || is_ascii_alpha((unsigned char)t[r])) && strlen(base) + op + sc + m < cap) {
            size_t bl = strlen(base);
            copy_str(base + bl, cap - bl, t + i + n + sp, op);
            bl = strlen(base);
            copy_str(base + bl, cap - bl, t + r, sc + m);
            n = r + sc + m - i;
            if (op == 2)
                *kind = BL_UNIT_QUANTITY; /* 人·km, t·km: a product of units */
            /* per person and month or year: 元/人·月, 元/人·年 */
            static const char *const per_time[] = {"月", "年", "日", "天"};
            if (op == 1 && has_at(t, len, i + n, "\xC2\xB7"))
                for (size_t w = 0; w < NELEM(per_time); w++)
                    if (has_at(t, len, i + n + 2, per_time[w]) && strlen(base) + 5 < cap) {
                        size_t bn = strlen(base);
                        copy_str(base + bn, cap - bn, t + i + n, 5);
                        n += 5;
                        break;
                    }
        }
    }
    if (!op && *kind != BL_UNIT_PERCENT && *kind != BL_UNIT_POINTS)
        n += per_mei(t, len, i + n, base, cap);
    return n;
}

size_t bl_unit_scale(const char *t, size_t len, size_t i, double *f)
{
    for (size_t k = 0; k < NELEM(scales); k++)
        if (has_at(t, len, i, scales[k].s)) {
            *f = scales[k].f;
            return strlen(scales[k].s);
        }
    return 0;
}

const char *bl_unit_scale_read(const char *t, size_t len, size_t i, size_t reading, double *f)
{
    for (size_t k = 0; reading && k < NELEM(scales); k++)
        if (strlen(scales[k].s) == 6 && i + 3 <= len && !memcmp(t + i, scales[k].s, 3) &&
            has_at(t, len, i + 3 + reading, scales[k].s + 3)) {
            *f = scales[k].f;
            return scales[k].s;
        }
    return NULL;
}

/* Whether hint[0, len) is a unit a table may name: an optional scale
 * and a unit (亿元, 万户, %), a scale alone (万), or a unit and a measure
 * of its own after a slash (元/500克, 元/5升: a price's unit).  Sets the
 * scale's length, its factor, the kind and the written base. */
bool bl_unit_text(const char *hint, size_t len, size_t *sc, double *sf, bl_unit_class *kind,
                      char *base, size_t cap)
{
    *sf = 1;
    *kind = BL_UNIT_COUNT;
    base[0] = '\0';
    if (!len || len >= BL_UNIT_WORD_MAX)
        return false;
    size_t n = bl_unit_scale(hint, len, 0, sf);
    size_t m = n < len ? bl_unit_match(hint, len, n, kind, base, cap) : 0;
    *sc = n;
    if (n + m == len)
        return n || m;
    /* 元/人、月: per person and month (a 单位 column's cell) */
    if (m && strchr(base, '/') && n + m + 6 == len && has_at(hint, len, n + m, "、") &&
        (has_at(hint, len, n + m + 3, "月") || has_at(hint, len, n + m + 3, "年")) &&
        strlen(base) + 6 < cap) {
        size_t bn = strlen(base);
        copy_str(base + bn, cap - bn, hint + n + m, 6);
        return true;
    }
    if (!m || hint[n + m] != '/')
        return false;
    /* 元/5升: the rest is a measure with its number, no space, no clause */
    for (size_t i = n + m + 1; i < len;) {
        int k;
        uint32_t c = cp_at(hint, len, i, &k);
        bool sent;
        if (c == CP_BAD || is_space(c) || is_clause_punct(c, &sent))
            return false;
        i += (size_t)k;
    }
    copy_str(base, cap, hint + n, len - n);
    return true;
}

bool bl_unit_is_word(const char *hint, size_t len)
{
    size_t sc;
    double sf;
    bl_unit_class kind;
    char base[BL_UNIT_WORD_MAX];
    return hint && bl_unit_text(hint, len, &sc, &sf, &kind, base, sizeof base);
}
