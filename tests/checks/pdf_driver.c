/*
 * pdf_driver.c - a stand-in for `bulletin export -t pdf` until the CLI has
 * it: parses FILE and writes its PDF to OUT.  Used by tests/checks/run_pdf_checks.sh and run_a11y_checks.sh.
 *
 *   pdf_driver [--strict] [--pdfa] [--epoch N] [--template NAME|FILE] FILE OUT
 *                              (the input's modification time is passed as
 *                              source_mtime, as the export passes it)
 *   pdf_driver [--template T] --text FILE
 *                              the text the PDF should carry, one block a
 *                              line, in the order the PDF draws them (文号,
 *                              title, subtitle, numbering + heading,
 *                              paragraphs, table rows, 附件：…, 落款):
 *                              the oracle of the text checks; with
 *                              --cells each cell of a table row begins
 *                              with a TAB (tests/checks/check_text.py)
 *   pdf_driver --blocks FILE   the same blocks as JSON lines: kind, level,
 *                              display (titles and headings), text and the
 *                              character spans of the figures no line may
 *                              break inside (src/pdf/parts.h); a table
 *                              row its kind (row: data, header, title,
 *                              group) and its table's number
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bulletin.h"
#include "pdf/parts.h"

static int to_file(const char *data, size_t len, void *user)
{
    return fwrite(data, 1, len, user) == len ? 0 : -1;
}

static void warn(void *user, const bulletin_diag *w)
{
    char buf[512];
    (void)user;
    bulletin_diag_format(w, buf, sizeof buf);
    fprintf(stderr, "pdf_driver: %s\n", buf);
}

/* The blocks the PDF draws, in the order it draws them (blocks.c): every
 * 文号 first (above the title), then the title, the front matter's
 * subtitle and the rest in reading order; a run-in heading's first
 * paragraph on its line when it starts on the same source line; the
 * attachments with their label 附件：; a 落款 or 成文日期 before any text
 * is an issuer line under the title.  kind: the role of the block;
 * display: a title or heading (broken between words); figures: the
 * character spans no line may break inside (bl_part_figure_unbreakable). */
typedef struct {
    const bulletin_doc *doc;
    bool json;
    bool body_seen;
    bool attach_label;
    int tables; /* tables met: a row's "table" */
} blocks_out;

static bool cells_tab; /* --cells: a TAB between a row's cells in --text */

static void put_json_string(const char *s)
{
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p < 0x20)
            printf("\\u%04x", *p);
        else
            putchar(*p);
    }
    putchar('"');
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* One block: `pre` (numbering, label) then the texts of nodes a and b
 * (b may be NULL), their figures as character spans. */
static void emit(blocks_out *o, const char *kind, int level, bool display, const char *pre,
                 const bulletin_node *a, const bulletin_node *b)
{
    const char *ta = a ? bulletin_node_text(a, NULL) : "";
    const char *tb = b ? bulletin_node_text(b, NULL) : "";
    if (!o->json) {
        printf("%s%s%s\n", pre, ta, tb);
        return;
    }
    printf("{\"kind\":\"%s\",\"level\":%d,\"display\":%s,\"text\":", kind, level,
           display ? "true" : "false");
    char *all = malloc(strlen(pre) + strlen(ta) + strlen(tb) + 1);
    if (!all)
        exit(1);
    strcpy(all, pre);
    strcat(all, ta);
    strcat(all, tb);
    put_json_string(all);
    free(all);
    printf(",\"figures\":[");
    size_t npre = utf8_chars(pre, strlen(pre)), na = utf8_chars(ta, strlen(ta));
    bool first = true;
    for (size_t i = 0; i < bulletin_doc_figure_count(o->doc); i++) {
        bulletin_figure f;
        if (bulletin_doc_figure(o->doc, i, &f) != BULLETIN_OK || !bl_part_figure_unbreakable(&f))
            continue;
        const char *t;
        size_t shift;
        if (a && f.node == a)
            t = ta, shift = npre;
        else if (b && f.node == b)
            t = tb, shift = npre + na;
        else
            continue;
        size_t s = shift + utf8_chars(t, f.offset), e = s + utf8_chars(t + f.offset, f.length);
        printf("%s[%zu,%zu]", first ? "" : ",", s, e);
        first = false;
    }
    printf("]}\n");
}

/* The cells of the text in the order the PDF placed them (--template:
 * the text rendered first, on_place): a table too wide for the page is
 * set in parts of its columns (src/pdf/tables.c), read part by part. */
typedef struct {
    const bulletin_node **cell;
    size_t n, cap;
} placed_cells;

static placed_cells placed;

static void on_place(void *user, const bulletin_node *node, size_t offset, int page)
{
    (void)user, (void)offset, (void)page;
    if (bulletin_node_kind(node) != BULLETIN_NODE_CELL)
        return;
    if (placed.n && placed.cell[placed.n - 1] == node)
        return;
    if (placed.n == placed.cap) {
        placed.cap = placed.cap ? 2 * placed.cap : 1024;
        placed.cell = realloc(placed.cell, placed.cap * sizeof *placed.cell);
        if (!placed.cell)
            exit(1);
    }
    placed.cell[placed.n++] = node;
}

static int discard(const char *data, size_t len, void *user)
{
    (void)data, (void)len, (void)user;
    return 0;
}

/* The part of `cell` in its table: 0, or the part its first placement
 * fell in (a part begins where the placements go back to an earlier
 * row); -1 never placed (an empty cell). */
static int part_of(const bulletin_node *cell)
{
    const bulletin_node *table = bulletin_node_parent(bulletin_node_parent(cell));
    int part = 0;
    const bulletin_node *prev_row = NULL;
    for (size_t i = 0; i < placed.n; i++) {
        const bulletin_node *row = bulletin_node_parent(placed.cell[i]);
        if (bulletin_node_parent(row) != table)
            continue;
        if (prev_row && row != prev_row) {
            /* rows placed in order; back to an earlier one: a new part */
            bool earlier = false;
            for (const bulletin_node *r = bulletin_node_next(row); r; r = bulletin_node_next(r))
                if (r == prev_row)
                    earlier = true;
            if (earlier)
                part++;
        }
        prev_row = row;
        if (placed.cell[i] == cell)
            return part;
    }
    return -1;
}

/* The parts of a table: 1 + the highest part of its cells. */
static int parts_of(const bulletin_node *table)
{
    int parts = 1;
    for (const bulletin_node *r = bulletin_node_first_child(table); r; r = bulletin_node_next(r))
        for (const bulletin_node *c = bulletin_node_first_child(r); c; c = bulletin_node_next(c)) {
            int p = part_of(c);
            if (p + 1 > parts)
                parts = p + 1;
        }
    return parts;
}

/* Whether cell `c` is read in part `part` (of `parts`): its own part;
 * an empty cell in the part of the cell before it in its row. */
static bool in_part(const bulletin_node *c, int part, int parts)
{
    if (parts <= 1)
        return true;
    int p = part_of(c);
    for (const bulletin_node *b = c; p < 0 && b; ) {
        const bulletin_node *prev = NULL;
        for (const bulletin_node *x = bulletin_node_first_child(bulletin_node_parent(c)); x && x != b;
             x = bulletin_node_next(x))
            prev = x;
        b = prev;
        p = b ? part_of(b) : 0;
    }
    return p == part;
}

static int cur_part, cur_parts = 1;

/* A table row: its cells' texts joined, figures shifted. */
static void emit_row(blocks_out *o, const bulletin_node *row)
{
    const char *rk = bulletin_node_row_kind(row);
    const char *kind = !strcmp(rk, "header") ? "thead" : "row";
    if (!o->json) {
        for (const bulletin_node *c = bulletin_node_first_child(row); c; c = bulletin_node_next(c)) {
            if (!in_part(c, cur_part, cur_parts))
                continue;
            if (cells_tab)
                putchar('\t');
            fputs(bulletin_node_text(c, NULL), stdout);
        }
        putchar('\n');
        return;
    }
    printf("{\"kind\":\"%s\",\"row\":\"%s\",\"table\":%d,\"level\":0,\"display\":false,\"text\":\"",
           kind, rk, o->tables);
    for (const bulletin_node *c = bulletin_node_first_child(row); c; c = bulletin_node_next(c)) {
        if (!in_part(c, cur_part, cur_parts))
            continue;
        const char *t = bulletin_node_text(c, NULL);
        for (const unsigned char *p = (const unsigned char *)t; *p; p++) {
            if (*p == '"' || *p == '\\')
                printf("\\%c", *p);
            else if (*p < 0x20)
                printf("\\u%04x", *p);
            else
                putchar(*p);
        }
    }
    printf("\",\"figures\":[");
    bool first = true;
    size_t shift = 0;
    for (const bulletin_node *c = bulletin_node_first_child(row); c; c = bulletin_node_next(c)) {
        if (!in_part(c, cur_part, cur_parts))
            continue;
        const char *t = bulletin_node_text(c, NULL);
        for (size_t i = 0; i < bulletin_doc_figure_count(o->doc); i++) {
            bulletin_figure f;
            if (bulletin_doc_figure(o->doc, i, &f) != BULLETIN_OK || f.node != c
                || !bl_part_figure_unbreakable(&f))
                continue;
            size_t s = shift + utf8_chars(t, f.offset), e = s + utf8_chars(t + f.offset, f.length);
            printf("%s[%zu,%zu]", first ? "" : ",", s, e);
            first = false;
        }
        shift += utf8_chars(t, strlen(t));
    }
    printf("]}\n");
}

static int print_blocks(const bulletin_doc *doc, bool json)
{
    blocks_out o = {doc, json, false, false, 0};
    const bulletin_node *root = bulletin_doc_root(doc), *joined = NULL;
    for (const bulletin_node *n = bulletin_node_first_child(root); n; n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == BULLETIN_NODE_DOCNUMBER)
            emit(&o, "docnumber", 0, false, "", n, NULL);
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, root);
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        if (ev != BULLETIN_EV_ENTER || bl_part_left_out(n))
            continue; /* a page's record line, a subtitle repeating the title */
        switch (bulletin_node_kind(n)) {
        case BULLETIN_NODE_TITLE: {
            const char *sub = bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE);
            /* a title made from the file name (line 0) is not typeset */
            if (bulletin_node_line(n) > 0)
                emit(&o, "title", -2, true, "", n, NULL);
            if (sub && *sub)
                emit(&o, "subtitle", -1, true, sub, NULL, NULL);
            break;
        }
        case BULLETIN_NODE_SUBTITLE:
            emit(&o, "subtitle", -1, true, "", n, NULL);
            break;
        case BULLETIN_NODE_SPEAKER:
            emit(&o, "speaker", -1, true, "", n, NULL);
            break;
        case BULLETIN_NODE_DOCTITLE:
            emit(&o, "doctitle", -2, true, "", n, NULL);
            break;
        case BULLETIN_NODE_SALUTATION:
            emit(&o, "salutation", 0, false, "", n, NULL);
            break;
        case BULLETIN_NODE_SECTION:
            o.body_seen = true;
            emit(&o, "heading", bulletin_node_level(n), true, bulletin_node_numbering(n), n, NULL);
            break;
        case BULLETIN_NODE_RUNIN: {
            const bulletin_node *p = bl_part_runin_joined(n);
            o.body_seen = true;
            if (p)
                joined = p;
            emit(&o, "runin", bulletin_node_level(n), false, bulletin_node_numbering(n), n, p);
            break;
        }
        case BULLETIN_NODE_PARAGRAPH:
            o.body_seen = true;
            if (n != joined)
                emit(&o, "para", 0, false, "", n, NULL);
            break;
        case BULLETIN_NODE_ATTACHMENTS:
            o.body_seen = true;
            o.attach_label = true;
            break;
        case BULLETIN_NODE_ATTACHMENT:
            emit(&o, "attach", 0, false, o.attach_label ? "附件：" : "", n, NULL);
            o.attach_label = false;
            break;
        case BULLETIN_NODE_SIGNATURE:
            emit(&o, o.body_seen && !bl_part_before_subtitle(n) ? "signature" : "issuer", 0, false, "", n, NULL);
            break;
        case BULLETIN_NODE_DATE:
            emit(&o, o.body_seen && !bl_part_before_subtitle(n) ? "date" : "issuer", 0, false, "", n, NULL);
            break;
        case BULLETIN_NODE_CAPTION:
            o.body_seen = true;
            emit(&o, "caption", 0, true, "", n, NULL);
            break;
        case BULLETIN_NODE_NOTE:
            emit(&o, "note", 0, false, "", n, NULL);
            break;
        case BULLETIN_NODE_TABLE: {
            o.body_seen = true;
            /* part by part, each a table of its own, its rows with cells
             * in it (the row labels and rows across of a later part are
             * artifacts: not read) */
            cur_parts = placed.n ? parts_of(n) : 1;
            for (cur_part = 0; cur_part < cur_parts; cur_part++) {
                o.tables++;
                for (const bulletin_node *r = bulletin_node_first_child(n); r; r = bulletin_node_next(r)) {
                    bool any = false;
                    for (const bulletin_node *c = bulletin_node_first_child(r); c && !any;
                         c = bulletin_node_next(c))
                        any = in_part(c, cur_part, cur_parts);
                    if (any)
                        emit_row(&o, r);
                }
            }
            cur_part = 0;
            cur_parts = 1;
            bulletin_iter_skip_children(&it);
            break;
        }
        case BULLETIN_NODE_ROW:
            emit_row(&o, n);
            bulletin_iter_skip_children(&it);
            break;
        default:
            break;
        }
    }
    return ferror(stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
    bulletin_render_opts o;
    bulletin_render_opts_init(&o);
    o.on_warning = warn;
    int i = 1;
    bool text = false, json = false;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--text"))
            text = true;
        else if (!strcmp(argv[i], "--blocks"))
            text = json = true;
        else if (!strcmp(argv[i], "--cells"))
            cells_tab = true;
        else if (!strcmp(argv[i], "--strict"))
            o.flags |= BULLETIN_RENDER_STRICT;
        else if (!strcmp(argv[i], "--pdfa"))
            o.flags |= BULLETIN_RENDER_PDFA;
        else if (!strcmp(argv[i], "--epoch") && i + 1 < argc)
            o.epoch = atoll(argv[++i]);
        else if (!strcmp(argv[i], "--template") && i + 1 < argc)
            o.template_name = argv[++i];
    }
    if (argc - i != (text ? 1 : 2)) {
        fprintf(stderr, "usage: pdf_driver [--strict] [--pdfa] [--epoch N] [--template NAME|FILE] "
                        "FILE OUT\n"
                        "       pdf_driver [--cells] [--template NAME|FILE] --text|--blocks FILE\n");
        return 2;
    }
    bulletin_doc *doc = NULL;
    bulletin_diag d;
    char buf[512];
    if (bulletin_parse_file(argv[i], 0, NULL, &doc, &d) != BULLETIN_OK) {
        bulletin_diag_format(&d, buf, sizeof buf);
        fprintf(stderr, "pdf_driver: %s\n", buf);
        return 1;
    }
    if (text) {
        if (o.template_name) {
            /* where the PDF places each cell (a table in parts) */
            o.on_place = on_place;
            bulletin_render_opts q = o;
            q.on_warning = NULL;
            (void)bulletin_render_pdf(doc, &q, discard, NULL, &d);
        }
        int rc = print_blocks(doc, json);
        free(placed.cell);
        bulletin_doc_free(doc);
        return rc;
    }
    struct stat sb;
    if (stat(argv[i], &sb) == 0)
        o.source_mtime = (long long)sb.st_mtime;
    FILE *f = fopen(argv[i + 1], "wb");
    if (!f) {
        perror(argv[i + 1]);
        bulletin_doc_free(doc);
        return 1;
    }
    bulletin_status st = bulletin_render_pdf(doc, &o, to_file, f, &d);
    bulletin_doc_free(doc);
    if (fclose(f) != 0 && st == BULLETIN_OK)
        st = BULLETIN_ERR_IO;
    if (st != BULLETIN_OK) {
        bulletin_diag_format(&d, buf, sizeof buf);
        fprintf(stderr, "pdf_driver: %s\n", buf);
        remove(argv[i + 1]);
        return 1;
    }
    return 0;
}
