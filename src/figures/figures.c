/*
 * figures.c - the figure-extraction engine: one linear pass over a piece of
 * normalised bulletin text that recognises numbers with their units,
 * scales, qualifiers, kinds, change links, labels and clauses.  The rules
 * are documented in figures.h; the tables below are the documented lists.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"

/* ------------------------------------------------------------------------
 * Tables
 * ---------------------------------------------------------------------- */

/* Base units, matched longest first at the position after the number (and
 * its scale).  A scale makes the written unit SCALE+BASE (亿元, 万户). */
typedef struct {
    const char *s;
    bl_figure_kind kind;
} unit_def;

static const unit_def units[] = {
    /* percent */
    {"个百分点", BL_FIG_PERCENT},
    {"百分点", BL_FIG_PERCENT},
    {"%", BL_FIG_PERCENT},
    {"\xEF\xBC\x85", BL_FIG_PERCENT} /* ％ */,
    {"\xE2\x80\xB0", BL_FIG_PERCENT} /* ‰ */,
    {"成", BL_FIG_PERCENT},
    /* multiple */
    {"倍", BL_FIG_MULTIPLE},
    /* duration */
    {"个工作日", BL_FIG_DURATION},
    {"工作日", BL_FIG_DURATION},
    {"个季度", BL_FIG_DURATION},
    {"季度", BL_FIG_DURATION},
    {"个月", BL_FIG_DURATION},
    {"小时", BL_FIG_DURATION},
    {"分钟", BL_FIG_DURATION},
    {"年", BL_FIG_DURATION},
    {"月", BL_FIG_DURATION},
    {"天", BL_FIG_DURATION},
    {"日", BL_FIG_DURATION},
    {"周", BL_FIG_DURATION},
    {"秒", BL_FIG_DURATION},
    /* amount */
    {"元人民币", BL_FIG_AMOUNT},
    {"美元", BL_FIG_AMOUNT},
    {"港元", BL_FIG_AMOUNT},
    {"欧元", BL_FIG_AMOUNT},
    {"日元", BL_FIG_AMOUNT},
    {"英镑", BL_FIG_AMOUNT},
    {"元", BL_FIG_AMOUNT},
    /* quantity */
    {"吨标准煤", BL_FIG_QUANTITY},
    {"平方公里", BL_FIG_QUANTITY},
    {"平方千米", BL_FIG_QUANTITY},
    {"平方米", BL_FIG_QUANTITY},
    {"立方米", BL_FIG_QUANTITY},
    {"千瓦时", BL_FIG_QUANTITY},
    {"千瓦", BL_FIG_QUANTITY},
    {"兆瓦", BL_FIG_QUANTITY},
    {"千米", BL_FIG_QUANTITY},
    {"公里", BL_FIG_QUANTITY},
    {"千公顷", BL_FIG_QUANTITY},
    {"公顷", BL_FIG_QUANTITY},
    {"公斤", BL_FIG_QUANTITY},
    {"千克", BL_FIG_QUANTITY},
    {"毫克", BL_FIG_QUANTITY},
    {"微克", BL_FIG_QUANTITY},
    {"分贝", BL_FIG_QUANTITY},
    {"摄氏度", BL_FIG_QUANTITY},
    {"\xE2\x84\x83", BL_FIG_QUANTITY} /* ℃ */,
    {"标箱", BL_FIG_QUANTITY},
    {"吨", BL_FIG_QUANTITY},
    {"亩", BL_FIG_QUANTITY},
    {"米", BL_FIG_QUANTITY},
    {"克", BL_FIG_QUANTITY},
    {"升", BL_FIG_QUANTITY},
    {"度", BL_FIG_QUANTITY},
    {"分", BL_FIG_QUANTITY},
    /* counts written with more than one character */
    {"人次", BL_FIG_COUNT},
    {"户次", BL_FIG_COUNT},
    {"件次", BL_FIG_COUNT},
    {"架次", BL_FIG_COUNT},
    {"车次", BL_FIG_COUNT},
    {"部门", BL_FIG_COUNT},
};

/* Single Han measure words accepted as a unit (kind count). */
static const char measure_words[] =
    "个项家件笔人所期地户名位张起章条批次座台套辆艘架只头株本篇份场届处种类"
    "支款组宗例门栋间床片颗棵根枚册部首集幅块省市县区州镇村国校园队";

/* After 第N: 位 名 make a rank, and so do these adjectives (第二大); any
 * other Han character makes an ordinal inside a name (第五届, 第3批). */
static const char rank_after[] = "大高低多少强";

/* Scales, longest first. */
static const struct {
    const char *s;
    double f;
} scales[] = {
    {"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"十亿", 1e9}, {"千万", 1e7},
    {"百万", 1e6},  {"十万", 1e5},  {"万", 1e4},    {"亿", 1e8},
};

/* Qualifiers before the number, longest first; `shown` is what the
 * qualifier field holds. */
static const struct {
    const char *s, *shown;
} pre_quals[] = {
    {"不少于", "不少于"}, {"不低于", "不低于"}, {"不超过", "不超过"}, {"约为", "约"},
    {"约占", "约"},       {"约合", "约"},       {"约有", "约"},       {"大约", "约"},
    {"将近", "将近"},     {"接近", "接近"},     {"超过", "超过"},     {"突破", "突破"},
    {"不足", "不足"},     {"不到", "不到"},     {"至少", "至少"},     {"最多", "最多"},
    {"约", "约"},         {"近", "近"},         {"超", "超"},         {"逾", "逾"},
};

static const char *const post_quals[] = {"以上", "左右", "以下", "以内", "上下"};

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

/* Words before N年 that make it a duration, not a year. */
static const char *const duration_verbs[] = {"连续", "历时", "为期", "长达",
                                             "用",   "近",   "经过", "持续"};

/* Label trimming (see figures.h). */
static const char *const label_lead[] = {
    "全省", "全市", "全国", "全区", "全县", "全州", "全年", "全体", "我省", "我市",
    "我区", "我国", "其中", "另外", "此外", "同时", "以及", "并且", "约为", "共有",
    "累计", "合计", "总计", "当年", "今年", "年内", "年末", "分别", "和",   "及",
    "与",   "并",   "另",   "且",   "约",   "共",   "为",   "达",   "的",
};
static const char *const label_trail[] = {
    "达到", "已达", "高达", "多达", "共有", "共计", "合计", "累计", "总计", "实现", "完成", "约为",
    "约占", "超过", "突破", "接近", "将近", "不足", "不到", "至少", "分别", "位居", "排名", "全国",
    "全省", "全市", "达",   "为",   "是",   "有",   "共",   "计",   "占",   "约",   "超",   "逾",
    "近",   "了",   "的",   "在",   "居",   "列",   "第",   "前",   "等",   "连续", "历时", "为期",
};

/* Document-number prefixes drop these leading words. */
static const char *const docnum_lead[] = {"印发", "根据", "依据", "按照", "关于", "出台", "下发",
                                          "转发", "了",   "的",   "和",   "及",   "与"};

/* Standard-number prefixes recognised without a year suffix. */
static const char *const std_prefixes[] = {"GB", "DB", "ISO", "IEC", "HJ", "JB",  "QB",  "YY", "GA",
                                           "WS", "NY", "SN",  "SB",  "JT", "JGJ", "CJJ", "T/"};

#define NELEM(a) (sizeof(a) / sizeof *(a))

static const char *const kind_names[] = {
    [BL_FIG_COUNT] = "count",       [BL_FIG_AMOUNT] = "amount",
    [BL_FIG_QUANTITY] = "quantity", [BL_FIG_PERCENT] = "percent",
    [BL_FIG_RATIO] = "ratio",       [BL_FIG_RANK] = "rank",
    [BL_FIG_DURATION] = "duration", [BL_FIG_DATE] = "date",
    [BL_FIG_YEAR] = "year",         [BL_FIG_RANGE] = "range",
    [BL_FIG_MULTIPLE] = "multiple", [BL_FIG_IDENTIFIER] = "identifier",
};
_Static_assert(NELEM(kind_names) == BL_FIG_NKINDS, "a kind has no name");

/* ------------------------------------------------------------------------
 * Characters
 * ---------------------------------------------------------------------- */

#define CP_BAD 0xFFFFFFFFu

/* The code point at byte i (CP_BAD past the end or on invalid bytes, with
 * *n = 1 so that the scan moves on). */
static uint32_t cp_at(const char *t, size_t len, size_t i, int *n)
{
    uint32_t cp = CP_BAD;
    int k = 0;
    if (i < len)
        k = bl_utf8_decode((const unsigned char *)t + i, len - i, &cp);
    if (k <= 0) {
        if (n)
            *n = 1;
        return CP_BAD;
    }
    if (n)
        *n = k;
    return cp;
}

/* The code point ending just before byte i, not reaching below `lo`. */
static uint32_t cp_before(const char *t, size_t lo, size_t i, int *n)
{
    if (i <= lo)
        return CP_BAD;
    size_t j = i - 1;
    while (j > lo && i - j < 4 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    int k;
    uint32_t cp = cp_at(t, i, j, &k);
    if (cp == CP_BAD || j + (size_t)k != i) {
        if (n)
            *n = 1;
        return CP_BAD;
    }
    if (n)
        *n = k;
    return cp;
}

static bool has_at(const char *t, size_t len, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    return i <= len && len - i >= n && memcmp(t + i, lit, n) == 0;
}

static bool has_before(const char *t, size_t lo, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    return i >= lo && i - lo >= n && memcmp(t + i - n, lit, n) == 0;
}

static uint32_t cp_of(const char *lit)
{
    uint32_t cp = CP_BAD;
    bl_utf8_decode((const unsigned char *)lit, strlen(lit), &cp);
    return cp;
}

/* Whether cp is one of the characters of the UTF-8 string `set`. */
static bool in_set(uint32_t cp, const char *set)
{
    size_t len = strlen(set);
    for (size_t i = 0; i < len;) {
        uint32_t c;
        int k = bl_utf8_decode((const unsigned char *)set + i, len - i, &c);
        if (k <= 0)
            return false;
        if (c == cp)
            return true;
        i += (size_t)k;
    }
    return false;
}

static int digit_val(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    return -1;
}

static bool is_ascii_alpha(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static bool is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
}

/* Clause punctuation; *sentence tells whether it also ends a sentence. */
static bool is_clause_punct(uint32_t cp, bool *sentence)
{
    bool s = false, c = false;
    switch (cp) {
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case 0xFF1B: /* 。！？； */
    case '!':
    case '?':
    case ';':
    case '\n':
    case '\r': s = c = true; break;
    case 0xFF0C:
    case 0xFF1A:
    case 0x3001:
    case 0x2026: /* ，：、… */
    case ',':
    case ':': c = true; break;
    default: break;
    }
    if (sentence)
        *sentence = s;
    return c;
}

static bool is_sep_cp(uint32_t cp)
{
    return cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == 0xFF5E || cp == '~' || cp == 0x301C ||
           cp == 0x81F3 /* 至 */ || cp == 0x5230 /* 到 */;
}

/* 〇零一二三四五六七八九两: a switch, not in_set(), as every character of
 * every paragraph is asked (it was 2.2M of 82M instructions an export). */
static bool is_cn_digit(uint32_t cp)
{
    switch (cp) {
    case 0x3007:
    case 0x96F6:
    case 0x4E00:
    case 0x4E8C:
    case 0x4E09:
    case 0x56DB:
    case 0x4E94:
    case 0x516D:
    case 0x4E03:
    case 0x516B:
    case 0x4E5D:
    case 0x4E24: return true;
    default: return false;
    }
}

/* the digits and 十百千万亿 */
static bool is_cn_numeral(uint32_t cp)
{
    switch (cp) {
    case 0x5341:
    case 0x767E:
    case 0x5343:
    case 0x4E07:
    case 0x4EBF: return true;
    default: return is_cn_digit(cp);
    }
}

/* ------------------------------------------------------------------------
 * Numbers
 * ---------------------------------------------------------------------- */

typedef struct {
    size_t start, end;
    double approx;  /* for decisions only; the stored value is exact */
    int int_digits; /* digits before the decimal point */
    bool frac;      /* has a decimal part */
    bool seps;      /* has thousands separators */
} num;

static bool digit_at(const char *t, size_t len, size_t i, int *d, int *n)
{
    int k;
    uint32_t cp = cp_at(t, len, i, &k);
    int v = digit_val(cp);
    if (v < 0)
        return false;
    *d = v;
    *n = k;
    return true;
}

/* Reads digits with optional thousands groups (",ddd" after a first group
 * of 1-3 digits) and a decimal part at i. */
static bool read_num(const char *t, size_t len, size_t i, num *out)
{
    int d, k;
    size_t p = i;
    memset(out, 0, sizeof *out);
    out->start = i;
    if (!digit_at(t, len, p, &d, &k))
        return false;
    int group = 0;
    while (digit_at(t, len, p, &d, &k)) {
        out->approx = out->approx * 10 + d;
        out->int_digits++;
        group++;
        p += (size_t)k;
    }
    while (group <= 3 && p + 4 <= len && t[p] == ',') {
        int j, dd, kk;
        size_t q = p + 1;
        for (j = 0; j < 3; j++) {
            if (q >= len || t[q] < '0' || t[q] > '9')
                break;
            q++;
        }
        if (j < 3 || digit_at(t, len, q, &dd, &kk))
            break;
        for (size_t r = p + 1; r < q; r++)
            out->approx = out->approx * 10 + (t[r] - '0');
        out->int_digits += 3;
        out->seps = true;
        group = 3;
        p = q;
    }
    int k2;
    uint32_t cp = cp_at(t, len, p, &k2);
    if ((cp == '.' || cp == 0xFF0E) && digit_at(t, len, p + (size_t)k2, &d, &k)) {
        double scale = 0.1;
        p += (size_t)k2;
        out->frac = true;
        while (digit_at(t, len, p, &d, &k)) {
            out->approx += d * scale;
            scale /= 10;
            p += (size_t)k;
        }
    }
    out->end = p;
    return true;
}

/* Appends the number in t[a, b) with ASCII digits and no separators. */
static bulletin_status put_num(bl_buf *b, const char *t, size_t a, size_t e)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t i = a; i < e && status == BULLETIN_OK;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        int d = digit_val(cp);
        if (d >= 0)
            status = bl_buf_putc(b, (char)('0' + d));
        else if (cp == '.' || cp == 0xFF0E)
            status = bl_buf_putc(b, '.');
        else if (cp == '-' || cp == 0x2212 || cp == 0xFF0D)
            status = bl_buf_putc(b, '-');
        else if (cp != ',')
            status = bl_buf_put(b, t + i, (size_t)k);
        i += (size_t)k;
    }
    return status;
}

/* The number in t[a, e) normalised into out (cap bytes); false when it
 * does not fit (then it is treated as not parsed). */
static bool fixed_num(const char *t, size_t a, size_t e, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = a; i < e;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        int d = digit_val(cp);
        char c = d >= 0                                        ? (char)('0' + d)
                 : (cp == '.' || cp == 0xFF0E)                 ? '.'
                 : (cp == '-' || cp == 0x2212 || cp == 0xFF0D) ? '-'
                                                               : 0;
        i += (size_t)k;
        if (!c)
            continue;
        if (o + 1 >= cap)
            return false;
        out[o++] = c;
    }
    out[o] = '\0';
    return true;
}

/* The exact double of an ASCII decimal "[-]ddd[.ddd]": a correctly rounded
 * fast path for up to 15 significant digits (locale-independent), strtod
 * beyond.  *ok is false when the value does not fit a double. */
static double exact_value(const char *s, bool *ok)
{
    static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = s;
    bool neg = *p == '-';
    if (neg)
        p++;
    uint64_t m = 0;
    int sig = 0, fracd = 0;
    bool in_frac = false, fast = true;
    for (; *p; p++) {
        if (*p == '.') {
            in_frac = true;
            continue;
        }
        if (*p < '0' || *p > '9') {
            fast = false;
            break;
        }
        if (m || *p != '0')
            sig++;
        if (sig > 15) {
            fast = false;
            break;
        }
        m = m * 10 + (uint64_t)(*p - '0');
        if (in_frac)
            fracd++;
    }
    *ok = true;
    if (fast && fracd <= 22) {
        double v = (double)m / p10[fracd];
        return neg ? -v : v;
    }
    errno = 0;
    double v = strtod(s, NULL);
    if (errno == ERANGE || !isfinite(v))
        *ok = false;
    return v;
}

/* The value of a run of Chinese numerals; false when malformed (十四五). */
static bool cn_value(const char *t, size_t a, size_t e, double *out)
{
    double total = 0, section = 0;
    int digit = -1;
    bool any = false;
    for (size_t i = a; i < e;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        i += (size_t)k;
        int d = -1;
        if (cp == 0x3007 || cp == 0x96F6) /* 〇 零 */
            d = 0;
        else if (cp == 0x4E24) /* 两 */
            d = 2;
        else {
            static const char dig[] = "一二三四五六七八九";
            for (int j = 0; j < 9; j++)
                if (cp == cp_of(dig + 3 * j))
                    d = j + 1;
        }
        if (d >= 0) {
            if (digit >= 0 && !(digit == 0 || d == 0))
                return false; /* two digits in a row: 十四五 */
            digit = d;
            any = true;
            continue;
        }
        double u = cp == 0x5341   ? 10
                   : cp == 0x767E ? 100
                   : cp == 0x5343 ? 1000
                   : cp == 0x4E07 ? 1e4
                   : cp == 0x4EBF ? 1e8
                                  : 0;
        if (u == 0)
            return false;
        if (u < 1e4) {
            section += (digit < 0 ? 1 : digit) * u;
        } else {
            section += digit < 0 ? 0 : digit;
            if (section == 0 && total == 0)
                return false;
            total = (total + section) * u;
            section = 0;
        }
        digit = -1;
        any = true;
    }
    if (!any)
        return false;
    *out = total + section + (digit < 0 ? 0 : digit);
    return true;
}

/* ------------------------------------------------------------------------
 * Scanner state
 * ---------------------------------------------------------------------- */

typedef struct {
    bl_figure_list *list;
    const char *t;
    size_t len;
    const bl_figure_ctx *ctx;
    size_t clause_start;   /* first byte of the current clause */
    size_t clause_trim;    /* the same after leading spaces */
    size_t clause_first;   /* first figure of the current clause */
    size_t sentence_first; /* first figure of the current sentence */
    const char *pending_qual;
} scan;

static void trim_words(const char *t, size_t *a, size_t *b, const char *const *lead, size_t nlead,
                       const char *const *trail, size_t ntrail);

/* Where the label segment of a new figure may start: after the previous
 * figure of the clause, or at the clause start. */
static size_t seg_floor(const scan *s)
{
    if (s->list->len > s->clause_first)
        return s->list->items[s->list->len - 1].end;
    return s->clause_start;
}

static size_t skip_spaces(const char *t, size_t len, size_t i)
{
    for (;;) {
        int k;
        uint32_t cp = cp_at(t, len, i, &k);
        if (cp == CP_BAD || !is_space(cp))
            return i;
        i += (size_t)k;
    }
}

/* A figure being built; becomes a bl_figure in push(). */
typedef struct {
    size_t start, end; /* span */
    size_t pre;        /* start of the qualifier/verb before the number */
    size_t verb_end;   /* end of the change verb (label end for changes) */
    bl_figure_kind kind;
    bool numeral_chinese, parsed;
    double value;
    char unit[BL_FIG_UNIT_MAX], base[BL_FIG_UNIT_MAX], scale[8];
    double scale_factor;
    const char *qual;
    int year, month, day;
    double parts[BL_FIG_MAX_PARTS];
    size_t nparts;
    bl_figure_change change;
} draft;

static void draft_init(draft *d, size_t start)
{
    memset(d, 0, sizeof *d);
    d->start = d->pre = d->verb_end = start;
    d->scale_factor = 1;
    d->parsed = true;
    d->qual = "";
}

static void copy_str(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
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

static bool link_target_kind(const bl_figure *g)
{
    if (g->numeral_chinese)
        return false;
    switch (g->kind) {
    case BL_FIG_COUNT:
    case BL_FIG_AMOUNT:
    case BL_FIG_QUANTITY:
    case BL_FIG_PERCENT:
    case BL_FIG_DURATION:
    case BL_FIG_MULTIPLE: return true;
    default: return false;
    }
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
    trim_words(s->t, &a, &b, label_lead, NELEM(label_lead), NULL, 0);
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
static void relink_respectively(scan *s)
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

/* Appends the draft with `value_text` (taken over: freed on failure). */
static bulletin_status push(scan *s, draft *d, char *value_text)
{
    bl_figure_list *l = s->list;
    if (!value_text)
        return BULLETIN_ERR_NOMEM;
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        bl_figure *items = bl_realloc_array(l->mem, l->items, cap, sizeof *items);
        if (!items) {
            bl_free(l->mem, value_text);
            return BULLETIN_ERR_NOMEM;
        }
        l->items = items;
        l->cap = cap;
    }
    bl_figure f;
    memset(&f, 0, sizeof f);
    f.text = s->t;
    f.start = d->start;
    f.end = d->end;
    f.ctx_start = s->clause_trim;
    f.ctx_end = s->len;
    if (s->ctx) {
        f.section = s->ctx->section;
        f.paragraph = s->ctx->paragraph;
        f.node = s->ctx->node;
    }
    f.kind = d->kind;
    f.numeral_chinese = d->numeral_chinese;
    f.parsed = d->parsed;
    f.value = d->value;
    f.value_text = value_text;
    memcpy(f.unit, d->unit, sizeof f.unit);
    memcpy(f.base_unit, d->base, sizeof f.base_unit);
    memcpy(f.scale, d->scale, sizeof f.scale);
    f.scale_factor = d->scale_factor;
    f.norm = d->value * d->scale_factor;
    f.qualifier = d->qual;
    if (!*f.qualifier && s->pending_qual)
        f.qualifier = s->pending_qual;
    s->pending_qual = NULL;
    f.year = d->year;
    f.month = d->month;
    f.day = d->day;
    memcpy(f.parts, d->parts, sizeof f.parts);
    f.nparts = d->nparts;
    f.change = d->change;
    f.link = BL_FIG_NO_LINK;
    f.lab_start = seg_floor(s);
    f.lab_end = f.change ? d->verb_end : d->pre;
    if (!f.change && l->len > s->sentence_first && d->kind != BL_FIG_RANGE &&
        d->kind != BL_FIG_RATIO) {
        /* 增长18.6%和21.3%: the second change has no verb of its own */
        const bl_figure *p = &l->items[l->len - 1];
        f.change = BL_FIG_CHANGE_UP; /* for change_class() of f only */
        if (p->change && change_class(p) == change_class(&f) && joined(s, p, f.lab_end))
            f.change = p->change;
        else
            f.change = BL_FIG_CHANGE_NONE;
    }
    if (f.change) {
        f.link = find_link(s, &f);
        if (f.link != BL_FIG_NO_LINK && change_class(&f) != CH_PP &&
            l->items[f.link].end < s->clause_start && has_subject(s, f.lab_start, d->pre))
            f.link = BL_FIG_NO_LINK; /* 办理时限平均缩短50%: its own subject */
    }
    if (f.change && respectively(s, &f))
        f.link = BL_FIG_NO_LINK; /* set below, after the append */
    if (f.lab_end < f.lab_start)
        f.lab_end = f.lab_start;
    f.label = NULL;
    l->items[l->len++] = f;
    if (f.change)
        relink_respectively(s);
    return BULLETIN_OK;
}

/* A value text copied from t[a, e) with digits normalised. */
static char *num_text(const scan *s, size_t a, size_t e)
{
    bl_buf b;
    bl_buf_init(&b, s->list->mem);
    if (put_num(&b, s->t, a, e) != BULLETIN_OK) {
        bl_buf_free(&b);
        return NULL;
    }
    return bl_buf_detach(&b);
}

/* ------------------------------------------------------------------------
 * Units, scales, qualifiers
 * ---------------------------------------------------------------------- */

/* Matches a base unit at i: table entry or measure word.  Returns its byte
 * length (0: none) and its kind. */
static size_t match_base(const char *t, size_t len, size_t i, bl_figure_kind *kind)
{
    size_t best = 0;
    if (i >= len)
        return 0;
    unsigned char c0 = (unsigned char)t[i], c1 = i + 1 < len ? (unsigned char)t[i + 1] : 0;
    for (size_t u = 0; u < NELEM(units); u++) {
        /* Most units differ in their first two bytes: check those before
         * measuring and comparing (this runs at every number). */
        const unsigned char *us = (const unsigned char *)units[u].s;
        if (us[0] != c0 || (us[1] && us[1] != c1))
            continue;
        size_t n = strlen(units[u].s);
        if (n > best && has_at(t, len, i, units[u].s)) {
            best = n;
            *kind = units[u].kind;
        }
    }
    if (best)
        return best;
    int k;
    uint32_t cp = cp_at(t, len, i, &k);
    if (cp != CP_BAD && cp > 0x7F && in_set(cp, measure_words)) {
        *kind = BL_FIG_COUNT;
        return (size_t)k;
    }
    return 0;
}

/* Matches the unit at i, with an optional "/UNIT" (元/吨); writes the
 * written base (％ as %) into base. */
static size_t match_unit(const char *t, size_t len, size_t i, bl_figure_kind *kind, char *base,
                         size_t cap)
{
    size_t n = match_base(t, len, i, kind);
    base[0] = '\0';
    if (!n)
        return 0;
    if (has_at(t, len, i, "\xEF\xBC\x85"))
        copy_str(base, cap, "%", 1);
    else
        copy_str(base, cap, t + i, n);
    if (i + n < len && t[i + n] == '/') {
        bl_figure_kind k2;
        size_t m = match_base(t, len, i + n + 1, &k2);
        if (m && n + 1 + m < cap) {
            size_t bl = strlen(base);
            copy_str(base + bl, cap - bl, t + i + n, 1 + m);
            n += 1 + m;
        }
    }
    return n;
}

static size_t match_scale(const char *t, size_t len, size_t i, double *f)
{
    for (size_t k = 0; k < NELEM(scales); k++)
        if (has_at(t, len, i, scales[k].s)) {
            *f = scales[k].f;
            return strlen(scales[k].s);
        }
    return 0;
}

/* The qualifier written just before byte i (not below lo). */
static const char *pre_qual(const char *t, size_t lo, size_t i, size_t *qlen)
{
    for (size_t k = 0; k < NELEM(pre_quals); k++)
        if (has_before(t, lo, i, pre_quals[k].s)) {
            *qlen = strlen(pre_quals[k].s);
            return pre_quals[k].shown;
        }
    *qlen = 0;
    return NULL;
}

/* The change verb written just before byte i (through an optional 了 or,
 * after 增幅/增速/降幅, 为/达).  Sets *vstart to where the verb begins. */
static bl_figure_change change_verb(const char *t, size_t lo, size_t i, size_t *vstart)
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

/* Qualifier, change verb and pending 约 for a number starting at i. */
static void before_number(const scan *s, draft *d, size_t i)
{
    size_t lo = seg_floor(s), qlen;
    const char *q = pre_qual(s->t, lo, i, &qlen);
    d->pre = i;
    if (q) {
        d->qual = q;
        d->pre = i - qlen;
    }
    size_t vstart;
    bl_figure_change ch = change_verb(s->t, lo, d->pre, &vstart);
    d->verb_end = d->pre;
    if (ch) {
        d->change = ch;
        d->pre = vstart;
    }
}

/* Scale, 余/多, unit and trailing qualifiers after a number ending at p.
 * Returns the end of the figure. */
static size_t after_number(const scan *s, draft *d, size_t p)
{
    const char *t = s->t;
    size_t len = s->len;
    double f = 1;
    size_t n = match_scale(t, len, p, &f);
    if (n) {
        copy_str(d->scale, sizeof d->scale, t + p, n);
        d->scale_factor = f;
        p += n;
    }
    if (has_at(t, len, p, "余") || has_at(t, len, p, "多")) {
        bl_figure_kind k;
        char tmp[BL_FIG_UNIT_MAX];
        double f2 = 1;
        size_t sc = d->scale[0] ? 0 : match_scale(t, len, p + 3, &f2);
        size_t m = match_unit(t, len, p + 3 + sc, &k, tmp, sizeof tmp);
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
    bl_figure_kind kind = BL_FIG_COUNT;
    n = match_unit(t, len, p, &kind, d->base, sizeof d->base);
    d->kind = kind;
    size_t sl = strlen(d->scale);
    copy_str(d->unit, sizeof d->unit, d->scale, sl);
    copy_str(d->unit + sl, sizeof d->unit - sl, d->base, strlen(d->base));
    p += n;
    if (n || sl) {
        for (size_t k = 0; k < NELEM(post_quals); k++)
            if (has_at(t, len, p, post_quals[k])) {
                if (!*d->qual)
                    d->qual = post_quals[k];
                p += strlen(post_quals[k]);
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

/* ------------------------------------------------------------------------
 * Recognisers: each gets the position of a candidate and returns where the
 * scan goes on in *next (always > i).
 * ---------------------------------------------------------------------- */

/* Skips a run of ASCII letters and digits with inner . - / _ (names such
 * as 5G, PM2.5, COVID-19, www.gov.cn). */
static size_t skip_alnum(const char *t, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            i++;
            continue;
        }
        if ((c == '.' || c == '-' || c == '/' || c == '_') && i + 1 < len) {
            unsigned char d = (unsigned char)t[i + 1];
            if ((d >= '0' && d <= '9') || (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z')) {
                i++;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Standard numbers (GB/T 29490—2013) or names in Latin letters. */
static bulletin_status latin(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len, p = i;
    while (p < len &&
           (is_ascii_alpha((unsigned char)t[p]) || t[p] == '/' || (t[p] >= '0' && t[p] <= '9')))
        p++;
    size_t tok_end = p;
    size_t letters = 0;
    while (i + letters < tok_end && t[i + letters] >= 'A' && t[i + letters] <= 'Z')
        letters++;
    bool known = false;
    for (size_t k = 0; k < NELEM(std_prefixes); k++)
        if (has_at(t, tok_end, i, std_prefixes[k]))
            known = true;
    /* the number part: after one space, or the token's trailing digits */
    size_t numend = 0;
    num a;
    if (tok_end < len && t[tok_end] == ' ' && read_num(t, len, tok_end + 1, &a) && !a.seps)
        numend = a.end;
    else if (tok_end > i + letters && t[tok_end - 1] >= '0' && t[tok_end - 1] <= '9')
        numend = tok_end;
    /* dotted parts (ISO 9001.1) */
    while (numend && numend + 1 < len && t[numend] == '.' && t[numend + 1] >= '0' &&
           t[numend + 1] <= '9') {
        numend++;
        while (numend < len && t[numend] >= '0' && t[numend] <= '9')
            numend++;
    }
    size_t yend = 0;
    if (numend) {
        int k;
        uint32_t c = cp_at(t, len, numend, &k);
        if (c == 0x2014 || c == 0x2013 || c == '-' || c == 0x2010 || c == 0x2011 || c == ':' ||
            c == 0xFF1A) {
            size_t y = numend + (size_t)k, j = 0;
            while (j < 4 && y + j < len && t[y + j] >= '0' && t[y + j] <= '9')
                j++;
            if (j == 4 && !(y + 4 < len && t[y + 4] >= '0' && t[y + 4] <= '9'))
                yend = y + 4;
        }
    }
    if (numend && letters >= 1 && (known || (letters >= 2 && yend))) {
        size_t end = yend ? yend : numend;
        draft d;
        draft_init(&d, i);
        d.end = end;
        d.kind = BL_FIG_IDENTIFIER;
        d.parsed = false;
        *next = end;
        return push(s, &d, bl_strndup(s->list->mem, t + i, end - i));
    }
    *next = skip_alnum(t, len, i);
    if (*next <= i)
        *next = i + 1;
    return BULLETIN_OK;
}

/* Document numbers: PREFIX〔2025〕2号 at an opening bracket. */
static bool docnum(scan *s, size_t i, int n, uint32_t open, size_t *next, bulletin_status *st)
{
    const char *t = s->t;
    size_t len = s->len;
    uint32_t close = open == 0x3014 ? 0x3015 : open == '[' ? ']' : open == 0xFF3B ? 0xFF3D : 0x3011;
    size_t p = i + (size_t)n, j = 0;
    while (j < 4 && p + j < len && t[p + j] >= '0' && t[p + j] <= '9')
        j++;
    int k;
    if (j == 0)
        return false;
    if (cp_at(t, len, p + j, &k) != close) {
        return false;
    }
    size_t q = p + j + (size_t)k, r = q;
    while (r < len && t[r] >= '0' && t[r] <= '9')
        r++;
    if (j != 4 || r == q || !has_at(t, len, r, "号")) {
        *next = q; /* [1], 〔2025〕 alone: not a figure */
        *st = BULLETIN_OK;
        return true;
    }
    size_t end = r + strlen("号");
    size_t lo = seg_floor(s), a = i;
    for (int c = 0; c < 8; c++) {
        int kk;
        uint32_t cp = cp_before(t, lo, a, &kk);
        if (cp == CP_BAD || !bl_is_han(cp))
            break;
        a -= (size_t)kk;
    }
    for (bool again = true; again;) {
        again = false;
        for (size_t w = 0; w < NELEM(docnum_lead); w++)
            if (a < i && has_at(t, i, a, docnum_lead[w])) {
                a += strlen(docnum_lead[w]);
                again = true;
            }
    }
    while (bl_utf8_count(t + a, i - a) > 5) { /* at most 5 characters */
        int kk;
        cp_at(t, i, a, &kk);
        a += (size_t)kk;
    }
    draft d;
    draft_init(&d, a);
    d.end = end;
    d.kind = BL_FIG_IDENTIFIER;
    d.parsed = false;
    d.year = (int)strtol(t + p, NULL, 10);
    *next = end;
    *st = push(s, &d, bl_strndup(s->list->mem, t + a, end - a));
    return true;
}

/* Completes a rank after 第N / 前N / N强; `vt` is its value text (NULL
 * when its allocation failed: push() reports that). */
static bulletin_status make_rank(scan *s, draft *d, size_t end, char *vt, bool cn)
{
    d->end = end;
    d->kind = BL_FIG_RANK;
    d->numeral_chinese = cn;
    d->unit[0] = d->base[0] = d->scale[0] = '\0';
    return push(s, d, vt);
}

/* After 第N: rank, or an ordinal inside a name (returns false). */
static bool rank_after_di(const scan *s, size_t p, size_t *end)
{
    int k;
    bool sent;
    uint32_t c = cp_at(s->t, s->len, p, &k);
    if (c == 0x4F4D || c == 0x540D) { /* 位 名 */
        *end = p + (size_t)k;
        return true;
    }
    *end = p;
    if (c == CP_BAD || is_clause_punct(c, &sent) || is_space(c) || c == 0xFF08 || c == 0xFF09 ||
        c == '(' || c == ')' || c == 0x201D || c == 0x300B)
        return true;
    return in_set(c, rank_after);
}

/* An Arabic number at i (digit, or sign before a digit). */
static bulletin_status arabic(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len;
    bulletin_status status = BULLETIN_OK;
    int k, sk = 0;
    bool sent;
    uint32_t first = cp_at(t, len, i, &sk);
    size_t p = i;
    if (digit_val(first) < 0)
        p += (size_t)sk; /* a sign */
    num a;
    read_num(t, len, p, &a);
    size_t q = a.end;
    uint32_t prev = cp_before(t, 0, i, NULL);
    uint32_t nc = cp_at(t, len, q, &k);
    *next = q > i ? q : i + 1;

    /* names: 5G, 3号线, （1）, 1. at a clause start */
    if (nc != CP_BAD && is_ascii_alpha(nc)) {
        *next = skip_alnum(t, len, i);
        return BULLETIN_OK;
    }
    if (nc == 0x53F7 && prev != 0x6708) { /* 号, not 月N号 */
        *next = q + (size_t)k;
        return BULLETIN_OK;
    }
    if (!a.frac && !a.seps && a.int_digits <= 2) {
        if ((prev == 0xFF08 || prev == '(') && (nc == 0xFF09 || nc == ')')) {
            *next = q + (size_t)k;
            return BULLETIN_OK;
        }
        if ((i == s->clause_trim || prev == CP_BAD || is_space(prev)) &&
            (nc == '.' || nc == 0xFF0E || nc == 0x3001)) {
            int dd, kk;
            if (!digit_at(t, len, q + (size_t)k, &dd, &kk)) {
                *next = q + (size_t)k;
                return BULLETIN_OK;
            }
        }
    }

    draft d;
    draft_init(&d, i);
    before_number(s, &d, i);
    bool neg = p != i;

    /* ratio: 6.01:55.04:38.95 */
    if (nc == ':' || nc == 0x2236 || nc == 0xFF1A) {
        int dd, kk;
        if (digit_at(t, len, q + (size_t)k, &dd, &kk)) {
            bl_buf b;
            bl_buf_init(&b, s->list->mem);
            size_t np = 0, e = q;
            num part = a;
            for (;;) {
                char tmp[64];
                if (np < BL_FIG_MAX_PARTS) {
                    bool ok = fixed_num(t, part.start, part.end, tmp, sizeof tmp);
                    d.parts[np++] = ok ? exact_value(tmp, &ok) : HUGE_VAL;
                    if (!ok)
                        d.parsed = false;
                }
                if ((status = put_num(&b, t, part.start, part.end)) != BULLETIN_OK)
                    break;
                e = part.end;
                int sk2;
                uint32_t c = cp_at(t, len, e, &sk2);
                if (!(c == ':' || c == 0x2236 || c == 0xFF1A) ||
                    !read_num(t, len, e + (size_t)sk2, &part))
                    break;
                if ((status = bl_buf_put(&b, t + e, (size_t)sk2)) != BULLETIN_OK)
                    break;
            }
            if (status != BULLETIN_OK) {
                bl_buf_free(&b);
                return status;
            }
            d.kind = BL_FIG_RATIO;
            d.nparts = np;
            d.value = d.parts[0];
            d.end = e;
            d.change = BL_FIG_CHANGE_NONE;
            d.pre = d.verb_end = d.pre < i ? d.pre : i;
            *next = e;
            return push(s, &d, bl_buf_detach(&b));
        }
    }

    /* rank: 第N, 前N */
    if (prev == 0x7B2C /* 第 */ || prev == 0x524D /* 前 */) {
        size_t end;
        bool is_rank;
        if (prev == 0x7B2C)
            is_rank = rank_after_di(s, q, &end);
        else {
            end = q;
            is_rank = nc == CP_BAD || is_clause_punct(nc, &sent) || nc == 0x4F4D || nc == 0x540D ||
                      nc == 0x5F3A /* 位 名 强 */;
            if (nc == 0x4F4D || nc == 0x540D || nc == 0x5F3A)
                end = q + (size_t)k;
        }
        if (prev == 0x7B2C && !is_rank) {
            /* ordinal inside a name: skip it with its measure word */
            *next = q;
            return BULLETIN_OK;
        }
        if (is_rank) {
            draft_init(&d, i - 3);
            d.value = a.approx;
            *next = end;
            char *vt = num_text(s, p, q);
            if (vt) {
                bool ok;
                d.value = exact_value(vt, &ok);
                d.parsed = ok;
            }
            return make_rank(s, &d, end, vt, false);
        }
    }

    /* range: N—M UNIT, N UNIT—M UNIT */
    {
        size_t r = q, u1 = 0;
        bl_figure_kind k1;
        char b1[BL_FIG_UNIT_MAX];
        double f1;
        size_t sc1 = match_scale(t, len, r, &f1);
        u1 = match_unit(t, len, r + sc1, &k1, b1, sizeof b1);
        int ks;
        uint32_t sep = cp_at(t, len, r, &ks);
        size_t rs = r;
        if (!is_sep_cp(sep) && (sc1 || u1)) {
            rs = r + sc1 + u1;
            sep = cp_at(t, len, rs, &ks);
        }
        uint32_t after = cp_at(t, len, rs + (size_t)(sep == CP_BAD ? 1 : ks), NULL);
        num b;
        if (is_sep_cp(sep) && after != 0x2014 && !(sep == 0x2014 && prev == 0x2014) &&
            read_num(t, len, rs + (size_t)ks, &b)) {
            draft d2 = d;
            size_t e = after_number(s, &d2, b.end);
            if (!d2.unit[0] && rs == r &&
                (a.int_digits + b.int_digits >= 8 ||
                 (a.int_digits > 1 && cp_at(t, len, i, NULL) == '0'))) {
                *next = b.end; /* 027-87654321: a telephone number */
                return BULLETIN_OK;
            }
            bool same =
                rs == r || (e - b.end >= sc1 + u1 && memcmp(t + b.end, t + r, sc1 + u1) == 0 &&
                            (size_t)(rs - r) == sc1 + u1);
            if (same) {
                bl_buf vb;
                bl_buf_init(&vb, s->list->mem);
                status = put_num(&vb, t, i, q);
                if (status == BULLETIN_OK)
                    status = bl_buf_put(&vb, t + rs, (size_t)ks);
                if (status == BULLETIN_OK)
                    status = put_num(&vb, t, b.start, b.end);
                if (status != BULLETIN_OK) {
                    bl_buf_free(&vb);
                    return status;
                }
                char *vt = bl_buf_detach(&vb);
                if (!vt)
                    return BULLETIN_ERR_NOMEM;
                char lo_s[64], hi_s[64];
                bool ok1 = fixed_num(t, i, q, lo_s, sizeof lo_s);
                bool ok2 = fixed_num(t, b.start, b.end, hi_s, sizeof hi_s);
                d2.parts[0] = ok1 ? exact_value(lo_s, &ok1) : HUGE_VAL;
                d2.parts[1] = ok2 ? exact_value(hi_s, &ok2) : HUGE_VAL;
                d2.nparts = 2;
                d2.value = d2.parts[0];
                d2.parsed = ok1 && ok2;
                d2.kind = BL_FIG_RANGE;
                d2.change = BL_FIG_CHANGE_NONE;
                d2.verb_end = d2.pre;
                d2.end = e;
                *next = e;
                return push(s, &d2, vt);
            }
        }
    }

    /* dates and years */
    bool integer = !a.frac && !a.seps && !neg;
    if (integer && nc == 0x5E74 /* 年 */) {
        size_t y_end = q + (size_t)k;
        num m;
        int km;
        if (read_num(t, len, y_end, &m) && !m.frac && m.int_digits <= 2 &&
            cp_at(t, len, m.end, &km) == 0x6708 /* 月 */ && m.approx >= 1 && m.approx <= 12 &&
            a.int_digits == 4) {
            size_t e = m.end + (size_t)km;
            num dd;
            int kd;
            d.year = (int)a.approx;
            d.month = (int)m.approx;
            uint32_t dc;
            if (read_num(t, len, e, &dd) && !dd.frac && dd.int_digits <= 2 &&
                ((dc = cp_at(t, len, dd.end, &kd)) == 0x65E5 || dc == 0x53F7) && dd.approx >= 1 &&
                dd.approx <= 31) {
                d.day = (int)dd.approx;
                e = dd.end + (size_t)kd;
            }
            d.kind = BL_FIG_DATE;
            d.value = d.year * 10000.0 + d.month * 100 + d.day;
            d.change = BL_FIG_CHANGE_NONE;
            d.verb_end = d.pre;
            d.end = e;
            *next = e;
            return push(s, &d, num_text(s, i, e));
        }
        bool dur = *d.qual != '\0';
        for (size_t w = 0; w < NELEM(duration_verbs); w++)
            if (has_before(t, 0, i, duration_verbs[w]))
                dur = true;
        if (!dur && a.int_digits == 4 && a.approx >= 1900 && a.approx <= 2100) {
            d.kind = BL_FIG_YEAR;
            d.year = (int)a.approx;
            d.value = a.approx;
            copy_str(d.unit, sizeof d.unit, "年", 3);
            copy_str(d.base, sizeof d.base, "年", 3);
            d.change = BL_FIG_CHANGE_NONE;
            d.verb_end = d.pre;
            d.end = y_end;
            *next = y_end;
            return push(s, &d, num_text(s, i, q));
        }
    }
    if (integer && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 12 && nc == 0x6708 /* 月 */) {
        size_t e = q + (size_t)k;
        num dd;
        int kd;
        uint32_t dc;
        d.month = (int)a.approx;
        if (read_num(t, len, e, &dd) && !dd.frac && dd.int_digits <= 2 &&
            ((dc = cp_at(t, len, dd.end, &kd)) == 0x65E5 || dc == 0x53F7) && dd.approx >= 1 &&
            dd.approx <= 31) {
            d.day = (int)dd.approx;
            e = dd.end + (size_t)kd;
        }
        d.kind = BL_FIG_DATE;
        d.value = d.month * 100.0 + d.day;
        d.change = BL_FIG_CHANGE_NONE;
        d.verb_end = d.pre;
        d.qual = "";
        d.end = e;
        *next = e;
        return push(s, &d, num_text(s, i, e));
    }
    if (integer && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 31 && nc == 0x65E5 /* 日 */ &&
        !*d.qual && !d.change) {
        uint32_t c2 = cp_at(t, len, q + (size_t)k, NULL);
        if (c2 != 0x5185 /* 内 */ && !has_at(t, len, q + (size_t)k, "以内") &&
            !has_at(t, len, q + (size_t)k, "之内")) {
            size_t e = q + (size_t)k;
            d.kind = BL_FIG_DATE;
            d.day = (int)a.approx;
            d.value = d.day;
            d.verb_end = d.pre;
            d.end = e;
            *next = e;
            return push(s, &d, num_text(s, i, e));
        }
    }

    /* quantity */
    size_t e = after_number(s, &d, q);
    if (has_at(t, len, e, "强") && !d.unit[0]) {
        draft_init(&d, i);
        d.value = a.approx;
        e += strlen("强");
        *next = e;
        char *vt = num_text(s, i, q);
        if (vt) {
            bool ok;
            d.value = exact_value(vt, &ok);
            d.parsed = ok;
        }
        return make_rank(s, &d, e, vt, false);
    }
    if (!d.unit[0] && !*d.qual && !d.change) {
        uint32_t c = cp_at(t, len, e, NULL);
        if (c != CP_BAD && (bl_is_han(c) || c == 0x201C || c == 0x300A)) {
            *next = e; /* 12345热线: a name */
            return BULLETIN_OK;
        }
    }
    if (d.change && (d.kind == BL_FIG_RANK))
        d.change = BL_FIG_CHANGE_NONE;
    d.end = e;
    *next = e > i ? e : i + 1;
    char *vt = num_text(s, i, q);
    if (vt) {
        bool ok;
        d.value = exact_value(vt, &ok);
        d.parsed = ok;
    }
    return push(s, &d, vt);
}

/* A run of Chinese numerals at i (the run starts here). */
static bulletin_status chinese(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len, p = i;
    size_t last_small = i; /* end of the run without trailing 万/亿 */
    int nchars = 0, ndig = 0;
    bool all_digits = true, has_value_char = false;
    while (p < len) {
        int k;
        uint32_t c = cp_at(t, len, p, &k);
        if (c == CP_BAD || !is_cn_numeral(c))
            break;
        p += (size_t)k;
        nchars++;
        if (is_cn_digit(c)) {
            ndig++;
            if (c != 0x3007 && c != 0x96F6)
                has_value_char = true;
        } else {
            all_digits = false;
            if (c == 0x5341)
                has_value_char = true; /* 十 */
        }
        if (c != 0x4E07 && c != 0x4EBF)
            last_small = p;
    }
    *next = p;
    uint32_t prev = cp_before(t, 0, i, NULL);
    int k;
    /* 二〇二三年 */
    if (all_digits && ndig == 4 && cp_at(t, len, p, &k) == 0x5E74) {
        double y = 0;
        for (size_t j = i; j < p;) {
            int kk;
            uint32_t c = cp_at(t, len, j, &kk);
            double dv = 0;
            cn_value(t, j, j + (size_t)kk, &dv);
            if (c == 0x3007 || c == 0x96F6)
                dv = 0;
            y = y * 10 + dv;
            j += (size_t)kk;
        }
        draft d;
        draft_init(&d, i);
        d.kind = BL_FIG_YEAR;
        d.numeral_chinese = true;
        d.year = (int)y;
        d.value = y;
        copy_str(d.unit, sizeof d.unit, "年", 3);
        copy_str(d.base, sizeof d.base, "年", 3);
        d.end = p + (size_t)k;
        *next = d.end;
        return push(s, &d, bl_strndup(s->list->mem, t + i, p - i));
    }
    if (!has_value_char)
        return BULLETIN_OK; /* 千企百城, 万里行 */
    size_t q = last_small > i ? last_small : p;
    double v;
    if (!cn_value(t, i, q, &v))
        return BULLETIN_OK; /* 十四五 */
    bool lone_yi = q - i == 3 && has_at(t, len, i, "一");
    draft d;
    draft_init(&d, i);
    d.numeral_chinese = true;
    d.value = v;
    if (prev == 0x7B2C /* 第 */) {
        size_t end;
        if (!rank_after_di(s, q, &end))
            return BULLETIN_OK;
        draft_init(&d, i - 3);
        d.value = v;
        *next = end;
        return make_rank(s, &d, end, bl_strndup(s->list->mem, t + i, q - i), true);
    }
    if (lone_yi)
        return BULLETIN_OK;
    if (has_at(t, len, q, "次产业"))
        return BULLETIN_OK; /* 三次产业: a name */
    before_number(s, &d, i);
    size_t e = after_number(s, &d, q);
    if (!d.base[0])
        return BULLETIN_OK; /* a Chinese numeral needs a unit */
    d.end = e;
    *next = e;
    return push(s, &d, bl_strndup(s->list->mem, t + i, q - i));
}

/* Quotes and book titles: returns the end of a name to skip, or 0. */
static size_t name_region(const scan *s, size_t i, uint32_t open, int n)
{
    uint32_t close;
    bool title = false;
    switch (open) {
    case 0x201C: close = 0x201D; break;
    case 0x2018: close = 0x2019; break;
    case 0x300C: close = 0x300D; break;
    case 0x300E: close = 0x300F; break;
    case '"': close = '"'; break;
    case 0x300A:
        close = 0x300B;
        title = true;
        break;
    case 0x3008:
        close = 0x3009;
        title = true;
        break;
    default: return 0;
    }
    size_t p = i + (size_t)n, lim = i + BL_FIG_QUOTE_MAX;
    if (lim > s->len)
        lim = s->len;
    while (p < lim) {
        int k;
        bool sent;
        uint32_t c = cp_at(s->t, s->len, p, &k);
        if (c == close)
            return p + (size_t)k;
        if (!title &&
            (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F || c == '\n'))
            return 0; /* a quotation: scanned */
        if (title && is_clause_punct(c, &sent) && sent)
            return 0;
        p += (size_t)k;
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Clauses and labels
 * ---------------------------------------------------------------------- */

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
    size_t a = f->lab_start, b = f->lab_end;
    trim_words(t, &a, &b, label_lead, NELEM(label_lead), f->change ? NULL : label_trail,
               f->change ? 0 : NELEM(label_trail));
    /* a short segment is a verb or a scope (建成400余个…, 面向17个…): the
     * counted noun after the figure names it better */
    if (f->kind == BL_FIG_YEAR || f->kind == BL_FIG_DATE || f->kind == BL_FIG_IDENTIFIER)
        a = b; /* they name no indicator */
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
        if (p->text == f->text && p->label && *p->label && !p->change && p->kind != BL_FIG_YEAR
            && p->kind != BL_FIG_DATE && p->kind != BL_FIG_IDENTIFIER)
            owner = p->label;
    }
    if (owner && strlen(owner) + (b - a) < BL_FIG_LABEL_MAX)
        status = bl_buf_puts(&lb, owner);
    if (f->change && f->link != BL_FIG_NO_LINK && l->items[f->link].label) {
        const char *ll = l->items[f->link].label;
        size_t n = strlen(ll);
        /* the verb phrase keeps its place when the linked label is long */
        size_t room = BL_FIG_LABEL_MAX > (b - a) ? BL_FIG_LABEL_MAX - (b - a) : 0;
        status = bl_buf_put(&lb, ll, cut_label(ll, 0, n < room ? n : room));
    }
    if (status == BULLETIN_OK)
        status = bl_buf_put(&lb, t + a, cut_label(t, a, b > a ? b - a : 0));
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
static bulletin_status close_clause(scan *s, size_t end, bool sentence)
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
    }
    for (size_t k = s->clause_first; k < s->list->len; k++) {
        bulletin_status status = make_label(s, k, e);
        if (status != BULLETIN_OK)
            return status;
    }
    s->clause_first = s->list->len;
    if (sentence)
        s->sentence_first = s->list->len;
    s->pending_qual = NULL;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Public API
 * ---------------------------------------------------------------------- */

void bl_figure_list_init(bl_figure_list *list, const bulletin_mem *mem)
{
    if (!list)
        return;
    list->mem = mem ? mem : bulletin_default_mem();
    list->items = NULL;
    list->len = list->cap = 0;
}

static void truncate_list(bl_figure_list *list, size_t len)
{
    while (list->len > len) {
        bl_figure *f = &list->items[--list->len];
        bl_free(list->mem, f->value_text);
        bl_free(list->mem, f->label);
    }
}

void bl_figure_list_free(bl_figure_list *list)
{
    if (!list || !list->mem)
        return;
    truncate_list(list, 0);
    bl_free(list->mem, list->items);
    list->items = NULL;
    list->cap = 0;
}

bulletin_status bl_figures_scan(bl_figure_list *list, const char *text, size_t len,
                                const bl_figure_ctx *ctx)
{
    if (!list || (!text && len))
        return BULLETIN_ERR_USAGE;
    if (!list->mem)
        list->mem = bulletin_default_mem();
    if (!len)
        return BULLETIN_OK;
    size_t base = list->len;
    scan s = {list, text, len, ctx, 0, skip_spaces(text, len, 0), base, base, NULL};
    bulletin_status status = BULLETIN_OK;
    const char *t = text;
    for (size_t i = 0; i < len && status == BULLETIN_OK;) {
        int n;
        bool sentence;
        uint32_t c = cp_at(t, len, i, &n);
        size_t next = i + (size_t)n;
        if (c == CP_BAD) {
            i = next;
            continue;
        }
        if (is_clause_punct(c, &sentence)) {
            status = close_clause(&s, i, sentence);
            s.clause_start = next;
            s.clause_trim = skip_spaces(t, len, next);
        } else if (digit_val(c) >= 0) {
            status = arabic(&s, i, &next);
        } else if ((c == '-' || c == 0x2212 || c == 0xFF0D) &&
                   digit_val(cp_at(t, len, next, NULL)) >= 0) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p == CP_BAD || !(digit_val(p) >= 0 || is_ascii_alpha(p)))
                status = arabic(&s, i, &next);
        } else if (is_ascii_alpha(c)) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p == CP_BAD || !(digit_val(p) >= 0 || is_ascii_alpha(p)))
                status = latin(&s, i, &next);
            else
                next = skip_alnum(t, len, i);
        } else if (c == 0x3014 || c == '[' || c == 0xFF3B || c == 0x3010) {
            size_t nx;
            bulletin_status st = BULLETIN_OK;
            if (docnum(&s, i, n, c, &nx, &st)) {
                next = nx;
                status = st;
            }
        } else if (is_cn_numeral(c)) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p == CP_BAD || !is_cn_numeral(p))
                status = chinese(&s, i, &next);
        } else if (c == 0x7EA6 /* 约 */) {
            uint32_t nx = cp_at(t, len, next, NULL);
            if (i == s.clause_trim || in_set(nx, "为占合有是"))
                s.pending_qual = "约";
        } else {
            size_t e = name_region(&s, i, c, n);
            if (e)
                next = e;
        }
        if (next <= i)
            next = i + (size_t)n;
        i = next;
    }
    if (status == BULLETIN_OK)
        status = close_clause(&s, len, true);
    if (status != BULLETIN_OK)
        truncate_list(list, base);
    return status;
}

bool bl_figure_apply_unit(bl_figure *f, const char *hint, size_t len)
{
    if (!f || !hint || !f->parsed || f->unit[0] || f->kind != BL_FIG_COUNT || f->numeral_chinese
        || f->change)
        return false;
    double sf = 1;
    size_t n = match_scale(hint, len, 0, &sf);
    bl_figure_kind kind = BL_FIG_COUNT;
    char base[BL_FIG_UNIT_MAX] = "";
    size_t m = n < len ? match_unit(hint, len, n, &kind, base, sizeof base) : 0;
    if (n + m != len || (!n && !m))
        return false;
    copy_str(f->scale, sizeof f->scale, hint, n);
    f->scale_factor = sf;
    copy_str(f->base_unit, sizeof f->base_unit, base, strlen(base));
    copy_str(f->unit, sizeof f->unit, hint, len);
    f->kind = m ? kind : BL_FIG_COUNT;
    f->norm = f->value * sf;
    return true;
}

const char *bl_figure_kind_name(bl_figure_kind kind)
{
    if ((unsigned)kind >= BL_FIG_NKINDS)
        return "unknown";
    return kind_names[kind];
}

bool bl_figure_is_default(const bl_figure *fig)
{
    return fig && !fig->numeral_chinese && fig->kind != BL_FIG_IDENTIFIER;
}

double bl_figure_signed_value(const bl_figure *fig)
{
    if (!fig)
        return 0;
    return fig->change == BL_FIG_CHANGE_DOWN ? -fig->value : fig->value;
}
