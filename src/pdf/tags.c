/*
 * tags.c - the PDF's logical structure (ISO 32000-1 14.7-14.8, PDF/UA-1,
 * ISO 14289-1): a tree of structure elements in reading order under one
 * Document, every piece of content on the pages in a marked-content
 * sequence with an MCID that names its element, everything else an
 * artifact.
 *
 *   the cover            P (title, subtitle, issuer, date), its bands
 *                        artifacts
 *   the key figures      H1 关键数据, a P per card, the chart a Figure with
 *                        its data in words as /Alt and 增长率（%） as its
 *                        Caption
 *   the text             the title H1; headings Hn, n their depth under
 *                        the title (一、 H1, （一） H2, 1. H3, （1） H4 when
 *                        none is skipped); paragraphs and run-in headings
 *                        P; the 附件说明 an L of LI > LBody; tables Table >
 *                        TR > TH (header rows, /Scope /Column) / TD, a
 *                        title row one TD across, a caption right above
 *                        the table its Caption; the parts of an official
 *                        document P under a name of their own (RoleMap):
 *                        DocNumber, Subtitle, Speaker, Salutation,
 *                        Signature, Date, Issuer, TableNote
 *   artifacts            the running header (/Pagination /Header), the
 *                        page number (/Pagination /Footer), table header
 *                        rows repeated after a break (/Pagination),
 *                        rules, bands and shading
 *
 * A paragraph that crosses a page is one P with a sequence on each page.
 * Lines are drawn in reading order (draw.c), so the MCIDs of a page come
 * in reading order.  The catalog gets /MarkInfo << /Marked true >>,
 * /Lang (zh-CN) and /ViewerPreferences << /DisplayDocTitle true >>; each
 * page with content its /StructParents key into the ParentTree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include "pdf_int.h"

static const struct {
    const char *name;
    const char *role; /* a type of ours: the standard type it maps to */
} types[S_COUNT] = {
    [S_DOCUMENT] = {"Document", NULL}, [S_H1] = {"H1", NULL},
    [S_H2] = {"H2", NULL},             [S_H3] = {"H3", NULL},
    [S_H4] = {"H4", NULL},             [S_H5] = {"H5", NULL},
    [S_H6] = {"H6", NULL},             [S_P] = {"P", NULL},
    [S_L] = {"L", NULL},               [S_LI] = {"LI", NULL},
    [S_LBODY] = {"LBody", NULL},       [S_TABLE] = {"Table", NULL},
    [S_TR] = {"TR", NULL},             [S_TH] = {"TH", NULL},
    [S_TD] = {"TD", NULL},             [S_CAPTION] = {"Caption", NULL},
    [S_FIGURE] = {"Figure", NULL},     [S_DOCNUMBER] = {"DocNumber", "P"},
    [S_SUBTITLE] = {"Subtitle", "P"},  [S_SPEAKER] = {"Speaker", "P"},
    [S_SALUTATION] = {"Salutation", "P"}, [S_SIGNATURE] = {"Signature", "P"},
    [S_DATE] = {"Date", "P"},          [S_ISSUER] = {"Issuer", "P"},
    [S_NOTE] = {"TableNote", "P"},     [S_COVER] = {"Cover", "Sect"},
    [S_DIV] = {"Div", NULL},
};

/* libharu's arrays hold at most 32,767 elements (HPDF_LIMIT_MAX_ARRAY):
 * an element with more children gets them in Divs of this many, and the
 * parent tree is a two-level number tree from this many pages on. */
#define MAX_KIDS 16384

int bl_pdf_tag_new(ctx *c, int type, int parent, int group)
{
    if (c->ntags == 0) { /* element 0 is none, 1 the Document */
        if (bl_pdf_grow(c->mem, (void **)&c->tags, &c->cap_tags, 2, sizeof *c->tags)
            != BULLETIN_OK) {
            c->tag_oom = true;
            return 0;
        }
        memset(c->tags, 0, 2 * sizeof *c->tags);
        c->tags[1].type = S_DOCUMENT;
        c->ntags = 2;
    }
    if (bl_pdf_grow(c->mem, (void **)&c->tags, &c->cap_tags, c->ntags + 1, sizeof *c->tags)
        != BULLETIN_OK) {
        c->tag_oom = true;
        return 0;
    }
    ptag *t = &c->tags[c->ntags];
    memset(t, 0, sizeof *t);
    t->type = (uint8_t)type;
    t->group = (uint8_t)group;
    t->parent = parent > 0 ? parent : 1;
    return (int)c->ntags++;
}

void bl_pdf_tag_lines(ctx *c, size_t first, int tag)
{
    for (size_t i = first; i < c->nlines; i++)
        c->lines[i].tag = tag;
}

bulletin_status bl_pdf_tag_alt(ctx *c, int tag, const char *alt)
{
    if (tag <= 0)
        return BULLETIN_OK;
    size_t n = strlen(alt);
    char *a = bl_alloc(c->mem, n + 1);
    if (!a)
        return BULLETIN_ERR_NOMEM;
    memcpy(a, alt, n + 1);
    for (size_t i = 0; i < c->nalts; i++)
        if (c->alts[i].tag == tag) {
            bl_free(c->mem, c->alts[i].text);
            c->alts[i].text = a;
            return BULLETIN_OK;
        }
    palt *na = bl_realloc_array(c->mem, c->alts, c->nalts + 1, sizeof *na);
    if (!na) {
        bl_free(c->mem, a);
        return BULLETIN_ERR_NOMEM;
    }
    c->alts = na;
    c->alts[c->nalts++] = (palt){tag, a};
    return BULLETIN_OK;
}

/* The alternate text of element `tag`, or NULL (a document has one or
 * none: the chart's). */
static const char *alt_of(const ctx *c, size_t tag)
{
    for (size_t i = 0; i < c->nalts; i++)
        if ((size_t)c->alts[i].tag == tag)
            return c->alts[i].text;
    return NULL;
}

void bl_pdf_free_alts(ctx *c)
{
    for (size_t i = 0; i < c->nalts; i++)
        bl_free(c->mem, c->alts[i].text);
    bl_free(c->mem, c->alts);
    c->alts = NULL;
    c->nalts = 0;
}

void bl_pdf_free_tags(ctx *c)
{
    bl_pdf_free_alts(c);
    bl_buf_free(&c->tagtext);
    bl_free(c->mem, c->tag_at);
    bl_free(c->mem, c->pg_at);
    bl_free(c->mem, c->pg_of);
    bl_free(c->mem, c->tags);
    bl_free(c->mem, c->mcrs);
    bl_free(c->mem, c->mc_open);
    bl_free(c->mem, c->mc_next);
}

/* ------------------------------------------------------------------------
 * The text's elements
 * ---------------------------------------------------------------------- */

/* The element of an official document's part, by its node. */
static int part_type(const bulletin_node *n)
{
    switch (bulletin_node_kind(n)) {
    case BULLETIN_NODE_DOCNUMBER:
        return S_DOCNUMBER;
    case BULLETIN_NODE_SUBTITLE:
        return S_SUBTITLE;
    case BULLETIN_NODE_SPEAKER:
        return S_SPEAKER;
    case BULLETIN_NODE_SALUTATION:
        return S_SALUTATION;
    case BULLETIN_NODE_SIGNATURE:
        return S_SIGNATURE;
    case BULLETIN_NODE_DATE:
        return S_DATE;
    case BULLETIN_NODE_NOTE:
        return S_NOTE;
    default:
        return S_P;
    }
}

/* Tags the lines of block `b` whose node is `node` (any when NULL). */
static void tag_block(ctx *c, const pblock *b, const bulletin_node *node, int tag)
{
    for (size_t i = b->first; i < b->first + b->count; i++)
        if (!node || c->lines[i].node == node)
            c->lines[i].tag = tag;
}

/* The rows of a table from block `bi` on: Table > [Caption] TR > TH/TD.
 * Returns the block after the table's last row. */
static size_t tag_table(ctx *c, size_t bi, int caption)
{
    const size_t table = c->blocks[bi].table;
    const size_t ncols = c->tables[table].ncols;
    /* a part of a table set in parts (tables.c): its columns after
     * column 0 are the source's from .. from + ncols - 2; a part after
     * the first repeats column 0 and the rows across as artifacts */
    const size_t from = c->tables[table].from ? c->tables[table].from : 1;
    const bool cont = c->tables[table].cont;
    size_t all = 0; /* the source table's columns */
    int t = bl_pdf_tag_new(c, S_TABLE, 1, 2);
    if (caption > 0 && t > 0)
        c->tags[caption].parent = t;
    for (; bi < c->nblocks && c->blocks[bi].kind == BK_ROW && c->blocks[bi].table == table; bi++) {
        const pblock *b = &c->blocks[bi];
        const char *rk = bulletin_node_row_kind(b->node);
        bool head = !strcmp(rk, "header"), title = !strcmp(rk, "title");
        int tr = bl_pdf_tag_new(c, S_TR, t, 2);
        size_t n = 0;
        for (const bulletin_node *cell = bulletin_node_first_child(b->node); cell;
             cell = bulletin_node_next(cell))
            n++;
        if (all == 0) {
            /* the source's columns: the widest row's (tables.c) */
            for (const bulletin_node *r = bulletin_node_first_child(bulletin_node_parent(b->node)); r;
                 r = bulletin_node_next(r)) {
                size_t w = 0;
                for (const bulletin_node *cell = bulletin_node_first_child(r); cell;
                     cell = bulletin_node_next(cell))
                    w++;
                if (w > all && strcmp(bulletin_node_row_kind(r), "title"))
                    all = w;
            }
            all = all ? all : 1;
        }
        /* a header row with fewer cells stands over the last columns
         * (tables.c): empty cells first, so that every row has ncols */
        size_t pad = head && n < all ? all - n : 0, k = 0, put = 0;
        if (head && n == 1 && all > 1 && ncols < all)
            pad = 0; /* set across a part, at its column 0 (tables.c) */
        for (size_t q = 0; q < pad; q++)
            if (q == 0 || (q >= from && q < from + ncols - 1)) {
                bl_pdf_tag_new(c, S_TH, tr, 2);
                put++;
            }
        for (const bulletin_node *cell = bulletin_node_first_child(b->node); cell;
             cell = bulletin_node_next(cell), k++) {
            size_t sk = pad + k;
            if (sk >= all && !title)
                break; /* not drawn (tables.c) */
            if (!title && sk != 0 && (sk < from || sk >= from + ncols - 1))
                continue; /* another part's */
            int td = bl_pdf_tag_new(c, head ? S_TH : S_TD, tr, 2);
            put++;
            if (td > 0 && title)
                c->tags[td].colspan = (int)ncols;
            if (!(cont && (sk == 0 || title)))
                tag_block(c, b, cell, td);
            if (title)
                break;
        }
        for (size_t q = put; q < ncols && !title; q++)
            bl_pdf_tag_new(c, S_TD, tr, 2);
    }
    return bi;
}

bulletin_status bl_pdf_tag_text(ctx *c)
{
    /* the open headings, by outline level: a heading's element is H of
     * its depth under the title (no level skipped) */
    int hlevel[8];
    int depth = 0, list = 0;
    for (size_t bi = 0; bi < c->nblocks;) {
        const pblock *b = &c->blocks[bi];
        if (b->kind == BK_ROW) {
            bi = tag_table(c, bi, 0);
            list = 0;
            continue;
        }
        const bulletin_node *n = b->node;
        bulletin_node_type k = bulletin_node_kind(n);
        int tag = 0;
        if (k != BULLETIN_NODE_ATTACHMENT)
            list = 0;
        if (b->level == -2 || k == BULLETIN_NODE_TITLE) {
            tag = bl_pdf_tag_new(c, S_H1, 1, 2);
            depth = 0;
            /* the front matter's subtitle: lines of the title's node */
            for (size_t i = b->first; i < b->first + b->count; i++)
                c->lines[i].tag = tag;
        } else if (b->st == BL_EL_SUBTITLE && !bulletin_node_kind(n)) {
            tag = bl_pdf_tag_new(c, S_SUBTITLE, 1, 2);
        } else if (k == BULLETIN_NODE_SECTION || k == BULLETIN_NODE_DOCTITLE) {
            int lv = k == BULLETIN_NODE_DOCTITLE ? 0 : bulletin_node_level(n);
            while (depth > 0 && hlevel[depth - 1] >= lv)
                depth--;
            if (depth < 6)
                hlevel[depth++] = lv;
            tag = bl_pdf_tag_new(c, S_H1 + (depth > 6 ? 5 : depth - 1), 1, 2);
        } else if (k == BULLETIN_NODE_ATTACHMENT) {
            if (!list)
                list = bl_pdf_tag_new(c, S_L, 1, 2);
            int li = bl_pdf_tag_new(c, S_LI, list, 2);
            tag = bl_pdf_tag_new(c, S_LBODY, li, 2);
        } else if (k == BULLETIN_NODE_CAPTION) {
            bool before_table = bi + 1 < c->nblocks && c->blocks[bi + 1].kind == BK_ROW;
            tag = bl_pdf_tag_new(c, before_table ? S_CAPTION : S_P, 1, 2);
            tag_block(c, b, NULL, tag);
            if (before_table) {
                bi = tag_table(c, bi + 1, tag);
                continue;
            }
        } else if ((k == BULLETIN_NODE_SIGNATURE || k == BULLETIN_NODE_DATE) && b->level == -1) {
            tag = bl_pdf_tag_new(c, S_ISSUER, 1, 2);
        } else if (k == BULLETIN_NODE_SIGNATURE || k == BULLETIN_NODE_DATE) {
            /* the sign-off: an element for each of its nodes */
            const bulletin_node *last = NULL;
            for (size_t i = b->first; i < b->first + b->count; i++)
                if (c->lines[i].node != last) {
                    last = c->lines[i].node;
                    int t = bl_pdf_tag_new(c, part_type(last), 1, 2);
                    tag_block(c, b, last, t);
                }
            bi++;
            continue;
        } else {
            tag = bl_pdf_tag_new(c, part_type(n), 1, 2);
        }
        tag_block(c, b, NULL, tag);
        bi++;
    }
    /* a table's header rows drawn again after a page break */
    for (size_t i = c->nlines_laid; i < c->folio_first; i++)
        if (c->lines[i].copy) {
            c->lines[i].tag = 0;
            c->lines[i].art = ART_PAGINATION;
            c->lines[i].early = true; /* with the running header, first */
        }
    return c->tag_oom ? BULLETIN_ERR_NOMEM : BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * Marked content
 * ---------------------------------------------------------------------- */

/* Appends `s` to the page's content stream, which draw_page builds in
 * c->text. */
static bulletin_status put(ctx *c, HPDF_Page page, const char *s)
{
    (void)page;
    return bl_buf_put(&c->text, s, strlen(s));
}

bulletin_status bl_pdf_mc(ctx *c, HPDF_Page page, int pageno, int tag, int art, bool *opened)
{
    int want = tag > 0 ? tag : -1 - art;
    int *open = &c->mc_open[pageno - 1];
    bulletin_status st = BULLETIN_OK;
    if (opened)
        *opened = false;
    if (*open == want)
        return BULLETIN_OK;
    if (*open != 0 && (st = put(c, page, "EMC\n")) != BULLETIN_OK)
        return st;
    *open = want;
    if (opened)
        *opened = true;
    if (tag <= 0) {
        static const char *const art_op[] = {
            [ART_LAYOUT] = "/Artifact BMC\n",
            [ART_HEADER] = "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
            [ART_FOOTER] = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
            [ART_PAGINATION] = "/Artifact <</Type /Pagination>> BDC\n",
        };
        return put(c, page, art_op[art <= ART_PAGINATION ? art : ART_LAYOUT]);
    }
    if ((st = bl_pdf_grow(c->mem, (void **)&c->mcrs, &c->cap_mcrs, c->nmcrs + 1, sizeof *c->mcrs))
        != BULLETIN_OK)
        return st;
    int mcid = c->mc_next[pageno - 1]++;
    c->mcrs[c->nmcrs++] = (pmcr){tag, pageno, mcid, c->mc_seq};
    /* "/%s <</MCID %d>> BDC\n", without the format (a line's call) */
    char op[96];
    const char *name = types[c->tags[tag].type].name;
    size_t len = strlen(name), k = 0;
    if (len > sizeof op - 48)
        len = sizeof op - 48; /* (never: the names are a few letters) */
    op[k++] = '/';
    memcpy(op + k, name, len);
    k += len;
    memcpy(op + k, " <</MCID ", 9);
    k += 9;
    k += bl_pdf_fmt_int(op + k, mcid);
    memcpy(op + k, ">> BDC\n", 8); /* with the NUL */
    return put(c, page, op);
}

bulletin_status bl_pdf_mc_close(ctx *c, HPDF_Page page, int pageno)
{
    if (!c->mc_open[pageno - 1])
        return BULLETIN_OK;
    c->mc_open[pageno - 1] = 0;
    return put(c, page, "EMC\n");
}

/* ------------------------------------------------------------------------
 * The tree
 * ---------------------------------------------------------------------- */

/* A new indirect dictionary, or NULL. */
static HPDF_Dict indirect(ctx *c)
{
    HPDF_Dict d = HPDF_Dict_New(c->pdf->mmgr);
    if (d && HPDF_Xref_Add(c->pdf->xref, d) != HPDF_OK) /* frees d */
        return NULL;
    return d;
}

/* The order of elements among their siblings: by group, then number. */
static int cmp_order(const void *a, const void *b, void *tags)
{
    const ptag *t = tags;
    int x = *(const int *)a, y = *(const int *)b;
    if (t[x].group != t[y].group)
        return t[x].group < t[y].group ? -1 : 1;
    return (x > y) - (x < y);
}

/* qsort_r is not C11: an insertion sort of each parent's few children
 * (already nearly in order: elements are made in reading order within a
 * group) does. */
static void sort_children(int *kids, size_t n, const ptag *t)
{
    for (size_t i = 1; i < n; i++) {
        int v = kids[i];
        size_t j = i;
        while (j > 0 && cmp_order(&kids[j - 1], &v, (void *)t) > 0) {
            kids[j] = kids[j - 1];
            j--;
        }
        kids[j] = v;
    }
}

/* Keeps the first failure. */
static void st_ok(bulletin_status *status, bulletin_status st)
{
    if (*status == BULLETIN_OK)
        *status = st;
}

/* Appends `pre`, `v` in decimal and `post` (printf's "%s%ld%s"): the
 * tree's keys without a format parsed each (thousands of elements). */
static bulletin_status put_num_in(bl_buf *b, const char *pre, long long v, const char *post)
{
    bulletin_status st = bl_buf_puts(b, pre);
    if (st == BULLETIN_OK)
        st = bl_pdf_put_int(b, v);
    if (st == BULLETIN_OK)
        st = bl_buf_puts(b, post);
    return st;
}

/* The parent tree's pairs of pages [from, to): "page [elements by MCID]"
 * (a page's MCIDs come in drawing order, 0, 1, ...: c->mcrs). */
static bulletin_status parent_tree(ctx *c, bl_buf *b, int from, int to)
{
    bulletin_status st = BULLETIN_OK;
    for (int p = from; p < to && st == BULLETIN_OK; p++) {
        if (c->mc_next[p] == 0)
            continue;
        st_ok(&st, bl_buf_printf(b, "%s%d [", b->data && b->data[b->len - 1] != '[' ? " " : "", p));
        for (size_t q = c->pg_at[p]; q < c->pg_at[p + 1]; q++)
            st_ok(&st, put_num_in(b, q > c->pg_at[p] ? " " : "",
                                  (long long)(c->tag_base + (size_t)c->mcrs[c->pg_of[q]].tag - 1),
                                  " 0 R"));
        st_ok(&st, bl_buf_puts(b, "]"));
    }
    return st;
}

/* " /Alt <FEFF...>": `alt` as a UTF-16BE text string in hex. */
static bulletin_status alt_text(bl_buf *b, const char *alt)
{
    static const char hex[] = "0123456789ABCDEF";
    bulletin_status st = bl_buf_puts(b, " /Alt <FEFF");
    size_t len = strlen(alt);
    for (size_t i = 0; i < len && st == BULLETIN_OK;) {
        uint32_t cp;
        int n = bl_utf8_decode((const unsigned char *)alt + i, len - i, &cp);
        if (n <= 0) {
            cp = 0xFFFD;
            n = 1;
        }
        i += (size_t)n;
        uint32_t u[2] = {cp, 0};
        int nu = 1;
        if (cp > 0xFFFF) {
            u[0] = 0xD800 + ((cp - 0x10000) >> 10);
            u[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
            nu = 2;
        }
        for (int k = 0; k < nu; k++) {
            char h[4] = {hex[u[k] >> 12 & 15], hex[u[k] >> 8 & 15], hex[u[k] >> 4 & 15], hex[u[k] & 15]};
            st_ok(&st, bl_buf_put(b, h, 4));
        }
    }
    st_ok(&st, bl_buf_puts(b, ">"));
    return st;
}

/* The children of every element in reading order: kids[kid_at[t] ..
 * kid_at[t + 1]) for element t (arrays of c->ntags + 1 and c->ntags). */
static bulletin_status children(ctx *c, int **kid_at_out, int **kids_out)
{
    size_t nt = c->ntags;
    int *kid_at = bl_calloc(c->mem, nt + 1, sizeof *kid_at);
    int *kids = bl_calloc(c->mem, nt, sizeof *kids);
    int *fill = bl_calloc(c->mem, nt, sizeof *fill);
    if (!kid_at || !kids || !fill) {
        bl_free(c->mem, kid_at);
        bl_free(c->mem, kids);
        bl_free(c->mem, fill);
        return BULLETIN_ERR_NOMEM;
    }
    for (size_t t = 2; t < nt; t++)
        kid_at[c->tags[t].parent + 1]++;
    for (size_t t = 1; t <= nt; t++)
        kid_at[t] += kid_at[t - 1];
    for (size_t t = 2; t < nt; t++) {
        int p = c->tags[t].parent;
        kids[kid_at[p] + fill[p]++] = (int)t;
    }
    bl_free(c->mem, fill);
    for (size_t t = 1; t < nt; t++)
        sort_children(kids + kid_at[t], (size_t)(kid_at[t + 1] - kid_at[t]), c->tags);
    *kid_at_out = kid_at;
    *kids_out = kids;
    return BULLETIN_OK;
}

/* Bytes of text a structure element usually takes, reserved at once
 * (grown by doubling from nothing, a large tree left its old copies in
 * the heap). */
#define TAG_ELEMENT_BYTES 96

bulletin_status bl_pdf_write_tags(ctx *c, HPDF_Page *pages)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_MMgr mm = c->pdf->mmgr;
    int *kid_at = NULL, *kids = NULL;      /* children of each element, in order */
    size_t *mcr_at = NULL, *mcr_of = NULL; /* marked content of each element */
    if (c->ntags < 2)
        return BULLETIN_OK; /* nothing tagged: no tree */
    if ((status = children(c, &kid_at, &kids)) != BULLETIN_OK)
        goto cleanup;
    /* an element with more children than an array holds: Divs of them,
     * in their order */
    size_t nt0 = c->ntags;
    bool grouped = false;
    for (size_t p = 1; p < nt0; p++) {
        if (kid_at[p + 1] - kid_at[p] <= MAX_KIDS)
            continue;
        grouped = true;
        int div = 0;
        for (int q = kid_at[p]; q < kid_at[p + 1]; q++) {
            if ((q - kid_at[p]) % MAX_KIDS == 0)
                div = bl_pdf_tag_new(c, S_DIV, (int)p, c->tags[kids[q]].group);
            if (div)
                c->tags[kids[q]].parent = div;
        }
    }
    if (c->tag_oom) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    if (grouped) {
        bl_free(c->mem, kid_at);
        bl_free(c->mem, kids);
        kid_at = kids = NULL;
        if ((status = children(c, &kid_at, &kids)) != BULLETIN_OK)
            goto cleanup;
    }
    size_t nt = c->ntags;
    mcr_at = bl_calloc(c->mem, nt + 1, sizeof *mcr_at);
    mcr_of = bl_calloc(c->mem, c->nmcrs ? c->nmcrs : 1, sizeof *mcr_of);
    c->pg_at = bl_calloc(c->mem, (size_t)c->npages + 1, sizeof *c->pg_at);
    c->pg_of = bl_calloc(c->mem, c->nmcrs ? c->nmcrs : 1, sizeof *c->pg_of);
    if (!mcr_at || !mcr_of || !c->pg_at || !c->pg_of) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    /* marked content by page, by counting (drawing order kept) */
    for (size_t m = 0; m < c->nmcrs; m++)
        c->pg_at[c->mcrs[m].page]++;
    for (int p = 1; p <= c->npages; p++)
        c->pg_at[p] += c->pg_at[p - 1];
    {
        size_t *fill = bl_calloc(c->mem, (size_t)c->npages, sizeof *fill);
        if (!fill) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        for (size_t m = 0; m < c->nmcrs; m++) {
            int p = c->mcrs[m].page - 1;
            c->pg_of[c->pg_at[p] + fill[p]++] = m;
        }
        bl_free(c->mem, fill);
    }
    /* marked content by element, by counting (drawing order kept) */
    for (size_t m = 0; m < c->nmcrs; m++)
        mcr_at[c->mcrs[m].tag + 1]++;
    for (size_t t = 1; t <= nt; t++)
        mcr_at[t] += mcr_at[t - 1];
    {
        size_t *fill = bl_calloc(c->mem, nt, sizeof *fill);
        if (!fill) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        for (size_t m = 0; m < c->nmcrs; m++) {
            int t = c->mcrs[m].tag;
            mcr_of[mcr_at[t] + fill[t]++] = m;
        }
        bl_free(c->mem, fill);
    }
    /* the objects, as text (compact.c places them): libharu's objects
     * took a kilobyte an element (its dictionary entries hold 128-byte
     * keys), 400 MB for the 10 MB bulletin */
    HPDF_Dict root = indirect(c), mark = HPDF_Dict_New(mm), vp = HPDF_Dict_New(mm);
    if (!root || !mark || !vp) {
        status = bl_pdf_fail(c, BULLETIN_ERR_NOMEM, "cannot make the structure tree");
        goto cleanup;
    }
    HPDF_STATUS e = HPDF_OK;
    HPDF_Dict cat = c->pdf->catalog;
    e |= HPDF_Dict_Add(cat, "StructTreeRoot", root);
    e |= HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
    e |= HPDF_Dict_Add(cat, "MarkInfo", mark);
    e |= HPDF_Dict_Add(cat, "Lang", HPDF_String_New(mm, "zh-CN", NULL));
    e |= HPDF_Dict_AddBoolean(vp, "DisplayDocTitle", HPDF_TRUE);
    e |= HPDF_Dict_Add(cat, "ViewerPreferences", vp);
    for (int p = 0; p < c->npages && e == HPDF_OK; p++)
        if (c->mc_next[p] > 0) {
            e |= HPDF_Dict_AddNumber(pages[p], "StructParents", p);
            e |= HPDF_Dict_AddName(pages[p], "Tabs", "S");
        }
    if (e != HPDF_OK) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot write the structure tree");
        goto cleanup;
    }
    c->tag_root = root->header.obj_id & 0x00FFFFFF;
    c->tag_base = c->pdf->xref->entries->count; /* the next object libharu would number */
#define OBJ(t) ((unsigned long)(c->tag_base + (size_t)(t) - 1))
#define PAGE(p) ((unsigned long)(pages[(p) - 1]->header.obj_id & 0x00FFFFFF))
    bl_buf *b = &c->tagtext;
    size_t nobj = nt; /* the root, then the elements 1 .. nt - 1, then leaves */
    int npt = 0;
    for (int p = 0; p < c->npages; p++)
        npt += c->mc_next[p] > 0;
    int nleaves = 2 * npt > MAX_KIDS ? (npt + MAX_KIDS / 2 - 1) / (MAX_KIDS / 2) : 0;
    if ((status = bl_pdf_grow(c->mem, (void **)&c->tag_at, &c->cap_tag_at,
                              nobj + (size_t)nleaves + 1, sizeof *c->tag_at))
            != BULLETIN_OK
        || (status = bl_buf_reserve(b, (nobj + (size_t)nleaves + 1) * TAG_ELEMENT_BYTES))
               != BULLETIN_OK)
        goto cleanup;
    size_t k = 0;
    /* the root */
    c->tag_at[k++] = b->len;
    st_ok(&status, bl_buf_printf(b, "<</Type /StructTreeRoot /K %lu 0 R /ParentTree <<", OBJ(1)));
    if (nleaves) {
        st_ok(&status, bl_buf_puts(b, "/Kids ["));
        for (int l = 0; l < nleaves; l++)
            st_ok(&status, bl_buf_printf(b, "%s%lu 0 R", l ? " " : "", OBJ((int)nt + l)));
        st_ok(&status, bl_buf_puts(b, "]>>"));
    } else {
        st_ok(&status, bl_buf_puts(b, "/Nums ["));
        st_ok(&status, parent_tree(c, b, 0, c->npages));
        st_ok(&status, bl_buf_puts(b, "]>>"));
    }
    st_ok(&status, bl_buf_printf(b, " /ParentTreeNextKey %d /RoleMap <<", c->npages));
    bool used[S_COUNT] = {false};
    for (size_t t = 1; t < nt; t++)
        used[c->tags[t].type] = true;
    for (int q = 0; q < S_COUNT; q++)
        if (used[q] && types[q].role)
            st_ok(&status, bl_buf_printf(b, "/%s /%s", types[q].name, types[q].role));
    st_ok(&status, bl_buf_puts(b, ">>>>"));
    /* the elements */
    for (size_t t = 1; t < nt && status == BULLETIN_OK; t++) {
        const ptag *tg = &c->tags[t];
        c->tag_at[k++] = b->len;
        int pg = mcr_at[t] < mcr_at[t + 1] ? c->mcrs[mcr_of[mcr_at[t]]].page : 0;
        st_ok(&status, bl_buf_puts(b, "<</S /"));
        st_ok(&status, bl_buf_puts(b, types[tg->type].name));
        st_ok(&status, put_num_in(b, " /P ",
                                  (long long)(t == 1 ? (unsigned long)c->tag_root : OBJ(tg->parent)),
                                  " 0 R"));
        if (pg)
            st_ok(&status, put_num_in(b, " /Pg ", (long long)PAGE(pg), " 0 R"));
        const char *alt = alt_of(c, t);
        if (alt)
            st_ok(&status, alt_text(b, alt));
        if (tg->type == S_TH || tg->colspan > 1)
            st_ok(&status, bl_buf_printf(b, " /A <</O /Table%s", tg->type == S_TH ? " /Scope /Column" : ""));
        if (tg->colspan > 1)
            st_ok(&status, bl_buf_printf(b, " /ColSpan %d", tg->colspan));
        if (tg->type == S_TH || tg->colspan > 1)
            st_ok(&status, bl_buf_puts(b, ">>"));
        size_t nk = (size_t)(kid_at[t + 1] - kid_at[t]) + (mcr_at[t + 1] - mcr_at[t]);
        if (nk == 1 && kid_at[t + 1] == kid_at[t] && c->mcrs[mcr_of[mcr_at[t]]].page == pg) {
            st_ok(&status, put_num_in(b, " /K ", c->mcrs[mcr_of[mcr_at[t]]].mcid, ">>"));
            continue;
        }
        st_ok(&status, bl_buf_puts(b, " /K ["));
        const char *sep = "";
        for (int q = kid_at[t]; q < kid_at[t + 1]; q++, sep = " ")
            st_ok(&status, put_num_in(b, sep, (long long)OBJ(kids[q]), " 0 R"));
        for (size_t q = mcr_at[t]; q < mcr_at[t + 1]; q++, sep = " ") {
            const pmcr *m = &c->mcrs[mcr_of[q]];
            if (m->page == pg)
                st_ok(&status, put_num_in(b, sep, m->mcid, ""));
            else
                st_ok(&status, bl_buf_printf(b, "%s<</Type /MCR /Pg %lu 0 R /MCID %d>>", sep,
                                             PAGE(m->page), m->mcid));
        }
        st_ok(&status, bl_buf_puts(b, "]>>"));
    }
    /* the parent tree's leaves: MAX_KIDS / 2 pages each */
    for (int l = 0, p = 0; l < nleaves && status == BULLETIN_OK; l++) {
        c->tag_at[k++] = b->len;
        int from = p, last = p, in = 0;
        while (p < c->npages && in < MAX_KIDS / 2) {
            if (c->mc_next[p] > 0) {
                in++;
                last = p;
            }
            p++;
        }
        while (from < last && c->mc_next[from] == 0)
            from++;
        st_ok(&status, bl_buf_printf(b, "<</Limits [%d %d] /Nums [", from, last));
        st_ok(&status, parent_tree(c, b, from, last + 1));
        st_ok(&status, bl_buf_puts(b, "]>>"));
    }
    c->tag_at[k] = b->len;
    c->ntagobj = k;
#undef OBJ
#undef PAGE
cleanup:
    bl_free(c->mem, kid_at);
    bl_free(c->mem, kids);
    bl_free(c->mem, mcr_at);
    bl_free(c->mem, mcr_of);
    bl_free(c->mem, c->pg_at);
    bl_free(c->mem, c->pg_of);
    c->pg_at = c->pg_of = NULL;
    return status;
}
