/* Unit tests of src/model.c: accessors, the iterator, the tree check and
 * the dump backend. */
#include <stdio.h>

#include "test_util.h"

#include "bulletin_int.h"

static const char *doc_text = "标题\n导语。\n一、甲\n正文一。\n（一）乙\n正文二。\n| a | b |\n二、丙\n";

static void test_iterator_events(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    char trace[512] = "";
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        strcat(trace, ev == BULLETIN_EV_ENTER ? "+" : "-");
        strcat(trace, bulletin_node_type_string(bulletin_node_get_type(n)));
        strcat(trace, " ");
    }
    assert_string_equal(trace, "+DOCUMENT +TITLE +LEAD +PARAGRAPH -LEAD +SECTION +PARAGRAPH "
                               "+SECTION +PARAGRAPH +TABLE +ROW +CELL +CELL -ROW -TABLE "
                               "-SECTION -SECTION +SECTION -SECTION -DOCUMENT ");
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_DONE);
    bulletin_doc_free(doc);
}

static void test_iterator_skip_children(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    int entered = 0;
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev != BULLETIN_EV_ENTER)
            continue;
        entered++;
        if (bulletin_node_get_type(n) == BULLETIN_NODE_SECTION)
            bulletin_iter_skip_children(&it);
    }
    assert_int_equal(entered, 6); /* DOCUMENT TITLE LEAD PARAGRAPH SECTION SECTION */
    bulletin_doc_free(doc);
}

static void test_iterator_on_subtree_and_null(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    const bulletin_node *lead = bulletin_node_next(bulletin_node_first_child(bulletin_doc_root(doc)));
    bulletin_iter it;
    bulletin_iter_init(&it, lead);
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_ENTER);
    assert_ptr_equal(bulletin_iter_node(&it), lead);
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_ENTER);
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_EXIT);
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_DONE);
    bulletin_iter_init(&it, NULL);
    assert_int_equal(bulletin_iter_next(&it), BULLETIN_EV_DONE);
    bulletin_doc_free(doc);
}

static void test_accessors(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    const bulletin_node *root = bulletin_doc_root(doc);
    assert_int_equal(bulletin_node_get_type(root), BULLETIN_NODE_DOCUMENT);
    const bulletin_node *sec = bulletin_node_next(bulletin_node_next(bulletin_node_first_child(root)));
    assert_int_equal(bulletin_node_get_type(sec), BULLETIN_NODE_SECTION);
    assert_string_equal(bulletin_node_text(sec, NULL), "甲");
    assert_string_equal(bulletin_node_numbering(sec), "一、");
    assert_int_equal(bulletin_node_level(sec), 1);
    assert_int_equal(bulletin_node_line(sec), 3);
    assert_int_equal(bulletin_node_column(sec), 1);
    const bulletin_node *p = bulletin_node_first_child(sec);
    assert_int_equal(bulletin_node_index(p), 2);
    assert_ptr_equal(bulletin_node_parent(p), sec);
    assert_null(bulletin_node_prev(p));
    assert_int_equal(bulletin_node_level(p), 0);
    assert_string_equal(bulletin_node_numbering(p), "");
    assert_string_equal(bulletin_doc_path(doc), "t.txt");
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_TITLE), "标题");
    assert_null(bulletin_doc_meta(doc, BULLETIN_META_COUNT));
    assert_int_equal(bulletin_node_get_type(NULL), BULLETIN_NODE_NONE);
    assert_string_equal(bulletin_node_text(NULL, NULL), "");
    bulletin_doc_free(doc);
    bulletin_doc_free(NULL);
}

static void test_type_and_meta_names(void **state)
{
    (void)state;
    for (int t = 0; t < BULLETIN_NODE_TYPE_COUNT; t++)
        assert_non_null(bulletin_node_type_string((bulletin_node_type)t));
    assert_string_equal(bulletin_node_type_string(BULLETIN_NODE_SECTION), "SECTION");
    assert_string_equal(bulletin_node_type_string((bulletin_node_type)99), "UNKNOWN");
    assert_string_equal(bulletin_meta_name(BULLETIN_META_DATE), "date");
    assert_null(bulletin_meta_name(BULLETIN_META_COUNT));
}

static void test_check_catches_broken_tree(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    bulletin_diag diag;
    assert_int_equal(bulletin_doc_check(doc, &diag), BULLETIN_OK);
    /* Corrupt a level: a level-1 section inside a level-1 section. */
    bulletin_node *sec = doc->root->first_child->next->next;
    bulletin_node *sub = sec->first_child->next;
    assert_int_equal(sub->type, BULLETIN_NODE_SECTION);
    sub->heading.level = 1;
    assert_int_equal(bulletin_doc_check(doc, &diag), BULLETIN_ERR_USAGE);
    assert_non_null(strstr(diag.message, "level-1 section inside level-1"));
    sub->heading.level = 2;
    sub->first_child->index = 7;
    assert_int_equal(bulletin_doc_check(doc, &diag), BULLETIN_ERR_USAGE);
    assert_non_null(strstr(diag.message, "paragraph index"));
    bulletin_doc_free(doc);
    assert_int_equal(bulletin_doc_check(NULL, &diag), BULLETIN_ERR_USAGE);
}

static void test_table_cells_take_header_units(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n| 指标 | 2023年 | 占比(%) |\n|---|---|---|\n"
                                 "| 地区生产总值（亿元） | 3,215.6 | 12.5 |\n| 企业数 | 1,268 | 3 |\n",
                                 0);
    size_t n = bulletin_doc_figure_count(doc), seen = 0;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        assert_int_equal(bulletin_doc_figure(doc, i, &f), BULLETIN_OK);
        if (!strcmp(f.value_text, "3215.6")) {
            assert_string_equal(f.unit, "亿元");
            assert_string_equal(f.base_unit, "元");
            assert_int_equal(f.kind, BULLETIN_FIGURE_AMOUNT);
            assert_true(f.norm > 3.2155e11 && f.norm < 3.2157e11);
            assert_string_equal(f.label, "地区生产总值");
            seen++;
        } else if (!strcmp(f.value_text, "12.5")) {
            /* the row header names a unit first; the column's (%) is not used */
            assert_string_equal(f.unit, "亿元");
            seen++;
        } else if (!strcmp(f.value_text, "1268")) {
            assert_string_equal(f.unit, "");
            assert_string_equal(f.label, "企业数");
            seen++;
        } else if (!strcmp(f.value_text, "3")) {
            /* no unit in the row header: the column header's (%) */
            assert_string_equal(f.unit, "%");
            assert_int_equal(f.kind, BULLETIN_FIGURE_PERCENT);
            seen++;
        }
    }
    assert_int_equal(seen, 4);
    bulletin_doc_free(doc);
}

static void test_dump_escapes(void **state)
{
    (void)state;
    char *out = tu_parse_dump("标题\n他说“好”,\"ok\" a\\b\tc\n", BULLETIN_OPT_KEEP_PUNCTUATION);
    assert_string_equal(out, "DOCUMENT\n"
                             "  TITLE \"标题\" @1:1\n"
                             "  LEAD @2:1\n"
                             "    PARAGRAPH 1 \"他说“好”,\\\"ok\\\" a\\\\b\\tc\" @2:1\n");
    free(out);
}

static int failing_sink(const char *data, size_t len, void *user)
{
    (void)data, (void)len, (void)user;
    return -1;
}

static void test_dump_sink_failure(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse(doc_text, 0);
    bulletin_diag diag;
    assert_int_equal(bulletin_render_dump(doc, failing_sink, NULL, &diag), BULLETIN_ERR_IO);
    assert_int_equal(bulletin_render_dump(NULL, failing_sink, NULL, &diag), BULLETIN_ERR_USAGE);
    bulletin_doc_free(doc);
}

static void test_many_sections_cap_warnings(void **state)
{
    (void)state;
    /* 20,000 sections numbered (1) each: 19,999 sequence warnings, of
     * which BULLETIN_MAX_WARNINGS are kept and the rest counted. */
    size_t n = 20000;
    char *t = malloc(n * 40 + 16);
    strcpy(t, "标题\n");
    size_t len = strlen(t);
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(t + len, "（1）小节\n正文。\n");
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(t, len, "t", 0, NULL, &doc, &diag), BULLETIN_OK);
    assert_int_equal(bulletin_doc_warning_count(doc), BULLETIN_MAX_WARNINGS);
    assert_int_equal(bulletin_doc_warnings_dropped(doc), n - 1 - BULLETIN_MAX_WARNINGS);
    assert_null(bulletin_doc_warning(doc, BULLETIN_MAX_WARNINGS));
    bulletin_doc_free(doc);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iterator_events),
        cmocka_unit_test(test_iterator_skip_children),
        cmocka_unit_test(test_iterator_on_subtree_and_null),
        cmocka_unit_test(test_accessors),
        cmocka_unit_test(test_type_and_meta_names),
        cmocka_unit_test(test_check_catches_broken_tree),
        cmocka_unit_test(test_table_cells_take_header_units),
        cmocka_unit_test(test_dump_escapes),
        cmocka_unit_test(test_dump_sink_failure),
        cmocka_unit_test(test_many_sections_cap_warnings),
    };
    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
