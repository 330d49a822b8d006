/*
 * paginate.c - the blocks of lines onto pages, on a baseline grid (the
 * template's line pitch): every block ends on the grid; headings keep
 * their first lines of text with them; a paragraph never leaves one line
 * alone at a page foot or top (孤行); a table's rows go whole.  A fixed
 * grid (GB/T 9704: lines_per_page) fills every page instead.  When the
 * last page would hold only a few lines, the whole grid is tightened a
 * little (down to L.min_row) if that saves the page.
 */
#include <math.h>

#include "pdf_int.h"

/* Pitch and space before of a block on the current grid (c->row). */
static double block_line_pitch(const ctx *c, const pblock *b) { return sty(c, b->st)->pitch * c->row; }

static double block_before(const ctx *c, const pblock *b) { return sty(c, b->st)->before * c->row; }

/* Sets the grid to `row` pt: the type area holds a whole number of rows
 * (the template's lines per page when it names them). */
void bl_pdf_set_grid(ctx *c, double row)
{
    c->row = row;
    double rows = floor((c->tt - c->tb) / row + 1e-9);
    if (c->tpl.lines_per_page > 0) /* the last slot ends (row - body) below the type area */
        rows = c->tpl.lines_per_page;
    c->height = rows * row;
}

/* Height a heading needs at a page foot: itself, the deeper headings
 * that open right under it, and the first keep_lines lines (or row) of
 * the text that follows.  A following heading of the same or a higher
 * level ends the chain: the heading is then empty and needs only itself. */
static double keep_height(const ctx *c, size_t bi)
{
    const pblock *b = &c->blocks[bi];
    /* a fixed grid (GB/T 9704: 22 lines a page, filling the type area)
     * keeps a heading with one line only */
    size_t keep = c->tpl.lines_per_page > 0 ? 1 : (size_t)L.keep_lines;
    double h = (double)b->count * block_line_pitch(c, b);
    for (size_t i = bi + 1; i < c->nblocks; i++) {
        const pblock *n = &c->blocks[i];
        h += block_before(c, n);
        if (n->heading) {
            if (n->level <= b->level)
                return h - block_before(c, n);
            h += (double)n->count * block_line_pitch(c, n);
            b = n;
            continue;
        }
        if (n->kind == BK_ROW)
            h += n->height;
        else
            h += (double)(n->count < keep ? n->count : keep) * block_line_pitch(c, n);
        break;
    }
    return h;
}

/* One pass on the current grid (c->row). */
static void paginate_once(ctx *c)
{
    const double eps = 1e-6, H = c->height;
    int page = c->front + 1;
    /* a fixed grid fills every page: no widow and orphan control (GB/T
     * 9704 5.2.3: 22 lines a page, filling the type area) */
    bool fill = c->tpl.lines_per_page > 0;
    double y = 0; /* from the top of the type area */
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        pblock *b = &c->blocks[bi];
        const bl_style *s = sty(c, b->st);
        /* a heading keeps its space at a page top too: the grid rounds
         * it up anyway, and the heading then sits close to its text */
        double before = block_before(c, b);
        if (b->kind == BK_ROW && bi > 0 && c->blocks[bi - 1].kind == BK_ROW
            && c->blocks[bi - 1].table == b->table)
            before = 0; /* only before a table's first row */
        if (b->heading && y > eps && y + before + keep_height(c, bi) > H + eps) {
            page++;
            y = 0;
        }
        if (y > eps || b->heading)
            y += before;
        if (b->kind == BK_ROW) {
            if (y > eps && y + b->height > H + eps) {
                page++;
                y = 0;
            }
            b->page = page;
            b->top = c->tt - y;
            for (size_t i = b->first; i < b->first + b->count; i++) {
                c->lines[i].page = page;
                c->lines[i].y = b->top - c->lines[i].dy;
            }
            y += b->height;
            const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
            if (!(nx && nx->kind == BK_ROW && nx->table == b->table)) {
                y += s->after * c->row;
                y = ceil(y / c->row - 1e-6) * c->row; /* after the table: the grid */
            }
            continue;
        }
        double pitch = block_line_pitch(c, b);
        size_t n = b->count, i = 0;
        bool first_part = true;
        while (i < n) {
            /* A table row taller than the room left can put y past the
             * page foot (found by fuzzing): no line fits then. */
            double room = floor((H - y + eps) / pitch);
            size_t fit = room > 0 ? (size_t)room : 0;
            size_t k = n - i;
            if (fit < k) {
                k = fit;
                if (!b->heading && n - i - k == 1 && k > 0 && !fill)
                    k--; /* no 孤行: take one more line to the next page */
                if (first_part && k < (size_t)L.keep_lines && n > 1 && !fill)
                    k = 0; /* the first line alone at a page foot */
                if (b->heading)
                    k = 0;
                if (k == 0 && y <= eps)
                    k = fit > 0 ? fit : 1; /* cannot do better on an empty page */
            }
            if (k == 0) {
                page++;
                y = 0;
                continue;
            }
            if (first_part) {
                b->page = page;
                b->top = c->tt - y;
            }
            for (size_t j = 0; j < k; j++) {
                pline *pl = &c->lines[b->first + i + j];
                pl->page = page;
                pl->y = c->tt - y - (double)j * pitch - slot_baseline(c, pitch, s->size);
            }
            y += (double)k * pitch;
            i += k;
            first_part = false;
            if (i < n) {
                page++;
                y = 0;
            }
        }
        /* consecutive paragraphs of one style (the lead) flow on their own
         * pitch; after the run, the space after and back onto the grid */
        const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
        bool same = nx && nx->kind == BK_TEXT && !nx->heading && !b->heading && nx->st == b->st;
        if (!same) {
            y += s->after * c->row;
            y = ceil(y / c->row - 1e-6) * c->row;
        }
        if (y > H + eps) {
            page++;
            y = 0;
        }
    }
    c->npages = page;
    c->last_page_lines = 0;
    for (size_t i = 0; i < c->nlines; i++)
        c->last_page_lines += c->lines[i].page == page;
}

/* Pagination, on a closer grid when that saves a nearly empty last page. */
void bl_pdf_paginate(ctx *c)
{
    paginate_once(c);
    if (c->npages > c->front + 1 && c->last_page_lines <= L.squeeze_lines
        && c->tpl.lines_per_page == 0) {
        /* a nearly empty last page: a slightly closer grid, the same on
         * every page, if that saves the page */
        int loose = c->npages;
        double row = c->tpl.line_pitch;
        while (c->npages >= loose && (row -= L.squeeze_step * c->body) >= L.min_row * c->body - 1e-9) {
            bl_pdf_set_grid(c, row);
            paginate_once(c);
        }
        if (c->npages >= loose) {
            bl_pdf_set_grid(c, c->tpl.line_pitch);
            paginate_once(c);
        }
    }
}
