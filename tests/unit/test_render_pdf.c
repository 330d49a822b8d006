/*
 * test_render_pdf.c - the PDF backend: renders small documents to memory
 * and checks the envelope, determinism, dates, warnings for characters no
 * font has (with their source line:column), STRICT, the templates (front
 * pages, the one font-fallback warning, the front matter's choice, broken
 * templates with their file:line), and that every
 * failure (bad fonts, a refusing sink, each allocation) writes nothing and
 * leaks nothing.  Runs from the repository root (fonts/fonts.ini).
 */
#include "test_util.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include <libdeflate.h>

#include "bulletin_int.h"

static const char *const small_doc = "某市2024年统计公报（摘要）\n"
                                     "全市地区生产总值完成3,215.6亿元，同比增长6.2%。\n"
                                     "一、综合\n"
                                     "（一）经济发展质量稳步提升。规模以上工业增加值增长8.1%。\n"
                                     "1.工业经济\n"
                                     "采用 AI 技术的企业达到120家。\n"
                                     "二、其他\n"
                                     "最后一段文字。\n";

typedef struct {
    bulletin_diag w[8];
    int n;
} warnings;

static void on_warning(void *user, const bulletin_diag *d)
{
    warnings *ws = user;
    if (ws->n < 8)
        ws->w[ws->n] = *d;
    ws->n++;
}

typedef struct {
    int lines, max_page;
    bool bad;
} places;

static void on_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    places *p = user;
    size_t len = 0;
    bulletin_node_text(node, &len);
    if (offset > len || page < 1)
        p->bad = true;
    p->lines++;
    if (page > p->max_page)
        p->max_page = page;
}

static void opts_init(bulletin_render_opts *o)
{
    bulletin_render_opts_init(o);
    o->fonts_dir = "fonts";
    o->mem = &tu_mem;
}

/* Renders `text`; returns the status, the bytes in *out. */
static bulletin_status render(const char *text, const bulletin_render_opts *o, tu_str *out,
                              bulletin_diag *diag)
{
    bulletin_doc *doc = tu_parse(text, 0);
    out->data = NULL;
    out->len = 0;
    bulletin_status st = bulletin_render_pdf(doc, o, tu_sink, out, diag);
    bulletin_doc_free(doc);
    return st;
}

static void assert_pdf(const tu_str *s)
{
    assert_non_null(s->data);
    assert_true(s->len > 1000);
    assert_memory_equal(s->data, "%PDF-", 5);
    const char *end = s->data + s->len;
    while (end > s->data && (end[-1] == '\n' || end[-1] == '\r'))
        end--;
    assert_true(end - s->data >= 5);
    assert_memory_equal(end - 5, "%%EOF", 5);
}

static bool has(const char *data, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(data + i, needle, n) == 0)
            return true;
    return false;
}

/* The file with its object streams inflated after it: the PDF keeps
 * every object that is not a stream in object streams (compact.c).
 * Free with free(). */
static tu_str expanded(const tu_str *s)
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
    return x;
}

/* Whether the file or one of its object streams holds `needle`. */
static bool contains(const tu_str *s, const char *needle)
{
    if (has(s->data, s->len, needle))
        return true;
    tu_str x = expanded(s);
    bool found = has(x.data, x.len, needle);
    free(x.data);
    return found;
}

/* How many times the file and its object streams hold `needle`. */
static int occurrences(const tu_str *s, const char *needle)
{
    tu_str x = expanded(s);
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
        assert_int_equal(occurrences(&out, "/S /Subtitle"), i == 0 ? 1 : 2);
        free(out.data);
        bulletin_doc_free(doc);
    }
}

static void test_envelope(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    places pl = {0, 0, false};
    o.on_place = on_place;
    o.place_user = &pl;
    tu_str s;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    assert_true(contains(&s, "/MediaBox [0 0 595.276 841.89]") || contains(&s, "595.27"));
    assert_true(contains(&s, "/FontFile2"));
    /* PDF 1.7, object streams, a cross-reference stream with an /ID */
    assert_memory_equal(s.data, "%PDF-1.7", 8);
    assert_true(has(s.data, s.len, "/Type /ObjStm"));
    assert_true(has(s.data, s.len, "/Type /XRef"));
    assert_true(has(s.data, s.len, "/ID [<"));
    assert_false(has(s.data, s.len, "\nxref\n"));
    assert_true(contains(&s, "/CIDToGIDMap /Identity"));
    /* tagged: structure, marked content, artifacts, language, metadata */
    assert_true(contains(&s, "/StructTreeRoot"));
    assert_true(contains(&s, "/MarkInfo"));
    assert_true(contains(&s, "/Marked true"));
    assert_true(contains(&s, "/Lang (zh-CN)"));
    assert_true(contains(&s, "/DisplayDocTitle true"));
    assert_true(contains(&s, "/S /H1"));
    assert_true(contains(&s, "/S /P"));
    assert_true(contains(&s, "/StructParents"));
    assert_true(has(s.data, s.len, "<x:xmpmeta"));
    assert_true(has(s.data, s.len, "<pdfuaid:part>1</pdfuaid:part>"));
    assert_false(has(s.data, s.len, "pdfaid:part"));
    free(s.data);
    /* PDF/A-2u: the output intent and the XMP pdfaid entries */
    o.flags |= BULLETIN_RENDER_PDFA;
    assert_int_equal(render(small_doc, &o, &s, &d), BULLETIN_OK);
    assert_true(contains(&s, "/OutputIntents"));
    assert_true(contains(&s, "/S /GTS_PDFA1"));
    assert_true(has(s.data, s.len, "<pdfaid:part>2</pdfaid:part>"));
    assert_true(has(s.data, s.len, "<pdfaid:conformance>U</pdfaid:conformance>"));
    o.flags &= ~(unsigned)BULLETIN_RENDER_PDFA;
    assert_true(pl.lines >= 8);
    assert_int_equal(pl.max_page, 1);
    assert_false(pl.bad);
    free(s.data);
}

static void test_deterministic(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    tu_str a, b;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &a, &d), BULLETIN_OK);
    assert_int_equal(render(small_doc, &o, &b, &d), BULLETIN_OK);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    free(b.data);
    /* the font programs deflated on the calling thread: the same bytes */
    o.flags |= BULLETIN_RENDER_ONE_THREAD;
    assert_int_equal(render(small_doc, &o, &b, &d), BULLETIN_OK);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    free(a.data);
    free(b.data);
}

/* Every figure's page is known, also a figure on a run-in heading's first
 * line, where the line begins with the lead and the paragraph after it
 * starts on the same line (stats-district-2021's 经济总量。…382419万元:
 * the workbook's PDF页码 was empty for it). */
static void test_runin_paragraph_figures_have_pages(void **state)
{
    (void)state;
    static const char text[] = "某区统计公报\n\n一、综合\n"
                               "经济总量。全年实现地区生产总值382419万元，同比增长7.6%。其中，第一产业增加值实现142303万元。\n"
                               "二、农业\n"
                               "农林牧渔业。全区农林牧渔业总产值308154万元，同比增长8.3%。\n";
    bulletin_doc *doc = tu_parse(text, 0);
    bulletin_pages *pages = bulletin_pages_new(doc);
    assert_non_null(pages);
    bulletin_render_opts o;
    opts_init(&o);
    o.on_place = bulletin_pages_place;
    o.place_user = pages;
    tu_str out = {NULL, 0};
    bulletin_diag d;
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &out, &d), BULLETIN_OK);
    size_t nf = bulletin_doc_figure_count(doc);
    assert_int_equal(nf, 5);
    for (size_t i = 0; i < nf; i++) {
        bulletin_figure f;
        assert_int_equal(bulletin_doc_figure(doc, i, &f), BULLETIN_OK);
        assert_int_equal(bulletin_pages_lookup(pages, f.node, f.offset), 1);
    }
    free(out.data);
    bulletin_pages_free(pages);
    bulletin_doc_free(doc);
}

/* on_placed comes once, after every on_place, and before the sink. */
typedef struct {
    int placed, after, done;
} order_log;

static void order_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    (void)node;
    (void)offset;
    (void)page;
    order_log *l = user;
    l->placed++;
    l->after += l->done; /* a placement after on_placed */
}

static void order_placed(void *user) { ((order_log *)user)->done++; }

static void test_on_placed(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    order_log l = {0, 0, 0};
    o.on_place = order_place;
    o.on_placed = order_placed;
    o.place_user = &l;
    tu_str a;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &a, &d), BULLETIN_OK);
    assert_true(l.placed > 0);
    assert_int_equal(l.done, 1);
    assert_int_equal(l.after, 0);
    free(a.data);
}

/* A cache shared by renders changes no byte: the same document, another
 * document and another template, each against a render without it. */
static void test_cache(void **state)
{
    (void)state;
    static const char other[] = "另一份公报\n\n一、标题\n\n正文写了12.5%的增长和《文件》。\n";
    bulletin_render_opts o;
    opts_init(&o);
    bulletin_diag d;
    bulletin_cache *cache = bulletin_cache_new(NULL);
    assert_non_null(cache);
    const char *docs[] = {small_doc, other, small_doc};
    const char *tpls[] = {NULL, NULL, "gongwen"};
    for (size_t i = 0; i < 3; i++) {
        tu_str plain, cached;
        o.template_name = tpls[i];
        o.cache = NULL;
        assert_int_equal(render(docs[i], &o, &plain, &d), BULLETIN_OK);
        o.cache = cache;
        assert_int_equal(render(docs[i], &o, &cached, &d), BULLETIN_OK);
        assert_int_equal(plain.len, cached.len);
        assert_memory_equal(plain.data, cached.data, plain.len);
        free(plain.data);
        free(cached.data);
    }
    bulletin_cache_free(cache);
    bulletin_cache_free(NULL);
}

static void test_dates(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    tu_str a, b, c, e;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &a, &d), BULLETIN_OK); /* no front matter: 2000 */
    assert_true(contains(&a, "D:20000101000000Z"));
    assert_true(contains(&a, "<xmp:CreateDate>2000-01-01T00:00:00Z</xmp:CreateDate>"));
    free(a.data);
    /* the input's modification time, without an epoch or a date */
    o.source_mtime = 1705276800;
    assert_int_equal(render(small_doc, &o, &a, &d), BULLETIN_OK);
    assert_true(contains(&a, "D:20240115000000Z"));
    assert_true(contains(&a, "<xmp:CreateDate>2024-01-15T00:00:00Z</xmp:CreateDate>"));
    o.source_mtime = 0;
    o.epoch = 1705276800; /* 2024-01-15 00:00:00 UTC */
    assert_int_equal(render(small_doc, &o, &b, &d), BULLETIN_OK);
    assert_true(contains(&b, "D:20240115000000Z"));
    assert_false(contains(&b, "D:20000101"));
    o.epoch = -1;
    assert_int_equal(render("---\ndate: 2023-12-31\n---\n标题\n正文。\n", &o, &c, &d), BULLETIN_OK);
    assert_true(contains(&c, "D:20231231000000Z"));
    free(c.data);
    /* a front-matter date of a month: its first day, not the file's time */
    o.source_mtime = 1705276800;
    assert_int_equal(render("---\ndate: 2022-04\n---\n标题\n正文。\n", &o, &c, &d), BULLETIN_OK);
    assert_true(contains(&c, "D:20220401000000Z"));
    o.source_mtime = 0;
    o.epoch = 0;
    assert_int_equal(render("---\ndate: 2023-12-31\n---\n标题\n正文。\n", &o, &e, &d), BULLETIN_OK);
    assert_true(contains(&e, "D:19700101000000Z"));
    free(a.data);
    free(b.data);
    free(c.data);
    free(e.data);
}

static void test_empty_sections_and_table(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    tu_str s;
    bulletin_diag d;
    assert_int_equal(render("标题\n一、空\n二、也空\n（一）更空\n", &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    assert_int_equal(render("标题\n一、表\n| 指标 | 2023年 | 2024年目标 |\n|---|---|---|\n"
                            "| 地区生产总值(亿元) | 3,215.6 | 3,408 |\n| 收入 | 210.5 |\n",
                            &o, &s, &d),
                     BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    /* a title only */
    assert_int_equal(render("标题\n", &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
}

static void test_many_pages(void **state)
{
    (void)state;
    bl_buf b;
    bl_buf_init(&b, bulletin_default_mem());
    bl_buf_puts(&b, "长文档\n");
    for (int i = 1; i <= 60; i++)
        bl_buf_printf(&b, "%s、第%d节\n全省知识产权质押项目数1052项，同比增长59.4%%，融资金额127.16亿元，"
                          "同比增长68.85%%。知识产权普惠质押项目数855项，同比增长56.88%%，惠及企业808家。\n",
                      i <= 10 ? (const char *[]){"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[i - 1]
                              : "十",
                      i);
    bulletin_render_opts o;
    opts_init(&o);
    places pl = {0, 0, false};
    o.on_place = on_place;
    o.place_user = &pl;
    bulletin_doc *doc = NULL;
    bulletin_diag d;
    assert_int_equal(bulletin_parse(b.data, b.len, "long.txt", 0, &tu_mem, &doc, &d), BULLETIN_OK);
    tu_str s = {NULL, 0};
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    assert_true(pl.max_page >= 4);
    assert_false(pl.bad);
    bulletin_doc_free(doc);
    bl_buf_free(&b);
    free(s.data);
}

typedef struct {
    const bulletin_node *node[4096];
    size_t offset[4096];
    int page[4096];
    int n;
} place_log;

static void log_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    place_log *l = user;
    if (l->n < 4096) {
        l->node[l->n] = node;
        l->offset[l->n] = offset;
        l->page[l->n] = page;
        l->n++;
    }
}

/* Paragraphs of many lengths, so that every kind of page foot occurs: no
 * paragraph leaves a single line on either side of a page break, and no
 * heading ends a page. */
static void test_page_breaks(void **state)
{
    (void)state;
    static const char *const num[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    static const char *const sentence = "全省知识产权质押项目数1052项，同比增长59.4%，融资金额127.16亿元。";
    bl_buf b;
    bl_buf_init(&b, bulletin_default_mem());
    bl_buf_puts(&b, "分页测试\n");
    for (int i = 0; i < 10; i++) {
        bl_buf_printf(&b, "%s、第%d节的标题\n", num[i], i + 1);
        for (int p = 0; p < 3; p++) {
            for (int k = 0; k < 1 + (i * 3 + p * 5) % 9; k++)
                bl_buf_puts(&b, sentence);
            bl_buf_puts(&b, "\n");
        }
    }
    bulletin_doc *doc = NULL;
    bulletin_diag d;
    assert_int_equal(bulletin_parse(b.data, b.len, "pages.txt", 0, &tu_mem, &doc, &d), BULLETIN_OK);
    bl_buf_free(&b);
    bulletin_render_opts o;
    opts_init(&o);
    place_log *log = calloc(1, sizeof *log);
    assert_non_null(log);
    o.on_place = log_place;
    o.place_user = log;
    tu_str s = {NULL, 0};
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    int splits = 0;
    for (int i = 0; i < log->n;) {
        int j = i;
        while (j < log->n && log->node[j] == log->node[i])
            j++;
        for (int k = i + 1; k < j; k++)
            assert_true(log->offset[k] > log->offset[k - 1]);
        if (log->page[j - 1] != log->page[i]) {
            splits++;
            int first = 0, last = 0;
            for (int k = i; k < j; k++) {
                first += log->page[k] == log->page[i];
                last += log->page[k] == log->page[j - 1];
            }
            assert_true(first >= 2); /* no line alone at a page foot */
            assert_true(last >= 2);  /* no 孤行 at a page top */
        }
        if (bulletin_node_get_type(log->node[i]) == BULLETIN_NODE_SECTION && j < log->n)
            assert_int_equal(log->page[j - 1], log->page[j]); /* kept with its text */
        i = j;
    }
    assert_true(log->page[log->n - 1] >= 3);
    assert_true(splits >= 1);
    free(log);
    bulletin_doc_free(doc);
}

static void test_missing_character(void **state)
{
    (void)state;
    /* U+0E01 (Thai) and U+20BB7 are in none of the free faces */
    const char *text = "标题\n正文ก字。\n一、节\n　　再来𠮷一次。\n";
    bulletin_render_opts o;
    opts_init(&o);
    warnings ws = {.n = 0};
    o.on_warning = on_warning;
    o.warning_user = &ws;
    tu_str s;
    bulletin_diag d;
    assert_int_equal(render(text, &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    assert_int_equal(ws.n, 2);
    assert_int_equal(ws.w[0].line, 2);
    assert_int_equal(ws.w[0].column, 3);
    assert_int_equal(ws.w[0].severity, BULLETIN_SEVERITY_WARNING);
    assert_string_equal(ws.w[0].path, "t.txt");
    assert_non_null(strstr(ws.w[0].message, "U+0E01"));
    assert_int_equal(ws.w[1].line, 4);
    assert_int_equal(ws.w[1].column, 5); /* after the two U+3000 of the source */
    assert_non_null(strstr(ws.w[1].message, "U+20BB7"));

    /* a run-in heading and its paragraph laid out as one block: each
     * glyph keeps its own node (the line's, or its alt), on the first
     * line and on a later one named after the paragraph */
    ws.n = 0;
    assert_int_equal(render("标题\n1.事项ก。第二句ก，"
                            "全省专利授权量增长，全省专利授权量增长，全省专利授权量增长，"
                            "全省专利授权量增长ก。\n",
                            &o, &s, &d),
                     BULLETIN_OK);
    free(s.data);
    assert_int_equal(ws.n, 3);
    assert_int_equal(ws.w[0].line, 2);
    assert_int_equal(ws.w[0].column, 5);
    assert_int_equal(ws.w[1].line, 2);
    assert_int_equal(ws.w[1].column, 10);
    assert_int_equal(ws.w[2].line, 2);
    assert_int_equal(ws.w[2].column, 51);

    /* the subtitle comes from front matter: no source position */
    ws.n = 0;
    assert_int_equal(render("---\nsubtitle: 副标题ก\n---\n标题\n正文。\n", &o, &s, &d), BULLETIN_OK);
    free(s.data);
    assert_int_equal(ws.n, 1);
    assert_int_equal(ws.w[0].line, 0);
    assert_int_equal(ws.w[0].column, 0);
    ws.n = 0;

    /* STRICT: an error, with the place, and nothing written */
    o.flags = BULLETIN_RENDER_STRICT;
    ws.n = 0;
    assert_int_equal(render(text, &o, &s, &d), BULLETIN_ERR_FONT);
    assert_int_equal(s.len, 0);
    assert_null(s.data);
    assert_int_equal(d.status, BULLETIN_ERR_FONT);
    assert_int_equal(d.severity, BULLETIN_SEVERITY_ERROR);
    assert_int_equal(d.line, 2);
    assert_int_equal(d.column, 3);
    assert_int_equal(ws.n, 0);
}

static void test_non_bmp_in_a_face(void **state)
{
    (void)state;
    /* U+20089 is in AR PL UMing: drawn through a private-use stand-in */
    bulletin_render_opts o;
    opts_init(&o);
    warnings ws = {.n = 0};
    o.on_warning = on_warning;
    o.warning_user = &ws;
    tu_str s;
    bulletin_diag d;
    assert_int_equal(render("标题\n人名\xF0\xA0\x82\x89字。\n", &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    assert_int_equal(ws.n, 0);
}

static int refuse(const char *data, size_t len, void *user)
{
    (void)data;
    (void)len;
    (*(int *)user)++;
    return -1;
}

/* Entries of `dir` other than . and .. */
static int dir_entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

/* Counts "/Type /Page" objects (not /Pages). */
static int page_count(const tu_str *raw)
{
    int n = 0;
    const char *needle = "/Type /Page";
    size_t k = strlen(needle);
    tu_str x = expanded(raw), *s = &x;
    for (size_t i = 0; i + k < s->len; i++)
        if (memcmp(s->data + i, needle, k) == 0 && s->data[i + k] != 's')
            n++;
    free(x.data);
    return n;
}

static int count_warnings(const warnings *ws, const char *needle)
{
    int n = 0;
    for (int i = 0; i < ws->n && i < 8; i++)
        n += strstr(ws->w[i].message, needle) != NULL;
    return n;
}

/* The templates: the brochure (default) adds a cover and a key-figures
 * page, labelled; gongwen has neither and warns ONCE about the licensed
 * faces it lacks; the front matter chooses, the option wins. */
static void test_templates(void **state)
{
    (void)state;
    bulletin_render_opts o;
    opts_init(&o);
    warnings ws = {.n = 0};
    o.on_warning = on_warning;
    o.warning_user = &ws;
    tu_str a, b;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &a, &d), BULLETIN_OK);
    assert_int_equal(page_count(&a), 3); /* cover, key figures, text */
    assert_true(contains(&a, "/PageLabels"));
    assert_true(contains(&a, "/UseOutlines"));
    assert_int_equal(ws.n, 0);
    o.template_name = "gongwen";
    assert_int_equal(render(small_doc, &o, &b, &d), BULLETIN_OK);
    assert_int_equal(page_count(&b), 1);
    assert_true(contains(&b, "/Outlines"));
    if (access("fonts/FangSong_GB2312.ttf", F_OK) != 0)
        assert_int_equal(count_warnings(&ws, "licensed fonts not found"), 1);
    free(a.data);
    free(b.data);

    /* the front matter's template, and the option over it */
    const char *fm = "---\ntitle: 某市公报\ntemplate: gongwen\n---\n某市公报\n正文。\n";
    o.template_name = NULL;
    assert_int_equal(render(fm, &o, &a, &d), BULLETIN_OK);
    assert_int_equal(page_count(&a), 1);
    free(a.data);
    o.template_name = "brochure";
    assert_int_equal(render(fm, &o, &a, &d), BULLETIN_OK);
    assert_int_equal(page_count(&a), 2); /* a cover; no figures: no key page */
    free(a.data);
    /* a text without a title line: its title, made from the file name, is
     * the PDF's metadata only: no cover (a brochure of one page), no title
     * block; with a title line, the cover is back */
    o.template_name = "brochure";
    assert_int_equal(render("各单位：\n现将有关事项通知如下。\n", &o, &a, &d), BULLETIN_OK);
    assert_int_equal(page_count(&a), 1);
    free(a.data);
    assert_int_equal(render("关于有关事项的通知\n各单位：\n现将有关事项通知如下。\n", &o, &a, &d),
                     BULLETIN_OK);
    assert_int_equal(page_count(&a), 2);
    free(a.data);
    /* a path in the front matter is refused */
    o.template_name = NULL;
    assert_int_equal(render("---\ntemplate: /etc/passwd\n---\n标题\n正文。\n", &o, &a, &d),
                     BULLETIN_ERR_TEMPLATE);
    assert_int_equal(a.len, 0);
}

/* A [fonts] file that exists serves its role: no fallback warning. */
static void test_explicit_font_file(void **state)
{
    (void)state;
    static const char *const kai = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
    if (access(kai, R_OK) != 0)
        skip();
    char path[] = "/tmp/test_render_pdf_tpl.XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    assert_non_null(f);
    fprintf(f, "[blocks]\ncover = no\nkey_figures = no\n[style.body]\nrole = fangsong\n");
    fclose(f);
    char ini[64];
    snprintf(ini, sizeof ini, "%s.ini", path);
    assert_int_equal(rename(path, ini), 0);
    bulletin_render_opts o;
    opts_init(&o);
    warnings ws = {.n = 0};
    o.on_warning = on_warning;
    o.warning_user = &ws;
    o.template_name = ini;
    tu_str s;
    bulletin_diag d;
    assert_int_equal(render(small_doc, &o, &s, &d), BULLETIN_OK);
    free(s.data);
    if (access("fonts/FangSong_GB2312.ttf", F_OK) != 0)
        assert_int_equal(count_warnings(&ws, "fangsong uses"), 1);
    f = fopen(ini, "a");
    assert_non_null(f);
    fprintf(f, "[fonts]\nfangsong = %s\n", kai);
    fclose(f);
    ws.n = 0;
    assert_int_equal(render(small_doc, &o, &s, &d), BULLETIN_OK);
    assert_pdf(&s);
    free(s.data);
    assert_int_equal(count_warnings(&ws, "fangsong uses"), 0);
    assert_int_equal(unlink(ini), 0);
}

/* A face is opened when a character first asks for it: one whose tables
 * looked usable but whose cmap FreeType rejects warns in the render that
 * asked for it (once), not only in a batch's next bulletin. */
static void test_face_unreadable_when_asked_warns_in_that_render(void **state)
{
    (void)state;
    static const char *const dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    static const char *const gbsn = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
    static const char *const uming = "/usr/share/fonts/truetype/arphic/uming.ttc";
    if (access(dejavu, R_OK) != 0 || access(gbsn, R_OK) != 0 || access(uming, R_OK) != 0)
        skip();
    char dir[] = "/tmp/test_render_pdf_fonts.XXXXXX";
    assert_non_null(mkdtemp(dir));
    char bad[64], map[64];
    snprintf(bad, sizeof bad, "%s/bad.ttf", dir);
    snprintf(map, sizeof map, "%s/fonts.ini", dir);
    tu_write_cmapless_font(dejavu, bad);
    FILE *f = fopen(map, "w");
    assert_non_null(f);
    fprintf(f, "[song]\nfile = %s\n[latin]\nfile = bad.ttf\nfile = %s:0\n", gbsn, uming);
    assert_int_equal(fclose(f), 0);
    char expect[128];
    snprintf(expect, sizeof expect, "font %s:0 has no Unicode cmap; skipped", bad);
    bulletin_render_opts o;
    opts_init(&o);
    o.fonts_dir = dir;
    warnings ws = {.n = 0};
    o.on_warning = on_warning;
    o.warning_user = &ws;
    tu_str s;
    bulletin_diag d;
    for (int run = 0; run < 2; run++) {
        ws.n = 0;
        assert_int_equal(render("标题\n正文 Latin text 与 AI 技术。\n", &o, &s, &d), BULLETIN_OK);
        assert_pdf(&s);
        free(s.data);
        assert_int_equal(count_warnings(&ws, expect), 1);
    }
    assert_int_equal(unlink(bad), 0);
    assert_int_equal(unlink(map), 0);
    assert_int_equal(rmdir(dir), 0);
}

/* A broken template: BULLETIN_ERR_TEMPLATE with the template's file:line
 * (the path outlives the render), nothing written. */
static void test_broken_templates(void **state)
{
    (void)state;
    static const struct {
        const char *path;
        int line;
        const char *needle;
    } cases[] = {
        {"tests/fixtures/template-unknown-key.ini", 8, "unknown key 'marign_top'"},
        {"tests/fixtures/template-bad-number.ini", 8, "bad chars_per_line"},
        {"tests/fixtures/template-missing-font.ini", 8, "NoSuchFangSong_GB2312.ttf"},
        {"nosuch", 0, "cannot open template"},
    };
    bulletin_render_opts o;
    opts_init(&o);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tu_str s;
        bulletin_diag d;
        o.template_name = cases[i].path;
        assert_int_equal(render(small_doc, &o, &s, &d), BULLETIN_ERR_TEMPLATE);
        assert_int_equal(s.len, 0);
        assert_int_equal(d.status, BULLETIN_ERR_TEMPLATE);
        assert_int_equal(d.line, cases[i].line);
        if (cases[i].line)
            assert_string_equal(d.file, cases[i].path); /* a copy: the path was ours */
        if (!strstr(d.message, cases[i].needle))
            fail_msg("message '%s' lacks '%s'", d.message, cases[i].needle);
    }
}

static void test_failures_write_nothing(void **state)
{
    (void)state;
    /* the subset fonts stay in memory: nothing may appear in $TMPDIR */
    char tmpdir[] = "/tmp/test_render_pdf.XXXXXX";
    assert_non_null(mkdtemp(tmpdir));
    const char *old_tmp = getenv("TMPDIR");
    char *saved_tmp = old_tmp ? strdup(old_tmp) : NULL;
    setenv("TMPDIR", tmpdir, 1);
    bulletin_doc *doc = tu_parse(small_doc, 0);
    bulletin_render_opts o;
    opts_init(&o);
    bulletin_diag d;
    tu_str s = {NULL, 0};

    /* no font map */
    o.fonts_dir = "/nonexistent";
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &s, &d), BULLETIN_ERR_FONT);
    assert_int_equal(s.len, 0);
    o.fonts_dir = "fonts";

    /* the sink refuses: one call, IO */
    int calls = 0;
    assert_int_equal(bulletin_render_pdf(doc, &o, refuse, &calls, &d), BULLETIN_ERR_IO);
    assert_int_equal(calls, 1);

    /* usage */
    assert_int_equal(bulletin_render_pdf(NULL, &o, tu_sink, &s, &d), BULLETIN_ERR_USAGE);
    assert_int_equal(bulletin_render_pdf(doc, &o, NULL, &s, &d), BULLETIN_ERR_USAGE);

    /* every allocation: count them, then fail a spread of them */
    o.mem = &tu_failing_mem;
    tu_fail_reset(LONG_MAX);
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &s, &d), BULLETIN_OK);
    long total = tu_calls;
    free(s.data);
    s.data = NULL;
    s.len = 0;
    assert_true(total > 10);
    long step = total / 300 + 1;
    for (long at = 1; at <= total; at += (at < 200 ? 1 : step)) {
        tu_fail_reset(at);
        bulletin_status st = bulletin_render_pdf(doc, &o, tu_sink, &s, &d);
        if (st == BULLETIN_OK) {
            /* a failure some code recovers from (e.g. a cache) is fine */
            free(s.data);
            s.data = NULL;
            s.len = 0;
            continue;
        }
        if (st != BULLETIN_ERR_NOMEM)
            fail_msg("allocation %ld of %ld: status %d (%s)", at, total, st, d.message);
        assert_int_equal(s.len, 0);
        assert_int_equal(dir_entries(tmpdir), 0);
    }
    tu_fail_reset(0);
    bulletin_doc_free(doc);

    /* no temporary files at all: an unusable $TMPDIR does not matter */
    setenv("TMPDIR", "/nonexistent/dir", 1);
    o.mem = &tu_mem;
    doc = tu_parse(small_doc, 0);
    assert_int_equal(bulletin_render_pdf(doc, &o, tu_sink, &s, &d), BULLETIN_OK);
    assert_true(s.len > 1000);
    free(s.data);
    s.data = NULL;
    s.len = 0;
    bulletin_doc_free(doc);

    if (saved_tmp) {
        setenv("TMPDIR", saved_tmp, 1);
        free(saved_tmp);
    } else {
        unsetenv("TMPDIR");
    }
    assert_int_equal(dir_entries(tmpdir), 0);
    assert_int_equal(rmdir(tmpdir), 0);
}

/* Every font program inflates to its /Length1 bytes, a small one (the
 * headings' face: deflated at the end of the render with its compressor,
 * src/pdf/deflate.c DEFER_DEFLATE_MAX) and a large one (the body's, in a
 * thread of its own) alike, and the PDF is the same bytes when every
 * program is deflated on the calling thread. */
static void test_font_programs_small_and_large(void **state)
{
    (void)state;
    static char text[64 + 12 * (50 * 3 + 1) + 1];
    size_t n = (size_t)snprintf(text, sizeof text, "%s", "某市2024年统计公报\n一、综合\n");
    /* 600 distinct Han in the body: its face's program is large */
    for (int line = 0; line < 12; line++) {
        for (int k = 0; k < 50; k++) {
            unsigned cp = 0x4E00 + (unsigned)(line * 50 + k) * 3;
            text[n++] = (char)(0xE0 | cp >> 12);
            text[n++] = (char)(0x80 | (cp >> 6 & 0x3F));
            text[n++] = (char)(0x80 | (cp & 0x3F));
        }
        text[n++] = '\n';
    }
    text[n] = '\0';
    bulletin_render_opts o;
    opts_init(&o);
    tu_str a, b;
    bulletin_diag d;
    assert_int_equal(render(text, &o, &a, &d), BULLETIN_OK);
    o.flags |= BULLETIN_RENDER_ONE_THREAD;
    assert_int_equal(render(text, &o, &b, &d), BULLETIN_OK);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    struct libdeflate_decompressor *dz = libdeflate_alloc_decompressor();
    assert_non_null(dz);
    int small = 0, large = 0;
    static const char tag[] = "/Length1 ";
    for (size_t i = 0; i + sizeof tag < a.len; i++) {
        if (memcmp(a.data + i, tag, sizeof tag - 1) != 0)
            continue;
        size_t want = (size_t)strtoul(a.data + i + sizeof tag - 1, NULL, 10);
        const char *st = a.data + i;
        while (st < a.data + a.len - 8 && memcmp(st, "stream\r\n", 8) != 0)
            st++;
        st += 8;
        char *out = malloc(want + 1);
        assert_non_null(out);
        size_t got = 0;
        assert_int_equal(libdeflate_zlib_decompress_ex(dz, st, (size_t)(a.data + a.len - st), out,
                                                       want + 1, NULL, &got),
                         LIBDEFLATE_SUCCESS);
        assert_int_equal(got, want);
        free(out);
        if (want <= 64 << 10)
            small++;
        else
            large++;
    }
    libdeflate_free_decompressor(dz);
    assert_true(small >= 1);
    assert_true(large >= 1);
    free(a.data);
    free(b.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_envelope),
        cmocka_unit_test(test_cover_skips_doctitle_subtitle),
        cmocka_unit_test(test_deterministic),
        cmocka_unit_test(test_cache),
        cmocka_unit_test(test_on_placed),
        cmocka_unit_test(test_runin_paragraph_figures_have_pages),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_empty_sections_and_table),
        cmocka_unit_test(test_many_pages),
        cmocka_unit_test(test_page_breaks),
        cmocka_unit_test(test_missing_character),
        cmocka_unit_test(test_non_bmp_in_a_face),
        cmocka_unit_test(test_templates),
        cmocka_unit_test(test_broken_templates),
        cmocka_unit_test(test_explicit_font_file),
        cmocka_unit_test(test_face_unreadable_when_asked_warns_in_that_render),
        cmocka_unit_test(test_failures_write_nothing),
        cmocka_unit_test(test_font_programs_small_and_large),
    };
    return cmocka_run_group_tests_name("render_pdf", tests, NULL, NULL);
}
