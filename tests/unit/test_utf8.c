/* Unit tests of src/utf8.c: strict decoding, encoding, classes. */
#include "test_util.h"

#include "bulletin_int.h"

static int dec(const char *s, size_t len, uint32_t *cp)
{
    return bl_utf8_decode((const unsigned char *)s, len, cp);
}

static void test_decode_ascii_and_han(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(dec("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(dec("\xE6\xB9\x96", 3, &cp), 3); /* 湖 */
    assert_int_equal(cp, 0x6E56);
    assert_int_equal(dec("\xF0\xA0\xAE\xB7", 4, &cp), 4); /* 𠮷 */
    assert_int_equal(cp, 0x20BB7);
    assert_int_equal(dec("\xC2\xB7", 2, &cp), 2); /* · */
    assert_int_equal(cp, 0xB7);
}

static void test_decode_rejects_overlong(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(dec("\xC0\xAF", 2, &cp), 0);         /* overlong '/' */
    assert_int_equal(dec("\xC1\xBF", 2, &cp), 0);
    assert_int_equal(dec("\xE0\x80\xAF", 3, &cp), 0);     /* 3-byte overlong */
    assert_int_equal(dec("\xF0\x80\x80\xAF", 4, &cp), 0); /* 4-byte overlong */
}

static void test_decode_rejects_surrogates_and_range(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(dec("\xED\xA0\x80", 3, &cp), 0); /* U+D800 */
    assert_int_equal(dec("\xED\xBF\xBF", 3, &cp), 0); /* U+DFFF */
    assert_int_equal(dec("\xF4\x90\x80\x80", 4, &cp), 0); /* > U+10FFFF */
    assert_int_equal(dec("\xF5\x80\x80\x80", 4, &cp), 0);
    assert_int_equal(dec("\xEF\xBF\xBF", 3, &cp), 3);  /* U+FFFF is valid */
}

static void test_decode_rejects_truncated_and_stray(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(dec("\xE6\xB9", 2, &cp), 0);
    assert_int_equal(dec("\xE6\xB9\x41", 3, &cp), 0);
    assert_int_equal(dec("\x80", 1, &cp), 0);
    assert_int_equal(dec("\xFF", 1, &cp), 0);
    assert_int_equal(dec("", 0, &cp), 0);
}

static void test_encode_roundtrip(void **state)
{
    (void)state;
    const uint32_t cps[] = {0x41, 0xB7, 0x3000, 0x6E56, 0xFFFF, 0x20BB7, 0x10FFFF};
    for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
        char buf[4];
        uint32_t back;
        int n = bl_utf8_encode(cps[i], buf);
        assert_int_equal(dec(buf, (size_t)n, &back), n);
        assert_int_equal(back, cps[i]);
    }
}

static void test_count(void **state)
{
    (void)state;
    const char *s = "湖北:2023年";
    assert_int_equal(bl_utf8_count(s, strlen(s)), 8);
}

/* Counted eight bytes at a time: every start and length against the
 * definition (bytes that are not 10xxxxxx), stray and invalid bytes
 * included, and exact counts across the eight-byte steps. */
static void test_count_every_offset(void **state)
{
    (void)state;
    const char *t = "统计公报2023年GDP增长5.2%\x80\xBF\xC0\xFF末尾——“引号”𠀀x";
    size_t len = strlen(t);
    for (size_t a = 0; a < len; a++)
        for (size_t b = a; b <= len; b++) {
            size_t want = 0;
            for (size_t i = a; i < b; i++)
                if (((unsigned char)t[i] & 0xC0) != 0x80)
                    want++;
            assert_int_equal(bl_utf8_count(t + a, b - a), want);
        }
    assert_int_equal(bl_utf8_count("一二三四五六七八", 24), 8);  /* three steps */
    assert_int_equal(bl_utf8_count("一二三四五六七八", 23), 8);  /* a cut character */
    assert_int_equal(bl_utf8_count("\x80\x80\x80\x80\x80\x80\x80\x80", 8), 0);
    assert_int_equal(bl_utf8_count("abcdefgh", 8), 8);
    assert_int_equal(bl_utf8_count("", 0), 0);
}

static void test_classes(void **state)
{
    (void)state;
    assert_true(bl_is_han(0x6E56));
    assert_true(bl_is_han(0x20BB7));
    assert_false(bl_is_han('A'));
    assert_false(bl_is_han(0xFF0C));
    assert_true(bl_is_cjk_punct(0xFF0C)); /* ， */
    assert_true(bl_is_cjk_punct(0x3002)); /* 。 */
    assert_true(bl_is_cjk_punct(0x201C)); /* “ */
    assert_true(bl_is_cjk_punct(0x300A)); /* 《 */
    assert_false(bl_is_cjk_punct(','));
    assert_true(bl_is_fullwidth(0x6E56));
    assert_false(bl_is_fullwidth('a'));
}

/* The decoder before its 3-byte path was cut (issue 22), kept as the
 * reference: the fast path over bl_utf8_decode_any. */
static int old_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
    if (len && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (len >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        uint32_t v = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
            *cp = v;
            return 3;
        }
    }
    return bl_utf8_decode_any(s, len, cp);
}

/* bl_utf8_decode gives what the old decoder gave for every sequence of 1
 * to 4 bytes (every length it is told, 0 to 4): the same length and the
 * same code point, and *cp untouched where both reject.  Every 4-byte
 * sequence: the fourth byte matters only under F0..F4, so the others run
 * with one fourth byte of each kind (neither decoder reads a fourth byte
 * after another lead). */
static void test_decode_as_before_every_sequence(void **state)
{
    (void)state;
    unsigned char b[4];
    unsigned long checked = 0;
    for (unsigned x = 0; x < (1u << 24); x++) {
        b[0] = (unsigned char)(x >> 16);
        b[1] = (unsigned char)(x >> 8);
        b[2] = (unsigned char)x;
        unsigned fourths = b[0] >= 0xF0 && b[0] <= 0xF4 ? 256 : 4;
        for (unsigned y = 0; y < fourths; y++) {
            static const unsigned char kinds[4] = {0x00, 0x80, 0xBF, 0xC0};
            b[3] = fourths == 256 ? (unsigned char)y : kinds[y];
            for (size_t len = 0; len <= 4; len++) {
                uint32_t c1 = 0xFFFFFFFFu, c2 = 0xFFFFFFFFu;
                int n1 = bl_utf8_decode(b, len, &c1), n2 = old_decode(b, len, &c2);
                if (n1 != n2 || c1 != c2) {
                    print_error("%02X %02X %02X %02X len %zu: %d U+%X, was %d U+%X\n", b[0], b[1],
                                b[2], b[3], len, n1, c1, n2, c2);
                    fail();
                }
                checked++;
            }
        }
    }
    assert_true(checked > 5ul * (1u << 24));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_ascii_and_han),
        cmocka_unit_test(test_decode_as_before_every_sequence),
        cmocka_unit_test(test_decode_rejects_overlong),
        cmocka_unit_test(test_decode_rejects_surrogates_and_range),
        cmocka_unit_test(test_decode_rejects_truncated_and_stray),
        cmocka_unit_test(test_encode_roundtrip),
        cmocka_unit_test(test_count),
        cmocka_unit_test(test_count_every_offset),
        cmocka_unit_test(test_classes),
    };
    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
