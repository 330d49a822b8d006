/*
 * select.c - which figures the backends show beside their full lists:
 * the key figures, the growth series both growth charts plot (the PDF's
 * and the workbook's), the workbook's amounts, and the short labels the
 * PDF prints.  One policy for both backends; see select.h.
 */
#include <stdio.h>
#include <string.h>

#include "bulletin_int.h"
#include "figures/select.h"

/* ------------------------------------------------------------------------
 * The series of the charts
 * ---------------------------------------------------------------------- */

bool bl_select_is_growth(const bulletin_figure *f)
{
    return f->listed && f->parsed && f->change
           && (strcmp(f->unit, "%") == 0 || strcmp(f->unit, "％") == 0);
}

size_t bl_select_growth_series(const bulletin_doc *doc, bl_growth_bar *bars, size_t max)
{
    size_t n = bulletin_doc_figure_count(doc), count = 0;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK || !bl_select_is_growth(&f))
            continue;
        if (count < max)
            bars[count] = (bl_growth_bar){i, f.link, f.signed_value};
        count++;
    }
    return count;
}

size_t bl_select_amounts(const bulletin_doc *doc, size_t *out, size_t max)
{
    size_t n = bulletin_doc_figure_count(doc), count = 0;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK || !f.listed || !f.parsed
            || f.kind != BULLETIN_FIGURE_AMOUNT || f.change)
            continue;
        if (count < max)
            out[count] = i;
        count++;
    }
    return count;
}

/* ------------------------------------------------------------------------
 * Key figures
 * ---------------------------------------------------------------------- */

static bool key_candidate(const bulletin_figure *f)
{
    return f->listed && f->parsed && f->value > 0 && !f->change
           && (f->kind == BULLETIN_FIGURE_AMOUNT || f->kind == BULLETIN_FIGURE_COUNT);
}

/* Inserts figure `i` of size `norm` into the best-first list best[0..*n)
 * of at most `max` entries (ties: the earlier figure first). */
static void keep_best(size_t *best, double *norms, size_t *n, size_t max, size_t i, double norm)
{
    size_t at = *n;
    while (at > 0 && norms[at - 1] < norm)
        at--;
    if (at >= max)
        return;
    size_t last = *n < max ? *n : max - 1;
    memmove(best + at + 1, best + at, (last - at) * sizeof *best);
    memmove(norms + at + 1, norms + at, (last - at) * sizeof *norms);
    best[at] = i;
    norms[at] = norm;
    if (*n < max)
        (*n)++;
}

bulletin_status bl_select_key_figures(const bulletin_doc *doc, const bulletin_mem *mem,
                                      bl_key_figure *keys, size_t max, size_t *nkeys)
{
    size_t n = bulletin_doc_figure_count(doc), k = 0;
    size_t found[BL_SELECT_KEYS_MAX];
    *nkeys = 0;
    if (max > BL_SELECT_KEYS_MAX)
        max = BL_SELECT_KEYS_MAX;
    if (n == 0 || max == 0)
        return BULLETIN_OK;
    if (!mem)
        mem = doc->mem ? doc->mem : bulletin_default_mem();
    size_t *rate = bl_calloc(mem, n, sizeof *rate); /* rate + 1 of figure i, 0: none */
    if (!rate)
        return BULLETIN_ERR_NOMEM;
    bulletin_figure f;
    for (size_t i = 0; i < n; i++)
        if (bulletin_doc_figure(doc, i, &f) == BULLETIN_OK && bl_select_is_growth(&f)
            && f.link < n && !rate[f.link])
            rate[f.link] = i + 1;
    for (size_t i = 0; i < n && k < max; i++)
        if (rate[i] && bulletin_doc_figure(doc, i, &f) == BULLETIN_OK && key_candidate(&f))
            found[k++] = i;
    for (int pass = 0; pass < 2 && k < max; pass++) {
        size_t best[BL_SELECT_KEYS_MAX], nb = 0;
        double norms[BL_SELECT_KEYS_MAX];
        for (size_t i = 0; i < n; i++) {
            if (rate[i] || bulletin_doc_figure(doc, i, &f) != BULLETIN_OK || !key_candidate(&f)
                || (f.kind == BULLETIN_FIGURE_AMOUNT) != (pass == 0))
                continue;
            keep_best(best, norms, &nb, max - k, i, f.norm);
        }
        for (size_t j = 0; j < nb; j++)
            found[k++] = best[j];
    }
    for (size_t j = 0; j < k; j++)
        keys[j] = (bl_key_figure){found[j], rate[found[j]] ? rate[found[j]] - 1 : BULLETIN_NO_LINK};
    bl_free(mem, rate);
    *nkeys = k;
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Labels
 * ---------------------------------------------------------------------- */

void bl_select_label(const bulletin_doc *doc, size_t i, char *out, size_t size)
{
    bulletin_figure f, p;
    out[0] = '\0';
    if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK)
        return;
    const char *label = f.label;
    if (!*label) {
        size_t n = f.context_len < size - 1 ? f.context_len : size - 1;
        /* whole characters only */
        while (n > 0 && n < f.context_len && ((unsigned char)f.context[n] & 0xC0) == 0x80)
            n--;
        memcpy(out, f.context, n);
        out[n] = '\0';
        return;
    }
    if (strlen(label) <= 6 && i > 0 && bulletin_doc_figure(doc, i - 1, &p) == BULLETIN_OK
        && p.node == f.node && p.label[0] && strcmp(p.label, label) != 0
        && strlen(p.label) + strlen(label) < size) {
        size_t a = strlen(p.label), b = strlen(label);
        memcpy(out, p.label, a);
        memcpy(out + a, label, b + 1);
        return;
    }
    snprintf(out, size, "%s", label);
}

/* 规模以上工业增加值增长 -> 规模以上工业增加值: the words of a change at
 * the end of a rate's own label. */
static void strip_change_words(char *lab)
{
    static const char *const words[] = {"增长", "下降", "减少", "提高", "增加", "回落",
                                        "同比", "比上年", "较上年"};
    for (bool again = true; again;) {
        again = false;
        size_t n = strlen(lab);
        for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
            size_t w = strlen(words[k]);
            if (n > w + 3 && !strcmp(lab + n - w, words[k])) {
                lab[n - w] = '\0';
                again = true;
                break;
            }
        }
    }
}

void bl_select_growth_label(const bulletin_doc *doc, const bl_growth_bar *b, char *out,
                            size_t size)
{
    if (b->subject != BULLETIN_NO_LINK) {
        bl_select_label(doc, b->subject, out, size);
    } else {
        bl_select_label(doc, b->figure, out, size);
        strip_change_words(out);
    }
}

void bl_select_growth_caption(const bulletin_doc *doc, size_t rate, char *out, size_t size)
{
    bulletin_figure f;
    out[0] = '\0';
    if (bulletin_doc_figure(doc, rate, &f) != BULLETIN_OK)
        return;
    if (f.context_len <= 24 && f.context_len < size) {
        memcpy(out, f.context, f.context_len);
        out[f.context_len] = '\0';
    } else {
        snprintf(out, size, "%s%s%s", f.change > 0 ? "增长" : "下降", f.value_text, f.unit);
    }
}
