/* test_xlsx_zip.c - the workbook's zip writer (src/xlsx/zipw.c): the
 * records minizip wrote, members that inflate back to their bytes with
 * their CRC, the same bytes twice, and failures (no memory, a member
 * left open) that leave no zip. */
#include <stdio.h>
#include <stdlib.h>

#include <libdeflate.h>

#include "test_util.h"
#include "xlsx/zipw.h"

static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }
static uint32_t rd32(const unsigned char *p) { return rd16(p) | (uint32_t)rd16(p + 2) << 16; }

/* 1980-01-01 00:00, as libxlsxwriter dates every part. */
#define DOS_1980 (uint32_t)(33u << 16)

static const char *names[] = {"[Content_Types].xml", "xl/worksheets/sheet1.xml", "empty"};

static void make(bl_zipw *z, const bulletin_mem *mem, char *big, size_t big_len)
{
    bl_zipw_init(z, mem, 1);
    assert_true(bl_zipw_begin(z, names[0], DOS_1980));
    assert_true(bl_zipw_write(z, "<?xml version=\"1.0\"?>\n<Types/>", 30));
    assert_true(bl_zipw_end(z));
    assert_true(bl_zipw_begin(z, names[1], DOS_1980));
    for (size_t off = 0; off < big_len; off += 16384) /* as libxlsxwriter feeds it */
        assert_true(bl_zipw_write(z, big + off, big_len - off < 16384 ? big_len - off : 16384));
    assert_true(bl_zipw_end(z));
    assert_true(bl_zipw_begin(z, names[2], DOS_1980));
    assert_true(bl_zipw_end(z));
    assert_true(bl_zipw_finish(z));
}

static char *big_part(size_t *len)
{
    *len = 100000;
    char *b = malloc(*len);
    assert_non_null(b);
    for (size_t i = 0; i < *len; i++)
        b[i] = (char)("<row r=\"1\"><c t=\"s\"><v>12</v></c></row>\n"[i % 41]);
    b[77777] = '\x01'; /* a block-listed byte: not text */
    return b;
}

static void test_zip_records(void **state)
{
    (void)state;
    size_t big_len;
    char *big = big_part(&big_len);
    bl_zipw z;
    make(&z, &tu_mem, big, big_len);
    const unsigned char *p = (const unsigned char *)z.out;
    /* The end record: three members, the central directory before it. */
    assert_true(z.len > 22);
    const unsigned char *end = p + z.len - 22;
    assert_int_equal(rd32(end), 0x06054b50u);
    assert_int_equal(rd16(end + 8), 3);
    assert_int_equal(rd16(end + 10), 3);
    uint32_t cd_len = rd32(end + 12), cd = rd32(end + 16);
    assert_int_equal(cd + cd_len, z.len - 22);
    struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    assert_non_null(d);
    const unsigned char *c = p + cd;
    for (int i = 0; i < 3; i++) {
        assert_int_equal(rd32(c), 0x02014b50u);
        assert_int_equal(rd16(c + 4), 0);  /* made by, as minizip */
        assert_int_equal(rd16(c + 6), 20); /* version needed */
        assert_int_equal(rd16(c + 10), 8); /* deflated */
        assert_int_equal(rd32(c + 12), DOS_1980);
        uint32_t crc = rd32(c + 16), csize = rd32(c + 20), usize = rd32(c + 24);
        unsigned nlen = rd16(c + 28);
        assert_int_equal(nlen, strlen(names[i]));
        assert_memory_equal(c + 46, names[i], nlen);
        assert_int_equal(rd16(c + 36), i == 0); /* text: only the first */
        const unsigned char *l = p + rd32(c + 42);
        assert_int_equal(rd32(l), 0x04034b50u);
        assert_int_equal(rd32(l + 14), crc);
        assert_int_equal(rd32(l + 18), csize);
        assert_int_equal(rd32(l + 22), usize);
        assert_int_equal(rd16(l + 26), nlen);
        assert_int_equal(rd16(l + 28), 0);
        assert_memory_equal(l + 30, names[i], nlen);
        char *out = malloc(usize + 1);
        size_t got = 0;
        assert_int_equal(libdeflate_deflate_decompress(d, l + 30 + nlen, csize, out, usize, &got),
                         LIBDEFLATE_SUCCESS);
        assert_int_equal(got, usize);
        assert_int_equal(libdeflate_crc32(0, out, usize), crc);
        if (i == 1)
            assert_memory_equal(out, big, big_len);
        free(out);
        c += 46 + nlen;
    }
    libdeflate_free_decompressor(d);
    /* The same members give the same bytes. */
    bl_zipw z2;
    make(&z2, &tu_mem, big, big_len);
    assert_int_equal(z2.len, z.len);
    assert_memory_equal(z2.out, z.out, z.len);
    bl_zipw_free(&z2);
    bl_zipw_free(&z);
    free(big);
}

static void test_zip_failures(void **state)
{
    (void)state;
    /* Every allocation failing in turn: a failure stays, no leak. */
    size_t big_len;
    char *big = big_part(&big_len);
    for (long at = 1; at < 12; at++) {
        tu_fail_reset(at);
        bl_zipw z;
        bl_zipw_init(&z, &tu_failing_mem, 1);
        bool ok = bl_zipw_begin(&z, names[0], DOS_1980) && bl_zipw_write(&z, big, big_len) &&
                  bl_zipw_end(&z) && bl_zipw_begin(&z, names[1], DOS_1980) &&
                  bl_zipw_write(&z, big, big_len) && bl_zipw_end(&z) && bl_zipw_finish(&z);
        assert_int_equal(ok, !z.failed);
        if (!ok)
            assert_false(bl_zipw_finish(&z));
        bl_zipw_free(&z);
    }
    tu_fail_reset(0);
    /* A member left open: no zip. */
    bl_zipw z;
    bl_zipw_init(&z, &tu_mem, 1);
    assert_true(bl_zipw_begin(&z, names[0], DOS_1980));
    assert_false(bl_zipw_begin(&z, names[1], DOS_1980));
    assert_false(bl_zipw_finish(&z));
    assert_true(z.failed);
    bl_zipw_free(&z);
    free(big);
}

/* zlib's detect_data_type, a byte at a time (what bl_zipw_is_text must
 * answer, whatever its word-at-a-time path does). */
static bool text_by_byte(const unsigned char *p, size_t n)
{
    bool allowed = false;
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i];
        if (c <= 6 || (c >= 14 && c <= 25) || (c >= 28 && c <= 31))
            return false;
        allowed |= c == 9 || c == 10 || c == 13 || c >= 32;
    }
    return allowed;
}

static void test_zip_is_text(void **state)
{
    (void)state;
    assert_false(bl_zipw_is_text("", 0));
    assert_true(bl_zipw_is_text("<a/>", 4));
    assert_true(bl_zipw_is_text("<?xml version=\"1.0\"?>\r\n<Types/>", 31));
    assert_false(bl_zipw_is_text("\x07\x08\x0b\x0c\x1a\x1b", 6)); /* neither list: not text */
    assert_true(bl_zipw_is_text("\x07\x08\x0b\x0c\x1a\x1b\x09", 7));
    /* Every byte value at every offset of 1 to 24 bytes of XML text, whose
     * words have no byte below 32 but where the one put in. */
    unsigned char buf[24];
    for (size_t n = 1; n <= sizeof buf; n++)
        for (size_t at = 0; at < n; at++)
            for (unsigned c = 0; c < 256; c++) {
                for (size_t i = 0; i < n; i++)
                    buf[i] = (unsigned char)"<c r=\"A1\"><v>1</v></c>xyz"[i];
                buf[at] = (unsigned char)c;
                bool want = text_by_byte(buf, n);
                assert_int_equal(bl_zipw_is_text(buf, n), want);
                /* a blocked byte is not text, allowed or not beside it; a
                 * byte of neither list alone is not either */
                bool blocked = c <= 6 || (c >= 14 && c <= 25) || (c >= 28 && c <= 31);
                bool allowed = c == 9 || c == 10 || c == 13 || c >= 32;
                assert_int_equal(want, !blocked && (n > 1 || allowed));
            }
    /* Only bytes of neither list, then an allowed one after a whole word. */
    memset(buf, 0x0b, sizeof buf);
    assert_false(bl_zipw_is_text(buf, sizeof buf));
    buf[20] = '\n';
    assert_true(bl_zipw_is_text(buf, sizeof buf));
    buf[3] = 0x1f;
    assert_false(bl_zipw_is_text(buf, sizeof buf));
}

/* A zip of the members name[i] = data[i] (NUL-terminated), at level 1,
 * with memo `m` (may be NULL). */
static void zip_of(bl_zipw *z, const bulletin_mem *mem, bl_zipw_memo *m, int n,
                   const char *const *name, const char *const *data)
{
    bl_zipw_init(z, mem, 1);
    bl_zipw_use_memo(z, m);
    for (int i = 0; i < n; i++) {
        assert_true(bl_zipw_begin(z, name[i], DOS_1980));
        assert_true(bl_zipw_write(z, data[i], strlen(data[i])));
        assert_true(bl_zipw_end(z));
    }
    assert_true(bl_zipw_finish(z));
}

/* The zip `m` gives is the one without a memo. */
static void same_as_without(const bulletin_mem *mem, bl_zipw_memo *m, int n,
                            const char *const *name, const char *const *data)
{
    bl_zipw a, b;
    zip_of(&a, mem, m, n, name, data);
    zip_of(&b, mem, NULL, n, name, data);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.out, b.out, a.len);
    bl_zipw_free(&a);
    bl_zipw_free(&b);
}

static void test_zip_memo(void **state)
{
    (void)state;
    static const char *const name[] = {"xl/theme/theme1.xml", "xl/worksheets/sheet1.xml", "empty",
                                       "bin"};
    const char *first[] = {"<a:theme name=\"Office Theme\"/>", "<sheetData>1</sheetData>", "",
                           "\x01\x02"};
    const char *second[] = {first[0], "<sheetData>2</sheetData>", "", "\x01\x02"};
    const char *third[] = {first[0], "<sheetData>1</sheetData>", "", "\x01\x03"};
    bl_zipw_memo *m = bl_zipw_memo_new(&tu_mem, 1);
    assert_non_null(m);
    same_as_without(&tu_mem, m, 4, name, first);
    assert_int_equal(bl_zipw_memo_hits(m), 0); /* the first zip deflates every member */
    same_as_without(&tu_mem, m, 4, name, second);
    assert_int_equal(bl_zipw_memo_hits(m), 3); /* all but sheet1 copied (the text flag too) */
    same_as_without(&tu_mem, m, 4, name, third);
    assert_int_equal(bl_zipw_memo_hits(m), 5); /* the last sheet1 was 2; bin changed */
    /* A memo of another level or allocator is not used. */
    bl_zipw z;
    bl_zipw_init(&z, &tu_mem, 6);
    bl_zipw_use_memo(&z, m);
    assert_null(z.memo);
    bl_zipw_free(&z);
    bl_zipw_init(&z, &tu_failing_mem, 1);
    bl_zipw_use_memo(&z, m);
    assert_null(z.memo);
    bl_zipw_free(&z);
    /* A member above ZIPW_MEMO_MAX is not kept: deflated each time. */
    char *big = malloc(ZIPW_MEMO_MAX + 2);
    assert_non_null(big);
    memset(big, 'x', ZIPW_MEMO_MAX + 1);
    big[ZIPW_MEMO_MAX + 1] = '\0';
    const char *big_name[] = {"big"}, *big_data[] = {big};
    same_as_without(&tu_mem, m, 1, big_name, big_data);
    same_as_without(&tu_mem, m, 1, big_name, big_data);
    assert_int_equal(bl_zipw_memo_hits(m), 5);
    big[ZIPW_MEMO_MAX] = '\0'; /* at the limit it is */
    same_as_without(&tu_mem, m, 1, big_name, big_data);
    same_as_without(&tu_mem, m, 1, big_name, big_data);
    assert_int_equal(bl_zipw_memo_hits(m), 6);
    free(big);
    bl_zipw_memo_free(m);
    bl_zipw_memo_free(NULL);
    /* Every allocation failing in turn, the memo's too: the same zip or a
     * failure (no leak under make asan or valgrind). */
    for (long at = 1; at < 16; at++) {
        tu_fail_reset(0);
        bl_zipw_memo *fm = bl_zipw_memo_new(&tu_failing_mem, 1);
        assert_non_null(fm);
        for (int round = 0; round < 2; round++) {
            tu_fail_reset(at);
            bl_zipw a;
            bl_zipw_init(&a, &tu_failing_mem, 1);
            bl_zipw_use_memo(&a, fm);
            bool ok = true;
            for (int i = 0; i < 4 && ok; i++)
                ok = bl_zipw_begin(&a, name[i], DOS_1980) &&
                     bl_zipw_write(&a, first[i], strlen(first[i])) && bl_zipw_end(&a);
            ok = ok && bl_zipw_finish(&a);
            tu_fail_reset(0);
            if (ok) {
                bl_zipw b;
                zip_of(&b, &tu_mem, NULL, 4, name, first);
                assert_int_equal(a.len, b.len);
                assert_memory_equal(a.out, b.out, a.len);
                bl_zipw_free(&b);
            }
            bl_zipw_free(&a);
        }
        bl_zipw_memo_free(fm);
    }
    tu_fail_reset(0);
}

/* Lengths of 1 to 100 bytes (the 32-byte blocks, the 8-byte words after
 * them and the last bytes): every byte value of the block and word
 * classes at every offset, in XML text, against zlib's byte-at-a-time
 * answer; and a blocked byte after a line break in the same block. */
static void test_zip_is_text_blocks(void **state)
{
    (void)state;
    static const unsigned char vals[] = {0, 6, 7, 8, 9, 10, 11, 13, 14, 25, 26, 27,
                                         28, 31, 32, 0x3c, 0x7f, 0x80, 0xe4, 0xff};
    static const char xml[] = "<row r=\"12\"><c r=\"A12\" t=\"s\"><v>3</v></c><c r=\"B12\"><v>"
                              "42.5</v></c></row><row r=\"13\"><c r=\"A13\"/></row>xyz";
    unsigned char buf[100];
    assert_true(sizeof xml - 1 >= sizeof buf);
    for (size_t n = 1; n <= sizeof buf; n++)
        for (size_t at = 0; at < n; at++)
            for (size_t v = 0; v < sizeof vals; v++) {
                memcpy(buf, xml, n);
                buf[at] = vals[v];
                assert_int_equal(bl_zipw_is_text(buf, n), text_by_byte(buf, n));
            }
    memcpy(buf, xml, sizeof buf);
    buf[40] = '\n';
    assert_true(bl_zipw_is_text(buf, sizeof buf));
    buf[45] = 0x1f; /* blocked, in the same 32-byte block as the line break */
    assert_false(bl_zipw_is_text(buf, sizeof buf));
    buf[45] = 0x1b; /* neither list */
    assert_true(bl_zipw_is_text(buf, sizeof buf));
    memset(buf, 0x0b, sizeof buf); /* neither list only: no text */
    assert_false(bl_zipw_is_text(buf, sizeof buf));
    buf[99] = ' ';
    assert_true(bl_zipw_is_text(buf, sizeof buf));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zip_records),
        cmocka_unit_test(test_zip_failures),
        cmocka_unit_test(test_zip_is_text),
        cmocka_unit_test(test_zip_memo),
        cmocka_unit_test(test_zip_is_text_blocks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
