/*
 * render_pdf.c - the PDF backend: lays the document out (src/layout.h,
 * widths from src/fonts.h), paginates it on a baseline grid, pre-subsets
 * every face it drew with (src/subset.h), and writes the pages with
 * libharu 2.3.0 into memory, then hands the bytes to the sink in one go.
 *
 * The only file of the project that includes hpdf.h.  libharu writes the
 * pages, graphics, outline, labels and the file; the fonts are ours
 * (shared LIBS.md §2, §4, §9): each face is subset with hb-subset to the
 * characters drawn with it, and make_font writes its Type 0 font, the
 * CIDFontType2 with /W and a CIDToGIDMap over dense codes of our own
 * (cps[i] -> i + 1), the descriptor with the program deflated by
 * libdeflate, and a /ToUnicode of bfchar entries; draw_line writes the
 * text operators with those codes.  That avoids every CJK defect of
 * libharu's font path (broken ToUnicode, Ordering, 65,536-entry maps,
 * non-BMP characters, composite glyphs above 32767) and its cost:
 * HPDF_GetFont walked all BMP code points per face and the program was
 * copied byte by byte.
 *
 * Layout comes from a template (src/template.h: templates/NAME.ini, the
 * CLI option, else the front matter's `template:`, else "brochure"): page,
 * margins, grid, the style of every element, colours, the blocks (cover,
 * key figures), header and footer.  The engine's own constants are in the
 * struct L below.  Lines sit on a baseline grid (the template's line
 * pitch); every block ends on it.  Headings keep their
 * first lines of text with them, a paragraph never leaves one line alone
 * at a page foot or top (孤行), and when the last page would hold only a
 * few lines the whole grid is tightened a little (down to L.min_row) if
 * that saves the page.
 *
 * Pages: an optional cover (title, subtitle, issuer, date, coloured bands:
 * vector graphics only) and an optional key-figures page (the most telling
 * figures as large numbers, and a horizontal bar chart of the growth
 * rates) come first; then the text pages, which carry the running header
 * and the footer ("— N —", N counted from the first text page).  Page
 * labels: 封面, 关键数据, then 1, 2, ...; on_place reports that printed
 * number.  Outline: the title (pointing at page 1) with every level-1
 * section under it, opened.
 *
 * Order of work: (1) lay out every block and collect its glyphs, (2)
 * paginate, add the front pages and the page furniture, (3) subset each
 * face used to exactly the code points drawn with it and make its font
 * objects, (4) draw, (5) set the info and the outline, save to memory,
 * (6) pass the bytes to the sink.  A failure at
 * any step writes nothing.
 *
 * Everything this file allocates goes through the render's bulletin_mem;
 * libharu and HarfBuzz allocate with malloc (see hpdf_alloc for why).
 * libharu's error handler records error_no/detail_no for the diag and
 * never jumps.
 *
 * Public entry point (declared in bulletin.h):
 *
 *   bulletin_status bulletin_render_pdf(const bulletin_doc *doc,
 *                                       const bulletin_render_opts *opts,
 *                                       bulletin_sink sink, void *user,
 *                                       bulletin_diag *diag);
 *
 *   Renders `doc` with the layout of a template (opts->template_name, a
 *   name in opts->templates_dir or a path; else the front matter's
 *   `template:`, a name only; else "brochure"; the built-in layout when
 *   no templates folder exists) and passes the whole file to `sink` in one
 *   call, once it is complete.  `opts` may be NULL for the defaults.
 *   Fonts come from opts->fonts_dir/fonts.ini, after the template's
 *   [fonts] files; roles the template uses that fall back to free faces
 *   give ONE warning through opts->on_warning.  A broken template, or a
 *   [fonts] file that does not exist, is BULLETIN_ERR_TEMPLATE with the
 *   template's path and line in the diag (the path stays valid until the
 *   next render on the same thread).  on_place gets the printed page
 *   number (text pages from 1, after the cover and key-figures page).  A character no font has
 *   is drawn as a box and reported through opts->on_warning with its
 *   source line:column (an error with BULLETIN_RENDER_STRICT).  Every
 *   placed line is reported through opts->on_place as soon as the
 *   layout is final, then opts->on_placed is called, before the fonts
 *   are embedded (the subtitle's lines, which come from front matter,
 *   are not reported).  Same input and options give the
 *   same bytes.  Errors: BULLETIN_ERR_TEMPLATE, BULLETIN_ERR_FONT,
 *   BULLETIN_ERR_PDF (with the
 *   libharu error in diag->backend_code/backend_detail),
 *   BULLETIN_ERR_NOMEM, BULLETIN_ERR_IO (the sink refused),
 *   BULLETIN_ERR_USAGE.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libdeflate.h>

#include <hpdf.h>
#include <hpdf_pages.h>
#include <hpdf_objects.h>

#include "bulletin_int.h"
#include "fonts.h"
#include "layout.h"
#include "subset.h"
#include "template.h"
#include "base/thread.h"
#include "pdf_int.h"

/* ------------------------------------------------------------------------
 * Small helpers
 * ---------------------------------------------------------------------- */

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

/* libharu allocates with malloc, NOT through the render's bulletin_mem:
 * libharu 2.3.0 is not safe when an allocation fails midway (valgrind:
 * HPDF_Page_New goes on using the dictionary a failed HPDF_Dict_Add has
 * freed), so failure injection through bulletin_mem would crash inside
 * it.  The hooks only notice a failure, because libharu may report it as
 * another error. */
static _Thread_local bool hpdf_oom;

static void *hpdf_alloc(HPDF_UINT size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        hpdf_oom = true;
    return p;
}

static void hpdf_free(void *p) { free(p); }

static void hpdf_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
    ctx *c = user;
    if (!c->hpdf_error) {
        c->hpdf_error = error_no;
        c->hpdf_detail = detail_no;
    }
}

/* The status and diag for a failed libharu call. */
bulletin_status bl_pdf_fail(ctx *c, bulletin_status st, const char *what)
{
    HPDF_STATUS e = c->hpdf_error ? c->hpdf_error : HPDF_GetError(c->pdf);
    HPDF_STATUS d = c->hpdf_error ? c->hpdf_detail : HPDF_GetErrorDetail(c->pdf);
    if (e == HPDF_FAILD_TO_ALLOC_MEM || hpdf_oom)
        st = BULLETIN_ERR_NOMEM;
    bl_diag_set(c->diag, st, bulletin_doc_path(c->doc), 0, 0, "%s (libharu error 0x%04X, detail %u)",
                what, (unsigned)e, (unsigned)d);
    if (c->diag) {
        c->diag->backend_code = (long)e;
        c->diag->backend_detail = (long)d;
    }
    return st;
}

/* ------------------------------------------------------------------------
 * Layout of one text block
 * ---------------------------------------------------------------------- */

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
        || (status = bl_pdf_grow(c->mem, (void **)&c->lines, &c->cap_lines, c->nlines + c->lay.nlines,
                          sizeof *c->lines)) != BULLETIN_OK)
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

static bulletin_status collect(ctx *c)
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

/* ------------------------------------------------------------------------
 * Entry point
 * ---------------------------------------------------------------------- */


/* Loads the template: opts->template_name, else the front matter's
 * `template:` (a name only, never a path: the document does not choose
 * files), else "brochure"; the built-in layout when the default is not
 * installed. */
static bulletin_status load_template(ctx *c)
{
    const bulletin_render_opts *o = c->opts;
    const char *name = o->template_name;
    const char *dir = o->templates_dir ? o->templates_dir : "templates";
    bulletin_status st;
    if (!name || !*name) {
        const char *fm = bulletin_doc_meta(c->doc, BULLETIN_META_TEMPLATE);
        if (fm && *fm) {
            size_t n = strlen(fm);
            if (strchr(fm, '/') || (n > 4 && !strcmp(fm + n - 4, ".ini")))
                return bl_diag_set(c->diag, BULLETIN_ERR_TEMPLATE, bulletin_doc_path(c->doc), 0, 0,
                                   "the front matter names a template file '%s': only a name "
                                   "from the templates folder is allowed",
                                   fm);
            name = fm;
        }
    }
    if (!name || !*name) {
        char path[1200];
        snprintf(path, sizeof path, "%s/brochure.ini", dir);
        if (access(path, F_OK) != 0) {
            bl_template_defaults(&c->tpl);
            return BULLETIN_OK;
        }
        name = "brochure";
    }
    st = bl_template_load(name, dir, &c->tpl, c->diag);
    if (st != BULLETIN_OK)
        return st;
    return BULLETIN_OK;
}

static void destroy_fontset(void *fs) { bl_fontset_free(fs); }

/* The fonts: the template's explicit files first (a missing one is an
 * error at its file:line), then the font map. */
static bulletin_status open_fonts(ctx *c, const char *dir, const char *map_path)
{
    const char *first[BL_FONT_ROLE_COUNT] = {NULL};
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++) {
        const char *f = c->tpl.font_file[r];
        if (!f[0])
            continue;
        char path[1400];
        const char *colon = strrchr(f, ':');
        int n = (int)(colon && colon[1] && strspn(colon + 1, "0123456789") == strlen(colon + 1)
                          ? (size_t)(colon - f)
                          : strlen(f));
        snprintf(path, sizeof path, "%s%s%.*s", f[0] == '/' ? "" : dir, f[0] == '/' ? "" : "/", n, f);
        if (access(path, R_OK) != 0) {
            bl_diag_set(c->diag, BULLETIN_ERR_TEMPLATE, c->tpl.path, c->tpl.font_line[r], 0,
                        "font file '%s' for role %s not found (%s)", f,
                        bl_font_role_name((bl_font_role)r), path);
            return BULLETIN_ERR_TEMPLATE;
        }
        first[r] = f;
    }
    /* with a cache: one font set per map and set of template files */
    bl_buf key;
    bl_buf_init(&key, c->mem);
    bulletin_cache *cache = c->opts->cache;
    if (cache) {
        bulletin_status st = bl_buf_printf(&key, "fontset\x1f%s", map_path);
        for (int r = 0; r < BL_FONT_ROLE_COUNT && st == BULLETIN_OK; r++)
            st = bl_buf_printf(&key, "\x1f%s", first[r] ? first[r] : "");
        if (st != BULLETIN_OK) {
            bl_buf_free(&key);
            return st;
        }
        if ((c->fs = bl_cache_find(cache, key.data)) != NULL) {
            c->fs_cached = true;
            bl_buf_free(&key);
            return BULLETIN_OK;
        }
    }
    bulletin_status st = bl_fontset_open_with(map_path, first, c->mem, &c->fs, c->diag);
    if (st == BULLETIN_OK && cache
        && bl_cache_add(cache, key.data, c->fs, destroy_fontset) == BULLETIN_OK)
        c->fs_cached = true;
    bl_buf_free(&key);
    return st;
}

/* The font set's warnings, once per render: the roles this template uses
 * that fell back to another role's faces in ONE warning; other warnings
 * (files that exist but cannot be used) as they are. */
static void font_warnings(ctx *c, const char *map_path)
{
    const bulletin_render_opts *o = c->opts;
    if (!o->on_warning)
        return;
    bool used[BL_FONT_ROLE_COUNT] = {false};
    for (int e = 0; e < BL_EL_COUNT; e++) {
        bool drawn = true;
        if (e == BL_EL_COVER_TITLE || e == BL_EL_COVER_SUBTITLE || e == BL_EL_COVER_META)
            drawn = c->tpl.cover;
        else if (e == BL_EL_KEY_VALUE || e == BL_EL_KEY_LABEL)
            drawn = c->tpl.key_figures;
        else if (e == BL_EL_HEADER)
            drawn = c->tpl.header[0] != '\0';
        else if (e == BL_EL_FOOTER || e == BL_EL_FOLIO)
            drawn = c->tpl.footer[0] != '\0';
        if (drawn) {
            used[c->tpl.style[e].role] = true;
            used[latin_of((int)c->tpl.style[e].role)] = true;
        }
    }
    char msg[256] = "";
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++) {
        if (!used[r] || !bl_fontset_role_is_fallback(c->fs, (bl_font_role)r))
            continue;
        const bl_face_info *fi = bl_fontset_face_info(c->fs, bl_fontset_role_face(c->fs, (bl_font_role)r));
        size_t k = strlen(msg);
        snprintf(msg + k, sizeof msg - k, "%s%s uses %s", k ? ", " : "",
                 bl_font_role_name((bl_font_role)r), fi ? fi->family : "another face");
    }
    for (size_t i = 0; i < bl_fontset_warning_count(c->fs); i++) {
        const bulletin_diag *w = bl_fontset_warning(c->fs, i);
        if (strncmp(w->message, "font role ", 10) != 0)
            o->on_warning(o->warning_user, w);
    }
    if (msg[0]) {
        bulletin_diag w;
        bulletin_diag_clear(&w);
        bl_diag_set(&w, BULLETIN_ERR_FONT, map_path, 0, 0,
                    "licensed fonts not found, free faces used: %s (see fonts/README.md)", msg);
        w.severity = BULLETIN_SEVERITY_WARNING;
        o->on_warning(o->warning_user, &w);
    }
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
static bulletin_status pick_accent_figures(ctx *c)
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

bulletin_status bulletin_render_pdf(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                    bulletin_sink sink, void *user, bulletin_diag *diag)
{
    bulletin_status status = BULLETIN_OK;
    bulletin_render_opts defaults;
    ctx cx, *c = &cx;
    HPDF_Page *pages = NULL;
    unsigned char *bytes = NULL;
    char *map_path = NULL;
    bool saved_oom = hpdf_oom;

    if (diag)
        bulletin_diag_clear(diag);
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    if (!opts) {
        bulletin_render_opts_init(&defaults);
        opts = &defaults;
    }
    memset(c, 0, sizeof *c);
    c->doc = doc;
    c->opts = opts;
    c->mem = opts->mem ? opts->mem : doc->mem ? doc->mem : bulletin_default_mem();
    c->diag = diag;
    c->lay.mem = c->mem;
    bl_buf_init(&c->text, c->mem);
    BL_CHECK(load_template(c));
    {
        const bl_template *t = &c->tpl;
        c->body = t->body_size;
        c->tl = t->margin_left;
        c->tr = t->page_w - t->margin_right;
        c->tt = t->page_h - t->margin_top;
        c->tb = t->margin_bottom;
        /* a whole number of body characters, centred in the type area */
        c->measure = floor((c->tr - c->tl) / c->body + 1e-6) * c->body;
        if (c->measure > c->tr - c->tl)
            c->measure = c->tr - c->tl;
        c->left = c->tl + (c->tr - c->tl - c->measure) / 2;
        c->top = t->margin_top;
        bl_pdf_set_grid(c, t->line_pitch);
    }

    /* fonts */
    const char *dir = opts->fonts_dir ? opts->fonts_dir : "fonts";
    bl_buf mp;
    bl_buf_init(&mp, c->mem);
    if (bl_buf_printf(&mp, "%s/fonts.ini", dir) != BULLETIN_OK || !(map_path = bl_buf_detach(&mp))) {
        bl_buf_free(&mp);
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(open_fonts(c, dir, map_path));
    font_warnings(c, map_path);
    BL_CHECK(pick_accent_figures(c));

    /* 1-2: layout and pages: the front pages first */
    size_t keys[12], growth[12];
    size_t nkeys = 0;
    bool chart = false;
    if (c->tpl.key_figures) {
        BL_CHECK(bl_pdf_pick_key_figures(c, keys, growth,
                                  (size_t)(c->tpl.key_figures_count < 12 ? c->tpl.key_figures_count : 12),
                                  &nkeys));
        for (size_t i = 0; i < bulletin_doc_figure_count(doc) && !chart; i++) {
            bulletin_figure f;
            chart = bulletin_doc_figure(doc, i, &f) == BULLETIN_OK && bl_pdf_is_growth(&f);
        }
    }
    c->front = (c->tpl.cover ? 1 : 0) + (nkeys || chart ? 1 : 0);
    c->key_page = nkeys || chart ? c->front : 0;
    BL_CHECK(collect(c));
    bl_pdf_paginate(c);
    c->folio_first = c->nlines;
    if (c->tpl.cover)
        BL_CHECK(bl_pdf_add_cover(c, 1));
    if (c->key_page)
        BL_CHECK(bl_pdf_add_key_figures(c, c->key_page, keys, growth, nkeys));
    BL_CHECK(bl_pdf_add_furniture(c));
    BL_CHECK(bl_pdf_report_missing(c));
    /* the layout is final: other outputs may cite its pages from now on */
    if (opts->on_place)
        for (size_t li = 0; li < c->folio_first; li++)
            if (!c->lines[li].meta)
                opts->on_place(opts->place_user, c->lines[li].node, c->lines[li].offset,
                               c->lines[li].page - c->front);
    if (opts->on_placed)
        opts->on_placed(opts->place_user);

    /* 3: the document and its fonts */
    hpdf_oom = false;
    c->pdf = HPDF_NewEx(hpdf_error, hpdf_alloc, hpdf_free, 0, c);
    if (!c->pdf) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, bulletin_doc_path(doc), 0, 0,
                             "cannot create the PDF document");
        goto cleanup;
    }
    HPDF_TRY(HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL), "cannot set compression");
    c->nfaces = bl_fontset_face_count(c->fs);
    c->faces = bl_calloc(c->mem, c->nfaces ? c->nfaces : 1, sizeof *c->faces);
    if (!c->faces) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    /* each face's program deflates (in a thread) from the moment it is
     * subset, while the next face is subset */
    for (size_t f = 0; f < c->nfaces; f++) {
        BL_CHECK(bl_pdf_load_face(c, (int)f));
        if (c->faces[f].used)
            BL_CHECK(bl_pdf_make_font(c, &c->faces[f]));
    }
    BL_CHECK(bl_pdf_check_glyphs(c));

    /* 4: pages */
    pages = bl_calloc(c->mem, (size_t)c->npages, sizeof *pages);
    if (!pages) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(bl_pdf_draw(c, pages));

    /* 5: fixes, metadata, save */
    BL_CHECK(bl_pdf_set_info(c));
    if (c->tpl.outline)
        BL_CHECK(bl_pdf_add_outline(c, pages));
    BL_CHECK(bl_pdf_add_page_labels(c));
    for (int p = 0; p < c->npages; p++)
        BL_CHECK(bl_pdf_predeflate(c, ((HPDF_PageAttr)pages[p]->attr)->contents));
    for (size_t f = 0; f < c->nfaces; f++)
        BL_CHECK(bl_pdf_finish_deflate(c, &c->faces[f].job));
    HPDF_TRY(HPDF_SaveToStream(c->pdf), "cannot save the PDF");
    HPDF_UINT32 size = HPDF_GetStreamSize(c->pdf);
    if (size == 0) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "empty PDF stream");
        goto cleanup;
    }
    bytes = bl_alloc(c->mem, size);
    if (!bytes) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if (!c->pdf->stream || !bl_pdf_stream_bytes(c->pdf->stream, bytes, size)) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot read the PDF stream");
        goto cleanup;
    }

    /* 6: out */
    if (sink((const char *)bytes, size, user) != 0)
        status = bl_diag_set(diag, BULLETIN_ERR_IO, bulletin_doc_path(doc), 0, 0, "write failed");

cleanup:
    if (status == BULLETIN_ERR_NOMEM && diag && diag->status != BULLETIN_ERR_NOMEM)
        bl_diag_set(diag, status, bulletin_doc_path(doc), 0, 0, "out of memory");
    /* A path the render made up (a template, the font map) dies with it:
     * the diag keeps its own copy (bulletin_diag.file). */
    if (status != BULLETIN_OK && diag && diag->path && diag->path != doc->path) {
        snprintf(diag->file, sizeof diag->file, "%s", diag->path);
        diag->path = NULL;
    }
    if (c->pdf)
        HPDF_Free(c->pdf);
    hpdf_oom = saved_oom;
    if (c->faces)
        for (size_t f = 0; f < c->nfaces; f++) {
            bl_pdf_free_deflate(c, &c->faces[f].job); /* joins first: it reads sub.program */
            bl_free(c->mem, c->faces[f].cps);
            bl_subset_free(&c->faces[f].sub, c->mem);
        }
    bl_free(c->mem, c->faces);
    for (size_t t = 0; t < c->ntables; t++)
        bl_free(c->mem, c->tables[t].colx);
    bl_free(c->mem, c->tables);
    bl_free(c->mem, c->shapes);
    bl_free(c->mem, c->figs);
    bl_free(c->mem, c->blocks);
    bl_free(c->mem, c->lines);
    bl_free(c->mem, c->glyphs);
    bl_free(c->mem, c->chars);
    bl_layout_free(&c->lay);
    bl_buf_free(&c->text);
    if (!c->fs_cached)
        bl_fontset_free(c->fs);
    if (c->zc)
        libdeflate_free_compressor(c->zc);
    bl_free(c->mem, pages);
    bl_free(c->mem, bytes);
    bl_free(c->mem, map_path);
    return status;
}
