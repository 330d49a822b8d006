/*
 * dump.c - the model as a stable text tree, one node a line,
 * indented two spaces per depth.  The parser's golden tests compare it.
 *
 *   META date "2024-01-10"
 *   TITLE "湖北：发布2023年湖北知识产权十件大事" @1:1
 *   SECTION 6 "知识产权金融工作取得新突破，服务实体经济彰显新作为" @9:1
 *   SECTION 2 level=2 "..." @12:1     (levels other than 1 are spelled out)
 *   PARAGRAPH 7 "..." @10:1           (the reading-order index)
 *   RUNIN 2 level=3 "强化企业主体地位。" @14:1   (a run-in heading; its
 *                                      first PARAGRAPH holds the rest)
 *   DOCNUMBER "国办发〔2024〕12号" @2:1, SALUTATION, SIGNATURE, SUBTITLE,
 *   SPEAKER, CAPTION, NOTE, DOCTITLE, ATTACHMENT "1.……": text and place
 *   DATE "2024年3月5日" iso=2024-03-05 @20:1
 *   ROW header @24:1                   (header, title or group rows)
 *   CELL "1234.56" unit="亿元" @25:9
 *   SIGNATURE "某市人民政府" from=meta  (from the front matter)
 */
#include <string.h>

#include "bulletin_int.h"

static bulletin_status put_quoted(bl_buf *b, const char *s, size_t len)
{
    bulletin_status status = bl_buf_putc(b, '"');
    for (size_t i = 0; i < len && status == BULLETIN_OK; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            status = bl_buf_put(b, esc, 2);
        } else if (c == '\t') {
            status = bl_buf_puts(b, "\\t");
        } else if (c < 0x20 || c == 0x7F) {
            status = bl_buf_printf(b, "\\x%02X", c);
        } else {
            status = bl_buf_putc(b, (char)c);
        }
    }
    if (status == BULLETIN_OK)
        status = bl_buf_putc(b, '"');
    return status;
}

static bool is_text_node(bulletin_node_type t)
{
    switch (t) {
    case BULLETIN_NODE_DOCUMENT:
    case BULLETIN_NODE_LEAD:
    case BULLETIN_NODE_TABLE:
    case BULLETIN_NODE_ROW:
    case BULLETIN_NODE_ATTACHMENTS:
        return false;
    default:
        return true;
    }
}

static bulletin_status dump_node(bl_buf *b, const bulletin_node *n, int depth)
{
    bulletin_status status = BULLETIN_OK;
    for (int i = 0; i < depth; i++)
        BL_CHECK(bl_buf_puts(b, "  "));
    bulletin_node_type kind = bulletin_node_kind(n);
    BL_CHECK(bl_buf_puts(b, bulletin_node_type_string(kind)));
    switch (kind) {
    case BULLETIN_NODE_SECTION:
    case BULLETIN_NODE_RUNIN:
        BL_CHECK(bl_buf_printf(b, " %d", n->heading.number));
        if (n->heading.level != 1)
            BL_CHECK(bl_buf_printf(b, " level=%d", n->heading.level));
        break;
    case BULLETIN_NODE_PARAGRAPH:
    case BULLETIN_NODE_TABLE:
        BL_CHECK(bl_buf_printf(b, " %d", n->index));
        break;
    case BULLETIN_NODE_ROW:
        if (n->row_kind)
            BL_CHECK(bl_buf_printf(b, " %s", bulletin_node_row_kind(n)));
        break;
    default:
        break;
    }
    if (is_text_node(kind)) {
        BL_CHECK(bl_buf_putc(b, ' '));
        BL_CHECK(put_quoted(b, n->text, n->len));
    }
    if (kind == BULLETIN_NODE_DATE && n->value[0])
        BL_CHECK(bl_buf_printf(b, " iso=%s", n->value));
    if (n->type == BULLETIN_NODE_CELL && n->value[0]) {
        BL_CHECK(bl_buf_puts(b, " unit="));
        BL_CHECK(put_quoted(b, n->value, strlen(n->value)));
    }
    if (n->record)
        BL_CHECK(bl_buf_puts(b, " record"));
    if (n->from_meta)
        BL_CHECK(bl_buf_puts(b, " from=meta"));
    else if (n->type != BULLETIN_NODE_DOCUMENT)
        BL_CHECK(bl_buf_printf(b, " @%d:%d", n->line, n->column));
    BL_CHECK(bl_buf_putc(b, '\n'));
cleanup:
    return status;
}

bulletin_status bulletin_render_dump(const bulletin_doc *doc, bulletin_sink sink, void *user,
                                     bulletin_diag *diag)
{
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    bulletin_status status = BULLETIN_OK;
    bl_buf b;
    bl_buf_init(&b, doc->mem);
    int depth = 0;
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, doc->root);
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev == BULLETIN_EV_EXIT) {
            depth--;
            continue;
        }
        BL_CHECK(dump_node(&b, n, depth));
        if (n->type == BULLETIN_NODE_DOCUMENT) {
            for (int k = 0; k < BULLETIN_META_COUNT; k++) {
                if (!doc->meta[k] || k == BULLETIN_META_TITLE)
                    continue;
                BL_CHECK(bl_buf_printf(&b, "  META %s ", bulletin_meta_name((bulletin_meta)k)));
                BL_CHECK(put_quoted(&b, doc->meta[k], strlen(doc->meta[k])));
                BL_CHECK(bl_buf_putc(&b, '\n'));
            }
        }
        if (bl_node_type_is_container(n->type))
            depth++;
        /* In chunks, so a large document does not double in memory. */
        BL_CHECK(bl_buf_flush(&b, 65536, sink, user, diag, doc->path));
    }
    BL_CHECK(bl_buf_flush(&b, 0, sink, user, diag, doc->path));
cleanup:
    if (status == BULLETIN_ERR_NOMEM)
        bl_diag_set(diag, status, doc->path, 0, 0, "out of memory");
    bl_buf_free(&b);
    return status;
}

