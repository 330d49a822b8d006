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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zip_records),
        cmocka_unit_test(test_zip_failures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
