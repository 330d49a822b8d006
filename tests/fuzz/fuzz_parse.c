/*
 * fuzz_parse.c - libFuzzer target: parses arbitrary bytes and runs every
 * backend of bulletin_backends[] to memory.  The first byte selects parse
 * options (bit 0: keep punctuation, bit 1: strict); the rest is the text.
 *
 *   make fuzz FUZZ_SECONDS=600        clang + libFuzzer + ASan/UBSan
 *   make fuzz-replay FILES="crash-…"  gcc + ASan, no clang needed
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int discard(const char *data, size_t len, void *user)
{
    size_t *total = user;
    (void)data;
    *total += len;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    unsigned options = 0;
    if (data[0] & 1)
        options |= BULLETIN_OPT_KEEP_PUNCTUATION;
    if (data[0] & 2)
        options |= BULLETIN_OPT_STRICT;
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    bulletin_status st =
        bulletin_parse((const char *)data + 1, size - 1, "fuzz", options, NULL, &doc, &diag);
    if (st != BULLETIN_OK) {
        if (doc || diag.status != st)
            abort(); /* a failed parse returns no document and says why */
        return 0;
    }
    if (bulletin_doc_check(doc, &diag) != BULLETIN_OK)
        abort();
    /* Every figure's span lies inside its node's text. */
    for (size_t i = 0; i < bulletin_doc_figure_count(doc); i++) {
        bulletin_figure f;
        size_t len;
        if (bulletin_doc_figure(doc, i, &f) != BULLETIN_OK)
            abort();
        bulletin_node_text(f.node, &len);
        if (f.offset + f.length > len || (f.link != BULLETIN_NO_LINK && f.link >= i))
            abort();
    }
    bulletin_render_opts opts;
    bulletin_render_opts_init(&opts);
    opts.epoch = 0;
#ifdef FUZZ_DATA_DIR
    opts.fonts_dir = FUZZ_DATA_DIR "/fonts";
    opts.templates_dir = FUZZ_DATA_DIR "/templates";
#endif
    for (const bulletin_backend *b = bulletin_backends; b->name; b++) {
        size_t total = 0;
        st = b->render(doc, &opts, discard, &total, &diag);
        if (st == BULLETIN_OK && total == 0)
            abort(); /* success writes something */
    }
    bulletin_doc_free(doc);
    return 0;
}
