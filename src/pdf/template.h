/*
 * template.h - layout templates (templates/NAME.ini): page, grid, fonts by
 * role, the style of every element, colours, the blocks that appear, and
 * the running header and footer.  Parsed with libinih; every error names
 * the file and line.  Private to the library; the PDF backend reads it.
 *
 * Format (all keys optional unless noted; lengths take the units mm, cm,
 * pt, in or em (of the body size); a bare number is pt):
 *
 *   [template]   name, description (one line, for `bulletin templates`)
 *   [page]       size = A4 | A5 | B5 | letter | W×H (e.g. 210mm x 297mm)
 *                margin_top, margin_bottom, margin_left, margin_right
 *                (or type_width / type_height: the type area, centred
 *                horizontally when margin_left is not given)
 *   [grid]       body_size, line_pitch | lines_per_page, chars_per_line
 *                (with chars_per_line the body is sized to fill the type
 *                width exactly: size = type_width / chars_per_line)
 *   [style.E]    for E in title subtitle lead heading1 heading2 heading3
 *                heading4 body cell header footer folio cover_title
 *                cover_subtitle cover_meta key_value key_label docnumber
 *                speaker salutation attachment signature date doctitle
 *                caption note cell_head (the last ten, when not set,
 *                follow the body, the title and the cell):
 *                role = song | hei | kai | fangsong | xiaobiaosong | latin
 *                size (pt, or em of the final body size), pitch (grid
 *                rows), before, after (grid rows),
 *                align = left | center | right | justify,
 *                indent (em), color, bold = yes | no (a stroked outline:
 *                no bold faces are mapped), shape = free | trapezoid
 *                (wrapped titles: GB/T 9704 梯形, never wider on top),
 *                numbering_role (headings: the role of
 *                the numbering, e.g. hei for 一、; parsed, not yet drawn:
 *                the numbering takes the heading's role)
 *   [colors]     accent, text, rule, band, muted: #RRGGBB
 *   [blocks]     cover, key_figures, contents (parsed; no contents page
 *                is drawn yet), outline: yes | no;
 *                key_figures_count (6..8), figures_in_accent: yes | no
 *   [header]     text (fields {title} {short_title} {issuer} {date}
 *                {page} {pages}), rule: yes | no, on_first: yes | no
 *   [footer]     text, align = center | outside | inside | left | right,
 *                offset (from the type area's bottom edge to the middle of
 *                the footer line, where the dashes of "— N —" sit),
 *                indent (from the type area's edge)
 *   [fonts]      ROLE = FILE[:INDEX]: an explicit font file for a role,
 *                relative to the fonts folder (or absolute); tried before
 *                fonts/fonts.ini's candidates.  A file that does not exist
 *                is an error of the render with this file:line.
 *
 * Header and footer lines are drawn on the text pages only (not on the
 * cover or the key-figures page); {page} is the number printed, counted
 * from the first text page, {pages} the number of text pages.
 */
#ifndef BL_TEMPLATE_H
#define BL_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "bulletin_int.h"
#include "fonts.h"

typedef enum {
    BL_EL_TITLE,
    BL_EL_SUBTITLE,
    BL_EL_LEAD,
    BL_EL_H1,
    BL_EL_H2,
    BL_EL_H3,
    BL_EL_H4,
    BL_EL_BODY,
    BL_EL_CELL,
    BL_EL_HEADER,
    BL_EL_FOOTER,
    BL_EL_FOLIO,
    BL_EL_COVER_TITLE,
    BL_EL_COVER_SUBTITLE,
    BL_EL_COVER_META,
    BL_EL_KEY_VALUE,
    BL_EL_KEY_LABEL,
    /* the parts of an official document and of tables; a template that
     * does not set one derives it (template.c, derive_parts) */
    BL_EL_DOCNUMBER,  /* 文号, centred above the title */
    BL_EL_SPEAKER,    /* 省长　王伟中, centred under the subtitle */
    BL_EL_SALUTATION, /* 主送机关, flush left */
    BL_EL_ATTACHMENT, /* 附件说明: indent, items after the first hanging */
    BL_EL_SIGNATURE,  /* 落款: centred over the date */
    BL_EL_DATE,       /* 成文日期: right, `indent` em of room on its right */
    BL_EL_DOCTITLE,   /* an attached document's own title */
    BL_EL_CAPTION,    /* above a table */
    BL_EL_NOTE,       /* under a table */
    BL_EL_CELL_HEAD,  /* a table's header row (shaded, repeated) */
    BL_EL_TURN,       /* a transcript's speaker over their turn, flush left */
    BL_EL_COUNT
} bl_element;

typedef enum { BL_TALIGN_LEFT, BL_TALIGN_CENTER, BL_TALIGN_RIGHT, BL_TALIGN_JUSTIFY } bl_talign;

typedef enum {
    BL_FOLIO_CENTER,
    BL_FOLIO_OUTSIDE, /* odd pages right, even pages left */
    BL_FOLIO_INSIDE,
    BL_FOLIO_LEFT,
    BL_FOLIO_RIGHT
} bl_folio_align;

typedef struct {
    double r, g, b; /* 0..1 */
} bl_rgb;

/* Line shapes of balanced text: layout.h BL_SHAPE_* */
typedef enum { BL_TSHAPE_FREE, BL_TSHAPE_TRAPEZOID } bl_tshape;

typedef struct {
    bl_font_role role;
    bl_font_role numbering_role; /* headings: the role of 一、（一）… */
    double size;                 /* pt */
    double pitch;                /* grid rows per line */
    double before, after;        /* grid rows */
    bl_talign align;
    double indent;               /* first-line indent, em of the element */
    bl_rgb color;
    bool bold;                   /* stroked: no bold faces are mapped */
    bl_tshape shape;             /* wrapped display lines: free, trapezoid */
} bl_style;

#define BL_TEMPLATE_TEXT_MAX 256

typedef struct {
    char name[64];
    char description[BL_TEMPLATE_TEXT_MAX];
    char path[1024];              /* the file it came from */
    double page_w, page_h;        /* pt */
    double margin_top, margin_bottom, margin_left, margin_right; /* pt */
    double body_size;             /* pt: the em of the grid */
    double line_pitch;            /* pt: the baseline grid */
    int lines_per_page;           /* 0: as many as fit */
    int chars_per_line;           /* 0: free */
    bl_style style[BL_EL_COUNT];
    bl_rgb accent, text, rule, band, muted;
    bool cover, key_figures, contents, outline, figures_in_accent;
    int key_figures_count;
    char header[BL_TEMPLATE_TEXT_MAX];
    bool header_rule, header_on_first;
    char footer[BL_TEMPLATE_TEXT_MAX];
    bl_folio_align footer_align;
    double footer_offset;         /* pt from the type area to the line middle */
    double footer_indent;         /* pt from the type area's edge */
    /* [fonts] ROLE = FILE[:INDEX]: an explicit file for the role, tried
     * before fonts.ini's candidates; relative to the fonts folder.  ""
     * when none.  font_line is its line in the template. */
    char font_file[BL_FONT_ROLE_COUNT][256];
    int font_line[BL_FONT_ROLE_COUNT];
} bl_template;

/* The keys a template may set, one row each (template.c), ending with a
 * row whose section is NULL.  "style.*" stands for every [style.E]; the
 * [fonts] section takes the font roles as keys and is not listed. */
typedef enum {
    BL_KEY_TEXT,      /* one line of UTF-8 */
    BL_KEY_PAGE_SIZE, /* A4 | A5 | B5 | A3 | letter | W x H */
    BL_KEY_LENGTH,    /* NUMBER[mm|cm|pt|in|em], lo..hi pt */
    BL_KEY_SIZE,      /* a font size: lo..hi pt, or 0.25em..10em of the body */
    BL_KEY_NUMBER,    /* lo..hi */
    BL_KEY_INT,       /* a whole number lo..hi */
    BL_KEY_BOOL,      /* yes | no */
    BL_KEY_COLOR,     /* #RRGGBB */
    BL_KEY_ENUM,      /* one of names[] */
    BL_KEY_ROLE       /* a font role */
} bl_template_key_type;

enum {
    BL_EM_BODY = 1, /* em is the body size set so far */
    BL_EM_LATER = 2 /* em is kept as a factor of the final body size */
};

typedef struct {
    const char *section, *key;
    bl_template_key_type type;
    double lo, hi;
    int em_basis;       /* BL_EM_*, 0: no em */
    const char *expect; /* what a good value looks like, for errors */
    int where;          /* template, loader or element style */
    size_t offset, size;
    int flag; /* offset in the loader of a bool set with the key, or -1 */
    const char *const *names;
} bl_template_key;

extern const bl_template_key bl_template_keys[];

/* The built-in default (the brochure's values), for tests and fallback. */
void bl_template_defaults(bl_template *t);

/* Loads a template: `name` is a path (contains '/' or ends in .ini) or a
 * name looked up as DIR/NAME.ini (DIR: `dir`, NULL for "templates").
 * Unknown sections and keys, bad values and a file that cannot be read
 * are errors (BULLETIN_ERR_TEMPLATE) with file:line in `diag`. */
bulletin_status bl_template_load(const char *name, const char *dir, bl_template *t,
                                 bulletin_diag *diag);

/* Loads from a string (tests); `path` names it in diagnostics. */
bulletin_status bl_template_load_string(const char *text, const char *path, bl_template *t,
                                        bulletin_diag *diag);

/* Expands {title} {short_title} {issuer} {date} {page} {pages} in `pattern`
 * into `out` (always NUL-terminated).  Unknown fields stay as written. */
void bl_template_expand(const char *pattern, const bulletin_doc *doc, int page, int pages,
                        char *out, size_t size);

/* The short title of a document: the title after its last "：" (湖北：发布…
 * -> 发布…), at most 24 characters. */
void bl_template_short_title(const bulletin_doc *doc, char *out, size_t size);

/* Whether the document's title is only its file name (no title line and
 * no front-matter title: the parser warned): such a title is the PDF's
 * metadata, never typeset (no title block, no cover, an empty
 * {short_title}). */
bool bl_template_untitled(const bulletin_doc *doc);

#endif
