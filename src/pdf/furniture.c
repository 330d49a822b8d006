/*
 * furniture.c - what the PDF has beside the text: the cover (title,
 * subtitle, issuer, date and coloured bands: vector graphics only), the
 * key-figures page (the most telling figures as large numbers on cards,
 * and a horizontal bar chart of the growth rates; which figures, and
 * their labels, come from figures/select.h, whose growth series the
 * workbook's 图表 sheet charts too), and on every text page the running
 * header and the footer ("— N —", N counted from the first text page).
 * All of it is placed freely (bl_pdf_place), after the text is
 * paginated, as meta lines that on_place never reports.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <uchar.h>

#include "pdf_int.h"

static bulletin_status add_shape(ctx *c, int kind, int page, double x, double y, double w, double h,
                                 double width, bl_rgb color)
{
    bulletin_status status =
        bl_pdf_grow(c->mem, (void **)&c->shapes, &c->cap_shapes, c->nshapes + 1, sizeof *c->shapes);
    if (status != BULLETIN_OK)
        return status;
    c->shapes[c->nshapes++] = (pshape){kind, page, x, y, w, h, width, color, 0, ART_LAYOUT};
    return BULLETIN_OK;
}

/* The running header and the footer ("— N —") of every text page. */
bulletin_status bl_pdf_add_furniture(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    const bl_template *t = &c->tpl;
    int pages = c->npages - c->front;
    char buf[BL_TEMPLATE_TEXT_MAX * 2];
    size_t ci = 0; /* the next 续表 line (c->conts, in the order of pages) */
    if (c->nconts && !c->key_page) {
        size_t slen = 0;
        const char *src = bulletin_doc_source(c->doc, &slen);
        c->traditional = src && bl_pdf_is_traditional(src, slen);
    }
    for (int pp = c->front + 1; pp <= c->npages; pp++) {
        int n = pp - c->front; /* the number printed */
        /* 续表 over a table continued on the page, flush with its right
         * edge where a unit note stands: an artifact, as the header rows
         * repeated under it */
        for (; ci < c->nconts && c->conts[ci].page <= pp; ci++) {
            const prepeat *ct = &c->conts[ci];
            const ptable *tb = &c->tables[ct->table];
            size_t first = c->nlines;
            if (ct->page < pp)
                continue;
            BL_CHECK(bl_pdf_place(c, c->traditional ? "續表" : "续表", BL_EL_NOTE, ct->height, LAY_RIGHT,
                                  tb->colx[0], tb->colx[tb->ncols] - tb->colx[0], ct->top, 0, pp,
                                  sty(c, BL_EL_NOTE)->color, NULL, NULL));
            for (size_t i = first; i < c->nlines; i++)
                c->lines[i].art = ART_PAGINATION;
        }
        if (t->header[0] && (n > 1 || t->header_on_first)) {
            const bl_style *hs = sty(c, BL_EL_HEADER);
            bl_template_expand(t->header, c->doc, n, pages, buf, sizeof buf);
            double y = c->tt + L.header_gap + 0.3 * hs->size;
            size_t first = c->nlines;
            if (buf[0])
                BL_CHECK(bl_pdf_place(c, buf, BL_EL_HEADER, 0,
                                      how_of(hs) == LAY_PARA ? LAY_CENTER : how_of(hs), c->tl,
                                      c->tr - c->tl, y, 0, pp, hs->color, NULL, NULL));
            for (size_t i = first; i < c->nlines; i++) {
                c->lines[i].early = true;
                c->lines[i].art = ART_HEADER;
            }
            /* the rule under the header's text: none without text (a
             * text without a title: its short title empty) */
            if (t->header_rule && c->nlines > first) {
                BL_CHECK(add_shape(c, SH_LINE, pp, c->tl, c->tt + L.header_gap - 0.2 * hs->size,
                                   c->tr - c->tl, 0, 0.6, t->rule));
                c->shapes[c->nshapes - 1].art = ART_HEADER;
            }
        }
        if (t->footer[0]) {
            const bl_style *fs = sty(c, BL_EL_FOLIO);
            bl_template_expand(t->footer, c->doc, n, pages, buf, sizeof buf);
            if (!buf[0])
                continue;
            bl_folio_align a = t->footer_align;
            bool odd = pp % 2 == 1;
            bool right = a == BL_FOLIO_RIGHT || (a == BL_FOLIO_OUTSIDE && odd)
                         || (a == BL_FOLIO_INSIDE && !odd);
            bool left = a == BL_FOLIO_LEFT || (a == BL_FOLIO_OUTSIDE && !odd)
                        || (a == BL_FOLIO_INSIDE && odd);
            double in = t->footer_indent, w = c->tr - c->tl;
            size_t first = c->nlines;
            /* the middle of the line (the dashes) footer_offset below the
             * type area */
            double y = c->tb - t->footer_offset - L.baseline * fs->size;
            if (right)
                status = bl_pdf_place(c, buf, BL_EL_FOLIO, 0, LAY_RIGHT, c->tl, w - in, y, 0, pp,
                                      fs->color, NULL, NULL);
            else if (left)
                status = bl_pdf_place(c, buf, BL_EL_FOLIO, 0, LAY_SINGLE_LEFT, c->tl + in, w - in,
                                      y, 0, pp, fs->color, NULL, NULL);
            else
                status = bl_pdf_place(c, buf, BL_EL_FOLIO, 0, LAY_CENTER, c->tl, w, y, 0, pp,
                                      fs->color, NULL, NULL);
            if (status != BULLETIN_OK)
                return status;
            for (size_t i = first; i < c->nlines; i++)
                c->lines[i].art = ART_FOOTER;
        }
    }
cleanup:
    return status;
}

/* The cover: a band in the band colour over the top of the page with the
 * title in it, the subtitle under it, a short rule, issuer and date
 * towards the foot, a narrow band at the foot. */
bulletin_status bl_pdf_add_cover(ctx *c, int page)
{
    bulletin_status status = BULLETIN_OK;
    const bl_template *t = &c->tpl;
    double W = t->page_w, H = t->page_h, w = c->tr - c->tl;
    double band = floor(H * 0.56);
    char buf[BL_TEMPLATE_TEXT_MAX * 2];
    BL_CHECK(add_shape(c, SH_RECT, page, 0, band, W, H - band, 0, t->band));
    BL_CHECK(add_shape(c, SH_RECT, page, 0, 0, W, 14 * 72 / 25.4, 0, t->band));
    BL_CHECK(add_shape(c, SH_LINE, page, c->tl, band - 6, w, 0, 1.2, t->accent));
    /* the title, bottom-aligned in the band: lay it out first to count;
     * a title such as 湖北：发布… breaks after its colon when both parts fit */
    const bl_style *ts = sty(c, BL_EL_COVER_TITLE);
    const char *title = bulletin_doc_meta(c->doc, BULLETIN_META_TITLE);
    double pitch = 1.3 * ts->size;
    size_t n = 0, first = c->nlines;
    if (!title)
        title = "";
    const char *colon = strstr(title, "：");
    if (colon && colon[3] && (size_t)(colon - title) + 3 < sizeof buf) {
        size_t k = (size_t)(colon - title) + 3, n1 = 0, n2 = 0;
        memcpy(buf, title, k);
        buf[k] = '\0';
        BL_CHECK(bl_pdf_place(c, buf, BL_EL_COVER_TITLE, 0, LAY_CENTER, c->tl + 0.05 * w, 0.9 * w,
                              0, pitch, page, ts->color, &n1, NULL));
        BL_CHECK(bl_pdf_place(c, title + k, BL_EL_COVER_TITLE, 0, LAY_CENTER, c->tl + 0.05 * w,
                              0.9 * w, -(double)n1 * pitch, pitch, page, ts->color, &n2, NULL));
        /* the colon's blank half would push the line off-centre */
        for (size_t i = first; i < first + n1; i++)
            c->lines[i].x0 += 0.25 * ts->size;
        n = n1 + n2;
        if (n1 > 1) { /* a long first part: balanced lines instead */
            c->nglyphs = c->lines[first].first;
            c->nlines = first;
            n = 0;
        }
    }
    if (n == 0)
        BL_CHECK(bl_pdf_place(c, title, BL_EL_COVER_TITLE, 0, LAY_CENTER, c->tl + 0.05 * w, 0.9 * w,
                              0, pitch, page, ts->color, &n, NULL));
    double y0 = band + 0.18 * (H - band) + (double)(n ? n - 1 : 0) * pitch;
    for (size_t i = first; i < c->nlines; i++)
        c->lines[i].y += y0;
    /* the cover's text: a P for each of title, subtitle, issuer, date */
    bl_pdf_tag_lines(c, first, bl_pdf_tag_new(c, S_P, 0, 0));
    double y = band - 6 - 2.4 * sty(c, BL_EL_COVER_SUBTITLE)->size;
    /* the front matter's subtitle, else the text's own (a report's
     * ——2024年1月23日在……会议上), never one under an attached document's
     * title (its (草案修改二稿征求意见稿) is that document's) */
    const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
    for (const bulletin_node *m = bulletin_node_first_child(bulletin_doc_root(c->doc));
         m && !(sub && *sub) && bulletin_node_kind(m) != BULLETIN_NODE_DOCTITLE;
         m = bulletin_node_next(m))
        if (bulletin_node_kind(m) == BULLETIN_NODE_SUBTITLE)
            sub = bulletin_node_text(m, NULL);
    if (sub && *sub) {
        const bl_style *ss = sty(c, BL_EL_COVER_SUBTITLE);
        first = c->nlines;
        BL_CHECK(bl_pdf_place(c, sub, BL_EL_COVER_SUBTITLE, 0, LAY_CENTER, c->tl, w, y,
                              1.4 * ss->size, page, ss->color, &n, NULL));
        bl_pdf_tag_lines(c, first, bl_pdf_tag_new(c, S_SUBTITLE, 0, 0));
    }
    const bl_style *ms = sty(c, BL_EL_COVER_META);
    y = H * 0.16 + 1.8 * ms->size;
    static const char *const fields[] = {"{issuer}", "{date}"};
    bool rule = false;
    for (size_t i = 0; i < 2; i++) {
        bl_template_expand(fields[i], c->doc, 1, 1, buf, sizeof buf);
        if (!buf[0])
            continue;
        if (!rule)
            BL_CHECK(add_shape(c, SH_LINE, page, W / 2 - 30, y + 2.2 * ms->size, 60, 0, 1.5,
                               t->accent));
        rule = true;
        first = c->nlines;
        BL_CHECK(bl_pdf_place(c, buf, BL_EL_COVER_META, 0, LAY_CENTER, c->tl, w, y, 0, page,
                              ms->color, NULL, NULL));
        bl_pdf_tag_lines(c, first, bl_pdf_tag_new(c, i == 0 ? S_ISSUER : S_DATE, 0, 0));
        y -= 1.8 * ms->size;
    }
cleanup:
    return status;
}

/* The key-figures page: cards of large numbers with their labels and
 * growth rates, then a horizontal bar chart of the growth rates. */
/* Characters a bulletin writes often whose two scripts differ (个/個,
 * 国/國, 经/經, 亿/億 …): each script's forms, in code point order for a
 * binary search. */
static const char32_t simplified_forms[] =
    U"万与业个为产亿价会关农务动区医卫县发国场学实对开总报据数济环现电疗经统计设质贸费资车较输运这进铁销长门险项额";
static const char32_t traditional_forms[] =
    U"個價億動務區國報場學實對據數會業濟為現環產療發統經縣總與萬衛計設費貿資質車較輸農這進運醫銷鐵長門開關險電項額";

static bool among(const char32_t *set, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (set[mid] == cp)
            return true;
        if (set[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool bl_pdf_is_traditional(const char *text, size_t len)
{
    const size_t ns = sizeof simplified_forms / sizeof *simplified_forms - 1,
                 nt = sizeof traditional_forms / sizeof *traditional_forms - 1;
    if (len > 65536)
        len = 65536; /* enough to tell, and no cost that grows with the text */
    size_t simp = 0, trad = 0;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)text[i];
        if (b < 0xE4 || b > 0xE9) { /* no Han character of U+4E00..U+9FFF starts here */
            i++;
            continue;
        }
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            i++;
            continue;
        }
        i += (size_t)k;
        if (among(simplified_forms, ns, cp))
            simp++;
        else if (among(traditional_forms, nt, cp))
            trad++;
        if (simp + trad >= 400)
            break; /* told: a few hundred of them decide a text */
    }
    return trad > simp;
}

void bl_pdf_growth_in_script(char *line, bool traditional)
{
    static const char grow[] = "增长", grow_t[] = "增長"; /* same length in UTF-8 */
    if (!traditional)
        return;
    for (char *p = strstr(line, grow); p; p = strstr(p + sizeof grow - 1, grow))
        memcpy(p, grow_t, sizeof grow_t - 1);
}

const char *bl_pdf_word_text(const ctx *c, bl_pdf_word w)
{
    switch (w) {
    case BL_WORD_KEY_FIGURES:
        return c->traditional ? "關鍵數據" : "关键数据";
    case BL_WORD_GROWTH:
        return c->traditional ? "增長率" : "增长率";
    }
    return "";
}

bulletin_status bl_pdf_add_key_figures(ctx *c, int page, const bl_key_figure *keys, size_t nkeys)
{
    bulletin_status status = BULLETIN_OK;
    const bl_template *t = &c->tpl;
    double w = c->tr - c->tl, y = c->tt;
    char buf[512], lab[256];
    const bl_style *hs = sty(c, BL_EL_H1), *vs = sty(c, BL_EL_KEY_VALUE),
                   *ls = sty(c, BL_EL_KEY_LABEL);
    double hsize = 1.5 * hs->size;
    bl_buf alt;
    bl_buf_init(&alt, c->mem);
    size_t first0 = c->nlines;
    BL_CHECK(bl_pdf_place(c, bl_pdf_word_text(c, BL_WORD_KEY_FIGURES), BL_EL_H1, hsize,
                          LAY_SINGLE_LEFT, c->tl, w, y - hsize, 0, page, t->accent, NULL, NULL));
    bl_pdf_tag_lines(c, first0, bl_pdf_tag_new(c, S_H1, 0, 1));
    y -= hsize + 10;
    BL_CHECK(add_shape(c, SH_RECT, page, c->tl, y, w, 1.5, 0, t->rule));
    y -= 18;
    /* cards, two columns */
    double gap = 18, cw = (w - gap) / 2;
    for (size_t k = 0; k < nkeys; k++) {
        bulletin_figure f;
        if (bulletin_doc_figure(c->doc, keys[k].figure, &f) != BULLETIN_OK)
            continue;
        double x = c->tl + (double)(k % 2) * (cw + gap), top = y - (double)(k / 2) * L.key_card_h;
        BL_CHECK(add_shape(c, SH_RECT, page, x, top - L.key_card_h + 12, 3, L.key_card_h - 12, 0,
                           t->accent));
        bool after = !strcmp(f.qualifier, "余") || !strcmp(f.qualifier, "多");
        /* the number as the text writes it: 12,345 keeps its separator */
        char num[64];
        bl_select_value_text(c->doc, keys[k].figure, num, sizeof num);
        snprintf(buf, sizeof buf, "%s%s", after || !*f.qualifier ? "" : f.qualifier, num);
        double vw = 0, base = top - vs->size * 0.9;
        size_t card = c->nlines; /* a card is a P: value, unit, label, growth */
        BL_CHECK(bl_pdf_place(c, buf, BL_EL_KEY_VALUE, 0, LAY_SINGLE_LEFT, x + 12, cw - 12, base, 0,
                              page, vs->color, NULL, &vw));
        snprintf(buf, sizeof buf, "%s%s", after ? f.qualifier : "", f.unit);
        if (buf[0])
            BL_CHECK(bl_pdf_place(c, buf, BL_EL_KEY_VALUE, 0.5 * vs->size, LAY_SINGLE_LEFT,
                                  x + 12 + vw + 3, cw, base, 0, page, vs->color, NULL, NULL));
        bl_select_label(c->doc, keys[k].figure, lab, sizeof lab);
        double ly = base - 1.9 * ls->size;
        size_t nl = 0, first = c->nlines;
        BL_CHECK(bl_pdf_place(c, lab, BL_EL_KEY_LABEL, 0, LAY_LEFT, x + 12, cw - 14, ly,
                              1.3 * ls->size, page, ls->color, &nl, NULL));
        if (nl > 2) { /* at most two lines */
            c->nlines = first + 2;
            c->nglyphs = c->lines[first + 2].first;
            nl = 2;
        }
        if (keys[k].growth != BULLETIN_NO_LINK) {
            bl_select_growth_caption(c->doc, keys[k].growth, buf, sizeof buf);
            bl_pdf_growth_in_script(buf, c->traditional);
            BL_CHECK(bl_pdf_place(c, buf, BL_EL_KEY_LABEL, 0, LAY_SINGLE_LEFT, x + 12, cw - 14,
                                  ly - (double)(nl ? nl : 1) * 1.3 * ls->size - 3, 0, page,
                                  t->accent, NULL, NULL));
        }
        bl_pdf_tag_lines(c, card, bl_pdf_tag_new(c, S_P, 0, 1));
    }
    y -= (double)((nkeys + 1) / 2) * L.key_card_h + 12;
    /* the chart of the growth series (the workbook's 图表 plots the same),
     * as many bars as there is room for */
    double lo = 0, hi = 0;
    double room = y - c->tb - 2 * hsize - 30;
    size_t maxbars = room > 0 ? (size_t)(room / L.bar_pitch) : 0;
    const bl_growth_bar *bars = c->bars; /* the series' first c->nbars */
    size_t nbars = c->nbars < maxbars ? c->nbars : maxbars;
    for (size_t d = 0; d < nbars; d++) {
        lo = fmin(lo, bars[d].value);
        hi = fmax(hi, bars[d].value);
    }
    if (nbars == 0 || hi - lo <= 0)
        goto cleanup;
    /* the chart: a Figure, its data in words as /Alt, 增长率（%） its Caption */
    int fig = bl_pdf_tag_new(c, S_FIGURE, 0, 1);
    first0 = c->nlines;
    BL_CHECK(bl_pdf_place(c, bl_pdf_word_text(c, BL_WORD_GROWTH), BL_EL_H1, 0, LAY_SINGLE_LEFT,
                          c->tl, w, y - hs->size, 0, page, hs->color, NULL, NULL));
    BL_CHECK(bl_pdf_place(c, "（%）", BL_EL_KEY_LABEL, 0, LAY_SINGLE_LEFT, c->tl + 3.2 * hs->size,
                          w, y - hs->size, 0, page, t->muted, NULL, NULL));
    bl_pdf_tag_lines(c, first0, bl_pdf_tag_new(c, S_CAPTION, fig, 1));
    BL_CHECK(bl_buf_puts(&alt, bl_pdf_word_text(c, BL_WORD_GROWTH)));
    BL_CHECK(bl_buf_puts(&alt, "（%）："));
    y -= hs->size + 16;
    double labw = 0.36 * w, x0 = c->tl + labw + 8, span = c->tr - x0 - 48;
    double scale = span / (hi - lo), zero = x0 - lo * scale;
    double top = y;
    for (size_t d = 0; d < nbars; d++) {
        bulletin_figure g;
        if (bulletin_doc_figure(c->doc, bars[d].figure, &g) != BULLETIN_OK)
            continue; /* not for a figure of the series */
        double by = top - (double)d * L.bar_pitch - L.bar_pitch / 2; /* bar middle */
        double len = g.signed_value * scale;
        BL_CHECK(add_shape(c, SH_RECT, page, len >= 0 ? zero : zero + len, by - L.bar_h / 2,
                           fabs(len), L.bar_h, 0, g.signed_value >= 0 ? t->accent : t->muted));
        c->shapes[c->nshapes - 1].tag = fig;
        bl_select_growth_label(c->doc, &bars[d], lab, sizeof lab);
        size_t nl = 0, first = c->nlines;
        double lp = 1.15 * ls->size;
        BL_CHECK(bl_pdf_place(c, lab, BL_EL_KEY_LABEL, 0, LAY_RIGHT, c->tl, labw, 0, lp, page,
                              t->text, &nl, NULL));
        if (nl > 2) {
            c->nlines = first + 2;
            c->nglyphs = c->lines[first + 2].first;
            nl = 2;
        }
        for (size_t j = first; j < c->nlines; j++)
            c->lines[j].y += by - L.baseline * ls->size + (double)(nl - 1) * lp / 2;
        snprintf(buf, sizeof buf, "%s%s%s", g.signed_value < 0 ? "-" : "", g.value_text, g.unit);
        BL_CHECK(bl_pdf_place(c, buf, BL_EL_KEY_LABEL, 0, LAY_SINGLE_LEFT,
                              (len >= 0 ? zero + len : zero) + 4, 60, by - L.baseline * ls->size, 0,
                              page, t->text, NULL, NULL));
        bl_pdf_tag_lines(c, first, fig);
        BL_CHECK(bl_buf_printf(&alt, "%s%s%s", d ? "；" : "", lab, buf));
    }
    BL_CHECK(add_shape(c, SH_LINE, page, zero, top, 0, -(double)nbars * L.bar_pitch, 0.6, t->text));
    c->shapes[c->nshapes - 1].tag = fig;
    BL_CHECK(bl_buf_puts(&alt, "。"));
    BL_CHECK(bl_pdf_tag_alt(c, fig, alt.data));
cleanup:
    bl_buf_free(&alt);
    return status;
}
