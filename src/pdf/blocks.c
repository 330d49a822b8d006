/*
 * blocks.c - the model laid out, before pagination: every title,
 * heading, paragraph and table row becomes a block of lines (pblock,
 * pline) of placed glyphs (pglyph), broken by the line-layout engine
 * (layout.h) with widths from the font set (fonts.h), in the styles of
 * the template.  The figures worth colouring (quantities) are marked on
 * their glyphs.  Also the free placement of short texts that the cover,
 * the key-figures page and the page furniture use (bl_pdf_place).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pdf_int.h"

bulletin_status bl_pdf_grow(const bulletin_mem *mem, void **p, size_t *cap, size_t need,
                            size_t size)
{
    if (need <= *cap)
        return BULLETIN_OK;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = bl_realloc_array(mem, *p, n, size);
    if (!q)
        return BULLETIN_ERR_NOMEM;
    *p = q;
    *cap = n;
    return BULLETIN_OK;
}

static void node_figures(const ctx *c, const bulletin_node *node, size_t *lo, size_t *hi)
{
    size_t a = 0, b = c->nfigs;
    while (a < b) {
        size_t m = (a + b) / 2;
        if ((uintptr_t)c->figs[m].node < (uintptr_t)node)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    while (b < c->nfigs && c->figs[b].node == node)
        b++;
    *hi = a < c->nfigs && c->figs[a].node == node ? b : a;
}

/* Lays `text` out in style `st` (at `size` pt when > 0) over `measure` pt
 * starting at page x `x0`, appends its lines (of `node`, offsets shifted
 * back by `skip` bytes of prefix such as a heading's numbering); `pitch`
 * pt between baselines (0: the style's on the template grid). */
static bulletin_status lay_text_at(ctx *c, const bulletin_node *node, const char *text, size_t len,
                                   size_t skip, int st, double size, int how, double x0,
                                   double measure, double dy0, double pitch)
{
    const bl_style *s = sty(c, st);
    bulletin_status status;
    if (size <= 0)
        size = s->size;
    bl_free(c->mem, c->chars);
    c->chars = NULL;
    c->nchars = 0;
    status = bl_lay_chars_from_utf8(text, len, size, (int)s->role, latin_of((int)s->role),
                                    bl_fontset_measure, c->fs, c->mem, &c->chars, &c->nchars);
    if (status == BULLETIN_ERR_ENCODING)
        return bl_diag_set(c->diag, status, bulletin_doc_path(c->doc), bulletin_node_line(node), 0,
                           "invalid UTF-8 in the model");
    if (status != BULLETIN_OK || c->nchars == 0)
        return status;
    bl_lay_params p;
    bl_lay_params_init(&p, size, measure);
    p.indent = s->indent * c->body;
    if (how == LAY_PARA)
        status = bl_layout_paragraph(c->chars, c->nchars, &p, c->mem, &c->lay);
    else if (how == LAY_SINGLE_LEFT)
        status = bl_layout_single(c->chars, c->nchars, &p, BL_ALIGN_LEFT, c->mem, &c->lay);
    else
        status = bl_layout_balanced(c->chars, c->nchars, &p,
                                    how == LAY_CENTER ? BL_ALIGN_CENTER
                                    : how == LAY_RIGHT ? BL_ALIGN_RIGHT
                                                       : BL_ALIGN_LEFT,
                                    c->mem, &c->lay);
    if (status != BULLETIN_OK)
        return status;
    if ((status = bl_pdf_grow(c->mem, (void **)&c->glyphs, &c->cap_glyphs,
                              c->nglyphs + c->lay.nglyphs, sizeof *c->glyphs)) != BULLETIN_OK
        || (status = bl_pdf_grow(c->mem, (void **)&c->lines, &c->cap_lines,
                                 c->nlines + c->lay.nlines, sizeof *c->lines)) != BULLETIN_OK)
        return status;
    size_t ci = 0;
    if (pitch <= 0)
        pitch = row_pt(c, st);
    /* figures in the accent colour: glyphs and figures both ascend */
    size_t fig = 0, fig_end = 0;
    if (c->nfigs && node && bulletin_node_get_type(node) != BULLETIN_NODE_DOCUMENT)
        node_figures(c, node, &fig, &fig_end);
    for (size_t li = 0; li < c->lay.nlines; li++) {
        const bl_lay_line *ln = &c->lay.lines[li];
        pline *pl = &c->lines[c->nlines++];
        memset(pl, 0, sizeof *pl);
        pl->first = c->nglyphs;
        pl->count = ln->count;
        pl->node = node;
        pl->x0 = x0;
        pl->dy = dy0 + (double)li * pitch + slot_baseline(c, pitch, size);
        pl->color = s->color;
        for (size_t k = 0; k < ln->count; k++) {
            const bl_lay_glyph *g = &c->lay.glyphs[ln->first + k];
            while (ci < c->nchars && c->chars[ci].src < g->src)
                ci++;
            pglyph *pg = &c->glyphs[c->nglyphs++];
            pg->cp = g->cp;
            pg->face = g->font;
            pg->size = (float)g->size;
            pg->x = g->x;
            pg->nat = ci < c->nchars && c->chars[ci].src == g->src ? c->chars[ci].adv : g->adv;
            pg->src = g->src;
            size_t off = g->src >= skip ? g->src - skip : (size_t)-1;
            while (fig < fig_end && off != (size_t)-1 && c->figs[fig].end <= off)
                fig++;
            pg->accent = fig < fig_end && off != (size_t)-1 && off >= c->figs[fig].off;
        }
        uint32_t src = ln->count ? c->lay.glyphs[ln->first].src : 0;
        pl->offset = src >= skip ? src - skip : 0;
    }
    return BULLETIN_OK;
}

static bulletin_status lay_text(ctx *c, const bulletin_node *node, const char *text, size_t len,
                                size_t skip, int st, int how, double x0, double measure,
                                double dy0)
{
    return lay_text_at(c, node, text, len, skip, st, 0, how, x0, measure, dy0, 0);
}

/* Free placement (cover, key figures, furniture): `text` in style `st`
 * at `size` pt (0: the style's), lines `pitch` pt apart (0: 1.25 em),
 * the first baseline at PDF y `y`, on `page`, in `color`; marked meta.
 * Stores the number of lines in *nlines and the widest line's width in
 * *width (either may be NULL). */
bulletin_status bl_pdf_place(ctx *c, const char *text, int st, double size, int how, double x0,
                             double measure, double y, double pitch, int page, bl_rgb color,
                             size_t *nlines, double *width)
{
    size_t first = c->nlines;
    if (size <= 0)
        size = sty(c, st)->size;
    if (pitch <= 0)
        pitch = 1.25 * size;
    bulletin_status status = lay_text_at(c, bulletin_doc_root(c->doc), text, strlen(text), 0, st,
                                         size, how, x0, measure, 0, pitch);
    if (status != BULLETIN_OK)
        return status;
    double w = 0;
    for (size_t i = first; i < c->nlines; i++) {
        pline *pl = &c->lines[i];
        pl->meta = true;
        pl->page = page;
        pl->y = y - (double)(i - first) * pitch;
        pl->color = color;
        if (pl->count) {
            const pglyph *g = &c->glyphs[pl->first + pl->count - 1];
            double right = g->x + g->nat - c->glyphs[pl->first].x;
            if (right > w)
                w = right;
        }
    }
    if (nlines)
        *nlines = c->nlines - first;
    if (width)
        *width = w;
    return BULLETIN_OK;
}

static bulletin_status push_block(ctx *c, int kind, int st, const bulletin_node *node,
                                  size_t first_line, pblock **out)
{
    bulletin_status status =
        bl_pdf_grow(c->mem, (void **)&c->blocks, &c->cap_blocks, c->nblocks + 1, sizeof *c->blocks);
    if (status != BULLETIN_OK)
        return status;
    pblock *b = &c->blocks[c->nblocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->st = st;
    b->node = node;
    b->first = first_line;
    b->count = c->nlines - first_line;
    *out = b;
    return BULLETIN_OK;
}

static bulletin_status add_text_block(ctx *c, const bulletin_node *node, const char *prefix,
                                      int st, int how, bool heading, bool outline)
{
    size_t len = 0;
    const char *text = bulletin_node_text(node, &len);
    size_t plen = prefix ? strlen(prefix) : 0;
    size_t first = c->nlines;
    bulletin_status status;
    /* headings: balanced lines, all of them at the indent */
    double x0 = c->left, measure = c->measure;
    if (heading && how == LAY_LEFT) {
        x0 += sty(c, st)->indent * c->body;
        measure -= sty(c, st)->indent * c->body;
    }
    if (plen) {
        bl_buf b;
        bl_buf_init(&b, c->mem);
        status = bl_buf_put(&b, prefix, plen);
        if (status == BULLETIN_OK)
            status = bl_buf_put(&b, text, len);
        if (status == BULLETIN_OK)
            status = lay_text(c, node, b.data, b.len, plen, st, how, x0, measure, 0);
        bl_buf_free(&b);
    } else {
        status = lay_text(c, node, text, len, 0, st, how, x0, measure, 0);
    }
    if (status != BULLETIN_OK)
        return status;
    if (c->nlines == first)
        return BULLETIN_OK; /* nothing to draw (e.g. a heading without text) */
    pblock *b;
    status = push_block(c, BK_TEXT, st, node, first, &b);
    if (status == BULLETIN_OK) {
        b->heading = heading;
        b->outline = outline;
    }
    return status;
}

/* A table: column widths from the cells' natural widths, each row a
 * block of its cells' lines. */
static bulletin_status add_table(ctx *c, const bulletin_node *table)
{
    bulletin_status status = BULLETIN_OK;
    size_t ncols = 0;
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t k = 0;
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell))
            k++;
        if (k > ncols)
            ncols = k;
    }
    if (ncols == 0)
        return BULLETIN_OK;
    double *want = bl_calloc(c->mem, ncols, sizeof *want);
    if (!want)
        return BULLETIN_ERR_NOMEM;
    const bl_style *s = sty(c, BL_EL_CELL);
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t k = 0;
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len;
            const char *text = bulletin_node_text(cell, &len);
            bl_free(c->mem, c->chars);
            c->chars = NULL;
            status = bl_lay_chars_from_utf8(text, len, s->size, (int)s->role, latin_of((int)s->role),
                                            bl_fontset_measure, c->fs, c->mem, &c->chars,
                                            &c->nchars);
            if (status != BULLETIN_OK)
                goto cleanup;
            /* natural width, plus room for CJK-Latin gaps */
            double w = c->nchars ? 0.5 * s->size : 0;
            for (size_t i = 0; i < c->nchars; i++)
                w += c->chars[i].adv;
            if (w > want[k])
                want[k] = w;
        }
    }
    /* Natural widths if they fit; else share the rest in proportion, with
     * a floor of two characters per column. */
    double avail = c->measure - (double)ncols * 2 * L.cell_pad, total = 0;
    for (size_t k = 0; k < ncols; k++) {
        want[k] = fmax(want[k], 2 * s->size);
        total += want[k];
    }
    if (total > avail) {
        double floor_w = 2 * s->size, rest = avail - (double)ncols * floor_w, extra = 0;
        for (size_t k = 0; k < ncols; k++)
            extra += want[k] - floor_w;
        for (size_t k = 0; k < ncols; k++)
            want[k] = floor_w + (extra > 0 && rest > 0 ? (want[k] - floor_w) * rest / extra : 0);
    }
    if ((status = bl_pdf_grow(c->mem, (void **)&c->tables, &c->cap_tables, c->ntables + 1,
                              sizeof *c->tables)) != BULLETIN_OK)
        goto cleanup;
    ptable *t = &c->tables[c->ntables];
    t->ncols = ncols;
    t->colx = bl_calloc(c->mem, ncols + 1, sizeof *t->colx);
    if (!t->colx) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    c->ntables++;
    double width = 0;
    for (size_t k = 0; k < ncols; k++)
        width += want[k] + 2 * L.cell_pad;
    t->colx[0] = c->left + (c->measure - width) / 2;
    for (size_t k = 0; k < ncols; k++)
        t->colx[k + 1] = t->colx[k] + want[k] + 2 * L.cell_pad;
    double pitch = row_pt(c, BL_EL_CELL);
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t first = c->nlines, k = 0, maxl = 1;
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len, before = c->nlines;
            const char *text = bulletin_node_text(cell, &len);
            status = lay_text(c, cell, text, len, 0, BL_EL_CELL, LAY_LEFT, t->colx[k] + L.cell_pad,
                              t->colx[k + 1] - t->colx[k] - 2 * L.cell_pad, L.cell_pad);
            if (status != BULLETIN_OK)
                goto cleanup;
            if (c->nlines - before > maxl)
                maxl = c->nlines - before;
        }
        pblock *b;
        if ((status = push_block(c, BK_ROW, BL_EL_CELL, r, first, &b)) != BULLETIN_OK)
            goto cleanup;
        b->table = c->ntables - 1;
        b->height = (double)maxl * pitch + 2 * L.cell_pad;
    }
cleanup:
    bl_free(c->mem, want);
    return status;
}

bulletin_status bl_pdf_collect(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, bulletin_doc_root(c->doc));
    bool in_lead = false;
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        bulletin_node_type t = bulletin_node_get_type(n);
        if (ev == BULLETIN_EV_EXIT) {
            if (t == BULLETIN_NODE_LEAD)
                in_lead = false;
            continue;
        }
        switch (t) {
        case BULLETIN_NODE_TITLE: {
            status = add_text_block(c, n, NULL, BL_EL_TITLE, how_of(sty(c, BL_EL_TITLE)), true,
                                    true);
            if (status == BULLETIN_OK && c->nblocks && c->blocks[c->nblocks - 1].node == n)
                c->blocks[c->nblocks - 1].level = -2;
            const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
            if (status == BULLETIN_OK && sub && *sub) {
                /* the subtitle has no node: lay it out under the title's */
                size_t first = c->nlines;
                status = lay_text(c, n, sub, strlen(sub), 0, BL_EL_SUBTITLE,
                                  how_of(sty(c, BL_EL_SUBTITLE)), c->left, c->measure, 0);
                pblock *b;
                if (status == BULLETIN_OK && c->nlines > first) {
                    for (size_t i = first; i < c->nlines; i++) {
                        c->lines[i].offset = 0;
                        c->lines[i].meta = true;
                    }
                    status = push_block(c, BK_TEXT, BL_EL_SUBTITLE, n, first, &b);
                    if (status == BULLETIN_OK) {
                        b->heading = true;
                        b->level = -1;
                    }
                }
            }
            break;
        }
        case BULLETIN_NODE_LEAD:
            in_lead = true;
            break;
        case BULLETIN_NODE_SECTION: {
            int lv = bulletin_node_level(n);
            int st = lv == 1 ? BL_EL_H1 : lv == 2 ? BL_EL_H2 : lv == 3 ? BL_EL_H3 : BL_EL_H4;
            /* align = justify: like a paragraph (deeper headings are often
             * whole sentences); else balanced lines */
            status = add_text_block(c, n, bulletin_node_numbering(n), st, how_of(sty(c, st)),
                                    true, lv == 1);
            if (status == BULLETIN_OK && c->nblocks && c->blocks[c->nblocks - 1].node == n)
                c->blocks[c->nblocks - 1].level = lv;
            break;
        }
        case BULLETIN_NODE_PARAGRAPH:
            status = add_text_block(c, n, NULL, in_lead ? BL_EL_LEAD : BL_EL_BODY,
                                    how_of(sty(c, in_lead ? BL_EL_LEAD : BL_EL_BODY)), false,
                                    false);
            break;
        case BULLETIN_NODE_TABLE:
            status = add_table(c, n);
            bulletin_iter_skip_children(&it);
            break;
        default:
            break;
        }
        if (status != BULLETIN_OK)
            return status;
    }
    return status;
}

static int cmp_fig(const void *a, const void *b)
{
    const struct pfig *x = a, *y = b;
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return (x->off > y->off) - (x->off < y->off);
}

/* The figures drawn in the accent colour: quantities, not years, dates,
 * durations or document numbers; sorted for node_figures (by address:
 * only looked up, so the order does not reach the output). */
bulletin_status bl_pdf_pick_accent_figures(ctx *c)
{
    size_t n = bulletin_doc_figure_count(c->doc);
    if (!c->tpl.figures_in_accent || n == 0)
        return BULLETIN_OK;
    c->figs = bl_calloc(c->mem, n, sizeof *c->figs);
    if (!c->figs)
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(c->doc, i, &f) != BULLETIN_OK || !f.listed)
            continue;
        if (f.kind == BULLETIN_FIGURE_YEAR || f.kind == BULLETIN_FIGURE_DATE
            || f.kind == BULLETIN_FIGURE_DURATION || f.kind == BULLETIN_FIGURE_IDENTIFIER
            || bulletin_node_get_type(f.node) == BULLETIN_NODE_TITLE
            || bulletin_node_get_type(f.node) == BULLETIN_NODE_SECTION)
            continue;
        c->figs[c->nfigs++] = (struct pfig){f.node, f.offset, f.offset + f.length};
    }
    qsort(c->figs, c->nfigs, sizeof *c->figs, cmp_fig);
    return BULLETIN_OK;
}
