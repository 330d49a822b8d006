/*
 * test_render_pdf_glyphs.c - a laid-out glyph's record (src/pdf/pdf_int.h):
 * 24 bytes, its size an index into the render's sizes and its natural
 * advance a whole 1/1000 em of that size, each read back exactly as the
 * layout computed it (glyph_size, glyph_nat); an advance that is not a
 * whole 1/1000 em is kept aside, exactly; a box's carrier folded into its
 * face; what each face's glyphs need of its subset gathered line by line
 * as the blocks are laid out (bl_pdf_fold): the code points, the wider
 * copies and the boxes' blanks, each once however often it is drawn.
 * Runs from the repository root (fonts/).
 */
#include "test_util.h"

#include <math.h>
#include <stdlib.h>

#include "pdf/pdf_int.h"

static void test_record_size(void **state)
{
    (void)state;
    assert_int_equal(sizeof(pglyph), sizeof(void *) == 8 ? 24 : sizeof(pglyph));
}

/* The advances the layout computes (bl_lay_chars_from_utf8): a whole
 * 1/1000 em times the size, read back bit for bit; sizes shared. */
static void test_sizes_and_advances(void **state)
{
    (void)state;
    ctx cx, *c = &cx;
    memset(c, 0, sizeof *c);
    c->mem = &tu_mem;
    pglyph g[6];
    memset(g, 0, sizeof g);
    c->glyphs = g;
    static const double size[6] = {10.5, 15.96, 10.5, 15.96, 10.5, 22.0};
    static const double adv[6] = {1000, 557, -250, 0, 32767, 917};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(bl_pdf_glyph_metrics(c, &g[i], i, size[i], adv[i] * size[i] / 1000.0),
                         BULLETIN_OK);
    assert_int_equal(c->nsizes, 3);
    assert_int_equal(c->nodd_nat, 0);
    for (size_t i = 0; i < 6; i++) {
        double want = adv[i] * size[i] / 1000.0;
        double got = glyph_nat(c, &g[i]);
        assert_memory_equal(&got, &want, sizeof got);
        assert_true(glyph_size(c, &g[i]) == (float)size[i]);
    }
    assert_int_equal(g[1].szi, 1);
    assert_int_equal(g[5].szi, 2);
    bl_free(c->mem, c->sizes);
    bl_free(c->mem, c->rises);
}

/* An advance that is not a whole 1/1000 em of its size, or beyond an
 * int16, or -0: kept aside, read back exactly. */
static void test_odd_advances(void **state)
{
    (void)state;
    ctx cx, *c = &cx;
    memset(c, 0, sizeof *c);
    c->mem = &tu_mem;
    pglyph g[5];
    memset(g, 0, sizeof g);
    c->glyphs = g;
    const double nat[5] = {1.0 / 3.0, 12.0, 40000 * 12.0 / 1000.0, -0.0, 6.0};
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(bl_pdf_glyph_metrics(c, &g[i], i, 12.0, nat[i]), BULLETIN_OK);
    assert_int_equal(c->nsizes, 1);
    assert_int_equal(c->nodd_nat, 3); /* 1/3, 480 (40,000/1000 em), -0 */
    assert_true((g[0].szi & GLYPH_ODD_NAT) && !(g[1].szi & GLYPH_ODD_NAT));
    for (size_t i = 0; i < 5; i++) {
        double got = glyph_nat(c, &g[i]);
        assert_memory_equal(&got, &nat[i], sizeof got);
        assert_true(glyph_size(c, &g[i]) == 12.0f);
    }
    assert_true(signbit(glyph_nat(c, &g[3])));
    bl_free(c->mem, c->sizes);
    bl_free(c->mem, c->rises);
    bl_free(c->mem, c->odd_nat);
}

/* A glyph's face, a box, a box's carrier (-2 - k): each read back. */
static void test_face_and_carrier(void **state)
{
    (void)state;
    pglyph g;
    memset(&g, 0, sizeof g);
    g.cp = 0x10FFFF;
    g.face = BL_PDF_MAX_FACES - 1;
    assert_int_equal(g.face, BL_PDF_MAX_FACES - 1);
    assert_int_equal(glyph_carrier(&g), -1);
    assert_int_equal(text_face(&g), BL_PDF_MAX_FACES - 1);
    g.face = -1;
    assert_int_equal(text_face(&g), -1);
    glyph_set_carrier(&g, 0);
    assert_true(g.face < 0);
    assert_int_equal(glyph_carrier(&g), 0);
    assert_int_equal(text_face(&g), 0);
    glyph_set_carrier(&g, BL_PDF_MAX_FACES - 1);
    assert_true(g.face < 0);
    assert_int_equal(text_face(&g), BL_PDF_MAX_FACES - 1);
    glyph_set_carrier(&g, -1);
    assert_int_equal(g.face, -1);
    assert_int_equal(text_face(&g), -1);
    assert_int_equal(g.cp, 0x10FFFF); /* its neighbours in the word untouched */
}

/* The variant key (cp, extra, box) is among face f's folded ones. */
static bool has_vkey(const pfold *f, uint32_t cp, int extra, bool box)
{
    for (size_t i = 0; i < f->nvars; i++)
        if (f->vars[i].cp == cp && f->vars[i].extra == extra && f->vars[i].box == box)
            return true;
    return false;
}

static bool has_bmp(const pfold *f, uint32_t cp)
{
    return f->bmp && (f->bmp[cp >> 6] >> (cp & 63) & 1);
}

static size_t bmp_count(const pfold *f)
{
    size_t n = 0;
    for (size_t w = 0; f->bmp && w < 0x10000 / 64; w++)
        n += (size_t)bits_set(f->bmp[w]);
    return n;
}

/* One line folded as its block is pushed, then the rest (a copy of the
 * line sharing its glyphs, as a table's repeated header row does): the
 * gaps planned once, the same when planned again; each face's code
 * points and variants; a box carried by the face before it. */
static void test_fold(void **state)
{
    (void)state;
    ctx cx, *c = &cx;
    memset(c, 0, sizeof *c);
    c->mem = &tu_mem;
    bulletin_diag d;
    assert_int_equal(bl_fontset_open("fonts/fonts.ini", &tu_mem, &c->fs, &d), BULLETIN_OK);
    assert_true(bl_fontset_face_count(c->fs) >= 2);
    /* size 10 pt: 1 pt is 100/1000 em */
    static const struct {
        uint32_t cp;
        int face;
        double x, nat;
    } in[] = {
        {'A', 0, 0, 5},        /* 2 pt to B: extra 200 */
        {'B', 0, 7, 5},        /* 8 pt to 中: 800 */
        {0x4E2D, 1, 20, 10},   /* 中, overlapping the box: none */
        {0xE000, -1, 25, 10},  /* a box carried by 中's face, 5 pt to 文:
                                  a blank 1500 wide */
        {0x6587, 1, 40, 10},   /* 文, 2 pt to the next: 200 */
        {0x20BB7, 1, 52, 10},  /* beyond the BMP, the line's last */
    };
    enum { N = sizeof in / sizeof *in, COPIES = 1000 };
    pglyph *g = calloc(N, sizeof *g);
    pline *l = calloc(1 + COPIES, sizeof *l);
    assert_non_null(g);
    assert_non_null(l);
    c->glyphs = g;
    c->lines = l;
    for (size_t i = 0; i < N; i++) {
        g[i].cp = in[i].cp;
        g[i].face = in[i].face;
        g[i].x = in[i].x;
        g[i].extra = 123; /* stale: reset by the first fold */
        assert_int_equal(bl_pdf_glyph_metrics(c, &g[i], i, 10.0, in[i].nat), BULLETIN_OK);
    }
    c->nglyphs = N;
    l[0].first = 0;
    l[0].count = N;
    c->nlines = 1;
    assert_int_equal(bl_pdf_fold(c), BULLETIN_OK);
    assert_int_equal(c->folded_lines, 1);
    assert_int_equal(c->folded_glyphs, N);
    static const int extra[N] = {200, 800, 0, 500, 200, 0};
    for (size_t i = 0; i < N; i++)
        assert_int_equal(g[i].extra, extra[i]);
    assert_int_equal(glyph_carrier(&g[3]), 1);
    /* the copies: the same glyphs planned again, nothing new */
    for (size_t k = 1; k <= COPIES; k++)
        l[k] = l[0];
    c->nlines = 1 + COPIES;
    assert_int_equal(bl_pdf_fold(c), BULLETIN_OK);
    for (size_t i = 0; i < N; i++)
        assert_int_equal(g[i].extra, extra[i]);
    assert_int_equal(glyph_carrier(&g[3]), 1);
    const pfold *f0 = &c->fold[0], *f1 = &c->fold[1];
    assert_int_equal(bmp_count(f0), 2);
    assert_true(has_bmp(f0, 'A') && has_bmp(f0, 'B'));
    assert_int_equal(bmp_count(f1), 2);
    assert_true(has_bmp(f1, 0x4E2D) && has_bmp(f1, 0x6587));
    assert_false(has_bmp(f1, 0xE000)); /* a box is no face's character */
    assert_true(f1->nbig >= 1);
    for (size_t i = 0; i < f1->nbig; i++)
        assert_int_equal(f1->big[i], 0x20BB7);
    assert_true(has_vkey(f0, 'A', 200, false) && has_vkey(f0, 'B', 800, false));
    assert_true(has_vkey(f1, 0x6587, 200, false) && has_vkey(f1, 0xE000, 1500, true));
    for (size_t i = 0; i < f0->nvars; i++) /* nothing else */
        assert_true(f0->vars[i].cp == 'A' || f0->vars[i].cp == 'B');
    for (size_t i = 0; i < f1->nvars; i++)
        assert_true(f1->vars[i].cp == 0x6587 || f1->vars[i].cp == 0xE000);
    /* 1,001 lines of the same glyphs: the repeats are dropped as the
     * arrays fill, not kept (two variants of face 0, two of face 1) */
    assert_int_equal(f0->cap_vars, 256);
    assert_int_equal(f1->cap_vars, 256);
    assert_int_equal(f1->cap_big, 256);
    bl_pdf_free_fold(c);
    assert_null(c->fold);
    bl_fontset_free(c->fs);
    bl_free(c->mem, c->sizes);
    bl_free(c->mem, c->rises);
    free(g);
    free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_size),
        cmocka_unit_test(test_sizes_and_advances),
        cmocka_unit_test(test_odd_advances),
        cmocka_unit_test(test_face_and_carrier),
        cmocka_unit_test(test_fold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
