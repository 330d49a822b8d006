/*
 * test_render_pdf_marks.c - note marks in running text (全县生产总值[2]61.9亿元,
 * 增长8.1%[3]。) are set superscript: 0.7 of the text's size, raised 0.363
 * of it (LaTeX's \textsuperscript, which ctex's \footnote uses), in both
 * templates, in paragraphs, headings and table cells; a notes item's
 * leading [1], a year in brackets, a[1] and the title's mark stay on the
 * baseline.  Read
 * from the page content streams: every run shown (Tj) with the Tf size and
 * Ts rise in force.  Runs from the repository root (fonts/fonts.ini).
 */
#include "test_util.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The glyphs shown by the text's content streams: how many at each
 * (size, rise). */
typedef struct {
    double size, rise;
    size_t glyphs;
} run_class;

typedef struct {
    run_class cls[16];
    size_t ncls;
} shown;

static void add(shown *s, double size, double rise, size_t glyphs)
{
    for (size_t i = 0; i < s->ncls; i++)
        if (fabs(s->cls[i].size - size) < 1e-9 && fabs(s->cls[i].rise - rise) < 1e-9) {
            s->cls[i].glyphs += glyphs;
            return;
        }
    assert_true(s->ncls < 16);
    s->cls[s->ncls++] = (run_class){size, rise, glyphs};
}

/* The glyphs shown at `size` (pt, as written: 3 decimals) raised `rise`. */
static size_t count(const shown *s, double size, double rise)
{
    size_t n = 0;
    for (size_t i = 0; i < s->ncls; i++)
        if (fabs(s->cls[i].size - size) < 0.0006 && fabs(s->cls[i].rise - rise) < 0.0006)
            n += s->cls[i].glyphs;
    return n;
}

/* Reads one content stream's text operators into *s. */
static void scan(const char *t, size_t len, shown *s)
{
    double size = 0, rise = 0, num[4] = {0};
    size_t nnum = 0;
    for (size_t i = 0; i < len;) {
        if (t[i] == ' ' || t[i] == '\n') {
            i++;
            continue;
        }
        if (t[i] == '<') {
            size_t j = i + 1;
            while (j < len && t[j] != '>')
                j++;
            add(s, size, rise, (j - i - 1) / 4);
            i = j + 1;
            continue;
        }
        size_t j = i;
        while (j < len && t[j] != ' ' && t[j] != '\n')
            j++;
        char tok[64];
        size_t k = j - i < sizeof tok - 1 ? j - i : sizeof tok - 1;
        memcpy(tok, t + i, k);
        tok[k] = '\0';
        char *end;
        double v = strtod(tok, &end);
        if (k && *end == '\0' && tok[0] != '/') {
            if (nnum == 4)
                memmove(num, num + 1, 3 * sizeof *num), nnum = 3;
            num[nnum++] = v;
        } else {
            if (!strcmp(tok, "Tf") && nnum)
                size = num[nnum - 1];
            else if (!strcmp(tok, "Ts") && nnum)
                rise = num[nnum - 1];
            if (tok[0] != '/')
                nnum = 0;
        }
        i = j;
    }
}

static void scan_page(const char *out, size_t got, void *ctx) { scan(out, got, ctx); }

/* Renders `text` in template `tpl` and reads what its pages show. */
static shown render_shown(const char *text, const char *tpl)
{
    tu_str pdf = tu_render_pdf(text, tpl);
    shown s;
    memset(&s, 0, sizeof s);
    assert_true(tu_page_contents(&pdf, scan_page, &s) > 0);
    free(pdf.data);
    return s;
}

#define RISE 0.362892
#define SUP 0.7

/* Rounded as the content stream writes numbers: 3 decimals. */
static double r3(double v) { return round(v * 1000) / 1000; }

static const char *marks_text =
    "某县2021年国民经济和社会发展统计公报\n"
    "全县生产总值[2]61.9亿元，增长8.1%[3]。0—14岁[10]人口为2.5万人（常住人口）[4]。\n"
    "一、城乡[6]人口\n"
    "城镇人口为3.2万人。\n"
    "表1 主要指标\n"
    "| 指标 | 数值 |\n|---|---|\n| 家庭户[5] | 1728 |\n"
    "注释：\n"
    "[1]本公报数据为初步统计数。\n";

/* Both templates set tables at the body size; `h1` is 一、's size. */
static void check_marks(const char *tpl, double body, double h1)
{
    shown s = render_shown(marks_text, tpl);
    size_t in_h1 = count(&s, r3(SUP * h1), r3(RISE * h1));
    /* [2] [3] [10] [4] in the paragraph and [5] in the cell: 3 + 3 + 4 + 3
     * + 3 glyphs at 0.7 of the body size, raised 0.362892 of it; [6] in
     * the heading at 0.7 of its size */
    if (h1 == body) {
        assert_int_equal(in_h1, 19);
    } else {
        assert_int_equal(count(&s, r3(SUP * body), r3(RISE * body)), 16);
        assert_int_equal(in_h1, 3);
    }
    /* nothing else raised: the notes item's [1] on the baseline */
    size_t raised = 0;
    for (size_t i = 0; i < s.ncls; i++)
        if (s.cls[i].rise != 0)
            raised += s.cls[i].glyphs;
    assert_int_equal(raised, 19);
}

static void test_marks_brochure(void **state)
{
    (void)state;
    check_marks("brochure", 10.5, 14);
}

static void test_marks_gongwen(void **state)
{
    (void)state;
    /* 3号 at 28 characters a line: 156 mm / 28 */
    double body = r3(156.0 / 25.4 * 72.0 / 28.0);
    check_marks("gongwen", body, body);
}

/* No mark: a year in brackets, an index after a Latin letter, a notes
 * item's number, the title's mark (the cover's too), [0] and [100]. */
static void test_not_marks(void **state)
{
    (void)state;
    const char *text = "某县统计公报[1]\n"
                       "一、综合\n"
                       "根据[2024]号文件和a[1]的规定，第[0]项与第[100]项，〔2024〕1号文。\n"
                       "[1]本公报数据为初步统计数。\n";
    static const char *tpls[] = {"brochure", "gongwen"};
    for (size_t t = 0; t < 2; t++) {
        shown s = render_shown(text, tpls[t]);
        for (size_t i = 0; i < s.ncls; i++)
            assert_true(s.cls[i].rise == 0);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_marks_brochure),
        cmocka_unit_test(test_marks_gongwen),
        cmocka_unit_test(test_not_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
