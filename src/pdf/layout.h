/*
 * layout.h - the CJK line-layout engine: breaks a paragraph into justified
 * lines and places every glyph, following docs/TYPESETTING.md §1 and §3 (clreq
 * strict prohibitions, GB/T 15834 punctuation widths, punctuation
 * compression, CJK-Latin gaps, 2-em indent, no 孤字), choosing the breaks
 * of a whole paragraph at once (Knuth-Plass total fit).
 *
 * Pure C: no FreeType, no libharu.  Widths come in with the characters
 * (bl_lay_char), or through a measure callback (bl_lay_chars_from_utf8);
 * fonts.c provides one, bl_fontset_measure.  All lengths are in PDF
 * points; x is measured from the left margin of the measure.
 */
#ifndef BL_LAYOUT_H
#define BL_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

/* One input character. */
typedef struct {
    double adv;        /* natural advance, pt (its box: the glyph's advance,
                          or one em for a mark set full width) */
    double shift;      /* where the glyph's origin sits in that box, pt
                          from its left (0 but for marks set full width
                          or moved to their side of the em: fonts whose
                          quotes are narrow, whose ，： are centred) */
    double gadv;       /* the glyph's own advance, pt (what a PDF viewer
                          moves by; the engine does not read it) */
    double size;       /* font size (1 em), pt */
    uint32_t cp;       /* (after the doubles: 48 bytes, not 56) */
    int font;          /* caller's tag (e.g. face id), copied to the glyph */
    uint32_t src;      /* caller's index (e.g. byte offset), copied too */
    int16_t ink_left;  /* ink extent, 1/1000 em from the origin; when */
    int16_t ink_right; /* ink_left >= ink_right the extent is unknown */
} bl_lay_char;

/* What a measure callback reports for one code point. */
typedef struct bl_lay_metrics {
    double adv1000;     /* advance, 1/1000 em */
    int font;           /* tag for bl_lay_char.font */
    int ink_left;       /* 1/1000 em; 0/0 when unknown or blank */
    int ink_right;
    int shift1000;      /* the glyph's origin in its box, 1/1000 em (the
                           engine sets it: callbacks leave it 0) */
} bl_lay_metrics;

/* Measures `cp` in font role `role` (opaque to the engine). */
typedef bulletin_status (*bl_lay_measure_fn)(void *user, uint32_t cp, int role,
                                             bl_lay_metrics *m);

/* Decodes UTF-8 `text` into characters of `size` pt, measuring Latin
 * letters and digits (and % ‰ . , between digits) in `latin_role` and
 * everything else in `role`.  src = the byte offset of each character.
 * Stores a new array in *out (free with bl_free(mem, *out)) and its
 * length in *n.  Errors: BULLETIN_ERR_ENCODING (invalid UTF-8; *n = the
 * byte offset), BULLETIN_ERR_NOMEM, or whatever `measure` returns. */
bulletin_status bl_lay_chars_from_utf8(const char *text, size_t len,
                                       double size, int role, int latin_role,
                                       bl_lay_measure_fn measure, void *user,
                                       const bulletin_mem *mem,
                                       bl_lay_char **out, size_t *n);

/* The same into `c`, which has room for bl_lay_utf8_room(text, len)
 * characters (the count of a valid text; *n gets it), for a caller that
 * keeps its characters in an array of its own.  The same errors but
 * BULLETIN_ERR_NOMEM. */
bulletin_status bl_lay_chars_fill(const char *text, size_t len, double size, int role,
                                  int latin_role, bl_lay_measure_fn measure, void *user,
                                  bl_lay_char *c, size_t *n);

/* The characters `text` has when it is valid UTF-8 (its lead bytes): the
 * most that bl_lay_chars_fill stores. */
size_t bl_lay_utf8_room(const char *text, size_t len);

/* Break classes: what a caller knows about the position before
 * chars[i] beyond the line-break rules (bl_lay_params.brk). */
enum {
    BL_BRK_ANY = 0,  /* as the rules say */
    BL_BRK_NEVER,    /* inside a figure (130万件): never, but in an emergency */
    BL_BRK_WORD,     /* inside a word: only when no layout between words fits */
    BL_BRK_WEAK,     /* between two one-character words (印|发): avoided */
    BL_BRK_GOOD,     /* after a function word or before one (关于|, |的): preferred */
    BL_BRK_PHRASE    /* a title's phrase boundary: before 关于 after the issuer
                        (…指挥部|关于…, GB/T 9704 7.3.1): preferred most, and
                        a two-line trapezoid's top line may be longer there */
};

/* Line shapes of balanced text (bl_layout_balanced). */
enum {
    BL_SHAPE_FREE = 0,   /* lines as equal as the breaks allow */
    BL_SHAPE_TRAPEZOID   /* GB/T 9704 7.3.1: no line longer than the last
                            (梯形 or 菱形: never wider on top than below) */
};

/* The widest any length given to the engine may be, pt (a character's
 * advance, shift and size, the measure, the em, the indent): about 350 m.
 * A layout entry point refuses anything wider (or an infinite one) with
 * BULLETIN_ERR_USAGE and an empty layout: sums of widths near DBL_MAX
 * overflowed to infinity and the breakers' bounds came out NaN (a line
 * end read past the text).  No font gives such widths; a NaN is let
 * through as before (its lines are laid out, if badly). */
#define BL_LAY_MAX_WIDTH 1e6

/* Paragraph parameters.  bl_lay_params_init sets the defaults. */
typedef struct {
    double measure;      /* line width, pt */
    double em;           /* the body em, pt: unit of indent and gaps */
    double indent;       /* first-line indent, pt (default 2 em) */
    double latin_gap;    /* CJK-Latin gap, em (default 0.25) */
    bool greedy;         /* first fit instead of total fit (for tests and
                            comparison only) */
    const uint8_t *brk;  /* NULL, or n BL_BRK_* classes: brk[i] for a
                            break before chars[i] */
    int shape;           /* BL_SHAPE_*: balanced lines */
    int last_min;        /* a paragraph's last line holds at least this many
                            Han (default 2: no 孤字), unless it is shorter */
} bl_lay_params;

void bl_lay_params_init(bl_lay_params *p, double em, double measure);

/* One placed glyph. */
typedef struct {
    uint32_t cp;
    int font;
    double size;
    double x;      /* where to put the glyph's origin, pt from the margin */
    double adv;    /* width it occupies after compression, pt */
    uint32_t src;  /* from bl_lay_char */
} bl_lay_glyph;

/* One line: glyphs[first .. first+count-1], of chars[start ..
 * start+count-1] of the input. */
typedef struct {
    size_t first, count;
    size_t start;    /* its first character's index in the input */
    double natural;  /* width at natural spacing, after the fixed
                        compressions (pairs, line end), incl. indent */
    double width;    /* the line's logical right edge after justification;
                        equals the measure for justified lines */
    double glue;     /* width - natural: > 0 stretched, < 0 compressed */
    double ratio;    /* glue / (stretch or shrink capacity) */
    bool last;       /* the paragraph's last line (not justified) */
    bool overfull;   /* an emergency line that does not fit */
    bool ragged;     /* could not be justified: no gap to stretch (e.g. a
                        long number alone between two breaks) */
    bool forced;     /* an emergency break where no break is allowed (an
                        unbreakable run longer than the measure) */
} bl_lay_line;

/* Output of the layout functions.  Zero-initialise once, reuse for any
 * number of calls (each call replaces the content, keeping capacity), and
 * free with bl_layout_free. */
typedef struct {
    const bulletin_mem *mem;
    bl_lay_glyph *glyphs;
    size_t nglyphs, cap_glyphs;
    bl_lay_line *lines;
    size_t nlines, cap_lines;
    double demerits;  /* total demerits of the chosen breaks */
    void *work;       /* private scratch space: per character of the text */
    size_t cap_work;
    void *sums;       /* private scratch: the breakers' sums per character,
                         freed before the lines of a long text are placed */
    size_t cap_sums;
    void *nodes;      /* private scratch: the total-fit breaker's active
                         nodes (about one line's breaks) */
    size_t cap_nodes;
    double *line_work; /* private scratch: per character of one line */
    size_t cap_line_work;
} bl_layout;

void bl_layout_free(bl_layout *lay);

/* Frees the scratch `lay` keeps between calls (per character of the
 * text, the active nodes, per character of a line), and with `output`
 * the last layout's glyphs and lines too, when they take more than `keep`
 * bytes: after a long text, so that its size is not held while the rest
 * is laid out.  The next call allocates again. */
void bl_layout_trim(bl_layout *lay, bool output, size_t keep);

/* Breaks a paragraph of `n` characters into lines of p->measure and
 * places its glyphs: first line indented, every line but the last
 * justified to both margins, the last line at natural spacing.  With
 * p->brk, breaks inside words are taken only when no layout without
 * them avoids an emergency break.  Returns
 * BULLETIN_OK, BULLETIN_ERR_NOMEM or BULLETIN_ERR_USAGE (measure <= 0). */
bulletin_status bl_layout_paragraph(const bl_lay_char *chars, size_t n,
                                    const bl_lay_params *p,
                                    const bulletin_mem *mem, bl_layout *out);

/* A giant paragraph a window at a time (linear time, work memory of one
 * window): bl_layout_paragraph over the `n` characters of a window that
 * starts at a line start (p->indent: the paragraph's own for its first
 * window, else 0), or with `balanced` bl_layout_balanced aligned `align`
 * (display text and table cells: past BALANCE_MAX_CHARS it is total fit,
 * lines at natural spacing).  With `final` (the window reaches the paragraph's end)
 * every line is kept and *used = n.  Otherwise only the lines that the
 * rest of the paragraph is least likely to change are kept: those before
 * the first line starting past the middle of the window (at least one),
 * never the window's last line unless it is its only one; *used gets the
 * index of the character the next window starts at (the first of the line
 * after the kept ones).  A window of a few thousand characters holds
 * some hundred lines, and total fit settles on the same breaks within
 * a few lines, so the kept lines are those of the whole paragraph's total
 * fit in practice (tests/unit/test_layout_window.c). */
bulletin_status bl_layout_window(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                 bool final, bool balanced, int align, const bulletin_mem *mem,
                                 bl_layout *out, size_t *used);

typedef enum {
    BL_ALIGN_LEFT = 0,
    BL_ALIGN_CENTER,
    BL_ALIGN_RIGHT
} bl_lay_align;

/* Places `n` characters on ONE line at natural spacing (never broken, no
 * indent; may be wider than the measure), aligned inside p->measure. */
bulletin_status bl_layout_single(const bl_lay_char *chars, size_t n,
                                 const bl_lay_params *p, bl_lay_align align,
                                 const bulletin_mem *mem, bl_layout *out);

/* Wraps a title or heading into the fewest lines that fit, with breaks
 * chosen so that the lines are as equal in length as the prohibitions
 * allow (preferring breaks after punctuation and, with p->brk, between
 * words: inside a word only when no layout between words fits), in
 * p->shape, each line at natural spacing and aligned.  No indent. */
bulletin_status bl_layout_balanced(const bl_lay_char *chars, size_t n,
                                   const bl_lay_params *p, bl_lay_align align,
                                   const bulletin_mem *mem, bl_layout *out);

/* Line-break opportunities of the paragraph: brk[i] (0 < i < n) is true
 * when a line may start at chars[i]; brk[0] is true.  `brk` has n slots. */
void bl_lay_breaks(const bl_lay_char *chars, size_t n, bool *brk);

/* Character classes the engine uses (exposed for checkers and tests). */
bool bl_lay_no_line_start(uint32_t cp);  /* §1.2 basic + strict sets */
bool bl_lay_no_line_end(uint32_t cp);
bool bl_lay_is_western(uint32_t cp);     /* Latin letters and digits */

#endif
