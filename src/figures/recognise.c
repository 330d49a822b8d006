/*
 * recognise.c - the figure a number starts: at a run of Arabic digits
 * (fig_arabic) or Chinese numerals (fig_chinese), decides among list
 * marker, ratio, rank, range, date, year and quantity (rules 3-9 of
 * figures.h), and builds it from what numbers.c reads and units.c finds
 * around it.
 */
#include <math.h>

#include "figures/figures_int.h"

/* After 第N: 位 名 make a rank, and so do these adjectives (第二大); any
 * other Han character makes an ordinal inside a name (第五届, 第3批). */
static const char rank_after[] = "大高低多少强";

/* Words before N年 that make it a duration, not a year. */
static const char *const duration_verbs[] = {"连续", "历时", "为期", "长达",
                                             "用",   "近",   "经过", "持续"};

/* Completes a rank after 第N / 前N / N强; `vt` is its value text (NULL
 * when its allocation failed: fig_push() reports that). */
static bulletin_status make_rank(scan *s, draft *d, size_t end, char *vt, bool cn)
{
    d->end = end;
    d->kind = BL_FIG_RANK;
    d->numeral_chinese = cn;
    d->unit[0] = d->base[0] = d->scale[0] = '\0';
    return fig_push(s, d, vt);
}

/* After 第N: rank, or an ordinal inside a name (returns false). */
static bool rank_after_di(const scan *s, size_t p, size_t *end)
{
    int k;
    bool sent;
    uint32_t c = cp_at(s->t, s->len, p, &k);
    if (c == 0x4F4D || c == 0x540D) { /* 位 名 */
        *end = p + (size_t)k;
        return true;
    }
    *end = p;
    if (c == CP_BAD || is_clause_punct(c, &sent) || is_space(c) || c == 0xFF08 || c == 0xFF09 ||
        c == '(' || c == ')' || c == 0x201D || c == 0x300B)
        return true;
    return in_set(c, rank_after);
}

/* An Arabic number at i (digit, or sign before a digit). */
bulletin_status fig_arabic(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len;
    bulletin_status status = BULLETIN_OK;
    int k, sk = 0;
    bool sent;
    uint32_t first = cp_at(t, len, i, &sk);
    size_t p = i;
    if (digit_val(first) < 0)
        p += (size_t)sk; /* a sign */
    num a;
    fig_read_num(t, len, p, &a);
    size_t q = a.end;
    uint32_t prev = cp_before(t, 0, i, NULL);
    uint32_t nc = cp_at(t, len, q, &k);
    *next = q > i ? q : i + 1;

    /* names: 5G, 3号线, （1）, 1. at a clause start */
    if (nc != CP_BAD && is_ascii_alpha(nc)) {
        *next = fig_skip_alnum(t, len, i);
        return BULLETIN_OK;
    }
    if (nc == 0x53F7 && prev != 0x6708) { /* 号, not 月N号 */
        *next = q + (size_t)k;
        return BULLETIN_OK;
    }
    if (!a.frac && !a.seps && a.int_digits <= 2) {
        if ((prev == 0xFF08 || prev == '(') && (nc == 0xFF09 || nc == ')')) {
            *next = q + (size_t)k;
            return BULLETIN_OK;
        }
        if ((i == s->clause_trim || prev == CP_BAD || is_space(prev)) &&
            (nc == '.' || nc == 0xFF0E || nc == 0x3001)) {
            int dd, kk;
            if (!digit_at(t, len, q + (size_t)k, &dd, &kk)) {
                *next = q + (size_t)k;
                return BULLETIN_OK;
            }
        }
    }

    draft d;
    draft_init(&d, i);
    fig_before_number(s, &d, i);
    bool neg = p != i;

    /* ratio: 6.01:55.04:38.95 */
    if (nc == ':' || nc == 0x2236 || nc == 0xFF1A) {
        int dd, kk;
        if (digit_at(t, len, q + (size_t)k, &dd, &kk)) {
            bl_buf b;
            bl_buf_init(&b, s->list->mem);
            size_t np = 0, e = q;
            num part = a;
            for (;;) {
                char tmp[64];
                if (np < BL_FIG_MAX_PARTS) {
                    bool ok = fig_fixed_num(t, part.start, part.end, tmp, sizeof tmp);
                    d.parts[np++] = ok ? fig_exact_value(tmp, &ok) : HUGE_VAL;
                    if (!ok)
                        d.parsed = false;
                }
                if ((status = fig_put_num(&b, t, part.start, part.end)) != BULLETIN_OK)
                    break;
                e = part.end;
                int sk2;
                uint32_t c = cp_at(t, len, e, &sk2);
                if (!(c == ':' || c == 0x2236 || c == 0xFF1A) ||
                    !fig_read_num(t, len, e + (size_t)sk2, &part))
                    break;
                if ((status = bl_buf_put(&b, t + e, (size_t)sk2)) != BULLETIN_OK)
                    break;
            }
            if (status != BULLETIN_OK) {
                bl_buf_free(&b);
                return status;
            }
            d.kind = BL_FIG_RATIO;
            d.nparts = np;
            d.value = d.parts[0];
            d.end = e;
            d.change = BL_FIG_CHANGE_NONE;
            d.pre = d.verb_end = d.pre < i ? d.pre : i;
            *next = e;
            return fig_push(s, &d, bl_buf_detach(&b));
        }
    }

    /* rank: 第N, 前N */
    if (prev == 0x7B2C /* 第 */ || prev == 0x524D /* 前 */) {
        size_t end;
        bool is_rank;
        if (prev == 0x7B2C)
            is_rank = rank_after_di(s, q, &end);
        else {
            end = q;
            is_rank = nc == CP_BAD || is_clause_punct(nc, &sent) || nc == 0x4F4D || nc == 0x540D ||
                      nc == 0x5F3A /* 位 名 强 */;
            if (nc == 0x4F4D || nc == 0x540D || nc == 0x5F3A)
                end = q + (size_t)k;
        }
        if (prev == 0x7B2C && !is_rank) {
            /* ordinal inside a name: skip it with its measure word */
            *next = q;
            return BULLETIN_OK;
        }
        if (is_rank) {
            draft_init(&d, i - 3);
            d.value = a.approx;
            *next = end;
            char *vt = fig_num_text(s, p, q);
            if (vt) {
                bool ok;
                d.value = fig_exact_value(vt, &ok);
                d.parsed = ok;
            }
            return make_rank(s, &d, end, vt, false);
        }
    }

    /* range: N—M UNIT, N UNIT—M UNIT */
    {
        size_t r = q, u1 = 0;
        bl_figure_kind k1;
        char b1[BL_FIG_UNIT_MAX];
        double f1;
        size_t sc1 = fig_match_scale(t, len, r, &f1);
        u1 = fig_match_unit(t, len, r + sc1, &k1, b1, sizeof b1);
        int ks;
        uint32_t sep = cp_at(t, len, r, &ks);
        size_t rs = r;
        if (!is_sep_cp(sep) && (sc1 || u1)) {
            rs = r + sc1 + u1;
            sep = cp_at(t, len, rs, &ks);
        }
        uint32_t after = cp_at(t, len, rs + (size_t)(sep == CP_BAD ? 1 : ks), NULL);
        num b;
        if (is_sep_cp(sep) && after != 0x2014 && !(sep == 0x2014 && prev == 0x2014) &&
            fig_read_num(t, len, rs + (size_t)ks, &b)) {
            draft d2 = d;
            size_t e = fig_after_number(s, &d2, b.end);
            if (!d2.unit[0] && rs == r &&
                (a.int_digits + b.int_digits >= 8 ||
                 (a.int_digits > 1 && cp_at(t, len, i, NULL) == '0'))) {
                *next = b.end; /* 027-87654321: a telephone number */
                return BULLETIN_OK;
            }
            bool same =
                rs == r || (e - b.end >= sc1 + u1 && memcmp(t + b.end, t + r, sc1 + u1) == 0 &&
                            (size_t)(rs - r) == sc1 + u1);
            if (same) {
                bl_buf vb;
                bl_buf_init(&vb, s->list->mem);
                status = fig_put_num(&vb, t, i, q);
                if (status == BULLETIN_OK)
                    status = bl_buf_put(&vb, t + rs, (size_t)ks);
                if (status == BULLETIN_OK)
                    status = fig_put_num(&vb, t, b.start, b.end);
                if (status != BULLETIN_OK) {
                    bl_buf_free(&vb);
                    return status;
                }
                char *vt = bl_buf_detach(&vb);
                if (!vt)
                    return BULLETIN_ERR_NOMEM;
                char lo_s[64], hi_s[64];
                bool ok1 = fig_fixed_num(t, i, q, lo_s, sizeof lo_s);
                bool ok2 = fig_fixed_num(t, b.start, b.end, hi_s, sizeof hi_s);
                d2.parts[0] = ok1 ? fig_exact_value(lo_s, &ok1) : HUGE_VAL;
                d2.parts[1] = ok2 ? fig_exact_value(hi_s, &ok2) : HUGE_VAL;
                d2.nparts = 2;
                d2.value = d2.parts[0];
                d2.parsed = ok1 && ok2;
                d2.kind = BL_FIG_RANGE;
                d2.change = BL_FIG_CHANGE_NONE;
                d2.verb_end = d2.pre;
                d2.end = e;
                *next = e;
                return fig_push(s, &d2, vt);
            }
        }
    }

    /* dates and years */
    bool integer = !a.frac && !a.seps && !neg;
    if (integer && nc == 0x5E74 /* 年 */) {
        size_t y_end = q + (size_t)k;
        num m;
        int km;
        if (fig_read_num(t, len, y_end, &m) && !m.frac && m.int_digits <= 2 &&
            cp_at(t, len, m.end, &km) == 0x6708 /* 月 */ && m.approx >= 1 && m.approx <= 12 &&
            a.int_digits == 4) {
            size_t e = m.end + (size_t)km;
            num dd;
            int kd;
            d.year = (int)a.approx;
            d.month = (int)m.approx;
            uint32_t dc;
            if (fig_read_num(t, len, e, &dd) && !dd.frac && dd.int_digits <= 2 &&
                ((dc = cp_at(t, len, dd.end, &kd)) == 0x65E5 || dc == 0x53F7) && dd.approx >= 1 &&
                dd.approx <= 31) {
                d.day = (int)dd.approx;
                e = dd.end + (size_t)kd;
            }
            d.kind = BL_FIG_DATE;
            d.value = d.year * 10000.0 + d.month * 100 + d.day;
            d.change = BL_FIG_CHANGE_NONE;
            d.verb_end = d.pre;
            d.end = e;
            *next = e;
            return fig_push(s, &d, fig_num_text(s, i, e));
        }
        bool dur = *d.qual != '\0';
        for (size_t w = 0; w < NELEM(duration_verbs); w++)
            if (has_before(t, 0, i, duration_verbs[w]))
                dur = true;
        if (!dur && a.int_digits == 4 && a.approx >= 1900 && a.approx <= 2100) {
            d.kind = BL_FIG_YEAR;
            d.year = (int)a.approx;
            d.value = a.approx;
            copy_str(d.unit, sizeof d.unit, "年", 3);
            copy_str(d.base, sizeof d.base, "年", 3);
            d.change = BL_FIG_CHANGE_NONE;
            d.verb_end = d.pre;
            d.end = y_end;
            *next = y_end;
            return fig_push(s, &d, fig_num_text(s, i, q));
        }
    }
    if (integer && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 12 && nc == 0x6708 /* 月 */) {
        size_t e = q + (size_t)k;
        num dd;
        int kd;
        uint32_t dc;
        d.month = (int)a.approx;
        if (fig_read_num(t, len, e, &dd) && !dd.frac && dd.int_digits <= 2 &&
            ((dc = cp_at(t, len, dd.end, &kd)) == 0x65E5 || dc == 0x53F7) && dd.approx >= 1 &&
            dd.approx <= 31) {
            d.day = (int)dd.approx;
            e = dd.end + (size_t)kd;
        }
        d.kind = BL_FIG_DATE;
        d.value = d.month * 100.0 + d.day;
        d.change = BL_FIG_CHANGE_NONE;
        d.verb_end = d.pre;
        d.qual = "";
        d.end = e;
        *next = e;
        return fig_push(s, &d, fig_num_text(s, i, e));
    }
    if (integer && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 31 && nc == 0x65E5 /* 日 */ &&
        !*d.qual && !d.change) {
        uint32_t c2 = cp_at(t, len, q + (size_t)k, NULL);
        if (c2 != 0x5185 /* 内 */ && !has_at(t, len, q + (size_t)k, "以内") &&
            !has_at(t, len, q + (size_t)k, "之内")) {
            size_t e = q + (size_t)k;
            d.kind = BL_FIG_DATE;
            d.day = (int)a.approx;
            d.value = d.day;
            d.verb_end = d.pre;
            d.end = e;
            *next = e;
            return fig_push(s, &d, fig_num_text(s, i, e));
        }
    }

    /* quantity */
    size_t e = fig_after_number(s, &d, q);
    if (has_at(t, len, e, "强") && !d.unit[0]) {
        draft_init(&d, i);
        d.value = a.approx;
        e += strlen("强");
        *next = e;
        char *vt = fig_num_text(s, i, q);
        if (vt) {
            bool ok;
            d.value = fig_exact_value(vt, &ok);
            d.parsed = ok;
        }
        return make_rank(s, &d, e, vt, false);
    }
    if (!d.unit[0] && !*d.qual && !d.change) {
        uint32_t c = cp_at(t, len, e, NULL);
        if (c != CP_BAD && (bl_is_han(c) || c == 0x201C || c == 0x300A)) {
            *next = e; /* 12345热线: a name */
            return BULLETIN_OK;
        }
    }
    if (d.change && (d.kind == BL_FIG_RANK))
        d.change = BL_FIG_CHANGE_NONE;
    d.end = e;
    *next = e > i ? e : i + 1;
    char *vt = fig_num_text(s, i, q);
    if (vt) {
        bool ok;
        d.value = fig_exact_value(vt, &ok);
        d.parsed = ok;
    }
    return fig_push(s, &d, vt);
}

/* A run of Chinese numerals at i (the run starts here). */
bulletin_status fig_chinese(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len, p = i;
    size_t last_small = i; /* end of the run without trailing 万/亿 */
    int nchars = 0, ndig = 0;
    bool all_digits = true, has_value_char = false;
    while (p < len) {
        int k;
        uint32_t c = cp_at(t, len, p, &k);
        if (c == CP_BAD || !is_cn_numeral(c))
            break;
        p += (size_t)k;
        nchars++;
        if (is_cn_digit(c)) {
            ndig++;
            if (c != 0x3007 && c != 0x96F6)
                has_value_char = true;
        } else {
            all_digits = false;
            if (c == 0x5341)
                has_value_char = true; /* 十 */
        }
        if (c != 0x4E07 && c != 0x4EBF)
            last_small = p;
    }
    *next = p;
    uint32_t prev = cp_before(t, 0, i, NULL);
    int k;
    /* 二〇二三年 */
    if (all_digits && ndig == 4 && cp_at(t, len, p, &k) == 0x5E74) {
        double y = 0;
        for (size_t j = i; j < p;) {
            int kk;
            uint32_t c = cp_at(t, len, j, &kk);
            double dv = 0;
            fig_cn_value(t, j, j + (size_t)kk, &dv);
            if (c == 0x3007 || c == 0x96F6)
                dv = 0;
            y = y * 10 + dv;
            j += (size_t)kk;
        }
        draft d;
        draft_init(&d, i);
        d.kind = BL_FIG_YEAR;
        d.numeral_chinese = true;
        d.year = (int)y;
        d.value = y;
        copy_str(d.unit, sizeof d.unit, "年", 3);
        copy_str(d.base, sizeof d.base, "年", 3);
        d.end = p + (size_t)k;
        *next = d.end;
        return fig_push(s, &d, bl_strndup(s->list->mem, t + i, p - i));
    }
    if (!has_value_char)
        return BULLETIN_OK; /* 千企百城, 万里行 */
    size_t q = last_small > i ? last_small : p;
    double v;
    if (!fig_cn_value(t, i, q, &v))
        return BULLETIN_OK; /* 十四五 */
    bool lone_yi = q - i == 3 && has_at(t, len, i, "一");
    draft d;
    draft_init(&d, i);
    d.numeral_chinese = true;
    d.value = v;
    if (prev == 0x7B2C /* 第 */) {
        size_t end;
        if (!rank_after_di(s, q, &end))
            return BULLETIN_OK;
        draft_init(&d, i - 3);
        d.value = v;
        *next = end;
        return make_rank(s, &d, end, bl_strndup(s->list->mem, t + i, q - i), true);
    }
    if (lone_yi)
        return BULLETIN_OK;
    if (has_at(t, len, q, "次产业"))
        return BULLETIN_OK; /* 三次产业: a name */
    fig_before_number(s, &d, i);
    size_t e = fig_after_number(s, &d, q);
    if (!d.base[0])
        return BULLETIN_OK; /* a Chinese numeral needs a unit */
    d.end = e;
    *next = e;
    return fig_push(s, &d, bl_strndup(s->list->mem, t + i, q - i));
}
