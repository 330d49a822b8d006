/*
 * test_render_pdf_stream.c - a streamed PDF render (src/pdf/pdf_int.h:
 * ctx.stream): the glyph records of the text are dropped once each block
 * is folded and laid out again as the pages are drawn, so that those
 * alive at once are a few pages', not the document's; and the file is
 * the same, byte for byte, with the same lines reported to on_place and
 * the same warnings (a character no face has), over short paragraphs
 * and a table whose header row is repeated on every page, in both
 * templates.  Runs from the repository root (fonts/, templates/).
 */
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>

#include "pdf/pdf_int.h"

typedef struct {
    char *data;
    size_t len, cap;
} sinkbuf;

static int collect(const char *data, size_t len, void *user)
{
    sinkbuf *b = user;
    if (b->len + len > b->cap) {
        b->cap = 2 * (b->len + len);
        b->data = realloc(b->data, b->cap);
        assert_non_null(b->data);
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    return 0;
}

/* What a render reported: each placed line (node, offset, page) and
 * each warning's line, column and message, as text. */
static void on_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    char line[96];
    snprintf(line, sizeof line, "%p %zu %d\n", (const void *)node, offset, page);
    collect(line, strlen(line), user);
}

static void on_warning(void *user, const bulletin_diag *w)
{
    char line[400];
    snprintf(line, sizeof line, "%d:%d %s\n", w->line, w->column, w->message);
    collect(line, strlen(line), user);
}

typedef struct {
    sinkbuf pdf, events;
    size_t high;
} result;

static void render(const bulletin_doc *doc, const char *tpl, size_t stream_from, result *r)
{
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.fonts_dir = "fonts";
    o.template_name = tpl;
    o.on_place = on_place;
    o.place_user = &r->events;
    o.on_warning = on_warning;
    o.warning_user = &r->events;
    bulletin_diag diag;
    memset(r, 0, sizeof *r);
    size_t was = bl_pdf_stream_from;
    bl_pdf_stream_from = stream_from;
    assert_int_equal(bulletin_render_pdf(doc, &o, collect, &r->pdf, &diag), BULLETIN_OK);
    bl_pdf_stream_from = was;
    r->high = bl_pdf_glyphs_high;
}

static void result_free(result *r)
{
    free(r->pdf.data);
    free(r->events.data);
}

/* `text` rendered whole and streamed, in template `tpl`: the same file
 * and events; the glyph records held at once, whole and streamed. */
static void compare(const char *text, const char *tpl, size_t *whole, size_t *streamed)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    result a, b;
    render(doc, tpl, SIZE_MAX, &a);
    render(doc, tpl, 0, &b);
    assert_true(a.pdf.len > 1000);
    assert_int_equal(a.pdf.len, b.pdf.len);
    assert_memory_equal(a.pdf.data, b.pdf.data, a.pdf.len);
    assert_int_equal(a.events.len, b.events.len);
    assert_memory_equal(a.events.data, b.events.data, a.events.len);
    *whole = a.high;
    *streamed = b.high;
    result_free(&a);
    result_free(&b);
    bulletin_doc_free(doc);
}

/* "标题", then n paragraphs of 段落 and its number, the 100th with a
 * character no face has (U+E000: a box, reported). */
static char *paragraphs(size_t n)
{
    char *t = malloc(32 + n * 40);
    assert_non_null(t);
    size_t k = (size_t)sprintf(t, "标题\n");
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(t + k, i == 100 ? "段落\xee\x80\x80%zu。\n" : "段落%zu。\n", i);
    return t;
}

static void test_paragraphs(void **state)
{
    (void)state;
    static const char *const tpl[] = {"templates/brochure.ini", "templates/gongwen.ini"};
    for (size_t t = 0; t < 2; t++) {
        size_t held[2], all[2];
        for (size_t k = 0; k < 2; k++) {
            const size_t n = 3000 * (k + 1); /* 20,000 and 44,000 glyphs */
            char *text = paragraphs(n);
            size_t glyphs = 1; /* the box */
            for (size_t i = 0; i < n; i++) /* 段落, 。 and the digits */
                glyphs += 3 + (size_t)snprintf(NULL, 0, "%zu", i);
            size_t whole, streamed;
            compare(text, tpl[t], &whole, &streamed);
            free(text);
            /* whole: every glyph of the text, and the furniture's */
            assert_true(whole > glyphs);
            /* streamed: a page or two of them */
            assert_true(streamed > 0);
            assert_true(streamed * 16 < whole);
            held[k] = streamed;
            all[k] = whole;
        }
        /* ... however long the text: the text's records of a page or two
         * and the furniture's of every page (its running header and
         * folio, a dozen or two a page), not the text's of every page */
        assert_true(held[1] > held[0]);
        assert_true((held[1] - held[0]) * 16 < all[1] - all[0]);
    }
}

/* A table of n rows, its header row repeated on every page. */
static void test_table(void **state)
{
    (void)state;
    const size_t n = 1500;
    char *t = malloc(128 + n * 48);
    assert_non_null(t);
    size_t k = (size_t)sprintf(t, "标题\n\n| 地区 | 数量 | 增长 |\n| --- | --- | --- |\n");
    for (size_t i = 0; i < n; i++)
        k += (size_t)sprintf(t + k, "| 地区%zu | %zu | %zu.5%% |\n", i, i, i % 10);
    size_t whole, streamed;
    compare(t, "templates/brochure.ini", &whole, &streamed);
    assert_true(whole > n * 10);
    assert_true(streamed * 8 < whole);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
