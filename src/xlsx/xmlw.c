/*
 * xmlw.c - the program's own definitions of nine small functions that
 * libxlsxwriter calls for every tag, attribute, cell and relationship it
 * writes: the same bytes, without a fprintf for each piece, 4 KB filled
 * for each attribute or 2 KB kept for each relationship.
 *
 * libxlsxwriter (1.1.5) writes its XML through lxw_xml_start_tag,
 * lxw_xml_empty_tag, lxw_xml_end_tag and lxw_xml_data_element
 * (xmlwriter.h), each a fprintf("<%s") and a fprintf(" %s=\"%s\"") for
 * each attribute; an attribute is a 4,160-byte record that
 * lxw_new_attribute_str and _int fill with strncpy (which pads the 2,079
 * bytes after the text with zeros) or snprintf; a cell's name (A1) is a
 * reversed column name and a snprintf("%d"); a string cell's length is
 * counted a byte at a time (lxw_utf8_strlen); lxw_add_worksheet_relationship
 * (at the end) keeps a zeroed 2,080-byte buffer for each relationship's
 * type.  The calls go through the library's PLT, so definitions in the
 * program come first, as for lxw_tmpfile (xlsx.c; Makefile XMLW_SYMS
 * exports them from the executable; libbulletin.so keeps them hidden and
 * the library's own run).  Each writes what the library's function
 * writes, byte for byte (tests/unit/test_xlsx_xmlw.c compares each with
 * the library's own, found with dlsym(RTLD_NEXT), so an upgrade of the
 * library that changes one fails there).  Measured (callgrind, export
 * -t pdf,xlsx): one bulletin 83.8M -> 81.1M instructions, the 100x text
 * 1,977M -> 1,839M and its peak RSS 41.1 -> 37.4 MiB.
 *
 * The streams are libxlsxwriter's parts (xlsx.c: without stdio's lock).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>
#include <xlsxwriter/xmlwriter.h>

#include "xlsx_int.h"

/* The entity each character that may be escaped is written as. */
static const char *const entity[128] = {
    ['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;", ['\n'] = "&#xA;",
};

/* s as it is, or with the characters in `esc` (each one of entity[]) as
 * entities: attributes escape & < > " and a line feed (&#xA;), data
 * & < > only. */
static void put_escaped(FILE *f, const char *s, const char *esc)
{
    for (;;) {
        size_t n = strcspn(s, esc);
        if (n)
            fwrite(s, 1, n, f);
        s += n;
        if (!*s)
            return;
        fputs(entity[(unsigned char)*s], f);
        s++;
    }
}

static void put_tag_attributes(FILE *f, const char *tag, struct xml_attribute_list *attributes)
{
    putc('<', f);
    fputs(tag, f);
    if (!attributes)
        return;
    struct xml_attribute *a;
    STAILQ_FOREACH(a, attributes, list_entries) {
        putc(' ', f);
        fputs(a->key, f);
        fputs("=\"", f);
        put_escaped(f, a->value, "&<>\"\n");
        putc('"', f);
    }
}

void lxw_xml_start_tag(FILE *xmlfile, const char *tag, struct xml_attribute_list *attributes)
{
    put_tag_attributes(xmlfile, tag, attributes);
    putc('>', xmlfile);
}

void lxw_xml_empty_tag(FILE *xmlfile, const char *tag, struct xml_attribute_list *attributes)
{
    put_tag_attributes(xmlfile, tag, attributes);
    fputs("/>", xmlfile);
}

void lxw_xml_end_tag(FILE *xmlfile, const char *tag)
{
    fputs("</", xmlfile);
    fputs(tag, xmlfile);
    putc('>', xmlfile);
}

void lxw_xml_data_element(FILE *xmlfile, const char *tag, const char *data,
                          struct xml_attribute_list *attributes)
{
    put_tag_attributes(xmlfile, tag, attributes);
    putc('>', xmlfile);
    put_escaped(xmlfile, data, "&<>");
    lxw_xml_end_tag(xmlfile, tag);
}

/* The library's copy of a key or value: at most LXW_MAX_ATTRIBUTE_LENGTH
 * - 1 bytes and a NUL (nothing reads past the NUL). */
static void copy_attr(char *dst, const char *src)
{
    size_t n = strnlen(src, LXW_MAX_ATTRIBUTE_LENGTH - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

struct xml_attribute *lxw_new_attribute_str(const char *key, const char *value)
{
    struct xml_attribute *a = malloc(sizeof *a);
    if (a) {
        copy_attr(a->key, key);
        copy_attr(a->value, value);
    }
    return a;
}

/* snprintf(out, room, "%d", v) of a value the library passes as an
 * unsigned 32-bit number (above INT_MAX: negative), cut to room - 1. */
static void put_int(char *out, int32_t v, size_t room)
{
    char tmp[16];
    size_t n = 0, k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)(long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[n++] = '-';
    while (n && k + 1 < room)
        out[k++] = tmp[--n];
    out[k] = '\0';
}

struct xml_attribute *lxw_new_attribute_int(const char *key, uint32_t value)
{
    struct xml_attribute *a = malloc(sizeof *a);
    if (a) {
        copy_attr(a->key, key);
        put_int(a->value, (int32_t)value, LXW_MAX_ATTRIBUTE_LENGTH);
    }
    return a;
}

/* Characters of a string cell (UTF-8: the bytes that are not 10xxxxxx),
 * counted eight bytes at a time (bl_utf8_count). */
size_t lxw_utf8_strlen(const char *str)
{
    return bl_utf8_count(str, strlen(str));
}

void lxw_rowcol_to_cell(char *cell_name, lxw_row_t row, lxw_col_t col)
{
    /* the column's letters (bijective base 26), last first */
    char rev[8];
    size_t n = 0;
    for (unsigned c = (lxw_col_t)(col + 1); c; c = (c - 1) / 26) {
        unsigned r = c % 26;
        rev[n++] = (char)('A' + (r ? r : 26) - 1);
    }
    char *o = cell_name;
    while (n)
        *o++ = rev[--n];
    put_int(o, (int32_t)(row + 1), LXW_MAX_ROW_NAME_LENGTH);
}

/* A sheet's relationship (a link's target, a drawing, a table), as the
 * library adds it but for the type's buffer: the library gives it 2,080
 * bytes (LXW_MAX_ATTRIBUTE_LENGTH, zeroed) where some 70 are used, and
 * keeps every one of a sheet's until the sheet's relationships are
 * written: 7.9 MiB for the 100x text's 3,813 PDF页码 links, at the
 * export's peak.  The same strings, each as long as it is. */
void lxw_add_worksheet_relationship(lxw_relationships *self, const char *type,
                                    const char *target, const char *target_mode)
{
    static const char schema[] = LXW_SCHEMA_DOCUMENT;
    if (!type || !target)
        return;
    size_t ls = sizeof schema - 1, lt = strlen(type);
    if (ls + lt > LXW_MAX_ATTRIBUTE_LENGTH - 1) /* snprintf's cut */
        lt = LXW_MAX_ATTRIBUTE_LENGTH - 1 > ls ? LXW_MAX_ATTRIBUTE_LENGTH - 1 - ls : 0;
    lxw_rel_tuple *r = calloc(1, sizeof *r);
    if (!r)
        return;
    r->type = malloc(ls + lt + 1);
    r->target = strdup(target);
    r->target_mode = target_mode ? strdup(target_mode) : NULL;
    if (!r->type || !r->target || (target_mode && !r->target_mode)) {
        free(r->type);
        free(r->target);
        free(r->target_mode);
        free(r);
        return;
    }
    memcpy(r->type, schema, ls);
    memcpy(r->type + ls, type, lt);
    r->type[ls + lt] = '\0';
    STAILQ_INSERT_TAIL(self->relationships, r, list_pointers);
}
