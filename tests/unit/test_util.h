/*
 * test_util.h - shared helpers of the cmocka unit tests: the includes
 * cmocka 1.x needs, an allocator routed through cmocka's leak checker, and
 * a counting allocator that fails on the N-th call.
 */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <libdeflate.h>

#include "bulletin.h"

/* cmocka's allocation macros add __FILE__/__LINE__, so they cannot be used
 * as function pointers directly: wrap them. */
static inline void *tu_calloc(size_t count, size_t size) { return test_calloc(count, size); }
static inline void *tu_realloc(void *ptr, size_t size) { return test_realloc(ptr, size); }
static inline void tu_free(void *ptr) { test_free(ptr); }

__attribute__((unused)) static const bulletin_mem tu_mem = {tu_calloc, tu_realloc, tu_free};

/* Fails the allocation numbered tu_fail_at (1-based); 0 never fails. */
__attribute__((unused)) static long tu_fail_at, tu_calls;
static inline void *tu_fail_calloc(size_t count, size_t size)
{
    if (tu_fail_at && ++tu_calls == tu_fail_at)
        return NULL;
    return test_calloc(count, size);
}
static inline void *tu_fail_realloc(void *ptr, size_t size)
{
    if (tu_fail_at && ++tu_calls == tu_fail_at)
        return NULL;
    return test_realloc(ptr, size);
}
__attribute__((unused)) static const bulletin_mem tu_failing_mem = {tu_fail_calloc, tu_fail_realloc, tu_free};

static inline void tu_fail_reset(long at)
{
    tu_fail_at = at;
    tu_calls = 0;
}

/* Renders a document's dump into a malloc'ed string (caller frees). */
typedef struct {
    char *data;
    size_t len;
} tu_str;

static inline int tu_sink(const char *data, size_t len, void *user)
{
    tu_str *s = user;
    char *d = realloc(s->data, s->len + len + 1);
    if (!d)
        return -1;
    memcpy(d + s->len, data, len);
    s->data = d;
    s->len += len;
    s->data[s->len] = '\0';
    return 0;
}

static inline char *tu_dump(const bulletin_doc *doc)
{
    tu_str s = {NULL, 0};
    bulletin_diag diag;
    assert_int_equal(bulletin_render_dump(doc, tu_sink, &s, &diag), BULLETIN_OK);
    return s.data ? s.data : calloc(1, 1);
}

/* Parses `text` with the leak-checking allocator; asserts success. */
static inline bulletin_doc *tu_parse(const char *text, unsigned options)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    bulletin_status st = bulletin_parse(text, strlen(text), "t.txt", options, &tu_mem, &doc, &diag);
    if (st != BULLETIN_OK)
        fail_msg("parse failed: %d:%d: %s", diag.line, diag.column, diag.message);
    return doc;
}

/* Parses and returns the dump (caller frees); the document is freed. */
static inline char *tu_parse_dump(const char *text, unsigned options)
{
    bulletin_doc *doc = tu_parse(text, options);
    char *out = tu_dump(doc);
    bulletin_doc_free(doc);
    return out;
}

/* Asserts that `text` parses with `options` to the dump `expected`. */
static inline void tu_expect_dump(const char *text, unsigned options, const char *expected)
{
    char *out = tu_parse_dump(text, options);
    assert_string_equal(out, expected);
    free(out);
}

/* Figure i of `doc` (asserted to be there). */
static inline bulletin_figure tu_figure(const bulletin_doc *doc, size_t i)
{
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, i, &f), BULLETIN_OK);
    return f;
}

/* The value of the figure `f` changes (its yoy_of), "" when none. */
static inline const char *tu_link_value(const bulletin_doc *doc, const bulletin_figure *f)
{
    bulletin_figure g;
    if (f->link != BULLETIN_NO_LINK && bulletin_doc_figure(doc, f->link, &g) == BULLETIN_OK)
        return g.value_text;
    return "";
}

/* Top-level node i of `doc` (0: the first; asserted to be there). */
static inline const bulletin_node *tu_top(const bulletin_doc *doc, size_t i)
{
    const bulletin_node *n = bulletin_node_first_child(bulletin_doc_root(doc));
    for (; n && i; i--)
        n = bulletin_node_next(n);
    assert_non_null(n);
    return n;
}

/* The first child of `parent` of kind `kind`, NULL when none. */
static inline const bulletin_node *tu_child_of_kind(const bulletin_node *parent, bulletin_node_type kind)
{
    const bulletin_node *n = bulletin_node_first_child(parent);
    while (n && bulletin_node_kind(n) != kind)
        n = bulletin_node_next(n);
    return n;
}

/* The last child of `parent` of kind `kind`, NULL when none. */
static inline const bulletin_node *tu_last_child_of_kind(const bulletin_node *parent, bulletin_node_type kind)
{
    const bulletin_node *last = NULL;
    for (const bulletin_node *n = bulletin_node_first_child(parent); n; n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == kind)
            last = n;
    return last;
}

/* The render options of the tests: template `tpl`, fonts from fonts/ (run
 * from the repository root), tu_mem. */
static inline void tu_render_opts(bulletin_render_opts *o, const char *tpl)
{
    bulletin_render_opts_init(o);
    o->fonts_dir = "fonts";
    o->mem = &tu_mem;
    o->template_name = tpl;
}

/* Renders `doc` as a PDF with `o`; asserts success and returns the file
 * (free its data). */
static inline tu_str tu_render_doc_pdf(const bulletin_doc *doc, const bulletin_render_opts *o)
{
    tu_str pdf = {NULL, 0};
    bulletin_diag d;
    assert_int_equal(bulletin_render_pdf(doc, o, tu_sink, &pdf, &d), BULLETIN_OK);
    assert_non_null(pdf.data);
    assert_memory_equal(pdf.data, "%PDF-", 5);
    return pdf;
}

/* Parses `text` and renders it as a PDF in template `tpl` (tu_render_opts);
 * asserts success and returns the file (free its data). */
static inline tu_str tu_render_pdf(const char *text, const char *tpl)
{
    bulletin_render_opts o;
    tu_render_opts(&o, tpl);
    bulletin_doc *doc = tu_parse(text, 0);
    tu_str pdf = tu_render_doc_pdf(doc, &o);
    bulletin_doc_free(doc);
    return pdf;
}

/* Calls fn on each page content stream of `pdf` (a stream that inflates
 * to text objects and no binary; libharu's streams start "stream\r\n",
 * the rewritten ones "\n") and returns how many there were. */
static inline size_t tu_page_contents(const tu_str *pdf, void (*fn)(const char *s, size_t n, void *ctx),
                                      void *ctx)
{
    struct libdeflate_decompressor *dz = libdeflate_alloc_decompressor();
    assert_non_null(dz);
    size_t cap = 1 << 22, pages = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    for (size_t i = 0; i + 8 < pdf->len; i++) {
        if (memcmp(pdf->data + i, "stream", 6) != 0 || (i && pdf->data[i - 1] == 'd'))
            continue;
        size_t at = i + 6 + (pdf->data[i + 6] == '\r') + 1, got = 0;
        if (libdeflate_zlib_decompress_ex(dz, pdf->data + at, pdf->len - at, out, cap, NULL, &got)
            != LIBDEFLATE_SUCCESS)
            continue;
        bool is_text = got >= 3 && memcmp(out, "BT\n", 3) == 0;
        for (size_t k = 0; !is_text && k + 4 <= got; k++)
            is_text = memcmp(out + k, "\nBT\n", 4) == 0;
        if (!is_text || memchr(out, '\0', got))
            continue;
        fn(out, got, ctx);
        pages++;
    }
    free(out);
    libdeflate_free_decompressor(dz);
    return pages;
}

/* Little-endian integer of the n bytes at p. */
static inline size_t tu_le(const unsigned char *p, int n)
{
    size_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* The inflated part `name` of the zip file `z` (caller frees), or NULL;
 * asserts that every central directory entry read is one and that a part
 * is stored or deflated (the workbooks' parts). */
static inline char *tu_zip_part(const tu_str *z, const char *name)
{
    const unsigned char *b = (const unsigned char *)z->data;
    size_t eocd = z->len - 22;
    while (eocd > 0 && tu_le(b + eocd, 4) != 0x06054b50)
        eocd--;
    size_t at = tu_le(b + eocd + 16, 4), count = tu_le(b + eocd + 10, 2);
    for (size_t e = 0; e < count; e++) {
        assert_int_equal(tu_le(b + at, 4), 0x02014b50);
        size_t method = tu_le(b + at + 10, 2), csize = tu_le(b + at + 20, 4), usize = tu_le(b + at + 24, 4);
        size_t nlen = tu_le(b + at + 28, 2), xlen = tu_le(b + at + 30, 2), clen = tu_le(b + at + 32, 2);
        size_t local = tu_le(b + at + 42, 4);
        if (nlen == strlen(name) && memcmp(b + at + 46, name, nlen) == 0) {
            const unsigned char *data = b + local + 30 + tu_le(b + local + 26, 2) + tu_le(b + local + 28, 2);
            char *out = calloc(1, usize + 1);
            assert_non_null(out);
            if (method == 0) {
                memcpy(out, data, usize);
            } else {
                assert_int_equal(method, 8);
                struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
                assert_non_null(d);
                assert_int_equal(libdeflate_deflate_decompress(d, data, csize, out, usize, NULL),
                                 LIBDEFLATE_SUCCESS);
                libdeflate_free_decompressor(d);
            }
            return out;
        }
        at += 46 + nlen + xlen + clen;
    }
    return NULL;
}

static inline unsigned tu_be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static inline unsigned long tu_be32(const unsigned char *p)
{
    return (unsigned long)p[0] << 24 | (unsigned long)p[1] << 16 | (unsigned long)p[2] << 8 | p[3];
}

/* Writes to `dst` the TrueType font `src` (under 1 MiB) with tables that
 * look usable but Unicode cmaps FreeType rejects: its format 4 and 12
 * subtables broken, and no glyph names (post format 3) to make one of. */
static inline void tu_write_cmapless_font(const char *src, const char *dst)
{
    FILE *in = fopen(src, "rb");
    assert_non_null(in);
    static unsigned char font[1 << 20];
    size_t n = fread(font, 1, sizeof font, in);
    fclose(in);
    assert_true(n > 12 && n < sizeof font);
    unsigned long cmap = 0, post = 0;
    for (unsigned t = 0; t < tu_be16(font + 4); t++) {
        if (!memcmp(font + 12 + 16 * t, "cmap", 4))
            cmap = tu_be32(font + 12 + 16 * t + 8);
        if (!memcmp(font + 12 + 16 * t, "post", 4))
            post = tu_be32(font + 12 + 16 * t + 8);
    }
    assert_true(cmap > 0 && post > 0);
    memcpy(font + post, "\0\3\0\0", 4);
    int broken = 0;
    for (unsigned i = 0; i < tu_be16(font + cmap + 2); i++) {
        unsigned long sub = cmap + tu_be32(font + cmap + 4 + 8 * i + 4);
        if (tu_be16(font + sub) == 4) {
            font[sub + 6] = 0xFF; /* more segments than the table holds */
            font[sub + 7] = 0xFE;
            broken++;
        } else if (tu_be16(font + sub) == 12) {
            memcpy(font + sub + 4, "\0\0\0\10", 4); /* shorter than its header */
            broken++;
        }
    }
    assert_true(broken >= 2);
    FILE *out = fopen(dst, "wb");
    assert_non_null(out);
    assert_int_equal(fwrite(font, 1, n, out), n);
    assert_int_equal(fclose(out), 0);
}

#endif
