/*
 * names.c - text that names rather than counts: runs of Latin letters and
 * digits (5G, PM2.5), quotations and book titles skipped whole, and the
 * identifiers among them: standard numbers (GB/T 29490—2013) and document
 * numbers (鄂知发〔2025〕2号), figures of kind identifier.
 */
#include <stdlib.h>

#include "figures/figures_int.h"

/* Document-number prefixes drop these leading words. */
static const char *const docnum_lead[] = {"印发", "根据", "依据", "按照", "关于", "出台", "下发",
                                          "转发", "了",   "的",   "和",   "及",   "与"};

/* Standard-number prefixes recognised without a year suffix. */
static const char *const std_prefixes[] = {"GB", "DB", "ISO", "IEC", "HJ", "JB",  "QB",  "YY", "GA",
                                           "WS", "NY", "SN",  "SB",  "JT", "JGJ", "CJJ", "T/"};

/* Skips a run of ASCII letters and digits with inner . - / _ (names such
 * as 5G, PM2.5, COVID-19, www.gov.cn). */
size_t fig_skip_alnum(const char *t, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)t[i];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            i++;
            continue;
        }
        if ((c == '.' || c == '-' || c == '/' || c == '_') && i + 1 < len) {
            unsigned char d = (unsigned char)t[i + 1];
            if ((d >= '0' && d <= '9') || (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z')) {
                i++;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Round 39 class 1: a pollutant's or chemical's name whose subscript a
 * copy spaced from its letters, or wrapped onto the next line (`PM 2.5`,
 * `PM 10`, `O 3`, `NO 2`, `SO 2`, `CO 2`, `NH 3`, `CH 4`): a name, as
 * `PM2.5` written whole is, and no figure.  The letters are the token
 * [i, tok_end), upper case as chemists write them; the subscript is one
 * of the name's own (PM 2.5, never PM 36; O 3, never O 7), whole (no digit
 * after it).  Returns the subscript's end, 0 when the token is no such
 * name. */
/* Whether a Latin unit or a rate is written right after byte e (CO 2mg/m3,
 * CO 2μg/m3, O 3%: a value of CO or O, not CO2 or O3), or a measure's
 * unit in Han (CO 2毫克/立方米; not a duration: PM 2.5年均浓度, O 3日最大,
 * nor a count: PM 10个监测点). */
static bool measured_after(const char *t, size_t len, size_t e)
{
    if (e >= len)
        return false;
    unsigned char c = (unsigned char)t[e];
    if (is_ascii_alpha(c) || c == '%' || has_at(t, len, e, "\xCE\xBC") /* μ */ ||
        has_at(t, len, e, "\xC2\xB5") /* µ */ || has_at(t, len, e, "\xEF\xBC\x85") /* ％ */)
        return true;
    bl_figure_kind kind;
    char base[64];
    return c >= 0x80 && fig_match_unit(t, len, e, &kind, base, sizeof base) && kind == BL_FIG_QUANTITY;
}

static size_t spaced_formula_end(const char *t, size_t len, size_t i, size_t tok_end)
{
    static const struct {
        const char *name, *subs[5];
    } formulas[] = {
        {"PM", {"2.5", "10", "1.0", "1", "100"}},
        {"O", {"3", "2", NULL, NULL, NULL}},
        {"NO", {"2", "3", NULL, NULL, NULL}},
        {"SO", {"2", "3", NULL, NULL, NULL}},
        {"CO", {"2", NULL, NULL, NULL, NULL}},
        {"NH", {"3", "4", NULL, NULL, NULL}},
        {"CH", {"4", NULL, NULL, NULL, NULL}},
    };
    size_t p = tok_end, gaps = 0;
    bool wrap = false;
    while (p < len && (t[p] == ' ' || t[p] == '\t' || (t[p] == '\n' && !wrap) || t[p] == '\r')) {
        wrap = wrap || t[p] == '\n';
        p++;
        gaps++;
    }
    if (!gaps || gaps > 3)
        return 0;
    for (size_t f = 0; f < NELEM(formulas); f++) {
        size_t n = strlen(formulas[f].name);
        if (tok_end - i != n || memcmp(t + i, formulas[f].name, n) != 0)
            continue;
        for (size_t k = 0; k < NELEM(formulas[f].subs) && formulas[f].subs[k]; k++) {
            size_t m = strlen(formulas[f].subs[k]);
            if (p + m <= len && memcmp(t + p, formulas[f].subs[k], m) == 0 &&
                !(p + m < len && ((t[p + m] >= '0' && t[p + m] <= '9') ||
                                  (t[p + m] == '.' && p + m + 1 < len && t[p + m + 1] >= '0' &&
                                   t[p + m + 1] <= '9'))) &&
                !measured_after(t, len, p + m))
                return p + m;
        }
    }
    return 0;
}

/* Standard numbers (GB/T 29490—2013) or names in Latin letters. */
bulletin_status fig_latin(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len, p = i;
    while (p < len &&
           (is_ascii_alpha((unsigned char)t[p]) || t[p] == '/' || (t[p] >= '0' && t[p] <= '9')))
        p++;
    size_t tok_end = p;
    size_t formula = spaced_formula_end(t, len, i, tok_end);
    if (formula) {
        *next = formula;
        return BULLETIN_OK;
    }
    size_t letters = 0;
    while (i + letters < tok_end && t[i + letters] >= 'A' && t[i + letters] <= 'Z')
        letters++;
    bool known = false;
    for (size_t k = 0; k < NELEM(std_prefixes); k++)
        if (has_at(t, tok_end, i, std_prefixes[k]))
            known = true;
    /* the number part: after one space, or the token's trailing digits */
    size_t numend = 0;
    num a;
    if (tok_end < len && t[tok_end] == ' ' && fig_read_num(t, len, tok_end + 1, &a) && !a.seps)
        numend = a.end;
    else if (tok_end > i + letters && t[tok_end - 1] >= '0' && t[tok_end - 1] <= '9')
        numend = tok_end;
    /* dotted parts (ISO 9001.1) */
    while (numend && numend + 1 < len && t[numend] == '.' && t[numend + 1] >= '0' &&
           t[numend + 1] <= '9') {
        numend++;
        while (numend < len && t[numend] >= '0' && t[numend] <= '9')
            numend++;
    }
    size_t yend = 0;
    if (numend) {
        int k;
        uint32_t c = cp_at(t, len, numend, &k);
        if (c == 0x2014 || c == 0x2013 || c == '-' || c == 0x2010 || c == 0x2011 || c == ':' ||
            c == 0xFF1A) {
            size_t y = numend + (size_t)k, j = 0;
            while (j < 4 && y + j < len && t[y + j] >= '0' && t[y + j] <= '9')
                j++;
            if (j == 4 && !(y + 4 < len && t[y + 4] >= '0' && t[y + 4] <= '9'))
                yend = y + 4;
        }
    }
    if (numend && letters >= 1 && (known || (letters >= 2 && yend))) {
        size_t end = yend ? yend : numend;
        *next = end;
        return fig_push_identifier(s, i, end, 0);
    }
    *next = fig_skip_alnum(t, len, i);
    if (*next <= i)
        *next = i + 1;
    return BULLETIN_OK;
}

/* Document numbers: PREFIX〔2025〕2号 at an opening bracket. */
bool fig_docnum(scan *s, size_t i, int n, uint32_t open, size_t *next, bulletin_status *st)
{
    const char *t = s->t;
    size_t len = s->len;
    uint32_t close = open == 0x3014   ? 0x3015
                     : open == '['    ? ']'
                     : open == 0xFF3B ? 0xFF3D
                     : open == 0x201E ? 0x201F
                                      : 0x3011;
    size_t p = i + (size_t)n, j = 0;
    while (j < 4 && p + j < len && t[p + j] >= '0' && t[p + j] <= '9')
        j++;
    int k;
    if (j == 0)
        return false;
    if (cp_at(t, len, p + j, &k) != close) {
        if (j == 4 && open != '[') {
            /* 广安区府办发〔202026: a document number cut short */
            while (p + j < len && t[p + j] >= '0' && t[p + j] <= '9')
                j++;
            *next = p + j;
            *st = BULLETIN_OK;
            return true;
        }
        return false;
    }
    size_t q = p + j + (size_t)k, r = q;
    while (r < len && t[r] >= '0' && t[r] <= '9')
        r++;
    if (j != 4 || r == q || !has_at(t, len, r, "号")) {
        *next = q; /* [1], 〔2025〕 alone: not a figure */
        *st = BULLETIN_OK;
        return true;
    }
    size_t end = r + strlen("号");
    size_t lo = seg_floor(s), a = i;
    for (int c = 0; c < 8; c++) {
        int kk;
        uint32_t cp = cp_before(t, lo, a, &kk);
        if (cp == CP_BAD || !bl_is_han(cp))
            break;
        a -= (size_t)kk;
    }
    for (bool again = true; again;) {
        again = false;
        for (size_t w = 0; w < NELEM(docnum_lead); w++)
            if (a < i && has_at(t, i, a, docnum_lead[w])) {
                a += strlen(docnum_lead[w]);
                again = true;
            }
    }
    while (bl_utf8_count(t + a, i - a) > 5) { /* at most 5 characters */
        int kk;
        cp_at(t, i, a, &kk);
        a += (size_t)kk;
    }
    *next = end;
    *st = fig_push_identifier(s, a, end, (int)strtol(t + p, NULL, 10));
    return true;
}

/* Quotes and book titles: returns the end of a name to skip, or 0. */
size_t fig_name_region(const scan *s, size_t i, uint32_t open, int n)
{
    uint32_t close;
    bool title = false;
    switch (open) {
    case 0x201C: close = 0x201D; break;
    case 0x2018: close = 0x2019; break;
    case 0x300C: close = 0x300D; break;
    case 0x300E: close = 0x300F; break;
    case '"': close = '"'; break;
    case 0x300A:
        close = 0x300B;
        title = true;
        break;
    case 0x3008:
        close = 0x3009;
        title = true;
        break;
    default: return 0;
    }
    size_t p = i + (size_t)n, lim = i + BL_FIG_QUOTE_MAX;
    if (lim > s->len)
        lim = s->len;
    while (p < lim) {
        int k;
        bool sent;
        uint32_t c = cp_at(s->t, s->len, p, &k);
        if (c == close)
            return p + (size_t)k;
        if (!title &&
            (c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F || c == '\n'))
            return 0; /* a quotation: scanned */
        if (title && is_clause_punct(c, &sent) && sent)
            return 0;
        p += (size_t)k;
    }
    return 0;
}
