/*
 * doc_figures.c - the document's figures: the parser runs the figure
 * engine (bl_figures_scan) over every text node in reading order, and
 * this file gives them their source positions and the public accessors;
 * tables and their units are table_figures.c.
 * Their TSV (`bulletin figures`) is src/text/tsv.c.
 */
#include <stdlib.h>
#include <string.h>

#include "figures/figures_int.h"

/* The document holds its list as void * to keep figures.h private. */
#define FIGS(doc) ((bl_figure_list *)(doc)->figures)

/* The level-1 section a node belongs to (the outermost section above it),
 * 0 for the title and the lead. */
static int section_of(const bulletin_node *n)
{
    int number = 0;
    for (; n; n = n->parent)
        if (n->type == BULLETIN_NODE_SECTION || n->heading.level)
            number = n->heading.number; /* a numbered paragraph's too */
    return number;
}

/* A numbered paragraph (一、此款列…, 2. 请…: heading.level set by the
 * parser): the bytes of its numbering, through 、 ） ) . or ．; 0 for any
 * other node. */
static size_t numbering_len(const bulletin_node *n)
{
    if (n->type != BULLETIN_NODE_PARAGRAPH || !n->heading.level)
        return 0;
    const char *t = n->text;
    for (size_t i = 0; i < n->len && i < 16; i++) {
        if (t[i] == ')' || t[i] == '.')
            return i + 1;
        if (i + 3 <= n->len
            && (!memcmp(t + i, "\xE3\x80\x81", 3) || !memcmp(t + i, "\xEF\xBC\x89", 3)
                || !memcmp(t + i, "\xEF\xBC\x8E", 3)))
            return i + 3; /* 、 ） ． */
    }
    return 0;
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

/* Round 31: a paragraph in a date's place whose text is the digits of a
 * date alone, its 年月日 lost in a copy (budget-quangang's `2024619`,
 * 67 spaces in, under `區(qū)長:`): 7 or 8 ASCII digits and nothing else,
 * the line either set far in (a right-aligned or centred closing block:
 * column 17 or more) or under the document's SIGNATURE.  The scanner
 * reads such digits as the date when its month and day split one way
 * (bl_figure_ctx.date_line); a number in a sentence (收入2024619,
 * 2024619元) or a cell's value at the margin stays a count. */
static bool lone_date_digits(const bulletin_node *n)
{
    if (n->len < 7 || n->len > 8 || n->linemap)
        return false;
    for (size_t k = 0; k < n->len; k++)
        if (n->text[k] < '0' || n->text[k] > '9')
            return false;
    const bulletin_node *p = n->prev;
    return n->column >= 17 || (p && p->part == BULLETIN_NODE_SIGNATURE);
}
/* An impossible date in a node's text (bl_figure_ctx.bad_date): a
 * warning at its place; the date stays text, with no figure. */
static bulletin_status warn_bad_date(void *user, const void *where, size_t start, size_t end)
{
    bulletin_doc *doc = user;
    const bulletin_node *node = where;
    if (end > node->len)
        end = node->len;
    if (start > end)
        start = end;
    size_t cps = bl_utf8_count(node->text, start);
    int line = node->linemap && cps <= node->ncols ? node->linemap[cps] : node->line;
    int column = node->colmap && cps <= node->ncols ? node->colmap[cps] : 0;
    return bl_doc_warn(doc, line, column, "no such date: %.*s is kept as text, not a date figure",
                       (int)(end - start), node->text + start);
}

/* A numbered paragraph scanned after its numbering: the impossible dates
 * of its text, whose bytes count from `from`. */
typedef struct {
    bulletin_doc *doc;
    size_t from;
} numbered_para;

static bulletin_status warn_bad_date_after(void *user, const void *where, size_t start, size_t end)
{
    const numbered_para *np = user;
    return warn_bad_date(np->doc, where, start + np->from, end + np->from);
}

/* The front matter's year (validated by the parser), 0 when none. */
static int doc_year(const bulletin_doc *doc)
{
    const char *y = bulletin_doc_meta(doc, BULLETIN_META_YEAR);
    return y ? atoi(y) : 0;
}

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
        f->line = node->linemap && cps <= node->ncols ? node->linemap[cps] : node->line;
        f->column = node->colmap && cps <= node->ncols ? node->colmap[cps] : 0;
    }
}


/* Figures that stand alone on a line of a paragraph joined from several
 * (a page number between two lines of a PDF copy: …城 / 1 / …), or open
 * a line after its paragraph's first with a space before the page's text
 * (…16884万人 / 1 2015 年度…公报…: a PDF copy whose line breaks became
 * spaces), or open the paragraph with a space and a number after it: a
 * bare number of at most three digits. */
static void drop_page_numbers(bl_figure_list *list, const bulletin_node *n, size_t from)
{
    /* the page's number opening the paragraph, a space and the page's
     * first number after it (1 2015 年度…公报: a PDF copy's first page) */
    if (from < list->len) {
        const bl_figure *f = &list->items[from];
        if (!f->unit[0] && f->kind == BL_FIG_COUNT && !f->change && !*f->qualifier && f->text == n->text &&
            f->start == 0 && f->end <= 3 && f->end + 1 < n->len && n->text[f->end] == ' ' &&
            n->text[f->end + 1] >= '0' && n->text[f->end + 1] <= '9')
            fig_drop_figures(list, from, from + 1);
    }
    if (!n->linemap)
        return;
    /* the figures come in text order: count code points as they go, then
     * drop the page numbers found (from the last, so that indices hold) */
    size_t byte = 0, cps = 0, found = 0;
    for (size_t i = from; i < list->len; i++) {
        const bl_figure *f = &list->items[i];
        if (f->unit[0] || f->kind != BL_FIG_COUNT || f->change || *f->qualifier ||
            f->end - f->start > 3 || f->text != n->text || f->start < byte)
            continue;
        cps += bl_utf8_count(n->text + byte, f->start - byte);
        byte = f->start;
        size_t a = cps, b = a + (f->end - f->start);
        if (b > n->ncols)
            continue;
        bool alone_before = a == 0 || n->linemap[a - 1] != n->linemap[a];
        bool alone_after = b == n->ncols || n->linemap[b] != n->linemap[b - 1];
        bool opens_line = a > 0 && f->end < n->len && n->text[f->end] == ' ';
        if (alone_before && (alone_after || opens_line) && (a > 0 || b < n->ncols)) {
            list->items[i].lab_start = BL_FIG_MARK; /* marked */
            found++;
        }
    }
    for (size_t i = list->len; found && i-- > from;)
        if (list->items[i].lab_start == BL_FIG_MARK) {
            fig_drop_figures(list, i, i + 1);
            found--;
        }
}

/* A paragraph of prose (a sentence), not rows of a table flattened into
 * one paragraph. */
static bool prose(const bulletin_node *n)
{
    static const char *const punct[] = {"。", "，", "；", "！", "？"};
    return fig_has_word(n->text, n->len, punct, sizeof punct / sizeof *punct);
}

/* Bullet marks before an item's words, and the ? a copy put for a bullet
 * glyph it could not encode. */
static bool bullet_mark(uint32_t c)
{
    switch (c) {
    case '?':
    case 0xFF1F: /* ？ */
    case 0x2022: /* • */
    case 0x00B7: /* · */
    case 0x25CF: /* ● */
    case 0x25CB: /* ○ */
    case 0x25A0: /* ■ */
    case 0x25A1: /* □ */
    case 0x25C6: /* ◆ */
    case 0x25C7: /* ◇ */
    case 0x25AA: /* ▪ */
    case 0x25BA: /* ► */
    case 0x25B6: /* ▶ */
    case 0x2605: /* ★ */
    case 0x2606: /* ☆ */
    case 0x203B: /* ※ */
        return true;
    default:
        return false;
    }
}

/* A paragraph of one small number and nothing else: a page number copied
 * from a PDF, or an item's number after its bullet mark, the item's words
 * wrapped away (`? 2` in a copy whose bullets became ?), not a figure. */
static bool page_number(const bulletin_node *n)
{
    size_t len = n->len;
    const char *s = fig_trim(n->text, &len);
    int k;
    uint32_t c = cp_at(s, len, 0, &k);
    if (len && bullet_mark(c)) {
        s += k;
        len -= (size_t)k;
        s = fig_trim(s, &len);
    }
    if (!len || len > 3)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* A Latin letter: ASCII or Latin-1/Extended-A/B (Spanish, French …). */
static bool latin_letter(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

/* Han characters and Latin words (two letters or more) of t[0, len), and
 * whether a sentence ends in it (a full stop not between digits). */
static void script_counts(const char *t, size_t len, size_t *han, size_t *words, bool *sentence)
{
    size_t run = 0;
    uint32_t prev = CP_BAD;
    *han = *words = 0;
    *sentence = false;
    for (size_t i = 0; i <= len;) {
        int k;
        uint32_t c = cp_at(t, len, i, &k);
        if (i < len && latin_letter(c)) {
            run++;
        } else {
            if (run >= 2)
                ++*words;
            run = 0;
        }
        if (i < len && ((c >= 0x4E00 && c <= 0x9FFF) || bl_is_han(c))) /* (the URO first) */
            ++*han;
        if (c == '.' && prev != CP_BAD && !(prev >= '0' && prev <= '9' && i + 1 < len && t[i + 1] >= '0' &&
                                            t[i + 1] <= '9'))
            *sentence = true;
        prev = c;
        i += (size_t)k;
    }
}

/* A paragraph of Latin-script prose (its script_counts): sentences of
 * words, no Han character (a machine translation's English or Spanish).
 * A Chinese sentence with an English name has Han characters; a table's
 * Latin label (Index (2007 as percentage of the following years)) is no
 * sentence. */
static bool latin_prose(size_t han, size_t words, bool sentence)
{
    return han == 0 && words >= 8 && sentence;
}

/* A paragraph of Chinese text (Han characters outnumber Latin words). */
static bool chinese_text(size_t han, size_t words)
{
    return han >= 4 && han > words;
}

/* Whether a number of the translation (two characters or more, a decimal
 * comma read as a point: 17,1) is written in the Chinese text too. */
static bool shares_number(const bulletin_node *tr, const bulletin_node *zh)
{
    const char *t = tr->text;
    size_t len = tr->len;
    for (size_t i = 0; i < len;) {
        if (t[i] < '0' || t[i] > '9' || (i > 0 && ((t[i - 1] >= '0' && t[i - 1] <= '9') || t[i - 1] == '.'))) {
            i++;
            continue;
        }
        char dg[32];
        size_t o = 0, j = i;
        while (j < len && o + 1 < sizeof dg) {
            char c = t[j];
            if (c >= '0' && c <= '9')
                dg[o++] = c;
            else if ((c == '.' || c == ',') && j + 1 < len && t[j + 1] >= '0' && t[j + 1] <= '9')
                dg[o++] = '.';
            else
                break;
            j++;
        }
        dg[o] = '\0';
        i = j;
        if (o < 2)
            continue;
        for (const char *p = zh->text, *end = zh->text + zh->len; (size_t)(end - p) >= o; p++) {
            if (memcmp(p, dg, o) == 0 && (p == zh->text || p[-1] < '0' || p[-1] > '9') &&
                (p + o == end || ((p[o] < '0' || p[o] > '9') && !(p[o] == '.' && p + o + 1 < end &&
                                                                  p[o + 1] >= '0' && p[o + 1] <= '9'))))
                return true;
        }
    }
    return false;
}

/* A paragraph that translates the Chinese text before it (a trilingual
 * page gives each Chinese line an English and a Spanish machine
 * translation): Latin-script prose right after Chinese text, or after
 * another such translation of it, that repeats one of its numbers.  Its
 * figures are the Chinese text's and are not listed twice.  Round 31
 * (report-state-council-2006-work-report-bilingual-junk): a page that
 * gives the English of several Chinese paragraphs after them, or a Latin
 * heading between (I Review of the Work of the Past Year), translates
 * any of the last three Chinese paragraphs: a Latin line of no sentence
 * (a heading, a label) leaves them the text a translation may follow. */
static bool translation_of(const bulletin_node *n, const bulletin_node *const zh[3], size_t han,
                           size_t words, bool sentence)
{
    if (!latin_prose(han, words, sentence))
        return false;
    for (int k = 0; k < 3; k++)
        if (zh[k] && shares_number(n, zh[k]))
            return true;
    return false;
}

/* Round 36: a contents' heading (目录, 目 录, 目錄, 目次, Contents, with
 * a colon or not): the paragraphs after it are its entries while they
 * look like entries (contents_entry). */
static bool contents_head(const bulletin_node *n)
{
    static const char *const heads[] = {"目录", "目錄", "目次", "Contents", "CONTENTS"};
    char w[16];
    size_t o = 0;
    for (size_t i = 0; i < n->len;) {
        int k;
        uint32_t c = cp_at(n->text, n->len, i, &k);
        if (!is_space(c) && c != ':' && c != 0xFF1A) {
            if (o + (size_t)k >= sizeof w)
                return false;
            memcpy(w + o, n->text + i, (size_t)k);
            o += (size_t)k;
        }
        i += (size_t)k;
    }
    w[o] = '\0';
    for (size_t i = 0; i < NELEM(heads); i++)
        if (strcmp(w, heads[i]) == 0)
            return true;
    return false;
}

/* Round 36: whether a paragraph after a contents' heading is one of its
 * entries: a short line (at most 60 characters) with no clause's marks
 * but 、 and a leader's dots (1 总则 3, 第二章 组织机构 5, 一、总则……3).
 * Its part number at the start (1 总则, 2.1指挥部设置) and its page
 * number at the end (a bare number of at most three digits after a
 * title's character, a space or a leader) are no figures: [0, *num_end)
 * and [*page, len) of its text; a year in its title is one. */
static bool contents_entry(const bulletin_node *n, size_t *num_end, size_t *page)
{
    const char *t = n->text;
    size_t len = n->len, chars = 0;
    for (size_t i = 0; i < len;) {
        int k;
        bool sent;
        uint32_t c = cp_at(t, len, i, &k);
        if (c != 0x3001 && !fig_leader_char(c) && is_clause_punct(c, &sent))
            return false;
        i += (size_t)k;
        if (++chars > 60)
            return false;
    }
    size_t e = len;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    /* a page number between dashes (1 总则 - 3 -, 总则 －5－): the dash
     * after it, then spaces */
    int dk = 0;
    uint32_t dash = cp_before(t, 0, e, &dk);
    bool dashed = dash == '-' || dash == 0xFF0D || dash == 0x2014 || dash == 0x2013;
    if (dashed) {
        e -= (size_t)dk;
        while (e > 0 && t[e - 1] == ' ')
            e--;
    }
    size_t d = e;
    while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9')
        d--;
    size_t b = d;
    if (dashed) {
        while (b > 0 && t[b - 1] == ' ')
            b--;
        dashed = d < e && cp_before(t, 0, b, NULL) == dash; /* the same dash before it */
        if (!dashed)
            e = d = len;
        else
            b -= (size_t)dk;
    }
    uint32_t before = cp_before(t, 0, dashed ? b : d, NULL);
    *page = d < e && e - d <= 3 && d > 0 &&
                    (before == ' ' || fig_leader_char(before) ||
                     (!dashed && bl_is_han(before) && !is_cn_numeral(before) && before != 0x5E74 /* 年 */))
                ? d
                : len;
    size_t q = 0;
    while (q < len && q < 2 && t[q] >= '0' && t[q] <= '9')
        q++;
    while (q > 0 && q + 1 < len && (t[q] == '.' || t[q] == '-') && t[q + 1] >= '0' && t[q + 1] <= '9') {
        q++;
        while (q < len && t[q] >= '0' && t[q] <= '9')
            q++;
    }
    *num_end = q > 0 && q < len && (t[q] == ' ' || bl_is_han(cp_at(t, len, q, NULL))) ? q : 0;
    return true;
}

/* Drops the figures of a contents' entry from `from` on that start in its
 * part number or its page number (contents_entry), counts alone. */
static void drop_contents_numbers(bl_figure_list *list, const bulletin_node *n, size_t from, size_t num_end,
                                  size_t page)
{
    for (size_t i = list->len; i-- > from;) {
        const bl_figure *f = &list->items[i];
        if (f->text == n->text && f->kind == BL_FIG_COUNT && !f->change && (f->start < num_end || f->start >= page))
            fig_drop_figures(list, i, i + 1);
    }
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
    fig_table_ctx tc;
    memset(&tc, 0, sizeof tc);
    const bulletin_node *zh[3] = {NULL, NULL, NULL}; /* the Chinese texts a translation may
                                                        follow, the last first */
    int contents = 0; /* after a contents' heading, among its entries: 1, and 2 once
                         one has shown its page number */
    /* impossible dates: a warning each, at their place */
    const bl_figure_ctx hooks = {0, 0, NULL, warn_bad_date, doc, doc_year(doc), false};
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev != BULLETIN_EV_ENTER)
            continue;
        if (n->type == BULLETIN_NODE_TABLE) {
            contents = 0;
            BL_CHECK(fig_scan_table(list, n, section_of(n), paragraph_of(n), &tc, &hooks));
            tc.caption = NULL;
            tc.period = NULL;
            continue;
        }
        if (n->type == BULLETIN_NODE_SECTION || n->type == BULLETIN_NODE_TITLE ||
            n->part == BULLETIN_NODE_DOCTITLE) {
            tc.unit = (fig_span){0};
            tc.caption = NULL;
            tc.period = NULL;
            tc.nkeyed = 0;
            if (n->len)
                fig_title_period(n, &tc.period, &tc.period_len); /* 2023年全省…专利授权量 */
        }
        if (n->len == 0)
            continue;
        if ((n->type == BULLETIN_NODE_TITLE || n->type == BULLETIN_NODE_PARAGRAPH) &&
            fig_keyed_units(list, n->text, n->len, &tc))
            continue; /* 面積:萬畝 over the next table: no figure */
        switch (n->type) {
        case BULLETIN_NODE_TITLE:
        case BULLETIN_NODE_SECTION:
        case BULLETIN_NODE_PARAGRAPH: {
            /* the paragraph's scripts counted once for both tests */
            size_t han, words;
            bool sentence;
            script_counts(n->text, n->len, &han, &words, &sentence);
            if (translation_of(n, zh, han, words, sentence))
                break; /* zh stays the text it translates */
            if (chinese_text(han, words)) {
                zh[2] = zh[1];
                zh[1] = zh[0];
                zh[0] = n;
            } else if (han || !words) {
                zh[0] = zh[1] = zh[2] = NULL;
            }
            /* a numbered paragraph is scanned after its numbering, which
             * is no part of its first clause; its figures then count
             * their bytes from the node's text again */
            numbered_para np = {doc, numbering_len(n)};
            bl_figure_ctx ctx = {section_of(n), paragraph_of(n), n, np.from ? warn_bad_date_after : warn_bad_date,
                                 np.from ? (void *)&np : (void *)doc, hooks.year,
                                 n->part == BULLETIN_NODE_DATE || lone_date_digits(n)};
            size_t before = list->len;
            BL_CHECK(bl_figures_scan(list, n->text + np.from, n->len - np.from, &ctx));
            for (size_t k = before; k < list->len && np.from; k++) {
                bl_figure *f = &list->items[k];
                uint32_t d = (uint32_t)np.from;
                f->text = n->text;
                f->start += d;
                f->end += d;
                f->ctx_start += d;
                f->ctx_end += d;
                f->lab_start += d;
                f->lab_end += d;
            }
            size_t num_end, page;
            /* review 39: once an entry has shown its page number, the
             * first heading or paragraph without one ends the contents
             * (目录, 一、总则……1, 二、主要任务……2, then the body's 一、总则
             * and 建成公园3) */
            if (n->type != BULLETIN_NODE_TITLE && contents_head(n))
                contents = 1;
            else if (contents && n->type != BULLETIN_NODE_TITLE && contents_entry(n, &num_end, &page) &&
                     (page < n->len || contents == 1)) {
                drop_contents_numbers(list, n, before, num_end, page);
                if (page < n->len)
                    contents = 2;
            } else
                contents = 0;
            if (n->type != BULLETIN_NODE_PARAGRAPH)
                break;
            fig_span u = {0};
            if (fig_unit_statement(n->text, n->len, &u)) {
                tc.unit = u;
                tc.words[0] = tc.words[1] = NULL;
                tc.after_numbers = false;
            } else if (n->part == BULLETIN_NODE_CAPTION) {
                tc.caption = n;
            } else if (fig_period_line(n, &tc.period, &tc.period_len)) {
                /* the next table's period (社會消費品零售總額 / 2022年9月) */
            } else if (prose(n)) {
                tc.unit = (fig_span){0};
                tc.period = NULL;
                tc.nkeyed = 0;
            } else if (tc.unit.set) {
                BL_CHECK(fig_flattened_rows(list, before, &tc.unit));
                BL_CHECK(fig_cell_lines(list, before, n, &tc));
            } else if (page_number(n)) {
                fig_drop_figures(list, before, list->len);
            }
            if (!tc.unit.set)
                drop_page_numbers(list, n, before);
            break;
        }
        default:
            break;
        }
    }
    if (fig_store_failed(list)) /* a unit given to a bare number had no room */
        return BULLETIN_ERR_NOMEM;
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
    /* every field is set below, none zeroed first (59k calls on the 100x
     * text, the memset a fifth of their cost): a field added to the
     * struct is to be set here too (the size asserted after the function) */
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
    out->context = f->row_context ? f->row_context : f->text + f->ctx_start;
    out->context_len = f->row_context ? strlen(f->row_context) : f->ctx_end - f->ctx_start;
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
/* (its size on a 64-bit machine when bulletin_doc_figure was written:
 * a field added changes it, and is to be set there) */
_Static_assert(sizeof(void *) != 8 || sizeof(bulletin_figure) == 224,
               "bulletin_doc_figure sets every field of bulletin_figure: set a new one there");
