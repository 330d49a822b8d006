/*
 * model.c - the document model: nodes, their accessors, warnings, the
 * tree check and the ENTER/EXIT iterator.
 */
#include <stdio.h>
#include <string.h>

#include "bulletin_int.h"

/* ------------------------------------------------------------------------
 * Nodes
 * ---------------------------------------------------------------------- */

static const char *const node_type_names[] = {
    [BULLETIN_NODE_NONE] = "NONE",           [BULLETIN_NODE_DOCUMENT] = "DOCUMENT",
    [BULLETIN_NODE_TITLE] = "TITLE",         [BULLETIN_NODE_LEAD] = "LEAD",
    [BULLETIN_NODE_SECTION] = "SECTION",     [BULLETIN_NODE_PARAGRAPH] = "PARAGRAPH",
    [BULLETIN_NODE_TABLE] = "TABLE",         [BULLETIN_NODE_ROW] = "ROW",
    [BULLETIN_NODE_CELL] = "CELL",           [BULLETIN_NODE_DOCNUMBER] = "DOCNUMBER",
    [BULLETIN_NODE_SALUTATION] = "SALUTATION", [BULLETIN_NODE_ATTACHMENTS] = "ATTACHMENTS",
    [BULLETIN_NODE_ATTACHMENT] = "ATTACHMENT", [BULLETIN_NODE_SIGNATURE] = "SIGNATURE",
    [BULLETIN_NODE_DATE] = "DATE",           [BULLETIN_NODE_CAPTION] = "CAPTION",
    [BULLETIN_NODE_NOTE] = "NOTE",           [BULLETIN_NODE_RUNIN] = "RUNIN",
    [BULLETIN_NODE_SUBTITLE] = "SUBTITLE",   [BULLETIN_NODE_SPEAKER] = "SPEAKER",
    [BULLETIN_NODE_DOCTITLE] = "DOCTITLE",
};

_Static_assert(sizeof node_type_names / sizeof *node_type_names == BULLETIN_NODE_TYPE_COUNT,
               "one name per node type");

const char *bulletin_node_type_string(bulletin_node_type type)
{
    if ((unsigned)type >= BULLETIN_NODE_TYPE_COUNT)
        return "UNKNOWN";
    return node_type_names[type];
}

static char empty_text[] = "";

bulletin_node *bl_node_new(const bulletin_mem *mem, bulletin_node_type type)
{
    bulletin_node *node = bl_alloc(mem, sizeof *node);
    if (!node)
        return NULL;
    node->type = type;
    node->text = empty_text;
    node->source = empty_text;
    node->heading.numbering = empty_text;
    node->value = empty_text;
    return node;
}

static void node_free_one(const bulletin_mem *mem, bulletin_node *node)
{
    if (node->text != empty_text)
        bl_free(mem, node->text);
    if (node->source != empty_text)
        bl_free(mem, node->source);
    if (node->heading.numbering != empty_text)
        bl_free(mem, node->heading.numbering);
    if (node->value != empty_text)
        bl_free(mem, node->value);
    bl_free(mem, node->colmap);
    bl_free(mem, node->linemap);
    bl_free(mem, node);
}

void bl_node_free(const bulletin_mem *mem, bulletin_node *node)
{
    /* Iterative post-order walk: deep trees must not exhaust the stack. */
    bulletin_node *stop = node ? node->parent : NULL;
    bulletin_node *cur = node;
    while (cur) {
        if (cur->first_child) {
            cur = cur->first_child;
            continue;
        }
        bulletin_node *parent = cur->parent;
        bulletin_node *next = cur->next;
        bool last = (cur == node);
        if (parent && parent != stop)
            parent->first_child = next;
        node_free_one(mem, cur);
        if (last)
            break;
        cur = next ? next : parent;
        if (cur == stop)
            break;
    }
}

void bl_node_append(bulletin_node *parent, bulletin_node *child)
{
    child->parent = parent;
    child->prev = parent->last_child;
    child->next = NULL;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

bulletin_node_type bulletin_node_kind(const bulletin_node *node)
{
    if (node && node->part)
        return (bulletin_node_type)node->part;
    if (node && node->type == BULLETIN_NODE_SECTION && node->runin)
        return BULLETIN_NODE_RUNIN;
    return node ? node->type : BULLETIN_NODE_NONE;
}

/* The 0.1 type of a node (bulletin.h, "Compatibility"). */
bulletin_node_type bulletin_node_get_type(const bulletin_node *node)
{
    if (!node)
        return BULLETIN_NODE_NONE;
    if (node->from_meta)
        return BULLETIN_NODE_NONE;
    switch (node->type) {
    case BULLETIN_NODE_RUNIN:
        return BULLETIN_NODE_SECTION;
    case BULLETIN_NODE_ATTACHMENTS:
        return BULLETIN_NODE_LEAD;
    case BULLETIN_NODE_DOCNUMBER:
    case BULLETIN_NODE_SALUTATION:
    case BULLETIN_NODE_ATTACHMENT:
    case BULLETIN_NODE_SIGNATURE:
    case BULLETIN_NODE_DATE:
    case BULLETIN_NODE_CAPTION:
    case BULLETIN_NODE_NOTE:
    case BULLETIN_NODE_SUBTITLE:
    case BULLETIN_NODE_SPEAKER:
    case BULLETIN_NODE_DOCTITLE:
        return BULLETIN_NODE_PARAGRAPH;
    default:
        return node->type;
    }
}

const char *bulletin_node_value(const bulletin_node *node) { return node ? node->value : ""; }

int bulletin_node_from_meta(const bulletin_node *node) { return node ? node->from_meta : 0; }

int bulletin_node_is_record(const bulletin_node *node) { return node ? node->record : 0; }

const char *bulletin_node_row_kind(const bulletin_node *node)
{
    static const char *const kinds[] = {"data", "header", "title", "group"};
    if (!node || node->type != BULLETIN_NODE_ROW || node->row_kind > 3)
        return "";
    return kinds[node->row_kind];
}

static bool is_section(const bulletin_node *node)
{
    return node->type == BULLETIN_NODE_SECTION || node->type == BULLETIN_NODE_RUNIN;
}

const bulletin_node *bulletin_node_parent(const bulletin_node *node) { return node ? node->parent : NULL; }
const bulletin_node *bulletin_node_first_child(const bulletin_node *node) { return node ? node->first_child : NULL; }
const bulletin_node *bulletin_node_last_child(const bulletin_node *node) { return node ? node->last_child : NULL; }
const bulletin_node *bulletin_node_next(const bulletin_node *node) { return node ? node->next : NULL; }
const bulletin_node *bulletin_node_prev(const bulletin_node *node) { return node ? node->prev : NULL; }

const char *bulletin_node_text(const bulletin_node *node, size_t *len)
{
    if (len)
        *len = node ? node->len : 0;
    return node ? node->text : "";
}

const char *bulletin_node_source_text(const bulletin_node *node, size_t *len)
{
    if (len)
        *len = node ? node->source_len : 0;
    return node ? node->source : "";
}

int bulletin_node_line(const bulletin_node *node) { return node ? node->line : 0; }
int bulletin_node_column(const bulletin_node *node) { return node ? node->column : 0; }
int bulletin_node_level(const bulletin_node *node)
{
    return node && is_section(node) ? node->heading.level : 0;
}
int bulletin_node_number(const bulletin_node *node)
{
    return node && is_section(node) ? node->heading.number : 0;
}
const char *bulletin_node_numbering(const bulletin_node *node)
{
    return node ? node->heading.numbering : "";
}
int bulletin_node_index(const bulletin_node *node) { return node ? node->index : 0; }

int bulletin_node_source_column(const bulletin_node *node, size_t offset)
{
    if (!node || !node->colmap)
        return 0;
    if (offset > node->len)
        offset = node->len;
    /* Count the code points before `offset`: linear, but callers convert a
     * handful of offsets per paragraph. */
    size_t k = bl_utf8_count(node->text, offset);
    if (k > node->ncols)
        k = node->ncols;
    return node->colmap[k];
}

int bulletin_node_source_line(const bulletin_node *node, size_t offset)
{
    if (!node)
        return 0;
    if (!node->linemap || !node->colmap)
        return node->line;
    if (offset > node->len)
        offset = node->len;
    size_t k = bl_utf8_count(node->text, offset);
    if (k > node->ncols)
        k = node->ncols;
    return node->linemap[k];
}

/* ------------------------------------------------------------------------
 * Document
 * ---------------------------------------------------------------------- */

static const char *const meta_names[] = {
    [BULLETIN_META_TITLE] = "title",     [BULLETIN_META_SUBTITLE] = "subtitle",
    [BULLETIN_META_ISSUER] = "issuer",   [BULLETIN_META_DATE] = "date",
    [BULLETIN_META_REGION] = "region",   [BULLETIN_META_YEAR] = "year",
    [BULLETIN_META_SOURCE] = "source",   [BULLETIN_META_TEMPLATE] = "template",
};

_Static_assert(sizeof meta_names / sizeof *meta_names == BULLETIN_META_COUNT,
               "one name per meta key");

const char *bulletin_meta_name(bulletin_meta key)
{
    if ((unsigned)key >= BULLETIN_META_COUNT)
        return NULL;
    return meta_names[key];
}

const char *bulletin_doc_meta(const bulletin_doc *doc, bulletin_meta key)
{
    if (!doc || (unsigned)key >= BULLETIN_META_COUNT)
        return NULL;
    return doc->meta[key];
}

const bulletin_node *bulletin_doc_root(const bulletin_doc *doc) { return doc ? doc->root : NULL; }

const char *bulletin_doc_sha256(const bulletin_doc *doc) { return doc ? doc->sha256 : ""; }

size_t bulletin_doc_input_bytes(const bulletin_doc *doc) { return doc ? doc->input_bytes : 0; }

const char *bulletin_doc_source(const bulletin_doc *doc, size_t *len)
{
    if (len)
        *len = doc ? doc->source_len : 0;
    return doc && doc->source ? doc->source : "";
}

unsigned bulletin_doc_options(const bulletin_doc *doc) { return doc ? doc->options : 0; }

const char *bulletin_doc_path(const bulletin_doc *doc)
{
    return doc && doc->path ? doc->path : "-";
}

size_t bulletin_doc_warning_count(const bulletin_doc *doc) { return doc ? doc->nwarnings : 0; }

const bulletin_diag *bulletin_doc_warning(const bulletin_doc *doc, size_t i)
{
    if (!doc || i >= doc->nwarnings)
        return NULL;
    return &doc->warnings[i];
}

size_t bulletin_doc_warnings_dropped(const bulletin_doc *doc)
{
    return doc ? doc->dropped_warnings : 0;
}

bulletin_status bl_doc_warn(bulletin_doc *doc, int line, int column, const char *fmt, ...)
{
    if (doc->nwarnings >= BULLETIN_MAX_WARNINGS) {
        doc->dropped_warnings++;
        return BULLETIN_OK;
    }
    if (doc->nwarnings == doc->cap_warnings) {
        size_t cap = doc->cap_warnings ? doc->cap_warnings * 2 : 8;
        bulletin_diag *w = bl_realloc_array(doc->mem, doc->warnings, cap, sizeof *w);
        if (!w)
            return BULLETIN_ERR_NOMEM;
        doc->warnings = w;
        doc->cap_warnings = cap;
    }
    bulletin_diag *d = &doc->warnings[doc->nwarnings++];
    va_list ap;
    va_start(ap, fmt);
    bl_diag_vset(d, BULLETIN_ERR_SYNTAX, doc->path, line, column, fmt, ap);
    va_end(ap);
    d->severity = BULLETIN_SEVERITY_WARNING;
    return BULLETIN_OK;
}

void bulletin_doc_free(bulletin_doc *doc)
{
    if (!doc)
        return;
    const bulletin_mem *mem = doc->mem;
    if (doc->free_figures)
        doc->free_figures(doc);
    bl_node_free(mem, doc->root);
    for (int i = 0; i < BULLETIN_META_COUNT; i++)
        bl_free(mem, doc->meta[i]);
    bl_free(mem, doc->warnings);
    bl_free(mem, doc->path_escaped);
    bl_free(mem, doc->source);
    bl_free(mem, doc);
}

/* Which children each node type may have. */
static bool is_part(bulletin_node_type t)
{
    return t == BULLETIN_NODE_DOCNUMBER || t == BULLETIN_NODE_SALUTATION
        || t == BULLETIN_NODE_ATTACHMENTS || t == BULLETIN_NODE_SIGNATURE
        || t == BULLETIN_NODE_DATE || t == BULLETIN_NODE_SUBTITLE || t == BULLETIN_NODE_SPEAKER
        || t == BULLETIN_NODE_DOCTITLE;
}

static bool is_block(bulletin_node_type t)
{
    return t == BULLETIN_NODE_PARAGRAPH || t == BULLETIN_NODE_TABLE || t == BULLETIN_NODE_CAPTION
        || t == BULLETIN_NODE_NOTE;
}

/* Which children each node type may have. */
static bool child_allowed(bulletin_node_type parent, bulletin_node_type child)
{
    switch (parent) {
    case BULLETIN_NODE_DOCUMENT:
        return child == BULLETIN_NODE_TITLE || child == BULLETIN_NODE_LEAD
            || child == BULLETIN_NODE_SECTION || child == BULLETIN_NODE_RUNIN || is_part(child);
    case BULLETIN_NODE_LEAD:
        return is_block(child);
    case BULLETIN_NODE_SECTION:
    case BULLETIN_NODE_RUNIN:
        return is_block(child) || child == BULLETIN_NODE_SECTION || child == BULLETIN_NODE_RUNIN;
    case BULLETIN_NODE_TABLE:
        return child == BULLETIN_NODE_ROW;
    case BULLETIN_NODE_ROW:
        return child == BULLETIN_NODE_CELL;
    case BULLETIN_NODE_ATTACHMENTS:
        return child == BULLETIN_NODE_ATTACHMENT;
    default:
        return false;
    }
}

bulletin_status bulletin_doc_check(const bulletin_doc *doc, bulletin_diag *diag)
{
    if (!doc || !doc->root || doc->root->type != BULLETIN_NODE_DOCUMENT)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "document has no root");
    const char *path = doc->path;
    int last_line = 0, last_index = 0;
    bulletin_iter it;
    bulletin_iter_init(&it, doc->root);
    bulletin_event ev;
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev == BULLETIN_EV_EXIT)
            continue;
        if (n != doc->root
            && (!n->parent || !child_allowed(n->parent->type, bulletin_node_kind(n))))
            return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                               "%s may not stand in %s",
                               bulletin_node_type_string(bulletin_node_kind(n)),
                               bulletin_node_type_string(n->parent ? n->parent->type
                                                                   : BULLETIN_NODE_NONE));
        if (n->prev && n->prev->next != n)
            return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                               "broken sibling links");
        if (n->first_child && n->first_child->prev)
            return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                               "first child has a previous sibling");
        if (is_section(n)) {
            int lv = n->heading.level;
            if (lv < 1 || lv > 4)
                return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                                   "section level %d out of range", lv);
            if (is_section(n->parent) && n->parent->heading.level >= lv)
                return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                                   "level-%d section inside level-%d section", lv,
                                   n->parent->heading.level);
        }
        if (n != doc->root && n->type != BULLETIN_NODE_LEAD && !n->from_meta && n->line
            && n->line < last_line)
            return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                               "node out of source order");
        if (n->type != BULLETIN_NODE_LEAD && n->line)
            last_line = n->line;
        if ((n->type == BULLETIN_NODE_PARAGRAPH && !n->part) || n->type == BULLETIN_NODE_TABLE) {
            if (n->index != last_index + 1)
                return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                                   "paragraph index %d after %d", n->index, last_index);
            last_index = n->index;
        }
        if (n->colmap && bl_utf8_count(n->text, n->len) != n->ncols)
            return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, n->line, n->column,
                               "column map does not match the text");
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Iterator
 * ---------------------------------------------------------------------- */

bool bl_node_type_is_container(bulletin_node_type type)
{
    switch (type) {
    case BULLETIN_NODE_DOCUMENT:
    case BULLETIN_NODE_LEAD:
    case BULLETIN_NODE_SECTION:
    case BULLETIN_NODE_RUNIN:
    case BULLETIN_NODE_TABLE:
    case BULLETIN_NODE_ROW:
    case BULLETIN_NODE_ATTACHMENTS:
        return true;
    default:
        return false;
    }
}

void bulletin_iter_init(bulletin_iter *it, const bulletin_node *root)
{
    it->root = root;
    it->cur = NULL;
    it->ev = BULLETIN_EV_NONE;
}

bulletin_event bulletin_iter_next(bulletin_iter *it)
{
    const bulletin_node *cur = it->cur;
    bulletin_event ev = it->ev;
    if (ev == BULLETIN_EV_DONE)
        return ev;
    if (ev == BULLETIN_EV_NONE) {
        if (!it->root)
            return it->ev = BULLETIN_EV_DONE;
        it->cur = it->root;
        return it->ev = BULLETIN_EV_ENTER;
    }
    if (ev == BULLETIN_EV_ENTER && bl_node_type_is_container(cur->type)) {
        if (cur->first_child) {
            it->cur = cur->first_child;
            return it->ev = BULLETIN_EV_ENTER;
        }
        return it->ev = BULLETIN_EV_EXIT; /* empty container */
    }
    /* After a leaf's ENTER or a container's EXIT: move on. */
    if (cur == it->root)
        return it->ev = BULLETIN_EV_DONE;
    if (cur->next) {
        it->cur = cur->next;
        return it->ev = BULLETIN_EV_ENTER;
    }
    it->cur = cur->parent;
    return it->ev = BULLETIN_EV_EXIT;
}

const bulletin_node *bulletin_iter_node(const bulletin_iter *it) { return it->cur; }

void bulletin_iter_skip_children(bulletin_iter *it)
{
    if (it->ev == BULLETIN_EV_ENTER && it->cur && bl_node_type_is_container(it->cur->type))
        it->ev = BULLETIN_EV_EXIT;
}
