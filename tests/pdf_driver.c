/*
 * pdf_driver.c - a stand-in for `bulletin export -t pdf` until the CLI has
 * it: parses FILE and writes its PDF to OUT.  Used by tests/run_pdf_checks.sh.
 *
 *   pdf_driver [--strict] [--epoch N] [--template NAME|FILE] FILE OUT
 *   pdf_driver --text FILE     the text the PDF should carry, one block a
 *                              line (title, subtitle, numbering + heading,
 *                              paragraphs, table rows): the oracle of the
 *                              text checks
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin.h"

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

static int print_text(const bulletin_doc *doc)
{
    bulletin_iter it;
    bulletin_event ev;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE) {
        const bulletin_node *n = bulletin_iter_node(&it);
        bulletin_node_type t = bulletin_node_get_type(n);
        if (t == BULLETIN_NODE_ROW) {
            if (ev == BULLETIN_EV_EXIT)
                putchar('\n');
            continue;
        }
        if (ev != BULLETIN_EV_ENTER)
            continue;
        if (t == BULLETIN_NODE_TITLE) {
            const char *sub = bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE);
            printf("%s\n", bulletin_node_text(n, NULL));
            if (sub && *sub)
                printf("%s\n", sub);
        } else if (t == BULLETIN_NODE_SECTION) {
            printf("%s%s\n", bulletin_node_numbering(n), bulletin_node_text(n, NULL));
        } else if (t == BULLETIN_NODE_PARAGRAPH) {
            printf("%s\n", bulletin_node_text(n, NULL));
        } else if (t == BULLETIN_NODE_CELL) {
            fputs(bulletin_node_text(n, NULL), stdout);
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
    bool text = false;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--text"))
            text = true;
        else if (!strcmp(argv[i], "--strict"))
            o.flags |= BULLETIN_RENDER_STRICT;
        else if (!strcmp(argv[i], "--epoch") && i + 1 < argc)
            o.epoch = atoll(argv[++i]);
        else if (!strcmp(argv[i], "--template") && i + 1 < argc)
            o.template_name = argv[++i];
    }
    if (argc - i != (text ? 1 : 2)) {
        fprintf(stderr, "usage: pdf_driver [--strict] [--epoch N] [--template NAME|FILE] FILE OUT\n"
                        "       pdf_driver --text FILE\n");
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
        int rc = print_text(doc);
        bulletin_doc_free(doc);
        return rc;
    }
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
