/*
 * tsv.h - the figures as TSV (tsv.c): the row of one figure of a list, as
 * `bulletin figures`, the .figures.tsv output and the unit tests write it.
 * The whole table of a document is bulletin_render_figures_tsv()
 * (bulletin.h).
 */
#ifndef BULLETIN_TEXT_TSV_H
#define BULLETIN_TEXT_TSV_H

#include "figures/figures.h"

/* The header of the TSV `bulletin figures` prints (no newline);
 * bulletin_render_figures_tsv adds "\tline\tcolumn\tperiod". */
#define BL_FIGURE_TSV_HEADER "section\tvalue\tunit\tqualifier\tkind\tyoy_of\tcontext\tlabel"

/* Appends figure `i` of `list` to `out` as the 8 tab-separated fields of
 * BL_FIGURE_TSV_HEADER, without a trailing tab or newline: section, value
 * text, unit, qualifier, kind name, the linked figure's value text (empty
 * when unlinked), the clause and the label, with tabs, CR and LF in them
 * replaced by spaces.  The caller appends line and column: the source
 * position of byte `start` of the figure's node text.  Returns
 * BULLETIN_OK, BULLETIN_ERR_USAGE for a bad index, or BULLETIN_ERR_NOMEM
 * (what was appended stays; the buffer remains valid). */
bulletin_status bl_figure_write_tsv(bl_buf *out, const bl_figure_list *list, size_t i);

#endif
