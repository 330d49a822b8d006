/*
 * subset.c - HarfBuzz hb-subset wrapper: one face, a code-point set, the
 * subset font in memory and its PDF metrics.  See subset.h.
 */
#include "subset.h"

#include <stdio.h>
#include <string.h>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include "bulletin_int.h"

/* Tables a PDF renderer never reads: OpenType layout, vertical metrics,
 * kerning, hinting helpers, bitmaps, signatures, glyph names.  'cmap' is
 * kept although the PDF maps codes to glyphs itself (CIDToGIDMap): some
 * viewers refuse a TrueType program without one. */
static const char *const drop_tables[] = {
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "kern", "gasp", "hdmx",
    "LTSH", "VDMX", "EBDT", "EBLC", "EBSC", "DSIG", "PCLT", "morx", "mort", "feat",
    "bsln", "prop", "trak", "just", "opbd", "lcar", "fond", "MATH", "COLR", "CPAL",
    "SVG ", "CBDT", "CBLC", "sbix", "STAT", "meta", "post",
};

static int per_mille(hb_position_t v, unsigned upem)
{
    /* truncated like libharu's /W, the values viewers have always seen */
    return (int)((long)v * 1000 / (long)upem);
}

static int be16(const char *p) { return (int16_t)(((unsigned char)p[0] << 8) | (unsigned char)p[1]); }

/* The face's PostScript name with only the characters a PDF name may
 * carry unescaped; "Font" when it has none. */
static void ps_name(hb_face_t *face, char *out, size_t size)
{
    char raw[64];
    unsigned len = sizeof raw;
    raw[0] = '\0';
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, raw);
    size_t k = 0;
    for (const char *p = raw; *p && k + 1 < size; p++)
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
            || *p == '-' || *p == '_')
            out[k++] = *p;
    out[k] = '\0';
    if (k == 0)
        snprintf(out, size, "Font");
}

void bl_subset_free(bl_subset *s, const bulletin_mem *mem)
{
    if (!s)
        return;
    if (!mem)
        mem = bulletin_default_mem();
    bl_free(mem, s->program);
    bl_free(mem, s->gids);
    bl_free(mem, s->widths);
    memset(s, 0, sizeof *s);
}

static void destroy_face(void *face) { hb_face_destroy(face); }

/* The value of a face's "seen" mark in the cache. */
static char seen_mark;

bulletin_status bl_subset_face(const char *path, int index, const uint32_t *cps, size_t n,
                               bulletin_cache *cache, const bulletin_mem *mem, bl_subset *out,
                               bulletin_diag *diag)
{
    bulletin_status status = BULLETIN_OK;
    hb_blob_t *blob = NULL, *res = NULL, *head = NULL;
    hb_face_t *face = NULL, *sub = NULL;
    hb_subset_input_t *input = NULL;
    hb_font_t *font = NULL;

    if (!out)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, 0, 0, "bad subset arguments");
    memset(out, 0, sizeof *out);
    if (!path || index < 0 || (n && !cps))
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, 0, 0, "bad subset arguments");
    if (!mem)
        mem = bulletin_default_mem();

    /* the face mapped once per cache: its pages stay mapped and
     * HarfBuzz's lazily built tables stay built */
    char key[1200];
    int klen = snprintf(key, sizeof key, "hbface\x1f%s\x1f%d", path, index);
    if (klen < 0 || (size_t)klen >= sizeof key)
        cache = NULL; /* a path this long is not worth a key */
    face = bl_cache_find(cache, key);
    /* A render before this one subset the face: a batch, which keeps the
     * face mapped (HarfBuzz's lazily built tables stay built).  The first
     * render only leaves a mark: the face is unmapped as soon as it is
     * subset, so a single export never holds two faces' pages at once
     * (hb-subset touches nearly all of a CJK glyf: 4.7 of the 5.2 MB of
     * AR PL SungtiL GB for the reference). */
    char skey[1200];
    snprintf(skey, sizeof skey, "hbseen\x1f%s\x1f%d", path, index);
    bool warm = face != NULL || bl_cache_find(cache, skey) != NULL;
    if (!warm && cache)
        bl_cache_add(cache, skey, &seen_mark, NULL); /* a mark, no value of its own */
    if (face) {
        hb_face_reference(face);
    } else {
        blob = hb_blob_create_from_file_or_fail(path);
        if (!blob) {
            status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot read the font file");
            goto cleanup;
        }
        face = hb_face_create(blob, (unsigned)index);
        if (!face || hb_face_get_glyph_count(face) == 0) {
            status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot read face %d", index);
            goto cleanup;
        }
        if (warm && bl_cache_add(cache, key, face, destroy_face) == BULLETIN_OK)
            hb_face_reference(face); /* one for the cache, one for us */
    }
    {
        hb_blob_t *glyf = hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f'));
        unsigned glen = hb_blob_get_length(glyf);
        hb_blob_destroy(glyf);
        if (glen == 0) {
            status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0,
                                 "face %d has no TrueType outlines (CFF fonts are not supported)",
                                 index);
            goto cleanup;
        }
    }
    input = hb_subset_input_create_or_fail();
    if (!input) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        goto cleanup;
    }
    hb_set_t *uni = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < n; i++)
        hb_set_add(uni, cps[i]);
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof drop_tables / sizeof *drop_tables; i++)
        hb_set_add(drop, hb_tag_from_string(drop_tables[i], 4));
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    if (!hb_set_allocation_successful(uni) || !hb_set_allocation_successful(drop)) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        goto cleanup;
    }
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot subset face %d", index);
        goto cleanup;
    }
    res = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char *data = hb_blob_get_data(res, &len);
    unsigned upem = hb_face_get_upem(sub);
    if (!data || len == 0 || upem == 0) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "empty subset of face %d", index);
        goto cleanup;
    }
    out->program = bl_realloc_array(mem, NULL, len, 1);
    out->gids = bl_calloc(mem, n ? n : 1, sizeof *out->gids);
    out->widths = bl_calloc(mem, n ? n : 1, sizeof *out->widths);
    font = hb_font_create(sub);
    if (!out->program || !out->gids || !out->widths || hb_font_get_empty() == font) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        goto cleanup;
    }
    memcpy(out->program, data, len);
    out->nprogram = len;
    for (size_t i = 0; i < n; i++) {
        hb_codepoint_t g = 0;
        out->gids[i] = hb_font_get_nominal_glyph(font, cps[i], &g) ? g : 0;
        out->widths[i] = per_mille(hb_font_get_glyph_h_advance(font, out->gids[i]), upem);
    }
    out->missing_width = per_mille(hb_font_get_glyph_h_advance(font, 0), upem);
    hb_position_t v = 0;
    out->ascent = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &v)
                      ? per_mille(v, upem)
                      : 880;
    out->descent = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &v)
                       ? per_mille(v, upem)
                       : -120;
    out->cap_height = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_CAP_HEIGHT, &v) && v > 0
                          ? per_mille(v, upem)
                          : out->ascent;
    head = hb_face_reference_table(sub, HB_TAG('h', 'e', 'a', 'd'));
    unsigned hlen = 0;
    const char *h = hb_blob_get_data(head, &hlen);
    if (h && hlen >= 44)
        for (int k = 0; k < 4; k++)
            out->bbox[k] = per_mille(be16(h + 36 + 2 * k), upem);
    ps_name(face, out->ps_name, sizeof out->ps_name);

cleanup:
    if (status != BULLETIN_OK)
        bl_subset_free(out, mem);
    hb_blob_destroy(head);
    hb_font_destroy(font);
    hb_blob_destroy(res);
    hb_face_destroy(sub);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return status;
}
