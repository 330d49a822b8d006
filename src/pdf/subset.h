/*
 * subset.h - subsets one TrueType face with HarfBuzz (hb-subset) to the
 * code points a document draws, in memory, and reads what a PDF font
 * dictionary needs from the result: the glyph id and advance of every
 * code point, the face's PostScript name, bounding box and vertical
 * metrics.  render_pdf.c embeds the bytes as FontFile2 and writes the
 * font dictionaries itself, so libharu never parses the font (its
 * HPDF_GetFont walked all 65,536 BMP code points per face: docs/LIBS.md §4).
 *
 * No libharu here.  HarfBuzz allocates with malloc (its allocator cannot be
 * replaced at run time); everything this module itself allocates goes
 * through `mem`.
 */
#ifndef BL_SUBSET_H
#define BL_SUBSET_H

#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

typedef struct {
    unsigned char *program; /* the subset font file (TrueType outlines) */
    size_t nprogram;
    uint32_t *gids;         /* per code point: its glyph in the subset, 0 = none */
    int *widths;            /* per code point: advance, 1/1000 em (truncated) */
    char ps_name[64];       /* PostScript name, PDF-name safe, never empty */
    int bbox[4];            /* xMin yMin xMax yMax, 1/1000 em */
    int ascent, descent;    /* 1/1000 em; descent is negative */
    int cap_height;         /* 1/1000 em */
    int missing_width;      /* advance of .notdef, 1/1000 em */
    void *kept;             /* its entry in the cache's store of subsets
                               (a batch: see bl_subset_face), or NULL */
} bl_subset;

/* Subsets face `index` of the font file `path` (a .ttf, or a .ttc and the
 * face's index) to the code points cps[0..n-1], dropping hinting and the
 * tables a PDF never uses (layout, vertical, bitmap), and fills `out`
 * (its arrays have n entries, allocated with `mem`; free with
 * bl_subset_free).  With a `cache` (may be NULL) the face is read once
 * and kept there for the next subsets.  A face with CFF outlines is refused: it would need a
 * CIDFontType0 embedding.  Errors: BULLETIN_ERR_FONT (the face cannot be
 * read, is not TrueType, or cannot be subset), BULLETIN_ERR_NOMEM; `diag`
 * (may be NULL) says which.  On failure `out` holds nothing. */
bulletin_status bl_subset_face(const char *path, int index, const uint32_t *cps, size_t n,
                               bulletin_cache *cache, const bulletin_mem *mem, bl_subset *out,
                               bulletin_diag *diag);

void bl_subset_free(bl_subset *s, const bulletin_mem *mem);

/* A batch's renders share their subsets: when a render before this one
 * subset the same face with the same `cache`, bl_subset_face keeps each
 * subset there (a copy, up to a budget) under the face and its code
 * points, and answers the same code points again with a copy of it, the
 * same bytes as hb-subset would give.  s->kept is then its entry, under
 * which the font program's deflated bytes are kept too: `raw` (the
 * program as embedded, which may have glyphs added) and its `z`.
 * bl_subset_deflated answers the kept `z` of a program equal to `raw`
 * byte for byte (NULL when none); bl_subset_keep_deflated keeps copies
 * (nothing when out of budget or memory).  Both are no-ops for a NULL
 * `kept`. */
const unsigned char *bl_subset_deflated(void *kept, const unsigned char *raw, size_t nraw,
                                        size_t *nz);
void bl_subset_keep_deflated(void *kept, const unsigned char *raw, size_t nraw,
                             const unsigned char *z, size_t nz);

/* The same for the face's /ToUnicode map, which depends only on the code
 * point of each code (ucode[0..ncodes)): its deflated bytes. */
const unsigned char *bl_subset_tounicode(void *kept, const uint32_t *ucode, size_t ncodes,
                                         size_t *nz);
void bl_subset_keep_tounicode(void *kept, const uint32_t *ucode, size_t ncodes,
                              const unsigned char *z, size_t nz);

#endif
