/*
 * sheets.c - the workbook's smaller sheets: 章节 (the lead and each
 * level-1 section: paragraphs, characters, figures, first PDF page), 原文
 * (every paragraph's text, by section) and 说明 (what the workbook is:
 * the document's metadata, the source's SHA-256, the figures by kind, the
 * tool and the export time).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <xlsxwriter.h>

#include "xlsx_int.h"

/* One row of 章节. */
typedef struct {
    const bulletin_node *node; /* NULL for the lead */
    int paragraphs;
    size_t chars;
    int figures;
    int first_page;
} section_stats;

/* The width of 原文's text column (Calibri-11 '0' units). */
#define TEXT_WIDTH 90.0

/* The template the PDF of the same run was laid out with (the PDF
 * backend's choice: the option, else the front matter's, else brochure),
 * as a name. */
static void template_of(const xl *x, char *out, size_t size)
{
    const char *t = x->opts->template_name;
    if (!t || !*t)
        t = bulletin_doc_meta(x->doc, BULLETIN_META_TEMPLATE);
    if (!t || !*t)
        t = "brochure";
    const char *base = strrchr(t, '/');
    base = base ? base + 1 : t;
    size_t n = strlen(base);
    if (n > 4 && !strcmp(base + n - 4, ".ini"))
        n -= 4;
    if (n >= size)
        n = size - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}

/* Whether figure `f` counts for its section in 章节. */
static bool section_counts(const bulletin_figure *f)
{
    return f->listed && bulletin_node_get_type(f->node) != BULLETIN_NODE_TITLE;
}

/* The figures 章节 counts for section number `number`. */
static int section_figures(const bulletin_doc *doc, int number)
{
    int count = 0;
    size_t nf = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < nf; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        count += f.section == number && section_counts(&f);
    }
    return count;
}

/* Section numbers whose figures are counted in one pass up front (a pass
 * per section would be quadratic); larger ones, if ever, get their own. */
#define SEC_COUNTED 256

bulletin_status bl_xlsx_write_sections(xl *x, lxw_worksheet *ws, lxw_worksheet *text_ws)
{
    bulletin_status status = BULLETIN_OK;
    const bulletin_doc *doc = x->doc;
    int per_number[SEC_COUNTED] = {0};
    size_t nf = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < nf; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        if (f.section >= 0 && f.section < SEC_COUNTED && section_counts(&f))
            per_number[f.section]++;
    }
    static const char *const sh[] = {"序号", "章节标题", "段落数", "字数", "数据个数", "PDF起始页"};
    static const char *const th[] = {"章节", "段落", "文本"};
    /* PDF起始页 only when a PDF was laid out with the workbook */
    int ncols = bulletin_pages_count(x->opts->pages) > 0 ? 6 : 5;
    for (int c = 0; c < ncols; c++)
        XL_CHECK(worksheet_write_string(ws, 0, (lxw_col_t)c, sh[c], x->f_header), "章节 header");
    for (int c = 0; c < 3; c++)
        XL_CHECK(worksheet_write_string(text_ws, 0, (lxw_col_t)c, th[c], x->f_header), "原文 header");

    /* One pass over the top level: the lead, then each level-1 section. */
    lxw_row_t srow = 0, trow = 0;
    for (const bulletin_node *top = bulletin_node_first_child(bulletin_doc_root(doc)); top;
         top = bulletin_node_next(top)) {
        bulletin_node_type t = bulletin_node_get_type(top);
        if (t != BULLETIN_NODE_LEAD && t != BULLETIN_NODE_SECTION)
            continue;
        section_stats st = {t == BULLETIN_NODE_SECTION ? top : NULL, 0, 0, 0, 0};
        int number = t == BULLETIN_NODE_SECTION ? bulletin_node_number(top) : 0;
        if (st.node)
            st.first_page = bulletin_pages_lookup(x->opts->pages, top, 0);
        bulletin_iter it;
        bulletin_event ev;
        bulletin_iter_init(&it, top);
        while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
            const bulletin_node *n = bulletin_iter_node(&it);
            if (ev != BULLETIN_EV_ENTER || bulletin_node_get_type(n) != BULLETIN_NODE_PARAGRAPH)
                continue;
            size_t len;
            const char *s = bulletin_node_text(n, &len);
            st.paragraphs++;
            st.chars += bl_utf8_count(s, len);
            if (!st.first_page)
                st.first_page = bulletin_pages_lookup(x->opts->pages, n, 0);
            if (trow + 2 >= XL_MAX_ROWS)
                continue;
            trow++;
            double h = bl_xlsx_row_height(s, len, TEXT_WIDTH);
            if (h > LXW_DEF_ROW_HEIGHT)
                XL_CHECK(worksheet_set_row(text_ws, trow, h, NULL), "row height");
            XL_CHECK(worksheet_write_number(text_ws, trow, 0, number, x->f_int), "原文");
            XL_CHECK(worksheet_write_number(text_ws, trow, 1, bulletin_node_index(n), x->f_int),
                     "原文");
            XL_CHECK(bl_xlsx_write_text(x, text_ws, trow, 2, s, len, x->f_wrap, &status), "原文");
        }
        st.figures =
            number >= 0 && number < SEC_COUNTED ? per_number[number] : section_figures(doc, number);
        srow++;
        const char *title = st.node ? bulletin_node_text(st.node, NULL) : "导语";
        size_t tlen = strlen(title);
        if (st.node && bulletin_node_kind(st.node) == BULLETIN_NODE_RUNIN)
            tlen = bl_xlsx_runin_title_len(title, tlen);
        double h = bl_xlsx_row_height(title, tlen, COL_MAX_TEXT);
        if (h > LXW_DEF_ROW_HEIGHT)
            XL_CHECK(worksheet_set_row(ws, srow, h, NULL), "row height");
        XL_CHECK(worksheet_write_number(ws, srow, 0, number, x->f_int), "章节");
        XL_CHECK(bl_xlsx_write_text(x, ws, srow, 1, title, tlen, x->f_wrap, &status), "章节");
        XL_CHECK(worksheet_write_number(ws, srow, 2, st.paragraphs, x->f_int), "章节");
        XL_CHECK(worksheet_write_number(ws, srow, 3, (double)st.chars, x->f_int), "章节");
        XL_CHECK(worksheet_write_number(ws, srow, 4, st.figures, x->f_int), "章节");
        if (st.first_page && ncols > 5)
            XL_CHECK(worksheet_write_number(ws, srow, 5, st.first_page, x->f_int), "章节");
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_freeze_panes(text_ws, 1, 0);
    XL_CHECK(worksheet_set_column(ws, 0, 0, 8, NULL), "width");
    /* the title column is as wide as the row heights count: no width to fit */
    XL_CHECK(worksheet_set_column(ws, 1, 1, COL_MAX_TEXT, x->f_wrap), "width");
    XL_CHECK(worksheet_set_column(ws, 2, (lxw_col_t)(ncols - 1), 11, NULL), "width");
    if (srow)
        XL_CHECK(worksheet_autofilter(ws, 0, 0, srow, (lxw_col_t)(ncols - 1)), "autofilter");
    XL_CHECK(worksheet_set_column(text_ws, 0, 1, 8, NULL), "width");
    XL_CHECK(worksheet_set_column(text_ws, 2, 2, TEXT_WIDTH, x->f_wrap), "width");
    if (trow)
        XL_CHECK(worksheet_autofilter(text_ws, 0, 0, trow, 1), "autofilter");
    bl_xlsx_print_setup(ws, 1, false);
    bl_xlsx_print_setup(text_ws, 1, false);
cleanup:
    return status;
}

bulletin_status bl_xlsx_write_about(xl *x, lxw_worksheet *ws, time_t when)
{
    bulletin_status status = BULLETIN_OK;
    const bulletin_doc *doc = x->doc;
    lxw_row_t r = 0;
    char buf[128];
    XL_CHECK(worksheet_write_string(ws, r, 0, "项目", x->f_header), "说明");
    XL_CHECK(worksheet_write_string(ws, r, 1, "内容", x->f_header), "说明");
#define ROW(key, value)                                                        \
    do {                                                                       \
        const char *v_ = (value);                                              \
        r++;                                                                   \
        XL_CHECK(worksheet_write_string(ws, r, 0, key, x->f_text), "说明");    \
        XL_CHECK(bl_xlsx_write_text(x, ws, r, 1, v_ ? v_ : "", v_ ? strlen(v_) : 0, \
                                    x->f_wrap, &status),                       \
                 "说明");                                                      \
    } while (0)
    ROW("标题", bulletin_doc_meta(doc, BULLETIN_META_TITLE));
    if (bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE))
        ROW("副标题", bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE));
    ROW("发布机关", bulletin_doc_meta(doc, BULLETIN_META_ISSUER));
    ROW("发布日期", bulletin_doc_meta(doc, BULLETIN_META_DATE));
    if (bulletin_doc_meta(doc, BULLETIN_META_REGION))
        ROW("地区", bulletin_doc_meta(doc, BULLETIN_META_REGION));
    if (bulletin_doc_meta(doc, BULLETIN_META_YEAR))
        ROW("年度", bulletin_doc_meta(doc, BULLETIN_META_YEAR));
    if (bulletin_doc_meta(doc, BULLETIN_META_SOURCE))
        ROW("来源", bulletin_doc_meta(doc, BULLETIN_META_SOURCE));
    const char *path = bulletin_doc_path(doc);
    const char *base = strrchr(path, '/');
    ROW("源文件", base ? base + 1 : path);
    ROW("源文件SHA-256", bulletin_doc_sha256(doc));
    snprintf(buf, sizeof buf, "%zu", x->nfig);
    r++;
    XL_CHECK(worksheet_write_string(ws, r, 0, "数据个数", x->f_text), "说明");
    XL_CHECK(worksheet_write_number(ws, r, 1, (double)x->nfig, x->f_int), "说明");
    size_t counts[BULLETIN_FIGURE_KIND_COUNT] = {0};
    size_t nf = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < nf; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        if (f.listed)
            counts[f.kind]++;
    }
    for (int k = 0; k < BULLETIN_FIGURE_KIND_COUNT; k++) {
        if (!counts[k])
            continue;
        snprintf(buf, sizeof buf, "其中：%s（%s）", bl_xlsx_kind_zh[k],
                 bulletin_figure_kind_name((bulletin_figure_kind)k));
        r++;
        XL_CHECK(worksheet_write_string(ws, r, 0, buf, x->f_text), "说明");
        XL_CHECK(worksheet_write_number(ws, r, 1, (double)counts[k], x->f_int), "说明");
    }
    snprintf(buf, sizeof buf, "bulletin %s（libxlsxwriter %s）", BULLETIN_VERSION, lxw_version());
    ROW("生成工具", buf);
    struct tm tm;
    gmtime_r(&when, &tm);
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
    ROW("导出时间", buf);
    ROW("说明", "数据表每行一个数据。数值为原文所写的数（比例的各项、区间的两端各占一行；"
               "日期在“日期”列）；期间为表格列名所示的时期；增速(%)为该指标的增长率，"
               "单位为%（增长5.2%记为5.2，增长3成记为30）；增量为该指标按自身单位或百分点的增减，单位见“增量单位”；"
               "标准值换算为基准单位（如亿元→元）；行、列为源文件中的位置（列按字符计）。");
    if (bulletin_pages_count(x->opts->pages) > 0) {
        char tpl[64], line[512];
        template_of(x, tpl, sizeof tpl);
        snprintf(line, sizeof line, "PDF页码指同一次导出按模板 %s 排版的 PDF（%s.pdf）的页码，"
                                    "点击可打开该页",
                 tpl, x->stem);
        ROW("PDF页码", line);
    } else {
        ROW("PDF页码", "本工作簿导出时未排版 PDF，故数据表不含 PDF页码 列");
    }
#undef ROW
    XL_CHECK(worksheet_set_column(ws, 0, 0, 22, NULL), "width");
    XL_CHECK(worksheet_set_column(ws, 1, 1, 80, x->f_wrap), "width");
    bl_xlsx_print_setup(ws, 1, false);
cleanup:
    return status;
}
