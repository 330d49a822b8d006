/*
 * zipw.c - a small zip writer in memory over libdeflate, for the
 * workbook's parts (xlsx.c gives libxlsxwriter its zip functions over it).
 *
 * libxlsxwriter 1.1.4 zips its parts with minizip and zlib: a deflate
 * stream set up and torn down for each of about twenty parts, the data fed
 * 16 KiB at a time.  libdeflate compresses a whole part in one call, at
 * about a third of zlib's instructions for the same level.  Each part is
 * kept whole (copied as libxlsxwriter hands it over), then deflated into
 * the zip.  The records are minizip's (no zip64, no data descriptors, no
 * extra fields: the sizes are known when the local header is written), so
 * only the deflated bytes differ from minizip's: version 2.0, the date and
 * time the caller gives, the text flag of the internal attributes set as
 * zlib sets it.  The same parts give the same bytes.
 */
#include <string.h>

#include <libdeflate.h>

#include "xlsx/zipw.h"

/* A member's buffer larger than this is freed when it is deflated, so
 * that it does not stay while the library builds the next parts. */
#define ZIPW_KEEP ((size_t)1 << 20)

/* One member, for the central directory. */
struct bl_zipw_entry {
    size_t name_off, name_len; /* in names */
    uint32_t crc, csize, usize, offset, dostime;
    uint16_t flag, internal;
};

/* A member as last written under its name: name[name_len], raw[raw_len]
 * and comp[comp_len] end to end in buf. */
typedef struct {
    char *buf;
    size_t cap, name_len, raw_len, comp_len;
    uint32_t crc;
    uint16_t internal;
} memo_entry;

struct bl_zipw_memo {
    const bulletin_mem *mem;
    int level;
    size_t count, hits;
    memo_entry e[ZIPW_MEMO_SLOTS];
};

static bool grow(bl_zipw *z, char **buf, size_t *cap, size_t need)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap : 16384;
    while (c < need)
        c = c > SIZE_MAX / 2 ? need : c * 2;
    char *d = bl_realloc_array(z->mem, *buf, c, 1);
    if (!d) {
        z->failed = true;
        return false;
    }
    *buf = d;
    *cap = c;
    return true;
}

static void put16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)(v >> 8 & 0xff);
}

static void put32(unsigned char *p, uint32_t v)
{
    put16(p, v & 0xffff);
    put16(p + 2, v >> 16);
}

void bl_zipw_init(bl_zipw *z, const bulletin_mem *mem, int level)
{
    memset(z, 0, sizeof *z);
    z->mem = mem;
    z->level = level;
}

bl_zipw_memo *bl_zipw_memo_new(const bulletin_mem *mem, int level)
{
    bl_zipw_memo *m = bl_calloc(mem, 1, sizeof *m);
    if (m) {
        m->mem = mem;
        m->level = level;
    }
    return m;
}

void bl_zipw_memo_free(bl_zipw_memo *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->count; i++)
        bl_free(m->mem, m->e[i].buf);
    bl_free(m->mem, m);
}

size_t bl_zipw_memo_hits(const bl_zipw_memo *m)
{
    return m ? m->hits : 0;
}

void bl_zipw_use_memo(bl_zipw *z, bl_zipw_memo *m)
{
    if (m && m->level == z->level && m->mem == z->mem)
        z->memo = m;
}

void bl_zipw_free(bl_zipw *z)
{
    if (z->zc)
        libdeflate_free_compressor(z->zc);
    bl_free(z->mem, z->out);
    bl_free(z->mem, z->part);
    bl_free(z->mem, z->names);
    bl_free(z->mem, z->entries);
    memset(z, 0, sizeof *z);
}

bool bl_zipw_begin(bl_zipw *z, const char *name, uint32_t dostime)
{
    if (z->failed || z->open)
        return z->failed = true, false;
    size_t len = strlen(name);
    if (len > 0xffff || z->count >= 0xffff) {
        z->failed = true;
        return false;
    }
    if (z->count == z->entries_cap) {
        size_t cap = z->entries_cap ? z->entries_cap * 2 : 32;
        bl_zipw_entry *e = bl_realloc_array(z->mem, z->entries, cap, sizeof *e);
        if (!e) {
            z->failed = true;
            return false;
        }
        z->entries = e;
        z->entries_cap = cap;
    }
    if (!grow(z, &z->names, &z->names_cap, z->names_len + len))
        return false;
    bl_zipw_entry *e = &z->entries[z->count];
    memset(e, 0, sizeof *e);
    e->name_off = z->names_len;
    e->name_len = len;
    e->dostime = dostime;
    memcpy(z->names + z->names_len, name, len);
    z->names_len += len;
    z->plen = 0;
    z->open = true;
    return true;
}

bool bl_zipw_write(bl_zipw *z, const void *buf, size_t len)
{
    if (z->failed || !z->open)
        return false;
    if (len == 0)
        return true;
    if (len > SIZE_MAX - z->plen || !grow(z, &z->part, &z->pcap, z->plen + len))
        return z->failed = true, false;
    memcpy(z->part + z->plen, buf, len);
    z->plen += len;
    return true;
}

/* zlib's guess (deflate.c, detect_data_type) that a member is text, which
 * minizip records in the internal attributes: no byte of the block list
 * (0-6, 14-25, 28-31) and at least one of the allow list (9, 10, 13,
 * 32-255).  One look-up a byte: 1 for the block list, 2 for the allow list;
 * but eight bytes at a time where none is below 32 (all allowed: an XML
 * part has a line break or two), 32 at a time (the four words' tests in
 * one), and no further once a byte is blocked. */
bool bl_zipw_is_text(const void *data, size_t n)
{
    static const unsigned char cls[256] = {
        1, 1, 1, 1, 1, 1, 1, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1,
        1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    };
    const unsigned char *p = data;
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    unsigned acc = 0;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        uint64_t w[4];
        memcpy(w, p + i, sizeof w);
        if ((((w[0] - 0x20 * ones) & ~w[0]) | ((w[1] - 0x20 * ones) & ~w[1])
             | ((w[2] - 0x20 * ones) & ~w[2]) | ((w[3] - 0x20 * ones) & ~w[3]))
            & highs) { /* a byte below 32 among them: one at a time */
            for (size_t k = 0; k < 32; k++)
                acc |= cls[p[i + k]];
            if (acc & 1)
                return false;
        } else {
            acc |= 2;
        }
    }
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, sizeof w);
        if (((w - 0x20 * ones) & ~w & highs) == 0) { /* no byte below 32 */
            acc |= 2;
            continue;
        }
        for (size_t k = 0; k < 8; k++)
            acc |= cls[p[i + k]];
        if (acc & 1)
            return false;
    }
    for (; i < n; i++)
        acc |= cls[p[i]];
    return acc == 2;
}

/* The memo's member named name[len], or NULL. */
static memo_entry *memo_find(bl_zipw_memo *m, const char *name, size_t len)
{
    for (size_t i = 0; m && i < m->count; i++)
        if (m->e[i].name_len == len && !memcmp(m->e[i].buf, name, len))
            return &m->e[i];
    return NULL;
}

/* Keeps a member just deflated in the memo (in `me`, its name's entry, or
 * a new one), when it is small enough and there is room; when memory
 * runs out the entry is forgotten, which costs only a deflate. */
static void memo_keep(bl_zipw_memo *m, memo_entry *me, const char *name, size_t name_len,
                      const char *raw, size_t raw_len, const unsigned char *comp, size_t comp_len,
                      const bl_zipw_entry *e)
{
    if (!m || raw_len > ZIPW_MEMO_MAX || comp_len > ZIPW_MEMO_MAX + 1024)
        return;
    if (!me) {
        if (m->count == ZIPW_MEMO_SLOTS)
            return;
        me = &m->e[m->count++];
        memset(me, 0, sizeof *me);
    }
    size_t need = name_len + raw_len + comp_len;
    if (need > me->cap) {
        char *b = bl_realloc_array(m->mem, me->buf, need, 1);
        if (!b) { /* forgotten: the last entry takes its place */
            bl_free(m->mem, me->buf);
            *me = m->e[--m->count];
            return;
        }
        me->buf = b;
        me->cap = need;
    }
    memcpy(me->buf, name, name_len);
    if (raw_len)
        memcpy(me->buf + name_len, raw, raw_len);
    memcpy(me->buf + name_len + raw_len, comp, comp_len);
    me->name_len = name_len;
    me->raw_len = raw_len;
    me->comp_len = comp_len;
    me->crc = e->crc;
    me->internal = e->internal;
}

bool bl_zipw_end(bl_zipw *z)
{
    if (z->failed || !z->open)
        return false;
    z->open = false;
    bl_zipw_entry *e = &z->entries[z->count];
    if (z->plen > UINT32_MAX || z->len > UINT32_MAX)
        return z->failed = true, false; /* a zip64 archive: not written here */
    const char *name = z->names + e->name_off;
    size_t head = 30 + e->name_len;
    memo_entry *me = memo_find(z->memo, name, e->name_len);
    unsigned char *h;
    size_t csize;
    if (me && me->raw_len == z->plen &&
        (z->plen == 0 || !memcmp(me->buf + me->name_len, z->part, z->plen))) {
        /* the same bytes as last time: the same deflated bytes */
        csize = me->comp_len;
        if (!grow(z, &z->out, &z->cap, z->len + head + csize))
            return false;
        h = (unsigned char *)z->out + z->len;
        memcpy(h + head, me->buf + me->name_len + me->raw_len, csize);
        e->crc = me->crc;
        e->internal = me->internal;
        z->memo->hits++;
    } else {
        if (!z->zc && !(z->zc = libdeflate_alloc_compressor(z->level)))
            return z->failed = true, false;
        size_t bound = libdeflate_deflate_compress_bound(z->zc, z->plen);
        if (bound > SIZE_MAX - head - z->len || !grow(z, &z->out, &z->cap, z->len + head + bound))
            return false;
        h = (unsigned char *)z->out + z->len;
        csize = libdeflate_deflate_compress(z->zc, z->part, z->plen, h + head, bound);
        if (csize == 0 || csize > UINT32_MAX)
            return z->failed = true, false;
        e->crc = (uint32_t)libdeflate_crc32(0, z->part, z->plen);
        e->internal = bl_zipw_is_text(z->part, z->plen);
        memo_keep(z->memo, me, name, e->name_len, z->part, z->plen, h + head, csize, e);
    }
    e->csize = (uint32_t)csize;
    e->usize = (uint32_t)z->plen;
    e->offset = (uint32_t)z->len;
    put32(h, 0x04034b50u);
    put16(h + 4, 20); /* version needed: 2.0, deflate */
    put16(h + 6, e->flag);
    put16(h + 8, 8); /* deflated */
    put32(h + 10, e->dostime);
    put32(h + 14, e->crc);
    put32(h + 18, e->csize);
    put32(h + 22, e->usize);
    put16(h + 26, (unsigned)e->name_len);
    put16(h + 28, 0);
    memcpy(h + 30, name, e->name_len);
    z->len += head + csize;
    z->count++;
    if (z->pcap > ZIPW_KEEP) { /* a large part's buffer goes back now */
        bl_free(z->mem, z->part);
        z->part = NULL;
        z->pcap = 0;
    }
    return true;
}

bool bl_zipw_finish(bl_zipw *z)
{
    if (z->failed || z->open)
        return z->failed = true, false;
    size_t need = 22 + z->names_len + 46 * z->count;
    if (!grow(z, &z->out, &z->cap, z->len + need))
        return false;
    if (z->len + need > UINT32_MAX)
        return z->failed = true, false;
    unsigned char *h = (unsigned char *)z->out + z->len;
    size_t cd = z->len;
    for (size_t i = 0; i < z->count; i++) {
        const bl_zipw_entry *e = &z->entries[i];
        put32(h, 0x02014b50u);
        put16(h + 4, 0);  /* made by: MS-DOS, version 0 (minizip's) */
        put16(h + 6, 20); /* version needed */
        put16(h + 8, e->flag);
        put16(h + 10, 8);
        put32(h + 12, e->dostime);
        put32(h + 16, e->crc);
        put32(h + 20, e->csize);
        put32(h + 24, e->usize);
        put16(h + 28, (unsigned)e->name_len);
        put16(h + 30, 0); /* extra */
        put16(h + 32, 0); /* comment */
        put16(h + 34, 0); /* disk */
        put16(h + 36, e->internal);
        put32(h + 38, 0); /* external attributes */
        put32(h + 42, e->offset);
        memcpy(h + 46, z->names + e->name_off, e->name_len);
        h += 46 + e->name_len;
    }
    size_t cd_len = (size_t)((char *)h - (z->out + cd));
    put32(h, 0x06054b50u);
    put16(h + 4, 0);
    put16(h + 6, 0);
    put16(h + 8, (unsigned)z->count);
    put16(h + 10, (unsigned)z->count);
    put32(h + 12, (uint32_t)cd_len);
    put32(h + 16, (uint32_t)cd);
    put16(h + 20, 0);
    z->len = cd + cd_len + 22;
    return true;
}
