/*
 * cells.c - what every sheet of the workbook needs to write a cell: text
 * cut to Excel's limit at a character boundary, column widths that follow
 * East Asian width (a Han character counts 2 of Calibri-11's '0'), the
 * decimals a value was written with, Excel's serial dates, and the
 * diagnosis of a libxlsxwriter error.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <xlsxwriter.h>

#include "xlsx_int.h"

/* Excel's limit of a cell's text (counted in characters). */
#define XL_MAX_CELL_CHARS 32767

/* East Asian width of UTF-8 text, in '0' units (Han 2, others 1.1). */
static double ea_width(const char *s, size_t len)
{
    double w = 0;
    size_t i = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) { /* ASCII is never full width: no decoding */
            w += 1.1;
            i++;
            continue;
        }
        uint32_t cp;
        int n = bl_utf8_decode((const unsigned char *)s + i, len - i, &cp);
        if (n == 0) {
            i++;
            continue;
        }
        w += (cp >= 0x4E00 && cp <= 0x9FFF) || bl_is_fullwidth(cp) ? 2.0 : 1.1; /* Han first */
        i += (size_t)n;
    }
    return w;
}

void bl_xlsx_fit(double *w, const char *s, size_t len)
{
    double x = ea_width(s, len) + 2.0;
    if (x > *w)
        *w = x;
}

/* Digits before the point of a >= 0 shown with `d` decimals ("%.*f"),
 * without formatting it when that is certain: below 1e15 a double's
 * integer part ip is exact, and rounding the fraction gives ip or ip + 1,
 * which have as many digits unless ip + 1 is a power of ten (9.996 -> 10.00);
 * that case, NaN, infinities and huge values ask printf. */
static int int_digits(double a, int d)
{
    if (a < 1e15) {
        unsigned long long ip = (unsigned long long)a, p = 10;
        int digits = 1;
        while (p <= ip) {
            p *= 10;
            digits++;
        }
        if (ip + 1 != p)
            return digits;
    }
    char buf[64]; /* snprintf returns the full length even when it cuts */
    int n = snprintf(buf, sizeof buf, "%.*f", d, a);
    return d ? n - d - 1 : n;
}

/* Width of a number shown with thousands separators and `d` decimals. */
void bl_xlsx_fit_number(double *w, double v, int d)
{
    int intdigits = int_digits(fabs(v), d);
    int n = intdigits + (d ? d + 1 : 0);
    double x = n + (intdigits - 1) / 3 + (v < 0) + 2.0;
    if (x > *w)
        *w = x;
}

bulletin_status bl_xlsx_fail(xl *x, lxw_error err, const char *what)
{
    bulletin_diag *d = x->diag;
    bl_diag_set(d, err == LXW_ERROR_MEMORY_MALLOC_FAILED ? BULLETIN_ERR_NOMEM : BULLETIN_ERR_XLSX,
                x->doc->path, 0, 0, "%s: %s", what, lxw_strerror(err));
    if (d)
        d->backend_code = (long)err;
    return err == LXW_ERROR_MEMORY_MALLOC_FAILED ? BULLETIN_ERR_NOMEM : BULLETIN_ERR_XLSX;
}

/* A NUL-terminated copy of at most XL_MAX_CELL_CHARS characters of s[len]
 * in x->scratch (cut at a character boundary, with "…" when cut). */
static const char *cell_text(xl *x, const char *s, size_t len, bulletin_status *status)
{
    x->scratch.len = 0;
    /* A character takes a byte at least: text of fewer bytes than the
     * limit fits whole, and its characters need no counting. */
    size_t i = len;
    if (len > XL_MAX_CELL_CHARS - 1) {
        size_t chars = 0;
        i = 0;
        while (i < len && chars < XL_MAX_CELL_CHARS - 1) {
            i++;
            while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            chars++;
        }
    }
    *status = bl_buf_put(&x->scratch, s, i);
    if (*status == BULLETIN_OK && i < len)
        *status = bl_buf_puts(&x->scratch, "…");
    if (*status == BULLETIN_OK && !x->scratch.data)
        *status = bl_buf_reserve(&x->scratch, 0);
    return *status == BULLETIN_OK ? x->scratch.data : NULL;
}

lxw_error bl_xlsx_write_text(xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
                             size_t len, lxw_format *f, bulletin_status *status)
{
    const char *t = cell_text(x, s, len, status);
    if (!t)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (!*t)
        return worksheet_write_blank(ws, r, c, f);
    return worksheet_write_string(ws, r, c, t, f);
}

/* Decimals written after the point in a value text ("127.16" -> 2). */
int bl_xlsx_decimals_of(const char *v)
{
    const char *dot = strchr(v, '.');
    if (!dot)
        return 0;
    int n = 0;
    for (const char *p = dot + 1; *p >= '0' && *p <= '9'; p++)
        n++;
    return n > 6 ? 6 : n;
}

/* Excel's serial date for a civil date (1900 date system). */
double bl_xlsx_excel_serial(int y, int m, int d)
{
    /* days from civil, Howard Hinnant's algorithm */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    long days = era * 146097 + doe - 719468; /* since 1970-01-01 */
    return (double)days + 25569.0;
}

void bl_xlsx_print_setup(lxw_worksheet *ws, int repeat, bool landscape)
{
    worksheet_set_paper(ws, 9); /* A4 */
    if (landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_fit_to_pages(ws, 1, 0); /* the width of one page, as long as it takes */
    if (repeat > 0)
        worksheet_repeat_rows(ws, 0, (lxw_row_t)(repeat - 1));
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
}

double bl_xlsx_row_height(const char *s, size_t len, double width)
{
    /* the text's width in '0' units over the column's, less its padding;
     * a line break starts a line */
    double room = width > 3 ? width - 1.5 : 1.5, line = 0;
    int lines = 1;
    for (size_t i = 0; i < len;) {
        double w = 1.1;
        const unsigned char *u = (const unsigned char *)s + i;
        uint32_t cp = u[0];
        int n = 1;
        if (cp >= 0xE4 && cp <= 0xE9 && len - i >= 3 && (u[1] & 0xC0) == 0x80 &&
            (u[2] & 0xC0) == 0x80) {
            /* U+4000..U+9FFF (Han and the rest of a text's Chinese), three
             * bytes that need no range check: Han (U+4E00..U+9FFF) wide, the
             * others as bl_is_fullwidth says.  Han without decoding: a
             * first byte past E4 is U+5000 on, E4 with B8 on U+4E00 on */
            n = 3;
            if (cp > 0xE4 || u[1] >= 0xB8)
                w = 2.0;
            else {
                cp = (cp & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
                if (bl_is_fullwidth(cp))
                    w = 2.0;
            }
        } else if (cp >= 0x80) {
            n = bl_utf8_decode(u, len - i, &cp);
            if (n <= 0)
                n = 1;
            else if ((cp >= 0x4E00 && cp <= 0x9FFF) || bl_is_fullwidth(cp)) /* Han first */
                w = 2.0;
        }
        i += (size_t)n;
        if (cp == '\n') {
            lines++;
            line = 0;
            continue;
        }
        if (line + w > room) {
            lines++;
            line = 0;
        }
        line += w;
    }
    if (lines > 400)
        lines = 400; /* Excel's row height is at most 409 points */
    return 15.0 * lines + 1.5;
}
