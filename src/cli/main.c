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
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulletin.h"
#include "base/thread.h"

#define EXIT_FAIL 1
#define EXIT_USAGE 2

/* ========================================================================
 * Options: one table, from which --help is printed
 * ====================================================================== */

enum cmd {
    CMD_NONE = 0, CMD_EXPORT = 1, CMD_CHECK = 2, CMD_DUMP = 4, CMD_FIGURES = 8, CMD_TEMPLATES = 16
};
#define CMD_ALL (CMD_EXPORT | CMD_CHECK | CMD_DUMP | CMD_FIGURES | CMD_TEMPLATES)

enum opt_id {
    OPT_OUTPUT, OPT_TO, OPT_TEMPLATE, OPT_JOBS, OPT_RECURSIVE, OPT_COMBINED, OPT_KEEP_PUNCT,
    OPT_STRICT, OPT_ALL, OPT_QUIET, OPT_VERBOSE, OPT_HELP, OPT_VERSION
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
     "export formats, comma-separated: pdf, xlsx, json, tsv, dump (default: pdf,xlsx)"},
    {0, "template", "NAME|FILE", OPT_TEMPLATE, CMD_EXPORT,
     "layout template: templates/NAME.ini or a path"},
    {'j', "jobs", "N", OPT_JOBS, CMD_EXPORT, "parallel jobs (default: the number of cores)"},
    {'r', "recursive", NULL, OPT_RECURSIVE, CMD_EXPORT, "take the *.txt of subfolders too"},
    {0, "combined", "FILE.xlsx", OPT_COMBINED, CMD_EXPORT,
     "also write one workbook with the figures of all inputs"},
    {0, "keep-punctuation", NULL, OPT_KEEP_PUNCT, CMD_ALL,
     "keep ASCII punctuation and spaces as written (no normalisation)"},
    {0, "strict", NULL, OPT_STRICT, CMD_ALL, "treat warnings as errors"},
    {0, "all", NULL, OPT_ALL, CMD_FIGURES,
     "also print counts in Chinese numerals and identifiers"},
    {'q', "quiet", NULL, OPT_QUIET, CMD_ALL, "print no warnings and no progress"},
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
    {"export", CMD_EXPORT, "[-o DIR] [-t FORMATS] [--template NAME|FILE] [-j N] FILE|DIR...",
     "typeset each bulletin (a DIR means its *.txt) into DIR"},
    {"check", CMD_CHECK, "FILE...", "parse and validate only; print warnings"},
    {"dump", CMD_DUMP, "[-o FILE] FILE", "print the document model, one node a line"},
    {"figures", CMD_FIGURES, "[-o FILE] [--all] FILE", "print every figure of the text as TSV"},
    {"templates", CMD_TEMPLATES, "", "list the layout templates with a one-line description"},
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
    int all, quiet, verbose, recursive;
    const char *combined;
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
    case OPT_VERBOSE: c->verbose = 1; break;
    case OPT_RECURSIVE: c->recursive = 1; break;
    case OPT_COMBINED: c->combined = val; break;
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
 * Cleanup on a fatal signal
 * ====================================================================== */

/* The temporary outputs being written, removed if SIGINT, SIGTERM or
 * SIGHUP ends the process (Ctrl-C, a CI job's timeout): an interrupted
 * export leaves its earlier outputs as they were and nothing beside them.
 * A slot is taken (0 -> 1), filled and armed (2), and freed (0) once the
 * file is renamed or removed; the handler only reads armed slots, with
 * atomics and unlink, both safe in a handler and from any thread.  A
 * batch's parent also passes the signal on to its workers. */
#define TEMP_SLOTS 64
static struct {
    atomic_int state;
    char path[4096];
} temp_slot[TEMP_SLOTS];
static pid_t signal_workers[256];
static atomic_int signal_nworkers;

static int temp_register(const char *path)
{
    if (strlen(path) >= sizeof temp_slot[0].path)
        return -1;
    for (int i = 0; i < TEMP_SLOTS; i++) {
        int expected = 0;
        if (atomic_compare_exchange_strong(&temp_slot[i].state, &expected, 1)) {
            strcpy(temp_slot[i].path, path);
            atomic_store(&temp_slot[i].state, 2);
            return i;
        }
    }
    return -1; /* not cleaned on a signal: still correct */
}

static void temp_unregister(int slot)
{
    if (slot >= 0)
        atomic_store(&temp_slot[slot].state, 0);
}

static void on_fatal_signal(int sig)
{
    int saved = errno;
    for (int i = 0; i < atomic_load(&signal_nworkers); i++)
        kill(signal_workers[i], sig);
    for (int i = 0; i < TEMP_SLOTS; i++)
        if (atomic_load(&temp_slot[i].state) == 2)
            unlink(temp_slot[i].path);
    errno = saved;
    signal(sig, SIG_DFL); /* and die of it: the exit status tells */
    raise(sig);
}

/* Installs on_fatal_signal, except where the signal is ignored (nohup,
 * a background job of a shell script): that choice is kept. */
static void catch_fatal_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
        struct sigaction old, sa;
        if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
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
    int synced;     /* out_sync succeeded */
    int sync_errno; /* out_sync failed with this */
    int slot;       /* temp_register's, or -1 */
} out_file;

static int out_open(out_file *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->slot = -1;
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
    /* no fatal signal between the file's creation and its registration:
     * helper threads block them all (bl_thread_start), this one now */
    sigset_t fatal, old;
    sigemptyset(&fatal);
    sigaddset(&fatal, SIGINT);
    sigaddset(&fatal, SIGTERM);
    sigaddset(&fatal, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &fatal, &old);
    int fd = mkstemp(o->tmp);
    if (fd >= 0)
        o->slot = temp_register(o->tmp);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
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
        temp_unregister(o->slot);
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

/* Flushes a complete temporary file and waits for it to reach the disk,
 * ahead of out_close: an export syncs each output as soon as it is
 * written, in the thread that wrote it, so one file's wait overlaps the
 * work on another.  A failure is kept for out_close. */
static void out_sync(out_file *o)
{
    if (o->f == stdout || o->failed || o->synced)
        return;
    if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0) {
        o->failed = 1;
        o->sync_errno = errno ? errno : EIO;
        return;
    }
    o->synced = 1;
}

/* Finishes the output: on success flushes, syncs (unless out_sync did)
 * and renames; otherwise removes the temporary file and leaves any old
 * output as it was.  Returns 0 on success. */
static int out_close(out_file *o, int ok)
{
    int rc = 0;
    if (o->f == stdout) {
        if (fflush(stdout) != 0 || ferror(stdout))
            rc = -1;
        return ok && !o->failed ? rc : -1;
    }
    if (ok && !o->failed && !o->synced) {
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
        int saved = o->sync_errno ? o->sync_errno : errno;
        unlink(o->tmp);
        errno = saved;
    }
    temp_unregister(o->slot);
    free(o->tmp);
    o->tmp = NULL;
    return rc;
}

/* ========================================================================
 * Commands
 * ====================================================================== */

/* Where messages about an input go: stderr, or the message buffer of the
 * export job in progress (printed whole, in input order). */
static _Thread_local FILE *msg_out;

static void print_diag(const bulletin_diag *d)
{
    char buf[1024];
    bulletin_diag_format(d, buf, sizeof buf);
    fprintf(msg_out, "bulletin: %s\n", buf);
}

static void print_warnings(const cli *c, const bulletin_doc *doc)
{
    if (c->quiet)
        return;
    size_t n = bulletin_doc_warning_count(doc);
    for (size_t i = 0; i < n; i++)
        print_diag(bulletin_doc_warning(doc, i));
    if (bulletin_doc_warnings_dropped(doc))
        fprintf(msg_out, "bulletin: %s: %zu more warnings not shown\n", bulletin_doc_path(doc),
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

static void set_data_dirs(void);
static char templates_dir[4200];

static int templates_failed;

static void print_template(void *user, const char *name, const char *description,
                           const bulletin_diag *diag)
{
    (void)user;
    if (description) {
        printf("%-12s %s\n", name, description);
    } else {
        print_diag(diag);
        templates_failed = 1;
    }
}

static int cmd_templates(const cli *c)
{
    if (c->nfiles != 0)
        return usage_error("%s", "templates: takes no file");
    set_data_dirs();
    if (bulletin_templates_list(templates_dir, print_template, NULL) != BULLETIN_OK) {
        fprintf(stderr, "bulletin: templates: cannot read the folder: %s\n", strerror(errno));
        return EXIT_FAIL;
    }
    return templates_failed ? EXIT_FAIL : 0;
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

/* --- data files -------------------------------------------------------- */

#ifndef BULLETIN_DATADIR
#define BULLETIN_DATADIR "/usr/local/share/bulletin"
#endif

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where fonts/ and templates/ are: $BULLETIN_DATA, else the current
 * directory when it has them (a checkout), else the checkout the program
 * was built in (build/bulletin -> ..), else the installed share folder. */
static void find_data_dir(char *out, size_t size)
{
    const char *env = getenv("BULLETIN_DATA");
    if (env && *env) {
        snprintf(out, size, "%s", env);
        return;
    }
    if (is_dir("fonts") && is_dir("templates")) {
        snprintf(out, size, ".");
        return;
    }
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) { /* build/bulletin, build/san/bulletin */
            char *slash = strrchr(exe, '/');
            if (!slash)
                break;
            *slash = '\0';
            char f[4200], t[4200];
            snprintf(f, sizeof f, "%s/fonts", exe);
            snprintf(t, sizeof t, "%s/templates", exe);
            if (is_dir(f) && is_dir(t)) {
                snprintf(out, size, "%s", exe);
                return;
            }
        }
    }
    snprintf(out, size, "%s", BULLETIN_DATADIR);
}

static char data_dir[4096], fonts_dir[4200];

static void set_data_dirs(void)
{
    find_data_dir(data_dir, sizeof data_dir);
    snprintf(fonts_dir, sizeof fonts_dir, "%s/fonts", data_dir);
    snprintf(templates_dir, sizeof templates_dir, "%s/templates", data_dir);
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

/* Expands a directory into its *.txt files (and its subfolders' with
 * --recursive), sorted by name; anything else is taken as a file. */
static int expand_input(strlist *l, const char *path, int recursive, int depth)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return depth == 0 ? strlist_add(l, path) : 0;
    if (depth > 64) /* a symlink loop */
        return 0;
    DIR *d = opendir(path);
    if (!d)
        return -1;
    strlist names = {0};
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            rc = strlist_add(&names, e->d_name);
    closedir(d);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, cmp_str);
    for (size_t i = 0; rc == 0 && i < names.n; i++) {
        char full[4096];
        snprintf(full, sizeof full, "%s%s%s", path, ends_with(path, "/") ? "" : "/", names.v[i]);
        if (stat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (recursive)
                rc = expand_input(l, full, recursive, depth + 1);
        } else if (ends_with(names.v[i], ".txt")) {
            rc = strlist_add(l, full);
        }
    }
    strlist_free(&names);
    return rc;
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

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void print_warning_cb(void *user, const bulletin_diag *d)
{
    const cli *c = user;
    if (!c->quiet)
        print_diag(d);
}

/* What an export run does to each input. */
typedef struct {
    const cli *c;
    int want[16];         /* per bulletin_backends[] entry */
    bool spare_core;      /* fewer jobs than cores: a job may use two threads */
    const char *dir;      /* output directory, or "-" for stdout */
    bulletin_render_opts opts;
} export_plan;

static void output_path(const export_plan *p, const bulletin_backend *b, const char *stem,
                        char *path, size_t size)
{
    if (strcmp(p->dir, "-") == 0)
        snprintf(path, size, "-");
    else
        snprintf(path, size, "%s%s%s%s", p->dir, ends_with(p->dir, "/") ? "" : "/", stem, b->ext);
}

/* One output of one input: its temporary file, the render's result. */
typedef struct {
    const export_plan *p;
    const bulletin_doc *doc;
    const bulletin_backend *b;
    const bulletin_render_opts *opts;
    char path[4096];
    out_file o;
    int open_errno;        /* out_open failed with this; 0: open */
    bulletin_status st;
    bulletin_diag diag;
} render_task;

/* Creates the task's temporary file before the work: an unwritable
 * directory fails at once, not after rendering.  Prints nothing. */
static int task_open(render_task *t, const export_plan *p, const bulletin_doc *doc,
                     const bulletin_backend *b, const bulletin_render_opts *opts, const char *stem)
{
    t->p = p;
    t->doc = doc;
    t->b = b;
    t->opts = opts;
    t->st = BULLETIN_OK;
    bulletin_diag_clear(&t->diag);
    output_path(p, b, stem, t->path, sizeof t->path);
    t->open_errno = out_open(&t->o, t->path) != 0 ? (errno ? errno : EIO) : 0;
    return t->open_errno ? -1 : 0;
}

static void task_render(render_task *t)
{
    if (!t->open_errno)
        t->st = t->b->render(t->doc, t->opts, out_sink, &t->o, &t->diag);
}

/* Syncs a rendered output now (out_sync), before the commit. */
static void task_sync(render_task *t)
{
    if (!t->open_errno && t->st == BULLETIN_OK)
        out_sync(&t->o);
}

/* Commits the output when `ok` and the render succeeded (flush, sync,
 * rename), else removes the temporary file; with `report`, says what
 * failed on msg_out.  Returns 0 or EXIT_FAIL. */
static int task_finish(render_task *t, bool ok, bool report)
{
    if (t->open_errno) {
        if (report)
            fprintf(msg_out, "bulletin: %s: cannot create: %s\n", t->path, strerror(t->open_errno));
        return EXIT_FAIL;
    }
    if (out_close(&t->o, ok && t->st == BULLETIN_OK) == 0)
        return 0;
    if (!report || !ok)
        return EXIT_FAIL;
    if (t->st != BULLETIN_OK && !(t->st == BULLETIN_ERR_IO && t->o.failed)) {
        if (!t->diag.path && !t->diag.file[0])
            t->diag.path = bulletin_doc_path(t->doc);
        print_diag(&t->diag);
    } else {
        fprintf(msg_out, "bulletin: %s: write failed: %s\n", t->path, strerror(errno));
    }
    return EXIT_FAIL;
}

/* Renders one backend's output atomically. */
static int export_one(const export_plan *p, const bulletin_doc *doc, const bulletin_backend *b,
                      const bulletin_render_opts *opts, const char *stem)
{
    render_task t;
    if (task_open(&t, p, doc, b, opts, stem) == 0)
        task_render(&t);
    return task_finish(&t, true, true);
}

/* The outputs after the PDF, rendered in a second thread while the PDF
 * backend embeds its fonts and writes the file: they only need its page
 * placements, which are complete when on_placed is called.  Their
 * warnings are kept and printed after the PDF's, so messages come in the
 * same order as without the thread. */
typedef struct {
    render_task task[16];
    size_t n;
    bulletin_render_opts opts;  /* the job's, with warnings kept */
    char *warnings;             /* formatted, one a line */
    size_t wlen;
    bool started;
    bl_thread thread;
} overlap;

static void keep_warning_cb(void *user, const bulletin_diag *d)
{
    overlap *ov = user;
    char buf[1024];
    bulletin_diag_format(d, buf, sizeof buf);
    size_t k = strlen(buf);
    char *w = realloc(ov->warnings, ov->wlen + k + 12);
    if (!w)
        return;
    ov->warnings = w;
    ov->wlen += (size_t)sprintf(w + ov->wlen, "bulletin: %s\n", buf);
}

static void *overlap_main(void *arg)
{
    overlap *ov = arg;
    for (size_t i = 0; i < ov->n; i++) {
        task_render(&ov->task[i]);
        if (ov->task[i].open_errno || ov->task[i].st != BULLETIN_OK)
            break; /* as in sequence: nothing after a failure */
        task_sync(&ov->task[i]); /* while the PDF is still at work */
    }
    return NULL;
}

static void overlap_start(void *user)
{
    overlap *ov = user;
    ov->started = bl_thread_start(&ov->thread, overlap_main, ov) == 0;
}

/* Whether a job may use a second thread: the machine has a core to spare
 * (fewer jobs than cores), the outputs are files, and there is a PDF and
 * something after it. */
static bool may_overlap(const export_plan *p)
{
    if (!p->spare_core || strcmp(p->dir, "-") == 0)
        return false;
    size_t k = 0, pdf = SIZE_MAX, after = 0;
    for (; bulletin_backends[k].name; k++) {
        if (!p->want[k])
            continue;
        if (strcmp(bulletin_backends[k].name, "pdf") == 0)
            pdf = k;
        else if (pdf != SIZE_MAX)
            after++;
    }
    return pdf != SIZE_MAX && after > 0;
}

/* The PDF's placement callbacks in overlapped mode: the map, then the
 * thread. */
typedef struct {
    bulletin_pages *pages;
    overlap *ov;
} overlap_place;

static void overlap_place_cb(void *user, const bulletin_node *node, size_t offset, int page)
{
    bulletin_pages_place(((overlap_place *)user)->pages, node, offset, page);
}

static void overlap_placed_cb(void *user) { overlap_start(((overlap_place *)user)->ov); }

/* run_job with the outputs after the PDF in a second thread.  The PDF is
 * committed first, the others in order after it, each only if everything
 * before it succeeded: the same files and messages as in sequence. */
static int run_overlapped(const export_plan *p, const bulletin_doc *doc, bulletin_pages *pages,
                          const char *stem)
{
    overlap *ov = calloc(1, sizeof *ov);
    if (!ov) {
        fprintf(msg_out, "bulletin: out of memory\n");
        return EXIT_FAIL;
    }
    ov->opts = p->opts;
    ov->opts.pages = pages;
    ov->opts.on_warning = keep_warning_cb;
    ov->opts.cache = NULL; /* the PDF's thread uses it */
    ov->opts.warning_user = ov;
    overlap_place op = {pages, ov};
    bulletin_render_opts popts = p->opts;
    popts.on_place = overlap_place_cb;
    popts.on_placed = overlap_placed_cb;
    popts.place_user = &op;
    popts.pages = pages;
    render_task pdf;
    memset(&pdf, 0, sizeof pdf);
    int rc = 0;
    bool seen_pdf = false;
    for (size_t k = 0; bulletin_backends[k].name; k++) {
        if (!p->want[k])
            continue;
        if (strcmp(bulletin_backends[k].name, "pdf") == 0) {
            seen_pdf = true;
            if (rc == 0)
                task_open(&pdf, p, doc, &bulletin_backends[k], &popts, stem);
        } else if (!seen_pdf) {
            if (rc == 0)
                rc = export_one(p, doc, &bulletin_backends[k], &p->opts, stem);
        } else if (rc == 0 && ov->n < sizeof ov->task / sizeof *ov->task) {
            task_open(&ov->task[ov->n++], p, doc, &bulletin_backends[k], &ov->opts, stem);
        }
    }
    if (rc == 0 && seen_pdf) { /* may_overlap: there is a PDF */
        task_render(&pdf);
        if (ov->started) {
            task_sync(&pdf); /* while the thread may still be at work */
            bl_thread_join(&ov->thread);
        } else if (pdf.st == BULLETIN_OK && !pdf.open_errno)
            overlap_main(ov); /* no thread: in sequence */
        rc = task_finish(&pdf, true, true);
        if (ov->wlen)
            fwrite(ov->warnings, 1, ov->wlen, msg_out);
        for (size_t i = 0; i < ov->n; i++)
            if (task_finish(&ov->task[i], rc == 0, rc == 0) != 0)
                rc = EXIT_FAIL;
    } else {
        for (size_t i = 0; i < ov->n; i++)
            task_finish(&ov->task[i], false, false);
    }
    free(ov->warnings);
    free(ov);
    return rc;
}

/* One input's export, begun (parsed, every output rendered into its
 * temporary file) and then ended (the outputs committed or removed).  In
 * a batch worker the two halves run in different threads: see worker. */
typedef struct {
    const export_plan *p;
    const char *input;
    double t0;
    bulletin_doc *doc;
    bulletin_pages *pages;
    bulletin_render_opts opts;
    render_task task[16];
    size_t n; /* tasks opened */
    int rc;
    char timing[256];
    size_t tl;
    /* in a worker: the job's number and captured messages */
    uint32_t idx;
    FILE *m;
    char *msgs;
    size_t len;
} job_state;

static void job_note(job_state *js, const char *what, double since)
{
    if (js->tl < sizeof js->timing)
        js->tl += (size_t)snprintf(js->timing + js->tl, sizeof js->timing - js->tl, "%s%s %.1f ms",
                                   js->tl ? ", " : "", what, now_ms() - since);
}

/* Parses the input and renders its outputs, in order and up to the first
 * failure, each into its temporary file; commits nothing (job_end does),
 * except in overlapped mode, which commits as it goes.  Messages go to
 * msg_out. */
static void job_begin(job_state *js, const export_plan *p, const char *input)
{
    js->p = p;
    js->input = input;
    js->t0 = now_ms();
    js->n = 0;
    js->tl = 0;
    js->timing[0] = '\0';
    js->pages = NULL;
    js->doc = load(p->c, input);
    if (!js->doc) {
        js->rc = EXIT_FAIL;
        return;
    }
    char stem[1024];
    stem_of(input, stem, sizeof stem);
    js->pages = bulletin_pages_new(js->doc);
    js->opts = p->opts;
    js->opts.on_place = bulletin_pages_place;
    js->opts.place_user = js->pages;
    js->opts.pages = js->pages;
    js->rc = js->pages ? 0 : EXIT_FAIL;
    if (js->rc == 0 && may_overlap(p)) {
        js->rc = run_overlapped(p, js->doc, js->pages, stem);
        js->tl = (size_t)snprintf(js->timing, sizeof js->timing,
                                  "the outputs after the PDF in a second thread");
        return;
    }
    for (size_t k = 0; js->rc == 0 && bulletin_backends[k].name; k++) {
        if (!p->want[k] || js->n == sizeof js->task / sizeof *js->task)
            continue;
        double t = now_ms();
        render_task *task = &js->task[js->n++];
        if (task_open(task, p, js->doc, &bulletin_backends[k], &js->opts, stem) == 0)
            task_render(task);
        job_note(js, bulletin_backends[k].name, t);
        if (task->open_errno || task->st != BULLETIN_OK)
            break; /* as in sequence: nothing after a failure */
    }
}

/* Commits the outputs job_begin rendered, in order, each only if every
 * one before it succeeded (flush, sync, rename; else the temporary file
 * is removed), and reports on msg_out.  Returns 0 or EXIT_FAIL. */
static int job_end(job_state *js)
{
    double t = now_ms();
    for (size_t i = 0; i < js->n; i++)
        if (task_finish(&js->task[i], js->rc == 0, js->rc == 0) != 0)
            js->rc = EXIT_FAIL;
    if (js->n)
        job_note(js, "commit", t);
    if (js->rc == 0 && js->p->c->verbose)
        fprintf(msg_out, "bulletin: %s: %.1f ms (%s)\n", js->input, now_ms() - js->t0, js->timing);
    bulletin_pages_free(js->pages);
    bulletin_doc_free(js->doc);
    js->pages = NULL;
    js->doc = NULL;
    return js->rc;
}

/* Exports one input; messages go to msg_out.  Returns 0 or EXIT_FAIL. */
static int run_job(const export_plan *p, const char *input)
{
    job_state *js = malloc(sizeof *js);
    if (!js) {
        fprintf(msg_out, "bulletin: %s: out of memory\n", input);
        return EXIT_FAIL;
    }
    job_begin(js, p, input);
    int rc = job_end(js);
    free(js);
    return rc;
}

/* --- parallel jobs ---------------------------------------------------- */

typedef struct {
    int done, failed;
    char *msgs;
    size_t len;
} job_result;

typedef struct {
    uint32_t idx;
    int32_t failed;
    uint32_t len;
} job_header;

static int write_full(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int read_full(int fd, void *buf, size_t len)
{
    char *p = buf;
    while (len) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Runs one job with its messages captured. */
static void run_captured(const export_plan *p, const char *input, job_result *r)
{
    r->msgs = NULL;
    r->len = 0;
    FILE *m = open_memstream(&r->msgs, &r->len);
    msg_out = m ? m : stderr;
    r->failed = run_job(p, input) != 0;
    if (m)
        fclose(m);
    msg_out = stderr;
    r->done = 1;
}

/* Whether batch workers commit one job behind their renders (worker):
 * outputs are files and each job renders in one thread. */
static bool pipelined(const export_plan *p)
{
    return strcmp(p->dir, "-") != 0 && !may_overlap(p);
}

/* Ends a worker's job (commit, messages) and sends its result to the
 * parent on `res`; frees the job.  Returns 0, or -1 when the parent is
 * gone. */
static int job_send(job_state *js, int res)
{
    msg_out = js->m ? js->m : stderr;
    int failed = job_end(js) != 0;
    if (js->m)
        fclose(js->m);
    msg_out = stderr;
    job_header h = {js->idx, failed, (uint32_t)js->len};
    int bad = write_full(res, &h, sizeof h) != 0 || write_full(res, js->msgs, js->len) != 0;
    free(js->msgs);
    free(js);
    return bad ? -1 : 0;
}

/* A worker's commit thread: it ends job k (syncs, renames, answers the
 * parent) while the worker renders job k+1.  The syncs wait on the disk,
 * not on the CPU: with a worker per core and the commits in line, a
 * batch left about a sixth of the cores idle.  One job waits in `slot`
 * at most; jobs are ended in the order they were handed over. */
typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    job_state *slot;
    bool stop, broken;
    int res;
    bl_thread thread;
} committer;

static void *committer_main(void *arg)
{
    committer *cm = arg;
    pthread_mutex_lock(&cm->mu);
    for (;;) {
        while (!cm->slot && !cm->stop)
            pthread_cond_wait(&cm->cv, &cm->mu);
        job_state *js = cm->slot;
        if (!js)
            break; /* stopped, nothing left */
        cm->slot = NULL;
        pthread_cond_broadcast(&cm->cv);
        pthread_mutex_unlock(&cm->mu);
        int bad = job_send(js, cm->res);
        pthread_mutex_lock(&cm->mu);
        if (bad) {
            cm->broken = true;
            pthread_cond_broadcast(&cm->cv);
        }
    }
    pthread_mutex_unlock(&cm->mu);
    return NULL;
}

/* Hands a rendered job to the commit thread, once the one before it has
 * been taken.  False when the parent is gone: the job's temporary files
 * are then removed here. */
static bool committer_put(committer *cm, job_state *js)
{
    pthread_mutex_lock(&cm->mu);
    while (cm->slot && !cm->broken)
        pthread_cond_wait(&cm->cv, &cm->mu);
    bool ok = !cm->broken;
    if (ok) {
        cm->slot = js;
        pthread_cond_broadcast(&cm->cv);
    }
    pthread_mutex_unlock(&cm->mu);
    if (!ok) {
        js->rc = EXIT_FAIL; /* nobody to answer: commit nothing */
        job_send(js, -1);
    }
    return ok;
}

/* A worker process: takes job numbers from `cmd`, answers on `res`.
 * When pipelined, the parent keeps two jobs in its queue, and a commit
 * thread ends each job while the next renders. */
static void worker(const export_plan *p, const strlist *in, int cmd, int res)
{
    committer cm = {.slot = NULL, .res = res};
    bool threaded = pipelined(p) && pthread_mutex_init(&cm.mu, NULL) == 0;
    if (threaded && pthread_cond_init(&cm.cv, NULL) != 0) {
        pthread_mutex_destroy(&cm.mu);
        threaded = false;
    }
    if (threaded && bl_thread_start(&cm.thread, committer_main, &cm) != 0) {
        pthread_cond_destroy(&cm.cv);
        pthread_mutex_destroy(&cm.mu);
        threaded = false;
    }
    uint32_t idx;
    while (read_full(cmd, &idx, sizeof idx) == 0 && idx < in->n) {
        job_state *js = calloc(1, sizeof *js);
        if (!js)
            break; /* the parent reports the job as stopped */
        js->idx = idx;
        js->m = open_memstream(&js->msgs, &js->len);
        msg_out = js->m ? js->m : stderr;
        job_begin(js, p, in->v[idx]);
        msg_out = stderr;
        if (threaded ? !committer_put(&cm, js) : job_send(js, res) != 0)
            break;
    }
    if (threaded) {
        pthread_mutex_lock(&cm.mu);
        cm.stop = true;
        pthread_cond_broadcast(&cm.cv);
        pthread_mutex_unlock(&cm.mu);
        bl_thread_join(&cm.thread);
        pthread_cond_destroy(&cm.cv);
        pthread_mutex_destroy(&cm.mu);
    }
    bulletin_cache_free(p->opts.cache);
    _exit(0);
}

typedef struct {
    pid_t pid;
    int cmd, res;
    long job[2]; /* jobs given and not yet answered, -1 for none */
} worker_slot;

static int progress_shown;

static void progress(const cli *c, size_t done, size_t total, const char *current)
{
    if (c->quiet || c->verbose || !isatty(2))
        return;
    const char *base = strrchr(current, '/');
    fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total, base ? base + 1 : current);
    fflush(stderr);
    progress_shown = 1;
}

static void progress_clear(void)
{
    if (progress_shown) {
        fputs("\r\033[K", stderr);
        progress_shown = 0;
    }
}

/* Prints finished results in input order, as far as they go. */
static void flush_results(job_result *r, size_t n, size_t *next, size_t *failed)
{
    while (*next < n && r[*next].done) {
        if (r[*next].len) {
            progress_clear();
            fwrite(r[*next].msgs, 1, r[*next].len, stderr);
        }
        *failed += (size_t)r[*next].failed;
        free(r[*next].msgs);
        r[*next].msgs = NULL;
        (*next)++;
    }
    fflush(stderr);
}

/* Sends a worker jobs until `depth` of them are in its queue. */
static void give_jobs(worker_slot *ws, int depth, size_t *given, size_t n)
{
    for (int q = 0; q < depth && *given < n; q++) {
        if (ws->job[q] >= 0)
            continue;
        uint32_t idx = (uint32_t)*given;
        if (write_full(ws->cmd, &idx, sizeof idx) != 0)
            return;
        ws->job[q] = (long)(*given)++;
    }
}

static size_t run_parallel(const export_plan *p, const strlist *in, long jobs)
{
    size_t n = in->n, next = 0, failed = 0, done = 0, given = 0;
    job_result *r = calloc(n, sizeof *r);
    worker_slot *w = calloc((size_t)jobs, sizeof *w);
    if (!r || !w) {
        fprintf(stderr, "bulletin: out of memory\n");
        free(r);
        free(w);
        return n;
    }
    fflush(NULL);
    long live = 0;
    for (long k = 0; k < jobs; k++) {
        int cmd[2], res[2];
        if (pipe(cmd) != 0 || pipe(res) != 0)
            break;
        pid_t pid = fork();
        if (pid == 0) {
            atomic_store(&signal_nworkers, 0); /* its siblings are not its own */
            close(cmd[1]);
            close(res[0]);
            for (long j = 0; j < k; j++) { /* other workers' pipes */
                close(w[j].cmd);
                close(w[j].res);
            }
            worker(p, in, cmd[0], res[1]);
        }
        close(cmd[0]);
        close(res[1]);
        if (pid < 0) {
            close(cmd[1]);
            close(res[0]);
            break;
        }
        w[k] = (worker_slot){pid, cmd[1], res[0], {-1, -1}};
        live++;
        if (k < (long)(sizeof signal_workers / sizeof *signal_workers)) {
            signal_workers[k] = pid;
            atomic_store(&signal_nworkers, (int)k + 1);
        }
    }
    /* Hand out the first jobs: one each, then the second each of a
     * pipelined worker's queue. */
    int depth = pipelined(p) ? 2 : 1;
    for (int d = 1; d <= depth; d++)
        for (long k = 0; k < live; k++)
            give_jobs(&w[k], d, &given, n);
    while (done < n) {
        struct pollfd fds[256];
        long map[256];
        nfds_t nf = 0;
        for (long k = 0; k < live && nf < 256; k++)
            if (w[k].res >= 0) {
                fds[nf] = (struct pollfd){w[k].res, POLLIN, 0};
                map[nf++] = k;
            }
        if (nf == 0) { /* every worker is gone: the rest fail */
            for (size_t i = 0; i < n; i++)
                if (!r[i].done) {
                    run_captured(p, in->v[i], &r[i]); /* finish them here */
                    done++;
                }
            break;
        }
        if (poll(fds, nf, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (nfds_t f = 0; f < nf; f++) {
            if (!(fds[f].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            worker_slot *ws = &w[map[f]];
            job_header h;
            if (read_full(ws->res, &h, sizeof h) != 0 || h.idx >= n) {
                /* The worker died: its jobs failed with a message. */
                close(ws->res);
                ws->res = -1;
                for (int q = 0; q < 2; q++) {
                    if (ws->job[q] < 0 || r[ws->job[q]].done)
                        continue;
                    size_t i = (size_t)ws->job[q];
                    char buf[512];
                    int len = snprintf(buf, sizeof buf,
                                       "bulletin: %s: error: internal error: the worker exporting "
                                       "it stopped\n",
                                       in->v[i]);
                    r[i].msgs = strdup(buf);
                    r[i].len = r[i].msgs ? (size_t)len : 0;
                    r[i].failed = 1;
                    r[i].done = 1;
                    done++;
                }
                continue;
            }
            job_result *jr = &r[h.idx];
            jr->msgs = h.len ? malloc(h.len) : NULL;
            if (h.len && (!jr->msgs || read_full(ws->res, jr->msgs, h.len) != 0)) {
                free(jr->msgs);
                jr->msgs = NULL;
                h.len = 0;
            }
            jr->len = h.len;
            jr->failed = h.failed;
            jr->done = 1;
            done++;
            for (int q = 0; q < 2; q++)
                if (ws->job[q] == (long)h.idx)
                    ws->job[q] = -1;
            give_jobs(ws, depth, &given, n);
            progress(p->c, done, n, in->v[h.idx]);
        }
        flush_results(r, n, &next, &failed);
    }
    atomic_store(&signal_nworkers, 0); /* told to stop: no more forwarding */
    for (long k = 0; k < live; k++) {
        uint32_t stop = UINT32_MAX;
        write_full(w[k].cmd, &stop, sizeof stop);
        close(w[k].cmd);
        if (w[k].res >= 0)
            close(w[k].res);
        waitpid(w[k].pid, NULL, 0);
    }
    flush_results(r, n, &next, &failed);
    progress_clear();
    free(r);
    free(w);
    return failed;
}

static size_t run_sequential(const export_plan *p, const strlist *in)
{
    size_t failed = 0;
    for (size_t i = 0; i < in->n; i++) {
        job_result r;
        run_captured(p, in->v[i], &r);
        if (r.len) {
            progress_clear();
            fwrite(r.msgs, 1, r.len, stderr);
        }
        free(r.msgs);
        failed += (size_t)r.failed;
        progress(p->c, i + 1, in->n, in->v[i]);
    }
    progress_clear();
    return failed;
}

/* The combined workbook of every input that parses. */
static int export_combined(const export_plan *p, const strlist *in)
{
    bulletin_doc **docs = calloc(in->n ? in->n : 1, sizeof *docs);
    size_t nd = 0;
    int rc = 0;
    if (!docs)
        return EXIT_FAIL;
    cli quiet = *p->c;
    quiet.quiet = 1;
    FILE *saved = msg_out;
    msg_out = fopen("/dev/null", "w"); /* already reported by the jobs */
    if (!msg_out)
        msg_out = saved;
    for (size_t i = 0; i < in->n; i++) {
        bulletin_doc *d = load(&quiet, in->v[i]);
        if (d)
            docs[nd++] = d;
    }
    if (msg_out != saved)
        fclose(msg_out);
    msg_out = saved;
    if (nd == 0) {
        fprintf(stderr, "bulletin: %s: no input to combine\n", p->c->combined);
        rc = EXIT_FAIL;
    } else {
        out_file o;
        if (out_open(&o, p->c->combined) != 0) {
            fprintf(stderr, "bulletin: %s: cannot create: %s\n", p->c->combined, strerror(errno));
            rc = EXIT_FAIL;
        } else {
            bulletin_diag diag;
            bulletin_diag_clear(&diag);
            bulletin_status st = bulletin_render_xlsx_combined((const bulletin_doc *const *)docs, nd,
                                                               &p->opts, out_sink, &o, &diag);
            if (out_close(&o, st == BULLETIN_OK) != 0) {
                if (st != BULLETIN_OK)
                    print_diag(&diag);
                else
                    fprintf(stderr, "bulletin: %s: write failed: %s\n", p->c->combined,
                            strerror(errno));
                rc = EXIT_FAIL;
            }
        }
    }
    for (size_t i = 0; i < nd; i++)
        bulletin_doc_free(docs[i]);
    free(docs);
    return rc;
}

/* An input file's identity (device, inode) and its place in the list. */
typedef struct {
    dev_t dev;
    ino_t ino;
    size_t i;
} file_id;

static int cmp_file_id(const void *pa, const void *pb)
{
    const file_id *a = pa, *b = pb;
    if (a->dev != b->dev)
        return a->dev < b->dev ? -1 : 1;
    if (a->ino != b->ino)
        return a->ino < b->ino ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}

/* The first input (in input order) that is the file (dev, ino), or NULL;
 * `ids` sorted by cmp_file_id. */
static const file_id *find_file_id(const file_id *ids, size_t n, dev_t dev, ino_t ino)
{
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first entry not below (dev, ino) */
        size_t mid = lo + (hi - lo) / 2;
        if (ids[mid].dev < dev || (ids[mid].dev == dev && ids[mid].ino < ino))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && ids[lo].dev == dev && ids[lo].ino == ino ? &ids[lo] : NULL;
}

static int cmd_export(const cli *c)
{
    if (c->nfiles == 0)
        return usage_error("%s", "export: no input file or directory");
    export_plan plan;
    memset(&plan, 0, sizeof plan);
    plan.c = c;
    const char *formats = c->formats ? c->formats : "pdf,xlsx";
    char fmtbuf[256];
    int nformats = 0;
    snprintf(fmtbuf, sizeof fmtbuf, "%s", formats);
    for (char *save = NULL, *f = strtok_r(fmtbuf, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        const bulletin_backend *b = bulletin_backend_find(f);
        if (!b) {
            return usage_error("export: unknown format '%s' (pdf, xlsx, json, tsv, dump)", f);
        }
        if (!plan.want[b - bulletin_backends])
            nformats++;
        plan.want[b - bulletin_backends] = 1;
    }
    if (nformats == 0)
        return usage_error("%s", "export: no output format");
    plan.dir = c->output ? c->output : "output";

    strlist in = {0};
    for (int i = 0; i < c->nfiles; i++) {
        if (expand_input(&in, c->files[i], c->recursive, 0) != 0) {
            fprintf(stderr, "bulletin: %s: %s\n", c->files[i], strerror(errno));
            strlist_free(&in);
            return EXIT_FAIL;
        }
    }
    int rc = 0;
    if (in.n == 0) {
        fprintf(stderr, "bulletin: export: no *.txt input found\n");
        rc = EXIT_FAIL;
        goto done;
    }
    if (strcmp(plan.dir, "-") == 0) {
        if (in.n != 1 || nformats != 1) {
            rc = usage_error("%s", "export: '-o -' takes one input and one format");
            goto done;
        }
    } else {
        struct stat st;
        if (stat(plan.dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
            fprintf(stderr, "bulletin: %s: not a directory\n", plan.dir);
            rc = EXIT_FAIL;
            goto done;
        }
        /* Refused before any work: two inputs that would write the same
         * output, and an output that would overwrite an input. */
        strlist stems = {0};
        for (size_t i = 0; i < in.n; i++) {
            char stem[1024], entry[4096];
            stem_of(in.v[i], stem, sizeof stem);
            snprintf(entry, sizeof entry, "%s%c%s", stem, '\x01', in.v[i]);
            if (strlist_add(&stems, entry) != 0) {
                strlist_free(&stems);
                rc = EXIT_FAIL;
                goto done;
            }
        }
        qsort(stems.v, stems.n, sizeof *stems.v, cmp_str);
        for (size_t i = 1; i < stems.n && rc == 0; i++) {
            size_t a = strcspn(stems.v[i - 1], "\x01"), b = strcspn(stems.v[i], "\x01");
            if (a == b && strncmp(stems.v[i - 1], stems.v[i], a) == 0) {
                fprintf(stderr, "bulletin: %s and %s would both write %s/%.*s.*\n",
                        stems.v[i - 1] + a + 1, stems.v[i] + b + 1, plan.dir, (int)a, stems.v[i]);
                rc = EXIT_USAGE;
            }
        }
        strlist_free(&stems);
        /* Each input's identity once, sorted, then one stat and one
         * lookup per output: not a stat of every output against every
         * input (200 inputs took 160,000 stats). */
        file_id *ids = calloc(in.n ? in.n : 1, sizeof *ids);
        size_t nid = 0;
        if (!ids) {
            fprintf(stderr, "bulletin: out of memory\n");
            rc = EXIT_FAIL;
        }
        for (size_t i = 0; ids && i < in.n; i++) {
            struct stat si;
            if (stat(in.v[i], &si) == 0)
                ids[nid++] = (file_id){si.st_dev, si.st_ino, i};
        }
        if (nid)
            qsort(ids, nid, sizeof *ids, cmp_file_id);
        for (size_t i = 0; ids && i < in.n && rc == 0; i++) {
            struct stat so;
            char stem[1024], path[4096];
            stem_of(in.v[i], stem, sizeof stem);
            for (size_t k = 0; bulletin_backends[k].name && rc == 0; k++) {
                if (!plan.want[k])
                    continue;
                output_path(&plan, &bulletin_backends[k], stem, path, sizeof path);
                if (stat(path, &so) != 0)
                    continue;
                const file_id *hit = find_file_id(ids, nid, so.st_dev, so.st_ino);
                if (hit) {
                    fprintf(stderr, "bulletin: %s would overwrite the input %s\n", path,
                            in.v[hit->i]);
                    rc = EXIT_USAGE;
                }
            }
        }
        free(ids);
        if (rc)
            goto done;
    }
    bulletin_render_opts_init(&plan.opts);
    set_data_dirs();
    plan.opts.fonts_dir = fonts_dir;
    plan.opts.templates_dir = templates_dir;
    plan.opts.template_name = c->template_name;
    plan.opts.epoch = source_date_epoch();
    plan.opts.flags = (c->parse_options & BULLETIN_OPT_STRICT) ? BULLETIN_RENDER_STRICT : 0;
    plan.opts.on_warning = print_warning_cb;
    plan.opts.warning_user = (void *)c;

    long jobs = c->jobs;
    if (jobs <= 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = cores > 0 ? cores : 1;
    }
    if ((size_t)jobs > in.n)
        jobs = (long)in.n;
    if (jobs > 256)
        jobs = 256;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    plan.spare_core = cores > jobs;
    if (!plan.spare_core)
        plan.opts.flags |= BULLETIN_RENDER_ONE_THREAD; /* the cores are busy with jobs */
    /* fonts opened once per process (each worker fills its own copy) */
    plan.opts.cache = bulletin_cache_new(NULL);
    size_t failed = jobs > 1 ? run_parallel(&plan, &in, jobs) : run_sequential(&plan, &in);
    if (c->combined && export_combined(&plan, &in) != 0)
        rc = EXIT_FAIL;
    if (failed || in.n > 1)
        fprintf(stderr, "bulletin: %zu exported, %zu failed\n", in.n - failed, failed);
    if (failed)
        rc = EXIT_FAIL;
done:
    bulletin_cache_free(plan.opts.cache);
    strlist_free(&in);
    return rc;
}

int main(int argc, char **argv)
{
    msg_out = stderr;
#ifdef M_TRIM_THRESHOLD
    /* zlib (libxlsxwriter's parts, libharu's pages) takes a fresh ~256 KB
     * work area per stream; glibc would give each back to the system and
     * fault the pages in again for the next.  Keep freed memory. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
#endif
    signal(SIGPIPE, SIG_IGN); /* a dead worker or a closed pipe is an error, not a kill */
    catch_fatal_signals();
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
    default: return usage_error("%s", "no command given");
    }
}
