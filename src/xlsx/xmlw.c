/*
 * xmlw.c - the program's own definitions of small functions that
 * libxlsxwriter calls for every tag, attribute, cell and relationship it
 * writes: the same bytes, without a fprintf for each piece, 4 KB filled
 * for each attribute or 2 KB kept for each relationship.
 *
 * libxlsxwriter (1.1.5) writes its XML through lxw_xml_start_tag,
 * lxw_xml_empty_tag, lxw_xml_end_tag and lxw_xml_data_element
 * (xmlwriter.h), each a fprintf("<%s") and a fprintf(" %s=\"%s\"") for
 * each attribute; an attribute is a 4,160-byte record that
 * lxw_new_attribute_str and _int fill with strncpy (which pads the 2,079
 * bytes after the text with zeros) or snprintf; a cell's name (A1) is a
 * reversed column name and a snprintf("%d"); a string cell's length is
 * counted a byte at a time (lxw_utf8_strlen); lxw_add_worksheet_relationship
 * (at the end) keeps a zeroed 2,080-byte buffer for each relationship's
 * type.  The calls go through the library's PLT, so definitions in the
 * program come first, as for lxw_tmpfile (xlsx.c; Makefile XMLW_SYMS
 * exports them from the executable; libbulletin.so keeps them hidden and
 * the library's own run).  Each writes what the library's function
 * writes, byte for byte (tests/unit/test_xlsx_xmlw.c compares each with
 * the library's own, found with dlsym(RTLD_NEXT), so an upgrade of the
 * library that changes one fails there).  Measured (callgrind, export
 * -t pdf,xlsx): one bulletin 83.8M -> 81.1M instructions, the 100x text
 * 1,977M -> 1,839M and its peak RSS 41.1 -> 37.4 MiB.
 *
 * The streams are libxlsxwriter's parts (xlsx.c: without stdio's lock).
 */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>
#include <xlsxwriter/xmlwriter.h>

#include "xlsx_int.h"

/* The entity each character that may be escaped is written as. */
static const char *const entity[128] = {
    ['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;", ['\n'] = "&#xA;",
};

/* A tag built in a buffer and written with one fwrite when it is full or
 * complete (each piece through stdio cost some 550 instructions an
 * attribute: 28M for the 100x text's rows and links). */
typedef struct {
    FILE *f;
    size_t n;
    char b[512];
} tagbuf;

static void tb_flush(tagbuf *t)
{
    if (t->n)
        fwrite(t->b, 1, t->n, t->f);
    t->n = 0;
}

/* (the buffer full: written out, and s after it or into it) */
static void tb_put_full(tagbuf *t, const char *s, size_t n)
{
    tb_flush(t);
    if (n > sizeof t->b) {
        fwrite(s, 1, n, t->f);
        return;
    }
    memcpy(t->b, s, n);
    t->n = n;
}

static inline void tb_put(tagbuf *t, const char *s, size_t n)
{
    if (n > sizeof t->b - t->n) {
        tb_put_full(t, s, n);
        return;
    }
    memcpy(t->b + t->n, s, n);
    t->n += n;
}

/* A row's cells, written with one fwrite when the row ends (a fwrite a
 * cell cost some 110 instructions: 8M for the 100x text's 70,000 cells).
 * The library writes a row with data as _write_row, a _write_cell for
 * each cell, then lxw_xml_end_tag(file, "row"); the buffer holds bytes
 * only from such a _write_row to the next write of any other kind, each
 * of which (every lxw_xml_* and tag writer here, a cell the library
 * writes itself) first writes out what it holds, so the bytes reach the
 * file in the same order.  One a thread: workbooks are written on
 * several threads at once. */
typedef struct {
    FILE *f; /* the sheet whose row is being written, NULL when none */
    size_t n;
    char b[4096];
} rowbuf;

static _Thread_local rowbuf rb;

/* What the buffer holds written out, and no row open. */
static void rb_release(void)
{
    if (rb.f && rb.n)
        fwrite(rb.b, 1, rb.n, rb.f);
    rb.f = NULL;
    rb.n = 0;
}

/* A cell's bytes to file f: into the row's buffer when f's row is open. */
static void rb_out(FILE *f, const char *s, size_t n)
{
    if (rb.f != f) {
        rb_release();
        fwrite(s, 1, n, f);
        return;
    }
    if (n > sizeof rb.b - rb.n) {
        fwrite(rb.b, 1, rb.n, f);
        rb.n = 0;
        if (n > sizeof rb.b) {
            fwrite(s, 1, n, f);
            return;
        }
    }
    memcpy(rb.b + rb.n, s, n);
    rb.n += n;
}

/* s as it is, or with the characters in `esc` (each one of entity[]) as
 * entities: attributes escape & < > " and a line feed (&#xA;), data
 * & < > only. */
static void tb_escaped(tagbuf *t, const char *s, const char *esc)
{
    for (;;) {
        size_t n = strcspn(s, esc);
        if (n)
            tb_put(t, s, n);
        s += n;
        if (!*s)
            return;
        const char *e = entity[(unsigned char)*s];
        tb_put(t, e, strlen(e));
        s++;
    }
}

/* `<tag` and its attributes, as the library writes them (a fprintf for
 * each piece there; one fwrite for the whole tag here: 23M instructions
 * of 50 corpus workbooks went to stdio's putc, fputs and fwrite). */
static void tb_tag_attributes(tagbuf *t, const char *tag, struct xml_attribute_list *attributes)
{
    tb_put(t, "<", 1);
    tb_put(t, tag, strlen(tag));
    if (!attributes)
        return;
    struct xml_attribute *a;
    STAILQ_FOREACH(a, attributes, list_entries) {
        tb_put(t, " ", 1);
        tb_put(t, a->key, strlen(a->key));
        tb_put(t, "=\"", 2);
        tb_escaped(t, a->value, "&<>\"\n");
        tb_put(t, "\"", 1);
    }
}

void lxw_xml_start_tag(FILE *xmlfile, const char *tag, struct xml_attribute_list *attributes)
{
    rb_release();
    tagbuf t = {.f = xmlfile, .n = 0};
    tb_tag_attributes(&t, tag, attributes);
    tb_put(&t, ">", 1);
    tb_flush(&t);
}

void lxw_xml_empty_tag(FILE *xmlfile, const char *tag, struct xml_attribute_list *attributes)
{
    rb_release();
    tagbuf t = {.f = xmlfile, .n = 0};
    tb_tag_attributes(&t, tag, attributes);
    tb_put(&t, "/>", 2);
    tb_flush(&t);
}

static void tb_end_tag(tagbuf *t, const char *tag)
{
    tb_put(t, "</", 2);
    tb_put(t, tag, strlen(tag));
    tb_put(t, ">", 1);
}

void lxw_xml_end_tag(FILE *xmlfile, const char *tag)
{
    rb_release();
    tagbuf t = {.f = xmlfile, .n = 0};
    tb_end_tag(&t, tag);
    tb_flush(&t);
}

void lxw_xml_data_element(FILE *xmlfile, const char *tag, const char *data,
                          struct xml_attribute_list *attributes)
{
    rb_release();
    tagbuf t = {.f = xmlfile, .n = 0};
    tb_tag_attributes(&t, tag, attributes);
    tb_put(&t, ">", 1);
    tb_escaped(&t, data, "&<>");
    tb_end_tag(&t, tag);
    tb_flush(&t);
}

/* The library's copy of a key or value: at most LXW_MAX_ATTRIBUTE_LENGTH
 * - 1 bytes and a NUL (nothing reads past the NUL). */
static void copy_attr(char *dst, const char *src)
{
    size_t n = strnlen(src, LXW_MAX_ATTRIBUTE_LENGTH - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

struct xml_attribute *lxw_new_attribute_str(const char *key, const char *value)
{
    struct xml_attribute *a = malloc(sizeof *a);
    if (a) {
        copy_attr(a->key, key);
        copy_attr(a->value, value);
    }
    return a;
}

/* snprintf(out, room, "%d", v) of a value the library passes as an
 * unsigned 32-bit number (above INT_MAX: negative), cut to room - 1. */
static void put_int(char *out, int32_t v, size_t room)
{
    if (v >= 0) {
        uint32_t d = (uint32_t)v;
        size_t nd = 1;
        for (uint32_t t = d; t >= 10; t /= 10)
            nd++;
        if (nd < room) { /* nothing cut: the digits in place */
            out[nd] = '\0';
            do {
                out[--nd] = (char)('0' + d % 10);
                d /= 10;
            } while (nd);
            return;
        }
    }
    char tmp[16];
    size_t n = 0, k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)(long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[n++] = '-';
    while (n && k + 1 < room)
        out[k++] = tmp[--n];
    out[k] = '\0';
}

struct xml_attribute *lxw_new_attribute_int(const char *key, uint32_t value)
{
    struct xml_attribute *a = malloc(sizeof *a);
    if (a) {
        copy_attr(a->key, key);
        put_int(a->value, (int32_t)value, LXW_MAX_ATTRIBUTE_LENGTH);
    }
    return a;
}

/* Characters of a string cell (UTF-8: the bytes that are not 10xxxxxx),
 * counted eight bytes at a time (bl_utf8_count). */
size_t lxw_utf8_strlen(const char *str)
{
    return bl_utf8_count(str, strlen(str));
}

void lxw_rowcol_to_cell(char *cell_name, lxw_row_t row, lxw_col_t col)
{
    /* the column's letters (bijective base 26), last first */
    char rev[8];
    size_t n = 0;
    char *o = cell_name;
    if (col < 26) { /* one letter: nearly every cell */
        *o++ = (char)('A' + col);
    } else {
        for (unsigned c = (lxw_col_t)(col + 1); c; c = (c - 1) / 26) {
            unsigned r = c % 26;
            rev[n++] = (char)('A' + (r ? r : 26) - 1);
        }
        while (n)
            *o++ = rev[--n];
    }
    put_int(o, (int32_t)(row + 1), LXW_MAX_ROW_NAME_LENGTH);
}

/* A sheet's relationship (a link's target, a drawing, a table), as the
 * library adds it but for the type's buffer: the library gives it 2,080
 * bytes (LXW_MAX_ATTRIBUTE_LENGTH, zeroed) where some 70 are used, and
 * keeps every one of a sheet's until the sheet's relationships are
 * written: 7.9 MiB for the 100x text's 3,813 PDF页码 links, at the
 * export's peak.  The same strings, each as long as it is. */
void lxw_add_worksheet_relationship(lxw_relationships *self, const char *type,
                                    const char *target, const char *target_mode)
{
    static const char schema[] = LXW_SCHEMA_DOCUMENT;
    if (!type || !target)
        return;
    size_t ls = sizeof schema - 1, lt = strlen(type);
    if (ls + lt > LXW_MAX_ATTRIBUTE_LENGTH - 1) /* snprintf's cut */
        lt = LXW_MAX_ATTRIBUTE_LENGTH - 1 > ls ? LXW_MAX_ATTRIBUTE_LENGTH - 1 - ls : 0;
    lxw_rel_tuple *r = calloc(1, sizeof *r);
    if (!r)
        return;
    r->type = malloc(ls + lt + 1);
    r->target = strdup(target);
    r->target_mode = target_mode ? strdup(target_mode) : NULL;
    if (!r->type || !r->target || (target_mode && !r->target_mode)) {
        free(r->type);
        free(r->target);
        free(r->target_mode);
        free(r);
        return;
    }
    memcpy(r->type, schema, ls);
    memcpy(r->type + ls, type, lt);
    r->type[ls + lt] = '\0';
    STAILQ_INSERT_TAIL(self->relationships, r, list_pointers);
}

/* ------------------------------------------------------------------------
 * Number and string cells.  libxlsxwriter writes each with one fprintf:
 * `<c r="A1" s="3"><v>%.16G</v></c>` and `<c r="A1" s="3" t="s"><v>%d</v></c>`
 * (the s attribute only for a style index other than 0).  glibc's %.16G
 * takes some 2,600 instructions a number (multi-precision digits): 89M of
 * the 100x text's 1,890M.  Here the same bytes: the sixteen digits of a
 * number exactly, in 128-bit integer arithmetic where they fit, else
 * snprintf as before.
 * ---------------------------------------------------------------------- */

__extension__ typedef unsigned __int128 u128;

/* 5^k, k <= 27 (< 2^63). */
static uint64_t pow5(int k)
{
    uint64_t v = 1;
    while (k-- > 0)
        v *= 5;
    return v;
}

/* floor(m * 2^e * 10^p), and *half: whether the rest is below half a
 * unit (-1), exactly half (0) or above (1), for 0 <= p <= 27; false when
 * the product does not fit in 128 bits. */
static bool scaled(uint64_t m, int e, int p, u128 *q, int *half)
{
    u128 v = (u128)m * pow5(p); /* < 2^53 * 2^63 */
    int s = e + p;                                          /* v * 2^s */
    if (s >= 0) {
        if (s > 127 - 116 || v >> (127 - s))
            return false;
        *q = v << s;
        *half = -1;
        return true;
    }
    if (s < -120)
        return false;
    unsigned sh = (unsigned)-s;
    u128 mask = ((u128)1 << sh) - 1, h = (u128)1 << (sh - 1);
    u128 rest = v & mask;
    *q = v >> sh;
    *half = rest < h ? -1 : rest == h ? 0 : 1;
    return true;
}

/* The decimal digits of v < 10^16, sixteen of them (leading zeros). */
static void digits16(uint64_t v, char *d)
{
    uint32_t hi = (uint32_t)(v / 100000000), lo = (uint32_t)(v % 100000000);
    for (int i = 7; i >= 0; i--) {
        d[i] = (char)('0' + hi % 10);
        d[i + 8] = (char)('0' + lo % 10);
        hi /= 10;
        lo /= 10;
    }
}

/* printf's %.16G of x into out (room 32); its length. */
static size_t fmt_g16(double x, char *out)
{
    static const uint64_t P15 = 1000000000000000ULL, P16 = 10000000000000000ULL;
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)(bits >> 52 & 0x7FF);
    double a = fabs(x);
    if (be == 0 || be == 0x7FF || a < 1e-12) /* 0, subnormal, inf, NaN, tiny */
        return (size_t)snprintf(out, 32, "%.16G", x);
    if (a < 1e16 && x == (double)(int64_t)x) {
        /* a whole number of at most sixteen digits (most cells, most row
         * heights): %.16G writes its digits, no point, no exponent */
        uint64_t v = (uint64_t)a;
        char d[20];
        size_t k = sizeof d, n = 0;
        do {
            d[--k] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        if (x < 0)
            out[n++] = '-';
        memcpy(out + n, d + k, sizeof d - k);
        n += sizeof d - k;
        out[n] = '\0';
        return n;
    }
    /* x = m * 2^e exactly */
    uint64_t m = (bits & 0x000FFFFFFFFFFFFFULL) | 0x0010000000000000ULL;
    int e = be - 1075;
    /* p: 10^15 <= |x| * 10^p < 10^16; the first guess from the binary
     * exponent (log10(2) < 0.30103) is at most one too small */
    int p = 15 - (int)floor((double)(be - 1023) * 0.30102999566398120);
    u128 q = 0;
    int half = -1;
    for (int tries = 0;; tries++) {
        if (tries == 3 || p < 0 || p > 27 || !scaled(m, e, p, &q, &half))
            return (size_t)snprintf(out, 32, "%.16G", x);
        if (q < P15)
            p++;
        else if (q >= P16)
            p--;
        else
            break;
    }
    /* to nearest, ties to even, as glibc in the default rounding mode */
    if (half > 0 || (half == 0 && (q & 1)))
        q++;
    int X = 15 - p; /* the exponent of the E style */
    if (q == P16) {
        q = P15;
        X++;
    }
    char d[16];
    digits16((uint64_t)q, d);
    int nd = 16; /* digits left once trailing zeros go */
    while (nd > 1 && d[nd - 1] == '0')
        nd--;
    size_t n = 0;
    if (signbit(x))
        out[n++] = '-';
    if (X < -4 || X >= 16) {
        out[n++] = d[0];
        if (nd > 1) {
            out[n++] = '.';
            memcpy(out + n, d + 1, (size_t)nd - 1);
            n += (size_t)nd - 1;
        }
        out[n++] = 'E';
        out[n++] = X < 0 ? '-' : '+';
        int ax = X < 0 ? -X : X;
        if (ax >= 100)
            out[n++] = (char)('0' + ax / 100);
        out[n++] = (char)('0' + ax / 10 % 10);
        out[n++] = (char)('0' + ax % 10);
    } else if (X >= 0) {
        /* X + 1 integer digits, then the rest of the sixteen */
        memcpy(out + n, d, (size_t)X + 1);
        n += (size_t)X + 1;
        if (nd > X + 1) {
            out[n++] = '.';
            memcpy(out + n, d + X + 1, (size_t)(nd - X - 1));
            n += (size_t)(nd - X - 1);
        }
    } else {
        out[n++] = '0';
        out[n++] = '.';
        for (int i = 0; i < -X - 1; i++)
            out[n++] = '0';
        memcpy(out + n, d, (size_t)nd);
        n += (size_t)nd;
    }
    out[n] = '\0';
    return n;
}

/* A number attribute (a column's width, a chart's and a drawing's
 * values, page margins): the library mallocs its record, copies the key
 * and writes the value with snprintf("%.16G") (lxw_sprintf_dbl, room
 * LXW_ATTR_32), some 3,000 instructions an attribute (3,400 over 50
 * corpus workbooks, 0.7% of the batch); here the same record from
 * fmt_g16, which writes what %.16G writes. */
struct xml_attribute *lxw_new_attribute_dbl(const char *key, double value)
{
    struct xml_attribute *a = malloc(sizeof *a);
    if (a) {
        copy_attr(a->key, key);
        fmt_g16(value, a->value);
    }
    return a;
}

/* The decimal digits of v at o (no NUL); the end.  Two digits a step
 * (every cell's row and style, a row's number). */
static char *put_u32(char *o, uint32_t v)
{
    static const char pairs[201] = "00010203040506070809101112131415161718192021222324"
                                   "25262728293031323334353637383940414243444546474849"
                                   "50515253545556575859606162636465666768697071727374"
                                   "75767778798081828384858687888990919293949596979899";
    size_t n = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5
             : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
    char *e = o + n;
    while (v >= 100) {
        uint32_t r = v % 100;
        v /= 100;
        n -= 2;
        memcpy(o + n, pairs + 2 * r, 2);
    }
    if (v >= 10)
        memcpy(o, pairs + 2 * v, 2); /* (n is 2 here) */
    else
        o[0] = (char)('0' + v); /* (n is 1) */
    return e;
}

/* put_int(o, v, 16) (snprintf's "%d") without its NUL; the end. */
static char *put_i32(char *o, int32_t v)
{
    if (v >= 0)
        return put_u32(o, (uint32_t)v);
    put_int(o, v, 16);
    return o + strlen(o);
}

/* `<c r="` and the cell's name range[rlen] (and `"`) at o; the end. */
static char *put_cell_name(char *o, const char *range, size_t rlen)
{
    memcpy(o, "<c r=\"", 6);
    memcpy(o + 6, range, rlen);
    o[6 + rlen] = '"';
    return o + 7 + rlen;
}

/* ` s="3"` when the style index is not 0; the end. */
static char *put_style(char *o, int32_t style_index)
{
    if (style_index) {
        memcpy(o, " s=\"", 4);
        o = put_i32(o + 4, style_index);
        *o++ = '"';
    }
    return o;
}

/* The rest of a number cell (its start at buf, up to o), and the cell in
 * one write, not a fprintf (buf: room 128). */
static void end_number_cell(FILE *f, char *buf, char *o, const lxw_cell *cell)
{
    memcpy(o, "><v>", 4);
    o += 4;
    o += fmt_g16(cell->u.number, o);
    memcpy(o, "</v></c>", 8);
    o += 8;
    rb_out(f, buf, (size_t)(o - buf));
}

static void end_string_cell(FILE *f, char *buf, char *o, const lxw_cell *cell)
{
    memcpy(o, " t=\"s\"><v>", 10);
    o = put_i32(o + 10, cell->u.string_id);
    memcpy(o, "</v></c>", 8);
    o += 8;
    rb_out(f, buf, (size_t)(o - buf));
}

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell)
{
    char buf[128];
    char *o = put_style(put_cell_name(buf, range, strlen(range)), style_index);
    end_number_cell(self->file, buf, o, cell);
}

void _write_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell)
{
    char buf[128];
    char *o = put_style(put_cell_name(buf, range, strlen(range)), style_index);
    end_string_cell(self->file, buf, o, cell);
}

/* ------------------------------------------------------------------------
 * Rows and blank cells.  libxlsxwriter writes each <row> tag, and each
 * blank (formatted, empty) cell, through a list of attribute records, a
 * 4,160-byte malloc each (r, spans, ht, customHeight ...): some 3,500
 * instructions a row and 2,700 a blank cell.  Here the same tags, written
 * straight from the row and the cell.
 * ---------------------------------------------------------------------- */

/* The bytes an attribute's value writes as entities (entity[]). */
#define ATTR_ESCAPED "&<>\"\n"

/* ` key="value"`, as put_tag_attributes writes the library's record of
 * them: each cut to LXW_MAX_ATTRIBUTE_LENGTH - 1 bytes (copy_attr), the
 * value's & < > " and line feeds as entities (entity[]). */
static void put_attr(tagbuf *t, const char *key, const char *value)
{
    size_t kn = strnlen(key, LXW_MAX_ATTRIBUTE_LENGTH - 1);
    if (kn + 3 <= sizeof t->b - t->n) { /* ` key="` at once */
        char *o = t->b + t->n;
        o[0] = ' ';
        memcpy(o + 1, key, kn);
        o[kn + 1] = '=';
        o[kn + 2] = '"';
        t->n += kn + 3;
    } else {
        tb_put(t, " ", 1);
        tb_put(t, key, kn);
        tb_put(t, "=\"", 2);
    }
    /* the runs between the bytes to escape found by strcspn (a link's
     * Type and Target are some 80 and 40 bytes, nothing to escape) */
    const unsigned char *v = (const unsigned char *)value;
    const size_t cap = LXW_MAX_ATTRIBUTE_LENGTH - 1;
    size_t run = 0, i = 0;
    while (i < cap) {
        i += strcspn(value + i, ATTR_ESCAPED);
        if (i >= cap) {
            i = cap;
            break;
        }
        if (!v[i])
            break;
        tb_put(t, value + run, i - run);
        const char *e = entity[v[i]];
        tb_put(t, e, strlen(e));
        run = ++i;
    }
    tb_put(t, value + run, i - run);
    tb_put(t, "\"", 1);
}

static void put_attr_int(tagbuf *t, const char *key, uint32_t value)
{
    char num[16];
    put_int(num, (int32_t)value, sizeof num);
    put_attr(t, key, num);
}

void _write_row(lxw_worksheet *self, lxw_row *row, char *spans)
{
    rb_release();
    tagbuf t = {.f = self->file, .n = 0};
    int32_t xf_index = row->format ? lxw_format_get_xf_index(row->format) : 0;
    double height = row->height_changed ? row->height : self->default_row_height;
    tb_put(&t, "<row", 4);
    put_attr_int(&t, "r", row->row_num + 1);
    if (spans)
        put_attr(&t, "spans", spans);
    if (xf_index)
        put_attr_int(&t, "s", (uint32_t)xf_index);
    if (row->format)
        put_attr(&t, "customFormat", "1");
    if (height != LXW_DEF_ROW_HEIGHT) {
        /* lxw_new_attribute_dbl: %.16G.  A sheet's rows have a few
         * heights, mostly not whole (some 500 instructions each): the
         * last one's digits kept, for the same bits */
        static _Thread_local uint64_t last_bits;
        static _Thread_local char last_num[32];
        uint64_t bits;
        memcpy(&bits, &height, sizeof bits);
        if (!last_num[0] || bits != last_bits) {
            fmt_g16(height, last_num);
            last_bits = bits;
        }
        put_attr(&t, "ht", last_num);
    }
    if (row->hidden)
        put_attr(&t, "hidden", "1");
    if (height != LXW_DEF_ROW_HEIGHT)
        put_attr(&t, "customHeight", "1");
    if (row->level)
        put_attr_int(&t, "outlineLevel", row->level);
    if (row->collapsed)
        put_attr(&t, "collapsed", "1");
    if (self->excel_version == 2010)
        put_attr(&t, "x14ac:dyDescent", "0.25");
    if (row->data_changed)
        tb_put(&t, ">", 1);
    else
        tb_put(&t, "/>", 2);
    if (row->data_changed && t.n <= sizeof rb.b) {
        /* its cells follow, then its end tag: the row opens in rb */
        memcpy(rb.b, t.b, t.n);
        rb.n = t.n;
        rb.f = t.f;
        return;
    }
    tb_flush(&t);
}

typedef void (*write_cell_fn)(lxw_worksheet *, lxw_cell *, lxw_format *);

/* A cell: number, string and blank cells here (a blank cell only with a
 * format of its own, as the library writes it), every other kind
 * (formulas, booleans, inline strings) by the library's own _write_cell. */
void _write_cell(lxw_worksheet *self, lxw_cell *cell, lxw_format *row_format)
{
    if (cell->type != NUMBER_CELL && cell->type != STRING_CELL && cell->type != BLANK_CELL) {
        rb_release(); /* the library writes it straight to the file */
        write_cell_fn lib = NULL;
        void *sym = dlsym(RTLD_NEXT, "_write_cell");
        if (sym)
            memcpy(&lib, &sym, sizeof lib); /* an object pointer to a function pointer */
        if (lib && lib != _write_cell)
            lib(self, cell, row_format); /* the program's is exported only beside the library's */
        return;
    }
    /* the cell's name (lxw_rowcol_to_cell's) written in place: one
     * letter and the row's digits for the first 26 columns */
    char buf[128];
    char *o;
    if (cell->col_num < 26 && cell->row_num < LXW_ROW_MAX) {
        memcpy(buf, "<c r=\"", 6);
        buf[6] = (char)('A' + cell->col_num);
        o = put_u32(buf + 7, cell->row_num + 1);
        *o++ = '"';
    } else {
        char range[LXW_MAX_CELL_NAME_LENGTH] = {0};
        lxw_rowcol_to_cell(range, cell->row_num, cell->col_num);
        o = put_cell_name(buf, range, strlen(range));
    }
    int32_t style_index = 0;
    if (cell->format)
        style_index = lxw_format_get_xf_index(cell->format);
    else if (row_format)
        style_index = lxw_format_get_xf_index(row_format);
    else if (cell->col_num < self->col_formats_max && self->col_formats[cell->col_num])
        style_index = lxw_format_get_xf_index(self->col_formats[cell->col_num]);
    o = put_style(o, style_index);
    if (cell->type == NUMBER_CELL) {
        end_number_cell(self->file, buf, o, cell);
    } else if (cell->type == STRING_CELL) {
        end_string_cell(self->file, buf, o, cell);
    } else if (cell->format) { /* a blank cell without a format of its own: nothing */
        memcpy(o, "/>", 2);
        rb_out(self->file, buf, (size_t)(o + 2 - buf));
    }
}

/* ------------------------------------------------------------------------
 * Links.  Each of a sheet's links (PDF页码: the 100x text has 3,813) is a
 * <hyperlink> tag in the sheet and a <Relationship> in its relationships,
 * each built by the library from attribute records (and a zeroed 2,080-byte
 * buffer for its rId): about 4,900 and 6,400 instructions.  The same tags,
 * written straight.
 * ---------------------------------------------------------------------- */

void _write_relationship(lxw_relationships *self, const char *type, const char *target,
                         const char *target_mode)
{
    rb_release();
    tagbuf t = {.f = self->file, .n = 0};
    self->rel_id++;
    char id[16] = "rId";
    put_int(id + 3, (int32_t)self->rel_id, sizeof id - 3);
    tb_put(&t, "<Relationship", 13);
    put_attr(&t, "Id", id);
    put_attr(&t, "Type", type);
    put_attr(&t, "Target", target);
    if (target_mode)
        put_attr(&t, "TargetMode", target_mode);
    tb_put(&t, "/>", 2);
    tb_flush(&t);
}

void _worksheet_write_hyperlink_external(lxw_worksheet *self, lxw_row_t row_num,
                                         lxw_col_t col_num, const char *location,
                                         const char *tooltip, uint16_t id)
{
    rb_release();
    tagbuf t = {.f = self->file, .n = 0};
    char ref[LXW_MAX_CELL_NAME_LENGTH], r_id[16] = "rId";
    lxw_rowcol_to_cell(ref, row_num, col_num);
    put_int(r_id + 3, id, sizeof r_id - 3);
    tb_put(&t, "<hyperlink", 10);
    put_attr(&t, "ref", ref);
    put_attr(&t, "r:id", r_id);
    if (location)
        put_attr(&t, "location", location);
    if (tooltip)
        put_attr(&t, "tooltip", tooltip);
    tb_put(&t, "/>", 2);
    tb_flush(&t);
}

/* ------------------------------------------------------------------------
 * Shared strings.  Every string cell goes through lxw_get_sst_index,
 * which callocs an element and strdups the string, inserts it into the
 * library's red-black tree (a strcmp at each level) and, when the string
 * is already there, frees both again: the 100x text's 25.6k string cells,
 * nearly all repeats, cost 25M instructions.  Here a hash table of each
 * table's elements comes first: a string already there is counted and its
 * element returned, as the library's function returns it; a new one goes
 * to the library's own function (its tree and list, as before) and then
 * into the hash.  lxw_sst_free drops the hash with the table.  The tables
 * of the process's workbooks are found under a lock (workbooks may be
 * written on several threads).
 * ---------------------------------------------------------------------- */

typedef struct sst_hash {
    struct sst_hash *next;
    const lxw_sst *sst;
    struct sst_element **slot; /* cap slots, NULL where empty */
    uint64_t *hash;            /* each slot's hash */
    size_t cap, used;          /* cap: a power of two */
} sst_hash;

static pthread_mutex_t sst_lock = PTHREAD_MUTEX_INITIALIZER;
static sst_hash *sst_tables;

typedef struct sst_element *(*sst_index_fn)(lxw_sst *, const char *, uint8_t);
typedef void (*sst_free_fn)(lxw_sst *);

/* The library's definition of `name`, or NULL where the program's is the
 * only one. */
static void *library_fn(const char *name, void *own)
{
    void *sym = dlsym(RTLD_NEXT, name);
    return sym && sym != own ? sym : NULL;
}

static uint64_t str_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ h >> 29;
}

static void sst_hash_put(sst_hash *t, struct sst_element *e, uint64_t h)
{
    size_t i = (size_t)h & (t->cap - 1);
    while (t->slot[i])
        i = (i + 1) & (t->cap - 1);
    t->slot[i] = e;
    t->hash[i] = h;
    t->used++;
}

/* Room for one more element (at most half the slots used); false when
 * memory runs out. */
static bool sst_hash_room(sst_hash *t)
{
    if (2 * (t->used + 1) <= t->cap)
        return true;
    size_t cap = t->cap ? 2 * t->cap : 256;
    struct sst_element **slot = calloc(cap, sizeof *slot);
    uint64_t *hash = malloc(cap * sizeof *hash);
    if (!slot || !hash) {
        free(slot);
        free(hash);
        return false;
    }
    sst_hash old = *t;
    t->slot = slot;
    t->hash = hash;
    t->cap = cap;
    t->used = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.slot[i])
            sst_hash_put(t, old.slot[i], old.hash[i]);
    free(old.slot);
    free(old.hash);
    return true;
}

struct sst_element *lxw_get_sst_index(lxw_sst *sst, const char *string, uint8_t is_rich_string)
{
    static sst_index_fn lib; /* the library's, looked up once (under the lock) */
    size_t n = strlen(string);
    uint64_t h = str_hash(string, n);
    struct sst_element *e = NULL;
    pthread_mutex_lock(&sst_lock);
    sst_hash *t = sst_tables;
    while (t && t->sst != sst)
        t = t->next;
    if (!t && (t = calloc(1, sizeof *t)) != NULL) {
        t->sst = sst;
        t->next = sst_tables;
        sst_tables = t;
    }
    if (t && t->cap) {
        for (size_t i = (size_t)h & (t->cap - 1); t->slot[i]; i = (i + 1) & (t->cap - 1))
            if (t->hash[i] == h && strcmp(t->slot[i]->string, string) == 0) {
                e = t->slot[i];
                break;
            }
    }
    if (e) {
        sst->string_count++; /* the library's count of every string cell */
    } else {
        if (!lib) {
            void *sym = library_fn("lxw_get_sst_index", (void *)(uintptr_t)lxw_get_sst_index);
            if (sym) /* an object pointer to a function pointer */
                memcpy(&lib, &sym, sizeof lib);
        }
        e = lib ? lib(sst, string, is_rich_string) : NULL;
        /* a table that cannot grow leaves the string to the tree alone */
        if (e && t && sst_hash_room(t))
            sst_hash_put(t, e, h);
    }
    pthread_mutex_unlock(&sst_lock);
    return e;
}

void lxw_sst_free(lxw_sst *sst)
{
    pthread_mutex_lock(&sst_lock);
    for (sst_hash **p = &sst_tables; *p; p = &(*p)->next)
        if ((*p)->sst == sst) {
            sst_hash *t = *p;
            *p = t->next;
            free(t->slot);
            free(t->hash);
            free(t);
            break;
        }
    pthread_mutex_unlock(&sst_lock);
    sst_free_fn lib = NULL;
    void *sym = library_fn("lxw_sst_free", (void *)(uintptr_t)lxw_sst_free);
    if (sym)
        memcpy(&lib, &sym, sizeof lib);
    if (lib)
        lib(sst);
}
