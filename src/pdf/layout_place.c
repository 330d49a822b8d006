/*
 * layout_place.c - the line-layout engine's work space (one allocation,
 * reused across calls) and the placing of one chosen line: the blank of
 * paired and line-final marks removed, the line justified (word spaces,
 * then CJK-Latin gaps, then every gap) or compressed (clreq priority:
 * spaces, brackets, ，、；：, CJK-Latin gaps, 。？！), and every glyph's
 * position.
 */
#include <math.h>
#include <string.h>

#include "bulletin_int.h"
#include "layout.h"
#include "layout_int.h"

/* ------------------------------------------------------------------------
 * Memory
 * ---------------------------------------------------------------------- */

/* The per-character work space, in two allocations: what the breakers
 * and the placing of the lines read (character classes, the chain of
 * breaks, the line ends: about 53 bytes a character), and the sums only
 * the breakers read (prefix sums, demerits, their upper bounds: 72
 * bytes), which bl_lay_free_sums drops before a long text's lines are
 * placed.  The active nodes and the placement of a line have scratch of
 * their own (bl_lay_reserve_nodes, line_scratch), as large as a line
 * needs, not the text. */
static bulletin_status take(const bulletin_mem *mem, void **buf, size_t *cap, size_t need)
{
    if (*cap >= need)
        return BULLETIN_OK;
    /* scratch: nothing in it survives a call, so free and allocate
     * rather than realloc, which would copy the old contents */
    bl_free(mem, *buf);
    *cap = 0;
    *buf = bl_realloc_array(mem, NULL, need, 1);
    if (!*buf)
        return BULLETIN_ERR_NOMEM;
    *cap = need;
    return BULLETIN_OK;
}

static bulletin_status reserve_work(bl_layout *out, size_t n, lctx *L)
{
    size_t m = n + 1;
    if (n >= UINT32_MAX || n > SIZE_MAX / 256)
        return BULLETIN_ERR_NOMEM;
    size_t need = m * (sizeof(cinfo) + sizeof(bool) + 3 * sizeof(uint32_t)) + 5 * 8;
    size_t need_sums = m * (sizeof(psum) + 2 * sizeof(double)) + 3 * 8;
    bulletin_status st = take(out->mem, &out->work, &out->cap_work, need);
    if (st == BULLETIN_OK)
        st = take(out->mem, &out->sums, &out->cap_sums, need_sums);
    if (st != BULLETIN_OK)
        return st;
    unsigned char *base, *b;
#define TAKE(ptr, type)                                                        \
    do {                                                                       \
        size_t off_ = (size_t)(b - base);                                      \
        off_ = (off_ + 7) & ~(size_t)7;                                        \
        b = base + off_;                                                       \
        (ptr) = (type *)(void *)b;                                             \
        b += m * sizeof(type);                                                 \
    } while (0)
    base = b = out->work;
    TAKE(L->ci, cinfo);
    TAKE(L->prev, uint32_t);
    TAKE(L->lstart, uint32_t);
    TAKE(L->lend, uint32_t);
    TAKE(L->brkv, bool);
    base = b = out->sums;
    TAKE(L->ps, psum);
    TAKE(L->dem, double);
    TAKE(L->pmax, double);
#undef TAKE
    return BULLETIN_OK;
}

void bl_lay_free_sums(lctx *L, size_t keep)
{
    bl_layout *out = L->out;
    if (out->cap_sums <= keep)
        return;
    bl_free(out->mem, out->sums);
    out->sums = NULL;
    out->cap_sums = 0;
    L->ps = NULL;
    L->dem = NULL;
    L->pmax = NULL;
}

bulletin_status bl_lay_reserve_nodes(bl_layout *out, size_t need)
{
    if (out->cap_nodes >= need)
        return BULLETIN_OK;
    size_t cap = out->cap_nodes ? out->cap_nodes : 64;
    while (cap < need)
        cap *= 2;
    void *a = bl_realloc_array(out->mem, out->nodes, cap, sizeof(anode) + sizeof(dqent));
    if (!a)
        return BULLETIN_ERR_NOMEM;
    out->nodes = a;
    out->cap_nodes = cap;
    return BULLETIN_OK;
}

/* tl, tr, extra for a line of `len` characters. */
static bulletin_status line_scratch(lctx *L, size_t len)
{
    bl_layout *out = L->out;
    if (out->cap_line_work < len) {
        size_t cap = out->cap_line_work ? out->cap_line_work : 64;
        while (cap < len)
            cap *= 2;
        bl_free(out->mem, out->line_work);
        out->cap_line_work = 0;
        out->line_work = bl_realloc_array(out->mem, NULL, cap, 3 * sizeof(double));
        if (!out->line_work)
            return BULLETIN_ERR_NOMEM;
        out->cap_line_work = cap;
    }
    L->tl = out->line_work;
    L->tr = L->tl + out->cap_line_work;
    L->extra = L->tr + out->cap_line_work;
    return BULLETIN_OK;
}

size_t bl_lay_chain_forward(lctx *L)
{
    size_t k = L->n, after = L->n;
    while (k > 0) {
        size_t before = L->prev[k];
        L->prev[k] = (uint32_t)after;
        after = k;
        k = before;
    }
    return after;
}

static bulletin_status push_line(bl_layout *out, bl_lay_line **line)
{
    if (out->nlines == out->cap_lines) {
        size_t cap = out->cap_lines ? out->cap_lines * 2 : 16;
        bl_lay_line *l = bl_realloc_array(out->mem, out->lines, cap, sizeof *l);
        if (!l)
            return BULLETIN_ERR_NOMEM;
        out->lines = l;
        out->cap_lines = cap;
    }
    *line = &out->lines[out->nlines++];
    memset(*line, 0, sizeof **line);
    return BULLETIN_OK;
}

static bulletin_status reserve_glyphs(bl_layout *out, size_t n)
{
    if (out->cap_glyphs >= n)
        return BULLETIN_OK;
    size_t cap = out->cap_glyphs ? out->cap_glyphs : 64;
    while (cap < n)
        cap *= 2;
    bl_lay_glyph *g = bl_realloc_array(out->mem, out->glyphs, cap, sizeof *g);
    if (!g)
        return BULLETIN_ERR_NOMEM;
    out->glyphs = g;
    out->cap_glyphs = cap;
    return BULLETIN_OK;
}

void bl_layout_free(bl_layout *lay)
{
    if (!lay || !lay->mem)
        return;
    bl_free(lay->mem, lay->glyphs);
    bl_free(lay->mem, lay->lines);
    bl_free(lay->mem, lay->work);
    bl_free(lay->mem, lay->sums);
    bl_free(lay->mem, lay->nodes);
    bl_free(lay->mem, lay->line_work);
    memset(lay, 0, sizeof *lay);
}

void bl_layout_trim(bl_layout *lay, bool output, size_t keep)
{
    if (!lay || !lay->mem)
        return;
    size_t held = lay->cap_work + lay->cap_sums + lay->cap_nodes * (sizeof(anode) + sizeof(dqent))
                  + lay->cap_line_work * 3 * sizeof(double);
    if (output)
        held += lay->cap_glyphs * sizeof *lay->glyphs + lay->cap_lines * sizeof *lay->lines;
    if (held <= keep)
        return;
    bl_free(lay->mem, lay->work);
    bl_free(lay->mem, lay->sums);
    bl_free(lay->mem, lay->nodes);
    bl_free(lay->mem, lay->line_work);
    lay->work = lay->sums = lay->nodes = NULL;
    lay->line_work = NULL;
    lay->cap_work = lay->cap_sums = lay->cap_nodes = lay->cap_line_work = 0;
    if (output) {
        bl_free(lay->mem, lay->glyphs);
        bl_free(lay->mem, lay->lines);
        lay->glyphs = NULL;
        lay->lines = NULL;
        lay->nglyphs = lay->cap_glyphs = lay->nlines = lay->cap_lines = 0;
    }
}

/* Resets `out`, sizes the work space and analyses the characters (when
 * there are any): the common start of every layout entry point. */
bulletin_status bl_lay_begin(bl_layout *out, const bulletin_mem *mem, const bl_lay_params *p,
                             const bl_lay_char *chars, size_t n, double indent, int words,
                             lctx *L)
{
    if (!out || !p || !(p->measure > 0) || !(p->em > 0))
        return BULLETIN_ERR_USAGE;
    if (!mem)
        mem = out->mem ? out->mem : bulletin_default_mem();
    if (out->mem && out->mem != mem)
        bl_layout_free(out);
    out->mem = mem;
    out->nglyphs = out->nlines = 0;
    out->demerits = 0;
    /* widths past BL_LAY_MAX_WIDTH (or infinite): refused, before any sum
     * of them overflows (a NaN compares false: let through as before) */
    if (p->measure > BL_LAY_MAX_WIDTH || p->em > BL_LAY_MAX_WIDTH
        || fabs(indent) > BL_LAY_MAX_WIDTH)
        return BULLETIN_ERR_USAGE;
    for (size_t i = 0; i < n; i++)
        if (fabs(chars[i].adv) > BL_LAY_MAX_WIDTH || fabs(chars[i].shift) > BL_LAY_MAX_WIDTH
            || fabs(chars[i].size) > BL_LAY_MAX_WIDTH)
            return BULLETIN_ERR_USAGE;
    memset(L, 0, sizeof *L);
    L->n = n;
    L->p = p;
    L->out = out;
    bulletin_status st = reserve_work(out, n, L);
    if (st == BULLETIN_OK)
        st = reserve_glyphs(out, n ? n : 1);
    if (st != BULLETIN_OK || n == 0)
        return st;
    L->c = chars;
    L->indent = indent;
    L->words = words;
    bl_lay_analyse(L);
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Placement of one line
 * ---------------------------------------------------------------------- */

static void apply_comp(const cinfo *x, double amount, double *tl, double *tr)
{
    if (x->mode == TRIM_LEFT)
        *tl += amount;
    else if (x->mode == TRIM_CENTRE) {
        *tl += amount / 2;
        *tr += amount / 2;
    } else
        *tr += amount;
}

/* Places chars s..e-1 (e > s) starting at x0; `justify` fills p->measure. */
bulletin_status bl_lay_place_line(lctx *L, bl_layout *out, size_t s, size_t e, double x0,
                                  bool first, bool justify, bool last)
{
    const bl_lay_params *p = L->p;
    const bl_lay_char *c = L->c;
    bl_lay_line *line;
    bulletin_status st = push_line(out, &line);
    if (st == BULLETIN_OK)
        st = line_scratch(L, e - s);
    if (st != BULLETIN_OK)
        return st;
    double latin = p->latin_gap * p->em;
    size_t lastc = e - 1;
    for (size_t i = s; i < e; i++) {
        const cinfo *x = &L->ci[i];
        L->tl[i - s] = L->tr[i - s] = L->extra[i - s] = 0;
        if (x->fixed) {
            L->tl[i - s] = L->tr[i - s] = HALF / 2 * x->em;
        }
    }
    for (size_t i = s; i < lastc; i++) {
        const cinfo *x = &L->ci[i];
        if (x->pair == PAIR_A)
            apply_comp(x, HALF * x->em, &L->tl[i - s], &L->tr[i - s]);
        else if (x->pair == PAIR_B)
            L->tl[i + 1 - s] += HALF * L->ci[i + 1].em;
        if (x->gap == GAP_LATIN)
            L->extra[i - s] = latin;
    }
    double et = endtrim_of(L, s, lastc);
    if (et > 0) {
        /* at the line end the blank goes on the right, always (GB/T 15834
         * 5.1.10: the mark takes the left half of the em) */
        L->tr[lastc - s] += et;
    }
    double natural = first ? L->indent : 0;
    for (size_t i = s; i < e; i++)
        natural += c[i].adv - L->tl[i - s] - L->tr[i - s] + (i < lastc ? L->extra[i - s] : 0);
    double need = p->measure - natural;
    double glue = 0, capacity = 0;
    if (need > EPS && justify && !last) {
        double rem = need;
        size_t nsp = 0, nlat = 0, ncjk = 0, nword = 0;
        for (size_t i = s; i < lastc; i++) {
            nsp += L->ci[i].space;
            nlat += L->ci[i].gap == GAP_LATIN;
            ncjk += L->ci[i].gap == GAP_CJK;
            nword += L->ci[i].gap == GAP_WORD;
        }
        /* 1: word spaces, up to 1/2 em */
        for (size_t i = s; i < lastc && rem > EPS; i++)
            if (L->ci[i].space) {
                double cap = fmax(0, SPACE_MAX * L->ci[i].em - L->ci[i].adv);
                double take = fmin(cap, need / (double)nsp);
                L->tr[i - s] -= take;
                rem -= take;
            }
        /* 2: CJK-Latin gaps, up to 1/2 em, equally */
        if (nlat && rem > EPS) {
            double each = fmin(rem / (double)nlat, (LATIN_GAP_MAX - p->latin_gap) * p->em);
            for (size_t i = s; i < lastc; i++)
                if (L->ci[i].gap == GAP_LATIN)
                    L->extra[i - s] += each;
            rem -= each * (double)nlat;
        }
        /* 3: every other inter-character gap, equally, a word space up to
         * word_space_cap; what those cannot take goes to the gaps between
         * CJK characters, or, when there are none, is left: a ragged line */
        if ((ncjk || nword) && rem > EPS) {
            double each = rem / (double)(ncjk + nword);
            for (size_t i = s; i < lastc; i++)
                if (L->ci[i].gap == GAP_WORD) {
                    double take = fmin(each, word_space_cap(&L->ci[i]));
                    L->extra[i - s] += take;
                    rem -= take;
                }
            if (ncjk && rem > EPS) {
                each = rem / (double)ncjk;
                for (size_t i = s; i < lastc; i++)
                    if (L->ci[i].gap == GAP_CJK)
                        L->extra[i - s] += each;
                rem = 0;
            }
        }
        glue = need - rem;
        line->ragged = rem > 0.01;
        capacity = (double)nlat * (LATIN_GAP_MAX - p->latin_gap) * p->em
                   + (double)(ncjk + nword) * CJK_STRETCH * p->em;
    } else if (need < -EPS) {
        /* compression, clreq priority: spaces, brackets, ，、；：,
         * CJK-Latin gaps, 。？！ */
        double rem = -need;
        for (int pass = 0; pass < 5 && rem > EPS; pass++) {
            double cap = 0;
            for (size_t i = s; i < e; i++) {
                const cinfo *x = &L->ci[i];
                if (pass == 0 && x->space && i < lastc)
                    cap += fmax(0, x->adv - SPACE_MIN * x->em);
                else if (pass == 3 && x->gap == GAP_LATIN && i < lastc)
                    cap += fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em;
                else if ((pass == 1 || pass == 2 || pass == 4) && x->comp > 0 && i != lastc
                         && !(i == s && starts_trimmable(x))) {
                    int grp = (x->cls == CLS_OPEN || x->cls == CLS_CLOSE) ? 1
                              : x->cls == CLS_STOP ? 2 : 4;
                    if (grp == pass)
                        cap += x->comp;
                }
            }
            if (cap <= EPS)
                continue;
            double frac = fmin(1.0, rem / cap);
            for (size_t i = s; i < e; i++) {
                const cinfo *x = &L->ci[i];
                if (pass == 0 && x->space && i < lastc)
                    L->tr[i - s] += frac * fmax(0, x->adv - SPACE_MIN * x->em);
                else if (pass == 3 && x->gap == GAP_LATIN && i < lastc)
                    L->extra[i - s] -= frac * fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em;
                else if ((pass == 1 || pass == 2 || pass == 4) && x->comp > 0 && i != lastc
                         && !(i == s && starts_trimmable(x))) {
                    int grp = (x->cls == CLS_OPEN || x->cls == CLS_CLOSE) ? 1
                              : x->cls == CLS_STOP ? 2 : 4;
                    if (grp == pass)
                        apply_comp(x, frac * x->comp, &L->tl[i - s], &L->tr[i - s]);
                }
            }
            capacity += cap;
            rem -= frac * cap;
        }
        glue = need + rem;
        line->overfull = rem > 0.01;
    }
    /* Positions. */
    size_t g0 = out->nglyphs;
    double pen = x0 + (first ? L->indent : 0);
    for (size_t i = s; i < e; i++) {
        bl_lay_glyph *g = &out->glyphs[out->nglyphs++];
        g->cp = c[i].cp;
        g->font = c[i].font;
        g->size = c[i].size;
        g->src = c[i].src;
        g->x = pen - L->tl[i - s] + c[i].shift;
        g->adv = c[i].adv - L->tl[i - s] - L->tr[i - s];
        pen += g->adv;
        if (i < lastc)
            pen += L->extra[i - s];
    }
    line->first = g0;
    line->count = e - s;
    line->start = s;
    line->natural = natural;
    line->width = pen - x0;
    line->glue = glue;
    line->ratio = capacity > EPS ? glue / capacity : 0;
    line->last = last;
    return BULLETIN_OK;
}

