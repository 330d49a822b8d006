/* test_crypto_md5.c - the program's MD5-only libcrypto
 * (src/cli/crypto_md5.c): RFC 1321's test suite, whole and fed in pieces,
 * and the context within OpenSSL's 92-byte MD5_CTX. */
#include <stdio.h>

#include "test_util.h"

#include "../../src/cli/crypto_md5.c"

static void hex(const unsigned char *md, char out[33])
{
    for (int i = 0; i < 16; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
}

static void test_md5_rfc1321(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"", "d41d8cd98f00b204e9800998ecf8427e"},
        {"a", "0cc175b9c0f1b6a831c399e269772661"},
        {"abc", "900150983cd24fb0d6963f7d28e17f72"},
        {"message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
        {"abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
         "d174ab98d277d9f5a5611c2c9f419d9f"},
        {"1234567890123456789012345678901234567890123456789012345678901234567890123456789"
         "0",
         "57edf4a22be3c955ac49da2e2107b67a"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (size_t piece = 1; piece <= 65; piece += 16) {
            struct {
                md5_ctx c;
                unsigned char guard[4];
            } g;
            memset(g.guard, 0xa5, sizeof g.guard);
            unsigned char md[16];
            char h[33];
            const char *s = cases[i][0];
            size_t n = strlen(s);
            assert_int_equal(MD5_Init(&g.c), 1);
            for (size_t off = 0; off < n; off += piece)
                assert_int_equal(MD5_Update(&g.c, s + off, n - off < piece ? n - off : piece), 1);
            assert_int_equal(MD5_Final(md, &g.c), 1);
            hex(md, h);
            assert_string_equal(h, cases[i][1]);
            for (size_t k = 0; k < sizeof g.guard; k++)
                assert_int_equal(g.guard[k], 0xa5);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_md5_rfc1321)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
