/*
 * bulletin.h - the public interface of libbulletin, and its manual.
 *
 * libbulletin parses a Chinese government bulletin written as plain text
 * (the format is specified in README.md, "Input format") into a document
 * model, and renders that model to other formats.  The model is a tree of
 * opaque nodes; backends walk it with the iterator declared below.
 *
 * Conventions
 *  - Every fallible function returns bulletin_status and, when given a
 *    bulletin_diag, fills it with the place and reason of the failure.
 *  - The library never prints and never exits.  Warnings are collected in
 *    the document (bulletin_doc_warning_count / bulletin_doc_warning).
 *  - Strings are UTF-8.  Every string returned by an accessor is owned by
 *    the document and lives until bulletin_doc_free().
 *  - Lines and columns are 1-based; a column counts characters (Unicode
 *    code points), not bytes.  0 means "unknown".
 *  - Memory goes through a bulletin_mem; when an allocation fails the
 *    function returns BULLETIN_ERR_NOMEM and leaks nothing.
 */
#ifndef BULLETIN_H
#define BULLETIN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BULLETIN_VERSION "0.1.0"

/* The version of the library the program runs with ("0.1.0"). */
const char *bulletin_version(void);

/* The folder the data files were installed to ($PREFIX/share/bulletin):
 * fonts/fonts.ini and templates/NAME.ini, for bulletin_render_opts'
 * fonts_dir and templates_dir. */
const char *bulletin_data_dir(void);

/* ------------------------------------------------------------------------
 * Status and diagnostics
 * ---------------------------------------------------------------------- */

typedef enum {
    BULLETIN_OK = 0,
    BULLETIN_ERR_NOMEM,    /* an allocation failed */
    BULLETIN_ERR_IO,       /* a file could not be read or written */
    BULLETIN_ERR_ENCODING, /* the input is not valid UTF-8 text */
    BULLETIN_ERR_SYNTAX,   /* the input breaks a rule of the bulletin format */
    BULLETIN_ERR_LIMIT,    /* the input exceeds a documented size limit */
    BULLETIN_ERR_FONT,     /* no usable font, or a font file is broken */
    BULLETIN_ERR_TEMPLATE, /* a template file is broken */
    BULLETIN_ERR_PDF,      /* the PDF backend failed */
    BULLETIN_ERR_XLSX,     /* the XLSX backend failed */
    BULLETIN_ERR_USAGE,    /* the caller passed invalid arguments */
    BULLETIN_STATUS_COUNT  /* sentinel, not a status */
} bulletin_status;

/* A short English description of `status`, e.g. "out of memory".  Never
 * NULL; out-of-range values give "unknown status". */
const char *bulletin_strerror(bulletin_status status);

typedef enum {
    BULLETIN_SEVERITY_ERROR = 0,
    BULLETIN_SEVERITY_WARNING = 1
} bulletin_severity;

/* Where and why something failed (or deserves a warning).  Caller-owned;
 * `path` is borrowed from the caller of the parse or render function. */
typedef struct {
    bulletin_status status;
    bulletin_severity severity;
    const char *path;    /* may be NULL: then `file`, when set, names it */
    char file[256];      /* a copy of a path the library made up itself (a
                            font map, a template), valid after the call */
    int line, column;    /* 1-based, column in code points; 0 = unknown */
    long backend_code;   /* lxw_error or HPDF error_no; 0 if none */
    long backend_detail; /* HPDF detail_no; 0 if none */
    char message[256];   /* UTF-8, lower-case start, no trailing newline */
} bulletin_diag;

/* Resets `diag` to "no error". */
void bulletin_diag_clear(bulletin_diag *diag);

/* Formats `diag` the GNU way, "PATH:LINE:COLUMN: error: MESSAGE", into
 * `buf` (always NUL-terminated, truncated to `size`).  The path is
 * `path`, else `file`, else "-"; line and column are left out when
 * unknown.  Returns the
 * length the full text would have, like snprintf. */
int bulletin_diag_format(const bulletin_diag *diag, char *buf, size_t size);

/* ------------------------------------------------------------------------
 * Memory
 * ---------------------------------------------------------------------- */

/* Allocation hooks.  Every allocation of the library goes through these.
 * A hook that fails returns NULL; the library then returns
 * BULLETIN_ERR_NOMEM and frees what it had built. */
typedef struct bulletin_mem {
    void *(*calloc)(size_t count, size_t size);
    void *(*realloc)(void *ptr, size_t size);
    void (*free)(void *ptr);
} bulletin_mem;

/* The libc allocator.  Never NULL. */
const bulletin_mem *bulletin_default_mem(void);

/* ------------------------------------------------------------------------
 * Parsing
 * ---------------------------------------------------------------------- */

typedef struct bulletin_doc bulletin_doc;
typedef struct bulletin_node bulletin_node;

/* Option flags for bulletin_parse. */
enum {
    BULLETIN_OPT_DEFAULT = 0,
    /* Keep ASCII punctuation and spaces as written (no normalisation). */
    BULLETIN_OPT_KEEP_PUNCTUATION = 1 << 0,
    /* Treat warnings as errors: the first warning fails the parse. */
    BULLETIN_OPT_STRICT = 1 << 1,
    /* Keep every source line as written: no joining of hard-wrapped lines
     * (text copied from a PDF) into paragraphs. */
    BULLETIN_OPT_KEEP_LINES = 1 << 2
};

/* Limits that protect memory; inputs beyond them fail with
 * BULLETIN_ERR_LIMIT and a diagnostic. */
#define BULLETIN_MAX_INPUT ((size_t)64 << 20) /* 64 MiB: 100x a long report */
#define BULLETIN_MAX_WARNINGS 1000 /* further warnings are counted, not kept */
#define BULLETIN_MAX_FIELD 1000    /* characters of a front-matter value (title, issuer …) */

/* Parses `len` bytes of bulletin text.  `path` names the input in
 * diagnostics (borrowed; it must outlive the document); NULL or "-" means
 * standard input.  `mem` may be NULL for the libc allocator.  On success
 * stores a new document in *out (free it with bulletin_doc_free) and
 * returns BULLETIN_OK; on failure stores NULL, fills `diag` (may be NULL)
 * and returns the status.  The input buffer may be freed afterwards: the
 * document owns copies of all its text. */
bulletin_status bulletin_parse(const char *text, size_t len, const char *path,
                               unsigned options, const bulletin_mem *mem,
                               bulletin_doc **out, bulletin_diag *diag);

/* Reads the file at `path` ("-" for standard input) and parses it. */
bulletin_status bulletin_parse_file(const char *path, unsigned options,
                                    const bulletin_mem *mem,
                                    bulletin_doc **out, bulletin_diag *diag);

/* Frees the document, all its nodes and strings.  NULL is a no-op. */
void bulletin_doc_free(bulletin_doc *doc);

/* ------------------------------------------------------------------------
 * Document
 * ---------------------------------------------------------------------- */

/* Front-matter keys.  BULLETIN_META_TITLE is always set after a parse
 * (from the front matter, else the first non-blank line). */
typedef enum {
    BULLETIN_META_TITLE = 0,
    BULLETIN_META_SUBTITLE,
    BULLETIN_META_ISSUER,
    BULLETIN_META_DATE,   /* YYYY-MM-DD or YYYY-MM (a month), validated */
    BULLETIN_META_REGION,
    BULLETIN_META_YEAR,
    BULLETIN_META_SOURCE,
    BULLETIN_META_TEMPLATE,
    BULLETIN_META_COUNT   /* sentinel */
} bulletin_meta;

/* The key's name as written in front matter ("title", ...); NULL when out
 * of range. */
const char *bulletin_meta_name(bulletin_meta key);

/* The value of `key`, or NULL when absent.  Owned by the document. */
const char *bulletin_doc_meta(const bulletin_doc *doc, bulletin_meta key);

/* The root node (type BULLETIN_NODE_DOCUMENT). */
const bulletin_node *bulletin_doc_root(const bulletin_doc *doc);

/* The SHA-256 of the input bytes as 64 lower-case hex digits. */
const char *bulletin_doc_sha256(const bulletin_doc *doc);

/* Size of the input in bytes, and in characters after decoding. */
size_t bulletin_doc_input_bytes(const bulletin_doc *doc);

/* The input as given to the parser (a byte-order mark included), and the
 * BULLETIN_OPT_* options it was parsed with: parsing them again gives the
 * same document. */
const char *bulletin_doc_source(const bulletin_doc *doc, size_t *len);
unsigned bulletin_doc_options(const bulletin_doc *doc);

/* The path given to the parser, or "-" for standard input; bytes that are
 * not UTF-8 and control characters are shown as \xHH. */
const char *bulletin_doc_path(const bulletin_doc *doc);

/* Warnings collected while parsing, in source order. */
size_t bulletin_doc_warning_count(const bulletin_doc *doc);
const bulletin_diag *bulletin_doc_warning(const bulletin_doc *doc, size_t i);

/* The number of warnings that were not kept beyond BULLETIN_MAX_WARNINGS. */
size_t bulletin_doc_warnings_dropped(const bulletin_doc *doc);

/* Checks the tree's invariants (links, levels, positions).  Returns
 * BULLETIN_OK or BULLETIN_ERR_USAGE with a message in `diag`.  Run by the
 * parser itself in debug and test builds. */
bulletin_status bulletin_doc_check(const bulletin_doc *doc, bulletin_diag *diag);

/* ------------------------------------------------------------------------
 * Figures
 * ---------------------------------------------------------------------- */

/* Every quantity of the text is a figure: found by the parser in the
 * title, headings, paragraphs and table cells, in reading order.  The
 * rules (units, qualifiers, kinds, change links, labels) are documented
 * in src/figures/figures.h and README.md.  The kinds are defined once in
 * src/figures/kinds.def; this enum repeats them, in the same order, and
 * the build checks that it agrees (src/figures/kinds.c). */
typedef enum {
    BULLETIN_FIGURE_COUNT = 0, /* things counted: 1070个, 85199人次 */
    BULLETIN_FIGURE_AMOUNT,    /* money: 127.16亿元 */
    BULLETIN_FIGURE_QUANTITY,  /* physical units: 4707.6千公顷 */
    BULLETIN_FIGURE_PERCENT,   /* %, ‰, 成 */
    BULLETIN_FIGURE_RATIO,     /* a part of 6.01:55.04:38.95 */
    BULLETIN_FIGURE_RANK,      /* 第6, 第2位, 前10, 20强 */
    BULLETIN_FIGURE_DURATION,  /* 3年, 10个月, 15个工作日 */
    BULLETIN_FIGURE_DATE,      /* 9月1日, 2024年7月1日 (year, month, day) */
    BULLETIN_FIGURE_YEAR,      /* 2023年 */
    BULLETIN_FIGURE_RANGE,     /* an end of 0—14岁, 2021—2023年 */
    BULLETIN_FIGURE_MULTIPLE,  /* 1.5倍 */
    BULLETIN_FIGURE_IDENTIFIER, /* GB/T 29490—2013, 鄂知发〔2025〕2号 */
    BULLETIN_FIGURE_POINTS,    /* a change in points: 1.5个百分点 */
    BULLETIN_FIGURE_KIND_COUNT /* sentinel */
} bulletin_figure_kind;

#define BULLETIN_NO_LINK ((size_t)-1)

/* A figure, as bulletin_doc_figure() describes it.  Every pointer is owned
 * by the document. */
typedef struct {
    bulletin_figure_kind kind;
    const char *kind_name;    /* "count", "amount", … */
    int parsed;               /* 0: no single number (identifier, overflow) */
    double value;             /* the number as written (3.5 for 下降3.5%) */
    const char *value_text;   /* as written, without thousands separators */
    const char *unit;         /* as written: 亿元, 万户, %, "" */
    const char *base_unit;    /* without the scale: 元, 户 */
    const char *scale;        /* "", 万, 亿 … */
    double norm;              /* value in base units: 127.16亿元 -> 1.2716e10 */
    const char *qualifier;    /* 余 约 超过 以上 …; "" when none */
    int year, month, day;     /* date and year parts; 0 = absent */
    const double *parts;      /* ratio parts, range {low, high} */
    size_t nparts;
    int change;               /* +1 增长…, -1 下降…, 0 not a change */
    double signed_value;      /* -value for a decrease, else value */
    size_t link;              /* index of the figure this one changes, or
                                 BULLETIN_NO_LINK */
    const char *label;        /* the indicator's name; "" when none */
    const char *context;      /* the clause (not NUL-terminated) */
    size_t context_len;
    const bulletin_node *node; /* where it stands */
    size_t offset, length;    /* its bytes in bulletin_node_text(node) */
    int section;              /* level-1 section number, 0 for title/lead */
    int paragraph;            /* paragraph index, 0 for title/headings */
    int line, column;         /* source position (column in characters) */
    int numeral_chinese;      /* written in Chinese numerals (两年) */
    int listed;               /* listed by default (not numeral_chinese,
                                 not an identifier) */
    int part;                 /* a ratio's part or a range's end: its
                                 position, 1-based (parts[part - 1] is the
                                 value); 0 for other figures */
    const char *period;       /* the period a table's column names (2023年,
                                 2024年目标, 本期); "" when none */
} bulletin_figure;

size_t bulletin_doc_figure_count(const bulletin_doc *doc);

/* Describes figure `i` (0-based, reading order) in *out.  Returns
 * BULLETIN_ERR_USAGE when `i` is out of range. */
bulletin_status bulletin_doc_figure(const bulletin_doc *doc, size_t i, bulletin_figure *out);

/* "count", "amount", …; "unknown" when out of range. */
const char *bulletin_figure_kind_name(bulletin_figure_kind kind);

/* ------------------------------------------------------------------------
 * Nodes
 * ---------------------------------------------------------------------- */

/* The tree:
 *
 *   DOCUMENT
 *   ├── TITLE            text = the title (also the TITLE meta)
 *   ├── SUBTITLE         ——2024年1月23日在……会议上
 *   ├── SPEAKER          广东省省长　王伟中
 *   ├── DOCNUMBER        文号: 国办发〔2024〕12号
 *   ├── SALUTATION       主送机关: 各省、自治区、直辖市人民政府：
 *   ├── LEAD             the paragraphs before the first heading
 *   │   └── PARAGRAPH*
 *   ├── SECTION*         level 1 (一、), number, heading
 *   │   ├── PARAGRAPH*
 *   │   ├── CAPTION      表1 2023年某市生产总值 (before its table)
 *   │   ├── TABLE        rows of cells written with '|' or tabs
 *   │   │   └── ROW+ ── CELL+
 *   │   ├── NOTE         注：…… under a table; 单位：万元
 *   │   ├── SECTION*     level 2 （一）, then level 3 1. / 1、, level 4 （1）
 *   │   └── RUNIN*       a run-in heading: a section whose heading is the
 *   │                    lead of its first paragraph (1.强化企业主体地位。)
 *   ├── ATTACHMENTS      附件：
 *   │   └── ATTACHMENT+  1.……
 *   ├── SIGNATURE*       the issuing office(s) (落款)
 *   ├── DATE             成文日期; bulletin_node_value() = "2024-03-05"
 *   └── DOCTITLE         the title of a document attached after the
 *                        signature, followed by its LEAD and SECTIONs
 *
 * A SECTION may skip levels (a level-3 heading directly under a level-1
 * section).  LEAD is present only when the lead has paragraphs; a second
 * LEAD follows the signature when text does.  SIGNATURE and DATE may come
 * from the front matter (issuer, date): then bulletin_node_from_meta() is
 * 1 and they stand last.
 *
 * Compatibility: bulletin_node_get_type() answers the types of version
 * 0.1 (DOCUMENT … CELL) so that a backend that does not know the parts of
 * an official document still prints them: RUNIN answers SECTION, the
 * leaf parts answer PARAGRAPH (with index 0), ATTACHMENTS answers LEAD,
 * and a part taken from the front matter answers NONE.
 * bulletin_node_kind() gives the precise type.
 */
typedef enum {
    BULLETIN_NODE_NONE = 0,
    BULLETIN_NODE_DOCUMENT,
    BULLETIN_NODE_TITLE,
    BULLETIN_NODE_LEAD,
    BULLETIN_NODE_SECTION,
    BULLETIN_NODE_PARAGRAPH,
    BULLETIN_NODE_TABLE,
    BULLETIN_NODE_ROW,
    BULLETIN_NODE_CELL,
    BULLETIN_NODE_DOCNUMBER,
    BULLETIN_NODE_SALUTATION,
    BULLETIN_NODE_ATTACHMENTS,
    BULLETIN_NODE_ATTACHMENT,
    BULLETIN_NODE_SIGNATURE,
    BULLETIN_NODE_DATE,
    BULLETIN_NODE_CAPTION,
    BULLETIN_NODE_NOTE,
    BULLETIN_NODE_RUNIN,
    BULLETIN_NODE_SUBTITLE,
    BULLETIN_NODE_SPEAKER,
    BULLETIN_NODE_DOCTITLE,
    BULLETIN_NODE_TYPE_COUNT /* sentinel */
} bulletin_node_type;

/* The type as version 0.1 knew it (see "Compatibility" above). */
bulletin_node_type bulletin_node_get_type(const bulletin_node *node);

/* The precise type, the parts of an official document included. */
bulletin_node_type bulletin_node_kind(const bulletin_node *node);

/* DATE: the ISO date "2024-03-05" ("" for a date without its year,
 * 12月11日: no year is made up); CELL: the unit of its column or row
 * ("亿元"), when the table names one; "" otherwise. */
const char *bulletin_node_value(const bulletin_node *node);

/* SIGNATURE, DATE: 1 when taken from the front matter (issuer, date)
 * because the text has none; 0 otherwise. */
int bulletin_node_from_meta(const bulletin_node *node);

/* 1 when the node is a line of the web page's record the text was copied
 * from, not of the document: its posting date and source under the
 * headline (`2019-01-29 08:48:53　来源：今日长子　转载`, `发布时间：…`), its
 * publisher over them (`信息发布者：段懿梅`).  A DATE taken from such a line
 * stays the DATE; the dump shows ` record`, the JSON `"record": true`; the
 * PDF leaves it out.  0 otherwise. */
int bulletin_node_is_record(const bulletin_node *node);

/* ROW: "header", "title" (one cell across the table), "group" (a label
 * and empty cells) or "data"; "" for other nodes. */
const char *bulletin_node_row_kind(const bulletin_node *node);

/* The source line of the character at byte `offset` of the node's text:
 * a paragraph joined from hard-wrapped lines spans several lines. */
int bulletin_node_source_line(const bulletin_node *node, size_t offset);

/* "DOCUMENT", "SECTION", ...: the names used by the dump. */
const char *bulletin_node_type_string(bulletin_node_type type);

const bulletin_node *bulletin_node_parent(const bulletin_node *node);
const bulletin_node *bulletin_node_first_child(const bulletin_node *node);
const bulletin_node *bulletin_node_last_child(const bulletin_node *node);
const bulletin_node *bulletin_node_next(const bulletin_node *node);
const bulletin_node *bulletin_node_prev(const bulletin_node *node);

/* The node's text after normalisation: a paragraph's or cell's text, a
 * section's heading (without its numbering), the title.  "" for container
 * nodes.  `len` (may be NULL) receives the length in bytes. */
const char *bulletin_node_text(const bulletin_node *node, size_t *len);

/* The same text exactly as written in the source (numbering excluded). */
const char *bulletin_node_source_text(const bulletin_node *node, size_t *len);

/* Where the node starts in the source. */
int bulletin_node_line(const bulletin_node *node);
int bulletin_node_column(const bulletin_node *node);

/* The source column (1-based, in code points) of the character that starts
 * at byte `offset` of bulletin_node_text(); its line is
 * bulletin_node_source_line() (a reflowed paragraph spans lines).  An offset at or past the end gives
 * the column just after the text.  0 for nodes without text. */
int bulletin_node_source_column(const bulletin_node *node, size_t offset);

/* SECTION, RUNIN: the heading level, 1 to 4; 0 for other nodes. */
int bulletin_node_level(const bulletin_node *node);

/* SECTION, RUNIN: the heading's number (十二 -> 12, （三） -> 3, 4. -> 4). */
int bulletin_node_number(const bulletin_node *node);

/* SECTION: the numbering as written after normalisation ("一、", "（三）",
 * "4.").  "" for other nodes. */
const char *bulletin_node_numbering(const bulletin_node *node);

/* PARAGRAPH: its index in the document, 1-based, in reading order (lead
 * paragraphs first).  TABLE: the same count, tables counting as one. */
int bulletin_node_index(const bulletin_node *node);

/* ------------------------------------------------------------------------
 * Iterator
 * ---------------------------------------------------------------------- */

/* Walks a subtree depth-first.  Container nodes (DOCUMENT, LEAD, SECTION,
 * RUNIN, TABLE, ROW, ATTACHMENTS) give an ENTER and, after their children,
 * an EXIT event; leaf nodes (TITLE, PARAGRAPH, CELL and the other parts)
 * give a single ENTER and no EXIT.  The
 * tree must not change during a walk.  A walk needs no allocation:
 *
 *     bulletin_iter it;
 *     bulletin_event ev;
 *     bulletin_iter_init(&it, bulletin_doc_root(doc));
 *     while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
 *         const bulletin_node *n = bulletin_iter_node(&it);
 *         ...
 *     }
 */
typedef enum {
    BULLETIN_EV_NONE = 0,
    BULLETIN_EV_DONE,
    BULLETIN_EV_ENTER,
    BULLETIN_EV_EXIT
} bulletin_event;

typedef struct {
    const bulletin_node *root;
    const bulletin_node *cur;
    bulletin_event ev;
} bulletin_iter;

void bulletin_iter_init(bulletin_iter *it, const bulletin_node *root);
bulletin_event bulletin_iter_next(bulletin_iter *it);
const bulletin_node *bulletin_iter_node(const bulletin_iter *it);

/* Skips the children of the node just entered: the next event is its
 * EXIT.  No effect after a leaf or an EXIT. */
void bulletin_iter_skip_children(bulletin_iter *it);

/* ------------------------------------------------------------------------
 * Rendering
 * ---------------------------------------------------------------------- */

/* Receives rendered bytes; returns 0 to go on, non-zero to stop with
 * BULLETIN_ERR_IO. */
typedef int (*bulletin_sink)(const char *data, size_t len, void *user);

/* Called by a paginating backend for each line it places: the line of
 * `node` whose text starts at byte `offset` of bulletin_node_text() went
 * to printed page `page` (the text pages counted from 1, after any cover
 * and key-figures page: the number in the footer and the page label).  Lets the XLSX backend give every figure its
 * PDF page. */
typedef void (*bulletin_place_fn)(void *user, const bulletin_node *node, size_t offset,
                                  int page);

/* Where the lines of a rendered PDF went, so that other outputs of the
 * same run can cite PDF pages.  Pass bulletin_pages_place as on_place
 * (with the map as place_user) to the PDF backend, then the map to the
 * XLSX backend through bulletin_render_opts.pages. */
typedef struct bulletin_pages bulletin_pages;

/* A new, empty map for `doc`; NULL when out of memory.  Free it with
 * bulletin_pages_free (NULL is a no-op). */
bulletin_pages *bulletin_pages_new(const bulletin_doc *doc);
void bulletin_pages_free(bulletin_pages *pages);

/* A bulletin_place_fn: records that a line starting at `offset` of
 * `node` went to `page`.  An allocation failure marks the map as
 * incomplete; lookups then answer 0. */
void bulletin_pages_place(void *pages, const bulletin_node *node, size_t offset, int page);

/* The page of the character at byte `offset` of `node`'s text: the page
 * of the last line placed at or before it; 0 when unknown. */
int bulletin_pages_lookup(const bulletin_pages *pages, const bulletin_node *node, size_t offset);

/* The number of pages seen. */
int bulletin_pages_count(const bulletin_pages *pages);

/* What renders in one process may share: the opened fonts (the font map,
 * FreeType faces with their coverage and width tables), the font files
 * mapped for subsetting from a face's second use, the templates read and
 * the workbook's zip memo.  For a program that renders many documents, as
 * a batch export does; a render with a cache gives the same bytes as one
 * without.  Font files are read once per cache: replacing them while it
 * lives is not seen.  Nothing kept grows with the number of documents
 * rendered: subsets are made per document.  Not thread-safe: one cache
 * per thread.  Grows with the distinct font maps, faces and templates
 * used (a few MB, plus the mapped font files' pages that subsetting
 * touched).  NULL when out of memory; bulletin_cache_free(NULL) is a
 * no-op. */
typedef struct bulletin_cache bulletin_cache;
bulletin_cache *bulletin_cache_new(const bulletin_mem *mem);
void bulletin_cache_free(bulletin_cache *cache);

/* Options shared by the backends.  Zero-initialise, then set what you
 * need; bulletin_render_opts_init gives the defaults. */
typedef struct {
    const char *template_name; /* templates/NAME.ini or a path; NULL: default */
    const char *templates_dir; /* where NAME.ini is looked up; NULL: "templates" */
    const char *fonts_dir;     /* the user's font files and font map; NULL: "fonts" */
    long long epoch;           /* timestamps (SOURCE_DATE_EPOCH); -1: the front-matter
                                  date, else 2000-01-01 */
    unsigned flags;            /* BULLETIN_RENDER_* */
    bulletin_place_fn on_place; /* may be NULL */
    /* Called once after the last on_place (may be NULL).  The PDF backend
     * places every line as soon as its layout is final, before it embeds
     * the fonts and writes the file, so outputs that cite pages may start
     * then, in another thread; if the render fails afterwards, the
     * placements describe a PDF that was never written. */
    void (*on_placed)(void *place_user);
    void *place_user;
    const bulletin_pages *pages; /* PDF pages for the XLSX; may be NULL */
    /* Receives the backend's warnings (a character no font has, a font
     * that falls back); NULL drops them.  The diag is valid during the
     * call only. */
    void (*on_warning)(void *user, const bulletin_diag *warning);
    void *warning_user;
    const bulletin_mem *mem;   /* NULL: the document's allocator */
    bulletin_cache *cache;     /* shared between renders; NULL: none */
    long long source_mtime;    /* the input file's modification time (seconds
                                  since 1970): the PDF's creation date when
                                  there is neither an epoch nor a front-matter
                                  date; <= 0: unknown (then 2000-01-01) */
} bulletin_render_opts;

enum {
    /* A character that no font has is an error, not a warning. */
    BULLETIN_RENDER_STRICT = 1 << 0,
    /* Everything on the calling thread.  Without it the PDF backend
     * deflates each embedded font program in a thread of its own while it
     * goes on (joined before it returns; the bytes are the same): for a
     * caller with cores to spare. */
    BULLETIN_RENDER_ONE_THREAD = 1 << 1,
    /* PDF/A-2u (ISO 19005-2, level U): an sRGB output intent, the XMP
     * pdfaid entries and a file identifier (see README.md for which of its
     * clauses the tests check). */
    BULLETIN_RENDER_PDFA = 1 << 2
};

void bulletin_render_opts_init(bulletin_render_opts *opts);

/* Renders `doc` as a typeset PDF and passes the whole file to `sink` once
 * it is complete; a failure writes nothing.  Laid out by a template:
 * opts->template_name (a name in opts->templates_dir or a path), else the
 * front matter's `template:` (a name only), else "brochure"; fonts by role
 * from the template's [fonts] files, then opts->fonts_dir/fonts.ini; the
 * roles that fall back to free faces give ONE warning.  `opts` may be
 * NULL.  A character no font has is drawn as a box and reported through
 * opts->on_warning with its line:column (an error with
 * BULLETIN_RENDER_STRICT); every placed line goes to opts->on_place, then
 * opts->on_placed is called, both before the fonts are embedded.
 * Same input and options, same bytes.  Errors: BULLETIN_ERR_FONT,
 * BULLETIN_ERR_PDF (libharu's error in diag->backend_code and
 * backend_detail), BULLETIN_ERR_TEMPLATE (a broken template or a missing
 * [fonts] file: diag->file and line name the template),
 * BULLETIN_ERR_NOMEM, BULLETIN_ERR_IO, BULLETIN_ERR_USAGE. */
bulletin_status bulletin_render_pdf(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                    bulletin_sink sink, void *user, bulletin_diag *diag);

/* Writes the workbook of every figure (sheets 数据, 章节, 原文, 图表, 说明;
 * see README.md).  With opts->pages from a PDF rendered in the same run,
 * figures and sections carry their PDF page.  `opts` may be NULL. */
bulletin_status bulletin_render_xlsx(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                     bulletin_sink sink, void *user, bulletin_diag *diag);

/* One workbook with the figures of `n` documents, in the given order: a
 * 数据 table whose first columns name the source (来源文件, 来源标题), and
 * a 来源 sheet listing the documents with their counts and digests. */
bulletin_status bulletin_render_xlsx_combined(const bulletin_doc *const *docs, size_t n,
                                              const bulletin_render_opts *opts,
                                              bulletin_sink sink, void *user,
                                              bulletin_diag *diag);

/* Writes the model and every figure as JSON (UTF-8, keys in a fixed
 * order; the schema is in README.md). */
bulletin_status bulletin_render_json(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                     bulletin_sink sink, void *user, bulletin_diag *diag);

/* Writes the figures as TSV, one a line, after the header
 *   section value unit qualifier kind yoy_of context label line column
 * with `all` also numeral_chinese figures and identifiers. */
bulletin_status bulletin_render_figures_tsv(const bulletin_doc *doc, int all, bulletin_sink sink,
                                            void *user, bulletin_diag *diag);

/* Writes the model as a stable tree, one node a line, indented by depth:
 *   SECTION 6 "知识产权金融工作取得新突破，服务实体经济彰显新作为" @9:1
 * This is the oracle of the parser's golden tests. */
bulletin_status bulletin_render_dump(const bulletin_doc *doc, bulletin_sink sink,
                                     void *user, bulletin_diag *diag);

/* The templates in `dir` (NULL: "templates"): calls `fn` with each
 * template's name and one-line description, in name order.  A template
 * that does not load is reported through `fn` with a NULL description
 * and its error in `diag`.  Returns BULLETIN_ERR_IO when `dir` cannot be
 * read. */
bulletin_status bulletin_templates_list(const char *dir,
                                        void (*fn)(void *user, const char *name,
                                                   const char *description,
                                                   const bulletin_diag *diag),
                                        void *user);

/* Loads the template `name` (a name in `dir`, NULL for "templates", or a
 * path) and reports what is wrong with it, as a render would: a caller
 * checks a template once before rendering many documents with it. */
bulletin_status bulletin_template_check(const char *name, const char *dir, bulletin_diag *diag);

/* The backends, one per output format, in the order an export runs them
 * (a PDF before the workbook that cites its pages).  The list ends with
 * an entry whose name is NULL.  What a caller needs to know of a backend
 * is in its flags, never in its name. */
enum {
    /* Places every line on a page and reports it (on_place): the PDF. */
    BULLETIN_BACKEND_PLACES_PAGES = 1 << 0,
    /* Cites the pages of a backend that places them (opts->pages). */
    BULLETIN_BACKEND_CITES_PAGES = 1 << 1,
    /* Binary output: not for a terminal. */
    BULLETIN_BACKEND_BINARY = 1 << 2,
    /* Written by an export that names no format. */
    BULLETIN_BACKEND_DEFAULT = 1 << 3
};

typedef struct {
    const char *name; /* "pdf", "xlsx", "json", "tsv", "dump" */
    const char *ext;  /* ".pdf", ".xlsx", ".json", ".figures.tsv", ".dump.txt" */
    unsigned flags;   /* BULLETIN_BACKEND_* */
    const char *description; /* one line, for --help */
    bulletin_status (*render)(const bulletin_doc *doc, const bulletin_render_opts *opts,
                              bulletin_sink sink, void *user, bulletin_diag *diag);
} bulletin_backend;

extern const bulletin_backend bulletin_backends[];

/* The number of backends (entries before the NULL one). */
size_t bulletin_backend_count(void);

/* The backend called `name`, or NULL. */
const bulletin_backend *bulletin_backend_find(const char *name);

/* ------------------------------------------------------------------------
 * Output files
 * ---------------------------------------------------------------------- */

/* A file written whole or not at all: the bytes go to a temporary file
 * beside `path`, which bulletin_output_close syncs and renames over it
 * only when asked to commit; otherwise it is removed and any old file
 * stays as it was.  "-" writes to standard output.  A temporary file is
 * removed if SIGINT, SIGTERM or SIGHUP ends the process, once
 * bulletin_output_catch_signals has been called. */
typedef struct bulletin_output bulletin_output;

/* Opens `path` for writing; BULLETIN_ERR_IO with errno's reason in
 * `diag` when the temporary file cannot be created. */
bulletin_status bulletin_output_open(const char *path, bulletin_output **out,
                                     bulletin_diag *diag);

/* A bulletin_sink writing to the bulletin_output passed as `user`. */
int bulletin_output_sink(const char *data, size_t len, void *user);

/* Finishes and frees `out`: with `commit`, flushes, syncs and renames
 * (BULLETIN_ERR_IO with the reason when any of that fails, and then the
 * old file is kept); without, removes the temporary file.  NULL is a
 * no-op returning BULLETIN_OK. */
bulletin_status bulletin_output_close(bulletin_output *out, int commit, bulletin_diag *diag);

/* Removes the temporary files in progress when SIGINT, SIGTERM or SIGHUP
 * ends the process (and passes the signal on to an export's worker
 * processes), then dies of the signal.  A signal the process ignores
 * stays ignored.  For programs; a library user who handles these signals
 * itself leaves it out. */
void bulletin_output_catch_signals(void);

/* ------------------------------------------------------------------------
 * Export: files in, typeset files out
 * ---------------------------------------------------------------------- */

/* The engine behind `bulletin export`: parses each input and writes its
 * outputs into a folder, each output atomically (bulletin_output), in
 * parallel worker processes when asked.  Zero-initialise, then set what
 * you need (bulletin_export_opts_init gives the defaults). */
typedef struct {
    const char *output_dir;    /* NULL: "output"; created with its parents
                                  when missing; "-": standard output (one
                                  input, one format) */
    const char *output_file;   /* instead of output_dir: exactly this file
                                  (one input, one format) */
    unsigned formats;          /* bit k: bulletin_backends[k]; 0: the defaults */
    const char *template_name; /* as in bulletin_render_opts */
    const char *templates_dir; /* as in bulletin_render_opts */
    const char *fonts_dir;     /* as in bulletin_render_opts */
    const char *combined;      /* also one workbook of every input; NULL: none */
    long jobs;                 /* worker processes; 0: one per core */
    long shard_k, shard_n;     /* export only shard K of N (1 <= K <= N): the
                                  inputs whose path hashes to it, so that a
                                  file added elsewhere moves no other; 0: all */
    long long epoch;           /* SOURCE_DATE_EPOCH; -1: none */
    unsigned parse_options;    /* BULLETIN_OPT_* */
    unsigned render_flags;     /* BULLETIN_RENDER_PDFA: added to the render's
                                  flags */
    int recursive;             /* a folder's subfolders too */
    int quiet;                 /* report errors only, no warnings */
    int verbose;               /* a timing line for each input */
    /* Messages, each one or more whole lines ending in '\n' (e.g.
     * "in.txt:3:1: warning: ...\n"), an input's together and in input
     * order, on the calling thread.  NULL drops them. */
    void (*on_message)(void *user, const char *text, size_t len);
    /* After each finished input: `done` of `total`, `current` the input's
     * path.  May be NULL. */
    void (*on_progress)(void *user, size_t done, size_t total, const char *current);
    void *user;
} bulletin_export_opts;

void bulletin_export_opts_init(bulletin_export_opts *opts);

/* What an export did. */
typedef struct {
    size_t inputs;   /* inputs found (a folder counts its files) */
    size_t failed;   /* inputs with an output not written */
    int combined_failed; /* the combined workbook was asked for and not written */
} bulletin_export_result;

/* Exports the `n` files or folders in `paths` (a folder: its *.txt files
 * in natural order, b2 before b10).  An output is named after its input
 * without the input's extension (in.md -> in.pdf).  Before any work, refuses (BULLETIN_ERR_USAGE, with the
 * reason in `diag`) two inputs that would write the same output and an
 * output that would overwrite an input; BULLETIN_ERR_IO when an input
 * cannot be listed, no input is found or the output folder is missing.
 * Then exports every input, reporting each failure through on_message,
 * and returns BULLETIN_ERR_IO when one failed (counts in `result`, which
 * may be NULL).  With jobs > 1 the inputs are shared among forked worker
 * processes: call it from a process that can fork (no other threads
 * holding locks).  Same inputs and options, same output bytes, whatever
 * the number of jobs. */
bulletin_status bulletin_export(const char *const *paths, size_t n,
                                const bulletin_export_opts *opts,
                                bulletin_export_result *result, bulletin_diag *diag);

/* One workbook of every figure from the JSON exports of many bulletins
 * (`bulletin combine`): for a batch exported by several CI jobs
 * (opts->shard_k/shard_n), then combined.  `paths` are JSON files or
 * folders of *.json; each export carries its input and parse options,
 * which are parsed again (the SHA-256 must match) and taken in natural
 * order of their paths: the workbook is byte for byte the one `--combined`
 * writes over the same inputs in one run (same SOURCE_DATE_EPOCH).  The
 * workbook goes to opts->output_file, atomically; nothing is written when
 * an input fails (reported through on_message). */
bulletin_status bulletin_combine(const char *const *paths, size_t n,
                                 const bulletin_export_opts *opts,
                                 bulletin_export_result *result, bulletin_diag *diag);

#ifdef __cplusplus
}
#endif

#endif
