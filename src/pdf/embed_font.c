/*
 * embed_font.c - the fonts of the PDF, ours rather than libharu's (shared
 * LIBS.md §2, §4, §9): each face is subset with hb-subset (subset.h) to
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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_objects.h>

#include "pdf_int.h"

/* Reports a character no face can draw, at its source position. */
static bulletin_status missing(ctx *c, const pline *pl, const pglyph *g)
{
    const bulletin_render_opts *o = c->opts;
    int line = 0, column = 0;
    if (!pl->meta && g->node && g->src != NO_SRC) {
        line = bulletin_node_source_line(g->node, g->src);
        column = bulletin_node_source_column(g->node, g->src);
    } else if (!pl->meta && g->node) {
        line = bulletin_node_line(g->node);
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

bulletin_status bl_pdf_report_missing(ctx *c)
{
    for (size_t li = 0; li < c->folio_first; li++) {
        const pline *pl = &c->lines[li];
        if (pl->copy)
            continue;
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

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Subsets face `id` to the code points drawn with it and numbers them:
 * the PDF code (CID) of cps[i] is i + 1 when the subset has a glyph for
 * it.  Codes of our own, dense and in code-point order, rather than
 * glyph ids: two code points that share a glyph keep their own
 * /ToUnicode entries, and non-BMP characters need no stand-ins. */
bulletin_status bl_pdf_load_face(ctx *c, int id)
{
    pface *f = &c->faces[id];
    /* the distinct code points: a bitmap for the BMP (a sort of every
     * glyph drawn was 1% of an export), sorted beyond it */
    uint64_t *bmp = bl_calloc(c->mem, 0x10000 / 64, sizeof *bmp);
    if (!bmp)
        return BULLETIN_ERR_NOMEM;
    size_t n = 0, nbig = 0;
    for (size_t i = 0; i < c->nglyphs; i++) {
        const pglyph *g = &c->glyphs[i];
        if (g->face != id)
            continue;
        if (g->cp >= 0x10000) {
            nbig++;
        } else if (!(bmp[g->cp >> 6] & (UINT64_C(1) << (g->cp & 63)))) {
            bmp[g->cp >> 6] |= UINT64_C(1) << (g->cp & 63);
            n++;
        }
    }
    if (n + nbig == 0) {
        bl_free(c->mem, bmp);
        return BULLETIN_OK;
    }
    f->cps = bl_calloc(c->mem, n + nbig, sizeof *f->cps);
    if (!f->cps) {
        bl_free(c->mem, bmp);
        return BULLETIN_ERR_NOMEM;
    }
    size_t m = 0;
    for (uint32_t w = 0; w < 0x10000 / 64; w++)
        for (uint64_t b = bmp[w]; b; b &= b - 1)
            f->cps[m++] = w * 64 + (uint32_t)__builtin_ctzll(b);
    bl_free(c->mem, bmp);
    if (nbig) {
        size_t at = m;
        for (size_t i = 0; i < c->nglyphs; i++)
            if (c->glyphs[i].face == id && c->glyphs[i].cp >= 0x10000)
                f->cps[m++] = c->glyphs[i].cp;
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
    f->used = st == BULLETIN_OK;
    snprintf(f->res, sizeof f->res, "F%d", id + 1);
    return st;
}

/* Characters the layout gave a face whose subset has no glyph for them
 * (FreeType and HarfBuzz disagree about a cmap): drawn as boxes and
 * reported like a missing character. */
bulletin_status bl_pdf_check_glyphs(ctx *c)
{
    for (size_t li = 0; li < c->nlines; li++) {
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

/* The /ToUnicode CMap: bfchar entries, at most 100 per block, code i + 1
 * -> cps[i] in UTF-16BE.  The hex is written here, not by printf: one
 * entry per character drawn. */
static bulletin_status tounicode(const pface *f, bl_buf *b)
{
    bulletin_status st = bl_buf_puts(
        b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    size_t count = 0, done = 0;
    for (size_t i = 0; i < f->ncps; i++)
        count += f->sub.gids[i] != 0;
    for (size_t i = 0; i < f->ncps && st == BULLETIN_OK; i++) {
        if (!f->sub.gids[i])
            continue;
        if (done % 100 == 0) {
            size_t k = count - done < 100 ? count - done : 100;
            st = bl_buf_printf(b, "%s%zu beginbfchar\n", done ? "endbfchar\n" : "", k);
        }
        uint32_t cp = f->cps[i];
        char line[48], *q = line;
        *q++ = '<';
        q += hex4(q, i + 1);
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
    for (int k = 0; k < 6; k++) {
        tag[k] = (char)('A' + h % 26);
        h /= 26;
    }
    tag[6] = '\0';
}

/* The Type 0 font of face `f`: Identity-H codes, a CIDFontType2 with /W
 * and a CIDToGIDMap over those codes, a descriptor with the subset
 * program (deflated here with libdeflate: libharu's own font path copies
 * the program byte by byte and deflates it with zlib), and /ToUnicode. */
bulletin_status bl_pdf_make_font(ctx *c, pface *f)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_MMgr mm = c->pdf->mmgr;
    const bl_subset *s = &f->sub;
    unsigned char *map = NULL;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    char tag[7], base[96];
    subset_tag(f, s->ps_name, tag);
    snprintf(base, sizeof base, "%s+%s", tag, s->ps_name);

    HPDF_Dict font = new_object(c, false), cid = new_object(c, false);
    HPDF_Dict desc = new_object(c, false), prog = new_object(c, true);
    HPDF_Dict c2g = new_object(c, true), tou = new_object(c, true);
    HPDF_Dict si = HPDF_Dict_New(mm);
    HPDF_Array kids = HPDF_Array_New(mm), w = HPDF_Array_New(mm);
    if (!font || !cid || !desc || !prog || !c2g || !tou || !si || !kids || !w) {
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
    /* /W: runs of consecutive codes whose width is not the default */
    HPDF_Array run = NULL;
    for (size_t i = 0; i < f->ncps && e == HPDF_OK; i++) {
        if (!s->gids[i] || s->widths[i] == 1000) {
            run = NULL;
            continue;
        }
        if (!run) {
            e |= HPDF_Array_AddNumber(w, (HPDF_INT32)(i + 1));
            run = HPDF_Array_New(mm);
            e |= run ? HPDF_Array_Add(w, run) : HPDF_FAILD_TO_ALLOC_MEM;
        }
        if (run)
            e |= HPDF_Array_AddNumber(run, s->widths[i]);
    }
    e |= HPDF_Dict_Add(cid, "W", w);
    e |= HPDF_Dict_Add(cid, "CIDToGIDMap", c2g);

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

    /* the program: deflated meanwhile (bl_pdf_start_deflate), written into the
     * stream by bl_pdf_finish_deflate before the save */
    e |= HPDF_Dict_AddNumber(prog, "Length1", (HPDF_INT32)s->nprogram);
    if (e == HPDF_OK
        && (status = bl_pdf_start_deflate(c, &f->job, s->program, s->nprogram, prog))
               != BULLETIN_OK)
        goto cleanup;

    /* code -> glyph, two bytes each; code 0 stays .notdef */
    size_t mlen = 2 * (f->ncps + 1);
    if (!(map = bl_calloc(c->mem, mlen, 1))) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < f->ncps; i++) {
        map[2 * (i + 1)] = (unsigned char)(s->gids[i] >> 8);
        map[2 * (i + 1) + 1] = (unsigned char)(s->gids[i] & 0xFF);
    }
    e |= HPDF_Stream_Write(c2g->stream, map, (HPDF_UINT)mlen);

    if ((status = tounicode(f, &b)) != BULLETIN_OK)
        goto cleanup;
    e |= HPDF_Stream_Write(tou->stream, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
    if (e != HPDF_OK) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot embed a font");
        goto cleanup;
    }
    if ((status = bl_pdf_predeflate(c, c2g)) != BULLETIN_OK
        || (status = bl_pdf_predeflate(c, tou)) != BULLETIN_OK)
        goto cleanup;
    f->font = font;
cleanup:
    bl_buf_free(&b);
    bl_free(c->mem, map);
    return status;
}
