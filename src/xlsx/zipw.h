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
typedef struct bl_zipw_memo bl_zipw_memo;
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
    bl_zipw_memo *memo;       /* kept from zip to zip; NULL: none */
} bl_zipw;

void bl_zipw_init(bl_zipw *z, const bulletin_mem *mem, int level);
bool bl_zipw_begin(bl_zipw *z, const char *name, uint32_t dostime);
bool bl_zipw_write(bl_zipw *z, const void *buf, size_t len);
bool bl_zipw_end(bl_zipw *z);
bool bl_zipw_finish(bl_zipw *z);
void bl_zipw_free(bl_zipw *z);

/* What a program that writes many zips keeps from one to the next (a
 * batch's workbooks): each member of at most ZIPW_MEMO_MAX bytes as last
 * written under its name, with its deflated bytes, CRC and text flag.  A member of the same name
 * and the same bytes (compared whole) is copied from it, not deflated
 * again: deflate at one level is deterministic, so the zip's bytes are
 * the same as without the memo.  A workbook's theme, relationships,
 * content types, document properties and often its styles and charts
 * are the same from one bulletin to the next.  bl_zipw_use_memo after
 * bl_zipw_init: a memo of another level or allocator is not used.  (The
 * compressor and the member buffer are not kept: held between workbooks
 * they added some 150 page faults a batch worker, for 34,000 fewer
 * instructions a workbook.)  Holds at most
 * ZIPW_MEMO_SLOTS members (about 1 MB at worst, 73 KB for the
 * reference bulletin's workbook).  Not thread-safe: one memo per thread. */
#define ZIPW_MEMO_MAX ((size_t)16384)
#define ZIPW_MEMO_SLOTS 32
bl_zipw_memo *bl_zipw_memo_new(const bulletin_mem *mem, int level);
void bl_zipw_memo_free(bl_zipw_memo *m);
void bl_zipw_use_memo(bl_zipw *z, bl_zipw_memo *m);
/* Members copied from the memo so far (for tests and measurements). */
size_t bl_zipw_memo_hits(const bl_zipw_memo *m);

/* Whether data[n] is text as zlib guesses it (detect_data_type): no byte
 * of 0-6, 14-25, 28-31 and at least one of 9, 10, 13, 32-255 (minizip
 * writes 1 in the internal attributes then). */
bool bl_zipw_is_text(const void *data, size_t n);

#endif
