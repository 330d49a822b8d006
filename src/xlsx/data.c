/*
 * data.c - the 数据 sheet: one row per listed figure, in reading order,
 * as an Excel table (数据表; an autofilter in constant-memory mode).
 * 数值 is the quantity as a number with a format that follows the written
 * precision (text for what is not one quantity: dates, ratios, ranges);
 * 变化 is the change linked to the figure, a percentage as a fraction;
 * 标准值 the value in base units (a date's real date); 位置 the source
 * line:column; PDF页码 the page of the PDF rendered with it.  A combined
 * workbook puts every document's rows in one sheet after two 来源 columns.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "xlsx_int.h"

static const char *const src_headers[2] = {"来源文件", "来源标题"};
static const char *const data_headers[NCOLS] = {
    "序号", "章节", "章节标题", "指标", "数值", "单位", "限定词", "类型",
    "变化", "标准值", "基准单位", "原文", "位置", "PDF页码",
};

/* Kind names for the workbook, in Chinese: ZH in figures/kinds.def. */
const char *const bl_xlsx_kind_zh[] = {
#define BL_FIG_KIND(ID, NAME, ZH, ...) [BULLETIN_FIGURE_##ID] = ZH,
#include "figures/kinds.def"
};
_Static_assert(sizeof bl_xlsx_kind_zh / sizeof *bl_xlsx_kind_zh == BULLETIN_FIGURE_KIND_COUNT,
               "one Chinese name per figure kind");

/* The number format of a figure's 数值: its written decimals, a percentage
 * as written (59.4 shows 59.4%), years without separators. */
static lxw_format *value_format(xl *x, const bulletin_figure *f)
{
    int d = bl_xlsx_decimals_of(f->value_text);
    if (f->kind == BULLETIN_FIGURE_YEAR)
        return x->f_year;
    if (strcmp(f->unit, "%") == 0 || strcmp(f->unit, "％") == 0)
        return x->f_pct_lit[d];
    if (f->kind == BULLETIN_FIGURE_RANGE || f->kind == BULLETIN_FIGURE_RATIO
        || f->kind == BULLETIN_FIGURE_RANK) {
        /* 2021—2023年 stores 2021: no thousands separator for years. */
        if (f->value >= 1900 && f->value <= 2100 && d == 0)
            return x->f_year;
    }
    return d ? x->f_dec[d] : x->f_int;
}

/* The year a yearless date (9月1日) belongs to: the front matter's year,
 * else 0 (unknown: the date is written as text). */
static int doc_year(const bulletin_doc *doc)
{
    const char *y = bulletin_doc_meta(doc, BULLETIN_META_YEAR);
    return y ? atoi(y) : 0;
}

static const bulletin_node *section_node(const bulletin_node *n)
{
    const bulletin_node *s = NULL;
    for (; n; n = bulletin_node_parent(n))
        if (bulletin_node_get_type(n) == BULLETIN_NODE_SECTION)
            s = n;
    return s;
}

bulletin_status bl_xlsx_write_data(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    const bulletin_doc *doc = x->doc;
    size_t n = bulletin_doc_figure_count(doc);
    for (int c = 0; c < NCOLS; c++)
        bl_xlsx_fit(&x->width[c], data_headers[c], strlen(data_headers[c]));
    if (x->streaming && x->nfig == 0) { /* rows go in order: the header first */
        for (int c = 0; c < x->c0 + NCOLS; c++)
            XL_CHECK(worksheet_write_string(ws, 0, (lxw_col_t)c,
                                            c < x->c0 ? src_headers[c] : data_headers[c - x->c0],
                                            x->f_header),
                     "数据 header");
    }
    lxw_row_t row = (lxw_row_t)x->nfig; /* a combined workbook continues */
    /* 变化 goes on the row of the figure a change qualifies; find each
     * figure's change first, so that rows are written in order (as
     * constant-memory mode needs). */
    for (size_t i = 0; i < n; i++)
        x->change_of[i] = BULLETIN_NO_LINK;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        if (f.change && f.parsed && f.listed && f.link != BULLETIN_NO_LINK
            && x->change_of[f.link] == BULLETIN_NO_LINK)
            x->change_of[f.link] = i;
    }
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        x->row_of[i] = 0;
        if (!f.listed)
            continue;
        if (row + 2 >= XL_MAX_ROWS) {
            status = bl_diag_set(x->diag, BULLETIN_ERR_LIMIT, doc->path, 0, 0,
                                 "more figures than a worksheet has rows");
            goto cleanup;
        }
        row++;
        x->row_of[i] = row;
        char buf[64];
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_SEQ, (double)row, x->f_int), "序号");
        if (x->c0) { /* combined: where the figure comes from */
            const char *path = bulletin_doc_path(doc), *base = strrchr(path, '/');
            base = base ? base + 1 : path;
            const char *title = bulletin_doc_meta(doc, BULLETIN_META_TITLE);
            title = title ? title : "";
            XL_CHECK(bl_xlsx_write_text(x, ws, row, 0, base, strlen(base), x->f_text, &status),
                     "来源");
            XL_CHECK(bl_xlsx_write_text(x, ws, row, 1, title, strlen(title), x->f_text, &status),
                     "来源");
            bl_xlsx_fit(&x->src_width[0], base, strlen(base));
            bl_xlsx_fit(&x->src_width[1], title, strlen(title));
        }
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_SECTION, f.section, x->f_int), "章节");
        const bulletin_node *sec = section_node(f.node);
        const char *heading = sec ? bulletin_node_text(sec, NULL) : (f.section ? "" : "导语");
        if (bulletin_node_get_type(f.node) == BULLETIN_NODE_TITLE)
            heading = "标题";
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_HEADING, heading, strlen(heading),
                                    x->f_text, &status),
                 "章节标题");
        bl_xlsx_fit(&x->width[C_HEADING], heading, strlen(heading));
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_LABEL, f.label, strlen(f.label),
                                    x->f_text, &status),
                 "指标");
        bl_xlsx_fit(&x->width[C_LABEL], f.label, strlen(f.label));

        /* 数值: the quantity as a number.  Figures that are not one
         * quantity (dates, ratios, ranges, identifiers, numbers too large
         * for a double) are written as they stand in the text, so the
         * column sums and charts; a date's real date goes to 标准值. */
        bool scalar = f.parsed && f.kind != BULLETIN_FIGURE_DATE
                   && f.kind != BULLETIN_FIGURE_RATIO && f.kind != BULLETIN_FIGURE_RANGE;
        if (scalar) {
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_VALUE, f.value, value_format(x, &f)), "数值");
            bl_xlsx_fit_number(&x->width[C_VALUE], f.value, bl_xlsx_decimals_of(f.value_text));
        } else {
            size_t len = f.length ? f.length : strlen(f.value_text);
            const char *txt = f.kind == BULLETIN_FIGURE_DATE || f.kind == BULLETIN_FIGURE_RATIO
                                      || f.kind == BULLETIN_FIGURE_RANGE
                                  ? f.value_text
                                  : bulletin_node_text(f.node, NULL) + f.offset;
            if (txt == f.value_text)
                len = strlen(f.value_text);
            XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_VALUE, txt, len, x->f_text, &status),
                     "数值");
            bl_xlsx_fit(&x->width[C_VALUE], txt, len);
        }
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_UNIT, f.unit, strlen(f.unit), x->f_text,
                                    &status),
                 "单位");
        bl_xlsx_fit(&x->width[C_UNIT], f.unit, strlen(f.unit));
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_QUALIFIER, f.qualifier,
                                    strlen(f.qualifier), x->f_text, &status),
                 "限定词");
        const char *kind = bl_xlsx_kind_zh[f.kind];
        XL_CHECK(worksheet_write_string(ws, row, x->c0 + C_KIND, kind, x->f_text), "类型");

        if (x->change_of[i] != BULLETIN_NO_LINK) {
            bulletin_figure c;
            bulletin_doc_figure(doc, x->change_of[i], &c);
            bool pct = strcmp(c.unit, "%") == 0 || strcmp(c.unit, "％") == 0;
            int d = bl_xlsx_decimals_of(c.value_text);
            /* As a fraction, rounded to the written precision: 68.85% is
             * 0.6885, not 0.6884999999999999. */
            double v = pct ? round(c.signed_value * pow(10, d)) / pow(10, d + 2) : c.signed_value;
            lxw_format *fmt = pct ? x->f_pctd[d] : d ? x->f_dec[d] : x->f_int;
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_CHANGE, v, fmt), "变化");
        } else {
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_CHANGE, x->f_pct), "变化");
        }

        int year = f.year ? f.year : doc_year(doc);
        if (f.kind == BULLETIN_FIGURE_DATE && year && f.month) {
            /* A date in base units is the date itself. */
            double serial = bl_xlsx_excel_serial(year, f.month, f.day ? f.day : 1);
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_NORM, serial,
                                            f.day ? x->f_date : x->f_month),
                     "标准值");
            bl_xlsx_fit(&x->width[C_NORM], "2024年12月31日", strlen("2024年12月31日"));
        } else if (scalar) {
            int d = bl_xlsx_decimals_of(f.value_text);
            lxw_format *nf = f.kind == BULLETIN_FIGURE_YEAR ? x->f_year
                           : d && f.norm != floor(f.norm) ? x->f_dec[d]
                                                          : x->f_int;
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_NORM, f.norm, nf), "标准值");
            bl_xlsx_fit_number(&x->width[C_NORM], f.norm,
                               nf == x->f_int || nf == x->f_year ? 0 : d);
        } else {
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_NORM, NULL), "标准值");
        }
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_BASE, f.base_unit, strlen(f.base_unit),
                                    x->f_text, &status),
                 "基准单位");
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_CONTEXT, f.context, f.context_len,
                                    x->f_wrap, &status),
                 "原文");
        bl_xlsx_fit(&x->width[C_CONTEXT], f.context, f.context_len);
        snprintf(buf, sizeof buf, "%d:%d", f.line, f.column);
        XL_CHECK(worksheet_write_string(ws, row, x->c0 + C_POS, buf, x->f_text), "位置");
        bl_xlsx_fit(&x->width[C_POS], buf, strlen(buf));
        int page = bulletin_pages_lookup(x->opts->pages, f.node, f.offset);
        if (page > 0)
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_PAGE, page, x->f_int), "PDF页码");
        else
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_PAGE, NULL), "PDF页码");
    }
    x->nfig = row;

cleanup:
    return status;
}

bulletin_status bl_xlsx_finish_data(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    enum { MAXC = NCOLS + 2 };
    lxw_table_column cols[MAXC];
    lxw_table_column *colp[MAXC + 1];
    int ncols = x->c0 + NCOLS;
    memset(cols, 0, sizeof cols);
    for (int c = 0; c < ncols; c++) {
        cols[c].header = (char *)(c < x->c0 ? src_headers[c] : data_headers[c - x->c0]);
        cols[c].header_format = x->f_header;
        colp[c] = &cols[c];
    }
    colp[ncols] = NULL;
    lxw_table_options topt;
    memset(&topt, 0, sizeof topt);
    topt.name = (char *)"数据表";
    topt.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
    topt.style_type_number = 2;
    topt.columns = colp;
    /* A table needs a data row: an empty bulletin gets one blank row. */
    lxw_row_t last = x->nfig ? (lxw_row_t)x->nfig : 1;
    if (x->streaming) /* the header row is written; filter the range */
        XL_CHECK(worksheet_autofilter(ws, 0, 0, last, (lxw_col_t)(ncols - 1)), "autofilter");
    else
        XL_CHECK(worksheet_add_table(ws, 0, 0, last, (lxw_col_t)(ncols - 1), &topt), "数据 table");
    worksheet_freeze_panes(ws, 1, (lxw_col_t)(x->c0 + 1));
    static const double caps[NCOLS] = {
        [C_SEQ] = 8, [C_SECTION] = 8, [C_HEADING] = COL_MAX_LABEL, [C_LABEL] = COL_MAX_LABEL,
        [C_VALUE] = 18, [C_UNIT] = 12, [C_QUALIFIER] = 10, [C_KIND] = 10, [C_CHANGE] = 12,
        [C_NORM] = 22, [C_BASE] = 12, [C_CONTEXT] = COL_MAX_TEXT, [C_POS] = 10, [C_PAGE] = 10,
    };
    for (int c = 0; c < x->c0; c++) {
        double w = x->src_width[c] + 2.0;
        w = w > COL_MAX_LABEL ? COL_MAX_LABEL : w < 10 ? 10 : w;
        XL_CHECK(worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w, x->f_wrap), "column width");
    }
    for (int c = 0; c < NCOLS; c++) {
        double w = x->width[c] + 2.0; /* room for the filter button */
        if (w > caps[c])
            w = caps[c];
        if (w < COL_MIN)
            w = COL_MIN;
        lxw_format *f = (c == C_CONTEXT || c == C_LABEL || c == C_HEADING) ? x->f_wrap : NULL;
        lxw_col_t col = (lxw_col_t)(x->c0 + c);
        XL_CHECK(worksheet_set_column(ws, col, col, w, f), "column width");
    }
cleanup:
    return status;
}
