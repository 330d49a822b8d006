/*
 * render_pdf.c - the PDF backend's entry point, bulletin_render_pdf: it
 * loads the template and the fonts, then runs the steps of a render, each
 * in a file of its own in src/pdf/ (their shared declarations, the
 * render's state `ctx` among them, are in pdf_int.h):
 *
 *   1. blocks.c      lay out every block of the model (src/pdf/layout.h,
 *                    widths from src/pdf/fonts.h) and collect its glyphs;
 *   2. paginate.c    paginate on the baseline grid; then furniture.c adds
 *                    the front pages (cover, key figures) and the running
 *                    header and footer, and on_place hears every line;
 *   3. embed_font.c  subset each face used to exactly the code points
 *                    drawn with it, gathered as each block was laid out
 *                    (bl_pdf_fold; src/pdf/subset.h) and make its font
 *                    objects, the programs deflating meanwhile (deflate.c);
 *   4. draw.c        draw the pages, one at a time, each content stream
 *                    deflated once its page is done;
 *   5. info.c        set the information, outline and page labels; then
 *                    the file is saved to memory (libharu 2.3.0);
 *   6.               pass the bytes to the sink in one go.
 *
 * A failure at any step writes nothing.
 *
 * Only the files of src/pdf/ include hpdf.h.  libharu writes the pages,
 * graphics, outline, labels and the file; the fonts are ours (shared
 * docs/LIBS.md §2, §4, §9; see embed_font.c), and draw.c writes the text
 * operators with their codes.
 *
 * Layout comes from a template (src/pdf/template.h: templates/NAME.ini,
 * the CLI option, else the front matter's `template:`, else "brochure"):
 * page, margins, grid, the style of every element, colours, the blocks
 * (cover, key figures), header and footer.  The engine's own constants
 * are in the struct L of pdf_int.h.  Lines sit on a baseline grid (the
 * template's line pitch); every block ends on it (paginate.c).
 *
 * Pages: an optional cover and an optional key-figures page come first;
 * then the text pages, which carry the running header and the footer
 * ("— N —", N counted from the first text page).  Page labels: 封面,
 * 关键数据, then 1, 2, ...; on_place reports that printed number.
 * Outline: the title (pointing at page 1) with every heading under it,
 * nested by level (run-in headings too), opened.
 *
 * Everything the render allocates goes through its bulletin_mem; libharu
 * and HarfBuzz allocate with malloc (see ctx.c for why).  libharu's
 * error handler records error_no/detail_no for the diag and never jumps.
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
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libdeflate.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "pdf_int.h"

/* A template kept in the render's cache, with the allocator it came from. */
typedef struct {
    const bulletin_mem *mem;
    bl_template tpl;
} cached_template;

static void destroy_template(void *p)
{
    cached_template *ct = p;
    bl_free(ct->mem, ct);
}

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
    /* with a cache: each template read once per process (a batch's
     * bulletins read the same one; it is a plain struct, copied out) */
    bulletin_cache *cache = c->opts->cache;
    bl_buf key;
    bl_buf_init(&key, c->mem);
    if (cache) {
        if ((st = bl_buf_printf(&key, "template\x1f%s\x1f%s", dir, name)) != BULLETIN_OK) {
            bl_buf_free(&key);
            return st;
        }
        const cached_template *ct = bl_cache_find(cache, key.data);
        if (ct) {
            c->tpl = ct->tpl;
            bl_buf_free(&key);
            return BULLETIN_OK;
        }
    }
    st = bl_template_load(name, dir, &c->tpl, c->diag);
    if (st == BULLETIN_OK && cache) {
        /* only a template that loaded: a failure is reported each time */
        cached_template *ct = bl_alloc(c->mem, sizeof *ct);
        if (ct) {
            ct->mem = c->mem;
            ct->tpl = c->tpl;
            if (bl_cache_add(cache, key.data, ct, destroy_template) != BULLETIN_OK)
                bl_free(c->mem, ct); /* not kept: read again next time */
        }
    }
    bl_buf_free(&key);
    return st;
}

static void destroy_fontset(void *fs) { bl_fontset_free(fs); }

/* A text of this many bytes or more gives its font pages back after the
 * PDF (bl_fontset_drop_pages); a batch's bulletins, smaller, keep them
 * for the next one. */
#define DROP_FONT_PAGES_FROM ((size_t)64 << 10)

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
        struct stat st;
        if (access(path, R_OK) != 0) {
            bl_diag_set(c->diag, BULLETIN_ERR_TEMPLATE, c->tpl.path, c->tpl.font_line[r], 0,
                        "font file '%s' for role %s not found (%s)", f,
                        bl_font_role_name((bl_font_role)r), path);
            return BULLETIN_ERR_TEMPLATE;
        }
        if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            bl_diag_set(c->diag, BULLETIN_ERR_TEMPLATE, c->tpl.path, c->tpl.font_line[r], 0,
                        "font file '%s' for role %s is not a regular file (%s)", f,
                        bl_font_role_name((bl_font_role)r), path);
            return BULLETIN_ERR_TEMPLATE;
        }
        /* A file the template names must be a font: its error belongs to
         * the template's line, not to the font map's fallback. */
        unsigned char magic[4] = {0};
        FILE *ff = fopen(path, "rb");
        size_t got = ff ? fread(magic, 1, 4, ff) : 0;
        if (ff)
            fclose(ff);
        if (got != 4 || !(!memcmp(magic, "\0\1\0\0", 4) || !memcmp(magic, "OTTO", 4) ||
                          !memcmp(magic, "true", 4) || !memcmp(magic, "ttcf", 4))) {
            bl_diag_set(c->diag, BULLETIN_ERR_TEMPLATE, c->tpl.path, c->tpl.font_line[r], 0,
                        "font file '%s' for role %s is not a TrueType or OpenType font (%s)", f,
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

/* The font set's warnings from index `from` on, but for the roles that
 * fell back (font_warnings says those in one warning). */
static void fontset_warnings_from(ctx *c, size_t from)
{
    const bulletin_render_opts *o = c->opts;
    size_t n = bl_fontset_warning_count(c->fs);
    for (size_t i = from; i < n; i++) {
        const bulletin_diag *w = bl_fontset_warning(c->fs, i);
        if (strncmp(w->message, "font role ", 10) != 0)
            o->on_warning(o->warning_user, w);
    }
    c->fs_warned = n;
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
    fontset_warnings_from(c, 0);
    if (msg[0]) {
        bulletin_diag w;
        bulletin_diag_clear(&w);
        bl_diag_set(&w, BULLETIN_ERR_FONT, map_path, 0, 0,
                    "licensed fonts not found, free faces used: %s (see fonts/README.md)", msg);
        w.severity = BULLETIN_SEVERITY_WARNING;
        o->on_warning(o->warning_user, &w);
    }
}

/* A document whose glyphs, blocks and pages hold this much (their
 * records, and some 7 KB of libharu's objects a page: PAGE_BYTES) gives
 * the heap's free memory back to the system after each step that frees
 * much of it (give_back): 100,000 headings (5,265 pages, 43 MB) do, and
 * 300,000 bare figures (600,000 glyphs, 14 MB + 4 MB of pages), and
 * 40,000 run-in items (15 MB: 16 MB was the threshold when a glyph's
 * record was 40 bytes, and at 24 they peaked 4 MB higher without it); the
 * bench's 100x text (some 220,000 glyphs on 186 pages, 7 MB) does
 * without the system calls and the page faults after them. */
#define GIVE_BACK_BYTES ((size_t)12 << 20)
#define PAGE_BYTES 7000

/* A document of this many characters (in its nodes' text: about its
 * glyph records, 24 bytes each) or more is streamed (ctx.stream): the
 * glyph records of its text are dropped once each block is folded and
 * laid out again, block by block, as its pages are drawn, so that those
 * alive at once are a few pages' rather than the document's; the layout
 * runs twice (some 24% of an export's instructions at the bench's 100x
 * text, which has some 210,000 characters and stays below).  Below it
 * the records take at most some 10 MB. */
#ifndef BL_PDF_STREAM_FROM
#define BL_PDF_STREAM_FROM 400000
#endif
size_t bl_pdf_stream_from = BL_PDF_STREAM_FROM;
_Thread_local size_t bl_pdf_glyphs_high;

/* ... unless one of its texts has this many characters: a paragraph
 * broken a window at a time (lay.c) is one block, whose glyphs would
 * be held twice while it is laid out again (300,000 bare figures: 64 MB
 * whole, 97 MB streamed). */
#define STREAM_NODE_MAX 16384

/* Whether the document is streamed: bl_pdf_stream_from characters of
 * text or more, none of its texts STREAM_NODE_MAX or more. */
static bool streamed(const bulletin_doc *doc)
{
    if (bulletin_doc_input_bytes(doc) < bl_pdf_stream_from)
        return false; /* fewer characters than bytes */
    size_t n = 0;
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        if (ev == BULLETIN_EV_EXIT)
            continue;
        size_t len = 0, k = 0;
        const char *t = bulletin_node_text(bulletin_iter_node(&it), &len);
        for (size_t i = 0; t && i < len; i++)
            k += ((unsigned char)t[i] & 0xC0) != 0x80;
        if (k >= STREAM_NODE_MAX)
            return false;
        n += k;
    }
    return n >= bl_pdf_stream_from;
}

/* A document of this many figures gives the heap's free memory back
 * before its layout too: the parse grew its figure list by doubling and
 * left the old copies in the heap (the 150,000 figures of `5.` repeated
 * 300,000 times: 5 MB; the bench's 100x text has some 4,400 figures). */
#define GIVE_BACK_FIGURES 50000

/* glibc keeps what is freed in its heap for the next allocations, but
 * the next step's large arrays and text (the outline's, the saved file)
 * are new blocks of their own: without this, what a step had freed
 * stayed resident until the end (100,000 headings: 17 MB after the
 * structure tree's records, 30 MB of libharu's objects after the save).
 * Only with libc's allocator, the default: a caller's own may not be
 * malloc. */
/* The saved file, written into by libharu through a callback stream
 * (save_write) instead of its memory stream: that stream copies what it
 * is given a byte at a time (HPDF_MemCpy) into 4 KB blocks, and the
 * blocks were then copied out again whole (bl_pdf_stream_bytes).  The
 * same bytes in the same order: libharu counts the stream's size (its
 * xref offsets) in HPDF_Stream_Write whatever the stream's kind. */
typedef struct {
    const bulletin_mem *mem;
    unsigned char *data;
    size_t len, cap;
    bool failed; /* out of memory */
} save_buf;

static HPDF_STATUS save_write(HPDF_Stream stream, const HPDF_BYTE *ptr, HPDF_UINT siz)
{
    save_buf *b = stream->attr;
    if (siz > b->cap - b->len) {
        size_t cap = b->cap ? b->cap : (size_t)1 << 16;
        while (cap - b->len < siz) {
            if (cap > SIZE_MAX / 2) {
                b->failed = true;
                return HPDF_FAILD_TO_ALLOC_MEM;
            }
            cap *= 2;
        }
        unsigned char *d = bl_realloc_array(b->mem, b->data, cap, 1);
        if (!d) {
            b->failed = true;
            return HPDF_FAILD_TO_ALLOC_MEM;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, ptr, siz);
    b->len += siz;
    return HPDF_OK;
}

static void give_back(ctx *c)
{
#ifdef __GLIBC__
    if (c->big && c->mem == bulletin_default_mem())
        (void)malloc_trim(0);
#else
    (void)c;
#endif
}

/* Frees what only the layout uses once every line is laid out, the
 * front pages' and the furniture's included: its scratch (characters,
 * break classes, the breaker's arrays), the figures drawn in the accent
 * colour and those no line breaks inside (an index a figure: 150,000 bare
 * figures, 1.2 MB), ICU's word finder.  The cleanup
 * frees them (NULL) again. */
static void release_scratch(ctx *c, bool figures)
{
    bl_pdf_free_chars(c);
    bl_layout_free(&c->lay);
    if (figures) {
        bl_free(c->mem, c->figs);
        bl_free(c->mem, c->keeps);
        c->figs = c->keeps = NULL;
        c->nfigs = c->nkeeps = 0;
    }
    bl_words_close(c->words);
    c->words = NULL;
    c->words_tried = false;
    if (bl_words_transient && !c->stream)
        bl_words_unload(); /* a streamed text is laid out again as it is drawn */
    give_back(c);
}

static void release_layout(ctx *c)
{
    release_scratch(c, !c->stream); /* streamed: the text is laid out again */
}

/* Frees the laid-out lines and glyphs and the layout's scratch once the
 * pages are drawn (the outline and the tree need only the blocks and the
 * elements); the cleanup frees them (NULL) again. */
static void release_lines(ctx *c)
{
    bl_free(c->mem, c->glyphs);
    bl_free(c->mem, c->lines);
    bl_free(c->mem, c->sizes);
    bl_free(c->mem, c->rises);
    bl_free(c->mem, c->odd_nat);
    c->glyphs = NULL;
    c->lines = NULL;
    c->sizes = NULL;
    c->rises = NULL;
    c->raised = false;
    c->odd_nat = NULL;
    c->nglyphs = c->nlines = c->nsizes = c->nodd_nat = 0;
    c->cap_glyphs = c->cap_lines = c->cap_sizes = c->cap_rises = c->cap_odd_nat = 0;
    release_scratch(c, true);
}

/* Frees the blocks and the structure elements once the tree is written
 * as text, before the outline's text (its entries are records of their
 * own: bl_pdf_add_outline), the save and the rewrite, which hold the
 * file two or three times. */
static void release_blocks(ctx *c)
{
    bl_free(c->mem, c->blocks);
    c->blocks = NULL;
    c->nblocks = c->cap_blocks = 0;
    bl_pdf_free_alts(c);
    bl_free(c->mem, c->tags);
    bl_free(c->mem, c->mcrs);
    c->tags = NULL;
    c->mcrs = NULL;
    c->ntags = c->nmcrs = c->cap_tags = c->cap_mcrs = 0;
    give_back(c);
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
    bool saved_oom = bl_pdf_hpdf_oom;

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
    bl_buf_init(&c->tagtext, c->mem);
    bl_buf_init(&c->outtext, c->mem);
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
    /* what the parse left in the heap, given back before the layout */
    c->big = bulletin_doc_figure_count(doc) >= GIVE_BACK_FIGURES;
    give_back(c);
    BL_CHECK(bl_pdf_pick_accent_figures(c));

    /* 1-2: layout and pages: the front pages first */
    bl_key_figure keys[BL_SELECT_KEYS_MAX];
    size_t nkeys = 0;
    bool chart = false;
    if (c->tpl.key_figures) {
        /* the template's count, 1 to 12 (BL_SELECT_KEYS_MAX) */
        BL_CHECK(bl_select_key_figures(doc, c->mem, keys, (size_t)c->tpl.key_figures_count,
                                       &nkeys));
        /* the growth series once: whether there is a chart, and its bars
         * (at most a page's height of them) */
        size_t cap = c->tt > c->tb ? (size_t)((c->tt - c->tb) / L.bar_pitch) + 1 : 1;
        if (!(c->bars = bl_calloc(c->mem, cap, sizeof *c->bars))) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        c->nbars = bl_select_growth_series(doc, c->bars, cap);
        chart = c->nbars > 0;
        if (c->nbars > cap)
            c->nbars = cap;
    }
    if (bl_template_untitled(doc))
        c->tpl.cover = false; /* a cover needs a title: no file name on it */
    c->front = (c->tpl.cover ? 1 : 0) + (nkeys || chart ? 1 : 0);
    c->key_page = nkeys || chart ? c->front : 0;
    if (c->key_page) {
        size_t slen = 0;
        const char *src = bulletin_doc_source(doc, &slen);
        c->traditional = src && bl_pdf_is_traditional(src, slen);
    }
    c->stream = streamed(doc);
    BL_CHECK(bl_pdf_collect(c));
    bl_pdf_paginate(c);
    c->folio_first = c->nlines; /* the text's lines and the header copies */
    if (c->tpl.cover)
        BL_CHECK(bl_pdf_add_cover(c, 1));
    if (c->key_page)
        BL_CHECK(bl_pdf_add_key_figures(c, c->key_page, keys, nkeys));
    BL_CHECK(bl_pdf_add_furniture(c));
    c->big = (c->nglyphs + c->glyphs_dropped) * sizeof *c->glyphs + c->nblocks * sizeof *c->blocks
                 + (size_t)c->npages * PAGE_BYTES
             >= GIVE_BACK_BYTES;
    release_layout(c); /* every line is laid out */
    BL_CHECK(bl_pdf_tag_text(c));
    BL_CHECK(bl_pdf_report_missing(c));
    /* the layout is final: other outputs may cite its pages from now on */
    if (opts->on_place) {
        /* A line of two nodes (a run-in heading's lead and the paragraph
         * that starts after it on its line) is named after the first; the
         * other starts on it, at its offset 0, unless a line before named
         * it already (the lead of a line named after its paragraph). */
        const bulletin_node *prev = NULL, *prev_alt = NULL;
        for (size_t li = 0; li < c->folio_first; li++) {
            const pline *pl = &c->lines[li];
            if (pl->meta)
                continue;
            int page = pl->page - c->front;
            opts->on_place(opts->place_user, pl->node, pl->offset, page);
            if (pl->alt && pl->alt != prev && pl->alt != prev_alt && pl->alt != pl->node)
                opts->on_place(opts->place_user, pl->alt, 0, page);
            prev = pl->node;
            prev_alt = pl->alt;
        }
    }
    if (opts->on_placed)
        opts->on_placed(opts->place_user);

    /* 3: the document and its fonts */
    c->pdf = bl_pdf_new_doc(c);
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
    BL_CHECK(bl_pdf_fold(c)); /* the lines after the text's blocks */
    for (size_t f = 0; f < c->nfaces; f++) {
        BL_CHECK(bl_pdf_load_face(c, (int)f));
        if (c->faces[f].used)
            BL_CHECK(bl_pdf_make_font(c, &c->faces[f]));
    }
    bl_pdf_free_fold(c);
    BL_CHECK(bl_pdf_check_glyphs(c));
    bl_pdf_assign_codes(c);

    /* 4: pages */
    pages = bl_calloc(c->mem, (size_t)c->npages, sizeof *pages);
    if (!pages) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(bl_pdf_draw(c, pages));
    /* a face is opened when a character first asks for it (fonts.c
     * face_ready): one FreeType cannot read after all warns now, in the
     * render that asked, not only in a batch's next bulletin */
    if (c->opts->on_warning)
        fontset_warnings_from(c, c->fs_warned);
    release_lines(c); /* the half-million-paragraph text peaked 200 MB higher with them */
    /* every glyph is measured, subset and drawn: a large text gives back
     * the pages its faces read (the 100x text: some 7 MB of font files,
     * else carried through the workbook that the export makes next) */
    if (bulletin_doc_input_bytes(doc) >= DROP_FONT_PAGES_FROM)
        bl_fontset_drop_pages(c->fs);

    /* 5: fixes, metadata, save */
    BL_CHECK(bl_pdf_set_info(c));
    if (c->tpl.outline)
        BL_CHECK(bl_pdf_add_outline(c));
    BL_CHECK(bl_pdf_add_page_labels(c));
    BL_CHECK(bl_pdf_write_tags(c, pages)); /* the last objects (compact.c numbers on) */
    release_blocks(c);
    BL_CHECK(bl_pdf_write_outline(c, pages)); /* ... then the outline's */
    for (size_t f = 0; f < c->nfaces; f++)
        BL_CHECK(bl_pdf_finish_deflate(c, &c->faces[f].job));
    /* HPDF_SaveToStream makes a memory stream only when the document has
     * no stream: it writes into ours (and empties only a memory stream) */
    save_buf saved = {.mem = c->mem};
    if (!c->pdf->stream)
        c->pdf->stream = HPDF_CallbackWriter_New(c->pdf->mmgr, save_write, &saved);
    bool own = c->pdf->stream && c->pdf->stream->attr == &saved;
    if (HPDF_SaveToStream(c->pdf) != HPDF_OK) {
        bl_free(c->mem, saved.data);
        status = saved.failed ? BULLETIN_ERR_NOMEM : bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot save the PDF");
        goto cleanup;
    }
    size_t size = own ? saved.len : HPDF_GetStreamSize(c->pdf);
    if (own) {
        bytes = saved.data; /* ours from now on */
        saved.data = NULL;
    }
    if (size == 0) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "empty PDF stream");
        goto cleanup;
    }
    if (!own) {
        bytes = bl_realloc_array(c->mem, NULL, size, 1); /* read into whole */
        if (!bytes) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        if (!c->pdf->stream || !bl_pdf_stream_bytes(c->pdf->stream, bytes, size)) {
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot read the PDF stream");
            goto cleanup;
        }
    }
    /* libharu's objects are done with: freed before the rewrite (the
     * 10 MB bulletin peaked 200 MB higher with both) */
    HPDF_Free(c->pdf);
    c->pdf = NULL;
    give_back(c);

    /* 6: object streams, then out */
    {
        unsigned char *packed = NULL;
        size_t plen = 0;
        BL_CHECK(bl_pdf_compact(c, bytes, size, &packed, &plen));
        bl_free(c->mem, bytes);
        bytes = packed;
        size = (HPDF_UINT32)plen;
    }
    if (sink((const char *)bytes, size, user) != 0)
        status = bl_diag_set(diag, BULLETIN_ERR_IO, bulletin_doc_path(doc), 0, 0, "write failed");

cleanup:
    bl_pdf_glyphs_high = c->glyphs_high;
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
    bl_pdf_hpdf_oom = saved_oom;
    if (c->faces)
        for (size_t f = 0; f < c->nfaces; f++) {
            bl_pdf_free_deflate(c, &c->faces[f].job); /* joins first: it reads sub.program */
            bl_free(c->mem, c->faces[f].cps);
            bl_free(c->mem, c->faces[f].bmp);
            bl_free(c->mem, c->faces[f].rank);
            bl_free(c->mem, c->faces[f].code);
            bl_free(c->mem, c->faces[f].vars);
            bl_free(c->mem, c->faces[f].ucode);
            bl_free(c->mem, c->faces[f].wcode);
            bl_subset_free(&c->faces[f].sub, c->mem);
        }
    bl_free(c->mem, c->faces);
    for (size_t t = 0; t < c->ntables; t++)
        bl_free(c->mem, c->tables[t].colx);
    bl_free(c->mem, c->tables);
    bl_free(c->mem, c->shapes);
    bl_free(c->mem, c->bars);
    bl_free(c->mem, c->figs);
    bl_free(c->mem, c->blocks);
    bl_free(c->mem, c->lines);
    bl_free(c->mem, c->glyphs);
    bl_free(c->mem, c->sizes);
    bl_free(c->mem, c->rises);
    bl_free(c->mem, c->odd_nat);
    bl_free(c->mem, c->colors);
    bl_free(c->mem, c->chars);
    bl_free(c->mem, c->cfx);
    bl_free(c->mem, c->brk);
    bl_free(c->mem, c->keeps);
    bl_free(c->mem, c->repeats);
    bl_free(c->mem, c->conts);
    bl_free(c->mem, c->parts);
    bl_pdf_free_tags(c);
    bl_pdf_free_outline(c);
    bl_pdf_free_fold(c);
    bl_words_close(c->words);
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
