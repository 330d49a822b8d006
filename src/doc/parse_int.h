/*
 * parse_int.h - what the parser's files share (src/doc only).
 *
 * The parser works in two passes over the body lines: parse.c splits the
 * input into lines (after the front matter), lines.c decodes and
 * classifies each one (reflow.c splits lines that hold a whole flattened
 * document and decides which hard-wrapped lines join; title.c finds the
 * title; docparts.c the parts of an official document), then parse.c
 * builds the tree in source order (tables.c: table rows).
 */
#ifndef BL_PARSE_INT_H
#define BL_PARSE_INT_H

#include "bulletin_int.h"

/* Code points of the text being turned into a node, each with its source
 * line and column. */
typedef struct {
    uint32_t *cp;
    int *col;
    int *ln;
    size_t n, cap;
} cpline;

/* Where a line's code points were last decoded: valid while the line's
 * bytes (off, len) are the same, so a line moved, split or trimmed is
 * decoded again rather than read stale. */
typedef struct {
    size_t off, len;  /* the bytes decoded */
    size_t cp0, n;    /* their code points: decoded.cp[cp0 .. cp0 + n) */
} line_cp;

/* Each body line decoded once (lines.c): the passes decode the same line
 * a dozen times, and a copy of its code points costs a fraction of
 * decoding its UTF-8 again. */
typedef struct {
    uint32_t *cp;       /* code points of every decoded line, as written */
    size_t n, cap;
    line_cp *at;        /* by line index */
    size_t nat;
    bool dropped;       /* freed before the nodes are built: decode again */
} line_cache;

/* What a (virtual) body line is. */
typedef enum {
    LK_BLANK = 0,
    LK_TEXT,       /* a paragraph, or part of one */
    LK_TITLE,      /* consumed by the title */
    LK_SUBTITLE,   /* ——2024年1月23日在……会议上 */
    LK_SPEAKER,    /* 广东省省长　王伟中 */
    LK_HEADING,
    LK_TABLE,      /* a table row */
    LK_RULE,       /* a table's |---|---| rule */
    LK_DOCNUMBER,  /* 国办发〔2024〕12号 */
    LK_SALUTATION, /* 各市、州人民政府： */
    LK_ATTACH,     /* 附件：1.…… (starts ATTACHMENTS) */
    LK_ATTACH_ITEM,/* 2.…… under it */
    LK_SIGNATURE,  /* the issuing office */
    LK_DATE,       /* 2024年3月5日 */
    LK_DOCTITLE,   /* the title of a document attached after the signature */
    LK_CAPTION,    /* 表1 …… */
    LK_NOTE,       /* 注：…… under a table; 单位：万元 */
    LK_SKIP        /* nothing to build (a title part already used) */
} line_kind;

typedef struct {
    size_t off, len; /* bytes of the line in the input, untrimmed */
    int no;          /* source line number */
    int col0;        /* source column of its first byte */
    unsigned char kind;
    unsigned char join;   /* reflow: joined with the next non-blank line */
    unsigned char level;  /* LK_HEADING: 1..4 */
    unsigned char flat;   /* produced by splitting a flattened line */
    unsigned char unbar;  /* its '|' read as spaces (a unit row's two cells) */
    unsigned char unnum;  /* LK_HEADING without a number (leads.c) */
    unsigned char toc;    /* a line of a table of contents: never joined */
    unsigned shape;       /* LK_TABLE of a shaped table: its number + 1 */
} bl_line;

/* Tables written otherwise than as '|' rows (table_shapes.c): a cell per
 * line, space-separated columns, a whole table on one line.  Their cells
 * are pieces of lines (bl_line ranges), joined; the build makes the
 * nodes when it reaches the table's first line. */
typedef struct {
    size_t piece0, npieces; /* shapes.pieces[piece0 ..); none: empty */
    int line, column;       /* where an empty cell stands */
} shape_cell;

typedef struct {
    size_t cell0, ncells;
    unsigned char kind;     /* row_kind: 0 data, 1 header, 3 group */
} shape_row;

typedef struct {
    size_t row0, nrows;
    size_t first, last;     /* its body lines */
} shape_table;

typedef struct {
    bl_line *pieces;
    size_t npieces, cap_pieces;
    shape_cell *cells;
    size_t ncells, cap_cells;
    shape_row *rows;
    size_t nrows, cap_rows;
    shape_table *tables;
    size_t ntables, cap_tables;
} shape_store;

typedef struct {
    int level, number;
    size_t num_from, num_to; /* the numbering, e.g. "（一）" */
    size_t text_from;        /* heading text starts here */
} heading_match;

typedef struct parser {
    const bulletin_mem *mem;
    const char *path;
    const unsigned char *src; /* the input (BOM skipped) */
    size_t src_len;
    unsigned options;
    bulletin_doc *doc;
    bulletin_diag *diag;
    int line;           /* current line number (front matter, diagnostics) */
    cpline cur;         /* decoded text being turned into a node */
    line_cache decoded; /* the body lines' code points (lines.c) */
    bl_buf out;         /* scratch for normalised text */
    int *colmap;        /* scratch column map */
    int *linemap;       /* scratch line map */
    size_t colmap_cap;
    bl_line *lines;     /* the body lines */
    size_t nlines, cap_lines;
    bulletin_node *open[5]; /* open sections by level (index 1..4) */
    bulletin_node *lead;
    bulletin_node *table;   /* table being filled, or NULL */
    bulletin_node *attachments; /* ATTACHMENTS being filled, or NULL */
    int next_number[5];     /* expected next number per level */
    bool item_para[5];      /* the last item at this level: a numbered paragraph */
    bool level_para[5];     /* an item at this level was read as a numbered
                             * paragraph earlier in the text (never reset) */
    int para_index;
    bool title_done;
    bool body_started;      /* a paragraph or heading was built */
    bool signed_off;        /* a signature or date was built */
    bool title_clauses;     /* normalising a title's line: a space between
                             * two clauses of it is kept (lines.c) */
    bool record_in_title;   /* the title's line ends in the page's record
                             * whose date is the text's DATE */
    size_t record_dated;    /* 1 + the page's record line whose date is the
                             * text's DATE (the text has none of its own);
                             * 0: none */
    int title_line, title_col; /* position of the front-matter title */
    int joined;             /* reflow: lines joined (or that would be) */
    int first_joined_line;
    shape_store shapes;     /* tables of other shapes (table_shapes.c) */
} parser;

/* lines.c ---------------------------------------------------------------- */
/* Inline: every pass tests each code point of a line with it. */
static inline bool bl_p_is_space(uint32_t c)
{
    /* (a Chinese character: two comparisons) */
    if (c > 0x3000)
        return c == 0xFEFF;
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}
/* A column bar of a text table: | ｜, and the box-drawing bars │ ┃
 * (tab40).  Inline: table passes test each code point with it. */
static inline bool bl_p_is_col_bar(uint32_t c)
{
    return c == '|' || c == 0xFF5C || c == 0x2502 || c == 0x2503;
}
/* Format characters that draw nothing: zero-width spaces and joiners, the
 * bidirectional controls, word joiners and invisible operators, the BOM
 * (U+FEFF) and the soft hyphen.  Dropped from the normalised text.  Inline:
 * the normaliser tests each code point of a text with it. */
static inline bool bl_p_is_invisible(uint32_t c)
{
    if (c > 0x2069) /* (a Chinese character: two comparisons) */
        return c == 0xFEFF;
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xAD;
}
bool bl_p_is_digit(uint32_t c);
bool bl_p_is_cjk(uint32_t c);
size_t bl_p_skip_spaces(const uint32_t *cp, size_t n, size_t i);
/* Copies the code points of cp[0..n) that are no spaces into out, at
 * most cap of them: how many, or cap + 1 when there are more. */
size_t bl_p_squeeze(const uint32_t *cp, size_t n, uint32_t *out, size_t cap);
/* Decodes the bytes of lines[first..last] (blank lines skipped) into
 * p->cur, joined without separators except one space between two Latin
 * letters or digits. */
bulletin_status bl_p_decode_lines(parser *p, size_t first, size_t last);
/* Frees the line cache; the lines are decoded from their bytes after it
 * (the nodes' build reads each line about once, and the cache, four bytes
 * a code point, would stay beside the nodes it builds). */
void bl_p_drop_line_cache(parser *p);
/* Decodes one line into p->cur. */
bulletin_status bl_p_decode_line(parser *p, size_t i);
/* Decodes line i into p->cur and gives its text without the spaces at
 * either end: p->cur.cp[*a .. *b). */
bulletin_status bl_p_decode_trimmed(parser *p, size_t i, size_t *a, size_t *b);
/* The end of a run of at most max Chinese numerals (一..十 百 零 〇) at
 * cp[j..to). */
size_t bl_p_han_numerals_end(const uint32_t *cp, size_t j, size_t to, size_t max);
/* The end of a collection's piece number 第N篇 at cp[j..to), else 0. */
size_t bl_p_piece_number_at(const uint32_t *cp, size_t j, size_t to);
/* Whether the text is a newspaper chart's words (leads.c). */
bulletin_status bl_p_is_chart_text(parser *p, bool *yes);
/* The first line at or after i that is not blank (p->nlines if none). */
size_t bl_p_next_nonblank(const parser *p, size_t i);
/* Whether cp[0, n) is a rule drawn with one dash-like character repeated
 * six times or more (------, ______, ======, ——————, ━━━━━━). */
bool bl_p_is_drawn_rule(const uint32_t *cp, size_t n);
/* A site's chrome line over a headline: a short all-Han name or opening
 * hours, no clause's mark (docparts.c). */
bool bl_p_is_chrome_line(const uint32_t *cp, size_t n);
/* Decodes pieces of lines into p->cur, an ideographic space between two
 * pieces (the normaliser keeps it between words of two lines, Latin or
 * Chinese) unless the second has `join` set (a word wrapped). */
bulletin_status bl_p_decode_pieces(parser *p, const bl_line *pieces, size_t n);
/* Gives `node` its text: the normalised and source forms of
 * p->cur.cp[from..to). */
bulletin_status bl_p_set_text(parser *p, bulletin_node *node, size_t from, size_t to);
/* Sets the node's text from a C string (front matter, file name). */
bulletin_status bl_p_set_plain_text(parser *p, bulletin_node *node, const char *s, int line,
                                    int column);
bool bl_p_match_heading(const uint32_t *cp, size_t n, size_t i, heading_match *h);
/* fieldlist.c: whether the heading line li is an item of a list of
 * fields (一、项目名称：…), a numbered paragraph.  Decoding replaces p->cur. */
bulletin_status bl_p_field_list_item(parser *p, size_t li, bool *yes);
/* Line k, a numbered heading line of `level` on its own (not joined, not
 * unnumbered, not a contents entry): *yes, its number and text in *m, the
 * line decoded in p->cur. */
bulletin_status bl_p_list_heading(parser *p, size_t k, int level, heading_match *m, bool *yes);
bulletin_status bl_p_numbering_text(parser *p, const heading_match *h, char **out);
/* Sentence-ending marks: 。！？ and their ASCII forms. */
bool bl_p_is_stop(uint32_t c);
/* Marks that end a clause or a line legitimately: stops, ；：…」』”） etc. */
bool bl_p_is_terminal(uint32_t c);
/* cp[0..n) ends with the name of a kind of organisation (局, 政府, ...). */
bool bl_p_org_suffix(const uint32_t *cp, size_t n);
/* A markdown table's separator row. */
bool bl_p_is_table_rule(const uint32_t *cp, size_t n);
/* Classifies every line (pass 1). */
bulletin_status bl_p_classify(parser *p);

/* docparts.c ------------------------------------------------------------- */
/* Predicates over a trimmed line cp[0..n). */
bool bl_p_is_docnumber(const uint32_t *cp, size_t n);
/* A date line 2024年3月5日 / 二〇二四年三月五日; stores y, m, d and the index
 * where the date starts (after any copied markup). */
bool bl_p_is_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, size_t *start);
bool bl_p_is_org(const uint32_t *cp, size_t n);
bool bl_p_is_salutation(const uint32_t *cp, size_t n);
bool bl_p_is_attach_start(const uint32_t *cp, size_t n);
bool bl_p_is_subtitle(const uint32_t *cp, size_t n);
bool bl_p_is_speaker(const uint32_t *cp, size_t n);
/* A converter's pinyin reading in parentheses at cp[i] (區(qū)): its length
 * in code points, 0 when there is none. */
size_t bl_p_reading_at(const uint32_t *cp, size_t n, size_t i);
/* The reading at cp[i] when it follows a Han character at or after cp[a]
 * (a reading belongs to the character before it): its length, or 0. */
static inline size_t bl_p_reading_after_han(const uint32_t *cp, size_t a, size_t n, size_t i)
{
    return i > a && bl_is_han(cp[i - 1]) ? bl_p_reading_at(cp, n, i) : 0;
}
/* The length of cp[a, b) in code points, a converter's readings after Han
 * characters not counted (中華人民共和國(guó)國家統(tǒng)計(jì)局 is 11). */
static inline size_t bl_p_len_unread(const uint32_t *cp, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; n++) {
        size_t r = bl_p_reading_after_han(cp, a, b, i);
        i += r ? r : 1;
        if (r)
            n--;
    }
    return n;
}
void bl_p_drop_readings(parser *p, size_t a, size_t *b);
bool bl_p_is_caption(const uint32_t *cp, size_t n);
/* docparts.c: whether cp[k..n) after a table's or chart's number refers to
 * it in a sentence (表 1 所列指标…, 图2显示…) rather than names it. */
bool bl_p_caption_refers(const uint32_t *cp, size_t n, size_t k);
/* title.c: where a page's record after the headline on its line starts in
 * cp[a, b) (……總額 2022-10-25 來源:市統計局), else b. */
size_t bl_p_page_record_at(const uint32_t *cp, size_t a, size_t b);
/* docparts.c: the page's record cp[from, to) of p->cur after the title,
 * the text's DATE (p->record_in_title): a DATE node of it as written. */
bulletin_status bl_p_add_record_date(parser *p, size_t from, size_t to);
bool bl_p_is_note(const uint32_t *cp, size_t n);
bool bl_p_is_pub_note(const uint32_t *cp, size_t n);
/* The file name a copy left where a picture was (微信图片_20250731210147,
 * image001.png). */
bool bl_p_is_picture_name(const uint32_t *cp, size_t n);
/* A numbered part of a plan on its own short line, as in its table of
 * contents: 3 预警、监测和信息报告, 3.1 森林火灾预防 (reflow.c). */
/* A table of contents under 目录 (or a title ending in 目录): its short
 * lines up to the first one repeated are no headings (docparts.c). */
bulletin_status bl_p_find_contents(parser *p);
/* Whether line i heads a table of contents (目录, 目 录, or a plan's title
 * ending in 目录); then *end is the line after its entries and *entries
 * their count (docparts.c). */
bulletin_status bl_p_contents_at(parser *p, size_t i, bool *head, size_t *end, size_t *entries);
/* The issuing office under a 公报's title: its SIGNATURE (docparts.c). */
bulletin_status bl_p_find_byline(parser *p, size_t tfirst, size_t tlast);
bool bl_p_is_part_line(const uint32_t *cp, size_t n);
/* A table's row written label, unit and value with spaces (镇 个 20113,
 * 平均标准 元/人、月 373.3); the unit word begins at *unit. */
bool bl_p_is_unit_value_row(const uint32_t *cp, size_t n, size_t *unit);
bool bl_p_ends_with_title_word(const uint32_t *cp, size_t n);
bool bl_p_is_meta_line(const uint32_t *cp, size_t n);
/* A page's metadata table at line i (rows whose first cell is a page's
 * field): *end the line after it, else i. */
bulletin_status bl_p_meta_table_end(parser *p, size_t i, size_t *end);
/* A news dateline: 新华社北京4月21日电, 本报讯. */
bool bl_p_is_dateline(const uint32_t *cp, size_t n);
/* Classifies the parts of an official document among the lines. */
bulletin_status bl_p_find_docparts(parser *p);
/* Builds the node of one part line. */
bulletin_status bl_p_add_part(parser *p, size_t i);
/* Signature and date from the front matter when the text has none. */
bulletin_status bl_p_front_matter_parts(parser *p);

/* title.c ---------------------------------------------------------------- */
/* Finds the title among the first lines (marks them LK_TITLE) and builds
 * the TITLE node when it is not from the text; returns the index of the
 * first title line or nlines. */
bulletin_status bl_p_find_title(parser *p, size_t *first, size_t *last);
bulletin_status bl_p_add_title(parser *p, size_t first, size_t last);
bulletin_status bl_p_add_fallback_title(parser *p);

/* reflow.c --------------------------------------------------------------- */
/* Splits lines that hold several parts of a flattened document. */
bulletin_status bl_p_split_flat(parser *p);
/* A body written as HTML: lines split at its block tags, the tags and
 * spaces at a line's ends left out (html.c). */
bulletin_status bl_p_split_html(parser *p);
/* Decides which TEXT lines are hard-wrapped and joins them. */
/* The mark a page tool leaves where each paragraph ends (hd9): its code
 * points into mk[5] (*n; *letters the Latin ones), *n 0 when none
 * (reflow.c). */
bulletin_status bl_p_paragraph_mark(parser *p, uint32_t *mk, size_t *n, size_t *letters);
bulletin_status bl_p_reflow(parser *p);

/* table_shapes.c --------------------------------------------------------- */
/* Finds the tables of other shapes among the classified lines and marks
 * their lines LK_TABLE with their number. */
bulletin_status bl_p_find_shapes(parser *p);
/* Builds the shaped table whose first line is line li. */
bulletin_status bl_p_add_shaped_table(parser *p, size_t li);
void bl_p_free_shapes(parser *p);
/* A number as a table cell writes it: 1,234.5 -12 3.4% (or a dash for
 * none). */
bool bl_p_is_number_cell(const uint32_t *cp, size_t n);

/* tables.c --------------------------------------------------------------- */
bool bl_p_is_table_row(const uint32_t *cp, size_t n, bool near_table);
bulletin_status bl_p_add_table_row(parser *p, size_t i);
/* After the build: header rows, row kinds and units of every table. */
void bl_p_finish_tables(bulletin_node *root, const bulletin_mem *mem);

/* leads.c ---------------------------------------------------------------- */
/* Marks the headings without a number: a series of paragraphs led by a
 * label and 。, a line of words above a list that starts at 1. */
bulletin_status bl_p_find_unnumbered(parser *p);
bulletin_status bl_p_add_unnumbered(parser *p, size_t li);
/* The term a numbered definition starts with; 0 when none. */
size_t bl_p_definition_term(const uint32_t *cp, size_t from, size_t to, size_t *rest);

/* build.c ---------------------------------------------------------------- */
/* The innermost open section, or NULL (the lead). */
bulletin_node *bl_p_container(parser *p);
bulletin_status bl_p_attach_block(parser *p, bulletin_node *node);
/* Appends a document-level node (closing open sections). */
void bl_p_attach_top(parser *p, bulletin_node *node);
bulletin_status bl_p_add_paragraph(parser *p, size_t from, size_t to);
/* Appends a new line to p->lines; NULL when out of memory. */
bl_line *bl_p_push_line(parser *p);

#endif
