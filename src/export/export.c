/*
 * export.c - bulletin_export: a batch of inputs.  The inputs are listed
 * (a folder's *.txt in name order) and checked before any work (no two
 * inputs write the same output, no output overwrites an input); then they
 * are exported in sequence, or shared among forked worker processes that
 * each commit one job behind their renders (a commit thread syncs and
 * renames job k while job k+1 renders).  Messages reach the caller in
 * input order, whatever finishes first.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/thread.h"
#include "export/export_int.h"
#include "pdf/words.h"

/* --- inputs ------------------------------------------------------------ */

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Natural order: runs of digits compare by their value (b2 < b10), the
 * rest byte by byte; equal values with more leading zeros first. */
int bl_natural_cmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            const char *a0 = a, *b0 = b;
            while (*a == '0')
                a++;
            while (*b == '0')
                b++;
            const char *as = a, *bs = b;
            while (isdigit((unsigned char)*a))
                a++;
            while (isdigit((unsigned char)*b))
                b++;
            size_t la = (size_t)(a - as), lb = (size_t)(b - bs);
            if (la != lb)
                return la < lb ? -1 : 1;
            int c = strncmp(as, bs, la);
            if (c)
                return c;
            size_t za = (size_t)(as - a0), zb = (size_t)(bs - b0);
            if (za != zb)
                return za > zb ? -1 : 1;
            continue;
        }
        if (*a != *b)
            return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
        a++;
        b++;
    }
    return *a ? 1 : *b ? -1 : 0;
}

static int cmp_natural(const void *a, const void *b)
{
    return bl_natural_cmp(*(char *const *)a, *(char *const *)b);
}

int bl_strlist_add(bl_strlist *l, const char *s)
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

void bl_strlist_free(bl_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static void say(const bl_plan *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int expand(const bl_plan *p, bl_strlist *l, const char *path, int recursive, int depth,
                  const char *ext)
{
    struct stat st;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
        return depth == 0 ? bl_strlist_add(l, path) : 0;
    if (depth > 64) /* a symlink loop */
        return 0;
    DIR *d = opendir(path);
    if (!d)
        return -1;
    bl_strlist names = {0};
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            rc = bl_strlist_add(&names, e->d_name);
    closedir(d);
    if (names.n)
        qsort(names.v, names.n, sizeof *names.v, cmp_natural);
    for (size_t i = 0; rc == 0 && i < names.n; i++) {
        char full[4096];
        snprintf(full, sizeof full, "%s%s%s", path, ends_with(path, "/") ? "" : "/", names.v[i]);
        if (stat(full, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (recursive)
                rc = expand(p, l, full, recursive, depth + 1, ext);
        } else if (ends_with(names.v[i], ext)) {
            if (S_ISREG(st.st_mode))
                rc = bl_strlist_add(l, full);
            else if (p) /* a FIFO would block the batch, a device never ends */
                say(p, "%s: warning: not a regular file, skipped\n", full);
        }
    }
    bl_strlist_free(&names);
    return rc;
}

int bl_expand_input(const bl_plan *p, bl_strlist *l, const char *path, int recursive,
                    const char *ext)
{
    return expand(p, l, path, recursive, 0, ext);
}

/* --- messages ------------------------------------------------------------ */

static void deliver(const bl_plan *p, const char *text, size_t len)
{
    if (len && p->o->on_message)
        p->o->on_message(p->o->user, text, len);
}

static void say(const bl_plan *p, const char *fmt, ...)
{
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        deliver(p, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* --- workers ---------------------------------------------------------------- */

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

/* Runs one job to its end in this process. */
static void run_here(const bl_plan *p, const char *input, job_result *r)
{
    bl_job *js = malloc(sizeof *js); /* bl_job_begin sets what is read */
    r->done = 1;
    if (!js) {
        r->failed = 1;
        r->msgs = NULL;
        r->len = 0;
        return;
    }
    bl_job_begin(js, p, input);
    r->failed = bl_job_end(js) != 0;
    r->msgs = js->msgs;
    r->len = js->len;
    free(js);
}

/* Whether batch workers commit one job behind their renders (worker):
 * outputs are files and each job renders in one thread. */
static bool pipelined(const bl_plan *p)
{
    return strcmp(p->dir, "-") != 0 && !bl_may_overlap(p);
}

/* Ends a worker's job (commit, messages) and sends its result to the
 * parent on `res`; frees the job.  Returns 0, or -1 when the parent is
 * gone. */
static int job_send(bl_job *js, int res)
{
    int failed = bl_job_end(js) != 0;
    job_header h = {js->idx, failed, (uint32_t)js->len};
    int bad = res < 0 || write_full(res, &h, sizeof h) != 0 ||
              write_full(res, js->msgs, js->len) != 0;
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
    bl_job *slot;
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
        bl_job *js = cm->slot;
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
static bool committer_put(committer *cm, bl_job *js)
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
        js->failed = 1; /* nobody to answer: commit nothing */
        job_send(js, -1);
    }
    return ok;
}

/* A worker process: takes job numbers from `cmd`, answers on `res`.
 * When pipelined, the parent keeps two jobs in its queue, and a commit
 * thread ends each job while the next renders. */
static void worker(const bl_plan *p, const bl_strlist *in, int cmd, int res)
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
        bl_job *js = malloc(sizeof *js); /* bl_job_begin sets what is read */
        if (!js)
            break; /* the parent reports the job as stopped */
        js->idx = idx;
        bl_job_begin(js, p, in->v[idx]);
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
    bulletin_cache_free(p->beside_cache);
    _exit(0);
}

typedef struct {
    pid_t pid;
    int cmd, res;
    long job[2]; /* jobs given and not yet answered, -1 for none */
} worker_slot;

/* Delivers finished results in input order, as far as they go. */
static void flush_results(const bl_plan *p, job_result *r, size_t n, size_t *next, size_t *failed)
{
    while (*next < n && r[*next].done) {
        deliver(p, r[*next].msgs, r[*next].len);
        *failed += (size_t)r[*next].failed;
        free(r[*next].msgs);
        r[*next].msgs = NULL;
        (*next)++;
    }
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

static void progress(const bl_plan *p, size_t done, size_t total, const char *current)
{
    if (p->o->on_progress)
        p->o->on_progress(p->o->user, done, total, current);
}

static size_t run_parallel(const bl_plan *p, const bl_strlist *in, long jobs)
{
    size_t n = in->n, next = 0, failed = 0, done = 0, given = 0;
    job_result *r = calloc(n, sizeof *r);
    worker_slot *w = calloc((size_t)jobs, sizeof *w);
    if (!r || !w) {
        say(p, "out of memory\n");
        free(r);
        free(w);
        return n;
    }
    fflush(NULL);
    long live = 0;
    for (long k = 0; k < jobs; k++) {
        int cmd[2], res[2];
        if (pipe(cmd) != 0)
            break;
        if (pipe(res) != 0) {
            close(cmd[0]);
            close(cmd[1]);
            break;
        }
        pid_t pid = fork();
        if (pid == 0) {
            bl_out_forget_workers(); /* its siblings are not its own */
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
        bl_out_add_worker((int)k, pid);
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
        if (nf == 0) { /* every worker is gone: finish the rest here */
            for (size_t i = 0; i < n; i++)
                if (!r[i].done) {
                    run_here(p, in->v[i], &r[i]);
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
                    char buf[4200];
                    int len = snprintf(buf, sizeof buf,
                                       "%s: error: internal error: the worker exporting it "
                                       "stopped\n",
                                       in->v[i]);
                    r[i].msgs = strdup(buf);
                    r[i].len = r[i].msgs ? strlen(r[i].msgs) : 0;
                    (void)len;
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
            progress(p, done, n, in->v[h.idx]);
        }
        flush_results(p, r, n, &next, &failed);
    }
    bl_out_forget_workers(); /* told to stop: no more forwarding */
    for (long k = 0; k < live; k++) {
        uint32_t stop = UINT32_MAX;
        write_full(w[k].cmd, &stop, sizeof stop);
        close(w[k].cmd);
        if (w[k].res >= 0)
            close(w[k].res);
        waitpid(w[k].pid, NULL, 0);
    }
    flush_results(p, r, n, &next, &failed);
    free(r);
    free(w);
    return failed;
}

static size_t run_sequential(const bl_plan *p, const bl_strlist *in)
{
    size_t failed = 0;
    for (size_t i = 0; i < in->n; i++) {
        job_result r;
        run_here(p, in->v[i], &r);
        deliver(p, r.msgs, r.len);
        free(r.msgs);
        failed += (size_t)r.failed;
        progress(p, i + 1, in->n, in->v[i]);
    }
    return failed;
}

/* The combined workbook of every input that parses (their messages were
 * reported by the jobs). */
static int export_combined(const bl_plan *p, const bl_strlist *in)
{
    const char *path = p->o->combined;
    bulletin_doc **docs = calloc(in->n ? in->n : 1, sizeof *docs);
    size_t nd = 0;
    int rc = 0;
    if (!docs) {
        say(p, "out of memory\n");
        return -1;
    }
    for (size_t i = 0; i < in->n; i++) {
        bulletin_doc *d = bl_load(p, in->v[i], NULL);
        if (d)
            docs[nd++] = d;
    }
    if (nd == 0) {
        say(p, "%s: no input to combine\n", path);
        rc = -1;
    } else {
        bl_out o;
        if (bl_out_open(&o, path) != 0) {
            say(p, "%s: cannot create: %s\n", path, strerror(errno));
            rc = -1;
        } else {
            bulletin_diag diag;
            bulletin_diag_clear(&diag);
            bulletin_status st = bulletin_render_xlsx_combined((const bulletin_doc *const *)docs, nd,
                                                               &p->opts, bl_out_sink, &o, &diag);
            bool write_failed = o.failed;
            if (bl_out_close(&o, st == BULLETIN_OK) != 0) {
                if (st != BULLETIN_OK && !(st == BULLETIN_ERR_IO && write_failed)) {
                    char buf[1024];
                    bulletin_diag_format(&diag, buf, sizeof buf);
                    say(p, "%s: error: the combined workbook: %s\n", path, buf);
                } else {
                    /* the workbook's own file failed (a full disk): name it,
                     * not an input */
                    say(p, "%s: write failed: %s\n", path, strerror(errno ? errno : EIO));
                }
                rc = -1;
            }
        }
    }
    for (size_t i = 0; i < nd; i++)
        bulletin_doc_free(docs[i]);
    free(docs);
    return rc;
}

/* --- checks before any work --------------------------------------------- */

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

__attribute__((format(printf, 3, 4))) static bulletin_status
fail(bulletin_diag *diag, bulletin_status st, const char *fmt, ...)
{
    if (diag) {
        bulletin_diag_clear(diag);
        diag->status = st;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(diag->message, sizeof diag->message, fmt, ap);
        va_end(ap);
    }
    return st;
}

/* Two inputs that would write the same output; an output that would
 * overwrite an input.  Each input's identity once, sorted, then one stat
 * and one lookup per output: not a stat of every output against every
 * input (200 inputs took 160,000 stats). */
static bulletin_status check_outputs(const bl_plan *p, const bl_strlist *in, bulletin_diag *diag)
{
    bl_strlist stems = {0};
    bulletin_status st = BULLETIN_OK;
    for (size_t i = 0; i < in->n; i++) {
        char stem[1024], entry[4096];
        bl_stem_of(in->v[i], stem, sizeof stem);
        snprintf(entry, sizeof entry, "%s%c%s", stem, '\x01', in->v[i]);
        if (bl_strlist_add(&stems, entry) != 0) {
            bl_strlist_free(&stems);
            return fail(diag, BULLETIN_ERR_NOMEM, "out of memory");
        }
    }
    qsort(stems.v, stems.n, sizeof *stems.v, cmp_str);
    for (size_t i = 1; i < stems.n && st == BULLETIN_OK; i++) {
        size_t a = strcspn(stems.v[i - 1], "\x01"), b = strcspn(stems.v[i], "\x01");
        if (a == b && strncmp(stems.v[i - 1], stems.v[i], a) == 0)
            st = fail(diag, BULLETIN_ERR_USAGE, "%s and %s would both write %s/%.*s.*",
                      stems.v[i - 1] + a + 1, stems.v[i] + b + 1, p->dir, (int)a, stems.v[i]);
    }
    bl_strlist_free(&stems);
    if (st != BULLETIN_OK)
        return st;
    file_id *ids = calloc(in->n ? in->n : 1, sizeof *ids);
    size_t nid = 0;
    if (!ids)
        return fail(diag, BULLETIN_ERR_NOMEM, "out of memory");
    for (size_t i = 0; i < in->n; i++) {
        struct stat si;
        if (stat(in->v[i], &si) == 0)
            ids[nid++] = (file_id){si.st_dev, si.st_ino, i};
    }
    if (nid)
        qsort(ids, nid, sizeof *ids, cmp_file_id);
    for (size_t i = 0; i < in->n && st == BULLETIN_OK; i++) {
        struct stat so;
        char stem[1024], path[4096];
        bl_stem_of(in->v[i], stem, sizeof stem);
        for (size_t k = 0; bulletin_backends[k].name && st == BULLETIN_OK; k++) {
            if (!p->want[k])
                continue;
            bl_output_path(p, &bulletin_backends[k], stem, path, sizeof path);
            if (stat(path, &so) != 0)
                continue;
            const file_id *hit = find_file_id(ids, nid, so.st_dev, so.st_ino);
            if (hit)
                st = fail(diag, BULLETIN_ERR_USAGE, "%s would overwrite the input %s", path,
                          in->v[hit->i]);
        }
    }
    /* the combined workbook: neither an input nor one of the outputs */
    if (st == BULLETIN_OK && p->o->combined) {
        struct stat sc;
        const char *cp = p->o->combined;
        if (stat(cp, &sc) == 0) {
            const file_id *hit = find_file_id(ids, nid, sc.st_dev, sc.st_ino);
            if (hit)
                st = fail(diag, BULLETIN_ERR_USAGE, "%s would overwrite the input %s", cp,
                          in->v[hit->i]);
        }
        char cdir[4096], odir[4096];
        const char *cbase = strrchr(cp, '/') ? strrchr(cp, '/') + 1 : cp;
        snprintf(cdir, sizeof cdir, "%.*s", strrchr(cp, '/') ? (int)(cbase - cp - 1) : 1,
                 strrchr(cp, '/') ? cp : ".");
        if (!cdir[0])
            snprintf(cdir, sizeof cdir, "/");
        char *rc_dir = realpath(cdir, NULL), *ro_dir = realpath(p->dir, NULL);
        if (rc_dir && ro_dir && strcmp(rc_dir, ro_dir) == 0)
            snprintf(odir, sizeof odir, "%s", ro_dir);
        else
            odir[0] = '\0';
        for (size_t i = 0; st == BULLETIN_OK && odir[0] && i < in->n; i++) {
            char stem[1024], name[1100];
            bl_stem_of(in->v[i], stem, sizeof stem);
            for (size_t k = 0; bulletin_backends[k].name && st == BULLETIN_OK; k++) {
                if (!p->want[k])
                    continue;
                snprintf(name, sizeof name, "%s%s", stem, bulletin_backends[k].ext);
                if (strcmp(name, cbase) == 0)
                    st = fail(diag, BULLETIN_ERR_USAGE,
                              "%s would overwrite the %s output of %s", cp,
                              bulletin_backends[k].name, in->v[i]);
            }
        }
        free(rc_dir);
        free(ro_dir);
    }
    free(ids);
    return st;
}

/* --- the entry point ---------------------------------------------------- */

/* The shard of a path: FNV-1a of its bytes, so that adding or removing
 * another file moves no path to another shard. */
long bl_shard_of(const char *path, long n)
{
    uint64_t h = 1469598103934665603u;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        h = (h ^ *p) * 1099511628211u;
    return (long)(h % (uint64_t)n) + 1;
}

/* mkdir -p: 0, or -1 with errno set. */
static int make_dirs(const char *dir)
{
    char p[4096];
    if (snprintf(p, sizeof p, "%s", dir) >= (int)sizeof p) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (char *q = p + 1; *q; q++) {
        if (*q != '/')
            continue;
        *q = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST)
            return -1;
        *q = '/';
    }
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
        return -1;
    struct stat st;
    if (stat(p, &st) != 0)
        return -1;
    if (!S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

void bulletin_export_opts_init(bulletin_export_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->epoch = -1;
}

bulletin_status bulletin_export(const char *const *paths, size_t npaths,
                                const bulletin_export_opts *o, bulletin_export_result *result,
                                bulletin_diag *diag)
{
    bulletin_export_result dummy;
    if (!result)
        result = &dummy;
    memset(result, 0, sizeof *result);
    if (diag)
        bulletin_diag_clear(diag);
    if (!o || (npaths && !paths))
        return fail(diag, BULLETIN_ERR_USAGE, "export: no options");
    time_t started = time(NULL);
    bl_plan plan;
    memset(&plan, 0, sizeof plan);
    plan.o = o;
    size_t nb = bulletin_backend_count(), nformats = 0;
    for (size_t k = 0; k < nb && k < sizeof plan.want / sizeof *plan.want; k++) {
        unsigned bit = 1u << k;
        bool want = o->formats ? (o->formats & bit) != 0
                               : (bulletin_backends[k].flags & BULLETIN_BACKEND_DEFAULT) != 0;
        plan.want[k] = want;
        nformats += want;
    }
    if (nformats == 0)
        return fail(diag, BULLETIN_ERR_USAGE, "export: no output format");
    if (npaths == 0)
        return fail(diag, BULLETIN_ERR_USAGE, "export: no input file or directory");
    plan.dir = o->output_dir ? o->output_dir : "output";
    plan.file = o->output_file;
    if (plan.file && nformats != 1)
        return fail(diag, BULLETIN_ERR_USAGE, "export: an output file takes one format");
    if (o->shard_n && (o->shard_n < 1 || o->shard_k < 1 || o->shard_k > o->shard_n))
        return fail(diag, BULLETIN_ERR_USAGE, "export: shard %ld of %ld", o->shard_k, o->shard_n);

    bl_strlist in = {0};
    for (size_t i = 0; i < npaths; i++) {
        if (bl_expand_input(&plan, &in, paths[i], o->recursive, ".txt") != 0) {
            int err = errno;
            bl_strlist_free(&in);
            bulletin_status st = fail(diag, BULLETIN_ERR_IO, "%s", strerror(err));
            if (diag)
                snprintf(diag->file, sizeof diag->file, "%s", paths[i]);
            return st;
        }
    }
    if (o->shard_n) { /* keep this shard's inputs, in order */
        size_t k = 0;
        for (size_t i = 0; i < in.n; i++) {
            if (bl_shard_of(in.v[i], o->shard_n) == o->shard_k)
                in.v[k++] = in.v[i];
            else
                free(in.v[i]);
        }
        in.n = k;
    }
    bulletin_status st = BULLETIN_OK;
    result->inputs = in.n;
    if (in.n == 0 && o->shard_n) {
        goto done; /* an empty shard is not an error */
    }
    if (in.n == 0) {
        st = fail(diag, BULLETIN_ERR_IO, "export: no *.txt input found");
        goto done;
    }
    if (plan.file) {
        if (in.n != 1) {
            st = fail(diag, BULLETIN_ERR_USAGE, "export: an output file takes one input, not %zu",
                      in.n);
            goto done;
        }
        if ((st = check_outputs(&plan, &in, diag)) != BULLETIN_OK)
            goto done;
    } else if (strcmp(plan.dir, "-") == 0) {
        if (in.n != 1 || nformats != 1) {
            st = fail(diag, BULLETIN_ERR_USAGE, "export: '-o -' takes one input and one format");
            goto done;
        }
    } else {
        if (make_dirs(plan.dir) != 0) {
            st = fail(diag, BULLETIN_ERR_IO, "%s: %s", plan.dir,
                      errno == ENOTDIR || errno == EEXIST ? "not a directory" : strerror(errno));
            goto done;
        }
        bl_out_clean_folder(plan.dir, started); /* what a SIGKILL left */
        if ((st = check_outputs(&plan, &in, diag)) != BULLETIN_OK)
            goto done;
    }
    bulletin_render_opts_init(&plan.opts);
    plan.opts.fonts_dir = o->fonts_dir;
    plan.opts.templates_dir = o->templates_dir;
    plan.opts.template_name = o->template_name;
    plan.opts.epoch = o->epoch;
    plan.opts.flags = (o->parse_options & BULLETIN_OPT_STRICT) ? BULLETIN_RENDER_STRICT : 0;
    plan.opts.flags |= o->render_flags; /* --pdfa */

    long jobs = o->jobs;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs <= 0)
        jobs = cores > 0 ? cores : 1;
    if ((size_t)jobs > in.n)
        jobs = (long)in.n;
    if (jobs > 256)
        jobs = 256;
    plan.spare_core = cores > jobs;
    if (!plan.spare_core)
        plan.opts.flags |= BULLETIN_RENDER_ONE_THREAD; /* the cores are busy with jobs */
    /* fonts opened once per process (each worker fills its own copy) */
    plan.opts.cache = bulletin_cache_new(NULL);
    /* and, for more than one input, the workbook's zip memo when it is
     * written beside the PDF (a batch's workbooks share their unchanged
     * parts' deflated bytes) */
    if (in.n > 1)
        plan.beside_cache = bulletin_cache_new(NULL);
    /* one bulletin in this process: ICU (a wrapping title's words) goes
     * once its layout is done, before the fonts are subset */
    plan.single = in.n == 1 && !o->combined;
    bl_words_transient = plan.single;
    result->failed = jobs > 1 ? run_parallel(&plan, &in, jobs) : run_sequential(&plan, &in);
    bl_words_transient = false;
    if (o->combined && export_combined(&plan, &in) != 0)
        result->combined_failed = 1;
    if (result->failed || result->combined_failed)
        st = fail(diag, BULLETIN_ERR_IO, "%zu of %zu inputs failed", result->failed, in.n);
done:
    bulletin_cache_free(plan.opts.cache);
    bulletin_cache_free(plan.beside_cache);
    bl_strlist_free(&in);
    return st;
}
