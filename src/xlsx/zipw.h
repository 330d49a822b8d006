/*
 * zipw.h - a zip written in memory over libdeflate (zipw.c), for the
 * workbook's parts.  Private to src/xlsx/ (and its unit test); it does
 * not include xlsxwriter.h.
 */
#ifndef BL_XLSX_ZIPW_H
#define BL_XLSX_ZIPW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin_int.h"

/* A zip being written in memory (zipw.c): bl_zipw_begin a member,
 * bl_zipw_write its bytes (kept whole), bl_zipw_end deflates it into the
 * zip; bl_zipw_finish writes the central directory.  The zip is out[len].
 * After a failure (no memory, a name or size beyond the zip format without
 * zip64) every call returns false and failed stays set. */
typedef struct bl_zipw_entry bl_zipw_entry;
typedef struct {
    const bulletin_mem *mem;
    int level;                /* libdeflate's, 1-12 */
    struct libdeflate_compressor *zc;
    char *out;                /* the zip */
    size_t len, cap;
    char *part;               /* the member being written */
    size_t plen, pcap;
    char *names;              /* the members' names, end to end */
    size_t names_len, names_cap;
    bl_zipw_entry *entries;
    size_t count, entries_cap;
    bool open, failed;
} bl_zipw;

void bl_zipw_init(bl_zipw *z, const bulletin_mem *mem, int level);
bool bl_zipw_begin(bl_zipw *z, const char *name, uint32_t dostime);
bool bl_zipw_write(bl_zipw *z, const void *buf, size_t len);
bool bl_zipw_end(bl_zipw *z);
bool bl_zipw_finish(bl_zipw *z);
void bl_zipw_free(bl_zipw *z);

/* Whether data[n] is text as zlib guesses it (detect_data_type): no byte
 * of 0-6, 14-25, 28-31 and at least one of 9, 10, 13, 32-255 (minizip
 * writes 1 in the internal attributes then). */
bool bl_zipw_is_text(const void *data, size_t n);

#endif
