/* Unit tests of src/export: atomic outputs (output.c), one input's export
 * (job.c) and the batch (export.c): what is written, what is refused
 * before any work, what a failure leaves, the order of messages, and the
 * backend table. */
#include <dirent.h>
#include <fcntl.h>
#include <time.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_util.h"

/* A fresh folder under $TMPDIR (or /tmp); removed by rm_tree. */
static void make_dir(char *out, size_t size)
{
    const char *t = getenv("TMPDIR");
    snprintf(out, size, "%s/test_export.XXXXXX", t && *t ? t : "/tmp");
    assert_non_null(mkdtemp(out));
}

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rm_tree(p);
        else
            unlink(p);
    }
    closedir(d);
    rmdir(dir);
}

static void write_file(const char *dir, const char *name, const char *text)
{
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fputs(text, f);
    assert_int_equal(fclose(f), 0);
}

/* The whole content of dir/name, or NULL when it does not exist. */
static char *read_file(const char *dir, const char *name)
{
    char p[4096];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "rb");
    if (!f)
        return NULL;
    char *buf = calloc(1, 1 << 20);
    size_t n = fread(buf, 1, (1 << 20) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* The names in `dir`, sorted, one a line. */
static void list_dir(const char *dir, char *out, size_t size)
{
    struct dirent **v;
    int n = scandir(dir, &v, NULL, alphasort);
    assert_true(n >= 0);
    size_t k = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (v[i]->d_name[0] != '.' || strlen(v[i]->d_name) > 2)
            if (strcmp(v[i]->d_name, ".") != 0 && strcmp(v[i]->d_name, "..") != 0)
                k += (size_t)snprintf(out + k, size - k, "%s\n", v[i]->d_name);
        free(v[i]);
    }
    free(v);
}

/* Messages as the engine delivered them, in order. */
typedef struct {
    char text[8192];
    size_t len;
    int calls;
} msgs;

static void on_message(void *user, const char *text, size_t len)
{
    msgs *m = user;
    assert_true(m->len + len < sizeof m->text);
    memcpy(m->text + m->len, text, len);
    m->len += len;
    m->text[m->len] = '\0';
    m->calls++;
}

static const char good[] = "某市2024年统计公报\n一、综合\n全年地区生产总值1234.5亿元，比上年增长5.2%。\n";

static unsigned formats(const char *a, const char *b)
{
    unsigned bits = 1u << (bulletin_backend_find(a) - bulletin_backends);
    if (b)
        bits |= 1u << (bulletin_backend_find(b) - bulletin_backends);
    return bits;
}

/* --- the backend table -------------------------------------------------- */

static void test_backend_table(void **state)
{
    (void)state;
    static const char *const names[] = {"pdf", "xlsx", "json", "tsv", "dump"};
    static const char *const exts[] = {".pdf", ".xlsx", ".json", ".figures.tsv", ".dump.txt"};
    assert_int_equal(bulletin_backend_count(), 5);
    for (size_t k = 0; k < 5; k++) {
        assert_string_equal(bulletin_backends[k].name, names[k]);
        assert_string_equal(bulletin_backends[k].ext, exts[k]);
        assert_non_null(bulletin_backends[k].render);
        assert_non_null(bulletin_backends[k].description);
        assert_ptr_equal(bulletin_backend_find(names[k]), &bulletin_backends[k]);
    }
    assert_null(bulletin_backends[5].name);
    assert_null(bulletin_backend_find("PDF"));
    /* the page-placing backend comes before the one that cites pages */
    assert_int_equal(bulletin_backends[0].flags & BULLETIN_BACKEND_PLACES_PAGES,
                     BULLETIN_BACKEND_PLACES_PAGES);
    assert_int_equal(bulletin_backends[1].flags & BULLETIN_BACKEND_CITES_PAGES,
                     BULLETIN_BACKEND_CITES_PAGES);
    unsigned defaults = 0;
    for (size_t k = 0; k < 5; k++)
        if (bulletin_backends[k].flags & BULLETIN_BACKEND_DEFAULT)
            defaults |= 1u << k;
    assert_int_equal(defaults, 3u); /* pdf and xlsx */
}

/* --- bulletin_output ------------------------------------------------------ */

static void test_output_commit_and_abort(void **state)
{
    (void)state;
    char dir[4096], path[4200], names[1024];
    make_dir(dir, sizeof dir);
    snprintf(path, sizeof path, "%s/out.txt", dir);
    write_file(dir, "out.txt", "old");

    /* aborted: the old file stays, no temporary file is left */
    bulletin_output *o;
    bulletin_diag diag;
    assert_int_equal(bulletin_output_open(path, &o, &diag), BULLETIN_OK);
    assert_int_equal(bulletin_output_sink("new", 3, o), 0);
    list_dir(dir, names, sizeof names);
    assert_string_equal(names, "out.txt\n"); /* unnamed until committed (O_TMPFILE) */
    assert_int_equal(bulletin_output_close(o, 0, &diag), BULLETIN_OK);
    char *s = read_file(dir, "out.txt");
    assert_string_equal(s, "old");
    free(s);
    list_dir(dir, names, sizeof names);
    assert_string_equal(names, "out.txt\n");

    /* committed: replaced whole */
    assert_int_equal(bulletin_output_open(path, &o, &diag), BULLETIN_OK);
    assert_int_equal(bulletin_output_sink("new ", 4, o), 0);
    assert_int_equal(bulletin_output_sink("text", 4, o), 0);
    assert_int_equal(bulletin_output_close(o, 1, &diag), BULLETIN_OK);
    s = read_file(dir, "out.txt");
    assert_string_equal(s, "new text");
    free(s);
    list_dir(dir, names, sizeof names);
    assert_string_equal(names, "out.txt\n");
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0644);
    rm_tree(dir);
}

static void test_output_cannot_create(void **state)
{
    (void)state;
    bulletin_output *o = (bulletin_output *)1;
    bulletin_diag diag;
    assert_int_equal(bulletin_output_open("/nonexistent-dir/x.pdf", &o, &diag), BULLETIN_ERR_IO);
    assert_null(o);
    assert_int_equal(diag.status, BULLETIN_ERR_IO);
    assert_string_equal(diag.file, "/nonexistent-dir/x.pdf");
    assert_string_equal(diag.message, "cannot create: No such file or directory");
    assert_int_equal(bulletin_output_close(NULL, 1, &diag), BULLETIN_OK);
}

static bulletin_status run(const char *const *paths, size_t n, const char *out, unsigned fmts,
                           long jobs, msgs *m, bulletin_export_result *r, bulletin_diag *diag)
{
    bulletin_export_opts o;
    bulletin_export_opts_init(&o);
    o.output_dir = out;
    o.formats = fmts;
    o.jobs = jobs;
    o.fonts_dir = "fonts";
    o.templates_dir = "templates";
    o.epoch = 1700000000;
    o.on_message = on_message;
    o.user = m;
    return bulletin_export(paths, n, &o, r, diag);
}

/* A device is written in place: /dev/null stays a character device. */
static void test_output_device_in_place(void **state)
{
    (void)state;
    struct stat before, after;
    assert_int_equal(stat("/dev/null", &before), 0);
    bulletin_output *o;
    bulletin_diag diag;
    assert_int_equal(bulletin_output_open("/dev/null", &o, &diag), BULLETIN_OK);
    assert_int_equal(bulletin_output_sink("gone", 4, o), 0);
    assert_int_equal(bulletin_output_close(o, 1, &diag), BULLETIN_OK);
    assert_int_equal(stat("/dev/null", &after), 0);
    assert_true(S_ISCHR(after.st_mode));
    assert_int_equal(after.st_ino, before.st_ino);
    /* a folder is not an output */
    char dir[4096];
    make_dir(dir, sizeof dir);
    assert_int_equal(bulletin_output_open(dir, &o, &diag), BULLETIN_ERR_IO);
    assert_non_null(strstr(diag.message, "Is a directory"));
    rm_tree(dir);
}

/* What a SIGKILL leaves where O_TMPFILE is missing is the program's own
 * .NAME.bulletin-XXXXXX files: removed by the next export into the
 * folder when older than it; nothing else is touched. */
static void test_clean_folder(void **state)
{
    (void)state;
    char in[4096], out[4096], names[1024];
    make_dir(in, sizeof in);
    make_dir(out, sizeof out);
    write_file(in, "a.txt", good);
    static const char *const files[] = {".a.pdf.bulletin-Ab12Cd", ".b.xlsx.bulletin-zzzzzz",
                                        ".a.pdf.bulletin-short", "x.bulletin-abcdef",
                                        ".a.pdf.XXXXXX", "keep.txt"};
    for (size_t i = 0; i < 6; i++)
        write_file(out, files[i], "x");
    /* all of them an hour old but the second */
    for (size_t i = 0; i < 6; i++) {
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", out, files[i]);
        struct timespec ts[2] = {{time(NULL) - (i == 1 ? -100 : 3600), 0},
                                 {time(NULL) - (i == 1 ? -100 : 3600), 0}};
        assert_int_equal(utimensat(AT_FDCWD, p, ts, 0), 0);
    }
    const char *paths[] = {in};
    msgs m = {0};
    bulletin_export_result r;
    bulletin_diag diag;
    assert_int_equal(run(paths, 1, out, formats("json", NULL), 1, &m, &r, &diag), BULLETIN_OK);
    list_dir(out, names, sizeof names);
    assert_string_equal(names, ".a.pdf.XXXXXX\n.a.pdf.bulletin-short\n.b.xlsx.bulletin-zzzzzz\n"
                               "a.json\nkeep.txt\nx.bulletin-abcdef\n");
    rm_tree(in);
    rm_tree(out);
}

/* A folder's *.txt that is not a regular file (a FIFO would block the
 * batch) is skipped with a warning; the others are exported. */
static void test_export_skips_fifo(void **state)
{
    (void)state;
    char in[4096], out[4096], names[1024], fifo[4200], want[8192];
    make_dir(in, sizeof in);
    make_dir(out, sizeof out);
    write_file(in, "a.txt", good);
    snprintf(fifo, sizeof fifo, "%s/b.txt", in);
    assert_int_equal(mkfifo(fifo, 0644), 0);
    const char *paths[] = {in};
    msgs m = {0};
    bulletin_export_result r;
    bulletin_diag diag;
    assert_int_equal(run(paths, 1, out, formats("json", NULL), 1, &m, &r, &diag), BULLETIN_OK);
    assert_int_equal(r.inputs, 1);
    list_dir(out, names, sizeof names);
    assert_string_equal(names, "a.json\n");
    snprintf(want, sizeof want, "%s: warning: not a regular file, skipped\n", fifo);
    assert_string_equal(m.text, want);
    rm_tree(in);
    rm_tree(out);
}

/* --- bulletin_export -------------------------------------------------------- */


static void test_export_writes_every_format(void **state)
{
    (void)state;
    char in[4096], out[4096], names[1024];
    make_dir(in, sizeof in);
    make_dir(out, sizeof out);
    write_file(in, "a.txt", good);
    const char *paths[] = {in};
    msgs m = {0};
    bulletin_export_result r;
    bulletin_diag diag;
    assert_int_equal(run(paths, 1, out, 0x1f, 1, &m, &r, &diag), BULLETIN_OK);
    assert_int_equal(r.inputs, 1);
    assert_int_equal(r.failed, 0);
    list_dir(out, names, sizeof names);
    assert_string_equal(names, "a.dump.txt\na.figures.tsv\na.json\na.pdf\na.xlsx\n");
    char *pdf = read_file(out, "a.pdf");
    assert_memory_equal(pdf, "%PDF-", 5);
    free(pdf);
    char *tsv = read_file(out, "a.figures.tsv");
    assert_non_null(strstr(tsv, "\t1234.5\t亿元\t"));
    free(tsv);
    assert_int_equal(m.len, 0); /* nothing to say */
    rm_tree(in);
    rm_tree(out);
}

/* A failed input leaves its old outputs as they were and nothing beside
 * them; the other inputs are exported; messages come in input order
 * whatever the number of jobs. */
static void test_export_failure_and_order(void **state)
{
    (void)state;
    for (long jobs = 1; jobs <= 2; jobs++) {
        char in[4096], out[4096], names[1024];
        make_dir(in, sizeof in);
        make_dir(out, sizeof out);
        write_file(in, "a.txt", good);
        write_file(in, "b.txt", "标题\n\xff\xfe坏\n");
        write_file(in, "c.txt", good);
        write_file(out, "b.json", "old b");
        const char *paths[] = {in};
        msgs m = {0};
        bulletin_export_result r;
        bulletin_diag diag;
        assert_int_equal(run(paths, 1, out, formats("json", "dump"), jobs, &m, &r, &diag),
                         BULLETIN_ERR_IO);
        assert_int_equal(r.inputs, 3);
        assert_int_equal(r.failed, 1);
        list_dir(out, names, sizeof names);
        assert_string_equal(names, "a.dump.txt\na.json\nb.json\nc.dump.txt\nc.json\n");
        char *b = read_file(out, "b.json");
        assert_string_equal(b, "old b");
        free(b);
        char want[8192];
        snprintf(want, sizeof want, "%s/b.txt:2:1: error: invalid UTF-8 (byte 0xFF)\n", in);
        assert_string_equal(m.text, want);
        rm_tree(in);
        rm_tree(out);
    }
}

static void test_export_refused_before_work(void **state)
{
    (void)state;
    char a[4096], b[4096], out[4096], names[1024], want[16384];
    make_dir(a, sizeof a);
    make_dir(b, sizeof b);
    make_dir(out, sizeof out);
    write_file(a, "x.txt", good);
    write_file(b, "x.txt", good);
    char pa[4200], pb[4200];
    snprintf(pa, sizeof pa, "%s/x.txt", a);
    snprintf(pb, sizeof pb, "%s/x.txt", b);
    const char *both[] = {pa, pb};
    msgs m = {0};
    bulletin_export_result r;
    bulletin_diag diag;
    assert_int_equal(run(both, 2, out, formats("json", NULL), 2, &m, &r, &diag),
                     BULLETIN_ERR_USAGE);
    /* named in path order */
    const char *lo = strcmp(pa, pb) < 0 ? pa : pb, *hi = lo == pa ? pb : pa;
    snprintf(want, sizeof want, "%s and %s would both write %s/x.*", lo, hi, out);
    assert_string_equal(diag.message, want);
    list_dir(out, names, sizeof names);
    assert_string_equal(names, ""); /* no work done */

    /* an output that resolves to an input (here a link to it) */
    char link[4200];
    snprintf(link, sizeof link, "%s/x.json", out);
    assert_int_equal(symlink(pa, link), 0);
    const char *one[] = {pa};
    assert_int_equal(run(one, 1, out, formats("json", NULL), 1, &m, &r, &diag),
                     BULLETIN_ERR_USAGE);
    snprintf(want, sizeof want, "%s would overwrite the input %s", link, pa);
    assert_string_equal(diag.message, want);
    char *still = read_file(a, "x.txt");
    assert_string_equal(still, good);
    free(still);
    unlink(link);
    char py[4200];
    snprintf(py, sizeof py, "%s/x.txt", a);

    /* no input, no folder */
    const char *none[] = {out};
    assert_int_equal(run(none, 1, out, 0, 1, &m, &r, &diag), BULLETIN_ERR_IO);
    assert_string_equal(diag.message, "export: no *.txt input found");
    const char *ref[] = {py};
    /* a missing output folder is made, with its parents */
    char missing[4300];
    snprintf(missing, sizeof missing, "%s/new/deeper", out);
    assert_int_equal(run(ref, 1, missing, formats("json", NULL), 1, &m, &r, &diag), BULLETIN_OK);
    char *made = read_file(missing, "x.json");
    assert_non_null(made);
    free(made);
    /* an output "folder" that is a file */
    char afile[4300];
    snprintf(afile, sizeof afile, "%s/x.txt", a);
    assert_int_equal(run(ref, 1, afile, 0, 1, &m, &r, &diag), BULLETIN_ERR_IO);
    snprintf(want, sizeof want, "%s: not a directory", afile);
    assert_string_equal(diag.message, want);
    assert_int_equal(m.len, 0);
    rm_tree(a);
    rm_tree(b);
    rm_tree(out);
}

/* The same bytes with one job and with two. */
static void test_export_jobs_same_bytes(void **state)
{
    (void)state;
    char in[4096], o1[4096], o2[4096];
    make_dir(in, sizeof in);
    make_dir(o1, sizeof o1);
    make_dir(o2, sizeof o2);
    write_file(in, "a.txt", good);
    write_file(in, "b.txt", "通知\n一、事项\n请于3月31日前报送，共计15家单位。\n");
    const char *paths[] = {in};
    msgs m = {0};
    bulletin_export_result r;
    bulletin_diag diag;
    assert_int_equal(run(paths, 1, o1, formats("pdf", "xlsx"), 1, &m, &r, &diag), BULLETIN_OK);
    assert_int_equal(run(paths, 1, o2, formats("pdf", "xlsx"), 2, &m, &r, &diag), BULLETIN_OK);
    static const char *const files[] = {"a.pdf", "a.xlsx", "b.pdf", "b.xlsx"};
    for (size_t i = 0; i < 4; i++) {
        char p1[4200], p2[4200];
        snprintf(p1, sizeof p1, "%s/%s", o1, files[i]);
        snprintf(p2, sizeof p2, "%s/%s", o2, files[i]);
        FILE *f1 = fopen(p1, "rb"), *f2 = fopen(p2, "rb");
        assert_non_null(f1);
        assert_non_null(f2);
        int c1, c2;
        long n = 0;
        do {
            c1 = fgetc(f1);
            c2 = fgetc(f2);
            n++;
        } while (c1 == c2 && c1 != EOF);
        assert_int_equal(c1, c2);
        assert_true(n > 1000);
        fclose(f1);
        fclose(f2);
    }
    rm_tree(in);
    rm_tree(o1);
    rm_tree(o2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_backend_table),
        cmocka_unit_test(test_output_commit_and_abort),
        cmocka_unit_test(test_output_cannot_create),
        cmocka_unit_test(test_output_device_in_place),
        cmocka_unit_test(test_clean_folder),
        cmocka_unit_test(test_export_skips_fifo),
        cmocka_unit_test(test_export_writes_every_format),
        cmocka_unit_test(test_export_failure_and_order),
        cmocka_unit_test(test_export_refused_before_work),
        cmocka_unit_test(test_export_jobs_same_bytes),
    };
    return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
