/*
 * cellmem.c - the cells and rows of a workbook from a few large blocks,
 * not one calloc and one free each: the program's own definitions of six
 * functions of libxlsxwriter 1.1.4 (_new_number_cell, _new_string_cell,
 * _new_blank_cell, _new_row, _free_cell, _free_row), which the library
 * calls through its PLT, as it does xmlw.c's (Makefile XMLW_SYMS exports
 * them from the executable; libbulletin.so keeps them hidden and the
 * library's own run).
 *
 * The library callocs every number, string and blank cell (some 100
 * bytes) and every row (a row and its cells' tree head: two callocs), and
 * when the workbook is closed walks each row's tree, unlinking and freeing
 * each cell (_free_row): the 100x text's 74,000 cells and 19,000 rows cost
 * some 250 instructions a cell to make and 200 to free.  Between
 * bl_xlsx_cells_begin and bl_xlsx_cells_end (xlsx.c: from the workbook's
 * creation to the end of workbook_close, the thread's one workbook, not a
 * streaming one) the cells and rows made on this thread come from blocks
 * of this file, zeroed as calloc zeroes them and filled as the library
 * fills them; freeing one is nothing (the blocks go at the end), except
 * that what the library's _free_cell would free with it (a formula's
 * text, a link's data, a comment: none on these cells in 1.1.4) is freed
 * by the library's own function on a copy.  A row's cells are visited
 * without unlinking them (the tree goes with the row).  Anything not from
 * the blocks (the library's other cells: links, formulas; any cell made
 * outside those bounds) goes to the library's function, so the pairing of
 * a make and a free never matters.  The workbook's bytes are the same.
 */
#define _GNU_SOURCE /* RTLD_NEXT */
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "xlsx_int.h"

/* The first block's size and the largest: each block twice the one
 * before (a one-bulletin workbook takes some 150 KB, the 100x text's
 * 9 MB); blocks of 128 KB and more are mmap'd by malloc, so a block's
 * untouched end costs nothing. */
#define CM_FIRST ((size_t)32768)
#define CM_MAX ((size_t)2 << 20)

typedef struct cm_block {
    struct cm_block *prev;
    size_t size;
} cm_block;

/* A block's header, rounded so that what follows is aligned as malloc's. */
#define CM_HEAD ((sizeof(cm_block) + 15) & ~(size_t)15)

typedef struct {
    cm_block *head; /* the newest block */
    char *next, *limit; /* its free room */
    uintptr_t lo, hi;   /* the span of every block */
    size_t next_size;
    bool on;
} cm_arena;

static _Thread_local cm_arena cm;

/* The library's definitions, looked up once. */
typedef lxw_cell *(*new_number_fn)(lxw_row_t, lxw_col_t, double, lxw_format *);
typedef lxw_cell *(*new_string_fn)(lxw_row_t, lxw_col_t, int32_t, char *, lxw_format *);
typedef lxw_cell *(*new_blank_fn)(lxw_row_t, lxw_col_t, lxw_format *);
typedef lxw_row *(*new_row_fn)(lxw_row_t);
typedef void (*free_cell_fn)(lxw_cell *);
typedef void (*free_row_fn)(lxw_row *);

static struct {
    new_number_fn new_number;
    new_string_fn new_string;
    new_blank_fn new_blank;
    new_row_fn new_row;
    free_cell_fn free_cell;
    free_row_fn free_row;
} lib;

static pthread_once_t lib_once = PTHREAD_ONCE_INIT;

/* The library's definition of `name` (NULL where the program's is the
 * only one: then nothing of the library calls ours either). */
static void *library_sym(const char *name, void *own)
{
    void *sym = dlsym(RTLD_NEXT, name);
    return sym && sym != own ? sym : NULL;
}

#define LIB_FN(field, name)                                                                     \
    do {                                                                                        \
        void *sym = library_sym(#name, (void *)(uintptr_t)name);                                \
        if (sym) /* an object pointer to a function pointer */                                 \
            memcpy(&lib.field, &sym, sizeof lib.field);                                         \
    } while (0)

static void find_lib(void)
{
    LIB_FN(new_number, _new_number_cell);
    LIB_FN(new_string, _new_string_cell);
    LIB_FN(new_blank, _new_blank_cell);
    LIB_FN(new_row, _new_row);
    LIB_FN(free_cell, _free_cell);
    LIB_FN(free_row, _free_row);
}

static void need_lib(void)
{
    pthread_once(&lib_once, find_lib);
}

bool bl_xlsx_cells_begin(void)
{
    if (cm.on)
        return false; /* another workbook's, on this thread: not nested */
    memset(&cm, 0, sizeof cm);
    cm.on = true;
    return true;
}

void bl_xlsx_cells_end(bool began)
{
    if (!began)
        return;
    for (cm_block *b = cm.head, *p; b; b = p) {
        p = b->prev;
        free(b);
    }
    memset(&cm, 0, sizeof cm);
}

/* n zeroed bytes from the blocks (calloc's), or NULL when a block cannot
 * be had (the library then reports a memory error as for calloc). */
static void *cm_alloc(size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(cm.limit - cm.next) < n) {
        size_t size = cm.next_size ? cm.next_size : CM_FIRST;
        while (size - CM_HEAD < n)
            size *= 2;
        cm_block *b = malloc(size);
        if (!b)
            return NULL;
        b->prev = cm.head;
        b->size = size;
        cm.head = b;
        cm.next = (char *)b + CM_HEAD;
        cm.limit = (char *)b + size;
        uintptr_t lo = (uintptr_t)b, hi = lo + size;
        if (!b->prev || lo < cm.lo)
            cm.lo = lo;
        if (!b->prev || hi > cm.hi)
            cm.hi = hi;
        cm.next_size = size < CM_MAX ? 2 * size : CM_MAX;
    }
    void *p = cm.next;
    cm.next += n;
    memset(p, 0, n);
    return p;
}

/* Whether p is in one of this thread's blocks. */
static bool cm_owns(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (!cm.head || a < cm.lo || a >= cm.hi)
        return false;
    for (const cm_block *b = cm.head; b; b = b->prev)
        if (a >= (uintptr_t)b && a - (uintptr_t)b < b->size)
            return true;
    return false;
}

bool bl_xlsx_cells_own(const void *p)
{
    return cm_owns(p);
}

lxw_cell *_new_number_cell(lxw_row_t row_num, lxw_col_t col_num, double value,
                           lxw_format *format)
{
    if (!cm.on) {
        need_lib();
        return lib.new_number ? lib.new_number(row_num, col_num, value, format) : NULL;
    }
    lxw_cell *cell = cm_alloc(sizeof *cell);
    if (cell) {
        cell->row_num = row_num;
        cell->col_num = col_num;
        cell->type = NUMBER_CELL;
        cell->format = format;
        cell->u.number = value;
    }
    return cell;
}

lxw_cell *_new_string_cell(lxw_row_t row_num, lxw_col_t col_num, int32_t string_id,
                           char *sst_string, lxw_format *format)
{
    if (!cm.on) {
        need_lib();
        return lib.new_string ? lib.new_string(row_num, col_num, string_id, sst_string, format)
                              : NULL;
    }
    lxw_cell *cell = cm_alloc(sizeof *cell);
    if (cell) {
        cell->row_num = row_num;
        cell->col_num = col_num;
        cell->type = STRING_CELL;
        cell->format = format;
        cell->u.string_id = string_id;
        cell->sst_string = sst_string;
    }
    return cell;
}

lxw_cell *_new_blank_cell(lxw_row_t row_num, lxw_col_t col_num, lxw_format *format)
{
    if (!cm.on) {
        need_lib();
        return lib.new_blank ? lib.new_blank(row_num, col_num, format) : NULL;
    }
    lxw_cell *cell = cm_alloc(sizeof *cell);
    if (cell) {
        cell->row_num = row_num;
        cell->col_num = col_num;
        cell->type = BLANK_CELL;
        cell->format = format;
    }
    return cell;
}

lxw_row *_new_row(lxw_row_t row_num)
{
    if (!cm.on) {
        need_lib();
        return lib.new_row ? lib.new_row(row_num) : NULL;
    }
    lxw_row *row = cm_alloc(sizeof *row);
    if (row) {
        row->row_num = row_num;
        row->cells = cm_alloc(sizeof *row->cells);
        row->height = LXW_DEF_ROW_HEIGHT;
        if (row->cells)
            RB_INIT(row->cells);
        /* else as the library: a row without its tree */
    }
    return row;
}

void _free_cell(lxw_cell *cell)
{
    if (!cell)
        return;
    if (!cm_owns(cell)) {
        need_lib();
        if (lib.free_cell)
            lib.free_cell(cell);
        return;
    }
    bool owns_text = cell->type != NUMBER_CELL && cell->type != STRING_CELL &&
                     cell->type != BLANK_CELL && cell->type != BOOLEAN_CELL && cell->u.string;
    if (owns_text || cell->user_data1 || cell->user_data2 || cell->comment) {
        /* what it holds freed by the library, with a copy of the cell */
        lxw_cell *copy = malloc(sizeof *copy);
        need_lib();
        if (copy && lib.free_cell) {
            *copy = *cell;
            lib.free_cell(copy);
        } else {
            free(copy);
        }
    }
}

/* The cells of a row's tree under c, each freed after its children are
 * read (the tree is not unlinked: it goes with the row). */
static void free_cells(lxw_cell *c)
{
    while (c) {
        lxw_cell *left = RB_LEFT(c, tree_pointers), *right = RB_RIGHT(c, tree_pointers);
        free_cells(left);
        _free_cell(c);
        c = right;
    }
}

void _free_row(lxw_row *row)
{
    if (!row)
        return;
    if (!cm_owns(row)) {
        need_lib();
        if (lib.free_row)
            lib.free_row(row);
        return;
    }
    if (row->cells)
        free_cells(RB_ROOT(row->cells));
}
