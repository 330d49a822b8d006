/*
 * test_figures_mem.c - what a figure costs (issue 21): a compact record,
 * its units, scale and period interned in its list's store, its value
 * text and ratio parts there, one row context for the figures of a table
 * row.  A figure was some 370 bytes (two 48-byte unit arrays, eight ratio
 * parts inline) and every table cell's figure owned a copy of its row:
 * 40,000 rows of two figures (1.2 MB) held 108 MB before any export.
 */
#include "test_util.h"

#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures_int.h"

/* The record: 168 bytes on a 64-bit target (368, then 200 before: its
 * offsets and link are uint32_t, its kinds a byte each). */
static void test_record_size(void **state)
{
    (void)state;
    print_message("sizeof(bl_figure) = %zu\n", sizeof(bl_figure));
    if (sizeof(void *) == 8)
        assert_int_equal(sizeof(bl_figure), 168);
    assert_true(sizeof(bl_figure) <= 200);
}

/* A link held in 32 bits: none is BL_FIG_NO_LINK as read back, and a
 * figure dropped before a linked pair moves its link down (a table's 单位
 * column: fig_drop_figures). */
static void test_links_in_32_bits(void **state)
{
    (void)state;
    bl_figure_list l;
    bl_figure_list_init(&l, &tu_mem);
    const char *t = "全省企业300家。专利授权量1200件，同比增长5.2%。";
    assert_int_equal(bl_figures_scan(&l, t, strlen(t), NULL), BULLETIN_OK);
    assert_int_equal(l.len, 3);
    assert_true(l.items[0].link == BL_FIG_NO_LINK);
    assert_true(l.items[1].link == BL_FIG_NO_LINK);
    assert_int_equal(l.items[2].link, 1);
    assert_int_equal(l.items[2].start, strstr(t, "5.2%") - t);
    fig_drop_figures(&l, 0, 1);
    assert_int_equal(l.len, 2);
    assert_true(l.items[0].link == BL_FIG_NO_LINK);
    assert_int_equal(l.items[1].link, 0);
    fig_drop_figures(&l, 0, 1); /* the linked figure goes: its link too */
    assert_int_equal(l.len, 1);
    assert_true(l.items[0].link == BL_FIG_NO_LINK);
    bl_figure_list_free(&l);
}

/* Figures of the same unit share one string; value texts and ratio parts
 * are the list's, whole. */
static void test_units_interned(void **state)
{
    (void)state;
    bl_figure_list l;
    bl_figure_list_init(&l, &tu_mem);
    const char *text = "收入127.16亿元，增长5.5%；支出8亿元，增长3%。三次产业结构为6.01:55.04:38.95";
    assert_int_equal(bl_figures_scan(&l, text, strlen(text), NULL), BULLETIN_OK);
    assert_int_equal(l.len, 7);
    assert_string_equal(l.items[0].value_text, "127.16");
    assert_string_equal(l.items[0].unit, "亿元");
    assert_string_equal(l.items[0].base_unit, "元");
    assert_string_equal(l.items[0].scale, "亿");
    assert_ptr_equal(l.items[0].unit, l.items[2].unit);
    assert_ptr_equal(l.items[0].base_unit, l.items[2].base_unit);
    assert_ptr_equal(l.items[0].scale, l.items[2].scale);
    assert_string_equal(l.items[1].unit, "%");
    assert_ptr_equal(l.items[1].unit, l.items[3].unit);
    assert_string_equal(l.items[3].value_text, "3");
    /* the ratio: each part has the whole */
    for (size_t i = 4; i < 7; i++) {
        assert_int_equal(l.items[i].kind, BL_FIG_RATIO);
        assert_int_equal(l.items[i].nparts, 3);
        assert_int_equal(l.items[i].part, (int)i - 3);
        assert_true(l.items[i].parts[0] == 6.01 && l.items[i].parts[1] == 55.04 &&
                    l.items[i].parts[2] == 38.95);
    }
    /* no parts: zeros, never NULL */
    assert_non_null(l.items[0].parts);
    assert_int_equal(l.items[0].nparts, 0);
    assert_false(fig_store_failed(&l));
    bl_figure_list_free(&l);
    assert_null(l.store);
    assert_int_equal(l.len, 0);
}

/* The store: strings of any length, aligned parts, the same string for
 * the same bytes. */
static void test_store(void **state)
{
    (void)state;
    bl_figure_list l;
    bl_figure_list_init(&l, &tu_mem);
    const char *a = fig_intern(&l, "万千瓦时", strlen("万千瓦时"));
    assert_string_equal(a, "万千瓦时");
    assert_ptr_equal(fig_intern(&l, "万千瓦时x", strlen("万千瓦时")), a);
    assert_ptr_not_equal(fig_intern(&l, "万千瓦", strlen("万千瓦")), a);
    assert_string_equal(fig_intern(&l, "", 0), "");
    /* many distinct strings: the set grows, each still found */
    char buf[32];
    const char *seen[300];
    for (int i = 0; i < 300; i++) {
        int n = snprintf(buf, sizeof buf, "单位%d", i);
        seen[i] = fig_intern(&l, buf, (size_t)n);
        assert_non_null(seen[i]);
    }
    for (int i = 0; i < 300; i++) {
        int n = snprintf(buf, sizeof buf, "单位%d", i);
        assert_ptr_equal(fig_intern(&l, buf, (size_t)n), seen[i]);
        assert_string_equal(seen[i], buf);
    }
    /* a string longer than a chunk: a chunk of its own, the next small
     * ones still in the current chunk */
    size_t big = 100000;
    char *long_text = malloc(big);
    assert_non_null(long_text);
    memset(long_text, 'a', big);
    const char *s = fig_store_str(&l, long_text, big);
    assert_non_null(s);
    assert_int_equal(strlen(s), big);
    assert_memory_equal(s, long_text, big);
    free(long_text);
    double *d = fig_store(&l, 3 * sizeof *d);
    assert_non_null(d);
    assert_int_equal((uintptr_t)d % _Alignof(double), 0);
    d[0] = 1.5;
    assert_ptr_equal(fig_intern(&l, "万千瓦时", strlen("万千瓦时")), a);
    bl_figure_list_free(&l); /* tu_mem: a leak fails the test */
}

/* A table: the figures of a row share its context, one string a row; the
 * period of a column is one string for all its cells. */
static void test_row_context_shared(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n\n| 地区 | 2023年 | 2024年 |\n| --- | --- | --- |\n"
                                 "| 甲地 | 5 | 6 |\n| 乙地 | 7 | 8 |\n",
                                 0);
    const bl_figure_list *l = bl_doc_figures(doc);
    assert_non_null(l);
    /* the header's years, then the rows' figures */
    assert_int_equal(l->len, 6);
    assert_int_equal(l->items[0].kind, BL_FIG_YEAR);
    assert_int_equal(l->items[1].kind, BL_FIG_YEAR);
    const bl_figure *r = l->items + 2;
    assert_string_equal(r[0].row_context, "甲地 | 5 | 6");
    assert_string_equal(r[2].row_context, "乙地 | 7 | 8");
    assert_ptr_equal(r[0].row_context, r[1].row_context);
    assert_ptr_equal(r[2].row_context, r[3].row_context);
    assert_string_equal(r[0].period, "2023年");
    assert_string_equal(r[1].period, "2024年");
    assert_ptr_equal(r[0].period, r[2].period);
    assert_ptr_equal(r[1].period, r[3].period);
    /* the public record: the row as the context */
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 5, &f), BULLETIN_OK);
    assert_int_equal(f.context_len, strlen("乙地 | 7 | 8"));
    assert_memory_equal(f.context, "乙地 | 7 | 8", f.context_len);
    assert_string_equal(f.period, "2024年");
    assert_string_equal(f.label, "乙地");
    bulletin_doc_free(doc);
}

/* Every allocation of a table document's figures failing in turn: out of
 * memory, nothing leaked (the store's chunks and set included). */
static void test_table_nomem(void **state)
{
    (void)state;
    const char *text = "标题\n\n单位：万元\n\n| 地区 | 2023年 | 比上年增长 |\n| --- | --- | --- |\n"
                       "| 甲地 | 5 | 6% |\n| 乙地 | 7:3 | 8% |\n";
    tu_fail_reset(0);
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    tu_fail_at = 1000000;
    assert_int_equal(bulletin_parse(text, strlen(text), "t.txt", 0, &tu_failing_mem, &doc, &diag),
                     BULLETIN_OK);
    long total = tu_calls;
    bulletin_doc_free(doc);
    size_t nomem = 0;
    for (long n = 1; n <= total; n++) {
        tu_fail_reset(n);
        doc = NULL;
        bulletin_status st = bulletin_parse(text, strlen(text), "t.txt", 0, &tu_failing_mem, &doc, &diag);
        if (st == BULLETIN_OK)
            bulletin_doc_free(doc);
        else
            assert_int_equal(st, BULLETIN_ERR_NOMEM);
        nomem += st == BULLETIN_ERR_NOMEM;
    }
    tu_fail_reset(0);
    assert_true(nomem > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_size),
        cmocka_unit_test(test_links_in_32_bits),
        cmocka_unit_test(test_units_interned),
        cmocka_unit_test(test_store),
        cmocka_unit_test(test_row_context_shared),
        cmocka_unit_test(test_table_nomem),
    };
    return cmocka_run_group_tests_name("figures_mem", tests, NULL, NULL);
}
