/*
 * doc_figures.c - the document's figures: the parser runs the figure
 * engine (figures.c) over every text node in reading order, and this file
 * gives them their source positions, the public accessors and the TSV
 * output of `bulletin figures`.
 */
#include <string.h>

#include "figures.h"

/* The document holds its list as void * to keep figures.h private. */
#define FIGS(doc) ((bl_figure_list *)(doc)->figures)

_Static_assert((int)BL_FIG_COUNT == (int)BULLETIN_FIGURE_COUNT
                   && (int)BL_FIG_IDENTIFIER == (int)BULLETIN_FIGURE_IDENTIFIER
                   && (int)BL_FIG_NKINDS == (int)BULLETIN_FIGURE_KIND_COUNT,
               "public and private figure kinds agree");

/* The level-1 section a node belongs to (the outermost section above it),
 * 0 for the title and the lead. */
static int section_of(const bulletin_node *n)
{
    int number = 0;
    for (; n; n = n->parent)
        if (n->type == BULLETIN_NODE_SECTION)
            number = n->heading.number;
    return number;
}

static int paragraph_of(const bulletin_node *n)
{
    for (; n; n = n->parent)
        if (n->type == BULLETIN_NODE_PARAGRAPH || n->type == BULLETIN_NODE_TABLE)
            return n->index;
    return 0;
}

/* Source columns of the figures of one node, in one pass over its text:
 * figures of a node come in text order. */
static void place(bulletin_doc *doc, size_t from, size_t to)
{
    bl_figure_list *list = FIGS(doc);
    const bulletin_node *node = list->items[from].node;
    size_t byte = 0, cps = 0;
    for (size_t i = from; i < to; i++) {
        const bl_figure *f = &list->items[i];
        size_t start = f->start < node->len ? f->start : node->len;
        if (start < byte) { /* not in order after all: count again */
            byte = 0;
            cps = 0;
        }
        cps += bl_utf8_count(node->text + byte, start - byte);
        byte = start;
        doc->figure_pos[i].line = node->line;
        doc->figure_pos[i].column = node->colmap && cps <= node->ncols ? node->colmap[cps] : 0;
    }
}

bulletin_status bl_doc_scan_figures(bulletin_doc *doc)
{
    bulletin_status status = BULLETIN_OK;
    bl_figure_list *list = bl_alloc(doc->mem, sizeof *list);
    if (!list)
        return BULLETIN_ERR_NOMEM;
    bl_figure_list_init(list, doc->mem);
    doc->figures = list;

    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, doc->root);
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev != BULLETIN_EV_ENTER || n->len == 0)
            continue;
        switch (n->type) {
        case BULLETIN_NODE_TITLE:
        case BULLETIN_NODE_SECTION:
        case BULLETIN_NODE_PARAGRAPH:
        case BULLETIN_NODE_CELL: {
            bl_figure_ctx ctx = {section_of(n), paragraph_of(n), n};
            BL_CHECK(bl_figures_scan(list, n->text, n->len, &ctx));
            break;
        }
        default:
            break;
        }
    }
    if (list->len) {
        doc->figure_pos = bl_calloc(doc->mem, list->len, sizeof *doc->figure_pos);
        if (!doc->figure_pos)
            return BULLETIN_ERR_NOMEM;
        size_t from = 0;
        for (size_t i = 1; i <= list->len; i++) {
            if (i == list->len || list->items[i].node != list->items[from].node) {
                place(doc, from, i);
                from = i;
            }
        }
    }
cleanup:
    return status;
}

void bl_doc_free_figures(bulletin_doc *doc)
{
    if (doc->figures) {
        bl_figure_list_free(FIGS(doc));
        bl_free(doc->mem, doc->figures);
        doc->figures = NULL;
    }
    bl_free(doc->mem, doc->figure_pos);
    doc->figure_pos = NULL;
}

size_t bulletin_doc_figure_count(const bulletin_doc *doc)
{
    return doc && doc->figures ? FIGS(doc)->len : 0;
}

const char *bulletin_figure_kind_name(bulletin_figure_kind kind)
{
    return bl_figure_kind_name((bl_figure_kind)kind);
}

bulletin_status bulletin_doc_figure(const bulletin_doc *doc, size_t i, bulletin_figure *out)
{
    if (!out || i >= bulletin_doc_figure_count(doc))
        return BULLETIN_ERR_USAGE;
    const bl_figure *f = &FIGS(doc)->items[i];
    memset(out, 0, sizeof *out);
    out->kind = (bulletin_figure_kind)f->kind;
    out->kind_name = bl_figure_kind_name(f->kind);
    out->parsed = f->parsed;
    out->value = f->value;
    out->value_text = f->value_text ? f->value_text : "";
    out->unit = f->unit;
    out->base_unit = f->base_unit;
    out->scale = f->scale;
    out->norm = f->norm;
    out->qualifier = f->qualifier ? f->qualifier : "";
    out->year = f->year;
    out->month = f->month;
    out->day = f->day;
    out->parts = f->parts;
    out->nparts = f->nparts;
    out->change = f->change == BL_FIG_CHANGE_UP ? 1 : f->change == BL_FIG_CHANGE_DOWN ? -1 : 0;
    out->signed_value = bl_figure_signed_value(f);
    out->link = f->link == BL_FIG_NO_LINK ? BULLETIN_NO_LINK : f->link;
    out->label = f->label ? f->label : "";
    out->context = f->text + f->ctx_start;
    out->context_len = f->ctx_end - f->ctx_start;
    out->node = f->node;
    out->offset = f->start;
    out->length = f->end - f->start;
    out->section = f->section;
    out->paragraph = f->paragraph;
    out->line = doc->figure_pos[i].line;
    out->column = doc->figure_pos[i].column;
    out->numeral_chinese = f->numeral_chinese;
    out->listed = bl_figure_is_default(f);
    return BULLETIN_OK;
}

bulletin_status bulletin_render_figures_tsv(const bulletin_doc *doc, int all, bulletin_sink sink,
                                            void *user, bulletin_diag *diag)
{
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    bulletin_status status = BULLETIN_OK;
    bl_buf b;
    bl_buf_init(&b, doc->mem);
    BL_CHECK(bl_buf_puts(&b, BL_FIGURE_TSV_HEADER "\tline\tcolumn\n"));
    size_t n = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < n; i++) {
        if (!all && !bl_figure_is_default(&FIGS(doc)->items[i]))
            continue;
        BL_CHECK(bl_figure_write_tsv(&b, FIGS(doc), i));
        BL_CHECK(bl_buf_printf(&b, "\t%d\t%d\n", doc->figure_pos[i].line,
                               doc->figure_pos[i].column));
        BL_CHECK(bl_buf_flush(&b, 65536, sink, user, diag, doc->path));
    }
    BL_CHECK(bl_buf_flush(&b, 0, sink, user, diag, doc->path));
cleanup:
    if (status == BULLETIN_ERR_NOMEM)
        bl_diag_set(diag, status, doc->path, 0, 0, "out of memory");
    bl_buf_free(&b);
    return status;
}
