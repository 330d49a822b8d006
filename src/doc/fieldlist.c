/*
 * fieldlist.c - a list of fields set as numbered items:
 *
 *   一、项目名称：武平工业园区南部片区扩园（略）工程
 *   二、项目建设地点：武平县工业园区。
 *   三、项目单位：武平工业（略）。
 *
 * A 批复 or a 通知 lists the facts of its matter, each item a short field
 * name, a colon, then the field's value on the same line (会议时间：…, 项目
 * 名称：…, 元旦：1月1日放假1天。).  Such an item is a numbered paragraph
 * (convention 3), not a heading, whether its value ends with a stop, runs
 * on over clauses or was cut short by a redaction; and a list's items are
 * one kind: the items of a list of fields that are whole sentences are
 * numbered paragraphs too.  A list is the run of items of one level, each
 * a line of its own, numbered on one after another with nothing between
 * them; an item over deeper items (一、项目名称： over (一)…) heads them.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parse_int.h"

static bool is_colon(uint32_t c) { return c == ':' || c == 0xFF1A; }

/* A field: its name (two to twelve characters, Han, perhaps spaces or a
 * masked run **, no mark of punctuation), a colon, then its value, not
 * empty. */
static bool is_field_item(const uint32_t *cp, size_t from, size_t n)
{
    while (n > from && bl_p_is_space(cp[n - 1]))
        n--;
    size_t i = from, han = 0;
    while (i < n && !is_colon(cp[i])) {
        if (bl_is_han(cp[i]))
            han++;
        else if (!bl_p_is_space(cp[i]) && cp[i] != '*' && cp[i] != 0xFF0A)
            return false;
        if (i - from >= 14)
            return false;
        i++;
    }
    if (i >= n || han < 2 || han > 12)
        return false;
    return bl_p_skip_spaces(cp, n, i + 1) < n;
}

/* An item that is one or more whole sentences: it ends with a stop. */
static bool is_sentence_item(const uint32_t *cp, size_t from, size_t n)
{
    while (n > from && bl_p_is_space(cp[n - 1]))
        n--;
    return n > from + 1 && (cp[n - 1] == 0x3002 || cp[n - 1] == 0xFF01 || cp[n - 1] == 0xFF1F);
}

/* Line k, a heading line of `level` on its own: its number and whether
 * it is a field or a sentence; false when it is none of the list.
 * Decoding replaces p->cur. */
static bulletin_status list_item(parser *p, size_t k, int level, int *number, bool *field, bool *item)
{
    *item = false;
    heading_match m;
    bool yes;
    bulletin_status status = bl_p_list_heading(p, k, level, &m, &yes);
    if (status != BULLETIN_OK || !yes)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    *number = m.number;
    *field = is_field_item(cp, m.text_from, n);
    *item = *field || is_sentence_item(cp, m.text_from, n);
    return BULLETIN_OK;
}

/* The line before line i that is not blank; i when there is none. */
static size_t prev_nonblank(const parser *p, size_t i)
{
    size_t j = i;
    while (j > 0 && p->lines[j - 1].kind == LK_BLANK)
        j--;
    return j > 0 ? j - 1 : i;
}

/* How far the list is read each way from an item: a long list's far
 * items decide nothing of its kind, and each item of it is read again. */
enum { SCAN = 24 };

bulletin_status bl_p_field_list_item(parser *p, size_t li, bool *yes)
{
    *yes = false;
    const bl_line *l = &p->lines[li];
    if (l->kind != LK_HEADING || l->join || l->unnum || l->toc)
        return BULLETIN_OK;
    int level = l->level, number = 0;
    bool field = false, item = false;
    bulletin_status status = list_item(p, li, level, &number, &field, &item);
    if (status != BULLETIN_OK || !item)
        return status;
    size_t fields = field, items = 1;
    /* the items before it, numbered down to it */
    int want = number;
    for (size_t k = prev_nonblank(p, li), t = 0; k < li && t < SCAN; k = prev_nonblank(p, k), t++) {
        int nb = 0;
        status = list_item(p, k, level, &nb, &field, &item);
        if (status != BULLETIN_OK)
            return status;
        if (!item || nb != want - 1)
            break;
        want = nb;
        items++;
        fields += field;
        if (k == 0)
            break;
    }
    /* the items after it, and what follows the last of them */
    want = number;
    size_t k = bl_p_next_nonblank(p, li + 1);
    for (size_t t = 0; k < p->nlines && t < SCAN; k = bl_p_next_nonblank(p, k + 1), t++) {
        int nb = 0;
        status = list_item(p, k, level, &nb, &field, &item);
        if (status != BULLETIN_OK)
            return status;
        if (!item || nb != want + 1)
            break;
        want = nb;
        items++;
        fields += field;
    }
    /* the last item over items of a deeper level heads them */
    if (k < p->nlines && p->lines[k].kind == LK_HEADING && !p->lines[k].unnum && p->lines[k].level > level)
        return BULLETIN_OK;
    /* three items at least, one a field at least, or two fields */
    *yes = (items >= 3 && fields >= 1) || (items == 2 && fields == 2);
    return BULLETIN_OK;
}
