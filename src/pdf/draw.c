/*
 * draw.c - the pages' content: the shapes (filled rectangles, stroked
 * lines) under the text, every placed line of text, a box for each
 * character no face has, and the rules of the tables; then each page's
 * /Resources /Font.  The text operators are written here, straight into
 * the page's content stream, with the codes embed_font.c gave each
 * character (libharu's ShowText would re-encode and re-measure it).
 */
#define _DEFAULT_SOURCE /* madvise, MADV_DONTNEED */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_utils.h>

#include "pdf_int.h"

/* Names the fonts a page draws with in its /Resources /Font. */
static bulletin_status page_fonts(ctx *c, HPDF_Page page, const bool *used)
{
    HPDF_PageAttr pa = (HPDF_PageAttr)page->attr;
    if (!pa->fonts) {
        HPDF_Dict res = HPDF_Page_GetInheritableItem(page, "Resources", HPDF_OCLASS_DICT);
        HPDF_Dict fonts = res ? HPDF_Dict_New(c->pdf->mmgr) : NULL;
        if (!fonts || HPDF_Dict_Add(res, "Font", fonts) != HPDF_OK)
            return bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot add the page's fonts");
        pa->fonts = fonts;
    }
    for (size_t k = 0; k < c->nfaces; k++)
        if (used[k] && c->faces[k].font
            && HPDF_Dict_Add(pa->fonts, c->faces[k].res, c->faces[k].font) != HPDF_OK)
            return bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot add the page's fonts");
    return BULLETIN_OK;
}

/* Appends `v` rounded to 1/1000 and a space: fixed-point, no locale, no
 * trailing zeros (printf's %g is slower and can write exponents). */
/* Appends `len` bytes to `b` as bl_buf_put does (NUL-terminated), the
 * common case (room enough) without a call: a line of text is some twenty
 * of these. */
static inline bulletin_status put_bytes(bl_buf *b, const char *s, size_t len)
{
    if (b->cap - b->len <= len)
        return bl_buf_put(b, s, len);
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
    return BULLETIN_OK;
}

/* A string literal, its length known */
#define PUT_LIT(b, lit) put_bytes((b), "" lit, sizeof(lit) - 1)

/* llround(r): r to the nearest integer, halves away from zero.  The
 * truncation and its remainder are exact below 2^52 (Sterbenz: r and its
 * truncation are within a factor of two when |r| >= 1); anything else
 * (NaN, huge) goes to llround. */
static inline long long round_half_away(double r)
{
    if (!(fabs(r) < 4503599627370496.0))
        return llround(r);
    long long k = (long long)r;
    double f = r - (double)k;
    if (f >= 0.5)
        k++;
    else if (f <= -0.5)
        k--;
    return k;
}

/* Appends `v` rounded to 1/1000 and a space: fixed-point, no locale, no
 * trailing zeros (printf's %g is slower and can write exponents). */
static bulletin_status put_num(bl_buf *b, double v)
{
    char s[32], *p = s + sizeof s;
    long long k = round_half_away(v * 1000.0);
    bool neg = k < 0;
    unsigned long long u = neg ? (unsigned long long)-k : (unsigned long long)k;
    unsigned frac = (unsigned)(u % 1000);
    u /= 1000;
    *--p = ' ';
    if (frac) {
        int digits = 3;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        for (int d = 0; d < digits; d++) {
            *--p = (char)('0' + frac % 10);
            frac /= 10;
        }
        *--p = '.';
    }
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        *--p = '-';
    return put_bytes(b, p, (size_t)(s + sizeof s - p));
}

/* The values draw_line needs for —— and …… in face `f` (id `id`). */
static void face_marks(ctx *c, pface *f, int id)
{
    if (f->marks_done)
        return;
    f->marks_done = true;
    int box[4];
    f->axis = bl_fontset_ink_box(c->fs, id, 0x4E2D, box) ? (box[1] + box[3]) / 2 : 380;
    f->ellipsis_rise = 0;
    if (bl_fontset_ink_box(c->fs, id, 0x2026, box)) {
        int d = f->axis - (box[1] + box[3]) / 2;
        if (d > 40 || d < -40) /* off the middle: on the baseline, as Latin faces have it */
            f->ellipsis_rise = d;
    }
    f->dash_l = 40;
    f->dash_r = 960;
    f->dash_t = 45;
    if (bl_fontset_ink_box(c->fs, id, 0x2014, box)) {
        f->dash_l = box[0] < 0 ? 0 : box[0] > 150 ? 150 : box[0];
        f->dash_r = box[2] > 1000 ? 1000 : box[2] < 850 ? 850 : box[2];
        int t = box[3] - box[1];
        f->dash_t = t < 30 ? 30 : t > 80 ? 80 : t;
    }
}

/* What a viewer advances by after glyph g: its code's width (a wider
 * copy's carries the gap after it), in pt. */
static inline double drawn_adv(const ctx *c, const pglyph *g)
{
    if (text_face(g) < 0 || !g->code)
        return glyph_nat(c, g);
    return c->faces[text_face(g)].wcode[g->code] * (double)glyph_size(c, g) / 1000;
}

/* How glyph i of a line is drawn: text render mode 0 (fill), 2 (fill and
 * stroke: bold without a bold face) or 3 (invisible: a 破折号 drawn as
 * one rule, its text kept under it for copying). */
static inline int glyph_mode(const pglyph *g, size_t n, size_t i)
{
    if (g[i].cp == 0x2014 && g[i].face >= 0
        && ((i > 0 && g[i - 1].cp == 0x2014 && g[i - 1].face == g[i].face)
            || (i + 1 < n && g[i + 1].cp == 0x2014 && g[i + 1].face == g[i].face)))
        return 3;
    return g[i].fx & FX_BOLD ? 2 : 0;
}

/* Raises an ellipsis of a face that sets it on the baseline onto the
 * middle axis (GB/T 15834 5.1.5), pt. */
static double ellipsis_rise(ctx *c, const pglyph *g)
{
    pface *f = &c->faces[g->face];
    face_marks(c, f, g->face);
    return f->ellipsis_rise * (double)glyph_size(c, g) / 1000;
}

static inline double glyph_rise(ctx *c, const pglyph *g)
{
    if ((g->cp != 0x2026 && g->cp != 0x22EF) || g->face < 0)
        return 0;
    return ellipsis_rise(c, g);
}

/* The path and colour operators of the page's content stream, appended
 * to c->text (draw_page) with the bytes libharu's HPDF_Page_SetRGBFill,
 * _SetRGBStroke, _SetLineWidth, _MoveTo, _LineTo, _Rectangle, _Fill and
 * _Stroke write (its own HPDF_FToA formats the numbers), and the same
 * range checks: the whole page is then built in one buffer and deflated
 * straight from it, without copying it into libharu's stream and reading
 * it back out. */
static bulletin_status put_reals(ctx *c, const HPDF_REAL *v, int n, const char *op, size_t oplen)
{
    bl_buf *b = &c->text;
    for (int k = 0; k < n; k++) {
        char t[HPDF_REAL_LEN + 8];
        memset(t, 0, sizeof t);
        /* HPDF_Stream_WriteReal's bound: the longest number fits it */
        char *e = HPDF_FToA(t, v[k], t + HPDF_REAL_LEN);
        if (k && put_bytes(b, " ", 1) != BULLETIN_OK)
            return BULLETIN_ERR_NOMEM;
        if (put_bytes(b, t, (size_t)(e - t)) != BULLETIN_OK)
            return BULLETIN_ERR_NOMEM;
    }
    return put_bytes(b, op, oplen);
}

#define PUT_OP(c, v, n, lit) put_reals((c), (v), (n), "" lit, sizeof(lit) - 1)

static bool unit_range(HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    return !(r < 0 || r > 1 || g < 0 || g > 1 || b < 0 || b > 1);
}

/* A value libharu's call would refuse: its error, as its handler
 * records it (ctx.c), and the call's failure. */
static bulletin_status out_of_range(ctx *c, const char *what)
{
    if (!c->hpdf_error) {
        c->hpdf_error = HPDF_PAGE_OUT_OF_RANGE;
        c->hpdf_detail = 0;
    }
    return bl_pdf_fail(c, BULLETIN_ERR_PDF, what);
}

static bulletin_status op_fill_rgb(ctx *c, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    if (!unit_range(r, g, b))
        return out_of_range(c, "SetRGBFill failed");
    return PUT_OP(c, ((HPDF_REAL[]){r, g, b}), 3, " rg\n");
}

static bulletin_status op_stroke_rgb(ctx *c, HPDF_REAL r, HPDF_REAL g, HPDF_REAL b)
{
    if (!unit_range(r, g, b))
        return out_of_range(c, "SetRGBStroke failed");
    return PUT_OP(c, ((HPDF_REAL[]){r, g, b}), 3, " RG\n");
}

static bulletin_status op_line_width(ctx *c, HPDF_REAL w)
{
    if (w < 0)
        return out_of_range(c, "SetLineWidth failed");
    return PUT_OP(c, &w, 1, " w\n");
}

/* x0 y0 m x1 y1 l S: a stroked segment */
static bulletin_status op_segment(ctx *c, HPDF_REAL x0, HPDF_REAL y0, HPDF_REAL x1, HPDF_REAL y1)
{
    bulletin_status st = PUT_OP(c, ((HPDF_REAL[]){x0, y0}), 2, " m\n");
    if (st == BULLETIN_OK)
        st = PUT_OP(c, ((HPDF_REAL[]){x1, y1}), 2, " l\n");
    return st == BULLETIN_OK ? PUT_LIT(&c->text, "S\n") : st;
}

static bulletin_status op_rect(ctx *c, HPDF_REAL x, HPDF_REAL y, HPDF_REAL w, HPDF_REAL h)
{
    return PUT_OP(c, ((HPDF_REAL[]){x, y, w, h}), 4, " re\n");
}

/* The rules of the 破折号 of a line: one continuous two-em rule on the
 * face's middle axis for each run of U+2014 (the glyphs under it are
 * invisible), in the glyphs' colour. */
static bulletin_status draw_dashes(ctx *c, const pline *pl)
{
    bulletin_status status = BULLETIN_OK;
    const pglyph *g = &c->glyphs[pl->first];
    size_t n = pl->count;
    for (size_t i = 0; i < n;) {
        if (glyph_mode(g, n, i) != 3) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && glyph_mode(g, n, j) == 3 && g[j].face == g[i].face)
            j++;
        pface *f = &c->faces[g[i].face];
        face_marks(c, f, g[i].face);
        double em = glyph_size(c, &g[i]) / 1000.0;
        double x0 = pl->x0 + g[i].x + f->dash_l * em;
        double x1 = pl->x0 + g[j - 1].x + f->dash_r * em;
        double y = pl->y + f->axis * em;
        bl_rgb col = g[i].accent ? c->tpl.accent : line_color(c, pl);
        BL_CHECK(op_stroke_rgb(c, (HPDF_REAL)col.r, (HPDF_REAL)col.g, (HPDF_REAL)col.b));
        BL_CHECK(op_line_width(c, (HPDF_REAL)(f->dash_t * em)));
        BL_CHECK(op_segment(c, (HPDF_REAL)x0, (HPDF_REAL)y, (HPDF_REAL)x1, (HPDF_REAL)y));
        i = j;
    }
cleanup:
    return status;
}

/* "00" .. "FF": a byte's two hex digits at 2 * byte */
static const char hex_pairs[] =
        "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"
        "202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F"
        "404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F"
        "606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F"
        "808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9F"
        "A0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF"
        "C0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF"
        "E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF";

/* One line: runs of glyphs of one face and size whose gaps beyond the
 * natural advance are equal, each shown with Tc = that gap; boxes for
 * missing characters after the text object.  The text operators are
 * written here (libharu's ShowText would re-encode UTF-8 through its
 * encoder and measure the text again); marks `used` per face. */
static bulletin_status draw_line(ctx *c, const pline *pl, bool *used)
{
    bulletin_status status = BULLETIN_OK;
    const pglyph *g = &c->glyphs[pl->first];
    size_t n = pl->count;
    bool any_text = false, any_box = false;
    /* a bold line strokes: its stroke colour and width stay inside q Q */
    bool bold = false;
    for (size_t i = 0; i < n; i++) {
        any_text |= text_face(&g[i]) >= 0 && g[i].code;
        any_box |= g[i].face < 0;
        bold |= (g[i].fx & FX_BOLD) != 0;
    }
    if (any_text) {
        bl_buf *b = &c->text; /* the page's stream: appended to */
        int bad = (bold ? PUT_LIT(b, "q\nBT\n") : PUT_LIT(b, "BT\n")) != BULLETIN_OK;
        double px = 0, py = 0, tc = 0, rise = 0;
        const pface *cur = NULL;
        float cur_size = 0;
        int cur_accent = -1, mode = 0;
        bool dashes = false;
        size_t i = 0;
        while (i < n && !bad) {
            if (text_face(&g[i]) < 0 || !g[i].code) {
                i++;
                continue;
            }
            size_t j = i + 1;
            double gap = 0;
            int gm = glyph_mode(g, n, i);
            double gr = glyph_rise(c, &g[i]);
            /* the run's face, size and accent, read once (nothing in the
             * loop changes them); a glyph of the run has a code in that
             * face at that size, so drawn_adv() is its width there */
            int fa = text_face(&g[i]);
            float sa = glyph_size(c, &g[i]);
            unsigned acc = g[i].accent;
            const int *wc = c->faces[fa].wcode;
#define SAME_RUN(z)                                                                                \
    (text_face(&g[z]) == fa && g[z].code && glyph_size(c, &g[z]) == sa && g[z].accent == acc       \
     && glyph_mode(g, n, z) == gm && glyph_rise(c, &g[z]) == gr)
            if (j < n && SAME_RUN(j))
                gap = g[j].x - g[i].x - wc[g[i].code] * (double)sa / 1000;
            while (j < n && SAME_RUN(j)
                   && fabs(g[j].x - g[j - 1].x - wc[g[j - 1].code] * (double)sa / 1000 - gap)
                          < 0.002)
                j++;
#undef SAME_RUN
            if (c->raised) {
                /* a note mark's glyphs are a run of their own (their size
                 * differs too), raised (a render without marks skips this) */
                double sr = glyph_sup_rise(c, &g[i]);
                size_t k = i + 1;
                while (k < j && glyph_sup_rise(c, &g[k]) == sr)
                    k++;
                j = k;
                gr += sr;
            }
            if ((int)g[i].accent != cur_accent) {
                bl_rgb col = g[i].accent ? c->tpl.accent : line_color(c, pl);
                for (int k = 0; k < (bold ? 2 : 1); k++) { /* fill, and stroke for bold */
                    bad |= put_num(b, col.r) != BULLETIN_OK;
                    bad |= put_num(b, col.g) != BULLETIN_OK;
                    bad |= put_num(b, col.b) != BULLETIN_OK;
                    bad |= (k ? PUT_LIT(b, "RG\n") : PUT_LIT(b, "rg\n")) != BULLETIN_OK;
                }
                cur_accent = g[i].accent;
            }
            if (gm != mode) {
                if (gm == 2) { /* a stroke of 1/50 em: a bold of the regular face */
                    bad |= put_num(b, glyph_size(c, &g[i]) / 50.0) != BULLETIN_OK;
                    bad |= PUT_LIT(b, "w\n") != BULLETIN_OK;
                }
                bad |= bl_pdf_put_int(b, gm) != BULLETIN_OK;
                bad |= PUT_LIT(b, " Tr\n") != BULLETIN_OK;
                mode = gm;
            }
            dashes |= gm == 3;
            if (gr != rise) {
                bad |= put_num(b, gr) != BULLETIN_OK;
                bad |= PUT_LIT(b, "Ts\n") != BULLETIN_OK;
                rise = gr;
            }
            const pface *f = &c->faces[text_face(&g[i])];
            if (f != cur || glyph_size(c, &g[i]) != cur_size) {
                bad |= PUT_LIT(b, "/") != BULLETIN_OK;
                bad |= put_bytes(b, f->res, strlen(f->res)) != BULLETIN_OK;
                bad |= PUT_LIT(b, " ") != BULLETIN_OK;
                bad |= put_num(b, glyph_size(c, &g[i])) != BULLETIN_OK;
                bad |= PUT_LIT(b, "Tf\n") != BULLETIN_OK;
                cur = f;
                cur_size = glyph_size(c, &g[i]);
                used[text_face(&g[i])] = true;
            }
            /* Tc also widens a run's last glyph, which viewers count in
             * the line's extent: the line's last glyph goes alone */
            if (gap != 0 && j == n && j - i > 1)
                j--;
            if (j - i == 1)
                gap = 0;
            if (fabs(gap - tc) > 1e-4) {
                bad |= put_num(b, gap) != BULLETIN_OK;
                bad |= PUT_LIT(b, "Tc\n") != BULLETIN_OK;
                tc = gap;
            }
            double x = pl->x0 + g[i].x, y = pl->y;
            bad |= put_num(b, x - px) != BULLETIN_OK;
            bad |= put_num(b, y - py) != BULLETIN_OK;
            bad |= PUT_LIT(b, "Td\n<") != BULLETIN_OK;
            px = x;
            py = y;
            /* the run's codes written in place, four hex digits each */
            if (!bad && bl_buf_reserve(b, 4 * (j - i)) == BULLETIN_OK) {
                char *h = b->data + b->len;
                for (size_t k = i; k < j; k++, h += 4) {
                    unsigned code = g[k].code; /* bl_pdf_assign_codes */
                    memcpy(h, hex_pairs + 2 * (code >> 8), 2);
                    memcpy(h + 2, hex_pairs + 2 * (code & 255), 2);
                }
                b->len += 4 * (j - i);
                b->data[b->len] = '\0';
            } else
                bad = 1;
            bad |= PUT_LIT(b, "> Tj\n") != BULLETIN_OK;
            i = j;
        }
        /* Tc, Tr and Ts are the text state, which outlives the text object */
        if (tc != 0)
            bad |= PUT_LIT(b, "0 Tc\n") != BULLETIN_OK;
        if (mode != 0)
            bad |= PUT_LIT(b, "0 Tr\n") != BULLETIN_OK;
        if (rise != 0)
            bad |= PUT_LIT(b, "0 Ts\n") != BULLETIN_OK;
        bad |= (bold ? PUT_LIT(b, "ET\nQ\n") : PUT_LIT(b, "ET\n")) != BULLETIN_OK;
        if (bad) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        if (dashes && (status = draw_dashes(c, pl)) != BULLETIN_OK)
            goto cleanup;
    }
    if (any_box) {
            bl_rgb lc = line_color(c, pl);
        BL_CHECK(op_stroke_rgb(c, (HPDF_REAL)lc.r, (HPDF_REAL)lc.g, (HPDF_REAL)lc.b));
        BL_CHECK(op_line_width(c, (HPDF_REAL)L.box_rule));
        for (size_t i = 0; i < n; i++) {
            if (g[i].face >= 0)
                continue;
            double s = glyph_size(c, &g[i]), x = pl->x0 + g[i].x;
            BL_CHECK(op_rect(c, (HPDF_REAL)(x + 0.1 * s), (HPDF_REAL)(pl->y - 0.1 * s),
                             (HPDF_REAL)(glyph_nat(c, &g[i]) - 0.2 * s), (HPDF_REAL)(0.9 * s)));
        }
        BL_CHECK(PUT_LIT(&c->text, "S\n"));
    }
cleanup:
    return status;
}

static bulletin_status rule(ctx *c, HPDF_Page page, double x0, double x1, double y0, double y1,
                            double width)
{
    bulletin_status status = BULLETIN_OK;
    (void)page;
    BL_CHECK(op_line_width(c, (HPDF_REAL)width));
    BL_CHECK(op_segment(c, (HPDF_REAL)x0, (HPDF_REAL)y0, (HPDF_REAL)x1, (HPDF_REAL)y1));
cleanup:
    return status;
}

/* A row set across its table (tables.c): a title or group row, a header
 * row of one cell in a table of several columns. */
static bool across(const pblock *b, size_t ncols)
{
    const char *k = bulletin_node_row_kind(b->node);
    if (!strcmp(k, "title") || !strcmp(k, "group"))
        return true;
    if (strcmp(k, "header") || ncols < 2)
        return false;
    const bulletin_node *cell = bulletin_node_first_child(b->node);
    return cell && !bulletin_node_next(cell);
}

/* The rules of a table's rows on one page: rows bi0..bi1-1, under its
 * header rows repeated there (rep, may be NULL).  A fixed grid (GB/T
 * 9704) rules every cell; a free one (the brochure) draws three rules:
 * over the table, under the header, under the table (booktabs). */
static bulletin_status draw_table_part(ctx *c, HPDF_Page page, size_t bi0, size_t bi1,
                                       const prepeat *rep)
{
    bulletin_status status = BULLETIN_OK;
    const ptable *t = &c->tables[c->blocks[bi0].table];
    double top = rep ? rep->top : c->blocks[bi0].top;
    const pblock *lb = &c->blocks[bi1 - 1];
    double bottom = lb->top - (lb->cut > 0 ? lb->cut : lb->height);
    double x0 = t->colx[0], x1 = t->colx[t->ncols];
    bool grid = c->tpl.lines_per_page > 0;
    BL_CHECK(op_stroke_rgb(c, (HPDF_REAL)c->tpl.text.r, (HPDF_REAL)c->tpl.text.g,
                           (HPDF_REAL)c->tpl.text.b));
    if (grid) {
        if (rep) {
            double y = rep->top;
            for (size_t h = t->head_first; h < t->head_first + t->nhead; h++) {
                BL_CHECK(rule(c, page, x0, x1, y, y, L.rule));
                y -= c->blocks[h].height;
            }
        }
        for (size_t bi = bi0; bi < bi1; bi++)
            BL_CHECK(rule(c, page, x0, x1, c->blocks[bi].top, c->blocks[bi].top, L.rule));
        BL_CHECK(rule(c, page, x0, x1, bottom, bottom, L.rule));
        BL_CHECK(rule(c, page, x0, x0, top, bottom, L.rule));
        BL_CHECK(rule(c, page, x1, x1, top, bottom, L.rule));
        /* the column rules, but across a row set across the table (a
         * title, a group, a one-cell header: tables.c) */
        size_t nh = rep ? t->nhead : 0;
        for (size_t k = 1; k < t->ncols; k++) {
            double from = top, y = top;
            for (size_t q = 0; q < nh + (bi1 - bi0); q++) {
                const pblock *b = q < nh ? &c->blocks[t->head_first + q] : &c->blocks[bi0 + q - nh];
                double h = q >= nh && b->cut > 0 ? b->cut : b->height;
                if (across(b, t->ncols)) {
                    if (from > y + 1e-6)
                        BL_CHECK(rule(c, page, t->colx[k], t->colx[k], from, y, L.rule));
                    from = y - h;
                }
                y -= h;
            }
            if (from > bottom + 1e-6)
                BL_CHECK(rule(c, page, t->colx[k], t->colx[k], from, bottom, L.rule));
        }
        return BULLETIN_OK;
    }
    BL_CHECK(rule(c, page, x0, x1, top, top, 2 * L.rule + 0.3));
    double mid = rep ? rep->top - rep->height : NAN;
    for (size_t bi = bi0; bi < bi1 && isnan(mid); bi++)
        if (!c->blocks[bi].head && bi > bi0 && c->blocks[bi - 1].head)
            mid = c->blocks[bi].top;
    if (!isnan(mid))
        BL_CHECK(rule(c, page, x0, x1, mid, mid, L.rule));
    BL_CHECK(rule(c, page, x0, x1, bottom, bottom, 2 * L.rule + 0.3));
cleanup:
    return status;
}

/* The part of a row split across pages on a page after its first: its
 * sides and column rules (a fixed grid), its foot. */
static bulletin_status draw_row_part(ctx *c, HPDF_Page page, const prepeat *p)
{
    bulletin_status status = BULLETIN_OK;
    const ptable *t = &c->tables[p->table];
    double top = p->top, bottom = p->top - p->height;
    BL_CHECK(op_stroke_rgb(c, (HPDF_REAL)c->tpl.text.r, (HPDF_REAL)c->tpl.text.g,
                           (HPDF_REAL)c->tpl.text.b));
    if (c->tpl.lines_per_page > 0)
        for (size_t k = 0; k <= t->ncols; k++)
            BL_CHECK(rule(c, page, t->colx[k], t->colx[k], top, bottom, L.rule));
    BL_CHECK(rule(c, page, t->colx[0], t->colx[t->ncols], bottom, bottom, L.rule));
cleanup:
    return status;
}

/* The shading of a table's header rows, under their text. */
static bulletin_status shade(ctx *c, HPDF_Page page, const ptable *t, double top, double h)
{
    bulletin_status status = BULLETIN_OK;
    (void)page;
    BL_CHECK(op_fill_rgb(c, 0.9f, 0.9f, 0.9f));
    BL_CHECK(op_rect(c, (HPDF_REAL)t->colx[0], (HPDF_REAL)(top - h),
                     (HPDF_REAL)(t->colx[t->ncols] - t->colx[0]), (HPDF_REAL)h));
    BL_CHECK(PUT_LIT(&c->text, "f\n"));
cleanup:
    return status;
}

/* A filled rectangle or a stroked line. */
static bulletin_status draw_shape(ctx *c, HPDF_Page pg, const pshape *sh)
{
    bulletin_status status = BULLETIN_OK;
    (void)pg;
    HPDF_REAL r = (HPDF_REAL)sh->color.r, g = (HPDF_REAL)sh->color.g, b = (HPDF_REAL)sh->color.b;
    if (sh->kind == SH_RECT) {
        BL_CHECK(op_fill_rgb(c, r, g, b));
        BL_CHECK(op_rect(c, (HPDF_REAL)sh->x, (HPDF_REAL)sh->y, (HPDF_REAL)sh->w, (HPDF_REAL)sh->h));
        BL_CHECK(PUT_LIT(&c->text, "f\n"));
    } else {
        BL_CHECK(op_stroke_rgb(c, r, g, b));
        BL_CHECK(op_line_width(c, (HPDF_REAL)sh->width));
        BL_CHECK(op_segment(c, (HPDF_REAL)sh->x, (HPDF_REAL)sh->y, (HPDF_REAL)(sh->x + sh->w),
                            (HPDF_REAL)(sh->y + sh->h)));
    }
cleanup:
    return status;
}

/* Items (lines, shapes, ...) by page, by counting: at[p - 1] .. at[p]
 * index `of`, in item order; items off the pages are left out. */
typedef struct {
    uint32_t *at, *of;
} bypage;

static bulletin_status bypage_make(ctx *c, bypage *bp, size_t n, const void *items, size_t size,
                                   size_t page_off)
{
    bp->at = bl_calloc(c->mem, (size_t)c->npages + 1, sizeof *bp->at);
    bp->of = bl_calloc(c->mem, n ? n : 1, sizeof *bp->of);
    size_t *fill = bl_calloc(c->mem, (size_t)c->npages + 1, sizeof *fill);
    if (!bp->at || !bp->of || !fill || n >= UINT32_MAX) {
        bl_free(c->mem, fill);
        return BULLETIN_ERR_NOMEM;
    }
    const unsigned char *b = items;
    for (size_t i = 0; i < n; i++) {
        int pg;
        memcpy(&pg, b + i * size + page_off, sizeof pg);
        if (pg >= 1 && pg <= c->npages)
            bp->at[pg]++;
    }
    for (int p = 1; p <= c->npages; p++)
        bp->at[p] += bp->at[p - 1];
    for (size_t i = 0; i < n; i++) {
        int pg;
        memcpy(&pg, b + i * size + page_off, sizeof pg);
        if (pg >= 1 && pg <= c->npages)
            bp->of[bp->at[pg - 1] + fill[pg - 1]++] = (uint32_t)i;
    }
    bl_free(c->mem, fill);
    return BULLETIN_OK;
}

static void bypage_free(ctx *c, bypage *bp)
{
    bl_free(c->mem, bp->at);
    bl_free(c->mem, bp->of);
}

#define BYPAGE(c, bp, arr, n, type) bypage_make(c, bp, n, arr, sizeof(type), offsetof(type, page))

/* c->mcrs back in the drawing order of the whole document (see
 * bl_pdf_draw): a merge of the pages' runs, each in that order. */
static int cmp_seq(const void *a, const void *b)
{
    uint32_t x = ((const pmcr *)a)->seq, y = ((const pmcr *)b)->seq;
    return (x > y) - (x < y);
}

/* A table's rows on one page (the rules drawn together): from block `bi`
 * (a row), its `page`. */
typedef struct {
    size_t bi, bj;
    int page;
} prun;

/* Gives the memory pages wholly inside bytes [0, done) of `base` back
 * to the system: the lines and glyphs of the pages drawn, which nothing
 * reads again (release_lines frees the arrays after the drawing).  The
 * allocator's own data lies outside the block, so only its interior goes;
 * the contents read as zeros afterwards, if anything read them.  With
 * that, the pages' objects libharu holds until the save take the place of
 * the lines already drawn instead of adding to them.  In steps of 2 MB
 * ending on a 2 MB boundary: a few calls, and whole huge pages (page by
 * page, the half-million-paragraph text spent 0.7 s more in the kernel). */
#define RELEASE_STEP ((uintptr_t)2 << 20)

static void release_done(void *base, size_t done, size_t *released)
{
    static long pagesz;
    if (!pagesz && (pagesz = sysconf(_SC_PAGESIZE)) <= 0)
        pagesz = 4096;
    uintptr_t a = (uintptr_t)base, ps = (uintptr_t)pagesz;
    uintptr_t from = (a + *released + ps - 1) / ps * ps, to = (a + done) / RELEASE_STEP * RELEASE_STEP;
    if (!base || to <= from || to - from < RELEASE_STEP)
        return;
    (void)madvise((void *)from, (size_t)(to - from), MADV_DONTNEED);
    *released = (size_t)(to - a);
}

/* One page, everything on it in the order the whole document was once
 * drawn in (the shapes under the text, header-row shading, the lines
 * with the running header first, the table rules, the parts' rules, an
 * element's shapes without its lines), so that its content stream is
 * the same; then its marked content is closed and its stream deflated:
 * what stays until the file is saved is compressed. */
static bulletin_status draw_page(ctx *c, HPDF_Page *pages, int pno, const bypage *bl,
                                 const bypage *bs, const bypage *bh, const bypage *br,
                                 const bypage *bt, const prun *runs, const bypage *bp,
                                 bool *used, bool *sdone, const bool *tshapes)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_Page page = pages[pno - 1];
    size_t p = (size_t)pno - 1;
    c->text.len = 0; /* the page's content stream, built here (put_reals) */
    for (uint32_t q = bs->at[p]; q < bs->at[p + 1]; q++) {
        const pshape *sh = &c->shapes[bs->of[q]];
        if (sh->tag > 0)
            continue;
        BL_CHECK(bl_pdf_mc(c, page, pno, 0, sh->art, NULL));
        BL_CHECK(draw_shape(c, page, sh));
    }
    for (uint32_t q = bh->at[p]; q < bh->at[p + 1]; q++) {
        const pblock *b = &c->blocks[bh->of[q]];
        if (b->kind == BK_ROW && b->head) {
            BL_CHECK(bl_pdf_mc(c, page, pno, 0, ART_LAYOUT, NULL));
            BL_CHECK(shade(c, page, &c->tables[b->table], b->top, b->height));
        }
    }
    for (uint32_t q = br->at[p]; q < br->at[p + 1]; q++) {
        const prepeat *rp = &c->repeats[br->of[q]];
        BL_CHECK(bl_pdf_mc(c, page, pno, 0, ART_LAYOUT, NULL));
        BL_CHECK(shade(c, page, &c->tables[rp->table], rp->top, rp->height));
    }
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t q = bl->at[p]; q < bl->at[p + 1]; q++) {
            size_t li = bl->of[q];
            const pline *pl = &c->lines[li];
            if (pl->early != (pass == 0))
                continue;
            bool opened;
            c->mc_seq = (uint32_t)((size_t)pass * c->nlines + li);
            BL_CHECK(bl_pdf_mc(c, page, pno, pl->tag, pl->art, &opened));
            if (opened && pl->tag > 0 && tshapes[p])
                for (uint32_t r = bs->at[p]; r < bs->at[p + 1]; r++) {
                    size_t k = bs->of[r];
                    if (c->shapes[k].tag == pl->tag && !sdone[k]) {
                        sdone[k] = true;
                        BL_CHECK(draw_shape(c, page, &c->shapes[k]));
                    }
                }
            BL_CHECK(draw_line(c, pl, used));
        }
    for (uint32_t q = bt->at[p]; q < bt->at[p + 1]; q++) {
        const prun *ru = &runs[bt->of[q]];
        const prepeat *rep = NULL;
        for (size_t r = 0; r < c->nrepeats; r++)
            if (c->repeats[r].table == c->blocks[ru->bi].table && c->repeats[r].page == ru->page)
                rep = &c->repeats[r];
        BL_CHECK(bl_pdf_mc(c, page, pno, 0, ART_LAYOUT, NULL));
        BL_CHECK(draw_table_part(c, page, ru->bi, ru->bj, rep));
    }
    for (uint32_t q = bp->at[p]; q < bp->at[p + 1]; q++) {
        BL_CHECK(bl_pdf_mc(c, page, pno, 0, ART_LAYOUT, NULL));
        BL_CHECK(draw_row_part(c, page, &c->parts[bp->of[q]]));
    }
    for (uint32_t q = bs->at[p]; q < bs->at[p + 1]; q++) {
        size_t k = bs->of[q];
        const pshape *sh = &c->shapes[k];
        if (sdone[k] || sh->tag <= 0)
            continue;
        c->mc_seq = (uint32_t)(2 * c->nlines + k);
        BL_CHECK(bl_pdf_mc(c, page, pno, sh->tag, 0, NULL));
        BL_CHECK(draw_shape(c, page, sh));
    }
    BL_CHECK(bl_pdf_mc_close(c, page, pno));
    BL_CHECK(bl_pdf_predeflate_with(c, ((HPDF_PageAttr)page->attr)->contents, c->text.data,
                                    c->text.len));
    c->text.len = 0;
cleanup:
    return status;
}

/* A header row's line that copies on later pages draw: until `page`. */
typedef struct {
    uint32_t line;
    int page;
} ppin;

/* A streamed render's drawing (bl_pdf_draw_before). */
struct pdraw {
    HPDF_Page *pages;
    const bypage *bl, *bs, *bh, *br, *bt, *bp;
    const prun *runs;
    bool *used, *sdone;
    const bool *tshapes;
    int next;                 /* the next page to draw */
    size_t base;              /* the glyphs below are the furniture's */
    uint32_t *copy_of;        /* per copy (lines nlines_laid ..
                                 folio_first): the line it copies */
    ppin *pins;               /* the lines copied, each with its last copy's
                                 page, by line */
    size_t npins;
    uint32_t *pin;            /* the lines pinned now, sorted */
    size_t npin;
    size_t fline;             /* the first line of the front pages and the
                                 furniture whose glyphs are still held */
    bool fdrop;               /* theirs go as their pages are drawn: in
                                 the order of the pages (always) */
};

static int cmp_pin(const void *a, const void *b)
{
    const ppin *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return (x->page > y->page) - (x->page < y->page);
}

/* Adds page `p` and draws it. */
static bulletin_status add_page(ctx *c, struct pdraw *d, int p)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_Page pg = d->pages[p - 1] = HPDF_AddPage(c->pdf);
    if (!pg) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot add a page");
        goto cleanup;
    }
    HPDF_TRY(HPDF_Page_SetWidth(pg, (HPDF_REAL)c->tpl.page_w), "SetWidth failed");
    HPDF_TRY(HPDF_Page_SetHeight(pg, (HPDF_REAL)c->tpl.page_h), "SetHeight failed");
    BL_CHECK(draw_page(c, d->pages, p, d->bl, d->bs, d->bh, d->br, d->bt, d->runs, d->bp,
                       d->used + (size_t)(p - 1) * c->nfaces, d->sdone, d->tshapes));
cleanup:
    return status;
}

/* (Some 250 pages of running header and folio: a few moves of what
 * follows, not one a page.) */
#define FURNITURE_CUT 4096

bulletin_status bl_pdf_draw_before(ctx *c, int page, size_t end)
{
    struct pdraw *d = c->drawing;
    bulletin_status status = BULLETIN_OK;
    if (page > c->npages + 1)
        page = c->npages + 1;
    if (d->next >= page)
        return BULLETIN_OK; /* no page done: what is held stays */
    for (; d->next < page; d->next++) {
        size_t p = (size_t)d->next - 1;
        /* a repeated header row: its row's glyphs, pinned */
        for (uint32_t q = d->bl->at[p]; q < d->bl->at[p + 1]; q++) {
            pline *pl = &c->lines[d->bl->of[q]];
            if (pl->copy && d->bl->of[q] >= c->nlines_laid && d->bl->of[q] < c->folio_first)
                pl->first = c->lines[d->copy_of[d->bl->of[q] - c->nlines_laid]].first;
        }
        if ((status = add_page(c, d, d->next)) != BULLETIN_OK)
            return status;
    }
    if (page > c->npages)
        return BULLETIN_OK;
    /* what the pages from `page` on draw stays: the lines from the first
     * of them, and the header rows their copies draw */
    size_t keep = c->present_from;
    while (keep < end && c->lines[keep].page < page)
        keep++;
    size_t n = 0;
    uint32_t *pin = NULL;
    for (size_t i = 0; i < d->npins; i++)
        if (d->pins[i].page >= page && d->pins[i].line < keep && d->pins[i].line < end)
            n++;
    if (n && !(pin = bl_calloc(c->mem, n, sizeof *pin)))
        return BULLETIN_ERR_NOMEM;
    n = 0;
    for (size_t i = 0; i < d->npins; i++)
        if (d->pins[i].page >= page && d->pins[i].line < keep && d->pins[i].line < end)
            pin[n++] = d->pins[i].line;
    /* pinned before, no longer: gone */
    for (size_t i = 0, q = 0; i < d->npin; i++) {
        while (q < n && pin[q] < d->pin[i])
            q++;
        if (!(q < n && pin[q] == d->pin[i]))
            c->lines[d->pin[i]].first = d->pin[i];
    }
    status = bl_pdf_drop_glyphs(c, d->base, keep, end, pin, n);
    bl_free(c->mem, d->pin);
    d->pin = pin;
    d->npin = n;
    /* the front pages' and furniture's glyphs of the pages drawn go too,
     * FURNITURE_CUT or more at a time (everything held moves down, the
     * furniture's lines to come with it) */
    size_t fl = d->fline;
    while (d->fdrop && fl < c->nlines && c->lines[fl].page < page)
        fl++;
    size_t cut = fl < c->nlines ? c->lines[fl].first : d->base;
    if (status != BULLETIN_OK || !d->fdrop || cut < FURNITURE_CUT || c->nodd_nat)
        return status;
    memmove(c->glyphs, c->glyphs + cut, (c->nglyphs - cut) * sizeof *c->glyphs);
    for (size_t li = fl; li < c->nlines; li++)
        c->lines[li].first -= (uint32_t)cut;
    for (size_t i = 0; i < d->npin; i++)
        c->lines[d->pin[i]].first -= (uint32_t)cut;
    for (size_t li = keep; li < end; li++)
        c->lines[li].first -= (uint32_t)cut;
    c->nglyphs -= cut;
    c->glyphs_dropped += cut;
    c->folded_glyphs = c->nglyphs;
    d->base -= cut;
    d->fline = fl;
    return status;
}

/* The pages of a streamed render: the copies of header rows noted, the
 * text laid out again (each page drawn as soon as its lines are), then
 * the rest. */
static bulletin_status stream_pages(ctx *c, struct pdraw *d)
{
    size_t ncopies = c->folio_first - c->nlines_laid;
    if (ncopies) {
        if (!(d->copy_of = bl_calloc(c->mem, ncopies, sizeof *d->copy_of))
            || !(d->pins = bl_calloc(c->mem, ncopies, sizeof *d->pins)))
            return BULLETIN_ERR_NOMEM;
        for (size_t i = 0; i < ncopies; i++) {
            const pline *pl = &c->lines[c->nlines_laid + i];
            d->copy_of[i] = pl->first; /* its row's line (its glyphs gone) */
            if (pl->copy && pl->page > 0)
                d->pins[d->npins++] = (ppin){pl->first, pl->page};
        }
        qsort(d->pins, d->npins, sizeof *d->pins, cmp_pin);
        size_t m = 0; /* each line once, with its last page */
        for (size_t i = 0; i < d->npins; i++) {
            if (m && d->pins[m - 1].line == d->pins[i].line)
                m--;
            d->pins[m++] = d->pins[i];
        }
        d->npins = m;
    }
    /* the front pages and the furniture: their glyphs in the order of
     * their pages, each line's after the one before */
    d->fline = c->folio_first;
    d->fdrop = true;
    for (size_t li = c->folio_first + 1; li < c->nlines && d->fdrop; li++)
        d->fdrop = c->lines[li].page >= c->lines[li - 1].page
                   && c->lines[li].first == c->lines[li - 1].first + c->lines[li - 1].count;
    if (c->folio_first < c->nlines && c->lines[c->folio_first].first != 0)
        d->fdrop = false;
    bulletin_status status = bl_pdf_replay(c, bl_pdf_draw_before);
    if (status == BULLETIN_OK)
        status = bl_pdf_draw_before(c, c->npages + 1, c->nlines_laid);
    return status;
}

bulletin_status bl_pdf_draw(ctx *c, HPDF_Page *pages)
{
    bulletin_status status = BULLETIN_OK;
    /* per page and face: drawn with it */
    bool *used = bl_calloc(c->mem, (size_t)c->npages * (c->nfaces ? c->nfaces : 1), sizeof *used);
    bool *sdone = NULL;   /* shapes drawn */
    bool *tshapes = NULL; /* per page: it has an element's shapes */
    prun *runs = NULL;
    size_t nruns = 0, *live = NULL;
    bypage bl = {0}, bs = {0}, bh = {0}, br = {0}, bt = {0}, bp = {0};
    if (!used)
        return BULLETIN_ERR_NOMEM;
    if (2 * c->nlines + c->nshapes >= UINT32_MAX) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if (!(c->mc_open = bl_calloc(c->mem, (size_t)c->npages, sizeof *c->mc_open))
        || !(c->mc_next = bl_calloc(c->mem, (size_t)c->npages, sizeof *c->mc_next))
        || !(sdone = bl_calloc(c->mem, c->nshapes ? c->nshapes : 1, sizeof *sdone))
        || !(tshapes = bl_calloc(c->mem, (size_t)c->npages, sizeof *tshapes))
        || !(runs = bl_calloc(c->mem, c->nblocks ? c->nblocks : 1, sizeof *runs))) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t k = 0; k < c->nshapes; k++)
        if (c->shapes[k].tag > 0 && c->shapes[k].page >= 1 && c->shapes[k].page <= c->npages)
            tshapes[c->shapes[k].page - 1] = true;
    /* a table's rows on one page: its rules are drawn together */
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
        runs[nruns++] = (prun){bi, bj, c->blocks[bi].page};
        bi = bj;
    }
    BL_CHECK(BYPAGE(c, &bl, c->lines, c->nlines, pline));
    BL_CHECK(BYPAGE(c, &bs, c->shapes, c->nshapes, pshape));
    BL_CHECK(BYPAGE(c, &bh, c->blocks, c->nblocks, pblock));
    BL_CHECK(BYPAGE(c, &br, c->repeats, c->nrepeats, prepeat));
    BL_CHECK(BYPAGE(c, &bt, runs, nruns, prun));
    BL_CHECK(BYPAGE(c, &bp, c->parts, c->nparts, prepeat));
    if (c->stream) {
        /* the text's glyphs come as it is laid out again */
        struct pdraw d = {pages, &bl, &bs, &bh, &br, &bt, &bp, runs, used, sdone, tshapes, 1,
                          c->nglyphs, NULL, NULL, 0, NULL, 0, 0, false};
        c->drawing = &d;
        status = stream_pages(c, &d);
        c->drawing = NULL;
        bl_free(c->mem, d.copy_of);
        bl_free(c->mem, d.pins);
        bl_free(c->mem, d.pin);
        if (status != BULLETIN_OK)
            goto cleanup;
    } else {
        /* live[p]: the first line, and the first glyph, that a page after p
         * still draws (a table's repeated header rows draw glyphs of the
         * original rows): below them everything is drawn once page p is */
        if (!(live = bl_calloc(c->mem, 2 * ((size_t)c->npages + 1), sizeof *live))) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        live[c->npages] = c->nlines;
        live[2 * (size_t)c->npages + 1] = c->nglyphs;
        for (int p = c->npages; p-- > 0;) {
            size_t lmin = live[p + 1], gmin = live[(size_t)c->npages + 1 + (size_t)p + 1];
            for (uint32_t q = bl.at[p]; q < bl.at[p + 1]; q++) {
                const pline *pl = &c->lines[bl.of[q]];
                if (bl.of[q] < lmin)
                    lmin = bl.of[q];
                if (pl->count && pl->first < gmin)
                    gmin = pl->first;
            }
            live[p] = lmin;
            live[(size_t)c->npages + 1 + (size_t)p] = gmin;
        }
        /* Pages are added as they are drawn (the same objects in the same
         * order: drawing makes no indirect object) */
        size_t lines_out = 0, glyphs_out = 0;
        for (int p = 1; p <= c->npages; p++) {
            HPDF_Page pg = pages[p - 1] = HPDF_AddPage(c->pdf);
            if (!pg) {
                status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot add a page");
                goto cleanup;
            }
            HPDF_TRY(HPDF_Page_SetWidth(pg, (HPDF_REAL)c->tpl.page_w), "SetWidth failed");
            HPDF_TRY(HPDF_Page_SetHeight(pg, (HPDF_REAL)c->tpl.page_h), "SetHeight failed");
            BL_CHECK(draw_page(c, pages, p, &bl, &bs, &bh, &br, &bt, runs, &bp,
                               used + (size_t)(p - 1) * c->nfaces, sdone, tshapes));
            release_done(c->lines, live[p] * sizeof *c->lines, &lines_out);
            release_done(c->glyphs, live[(size_t)c->npages + 1 + (size_t)p] * sizeof *c->glyphs,
                         &glyphs_out);
        }
    }
    if (c->nmcrs > 1)
        qsort(c->mcrs, c->nmcrs, sizeof *c->mcrs, cmp_seq);
    for (int p = 0; p < c->npages; p++)
        if ((status = page_fonts(c, pages[p], used + (size_t)p * c->nfaces)) != BULLETIN_OK)
            goto cleanup;
cleanup:
    bypage_free(c, &bl);
    bypage_free(c, &bs);
    bypage_free(c, &bh);
    bypage_free(c, &br);
    bypage_free(c, &bt);
    bypage_free(c, &bp);
    bl_free(c->mem, runs);
    bl_free(c->mem, live);
    bl_free(c->mem, used);
    bl_free(c->mem, sdone);
    bl_free(c->mem, tshapes);
    return status;
}
