/*
 * html.c - a text pasted from a page's source or a CMS export, its body
 * written as HTML (<p>…</p><p style="text-align: right;"> 山西省人民政府
 * </p><p><br/></p><p><strong>一、指导思想</strong></p>): the tags are
 * markup, not text.  A block tag (<p>, </p>, <br/>, <div>, <li>, <h1>…)
 * ends a line; the inline tags (<strong>, <span …>, <b>) and spaces
 * around a line's words are left out of it.  Each line is a byte range of
 * the input, so columns in messages still point into the original text.
 */
#include <string.h>

#include "parse_int.h"

static bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* A tag at s[i] (<p>, </p>, <br/>, <p style="…">, <strong>): its length
 * in bytes, whether it is a block tag; 0 when none. */
static size_t tag_at(const unsigned char *s, size_t n, size_t i, bool *block)
{
    if (i >= n || s[i] != '<')
        return 0;
    size_t j = i + 1;
    if (j < n && s[j] == '/')
        j++;
    size_t name = j;
    while (j < n && j - name < 12 && (ascii_alpha(s[j]) || (j > name && s[j] >= '1' && s[j] <= '6')))
        j++;
    if (j == name || j >= n || !(s[j] == '>' || s[j] == ' ' || s[j] == '/'))
        return 0;
    size_t len = j - name;
    static const char *const blocks[] = {"p", "br", "div", "li", "ul", "ol", "tr", "table", "h1", "h2",
                                         "h3", "h4", "h5", "h6", "section", "article"};
    *block = false;
    for (size_t k = 0; k < sizeof blocks / sizeof *blocks; k++) {
        size_t bl = strlen(blocks[k]);
        if (bl != len)
            continue;
        size_t m = 0;
        while (m < bl && (s[name + m] | 0x20) == (unsigned char)blocks[k][m])
            m++;
        if (m == bl)
            *block = true;
    }
    while (j < n && j - i < 300 && s[j] != '>' && s[j] != '<' && s[j] != '\n')
        j++;
    return j < n && s[j] == '>' ? j + 1 - i : 0;
}

/* Whether the text is HTML: two block tags at least (<p>, </p>, <br/>). */
static bool is_html(const unsigned char *s, size_t n)
{
    size_t blocks = 0;
    for (const unsigned char *q = memchr(s, '<', n); q && blocks < 2;
         q = memchr(q + 1, '<', n - (size_t)(q + 1 - s))) {
        bool block;
        size_t t = tag_at(s, n, (size_t)(q - s), &block);
        blocks += t && block;
        if ((size_t)(q + 1 - s) >= n)
            break;
    }
    return blocks >= 2;
}

/* Spaces and inline tags at s[i, e): how many bytes from the front. */
static size_t skip_front(const unsigned char *s, size_t i, size_t e)
{
    size_t k = i;
    for (;;) {
        bool block;
        size_t t;
        if (k < e && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        else if (k + 3 <= e && s[k] == 0xE3 && s[k + 1] == 0x80 && s[k + 2] == 0x80) /* U+3000 */
            k += 3;
        else if (k + 6 <= e && memcmp(s + k, "&nbsp;", 6) == 0)
            k += 6;
        else if ((t = tag_at(s, e, k, &block)) != 0)
            k += t;
        else
            return k - i;
    }
}

/* The same at the end: how many bytes before e. */
static size_t skip_back(const unsigned char *s, size_t i, size_t e)
{
    size_t k = e;
    for (;;) {
        if (k > i && (s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\r')) {
            k--;
            continue;
        }
        if (k >= i + 3 && s[k - 3] == 0xE3 && s[k - 2] == 0x80 && s[k - 1] == 0x80) {
            k -= 3;
            continue;
        }
        if (k >= i + 6 && memcmp(s + k - 6, "&nbsp;", 6) == 0) {
            k -= 6;
            continue;
        }
        /* a tag ending at k: its '<' the last one before */
        if (k > i && s[k - 1] == '>') {
            size_t o = k - 1;
            while (o > i && s[o] != '<' && k - o < 300)
                o--;
            bool block;
            if (s[o] == '<' && tag_at(s, k, o, &block) == k - o) {
                k = o;
                continue;
            }
        }
        return e - k;
    }
}

static int cps(const unsigned char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        c += (s[i] & 0xC0) != 0x80;
    return c;
}

bulletin_status bl_p_split_html(parser *p)
{
    const unsigned char *src = p->src;
    if (!p->nlines || !is_html(src, p->src_len))
        return BULLETIN_OK;
    size_t nl = p->nlines;
    bl_line *old = bl_calloc(p->mem, nl, sizeof *old);
    if (!old)
        return BULLETIN_ERR_NOMEM;
    memcpy(old, p->lines, nl * sizeof *old);
    p->nlines = 0;
    for (size_t li = 0; li < nl; li++) {
        const bl_line o = old[li];
        const unsigned char *s = src + o.off;
        if (!memchr(s, '<', o.len)) {
            bl_line *l = bl_p_push_line(p);
            if (!l) {
                bl_free(p->mem, old);
                return BULLETIN_ERR_NOMEM;
            }
            *l = o;
            continue;
        }
        /* the line's pieces between block tags, a blank line between
         * two (each <p> is a paragraph of its own) */
        bool pushed = false;
        for (size_t i = 0, from = 0; i <= o.len;) {
            bool block = false;
            size_t t = i < o.len ? tag_at(s, o.len, i, &block) : 0;
            if (i < o.len && !(t && block)) {
                i += t ? t : 1;
                continue;
            }
            size_t a = from + skip_front(s, from, i);
            size_t b = a < i ? i - skip_back(s, a, i) : a;
            if (b > a) {
                bl_line *l = pushed ? bl_p_push_line(p) : NULL;
                if (pushed && !l) {
                    bl_free(p->mem, old);
                    return BULLETIN_ERR_NOMEM;
                }
                if (l) {
                    *l = o;
                    l->off = o.off + a;
                    l->len = 0;
                    l->col0 = o.col0 + cps(s, a);
                }
                l = bl_p_push_line(p);
                if (!l) {
                    bl_free(p->mem, old);
                    return BULLETIN_ERR_NOMEM;
                }
                *l = o;
                l->off = o.off + a;
                l->len = b - a;
                l->col0 = o.col0 + cps(s, a);
                pushed = true;
            }
            if (i >= o.len)
                break;
            i += t;
            from = i;
        }
        if (!pushed) { /* only markup: a blank line */
            bl_line *l = bl_p_push_line(p);
            if (!l) {
                bl_free(p->mem, old);
                return BULLETIN_ERR_NOMEM;
            }
            *l = o;
            l->len = 0;
        }
    }
    bl_free(p->mem, old);
    return BULLETIN_OK;
}
