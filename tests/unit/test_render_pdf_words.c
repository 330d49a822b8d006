/*
 * test_render_pdf_words.c - the PDF backend asks ICU for the words of
 * display text (titles, headings, the cover) only when the text wraps:
 * building ICU's dictionary word break engine costs some 8 million
 * instructions, and a text that fits on one line is laid out the same
 * without its words.  ICU is not linked (src/pdf/words.c loads it): the
 * first test sees it not loaded at all (dlopen RTLD_NOLOAD) after texts
 * that fit; then a wrapping heading loads it; and a render of one
 * bulletin (bl_words_transient, as an export of one file sets it) gives
 * it back once its layout is done, with the same PDF, unless the process
 * had ICU before (a host's).  Runs from the repository root
 * (fonts/fonts.ini).
 */
#define _GNU_SOURCE /* RTLD_NOLOAD */
#include "test_util.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uvernum.h>

#include "bulletin_int.h"
#include "pdf/words.h"

/* Whether ICU's common library is loaded in this process. */
static bool icu_loaded(void)
{
    void *h = dlopen("libicuuc.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_NOLOAD);
    if (h)
        dlclose(h); /* the reference NOLOAD took */
    return h != NULL;
}

/* A heading far wider than the measure: its breaks fall between words,
 * which takes ICU. */
#define WRAPS                                                                                      \
    "标题\n一、牵头举办中部六省高价值专利大赛，以赛促进激发区域高质量发展新动能，"                \
    "推进知识产权强省建设取得新的重要进展\n正文。\n"

static size_t render_pages(const char *text, const char *tpl)
{
    tu_str s = tu_render_pdf(text, tpl);
    size_t n = s.len;
    free(s.data);
    return n;
}

/* Must run first: ICU not loaded until then. */
static void test_one_line_display_text_needs_no_words(void **state)
{
    (void)state;
    assert_false(icu_loaded());
    /* a title, headings and a run-in heading that each fit on a line, in
     * both templates (the brochure's cover title too) */
    const char *fits = "全省专利统计公报\n一、综合情况\n（一）授权量\n1.发明专利。正文一段文字。\n"
                       "全市地区生产总值完成3,215.6亿元，同比增长6.2%。\n";
    render_pages(fits, "brochure");
    render_pages(fits, "gongwen");
    assert_false(icu_loaded());
}

static void test_wrapping_display_text_gets_words(void **state)
{
    (void)state;
    render_pages(WRAPS, "gongwen");
    assert_true(icu_loaded()); /* kept for the next render */
}

/* One bulletin's render gives ICU back after its layout; the PDF is the
 * one a render that keeps it makes; a later render loads it again. */
static void test_transient_words_go_after_the_layout(void **state)
{
    (void)state;
    tu_str kept = tu_render_pdf(WRAPS, "brochure");
    assert_true(icu_loaded());
    bl_words_transient = true;
    tu_str gone = tu_render_pdf(WRAPS, "brochure");
    assert_false(icu_loaded());
    tu_str again = tu_render_pdf(WRAPS, "gongwen");
    assert_false(icu_loaded()); /* loaded for its title, given back */
    bl_words_transient = false;
    tu_str gw = tu_render_pdf(WRAPS, "gongwen");
    assert_true(icu_loaded());
    assert_int_equal(kept.len, gone.len);
    assert_memory_equal(kept.data, gone.data, kept.len);
    assert_int_equal(again.len, gw.len);
    assert_memory_equal(again.data, gw.data, gw.len);
    free(kept.data);
    free(gone.data);
    free(again.data);
    free(gw.data);
}

/* The resident kB of the code (r-xp mappings) of the loaded libraries
 * whose path holds `name`, from /proc/self/smaps; -1 when none is mapped
 * (or there is no /proc). */
static long code_rss_kb(const char *name)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (!f)
        return -1;
    char line[4096];
    long kb = -1;
    bool in = false;
    while (fgets(line, sizeof line, f)) {
        unsigned long a, b;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &a, &b, perms) == 3 && strchr(line, '/')) {
            in = strstr(line, name) && strcmp(perms, "r-xp") == 0;
            if (in && kb < 0)
                kb = 0;
        } else if (sscanf(line, "%lx-%lx %7s", &a, &b, perms) == 3) {
            in = false;
        } else if (in && strncmp(line, "Rss:", 4) == 0) {
            kb += strtol(line + 4, NULL, 10);
        }
    }
    fclose(f);
    return kb;
}

/* Whether libstdc++ was loaded before anything asked for ICU (by the
 * program itself, or by a sanitizer's runtime): then it is not ICU's to
 * give back.  Set by main before the tests. */
static bool cxx_before;

/* What ICU brought in and its dlclose left loaded (libstdc++, never
 * unloaded by glibc) keeps no code pages resident once one bulletin's
 * render gave ICU back; loaded again, ICU runs on it as before (the same
 * PDF). */
static void test_what_icu_left_loaded_is_given_back(void **state)
{
    (void)state;
    tu_str kept = tu_render_pdf(WRAPS, "brochure"); /* not transient: kept */
    assert_true(icu_loaded());
    long during = code_rss_kb("libstdc++");
    bl_words_transient = true;
    tu_str gone = tu_render_pdf(WRAPS, "brochure");
    bl_words_transient = false;
    assert_false(icu_loaded());
    long after = code_rss_kb("libstdc++");
    tu_str again = tu_render_pdf(WRAPS, "brochure"); /* loads it again */
    if (during > 0 && !cxx_before) { /* this ICU brought libstdc++ in */
        assert_int_equal(after, 0);
        assert_true(code_rss_kb("libstdc++") > 0);
    }
    assert_int_equal(kept.len, gone.len);
    assert_memory_equal(kept.data, gone.data, kept.len);
    assert_int_equal(kept.len, again.len);
    assert_memory_equal(kept.data, again.data, kept.len);
    free(kept.data);
    free(gone.data);
    free(again.data);
}

/* A process that had ICU before the library asked for it (a host program
 * using ICU itself): one bulletin's render never cleans up ICU's state nor
 * drops the library's reference (u_cleanup would free the host's ICU data
 * under it): ICU stays loaded when the host lets its own reference go. */
static void test_a_hosts_icu_is_left_alone(void **state)
{
    (void)state;
    bl_words_transient = true;
    free(tu_render_pdf(WRAPS, "brochure").data);
    assert_false(icu_loaded()); /* ours given back: none in the process */
    void *host = dlopen("libicuuc.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_LOCAL);
    assert_non_null(host);
    free(tu_render_pdf(WRAPS, "brochure").data);
    bl_words_transient = false;
    dlclose(host);
    assert_true(icu_loaded()); /* the library's own reference kept */
}

int main(void)
{
    cxx_before = code_rss_kb("libstdc++") >= 0;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_line_display_text_needs_no_words),
        cmocka_unit_test(test_wrapping_display_text_gets_words),
        cmocka_unit_test(test_transient_words_go_after_the_layout),
        cmocka_unit_test(test_what_icu_left_loaded_is_given_back),
        cmocka_unit_test(test_a_hosts_icu_is_left_alone),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
