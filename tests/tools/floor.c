/*
 * floor.c - the floor of `bulletin export` for `make bench`: only the work
 * that no export of a bulletin to PDF + XLSX can avoid, so that the export
 * can be measured against it (issue: "within 1.3x of a floor program").
 *
 * Usage: floor [-1] [-f FONTS_INI] [-o DIR] [-v] INPUT PDF_BYTES XLSX_BYTES STREAMS
 *
 * PDF_BYTES and XLSX_BYTES are the sizes of the real export's outputs for
 * INPUT; STREAMS a file holding its PDF's other streams before compression
 * (page contents, ToUnicode maps, CIDToGIDMaps), each as "LENGTH\n" then
 * its bytes: bench.py takes them from a real export of the same input.
 * Their bytes are the export's own because how fast and how far they
 * deflate depends on them (made-up content-stream text of the same size
 * deflated 5 times smaller than the 100x text's real streams, and faster).
 *
 * What it does, in order:
 *  1. Reads INPUT whole and decodes its UTF-8 (an invalid byte stops it).
 *  2. Reads FONTS_INI (default fonts/fonts.ini) and takes, as the export
 *     does, the first existing file of the roles [song] and [hei]
 *     ("file = PATH[:INDEX]", a relative PATH from the ini's folder); maps
 *     each with hb_blob_create_from_file_or_fail (mmap), as
 *     src/pdf/subset.c does, and makes its hb_face.
 *  3. Character sets, an approximation of what the default (brochure)
 *     template draws in each face: hei gets the characters of the first
 *     line (the title) and of every level-1 heading line ("一、" ..
 *     "九十九、" at the start of a line); song gets every character of the
 *     text (the body face; fonts.ini's latin role is the same file, so it
 *     also draws the digits and Latin letters).  White space is dropped;
 *     ASCII , : ; ! ? ( ) become full-width as the parser's normalisation
 *     does (, and : between two digits stay).  Not modelled: the page
 *     furniture's own characters (page numbers, labels of the cover and
 *     the key-figures page) and heading characters the body never uses
 *     (they are in song's set here, not in the export's).
 *  4. hb-subsets each face with the export's settings (src/pdf/subset.c:
 *     the same tables dropped, HB_SUBSET_FLAGS_NO_HINTING, a Unicode set).
 *  5. Deflates each subset, and each stream of STREAMS, with libdeflate,
 *     zlib format, at the export's level (6: font_deflate in
 *     src/pdf/pdf_int.h, used by src/pdf/deflate.c for every stream); one
 *     compressor per face and one for the streams.  Reading STREAMS (from
 *     the page cache) stands in for making them: the layout's work, not
 *     the floor's.
 *  6. Writes DIR/NAME.pdf of exactly PDF_BYTES (the deflated streams, then
 *     filler) and DIR/NAME.xlsx of exactly XLSX_BYTES (filler), NAME being
 *     INPUT's name without ".txt"; each under a temporary name, fsync'd,
 *     renamed over its name (the export links an O_TMPFILE file instead).
 *  With two cores or more (and without -1), like the export with a core to
 *  spare, the song face is subset and deflated in a second thread while
 *  the main thread does the hei face, the streams and the workbook file;
 *  the PDF is written when both are done; -1 does all in one thread.  -v
 *  prints what it made.
 *
 * What it does not do (the avoidable or modelled-away work): parse the
 * bulletin, find figures, lay out or break lines, build libharu's objects,
 * the outline, the xref or the metadata; compute glyph widths; build the
 * workbook's XML or deflate it (libxlsxwriter's zip, with zlib); write the
 * JSON/TSV outputs; check inputs against outputs; load libhpdf,
 * libxlsxwriter, libcrypto, FreeType, inih, jansson (the export's
 * start-up).  It links only libc, HarfBuzz (hb-subset, which brings in
 * GLib, FreeType and graphite2 as in the export) and libdeflate, from its
 * static archive when there is one, as the export does (Makefile).
 * Only the brochure template's two faces are modelled (not gongwen's kai).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb-subset.h>
#include <hb.h>
#include <libdeflate.h>

#define DEFLATE_LEVEL 6 /* src/pdf/pdf_int.h: font_deflate */

/* src/pdf/subset.c: drop_tables (keep the two lists alike) */
static const char *const drop_tables[] = {
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "kern", "gasp", "hdmx",
    "LTSH", "VDMX", "EBDT", "EBLC", "EBSC", "DSIG", "PCLT", "morx", "mort", "feat",
    "bsln", "prop", "trak", "just", "opbd", "lcar", "fond", "MATH", "COLR", "CPAL",
    "SVG ", "CBDT", "CBLC", "sbix", "STAT", "meta", "post",
};

static int verbose;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("floor: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: %s", path, strerror(errno));
    size_t cap = 1 << 16, n = 0;
    unsigned char *b = xmalloc(cap);
    size_t got;
    while ((got = fread(b + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *nb = realloc(b, cap *= 2);
            if (!nb)
                die("out of memory");
            b = nb;
        }
    }
    if (ferror(f))
        die("%s: read error", path);
    fclose(f);
    *len = n;
    return b;
}

/* --- the text ------------------------------------------------------------ */

/* Decodes UTF-8; returns the number of code points in *out. */
static size_t decode(const unsigned char *s, size_t n, uint32_t **out)
{
    uint32_t *cp = xmalloc((n + 1) * sizeof *cp);
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!len || i + (size_t)len > n)
            die("invalid UTF-8 at byte %zu", i);
        uint32_t v = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int j = 1; j < len; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                die("invalid UTF-8 at byte %zu", i);
            v = (v << 6) | (s[i + j] & 0x3F);
        }
        i += (size_t)len;
        if (k == 0 && v == 0xFEFF)
            continue; /* a byte-order mark */
        cp[k++] = v;
    }
    *out = cp;
    return k;
}

static int is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
        || c == 0x3000 || c == 0xA0;
}

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static uint32_t fullwidth(const uint32_t *cp, size_t i, size_t n)
{
    uint32_t c = cp[i];
    int between_digits = i > 0 && i + 1 < n && is_digit(cp[i - 1]) && is_digit(cp[i + 1]);
    switch (c) {
    case ',': return between_digits ? c : 0xFF0C;
    case ':': return between_digits ? c : 0xFF1A;
    case ';': return 0xFF1B;
    case '!': return 0xFF01;
    case '?': return 0xFF1F;
    case '(': return 0xFF08;
    case ')': return 0xFF09;
    default: return c;
    }
}

static int han_digit(uint32_t c)
{
    static const uint32_t d[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
    for (int i = 0; i < 10; i++)
        if (c == d[i])
            return 1;
    return 0;
}

/* A level-1 heading: up to three Chinese numerals, then 、 */
static int is_heading(const uint32_t *cp, size_t from, size_t to)
{
    while (from < to && is_space(cp[from]))
        from++;
    size_t k = 0;
    while (from + k < to && k < 4 && han_digit(cp[from + k]))
        k++;
    return k > 0 && k <= 3 && from + k < to && cp[from + k] == 0x3001;
}

/* --- fonts.ini ------------------------------------------------------------ */

typedef struct {
    char path[4096];
    int index;
} font_file;

/* The first existing file of [role] in ini; 0 when none. */
static int find_role(const char *ini, const char *role, font_file *out)
{
    FILE *f = fopen(ini, "r");
    if (!f)
        die("%s: %s", ini, strerror(errno));
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", ini);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        snprintf(dir, sizeof dir, ".");
    char line[4096], section[64] = "";
    int found = 0;
    while (!found && fgets(line, sizeof line, f)) {
        char *s = line;
        while (*s == ' ' || *s == '\t')
            s++;
        s[strcspn(s, "\r\n")] = '\0';
        if (*s == '#' || *s == ';' || *s == '\0')
            continue;
        if (*s == '[') {
            snprintf(section, sizeof section, "%.*s", (int)strcspn(s + 1, "]"), s + 1);
            continue;
        }
        if (strcmp(section, role) != 0 || strncmp(s, "file", 4) != 0)
            continue;
        char *v = strchr(s, '=');
        if (!v)
            continue;
        for (v++; *v == ' ' || *v == '\t'; v++)
            ;
        size_t len = strlen(v);
        while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
            v[--len] = '\0';
        int index = 0;
        char *colon = strrchr(v, ':');
        if (colon && colon[1] && strspn(colon + 1, "0123456789") == strlen(colon + 1)) {
            index = atoi(colon + 1);
            *colon = '\0';
        }
        int r = v[0] == '/' ? snprintf(out->path, sizeof out->path, "%s", v)
                            : snprintf(out->path, sizeof out->path, "%s/%s", dir, v);
        if (r < 0 || (size_t)r >= sizeof out->path)
            continue;
        out->index = index;
        found = access(out->path, R_OK) == 0;
    }
    fclose(f);
    return found;
}

/* --- one face: subset, deflate --------------------------------------------- */

typedef struct {
    const char *role;
    font_file file;
    const uint32_t *cps; /* the characters this face draws, sorted, distinct */
    size_t n;
    hb_face_t *sub;      /* the subset */
    unsigned raw_len;
    unsigned char *z;    /* its deflated program */
    size_t zlen;
} face_job;

static void subset_and_deflate(face_job *j)
{
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(j->file.path);
    if (!blob)
        die("%s: cannot read the font file", j->file.path);
    hb_face_t *face = hb_face_create(blob, (unsigned)j->file.index);
    hb_blob_destroy(blob);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        die("out of memory");
    hb_set_t *uni = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < j->n; i++)
        hb_set_add(uni, j->cps[i]);
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof drop_tables / sizeof *drop_tables; i++)
        hb_set_add(drop, hb_tag_from_string(drop_tables[i], 4));
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    j->sub = hb_subset_or_fail(face, input);
    if (!j->sub)
        die("%s: cannot subset face %d", j->file.path, j->file.index);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);

    hb_blob_t *res = hb_face_reference_blob(j->sub);
    const char *data = hb_blob_get_data(res, &j->raw_len);
    struct libdeflate_compressor *zc = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    if (!zc)
        die("out of memory");
    size_t cap = libdeflate_zlib_compress_bound(zc, j->raw_len);
    j->z = xmalloc(cap);
    j->zlen = libdeflate_zlib_compress(zc, data, j->raw_len, j->z, cap);
    if (!j->zlen)
        die("deflate failed");
    libdeflate_free_compressor(zc);
    hb_blob_destroy(res);
}

static void *face_main(void *arg)
{
    subset_and_deflate(arg);
    return NULL;
}

/* --- the streams ----------------------------------------------------------- */

/* Deflates each stream of the STREAMS file ("LENGTH\n" then the bytes,
 * repeated) on its own, as the export deflates each page's contents and
 * each font's maps; returns the deflated streams one after the other. */
static unsigned char *deflate_streams(const char *path, size_t *raw_total, size_t *count,
                                      size_t *zlen)
{
    size_t len;
    unsigned char *in = read_file(path, &len);
    struct libdeflate_compressor *zc = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    if (!zc)
        die("out of memory");
    size_t cap = libdeflate_zlib_compress_bound(zc, len) + 64, at = 0;
    unsigned char *z = xmalloc(cap);
    *raw_total = *count = 0;
    for (size_t i = 0; i < len;) {
        size_t n = 0, j = i;
        while (j < len && in[j] >= '0' && in[j] <= '9')
            n = n * 10 + (size_t)(in[j++] - '0');
        if (j == i || j >= len || in[j] != '\n' || n > len - j - 1)
            die("%s: not LENGTH\\n then bytes at byte %zu", path, i);
        j++;
        size_t got = libdeflate_zlib_compress(zc, in + j, n, z + at, cap - at);
        if (!got)
            die("deflate failed");
        at += got;
        *raw_total += n;
        ++*count;
        i = j + n;
        /* room for the next: each stream's bound is at most its size + 64 */
        if (cap - at < libdeflate_zlib_compress_bound(zc, len - i) + 64) {
            cap = at + libdeflate_zlib_compress_bound(zc, len - i) + 64;
            unsigned char *nz = realloc(z, cap);
            if (!nz)
                die("out of memory");
            z = nz;
        }
    }
    libdeflate_free_compressor(zc);
    free(in);
    *zlen = at;
    return z;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Sorts a[0..n) and drops repeats; returns the new count. */
static size_t sort_unique(uint32_t *a, size_t n)
{
    if (n == 0)
        return 0;
    qsort(a, n, sizeof *a, cmp_u32);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (a[i] != a[k - 1])
            a[k++] = a[i];
    return k;
}

/* --- the files ------------------------------------------------------------- */

/* Writes `total` bytes to path: the n parts, then filler; under a
 * temporary name, synced, renamed. */
static void write_file(const char *path, size_t total, const unsigned char **parts,
                       const size_t *lens, int n)
{
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.floor-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0)
        die("%s: %s", tmp, strerror(errno));
    FILE *f = fdopen(fd, "wb");
    if (!f)
        die("%s: %s", tmp, strerror(errno));
    size_t done = 0;
    for (int i = 0; i < n && done < total; i++) {
        size_t len = lens[i] < total - done ? lens[i] : total - done;
        if (fwrite(parts[i], 1, len, f) != len)
            die("%s: %s", tmp, strerror(errno));
        done += len;
    }
    static const unsigned char filler[4096]; /* zeros: the contents do not matter here */
    while (done < total) {
        size_t len = total - done < sizeof filler ? total - done : sizeof filler;
        if (fwrite(filler, 1, len, f) != len)
            die("%s: %s", tmp, strerror(errno));
        done += len;
    }
    if (fflush(f) != 0 || fsync(fileno(f)) != 0 || fclose(f) != 0)
        die("%s: %s", tmp, strerror(errno));
    if (rename(tmp, path) != 0)
        die("%s: %s", path, strerror(errno));
}

static size_t parse_size(const char *s, const char *what)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || end == s)
        die("bad %s: %s", what, s);
    return (size_t)v;
}

int main(int argc, char **argv)
{
    const char *ini = "fonts/fonts.ini", *dir = ".";
    int one_thread = 0;
    int opt;
    while ((opt = getopt(argc, argv, "1f:o:v")) != -1) {
        switch (opt) {
        case '1': one_thread = 1; break;
        case 'f': ini = optarg; break;
        case 'o': dir = optarg; break;
        case 'v': verbose = 1; break;
        default: goto usage;
        }
    }
    if (argc - optind != 4) {
    usage:
        fprintf(stderr, "Usage: floor [-1] [-f FONTS_INI] [-o DIR] [-v] INPUT PDF_BYTES XLSX_BYTES "
                        "STREAMS\n");
        return 2;
    }
    const char *input = argv[optind];
    size_t pdf_bytes = parse_size(argv[optind + 1], "PDF_BYTES");
    size_t xlsx_bytes = parse_size(argv[optind + 2], "XLSX_BYTES");
    const char *streams = argv[optind + 3];

    /* 1. the text */
    size_t len;
    unsigned char *text = read_file(input, &len);
    uint32_t *cp;
    size_t n = decode(text, len, &cp);
    free(text);

    /* 2. the faces */
    face_job song = {.role = "song"}, hei = {.role = "hei"};
    if (!find_role(ini, "song", &song.file))
        die("%s: no file of [song] exists", ini);
    if (!find_role(ini, "hei", &hei.file))
        die("%s: no file of [hei] exists", ini);

    /* 3. the characters of each face, sorted and distinct */
    uint32_t *body = xmalloc(n * sizeof *body), *heads = xmalloc(n * sizeof *heads);
    size_t nb = 0, nh = 0;
    for (size_t from = 0, lineno = 0; from < n; lineno++) {
        size_t to = from;
        while (to < n && cp[to] != '\n')
            to++;
        int hei_line = lineno == 0 || is_heading(cp, from, to);
        for (size_t i = from; i < to; i++) {
            if (is_space(cp[i]))
                continue;
            uint32_t c = fullwidth(cp, i, n);
            body[nb++] = c;
            if (hei_line)
                heads[nh++] = c;
        }
        from = to + 1;
    }
    song.cps = body, song.n = sort_unique(body, nb);
    hei.cps = heads, hei.n = sort_unique(heads, nh);

    /* 4, 5: subset and deflate, the song face in a thread of its own */
    pthread_t t;
    int threaded = !one_thread && sysconf(_SC_NPROCESSORS_ONLN) > 1
                && pthread_create(&t, NULL, face_main, &song) == 0;
    if (!threaded)
        subset_and_deflate(&song);
    subset_and_deflate(&hei);
    size_t szlen = 0, stream_bytes = 0, nstreams = 0;
    unsigned char *sz = deflate_streams(streams, &stream_bytes, &nstreams, &szlen);

    /* 6. the workbook's file while the song face is done, then the PDF */
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    size_t blen = strlen(base);
    if (blen > 4 && strcmp(base + blen - 4, ".txt") == 0)
        blen -= 4;
    char path[4200];
    snprintf(path, sizeof path, "%s/%.*s.xlsx", dir, (int)blen, base);
    write_file(path, xlsx_bytes, NULL, NULL, 0);
    if (threaded)
        pthread_join(t, NULL);

    snprintf(path, sizeof path, "%s/%.*s.pdf", dir, (int)blen, base);
    const unsigned char *parts[] = {song.z, hei.z, sz};
    const size_t lens[] = {song.zlen, hei.zlen, szlen};
    write_file(path, pdf_bytes, parts, lens, 3);
    if (verbose)
        printf("song %s:%d %zu chars, subset %u bytes, deflated %zu\n"
               "hei %s:%d %zu chars, subset %u bytes, deflated %zu\n"
               "%zu streams, %zu bytes, deflated %zu\n"
               "pdf %zu bytes (%zu of them deflated), xlsx %zu bytes\n",
               song.file.path, song.file.index, song.n, song.raw_len, song.zlen, hei.file.path,
               hei.file.index, hei.n, hei.raw_len, hei.zlen, nstreams, stream_bytes, szlen, pdf_bytes,
               song.zlen + hei.zlen + szlen, xlsx_bytes);

    hb_face_destroy(song.sub);
    hb_face_destroy(hei.sub);
    free(song.z);
    free(hei.z);
    free(sz);
    free(body);
    free(heads);
    free(cp);
    return 0;
}
