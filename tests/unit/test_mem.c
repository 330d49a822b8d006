/*
 * test_mem.c - src/base/mem.c: a detached small buffer is cut to its
 * text (a figure's label, kept for the document's life, was a 64-byte
 * block even when empty), a large one is handed over as it is, and a
 * failed cut is NULL (out of memory) with nothing leaked.
 */
#include "test_util.h"

#include "bulletin_int.h"

/* An allocator that remembers the size of each live block (cmocka's
 * leak checker underneath). */
#define MAX_BLOCKS 16
static struct {
    void *p;
    size_t size;
} blocks[MAX_BLOCKS];

static void note(void *p, size_t size)
{
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (!blocks[i].p) {
            blocks[i].p = p;
            blocks[i].size = size;
            return;
        }
    fail_msg("too many blocks");
}

static void forget(void *p)
{
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (blocks[i].p == p) {
            blocks[i].p = NULL;
            return;
        }
}

static size_t size_of(const void *p)
{
    for (int i = 0; i < MAX_BLOCKS; i++)
        if (blocks[i].p == p)
            return blocks[i].size;
    return 0;
}

static void *sz_calloc(size_t count, size_t size)
{
    void *p = tu_fail_calloc(count, size);
    if (p)
        note(p, count * size);
    return p;
}

static void *sz_realloc(void *ptr, size_t size)
{
    void *p = tu_fail_realloc(ptr, size);
    if (p) {
        forget(ptr);
        note(p, size);
    }
    return p;
}

static void sz_free(void *ptr)
{
    forget(ptr);
    tu_free(ptr);
}

static const bulletin_mem sz_mem = {sz_calloc, sz_realloc, sz_free};

static void test_detach_cuts_a_small_buffer(void **state)
{
    (void)state;
    tu_fail_reset(0);
    bl_buf b;
    bl_buf_init(&b, &sz_mem);
    assert_int_equal(bl_buf_puts(&b, "企业"), BULLETIN_OK);
    assert_int_equal(bl_buf_reserve(&b, 1), BULLETIN_OK);
    assert_int_equal(size_of(b.data), 64); /* a buffer's first block */
    char *s = bl_buf_detach(&b);
    assert_non_null(s);
    assert_string_equal(s, "企业");
    assert_int_equal(size_of(s), 7); /* its text and the NUL: 6 + 1 */
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    bl_free(&sz_mem, s);

    /* empty: one byte */
    bl_buf_init(&b, &sz_mem);
    assert_int_equal(bl_buf_reserve(&b, 1), BULLETIN_OK);
    s = bl_buf_detach(&b);
    assert_string_equal(s, "");
    assert_int_equal(size_of(s), 1);
    bl_free(&sz_mem, s);

    /* never allocated: an allocated "" as before */
    bl_buf_init(&b, &sz_mem);
    s = bl_buf_detach(&b);
    assert_string_equal(s, "");
    assert_int_equal(size_of(s), 1);
    bl_free(&sz_mem, s);
}

static void test_detach_keeps_a_full_or_large_buffer(void **state)
{
    (void)state;
    tu_fail_reset(0);
    /* little room to spare (24 bytes or less): the same block */
    bl_buf b;
    bl_buf_init(&b, &sz_mem);
    char text[41];
    memset(text, 'a', 40);
    text[40] = '\0';
    assert_int_equal(bl_buf_puts(&b, text), BULLETIN_OK);
    void *before = b.data;
    assert_int_equal(size_of(before), 64);
    char *s = bl_buf_detach(&b);
    assert_ptr_equal(s, before);
    assert_int_equal(size_of(s), 64);
    bl_free(&sz_mem, s);

    /* larger than 512 bytes: handed over whole, however much room */
    bl_buf_init(&b, &sz_mem);
    assert_int_equal(bl_buf_reserve(&b, 1000), BULLETIN_OK);
    assert_int_equal(bl_buf_puts(&b, "x"), BULLETIN_OK);
    before = b.data;
    assert_int_equal(size_of(before), 1024);
    s = bl_buf_detach(&b);
    assert_ptr_equal(s, before);
    assert_string_equal(s, "x");
    bl_free(&sz_mem, s);
}

static void test_detach_out_of_memory(void **state)
{
    (void)state;
    tu_fail_reset(0);
    bl_buf b;
    bl_buf_init(&b, &sz_mem);
    assert_int_equal(bl_buf_puts(&b, "企业"), BULLETIN_OK);
    tu_fail_reset(1); /* the copy fails: NULL, the buffer freed and empty */
    assert_null(bl_buf_detach(&b));
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    assert_int_equal(b.cap, 0);
    tu_fail_reset(0);
    /* cmocka's leak check at the end of the test: nothing is left */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_detach_cuts_a_small_buffer),
        cmocka_unit_test(test_detach_keeps_a_full_or_large_buffer),
        cmocka_unit_test(test_detach_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
