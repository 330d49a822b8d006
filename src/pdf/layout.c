/*
 * layout.c - the line breakers of the CJK layout engine (layout.h) and
 * its entry points: total-fit line breaking of a paragraph (Knuth-Plass
 * over every break opportunity, with demerits for loose, compressed and
 * overfull lines and for a last line of fewer than two Han: no 孤字),
 * first fit for comparison, one unbroken line, and titles wrapped into
 * balanced lines (docs/TYPESETTING.md §1, §3).  Pure C; widths come with the
 * characters.  What the characters are is layout_chars.c; how a chosen
 * line is placed, layout_place.c.
 */
#include <math.h>
#include <string.h>
#include <uchar.h>

#include "bulletin_int.h"
#include "layout.h"
#include "layout_int.h"

/* ------------------------------------------------------------------------
 * Line measurement
 * ---------------------------------------------------------------------- */

typedef struct {
    double natural, stretch, shrink;
    double most;  /* the widest a line that is not elastic may stretch */
    bool elastic; /* has inter-character gaps: stretch without limit */
} linefit;


/* Chars s .. e-1 on one line (e > s). */
static void line_fit(const lctx *L, size_t s, size_t e, linefit *f)
{
    const bl_lay_params *p = L->p;
    size_t last = e - 1;
    const psum *ps = L->ps;
    f->natural = (s == 0 ? L->indent : 0) + ps[e].pw - ps[s].pw + ps[last].pg - ps[s].pg
                 - endtrim_of(L, s, last);
    size_t ncjk = ps[last].pcjk - ps[s].pcjk, nlat = ps[last].plat - ps[s].plat;
    f->elastic = ncjk > ps[last].pword - ps[s].pword; /* not word spaces only */
    f->stretch = (double)nlat * (LATIN_GAP_MAX - p->latin_gap) * p->em
                 + (double)ncjk * CJK_STRETCH * p->em + ps[e].psst - ps[s].psst;
    f->most = (double)nlat * (LATIN_GAP_MAX - p->latin_gap) * p->em + ps[e].psst - ps[s].psst
              + ps[last].pswc - ps[s].pswc;
    double comp = ps[e].pcomp - ps[s].pcomp - L->ci[last].comp;
    if (last != s && starts_trimmable(&L->ci[s]))
        comp -= L->ci[s].comp;
    f->shrink = comp + (double)nlat * fmax(0, p->latin_gap - LATIN_GAP_MIN) * p->em
                + ps[e].pssh - ps[s].pssh;
}

/* Line end before break position k: trailing spaces dropped. */
static size_t line_end(const lctx *L, size_t s, size_t k)
{
    size_t e = L->lend[k];
    return e > s ? e : (k > s ? s : k);
}

/* Where the line after a break at k starts: leading spaces skipped. */
static size_t line_start(const lctx *L, size_t k)
{
    return k < L->n ? L->lstart[k] : k;
}

/* The badness of a line too short to justify (too few gaps to stretch,
 * or only word spaces, which stretch so far: SPACE_STRETCH_LIMIT): a
 * ragged line, the worse the more it falls short, so that of two ragged
 * layouts the one nearer the measure wins (not a lone word). */
static inline double unjustifiable(const lctx *L, double need, double most)
{
    return UNJUSTIFIABLE * (1.0 + (need - most) / L->p->em);
}

static double badness(const lctx *L, const linefit *f, bool last, double *ratio)
{
    double need = L->p->measure - f->natural;
    *ratio = 0;
    if (need >= -EPS) {
        if (last || need <= EPS)
            return 0;
        if (f->stretch <= EPS || (!f->elastic && need > f->most + EPS))
            return unjustifiable(L, need, f->stretch <= EPS ? 0 : f->most);
        *ratio = need / f->stretch;
        return fmin(BADNESS_MAX, 100.0 * *ratio * *ratio * *ratio);
    }
    if (f->shrink <= EPS)
        return -1; /* overfull */
    *ratio = need / f->shrink;
    if (*ratio < -1 - EPS)
        return -1;
    return SHRINK_WEIGHT * 100.0 * -*ratio * *ratio * *ratio;
}

/* ------------------------------------------------------------------------
 * Total fit
 * ---------------------------------------------------------------------- */

/* The fewest Han of a last line (no 孤字: 2). */
static inline size_t last_min(const lctx *L)
{
    return L->p->last_min > 2 ? (size_t)L->p->last_min : 2;
}

static bool is_candidate(const lctx *L, size_t k)
{
    return k == L->n || (k > 0 && L->ci[k].brk);
}

/* Demerits of the line from break j (its start after spaces) to break k;
 * < 0 when the line is overfull. */
static double line_demerits(const lctx *L, size_t j, size_t k)
{
    size_t s = j == 0 ? 0 : line_start(L, j);
    size_t e = line_end(L, s, k);
    if (e <= s)
        return -1;
    linefit f;
    line_fit(L, s, e, &f);
    bool last = k == L->n;
    double r;
    double b = badness(L, &f, last, &r);
    if (b < 0)
        return -1;
    double d = (LINE_PENALTY + b) * (LINE_PENALTY + b);
    if (last && j > 0) {
        size_t han = L->ps[e].phan - L->ps[s].phan, least = last_min(L);
        if (han < least && L->ps[L->n].phan >= least)
            d += ORPHAN_DEMERITS; /* 孤字 */
    }
    return d;
}

/* The largest break position p in (j, k) whose line from j is not
 * overfull, at any position (emergency); j + 1 at least. */
static size_t emergency_break(const lctx *L, size_t j, size_t k)
{
    size_t s = j == 0 ? 0 : line_start(L, j);
    size_t best = s + 1, best_soft = 0;
    for (size_t q = s + 1; q < k; q++) {
        linefit f;
        size_t e = line_end(L, s, q);
        if (e <= s)
            continue;
        line_fit(L, s, e, &f);
        if (f.natural - f.shrink > L->p->measure + EPS)
            break;
        best = q;
        /* rather split a word or a number than start a line with a mark */
        if (!bl_lay_no_line_start(L->c[q].cp) && !bl_lay_no_line_end(L->c[q - 1].cp))
            best_soft = q;
    }
    return best_soft ? best_soft : best;
}

/* The end side of every line that ends at break k, the same for all the
 * active nodes a line may start from: looked up once per break instead of
 * once per (node, break) pair. */
typedef struct {
    size_t e, last;     /* the line's end (trailing spaces dropped), e - 1 */
    double pw, pg, pcomp, psst, pssh; /* ps[e].pw, ps[last].pg, ps[e].pcomp .. */
    double pw_first;    /* indent + pw: a line from 0 starts with the indent */
    double pw_other;    /* 0 + pw, as line_fit adds it */
    size_t pcjk, plat;  /* at last */
    size_t pword;       /* at last */
    double pswc;        /* at last */
    double comp_last;   /* ci[last].comp */
    double endtrim;     /* ci[last].endtrim */
    double et_before;   /* the end trim of a line starting before last: 0
                           when ci[last - 1].pair == PAIR_B, else endtrim */
    bool last_line;     /* k == n */
} kside;

/* Demerits of the line from active node `a` to the break described by
 * `K`, or -1 when it is overfull (or empty): line_demerits(L, a->j, k),
 * with the same arithmetic in the same order, so the same bits.  When
 * the demerits cannot beat `best` (every line costs at least
 * LINE_PENALTY^2, and a line that is not compressed at least `floor`)
 * only the overfull test is made, and 0 is returned; the caller then
 * does not compare.  *loose: the line is not compressed (need >= -EPS). */
static inline __attribute__((always_inline)) double node_demerits(const lctx *L, const anode *a, const kside *K, double lat_st,
                                   double lat_sh, double best, double floor, bool *skip,
                                   bool *loose)
{
    const bl_lay_params *p = L->p;
    size_t s = a->s, e = K->e, last = K->last;
    *skip = false;
    *loose = false;
    if (e <= s)
        return -1;
    double et = last > s ? K->et_before : K->endtrim;
    double natural = (s == 0 ? K->pw_first : K->pw_other) - a->pw + K->pg - a->pg - et;
    size_t nlat = K->plat - a->plat;
    double need = p->measure - natural;
    double b;
    if (need >= -EPS) {
        /* not overfull */
        *loose = true;
        if (a->dem + floor >= best) {
            *skip = true;
            return 0;
        }
        if (K->last_line || need <= EPS)
            b = 0;
        else {
            size_t ncjk = K->pcjk - a->pcjk;
            /* counts < 2^53 convert exactly either way; from a signed
             * integer it is one instruction, from size_t a branch */
            double stretch = (double)(int64_t)nlat * lat_st * p->em
                             + (double)(int64_t)ncjk * CJK_STRETCH * p->em + K->psst - a->psst;
            double most = stretch; /* as line_fit's: word spaces stretch so far */
            bool elastic = ncjk > 0;
            if (elastic && K->pword - a->pword == ncjk) {
                const psum *q = &L->ps[s];
                elastic = false;
                most = (double)(int64_t)nlat * lat_st * p->em + K->psst - a->psst + K->pswc
                       - q->pswc;
            }
            if (stretch <= EPS || (!elastic && need > most + EPS))
                b = unjustifiable(L, need, stretch <= EPS ? 0 : most);
            else {
                double r = need / stretch;
                double v = 100.0 * r * r * r;
                b = !(v <= BADNESS_MAX) ? BADNESS_MAX : v; /* fmin(BADNESS_MAX, v) */
            }
        }
    } else {
        const psum *q = &L->ps[s];
        double comp = K->pcomp - q->pcomp - K->comp_last;
        if (last != s && starts_trimmable(&L->ci[s]))
            comp -= L->ci[s].comp;
        double shrink = comp + (double)(int64_t)nlat * lat_sh * p->em + K->pssh - q->pssh;
        if (shrink <= EPS)
            return -1;
        double r = need / shrink;
        if (r < -1 - EPS)
            return -1;
        if (a->dem + LINE_PENALTY * LINE_PENALTY >= best) {
            *skip = true;
            return 0;
        }
        b = SHRINK_WEIGHT * 100.0 * -r * r * r;
    }
    /* b >= 0 or NaN here (line_demerits' b < 0 never holds): 0, 1e8 or
     * a capped cube of a ratio > 0 when loose, a positive one (or NaN)
     * when compressed */
    double d = (LINE_PENALTY + b) * (LINE_PENALTY + b);
    if (K->last_line && a->j > 0) {
        size_t han = L->ps[e].phan - L->ps[s].phan, least = last_min(L);
        if (han < least && L->ps[L->n].phan >= least)
            d += ORPHAN_DEMERITS; /* 孤字 */
    }
    return d;
}

/* For the active-node loop: up to where a line from `s` certainly fits.
 *
 * A line s .. e-1 measures indent + pw[e] - pw[s] + pg[e-1] - pg[s] -
 * endtrim, with endtrim >= 0, so at most indent - pw[s] - pg[s] +
 * pmax[e]; pmax never decreases, so the line is not overfull for every
 * end up to the last E with pmax[E] <= measure - indent + pw[s] + pg[s].
 * `margin` exceeds every rounding error of these sums by orders of
 * magnitude (it is 1e-9 of their magnitudes; the errors are ~1e-15 of
 * them), so the bound holds for the value line_fit computes, not only the
 * exact one, and then need >= 0 > -EPS: badness() would not say
 * overfull.  Such a node is only tested against `best` (no demerits
 * computed) when it cannot win anyway: the common case, in O(1).
 * Returns s (no window) when `margin` is not finite (non-finite widths).
 * Galloping search from `hint` when it is in the window (the previous
 * node's end: about as far), else from s: O(log) of the distance. */
static size_t safe_end(const lctx *L, size_t s, double margin, size_t hint)
{
    size_t n = L->n;
    if (!isfinite(margin) || s >= n)
        return s;
    double limit = L->p->measure - margin - (s == 0 ? L->indent : 0) + L->ps[s].pw + L->ps[s].pg;
    const double *m = L->pmax;
    if (!(m[s + 1] <= limit))
        return s;
    /* the answer is the last E with m[E] <= limit (m never decreases):
     * the search may start from any such E, e.g. the previous node's */
    size_t lo = hint > s + 1 && hint <= n && m[hint] <= limit ? hint : s + 1, step = 1;
    /* from the previous node's end the answer is mostly a step or two on:
     * a few steps one at a time first */
    for (int t = 0; t < 4; t++) {
        if (lo + 1 > n || !(m[lo + 1] <= limit))
            return lo;
        lo++;
    }
    while (lo + step <= n && m[lo + step] <= limit) {
        lo += step;
        step *= 2;
    }
    size_t hi = lo + step <= n ? lo + step : n + 1; /* m[hi] > limit, or past n */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (m[mid] <= limit)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

static inline anode new_node(const lctx *L, size_t j, size_t s, size_t safe, double dem)
{
    const psum *q = &L->ps[s];
    return (anode){dem, q->pw, q->pg, q->psst, (uint32_t)j, (uint32_t)s, (uint32_t)safe, q->pcjk,
                   q->plat, q->pword, {0, 0}};
}

/* The queue of the active nodes' suffix minima, dq[lo .. hi-1]: rising
 * positions and strictly rising demerits; an entry's demerits are the
 * least of every node pushed since its predecessor's position, up to its
 * own, so the first entry past a position holds the least demerits of
 * the nodes after it.  A node dropped from the middle of the active list
 * may stay in it: the least it gives is then lower, still a bound. */
typedef struct {
    dqent *q;
    size_t lo, hi, cap;
} nqueue;

static void nq_at(nqueue *Q, const bl_layout *out)
{
    Q->q = (dqent *)((anode *)out->nodes + out->cap_nodes);
    Q->cap = out->cap_nodes;
    Q->lo = Q->hi = 0;
}

static inline void nq_add(nqueue *Q, size_t j, double dem)
{
    while (Q->hi > Q->lo && Q->q[Q->hi - 1].dem >= dem)
        Q->hi--;
    Q->q[Q->hi++] = (dqent){j, dem};
}

/* The queue of act[lo .. hi-1] afresh (hi - lo <= Q->cap). */
static void nq_rebuild(nqueue *Q, const anode *act, size_t lo, size_t hi)
{
    Q->lo = Q->hi = 0;
    for (size_t a = lo; a < hi; a++)
        nq_add(Q, act[a].j, act[a].dem);
}

/* Appends node act[hi - 1] (the nodes before it act[lo .. hi-2]). */
static inline void nq_push(nqueue *Q, const anode *act, size_t lo, size_t hi)
{
    while (Q->lo < Q->hi && Q->q[Q->lo].j < act[lo].j)
        Q->lo++; /* behind the oldest node */
    while (Q->hi > Q->lo && Q->q[Q->hi - 1].dem >= act[hi - 1].dem)
        Q->hi--;
    if (Q->hi == Q->cap) {
        if (Q->lo == 0) {
            nq_rebuild(Q, act, lo, hi); /* dropped nodes fill it */
            return;
        }
        memmove(Q->q, Q->q + Q->lo, (Q->hi - Q->lo) * sizeof *Q->q);
        Q->hi -= Q->lo;
        Q->lo = 0;
    }
    Q->q[Q->hi++] = (dqent){act[hi - 1].j, act[hi - 1].dem};
}

/* The least double above v, for v > 0 and finite: its bits plus one
 * (DBL_MAX gives infinity, as nextafter does); nextafter otherwise. */
static inline double next_up(double v)
{
    if (!(v > 0) || !isfinite(v))
        return nextafter(v, INFINITY);
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    u++;
    memcpy(&v, &u, sizeof v);
    return v;
}

static bulletin_status breaks_total_fit(lctx *L)
{
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    /* pmax and the error margin of safe_end */
    double gmax = 0, etmax = 0, pm = -INFINITY;
    bool finite = true, rising = true, pg_rising = true;
    L->pmax[0] = pm;
    L->dem[0] = 0;
    L->prev[0] = 0;
    /* the tests of every position combined with & (no branch a test),
     * the running maxima in registers: the same values.  The DP's arrays
     * are set in the same pass (one walk of the positions, not two).
     * Finite: x - x is +0 for a finite x and NaN for an infinity or a
     * NaN, and a sum of such is 0 exactly when every term is (+0 + +0
     * is +0; NaN spreads), so one compare tests the three values, as
     * isfinite() of each would. */
    for (size_t i = 1; i <= n; i++) {
        const psum *a = &L->ps[i - 1], *b = &L->ps[i];
        double v = b->pw + a->pg, et = L->ci[i - 1].endtrim;
        pm = v > pm ? v : pm;
        L->pmax[i] = pm;
        L->dem[i] = INFINITY;
        L->prev[i] = 0;
        double g = fabs(b->pw) + fabs(b->pg);
        finite &= (v - v) + (g - g) + (et - et) == 0;
        rising &= (b->pw >= a->pw) & (b->psst >= a->psst) & (et >= 0);
        pg_rising &= b->pg >= a->pg;
        gmax = g > gmax ? g : gmax;
        etmax = et > etmax ? et : etmax;
    }
    double margin = finite ? 1e-9 * (1 + fabs(p->measure) + fabs(L->indent) + 2 * gmax + etmax)
                           : INFINITY;
    /* loop invariants of line_fit, computed as it computes them */
    double lat_st = LATIN_GAP_MAX - p->latin_gap;
    double lat_sh = fmax(0, p->latin_gap - LATIN_GAP_MIN);
    /* mono: for one break k, the computed demerits of a line that is not
     * compressed never decrease from one active node F to a later node
     * whose ps[s].pg is at least F's.  The nodes start at rising
     * positions s; when the sums other than pg rise with the position and
     * the indent, the gap stretch, the em and the end trims are not
     * negative, each step of the computation (natural width, need,
     * stretch, ratio, badness; and the 孤字 test, whose Han count falls)
     * is a monotone function of monotone operands, and rounding is
     * monotone: the later node's line is at least as loose as F's and its
     * demerits are at least as large, bit for bit, not only in exact
     * arithmetic.  Then once F's line is loose, such a later node whose
     * demerits plus F's line's cannot beat `best` needs no computing: the
     * same breaks, ties included (a later node never wins a tie).  The
     * sum of the gaps pg falls at a pair of adjacent marks (”，: the
     * second's half em taken off): a node after such a fall is compared
     * with F's pg before it is given F's bound. */
    bool mono = finite && rising && isfinite(p->measure) && L->indent >= 0 && lat_st >= 0
                && p->em >= 0 && isfinite(p->em);
    /* The active nodes are act[lo .. hi-1], in increasing position.  Nodes
     * are dropped mostly from the front (the oldest lines become overfull
     * first): advancing `lo` then costs nothing, where compacting the
     * array would move every node at every break.  When the array is full
     * the live nodes move to its start if the dropped ones are at least
     * half of it, else it doubles: it stays within four times the most
     * nodes ever live at once (the breaks of about one line), each node
     * moved O(1) times on average, whatever the length of the text. */
    bulletin_status st = bl_lay_reserve_nodes(L->out, 64);
    if (st != BULLETIN_OK)
        return st;
    anode *act = L->out->nodes;
    size_t lo = 0, hi = 0;
    act[hi++] = new_node(L, 0, 0, safe_end(L, 0, margin, 0), 0);
    /* pg falls: the last position t <= fall_to (the newest node's start)
     * with ps[t].pg < ps[t - 1].pg, 0 when none after the oldest active
     * node's start: a node starting at or after it has no fall before
     * any later node, whose pg are then at least its own */
    size_t fall_at = 0, fall_to = 0;
    nqueue Q;
    nq_at(&Q, L->out);
    nq_push(&Q, act, lo, hi);
    size_t last_dropped = 0;
    /* No break candidate in [gap_lo, gap_hi), gap_hi a candidate or n + 1:
     * after an emergency break the scan resumes behind the candidate that
     * forced it, and a run without break opportunities (a long word, a
     * figure, a URL) would otherwise be walked again for every line of it,
     * O(n^2 / line).  The scan stops where the remembered gap begins, so
     * every position is walked a bounded number of times. */
    size_t gap_lo = 0, gap_hi = 0;
    /* the index in act of the node the break before was best after
     * (SIZE_MAX: none): see `seed` below */
    size_t guess = SIZE_MAX;
    for (size_t k = 1; k <= n; k++) {
        if (!is_candidate(L, k)) {
            size_t c = k;
            while (c <= n && !is_candidate(L, c)) {
                if (c >= gap_lo && c < gap_hi) {
                    c = gap_hi;
                    break;
                }
                c++;
            }
            gap_lo = k;
            gap_hi = c; /* <= n: n is a candidate */
            k = c;
        }
        if (k < n && line_start(L, k) >= n)
            continue; /* only spaces follow */
        kside K = {0};
        K.e = L->lend[k];
        K.last = K.e - 1; /* unused when e == 0: every node has e <= s */
        K.last_line = k == n;
        if (K.e > 0) {
            const psum *pe = &L->ps[K.e], *pl = &L->ps[K.last];
            K.pw = pe->pw;
            K.pg = pl->pg;
            K.pcomp = pe->pcomp;
            K.psst = pe->psst;
            K.pssh = pe->pssh;
            K.pcjk = pl->pcjk;
            K.plat = pl->plat;
            K.pword = pl->pword;
            K.pswc = pl->pswc;
            K.pw_first = L->indent + K.pw;
            K.pw_other = 0 + K.pw;
            K.comp_last = L->ci[K.last].comp;
            K.endtrim = L->ci[K.last].endtrim;
            K.et_before = K.last > 0 && L->ci[K.last - 1].pair == PAIR_B ? 0 : K.endtrim;
        }
        double best = INFINITY;
        /* A seed for best: the total of the line from the node the break
         * before was best after, which often wins again.  best starts
         * just above it (the next double), so that every node that
         * cannot beat or tie it is skipped as one that cannot beat best,
         * and every node that can is read, in order, as before: the loop
         * finds the same least total at the same first node (ties go to
         * the earlier node), the seed's node itself included.  The
         * bounds the loop keeps (floor, pg_floor) only hold more weakly
         * when more nodes are skipped, never wrongly.
         *
         * The loop reads the seed's node (seed_at) with the demerits
         * rated here, not rated again, while the seed still beats best
         * (no node before it did better): node_demerits gives the same d
         * and the same `loose` whatever best and floor are, and it would
         * not skip: it skips when dem + floor (loose) or dem +
         * LINE_PENALTY^2 (compressed) reaches best, and both are at most
         * dem + d = seed < best when d >= LINE_PENALTY^2 (floor is at
         * most the node's d, bit for bit: see `mono`).  A smaller d (a
         * negative badness: widths below zero) is rated again. */
        double seed = INFINITY, seed_d = 0;
        uint32_t seed_j = 0;
        size_t seed_at = SIZE_MAX;
        bool seed_loose = false;
        if (guess >= lo && guess < hi) {
            bool sk;
            double d = node_demerits(L, &act[guess], &K, lat_st, lat_sh, INFINITY,
                                     LINE_PENALTY * LINE_PENALTY, &sk, &seed_loose);
            if (d >= 0 && isfinite(act[guess].dem + d)) {
                seed = act[guess].dem + d;
                seed_j = act[guess].j;
                best = next_up(seed);
                if (d >= LINE_PENALTY * LINE_PENALTY) {
                    seed_d = d;
                    seed_at = guess;
                }
            }
        }
        size_t win = SIZE_MAX;
        /* floor: the least demerits of the line from the node at hand when
         * it is not overfull; `loose`: a node before it had a line that is
         * not compressed, so it has one too (see `mono`) */
        double floor = LINE_PENALTY * LINE_PENALTY;
        bool loose = false;
        /* floor holds for a node with pg >= it; NaN until a line is
         * loose (pg_floor is set only when `loose` becomes true), so
         * that pg >= pg_floor is `loose && pg >= pg_floor` */
        double pg_floor = NAN;
        /* the last node's line is not empty: no later node is dropped */
        bool full = act[hi - 1].s < K.e;
        size_t from = 0, keep = lo, qa = Q.lo, q_until = 0;
        for (size_t a = lo; a < hi; a++) {
            /* the node's line is loose, its demerits at least floor */
            bool bound = act[a].pg >= pg_floor;
            double fl = bound ? floor : LINE_PENALTY * LINE_PENALTY;
            if (K.e > act[a].s && (bound || K.e <= act[a].safe) && act[a].dem + fl >= best) {
                /* fits, cannot win: node_demerits would say skip */
                if (keep != a)
                    act[keep] = act[a];
                keep++;
                if ((bound || mono) && full && act[a].s >= fall_at && act[a].j >= q_until) {
                    /* the nodes after it: none overfull or empty, and
                     * if the least demerits among them plus `fl`
                     * cannot win, none can win: all kept, unread.  A
                     * node that is not bound is here with its line
                     * within its safe end (not compressed: need >= 0),
                     * so with `mono` the lines of the nodes after it are
                     * not compressed either, and each costs at least
                     * LINE_PENALTY^2 = fl (after a run of compressed
                     * lines no loose line has been rated: no floor) */
                    while (qa < Q.hi && Q.q[qa].j <= act[a].j)
                        qa++;
                    /* when the test below fails, it fails again for
                     * every node before entry qa's position (qa stays,
                     * and so do floor and best until a line is rated,
                     * which resets q_until): those nodes skip it */
                    q_until = qa < Q.hi ? Q.q[qa].j : 0;
                    if (qa == Q.hi || Q.q[qa].dem + fl >= best) {
                        size_t rest = hi - (a + 1);
                        if (keep != a + 1)
                            memmove(act + keep, act + a + 1, rest * sizeof *act);
                        keep += rest;
                        break;
                    }
                    /* The nodes after it up to entry qa's position: each
                     * is bound as this node is (its pg at least this
                     * node's: no fall after fall_at), or its line is not
                     * compressed, its line not empty (full), and it
                     * skips the queue test (before q_until), so it cannot
                     * win when dem + fl cannot.  Those in a row are kept
                     * at once. */
                    size_t y = a + 1;
                    while (y < hi && act[y].j < q_until && act[y].dem + fl >= best)
                        y++;
                    if (y > a + 1) {
                        if (keep != a + 1)
                            memmove(act + keep, act + a + 1, (y - (a + 1)) * sizeof *act);
                        keep += y - (a + 1);
                        a = y - 1;
                    }
                }
                continue;
            }
            bool skip = false, slack = seed_loose;
            q_until = 0;
            double d = a == seed_at && seed < best
                           ? seed_d
                           : node_demerits(L, &act[a], &K, lat_st, lat_sh, best, fl, &skip,
                                           &slack);
            if (d < 0) {
                last_dropped = act[a].j;
                if (keep == lo)
                    keep = lo = a + 1; /* nothing kept yet: drop the front */
                continue; /* overfull: wider lines from j will be too */
            }
            if (keep != a)
                act[keep] = act[a];
            keep++;
            if (slack && mono) {
                if (!loose || act[a].pg >= pg_floor) {
                    /* d >= floor, valid for the nodes after it with pg
                     * at least its own */
                    if (!loose || !skip)
                        pg_floor = act[a].pg;
                    if (!skip)
                        floor = d;
                } else if (!skip) {
                    /* below F's pg: the least of the two, for a node
                     * with pg at least the lower one (at least one of
                     * the two bounds holds for it) */
                    floor = d < floor ? d : floor;
                    pg_floor = act[a].pg;
                }
                loose = true;
            }
            if (!skip && act[a].dem + d < best) {
                best = act[a].dem + d;
                from = act[a].j;
                win = keep - 1;
            }
        }
        hi = keep;
        if (seed < INFINITY && win == SIZE_MAX) {
            /* (never: the seed's node is read and beats its successor) */
            best = seed;
            from = seed_j;
        }
        guess = win;
        if (lo == hi) {
            /* nothing fits: force a break as late as possible */
            size_t q = emergency_break(L, last_dropped, k);
            double d = line_demerits(L, last_dropped, q);
            L->dem[q] = L->dem[last_dropped] + EMERGENCY_DEMERITS + (d < 0 ? EMERGENCY_DEMERITS : d);
            L->prev[q] = (uint32_t)last_dropped;
            lo = hi = 0;
            size_t sq = line_start(L, q);
            act[hi++] = new_node(L, q, sq, safe_end(L, sq, margin, 0), L->dem[q]);
            fall_at = 0;
            fall_to = sq;
            Q.lo = Q.hi = 0;
            nq_push(&Q, act, lo, hi);
            guess = SIZE_MAX;
            k = q; /* resume the scan after the forced break */
            continue;
        }
        if (best < INFINITY) {
            L->dem[k] = best;
            L->prev[k] = (uint32_t)from;
            size_t sk = line_start(L, k);
            if (hi == L->out->cap_nodes) {
                if (lo >= hi / 2) {
                    memmove(act, act + lo, (hi - lo) * sizeof *act);
                    if (guess != SIZE_MAX)
                        guess -= lo; /* >= lo: every node is */
                    hi -= lo;
                    lo = 0;
                } else {
                    if ((st = bl_lay_reserve_nodes(L->out, hi + 1)) != BULLETIN_OK)
                        return st;
                    act = L->out->nodes;
                    nq_at(&Q, L->out);
                    nq_rebuild(&Q, act, lo, hi);
                }
            }
            size_t hint = act[hi - 1].safe;
            act[hi++] = new_node(L, k, sk, safe_end(L, sk, margin, hint), best);
            if (!pg_rising)
                for (; fall_to < sk; fall_to++)
                    if (L->ps[fall_to + 1].pg < L->ps[fall_to].pg)
                        fall_at = fall_to + 1;
            nq_push(&Q, act, lo, hi);
        }
    }
    return BULLETIN_OK;
}

static void breaks_greedy(lctx *L)
{
    size_t n = L->n, j = 0;
    L->dem[0] = 0;
    while (j < n) {
        size_t s = j == 0 ? 0 : line_start(L, j), best = 0;
        for (size_t k = s + 1; k <= n; k++) {
            if (!is_candidate(L, k))
                continue;
            size_t e = line_end(L, s, k);
            if (e <= s)
                continue;
            linefit f;
            line_fit(L, s, e, &f);
            if (f.natural > L->p->measure + EPS && best)
                break;
            best = k;
            if (f.natural > L->p->measure + EPS)
                break;
        }
        if (!best)
            best = n;
        double d = line_demerits(L, j, best);
        L->dem[best] = L->dem[j] + (d < 0 ? EMERGENCY_DEMERITS : d);
        L->prev[best] = (uint32_t)j;
        j = best;
    }
}

static bulletin_status emit_lines(lctx *L, bl_layout *out)
{
    size_t n = L->n;
    out->demerits = L->dem[n];
    bl_lay_free_sums(L, LAY_SUMS_KEEP);
    size_t j = 0;
    for (size_t k = bl_lay_chain_forward(L); j < n; k = L->prev[k]) {
        size_t s = j == 0 ? 0 : line_start(L, j);
        size_t e = line_end(L, s, k);
        if (e > s) {
            bulletin_status st = bl_lay_place_line(L, out, s, e, 0, s == 0, true, k == n);
            if (st != BULLETIN_OK)
                return st;
            out->lines[out->nlines - 1].forced = !is_candidate(L, k);
        }
        j = k;
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Public API
 * ---------------------------------------------------------------------- */

void bl_lay_params_init(bl_lay_params *p, double em, double measure)
{
    memset(p, 0, sizeof *p);
    p->em = em;
    p->measure = measure;
    p->indent = 2 * em;
    p->latin_gap = 0.25;
}

static bool has_word_breaks(const bl_lay_params *p, size_t n)
{
    for (size_t i = 1; p->brk && i < n; i++)
        if (p->brk[i] == BL_BRK_WORD)
            return true;
    return false;
}

/* The pass after `words` failed (LAY_WORDS_*): LAY_WORDS_RUNS only when
 * some break after a slash would be new, else straight to relaxed. */
static int next_words_pass(const bl_lay_char *chars, size_t n, const bl_lay_params *p, int words)
{
    if (words == LAY_WORDS_STRICT)
        for (size_t i = 2; i < n; i++)
            if (p->brk[i] != BL_BRK_WORD && p->brk[i] != BL_BRK_NEVER && bl_lay_after_slash(chars, i))
                return LAY_WORDS_RUNS;
    return LAY_WORDS_RELAXED;
}

bulletin_status bl_layout_paragraph(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                    const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    /* between words first; inside them only if that needs an emergency */
    int words = has_word_breaks(p, n) ? LAY_WORDS_STRICT : LAY_WORDS_ANY;
    for (;;) {
        bulletin_status st = bl_lay_begin(out, mem, p, chars, n, p->indent, words, &L);
        if (st != BULLETIN_OK || n == 0)
            return st;
        if (p->greedy)
            breaks_greedy(&L);
        else
            st = breaks_total_fit(&L);
        if (st == BULLETIN_OK)
            st = emit_lines(&L, out);
        if (st != BULLETIN_OK || words == LAY_WORDS_ANY || words == LAY_WORDS_RELAXED)
            return st;
        bool emergency = false;
        for (size_t i = 0; i < out->nlines; i++)
            emergency |= out->lines[i].forced || out->lines[i].overfull;
        if (!emergency)
            return BULLETIN_OK;
        words = next_words_pass(chars, n, p, words);
    }
}

bulletin_status bl_layout_window(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                 bool final, bool balanced, int align, const bulletin_mem *mem,
                                 bl_layout *out, size_t *used)
{
    *used = 0;
    bulletin_status st = balanced ? bl_layout_balanced(chars, n, p, (bl_lay_align)align, mem, out)
                                  : bl_layout_paragraph(chars, n, p, mem, out);
    if (st != BULLETIN_OK)
        return st;
    if (final || out->nlines < 2) {
        /* the end, or one line across the whole window (characters of no
         * width): kept as it is, so that every window moves on */
        *used = n;
        return BULLETIN_OK;
    }
    size_t keep = 1; /* lines kept: 0 .. keep-1 */
    while (keep + 1 < out->nlines && out->lines[keep + 1].start <= n / 2)
        keep++;
    *used = out->lines[keep].start;
    out->nlines = keep;
    out->nglyphs = out->lines[keep - 1].first + out->lines[keep - 1].count;
    return BULLETIN_OK;
}

static double align_offset(const bl_lay_params *p, bl_lay_align align, double width)
{
    switch (align) {
    case BL_ALIGN_CENTER: return (p->measure - width) / 2;
    case BL_ALIGN_RIGHT: return p->measure - width;
    default: return 0;
    }
}

static void shift_line(bl_layout *out, bl_lay_line *line, double dx)
{
    for (size_t i = line->first; i < line->first + line->count; i++)
        out->glyphs[i].x += dx;
}

bulletin_status bl_layout_single(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                 bl_lay_align align, const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    bulletin_status st = bl_lay_begin(out, mem, p, chars, n, 0, LAY_WORDS_ANY, &L);
    if (st != BULLETIN_OK || n == 0)
        return st;
    size_t s = line_start(&L, 0), e = line_end(&L, s, n);
    if (e <= s)
        return BULLETIN_OK;
    st = bl_lay_place_line(&L, out, s, e, 0, false, false, true);
    if (st != BULLETIN_OK)
        return st;
    bl_lay_line *line = &out->lines[0];
    double dx = align_offset(p, align, line->width);
    shift_line(out, line, dx);
    return BULLETIN_OK;
}

/* Title wrapping: the fewest lines, of near-equal natural width.  DP over
 * break candidates with cost = squared deviation from the mean line,
 * plus the cost of each break; O(lines * n^2), meant for titles and
 * headings (longer texts fall back to ragged total fit).  With word
 * classes (bl_lay_params.brk) a break inside a word is no candidate
 * (strict pass); when no layout fits without one, a run of Latin letters
 * and digits breaks after a slash (LAY_WORDS_RUNS, at TITLE_RUN_COST),
 * and only then (relaxed pass) a word, at TITLE_WORD_COST.  In em^2: */
#define TITLE_PUNCT_BONUS 20.0  /* after punctuation or a space: worth a
                                   3-em imbalance on each of two lines */
#define TITLE_NUMERAL_COST 8.0  /* inside a run of Chinese numerals 二〇二|三 */
#define TITLE_WEAK_COST 12.0    /* between two one-character words 印|发, 芜湖|市 */
#define TITLE_GOOD_BONUS 2.0    /* next to a function word: 关于|, |的 */
#define TITLE_PHRASE_BONUS 8.0  /* the issuer, then 关于 (…指挥部|关于…):
                                   worth a 2-em imbalance on each of two
                                   lines, as GB/T 9704 writers break */
#define TITLE_PHRASE_SLACK 2.0  /* em: a two-line trapezoid's top line may
                                   be this much longer at such a break */
#define TITLE_RUN_COST 12.0     /* after the slash of a Latin run 95/|2024 */
#define TITLE_WORD_COST 400.0   /* inside a word (relaxed pass only) */
#define TITLE_SHAPE_TOL 0.05    /* em: a top line this much longer is "equal" */

static bool is_cjk_numeral(uint32_t cp)
{
    static const char32_t nums[] = U"〇零一二三四五六七八九十百千万亿两";
    for (size_t i = 0; nums[i]; i++)
        if (cp == (uint32_t)nums[i])
            return true;
    return false;
}

static double title_break_cost(const lctx *L, size_t e, size_t k)
{
    int cls = L->ci[e - 1].cls;
    if (cls == CLS_STOP || cls == CLS_END || cls == CLS_CLOSE || L->ci[k - 1].space)
        return -TITLE_PUNCT_BONUS;
    double c = 0;
    if (k < L->n && is_cjk_numeral(L->c[k - 1].cp) && is_cjk_numeral(L->c[k].cp))
        c += TITLE_NUMERAL_COST;
    if (k < L->n) {
        switch (L->ci[k].bcls) {
        case BL_BRK_WEAK: c += TITLE_WEAK_COST; break;
        case BL_BRK_GOOD: c -= TITLE_GOOD_BONUS; break;
        case BL_BRK_PHRASE: c -= TITLE_PHRASE_BONUS; break;
        case BL_BRK_WORD: c += TITLE_WORD_COST; break;
        default: break;
        }
        if (L->ci[k].bcls != BL_BRK_WORD && bl_lay_after_slash(L->c, k))
            c += TITLE_RUN_COST;
    }
    return c;
}

/* Natural width of the line from break j to break k (j == 0: from s0). */
static double span_width(const lctx *L, size_t s0, size_t j, size_t k)
{
    size_t s = j == 0 ? s0 : line_start(L, j), e = line_end(L, s, k);
    if (e <= s)
        return 0;
    linefit f;
    line_fit(L, s, e, &f);
    return f.natural;
}

/* `rows` lines aimed at `target` + `slope` per line below the middle
 * (a trapezoid's lines grow downwards); a two-line trapezoid also never
 * has the longer line on top, but by TITLE_PHRASE_SLACK at a phrase
 * boundary (the issuer on top, 关于… below: 长子县人民政府森林防火指挥部 /
 * 关于禁止燃放烟花爆竹的通告, 14 over 13, as its writer set it; a word
 * is never broken for the shape).  *found when a layout exists. */
static bulletin_status balance_dp(lctx *L, const bulletin_mem *mem, size_t s0, size_t rows,
                                  double target, double slope, bool *found)
{
    size_t n = L->n;
    const bl_lay_params *p = L->p;
    double *cost = L->dem;
    bool two = p->shape == BL_SHAPE_TRAPEZOID && rows == 2;
    *found = false;
    size_t *bp = bl_calloc(mem, rows * (n + 1), sizeof *bp);
    double *next = bl_calloc(mem, n + 1, sizeof *next);
    if (!bp || !next) {
        bl_free(mem, bp);
        bl_free(mem, next);
        return BULLETIN_ERR_NOMEM;
    }
    for (size_t k = 0; k <= n; k++)
        cost[k] = INFINITY;
    cost[0] = 0;
    for (size_t layer = 1; layer <= rows; layer++) {
        double tgt = target + slope * ((double)layer - (double)(rows + 1) / 2);
        for (size_t k = 0; k <= n; k++)
            next[k] = INFINITY;
        for (size_t k = 1; k <= n; k++) {
            if (!is_candidate(L, k) || (layer == rows) != (k == n))
                continue;
            /* Line starts from the nearest back: once a line is too wide,
             * every earlier start is wider still.  This bounds the work per
             * break by the characters of one line. */
            for (size_t j = k; j-- > 0;) {
                size_t s = j == 0 ? s0 : line_start(L, j), e = line_end(L, s, k);
                if (e <= s)
                    continue;
                linefit f;
                line_fit(L, s, e, &f);
                if (f.natural - f.shrink > p->measure + EPS)
                    break;
                if (!(cost[j] < INFINITY))
                    continue;
                if (two && layer == 2
                    && span_width(L, s0, 0, j)
                           > f.natural
                                 + (L->ci[j].bcls == BL_BRK_PHRASE ? TITLE_PHRASE_SLACK
                                                                   : TITLE_SHAPE_TOL)
                                       * p->em)
                    continue; /* wider on top than below */
                double dev = f.natural - tgt;
                double c = cost[j] + dev * dev;
                if (k < n)
                    c += title_break_cost(L, e, k) * p->em * p->em;
                if (c < next[k]) {
                    next[k] = c;
                    bp[(layer - 1) * (n + 1) + k] = j;
                }
            }
        }
        memcpy(cost, next, (n + 1) * sizeof *cost);
    }
    if (cost[n] < INFINITY) {
        *found = true;
        double total = cost[n];
        size_t k = n;
        for (size_t layer = rows; layer > 0; layer--) {
            size_t j = bp[(layer - 1) * (n + 1) + k];
            L->prev[k] = (uint32_t)j;
            k = j;
        }
        L->dem[n] = total;
    }
    bl_free(mem, bp);
    bl_free(mem, next);
    return BULLETIN_OK;
}

/* balance_dp in p->shape: a trapezoid of three lines or more whose first
 * line comes out longer than its last is tried again with lines aimed
 * at growing widths. */
static bulletin_status balance_shaped(lctx *L, const bulletin_mem *mem, size_t s0, size_t rows,
                                      double target, bool *found)
{
    double slope = 0, em = L->p->em;
    for (int tries = 0; tries < 4; tries++, slope += 0.5 * em) {
        bulletin_status st = balance_dp(L, mem, s0, rows, target, slope, found);
        if (st != BULLETIN_OK || !*found || L->p->shape != BL_SHAPE_TRAPEZOID || rows < 3)
            return st;
        /* the widths, top down: a trapezoid or a diamond, no line
         * shorter than both its neighbours (no waist), the top line no
         * longer than the bottom */
        double w[64] = {0};
        size_t brk[65], nb = 0;
        for (size_t k = L->n; k > 0 && nb < 64; k = L->prev[k])
            brk[nb++] = k;
        brk[nb] = 0;
        for (size_t i = 0; i < nb; i++) /* line i from the top */
            w[i] = span_width(L, s0, brk[nb - i], brk[nb - 1 - i]);
        bool ok = nb < 64 && w[0] <= w[nb - 1] + TITLE_SHAPE_TOL * em;
        for (size_t i = 1; ok && i + 1 < nb; i++)
            if (w[i] + TITLE_SHAPE_TOL * em < w[i - 1] && w[i] + TITLE_SHAPE_TOL * em < w[i + 1])
                ok = false;
        if (ok)
            return BULLETIN_OK;
        *found = false;
    }
    return BULLETIN_OK;
}

#define BALANCE_MAX_CHARS 400 /* titles; longer text is set by total fit */
#define BALANCE_EXTRA_ROWS 3  /* line counts tried beyond the fewest */

bulletin_status bl_layout_balanced(const bl_lay_char *chars, size_t n, const bl_lay_params *p,
                                   bl_lay_align align, const bulletin_mem *mem, bl_layout *out)
{
    lctx L;
    bulletin_status st;
    bool found = false;
    int words = has_word_breaks(p, n) ? LAY_WORDS_STRICT : LAY_WORDS_ANY;
    size_t s0;
    for (;;) {
        st = bl_lay_begin(out, mem, p, chars, n, 0, words, &L);
        if (st != BULLETIN_OK || n == 0)
            return st;
        s0 = line_start(&L, 0);
        size_t e0 = line_end(&L, s0, n);
        if (e0 <= s0)
            return BULLETIN_OK;
        linefit whole;
        line_fit(&L, s0, e0, &whole);
        if (whole.natural <= p->measure + EPS) {
            L.prev[n] = 0;
            L.dem[n] = 0;
            found = true;
        } else if (n <= BALANCE_MAX_CHARS) {
            /* The fewest lines that can hold it, or a few more; past that (no
             * feasible balanced layout, e.g. one long unbreakable run) the
             * total-fit breaker decides. */
            double q = ceil(whole.natural / p->measure); /* >= 1, or NaN */
            size_t least = q < (double)n ? (q >= 1 ? (size_t)q : 1) : n;
            for (size_t rows = least; rows <= n && rows <= least + BALANCE_EXTRA_ROWS && !found;
                 rows++) {
                st = balance_shaped(&L, out->mem, s0, rows, whole.natural / (double)rows, &found);
                if (st != BULLETIN_OK)
                    return st;
            }
        }
        if (found || words == LAY_WORDS_ANY || words == LAY_WORDS_RELAXED)
            break;
        /* no layout between words: after a slash in a long run, then
         * inside words too */
        words = next_words_pass(chars, n, p, words);
    }
    if (!found && (st = breaks_total_fit(&L)) != BULLETIN_OK)
        return st;
    out->demerits = L.dem[n];
    bl_lay_free_sums(&L, LAY_SUMS_KEEP);
    size_t j = 0;
    for (size_t k = bl_lay_chain_forward(&L); j < n; k = L.prev[k]) {
        size_t s = j == 0 ? s0 : line_start(&L, j), e = line_end(&L, s, k);
        if (e > s) {
            st = bl_lay_place_line(&L, out, s, e, 0, false, false, true);
            if (st != BULLETIN_OK)
                return st;
            bl_lay_line *line = &out->lines[out->nlines - 1];
            /* an opening mark starting a display line sheds its blank half
             * (clreq #h-compression_of_punctuation_marks_at_line_start):
             * the line's ink is what is aligned */
            double lead = starts_trimmable(&L.ci[s]) && L.ci[s].mode == TRIM_LEFT
                              ? HALF * L.ci[s].em
                              : 0;
            line->width -= lead;
            shift_line(out, line, align_offset(p, align, line->width) - lead);
        }
        j = k;
    }
    return BULLETIN_OK;
}
