/*
 * embed_font.c - the fonts of the PDF, ours rather than libharu's (shared
 * docs/LIBS.md §2, §4, §9): each face is subset with hb-subset (subset.h) to
 * exactly the characters drawn with it, which get dense codes of our own
 * (cps[i] -> i + 1), and bl_pdf_make_font writes its Type 0 font: the
 * CIDFontType2 with /W and a CIDToGIDMap over those codes, the descriptor
 * with the program (deflated by deflate.c), and a /ToUnicode of bfchar
 * entries.  That avoids every CJK defect of libharu's font path (broken
 * ToUnicode, Ordering, 65,536-entry maps, non-BMP characters, composite
 * glyphs above 32767) and its cost.  The objects are made with libharu's
 * internals (its memory manager and cross-reference table).
 *
 * Also the characters that cannot be drawn: no face has them, or the
 * subset of the face the layout chose has no glyph for them.  Each is
 * drawn as a box and reported at its source position (an error with
 * BULLETIN_RENDER_STRICT).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_objects.h>

#include "pdf_int.h"
#include "ttf.h"

/* Reports a character no face can draw, at its source position. */
static bulletin_status missing(ctx *c, const pline *pl, const pglyph *g)
{
    const bulletin_render_opts *o = c->opts;
    int line = 0, column = 0;
    const bulletin_node *node = glyph_node(pl, g);
    if (!pl->meta && node && g->src != NO_SRC) {
        line = bulletin_node_source_line(node, g->src);
        column = bulletin_node_source_column(node, g->src);
    } else if (!pl->meta && node) {
        line = bulletin_node_line(node);
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

/* (The text's characters no face has were noted as its blocks were
 * folded, in the order of its lines: c->miss.) */
bulletin_status bl_pdf_report_missing(ctx *c)
{
    for (size_t i = 0; i < c->nmiss; i++) {
        const struct pmiss *m = &c->miss[i];
        pglyph g;
        memset(&g, 0, sizeof g);
        g.cp = m->cp;
        g.src = m->src;
        g.alt = m->alt;
        g.face = -1;
        bulletin_status st = missing(c, &c->lines[m->line], &g);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

static bulletin_status check_line(ctx *c, size_t li);

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Gaps below this (1/1000 em) stay gaps: extractors read a space only
 * from about 0.1 em (poppler, pdf.js) or 0.15 em (MuPDF). */
#define GAP_MIN 80
/* Wider copies come in steps of this (1/1000 em), so that lines share
 * them; what is left, at most half a step, stays a gap. */
#define GAP_STEP 20
/* The width a full-width space (U+3000) inside a line is drawn with,
 * 1/1000 em: a word space to every reader. */
#define IDEO_SPACE 300

/* Plans the gaps of line pl (bl_pdf_fold), in one pass over its glyphs:
 * at glyph m its carrier (a box) and its full-width space are settled,
 * and then the gap of the text glyph before it, which reads only what is
 * settled by then (its x and extra, and m's x and text face). */
static void plan_line(ctx *c, const pline *pl)
{
    pglyph *g = &c->glyphs[pl->first];
    size_t n = pl->count, prev = SIZE_MAX; /* the last text glyph before m */
    for (size_t m = 0; m < n; m++) {
        /* a box's text goes in the face of the glyph before it (else
         * after); the faces read are glyphs' own, which a carrier does
         * not change */
        if (g[m].face < 0) {
            for (size_t k = m; k-- > 0 && glyph_carrier(&g[m]) < 0;)
                if (g[k].face >= 0)
                    glyph_set_carrier(&g[m], g[k].face);
            for (size_t k = m + 1; k < n && glyph_carrier(&g[m]) < 0; k++)
                if (g[k].face >= 0)
                    glyph_set_carrier(&g[m], g[k].face);
        }
        /* a full-width space inside a line: its glyph only IDEO_SPACE em
         * wide, at the end of its room, the rest inside the advance of
         * the glyph before it; pdftotext reads a one-em gap as a column's
         * edge and moves what follows out of the line */
        if (g[m].cp == 0x3000 && m >= 1 && m + 1 < n && g[m].face >= 0 && g[m + 1].face >= 0
            && glyph_size(c, &g[m]) > 0
            && g[m + 1].x - g[m].x > IDEO_SPACE / 1000.0 * glyph_size(c, &g[m])) {
            g[m].x = g[m + 1].x - IDEO_SPACE / 1000.0 * glyph_size(c, &g[m]);
            g[m].extra = (int16_t)(IDEO_SPACE - lround(glyph_nat(c, &g[m]) * 1000.0 / glyph_size(c, &g[m])));
        }
        if (text_face(&g[m]) < 0)
            continue;
        if (prev != SIZE_MAX) {
            /* the gap from text glyph i to the next one drawn as text */
            size_t i = prev;
            if (glyph_size(c, &g[i]) > 0 && g[i].extra >= 0) { /* not a narrowed space */
                double u = (g[m].x - g[i].x - glyph_nat(c, &g[i])) * 1000.0 / glyph_size(c, &g[i]);
                if (u >= GAP_MIN && u < 8000)
                    g[i].extra = (int16_t)(lround(u / GAP_STEP) * GAP_STEP);
            }
        }
        prev = m;
    }
}

static int cmp_vkey(const void *a, const void *b)
{
    const pvkey *x = a, *y = b;
    if (x->box != y->box)
        return x->box ? 1 : -1;
    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    return (x->extra > y->extra) - (x->extra < y->extra);
}

/* Sorts (*n) records of `size` bytes at *p and drops repeats, then makes
 * room for one more: the array doubles only when half of it is distinct
 * (a text's glyphs repeat a few thousand code points and variants). */
static bulletin_status fold_room(ctx *c, void **p, size_t *n, size_t *sorted, size_t *cap,
                                 size_t size, int (*cmp)(const void *, const void *))
{
    if (*n < *cap)
        return BULLETIN_OK;
    if (*n > *sorted) {
        unsigned char *a = *p;
        size_t s0 = *sorted, m = 0;
        /* the records after the sorted, distinct prefix sorted alone and
         * merged with a copy of it, repeats dropped: the same distinct
         * records in the same order as sorting them all again */
        unsigned char *pre = s0 ? bl_alloc(c->mem, s0 * size) : NULL;
        if (s0 && !pre) {
            qsort(a, *n, size, cmp);
            for (size_t i = 0; i < *n; i++)
                if (m == 0 || cmp(a + (m - 1) * size, a + i * size) != 0)
                    memmove(a + m++ * size, a + i * size, size);
        } else {
            qsort(a + s0 * size, *n - s0, size, cmp);
            if (s0)
                memcpy(pre, a, s0 * size);
            /* a[m] is written only once every record before it in the
             * tail is read (m <= i + j, and m == s0 + j once the prefix
             * is used up) */
            size_t i = 0, j = s0;
            while (i < s0 || j < *n) {
                const unsigned char *next;
                if (j == *n || (i < s0 && cmp(pre + i * size, a + j * size) <= 0))
                    next = pre + i++ * size;
                else
                    next = a + j++ * size;
                if (m == 0 || cmp(a + (m - 1) * size, next) != 0) {
                    if (next != a + m * size)
                        memmove(a + m * size, next, size);
                    m++;
                }
            }
            bl_free(c->mem, pre);
        }
        *n = *sorted = m;
    }
    if (*n < *cap / 2)
        return BULLETIN_OK;
    return bl_pdf_grow(c->mem, p, cap, *cap ? 2 * *cap : 256, size);
}

/* Adds what glyph g needs of its face's subset to c->fold. */
static bulletin_status fold_glyph(ctx *c, const pglyph *g)
{
    bulletin_status st;
    if (g->face >= 0) {
        pfold *f = &c->fold[g->face];
        if (g->cp >= 0x10000) {
            if ((st = fold_room(c, (void **)&f->big, &f->nbig, &f->nbig_sorted, &f->cap_big,
                                sizeof *f->big, cmp_u32)) != BULLETIN_OK)
                return st;
            f->big[f->nbig++] = g->cp;
        } else {
            if (!f->bmp && !(f->bmp = bl_calloc(c->mem, 0x10000 / 64, sizeof *f->bmp)))
                return BULLETIN_ERR_NOMEM;
            f->bmp[g->cp >> 6] |= UINT64_C(1) << (g->cp & 63);
        }
    }
    int id = text_face(g);
    if (id < 0 || (g->extra == 0 && g->face >= 0) || glyph_size(c, g) <= 0)
        return BULLETIN_OK;
    pfold *f = &c->fold[id];
    pvkey k = {g->cp, g->extra, false};
    if (g->face < 0) { /* a box: a blank glyph its width and gap wide */
        k.extra = (int32_t)lround(glyph_nat(c, g) * 1000.0 / glyph_size(c, g)) + g->extra;
        k.box = true;
    }
    if ((st = fold_room(c, (void **)&f->vars, &f->nvars, &f->nvars_sorted, &f->cap_vars,
                        sizeof *f->vars, cmp_vkey)) != BULLETIN_OK)
        return st;
    f->vars[f->nvars++] = k;
    return BULLETIN_OK;
}

bulletin_status bl_pdf_fold(ctx *c)
{
    if (!c->fold) {
        size_t nf = bl_fontset_face_count(c->fs);
        if (!(c->fold = bl_calloc(c->mem, nf ? nf : 1, sizeof *c->fold)))
            return BULLETIN_ERR_NOMEM;
    }
    for (size_t i = c->folded_glyphs; i < c->nglyphs; i++) {
        c->glyphs[i].extra = 0;
        if (c->glyphs[i].face < 0)
            glyph_set_carrier(&c->glyphs[i], -1);
    }
    c->folded_glyphs = c->nglyphs;
    if (c->nglyphs > c->glyphs_high)
        c->glyphs_high = c->nglyphs;
    for (size_t li = c->folded_lines; li < c->nlines; li++) {
        const pline *pl = &c->lines[li];
        if (c->stream && pl->copy)
            continue; /* its glyphs are gone: the same as its row's */
        plan_line(c, pl);
        for (size_t k = 0; k < pl->count; k++) {
            const pglyph *g = &c->glyphs[pl->first + k];
            bulletin_status st = fold_glyph(c, g);
            /* the text's characters no face has (a non-BMP character a
             * face has is checked when it loads) */
            if (st == BULLETIN_OK && g->face < 0 && c->folding) {
                st = bl_pdf_grow(c->mem, (void **)&c->miss, &c->cap_miss, c->nmiss + 1,
                                 sizeof *c->miss);
                if (st == BULLETIN_OK)
                    c->miss[c->nmiss++] =
                        (struct pmiss){(uint32_t)li, g->src, g->cp, g->alt};
            }
            if (st != BULLETIN_OK)
                return st;
        }
    }
    c->folded_lines = c->nlines;
    return BULLETIN_OK;
}

void bl_pdf_free_fold(ctx *c)
{
    if (c->fold)
        for (size_t f = 0; f < bl_fontset_face_count(c->fs); f++) {
            bl_free(c->mem, c->fold[f].bmp);
            bl_free(c->mem, c->fold[f].big);
            bl_free(c->mem, c->fold[f].vars);
        }
    bl_free(c->mem, c->fold);
    c->fold = NULL;
    bl_free(c->mem, c->miss);
    c->miss = NULL;
    c->nmiss = c->cap_miss = 0;
}

static int cmp_var(const void *a, const void *b)
{
    const pvariant *x = a, *y = b;
    if (x->cpi != y->cpi)
        return x->cpi < y->cpi ? -1 : 1;
    if (x->cp != y->cp)
        return x->cp < y->cp ? -1 : 1;
    return (x->extra > y->extra) - (x->extra < y->extra);
}

/* The variant glyph `g` of face `f` needs, for a search: none (cpi
 * NO_CPI, cp 0) when it needs none. */
static pvariant variant_of(const ctx *c, const pface *f, const pglyph *g)
{
    pvariant v = {NO_CPI, 0, 0, 0};
    if (g->face < 0) { /* a box: a blank glyph its width and gap wide */
        v.cp = g->cp;
        v.extra = (int)lround(glyph_nat(c, g) * 1000.0 / glyph_size(c, g)) + g->extra;
    } else if (g->extra != 0) {
        long k = cp_index(f, g->cp);
        if (k >= 0 && f->sub.gids[k] != 0) {
            v.cpi = (uint32_t)k;
            v.cp = g->cp;
            v.extra = g->extra;
        }
    }
    return v;
}

/* The codes of face `id` (subset): each code point's glyph id, a copy of
 * the glyph for a code point whose glyph an earlier one has (so that
 * each code has one Unicode value), and a wider copy for each
 * (code point, extra) its glyphs need; the program gets the copies. */
static bulletin_status number_glyphs(ctx *c, pface *f, int id)
{
    bulletin_status st = BULLETIN_OK;
    bl_subset *s = &f->sub;
    bl_ttf t;
    bl_ttf_copy *copies = NULL;
    uint8_t *claimed = NULL;
    unsigned char *prog = NULL;
    size_t ncopies = 0, nprog = 0;
    if (bl_ttf_open(&t, s->program, s->nprogram) != BULLETIN_OK) {
        const bl_face_info *info = bl_fontset_face_info(c->fs, id);
        return bl_diag_set(c->diag, BULLETIN_ERR_FONT, NULL, 0, 0,
                           "cannot read the subset of %s", info ? info->family : "a face");
    }
    /* the variants: distinct (code point, extra), and the boxes' text */
    const pfold *fd = &c->fold[id];
    size_t nv = 0;
    if (fd->nvars && !(f->vars = bl_calloc(c->mem, fd->nvars, sizeof *f->vars)))
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < fd->nvars; i++) {
        const pvkey *k = &fd->vars[i];
        pvariant v = {NO_CPI, k->cp, k->extra, 0}; /* as variant_of makes it */
        if (!k->box) {
            long ci = cp_index(f, k->cp);
            if (ci < 0 || f->sub.gids[ci] == 0)
                continue;
            v.cpi = (uint32_t)ci;
        }
        if (v.cp)
            f->vars[nv++] = v;
    }
    if (nv) /* qsort wants an array, even of nothing */
        qsort(f->vars, nv, sizeof *f->vars, cmp_var);
    size_t m = 0;
    for (size_t i = 0; i < nv; i++)
        if (m == 0 || cmp_var(&f->vars[m - 1], &f->vars[i]) != 0)
            f->vars[m++] = f->vars[i];
    f->nvars = m;
    f->code = bl_calloc(c->mem, f->ncps ? f->ncps : 1, sizeof *f->code);
    claimed = bl_calloc(c->mem, t.nglyphs, 1);
    copies = bl_calloc(c->mem, f->ncps + f->nvars + 1, sizeof *copies);
    if (!f->code || !claimed || !copies) {
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t room = 65535 - t.nglyphs;
    for (size_t i = 0; i < f->ncps; i++) {
        uint32_t gid = s->gids[i];
        if (gid == 0 || gid >= t.nglyphs)
            continue;
        if (!claimed[gid]) {
            claimed[gid] = 1;
            f->code[i] = (uint16_t)gid;
        } else if (ncopies < room) {
            copies[ncopies] = (bl_ttf_copy){(uint16_t)gid, (uint16_t)bl_ttf_advance(&t, gid), 0};
            f->code[i] = (uint16_t)(t.nglyphs + ncopies++);
        }
    }
    for (size_t v = 0; v < f->nvars; v++) {
        const pvariant *pv = &f->vars[v];
        bool blank = pv->cpi == NO_CPI;
        uint32_t gid = blank ? 0 : s->gids[pv->cpi];
        long adv = (blank ? 0 : (long)bl_ttf_advance(&t, gid)) + lround(pv->extra * (double)t.upem / 1000);
        if (ncopies >= room || adv < 0 || adv > 65535)
            continue; /* code 0: drawn as the plain glyph, the gap left */
        copies[ncopies] = (bl_ttf_copy){(uint16_t)gid, (uint16_t)adv, blank};
        f->vars[v].code = (uint16_t)(t.nglyphs + ncopies++);
    }
    f->ncodes = t.nglyphs + ncopies;
    f->ucode = bl_calloc(c->mem, f->ncodes, sizeof *f->ucode);
    f->wcode = bl_calloc(c->mem, f->ncodes, sizeof *f->wcode);
    if (!f->ucode || !f->wcode) {
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < f->ncps; i++)
        if (f->code[i])
            f->ucode[f->code[i]] = f->cps[i];
    for (size_t v = 0; v < f->nvars; v++)
        if (f->vars[v].code)
            f->ucode[f->vars[v].code] = f->vars[v].cp;
    for (size_t g = 0; g < f->ncodes; g++) {
        unsigned adv = g < t.nglyphs ? bl_ttf_advance(&t, (unsigned)g) : copies[g - t.nglyphs].advance;
        f->wcode[g] = (int)((long)adv * 1000 / (long)t.upem); /* truncated, as /W always was */
    }
    if (ncopies) {
        st = bl_ttf_add_copies(&t, copies, ncopies, c->mem, &prog, &nprog);
        if (st == BULLETIN_OK) {
            bl_free(c->mem, s->program);
            s->program = prog;
            s->nprogram = nprog;
        } else if (st != BULLETIN_ERR_NOMEM) {
            st = bl_diag_set(c->diag, BULLETIN_ERR_FONT, NULL, 0, 0,
                             "cannot add glyphs to the subset of a face");
        }
    }
cleanup:
    bl_free(c->mem, claimed);
    bl_free(c->mem, copies);
    return st;
}

/* Inline in its loops (a call a glyph cost more than the rest); a glyph
 * of a face without an extra width needs no variant, and one with looks
 * its variant up by the index found here (variant_of's, without
 * searching it again). */
static inline __attribute__((always_inline)) void assign_code(ctx *c, pglyph *g)
{
    int id = text_face(g);
    g->code = 0;
    if (id < 0)
        return;
    const pface *f = &c->faces[id];
    if (!f->code)
        return;
    pvariant key = {NO_CPI, 0, 0, 0};
    if (g->face >= 0) {
        long k = cp_index(f, g->cp);
        if (k < 0)
            return;
        g->code = f->code[k];
        if (g->extra == 0 || !f->nvars)
            return; /* variant_of: none (or none to search) */
        if (f->sub.gids[k] != 0) {
            key.cpi = (uint32_t)k;
            key.cp = g->cp;
            key.extra = g->extra;
        }
    } else
        key = variant_of(c, f, g);
    if (!key.cp || !f->nvars)
        return;
    const pvariant *v = bsearch(&key, f->vars, f->nvars, sizeof *f->vars, cmp_var);
    if (v && v->code)
        g->code = v->code;
    else if (g->face >= 0)
        g->extra = 0;
}

BL_POPCNT_CLONES void bl_pdf_assign_codes(ctx *c)
{
    for (size_t i = 0; i < c->nglyphs; i++)
        assign_code(c, &c->glyphs[i]);
}

BL_POPCNT_CLONES bulletin_status bl_pdf_ready_line(ctx *c, size_t li)
{
    const pline *pl = &c->lines[li];
    plan_line(c, pl);
    bulletin_status st = check_line(c, li);
    for (size_t k = 0; k < pl->count && st == BULLETIN_OK; k++)
        assign_code(c, &c->glyphs[pl->first + k]);
    return st;
}

/* Subsets face `id` to the code points drawn with it and numbers them
 * (number_glyphs): the PDF code (CID) of a character is its glyph's id in
 * the program, two code points that share a glyph each with a copy of
 * their own, so that each keeps its /ToUnicode entry. */
bulletin_status bl_pdf_load_face(ctx *c, int id)
{
    pface *f = &c->faces[id];
    /* The layout has measured every glyph: before the first face (the
     * render loads them in order from 0) the pages FreeType read of every
     * face file are given back, as hb-subset is about to map most of a
     * CJK glyf table (the render's peak).  The reference bulletin holds
     * 1.8 MB of them (the fallback faces' cmaps, WenQuanYi's); the few
     * the drawing reads again (ink boxes) come back from the page cache. */
    if (id == 0)
        bl_fontset_drop_pages(c->fs);
    /* the distinct code points: a bitmap for the BMP (a sort of every
     * glyph drawn was 1% of an export), sorted beyond it */
    pfold *fd = &c->fold[id];
    uint64_t *bmp = fd->bmp;
    size_t n = 0, nbig = fd->nbig;
    for (size_t w = 0; bmp && w < 0x10000 / 64; w++)
        n += (size_t)bits_set(bmp[w]);
    if (n + nbig == 0)
        return BULLETIN_OK;
    if (!bmp && !(bmp = bl_calloc(c->mem, 0x10000 / 64, sizeof *bmp)))
        return BULLETIN_ERR_NOMEM;
    fd->bmp = NULL; /* the face's now */
    f->cps = bl_calloc(c->mem, n + nbig, sizeof *f->cps);
    if (!f->cps) {
        bl_free(c->mem, bmp);
        return BULLETIN_ERR_NOMEM;
    }
    f->rank = bl_calloc(c->mem, 0x10000 / 64, sizeof *f->rank);
    if (!f->rank) {
        bl_free(c->mem, bmp);
        return BULLETIN_ERR_NOMEM;
    }
    size_t m = 0;
    for (uint32_t w = 0; w < 0x10000 / 64; w++) {
        f->rank[w] = (uint32_t)m;
        for (uint64_t b = bmp[w]; b; b &= b - 1)
            f->cps[m++] = w * 64 + (uint32_t)__builtin_ctzll(b);
    }
    f->bmp = bmp; /* kept for cp_index */
    f->nbmp = m;
    if (nbig) {
        size_t at = m;
        for (size_t i = 0; i < fd->nbig; i++)
            f->cps[m++] = fd->big[i];
        qsort(f->cps + at, m - at, sizeof *f->cps, cmp_u32);
        size_t k = at;
        for (size_t i = at; i < m; i++)
            if (k == at || f->cps[k - 1] != f->cps[i])
                f->cps[k++] = f->cps[i];
        m = k;
    }
    f->ncps = m;
    const bl_face_info *info = bl_fontset_face_info(c->fs, id);
    bulletin_status st = bl_subset_face(info->path, info->index, f->cps, m, c->opts->cache, c->mem,
                                        &f->sub, c->diag);
    if (st != BULLETIN_OK && c->diag && c->diag->path == info->path) {
        /* the path dies with the font set: the diag keeps a copy */
        snprintf(c->diag->file, sizeof c->diag->file, "%s", info->path);
        c->diag->path = NULL;
    }
    if (st == BULLETIN_OK)
        st = number_glyphs(c, f, id);
    f->used = st == BULLETIN_OK;
    snprintf(f->res, sizeof f->res, "F%d", id + 1);
    return st;
}

/* Characters the layout gave a face whose subset has no glyph for them
 * (FreeType and HarfBuzz disagree about a cmap): drawn as boxes and
 * reported like a missing character. */
BL_POPCNT_CLONES static bulletin_status check_line(ctx *c, size_t li)
{
    const pline *pl = &c->lines[li];
    for (size_t k = 0; k < pl->count; k++) {
        pglyph *g = &c->glyphs[pl->first + k];
        if (g->face < 0)
            continue;
        const pface *f = &c->faces[g->face];
        long i = cp_index(f, g->cp);
        if (i >= 0 && f->sub.gids[i] != 0)
            continue;
        g->face = -1;
        if (li >= c->folio_first)
            continue; /* reported where the text has it */
        bulletin_status st = missing(c, pl, g);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

bulletin_status bl_pdf_check_glyphs(ctx *c)
{
    /* (a streamed render's text, and the copies of its rows, are checked
     * as they are laid out again: bl_pdf_ready_line) */
    for (size_t li = c->stream ? c->folio_first : 0; li < c->nlines; li++) {
        bulletin_status st = check_line(c, li);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* A new indirect dictionary (a stream when `stream`), or NULL. */
static HPDF_Dict new_object(ctx *c, bool stream)
{
    if (stream)
        return HPDF_DictStream_New(c->pdf->mmgr, c->pdf->xref);
    HPDF_Dict d = HPDF_Dict_New(c->pdf->mmgr);
    if (d && HPDF_Xref_Add(c->pdf->xref, d) != HPDF_OK) /* frees d */
        return NULL;
    return d;
}

/* `v` in upper-case hex, at least four digits (printf's "%04X"), at
 * `p`; returns the digits written (4 to 16). */
static size_t hex4(char *p, size_t v)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t n = 4;
    while (n < 2 * sizeof v && (v >> (4 * n)) != 0)
        n++;
    for (size_t k = n; k-- > 0; v >>= 4)
        p[k] = hex[v & 15];
    return n;
}

/* The /ToUnicode CMap: bfchar entries, at most 100 per block, each code
 * drawn -> its code point in UTF-16BE.  The hex is written here, not by
 * printf: one entry per glyph drawn. */
static bulletin_status tounicode(const pface *f, bl_buf *b)
{
    bulletin_status st = bl_buf_puts(
        b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    size_t count = 0, done = 0;
    for (size_t g = 0; g < f->ncodes; g++)
        count += f->ucode[g] != 0;
    for (size_t g = 0; g < f->ncodes && st == BULLETIN_OK; g++) {
        if (!f->ucode[g])
            continue;
        if (done % 100 == 0) {
            size_t k = count - done < 100 ? count - done : 100;
            st = bl_buf_printf(b, "%s%zu beginbfchar\n", done ? "endbfchar\n" : "", k);
        }
        uint32_t cp = f->ucode[g];
        char line[48], *q = line;
        *q++ = '<';
        q += hex4(q, g);
        memcpy(q, "> <", 3);
        q += 3;
        if (cp > 0xFFFF) { /* a surrogate pair */
            uint32_t v = cp - 0x10000;
            q += hex4(q, 0xD800 + (v >> 10));
            q += hex4(q, 0xDC00 + (v & 0x3FF));
        } else {
            q += hex4(q, cp);
        }
        *q++ = '>';
        *q++ = '\n';
        if (st == BULLETIN_OK)
            st = bl_buf_put(b, line, (size_t)(q - line));
        done++;
    }
    if (st == BULLETIN_OK && done)
        st = bl_buf_puts(b, "endbfchar\n");
    if (st == BULLETIN_OK)
        st = bl_buf_puts(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return st;
}

/* A subset tag (PDF 1.7 §9.6.4): six capitals that depend only on the
 * face and the code points drawn, so equal input gives equal bytes. */
static void subset_tag(const pface *f, const char *name, char tag[7])
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (const char *p = name; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    for (size_t i = 0; i < f->ncps; i++)
        h = (h ^ f->cps[i]) * 1099511628211ull;
    for (size_t v = 0; v < f->nvars; v++)
        h = (h ^ (f->vars[v].cp << 12 ^ (uint32_t)f->vars[v].extra)) * 1099511628211ull;
    for (int k = 0; k < 6; k++) {
        tag[k] = (char)('A' + h % 26);
        h /= 26;
    }
    tag[6] = '\0';
}

/* Whether a face after `f` has glyphs: it is still to be subset. */
static bool faces_to_come(const ctx *c, const pface *f)
{
    for (size_t k = (size_t)(f - c->faces) + 1; c->fold && k < c->nfaces; k++) {
        const pfold *fd = &c->fold[k];
        if (fd->nbig)
            return true;
        for (size_t w = 0; fd->bmp && w < 0x10000 / 64; w++)
            if (fd->bmp[w])
                return true;
    }
    return false;
}

/* Deflates the fonts' /ToUnicode maps and starts deflating their
 * programs, once the last face is subset: hb-subset's mapping of a CJK
 * glyf table is the render's peak, which the compressors (0.7 MB each at
 * level 6) and the output buffers stay out of. */
static bulletin_status start_deflates(ctx *c)
{
    for (size_t k = 0; k < c->nfaces; k++) {
        pface *f = &c->faces[k];
        if (!f->font || !f->job.stream || f->job.src)
            continue;
        HPDF_Dict tou = HPDF_Dict_GetItem(f->font, "ToUnicode", HPDF_OCLASS_DICT);
        if (!tou)
            return bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot embed a font");
        bulletin_status st = bl_pdf_predeflate(c, tou);
        if (st == BULLETIN_OK)
            st = bl_pdf_start_deflate(c, &f->job, f->sub.program, f->sub.nprogram, f->job.stream);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* The Type 0 font of face `f`: Identity-H codes, a CIDFontType2 whose
 * codes are the program's glyph ids (/CIDToGIDMap /Identity) with /W, a
 * descriptor with the subset program (deflated here with libdeflate: libharu's own font path copies
 * the program byte by byte and deflates it with zlib), and /ToUnicode. */
bulletin_status bl_pdf_make_font(ctx *c, pface *f)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_MMgr mm = c->pdf->mmgr;
    const bl_subset *s = &f->sub;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    char tag[7], base[96];
    subset_tag(f, s->ps_name, tag);
    snprintf(base, sizeof base, "%s+%s", tag, s->ps_name);

    HPDF_Dict font = new_object(c, false), cid = new_object(c, false);
    HPDF_Dict desc = new_object(c, false), prog = new_object(c, true);
    HPDF_Dict tou = new_object(c, true);
    HPDF_Dict si = HPDF_Dict_New(mm);
    HPDF_Array kids = HPDF_Array_New(mm), w = HPDF_Array_New(mm);
    if (!font || !cid || !desc || !prog || !tou || !si || !kids || !w) {
        if (si)
            HPDF_Dict_Free(si);
        if (kids)
            HPDF_Array_Free(kids);
        if (w)
            HPDF_Array_Free(w);
        status = bl_pdf_fail(c, BULLETIN_ERR_NOMEM, "cannot create a font");
        goto cleanup;
    }
    HPDF_STATUS e = HPDF_OK;
    e |= HPDF_Dict_AddName(font, "Type", "Font");
    e |= HPDF_Dict_AddName(font, "Subtype", "Type0");
    e |= HPDF_Dict_AddName(font, "BaseFont", base);
    e |= HPDF_Dict_AddName(font, "Encoding", "Identity-H");
    e |= HPDF_Array_Add(kids, cid);
    e |= HPDF_Dict_Add(font, "DescendantFonts", kids);
    e |= HPDF_Dict_Add(font, "ToUnicode", tou);

    e |= HPDF_Dict_AddName(cid, "Type", "Font");
    e |= HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
    e |= HPDF_Dict_AddName(cid, "BaseFont", base);
    e |= HPDF_Dict_Add(si, "Registry", HPDF_String_New(mm, "Adobe", NULL));
    e |= HPDF_Dict_Add(si, "Ordering", HPDF_String_New(mm, "Identity", NULL));
    e |= HPDF_Dict_AddNumber(si, "Supplement", 0);
    e |= HPDF_Dict_Add(cid, "CIDSystemInfo", si);
    e |= HPDF_Dict_Add(cid, "FontDescriptor", desc);
    e |= HPDF_Dict_AddNumber(cid, "DW", 1000);
    /* /W: runs of consecutive codes drawn whose width is not the default */
    HPDF_Array run = NULL;
    for (size_t g = 1; g < f->ncodes && e == HPDF_OK; g++) {
        if (!f->ucode[g] || f->wcode[g] == 1000) {
            run = NULL;
            continue;
        }
        if (!run) {
            e |= HPDF_Array_AddNumber(w, (HPDF_INT32)g);
            run = HPDF_Array_New(mm);
            e |= run ? HPDF_Array_Add(w, run) : HPDF_FAILD_TO_ALLOC_MEM;
        }
        if (run)
            e |= HPDF_Array_AddNumber(run, f->wcode[g]);
    }
    e |= HPDF_Dict_Add(cid, "W", w);
    e |= HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");

    e |= HPDF_Dict_AddName(desc, "Type", "FontDescriptor");
    e |= HPDF_Dict_AddName(desc, "FontName", base);
    e |= HPDF_Dict_AddNumber(desc, "Flags", 4); /* symbolic: not the standard Latin set */
    HPDF_Box bbox = {(HPDF_REAL)s->bbox[0], (HPDF_REAL)s->bbox[1], (HPDF_REAL)s->bbox[2],
                     (HPDF_REAL)s->bbox[3]};
    e |= HPDF_Dict_Add(desc, "FontBBox", HPDF_Box_Array_New(mm, bbox));
    e |= HPDF_Dict_AddNumber(desc, "ItalicAngle", 0);
    e |= HPDF_Dict_AddNumber(desc, "Ascent", s->ascent);
    e |= HPDF_Dict_AddNumber(desc, "Descent", s->descent);
    e |= HPDF_Dict_AddNumber(desc, "CapHeight", s->cap_height);
    e |= HPDF_Dict_AddNumber(desc, "StemV", 80);
    e |= HPDF_Dict_Add(desc, "FontFile2", prog);
    if (e != HPDF_OK) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot create a font");
        goto cleanup;
    }

    /* the program: deflated meanwhile (start_deflates), written into the
     * stream by bl_pdf_finish_deflate before the save */
    e |= HPDF_Dict_AddNumber(prog, "Length1", (HPDF_INT32)s->nprogram);

    /* the /ToUnicode map */
    if ((status = tounicode(f, &b)) != BULLETIN_OK)
        goto cleanup;
    e |= HPDF_Stream_Write(tou->stream, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
    if (e != HPDF_OK) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot embed a font");
        goto cleanup;
    }
    f->font = font;
    f->job.stream = prog; /* pending: start_deflates */
    if (!faces_to_come(c, f))
        status = start_deflates(c);
cleanup:
    bl_buf_free(&b);
    return status;
}
