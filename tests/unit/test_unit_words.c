/* Unit tests of src/doc/unit_words.c: the unit vocabulary both the
 * document model (table_shapes.c) and the figures (units.c) ask. */
#include "test_util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/unit_words.h"

static bool is_word(const char *s)
{
    return bl_unit_is_word(s, strlen(s));
}

/* Glued unit words a table's cell or note may hold, both scripts. */
static void test_is_word_both_scripts(void **state)
{
    (void)state;
    assert_true(is_word("万千瓦时"));
    assert_true(is_word("萬千瓦時"));
    assert_true(is_word("个百分点"));
    assert_true(is_word("個百分點"));
    assert_true(is_word("吨"));
    assert_true(is_word("噸"));
    assert_true(is_word("千克"));
    assert_true(is_word("亿元"));
    assert_true(is_word("億元"));
    assert_true(is_word("万"));    /* a scale alone */
    assert_true(is_word("%"));
    assert_true(is_word("元/5升")); /* a price's unit */
    assert_true(is_word("kWh"));
    assert_true(is_word("个"));     /* a measure word */
    assert_true(is_word("個"));
}

/* Words that are no unit: a place, a date's word, a sentence, empty,
 * an unknown Latin word, too long. */
static void test_is_word_not_a_unit(void **state)
{
    (void)state;
    assert_false(is_word("北京"));
    assert_false(is_word("地区生产总值"));
    assert_false(is_word("同比增长"));
    assert_false(is_word("万元，"));
    assert_false(is_word("abc"));
    assert_false(is_word(""));
    assert_false(bl_unit_is_word("吨", 0));
    char longw[64];
    memset(longw, 0, sizeof longw);
    for (size_t i = 0; i + 3 < BL_UNIT_WORD_MAX + 3; i += 3)
        memcpy(longw + i, "吨", 3);
    assert_false(is_word(longw));
}

/* bl_unit_match: the length and class of the unit at a position, the
 * written base; a compound (元/吨); a reading inside (標(biāo)箱). */
static void test_match_at(void **state)
{
    (void)state;
    char base[BL_UNIT_WORD_MAX];
    bl_unit_class c = BL_UNIT_COUNT;
    const char *t = "12.5个百分点";
    assert_int_equal(bl_unit_match(t, strlen(t), 4, &c, base, sizeof base), strlen("个百分点"));
    assert_int_equal(c, BL_UNIT_POINTS);
    assert_string_equal(base, "个百分点");
    t = "300元/吨左右";
    assert_int_equal(bl_unit_match(t, strlen(t), 3, &c, base, sizeof base), strlen("元/吨"));
    assert_int_equal(c, BL_UNIT_AMOUNT);
    assert_string_equal(base, "元/吨");
    t = "5％";
    assert_int_equal(bl_unit_match(t, strlen(t), 1, &c, base, sizeof base), 3);
    assert_int_equal(c, BL_UNIT_PERCENT);
    assert_string_equal(base, "%");
    t = "20萬標(biāo)箱";
    size_t at = strlen("20萬");
    assert_int_equal(bl_unit_match(t, strlen(t), at, &c, base, sizeof base), strlen(t) - at);
    assert_string_equal(base, "標箱");
    /* no unit: the class is left as it was */
    c = BL_UNIT_MULTIPLE;
    t = "3北京";
    assert_int_equal(bl_unit_match(t, strlen(t), 1, &c, base, sizeof base), 0);
    assert_int_equal(c, BL_UNIT_MULTIPLE);
}

/* Scales (万, 億, 万亿), a reading inside one (134萬(wàn)億元), Latin
 * symbols as whole tokens only (5G is none). */
static void test_scales_and_latin(void **state)
{
    (void)state;
    double f = 0;
    assert_int_equal(bl_unit_scale("万亿元", strlen("万亿元"), 0, &f), strlen("万亿"));
    assert_true(f == 1e12);
    assert_int_equal(bl_unit_scale("億元", strlen("億元"), 0, &f), strlen("億"));
    assert_true(f == 1e8);
    assert_int_equal(bl_unit_scale("元", strlen("元"), 0, &f), 0);
    const char *t = "134萬(wàn)億元";
    size_t at = strlen("134"), r = bl_unit_reading_at(t, strlen(t), at + 3);
    assert_int_equal(r, strlen("(wàn)"));
    const char *two = bl_unit_scale_read(t, strlen(t), at, r, &f);
    assert_non_null(two);
    assert_string_equal(two, "萬億");
    assert_true(f == 1e12);
    assert_null(bl_unit_scale_read("萬(wàn)元", strlen("萬(wàn)元"), 0, strlen("(wàn)"), &f));
    assert_int_equal(bl_unit_reading_at("(km)", 4, 0), 0); /* no tone: no reading */
    assert_true(bl_unit_latin_at("706.5mm", 7, 5));
    assert_true(bl_unit_latin_at("35万m²", strlen("35万m²"), strlen("35万")));
    assert_false(bl_unit_latin_at("5G基站", strlen("5G基站"), 1));
    assert_false(bl_unit_latin_at("5kmx", 4, 1));
}

/* bl_unit_text: the scale's length and factor, the class, the base. */
static void test_text_parts(void **state)
{
    (void)state;
    size_t sc;
    double f;
    bl_unit_class c;
    char base[BL_UNIT_WORD_MAX];
    assert_true(bl_unit_text("万千瓦时", strlen("万千瓦时"), &sc, &f, &c, base, sizeof base));
    assert_int_equal(sc, strlen("万"));
    assert_true(f == 1e4);
    assert_int_equal(c, BL_UNIT_QUANTITY);
    assert_string_equal(base, "千瓦时");
    assert_true(bl_unit_text("萬", strlen("萬"), &sc, &f, &c, base, sizeof base));
    assert_string_equal(base, "");
    assert_int_equal(c, BL_UNIT_COUNT);
    assert_false(bl_unit_text("万人口", strlen("万人口"), &sc, &f, &c, base, sizeof base));
}

/* bl_group_by_key (dup41: the one grouping, figures' fig_group_by_key is
 * its alias): each key's indices in the list's order, empty keys empty. */
static void test_group_by_key(void **state)
{
    (void)state;
    const size_t key[] = {2, 0, 2, 1, 0, 2};
    uint16_t order[6], from[4];
    bl_group_by_key(key, 6, 3, order, from);
    assert_int_equal(from[0], 0);
    assert_int_equal(from[1], 2);
    assert_int_equal(from[2], 3);
    assert_int_equal(from[3], 6);
    const uint16_t want[] = {1, 4, 3, 0, 2, 5};
    for (size_t i = 0; i < 6; i++)
        assert_int_equal(order[i], want[i]);
    const size_t one[] = {256};
    uint16_t o1[1], f1[BL_GROUP_KEYS_MAX + 1];
    bl_group_by_key(one, 1, BL_GROUP_KEYS_MAX, o1, f1);
    assert_int_equal(f1[0], 0);
    assert_int_equal(f1[256], 0);
    assert_int_equal(f1[257], 1);
    assert_int_equal(o1[0], 0);
}

/* speed45: bl_unit_match finds its candidates by the first character
 * (a bucket of its code point) and the measure words by halving a sorted
 * list, not by a scan of every unit of the first byte and of the whole
 * measure-word string.  The same answers: a hash of the length, class and
 * written base at the start of every text of two characters of the units'
 * vocabulary (and a few ASCII and reading pieces) with six tails, of every
 * BMP code point and every lone byte before 元, each text an exact-size
 * heap copy (a read past its end fails under ASan), against the hash the
 * scan gave (taken from the build before the change). */
static const char unit_vocab[] = "个百分点千個點％‰万萬成倍工作日季度月小时時钟鐘年天周秒岁週歲美元港欧英镑歐鎊吨标准煤噸標準平方公里米㎡㎢㎥立瓦兆顷頃斤克毫微μµ贝貝摄氏攝℃箱市担擔两兩亩畝升厘海伏安帕吉卡马力馬载重載人次户戶件架车車部门門场班航批家项台套臺艘辆輛項場羽笔所期地名位张起章条座只头株本篇份届处种类支款组宗例栋间床片颗棵根枚册首集幅块省县区州镇村国校园队列对盏趟轮道匹口眼孔栏档字尾張條筆隻間處冊屆種類組塊棟顆頭縣區鎮國園隊對盞輪欄檔亿十億：大容量为為达達到·、";

static uint64_t unit_hash_one(uint64_t h, const char *s, size_t n)
{
    char *t = malloc(n ? n : 1);
    assert_non_null(t);
    memcpy(t, s, n);
    char base[BL_UNIT_WORD_MAX];
    bl_unit_class c = (bl_unit_class)99;
    size_t m = bl_unit_match(t, n, 0, &c, base, sizeof base);
    free(t);
    uint64_t v[2] = {m, (uint64_t)c};
    const unsigned char *b = (const unsigned char *)v;
    for (size_t i = 0; i < sizeof v; i++)
        h = (h ^ b[i]) * 1099511628211u;
    for (const unsigned char *q = (const unsigned char *)base; *q; q++)
        h = (h ^ *q) * 1099511628211u;
    return (h ^ 0xFF) * 1099511628211u;
}

static void test_unit_match_by_first_char(void **state)
{
    (void)state;
    const char *piece[400];
    size_t np = 0;
    static char pieces[sizeof unit_vocab * 2];
    size_t at = 0;
    for (size_t i = 0; unit_vocab[i];) {
        size_t k = 1;
        while (((unsigned char)unit_vocab[i + k] & 0xC0) == 0x80)
            k++;
        memcpy(pieces + at, unit_vocab + i, k);
        pieces[at + k] = '\0';
        piece[np++] = pieces + at;
        at += k + 1;
        i += k;
    }
    const char *extra[] = {"%", "/", "(w\xC3\xA0n)", "(bi\xC4\x81o)", "\xEF\xBC\x88" "c\xC3\xA8\xEF\xBC\x89",
                           "m", "k", "a", "1", " "};
    for (size_t e = 0; e < sizeof extra / sizeof *extra; e++)
        piece[np++] = extra[e];
    const char *tails[] = {"", "箱", "点", "/吨", "\xC2\xB7km", "(x)"};
    uint64_t h = 1469598103934665603u;
    char t[64];
    for (size_t a = 0; a < np; a++)
        for (size_t b = 0; b < np; b++)
            for (size_t z = 0; z < sizeof tails / sizeof *tails; z++) {
                int n = snprintf(t, sizeof t, "%s%s%s", piece[a], piece[b], tails[z]);
                h = unit_hash_one(h, t, (size_t)n);
            }
    for (uint32_t cp = 0x80; cp <= 0xFFFF; cp++) {
        size_t n;
        if (cp < 0x800) {
            t[0] = (char)(0xC0 | cp >> 6);
            t[1] = (char)(0x80 | (cp & 0x3F));
            n = 2;
        } else {
            t[0] = (char)(0xE0 | cp >> 12);
            t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            t[2] = (char)(0x80 | (cp & 0x3F));
            n = 3;
        }
        memcpy(t + n, "元", 3);
        h = unit_hash_one(h, t, n + 3);
        h = unit_hash_one(h, t, n);
        h = unit_hash_one(h, t, n - 1);
    }
    for (unsigned b = 0x80; b <= 0xFF; b++) {
        t[0] = (char)b;
        memcpy(t + 1, "个", 3);
        h = unit_hash_one(h, t, 4);
    }
    assert_true(h == 0x4bb6e64624bef2f5u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_is_word_both_scripts),
        cmocka_unit_test(test_is_word_not_a_unit),
        cmocka_unit_test(test_match_at),
        cmocka_unit_test(test_scales_and_latin),
        cmocka_unit_test(test_text_parts),
        cmocka_unit_test(test_group_by_key),
        cmocka_unit_test(test_unit_match_by_first_char),
    };
    return cmocka_run_group_tests_name("unit_words", tests, NULL, NULL);
}
