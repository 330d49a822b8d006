/*
 * test_layout_window.c - the windowed breaker of giant paragraphs
 * (bl_layout_window; the PDF uses it past 16,384 characters, blocks.c):
 * a paragraph laid out a window at a time gets the lines of total fit
 * over the whole paragraph (the same breaks, the same glyph positions);
 * a window that covers the paragraph is bl_layout_paragraph itself; the
 * work memory is a window's, whatever the length of the paragraph; and
 * every window moves on, even one that is a single line.
 */
#include "test_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_int.h"
#include "pdf/layout.h"

#define EM 10.0
#define WIN 8192 /* characters a window, as in the PDF (blocks.c) */

/* ASCII 1/2 em, everything else 1 em; U+200B no width. */
static bulletin_status synth_measure(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    (void)user;
    (void)role;
    m->adv1000 = cp == 0x200B ? 0 : cp < 0x80 ? 500 : 1000;
    m->font = 0;
    m->ink_left = m->ink_right = 0;
    return BULLETIN_OK;
}

/* `reps` copies of `unit` as characters (*n of them). */
static bl_lay_char *chars_of(const char *unit, size_t reps, size_t *n)
{
    size_t ulen = strlen(unit);
    char *text = malloc(reps * ulen + 1);
    assert_non_null(text);
    for (size_t i = 0; i < reps; i++)
        memcpy(text + i * ulen, unit, ulen);
    text[reps * ulen] = '\0';
    bl_lay_char *c = NULL;
    assert_int_equal(
        bl_lay_chars_from_utf8(text, reps * ulen, EM, 0, 1, synth_measure, NULL, &tu_mem, &c, n),
        BULLETIN_OK);
    free(text);
    return c;
}

/* One laid-out line, in paragraph terms. */
typedef struct {
    size_t start, count;
    bool last, forced, overfull;
    double x0, xz; /* its first and last glyph's x */
} wline;

/* The lines of `c` laid out a window of `win` characters at a time, as
 * blocks.c does (the window from the last kept line's end); *nw gets the
 * number of windows, *max_work the largest work space a window used. */
static wline *windowed(const bl_lay_char *c, size_t n, const bl_lay_params *p0, size_t win,
                       size_t *nl, size_t *nw, size_t *max_work)
{
    wline *out = NULL;
    size_t cap = 0, pos = 0;
    *nl = *nw = *max_work = 0;
    bl_layout lay = {0};
    while (pos < n) {
        size_t m = n - pos < win ? n - pos : win, used = 0;
        bool final = pos + m == n;
        bl_lay_params p = *p0;
        if (pos > 0)
            p.indent = 0;
        assert_int_equal(bl_layout_window(c + pos, m, &p, final, false, 0, &tu_mem, &lay, &used),
                         BULLETIN_OK);
        assert_true(used > 0 && used <= m); /* it moves on */
        if (!final && lay.nlines > 1)
            assert_true(lay.lines[lay.nlines - 1].start <= m / 2);
        if (lay.cap_work > *max_work)
            *max_work = lay.cap_work;
        for (size_t l = 0; l < lay.nlines; l++) {
            const bl_lay_line *L = &lay.lines[l];
            if (*nl == cap) {
                cap = cap ? 2 * cap : 256;
                out = realloc(out, cap * sizeof *out);
                assert_non_null(out);
            }
            out[(*nl)++] = (wline){pos + L->start,
                                   L->count,
                                   L->last,
                                   L->forced,
                                   L->overfull,
                                   lay.glyphs[L->first].x,
                                   lay.glyphs[L->first + L->count - 1].x};
        }
        pos += used;
        ++*nw;
    }
    bl_layout_free(&lay);
    return out;
}

/* How many lines laid out a window of `win` characters at a time differ
 * from those of whole-paragraph total fit (start, length, flags, the x of
 * their first and last glyph); *nl_w and *nl get both line counts. */
static size_t count_different(const bl_lay_char *c, size_t n, const bl_lay_params *p, size_t win,
                              size_t want_windows_at_least, size_t *nl_w, size_t *nl)
{
    bl_layout whole = {0};
    assert_int_equal(bl_layout_paragraph(c, n, p, &tu_mem, &whole), BULLETIN_OK);
    size_t nw, work, diff = 0;
    wline *w = windowed(c, n, p, win, nl_w, &nw, &work);
    assert_true(nw >= want_windows_at_least);
    *nl = whole.nlines;
    for (size_t l = 0; l < *nl_w || l < whole.nlines; l++) {
        if (l >= *nl_w || l >= whole.nlines) {
            diff++;
            continue;
        }
        const bl_lay_line *L = &whole.lines[l];
        diff += w[l].start != L->start || w[l].count != L->count || w[l].last != L->last ||
                w[l].forced != L->forced || w[l].overfull != L->overfull ||
                w[l].x0 != whole.glyphs[L->first].x ||
                w[l].xz != whole.glyphs[L->first + L->count - 1].x;
    }
    free(w);
    bl_layout_free(&whole);
    return diff;
}

static void check_same(const bl_lay_char *c, size_t n, const bl_lay_params *p, size_t win,
                       size_t want_windows_at_least)
{
    size_t nl_w, nl;
    assert_int_equal(count_different(c, n, p, win, want_windows_at_least, &nl_w, &nl), 0);
    assert_int_equal(nl_w, nl);
}

/* A window that covers the paragraph: bl_layout_paragraph, one window. */
static void test_window_covers(void **state)
{
    (void)state;
    size_t n;
    bl_lay_char *c = chars_of("全省专利授权量增长，“知识产权”保护（2023年）取得成效。", 300, &n);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 28 * EM);
    check_same(c, n, &p, n, 1);
    check_same(c, n, &p, n + 100, 1);
    bl_free(&tu_mem, c);
}

/* Giant paragraphs of every shape, windows of 8,192 characters as in the
 * PDF: the same lines as total fit over the whole paragraph.  But for
 * `ties`: a text repeating one clause of marks has many layouts of
 * exactly equal demerits, and which one wins depends on the rounding of
 * sums that start at the window, not the paragraph (a window of 32,768
 * characters differs as much): there, the same number of lines, and
 * lines that differ are as good (the PDF of a real giant paragraph, a
 * million Han or letters, is byte-identical either way). */
static void test_windows_equal_total_fit(void **state)
{
    (void)state;
    static const struct {
        const char *unit;
        size_t reps;
        double measure_em;
        bool ties;
    } cases[] = {
        {"全省专利授权量增长，", 10000, 28, false}, /* every gap a break */
        {"abcdefghij", 10000, 28, false},           /* no break: forced */
        {"1234567890", 10000, 28, false},
        {"全省1070个市场监管所建立工作站，", 6000, 28, false}, /* CJK and figures */
        {"融资金额127.16亿元，同比增长5.6%。“专利”（发明）、", 4000, 26, true}, /* marks */
        {"the quick brown fox jumps over the lazy dog ", 3000, 20, false},      /* words */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t n;
        bl_lay_char *c = chars_of(cases[i].unit, cases[i].reps, &n);
        assert_true(n >= 100000);
        bl_lay_params p;
        bl_lay_params_init(&p, EM, cases[i].measure_em * EM);
        size_t nl_w, nl;
        size_t d = count_different(c, n, &p, WIN, n / WIN, &nl_w, &nl);
        assert_int_equal(nl_w, nl);
        if (!cases[i].ties)
            assert_int_equal(d, 0);
        bl_free(&tu_mem, c);
    }
}

/* The work space of a window is a window's: laying out 400,000
 * characters a window at a time uses what one window of 8,192 needs, and
 * what the whole paragraph needs is fifty times that. */
static void test_window_work_bounded(void **state)
{
    (void)state;
    size_t n;
    bl_lay_char *c = chars_of("全省专利授权量增长，abcdefghij", 20000, &n);
    assert_int_equal(n, 400000);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 28 * EM);
    size_t nl, nw, work;
    wline *w = windowed(c, n, &p, WIN, &nl, &nw, &work);
    assert_true(nw >= 400000 / 4096 - 1); /* about half a window kept each time */
    assert_true(work <= (size_t)8193 * 64);
    bl_layout whole = {0};
    assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &whole), BULLETIN_OK);
    assert_true(whole.cap_work >= 40 * work);
    /* a periodic text of ties again (see above): within 1% of the lines */
    assert_true(nl * 100 <= whole.nlines * 101 && whole.nlines * 100 <= nl * 101);
    bl_layout_free(&whole);
    free(w);
    bl_free(&tu_mem, c);
}

/* Characters without width: a window is one line; it is kept whole so
 * that the next window starts after it, and every character is placed
 * once. */
static void test_window_single_line(void **state)
{
    (void)state;
    size_t n;
    bl_lay_char *c = chars_of("\xe2\x80\x8b", 20000, &n); /* U+200B */
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 28 * EM);
    size_t nl, nw, work;
    wline *w = windowed(c, n, &p, WIN, &nl, &nw, &work);
    assert_int_equal(nw, 3);
    size_t placed = 0;
    for (size_t l = 0; l < nl; l++) {
        assert_int_equal(w[l].start, placed);
        placed += w[l].count;
    }
    assert_int_equal(placed, n);
    free(w);
    bl_free(&tu_mem, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window_covers),
        cmocka_unit_test(test_windows_equal_total_fit),
        cmocka_unit_test(test_window_work_bounded),
        cmocka_unit_test(test_window_single_line),
    };
    return cmocka_run_group_tests_name("layout_window", tests, NULL, NULL);
}
