/* Unit tests of src/render_xlsx.c: the workbook renders to a sink,
 * deterministically, and fails cleanly. */
#include <math.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libdeflate.h>

#include "test_util.h"

static const char *doc_text =
    "---\ntitle: 测试公报\nissuer: 测试局\ndate: 2024-01-15\nyear: 2023\n---\n"
    "测试公报\n2023年，全省专利授权量12,345件，同比增长10.5%。\n"
    "一、金融\n融资金额127.16亿元，同比下降3.2%。9月1日启动。\n";

static tu_str render(const char *text, long long epoch)
{
    bulletin_doc *doc = tu_parse(text, 0);
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.epoch = epoch;
    tu_str s = {NULL, 0};
    bulletin_diag diag;
    bulletin_status st = bulletin_render_xlsx(doc, &o, tu_sink, &s, &diag);
    if (st != BULLETIN_OK)
        fail_msg("render failed: %s", diag.message);
    bulletin_doc_free(doc);
    return s;
}

static void test_renders_a_zip(void **state)
{
    (void)state;
    tu_str s = render(doc_text, 1700000000);
    assert_true(s.len > 4000);
    assert_memory_equal(s.data, "PK\x03\x04", 4);
    free(s.data);
}

static void test_same_input_same_bytes(void **state)
{
    (void)state;
    tu_str a = render(doc_text, 1700000000);
    tu_str b = render(doc_text, 1700000000);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    free(a.data);
    free(b.data);
}

static void test_epoch_changes_only_the_date(void **state)
{
    (void)state;
    tu_str a = render(doc_text, 1700000000);
    tu_str b = render(doc_text, 1600000000);
    assert_true(a.len != b.len || memcmp(a.data, b.data, a.len) != 0);
    free(a.data);
    free(b.data);
    /* Without an epoch, the front-matter date decides: still stable. */
    tu_str c = render(doc_text, -1);
    tu_str d = render(doc_text, -1);
    assert_int_equal(c.len, d.len);
    assert_memory_equal(c.data, d.data, c.len);
    free(c.data);
    free(d.data);
    /* a front-matter date of a month (2022-04) gives the month's first
     * day, as the epoch of that day does */
    const char *month = "---\ndate: 2022-04\n---\n标题\n正文2023年增长5%。\n";
    tu_str e = render(month, -1);
    tu_str f = render(month, 1648771200); /* 2022-04-01T00:00:00Z */
    assert_int_equal(e.len, f.len);
    assert_memory_equal(e.data, f.data, e.len);
    free(e.data);
    free(f.data);
}

static void test_no_figures_and_no_front_matter(void **state)
{
    (void)state;
    tu_str s = render("只有标题\n没有数字的正文。\n", 0);
    assert_memory_equal(s.data, "PK", 2);
    free(s.data);
}

static void test_long_paragraph_is_cut_to_excel_limit(void **state)
{
    (void)state;
    size_t n = 40000;
    char *t = malloc(n * 3 + 32);
    strcpy(t, "标题\n");
    size_t len = strlen(t);
    for (size_t i = 0; i < n; i++) {
        memcpy(t + len, "字", 3);
        len += 3;
    }
    t[len] = '\0';
    tu_str s = render(t, 0);
    assert_memory_equal(s.data, "PK", 2);
    free(s.data);
    free(t);
}

/* The number cell `ref` of sheet XML `xml` holds: its value, NAN when absent. */
static double number_at(const char *xml, const char *ref)
{
    char key[32];
    snprintf(key, sizeof key, "<c r=\"%s\"", ref);
    const char *c = strstr(xml, key);
    if (!c)
        return NAN;
    const char *end = strstr(c, "</c>"), *v = strstr(c, "<v>");
    const char *close = strstr(c, "/>");
    if (!v || !end || v > end || (close && close < v))
        return NAN;
    return strtod(v + 3, NULL);
}

/* Issue 17: the 数据 sheet for analysts.  Columns 序号 章节 章节标题 指标 数值
 * 单位 限定词 类型 期间 日期 增速(%) 增量 增量单位 标准值 基准单位 原文 行 列
 * (A..R); without a PDF laid out in the same run, no PDF页码 column. */
static void test_data_sheet_for_analysts(void **state)
{
    (void)state;
    tu_str z = render("---\ntitle: 测试公报\nyear: 2023\n---\n测试公报\n"
                      "全省专利授权量12,345件，同比增长10.5%。企业数208家，比上年增加35家。"
                      "城镇化率为66.0%，提高0.9个百分点。9月1日启动。\n",
                      1700000000);
    char *strings = tu_zip_part(&z, "xl/sharedStrings.xml");
    char *sheet = tu_zip_part(&z, "xl/worksheets/sheet1.xml");
    assert_non_null(strings);
    assert_non_null(sheet);
    static const char *const headers[] = {"期间", "日期", "增速(%)", "增量", "增量单位", "<t>行</t>",
                                          "<t>列</t>"};
    for (size_t i = 0; i < sizeof headers / sizeof *headers; i++)
        assert_non_null(strstr(strings, headers[i]));
    char *table = tu_zip_part(&z, "xl/tables/table1.xml");
    assert_non_null(table);
    assert_non_null(strstr(table, "name=\"增速(%)\""));
    assert_null(strstr(table, "PDF页码")); /* no PDF laid out: no column */
    assert_null(strstr(table, "位置"));
    free(table);
    /* row 2: 12,345件 — 数值 E2 a number, 增速(%) K2 the rate in percent (pdf45) */
    assert_true(number_at(sheet, "E2") == 12345);
    assert_true(fabs(number_at(sheet, "K2") - 10.5) < 1e-12);
    assert_true(isnan(number_at(sheet, "L2")));
    /* row 4: 208家 — 增量 L4 35 (its unit in M4) */
    assert_true(number_at(sheet, "E4") == 208);
    assert_true(number_at(sheet, "L4") == 35);
    assert_true(isnan(number_at(sheet, "K4")));
    /* row 6: 66.0% — 增量 0.9 (points), no 增速 */
    assert_true(number_at(sheet, "E6") == 66);
    assert_true(fabs(number_at(sheet, "L6") - 0.9) < 1e-12);
    assert_true(isnan(number_at(sheet, "K6")));
    /* row 8: 9月1日 — 数值 blank, 日期 J8 the date of the front matter's year */
    assert_true(isnan(number_at(sheet, "E8")));
    assert_true(number_at(sheet, "J8") == 45170); /* 2023-09-01 */
    /* 行 and 列 are numbers */
    assert_false(isnan(number_at(sheet, "Q2")));
    assert_false(isnan(number_at(sheet, "R2")));
    free(strings);
    free(sheet);
    free(z.data);
}

/* 章节标题 of a figure under a run-in heading that is its outermost
 * section: the heading's words without the stop that runs its text in
 * (经济总量。 -> 经济总量; the PDF keeps the stop). */
static void test_runin_section_title_without_its_stop(void **state)
{
    (void)state;
    tu_str z = render("测试公报\n经济总量。全年实现地区生产总值382419万元。\n"
                      "农林牧渔业。全区农林牧渔业总产值308154万元。\n",
                      1700000000);
    char *strings = tu_zip_part(&z, "xl/sharedStrings.xml");
    assert_non_null(strings);
    assert_non_null(strstr(strings, "<t>经济总量</t>"));
    assert_non_null(strstr(strings, "<t>农林牧渔业</t>"));
    assert_null(strstr(strings, "<t>经济总量。</t>"));
    free(strings);
    free(z.data);
}

/* The workbook of `text` with every node placed on PDF page `page` (as
 * an export with the PDF does), so that PDF页码 is written. */
static tu_str render_paged(const char *text, int page)
{
    bulletin_doc *doc = tu_parse(text, 0);
    bulletin_pages *pages = bulletin_pages_new(doc);
    assert_non_null(pages);
    bulletin_iter it;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    while (bulletin_iter_next(&it) != BULLETIN_EV_DONE)
        bulletin_pages_place(pages, bulletin_iter_node(&it), 0, page);
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.pages = pages;
    tu_str s = {NULL, 0};
    bulletin_diag diag;
    if (bulletin_render_xlsx(doc, &o, tu_sink, &s, &diag) != BULLETIN_OK)
        fail_msg("render failed: %s", diag.message);
    bulletin_pages_free(pages);
    bulletin_doc_free(doc);
    return s;
}

/* Issue 21: PDF页码 links to NAME.pdf#page=N, but a workbook that streams
 * its rows (more than 20,000 figures) holds the page number alone:
 * libxlsxwriter keeps some 2 KB a link until the workbook closes (40,000
 * rows of two figures took 136 MB for their links). */
static void test_streaming_workbook_pages_without_links(void **state)
{
    (void)state;
    tu_str z = render_paged("标题\n全省专利授权量12,345件，同比增长10.5%。\n", 3);
    char *sheet = tu_zip_part(&z, "xl/worksheets/sheet1.xml");
    char *rels = tu_zip_part(&z, "xl/worksheets/_rels/sheet1.xml.rels");
    assert_non_null(sheet);
    assert_non_null(rels);
    assert_non_null(strstr(sheet, "<hyperlink ref=\"S2\" r:id=\"rId1\" location=\"page=3\""));
    assert_non_null(strstr(rels, "Target=\"t.pdf\" TargetMode=\"External\""));
    assert_true(number_at(sheet, "S2") == 3);
    free(sheet);
    free(rels);
    free(z.data);

    size_t n = 20001, len = 0;
    char *t = malloc(n * 7 + 32);
    assert_non_null(t);
    len = (size_t)sprintf(t, "标题\n");
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(t + len, "5个、");
    sprintf(t + len, "。\n");
    z = render_paged(t, 2);
    sheet = tu_zip_part(&z, "xl/worksheets/sheet1.xml");
    assert_non_null(sheet);
    assert_null(strstr(sheet, "<hyperlink"));
    assert_null(tu_zip_part(&z, "xl/worksheets/_rels/sheet1.xml.rels"));
    assert_true(number_at(sheet, "S2") == 2);
    assert_true(number_at(sheet, "S20002") == 2);
    free(sheet);
    free(z.data);
    free(t);
}

/* A time of day in 日期: 9:30 as h:mm, 10:53:59 (a page's 发布时间 line)
 * with its seconds as h:mm:ss (was cut to 10:53). */
static void test_time_of_day_keeps_seconds(void **state)
{
    (void)state;
    tu_str z = render("通知\n发布时间：2018-07-16 10:53:59，会议于9:30开始。\n", 1700000000);
    char *sheet = tu_zip_part(&z, "xl/worksheets/sheet1.xml");
    char *styles = tu_zip_part(&z, "xl/styles.xml");
    assert_non_null(sheet);
    assert_non_null(styles);
    /* rows 2..4: the date, 10:53:59, 9:30 */
    assert_true(fabs(number_at(sheet, "J3") - (10 * 3600 + 53 * 60 + 59) / 86400.0) < 1e-12);
    assert_true(fabs(number_at(sheet, "J4") - (9 * 60 + 30) / 1440.0) < 1e-12);
    assert_non_null(strstr(styles, "formatCode=\"h:mm:ss\""));
    assert_non_null(strstr(styles, "formatCode=\"h:mm\""));
    free(sheet);
    free(styles);
    free(z.data);
}

static int failing_sink(const char *data, size_t len, void *user)
{
    (void)data, (void)len, (void)user;
    return -1;
}

static void test_sink_failure_is_io_error(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    bulletin_diag diag;
    assert_int_equal(bulletin_render_xlsx(doc, NULL, failing_sink, NULL, &diag), BULLETIN_ERR_IO);
    assert_int_equal(bulletin_render_xlsx(NULL, NULL, failing_sink, NULL, &diag),
                     BULLETIN_ERR_USAGE);
    bulletin_doc_free(doc);
}

/* Every allocation the backend makes through opts->mem fails in turn:
 * NOMEM, nothing written, no temporary file left, no leak (cmocka checks).
 * libxlsxwriter's own allocations use malloc and are not reached. */
static void test_every_allocation_failure_is_clean(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    char dir[] = "/tmp/bulletin-test-XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    setenv("TMPDIR", dir, 1);
    long n;
    for (n = 1; n < 1000; n++) {
        bulletin_render_opts o;
        bulletin_render_opts_init(&o);
        o.epoch = 0;
        o.mem = &tu_failing_mem;
        tu_fail_reset(n);
        tu_str s = {NULL, 0};
        bulletin_diag d;
        bulletin_status st = bulletin_render_xlsx(doc, &o, tu_sink, &s, &d);
        tu_fail_reset(0);
        if (st == BULLETIN_OK) {
            free(s.data);
            break;
        }
        assert_int_equal(st, BULLETIN_ERR_NOMEM);
        assert_null(s.data);
        /* no temporary file left behind */
        char cmd[256];
        snprintf(cmd, sizeof cmd, "test -z \"$(ls -A %s)\"", dir);
        assert_int_equal(system(cmd), 0);
    }
    assert_true(n > 3 && n < 1000);
    if (saved) {
        setenv("TMPDIR", saved, 1);
        free(saved);
    } else {
        unsetenv("TMPDIR");
    }
    rmdir(dir);
    bulletin_doc_free(doc);
}

/* The member `name` of zip z[len], inflated (caller frees), or NULL. */
static char *member(const tu_str *z, const char *name)
{
    const unsigned char *p = (const unsigned char *)z->data;
    size_t nlen = strlen(name);
    for (size_t i = 0; i + 30 <= z->len; i++) {
        if (memcmp(p + i, "PK\3\4", 4) != 0)
            continue;
        size_t csize = p[i + 18] | p[i + 19] << 8 | (size_t)p[i + 20] << 16 | (size_t)p[i + 21] << 24;
        size_t usize = p[i + 22] | p[i + 23] << 8 | (size_t)p[i + 24] << 16 | (size_t)p[i + 25] << 24;
        size_t fl = p[i + 26] | p[i + 27] << 8, xl = p[i + 28] | p[i + 29] << 8;
        if (fl != nlen || memcmp(p + i + 30, name, nlen) != 0)
            continue;
        char *out = malloc(usize + 1);
        assert_non_null(out);
        struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
        assert_non_null(d);
        assert_int_equal(libdeflate_deflate_decompress(d, p + i + 30 + fl + xl, csize, out, usize,
                                                       NULL),
                         LIBDEFLATE_SUCCESS);
        libdeflate_free_decompressor(d);
        out[usize] = '\0';
        return out;
    }
    return NULL;
}

/* 指标 (D) and 原文 (P) of 数据, and 章节's title column (B), are as wide
 * as their wrapped rows' heights count (their caps), whether their texts
 * are short (doc_text) or of 240 characters. */
static void check_wrapped_widths(const char *text)
{
    tu_str s = render(text, 0);
    char *sheet = member(&s, "xl/worksheets/sheet1.xml");
    assert_non_null(sheet);
    assert_non_null(strstr(sheet, "<col min=\"4\" max=\"4\" width=\"28.7109375\" style=\"1\" "
                                  "customWidth=\"1\"/>"));
    assert_non_null(strstr(sheet, "<col min=\"16\" max=\"16\" width=\"60.7109375\" style=\"1\" "
                                  "customWidth=\"1\"/>"));
    free(sheet);
    char *sections = member(&s, "xl/worksheets/sheet2.xml");
    assert_non_null(sections);
    assert_non_null(strstr(sections, "<col min=\"2\" max=\"2\" width=\"60.7109375\" style=\"1\" "
                                     "customWidth=\"1\"/>"));
    free(sections);
    free(s.data);
}

static void test_wrapped_columns_keep_their_width(void **state)
{
    (void)state;
    check_wrapped_widths(doc_text);
    char text[8192]; /* six times what longer can hold, and the rest */
    char longer[1024] = "";
    for (int i = 0; i < 60; i++)
        strcat(longer, "全省");
    snprintf(text, sizeof text,
             "---\ntitle: 测试公报\nyear: 2023\n---\n测试公报\n"
             "一、%s%s\n%s%s专利授权量12,345件，%s%s同比增长10.5%%。\n",
             longer, longer, longer, longer, longer, longer);
    check_wrapped_widths(text);
}

/* The program's lxw_tmpfile (src/xlsx/xlsx.c), which libxlsxwriter calls
 * for every part: a stream without stdio's lock, which libxlsxwriter
 * uses from one thread (outside a workbook being packed: the library's
 * own temporary file), that writes, rewinds and reads back. */
FILE *lxw_tmpfile(char *tmpdir);

static void test_part_streams_are_unlocked(void **state)
{
    (void)state;
    FILE *f = lxw_tmpfile((char *)"/tmp");
    assert_non_null(f);
    assert_int_equal(__fsetlocking(f, FSETLOCKING_QUERY), FSETLOCKING_BYCALLER);
    assert_int_equal(fprintf(f, "<c r=\"%s\"/>", "A1"), 11);
    rewind(f);
    char buf[16] = {0};
    assert_int_equal(fread(buf, 1, sizeof buf, f), 11);
    assert_string_equal(buf, "<c r=\"A1\"/>");
    fclose(f);
}

static void test_backend_table(void **state)
{
    (void)state;
    const bulletin_backend *b = bulletin_backend_find("xlsx");
    assert_non_null(b);
    assert_string_equal(b->ext, ".xlsx");
    assert_null(bulletin_backend_find("docx"));
    int n = 0;
    for (const bulletin_backend *p = bulletin_backends; p->name; p++)
        n++;
    assert_true(n >= 3);
}

/* The number format code of cell `ref` of sheet XML `xml` (its s=
 * attribute, the cellXfs entry of styles.xml, its numFmtId: a built-in
 * id or a numFmt of styles.xml) into `out`; "" when none. */
static void format_at(const char *xml, const char *styles, const char *ref, char *out, size_t cap)
{
    out[0] = '\0';
    char key[32];
    snprintf(key, sizeof key, "<c r=\"%s\"", ref);
    const char *c = strstr(xml, key);
    assert_non_null(c);
    const char *gt = strchr(c, '>'), *sa = strstr(c, " s=\"");
    int xf = sa && sa < gt ? atoi(sa + 4) : 0;
    const char *xfs = strstr(styles, "<cellXfs");
    assert_non_null(xfs);
    const char *e = xfs;
    for (int k = 0; k <= xf; k++) {
        e = strstr(e + 1, "<xf ");
        assert_non_null(e);
    }
    const char *id = strstr(e, "numFmtId=\"");
    assert_non_null(id);
    int fmt = atoi(id + 10);
    if (fmt == 10) {
        snprintf(out, cap, "0.00%%");
        return;
    }
    if (fmt == 9) {
        snprintf(out, cap, "0%%");
        return;
    }
    snprintf(key, sizeof key, "numFmtId=\"%d\" formatCode=\"", fmt);
    const char *f = strstr(styles, key);
    if (!f)
        return;
    f += strlen(key);
    size_t n = 0;
    while (f[n] && f[n] != '"' && n + 1 < cap) {
        out[n] = f[n];
        n++;
    }
    out[n] = '\0';
}

/* pdf45: 增速(%) holds the growth rate in percent, as its header says
 * (增长10.5% -> 10.5, 下降3.2% -> -3.2, 3成 -> 30, 增长1.5倍 -> 150), with
 * the written decimals and no percent format (a percent format would
 * show 1050%); pandas and an Excel filter "> 5" find the rows growing
 * over 5%.  The 图表 sheet's growth column is the same numbers under
 * 增速(%).  A change in points stays in 增量. */
static void test_growth_column_in_percent(void **state)
{
    (void)state;
    tu_str z = render("测试公报\n全省专利授权量12,345件，同比增长10.5%。"
                      "出口额52亿元，同比下降3.2%。企业数208家，增长3成。"
                      "产量40万吨，增长1.5倍。城镇化率为66.0%，提高0.9个百分点。\n",
                      1700000000);
    char *sheet = tu_zip_part(&z, "xl/worksheets/sheet1.xml");
    char *styles = tu_zip_part(&z, "xl/styles.xml");
    char *charts = tu_zip_part(&z, "xl/worksheets/sheet4.xml");
    char *strings = tu_zip_part(&z, "xl/sharedStrings.xml");
    assert_non_null(sheet);
    assert_non_null(styles);
    assert_non_null(charts);
    assert_non_null(strings);
    char fmt[64];
    assert_true(number_at(sheet, "E2") == 12345);
    assert_true(fabs(number_at(sheet, "K2") - 10.5) < 1e-12);
    format_at(sheet, styles, "K2", fmt, sizeof fmt);
    assert_null(strchr(fmt, '%'));
    assert_non_null(strstr(fmt, "0.0"));
    assert_null(strstr(fmt, "0.00"));
    assert_true(number_at(sheet, "E4") == 52);
    assert_true(fabs(number_at(sheet, "K4") - -3.2) < 1e-12);
    assert_true(number_at(sheet, "E6") == 208);
    assert_true(fabs(number_at(sheet, "K6") - 30) < 1e-12);
    format_at(sheet, styles, "K6", fmt, sizeof fmt);
    assert_null(strchr(fmt, '%'));
    assert_true(number_at(sheet, "E8") == 40);
    assert_true(fabs(number_at(sheet, "K8") - 150) < 1e-12);
    /* 66.0%, 提高0.9个百分点: 增量 0.9, no 增速 */
    assert_true(number_at(sheet, "E10") == 66);
    assert_true(isnan(number_at(sheet, "K10")));
    assert_true(fabs(number_at(sheet, "L10") - 0.9) < 1e-12);
    /* 图表: 增速(%) over the same numbers, linked to 数据's K cells */
    assert_non_null(strstr(strings, "<t>增速(%)</t>"));
    assert_true(fabs(number_at(charts, "B2") - 10.5) < 1e-12);
    format_at(charts, styles, "B2", fmt, sizeof fmt);
    assert_null(strchr(fmt, '%'));
    free(strings);
    free(charts);
    free(styles);
    free(sheet);
    free(z.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_renders_a_zip),
        cmocka_unit_test(test_same_input_same_bytes),
        cmocka_unit_test(test_epoch_changes_only_the_date),
        cmocka_unit_test(test_no_figures_and_no_front_matter),
        cmocka_unit_test(test_long_paragraph_is_cut_to_excel_limit),
        cmocka_unit_test(test_sink_failure_is_io_error),
        cmocka_unit_test(test_every_allocation_failure_is_clean),
        cmocka_unit_test(test_backend_table),
        cmocka_unit_test(test_part_streams_are_unlocked),
        cmocka_unit_test(test_wrapped_columns_keep_their_width),
        cmocka_unit_test(test_data_sheet_for_analysts),
        cmocka_unit_test(test_runin_section_title_without_its_stop),
        cmocka_unit_test(test_streaming_workbook_pages_without_links),
        cmocka_unit_test(test_time_of_day_keeps_seconds),
        cmocka_unit_test(test_growth_column_in_percent),
    };
    return cmocka_run_group_tests_name("render_xlsx", tests, NULL, NULL);
}
