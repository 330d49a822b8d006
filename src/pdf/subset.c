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

/* --- a batch's store of subsets (subset.h) ------------------------------ */

/* What one face's store may hold: subsets and deflated programs, in
 * bytes.  The corpus's 53 texts need 5 MB of programs in all. */
#define KEEP_BUDGET ((size_t)24 << 20)

typedef struct kzip {
    struct kzip *next;
    uint64_t hash;
    unsigned char *raw, *z;
    size_t nraw, nz;
} kzip;

struct kstore;

typedef struct ksub {
    struct ksub *next;
    struct kstore *store;
    uint64_t hash;
    uint32_t *cps;
    size_t n;
    bl_subset sub;
    kzip *zips;  /* deflated programs */
    kzip *maps;  /* deflated /ToUnicode maps: raw is the ucode array */
} ksub;

typedef struct kstore {
    const bulletin_mem *mem;
    ksub *first;
    size_t bytes;
} kstore;

/* 64-bit hash of `n` bytes, eight at a time: to skip most unequal
 * entries before a memcmp. */
static uint64_t hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
    }
    for (; n; p++, n--)
        h = (h ^ *p) * 0x100000001B3ull;
    return h ^ (h >> 32);
}

static void destroy_store(void *value)
{
    kstore *st = value;
    for (ksub *k = st->first, *next; k; k = next) {
        next = k->next;
        for (int list = 0; list < 2; list++)
            for (kzip *z = list ? k->maps : k->zips, *zn; z; z = zn) {
                zn = z->next;
                bl_free(st->mem, z->raw);
                bl_free(st->mem, z->z);
                bl_free(st->mem, z);
            }
        bl_subset_free(&k->sub, st->mem);
        bl_free(st->mem, k->cps);
        bl_free(st->mem, k);
    }
    bl_free(st->mem, st);
}

/* A copy of `from` (n code points) with `mem`; false when out of memory
 * (`to` then holds nothing). */
static bool copy_subset(const bl_subset *from, size_t n, const bulletin_mem *mem, bl_subset *to)
{
    *to = *from;
    to->kept = NULL;
    to->program = bl_realloc_array(mem, NULL, from->nprogram ? from->nprogram : 1, 1);
    to->gids = bl_calloc(mem, n ? n : 1, sizeof *to->gids);
    to->widths = bl_calloc(mem, n ? n : 1, sizeof *to->widths);
    if (!to->program || !to->gids || !to->widths) {
        bl_subset_free(to, mem);
        return false;
    }
    memcpy(to->program, from->program, from->nprogram);
    if (n) {
        memcpy(to->gids, from->gids, n * sizeof *to->gids);
        memcpy(to->widths, from->widths, n * sizeof *to->widths);
    }
    return true;
}

/* The kept subset of cps[0..n) in `st`, or NULL. */
static ksub *find_kept(const kstore *st, uint64_t hash, const uint32_t *cps, size_t n)
{
    for (ksub *k = st ? st->first : NULL; k; k = k->next)
        if (k->hash == hash && k->n == n && (n == 0 || memcmp(k->cps, cps, n * sizeof *cps) == 0))
            return k;
    return NULL;
}

/* Keeps a copy of `sub` (of cps[0..n)) in the store under `skey`, made
 * when missing; returns its entry, or NULL (out of budget or memory). */
static ksub *keep_subset(bulletin_cache *cache, const char *skey, const bulletin_mem *mem,
                         uint64_t hash, const uint32_t *cps, size_t n, const bl_subset *sub)
{
    kstore *st = bl_cache_find(cache, skey);
    if (!st) {
        if (!(st = bl_calloc(mem, 1, sizeof *st)))
            return NULL;
        st->mem = mem;
        if (bl_cache_add(cache, skey, st, destroy_store) != BULLETIN_OK) {
            bl_free(mem, st);
            return NULL;
        }
    }
    size_t size = sub->nprogram + n * (sizeof *cps + sizeof *sub->gids + sizeof *sub->widths);
    if (size > KEEP_BUDGET - st->bytes || st->bytes > KEEP_BUDGET)
        return NULL;
    ksub *k = bl_calloc(st->mem, 1, sizeof *k);
    uint32_t *c = k ? bl_calloc(st->mem, n ? n : 1, sizeof *c) : NULL;
    if (!c || !copy_subset(sub, n, st->mem, &k->sub)) {
        bl_free(st->mem, c);
        bl_free(st->mem, k);
        return NULL;
    }
    if (n)
        memcpy(c, cps, n * sizeof *c);
    k->store = st;
    k->hash = hash;
    k->cps = c;
    k->n = n;
    k->next = st->first;
    st->first = k;
    st->bytes += size;
    return k;
}

/* The kept `z` of `raw` in `list`, or NULL. */
static const unsigned char *find_zip(const kzip *list, const void *raw, size_t nraw, size_t *nz)
{
    uint64_t h = hash_bytes(raw, nraw);
    for (const kzip *z = list; z; z = z->next)
        if (z->hash == h && z->nraw == nraw && memcmp(z->raw, raw, nraw) == 0) {
            *nz = z->nz;
            return z->z;
        }
    return NULL;
}

/* Keeps copies of `raw` and its `z` at the head of *list, within the
 * store's budget. */
static void keep_zip(ksub *k, kzip **list, const void *raw, size_t nraw, const unsigned char *z,
                     size_t nz)
{
    if (nraw + nz > KEEP_BUDGET - k->store->bytes || k->store->bytes > KEEP_BUDGET)
        return;
    const bulletin_mem *mem = k->store->mem;
    kzip *e = bl_calloc(mem, 1, sizeof *e);
    unsigned char *r = e ? bl_realloc_array(mem, NULL, nraw ? nraw : 1, 1) : NULL;
    unsigned char *zz = r ? bl_realloc_array(mem, NULL, nz ? nz : 1, 1) : NULL;
    if (!zz) {
        bl_free(mem, r);
        bl_free(mem, e);
        return;
    }
    memcpy(r, raw, nraw);
    memcpy(zz, z, nz);
    *e = (kzip){*list, hash_bytes(raw, nraw), r, zz, nraw, nz};
    *list = e;
    k->store->bytes += nraw + nz;
}

const unsigned char *bl_subset_deflated(void *kept, const unsigned char *raw, size_t nraw,
                                        size_t *nz)
{
    ksub *k = kept;
    return k ? find_zip(k->zips, raw, nraw, nz) : NULL;
}

void bl_subset_keep_deflated(void *kept, const unsigned char *raw, size_t nraw,
                             const unsigned char *z, size_t nz)
{
    ksub *k = kept;
    if (k)
        keep_zip(k, &k->zips, raw, nraw, z, nz);
}

const unsigned char *bl_subset_tounicode(void *kept, const uint32_t *ucode, size_t ncodes,
                                         size_t *nz)
{
    ksub *k = kept;
    return k ? find_zip(k->maps, ucode, ncodes * sizeof *ucode, nz) : NULL;
}

void bl_subset_keep_tounicode(void *kept, const uint32_t *ucode, size_t ncodes,
                              const unsigned char *z, size_t nz)
{
    ksub *k = kept;
    if (k)
        keep_zip(k, &k->maps, ucode, ncodes * sizeof *ucode, z, nz);
}

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
     * face mapped and its subsets (subset.h).  The first render only
     * leaves a mark: the face is unmapped as soon as it is subset, so a
     * single export never holds two faces' pages at once (hb-subset
     * touches nearly all of a CJK glyf: 4.7 of the 5.2 MB of AR PL
     * SungtiL GB for the reference). */
    char skey[1200];
    snprintf(skey, sizeof skey, "hbseen\x1f%s\x1f%d", path, index);
    bool warm = face != NULL || bl_cache_find(cache, skey) != NULL;
    if (!warm && cache)
        bl_cache_add(cache, skey, &seen_mark, NULL); /* a mark, no value of its own */
    uint64_t hash = 0;
    if (warm) {
        snprintf(skey, sizeof skey, "hbsubs\x1f%s\x1f%d", path, index);
        hash = hash_bytes(cps, n * sizeof *cps);
        ksub *k = find_kept(bl_cache_find(cache, skey), hash, cps, n);
        if (k) {
            if (!copy_subset(&k->sub, n, mem, out)) {
                status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
                return status;
            }
            out->kept = k;
            return BULLETIN_OK;
        }
    }
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
    if (warm)
        out->kept = keep_subset(cache, skey, mem, hash, cps, n, out);

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
