/*
 * tables.c - a table of the model laid out in rows (BK_ROW blocks): the
 * columns as wide as their cells want (shared out when they do not fit,
 * two characters at least); the header rows in the header style (hei,
 * centred, shaded when drawn, repeated at the top of a page after a
 * break: paginate.c); a numeric column right-aligned on the decimal
 * point; a title row, a group row and a header row of one cell across
 * the table (draw.c leaves out the column rules there); the unit note
 * right above it at its right edge; a text column
 * four characters wide before the type is set smaller; every cell
 * centred vertically in its row.  Text in the template's cell style (the body size; a table
 * too wide for it smaller, down to 3/5, rather than breaking its figures
 * or running past the margins).  A header
 * row with fewer cells than the table has columns stands over its last
 * columns (the first, the row labels, has no header).
 */
#include <math.h>
#include <string.h>

#include "pdf_int.h"
#include "tables.h"

#define TABLE_MIN_SCALE 0.6 /* a wide table's type: down to 3/5 of the body */
#define LABEL_COLUMN_MAX 8  /* a row label's line holds this many characters at most */

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

/* A row set across the table: a title row (centred), a group row (its
 * label flush left: 按主要行业分), or a header row of one cell in a table
 * of several columns (a header the source ran into one line: over the
 * last column it stood a character wide).  draw.c rules them so. */
static bool spans(const bulletin_node *r, size_t ncols)
{
    const char *k = bulletin_node_row_kind(r);
    return !strcmp(k, "title") || !strcmp(k, "group")
           || (!strcmp(k, "header") && ncols > 1 && count_cells(r) == 1);
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

/* The widest piece of a cell's text no line may break: between two
 * break opportunities (the layout's rules, and no break inside a
 * figure), with room for a CJK-Latin gap. */
static bulletin_status min_content(ctx *c, const bulletin_node *cell, int st, double *w)
{
    const bl_style *s = sty(c, st);
    size_t len, n = 0;
    const char *t = bulletin_node_text(cell, &len);
    bl_lay_char *ch = NULL;
    *w = 0;
    bulletin_status status = bl_lay_chars_from_utf8(t, len, s->size, (int)s->role,
                                                    latin_of((int)s->role), bl_fontset_measure,
                                                    c->fs, c->mem, &ch, &n);
    bool *brk = status == BULLETIN_OK && n ? bl_calloc(c->mem, n, sizeof *brk) : NULL;
    if (status == BULLETIN_OK && n && !brk)
        status = BULLETIN_ERR_NOMEM;
    if (brk) {
        bl_lay_breaks(ch, n, brk);
        /* the cell's own figures (a search, not a walk over every figure
         * of the document for each cell: 20,000 rows took 2.4 s) */
        size_t lo = 0, hi = 0;
        if (c->nkeeps)
            bl_pdf_node_span(c, c->keeps, c->nkeeps, cell, &lo, &hi);
        for (size_t f = lo; f < hi; f++)
            for (size_t i = 1; i < n; i++)
                if (ch[i].src > pfig_at(c, c->keeps, f)->start && ch[i].src < pfig_at(c, c->keeps, f)->end)
                    brk[i] = false;
        double run = 0;
        for (size_t i = 0; i < n; i++) {
            if (i > 0 && brk[i])
                run = 0;
            run += ch[i].adv;
            if (i > 0 && !brk[i] && bl_lay_is_western(ch[i].cp) != bl_lay_is_western(ch[i - 1].cp))
                run += 0.25 * s->size;
            *w = fmax(*w, run);
        }
        *w += 0.05 * s->size;
    }
    bl_free(c->mem, brk);
    bl_free(c->mem, ch);
    return status;
}

/* The load of columns [a, b) with the label column, at scale 1. */
static double part_load(const double *need, size_t a, size_t b, double pad)
{
    double w = need[0] + 2 * pad;
    for (size_t k = a; k < b; k++)
        w += need[k] + 2 * pad;
    return w;
}

/* Columns 1 .. n-1 cut greedily into runs of at most `cap` (with column
 * 0 each): how many runs, their starts into start[] when not NULL. */
static size_t cut_runs(const double *need, size_t n, double pad, double cap, size_t *start)
{
    size_t parts = 0, a = 1;
    while (a < n) {
        size_t b = a + 1;
        while (b < n && part_load(need, a, b + 1, pad) <= cap)
            b++;
        if (start)
            start[parts] = a;
        parts++;
        a = b;
    }
    if (start)
        start[parts] = n;
    return parts;
}

size_t bl_pdf_table_parts(const double *need, size_t n, double measure, double pad, double min_scale,
                          size_t *start, double *scale)
{
    *scale = 1;
    start[0] = 1;
    start[1] = n;
    /* one part: the needs fit with the type at min_scale */
    if (n < 3 || part_load(need, 1, n, pad) * min_scale <= measure)
        return 1;
    /* the most a part may take at min_scale; a column that does not fit
     * beside the labels even so: no split helps (the table is squeezed) */
    double most = measure / min_scale, widest = 0;
    for (size_t k = 1; k < n; k++)
        widest = fmax(widest, part_load(need, k, k + 1, pad));
    if (widest > most)
        return 1;
    size_t parts = cut_runs(need, n, pad, most, NULL);
    /* as many parts, as equal as the columns allow: the least load of
     * the largest part that still cuts into that many (bisection) */
    double lo = widest, hi = most;
    for (int i = 0; i < 60 && hi - lo > 1e-6; i++) {
        double mid = (lo + hi) / 2;
        if (cut_runs(need, n, pad, mid, NULL) <= parts)
            hi = mid;
        else
            lo = mid;
    }
    parts = cut_runs(need, n, pad, hi, start);
    double largest = 0;
    for (size_t p = 0; p < parts; p++)
        largest = fmax(largest, part_load(need, start[p], start[p + 1], pad));
    *scale = fmax(min_scale, fmin(1, measure / largest));
    return parts;
}

double bl_pdf_table_widths(double *want, double *need, const double *hard, size_t n, double measure,
                           double pad, double min_scale, double cap, double *pad_out)
{
    const double cell_pad = pad;
    double scale = 1, avail = measure - (double)n * 2 * pad, total = 0, least = 0;
    for (size_t k = 0; k < n; k++) {
        total += want[k];
        least += need[k];
    }
    if (total > avail || cap < 1) {
        /* smaller type, and padding in proportion */
        double full = avail + (double)n * 2 * cell_pad;
        scale = fmax(min_scale, fmin(cap, fmin(1, full / (least + (double)n * 2 * cell_pad))));
        pad = cell_pad * scale;
        avail = full - (double)n * 2 * pad;
        total = least = 0;
        for (size_t k = 0; k < n; k++) {
            want[k] *= scale;
            need[k] *= scale;
            total += want[k];
            least += need[k];
        }
    }
    if (total > avail) {
        /* what each column needs, the rest in proportion; when even the
         * needs do not fit, the needs in proportion (a figure of a cell
         * may then break: better than a table past the margins) */
        double *low = need, lsum = 0;
        if (least > avail) {
            /* not even the needs: two characters (and the numbers) each,
             * the rest in proportion to the needs */
            for (size_t k = 0; k < n; k++) {
                double lo = hard[k] * scale;
                want[k] = need[k];
                need[k] = lo;
                lsum += lo;
            }
            least = lsum;
        }
        double rest = avail - least, extra = 0;
        for (size_t k = 0; k < n; k++)
            extra += want[k] - low[k];
        for (size_t k = 0; k < n; k++)
            want[k] = rest >= 0 ? low[k] + (extra > 0 ? (want[k] - low[k]) * rest / extra : 0)
                                : low[k] * avail / least;
    }
    *pad_out = pad;
    return scale;
}

/* A part of a table (all of it when not split): its column 0 and the
 * columns [from, to) of the table's `ncols`, as a table of its own; a
 * part after the first (`cont`) repeats the row labels and the rows set
 * across (title, group) as artifacts, as a header row drawn again after
 * a page break is.  want, need, hard and col are the table's (scale 1);
 * `cap` the most its type may take (the same in every part). */
static bulletin_status add_part(ctx *c, const bulletin_node *table, const pcol *tcol, const double *twant,
                                const double *tneed, const double *thard, size_t ncols, size_t from,
                                size_t to, bool cont, double cap, double cell_pad)
{
    bulletin_status status = BULLETIN_OK;
    size_t m = 1 + (to - from);
    double *want = bl_calloc(c->mem, 3 * m, sizeof *want), *need = want ? want + m : NULL,
           *hard = want ? want + 2 * m : NULL;
    pcol *col = bl_calloc(c->mem, m, sizeof *col);
    if (!want || !col) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t j = 0; j < m; j++) {
        size_t k = j ? from + j - 1 : 0;
        want[j] = twant[k];
        need[j] = tneed[k];
        hard[j] = thard[k];
        col[j] = tcol[k];
    }
    double pad = cell_pad;
    double scale = bl_pdf_table_widths(want, need, hard, m, c->measure, cell_pad, TABLE_MIN_SCALE, cap, &pad);
    for (size_t j = 0; j < m; j++) {
        col[j].wint *= scale;
        col[j].wfrac *= scale;
    }
    if ((status = bl_pdf_grow(c->mem, (void **)&c->tables, &c->cap_tables, c->ntables + 1,
                              sizeof *c->tables)) != BULLETIN_OK)
        goto cleanup;
    ptable *t = &c->tables[c->ntables];
    memset(t, 0, sizeof *t);
    t->ncols = m;
    t->from = from;
    t->cont = cont;
    t->colx = bl_calloc(c->mem, m + 1, sizeof *t->colx);
    if (!t->colx) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t ti = c->ntables++;
    double width = 0;
    for (size_t k = 0; k < m; k++)
        width += want[k] + 2 * pad;
    t->colx[0] = c->left + (c->measure - width) / 2;
    for (size_t k = 0; k < m; k++)
        t->colx[k + 1] = t->colx[k] + want[k] + 2 * pad;
    /* a one-line note right above (its unit, 单位：亿元) flush with the
     * table's right edge, where a statistical table states its unit */
    if (c->nblocks > 0 && !cont) {
        const pblock *nb = &c->blocks[c->nblocks - 1];
        pline *pl = &c->lines[nb->first];
        if (nb->kind == BK_TEXT && nb->st == BL_EL_NOTE && nb->heading && nb->count == 1
            && pl->count) {
            const pglyph *a = &c->glyphs[pl->first], *z = &c->glyphs[pl->first + pl->count - 1];
            double right = pl->x0 + z->x + glyph_nat(c, z);
            if (right < t->colx[m] && pl->x0 + a->x >= c->left - 1e-6)
                pl->x0 += t->colx[m] - right;
        }
    }
    double pitch = row_pt(c, BL_EL_CELL) * scale, vpad = L.cell_pad * scale;
    bool heads = true; /* the header rows at the table's top */
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        const char *rk = bulletin_node_row_kind(r);
        bool head = !strcmp(rk, "header"), across = spans(r, ncols);
        size_t first = c->nlines, k = 0, n = count_cells(r), maxl = 1;
        size_t cell_first[64], cell_n[64];
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len, before = c->nlines, sk = across ? 0 : col_of(r, k, n, ncols);
            const char *text = bulletin_node_text(cell, &len);
            if (sk >= ncols)
                break;
            /* the part's column of the table's column sk */
            size_t ck = sk == 0 ? 0 : sk - from + 1;
            if (k < 64)
                cell_first[k] = before, cell_n[k] = 0;
            if (sk != 0 && (sk < from || sk >= to))
                continue; /* another part's */
            double x0 = t->colx[ck] + pad;
            double mw = (across ? t->colx[m] : t->colx[ck + 1]) - t->colx[ck] - 2 * pad;
            lseg sg = bl_pdf_seg(cell, head ? BL_EL_CELL_HEAD : BL_EL_CELL);
            lopts o = {head ? BL_EL_CELL_HEAD : BL_EL_CELL,
                       sty(c, head ? BL_EL_CELL_HEAD : BL_EL_CELL)->size * scale,
                       LAY_LEFT, x0, mw, 0, vpad, pitch, false, true};
            bool ph;
            size_t dot;
            if (across && !head && strcmp(rk, "title"))
                o.how = LAY_LEFT; /* a group's label */
            else if (head || across)
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
            if (cont && sk == 0) {
                /* the row labels and the rows across again: artifacts
                 * (tags.c leaves them out of the structure, on_place
                 * does not hear them) */
                for (size_t i = before; i < c->nlines; i++) {
                    c->lines[i].meta = true;
                    c->lines[i].art = ART_PAGINATION;
                }
            }
            if (k < 64) {
                cell_first[k] = before;
                cell_n[k] = c->nlines - before;
            }
            if (c->nlines - before > maxl)
                maxl = c->nlines - before;
            if (across)
                break;
        }
        /* each cell centred vertically in the row (but in a row taller
         * than a page, split between its lines: at the top) */
        bool tall = (double)maxl * pitch + 2 * vpad > c->height - c->row;
        for (size_t q = 0; q < k && q < 64 && !tall; q++) {
            double dy = (double)(maxl - cell_n[q]) * pitch / 2;
            for (size_t i = cell_first[q]; i < cell_first[q] + cell_n[q]; i++)
                c->lines[i].dy += dy;
        }
        pblock *b;
        if ((status = bl_pdf_push_block(c, BK_ROW, head ? BL_EL_CELL_HEAD : BL_EL_CELL, r, first, &b))
            != BULLETIN_OK)
            goto cleanup;
        b->table = ti;
        if (c->tables[ti].end == 0)
            c->tables[ti].first = c->nblocks - 1;
        c->tables[ti].end = c->nblocks;
        b->head = head && heads;
        b->height = (double)maxl * pitch + 2 * vpad;
        if (b->head) {
            if (c->tables[ti].nhead == 0)
                c->tables[ti].head_first = c->nblocks - 1;
            c->tables[ti].nhead++;
        } else if (strcmp(rk, "title") || c->tables[ti].nhead) {
            heads = false; /* a title row over the header rows is not repeated */
        }
    }
cleanup:
    bl_free(c->mem, want);
    bl_free(c->mem, col);
    return status;
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
    double *want = bl_calloc(c->mem, 3 * ncols, sizeof *want), *need = want ? want + ncols : NULL,
           *hard = want ? want + 2 * ncols : NULL;
    size_t *start = bl_calloc(c->mem, ncols + 1, sizeof *start);
    pcol *col = bl_calloc(c->mem, ncols, sizeof *col);
    if (!want || !col || !start) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if ((status = numeric_columns(c, table, col, ncols)) != BULLETIN_OK)
        goto cleanup;
    const bl_style *s = sty(c, BL_EL_CELL);
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t n = count_cells(r), k = 0;
        if (spans(r, ncols))
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
            /* its widest piece between two break opportunities, figures
             * included (parts.h): a column narrower breaks it */
            double mc = 0;
            if ((status = min_content(c, cell, st, &mc)) != BULLETIN_OK)
                goto cleanup;
            need[ck] = fmax(need[ck], mc);
        }
    }
    double pad = L.cell_pad * fmax(1, s->size / 10.5);
    for (size_t k = 0; k < ncols; k++) {
        double piece = need[k]; /* its widest piece no line breaks */
        /* the row labels' longest on three lines */
        double third = ceil((want[k] - 0.5 * s->size) / (3 * s->size) - 1e-6) * s->size + 0.05 * s->size;
        if (col[k].numeric)
            need[k] = fmax(need[k], col[k].wint + col[k].wfrac);
        else /* a text column four characters wide (or its text): narrower,
              * its labels stack two characters a line; the type is set
              * smaller first */
            need[k] = fmax(need[k], fmin(want[k], 4 * s->size));
        if (k == 0 && !col[k].numeric) {
            /* the row labels: their longest on two lines at most (up to
             * eight characters a line), as an auto table layout gives a
             * label column its room before the number columns get
             * theirs; yearbook-fujian's 交通运输、仓储和邮政业 and 总产出
             * 指数（上年=100） took three lines of four characters beside
             * number columns at their own width */
            double half = ceil((want[k] - 0.5 * s->size) / (2 * s->size) - 1e-6) * s->size;
            need[k] = fmax(need[k], fmin(want[k], fmin(LABEL_COLUMN_MAX * s->size, half + 0.05 * s->size)));
        }
        need[k] = fmax(need[k], 2 * s->size);
        want[k] = fmax(want[k], need[k]);
        /* the least at all: two characters, a number whole, the row
         * labels their longest on three lines, a text its widest piece
         * (元/500克 broke inside 500); narrower, a figure runs over its
         * rule or breaks, a label a character a line */
        hard[k] = col[k].numeric ? fmax(2 * s->size, col[k].wint + col[k].wfrac)
                  : k == 0       ? fmin(need[k], fmax(fmax(2 * s->size, piece), third))
                                 : fmax(2 * s->size, piece);
    }
    /* Natural widths if they fit; else the type a little smaller (down to
     * TABLE_MIN_SCALE of the body: a wide table), then the rest shared in
     * proportion, each column at least two characters and its widest
     * figure (bl_pdf_table_widths).  A table whose least widths (the
     * numbers whole, the labels their share) do not fit even so is set
     * in parts of its columns, the row labels repeated in each
     * (续表), as a printer splits a table too wide for the page; one
     * type size in all of them. */
    double cap = 1;
    size_t parts = bl_pdf_table_parts(hard, ncols, c->measure, pad, TABLE_MIN_SCALE, start, &cap);
    for (size_t p = 0; p < parts && status == BULLETIN_OK; p++)
        status = add_part(c, table, col, want, need, hard, ncols, start[p], start[p + 1], p > 0, cap, pad);
cleanup:
    bl_free(c->mem, want);
    bl_free(c->mem, start);
    bl_free(c->mem, col);
    return status;
}
