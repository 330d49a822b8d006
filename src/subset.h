/*
 * subset.h - pre-subsets one TrueType face with HarfBuzz (hb-subset) to
 * the code points a document draws, into a private temporary file that
 * libharu then loads.  Subsetting first keeps glyph ids small and dense
 * (no composite component above 32767: LIBS.md §2 C is moot) and shrinks
 * every table libharu copies whole (loca, hmtx, post, cmap) and /W.
 *
 * No libharu here; render_pdf.c is the only user.  HarfBuzz allocates with
 * malloc (its allocator cannot be replaced at run time); everything this
 * module itself allocates goes through `mem`.
 */
#ifndef BL_SUBSET_H
#define BL_SUBSET_H

#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

/* Subsets face `index` of the font file `path` (a .ttf, or a .ttc and the
 * face's index) to the code points cps[0..n-1] plus U+0020 (so that the
 * subset always has the BMP cmap subtable libharu requires), drops the tables a PDF
 * never uses (layout, vertical, bitmap, hinting), and writes the result
 * to a new file created with mkstemp in $TMPDIR (else /tmp).  Its path
 * goes to `tmp_path` (`tmp_size` bytes, NUL-terminated); THE CALLER
 * UNLINKS IT (as soon as the file is open, e.g. right after libharu
 * loaded it).  When `gids` is not NULL, gids[i] receives the glyph id of
 * cps[i] in the subset (0 when the face lacks it).  When `bytes` is not
 * NULL, *bytes receives a copy of the subset font allocated with `mem`
 * (the caller frees it with bl_free) and *nbytes its length.  On failure
 * no file is left behind, tmp_path is "" and *bytes is NULL.
 * Errors: BULLETIN_ERR_FONT (the face cannot be read or subset),
 * BULLETIN_ERR_IO (the temporary file), BULLETIN_ERR_NOMEM; `diag` (may
 * be NULL) says which. */
bulletin_status bl_subset_to_tmpfile(const char *path, int index, const uint32_t *cps, size_t n,
                                     uint32_t *gids, char *tmp_path, size_t tmp_size,
                                     const bulletin_mem *mem, unsigned char **bytes,
                                     size_t *nbytes, bulletin_diag *diag);

#endif
