/*
 * pdf_int.h - private to the PDF backend (src/pdf/): the render's state
 * (ctx), what a render lays out (glyphs, lines, blocks, shapes, tables),
 * the engine's constants, and what each file of the render offers the
 * others, in the order a render runs them:
 *
 *   render_pdf.c  bulletin_render_pdf: template, fonts, the steps below
 *   ctx.c         libharu's allocator and error handler, a failed call's
 *                 status, the render's arrays grown
 *   blocks.c      the model laid out in blocks of lines
 *   lay.c         a text's lines laid into the render, free placement, a
 *                 block pushed; a streamed render's glyphs dropped
 *   paginate.c    the blocks onto pages, on the baseline grid
 *   furniture.c   cover, key-figures page, running header and footer
 *   tags.c        the structure tree (Tagged PDF, PDF/UA): elements,
 *                 marked content, artifacts
 *   embed_font.c  the faces subset and embedded; undrawable characters
 *   ttf.c         glyph copies added to a subset program (ttf.h)
 *   deflate.c     streams and font programs deflated with libdeflate
 *   compact.c     the saved file rewritten with object streams
 *   draw.c        the pages' content
 *   info.c        document information, outline, page labels
 *
 * It includes hpdf.h: only files in src/pdf/ may include it.
 */
#ifndef BL_PDF_INT_H
#define BL_PDF_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <hpdf.h>

#include "bulletin_int.h"
#include "figures/figures.h"
#include "figures/select.h"
#include "fonts.h"
#include "layout.h"
#include "subset.h"
#include "template.h"
#include "words.h"
#include "base/thread.h"

/* ------------------------------------------------------------------------
 * The engine's constants (the layout itself comes from the template)
 * ---------------------------------------------------------------------- */

static const struct {
    int keep_lines;                 /* lines of the next block kept with a heading */
    int squeeze_lines;              /* a last page with this few lines: try a closer grid */
    double min_row;                 /* ... on the last pages only, this much of the
                                       template's pitch (free grids only: not with
                                       lines_per_page; the checks allow 5 % less) */
    int squeeze_pages;              /* ... on at most this many pages before the last */
    double cell_pad;                /* table cell padding, pt */
    double rule;                    /* table rule width, pt */
    double box_rule;                /* width of the missing-glyph box, pt */
    int font_deflate;               /* libdeflate level of the embedded fonts (1-12) */
    double baseline;                /* baseline below the middle of a line's slot, em */
    double header_gap;              /* header rule above the type area, pt */
    double key_card_h;              /* height of one key-figure card, pt */
    double bar_h, bar_pitch;        /* chart bars: height, distance, pt */
} L = {
    .keep_lines = 2,
    .squeeze_lines = 5,
    .min_row = 0.96,
    .squeeze_pages = 3,
    .cell_pad = 4.0,
    .rule = 0.5,
    .box_rule = 0.4,
    .font_deflate = 6,
    .baseline = 0.38,
    .header_gap = 14.0,
    .key_card_h = 84.0,
    .bar_h = 11.0,
    .bar_pitch = 24.0,
};

/* ------------------------------------------------------------------------
 * Laid-out material
 * ---------------------------------------------------------------------- */

/* (24 bytes a character: it was 40.  Its code point, flags and face are
 * one word, a box's carrier is folded into its face; its size is an index
 * into the render's sizes, and its natural advance is its 1/1000 em
 * times its size, as the layout measured it (glyph_size, glyph_nat: both
 * exactly what was stored before).  Its node is its line's, or the
 * line's `alt` when `alt` is set: glyph_node.) */
typedef struct {
    double x;     /* the glyph's origin from the line's left edge, pt */
    uint32_t src; /* byte offset in the node's text; NO_SRC: a numbering,
                     a label such as 附件：, front matter */
    uint32_t cp : 21;  /* the character drawn */
    uint32_t accent : 1; /* part of a figure: drawn in the accent colour */
    uint32_t alt : 1;  /* its text is the line's alt node's, not its node's */
    uint32_t fx : 1;   /* FX_*: how it is drawn */
    int32_t face : 8;  /* its face (below BL_PDF_MAX_FACES); -1: no face
                          has it: a box, whose text no face carries; -2 - k:
                          a box whose text face k's blank glyph carries
                          (bl_pdf_plan_gaps): glyph_carrier */
    int16_t extra; /* the gap to the next glyph drawn inside this one's
                      advance, 1/1000 of its size (bl_pdf_plan_gaps) */
    uint16_t code; /* its code in its face's font (bl_pdf_assign_codes) */
    int16_t adv;   /* its natural advance in the font, 1/1000 em (unless
                      GLYPH_ODD_NAT) */
    uint16_t szi;  /* its size: ctx.sizes[szi & ~GLYPH_ODD_NAT]; with
                      GLYPH_ODD_NAT its natural advance is in ctx.odd_nat */
} pglyph;

#define GLYPH_ODD_NAT 0x8000u

/* Faces a render may use: a glyph's face field holds -1 - BL_PDF_MAX_FACES
 * .. BL_PDF_MAX_FACES - 1; a font set opens at most its candidates of
 * every role (fonts.c: 96). */
#define BL_PDF_MAX_FACES 126
_Static_assert(BL_FONT_ROLE_COUNT * BL_FONT_MAX_CANDIDATES <= BL_PDF_MAX_FACES,
               "a glyph's face holds every face of a font set");

/* A box's carrier: the face whose blank glyph carries its character as
 * text, -1 none (always -1 for a glyph with a face). */
static inline int glyph_carrier(const pglyph *g) { return g->face <= -2 ? -2 - g->face : -1; }

/* Makes box g carried by face k (k >= 0), or by none (k -1). */
static inline void glyph_set_carrier(pglyph *g, int k) { g->face = k >= 0 ? -2 - k : -1; }

/* The face a glyph's text is shown in: its own, or a box's carrier. */
static inline int text_face(const pglyph *g) { return g->face >= 0 ? g->face : glyph_carrier(g); }

/* Writes `v` in decimal at `p` (room for 21 bytes), the bytes printf's
 * %lld writes, and returns how many: the PDF's numbers and object
 * numbers without a format parsed a call. */
static inline size_t bl_pdf_fmt_int(char *p, long long v)
{
    char t[24], *q = t + sizeof t;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    size_t n = (size_t)(t + sizeof t - q);
    for (size_t i = 0; i < n; i++)
        p[i] = q[i];
    return n;
}

/* Appends `v` in decimal to `b` (printf's %d, %ld, %lld). */
static inline bulletin_status bl_pdf_put_int(bl_buf *b, long long v)
{
    bulletin_status st = bl_buf_reserve(b, 21);
    if (st != BULLETIN_OK)
        return st;
    b->len += bl_pdf_fmt_int(b->data + b->len, v);
    b->data[b->len] = '\0';
    return BULLETIN_OK;
}

#define NO_SRC UINT32_MAX

enum {
    FX_BOLD = 1, /* stroked as well as filled: a bold without a bold face */
    FX_SUP = 2   /* ctx.cfx only: a note mark's character, set superscript */
};

/* A note mark in running text (全县生产总值[2]61.9亿元, 增长8.1%[3]。) is set
 * superscript as LaTeX's \textsuperscript sets it, which ctex's \footnote
 * uses for its marks: at the script size, 7/10 of the text's (\sf@size at
 * 10 pt), raised by the math symbol font's sup2 (cmsy10 \fontdimen14:
 * 0.362892 em of the text).  clreq and GB/T 9704 give no measure. */
#define SUP_SIZE 0.7
#define SUP_RISE 0.362892

/* (Fields ordered by size: 72 bytes, not 96 with size_t indexes and its
 * colour's three doubles.) */
typedef struct {
    const bulletin_node *node;
    const bulletin_node *alt; /* the node of its glyphs marked alt (a
                                 run-in heading's paragraph on its line):
                                 a line's glyphs are of at most two nodes */
    double x0;                /* left edge, pt from the page's left */
    double dy;                /* baseline below the top of its block slot */
    double y;                 /* baseline, PDF coordinates */
    uint32_t first, count;    /* into ctx.glyphs */
    uint32_t offset;          /* of the first glyph in bulletin_node_text */
    int page;                 /* 1-based, after pagination */
    int tag;                  /* its structure element (tags.c); 0: an
                                 artifact of kind `art` */
    bool meta;                /* text from front matter (the subtitle), the
                                 cover, the key figures, the furniture: no
                                 source position, not reported to on_place */
    bool early;               /* drawn before the page's other lines (the
                                 running header: extractors that follow
                                 the content stream read it first) */
    bool copy;                /* a table's header row repeated on a page
                                 after a break (paginate.c) */
    uint8_t art;              /* ART_*: what kind of artifact */
    uint16_t color;           /* its colour: ctx.colors[color] (line_color) */
    uint16_t szi;             /* its first glyph's size (pglyph.szi): for
                                 pagination, whose glyphs may be gone */
} pline;

/* A line's glyphs that are not in ctx.glyphs (a streamed render drops
 * them once folded and lays them out again to draw them): its `first`
 * is then its own index in ctx.lines, so that a copy of the line (a
 * repeated header row) still names it. */

/* The node whose text glyph g of line pl is (NULL: none). */
static inline const bulletin_node *glyph_node(const pline *pl, const pglyph *g)
{
    return g->alt ? pl->alt : pl->node;
}

/* The layout holds one pglyph a character and one pline a line of every
 * page until it is drawn: keep them this small (64-bit targets). */
_Static_assert(sizeof(void *) != 8 || sizeof(pglyph) == 24, "pglyph: 24 bytes");
_Static_assert(sizeof(void *) != 8 || sizeof(pline) == 72, "pline: 72 bytes");

/* An outline entry (info.c): indexes into ctx.outl, -1 none (parent
 * -1: the outline's root). */
typedef struct {
    const bulletin_node *node;
    int parent, first, last, prev, next;
    int vis;                  /* the descendants it shows when open */
    int page;                 /* 1-based */
    float top;                /* the destination's /FitH, pt */
    bool open;
} poutl;

/* Artifacts (content that is not the document's: ISO 32000-1 14.8.2.2). */
enum {
    ART_LAYOUT = 0,  /* rules, bands, shading */
    ART_HEADER,      /* the running header */
    ART_FOOTER,      /* the footer: the page number */
    ART_PAGINATION   /* a table's header rows repeated after a page break */
};

/* Vector graphics: filled rectangles and stroked lines. */
enum { SH_RECT, SH_LINE };

typedef struct {
    int kind, page;
    double x, y, w, h; /* SH_LINE: from (x, y) to (x + w, y + h) */
    double width;      /* SH_LINE: line width */
    bl_rgb color;
    int tag;           /* its structure element (the chart's bars); 0: an
                          artifact of kind `art` */
    uint8_t art;
} pshape;

/* Structure types (tags.c): the standard ones of ISO 32000-1 14.8.4 and
 * the parts of an official document, role-mapped to P. */
enum {
    S_DOCUMENT, S_H1, S_H2, S_H3, S_H4, S_H5, S_H6, S_P, S_L, S_LI, S_LBODY, S_TABLE, S_TR,
    S_TH, S_TD, S_CAPTION, S_FIGURE,
    S_DOCNUMBER, S_SUBTITLE, S_SPEAKER, S_SALUTATION, S_SIGNATURE, S_DATE, S_ISSUER,
    S_NOTE, S_COVER, S_DIV,
    S_COUNT
};

/* A structure element.  Elements are numbered from 1 (0 is "none"); the
 * Document is element 1.  Reading order: by `group` (the cover, the key
 * figures, the text), then by number. */
typedef struct {
    int parent;               /* its parent element */
    int colspan;              /* TD/TH: > 1 spans columns */
    uint8_t type;             /* S_* */
    uint8_t group;
} ptag;

/* (12 bytes an element, not 24 with its alternate text's pointer: a
 * table of 40,000 rows has 160,000 of them until the tree is written.) */
_Static_assert(sizeof(void *) != 8 || sizeof(ptag) == 12, "ptag: 12 bytes");

/* The alternate text of element `tag` (a Figure: the chart's), owned. */
typedef struct {
    int tag;
    char *text;
} palt;

/* A marked-content sequence of element `tag` on `page` (1-based); `seq`
 * its place in the document's drawing order (draw.c draws page by page
 * and puts c->mcrs back in that order). */
typedef struct {
    int tag, page, mcid;
    uint32_t seq;
} pmcr;

enum { BK_TEXT, BK_ROW };

/* (Fields ordered by size: 64 bytes, not 80 with size_t indexes.) */
typedef struct {
    const bulletin_node *node;
    double height;            /* BK_ROW: row height, pt */
    double top;               /* its first line's slot top, PDF coordinates */
    double cut;               /* BK_ROW split across pages: the part of its
                                 height on the first page (0: whole) */
    uint32_t first, count;    /* lines */
    uint32_t table;           /* BK_ROW: index into ctx.tables */
    int page;                 /* where its first line went */
    int16_t st;               /* style */
    int16_t keep_prev;        /* lines of the text before kept with it */
    int8_t level;             /* headings: -2 title, -1 subtitle, 0 an
                                 attached document's title, 1..4 sections */
    uint8_t kind;             /* BK_* */
    bool heading;             /* kept with what follows */
    bool outline;             /* title or heading: an outline entry */
    bool whole;               /* never split across pages (落款 and date) */
    bool tight;               /* no space before (a list's next item) */
    bool head;                /* BK_ROW: a header row, repeated after a break */
} pblock;

_Static_assert(sizeof(void *) != 8 || sizeof(pblock) == 64, "pblock: 64 bytes");

typedef struct {
    size_t ncols;
    double *colx;             /* ncols + 1 edges, pt from the page's left */
    size_t head_first, nhead; /* its header rows: blocks head_first.. */
    size_t first, end;        /* its rows: blocks first .. end-1 */
    size_t from;              /* its columns after column 0 are the source
                                 table's from .. from + ncols - 2 (1: all
                                 of them; a table too wide for the page is
                                 set in parts: tables.c) */
    bool cont;                /* a part after the first: its column 0 and
                                 rows across repeat the first part's */
} ptable;

/* A table's header rows drawn again at the top of a page (paginate.c). */
typedef struct {
    size_t table;
    int page;
    double top, height;
} prepeat;

/* A font program being deflated, possibly in a thread of its own: the
 * buffers are allocated before and freed after, on the render's thread,
 * so the thread only runs libdeflate. */
typedef struct {
    struct libdeflate_compressor *zc;
    const unsigned char *src;
    size_t n;
    unsigned char *out;
    size_t cap, len;          /* len 0: not done, or failed */
    bl_thread thread;
    bool running;             /* a thread to join */
    HPDF_Dict stream;         /* the FontFile2 stream to fill */
} pdeflate;

/* A glyph drawn with a wider advance: cps[cpi] with `extra` 1/1000 em
 * more, drawn with `code` (a copy of its glyph: ttf.h).  Or, with cpi
 * NO_CPI, a blank glyph `extra` 1/1000 em wide that carries the text of
 * `cp`, a character no face has, under its box. */
typedef struct {
    uint32_t cpi;
    uint32_t cp;
    int extra;
    uint16_t code;
} pvariant;

#define NO_CPI UINT32_MAX

/* A wider copy or a box's blank glyph a face's glyphs need, as the
 * layout knows it before the face is subset: `extra` the 1/1000 em
 * beyond the glyph (box: the blank glyph's whole width). */
typedef struct {
    uint32_t cp;
    int32_t extra;
    bool box;
} pvkey;

/* What the glyphs of a face need from its subset, gathered line by line
 * as they are laid out (bl_pdf_fold), so that no step after the layout
 * walks every glyph record of the document once a face (it was twice a
 * face: the code points, then the variants). */
typedef struct {
    uint64_t *bmp;            /* the BMP code points drawn with it, 1,024
                                 words; NULL: none */
    uint32_t *big;            /* beyond the BMP, sorted and distinct up to
                                 nbig_sorted, then as met */
    size_t nbig, nbig_sorted, cap_big;
    pvkey *vars;              /* the same, for the variants */
    size_t nvars, nvars_sorted, cap_vars;
} pfold;

/* A character of the text no face has (bl_pdf_report_missing): line
 * `line`'s glyph, as the glyph record has it. */
struct pmiss {
    uint32_t line, src;
    uint32_t cp : 21;
    uint32_t alt : 1;
};

typedef struct {
    uint32_t *cps;            /* sorted distinct code points drawn */
    size_t ncps;
    uint64_t *bmp;            /* the BMP's of them as a bitmap, 1,024 words */
    uint32_t *rank;           /* per word of bmp: the bits set before it, so
                                 that cp_index of a BMP character is a
                                 popcount, not a search (once a glyph) */
    size_t nbmp;              /* cps[0 .. nbmp) are in the BMP */
    bl_subset sub;            /* the subset: program (with the copies of
                                 ttf.h once numbered), glyph ids, widths */
    uint16_t *code;           /* per cps[i]: its code, which is its glyph id
                                 in the program (/CIDToGIDMap /Identity);
                                 0: the subset has no glyph for it */
    pvariant *vars;           /* the wider copies, by cpi then extra */
    size_t nvars;
    uint32_t *ucode;          /* per code: the code point (0: not drawn) */
    int *wcode;               /* per code: the advance, 1/1000 em */
    size_t ncodes;            /* glyphs in the program */
    bool used;                /* subset, to be embedded */
    char res[16];             /* resource name, "F1"... (room for any int) */
    HPDF_Dict font;           /* the Type 0 font, once made */
    pdeflate job;             /* its program, being deflated */
    bool marks_done;          /* the values below are known (draw.c) */
    int axis;                 /* the em box's middle above the baseline
                                 (the ink middle of 中), 1/1000 em */
    int ellipsis_rise;        /* raises … onto the axis, 1/1000 em */
    int dash_l, dash_r, dash_t; /* the ink of —: left, right, thickness */
} pface;

/* A glyph's natural advance that its record cannot hold (GLYPH_ODD_NAT). */
struct podd_nat {
    size_t glyph;             /* its index in ctx.glyphs */
    double nat;
};

/* The figures drawn in the accent colour, and those no line breaks
 * inside: indexes into the document's figure list (bl_doc_figures: its
 * records have the node and the bytes [start, end) of its text), sorted by
 * node then start.  4 bytes a figure: a copy of the node and the bytes
 * took 16, and 150,000 bare figures kept two arrays of them through the
 * layout. */
typedef uint32_t pfig;

typedef struct {
    const bulletin_doc *doc;
    const bulletin_render_opts *opts;
    const bulletin_mem *mem;
    bulletin_diag *diag;
    bl_fontset *fs;
    bool fs_cached;           /* fs belongs to opts->cache */
    size_t fs_warned;         /* the font set's warnings this render has reported */
    struct libdeflate_compressor *zc; /* for the font programs and maps */
    bl_layout lay;
    bl_lay_char *chars;
    size_t nchars, cap_chars;

    pglyph *glyphs;
    size_t nglyphs, cap_glyphs;
    double *sizes;            /* the glyphs' sizes, pt, as laid out (pglyph.szi) */
    size_t nsizes, cap_sizes, last_size;
    double *rises;            /* each size's rise, pt: 0, or a note mark's
                                 (bl_pdf_sup_metrics); as many as sizes */
    size_t cap_rises;
    bool raised;              /* some size has a rise: some glyph is a mark's */
    struct podd_nat *odd_nat; /* the natural advances that are not a whole
                                 1/1000 em of their size (none that the
                                 layout measures), by glyph */
    size_t nodd_nat, cap_odd_nat;
    pline *lines;
    size_t nlines, cap_lines;
    bl_rgb *colors;           /* the lines' colours, each once (pline.color) */
    size_t ncolors;
    pblock *blocks;
    size_t nblocks, cap_blocks;
    ptable *tables;
    size_t ntables, cap_tables;
    int npages;               /* all pages */
    int front;                /* pages before the text: cover, key figures */
    int key_page;             /* the key-figures page, 0 when none */
    bl_growth_bar *bars;      /* the growth series' first bars, as many as
                               * a page could chart (render_pdf.c) */
    size_t nbars;
    bool traditional;         /* the text is in traditional characters: so
                               * are the words the backend adds (關鍵數據) */
    int last_page_lines;      /* text lines on the last page */
    size_t folio_first;       /* ctx.lines: the text's lines end here */
    pshape *shapes;
    size_t nshapes, cap_shapes;
    bl_template tpl;
    const bl_figure *figitems; /* the document's figures (bl_doc_figures) */
    pfig *figs;               /* figures to colour, by node then offset */
    size_t nfigs;

    pface *faces;
    size_t nfaces;
    pfold *fold;              /* per face of the font set: what its glyphs
                                 need (bl_pdf_fold) */
    size_t folded_lines;      /* lines folded: c->lines[0 .. folded_lines) */
    size_t folded_glyphs;     /* glyphs whose gaps were reset */
    bool folding;             /* the text being laid out: each block is
                                 folded once pushed */
    struct pmiss *miss;       /* the text's characters no face has, in
                                 the order of the text (bl_pdf_fold) */
    size_t nmiss, cap_miss;
    bool stream;              /* the text's glyph records are dropped once
                                 folded and laid out again a page at a time
                                 as the pages are drawn (render_pdf.c:
                                 STREAM_FROM; lay.c, blocks.c:
                                 bl_pdf_replay) */
    bool replay;              /* the text is being laid out again */
    size_t present_from;      /* stream: the first text line whose glyphs
                                 may be in ctx.glyphs */
    size_t glyphs_dropped;    /* stream: glyph records dropped so far */
    size_t glyphs_high;       /* the most glyph records ctx.glyphs held at
                                 once (the layout's high-water mark) */
    struct pplay *play;       /* the replay's state (lay.c) */
    struct pdraw *drawing;    /* the drawing's state (draw.c) */

    struct bl_words *words;   /* ICU's word finder (words.h), for display text */
    bool words_tried;
    bool big;                 /* glyphs, blocks, pages of GIVE_BACK_BYTES or more
                                 (render_pdf.c): freed memory is given back */
    uint8_t *brk;             /* scratch: break classes of c->chars */
    size_t cap_brk;
    uint8_t *cfx;             /* scratch: FX_* of c->chars */
    size_t cap_cfx;
    bool marks;               /* scratch: some of c->chars are FX_SUP */
    pfig *keeps;              /* figures no line breaks inside, by node */
    size_t nkeeps;
    size_t nlines_laid;       /* lines before pagination's header copies */
    prepeat *repeats;
    size_t nrepeats, cap_repeats;
    prepeat *parts;           /* the parts of rows split across pages, after
                                 their first (paginate.c) */
    size_t nparts, cap_parts;
    prepeat *conts;           /* 续表 labels over a table continued on a
                                 page: top = the label's baseline (PDF y),
                                 height = its size (paginate.c, placed with
                                 the furniture) */
    size_t nconts, cap_conts;

    ptag *tags;               /* tags[1 ..] (tags.c) */
    size_t ntags, cap_tags;
    palt *alts;               /* the elements' alternate texts (tags.c) */
    size_t nalts;
    bool tag_oom;             /* an element could not be added */
    pmcr *mcrs;               /* marked content, in drawing order */
    size_t nmcrs, cap_mcrs;
    int *mc_open;             /* per page: what is open: 0 nothing, a tag,
                                 or -1 - ART_* */
    int *mc_next;             /* per page: the next MCID */
    uint32_t mc_seq;          /* the seq of the next pmcr (draw.c) */
    size_t *pg_at, *pg_of;    /* c->mcrs by page (tags.c) */
    bl_buf tagtext;           /* the structure tree's objects as text: the
                                 StructTreeRoot's (libharu's object tag_root
                                 stands for it), then the elements' and the
                                 parent tree's leaves, numbered from tag_base
                                 (compact.c writes them) */
    size_t *tag_at;           /* where each starts in tagtext; ntagobj + 1 */
    size_t ntagobj, cap_tag_at;
    size_t tag_base;
    uint32_t tag_root;
    poutl *outl;              /* the outline's entries, in document order
                                 (info.c): compact records, not libharu's
                                 objects (some 2 KB an entry) */
    size_t noutl, cap_outl;
    int outl_vis;             /* the entries the outline's root shows */
    bl_buf outtext;           /* the outline's objects as text: its root's
                                 (libharu's object out_root stands for
                                 it), then the entries', numbered from
                                 out_base, after the structure tree's
                                 (compact.c writes them) */
    size_t *out_at;           /* where each starts in outtext; noutobj + 1 */
    size_t noutobj;
    size_t out_base;
    uint32_t out_root;

    HPDF_Doc pdf;
    HPDF_STATUS hpdf_error, hpdf_detail;
    bl_buf text;              /* the page's content stream drawn so far that
                               * is not yet in libharu's (draw.c, tags.c) */
    double top, height, left, measure; /* the text's measure in the type area */
    double tl, tr, tt, tb;    /* the type area's edges, PDF coordinates */
    double row;               /* the baseline grid, pt (the template's unless squeezed) */
    double body;              /* the body size, pt */
} ctx;

/* ------------------------------------------------------------------------
 * Small helpers
 * ---------------------------------------------------------------------- */

static inline const bl_style *sty(const ctx *c, int el) { return &c->tpl.style[el]; }

/* Sets the size and natural advance of glyph `pg`, c->glyphs[i] (the
 * glyphs before it set): its size an index into c->sizes, its advance in
 * 1/1000 em of it when that gives back exactly `nat`, else kept aside in
 * c->odd_nat, by glyph (lay.c).  BULLETIN_ERR_NOMEM. */
bulletin_status bl_pdf_glyph_metrics(ctx *c, pglyph *pg, size_t i, double size, double nat);

/* The same for a note mark's glyph (FX_SUP): its size an entry of its
 * own in c->sizes whose rise is `rise` pt (never shared with a glyph on
 * the baseline). */
bulletin_status bl_pdf_sup_metrics(ctx *c, pglyph *pg, size_t i, double size, double rise,
                                   double nat);

/* The byte length of the note mark that starts at byte i of t (len
 * bytes): [1] .. [99] after a Han character, a digit, % or a closing
 * bracket; 0 when none starts there ([2024], a line's leading [1], a[1]). */
size_t bl_pdf_note_mark(const char *t, size_t len, size_t i);

/* Glyph g's rise above the baseline, pt (a note mark's; else 0), when
 * c->raised (else c->rises may be NULL). */
static inline double glyph_sup_rise(const ctx *c, const pglyph *g)
{
    return c->rises[g->szi & ~GLYPH_ODD_NAT];
}

/* Line pl's colour. */
static inline bl_rgb line_color(const ctx *c, const pline *pl) { return c->colors[pl->color]; }

/* Makes `color` line pl's (each colour kept once in c->colors: a render
 * has a few).  BULLETIN_ERR_NOMEM (lay.c). */
bulletin_status bl_pdf_set_line_color(ctx *c, pline *pl, bl_rgb color);

/* Glyph g's size, pt (a float, as its record held it). */
static inline float glyph_size(const ctx *c, const pglyph *g)
{
    return (float)c->sizes[g->szi & ~GLYPH_ODD_NAT];
}

/* Glyph g's natural advance in the font, pt: its 1/1000 em times its
 * size, computed as the layout computed it (bl_lay_chars_from_utf8), or
 * the advance kept aside (bl_pdf_odd_nat, by binary search). */
static inline double bl_pdf_odd_nat(const ctx *c, const pglyph *g)
{
    size_t i = (size_t)(g - c->glyphs), a = 0, b = c->nodd_nat;
    while (a < b) { /* appended as the glyphs are: by glyph */
        size_t m = (a + b) / 2;
        if (c->odd_nat[m].glyph < i)
            a = m + 1;
        else
            b = m;
    }
    return a < c->nodd_nat && c->odd_nat[a].glyph == i ? c->odd_nat[a].nat : 0;
}

static inline double glyph_nat(const ctx *c, const pglyph *g)
{
    if (g->szi & GLYPH_ODD_NAT)
        return bl_pdf_odd_nat(c, g);
    return (double)g->adv * c->sizes[g->szi] / 1000.0;
}

/* Latin letters and digits: the latin role beside song and fangsong
 * (Times New Roman when present), else the text's own face. */
static inline int latin_of(int role)
{
    return role == BL_FONT_SONG || role == BL_FONT_FANGSONG ? BL_FONT_LATIN : role;
}

/* A style's line pitch on the template's grid (tables, layout time). */
static inline double row_pt(const ctx *c, int st) { return sty(c, st)->pitch * c->tpl.line_pitch; }

/* Where the baseline of a line of `size` pt sits in its slot of `pitch`
 * pt, from the slot's top.  A free grid centres the em box in the slot; a
 * fixed grid of N lines (GB/T 9704) puts the first baseline one body size
 * below the top of the type area and the last on its bottom edge: the
 * baseline is at the slot's bottom less (row - body). */
static inline double slot_baseline(const ctx *c, double pitch, double size)
{
    if (c->tpl.lines_per_page > 0)
        return pitch - c->row + c->body;
    return pitch / 2 + L.baseline * size;
}

/* The bits set in x, inline: without -mpopcnt __builtin_popcountll is a
 * call into libgcc (twice a glyph: some 10M instructions of the 100x
 * text).  The loops that count bits for every glyph are built twice
 * (BL_POPCNT_CLONES), and the loader picks the one that counts with the
 * CPU's popcnt instruction when it has it (GCC and Clang read the lines
 * below as popcnt then): the same counts. */
#if defined(__x86_64__) && !defined(__POPCNT__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define BL_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#endif
#endif
#ifndef BL_POPCNT_CLONES
#define BL_POPCNT_CLONES
#endif
static inline long bits_set(uint64_t x)
{
    x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
    x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
    x = (x + (x >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (long)((x * UINT64_C(0x0101010101010101)) >> 56);
}

/* The index of `cp` in f->cps, or -1. */
static inline long cp_index(const pface *f, uint32_t cp)
{
    if (cp < 0x10000) {
        if (!f->bmp)
            return -1;
        uint64_t w = f->bmp[cp >> 6], bit = UINT64_C(1) << (cp & 63);
        if (!(w & bit))
            return -1;
        return (long)f->rank[cp >> 6] + bits_set(w & (bit - 1));
    }
    size_t lo = f->nbmp, hi = f->ncps;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->cps[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->ncps && f->cps[lo] == cp ? (long)lo : -1;
}

/* Layout modes of a text (blocks.c, furniture.c). */
enum { LAY_PARA, LAY_CENTER, LAY_LEFT, LAY_RIGHT, LAY_SINGLE_LEFT };

/* The layout mode of a style's alignment: justified paragraphs, else
 * balanced lines. */
static inline int how_of(const bl_style *s)
{
    return s->align == BL_TALIGN_JUSTIFY ? LAY_PARA
         : s->align == BL_TALIGN_CENTER  ? LAY_CENTER
         : s->align == BL_TALIGN_RIGHT   ? LAY_RIGHT
                                         : LAY_LEFT;
}

/* ------------------------------------------------------------------------
 * libharu's hooks and errors, the render's arrays (ctx.c)
 * ---------------------------------------------------------------------- */

/* Set by libharu's allocation hook when malloc fails (this thread's
 * render); bl_pdf_new_doc clears it. */
extern _Thread_local bool bl_pdf_hpdf_oom;

/* A new libharu document whose allocations and errors the hooks see
 * (errors recorded in c->hpdf_error); NULL when out of memory. */
HPDF_Doc bl_pdf_new_doc(ctx *c);

/* The status and diag for a failed libharu call: `st`, or
 * BULLETIN_ERR_NOMEM when libharu ran out of memory. */
bulletin_status bl_pdf_fail(ctx *c, bulletin_status st, const char *what);

/* Grows array *p of *cap elements of `size` bytes to hold `need`. */
bulletin_status bl_pdf_grow(const bulletin_mem *mem, void **p, size_t *cap, size_t need,
                            size_t size);

/* For a function with `status` and a `cleanup:` label: a failed libharu
 * call sets status (bl_pdf_fail) and jumps there. */
#define HPDF_TRY(call, what)                                                                       \
    do {                                                                                           \
        if ((call) != HPDF_OK) {                                                                   \
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, what);                                       \
            goto cleanup;                                                                          \
        }                                                                                          \
    } while (0)

/* ------------------------------------------------------------------------
 * The model laid out in blocks of lines (blocks.c; its lines laid by
 * lay.c)
 * ---------------------------------------------------------------------- */

/* The figures drawn in the accent colour (when the template wants them):
 * quantities, not years, dates, durations or document numbers. */
bulletin_status bl_pdf_pick_accent_figures(ctx *c);

/* Lays out every block of the document, in reading order (c->blocks,
 * c->lines, c->glyphs, c->tables); pages come later (paginate.c). */
bulletin_status bl_pdf_collect(ctx *c);

/* A piece of a block's text. */
typedef struct {
    const bulletin_node *node; /* whose text it is */
    const char *text;
    size_t len;
    bool own;                  /* the node's own text (glyphs' src are its
                                  offsets); else a label: NO_SRC */
    int st;                    /* its style: font role, bold */
} lseg;

/* How a text is laid out. */
typedef struct {
    int st;          /* the block's style: size, pitch, colour, shape */
    double size;     /* pt; 0: the style's */
    int how;         /* LAY_* */
    double x0, measure, indent; /* pt */
    double dy0;      /* the first slot's top below the block's top, pt */
    double pitch;    /* pt between baselines; 0: the style's on the grid */
    bool display;    /* a title or heading: breaks between words */
    bool free_slot;  /* the baseline in the middle of its slot even on a
                        fixed grid (table cells) */
} lopts;

/* The whole text of `node` as one piece in style `st`. */
lseg bl_pdf_seg(const bulletin_node *node, int st);

/* Lays out the pieces sg[0 .. ns) (at most 7) as `o` says and appends
 * their lines and glyphs to c->lines, c->glyphs; *width (may be NULL)
 * gets the widest line's. */
bulletin_status bl_pdf_lay(ctx *c, const lseg *sg, size_t ns, const lopts *o, double *width);
/* Whether layout `lay` is one line, neither forced nor overfull, whose
 * natural width fits `measure` with some room: display text laid out so
 * needs no words (bl_pdf_lay). */
bool bl_pdf_one_line(const bl_layout *lay, double measure);
/* Frees the characters a paragraph was laid out from and their scratch. */
void bl_pdf_free_chars(ctx *c);

/* The natural width of `text` in style `st`, pt. */
bulletin_status bl_pdf_text_width(ctx *c, const char *text, size_t len, int st, double *w);

/* The figure pfig `i` of array `f` (c->figs, c->keeps) is. */
static inline const bl_figure *pfig_at(const ctx *c, const pfig *f, size_t i)
{
    return &c->figitems[f[i]];
}

/* The figures of `node` in array f[0 .. n) (c->figs, c->keeps): [*lo,
 * *hi) (lay.c). */
void bl_pdf_node_span(const ctx *c, const pfig *f, size_t n, const bulletin_node *node, size_t *lo,
                      size_t *hi);

/* Appends a block of the lines from `first_line` to the last (*out);
 * while the text is laid out (bl_pdf_collect), folds them (bl_pdf_fold):
 * they are final.  BULLETIN_ERR_NOMEM. */
bulletin_status bl_pdf_push_block(ctx *c, int kind, int st, const bulletin_node *node,
                                  size_t first_line, pblock **out);

/* A table (tables.c): header rows shaded and repeated after a page break,
 * numeric columns on the decimal point, cells vertically centred. */
bulletin_status bl_pdf_add_table(ctx *c, const bulletin_node *table);

/* Free placement (cover, key figures, furniture): `text` in style `st`
 * at `size` pt (0: the style's), lines `pitch` pt apart (0: 1.25 em),
 * the first baseline at PDF y `y`, on `page`, in `color`; marked meta.
 * Stores the number of lines in *nlines and the widest line's width in
 * *width (either may be NULL). */
bulletin_status bl_pdf_place(ctx *c, const char *text, int st, double size, int how, double x0,
                             double measure, double y, double pitch, int page, bl_rgb color,
                             size_t *nlines, double *width);

/* A document of at least this many characters is streamed (ctx.stream);
 * 0: every one (tests). */
extern size_t bl_pdf_stream_from;

/* The most glyph records the last render on this thread held at once
 * (ctx.glyphs_high: tests). */
extern _Thread_local size_t bl_pdf_glyphs_high;

/* ------------------------------------------------------------------------
 * Pagination (paginate.c)
 * ---------------------------------------------------------------------- */

/* Sets the baseline grid to `row` pt: c->row, and c->height, the type
 * area's whole number of rows. */
void bl_pdf_set_grid(ctx *c, double row);

/* Puts every block on its page (c->blocks[].page, .top; c->lines[].page,
 * .y) after c->front pages; sets c->npages and c->last_page_lines, and
 * tightens the grid when that saves a nearly empty last page. */
void bl_pdf_paginate(ctx *c);

/* ------------------------------------------------------------------------
 * Cover, key figures, running header and footer (furniture.c)
 * ---------------------------------------------------------------------- */

/* The running header and the footer of every text page. */
bulletin_status bl_pdf_add_furniture(ctx *c);

/* The cover, on `page`. */
bulletin_status bl_pdf_add_cover(ctx *c, int page);

/* Whether a text is written in traditional characters: of the first 400
 * characters in the first 64 KiB that one script writes and the other does
 * not (國, 發, 經, 億 … against 国, 发, 经, 亿 …), more traditional ones.
 * A simplified bulletin that quotes a traditional name stays simplified. */
bool bl_pdf_is_traditional(const char *text, size_t len);

/* The words the backend adds to a page, in the text's script. */
typedef enum {
    BL_WORD_KEY_FIGURES, /* 关键数据, 關鍵數據: the key page's heading and page label */
    BL_WORD_GROWTH,      /* 增长率, 增長率: the chart's caption */
} bl_pdf_word;
const char *bl_pdf_word_text(const ctx *c, bl_pdf_word w);

/* A key figure's growth line in the text's script: the verb the program
 * writes for a rate with no words of its own (增长5.7%) becomes 增長 in a
 * traditional text (the card of 全國總計 read 增长33.69% under 關鍵數據).
 * In place; the rest of the line is the text's own words. */
void bl_pdf_growth_in_script(char *line, bool traditional);

/* The key-figures page, on `page`: cards for keys[0 .. nkeys)
 * (bl_select_key_figures) and the chart of the growth series
 * (ctx.bars: bl_select_growth_series). */
bulletin_status bl_pdf_add_key_figures(ctx *c, int page, const bl_key_figure *keys, size_t nkeys);

/* ------------------------------------------------------------------------
 * The structure tree (tags.c)
 * ---------------------------------------------------------------------- */

/* A new element of `type` under `parent` (0: the Document) in reading
 * group `group`; its number, or 0 when out of memory (c->tag_oom). */
int bl_pdf_tag_new(ctx *c, int type, int parent, int group);

/* Lines first .. c->nlines - 1 belong to element `tag`. */
void bl_pdf_tag_lines(ctx *c, size_t first, int tag);

/* Sets the alternate text of element `tag`. */
bulletin_status bl_pdf_tag_alt(ctx *c, int tag, const char *alt);

/* The elements of the text (c->blocks, in reading order): headings,
 * paragraphs, lists, tables, the parts of an official document; marks
 * the repeated table headers as artifacts.  After the furniture. */
bulletin_status bl_pdf_tag_text(ctx *c);

/* Makes `tag` (0: an artifact of kind `art`) the marked content that is
 * open on page `pageno` of `page`, closing what was; then draws (draw.c
 * calls back) nothing itself.  *opened tells whether it began anew. */
bulletin_status bl_pdf_mc(ctx *c, HPDF_Page page, int pageno, int tag, int art, bool *opened);

/* Closes what is open on page `pageno` (1-based). */
bulletin_status bl_pdf_mc_close(ctx *c, HPDF_Page page, int pageno);

/* Writes the structure tree (StructTreeRoot, elements, ParentTree,
 * RoleMap) as text into c->tagtext for compact.c, each page's
 * /StructParents, and the catalog's /MarkInfo, /Lang and
 * /ViewerPreferences.  The last objects made before the save. */
bulletin_status bl_pdf_write_tags(ctx *c, HPDF_Page *pages);

void bl_pdf_free_tags(ctx *c);

/* Frees the elements' alternate texts (bl_pdf_free_tags does too). */
void bl_pdf_free_alts(ctx *c);

/* A UTF-16BE text string of UTF-8 `text` (info.c): the information
 * dictionary, outline titles, page labels, alternate texts. */
bulletin_status bl_pdf_utf16(ctx *c, HPDF_Dict dict, const char *key, const char *text);

/* ------------------------------------------------------------------------
 * Fonts and missing characters (embed_font.c)
 * ---------------------------------------------------------------------- */

/* Reports every character of the text (not the furniture) that no face
 * has; BULLETIN_ERR_FONT for the first with BULLETIN_RENDER_STRICT. */
bulletin_status bl_pdf_report_missing(ctx *c);

/* Folds the lines laid out since the last fold (c->lines[c->folded_lines
 * .. c->nlines)): plans their gaps, then adds what their glyphs need to
 * c->fold, each face's code points and variants.  The gaps beyond a
 * glyph's advance that an extractor would read as a space (1/4 em
 * between Chinese and Latin, a stretched word space, a mark wider than
 * its glyph: 0.08 em or more): pglyph.extra, drawn inside a copy of the
 * glyph with a wider advance; a full-width space inside a line narrowed
 * to a word space, the rest of its em in the glyph before it; each box's
 * carrier.  Each block of the text is folded once it is pushed (every
 * line of it is final then), the rest (front pages, furniture, a table's
 * repeated header rows) once the layout is final, before the faces
 * load.  A line folded twice (a header row and its copies share glyphs)
 * gets the same gaps again.  BULLETIN_ERR_NOMEM. */
bulletin_status bl_pdf_fold(ctx *c);

/* Frees c->fold and c->miss. */
void bl_pdf_free_fold(ctx *c);

/* Line pl's glyphs: plans their gaps again (bl_pdf_fold did once, before
 * they were dropped), makes those whose face's subset has no glyph boxes
 * (reported as bl_pdf_check_glyphs does) and assigns their codes
 * (bl_pdf_assign_codes): a streamed render's line laid out again.
 * BULLETIN_ERR_FONT with BULLETIN_RENDER_STRICT. */
bulletin_status bl_pdf_ready_line(ctx *c, size_t li);

/* Subsets face `id` to the code points drawn with it (c->fold), adds the
 * copies its glyphs need (ttf.h) and numbers them; sets
 * c->faces[id].used when it has any.  After bl_pdf_fold of every line. */
bulletin_status bl_pdf_load_face(ctx *c, int id);

/* Every glyph's code (pglyph.code): its variant's when it has an extra
 * gap, else its code point's.  After bl_pdf_check_glyphs.  (A streamed
 * render's text: bl_pdf_ready_line.) */
void bl_pdf_assign_codes(ctx *c);

/* The Type 0 font of a used face, its program deflating meanwhile
 * (bl_pdf_finish_deflate writes it before the save). */
bulletin_status bl_pdf_make_font(ctx *c, pface *f);

/* Characters whose face's subset has no glyph for them become boxes,
 * reported like missing characters. */
bulletin_status bl_pdf_check_glyphs(ctx *c);

/* ------------------------------------------------------------------------
 * Streams deflated with libdeflate (deflate.c)
 * ---------------------------------------------------------------------- */

/* Copies the `n` bytes of memory stream `st` to `out`; false when it
 * holds fewer. */
bool bl_pdf_stream_bytes(HPDF_Stream st, unsigned char *out, size_t n);

/* Deflates the data of stream dictionary `d` (a memory stream) now. */
bulletin_status bl_pdf_predeflate(ctx *c, HPDF_Dict d);
/* bl_pdf_predeflate of stream `d` followed by the `n` bytes at `more`,
 * straight from `more` when `d` is empty. */
bulletin_status bl_pdf_predeflate_with(ctx *c, HPDF_Dict d, const void *more, size_t n);

/* Starts deflating `n` bytes at `src` (alive until bl_pdf_finish_deflate)
 * for FontFile2 stream `stream`: in a thread of its own unless
 * BULLETIN_RENDER_ONE_THREAD or none can be started. */
bulletin_status bl_pdf_start_deflate(ctx *c, pdeflate *j, const unsigned char *src, size_t n,
                                     HPDF_Dict stream);

/* Waits for the job and writes its result into its stream. */
bulletin_status bl_pdf_finish_deflate(ctx *c, pdeflate *j);

/* Waits for the job if it runs and frees it; the job is then empty. */
void bl_pdf_free_deflate(ctx *c, pdeflate *j);

/* ------------------------------------------------------------------------
 * Object streams (compact.c)
 * ---------------------------------------------------------------------- */

/* Rewrites libharu's file `s` (`n` bytes) as PDF 1.7 with object
 * streams, a cross-reference stream and an /ID: *out (allocated with
 * c->mem), *outlen. */
bulletin_status bl_pdf_compact(ctx *c, const unsigned char *s, size_t n, unsigned char **out,
                               size_t *outlen);

/* ------------------------------------------------------------------------
 * Drawing (draw.c)
 * ---------------------------------------------------------------------- */

/* Adds the c->npages pages to the document (stored in `pages`) and draws
 * the shapes, the lines and the table rules on them, a page at a time,
 * each page added as it is drawn: each page's content stream is deflated
 * (bl_pdf_predeflate) as soon as it is complete, so what libharu holds
 * until the save is compressed, and the memory of the lines and glyphs
 * no later page draws is given back (their contents are then undefined:
 * the caller frees them next).  Then names on each page the fonts it
 * draws with.  c->mcrs ends in the
 * document's drawing order (pmcr.seq).  The fonts must be made
 * (embed_font.c). */
bulletin_status bl_pdf_draw(ctx *c, HPDF_Page *pages);

/* A streamed render (ctx.stream): draws the pages before `page` not yet
 * drawn, then the glyphs no page from `page` on draws are dropped
 * (bl_pdf_replay calls it as the text is laid out again, its lines
 * before `end` laid out; `page` past the last: every page). */
bulletin_status bl_pdf_draw_before(ctx *c, int page, size_t end);

/* The arrays of one of the two layouts: while the text is laid out
 * again, the ctx holds the replay's and this the first pass's (the one
 * paginated and drawn); swapped to copy a block's glyphs and draw. */
struct pplay {
    pline *lines;
    size_t nlines, cap_lines;
    pblock *blocks;
    size_t nblocks, cap_blocks;
    ptable *tables;
    size_t ntables, cap_tables;
    pglyph *glyphs;
    size_t nglyphs, cap_glyphs;
    struct podd_nat *odd_nat;
    size_t nodd_nat, cap_odd_nat;
    size_t nlines_laid, present_from, glyphs_dropped;
    size_t block;             /* the first pass's block laid out next */
    size_t end;               /* ... and its first line */
    /* draws the pages before `page` whose lines before `end` are laid
     * out (draw.c: bl_pdf_draw_before) */
    bulletin_status (*ready)(ctx *c, int page, size_t end);
};

/* Lays the text out again (bl_pdf_collect), a streamed render's: each
 * block's glyphs into ctx.glyphs as it is pushed (its lines' `first`
 * set), made ready (bl_pdf_ready_line), and every page before the next
 * block's first drawn (`ready`: bl_pdf_draw_before), its glyphs then
 * dropped but those of header rows a later page repeats.  Inside
 * bl_pdf_draw. */
bulletin_status bl_pdf_replay(ctx *c, bulletin_status (*ready)(ctx *c, int page, size_t end));

/* Swaps the layout's arrays of ctx with those of `p` (lay.c). */
void bl_pdf_swap_layout(ctx *c, struct pplay *p);

/* Drops the glyphs of every text line from c->present_from up to line
 * `keep` (not included) but the `npin` lines pin[] (sorted, present,
 * before `keep`), moving theirs and those of lines keep .. end - 1 down
 * to `base` (the glyphs below it are not the text's: a streamed render's
 * furniture): the lines' `first` follow, the dropped lines' become their
 * own index; c->present_from becomes `keep`.  BULLETIN_ERR_NOMEM. */
bulletin_status bl_pdf_drop_glyphs(ctx *c, size_t base, size_t keep, size_t end,
                                   const uint32_t *pin, size_t npin);

/* ------------------------------------------------------------------------
 * Document information, outline, page labels (info.c)
 * ---------------------------------------------------------------------- */

/* The information dictionary: title, author, subject, keywords, creator
 * and the dates (opts->epoch, else the front matter's date). */
bulletin_status bl_pdf_set_info(ctx *c);

/* The outline: the title (page 1) with every heading and run-in item
 * under it, nested by level, opened: its entries as records (c->outl),
 * its root's object and the catalog's /Outlines and /PageMode. */
bulletin_status bl_pdf_add_outline(ctx *c);

/* The outline's root and entries as text into c->outtext for compact.c,
 * numbered after the structure tree's objects: after bl_pdf_write_tags,
 * the last thing before the save.  Frees the entries. */
bulletin_status bl_pdf_write_outline(ctx *c, HPDF_Page *pages);

void bl_pdf_free_outline(ctx *c);

/* Page labels: 封面 and 关键数据 for the front pages, then 1, 2, ... */
bulletin_status bl_pdf_add_page_labels(ctx *c);

#endif
