/*
 * tables.h - the column widths of a table (tables.c), apart from the
 * render's state so that the unit tests can call them.  Widths in pt at
 * the body size (scale 1); a column's `want` is its widest cell, its
 * `need` the least it takes without breaking a figure or a word (the
 * label column: its label on two lines), `hard` the least at all (two
 * characters, a number whole, the row labels their longest on three
 * lines, a text its widest unbreakable piece); `pad` the padding on each side of a cell.
 */
#ifndef BL_PDF_TABLES_H
#define BL_PDF_TABLES_H

#include <stddef.h>

/* The parts a table of `n` columns is set in: 1 when its least widths
 * `least` (its hard minimums) fit the `measure` with the type at
 * `min_scale` or more (or when no split makes them fit); else the fewest parts that fit, each of column 0 (the row
 * labels, repeated) and a run of the other columns, as equal as the
 * columns allow.  start[p] (n + 1 room) is part p's first column after
 * column 0, start[parts] = n.  *scale: the most a split's parts may take
 * (the same type in all of them); 1 when not split. */
size_t bl_pdf_table_parts(const double *least, size_t n, double measure, double pad, double min_scale,
                          size_t *start, double *scale);

/* The widths of a table (or a part) of `n` columns, into want[]: the
 * natural widths when they fit; else the type smaller, down to
 * `min_scale` (at most `cap`), then the needs with the rest shared in
 * proportion; when even the needs do not fit, the hard minimums and the
 * rest in proportion to the needs (a cell may then break a figure).
 * need[] is scaled too.  Returns the scale of the type; *pad_out the
 * padding at that scale. */
double bl_pdf_table_widths(double *want, double *need, const double *hard, size_t n, double measure,
                           double pad, double min_scale, double cap, double *pad_out);

#endif
