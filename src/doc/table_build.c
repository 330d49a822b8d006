/*
 * table_build.c - the tables table_shapes.c finds: their rows and cells
 * kept in the parser (pieces of lines), their lines marked, and their
 * nodes built when the build reaches their first line.
 */
#include <string.h>

#include "doc/table_shapes.h"

/* ========================================================================
 * Emitting a table
 * ====================================================================== */

/* Starts the output of one table. */
static void out_reset(scan *s)
{
    s->nix = s->noc = s->norows = 0;
}

static bulletin_status out_row(scan *s, unsigned char kind)
{
    bulletin_status status = BULLETIN_OK;
    RESERVE(status, s->p->mem, s->orows, s->cap_orows, s->norows + 1);
    s->orows[s->norows].oc0 = s->noc;
    s->orows[s->norows].noc = 0;
    s->orows[s->norows].kind = kind;
    s->norows++;
cleanup:
    return status;
}

/* Appends a cell joining run cells ids[0..n) to the last row; n == 0: an
 * empty cell standing where run cell `at` stands. */
bulletin_status bl_shape_out_cell(scan *s, const size_t *ids, size_t n, size_t at)
{
    bulletin_status status = BULLETIN_OK;
    RESERVE(status, s->p->mem, s->ocells, s->cap_ocells, s->noc + 1);
    RESERVE(status, s->p->mem, s->ix, s->cap_ix, s->nix + n);
    ocell *o = &s->ocells[s->noc++];
    o->ix0 = s->nix;
    o->nix = 0;
    for (size_t k = 0; k < n; k++)
        if (s->cells[ids[k]].npieces)
            s->ix[s->nix++] = ids[k], o->nix++;
    o->at = at;
    s->orows[s->norows - 1].noc++;
cleanup:
    return status;
}

bulletin_status bl_shape_out_row(scan *s, unsigned char kind) { return out_row(s, kind); }

/* Moves the output into the parser's store as one table and marks its
 * lines. */
static bulletin_status commit(scan *s, size_t first, size_t last)
{
    parser *p = s->p;
    shape_store *st = &p->shapes;
    bulletin_status status = BULLETIN_OK;
    if (!s->norows)
        return BULLETIN_OK;
    RESERVE(status, p->mem, st->tables, st->cap_tables, st->ntables + 1);
    RESERVE(status, p->mem, st->rows, st->cap_rows, st->nrows + s->norows);
    RESERVE(status, p->mem, st->cells, st->cap_cells, st->ncells + s->noc);
    size_t np = 0;
    for (size_t k = 0; k < s->nix; k++)
        np += s->cells[s->ix[k]].npieces;
    RESERVE(status, p->mem, st->pieces, st->cap_pieces, st->npieces + np);
    shape_table *t = &st->tables[st->ntables];
    t->row0 = st->nrows;
    t->nrows = s->norows;
    t->first = first;
    t->last = last;
    for (size_t r = 0; r < s->norows; r++) {
        shape_row *row = &st->rows[st->nrows++];
        row->cell0 = st->ncells;
        row->ncells = s->orows[r].noc;
        row->kind = s->orows[r].kind;
        for (size_t c = s->orows[r].oc0; c < s->orows[r].oc0 + s->orows[r].noc; c++) {
            const ocell *o = &s->ocells[c];
            shape_cell *cell = &st->cells[st->ncells++];
            cell->piece0 = st->npieces;
            cell->npieces = 0;
            /* an empty cell stands where the cell before it does: the
             * nodes keep their source order */
            const rcell *at = &s->cells[o->at];
            cell->line = at->line;
            cell->column = at->column;
            if (!o->nix && st->ncells > 1 && (r || c > s->orows[r].oc0)) {
                const shape_cell *pc = &st->cells[st->ncells - 2];
                if (pc->line > cell->line || (pc->line == cell->line && pc->column > cell->column)) {
                    cell->line = pc->line;
                    cell->column = pc->column;
                }
            }
            for (size_t k = o->ix0; k < o->ix0 + o->nix; k++) {
                const rcell *rc = &s->cells[s->ix[k]];
                for (size_t q = rc->piece0; q < rc->piece0 + rc->npieces; q++)
                    st->pieces[st->npieces++] = s->pieces[q];
                cell->npieces += rc->npieces;
            }
        }
    }
    st->ntables++;
    for (size_t i = first; i <= last; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        p->lines[i].kind = LK_TABLE;
        p->lines[i].shape = (unsigned)st->ntables;
        s->info[i].form = F_NONE;
    }
cleanup:
    return status;
}

/* The header laid out already (s->grid), an empty cell placed like the
 * cell before it; a row of its first cell alone is that cell, across the
 * table. */
static bulletin_status grid_header(scan *s, size_t ncols)
{
    bulletin_status status = BULLETIN_OK;
    size_t at = SIZE_MAX;
    for (size_t k = 0; k < s->glevels * ncols && at == SIZE_MAX; k++)
        at = s->grid[k];
    if (at == SIZE_MAX)
        return BULLETIN_OK;
    for (size_t r = 0; r < s->glevels; r++) {
        BL_CHECK(out_row(s, 1));
        size_t filled = 0;
        for (size_t c = 1; c < ncols; c++)
            filled += s->grid[r * ncols + c] != SIZE_MAX;
        if (!filled && s->grid[r * ncols] != SIZE_MAX) {
            /* a line across the header (its English): one cell */
            at = s->grid[r * ncols];
            BL_CHECK(bl_shape_out_cell(s, &at, 1, at));
            continue;
        }
        for (size_t c = 0; c < ncols; c++) {
            size_t id = s->grid[r * ncols + c];
            if (id != SIZE_MAX) {
                at = id;
                BL_CHECK(bl_shape_out_cell(s, &id, 1, id));
            } else {
                BL_CHECK(bl_shape_out_cell(s, NULL, 0, at));
            }
        }
    }
cleanup:
    return status;
}

/* Data rows (s->drows) after the header cells hc[0..nh) of the run: the
 * whole table. */
bulletin_status bl_shape_emit(scan *s, const size_t *hc, size_t nh, size_t ncols)
{
    bulletin_status status = BULLETIN_OK;
    out_reset(s);
    BL_CHECK(s->grid ? grid_header(s, ncols) : bl_shape_header(s, hc, nh, ncols));
    for (size_t r = 0; r < s->ndrows; r++) {
        const drow *d = &s->drows[r];
        BL_CHECK(out_row(s, d->nval == 0 && d->nlab ? 3 : 0));
        size_t at = d->nlab ? d->lab0 : d->val0;
        size_t ids[4] = {0, 0, 0, 0};
        size_t nl = d->nlab > 4 ? 4 : d->nlab;
        size_t cells = 1;
        if (s->labcols > 1 && d->nlab == s->labcols) {
            /* label and unit columns: a cell each */
            for (size_t k = 0; k < d->nlab; k++) {
                size_t id = d->lab0 + k;
                BL_CHECK(bl_shape_out_cell(s, &id, 1, id));
            }
            cells = d->nlab;
        } else {
            for (size_t k = 0; k < nl; k++)
                ids[k] = d->lab0 + k;
            BL_CHECK(bl_shape_out_cell(s, ids, nl, at));
        }
        for (size_t k = 0; k < d->nval; k++, cells++) {
            size_t id = d->val0 + k;
            BL_CHECK(bl_shape_out_cell(s, &id, 1, id));
            at = id;
        }
        for (; cells < ncols; cells++)
            BL_CHECK(bl_shape_out_cell(s, NULL, 0, at));
    }
    size_t first = s->p->nlines, last = 0;
    for (size_t k = 0; k < s->nix; k++) {
        const rcell *c = &s->cells[s->ix[k]];
        if (c->first < first)
            first = c->first;
        if (c->last > last)
            last = c->last;
    }
    for (size_t k = 0; k < nh; k++) { /* empty header cells hold lines too */
        const rcell *c = &s->cells[hc[k]];
        if (c->first < first)
            first = c->first;
    }
    for (size_t r = 0; r < s->ndrows; r++) {
        const drow *d = &s->drows[r];
        for (size_t k = d->val0; k < d->val0 + d->nval; k++)
            if (s->cells[k].last > last)
                last = s->cells[k].last;
    }
    if (first <= last)
        BL_CHECK(commit(s, first, last));
cleanup:
    s->labcols = 0;
    return status;
}

/* ========================================================================
 * Building
 * ====================================================================== */

bulletin_status bl_p_add_shaped_table(parser *p, size_t li)
{
    const shape_store *st = &p->shapes;
    size_t ti = p->lines[li].shape - 1;
    if (ti >= st->ntables || st->tables[ti].first != li)
        return BULLETIN_OK; /* built at its first line */
    const shape_table *t = &st->tables[ti];
    bulletin_status status = BULLETIN_OK;
    bulletin_node *table = bl_node_new(p->mem, BULLETIN_NODE_TABLE);
    if (!table)
        return BULLETIN_ERR_NOMEM;
    table->line = p->lines[li].no;
    table->column = p->lines[li].col0;
    status = bl_p_attach_block(p, table);
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, table);
        return status;
    }
    table->index = ++p->para_index;
    p->table = NULL;
    for (size_t r = t->row0; r < t->row0 + t->nrows; r++) {
        const shape_row *sr = &st->rows[r];
        bulletin_node *row = bl_node_new(p->mem, BULLETIN_NODE_ROW);
        if (!row)
            return BULLETIN_ERR_NOMEM;
        row->row_kind = sr->kind;
        bl_node_append(table, row);
        for (size_t c = sr->cell0; c < sr->cell0 + sr->ncells; c++) {
            const shape_cell *sc = &st->cells[c];
            bulletin_node *cell = bl_node_new(p->mem, BULLETIN_NODE_CELL);
            if (!cell)
                return BULLETIN_ERR_NOMEM;
            bl_node_append(row, cell);
            p->line = sc->line;
            BL_CHECK(bl_p_decode_pieces(p, st->pieces + sc->piece0, sc->npieces));
            size_t len = p->cur.n;
            bl_p_drop_readings(p, 0, &len); /* 地區(qū): as in tables.c */
            BL_CHECK(bl_p_set_text(p, cell, 0, len));
            if (!sc->npieces || !cell->len) {
                cell->line = sc->line;
                cell->column = sc->column;
            }
            if (c == sr->cell0) {
                row->line = cell->line;
                row->column = cell->column;
            }
        }
    }
cleanup:
    return status;
}

void bl_p_free_shapes(parser *p)
{
    shape_store *st = &p->shapes;
    bl_free(p->mem, st->pieces);
    bl_free(p->mem, st->cells);
    bl_free(p->mem, st->rows);
    bl_free(p->mem, st->tables);
    memset(st, 0, sizeof *st);
}
