/*
 * xlsx_int.h - private to the XLSX backend (src/xlsx/): the state of one
 * workbook (xl), the columns of the 数据 sheet, and what each file of the
 * backend offers the others:
 *
 *   xlsx.c    bulletin_render_xlsx and _combined: the workbook, its
 *             formats and properties, its temporary files and zip
 *   data.c    the 数据 sheet: one row per figure, an Excel table
 *   sheets.c  the 章节, 原文 and 说明 sheets
 *   chart.c   the 图表 sheet: native charts over cells linked to 数据
 *   cells.c   text cut to Excel's limit, column widths by East Asian
 *             width, decimals, serial dates, libxlsxwriter's errors
 *   zipw.c    a zip in memory over libdeflate, for the workbook's parts
 *   xmlw.c    libxlsxwriter's XML tags, attributes, cell names,
 *             relationships and number and string cells, the same bytes
 *             for less work (exported)
 *   cellmem.c libxlsxwriter's number, string and blank cells and rows
 *             from a few blocks while a workbook is written (exported)
 *
 * It includes xlsxwriter.h: only files in src/xlsx/ may include it.
 */
#ifndef BL_XLSX_INT_H
#define BL_XLSX_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <xlsxwriter.h>

#include "bulletin_int.h"
#include "xlsx/zipw.h"

/* libxlsxwriter 1.1.4's writers of a cell, a number and a string cell, a
 * row's tag, a relationship and a link, which xmlw.c defines again (the library calls them through
 * its PLT; Debian's build exports them): no header of the library
 * declares them. */
void _write_cell(lxw_worksheet *self, lxw_cell *cell, lxw_format *row_format);
void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_row(lxw_worksheet *self, lxw_row *row, char *spans);
void _write_relationship(lxw_relationships *self, const char *type, const char *target,
                         const char *target_mode);
void _worksheet_write_hyperlink_external(lxw_worksheet *self, lxw_row_t row_num,
                                         lxw_col_t col_num, const char *location,
                                         const char *tooltip, uint16_t id);

/* libxlsxwriter 1.1.4's makers and freers of cells and rows, which
 * cellmem.c defines again (the same: no header declares them). */
lxw_cell *_new_number_cell(lxw_row_t row_num, lxw_col_t col_num, double value,
                           lxw_format *format);
lxw_cell *_new_string_cell(lxw_row_t row_num, lxw_col_t col_num, int32_t string_id,
                           char *sst_string, lxw_format *format);
lxw_cell *_new_blank_cell(lxw_row_t row_num, lxw_col_t col_num, lxw_format *format);
lxw_row *_new_row(lxw_row_t row_num);
void _free_cell(lxw_cell *cell);
void _free_row(lxw_row *row);

/* From bl_xlsx_cells_begin to bl_xlsx_cells_end the cells and rows the
 * library makes on this thread come from cellmem.c's blocks, all freed
 * by bl_xlsx_cells_end: begin before the workbook is created, end once
 * workbook_close has returned (it frees them).  Not for a streaming
 * workbook (its cells are freed row by row).  begin returns false when
 * this thread's blocks are already in use (then end(false) does
 * nothing). */
bool bl_xlsx_cells_begin(void);
void bl_xlsx_cells_end(bool began);
/* Whether p is a cell or row (or a row's tree head) from this thread's
 * blocks (for tests). */
bool bl_xlsx_cells_own(const void *p);

/* Excel's limit of rows in a worksheet. */
#define XL_MAX_ROWS 1048576
/* Column widths, in Calibri-11 '0' units: a Han character counts 2. */
#define COL_MAX_LABEL 28.0
#define COL_MAX_TEXT 60.0
#define COL_MIN 6.0

/* The columns of 数据 (after the two 来源 columns of a combined workbook);
 * PDF页码 (C_PAGE, the last) only when the pages are known. */
enum {
    C_SEQ, C_SECTION, C_HEADING, C_LABEL, C_VALUE, C_UNIT, C_QUALIFIER, C_KIND, C_PERIOD,
    C_DATE, C_GROWTH, C_DELTA, C_DELTA_UNIT, C_NORM, C_BASE, C_CONTEXT, C_LINE, C_COL, C_PAGE,
    NCOLS
};

/* Print set-up of a sheet: A4, fit to the page width, its first `repeat`
 * rows on every page (0: none), landscape when wide. */
void bl_xlsx_print_setup(lxw_worksheet *ws, int repeat, bool landscape);

/* The height (points) of a row whose text s[len] wraps in a column of
 * `width` (Calibri-11 '0' units): a line of 15 points per line. */
double bl_xlsx_row_height(const char *s, size_t len, double width);

/* One workbook being written. */
/* The hyperlinks a worksheet may hold (libxlsxwriter 1.1.4 refuses more,
 * and says so on stderr). */
#define XL_MAX_URLS 65530

typedef struct {
    const bulletin_doc *doc;
    const bulletin_render_opts *opts;
    bulletin_diag *diag;
    const bulletin_mem *mem;
    lxw_workbook *wb;
    lxw_format *f_header, *f_text, *f_wrap, *f_int, *f_year, *f_date, *f_month;
    lxw_format *f_time, *f_time_s, *f_link; /* h:mm, h:mm:ss; a page number that links to the PDF */
    lxw_format *f_dec[7];       /* #,##0.0 … #,##0.000000 */
    lxw_format *f_pct_lit[7];   /* 0"%" … 0.000000"%": 59.4 shows 59.4% */
    double width[NCOLS];
    size_t nfig;                /* figures listed (rows of 数据) */
    size_t nlinks;              /* PDF页码 links written (XL_MAX_URLS at most) */
    int c0;                     /* 2 in a combined workbook (来源 columns first) */
    double src_width[2];
    size_t *row_of;             /* figure index -> 数据 row (0 = not listed) */
    size_t *change_of;          /* figure index -> its growth rate (增速), or NO_LINK */
    size_t *delta_of;           /* figure index -> its change in its own unit or
                                   in points (增量), or NO_LINK */
    int ncols;                  /* columns of 数据 (NCOLS, or without PDF页码) */
    char stem[256];             /* the document's file name without .txt */
    bool streaming;             /* constant-memory mode: no Excel table */
    bool in_memory;             /* parts and zip in memory (xlsx.c) */
    bool small;                 /* few enough nodes for the zip in memory */
    bool tmp_failed;            /* failed on a temporary file, before the sink */
    bool cells_began;           /* the cells from cellmem.c's blocks */
    int tmpfd;                  /* the zip's anonymous file (O_TMPFILE), or -1 */
    bl_buf scratch;
} xl;

/* For a function with `status` and a `cleanup:` label: a libxlsxwriter
 * call that fails sets status (bl_xlsx_fail) and jumps there. */
#define XL_CHECK(call, what)                                                   \
    do {                                                                       \
        lxw_error xl_err_ = (call);                                            \
        if (xl_err_ != LXW_NO_ERROR) {                                         \
            status = bl_xlsx_fail(x, xl_err_, what);                           \
            goto cleanup;                                                      \
        }                                                                      \
    } while (0)

#define XL_NOTNULL(ptr, what)                                                  \
    do {                                                                       \
        if (!(ptr)) {                                                          \
            status = bl_diag_set(x->diag, BULLETIN_ERR_XLSX, x->doc->path, 0, 0, \
                                 "%s failed", what);                           \
            goto cleanup;                                                      \
        }                                                                      \
    } while (0)

/* The status and diag for libxlsxwriter error `err` while doing `what`:
 * BULLETIN_ERR_NOMEM or BULLETIN_ERR_XLSX. */
bulletin_status bl_xlsx_fail(xl *x, lxw_error err, const char *what);

/* Widens column width *w to fit UTF-8 text s[len] (East Asian width). */
void bl_xlsx_fit(double *w, const char *s, size_t len);

/* Widens *w to fit `v` shown with thousands separators and `d` decimals. */
void bl_xlsx_fit_number(double *w, double v, int d);
/* A run-in heading's title without the stop that runs its text in
 * (经济总量。 -> 经济总量): the bytes of `t` to keep (data.c). */
size_t bl_xlsx_runin_title_len(const char *t, size_t len);

/* Writes text s[len] (cut to Excel's limit, blank when empty) at (r, c);
 * *status tells an allocation failure apart. */
lxw_error bl_xlsx_write_text(xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
                             size_t len, lxw_format *f, bulletin_status *status);

/* Decimals written after the point in a value text ("127.16" -> 2), at
 * most 6. */
int bl_xlsx_decimals_of(const char *v);

/* Excel's serial date for a civil date (1900 date system). */
double bl_xlsx_excel_serial(int y, int m, int d);

/* Kind names in Chinese, by bulletin_figure_kind (data.c). */
extern const char *const bl_xlsx_kind_zh[];

/* Appends the rows of x->doc's listed figures to 数据 after x->nfig
 * (x->row_of, x->change_of: each figure's row and change). */
bulletin_status bl_xlsx_write_data(xl *x, lxw_worksheet *ws);

/* The header, table (or autofilter), frozen panes and column widths of
 * 数据, once every row is written. */
bulletin_status bl_xlsx_finish_data(xl *x, lxw_worksheet *ws);

/* The 章节 sheet `ws` and the 原文 sheet `text_ws`. */
bulletin_status bl_xlsx_write_sections(xl *x, lxw_worksheet *ws, lxw_worksheet *text_ws);

/* The 说明 sheet; `when` is the export time. */
bulletin_status bl_xlsx_write_about(xl *x, lxw_worksheet *ws, time_t when);

/* The 图表 sheet, from the rows of 数据 (x->row_of, x->change_of). */
bulletin_status bl_xlsx_write_charts(xl *x, lxw_worksheet *ws);

#endif
