/* test_xlsx_rows.c - a workbook row's height from its text's width
 * (bl_xlsx_row_height, src/xlsx/cells.c): a wide character (Han,
 * U+4E00..U+9FFF, or East Asian Wide or Fullwidth: bl_is_fullwidth)
 * counts 2 units of '0', any other 1.1, whatever its encoding's length;
 * a line break starts a line.  Every character of the Basic Multilingual
 * Plane is tried against that rule, written out here (the function tells
 * Han by its first bytes without decoding it). */
#include <stdio.h>
#include <string.h>

#include "test_util.h"

#include "xlsx/xlsx_int.h"

static size_t put_utf8(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* Six copies of one character in a column 10 wide (room 8.5): four wide
 * characters a line (two lines), all six narrow ones on one. */
static void test_wide_and_narrow(void **state)
{
    (void)state;
    for (uint32_t cp = 0x20; cp < 0x10000; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue; /* not characters */
        char s[32];
        size_t n = 0;
        for (int k = 0; k < 6; k++)
            n += put_utf8(s + n, cp);
        bool wide = (cp >= 0x4E00 && cp <= 0x9FFF) || bl_is_fullwidth(cp);
        double h = bl_xlsx_row_height(s, n, 10);
        if (h != (wide ? 31.5 : 16.5))
            print_error("U+%04X: %g\n", (unsigned)cp, h);
        assert_true(h == (wide ? 31.5 : 16.5));
    }
}

/* A line break starts a line; a character cut short counts one narrow
 * unit a byte. */
static void test_breaks_and_bad_bytes(void **state)
{
    (void)state;
    assert_true(bl_xlsx_row_height("a\nb\nc", 5, 10) == 15.0 * 3 + 1.5);
    assert_true(bl_xlsx_row_height("\xE5\x9B", 2, 10) == 16.5); /* two bytes of 国 */
    /* 国 four times and a fifth wraps; U+4DFF (a hexagram, not wide) does not */
    assert_true(bl_xlsx_row_height("国国国国国", 15, 10) == 31.5);
    assert_true(bl_xlsx_row_height("\xE4\xB7\xBF\xE4\xB7\xBF\xE4\xB7\xBF", 9, 10) == 16.5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wide_and_narrow),
        cmocka_unit_test(test_breaks_and_bad_bytes),
    };
    return cmocka_run_group_tests_name("xlsx_rows", tests, NULL, NULL);
}
