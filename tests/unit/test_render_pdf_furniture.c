/*
 * test_render_pdf_furniture.c - the running header (src/pdf/furniture.c):
 * its rule is drawn under its text only; a text without a title (its
 * short title empty) has neither, where a rule alone stood at the top of
 * every page.  Read from the page content streams: the header's
 * artifacts (/Pagination /Subtype /Header) on the text pages.  Runs from
 * the repository root (fonts/fonts.ini, templates/).
 */
#include "test_util.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static void count_header_marks(const char *out, size_t got, void *ctx)
{
    static const char mark[] = "/Subtype /Header>> BDC";
    size_t *n = ctx;
    for (size_t k = 0; k + sizeof mark - 1 <= got; k++)
        *n += memcmp(out + k, mark, sizeof mark - 1) == 0;
}

/* How many header artifacts (its text, its rule) the pages show, and on
 * how many pages with text. */
static size_t header_marks(const char *text, const char *tpl, size_t *pages)
{
    tu_str pdf = tu_render_pdf(text, tpl);
    size_t n = 0;
    *pages = tu_page_contents(&pdf, count_header_marks, &n);
    free(pdf.data);
    return n;
}

static void test_no_title_no_rule(void **state)
{
    (void)state;
    size_t pages = 0;
    /* no title line: the title is the file's name, not typeset, and the
     * short title of the header is empty */
    size_t n = header_marks("一、总体情况\n全年地区生产总值增长5.2%，比上年提高0.3个百分点。\n"
                            "二、农业\n粮食产量增长1.1%。\n",
                            "brochure", &pages);
    assert_true(pages > 0);
    assert_int_equal(n, 0);
    /* with a title: its text and its rule on the text pages (one artifact) */
    n = header_marks("2024年全市经济运行情况\n一、总体情况\n全年地区生产总值增长5.2%。\n", "brochure",
                     &pages);
    assert_true(pages > 0);
    assert_true(n >= 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_title_no_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
