/*
 * select.h - which figures the backends show beside their full lists, and
 * under what labels: one policy for the PDF and the workbook.
 *
 *   - key figures: the cards of the PDF's key-figures page, the most
 *     telling amounts and counts, each with its growth rate;
 *   - the growth series: the bars of the growth chart, drawn by the PDF on
 *     its key-figures page and by the workbook on its 图表 sheet, so that
 *     both charts plot the same figures with the same values, in the same
 *     order (each shows as many as it has room for, from the first);
 *   - the amounts series: the workbook's chart of money amounts;
 *   - the short labels the PDF prints on cards and bars.  (The workbook
 *     labels its bars with formulas that link to the 指标 cells of 数据.)
 *
 * Only the public view of the figures is used (bulletin_doc_figure).
 * Everything is linear in the number of figures and allocation-free but
 * bl_select_key_figures.  Nothing here prints.
 */
#ifndef BL_FIGURES_SELECT_H
#define BL_FIGURES_SELECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

/* Key figures shown at most (the PDF's two columns of cards). */
#define BL_SELECT_KEYS_MAX 12

/* The longest label (characters) of a key figure: two lines of a card
 * (20 characters each at the brochure's 10 pt) hold it; a longer one is a
 * clause, not an indicator. */
#define BL_SELECT_LABEL_MAX 24

/* A growth rate: a listed, parsed change written in per cent (增长5.2%,
 * 同比下降3%).  Not a change in percentage points (提高1.5个百分点: the
 * change of a rate, not a rate of change, and not on the chart's per-cent
 * scale), nor one in ‰ or 成. */
bool bl_select_is_growth(const bulletin_figure *f);

/* A target, not an achievement: the period of its table column names one
 * (2024年目标) or its clause plans it (力争, 确保, 预计, 到2025年). */
bool bl_select_is_target(const bulletin_figure *f);

/* One bar of the growth chart. */
typedef struct {
    size_t figure;  /* the growth rate: an index of the document's figures */
    size_t subject; /* the figure it changes (its link), or BULLETIN_NO_LINK */
    double value;   /* the signed rate in per cent: -3 for 下降3% */
    uint64_t label_hash; /* of its label (bl_select_growth_label) */
} bl_growth_bar;

/* The growth series of `doc`: every growth rate, in reading order, but
 * targets (力争年均增长10%), rates whose only label is a verb and rates
 * whose label is a stored bar's before them (a second rate of one value,
 * the same indicator over another period): no two stored bars have the
 * same label.  A rate of a later period of a table than the stored bar
 * of its label (a column of months, 2012年9月份 … 9月份) takes that bar's
 * place: the chart shows the latest period's value.
 * Stores the first `max` in bars[] (bars may be NULL when max is 0) and
 * returns how many there are in all. */
size_t bl_select_growth_series(const bulletin_doc *doc, bl_growth_bar *bars, size_t max);

/* The label the PDF prints beside bar `b`: the changed figure's short
 * label (bl_select_label), else the rate's own without the words of the
 * change (规模以上工业增加值比上年增长 -> 规模以上工业增加值).  Always
 * NUL-terminated. */
void bl_select_growth_label(const bulletin_doc *doc, const bl_growth_bar *b, char *out,
                            size_t size);

/* The money amounts of `doc` for a chart of totals (listed, parsed, not
 * changes, nothing a head or a unit) in the currency most of them are in
 * (元 on a tie or when there are none; a bare scale such as 1.21万亿 is 元),
 * in reading order: stores the first `max` figure indices in out[] (NULL
 * when max is 0), the currency (the figures' base unit, owned by the
 * document, or a static "元") in *currency when not NULL, and returns how
 * many there are in all. */
size_t bl_select_amounts(const bulletin_doc *doc, size_t *out, size_t max, const char **currency);

/* One key figure. */
typedef struct {
    size_t figure; /* an amount or a count, positive, not a change */
    size_t growth; /* the first growth rate linked to it, or BULLETIN_NO_LINK */
} bl_key_figure;

/* The key figures of `doc`, most telling first: amounts and counts with a
 * growth rate (in reading order), then amounts, then counts, largest
 * first (ties: the earlier first).  Never twice the same number and unit,
 * never a target, a year, a rank, a count without its measure word, a
 * figure of the title, a threshold crossed (跨入100亿元, 首次突破, 千亿
 * 大关: a milestone, no measured value) or one whose label is no
 * indicator (a verb, its own value): a document without such figures (a
 * policy 意见) has none.  Stores at most `max` (at most
 * BL_SELECT_KEYS_MAX) in keys[] and their number in *n.  Allocates
 * through `mem` (NULL: the document's); BULLETIN_ERR_NOMEM when that
 * fails. */
bulletin_status bl_select_key_figures(const bulletin_doc *doc, const bulletin_mem *mem,
                                      bl_key_figure *keys, size_t max, size_t *n);

/* The number of figure `i` as the text writes it (12,345; 3.5), digits
 * and separators in ASCII, for a card; the value text when the text
 * holds no such number.  Always NUL-terminated. */
void bl_select_value_text(const bulletin_doc *doc, size_t i, char *out, size_t size);

/* A short label of figure `i`: its label, prefixed by the label of the
 * figure before it in the same paragraph when it is only a word such as
 * 金额 (办理专利质押登记928笔，金额109.82亿元 -> 办理专利质押登记金额); the
 * clause when it has none.  Always NUL-terminated. */
void bl_select_label(const bulletin_doc *doc, size_t i, char *out, size_t size);

/* The line under a key figure's card for growth rate `rate`: its clause
 * when short (同比增长59.4%), else 增长 or 下降 with the value and unit. */
void bl_select_growth_caption(const bulletin_doc *doc, size_t rate, char *out, size_t size);

#endif
