/*
 * blocks.c - the model laid out, before pagination: every title,
 * heading, paragraph and part of an official document becomes a block of
 * lines (pblock, pline) of placed glyphs (pglyph), laid by lay.c (the
 * line-layout engine, layout.h, with widths from the font set, fonts.h),
 * in the styles of the template; tables are tables.c.  A streamed render
 * lays the text out again here (bl_pdf_replay).
 *
 * The order is the reading order, but for the 文号, which stands above
 * the title.  A block's text may have pieces in several styles (lseg): a
 * heading's numbering, a run-in heading's lead in the heading's face
 * before its paragraph on the same line, the label 附件： before the
 * first attachment.  Display text (titles, headings, captions, the cover
 * and the key-figure labels: bl_pdf_place) breaks between words (ICU,
 * words.h); no text breaks inside a figure (parts.h).  The figures worth
 * colouring (quantities) are marked on their glyphs.
 *
 * Official-document parts (GB/T 9704-2012 7.3): the 文号 centred above
 * the title; the 主送机关 flush left; the 附件说明 indented, "附件：" on
 * its first item and every item's name aligned after its number (a
 * hanging indent); the 落款 and 成文日期 one block that is never split
 * and keeps two lines of the text before it (paginate.c), the date on
 * the right with `indent` em of room, each office centred over the date;
 * a 落款 or date before any text is an issuer line, centred under the
 * title.  A report's subtitle and speaker are centred under the title.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "pdf_int.h"
#include "parts.h"

static lseg label_of(const bulletin_node *node, const char *text, int st)
{
    return (lseg){node, text, strlen(text), false, st};
}

/* A block of the pieces `sg` in style `st`: justified paragraphs with
 * the style's first-line indent, else balanced lines (headings at the
 * indent, all their lines).  *out (may be NULL) gets the block, NULL when
 * there was nothing to draw. */
static bulletin_status add_block(ctx *c, const lseg *sg, size_t ns, int st, bool display,
                                 pblock **out)
{
    const bl_style *s = sty(c, st);
    int how = how_of(s);
    size_t first = c->nlines;
    lopts o = {st, 0, how, c->left, c->measure, 0, 0, 0, display, false};
    if (how == LAY_PARA)
        o.indent = s->indent * c->body;
    else if (how == LAY_LEFT) {
        o.x0 += s->indent * c->body;
        o.measure -= s->indent * c->body;
    }
    if (out)
        *out = NULL;
    bulletin_status status = bl_pdf_lay(c, sg, ns, &o, NULL);
    if (status != BULLETIN_OK || c->nlines == first)
        return status;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, st, sg[0].node, first, &b);
    if (status == BULLETIN_OK && out)
        *out = b;
    return status;
}

static const int heading_style[] = {BL_EL_H1, BL_EL_H1, BL_EL_H2, BL_EL_H3, BL_EL_H4};

static int level_style(int lv) { return heading_style[lv < 1 ? 1 : lv > 4 ? 4 : lv]; }

/* A heading: its numbering, then its text. */
static bulletin_status add_heading(ctx *c, const bulletin_node *n)
{
    int lv = bulletin_node_level(n), st = level_style(lv);
    lseg sg[2] = {label_of(n, bulletin_node_numbering(n), st), bl_pdf_seg(n, st)};
    pblock *b;
    bulletin_status status = add_block(c, sg, 2, st, true, &b);
    if (status == BULLETIN_OK && b) {
        b->heading = true;
        b->outline = true;
        b->level = lv;
    }
    return status;
}

/* A run-in heading: numbering and lead in the heading's face at the
 * body's size, its first paragraph after it on the line when they share
 * a source line (parts.h). */
static bulletin_status add_runin(ctx *c, const bulletin_node *n, const bulletin_node *para,
                                 int body)
{
    int lv = bulletin_node_level(n), hs = level_style(lv);
    lseg sg[3] = {label_of(n, bulletin_node_numbering(n), hs), bl_pdf_seg(n, hs),
                  para ? bl_pdf_seg(para, body) : (lseg){0}};
    pblock *b;
    bulletin_status status = add_block(c, sg, para ? 3 : 2, body, false, &b);
    if (status == BULLETIN_OK && b) {
        b->outline = true;
        b->level = lv;
    }
    return status;
}

/* The number an attachment's name follows: "1." "2．" "3、" (bytes). */
static size_t attachment_number(const char *t)
{
    size_t i = 0;
    while (t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    if (t[i] == '.')
        return i + 1;
    if (!strncmp(t + i, "．", 3) || !strncmp(t + i, "、", 3))
        return i + 3;
    return 0;
}

/* One item of the 附件说明: the first after "附件："; every item's name
 * after its number, continuation lines aligned with the name (GB/T 9704
 * 7.3.4). */
static bulletin_status add_attachment(ctx *c, const bulletin_node *n, bool first)
{
    const int st = BL_EL_ATTACHMENT;
    const bl_style *s = sty(c, st);
    size_t len;
    const char *t = bulletin_node_text(n, &len);
    static const char label[] = "附件：";
    double wl = 0, wn = 0;
    bulletin_status status = bl_pdf_text_width(c, label, strlen(label), st, &wl);
    if (status == BULLETIN_OK)
        status = bl_pdf_text_width(c, t, attachment_number(t), st, &wn);
    if (status != BULLETIN_OK)
        return status;
    double in = s->indent * c->body + wl + wn;
    if (in > c->measure / 2)
        in = s->indent * c->body;
    lseg sg[2] = {label_of(n, label, st), bl_pdf_seg(n, st)};
    size_t firstl = c->nlines;
    lopts o = {st, 0, LAY_PARA, c->left + in, c->measure - in, -(first ? wl + wn : wn), 0, 0,
               false, false};
    if (in == s->indent * c->body)
        o.indent = 0;
    if ((status = bl_pdf_lay(c, first ? sg : sg + 1, first ? 2 : 1, &o, NULL)) != BULLETIN_OK
        || c->nlines == firstl)
        return status;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, st, n, firstl, &b);
    if (status == BULLETIN_OK)
        b->tight = !first;
    return status;
}

/* The 落款 and 成文日期 from `n` on (consecutive SIGNATURE and DATE
 * nodes): one block, the date on the right with `indent` em of room,
 * each office centred over the date (a wider one on the right, two
 * characters from the edge); never split, two lines of text kept with it.  *last gets
 * the last node taken. */
static bulletin_status add_signoff(ctx *c, const bulletin_node *n, const bulletin_node **last)
{
    const bl_style *ds = sty(c, BL_EL_DATE);
    double room = fmin(ds->indent * c->body, c->measure / 4);
    double right = c->left + c->measure - room, wd = 0;
    const bulletin_node *date = NULL;
    bulletin_status status = BULLETIN_OK;
    *last = n;
    for (const bulletin_node *m = n; m; m = bulletin_node_next(m)) {
        bulletin_node_type k = bulletin_node_kind(m);
        if ((k != BULLETIN_NODE_SIGNATURE && k != BULLETIN_NODE_DATE) || (m != n && bl_part_left_out(m)))
            break;
        *last = m;
        if (k == BULLETIN_NODE_DATE && !date)
            date = m;
    }
    if (date) {
        size_t len;
        const char *t = bulletin_node_text(date, &len);
        if ((status = bl_pdf_text_width(c, t, len, BL_EL_DATE, &wd)) != BULLETIN_OK)
            return status;
    }
    double cx = date ? right - wd / 2 : right - c->measure / 4;
    double half = fmin(cx - c->left, c->left + c->measure - cx);
    size_t first = c->nlines;
    double dy = 0;
    for (const bulletin_node *m = n;; m = bulletin_node_next(m)) {
        bool is_date = bulletin_node_kind(m) == BULLETIN_NODE_DATE;
        int st = is_date ? BL_EL_DATE : BL_EL_SIGNATURE;
        lseg sg = bl_pdf_seg(m, st);
        size_t before = c->nlines, gbefore = c->nglyphs;
        lopts o = {st, 0, LAY_CENTER, cx - half, 2 * half, 0, dy, 0, false, false};
        if (is_date) {
            o.how = LAY_RIGHT;
            o.x0 = c->left;
            o.measure = right - c->left;
        }
        double w = 0;
        if ((status = bl_pdf_lay(c, &sg, 1, &o, &w)) != BULLETIN_OK)
            return status;
        if (!is_date && c->nlines - before > 1) {
            /* too wide to centre over the date: on the right instead,
             * 右空二字 as GB/T 9704-2012 7.3.5.2 sets an office's name
             * (at most the date's room), so that a long name stands right
             * of the middle */
            c->nlines = before;
            c->nglyphs = gbefore;
            o.how = LAY_RIGHT;
            o.x0 = c->left;
            o.measure = c->measure - fmin(room, 2 * c->body);
            if ((status = bl_pdf_lay(c, &sg, 1, &o, &w)) != BULLETIN_OK)
                return status;
        }
        dy += (double)(c->nlines - before) * row_pt(c, st);
        if (m == *last)
            break;
    }
    if (c->nlines == first)
        return BULLETIN_OK;
    pblock *b;
    status = bl_pdf_push_block(c, BK_TEXT, BL_EL_SIGNATURE, n, first, &b);
    if (status == BULLETIN_OK) {
        b->whole = true;
        b->keep_prev = 2;
    }
    return status;
}

/* A 落款 or date before any text: an issuer line centred under the title. */
static bulletin_status add_issuer(ctx *c, const bulletin_node *n)
{
    int st = bulletin_node_kind(n) == BULLETIN_NODE_DATE ? BL_EL_DATE : BL_EL_SIGNATURE;
    lseg sg = bl_pdf_seg(n, st);
    size_t first = c->nlines;
    lopts o = {st, 0, LAY_CENTER, c->left, c->measure, 0, 0, 0, true, false};
    bulletin_status status = bl_pdf_lay(c, &sg, 1, &o, NULL);
    pblock *b;
    if (status != BULLETIN_OK || c->nlines == first)
        return status;
    status = bl_pdf_push_block(c, BK_TEXT, BL_EL_SPEAKER, n, first, &b);
    if (status == BULLETIN_OK) {
        b->heading = true;
        b->level = -1;
        b->tight = true;
    }
    return status;
}

/* The title, the front matter's subtitle under it. */
static bulletin_status add_title(ctx *c, const bulletin_node *n)
{
    lseg sg = bl_pdf_seg(n, BL_EL_TITLE);
    pblock *b = NULL;
    bulletin_status status = BULLETIN_OK;
    /* a title made from the file name is the PDF's metadata only: a page
     * headed notice-hefei-2024 is no document's */
    if (!bl_template_untitled(c->doc))
        status = add_block(c, &sg, 1, BL_EL_TITLE, true, &b);
    if (status != BULLETIN_OK)
        return status;
    if (b) {
        b->heading = b->outline = true;
        b->level = -2;
    }
    const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
    if (sub && *sub) {
        /* the subtitle has no node: the title's, as meta lines */
        lseg ss = {n, sub, strlen(sub), false, BL_EL_SUBTITLE};
        size_t first = c->nlines;
        if ((status = add_block(c, &ss, 1, BL_EL_SUBTITLE, true, &b)) != BULLETIN_OK)
            return status;
        for (size_t i = first; i < c->nlines; i++) {
            c->lines[i].offset = 0;
            c->lines[i].meta = true;
        }
        if (b) {
            b->heading = true;
            b->level = -1;
        }
    }
    return BULLETIN_OK;
}

/* Whether paragraph text is a label over what follows: 附件, 附表 or 附图,
 * a number (1, 2-1, 十二) and a colon at most ("附件1", "附表2：").  Kept
 * with the next lines as a heading is (paginate.c). */
static bool is_label(const char *t, size_t len)
{
    while (len && (t[len - 1] == ' ' || t[len - 1] == '\t' || t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    static const char *const pre[] = {"附件", "附表", "附图"};
    size_t k = strlen(pre[0]), i;
    for (i = 0; i < 3; i++)
        if (len >= k && !memcmp(t, pre[i], k))
            break;
    if (i == 3)
        return false;
    static const char32_t num[] = U"0123456789０１２３４５６７８９〇一二三四五六七八九十-.－";
    int chars = 0;
    for (size_t at = k; at < len;) {
        uint32_t cp;
        int n = bl_utf8_decode((const unsigned char *)t + at, len - at, &cp);
        if (n == 0)
            return false;
        at += (size_t)n;
        bool digit = false;
        for (size_t j = 0; num[j]; j++)
            digit = digit || cp == (uint32_t)num[j];
        if ((cp == 0xFF1A || cp == ':') && at == len)
            break; /* the colon last */
        if (!digit || ++chars > 6)
            return false;
    }
    return true;
}

/* A part of its own style: subtitle, speaker, 文号, 主送机关, caption,
 * note, an attached document's title. */
static bulletin_status add_part(ctx *c, const bulletin_node *n, int st, bool display, int level,
                                bool heading, bool outline)
{
    lseg sg = bl_pdf_seg(n, st);
    pblock *b;
    bulletin_status status = add_block(c, &sg, 1, st, display, &b);
    if (status == BULLETIN_OK && b) {
        b->heading = heading;
        b->outline = outline;
        b->level = level;
    }
    return status;
}

/* An input of this many bytes or more gets room for its glyphs and
 * lines at once (reserve_layout). */
#define RESERVE_FROM ((size_t)64 << 10)

/* Room for the glyphs, a glyph an input byte and a sixteenth more (the
 * running header and footer of the pages: a text of one-byte characters,
 * 300,000 bare figures, had 601,552 glyphs for 600,008 bytes, and grew
 * the array once more at its last page, a copy of it left in the heap:
 * 9 MB), and the lines, one per 8 bytes, reserved at once and not zeroed
 * (pages never written are not resident); more, if needed, grows as
 * before.  Grown by doubling from
 * nothing, each step of a large array copied it, and the old copy stayed
 * resident in the heap: 300,000 bare figures (600,000 glyphs) peaked some
 * 20 MB higher.  Only a hint: a Chinese text needs a third of it, and
 * where address space is counted (strict overcommit, ulimit -v, a caller's
 * allocator) a refused reservation leaves the arrays to grow as before
 * rather than failing a text that fits. */
static bulletin_status reserve_layout(ctx *c)
{
    size_t n = bulletin_doc_input_bytes(c->doc);
    if (n < RESERVE_FROM || c->cap_glyphs || c->cap_lines || c->stream)
        return BULLETIN_OK;
    size_t ng = n + n / 16;
    pglyph *g = bl_realloc_array(c->mem, NULL, ng, sizeof *g);
    pline *l = g ? bl_realloc_array(c->mem, NULL, n / 8, sizeof *l) : NULL;
    if (!l) {
        bl_free(c->mem, g);
        return BULLETIN_OK;
    }
    c->glyphs = g;
    c->cap_glyphs = ng;
    c->lines = l;
    c->cap_lines = n / 8;
    return BULLETIN_OK;
}

/* Whether a note states a table's unit (单位：亿元, 單位：萬元): the lead of
 * the table below it. */
static bool is_unit_note(const bulletin_node *n)
{
    size_t len;
    const char *t = bulletin_node_text(n, &len);
    while (len && (*t == ' ' || *t == '\t')) {
        t++;
        len--;
    }
    return len >= 6 && (!memcmp(t, "单位", 6) || !memcmp(t, "單位", 6));
}

/* Whether a note is one of the notes of the table above it: in the run of
 * notes right under a table (注：1.… 2.… 3.…) before any unit line.  Such
 * notes stay with their table, not with a table below them (the Reuters
 * money tables: three notes between two tables). */
static bool note_of_table_above(const bulletin_node *n)
{
    for (const bulletin_node *p = n; p; p = bulletin_node_prev(p)) {
        if (bulletin_node_kind(p) == BULLETIN_NODE_TABLE)
            return p != n;
        if (bulletin_node_kind(p) != BULLETIN_NODE_NOTE || is_unit_note(p))
            return false;
    }
    return false;
}

/* Whether a SPEAKER opens a transcript's turn: text stands before it,
 * not a title, subtitle or the speaker before it (a report's 财政局局长
 * 张品飞 under its subtitle, after a page's own lines, is no turn). */
static bool is_turn(const bulletin_node *n)
{
    const bulletin_node *p = bulletin_node_prev(n);
    if (!p)
        return false;
    switch (bulletin_node_kind(p)) {
    case BULLETIN_NODE_TITLE:
    case BULLETIN_NODE_SUBTITLE:
    case BULLETIN_NODE_DOCTITLE:
    case BULLETIN_NODE_DOCNUMBER:
    case BULLETIN_NODE_SPEAKER:
        return false;
    default:
        return true;
    }
}

bulletin_status bl_pdf_collect(ctx *c)
{
    bulletin_status status = reserve_layout(c);
    if (status != BULLETIN_OK)
        return status;
    c->folding = !c->replay; /* the first pass folds */
    const bulletin_node *root = bulletin_doc_root(c->doc);
    /* the 文号 above the title */
    for (const bulletin_node *n = bulletin_node_first_child(root); n && status == BULLETIN_OK;
         n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == BULLETIN_NODE_DOCNUMBER)
            status = add_part(c, n, BL_EL_DOCNUMBER, false, 0, true, false);
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, root);
    bool in_lead = false, body_seen = false, attach_first = false;
    const bulletin_node *joined = NULL, *signed_to = NULL;
    while (status == BULLETIN_OK && (ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        bulletin_node_type t = bulletin_node_kind(n);
        if (ev == BULLETIN_EV_EXIT) {
            if (t == BULLETIN_NODE_LEAD)
                in_lead = false;
            continue;
        }
        if (signed_to) {
            /* the rest of a sign-off block, already laid out */
            if (n == signed_to)
                signed_to = NULL;
            continue;
        }
        if (bl_part_left_out(n))
            continue; /* a page's record line, a subtitle repeating the title */
        switch (t) {
        case BULLETIN_NODE_TITLE:
            status = add_title(c, n);
            break;
        case BULLETIN_NODE_SUBTITLE:
            status = add_part(c, n, BL_EL_SUBTITLE, true, -1, true, false);
            break;
        case BULLETIN_NODE_SPEAKER:
            /* under a title or subtitle, a report's speaker (省长　王伟中) is
             * centred; after text, a transcript's speaker (国家统计局新闻发言人
             * 付凌晖) opens a turn: flush left, kept with it */
            status = add_part(c, n, is_turn(n) ? BL_EL_TURN : BL_EL_SPEAKER, true, -1, true, false);
            break;
        case BULLETIN_NODE_DOCTITLE:
            status = add_part(c, n, BL_EL_DOCTITLE, true, 0, true, true);
            break;
        case BULLETIN_NODE_SALUTATION:
            status = add_part(c, n, BL_EL_SALUTATION, false, 0, false, false);
            break;
        case BULLETIN_NODE_LEAD:
            in_lead = true;
            break;
        case BULLETIN_NODE_SECTION:
            body_seen = true;
            status = add_heading(c, n);
            break;
        case BULLETIN_NODE_RUNIN:
            body_seen = true;
            joined = bl_part_runin_joined(n);
            status = add_runin(c, n, joined, in_lead ? BL_EL_LEAD : BL_EL_BODY);
            break;
        case BULLETIN_NODE_PARAGRAPH: {
            body_seen = true;
            if (n == joined)
                break;
            int st = in_lead ? BL_EL_LEAD : BL_EL_BODY;
            size_t len = 0;
            const char *tx = bulletin_node_text(n, &len);
            status = add_part(c, n, st, false, 0, tx && is_label(tx, len), false);
            break;
        }
        case BULLETIN_NODE_ATTACHMENTS:
            body_seen = true;
            attach_first = true;
            break;
        case BULLETIN_NODE_ATTACHMENT:
            status = add_attachment(c, n, attach_first);
            attach_first = false;
            break;
        case BULLETIN_NODE_SIGNATURE:
        case BULLETIN_NODE_DATE:
            if (!body_seen || bl_part_before_subtitle(n)) {
                status = add_issuer(c, n);
            } else {
                const bulletin_node *last = n;
                status = add_signoff(c, n, &last);
                if (last != n)
                    signed_to = last;
            }
            break;
        case BULLETIN_NODE_CAPTION:
            body_seen = true;
            status = add_part(c, n, BL_EL_CAPTION, true, 5, true, false);
            break;
        case BULLETIN_NODE_NOTE: {
            /* a note right above a table (its unit) is kept with it as a
             * caption is (paginate.c), unless it is a note of the table
             * above it */
            const bulletin_node *nx = bulletin_node_next(n);
            bool above = nx && bulletin_node_kind(nx) == BULLETIN_NODE_TABLE && !note_of_table_above(n);
            status = add_part(c, n, BL_EL_NOTE, false, above ? 5 : 0, above, false);
            break;
        }
        case BULLETIN_NODE_TABLE:
            body_seen = true;
            status = bl_pdf_add_table(c, n);
            bulletin_iter_skip_children(&it);
            break;
        default:
            break;
        }
    }
    c->nlines_laid = c->nlines;
    if (status == BULLETIN_OK && c->folding)
        status = bl_pdf_fold(c);
    if (status == BULLETIN_OK && c->folding && c->stream)
        status = bl_pdf_drop_glyphs(c, 0, c->nlines, c->nlines, NULL, 0);
    c->folding = false;
    return status;
}

/* ------------------------------------------------------------------------
 * The text laid out again, a streamed render's (bl_pdf_replay)
 * ---------------------------------------------------------------------- */

bulletin_status bl_pdf_replay(ctx *c, bulletin_status (*ready)(ctx *c, int page, size_t end))
{
    struct pplay p;
    memset(&p, 0, sizeof p);
    p.ready = ready;
    c->play = &p;
    c->present_from = 0;
    bl_pdf_swap_layout(c, &p); /* the replay's arrays, empty */
    c->replay = true;
    bulletin_status status = bl_pdf_collect(c);
    c->replay = false;
    bl_pdf_swap_layout(c, &p);
    c->play = NULL;
    bl_free(c->mem, p.lines);
    bl_free(c->mem, p.blocks);
    bl_free(c->mem, p.glyphs);
    bl_free(c->mem, p.odd_nat);
    for (size_t t = 0; t < p.ntables; t++)
        bl_free(c->mem, p.tables[t].colx);
    bl_free(c->mem, p.tables);
    if (status == BULLETIN_OK && p.block != c->nblocks)
        status = bl_diag_set(c->diag, BULLETIN_ERR_USAGE, bulletin_doc_path(c->doc), 0, 0,
                             "the text laid out again differs (%zu blocks of %zu)", p.block,
                             c->nblocks);
    return status;
}

/* The figure list qsort's comparison reads (qsort has no argument for it;
 * a render runs on one thread, a batch's renders each on its own). */
static _Thread_local const bl_figure *sort_items;

static int cmp_fig(const void *a, const void *b)
{
    const bl_figure *x = &sort_items[*(const pfig *)a], *y = &sort_items[*(const pfig *)b];
    if (x->node != y->node)
        return (uintptr_t)x->node < (uintptr_t)y->node ? -1 : 1;
    return (x->start > y->start) - (x->start < y->start);
}

/* The figures drawn in the accent colour: quantities, not years, dates,
 * durations or document numbers; and the figures no line breaks inside
 * (parts.h).  Both sorted by node (by address: only looked up, so the
 * order does not reach the output), then offset. */
bulletin_status bl_pdf_pick_accent_figures(ctx *c)
{
    size_t n = bulletin_doc_figure_count(c->doc);
    const bl_figure_list *list = bl_doc_figures(c->doc);
    if (n == 0 || !list || list->len != n || n > UINT32_MAX)
        return BULLETIN_OK;
    c->figitems = list->items;
    c->keeps = bl_calloc(c->mem, n, sizeof *c->keeps);
    if (!c->keeps)
        return BULLETIN_ERR_NOMEM;
    if (c->tpl.figures_in_accent && !(c->figs = bl_calloc(c->mem, n, sizeof *c->figs)))
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(c->doc, i, &f) != BULLETIN_OK
            || f.offset + f.length > UINT32_MAX) /* never: a text is at most 64 MiB */
            continue;
        if (bl_part_figure_unbreakable(&f))
            c->keeps[c->nkeeps++] = (pfig)i;
        if (!c->figs || !f.listed)
            continue;
        bulletin_node_type k = bulletin_node_kind(f.node);
        if (f.kind == BULLETIN_FIGURE_YEAR || f.kind == BULLETIN_FIGURE_DATE
            || f.kind == BULLETIN_FIGURE_DURATION || f.kind == BULLETIN_FIGURE_IDENTIFIER
            || (k != BULLETIN_NODE_PARAGRAPH && k != BULLETIN_NODE_CELL))
            continue; /* titles, headings, captions, parts: in their own colour */
        if (k == BULLETIN_NODE_CELL
            && strcmp(bulletin_node_row_kind(bulletin_node_parent(f.node)), "data"))
            continue; /* a header's 0—14岁, a group's label: the header's colour */
        c->figs[c->nfigs++] = (pfig)i;
    }
    sort_items = c->figitems;
    qsort(c->keeps, c->nkeeps, sizeof *c->keeps, cmp_fig);
    if (c->figs)
        qsort(c->figs, c->nfigs, sizeof *c->figs, cmp_fig);
    sort_items = NULL;
    return BULLETIN_OK;
}
