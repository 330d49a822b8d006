/*
 * thread.h - starting a helper thread on a core that is free now.
 *
 * Linux's scheduler puts a new thread on its creator's core and moves it
 * to an idle one only at the next load balance: on the 2-core machines
 * bulletin is measured on, the thread that renders the workbook beside
 * the PDF started 0.1 ms after pthread_create half the time and 1.5-4 ms
 * after it the other half.  bl_thread_start creates the thread allowed
 * only on the other cores the process may use, so it starts on one at
 * once, and the thread's first act is to take back every core: after
 * its start the scheduler places it freely, as any thread.
 *
 * The thread starts with every signal blocked, so signals sent to the
 * process go to the application's threads (the CLI's cleanup handler
 * runs where it can see every temporary file).
 *
 * Used by the CLI (the outputs after the PDF, a batch worker's commits)
 * and the PDF backend (font deflates).  No allocation: the record lives with the caller until
 * bl_thread_join.
 */
#ifndef BL_THREAD_H
#define BL_THREAD_H

#include <pthread.h>
#include <stdbool.h>

typedef struct {
    pthread_t id;
    void *(*fn)(void *);
    void *arg;
    bool wide;              /* `cpus` holds the process's cores */
    unsigned long cpus[16]; /* a cpu_set_t (1,024 cores), kept opaque */
} bl_thread;

/* Starts fn(arg) in a new thread, on another core than the caller's when
 * the process may use one.  Returns 0 or pthread_create's error. */
int bl_thread_start(bl_thread *t, void *(*fn)(void *), void *arg);

/* Waits for the thread; returns pthread_join's result. */
int bl_thread_join(bl_thread *t);

#endif
