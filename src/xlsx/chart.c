/*
 * chart.c - the 图表 sheet: two native charts over cells that link to
 * 数据, so that an analyst's correction there reaches them.  Columns A:B
 * hold the growth series (a bar chart, 主要指标增速: the rates the PDF's
 * key-figures page charts, from figures/select.h), D:E the money amounts
 * in 亿元 (a column chart, 金额); at most CHART_MAX bars each.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <xlsxwriter.h>

#include "figures/select.h"
#include "xlsx_int.h"

/* Bars per chart: more are unreadable; the 数据 table has them all. */
#define CHART_MAX 40

/* A native chart of one series, labelled, without a legend. */
typedef struct {
    uint8_t type;                       /* LXW_CHART_BAR, LXW_CHART_COLUMN */
    const char *series, *label_format;  /* series name; data-label number format */
    const char *title, *x_name, *y_name;
    const char *x_format, *y_format;    /* axis number formats, or NULL */
    bool reverse_y;                     /* categories from the top (bars) */
    double x_scale, y_scale;
} chart_spec;

static bulletin_status add_chart(xl *x, lxw_worksheet *ws, lxw_row_t row, const chart_spec *sp,
                                 const char *cat, const char *val)
{
    bulletin_status status = BULLETIN_OK;
    lxw_chart *ch = workbook_add_chart(x->wb, sp->type);
    XL_NOTNULL(ch, "workbook_add_chart");
    lxw_chart_series *s = chart_add_series(ch, cat, val);
    XL_NOTNULL(s, "chart_add_series");
    chart_series_set_name(s, sp->series);
    chart_series_set_labels(s);
    chart_series_set_labels_num_format(s, sp->label_format);
    chart_title_set_name(ch, sp->title);
    chart_axis_set_name(ch->x_axis, sp->x_name);
    chart_axis_set_name(ch->y_axis, sp->y_name);
    if (sp->x_format)
        chart_axis_set_num_format(ch->x_axis, sp->x_format);
    if (sp->y_format)
        chart_axis_set_num_format(ch->y_axis, sp->y_format);
    if (sp->reverse_y)
        chart_axis_set_reverse(ch->y_axis);
    chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
    lxw_chart_options co;
    memset(&co, 0, sizeof co);
    co.x_scale = sp->x_scale;
    co.y_scale = sp->y_scale;
    XL_CHECK(worksheet_insert_chart_opt(ws, row, 6, ch, &co), "insert chart");
cleanup:
    return status;
}

/* Column letters of 数据 (A..U). */
static char col_letter(int c) { return (char)('A' + c); }

bulletin_status bl_xlsx_write_charts(xl *x, lxw_worksheet *ws)
{
    bulletin_status status = BULLETIN_OK;
    const bulletin_doc *doc = x->doc;
    char formula[160], cat[96], val[96];

    /* Block 1 (A:B): the growth series, the rates the PDF's chart shows. */
    XL_CHECK(worksheet_write_string(ws, 0, 0, "增长指标", x->f_header), "图表");
    XL_CHECK(worksheet_write_string(ws, 0, 1, "增速(%)", x->f_header), "图表");
    /* Both series first (figures/select.h), then the rows in order, as
     * constant-memory mode needs.  A chart shows at most CHART_MAX bars. */
    bl_growth_bar grow[CHART_MAX];
    size_t money[CHART_MAX];
    const char *cur = "元";
    size_t ng = bl_select_growth_series(doc, grow, CHART_MAX);
    size_t nm = bl_select_amounts(doc, money, CHART_MAX, &cur);
    /* Block 2 (D:E): money amounts in 亿 of the currency most of them are
     * in (亿元; 亿美元 in a customs release that counts in dollars). */
    char unit[48], head[64];
    snprintf(unit, sizeof unit, "亿%s", cur);
    snprintf(head, sizeof head, "金额（%s）", unit);
    XL_CHECK(worksheet_write_string(ws, 0, 3, "金额指标", x->f_header), "图表");
    XL_CHECK(worksheet_write_string(ws, 0, 4, head, x->f_header), "图表");
    lxw_row_t g = (lxw_row_t)(ng < CHART_MAX ? ng : CHART_MAX);
    lxw_row_t m = (lxw_row_t)(nm < CHART_MAX ? nm : CHART_MAX);
    for (lxw_row_t r = 1; r <= g || r <= m; r++) {
        if (r <= g) {
            const bl_growth_bar *b = &grow[r - 1];
            bulletin_figure f;
            bulletin_doc_figure(doc, b->figure, &f);
            int d = bl_xlsx_decimals_of(f.value_text);
            /* In percent, rounded to the written precision (as 增速(%)). */
            double v = round(f.signed_value * pow(10, d)) / pow(10, d);
            if (b->subject != BULLETIN_NO_LINK && x->row_of[b->subject]
                && x->change_of[b->subject] == b->figure) {
                /* The label of the changed figure, and its 增速 cell. */
                lxw_row_t base = (lxw_row_t)x->row_of[b->subject];
                snprintf(formula, sizeof formula, "='数据'!%c%u", col_letter(x->c0 + C_LABEL),
                         base + 1);
                XL_CHECK(worksheet_write_formula_str(ws, r, 0, formula, x->f_text, f.label),
                         "图表");
                snprintf(formula, sizeof formula, "='数据'!%c%u", col_letter(x->c0 + C_GROWTH),
                         base + 1);
            } else {
                /* A rate that is no figure's 增速: its own 指标, and its own
                 * 增速 when it changes none, else its 数值 signed (not
                 * that figure's first rate). */
                lxw_row_t own = (lxw_row_t)x->row_of[b->figure];
                snprintf(formula, sizeof formula, "='数据'!%c%u", col_letter(x->c0 + C_LABEL),
                         own + 1);
                XL_CHECK(worksheet_write_formula_str(ws, r, 0, formula, x->f_text, f.label),
                         "图表");
                if (b->subject == BULLETIN_NO_LINK)
                    snprintf(formula, sizeof formula, "='数据'!%c%u", col_letter(x->c0 + C_GROWTH),
                             own + 1);
                else
                    snprintf(formula, sizeof formula, "=%s'数据'!%c%u",
                             f.change < 0 ? "-" : "", col_letter(x->c0 + C_VALUE), own + 1);
            }
            XL_CHECK(worksheet_write_formula_num(ws, r, 1, formula, d ? x->f_dec[d] : x->f_int, v),
                     "图表");
        }
        if (r <= m) {
            bulletin_figure f;
            bulletin_doc_figure(doc, money[r - 1], &f);
            lxw_row_t row = (lxw_row_t)x->row_of[money[r - 1]];
            const char *label = *f.label ? f.label : "金额";
            snprintf(formula, sizeof formula, "='数据'!%c%u", col_letter(x->c0 + C_LABEL), row + 1);
            XL_CHECK(worksheet_write_formula_str(ws, r, 3, formula, x->f_text, label), "图表");
            snprintf(formula, sizeof formula, "='数据'!%c%u/100000000", col_letter(x->c0 + C_NORM),
                     row + 1);
            XL_CHECK(worksheet_write_formula_num(ws, r, 4, formula, x->f_dec[2], f.norm / 1e8),
                     "图表");
        }
    }
    XL_CHECK(worksheet_set_column(ws, 0, 0, 30, x->f_wrap), "width");
    XL_CHECK(worksheet_set_column(ws, 1, 1, 10, NULL), "width");
    XL_CHECK(worksheet_set_column(ws, 3, 3, 30, x->f_wrap), "width");
    XL_CHECK(worksheet_set_column(ws, 4, 4, 14, NULL), "width");
    bl_xlsx_print_setup(ws, 1, true);

    lxw_row_t anchor = 0;
    if (g) {
        snprintf(cat, sizeof cat, "='图表'!$A$2:$A$%u", g + 1);
        snprintf(val, sizeof val, "='图表'!$B$2:$B$%u", g + 1);
        const chart_spec spec = {LXW_CHART_BAR, "增速(%)", "0.0", "主要指标增速", "同比增速(%)",
                                 "指标", "0", NULL, true, 1.2,
                                 1.0 + 0.08 * (double)(g > 5 ? g - 5 : 0)};
        BL_CHECK(add_chart(x, ws, 0, &spec, cat, val));
        anchor = (lxw_row_t)(16 + 1.2 * (g > 5 ? g - 5 : 0));
    }
    if (m) {
        snprintf(cat, sizeof cat, "='图表'!$D$2:$D$%u", m + 1);
        snprintf(val, sizeof val, "='图表'!$E$2:$E$%u", m + 1);
        /* y_scale: room for long category labels */
        const chart_spec spec = {LXW_CHART_COLUMN, head, "#,##0.00", "金额", "指标", unit,
                                 NULL, "#,##0", false, 1.2, 1.5};
        BL_CHECK(add_chart(x, ws, anchor, &spec, cat, val));
    }
cleanup:
    return status;
}
