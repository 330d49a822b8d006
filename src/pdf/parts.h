/*
 * parts.h - two rules the PDF backend and its text oracle
 * (tests/checks/pdf_driver.c --text, --blocks) must agree on, so they live in
 * one place (static inline, no libharu):
 *
 *   - a run-in heading (RUNIN) takes its first paragraph onto its own
 *     line when that paragraph starts on the source line the heading
 *     ends on (1.强化企业主体地位。坚持……); a paragraph on a line of
 *     its own (特此通知) stays a paragraph;
 *   - which figures no line may break inside: every quantity, year,
 *     rank, ratio and multiple the figure engine finds (130万件, 2024年,
 *     1.5倍); not identifiers (文号 break like text), not dates and
 *     ranges as a whole (2025年1月|12日: each number keeps its unit, the
 *     layout's rule), and no span longer than BL_FIGURE_KEEP_MAX
 *     characters;
 *   - which nodes are not printed (bl_part_left_out): a page's record
 *     lines, a subtitle repeating the title.
 */
#ifndef BL_PDF_PARTS_H
#define BL_PDF_PARTS_H

#include <stdbool.h>
#include <stddef.h>

#include "bulletin.h"

#define BL_FIGURE_KEEP_MAX 7 /* characters: a longer span kept whole would
                                leave its line letterspaced */

static inline const bulletin_node *bl_part_runin_joined(const bulletin_node *runin)
{
    if (bulletin_node_kind(runin) != BULLETIN_NODE_RUNIN)
        return NULL;
    const bulletin_node *p = bulletin_node_first_child(runin);
    if (!p || bulletin_node_kind(p) != BULLETIN_NODE_PARAGRAPH)
        return NULL;
    size_t len = 0;
    bulletin_node_text(runin, &len);
    int end_line = bulletin_node_source_line(runin, len ? len - 1 : 0);
    return bulletin_node_source_line(p, 0) == end_line ? p : NULL;
}

/* Whether the run of 落款 and date lines from n stands right above a
 * subtitle (the title given again under a page's record lines): it is then
 * the document's front matter, an issuer line under the title, not its
 * sign-off, even after the page's field lines (信息发布者：…, 来源：…). */
static inline bool bl_part_before_subtitle(const bulletin_node *n)
{
    const bulletin_node *m = n;
    while (m && (bulletin_node_kind(m) == BULLETIN_NODE_SIGNATURE || bulletin_node_kind(m) == BULLETIN_NODE_DATE))
        m = bulletin_node_next(m);
    return m && bulletin_node_kind(m) == BULLETIN_NODE_SUBTITLE;
}

/* Whether a node is left out of print: a page's record line (its posting
 * date and source, its publisher: the web page's furniture, which the
 * JSON keeps, bulletin_node_is_record), and a subtitle that is the title
 * again character for character (a page's headline over the document's
 * own title, the record lines between: printed once).  The sibling walk
 * back to the title is bounded. */
static inline bool bl_part_left_out(const bulletin_node *n)
{
    if (bulletin_node_is_record(n))
        return true;
    if (bulletin_node_kind(n) != BULLETIN_NODE_SUBTITLE)
        return false;
    const bulletin_node *t = bulletin_node_prev(n);
    for (int k = 0; t && k < 8 && bulletin_node_kind(t) != BULLETIN_NODE_TITLE; k++)
        t = bulletin_node_prev(t);
    if (!t || bulletin_node_kind(t) != BULLETIN_NODE_TITLE)
        return false;
    size_t tl = 0, sl = 0;
    const char *tt = bulletin_node_text(t, &tl), *st = bulletin_node_text(n, &sl);
    if (tl == 0 || tl != sl)
        return false;
    for (size_t i = 0; i < tl; i++)
        if (tt[i] != st[i])
            return false;
    return true;
}

static inline bool bl_part_figure_unbreakable(const bulletin_figure *f)
{
    if (f->kind == BULLETIN_FIGURE_IDENTIFIER || f->kind == BULLETIN_FIGURE_DATE
        || f->kind == BULLETIN_FIGURE_RANGE || f->length == 0)
        return false;
    /* characters: UTF-8 lead bytes of the span */
    const char *t = bulletin_node_text(f->node, NULL);
    size_t chars = 0;
    for (size_t i = f->offset; i < f->offset + f->length && t[i]; i++)
        chars += ((unsigned char)t[i] & 0xC0) != 0x80;
    return chars <= BL_FIGURE_KEEP_MAX;
}

#endif
