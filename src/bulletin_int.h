/*
 * bulletin_int.h - private declarations shared by the library's sources:
 * allocation helpers, a growable buffer, UTF-8 primitives, diagnostics
 * helpers and the layout of the document model.  Only src/ and the unit
 * tests include it.
 */
#ifndef BULLETIN_INT_H
#define BULLETIN_INT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

/* ------------------------------------------------------------------------
 * Memory
 * ---------------------------------------------------------------------- */

/* Zeroed allocation of `size` bytes; NULL on failure (or size 0). */
void *bl_alloc(const bulletin_mem *mem, size_t size);
/* Zeroed array; NULL on failure or overflow. */
void *bl_calloc(const bulletin_mem *mem, size_t count, size_t size);
/* realloc that leaves `ptr` intact and returns NULL on failure/overflow. */
void *bl_realloc_array(const bulletin_mem *mem, void *ptr, size_t count, size_t size);
void bl_free(const bulletin_mem *mem, void *ptr);
/* A NUL-terminated copy of `len` bytes; NULL on failure. */
char *bl_strndup(const bulletin_mem *mem, const char *s, size_t len);

/* bulletin_cache entries (cache.c): a value under a string key; the cache
 * calls destroy(value) when it is freed.  bl_cache_find answers NULL for
 * a NULL cache or an unknown key; bl_cache_add leaves the value to the
 * caller when it fails (BULLETIN_ERR_NOMEM, or BULLETIN_ERR_USAGE for a
 * NULL cache). */
void *bl_cache_find(const bulletin_cache *cache, const char *key);
bulletin_status bl_cache_add(bulletin_cache *cache, const char *key, void *value,
                             void (*destroy)(void *value));

/* Jump to `cleanup` with `status` set when `expr` is not BULLETIN_OK. */
#define BL_CHECK(expr)                                                          \
    do {                                                                       \
        status = (expr);                                                       \
        if (status != BULLETIN_OK)                                             \
            goto cleanup;                                                      \
    } while (0)

/* ------------------------------------------------------------------------
 * Growable byte buffer (always NUL-terminated once anything was added)
 * ---------------------------------------------------------------------- */

typedef struct {
    const bulletin_mem *mem;
    char *data;
    size_t len, cap;
} bl_buf;

void bl_buf_init(bl_buf *b, const bulletin_mem *mem);
bulletin_status bl_buf_reserve(bl_buf *b, size_t extra);
bulletin_status bl_buf_put(bl_buf *b, const char *s, size_t len);
bulletin_status bl_buf_puts(bl_buf *b, const char *s);
bulletin_status bl_buf_putc(bl_buf *b, char c);
bulletin_status bl_buf_put_cp(bl_buf *b, uint32_t cp);
bulletin_status bl_buf_printf(bl_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Passes the buffer to `sink` and empties it when it holds at least
 * `threshold` bytes (0: whenever it holds anything).  Returns
 * BULLETIN_ERR_IO when the sink refuses, with `diag` filled for `path`.
 * Renderers call it in their loop so output streams in chunks. */
bulletin_status bl_buf_flush(bl_buf *b, size_t threshold, bulletin_sink sink, void *user,
                             bulletin_diag *diag, const char *path);
/* Hands the data over (caller frees with bl_free) and empties the buffer.
 * Returns an allocated "" when the buffer is empty; NULL on failure. */
char *bl_buf_detach(bl_buf *b);
void bl_buf_free(bl_buf *b);

/* ------------------------------------------------------------------------
 * UTF-8
 * ---------------------------------------------------------------------- */

/* Decodes one code point from `s` (at most `len` bytes) into *cp.
 * Returns the sequence length (1-4), or 0 when the bytes are not valid
 * UTF-8: truncated, overlong, a surrogate, above U+10FFFF, or a stray
 * continuation byte.  Every case; inline here with the fast path below, so
 * that this header, under every module, calls nothing of src/base. */
static inline int bl_utf8_decode_any(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n;
    uint32_t min, v;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, min = 0x80, v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, min = 0x800, v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, min = 0x10000, v = c & 0x07;
    } else {
        return 0; /* continuation byte, C0/C1 overlong lead, or F5..FF */
    }
    if ((size_t)n > len)
        return 0;
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return n;
}

/* The same, with ASCII and 3-byte sequences first (Chinese text: most of
 * every text, decoded by every pass).  A 3-byte sequence led by E1..EC or
 * EE..EF is U+1000..U+CFFF or U+E000..U+FFFF
 * whatever its continuation bytes: neither overlong nor a surrogate, so
 * no range check; both continuation bytes tested at once.  E0 (overlong
 * below U+0800) and ED (surrogates) go the long way. */
static inline int bl_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (len >= 3) {
        unsigned c = s[0];
        if (c - 0xE1u <= 0xEFu - 0xE1u && c != 0xED &&
            ((s[1] | (unsigned)s[2] << 8) & 0xC0C0) == 0x8080) {
            *cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
            return 3;
        }
    }
    return bl_utf8_decode_any(s, len, cp);
}

/* Encodes `cp` into `out` (4 bytes of room); returns the length. */
int bl_utf8_encode(uint32_t cp, char *out);

/* Number of code points in valid UTF-8 text. */
size_t bl_utf8_count(const char *s, size_t len);

/* A copy of the NUL-terminated `s` fit for display and for XML: bytes
 * that are not UTF-8, and control characters, as "\xHH"; NULL when `s`
 * needs none (use it as it is) and when out of memory (*failed set). */
char *bl_utf8_escape(const bulletin_mem *mem, const char *s, bool *failed);

/* Character classes used by the parser and the figure engine. */
bool bl_is_han(uint32_t cp);             /* CJK ideographs, all blocks */
bool bl_is_cjk_punct(uint32_t cp);       /* full-width and CJK punctuation */
bool bl_is_fullwidth(uint32_t cp);       /* East Asian Wide or Fullwidth */

/* ------------------------------------------------------------------------
 * Diagnostics
 * ---------------------------------------------------------------------- */

/* Fills `diag` (may be NULL) and returns `status`. */
bulletin_status bl_diag_set(bulletin_diag *diag, bulletin_status status,
                            const char *path, int line, int column,
                            const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Like bl_diag_set, for a file the library itself opened (a font map, a
 * template): the path is copied into diag->file, so it outlives the
 * caller's buffer. */
bulletin_status bl_diag_set_file(bulletin_diag *diag, bulletin_status status, const char *file,
                                 int line, int column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
bulletin_status bl_diag_vset(bulletin_diag *diag, bulletin_status status,
                             const char *path, int line, int column,
                             const char *fmt, va_list ap);

/* ------------------------------------------------------------------------
 * Document model
 * ---------------------------------------------------------------------- */

struct bulletin_node {
    bulletin_node_type type;
    struct bulletin_node *parent, *first_child, *last_child, *prev, *next;
    int line, column;   /* source position of the node's first character */
    char *text;         /* normalised text, owned; "" for containers */
    size_t len;
    char *source;       /* text as written, owned */
    size_t source_len;
    /* colmap[i] = source column of the i-th code point of `text`, with
     * one extra entry for the position just after it.  NULL when the node
     * has no text. */
    int *colmap;
    /* linemap[i] = source line of the i-th code point (same length as
     * colmap); NULL when the node's text comes from one line. */
    int *linemap;
    size_t ncols;
    int index;          /* PARAGRAPH/TABLE: reading-order index */
    char *value;        /* DATE: ISO date; CELL: unit; owned, "" if none */
    unsigned char from_meta; /* SIGNATURE/DATE made from the front matter */
    unsigned char row_kind;  /* ROW: 0 data, 1 header, 2 title, 3 group */
    /* SECTION set in with its first paragraph: bulletin_node_kind() says
     * RUNIN.  The node stays a SECTION inside the library so that every
     * pass over sections (the figures' section numbers) sees it. */
    unsigned char runin;
    /* A leaf part of an official document (DOCNUMBER, DATE, ...) is a
     * PARAGRAPH inside the library, with index 0, so that the figure
     * engine reads it as before; `part` is its type for
     * bulletin_node_kind(), the dump and the JSON. */
    unsigned char part;
    /* A page's record line (its posting date and source, its publisher,
     * its counters and buttons): the web page's furniture, kept in the
     * model (a DATE stays the DATE), left out of print. */
    unsigned char record;
    struct {
        int level;      /* 1..4 */
        int number;
        char *numbering; /* owned, normalised */
    } heading;
};

struct bulletin_doc {
    const bulletin_mem *mem;
    /* The figures, owned by the figures module (figures/doc_figures.c): it
     * sets both fields; bulletin_doc_free calls free_figures when set.
     * The model never looks inside.  NULL until scanned. */
    void *figures;
    void (*free_figures)(bulletin_doc *doc);
    const char *path;   /* the caller's, or path_escaped */
    char *path_escaped; /* owned: the path with non-UTF-8 bytes escaped */
    char *source;       /* owned: the input as given, for the JSON export */
    size_t source_len;
    unsigned options;   /* BULLETIN_OPT_* it was parsed with */
    bulletin_node *root;
    char *meta[BULLETIN_META_COUNT];
    char sha256[65];
    size_t input_bytes;
    bulletin_diag *warnings;
    size_t nwarnings, cap_warnings, dropped_warnings;
};

/* Allocates a node of `type` with empty text, owned by no one yet. */
bulletin_node *bl_node_new(const bulletin_mem *mem, bulletin_node_type type);
/* Frees a node and its subtree.  NULL is a no-op. */
void bl_node_free(const bulletin_mem *mem, bulletin_node *node);
/* Appends `child` as the last child of `parent`. */
void bl_node_append(bulletin_node *parent, bulletin_node *child);
/* Whether nodes of this type hold children (the iterator enters and
 * exits them): document, lead, section, run-in, table, row, attachments. */
bool bl_node_type_is_container(bulletin_node_type type);

/* The parser (src/doc/parse.c): the document model without its figures;
 * bulletin_parse (src/figures/document.c) adds them. */
bulletin_status bl_parse_model(const char *text, size_t len, const char *path, unsigned options,
                               const bulletin_mem *mem, bulletin_doc **out, bulletin_diag *diag);

/* Runs the figure engine over the document (figures/doc_figures.c). */
bulletin_status bl_doc_scan_figures(bulletin_doc *doc);

/* Adds a warning to the document; BULLETIN_ERR_NOMEM on failure. */
bulletin_status bl_doc_warn(bulletin_doc *doc, int line, int column,
                            const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#endif
