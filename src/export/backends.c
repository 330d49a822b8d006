/*
 * render.c - the table of backends: one entry per output format, all with
 * the same signature, so the CLI, the golden runner and the fuzz harness
 * loop over them.
 */
#include <string.h>

#include "bulletin_int.h"

static bulletin_status dump_backend(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                    bulletin_sink sink, void *user, bulletin_diag *diag)
{
    (void)opts;
    return bulletin_render_dump(doc, sink, user, diag);
}

static bulletin_status tsv_backend(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                   bulletin_sink sink, void *user, bulletin_diag *diag)
{
    (void)opts;
    return bulletin_render_figures_tsv(doc, 0, sink, user, diag);
}

const bulletin_backend bulletin_backends[] = {
    /* first: the workbook cites its pages */
    {"pdf", ".pdf", BULLETIN_BACKEND_PLACES_PAGES | BULLETIN_BACKEND_BINARY | BULLETIN_BACKEND_DEFAULT,
     "the typeset bulletin", bulletin_render_pdf},
    {"xlsx", ".xlsx", BULLETIN_BACKEND_CITES_PAGES | BULLETIN_BACKEND_BINARY | BULLETIN_BACKEND_DEFAULT,
     "the workbook of every figure", bulletin_render_xlsx},
    {"json", ".json", 0, "the document model and its figures", bulletin_render_json},
    {"tsv", ".figures.tsv", 0, "the figures, one a line", tsv_backend},
    {"dump", ".dump.txt", 0, "the document model as a tree", dump_backend},
    {NULL, NULL, 0, NULL, NULL},
};

size_t bulletin_backend_count(void)
{
    return sizeof bulletin_backends / sizeof *bulletin_backends - 1;
}

const bulletin_backend *bulletin_backend_find(const char *name)
{
    for (const bulletin_backend *b = bulletin_backends; b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}
