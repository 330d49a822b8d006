/* test_xlsx_cellmem.c - the program's makers and freers of libxlsxwriter's
 * cells and rows (src/xlsx/cellmem.c): between bl_xlsx_cells_begin and
 * _end a number, string or blank cell and a row are the bytes the
 * library's own functions (found with dlsym(RTLD_NEXT)) make, from the
 * blocks; outside those bounds, and for anything not from the blocks,
 * the library's functions run; what a cell from the blocks holds is freed
 * with it; and a workbook written with its cells from the blocks is the
 * same file, byte for byte, as one written without. */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test_util.h"

#include "xlsx/xlsx_int.h"

typedef lxw_cell *(*new_number_fn)(lxw_row_t, lxw_col_t, double, lxw_format *);
typedef lxw_cell *(*new_string_fn)(lxw_row_t, lxw_col_t, int32_t, char *, lxw_format *);
typedef lxw_cell *(*new_blank_fn)(lxw_row_t, lxw_col_t, lxw_format *);
typedef lxw_row *(*new_row_fn)(lxw_row_t);
typedef void (*free_cell_fn)(lxw_cell *);
typedef void (*free_row_fn)(lxw_row *);

/* The library's definition of `name`. */
static void *lib(const char *name)
{
    assert_non_null(lxw_version());
    void *sym = dlsym(RTLD_NEXT, name);
    assert_non_null(sym);
    return sym;
}

#define LIB(type, name) ((type)(uintptr_t)lib(#name))

static void test_the_programs_own(void **state)
{
    (void)state;
    assert_ptr_not_equal(lib("_new_number_cell"), (void *)(uintptr_t)_new_number_cell);
    assert_ptr_not_equal(lib("_new_string_cell"), (void *)(uintptr_t)_new_string_cell);
    assert_ptr_not_equal(lib("_new_blank_cell"), (void *)(uintptr_t)_new_blank_cell);
    assert_ptr_not_equal(lib("_new_row"), (void *)(uintptr_t)_new_row);
    assert_ptr_not_equal(lib("_free_cell"), (void *)(uintptr_t)_free_cell);
    assert_ptr_not_equal(lib("_free_row"), (void *)(uintptr_t)_free_row);
}

/* Each kind of cell and a row, from the blocks and from the library:
 * the same bytes (both zeroed before they are filled). */
static void test_cells_as_the_library(void **state)
{
    (void)state;
    new_number_fn lib_number = LIB(new_number_fn, _new_number_cell);
    new_string_fn lib_string = LIB(new_string_fn, _new_string_cell);
    new_blank_fn lib_blank = LIB(new_blank_fn, _new_blank_cell);
    new_row_fn lib_row = LIB(new_row_fn, _new_row);
    free_cell_fn lib_free_cell = LIB(free_cell_fn, _free_cell);
    free_row_fn lib_free_row = LIB(free_row_fn, _free_row);
    lxw_format *f = lxw_format_new();
    assert_non_null(f);
    char sst[] = "shared";
    assert_true(bl_xlsx_cells_begin());
    assert_false(bl_xlsx_cells_begin()); /* not nested */
    for (unsigned i = 0; i < 3000; i++) { /* past the first blocks */
        lxw_row_t r = i * 7919u % 1048576u;
        lxw_col_t c = (lxw_col_t)(i % 16384u);
        lxw_format *fi = i % 2 ? f : NULL;
        lxw_cell *a[3] = {_new_number_cell(r, c, i * -1.5, fi),
                          _new_string_cell(r, c, (int32_t)i, i % 3 ? sst : NULL, fi),
                          _new_blank_cell(r, c, fi)};
        lxw_cell *b[3] = {lib_number(r, c, i * -1.5, fi),
                          lib_string(r, c, (int32_t)i, i % 3 ? sst : NULL, fi),
                          lib_blank(r, c, fi)};
        for (int k = 0; k < 3; k++) {
            assert_non_null(a[k]);
            assert_non_null(b[k]);
            assert_true(bl_xlsx_cells_own(a[k]));
            assert_false(bl_xlsx_cells_own(b[k]));
            assert_memory_equal(a[k], b[k], sizeof *a[k]);
            _free_cell(a[k]);
            _free_cell(b[k]); /* the library's cell: the library's free */
        }
        lxw_row *ra = _new_row(r), *rb = lib_row(r);
        assert_non_null(ra);
        assert_non_null(rb);
        assert_true(bl_xlsx_cells_own(ra));
        assert_true(bl_xlsx_cells_own(ra->cells));
        assert_false(bl_xlsx_cells_own(rb));
        assert_non_null(ra->cells);
        assert_non_null(rb->cells);
        assert_null(RB_ROOT(ra->cells));
        assert_null(RB_ROOT(rb->cells));
        lxw_row ca = *ra, cb = *rb;
        ca.cells = cb.cells = NULL;
        assert_memory_equal(&ca, &cb, sizeof ca);
        _free_row(ra);
        if (i % 2)
            _free_row(rb);
        else
            lib_free_row(rb);
    }
    bl_xlsx_cells_end(false); /* not the one that began: nothing */
    lxw_cell *still = _new_number_cell(1, 1, 1, NULL);
    assert_true(bl_xlsx_cells_own(still));
    bl_xlsx_cells_end(true);
    assert_false(bl_xlsx_cells_own(still));
    /* outside the bounds: the library's cells, freed by the library */
    lxw_cell *off = _new_number_cell(2, 3, 4.5, f);
    lxw_cell *ref = lib_number(2, 3, 4.5, f);
    assert_non_null(off);
    assert_false(bl_xlsx_cells_own(off));
    assert_memory_equal(off, ref, sizeof *off);
    _free_cell(off);
    lib_free_cell(ref);
    lxw_row *roff = _new_row(9);
    assert_non_null(roff);
    assert_false(bl_xlsx_cells_own(roff));
    _free_row(roff);
    lxw_format_free(f);
}

/* What a cell from the blocks holds (data a formula or link cell keeps)
 * is freed with it, by the library. */
static void test_held_data_freed(void **state)
{
    (void)state;
    assert_true(bl_xlsx_cells_begin());
    lxw_cell *c = _new_blank_cell(0, 0, NULL);
    assert_non_null(c);
    size_t before = mallinfo2().uordblks;
    c->user_data1 = malloc(20000);
    c->user_data2 = malloc(30000);
    assert_non_null(c->user_data1);
    assert_non_null(c->user_data2);
    /* glibc's count of bytes in use (valgrind's malloc keeps none: there
     * its leak check tells) */
    bool counted = mallinfo2().uordblks >= before + 50000;
    _free_cell(c);
    bl_xlsx_cells_end(true);
    if (!counted)
        skip();
    assert_true(mallinfo2().uordblks < before + 1000);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    do {
        if (n == cap) {
            cap = cap ? 2 * cap : 65536;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got);
    fclose(f);
    *len = n;
    return buf;
}

/* A workbook of number, string, blank and overwritten cells, links and
 * rows of set heights; `blocks`: its cells from cellmem.c's blocks. */
static char *workbook(bool blocks, size_t *len)
{
    char path[] = "/tmp/test-cellmem-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    bool began = blocks && bl_xlsx_cells_begin();
    assert_int_equal(began, blocks);
    lxw_workbook *wb = workbook_new(path);
    assert_non_null(wb);
    lxw_doc_properties props = {0};
    props.title = (char *)"cells";
    props.created = 1700000000;
    assert_int_equal(workbook_set_properties(wb, &props), LXW_NO_ERROR);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "one");
    lxw_worksheet *ws2 = workbook_add_worksheet(wb, "two");
    assert_non_null(ws);
    assert_non_null(ws2);
    char text[64], url[64];
    for (lxw_row_t r = 0; r < 400; r++) {
        lxw_row_t row = r * 3 % 400; /* rows out of order */
        for (lxw_col_t c = 0; c < 12; c++) {
            snprintf(text, sizeof text, "文本 %u", (unsigned)(row * 7 + c) % 97);
            lxw_format *f = c % 3 ? bold : NULL;
            switch ((row + c) % 4) {
            case 0:
                assert_int_equal(worksheet_write_number(ws, row, c, row * 1.25 - c, f), 0);
                break;
            case 1:
                assert_int_equal(worksheet_write_string(ws, row, c, text, f), 0);
                break;
            case 2:
                assert_int_equal(worksheet_write_blank(ws, row, c, bold), 0);
                break;
            default: /* a string overwritten by a number */
                assert_int_equal(worksheet_write_string(ws, row, c, text, f), 0);
                assert_int_equal(worksheet_write_number(ws, row, c, c, f), 0);
            }
        }
        snprintf(url, sizeof url, "book.pdf#page=%u", (unsigned)row + 1);
        assert_int_equal(worksheet_write_url(ws, row, 12, url, bold), 0);
        assert_int_equal(worksheet_write_number(ws, row, 12, row + 1, bold), 0);
        if (row % 5 == 0)
            assert_int_equal(worksheet_set_row(ws, row, 16.5 + row % 7, NULL), 0);
        assert_int_equal(worksheet_write_formula(ws2, row, 0, "=1+1", NULL), 0);
        assert_int_equal(worksheet_write_number(ws2, row, 1, row, NULL), 0);
    }
    if (blocks) { /* the library made its cells and rows with the program's functions */
        lxw_row *root = RB_ROOT(ws->table);
        assert_non_null(root);
        assert_true(bl_xlsx_cells_own(root));
        assert_non_null(RB_ROOT(root->cells));
        assert_true(bl_xlsx_cells_own(RB_ROOT(root->cells)));
    }
    assert_int_equal(workbook_close(wb), LXW_NO_ERROR);
    bl_xlsx_cells_end(began);
    char *bytes = slurp(path, len);
    unlink(path);
    return bytes;
}

static void test_workbook_the_same(void **state)
{
    (void)state;
    size_t na, nb;
    char *a = workbook(false, &na), *b = workbook(true, &nb);
    assert_true(na > 1000);
    assert_int_equal(na, nb);
    assert_memory_equal(a, b, na);
    free(a);
    free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_programs_own),
        cmocka_unit_test(test_cells_as_the_library),
        cmocka_unit_test(test_held_data_freed),
        cmocka_unit_test(test_workbook_the_same),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
