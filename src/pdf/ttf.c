/*
 * ttf.c - glyph copies appended to a TrueType program.  See ttf.h.
 *
 * A copy is a composite glyph of 16 bytes: numberOfContours -1, the base
 * glyph's bounding box, one component (ARGS_ARE_XY_VALUES, offset 0, 0;
 * not USE_MY_METRICS, so its advance is its own hmtx entry).  A copy of
 * an empty glyph (a space) is empty too: only its advance differs.  The
 * old glyf table stays as it is, the copies after it, so every old loca
 * offset holds.
 */
#include "ttf.h"

#include <string.h>

#include "bulletin_int.h"

static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void wr16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v >> 8);
    p[1] = (unsigned char)v;
}

static void wr32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24);
    p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);
    p[3] = (unsigned char)v;
}

static size_t pad4(size_t n) { return (n + 3) & ~(size_t)3; }

/* The checksum of a table: its big-endian words added, zero-padded. */
static uint32_t checksum(const unsigned char *p, size_t n)
{
    uint32_t sum = 0;
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        sum += rd32(p + i);
    if (i < n) {
        unsigned char last[4] = {0};
        memcpy(last, p + i, n - i);
        sum += rd32(last);
    }
    return sum;
}

bulletin_status bl_ttf_open(bl_ttf *t, const unsigned char *data, size_t len)
{
    memset(t, 0, sizeof *t);
    if (!data || len < 12)
        return BULLETIN_ERR_FONT;
    unsigned ntab = rd16(data + 4);
    if (12 + 16 * (size_t)ntab > len)
        return BULLETIN_ERR_FONT;
    static const char tags[6][5] = {"head", "maxp", "hhea", "hmtx", "loca", "glyf"};
    size_t *off[6] = {&t->head, &t->maxp, &t->hhea, &t->hmtx, &t->loca, &t->glyf};
    size_t *ln[6] = {&t->head_len, &t->maxp_len, &t->hhea_len, &t->hmtx_len, &t->loca_len,
                     &t->glyf_len};
    unsigned found = 0;
    for (unsigned i = 0; i < ntab; i++) {
        const unsigned char *r = data + 12 + 16 * (size_t)i;
        size_t o = rd32(r + 8), l = rd32(r + 12);
        if (o > len || l > len - o)
            return BULLETIN_ERR_FONT;
        for (int k = 0; k < 6; k++)
            if (!memcmp(r, tags[k], 4)) {
                *off[k] = o;
                *ln[k] = l;
                found |= 1u << k;
            }
    }
    if (found != 0x3F || t->head_len < 54 || t->maxp_len < 6 || t->hhea_len < 36)
        return BULLETIN_ERR_FONT;
    t->data = data;
    t->len = len;
    t->upem = rd16(data + t->head + 18);
    t->long_loca = rd16(data + t->head + 50) != 0;
    t->nglyphs = rd16(data + t->maxp + 4);
    t->nhmetrics = rd16(data + t->hhea + 34);
    if (t->upem < 16 || t->upem > 16384 || t->nglyphs == 0 || t->nhmetrics == 0
        || t->nhmetrics > t->nglyphs
        || t->hmtx_len < 4 * (size_t)t->nhmetrics + 2 * (size_t)(t->nglyphs - t->nhmetrics)
        || t->loca_len < ((size_t)t->nglyphs + 1) * (t->long_loca ? 4 : 2))
        return BULLETIN_ERR_FONT;
    return BULLETIN_OK;
}

unsigned bl_ttf_advance(const bl_ttf *t, unsigned gid)
{
    if (gid >= t->nglyphs)
        return 0;
    unsigned m = gid < t->nhmetrics ? gid : t->nhmetrics - 1;
    return rd16(t->data + t->hmtx + 4 * (size_t)m);
}

/* The left side bearing of glyph `gid` (< nglyphs), as stored. */
static unsigned lsb_of(const bl_ttf *t, unsigned gid)
{
    const unsigned char *h = t->data + t->hmtx;
    if (gid < t->nhmetrics)
        return rd16(h + 4 * (size_t)gid + 2);
    return rd16(h + 4 * (size_t)t->nhmetrics + 2 * (size_t)(gid - t->nhmetrics));
}

/* Where glyph `gid` lies in glyf: false when loca points outside it. */
static bool glyph_at(const bl_ttf *t, unsigned gid, size_t *off, size_t *len)
{
    const unsigned char *l = t->data + t->loca;
    size_t a = t->long_loca ? rd32(l + 4 * (size_t)gid) : 2 * (size_t)rd16(l + 2 * (size_t)gid);
    size_t b = t->long_loca ? rd32(l + 4 * (size_t)gid + 4)
                            : 2 * (size_t)rd16(l + 2 * (size_t)gid + 2);
    if (a > b || b > t->glyf_len)
        return false;
    *off = a;
    *len = b - a;
    return true;
}

bulletin_status bl_ttf_add_copies(const bl_ttf *t, const bl_ttf_copy *copies, size_t n,
                                  const bulletin_mem *mem, unsigned char **out, size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    size_t total = (size_t)t->nglyphs + n;
    if (total > 65535)
        return BULLETIN_ERR_USAGE;
    /* the new glyf: the old one, padded, then the copies */
    size_t gbase = pad4(t->glyf_len), glen = gbase;
    bool composite_base = false, simple_base = false;
    unsigned max_adv = rd16(t->data + t->hhea + 10);
    for (size_t k = 0; k < n; k++) {
        size_t o, l;
        if (copies[k].base >= t->nglyphs || !glyph_at(t, copies[k].base, &o, &l)
            || (l > 0 && l < 10))
            return BULLETIN_ERR_FONT;
        if (copies[k].blank)
            l = 0;
        if (l > 0) {
            glen += 16;
            if ((int16_t)rd16(t->data + t->glyf + o) < 0)
                composite_base = true;
            else
                simple_base = true;
        }
        if (copies[k].advance > max_adv)
            max_adv = copies[k].advance;
    }
    bool long_loca = t->long_loca || glen > 0x1FFFE;
    size_t llen = (total + 1) * (long_loca ? 4 : 2), hlen = 4 * total;

    /* the table directory: the same tables in the same order */
    const unsigned char *d = t->data;
    unsigned ntab = rd16(d + 4);
    size_t size = 12 + 16 * (size_t)ntab;
    for (unsigned i = 0; i < ntab; i++) {
        const unsigned char *r = d + 12 + 16 * (size_t)i;
        size_t o = rd32(r + 8), l = rd32(r + 12);
        if (o == t->glyf)
            l = glen;
        else if (o == t->loca)
            l = llen;
        else if (o == t->hmtx)
            l = hlen;
        size += pad4(l);
    }
    unsigned char *p = bl_calloc(mem, size, 1);
    if (!p)
        return BULLETIN_ERR_NOMEM;
    memcpy(p, d, 12);
    size_t at = 12 + 16 * (size_t)ntab, head_at = 0;
    for (unsigned i = 0; i < ntab; i++) {
        const unsigned char *r = d + 12 + 16 * (size_t)i;
        unsigned char *w = p + 12 + 16 * (size_t)i;
        size_t o = rd32(r + 8), l = rd32(r + 12);
        unsigned char *q = p + at;
        if (o == t->glyf) {
            memcpy(q, d + o, l);
            unsigned char *c = q + gbase;
            for (size_t k = 0; k < n; k++) {
                size_t go, gl;
                glyph_at(t, copies[k].base, &go, &gl);
                if (gl == 0 || copies[k].blank)
                    continue;
                wr16(c, 0xFFFF);                  /* numberOfContours -1: a composite */
                memcpy(c + 2, d + o + go + 2, 8); /* the base's bounding box */
                wr16(c + 10, 0x0002);             /* ARGS_ARE_XY_VALUES, byte args */
                wr16(c + 12, copies[k].base);
                c[14] = c[15] = 0;                /* at (0, 0) */
                c += 16;
            }
            l = glen;
        } else if (o == t->loca) {
            size_t go = 0, gl = 0, next = gbase;
            for (size_t g = 0; g <= total; g++) {
                size_t v;
                if (g < t->nglyphs) {
                    glyph_at(t, (unsigned)g, &go, &gl);
                    v = go;
                } else if (g == t->nglyphs) {
                    v = gbase;
                } else {
                    const bl_ttf_copy *cp = &copies[g - 1 - t->nglyphs];
                    glyph_at(t, cp->base, &go, &gl);
                    next += gl && !cp->blank ? 16 : 0;
                    v = next;
                }
                if (long_loca)
                    wr32(q + 4 * g, (uint32_t)v);
                else
                    wr16(q + 2 * g, (unsigned)(v / 2));
            }
            l = llen;
        } else if (o == t->hmtx) {
            for (size_t g = 0; g < total; g++) {
                bool old = g < t->nglyphs;
                unsigned base = old ? (unsigned)g : copies[g - t->nglyphs].base;
                wr16(q + 4 * g, old ? bl_ttf_advance(t, base) : copies[g - t->nglyphs].advance);
                wr16(q + 4 * g + 2, lsb_of(t, base));
            }
            l = hlen;
        } else {
            memcpy(q, d + o, l);
            if (o == t->maxp) {
                wr16(q + 4, (unsigned)total);
                if (l >= 32 && rd32(q) == 0x00010000 && n) {
                    if (simple_base) { /* the copies have their base's points */
                        if (rd16(q + 10) < rd16(q + 6))
                            wr16(q + 10, rd16(q + 6));
                        if (rd16(q + 12) < rd16(q + 8))
                            wr16(q + 12, rd16(q + 8));
                    }
                    if (rd16(q + 28) < 1)
                        wr16(q + 28, 1);
                    unsigned depth = rd16(q + 30);
                    if (composite_base)
                        depth = depth + 1 > 2 ? depth + 1 : 2;
                    else if (depth < 1)
                        depth = 1;
                    wr16(q + 30, depth);
                }
            } else if (o == t->hhea) {
                wr16(q + 10, max_adv);
                wr16(q + 34, (unsigned)total);
            } else if (o == t->head) {
                wr32(q + 8, 0); /* checkSumAdjustment, set below */
                wr16(q + 50, long_loca ? 1 : 0);
                head_at = at;
            }
        }
        memcpy(w, r, 4);
        wr32(w + 4, checksum(q, l));
        wr32(w + 8, (uint32_t)at);
        wr32(w + 12, (uint32_t)l);
        at += pad4(l);
    }
    wr32(p + head_at + 8, 0xB1B0AFBAu - checksum(p, size));
    *out = p;
    *outlen = size;
    return BULLETIN_OK;
}
