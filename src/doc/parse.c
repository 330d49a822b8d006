/*
 * parse.c - bulletin text -> document model.
 *
 * Implements the input format of README.md ("Input format"): encoding
 * checks, line splitting, front matter, title, lead, four heading levels,
 * '|' tables and punctuation normalisation.  The parser is line-oriented
 * and runs in time linear in the input.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nettle/sha2.h>

#include "bulletin_int.h"

/* ========================================================================
 * Encoding checks
 * ====================================================================== */

/* True when the whole buffer is structurally valid GB18030 and has at
 * least one multi-byte sequence: then the hint to convert it is useful. */
static bool looks_like_gb18030(const unsigned char *s, size_t len)
{
    bool multi = false;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
        } else if (c >= 0x81 && c <= 0xFE && i + 1 < len) {
            unsigned d = s[i + 1];
            if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE)) {
                i += 2;
            } else if (d >= 0x30 && d <= 0x39 && i + 3 < len && s[i + 2] >= 0x81
                       && s[i + 2] <= 0xFE && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
                i += 4;
            } else {
                return false;
            }
            multi = true;
        } else {
            return false;
        }
    }
    return multi;
}

/* Validates the encoding of the whole input before anything is built, so
 * that every later step can decode without checks.  Allowed controls:
 * TAB, LF, CR.  Reports the first problem with its line and column. */
static bulletin_status check_encoding(const unsigned char *s, size_t len, const char *path,
                                      bulletin_diag *diag)
{
    int line = 1, col = 1;
    size_t i = 0;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, 1, 1,
                           "input is UTF-16, not UTF-8; convert it with "
                           "'iconv -f UTF-16 -t UTF-8'");
    while (i < len) {
        uint32_t cp;
        int n = bl_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            if (looks_like_gb18030(s, len))
                return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                                   "invalid UTF-8 (byte 0x%02X); the file looks like GB18030: "
                                   "convert it with 'iconv -f GB18030 -t UTF-8'",
                                   s[i]);
            return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                               "invalid UTF-8 (byte 0x%02X)", s[i]);
        }
        if (cp == '\n' || (cp == '\r' && !(i + 1 < len && s[i + 1] == '\n'))) {
            line++;
            col = 1;
        } else if (cp == '\r') {
            /* CR of a CRLF pair: the LF counts the line. */
        } else if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                               cp == 0 ? "NUL byte in text"
                                       : "control character U+%04X in text",
                               (unsigned)cp);
        } else if (cp == 0xFEFF && !(i == 0)) {
            /* A BOM inside the text (files concatenated): harmless but
             * invisible; it is dropped by the normaliser. */
            col++;
        } else {
            col++;
        }
        i += (size_t)n;
    }
    return BULLETIN_OK;
}

/* ========================================================================
 * Lines and decoded text
 * ====================================================================== */

/* One source line decoded into code points with their columns. */
typedef struct {
    uint32_t *cp;
    int *col;
    size_t n, cap;
} cpline;

typedef struct {
    const bulletin_mem *mem;
    const char *path;
    unsigned options;
    bulletin_doc *doc;
    bulletin_diag *diag;
    int line;           /* current line number */
    cpline cur;         /* decoded current line */
    bl_buf out;         /* scratch for normalised text */
    int *colmap;        /* scratch column map */
    size_t colmap_cap;
    bulletin_node *open[5]; /* open sections by level (index 1..4) */
    bulletin_node *lead;
    bulletin_node *table;   /* table being filled, or NULL */
    int next_number[5];     /* expected next number per level */
    int para_index;
    bool title_done;
    bool check_repeat;       /* the next body line may repeat the title */
    int title_line, title_col; /* position of the front-matter title */
} parser;

static bulletin_status cpline_decode(parser *p, const char *s, size_t len)
{
    /* Every code point needs at least one byte, so len bounds the count. */
    if (len + 1 > p->cur.cap) {
        size_t cap = len + 1 < 64 ? 64 : len + 1;
        uint32_t *cp = bl_realloc_array(p->mem, p->cur.cp, cap, sizeof *cp);
        if (!cp)
            return BULLETIN_ERR_NOMEM;
        p->cur.cp = cp;
        int *col = bl_realloc_array(p->mem, p->cur.col, cap, sizeof *col);
        if (!col)
            return BULLETIN_ERR_NOMEM;
        p->cur.col = col;
        p->cur.cap = cap;
    }
    size_t i = 0, n = 0;
    int col = 1;
    while (i < len) {
        uint32_t c;
        int k = bl_utf8_decode((const unsigned char *)s + i, len - i, &c);
        if (k == 0) /* cannot happen: the input was validated */
            return BULLETIN_ERR_ENCODING;
        p->cur.cp[n] = c;
        p->cur.col[n] = col++;
        n++;
        i += (size_t)k;
    }
    p->cur.n = n;
    return BULLETIN_OK;
}

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0xFEFF;
}

static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static bool is_latin(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F);
}

/* A character that counts as "Chinese" for normalisation: Han, CJK or
 * full-width punctuation, and the full-width forms. */
static bool is_cjk(uint32_t c) { return bl_is_han(c) || bl_is_cjk_punct(c) || bl_is_fullwidth(c); }

/* ========================================================================
 * Normalisation
 * ====================================================================== */

static uint32_t fullwidth_of(uint32_t c)
{
    switch (c) {
    case ',': return 0xFF0C; /* ， */
    case ':': return 0xFF1A; /* ： */
    case ';': return 0xFF1B; /* ； */
    case '!': return 0xFF01; /* ！ */
    case '?': return 0xFF1F; /* ？ */
    case '(': return 0xFF08; /* （ */
    case ')': return 0xFF09; /* ） */
    default: return 0;
    }
}

/* The nearest non-space character before index i (or 0). */
static uint32_t prev_nonspace(const uint32_t *cp, size_t i)
{
    while (i > 0) {
        i--;
        if (!is_space(cp[i]))
            return cp[i];
    }
    return 0;
}

static uint32_t next_nonspace(const uint32_t *cp, size_t n, size_t i)
{
    for (i++; i < n; i++)
        if (!is_space(cp[i]))
            return cp[i];
    return 0;
}

/* Normalises cp[from..to) of the current line into p->out (UTF-8) and
 * p->colmap (source columns), following README.md "Normalisation".
 * Leading and trailing white space is always trimmed. */
static bulletin_status normalise(parser *p, size_t from, size_t to, size_t *ncols)
{
    const uint32_t *cp = p->cur.cp;
    const int *col = p->cur.col;
    bool keep = (p->options & BULLETIN_OPT_KEEP_PUNCTUATION) != 0;
    bulletin_status status = BULLETIN_OK;

    while (from < to && is_space(cp[from]))
        from++;
    while (to > from && is_space(cp[to - 1]))
        to--;

    size_t need = to - from + 1;
    if (need > p->colmap_cap) {
        int *m = bl_realloc_array(p->mem, p->colmap, need, sizeof *m);
        if (!m)
            return BULLETIN_ERR_NOMEM;
        p->colmap = m;
        p->colmap_cap = need;
    }
    p->out.len = 0;
    if (p->out.data)
        p->out.data[0] = '\0';

    /* Paired parentheses: convert both when either touches Chinese.  The
     * pairs are found with a small stack; unmatched ones decide alone. */
    enum { MAXDEPTH = 64 };
    size_t stack[MAXDEPTH];
    int depth = 0;
    /* First pass: decide per character whether it becomes full-width. */
    unsigned char *conv = NULL;
    if (!keep) {
        conv = bl_alloc(p->mem, to - from + 1);
        if (!conv)
            return BULLETIN_ERR_NOMEM;
        for (size_t i = from; i < to; i++) {
            uint32_t c = cp[i];
            if (!fullwidth_of(c))
                continue;
            uint32_t a = prev_nonspace(cp + from, i - from);
            uint32_t b = next_nonspace(cp, to, i);
            bool numeric = is_digit(a) && is_digit(b) && (c == ',' || c == ':')
                        && i > from && i + 1 < to && is_digit(cp[i - 1]) && is_digit(cp[i + 1]);
            /* "Touches": a Chinese character right next to it, or on both
             * sides across spaces ("湖北 , 发布"). */
            uint32_t ia = i > from ? cp[i - 1] : 0, ib = i + 1 < to ? cp[i + 1] : 0;
            bool touch = is_cjk(ia) || is_cjk(ib) || (is_cjk(a) && is_cjk(b));
            conv[i - from] = (unsigned char)(touch && !numeric);
            if (c == '(') {
                if (depth < MAXDEPTH)
                    stack[depth] = i;
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth < MAXDEPTH) {
                    size_t o = stack[depth] - from;
                    unsigned char both = conv[o] | conv[i - from];
                    conv[o] = conv[i - from] = both;
                }
            }
        }
    }

    size_t k = 0;
    uint32_t last = 0; /* the last character written */
    for (size_t i = from; i < to; i++) {
        uint32_t c = cp[i];
        if (c == 0xFEFF)
            continue;
        if (!keep && c == 0x3000)
            continue;
        if (is_space(c)) {
            /* A run of spaces (never at the ends: they were trimmed).  Keep
             * one space next to a Latin word or ASCII punctuation; drop the
             * run between Chinese characters and between Chinese and
             * digits. */
            size_t j = i;
            while (j < to && is_space(cp[j]))
                j++;
            uint32_t b = cp[j];
            if (conv && conv[j - from])
                b = fullwidth_of(b);
            bool ascii_a = last < 0x80 && !is_digit(last);
            bool ascii_b = b < 0x80 && !is_digit(b);
            bool drop = !keep
                     && (bl_is_cjk_punct(last) || bl_is_cjk_punct(b)
                         || (!ascii_a && !ascii_b && !is_latin(last) && !is_latin(b)
                             && (is_cjk(last) || is_cjk(b))));
            if (keep) {
                for (size_t t = i; t < j; t++) {
                    if (cp[t] == 0xFEFF)
                        continue;
                    BL_CHECK(bl_buf_put_cp(&p->out, cp[t]));
                    p->colmap[k++] = col[t];
                }
            } else if (!drop) {
                BL_CHECK(bl_buf_putc(&p->out, ' '));
                p->colmap[k++] = col[i];
            }
            last = ' ';
            i = j - 1;
            continue;
        }
        if (conv && conv[i - from])
            c = fullwidth_of(c);
        BL_CHECK(bl_buf_put_cp(&p->out, c));
        p->colmap[k++] = col[i];
        last = c;
    }
    p->colmap[k] = to > from ? col[to - 1] + 1 : (from < p->cur.n ? col[from] : 1);
    if (!p->out.data)
        BL_CHECK(bl_buf_reserve(&p->out, 0));
    *ncols = k;
cleanup:
    bl_free(p->mem, conv);
    return status;
}

/* Gives `node` its text: the normalised and source forms of cp[from..to). */
static bulletin_status set_text(parser *p, bulletin_node *node, size_t from, size_t to)
{
    bulletin_status status;
    size_t ncols = 0;
    status = normalise(p, from, to, &ncols);
    if (status != BULLETIN_OK)
        return status;
    /* Trimmed source range, for the source text. */
    while (from < to && is_space(p->cur.cp[from]))
        from++;
    while (to > from && is_space(p->cur.cp[to - 1]))
        to--;
    bl_buf src;
    bl_buf_init(&src, p->mem);
    for (size_t i = from; i < to; i++) {
        status = bl_buf_put_cp(&src, p->cur.cp[i]);
        if (status != BULLETIN_OK) {
            bl_buf_free(&src);
            return status;
        }
    }
    node->source_len = src.len;
    node->source = bl_buf_detach(&src);
    if (!node->source)
        return BULLETIN_ERR_NOMEM;
    node->len = p->out.len;
    node->text = bl_strndup(p->mem, p->out.data ? p->out.data : "", p->out.len);
    if (!node->text)
        return BULLETIN_ERR_NOMEM;
    node->colmap = bl_calloc(p->mem, ncols + 1, sizeof *node->colmap);
    if (!node->colmap)
        return BULLETIN_ERR_NOMEM;
    memcpy(node->colmap, p->colmap, (ncols + 1) * sizeof *node->colmap);
    node->ncols = ncols;
    node->line = p->line;
    node->column = from < to ? p->cur.col[from] : (from < p->cur.n ? p->cur.col[from] : 1);
    return BULLETIN_OK;
}

/* ========================================================================
 * Headings
 * ====================================================================== */

static int han_digit(uint32_t c)
{
    switch (c) {
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return 10; /* 十 */
    default: return 0;
    }
}

/* Parses a Chinese numeral 一..九十九 at cp[i..); returns its value and
 * stores the end index, or returns 0 when there is none. */
static int parse_han_number(const uint32_t *cp, size_t n, size_t i, size_t *end)
{
    int d[3];
    size_t k = 0;
    while (i + k < n && k < 3 && han_digit(cp[i + k]))
        d[k] = han_digit(cp[i + k]), k++;
    if (k == 0 || (i + k < n && han_digit(cp[i + k])))
        return 0;
    int v = 0;
    if (k == 1)
        v = d[0];                                           /* 一 .. 十 */
    else if (k == 2 && d[0] == 10 && d[1] < 10)
        v = 10 + d[1];                                      /* 十一 .. 十九 */
    else if (k == 2 && d[0] >= 2 && d[0] < 10 && d[1] == 10)
        v = d[0] * 10;                                      /* 二十 .. 九十 */
    else if (k == 3 && d[0] >= 2 && d[0] < 10 && d[1] == 10 && d[2] < 10)
        v = d[0] * 10 + d[2];                               /* 二十一 .. 九十九 */
    if (v)
        *end = i + k;
    return v;
}

static int parse_arabic_number(const uint32_t *cp, size_t n, size_t i, size_t *end)
{
    int v = 0;
    size_t k = 0;
    while (i + k < n && is_digit(cp[i + k]) && k < 3)
        v = v * 10 + (int)(cp[i + k] - '0'), k++;
    if (k == 0 || k > 2 || v == 0)
        return 0;
    *end = i + k;
    return v;
}

typedef struct {
    int level, number;
    size_t num_from, num_to; /* the numbering, e.g. "（一）" */
    size_t text_from;        /* heading text starts here */
} heading_match;

static size_t skip_spaces(const uint32_t *cp, size_t n, size_t i)
{
    while (i < n && is_space(cp[i]))
        i++;
    return i;
}

/* Recognises a heading at cp[i..), per README.md "Headings". */
static bool match_heading(const uint32_t *cp, size_t n, size_t i, heading_match *h)
{
    size_t e = 0;
    int v;
    h->num_from = i;
    if ((v = parse_han_number(cp, n, i, &e)) != 0) {
        size_t j = skip_spaces(cp, n, e);
        if (j < n && cp[j] == 0x3001) { /* 、 */
            h->level = 1, h->number = v, h->num_to = j + 1;
            h->text_from = j + 1;
            return true;
        }
        return false;
    }
    if (i < n && (cp[i] == 0xFF08 || cp[i] == '(')) { /* （ or ( */
        size_t j = skip_spaces(cp, n, i + 1);
        int level = 0;
        if ((v = parse_han_number(cp, n, j, &e)) != 0)
            level = 2;
        else if ((v = parse_arabic_number(cp, n, j, &e)) != 0)
            level = 4;
        if (!level)
            return false;
        j = skip_spaces(cp, n, e);
        if (j < n && (cp[j] == 0xFF09 || cp[j] == ')')) {
            h->level = level, h->number = v, h->num_to = j + 1;
            h->text_from = j + 1;
            return true;
        }
        return false;
    }
    if ((v = parse_arabic_number(cp, n, i, &e)) != 0) {
        /* "1." or "1、" or "1．", but not "1.5" */
        if (e < n && (cp[e] == 0x3001 || cp[e] == 0xFF0E
                      || (cp[e] == '.' && !(e + 1 < n && is_digit(cp[e + 1]))))) {
            h->level = 3, h->number = v, h->num_to = e + 1;
            h->text_from = e + 1;
            return true;
        }
    }
    return false;
}

/* Normalised numbering text for a heading: 一、 （一） 1. （1） */
static bulletin_status numbering_text(parser *p, const heading_match *h, char **out)
{
    bl_buf b;
    bl_buf_init(&b, p->mem);
    bulletin_status status = BULLETIN_OK;
    const uint32_t *cp = p->cur.cp;
    for (size_t i = h->num_from; i < h->num_to; i++) {
        uint32_t c = cp[i];
        if (is_space(c))
            continue;
        if (!(p->options & BULLETIN_OPT_KEEP_PUNCTUATION)) {
            if (c == '(')
                c = 0xFF08;
            else if (c == ')')
                c = 0xFF09;
            else if (c == 0xFF0E)
                c = '.';
        }
        BL_CHECK(bl_buf_put_cp(&b, c));
    }
    *out = bl_buf_detach(&b);
    if (!*out)
        status = BULLETIN_ERR_NOMEM;
cleanup:
    bl_buf_free(&b);
    return status;
}

/* ========================================================================
 * Building the tree
 * ====================================================================== */

static bulletin_node *container(parser *p)
{
    for (int lv = 4; lv >= 1; lv--)
        if (p->open[lv])
            return p->open[lv];
    return NULL;
}

static bulletin_status attach_block(parser *p, bulletin_node *node)
{
    bulletin_node *parent = container(p);
    if (!parent) {
        if (!p->lead) {
            p->lead = bl_node_new(p->mem, BULLETIN_NODE_LEAD);
            if (!p->lead)
                return BULLETIN_ERR_NOMEM;
            p->lead->line = node->line;
            p->lead->column = node->column;
            bl_node_append(p->doc->root, p->lead);
        }
        parent = p->lead;
    }
    bl_node_append(parent, node);
    return BULLETIN_OK;
}

static bulletin_status add_paragraph(parser *p, size_t from, size_t to)
{
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_PARAGRAPH);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status = set_text(p, node, from, to);
    if (status == BULLETIN_OK && node->len == 0) {
        bl_node_free(p->mem, node); /* only spaces after a run-in heading */
        return BULLETIN_OK;
    }
    if (status == BULLETIN_OK)
        status = attach_block(p, node);
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    node->index = ++p->para_index;
    return BULLETIN_OK;
}

static bulletin_status add_heading(parser *p, const heading_match *h)
{
    bulletin_status status = BULLETIN_OK;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_SECTION);
    if (!node)
        return BULLETIN_ERR_NOMEM;

    /* A run-in heading: the heading phrase ends with 。！？ and text
     * follows on the same line; the text becomes the first paragraph. */
    size_t text_to = n, para_from = n;
    for (size_t i = h->text_from; i < n; i++) {
        if (cp[i] == 0x3002 || cp[i] == 0xFF01 || cp[i] == 0xFF1F) {
            size_t j = skip_spaces(cp, n, i + 1);
            text_to = i;
            para_from = j;
            break;
        }
    }
    BL_CHECK(set_text(p, node, h->text_from, text_to));
    node->column = p->cur.col[h->num_from];
    BL_CHECK(numbering_text(p, h, &node->heading.numbering));
    node->heading.level = h->level;
    node->heading.number = h->number;

    if (node->len == 0)
        BL_CHECK(bl_doc_warn(p->doc, p->line, p->cur.col[h->num_from],
                             "heading %s has no text", node->heading.numbering));
    int expected = p->next_number[h->level] ? p->next_number[h->level] : 1;
    if (h->number != expected)
        BL_CHECK(bl_doc_warn(p->doc, p->line, p->cur.col[h->num_from],
                             "level-%d heading %s out of sequence (expected number %d)",
                             h->level, node->heading.numbering, expected));
    p->next_number[h->level] = h->number + 1;
    for (int lv = h->level + 1; lv <= 4; lv++)
        p->next_number[lv] = 0;

    /* Close sections at this level and deeper; attach to the innermost
     * open section above, or to the document. */
    for (int lv = h->level; lv <= 4; lv++)
        p->open[lv] = NULL;
    bulletin_node *parent = container(p);
    bl_node_append(parent ? parent : p->doc->root, node);
    p->open[h->level] = node;
    p->table = NULL;
    if (para_from < n)
        return add_paragraph(p, para_from, n);
    return BULLETIN_OK;
cleanup:
    bl_node_free(p->mem, node);
    return status;
}

static bool is_table_rule(const uint32_t *cp, size_t from, size_t to)
{
    bool dash = false;
    for (size_t i = from; i < to; i++) {
        uint32_t c = cp[i];
        if (c == '-')
            dash = true;
        else if (c != '|' && c != ':' && !is_space(c))
            return false;
    }
    return dash;
}

/* A table row: "| a | b | c |" (outer bars optional at the end). */
static bulletin_status add_table_row(parser *p, size_t from)
{
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    bulletin_status status = BULLETIN_OK;
    if (is_table_rule(cp, from, n))
        return BULLETIN_OK;
    if (!p->table) {
        p->table = bl_node_new(p->mem, BULLETIN_NODE_TABLE);
        if (!p->table)
            return BULLETIN_ERR_NOMEM;
        p->table->line = p->line;
        p->table->column = p->cur.col[from];
        status = attach_block(p, p->table);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, p->table);
            p->table = NULL;
            return status;
        }
        p->table->index = ++p->para_index;
    }
    bulletin_node *row = bl_node_new(p->mem, BULLETIN_NODE_ROW);
    if (!row)
        return BULLETIN_ERR_NOMEM;
    row->line = p->line;
    row->column = p->cur.col[from];
    bl_node_append(p->table, row);
    size_t end = n;
    while (end > from && is_space(cp[end - 1]))
        end--;
    if (end > from + 1 && cp[end - 1] == '|')
        end--;
    size_t start = from + 1;
    while (start <= end) {
        size_t stop = start;
        while (stop < end && cp[stop] != '|')
            stop++;
        bulletin_node *cell = bl_node_new(p->mem, BULLETIN_NODE_CELL);
        if (!cell)
            return BULLETIN_ERR_NOMEM;
        status = set_text(p, cell, start, stop);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, cell);
            return status;
        }
        if (start == stop || cell->column == 0)
            cell->column = start < n ? p->cur.col[start] : p->cur.col[n - 1] + 1;
        bl_node_append(row, cell);
        start = stop + 1;
    }
    return BULLETIN_OK;
}

static bulletin_status set_title(parser *p, size_t from, size_t to)
{
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_TITLE);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status = set_text(p, node, from, to);
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    bl_node_append(p->doc->root, node);
    p->title_done = true;
    if (!p->doc->meta[BULLETIN_META_TITLE]) {
        p->doc->meta[BULLETIN_META_TITLE] = bl_strndup(p->mem, node->text, node->len);
        if (!p->doc->meta[BULLETIN_META_TITLE])
            return BULLETIN_ERR_NOMEM;
    }
    return BULLETIN_OK;
}

/* The TITLE node for a front-matter title, placed where the value is. */
static bulletin_status front_matter_title(parser *p)
{
    const char *fm = p->doc->meta[BULLETIN_META_TITLE];
    bulletin_node *t = bl_node_new(p->mem, BULLETIN_NODE_TITLE);
    if (!t)
        return BULLETIN_ERR_NOMEM;
    bl_node_append(p->doc->root, t);
    t->len = t->source_len = strlen(fm);
    t->text = bl_strndup(p->mem, fm, t->len);
    t->source = bl_strndup(p->mem, fm, t->len);
    if (!t->text || !t->source)
        return BULLETIN_ERR_NOMEM;
    t->line = p->title_line;
    t->column = p->title_col;
    p->title_done = true;
    p->check_repeat = true;
    return BULLETIN_OK;
}

/* One body line (not front matter, not blank). */
static bulletin_status body_line(parser *p)
{
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    size_t i = skip_spaces(cp, n, 0);
    if (i == n)
        return BULLETIN_OK;
    if (!p->title_done)
        return set_title(p, i, n);
    if (p->check_repeat) {
        /* With a front-matter title, a first line that repeats it is the
         * title line, not body text. */
        p->check_repeat = false;
        bulletin_node tmp;
        memset(&tmp, 0, sizeof tmp);
        bulletin_status status = set_text(p, &tmp, i, n);
        bool repeat = status == BULLETIN_OK
                   && strcmp(tmp.text, p->doc->meta[BULLETIN_META_TITLE]) == 0;
        bl_free(p->mem, tmp.text);
        bl_free(p->mem, tmp.source);
        bl_free(p->mem, tmp.colmap);
        if (status != BULLETIN_OK || repeat)
            return status;
    }
    if (cp[i] == '|' || cp[i] == 0xFF5C) {
        return add_table_row(p, i);
    }
    p->table = NULL;
    heading_match h;
    if (match_heading(cp, n, i, &h))
        return add_heading(p, &h);
    return add_paragraph(p, i, n);
}

/* ========================================================================
 * Front matter
 * ====================================================================== */

static bool valid_date(const char *s, size_t len)
{
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return false;
    return true;
}

/* True when a line "---" follows byte `i` (front matter is closed). */
static bool has_closing_fence(const unsigned char *s, size_t len, size_t i)
{
    while (i < len) {
        size_t e = i;
        while (e < len && s[e] != '\n' && s[e] != '\r')
            e++;
        size_t t = e;
        while (t > i && (s[t - 1] == ' ' || s[t - 1] == '\t'))
            t--;
        if (t - i == 3 && memcmp(s + i, "---", 3) == 0)
            return true;
        i = e + 1;
    }
    return false;
}

static bool is_fence(const cpline *l)
{
    size_t n = l->n;
    while (n > 0 && is_space(l->cp[n - 1]))
        n--;
    return n == 3 && l->cp[0] == '-' && l->cp[1] == '-' && l->cp[2] == '-';
}

/* One "key: value" line of front matter. */
static bulletin_status front_matter_line(parser *p)
{
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    size_t i = skip_spaces(cp, n, 0);
    if (i == n || cp[i] == '#')
        return BULLETIN_OK; /* blank or comment */
    size_t colon = i;
    while (colon < n && cp[colon] != ':' && cp[colon] != 0xFF1A)
        colon++;
    if (colon == n)
        return bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, p->cur.col[i],
                           "expected 'key: value' in front matter");
    char key[32];
    size_t klen = 0;
    size_t kend = colon;
    while (kend > i && is_space(cp[kend - 1]))
        kend--;
    for (size_t k = i; k < kend; k++) {
        if (cp[k] > 0x7F || klen + 1 >= sizeof key) {
            klen = sizeof key; /* not a known key */
            break;
        }
        key[klen++] = (char)cp[k];
    }
    int which = -1;
    if (klen < sizeof key) {
        key[klen] = '\0';
        for (int m = 0; m < BULLETIN_META_COUNT; m++)
            if (strcmp(key, bulletin_meta_name((bulletin_meta)m)) == 0)
                which = m;
    }
    if (which < 0)
        return bl_doc_warn(p->doc, p->line, p->cur.col[i], "unknown front-matter key ignored");

    bulletin_node tmp;
    memset(&tmp, 0, sizeof tmp);
    bulletin_status status = set_text(p, &tmp, colon + 1, n);
    if (status == BULLETIN_OK) {
        int vcol = tmp.column ? tmp.column : p->cur.col[colon] + 1;
        if (which == BULLETIN_META_DATE && !valid_date(tmp.text, tmp.len))
            status = bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, vcol,
                                 "malformed date '%s' (expected YYYY-MM-DD)", tmp.text);
        else if (which == BULLETIN_META_YEAR
                 && (tmp.len != 4 || strspn(tmp.text, "0123456789") != 4))
            status = bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, vcol,
                                 "malformed year '%s' (expected four digits)", tmp.text);
        else if (p->doc->meta[which])
            status = bl_doc_warn(p->doc, p->line, p->cur.col[i],
                                 "front-matter key '%s' given twice; the last one counts", key);
    }
    if (status == BULLETIN_OK) {
        if (which == BULLETIN_META_TITLE) {
            p->title_line = p->line;
            p->title_col = tmp.column ? tmp.column : p->cur.col[colon] + 1;
        }
        bl_free(p->mem, p->doc->meta[which]);
        p->doc->meta[which] = tmp.text;
        tmp.text = NULL;
    }
    bl_free(p->mem, tmp.text);
    bl_free(p->mem, tmp.source);
    bl_free(p->mem, tmp.colmap);
    return status;
}

/* ========================================================================
 * Public API
 * ====================================================================== */

bulletin_status bulletin_parse(const char *text, size_t len, const char *path,
                               unsigned options, const bulletin_mem *mem,
                               bulletin_doc **out, bulletin_diag *diag)
{
    bulletin_status status = BULLETIN_OK;
    parser p;
    memset(&p, 0, sizeof p);
    if (!mem)
        mem = bulletin_default_mem();
    if (out)
        *out = NULL;
    bulletin_diag_clear(diag);
    if (!out || (!text && len))
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, 0, 0, "no input or no output");
    if (path && strcmp(path, "-") == 0)
        path = NULL;
    if (len > BULLETIN_MAX_INPUT)
        return bl_diag_set(diag, BULLETIN_ERR_LIMIT, path, 0, 0,
                           "input of %zu bytes exceeds the limit of %zu bytes", len,
                           (size_t)BULLETIN_MAX_INPUT);

    const unsigned char *s = (const unsigned char *)text;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        s += 3, len -= 3;
    status = check_encoding(s, len, path, diag);
    if (status != BULLETIN_OK)
        return status;

    p.mem = mem;
    p.path = path;
    p.options = options;
    p.diag = diag;
    bl_buf_init(&p.out, mem);
    p.doc = bl_alloc(mem, sizeof *p.doc);
    if (!p.doc)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
    p.doc->mem = mem;
    p.doc->path = path;
    p.doc->input_bytes = (size_t)(s - (const unsigned char *)text) + len;
    {
        /* The digest of the file as given (BOM included), for provenance.
         * Nettle: a plain function call (OpenSSL 3's EVP spends more on
         * fetching its provider than on hashing a bulletin). */
        struct sha256_ctx sha;
        uint8_t md[SHA256_DIGEST_SIZE];
        static const char hex[] = "0123456789abcdef";
        sha256_init(&sha);
        sha256_update(&sha, p.doc->input_bytes, (const uint8_t *)text);
        sha256_digest(&sha, SHA256_DIGEST_SIZE, md);
        for (unsigned k = 0; k < SHA256_DIGEST_SIZE; k++) {
            p.doc->sha256[2 * k] = hex[md[k] >> 4];
            p.doc->sha256[2 * k + 1] = hex[md[k] & 15];
        }
        p.doc->sha256[64] = '\0';
    }
    p.doc->root = bl_node_new(mem, BULLETIN_NODE_DOCUMENT);
    if (!p.doc->root) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    p.doc->root->line = 1;
    p.doc->root->column = 1;

    enum { BODY, FRONT_MATTER } state = BODY;
    int fm_line = 0;
    size_t i = 0;
    p.line = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && s[e] != '\n' && s[e] != '\r')
            e++;
        p.line++;
        BL_CHECK(cpline_decode(&p, (const char *)s + i, e - i));
        if (p.line == 1 && is_fence(&p.cur)) {
            state = FRONT_MATTER;
            fm_line = 1;
            if (!has_closing_fence(s, len, e + 1)) {
                status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, 1, 1,
                                     "unterminated front matter (no closing '---')");
                goto cleanup;
            }
        } else if (state == FRONT_MATTER) {
            if (is_fence(&p.cur)) {
                state = BODY;
                if (p.doc->meta[BULLETIN_META_TITLE])
                    BL_CHECK(front_matter_title(&p));
            }
            else
                BL_CHECK(front_matter_line(&p));
        } else {
            BL_CHECK(body_line(&p));
        }
        if (e < len && s[e] == '\r' && e + 1 < len && s[e + 1] == '\n')
            e++;
        i = e + 1;
    }
    if (state == FRONT_MATTER) {
        status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, fm_line, 1,
                             "unterminated front matter (no closing '---')");
        goto cleanup;
    }
    if (!p.title_done) {
        status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, p.line ? p.line : 1, 1,
                             "empty bulletin: no title and no text");
        goto cleanup;
    }
    if ((options & BULLETIN_OPT_STRICT) && p.doc->nwarnings) {
        *diag = p.doc->warnings[0];
        diag->severity = BULLETIN_SEVERITY_ERROR;
        status = diag->status;
        goto cleanup;
    }
    BL_CHECK(bl_doc_scan_figures(p.doc));
#ifdef BULLETIN_DEBUG_CHECKS
    BL_CHECK(bulletin_doc_check(p.doc, diag));
#endif

cleanup:
    bl_free(mem, p.cur.cp);
    bl_free(mem, p.cur.col);
    bl_free(mem, p.colmap);
    bl_buf_free(&p.out);
    if (status != BULLETIN_OK) {
        if (status == BULLETIN_ERR_NOMEM)
            bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, p.line, 0, "out of memory");
        bulletin_doc_free(p.doc);
        return status;
    }
    *out = p.doc;
    return BULLETIN_OK;
}

bulletin_status bulletin_parse_file(const char *path, unsigned options, const bulletin_mem *mem,
                                    bulletin_doc **out, bulletin_diag *diag)
{
    if (!mem)
        mem = bulletin_default_mem();
    if (out)
        *out = NULL;
    bool is_stdin = !path || strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return bl_diag_set(diag, BULLETIN_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    bl_buf b;
    bl_buf_init(&b, mem);
    bulletin_status status = BULLETIN_OK;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + got > BULLETIN_MAX_INPUT) {
            status = bl_diag_set(diag, BULLETIN_ERR_LIMIT, is_stdin ? NULL : path, 0, 0,
                                 "input exceeds the limit of %zu bytes",
                                 (size_t)BULLETIN_MAX_INPUT);
            break;
        }
        if (bl_buf_put(&b, chunk, got) != BULLETIN_OK) {
            status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
            break;
        }
    }
    if (status == BULLETIN_OK && ferror(f))
        status = bl_diag_set(diag, BULLETIN_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
    if (!is_stdin)
        fclose(f);
    if (status == BULLETIN_OK)
        status = bulletin_parse(b.data ? b.data : "", b.len, path, options, mem, out, diag);
    bl_buf_free(&b);
    return status;
}
