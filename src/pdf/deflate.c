/*
 * deflate.c - the PDF's streams deflated with libdeflate instead of
 * libharu's zlib at save time: as small, in half the time.  A stream
 * deflated here is marked unfiltered for libharu, which then copies it as
 * it is and drops its /Filter key; write_flate_key writes the key back.
 * Font programs, the largest streams, are deflated in a thread of their
 * own (bl_pdf_start_deflate .. bl_pdf_finish_deflate) while the render
 * goes on.
 */
#include <stdint.h>
#include <string.h>

#include <libdeflate.h>

#include <hpdf.h>
#include <hpdf_objects.h>

#include "pdf_int.h"

/* A font program of at most this many bytes is deflated on the render's
 * thread, with its compressor, at bl_pdf_finish_deflate (see
 * bl_pdf_start_deflate). */
#define DEFER_DEFLATE_MAX (64u << 10)

/* write_fn of a stream deflated by us and unfiltered for libharu, which
 * drops the /Filter key of such a stream: writes it back. */
static HPDF_STATUS write_flate_key(HPDF_Dict obj, HPDF_Stream stream)
{
    (void)obj;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

/* zlib-format deflate with libdeflate: at level 6 it is about as
 * fast as zlib's level 3 and 6% smaller (the reference's Song subset:
 * 107 KB against 113 KB).  One compressor per render.  Returns the
 * compressed size, or 0 when out of memory. */
static size_t zdeflate(ctx *c, const void *src, size_t n, unsigned char **out)
{
    *out = NULL;
    if (!c->zc && !(c->zc = libdeflate_alloc_compressor(L.font_deflate)))
        return 0;
    size_t cap = libdeflate_zlib_compress_bound(c->zc, n);
    unsigned char *z = bl_realloc_array(c->mem, NULL, cap, 1);
    if (!z)
        return 0;
    size_t len = libdeflate_zlib_compress(c->zc, src, n, z, cap);
    if (len == 0) {
        bl_free(c->mem, z);
        return 0;
    }
    *out = z;
    return len;
}

static void held_free(HPDF_Stream st);

/* Copies the `n` bytes of memory stream `st` to `out`, a chunk at a
 * time (HPDF_ReadFromStream copies byte by byte).  False when the
 * stream holds fewer, is not a memory stream, or already holds its
 * deflated bytes in our own buffer (held_free: its memory stream's
 * blocks are no longer its bytes). */
bool bl_pdf_stream_bytes(HPDF_Stream st, unsigned char *out, size_t n)
{
    if (!st || st->type != HPDF_STREAM_MEMORY || st->free_fn == held_free)
        return false;
    size_t at = 0;
    for (HPDF_UINT i = 0, count = HPDF_MemStream_GetBufCount(st); i < count && at < n; i++) {
        HPDF_UINT len = 0;
        const HPDF_BYTE *p = HPDF_MemStream_GetBufPtr(st, i, &len);
        if (!p)
            break;
        if (len > n - at)
            len = (HPDF_UINT)(n - at);
        memcpy(out + at, p, len);
        at += len;
    }
    return at == n;
}

/* A memory stream's deflated bytes, held in our own buffer: libharu's
 * memory stream copies what it is written a byte at a time (HPDF_MemCpy)
 * and copies it out so again when the document is saved.  The stream
 * object stays the same (a page's attributes point to its contents'
 * stream); its read, seek and tell read the buffer, and its free gives
 * the buffer back before the memory stream's own free (kept here with
 * its attributes).  Nothing writes to a deflated stream: a write fails. */
typedef struct {
    const bulletin_mem *mem;
    unsigned char *data;
    size_t len, pos;
    void *mem_attr;
    HPDF_Stream_Free_Func mem_free;
} held_bytes;

static HPDF_STATUS held_read(HPDF_Stream st, HPDF_BYTE *ptr, HPDF_UINT *siz)
{
    held_bytes *h = st->attr;
    size_t n = h->len - h->pos;
    if (n > *siz)
        n = *siz;
    memcpy(ptr, h->data + h->pos, n);
    h->pos += n;
    *siz = (HPDF_UINT)n;
    return h->pos == h->len ? HPDF_STREAM_EOF : HPDF_OK;
}

static HPDF_STATUS held_seek(HPDF_Stream st, HPDF_INT pos, HPDF_WhenceMode mode)
{
    held_bytes *h = st->attr;
    long long at = mode == HPDF_SEEK_CUR ? (long long)h->pos + pos
                   : mode == HPDF_SEEK_END ? (long long)h->len + pos
                                           : (long long)pos;
    if (at < 0 || at > (long long)h->len)
        return HPDF_STREAM_EOF;
    h->pos = (size_t)at;
    return HPDF_OK;
}

static HPDF_INT32 held_tell(HPDF_Stream st)
{
    return (HPDF_INT32)((held_bytes *)st->attr)->pos;
}

static HPDF_STATUS held_write(HPDF_Stream st, const HPDF_BYTE *ptr, HPDF_UINT siz)
{
    (void)st;
    (void)ptr;
    (void)siz;
    return HPDF_INVALID_OPERATION;
}

static void held_free(HPDF_Stream st)
{
    held_bytes *h = st->attr;
    HPDF_Stream_Free_Func mem_free = h->mem_free;
    st->attr = h->mem_attr;
    st->free_fn = mem_free;
    bl_free(h->mem, h->data);
    bl_free(h->mem, h);
    if (mem_free)
        mem_free(st);
}

/* Makes the empty memory stream `st` hold the `n` bytes at `data` (ours,
 * of c->mem: the stream owns them on success).  False, with nothing
 * changed, when it cannot. */
static bool hold_bytes(ctx *c, HPDF_Stream st, unsigned char *data, size_t n)
{
    if (st->type != HPDF_STREAM_MEMORY || st->size != 0 || n > UINT32_MAX / 2)
        return false;
    held_bytes *h = bl_realloc_array(c->mem, NULL, 1, sizeof *h);
    if (!h)
        return false;
    *h = (held_bytes){.mem = c->mem, .data = data, .len = n, .mem_attr = st->attr,
                      .mem_free = st->free_fn};
    st->attr = h;
    st->read_fn = held_read;
    st->seek_fn = held_seek;
    st->tell_fn = held_tell;
    st->write_fn = held_write; /* non-null: HPDF_Stream_Size reads st->size */
    st->free_fn = held_free;
    st->size = (HPDF_UINT)n;
    return true;
}

/* `z`, `cap` bytes of which the first `n` are used, cut to `n` (for
 * hold_bytes: the compressor's bound is about the raw size). */
static unsigned char *fit(ctx *c, unsigned char *z, size_t n)
{
    unsigned char *d = bl_realloc_array(c->mem, z, n ? n : 1, 1);
    return d ? d : z;
}

/* Replaces the data of stream `d` (a memory stream) with the `n` bytes
 * at `raw` deflated here with libdeflate, instead of leaving them to
 * libharu's zlib at save time: as small, in half the time.  The stream
 * is then unfiltered for libharu, and write_flate_key puts the /Filter
 * back. */
static bulletin_status store_deflated(ctx *c, HPDF_Dict d, const unsigned char *raw, size_t n)
{
    HPDF_Stream st = d->stream;
    unsigned char *z = NULL;
    bulletin_status status = BULLETIN_OK;
    size_t zlen = zdeflate(c, raw, n, &z);
    if (!zlen) {
        status = BULLETIN_ERR_NOMEM;
    } else {
        HPDF_MemStream_FreeData(st);
        z = fit(c, z, zlen);
        if (hold_bytes(c, st, z, zlen)) {
            z = NULL; /* the stream's */
            d->filter = HPDF_STREAM_FILTER_NONE;
            d->write_fn = write_flate_key;
            return BULLETIN_OK;
        }
        /* one block of exactly the deflated size, not libharu's 4 KB
         * blocks: a page's text deflates to well under one, and every
         * page stays in memory until the save (13,000 pages of short
         * paragraphs: 40 MB).  An empty memory stream is full at buf_siz
         * (FreeData leaves w_pos there), so the write takes a new block
         * of the new size; every block but the last is buf_siz long, and
         * there is one. */
        HPDF_MemStreamAttr ma = (HPDF_MemStreamAttr)st->attr;
        if (st->type == HPDF_STREAM_MEMORY && ma && ma->buf->count == 0 && zlen <= UINT32_MAX) {
            ma->buf_siz = (HPDF_UINT)zlen;
            ma->w_pos = (HPDF_UINT)zlen;
        }
        if (HPDF_Stream_Write(st, z, (HPDF_UINT)zlen) != HPDF_OK) {
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot write a stream");
        } else {
            d->filter = HPDF_STREAM_FILTER_NONE;
            d->write_fn = write_flate_key;
        }
    }
    bl_free(c->mem, z);
    return status;
}

/* Deflates the data of stream `d` (a memory stream): store_deflated of
 * the bytes read back out of it. */
bulletin_status bl_pdf_predeflate(ctx *c, HPDF_Dict d)
{
    HPDF_Stream st = d->stream;
    size_t n = HPDF_Stream_Size(st);
    unsigned char *raw = bl_realloc_array(c->mem, NULL, n ? n : 1, 1);
    if (!raw)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status = bl_pdf_stream_bytes(st, raw, n)
                                     ? store_deflated(c, d, raw, n)
                                     : bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot read a stream");
    bl_free(c->mem, raw);
    return status;
}

/* Deflates the data of stream `d` (a memory stream) followed by the `n`
 * bytes at `more` (a page's content built in our own buffer, draw.c):
 * when `d` holds nothing yet, straight from `more`, without copying the
 * bytes into libharu's stream and reading them back out of it. */
bulletin_status bl_pdf_predeflate_with(ctx *c, HPDF_Dict d, const void *more, size_t n)
{
    static const unsigned char none[1];
    if (HPDF_Stream_Size(d->stream) == 0)
        return store_deflated(c, d, n ? more : none, n);
    if (n && HPDF_Stream_Write(d->stream, more, (HPDF_UINT)n) != HPDF_OK)
        return bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot write a stream");
    return bl_pdf_predeflate(c, d);
}

/* Deflates, then frees the compressor (about 0.7 MB at level 6): not
 * held while the render goes on to its peak. */
static void *deflate_main(void *arg)
{
    pdeflate *j = arg;
    j->len = libdeflate_zlib_compress(j->zc, j->src, j->n, j->out, j->cap);
    libdeflate_free_compressor(j->zc);
    j->zc = NULL;
    return NULL;
}

/* Starts deflating a font program (`n` bytes at `src`, which must live
 * until bl_pdf_finish_deflate) for `stream`: in a thread of its own unless
 * BULLETIN_RENDER_ONE_THREAD or none can be started; then at once.  The
 * deflate of the Song face's program is a third of a render: a thread
 * lets it run beside the drawing and the other outputs. */
bulletin_status bl_pdf_start_deflate(ctx *c, pdeflate *j, const unsigned char *src, size_t n,
                                     HPDF_Dict stream)
{
    j->src = src;
    j->n = n;
    j->stream = stream;
    /* A small program (a display face's few glyphs: the reference's hei
     * subset, 43 KB) waits for bl_pdf_finish_deflate, which deflates it
     * with the render's own compressor (c->zc, warm from the pages): a
     * thread of its own would allocate and fault in a compressor of its
     * own (about 70 pages) to save the render a millisecond of work.  The
     * same bytes: deflate at one level is deterministic. */
    if (n <= DEFER_DEFLATE_MAX)
        return BULLETIN_OK;
    j->zc = libdeflate_alloc_compressor(L.font_deflate);
    if (!j->zc)
        return BULLETIN_ERR_NOMEM;
    j->cap = libdeflate_zlib_compress_bound(j->zc, n);
    if (!(j->out = bl_realloc_array(c->mem, NULL, j->cap, 1)))
        return BULLETIN_ERR_NOMEM;
    if (!(c->opts->flags & BULLETIN_RENDER_ONE_THREAD))
        j->running = bl_thread_start(&j->thread, deflate_main, j) == 0;
    if (!j->running)
        deflate_main(j);
    return BULLETIN_OK;
}

/* Waits for a deflate started by bl_pdf_start_deflate (a no-op for none). */
static void join_deflate(pdeflate *j)
{
    if (j->running) {
        bl_thread_join(&j->thread);
        j->running = false;
    }
}

/* Joins the deflate and writes its result into the FontFile2 stream:
 * libharu copies an unfiltered stream as it is and drops its /Filter
 * key, so write_fn adds it. */
bulletin_status bl_pdf_finish_deflate(ctx *c, pdeflate *j)
{
    join_deflate(j);
    if (!j->stream)
        return BULLETIN_OK;
    if (!j->out && !j->zc && j->src && j->n <= DEFER_DEFLATE_MAX) {
        /* deferred by bl_pdf_start_deflate: deflated here, on the render's thread */
        if (!c->zc && !(c->zc = libdeflate_alloc_compressor(L.font_deflate)))
            return BULLETIN_ERR_NOMEM;
        j->cap = libdeflate_zlib_compress_bound(c->zc, j->n);
        if (!(j->out = bl_realloc_array(c->mem, NULL, j->cap, 1)))
            return BULLETIN_ERR_NOMEM;
        j->len = libdeflate_zlib_compress(c->zc, j->src, j->n, j->out, j->cap);
    }
    if (!j->len)
        return BULLETIN_ERR_NOMEM; /* libdeflate: out of room, which cap rules out */
    j->stream->filter = HPDF_STREAM_FILTER_NONE;
    j->stream->write_fn = write_flate_key;
    HPDF_Stream st = j->stream->stream;
    if (st->size == 0) {
        unsigned char *out = fit(c, j->out, j->len);
        if (hold_bytes(c, st, out, j->len)) {
            j->out = NULL; /* the stream's */
            return BULLETIN_OK;
        }
        j->out = out;
    }
    if (HPDF_Stream_Write(st, j->out, (HPDF_UINT)j->len) != HPDF_OK)
        return bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot embed a font");
    return BULLETIN_OK;
}

void bl_pdf_free_deflate(ctx *c, pdeflate *j)
{
    join_deflate(j);
    if (j->zc)
        libdeflate_free_compressor(j->zc);
    bl_free(c->mem, j->out);
    memset(j, 0, sizeof *j);
}
