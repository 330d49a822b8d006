/*
 * paginate.c - the blocks of lines onto pages, on a baseline grid (the
 * template's line pitch): every block ends on the grid; a heading keeps
 * the first two lines of its text with it (never a heading at a page
 * foot); a paragraph never leaves its first line alone at a page foot
 * nor its last line alone at a page top (孤行): the page then ends a
 * line short, on the same grid; the 落款 and date are never split and
 * take the last two lines of the text before them along; a table's rows
 * go whole (a row taller than a page between its lines), its header rows
 * repeated at the top of the next page.  A
 * fixed grid (GB/T 9704: lines_per_page) keeps its 22 rows; a page may
 * end one line short (two where a three-line paragraph allows nothing
 * else).
 *
 * When the last page would hold only a few lines, the last pages before
 * it (one, then two, three) are set a little closer (L.min_row of the
 * template's pitch: never below 95 %) if that saves the page; the pages
 * before keep the template's leading.  A short last page is better than
 * cramped text.  Free grids only.
 */
#include <math.h>

#include "pdf_int.h"

/* Pitch and space before of a block on the current grid (c->row). */
static double block_line_pitch(const ctx *c, const pblock *b) { return sty(c, b->st)->pitch * c->row; }

static double block_before(const ctx *c, const pblock *b)
{
    return b->tight ? 0 : sty(c, b->st)->before * c->row;
}

/* Sets the grid to `row` pt: c->row, and c->height, the type area's
 * whole number of rows (the template's lines per page when it names
 * them). */
void bl_pdf_set_grid(ctx *c, double row)
{
    c->row = row;
    double rows = floor((c->tt - c->tb) / row + 1e-9);
    if (c->tpl.lines_per_page > 0) /* the last slot ends (row - body) below the type area */
        rows = c->tpl.lines_per_page;
    c->height = rows * row;
}

/* Height a heading needs at a page foot: itself, the deeper headings
 * that open right under it, and the first keep_lines lines (or the
 * header and first row) of what follows.  A following heading of the
 * same or a higher level ends the chain: the heading is then empty and
 * needs only itself. */
static double keep_height(const ctx *c, size_t bi)
{
    const pblock *b = &c->blocks[bi];
    size_t keep = (size_t)L.keep_lines;
    double h = (double)b->count * block_line_pitch(c, b);
    for (size_t i = bi + 1; i < c->nblocks; i++) {
        const pblock *n = &c->blocks[i];
        /* the space after a heading, then the grid */
        double at = ceil((h + sty(c, b->st)->after * c->row) / c->row - 1e-6) * c->row;
        if (n->heading) {
            /* a caption stays with whatever follows (a figure's caption
             * has no table after it) */
            if (n->level <= b->level && b->st != BL_EL_CAPTION)
                return h;
            h = at + block_before(c, n) + (double)n->count * block_line_pitch(c, n);
            b = n;
            continue;
        }
        h = at + block_before(c, n);
        if (n->kind == BK_ROW) {
            /* the header rows and the first row after them */
            for (size_t j = i; j < c->nblocks && c->blocks[j].kind == BK_ROW
                               && c->blocks[j].table == n->table;
                 j++) {
                h += c->blocks[j].height;
                if (!c->blocks[j].head)
                    break;
            }
        } else {
            size_t k = n->count < keep || n->whole ? n->count : keep;
            if (n->count == keep + 1 && !n->whole)
                k = n->count; /* 2 + 1 would leave a line alone */
            h += (double)k * block_line_pitch(c, n);
        }
        break;
    }
    return h;
}

typedef struct {
    int page;
    double y;        /* from the top of the type area */
    double base_row; /* the template's grid */
    double tight_row;
    int tight_from;  /* pages from this one on use tight_row (0: none) */
} pstate;

static void new_page(ctx *c, pstate *ps)
{
    ps->page++;
    ps->y = 0;
    if (ps->tight_from && ps->page >= ps->tight_from && c->row != ps->tight_row)
        bl_pdf_set_grid(c, ps->tight_row);
}

/* Puts lines first .. first+k-1 of block b at y (top of the first slot). */
static void put_lines(ctx *c, const pblock *b, size_t from, size_t k, int page, double y)
{
    double pitch = block_line_pitch(c, b);
    const bl_style *s = sty(c, b->st);
    for (size_t j = 0; j < k; j++) {
        pline *pl = &c->lines[b->first + from + j];
        pl->page = page;
        pl->y = c->tt - y - (double)j * pitch - slot_baseline(c, pitch, s->size);
    }
}

/* A table's header rows again at the top of the page (y = 0). */
static void repeat_header(ctx *c, pstate *ps, size_t ti)
{
    const ptable *t = &c->tables[ti];
    double top = c->tt - ps->y, h = 0;
    for (size_t bi = t->head_first; bi < t->head_first + t->nhead; bi++) {
        const pblock *hb = &c->blocks[bi];
        for (size_t i = hb->first; i < hb->first + hb->count; i++) {
            if (bl_pdf_grow(c->mem, (void **)&c->lines, &c->cap_lines, c->nlines + 1,
                            sizeof *c->lines)
                != BULLETIN_OK)
                return; /* no copy: the page goes without */
            pline *cp = &c->lines[c->nlines++];
            *cp = c->lines[i];
            cp->copy = cp->meta = true;
            cp->page = ps->page;
            cp->y = c->tt - ps->y - h - cp->dy;
        }
        h += hb->height;
    }
    if (bl_pdf_grow(c->mem, (void **)&c->repeats, &c->cap_repeats, c->nrepeats + 1,
                    sizeof *c->repeats)
        == BULLETIN_OK)
        c->repeats[c->nrepeats++] = (prepeat){ti, ps->page, top, h};
    ps->y += h;
}

/* Lines of block `p` on page `page` at its end. */
static size_t lines_on(const ctx *c, const pblock *p, int page)
{
    size_t on = 0;
    for (size_t i = p->first + p->count; i-- > p->first && c->lines[i].page == page;)
        on++;
    return on;
}

/* Block `b` at y on the page, from its line `from`. */
static void put_block(ctx *c, pstate *ps, pblock *b, size_t from)
{
    put_lines(c, b, from, b->count - from, ps->page, ps->y);
    if (from == 0) {
        b->page = ps->page;
        b->top = c->tt - ps->y;
    }
    ps->y += (double)(b->count - from) * block_line_pitch(c, b);
    ps->y += sty(c, b->st)->after * c->row;
    ps->y = ceil(ps->y / c->row - 1e-6) * c->row;
}

/* The 落款 block `bi` goes to a new page: the text before it comes along
 * (GB/T 9704: the 落款 never stands without text on its page): its last
 * keep_prev lines, over as many paragraphs and 附件说明 items as that
 * takes (a paragraph's every line on the page when one would stay
 * alone; the heading right over a paragraph taken whole). */
static void carry_before(ctx *c, pstate *ps, size_t bi)
{
    const pblock *b = &c->blocks[bi];
    int from_page = ps->page;
    new_page(c, ps);
    if (b->keep_prev <= 0)
        return;
    size_t first = bi, from = 0; /* what moves: blocks first .. bi-1, the first from line `from` */
    size_t need = (size_t)b->keep_prev;
    for (size_t pi = bi; pi-- > 0 && need > 0;) {
        pblock *p = &c->blocks[pi];
        if (p->kind != BK_TEXT || p->whole || p->heading)
            break;
        size_t on = lines_on(c, p, from_page);
        if (on == 0)
            break;
        size_t take = on < need ? on : need;
        if (take < on && take < 2)
            take = on < 2 ? on : 2; /* no last line alone at the top */
        if (on - take == 1)
            take = on; /* nor a first line alone at the foot */
        first = pi;
        from = p->count - take;
        need = take >= need ? 0 : need - take;
        if (take < on)
            break;
        if (take == p->count && pi > 0 && c->blocks[pi - 1].heading
            && c->blocks[pi - 1].kind == BK_TEXT
            && lines_on(c, &c->blocks[pi - 1], from_page) == c->blocks[pi - 1].count) {
            first = pi - 1; /* the heading over the paragraph comes too */
            from = 0;
            break;
        }
    }
    for (size_t pi = first; pi < bi; pi++) {
        pblock *p = &c->blocks[pi];
        if (pi > first && !p->tight && ps->y > 1e-6)
            ps->y += block_before(c, p);
        put_block(c, ps, p, pi == first ? from : 0);
    }
}

/* A table row taller than a page, from the top of one: split between
 * lines, each page's part under the header rows repeated.  b->cut gets
 * the part on its first page; the other parts go to c->parts. */
static void split_row(ctx *c, pstate *ps, pblock *b)
{
    const double eps = 1e-6;
    double off = 0;            /* the row's y at the top of this page's part */
    double top = ps->y;        /* where that part starts on the page */
    int page = ps->page;
    /* lines in the order of their baselines (cells interleave) */
    for (;;) {
        size_t best = SIZE_MAX;
        double lo = INFINITY;
        for (size_t i = b->first; i < b->first + b->count; i++)
            if (c->lines[i].page == 0 && c->lines[i].dy < lo) {
                lo = c->lines[i].dy;
                best = i;
            }
        if (best == SIZE_MAX)
            break;
        pline *pl = &c->lines[best];
        double size = pl->count ? c->glyphs[pl->first].size : c->body;
        if (pl->dy + 0.3 * size - off > c->height - top + eps && pl->dy - off > size) {
            /* the page is full: the part ends above this line */
            double cut = pl->dy - 0.9 * size - L.cell_pad / 2;
            if (page == b->page)
                b->cut = cut;
            else if (bl_pdf_grow(c->mem, (void **)&c->parts, &c->cap_parts, c->nparts + 1,
                                 sizeof *c->parts)
                     == BULLETIN_OK)
                c->parts[c->nparts++] = (prepeat){b->table, page, c->tt - top, cut - off};
            new_page(c, ps);
            if (c->tables[b->table].nhead && !b->head)
                repeat_header(c, ps, b->table);
            page = ps->page;
            top = ps->y;
            off = cut;
            pl = &c->lines[best];
        }
        pl->page = page;
        pl->y = c->tt - top - (pl->dy - off);
    }
    if (page != b->page
        && bl_pdf_grow(c->mem, (void **)&c->parts, &c->cap_parts, c->nparts + 1, sizeof *c->parts)
               == BULLETIN_OK)
        c->parts[c->nparts++] = (prepeat){b->table, page, c->tt - top, b->height - off};
    ps->y = top + (b->height - off);
}

/* One pass over the blocks with `ps` (its page and y at the start). */
static void paginate_once(ctx *c, pstate *ps)
{
    const double eps = 1e-6;
    c->nlines = c->nlines_laid; /* header copies of an earlier pass */
    c->nrepeats = c->nparts = 0;
    for (size_t i = 0; i < c->nlines; i++)
        c->lines[i].page = 0; /* split_row finds its lines still to place */
    bl_pdf_set_grid(c, ps->tight_from && ps->page >= ps->tight_from ? ps->tight_row : ps->base_row);
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        pblock *b = &c->blocks[bi];
        const bl_style *s = sty(c, b->st);
        double H = c->height;
        /* a heading keeps its space at a page top too: the grid rounds
         * it up anyway, and the heading then sits close to its text */
        double before = block_before(c, b);
        bool row_cont = b->kind == BK_ROW && bi > 0 && c->blocks[bi - 1].kind == BK_ROW
                        && c->blocks[bi - 1].table == b->table;
        if (row_cont)
            before = 0; /* only before a table's first row */
        if (b->heading && ps->y > eps && ps->y + before + keep_height(c, bi) > H + eps)
            new_page(c, ps);
        if (ps->y > eps || b->heading)
            ps->y += before;
        if (b->kind == BK_ROW) {
            H = c->height;
            bool tall = b->height > H - c->row; /* split between its lines */
            if (ps->y > eps && ps->y + b->height > H + eps && (!tall || H - ps->y < 3 * c->row)) {
                new_page(c, ps);
                if (row_cont && !b->head && c->tables[b->table].nhead)
                    repeat_header(c, ps, b->table);
            }
            b->page = ps->page;
            b->top = c->tt - ps->y;
            b->cut = 0;
            if (ps->y + b->height > H + eps)
                split_row(c, ps, b);
            else {
                for (size_t i = b->first; i < b->first + b->count; i++) {
                    c->lines[i].page = ps->page;
                    c->lines[i].y = b->top - c->lines[i].dy;
                }
                ps->y += b->height;
            }
            const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
            if (!(nx && nx->kind == BK_ROW && nx->table == b->table)) {
                ps->y += s->after * c->row;
                ps->y = ceil(ps->y / c->row - 1e-6) * c->row; /* after the table: the grid */
            }
            continue;
        }
        if (b->whole && ps->y > eps && ps->y + (double)b->count * block_line_pitch(c, b) > H + eps) {
            carry_before(c, ps, bi);
            if (ps->y > eps)
                ps->y += before; /* its space before, under the text it took along */
            H = c->height;
        }
        size_t n = b->count, i = 0;
        bool first_part = true;
        while (i < n) {
            double pitch = block_line_pitch(c, b);
            H = c->height;
            /* A table row taller than the room left can put y past the
             * page foot (found by fuzzing): no line fits then. */
            double room = floor((H - ps->y + eps) / pitch);
            size_t fit = room > 0 ? (size_t)room : 0;
            size_t k = n - i;
            if (fit < k) {
                k = fit;
                if (!b->heading && !b->whole && n - i - k == 1 && k > 0)
                    k--; /* no 孤行: one more line to the next page */
                if (first_part && k < (size_t)L.keep_lines && n > 1)
                    k = 0; /* the first line alone at a page foot */
                if (b->heading || b->whole)
                    k = 0;
                if (k == 0 && ps->y <= eps)
                    k = fit > 0 ? fit : 1; /* cannot do better on an empty page */
            }
            if (k == 0) {
                new_page(c, ps);
                continue;
            }
            if (first_part) {
                b->page = ps->page;
                b->top = c->tt - ps->y;
            }
            put_lines(c, b, i, k, ps->page, ps->y);
            ps->y += (double)k * pitch;
            i += k;
            first_part = false;
            if (i < n)
                new_page(c, ps);
        }
        /* consecutive paragraphs of one style (the lead, a list) flow on
         * their own pitch; after the run, the space after and back onto
         * the grid */
        const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
        bool same = nx && nx->kind == BK_TEXT && !nx->heading && !b->heading && nx->st == b->st;
        if (!same) {
            ps->y += s->after * c->row;
            ps->y = ceil(ps->y / c->row - 1e-6) * c->row;
        }
        if (ps->y > c->height + eps)
            new_page(c, ps);
    }
    c->npages = ps->page;
    c->last_page_lines = 0;
    for (size_t i = 0; i < c->nlines_laid; i++)
        c->last_page_lines += c->lines[i].page == ps->page;
}

/* Pagination; the last pages a little closer when that saves a nearly
 * empty last page. */
void bl_pdf_paginate(ctx *c)
{
    pstate ps = {c->front + 1, 0, c->tpl.line_pitch, c->tpl.line_pitch, 0};
    paginate_once(c, &ps);
    if (c->npages > c->front + 1 && c->last_page_lines <= L.squeeze_lines
        && c->tpl.lines_per_page == 0) {
        int loose = c->npages;
        for (int back = 1; back <= L.squeeze_pages && c->npages >= loose && loose - back > c->front;
             back++) {
            ps = (pstate){c->front + 1, 0, c->tpl.line_pitch, L.min_row * c->tpl.line_pitch,
                          loose - back};
            paginate_once(c, &ps);
        }
        if (c->npages >= loose) {
            ps = (pstate){c->front + 1, 0, c->tpl.line_pitch, c->tpl.line_pitch, 0};
            paginate_once(c, &ps);
        }
    }
    bl_pdf_set_grid(c, c->tpl.line_pitch);
}
