/*
 * xlsx.c - the workbook of every figure, for analysts (libxlsxwriter
 * 1.1.4): bulletin_render_xlsx (one document) and
 * bulletin_render_xlsx_combined (several in one workbook).  This file
 * makes the workbook (properties, formats), has each sheet written by its
 * own file (xlsx_int.h lists them), and turns libxlsxwriter's file output
 * into bytes for the sink: the temporary files, and the zip read back.
 *
 * Sheets: 数据 (one row per figure, an Excel table), 章节, 原文, 图表 (native
 * charts over cells linked to 数据) and 说明.  Numbers are numeric cells
 * with formats that follow the written precision; widths follow East Asian
 * width; document properties and the zip timestamps are fixed, so the same
 * input gives the same bytes (docs/LIBS.md §6).  Only the files of
 * src/xlsx/ include xlsxwriter.h.
 */
#define _GNU_SOURCE /* O_TMPFILE */
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include <minizip/zip.h>
#include <xlsxwriter.h>

#include "xlsx_int.h"

/* Above this many figures the workbook streams its rows (libxlsxwriter's
 * constant-memory mode, flat memory): 数据 then has an autofilter instead
 * of an Excel table, which that mode cannot write.  A long provincial
 * report has a few hundred figures. */
#define XL_STREAM_FIGURES 20000

/* Up to this many figures the workbook's parts and zip are written in
 * memory ("The parts in memory" below): a bulletin's workbook is a few
 * hundred kilobytes of XML, and its ~20 temporary files cost more in
 * system calls than the copies.  A larger one (the 100x text: 3,814
 * figures, a 2.4 MB 数据 sheet) keeps its parts in temporary files, whose
 * system calls are a small part of its work, so that they do not add to
 * the export's peak memory (+2.6 MiB measured at 100x); its zip is still
 * written in memory (below), each part held whole while it is deflated
 * (+1.5 MiB peak at 100x, for 100M fewer instructions). */
#define XL_MEMORY_FIGURES 1000

/* Neither the parts nor the zip in memory for a document of more nodes
 * than this (paragraphs, headings, rows: the rows of 原文 and 章节): a
 * part is held whole while it is deflated, and 100,000 short paragraphs
 * took 16 MB more than the temporary files and minizip's zip (127 MB
 * for 1.3 MB of text, over 80 bytes per input byte).  The 100x text has
 * some 6,000. */
#define XL_MEMORY_NODES 20000

/* The document's nodes, counted up to `stop`. */
static size_t count_nodes(const bulletin_doc *doc, size_t stop)
{
    size_t n = 0;
    bulletin_iter it;
    bulletin_iter_init(&it, bulletin_doc_root(doc));
    bulletin_event ev;
    while (n <= stop && (ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE)
        n += ev == BULLETIN_EV_ENTER;
    return n;
}

/* The export time: opts->epoch, else the front-matter date, else
 * 2000-01-01 (never the clock: outputs must be reproducible). */
static time_t export_time(const bulletin_doc *doc, const bulletin_render_opts *o)
{
    if (o && o->epoch >= 0)
        return (time_t)o->epoch;
    const char *d = bulletin_doc_meta(doc, BULLETIN_META_DATE);
    if (d) {
        int y = atoi(d), m = atoi(d + 5), day = strlen(d) >= 10 ? atoi(d + 8) : 1; /* 2022-04: its first day */
        return (time_t)((bl_xlsx_excel_serial(y, m, day) - 25569.0) * 86400.0);
    }
    return (time_t)946684800; /* 2000-01-01T00:00:00Z */
}

/* ========================================================================
 * The workbook: export time, formats
 * ====================================================================== */

/* A data format: aligned to the top (wrapped neighbours grow down), with
 * a number format when `code` is not NULL. */
static bulletin_status top_format(xl *x, lxw_format **out, const char *code)
{
    *out = workbook_add_format(x->wb);
    if (!*out)
        return bl_diag_set(x->diag, BULLETIN_ERR_XLSX, x->doc->path, 0, 0,
                           "workbook_add_format failed");
    if (code)
        format_set_num_format(*out, code);
    format_set_align(*out, LXW_ALIGN_VERTICAL_TOP);
    return BULLETIN_OK;
}

/* The formats every sheet writes with (x->f_*). */
static bulletin_status add_formats(xl *x)
{
    bulletin_status status = BULLETIN_OK;
    lxw_workbook *wb = x->wb;
#define NEWFMT(var)                                                            \
    do {                                                                       \
        var = workbook_add_format(wb);                                         \
        XL_NOTNULL(var, "workbook_add_format");                                \
    } while (0)
    NEWFMT(x->f_header);
    format_set_bold(x->f_header);
    format_set_text_wrap(x->f_header);
    format_set_align(x->f_header, LXW_ALIGN_VERTICAL_CENTER);
#define TOPFMT(var, code) BL_CHECK(top_format(x, &(var), code))
    TOPFMT(x->f_text, NULL);
    TOPFMT(x->f_wrap, NULL);
    format_set_text_wrap(x->f_wrap);
    TOPFMT(x->f_int, "#,##0");
    TOPFMT(x->f_year, "0");
    TOPFMT(x->f_date, "yyyy\"年\"m\"月\"d\"日\"");
    TOPFMT(x->f_month, "yyyy\"年\"m\"月\"");
    TOPFMT(x->f_time, "h:mm");
    TOPFMT(x->f_time_s, "h:mm:ss");
    TOPFMT(x->f_link, "0");
    format_set_underline(x->f_link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(x->f_link, LXW_COLOR_BLUE);
    char code[32];
    for (int d = 0; d <= 6; d++) {
        snprintf(code, sizeof code, "#,##0%s%.*s", d ? "." : "", d, "000000");
        TOPFMT(x->f_dec[d], code);
        snprintf(code, sizeof code, "0%s%.*s\"%%\"", d ? "." : "", d, "000000");
        TOPFMT(x->f_pct_lit[d], code);
    }
#undef TOPFMT
#undef NEWFMT
cleanup:
    return status;
}

/* ========================================================================
 * Public API
 * ====================================================================== */

/* The document's file name without its directory and .txt: the PDF the
 * workbook's page numbers link to is NAME.pdf beside it. */
static void stem_of(const bulletin_doc *doc, char *out, size_t size)
{
    const char *path = bulletin_doc_path(doc);
    const char *base = path ? strrchr(path, '/') : NULL;
    base = base ? base + 1 : path ? path : "";
    size_t n = strlen(base);
    if (n > 4 && !strcmp(base + n - 4, ".txt"))
        n -= 4;
    if (!n || !strcmp(base, "-")) {
        base = "bulletin";
        n = strlen(base);
    }
    if (n >= size)
        n = size - 1;
    memcpy(out, base, n);
    out[n] = '\0';
}

static size_t listed_figures(const bulletin_doc *doc)
{
    size_t n = bulletin_doc_figure_count(doc), listed = 0;
    for (size_t i = 0; i < n; i++) {
        bulletin_figure f;
        bulletin_doc_figure(doc, i, &f);
        listed += f.listed != 0;
    }
    return listed;
}

/* ------------------------------------------------------------------------
 * Temporary files.  libxlsxwriter 1.1.4 has no memory output: it writes
 * every XML part (about twenty for one bulletin) to an unlinked temporary
 * file in lxw_workbook_options.tmpdir, zips it from there, and writes the
 * zip to a named file that we read back.  On a disk-backed /tmp, creating,
 * writing and unlinking those files costs the kernel more CPU than all our
 * cell writing (about 2 of the 14 ms of a one-bulletin export).  So when
 * $TMPDIR is not set (when it is, it is the user's choice and always
 * honoured) they go to the memory-backed /dev/shm if it has ample room,
 * else to /tmp as before; a failure on /dev/shm's files (none reaches the
 * sink before the zip is complete) renders again on /tmp.  A streaming
 * workbook stays on disk: its temporary files grow with its sheets.  Either
 * way no file outlives the call: the parts are unlinked when created and
 * the zip in xl_finish.
 * ---------------------------------------------------------------------- */
#define XL_SHM_DIR "/dev/shm"
#define XL_DISK_DIR "/tmp"
/* Room /dev/shm must keep free beyond the workbook's own files. */
#define XL_SHM_RESERVE ((double)(32u << 20))

/* Whether /dev/shm can take the temporary files of a workbook of
 * `figures` figures from `bytes` bytes of text.  The largest part, the
 * 数据 sheet, takes about 0.5 KiB a figure and the shared strings about
 * twice the text; the estimate is four times that, plus 1 MiB of fixed
 * parts (styles, theme, charts). */
static bool shm_has_room(size_t figures, size_t bytes)
{
    struct statvfs sv;
    if (statvfs(XL_SHM_DIR, &sv) != 0)
        return false;
    double need = 2048.0 * (double)figures + 8.0 * (double)bytes + (double)(1u << 20);
    return (double)sv.f_bavail * (double)sv.f_frsize >= need + XL_SHM_RESERVE;
}

/* ------------------------------------------------------------------------
 * The parts in memory.  libxlsxwriter writes each XML part to a file from
 * lxw_tmpfile(), a thin wrapper that its source says is there to be
 * overridden; it then rewinds the file, reads it back into the zip and
 * closes it.  On /dev/shm a part still cost about 14 system calls (stat,
 * open, fcntl, unlink, fstat, writes, lseek, reads, close) and the kernel's
 * page allocation: some 280 calls a workbook.  The program's own
 * lxw_tmpfile (exported from the executable, so that the library's calls
 * reach it; see the Makefile) gives a FILE over a memory buffer while
 * xl_finish packs a workbook of at most XL_MEMORY_FIGURES figures, one
 * buffer reused from part to part; the bytes the library reads back, and
 * so the zip, are the same.  Anywhere else (a workbook of more than XL_MEMORY_FIGURES
 * figures, the shared library, where the symbol stays libxlsxwriter's)
 * the library's own temporary files as before.
 * ---------------------------------------------------------------------- */

typedef struct xl_parts xl_parts;

/* One part: its bytes and the stream's position. */
typedef struct {
    xl_parts *owner;
    char *data;
    size_t len, cap, pos;
    bool used;
} xl_part;

/* The parts of the workbook being packed in this thread.  The library
 * writes one part at a time; a few slots, so that making a part never
 * allocates (a failure to grow one is reported by xl_finish, where a
 * NULL from lxw_tmpfile would also be printed by the library). */
#define XL_PART_SLOTS 4
struct xl_parts {
    const bulletin_mem *mem;
    char *spare; /* the buffer of the last part closed */
    size_t spare_cap;
    bool failed; /* a part or the zip could not grow: it would be short */
    xl_part slot[XL_PART_SLOTS];
    bool files;         /* the parts in the library's temporary files */
    bl_zipw zip;        /* the zip itself, when zipOpen came here */
    bool zip_opened;    /* it did: the bytes are in zip, not in the file */
    bl_zipw_memo *memo; /* kept in the render's cache; NULL: none */
};

static _Thread_local xl_parts *xl_parts_now;

static ssize_t part_read(void *cookie, char *buf, size_t size)
{
    xl_part *p = cookie;
    size_t n = p->pos < p->len ? p->len - p->pos : 0;
    if (n > size)
        n = size;
    if (n == 0) /* an empty part has no buffer */
        return 0;
    memcpy(buf, p->data + p->pos, n);
    p->pos += n;
    return (ssize_t)n;
}

static ssize_t part_write(void *cookie, const char *buf, size_t size)
{
    xl_part *p = cookie;
    if (size == 0)
        return 0;
    if (size > SIZE_MAX - p->pos) {
        p->owner->failed = true;
        return 0;
    }
    size_t need = p->pos + size;
    if (need > p->cap) {
        size_t cap = p->cap ? p->cap : 16384;
        while (cap < need)
            cap = cap > SIZE_MAX / 2 ? need : cap * 2;
        char *d = bl_realloc_array(p->owner->mem, p->data, cap, 1);
        if (!d) {
            p->owner->failed = true;
            return 0;
        }
        p->data = d;
        p->cap = cap;
    }
    if (p->pos > p->len) /* written past the end after a seek */
        memset(p->data + p->len, 0, p->pos - p->len);
    memcpy(p->data + p->pos, buf, size);
    p->pos += size;
    if (p->pos > p->len)
        p->len = p->pos;
    return (ssize_t)size;
}

static int part_seek(void *cookie, off64_t *offset, int whence)
{
    xl_part *p = cookie;
    off64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (off64_t)p->pos : (off64_t)p->len;
    if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)
        return -1;
    if (*offset < -base)
        return -1;
    p->pos = (size_t)(base + *offset);
    *offset = (off64_t)p->pos;
    return 0;
}

static int part_close(void *cookie)
{
    xl_part *p = cookie;
    xl_parts *o = p->owner;
    if (!o->spare) { /* kept for the next part */
        o->spare = p->data;
        o->spare_cap = p->cap;
    } else {
        bl_free(o->mem, p->data);
    }
    p->used = false;
    return 0;
}

/* The zip in memory too, written by the program (zipw.c: libdeflate, the
 * whole part in one call) rather than by minizip and zlib (a deflate
 * stream set up for each part and fed 16 KiB at a time: a tenth of a
 * one-bulletin export's instructions).  libxlsxwriter 1.1.4 calls five
 * functions of minizip: zipOpen(path, 0), then for each part
 * zipOpenNewFileInZip4_64, zipWriteInFileInZip (16 KiB at a time) and
 * zipCloseFileInZip, and zipClose.  The program defines the five
 * (exported as lxw_tmpfile is); a zip opened while xl_finish packs a
 * workbook in memory is written by zipw.c, any other goes to minizip's
 * own functions.  That is every workbook but a streaming one (more than
 * XL_STREAM_FIGURES figures, whose parts are too large to hold whole):
 * above XL_MEMORY_FIGURES the parts stay in the library's temporary files
 * and only the zip is in memory.  The members and their order, names, dates (1980-01-01,
 * which libxlsxwriter gives) and attributes are minizip's; only the
 * deflated bytes differ.  A failure is kept quiet (the calls "succeed")
 * and reported by xl_finish, so that the library prints nothing. */

/* libdeflate's level for the parts.  At 6 (zlib's default, which minizip
 * used) the workbooks come out a little smaller than zlib's (one bulletin
 * 22,249 -> 22,071 bytes; the 100x text 349,941 -> 323,526) for about
 * 60% of zlib's instructions (5.5M against 9.2M; 187M against 305M).
 * Level 1 would take 3.0M and 79M, but the 100x workbook would grow to
 * 444 KB. */
#define XL_ZIP_LEVEL 6

/* minizip's function `name` (the next definition after the program's). */
static void *minizip_fn(const char *name)
{
    void *sym = dlsym(RTLD_NEXT, name);
    return sym;
}

#define MINIZIP_CALL(type, name, args)                                                             \
    do {                                                                                           \
        type fn = NULL;                                                                            \
        void *sym = minizip_fn(#name);                                                             \
        if (sym)                                                                                   \
            memcpy(&fn, &sym, sizeof fn); /* an object pointer to a function pointer */            \
        return fn && fn != name ? fn args : ZIP_INTERNALERROR;                                     \
    } while (0)

typedef int (*write_fn)(zipFile, const void *, unsigned);
typedef int (*close_file_fn)(zipFile);
typedef int (*close_fn)(zipFile, const char *);

/* The zip of this thread's workbook when `file` is it, else NULL. */
static bl_zipw *our_zip(zipFile file)
{
    xl_parts *o = xl_parts_now;
    return o && o->zip_opened && file == (zipFile)&o->zip ? &o->zip : NULL;
}

zipFile ZEXPORT zipOpen(const char *pathname, int append)
{
    xl_parts *o = xl_parts_now;
    if (!o || append || o->zip_opened) { /* minizip's own */
        zipFile (*lib)(const char *, int) = NULL;
        void *sym = minizip_fn("zipOpen");
        if (sym)
            memcpy(&lib, &sym, sizeof lib);
        return lib && lib != zipOpen ? lib(pathname, append) : NULL;
    }
    bl_zipw_init(&o->zip, o->mem, XL_ZIP_LEVEL);
    bl_zipw_use_memo(&o->zip, o->memo);
    o->zip_opened = true;
    return (zipFile)&o->zip;
}

int ZEXPORT zipOpenNewFileInZip4_64(zipFile file, const char *filename, const zip_fileinfo *zipfi,
                                    const void *extrafield_local, uInt size_extrafield_local,
                                    const void *extrafield_global, uInt size_extrafield_global,
                                    const char *comment, int method, int level, int raw,
                                    int windowBits, int memLevel, int strategy,
                                    const char *password, uLong crcForCrypting,
                                    uLong versionMadeBy, uLong flagBase, int zip64)
{
    bl_zipw *z = our_zip(file);
    if (!z) {
        typedef int (*fn_t)(zipFile, const char *, const zip_fileinfo *, const void *, uInt,
                            const void *, uInt, const char *, int, int, int, int, int, int,
                            const char *, uLong, uLong, uLong, int);
        MINIZIP_CALL(fn_t, zipOpenNewFileInZip4_64,
                     (file, filename, zipfi, extrafield_local, size_extrafield_local,
                      extrafield_global, size_extrafield_global, comment, method, level, raw,
                      windowBits, memLevel, strategy, password, crcForCrypting, versionMadeBy,
                      flagBase, zip64));
    }
    (void)windowBits, (void)memLevel, (void)strategy, (void)crcForCrypting, (void)zip64;
    /* What libxlsxwriter 1.1.4 asks for; anything else is not written. */
    if (!filename || size_extrafield_local || size_extrafield_global || (comment && *comment) ||
        method != Z_DEFLATED || level != Z_DEFAULT_COMPRESSION || raw || password ||
        versionMadeBy || flagBase || z->open) {
        z->failed = true;
        return ZIP_OK;
    }
    uint32_t dostime = 0;
    if (zipfi && zipfi->dosDate) {
        dostime = (uint32_t)zipfi->dosDate;
    } else if (zipfi) { /* minizip's zip64local_TmzDateToDosDate */
        const tm_zip *t = &zipfi->tmz_date;
        uInt year = t->tm_year;
        if (year >= 1980)
            year -= 1980;
        else if (year >= 80)
            year -= 80;
        dostime = (uint32_t)((t->tm_mday + 32 * (t->tm_mon + 1) + 512 * year) << 16 |
                             (t->tm_sec / 2 + 32 * t->tm_min + 2048 * t->tm_hour));
    }
    bl_zipw_begin(z, filename, dostime);
    return ZIP_OK;
}

int ZEXPORT zipWriteInFileInZip(zipFile file, const void *buf, unsigned len)
{
    bl_zipw *z = our_zip(file);
    if (!z)
        MINIZIP_CALL(write_fn, zipWriteInFileInZip, (file, buf, len));
    bl_zipw_write(z, buf, len);
    return ZIP_OK;
}

int ZEXPORT zipCloseFileInZip(zipFile file)
{
    bl_zipw *z = our_zip(file);
    if (!z)
        MINIZIP_CALL(close_file_fn, zipCloseFileInZip, (file));
    bl_zipw_end(z);
    return ZIP_OK;
}

int ZEXPORT zipClose(zipFile file, const char *global_comment)
{
    bl_zipw *z = our_zip(file);
    if (!z)
        MINIZIP_CALL(close_fn, zipClose, (file, global_comment));
    if (global_comment && *global_comment)
        z->failed = true;
    bl_zipw_finish(z);
    return ZIP_OK;
}

FILE *lxw_tmpfile(char *tmpdir);

/* A part's stream without stdio's lock: libxlsxwriter writes, rewinds and
 * reads each part in the one thread that makes the workbook, with a
 * stdio call (fprintf, fputs) for every tag, attribute and cell, each of
 * which takes and releases the lock once the process has a second thread
 * (the workbook's own, the fonts' deflate): 0.34M instructions of one
 * bulletin's workbook, 13.5M of the 100x text's. */
static FILE *unlocked(FILE *f)
{
    if (f)
        __fsetlocking(f, FSETLOCKING_BYCALLER);
    return f;
}

FILE *lxw_tmpfile(char *tmpdir)
{
    xl_parts *o = xl_parts_now;
    if (!o || o->files) { /* the library's own */
        FILE *(*lib)(char *) = NULL;
        void *sym = dlsym(RTLD_NEXT, "lxw_tmpfile");
        if (sym)
            memcpy(&lib, &sym, sizeof lib); /* an object pointer to a function pointer */
        return unlocked(lib && lib != lxw_tmpfile ? lib(tmpdir) : tmpfile());
    }
    xl_part *p = NULL;
    for (size_t k = 0; k < XL_PART_SLOTS && !p; k++)
        if (!o->slot[k].used)
            p = &o->slot[k];
    if (!p) { /* not the case with libxlsxwriter 1.1.4: one part at a time */
        o->failed = true;
        return NULL;
    }
    *p = (xl_part){o, NULL, 0, 0, 0, true};
    p->data = o->spare;
    p->cap = o->spare_cap;
    o->spare = NULL;
    o->spare_cap = 0;
    static const cookie_io_functions_t io = {part_read, part_write, part_seek, part_close};
    FILE *f = unlocked(fopencookie(p, "w+", io));
    if (!f) {
        o->failed = true;
        part_close(p);
    }
    return f;
}

/* libxlsxwriter errors that come from its temporary or zip files, which a
 * render in another directory may not meet. */
static bool lxw_tmp_error(lxw_error err)
{
    switch (err) {
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_BAD_ZIP_FILE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return true;
    default:
        return false;
    }
}

/* Creates the workbook in a private temporary file in `tmpdir`, where
 * libxlsxwriter's own temporary files go too, with its properties and
 * formats. */
static bulletin_status xl_begin(xl *x, const bulletin_doc *doc, const bulletin_render_opts *opts,
                                bulletin_diag *diag, const char *tmpdir, char *tmppath, size_t size,
                                time_t when, size_t figures)
{
    x->streaming = figures > XL_STREAM_FIGURES;
    x->small = count_nodes(doc, XL_MEMORY_NODES) <= XL_MEMORY_NODES;
    x->in_memory = figures <= XL_MEMORY_FIGURES && x->small;
    bulletin_status status = BULLETIN_OK;
    x->doc = doc;
    x->opts = opts;
    x->diag = diag;
    x->mem = opts->mem ? opts->mem : doc->mem;
    bl_buf_init(&x->scratch, x->mem);
    x->tmpfd = -1;
#ifdef O_TMPFILE
    /* The zip in a file with no name, which libxlsxwriter opens through
     * /proc: nothing is left behind if the process is killed. */
    int tfd = open(tmpdir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (tfd >= 0) {
        snprintf(tmppath, size, "/proc/self/fd/%d", tfd);
        if (access(tmppath, W_OK) == 0)
            x->tmpfd = tfd;
        else
            close(tfd); /* no /proc: a named file as below */
    }
#endif
    int fd = -1;
    if (x->tmpfd < 0) {
        snprintf(tmppath, size, "%s/bulletin-xlsx-XXXXXX", tmpdir);
        fd = mkstemp(tmppath);
    }
    if (x->tmpfd < 0 && fd < 0) {
        tmppath[0] = '\0';
        x->tmp_failed = true;
        return bl_diag_set(diag, BULLETIN_ERR_IO, doc->path, 0, 0,
                           "cannot create a temporary file in %s: %s", tmpdir, strerror(errno));
    }
    if (fd >= 0)
        close(fd);
    lxw_workbook_options wo;
    memset(&wo, 0, sizeof wo);
    wo.tmpdir = (char *)tmpdir;
    wo.constant_memory = x->streaming;
    if (!x->streaming)
        x->cells_began = bl_xlsx_cells_begin();
    x->wb = workbook_new_opt(tmppath, &wo);
    XL_NOTNULL(x->wb, "workbook_new");

    lxw_doc_properties props;
    memset(&props, 0, sizeof props);
    props.title = (char *)bulletin_doc_meta(doc, BULLETIN_META_TITLE);
    props.subject = (char *)(bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE)
                                 ? bulletin_doc_meta(doc, BULLETIN_META_SUBTITLE)
                                 : "公报数据");
    props.author = (char *)bulletin_doc_meta(doc, BULLETIN_META_ISSUER);
    props.company = (char *)bulletin_doc_meta(doc, BULLETIN_META_ISSUER);
    props.keywords = (char *)"公报, 数据, bulletin";
    props.comments = (char *)"bulletin " BULLETIN_VERSION;
    /* libxlsxwriter writes a created time of 0 as the current time: for
     * SOURCE_DATE_EPOCH=0 the core properties say 1970-01-01T00:00:01Z
     * (the 说明 sheet's export time stays exact). */
    props.created = when ? when : 1;
    XL_CHECK(workbook_set_properties(x->wb, &props), "document properties");
    BL_CHECK(add_formats(x));
cleanup:
    return status;
}

/* The zip memo (zipw.h) of the render's cache, made on its first use: a
 * batch's workbooks share their compressor, their member buffer and the
 * deflated bytes of the parts that do not change from one bulletin to
 * the next (40 corpus bulletins with -j 2: 205 of 840 parts copied).
 * Only with the default allocator, whose functions outlive any render;
 * NULL without a cache or memory. */
#define XL_MEMO_KEY "xlsx\x1fzip memo"

static void memo_destroy(void *m)
{
    bl_zipw_memo_free(m);
}

static bl_zipw_memo *zip_memo(const xl *x)
{
    bulletin_cache *cache = x->opts ? x->opts->cache : NULL;
    if (!cache || x->mem != bulletin_default_mem())
        return NULL;
    bl_zipw_memo *m = bl_cache_find(cache, XL_MEMO_KEY);
    if (m)
        return m;
    m = bl_zipw_memo_new(x->mem, XL_ZIP_LEVEL);
    if (m && bl_cache_add(cache, XL_MEMO_KEY, m, memo_destroy) != BULLETIN_OK) {
        bl_zipw_memo_free(m);
        m = NULL;
    }
    return m;
}

/* Closes the workbook (on every path: workbook_close frees it), streams
 * the file to the sink when all went well, and removes it. */
static bulletin_status xl_finish(xl *x, bulletin_status status, const char *tmppath,
                                 bulletin_sink sink, void *user)
{
    FILE *in = NULL;
    xl_parts parts;
    memset(&parts, 0, sizeof parts);
    parts.mem = x->mem;
    if (x->wb) {
        parts.files = !x->in_memory;
        if (!x->streaming && x->small) { /* the zip (and the parts unless many) in memory */
            parts.memo = zip_memo(x);
            xl_parts_now = &parts;
        }
        lxw_error err = workbook_close(x->wb);
        xl_parts_now = NULL;
        if (parts.zip_opened && (parts.zip.failed || parts.zip.open))
            parts.failed = true; /* no memory, or not a zip we could write */
        bl_free(x->mem, parts.spare);
        x->wb = NULL;
        if (status == BULLETIN_OK && parts.failed) {
            status = BULLETIN_ERR_NOMEM; /* a part in memory could not grow */
        } else if (status == BULLETIN_OK && err != LXW_NO_ERROR) {
            status = bl_xlsx_fail(x, err, "workbook_close");
            x->tmp_failed = lxw_tmp_error(err);
        }
    }
    bl_xlsx_cells_end(x->cells_began); /* workbook_close freed the cells */
    x->cells_began = false;
    if (status == BULLETIN_OK && parts.zip_opened) {
        if (parts.zip.len && sink(parts.zip.out, parts.zip.len, user) != 0)
            status = bl_diag_set(x->diag, BULLETIN_ERR_IO, x->doc->path, 0, 0, "write failed");
    } else if (status == BULLETIN_OK) {
        in = fopen(tmppath, "rb");
        if (!in) {
            status = bl_diag_set(x->diag, BULLETIN_ERR_IO, x->doc->path, 0, 0,
                                 "cannot read back %s: %s", tmppath, strerror(errno));
            x->tmp_failed = true;
        }
    }
    if (in) {
        char chunk[65536];
        size_t got;
        while (status == BULLETIN_OK && (got = fread(chunk, 1, sizeof chunk, in)) > 0)
            if (sink(chunk, got, user) != 0)
                status = bl_diag_set(x->diag, BULLETIN_ERR_IO, x->doc->path, 0, 0, "write failed");
        if (status == BULLETIN_OK && ferror(in))
            status = bl_diag_set(x->diag, BULLETIN_ERR_IO, x->doc->path, 0, 0, "read error");
        fclose(in);
    }
    if (status == BULLETIN_ERR_NOMEM && x->diag && !x->diag->message[0])
        bl_diag_set(x->diag, status, x->doc->path, 0, 0, "out of memory");
    bl_zipw_free(&parts.zip);
    if (x->tmpfd >= 0)
        close(x->tmpfd); /* the file goes with it */
    else if (tmppath[0])
        unlink(tmppath);
    bl_free(x->mem, x->row_of);
    bl_free(x->mem, x->change_of);
    bl_free(x->mem, x->delta_of);
    bl_buf_free(&x->scratch);
    return status;
}

/* One render: the documents, where the output goes, and the figures they
 * list (counted once, for the streaming choice and /dev/shm's room). */
typedef struct {
    const bulletin_doc *const *docs;
    size_t n;
    const bulletin_render_opts *opts;
    bulletin_sink sink;
    void *user;
    bulletin_diag *diag;
    size_t figures;
} xl_job;

/* Renders `j` with its temporary files in `tmpdir`; *tmp_failed tells
 * whether it failed on one of them (nothing was then sent to the sink). */
typedef bulletin_status (*xl_render_fn)(const xl_job *j, const char *tmpdir, bool *tmp_failed);

/* Runs `render` in the directory the temporary files go to (see
 * "Temporary files" above), once more on disk if /dev/shm failed it. */
static bulletin_status xl_run(xl_render_fn render, const xl_job *job)
{
    xl_job j = *job;
    size_t bytes = 0;
    for (size_t d = 0; d < j.n; d++) {
        j.figures += listed_figures(j.docs[d]);
        bytes += j.docs[d]->input_bytes;
    }
    bool tmp_failed = false;
    const char *env = getenv("TMPDIR");
    if (env && *env)
        return render(&j, env, &tmp_failed);
    if (j.figures <= XL_STREAM_FIGURES && shm_has_room(j.figures, bytes)) {
        bulletin_diag saved;
        if (j.diag)
            saved = *j.diag;
        bulletin_status status = render(&j, XL_SHM_DIR, &tmp_failed);
        if (status == BULLETIN_OK || !tmp_failed)
            return status;
        if (j.diag) /* the render on disk reports for itself */
            *j.diag = saved;
    }
    return render(&j, XL_DISK_DIR, &tmp_failed);
}

static bulletin_status render_one(const xl_job *j, const char *tmpdir, bool *tmp_failed)
{
    const bulletin_doc *doc = j->docs[0];
    bulletin_status status = BULLETIN_OK;
    xl xs;
    xl *x = &xs;
    memset(x, 0, sizeof *x);
    char tmppath[4096];
    time_t when = export_time(doc, j->opts);
    size_t nf = bulletin_doc_figure_count(doc);
    BL_CHECK(xl_begin(x, doc, j->opts, j->diag, tmpdir, tmppath, sizeof tmppath, when, j->figures));
    x->row_of = bl_calloc(x->mem, nf ? nf : 1, sizeof *x->row_of);
    x->change_of = bl_calloc(x->mem, nf ? nf : 1, sizeof *x->change_of);
    x->delta_of = bl_calloc(x->mem, nf ? nf : 1, sizeof *x->delta_of);
    if (!x->row_of || !x->change_of || !x->delta_of) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    /* PDF页码 only when a PDF was laid out with the workbook */
    x->ncols = bulletin_pages_count(j->opts->pages) > 0 ? NCOLS : NCOLS - 1;
    stem_of(doc, x->stem, sizeof x->stem);
    lxw_worksheet *ws_data = workbook_add_worksheet(x->wb, "数据");
    lxw_worksheet *ws_sec = workbook_add_worksheet(x->wb, "章节");
    lxw_worksheet *ws_text = workbook_add_worksheet(x->wb, "原文");
    lxw_worksheet *ws_chart = workbook_add_worksheet(x->wb, "图表");
    lxw_worksheet *ws_about = workbook_add_worksheet(x->wb, "说明");
    XL_NOTNULL(ws_data && ws_sec && ws_text && ws_chart && ws_about, "workbook_add_worksheet");
    BL_CHECK(bl_xlsx_write_data(x, ws_data));
    BL_CHECK(bl_xlsx_finish_data(x, ws_data));
    BL_CHECK(bl_xlsx_write_sections(x, ws_sec, ws_text));
    BL_CHECK(bl_xlsx_write_charts(x, ws_chart));
    BL_CHECK(bl_xlsx_write_about(x, ws_about, when));
cleanup:
    if (x->doc) /* xl_begin started */
        status = xl_finish(x, status, tmppath, j->sink, j->user);
    *tmp_failed = x->tmp_failed;
    return status;
}

bulletin_status bulletin_render_xlsx(const bulletin_doc *doc, const bulletin_render_opts *opts,
                                     bulletin_sink sink, void *user, bulletin_diag *diag)
{
    if (!doc || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no document or no sink");
    bulletin_render_opts defaults;
    if (!opts) {
        bulletin_render_opts_init(&defaults);
        opts = &defaults;
    }
    const xl_job j = {&doc, 1, opts, sink, user, diag, 0};
    return xl_run(render_one, &j);
}

static bulletin_status render_combined(const xl_job *j, const char *tmpdir, bool *tmp_failed)
{
    const bulletin_doc *const *docs = j->docs;
    size_t n = j->n;
    bulletin_status status = BULLETIN_OK;
    xl xs;
    xl *x = &xs;
    memset(x, 0, sizeof *x);
    x->c0 = 2;
    char tmppath[4096];
    time_t when = export_time(docs[0], j->opts);
    bulletin_render_opts o = *j->opts;
    o.pages = NULL; /* pages belong to each document's own PDF */
    x->ncols = NCOLS - 1; /* so no PDF页码 column */
    BL_CHECK(xl_begin(x, docs[0], &o, j->diag, tmpdir, tmppath, sizeof tmppath, when, j->figures));
    lxw_worksheet *ws_data = workbook_add_worksheet(x->wb, "数据");
    lxw_worksheet *ws_src = workbook_add_worksheet(x->wb, "来源");
    XL_NOTNULL(ws_data && ws_src, "workbook_add_worksheet");
    static const char *const sh[] = {"序号", "文件", "标题", "发布机关", "日期", "段落数",
                                     "数据个数", "SHA-256"};
    for (int c = 0; c < 8; c++)
        XL_CHECK(worksheet_write_string(ws_src, 0, (lxw_col_t)c, sh[c], x->f_header), "来源");
    double wfile = 10, wtitle = 10;
    for (size_t d = 0; d < n; d++) {
        x->doc = docs[d];
        size_t nf = bulletin_doc_figure_count(docs[d]);
        size_t *r = bl_realloc_array(x->mem, x->row_of, nf ? nf : 1, sizeof *r);
        if (!r) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        x->row_of = r;
        r = bl_realloc_array(x->mem, x->change_of, nf ? nf : 1, sizeof *r);
        if (!r) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        x->change_of = r;
        r = bl_realloc_array(x->mem, x->delta_of, nf ? nf : 1, sizeof *r);
        if (!r) {
            status = BULLETIN_ERR_NOMEM;
            goto cleanup;
        }
        x->delta_of = r;
        size_t before = x->nfig;
        BL_CHECK(bl_xlsx_write_data(x, ws_data));
        lxw_row_t row = (lxw_row_t)(d + 1);
        const char *path = bulletin_doc_path(docs[d]), *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        int paras = 0;
        bulletin_iter it;
        bulletin_event ev;
        bulletin_iter_init(&it, bulletin_doc_root(docs[d]));
        while ((ev = bulletin_iter_next(&it)) != BULLETIN_EV_DONE)
            if (ev == BULLETIN_EV_ENTER
                && bulletin_node_get_type(bulletin_iter_node(&it)) == BULLETIN_NODE_PARAGRAPH)
                paras++;
        const char *cells[] = {base, bulletin_doc_meta(docs[d], BULLETIN_META_TITLE),
                               bulletin_doc_meta(docs[d], BULLETIN_META_ISSUER),
                               bulletin_doc_meta(docs[d], BULLETIN_META_DATE)};
        XL_CHECK(worksheet_write_number(ws_src, row, 0, (double)row, x->f_int), "来源");
        for (int c = 0; c < 4; c++) {
            const char *v = cells[c] ? cells[c] : "";
            XL_CHECK(bl_xlsx_write_text(x, ws_src, row, (lxw_col_t)(c + 1), v, strlen(v), x->f_text,
                                        &status),
                     "来源");
        }
        bl_xlsx_fit(&wfile, base, strlen(base));
        if (cells[1])
            bl_xlsx_fit(&wtitle, cells[1], strlen(cells[1]));
        XL_CHECK(worksheet_write_number(ws_src, row, 5, paras, x->f_int), "来源");
        XL_CHECK(worksheet_write_number(ws_src, row, 6, (double)(x->nfig - before), x->f_int),
                 "来源");
        XL_CHECK(worksheet_write_string(ws_src, row, 7, bulletin_doc_sha256(docs[d]), x->f_text),
                 "来源");
    }
    BL_CHECK(bl_xlsx_finish_data(x, ws_data));
    worksheet_freeze_panes(ws_src, 1, 0);
    XL_CHECK(worksheet_autofilter(ws_src, 0, 0, (lxw_row_t)n, 7), "autofilter");
    XL_CHECK(worksheet_set_column(ws_src, 0, 0, 8, NULL), "width");
    XL_CHECK(worksheet_set_column(ws_src, 1, 1, wfile > 40 ? 40 : wfile, NULL), "width");
    XL_CHECK(worksheet_set_column(ws_src, 2, 2, wtitle > 50 ? 50 : wtitle, x->f_wrap), "width");
    XL_CHECK(worksheet_set_column(ws_src, 3, 6, 12, NULL), "width");
    XL_CHECK(worksheet_set_column(ws_src, 7, 7, 66, NULL), "width");
cleanup:
    if (x->doc) { /* xl_begin started */
        x->doc = docs[0];
        status = xl_finish(x, status, tmppath, j->sink, j->user);
    }
    *tmp_failed = x->tmp_failed;
    return status;
}

bulletin_status bulletin_render_xlsx_combined(const bulletin_doc *const *docs, size_t n,
                                              const bulletin_render_opts *opts,
                                              bulletin_sink sink, void *user,
                                              bulletin_diag *diag)
{
    if (!docs || n == 0 || !sink)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no documents or no sink");
    bulletin_render_opts defaults;
    if (!opts) {
        bulletin_render_opts_init(&defaults);
        opts = &defaults;
    }
    const xl_job j = {docs, n, opts, sink, user, diag, 0};
    return xl_run(render_combined, &j);
}
