/*
 * test_render_pdf_glyphs.c - a laid-out glyph's record (src/pdf/pdf_int.h):
 * 24 bytes, its size an index into the render's sizes and its natural
 * advance a whole 1/1000 em of that size, each read back exactly as the
 * layout computed it (glyph_size, glyph_nat); an advance that is not a
 * whole 1/1000 em is kept aside, exactly; a box's carrier folded into its
 * face.
 */
#include "test_util.h"

#include <math.h>

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_size),
        cmocka_unit_test(test_sizes_and_advances),
        cmocka_unit_test(test_odd_advances),
        cmocka_unit_test(test_face_and_carrier),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
