/*
 * document.c - bulletin_parse and bulletin_parse_file: the document model
 * (src/doc) with every figure found in it (this module).  They live here,
 * above both, so that the model never calls up into the figure engine.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "figures.h"

static bool diag_before(const bulletin_diag *a, const bulletin_diag *b)
{
    return a->line < b->line || (a->line == b->line && a->column < b->column);
}

/* The warnings of the figure scan (impossible dates) from index `from`
 * on, each moved to its place among the parser's: all in source order. */
static void sort_warnings(bulletin_doc *doc, size_t from)
{
    for (size_t i = from; i < doc->nwarnings; i++) {
        size_t j = i;
        while (j > 0 && diag_before(&doc->warnings[i], &doc->warnings[j - 1]))
            j--;
        if (j < i) {
            bulletin_diag w = doc->warnings[i];
            memmove(&doc->warnings[j + 1], &doc->warnings[j], (i - j) * sizeof w);
            doc->warnings[j] = w;
        }
    }
}

bulletin_status bulletin_parse(const char *text, size_t len, const char *path, unsigned options,
                               const bulletin_mem *mem, bulletin_doc **out, bulletin_diag *diag)
{
    bulletin_status st = bl_parse_model(text, len, path, options, mem, out, diag);
    if (st != BULLETIN_OK)
        return st;
    size_t parsed = (*out)->nwarnings;
    st = bl_doc_scan_figures(*out);
    if (st != BULLETIN_OK)
        bl_diag_set(diag, st, path, 0, 0, "%s", st == BULLETIN_ERR_NOMEM ? "out of memory"
                                                                         : "the figures failed");
    else if ((*out)->nwarnings > parsed && (options & BULLETIN_OPT_STRICT)) {
        /* strict: the figures' first warning is the error (the parser's
         * own would have failed the parse already) */
        if (diag) {
            *diag = (*out)->warnings[parsed];
            diag->severity = BULLETIN_SEVERITY_ERROR;
            if (diag->path && diag->path != path) { /* the document's escaped copy */
                snprintf(diag->file, sizeof diag->file, "%s", diag->path);
                diag->path = NULL;
            }
        }
        st = (*out)->warnings[parsed].status;
    } else
        sort_warnings(*out, parsed);
#ifdef BULLETIN_DEBUG_CHECKS
    if (st == BULLETIN_OK)
        st = bulletin_doc_check(*out, diag);
#endif
    if (st != BULLETIN_OK) {
        bulletin_doc_free(*out);
        *out = NULL;
    }
    return st;
}

bulletin_status bulletin_parse_file(const char *path, unsigned options, const bulletin_mem *mem,
                                    bulletin_doc **out, bulletin_diag *diag)
{
    if (!mem)
        mem = bulletin_default_mem();
    if (out)
        *out = NULL;
    bool is_stdin = !path || strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return bl_diag_set(diag, BULLETIN_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    bl_buf b;
    bl_buf_init(&b, mem);
    bulletin_status status = BULLETIN_OK;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + got > BULLETIN_MAX_INPUT) {
            status = bl_diag_set(diag, BULLETIN_ERR_LIMIT, is_stdin ? NULL : path, 0, 0,
                                 "input exceeds the limit of %zu bytes",
                                 (size_t)BULLETIN_MAX_INPUT);
            break;
        }
        if (bl_buf_put(&b, chunk, got) != BULLETIN_OK) {
            status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
            break;
        }
    }
    if (status == BULLETIN_OK && ferror(f))
        status = bl_diag_set(diag, BULLETIN_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
    if (!is_stdin)
        fclose(f);
    if (status == BULLETIN_OK)
        status = bulletin_parse(b.data ? b.data : "", b.len, path, options, mem, out, diag);
    bl_buf_free(&b);
    return status;
}
