/*
 * export.c - a bulletin to PDF and XLSX through libbulletin alone.
 *
 *     cc export.c $(pkg-config --cflags --libs bulletin) -o export
 *     ./export IN.txt OUTDIR [DATADIR]
 *
 * DATADIR holds fonts/ and templates/ (default: where the library was
 * installed, bulletin_data_dir()).  The workbook cites the PDF's pages:
 * the PDF is rendered first with a page map that the workbook reads.
 */
#include <stdio.h>
#include <string.h>

#include <bulletin.h>

static int to_file(const char *data, size_t len, void *user)
{
    return fwrite(data, 1, len, user) == len ? 0 : -1;
}

static int render(const char *path, const bulletin_doc *doc, const bulletin_render_opts *opts,
                  bulletin_status (*fn)(const bulletin_doc *, const bulletin_render_opts *,
                                        bulletin_sink, void *, bulletin_diag *))
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        perror(path);
        return 1;
    }
    bulletin_diag diag;
    bulletin_status st = fn(doc, opts, to_file, f, &diag);
    if (fclose(f) != 0 && st == BULLETIN_OK)
        st = BULLETIN_ERR_IO;
    if (st != BULLETIN_OK) {
        char msg[1024];
        bulletin_diag_format(&diag, msg, sizeof msg);
        fprintf(stderr, "export: %s: %s\n", path, msg);
        return 1;
    }
    printf("%s\n", path);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: export IN.txt OUTDIR [DATADIR]\n");
        return 2;
    }
    const char *data = argc > 3 ? argv[3] : bulletin_data_dir();
    bulletin_doc *doc;
    bulletin_diag diag;
    if (bulletin_parse_file(argv[1], BULLETIN_OPT_DEFAULT, NULL, &doc, &diag) != BULLETIN_OK) {
        char msg[1024];
        bulletin_diag_format(&diag, msg, sizeof msg);
        fprintf(stderr, "export: %s\n", msg);
        return 1;
    }
    char fonts[4096], templates[4096], pdf[4096], xlsx[4096];
    snprintf(fonts, sizeof fonts, "%s/fonts", data);
    snprintf(templates, sizeof templates, "%s/templates", data);
    snprintf(pdf, sizeof pdf, "%s/example.pdf", argv[2]);
    snprintf(xlsx, sizeof xlsx, "%s/example.xlsx", argv[2]);

    bulletin_render_opts opts;
    bulletin_render_opts_init(&opts);
    opts.fonts_dir = fonts;
    opts.templates_dir = templates;
    bulletin_pages *pages = bulletin_pages_new(doc);
    opts.on_place = bulletin_pages_place;
    opts.place_user = pages;
    int rc = render(pdf, doc, &opts, bulletin_render_pdf);
    opts.on_place = NULL;
    opts.pages = pages;
    if (rc == 0)
        rc = render(xlsx, doc, &opts, bulletin_render_xlsx);
    printf("bulletin %s: %zu figures, %d pages\n", bulletin_version(),
           bulletin_doc_figure_count(doc), bulletin_pages_count(pages));
    bulletin_pages_free(pages);
    bulletin_doc_free(doc);
    return rc;
}
