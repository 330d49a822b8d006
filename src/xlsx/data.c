/*
 * data.c - the 数据 sheet: one row per listed figure, in reading order,
 * as an Excel table (数据表; an autofilter in constant-memory mode), for
 * analysts who filter, sum and chart it:
 *
 *   数值      a number in every row that has one (a ratio's part, a
 *             range's end), with the precision it was written with;
 *             blank for a date or a year, which are in 日期;
 *   期间      the period a table's column names (2023年, 本期);
 *   日期      a date as a date (a time of day as a time; text when its
 *             year is unknown), a year as its number;
 *   增速(%)   the growth rate of the figure in percent, as the header
 *             says (增长5.2% -> 5.2, 3成 -> 30, 增长1.5倍 -> 150), with its
 *             written decimals and no percent format, so that a filter
 *             "> 5" finds the rows growing over 5%: on the row of the
 *             figure it changes, or on its own row when it changes none;
 *   增量      the change of the figure in its own unit or in points
 *             (增加35家, 提高0.9个百分点), with 增量单位;
 *   行, 列    the source line and column, integers;
 *   PDF页码   the page of the PDF rendered with it, a link to NAME.pdf
 *             (#page=N); the column is left out when no PDF was laid out.
 *
 * A combined workbook puts every document's rows in one sheet after two
 * 来源 columns.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "xlsx_int.h"

static const char *const src_headers[2] = {"来源文件", "来源标题"};
static const char *const data_headers[NCOLS] = {
    "序号", "章节",  "章节标题", "指标",     "数值",   "单位", "限定词", "类型",  "期间", "日期",
    "增速(%)", "增量", "增量单位", "标准值", "基准单位", "原文", "行",    "列",    "PDF页码",
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
    if ((f->kind == BULLETIN_FIGURE_RANGE || f->kind == BULLETIN_FIGURE_RATIO) && d == 0 &&
        f->value >= 1900 && f->value <= 2100 && !strcmp(f->unit, "年"))
        return x->f_year; /* 2021—2023年: no thousands separator for years */
    return d ? x->f_dec[d] : x->f_int;
}

/* The year a yearless date (9月1日) belongs to: the front matter's year,
 * else 0 (unknown: the date is written as text). */
static int doc_year(const bulletin_doc *doc)
{
    const char *y = bulletin_doc_meta(doc, BULLETIN_META_YEAR);
    return y ? atoi(y) : 0;
}

/* A run-in heading's title without the stop that runs its text in
 * (经济总量。 -> 经济总量, 指导思想： -> 指导思想): the bytes to keep. */
size_t bl_xlsx_runin_title_len(const char *t, size_t len)
{
    static const char *const stops[] = {"。", "：", "．", ":", "."};
    for (size_t k = 0; k < sizeof stops / sizeof *stops; k++) {
        size_t w = strlen(stops[k]);
        if (len > w && !memcmp(t + len - w, stops[k], w))
            return len - w;
    }
    return len;
}

static const bulletin_node *section_node(const bulletin_node *n)
{
    const bulletin_node *s = NULL;
    for (; n; n = bulletin_node_parent(n))
        if (bulletin_node_get_type(n) == BULLETIN_NODE_SECTION)
            s = n;
    return s;
}

/* A growth rate for 增速(%): a change written in %, 成 or 倍, in percent
 * of the value it changes (5.2% -> 5.2, 3成 -> 30, 增长1.5倍 -> 150),
 * rounded to the precision written; *decimals: the decimals it has in
 * percent.  False for other changes (in points, in ‰, in the figure's
 * own unit: 增量). */
static bool growth_percent(const bulletin_figure *c, double *v, int *decimals)
{
    int d = bl_xlsx_decimals_of(c->value_text);
    double p = pow(10, d);
    if (!strcmp(c->unit, "%") || !strcmp(c->unit, "％")) {
        *v = round(c->signed_value * p) / p;
        *decimals = d;
    } else if (!strcmp(c->unit, "成")) {
        *v = round(c->signed_value * p) * 10 / p;
        *decimals = d > 1 ? d - 1 : 0;
    } else if (!strcmp(c->unit, "倍")) {
        *v = round(c->signed_value * p) * 100 / p;
        *decimals = d > 2 ? d - 2 : 0;
    } else {
        return false;
    }
    return true;
}

/* Whether change figure c is a growth rate (增速) rather than a change in
 * a unit or points (增量). */
static bool is_growth(const bulletin_figure *c)
{
    double v;
    int d;
    return growth_percent(c, &v, &d);
}

/* Writes the change `ci` of the document into the 增速 or 增量 columns of
 * `row`. */
static bulletin_status write_change(xl *x, lxw_worksheet *ws, lxw_row_t row, size_t ci,
                                    bool growth)
{
    bulletin_status status = BULLETIN_OK;
    bulletin_figure c;
    bulletin_doc_figure(x->doc, ci, &c);
    double v;
    int d;
    if (growth && growth_percent(&c, &v, &d)) {
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_GROWTH, v, d ? x->f_dec[d] : x->f_int),
                 "增速");
    } else if (!growth) {
        d = bl_xlsx_decimals_of(c.value_text);
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_DELTA, c.signed_value,
                                        d ? x->f_dec[d] : x->f_int),
                 "增量");
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_DELTA_UNIT, c.unit, strlen(c.unit),
                                    x->f_text, &status),
                 "增量单位");
        bl_xlsx_fit(&x->width[C_DELTA_UNIT], c.unit, strlen(c.unit));
    }
cleanup:
    return status;
}

/* 日期: a date with its year (written, or the document's) as a date, a
 * time of day (9:00, 10时, 10:53:59) as a time, else the date as written. */
static bulletin_status write_date(xl *x, lxw_worksheet *ws, lxw_row_t row,
                                  const bulletin_figure *f)
{
    bulletin_status status = BULLETIN_OK;
    int year = f->year ? f->year : doc_year(x->doc);
    const char *colon = strchr(f->value_text, ':');
    if (f->month && year) {
        double serial = bl_xlsx_excel_serial(year, f->month, f->day ? f->day : 1);
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_DATE, serial,
                                        f->day ? x->f_date : x->f_month),
                 "日期");
        bl_xlsx_fit(&x->width[C_DATE], "2024年12月31日", strlen("2024年12月31日"));
    } else if (colon && !f->month) {
        /* 10:53:59 (a page's 发布时间 line) keeps its seconds */
        const char *colon2 = strchr(colon + 1, ':');
        int h = atoi(f->value_text), m = atoi(colon + 1), sec = colon2 ? atoi(colon2 + 1) : 0;
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_DATE,
                                        ((h * 60.0 + m) * 60.0 + sec) / 86400.0,
                                        colon2 ? x->f_time_s : x->f_time),
                 "日期");
    } else {
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_DATE, f->value_text,
                                    strlen(f->value_text), x->f_text, &status),
                 "日期");
        bl_xlsx_fit(&x->width[C_DATE], f->value_text, strlen(f->value_text));
    }
cleanup:
    return status;
}

/* Width caps of the columns (the wrapped ones wrap below them). */
static const double caps[NCOLS] = {
    [C_SEQ] = 8,      [C_SECTION] = 8,        [C_HEADING] = COL_MAX_LABEL,
    [C_LABEL] = COL_MAX_LABEL,                [C_VALUE] = 18,
    [C_UNIT] = 12,    [C_QUALIFIER] = 10,     [C_KIND] = 10,
    [C_PERIOD] = 14,  [C_DATE] = 18,          [C_GROWTH] = 12,
    [C_DELTA] = 14,   [C_DELTA_UNIT] = 12,    [C_NORM] = 22,
    [C_BASE] = 12,    [C_CONTEXT] = COL_MAX_TEXT,
    [C_LINE] = 8,     [C_COL] = 8,            [C_PAGE] = 10,
};

/* The width a wrapped column gets (finish_data): its widest text, capped. */
static double wrap_width(int c)
{
    return caps[c];
}

bulletin_status bl_xlsx_write_data(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    const bulletin_doc *doc = x->doc;
    size_t n = bulletin_doc_figure_count(doc);
    for (int c = 0; c < x->ncols; c++)
        bl_xlsx_fit(&x->width[c], data_headers[c], strlen(data_headers[c]));
    if (x->streaming && x->nfig == 0) { /* rows go in order: the header first */
        for (int c = 0; c < x->c0 + x->ncols; c++)
            XL_CHECK(worksheet_write_string(ws, 0, (lxw_col_t)c,
                                            c < x->c0 ? src_headers[c] : data_headers[c - x->c0],
                                            x->f_header),
                     "数据 header");
    }
    lxw_row_t row = (lxw_row_t)x->nfig; /* a combined workbook continues */
    /* 增速 and 增量 go on the row of the figure a change qualifies; find
     * each figure's changes first, so that rows are written in order (as
     * constant-memory mode needs). */
    for (size_t i = 0; i < n; i++)
        x->change_of[i] = x->delta_of[i] = BULLETIN_NO_LINK;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        if (!f.change || !f.parsed || !f.listed || f.link == BULLETIN_NO_LINK)
            continue;
        size_t *slot = is_growth(&f) ? &x->change_of[f.link] : &x->delta_of[f.link];
        if (*slot == BULLETIN_NO_LINK)
            *slot = i;
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
        /* the row fits its wrapped 原文 and 指标 (set before its cells) */
        double h = bl_xlsx_row_height(f.context, f.context_len, wrap_width(C_CONTEXT));
        double hl = bl_xlsx_row_height(f.label, strlen(f.label), wrap_width(C_LABEL));
        if (hl > h)
            h = hl;
        if (h > LXW_DEF_ROW_HEIGHT)
            XL_CHECK(worksheet_set_row(ws, row, h, NULL), "row height");
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
        size_t hlen = strlen(heading);
        if (sec && bulletin_node_kind(sec) == BULLETIN_NODE_RUNIN)
            hlen = bl_xlsx_runin_title_len(heading, hlen);
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_HEADING, heading, hlen, x->f_text,
                                    &status),
                 "章节标题");
        bl_xlsx_fit(&x->width[C_HEADING], heading, hlen);
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_LABEL, f.label, strlen(f.label),
                                    x->f_wrap, &status),
                 "指标");
        /* (no width to fit: 指标 and 原文 are as wide as the row heights
         * count, wrap_width) */

        /* 数值: the quantity as a number in every row that has one; a date
         * is one in 日期; a number too large for a double is blank (its
         * text is in 原文). */
        bool scalar = f.parsed && f.kind != BULLETIN_FIGURE_DATE && f.kind != BULLETIN_FIGURE_YEAR
                      && isfinite(f.value);
        if (scalar) {
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_VALUE, f.value, value_format(x, &f)),
                     "数值");
            bl_xlsx_fit_number(&x->width[C_VALUE], f.value, bl_xlsx_decimals_of(f.value_text));
        } else {
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_VALUE, NULL), "数值");
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
        XL_CHECK(bl_xlsx_write_text(x, ws, row, x->c0 + C_PERIOD, f.period, strlen(f.period),
                                    x->f_text, &status),
                 "期间");
        bl_xlsx_fit(&x->width[C_PERIOD], f.period, strlen(f.period));
        if (f.kind == BULLETIN_FIGURE_DATE)
            BL_CHECK(write_date(x, ws, row, &f));
        else if (f.kind == BULLETIN_FIGURE_YEAR && f.parsed)
            XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_DATE, f.value, x->f_year), "日期");
        else
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_DATE, NULL), "日期");

        /* 增速 and 增量: the changes of this figure; a change that changes
         * no figure shows itself */
        bool own = f.change && f.parsed && f.link == BULLETIN_NO_LINK;
        size_t g = own && is_growth(&f) ? i : x->change_of[i];
        size_t dl = own && !is_growth(&f) ? i : x->delta_of[i];
        if (g != BULLETIN_NO_LINK)
            BL_CHECK(write_change(x, ws, row, g, true));
        else
            XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_GROWTH, x->f_dec[1]), "增速");
        if (dl != BULLETIN_NO_LINK)
            BL_CHECK(write_change(x, ws, row, dl, false));

        if (scalar) {
            int d = bl_xlsx_decimals_of(f.value_text);
            lxw_format *nf = d && f.norm != floor(f.norm) ? x->f_dec[d] : x->f_int;
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
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_LINE, f.line, x->f_int), "行");
        XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_COL, f.column, x->f_int), "列");
        if (x->ncols > C_PAGE) {
            int page = bulletin_pages_lookup(x->opts->pages, f.node, f.offset);
            if (page > 0 && (x->streaming || x->nlinks >= XL_MAX_URLS)) {
                /* past the links a worksheet may hold, or a streaming
                 * workbook's (libxlsxwriter keeps some 2 KB a link until
                 * it closes: 65,530 links, 136 MB): the number alone */
                XL_CHECK(worksheet_write_number(ws, row, x->c0 + C_PAGE, page, x->f_int), "PDF页码");
            } else if (page > 0) {
                /* a link to the page, the cell then holding the number */
                x->nlinks++;
                char url[sizeof x->stem + 64]; /* external:STEM.pdf#page=N, not snprintf */
                static const char pre[] = "external:", mid[] = ".pdf#page=";
                size_t un = 0, ls = strnlen(x->stem, sizeof x->stem - 1);
                memcpy(url, pre, sizeof pre - 1);
                un += sizeof pre - 1;
                memcpy(url + un, x->stem, ls);
                un += ls;
                memcpy(url + un, mid, sizeof mid - 1);
                un += sizeof mid - 1;
                char digits[16];
                size_t nd = 0;
                for (unsigned v = (unsigned)page; v; v /= 10) /* page > 0 */
                    digits[nd++] = (char)('0' + v % 10);
                while (nd)
                    url[un++] = digits[--nd];
                url[un] = '\0';
                lxw_error e = worksheet_write_url(ws, row, x->c0 + C_PAGE, url, x->f_link);
                if (e == LXW_NO_ERROR)
                    e = worksheet_write_number(ws, row, x->c0 + C_PAGE, page, x->f_link);
                XL_CHECK(e, "PDF页码");
            } else {
                XL_CHECK(worksheet_write_blank(ws, row, x->c0 + C_PAGE, NULL), "PDF页码");
            }
        }
    }
    x->nfig = row;

cleanup:
    return status;
}

/* A workbook without a figure: its table's one row says so (and pandas
 * reads its 数值 and 增速 as numbers, none). */
static bulletin_status write_no_data(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    XL_CHECK(worksheet_write_string(ws, 1, x->c0 + C_LABEL, "（本文无数据）", x->f_text), "数据");
    XL_CHECK(worksheet_write_blank(ws, 1, x->c0 + C_VALUE, x->f_int), "数据");
    XL_CHECK(worksheet_write_blank(ws, 1, x->c0 + C_GROWTH, x->f_dec[1]), "数据");
cleanup:
    return status;
}

bulletin_status bl_xlsx_finish_data(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    enum { MAXC = NCOLS + 2 };
    lxw_table_column cols[MAXC];
    lxw_table_column *colp[MAXC + 1];
    int ncols = x->c0 + x->ncols;
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
    /* A table needs a data row: an empty bulletin gets one that says so. */
    lxw_row_t last = x->nfig ? (lxw_row_t)x->nfig : 1;
    if (!x->nfig)
        BL_CHECK(write_no_data(x, ws));
    if (x->streaming) /* the header row is written; filter the range */
        XL_CHECK(worksheet_autofilter(ws, 0, 0, last, (lxw_col_t)(ncols - 1)), "autofilter");
    else
        XL_CHECK(worksheet_add_table(ws, 0, 0, last, (lxw_col_t)(ncols - 1), &topt), "数据 table");
    worksheet_freeze_panes(ws, 1, (lxw_col_t)(x->c0 + 1));
    for (int c = 0; c < x->c0; c++) {
        double w = x->src_width[c] + 2.0;
        w = w > COL_MAX_LABEL ? COL_MAX_LABEL : w < 10 ? 10 : w;
        XL_CHECK(worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w, x->f_wrap), "column width");
    }
    for (int c = 0; c < x->ncols; c++) {
        double w = x->width[c] + 2.0; /* room for the filter button */
        if (w > caps[c])
            w = caps[c];
        if (w < COL_MIN)
            w = COL_MIN;
        if (c == C_CONTEXT || c == C_LABEL)
            w = wrap_width(c); /* the row heights count on it */
        lxw_format *f = (c == C_CONTEXT || c == C_LABEL || c == C_HEADING) ? x->f_wrap : NULL;
        lxw_col_t col = (lxw_col_t)(x->c0 + c);
        XL_CHECK(worksheet_set_column(ws, col, col, w, f), "column width");
    }
    bl_xlsx_print_setup(ws, 1, true);
cleanup:
    return status;
}
