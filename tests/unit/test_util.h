/*
 * test_util.h - shared helpers of the cmocka unit tests: the includes
 * cmocka 1.x needs, an allocator routed through cmocka's leak checker, and
 * a counting allocator that fails on the N-th call.
 */
#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

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

/* Parses `text` and renders it as a PDF in template `tpl` (fonts from
 * fonts/: run from the repository root); asserts success and returns the
 * file (free its data). */
static inline tu_str tu_render_pdf(const char *text, const char *tpl)
{
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.fonts_dir = "fonts";
    o.mem = &tu_mem;
    o.template_name = tpl;
    bulletin_doc *doc = tu_parse(text, 0);
    tu_str pdf = {NULL, 0};
    bulletin_diag d;
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &pdf, &d), BULLETIN_OK);
    bulletin_doc_free(doc);
    assert_non_null(pdf.data);
    assert_memory_equal(pdf.data, "%PDF-", 5);
    return pdf;
}

#endif
