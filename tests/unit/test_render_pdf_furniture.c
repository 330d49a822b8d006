/*
 * test_render_pdf_furniture.c - the running header (src/pdf/furniture.c):
 * its rule is drawn under its text only; a text without a title (its
 * short title empty) has neither, where a rule alone stood at the top of
 * every page.  Read from the page content streams: the header's
 * artifacts (/Pagination /Subtype /Header) on the text pages.  And the
 * 续表 line over a table continued on a page (after a page break, or a
 * part of a table too wide for the page): a pagination artifact of its
 * own, two glyphs, after the header rows repeated.  Runs from the
 * repository root (fonts/fonts.ini, templates/).
 */
#include "test_util.h"
#include "pdf/pdf_int.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void count_header_marks(const char *out, size_t got, void *user)
{
    static const char mark[] = "/Subtype /Header>> BDC";
    size_t *n = user;
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

#define MAXPAGES 16

/* Per page: its pagination artifacts (/Artifact <</Type /Pagination>>:
 * header rows repeated, 续表 lines) and the glyphs shown in the last. */
typedef struct {
    int pages;
    int arts[MAXPAGES];
    int last_glyphs[MAXPAGES];
} pagination;

static void count_pagination(const char *out, size_t got, void *user)
{
    static const char mark[] = "/Artifact <</Type /Pagination>> BDC";
    pagination *p = user;
    assert_true(p->pages < MAXPAGES);
    int *arts = &p->arts[p->pages], *glyphs = &p->last_glyphs[p->pages];
    p->pages++;
    bool in = false;
    for (size_t k = 0; k < got; k++) {
        if (k + sizeof mark - 1 <= got && memcmp(out + k, mark, sizeof mark - 1) == 0) {
            ++*arts;
            *glyphs = 0;
            in = true;
            k += sizeof mark - 2;
        } else if (in && k + 3 <= got && memcmp(out + k, "EMC", 3) == 0) {
            in = false;
        } else if (in && out[k] == '<') {
            size_t e = k + 1;
            while (e < got && out[e] != '>')
                e++;
            *glyphs += (int)(e - k - 1) / 4; /* a glyph: four hex digits */
            k = e;
        }
    }
}

static pagination paginations(const char *text, const char *tpl)
{
    pagination p;
    memset(&p, 0, sizeof p);
    tu_str pdf = tu_render_pdf(text, tpl);
    size_t n = tu_page_contents(&pdf, count_pagination, &p);
    free(pdf.data);
    assert_int_equal((int)n, p.pages);
    return p;
}

/* A title and a table of `rows` rows, with a header row when `head`. */
static char *table_text(int rows, bool head, bool traditional)
{
    size_t cap = 256 + (size_t)rows * 64, len = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    len += (size_t)snprintf(t + len, cap - len, "%s\n", traditional ? "某市統計公報" : "某市统计公报");
    if (head)
        len += (size_t)snprintf(t + len, cap - len, "| 指标 | 绝对数 | 增长 |\n|---|---:|---:|\n");
    for (int r = 0; r < rows; r++)
        len += (size_t)snprintf(t + len, cap - len, "| 第%d项 | %d.%d | %d.%d |\n", r + 1, 100 + r,
                                r % 10, r % 9, r % 7);
    assert_true(len < cap);
    return t;
}

/* A table over three pages: on each page after the first, its header row
 * repeated, then a 续表 line of its own (two glyphs); none on the first
 * page.  Without a header row, the 续表 line alone.  A text in traditional
 * characters gets 續表 (two glyphs too). */
static void test_continued_table(void **state)
{
    (void)state;
    static const char *const tpls[] = {"brochure", "gongwen"};
    for (int t = 0; t < 2; t++)
        for (int head = 0; head < 2; head++) {
            char *text = table_text(t ? 40 : 80, head, false);
            pagination p = paginations(text, tpls[t]);
            free(text);
            assert_true(p.pages >= 3);
            assert_int_equal(p.arts[0], 0);
            for (int pg = 1; pg < p.pages; pg++) {
                assert_int_equal(p.arts[pg], head ? 2 : 1);
                assert_int_equal(p.last_glyphs[pg], 2);
            }
        }
    char *text = table_text(40, true, true);
    pagination p = paginations(text, "gongwen");
    free(text);
    assert_true(p.pages >= 2);
    assert_int_equal(p.arts[1], 2);
    assert_int_equal(p.last_glyphs[1], 2);
}

/* A table too wide for the page (fourteen columns of months in gongwen)
 * is set in two parts on one page: the second under a 续表 line, then its
 * two row labels repeated (artifacts too; no header row is repeated:
 * nothing broke across a page). */
static void test_table_in_parts(void **state)
{
    (void)state;
    pagination p = paginations(
        "主要金融数据\n"
        "| | 2018年3月 | 2月 | 1月 | 2017年12月 | 11月 | 10月 | 9月 | 8月 | 7月 | 6月 | 5月 | 4月 | 3月 |\n"
        "| 货币当局外汇（万亿） | 21.50 | 21.49 | 21.48 | 21.48 | 21.52 | 21.51 | 21.51 | 21.51 | 21.51 | 21.52 "
        "| 21.55 | 21.58 | 21.62 |\n"
        "| 较前月增减（亿） | +78 | +41 | +45 | -363 | +24 | +21 | +9 | -8 | -46 | -343 | -293 | -420 | -547 |\n",
        "gongwen");
    assert_int_equal(p.pages, 1);
    assert_int_equal(p.arts[0], 3);
    assert_int_equal(p.last_glyphs[0], 2);
}

/* A key card's growth line follows the text's script: the program's own
 * verb 增长 becomes 增長 in a traditional text; a simplified text and the
 * other words are left as they are. */
static void test_growth_line_in_script(void **state)
{
    (void)state;
    char a[64] = "增长33.69%", b[64] = "增长33.69%", c[64] = "同比增长5.2%，增长快",
         d[64] = "下降15.16%";
    bl_pdf_growth_in_script(a, true);
    assert_string_equal(a, "增長33.69%");
    bl_pdf_growth_in_script(b, false);
    assert_string_equal(b, "增长33.69%");
    bl_pdf_growth_in_script(c, true);
    assert_string_equal(c, "同比增長5.2%，增長快");
    bl_pdf_growth_in_script(d, true);
    assert_string_equal(d, "下降15.16%");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_line_in_script),
        cmocka_unit_test(test_no_title_no_rule),
        cmocka_unit_test(test_continued_table),
        cmocka_unit_test(test_table_in_parts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
