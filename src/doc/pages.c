/*
 * pages.c - which PDF page each placed line went to, so the workbook can
 * cite the page of every figure and section.  The PDF backend reports the
 * lines in page order; lookups binary-search the lines of one node.
 */
#include <stdlib.h>
#include <string.h>

#include "bulletin_int.h"

typedef struct {
    const bulletin_node *node;
    size_t offset;
    int page;
    size_t seq; /* placement order, for a stable sort */
} placed;

struct bulletin_pages {
    const bulletin_mem *mem;
    placed *v;
    size_t n, cap;
    int pages;
    bool sorted, broken;
};

bulletin_pages *bulletin_pages_new(const bulletin_doc *doc)
{
    const bulletin_mem *mem = doc ? doc->mem : bulletin_default_mem();
    bulletin_pages *p = bl_alloc(mem, sizeof *p);
    if (p)
        p->mem = mem;
    return p;
}

void bulletin_pages_free(bulletin_pages *pages)
{
    if (!pages)
        return;
    bl_free(pages->mem, pages->v);
    bl_free(pages->mem, pages);
}

void bulletin_pages_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    bulletin_pages *p = user;
    if (!p || p->broken)
        return;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 256;
        placed *v = bl_realloc_array(p->mem, p->v, cap, sizeof *v);
        if (!v) {
            p->broken = true;
            return;
        }
        p->v = v;
        p->cap = cap;
    }
    p->v[p->n] = (placed){node, offset, page, p->n};
    p->n++;
    p->sorted = false;
    if (page > p->pages)
        p->pages = page;
}

static int cmp_placed(const void *a, const void *b)
{
    const placed *x = a, *y = b;
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    if (x->offset != y->offset)
        return x->offset < y->offset ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int bulletin_pages_lookup(const bulletin_pages *pages, const bulletin_node *node, size_t offset)
{
    if (!pages || pages->broken || !node || pages->n == 0)
        return 0;
    bulletin_pages *p = (bulletin_pages *)pages; /* sorting is a cache */
    if (!p->sorted) {
        qsort(p->v, p->n, sizeof *p->v, cmp_placed);
        p->sorted = true;
    }
    /* The last entry with (node, offset') where offset' <= offset. */
    size_t lo = 0, hi = p->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const placed *m = &p->v[mid];
        bool le = (uintptr_t)m->node < (uintptr_t)node
               || (m->node == node && m->offset <= offset);
        if (le)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || p->v[lo - 1].node != node)
        return 0;
    return p->v[lo - 1].page;
}

int bulletin_pages_count(const bulletin_pages *pages)
{
    return pages && !pages->broken ? pages->pages : 0;
}
