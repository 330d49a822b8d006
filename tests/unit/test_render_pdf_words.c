/*
 * test_render_pdf_words.c - the PDF backend asks ICU for the words of
 * display text (titles, headings, the cover) only when the text wraps:
 * building ICU's dictionary word break engine costs some 8 million
 * instructions, and a text that fits on one line is laid out the same
 * without its words.  ICU's allocations are counted (u_setMemoryFunctions,
 * before anything in this process uses ICU).  Runs from the repository
 * root (fonts/fonts.ini).
 */
#include "test_util.h"

#include <stdlib.h>

#include <unicode/uclean.h>

#include "bulletin_int.h"

static size_t icu_allocs;

static void *U_CALLCONV icu_alloc(const void *ctx, size_t n)
{
    (void)ctx;
    icu_allocs++;
    return malloc(n);
}

static void *U_CALLCONV icu_realloc(const void *ctx, void *p, size_t n)
{
    (void)ctx;
    icu_allocs++;
    return realloc(p, n);
}

static void U_CALLCONV icu_free(const void *ctx, void *p)
{
    (void)ctx;
    free(p);
}

static size_t render_pages(const char *text, const char *tpl)
{
    tu_str s = tu_render_pdf(text, tpl);
    size_t n = s.len;
    free(s.data);
    return n;
}

/* Must run first: ICU untouched until then. */
static void test_one_line_display_text_needs_no_words(void **state)
{
    (void)state;
    UErrorCode e = U_ZERO_ERROR;
    u_setMemoryFunctions(NULL, icu_alloc, icu_realloc, icu_free, &e);
    assert_int_equal(e, U_ZERO_ERROR);
    /* a title, headings and a run-in heading that each fit on a line, in
     * both templates (the brochure's cover title too) */
    const char *fits = "全省专利统计公报\n一、综合情况\n（一）授权量\n1.发明专利。正文一段文字。\n"
                       "全市地区生产总值完成3,215.6亿元，同比增长6.2%。\n";
    render_pages(fits, "brochure");
    render_pages(fits, "gongwen");
    assert_int_equal(icu_allocs, 0);
}

static void test_wrapping_display_text_gets_words(void **state)
{
    (void)state;
    /* a heading far wider than the measure: its breaks fall between
     * words, which takes ICU */
    render_pages("标题\n一、牵头举办中部六省高价值专利大赛，以赛促进激发区域高质量发展新动能，"
                 "推进知识产权强省建设取得新的重要进展\n正文。\n",
                 "gongwen");
    assert_true(icu_allocs > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_line_display_text_needs_no_words),
        cmocka_unit_test(test_wrapping_display_text_gets_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
