/*
 * test_render_pdf_mem.c - what the PDF render holds, counted through its
 * bulletin_mem (libharu allocates with malloc and is not counted):
 *   - the figures drawn in the accent colour are 4 bytes a figure, an
 *     index into the document's figure list (the peak of a text of bare
 *     figures with them less without them; a copy of the node and the
 *     bytes was 16), and they, with the layout's scratch, are freed once every
 *     line is laid out (nothing of them is live when on_placed is called);
 *   - the blocks and the structure elements are freed before the
 *     outline's text is reserved (100,000 headings peaked there);
 *   - an input of 64 KB or more has room for its glyphs and lines
 *     reserved at once, not grown by doubling (bare figures peaked with
 *     the old copies), a sixteenth more glyphs than bytes (the running
 *     header and footer): a glyph's record is 24 bytes (it was 40), a
 *     line's 72 (88).
 * Runs from the repository root (fonts/, templates/).
 */
#include "test_util.h"

#include <stdio.h>
#include <unistd.h>

/* A counting allocator: each block carries its size in front. */
static size_t live, peak;
static size_t watch_size;  /* an allocation of this size from nothing ... */
static size_t live_at_watch; /* ... finds this much live (at the last) */
static int watch_hits;
static size_t refuse_size; /* an allocation of this size from nothing fails */

typedef union {
    size_t size;
    max_align_t align;
} hdr;

static void *count_calloc(size_t count, size_t size)
{
    size_t n = count * size;
    hdr *h = calloc(1, sizeof *h + n);
    if (!h)
        return NULL;
    h->size = n;
    live += n;
    if (live > peak)
        peak = live;
    return h + 1;
}

static void *count_realloc(void *ptr, size_t size)
{
    if (!ptr && size == watch_size) {
        live_at_watch = live;
        watch_hits++;
    }
    if (!ptr && refuse_size && size == refuse_size)
        return NULL;
    hdr *old = ptr ? (hdr *)ptr - 1 : NULL;
    size_t was = old ? old->size : 0;
    hdr *h = realloc(old, sizeof *h + size);
    if (!h)
        return NULL;
    h->size = size;
    live = live - was + size;
    if (live > peak)
        peak = live;
    return h + 1;
}

static void count_free(void *ptr)
{
    if (!ptr)
        return;
    hdr *h = (hdr *)ptr - 1;
    live -= h->size;
    free(h);
}

static const bulletin_mem count_mem = {count_calloc, count_realloc, count_free};

static size_t live_at_placed;
static void on_placed(void *user)
{
    (void)user;
    live_at_placed = live;
}

static int discard(const char *data, size_t len, void *user)
{
    (void)data;
    (void)len;
    (void)user;
    return 0;
}

/* Renders `text` (parsed with libc's allocator: only the render is
 * counted) with template `tpl`; the peak and the live bytes at
 * on_placed. */
static void render_counted(const char *text, const char *tpl, size_t *out_peak,
                           size_t *out_placed)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.fonts_dir = "fonts";
    o.template_name = tpl;
    o.mem = &count_mem;
    o.on_placed = on_placed;
    live = peak = 0;
    live_at_placed = 0;
    assert_int_equal(bulletin_render_pdf(doc, &o, discard, NULL, &diag), BULLETIN_OK);
    assert_int_equal(live, 0); /* everything given back */
    bulletin_doc_free(doc);
    if (out_peak)
        *out_peak = peak;
    if (out_placed)
        *out_placed = live_at_placed;
}

/* templates/brochure.ini with figures_in_accent = no, in a file of its
 * own (a template path) */
static const char *accent_off_template(void)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/bl-test-accent-off-%ld.ini", (long)getpid());
    FILE *in = fopen("templates/brochure.ini", "r");
    FILE *out = fopen(path, "w");
    assert_non_null(in);
    assert_non_null(out);
    char line[1024];
    int changed = 0;
    while (fgets(line, sizeof line, in)) {
        if (!strncmp(line, "figures_in_accent", 17)) {
            fputs("figures_in_accent = no\n", out);
            changed++;
        } else
            fputs(line, out);
    }
    fclose(in);
    fclose(out);
    assert_int_equal(changed, 1);
    return path;
}

/* "标题" and n bare figures `5个，` in one paragraph */
static char *bare_figures(size_t n)
{
    const char *unit = "5个，";
    size_t u = strlen(unit);
    char *t = malloc(16 + n * u);
    assert_non_null(t);
    strcpy(t, "标题\n");
    size_t k = strlen(t);
    for (size_t i = 0; i < n; i++, k += u)
        memcpy(t + k, unit, u);
    strcpy(t + k, "\n");
    return t;
}

static void test_figure_spans(void **state)
{
    (void)state;
    const size_t n = 4000;
    char *text = bare_figures(n);
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "t.txt", 0, NULL, &doc, &diag), BULLETIN_OK);
    size_t nfig = bulletin_doc_figure_count(doc);
    bulletin_doc_free(doc);
    assert_int_equal(nfig, n);
    const char *off = accent_off_template();
    size_t peak_on, peak_off, placed_on, placed_off;
    render_counted(text, "templates/brochure.ini", &peak_on, &placed_on);
    render_counted(text, off, &peak_off, &placed_off);
    unlink(off);
    free(text);
    /* the accent's figures: 4 bytes a figure at the peak (the layout's) */
    assert_int_equal(peak_on - peak_off, 4 * nfig);
    /* ... and none of them once every line is laid out */
    assert_true(placed_on > 0);
    assert_int_equal(placed_on, placed_off);
}

static void test_blocks_freed_before_the_outline(void **state)
{
    (void)state;
    const size_t n = 3000;
    const char *h = "一、小节\n";
    char *text = malloc(16 + n * strlen(h));
    assert_non_null(text);
    strcpy(text, "标题\n");
    size_t k = strlen(text), hl = strlen(h);
    for (size_t i = 0; i < n; i++, k += hl)
        memcpy(text + k, h, hl);
    text[k] = '\0';
    /* the outline's text: (entries + 1) x 160 bytes reserved, a buffer's
     * capacity doubling from 64; the entries: the title and n headings */
    size_t need = (n + 2) * 160 + 1, cap = 64;
    while (cap < need)
        cap *= 2;
    watch_size = cap;
    watch_hits = 0;
    size_t pk;
    render_counted(text, "templates/brochure.ini", &pk, NULL);
    watch_size = 0;
    free(text);
    assert_int_equal(watch_hits, 2); /* the structure tree's text, then the outline's */
    /* what is live then: the outline's entries (48 bytes each, their
     * array's capacity), the structure tree's text (96 bytes an element
     * reserved: about 2 an entry), the pages' and the faces' records;
     * the blocks (64 bytes each, their array's capacity) and the
     * elements (12 bytes, and 16 of marked content) are not: 350 bytes a
     * heading then, 492 with them */
    assert_true(live_at_watch < 420 * n);
    assert_true(live_at_watch > 300 * n);
}

static void test_glyphs_reserved_at_once(void **state)
{
    (void)state;
    /* 10,001 figures: an input of 70,015 bytes (64 KB or more: room for
     * a glyph a byte and a sixteenth, 24 bytes each, and a line per 8
     * bytes, 72 each) */
    char *text = bare_figures(10001);
    size_t n = strlen(text);
    assert_int_equal(n, 70015);
    watch_size = (n + n / 16) * 24;
    watch_hits = 0;
    render_counted(text, "templates/brochure.ini", NULL, NULL);
    assert_int_equal(watch_hits, 1);
    watch_size = n / 8 * 72;
    watch_hits = 0;
    render_counted(text, "templates/brochure.ini", NULL, NULL);
    assert_int_equal(watch_hits, 1);
    watch_size = 0;
    free(text);
    /* a smaller input grows its arrays as before: nothing of its size */
    text = bare_figures(1001);
    n = strlen(text);
    watch_size = (n + n / 16) * 24;
    watch_hits = 0;
    render_counted(text, "templates/brochure.ini", NULL, NULL);
    assert_int_equal(watch_hits, 0);
    watch_size = 0;
    free(text);
}

/* The reservation is a hint: refused (strict overcommit, ulimit -v, a
 * caller's allocator counting address space), the arrays grow as before
 * and the text renders, every byte given back (render_counted asserts
 * both). */
static void test_refused_reservation_renders(void **state)
{
    (void)state;
    char *text = bare_figures(10001);
    size_t n = strlen(text);
    refuse_size = (n + n / 16) * 24; /* the glyphs' room */
    render_counted(text, "templates/brochure.ini", NULL, NULL);
    refuse_size = n / 8 * 72; /* the lines' room, the glyphs' given */
    render_counted(text, "templates/brochure.ini", NULL, NULL);
    refuse_size = 0;
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_figure_spans),
        cmocka_unit_test(test_blocks_freed_before_the_outline),
        cmocka_unit_test(test_glyphs_reserved_at_once),
        cmocka_unit_test(test_refused_reservation_renders),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
