/*
 * layout_int.h - private to the line-layout engine (layout.h): its
 * tuning, the character classes, the analysis of each character and the
 * prefix sums a line is measured with, and the scratch space of one call
 * (lctx).  The engine's files:
 *
 *   layout_chars.c  what each character is: classes, line-break
 *                   opportunities, widths, compressions and gaps (the
 *                   analysis every layout starts with), UTF-8 input
 *   layout_place.c  the work space, and the placing of one line: its
 *                   justification or compression, its glyphs' positions
 *   layout.c        the line breakers (total fit, first fit, balanced
 *                   titles) and the public entry points
 */
#ifndef BL_LAYOUT_INT_H
#define BL_LAYOUT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin_int.h"
#include "layout.h"

/* ------------------------------------------------------------------------
 * Tuning (all in em unless said otherwise)
 * ---------------------------------------------------------------------- */

#define HALF 0.5            /* compressible part of a full-width mark */
#define FULLWIDTH_MIN 0.9   /* advance from which a mark counts as full width */
#define LATIN_GAP_MAX 0.5   /* clreq: CJK-Latin gap stretches up to 1/2 em */
#define LATIN_GAP_MIN 0.125 /* ... and shrinks down to 1/8 em */
#define SPACE_MIN 0.25      /* a word space shrinks down to 1/4 em */
#define SPACE_MAX 0.5       /* ... and stretches up to 1/2 em */
/* A word space (the gap after it, GAP_WORD) widens with the other gaps of
 * a justified line to at most 1.5 times its natural width (TeX's space
 * stretch: 1/6 em on a 1/3-em space), or to SPACE_MAX when that is more;
 * not without limit.  A line of Latin words that needs more is set
 * ragged, as little short as the breaks allow (docs/TYPESETTING.md §7). */
#define SPACE_STRETCH_LIMIT 1.5
/* Nominal stretch of one inter-character gap, used only to rate lines
 * (badness); justification itself has no upper limit. */
#define CJK_STRETCH 0.1
/* Compression is rated cheaper than stretching by this factor, so that a
 * line is compressed before a character is pushed to the next one
 * (先挤进，后推出). */
#define SHRINK_WEIGHT 0.25
#define LINE_PENALTY 10.0
#define BADNESS_MAX 1e7      /* keeps very loose lines ordered */
#define ORPHAN_DEMERITS 1e12   /* last line with fewer than two Han */
#define EMERGENCY_DEMERITS 1e20 /* a forced break or an overfull line */
#define EPS 1e-6                /* pt */
#define UNJUSTIFIABLE 1e8       /* badness of a short line without gaps */

/* ------------------------------------------------------------------------
 * Character classes
 * ---------------------------------------------------------------------- */

enum {
    CLS_OTHER = 0,
    CLS_HAN,     /* ideographs, kana, 〇, U+3000 */
    CLS_WEST,    /* Latin letters and digits */
    CLS_SPACE,   /* U+0020 */
    CLS_STOP,    /* ，、；： : compressible, priority 5 */
    CLS_END,     /* 。．？！ : compressible, priority 7 */
    CLS_CLOSE,   /* closing quotes, brackets, book-title marks */
    CLS_OPEN,    /* opening ones */
    CLS_MIDDOT,  /* interpuncts: always 1/2 em */
    CLS_CONN,    /* connectors and solidi: no stretch next to them */
    CLS_DASH,    /* U+2014 in a run of two or more, U+2E3A */
    CLS_ELLIP,   /* … ⋯ */
    CLS_ASCIIP   /* narrow Western punctuation */
};

enum { TRIM_NONE = 0, TRIM_LEFT, TRIM_RIGHT, TRIM_CENTRE };
enum { GAP_NONE = 0, GAP_CJK, GAP_LATIN, GAP_WORD }; /* GAP_WORD: after a word space */
enum { PAIR_NONE = 0, PAIR_A, PAIR_B };

/* ------------------------------------------------------------------------
 * Per-character analysis
 * ---------------------------------------------------------------------- */

typedef struct {
    uint8_t cls, mode, gap, pair;
    uint8_t bcls;   /* BL_BRK_* of the break before it (bl_lay_params.brk) */
    bool brk : 1, fixed : 1, han : 1, space : 1; /* one byte: 40 bytes a
                                                   character, not 48 */
    double em;      /* this character's em, pt */
    double adv;     /* advance after fixed trims */
    double endtrim; /* trim when last on a line */
    double comp;    /* optional compression capacity */
} cinfo;

/* Prefix sums over characters 0 .. i-1, n + 1 of them.  One record per
 * position rather than one array per sum: a line measurement reads every
 * sum at two positions, so it touches two cache lines instead of 16. */
/* Prefix sums over the characters before a position.  The counts fit
 * 32 bits: bl_lay_begin refuses a text of UINT32_MAX characters. */
typedef struct {
    double pw, pg, pcomp, psst, pssh;
    double pswc;    /* word_space_cap of the GAP_WORD gaps */
    uint32_t pcjk;  /* GAP_CJK and GAP_WORD gaps (they rate alike) */
    uint32_t plat, phan;
    uint32_t pword; /* GAP_WORD gaps */
} psum;

/* An active node of the total-fit breaker: a break position, where the
 * line after it starts (spaces skipped), and its total demerits, kept
 * together so that the inner loop reads them sequentially, with the sums
 * at its line's start that every line from it reads (ps[s].pw, .pg,
 * .psst, .pcjk, .plat, and .pword, which a loose line reads).  `safe`:
 * the line from it is certainly not overfull while it ends at or before
 * this position (see safe_end).  Positions fit 32 bits (bl_lay_begin).
 * 64 bytes: an index is a shift. */
typedef struct {
    double dem;
    double pw, pg, psst;
    uint32_t j, s, safe, pcjk, plat, pword;
    uint32_t pad_[2];
} anode;

/* The suffix minima of the active nodes' demerits (a monotone queue, in
 * the same scratch as the nodes, after them): for a position, the first
 * entry past it holds the least demerits of any node after it. */
typedef struct {
    size_t j;
    double dem;
} dqent;

/* The scratch space of one call. */
typedef struct {
    const bl_lay_char *c;
    size_t n;
    const bl_lay_params *p;
    double indent;
    cinfo *ci;
    bool *brkv;
    psum *ps;
    double *dem;    /* DP: total demerits per break position */
    uint32_t *prev; /* the break before, per break position; emit_chain
                       turns it into the break after */
    double *pmax;   /* total fit: pmax[e] = max over 0 < i <= e of
                       ps[i].pw + ps[i - 1].pg, an upper bound */
    uint32_t *lstart, *lend; /* line_start / line_end per position, n + 1 */
    double *tl, *tr, *extra; /* placement of the line being placed, per
                                character from its start (line scratch:
                                as long as the longest line, not n) */
    bl_layout *out; /* whose scratch the active nodes and the line use */
    int words;      /* LAY_WORDS_*: which display breaks are taken */
} lctx;

/* The passes of display text's line breaking (lctx.words), tried in
 * order until one gives a layout that fits:
 *   LAY_WORDS_ANY      no word classes (body text): the rules alone;
 *   LAY_WORDS_STRICT   between words only (no BL_BRK_WORD break);
 *   LAY_WORDS_RUNS     as strict, and a run of Latin letters and digits
 *                      with no break (a file number such as
 *                      11330700MB10327095/2024-00144, a path) may break
 *                      after a slash where ICU finds a word boundary;
 *   LAY_WORDS_RELAXED  inside words too (at TITLE_WORD_COST). */
enum { LAY_WORDS_ANY, LAY_WORDS_STRICT, LAY_WORDS_RUNS, LAY_WORDS_RELAXED };

/* How much more than SPACE_MAX (or its own width, when wider) the word
 * space x may widen in a justified line: up to SPACE_STRETCH_LIMIT times
 * its width. */
static inline double word_space_cap(const cinfo *x)
{
    double base = x->adv > SPACE_MAX * x->em ? x->adv : SPACE_MAX * x->em;
    double top = SPACE_STRETCH_LIMIT * x->adv;
    return top > base ? top - base : 0;
}

/* The blank a line-final mark sheds, unless a pair before it took it. */
static inline double endtrim_of(const lctx *L, size_t s, size_t last)
{
    if (last > s && L->ci[last - 1].pair == PAIR_B)
        return 0;
    return L->ci[last].endtrim;
}

/* A mark with a blank on its left (opening marks; centred ones both
 * sides): none of it is compressed at the start of a line. */
static inline bool starts_trimmable(const cinfo *x)
{
    return x->mode == TRIM_LEFT || x->mode == TRIM_CENTRE;
}

/* Whether the break before c[i] (i > 0) follows a slash between two Latin
 * letters or digits: 95/|2024 (layout_chars.c). */
bool bl_lay_after_slash(const bl_lay_char *c, size_t i);

/* Analyses the L->n characters L->c (breaks, classes, trims, gaps,
 * prefix sums, line starts and ends): layout_chars.c. */
void bl_lay_analyse(lctx *L);

/* Resets `out`, sizes the work space for `n` characters and analyses
 * them (when there are any; `words`: LAY_WORDS_*, the breaks display
 * text takes): the common start of every layout entry point
 * (layout_place.c). */
bulletin_status bl_lay_begin(bl_layout *out, const bulletin_mem *mem, const bl_lay_params *p,
                             const bl_lay_char *chars, size_t n, double indent, int words,
                             lctx *L);

/* Places chars s..e-1 (e > s) as a new line of `out` starting at x0: the
 * paragraph's first line (indented) when `first`; `justify` fills
 * p->measure unless `last` (layout_place.c). */
/* Room for `need` active nodes in out's node scratch (kept across calls,
 * grown by doubling), and as many entries of their queue (dqent, after
 * them; not kept when it grows): the total-fit breaker holds the nodes
 * of about one line's width, not one per character. */
bulletin_status bl_lay_reserve_nodes(bl_layout *out, size_t need);

/* The breakers' sums (ps, dem, pmax) are not read once the breaks are
 * chosen: frees them when they take more than `keep` bytes (a long text;
 * the next call allocates again), and the pointers become NULL. */
void bl_lay_free_sums(lctx *L, size_t keep);

/* The sums of a text up to this size stay allocated from call to call. */
#define LAY_SUMS_KEEP ((size_t)1 << 20)

/* Turns L->prev's chain ending at n into the chain forward: returns the
 * first break after 0, and prev[k] becomes the break after k (n last). */
size_t bl_lay_chain_forward(lctx *L);

bulletin_status bl_lay_place_line(lctx *L, bl_layout *out, size_t s, size_t e, double x0,
                                  bool first, bool justify, bool last);

#endif
