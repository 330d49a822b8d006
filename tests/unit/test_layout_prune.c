/*
 * test_layout_prune.c - the total-fit breaker's pruning of active nodes
 * (issue 22) keeps the breaks of the breaker that reads every node.  The
 * breaker skips the nodes after one whose line is not compressed when no
 * later node can win (their lines are looser, their demerits at least
 * that line's; the least demerits of the nodes after it from a queue of
 * suffix minima), except where the sums do not rise with the position
 * (a negative width, a CJK-Latin gap past 1/2 em): then every node is
 * read as before.  Ties go to the earlier break, as before.
 *
 * Each case lays out some thousand pseudo-random paragraphs (Han, marks
 * with compressible blanks, Latin words between spaces, figures,
 * trailing spaces, break classes) on several measures, and hashes every
 * line (start, length, flags) and every paragraph's total demerits, bit
 * for bit.  The expected hashes are those of the breaker before the
 * pruning (layout.c of main at 3b322f9, checked with that library);
 * the five cases with Latin words since word spaces stretch so far
 * (SPACE_STRETCH_LIMIT: new breaks, same in both breakers, checked with
 * `mono` forced false in breaks_total_fit).
 */
#include "test_util.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bulletin_int.h"
#include "pdf/layout.h"

#define EM 10.0

/* ASCII 1/2 em, everything else 1 em; with `user` (a double) ASCII
 * letters that wide instead, in 1/1000 em. */
static bulletin_status synth_measure(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    (void)role;
    m->adv1000 = cp < 0x80 ? 500 : 1000;
    if (user && cp >= 'a' && cp <= 'z')
        m->adv1000 = *(const double *)user;
    m->font = 0;
    m->ink_left = m->ink_right = 0;
    return BULLETIN_OK;
}

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(rng_state >> 33) % n;
}

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ULL;
    return h;
}

/* A paragraph of about `len` pieces of kind `mix` (0: Han and marks, 1:
 * mixed with Latin words and figures, 2: uniform Han, many ties). */
static void make_text(char *buf, size_t cap, int mix, size_t len)
{
    static const char *han[] = {"全", "省", "专", "利", "授", "权", "量", "增", "长", "企", "业"};
    static const char *marks[] = {"，", "。", "、", "；", "：", "“", "”", "（", "）", "《", "》", "——", "……"};
    static const char *latin[] = {" word ", "abc", " ", "12.5%", "2023", "GDP ", "x", "  "};
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < len; i++) {
        const char *piece;
        uint32_t r = rnd(100);
        if (mix == 2 || r < 70)
            piece = han[rnd(sizeof han / sizeof *han)];
        else if (mix == 0 || r < 85)
            piece = marks[rnd(sizeof marks / sizeof *marks)];
        else
            piece = latin[rnd(sizeof latin / sizeof *latin)];
        size_t k = strlen(piece);
        if (used + k + 1 >= cap)
            break;
        memcpy(buf + used, piece, k + 1);
        used += k;
    }
}

/* The hash of `count` paragraphs laid out with the given parameters;
 * `brk`: random break classes; `letter1000`: the width of a letter. */
static size_t len_max = 300; /* pieces of a paragraph: 1 .. len_max */

static uint64_t run(uint64_t seed, int mix, size_t count, double indent_em, double latin_gap,
                    bool brk, double letter1000)
{
    rng_state = seed;
    uint64_t h = 14695981039346656037ULL;
    static char text[8192];
    bl_layout lay = {0};
    for (size_t t = 0; t < count; t++) {
        make_text(text, sizeof text, mix, 1 + rnd((uint32_t)len_max));
        bl_lay_char *c = NULL;
        size_t n = 0;
        assert_int_equal(bl_lay_chars_from_utf8(text, strlen(text), EM, 0, 1, synth_measure,
                                                letter1000 != 0 ? &letter1000 : NULL, &tu_mem,
                                                &c, &n),
                         BULLETIN_OK);
        uint8_t *cls = NULL;
        if (brk && n) {
            cls = test_calloc(n, 1);
            for (size_t i = 0; i < n; i++)
                cls[i] = (uint8_t)rnd(5); /* BL_BRK_ANY .. BL_BRK_GOOD */
        }
        bl_lay_params p;
        bl_lay_params_init(&p, EM, (8 + rnd(33)) * EM + rnd(10) * 0.37);
        p.indent = indent_em * EM;
        p.latin_gap = latin_gap;
        p.brk = cls;
        assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &lay), BULLETIN_OK);
        h = fnv(h, &lay.nlines, sizeof lay.nlines);
        for (size_t l = 0; l < lay.nlines; l++) {
            const bl_lay_line *L = &lay.lines[l];
            uint64_t v[3] = {L->start, L->count,
                             (uint64_t)L->forced | (uint64_t)L->overfull << 1
                                 | (uint64_t)L->ragged << 2 | (uint64_t)L->last << 3};
            h = fnv(h, v, sizeof v);
        }
        h = fnv(h, &lay.demerits, sizeof lay.demerits);
        test_free(cls);
        bl_free(&tu_mem, c);
    }
    bl_layout_free(&lay);
    return h;
}

static void check(uint64_t got, uint64_t want)
{
    if (got != want)
        print_error("hash 0x%016llx, want 0x%016llx\n", (unsigned long long)got,
                    (unsigned long long)want);
    assert_true(got == want);
}

/* Han and marks, indented: the pruned path. */
static void test_han_and_marks(void **state)
{
    (void)state;
    check(run(1, 0, 3000, 2, 0.25, false, 0), 0xd69f4b4391f3d935ULL);
}

/* Uniform Han: many layouts of equal demerits, the earlier break wins. */
static void test_ties(void **state)
{
    (void)state;
    check(run(2, 2, 3000, 0, 0.25, false, 0), 0x6d5b7e6d502a70a8ULL);
}

/* Latin words, spaces (trailing ones too: lines that end in spaces,
 * nodes whose line is empty), figures, break classes. */
static void test_mixed_words(void **state)
{
    (void)state;
    check(run(3, 1, 3000, 2, 0.25, true, 0), 0x8061076bff41ee8bULL);
}

/* A CJK-Latin gap past 1/2 em (its stretch negative): the sums do not
 * rise, every node is read. */
static void test_wide_latin_gap(void **state)
{
    (void)state;
    check(run(4, 1, 3000, 0, 0.75, false, 0), 0x100dc024b56be029ULL);
}

/* A negative indent: every node is read. */
static void test_negative_indent(void **state)
{
    (void)state;
    check(run(5, 1, 3000, -1, 0.25, false, 0), 0x8053ee3d6296ed35ULL);
}

/* Letters of next to no width. */
static void test_thin_letters(void **state)
{
    (void)state;
    check(run(6, 1, 3000, 2, 0.25, false, 1e-9), 0x336266db6ee8a15eULL);
}

/* Letters of negative width: every node is read. */
static void test_negative_widths(void **state)
{
    (void)state;
    check(run(7, 1, 3000, 2, 0.25, false, -300), 0x37d6a0097cb8e959ULL);
}

/* Han and marks with Latin words, unindented, a narrow CJK-Latin gap:
 * the seed of each break (the node the break before was best after)
 * read by the loop with the demerits it was rated with.  The hash is
 * that of the breaker of main at 2fa636f (before that reuse). */
static void test_seeded(void **state)
{
    (void)state;
    check(run(8, 1, 3000, 0, 0.125, true, 0), 0x9f8599241af2ee2dULL);
}

/* speed22b: breaks_total_fit tests the widths' finiteness with one
 * compare ((v - v) + (g - g) + (et - et) == 0) and sets dem and prev in
 * the pass of pmax.  Letters of NaN width (the margin not finite: no
 * pruning window) and long
 * paragraphs (some 3,000 pieces, still under the buffer) give the
 * breaks and demerits of the breaker before (main at 4a14698, this file
 * linked with that library). */
static void test_nonfinite_widths(void **state)
{
    (void)state;
    check(run(10, 1, 400, 2, 0.25, true, NAN), 0x20818f8cea15e38aULL);
}

static void test_long_paragraphs(void **state)
{
    (void)state;
    len_max = 2600;
    uint64_t a = run(12, 0, 40, 2, 0.25, false, 0), b = run(13, 1, 40, 2, 0.25, true, 0),
             c = run(14, 2, 40, 0, 0.25, false, 0);
    len_max = 300;
    check(a, 0xd4d943d95b7ad16aULL);
    check(b, 0xffb637dc0f4b8205ULL);
    check(c, 0x0270cae75a2c7ebbULL);
}

/* pdf45: letters of a huge width (1e306 pt: their sums pass DBL_MAX) or
 * an infinite one.  The breakers' sums overflowed to infinity, their
 * bounds came out NaN (a line end read past the text in the emergency
 * path, e = 16777217) and the balanced breaker cast a ratio past SIZE_MAX
 * to a count of lines.  Widths past BL_LAY_MAX_WIDTH are refused with
 * BULLETIN_ERR_USAGE and an empty layout; widths up to it are laid out,
 * every line starting after the one before. */
static void huge_case(double width, bool brk, double measure_em, bulletin_status want)
{
    static const char *texts[] = {"abc def ghi jkl", "全省abc专利，授权def量增长ghijk。", "x",
                                  "abc  def\u3000ghi 12.5% 2023 word", "aaaaaaaaaaaaaaaaaaaaaaaa"};
    bl_layout lay = {0};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        const char *text = texts[t];
        bl_lay_char *c = NULL;
        size_t n = 0;
        assert_int_equal(bl_lay_chars_from_utf8(text, strlen(text), EM, 0, 1, synth_measure, NULL,
                                                &tu_mem, &c, &n),
                         BULLETIN_OK);
        for (size_t i = 0; i < n; i++)
            if (c[i].cp >= 'a' && c[i].cp <= 'z')
                c[i].adv = c[i].gadv = width;
        uint8_t cls[64] = {0};
        for (size_t i = 0; i < n && i < sizeof cls; i++)
            cls[i] = (uint8_t)(brk ? (i % 3 ? BL_BRK_WORD : BL_BRK_ANY) : BL_BRK_ANY);
        bl_lay_params p;
        bl_lay_params_init(&p, EM, measure_em * EM);
        p.indent = brk ? 2 * EM : 0;
        p.brk = brk ? cls : NULL;
        for (int how = 0; how < 2; how++) {
            bulletin_status st = how ? bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay)
                                     : bl_layout_paragraph(c, n, &p, &tu_mem, &lay);
            assert_int_equal(st, want);
            if (want != BULLETIN_OK) {
                assert_int_equal(lay.nlines, 0);
                assert_int_equal(lay.nglyphs, 0);
                continue;
            }
            assert_true(lay.nlines >= 1);
            assert_true(lay.nglyphs <= n);
            size_t next = 0;
            for (size_t l = 0; l < lay.nlines; l++) {
                assert_true(lay.lines[l].start >= next && lay.lines[l].start < n);
                next = lay.lines[l].start + 1;
            }
        }
        bl_free(&tu_mem, c);
    }
    bl_layout_free(&lay);
}

static void test_huge_widths(void **state)
{
    (void)state;
    huge_case(1e306, false, 20, BULLETIN_ERR_USAGE);
    huge_case(1e306, true, 8, BULLETIN_ERR_USAGE);
    huge_case(-1e306, false, 20, BULLETIN_ERR_USAGE);
    huge_case(INFINITY, false, 20, BULLETIN_ERR_USAGE);
    huge_case(-INFINITY, true, 20, BULLETIN_ERR_USAGE);
    huge_case(DBL_MAX, false, 5, BULLETIN_ERR_USAGE);
    huge_case(2 * BL_LAY_MAX_WIDTH, true, 3, BULLETIN_ERR_USAGE);
    /* at the limit: laid out (lines far too wide, each on its own) */
    huge_case(BL_LAY_MAX_WIDTH, true, 3, BULLETIN_OK);
    huge_case(BL_LAY_MAX_WIDTH, false, 20, BULLETIN_OK);
    huge_case(-BL_LAY_MAX_WIDTH, false, 20, BULLETIN_OK);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_han_and_marks),   cmocka_unit_test(test_ties),
        cmocka_unit_test(test_mixed_words),     cmocka_unit_test(test_wide_latin_gap),
        cmocka_unit_test(test_negative_indent), cmocka_unit_test(test_thin_letters),
        cmocka_unit_test(test_negative_widths), cmocka_unit_test(test_seeded),
        cmocka_unit_test(test_nonfinite_widths), cmocka_unit_test(test_long_paragraphs),
        cmocka_unit_test(test_huge_widths),
    };
    return cmocka_run_group_tests_name("layout_prune", tests, NULL, NULL);
}
