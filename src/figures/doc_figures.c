/*
 * doc_figures.c - the document's figures: the parser runs the figure
 * engine (bl_figures_scan) over every text node in reading order, and
 * this file gives them their source positions and the public accessors.
 * Their TSV (`bulletin figures`) is src/text/tsv.c.
 */
#include <string.h>

#include "figures.h"

/* The document holds its list as void * to keep figures.h private. */
#define FIGS(doc) ((bl_figure_list *)(doc)->figures)

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
        bl_figure *f = &list->items[i];
        size_t start = f->start < node->len ? f->start : node->len;
        if (start < byte) { /* not in order after all: count again */
            byte = 0;
            cps = 0;
        }
        cps += bl_utf8_count(node->text + byte, start - byte);
        byte = start;
        f->line = node->line;
        f->column = node->colmap && cps <= node->ncols ? node->colmap[cps] : 0;
    }
}

/* The unit a table header names: the text of its last （…） or (…), e.g.
 * "亿元" in "地区生产总值（亿元）".  Returns its length, 0 when none. */
static size_t header_unit(const bulletin_node *cell, const char **unit)
{
    const char *t = cell ? cell->text : NULL;
    size_t len = cell ? cell->len : 0;
    if (!t || len < 4)
        return 0;
    size_t close = 0, clen = 0;
    if (len >= 3 && memcmp(t + len - 3, "）", 3) == 0)
        close = len - 3, clen = 3;
    else if (t[len - 1] == ')')
        close = len - 1, clen = 1;
    if (!clen)
        return 0;
    for (size_t i = close; i-- > 0;) {
        if (i + 3 <= close && memcmp(t + i, "（", 3) == 0) {
            *unit = t + i + 3;
            return close - i - 3;
        }
        if (t[i] == '(') {
            *unit = t + i + 1;
            return close - i - 1;
        }
    }
    return 0;
}

/* The row's first cell and the column's header cell of a table cell. */
static void cell_headers(const bulletin_node *cell, const bulletin_node **row_head,
                         const bulletin_node **col_head)
{
    const bulletin_node *row = cell->parent;
    *row_head = row->first_child != cell ? row->first_child : NULL;
    *col_head = NULL;
    const bulletin_node *first = row->parent->first_child;
    if (first == row)
        return;
    size_t col = 0;
    for (const bulletin_node *c = row->first_child; c && c != cell; c = c->next)
        col++;
    const bulletin_node *h = first->first_child;
    while (h && col--)
        h = h->next;
    *col_head = h;
}

/* Figures of a table cell: a bare number takes the unit its row or column
 * header names, and the row header as its label. */
static bulletin_status fix_cell_figures(bulletin_doc *doc, const bulletin_node *cell, size_t from)
{
    bl_figure_list *list = FIGS(doc);
    const bulletin_node *rh, *ch;
    cell_headers(cell, &rh, &ch);
    const char *unit = NULL;
    size_t ulen = header_unit(rh, &unit);
    if (!ulen)
        ulen = header_unit(ch, &unit);
    for (size_t i = from; i < list->len; i++) {
        bl_figure *f = &list->items[i];
        if (ulen)
            bl_figure_apply_unit(f, unit, ulen);
        if (rh && f->label && !*f->label && f->kind != BL_FIG_YEAR && f->kind != BL_FIG_DATE) {
            /* the row header without its unit: 地区生产总值（亿元） -> 地区生产总值 */
            size_t n = rh->len;
            const char *u = NULL;
            size_t l = header_unit(rh, &u);
            if (l)
                n = (size_t)(u - rh->text) - (u[-1] == '(' ? 1 : 3);
            char *label = bl_strndup(doc->mem, rh->text, n);
            if (!label)
                return BULLETIN_ERR_NOMEM;
            bl_free(doc->mem, f->label);
            f->label = label;
        }
    }
    return BULLETIN_OK;
}

/* The document's destructor of its figures (bulletin_doc_free calls it:
 * the model does not know what they are). */
static void free_figures(bulletin_doc *doc)
{
    if (doc->figures) {
        bl_figure_list_free(FIGS(doc));
        bl_free(doc->mem, doc->figures);
        doc->figures = NULL;
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
    doc->free_figures = free_figures;

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
            size_t before = list->len;
            BL_CHECK(bl_figures_scan(list, n->text, n->len, &ctx));
            if (n->type == BULLETIN_NODE_CELL)
                BL_CHECK(fix_cell_figures(doc, n, before));
            break;
        }
        default:
            break;
        }
    }
    size_t from = 0;
    for (size_t i = 1; i <= list->len; i++) {
        if (i == list->len || list->items[i].node != list->items[from].node) {
            place(doc, from, i);
            from = i;
        }
    }
cleanup:
    return status;
}

const bl_figure_list *bl_doc_figures(const bulletin_doc *doc)
{
    return doc ? FIGS(doc) : NULL;
}

size_t bulletin_doc_figure_count(const bulletin_doc *doc)
{
    return doc && doc->figures ? FIGS(doc)->len : 0;
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
    out->line = f->line;
    out->column = f->column;
    out->numeral_chinese = f->numeral_chinese;
    out->listed = bl_figure_is_default(f);
    out->part = f->part;
    out->period = f->period ? f->period : "";
    return BULLETIN_OK;
}
