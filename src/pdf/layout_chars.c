/*
 * layout_chars.c - what each character is to the line-layout engine:
 * its class (Han, Western, the kinds of punctuation), where a line may
 * break (clreq strict prohibitions, docs/TYPESETTING.md §1.2; numbers never
 * parted from their units), and the analysis every layout starts with:
 * the fixed trims and optional compressions of full-width marks (GB/T
 * 15834), the gaps between characters (CJK-Latin 1/4 em), and the prefix
 * sums a line is measured with.  Also the input: UTF-8 text measured
 * into characters (bl_lay_chars_from_utf8).
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <uchar.h>

#include "bulletin_int.h"
#include "layout.h"
#include "layout_int.h"

/* ------------------------------------------------------------------------
 * Character classes
 * ---------------------------------------------------------------------- */


static bool is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || bl_is_han(cp) || (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB) || cp == 0x3000
        || (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3100 && cp <= 0x31BF);
}

/* Latin letters and digits.  Inline with a first test that answers for
 * every ideograph and kana at once: it is asked several times per
 * character (breaks, input conversion). */
static inline bool is_western(uint32_t cp)
{
    if (cp >= 0x500 && cp < 0xFF10)
        return false;
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
        || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        || (cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x400 && cp <= 0x4FF)
        || (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A)
        || (cp >= 0xFF41 && cp <= 0xFF5A);
}

bool bl_lay_is_western(uint32_t cp) { return is_western(cp); }

bool bl_lay_after_slash(const bl_lay_char *c, size_t i)
{
    uint32_t a = c[i - 1].cp;
    return (a == '/' || a == 0xFF0F || a == '\\') && i >= 2 && is_western(c[i - 2].cp)
           && is_western(c[i].cp);
}

static bool is_digit(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* docs/TYPESETTING.md §1.2, NO_LINE_START (basic, with the Western closers). */
static bool no_start_basic(uint32_t cp)
{
    switch (cp) {
    case 0x3002: case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A: case 0xFF1F:
    case 0xFF01: case 0xFF0E: case 0x203C: case 0x2047:
    case 0x201D: case 0x2019: case 0x300D: case 0x300F:
    case 0xFF09: case 0x3015: case 0x3011: case 0x3017: case 0xFF3D: case 0xFF5D:
    case 0x300B: case 0x3009:
    case 0xFF5E: case 0x2013: case 0x002D: case 0x2010: case 0x2011: case 0x2012: case 0xFF0D:
    case 0x00B7: case 0x30FB: case 0x2027: case 0x002F: case 0xFF0F:
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']':
    case '}': case '%':
        return true;
    default:
        return false;
    }
}

/* NO_LINE_START_STRICT: 破折号, 省略号 and a lone U+2014 (connector). */
static bool no_start_strict(uint32_t cp)
{
    return cp == 0x2014 || cp == 0x2E3A || cp == 0x2026 || cp == 0x22EF;
}

bool bl_lay_no_line_start(uint32_t cp) { return no_start_basic(cp) || no_start_strict(cp); }

bool bl_lay_no_line_end(uint32_t cp)
{
    switch (cp) {
    case 0x201C: case 0x2018: case 0x300C: case 0x300E:
    case 0xFF08: case 0x3014: case 0x3010: case 0x3016: case 0xFF3B: case 0xFF5B:
    case 0x300A: case 0x3008: case 0x002F: case 0xFF0F:
    case '(': case '[': case '{':
        return true;
    default:
        return false;
    }
}

static int classify(uint32_t cp)
{
    if (is_han(cp))
        return CLS_HAN;
    if (is_western(cp))
        return CLS_WEST;
    switch (cp) {
    case ' ':
        return CLS_SPACE;
    case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A:
        return CLS_STOP;
    case 0x3002: case 0xFF0E: case 0xFF1F: case 0xFF01: case 0x203C: case 0x2047:
        return CLS_END;
    case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0xFF09: case 0x3015:
    case 0x3011: case 0x3017: case 0xFF3D: case 0xFF5D: case 0x300B: case 0x3009:
        return CLS_CLOSE;
    case 0x201C: case 0x2018: case 0x300C: case 0x300E: case 0xFF08: case 0x3014:
    case 0x3010: case 0x3016: case 0xFF3B: case 0xFF5B: case 0x300A: case 0x3008:
        return CLS_OPEN;
    case 0x00B7: case 0x30FB: case 0x2027:
        return CLS_MIDDOT;
    case 0x2014: case 0x2013: case '-': case 0xFF5E: case '/': case 0xFF0F: case 0x301C:
        return CLS_CONN;
    case 0x2E3A:
        return CLS_DASH;
    case 0x2026: case 0x22EF:
        return CLS_ELLIP;
    default:
        return cp < 0x80 ? CLS_ASCIIP : CLS_OTHER;
    }
}

/* Units a number is never parted from (docs/TYPESETTING.md §1.2, our rule):
 * digits + optional 余/多 + the longest unit below stay on one line. */
static const char32_t *const units[] = {
    U"个百分点", U"百分点", U"万人次", U"人次", U"个月", U"亿美元", U"万美元", U"美元",
    U"亿元", U"万元", U"千元", U"元", U"亿", U"万", U"千", U"百", U"人", U"个", U"件",
    U"项", U"家", U"年", U"月", U"日", U"号", U"次", U"倍", U"名", U"所", U"户", U"台",
    U"套", U"吨", U"千克", U"公斤", U"克", U"平方公里", U"平方米", U"公里", U"千米",
    U"米", U"亩", U"公顷", U"小时", U"分钟", U"秒", U"天", U"周", U"岁", U"位", U"支",
    U"条", U"部", U"篇", U"批", U"场", U"届", U"期", U"座", U"辆", U"架", U"艘", U"款",
    U"种", U"类", U"门", U"本", U"册", U"份", U"张", U"页", U"强", U"成", U"笔", U"例",
    U"起", U"宗", U"单", U"块", U"株", U"头", U"只", U"间", U"层", U"轮", U"组", U"队",
    U"分", U"时", U"点", U"度", U"级", U"代", U"区", U"县", U"市", U"省", U"国",
    U"千瓦时", U"千瓦", U"瓦", U"立方米", U"标准煤", U"标箱", U"辆次", U"架次", U"床", U"羽",
    U"盒", U"瓶", U"箱", U"栋", U"幢", U"根", U"颗", U"片", U"桩", U"道", U"集", U"节", U"所",
    U"千公顷", U"万亩", U"公斤", U"斤", U"升", U"千米", U"平方千米", U"元/吨", U"元/500克",
    U"平米", U"㎡", U"㎢", U"㎥",
    /* the same units in traditional characters (a page of 國家統計局 or a
     * Hong Kong copy), where they differ */
    U"個百分點", U"百分點", U"萬人次", U"個月", U"億美元", U"萬美元", U"億元", U"萬元", U"億",
    U"萬", U"個", U"項", U"號", U"戶", U"臺", U"噸", U"畝", U"公頃", U"千公頃", U"萬畝",
    U"小時", U"分鐘", U"週", U"歲", U"條", U"場", U"屆", U"輛", U"種", U"類", U"門", U"冊",
    U"張", U"頁", U"強", U"筆", U"塊", U"頭", U"隻", U"間", U"層", U"輪", U"組", U"隊",
    U"時", U"點", U"級", U"區", U"縣", U"國", U"千瓦時", U"標準煤", U"標箱", U"輛次", U"牀",
    U"棟", U"顆", U"樁", U"節", U"元/噸",
};

#define UNIT_COUNT (sizeof units / sizeof *units)
#define UNIT_BUCKETS 256

/* The units by their first character's low byte: bucket b's units are
 * unit_order[unit_start[b] .. unit_start[b + 1] - 1], in the list's
 * order.  Built once (unit_match1 ran over every unit at each number's
 * end: 5.4M instructions of the 100x text). */
static uint8_t unit_start[UNIT_BUCKETS + 1];
static uint8_t unit_order[UNIT_COUNT];
static pthread_once_t unit_once = PTHREAD_ONCE_INIT;

static void unit_index_build(void)
{
    _Static_assert(UNIT_COUNT < 256, "unit indices are bytes");
    size_t count[UNIT_BUCKETS] = {0};
    for (size_t u = 0; u < UNIT_COUNT; u++)
        count[(uint32_t)units[u][0] & (UNIT_BUCKETS - 1)]++;
    size_t at = 0;
    for (size_t b = 0; b < UNIT_BUCKETS; b++) {
        unit_start[b] = (uint8_t)at;
        at += count[b];
    }
    unit_start[UNIT_BUCKETS] = (uint8_t)at;
    size_t fill[UNIT_BUCKETS];
    for (size_t b = 0; b < UNIT_BUCKETS; b++)
        fill[b] = unit_start[b];
    for (size_t u = 0; u < UNIT_COUNT; u++)
        unit_order[fill[(uint32_t)units[u][0] & (UNIT_BUCKETS - 1)]++] = (uint8_t)u;
}

/* The longest unit at c[i] (0 for none). */
static size_t unit_match1(const bl_lay_char *c, size_t n, size_t i)
{
    size_t best = 0;
    if (i >= n)
        return 0;
    pthread_once(&unit_once, unit_index_build);
    uint32_t first = c[i].cp;
    size_t b = first & (UNIT_BUCKETS - 1);
    for (size_t j = unit_start[b]; j < unit_start[b + 1]; j++) {
        size_t u = unit_order[j];
        if ((uint32_t)units[u][0] != first)
            continue;
        size_t k = 1;
        while (units[u][k] && i + k < n && c[i + k].cp == (uint32_t)units[u][k])
            k++;
        if (!units[u][k] && k > best)
            best = k;
    }
    return best;
}

static bool is_scale(uint32_t cp)
{
    return cp == 0x4E07 /* 万 */ || cp == 0x4EBF /* 亿 */ || cp == 0x5343 /* 千 */
        || cp == 0x767E /* 百 */ || cp == 0x842C /* 萬 */ || cp == 0x5104 /* 億 */;
}

/* The unit at chars[i]: the longest in the list, and after a scale (万,
 * 亿, 万亿) the unit that follows it too: 130万件, 12.74万人, 281.2万亩. */
static size_t unit_match(const bl_lay_char *c, size_t n, size_t i)
{
    size_t k = unit_match1(c, n, i);
    while (k > 0 && is_scale(c[i + k - 1].cp) && i + k < n) {
        size_t more = unit_match1(c, n, i + k);
        if (more == 0)
            break;
        k += more;
        if (is_scale(c[i + k - 1].cp) && k > 4)
            break;
    }
    return k;
}

/* A hyphen or figure/en dash that may join two figures (3万元-5万元,
 * 2023‒2025, －5℃): U+002D, U+2010-2013, U+FF0D, U+2212. */
static bool is_range_connector(uint32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2013) || cp == 0xFF0D || cp == 0x2212;
}

static bool is_number_suffix(uint32_t cp)
{
    return cp == '%' || cp == 0xFF05 || cp == 0x2030 || cp == 0x2103 || cp == 0xB0;
}

/* Inside a Latin word or a number: . , : - ' _ & + between two alnums. */
static bool is_word_joiner(uint32_t cp)
{
    return cp == '.' || cp == ',' || cp == ':' || cp == '-' || cp == '\'' || cp == '_'
        || cp == '&' || cp == '+' || cp == 0x2019 || cp == 0xFF0E;
}

/* ------------------------------------------------------------------------
 * Break opportunities
 * ---------------------------------------------------------------------- */

void bl_lay_breaks(const bl_lay_char *c, size_t n, bool *brk)
{
    if (n == 0)
        return;
    brk[0] = true;
    for (size_t i = 1; i < n; i++) {
        uint32_t a = c[i - 1].cp, b = c[i].cp;
        bool ok = true;
        if (b >= 0x4E00 && b <= 0x9FFF) {
            /* Before an ideograph (most positions) only the rules on `a`
             * can apply: no ideograph is in any list below, is Western,
             * a digit or a number suffix. */
            brk[i] = (a >= 0x4E00 && a <= 0x9FFF)
                     || !(a == 0xA0 || bl_lay_no_line_end(a) || a == 0x00B7 || a == 0x30FB
                          || a == 0x2027);
            continue;
        }
        if (b == ' ' || b == 0xA0 || a == 0xA0)
            ok = false; /* break after spaces, not before */
        else if (bl_lay_no_line_start(b) || bl_lay_no_line_end(a))
            ok = false;
        else if (is_western(a) && is_western(b))
            ok = false;
        else if (a == b && (a == 0x2014 || a == 0x2026 || a == 0x22EF || a == 0x2E3A))
            ok = false;
        else if ((a == 0xFFE5 || a == '$' || a == 0xA5 || a == 0x7B2C /* 第 */) && is_digit(b))
            ok = false;
        else if (is_number_suffix(b) && is_digit(a))
            ok = false;
        else if (is_range_connector(a) && is_digit(b))
            ok = false; /* 3萬元-|5萬元: UAX 14 LB25 HY × NU; pdftotext drops a line-end '-' */
        else if (a == 0x00B7 || a == 0x30FB || a == 0x2027)
            ok = false; /* 约翰·史密斯: as Word, an interpunct ends no line */
        brk[i] = ok;
    }
    /* Words and numbers with joiners: 1,234.5  COVID-19  e.g. */
    for (size_t i = 1; i + 1 < n; i++)
        if (is_word_joiner(c[i].cp) && is_western(c[i - 1].cp)
            && is_western(c[i + 1].cp)) {
            brk[i] = false;
            brk[i + 1] = false;
        }
    /* A number is never parted from its unit: 127.16亿元 85199人次 400余个. */
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(c[i].cp) || (i + 1 < n && is_digit(c[i + 1].cp)))
            continue;
        size_t j = i + 1;
        while (j < n && is_number_suffix(c[j].cp))
            j++;
        if (j > i + 1)
            continue; /* 59.4%: % is the unit */
        size_t k = j;
        if (k < n && (c[k].cp == 0x4F59 /* 余 */ || c[k].cp == 0x591A /* 多 */))
            k++;
        size_t u = k < n ? unit_match(c, n, k) : 0;
        if (u == 0 && k == j)
            continue;
        for (size_t m = j; m < k + u && m < n; m++)
            brk[m] = false;
    }
}

/* ------------------------------------------------------------------------
 * Per-character analysis
 * ---------------------------------------------------------------------- */

/* Which side of a full-width mark is blank, from its class, checked
 * against the glyph's ink when the caller knows it. */
static int trim_mode(const bl_lay_char *ch, int cls)
{
    if (ch->size <= 0 || ch->adv < FULLWIDTH_MIN * ch->size)
        return TRIM_NONE;
    int mode;
    switch (cls) {
    case CLS_STOP: case CLS_END: case CLS_CLOSE: mode = TRIM_RIGHT; break;
    case CLS_OPEN: mode = TRIM_LEFT; break;
    case CLS_MIDDOT: mode = TRIM_CENTRE; break;
    default: return TRIM_NONE;
    }
    if (ch->ink_left < ch->ink_right) {
        double l = ch->ink_left / 1000.0, r = ch->ink_right / 1000.0;
        bool ok = mode == TRIM_RIGHT ? r <= 0.55 : mode == TRIM_LEFT ? l >= 0.45 : true;
        if (!ok)
            mode = (l >= 0.2 && r <= 0.8) ? TRIM_CENTRE : TRIM_NONE;
    }
    return mode;
}

static bool conn_like(int cls) { return cls == CLS_CONN; }

/* What character i is on its own (the first pass of bl_lay_analyse):
 * its break (the caller's class applied to the rules' answer in
 * L->brkv), class, em, trim mode, advance, end trim. */
static inline void analyse_one(lctx *L, size_t i, bool in_words)
{
    const bl_lay_char *c = L->c;
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    cinfo *x = &L->ci[i];
    memset(x, 0, sizeof *x);
    if (p->brk && i > 0) {
        x->bcls = p->brk[i];
        if (x->bcls == BL_BRK_NEVER || (x->bcls == BL_BRK_WORD && !in_words))
            L->brkv[i] = false;
        else if (x->bcls == BL_BRK_GOOD && (c[i - 1].cp == '-' || c[i - 1].cp == '_')
                 && is_western(c[i].cp))
            L->brkv[i] = true; /* display text: after the hyphen of a-long-name */
        else if (L->words >= LAY_WORDS_RUNS && x->bcls != BL_BRK_WORD
                 && bl_lay_after_slash(c, i))
            L->brkv[i] = true; /* 11330700MB10327095/|2024-00144 */
    }
    x->em = c[i].size > 0 ? c[i].size : p->em;
    x->adv = c[i].adv;
    x->brk = L->brkv[i];
    uint32_t cp = c[i].cp;
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
        /* the URO, most characters: Han, never trimmed (trim_mode) */
        x->cls = CLS_HAN;
        x->han = true;
        return;
    }
    x->cls = (uint8_t)classify(cp);
    if (cp == 0x2014 && ((i > 0 && c[i - 1].cp == 0x2014) || (i + 1 < n && c[i + 1].cp == 0x2014)))
        x->cls = CLS_DASH;
    x->mode = (uint8_t)trim_mode(&c[i], x->cls);
    x->han = bl_is_han(cp);
    x->space = x->cls == CLS_SPACE;
    if (x->cls == CLS_MIDDOT && x->mode == TRIM_CENTRE) {
        x->fixed = true; /* an interpunct is always 1/2 em */
        x->adv -= HALF * x->em;
        x->mode = TRIM_NONE;
    }
    if (x->mode == TRIM_RIGHT || x->mode == TRIM_CENTRE)
        x->endtrim = HALF * x->em;
}

/* What needs character i's neighbours (the second pass, one character
 * behind the first): the pair of adjacent marks it opens, its
 * compression, the gap after it, the prefix sums past it and where a
 * line ending after it ends.  Character i + 1 has had its first pass
 * (when i + 1 < n); every character before i both. */
static inline __attribute__((always_inline)) void analyse_two(lctx *L, size_t i, double gap)
{
    const bl_lay_char *c = L->c;
    size_t n = L->n;
    cinfo *x = &L->ci[i], *y = i + 1 < n ? &L->ci[i + 1] : NULL;
    psum *ps = L->ps;
    if (y && x->cls == CLS_HAN && y->cls == CLS_HAN) {
        /* Han before Han, the common case: no trim (trim_mode: none for
         * CLS_HAN), so no pair and no compression, no space, a CJK gap;
         * the sums that would add 0 are copied (the same bits: a sum
         * starts at +0 and is never -0, to which adding +0 would give
         * +0) */
        x->gap = GAP_CJK;
        ps[i + 1].pw = ps[i].pw + x->adv;
        ps[i + 1].pg = ps[i].pg;
        ps[i + 1].pcomp = ps[i].pcomp;
        ps[i + 1].psst = ps[i].psst;
        ps[i + 1].pssh = ps[i].pssh;
        ps[i + 1].pcjk = ps[i].pcjk + 1;
        ps[i + 1].pword = ps[i].pword;
        ps[i + 1].pswc = ps[i].pswc;
        ps[i + 1].plat = ps[i].plat;
        ps[i + 1].phan = ps[i].phan + x->han;
        L->lend[i + 1] = (uint32_t)(i + 1);
        return;
    }
    const cinfo *w = i > 0 ? &L->ci[i - 1] : NULL;
    /* Adjacent full-width marks: 2 em -> 1.5 em. */
    if (y && x->mode != TRIM_NONE && y->mode != TRIM_NONE) {
        bool a_free = !(w && w->pair == PAIR_B);
        if (a_free && (x->mode == TRIM_RIGHT || x->mode == TRIM_CENTRE))
            x->pair = PAIR_A;
        else if (y->mode == TRIM_LEFT)
            x->pair = PAIR_B;
    }
    if (x->mode != TRIM_NONE) {
        bool trimmed = x->pair == PAIR_A || (w && w->pair == PAIR_B);
        /* trimming the left of a mark shortens the mark before it: keep
         * every mark at least 1/2 em wide */
        bool after_han = w && w->cls == CLS_HAN;
        if (!after_han && (x->mode == TRIM_LEFT || x->mode == TRIM_CENTRE))
            trimmed = true;
        if (!trimmed)
            x->comp = HALF * x->em;
    }
    /* The gap between i and i+1. */
    if (y) {
        const cinfo *a = x, *b = y;
        uint8_t g = GAP_CJK;
        if (a->cls == CLS_HAN && b->cls == CLS_HAN)
            ; /* (the common case: none of the tests below holds) */
        else {
            bool aw = a->cls == CLS_WEST
                      || (is_number_suffix(c[i].cp) && i > 0 && is_digit(c[i - 1].cp));
            bool bw = b->cls == CLS_WEST;
            if ((a->cls == CLS_HAN && bw) || (aw && b->cls == CLS_HAN))
                g = GAP_LATIN;
            else if (a->space && !b->space)
                g = GAP_WORD; /* a word space stretches with the other gaps, so far */
            else if (a->cls == CLS_WEST || b->cls == CLS_WEST || aw || a->cls == CLS_ASCIIP
                     || b->cls == CLS_ASCIIP || is_number_suffix(c[i + 1].cp))
                g = GAP_NONE; /* inside words and numbers, next to punctuation */
            else if (a->space || b->space || conn_like(a->cls) || conn_like(b->cls))
                g = GAP_NONE;
            else if ((a->cls == CLS_DASH && b->cls == CLS_DASH)
                     || (a->cls == CLS_ELLIP && b->cls == CLS_ELLIP))
                g = GAP_NONE;
        }
        x->gap = g;
    }
    /* Prefix sums. */
    double g = 0;
    if (x->gap == GAP_LATIN)
        g += gap;
    if (x->pair == PAIR_A || x->pair == PAIR_B)
        g -= HALF * (x->pair == PAIR_A ? x->em : y->em);
    double sst = 0, ssh = 0;
    if (x->space) {
        sst = fmax(0, SPACE_MAX * x->em - x->adv);
        ssh = fmax(0, x->adv - SPACE_MIN * x->em);
    }
    ps[i + 1].pw = ps[i].pw + x->adv;
    ps[i + 1].pg = ps[i].pg + g;
    ps[i + 1].pcomp = ps[i].pcomp + x->comp;
    ps[i + 1].psst = ps[i].psst + sst;
    ps[i + 1].pssh = ps[i].pssh + ssh;
    ps[i + 1].pcjk = ps[i].pcjk + (x->gap == GAP_CJK || x->gap == GAP_WORD);
    ps[i + 1].pword = ps[i].pword + (x->gap == GAP_WORD);
    ps[i + 1].pswc = ps[i].pswc + (x->gap == GAP_WORD ? word_space_cap(x) : 0);
    ps[i + 1].plat = ps[i].plat + (x->gap == GAP_LATIN);
    ps[i + 1].phan = ps[i].phan + x->han;
    /* where a line ending at break position i + 1 ends: spaces dropped */
    L->lend[i + 1] = x->space ? L->lend[i] : (uint32_t)(i + 1);
}

void bl_lay_analyse(lctx *L)
{
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    double gap = p->latin_gap * p->em;
    bool in_words = L->words == LAY_WORDS_ANY || L->words == LAY_WORDS_RELAXED;
    bl_lay_breaks(L->c, n, L->brkv);
    memset(&L->ps[0], 0, sizeof L->ps[0]);
    L->lend[0] = 0;
    /* one pass, the second half a character behind the first */
    for (size_t i = 0; i < n; i++) {
        analyse_one(L, i, in_words);
        if (i > 0)
            analyse_two(L, i - 1, gap);
    }
    if (n > 0)
        analyse_two(L, n - 1, gap);
    /* Where a line starting at each break position really starts: spaces
     * skipped; every break candidate asks. */
    L->lstart[n] = n;
    for (size_t k = n; k-- > 0;)
        L->lstart[k] = L->ci[k].space ? L->lstart[k + 1] : k;
}

/* ------------------------------------------------------------------------
 * UTF-8 input
 * ---------------------------------------------------------------------- */

/* Chinese marks set as GB/T 15834 wants them whatever the face: a
 * quotation mark narrower than the em (WenQuanYi Zen Hei's “ is 0.33 em)
 * gets a full em, the glyph on its text side (an opening mark at the
 * right of its box, a closing one at the left); a point (，、；：。？！)
 * drawn in the middle of the em (Taiwan style: Zen Hei's ，：；！？) moves
 * to the left, where GB fonts have it, so that its right half is blank
 * and compressible like the others.  Shifts the ink with the glyph. */
static void full_width_mark(uint32_t cp, bl_lay_metrics *m)
{
    bool open = cp == 0x201C || cp == 0x2018, close = cp == 0x201D || cp == 0x2019;
    if ((open || close) && m->adv1000 < FULLWIDTH_MIN * 1000) {
        int pad = (int)(1000 - m->adv1000);
        m->adv1000 = 1000;
        if (open) {
            m->shift1000 = pad;
            m->ink_left += pad;
            m->ink_right += pad;
        }
        return;
    }
    int cls = classify(cp);
    if ((cls == CLS_STOP || cls == CLS_END) && m->adv1000 >= FULLWIDTH_MIN * 1000
        && m->ink_left >= 300 && m->ink_right <= 900) {
        int d = 100 - m->ink_left; /* the ink from 0.1 em */
        m->shift1000 = d;
        m->ink_left += d;
        m->ink_right += d;
    }
}

/* bl_utf8_decode, inlined: the input conversion decodes every character
 * twice (count, then fill), and the call cost more than the decoding.
 * Same acceptance (no overlongs, surrogates or code points past
 * U+10FFFF), same result. */
static __attribute__((noinline)) int utf8_decode_rest(const unsigned char *s, size_t len,
                                                      uint32_t *cp)
{
    return bl_utf8_decode(s, len, cp);
}

/* (small enough to be inlined into both passes of bl_lay_chars_from_utf8:
 * the rarer sequences are decoded out of line) */
static inline int utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned c = s[0]; /* len > 0 */
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xE0 && c <= 0xEF && len >= 3 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        /* the common case in Chinese text: a 3-byte sequence */
        uint32_t v = (c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        *cp = v;
        return 3;
    }
    return utf8_decode_rest(s, len, cp);
}

size_t bl_lay_utf8_room(const char *text, size_t len)
{
    /* the bytes that are not continuation bytes (10xxxxxx), eight at a
     * time: a byte's top bit and not its next, gathered into its low
     * bit, the eight added by a multiply into the top byte */
    const uint64_t hi = UINT64_C(0x8080808080808080), ones = UINT64_C(0x0101010101010101);
    size_t cont = 0, i = 0;
    for (; len - i >= 8; i += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        uint64_t c = (w & ~(w << 1) & hi) >> 7;
        cont += (size_t)((c * ones) >> 56);
    }
    for (; i < len; i++)
        cont += ((unsigned char)text[i] & 0xC0) == 0x80;
    return len - cont;
}

bulletin_status bl_lay_chars_fill(const char *text, size_t len, double size, int role,
                                  int latin_role, bl_lay_measure_fn measure, void *user,
                                  bl_lay_char *c, size_t *n)
{
    *n = 0;
    /* decoded whole first: nothing is measured (a measure marks the
     * glyphs a font subset keeps) when the text is not valid UTF-8 */
    size_t m = 0;
    for (size_t i = 0; i < len; m++) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            *n = i;
            return BULLETIN_ERR_ENCODING;
        }
        c[m].cp = cp;
        c[m].src = (uint32_t)i;
        i += (size_t)k;
    }
    for (size_t q = 0; q < m; q++) {
        uint32_t cp = c[q].cp;
        bool latin = is_western(cp)
                     || ((cp == '.' || cp == ',' || cp == '%' || cp == 0x2030 || cp == ':')
                         && q > 0 && is_digit(c[q - 1].cp));
        bl_lay_metrics mt = {1000.0, -1, 0, 0, 0};
        bulletin_status st = measure(user, cp, latin ? latin_role : role, &mt);
        if (st != BULLETIN_OK)
            return st;
        double gadv = mt.adv1000 * size / 1000.0;
        c[q].gadv = gadv;
        c[q].size = size;
        if (!latin && mt.ink_left < mt.ink_right) {
            full_width_mark(cp, &mt);
            c[q].adv = mt.adv1000 * size / 1000.0;
        } else
            c[q].adv = gadv; /* mt.adv1000 as it was: the same product */
        c[q].shift = mt.shift1000 * size / 1000.0;
        c[q].ink_left = (int16_t)mt.ink_left;
        c[q].ink_right = (int16_t)mt.ink_right;
        c[q].font = mt.font;
    }
    *n = m;
    return BULLETIN_OK;
}

bulletin_status bl_lay_chars_from_utf8(const char *text, size_t len, double size, int role,
                                       int latin_role, bl_lay_measure_fn measure, void *user,
                                       const bulletin_mem *mem, bl_lay_char **out, size_t *n)
{
    if (!mem)
        mem = bulletin_default_mem();
    *out = NULL;
    *n = 0;
    /* one character a lead byte: the count, when the text is valid */
    size_t count = bl_lay_utf8_room(text, len);
    if (count == 0) {
        /* no lead byte: empty, or continuation bytes only (invalid) */
        return len ? BULLETIN_ERR_ENCODING : BULLETIN_OK;
    }
    /* every field is set below: no need to zero the array first */
    bl_lay_char *c = bl_realloc_array(mem, NULL, count, sizeof *c);
    if (!c)
        return BULLETIN_ERR_NOMEM;
    bulletin_status st = bl_lay_chars_fill(text, len, size, role, latin_role, measure, user, c, n);
    if (st != BULLETIN_OK || *n == 0) {
        bl_free(mem, c);
        return st;
    }
    *out = c;
    return BULLETIN_OK;
}
