/*
 * thread.c - helper threads started on a free core.  See thread.h.
 */
#define _GNU_SOURCE /* pthread_attr_setaffinity_np, sched_getcpu, CPU_* */
#include "thread.h"

#include <assert.h>
#include <sched.h>
#include <signal.h>
#include <string.h>

static_assert(sizeof(((bl_thread *)0)->cpus) == sizeof(cpu_set_t), "bl_thread.cpus is a cpu_set_t");

static void *trampoline(void *p)
{
    bl_thread *t = p;
    if (t->wide) {
        cpu_set_t all;
        memcpy(&all, t->cpus, sizeof all);
        /* a failure leaves the thread on the other cores: still correct */
        (void)pthread_setaffinity_np(pthread_self(), sizeof all, &all);
    }
    return t->fn(t->arg);
}

static int create(bl_thread *t, pthread_attr_t *attr)
{
    /* The thread starts with every signal blocked (a thread inherits its
     * creator's mask): a signal sent to the process is then handled by
     * one of the application's own threads, never by a helper. */
    sigset_t all, old;
    sigfillset(&all);
    int masked = pthread_sigmask(SIG_BLOCK, &all, &old) == 0;
    int rc = pthread_create(&t->id, attr, trampoline, t);
    if (masked)
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    return rc;
}

int bl_thread_start(bl_thread *t, void *(*fn)(void *), void *arg)
{
    t->fn = fn;
    t->arg = arg;
    t->wide = false;
    cpu_set_t all, other;
    int cpu = sched_getcpu();
    pthread_attr_t attr;
    bool pinned = false;
    if (cpu >= 0 && sched_getaffinity(0, sizeof all, &all) == 0 && CPU_ISSET(cpu, &all)) {
        other = all;
        CPU_CLR(cpu, &other);
        if (CPU_COUNT(&other) > 0 && pthread_attr_init(&attr) == 0) {
            pinned = pthread_attr_setaffinity_np(&attr, sizeof other, &other) == 0;
            if (!pinned)
                pthread_attr_destroy(&attr);
        }
    }
    if (!pinned)
        return create(t, NULL);
    memcpy(t->cpus, &all, sizeof all);
    t->wide = true;
    int rc = create(t, &attr);
    pthread_attr_destroy(&attr);
    if (rc != 0) { /* e.g. a seccomp or cgroup rule against affinity */
        t->wide = false;
        rc = create(t, NULL);
    }
    return rc;
}

int bl_thread_join(bl_thread *t)
{
    return pthread_join(t->id, NULL);
}
