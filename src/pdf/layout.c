/*
 * layout.c - CJK paragraph layout: clreq strict line-break prohibitions,
 * GB/T 15834 punctuation widths and compression, CJK-Latin gaps,
 * justification, first-line indent, no 孤字, and total-fit line breaking
 * (TYPESETTING.md §1, §3).  Pure C; widths come with the characters.
 */
#include <math.h>
#include <string.h>
#include <uchar.h>

#include "bulletin_int.h"
#include "layout.h"

/* ------------------------------------------------------------------------
 * Tuning (all in em unless said otherwise)
 * ---------------------------------------------------------------------- */

#define HALF 0.5            /* compressible part of a full-width mark */
#define FULLWIDTH_MIN 0.9   /* advance from which a mark counts as full width */
#define LATIN_GAP_MAX 0.5   /* clreq: CJK-Latin gap stretches up to 1/2 em */
#define LATIN_GAP_MIN 0.125 /* ... and shrinks down to 1/8 em */
#define SPACE_MIN 0.25      /* a word space shrinks down to 1/4 em */
#define SPACE_MAX 0.5       /* ... and stretches up to 1/2 em */
/* Nominal stretch of one inter-character gap, used only to rate lines
 * (badness); justification itself has no upper limit. */
#define CJK_STRETCH 0.1
/* Compression is rated cheaper than stretching by this factor, so that a
 * line is compressed before a character is pushed to the next one
 * (先挤进，后推出). */
#define SHRINK_WEIGHT 0.25
#define LINE_PENALTY 10.0
#define BADNESS_MAX 1e7      /* keeps very loose lines ordered */
#define ORPHAN_DEMERITS 1e12   /* last line with fewer than two Han */
#define EMERGENCY_DEMERITS 1e20 /* a forced break or an overfull line */
#define EPS 1e-6                /* pt */
#define UNJUSTIFIABLE 1e8       /* badness of a short line without gaps */

/* ------------------------------------------------------------------------
 * Character classes
 * ---------------------------------------------------------------------- */

enum {
    CLS_OTHER = 0,
    CLS_HAN,     /* ideographs, kana, 〇, U+3000 */
    CLS_WEST,    /* Latin letters and digits */
    CLS_SPACE,   /* U+0020 */
    CLS_STOP,    /* ，、；： : compressible, priority 5 */
    CLS_END,     /* 。．？！ : compressible, priority 7 */
    CLS_CLOSE,   /* closing quotes, brackets, book-title marks */
    CLS_OPEN,    /* opening ones */
    CLS_MIDDOT,  /* interpuncts: always 1/2 em */
    CLS_CONN,    /* connectors and solidi: no stretch next to them */
    CLS_DASH,    /* U+2014 in a run of two or more, U+2E3A */
    CLS_ELLIP,   /* … ⋯ */
    CLS_ASCIIP   /* narrow Western punctuation */
};

enum { TRIM_NONE = 0, TRIM_LEFT, TRIM_RIGHT, TRIM_CENTRE };
enum { GAP_NONE = 0, GAP_CJK, GAP_LATIN };
enum { PAIR_NONE = 0, PAIR_A, PAIR_B };

static bool is_han(uint32_t cp)
{
    return bl_is_han(cp) || (cp >= 0x3040 && cp <= 0x30FF && cp != 0x30FB) || cp == 0x3000
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

static bool is_digit(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* TYPESETTING.md §1.2, NO_LINE_START (basic, with the Western closers). */
static bool no_start_basic(uint32_t cp)
{
    switch (cp) {
    case 0x3002: case 0xFF0C: case 0x3001: case 0xFF1B: case 0xFF1A: case 0xFF1F:
    case 0xFF01: case 0xFF0E: case 0x203C: case 0x2047:
    case 0x201D: case 0x2019: case 0x300D: case 0x300F:
    case 0xFF09: case 0x3015: case 0x3011: case 0x3017: case 0xFF3D: case 0xFF5D:
    case 0x300B: case 0x3009:
    case 0xFF5E: case 0x2013: case 0x002D:
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

/* Units a number is never parted from (TYPESETTING.md §1.2, our rule):
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
};

static size_t unit_match(const bl_lay_char *c, size_t n, size_t i)
{
    size_t best = 0;
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t k = 0;
        while (units[u][k] && i + k < n && c[i + k].cp == (uint32_t)units[u][k])
            k++;
        if (!units[u][k] && k > best)
            best = k;
    }
    return best;
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

typedef struct {
    uint8_t cls, mode, gap, pair;
    bool brk, fixed, han, space;
    double em;      /* this character's em, pt */
    double adv;     /* advance after fixed trims */
    double endtrim; /* trim when last on a line */
    double comp;    /* optional compression capacity */
} cinfo;

/* Prefix sums over characters 0 .. i-1, n + 1 of them.  One record per
 * position rather than one array per sum: a line measurement reads every
 * sum at two positions, so it touches two cache lines instead of 16. */
typedef struct {
    double pw, pg, pcomp, psst, pssh;
    size_t pcjk, plat, phan;
} psum;

/* An active node of the total-fit breaker: a break position, where the
 * line after it starts (spaces skipped), and its total demerits, kept
 * together so that the inner loop reads them sequentially.  `safe`: the
 * line from it is certainly not overfull while it ends at or before this
 * position (see safe_end). */
typedef struct {
    size_t j, s, safe;
    double dem;
} anode;

/* The scratch space of one call. */
typedef struct {
    const bl_lay_char *c;
    size_t n;
    const bl_lay_params *p;
    double indent;
    cinfo *ci;
    bool *brkv;
    psum *ps;
    double *dem;    /* DP: total demerits per break position */
    size_t *prev;
    anode *act;     /* total fit's active nodes; then the chosen breaks */
    double *pmax;   /* total fit: pmax[e] = max over 0 < i <= e of
                       ps[i].pw + ps[i - 1].pg, an upper bound */
    size_t *lstart, *lend; /* line_start / line_end per position, n + 1 */
    double *tl, *tr, *extra; /* placement, per character */
} lctx;

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

static void analyse(lctx *L)
{
    const bl_lay_char *c = L->c;
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    double gap = p->latin_gap * p->em;
    bl_lay_breaks(c, n, L->brkv);
    for (size_t i = 0; i < n; i++) {
        cinfo *x = &L->ci[i];
        memset(x, 0, sizeof *x);
        x->cls = (uint8_t)classify(c[i].cp);
        if (c[i].cp == 0x2014 && ((i > 0 && c[i - 1].cp == 0x2014) || (i + 1 < n && c[i + 1].cp == 0x2014)))
            x->cls = CLS_DASH;
        x->em = c[i].size > 0 ? c[i].size : p->em;
        x->mode = (uint8_t)trim_mode(&c[i], x->cls);
        x->adv = c[i].adv;
        x->brk = L->brkv[i];
        x->han = bl_is_han(c[i].cp);
        x->space = x->cls == CLS_SPACE;
        if (x->cls == CLS_MIDDOT && x->mode == TRIM_CENTRE) {
            x->fixed = true; /* an interpunct is always 1/2 em */
            x->adv -= HALF * x->em;
            x->mode = TRIM_NONE;
        }
        if (x->mode == TRIM_RIGHT || x->mode == TRIM_CENTRE)
            x->endtrim = HALF * x->em;
    }
    /* Adjacent full-width marks: 2 em -> 1.5 em. */
    for (size_t i = 0; i + 1 < n; i++) {
        cinfo *a = &L->ci[i], *b = &L->ci[i + 1];
        if (a->mode == TRIM_NONE || b->mode == TRIM_NONE)
            continue;
        bool a_free = !(i > 0 && L->ci[i - 1].pair == PAIR_B);
        if (a_free && (a->mode == TRIM_RIGHT || a->mode == TRIM_CENTRE))
            a->pair = PAIR_A;
        else if (b->mode == TRIM_LEFT)
            a->pair = PAIR_B;
    }
    for (size_t i = 0; i < n; i++) {
        cinfo *x = &L->ci[i];
        bool trimmed = x->pair == PAIR_A || (i > 0 && L->ci[i - 1].pair == PAIR_B);
        /* trimming the left of a mark shortens the mark before it: keep
         * every mark at least 1/2 em wide */
        bool after_han = i > 0 && L->ci[i - 1].cls == CLS_HAN;
        if (!after_han && (x->mode == TRIM_LEFT || x->mode == TRIM_CENTRE))
            trimmed = true;
        if (x->mode != TRIM_NONE && !trimmed)
            x->comp = HALF * x->em;
    }
    /* Gaps between i and i+1. */
    for (size_t i = 0; i + 1 < n; i++) {
        cinfo *a = &L->ci[i], *b = &L->ci[i + 1];
        uint8_t g = GAP_CJK;
        bool aw = a->cls == CLS_WEST || (is_number_suffix(c[i].cp) && i > 0 && is_digit(c[i - 1].cp));
        bool bw = b->cls == CLS_WEST;
        if ((a->cls == CLS_HAN && bw) || (aw && b->cls == CLS_HAN))
            g = GAP_LATIN;
        else if (a->space && !b->space)
            g = GAP_CJK; /* a word space stretches with the other gaps */
        else if (a->cls == CLS_WEST || b->cls == CLS_WEST || aw || a->cls == CLS_ASCIIP
                 || b->cls == CLS_ASCIIP || is_number_suffix(c[i + 1].cp))
            g = GAP_NONE; /* inside words and numbers, next to punctuation */
        else if (a->space || b->space || conn_like(a->cls) || conn_like(b->cls))
            g = GAP_NONE;
        else if ((a->cls == CLS_DASH && b->cls == CLS_DASH) || (a->cls == CLS_ELLIP && b->cls == CLS_ELLIP))
            g = GAP_NONE;
        a->gap = g;
    }
    /* Prefix sums. */
    psum *ps = L->ps;
    memset(&ps[0], 0, sizeof ps[0]);
    for (size_t i = 0; i < n; i++) {
        cinfo *x = &L->ci[i];
        double g = 0;
        if (x->gap == GAP_LATIN)
            g += gap;
        if (x->pair == PAIR_A || x->pair == PAIR_B)
            g -= HALF * (x->pair == PAIR_A ? x->em : L->ci[i + 1].em);
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
        ps[i + 1].pcjk = ps[i].pcjk + (x->gap == GAP_CJK);
        ps[i + 1].plat = ps[i].plat + (x->gap == GAP_LATIN);
        ps[i + 1].phan = ps[i].phan + x->han;
    }
    /* Where a line starting (or ending) at each break position really
     * starts (ends): spaces skipped; every break candidate asks. */
    L->lstart[n] = n;
    for (size_t k = n; k-- > 0;)
        L->lstart[k] = L->ci[k].space ? L->lstart[k + 1] : k;
    L->lend[0] = 0;
    for (size_t k = 1; k <= n; k++)
        L->lend[k] = L->ci[k - 1].space ? L->lend[k - 1] : k;
}

/* ------------------------------------------------------------------------
 * Line measurement
 * ---------------------------------------------------------------------- */

typedef struct {
    double natural, stretch, shrink;
    bool elastic; /* has inter-character gaps: stretch without limit */
} linefit;

static double endtrim_of(const lctx *L, size_t s, size_t last)
{
    if (last > s && L->ci[last - 1].pair == PAIR_B)
        return 0;
    return L->ci[last].endtrim;
}

static bool starts_trimmable(const cinfo *x)
{
    return x->mode == TRIM_LEFT || x->mode == TRIM_CENTRE;
}

/* Chars s .. e-1 on one line (e > s). */
static void line_fit(const lctx *L, size_t s, size_t e, linefit *f)
{
    const bl_lay_params *p = L->p;
    size_t last = e - 1;
    const psum *ps = L->ps;
    f->natural = (s == 0 ? L->indent : 0) + ps[e].pw - ps[s].pw + ps[last].pg - ps[s].pg
                 - endtrim_of(L, s, last);
    size_t ncjk = ps[last].pcjk - ps[s].pcjk, nlat = ps[last].plat - ps[s].plat;
    f->elastic = ncjk > 0;
    f->stretch = (double)nlat * (LATIN_GAP_MAX - p->latin_gap) * p->em
                 + (double)ncjk * CJK_STRETCH * p->em + ps[e].psst - ps[s].psst;
    double comp = ps[e].pcomp - ps[s].pcomp - L->ci[last].comp;
    if (last != s && starts_trimmable(&L->ci[s]))
        comp -= L->ci[s].comp;
    f->shrink = comp + (double)nlat * fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em
                + ps[e].pssh - ps[s].pssh;
}

/* Line end before break position k: trailing spaces dropped. */
static size_t line_end(const lctx *L, size_t s, size_t k)
{
    size_t e = L->lend[k];
    return e > s ? e : (k > s ? s : k);
}

/* Where the line after a break at k starts: leading spaces skipped. */
static size_t line_start(const lctx *L, size_t k)
{
    return k < L->n ? L->lstart[k] : k;
}

static double badness(const lctx *L, const linefit *f, bool last, double *ratio)
{
    double need = L->p->measure - f->natural;
    *ratio = 0;
    if (need >= -EPS) {
        if (last || need <= EPS)
            return 0;
        if (f->stretch <= EPS || (!f->elastic && need > f->stretch + EPS))
            return UNJUSTIFIABLE; /* too few gaps to stretch: a ragged line */
        *ratio = need / f->stretch;
        return fmin(BADNESS_MAX, 100.0 * *ratio * *ratio * *ratio);
    }
    if (f->shrink <= EPS)
        return -1; /* overfull */
    *ratio = need / f->shrink;
    if (*ratio < -1 - EPS)
        return -1;
    return SHRINK_WEIGHT * 100.0 * -*ratio * *ratio * *ratio;
}

/* ------------------------------------------------------------------------
 * Memory
 * ---------------------------------------------------------------------- */

static bulletin_status reserve_work(bl_layout *out, size_t n, lctx *L)
{
    size_t m = n + 1;
    size_t need = m * (sizeof(cinfo) + sizeof(bool) + sizeof(psum) + sizeof(double)
                       + 3 * sizeof(size_t) + sizeof(anode) + 4 * sizeof(double))
                  + 15 * 8;
    if (n > SIZE_MAX / 256)
        return BULLETIN_ERR_NOMEM;
    if (out->cap_work < need) {
        /* scratch: nothing in it survives a call, so free and allocate
         * rather than realloc, which would copy the old contents */
        bl_free(out->mem, out->work);
        out->cap_work = 0;
        out->work = bl_realloc_array(out->mem, NULL, need, 1);
        if (!out->work)
            return BULLETIN_ERR_NOMEM;
        out->cap_work = need;
    }
    unsigned char *b = out->work;
#define TAKE(ptr, type)                                                        \
    do {                                                                       \
        size_t off_ = (size_t)(b - (unsigned char *)out->work);                \
        off_ = (off_ + 7) & ~(size_t)7;                                        \
        b = (unsigned char *)out->work + off_;                                 \
        (ptr) = (type *)(void *)b;                                             \
        b += m * sizeof(type);                                                 \
    } while (0)
    TAKE(L->ci, cinfo);
    TAKE(L->ps, psum);
    TAKE(L->dem, double);
    TAKE(L->prev, size_t);
    TAKE(L->act, anode);
    TAKE(L->pmax, double);
    TAKE(L->lstart, size_t);
    TAKE(L->lend, size_t);
    TAKE(L->tl, double);
    TAKE(L->tr, double);
    TAKE(L->extra, double);
    TAKE(L->brkv, bool);
#undef TAKE
    return BULLETIN_OK;
}

static bulletin_status push_line(bl_layout *out, bl_lay_line **line)
{
    if (out->nlines == out->cap_lines) {
        size_t cap = out->cap_lines ? out->cap_lines * 2 : 16;
        bl_lay_line *l = bl_realloc_array(out->mem, out->lines, cap, sizeof *l);
        if (!l)
            return BULLETIN_ERR_NOMEM;
        out->lines = l;
        out->cap_lines = cap;
    }
    *line = &out->lines[out->nlines++];
    memset(*line, 0, sizeof **line);
    return BULLETIN_OK;
}

static bulletin_status reserve_glyphs(bl_layout *out, size_t n)
{
    if (out->cap_glyphs >= n)
        return BULLETIN_OK;
    size_t cap = out->cap_glyphs ? out->cap_glyphs : 64;
    while (cap < n)
        cap *= 2;
    bl_lay_glyph *g = bl_realloc_array(out->mem, out->glyphs, cap, sizeof *g);
    if (!g)
        return BULLETIN_ERR_NOMEM;
    out->glyphs = g;
    out->cap_glyphs = cap;
    return BULLETIN_OK;
}

void bl_layout_free(bl_layout *lay)
{
    if (!lay || !lay->mem)
        return;
    bl_free(lay->mem, lay->glyphs);
    bl_free(lay->mem, lay->lines);
    bl_free(lay->mem, lay->work);
    memset(lay, 0, sizeof *lay);
}

/* Resets `out`, sizes the work space and analyses the characters (when
 * there are any): the common start of every layout entry point. */
static bulletin_status begin(bl_layout *out, const bulletin_mem *mem, const bl_lay_params *p,
                             const bl_lay_char *chars, size_t n, double indent, lctx *L)
{
    if (!out || !p || !(p->measure > 0) || !(p->em > 0))
        return BULLETIN_ERR_USAGE;
    if (!mem)
        mem = out->mem ? out->mem : bulletin_default_mem();
    if (out->mem && out->mem != mem)
        bl_layout_free(out);
    out->mem = mem;
    out->nglyphs = out->nlines = 0;
    out->demerits = 0;
    memset(L, 0, sizeof *L);
    L->n = n;
    L->p = p;
    bulletin_status st = reserve_work(out, n, L);
    if (st == BULLETIN_OK)
        st = reserve_glyphs(out, n ? n : 1);
    if (st != BULLETIN_OK || n == 0)
        return st;
    L->c = chars;
    L->indent = indent;
    analyse(L);
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Placement of one line
 * ---------------------------------------------------------------------- */

static void apply_comp(const cinfo *x, double amount, double *tl, double *tr)
{
    if (x->mode == TRIM_LEFT)
        *tl += amount;
    else if (x->mode == TRIM_CENTRE) {
        *tl += amount / 2;
        *tr += amount / 2;
    } else
        *tr += amount;
}

enum { PLACE_JUSTIFY, PLACE_NATURAL };

/* Places chars s..e-1 (e > s) starting at x0; `justify` fills p->measure. */
static bulletin_status place_line(lctx *L, bl_layout *out, size_t s, size_t e, double x0,
                                  bool first, bool justify, bool last)
{
    const bl_lay_params *p = L->p;
    const bl_lay_char *c = L->c;
    bl_lay_line *line;
    bulletin_status st = push_line(out, &line);
    if (st != BULLETIN_OK)
        return st;
    double latin = p->latin_gap * p->em;
    size_t lastc = e - 1;
    for (size_t i = s; i < e; i++) {
        const cinfo *x = &L->ci[i];
        L->tl[i] = L->tr[i] = L->extra[i] = 0;
        if (x->fixed) {
            L->tl[i] = L->tr[i] = HALF / 2 * x->em;
        }
    }
    for (size_t i = s; i < lastc; i++) {
        const cinfo *x = &L->ci[i];
        if (x->pair == PAIR_A)
            apply_comp(x, HALF * x->em, &L->tl[i], &L->tr[i]);
        else if (x->pair == PAIR_B)
            L->tl[i + 1] += HALF * L->ci[i + 1].em;
        if (x->gap == GAP_LATIN)
            L->extra[i] = latin;
    }
    double et = endtrim_of(L, s, lastc);
    if (et > 0) {
        /* at the line end the blank goes on the right, always (GB/T 15834
         * 5.1.10: the mark takes the left half of the em) */
        L->tr[lastc] += et;
    }
    double natural = first ? L->indent : 0;
    for (size_t i = s; i < e; i++)
        natural += c[i].adv - L->tl[i] - L->tr[i] + (i < lastc ? L->extra[i] : 0);
    double need = p->measure - natural;
    double glue = 0, capacity = 0;
    if (need > EPS && justify && !last) {
        double rem = need;
        size_t nsp = 0, nlat = 0, ncjk = 0;
        for (size_t i = s; i < lastc; i++) {
            nsp += L->ci[i].space;
            nlat += L->ci[i].gap == GAP_LATIN;
            ncjk += L->ci[i].gap == GAP_CJK;
        }
        /* 1: word spaces, up to 1/2 em */
        for (size_t i = s; i < lastc && rem > EPS; i++)
            if (L->ci[i].space) {
                double cap = fmax(0, SPACE_MAX * L->ci[i].em - L->ci[i].adv);
                double take = fmin(cap, need / (double)nsp);
                L->tr[i] -= take;
                rem -= take;
            }
        /* 2: CJK-Latin gaps, up to 1/2 em, equally */
        if (nlat && rem > EPS) {
            double each = fmin(rem / (double)nlat, (LATIN_GAP_MAX - p->latin_gap) * p->em);
            for (size_t i = s; i < lastc; i++)
                if (L->ci[i].gap == GAP_LATIN)
                    L->extra[i] += each;
            rem -= each * (double)nlat;
        }
        /* 3: every other inter-character gap, equally */
        if (ncjk && rem > EPS) {
            double each = rem / (double)ncjk;
            for (size_t i = s; i < lastc; i++)
                if (L->ci[i].gap == GAP_CJK)
                    L->extra[i] += each;
            rem = 0;
        }
        glue = need - rem;
        line->ragged = rem > 0.01;
        capacity = (double)nlat * (LATIN_GAP_MAX - p->latin_gap) * p->em
                   + (double)ncjk * CJK_STRETCH * p->em;
    } else if (need < -EPS) {
        /* compression, clreq priority: spaces, brackets, ，、；：,
         * CJK-Latin gaps, 。？！ */
        double rem = -need;
        for (int pass = 0; pass < 5 && rem > EPS; pass++) {
            double cap = 0;
            for (size_t i = s; i < e; i++) {
                const cinfo *x = &L->ci[i];
                if (pass == 0 && x->space && i < lastc)
                    cap += fmax(0, x->adv - SPACE_MIN * x->em);
                else if (pass == 3 && x->gap == GAP_LATIN && i < lastc)
                    cap += fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em;
                else if ((pass == 1 || pass == 2 || pass == 4) && x->comp > 0 && i != lastc
                         && !(i == s && starts_trimmable(x))) {
                    int grp = (x->cls == CLS_OPEN || x->cls == CLS_CLOSE) ? 1
                              : x->cls == CLS_STOP ? 2 : 4;
                    if (grp == pass)
                        cap += x->comp;
                }
            }
            if (cap <= EPS)
                continue;
            double frac = fmin(1.0, rem / cap);
            for (size_t i = s; i < e; i++) {
                const cinfo *x = &L->ci[i];
                if (pass == 0 && x->space && i < lastc)
                    L->tr[i] += frac * fmax(0, x->adv - SPACE_MIN * x->em);
                else if (pass == 3 && x->gap == GAP_LATIN && i < lastc)
                    L->extra[i] -= frac * fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em;
                else if ((pass == 1 || pass == 2 || pass == 4) && x->comp > 0 && i != lastc
                         && !(i == s && starts_trimmable(x))) {
                    int grp = (x->cls == CLS_OPEN || x->cls == CLS_CLOSE) ? 1
                              : x->cls == CLS_STOP ? 2 : 4;
                    if (grp == pass)
                        apply_comp(x, frac * x->comp, &L->tl[i], &L->tr[i]);
                }
            }
            capacity += cap;
            rem -= frac * cap;
        }
        glue = need + rem;
        line->overfull = rem > 0.01;
    }
    /* Positions. */
    size_t g0 = out->nglyphs;
    double pen = x0 + (first ? L->indent : 0);
    for (size_t i = s; i < e; i++) {
        bl_lay_glyph *g = &out->glyphs[out->nglyphs++];
        g->cp = c[i].cp;
        g->font = c[i].font;
        g->size = c[i].size;
        g->src = c[i].src;
        g->x = pen - L->tl[i];
        g->adv = c[i].adv - L->tl[i] - L->tr[i];
        pen += g->adv;
        if (i < lastc)
            pen += L->extra[i];
    }
    line->first = g0;
    line->count = e - s;
    line->natural = natural;
    line->width = pen - x0;
    line->glue = glue;
    line->ratio = capacity > EPS ? glue / capacity : 0;
    line->last = last;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Total fit
 * ---------------------------------------------------------------------- */

static bool is_candidate(const lctx *L, size_t k)
{
    return k == L->n || (k > 0 && L->ci[k].brk);
}

/* Demerits of the line from break j (its start after spaces) to break k;
 * < 0 when the line is overfull. */
static double line_demerits(const lctx *L, size_t j, size_t k)
{
    size_t s = j == 0 ? 0 : line_start(L, j);
    size_t e = line_end(L, s, k);
    if (e <= s)
        return -1;
    linefit f;
    line_fit(L, s, e, &f);
    bool last = k == L->n;
    double r;
    double b = badness(L, &f, last, &r);
    if (b < 0)
        return -1;
    double d = (LINE_PENALTY + b) * (LINE_PENALTY + b);
    if (last && j > 0) {
        size_t han = L->ps[e].phan - L->ps[s].phan;
        if (han < 2 && L->ps[L->n].phan >= 2)
            d += ORPHAN_DEMERITS; /* 孤字 */
    }
    return d;
}

/* The largest break position p in (j, k) whose line from j is not
 * overfull, at any position (emergency); j + 1 at least. */
static size_t emergency_break(const lctx *L, size_t j, size_t k)
{
    size_t s = j == 0 ? 0 : line_start(L, j);
    size_t best = s + 1, best_soft = 0;
    for (size_t q = s + 1; q < k; q++) {
        linefit f;
        size_t e = line_end(L, s, q);
        if (e <= s)
            continue;
        line_fit(L, s, e, &f);
        if (f.natural - f.shrink > L->p->measure + EPS)
            break;
        best = q;
        /* rather split a word or a number than start a line with a mark */
        if (!bl_lay_no_line_start(L->c[q].cp) && !bl_lay_no_line_end(L->c[q - 1].cp))
            best_soft = q;
    }
    return best_soft ? best_soft : best;
}

/* The end side of every line that ends at break k, the same for all the
 * active nodes a line may start from: looked up once per break instead of
 * once per (node, break) pair. */
typedef struct {
    size_t e, last;     /* the line's end (trailing spaces dropped), e - 1 */
    double pw, pg, pcomp, psst, pssh; /* ps[e].pw, ps[last].pg, ps[e].pcomp .. */
    size_t pcjk, plat;  /* at last */
    double comp_last;   /* ci[last].comp */
    double endtrim;     /* ci[last].endtrim */
    bool after_pair_b;  /* ci[last - 1].pair == PAIR_B: no end trim */
    bool last_line;     /* k == n */
} kside;

/* Demerits of the line from active node `a` to the break described by
 * `K`, or -1 when it is overfull (or empty): line_demerits(L, a->j, k),
 * with the same arithmetic in the same order, so the same bits.  When
 * the demerits cannot beat `best` (every line costs at least
 * LINE_PENALTY^2) only the overfull test is made, and 0 is returned;
 * the caller then does not compare. */
static inline double node_demerits(const lctx *L, const anode *a, const kside *K, double lat_st,
                                   double lat_sh, double best, bool *skip)
{
    const bl_lay_params *p = L->p;
    size_t s = a->s, e = K->e, last = K->last;
    *skip = false;
    if (e <= s)
        return -1;
    const psum *q = &L->ps[s];
    double et = last > s && K->after_pair_b ? 0 : K->endtrim;
    double natural = (s == 0 ? L->indent : 0) + K->pw - q->pw + K->pg - q->pg - et;
    size_t nlat = K->plat - q->plat;
    double need = p->measure - natural;
    double b;
    if (need >= -EPS) {
        /* not overfull */
        if (a->dem + LINE_PENALTY * LINE_PENALTY >= best) {
            *skip = true;
            return 0;
        }
        if (K->last_line || need <= EPS)
            b = 0;
        else {
            size_t ncjk = K->pcjk - q->pcjk;
            /* counts < 2^53 convert exactly either way; from a signed
             * integer it is one instruction, from size_t a branch */
            double stretch = (double)(int64_t)nlat * lat_st * p->em
                             + (double)(int64_t)ncjk * CJK_STRETCH * p->em + K->psst - q->psst;
            if (stretch <= EPS || (!(ncjk > 0) && need > stretch + EPS))
                b = UNJUSTIFIABLE;
            else {
                double r = need / stretch;
                double v = 100.0 * r * r * r;
                b = !(v <= BADNESS_MAX) ? BADNESS_MAX : v; /* fmin(BADNESS_MAX, v) */
            }
        }
    } else {
        double comp = K->pcomp - q->pcomp - K->comp_last;
        if (last != s && starts_trimmable(&L->ci[s]))
            comp -= L->ci[s].comp;
        double shrink = comp + (double)(int64_t)nlat * lat_sh * p->em + K->pssh - q->pssh;
        if (shrink <= EPS)
            return -1;
        double r = need / shrink;
        if (r < -1 - EPS)
            return -1;
        if (a->dem + LINE_PENALTY * LINE_PENALTY >= best) {
            *skip = true;
            return 0;
        }
        b = SHRINK_WEIGHT * 100.0 * -r * r * r;
    }
    if (b < 0)
        return -1; /* NaN widths aside, unreachable: kept as line_demerits has it */
    double d = (LINE_PENALTY + b) * (LINE_PENALTY + b);
    if (K->last_line && a->j > 0) {
        size_t han = L->ps[e].phan - q->phan;
        if (han < 2 && L->ps[L->n].phan >= 2)
            d += ORPHAN_DEMERITS; /* 孤字 */
    }
    return d;
}

/* For the active-node loop: up to where a line from `s` certainly fits.
 *
 * A line s .. e-1 measures indent + pw[e] - pw[s] + pg[e-1] - pg[s] -
 * endtrim, with endtrim >= 0, so at most indent - pw[s] - pg[s] +
 * pmax[e]; pmax never decreases, so the line is not overfull for every
 * end up to the last E with pmax[E] <= measure - indent + pw[s] + pg[s].
 * `margin` exceeds every rounding error of these sums by orders of
 * magnitude (it is 1e-9 of their magnitudes; the errors are ~1e-15 of
 * them), so the bound holds for the value line_fit computes, not only the
 * exact one, and then need >= 0 > -EPS: badness() would not say
 * overfull.  Such a node is only tested against `best` (no demerits
 * computed) when it cannot win anyway: the common case, in O(1).
 * Returns s (no window) when `margin` is not finite (non-finite widths).
 * Galloping search: O(log) of the window, which is about one line. */
static size_t safe_end(const lctx *L, size_t s, double margin)
{
    size_t n = L->n;
    if (!isfinite(margin) || s >= n)
        return s;
    double limit = L->p->measure - margin - (s == 0 ? L->indent : 0) + L->ps[s].pw + L->ps[s].pg;
    const double *m = L->pmax;
    if (!(m[s + 1] <= limit))
        return s;
    size_t lo = s + 1, step = 1; /* m[lo] <= limit */
    while (lo + step <= n && m[lo + step] <= limit) {
        lo += step;
        step *= 2;
    }
    size_t hi = lo + step <= n ? lo + step : n + 1; /* m[hi] > limit, or past n */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (m[mid] <= limit)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static void breaks_total_fit(lctx *L)
{
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    /* pmax and the error margin of safe_end */
    double gmax = 0, etmax = 0;
    bool finite = true;
    L->pmax[0] = -INFINITY;
    for (size_t i = 1; i <= n; i++) {
        double v = L->ps[i].pw + L->ps[i - 1].pg;
        L->pmax[i] = v > L->pmax[i - 1] ? v : L->pmax[i - 1];
        double g = fabs(L->ps[i].pw) + fabs(L->ps[i].pg);
        finite = finite && isfinite(v) && isfinite(g) && isfinite(L->ci[i - 1].endtrim);
        if (g > gmax)
            gmax = g;
        if (L->ci[i - 1].endtrim > etmax)
            etmax = L->ci[i - 1].endtrim;
    }
    double margin = finite ? 1e-9 * (1 + fabs(p->measure) + fabs(L->indent) + 2 * gmax + etmax)
                           : INFINITY;
    /* loop invariants of line_fit, computed as it computes them */
    double lat_st = LATIN_GAP_MAX - p->latin_gap;
    double lat_sh = fmax(0, p->latin_gap - LATIN_GAP_MIN);
    for (size_t k = 0; k <= n; k++) {
        L->dem[k] = INFINITY;
        L->prev[k] = 0;
    }
    L->dem[0] = 0;
    /* The active nodes are act[lo .. hi-1], in increasing position.  Nodes
     * are dropped mostly from the front (the oldest lines become overfull
     * first): advancing `lo` then costs nothing, where compacting the
     * array would move every node at every break.  Positions only grow
     * between two emergency breaks, which restart at 0, so hi <= n + 1. */
    anode *act = L->act;
    size_t lo = 0, hi = 0;
    act[hi++] = (anode){0, 0, safe_end(L, 0, margin), 0};
    size_t last_dropped = 0;
    for (size_t k = 1; k <= n; k++) {
        if (!is_candidate(L, k))
            continue;
        if (k < n && line_start(L, k) >= n)
            continue; /* only spaces follow */
        kside K = {0};
        K.e = L->lend[k];
        K.last = K.e - 1; /* unused when e == 0: every node has e <= s */
        K.last_line = k == n;
        if (K.e > 0) {
            const psum *pe = &L->ps[K.e], *pl = &L->ps[K.last];
            K.pw = pe->pw;
            K.pg = pl->pg;
            K.pcomp = pe->pcomp;
            K.psst = pe->psst;
            K.pssh = pe->pssh;
            K.pcjk = pl->pcjk;
            K.plat = pl->plat;
            K.comp_last = L->ci[K.last].comp;
            K.endtrim = L->ci[K.last].endtrim;
            K.after_pair_b = K.last > 0 && L->ci[K.last - 1].pair == PAIR_B;
        }
        double best = INFINITY;
        size_t from = 0, keep = lo;
        for (size_t a = lo; a < hi; a++) {
            if (K.e > act[a].s && K.e <= act[a].safe
                && act[a].dem + LINE_PENALTY * LINE_PENALTY >= best) {
                /* fits, cannot win: node_demerits would say skip */
                if (keep != a)
                    act[keep] = act[a];
                keep++;
                continue;
            }
            bool skip;
            double d = node_demerits(L, &act[a], &K, lat_st, lat_sh, best, &skip);
            if (d < 0) {
                last_dropped = act[a].j;
                if (keep == lo)
                    keep = lo = a + 1; /* nothing kept yet: drop the front */
                continue; /* overfull: wider lines from j will be too */
            }
            if (keep != a)
                act[keep] = act[a];
            keep++;
            if (!skip && act[a].dem + d < best) {
                best = act[a].dem + d;
                from = act[a].j;
            }
        }
        hi = keep;
        if (lo == hi) {
            /* nothing fits: force a break as late as possible */
            size_t q = emergency_break(L, last_dropped, k);
            double d = line_demerits(L, last_dropped, q);
            L->dem[q] = L->dem[last_dropped] + EMERGENCY_DEMERITS + (d < 0 ? EMERGENCY_DEMERITS : d);
            L->prev[q] = last_dropped;
            lo = hi = 0;
            size_t sq = line_start(L, q);
            act[hi++] = (anode){q, sq, safe_end(L, sq, margin), L->dem[q]};
            k = q; /* resume the scan after the forced break */
            continue;
        }
        if (best < INFINITY) {
            L->dem[k] = best;
            L->prev[k] = from;
            size_t sk = line_start(L, k);
            act[hi++] = (anode){k, sk, safe_end(L, sk, margin), best};
        }
    }
}

static void breaks_greedy(lctx *L)
{
    size_t n = L->n, j = 0;
    L->dem[0] = 0;
    while (j < n) {
        size_t s = j == 0 ? 0 : line_start(L, j), best = 0;
        for (size_t k = s + 1; k <= n; k++) {
            if (!is_candidate(L, k))
                continue;
            size_t e = line_end(L, s, k);
            if (e <= s)
                continue;
            linefit f;
            line_fit(L, s, e, &f);
            if (f.natural > L->p->measure + EPS && best)
                break;
            best = k;
            if (f.natural > L->p->measure + EPS)
                break;
        }
        if (!best)
            best = n;
        double d = line_demerits(L, j, best);
        L->dem[best] = L->dem[j] + (d < 0 ? EMERGENCY_DEMERITS : d);
        L->prev[best] = j;
        j = best;
    }
}

static bulletin_status emit_lines(lctx *L, bl_layout *out)
{
    size_t n = L->n, nl = 0;
    /* Walk back from n, storing the chain forward in `act`. */
    for (size_t k = n; k > 0; k = L->prev[k])
        L->act[nl++].j = k;
    out->demerits = L->dem[n];
    size_t j = 0;
    for (size_t idx = nl; idx-- > 0;) {
        size_t k = L->act[idx].j;
        size_t s = j == 0 ? 0 : line_start(L, j);
        size_t e = line_end(L, s, k);
        if (e > s) {
            bulletin_status st = place_line(L, out, s, e, 0, s == 0, true, k == n);
            if (st != BULLETIN_OK)
                return st;
            out->lines[out->nlines - 1].forced = !is_candidate(L, k);
        }
        j = k;
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Public API
 * ---------------------------------------------------------------------- */

void bl_lay_params_init(bl_lay_params *p, double em, double measure)
{
    memset(p, 0, sizeof *p);
    p->em = em;
    p->measure = measure;
    p->indent = 2 * em;
    p->latin_gap = 0.25;
}

bulletin_status bl_layout_paragraph(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                    const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    bulletin_status st = begin(out, mem, p, chars, n, p->indent, &L);
    if (st != BULLETIN_OK || n == 0)
        return st;
    if (p->greedy)
        breaks_greedy(&L);
    else
        breaks_total_fit(&L);
    return emit_lines(&L, out);
}

static double align_offset(const bl_lay_params *p, bl_lay_align align, double width)
{
    switch (align) {
    case BL_ALIGN_CENTER: return (p->measure - width) / 2;
    case BL_ALIGN_RIGHT: return p->measure - width;
    default: return 0;
    }
}

static void shift_line(bl_layout *out, bl_lay_line *line, double dx)
{
    for (size_t i = line->first; i < line->first + line->count; i++)
        out->glyphs[i].x += dx;
}

bulletin_status bl_layout_single(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                 bl_lay_align align, const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    bulletin_status st = begin(out, mem, p, chars, n, 0, &L);
    if (st != BULLETIN_OK || n == 0)
        return st;
    size_t s = line_start(&L, 0), e = line_end(&L, s, n);
    if (e <= s)
        return BULLETIN_OK;
    st = place_line(&L, out, s, e, 0, false, false, true);
    if (st != BULLETIN_OK)
        return st;
    bl_lay_line *line = &out->lines[0];
    double dx = align_offset(p, align, line->width);
    shift_line(out, line, dx);
    return BULLETIN_OK;
}

/* Title wrapping: the fewest lines, of near-equal natural width.  DP over
 * break candidates with cost = squared deviation from the mean line,
 * minus a bonus for breaking after punctuation; O(lines * n^2), meant for
 * titles and headings (longer texts fall back to ragged total fit). */
/* Titles have no word segmentation: prefer breaking after punctuation or
 * a space (worth a 3-em imbalance on each of two lines), and avoid
 * splitting a run of Chinese numerals (二〇二|三年). In em^2. */
#define TITLE_PUNCT_BONUS 20.0
#define TITLE_NUMERAL_COST 8.0

static bool is_cjk_numeral(uint32_t cp)
{
    static const char32_t nums[] = U"〇零一二三四五六七八九十百千万亿两";
    for (size_t i = 0; nums[i]; i++)
        if (cp == (uint32_t)nums[i])
            return true;
    return false;
}

static double title_break_cost(const lctx *L, size_t e, size_t k)
{
    int cls = L->ci[e - 1].cls;
    if (cls == CLS_STOP || cls == CLS_END || cls == CLS_CLOSE || L->ci[k - 1].space)
        return -TITLE_PUNCT_BONUS;
    if (k < L->n && is_cjk_numeral(L->c[k - 1].cp) && is_cjk_numeral(L->c[k].cp))
        return TITLE_NUMERAL_COST;
    return 0;
}

static bulletin_status balance_dp(lctx *L, const bulletin_mem *mem, size_t s0, size_t rows,
                                  double target, bool *found)
{
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    double *cost = L->dem, *next = L->extra;
    *found = false;
    size_t *bp = bl_calloc(mem, rows * (n + 1), sizeof *bp);
    if (!bp)
        return BULLETIN_ERR_NOMEM;
    for (size_t k = 0; k <= n; k++)
        cost[k] = INFINITY;
    cost[0] = 0;
    for (size_t layer = 1; layer <= rows; layer++) {
        for (size_t k = 0; k <= n; k++)
            next[k] = INFINITY;
        for (size_t k = 1; k <= n; k++) {
            if (!is_candidate(L, k) || (layer == rows) != (k == n))
                continue;
            /* Line starts from the nearest back: once a line is too wide,
             * every earlier start is wider still.  This bounds the work per
             * break by the characters of one line. */
            for (size_t j = k; j-- > 0;) {
                size_t s = j == 0 ? s0 : line_start(L, j), e = line_end(L, s, k);
                if (e <= s)
                    continue;
                linefit f;
                line_fit(L, s, e, &f);
                if (f.natural - f.shrink > p->measure + EPS)
                    break;
                if (!(cost[j] < INFINITY))
                    continue;
                double dev = f.natural - target;
                double c = cost[j] + dev * dev;
                if (k < n)
                    c += title_break_cost(L, e, k) * p->em * p->em;
                if (c < next[k]) {
                    next[k] = c;
                    bp[(layer - 1) * (n + 1) + k] = j;
                }
            }
        }
        memcpy(cost, next, (n + 1) * sizeof *cost);
    }
    if (cost[n] < INFINITY) {
        *found = true;
        double total = cost[n];
        size_t k = n;
        for (size_t layer = rows; layer > 0; layer--) {
            size_t j = bp[(layer - 1) * (n + 1) + k];
            L->prev[k] = j;
            k = j;
        }
        L->dem[n] = total;
    }
    bl_free(mem, bp);
    return BULLETIN_OK;
}

#define BALANCE_MAX_CHARS 400 /* titles; longer text is set by total fit */
#define BALANCE_EXTRA_ROWS 3  /* line counts tried beyond the fewest */

bulletin_status bl_layout_balanced(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                   bl_lay_align align, const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    bulletin_status st = begin(out, mem, p, chars, n, 0, &L);
    if (st != BULLETIN_OK || n == 0)
        return st;
    size_t s0 = line_start(&L, 0), e0 = line_end(&L, s0, n);
    if (e0 <= s0)
        return BULLETIN_OK;
    linefit whole;
    line_fit(&L, s0, e0, &whole);
    bool found = false;
    if (whole.natural <= p->measure + EPS) {
        L.prev[n] = 0;
        L.dem[n] = 0;
        found = true;
    } else if (n <= BALANCE_MAX_CHARS) {
        /* The fewest lines that can hold it, or a few more; past that (no
         * feasible balanced layout, e.g. one long unbreakable run) the
         * total-fit breaker decides. */
        size_t least = (size_t)ceil(whole.natural / p->measure);
        for (size_t rows = least; rows <= n && rows <= least + BALANCE_EXTRA_ROWS && !found;
             rows++) {
            st = balance_dp(&L, out->mem, s0, rows, whole.natural / (double)rows, &found);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    if (!found)
        breaks_total_fit(&L);
    size_t nl = 0;
    for (size_t k = n; k > 0; k = L.prev[k])
        L.act[nl++].j = k;
    out->demerits = L.dem[n];
    size_t j = 0;
    for (size_t idx = nl; idx-- > 0;) {
        size_t k = L.act[idx].j;
        size_t s = j == 0 ? s0 : line_start(&L, j), e = line_end(&L, s, k);
        if (e > s) {
            st = place_line(&L, out, s, e, 0, false, false, true);
            if (st != BULLETIN_OK)
                return st;
            bl_lay_line *line = &out->lines[out->nlines - 1];
            shift_line(out, line, align_offset(p, align, line->width));
        }
        j = k;
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * UTF-8 input
 * ---------------------------------------------------------------------- */

/* bl_utf8_decode, inlined: the input conversion decodes every character
 * twice (count, then fill), and the call cost more than the decoding.
 * Same acceptance (no overlongs, surrogates or code points past
 * U+10FFFF), same result. */
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
    return bl_utf8_decode(s, len, cp);
}

bulletin_status bl_lay_chars_from_utf8(const char *text, size_t len, double size, int role,
                                       int latin_role, bl_lay_measure_fn measure, void *user,
                                       const bulletin_mem *mem, bl_lay_char **out, size_t *n)
{
    if (!mem)
        mem = bulletin_default_mem();
    *out = NULL;
    *n = 0;
    size_t count = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            *n = i;
            return BULLETIN_ERR_ENCODING;
        }
        i += (size_t)k;
        count++;
    }
    if (count == 0)
        return BULLETIN_OK;
    /* every field is set below: no need to zero the array first */
    bl_lay_char *c = bl_realloc_array(mem, NULL, count, sizeof *c);
    if (!c)
        return BULLETIN_ERR_NOMEM;
    size_t m = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)text + i, len - i, &cp);
        bool latin = is_western(cp)
                     || ((cp == '.' || cp == ',' || cp == '%' || cp == 0x2030 || cp == ':')
                         && m > 0 && is_digit(c[m - 1].cp));
        bl_lay_metrics mt = {1000.0, -1, 0, 0};
        bulletin_status st = measure(user, cp, latin ? latin_role : role, &mt);
        if (st != BULLETIN_OK) {
            bl_free(mem, c);
            return st;
        }
        c[m].cp = cp;
        c[m].adv = mt.adv1000 * size / 1000.0;
        c[m].size = size;
        c[m].ink_left = (int16_t)mt.ink_left;
        c[m].ink_right = (int16_t)mt.ink_right;
        c[m].font = mt.font;
        c[m].src = (uint32_t)i;
        m++;
        i += (size_t)k;
    }
    *out = c;
    *n = m;
    return BULLETIN_OK;
}
