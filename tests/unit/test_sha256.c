/* Unit tests of src/base/sha256.c: FIPS 180-2's vectors (one block, two
 * blocks, a million bytes), the lengths either side of a block's padding
 * limit (55, 56, 63, 64, 65 bytes) against Python's hashlib, and the
 * digest a parsed document reports, which the workbook and the JSON show. */
#include <stdlib.h>

#include "test_util.h"

#include "base/sha256.h"

static void check(const void *data, size_t n, const char *want)
{
    char out[65];
    memset(out, 'x', sizeof out);
    bl_sha256_hex(data, n, out);
    assert_string_equal(out, want);
}

static void test_fips_vectors(void **state)
{
    (void)state;
    check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    char *a = malloc(1000000);
    assert_non_null(a);
    memset(a, 'a', 1000000);
    check(a, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);
}

static void test_padding_limits(void **state)
{
    (void)state;
    static const struct {
        size_t n;
        const char *hex;
    } cases[] = {
        {55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"},
        {56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"},
        {63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"},
        {64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"},
        {65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"},
    };
    unsigned char bytes[65];
    for (unsigned i = 0; i < sizeof bytes; i++)
        bytes[i] = (unsigned char)i;
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        check(bytes, cases[k].n, cases[k].hex);
}

/* The parser's digest is of the bytes as given, BOM included. */
static void test_document_digest(void **state)
{
    (void)state;
    static const char text[] = "\xEF\xBB\xBF" "标题\n\n正文。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag = {0};
    assert_int_equal(bulletin_parse(text, sizeof text - 1, "t.txt", 0, &tu_mem, &doc, &diag),
                     BULLETIN_OK);
    char want[65];
    bl_sha256_hex(text, sizeof text - 1, want);
    assert_string_equal(bulletin_doc_sha256(doc), want);
    assert_string_equal(want, "6a5d9ce85dc46f34d7c077395209a352d9a61a0a5b730bc3f5e70b70b197c9ce");
    bulletin_doc_free(doc);
    bulletin_diag_clear(&diag);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fips_vectors),
        cmocka_unit_test(test_padding_limits),
        cmocka_unit_test(test_document_digest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
