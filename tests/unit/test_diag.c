/* Unit tests of src/diag.c and src/mem.c: messages, formatting, buffers. */
#include "test_util.h"

#include "bulletin_int.h"

static void test_every_status_has_a_message(void **state)
{
    (void)state;
    for (int s = 0; s < BULLETIN_STATUS_COUNT; s++) {
        const char *m = bulletin_strerror((bulletin_status)s);
        assert_non_null(m);
        assert_true(strlen(m) > 0);
    }
    assert_string_equal(bulletin_strerror(BULLETIN_ERR_NOMEM), "out of memory");
    assert_string_equal(bulletin_strerror((bulletin_status)999), "unknown status");
    assert_string_equal(bulletin_strerror((bulletin_status)-1), "unknown status");
}

static void test_format_gnu_style(void **state)
{
    (void)state;
    bulletin_diag d;
    char buf[300];
    bl_diag_set(&d, BULLETIN_ERR_SYNTAX, "input/a.txt", 12, 5, "bad %s", "thing");
    bulletin_diag_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "input/a.txt:12:5: error: bad thing");
    d.severity = BULLETIN_SEVERITY_WARNING;
    d.path = NULL;
    bulletin_diag_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "-:12:5: warning: bad thing");
    bl_diag_set(&d, BULLETIN_ERR_IO, "x", 0, 0, "cannot open");
    bulletin_diag_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "x: error: cannot open");
    bl_diag_set(&d, BULLETIN_ERR_TEMPLATE, "t.ini", 3, 0, "bad key");
    bulletin_diag_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "t.ini:3: error: bad key");
}

static void test_diag_truncation_keeps_utf8_valid(void **state)
{
    (void)state;
    bulletin_diag d;
    char longmsg[400];
    memset(longmsg, 'a', 254);
    strcpy(longmsg + 254, "湖湖湖"); /* the 256-byte buffer cuts the first 湖 */
    bl_diag_set(&d, BULLETIN_ERR_SYNTAX, NULL, 1, 1, "%s", longmsg);
    size_t n = strlen(d.message);
    assert_int_equal(n, 254);
}

static void test_diag_file_outlives_the_buffer(void **state)
{
    (void)state;
    bulletin_diag d;
    char buf[300];
    {
        char path[32];
        strcpy(path, "fonts/fonts.ini");
        bl_diag_set_file(&d, BULLETIN_ERR_FONT, path, 7, 0, "bad %s", "map");
        memset(path, 'X', sizeof path - 1); /* the caller's buffer is gone */
    }
    assert_null(d.path);
    bulletin_diag_format(&d, buf, sizeof buf);
    assert_string_equal(buf, "fonts/fonts.ini:7: error: bad map");
}

static void test_diag_null_is_safe(void **state)
{
    (void)state;
    assert_int_equal(bl_diag_set(NULL, BULLETIN_ERR_IO, "x", 1, 1, "m"), BULLETIN_ERR_IO);
    bulletin_diag_clear(NULL);
}

static void test_buf_grows_and_detaches(void **state)
{
    (void)state;
    bl_buf b;
    bl_buf_init(&b, &tu_mem);
    for (int i = 0; i < 1000; i++)
        assert_int_equal(bl_buf_puts(&b, "湖北"), BULLETIN_OK);
    assert_int_equal(b.len, 6000);
    assert_int_equal(bl_buf_printf(&b, "%d-%s", 42, "x"), BULLETIN_OK);
    assert_string_equal(b.data + 6000, "42-x");
    assert_int_equal(bl_buf_put_cp(&b, 0x20BB7), BULLETIN_OK);
    assert_int_equal(b.len, 6008);
    char *s = bl_buf_detach(&b);
    assert_non_null(s);
    assert_null(b.data);
    test_free(s);
    char *e = bl_buf_detach(&b);
    assert_string_equal(e, "");
    test_free(e);
}

static void test_buf_printf_room(void **state)
{
    (void)state;
    bl_buf b;
    bl_buf_init(&b, &tu_mem);
    /* fits in the first room */
    assert_int_equal(bl_buf_printf(&b, "<%04X>", 0x4E00u), BULLETIN_OK);
    assert_int_equal(b.len, 6);
    assert_string_equal(b.data, "<4E00>");
    /* longer than the room left: formatted again after growing */
    char big[300];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(bl_buf_printf(&b, "%s|%d", big, 7), BULLETIN_OK);
    assert_int_equal(b.len, 6 + 299 + 2);
    assert_int_equal(b.data[6 + 298], 'a');
    assert_string_equal(b.data + 6 + 299, "|7");
    /* exactly the room left, then one more byte than it */
    assert_int_equal(bl_buf_reserve(&b, 63), BULLETIN_OK);
    size_t room = b.cap - b.len - 1, cap = b.cap, len = b.len;
    char fill[1024];
    assert_true(room < sizeof fill);
    memset(fill, 'y', room);
    fill[room] = '\0';
    assert_int_equal(bl_buf_printf(&b, "%s", fill), BULLETIN_OK);
    assert_int_equal(b.cap, cap);
    assert_int_equal(b.len, len + room);
    assert_int_equal(bl_buf_printf(&b, "%s", "z"), BULLETIN_OK);
    assert_int_equal(b.len, len + room + 1);
    assert_int_equal(strlen(b.data), b.len);
    bl_buf_free(&b);
}

static void test_buf_printf_nomem_keeps_text(void **state)
{
    (void)state;
    bl_buf b;
    tu_fail_reset(0);
    bl_buf_init(&b, &tu_failing_mem);
    assert_int_equal(bl_buf_puts(&b, "kept"), BULLETIN_OK); /* cap 64 */
    char big[200];
    memset(big, 'b', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    tu_fail_reset(1); /* the next allocation fails */
    assert_int_equal(bl_buf_printf(&b, "%s", big), BULLETIN_ERR_NOMEM);
    assert_int_equal(b.len, 4);
    assert_string_equal(b.data, "kept");
    tu_fail_reset(0);
    bl_buf_free(&b);
}

static void test_buf_reports_nomem(void **state)
{
    (void)state;
    bl_buf b;
    tu_fail_reset(1);
    bl_buf_init(&b, &tu_failing_mem);
    assert_int_equal(bl_buf_puts(&b, "x"), BULLETIN_ERR_NOMEM);
    assert_null(b.data);
    tu_fail_reset(0);
}

static void test_alloc_overflow(void **state)
{
    (void)state;
    assert_null(bl_calloc(&tu_mem, SIZE_MAX / 2, 4));
    assert_null(bl_realloc_array(&tu_mem, NULL, SIZE_MAX / 2, 4));
    assert_null(bl_alloc(&tu_mem, 0));
    char *s = bl_strndup(&tu_mem, "abc", 2);
    assert_string_equal(s, "ab");
    bl_free(&tu_mem, s);
    bl_free(&tu_mem, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_status_has_a_message),
        cmocka_unit_test(test_format_gnu_style),
        cmocka_unit_test(test_diag_truncation_keeps_utf8_valid),
        cmocka_unit_test(test_diag_file_outlives_the_buffer),
        cmocka_unit_test(test_diag_null_is_safe),
        cmocka_unit_test(test_buf_grows_and_detaches),
        cmocka_unit_test(test_buf_printf_room),
        cmocka_unit_test(test_buf_printf_nomem_keeps_text),
        cmocka_unit_test(test_buf_reports_nomem),
        cmocka_unit_test(test_alloc_overflow),
    };
    return cmocka_run_group_tests_name("diag", tests, NULL, NULL);
}
