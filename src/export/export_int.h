/*
 * export_int.h - private declarations of the export engine (src/export):
 * atomic output files (output.c), one input's export (job.c) and the
 * batch of inputs (export.c).
 */
#ifndef BULLETIN_EXPORT_INT_H
#define BULLETIN_EXPORT_INT_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/types.h>
#include <time.h>

#include "bulletin_int.h"

/* --- output.c: a file written whole or not at all --------------------- */

/* An output in progress: a temporary file beside the target, renamed over
 * it only when everything was written.  stdout when path is "-". */
typedef struct {
    const char *path;
    char *tmp;
    FILE *f;
    int failed;
    int synced;     /* bl_out_sync succeeded */
    int sync_errno; /* bl_out_sync failed with this */
    int slot;       /* the signal cleanup's, or -1 */
    int unnamed;    /* an O_TMPFILE file, linked in at the commit */
    int direct;     /* a device or FIFO, written in place */
} bl_out;

/* What names the program's own temporary files: .NAME.bulletin-XXXXXX */
#define BL_TEMP_MARK ".bulletin-"

/* Creates the temporary file (or takes stdout for "-"); 0, or -1 with
 * errno set. */
int bl_out_open(bl_out *o, const char *path);
/* A bulletin_sink over a bl_out. */
int bl_out_sink(const char *data, size_t len, void *user);
/* Flushes a complete temporary file and waits for it to reach the disk,
 * ahead of bl_out_close, so one file's wait overlaps the work on
 * another.  A failure is kept for bl_out_close. */
void bl_out_sync(bl_out *o);
/* Finishes the output: with `ok`, flushes, syncs (unless bl_out_sync
 * did) and renames; otherwise removes the temporary file and leaves any
 * old output as it was.  0 on success, else -1 with errno set. */
int bl_out_close(bl_out *o, int ok);

/* Removes from `dir` the program's own named temporary files older than
 * `before` (left by a SIGKILL where O_TMPFILE is not supported); returns
 * how many. */
int bl_out_clean_folder(const char *dir, time_t before);

/* The worker processes a fatal signal is passed on to (a batch's
 * parent): slot k holds `pid`; bl_out_forget_workers empties the list. */
void bl_out_add_worker(int k, pid_t pid);
void bl_out_forget_workers(void);

/* --- job.c: one input's export ------------------------------------------ */

/* What an export run does to each input. */
typedef struct {
    const bulletin_export_opts *o;
    int want[16];    /* per bulletin_backends[] entry */
    bool spare_core; /* fewer jobs than cores: a job may use two threads */
    bool single;     /* one input, not combined: nothing follows this job in the process */
    const char *dir;  /* output directory, or "-" for stdout */
    const char *file; /* exactly this output file (one input, one format), or NULL */
    bulletin_render_opts opts;
    /* The cache of the outputs rendered beside the PDF (job.c's overlap:
     * the workbook's zip memo), not opts.cache, which the PDF's thread
     * uses at the same time.  One thread at a time uses it: each job's
     * second thread is joined before the next job begins.  NULL: none. */
    bulletin_cache *beside_cache;
} bl_plan;

/* The path of backend `b`'s output for the input stem `stem`. */
void bl_output_path(const bl_plan *p, const bulletin_backend *b, const char *stem, char *path,
                    size_t size);
/* The output name stem of an input: its base name without its extension. */
void bl_stem_of(const char *path, char *out, size_t size);
/* Writes `d` formatted as one line to `msg` (NULL: nowhere). */
void bl_msg_diag(FILE *msg, const bulletin_diag *d);
/* Parses one file; reports its warnings (unless quiet) or its error on
 * `msg` (may be NULL).  NULL on failure. */
bulletin_doc *bl_load(const bl_plan *p, const char *path, FILE *msg);

/* One output of one input: its temporary file, the render's result. */
typedef struct {
    const bl_plan *p;
    const bulletin_doc *doc;
    const bulletin_backend *b;
    const bulletin_render_opts *opts;
    char path[4096];
    bl_out o;
    int open_errno; /* bl_out_open failed with this; 0: open */
    bulletin_status st;
    bulletin_diag diag;
} bl_task;

/* One input's export, begun (parsed, every output rendered into its
 * temporary file) and then ended (the outputs committed or removed).  In
 * a batch worker the two halves run in different threads. */
typedef struct {
    const bl_plan *p;
    const char *input;
    double t0;
    bulletin_doc *doc;
    bulletin_pages *pages;
    bulletin_render_opts opts;
    bl_task task[16];
    size_t n; /* tasks opened */
    int failed;
    char timing[256];
    size_t tl;
    FILE *msg;  /* where the job's messages go (a memory stream) */
    char *msgs; /* and their text, after fclose */
    size_t len;
    uint32_t idx; /* in a worker: the job's number */
} bl_job;

/* Whether a job may use a second thread: the machine has a core to spare,
 * the outputs are files, and a backend that cites pages follows one that
 * places them. */
bool bl_may_overlap(const bl_plan *p);
/* Opens js->msg, parses the input and renders its outputs, in order and
 * up to the first failure, each into its temporary file. */
void bl_job_begin(bl_job *js, const bl_plan *p, const char *input);
/* Commits what bl_job_begin rendered, each output only if every one
 * before it succeeded, and closes js->msg (the text is then in js->msgs,
 * to free).  Returns 0, or -1 when an output was not written. */
int bl_job_end(bl_job *js);

/* Floating milliseconds of a monotonic clock. */
double bl_now_ms(void);

/* --- export.c: a batch of inputs ---------------------------------------- */

/* A growable list of strings. */
typedef struct {
    char **v;
    size_t n, cap;
} bl_strlist;

int bl_strlist_add(bl_strlist *l, const char *s);
void bl_strlist_free(bl_strlist *l);

/* Expands a directory into its regular files named *`ext` (".txt",
 * ".json"; and its subfolders' with `recursive`), in natural order;
 * anything else is taken as a file.  Other kinds of file so named in a
 * folder are skipped with a warning to `p`'s messages (p may be NULL).
 * 0, or -1 with errno set. */
int bl_expand_input(const bl_plan *p, bl_strlist *l, const char *path, int recursive,
                    const char *ext);

/* Natural order of names: digit runs by value (b2 before b10). */
int bl_natural_cmp(const char *a, const char *b);

/* The shard (1..n) a path belongs to. */
long bl_shard_of(const char *path, long n);

#endif
