/*
 * build.c - appending to the tree the parser builds: the lines of the body
 * (bl_p_push_line), blocks under the open section or the lead, nodes at
 * the top, paragraphs.  Below every other file of the parser, which all
 * build through it.
 */
#include <string.h>

#include "parse_int.h"

bl_line *bl_p_push_line(parser *p)
{
    if (p->nlines == p->cap_lines) {
        size_t cap = p->cap_lines ? p->cap_lines * 2 : 256;
        bl_line *l = bl_realloc_array(p->mem, p->lines, cap, sizeof *l);
        if (!l)
            return NULL;
        p->lines = l;
        p->cap_lines = cap;
    }
    bl_line *l = &p->lines[p->nlines++];
    memset(l, 0, sizeof *l);
    return l;
}

bulletin_node *bl_p_container(parser *p)
{
    for (int lv = 4; lv >= 1; lv--)
        if (p->open[lv])
            return p->open[lv];
    return NULL;
}

bulletin_status bl_p_attach_block(parser *p, bulletin_node *node)
{
    bulletin_node *parent = bl_p_container(p);
    if (!parent) {
        if (!p->lead) {
            p->lead = bl_node_new(p->mem, BULLETIN_NODE_LEAD);
            if (!p->lead)
                return BULLETIN_ERR_NOMEM;
            p->lead->line = node->line;
            p->lead->column = node->column;
            bl_node_append(p->doc->root, p->lead);
        }
        parent = p->lead;
    }
    bl_node_append(parent, node);
    p->attachments = NULL;
    return BULLETIN_OK;
}

void bl_p_attach_top(parser *p, bulletin_node *node)
{
    for (int lv = 1; lv <= 4; lv++)
        p->open[lv] = NULL;
    p->lead = NULL;
    p->table = NULL;
    if (node->type != BULLETIN_NODE_ATTACHMENTS)
        p->attachments = NULL;
    bl_node_append(p->doc->root, node);
}

bulletin_status bl_p_add_paragraph(parser *p, size_t from, size_t to)
{
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_PARAGRAPH);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status = bl_p_set_text(p, node, from, to);
    if (status == BULLETIN_OK && node->len == 0) {
        bl_node_free(p->mem, node); /* only spaces after a run-in heading */
        return BULLETIN_OK;
    }
    if (status == BULLETIN_OK)
        status = bl_p_attach_block(p, node);
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    node->index = ++p->para_index;
    p->body_started = true;
    return BULLETIN_OK;
}
