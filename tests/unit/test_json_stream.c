/* The JSON export streams paragraph by paragraph (issue 21): the memory
 * jansson holds while a document is written does not grow with the number
 * of paragraphs of a lead without headings (it once built the lead, all
 * its paragraphs, as one value: 975 MB for 500,000 short paragraphs).
 * The only value that grows with the input is the source text itself
 * ("source": {"text": …}), so the peak less the input's size is the same
 * for 2,000 paragraphs and for 20,000.  jansson's allocations are counted
 * through json_set_alloc_funcs.  The same for the rows of a table. */
#include "test_util.h"

#include <malloc.h>
#include <stdio.h>

#include <jansson.h>

#include "bulletin_int.h"

static size_t live, peak;

static void *count_malloc(size_t n)
{
    void *p = malloc(n);
    if (p) {
        live += malloc_usable_size(p);
        if (live > peak)
            peak = live;
    }
    return p;
}

/* json.c frees json_dumps' text with free(): plain malloc underneath */
static void count_free(void *p)
{
    if (p)
        live -= malloc_usable_size(p);
    free(p);
}

typedef struct {
    size_t bytes;
    unsigned long hash;
} counted;

static int sink(const char *data, size_t len, void *user)
{
    counted *c = user;
    for (size_t i = 0; i < len; i++)
        c->hash = c->hash * 131 + (unsigned char)data[i];
    c->bytes += len;
    return 0;
}

/* A title and `n` short paragraphs, no heading: one lead. */
static char *lead_text(size_t n, size_t *len)
{
    static const char para[] = "短段落。\n";
    static const char title[] = "标题\n";
    size_t cap = sizeof title + n * (sizeof para - 1) + 1;
    char *t = malloc(cap);
    assert_non_null(t);
    memcpy(t, title, sizeof title - 1);
    size_t at = sizeof title - 1;
    for (size_t i = 0; i < n; i++, at += sizeof para - 1)
        memcpy(t + at, para, sizeof para - 1);
    t[at] = '\0';
    *len = at;
    return t;
}

/* A title and a table of `n` rows of a name and a figure, the same text
 * each row. */
static char *table_text(size_t n, size_t *len)
{
    static const char head[] = "标题\n\n| 地区 | 数量 |\n| --- | --- |\n";
    static const char row[] = "| 地区 | 5 |\n";
    size_t cap = sizeof head + n * (sizeof row - 1) + 1;
    char *t = malloc(cap);
    assert_non_null(t);
    memcpy(t, head, sizeof head - 1);
    size_t at = sizeof head - 1;
    for (size_t i = 0; i < n; i++, at += sizeof row - 1)
        memcpy(t + at, row, sizeof row - 1);
    t[at] = '\0';
    *len = at;
    return t;
}

/* The peak of jansson's live bytes while the document of `text` is
 * written, less the input's length; the output's size in *out_bytes. */
static size_t peak_beyond_input(char *text, size_t len, size_t *out_bytes)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, len, "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    counted c = {0, 0};
    live = peak = 0;
    json_set_alloc_funcs(count_malloc, count_free);
    bulletin_status st = bulletin_render_json(doc, NULL, sink, &c, &diag);
    json_set_alloc_funcs(malloc, free);
    assert_int_equal(st, BULLETIN_OK);
    bulletin_doc_free(doc);
    free(text);
    *out_bytes = c.bytes;
    assert_true(peak > len);
    return peak - len;
}

/* The lead of n paragraphs: one lead holding them, after the title. */
static size_t peak_of_lead(size_t n, size_t *out_bytes)
{
    size_t len;
    char *text = lead_text(n, &len);
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, len, "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    const bulletin_node *lead = bulletin_node_next(bulletin_node_first_child(bulletin_doc_root(doc)));
    assert_int_equal(bulletin_node_kind(lead), BULLETIN_NODE_LEAD);
    assert_null(bulletin_node_next(lead));
    size_t paras = 0;
    for (const bulletin_node *p = bulletin_node_first_child(lead); p; p = bulletin_node_next(p))
        paras++;
    assert_int_equal(paras, n);
    bulletin_doc_free(doc);
    return peak_beyond_input(text, len, out_bytes);
}

static void test_lead_streamed_per_paragraph(void **state)
{
    (void)state;
    size_t b2k, b20k;
    size_t small = peak_of_lead(2000, &b2k);
    size_t large = peak_of_lead(20000, &b20k);
    /* the output grew tenfold ... */
    assert_true(b20k > 9 * b2k);
    /* ... what jansson held beyond the source text did not */
    print_message("beyond the input: %zu and %zu bytes\n", small, large);
    assert_int_equal(large, small);
}

/* A table is written a row at a time (issue 21): it was one value, 40,000
 * rows of two figures some 30 MB of jansson's. */
static void test_table_streamed_per_row(void **state)
{
    (void)state;
    size_t len2k, len20k, b2k, b20k;
    char *t2k = table_text(2000, &len2k), *t20k = table_text(20000, &len20k);
    size_t small = peak_beyond_input(t2k, len2k, &b2k);
    size_t large = peak_beyond_input(t20k, len20k, &b20k);
    assert_true(b20k > 9 * b2k);
    print_message("beyond the input: %zu and %zu bytes\n", small, large);
    /* the same, but for where malloc happens to place a value (the
     * usable size counted is the chunk's); built whole: megabytes more */
    assert_true(large < small + 256);
}

/* Round 12 follow-up (stats-yongjing-2021): a document dated by month
 * only keeps the month's precision in JSON: its date node's iso is
 * YYYY-MM and its date figure has no day. */
static void test_month_date_keeps_its_precision(void **state)
{
    (void)state;
    static const char text[] = "2021年某县统计公报\n某县统计局\n(2022年4月)\n全县经济平稳。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, sizeof text - 1, "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    tu_str out = {NULL, 0};
    assert_int_equal(bulletin_render_json(doc, NULL, tu_sink, &out, &diag), BULLETIN_OK);
    assert_non_null(out.data);
    assert_non_null(strstr(out.data, "{\"type\":\"date\",\"text\":\"2022年4月\",\"iso\":\"2022-04\","));
    assert_non_null(strstr(out.data, "\"date\":{\"year\":2022,\"month\":4},"));
    free(out.data);
    bulletin_doc_free(doc);
}

/* A text the JSON writer is handed that is not valid UTF-8 (once a
 * figure's label cut inside a character: review of round 31's
 * min.txt) makes the export fail as BULLETIN_ERR_ENCODING naming the
 * member, never as out of memory.  The document's meta value is cut
 * inside its last character here, as the label was. */
static void test_invalid_utf8_is_an_encoding_error(void **state)
{
    (void)state;
    static const char text[] = "2021年某县统计公报\n某县统计局\n(2022年4月)\n全县经济平稳。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, sizeof text - 1, "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    tu_str out = {NULL, 0};
    assert_int_equal(bulletin_render_json(doc, NULL, tu_sink, &out, &diag), BULLETIN_OK);
    free(out.data);
    int cut = -1;
    for (int k = 0; k < BULLETIN_META_COUNT && cut < 0; k++)
        if (doc->meta[k] && strlen(doc->meta[k]) >= 3 &&
            (unsigned char)doc->meta[k][strlen(doc->meta[k]) - 1] >= 0x80)
            cut = k;
    assert_true(cut >= 0);
    size_t n = strlen(doc->meta[cut]);
    doc->meta[cut][n - 1] = '\0'; /* the last character's last byte gone */
    out.data = NULL;
    out.len = 0;
    memset(&diag, 0, sizeof diag);
    assert_int_equal(bulletin_render_json(doc, NULL, tu_sink, &out, &diag), BULLETIN_ERR_ENCODING);
    assert_int_equal(diag.status, BULLETIN_ERR_ENCODING);
    print_message("%s\n", diag.message);
    assert_non_null(strstr(diag.message, "not valid UTF-8"));
    assert_non_null(strstr(diag.message, bulletin_meta_name((bulletin_meta)cut)));
    assert_null(strstr(diag.message, "memory"));
    free(out.data);
    bulletin_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lead_streamed_per_paragraph),
        cmocka_unit_test(test_table_streamed_per_row),
        cmocka_unit_test(test_month_date_keeps_its_precision),
        cmocka_unit_test(test_invalid_utf8_is_an_encoding_error),
    };
    return cmocka_run_group_tests_name("json_stream", tests, NULL, NULL);
}
