/*
 * tsv.c - the figures as TSV: one row per figure (bl_figure_write_tsv)
 * and a document's table, the output of `bulletin figures` and of the
 * .figures.tsv export (bulletin_render_figures_tsv): after the eight
 * fields of a figure, its line, column and period (the period its table
 * column names, empty elsewhere).
 */
#include <string.h>

#include "text/tsv.h"

/* Appends t[a, b) with tabs and line breaks as spaces. */
static bulletin_status put_field(bl_buf *out, const char *t, size_t n)
{
    bulletin_status status = BULLETIN_OK;
    size_t run = 0;
    for (size_t i = 0; i < n && status == BULLETIN_OK; i++) {
        if (t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
            status = bl_buf_put(out, t + run, i - run);
            if (status == BULLETIN_OK)
                status = bl_buf_putc(out, ' ');
            run = i + 1;
        }
    }
    if (status == BULLETIN_OK)
        status = bl_buf_put(out, t + run, n - run);
    return status;
}

bulletin_status bl_figure_write_tsv(bl_buf *out, const bl_figure_list *list, size_t i)
{
    if (!out || !list || i >= list->len)
        return BULLETIN_ERR_USAGE;
    const bl_figure *f = &list->items[i];
    const char *vt = f->value_text ? f->value_text : "";
    const char *yoy = "";
    if (f->link != BL_FIG_NO_LINK && f->link < list->len && list->items[f->link].value_text)
        yoy = list->items[f->link].value_text;
    bulletin_status status = bl_buf_printf(out, "%d\t", f->section);
    if (status == BULLETIN_OK)
        status = put_field(out, vt, strlen(vt));
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK)
        status = put_field(out, f->unit, strlen(f->unit));
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK)
        status = bl_buf_puts(out, f->qualifier ? f->qualifier : "");
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK)
        status = bl_buf_puts(out, bl_figure_kind_name(f->kind));
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK)
        status = put_field(out, yoy, strlen(yoy));
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK && f->row_context)
        status = put_field(out, f->row_context, strlen(f->row_context));
    else if (status == BULLETIN_OK && f->text && f->ctx_end > f->ctx_start)
        status = put_field(out, f->text + f->ctx_start, f->ctx_end - f->ctx_start);
    if (status == BULLETIN_OK)
        status = bl_buf_putc(out, '\t');
    if (status == BULLETIN_OK && f->label)
        status = put_field(out, f->label, strlen(f->label));
    return status;
}

bulletin_status bulletin_render_figures_tsv(const bulletin_doc *doc, int all, bulletin_sink sink,
                                            void *user, bulletin_diag *diag)
{
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    bulletin_status status = BULLETIN_OK;
    bl_buf b;
    bl_buf_init(&b, doc->mem);
    BL_CHECK(bl_buf_puts(&b, BL_FIGURE_TSV_HEADER "\tline\tcolumn\tperiod\n"));
    const bl_figure_list *list = bl_doc_figures(doc);
    size_t n = list ? list->len : 0;
    for (size_t i = 0; i < n; i++) {
        const bl_figure *f = &list->items[i];
        if (!all && !bl_figure_is_default(f))
            continue;
        BL_CHECK(bl_figure_write_tsv(&b, list, i));
        BL_CHECK(bl_buf_printf(&b, "\t%d\t%d\t", f->line, f->column));
        if (f->period)
            BL_CHECK(put_field(&b, f->period, strlen(f->period)));
        BL_CHECK(bl_buf_putc(&b, '\n'));
        BL_CHECK(bl_buf_flush(&b, 65536, sink, user, diag, doc->path));
    }
    BL_CHECK(bl_buf_flush(&b, 0, sink, user, diag, doc->path));
cleanup:
    if (status == BULLETIN_ERR_NOMEM)
        bl_diag_set(diag, status, doc->path, 0, 0, "out of memory");
    bl_buf_free(&b);
    return status;
}
