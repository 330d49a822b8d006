/*
 * test_layout_runs.c - runs of characters without a break opportunity
 * (a long word, a figure, a URL-like run) through the total-fit breaker
 * (issue 21).  Each forced line once walked the rest of the run again,
 * O(n^2 / line); the breaks skip a remembered gap instead.  The breaks must
 * stay those of before: the line lengths below are what the breaker gave
 * before the change (checked against the old layout.c).
 */
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_int.h"
#include "pdf/layout.h"

#define EM 10.0

/* ASCII 1/2 em, everything else 1 em. */
static bulletin_status synth_measure(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    (void)user;
    (void)role;
    m->adv1000 = cp < 0x80 ? 500 : 1000;
    m->font = 0;
    m->ink_left = m->ink_right = 0;
    return BULLETIN_OK;
}

/* The glyph count of every line of `text` on `measure_em`, joined by
 * ','; also checks that every character is placed once, in order. */
static void line_counts(const char *text, double measure_em, const uint8_t *brk, char *out,
                        size_t cap, size_t *nforced)
{
    bl_lay_char *c = NULL;
    size_t n = 0;
    assert_int_equal(bl_lay_chars_from_utf8(text, strlen(text), EM, 0, 1, synth_measure, NULL,
                                            &tu_mem, &c, &n),
                     BULLETIN_OK);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, measure_em * EM);
    p.indent = 0;
    p.brk = brk;
    bl_layout lay = {0};
    assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &lay), BULLETIN_OK);
    size_t used = 0, g = 0;
    *nforced = 0;
    out[0] = '\0';
    for (size_t l = 0; l < lay.nlines; l++) {
        const bl_lay_line *L = &lay.lines[l];
        assert_int_equal(L->first, g);
        g += L->count;
        *nforced += L->forced;
        int w = snprintf(out + used, cap - used, "%s%zu", l ? "," : "", L->count);
        assert_true(w > 0 && (size_t)w < cap - used);
        used += (size_t)w;
    }
    assert_int_equal(g, n);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(lay.glyphs[i].src, c[i].src);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

/* 2,000 letters on 10 em (20 to a line): 100 full lines, every break
 * forced but the paragraph's end. */
static void test_letter_run(void **state)
{
    (void)state;
    char text[2001];
    for (size_t i = 0; i < 2000; i++)
        text[i] = (char)('a' + i % 26);
    text[2000] = '\0';
    char got[4096], want[4096];
    size_t used = 0, forced;
    for (int l = 0; l < 100; l++)
        used += (size_t)snprintf(want + used, sizeof want - used, "%s20", l ? "," : "");
    line_counts(text, 10, NULL, got, sizeof got, &forced);
    assert_string_equal(got, want);
    assert_int_equal(forced, 99);
}

/* Runs between CJK text: the breaks inside the runs are forced, the ones
 * beside them chosen as before. */
static void test_runs_between_cjk(void **state)
{
    (void)state;
    char text[8192] = "";
    for (int r = 0; r < 3; r++) {
        strcat(text, "全省专利授权，");
        for (int i = 0; i < 7; i++)
            strcat(text, "1234567890"); /* a 70-digit figure */
        strcat(text, "件，同比增长。");
        for (int i = 0; i < 5; i++)
            strcat(text, "abcdefghijk"); /* a 55-letter word */
        strcat(text, "汉字汉字");
    }
    char got[4096];
    size_t forced;
    line_counts(text, 12, NULL, got, sizeof got, &forced);
    assert_string_equal(got, "7,24,24,22,7,24,24,11,7,24,24,22,7,24,24,11,7,24,24,22,7,24,24,11");
    assert_int_equal(forced, 15);
}

/* A run the caller marks as a word (BL_BRK_WORD inside it, as the PDF
 * backend does): the strict pass needs emergencies, and so does the
 * relaxed one (letters offer no break of their own): forced breaks. */
static void test_word_classes(void **state)
{
    (void)state;
    char text[4096] = "";
    strcat(text, "标题文字");
    for (int i = 0; i < 30; i++)
        strcat(text, "abcdefghij");
    strcat(text, "汉字结束。");
    size_t n = 0;
    for (const char *s = text; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    uint8_t *brk = calloc(n, 1);
    assert_non_null(brk);
    for (size_t i = 5; i < 4 + 300; i++)
        brk[i] = BL_BRK_WORD;
    char got[4096];
    size_t forced;
    line_counts(text, 15, brk, got, sizeof got, &forced);
    free(brk);
    assert_string_equal(got, "4,30,30,30,30,30,30,30,30,30,30,5");
    assert_int_equal(forced, 9);
}

/* The breaker's memory is linear with a small constant and bounded by a
 * line where it can be: after a paragraph of 200,000 characters (CJK
 * text with punctuation, then a run without a break opportunity) the
 * active nodes and the line scratch are about one line's, the
 * per-character work under 64 bytes a character, the sums freed; all of
 * it goes with bl_layout_trim, and the next paragraph lays out as before. */
static void test_work_bounded(void **state)
{
    (void)state;
    const size_t reps = 20000; /* 10 characters each */
    const char *unit[2] = {"全省专利授权量增长，", "abcdefghij"};
    for (int u = 0; u < 2; u++) {
        size_t ulen = strlen(unit[u]);
        char *text = malloc(reps * ulen + 1);
        assert_non_null(text);
        for (size_t i = 0; i < reps; i++)
            memcpy(text + i * ulen, unit[u], ulen);
        text[reps * ulen] = '\0';
        bl_lay_char *c = NULL;
        size_t n = 0;
        assert_int_equal(bl_lay_chars_from_utf8(text, strlen(text), EM, 0, 1, synth_measure, NULL,
                                                &tu_mem, &c, &n),
                         BULLETIN_OK);
        assert_int_equal(n, reps * 10);
        bl_lay_params p;
        bl_lay_params_init(&p, EM, 30 * EM);
        bl_layout lay = {0};
        assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &lay), BULLETIN_OK);
        size_t placed = 0;
        for (size_t l = 0; l < lay.nlines; l++)
            placed += lay.lines[l].count;
        assert_int_equal(placed, n);
        assert_true(lay.cap_nodes <= 512);     /* 64 at first; ~30 breaks a line */
        assert_true(lay.cap_line_work <= 128); /* 30 to 60 characters a line */
        assert_true(lay.cap_work <= (n + 1) * 64);
        assert_null(lay.sums); /* 14 MB of sums: freed before the lines were placed */
        assert_int_equal(lay.cap_sums, 0);
        /* the same text again after everything is freed: the same lines */
        size_t nlines = lay.nlines;
        double dem = lay.demerits;
        bl_layout_trim(&lay, true, 0);
        assert_null(lay.work);
        assert_null(lay.nodes);
        assert_null(lay.line_work);
        assert_null(lay.glyphs);
        assert_null(lay.lines);
        assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &lay), BULLETIN_OK);
        assert_int_equal(lay.nlines, nlines);
        assert_true(lay.demerits == dem);
        bl_layout_free(&lay);
        bl_free(&tu_mem, c);
        free(text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letter_run),
        cmocka_unit_test(test_runs_between_cjk),
        cmocka_unit_test(test_word_classes),
        cmocka_unit_test(test_work_bounded),
    };
    return cmocka_run_group_tests_name("layout_runs", tests, NULL, NULL);
}
