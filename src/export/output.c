/*
 * output.c - files written whole or not at all.  Every output goes to a
 * temporary file beside its target, is synced, and is renamed over the
 * target only when it is complete; a failure removes the temporary file
 * and leaves any old output as it was.  A fatal signal (Ctrl-C, a CI
 * job's timeout) removes the temporary files in progress.
 */
#define _GNU_SOURCE /* O_TMPFILE, linkat's AT_SYMLINK_FOLLOW */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "export/export_int.h"

/* --- cleanup on a fatal signal ---------------------------------------- */

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
void bulletin_output_catch_signals(void)
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

/* --- atomic files ------------------------------------------------------ */


/* Blocks the fatal signals in this thread (helper threads block them
 * all: bl_thread_start), so that a file is never created unregistered. */
static void block_fatal(sigset_t *old)
{
    sigset_t fatal;
    sigemptyset(&fatal);
    sigaddset(&fatal, SIGINT);
    sigaddset(&fatal, SIGTERM);
    sigaddset(&fatal, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &fatal, old);
}

/* "DIR/.BASE.bulletin-" + room for the 6 X's of mkstemp, malloc'ed. */
static char *temp_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    size_t n = dirlen + strlen(base) + sizeof BL_TEMP_MARK + 8;
    char *t = malloc(n);
    if (t)
        snprintf(t, n, "%.*s.%s" BL_TEMP_MARK "XXXXXX", (int)dirlen, path, base);
    return t;
}

int bl_out_open(bl_out *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->slot = -1;
    if (strcmp(path, "-") == 0) {
        o->f = stdout;
        return 0;
    }
    struct stat st;
    bool special = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
    if (stat(path, &st) == 0 && (!S_ISREG(st.st_mode) || special)) {
        if (S_ISDIR(st.st_mode)) {
            errno = EISDIR;
            return -1;
        }
        /* A device, a FIFO, a socket, anything under /dev or /proc
         * (/dev/null, /dev/stdout -> /proc/self/fd/1): written directly;
         * a rename would replace it with a regular file. */
        int fd = open(path, O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return -1;
        o->f = fdopen(fd, "wb");
        if (!o->f) {
            close(fd);
            return -1;
        }
        o->direct = 1;
        return 0;
    }
    /* An unnamed file in the target's folder, linked in when complete:
     * nothing is left behind whatever ends the process, even SIGKILL. */
    const char *slash = strrchr(path, '/');
    char dir[4096];
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
#ifdef O_TMPFILE
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (fd >= 0) {
        fchmod(fd, 0644);
        o->f = fdopen(fd, "wb");
        if (!o->f) {
            close(fd);
            return -1;
        }
        o->unnamed = 1;
        return 0;
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOSYS)
        return -1; /* the folder itself is the problem */
#endif
    /* A file system without O_TMPFILE: a named temporary file, removed on
     * a fatal signal, and by the next export into the folder when a
     * SIGKILL left it (bl_out_clean_folder). */
    o->tmp = temp_name(path);
    if (!o->tmp)
        return -1;
    sigset_t old;
    block_fatal(&old);
    int tfd = mkstemp(o->tmp);
    if (tfd >= 0)
        o->slot = temp_register(o->tmp);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (tfd < 0) {
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    fchmod(tfd, 0644);
    o->f = fdopen(tfd, "wb");
    if (!o->f) {
        close(tfd);
        unlink(o->tmp);
        temp_unregister(o->slot);
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    return 0;
}

/* Links the complete unnamed file in as o->path: directly when there is
 * no file by that name, else under a temporary name renamed over it (the
 * name exists only between the two calls, and is registered for the
 * signal cleanup meanwhile).  0, or -1 with errno set. */
static int link_unnamed(bl_out *o)
{
    char proc[64];
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fileno(o->f));
    if (linkat(AT_FDCWD, proc, AT_FDCWD, o->path, AT_SYMLINK_FOLLOW) == 0)
        return 0;
    if (errno != EEXIST)
        return -1;
    char *t = temp_name(o->path);
    if (!t)
        return -1;
    size_t n = strlen(t);
    int rc = -1;
    for (unsigned attempt = 0; attempt < 100; attempt++) {
        static const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        unsigned long v = (unsigned long)getpid() * 2654435761u + attempt * 40503u +
                          (unsigned long)(uintptr_t)o;
        for (int k = 0; k < 6; k++, v /= 36)
            t[n - 6 + k] = digits[v % 36];
        sigset_t old;
        block_fatal(&old);
        int linked = linkat(AT_FDCWD, proc, AT_FDCWD, t, AT_SYMLINK_FOLLOW);
        int slot = linked == 0 ? temp_register(t) : -1;
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        if (linked != 0) {
            if (errno == EEXIST)
                continue;
            break;
        }
        rc = rename(t, o->path);
        int saved = errno;
        if (rc != 0)
            unlink(t);
        temp_unregister(slot);
        errno = saved;
        break;
    }
    free(t);
    return rc;
}

int bl_out_sink(const char *data, size_t len, void *user)
{
    bl_out *o = user;
    if (fwrite(data, 1, len, o->f) != len) {
        o->failed = 1;
        o->sync_errno = errno ? errno : EIO; /* reported at the close */
        return -1;
    }
    return 0;
}

/* Flushes a complete temporary file and waits for it to reach the disk,
 * ahead of out_close: an export syncs each output as soon as it is
 * written, in the thread that wrote it, so one file's wait overlaps the
 * work on another.  A failure is kept for out_close. */
void bl_out_sync(bl_out *o)
{
    if (o->f == stdout || o->failed || o->synced || o->direct)
        return;
    if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0) {
        o->failed = 1;
        o->sync_errno = errno ? errno : EIO;
        return;
    }
    o->synced = 1;
}

/* Finishes the output: on success flushes, syncs (unless out_sync did)
 * and links or renames it in; otherwise drops it and leaves any old
 * output as it was.  Returns 0 on success. */
int bl_out_close(bl_out *o, int ok)
{
    int rc = 0;
    if (o->f == stdout) {
        if (fflush(stdout) != 0 || ferror(stdout))
            rc = -1;
        return ok && !o->failed ? rc : -1;
    }
    if (o->direct) { /* a device or FIFO: nothing to commit */
        if (fflush(o->f) != 0 || ferror(o->f)) {
            rc = -1;
            if (!o->sync_errno)
                o->sync_errno = errno ? errno : EIO;
        }
        if (fclose(o->f) != 0 && !o->sync_errno)
            o->sync_errno = errno ? errno : EIO;
        if (o->sync_errno)
            errno = o->sync_errno;
        return ok && !o->failed && !o->sync_errno ? rc : -1;
    }
    if (ok && !o->failed && !o->synced) {
        if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0)
            rc = -1;
    }
    if (o->unnamed) {
        if (ok && !o->failed && rc == 0 && link_unnamed(o) != 0)
            rc = -1;
        else if (!(ok && !o->failed))
            rc = -1;
        int saved = o->sync_errno ? o->sync_errno : errno;
        if (fclose(o->f) != 0 && rc == 0) {
            rc = -1;
            saved = errno;
        }
        errno = saved;
        return rc;
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

int bl_out_clean_folder(const char *dir, time_t before)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        /* .NAME.bulletin-XXXXXX: the named temporary files of this
         * program, and nothing else */
        const char *m = e->d_name[0] == '.' ? strstr(e->d_name, BL_TEMP_MARK) : NULL;
        if (!m || m == e->d_name + 1 || strlen(m) != sizeof BL_TEMP_MARK - 1 + 6)
            continue;
        char p[4352];
        if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p)
            continue;
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < before &&
            st.st_uid == geteuid() && unlink(p) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}

void bl_out_add_worker(int k, pid_t pid)
{
    if (k >= 0 && k < (int)(sizeof signal_workers / sizeof *signal_workers)) {
        signal_workers[k] = pid;
        atomic_store(&signal_nworkers, k + 1);
    }
}

void bl_out_forget_workers(void) { atomic_store(&signal_nworkers, 0); }

/* --- the public face ---------------------------------------------------- */

struct bulletin_output {
    bl_out o;
    char path[];
};

static void io_diag(bulletin_diag *diag, const char *path, const char *what, int err)
{
    if (!diag)
        return;
    bulletin_diag_clear(diag);
    diag->status = BULLETIN_ERR_IO;
    snprintf(diag->file, sizeof diag->file, "%s", path);
    snprintf(diag->message, sizeof diag->message, "%s: %s", what, strerror(err));
}

bulletin_status bulletin_output_open(const char *path, bulletin_output **out, bulletin_diag *diag)
{
    *out = NULL;
    size_t n = strlen(path) + 1;
    bulletin_output *w = malloc(sizeof *w + n);
    if (!w) {
        io_diag(diag, path, "cannot create", ENOMEM);
        if (diag)
            diag->status = BULLETIN_ERR_NOMEM;
        return BULLETIN_ERR_NOMEM;
    }
    memcpy(w->path, path, n);
    if (bl_out_open(&w->o, w->path) != 0) {
        int err = errno ? errno : EIO;
        free(w);
        io_diag(diag, path, "cannot create", err);
        return BULLETIN_ERR_IO;
    }
    *out = w;
    return BULLETIN_OK;
}

int bulletin_output_sink(const char *data, size_t len, void *user)
{
    return bl_out_sink(data, len, &((bulletin_output *)user)->o);
}

bulletin_status bulletin_output_close(bulletin_output *out, int commit, bulletin_diag *diag)
{
    if (!out)
        return BULLETIN_OK;
    bool write_failed = out->o.failed;
    int rc = bl_out_close(&out->o, commit);
    bulletin_status st = BULLETIN_OK;
    if (rc != 0 && (commit || write_failed)) {
        io_diag(diag, out->path, "write failed", errno ? errno : EIO);
        st = BULLETIN_ERR_IO;
    }
    free(out);
    return st;
}
