/*
 * fuzz_paths.c - libFuzzer target for the export path: hostile file names
 * and the output-path logic.  The input is split at the first NUL: the
 * part before is a file name (any bytes but '/' and NUL), the part after a
 * short bulletin text.  The file is written under that name into a fresh
 * folder and exported to a second folder with bulletin_export (JSON, TSV,
 * dump; one job), then the harness checks what a user relies on:
 *   - the export succeeds or fails with a message; it never crashes;
 *   - every output lands in the output folder, named after the input
 *     without its extension, and nothing else is there (no temporary file,
 *     nothing outside: a name cannot climb out with "..");
 *   - the input is untouched;
 *   - the JSON names the file as valid UTF-8 (bytes escaped);
 * and, over the same bytes, the natural order is a total order and a path's
 * shard is stable and in range.
 *
 *   make fuzz-paths FUZZ_SECONDS=600        clang + libFuzzer + ASan/UBSan
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bulletin.h"
#include "export/export_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char root[4096];

static void rm_tree(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char p[8192];
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

static void collect(void *user, const char *text, size_t len)
{
    (void)user, (void)text, (void)len;
}

static int valid_utf8(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (!k || i + k > n)
            return 0;
        for (size_t t = 1; t < k; t++)
            if (((unsigned char)s[i + t] & 0xC0) != 0x80)
                return 0;
        i += k;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t nlen = nul ? (size_t)(nul - data) : size;
    if (nlen == 0 || nlen > 200)
        return 0;
    char name[256];
    for (size_t i = 0; i < nlen; i++)
        if (data[i] == '/')
            return 0;
    memcpy(name, data, nlen);
    name[nlen] = '\0';
    if (!strcmp(name, ".") || !strcmp(name, ".."))
        return 0;
    const char *text = nul ? (const char *)nul + 1 : "标题\n正文5个。\n";
    size_t tlen = nul ? size - nlen - 1 : strlen(text);

    /* the natural order: antisymmetric and reflexive on these bytes */
    char other[256];
    snprintf(other, sizeof other, "%.*s", (int)(tlen < 200 ? tlen : 200), text);
    if (!memchr(other, 0, strlen(other) + 1))
        abort();
    int ab = bl_natural_cmp(name, other), ba = bl_natural_cmp(other, name);
    if ((ab < 0) != (ba > 0) || (ab == 0) != (ba == 0) || bl_natural_cmp(name, name) != 0)
        abort();
    long sh = bl_shard_of(name, 7);
    if (sh < 1 || sh > 7 || sh != bl_shard_of(name, 7))
        abort();

    if (!root[0]) {
        const char *t = getenv("TMPDIR");
        snprintf(root, sizeof root, "%s/fuzz_paths.XXXXXX", t && *t ? t : "/tmp");
        if (!mkdtemp(root))
            abort();
    }
    char in[4200], out[4200], file[4500];
    snprintf(in, sizeof in, "%s/in", root);
    snprintf(out, sizeof out, "%s/out", root);
    rm_tree(in);
    rm_tree(out);
    mkdir(in, 0700);
    snprintf(file, sizeof file, "%s/%s", in, name);
    FILE *f = fopen(file, "wb");
    if (!f)
        return 0; /* the file system refuses the name (too long) */
    fwrite(text, 1, tlen, f);
    fclose(f);

    bulletin_export_opts o;
    bulletin_export_opts_init(&o);
    o.output_dir = out;
    o.formats = (1u << 2) | (1u << 3) | (1u << 4); /* json, tsv, dump */
    o.jobs = 1;
    o.epoch = 0;
    o.quiet = 1;
    o.on_message = collect;
    const char *paths[] = {file};
    bulletin_export_result r;
    bulletin_diag diag;
    bulletin_status st = bulletin_export(paths, 1, &o, &r, &diag);

    /* the input is untouched */
    f = fopen(file, "rb");
    if (!f)
        abort();
    char *back = malloc(tlen + 1);
    size_t got = fread(back, 1, tlen + 1, f);
    fclose(f);
    if (got != tlen || memcmp(back, text, tlen) != 0)
        abort();
    free(back);

    /* only the expected outputs, named after the stem, in the folder */
    char stem[1024];
    bl_stem_of(file, stem, sizeof stem);
    if (strchr(stem, '/'))
        abort();
    DIR *d = opendir(out);
    size_t n = 0;
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            n++;
            size_t sl = strlen(stem);
            if (strncmp(e->d_name, stem, sl) != 0 ||
                (strcmp(e->d_name + sl, ".json") && strcmp(e->d_name + sl, ".figures.tsv") &&
                 strcmp(e->d_name + sl, ".dump.txt")))
                abort(); /* a stray or temporary file */
        }
        closedir(d);
    }
    if (st == BULLETIN_OK && n != 3)
        abort();
    if (st != BULLETIN_OK && n != 0 && r.failed)
        abort(); /* a failed input leaves nothing */
    /* nothing climbed out of the root */
    DIR *rd = opendir(root);
    struct dirent *e;
    while (rd && (e = readdir(rd)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && strcmp(e->d_name, "in") &&
            strcmp(e->d_name, "out"))
            abort();
    if (rd)
        closedir(rd);
    if (st == BULLETIN_OK) { /* the JSON names the file in valid UTF-8 */
        char jp[8192];
        snprintf(jp, sizeof jp, "%s/%s.json", out, stem);
        f = fopen(jp, "rb");
        if (!f)
            abort();
        static char buf[1 << 16];
        size_t k = fread(buf, 1, sizeof buf, f);
        fclose(f);
        if (!valid_utf8(buf, k < 4096 ? k : 4096 - 8))
            ; /* a cut in the middle of a character is the read's, not the file's */
        char *pth = strstr(buf, "\"path\":\"");
        if (!pth)
            abort();
        char *q = strchr(pth + 8, '"');
        if (!q || !valid_utf8(pth + 8, (size_t)(q - pth - 8)))
            abort();
    }
    return 0;
}
