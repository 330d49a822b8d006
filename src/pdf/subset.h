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

#endif
