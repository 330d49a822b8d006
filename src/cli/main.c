/*
 * main.c - the bulletin command line.  The only file that prints or exits.
 *
 * Exit status: 0 success, 1 input/render/I/O failure, 2 usage error.
 */
#include <dirent.h>
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulletin.h"
#include "base/startup.h"
#include "base/thread.h"

#define EXIT_FAIL 1
#define EXIT_USAGE 2

/* ========================================================================
 * Options: one table, from which --help is printed
 * ====================================================================== */

enum cmd {
    CMD_NONE = 0, CMD_EXPORT = 1, CMD_CHECK = 2, CMD_DUMP = 4, CMD_FIGURES = 8, CMD_TEMPLATES = 16,
    CMD_COMBINE = 32
};
#define CMD_ALL (CMD_EXPORT | CMD_CHECK | CMD_DUMP | CMD_FIGURES | CMD_TEMPLATES | CMD_COMBINE)

enum opt_id {
    OPT_OUTPUT = 256, OPT_TO, OPT_TEMPLATE, OPT_JOBS, OPT_RECURSIVE, OPT_COMBINED, OPT_SHARD,
    OPT_KEEP_PUNCT, OPT_KEEP_LINES, OPT_STRICT, OPT_PDFA, OPT_ALL, OPT_QUIET, OPT_VERBOSE, OPT_HELP,
    OPT_VERSION
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
    {'o', "output", "PATH", OPT_OUTPUT, CMD_EXPORT | CMD_DUMP | CMD_FIGURES | CMD_COMBINE,
     "export: the output folder, created if missing (default: output), or with one input the "
     "file NAME.pdf|.xlsx|.json|.tsv; dump, figures, combine: the output file; '-' = stdout"},
    {'t', "to", "FORMATS", OPT_TO, CMD_EXPORT,
     "export formats, comma-separated, any case; repeatable (below)"},
    {0, "template", "NAME|FILE", OPT_TEMPLATE, CMD_EXPORT,
     "layout template: templates/NAME.ini or a path"},
    {'j', "jobs", "N", OPT_JOBS, CMD_EXPORT, "parallel jobs (default: the number of cores)"},
    {'r', "recursive", NULL, OPT_RECURSIVE, CMD_EXPORT | CMD_COMBINE,
     "take the *.txt (combine: *.json) of subfolders too"},
    {0, "combined", "FILE.xlsx", OPT_COMBINED, CMD_EXPORT,
     "also write one workbook with the figures of all inputs"},
    {0, "shard", "K/N", OPT_SHARD, CMD_EXPORT,
     "export only the K-th of N slices of the inputs (1 <= K <= N), by sorted path"},
    {0, "keep-punctuation", NULL, OPT_KEEP_PUNCT, CMD_ALL,
     "keep ASCII punctuation and spaces as written (no normalisation)"},
    {0, "keep-lines", NULL, OPT_KEEP_LINES, CMD_ALL,
     "keep every line as written: no joining of hard-wrapped lines"},
    {0, "strict", NULL, OPT_STRICT, CMD_ALL, "treat warnings as errors"},
    {0, "pdfa", NULL, OPT_PDFA, CMD_EXPORT,
     "write PDF/A-2u (archival: sRGB output intent, XMP pdfaid)"},
    {0, "all", NULL, OPT_ALL, CMD_FIGURES,
     "also print counts in Chinese numerals and identifiers"},
    {'q', "quiet", NULL, OPT_QUIET, CMD_ALL, "print errors only"},
    {'v', "verbose", NULL, OPT_VERBOSE, CMD_EXPORT, "print one line per file with timings"},
    {'h', "help", NULL, OPT_HELP, CMD_ALL, "display this help and exit"},
    {'V', "version", NULL, OPT_VERSION, CMD_ALL, "output version information and exit"},
};
#define NOPTIONS (sizeof options / sizeof *options)

static const struct {
    const char *name;
    enum cmd cmd;
    const char *synopsis, *help;
} commands[] = {
    {"export", CMD_EXPORT,
     "[-o DIR|FILE] [-t FORMATS] [--template NAME|FILE] [-j N] [-r] [--combined FILE.xlsx]\n"
     "                 [--shard K/N] FILE|DIR...",
     "typeset each bulletin (a DIR means its *.txt) into DIR"},
    {"check", CMD_CHECK, "FILE...", "parse and validate only; print warnings"},
    {"dump", CMD_DUMP, "[-o FILE] FILE", "print the document model, one node a line"},
    {"figures", CMD_FIGURES, "[-o FILE] [--all] FILE", "print every figure of the text as TSV"},
    {"templates", CMD_TEMPLATES, "", "list the layout templates with a one-line description"},
    {"combine", CMD_COMBINE, "-o FILE.xlsx DIR|FILE.json...",
     "one workbook from the JSON exports of many bulletins (CI shards)"},
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
    printf("\nFormats (-t):\n");
    for (const bulletin_backend *b = bulletin_backends; b->name; b++)
        printf("  %-6s NAME%-13s %s%s\n", b->name, b->ext, b->description,
               b->flags & BULLETIN_BACKEND_DEFAULT ? " (default)" : "");
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
    unsigned formats; /* backend bits, from every -t */
    const char *template_name;
    long shard_k, shard_n; /* --shard K/N; 0: none */
    long jobs;
    unsigned parse_options;
    unsigned render_flags; /* BULLETIN_RENDER_*: --pdfa */
    int all, quiet, verbose, recursive;
    const char *combined;
    char **files;
    int nfiles;
} cli;

/* The formats named in one -t (any case), added to `bits`; -1 with a usage
 * error. */
static int add_formats(const char *list, unsigned *bits)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *p = buf; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    int n = 0;
    for (char *save = NULL, *f = strtok_r(buf, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        const bulletin_backend *b = bulletin_backend_find(f);
        if (!b) {
            char names[256];
            size_t k = 0;
            names[0] = '\0';
            for (const bulletin_backend *e = bulletin_backends; e->name; e++)
                k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", k ? ", " : "",
                                      e->name);
            usage_error("unknown format '%s' (%s)", f, names);
            return -1;
        }
        *bits |= 1u << (b - bulletin_backends);
        n++;
    }
    if (!n) {
        usage_error("%s", "no output format in -t");
        return -1;
    }
    return 0;
}

/* Applies one option; returns -1 to go on, else an exit status. */
static int apply(cli *c, const option *o, const char *val)
{
    switch (o->id) {
    case OPT_OUTPUT: c->output = val; break;
    case OPT_TO:
        if (add_formats(val, &c->formats) != 0)
            return EXIT_USAGE;
        break;
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
    case OPT_SHARD: {
        long k, n;
        char tail;
        if (sscanf(val, "%ld/%ld%c", &k, &n, &tail) != 2 || n < 1 || n > 100000 || k < 1 || k > n)
            return usage_error("invalid shard '%s' (K/N with 1 <= K <= N)", val);
        c->shard_k = k;
        c->shard_n = n;
        break;
    }
    case OPT_KEEP_PUNCT: c->parse_options |= BULLETIN_OPT_KEEP_PUNCTUATION; break;
    case OPT_KEEP_LINES: c->parse_options |= BULLETIN_OPT_KEEP_LINES; break;
    case OPT_STRICT: c->parse_options |= BULLETIN_OPT_STRICT; break;
    case OPT_PDFA: c->render_flags |= BULLETIN_RENDER_PDFA; break;
    case OPT_ALL: c->all = 1; break;
    case OPT_QUIET: c->quiet = 1; break;
    case OPT_VERBOSE: c->verbose = 1; break;
    case OPT_RECURSIVE: c->recursive = 1; break;
    case OPT_COMBINED: c->combined = val; break;
    case OPT_HELP: print_help(); return 0;
    case OPT_VERSION:
        printf("bulletin %s\n", bulletin_version());
        return 0;
    }
    return -1;
}

/* Parses argv with getopt_long (GNU: options anywhere, long options
 * abbreviated to any unambiguous prefix, "--" ends them); the first
 * operand is the command.  Returns -1 to go on, else an exit status. */
static int parse_args(cli *c, int argc, char **argv)
{
    struct option longopts[NOPTIONS + 1];
    char shortopts[2 * NOPTIONS + 3];
    size_t ns = 0;
    shortopts[ns++] = ':'; /* a missing argument returns ':' */
    for (size_t i = 0; i < NOPTIONS; i++) {
        longopts[i] = (struct option){options[i].long_name,
                                      options[i].arg ? required_argument : no_argument, NULL,
                                      options[i].id};
        if (options[i].short_name) {
            shortopts[ns++] = options[i].short_name;
            if (options[i].arg)
                shortopts[ns++] = ':';
        }
    }
    longopts[NOPTIONS] = (struct option){NULL, 0, NULL, 0};
    shortopts[ns] = '\0';
    /* the options seen, checked against the command once it is known */
    const option *seen[64];
    const char *spelled[64];
    size_t nseen = 0;
    opterr = 0;
    optind = 1;
    int ch, longindex;
    while ((ch = getopt_long(argc, argv, shortopts, longopts, &longindex)) != -1) {
        const char *arg = argv[optind - 1];
        if (ch == '?') {
            if (optopt && optopt < 256)
                return usage_error("invalid option '-%c'", optopt);
            return usage_error("unrecognized or ambiguous option '%s'", arg);
        }
        if (ch == ':') {
            if (optopt && optopt < 256)
                return usage_error("option '-%c' requires an argument", optopt);
            return usage_error("option '%s' requires an argument", arg);
        }
        const option *o = NULL;
        for (size_t i = 0; i < NOPTIONS && !o; i++)
            if ((int)options[i].id == ch || (ch < 256 && options[i].short_name == ch))
                o = &options[i];
        if (!o)
            return usage_error("invalid option '%s'", arg);
        if (nseen < 64) {
            seen[nseen] = o;
            spelled[nseen++] = arg;
        }
        int r = apply(c, o, optarg);
        if (r >= 0)
            return r;
    }
    if (optind >= argc)
        return usage_error("%s", "no command given");
    const char *name = argv[optind++];
    for (size_t k = 0; k < NCOMMANDS; k++)
        if (strcmp(name, commands[k].name) == 0)
            c->cmd = commands[k].cmd;
    if (c->cmd == CMD_NONE)
        return usage_error("unknown command '%s'", name);
    for (size_t i = 0; i < nseen; i++)
        if (!(seen[i]->cmds & c->cmd))
            return usage_error("option '%s' does not apply to '%s'", spelled[i], name);
    c->files = argv + optind;
    c->nfiles = argc - optind;
    return -1;
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

/* A diagnostic about a file as a whole (an output that cannot be
 * created): "bulletin: FILE: MESSAGE", as cp and tar say it. */
static void print_file_diag(const bulletin_diag *d)
{
    if (d->file[0] && !d->line)
        fprintf(stderr, "bulletin: %s: %s\n", d->file, d->message);
    else if (!d->file[0] && !d->path)
        fprintf(stderr, "bulletin: %s\n", d->message);
    else
        print_diag(d);
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
        if (!diag.path && !diag.file[0] && strcmp(path, "-") != 0)
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

/* Renders one input with `render` into `path` (atomically; "-" is
 * stdout): the dump and figures commands. */
static int write_one(const cli *c, const char *path,
                     bulletin_status (*render)(const cli *c, const bulletin_doc *doc,
                                               bulletin_sink sink, void *user,
                                               bulletin_diag *diag))
{
    struct stat si, so;
    if (strcmp(path, "-") != 0 && strcmp(c->files[0], "-") != 0 && stat(c->files[0], &si) == 0 &&
        stat(path, &so) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino)
        return usage_error("%s would overwrite the input %s", path, c->files[0]);
    bulletin_doc *doc = load(c, c->files[0]);
    if (!doc)
        return EXIT_FAIL;
    bulletin_output *out;
    bulletin_diag diag;
    int rc = 0;
    if (bulletin_output_open(path, &out, &diag) != BULLETIN_OK) {
        print_file_diag(&diag);
        bulletin_doc_free(doc);
        return EXIT_FAIL;
    }
    bulletin_diag_clear(&diag);
    bulletin_status st = render(c, doc, bulletin_output_sink, out, &diag);
    bulletin_diag cdiag;
    if (bulletin_output_close(out, st == BULLETIN_OK, &cdiag) != BULLETIN_OK ||
        st != BULLETIN_OK) {
        if (st != BULLETIN_OK && st != BULLETIN_ERR_IO)
            print_diag(&diag);
        else
            print_file_diag(&cdiag);
        rc = EXIT_FAIL;
    }
    bulletin_doc_free(doc);
    return rc;
}

static bulletin_status render_dump(const cli *c, const bulletin_doc *doc, bulletin_sink sink,
                                   void *user, bulletin_diag *diag)
{
    (void)c;
    return bulletin_render_dump(doc, sink, user, diag);
}

static bulletin_status render_figures(const cli *c, const bulletin_doc *doc, bulletin_sink sink,
                                      void *user, bulletin_diag *diag)
{
    return bulletin_render_figures_tsv(doc, c->all, sink, user, diag);
}

static int cmd_dump(const cli *c)
{
    if (c->nfiles != 1)
        return usage_error("%s", "dump: exactly one input file expected");
    return write_one(c, c->output ? c->output : "-", render_dump);
}

static int cmd_figures(const cli *c)
{
    if (c->nfiles != 1)
        return usage_error("%s", "figures: exactly one input file expected");
    return write_one(c, c->output ? c->output : "-", render_figures);
}

/* Where fonts/ and templates/ are (find_data_dir). */
typedef struct {
    char data[4300], fonts[4400], templates[4400];
} data_dirs;

static void set_data_dirs(data_dirs *d);

static void print_template(void *user, const char *name, const char *description,
                           const bulletin_diag *diag)
{
    int *failed = user;
    if (description) {
        printf("%-12s %s\n", name, description);
    } else {
        print_diag(diag);
        *failed = 1;
    }
}

static int cmd_templates(const cli *c)
{
    if (c->nfiles != 0)
        return usage_error("%s", "templates: takes no file");
    data_dirs d;
    set_data_dirs(&d);
    int failed = 0;
    if (bulletin_templates_list(d.templates, print_template, &failed) != BULLETIN_OK) {
        fprintf(stderr, "bulletin: templates: cannot read the folder: %s\n", strerror(errno));
        return EXIT_FAIL;
    }
    return failed ? EXIT_FAIL : 0;
}

/* --- data files -------------------------------------------------------- */


static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Whether `dir` holds the data: fonts/fonts.ini and templates/. */
static int has_data(const char *dir)
{
    char f[4200], t[4200];
    struct stat st;
    snprintf(f, sizeof f, "%s/fonts/fonts.ini", dir);
    snprintf(t, sizeof t, "%s/templates", dir);
    return stat(f, &st) == 0 && S_ISREG(st.st_mode) && is_dir(t);
}

/* Where fonts/ and templates/ are, never the current directory by
 * accident: $BULLETIN_DATA when set (the user's explicit choice); else
 * found from the program's own location: PREFIX/bin/bulletin ->
 * PREFIX/share/bulletin (an installed tree, wherever it was moved), or
 * the checkout a build runs from (build/bulletin, build/san/bulletin ->
 * the checkout); else the folder compiled in at installation. */
static void find_data_dir(char *out, size_t size)
{
    const char *env = getenv("BULLETIN_DATA");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0'; /* the program's folder */
            char share[4200];
            snprintf(share, sizeof share, "%s/../share/bulletin", exe);
            if (has_data(share)) {
                snprintf(out, size, "%s", share);
                return;
            }
            for (int up = 0; up < 2; up++) { /* build/, build/san/ */
                slash = strrchr(exe, '/');
                if (!slash)
                    break;
                *slash = '\0';
                char mk[4200];
                struct stat st;
                snprintf(mk, sizeof mk, "%s/src/bulletin.h", exe);
                if (has_data(exe) && stat(mk, &st) == 0) {
                    snprintf(out, size, "%s", exe);
                    return;
                }
            }
        }
    }
    snprintf(out, size, "%s", bulletin_data_dir());
}

static void set_data_dirs(data_dirs *d)
{
    find_data_dir(d->data, sizeof d->data);
    snprintf(d->fonts, sizeof d->fonts, "%s/fonts", d->data);
    snprintf(d->templates, sizeof d->templates, "%s/templates", d->data);
}

/* --- export ------------------------------------------------------------ */

static int progress_shown;

static void progress_clear(void)
{
    if (progress_shown) {
        fputs("\r\033[K", stderr);
        progress_shown = 0;
    }
}

/* The engine's messages: each line gets the program's name. */
static void on_message(void *user, const char *text, size_t len)
{
    (void)user;
    progress_clear();
    while (len) {
        const char *nl = memchr(text, '\n', len);
        size_t k = nl ? (size_t)(nl - text) + 1 : len;
        fputs("bulletin: ", stderr);
        fwrite(text, 1, k, stderr);
        if (!nl)
            fputc('\n', stderr);
        text += k;
        len -= k;
    }
    fflush(stderr);
}

static void on_progress(void *user, size_t done, size_t total, const char *current)
{
    const cli *c = user;
    const char *term = getenv("TERM");
    /* a progress line needs a terminal that moves its cursor */
    if (c->quiet || c->verbose || !isatty(2) || !term || !*term || strcmp(term, "dumb") == 0)
        return;
    const char *base = strrchr(current, '/');
    fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total, base ? base + 1 : current);
    fflush(stderr);
    progress_shown = 1;
}

/* SOURCE_DATE_EPOCH: -1 when unset or empty, -2 (with a usage error
 * printed) when it is not a whole number of seconds from 0 to the end of
 * 9999 (the last year a PDF or workbook date can hold). */
static long long source_date_epoch(void)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    if (!e || !*e)
        return -1;
    char *end;
    errno = 0;
    long long v = strtoll(e, &end, 10);
    if (errno || *end || end == e || v < 0 || v > 253402300799LL || !isdigit((unsigned char)*e)) {
        usage_error("SOURCE_DATE_EPOCH='%s' is not a number of seconds from 0 to 253402300799", e);
        return -2;
    }
    return v;
}

/* The backend an output file's name asks for (report.pdf, a.figures.tsv,
 * b.tsv), or NULL when it names none. */
static const bulletin_backend *format_of_file(const char *path)
{
    size_t n = strlen(path);
    const bulletin_backend *best = NULL;
    size_t best_len = 0;
    for (const bulletin_backend *b = bulletin_backends; b->name; b++) {
        const char *ext = b->ext;
        size_t k = strlen(ext);
        /* ".figures.tsv" also as ".tsv"; ".dump.txt" only whole */
        const char *dot = strcmp(ext, ".figures.tsv") == 0 ? ".tsv" : ext;
        for (int pass = 0; pass < 2; pass++, ext = dot, k = strlen(dot)) {
            if (n > k && strcasecmp(path + n - k, ext) == 0 && path[n - k - 1] != '/' &&
                k > best_len) {
                best = b;
                best_len = k;
            }
            if (dot == b->ext)
                break;
        }
    }
    return best;
}

static int cmd_export(const cli *c)
{
    if (c->nfiles == 0)
        return usage_error("%s", "export: no input file or directory");
    bulletin_export_opts o;
    bulletin_export_opts_init(&o);
    data_dirs d;
    set_data_dirs(&d);
    if (c->template_name) { /* checked once, before any input is read */
        bulletin_diag td;
        if (bulletin_template_check(c->template_name, d.templates, &td) != BULLETIN_OK) {
            print_file_diag(&td);
            size_t tn = strlen(c->template_name);
            if (!strchr(c->template_name, '/') && !(tn > 4 && !strcmp(c->template_name + tn - 4, ".ini")))
                fprintf(stderr, "Try 'bulletin templates' for the templates there are.\n");
            return EXIT_USAGE;
        }
    }
    o.formats = c->formats;
    o.output_dir = c->output;
    const bulletin_backend *fb = NULL;
    struct stat sb;
    if (c->output && strcmp(c->output, "-") != 0 && !(stat(c->output, &sb) == 0 && S_ISDIR(sb.st_mode)))
        fb = format_of_file(c->output);
    if (c->output && stat(c->output, &sb) == 0 &&
        (S_ISCHR(sb.st_mode) || S_ISFIFO(sb.st_mode) || S_ISSOCK(sb.st_mode) ||
         (!S_ISDIR(sb.st_mode) && strncmp(c->output, "/dev/", 5) == 0))) {
        /* -o /dev/null, -o /dev/stdout, a FIFO: one format, written in place */
        unsigned f = c->formats;
        if (!f || (f & (f - 1)))
            return usage_error("-o %s takes one format (-t FORMAT)", c->output);
        o.output_file = c->output;
        o.output_dir = NULL;
    } else if (fb) { /* -o report.pdf: exactly that file, the format from its name */
        unsigned bit = 1u << (fb - bulletin_backends);
        if (c->formats && c->formats != bit)
            return usage_error("-o %s is a %s file, but -t asks for other formats", c->output,
                               fb->name);
        o.formats = bit;
        o.output_file = c->output;
        o.output_dir = NULL;
    }
    if (c->output && strcmp(c->output, "-") == 0 && isatty(1)) { /* -o - on a terminal: no binary format */
        for (const bulletin_backend *b = bulletin_backends; b->name; b++)
            if ((c->formats ? c->formats >> (b - bulletin_backends) & 1
                            : (b->flags & BULLETIN_BACKEND_DEFAULT) != 0) &&
                (b->flags & BULLETIN_BACKEND_BINARY))
                return usage_error("refusing to write a %s file to a terminal; use -o FILE or "
                                   "redirect the output (-o - > FILE)",
                                   b->name);
    }
    o.shard_k = c->shard_k;
    o.shard_n = c->shard_n;
    o.template_name = c->template_name;
    o.fonts_dir = d.fonts;
    o.templates_dir = d.templates;
    o.combined = c->combined;
    o.jobs = c->jobs;
    o.epoch = source_date_epoch();
    if (o.epoch == -2)
        return EXIT_USAGE;
    o.parse_options = c->parse_options;
    o.render_flags = c->render_flags;
    o.recursive = c->recursive;
    o.quiet = c->quiet;
    o.verbose = c->verbose;
    o.on_message = on_message;
    o.on_progress = on_progress;
    o.user = (void *)c;
    bulletin_export_result r;
    bulletin_diag diag;
    bulletin_status st =
        bulletin_export((const char *const *)c->files, (size_t)c->nfiles, &o, &r, &diag);
    progress_clear();
    if (st != BULLETIN_OK && r.failed == 0 && !r.combined_failed) {
        print_file_diag(&diag); /* refused before any work */
        return st == BULLETIN_ERR_USAGE ? EXIT_USAGE : EXIT_FAIL;
    }
    if (!c->quiet && (r.failed || r.inputs > 1 || r.combined_failed))
        fprintf(stderr, "bulletin: %zu exported, %zu failed%s\n", r.inputs - r.failed, r.failed,
                r.combined_failed ? "; the combined workbook was not written" : "");
    return st == BULLETIN_OK ? 0 : EXIT_FAIL;
}

static int cmd_combine(const cli *c)
{
    if (c->nfiles == 0)
        return usage_error("%s", "combine: no JSON export or folder of them");
    if (!c->output || strcmp(c->output, "-") == 0)
        return usage_error("%s", "combine: -o FILE.xlsx is needed");
    bulletin_export_opts o;
    bulletin_export_opts_init(&o);
    o.output_file = c->output;
    o.epoch = source_date_epoch();
    if (o.epoch == -2)
        return EXIT_USAGE;
    o.recursive = c->recursive;
    o.quiet = c->quiet;
    o.on_message = on_message;
    o.user = (void *)c;
    bulletin_export_result r;
    bulletin_diag diag;
    bulletin_status st =
        bulletin_combine((const char *const *)c->files, (size_t)c->nfiles, &o, &r, &diag);
    if (st != BULLETIN_OK) {
        print_file_diag(&diag);
        return st == BULLETIN_ERR_USAGE ? EXIT_USAGE : EXIT_FAIL;
    }
    if (!c->quiet)
        fprintf(stderr, "bulletin: %s: %zu bulletins combined\n", c->output, r.inputs);
    return 0;
}

int main(int argc, char **argv)
{
    /* the libraries are relocated: their relocation tables (libcrypto's
     * 424 KB) are not read again (src/base/startup.h) */
    bl_drop_relocation_tables();
#ifdef M_TRIM_THRESHOLD
    /* zlib (libxlsxwriter's parts, libharu's pages) takes a fresh ~256 KB
     * work area per stream; glibc would give each back to the system and
     * fault the pages in again for the next.  Keep freed memory. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
#ifdef M_ARENA_MAX
    /* One arena for the process's threads (the workbook's, alongside the
     * PDF; the committer): a second arena kept its own free memory, and
     * the 100x text's peak RSS falls from ~50 to ~43 MiB.  The threads
     * allocate mostly through the per-thread caches, without the lock. */
    mallopt(M_ARENA_MAX, 1);
#endif
    signal(SIGPIPE, SIG_IGN); /* a dead worker or a closed pipe is an error, not a kill */
    bulletin_output_catch_signals();
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
    case CMD_TEMPLATES: return cmd_templates(&c);
    case CMD_COMBINE: return cmd_combine(&c);
    default: return usage_error("%s", "no command given");
    }
}
