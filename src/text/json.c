/*
 * render_json.c - the model and its figures as JSON, written with jansson
 * (escaping and Unicode are the library's job, not ours).
 *
 *   {"generator": "bulletin 0.1.0", "source": {...}, "meta": {...},
 *    "title": "...", "sections": [...], "figures": [...]}
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "bulletin_int.h"

/* jansson allocates through its own hooks; a NULL from any constructor is
 * an allocation failure, but for a string that is not valid UTF-8
 * (json_stringn refuses it): str() checks first and says so in `invalid`,
 * with the member's key it was for (the first such). */
typedef struct {
    bool failed;
    bool invalid;
    const char *invalid_key;
} jctx;

static json_t *chk(jctx *j, json_t *v)
{
    if (!v)
        j->failed = true;
    return v;
}

static void set(jctx *j, json_t *obj, const char *key, json_t *v)
{
    if (!v && j->invalid && !j->invalid_key)
        j->invalid_key = key;
    if (!obj || !v || json_object_set_new(obj, key, v) != 0) {
        j->failed = true;
        json_decref(v);
    }
}

static void push(jctx *j, json_t *arr, json_t *v)
{
    if (!arr || !v || json_array_append_new(arr, v) != 0) {
        j->failed = true;
        json_decref(v);
    }
}

/* Whether s[0, len) is valid UTF-8 (NUL bytes allowed: jansson escapes
 * them). */
static bool valid_utf8(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        int k = u[i] < 0x80 ? 1 : bl_utf8_decode(u + i, len - i, &cp);
        if (k == 0)
            return false;
        i += (size_t)k;
    }
    return true;
}

static json_t *str(jctx *j, const char *s, size_t len)
{
    if (!valid_utf8(s, len)) {
        j->invalid = true;
        j->failed = true;
        return NULL;
    }
    return chk(j, json_stringn(s, len));
}

static json_t *pos(jctx *j, const bulletin_node *n)
{
    json_t *o = chk(j, json_object());
    set(j, o, "line", chk(j, json_integer(bulletin_node_line(n))));
    set(j, o, "column", chk(j, json_integer(bulletin_node_column(n))));
    return o;
}

/* A node as JSON, without the "children" of a container (streamed by
 * stream_node).  Depth is bounded: sections nest at most 4 deep. */
static json_t *node_json(jctx *j, const bulletin_node *n)
{
    json_t *o = chk(j, json_object());
    bulletin_node_type t = bulletin_node_kind(n);
    char type[16];
    snprintf(type, sizeof type, "%s", bulletin_node_type_string(t));
    for (char *p = type; *p; p++)
        *p = (char)(*p - 'A' + 'a');
    set(j, o, "type", str(j, type, strlen(type)));
    size_t len;
    const char *text = bulletin_node_text(n, &len);
    switch (t) {
    case BULLETIN_NODE_SECTION:
    case BULLETIN_NODE_RUNIN:
        set(j, o, "level", chk(j, json_integer(bulletin_node_level(n))));
        set(j, o, "number", chk(j, json_integer(bulletin_node_number(n))));
        set(j, o, "numbering", str(j, bulletin_node_numbering(n), strlen(bulletin_node_numbering(n))));
        set(j, o, "heading", str(j, text, len));
        set(j, o, "position", pos(j, n));
        break;
    case BULLETIN_NODE_PARAGRAPH:
        set(j, o, "index", chk(j, json_integer(bulletin_node_index(n))));
        set(j, o, "text", str(j, text, len));
        if (bulletin_node_is_record(n))
            set(j, o, "record", chk(j, json_true()));
        set(j, o, "position", pos(j, n));
        break;
    case BULLETIN_NODE_TABLE: /* its rows: stream_table() */
        set(j, o, "index", chk(j, json_integer(bulletin_node_index(n))));
        set(j, o, "position", pos(j, n));
        break;
    case BULLETIN_NODE_LEAD:
    case BULLETIN_NODE_ATTACHMENTS:
        break;
    default:
        set(j, o, "text", str(j, text, len));
        if (t == BULLETIN_NODE_DATE)
            set(j, o, "iso", str(j, bulletin_node_value(n), strlen(bulletin_node_value(n))));
        if (bulletin_node_is_record(n))
            set(j, o, "record", chk(j, json_true()));
        if (bulletin_node_from_meta(n))
            set(j, o, "from_meta", chk(j, json_true()));
        else if (t != BULLETIN_NODE_TITLE)
            set(j, o, "position", pos(j, n));
        break;
    }
    return o;
}

static json_t *figure_json(jctx *j, const bulletin_figure *f)
{
    json_t *o = chk(j, json_object());
    set(j, o, "section", chk(j, json_integer(f->section)));
    set(j, o, "paragraph", chk(j, json_integer(f->paragraph)));
    set(j, o, "kind", str(j, f->kind_name, strlen(f->kind_name)));
    set(j, o, "text", str(j, f->value_text, strlen(f->value_text)));
    set(j, o, "value", f->parsed ? chk(j, json_real(f->value)) : chk(j, json_null()));
    set(j, o, "unit", str(j, f->unit, strlen(f->unit)));
    set(j, o, "scale", str(j, f->scale, strlen(f->scale)));
    set(j, o, "base_unit", str(j, f->base_unit, strlen(f->base_unit)));
    set(j, o, "normalised", f->parsed ? chk(j, json_real(f->norm)) : chk(j, json_null()));
    set(j, o, "qualifier", str(j, f->qualifier, strlen(f->qualifier)));
    if (f->kind == BULLETIN_FIGURE_DATE || f->kind == BULLETIN_FIGURE_YEAR) {
        json_t *d = chk(j, json_object());
        if (f->year)
            set(j, d, "year", chk(j, json_integer(f->year)));
        if (f->month)
            set(j, d, "month", chk(j, json_integer(f->month)));
        if (f->day)
            set(j, d, "day", chk(j, json_integer(f->day)));
        set(j, o, "date", d);
    }
    if (f->nparts) {
        json_t *parts = chk(j, json_array());
        for (size_t k = 0; k < f->nparts; k++)
            push(j, parts, chk(j, json_real(f->parts[k])));
        set(j, o, "parts", parts);
    }
    if (f->change) {
        set(j, o, "change", str(j, f->change > 0 ? "up" : "down", f->change > 0 ? 2 : 4));
        set(j, o, "link", f->link == BULLETIN_NO_LINK ? chk(j, json_null())
                                                      : chk(j, json_integer((json_int_t)f->link)));
    }
    set(j, o, "label", str(j, f->label, strlen(f->label)));
    set(j, o, "context", str(j, f->context, f->context_len));
    set(j, o, "line", chk(j, json_integer(f->line)));
    set(j, o, "column", chk(j, json_integer(f->column)));
    set(j, o, "numeral_chinese", chk(j, json_boolean(f->numeral_chinese)));
    set(j, o, "listed", chk(j, json_boolean(f->listed)));
    return o;
}

/* The sink behind json_dump_callback. */
typedef struct {
    bulletin_sink sink;
    void *user;
    bool failed;
} jout;

static int dump_cb(const char *buffer, size_t size, void *data)
{
    jout *o = data;
    if (o->sink(buffer, size, o->user) != 0) {
        o->failed = true;
        return -1;
    }
    return 0;
}

static void emit(jout *o, const char *s)
{
    if (!o->failed && o->sink(s, strlen(s), o->user) != 0)
        o->failed = true;
}

/* Dumps one value (an element or a member's value) and frees it.  The
 * document is streamed element by element: memory stays flat however
 * many figures there are, and jansson does every escape. */
static void emit_value(jout *o, jctx *j, json_t *v)
{
    if (!v) {
        j->failed = true;
        return;
    }
    if (!j->failed && !o->failed
        && json_dump_callback(v, dump_cb, o,
                              JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)
                                  | JSON_ENCODE_ANY)
               != 0)
        o->failed = true;
    json_decref(v);
}

static bool is_container(bulletin_node_type t)
{
    return t == BULLETIN_NODE_SECTION || t == BULLETIN_NODE_RUNIN || t == BULLETIN_NODE_LEAD ||
           t == BULLETIN_NODE_ATTACHMENTS;
}

/* What a table holds a row of: its cells' texts, its kind, its cells'
 * units ("rows", "row_kinds", "units"). */
typedef enum { ROW_CELLS, ROW_KIND, ROW_UNITS } row_part;

static json_t *row_json(jctx *j, const bulletin_node *r, row_part part)
{
    if (part == ROW_KIND) {
        const char *rk = bulletin_node_row_kind(r);
        return str(j, rk, strlen(rk));
    }
    json_t *a = chk(j, json_array());
    for (const bulletin_node *c = bulletin_node_first_child(r); c; c = bulletin_node_next(c)) {
        size_t cl;
        const char *ct = bulletin_node_text(c, &cl);
        if (part == ROW_CELLS)
            push(j, a, str(j, ct, cl));
        else
            push(j, a, str(j, bulletin_node_value(c), strlen(bulletin_node_value(c))));
    }
    return a;
}

/* Dumps an object without its closing brace, for members to follow. */
static void emit_open(jout *o, jctx *j, json_t *head)
{
    char *text = head && !j->failed
                     ? json_dumps(head, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))
                     : NULL;
    json_decref(head);
    size_t len = text ? strlen(text) : 0;
    if (!text || len < 2) {
        free(text);
        j->failed = true;
        return;
    }
    text[len - 1] = '\0'; /* the closing brace */
    emit(o, text);
    free(text);
}

/* A table, a row at a time: {"type":"table",…,"rows":[…],"row_kinds":[…],
 * "units":[…]}, the bytes of the whole object dumped at once.  Built
 * whole, 40,000 rows of three cells held some 30 MB of jansson values. */
static void stream_table(jout *o, jctx *j, const bulletin_node *n)
{
    static const char *const keys[] = {",\"rows\":[", "],\"row_kinds\":[", "],\"units\":["};
    emit_open(o, j, node_json(j, n));
    for (int part = ROW_CELLS; part <= ROW_UNITS; part++) {
        emit(o, keys[part]);
        for (const bulletin_node *r = bulletin_node_first_child(n); r && !j->failed && !o->failed;
             r = bulletin_node_next(r)) {
            if (r != bulletin_node_first_child(n))
                emit(o, ",");
            emit_value(o, j, row_json(j, r, (row_part)part));
        }
    }
    emit(o, "]}");
}

/* Writes a node and its subtree: a container's own members, then its
 * children one at a time, so that memory stays flat however many
 * paragraphs a section (or a lead without headings) holds.  The bytes are
 * those of the whole object dumped at once. */
static void stream_node(jout *o, jctx *j, const bulletin_node *n)
{
    if (bulletin_node_kind(n) == BULLETIN_NODE_TABLE) {
        stream_table(o, j, n);
        return;
    }
    if (!is_container(bulletin_node_kind(n))) {
        emit_value(o, j, node_json(j, n));
        return;
    }
    emit_open(o, j, node_json(j, n)); /* the children come first */
    if (j->failed)
        return;
    emit(o, ",\"children\":[");
    for (const bulletin_node *c = bulletin_node_first_child(n); c && !j->failed && !o->failed;
         c = bulletin_node_next(c)) {
        if (c != bulletin_node_first_child(n))
            emit(o, ",");
        stream_node(o, j, c);
    }
    emit(o, "]}");
}

static void emit_member(jout *o, jctx *j, const char *key, json_t *v, bool first)
{
    emit(o, first ? "\n \"" : ",\n \"");
    emit(o, key);
    emit(o, "\": ");
    emit_value(o, j, v);
}

bulletin_status bulletin_render_json(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                     bulletin_sink sink, void *user, bulletin_diag *diag)
{
    (void)opts;
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    jctx j = {false, false, NULL};
    jout o = {sink, user, false};
    emit(&o, "{");
    emit_member(&o, &j, "generator", str(&j, "bulletin " BULLETIN_VERSION,
                                         strlen("bulletin " BULLETIN_VERSION)), true);
    json_t *src = chk(&j, json_object());
    const char *path = bulletin_doc_path(doc);
    set(&j, src, "path", str(&j, path, strlen(path)));
    set(&j, src, "sha256", str(&j, bulletin_doc_sha256(doc), 64));
    set(&j, src, "bytes", chk(&j, json_integer((json_int_t)bulletin_doc_input_bytes(doc))));
    /* the input itself and how it was parsed: `bulletin combine` parses it
     * again and gets the same document (the digest says it is whole) */
    set(&j, src, "options", chk(&j, json_integer((json_int_t)bulletin_doc_options(doc))));
    size_t tlen;
    const char *text = bulletin_doc_source(doc, &tlen);
    set(&j, src, "text", str(&j, text, tlen));
    emit_member(&o, &j, "source", src, false);
    json_t *meta = chk(&j, json_object());
    for (int k = 0; k < BULLETIN_META_COUNT; k++) {
        const char *v = bulletin_doc_meta(doc, (bulletin_meta)k);
        if (v)
            set(&j, meta, bulletin_meta_name((bulletin_meta)k), str(&j, v, strlen(v)));
    }
    emit_member(&o, &j, "meta", meta, false);
    emit(&o, ",\n \"body\": [");
    bool first = true;
    for (const bulletin_node *n = bulletin_node_first_child(bulletin_doc_root(doc));
         n && !j.failed && !o.failed; n = bulletin_node_next(n)) {
        emit(&o, first ? "\n  " : ",\n  ");
        stream_node(&o, &j, n);
        first = false;
    }
    emit(&o, "\n ],\n \"figures\": [");
    size_t nf = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < nf && !j.failed && !o.failed; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        emit(&o, i ? ",\n  " : "\n  ");
        emit_value(&o, &j, figure_json(&j, &f));
    }
    emit(&o, "\n ]\n}\n");
    if (j.invalid)
        return bl_diag_set(diag, BULLETIN_ERR_ENCODING, doc->path, 0, 0,
                           "a text to write as JSON (%s) is not valid UTF-8",
                           j.invalid_key ? j.invalid_key : "a table cell");
    if (j.failed)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, doc->path, 0, 0, "out of memory");
    if (o.failed)
        return bl_diag_set(diag, BULLETIN_ERR_IO, doc->path, 0, 0, "write failed");
    return BULLETIN_OK;
}
