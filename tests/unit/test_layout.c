/*
 * test_layout.c - the CJK layout engine: prohibitions, numbers and units,
 * unbreakable marks, compression, justification, CJK-Latin gaps, indent,
 * 孤字, total fit vs greedy, and a torture text with real font widths.
 */
#include "test_util.h"

#include <math.h>
#include <stdio.h>
#include <uchar.h>

#include "bulletin_int.h"
#include "pdf/fonts.h"
#include "pdf/layout.h"

#define EM 10.0 /* synthetic tests: 10 pt type, so 1 em = 10 pt */

/* Synthetic font: ASCII 1/2 em, everything else 1 em, no ink data. */
static bulletin_status synth_measure(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    (void)user;
    (void)role;
    m->adv1000 = cp < 0x80 || cp == 0xB7 ? 500 : 1000;
    m->font = 0;
    m->ink_left = m->ink_right = 0;
    return BULLETIN_OK;
}

typedef struct {
    const char *text;
    bl_lay_char *c;
    size_t n;
    bl_lay_params p;
    bl_layout lay;
} para;

/* Lays `text` out at EM on `measure_em` ems, indent `indent_em`. */
static void lay_out(para *P, const char *text, double measure_em, double indent_em, bool greedy)
{
    memset(P, 0, sizeof *P);
    P->text = text;
    assert_int_equal(bl_lay_chars_from_utf8(text, strlen(text), EM, 0, 1, synth_measure, NULL,
                                            &tu_mem, &P->c, &P->n),
                     BULLETIN_OK);
    bl_lay_params_init(&P->p, EM, measure_em * EM);
    P->p.indent = indent_em * EM;
    P->p.greedy = greedy;
    assert_int_equal(bl_layout_paragraph(P->c, P->n, &P->p, &tu_mem, &P->lay), BULLETIN_OK);
}

static void para_free(para *P)
{
    bl_layout_free(&P->lay);
    bl_free(&tu_mem, P->c);
}

/* The text of line `l` (static buffer). */
static const char *line_text(const bl_layout *lay, size_t l)
{
    static char buf[4096];
    size_t k = 0;
    const bl_lay_line *L = &lay->lines[l];
    for (size_t g = L->first; g < L->first + L->count && k + 5 < sizeof buf; g++)
        k += (size_t)bl_utf8_encode(lay->glyphs[g].cp, buf + k);
    buf[k] = '\0';
    return buf;
}

static size_t char_index(const para *P, uint32_t src)
{
    size_t lo = 0, hi = P->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (P->c[mid].src < src)
            lo = mid + 1;
        else
            hi = mid;
    }
    assert_true(lo < P->n && P->c[lo].src == src);
    return lo;
}

static bool is_fw_mark(uint32_t cp)
{
    static const char32_t marks[] = U"，。、；：？！”’」』）〕】〗］｝》〉";
    for (size_t i = 0; marks[i]; i++)
        if (cp == (uint32_t)marks[i])
            return true;
    return false;
}

static bool in_set(uint32_t cp, const char32_t *set)
{
    for (size_t i = 0; set[i]; i++)
        if (cp == (uint32_t)set[i])
            return true;
    return false;
}

static bool is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

static size_t forced_lines; /* emergency breaks seen by check_paragraph */
static size_t ragged_lines; /* lines that could not be justified */

/* Every check of docs/TYPESETTING.md §6 that applies to one paragraph.
 * Returns the number of lines. */
static size_t check_paragraph(const para *P)
{
    const bl_layout *lay = &P->lay;
    const bl_lay_params *p = &P->p;
    double em = p->em;
    size_t next_char = 0;
    assert_true(lay->nlines > 0);
    for (size_t l = 0; l < lay->nlines; l++) {
        const bl_lay_line *L = &lay->lines[l];
        assert_true(L->count > 0);
        assert_int_equal(L->last, l + 1 == lay->nlines);
        const bl_lay_glyph *g = &lay->glyphs[L->first];
        size_t cnt = L->count;
        /* every character once, in order; only spaces dropped */
        for (size_t i = 0; i < cnt; i++) {
            size_t ci = char_index(P, g[i].src);
            while (next_char < ci) {
                assert_int_equal(P->c[next_char].cp, ' ');
                next_char++;
            }
            assert_int_equal(ci, next_char);
            next_char++;
            if (i > 0 && !(g[i].x > g[i - 1].x))
                fail_msg("glyph %zu of line %zu not right of the previous: %s", i, l,
                         line_text(lay, l));
        }
        /* indent */
        double x0 = l == 0 ? p->indent : 0;
        assert_true(fabs(g[0].x - x0) < 0.01);
        /* prohibitions */
        bool after_forced = l > 0 && lay->lines[l - 1].forced;
        if (L->forced)
            forced_lines++;
        if (l > 0 && !after_forced) {
            if (bl_lay_no_line_start(g[0].cp))
                fail_msg("line %zu starts with U+%04X: %s", l, g[0].cp, line_text(lay, l));
        }
        if (!L->last && !L->forced && bl_lay_no_line_end(g[cnt - 1].cp))
            fail_msg("line %zu ends with U+%04X: %s", l, g[cnt - 1].cp, line_text(lay, l));
        if (!L->last && !L->forced) {
            uint32_t a = g[cnt - 1].cp, b = lay->glyphs[L->first + cnt].cp;
            bool adjacent = char_index(P, lay->glyphs[L->first + cnt].src)
                            == char_index(P, g[cnt - 1].src) + 1;
            if (adjacent && bl_lay_is_western(a) && bl_lay_is_western(b))
                fail_msg("word or number split after line %zu: %s", l, line_text(lay, l));
            if (a == b && (a == 0x2014 || a == 0x2026))
                fail_msg("dash or ellipsis split after line %zu", l);
            if (is_digit(a) && in_set(b, U"%‰亿万元人个件项家年月日次名余多笔"))
                fail_msg("number parted from its unit after line %zu: %s", l, line_text(lay, l));
            if (in_set(a, U",.") && is_digit(b))
                fail_msg("number split after line %zu", l);
        }
        /* justification: logical right edge at the margin */
        const bl_lay_glyph *last = &g[cnt - 1];
        size_t lci = char_index(P, last->src);
        double right = last->x + (is_fw_mark(last->cp) && P->c[lci].adv >= 0.9 * P->c[lci].size
                                      ? P->c[lci].size / 2
                                      : P->c[lci].adv);
        if (L->ragged) {
            ragged_lines++;
        }
        if (!L->last && !L->ragged) {
            if (fabs(right - p->measure) > 0.5)
                fail_msg("line %zu not justified: right %.2f, measure %.2f: %s\nin: %s", l,
                         right, p->measure, line_text(lay, l), P->text);
        } else if (!L->overfull) {
            assert_true(right <= p->measure + 0.5);
        }
        assert_true(fabs(L->width - right) < 0.01 || !is_fw_mark(last->cp));
        /* spacing inside the line */
        double hmin = 1e9, hmax = -1e9, lmin = 1e9, lmax = -1e9;
        for (size_t i = 0; i + 1 < cnt; i++) {
            size_t a = char_index(P, g[i].src), b = char_index(P, g[i + 1].src);
            double gap = g[i + 1].x - (g[i].x + P->c[a].adv);
            uint32_t ca = g[i].cp, cb = g[i + 1].cp;
            if (bl_is_han(ca) && bl_is_han(cb)) {
                hmin = fmin(hmin, gap);
                hmax = fmax(hmax, gap);
            }
            bool wa = bl_lay_is_western(ca), wb = bl_lay_is_western(cb);
            if ((bl_is_han(ca) && wb) || (wa && bl_is_han(cb))) {
                if (gap < em / 8 - 0.01 || gap > em / 2 + 0.01)
                    fail_msg("CJK-Latin gap %.3f on line %zu: %s", gap, l, line_text(lay, l));
                lmin = fmin(lmin, gap);
                lmax = fmax(lmax, gap);
            }
            if (wa && wb)
                assert_true(fabs(gap) < 0.01); /* never stretched inside words */
            if ((ca == 0x2014 && cb == 0x2014) || (ca == 0x2026 && cb == 0x2026))
                assert_true(fabs(gap) < 0.01);
            /* full-width marks occupy 1/2 to 1 em (plus justification) */
            if (is_fw_mark(ca) && P->c[a].adv >= 0.9 * P->c[a].size)
                assert_true(g[i + 1].x - g[i].x >= P->c[a].size / 2 - 0.01);
            (void)b;
        }
        if (hmax >= hmin) {
            assert_true(hmin >= -0.01);
            assert_true(hmax - hmin <= 0.1);
        }
        if (lmax >= lmin)
            assert_true(lmax - lmin <= 0.1);
    }
    while (next_char < P->n) {
        assert_int_equal(P->c[next_char].cp, ' ');
        next_char++;
    }
    /* no 孤字: the last line holds two Han characters */
    if (lay->nlines > 1) {
        const bl_lay_line *L = &lay->lines[lay->nlines - 1];
        size_t han = 0, total = 0;
        for (size_t i = 0; i < L->count; i++)
            han += bl_is_han(lay->glyphs[L->first + i].cp);
        for (size_t i = 0; i < P->n; i++)
            total += bl_is_han(P->c[i].cp);
        if (total >= 2 && han < 2)
            fail_msg("孤字: last line '%s'", line_text(lay, lay->nlines - 1));
    }
    return lay->nlines;
}

/* Repeats `unit` `count` times into buf. */
static char *rep(char *buf, const char *unit, int count)
{
    buf[0] = '\0';
    for (int i = 0; i < count; i++)
        strcat(buf, unit);
    return buf;
}

/* ------------------------------------------------------------------------
 * Sets
 * ---------------------------------------------------------------------- */

/* The exact sets of docs/TYPESETTING.md §1.2 (copied from the Python strings). */
static const char32_t SPEC_NO_START[] =
    U"\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF0E\u203C\u2047"
    U"\u201D\u2019\u300D\u300F\uFF09\u3015\u3011\u3017\uFF3D\uFF5D\u300B\u3009"
    U"\uFF5E\u2013-\u2010\u2011\u2012\uFF0D\u00B7\u30FB\u2027/\uFF0F"
    U",.;:!?)]}%";
static const char32_t SPEC_NO_START_STRICT[] = U"\u2014\u2E3A\u2026\u22EF";
static const char32_t SPEC_NO_END[] =
    U"\u201C\u2018\u300C\u300E\uFF08\u3014\u3010\u3016\uFF3B\uFF5B\u300A\u3008/\uFF0F([{";

static void test_prohibition_sets_match_spec(void **state)
{
    (void)state;
    size_t nstart = 0, nend = 0;
    for (uint32_t cp = 0; cp < 0x30000; cp++) {
        bool s = in_set(cp, SPEC_NO_START) || in_set(cp, SPEC_NO_START_STRICT);
        bool e = in_set(cp, SPEC_NO_END);
        if (bl_lay_no_line_start(cp) != s)
            fail_msg("no-line-start differs at U+%04X", cp);
        if (bl_lay_no_line_end(cp) != e)
            fail_msg("no-line-end differs at U+%04X", cp);
        nstart += s;
        nend += e;
    }
    assert_int_equal(nstart, 48);
    assert_int_equal(nend, 17);
}

/* Each character that may not start a line, placed where the natural
 * break would put it at the start of line 2. */
static void test_no_line_start_each_class(void **state)
{
    (void)state;
    char32_t all[64];
    size_t na = 0;
    for (size_t k = 0; SPEC_NO_START[k]; k++)
        all[na++] = SPEC_NO_START[k];
    for (size_t k = 0; SPEC_NO_START_STRICT[k]; k++)
        all[na++] = SPEC_NO_START_STRICT[k];
    for (size_t k = 0; k < na; k++) {
        uint32_t cp = (uint32_t)all[k];
        char text[256], u[5] = {0};
        u[bl_utf8_encode(cp, u)] = '\0';
        char ten[64];
        snprintf(text, sizeof text, "%s%s字字字字字字字字字", rep(ten, "汉", 10), u);
        para P;
        lay_out(&P, text, 10, 0, false);
        assert_true(P.lay.nlines >= 2);
        check_paragraph(&P);
        /* the mark stays with the character before it */
        const bl_lay_line *L1 = &P.lay.lines[1];
        assert_int_not_equal(P.lay.glyphs[L1->first].cp, cp);
        para_free(&P);
    }
}

static void test_no_line_start_break_table(void **state)
{
    (void)state;
    /* direct: no break before the mark, break before the Han */
    para P;
    lay_out(&P, "汉，汉）汉”汉》汉·汉—汉……汉——汉/汉", 100, 0, false);
    bool brk[64];
    bl_lay_breaks(P.c, P.n, brk);
    const char *expect = "101010101000100100100";
    /* 汉 ， 汉 ） 汉 ” 汉 》 汉 · 汉 — 汉 … … 汉 — — 汉 / 汉 */
    assert_int_equal(P.n, strlen(expect));
    for (size_t i = 0; i < P.n; i++)
        if ((brk[i] ? '1' : '0') != expect[i])
            fail_msg("break before char %zu (U+%04X): %d", i, P.c[i].cp, brk[i]);
    para_free(&P);
}

static void test_no_line_end_each_class(void **state)
{
    (void)state;
    for (size_t k = 0; SPEC_NO_END[k]; k++) {
        uint32_t cp = (uint32_t)SPEC_NO_END[k];
        char text[256], u[5] = {0}, nine[64];
        u[bl_utf8_encode(cp, u)] = '\0';
        /* the opener would be the 10th character of a 10-em line */
        snprintf(text, sizeof text, "%s%s字字字字字字字字字字", rep(nine, "汉", cp < 0x80 ? 10 : 9), u);
        para P;
        lay_out(&P, text, 10, 0, false);
        assert_true(P.lay.nlines >= 2);
        check_paragraph(&P);
        const bl_lay_line *L0 = &P.lay.lines[0];
        assert_int_not_equal(P.lay.glyphs[L0->first + L0->count - 1].cp, cp);
        para_free(&P);
    }
}

/* A paragraph may start with —— or …… (the strict rule's exemption). */
static void test_paragraph_start_exemption(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "……此后，汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉", 10, 2, false);
    assert_int_equal(P.lay.glyphs[0].cp, 0x2026);
    check_paragraph(&P);
    para_free(&P);
}

/* ------------------------------------------------------------------------
 * Units that never break
 * ---------------------------------------------------------------------- */

/* Slides `unit` across the natural break of a 10-em line, one character at
 * a time, and checks that it always stays on one line. */
static void slide(const char *unit)
{
    for (int pre = 3; pre <= 12; pre++) {
        char text[512], a[64], b[64];
        snprintf(text, sizeof text, "%s%s%s", rep(a, "汉", pre), unit, rep(b, "字", 14));
        para P;
        lay_out(&P, text, 10, 0, false);
        check_paragraph(&P);
        bool found = false;
        for (size_t l = 0; l < P.lay.nlines; l++)
            found |= strstr(line_text(&P.lay, l), unit) != NULL;
        if (!found)
            fail_msg("'%s' split with %d characters before it", unit, pre);
        para_free(&P);
    }
}

static void test_numbers_and_units_unbroken(void **state)
{
    (void)state;
    slide("127.16亿元");
    slide("85199人次");
    slide("59.4%");
    slide("1,234.5");
    slide("2.5个百分点");
    slide("10个月");
    slide("400余个");
    slide("第6");
}

static void test_latin_words_unbroken(void **state)
{
    (void)state;
    slide("WIPO");
    slide("COVID-19");
    slide("Organization");
}

static void test_dash_and_ellipsis_unbroken(void **state)
{
    (void)state;
    slide("——");
    slide("……");
    /* and never at a line start inside a paragraph */
    for (int pre = 8; pre <= 11; pre++) {
        char text[256], a[64];
        snprintf(text, sizeof text, "%s——汉汉汉汉汉汉汉汉汉汉汉", rep(a, "汉", pre));
        para P;
        lay_out(&P, text, 10, 0, false);
        check_paragraph(&P);
        para_free(&P);
    }
}

/* ------------------------------------------------------------------------
 * Widths and spacing
 * ---------------------------------------------------------------------- */

/* GB/T 15834 5.1.10: a mark at the line end takes 1/2 em. */
static void test_compression_at_line_end(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉汉汉汉汉汉汉汉汉汉，字字字字字字", 10.5, 0, false);
    assert_string_equal(line_text(&P.lay, 0), "汉汉汉汉汉汉汉汉汉汉，");
    const bl_lay_glyph *comma = &P.lay.glyphs[10];
    assert_true(fabs(comma->x - 100.0) < 1e-9);
    assert_true(fabs(comma->adv - 5.0) < 1e-9);
    assert_true(fabs(P.lay.lines[0].natural - 105.0) < 1e-9);
    assert_true(fabs(P.lay.lines[0].glue) < 1e-9);
    check_paragraph(&P);
    para_free(&P);
}

/* Two adjacent marks take 1.5 em: 。” and （“ */
static void test_adjacent_marks_compressed(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉。”汉（“汉", 40, 0, false);
    const bl_lay_glyph *g = P.lay.glyphs;
    /* 汉0 。10 ”15 汉25 （35 “40(drawn at 35: left half trimmed) 汉50 */
    double xs[] = {0, 10, 15, 25, 35, 40, 50};
    for (size_t i = 0; i < 7; i++)
        if (fabs(g[i].x - xs[i]) > 1e-9)
            fail_msg("glyph %zu at %.3f, expected %.3f", i, g[i].x, xs[i]);
    assert_true(fabs(g[5].x + 5.0 - 45.0) < 1e-9); /* “ origin 40 = box 35..45 after trim */
    assert_true(fabs(P.lay.lines[0].width - 60.0) < 1e-9);
    para_free(&P);
}

/* 先挤进，后推出: compressing the line's comma pulls the 10th character
 * (and the mark after it) onto the line instead of pushing one down. */
static void test_compress_before_push(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉汉汉，汉汉汉汉汉汉。字字字字字字字", 10, 0, false);
    assert_string_equal(line_text(&P.lay, 0), "汉汉汉，汉汉汉汉汉汉。");
    /* ， compressed to 1/2 em, 。 at the end 1/2 em: 9 + .5 + .5 = 10 */
    assert_true(fabs(P.lay.glyphs[4].x - P.lay.glyphs[3].x - 5.0) < 1e-9);
    assert_true(P.lay.lines[0].glue < 0);
    check_paragraph(&P);
    para_free(&P);
}

static void test_justified_within_half_point(void **state)
{
    (void)state;
    /* A deterministic stream of random paragraphs. */
    static const char *const pieces[] = {
        "汉", "字", "国", "，", "。", "、", "；", "：", "“", "”", "《", "》", "（", "）",
        "——", "……", "2023", "59.4%", "1,234.5", "亿元", "WIPO", "人次", "·", "！", "？", "年",
    };
    uint32_t seed = 12345;
    size_t lines = 0;
    forced_lines = ragged_lines = 0;
    for (int t = 0; t < 300; t++) {
        char text[2048] = "";
        int len = 20 + (int)(seed % 120);
        for (int i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            uint32_t r = (seed >> 16) % 100;
            const char *piece = r < 55 ? pieces[r % 3] : pieces[3 + r % 23];
            if (strlen(text) + strlen(piece) + 4 < sizeof text) {
                strcat(text, piece);
                if (bl_lay_is_western((unsigned char)piece[0]) || piece[0] == '1')
                    strcat(text, "汉"); /* numbers and words stand apart */
            }
        }
        para P;
        lay_out(&P, text, 8 + t % 30, 2, false);
        lines += check_paragraph(&P);
        para_free(&P);
    }
    /* forced breaks need an unbreakable run wider than the line, e.g.
     * 。”——……！ on an 8-em line: rare */
    assert_true(forced_lines * 100 <= lines);
    /* a ragged line needs e.g. "1,234.5汉" then "59.4%" on an 8-em
     * line: only the single CJK-Latin gap could stretch */
    assert_true(ragged_lines * 100 <= lines);
}

/* A justified paragraph of Latin words (a real one: the Spanish lines of
 * stats-national-2018m07-profits-trilingual, at the 28 ems of a 公文
 * line, Latin half an em as in a CJK face).  A word space widens to at
 * most 1.5 times its width (SPACE_STRETCH_LIMIT), never to the 1-2 ems
 * that made pdftotext read one line as two; a line that would need more
 * is ragged, and not much short of the measure (not a lone word). */
static void test_latin_word_space_capped(void **state)
{
    (void)state;
    const char *t = "De enero a julio, los beneficios totales de las empresas industriales "
                    "superaron los 390.830 millones de yuanes, un aumento interanual del 17,1% "
                    "(según el calibre comparable, considerando el ajuste del sistema estadístico, "
                    "el fortalecimiento de la aplicación estadística, la eliminación de datos "
                    "duplicados, la desinversión empresarial, etc.). Ver nota 2) para más "
                    "detalles. La tasa de crecimiento se desaceleró en 0.1 puntos porcentuales "
                    "de enero a junio.";
    for (int m = 0; m < 4; m++) {
        para P;
        lay_out(&P, t, 28 - m * 0.5, 2, false);
        check_paragraph(&P);
        for (size_t l = 0; l < P.lay.nlines; l++) {
            const bl_lay_line *L = &P.lay.lines[l];
            const bl_lay_glyph *g = &P.lay.glyphs[L->first];
            if (L->ragged && !P.lay.lines[l].last && L->width < P.p.measure - 2 * EM)
                fail_msg("%g ems, line %zu: ragged, %.2f em short: %s", 28 - m * 0.5, l,
                         (P.p.measure - L->width) / EM, line_text(&P.lay, l));
            for (size_t i = 0; i + 1 < L->count; i++)
                if (g[i].cp == ' ') {
                    double gap = g[i + 1].x - g[i].x;
                    if (gap > 1.5 * 0.5 * EM + 1e-6)
                        fail_msg("%g ems, line %zu: a word space of %.2f em: %s", 28 - m * 0.5, l,
                                 gap / EM, line_text(&P.lay, l));
                }
        }
        para_free(&P);
    }
}

static void test_cjk_latin_quarter_em(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉A汉12汉", 40, 0, false);
    const bl_lay_glyph *g = P.lay.glyphs;
    assert_true(fabs(g[1].x - 12.5) < 1e-9);  /* 10 + 1/4 em */
    assert_true(fabs(g[2].x - 20.0) < 1e-9);  /* 12.5 + 5 + 2.5 */
    assert_true(fabs(g[3].x - 32.5) < 1e-9);
    assert_true(fabs(g[4].x - 37.5) < 1e-9);  /* no gap inside 12 */
    assert_true(fabs(g[5].x - 45.0) < 1e-9);
    para_free(&P);
    /* none next to Chinese punctuation, none at the line start */
    lay_out(&P, "汉，A。", 40, 0, false);
    assert_true(fabs(P.lay.glyphs[2].x - 20.0) < 1e-9);
    assert_true(fabs(P.lay.glyphs[3].x - 25.0) < 1e-9);
    para_free(&P);
    lay_out(&P, "汉汉汉汉汉汉汉汉汉2023年汉汉", 10, 0, false);
    check_paragraph(&P);
    assert_int_equal(P.lay.glyphs[P.lay.lines[1].first].cp, '2');
    assert_true(fabs(P.lay.glyphs[P.lay.lines[1].first].x) < 1e-9);
    para_free(&P);
}

static void test_first_line_indent(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉", 10, 2, false);
    assert_true(fabs(P.lay.glyphs[0].x - 20.0) < 1e-9);
    assert_int_equal(P.lay.lines[0].count, 8);
    assert_true(fabs(P.lay.glyphs[P.lay.lines[1].first].x) < 1e-9);
    check_paragraph(&P);
    para_free(&P);
}

/* 21 Han on 10-em lines: greedy leaves one on the last line. */
static void test_no_orphan(void **state)
{
    (void)state;
    char text[128], a[96];
    snprintf(text, sizeof text, "%s。", rep(a, "汉", 21));
    para G, P;
    lay_out(&G, text, 10, 0, true);
    assert_int_equal(G.lay.nlines, 3);
    assert_string_equal(line_text(&G.lay, 2), "汉。");
    lay_out(&P, text, 10, 0, false);
    check_paragraph(&P);
    assert_int_equal(P.lay.nlines, 3);
    assert_string_equal(line_text(&P.lay, 2), "汉汉。");
    para_free(&G);
    para_free(&P);
}

/* A 10-digit number that cannot fit on line 2: greedy leaves line 2 with
 * 4 em of slack; total fit spreads it over lines 1 and 2. */
static void test_total_fit_beats_greedy(void **state)
{
    (void)state;
    const char *text = "汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉汉1234567890字字字字字字字字";
    para G, P;
    lay_out(&G, text, 10, 0, true);
    lay_out(&P, text, 10, 0, false);
    assert_string_equal(line_text(&G.lay, 0), "汉汉汉汉汉汉汉汉汉汉");
    assert_string_equal(line_text(&G.lay, 1), "汉汉汉汉汉汉");
    assert_string_equal(line_text(&P.lay, 0), "汉汉汉汉汉汉汉汉");
    assert_string_equal(line_text(&P.lay, 1), "汉汉汉汉汉汉汉汉");
    double gmax = 0, pmax = 0;
    for (size_t l = 0; l + 1 < G.lay.nlines; l++)
        gmax = fmax(gmax, G.lay.lines[l].glue);
    for (size_t l = 0; l + 1 < P.lay.nlines; l++)
        pmax = fmax(pmax, P.lay.lines[l].glue);
    assert_true(fabs(gmax - 40.0) < 1e-9);
    assert_true(fabs(pmax - 20.0) < 1e-9);
    assert_true(P.lay.demerits < G.lay.demerits);
    check_paragraph(&P);
    para_free(&G);
    para_free(&P);
}

/* ------------------------------------------------------------------------
 * Titles
 * ---------------------------------------------------------------------- */

static void test_single_line_centred(void **state)
{
    (void)state;
    bl_lay_char *c;
    size_t n;
    const char *t = "十、知识产权";
    assert_int_equal(bl_lay_chars_from_utf8(t, strlen(t), EM, 0, 1, synth_measure, NULL, &tu_mem,
                                            &c, &n),
                     BULLETIN_OK);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 100);
    bl_layout lay = {0};
    assert_int_equal(bl_layout_single(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 1);
    assert_true(fabs(lay.lines[0].width - 60.0) < 1e-9);
    assert_true(fabs(lay.glyphs[0].x - 20.0) < 1e-9);
    assert_int_equal(bl_layout_single(c, n, &p, BL_ALIGN_RIGHT, &tu_mem, &lay), BULLETIN_OK);
    assert_true(fabs(lay.glyphs[0].x - 40.0) < 1e-9);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

static void test_balanced_title(void **state)
{
    (void)state;
    bl_lay_char *c;
    size_t n;
    /* 26 characters on a 20-em measure: greedy gives 20 + 6; balanced
     * gives 13 + 13, breaking after the comma. */
    const char *t = "湖北省知识产权局发布二〇二三年，湖北知识产权十件大事";
    assert_int_equal(bl_lay_chars_from_utf8(t, strlen(t), EM, 0, 1, synth_measure, NULL, &tu_mem,
                                            &c, &n),
                     BULLETIN_OK);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 200);
    bl_layout lay = {0};
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 2);
    assert_string_equal(line_text(&lay, 0), "湖北省知识产权局发布二〇二三年，");
    assert_string_equal(line_text(&lay, 1), "湖北知识产权十件大事");
    /* each line centred on the measure */
    for (size_t l = 0; l < 2; l++) {
        const bl_lay_line *L = &lay.lines[l];
        double left = lay.glyphs[L->first].x;
        assert_true(fabs(left + L->width / 2 - 100.0) < 1e-9);
    }
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

/* ------------------------------------------------------------------------
 * Robustness
 * ---------------------------------------------------------------------- */

static void test_overlong_word_forced(void **state)
{
    (void)state;
    para P;
    lay_out(&P, "汉汉ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ汉汉汉", 10, 0, false);
    assert_true(P.lay.nlines >= 2);
    size_t total = 0;
    for (size_t l = 0; l < P.lay.nlines; l++)
        total += P.lay.lines[l].count;
    assert_int_equal(total, P.n);
    para_free(&P);
}

static void test_empty_and_bad_args(void **state)
{
    (void)state;
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 100);
    bl_layout lay = {0};
    assert_int_equal(bl_layout_paragraph(NULL, 0, &p, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 0);
    p.measure = 0;
    assert_int_equal(bl_layout_paragraph(NULL, 0, &p, &tu_mem, &lay), BULLETIN_ERR_USAGE);
    bl_layout_free(&lay);
    bl_lay_char *c;
    size_t n;
    assert_int_equal(bl_lay_chars_from_utf8("a\xff", 2, EM, 0, 1, synth_measure, NULL, &tu_mem,
                                            &c, &n),
                     BULLETIN_ERR_ENCODING);
    assert_int_equal(n, 1);
}

/* Counts the code points measured (user: a size_t). */
static bulletin_status counting_measure(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    ++*(size_t *)user;
    return synth_measure(NULL, cp, role, m);
}

/* bl_lay_utf8_room counts the bytes that are not continuation bytes,
 * eight at a time and the rest one by one: every length and alignment,
 * every kind of byte; bl_lay_chars_fill stores that many characters of a
 * valid text, and measures nothing of an invalid one. */
static void test_utf8_room_and_fill(void **state)
{
    (void)state;
    const char *t = "a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80" "123\xe5\x9b\xbd\xe9\x99\x85 x\xe3\x80\x82";
    size_t len = strlen(t);
    for (size_t from = 0; from <= len; from++)
        for (size_t to = from; to <= len; to++) {
            size_t want = 0;
            for (size_t i = from; i < to; i++)
                want += ((unsigned char)t[i] & 0xC0) != 0x80;
            assert_int_equal(bl_lay_utf8_room(t + from, to - from), want);
        }
    unsigned char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (unsigned char)i;
    assert_int_equal(bl_lay_utf8_room((const char *)all, 256), 256 - 64);
    bl_lay_char c[32];
    size_t n = 99, calls = 0;
    assert_int_equal(bl_lay_chars_fill(t, len, EM, 0, 1, counting_measure, &calls, c, &n),
                     BULLETIN_OK);
    assert_int_equal(n, bl_lay_utf8_room(t, len));
    assert_int_equal(calls, n);
    assert_int_equal(c[3].cp, 0x1F600);
    assert_int_equal(c[3].src, 6);
    calls = 0;
    assert_int_equal(bl_lay_chars_fill("\xe4\xb8\xad\xe4\xb8", 5, EM, 0, 1, counting_measure, &calls,
                                       c, &n),
                     BULLETIN_ERR_ENCODING);
    assert_int_equal(n, 3);
    assert_int_equal(calls, 0);
    bl_lay_char *none = NULL;
    assert_int_equal(bl_lay_chars_from_utf8("\x80\x80", 2, EM, 0, 1, synth_measure, NULL, &tu_mem,
                                            &none, &n),
                     BULLETIN_ERR_ENCODING);
    assert_int_equal(n, 0);
    assert_null(none);
}

static void test_nomem(void **state)
{
    (void)state;
    const char *t = "日前，湖北省知识产权局发布2023年湖北知识产权十件大事。全省知识产权系统稳中求进。";
    for (long at = 1; at < 100; at++) {
        bl_lay_char *c = NULL;
        size_t n = 0;
        bl_layout lay = {0};
        bl_lay_params p;
        bl_lay_params_init(&p, EM, 100);
        tu_fail_reset(at);
        bulletin_status st = bl_lay_chars_from_utf8(t, strlen(t), EM, 0, 1, synth_measure, NULL,
                                                    &tu_failing_mem, &c, &n);
        if (st == BULLETIN_OK)
            st = bl_layout_paragraph(c, n, &p, &tu_failing_mem, &lay);
        if (st == BULLETIN_OK)
            st = bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_failing_mem, &lay);
        bl_layout_free(&lay);
        bl_free(&tu_failing_mem, c);
        tu_fail_reset(0);
        if (st == BULLETIN_OK)
            return;
        assert_int_equal(st, BULLETIN_ERR_NOMEM);
    }
    fail_msg("never succeeded");
}

/* ------------------------------------------------------------------------
 * Torture text, real fonts
 * ---------------------------------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void torture_at(bl_fontset *fs, const char *text, size_t len, double size, double measure,
                       size_t *lines, size_t *near_closing)
{
    const char *s = text, *end = text + len;
    bool title = true;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            nl = end;
        if (nl > s) {
            para P;
            memset(&P, 0, sizeof P);
            assert_int_equal(bl_lay_chars_from_utf8(s, (size_t)(nl - s), size,
                                                    title ? BL_FONT_XIAOBIAOSONG : BL_FONT_FANGSONG,
                                                    BL_FONT_LATIN, bl_fontset_measure, fs, &tu_mem,
                                                    &P.c, &P.n),
                             BULLETIN_OK);
            bl_lay_params_init(&P.p, size, measure);
            if (title) {
                assert_int_equal(bl_layout_balanced(P.c, P.n, &P.p, BL_ALIGN_CENTER, &tu_mem, &P.lay),
                                 BULLETIN_OK);
                for (size_t l = 0; l < P.lay.nlines; l++) {
                    const bl_lay_line *L = &P.lay.lines[l];
                    double left = P.lay.glyphs[L->first].x;
                    /* an opening mark's blank half may hang left of the line */
                    if (bl_lay_no_line_end(P.lay.glyphs[L->first].cp))
                        left += 0.5 * size;
                    assert_true(left >= -0.01);
                    assert_true(L->width <= measure + 0.01);
                    if (l > 0)
                        assert_false(bl_lay_no_line_start(P.lay.glyphs[L->first].cp));
                    if (l + 1 < P.lay.nlines)
                        assert_false(bl_lay_no_line_end(P.lay.glyphs[L->first + L->count - 1].cp));
                }
            } else {
                assert_int_equal(bl_layout_paragraph(P.c, P.n, &P.p, &tu_mem, &P.lay), BULLETIN_OK);
                *lines += check_paragraph(&P);
                /* count lines that end at a closing mark or whose next line
                 * would have started with one at natural spacing */
                for (size_t l = 0; l + 1 < P.lay.nlines; l++) {
                    const bl_lay_line *L = &P.lay.lines[l];
                    uint32_t endc = P.lay.glyphs[L->first + L->count - 1].cp;
                    *near_closing += bl_lay_no_line_start(endc);
                }
            }
            bl_layout_free(&P.lay);
            bl_free(&tu_mem, P.c);
            title = false;
        }
        s = nl + 1;
    }
}

static void test_torture_real_fonts(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = read_file("tests/fixtures/torture.txt", &len);
    assert_non_null(text);
    bl_fontset *fs;
    bulletin_diag d;
    assert_int_equal(bl_fontset_open("fonts/fonts.ini", &tu_mem, &fs, &d), BULLETIN_OK);
    size_t lines = 0, closing = 0;
    forced_lines = ragged_lines = 0;
    /* GB/T 9704 body (16 pt) and 五号 (10.5 pt), on the 156 mm measure and
     * on 40 narrower ones so that breaks fall at every kind of mark */
    for (int m = 0; m <= 40; m++) {
        torture_at(fs, text, len, 16, 442.2 - m * 3.9, &lines, &closing);
        torture_at(fs, text, len, 10.5, 442.2 - m * 2.6, &lines, &closing);
    }
    assert_true(lines > 2000);
    assert_true(closing > 200);
    assert_int_equal(forced_lines, 0);
    assert_int_equal(ragged_lines, 0);
    bl_fontset_free(fs);
    free(text);
}

/* The reference bulletin, each line a paragraph, as the PDF sets it. */
static void test_reference_bulletin_real_fonts(void **state)
{
    (void)state;
    size_t len = 0;
    char *text = read_file("input/hubei-ip-top10-2023.txt", &len);
    assert_non_null(text);
    bl_fontset *fs;
    bulletin_diag d;
    assert_int_equal(bl_fontset_open("fonts/fonts.ini", &tu_mem, &fs, &d), BULLETIN_OK);
    size_t lines = 0, closing = 0;
    forced_lines = ragged_lines = 0;
    torture_at(fs, text, len, 10.5, 442.2, &lines, &closing);
    assert_int_equal(lines, 61); /* body lines; the title is balanced */
    torture_at(fs, text, len, 16, 442.2, &lines, &closing);
    assert_int_equal(forced_lines, 0);
    assert_int_equal(ragged_lines, 0);
    bl_fontset_free(fs);
    free(text);
}

/* ------------------------------------------------------------------------
 * Range connectors (pdfhyph): a hyphen-minus, hyphen, figure dash, en
 * dash, full-width hyphen-minus or minus sign before a figure holds it
 * (3万元-5万元, 2023–2025年: UAX 14 LB25 HY × NU; poppler drops a
 * line-end '-' when the text is copied out), and none starts a line.
 * ---------------------------------------------------------------------- */

static bool is_connector(uint32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2013) || cp == 0xFF0D || cp == 0x2212;
}

static bool is_fig(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* The break classes of `text` as a '0'/'1' string (static buffer). */
static const char *break_string(const char *text)
{
    static char out[256];
    para P;
    lay_out(&P, text, 100, 0, false);
    bool brk[256];
    assert_true(P.n < sizeof out);
    bl_lay_breaks(P.c, P.n, brk);
    for (size_t i = 0; i < P.n; i++)
        out[i] = brk[i] ? '1' : '0';
    out[P.n] = '\0';
    para_free(&P);
    return out;
}

static void test_range_connector_break_table(void **state)
{
    (void)state;
    /* 给 予 3 万 元 - 5 万 元 的: no break before or after the '-' */
    assert_string_equal(break_string("给予3万元-5万元的"), "1110000001");
    assert_string_equal(break_string("給予3萬元-5萬元的"), "1110000001");
    /* en dash, hyphen, figure dash, full-width hyphen-minus, full-width figures */
    assert_string_equal(break_string("年份2023年–2025年"), "1110000000000");
    assert_string_equal(break_string("第1页‐3页"), "100000");
    assert_string_equal(break_string("汉12‒34"), "110000");
    assert_string_equal(break_string("约３万元－５万元"), "11000000");
    /* a minus sign before a figure: −5℃ */
    assert_string_equal(break_string("气温−5℃"), "11100");
}

static void test_range_connector_not_before_letters(void **state)
{
    (void)state;
    /* before a Han or a Latin letter a hyphen still ends a line as before */
    assert_string_equal(break_string("甲-乙"), "101");
    assert_string_equal(break_string("汉-A"), "101");
    /* Latin words and codes stay whole as before: COVID-19 */
    assert_string_equal(break_string("汉COVID-19汉"), "1100000001");
}

/* The connector of a range, on every measure and offset that could put a
 * line's end at it: the range reads whole across the break. */
static void test_range_connector_forced_break(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "流通企业，给予3万元-5万元的资金支持。",
        "流通企業，給予3萬元-5萬元的資金支持。",
        "实施期限为2023年–2025年，分三个阶段推进。",
        "补贴标准为每户1000元－2000元，由县财政负担。",
        "编号为甲‐12的项目和编号为乙‒34的项目。",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t k = 0; k < 12; k++)
            for (double m = 6; m <= 14; m += 0.5) {
                char text[512], pre[64];
                snprintf(text, sizeof text, "%s%s", rep(pre, "汉", (int)k), texts[t]);
                para P;
                lay_out(&P, text, m, 0, false);
                check_paragraph(&P);
                for (size_t l = 0; l < P.lay.nlines; l++) {
                    const bl_lay_line *L = &P.lay.lines[l];
                    const bl_lay_glyph *g = &P.lay.glyphs[L->first];
                    if (l > 0 && !P.lay.lines[l - 1].forced && is_connector(g[0].cp))
                        fail_msg("line %zu starts with U+%04X: %s", l, g[0].cp, line_text(&P.lay, l));
                    if (!L->last && !L->forced && is_connector(g[L->count - 1].cp)
                        && is_fig(P.lay.glyphs[L->first + L->count].cp))
                        fail_msg("line %zu ends with a range's U+%04X: %s", l, g[L->count - 1].cp,
                                 line_text(&P.lay, l));
                }
                para_free(&P);
            }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prohibition_sets_match_spec),
        cmocka_unit_test(test_no_line_start_each_class),
        cmocka_unit_test(test_no_line_start_break_table),
        cmocka_unit_test(test_no_line_end_each_class),
        cmocka_unit_test(test_paragraph_start_exemption),
        cmocka_unit_test(test_numbers_and_units_unbroken),
        cmocka_unit_test(test_latin_words_unbroken),
        cmocka_unit_test(test_dash_and_ellipsis_unbroken),
        cmocka_unit_test(test_compression_at_line_end),
        cmocka_unit_test(test_adjacent_marks_compressed),
        cmocka_unit_test(test_compress_before_push),
        cmocka_unit_test(test_justified_within_half_point),
        cmocka_unit_test(test_cjk_latin_quarter_em),
        cmocka_unit_test(test_first_line_indent),
        cmocka_unit_test(test_no_orphan),
        cmocka_unit_test(test_total_fit_beats_greedy),
        cmocka_unit_test(test_single_line_centred),
        cmocka_unit_test(test_balanced_title),
        cmocka_unit_test(test_overlong_word_forced),
        cmocka_unit_test(test_empty_and_bad_args),
        cmocka_unit_test(test_nomem),
        cmocka_unit_test(test_utf8_room_and_fill),
        cmocka_unit_test(test_torture_real_fonts),
        cmocka_unit_test(test_latin_word_space_capped),
        cmocka_unit_test(test_reference_bulletin_real_fonts),
        cmocka_unit_test(test_range_connector_break_table),
        cmocka_unit_test(test_range_connector_not_before_letters),
        cmocka_unit_test(test_range_connector_forced_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
