/*
 * blocks.c - the model laid out, before pagination: every title,
 * heading, paragraph and part of an official document becomes a block of
 * lines (pblock, pline) of placed glyphs (pglyph), broken by the
 * line-layout engine (layout.h) with widths from the font set (fonts.h),
 * in the styles of the template; tables are tables.c.
 *
 * The order is the reading order, but for the 文号, which stands above
 * the title.  A block's text may have pieces in several styles (lseg): a
 * heading's numbering, a run-in heading's lead in the heading's face
 * before its paragraph on the same line, the label 附件： before the
 * first attachment.  Display text (titles, headings, captions, the cover
 * and the key-figure labels: bl_pdf_place) breaks between words (ICU,
 * words.h); no text breaks inside a figure (parts.h).  The figures worth
 * colouring (quantities) are marked on their glyphs.
 *
 * Official-document parts (GB/T 9704-2012 7.3): the 文号 centred above
 * the title; the 主送机关 flush left; the 附件说明 indented, "附件：" on
 * its first item and every item's name aligned after its number (a
 * hanging indent); the 落款 and 成文日期 one block that is never split
 * and keeps two lines of the text before it (paginate.c), the date on
 * the right with `indent` em of room, each office centred over the date;
 * a 落款 or date before any text is an issuer line, centred under the
 * title.  A report's subtitle and speaker are centred under the title.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "pdf_int.h"
#include "parts.h"

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

void bl_pdf_node_span(const ctx *c, const pfig *f, size_t n, const bulletin_node *node, size_t *lo,
                      size_t *hi)
{
    size_t a = 0, b = n;
    while (a < b) {
        size_t m = (a + b) / 2;
        if ((uintptr_t)pfig_at(c, f, m)->node < (uintptr_t)node)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    /* its end by a search too: a paragraph of 150,000 figures walked
     * them all again for each of its windows and lines */
    b = n;
    while (a < b) {
        size_t m = (a + b) / 2;
        if ((uintptr_t)pfig_at(c, f, m)->node <= (uintptr_t)node)
            a = m + 1;
        else
            b = m;
    }
    *hi = a;
}

static bool in_figure(const ctx *c, const pfig *f, size_t lo, size_t hi, size_t off)
{
    for (size_t i = lo; i < hi && pfig_at(c, f, i)->start <= off; i++)
        if (off < pfig_at(c, f, i)->end)
            return true;
    return false;
}

/* ------------------------------------------------------------------------
 * Laying out a text of one or more pieces
 * ---------------------------------------------------------------------- */

/* The characters of the pieces, in c->chars, c->cfx: their src is the
 * byte offset in the pieces joined.  *starts gets each piece's first
 * character (nseg + 1 entries, on the stack of the caller). */
static bulletin_status build_chars(ctx *c, const lseg *sg, size_t ns, double size, size_t *starts)
{
    bulletin_status st = BULLETIN_OK;
    bl_lay_char *tmp = NULL;
    size_t base = 0;
    bool xbs_fake = bl_fontset_role_is_fallback(c->fs, BL_FONT_XIAOBIAOSONG);
    c->nchars = 0;
    for (size_t k = 0; k < ns; k++) {
        const bl_style *s = sty(c, sg[k].st);
        size_t n = 0;
        starts[k] = c->nchars;
        st = bl_lay_chars_from_utf8(sg[k].text, sg[k].len, size, (int)s->role, latin_of((int)s->role),
                                    bl_fontset_measure, c->fs, c->mem, &tmp, &n);
        if (st == BULLETIN_ERR_ENCODING)
            return bl_diag_set(c->diag, st, bulletin_doc_path(c->doc),
                               sg[k].node ? bulletin_node_line(sg[k].node) : 0, 0,
                               "invalid UTF-8 in the model");
        if (st != BULLETIN_OK)
            break;
        if ((st = bl_pdf_grow(c->mem, (void **)&c->chars, &c->cap_chars, c->nchars + n,
                              sizeof *c->chars)) != BULLETIN_OK
            || (st = bl_pdf_grow(c->mem, (void **)&c->cfx, &c->cap_cfx, c->nchars + n,
                                 sizeof *c->cfx)) != BULLETIN_OK)
            break;
        uint8_t fx = s->bold || (s->role == BL_FONT_XIAOBIAOSONG && xbs_fake) ? FX_BOLD : 0;
        for (size_t i = 0; i < n; i++) {
            tmp[i].src += (uint32_t)base;
            c->chars[c->nchars] = tmp[i];
            c->cfx[c->nchars++] = fx;
        }
        base += sg[k].len;
        bl_free(c->mem, tmp);
        tmp = NULL;
    }
    starts[ns] = c->nchars;
    bl_free(c->mem, tmp);
    return st;
}

/* The words of display text in c->brk (ICU's word break iterator,
 * opened on first use: building its dictionary engine costs some 8
 * million instructions). */
static bulletin_status word_classes(ctx *c)
{
    if (!c->words_tried) {
        c->words_tried = true;
        bulletin_status st = bl_words_open(c->mem, &c->words);
        if (st != BULLETIN_OK)
            return st;
    }
    return bl_words_classify(c->words, c->chars, c->nchars, c->brk);
}

/* The break classes of c->chars: never inside a figure, and for display
 * text the words (ICU). */
static bulletin_status break_classes(ctx *c, const lseg *sg, size_t ns, const size_t *starts,
                                     bool display)
{
    bulletin_status st =
        bl_pdf_grow(c->mem, (void **)&c->brk, &c->cap_brk, c->nchars + 1, sizeof *c->brk);
    if (st != BULLETIN_OK)
        return st;
    memset(c->brk, BL_BRK_ANY, c->nchars + 1);
    size_t base = 0;
    for (size_t k = 0; k < ns; k++) {
        size_t lo, hi;
        if (sg[k].own && sg[k].node && c->nkeeps) {
            bl_pdf_node_span(c, c->keeps, c->nkeeps, sg[k].node, &lo, &hi);
            for (size_t i = starts[k]; i < starts[k + 1] && lo < hi; i++) {
                size_t off = c->chars[i].src - base;
                while (lo < hi && pfig_at(c, c->keeps, lo)->end <= off)
                    lo++;
                for (size_t f = lo; f < hi && pfig_at(c, c->keeps, f)->start < off; f++)
                    if (off < pfig_at(c, c->keeps, f)->end)
                        c->brk[i] = BL_BRK_NEVER;
            }
        }
        base += sg[k].len;
    }
    if (display)
        st = word_classes(c);
    return st;
}

bulletin_status bl_pdf_set_line_color(ctx *c, pline *pl, bl_rgb color)
{
    size_t k = 0;
    while (k < c->ncolors && memcmp(&c->colors[k], &color, sizeof color))
        k++;
    if (k == c->ncolors) {
        if (k > UINT16_MAX)
            return BULLETIN_ERR_NOMEM; /* never: a template has a few colours */
        bl_rgb *nc = bl_realloc_array(c->mem, c->colors, k + 1, sizeof *nc);
        if (!nc)
            return BULLETIN_ERR_NOMEM;
        c->colors = nc;
        c->colors[c->ncolors++] = color;
    }
    pl->color = (uint16_t)k;
    return BULLETIN_OK;
}

bulletin_status bl_pdf_set_glyph_metrics(ctx *c, pglyph *pg, size_t i, double size, double nat)
{
    size_t k = c->last_size < c->nsizes && c->sizes[c->last_size] == size ? c->last_size : 0;
    while (k < c->nsizes && !(c->sizes[k] == size))
        k++;
    if (k == c->nsizes) {
        if (k >= GLYPH_ODD_NAT)
            return BULLETIN_ERR_NOMEM; /* never: a text has a few sizes */
        bulletin_status st = bl_pdf_grow(c->mem, (void **)&c->sizes, &c->cap_sizes, k + 1,
                                         sizeof *c->sizes);
        if (st != BULLETIN_OK)
            return st;
        c->sizes[c->nsizes++] = size;
    }
    c->last_size = k;
    pg->szi = (uint16_t)k;
    double a = size > 0 && isfinite(size) && isfinite(nat) ? nearbyint(nat * 1000.0 / size) : NAN;
    if (a >= INT16_MIN && a <= INT16_MAX && a * size / 1000.0 == nat && (nat != 0 || !signbit(nat))) {
        pg->adv = (int16_t)a;
        return BULLETIN_OK;
    }
    bulletin_status st = bl_pdf_grow(c->mem, (void **)&c->odd_nat, &c->cap_odd_nat,
                                     c->nodd_nat + 1, sizeof *c->odd_nat);
    if (st != BULLETIN_OK)
        return st;
    c->odd_nat[c->nodd_nat++] = (struct podd_nat){i, nat};
    pg->adv = 0;
    pg->szi |= GLYPH_ODD_NAT;
    return BULLETIN_OK;
}

double bl_pdf_odd_nat(const ctx *c, const pglyph *g)
{
    size_t i = (size_t)(g - c->glyphs), a = 0, b = c->nodd_nat;
    while (a < b) { /* appended as the glyphs are: by glyph */
        size_t m = (a + b) / 2;
        if (c->odd_nat[m].glyph < i)
            a = m + 1;
        else
            b = m;
    }
    return a < c->nodd_nat && c->odd_nat[a].glyph == i ? c->odd_nat[a].nat : 0;
}

/* The layout's scratch, characters and glyphs are kept from one text to
 * the next up to this size (a paragraph of some 20,000 characters) and
 * freed past it. */
#define LAY_KEEP_BYTES ((size_t)4 << 20)

/* Appends the lines of c->lay, laid out from c->chars (c->nchars of
 * them, the first of piece k at starts[k]), to c->lines and c->glyphs:
 * `li0` lines of the text before them; *width (in and out) the widest. */
static bulletin_status copy_lines(ctx *c, const lseg *sg, size_t ns, const lopts *o, double size,
                                  const size_t *starts, size_t li0, double *width)
{
    const bl_style *s = sty(c, o->st);
    bulletin_status status;
    if ((status = bl_pdf_grow(c->mem, (void **)&c->glyphs, &c->cap_glyphs,
                              c->nglyphs + c->lay.nglyphs, sizeof *c->glyphs)) != BULLETIN_OK
        || (status = bl_pdf_grow(c->mem, (void **)&c->lines, &c->cap_lines,
                                 c->nlines + c->lay.nlines, sizeof *c->lines)) != BULLETIN_OK)
        return status;
    double pitch = o->pitch > 0 ? o->pitch : row_pt(c, o->st), w = *width;
    /* the byte offset where each piece starts, for its glyphs' src */
    size_t base[8] = {0}, b = 0;
    for (size_t k = 0; k < ns; k++) {
        base[k] = b;
        b += sg[k].len;
    }
    size_t ci = 0, k = 0, flo = 0, fhi = 0;
    const bulletin_node *fnode = NULL;
    for (size_t li = 0; li < c->lay.nlines; li++) {
        const bl_lay_line *ln = &c->lay.lines[li];
        pline *pl = &c->lines[c->nlines++];
        memset(pl, 0, sizeof *pl);
        pl->first = c->nglyphs;
        pl->count = ln->count;
        pl->x0 = o->x0;
        pl->dy = o->dy0 + (double)(li0 + li) * pitch
                 + (o->free_slot ? pitch / 2 + L.baseline * size : slot_baseline(c, pitch, size));
        if ((status = bl_pdf_set_line_color(c, pl, s->color)) != BULLETIN_OK)
            return status;
        pl->node = sg[0].node;
        bool named = false;
        /* the glyphs of a node other than sg[0]'s (at most one other in a
         * block's pieces) are marked alt; flipped below when the line is
         * named after that other node */
        const bulletin_node *other = NULL;
        for (size_t q = 0; q < ln->count; q++) {
            const bl_lay_glyph *g = &c->lay.glyphs[ln->first + q];
            while (ci < c->nchars && c->chars[ci].src < g->src)
                ci++;
            while (k + 1 < ns && ci >= starts[k + 1])
                k++;
            /* built in place of the record, written once (its word of
             * bit-fields is not read back and rewritten field by field) */
            const bulletin_node *gn = sg[k].node;
            pglyph ng = {
                .x = g->x,
                .src = sg[k].own ? (uint32_t)(g->src - base[k]) : NO_SRC,
                .cp = g->cp & 0x1FFFFF,
                .fx = ci < c->nchars ? c->cfx[ci] & FX_BOLD : 0,
                .alt = gn != sg[0].node,
                .face = g->font,
            }, *pg = &ng;
            if ((status = bl_pdf_glyph_metrics(c, pg, c->nglyphs, g->size,
                                               ci < c->nchars ? c->chars[ci].gadv : g->adv))
                != BULLETIN_OK)
                return status;
            if (pg->alt)
                other = gn;
            if (pg->src != NO_SRC && c->nfigs && gn
                && bulletin_node_get_type(gn) != BULLETIN_NODE_DOCUMENT) {
                /* glyphs ascend within a node: a cursor over its figures */
                if (gn != fnode) {
                    fnode = gn;
                    bl_pdf_node_span(c, c->figs, c->nfigs, fnode, &flo, &fhi);
                }
                while (flo < fhi && pfig_at(c, c->figs, flo)->end <= pg->src)
                    flo++;
                pg->accent = in_figure(c, c->figs, flo, fhi, pg->src);
            }
            c->glyphs[c->nglyphs++] = ng;
            if (!named && pg->src != NO_SRC) {
                pl->node = gn;
                pl->offset = pg->src;
                named = true;
            }
        }
        if (pl->node != sg[0].node) { /* named after the other node */
            for (size_t q = 0; q < pl->count; q++)
                c->glyphs[pl->first + q].alt = !c->glyphs[pl->first + q].alt;
            pl->alt = sg[0].node;
        } else {
            pl->alt = other;
        }
        if (ln->count)
            pl->szi = c->glyphs[pl->first].szi;
        if (ln->count) {
            const pglyph *a = &c->glyphs[pl->first], *z = &c->glyphs[pl->first + pl->count - 1];
            double right = z->x + glyph_nat(c, z) - a->x;
            if (right > w)
                w = right;
        }
    }
    *width = w;
    return BULLETIN_OK;
}

/* A text of more characters than this (some 400 lines; no real
 * paragraph, heading or table cell comes near it) is broken a window of
 * LAY_WINDOW characters at a time (bl_layout_window), converted from its
 * text window by window: its work memory is that of one window, not some
 * 180 bytes a character of the whole text, and only its glyphs are kept.
 * Every text up to it is laid out whole, as before. */
#define LAY_WINDOW_FROM 16384
#define LAY_WINDOW 8192

static bool is_digit_at_end(const char *t, size_t e)
{
    if (e >= 1 && t[e - 1] >= '0' && t[e - 1] <= '9')
        return true;
    /* U+FF10 .. U+FF19: EF BC 90 .. 99 */
    return e >= 3 && (unsigned char)t[e - 3] == 0xEF && (unsigned char)t[e - 2] == 0xBC
           && (unsigned char)t[e - 1] >= 0x90 && (unsigned char)t[e - 1] <= 0x99;
}

/* The byte where a window's piece of `t` (len bytes) from byte `b` ends:
 * after at most `want` characters (at least one), at a character
 * boundary, and never just before a mark that a digit before it makes
 * Western (bl_lay_chars_from_utf8: 5. 5, 5% 5‰ 5:), whose width would
 * then depend on where the window was cut. */
static size_t window_cut(const char *t, size_t len, size_t b, size_t want)
{
    size_t e = b, n = 0;
    while (e < len && n < want) {
        e++;
        while (e < len && ((unsigned char)t[e] & 0xC0) == 0x80)
            e++;
        n++;
    }
    if (e < len && is_digit_at_end(t, e)) {
        unsigned char x = (unsigned char)t[e];
        if (x == '.' || x == ',' || x == '%' || x == ':')
            e++;
        else if (len - e >= 3 && x == 0xE2 && (unsigned char)t[e + 1] == 0x80
                 && (unsigned char)t[e + 2] == 0xB0)
            e += 3;
    }
    return e;
}

static size_t count_chars(const lseg *sg, size_t ns)
{
    size_t n = 0;
    for (size_t k = 0; k < ns; k++)
        for (size_t i = 0; i < sg[k].len; i++)
            n += ((unsigned char)sg[k].text[i] & 0xC0) != 0x80;
    return n;
}

/* bl_pdf_lay of a giant text (any but one single line): c->chars holds
 * the window, the characters from the last kept line's end on. */
static bulletin_status lay_windowed(ctx *c, const lseg *sg, size_t ns, const lopts *o,
                                    double size, double *width)
{
    const bl_style *st0 = sty(c, o->st);
    bool xbs_fake = bl_fontset_role_is_fallback(c->fs, BL_FONT_XIAOBIAOSONG);
    size_t base[8] = {0}, starts[8], bb = 0;
    for (size_t k = 0; k < ns; k++) {
        base[k] = bb;
        bb += sg[k].len;
    }
    bulletin_status status = BULLETIN_OK;
    size_t k = 0, b = 0, li = 0;
    double w = 0;
    bool first = true;
    c->nchars = 0;
    for (;;) {
        /* fill the window from the text */
        while (c->nchars < LAY_WINDOW && k < ns) {
            const bl_style *s = sty(c, sg[k].st);
            size_t e = window_cut(sg[k].text, sg[k].len, b, LAY_WINDOW - c->nchars), n = 0;
            bl_lay_char *tmp = NULL;
            status = bl_lay_chars_from_utf8(sg[k].text + b, e - b, size, (int)s->role,
                                            latin_of((int)s->role), bl_fontset_measure, c->fs,
                                            c->mem, &tmp, &n);
            if (status == BULLETIN_ERR_ENCODING)
                return bl_diag_set(c->diag, status, bulletin_doc_path(c->doc),
                                   sg[k].node ? bulletin_node_line(sg[k].node) : 0, 0,
                                   "invalid UTF-8 in the model");
            if (status == BULLETIN_OK
                && (status = bl_pdf_grow(c->mem, (void **)&c->chars, &c->cap_chars,
                                         c->nchars + n, sizeof *c->chars)) == BULLETIN_OK)
                status = bl_pdf_grow(c->mem, (void **)&c->cfx, &c->cap_cfx, c->nchars + n,
                                     sizeof *c->cfx);
            if (status != BULLETIN_OK) {
                bl_free(c->mem, tmp);
                return status;
            }
            uint8_t fx = s->bold || (s->role == BL_FONT_XIAOBIAOSONG && xbs_fake) ? FX_BOLD : 0;
            for (size_t i = 0; i < n; i++) {
                tmp[i].src += (uint32_t)(base[k] + b);
                c->chars[c->nchars] = tmp[i];
                c->cfx[c->nchars++] = fx;
            }
            bl_free(c->mem, tmp);
            b = e;
            if (b >= sg[k].len) {
                k++;
                b = 0;
            }
        }
        bool final = k >= ns;
        /* each piece's first character in the window */
        for (size_t q = 0, i = 0; q <= ns; q++) {
            while (i < c->nchars && q < ns && c->chars[i].src < base[q])
                i++;
            starts[q] = q < ns ? i : c->nchars;
        }
        if ((status = break_classes(c, sg, ns, starts, o->display)) != BULLETIN_OK)
            return status;
        bl_lay_params p;
        bl_lay_params_init(&p, size, o->measure);
        p.indent = first ? o->indent : 0;
        p.brk = c->brk;
        p.shape = st0->shape == BL_TSHAPE_TRAPEZOID ? BL_SHAPE_TRAPEZOID : BL_SHAPE_FREE;
        if (o->display)
            p.last_min = 3;
        size_t used;
        int align = o->how == LAY_CENTER ? BL_ALIGN_CENTER
                    : o->how == LAY_RIGHT ? BL_ALIGN_RIGHT
                                          : BL_ALIGN_LEFT;
        status = bl_layout_window(c->chars, c->nchars, &p, final, o->how != LAY_PARA, align,
                                  c->mem, &c->lay, &used);
        if (status == BULLETIN_OK)
            status = copy_lines(c, sg, ns, o, size, starts, li, &w);
        if (status != BULLETIN_OK)
            return status;
        li += c->lay.nlines;
        if (final)
            break;
        memmove(c->chars, c->chars + used, (c->nchars - used) * sizeof *c->chars);
        memmove(c->cfx, c->cfx + used, (c->nchars - used) * sizeof *c->cfx);
        c->nchars -= used;
        first = false;
    }
    if (width)
        *width = w;
    bl_layout_trim(&c->lay, true, LAY_KEEP_BYTES);
    if (c->cap_chars * sizeof *c->chars > LAY_KEEP_BYTES)
        bl_pdf_free_chars(c);
    return BULLETIN_OK;
}

static bulletin_status lay_chars(ctx *c, const lopts *o, double size);

/* Whether c->chars are wider than `measure` whatever the layout does to
 * them: their advances less an em for each that may be compressed (a
 * mark, a space, anything but Han, a Latin letter or a digit), more than
 * the measure.  Such display text gets its words before it is laid out,
 * once. */
static bool surely_wider(const ctx *c, double measure)
{
    double least = 0;
    for (size_t i = 0; i < c->nchars; i++) {
        uint32_t cp = c->chars[i].cp;
        bool solid = bl_is_han(cp) || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z')
                     || (cp >= 'a' && cp <= 'z');
        least += c->chars[i].adv - (solid ? 0 : c->chars[i].size);
    }
    return least > measure;
}

/* pt: a line this close to the measure is not taken to fit without its
 * words (bl_pdf_one_line): room for the breakers' own tolerances. */
#define ONE_LINE_MARGIN 0.5

bulletin_status bl_pdf_lay(ctx *c, const lseg *sg, size_t ns, const lopts *o, double *width)
{
    const bl_style *s = sty(c, o->st);
    double size = o->size > 0 ? o->size : s->size;
    size_t starts[8];
    if (ns > 7)
        return BULLETIN_ERR_USAGE;
    if (o->how != LAY_SINGLE_LEFT && count_chars(sg, ns) > LAY_WINDOW_FROM)
        return lay_windowed(c, sg, ns, o, size, width);
    bulletin_status status = build_chars(c, sg, ns, size, starts);
    if (status != BULLETIN_OK || c->nchars == 0)
        return status;
    /* Display text is laid out first without its words: one line that
     * fits at its natural width is what the words would give too (it is
     * then the only layout of balanced lines, and total fit's best:
     * every line adds demerits), so ICU is asked only for display text
     * that wraps, or comes within ONE_LINE_MARGIN of the measure; text
     * surely wider than the measure gets its words first, laid out once. */
    bool surely_wraps = o->display && surely_wider(c, o->measure);
    if ((status = break_classes(c, sg, ns, starts, surely_wraps)) != BULLETIN_OK)
        return status;
    if ((status = lay_chars(c, o, size)) != BULLETIN_OK)
        return status;
    if (o->display && !surely_wraps && !bl_pdf_one_line(&c->lay, o->measure)) {
        if ((status = word_classes(c)) != BULLETIN_OK
            || (status = lay_chars(c, o, size)) != BULLETIN_OK)
            return status;
    }
    /* the breaker's scratch of a long text goes before its glyphs are
     * copied (a paragraph of a million characters held 200 MB more) */
    bl_layout_trim(&c->lay, false, LAY_KEEP_BYTES);
    double w = 0;
    if ((status = copy_lines(c, sg, ns, o, size, starts, 0, &w)) != BULLETIN_OK)
        return status;
    if (width)
        *width = w;
    /* and so do its characters and laid-out glyphs, once copied */
    bl_layout_trim(&c->lay, true, LAY_KEEP_BYTES);
    if (c->cap_chars * sizeof *c->chars > LAY_KEEP_BYTES)
        bl_pdf_free_chars(c);
    return BULLETIN_OK;
}

bool bl_pdf_one_line(const bl_layout *lay, double measure)
{
    return lay->nlines == 1 && !lay->lines[0].forced && !lay->lines[0].overfull
           && lay->lines[0].natural <= measure - ONE_LINE_MARGIN;
}

/* Lays out c->chars with the classes in c->brk as `o` says, into c->lay. */
static bulletin_status lay_chars(ctx *c, const lopts *o, double size)
{
    const bl_style *s = sty(c, o->st);
    bulletin_status status;
    bl_lay_params p;
    bl_lay_params_init(&p, size, o->measure);
    p.indent = o->indent;
    p.brk = c->brk;
    p.shape = s->shape == BL_TSHAPE_TRAPEZOID ? BL_SHAPE_TRAPEZOID : BL_SHAPE_FREE;
    if (o->display)
        p.last_min = 3;
    int how = o->how;
    if (how == LAY_PARA)
        status = bl_layout_paragraph(c->chars, c->nchars, &p, c->mem, &c->lay);
    else if (how == LAY_SINGLE_LEFT)
        status = bl_layout_single(c->chars, c->nchars, &p, BL_ALIGN_LEFT, c->mem, &c->lay);
    else
        status = bl_layout_balanced(c->chars, c->nchars, &p,
                                    how == LAY_CENTER  ? BL_ALIGN_CENTER
                                    : how == LAY_RIGHT ? BL_ALIGN_RIGHT
                                                       : BL_ALIGN_LEFT,
                                    c->mem, &c->lay);
    return status;
}

void bl_pdf_free_chars(ctx *c)
{
    bl_free(c->mem, c->chars);
    bl_free(c->mem, c->cfx);
    bl_free(c->mem, c->brk);
    c->chars = NULL;
    c->cfx = NULL;
    c->brk = NULL;
    c->nchars = c->cap_chars = c->cap_cfx = c->cap_brk = 0;
}

lseg bl_pdf_seg(const bulletin_node *node, int st)
{
    size_t len = 0;
    const char *t = bulletin_node_text(node, &len);
    return (lseg){node, t, len, true, st};
}

static lseg label_of(const bulletin_node *node, const char *text, int st)
{
    return (lseg){node, text, strlen(text), false, st};
}

bulletin_status bl_pdf_text_width(ctx *c, const char *text, size_t len, int st, double *w)
{
    const bl_style *s = sty(c, st);
    bl_lay_char *ch = NULL;
    size_t n = 0;
    *w = 0;
    bulletin_status status = bl_lay_chars_from_utf8(text, len, s->size, (int)s->role,
                                                    latin_of((int)s->role), bl_fontset_measure,
                                                    c->fs, c->mem, &ch, &n);
    for (size_t i = 0; status == BULLETIN_OK && i < n; i++)
        *w += ch[i].adv;
    bl_free(c->mem, ch);
    return status;
}

/* Free placement (cover, key figures, furniture): `text` in style `st`
 * at `size` pt (0: the style's), lines `pitch` pt apart (0: 1.25 em),
 * the first baseline at PDF y `y`, on `page`, in `color`; marked meta.
 * Lines wrap between words.  Stores the number of lines in *nlines and
 * the widest line's width in *width (either may be NULL). */
bulletin_status bl_pdf_place(ctx *c, const char *text, int st, double size, int how, double x0,
                             double measure, double y, double pitch, int page, bl_rgb color,
                             size_t *nlines, double *width)
{
    size_t first = c->nlines;
    if (size <= 0)
        size = sty(c, st)->size;
    if (pitch <= 0)
        pitch = 1.25 * size;
    lseg sg = {bulletin_doc_root(c->doc), text, strlen(text), false, st};
    lopts o = {st, size, how, x0, measure, 0, 0, pitch, how != LAY_SINGLE_LEFT, false};
    double w = 0;
    bulletin_status status = bl_pdf_lay(c, &sg, 1, &o, &w);
    if (status != BULLETIN_OK)
        return status;
    for (size_t i = first; i < c->nlines; i++) {
        pline *pl = &c->lines[i];
        pl->meta = true;
        pl->page = page;
        pl->y = y - (double)(i - first) * pitch;
        if ((status = bl_pdf_set_line_color(c, pl, color)) != BULLETIN_OK)
            return status;
    }
    if (nlines)
        *nlines = c->nlines - first;
    if (width)
        *width = w;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Blocks
 * ---------------------------------------------------------------------- */

static bulletin_status replay_block(ctx *c);
static void keep_last_lines(ctx *c, size_t first_line);

bulletin_status bl_pdf_push_block(ctx *c, int kind, int st, const bulletin_node *node,
                                  size_t first_line, pblock **out)
{
    bulletin_status status;
    if (c->replay) {
        /* laid out again: only this block's lines are kept (the pass
         * before has the blocks) */
        keep_last_lines(c, first_line);
        first_line = 0;
        c->nblocks = 0;
    }
    status =
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
    if (c->replay)
        return replay_block(c);
    /* its lines are final: what their glyphs need of the fonts now */
    if (c->folding && (status = bl_pdf_fold(c)) != BULLETIN_OK)
        return status;
    /* streamed: the glyphs before this block's go (the block before may
     * still be read: a table's unit above it) */
    if (c->stream && c->folding)
        status = bl_pdf_drop_glyphs(c, 0, first_line, c->nlines, NULL, 0);
    return status;
}

/* A block of the pieces `sg` in style `st`: justified paragraphs with
 * the style's first-line indent, else balanced lines (headings at the
 * indent, all their lines).  *out (may be NULL) gets the block, NULL when
 * there was nothing to draw. */
static bulletin_status add_block(ctx *c, const lseg *sg, size_t ns, int st, bool display,
                                 pblock **out)
{
    const bl_style *s = sty(c, st);
    int how = how_of(s);
    size_t first = c->nlines;
    lopts o = {st, 0, how, c->left, c->measure, 0, 0, 0, display, false};
    if (how == LAY_PARA)
        o.indent = s->indent * c->body;
    else if (how == LAY_LEFT) {
        o.x0 += s->indent * c->body;
        o.measure -= s->indent * c->body;
    }
    if (out)
        *out = NULL;
    bulletin_status status = bl_pdf_lay(c, sg, ns, &o, NULL);
    if (status != BULLETIN_OK || c->nlines == first)
        return status;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, st, sg[0].node, first, &b);
    if (status == BULLETIN_OK && out)
        *out = b;
    return status;
}

static const int heading_style[] = {BL_EL_H1, BL_EL_H1, BL_EL_H2, BL_EL_H3, BL_EL_H4};

static int level_style(int lv) { return heading_style[lv < 1 ? 1 : lv > 4 ? 4 : lv]; }

/* A heading: its numbering, then its text. */
static bulletin_status add_heading(ctx *c, const bulletin_node *n)
{
    int lv = bulletin_node_level(n), st = level_style(lv);
    lseg sg[2] = {label_of(n, bulletin_node_numbering(n), st), bl_pdf_seg(n, st)};
    pblock *b;
    bulletin_status status = add_block(c, sg, 2, st, true, &b);
    if (status == BULLETIN_OK && b) {
        b->heading = true;
        b->outline = true;
        b->level = lv;
    }
    return status;
}

/* A run-in heading: numbering and lead in the heading's face at the
 * body's size, its first paragraph after it on the line when they share
 * a source line (parts.h). */
static bulletin_status add_runin(ctx *c, const bulletin_node *n, const bulletin_node *para,
                                 int body)
{
    int lv = bulletin_node_level(n), hs = level_style(lv);
    lseg sg[3] = {label_of(n, bulletin_node_numbering(n), hs), bl_pdf_seg(n, hs),
                  para ? bl_pdf_seg(para, body) : (lseg){0}};
    pblock *b;
    bulletin_status status = add_block(c, sg, para ? 3 : 2, body, false, &b);
    if (status == BULLETIN_OK && b) {
        b->outline = true;
        b->level = lv;
    }
    return status;
}

/* The number an attachment's name follows: "1." "2．" "3、" (bytes). */
static size_t attachment_number(const char *t)
{
    size_t i = 0;
    while (t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    if (t[i] == '.')
        return i + 1;
    if (!strncmp(t + i, "．", 3) || !strncmp(t + i, "、", 3))
        return i + 3;
    return 0;
}

/* One item of the 附件说明: the first after "附件："; every item's name
 * after its number, continuation lines aligned with the name (GB/T 9704
 * 7.3.4). */
static bulletin_status add_attachment(ctx *c, const bulletin_node *n, bool first)
{
    const int st = BL_EL_ATTACHMENT;
    const bl_style *s = sty(c, st);
    size_t len;
    const char *t = bulletin_node_text(n, &len);
    static const char label[] = "附件：";
    double wl = 0, wn = 0;
    bulletin_status status = bl_pdf_text_width(c, label, strlen(label), st, &wl);
    if (status == BULLETIN_OK)
        status = bl_pdf_text_width(c, t, attachment_number(t), st, &wn);
    if (status != BULLETIN_OK)
        return status;
    double in = s->indent * c->body + wl + wn;
    if (in > c->measure / 2)
        in = s->indent * c->body;
    lseg sg[2] = {label_of(n, label, st), bl_pdf_seg(n, st)};
    size_t firstl = c->nlines;
    lopts o = {st, 0, LAY_PARA, c->left + in, c->measure - in, -(first ? wl + wn : wn), 0, 0,
               false, false};
    if (in == s->indent * c->body)
        o.indent = 0;
    if ((status = bl_pdf_lay(c, first ? sg : sg + 1, first ? 2 : 1, &o, NULL)) != BULLETIN_OK
        || c->nlines == firstl)
        return status;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, st, n, firstl, &b);
    if (status == BULLETIN_OK)
        b->tight = !first;
    return status;
}

/* The 落款 and 成文日期 from `n` on (consecutive SIGNATURE and DATE
 * nodes): one block, the date on the right with `indent` em of room,
 * each office centred over the date (a wider one on the right, two
 * characters from the edge); never split, two lines of text kept with it.  *last gets
 * the last node taken. */
static bulletin_status add_signoff(ctx *c, const bulletin_node *n, const bulletin_node **last)
{
    const bl_style *ds = sty(c, BL_EL_DATE);
    double room = fmin(ds->indent * c->body, c->measure / 4);
    double right = c->left + c->measure - room, wd = 0;
    const bulletin_node *date = NULL;
    bulletin_status status = BULLETIN_OK;
    *last = n;
    for (const bulletin_node *m = n; m; m = bulletin_node_next(m)) {
        bulletin_node_type k = bulletin_node_kind(m);
        if (k != BULLETIN_NODE_SIGNATURE && k != BULLETIN_NODE_DATE)
            break;
        *last = m;
        if (k == BULLETIN_NODE_DATE && !date)
            date = m;
    }
    if (date) {
        size_t len;
        const char *t = bulletin_node_text(date, &len);
        if ((status = bl_pdf_text_width(c, t, len, BL_EL_DATE, &wd)) != BULLETIN_OK)
            return status;
    }
    double cx = date ? right - wd / 2 : right - c->measure / 4;
    double half = fmin(cx - c->left, c->left + c->measure - cx);
    size_t first = c->nlines;
    double dy = 0;
    for (const bulletin_node *m = n;; m = bulletin_node_next(m)) {
        bool is_date = bulletin_node_kind(m) == BULLETIN_NODE_DATE;
        int st = is_date ? BL_EL_DATE : BL_EL_SIGNATURE;
        lseg sg = bl_pdf_seg(m, st);
        size_t before = c->nlines, gbefore = c->nglyphs;
        lopts o = {st, 0, LAY_CENTER, cx - half, 2 * half, 0, dy, 0, false, false};
        if (is_date) {
            o.how = LAY_RIGHT;
            o.x0 = c->left;
            o.measure = right - c->left;
        }
        double w = 0;
        if ((status = bl_pdf_lay(c, &sg, 1, &o, &w)) != BULLETIN_OK)
            return status;
        if (!is_date && c->nlines - before > 1) {
            /* too wide to centre over the date: on the right instead,
             * 右空二字 as GB/T 9704-2012 7.3.5.2 sets an office's name
             * (at most the date's room), so that a long name stands right
             * of the middle */
            c->nlines = before;
            c->nglyphs = gbefore;
            o.how = LAY_RIGHT;
            o.x0 = c->left;
            o.measure = c->measure - fmin(room, 2 * c->body);
            if ((status = bl_pdf_lay(c, &sg, 1, &o, &w)) != BULLETIN_OK)
                return status;
        }
        dy += (double)(c->nlines - before) * row_pt(c, st);
        if (m == *last)
            break;
    }
    if (c->nlines == first)
        return BULLETIN_OK;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, BL_EL_SIGNATURE, n, first, &b);
    if (status == BULLETIN_OK) {
        b->whole = true;
        b->keep_prev = 2;
    }
    return status;
}

/* A 落款 or date before any text: an issuer line centred under the title. */
static bulletin_status add_issuer(ctx *c, const bulletin_node *n)
{
    int st = bulletin_node_kind(n) == BULLETIN_NODE_DATE ? BL_EL_DATE : BL_EL_SIGNATURE;
    lseg sg = bl_pdf_seg(n, st);
    size_t first = c->nlines;
    lopts o = {st, 0, LAY_CENTER, c->left, c->measure, 0, 0, 0, true, false};
    bulletin_status status = bl_pdf_lay(c, &sg, 1, &o, NULL);
    pblock *b;
    if (status != BULLETIN_OK || c->nlines == first)
        return status;
    status = bl_pdf_push_block(c, BK_TEXT, BL_EL_SPEAKER, n, first, &b);
    if (status == BULLETIN_OK) {
        b->heading = true;
        b->level = -1;
        b->tight = true;
    }
    return status;
}

/* The title, the front matter's subtitle under it. */
static bulletin_status add_title(ctx *c, const bulletin_node *n)
{
    lseg sg = bl_pdf_seg(n, BL_EL_TITLE);
    pblock *b = NULL;
    bulletin_status status = BULLETIN_OK;
    /* a title made from the file name is the PDF's metadata only: a page
     * headed notice-hefei-2024 is no document's */
    if (!bl_template_untitled(c->doc))
        status = add_block(c, &sg, 1, BL_EL_TITLE, true, &b);
    if (status != BULLETIN_OK)
        return status;
    if (b) {
        b->heading = b->outline = true;
        b->level = -2;
    }
    const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
    if (sub && *sub) {
        /* the subtitle has no node: the title's, as meta lines */
        lseg ss = {n, sub, strlen(sub), false, BL_EL_SUBTITLE};
        size_t first = c->nlines;
        if ((status = add_block(c, &ss, 1, BL_EL_SUBTITLE, true, &b)) != BULLETIN_OK)
            return status;
        for (size_t i = first; i < c->nlines; i++) {
            c->lines[i].offset = 0;
            c->lines[i].meta = true;
        }
        if (b) {
            b->heading = true;
            b->level = -1;
        }
    }
    return BULLETIN_OK;
}

/* Whether paragraph text is a label over what follows: 附件, 附表 or 附图,
 * a number (1, 2-1, 十二) and a colon at most ("附件1", "附表2：").  Kept
 * with the next lines as a heading is (paginate.c). */
static bool is_label(const char *t, size_t len)
{
    while (len && (t[len - 1] == ' ' || t[len - 1] == '\t' || t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    static const char *const pre[] = {"附件", "附表", "附图"};
    size_t k = strlen(pre[0]), i;
    for (i = 0; i < 3; i++)
        if (len >= k && !memcmp(t, pre[i], k))
            break;
    if (i == 3)
        return false;
    static const char32_t num[] = U"0123456789０１２３４５６７８９〇一二三四五六七八九十-.－";
    int chars = 0;
    for (size_t at = k; at < len;) {
        uint32_t cp;
        int n = bl_utf8_decode((const unsigned char *)t + at, len - at, &cp);
        if (n == 0)
            return false;
        at += (size_t)n;
        bool digit = false;
        for (size_t j = 0; num[j]; j++)
            digit = digit || cp == (uint32_t)num[j];
        if ((cp == 0xFF1A || cp == ':') && at == len)
            break; /* the colon last */
        if (!digit || ++chars > 6)
            return false;
    }
    return true;
}

/* A part of its own style: subtitle, speaker, 文号, 主送机关, caption,
 * note, an attached document's title. */
static bulletin_status add_part(ctx *c, const bulletin_node *n, int st, bool display, int level,
                                bool heading, bool outline)
{
    lseg sg = bl_pdf_seg(n, st);
    pblock *b;
    bulletin_status status = add_block(c, &sg, 1, st, display, &b);
    if (status == BULLETIN_OK && b) {
        b->heading = heading;
        b->outline = outline;
        b->level = level;
    }
    return status;
}

/* An input of this many bytes or more gets room for its glyphs and
 * lines at once (reserve_layout). */
#define RESERVE_FROM ((size_t)64 << 10)

/* Room for the glyphs, a glyph an input byte and a sixteenth more (the
 * running header and footer of the pages: a text of one-byte characters,
 * 300,000 bare figures, had 601,552 glyphs for 600,008 bytes, and grew
 * the array once more at its last page, a copy of it left in the heap:
 * 9 MB), and the lines, one per 8 bytes, reserved at once and not zeroed
 * (pages never written are not resident); more, if needed, grows as
 * before.  Grown by doubling from
 * nothing, each step of a large array copied it, and the old copy stayed
 * resident in the heap: 300,000 bare figures (600,000 glyphs) peaked some
 * 20 MB higher.  Only a hint: a Chinese text needs a third of it, and
 * where address space is counted (strict overcommit, ulimit -v, a caller's
 * allocator) a refused reservation leaves the arrays to grow as before
 * rather than failing a text that fits. */
static bulletin_status reserve_layout(ctx *c)
{
    size_t n = bulletin_doc_input_bytes(c->doc);
    if (n < RESERVE_FROM || c->cap_glyphs || c->cap_lines || c->stream)
        return BULLETIN_OK;
    size_t ng = n + n / 16;
    pglyph *g = bl_realloc_array(c->mem, NULL, ng, sizeof *g);
    pline *l = g ? bl_realloc_array(c->mem, NULL, n / 8, sizeof *l) : NULL;
    if (!l) {
        bl_free(c->mem, g);
        return BULLETIN_OK;
    }
    c->glyphs = g;
    c->cap_glyphs = ng;
    c->lines = l;
    c->cap_lines = n / 8;
    return BULLETIN_OK;
}

bulletin_status bl_pdf_collect(ctx *c)
{
    bulletin_status status = reserve_layout(c);
    if (status != BULLETIN_OK)
        return status;
    c->folding = !c->replay; /* the first pass folds */
    const bulletin_node *root = bulletin_doc_root(c->doc);
    /* the 文号 above the title */
    for (const bulletin_node *n = bulletin_node_first_child(root); n && status == BULLETIN_OK;
         n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == BULLETIN_NODE_DOCNUMBER)
            status = add_part(c, n, BL_EL_DOCNUMBER, false, 0, true, false);
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, root);
    bool in_lead = false, body_seen = false, attach_first = false;
    const bulletin_node *joined = NULL, *signed_to = NULL;
    while (status == BULLETIN_OK && (ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        bulletin_node_type t = bulletin_node_kind(n);
        if (ev == BULLETIN_EV_EXIT) {
            if (t == BULLETIN_NODE_LEAD)
                in_lead = false;
            continue;
        }
        if (signed_to) {
            /* the rest of a sign-off block, already laid out */
            if (n == signed_to)
                signed_to = NULL;
            continue;
        }
        switch (t) {
        case BULLETIN_NODE_TITLE:
            status = add_title(c, n);
            break;
        case BULLETIN_NODE_SUBTITLE:
            status = add_part(c, n, BL_EL_SUBTITLE, true, -1, true, false);
            break;
        case BULLETIN_NODE_SPEAKER:
            status = add_part(c, n, BL_EL_SPEAKER, true, -1, true, false);
            break;
        case BULLETIN_NODE_DOCTITLE:
            status = add_part(c, n, BL_EL_DOCTITLE, true, 0, true, true);
            break;
        case BULLETIN_NODE_SALUTATION:
            status = add_part(c, n, BL_EL_SALUTATION, false, 0, false, false);
            break;
        case BULLETIN_NODE_LEAD:
            in_lead = true;
            break;
        case BULLETIN_NODE_SECTION:
            body_seen = true;
            status = add_heading(c, n);
            break;
        case BULLETIN_NODE_RUNIN:
            body_seen = true;
            joined = bl_part_runin_joined(n);
            status = add_runin(c, n, joined, in_lead ? BL_EL_LEAD : BL_EL_BODY);
            break;
        case BULLETIN_NODE_PARAGRAPH: {
            body_seen = true;
            if (n == joined)
                break;
            int st = in_lead ? BL_EL_LEAD : BL_EL_BODY;
            size_t len = 0;
            const char *tx = bulletin_node_text(n, &len);
            status = add_part(c, n, st, false, 0, tx && is_label(tx, len), false);
            break;
        }
        case BULLETIN_NODE_ATTACHMENTS:
            body_seen = true;
            attach_first = true;
            break;
        case BULLETIN_NODE_ATTACHMENT:
            status = add_attachment(c, n, attach_first);
            attach_first = false;
            break;
        case BULLETIN_NODE_SIGNATURE:
        case BULLETIN_NODE_DATE:
            if (!body_seen) {
                status = add_issuer(c, n);
            } else {
                const bulletin_node *last = n;
                status = add_signoff(c, n, &last);
                if (last != n)
                    signed_to = last;
            }
            break;
        case BULLETIN_NODE_CAPTION:
            body_seen = true;
            status = add_part(c, n, BL_EL_CAPTION, true, 5, true, false);
            break;
        case BULLETIN_NODE_NOTE: {
            /* a note right above a table (its unit) is kept with it as a
             * caption is (paginate.c) */
            const bulletin_node *nx = bulletin_node_next(n);
            bool above = nx && bulletin_node_kind(nx) == BULLETIN_NODE_TABLE;
            status = add_part(c, n, BL_EL_NOTE, false, above ? 5 : 0, above, false);
            break;
        }
        case BULLETIN_NODE_TABLE:
            body_seen = true;
            status = bl_pdf_add_table(c, n);
            bulletin_iter_skip_children(&it);
            break;
        default:
            break;
        }
    }
    c->nlines_laid = c->nlines;
    if (status == BULLETIN_OK && c->folding)
        status = bl_pdf_fold(c);
    if (status == BULLETIN_OK && c->folding && c->stream)
        status = bl_pdf_drop_glyphs(c, 0, c->nlines, c->nlines, NULL, 0);
    c->folding = false;
    return status;
}

bulletin_status bl_pdf_drop_glyphs(ctx *c, size_t base, size_t keep, size_t end,
                                   const uint32_t *pin, size_t npin)
{
    struct podd_nat *odd = NULL;
    size_t nodd = 0, cap_odd = 0, w = base, dropped = c->nglyphs;
    if (c->nglyphs > c->glyphs_high)
        c->glyphs_high = c->nglyphs;
    /* the natural advances kept aside follow their glyphs (none that the
     * layout measures: never in practice) */
    for (size_t i = 0; i < c->nodd_nat && c->odd_nat[i].glyph < base; i++) {
        if (bl_pdf_grow(c->mem, (void **)&odd, &cap_odd, nodd + 1, sizeof *odd) != BULLETIN_OK) {
            bl_free(c->mem, odd);
            return BULLETIN_ERR_NOMEM;
        }
        odd[nodd++] = c->odd_nat[i];
    }
    for (size_t q = 0; q < npin + (end - keep); q++) {
        pline *pl = &c->lines[q < npin ? pin[q] : keep + q - npin];
        for (size_t k = 0; c->nodd_nat && k < pl->count; k++)
            if (c->glyphs[pl->first + k].szi & GLYPH_ODD_NAT) {
                if (bl_pdf_grow(c->mem, (void **)&odd, &cap_odd, nodd + 1, sizeof *odd)
                    != BULLETIN_OK) {
                    bl_free(c->mem, odd);
                    return BULLETIN_ERR_NOMEM;
                }
                odd[nodd++] = (struct podd_nat){w + k, bl_pdf_odd_nat(c, &c->glyphs[pl->first + k])};
            }
        if (pl->first != w && pl->count)
            memmove(&c->glyphs[w], &c->glyphs[pl->first], pl->count * sizeof *c->glyphs);
        pl->first = (uint32_t)w;
        w += pl->count;
    }
    for (size_t li = c->present_from, q = 0; li < keep; li++) {
        while (q < npin && pin[q] < li)
            q++;
        if (q < npin && pin[q] == li)
            continue;
        c->lines[li].first = (uint32_t)li;
    }
    if (c->nodd_nat) {
        bl_free(c->mem, c->odd_nat);
        c->odd_nat = odd;
        c->nodd_nat = nodd;
        c->cap_odd_nat = cap_odd;
    }
    c->nglyphs = w;
    c->glyphs_dropped += dropped - w;
    c->present_from = keep;
    c->folded_glyphs = c->nglyphs;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * The text laid out again, a streamed render's (bl_pdf_replay)
 * ---------------------------------------------------------------------- */

/* The arrays of one of the two layouts: while the text is laid out
 * again, the ctx holds the replay's and this the first pass's (the one
 * paginated and drawn); swapped to copy a block's glyphs and draw. */
struct pplay {
    pline *lines;
    size_t nlines, cap_lines;
    pblock *blocks;
    size_t nblocks, cap_blocks;
    ptable *tables;
    size_t ntables, cap_tables;
    pglyph *glyphs;
    size_t nglyphs, cap_glyphs;
    struct podd_nat *odd_nat;
    size_t nodd_nat, cap_odd_nat;
    size_t nlines_laid, present_from, glyphs_dropped;
    size_t block;             /* the first pass's block laid out next */
    size_t end;               /* ... and its first line */
};

#define SWAP(a, b)                                                                                 \
    do {                                                                                           \
        __typeof__(a) t_ = (a);                                                                    \
        (a) = (b);                                                                                 \
        (b) = t_;                                                                                  \
    } while (0)

static void swap_layout(ctx *c, struct pplay *p)
{
    SWAP(c->lines, p->lines);
    SWAP(c->nlines, p->nlines);
    SWAP(c->cap_lines, p->cap_lines);
    SWAP(c->blocks, p->blocks);
    SWAP(c->nblocks, p->nblocks);
    SWAP(c->cap_blocks, p->cap_blocks);
    SWAP(c->tables, p->tables);
    SWAP(c->ntables, p->ntables);
    SWAP(c->cap_tables, p->cap_tables);
    SWAP(c->glyphs, p->glyphs);
    SWAP(c->nglyphs, p->nglyphs);
    SWAP(c->cap_glyphs, p->cap_glyphs);
    SWAP(c->odd_nat, p->odd_nat);
    SWAP(c->nodd_nat, p->nodd_nat);
    SWAP(c->cap_odd_nat, p->cap_odd_nat);
    SWAP(c->nlines_laid, p->nlines_laid);
    SWAP(c->present_from, p->present_from);
    SWAP(c->glyphs_dropped, p->glyphs_dropped);
}

/* The replay's lines from `first_line` on (a block about to be pushed)
 * moved to the front with their glyphs; what was before them goes. */
static void keep_last_lines(ctx *c, size_t first_line)
{
    size_t g0 = first_line < c->nlines ? c->lines[first_line].first : c->nglyphs;
    if (first_line == 0 && g0 == 0)
        return;
    memmove(c->lines, c->lines + first_line, (c->nlines - first_line) * sizeof *c->lines);
    c->nlines -= first_line;
    for (size_t i = 0; i < c->nlines; i++)
        c->lines[i].first -= (uint32_t)g0;
    memmove(c->glyphs, c->glyphs + g0, (c->nglyphs - g0) * sizeof *c->glyphs);
    c->nglyphs -= g0;
    size_t m = 0;
    for (size_t i = 0; i < c->nodd_nat; i++)
        if (c->odd_nat[i].glyph >= g0)
            c->odd_nat[m++] = (struct podd_nat){c->odd_nat[i].glyph - g0, c->odd_nat[i].nat};
    c->nodd_nat = m;
}

/* The natural advance of glyph g of the replay's (p's) arrays. */
static double replay_odd_nat(const struct pplay *p, const pglyph *g)
{
    size_t i = (size_t)(g - p->glyphs);
    for (size_t k = 0; k < p->nodd_nat; k++)
        if (p->odd_nat[k].glyph == i)
            return p->odd_nat[k].nat;
    return 0;
}

/* The replay pushed its block (c->blocks[0]): the first pass's block
 * p->block gets its glyphs, made ready, and the pages before the next
 * block's are drawn. */
static bulletin_status replay_block(ctx *c)
{
    struct pplay *p = c->play;
    bulletin_status status = BULLETIN_OK;
    size_t held = c->nglyphs;
    swap_layout(c, p); /* the first pass's arrays */
    if (p->block >= c->nblocks || c->blocks[p->block].count != p->blocks[0].count) {
        swap_layout(c, p);
        return bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                           "the text laid out again differs (block %zu)", p->block);
    }
    const pblock *b = &c->blocks[p->block++];
    if (b->first != p->end) {
        swap_layout(c, p);
        return bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                           "the text's lines are not its blocks' (line %zu)", p->end);
    }
    p->end = b->first + b->count;
    for (size_t j = 0; j < b->count && status == BULLETIN_OK; j++) {
        pline *pl = &c->lines[b->first + j];
        const pline *rl = &p->lines[p->blocks[0].first + j];
        if (rl->count != pl->count) {
            status = bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                                 "the text laid out again differs (line %zu)", b->first + j);
            break;
        }
        if ((status = bl_pdf_grow(c->mem, (void **)&c->glyphs, &c->cap_glyphs,
                                  c->nglyphs + rl->count, sizeof *c->glyphs))
            != BULLETIN_OK)
            break;
        size_t at = c->nglyphs;
        if (rl->count)
            memcpy(&c->glyphs[at], &p->glyphs[rl->first], rl->count * sizeof *c->glyphs);
        for (size_t k = 0; k < rl->count && status == BULLETIN_OK; k++) {
            const pglyph *g = &p->glyphs[rl->first + k];
            if (g->szi & GLYPH_ODD_NAT)
                status = bl_pdf_set_glyph_metrics(c, &c->glyphs[at + k], at + k,
                                                  c->sizes[g->szi & ~GLYPH_ODD_NAT],
                                                  replay_odd_nat(p, g));
        }
        c->nglyphs += rl->count;
        pl->first = (uint32_t)at;
        if (status == BULLETIN_OK)
            status = bl_pdf_ready_line(c, b->first + j);
    }
    if (c->nglyphs + held > c->glyphs_high)
        c->glyphs_high = c->nglyphs + held;
    /* the pages before the next block's first (blocks go down the pages
     * in order; a row split over two starts on the first) */
    int next = c->npages + 1;
    for (size_t k = p->block; k < c->nblocks; k++)
        if (c->blocks[k].count && c->blocks[k].page > 0) {
            next = c->blocks[k].page;
            break;
        }
    if (status == BULLETIN_OK)
        status = bl_pdf_draw_before(c, next, p->end);
    swap_layout(c, p);
    return status;
}

bulletin_status bl_pdf_replay(ctx *c)
{
    struct pplay p;
    memset(&p, 0, sizeof p);
    c->play = &p;
    c->present_from = 0;
    swap_layout(c, &p); /* the replay's arrays, empty */
    c->replay = true;
    bulletin_status status = bl_pdf_collect(c);
    c->replay = false;
    swap_layout(c, &p);
    c->play = NULL;
    bl_free(c->mem, p.lines);
    bl_free(c->mem, p.blocks);
    bl_free(c->mem, p.glyphs);
    bl_free(c->mem, p.odd_nat);
    for (size_t t = 0; t < p.ntables; t++)
        bl_free(c->mem, p.tables[t].colx);
    bl_free(c->mem, p.tables);
    if (status == BULLETIN_OK && p.block != c->nblocks)
        status = bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                             "the text laid out again differs (%zu blocks of %zu)", p.block,
                             c->nblocks);
    return status;
}

/* The figure list qsort's comparison reads (qsort has no argument for it;
 * a render runs on one thread, a batch's renders each on its own). */
static _Thread_local const bl_figure *sort_items;

static int cmp_fig(const void *a, const void *b)
{
    const bl_figure *x = &sort_items[*(const pfig *)a], *y = &sort_items[*(const pfig *)b];
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

/* The figures drawn in the accent colour: quantities, not years, dates,
 * durations or document numbers; and the figures no line breaks inside
 * (parts.h).  Both sorted by node (by address: only looked up, so the
 * order does not reach the output), then offset. */
bulletin_status bl_pdf_pick_accent_figures(ctx *c)
{
    size_t n = bulletin_doc_figure_count(c->doc);
    const bl_figure_list *list = bl_doc_figures(c->doc);
    if (n == 0 || !list || list->len != n || n > UINT32_MAX)
        return BULLETIN_OK;
    c->figitems = list->items;
    c->keeps = bl_calloc(c->mem, n, sizeof *c->keeps);
    if (!c->keeps)
        return BULLETIN_ERR_NOMEM;
    if (c->tpl.figures_in_accent && !(c->figs = bl_calloc(c->mem, n, sizeof *c->figs)))
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(c->doc, i, &f) != BULLETIN_OK
            || f.offset + f.length > UINT32_MAX) /* never: a text is at most 64 MiB */
            continue;
        if (bl_part_figure_unbreakable(&f))
            c->keeps[c->nkeeps++] = (pfig)i;
        if (!c->figs || !f.listed)
            continue;
        bulletin_node_type k = bulletin_node_kind(f.node);
        if (f.kind == BULLETIN_FIGURE_YEAR || f.kind == BULLETIN_FIGURE_DATE
            || f.kind == BULLETIN_FIGURE_DURATION || f.kind == BULLETIN_FIGURE_IDENTIFIER
            || (k != BULLETIN_NODE_PARAGRAPH && k != BULLETIN_NODE_CELL))
            continue; /* titles, headings, captions, parts: in their own colour */
        if (k == BULLETIN_NODE_CELL
            && strcmp(bulletin_node_row_kind(bulletin_node_parent(f.node)), "data"))
            continue; /* a header's 0—14岁, a group's label: the header's colour */
        c->figs[c->nfigs++] = (pfig)i;
    }
    sort_items = c->figitems;
    qsort(c->keeps, c->nkeeps, sizeof *c->keeps, cmp_fig);
    if (c->figs)
        qsort(c->figs, c->nfigs, sizeof *c->figs, cmp_fig);
    sort_items = NULL;
    return BULLETIN_OK;
}
