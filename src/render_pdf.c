/*
 * render_pdf.c - the PDF backend: lays the document out (src/layout.h,
 * widths from src/fonts.h), paginates it on a baseline grid, pre-subsets
 * every face it drew with (src/subset.h), and writes the pages with
 * libharu 2.3.0 into memory, then hands the bytes to the sink in one go.
 *
 * The only file of the project that includes hpdf.h.  libharu's CJK
 * defects are worked around from outside, after drawing and before
 * saving (shared LIBS.md §2): the /ToUnicode stream is rewritten as bfchar
 * entries of the characters drawn (recipe A), the CIDSystemInfo Ordering
 * becomes Identity (B), the CIDToGIDMap is trimmed to the drawn CIDs (F),
 * and characters beyond the BMP are remapped to private-use codes in the
 * face's cmap before libharu builds the font (E).  Recipe C (composite
 * glyphs above GID 32767) is moot because hb-subset renumbers glyphs.
 * For speed, /W is rebuilt here too (HPDF_GetFont is given an empty cmap,
 * see load_face), and the font program embedded is the hb-subset file
 * itself, deflated here (embed_program), not libharu's byte-wise copy.
 *
 * Layout: every constant is in the struct L below.  Lines sit on a
 * baseline grid (L.row); every block ends on it.  Headings keep their
 * first lines of text with them, a paragraph never leaves one line alone
 * at a page foot or top (孤行), and when the last page would hold only a
 * few lines the whole grid is tightened a little (down to L.min_row) if
 * that saves the page.
 *
 * Order of work: (1) lay out every block and collect its glyphs, (2)
 * paginate, (3) subset and load each face used, with exactly the code
 * points drawn with it, (4) draw, (5) fix the fonts, set the info and the
 * outline, save to memory, (6) pass the bytes to the sink.  A failure at
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
 *   Renders `doc` as an A4 PDF and passes the whole file to `sink` in one
 *   call, once it is complete.  `opts` may be NULL for the defaults.
 *   Fonts come from opts->fonts_dir/fonts.ini.  A character no font has
 *   is drawn as a box and reported through opts->on_warning with its
 *   source line:column (an error with BULLETIN_RENDER_STRICT).  Every
 *   placed line is reported through opts->on_place, after the PDF is
 *   complete and before the sink gets it (the subtitle's lines, which
 *   come from front matter, are not).  Same input and options give the
 *   same bytes.  Errors: BULLETIN_ERR_FONT, BULLETIN_ERR_PDF (with the
 *   libharu error in diag->backend_code/backend_detail),
 *   BULLETIN_ERR_NOMEM, BULLETIN_ERR_IO (the temporary font file, or the
 *   sink refused), BULLETIN_ERR_USAGE.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

#include "bulletin_int.h"
#include "fonts.h"
#include "layout.h"
#include "subset.h"

/* ------------------------------------------------------------------------
 * The default layout (until templates exist): every constant in one place
 * ---------------------------------------------------------------------- */

typedef struct {
    double size;   /* font size, pt */
    double pitch;  /* line pitch, in grid rows */
    double before; /* space before the block, rows (at a page top only
                      for headings) */
    double after;  /* space after the block, rows */
    int role;      /* bl_font_role of the text */
    int latin;     /* bl_font_role of Latin letters and digits */
    double indent; /* first-line indent, body em */
} style;

enum { ST_TITLE, ST_SUBTITLE, ST_LEAD, ST_H1, ST_H2, ST_H3, ST_BODY, ST_CELL, ST_FOLIO, ST_COUNT };

static const struct {
    double page_w, page_h;          /* A4, pt */
    double margin_top, margin_bottom, margin_side; /* pt (25 mm) */
    double body;                    /* body size, pt: the em of the grid */
    double row;                     /* the baseline grid, pt (1.75 em) */
    double folio_from_bottom;       /* folio baseline above the page foot, pt */
    int keep_lines;                 /* lines of the next block kept with a heading */
    int squeeze_lines;              /* a last page with this few lines: try a closer grid */
    double squeeze_step, min_row;   /* ... in these steps, down to this pitch, pt */
    double cell_pad;                /* table cell padding, pt */
    double rule;                    /* table rule width, pt */
    double box_rule;                /* width of the missing-glyph box, pt */
    int font_deflate;               /* zlib level of the embedded fonts (1-9) */
    style st[ST_COUNT];
} L = {
    .page_w = 595.276,
    .page_h = 841.89,
    .margin_top = 70.866,
    .margin_bottom = 70.866,
    .margin_side = 70.866,
    .body = 10.5,
    .row = 18.375,
    .folio_from_bottom = 36.0,
    .keep_lines = 2,
    .squeeze_lines = 5,
    .squeeze_step = 0.2625, /* 1/40 em */
    .min_row = 16.8,        /* 1.6 em */
    .cell_pad = 4.0,
    .rule = 0.5,
    .box_rule = 0.4,
    .font_deflate = 3,
    .st = {
        [ST_TITLE] = {22.0, 2.0, 0.0, 1.0, BL_FONT_HEI, BL_FONT_HEI, 0},
        [ST_SUBTITLE] = {14.0, 1.5, 0.0, 1.0, BL_FONT_KAI, BL_FONT_KAI, 0},
        [ST_LEAD] = {14.0, 1.25, 0.0, 0.5, BL_FONT_HEI, BL_FONT_HEI, 2},
        [ST_H1] = {14.0, 1.25, 0.5, 0.0, BL_FONT_HEI, BL_FONT_HEI, 2},
        [ST_H2] = {10.5, 1.0, 0.0, 0.0, BL_FONT_KAI, BL_FONT_KAI, 2},
        [ST_H3] = {10.5, 1.0, 0.0, 0.0, BL_FONT_SONG, BL_FONT_LATIN, 2},
        [ST_BODY] = {10.5, 1.0, 0.0, 0.0, BL_FONT_SONG, BL_FONT_LATIN, 2},
        [ST_CELL] = {9.0, 0.875, 0.25, 0.25, BL_FONT_SONG, BL_FONT_LATIN, 0},
        [ST_FOLIO] = {9.0, 1.0, 0.0, 0.0, BL_FONT_SONG, BL_FONT_LATIN, 0},
    },
};

/* ------------------------------------------------------------------------
 * Laid-out material
 * ---------------------------------------------------------------------- */

typedef struct {
    uint32_t cp;  /* as drawn (a non-BMP character: its PUA stand-in later) */
    int face;     /* -1: no face has it: a box */
    float size;
    double x;     /* from the line's left edge, pt */
    double nat;   /* natural advance in the font, pt */
    uint32_t src; /* byte offset in the node's text */
} pglyph;

typedef struct {
    size_t first, count;      /* into ctx.glyphs */
    const bulletin_node *node;
    size_t offset;            /* of the first glyph in bulletin_node_text */
    double x0;                /* left edge, pt from the page's left */
    double dy;                /* baseline below the top of its block slot */
    int page;                 /* 1-based, after pagination */
    double y;                 /* baseline, PDF coordinates */
    bool meta;                /* text from front matter (the subtitle): no
                                 source position, not reported to on_place */
} pline;

enum { BK_TEXT, BK_ROW };

typedef struct {
    int kind;
    int st;                   /* style */
    const bulletin_node *node;
    size_t first, count;      /* lines */
    double height;            /* BK_ROW: row height, pt */
    size_t table;             /* BK_ROW: index into ctx.tables */
    bool heading;             /* kept with what follows */
    bool outline;             /* title or level-1 heading: an outline entry */
    int level;                /* headings: -2 title, -1 subtitle, 1..4 sections */
    int page;                 /* where its first line went */
    double top;               /* its first line's slot top, PDF coordinates */
} pblock;

typedef struct {
    size_t ncols;
    double *colx;             /* ncols + 1 edges, pt from the page's left */
} ptable;

typedef struct {
    HPDF_Font font;
    uint32_t *cps;            /* sorted distinct code points drawn */
    size_t ncps;
    uint32_t *pua_of;         /* per cps[i] > 0xFFFF: its PUA code; else 0 */
    uint32_t *codes;          /* scratch: the CIDs drawn, sorted */
    unsigned char *program;   /* the subset font file, embedded as FontFile2 */
    size_t nprogram;
} pface;

typedef struct {
    const bulletin_doc *doc;
    const bulletin_render_opts *opts;
    const bulletin_mem *mem;
    bulletin_diag *diag;
    bl_fontset *fs;
    bl_layout lay;
    bl_lay_char *chars;
    size_t nchars;

    pglyph *glyphs;
    size_t nglyphs, cap_glyphs;
    pline *lines;
    size_t nlines, cap_lines;
    pblock *blocks;
    size_t nblocks, cap_blocks;
    ptable *tables;
    size_t ntables, cap_tables;
    int npages;
    int last_page_lines;      /* text lines on the last page */
    size_t folio_first;       /* ctx.lines index of page 1's folio */

    pface *faces;
    size_t nfaces;

    HPDF_Doc pdf;
    HPDF_STATUS hpdf_error, hpdf_detail;
    bl_buf text;              /* scratch: a run's UTF-8 */
    double top, height, left, measure; /* the type area */
    double row;               /* the baseline grid, pt (L.row unless squeezed) */
} ctx;

/* ------------------------------------------------------------------------
 * Small helpers
 * ---------------------------------------------------------------------- */

static bulletin_status grow(const bulletin_mem *mem, void **p, size_t *cap, size_t need,
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

/* A style's line pitch on the default grid (tables, layout time). */
static double row_pt(int st) { return L.st[st].pitch * L.row; }

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
static bulletin_status pdf_fail(ctx *c, bulletin_status st, const char *what)
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

#define HPDF_TRY(call, what)                                                                       \
    do {                                                                                           \
        if ((call) != HPDF_OK) {                                                                   \
            status = pdf_fail(c, BULLETIN_ERR_PDF, what);                                          \
            goto cleanup;                                                                          \
        }                                                                                          \
    } while (0)

/* ------------------------------------------------------------------------
 * Layout of one text block
 * ---------------------------------------------------------------------- */

enum { LAY_PARA, LAY_CENTER, LAY_LEFT };

/* Lays `text` out in style `st` over `measure` pt starting at page x
 * `x0`, appends its lines (of `node`, offsets shifted back by `skip`
 * bytes of prefix such as a heading's numbering). */
static bulletin_status lay_text(ctx *c, const bulletin_node *node, const char *text, size_t len,
                                size_t skip, int st, int how, double x0, double measure,
                                double dy0)
{
    const style *s = &L.st[st];
    bulletin_status status;
    bl_free(c->mem, c->chars);
    c->chars = NULL;
    c->nchars = 0;
    status = bl_lay_chars_from_utf8(text, len, s->size, s->role, s->latin, bl_fontset_measure,
                                    c->fs, c->mem, &c->chars, &c->nchars);
    if (status == BULLETIN_ERR_ENCODING)
        return bl_diag_set(c->diag, status, bulletin_doc_path(c->doc), bulletin_node_line(node), 0,
                           "invalid UTF-8 in the model");
    if (status != BULLETIN_OK || c->nchars == 0)
        return status;
    bl_lay_params p;
    bl_lay_params_init(&p, s->size, measure);
    p.indent = s->indent * L.body;
    if (how == LAY_PARA)
        status = bl_layout_paragraph(c->chars, c->nchars, &p, c->mem, &c->lay);
    else
        status = bl_layout_balanced(c->chars, c->nchars, &p,
                                    how == LAY_CENTER ? BL_ALIGN_CENTER : BL_ALIGN_LEFT, c->mem,
                                    &c->lay);
    if (status != BULLETIN_OK)
        return status;
    if ((status = grow(c->mem, (void **)&c->glyphs, &c->cap_glyphs,
                       c->nglyphs + c->lay.nglyphs, sizeof *c->glyphs)) != BULLETIN_OK
        || (status = grow(c->mem, (void **)&c->lines, &c->cap_lines, c->nlines + c->lay.nlines,
                          sizeof *c->lines)) != BULLETIN_OK)
        return status;
    size_t ci = 0;
    double pitch = row_pt(st);
    for (size_t li = 0; li < c->lay.nlines; li++) {
        const bl_lay_line *ln = &c->lay.lines[li];
        pline *pl = &c->lines[c->nlines++];
        memset(pl, 0, sizeof *pl);
        pl->first = c->nglyphs;
        pl->count = ln->count;
        pl->node = node;
        pl->x0 = x0;
        pl->dy = dy0 + (double)li * pitch + pitch / 2 + 0.38 * s->size;
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
        }
        uint32_t src = ln->count ? c->lay.glyphs[ln->first].src : 0;
        pl->offset = src >= skip ? src - skip : 0;
    }
    return BULLETIN_OK;
}

static bulletin_status push_block(ctx *c, int kind, int st, const bulletin_node *node,
                                  size_t first_line, pblock **out)
{
    bulletin_status status =
        grow(c->mem, (void **)&c->blocks, &c->cap_blocks, c->nblocks + 1, sizeof *c->blocks);
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
        x0 += L.st[st].indent * L.body;
        measure -= L.st[st].indent * L.body;
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
    const style *s = &L.st[ST_CELL];
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t k = 0;
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len;
            const char *text = bulletin_node_text(cell, &len);
            bl_free(c->mem, c->chars);
            c->chars = NULL;
            status = bl_lay_chars_from_utf8(text, len, s->size, s->role, s->latin,
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
    if ((status = grow(c->mem, (void **)&c->tables, &c->cap_tables, c->ntables + 1,
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
    double pitch = row_pt(ST_CELL);
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r)) {
        size_t first = c->nlines, k = 0, maxl = 1;
        for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t len, before = c->nlines;
            const char *text = bulletin_node_text(cell, &len);
            status = lay_text(c, cell, text, len, 0, ST_CELL, LAY_LEFT, t->colx[k] + L.cell_pad,
                              t->colx[k + 1] - t->colx[k] - 2 * L.cell_pad, L.cell_pad);
            if (status != BULLETIN_OK)
                goto cleanup;
            if (c->nlines - before > maxl)
                maxl = c->nlines - before;
        }
        pblock *b;
        if ((status = push_block(c, BK_ROW, ST_CELL, r, first, &b)) != BULLETIN_OK)
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
            status = add_text_block(c, n, NULL, ST_TITLE, LAY_CENTER, true, true);
            if (status == BULLETIN_OK && c->nblocks && c->blocks[c->nblocks - 1].node == n)
                c->blocks[c->nblocks - 1].level = -2;
            const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
            if (status == BULLETIN_OK && sub && *sub) {
                /* the subtitle has no node: lay it out under the title's */
                size_t first = c->nlines;
                status = lay_text(c, n, sub, strlen(sub), 0, ST_SUBTITLE, LAY_CENTER, c->left,
                                  c->measure, 0);
                pblock *b;
                if (status == BULLETIN_OK && c->nlines > first) {
                    for (size_t i = first; i < c->nlines; i++) {
                        c->lines[i].offset = 0;
                        c->lines[i].meta = true;
                    }
                    status = push_block(c, BK_TEXT, ST_SUBTITLE, n, first, &b);
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
            int st = lv == 1 ? ST_H1 : lv == 2 ? ST_H2 : ST_H3;
            /* level 1: balanced lines; deeper headings are often whole
             * sentences (list items): justified like a paragraph */
            status = add_text_block(c, n, bulletin_node_numbering(n), st,
                                    lv == 1 ? LAY_LEFT : LAY_PARA, true, lv == 1);
            if (status == BULLETIN_OK && c->nblocks && c->blocks[c->nblocks - 1].node == n)
                c->blocks[c->nblocks - 1].level = lv;
            break;
        }
        case BULLETIN_NODE_PARAGRAPH:
            status = add_text_block(c, n, NULL, in_lead ? ST_LEAD : ST_BODY, LAY_PARA, false, false);
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
 * Pagination on the baseline grid
 * ---------------------------------------------------------------------- */

/* Pitch and space before of a block on the current grid (c->row). */
static double block_line_pitch(const ctx *c, const pblock *b) { return L.st[b->st].pitch * c->row; }

static double block_before(const ctx *c, const pblock *b) { return L.st[b->st].before * c->row; }

/* Sets the grid to `row` pt: the type area holds a whole number of rows. */
static void set_grid(ctx *c, double row)
{
    c->row = row;
    c->height = floor((L.page_h - L.margin_top - L.margin_bottom) / row + 1e-9) * row;
}

/* Height a heading needs at a page foot: itself, the deeper headings
 * that open right under it, and the first keep_lines lines (or row) of
 * the text that follows.  A following heading of the same or a higher
 * level ends the chain: the heading is then empty and needs only itself. */
static double keep_height(const ctx *c, size_t bi)
{
    const pblock *b = &c->blocks[bi];
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
            h += (double)(n->count < (size_t)L.keep_lines ? n->count : (size_t)L.keep_lines)
                 * block_line_pitch(c, n);
        break;
    }
    return h;
}

static void paginate(ctx *c)
{
    const double eps = 1e-6, H = c->height;
    int page = 1;
    double y = 0; /* from the top of the type area */
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        pblock *b = &c->blocks[bi];
        const style *s = &L.st[b->st];
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
            b->top = L.page_h - c->top - y;
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
            size_t fit = (size_t)floor((H - y + eps) / pitch);
            size_t k = n - i;
            if (fit < k) {
                k = fit;
                if (!b->heading && n - i - k == 1 && k > 0)
                    k--; /* no 孤行: take one more line to the next page */
                if (first_part && k < (size_t)L.keep_lines && n > 1)
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
                b->top = L.page_h - c->top - y;
            }
            for (size_t j = 0; j < k; j++) {
                pline *pl = &c->lines[b->first + i + j];
                pl->page = page;
                pl->y = L.page_h - c->top - y - (double)j * pitch - (pitch / 2 + 0.38 * s->size);
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

/* The folios, "— N —", centred under the type area. */
static bulletin_status add_folios(ctx *c)
{
    c->folio_first = c->nlines;
    for (int p = 1; p <= c->npages; p++) {
        char buf[32];
        int k = snprintf(buf, sizeof buf, "\xE2\x80\x94 %d \xE2\x80\x94", p);
        size_t first = c->nlines;
        bulletin_status status = lay_text(c, bulletin_doc_root(c->doc), buf, (size_t)k, 0,
                                          ST_FOLIO, LAY_CENTER, c->left, c->measure, 0);
        if (status != BULLETIN_OK)
            return status;
        for (size_t i = first; i < c->nlines; i++) {
            c->lines[i].page = p;
            c->lines[i].y = L.folio_from_bottom;
        }
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Missing characters, placement reports
 * ---------------------------------------------------------------------- */

/* Reports a character no face can draw, at its source position. */
static bulletin_status missing(ctx *c, const pline *pl, const pglyph *g)
{
    const bulletin_render_opts *o = c->opts;
    int line = 0, column = 0;
    if (!pl->meta) {
        /* a heading's text follows its numbering, which is never missing */
        size_t off = g->src, skip = 0;
        if (bulletin_node_get_type(pl->node) == BULLETIN_NODE_SECTION)
            skip = strlen(bulletin_node_numbering(pl->node));
        off = off >= skip ? off - skip : 0;
        line = bulletin_node_line(pl->node);
        column = bulletin_node_source_column(pl->node, off);
    }
    bulletin_diag w;
    bulletin_diag_clear(&w);
    bl_font_missing_diag(&w, bulletin_doc_path(c->doc), line, column, g->cp);
    if (o->flags & BULLETIN_RENDER_STRICT) {
        if (c->diag) {
            *c->diag = w;
            c->diag->severity = BULLETIN_SEVERITY_ERROR;
        }
        return BULLETIN_ERR_FONT;
    }
    if (o->on_warning)
        o->on_warning(o->warning_user, &w);
    return BULLETIN_OK;
}

static bulletin_status report_missing(ctx *c)
{
    for (size_t li = 0; li < c->folio_first; li++) {
        const pline *pl = &c->lines[li];
        for (size_t k = 0; k < pl->count; k++) {
            const pglyph *g = &c->glyphs[pl->first + k];
            /* a non-BMP character a face has is checked when it loads */
            if (g->face < 0) {
                bulletin_status st = missing(c, pl, g);
                if (st != BULLETIN_OK)
                    return st;
            }
        }
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Fonts: subset, load, remap non-BMP characters
 * ---------------------------------------------------------------------- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Inserts a one-code segment pua -> gid into the format-4 cmap libharu
 * parsed (LIBS.md §2 E).  The new arrays come from libharu's allocator. */
static bool cmap_insert(HPDF_FontDef def, uint16_t pua, uint16_t gid)
{
    HPDF_TTFontDefAttr a = (HPDF_TTFontDefAttr)def->attr;
    HPDF_TTF_CmapRange *cm = &a->cmap;
    size_t segs = cm->seg_count_x2 / 2u, at = 0;
    while (at < segs && cm->end_count[at] < pua)
        at++;
    if (at < segs && cm->start_count[at] <= pua)
        return false; /* inside an existing segment */
    size_t n = segs + 1;
    HPDF_UINT16 *end = HPDF_GetMem(def->mmgr, (HPDF_UINT)(n * 2));
    HPDF_UINT16 *start = HPDF_GetMem(def->mmgr, (HPDF_UINT)(n * 2));
    HPDF_INT16 *delta = HPDF_GetMem(def->mmgr, (HPDF_UINT)(n * 2));
    HPDF_UINT16 *range = HPDF_GetMem(def->mmgr, (HPDF_UINT)(n * 2));
    if (!end || !start || !delta || !range) {
        if (end)
            HPDF_FreeMem(def->mmgr, end);
        if (start)
            HPDF_FreeMem(def->mmgr, start);
        if (delta)
            HPDF_FreeMem(def->mmgr, delta);
        if (range)
            HPDF_FreeMem(def->mmgr, range);
        return false;
    }
    for (size_t i = 0, j = 0; i < n; i++) {
        if (i == at) {
            end[i] = start[i] = pua;
            delta[i] = (HPDF_INT16)(uint16_t)(gid - pua);
            range[i] = 0;
            continue;
        }
        end[i] = cm->end_count[j];
        start[i] = cm->start_count[j];
        delta[i] = cm->id_delta[j];
        /* id_range_offset is relative to its own slot: segments before
         * the insertion point are one slot further from glyph_id_array */
        range[i] = cm->id_range_offset[j] && i < at ? (HPDF_UINT16)(cm->id_range_offset[j] + 2)
                                                     : cm->id_range_offset[j];
        j++;
    }
    HPDF_FreeMem(def->mmgr, cm->end_count);
    HPDF_FreeMem(def->mmgr, cm->start_count);
    HPDF_FreeMem(def->mmgr, cm->id_delta);
    HPDF_FreeMem(def->mmgr, cm->id_range_offset);
    cm->end_count = end;
    cm->start_count = start;
    cm->id_delta = delta;
    cm->id_range_offset = range;
    cm->seg_count_x2 = (HPDF_UINT16)(n * 2);
    return true;
}

/* The PUA stand-in of a non-BMP `cp` in face `f`, or 0. */
static uint32_t pua_of(const pface *f, uint32_t cp)
{
    size_t lo = 0, hi = f->ncps;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->cps[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->ncps && f->cps[lo] == cp && f->pua_of ? f->pua_of[lo] : 0;
}

/* Subsets face `id` to the code points drawn with it, loads the subset
 * into libharu (the temporary file is unlinked at once), maps non-BMP
 * characters to private-use codes, and creates the UTF-8 font. */
static bulletin_status load_face(ctx *c, int id)
{
    bulletin_status status = BULLETIN_OK;
    pface *f = &c->faces[id];
    uint32_t *gids = NULL;
    char tmp[512] = "";
    size_t n = 0;
    for (size_t i = 0; i < c->nglyphs; i++)
        n += c->glyphs[i].face == id;
    if (n == 0)
        return BULLETIN_OK;
    f->cps = bl_calloc(c->mem, n, sizeof *f->cps);
    f->codes = bl_calloc(c->mem, n, sizeof *f->codes);
    if (!f->cps || !f->codes)
        return BULLETIN_ERR_NOMEM;
    n = 0;
    for (size_t i = 0; i < c->nglyphs; i++)
        if (c->glyphs[i].face == id)
            f->cps[n++] = c->glyphs[i].cp;
    qsort(f->cps, n, sizeof *f->cps, cmp_u32);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || f->cps[m - 1] != f->cps[i])
            f->cps[m++] = f->cps[i];
    f->ncps = m;
    bool nonbmp = m && f->cps[m - 1] > 0xFFFF;
    if (nonbmp) {
        gids = bl_calloc(c->mem, m, sizeof *gids);
        f->pua_of = bl_calloc(c->mem, m, sizeof *f->pua_of);
        if (!gids || !f->pua_of) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
    }
    const bl_face_info *info = bl_fontset_face_info(c->fs, id);
    status = bl_subset_to_tmpfile(info->path, info->index, f->cps, m, gids, tmp, sizeof tmp,
                                  c->mem, &f->program, &f->nprogram, c->diag);
    if (status != BULLETIN_OK)
        goto cleanup;
    const char *name = HPDF_LoadTTFontFromFile(c->pdf, tmp, HPDF_TRUE);
    unlink(tmp); /* libharu keeps the FILE* open; the inode lives on */
    if (!name) {
        status = pdf_fail(c, BULLETIN_ERR_FONT, "cannot load the subset of a font");
        if (c->diag) {
            /* the path must outlive the font set: name the face in the message */
            size_t k = strlen(c->diag->message);
            snprintf(c->diag->message + k, sizeof c->diag->message - k, ": %s:%d", info->path,
                     info->index);
        }
        goto cleanup;
    }
    HPDF_FontDef def = HPDF_Doc_FindFontDef(c->pdf, name);
    if (!def) {
        status = pdf_fail(c, BULLETIN_ERR_FONT, "cannot find the loaded font");
        goto cleanup;
    }
    if (nonbmp) {
        uint32_t pua = 0xE000;
        for (size_t i = 0; i < m; i++) {
            if (f->cps[i] <= 0xFFFF || gids[i] == 0 || gids[i] > 0xFFFF)
                continue;
            while (pua <= 0xF8FF
                   && (HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)pua) != 0
                       || !cmap_insert(def, (uint16_t)pua, (uint16_t)gids[i])))
                pua++;
            if (pua > 0xF8FF)
                break;
            f->pua_of[i] = pua++;
        }
        if (c->hpdf_error == HPDF_FAILD_TO_ALLOC_MEM || hpdf_oom) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
    }
    /* HPDF_GetFont builds /W and the CIDToGIDMap by looking up all 65,535
     * BMP code points, each with a linear search of the cmap segments:
     * half the render time.  Both are rebuilt from the drawn characters
     * in fix_font, so libharu gets an empty cmap for the call. */
    {
        HPDF_TTFontDefAttr ta = (HPDF_TTFontDefAttr)def->attr;
        HPDF_TTF_CmapRange saved = ta->cmap;
        HPDF_UINT16 end1[1] = {0xFFFF}, start1[1] = {0xFFFF}, range1[1] = {0};
        HPDF_INT16 delta1[1] = {1};
        ta->cmap.seg_count_x2 = 2;
        ta->cmap.end_count = end1;
        ta->cmap.start_count = start1;
        ta->cmap.id_delta = delta1;
        ta->cmap.id_range_offset = range1;
        f->font = HPDF_GetFont(c->pdf, name, "UTF-8");
        ta->cmap = saved;
    }
    if (!f->font) {
        status = pdf_fail(c, BULLETIN_ERR_FONT, "cannot create the font");
        goto cleanup;
    }
cleanup:
    bl_free(c->mem, gids);
    return status;
}

/* Non-BMP characters that got no PUA stand-in: reported like a missing
 * character and drawn as a box. */
static bulletin_status check_nonbmp(ctx *c)
{
    for (size_t li = 0; li < c->folio_first; li++) {
        const pline *pl = &c->lines[li];
        for (size_t k = 0; k < pl->count; k++) {
            pglyph *g = &c->glyphs[pl->first + k];
            if (g->face < 0 || g->cp <= 0xFFFF || pua_of(&c->faces[g->face], g->cp))
                continue;
            g->face = -1;
            bulletin_status st = missing(c, pl, g);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Drawing
 * ---------------------------------------------------------------------- */

/* One line: runs of glyphs of one face and size whose gaps beyond the
 * natural advance are equal, each shown with Tc = that gap; boxes for
 * missing characters after the text object. */
static bulletin_status draw_line(ctx *c, HPDF_Page page, const pline *pl)
{
    bulletin_status status = BULLETIN_OK;
    const pglyph *g = &c->glyphs[pl->first];
    size_t n = pl->count;
    bool any_text = false, any_box = false;
    for (size_t i = 0; i < n; i++) {
        any_text |= g[i].face >= 0;
        any_box |= g[i].face < 0;
    }
    if (any_text) {
        HPDF_TRY(HPDF_Page_BeginText(page), "BeginText failed");
        double px = 0, py = 0, tc = 0;
        const pface *cur = NULL;
        float cur_size = 0;
        size_t i = 0;
        while (i < n) {
            if (g[i].face < 0) {
                i++;
                continue;
            }
            size_t j = i + 1;
            double gap = 0;
            if (j < n && g[j].face == g[i].face && g[j].size == g[i].size)
                gap = g[j].x - g[i].x - g[i].nat;
            while (j < n && g[j].face == g[i].face && g[j].size == g[i].size
                   && fabs(g[j].x - g[j - 1].x - g[j - 1].nat - gap) < 0.002)
                j++;
            const pface *f = &c->faces[g[i].face];
            if (f != cur || g[i].size != cur_size) {
                HPDF_TRY(HPDF_Page_SetFontAndSize(page, f->font, g[i].size), "SetFontAndSize failed");
                cur = f;
                cur_size = g[i].size;
            }
            /* Tc also widens a run's last glyph, which viewers count in
             * the line's extent: the line's last glyph goes alone */
            if (gap != 0 && j == n && j - i > 1)
                j--;
            if (j - i == 1)
                gap = 0;
            if (fabs(gap - tc) > 1e-4) {
                HPDF_TRY(HPDF_Page_SetCharSpace(page, (HPDF_REAL)gap), "SetCharSpace failed");
                tc = gap;
            }
            double x = pl->x0 + g[i].x, y = pl->y;
            HPDF_TRY(HPDF_Page_MoveTextPos(page, (HPDF_REAL)(x - px), (HPDF_REAL)(y - py)),
                     "MoveTextPos failed");
            px = x;
            py = y;
            c->text.len = 0;
            for (size_t k = i; k < j; k++) {
                uint32_t cp = g[k].cp > 0xFFFF ? pua_of(f, g[k].cp) : g[k].cp;
                if ((status = bl_buf_put_cp(&c->text, cp)) != BULLETIN_OK)
                    goto cleanup;
            }
            HPDF_TRY(HPDF_Page_ShowText(page, c->text.data), "ShowText failed");
            i = j;
        }
        /* Tc is part of the text state, which outlives the text object */
        if (tc != 0)
            HPDF_TRY(HPDF_Page_SetCharSpace(page, 0), "SetCharSpace failed");
        HPDF_TRY(HPDF_Page_EndText(page), "EndText failed");
    }
    if (any_box) {
        HPDF_TRY(HPDF_Page_SetLineWidth(page, (HPDF_REAL)L.box_rule), "SetLineWidth failed");
        for (size_t i = 0; i < n; i++) {
            if (g[i].face >= 0)
                continue;
            double s = g[i].size, x = pl->x0 + g[i].x;
            HPDF_TRY(HPDF_Page_Rectangle(page, (HPDF_REAL)(x + 0.1 * s), (HPDF_REAL)(pl->y - 0.1 * s),
                                         (HPDF_REAL)(g[i].nat - 0.2 * s), (HPDF_REAL)(0.9 * s)),
                     "Rectangle failed");
        }
        HPDF_TRY(HPDF_Page_Stroke(page), "Stroke failed");
    }
cleanup:
    return status;
}

/* The rules of a table's rows on one page: rows bi0..bi1-1. */
static bulletin_status draw_table_part(ctx *c, HPDF_Page page, size_t bi0, size_t bi1)
{
    bulletin_status status = BULLETIN_OK;
    const ptable *t = &c->tables[c->blocks[bi0].table];
    double top = c->blocks[bi0].top;
    double bottom = c->blocks[bi1 - 1].top - c->blocks[bi1 - 1].height;
    HPDF_TRY(HPDF_Page_SetLineWidth(page, (HPDF_REAL)L.rule), "SetLineWidth failed");
    for (size_t bi = bi0; bi < bi1; bi++) {
        double y = c->blocks[bi].top;
        HPDF_TRY(HPDF_Page_MoveTo(page, (HPDF_REAL)t->colx[0], (HPDF_REAL)y), "MoveTo failed");
        HPDF_TRY(HPDF_Page_LineTo(page, (HPDF_REAL)t->colx[t->ncols], (HPDF_REAL)y), "LineTo failed");
    }
    HPDF_TRY(HPDF_Page_MoveTo(page, (HPDF_REAL)t->colx[0], (HPDF_REAL)bottom), "MoveTo failed");
    HPDF_TRY(HPDF_Page_LineTo(page, (HPDF_REAL)t->colx[t->ncols], (HPDF_REAL)bottom), "LineTo failed");
    for (size_t k = 0; k <= t->ncols; k++) {
        HPDF_TRY(HPDF_Page_MoveTo(page, (HPDF_REAL)t->colx[k], (HPDF_REAL)top), "MoveTo failed");
        HPDF_TRY(HPDF_Page_LineTo(page, (HPDF_REAL)t->colx[k], (HPDF_REAL)bottom), "LineTo failed");
    }
    HPDF_TRY(HPDF_Page_Stroke(page), "Stroke failed");
cleanup:
    return status;
}

static bulletin_status draw(ctx *c, HPDF_Page *pages)
{
    bulletin_status status = BULLETIN_OK;
    for (int p = 0; p < c->npages; p++) {
        pages[p] = HPDF_AddPage(c->pdf);
        if (!pages[p]) {
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot add a page");
            goto cleanup;
        }
        HPDF_TRY(HPDF_Page_SetWidth(pages[p], (HPDF_REAL)L.page_w), "SetWidth failed");
        HPDF_TRY(HPDF_Page_SetHeight(pages[p], (HPDF_REAL)L.page_h), "SetHeight failed");
    }
    for (size_t li = 0; li < c->nlines; li++) {
        const pline *pl = &c->lines[li];
        if (pl->page < 1 || pl->page > c->npages)
            continue;
        if ((status = draw_line(c, pages[pl->page - 1], pl)) != BULLETIN_OK)
            goto cleanup;
    }
    /* table rules, per table and page */
    for (size_t bi = 0; bi < c->nblocks;) {
        if (c->blocks[bi].kind != BK_ROW) {
            bi++;
            continue;
        }
        size_t bj = bi + 1;
        while (bj < c->nblocks && c->blocks[bj].kind == BK_ROW
               && c->blocks[bj].table == c->blocks[bi].table
               && c->blocks[bj].page == c->blocks[bi].page)
            bj++;
        if ((status = draw_table_part(c, pages[c->blocks[bi].page - 1], bi, bj)) != BULLETIN_OK)
            goto cleanup;
        bi = bj;
    }
cleanup:
    return status;
}

/* ------------------------------------------------------------------------
 * Font fixes before saving (LIBS.md §2 A, B, F)
 * ---------------------------------------------------------------------- */

/* write_fn of a stream deflated by us and unfiltered for libharu, which
 * drops the /Filter key of such a stream: writes it back. */
static HPDF_STATUS write_flate_key(HPDF_Dict obj, HPDF_Stream stream)
{
    (void)obj;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/* Whether `dict` has `key` (HPDF_Dict_GetItem would flag an error). */
static bool dict_has(HPDF_Dict dict, const char *key)
{
    for (HPDF_UINT i = 0; i < dict->list->count; i++) {
        const HPDF_DictElement e = HPDF_List_ItemAt(dict->list, i);
        if (e && strcmp(e->key, key) == 0)
            return true;
    }
    return false;
}

static bulletin_status fix_font(ctx *c, pface *f)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_FontAttr fa = (HPDF_FontAttr)f->font->attr;
    if (fa->type != HPDF_FONT_TYPE0_TT || !fa->cmap_stream || !fa->descendant_font)
        return BULLETIN_OK;
    /* A: a real ToUnicode CMap, bfchar only, at most 100 per block */
    HPDF_Dict cm = fa->cmap_stream;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    HPDF_MemStream_FreeData(cm->stream);
    static const char *const drop[] = {"Type", "CMapName", "CIDSystemInfo", "WMode"};
    for (size_t i = 0; i < sizeof drop / sizeof *drop; i++)
        if (dict_has(cm, drop[i]))
            HPDF_TRY(HPDF_Dict_RemoveElement(cm, drop[i]), "cannot rewrite the ToUnicode CMap");
    status = bl_buf_puts(&b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                             "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                             "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    size_t count = 0;
    for (size_t i = 0; i < f->ncps; i++)
        count += f->cps[i] <= 0xFFFF || (f->pua_of && f->pua_of[i]);
    size_t done = 0;
    for (size_t i = 0; i < f->ncps && status == BULLETIN_OK; i++) {
        uint32_t cp = f->cps[i], code = cp;
        if (cp > 0xFFFF) {
            code = f->pua_of ? f->pua_of[i] : 0;
            if (!code)
                continue;
        }
        if (done % 100 == 0) {
            size_t k = count - done < 100 ? count - done : 100;
            status = bl_buf_printf(&b, "%s%zu beginbfchar\n", done ? "endbfchar\n" : "", k);
        }
        if (status == BULLETIN_OK) {
            if (cp > 0xFFFF) {
                uint32_t v = cp - 0x10000;
                status = bl_buf_printf(&b, "<%04X> <%04X%04X>\n", (unsigned)code,
                                       (unsigned)(0xD800 + (v >> 10)), (unsigned)(0xDC00 + (v & 0x3FF)));
            } else {
                status = bl_buf_printf(&b, "<%04X> <%04X>\n", (unsigned)code, (unsigned)cp);
            }
        }
        done++;
    }
    if (status == BULLETIN_OK && done)
        status = bl_buf_puts(&b, "endbfchar\n");
    if (status == BULLETIN_OK)
        status = bl_buf_puts(&b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    if (status != BULLETIN_OK)
        goto cleanup;
    HPDF_TRY(HPDF_Stream_Write(cm->stream, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len),
             "cannot write the ToUnicode CMap");

    /* B: Ordering Identity */
    HPDF_Dict si = HPDF_Dict_GetItem(fa->descendant_font, "CIDSystemInfo", HPDF_OCLASS_DICT);
    if (si) {
        HPDF_String ord = HPDF_String_New(c->pdf->mmgr, "Identity", NULL);
        if (!ord) {
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot fix the CIDSystemInfo");
            goto cleanup;
        }
        HPDF_TRY(HPDF_Dict_Add(si, "Ordering", ord), "cannot fix the CIDSystemInfo");
    }

    /* F: /W and the CIDToGIDMap of the drawn CIDs only (HPDF_GetFont
     * made them from an empty cmap, see load_face) */
    {
        HPDF_FontDef def = fa->fontdef;
        uint32_t maxcid = 0;
        size_t npairs = 0;
        for (size_t i = 0; i < f->ncps; i++) {
            uint32_t code = f->cps[i] <= 0xFFFF ? f->cps[i] : (f->pua_of ? f->pua_of[i] : 0);
            if (code) {
                f->codes[npairs++] = code;
                if (code > maxcid)
                    maxcid = code;
            }
        }
        qsort(f->codes, npairs, sizeof *f->codes, cmp_u32);
        size_t len = 2 * ((size_t)maxcid + 1);
        unsigned char *map = bl_calloc(c->mem, len, 1);
        if (!map) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        HPDF_INT32 dw = -1;
        if (dict_has(fa->descendant_font, "DW")) {
            HPDF_Number n = HPDF_Dict_GetItem(fa->descendant_font, "DW", HPDF_OCLASS_NUMBER);
            if (n)
                dw = n->value;
        }
        HPDF_Array w = HPDF_Array_New(c->pdf->mmgr), run = NULL;
        uint32_t prev = 0;
        HPDF_STATUS e = w ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
        for (size_t i = 0; i < npairs && e == HPDF_OK; i++) {
            uint32_t code = f->codes[i];
            HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(def, (HPDF_UINT16)code);
            map[2 * code] = (unsigned char)(gid >> 8);
            map[2 * code + 1] = (unsigned char)(gid & 0xFF);
            HPDF_INT16 width = HPDF_TTFontDef_GetGidWidth(def, gid);
            if (width == dw)
                continue; /* the default */
            if (!run || code != prev + 1) {
                e = HPDF_Array_AddNumber(w, (HPDF_INT32)code);
                run = e == HPDF_OK ? HPDF_Array_New(c->pdf->mmgr) : NULL;
                e = run ? HPDF_Array_Add(w, run) : HPDF_FAILD_TO_ALLOC_MEM;
            }
            if (e == HPDF_OK)
                e = HPDF_Array_AddNumber(run, width);
            prev = code;
        }
        if (e == HPDF_OK)
            e = HPDF_Dict_Add(fa->descendant_font, "W", w); /* frees the old /W */
        else if (w)
            HPDF_Array_Free(w);
        if (e == HPDF_OK && fa->map_stream) {
            /* deflated here: libharu takes 3 ms for these 130 KB.  The
             * stream is unfiltered for libharu (write_flate_key adds the
             * /Filter), and the font forgets it, else
             * CIDFontType2_BeforeWrite_Func would set its filter again */
            uLongf zlen = compressBound((uLong)len);
            unsigned char *z = bl_alloc(c->mem, zlen);
            if (!z) {
                bl_free(c->mem, map);
                status = BULLETIN_ERR_NOMEM;
                goto cleanup;
            }
            if (compress2(z, &zlen, map, (uLong)len, L.font_deflate) != Z_OK) {
                e = HPDF_STREAM_EOF;
            } else {
                HPDF_MemStream_FreeData(fa->map_stream->stream);
                e = HPDF_Stream_Write(fa->map_stream->stream, z, (HPDF_UINT)zlen);
                fa->map_stream->filter = HPDF_STREAM_FILTER_NONE;
                fa->map_stream->write_fn = write_flate_key;
                fa->map_stream = NULL;
            }
            bl_free(c->mem, z);
        }
        bl_free(c->mem, map);
        if (e != HPDF_OK) {
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot write /W or the CIDToGIDMap");
            goto cleanup;
        }
    }
cleanup:
    bl_buf_free(&b);
    return status;
}

/* The font program: the hb-subset file itself, deflated here, instead of
 * libharu's copy.  At save time libharu rewrites the font byte by byte
 * (HPDF_TTFontDef_SaveFontData) and deflates it at level 6: a third of
 * the render time.  A descriptor set on the fontdef beforehand makes it
 * skip both (CIDFontType2_BeforeWrite_Func creates one only when there is
 * none); this one has the same entries as libharu's. */
static bulletin_status embed_program(ctx *c, pface *f)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_FontAttr fa = (HPDF_FontAttr)f->font->attr;
    HPDF_FontDef def = fa->fontdef;
    unsigned char *z = NULL;
    if (!f->program || def->descriptor || !fa->xref)
        return BULLETIN_OK; /* libharu embeds it */
    uLongf zlen = compressBound((uLong)f->nprogram);
    z = bl_alloc(c->mem, zlen);
    if (!z)
        return BULLETIN_ERR_NOMEM;
    if (compress2(z, &zlen, f->program, (uLong)f->nprogram, L.font_deflate) != Z_OK) {
        status = bl_diag_set(c->diag, BULLETIN_ERR_PDF, bulletin_doc_path(c->doc), 0, 0,
                             "cannot compress a font");
        goto cleanup;
    }
    HPDF_MMgr mm = c->pdf->mmgr;
    HPDF_Dict d = HPDF_Dict_New(mm);
    if (!d || HPDF_Xref_Add(fa->xref, d) != HPDF_OK) { /* Xref_Add frees d on failure */
        status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot create a font descriptor");
        goto cleanup;
    }
    HPDF_STATUS e = HPDF_OK;
    e |= HPDF_Dict_AddName(d, "Type", "FontDescriptor");
    e |= HPDF_Dict_AddName(d, "FontName", def->base_font);
    e |= HPDF_Dict_AddNumber(d, "Ascent", def->ascent);
    e |= HPDF_Dict_AddNumber(d, "Descent", def->descent);
    e |= HPDF_Dict_AddNumber(d, "Flags", (HPDF_INT32)def->flags);
    e |= HPDF_Dict_Add(d, "FontBBox", HPDF_Box_Array_New(mm, def->font_bbox));
    e |= HPDF_Dict_AddNumber(d, "ItalicAngle", def->italic_angle);
    e |= HPDF_Dict_AddNumber(d, "StemV", def->stemv);
    e |= HPDF_Dict_AddNumber(d, "XHeight", def->x_height);
    HPDF_Dict ff = e == HPDF_OK ? HPDF_DictStream_New(mm, fa->xref) : NULL;
    if (!ff) {
        status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot create a font descriptor");
        goto cleanup;
    }
    /* deflated already: libharu copies the data as it is and drops any
     * /Filter key of an unfiltered stream, so write_fn adds it */
    ff->filter = HPDF_STREAM_FILTER_NONE;
    ff->write_fn = write_flate_key;
    e |= HPDF_Stream_Write(ff->stream, z, (HPDF_UINT)zlen);
    e |= HPDF_Dict_AddNumber(ff, "Length1", (HPDF_INT32)f->nprogram);
    e |= HPDF_Dict_Add(d, "FontFile2", ff);
    if (e != HPDF_OK) {
        status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot embed a font");
        goto cleanup;
    }
    def->descriptor = d;
cleanup:
    bl_free(c->mem, z);
    return status;
}

/* ------------------------------------------------------------------------
 * Metadata, outline
 * ---------------------------------------------------------------------- */

static HPDF_Date info_date(const ctx *c)
{
    HPDF_Date d = {2000, 1, 1, 0, 0, 0, 'Z', 0, 0};
    long long e = c->opts->epoch;
    const char *meta = bulletin_doc_meta(c->doc, BULLETIN_META_DATE);
    int y, m, dd;
    if (e >= 0) {
        time_t t = (time_t)e;
        struct tm tm;
        if (gmtime_r(&t, &tm) && tm.tm_year + 1900 <= 9999) {
            d.year = tm.tm_year + 1900;
            d.month = tm.tm_mon + 1;
            d.day = tm.tm_mday;
            d.hour = tm.tm_hour;
            d.minutes = tm.tm_min;
            d.seconds = tm.tm_sec;
        }
    } else if (meta && sscanf(meta, "%4d-%2d-%2d", &y, &m, &dd) == 3) {
        d.year = y;
        d.month = m;
        d.day = dd;
    }
    return d;
}

/* Whether UTF-8 `s` has a character beyond the BMP (libharu's encoder
 * writes those as spaces: LIBS.md §2 G). */
static bool has_nonbmp(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0xF0)
            return true;
    return false;
}

/* Sets `key` of `dict` to `text` as a UTF-16BE string with a BOM, written
 * in hex: the way to get non-BMP characters into the info dictionary and
 * outline titles. */
static bulletin_status put_utf16(ctx *c, HPDF_Dict dict, const char *key, const char *text)
{
    bulletin_status status = BULLETIN_OK;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    size_t len = strlen(text);
    status = bl_buf_put(&b, "\xFE\xFF", 2);
    for (size_t i = 0; i < len && status == BULLETIN_OK;) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            cp = 0xFFFD;
            k = 1;
        }
        i += (size_t)k;
        unsigned char u[4];
        size_t n = 2;
        if (cp > 0xFFFF) {
            uint32_t v = cp - 0x10000, hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);
            u[0] = (unsigned char)(hi >> 8), u[1] = (unsigned char)hi;
            u[2] = (unsigned char)(lo >> 8), u[3] = (unsigned char)lo;
            n = 4;
        } else {
            u[0] = (unsigned char)(cp >> 8), u[1] = (unsigned char)cp;
        }
        status = bl_buf_put(&b, (const char *)u, n);
    }
    if (status == BULLETIN_OK) {
        HPDF_Binary v = HPDF_Binary_New(c->pdf->mmgr, (HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
        if (!v || HPDF_Dict_Add(dict, key, v) != HPDF_OK)
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot write a UTF-16 string");
    }
    bl_buf_free(&b);
    return status;
}

static bulletin_status set_info(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_Doc pdf = c->pdf;
    HPDF_TRY(HPDF_SetCurrentEncoder(pdf, "UTF-8"), "cannot select the UTF-8 encoder");
    static const struct {
        bulletin_meta meta;
        HPDF_InfoType type;
        const char *key;
    } fields[] = {
        {BULLETIN_META_TITLE, HPDF_INFO_TITLE, "Title"},
        {BULLETIN_META_ISSUER, HPDF_INFO_AUTHOR, "Author"},
        {BULLETIN_META_SUBTITLE, HPDF_INFO_SUBJECT, "Subject"},
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        const char *v = bulletin_doc_meta(c->doc, fields[i].meta);
        if (!v || !*v)
            continue;
        HPDF_TRY(HPDF_SetInfoAttr(pdf, fields[i].type, v), "cannot set the document information");
        if (has_nonbmp(v) && pdf->info)
            BL_CHECK(put_utf16(c, pdf->info, fields[i].key, v));
    }
    HPDF_TRY(HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "bulletin"), "cannot set the creator");
    HPDF_Date d = info_date(c);
    HPDF_TRY(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d), "cannot set the date");
    HPDF_TRY(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d), "cannot set the date");
cleanup:
    return status;
}

static bulletin_status add_outline(ctx *c, HPDF_Page *pages)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_Encoder enc = HPDF_GetEncoder(c->pdf, "UTF-8");
    HPDF_Outline root = NULL;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    if (!enc)
        return pdf_fail(c, BULLETIN_ERR_PDF, "no UTF-8 encoder");
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        const pblock *blk = &c->blocks[bi];
        if (!blk->outline || blk->page < 1)
            continue;
        bool is_title = bulletin_node_get_type(blk->node) == BULLETIN_NODE_TITLE;
        b.len = 0;
        if (!is_title && (status = bl_buf_puts(&b, bulletin_node_numbering(blk->node))) != BULLETIN_OK)
            goto cleanup;
        if ((status = bl_buf_puts(&b, bulletin_node_text(blk->node, NULL))) != BULLETIN_OK)
            goto cleanup;
        HPDF_Outline o = HPDF_CreateOutline(c->pdf, is_title ? NULL : root, b.data, enc);
        if (!o) {
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot create an outline entry");
            goto cleanup;
        }
        if (has_nonbmp(b.data))
            BL_CHECK(put_utf16(c, o, "Title", b.data));
        HPDF_Destination dst = HPDF_Page_CreateDestination(pages[blk->page - 1]);
        if (!dst) {
            status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot create a destination");
            goto cleanup;
        }
        HPDF_TRY(HPDF_Destination_SetFitH(dst, (HPDF_REAL)fmin(L.page_h, blk->top + c->row)),
                 "cannot set a destination");
        HPDF_TRY(HPDF_Outline_SetDestination(o, dst), "cannot set a destination");
        if (is_title && !root) {
            root = o;
            HPDF_TRY(HPDF_Outline_SetOpened(o, HPDF_TRUE), "cannot open the outline");
        }
    }
    if (root)
        HPDF_TRY(HPDF_SetPageMode(c->pdf, HPDF_PAGE_MODE_USE_OUTLINE), "cannot set the page mode");
cleanup:
    bl_buf_free(&b);
    return status;
}

/* ------------------------------------------------------------------------
 * Entry point
 * ---------------------------------------------------------------------- */

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
    c->measure = floor((L.page_w - 2 * L.margin_side) / L.body + 1e-9) * L.body;
    c->left = (L.page_w - c->measure) / 2;
    c->top = L.margin_top;
    set_grid(c, L.row);

    /* fonts */
    const char *dir = opts->fonts_dir ? opts->fonts_dir : "fonts";
    bl_buf mp;
    bl_buf_init(&mp, c->mem);
    if (bl_buf_printf(&mp, "%s/fonts.ini", dir) != BULLETIN_OK || !(map_path = bl_buf_detach(&mp))) {
        bl_buf_free(&mp);
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(bl_fontset_open(map_path, c->mem, &c->fs, diag));

    /* 1-2: layout and pages */
    BL_CHECK(collect(c));
    paginate(c);
    if (c->npages > 1 && c->last_page_lines <= L.squeeze_lines) {
        /* a nearly empty last page: a slightly closer grid, the same on
         * every page, if that saves the page */
        int loose = c->npages;
        double row = L.row;
        while (c->npages >= loose && (row -= L.squeeze_step) >= L.min_row - 1e-9) {
            set_grid(c, row);
            paginate(c);
        }
        if (c->npages >= loose) {
            set_grid(c, L.row);
            paginate(c);
        }
    }
    BL_CHECK(add_folios(c));
    BL_CHECK(report_missing(c));

    /* 3: the document and its fonts */
    hpdf_oom = false;
    c->pdf = HPDF_NewEx(hpdf_error, hpdf_alloc, hpdf_free, 0, c);
    if (!c->pdf) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, bulletin_doc_path(doc), 0, 0,
                             "cannot create the PDF document");
        goto cleanup;
    }
    HPDF_TRY(HPDF_SetCompressionMode(c->pdf, HPDF_COMP_ALL), "cannot set compression");
    HPDF_TRY(HPDF_UseUTFEncodings(c->pdf), "cannot enable UTF-8");
    c->nfaces = bl_fontset_face_count(c->fs);
    c->faces = bl_calloc(c->mem, c->nfaces ? c->nfaces : 1, sizeof *c->faces);
    if (!c->faces) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t f = 0; f < c->nfaces; f++)
        BL_CHECK(load_face(c, (int)f));
    BL_CHECK(check_nonbmp(c));

    /* 4: pages */
    pages = bl_calloc(c->mem, (size_t)c->npages, sizeof *pages);
    if (!pages) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(draw(c, pages));

    /* 5: fixes, metadata, save */
    for (size_t f = 0; f < c->nfaces; f++)
        if (c->faces[f].font) {
            BL_CHECK(fix_font(c, &c->faces[f]));
            BL_CHECK(embed_program(c, &c->faces[f]));
        }
    BL_CHECK(set_info(c));
    BL_CHECK(add_outline(c, pages));
    HPDF_TRY(HPDF_SaveToStream(c->pdf), "cannot save the PDF");
    HPDF_UINT32 size = HPDF_GetStreamSize(c->pdf);
    if (size == 0) {
        status = pdf_fail(c, BULLETIN_ERR_PDF, "empty PDF stream");
        goto cleanup;
    }
    bytes = bl_alloc(c->mem, size);
    if (!bytes) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    HPDF_UINT32 got = size;
    HPDF_STATUS e = HPDF_ReadFromStream(c->pdf, bytes, &got);
    if ((e != HPDF_OK && e != HPDF_STREAM_EOF) || got != size) {
        status = pdf_fail(c, BULLETIN_ERR_PDF, "cannot read the PDF stream");
        goto cleanup;
    }

    /* 6: out; the placements only once the PDF exists */
    if (opts->on_place)
        for (size_t li = 0; li < c->folio_first; li++)
            if (!c->lines[li].meta)
                opts->on_place(opts->place_user, c->lines[li].node, c->lines[li].offset,
                               c->lines[li].page);
    if (sink((const char *)bytes, size, user) != 0)
        status = bl_diag_set(diag, BULLETIN_ERR_IO, bulletin_doc_path(doc), 0, 0, "write failed");

cleanup:
    if (status == BULLETIN_ERR_NOMEM && diag && diag->status != BULLETIN_ERR_NOMEM)
        bl_diag_set(diag, status, bulletin_doc_path(doc), 0, 0, "out of memory");
    if (c->pdf)
        HPDF_Free(c->pdf);
    hpdf_oom = saved_oom;
    if (c->faces)
        for (size_t f = 0; f < c->nfaces; f++) {
            bl_free(c->mem, c->faces[f].cps);
            bl_free(c->mem, c->faces[f].pua_of);
            bl_free(c->mem, c->faces[f].codes);
            bl_free(c->mem, c->faces[f].program);
        }
    bl_free(c->mem, c->faces);
    for (size_t t = 0; t < c->ntables; t++)
        bl_free(c->mem, c->tables[t].colx);
    bl_free(c->mem, c->tables);
    bl_free(c->mem, c->blocks);
    bl_free(c->mem, c->lines);
    bl_free(c->mem, c->glyphs);
    bl_free(c->mem, c->chars);
    bl_layout_free(&c->lay);
    bl_buf_free(&c->text);
    bl_fontset_free(c->fs);
    bl_free(c->mem, pages);
    bl_free(c->mem, bytes);
    bl_free(c->mem, map_path);
    return status;
}
