/*
 * test_pdf_tables.c - the column widths of a table (src/pdf/tables.c,
 * tables.h): a table whose columns fit keeps them in one part at its
 * natural widths or in type no smaller than the floor; one too wide even
 * in the smallest type is cut into parts of its columns, the row labels
 * in each, as equal as the columns allow, every part within the measure
 * and every column at least its need (no figure broken, no cell over its
 * rule); one column too wide beside the labels alone is left to be
 * squeezed.
 */
#include "test_util.h"

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#include "pdf/tables.h"

#define MEASURE 442.2 /* the 公文's type width, pt */
#define PAD 6.0
#define MIN_SCALE 0.6

/* The load of a part: column 0 and [a, b), with their padding. */
static double load(const double *need, size_t a, size_t b)
{
    double w = need[0] + 2 * PAD;
    for (size_t k = a; k < b; k++)
        w += need[k] + 2 * PAD;
    return w;
}

static void test_fits_in_one_part(void **state)
{
    (void)state;
    double need[6] = {60, 40, 40, 40, 40, 40}, scale = 0;
    size_t start[7];
    assert_int_equal(bl_pdf_table_parts(need, 6, MEASURE, PAD, MIN_SCALE, start, &scale), 1);
    assert_true(scale == 1);
    assert_int_equal(start[0], 1);
    assert_int_equal(start[1], 6);
    /* natural widths when they fit: unchanged, the type whole */
    double want[6] = {60, 40, 40, 40, 40, 40}, hard[6] = {32, 32, 32, 32, 32, 32}, pad = 0;
    double n2[6] = {60, 40, 40, 40, 40, 40};
    assert_true(bl_pdf_table_widths(want, n2, hard, 6, MEASURE, PAD, MIN_SCALE, 1, &pad) == 1);
    assert_true(want[0] == 60 && want[5] == 40 && pad == PAD);
}

/* finance-reuters-2018m03-money-table in 3号: a label column of five
 * characters and thirteen columns of months that need 56 pt each. */
static void test_too_wide_in_parts(void **state)
{
    (void)state;
    double need[14], want[14], hard[14], scale = 0;
    size_t start[15];
    need[0] = 80;
    for (size_t k = 1; k < 14; k++)
        need[k] = k == 1 || k == 4 ? 64 : 48;
    /* the needs at the smallest type: more than the measure */
    assert_true(load(need, 1, 14) * MIN_SCALE > MEASURE);
    size_t parts = bl_pdf_table_parts(need, 14, MEASURE, PAD, MIN_SCALE, start, &scale);
    assert_int_equal(parts, 2);
    assert_int_equal(start[0], 1);
    assert_int_equal(start[2], 14);
    /* as equal as the columns allow: 7 and 6 columns (or 6 and 7) */
    assert_in_range(start[1], 7, 8);
    assert_true(scale >= MIN_SCALE && scale <= 1);
    for (size_t p = 0; p < parts; p++) {
        size_t a = start[p], b = start[p + 1], m = 1 + b - a;
        /* every part within the measure at the common scale */
        assert_true(load(need, a, b) * scale <= MEASURE + 1e-6);
        /* its widths: every column its need at that scale */
        double w[14], n[14], h[14], pad = 0;
        for (size_t j = 0; j < m; j++) {
            size_t k = j ? a + j - 1 : 0;
            w[j] = want[k] = need[k] + 10;
            n[j] = need[k];
            h[j] = hard[k] = 32;
        }
        double s = bl_pdf_table_widths(w, n, h, m, MEASURE, PAD, MIN_SCALE, scale, &pad);
        assert_true(fabs(s - scale) < 1e-9 || s == 1);
        double total = 0;
        for (size_t j = 0; j < m; j++) {
            size_t k = j ? a + j - 1 : 0;
            assert_true(w[j] >= need[k] * s - 1e-6);
            total += w[j] + 2 * pad;
        }
        assert_true(total <= MEASURE + 1e-6);
    }
}

/* A column that does not fit beside the labels even in the smallest
 * type: no split helps; one part, squeezed (a figure may then break). */
static void test_one_column_too_wide(void **state)
{
    (void)state;
    double need[4] = {100, 40, 900, 40}, scale = 0;
    size_t start[5];
    assert_int_equal(bl_pdf_table_parts(need, 4, MEASURE, PAD, MIN_SCALE, start, &scale), 1);
    assert_true(scale == 1);
    /* squeezed: within the measure, the hard minimums kept */
    double want[4] = {100, 40, 900, 40}, hard[4] = {20, 30, 20, 30}, pad = 0;
    double s = bl_pdf_table_widths(want, need, hard, 4, MEASURE, PAD, MIN_SCALE, 1, &pad);
    assert_true(s == MIN_SCALE);
    double total = 0;
    for (size_t k = 0; k < 4; k++) {
        assert_true(want[k] >= hard[k] * s - 1e-6);
        total += want[k] + 2 * pad;
    }
    assert_true(total <= MEASURE + 1e-6);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fits_in_one_part),
        cmocka_unit_test(test_too_wide_in_parts),
        cmocka_unit_test(test_one_column_too_wide),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
