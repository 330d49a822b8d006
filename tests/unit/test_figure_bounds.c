/*
 * test_figure_bounds.c - what a figure carries stays bounded in a clause of
 * any length (src/figures/labels.c, links.c): its context, and the search
 * for the indicator it belongs to.  A clause without punctuation is common
 * in text copied from a PDF or a flattened table; copied whole into every
 * figure's context it made the exports quadratic in the input (a 18 KB
 * clause: a 70 MB JSON).
 */
#include "test_util.h"

#include <stdio.h>

/* A document "标题\n\n" + unit x reps + "。" */
static bulletin_doc *repeated(const char *unit, size_t reps)
{
    size_t ul = strlen(unit), n = strlen("标题\n\n") + ul * reps + strlen("。\n");
    char *text = malloc(n + 1);
    assert_non_null(text);
    strcpy(text, "标题\n\n");
    char *p = text + strlen(text);
    for (size_t i = 0; i < reps; i++, p += ul)
        memcpy(p, unit, ul);
    strcpy(p, "。\n");
    bulletin_doc *doc = tu_parse(text, 0);
    free(text);
    return doc;
}

/* The first clause's context is whole; one deep inside a long clause is a
 * window: 480 bytes each side of the figure, cut at characters. */
static void test_context_window(void **state)
{
    (void)state;
    bulletin_doc *doc = repeated("企业5家增长3%和2%", 400); /* 8,800 bytes, one clause */
    size_t n = bulletin_doc_figure_count(doc);
    assert_int_equal(n, 1200);
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 0, &f), BULLETIN_OK);
    /* "企业" (6 bytes) + the figure "5家" + 480 bytes after it, which end
     * at a character's start (the 家 of the 22nd copy) */
    assert_int_equal(f.length, 4);
    assert_int_equal(f.context_len, 6 + 4 + 480);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(bulletin_doc_figure(doc, i, &f), BULLETIN_OK);
        assert_true(f.context_len <= 480 + f.length + 480);
        assert_true(f.context_len >= f.length);
        /* starts and ends at a character */
        assert_true(((unsigned char)f.context[0] & 0xC0) != 0x80);
        assert_true(((unsigned char)f.context[f.context_len] & 0xC0) != 0x80);
    }
    /* deep inside: both sides cut */
    assert_int_equal(bulletin_doc_figure(doc, 600, &f), BULLETIN_OK);
    assert_true(f.context_len > 900);
    bulletin_doc_free(doc);
}

/* Real clauses are untouched: a 114-character clause (the longest of the
 * corpus) keeps its whole context. */
static void test_context_real_clause(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n\n全市规模以上工业企业实现营业收入1234.5亿元，比上年增长5.6%。\n", 0);
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 0, &f), BULLETIN_OK);
    assert_string_equal(f.value_text, "1234.5");
    char ctx[256];
    snprintf(ctx, sizeof ctx, "%.*s", (int)f.context_len, f.context);
    assert_string_equal(ctx, "全市规模以上工业企业实现营业收入1234.5亿元");
    bulletin_doc_free(doc);
}

/* 突破5000亿元，达到5123.4亿元: a bare value still takes the indicator
 * before it; 40 unlabelled figures in between end the search (the link
 * window), so that a run of them stays linear. */
static void test_owner_window(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n\n全市生产总值突破5000亿元，达到5123.4亿元。\n", 0);
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 1, &f), BULLETIN_OK);
    assert_string_equal(f.value_text, "5123.4");
    assert_string_equal(f.label, "生产总值");
    bulletin_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_context_window),
        cmocka_unit_test(test_context_real_clause),
        cmocka_unit_test(test_owner_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
