/*
 * table_header.c - the header of a table of another shape
 * (table_shapes.c): the cells above its first data row, in reading
 * order, laid over its columns.
 *
 *  - A bilingual header is one row: each Latin cell joins the Chinese
 *    one it translates, the next before it (合计 / Total) or, when all
 *    the Chinese cells come first, the one of the same rank.
 *  - Merged cells written as empty ones (bare '|' lines) fill whole rows:
 *    the cells are rows of the column count; in a lower row the empty
 *    cells that stand for the spans above go first (类别 and 以上月… span
 *    two rows, 本月 and 至本月平均 sit under 以上年同期…).
 *  - As many cells as columns, or one fewer (no label column's), is one
 *    row.
 *  - More: a two-level header, the last cells over the value columns and
 *    the first ones above them (地区 比重 / 0—14岁 15—59岁 …); a wider
 *    gap among those last cells starts a third row.
 *  - Value columns' names wrapped over cells, each ending in its unit in
 *    brackets (總量 / (億元) / 比上年同期 / 增長(%)): one row, each column's
 *    cells joined, the cell before them the corner.
 *  - Otherwise (words wrapped over cells that cannot be told apart) the
 *    header stays one cell holding its words in order.
 */
#include <string.h>

#include "doc/table_shapes.h"

static bool latin(const rcell *c) { return c->npieces && c->script == S_LATIN; }
static bool han(const rcell *c) { return c->npieces && c->script == S_HAN; }

/* Units of the header: one cell, or a Chinese cell and its translation. */
typedef struct {
    size_t a, b; /* rcell ids; b == SIZE_MAX: none */
} unit;

static bulletin_status out_unit(scan *s, const unit *u)
{
    size_t ids[2] = {u->a, u->b};
    return bl_shape_out_cell(s, ids, u->b == SIZE_MAX ? 1 : 2, u->a);
}

static bulletin_status pad(scan *s, size_t from, size_t to, size_t at)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t k = from; k < to; k++)
        BL_CHECK(bl_shape_out_cell(s, NULL, 0, at));
cleanup:
    return status;
}

/* Rows of ncols cells, the spans' empty cells first in the lower rows. */
static bulletin_status filled_rows(scan *s, const size_t *hc, size_t nh, size_t ncols)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t r = 0; r < nh / ncols; r++) {
        const size_t *row = hc + r * ncols;
        size_t trail = 0;
        while (r && trail < ncols && !s->cells[row[ncols - 1 - trail]].npieces)
            trail++;
        BL_CHECK(bl_shape_out_row(s, 1));
        BL_CHECK(pad(s, 0, trail, row[0]));
        for (size_t k = 0; k + trail < ncols; k++)
            BL_CHECK(bl_shape_out_cell(s, &row[k], 1, row[k]));
    }
cleanup:
    return status;
}

/* The units u[0..n) over ncols columns. */
static bulletin_status place(scan *s, const unit *u, size_t n, size_t ncols, const size_t *x,
                             size_t nx)
{
    bulletin_status status = BULLETIN_OK;
    if (n <= ncols) {
        BL_CHECK(bl_shape_out_row(s, 1));
        if (n + 1 == ncols && ncols >= 3)
            BL_CHECK(pad(s, 0, 1, u[0].a)); /* no label column's cell */
        for (size_t k = 0; k < n; k++)
            BL_CHECK(out_unit(s, &u[k]));
        return BULLETIN_OK;
    }
    size_t leaves = ncols - 1, top = n - leaves;
    if (ncols >= 3 && top < leaves) {
        BL_CHECK(bl_shape_out_row(s, 1));
        for (size_t k = 0; k < top; k++)
            BL_CHECK(out_unit(s, &u[k]));
        BL_CHECK(pad(s, top, ncols, u[top - 1].a));
        /* the leaves, at columns 1..; a wide gap starts another row */
        size_t split = n;
        for (size_t k = top + 1; k < n && split == n; k++)
            if (s->cells[u[k].a].wide)
                split = k;
        for (int part = 0; part < 2; part++) {
            size_t from = part ? split : top, to = part ? n : split;
            if (from >= to)
                continue;
            BL_CHECK(bl_shape_out_row(s, 1));
            BL_CHECK(pad(s, 0, 1 + (from - top), u[from].a));
            for (size_t k = from; k < to; k++)
                BL_CHECK(out_unit(s, &u[k]));
            BL_CHECK(pad(s, 1 + (to - top), ncols, u[to - 1].a));
        }
        return BULLETIN_OK;
    }
    /* one cell: the words in order */
    BL_CHECK(bl_shape_out_row(s, 1));
    BL_CHECK(bl_shape_out_cell(s, x, nx, x[0]));
cleanup:
    return status;
}

/* Header cells in rows as a web page lists them: the first row full
 * (ncols cells, empty ones among them), each lower row filling, in
 * order, the columns left empty above (a cell spanning rows is not
 * repeated below it).  col[k] gets the lowest text cell of column k, and
 * *levels the number of rows; false when the cells do not fill so. */
static bool hole_fill(const scan *s, const size_t *hc, size_t nh, size_t ncols, size_t *col,
                      size_t *grid, size_t *levels)
{
    if (nh <= ncols)
        return false;
    size_t holes = 0, k = 0;
    for (size_t c = 0; c < ncols; c++, k++) {
        col[c] = grid[c] = hc[k];
        holes += !s->cells[hc[k]].npieces;
    }
    *levels = 1;
    while (k < nh) {
        if (!holes || nh - k < holes || *levels >= 4)
            return false;
        const size_t *up = grid + (*levels - 1) * ncols;
        size_t *row = grid + *levels * ncols;
        holes = 0;
        for (size_t c = 0; c < ncols; c++) {
            row[c] = SIZE_MAX; /* the cell above spans down */
            if (up[c] == SIZE_MAX || s->cells[up[c]].npieces)
                continue;
            row[c] = hc[k++];
            if (s->cells[row[c]].npieces)
                col[c] = row[c];
            else
                holes++;
        }
        (*levels)++;
    }
    return true;
}

/* The rows hole_fill found. */
static bulletin_status grid_rows(scan *s, const size_t *grid, size_t levels, size_t ncols,
                                 size_t at)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t r = 0; r < levels; r++) {
        BL_CHECK(bl_shape_out_row(s, 1));
        for (size_t c = 0; c < ncols; c++) {
            size_t id = grid[r * ncols + c];
            BL_CHECK(bl_shape_out_cell(s, id != SIZE_MAX ? &id : NULL, id != SIZE_MAX,
                                       id != SIZE_MAX ? id : at));
        }
    }
cleanup:
    return status;
}

/* Whether cell k, one piece, ends in a unit in brackets: (億元), 增長(%),
 * 比重（%）; *bare when it is the brackets alone.  A converter's pinyin
 * reading (總產(chǎn)) is no unit. */
static bool unit_cell(const scan *s, size_t k, bool *bare)
{
    const rcell *c = &s->cells[k];
    *bare = false;
    if (c->npieces != 1 || c->type != T_TEXT)
        return false;
    const bl_line *pc = &s->pieces[c->piece0];
    const unsigned char *t = (const unsigned char *)s->p->src + pc->off;
    uint32_t cp[48];
    size_t n = 0, j = 0;
    while (j < pc->len) {
        if (n == sizeof cp / sizeof *cp)
            return false;
        int b = bl_utf8_decode(t + j, pc->len - j, &cp[n]);
        if (b <= 0)
            return false;
        j += (size_t)b;
        n++;
    }
    while (n && bl_p_is_space(cp[n - 1]))
        n--;
    size_t a = 0;
    while (a < n && bl_p_is_space(cp[a]))
        a++;
    if (n < a + 3 || (cp[n - 1] != ')' && cp[n - 1] != 0xFF09))
        return false;
    size_t o = n - 1;
    while (o > a && cp[o - 1] != '(' && cp[o - 1] != 0xFF08)
        o--;
    if (o == a || n - 1 - o == 0 || n - 1 - o > 6)
        return false;
    o--; /* the bracket */
    if (o > a && bl_p_reading_at(cp, n, o) == n - o)
        return false;
    for (size_t i = o + 1; i + 1 < n; i++)
        if (bl_p_is_digit(cp[i]) || bl_p_is_space(cp[i]))
            return false;
    *bare = o == a;
    return true;
}

bool bl_shape_unit_heads(const scan *s, const size_t *hc, size_t nh, size_t ncols, size_t *at)
{
    if (ncols < 2 || nh < ncols)
        return false;
    for (size_t k = 0; k < nh; k++)
        if (!s->cells[hc[k]].npieces || s->cells[hc[k]].type == T_NUM
            || s->cells[hc[k]].script == S_LATIN)
            return false;
    bool wrapped = false, bare;
    size_t e = nh;
    at[ncols - 1] = nh;
    for (size_t col = ncols - 1; col-- > 0;) {
        if (e == 0 || !unit_cell(s, hc[e - 1], &bare))
            return false;
        size_t st = e - 1;
        if (col > 0) {
            while (st > 0 && e - st < 3 && !unit_cell(s, hc[st - 1], &bare))
                st--;
        } else {
            unit_cell(s, hc[e - 1], &bare);
            if (bare) {
                if (st == 0 || unit_cell(s, hc[st - 1], &bare))
                    return false;
                st--;
            }
        }
        wrapped |= e - st > 1;
        at[col] = st;
        e = st;
    }
    return wrapped;
}

/* The header of bl_shape_unit_heads: one row, the cells before the value
 * columns' in the corner, each value column's cells joined. */
static bulletin_status unit_row(scan *s, const size_t *hc, const size_t *at, size_t ncols)
{
    bulletin_status status = BULLETIN_OK;
    BL_CHECK(bl_shape_out_row(s, 1));
    if (at[0])
        BL_CHECK(bl_shape_out_cell(s, hc, at[0], hc[0]));
    else
        BL_CHECK(pad(s, 0, 1, hc[0]));
    for (size_t col = 0; col + 1 < ncols; col++) {
        for (size_t k = at[col] + 1; k < at[col + 1]; k++) {
            const rcell *c = &s->cells[hc[k]];
            s->pieces[c->piece0].join = c->script == S_HAN || s->cells[hc[k - 1]].script == S_HAN;
        }
        BL_CHECK(bl_shape_out_cell(s, hc + at[col], at[col + 1] - at[col], hc[at[col]]));
    }
cleanup:
    return status;
}

bulletin_status bl_shape_header(scan *s, const size_t *hc, size_t nh, size_t ncols)
{
    bulletin_status status = BULLETIN_OK;
    size_t *x = NULL, *col = NULL, *grid = NULL;
    unit *u = NULL;
    if (!nh || ncols < 2)
        return BULLETIN_OK;
    x = bl_calloc(s->p->mem, nh, sizeof *x);
    u = bl_calloc(s->p->mem, nh + ncols, sizeof *u);
    col = bl_calloc(s->p->mem, ncols, sizeof *col);
    grid = bl_calloc(s->p->mem, 4 * ncols, sizeof *grid);
    if (!x || !u || !col || !grid) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t nx = 0, nl = 0, nz = 0, zlast = 0;
    bool empties = false;
    for (size_t k = 0; k < nh; k++) {
        const rcell *c = &s->cells[hc[k]];
        if (!c->npieces) {
            empties = true;
            continue;
        }
        x[nx++] = hc[k];
        nl += latin(c);
        if (han(c))
            nz++, zlast = k + 1;
    }
    if (!nx)
        goto cleanup;
    if (!empties && bl_shape_unit_heads(s, hc, nh, ncols, col)) {
        status = unit_row(s, hc, col, ncols);
        goto cleanup;
    }
    size_t n = 0, levels = 0;
    bool interleaved = nl >= 2, blocked = nl >= 2 && nz + nl == nx;
    for (size_t k = 0; k < nx; k++) {
        const rcell *c = &s->cells[x[k]];
        if (latin(c) && (k == 0 || !han(&s->cells[x[k - 1]])))
            interleaved = false;
        if (blocked && (k < nz) != han(c))
            blocked = false;
    }
    if (blocked && nl == ncols && hole_fill(s, hc, zlast, ncols, col, grid, &levels)) {
        /* the Chinese rows as the page lists them (a column's label may
         * stand in a lower row), then the Latin row */
        BL_CHECK(grid_rows(s, grid, levels, ncols, hc[0]));
        BL_CHECK(bl_shape_out_row(s, 1));
        for (size_t k = 0; k < ncols; k++)
            BL_CHECK(bl_shape_out_cell(s, &x[nz + k], 1, x[nz + k]));
        goto cleanup;
    } else if (blocked && nz == nl) {
        for (size_t k = 0; k < nz; k++)
            u[n++] = (unit){x[k], x[nz + k]};
    } else if (interleaved) {
        for (size_t k = 0; k < nx; k++) {
            bool pair = k + 1 < nx && latin(&s->cells[x[k + 1]]);
            u[n++] = (unit){x[k], pair ? x[k + 1] : SIZE_MAX};
            k += pair;
        }
    } else if (empties && hole_fill(s, hc, nh, ncols, col, grid, &levels)) {
        status = grid_rows(s, grid, levels, ncols, hc[0]);
        goto cleanup;
    } else if (empties && nh % ncols == 0 && nh / ncols <= 3) {
        status = filled_rows(s, hc, nh, ncols);
        goto cleanup;
    } else {
        for (size_t k = 0; k < nx; k++)
            u[n++] = (unit){x[k], SIZE_MAX};
    }
    status = place(s, u, n, ncols, x, nx);
cleanup:
    bl_free(s->p->mem, x);
    bl_free(s->p->mem, u);
    bl_free(s->p->mem, col);
    bl_free(s->p->mem, grid);
    return status;
}
