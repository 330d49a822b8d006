/*
 * compact.c - the file libharu 2.3.0 saves (PDF 1.3: every object on its
 * own, a cross-reference table in text) rewritten as PDF 1.7 with object
 * streams and a cross-reference stream (ISO 32000-1 7.5.7, 7.5.8): every
 * object that is not a stream goes into an object stream, deflated with
 * libdeflate; the streams are copied as they are; the cross-reference
 * stream has a PNG Up predictor; the trailer gets an /ID, a 128-bit hash
 * of the file before it (id_hash: eight bytes a step; MD5 took 1.3M
 * instructions, 2% of an export), so that the same input gives the same
 * bytes.  A
 * structure tree has an object per element and an outline one per
 * heading: stored apart and uncompressed they made a long document a
 * third larger (the 100x reference: 982 KB, 661 KB through qpdf).  Both
 * are written as text of our own (tags.c, info.c), numbered after
 * libharu's objects (the tree's, then the outline's), each with a root
 * that stands in libharu's table.
 *
 * libharu's output is regular ("N 0 obj" ... "endobj", a table of
 * 20-byte entries, "trailer", "startxref"); anything else is refused
 * (BULLETIN_ERR_PDF), never guessed at.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libdeflate.h>

#include "pdf_int.h"

/* Objects per object stream: a reader inflates a whole stream for any
 * object in it; 200 keep that small while deflate sees enough. */
#define OBJSTM_MAX 200

typedef struct {
    /* offsets fit 32 bits: libharu's file size is an HPDF_UINT32 (a
     * structure tree's objects are half a million in a long document) */
    uint32_t off, end;       /* the object in the input: "N 0 obj" .. the next */
    uint32_t body, body_end; /* its value, without "N 0 obj" and "endobj" */
    uint32_t out;            /* a stream object's offset in the output */
    uint32_t stm;            /* in the output: its object stream, */
    uint16_t index;          /* and its place there */
    bool stream;
    bool used;
} cobj;

static bool is_ws(unsigned char ch)
{
    return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == 0;
}

static bool is_delim(unsigned char ch)
{
    return is_ws(ch) || ch == '(' || ch == ')' || ch == '<' || ch == '>' || ch == '[' || ch == ']'
           || ch == '{' || ch == '}' || ch == '/' || ch == '%';
}

static size_t skip_ws(const unsigned char *s, size_t i, size_t e)
{
    while (i < e) {
        if (is_ws(s[i]))
            i++;
        else if (s[i] == '%')
            while (i < e && s[i] != '\n' && s[i] != '\r')
                i++;
        else
            break;
    }
    return i;
}

/* Just past the PDF object that starts at or after s[i]; e on error. */
static size_t skip_obj(const unsigned char *s, size_t i, size_t e)
{
    int depth = 0;
    do {
        i = skip_ws(s, i, e);
        if (i >= e)
            return e;
        unsigned char ch = s[i];
        if (ch == '(') {
            int nest = 0;
            for (; i < e; i++) {
                if (s[i] == '\\')
                    i++;
                else if (s[i] == '(')
                    nest++;
                else if (s[i] == ')' && --nest == 0)
                    break;
            }
            i++;
        } else if (ch == '<' && i + 1 < e && s[i + 1] == '<') {
            depth++;
            i += 2;
        } else if (ch == '>' && i + 1 < e && s[i + 1] == '>') {
            depth--;
            i += 2;
        } else if (ch == '<') {
            while (i < e && s[i] != '>')
                i++;
            i++;
        } else if (ch == '[') {
            depth++;
            i++;
        } else if (ch == ']') {
            depth--;
            i++;
        } else {
            i++; /* a name's slash, or the first character of a token */
            while (i < e && !is_delim(s[i]))
                i++;
        }
    } while (depth > 0 && i < e);
    return i;
}

/* Parses a decimal number at s[*i]; false when there is none. */
static bool number(const unsigned char *s, size_t *i, size_t e, size_t *v)
{
    size_t k = *i, n = 0;
    if (k >= e || s[k] < '0' || s[k] > '9')
        return false;
    while (k < e && s[k] >= '0' && s[k] <= '9')
        n = n * 10 + (size_t)(s[k++] - '0');
    *i = k;
    *v = n;
    return true;
}

/* The bytes after `key` in the trailer dictionary [a, e), up to the next
 * key, trimmed: "1 0 R".  NULL when absent. */
static const unsigned char *trailer_value(const unsigned char *s, size_t a, size_t e, const char *key,
                                          size_t *len)
{
    size_t k = strlen(key);
    for (size_t i = a; i + k < e; i++)
        if (s[i] == '/' && !memcmp(s + i + 1, key, k) && is_delim(s[i + 1 + k])) {
            size_t v = skip_ws(s, i + 1 + k, e), w = v;
            while (w < e && s[w] != '/' && s[w] != '>')
                w++;
            while (w > v && is_ws(s[w - 1]))
                w--;
            *len = w - v;
            return s + v;
        }
    return NULL;
}

static int cmp_off(const void *a, const void *b, const cobj *o)
{
    size_t x = o[*(const size_t *)a].off, y = o[*(const size_t *)b].off;
    return (x > y) - (x < y);
}

/* Object numbers by offset: an insertion sort (libharu writes them in
 * order, so it is a check more than a sort). */
static void sort_by_offset(size_t *idx, size_t n, const cobj *o)
{
    for (size_t i = 1; i < n; i++) {
        size_t v = idx[i], j = i;
        while (j > 0 && cmp_off(&idx[j - 1], &v, o) > 0) {
            idx[j] = idx[j - 1];
            j--;
        }
        idx[j] = v;
    }
}

/* A 128-bit hash of `n` bytes (two lanes of multiply and xor-shift,
 * eight bytes a step): a file identifier, not a checksum against
 * attack. */
static void id_hash(const unsigned char *p, size_t n, uint64_t h[2])
{
    uint64_t a = 0x9E3779B97F4A7C15ull ^ n, b = 0xC2B2AE3D27D4EB4Full;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        a = (a ^ w) * 0xFF51AFD7ED558CCDull;
        a ^= a >> 29;
        b = (b + w) * 0xC4CEB9FE1A85EC53ull;
        b ^= b >> 31;
    }
    uint64_t w = 0;
    memcpy(&w, p + i, n - i);
    a = (a ^ w) * 0xFF51AFD7ED558CCDull;
    b = (b + w + a) * 0xC4CEB9FE1A85EC53ull;
    a ^= a >> 33;
    b ^= b >> 33;
    h[0] = a;
    h[1] = b;
}

static void put_be(unsigned char *p, size_t v, int w)
{
    for (int k = w - 1; k >= 0; k--, v >>= 8)
        p[k] = (unsigned char)v;
}

static int width_of(size_t v)
{
    int w = 1;
    while (w < 8 && (v >> (8 * w)) != 0)
        w++;
    return w;
}

bulletin_status bl_pdf_compact(ctx *c, const unsigned char *s, size_t n, unsigned char **out,
                               size_t *outlen)
{
    bulletin_status st = BULLETIN_OK;
    cobj *o = NULL;
    size_t *idx = NULL;
    unsigned char *z = NULL, *rows = NULL;
    bl_buf b, hdr, body;
    bl_buf_init(&b, c->mem);
    bl_buf_init(&hdr, c->mem);
    bl_buf_init(&body, c->mem);
    *out = NULL;
    *outlen = 0;
#define BAD(what)                                                                                  \
    do {                                                                                           \
        st = bl_diag_set(c->diag, BULLETIN_ERR_PDF, bulletin_doc_path(c->doc), 0, 0,                \
                         "cannot rewrite the PDF: %s", what);                                      \
        goto cleanup;                                                                              \
    } while (0)
    if (n > UINT32_MAX)
        BAD("a file of 4 GB");
    /* startxref, the table, the trailer */
    size_t sx = n;
    for (size_t i = n >= 64 ? n - 64 : 0; i + 9 <= n; i++)
        if (!memcmp(s + i, "startxref", 9))
            sx = i;
    size_t xo = 0, i = skip_ws(s, sx + 9, n);
    if (sx == n || !number(s, &i, n, &xo) || xo + 4 > sx || memcmp(s + xo, "xref", 4))
        BAD("no cross-reference table");
    i = skip_ws(s, xo + 4, n);
    size_t first = 0, count = 0;
    if (!number(s, &i, n, &first) || (i = skip_ws(s, i, n), !number(s, &i, n, &count)) || first != 0
        || count < 2)
        BAD("an unexpected cross-reference table");
    while (i < n && s[i] != '\n')
        i++;
    i++;
    if (i + 20 * count > sx)
        BAD("a short cross-reference table");
    /* the structure tree's objects (tags.c) follow libharu's */
    /* ... then the outline's (info.c) */
    size_t ntx = c->ntagobj ? c->ntagobj - 1 : 0, nox = c->noutobj ? c->noutobj - 1 : 0;
    size_t nextra = ntx + nox, total = count + nextra;
    if (c->ntagobj && (c->tag_base != count || c->tag_root == 0 || c->tag_root >= count))
        BAD("the structure tree's objects are not where they were numbered");
    if (c->noutobj && (c->out_base != count + ntx || c->out_root == 0 || c->out_root >= count))
        BAD("the outline's objects are not where they were numbered");
    if (!(o = bl_calloc(c->mem, total, sizeof *o)) || !(idx = bl_calloc(c->mem, count, sizeof *idx))) {
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t nused = 0;
    for (size_t k = 0; k < count; k++) {
        const unsigned char *r = s + i + 20 * k;
        size_t off = 0, p = 0;
        if (!number(r, &p, 10, &off) || p != 10)
            BAD("a cross-reference entry");
        if (r[17] == 'n' && k > 0) {
            if (off >= xo)
                BAD("an object past the table");
            o[k].off = (uint32_t)off;
            o[k].used = true;
            idx[nused++] = k;
        }
    }
    size_t tr = i + 20 * count;
    if (tr + 7 > sx || memcmp(s + tr, "trailer", 7))
        BAD("no trailer");
    size_t rlen = 0, ilen = 0;
    const unsigned char *root = trailer_value(s, tr, sx, "Root", &rlen);
    const unsigned char *info = trailer_value(s, tr, sx, "Info", &ilen);
    if (!root)
        BAD("no /Root");
    /* each object's extent, value and kind */
    sort_by_offset(idx, nused, o);
    for (size_t k = 0; k < nused; k++) {
        cobj *x = &o[idx[k]];
        x->end = k + 1 < nused ? o[idx[k + 1]].off : (uint32_t)xo;
        size_t p = x->off, num = 0, gen = 0;
        if (!number(s, &p, x->end, &num) || num != idx[k] || (p = skip_ws(s, p, x->end),
                                                              !number(s, &p, x->end, &gen))
            || gen != 0 || (p = skip_ws(s, p, x->end), p + 3 > x->end) || memcmp(s + p, "obj", 3))
            BAD("an object header");
        x->body = (uint32_t)skip_ws(s, p + 3, x->end);
        size_t v = skip_obj(s, x->body, x->end), q = skip_ws(s, v, x->end);
        x->stream = q + 6 <= x->end && !memcmp(s + q, "stream", 6);
        if (!x->stream) {
            x->body_end = (uint32_t)v;
            if (q + 6 > x->end || memcmp(s + q, "endobj", 6))
                BAD("an object without endobj");
        }
    }
    /* the output: the header, the streams as they are */
    static const char head[] = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    if ((st = bl_buf_put(&b, head, sizeof head - 1)) != BULLETIN_OK)
        goto cleanup;
    for (size_t k = 1; k < count; k++)
        if (o[k].used && o[k].stream) {
            if (b.len > UINT32_MAX)
                BAD("a file of 4 GB");
            o[k].out = (uint32_t)b.len;
            if ((st = bl_buf_put(&b, (const char *)s + o[k].off, o[k].end - o[k].off)) != BULLETIN_OK)
                goto cleanup;
        }
    /* the object streams, numbered after the last object */
    size_t *stm_num = bl_calloc(c->mem, total / OBJSTM_MAX + 2, sizeof *stm_num);
    size_t *stm_off = bl_calloc(c->mem, total / OBJSTM_MAX + 2, sizeof *stm_off);
    if (!stm_num || !stm_off) {
        bl_free(c->mem, stm_num);
        bl_free(c->mem, stm_off);
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t k = count; k < total; k++)
        o[k].used = true;
    size_t next = total, nstm = 0;
    for (size_t k = 1; k < total && st == BULLETIN_OK;) {
        hdr.len = body.len = 0;
        size_t m = 0;
        for (; k < total && m < OBJSTM_MAX; k++) {
            if (!o[k].used || o[k].stream)
                continue;
            const char *v = (const char *)s + o[k].body;
            size_t vlen = o[k].body_end - o[k].body;
            if (c->ntagobj && (k == c->tag_root || (k >= count && k < count + ntx))) { /* tags.c's text */
                size_t t = k == c->tag_root ? 0 : k - count + 1;
                v = c->tagtext.data + c->tag_at[t];
                vlen = c->tag_at[t + 1] - c->tag_at[t];
            } else if (c->noutobj && (k == c->out_root || k >= count + ntx)) { /* info.c's */
                size_t t = k == c->out_root ? 0 : k - count - ntx + 1;
                v = c->outtext.data + c->out_at[t];
                vlen = c->out_at[t + 1] - c->out_at[t];
            }
            /* "%zu %zu " without the format (an object's call) */
            if ((st = bl_pdf_put_int(&hdr, (long long)k)) != BULLETIN_OK
                || (st = bl_buf_putc(&hdr, ' ')) != BULLETIN_OK
                || (st = bl_pdf_put_int(&hdr, (long long)body.len)) != BULLETIN_OK
                || (st = bl_buf_putc(&hdr, ' ')) != BULLETIN_OK
                || (st = bl_buf_put(&body, v, vlen)) != BULLETIN_OK
                || (st = bl_buf_put(&body, "\n", 1)) != BULLETIN_OK)
                break;
            o[k].stm = (uint32_t)next;
            o[k].index = (uint16_t)m++;
        }
        if (st != BULLETIN_OK || m == 0)
            break;
        size_t first_off = hdr.len;
        if ((st = bl_buf_put(&hdr, body.data, body.len)) != BULLETIN_OK)
            break;
        struct libdeflate_compressor *zc = c->zc;
        if (!zc && !(zc = c->zc = libdeflate_alloc_compressor(L.font_deflate))) {
            st = BULLETIN_ERR_NOMEM;
            break;
        }
        size_t cap = libdeflate_zlib_compress_bound(zc, hdr.len);
        bl_free(c->mem, z);
        if (!(z = bl_alloc(c->mem, cap))) {
            st = BULLETIN_ERR_NOMEM;
            break;
        }
        size_t zl = libdeflate_zlib_compress(zc, hdr.data, hdr.len, z, cap);
        stm_num[nstm] = next;
        stm_off[nstm++] = b.len;
        if (!zl
            || (st = bl_buf_printf(&b,
                                   "%zu 0 obj\n<</Type /ObjStm /N %zu /First %zu /Filter /FlateDecode "
                                   "/Length %zu>>\nstream\n",
                                   next, m, first_off, zl))
                   != BULLETIN_OK
            || (st = bl_buf_put(&b, (const char *)z, zl)) != BULLETIN_OK
            || (st = bl_buf_puts(&b, "\nendstream\nendobj\n")) != BULLETIN_OK) {
            if (st == BULLETIN_OK)
                st = BULLETIN_ERR_NOMEM;
            break;
        }
        next++;
    }
    if (st != BULLETIN_OK) {
        bl_free(c->mem, stm_num);
        bl_free(c->mem, stm_off);
        goto cleanup;
    }
    /* the file identifier: a hash of everything before the xref stream */
    uint64_t h[2];
    id_hash((const unsigned char *)b.data, b.len, h);
    char id[33];
    snprintf(id, sizeof id, "%016llX%016llX", (unsigned long long)h[0], (unsigned long long)h[1]);
    /* the cross-reference stream: type, offset or object stream, index */
    size_t xnum = next, size = next + 1, xoff = b.len;
    int w2 = width_of(xoff > next ? xoff : next), w3 = 2;
    int cols = 1 + w2 + w3;
    if (!(rows = bl_calloc(c->mem, size, (size_t)cols + 1))) {
        bl_free(c->mem, stm_num);
        bl_free(c->mem, stm_off);
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    unsigned char last[16] = {0};
    for (size_t k = 0; k < size; k++) {
        unsigned char row[16] = {0};
        if (k == 0) {
            put_be(row + 1 + w2, 65535, w3); /* free, generation 65535 */
        } else if (k < total && o[k].used && o[k].stream) {
            row[0] = 1;
            put_be(row + 1, o[k].out, w2);
        } else if (k < total && o[k].used) {
            row[0] = 2;
            put_be(row + 1, o[k].stm, w2);
            put_be(row + 1 + w2, o[k].index, w3);
        } else if (k >= total && k < xnum) {
            row[0] = 1;
            put_be(row + 1, stm_off[k - total], w2);
        } else if (k == xnum) {
            row[0] = 1;
            put_be(row + 1, xoff, w2);
        }
        /* PNG Up (predictor 12): each byte less the one above it */
        unsigned char *r = rows + k * ((size_t)cols + 1);
        r[0] = 2;
        for (int q = 0; q < cols; q++)
            r[1 + q] = (unsigned char)(row[q] - last[q]);
        memcpy(last, row, (size_t)cols);
    }
    bl_free(c->mem, stm_num);
    bl_free(c->mem, stm_off);
    size_t raw = size * ((size_t)cols + 1);
    size_t cap = libdeflate_zlib_compress_bound(c->zc, raw);
    bl_free(c->mem, z);
    if (!(z = bl_alloc(c->mem, cap))) {
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    size_t zl = libdeflate_zlib_compress(c->zc, rows, raw, z, cap);
    if (!zl) {
        st = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if ((st = bl_buf_printf(&b,
                            "%zu 0 obj\n<</Type /XRef /Size %zu /W [1 %d %d] /Root %.*s",
                            xnum, size, w2, w3, (int)rlen, (const char *)root))
            != BULLETIN_OK
        || (info && (st = bl_buf_printf(&b, " /Info %.*s", (int)ilen, (const char *)info))
                        != BULLETIN_OK)
        || (st = bl_buf_printf(&b,
                               " /ID [<%s><%s>] /Filter /FlateDecode /DecodeParms "
                               "<</Columns %d /Predictor 12>> /Length %zu>>\nstream\n",
                               id, id, cols, zl))
               != BULLETIN_OK
        || (st = bl_buf_put(&b, (const char *)z, zl)) != BULLETIN_OK
        || (st = bl_buf_printf(&b, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xoff))
               != BULLETIN_OK)
        goto cleanup;
    *outlen = b.len;
    *out = (unsigned char *)bl_buf_detach(&b);
    if (!*out)
        st = BULLETIN_ERR_NOMEM;
#undef BAD
cleanup:
    bl_free(c->mem, o);
    bl_free(c->mem, idx);
    bl_free(c->mem, z);
    bl_free(c->mem, rows);
    bl_buf_free(&b);
    bl_buf_free(&hdr);
    bl_buf_free(&body);
    return st;
}
