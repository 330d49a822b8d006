/*
 * combine.c - bulletin_combine: one workbook from the JSON exports of many
 * bulletins, for a batch split across CI jobs (--shard K/N).  Each JSON
 * export carries its input as given and the options it was parsed with;
 * parsing them again gives the same document (its SHA-256 says so), and
 * the documents in natural order of their paths give the same workbook,
 * byte for byte, as `--combined` over all of them in one run.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "export/export_int.h"

typedef struct {
    char *path; /* the source path the JSON names: the document's */
    bulletin_doc *doc;
} combined_doc;

__attribute__((format(printf, 3, 4))) static void say(const bulletin_export_opts *o, const char *file,
                                                      const char *fmt, ...)
{
    if (!o->on_message)
        return;
    char buf[4096];
    int n = snprintf(buf, sizeof buf, "%s: ", file);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof buf)
        n += vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof buf)
        n = (int)sizeof buf - 1;
    if (n > 0)
        o->on_message(o->user, buf, (size_t)n);
}

/* Reads one JSON export back into a document; 0, or -1 with a message. */
static int load_export(const bulletin_export_opts *o, const char *file, combined_doc *out)
{
    json_error_t err;
    json_t *root = json_load_file(file, 0, &err);
    if (!root) {
        say(o, file, "%d:%d: error: %s\n", err.line, err.column, err.text);
        return -1;
    }
    json_t *src = json_object_get(root, "source");
    json_t *jpath = json_object_get(src, "path"), *jtext = json_object_get(src, "text");
    json_t *jsha = json_object_get(src, "sha256"), *jopt = json_object_get(src, "options");
    int rc = -1;
    if (!json_is_string(jpath) || !json_is_string(jtext) || !json_is_string(jsha) ||
        !json_is_integer(jopt)) {
        say(o, file, "error: not a bulletin JSON export (no source.path, text, sha256, options)\n");
        goto done;
    }
    out->path = strdup(json_string_value(jpath));
    if (!out->path) {
        say(o, file, "error: out of memory\n");
        goto done;
    }
    bulletin_diag diag;
    bulletin_status st =
        bulletin_parse(json_string_value(jtext), json_string_length(jtext), out->path,
                       (unsigned)json_integer_value(jopt), NULL, &out->doc, &diag);
    if (st != BULLETIN_OK) {
        char buf[1024];
        bulletin_diag_format(&diag, buf, sizeof buf);
        say(o, file, "error: its text does not parse: %s\n", buf);
        goto done;
    }
    if (strcmp(bulletin_doc_sha256(out->doc), json_string_value(jsha)) != 0) {
        say(o, file, "error: its text does not match its SHA-256 (edited or cut)\n");
        goto done;
    }
    rc = 0;
done:
    json_decref(root);
    return rc;
}

static int cmp_doc(const void *pa, const void *pb)
{
    const combined_doc *a = pa, *b = pb;
    return bl_natural_cmp(a->path, b->path);
}

bulletin_status bulletin_combine(const char *const *paths, size_t npaths,
                                 const bulletin_export_opts *o, bulletin_export_result *result,
                                 bulletin_diag *diag)
{
    bulletin_export_result dummy;
    if (!result)
        result = &dummy;
    memset(result, 0, sizeof *result);
    if (diag)
        bulletin_diag_clear(diag);
    if (!o || !o->output_file || !npaths)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0,
                           "combine: an output workbook (-o FILE.xlsx) and inputs are needed");
    bl_strlist in = {0};
    for (size_t i = 0; i < npaths; i++)
        if (bl_expand_input(NULL, &in, paths[i], o->recursive, ".json") != 0) {
            int e = errno;
            bl_strlist_free(&in);
            return bl_diag_set(diag, BULLETIN_ERR_IO, paths[i], 0, 0, "%s", strerror(e));
        }
    result->inputs = in.n;
    if (in.n == 0) {
        bl_strlist_free(&in);
        return bl_diag_set(diag, BULLETIN_ERR_IO, NULL, 0, 0, "combine: no *.json input found");
    }
    /* the workbook is none of the inputs */
    struct stat so;
    if (stat(o->output_file, &so) == 0)
        for (size_t i = 0; i < in.n; i++) {
            struct stat si;
            if (stat(in.v[i], &si) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino) {
                bulletin_status st = bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0,
                                                 "%s would overwrite the input %s",
                                                 o->output_file, in.v[i]);
                bl_strlist_free(&in);
                return st;
            }
        }
    combined_doc *docs = calloc(in.n, sizeof *docs);
    bulletin_status st = BULLETIN_OK;
    if (!docs) {
        bl_strlist_free(&in);
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < in.n; i++)
        if (load_export(o, in.v[i], &docs[i]) != 0)
            result->failed++;
    if (result->failed) { /* a workbook without a shard is not written */
        st = bl_diag_set(diag, BULLETIN_ERR_IO, NULL, 0, 0, "%zu of %zu inputs failed",
                         result->failed, in.n);
        goto done;
    }
    qsort(docs, in.n, sizeof *docs, cmp_doc);
    for (size_t i = 1; i < in.n; i++)
        if (strcmp(docs[i - 1].path, docs[i].path) == 0) {
            st = bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0,
                             "%s is in two inputs (a shard given twice?)", docs[i].path);
            goto done;
        }
    const bulletin_doc **v = calloc(in.n, sizeof *v);
    if (!v) {
        st = bl_diag_set(diag, BULLETIN_ERR_NOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < in.n; i++)
        v[i] = docs[i].doc;
    bulletin_render_opts ro;
    bulletin_render_opts_init(&ro);
    ro.epoch = o->epoch;
    ro.fonts_dir = o->fonts_dir;
    ro.templates_dir = o->templates_dir;
    ro.template_name = o->template_name;
    bl_out out;
    if (bl_out_open(&out, o->output_file) != 0) {
        st = bl_diag_set(diag, BULLETIN_ERR_IO, o->output_file, 0, 0, "cannot create: %s",
                         strerror(errno));
    } else {
        bulletin_diag rd;
        bulletin_diag_clear(&rd);
        bulletin_status rst = bulletin_render_xlsx_combined(v, in.n, &ro, bl_out_sink, &out, &rd);
        if (bl_out_close(&out, rst == BULLETIN_OK) != 0) {
            if (rst != BULLETIN_OK) {
                if (diag)
                    *diag = rd;
                st = rst;
            } else {
                st = bl_diag_set(diag, BULLETIN_ERR_IO, o->output_file, 0, 0, "write failed: %s",
                                 strerror(errno));
            }
        }
    }
    free(v);
done:
    for (size_t i = 0; i < in.n; i++) {
        bulletin_doc_free(docs[i].doc);
        free(docs[i].path);
    }
    free(docs);
    bl_strlist_free(&in);
    return st;
}
