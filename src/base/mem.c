/*
 * mem.c - allocation through the caller's bulletin_mem hooks, and a
 * growable byte buffer.  Every allocation of the library passes here, so a
 * counting allocator in the tests can fail each one in turn.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_int.h"

static void *libc_calloc(size_t count, size_t size) { return calloc(count, size); }
static void *libc_realloc(void *ptr, size_t size) { return realloc(ptr, size); }
static void libc_free(void *ptr) { free(ptr); }

static const bulletin_mem default_mem = {libc_calloc, libc_realloc, libc_free};

const bulletin_mem *bulletin_default_mem(void) { return &default_mem; }

void *bl_alloc(const bulletin_mem *mem, size_t size)
{
    if (size == 0)
        return NULL;
    return mem->calloc(1, size);
}

void *bl_calloc(const bulletin_mem *mem, size_t count, size_t size)
{
    if (count == 0 || size == 0 || count > SIZE_MAX / size)
        return NULL;
    return mem->calloc(count, size);
}

void *bl_realloc_array(const bulletin_mem *mem, void *ptr, size_t count, size_t size)
{
    if (count == 0 || size == 0 || count > SIZE_MAX / size)
        return NULL;
    return mem->realloc(ptr, count * size);
}

void bl_free(const bulletin_mem *mem, void *ptr)
{
    if (ptr)
        mem->free(ptr);
}

char *bl_strndup(const bulletin_mem *mem, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *copy = mem->calloc(1, len + 1);
    if (!copy)
        return NULL;
    if (len)
        memcpy(copy, s, len);
    return copy;
}

/* ------------------------------------------------------------------------
 * Growable buffer
 * ---------------------------------------------------------------------- */

void bl_buf_init(bl_buf *b, const bulletin_mem *mem)
{
    b->mem = mem;
    b->data = NULL;
    b->len = b->cap = 0;
}

bulletin_status bl_buf_reserve(bl_buf *b, size_t extra)
{
    if (extra >= SIZE_MAX - b->len - 1)
        return BULLETIN_ERR_NOMEM;
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return BULLETIN_OK;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *data = b->mem->realloc(b->data, cap);
    if (!data)
        return BULLETIN_ERR_NOMEM;
    b->data = data;
    b->cap = cap;
    return BULLETIN_OK;
}

bulletin_status bl_buf_put(bl_buf *b, const char *s, size_t len)
{
    bulletin_status status = bl_buf_reserve(b, len);
    if (status != BULLETIN_OK)
        return status;
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
    return BULLETIN_OK;
}

bulletin_status bl_buf_puts(bl_buf *b, const char *s) { return bl_buf_put(b, s, strlen(s)); }

bulletin_status bl_buf_putc(bl_buf *b, char c) { return bl_buf_put(b, &c, 1); }

bulletin_status bl_buf_put_cp(bl_buf *b, uint32_t cp)
{
    /* encoded in place: one call a character of every text built */
    if (b->cap - b->len < 5) {
        bulletin_status status = bl_buf_reserve(b, 4);
        if (status != BULLETIN_OK)
            return status;
    }
    b->len += (size_t)bl_utf8_encode(cp, b->data + b->len);
    b->data[b->len] = '\0';
    return BULLETIN_OK;
}

bulletin_status bl_buf_printf(bl_buf *b, const char *fmt, ...)
{
    /* Formats into the free room first: formatting twice (once to size,
     * once to write) only when it does not fit. */
    bulletin_status status = bl_buf_reserve(b, 63);
    if (status != BULLETIN_OK)
        return status;
    va_list ap;
    va_start(ap, fmt);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->data[b->len] = '\0';
        return BULLETIN_ERR_NOMEM;
    }
    if ((size_t)n >= room) {
        if ((status = bl_buf_reserve(b, (size_t)n)) != BULLETIN_OK) {
            b->data[b->len] = '\0';
            return status;
        }
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
    return BULLETIN_OK;
}

bulletin_status bl_buf_flush(bl_buf *b, size_t threshold, bulletin_sink sink, void *user,
                             bulletin_diag *diag, const char *path)
{
    if (b->len == 0 || b->len < threshold)
        return BULLETIN_OK;
    if (sink(b->data, b->len, user) != 0)
        return bl_diag_set(diag, BULLETIN_ERR_IO, path, 0, 0, "write failed");
    b->len = 0;
    return BULLETIN_OK;
}

/* A small detached buffer (at most DETACH_SMALL bytes) with more than
 * DETACH_SLACK to spare is copied to one of its text's size: a figure's
 * label, a short string kept for the document's life, was a 64-byte
 * buffer (80 with malloc's header) even when empty, 9.6 MB for 150,000
 * figures; copied, 32 bytes.  A large one is handed over as it is (a
 * copy would hold it twice). */
#define DETACH_SLACK 24
#define DETACH_SMALL 512

char *bl_buf_detach(bl_buf *b)
{
    char *data = b->data;
    if (!data)
        data = bl_strndup(b->mem, "", 0);
    else if (b->cap <= DETACH_SMALL && b->cap - b->len > DETACH_SLACK) {
        /* a copy, not realloc: a block cut in place leaves its tail
         * between the next ones, where nothing larger fits */
        char *cut = bl_strndup(b->mem, data, b->len);
        bl_free(b->mem, data);
        data = cut; /* NULL: out of memory, as documented */
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return data;
}

void bl_buf_free(bl_buf *b)
{
    bl_free(b->mem, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* In mem.c, not utf8.c: it allocates, and utf8.c stays below the
 * allocator. */
char *bl_utf8_escape(const bulletin_mem *mem, const char *s, bool *failed)
{
    *failed = false;
    size_t n = strlen(s), need = 0;
    bool clean = true;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7F) {
            clean = false;
            need += 4;
            i++;
        } else {
            need += (size_t)k;
            i += (size_t)k;
        }
    }
    if (clean)
        return NULL;
    char *out = bl_alloc(mem, need + 1);
    if (!out) {
        *failed = true;
        return NULL;
    }
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k == 0 || cp < 0x20 || cp == 0x7F) {
            unsigned char b = (unsigned char)s[i++];
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[b >> 4];
            out[o++] = hex[b & 15];
        } else {
            memcpy(out + o, s + i, (size_t)k);
            o += (size_t)k;
            i += (size_t)k;
        }
    }
    out[o] = '\0';
    return out;
}
