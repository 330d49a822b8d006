/*
 * table_shapes.h - what table_shapes.c (finding the tables of other
 * shapes) and table_header.c (laying their header cells over the
 * columns) share.
 */
#ifndef BL_TABLE_SHAPES_H
#define BL_TABLE_SHAPES_H

#include "doc/parse_int.h"

/* The type of a cell. */
enum { T_NONE = 0, T_TEXT, T_NUM, T_YEAR, T_EMPTY };
/* Its script: Han (地区Regions too), Latin letters only, neither. */
enum { S_OTHER = 0, S_HAN, S_LATIN };
/* What a line is. */
enum {
    F_NONE = 0,
    F_BARE,    /* only bars: merged or empty cells */
    F_BARCELL, /* one cell, then a bar: 地区生产总值 | */
    F_PLAIN,   /* one short cell, no bar */
    F_ROW      /* a label, then values: 北京  Beijing 127062 1796 */
};

/* A space-separated token of the decoded line. */
typedef struct {
    size_t from, to;   /* code points of p->cur */
    size_t bfrom, bto; /* bytes of the line */
    int year;
    unsigned char type, script;
    unsigned char gap;    /* spaces before it (at most 9) */
    unsigned char single; /* one Han character (北 京) */
} tok;

typedef struct {
    size_t from, to;   /* the cell's code points (F_BARE: the last bar) */
    size_t bfrom, bto; /* its bytes */
    int year;
    unsigned nchars;
    unsigned short nbars, v, nlabel;
    unsigned char form, type, script;
    unsigned char stop; /* no header reaches above it */
    unsigned char term; /* ends in punctuation: not wrapped */
    unsigned char period; /* periods alone, spaced apart: 2018年3月  2月 */
} linfo;

/* A cell found in the text: pieces of lines (none: an empty cell). */
typedef struct {
    size_t piece0, npieces;
    size_t first, last; /* its lines */
    int line, column;   /* its place */
    int year;
    unsigned char type, script;
    unsigned char wide; /* a wider gap than usual before it */
} rcell;

/* A row found: label cells, then value cells (indices of rcells). */
typedef struct {
    size_t lab0, nlab, val0, nval;
    bool num;
} drow;

/* Output: a cell joining rcells ix[ix0 ..), or empty, placed like `at`. */
typedef struct {
    size_t ix0, nix, at;
} ocell;

typedef struct {
    size_t oc0, noc;
    unsigned char kind;
} orow;

typedef struct {
    parser *p;
    linfo *info;
    tok *toks;
    size_t ntoks, cap_toks;
    rcell *cells;
    size_t ncells, cap_cells;
    bl_line *pieces;
    size_t npieces, cap_pieces;
    drow *groups, *drows;
    size_t ngroups, cap_groups, ndrows, cap_drows;
    size_t *hc;
    size_t cap_hc;
    size_t *ix;
    size_t nix, cap_ix;
    ocell *ocells;
    size_t noc, cap_ocells;
    orow *orows;
    size_t norows, cap_orows;
    size_t labcols; /* label cells kept as columns of their own (a 单位
                     * column after the label); 0 or 1: one label cell */
    const size_t *grid; /* a header laid out already: glevels rows of the
                         * column count, rcell ids (SIZE_MAX: empty) */
    size_t glevels;
} scan;

/* Makes room for `need` elements in arr (capacity cap); on failure sets
 * st to BULLETIN_ERR_NOMEM and jumps to cleanup. */
#define RESERVE(st, mem, arr, cap, need)                                                  \
    do {                                                                                  \
        if ((need) > (cap)) {                                                             \
            size_t c_ = (cap) ? (cap) : 16;                                               \
            while (c_ < (need))                                                           \
                c_ *= 2;                                                                  \
            void *a_ = bl_realloc_array((mem), (arr), c_, sizeof *(arr));                 \
            if (!a_) {                                                                    \
                (st) = BULLETIN_ERR_NOMEM;                                                \
                goto cleanup;                                                             \
            }                                                                             \
            (arr) = a_;                                                                   \
            (cap) = c_;                                                                   \
        }                                                                                 \
    } while (0)

/* table_shapes.c: whether cp[0..n) is one number written with spaces,
 * thousands grouped (10 536 205, 2 448.3) or its sign apart (- 1.05). */
bool bl_p_spaced_number(const uint32_t *cp, size_t n);

/* table_build.c: a new output row, a cell in it; the table of the header
 * cells hc[0..nh) and the rows s->drows, kept and its lines marked. */
bulletin_status bl_shape_out_row(scan *s, unsigned char kind);
bulletin_status bl_shape_out_cell(scan *s, const size_t *ids, size_t n, size_t at);
bulletin_status bl_shape_emit(scan *s, const size_t *hc, size_t nh, size_t ncols);

/* table_header.c: the header rows from the header cells hc[0..nh)
 * (rcell indices, in reading order) over ncols columns. */
bulletin_status bl_shape_header(scan *s, const size_t *hc, size_t nh, size_t ncols);
/* Whether the header cells hc[0..nh) name the ncols - 1 value columns
 * wrapped over cells, each column's last cell ending in its unit in
 * brackets (總量 / (億元) / 比上年同期 / 增長(%)), one column at least
 * over two cells: at[c] is where value column c's cells start, at[ncols
 * - 1] == nh; the cells before at[0] stand before the header's columns
 * (its corner, or a caption and the corner). */
bool bl_shape_unit_heads(const scan *s, const size_t *hc, size_t nh, size_t ncols, size_t *at);

#endif
