/*
 * ttf.h - adds glyphs to a subset TrueType program (embed_font.c): each
 * new glyph is a composite of one existing glyph, at the same place,
 * with an advance of its own.  The PDF draws such a copy where a glyph is
 * followed by a gap (the 1/4 em between Chinese and Latin, a stretched
 * word space, a full-width mark wider than its glyph): the gap is then
 * inside the glyph's own advance, in the program (hmtx, which MuPDF
 * reads) and in /W (which poppler and pdf.js read), so no extractor sees
 * a space where the text has none.  A copy also gives each of two code
 * points that share a glyph a glyph of its own, so that the glyph ids can
 * serve as the PDF's codes (/CIDToGIDMap /Identity) and each code still
 * has one Unicode value.
 *
 * Only the tables that number or measure glyphs change: glyf, loca (long
 * offsets when the glyphs outgrow the short ones), hmtx (every glyph with
 * its own advance), hhea, maxp; head's checksum adjustment and loca
 * format; the table directory's offsets and checksums.  No libharu, no
 * HarfBuzz here.
 */
#ifndef BL_TTF_H
#define BL_TTF_H

#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

/* A TrueType program, read (bl_ttf_open): the tables this module needs. */
typedef struct {
    const unsigned char *data;
    size_t len;
    unsigned upem;
    unsigned nglyphs;     /* maxp */
    unsigned nhmetrics;   /* hhea */
    int long_loca;        /* head.indexToLocFormat */
    size_t head, maxp, hhea, hmtx, loca, glyf;           /* table offsets */
    size_t head_len, maxp_len, hhea_len, hmtx_len, loca_len, glyf_len;
} bl_ttf;

/* One glyph to add: a copy of glyph `base` advancing `advance` font
 * units; with `blank`, a glyph without outlines (the text of a character
 * no face has, under the box drawn for it). */
typedef struct {
    uint16_t base;
    uint16_t advance;
    uint8_t blank;
} bl_ttf_copy;

/* Reads the table directory of `data` (`len` bytes).  BULLETIN_ERR_FONT
 * when a table this module needs is missing or out of bounds. */
bulletin_status bl_ttf_open(bl_ttf *t, const unsigned char *data, size_t len);

/* The advance of glyph `gid` in font units (hmtx); 0 past the glyphs. */
unsigned bl_ttf_advance(const bl_ttf *t, unsigned gid);

/* A new program: `t`'s glyphs, then copies[0 .. n) as glyphs
 * t->nglyphs, t->nglyphs + 1, ...  Stores it (allocated with `mem`) in
 * *out and its size in *outlen.  BULLETIN_ERR_USAGE when the glyphs
 * would pass 65,535; BULLETIN_ERR_FONT for a base glyph that is not
 * there; BULLETIN_ERR_NOMEM. */
bulletin_status bl_ttf_add_copies(const bl_ttf *t, const bl_ttf_copy *copies, size_t n,
                                  const bulletin_mem *mem, unsigned char **out, size_t *outlen);

#endif
