/*
 * test_paginate_title.c - an attached document's title (DOCTITLE) is
 * kept with the subtitle under it, and the subtitle with the first lines
 * of its text (src/pdf/paginate.c), heard through on_place: the title
 * slid down the page one line at a time, in both templates, is never
 * left alone at a page foot with its subtitle on the next page.  The
 * subtitle is made by hand (a paragraph under the title retyped), so the
 * rule is tested whatever the parser makes of the line.  Runs from the
 * repository root (fonts/, templates/).
 */
#include "test_util.h"

#include <stdbool.h>
#include <stdio.h>

#include <libdeflate.h>

#include "bulletin_int.h"

#define MAXN 4096

typedef struct {
    const bulletin_node *node[MAXN];
    int page[MAXN];
    int n;
} placed;

static void on_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    placed *p = user;
    (void)offset;
    if (p->n < MAXN) {
        p->node[p->n] = node;
        p->page[p->n++] = page;
    }
}

/* The first and last page of the lines of `node`; 0 when none. */
static void pages_of(const placed *p, const bulletin_node *node, int *first, int *last)
{
    *first = *last = 0;
    for (int i = 0; i < p->n; i++) {
        if (p->node[i] != node)
            continue;
        if (!*first || p->page[i] < *first)
            *first = p->page[i];
        if (p->page[i] > *last)
            *last = p->page[i];
    }
}

/* A notice of `lines` paragraphs, signed and dated, then the attached
 * document: its title, (2018年11月) under it and three paragraphs. */
static char *doc_text(int lines)
{
    size_t cap = 2048 + (size_t)lines * 128, len = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    len += (size_t)snprintf(t + len, cap - len, "关于条例草案公开征求意见的公告\n");
    for (int i = 0; i < lines; i++)
        len += (size_t)snprintf(t + len, cap - len, "现将草案第%d稿向社会公开征求意见。\n", i + 1);
    len += (size_t)snprintf(
        t + len, cap - len,
        "厦门市人大常委会办公厅\n2018年11月12日\n厦门经济特区社会信用条例\n"
        "(2018年11月)\n"
        "第一条 为了规范社会信用管理，创新社会治理机制，提高社会信用水平，"
        "增强诚信意识，培育社会信用服务产业，营造诚实守信的社会环境，制定本条例。\n"
        "第二条 本条例所称社会信用，是指社会信用主体在社会和经济活动中履行法定义务"
        "或者约定义务的状况。\n"
        "第三条 本条例适用于本市行政区域内的社会信用管理活动。\n");
    assert_true(len < cap);
    return t;
}

/* The DOCTITLE of `doc`, and the paragraph (2018年11月) under it made
 * its SUBTITLE: moved out of the lead to stand right after the title, as
 * the parser sets a subtitle. */
static const bulletin_node *make_subtitle(bulletin_doc *doc, const bulletin_node **title)
{
    bulletin_node *root = doc->root, *dt = NULL;
    for (bulletin_node *n = root->first_child; n; n = n->next)
        if (bulletin_node_kind(n) == BULLETIN_NODE_DOCTITLE)
            dt = n;
    assert_non_null(dt);
    bulletin_node *sub = NULL;
    for (bulletin_node *n = dt->next; n && !sub; n = n->next) {
        if (n->type == BULLETIN_NODE_PARAGRAPH && strstr(n->text, "2018年11月"))
            sub = n;
        for (bulletin_node *m = n->first_child; m && !sub; m = m->next)
            if (m->type == BULLETIN_NODE_PARAGRAPH && strstr(m->text, "2018年11月"))
                sub = m;
    }
    assert_non_null(sub);
    /* unlink */
    bulletin_node *parent = sub->parent;
    if (sub->prev)
        sub->prev->next = sub->next;
    else
        parent->first_child = sub->next;
    if (sub->next)
        sub->next->prev = sub->prev;
    else
        parent->last_child = sub->prev;
    /* after the title */
    sub->parent = root;
    sub->prev = dt;
    sub->next = dt->next;
    if (dt->next)
        dt->next->prev = sub;
    else
        root->last_child = sub;
    dt->next = sub;
    sub->part = BULLETIN_NODE_SUBTITLE;
    sub->index = 0;
    *title = dt;
    return sub;
}

/* The first paragraph after the subtitle (第一条). */
static const bulletin_node *first_text(const bulletin_node *sub)
{
    for (const bulletin_node *n = bulletin_node_next(sub); n; n = bulletin_node_next(n)) {
        if (bulletin_node_kind(n) == BULLETIN_NODE_PARAGRAPH)
            return n;
        for (const bulletin_node *m = bulletin_node_first_child(n); m; m = bulletin_node_next(m))
            if (bulletin_node_kind(m) == BULLETIN_NODE_PARAGRAPH)
                return m;
    }
    return NULL;
}

typedef struct {
    int moved; /* renders where the title went to the page after the date's */
} seen;

static void check_one(const char *tpl, int lines, seen *s)
{
    char *text = doc_text(lines);
    bulletin_doc *doc = tu_parse(text, 0);
    free(text);
    const bulletin_node *title, *sub = make_subtitle(doc, &title), *body = first_text(sub),
                                *date = NULL;
    assert_non_null(body);
    for (const bulletin_node *n = bulletin_node_first_child(bulletin_doc_root(doc)); n;
         n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == BULLETIN_NODE_DATE)
            date = n;
    assert_non_null(date);
    placed *p = calloc(1, sizeof *p);
    assert_non_null(p);
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.fonts_dir = "fonts";
    o.mem = &tu_mem;
    o.template_name = tpl;
    o.on_place = on_place;
    o.place_user = p;
    tu_str out = {NULL, 0};
    bulletin_diag d;
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &out, &d), BULLETIN_OK);
    free(out.data);

    int tf, tl, sf, sl, bf, bl, df, dl;
    pages_of(p, title, &tf, &tl);
    pages_of(p, sub, &sf, &sl);
    pages_of(p, body, &bf, &bl);
    pages_of(p, date, &df, &dl);
    assert_true(tf > 0 && tf == tl);
    /* the subtitle on the title's page, and the first lines of the text */
    assert_int_equal(sf, tf);
    assert_int_equal(sl, tf);
    assert_int_equal(bf, tf);
    s->moved += tf != dl;
    free(p);
    bulletin_doc_free(doc);
}

/* The title slid over more than a page: it moves to the next page with
 * its subtitle and first lines when they do not fit under it. */
static void test_doctitle_keeps_subtitle(void **state)
{
    (void)state;
    static const char *const tpl[] = {"brochure", "gongwen"};
    for (int t = 0; t < 2; t++) {
        seen s = {0};
        for (int lines = 0; lines < 40; lines++)
            check_one(tpl[t], lines, &s);
        assert_true(s.moved > 0); /* the rule was met, not only a page with room */
    }
}

/* Occurrences of `needle` in the PDF with its object streams inflated
 * (the structure elements are there: compact.c). */
static int count_in_pdf(const tu_str *s, const char *needle)
{
    tu_str x = {malloc(s->len), s->len};
    assert_non_null(x.data);
    memcpy(x.data, s->data, s->len);
    struct libdeflate_decompressor *dz = libdeflate_alloc_decompressor();
    assert_non_null(dz);
    static const char tag[] = "/Type /ObjStm";
    for (size_t i = 0; i + sizeof tag < s->len; i++) {
        if (memcmp(s->data + i, tag, sizeof tag - 1) != 0)
            continue;
        const char *st = s->data + i;
        while (st < s->data + s->len - 7 && memcmp(st, "stream\n", 7) != 0)
            st++;
        st += 7;
        size_t cap = 1 << 22, got = 0;
        char *out = malloc(cap);
        assert_non_null(out);
        assert_int_equal(libdeflate_zlib_decompress_ex(dz, st, (size_t)(s->data + s->len - st), out,
                                                       cap, NULL, &got),
                         LIBDEFLATE_SUCCESS);
        x.data = realloc(x.data, x.len + got);
        assert_non_null(x.data);
        memcpy(x.data + x.len, out, got);
        x.len += got;
        free(out);
    }
    libdeflate_free_decompressor(dz);
    int k = 0;
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= x.len; i++)
        k += memcmp(x.data + i, needle, n) == 0;
    free(x.data);
    return k;
}

/* The brochure's cover shows the text's subtitle, never the one under
 * an attached document's title: (草案修改二稿征求意见稿) is the
 * attached 条例's, set under its title only (one Subtitle element, not
 * two); a notice with its own subtitle keeps it on the cover (two). */
static void test_cover_skips_doctitle_subtitle(void **state)
{
    (void)state;
    static const char *const text[] = {
        "关于条例草案公开征求意见的公告\n现将草案向社会公开征求意见。\n厦门市人大常委会办公厅\n"
        "2018年11月12日\n厦门经济特区社会信用条例\n(草案修改二稿征求意见稿)\n"
        "第一条 为了规范社会信用管理，制定本条例。\n",
        "政府工作报告\n——2024年1月23日在某市第十六届人民代表大会第四次会议上\n"
        "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n",
    };
    for (int i = 0; i < 2; i++) {
        bulletin_doc *doc = tu_parse(text[i], 0);
        bulletin_render_opts o;
        bulletin_render_opts_init(&o);
        o.fonts_dir = "fonts";
        o.mem = &tu_mem;
        o.template_name = "brochure";
        tu_str out = {NULL, 0};
        bulletin_diag d;
        assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &out, &d), BULLETIN_OK);
        assert_int_equal(count_in_pdf(&out, "/S /Subtitle"), i == 0 ? 1 : 2);
        free(out.data);
        bulletin_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doctitle_keeps_subtitle),
        cmocka_unit_test(test_cover_skips_doctitle_subtitle),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
