/*
 * tables.c - a table of the model laid out in rows (BK_ROW blocks): the
 * columns as wide as their cells want (shared out when they do not fit,
 * two characters at least); the header rows in the header style (hei,
 * centred, shaded when drawn, repeated at the top of a page after a
 * break: paginate.c); a numeric column right-aligned on the decimal
 * point; a title row across the table; every cell centred vertically in
 * its row.  Text in the template's cell style (the body size; a table
 * too wide for it a little smaller, down to 3/4, rather than breaking its
 * figures).  A header
 * row with fewer cells than the table has columns stands over its last
 * columns (the first, the row labels, has no header).
 */
#include <math.h>
#include <string.h>

#include "pdf_int.h"

#define TABLE_MIN_SCALE 0.75 /* a wide table's type: down to 3/4 of the body */

/* A number as tables write it: -1,234.5 12.3% 0.5‰, or a placeholder
 * (- — …) that a numeric column may hold too.  *dot gets the bytes
 * before the decimal point (or the suffix). */
static bool is_number(const char *t, size_t len, bool *placeholder, size_t *dot)
{
    size_t i = 0;
    *placeholder = false;
    while (i < len && t[i] == ' ')
        i++;
    while (len > i && t[len - 1] == ' ')
        len--;
    if (i == len)
        return false;
    if ((len - i == 1 && t[i] == '-') || (len - i == 3 && (!strncmp(t + i, "—", 3) || !strncmp(t + i, "…", 3)))
        || (len - i == 6 && !strncmp(t + i, "——", 6))) {
        *placeholder = true;
        *dot = len;
        return true;
    }
    if (t[i] == '-' || t[i] == '+')
        i++;
    else if (len - i > 3 && !strncmp(t + i, "−", 3))
        i += 3;
    size_t d0 = i;
    while (i < len && ((t[i] >= '0' && t[i] <= '9') || (t[i] == ',' && i > d0)))
        i++;
    if (i == d0)
        return false;
    *dot = i;
    if (i < len && t[i] == '.') {
        i++;
        size_t f0 = i;
        while (i < len && t[i] >= '0' && t[i] <= '9')
            i++;
        if (i == f0)
            return false;
    }
    if (i < len && t[i] == '%')
        i++;
    else if (len - i >= 3 && (!strncmp(t + i, "‰", 3) || !strncmp(t + i, "％", 3)))
        i += 3;
    return i == len;
}

typedef struct {
    bool numeric;
    double wint, wfrac; /* widest integer part and fraction (with its point) */
} pcol;

/* The column of cell `k` of a row of `n` cells in a table of `ncols`. */
static size_t col_of(const bulletin_node *row, size_t k, size_t n, size_t ncols)
{
    if (!strcmp(bulletin_node_row_kind(row), "header") && n < ncols)
        return k + (ncols - n);
    return k;
}

static bool data_row(const bulletin_node *r)
{
    const char *k = bulletin_node_row_kind(r);
    return strcmp(k, "header") && strcmp(k, "title") && strcmp(k, "group");
}

static size_t count_cells(const bulletin_node *r)
{
    size_t k = 0;
    for (const bulletin_node *cell = bulletin_node_first_child(r); cell; cell = bulletin_node_next(cell))
        k++;
    return k;
}

/* Which columns are numeric (most of their data cells numbers), and the
 * widths their numbers want. */
static bulletin_status numeric_columns(ctx *c, const bulletin_node *table, pcol *col, size_t ncols)
{
    size_t *num = bl_calloc(c->mem, 2 * ncols, sizeof *num), *txt = num ? num + ncols : NULL;
    if (!num)
        return BULLETIN_ERR_NOMEM;
    bulletin_status st = BULLETIN_OK;
    for (int pass = 0; pass < 2 && st == BULLETIN_OK; pass++) {
        for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
            if (!data_row(r))
                continue;
            size_t n = count_cells(r), k = 0;
            for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
                 cell = bulletin_node_next(cell), k++) {
                size_t len, dot, ck = col_of(r, k, n, ncols);
                const char *t = bulletin_node_text(cell, &len);
                bool ph;
                bool isnum = is_number(t, len, &ph, &dot);
                if (pass == 0) {
                    if (len == 0 || ph)
                        continue;
                    if (isnum)
                        num[ck]++;
                    else
                        txt[ck]++;
                    continue;
                }
                if (!col[ck].numeric || !isnum)
                    continue;
                double wi = 0, wf = 0;
                if ((st = bl_pdf_text_width(c, t, dot, BL_EL_CELL, &wi)) != BULLETIN_OK
                    || (st = bl_pdf_text_width(c, t + dot, len - dot, BL_EL_CELL, &wf)) != BULLETIN_OK)
                    break;
                col[ck].wint = fmax(col[ck].wint, wi);
                col[ck].wfrac = fmax(col[ck].wfrac, wf);
            }
        }
        if (pass == 0)
            for (size_t k = 0; k < ncols; k++)
                col[k].numeric = num[k] > 0 && num[k] >= 2 * txt[k] && k > 0;
    }
    bl_free(c->mem, num);
    return st;
}

bulletin_status bl_pdf_add_table(ctx *c, const bulletin_node *table)
{
    bulletin_status status = BULLETIN_OK;
    size_t ncols = 0;
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t k = count_cells(r);
        if (k > ncols && strcmp(bulletin_node_row_kind(r), "title"))
            ncols = k;
    }
    if (ncols == 0)
        ncols = 1;
    double *want = bl_calloc(c->mem, 2 * ncols, sizeof *want), *need = want ? want + ncols : NULL;
    double scale = 1;
    pcol *col = bl_calloc(c->mem, ncols, sizeof *col);
    if (!want || !col) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if ((status = numeric_columns(c, table, col, ncols)) != BULLETIN_OK)
        goto cleanup;
    const bl_style *s = sty(c, BL_EL_CELL);
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t n = count_cells(r), k = 0;
        if (!strcmp(bulletin_node_row_kind(r), "title"))
            continue;
        bool head = !strcmp(bulletin_node_row_kind(r), "header");
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len;
            const char *text = bulletin_node_text(cell, &len);
            double w = 0;
            int st = head ? BL_EL_CELL_HEAD : BL_EL_CELL;
            if ((status = bl_pdf_text_width(c, text, len, st, &w)) != BULLETIN_OK)
                goto cleanup;
            /* room for CJK-Latin gaps */
            w += len ? 0.5 * s->size : 0;
            size_t ck = col_of(r, k, n, ncols);
            if (ck >= ncols)
                continue;
            if (w > want[ck])
                want[ck] = w;
            /* the widest figure of the cell: never broken (parts.h) */
            for (size_t f = 0; f < c->nkeeps; f++)
                if (c->keeps[f].node == cell) {
                    double fw = 0;
                    if ((status = bl_pdf_text_width(c, text + c->keeps[f].off,
                                                    c->keeps[f].end - c->keeps[f].off, st, &fw))
                        != BULLETIN_OK)
                        goto cleanup;
                    need[ck] = fmax(need[ck], fw + 0.25 * s->size);
                }
        }
    }
    /* Natural widths if they fit; else the type a little smaller (down to
     * TABLE_MIN_SCALE of the body: a wide table), then the rest shared in
     * proportion, each column at least two characters and its widest
     * figure. */
    double avail = c->measure - (double)ncols * 2 * L.cell_pad, total = 0, least = 0;
    for (size_t k = 0; k < ncols; k++) {
        if (col[k].numeric)
            want[k] = fmax(want[k], col[k].wint + col[k].wfrac);
        need[k] = fmax(need[k], 2 * s->size);
        want[k] = fmax(want[k], need[k]);
        total += want[k];
        least += need[k];
    }
    scale = 1;
    if (total > avail) {
        scale = fmax(TABLE_MIN_SCALE, fmin(1, avail / least));
        if (least * scale > avail)
            scale = TABLE_MIN_SCALE;
        total = least = 0;
        for (size_t k = 0; k < ncols; k++) {
            want[k] *= scale;
            need[k] *= scale;
            col[k].wint *= scale;
            col[k].wfrac *= scale;
            total += want[k];
            least += need[k];
        }
    }
    if (total > avail) {
        double rest = avail - least, extra = 0;
        for (size_t k = 0; k < ncols; k++)
            extra += want[k] - need[k];
        for (size_t k = 0; k < ncols; k++)
            want[k] = need[k] + (extra > 0 && rest > 0 ? (want[k] - need[k]) * rest / extra : 0);
    }
    if ((status = bl_pdf_grow(c->mem, (void **)&c->tables, &c->cap_tables, c->ntables + 1,
                              sizeof *c->tables)) != BULLETIN_OK)
        goto cleanup;
    ptable *t = &c->tables[c->ntables];
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
    t->colx = bl_calloc(c->mem, ncols + 1, sizeof *t->colx);
    if (!t->colx) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t ti = c->ntables++;
    double width = 0;
    for (size_t k = 0; k < ncols; k++)
        width += want[k] + 2 * L.cell_pad;
    t->colx[0] = c->left + (c->measure - width) / 2;
    for (size_t k = 0; k < ncols; k++)
        t->colx[k + 1] = t->colx[k] + want[k] + 2 * L.cell_pad;
    double pitch = row_pt(c, BL_EL_CELL) * scale;
    bool heads = true; /* the header rows at the table's top */
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        const char *rk = bulletin_node_row_kind(r);
        bool head = !strcmp(rk, "header"), title = !strcmp(rk, "title");
        size_t first = c->nlines, k = 0, n = count_cells(r), maxl = 1;
        size_t cell_first[64], cell_n[64];
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len, before = c->nlines, ck = title ? 0 : col_of(r, k, n, ncols);
            const char *text = bulletin_node_text(cell, &len);
            if (ck >= ncols)
                break;
            double x0 = t->colx[ck] + L.cell_pad;
            double mw = (title ? t->colx[ncols] : t->colx[ck + 1]) - t->colx[ck] - 2 * L.cell_pad;
            lseg sg = bl_pdf_seg(cell, head ? BL_EL_CELL_HEAD : BL_EL_CELL);
            lopts o = {head ? BL_EL_CELL_HEAD : BL_EL_CELL,
                       sty(c, head ? BL_EL_CELL_HEAD : BL_EL_CELL)->size * scale,
                       LAY_LEFT, x0, mw, 0, L.cell_pad, pitch, false};
            bool ph;
            size_t dot;
            if (head || title)
                o.how = LAY_CENTER;
            else if (col[ck].numeric && is_number(text, len, &ph, &dot)) {
                /* on the decimal point: the integer part ends wfrac before
                 * the cell's right edge */
                double wi = 0;
                if (!ph && (status = bl_pdf_text_width(c, text, dot, BL_EL_CELL, &wi)) != BULLETIN_OK)
                    goto cleanup;
                wi *= scale;
                o.how = LAY_SINGLE_LEFT;
                if (ph) {
                    o.how = LAY_RIGHT;
                    o.measure = mw - col[ck].wfrac;
                } else {
                    o.x0 = x0 + mw - col[ck].wfrac - wi;
                    o.measure = mw;
                }
            }
            if ((status = bl_pdf_lay(c, &sg, 1, &o, NULL)) != BULLETIN_OK)
                goto cleanup;
            if (k < 64) {
                cell_first[k] = before;
                cell_n[k] = c->nlines - before;
            }
            if (c->nlines - before > maxl)
                maxl = c->nlines - before;
            if (title)
                break;
        }
        /* each cell centred vertically in the row */
        for (size_t q = 0; q < k && q < 64; q++) {
            double dy = (double)(maxl - cell_n[q]) * pitch / 2;
            for (size_t i = cell_first[q]; i < cell_first[q] + cell_n[q]; i++)
                c->lines[i].dy += dy;
        }
        pblock *b;
        if ((status = bl_pdf_push_block(c, BK_ROW, head ? BL_EL_CELL_HEAD : BL_EL_CELL, r, first, &b))
            != BULLETIN_OK)
            goto cleanup;
        b->table = ti;
        b->head = head && heads;
        b->height = (double)maxl * pitch + 2 * L.cell_pad;
        if (b->head) {
            if (c->tables[ti].nhead == 0)
                c->tables[ti].head_first = c->nblocks - 1;
            c->tables[ti].nhead++;
        } else {
            heads = false;
        }
    }
cleanup:
    bl_free(c->mem, want);
    bl_free(c->mem, col);
    return status;
}
