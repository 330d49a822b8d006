/*
 * numbers.c - reading numbers: runs of Arabic digits (with thousands
 * separators, a decimal part, full-width digits) and their exact values,
 * and runs of Chinese numerals (二〇二三, 三万, 两千零五).  Pure: what a
 * number is, not which figure it makes (recognise.c decides that).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>

#include "figures/figures_int.h"

/* Reads digits with optional thousands groups (",ddd" after a first group
 * of 1-3 digits) and a decimal part at i. */
/* The length of a space that may group digits at p: ASCII space, U+2009
 * thin space, U+202F narrow no-break space, U+00A0 (0: none). */
static size_t group_space(const char *t, size_t len, size_t p)
{
    if (p < len && t[p] == ' ')
        return 1;
    if (has_at(t, len, p, "\xE2\x80\x89") || has_at(t, len, p, "\xE2\x80\xAF"))
        return 3;
    return has_at(t, len, p, "\xC2\xA0") ? 2 : 0;
}

/* Thousands grouped by spaces (5 221, 108 344座, 35 349.06亿): after a
 * first group of 1-3 digits at i that follows no number (a row of
 * numbers, 352 368 411, is no one number), groups of exactly three
 * digits, the last followed by a decimal part, Han or a Latin letter
 * (directly or after one space).  Returns the end of the groups read (p
 * when there are none) and adds them to out. */
static size_t space_groups(const char *t, size_t len, size_t i, size_t p, num *out)
{
    if (i > 0) {
        size_t b = i;
        while (b > 0 && group_space(t, len, b - 1) == 1)
            b--;
        if (b > 0 && ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '.' || t[b - 1] == ','))
            return p;
    }
    size_t q = p, n = 0;
    double v = out->approx;
    for (;;) {
        size_t sp = group_space(t, len, q), j = 0;
        if (!sp)
            break;
        while (j < 4 && q + sp + j < len && t[q + sp + j] >= '0' && t[q + sp + j] <= '9')
            j++;
        if (j != 3)
            break;
        for (size_t r = q + sp; r < q + sp + 3; r++)
            v = v * 10 + (t[r] - '0');
        q += sp + 3;
        n++;
    }
    if (!n)
        return p;
    size_t a = q + (q < len && t[q] == ' ' ? 1 : 0);
    int k;
    uint32_t c = cp_at(t, len, a, &k);
    bool ends = (a == q && (c == '.' || c == 0xFF0E) && q + 1 < len && t[q + 1] >= '0' &&
                 t[q + 1] <= '9') ||
                (c != CP_BAD && (bl_is_han(c) || is_ascii_alpha(c)));
    if (!ends)
        return p;
    out->approx = v;
    out->int_digits += 3 * (int)n;
    return q;
}

/* Whether a unit of measure, money or rate (through a scale) stands at q:
 * after the decimals of a point written as `。` or a middle dot (not a
 * measure word, not a time). */
static bool measure_at(const char *t, size_t len, size_t q)
{
    double f;
    q += fig_match_scale(t, len, q, &f);
    bl_figure_kind kind;
    char base[BL_FIG_UNIT_MAX];
    if (!fig_match_unit(t, len, q, &kind, base, sizeof base))
        return false;
    return kind == BL_FIG_QUANTITY || kind == BL_FIG_AMOUNT || kind == BL_FIG_PERCENT ||
           kind == BL_FIG_POINTS || kind == BL_FIG_MULTIPLE;
}

/* An ideographic full stop as the decimal point of a mangled copy
 * (水域總面積1。2平方公里): `。` at p between digits, the digits after it
 * followed (through a scale) by a unit of measure, money or rate (not a
 * measure word, not a time: 共1。2个 and 增长1。2月份 are two sentences).
 * Returns the length of the `。` (0: a full stop). */
static size_t ideographic_point(const char *t, size_t len, size_t p)
{
    int d, k;
    if (!has_at(t, len, p, "。"))
        return 0;
    size_t q = p + strlen("。");
    if (!digit_at(t, len, q, &d, &k))
        return 0;
    while (digit_at(t, len, q, &d, &k))
        q += (size_t)k;
    return measure_at(t, len, q) ? strlen("。") : 0;
}

/* Whether cp is a middle dot (U+00B7 ·, U+2027 ‧, U+30FB ・, U+FF65 ･):
 * the one set that middle_dot, fig_fixed_num and fig_exact_value read. */
static bool is_middle_dot(uint32_t cp)
{
    return cp == 0xB7 || cp == 0x2027 || cp == 0x30FB || cp == 0xFF65;
}

/* The length of a middle dot at p (0: none). */
static size_t middle_dot(const char *t, size_t len, size_t p)
{
    int k;
    uint32_t cp = cp_at(t, len, p, &k);
    return cp != CP_BAD && is_middle_dot(cp) ? (size_t)k : 0;
}

/* A middle dot as the decimal point (医疗保健类价格上涨1·8%, round 30
 * class 1): a middle dot at p between the digits t[i, p) and digits
 * followed by a unit of measure, money or rate, as ideographic_point()
 * reads `。`; never in a run of dotted numbers (a date 2022·12·01, a
 * section 1·2·3): no dot or digit-dot before i, no dot and digit after
 * the decimals.  Returns the length of the dot (0: none). */
static size_t middle_dot_point(const char *t, size_t len, size_t i, size_t p)
{
    size_t m = middle_dot(t, len, p);
    if (!m)
        return 0;
    for (size_t b = i > 3 ? i - 3 : 0; b < i; b++)
        if (middle_dot(t, len, b) == i - b || (b == i - 1 && (t[b] == '.' || t[b] == '-' || t[b] == '/')))
            return 0;
    int d, k;
    size_t q = p + m;
    if (!digit_at(t, len, q, &d, &k))
        return 0;
    while (digit_at(t, len, q, &d, &k))
        q += (size_t)k;
    if (middle_dot(t, len, q) || (q < len && t[q] == '.'))
        return 0;
    return measure_at(t, len, q) ? m : 0;
}

/* Whether the comma at p after the digits t[i, p) is a decimal comma:
 * one or two digits after it, then a per cent sign, a space or the end
 * (17,1% and 390,83 millones in a Spanish line), in a line of Latin
 * script (a Latin word and no CJK character in the 40 bytes before the
 * number, which follows a space or an opening bracket; a bare 6,4 stays
 * two numbers).  A Chinese text's 5,6 lists
 * numbers; 1,234 groups thousands. */
static bool decimal_comma(const char *t, size_t len, size_t i, size_t p)
{
    if (p + 1 >= len || t[p] != ',' || t[p + 1] < '0' || t[p + 1] > '9')
        return false;
    size_t e = p + 2;
    if (e < len && t[e] >= '0' && t[e] <= '9')
        e++;
    if (e < len && t[e] != '%' && t[e] != ' ')
        return false;
    if (i == 0 || (t[i - 1] != ' ' && t[i - 1] != '('))
        return false;
    bool word = false;
    for (size_t j = i > 40 ? i - 40 : 0; j < i; j++) {
        if ((unsigned char)t[j] >= 0xE0)
            return false;
        if (j > 0 && ((t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z') &&
            ((t[j - 1] | 0x20) >= 'a' && (t[j - 1] | 0x20) <= 'z'))
            word = true;
    }
    return word;
}

/* Round 34, review 36: a damaged separator, two marks of , . ， ． glued
 * between digits (3,.83, 3，.83, 3.．83, 12．，5, 0..5, 1,,234): its byte
 * length at p (0: none), the digit after it included in none.  *point
 * when one of the two is a point (the number's decimal point, written
 * once); two ASCII commas are a thousands separator; two full-width
 * commas are no separator (a list's empty item). */
static bool damaged_mark(uint32_t c, bool *point)
{
    *point = c == '.' || c == 0xFF0E;
    return *point || c == ',' || c == 0xFF0C;
}

static size_t damaged_sep(const char *t, size_t len, size_t p, bool *point)
{
    int k1, k2;
    bool p1, p2;
    if (!damaged_mark(cp_at(t, len, p, &k1), &p1))
        return 0;
    size_t q = p + (size_t)k1;
    uint32_t c2 = cp_at(t, len, q, &k2);
    if (!damaged_mark(c2, &p2))
        return 0;
    q += (size_t)k2;
    if (q >= len || t[q] < '0' || t[q] > '9')
        return 0;
    *point = p1 || p2;
    if (!*point && (t[p] != ',' || c2 != ','))
        return 0;
    return q - p;
}

/* The damaged separator at i after a digit inside the number t[a, e), as
 * fig_put_num and fig_fixed_num write it: its length (0: none). */
static size_t damaged_in_number(const char *t, size_t a, size_t i, size_t e, bool *point)
{
    if (i <= a || t[i - 1] < '0' || t[i - 1] > '9')
        return 0;
    return damaged_sep(t, e, i, point);
}

bool fig_read_num(const char *t, size_t len, size_t i, num *out)
{
    int d, k;
    size_t p = i;
    memset(out, 0, sizeof *out);
    out->start = i;
    if (!digit_at(t, len, p, &d, &k))
        return false;
    int group = 0;
    while (digit_at(t, len, p, &d, &k)) {
        out->approx = out->approx * 10 + d;
        out->int_digits++;
        group++;
        p += (size_t)k;
    }
    while (group <= 3 && p + 4 <= len && t[p] == ',') {
        int j, dd, kk;
        size_t q = p + 1;
        for (j = 0; j < 3; j++) {
            if (q >= len || t[q] < '0' || t[q] > '9')
                break;
            q++;
        }
        if (j < 3 || digit_at(t, len, q, &dd, &kk))
            break;
        for (size_t r = p + 1; r < q; r++)
            out->approx = out->approx * 10 + (t[r] - '0');
        out->int_digits += 3;
        out->seps = true;
        group = 3;
        p = q;
    }
    /* round 34: a damaged separator (damaged_sep: 调账处理金额3,.83万元,
     * 3，.83, 12.,5, 0..5, 1,,234): one number, read with the point where
     * one was written, else as thousands (1,,234) */
    bool dpoint;
    size_t dn = damaged_sep(t, len, p, &dpoint);
    if (dn) {
        size_t q = p + dn, n = 0;
        while (q < len && t[q] >= '0' && t[q] <= '9')
            q++, n++;
        if (dpoint) {
            double scale = 0.1;
            for (size_t r = p + dn; r < q; r++, scale /= 10)
                out->approx += (t[r] - '0') * scale;
            out->frac = true;
            out->end = q;
            return true;
        }
        if (n == 3 && !digit_at(t, len, q, &d, &k)) {
            for (size_t r = p + dn; r < q; r++)
                out->approx = out->approx * 10 + (t[r] - '0');
            out->int_digits += 3;
            out->seps = true;
            out->end = q;
            return true;
        }
    }
    if (!out->seps && group <= 3)
        p = space_groups(t, len, i, p, out);
    if (!out->seps && group <= 3 && decimal_comma(t, len, i, p)) {
        out->approx += (t[p + 1] - '0') * 0.1;
        if (t[p + 2] >= '0' && t[p + 2] <= '9')
            out->approx += (t[p + 2] - '0') * 0.01;
        out->frac = true;
        out->end = p + 2 + (t[p + 2] >= '0' && t[p + 2] <= '9');
        return true;
    }
    int k2;
    uint32_t cp = cp_at(t, len, p, &k2);
    if (!out->seps && ideographic_point(t, len, p))
        cp = '.';
    else if (!out->seps && group <= 3) {
        size_t m = middle_dot_point(t, len, i, p);
        if (m) {
            cp = '.';
            k2 = (int)m;
        }
    }
    if ((cp == '.' || cp == 0xFF0E) && digit_at(t, len, p + (size_t)k2, &d, &k)) {
        double scale = 0.1;
        p += (size_t)k2;
        out->frac = true;
        while (digit_at(t, len, p, &d, &k)) {
            out->approx += d * scale;
            scale /= 10;
            p += (size_t)k;
        }
    }
    out->end = p;
    return true;
}

bool fig_cell_number(const char *t, size_t len, size_t *sign, size_t *digits, size_t *end)
{
    size_t i = 0;
    while (i < len && t[i] == ' ')
        i++;
    *sign = i;
    size_t e = len;
    while (e > i && t[e - 1] == ' ')
        e--;
    int k;
    uint32_t c = cp_at(t, e, i, &k);
    bool spaced_sign = false;
    if (c == '-' || c == 0x2212 || c == 0xFF0D || c == '+') {
        i += (size_t)k;
        while (i < e && t[i] == ' ') {
            i++;
            spaced_sign = true;
        }
    }
    *digits = i;
    size_t g = 0;
    while (i < e && t[i] >= '0' && t[i] <= '9')
        i++, g++;
    if (g == 0)
        return false;
    size_t groups = 0;
    while (g <= 3 && i + 4 <= e && t[i] == ' ' && t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] >= '0' &&
           t[i + 2] <= '9' && t[i + 3] >= '0' && t[i + 3] <= '9' &&
           !(i + 4 < e && t[i + 4] >= '0' && t[i + 4] <= '9')) {
        i += 4;
        groups++;
    }
    if (i + 1 < e && t[i] == '.' && t[i + 1] >= '0' && t[i + 1] <= '9') {
        i++;
        while (i < e && t[i] >= '0' && t[i] <= '9')
            i++;
    }
    if (i != e || (!groups && !spaced_sign))
        return false;
    *end = e;
    return true;
}

void fig_read_cell_num(const char *t, size_t digits, size_t end, num *out)
{
    memset(out, 0, sizeof *out);
    out->start = digits;
    size_t i = digits;
    double scale = 0;
    for (; i < end; i++) {
        char c = t[i];
        if (c == '.') {
            out->frac = true;
            scale = 0.1;
        } else if (c >= '0' && c <= '9') {
            if (out->frac) {
                out->approx += (c - '0') * scale;
                scale /= 10;
            } else {
                out->approx = out->approx * 10 + (c - '0');
                out->int_digits++;
            }
        } else if (c == ' ') {
            out->seps = true; /* thousands grouped by spaces */
        }
    }
    out->end = end;
}

/* Whether the comma at i ends the number t[.., e) with one or two digits:
 * a decimal comma (17,1), as fig_read_num() reads it; a thousands
 * separator has three. */
static bool decimal_tail(const char *t, size_t i, size_t e)
{
    size_t n = e - i - 1;
    if ((i > 0 && t[i - 1] == '.') || (i + 1 < e && (t[i + 1] == '.' || t[i + 1] == ',')))
        return false; /* 12.,5, 1,,234: a damaged separator beside the point or another comma */
    if (i > 0 && t[i - 1] == ',')
        return false;
    if (n < 1 || n > 2)
        return false;
    for (size_t j = i + 1; j < e; j++)
        if (t[j] < '0' || t[j] > '9')
            return false;
    return true;
}

/* Appends the number in t[a, b) with ASCII digits and no separators. */
bulletin_status fig_put_num(bl_buf *b, const char *t, size_t a, size_t e)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t i = a; i < e && status == BULLETIN_OK;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        int d = digit_val(cp);
        bool dpoint;
        size_t dn = damaged_in_number(t, a, i, e, &dpoint);
        if (dn) {
            if (dpoint)
                status = bl_buf_putc(b, '.');
            i += dn;
            continue;
        }
        if (d >= 0)
            status = bl_buf_putc(b, (char)('0' + d));
        else if (cp == '.' || cp == 0xFF0E || (cp == ',' && decimal_tail(t, i, e)))
            status = bl_buf_putc(b, '.');
        else if (cp == '-' || cp == 0x2212 || cp == 0xFF0D)
            status = bl_buf_putc(b, '-');
        else if (cp != ',' && cp != ' ' && cp != 0x2009 && cp != 0x202F && cp != 0xA0)
            status = bl_buf_put(b, t + i, (size_t)k);
        i += (size_t)k;
    }
    return status;
}

/* The number in t[a, e) normalised into out (cap bytes); false when it
 * does not fit (then it is treated as not parsed). */
bool fig_fixed_num(const char *t, size_t a, size_t e, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = a; i < e;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        int d = digit_val(cp);
        bool dpoint;
        size_t dn = damaged_in_number(t, a, i, e, &dpoint);
        if (dn) {
            if (dpoint && o + 1 >= cap)
                return false;
            if (dpoint)
                out[o++] = '.';
            i += dn;
            continue;
        }
        char c = d >= 0 ? (char)('0' + d)
                 : (cp == '.' || cp == 0xFF0E || cp == 0x3002 || is_middle_dot(cp) ||
                    (cp == ',' && decimal_tail(t, i, e))) ? '.'
                 : (cp == '-' || cp == 0x2212 || cp == 0xFF0D) ? '-'
                                                               : 0;
        i += (size_t)k;
        if (!c)
            continue;
        if (o + 1 >= cap)
            return false;
        out[o++] = c;
    }
    out[o] = '\0';
    return true;
}

/* The exact double of an ASCII decimal "[-]ddd[.ddd]": a correctly rounded
 * fast path for up to 15 significant digits (locale-independent), strtod
 * beyond.  *ok is false when the value does not fit a double. */
double fig_exact_value(const char *s, bool *ok)
{
    /* 1。2: the ideographic full stop read as the decimal point
     * (ideographic_point) stays in the value's text as written */
    /* so do the middle dots (middle_dot_point) */
    char fixed[64];
    size_t sl = strlen(s);
    for (size_t j = 0; j < sl && sl < sizeof fixed;) {
        int ml;
        uint32_t cp = cp_at(s, sl, j, &ml);
        if (cp == 0x3002 || is_middle_dot(cp)) {
            memcpy(fixed, s, j);
            fixed[j] = '.';
            memcpy(fixed + j + 1, s + j + (size_t)ml, sl - j - (size_t)ml + 1);
            s = fixed;
            break;
        }
        j += (size_t)ml;
    }
    static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = s;
    bool neg = *p == '-';
    if (neg)
        p++;
    uint64_t m = 0;
    int sig = 0, fracd = 0;
    bool in_frac = false, fast = true;
    for (; *p; p++) {
        if (*p == '.') {
            in_frac = true;
            continue;
        }
        if (*p < '0' || *p > '9') {
            fast = false;
            break;
        }
        if (m || *p != '0')
            sig++;
        if (sig > 15) {
            fast = false;
            break;
        }
        m = m * 10 + (uint64_t)(*p - '0');
        if (in_frac)
            fracd++;
    }
    *ok = true;
    if (fast && fracd <= 22) {
        double v = (double)m / p10[fracd];
        return neg ? -v : v;
    }
    errno = 0;
    double v = strtod(s, NULL);
    if (errno == ERANGE || !isfinite(v))
        *ok = false;
    return v;
}

/* The value of a run of Chinese numerals; false when malformed (十四五). */
bool fig_cn_value(const char *t, size_t a, size_t e, double *out)
{
    /* total: what came before the last 亿, times 亿; wan: the 万 group
     * since then; section: below 万.  一亿二千万 = 1e8 + 2000e4. */
    double total = 0, wan = 0, section = 0, frac = 0, frac_scale = 0;
    int digit = -1;
    bool any = false;
    for (size_t i = a; i < e;) {
        int k;
        uint32_t cp = cp_at(t, e, i, &k);
        i += (size_t)k;
        int d = -1;
        if (cp == 0x3007 || cp == 0x96F6) /* 〇 零 */
            d = 0;
        else if (cp == 0x4E24) /* 两 */
            d = 2;
        else {
            static const char dig[] = "一二三四五六七八九";
            for (int j = 0; j < 9; j++)
                if (cp == cp_of(dig + 3 * j))
                    d = j + 1;
        }
        if (frac_scale > 0) { /* after 点: digits only, frac / frac_scale */
            if (d < 0)
                return false;
            frac = frac * 10 + d;
            frac_scale *= 10;
            continue;
        }
        if (cp == 0x70B9) { /* 点: 三点五 */
            if (!any || i >= e)
                return false;
            frac_scale = 1;
            continue;
        }
        if (d >= 0) {
            if (digit >= 0 && !(digit == 0 || d == 0))
                return false; /* two digits in a row: 十四五 */
            digit = d;
            any = true;
            continue;
        }
        double u = cp == 0x5341   ? 10
                   : cp == 0x767E ? 100
                   : cp == 0x5343 ? 1000
                   : cp == 0x4E07 ? 1e4
                   : cp == 0x4EBF ? 1e8
                                  : 0;
        if (u == 0)
            return false;
        if (u < 1e4) {
            section += (digit < 0 ? 1 : digit) * u;
        } else if (u == 1e4) {
            section += digit < 0 ? 0 : digit;
            if (section == 0 && wan == 0 && total == 0)
                return false; /* 万 alone */
            wan = (wan + section) * u; /* 三万, and 万 after 万: 万万 */
            section = 0;
        } else {
            section += digit < 0 ? 0 : digit;
            if (section == 0 && wan == 0 && total == 0)
                return false; /* 亿 alone */
            total = (total + wan + section) * u; /* 三万亿 = 3e12 */
            wan = 0;
            section = 0;
        }
        digit = -1;
        any = true;
    }
    if (!any)
        return false;
    double whole = total + wan + section + (digit < 0 ? 0 : digit);
    /* one correctly rounded division: 十二点零五 is exactly the double 12.05 */
    *out = frac_scale > 1 ? (whole * frac_scale + frac) / frac_scale : whole;
    return true;
}
