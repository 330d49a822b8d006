/*
 * job.c - one input's export: parse it, render each output into its
 * temporary file, commit them in order.  When a core is free, the outputs
 * that cite the PDF's pages (the workbook) render in a second thread as
 * soon as the PDF has placed its lines, while the PDF embeds its fonts.
 * Messages are formatted lines without the program's name; the caller of
 * bulletin_export receives them through its on_message callback.
 */
#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/thread.h"
#include "export/export_int.h"

double bl_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

void bl_stem_of(const char *path, char *out, size_t size)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strcmp(path, "-") == 0)
        base = "stdin";
    snprintf(out, size, "%s", base);
    char *dot = strrchr(out, '.');
    if (dot && dot != out) /* in.md -> in; .hidden stays */
        *dot = '\0';
}

void bl_output_path(const bl_plan *p, const bulletin_backend *b, const char *stem, char *path,
                    size_t size)
{
    if (p->file)
        snprintf(path, size, "%s", p->file);
    else if (strcmp(p->dir, "-") == 0)
        snprintf(path, size, "-");
    else
        snprintf(path, size, "%s%s%s%s", p->dir, ends_with(p->dir, "/") ? "" : "/", stem, b->ext);
}

void bl_msg_diag(FILE *msg, const bulletin_diag *d)
{
    if (!msg)
        return;
    char buf[1024];
    bulletin_diag_format(d, buf, sizeof buf);
    fprintf(msg, "%s\n", buf);
}

bulletin_doc *bl_load(const bl_plan *p, const char *path, FILE *msg)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    bulletin_status st = bulletin_parse_file(path, p->o->parse_options, NULL, &doc, &diag);
    if (st != BULLETIN_OK) {
        if (!diag.path && !diag.file[0] && strcmp(path, "-") != 0)
            diag.path = path;
        bl_msg_diag(msg, &diag);
        return NULL;
    }
    if (p->o->quiet || !msg)
        return doc;
    size_t n = bulletin_doc_warning_count(doc);
    for (size_t i = 0; i < n; i++)
        bl_msg_diag(msg, bulletin_doc_warning(doc, i));
    if (bulletin_doc_warnings_dropped(doc))
        fprintf(msg, "%s: %zu more warnings not shown\n", bulletin_doc_path(doc),
                bulletin_doc_warnings_dropped(doc));
    return doc;
}

/* A backend's warning, to the job's messages. */
static void job_warning_cb(void *user, const bulletin_diag *d)
{
    bl_job *js = user;
    if (!js->p->o->quiet)
        bl_msg_diag(js->msg, d);
}

/* --- one output --------------------------------------------------------- */

/* Creates the task's temporary file before the work: an unwritable
 * directory fails at once, not after rendering.  Reports nothing. */
static int task_open(bl_task *t, const bl_plan *p, const bulletin_doc *doc,
                     const bulletin_backend *b, const bulletin_render_opts *opts, const char *stem)
{
    t->p = p;
    t->doc = doc;
    t->b = b;
    t->opts = opts;
    t->st = BULLETIN_OK;
    bulletin_diag_clear(&t->diag);
    bl_output_path(p, b, stem, t->path, sizeof t->path);
    t->open_errno = bl_out_open(&t->o, t->path) != 0 ? (errno ? errno : EIO) : 0;
    return t->open_errno ? -1 : 0;
}

static void task_render(bl_task *t)
{
    if (!t->open_errno)
        t->st = t->b->render(t->doc, t->opts, bl_out_sink, &t->o, &t->diag);
}

/* Syncs a rendered output now (bl_out_sync), before the commit. */
static void task_sync(bl_task *t)
{
    if (!t->open_errno && t->st == BULLETIN_OK)
        bl_out_sync(&t->o);
}

/* Commits the output when `ok` and the render succeeded (flush, sync,
 * rename), else removes the temporary file; with `report`, says what
 * failed on `msg`.  Returns 0 or -1. */
static int task_finish(bl_task *t, bool ok, bool report, FILE *msg)
{
    if (t->open_errno) {
        if (report && msg)
            fprintf(msg, "%s: cannot create: %s\n", t->path, strerror(t->open_errno));
        return -1;
    }
    if (bl_out_close(&t->o, ok && t->st == BULLETIN_OK) == 0)
        return 0;
    if (!report || !ok)
        return -1;
    if (t->st != BULLETIN_OK && !(t->st == BULLETIN_ERR_IO && t->o.failed)) {
        if (!t->diag.path && !t->diag.file[0])
            t->diag.path = bulletin_doc_path(t->doc);
        bl_msg_diag(msg, &t->diag);
    } else if (msg) {
        fprintf(msg, "%s: write failed: %s\n", t->path, strerror(errno));
    }
    return -1;
}

/* Renders one backend's output atomically. */
static int export_one(const bl_plan *p, const bulletin_doc *doc, const bulletin_backend *b,
                      const bulletin_render_opts *opts, const char *stem, FILE *msg)
{
    bl_task t;
    if (task_open(&t, p, doc, b, opts, stem) == 0)
        task_render(&t);
    return task_finish(&t, true, true, msg);
}

/* --- the second thread ---------------------------------------------------- */

/* The outputs after the PDF, rendered in a second thread while the PDF
 * backend embeds its fonts and writes the file: they only need its page
 * placements, which are complete when on_placed is called.  Their
 * warnings are kept and reported after the PDF's, so messages come in the
 * same order as without the thread. */
typedef struct {
    bl_task task[16];
    size_t n;
    bulletin_render_opts opts; /* the job's, with warnings kept */
    char *warnings;            /* formatted, one a line */
    size_t wlen;
    bool quiet;
    bool started;
    bl_thread thread;
} overlap;

static void keep_warning_cb(void *user, const bulletin_diag *d)
{
    overlap *ov = user;
    if (ov->quiet)
        return;
    char buf[1024];
    bulletin_diag_format(d, buf, sizeof buf);
    size_t k = strlen(buf);
    char *w = realloc(ov->warnings, ov->wlen + k + 2);
    if (!w)
        return;
    ov->warnings = w;
    ov->wlen += (size_t)sprintf(w + ov->wlen, "%s\n", buf);
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

bool bl_may_overlap(const bl_plan *p)
{
    if (!p->spare_core || strcmp(p->dir, "-") == 0)
        return false;
    size_t places = SIZE_MAX, after = 0;
    for (size_t k = 0; bulletin_backends[k].name; k++) {
        if (!p->want[k])
            continue;
        if (bulletin_backends[k].flags & BULLETIN_BACKEND_PLACES_PAGES)
            places = k;
        else if (places != SIZE_MAX)
            after++;
    }
    return places != SIZE_MAX && after > 0;
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

/* The job with the outputs after the page-placing one in a second thread.
 * That output is committed first, the others in order after it, each only
 * if everything before it succeeded: the same files and messages as in
 * sequence. */
static int run_overlapped(bl_job *js, const char *stem)
{
    const bl_plan *p = js->p;
    /* not zeroed: 76 KB, of which each task is filled by task_open
     * before it is read */
    overlap *ov = malloc(sizeof *ov);
    if (!ov) {
        fprintf(js->msg, "out of memory\n");
        return -1;
    }
    ov->n = 0;
    ov->warnings = NULL;
    ov->wlen = 0;
    ov->started = false;
    ov->quiet = p->o->quiet;
    ov->opts = js->opts;
    ov->opts.on_warning = keep_warning_cb;
    ov->opts.cache = p->beside_cache; /* opts.cache: the PDF's thread uses it */
    ov->opts.warning_user = ov;
    overlap_place op = {js->pages, ov};
    bulletin_render_opts popts = js->opts;
    popts.on_place = overlap_place_cb;
    popts.on_placed = overlap_placed_cb;
    popts.place_user = &op;
    bl_task pdf;
    memset(&pdf, 0, sizeof pdf);
    int rc = 0;
    bool seen = false;
    for (size_t k = 0; bulletin_backends[k].name; k++) {
        const bulletin_backend *b = &bulletin_backends[k];
        if (!p->want[k])
            continue;
        if (b->flags & BULLETIN_BACKEND_PLACES_PAGES) {
            seen = true;
            if (rc == 0)
                task_open(&pdf, p, js->doc, b, &popts, stem);
        } else if (!seen) {
            if (rc == 0)
                rc = export_one(p, js->doc, b, &js->opts, stem, js->msg);
        } else if (rc == 0 && ov->n < sizeof ov->task / sizeof *ov->task) {
            task_open(&ov->task[ov->n++], p, js->doc, b, &ov->opts, stem);
        }
    }
    if (rc == 0 && seen) { /* bl_may_overlap: there is one */
        task_render(&pdf);
        if (ov->started) {
            task_sync(&pdf); /* while the thread may still be at work */
            bl_thread_join(&ov->thread);
        } else if (pdf.st == BULLETIN_OK && !pdf.open_errno)
            overlap_main(ov); /* no thread: in sequence */
        /* All or nothing, as in sequence: the PDF is committed only when
         * every output after it rendered too. */
        bool pdf_ok = !pdf.open_errno && pdf.st == BULLETIN_OK;
        size_t bad = ov->n; /* the first output after the PDF that failed */
        for (size_t i = 0; pdf_ok && i < ov->n && bad == ov->n; i++)
            if (ov->task[i].open_errno || ov->task[i].st != BULLETIN_OK)
                bad = i;
        rc = task_finish(&pdf, bad == ov->n, !pdf_ok, js->msg);
        if (ov->wlen)
            fwrite(ov->warnings, 1, ov->wlen, js->msg);
        for (size_t i = 0; i < ov->n; i++) {
            bool report = pdf_ok && i == bad; /* the one that failed says why */
            bool commit = rc == 0 && bad == ov->n;
            if (task_finish(&ov->task[i], commit || report, report, js->msg) != 0)
                rc = -1;
        }
    } else {
        for (size_t i = 0; i < ov->n; i++)
            task_finish(&ov->task[i], false, false, NULL);
    }
    free(ov->warnings);
    free(ov);
    return rc;
}

/* The outputs after the PDF overlap it only for an input up to this size.
 * Overlapped, their peaks add up (500,000 short paragraphs, 6.5 MB: 607 MB
 * for every format at once, the PDF 386 MB and the workbook 373 MB
 * alone; 19,000 of them, 247 KB: 42 MiB, 34 MiB in sequence); in sequence
 * the peak is the largest one's, which keeps every input within the
 * memory bound of README "Limits and safety" (80 bytes per input byte over
 * ~20 MB).  Below it the overlap saves a little time and adds little. */
#define OVERLAP_MAX_BYTES ((size_t)64 << 10)

/* --- the job ---------------------------------------------------------------- */

static void job_note(bl_job *js, const char *what, double since)
{
    if (js->tl < sizeof js->timing)
        js->tl += (size_t)snprintf(js->timing + js->tl, sizeof js->timing - js->tl, "%s%s %.1f ms",
                                   js->tl ? ", " : "", what, bl_now_ms() - since);
}

/* Between two formats rendered in sequence (an input above
 * OVERLAP_MAX_BYTES) of the one bulletin a process exports: what the one
 * before freed goes back to the system before the next one's peak.  glibc
 * keeps freed memory in its heap (the CLI sets a 64 MB trim threshold, for
 * the small blocks zlib and the parts take again and again), and the next
 * format's blocks did not all fit in the holes: the 100x bench text's
 * workbook peaked some 5 MB of the PDF's layout above the workbook alone.
 * Not in a batch, whose next bulletin would fault the pages in again (the
 * corpus, -j 2: 4,000 -> 96,000 minor faults), nor with a caller's own
 * allocator, which may not be malloc. */
static void give_back(const bl_job *js)
{
#ifdef __GLIBC__
    if (js->p->single && (!js->opts.mem || js->opts.mem == bulletin_default_mem()))
        (void)malloc_trim(0);
#else
    (void)js;
#endif
}

void bl_job_begin(bl_job *js, const bl_plan *p, const char *input)
{
    /* every field but idx is set here (js may come from malloc: its 16
     * tasks, 76 KB, are filled by task_open before they are read) */
    js->p = p;
    js->input = input;
    js->t0 = bl_now_ms();
    js->n = 0;
    js->tl = 0;
    js->timing[0] = '\0';
    js->pages = NULL;
    js->doc = NULL;
    js->failed = 0;
    js->msgs = NULL;
    js->len = 0;
    js->msg = open_memstream(&js->msgs, &js->len);
    if (!js->msg) {
        js->failed = 1;
        return;
    }
    js->doc = bl_load(p, input, js->msg);
    if (!js->doc) {
        js->failed = 1;
        return;
    }
    char stem[1024];
    bl_stem_of(input, stem, sizeof stem);
    js->pages = bulletin_pages_new(js->doc);
    js->opts = p->opts;
    js->opts.on_place = bulletin_pages_place;
    js->opts.place_user = js->pages;
    js->opts.pages = js->pages;
    js->opts.on_warning = job_warning_cb;
    js->opts.warning_user = js;
    struct stat st; /* the PDF's date when nothing else gives one */
    if (strcmp(input, "-") != 0 && stat(input, &st) == 0)
        js->opts.source_mtime = (long long)st.st_mtime;
    js->failed = js->pages ? 0 : 1;
    if (!js->failed && bl_may_overlap(p) && bulletin_doc_input_bytes(js->doc) <= OVERLAP_MAX_BYTES) {
        js->failed = run_overlapped(js, stem) != 0;
        js->tl = (size_t)snprintf(js->timing, sizeof js->timing,
                                  "the outputs after the PDF in a second thread");
        return;
    }
    for (size_t k = 0; !js->failed && bulletin_backends[k].name; k++) {
        if (!p->want[k] || js->n == sizeof js->task / sizeof *js->task)
            continue;
        double t = bl_now_ms();
        bl_task *task = &js->task[js->n++];
        if (task_open(task, p, js->doc, &bulletin_backends[k], &js->opts, stem) == 0)
            task_render(task);
        job_note(js, bulletin_backends[k].name, t);
        if (task->open_errno || task->st != BULLETIN_OK)
            break; /* as in sequence: nothing after a failure */
        bool more = false;
        for (size_t m = k + 1; bulletin_backends[m].name; m++)
            more = more || p->want[m];
        if (more)
            give_back(js);
    }
}

int bl_job_end(bl_job *js)
{
    double t = bl_now_ms();
    for (size_t i = 0; i < js->n; i++)
        if (task_finish(&js->task[i], !js->failed, !js->failed, js->msg) != 0)
            js->failed = 1;
    if (js->n)
        job_note(js, "commit", t);
    if (!js->failed && js->p->o->verbose && js->msg)
        fprintf(js->msg, "%s: %.1f ms (%s)\n", js->input, bl_now_ms() - js->t0, js->timing);
    bulletin_pages_free(js->pages);
    bulletin_doc_free(js->doc);
    js->pages = NULL;
    js->doc = NULL;
    if (js->msg) {
        if (fclose(js->msg) != 0) {
            free(js->msgs);
            js->msgs = NULL;
            js->len = 0;
        }
        js->msg = NULL;
    } else {
        static const char oom[] = "out of memory\n";
        js->msgs = malloc(sizeof oom);
        js->len = js->msgs ? sizeof oom - 1 : 0;
        if (js->msgs)
            memcpy(js->msgs, oom, sizeof oom);
    }
    return js->failed ? -1 : 0;
}
