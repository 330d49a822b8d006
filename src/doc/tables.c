/*
 * tables.c - table rows: '|' rows with or without the outer bars, the
 * markdown rule row, tab-separated rows; then each table's header row,
 * title and group rows, and the unit of each column.
 */
#include <string.h>

#include "doc/parse_int.h"

static bool is_bar(uint32_t c) { return c == '|' || c == 0xFF5C; }

bulletin_status bl_p_add_table_row(parser *p, size_t li)
{
    bulletin_status status = bl_p_decode_line(p, li);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    size_t from = bl_p_skip_spaces(cp, n, 0);
    size_t end = n;
    while (end > from && bl_p_is_space(cp[end - 1]))
        end--;
    if (p->lines[li].kind == LK_RULE || bl_p_is_table_rule(cp + from, end - from))
        return BULLETIN_OK;
    if (!p->table) {
        p->table = bl_node_new(p->mem, BULLETIN_NODE_TABLE);
        if (!p->table)
            return BULLETIN_ERR_NOMEM;
        p->table->line = p->lines[li].no;
        p->table->column = p->cur.col[from];
        status = bl_p_attach_block(p, p->table);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, p->table);
            p->table = NULL;
            return status;
        }
        p->table->index = ++p->para_index;
    }
    bulletin_node *row = bl_node_new(p->mem, BULLETIN_NODE_ROW);
    if (!row)
        return BULLETIN_ERR_NOMEM;
    row->line = p->lines[li].no;
    row->column = p->cur.col[from];
    bl_node_append(p->table, row);
    bool bars = false;
    for (size_t i = from; i < end && !bars; i++)
        bars = is_bar(cp[i]);
    if (bars && end > from + 1 && is_bar(cp[end - 1]))
        end--;
    size_t start = bars && is_bar(cp[from]) ? from + 1 : from;
    while (start <= end) {
        size_t stop = start;
        if (bars) {
            while (stop < end && !is_bar(cp[stop]))
                stop++;
        } else {
            while (stop < end && cp[stop] != '\t')
                stop++;
        }
        bulletin_node *cell = bl_node_new(p->mem, BULLETIN_NODE_CELL);
        if (!cell)
            return BULLETIN_ERR_NOMEM;
        status = bl_p_set_text(p, cell, start, stop);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, cell);
            return status;
        }
        if (start == stop || cell->column == 0)
            cell->column = start < n ? p->cur.col[start] : p->cur.col[n - 1] + 1;
        bl_node_append(row, cell);
        start = stop + 1;
        if (!bars)
            while (start < end && cp[start] == '\t')
                start++;
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * After the build
 * ---------------------------------------------------------------------- */

/* A cell that holds a number: digits, separators, a sign, a percent. */
static bool numeric(const bulletin_node *c)
{
    const char *s = c->text;
    bool digit = false;
    for (size_t i = 0; i < c->len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= '0' && ch <= '9')
            digit = true;
        else if (!strchr("+-.,% ", ch))
            return false;
    }
    return digit;
}

/* The unit a header cell names: the text of its last （…） or (…). */
static size_t header_unit(const bulletin_node *c, size_t *off)
{
    const char *s = c->text;
    size_t len = c->len;
    if (len >= 3 && strcmp(s + len - 3, "）") == 0) {
        for (size_t i = len - 3; i-- > 0;)
            if ((unsigned char)s[i] == 0xEF && i + 3 <= len && memcmp(s + i, "（", 3) == 0) {
                *off = i + 3;
                return len - 3 - (i + 3);
            }
    } else if (len && s[len - 1] == ')') {
        for (size_t i = len - 1; i-- > 0;)
            if (s[i] == '(') {
                *off = i + 1;
                return len - 1 - (i + 1);
            }
    }
    return 0;
}

static bool is_unit_header(const bulletin_node *c)
{
    return strcmp(c->text, "单位") == 0 || strcmp(c->text, "计量单位") == 0;
}

static void set_value(bulletin_node *cell, const char *s, size_t len, const bulletin_mem *mem)
{
    if (!len || cell->value[0])
        return;
    char *v = bl_strndup(mem, s, len);
    if (v)
        cell->value = v; /* a failed allocation only loses the unit */
}

static void finish_table(bulletin_node *t, const bulletin_mem *mem)
{
    bulletin_node *first = t->first_child;
    if (!first)
        return;
    size_t ncols = 0;
    for (bulletin_node *r = first; r; r = r->next) {
        size_t k = 0, filled = 0, nums = 0;
        for (bulletin_node *c = r->first_child; c; c = c->next) {
            k++;
            filled += c->len > 0;
            nums += numeric(c);
        }
        if (k > ncols)
            ncols = k;
        if (filled == 1 && k > 1 && r->first_child->len > 0)
            r->row_kind = r == first ? 2 : 3; /* title / group */
        (void)nums;
    }
    /* The header: the first row that is not a title row, when it has no
     * number and a later row has one. */
    bulletin_node *head = first;
    while (head && head->row_kind == 2)
        head = head->next;
    if (!head)
        return;
    bool head_nums = false, body_nums = false;
    for (bulletin_node *c = head->first_child; c; c = c->next)
        head_nums |= numeric(c);
    for (bulletin_node *r = head->next; r; r = r->next)
        for (bulletin_node *c = r->first_child; c; c = c->next)
            body_nums |= numeric(c);
    if (head_nums || !body_nums || head->row_kind)
        return;
    head->row_kind = 1;
    /* Units: the header's （亿元）, or a 单位 column for its row. */
    int unit_col = -1, k = 0;
    for (bulletin_node *c = head->first_child; c; c = c->next, k++) {
        size_t off = 0, len = header_unit(c, &off);
        if (len)
            set_value(c, c->text + off, len, mem);
        if (is_unit_header(c))
            unit_col = k;
    }
    size_t nhead = 0;
    for (bulletin_node *c = head->first_child; c; c = c->next)
        nhead++;
    for (bulletin_node *r = head->next; r; r = r->next) {
        const bulletin_node *uc = NULL;
        size_t nrow = 0;
        k = 0;
        for (bulletin_node *c = r->first_child; c; c = c->next, k++, nrow++)
            if (k == unit_col)
                uc = c;
        /* a header without the label column's cell covers the last
         * columns: "| 绝对数(亿元) | 比上年增长(%) |" over 3-cell rows */
        bulletin_node *c = r->first_child;
        for (size_t skip = nrow > nhead ? nrow - nhead : 0; skip && c; skip--)
            c = c->next;
        bulletin_node *h = head->first_child;
        for (; c; c = c->next) {
            if (numeric(c)) {
                if (uc && uc->len)
                    set_value(c, uc->text, uc->len, mem);
                else if (h && h->value[0])
                    set_value(c, h->value, strlen(h->value), mem);
            }
            h = h ? h->next : NULL;
        }
    }
}

void bl_p_finish_tables(bulletin_node *root, const bulletin_mem *mem)
{
    /* Iterative walk over the containers that hold tables. */
    bulletin_node *n = root;
    while (n) {
        if (n->type == BULLETIN_NODE_TABLE) {
            finish_table(n, mem);
        } else if (n->first_child && n->type != BULLETIN_NODE_ROW) {
            n = n->first_child;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
}
