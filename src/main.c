/*
 * main.c - the bulletin command line.  The only file that prints or exits.
 *
 * Exit status: 0 success, 1 input/render/I/O failure, 2 usage error.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulletin.h"

#define EXIT_FAIL 1
#define EXIT_USAGE 2

/* ========================================================================
 * Options: one table, from which --help is printed
 * ====================================================================== */

enum cmd { CMD_NONE = 0, CMD_EXPORT = 1, CMD_CHECK = 2, CMD_DUMP = 4, CMD_FIGURES = 8 };
#define CMD_ALL (CMD_EXPORT | CMD_CHECK | CMD_DUMP | CMD_FIGURES)

enum opt_id {
    OPT_OUTPUT, OPT_TO, OPT_TEMPLATE, OPT_JOBS, OPT_KEEP_PUNCT, OPT_STRICT,
    OPT_ALL, OPT_QUIET, OPT_HELP, OPT_VERSION
};

typedef struct {
    char short_name;
    const char *long_name;
    const char *arg; /* NULL: a flag */
    enum opt_id id;
    unsigned cmds;   /* the commands that take it */
    const char *help;
} option;

static const option options[] = {
    {'o', "output", "PATH", OPT_OUTPUT, CMD_EXPORT | CMD_DUMP | CMD_FIGURES,
     "export: output directory (default: output); dump, figures: output file; '-' = stdout"},
    {'t', "to", "FORMATS", OPT_TO, CMD_EXPORT,
     "export formats, comma-separated: pdf, xlsx, tsv, dump (default: pdf,xlsx)"},
    {0, "template", "NAME|FILE", OPT_TEMPLATE, CMD_EXPORT,
     "layout template: templates/NAME.ini or a path"},
    {'j', "jobs", "N", OPT_JOBS, CMD_EXPORT, "parallel jobs (default: the number of cores)"},
    {0, "keep-punctuation", NULL, OPT_KEEP_PUNCT, CMD_ALL,
     "keep ASCII punctuation and spaces as written (no normalisation)"},
    {0, "strict", NULL, OPT_STRICT, CMD_ALL, "treat warnings as errors"},
    {0, "all", NULL, OPT_ALL, CMD_FIGURES,
     "also print counts in Chinese numerals and identifiers"},
    {'q', "quiet", NULL, OPT_QUIET, CMD_ALL, "print no warnings"},
    {'h', "help", NULL, OPT_HELP, CMD_ALL, "display this help and exit"},
    {'V', "version", NULL, OPT_VERSION, CMD_ALL, "output version information and exit"},
};
#define NOPTIONS (sizeof options / sizeof *options)

static const struct {
    const char *name;
    enum cmd cmd;
    const char *synopsis, *help;
} commands[] = {
    {"export", CMD_EXPORT, "[-o DIR] [-t FORMATS] [--template NAME|FILE] [-j N] FILE|DIR...",
     "typeset each bulletin (a DIR means its *.txt) into DIR"},
    {"check", CMD_CHECK, "FILE...", "parse and validate only; print warnings"},
    {"dump", CMD_DUMP, "[-o FILE] FILE", "print the document model, one node a line"},
    {"figures", CMD_FIGURES, "[-o FILE] [--all] FILE", "print every figure of the text as TSV"},
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static void print_help(void)
{
    printf("Usage: bulletin COMMAND [OPTION]... FILE...\n"
           "Turn Chinese government bulletins into a typeset PDF and a workbook of figures.\n"
           "FILE '-' means standard input.\n\nCommands:\n");
    for (size_t i = 0; i < NCOMMANDS; i++)
        printf("  bulletin %s %s\n      %s\n", commands[i].name, commands[i].synopsis,
               commands[i].help);
    printf("\nOptions:\n");
    for (size_t i = 0; i < NOPTIONS; i++) {
        const option *o = &options[i];
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->long_name,
                     o->arg ? "=" : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->long_name, o->arg ? "=" : "",
                     o->arg ? o->arg : "");
        printf("  %-30s %s\n", left, o->help);
    }
    printf("\nExit status: 0 success, 1 input, render or I/O failure, 2 usage error.\n");
}

__attribute__((format(printf, 1, 2))) static int usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "bulletin: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nTry 'bulletin --help' for more information.\n");
    va_end(ap);
    return EXIT_USAGE;
}

typedef struct {
    enum cmd cmd;
    const char *output;
    const char *formats;
    const char *template_name;
    long jobs;
    unsigned parse_options;
    int all, quiet;
    char **files;
    int nfiles;
} cli;

static const option *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (strlen(options[i].long_name) == len && strncmp(options[i].long_name, name, len) == 0)
            return &options[i];
    return NULL;
}

static const option *find_short(char c)
{
    for (size_t i = 0; i < NOPTIONS; i++)
        if (options[i].short_name == c)
            return &options[i];
    return NULL;
}

/* Applies one option; returns -1 to go on, else an exit status. */
static int apply(cli *c, const option *o, const char *val, const char *spelled)
{
    if (c->cmd != CMD_NONE && !(o->cmds & c->cmd))
        return usage_error("option '%s' does not apply to this command", spelled);
    switch (o->id) {
    case OPT_OUTPUT: c->output = val; break;
    case OPT_TO: c->formats = val; break;
    case OPT_TEMPLATE: c->template_name = val; break;
    case OPT_JOBS: {
        char *end;
        errno = 0;
        long n = strtol(val, &end, 10);
        if (errno || *end || n < 1 || n > 256)
            return usage_error("invalid number of jobs '%s' (1 to 256)", val);
        c->jobs = n;
        break;
    }
    case OPT_KEEP_PUNCT: c->parse_options |= BULLETIN_OPT_KEEP_PUNCTUATION; break;
    case OPT_STRICT: c->parse_options |= BULLETIN_OPT_STRICT; break;
    case OPT_ALL: c->all = 1; break;
    case OPT_QUIET: c->quiet = 1; break;
    case OPT_HELP: print_help(); return 0;
    case OPT_VERSION:
        printf("bulletin %s\n", BULLETIN_VERSION);
        return 0;
    }
    return -1;
}

/* Parses argv into `c`; returns -1 to go on, else an exit status. */
static int parse_args(cli *c, int argc, char **argv)
{
    c->files = argv;
    c->nfiles = 0;
    bool only_files = false;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i];
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            if (c->cmd == CMD_NONE) {
                for (size_t k = 0; k < NCOMMANDS; k++)
                    if (strcmp(a, commands[k].name) == 0)
                        c->cmd = commands[k].cmd;
                if (c->cmd == CMD_NONE)
                    return usage_error("unknown command '%s'", a);
                continue;
            }
            c->files[c->nfiles++] = a; /* argv entries before i are consumed */
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_files = true;
            continue;
        }
        int r;
        if (a[1] == '-') {
            const char *name = a + 2;
            const char *eq = strchr(name, '=');
            size_t len = eq ? (size_t)(eq - name) : strlen(name);
            const option *o = find_long(name, len);
            if (!o)
                return usage_error("unrecognized option '%s'", a);
            const char *val = NULL;
            if (o->arg) {
                if (eq)
                    val = eq + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else
                    return usage_error("option '%s' requires an argument", a);
            } else if (eq) {
                return usage_error("option '%s' takes no argument", a);
            }
            if ((r = apply(c, o, val, a)) >= 0)
                return r;
        } else {
            for (char *p = a + 1; *p; p++) {
                const option *o = find_short(*p);
                char spelled[3] = {'-', *p, 0};
                if (!o)
                    return usage_error("invalid option '%s'", spelled);
                const char *val = NULL;
                if (o->arg) {
                    if (p[1])
                        val = p + 1;
                    else if (i + 1 < argc)
                        val = argv[++i];
                    else
                        return usage_error("option '%s' requires an argument", spelled);
                }
                if ((r = apply(c, o, val, spelled)) >= 0)
                    return r;
                if (val)
                    break;
            }
        }
    }
    return -1;
}

/* ========================================================================
 * Output: atomic files
 * ====================================================================== */

/* An output in progress: a temporary file beside the target, renamed over
 * it only when everything was written.  stdout when path is "-". */
typedef struct {
    const char *path;
    char *tmp;
    FILE *f;
    int failed;
} out_file;

static int out_open(out_file *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    if (strcmp(path, "-") == 0) {
        o->f = stdout;
        return 0;
    }
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    size_t n = dirlen + strlen(base) + 16;
    o->tmp = malloc(n);
    if (!o->tmp)
        return -1;
    snprintf(o->tmp, n, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    fchmod(fd, 0644);
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        close(fd);
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    return 0;
}

static int out_sink(const char *data, size_t len, void *user)
{
    out_file *o = user;
    if (fwrite(data, 1, len, o->f) != len) {
        o->failed = 1;
        return -1;
    }
    return 0;
}

/* Finishes the output: on success flushes, syncs and renames; otherwise
 * removes the temporary file and leaves any old output as it was.
 * Returns 0 on success. */
static int out_close(out_file *o, int ok)
{
    int rc = 0;
    if (o->f == stdout) {
        if (fflush(stdout) != 0 || ferror(stdout))
            rc = -1;
        return ok && !o->failed ? rc : -1;
    }
    if (ok && !o->failed) {
        if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0)
            rc = -1;
    }
    if (fclose(o->f) != 0)
        rc = -1;
    if (ok && !o->failed && rc == 0) {
        if (rename(o->tmp, o->path) != 0)
            rc = -1;
    } else {
        rc = -1;
    }
    if (rc != 0) {
        int saved = errno;
        unlink(o->tmp);
        errno = saved;
    }
    free(o->tmp);
    o->tmp = NULL;
    return rc;
}

/* ========================================================================
 * Commands
 * ====================================================================== */

static void print_diag(const bulletin_diag *d)
{
    char buf[1024];
    bulletin_diag_format(d, buf, sizeof buf);
    fprintf(stderr, "bulletin: %s\n", buf);
}

static void print_warnings(const cli *c, const bulletin_doc *doc)
{
    if (c->quiet)
        return;
    size_t n = bulletin_doc_warning_count(doc);
    for (size_t i = 0; i < n; i++)
        print_diag(bulletin_doc_warning(doc, i));
    if (bulletin_doc_warnings_dropped(doc))
        fprintf(stderr, "bulletin: %s: %zu more warnings not shown\n", bulletin_doc_path(doc),
                bulletin_doc_warnings_dropped(doc));
}

/* Parses one file; prints its warnings or its error.  NULL on failure. */
static bulletin_doc *load(const cli *c, const char *path)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    bulletin_status st = bulletin_parse_file(path, c->parse_options, NULL, &doc, &diag);
    if (st != BULLETIN_OK) {
        if (!diag.path && strcmp(path, "-") != 0)
            diag.path = path;
        print_diag(&diag);
        return NULL;
    }
    print_warnings(c, doc);
    return doc;
}

static int cmd_check(const cli *c)
{
    if (c->nfiles == 0)
        return usage_error("%s", "check: no input file");
    int rc = 0;
    for (int i = 0; i < c->nfiles; i++) {
        bulletin_doc *doc = load(c, c->files[i]);
        if (!doc)
            rc = EXIT_FAIL;
        bulletin_doc_free(doc);
    }
    return rc;
}

static int write_dump(const bulletin_doc *doc, const char *path)
{
    out_file o;
    if (out_open(&o, path) != 0) {
        fprintf(stderr, "bulletin: %s: cannot create: %s\n", path, strerror(errno));
        return EXIT_FAIL;
    }
    bulletin_diag diag;
    bulletin_status st = bulletin_render_dump(doc, out_sink, &o, &diag);
    if (out_close(&o, st == BULLETIN_OK) != 0) {
        if (st != BULLETIN_OK && st != BULLETIN_ERR_IO)
            print_diag(&diag);
        else
            fprintf(stderr, "bulletin: %s: write failed: %s\n", path, strerror(errno));
        return EXIT_FAIL;
    }
    return 0;
}

static int cmd_dump(const cli *c)
{
    if (c->nfiles != 1)
        return usage_error("%s", "dump: exactly one input file expected");
    bulletin_doc *doc = load(c, c->files[0]);
    if (!doc)
        return EXIT_FAIL;
    int rc = write_dump(doc, c->output ? c->output : "-");
    bulletin_doc_free(doc);
    return rc;
}

static int cmd_figures(const cli *c)
{
    if (c->nfiles != 1)
        return usage_error("%s", "figures: exactly one input file expected");
    bulletin_doc *doc = load(c, c->files[0]);
    if (!doc)
        return EXIT_FAIL;
    const char *path = c->output ? c->output : "-";
    out_file o;
    int rc = 0;
    if (out_open(&o, path) != 0) {
        fprintf(stderr, "bulletin: %s: cannot create: %s\n", path, strerror(errno));
        bulletin_doc_free(doc);
        return EXIT_FAIL;
    }
    bulletin_diag diag;
    bulletin_status st = bulletin_render_figures_tsv(doc, c->all, out_sink, &o, &diag);
    if (out_close(&o, st == BULLETIN_OK) != 0) {
        if (st != BULLETIN_OK && st != BULLETIN_ERR_IO)
            print_diag(&diag);
        else
            fprintf(stderr, "bulletin: %s: write failed: %s\n", path, strerror(errno));
        rc = EXIT_FAIL;
    }
    bulletin_doc_free(doc);
    return rc;
}

/* --- export ---------------------------------------------------------- */

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct {
    char **v;
    size_t n, cap;
} strlist;

static int strlist_add(strlist *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    if (!(l->v[l->n] = strdup(s)))
        return -1;
    l->n++;
    return 0;
}

static void strlist_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* Expands a directory into its *.txt files, sorted by name. */
static int expand_input(strlist *l, const char *path)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return strlist_add(l, path);
    DIR *d = opendir(path);
    if (!d)
        return -1;
    size_t first = l->n;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, ".txt"))
            continue;
        char full[4096];
        snprintf(full, sizeof full, "%s%s%s", path, ends_with(path, "/") ? "" : "/", e->d_name);
        if (strlist_add(l, full) != 0) {
            closedir(d);
            return -1;
        }
    }
    closedir(d);
    qsort(l->v + first, l->n - first, sizeof *l->v, cmp_str);
    return 0;
}

/* The output name stem of an input: its base name without ".txt". */
static void stem_of(const char *path, char *out, size_t size)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strcmp(path, "-") == 0)
        base = "stdin";
    snprintf(out, size, "%s", base);
    if (ends_with(out, ".txt"))
        out[strlen(out) - 4] = '\0';
}

/* SOURCE_DATE_EPOCH, when set to a number; else -1. */
static long long source_date_epoch(void)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (!e || !*e)
        return -1;
    char *end;
    errno = 0;
    long long v = strtoll(e, &end, 10);
    if (errno || *end || v < 0)
        return -1;
    return v;
}

static void print_warning_cb(void *user, const bulletin_diag *d)
{
    const cli *c = user;
    if (!c->quiet)
        print_diag(d);
}

/* Renders one backend's output to DIR/STEM.EXT atomically. */
static int export_one(const cli *c, const bulletin_doc *doc, const bulletin_backend *b,
                      const bulletin_render_opts *opts, const char *dir, const char *stem)
{
    char path[4096];
    snprintf(path, sizeof path, "%s%s%s%s", dir, ends_with(dir, "/") ? "" : "/", stem, b->ext);
    out_file o;
    /* The temporary file is created before the work: an unwritable
     * directory fails at once, not after rendering. */
    if (out_open(&o, path) != 0) {
        fprintf(stderr, "bulletin: %s: cannot create: %s\n", path, strerror(errno));
        return EXIT_FAIL;
    }
    bulletin_diag diag;
    bulletin_diag_clear(&diag);
    bulletin_status st = b->render(doc, opts, out_sink, &o, &diag);
    if (out_close(&o, st == BULLETIN_OK) != 0) {
        if (st != BULLETIN_OK && !(st == BULLETIN_ERR_IO && o.failed)) {
            if (!diag.path)
                diag.path = bulletin_doc_path(doc);
            print_diag(&diag);
        } else {
            fprintf(stderr, "bulletin: %s: write failed: %s\n", path, strerror(errno));
        }
        return EXIT_FAIL;
    }
    (void)c;
    return 0;
}

static int cmd_export(const cli *c)
{
    if (c->nfiles == 0)
        return usage_error("%s", "export: no input file or directory");
    const char *formats = c->formats ? c->formats : "pdf,xlsx";
    /* The requested backends, in the table's order (a PDF before the
     * workbook that cites its pages). */
    int want[16] = {0};
    char fmtbuf[256];
    snprintf(fmtbuf, sizeof fmtbuf, "%s", formats);
    for (char *save = NULL, *f = strtok_r(fmtbuf, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        const bulletin_backend *b = bulletin_backend_find(f);
        if (!b) {
            if (strcmp(f, "pdf") == 0 || strcmp(f, "json") == 0) {
                fprintf(stderr, "bulletin: export: %s output is not built yet\n", f);
                return EXIT_USAGE;
            }
            return usage_error("export: unknown format '%s'", f);
        }
        want[b - bulletin_backends] = 1;
    }
    const char *dir = c->output ? c->output : "output";
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "bulletin: %s: not a directory\n", dir);
        return EXIT_FAIL;
    }

    strlist in = {0};
    for (int i = 0; i < c->nfiles; i++) {
        if (expand_input(&in, c->files[i]) != 0) {
            fprintf(stderr, "bulletin: %s: %s\n", c->files[i], strerror(errno));
            strlist_free(&in);
            return EXIT_FAIL;
        }
    }
    /* Two inputs that would write the same output are refused up front. */
    for (size_t i = 0; i < in.n; i++) {
        char a[1024], b[1024];
        stem_of(in.v[i], a, sizeof a);
        for (size_t j = i + 1; j < in.n; j++) {
            stem_of(in.v[j], b, sizeof b);
            if (strcmp(a, b) == 0) {
                fprintf(stderr, "bulletin: %s and %s would both write %s/%s.*\n", in.v[i],
                        in.v[j], dir, a);
                strlist_free(&in);
                return EXIT_USAGE;
            }
        }
    }
    bulletin_render_opts opts;
    bulletin_render_opts_init(&opts);
    opts.template_name = c->template_name;
    opts.epoch = source_date_epoch();
    opts.flags = (c->parse_options & BULLETIN_OPT_STRICT) ? BULLETIN_RENDER_STRICT : 0;
    opts.on_warning = print_warning_cb;
    opts.warning_user = (void *)c;

    size_t failed = 0;
    for (size_t i = 0; i < in.n; i++) {
        bulletin_doc *doc = load(c, in.v[i]);
        if (!doc) {
            failed++;
            continue;
        }
        char stem[1024];
        stem_of(in.v[i], stem, sizeof stem);
        bulletin_pages *pages = bulletin_pages_new(doc);
        opts.on_place = bulletin_pages_place;
        opts.place_user = pages;
        opts.pages = pages;
        int bad = !pages;
        for (size_t k = 0; !bad && bulletin_backends[k].name; k++)
            if (want[k] && export_one(c, doc, &bulletin_backends[k], &opts, dir, stem) != 0)
                bad = 1;
        failed += bad;
        bulletin_pages_free(pages);
        bulletin_doc_free(doc);
    }
    if (failed || in.n > 1)
        fprintf(stderr, "bulletin: %zu exported, %zu failed\n", in.n - failed, failed);
    strlist_free(&in);
    return failed ? EXIT_FAIL : 0;
}

int main(int argc, char **argv)
{
    cli c;
    memset(&c, 0, sizeof c);
    int r = parse_args(&c, argc, argv);
    if (r >= 0)
        return r;
    switch (c.cmd) {
    case CMD_EXPORT: return cmd_export(&c);
    case CMD_CHECK: return cmd_check(&c);
    case CMD_DUMP: return cmd_dump(&c);
    case CMD_FIGURES: return cmd_figures(&c);
    default: return usage_error("%s", "no command given");
    }
}
