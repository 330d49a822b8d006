/* test_xlsx_xmlw.c - the program's definitions of libxlsxwriter's XML
 * writer, attributes and cell names (src/xlsx/xmlw.c) are the program's
 * own, and write what the library's own functions (found with
 * dlsym(RTLD_NEXT)) write, byte for byte: tags with and without
 * attributes, every escaped character, data, truncated long values,
 * numbers above INT_MAX, the name of every column with rows of every
 * length, a string's characters, shared strings (each call's element and
 * the table's XML), a sheet's relationships (the type's buffer as long as its
 * text, not 2,080 bytes), and number and string cells (%.16G of every
 * kind of double: integers, decimals, ties, powers of ten and their
 * neighbours, random bit patterns, tiny, huge and special values). */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "test_util.h"

#include <xlsxwriter.h>
#include <xlsxwriter/xmlwriter.h>

typedef void (*tag_fn)(FILE *, const char *, struct xml_attribute_list *);
typedef void (*end_fn)(FILE *, const char *);
typedef void (*data_fn)(FILE *, const char *, const char *, struct xml_attribute_list *);
typedef struct xml_attribute *(*str_fn)(const char *, const char *);
typedef struct xml_attribute *(*int_fn)(const char *, uint32_t);
typedef struct xml_attribute *(*dbl_fn)(const char *, double);
typedef void (*cell_fn)(char *, lxw_row_t, lxw_col_t);
typedef size_t (*len_fn)(const char *);
typedef void (*rel_fn)(lxw_relationships *, const char *, const char *, const char *);
typedef void (*wcell_fn)(lxw_worksheet *, char *, int32_t, lxw_cell *);

/* libxlsxwriter 1.1.4's cell writers, which src/xlsx/xmlw.c defines
 * again (no header declares them). */
void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_cell(lxw_worksheet *self, lxw_cell *cell, lxw_format *row_format);
void _write_row(lxw_worksheet *self, lxw_row *row, char *spans);
typedef void (*anycell_fn)(lxw_worksheet *, lxw_cell *, lxw_format *);
typedef void (*row_fn)(lxw_worksheet *, lxw_row *, char *);
void _write_relationship(lxw_relationships *self, const char *type, const char *target,
                         const char *target_mode);
void _worksheet_write_hyperlink_external(lxw_worksheet *self, lxw_row_t row_num,
                                         lxw_col_t col_num, const char *location,
                                         const char *tooltip, uint16_t id);
typedef void (*wrel_fn)(lxw_relationships *, const char *, const char *, const char *);
typedef void (*link_fn)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, const char *,
                        uint16_t);

/* The library's definition of `name` (the library is linked for
 * lxw_version: nothing else here calls it). */
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
    assert_ptr_not_equal(lib("lxw_xml_start_tag"), (void *)(uintptr_t)lxw_xml_start_tag);
    assert_ptr_not_equal(lib("lxw_xml_empty_tag"), (void *)(uintptr_t)lxw_xml_empty_tag);
    assert_ptr_not_equal(lib("lxw_xml_end_tag"), (void *)(uintptr_t)lxw_xml_end_tag);
    assert_ptr_not_equal(lib("lxw_xml_data_element"), (void *)(uintptr_t)lxw_xml_data_element);
    assert_ptr_not_equal(lib("lxw_new_attribute_str"), (void *)(uintptr_t)lxw_new_attribute_str);
    assert_ptr_not_equal(lib("lxw_new_attribute_int"), (void *)(uintptr_t)lxw_new_attribute_int);
    assert_ptr_not_equal(lib("lxw_new_attribute_dbl"), (void *)(uintptr_t)lxw_new_attribute_dbl);
    assert_ptr_not_equal(lib("lxw_rowcol_to_cell"), (void *)(uintptr_t)lxw_rowcol_to_cell);
    assert_ptr_not_equal(lib("lxw_utf8_strlen"), (void *)(uintptr_t)lxw_utf8_strlen);
    assert_ptr_not_equal(lib("lxw_add_worksheet_relationship"),
                         (void *)(uintptr_t)lxw_add_worksheet_relationship);
    assert_ptr_not_equal(lib("_write_number_cell"), (void *)(uintptr_t)_write_number_cell);
    assert_ptr_not_equal(lib("_write_string_cell"), (void *)(uintptr_t)_write_string_cell);
    assert_ptr_not_equal(lib("_write_cell"), (void *)(uintptr_t)_write_cell);
    assert_ptr_not_equal(lib("_write_row"), (void *)(uintptr_t)_write_row);
    assert_ptr_not_equal(lib("_write_relationship"), (void *)(uintptr_t)_write_relationship);
    assert_ptr_not_equal(lib("_worksheet_write_hyperlink_external"),
                         (void *)(uintptr_t)_worksheet_write_hyperlink_external);
    assert_ptr_not_equal(lib("lxw_get_sst_index"), (void *)(uintptr_t)lxw_get_sst_index);
    assert_ptr_not_equal(lib("lxw_sst_free"), (void *)(uintptr_t)lxw_sst_free);
}

/* What one of the writers puts in a stream. */
typedef struct {
    char *buf;
    size_t len;
    FILE *f;
} out;

static void open_out(out *o)
{
    o->buf = NULL;
    o->len = 0;
    o->f = open_memstream(&o->buf, &o->len);
    assert_non_null(o->f);
}

static void same(out *a, out *b)
{
    assert_int_equal(fclose(a->f), 0);
    assert_int_equal(fclose(b->f), 0);
    assert_true(a->len > 0);
    assert_int_equal(a->len, b->len);
    assert_memory_equal(a->buf, b->buf, a->len);
    free(a->buf);
    free(b->buf);
}

static void free_list(struct xml_attribute_list *l)
{
    while (!STAILQ_EMPTY(l)) {
        struct xml_attribute *a = STAILQ_FIRST(l);
        STAILQ_REMOVE_HEAD(l, list_entries);
        free(a);
    }
}

static const char *const values[] = {
    "", "plain", "a&b", "<x>", "say \"hi\"", "two\nlines", "&<>\"\n\n\"><&", "trailing&",
    "数据!$A$1:$B$2", "file.pdf#page=3", "tab\there", "x>y<z",
};

/* Tags and data elements with each value as an attribute and as data. */
static void test_tags_as_the_library(void **state)
{
    (void)state;
    tag_fn lib_start = LIB(tag_fn, lxw_xml_start_tag), lib_empty = LIB(tag_fn, lxw_xml_empty_tag);
    end_fn lib_end = LIB(end_fn, lxw_xml_end_tag);
    data_fn lib_data = LIB(data_fn, lxw_xml_data_element);
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        struct xml_attribute_list l;
        STAILQ_INIT(&l);
        struct xml_attribute *a = lxw_new_attribute_str("r", "A1");
        STAILQ_INSERT_TAIL(&l, a, list_entries);
        a = lxw_new_attribute_str("t", values[i]);
        STAILQ_INSERT_TAIL(&l, a, list_entries);
        a = lxw_new_attribute_int("s", (uint32_t)i);
        STAILQ_INSERT_TAIL(&l, a, list_entries);
        for (int with = 0; with < 3; with++) {
            struct xml_attribute_list empty;
            STAILQ_INIT(&empty);
            struct xml_attribute_list *al = with == 0 ? NULL : with == 1 ? &empty : &l;
            out x, y;
            open_out(&x);
            open_out(&y);
            lxw_xml_start_tag(x.f, "row", al);
            lib_start(y.f, "row", al);
            lxw_xml_empty_tag(x.f, "c", al);
            lib_empty(y.f, "c", al);
            lxw_xml_data_element(x.f, "t", values[i], al);
            lib_data(y.f, "t", values[i], al);
            lxw_xml_end_tag(x.f, "row");
            lib_end(y.f, "row");
            same(&x, &y);
        }
        free_list(&l);
    }
    /* tags longer than the program's 512-byte buffer: long keys, values
     * and data, with entities at every offset around its edge */
    static const char pat[] = "abcdefghij&<k>\"l\nmnopqrstuvwxyz0123456789";
    char *big = malloc(6001);
    assert_non_null(big);
    for (size_t k = 0; k < 6000; k++)
        big[k] = pat[k % (sizeof pat - 1)];
    big[6000] = '\0';
    for (size_t len = 480; len < 560; len++) {
        char *v = strndup(big + len % 7, len);
        assert_non_null(v);
        struct xml_attribute_list l;
        STAILQ_INIT(&l);
        struct xml_attribute *a = lxw_new_attribute_str("key", v);
        STAILQ_INSERT_TAIL(&l, a, list_entries);
        a = lxw_new_attribute_str(v, "x");
        STAILQ_INSERT_TAIL(&l, a, list_entries);
        out x, y;
        open_out(&x);
        open_out(&y);
        lxw_xml_start_tag(x.f, "row", &l);
        lib_start(y.f, "row", &l);
        lxw_xml_empty_tag(x.f, v, &l);
        lib_empty(y.f, v, &l);
        lxw_xml_data_element(x.f, "t", v, NULL);
        lib_data(y.f, "t", v, NULL);
        lxw_xml_data_element(x.f, "t", big, &l);
        lib_data(y.f, "t", big, &l);
        lxw_xml_end_tag(x.f, v);
        lib_end(y.f, v);
        same(&x, &y);
        free_list(&l);
        free(v);
    }
    free(big);
}

/* The records: keys and values cut to 2,079 bytes; "%d" of numbers. */
static void test_attributes_as_the_library(void **state)
{
    (void)state;
    str_fn lib_str = LIB(str_fn, lxw_new_attribute_str);
    int_fn lib_int = LIB(int_fn, lxw_new_attribute_int);
    char *longv = malloc(3000);
    assert_non_null(longv);
    memset(longv, 'v', 2999);
    longv[2999] = '\0';
    longv[2078] = 'w';
    const char *strs[] = {"", "x", "file.pdf#page=12", longv};
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        struct xml_attribute *a = lxw_new_attribute_str(strs[i], strs[(i + 1) % 4]);
        struct xml_attribute *b = lib_str(strs[i], strs[(i + 1) % 4]);
        assert_string_equal(a->key, b->key);
        assert_string_equal(a->value, b->value);
        free(a);
        free(b);
    }
    struct xml_attribute *cut = lxw_new_attribute_str("k", longv);
    assert_int_equal(strlen(cut->value), 2079);
    assert_int_equal(cut->value[2078], 'w');
    free(cut);
    static const uint32_t nums[] = {0, 1, 9, 10, 99, 1048576, 2147483647u, 2147483648u,
                                    4294967295u, 123456789};
    for (size_t i = 0; i < sizeof nums / sizeof *nums; i++) {
        struct xml_attribute *a = lxw_new_attribute_int("n", nums[i]);
        struct xml_attribute *b = lib_int("n", nums[i]);
        assert_string_equal(a->key, b->key);
        assert_string_equal(a->value, b->value);
        free(a);
        free(b);
    }
    free(longv);
}

/* Every column, with rows of one to ten digits and past INT_MAX. */
static void test_cell_names_as_the_library(void **state)
{
    (void)state;
    cell_fn lib_cell = LIB(cell_fn, lxw_rowcol_to_cell);
    static const lxw_row_t rows[] = {0,        8,         9,          98,         99,
                                     999,      9999,      99999,      1048575,    9999999,
                                     99999999, 123456789, 2147483646, 2147483647, 4294967294u,
                                     4294967295u};
    for (unsigned col = 0; col < 65535; col += col < 20000 ? 1 : 97) {
        for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
            char a[LXW_MAX_CELL_NAME_LENGTH] = {0}, b[LXW_MAX_CELL_NAME_LENGTH] = {0};
            lxw_rowcol_to_cell(a, rows[r], (lxw_col_t)col);
            lib_cell(b, rows[r], (lxw_col_t)col);
            assert_string_equal(a, b);
        }
    }
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, 1048575, 16383);
    assert_string_equal(name, "XFD1048576");
    lxw_rowcol_to_cell(name, 0, 26);
    assert_string_equal(name, "AA1");
}

/* A string's characters: every suffix of a mixed text, as the library
 * counts them. */
static void test_strlen_as_the_library(void **state)
{
    (void)state;
    len_fn lib_len = LIB(len_fn, lxw_utf8_strlen);
    const char *t = "统计公报2023年GDP增长5.2%\x80\xBF\xC0\xFF末尾——“引号”𠀀x";
    for (size_t a = 0; t[a]; a++)
        assert_int_equal(lxw_utf8_strlen(t + a), lib_len(t + a));
    assert_int_equal(lxw_utf8_strlen("湖北:2023年"), 8);
    assert_int_equal(lxw_utf8_strlen(""), 0);
}

/* The same tuples, in the same order; a NULL type or target adds none. */
static void test_relationships_as_the_library(void **state)
{
    (void)state;
    rel_fn lib_rel = LIB(rel_fn, lxw_add_worksheet_relationship);
    char *longt = malloc(2100);
    assert_non_null(longt);
    memset(longt, 't', 2099);
    longt[2099] = '\0';
    static const struct {
        const char *type, *target, *mode;
    } cases[] = {
        {"/hyperlink", "file.pdf#page=3", "External"},
        {"/table", "../tables/table1.xml", NULL},
        {"/drawing", "../drawings/drawing1.xml", NULL},
        {NULL, "x", NULL},
        {"/hyperlink", NULL, "External"},
        {"", "", ""},
    };
    lxw_relationships *a = lxw_relationships_new(), *b = lxw_relationships_new();
    assert_non_null(a);
    assert_non_null(b);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        lxw_add_worksheet_relationship(a, cases[i].type, cases[i].target, cases[i].mode);
        lib_rel(b, cases[i].type, cases[i].target, cases[i].mode);
    }
    lxw_add_worksheet_relationship(a, longt, "cut", NULL); /* the type cut to 2,079 bytes */
    lib_rel(b, longt, "cut", NULL);
    lxw_rel_tuple *x = STAILQ_FIRST(a->relationships), *y = STAILQ_FIRST(b->relationships);
    size_t n = 0;
    for (; x && y; x = STAILQ_NEXT(x, list_pointers), y = STAILQ_NEXT(y, list_pointers), n++) {
        assert_string_equal(x->type, y->type);
        assert_string_equal(x->target, y->target);
        assert_int_equal(x->target_mode == NULL, y->target_mode == NULL);
        if (x->target_mode)
            assert_string_equal(x->target_mode, y->target_mode);
        if (strlen(x->type) < 100) /* the library's is 2,080 bytes */
            assert_true(malloc_usable_size(x->type) < 200);
    }
    assert_null(x);
    assert_null(y);
    assert_int_equal(n, 5);
    lxw_free_relationships(a);
    lxw_free_relationships(b);
    free(longt);
}

static uint64_t rnd_state = 88172645463325252u;

static uint64_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return rnd_state;
}

/* One number cell by both writers, in the streams of x and y. */
static void number_cell(lxw_worksheet *wx, lxw_worksheet *wy, wcell_fn lib_num, double v,
                        int32_t style)
{
    lxw_cell c;
    memset(&c, 0, sizeof c);
    c.type = NUMBER_CELL;
    c.u.number = v;
    char range[LXW_MAX_CELL_NAME_LENGTH] = "XFD1048576";
    _write_number_cell(wx, range, style, &c);
    lib_num(wy, range, style, &c);
}

/* A double from a few kinds: random bits over a wide range of exponents,
 * cents, decimals of up to eleven places, integers to 10^16, tenths,
 * uniform fractions scaled by 10^-13 .. 10^16. */
static double some_double(long i)
{
    uint64_t r = rnd();
    double x;
    switch (i % 6) {
    case 0: {
        uint64_t bits = (r & 0x000FFFFFFFFFFFFFu) | (uint64_t)(1023 - 60 + rnd() % 130) << 52;
        memcpy(&x, &bits, sizeof x);
        return (rnd() & 1) ? -x : x;
    }
    case 1:
        return (double)(int64_t)(r % 100000000) / 100.0;
    case 2:
        return (double)(int64_t)(r % 1000000000) / pow(10, (double)(rnd() % 12));
    case 3:
        return (double)(r % 10000000000000000u);
    case 4:
        return (double)(int64_t)(r % 2000000) * 0.1 - 100000;
    default:
        return ((double)(r >> 11) / 9007199254740992.0) * pow(10, (double)((int)(rnd() % 30) - 13));
    }
}

/* Number cells (%.16G) and string cells (an index), with and without a
 * style, as the library writes them. */
static void test_cells_as_the_library(void **state)
{
    (void)state;
    wcell_fn lib_num = LIB(wcell_fn, _write_number_cell);
    wcell_fn lib_str = LIB(wcell_fn, _write_string_cell);
    lxw_worksheet *wx = calloc(1, sizeof *wx), *wy = calloc(1, sizeof *wy);
    assert_non_null(wx);
    assert_non_null(wy);
    out x, y;
    open_out(&x);
    open_out(&y);
    wx->file = x.f;
    wy->file = y.f;
    static const double special[] = {
        0.0, -0.0, 1, -1, 0.5, 2.5, 9.3, 0.1, 0.3, 0.1 + 0.2, 59.4, 7.25, 2.675, 123.456,
        1e-4, 1e-5, 1.5e-5, 9.99999999999999e-5, 0.00012345, 1e-12, 1e-300, 5e-324,
        1e15 + 0.5, 1e15 + 1.5, 1e15 - 0.5, 123456789012345.6, 9999999999999998.0,
        9999999999999999.0, 1e16, 2e16, 12345678901234567.0, 1e22, 1e300, 1.7976931348623157e308,
        1.0000000000000002, 0.9999999999999999, 99999.99999999999, -3.5, -1234567.891,
    };
    for (size_t i = 0; i < sizeof special / sizeof *special; i++)
        for (int32_t style = 0; style < 3; style++)
            number_cell(wx, wy, lib_num, special[i], style * 17);
    number_cell(wx, wy, lib_num, INFINITY, 1);
    number_cell(wx, wy, lib_num, -INFINITY, 0);
    number_cell(wx, wy, lib_num, NAN, 2);
    for (int k = -14; k <= 18; k++) { /* powers of ten and the doubles around them */
        double up = pow(10, k), down = up;
        for (int j = 0; j < 4; j++) {
            number_cell(wx, wy, lib_num, up, 1);
            number_cell(wx, wy, lib_num, -down, 0);
            up = nextafter(up, INFINITY);
            down = nextafter(down, 0);
        }
    }
    for (long i = 0; i < 200000; i++)
        number_cell(wx, wy, lib_num, some_double(i), (int32_t)(i % 3));
    static const int32_t ids[] = {0, 1, 9, 10, 12345, 2147483647, -1};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        for (int32_t style = 0; style < 2; style++) {
            lxw_cell c;
            memset(&c, 0, sizeof c);
            c.type = STRING_CELL;
            c.u.string_id = ids[i];
            char range[LXW_MAX_CELL_NAME_LENGTH] = "A1";
            _write_string_cell(wx, range, style * 1000000, &c);
            lib_str(wy, range, style * 1000000, &c);
        }
    same(&x, &y);
    free(wx);
    free(wy);
}

/* Number attributes (%.16G into 32 bytes) as the library makes them:
 * special values, powers of ten and their neighbours, widths and heights,
 * the kinds of some_double, and a key cut at 2,079 bytes. */
static void attr_dbl(dbl_fn lib_dbl, const char *key, double v)
{
    struct xml_attribute *a = lxw_new_attribute_dbl(key, v);
    struct xml_attribute *b = lib_dbl(key, v);
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->key, b->key);
    assert_string_equal(a->value, b->value);
    free(a);
    free(b);
}

static void test_number_attributes_as_the_library(void **state)
{
    (void)state;
    dbl_fn lib_dbl = LIB(dbl_fn, lxw_new_attribute_dbl);
    static const double special[] = {
        0.0, -0.0, 1, -1, 0.5, 8.43, 8.7109375, 15.5, 30.75, 60.7109375, 0.7, 0.75, 0.3,
        0.1 + 0.2, 1e-4, 1e-5, 5e-324, 1e-300, 1e15 + 0.5, 9999999999999998.0, 1e16, 1e22,
        1.7976931348623157e308, 1.0000000000000002, 0.9999999999999999, -1234567.891,
        INFINITY, -INFINITY, NAN,
    };
    for (size_t i = 0; i < sizeof special / sizeof *special; i++)
        attr_dbl(lib_dbl, "width", special[i]);
    for (int k = -14; k <= 18; k++) {
        double up = pow(10, k), down = up;
        for (int j = 0; j < 4; j++) {
            attr_dbl(lib_dbl, "val", up);
            attr_dbl(lib_dbl, "val", -down);
            up = nextafter(up, INFINITY);
            down = nextafter(down, 0);
        }
    }
    for (int w = 0; w <= 2550; w++) /* column widths and row heights in steps */
        attr_dbl(lib_dbl, "ht", w / 10.0 + (w % 7) / 256.0);
    for (long i = 0; i < 100000; i++)
        attr_dbl(lib_dbl, "v", some_double(i));
    char *longk = malloc(3000);
    assert_non_null(longk);
    memset(longk, 'k', 2999);
    longk[2999] = '\0';
    attr_dbl(lib_dbl, longk, 2.5);
    free(longk);
}

/* A format whose index is known (lxw_format_get_xf_index returns it). */
static lxw_format *format_with(int32_t index)
{
    lxw_format *f = lxw_format_new();
    assert_non_null(f);
    f->xf_index = index;
    return f;
}

/* Cells of every kind the program writes (number, string, blank) and two
 * it leaves to the library (boolean, formula), styled by their own format,
 * the row's, the column's or none; and rows with and without spans, a
 * format, a height (the default, another, a fraction), hidden, an outline
 * level, collapsed, cells or none, in both Excel versions. */
static void test_cells_and_rows_as_the_library(void **state)
{
    (void)state;
    anycell_fn lib_cell = LIB(anycell_fn, _write_cell);
    row_fn lib_row = LIB(row_fn, _write_row);
    lxw_worksheet *wx = calloc(1, sizeof *wx), *wy = calloc(1, sizeof *wy);
    assert_non_null(wx);
    assert_non_null(wy);
    lxw_format *f0 = format_with(0), *f3 = format_with(3), *f12 = format_with(12);
    lxw_format *cols[4] = {NULL, f3, f12, NULL};
    out x, y;
    open_out(&x);
    open_out(&y);
    for (int w = 0; w < 2; w++) {
        lxw_worksheet *ws = w ? wy : wx;
        ws->file = w ? y.f : x.f;
        ws->col_formats = cols;
        ws->col_formats_max = 3;
        ws->default_row_height = LXW_DEF_ROW_HEIGHT;
    }
    lxw_format *fmts[] = {NULL, f0, f3, f12};
    static const enum cell_types types[] = {NUMBER_CELL, STRING_CELL, BLANK_CELL, BOOLEAN_CELL,
                                            FORMULA_CELL};
    char formula[] = "SUM(A1:A2)";
    for (size_t t = 0; t < sizeof types / sizeof *types; t++)
        for (lxw_col_t col = 0; col < 5; col++)
            for (size_t cf = 0; cf < 4; cf++)
                for (size_t rf = 0; rf < 4; rf++) {
                    lxw_cell c;
                    memset(&c, 0, sizeof c);
                    c.type = types[t];
                    c.row_num = (lxw_row_t)(col * 977 + t);
                    c.col_num = (lxw_col_t)(col * 7);
                    c.format = fmts[cf];
                    if (types[t] == FORMULA_CELL)
                        c.u.string = formula;
                    else if (types[t] == STRING_CELL)
                        c.u.string_id = (int32_t)(col * 31 + rf);
                    else
                        c.u.number = (double)col * 1.25 - 1;
                    c.col_num = col == 4 ? 2 : col; /* the column formats */
                    _write_cell(wx, &c, fmts[rf]);
                    lib_cell(wy, &c, fmts[rf]);
                }
    static const double heights[] = {LXW_DEF_ROW_HEIGHT, 30, 22.5, 13.8, 0.1, 409};
    char spans[] = "1:12";
    for (int version = 2007; version <= 2010; version += 3)
        for (size_t h = 0; h < sizeof heights / sizeof *heights; h++)
            for (unsigned bits = 0; bits < 64; bits++) {
                wx->excel_version = wy->excel_version = (uint16_t)version;
                wx->default_row_height = wy->default_row_height = bits & 32 ? 20 : LXW_DEF_ROW_HEIGHT;
                lxw_row r;
                memset(&r, 0, sizeof r);
                r.row_num = (lxw_row_t)(h * 1000 + bits);
                r.height = heights[h];
                r.height_changed = (bits & 1) != 0;
                r.hidden = (bits & 2) != 0;
                r.level = bits & 4 ? 3 : 0;
                r.collapsed = (bits & 8) != 0;
                r.data_changed = (bits & 16) != 0;
                r.format = fmts[(bits + h) % 4];
                char *sp = (bits + h) % 3 ? spans : NULL;
                _write_row(wx, &r, sp);
                lib_row(wy, &r, sp);
            }
    same(&x, &y);
    lxw_format_free(f0);
    lxw_format_free(f3);
    lxw_format_free(f12);
    free(wx);
    free(wy);
}

/* Relationships (their ids counted on from any value, past INT_MAX) and
 * links (ids to 65,535), with every escaped character, values cut at
 * 2,079 bytes, and no mode, location or tooltip. */
static void test_links_as_the_library(void **state)
{
    (void)state;
    wrel_fn lib_rel = LIB(wrel_fn, _write_relationship);
    link_fn lib_link = LIB(link_fn, _worksheet_write_hyperlink_external);
    char *longv = malloc(3000);
    assert_non_null(longv);
    for (size_t i = 0; i < 2999; i++)
        longv[i] = "ab&<>\"\n"[i % 7];
    longv[2999] = '\0';
    const char *texts[] = {NULL, "", "External", "file.pdf#page=3", "数据!A1", "a&b<c>\"d\"\n",
                           longv};
    const size_t nt = sizeof texts / sizeof *texts;
    out x, y;
    open_out(&x);
    open_out(&y);
    lxw_relationships rx = {x.f, 0, NULL}, ry = {y.f, 0, NULL};
    static const uint32_t starts[] = {0, 9, 98, 2147483646u, 4294967294u};
    for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
        rx.rel_id = ry.rel_id = starts[k];
        for (size_t i = 1; i < nt; i++)
            for (size_t j = 0; j < nt; j++) {
                _write_relationship(&rx, texts[i], texts[(i + j) % nt] ? texts[(i + j) % nt] : "",
                                     texts[j]);
                lib_rel(&ry, texts[i], texts[(i + j) % nt] ? texts[(i + j) % nt] : "", texts[j]);
            }
    }
    assert_int_equal(rx.rel_id, ry.rel_id);
    lxw_worksheet *wx = calloc(1, sizeof *wx), *wy = calloc(1, sizeof *wy);
    assert_non_null(wx);
    assert_non_null(wy);
    wx->file = x.f;
    wy->file = y.f;
    static const uint16_t ids[] = {0, 1, 9, 10, 3813, 32767, 32768, 65535};
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++)
        for (size_t i = 0; i < nt; i++)
            for (size_t j = 0; j < nt; j += 2) {
                lxw_row_t row = (lxw_row_t)(k * 100003 + i);
                lxw_col_t col = (lxw_col_t)(j * 1000 + k);
                _worksheet_write_hyperlink_external(wx, row, col, texts[i], texts[j], ids[k]);
                lib_link(wy, row, col, texts[i], texts[j], ids[k]);
            }
    same(&x, &y);
    free(wx);
    free(wy);
    free(longv);
}

typedef struct sst_element *(*sst_index_fn)(lxw_sst *, const char *, uint8_t);
typedef void (*sst_free_fn)(lxw_sst *);

/* The i-th string of the shared-strings test: 40,000 calls over some
 * 3,000 strings of every length up to 70 bytes (repeats near and far,
 * strings that differ in one byte, prefixes of each other), the empty
 * string, and rich strings (a rich string repeated as a plain one and
 * the other way round is the first one's element, as the library's). */
static void sst_text(unsigned i, char *buf, size_t room)
{
    unsigned k = (i * 2654435761u) % 3001u;
    if (k == 0) {
        buf[0] = '\0';
        return;
    }
    size_t len = 1 + (k * 7u) % 70u;
    if (len >= room)
        len = room - 1;
    size_t j = (size_t)snprintf(buf, room, "%u", k); /* distinct strings */
    if (len < j)
        len = j;
    for (; j < len; j++)
        buf[j] = (char)("数据abc&<>\"x"[(k + j * (k % 5)) % 14]);
    if (k % 11 == 0 && len > 1)
        len--; /* a shorter copy of another's bytes */
    buf[len] = '\0';
}

/* Shared strings: the program's lxw_get_sst_index (a hash before the
 * library's tree) gives what the library's gives, call by call (the same
 * index, string and rich flag, the same counts), and the tables write the
 * same sharedStrings.xml; lxw_sst_free frees the program's (the sanitizers'
 * leak check). */
static void test_shared_strings_as_the_library(void **state)
{
    (void)state;
    sst_index_fn lib_index = LIB(sst_index_fn, lxw_get_sst_index);
    sst_free_fn lib_free = LIB(sst_free_fn, lxw_sst_free);
    for (int round = 0; round < 2; round++) { /* a second table after the first is freed */
        lxw_sst *a = lxw_sst_new(), *b = lxw_sst_new();
        assert_non_null(a);
        assert_non_null(b);
        char buf[80];
        for (unsigned i = 0; i < 40000; i++) {
            sst_text(i + (unsigned)round * 17u, buf, sizeof buf);
            uint8_t rich = (uint8_t)(i % 13 == 0);
            struct sst_element *ea = lxw_get_sst_index(a, buf, rich);
            struct sst_element *eb = lib_index(b, buf, rich);
            assert_non_null(ea);
            assert_non_null(eb);
            assert_ptr_not_equal(ea, eb);
            assert_int_equal(ea->index, eb->index);
            assert_string_equal(ea->string, eb->string);
            assert_string_equal(ea->string, buf);
            assert_int_equal(ea->is_rich_string, eb->is_rich_string);
            assert_int_equal(a->string_count, b->string_count);
            assert_int_equal(a->unique_count, b->unique_count);
        }
        assert_true(a->unique_count > 2000);
        assert_true(a->string_count == 40000);
        out x, y;
        open_out(&x);
        open_out(&y);
        a->file = x.f;
        b->file = y.f;
        lxw_sst_assemble_xml_file(a);
        lxw_sst_assemble_xml_file(b);
        same(&x, &y);
        lxw_sst_free(a);
        lib_free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_programs_own),
        cmocka_unit_test(test_tags_as_the_library),
        cmocka_unit_test(test_attributes_as_the_library),
        cmocka_unit_test(test_cell_names_as_the_library),
        cmocka_unit_test(test_strlen_as_the_library),
        cmocka_unit_test(test_relationships_as_the_library),
        cmocka_unit_test(test_cells_as_the_library),
        cmocka_unit_test(test_number_attributes_as_the_library),
        cmocka_unit_test(test_cells_and_rows_as_the_library),
        cmocka_unit_test(test_links_as_the_library),
        cmocka_unit_test(test_shared_strings_as_the_library),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
