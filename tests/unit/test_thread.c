/* Unit tests of src/thread.c: the function runs with its argument, the
 * thread starts away from its creator's core and ends up with every core
 * the process may use, and it runs with every signal blocked while its
 * creator's mask stays as it was. */
#define _GNU_SOURCE /* sched_getcpu, pthread_getaffinity_np, CPU_* */
#include <sched.h>
#include <signal.h>

#include "test_util.h"

#include "base/thread.h"

typedef struct {
    int start_cpu;
    int value;
    cpu_set_t after; /* the thread's mask once running */
} probe;

static void *run(void *arg)
{
    probe *p = arg;
    p->start_cpu = sched_getcpu();
    p->value *= 2;
    pthread_getaffinity_np(pthread_self(), sizeof p->after, &p->after);
    return NULL;
}

static void test_runs_fn_with_arg(void **state)
{
    (void)state;
    probe p = {.value = 21};
    bl_thread t;
    assert_int_equal(bl_thread_start(&t, run, &p), 0);
    assert_int_equal(bl_thread_join(&t), 0);
    assert_int_equal(p.value, 42);
}

static void test_starts_elsewhere_then_takes_every_core(void **state)
{
    (void)state;
    cpu_set_t all, two;
    assert_int_equal(sched_getaffinity(0, sizeof all, &all), 0);
    if (CPU_COUNT(&all) < 2)
        skip();
    /* the caller on its core and one other */
    int here = sched_getcpu(), there = -1;
    for (int k = 0; k < CPU_SETSIZE && there < 0; k++)
        if (k != here && CPU_ISSET(k, &all))
            there = k;
    CPU_ZERO(&two);
    CPU_SET(here, &two);
    CPU_SET(there, &two);
    assert_int_equal(pthread_setaffinity_np(pthread_self(), sizeof two, &two), 0);
    probe p = {.value = 1};
    bl_thread t;
    int before = sched_getcpu();
    int rc = bl_thread_start(&t, run, &p);
    int after = sched_getcpu();
    if (rc == 0)
        rc = bl_thread_join(&t);
    pthread_setaffinity_np(pthread_self(), sizeof all, &all);
    assert_int_equal(rc, 0);
    assert_int_equal(p.value, 2);
    if (before == after) /* the caller did not move meanwhile */
        assert_int_not_equal(p.start_cpu, before);
    assert_true(CPU_ISSET(p.start_cpu, &two));
    assert_true(CPU_EQUAL(&p.after, &two)); /* every core its creator had */
}

static void *read_mask(void *arg)
{
    pthread_sigmask(SIG_BLOCK, NULL, (sigset_t *)arg);
    return NULL;
}

static void test_signals_blocked_in_thread_only(void **state)
{
    (void)state;
    sigset_t none, before, after, in_thread;
    sigemptyset(&none);
    assert_int_equal(pthread_sigmask(SIG_SETMASK, &none, &before), 0);
    sigemptyset(&in_thread);
    bl_thread t;
    assert_int_equal(bl_thread_start(&t, read_mask, &in_thread), 0);
    assert_int_equal(bl_thread_join(&t), 0);
    assert_true(sigismember(&in_thread, SIGTERM));
    assert_true(sigismember(&in_thread, SIGINT));
    assert_true(sigismember(&in_thread, SIGHUP));
    assert_true(sigismember(&in_thread, SIGUSR1));
    pthread_sigmask(SIG_SETMASK, NULL, &after);
    assert_false(sigismember(&after, SIGTERM)); /* the creator's is untouched */
    assert_false(sigismember(&after, SIGINT));
    pthread_sigmask(SIG_SETMASK, &before, NULL);
}

static void test_one_core_runs_anyway(void **state)
{
    (void)state;
    cpu_set_t all, one;
    assert_int_equal(sched_getaffinity(0, sizeof all, &all), 0);
    CPU_ZERO(&one);
    CPU_SET(sched_getcpu(), &one);
    /* the caller alone on its core: no other core to start on */
    assert_int_equal(pthread_setaffinity_np(pthread_self(), sizeof one, &one), 0);
    probe p = {.value = 1};
    bl_thread t;
    int rc = bl_thread_start(&t, run, &p);
    if (rc == 0)
        rc = bl_thread_join(&t);
    pthread_setaffinity_np(pthread_self(), sizeof all, &all);
    assert_int_equal(rc, 0);
    assert_int_equal(p.value, 2);
    assert_true(CPU_EQUAL(&p.after, &one));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_runs_fn_with_arg),
        cmocka_unit_test(test_starts_elsewhere_then_takes_every_core),
        cmocka_unit_test(test_one_core_runs_anyway),
        cmocka_unit_test(test_signals_blocked_in_thread_only),
    };
    return cmocka_run_group_tests_name("thread", tests, NULL, NULL);
}
