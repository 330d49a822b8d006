/*
 * test_render_pdf_script.c - the words the PDF backend adds to a page
 * (the key page's heading and page label, the growth chart's caption) are
 * in the text's script: 關鍵數據 and 增長率 over a bulletin in traditional
 * characters, 关键数据 and 增长率 otherwise.  A simplified text that quotes
 * a traditional name stays simplified; only the first 64 KiB are read.
 */
#include "test_util.h"

#include <stdlib.h>
#include <string.h>

#include "pdf/pdf_int.h"

static bool traditional(const char *s)
{
    return bl_pdf_is_traditional(s, strlen(s));
}

static void test_script_of_a_text(void **state)
{
    (void)state;
    assert_true(traditional("2021年辰溪縣國民經濟和社會發展統計公報\n全縣地區生產總值達到"
                            "143.28億元，比上年增長7.1%。"));
    assert_true(traditional("全國各級各類學校52.93萬所。")); /* 國, 萬 */
    assert_false(traditional("2023年全县地区生产总值143.28亿元，比上年增长7.1%。"));
    /* a simplified report quoting a traditional name: 3 traditional
     * characters (國, 際, 會 of which 國 and 會 count) against more
     * simplified ones */
    assert_false(traditional("据统计，全县共有企业1200家，“香港國際會議”代表团来访，"
                             "全年实现产值增长5%。"));
    assert_false(traditional("")); /* neither: simplified words */
    assert_false(traditional("2024年3月1日 ABC 123")); /* no Han character of either list */

    /* only the first 64 KiB: a simplified text padded past it, then
     * traditional characters, stays simplified */
    size_t pad = 70000;
    char *s = malloc(pad + 64);
    assert_non_null(s);
    memset(s, 'a', pad);
    strcpy(s + pad, "國國國國國國發發發");
    assert_false(bl_pdf_is_traditional(s, strlen(s)));
    memcpy(s, "國", strlen("國")); /* one within the window */
    assert_true(bl_pdf_is_traditional(s, strlen(s)));
    free(s);
}

static void test_words_of_each_script(void **state)
{
    (void)state;
    ctx *c = calloc(1, sizeof *c);
    assert_non_null(c);
    assert_string_equal(bl_pdf_word_text(c, BL_WORD_KEY_FIGURES), "关键数据");
    assert_string_equal(bl_pdf_word_text(c, BL_WORD_GROWTH), "增长率");
    c->traditional = true;
    assert_string_equal(bl_pdf_word_text(c, BL_WORD_KEY_FIGURES), "關鍵數據");
    assert_string_equal(bl_pdf_word_text(c, BL_WORD_GROWTH), "增長率");
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_script_of_a_text),
        cmocka_unit_test(test_words_of_each_script),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
