/*
 * lay.c - laying a text's lines into the render: its characters and
 * break classes, total fit (a window at a time past LAY_WINDOW_FROM
 * characters), the lines and their glyph records (a size index and an
 * advance in 1/1000 em, else the advance kept aside) copied into
 * c->lines and c->glyphs, display text placed (bl_pdf_place), a block
 * pushed and, once its lines are final, folded into what the fonts
 * need; a streamed render's glyphs dropped, and its blocks laid out
 * again matched to the first pass's (replay_block).  What to lay out,
 * and in which style, is blocks.c's and tables.c's.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "pdf_int.h"
#include "parts.h"

/* Sets the size and natural advance of glyph `pg`, c->glyphs[i] (the
 * glyphs before it set): its size an index into c->sizes (the last one
 * found first: a text has one or two), its advance in 1/1000 em of it
 * when that gives back exactly `nat` (every advance the layout measures:
 * a whole 1/1000 em times the size), else kept aside in c->odd_nat, by
 * glyph.  BULLETIN_ERR_NOMEM. */
static bulletin_status set_glyph_metrics(ctx *c, pglyph *pg, size_t i, double size, double nat);

/* The common case of glyph_metrics: the size of the glyph before, and a
 * whole 1/1000 em; false (pg untouched) when it is not that case. */
static inline bool glyph_metrics_fast(const ctx *c, pglyph *pg, double size, double nat)
{
    if (c->nsizes && c->sizes[c->last_size] == size && nat > 0) {
        double q = nat * 1000.0 / size;
        if (q < 32767.5) {
            int a = (int)(q + 0.5);
            if ((double)a * size / 1000.0 == nat) {
                pg->szi = (uint16_t)c->last_size;
                pg->adv = (int16_t)a;
                return true;
            }
        }
    }
    return false;
}

/* The same, the common case inline (else set_glyph_metrics). */
static inline bulletin_status glyph_metrics(ctx *c, pglyph *pg, size_t i, double size,
                                            double nat)
{
    if (glyph_metrics_fast(c, pg, size, nat))
        return BULLETIN_OK;
    return set_glyph_metrics(c, pg, i, size, nat);
}

bulletin_status bl_pdf_glyph_metrics(ctx *c, pglyph *pg, size_t i, double size, double nat)
{
    return glyph_metrics(c, pg, i, size, nat);
}

/* The same for a glyph of a text laid out at `size` pt: a glyph of
 * another size is a note mark's (note_marks: SUP_SIZE of it), raised
 * SUP_RISE of the text's size in an entry of its own. */
static inline bulletin_status text_glyph_metrics(ctx *c, pglyph *pg, size_t i, double gsize,
                                                 double nat, double size)
{
    if (gsize != size)
        return bl_pdf_sup_metrics(c, pg, i, gsize, SUP_RISE * size, nat);
    return glyph_metrics(c, pg, i, gsize, nat);
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

/* Whether the character that ends at byte `e` of `t` may carry a note
 * mark: a Han character (〇 too), a digit, % or ‰ (增长8.1%[3]), or a
 * closing bracket or quote. */
static bool mark_carrier_before(const char *t, size_t e)
{
    size_t b = e;
    while (b > 0 && e - b < 4) {
        b--;
        if (((unsigned char)t[b] & 0xC0) != 0x80)
            break;
    }
    if (b == e)
        return false;
    uint32_t cp;
    int k = bl_utf8_decode((const unsigned char *)t + b, e - b, &cp);
    if (k <= 0 || (size_t)k != e - b)
        return false;
    if (bl_is_han(cp) || cp == 0x3007 || (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)
        || cp == '%' || cp == 0xFF05 || cp == 0x2030)
        return true;
    switch (cp) {
    case ')': case 0xFF09: case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0x300B:
    case 0x3009: case 0x3011: case 0x3015: case 0x3017:
        return true;
    default:
        return false;
    }
}

size_t bl_pdf_note_mark(const char *t, size_t len, size_t i)
{
    if (i >= len || t[i] != '[' || i == 0 || !mark_carrier_before(t, i))
        return 0;
    size_t j = i + 1;
    while (j < len && j - i <= 3 && t[j] >= '0' && t[j] <= '9')
        j++;
    size_t digits = j - i - 1;
    if (digits < 1 || digits > 2 || t[i + 1] == '0' || j >= len || t[j] != ']')
        return 0;
    return j + 1 - i;
}

/* Marks FX_SUP the characters c->chars[from ..] of piece `sg` (their src
 * byte offsets in the pieces joined, the piece from byte `base`) that are
 * note marks, and sets them superscript: SUP_SIZE of their size, their
 * advances scaled alike (the rise is the glyphs': bl_pdf_sup_metrics).
 * Marks are the text's: body, lead, headings (三、城乡[4]人口, a run-in
 * heading), table cells and notes; not the title's, the cover's, a date's
 * or the furniture's. */
static void note_marks(ctx *c, const lseg *sg, size_t base, size_t from)
{
    int st = sg->st;
    if (!sg->own || (st != BL_EL_BODY && st != BL_EL_LEAD && st != BL_EL_CELL
                     && st != BL_EL_CELL_HEAD && st != BL_EL_NOTE && st != BL_EL_H1
                     && st != BL_EL_H2 && st != BL_EL_H3 && st != BL_EL_H4))
        return;
    if (!memchr(sg->text, '[', sg->len))
        return;
    for (size_t i = from; i < c->nchars; i++) {
        size_t off = c->chars[i].src - base, m = 0;
        if (i == from && c->chars[i].cp != '[') {
            /* a window that starts inside a mark (lay_windowed) */
            for (size_t back = 1; back <= 3 && back <= off && !m; back++)
                if ((m = bl_pdf_note_mark(sg->text, sg->len, off - back)) != 0) {
                    if (off - back + m <= off)
                        m = 0;
                    else
                        off -= back;
                }
        } else if (c->chars[i].cp == '[')
            m = bl_pdf_note_mark(sg->text, sg->len, off);
        if (m)
            c->marks = true;
        for (size_t q = i; m && q < c->nchars && c->chars[q].src < base + off + m; q++) {
            bl_lay_char *ch = &c->chars[q];
            ch->size *= SUP_SIZE;
            ch->adv *= SUP_SIZE;
            ch->gadv *= SUP_SIZE;
            ch->shift *= SUP_SIZE;
            c->cfx[q] |= FX_SUP;
        }
    }
}

/* The characters of the pieces, in c->chars, c->cfx: their src is the
 * byte offset in the pieces joined.  *starts gets each piece's first
 * character (nseg + 1 entries, on the stack of the caller). */
static bulletin_status build_chars(ctx *c, const lseg *sg, size_t ns, double size, size_t *starts)
{
    bulletin_status st = BULLETIN_OK;
    size_t base = 0;
    bool xbs_fake = bl_fontset_role_is_fallback(c->fs, BL_FONT_XIAOBIAOSONG);
    c->nchars = 0;
    c->marks = false;
    for (size_t k = 0; k < ns; k++) {
        const bl_style *s = sty(c, sg[k].st);
        size_t n = 0, room = bl_lay_utf8_room(sg[k].text, sg[k].len);
        starts[k] = c->nchars;
        /* decoded and measured in place, after the pieces before */
        if ((st = bl_pdf_grow(c->mem, (void **)&c->chars, &c->cap_chars, c->nchars + room,
                              sizeof *c->chars)) != BULLETIN_OK
            || (st = bl_pdf_grow(c->mem, (void **)&c->cfx, &c->cap_cfx, c->nchars + room,
                                 sizeof *c->cfx)) != BULLETIN_OK)
            break;
        st = bl_lay_chars_fill(sg[k].text, sg[k].len, size, (int)s->role, latin_of((int)s->role),
                               bl_fontset_measure, c->fs, c->chars + c->nchars, &n);
        if (st == BULLETIN_ERR_ENCODING)
            return bl_diag_set(c->diag, st, bulletin_doc_path(c->doc),
                               sg[k].node ? bulletin_node_line(sg[k].node) : 0, 0,
                               "invalid UTF-8 in the model");
        if (st != BULLETIN_OK)
            break;
        uint8_t fx = s->bold || (s->role == BL_FONT_XIAOBIAOSONG && xbs_fake) ? FX_BOLD : 0;
        for (size_t i = 0; i < n; i++) {
            c->chars[c->nchars].src += (uint32_t)base;
            c->cfx[c->nchars++] = fx;
        }
        note_marks(c, &sg[k], base, starts[k]);
        base += sg[k].len;
    }
    starts[ns] = c->nchars;
    return st;
}

/* A note mark stays with the term before it: no break before it in
 * c->brk (after the words, which would allow one). */
static void mark_classes(ctx *c)
{
    for (size_t i = 1; c->marks && i < c->nchars; i++)
        if ((c->cfx[i] & FX_SUP) && !(c->cfx[i - 1] & FX_SUP))
            c->brk[i] = BL_BRK_NEVER;
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
    bulletin_status st = bl_words_classify(c->words, c->chars, c->nchars, c->brk);
    mark_classes(c);
    return st;
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
    mark_classes(c);
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

/* The index of the entry of c->sizes that is `size` pt raised `rise` pt,
 * added when there is none, in *k.  BULLETIN_ERR_NOMEM. */
static bulletin_status size_index(ctx *c, double size, double rise, size_t *k)
{
    size_t j = 0;
    while (j < c->nsizes && !(c->sizes[j] == size && c->rises[j] == rise))
        j++;
    if (j == c->nsizes) {
        if (j >= GLYPH_ODD_NAT)
            return BULLETIN_ERR_NOMEM; /* never: a text has a few sizes */
        bulletin_status st = bl_pdf_grow(c->mem, (void **)&c->sizes, &c->cap_sizes, j + 1,
                                         sizeof *c->sizes);
        if (st == BULLETIN_OK)
            st = bl_pdf_grow(c->mem, (void **)&c->rises, &c->cap_rises, j + 1, sizeof *c->rises);
        if (st != BULLETIN_OK)
            return st;
        c->sizes[c->nsizes] = size;
        c->rises[c->nsizes++] = rise;
        c->raised |= rise != 0;
    }
    *k = j;
    return BULLETIN_OK;
}

static bulletin_status glyph_advance(ctx *c, pglyph *pg, size_t i, double size, double nat);

static bulletin_status set_glyph_metrics(ctx *c, pglyph *pg, size_t i, double size, double nat)
{
    size_t k = c->last_size;
    if (!(k < c->nsizes && c->sizes[k] == size && c->rises[k] == 0)) {
        bulletin_status st = size_index(c, size, 0, &k);
        if (st != BULLETIN_OK)
            return st;
    }
    c->last_size = k;
    pg->szi = (uint16_t)k;
    return glyph_advance(c, pg, i, size, nat);
}

bulletin_status bl_pdf_sup_metrics(ctx *c, pglyph *pg, size_t i, double size, double rise,
                                   double nat)
{
    size_t k;
    bulletin_status st = size_index(c, size, rise, &k);
    if (st != BULLETIN_OK)
        return st;
    pg->szi = (uint16_t)k;
    return glyph_advance(c, pg, i, size, nat);
}

/* Glyph pg's advance once its size is set (set_glyph_metrics). */
static bulletin_status glyph_advance(ctx *c, pglyph *pg, size_t i, double size, double nat)
{
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
    /* whether the node of the glyph before is the document (asked once a
     * node, not once a glyph) */
    const bulletin_node *tnode = NULL;
    bool tdoc = false;
    /* the natural advance, size index and advance of the last glyph of
     * the text's size that glyph_metrics_fast set: a glyph of the same
     * advance while c->last_size is still that index gets the same
     * (glyph_metrics_fast would compute them again from the same
     * numbers); NAN: none yet */
    double m_nat = NAN;
    uint16_t m_szi = 0;
    int16_t m_adv = 0;
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
            double nat = ci < c->nchars ? c->chars[ci].gadv : g->adv;
            if (g->size == size && nat == m_nat && c->last_size == m_szi) {
                pg->szi = m_szi;
                pg->adv = m_adv;
            } else if (g->size == size && glyph_metrics_fast(c, pg, size, nat)) {
                m_nat = nat;
                m_szi = pg->szi;
                m_adv = pg->adv;
            } else if ((status = text_glyph_metrics(c, pg, c->nglyphs, g->size, nat, size))
                       != BULLETIN_OK)
                return status;
            if (pg->alt)
                other = gn;
            if (gn != tnode) {
                tnode = gn;
                tdoc = gn && bulletin_node_get_type(gn) == BULLETIN_NODE_DOCUMENT;
            }
            if (pg->src != NO_SRC && c->nfigs && gn && !tdoc) {
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
        n += bl_lay_utf8_room(sg[k].text, sg[k].len);
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
    c->marks = false;
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
            size_t from = c->nchars;
            for (size_t i = 0; i < n; i++) {
                tmp[i].src += (uint32_t)(base[k] + b);
                c->chars[c->nchars] = tmp[i];
                c->cfx[c->nchars++] = fx;
            }
            note_marks(c, &sg[k], base[k], from);
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


#define SWAP(a, b)                                                                                 \
    do {                                                                                           \
        __typeof__(a) t_ = (a);                                                                    \
        (a) = (b);                                                                                 \
        (b) = t_;                                                                                  \
    } while (0)

void bl_pdf_swap_layout(ctx *c, struct pplay *p)
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
    bl_pdf_swap_layout(c, p); /* the first pass's arrays */
    if (p->block >= c->nblocks || c->blocks[p->block].count != p->blocks[0].count) {
        bl_pdf_swap_layout(c, p);
        return bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                           "the text laid out again differs (block %zu)", p->block);
    }
    const pblock *b = &c->blocks[p->block++];
    if (b->first != p->end) {
        bl_pdf_swap_layout(c, p);
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
            if (g->szi & GLYPH_ODD_NAT) {
                size_t z = g->szi & ~GLYPH_ODD_NAT;
                status = c->rises[z] != 0
                             ? bl_pdf_sup_metrics(c, &c->glyphs[at + k], at + k, c->sizes[z],
                                                  c->rises[z], replay_odd_nat(p, g))
                             : set_glyph_metrics(c, &c->glyphs[at + k], at + k, c->sizes[z],
                                                 replay_odd_nat(p, g));
            }
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
        status = p->ready(c, next, p->end);
    bl_pdf_swap_layout(c, p);
    return status;
}

