/*
 * info.c - what the PDF says about itself once its pages are drawn: the
 * document information dictionary (title, author, subject, keywords,
 * creator, dates), the outline (the title with every heading under it,
 * nested by level: 一、 over （一） over 1. over （1）, run-in headings
 * too; an attached document's title with its headings) and the page labels (封面, 关键数据, then 1, 2, ...).  Text
 * goes in as UTF-16BE strings written here (put_utf16), never through
 * libharu's encoders.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>
#include <hpdf_objects.h>

#include "pdf_int.h"

/* Whether `dict` has `key` (HPDF_Dict_GetItem would flag an error). */
static bool dict_has(HPDF_Dict dict, const char *key)
{
    for (HPDF_UINT i = 0; i < dict->list->count; i++) {
        const HPDF_DictElement e = HPDF_List_ItemAt(dict->list, i);
        if (e && strcmp(e->key, key) == 0)
            return true;
    }
    return false;
}

/* The creation and modification date: opts->epoch (SOURCE_DATE_EPOCH),
 * else the front matter's date, else the input file's modification time
 * (opts->source_mtime), else 2000-01-01 (never the clock). */
static HPDF_Date info_date(const ctx *c)
{
    HPDF_Date d = {2000, 1, 1, 0, 0, 0, 'Z', 0, 0};
    long long e = c->opts->epoch;
    const char *meta = bulletin_doc_meta(c->doc, BULLETIN_META_DATE);
    int y, m, dd = 1; /* a month (2022-04): its first day */
    int got = meta ? sscanf(meta, "%4d-%2d-%2d", &y, &m, &dd) : 0;
    bool dated = got == 3 || (got == 2 && strlen(meta) == 7);
    if (e < 0 && !dated && c->opts->source_mtime > 0)
        e = c->opts->source_mtime;
    if (e >= 0) {
        time_t t = (time_t)e;
        struct tm tm;
        if (gmtime_r(&t, &tm) && tm.tm_year + 1900 <= 9999) {
            d.year = tm.tm_year + 1900;
            d.month = tm.tm_mon + 1;
            d.day = tm.tm_mday;
            d.hour = tm.tm_hour;
            d.minutes = tm.tm_min;
            d.seconds = tm.tm_sec;
        }
    } else if (dated) {
        d.year = y;
        d.month = m;
        d.day = dd;
    }
    return d;
}

/* The longest string a PDF reader must take (ISO 32000-1 C.2: 32,767
 * bytes; libharu refuses 65,535): longer ones are cut. */
#define UTF16_MAX_BYTES 32766

/* Sets `key` of `dict` to `text` as a UTF-16BE string with a BOM, written
 * in hex: the info dictionary, outline titles and page label prefixes;
 * past UTF16_MAX_BYTES cut with an ellipsis.
 * libharu's UTF-8 encoder would write the same bytes for the BMP, but
 * not beyond it, and selecting it builds its tables (1.4M instructions
 * an export); no libharu call here is given an encoder. */
/* `text` as UTF-16BE bytes with a BOM into b (emptied first), cut as
 * above. */
static bulletin_status utf16_bytes(bl_buf *b, const char *text)
{
    bulletin_status status = BULLETIN_OK;
    size_t len = strlen(text);
    b->len = 0;
    status = bl_buf_put(b, "\xFE\xFF", 2);
    for (size_t i = 0; i < len && status == BULLETIN_OK;) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (k <= 0) {
            cp = 0xFFFD;
            k = 1;
        }
        i += (size_t)k;
        unsigned char u[4];
        size_t n = 2;
        if (cp > 0xFFFF) {
            uint32_t v = cp - 0x10000, hi = 0xD800 + (v >> 10), lo = 0xDC00 + (v & 0x3FF);
            u[0] = (unsigned char)(hi >> 8), u[1] = (unsigned char)hi;
            u[2] = (unsigned char)(lo >> 8), u[3] = (unsigned char)lo;
            n = 4;
        } else {
            u[0] = (unsigned char)(cp >> 8), u[1] = (unsigned char)cp;
        }
        status = bl_buf_put(b, (const char *)u, n);
    }
    if (status == BULLETIN_OK && b->len > UTF16_MAX_BYTES) {
        /* a giant heading's outline entry: cut, with an ellipsis, on a
         * character (never between the halves of a surrogate pair) */
        size_t cut = UTF16_MAX_BYTES - 2;
        unsigned char hi = (unsigned char)b->data[cut - 2];
        if (hi >= 0xD8 && hi <= 0xDB)
            cut -= 2;
        b->len = cut;
        status = bl_buf_put(b, "\x20\x26", 2);
    }
    return status;
}

bulletin_status bl_pdf_utf16(ctx *c, HPDF_Dict dict, const char *key, const char *text)
{
    bulletin_status status = BULLETIN_OK;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    status = utf16_bytes(&b, text);
    if (status == BULLETIN_OK) {
        HPDF_Binary v = HPDF_Binary_New(c->pdf->mmgr, (HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
        if (!v || HPDF_Dict_Add(dict, key, v) != HPDF_OK)
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot write a UTF-16 string");
    }
    bl_buf_free(&b);
    return status;
}

/* Appends `t` to `b` with XML's five characters escaped. */
static bulletin_status xml_text(bl_buf *b, const char *t)
{
    bulletin_status st = BULLETIN_OK;
    for (const char *p = t; *p && st == BULLETIN_OK; p++) {
        const char *e = *p == '&' ? "&amp;" : *p == '<' ? "&lt;" : *p == '>' ? "&gt;"
                      : *p == '"' ? "&quot;" : *p == '\'' ? "&apos;" : NULL;
        st = e ? bl_buf_puts(b, e) : bl_buf_put(b, p, 1);
    }
    return st;
}

/* The producer, in the information dictionary and the XMP alike. */
#define PRODUCER "bulletin " BULLETIN_VERSION " (libharu " HPDF_VERSION_TEXT ")"

/* The XMP packet (ISO 16684-1) of the document: the information
 * dictionary's values under their XMP names (dc:title, dc:creator = the
 * issuer, dc:description, pdf:Keywords, xmp:CreatorTool, pdf:Producer,
 * xmp:CreateDate and ModifyDate: the same date), dc:language zh-CN,
 * pdfuaid:part 1; with BULLETIN_RENDER_PDFA pdfaid:part 2 and
 * conformance U, and the extension schema that declares pdfuaid (PDF/A
 * allows only declared schemas).  Stored unfiltered, so that archives
 * can read it without a PDF library. */
static bulletin_status add_xmp(ctx *c, const char *const *v, const HPDF_Date *d)
{
    bulletin_status st = BULLETIN_OK;
    bool pdfa = (c->opts->flags & BULLETIN_RENDER_PDFA) != 0;
    bl_buf b;
    bl_buf_init(&b, c->mem);
    char date[32];
    snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02dZ", d->year, d->month, d->day,
             d->hour, d->minutes, d->seconds);
    st = bl_buf_puts(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                         "<rdf:Description rdf:about=\"\""
                         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                         " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"");
    if (st == BULLETIN_OK && pdfa)
        st = bl_buf_puts(&b, " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
    if (st == BULLETIN_OK)
        st = bl_buf_puts(&b, ">\n<dc:format>application/pdf</dc:format>\n");
    static const char *const open[] = {
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">",
        "<dc:creator><rdf:Seq><rdf:li>",
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">",
        "<pdf:Keywords>",
        "<xmp:CreatorTool>",
    };
    static const char *const close[] = {
        "</rdf:li></rdf:Alt></dc:title>\n", "</rdf:li></rdf:Seq></dc:creator>\n",
        "</rdf:li></rdf:Alt></dc:description>\n", "</pdf:Keywords>\n", "</xmp:CreatorTool>\n",
    };
    for (size_t i = 0; i < 5 && st == BULLETIN_OK; i++) {
        if (!v[i] || !*v[i])
            continue;
        st = bl_buf_puts(&b, open[i]);
        if (st == BULLETIN_OK)
            st = xml_text(&b, v[i]);
        if (st == BULLETIN_OK)
            st = bl_buf_puts(&b, close[i]);
    }
    if (st == BULLETIN_OK)
        st = bl_buf_printf(&b,
                           "<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>\n"
                           "<xmp:CreateDate>%s</xmp:CreateDate>\n"
                           "<xmp:ModifyDate>%s</xmp:ModifyDate>\n"
                           "<xmp:MetadataDate>%s</xmp:MetadataDate>\n"
                           "<pdf:Producer>%s</pdf:Producer>\n"
                           "<pdfuaid:part>1</pdfuaid:part>\n%s"
                           "</rdf:Description>\n",
                           date, date, date, PRODUCER,
                           pdfa ? "<pdfaid:part>2</pdfaid:part>\n"
                                  "<pdfaid:conformance>U</pdfaid:conformance>\n"
                                : "");
    if (st == BULLETIN_OK && pdfa)
        st = bl_buf_puts(
            &b, "<rdf:Description rdf:about=\"\""
                " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
                " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                "<pdfaProperty:name>part</pdfaProperty:name>\n"
                "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                "<pdfaProperty:category>internal</pdfaProperty:category>\n"
                "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is "
                "followed</pdfaProperty:description>\n"
                "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
                "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                "</rdf:Description>\n");
    if (st == BULLETIN_OK)
        st = bl_buf_puts(&b, "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
    if (st != BULLETIN_OK) {
        bl_buf_free(&b);
        return st;
    }
    HPDF_Dict m = HPDF_DictStream_New(c->pdf->mmgr, c->pdf->xref);
    HPDF_STATUS e = m ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM;
    if (m) {
        e |= HPDF_Dict_AddName(m, "Type", "Metadata");
        e |= HPDF_Dict_AddName(m, "Subtype", "XML");
        e |= HPDF_Stream_Write(m->stream, (const HPDF_BYTE *)b.data, (HPDF_UINT)b.len);
        e |= HPDF_Dict_Add(c->pdf->catalog, "Metadata", m);
    }
    bl_buf_free(&b);
    return e == HPDF_OK ? BULLETIN_OK : bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot write the XMP metadata");
}

/* Where Debian keeps an sRGB profile: icc-profiles-free (the Makefile
 * installs it), colord-data, Ghostscript. */
static const char *const srgb_paths[] = {
    "/usr/share/color/icc/sRGB.icc",
    "/usr/share/color/icc/colord/sRGB.icc",
    "/usr/share/color/icc/ghostscript/srgb.icc",
};

/* PDF/A's output intent (ISO 19005-2 6.2.3): the sRGB profile the
 * device colours mean, from a Debian package, deflated.  A profile that
 * is not there, or not an RGB ICC profile, is an error: a PDF/A file
 * without it would not be one. */
static bulletin_status output_intent(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    unsigned char *icc = NULL;
    size_t n = 0;
    const char *path = NULL;
    for (size_t i = 0; i < sizeof srgb_paths / sizeof *srgb_paths && !icc; i++) {
        FILE *f = fopen(srgb_paths[i], "rb");
        if (!f)
            continue;
        long len = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
        if (len >= 128 && len < (1L << 24) && fseek(f, 0, SEEK_SET) == 0
            && (icc = bl_alloc(c->mem, (size_t)len)) != NULL) {
            n = fread(icc, 1, (size_t)len, f);
            path = srgb_paths[i];
        }
        fclose(f);
        if (!icc && len >= 128 && len < (1L << 24)) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
    }
    if (!icc || n < 128 || memcmp(icc + 36, "acsp", 4) != 0 || memcmp(icc + 16, "RGB ", 4) != 0) {
        status = bl_diag_set(c->diag, BULLETIN_ERR_PDF, bulletin_doc_path(c->doc), 0, 0,
                             "PDF/A needs an sRGB ICC profile: %s (install icc-profiles-free)",
                             path ? "not an RGB profile" : "none found");
        goto cleanup;
    }
    HPDF_MMgr mm = c->pdf->mmgr;
    HPDF_Dict prof = HPDF_DictStream_New(mm, c->pdf->xref), oi = HPDF_Dict_New(mm);
    HPDF_Array ois = HPDF_Array_New(mm);
    if (!prof || !oi || !ois) {
        status = bl_pdf_fail(c, BULLETIN_ERR_NOMEM, "cannot make the output intent");
        goto cleanup;
    }
    HPDF_STATUS e = HPDF_OK;
    e |= HPDF_Dict_AddNumber(prof, "N", 3);
    e |= HPDF_Stream_Write(prof->stream, icc, (HPDF_UINT)n);
    e |= HPDF_Dict_AddName(oi, "Type", "OutputIntent");
    e |= HPDF_Dict_AddName(oi, "S", "GTS_PDFA1");
    e |= HPDF_Dict_Add(oi, "OutputConditionIdentifier", HPDF_String_New(mm, "sRGB IEC61966-2.1", NULL));
    e |= HPDF_Dict_Add(oi, "Info", HPDF_String_New(mm, "sRGB IEC61966-2.1", NULL));
    e |= HPDF_Dict_Add(oi, "DestOutputProfile", prof);
    e |= HPDF_Array_Add(ois, oi);
    e |= HPDF_Dict_Add(c->pdf->catalog, "OutputIntents", ois);
    if (e != HPDF_OK) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot make the output intent");
        goto cleanup;
    }
    status = bl_pdf_predeflate(c, prof);
cleanup:
    bl_free(c->mem, icc);
    return status;
}

bulletin_status bl_pdf_set_info(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    HPDF_Doc pdf = c->pdf;
    /* Subject: the subtitle, else the short title; Keywords: region,
     * year, issuer, short title; Creator: the program and the template */
    char short_title[BL_TEMPLATE_TEXT_MAX], keywords[1024], creator[256];
    bl_template_short_title(c->doc, short_title, sizeof short_title);
    const char *sub = bulletin_doc_meta(c->doc, BULLETIN_META_SUBTITLE);
    keywords[0] = '\0';
    const char *kw[4] = {bulletin_doc_meta(c->doc, BULLETIN_META_REGION),
                         bulletin_doc_meta(c->doc, BULLETIN_META_YEAR),
                         bulletin_doc_meta(c->doc, BULLETIN_META_ISSUER), short_title};
    for (size_t i = 0; i < 4; i++) {
        if (!kw[i] || !*kw[i])
            continue;
        size_t k = strlen(keywords);
        snprintf(keywords + k, sizeof keywords - k, "%s%s%s", k ? "；" : "", kw[i],
                 i == 1 ? "年" : "");
    }
    snprintf(creator, sizeof creator, "bulletin %s 公报排版（%s模板）", BULLETIN_VERSION,
             !strcmp(c->tpl.name, "gongwen")    ? "公文"
             : !strcmp(c->tpl.name, "brochure") ? "手册"
                                                : c->tpl.name);
    const struct {
        const char *value;
        const char *key;
    } fields[] = {
        {bulletin_doc_meta(c->doc, BULLETIN_META_TITLE), "Title"},
        {bulletin_doc_meta(c->doc, BULLETIN_META_ISSUER), "Author"},
        {sub && *sub ? sub : short_title, "Subject"},
        {keywords, "Keywords"},
        {creator, "Creator"},
    };
    /* HPDF_New made the dictionary (it holds /Producer) */
    if (!pdf->info) {
        status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "no document information dictionary");
        goto cleanup;
    }
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        const char *v = fields[i].value;
        if (v && *v)
            BL_CHECK(bl_pdf_utf16(c, pdf->info, fields[i].key, v));
    }
    HPDF_Date d = info_date(c);
    HPDF_TRY(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, d), "cannot set the date");
    HPDF_TRY(HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, d), "cannot set the date");
    HPDF_TRY(HPDF_Dict_Add(pdf->info, "Producer", HPDF_String_New(pdf->mmgr, PRODUCER, NULL)),
             "cannot set the producer");
    {
        const char *v[5];
        for (size_t i = 0; i < 5; i++)
            v[i] = fields[i].value;
        BL_CHECK(add_xmp(c, v, &d));
    }
    if (c->opts->flags & BULLETIN_RENDER_PDFA)
        BL_CHECK(output_intent(c));
cleanup:
    return status;
}

/* The outline's entries: compact records here, written as text by
 * bl_pdf_write_outline (compact.c packs them into object streams).
 * libharu's objects took some 2 KB an entry (each dictionary key a
 * 128-byte buffer, the destination's array): 100,000 headings (1.3 MB of
 * text) took the PDF to 364 MB. */
bulletin_status bl_pdf_add_outline(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    int root = -1;  /* the title's entry */
    int rlast = -1; /* the root's last child */
    /* the open entries, by level: an entry goes under the nearest one of
     * a lower level (the title -2, an attached document's title 0,
     * headings 1 to 4) */
    int parent[6] = {0};
    int plevel[6] = {0};
    int depth = 0;
    c->noutl = 0;
    c->outl_vis = 0;
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        const pblock *blk = &c->blocks[bi];
        if (!blk->outline || blk->page < 1)
            continue;
        bool is_title = blk->level == -2;
        if (is_title && root >= 0)
            continue;
        if (c->noutl >= INT_MAX - 1) {
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "too many outline entries");
            goto cleanup;
        }
        if ((status = bl_pdf_grow(c->mem, (void **)&c->outl, &c->cap_outl, c->noutl + 1,
                                  sizeof *c->outl))
            != BULLETIN_OK)
            goto cleanup;
        while (depth > 0 && plevel[depth - 1] >= blk->level)
            depth--;
        int up = is_title ? -1 : depth > 0 ? parent[depth - 1] : root;
        int i = (int)c->noutl++;
        poutl *o = &c->outl[i];
        /* the title: page 1 (the cover when there is one) */
        *o = (poutl){.node = blk->node, .parent = up, .first = -1, .last = -1, .prev = -1,
                     .next = -1, .page = is_title ? 1 : blk->page,
                     .top = (float)(is_title && c->front ? c->tpl.page_h
                                                         : fmin(c->tpl.page_h, blk->top + c->row)),
                     .open = true}; /* every entry open, as libharu made them */
        /* linked as libharu links them: the last child of its parent */
        if (up >= 0) {
            poutl *p = &c->outl[up];
            if (p->last >= 0) {
                c->outl[p->last].next = i;
                o->prev = p->last;
            } else {
                p->first = i;
            }
            p->last = i;
        } else {
            if (rlast >= 0) {
                c->outl[rlast].next = i;
                o->prev = rlast;
            }
            rlast = i;
        }
        if (is_title) {
            root = i;
        } else if (depth < 6) {
            parent[depth] = i;
            plevel[depth++] = blk->level;
        }
    }
    /* /Count: the entries shown under an open entry (libharu's count);
     * a child's index is above its parent's */
    for (size_t k = c->noutl; k-- > 0;) {
        const poutl *o = &c->outl[k];
        int add = 1 + (o->open ? o->vis : 0);
        if (o->parent >= 0)
            c->outl[o->parent].vis += add;
        else
            c->outl_vis += add; /* the root is open */
    }
    if (c->noutl) {
        HPDF_Dict r = HPDF_Dict_New(c->pdf->mmgr);
        if (!r || HPDF_Xref_Add(c->pdf->xref, r) != HPDF_OK) { /* frees r */
            status = bl_pdf_fail(c, BULLETIN_ERR_NOMEM, "cannot make the outline");
            goto cleanup;
        }
        HPDF_TRY(HPDF_Dict_Add(c->pdf->catalog, "Outlines", r), "cannot add the outline");
        c->out_root = r->header.obj_id & 0x00FFFFFF;
    }
    if (root >= 0)
        HPDF_TRY(HPDF_SetPageMode(c->pdf, HPDF_PAGE_MODE_USE_OUTLINE), "cannot set the page mode");
cleanup:
    return status;
}

static void out_ok(bulletin_status *status, bulletin_status st)
{
    if (*status == BULLETIN_OK)
        *status = st;
}

/* Appends `key`, object number `obj` and " 0 R" (printf's "%s%lu 0 R"). */
static bulletin_status put_ref(bl_buf *b, const char *key, unsigned long obj)
{
    bulletin_status st = bl_buf_puts(b, key);
    if (st == BULLETIN_OK)
        st = bl_pdf_put_int(b, (long long)obj);
    if (st == BULLETIN_OK)
        st = bl_buf_put(b, " 0 R", 4);
    return st;
}

/* snprintf(out, room, "%.5f", (double)v) (room >= 48), and its length,
 * without printf for the outline's positions (1,001 of the 100x text's,
 * 2.7M instructions): a float times 10^5 is exact in a double (24 + 17
 * bits), so nearbyint rounds it as printf does (the exact value, ties to
 * even, in the current rounding mode); huge and special values as
 * before. */
static size_t fixed5(float v, char *out, size_t room)
{
    double x = (double)v;
    if (!(fabs(x) < 1e12))
        return (size_t)snprintf(out, room, "%.5f", x);
    uint64_t r = (uint64_t)nearbyint(fabs(x) * 100000.0);
    char d[32];
    size_t k = sizeof d;
    for (int i = 0; i < 5; i++, r /= 10)
        d[--k] = (char)('0' + r % 10);
    d[--k] = '.';
    do {
        d[--k] = (char)('0' + r % 10);
        r /= 10;
    } while (r);
    if (signbit(x))
        d[--k] = '-';
    size_t n = sizeof d - k;
    memcpy(out, d + k, n);
    out[n] = '\0';
    return n;
}

/* Bytes of text an outline entry usually takes (a heading of some ten
 * characters: its title in UTF-16 hex, its links, its destination). */
#define OUTLINE_ENTRY_BYTES 160

bulletin_status bl_pdf_write_outline(ctx *c, HPDF_Page *pages)
{
    static const char hex[] = "0123456789ABCDEF";
    bulletin_status status = BULLETIN_OK;
    if (!c->noutl)
        return BULLETIN_OK;
    /* after the structure tree's objects, or libharu's last */
    c->out_base = c->ntagobj ? c->tag_base + c->ntagobj - 1 : c->pdf->xref->entries->count;
#define OBJ(i) ((unsigned long)(c->out_base + (size_t)(i))) /* entry i's */
#define PAGE(p) ((unsigned long)(pages[(p) - 1]->header.obj_id & 0x00FFFFFF))
    bl_buf *b = &c->outtext, t;
    bl_buf_init(&t, c->mem);
    /* room for the usual entry at once: grown by doubling from nothing,
     * a large outline left its old copies in the heap (200,000 entries:
     * some 16 MB resident until the end) */
    if (!(c->out_at = bl_calloc(c->mem, c->noutl + 2, sizeof *c->out_at))
        || bl_buf_reserve(b, (c->noutl + 1) * OUTLINE_ENTRY_BYTES) != BULLETIN_OK) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    /* the root: its first and last children */
    int first = -1, last = -1;
    for (size_t k = 0; k < c->noutl; k++)
        if (c->outl[k].parent < 0) {
            if (first < 0)
                first = (int)k;
            last = (int)k;
        }
    size_t n = 0;
    c->out_at[n++] = b->len;
    out_ok(&status, bl_buf_printf(b, "<</Type /Outlines /First %lu 0 R /Last %lu 0 R", OBJ(first),
                                  OBJ(last)));
    if (c->outl_vis)
        out_ok(&status, bl_buf_printf(b, " /Count %d", c->outl_vis));
    out_ok(&status, bl_buf_puts(b, ">>"));
    for (size_t k = 0; k < c->noutl && status == BULLETIN_OK; k++) {
        const poutl *o = &c->outl[k];
        c->out_at[n++] = b->len;
        /* the title: its numbering (a heading's, a run-in item's), its text */
        t.len = 0;
        int kind = bulletin_node_kind(o->node);
        const char *num = kind == BULLETIN_NODE_SECTION || kind == BULLETIN_NODE_RUNIN
                              ? bulletin_node_numbering(o->node)
                              : NULL;
        bl_buf s;
        bl_buf_init(&s, c->mem);
        if (num)
            out_ok(&status, bl_buf_puts(&s, num));
        out_ok(&status, bl_buf_puts(&s, bulletin_node_text(o->node, NULL)));
        if (status == BULLETIN_OK)
            status = utf16_bytes(&t, s.len ? s.data : "");
        bl_buf_free(&s);
        out_ok(&status, bl_buf_puts(b, "<</Title <"));
        /* the title's bytes in hex, written in place */
        out_ok(&status, bl_buf_reserve(b, 2 * t.len));
        if (status == BULLETIN_OK) {
            char *h = b->data + b->len;
            for (size_t q = 0; q < t.len; q++, h += 2) {
                unsigned char u = (unsigned char)t.data[q];
                h[0] = hex[u >> 4];
                h[1] = hex[u & 15];
            }
            b->len += 2 * t.len;
            b->data[b->len] = '\0';
        }
        /* the keys without printf (a call each, an entry's five) */
        out_ok(&status, put_ref(b, "> /Parent ",
                                o->parent >= 0 ? OBJ(o->parent) : (unsigned long)c->out_root));
        if (o->first >= 0) {
            out_ok(&status, put_ref(b, " /First ", OBJ(o->first)));
            out_ok(&status, put_ref(b, " /Last ", OBJ(o->last)));
        }
        if (o->prev >= 0)
            out_ok(&status, put_ref(b, " /Prev ", OBJ(o->prev)));
        if (o->next >= 0)
            out_ok(&status, put_ref(b, " /Next ", OBJ(o->next)));
        if (o->vis) {
            out_ok(&status, bl_buf_puts(b, " /Count "));
            out_ok(&status, bl_pdf_put_int(b, o->open ? o->vis : -o->vis));
        }
        /* the position as libharu wrote a real: at most 5 decimals */
        char top[48];
        size_t tl = fixed5(o->top, top, sizeof top);
        while (tl > 0 && top[tl - 1] == '0')
            tl--;
        if (tl > 0 && top[tl - 1] == '.')
            tl--;
        top[tl] = '\0';
        out_ok(&status, bl_buf_printf(b, " /Dest [%lu 0 R /FitH %s]>>", PAGE(o->page), top));
    }
    c->out_at[n] = b->len;
    c->noutobj = n;
#undef OBJ
#undef PAGE
cleanup:
    bl_buf_free(&t);
    bl_free(c->mem, c->outl);
    c->outl = NULL;
    c->noutl = c->cap_outl = 0;
    return status;
}

void bl_pdf_free_outline(ctx *c)
{
    bl_free(c->mem, c->outl);
    c->outl = NULL;
    bl_buf_free(&c->outtext);
    bl_free(c->mem, c->out_at);
    c->out_at = NULL;
}

/* Page labels: 封面 and 关键数据 (a prefix and no number), then 1, 2, ...
 * from the first text page.  libharu would encode the prefix with
 * pdf->def_encoder (docs/LIBS.md §2 G) and has no style "none": the front
 * labels get their /P from put_utf16 and lose /S and /St. */
bulletin_status bl_pdf_add_page_labels(ctx *c)
{
    bulletin_status status = BULLETIN_OK;
    for (int p = 0; p <= c->front; p++)
        HPDF_TRY(HPDF_AddPageLabel(c->pdf, (HPDF_UINT)p, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, NULL),
                 "cannot add a page label");
    if (c->front) {
        HPDF_Dict labels = HPDF_Dict_GetItem(c->pdf->catalog, "PageLabels", HPDF_OCLASS_DICT);
        HPDF_Array nums = labels ? HPDF_Dict_GetItem(labels, "Nums", HPDF_OCLASS_ARRAY) : NULL;
        if (!nums || nums->list->count < 2 * (HPDF_UINT)c->front) {
            status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot find the page labels");
            goto cleanup;
        }
        for (int p = 1; p <= c->front; p++) {
            HPDF_Dict d = HPDF_Array_GetItem(nums, 2 * (HPDF_UINT)p - 1, HPDF_OCLASS_DICT);
            if (!d) {
                status = bl_pdf_fail(c, BULLETIN_ERR_PDF, "cannot find a page label");
                goto cleanup;
            }
            BL_CHECK(bl_pdf_utf16(c, d, "P", p == c->key_page ? bl_pdf_word_text(c, BL_WORD_KEY_FIGURES) : "封面"));
            if (dict_has(d, "S"))
                HPDF_TRY(HPDF_Dict_RemoveElement(d, "S"), "cannot fix a page label");
            if (dict_has(d, "St"))
                HPDF_TRY(HPDF_Dict_RemoveElement(d, "St"), "cannot fix a page label");
        }
    }
cleanup:
    return status;
}
