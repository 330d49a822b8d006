/*
 * fonts.c - the font set: reads the font map (libinih), opens each
 * TrueType face once with FreeType (allocating through the bulletin_mem),
 * resolves code points per role with fallback, and caches advances, ink
 * extents and the set of used code points per face in two-level tables.
 */
#define _DEFAULT_SOURCE /* madvise, MADV_DONTNEED */
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_MODULE_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include FT_ADVANCES_H

#include <ini.h>

#include "bulletin_int.h"
#include "fonts.h"
#include "layout.h"

#define MAX_CP 0x110000u
#define PAGE_BITS 8
#define PAGE_SIZE (1u << PAGE_BITS)
#define NPAGES (MAX_CP >> PAGE_BITS) /* 4352 page pointers per face */
#define ADV_UNKNOWN INT16_MIN         /* not looked up yet */
#define ADV_MISSING (-1)              /* the face has no glyph */
#define INK_UNKNOWN INT16_MIN

/* The ink of a cache page's code points (asked for CJK punctuation only:
 * a page of Han never has one). */
typedef struct {
    int16_t l[PAGE_SIZE], r[PAGE_SIZE];
} fink;

/* One cache page: 256 code points of one face.  544 bytes, its ink
 * allocated apart when first asked (a page was 1,568 bytes with it: the
 * reference's some 100 Han pages faulted in 25 pages of memory more). */
typedef struct {
    int16_t adv[PAGE_SIZE];
    uint8_t used[PAGE_SIZE / 8];
    fink *ink; /* NULL: no ink asked for yet */
} fpage;

typedef struct {
    bl_face_info info;
    char *path;
    char *family, *style;
    FT_Face ft;
    void *map; /* the file, mapped read-only for FreeType; NULL: FreeType
                  opened it itself */
    size_t map_len;
    fpage **pages; /* NPAGES entries (34 KB), allocated with its first
                      page: a face never asked for has none */
    bool pending;  /* not opened yet: its file's tables were checked
                      (sfnt_usable), FreeType opens it when first asked */
} face;

typedef struct {
    char *file[BL_FONT_MAX_CANDIDATES];
    int index[BL_FONT_MAX_CANDIDATES];
    int nfiles;
    int fallback; /* role, or -1 */
    int fallback_line;
    int faces[BL_FONT_MAX_CANDIDATES]; /* opened faces, in order */
    int nfaces;
    bool borrowed; /* faces are another role's */
} role;

/* bl_fontset_measure's memo: what it last reported for a (role, code
 * point), direct-mapped.  The layout measures every character of every
 * block, and a Chinese text repeats a few hundred characters; a hit costs
 * one compare instead of the role's face walk, the page look-ups and the
 * punctuation test.  Only complete answers are stored, after the full
 * path has marked the code point as used (marks are never cleared), and
 * the font set never changes once open, so a hit answers exactly what the
 * full path would. */
#define MEMO_BITS 12
#define MEMO_SIZE (1u << MEMO_BITS)
#define MEMO_VALID 0x80000000u
typedef struct {
    uint32_t key; /* MEMO_VALID | role << 21 | cp; 0 = empty */
    int16_t face, adv, ink_l, ink_r;
} memo_entry;

struct bl_fontset {
    memo_entry memo[MEMO_SIZE]; /* zeroed (empty) by bl_alloc */
    const bulletin_mem *mem;
    struct FT_MemoryRec_ ftmem;
    FT_Library lib;
    face *faces;
    size_t nfaces, cap_faces;
    role roles[BL_FONT_ROLE_COUNT];
    bulletin_diag *warnings;
    size_t nwarnings, cap_warnings;
};

static const char *const role_names[BL_FONT_ROLE_COUNT] = {
    [BL_FONT_SONG] = "song",         [BL_FONT_HEI] = "hei",
    [BL_FONT_KAI] = "kai",           [BL_FONT_FANGSONG] = "fangsong",
    [BL_FONT_XIAOBIAOSONG] = "xiaobiaosong", [BL_FONT_LATIN] = "latin",
};
_Static_assert(sizeof role_names / sizeof *role_names == BL_FONT_ROLE_COUNT, "role names");

const char *bl_font_role_name(bl_font_role r)
{
    return (unsigned)r < BL_FONT_ROLE_COUNT ? role_names[r] : NULL;
}

bool bl_font_role_from_name(const char *name, bl_font_role *r)
{
    for (int i = 0; i < BL_FONT_ROLE_COUNT; i++)
        if (name && strcmp(name, role_names[i]) == 0) {
            *r = (bl_font_role)i;
            return true;
        }
    return false;
}

/* ------------------------------------------------------------------------
 * FreeType memory through the bulletin_mem
 * ---------------------------------------------------------------------- */

/* FreeType does not pass sizes to free, and bulletin_mem has no malloc;
 * calloc/realloc/free are enough. */
static void *ft_alloc(FT_Memory m, long size)
{
    const bulletin_mem *mem = m->user;
    return size > 0 ? mem->calloc(1, (size_t)size) : NULL;
}

static void ft_free(FT_Memory m, void *block)
{
    const bulletin_mem *mem = m->user;
    if (block)
        mem->free(block);
}

static void *ft_realloc(FT_Memory m, long cur, long size, void *block)
{
    const bulletin_mem *mem = m->user;
    (void)cur;
    return mem->realloc(block, (size_t)size);
}

/* ------------------------------------------------------------------------
 * Warnings
 * ---------------------------------------------------------------------- */

static bulletin_status add_warning(bl_fontset *fs, const char *path, int line, const char *fmt,
                                   ...) __attribute__((format(printf, 4, 5)));

static bulletin_status add_warning(bl_fontset *fs, const char *path, int line, const char *fmt,
                                   ...)
{
    if (fs->nwarnings == fs->cap_warnings) {
        size_t cap = fs->cap_warnings ? fs->cap_warnings * 2 : 4;
        bulletin_diag *w = bl_realloc_array(fs->mem, fs->warnings, cap, sizeof *w);
        if (!w)
            return BULLETIN_ERR_NOMEM;
        fs->warnings = w;
        fs->cap_warnings = cap;
    }
    bulletin_diag *d = &fs->warnings[fs->nwarnings++];
    memset(d, 0, sizeof *d);
    va_list ap;
    va_start(ap, fmt);
    bl_diag_vset(d, BULLETIN_ERR_FONT, path, line, 0, fmt, ap);
    va_end(ap);
    d->severity = BULLETIN_SEVERITY_WARNING;
    return BULLETIN_OK;
}

size_t bl_fontset_warning_count(const bl_fontset *fs) { return fs ? fs->nwarnings : 0; }

const bulletin_diag *bl_fontset_warning(const bl_fontset *fs, size_t i)
{
    return fs && i < fs->nwarnings ? &fs->warnings[i] : NULL;
}

/* ------------------------------------------------------------------------
 * The map file
 * ---------------------------------------------------------------------- */

typedef struct {
    bl_fontset *fs;
    const char *base_dir;
    bulletin_status status; /* of the first error */
    char message[200];
    int nerrors;
} map_ctx;

static int map_fail(map_ctx *ctx, bulletin_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int map_fail(map_ctx *ctx, bulletin_status st, const char *fmt, ...)
{
    if (ctx->nerrors++ == 0) {
        ctx->status = st;
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->message, sizeof ctx->message, fmt, ap);
        va_end(ap);
    }
    return 0;
}

static char *join_path(const bulletin_mem *mem, const char *dir, const char *file, size_t flen)
{
    if (file[0] == '/' || !dir || !dir[0])
        return bl_strndup(mem, file, flen);
    size_t dlen = strlen(dir);
    char *p = bl_alloc(mem, dlen + flen + 2);
    if (!p)
        return NULL;
    memcpy(p, dir, dlen);
    p[dlen] = '/';
    memcpy(p + dlen + 1, file, flen);
    p[dlen + 1 + flen] = '\0';
    return p;
}

static int map_handler(void *user, const char *section, const char *name, const char *value)
{
    map_ctx *ctx = user;
    bl_font_role r;
    if (!bl_font_role_from_name(section, &r))
        return map_fail(ctx, BULLETIN_ERR_FONT, "unknown font role [%s]", section);
    role *ro = &ctx->fs->roles[r];
    if (strcmp(name, "file") == 0) {
        if (ro->nfiles == BL_FONT_MAX_CANDIDATES)
            return map_fail(ctx, BULLETIN_ERR_FONT, "too many files for role %s", section);
        size_t len = strlen(value);
        if (len == 0)
            return map_fail(ctx, BULLETIN_ERR_FONT, "empty file name");
        int index = 0;
        const char *colon = strrchr(value, ':');
        if (colon && colon[1]) {
            const char *q = colon + 1;
            long v = 0;
            while (*q >= '0' && *q <= '9' && v < 1000)
                v = v * 10 + (*q++ - '0');
            if (*q == '\0' && v < 1000) {
                index = (int)v;
                len = (size_t)(colon - value);
            } else if (*q == '\0' || (q > colon + 1 && *q != '/'))
                return map_fail(ctx, BULLETIN_ERR_FONT, "bad face index in '%s'", value);
        }
        char *path = join_path(ctx->fs->mem, ctx->base_dir, value, len);
        if (!path)
            return map_fail(ctx, BULLETIN_ERR_NOMEM, "out of memory");
        ro->file[ro->nfiles] = path;
        ro->index[ro->nfiles] = index;
        ro->nfiles++;
        return 1;
    }
    if (strcmp(name, "fallback") == 0) {
        bl_font_role fb;
        if (!bl_font_role_from_name(value, &fb) || fb == r)
            return map_fail(ctx, BULLETIN_ERR_FONT, "bad fallback role '%s'", value);
        ro->fallback = (int)fb;
        return 1;
    }
    return map_fail(ctx, BULLETIN_ERR_FONT, "unknown key '%s' (expected file or fallback)", name);
}

/* ------------------------------------------------------------------------
 * Faces
 * ---------------------------------------------------------------------- */

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int find_face(const bl_fontset *fs, const char *path, int index)
{
    for (size_t i = 0; i < fs->nfaces; i++)
        if (fs->faces[i].info.index == index && strcmp(fs->faces[i].path, path) == 0)
            return (int)i;
    return -1;
}

/* Opens face `index` of `path` into f->ft from a read-only mapping of
 * the file that the set owns (f->map), so that bl_fontset_drop_pages may
 * give its pages back; FreeType's own opening when the file cannot be
 * mapped or read as a face (its error then as before).  FreeType maps
 * the file the same way itself. */
static FT_Error open_mapped(bl_fontset *fs, const char *path, int index, face *f)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        close(fd);
        if (m != MAP_FAILED) {
            FT_Error err = FT_New_Memory_Face(fs->lib, m, (FT_Long)st.st_size, index, &f->ft);
            if (err == 0) {
                f->map = m;
                f->map_len = (size_t)st.st_size;
                return 0;
            }
            f->ft = NULL;
            munmap(m, (size_t)st.st_size);
            if (err == FT_Err_Out_Of_Memory)
                return err;
            /* not a face: FreeType's own opening says why, as before */
        }
    } else if (fd >= 0) {
        close(fd);
    }
    return FT_New_Face(fs->lib, path, index, &f->ft);
}

/* Closes what open_mapped opened. */
static void close_mapped(face *f)
{
    FT_Done_Face(f->ft);
    f->ft = NULL;
    if (f->map)
        munmap(f->map, f->map_len);
    f->map = NULL;
}

void bl_fontset_drop_pages(bl_fontset *fs)
{
    for (size_t i = 0; fs && i < fs->nfaces; i++)
        if (fs->faces[i].map)
            (void)madvise(fs->faces[i].map, fs->faces[i].map_len, MADV_DONTNEED);
}

static void face_clear(const bulletin_mem *mem, face *f)
{
    if (f->ft)
        FT_Done_Face(f->ft);
    if (f->map)
        munmap(f->map, f->map_len);
    if (f->pages) {
        for (size_t p = 0; p < NPAGES; p++)
            if (f->pages[p]) {
                bl_free(mem, f->pages[p]->ink);
                bl_free(mem, f->pages[p]);
            }
        bl_free(mem, f->pages);
    }
    bl_free(mem, f->path);
    bl_free(mem, f->family);
    bl_free(mem, f->style);
    memset(f, 0, sizeof *f);
}

/* Big-endian reads. */
static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static unsigned rd16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }

static bool read_at(int fd, void *buf, size_t n, uint32_t off)
{
    return pread(fd, buf, n, (off_t)off) == (ssize_t)n;
}

/* Whether face `index` of the file open as `fd` (`size` bytes) is a
 * TrueType face that opening would keep: its table directory names the
 * tables FreeType needs (head, hhea, maxp, hmtx, loca) and glyf, each
 * inside the file, glyf not empty, and a cmap with a Unicode subtable
 * (platform 0, or 3 with encoding 1 or 10) of format 4 or 12.  Read from
 * a few hundred bytes, without FreeType: a face that is not needed for
 * any character is then never opened.  False sends the file to FreeType
 * at once (its error, or its warning, as before). */
static bool sfnt_usable(int fd, uint32_t size, int index)
{
    unsigned char h[12];
    uint32_t off = 0;
    if (index < 0 || !read_at(fd, h, 12, 0))
        return false;
    if (!memcmp(h, "ttcf", 4)) {
        unsigned char o[4];
        if ((uint32_t)index >= rd32(h + 8) || !read_at(fd, o, 4, 12 + 4 * (uint32_t)index))
            return false;
        off = rd32(o);
        if (!read_at(fd, h, 12, off))
            return false;
    } else if (index != 0) {
        return false;
    }
    if (rd32(h) != 0x00010000u && memcmp(h, "true", 4) != 0)
        return false; /* OTTO (CFF), or not a face */
    unsigned ntables = rd16(h + 4);
    if (ntables == 0 || ntables > 256)
        return false;
    unsigned char dir[256 * 16];
    if (!read_at(fd, dir, 16 * (size_t)ntables, off + 12))
        return false;
    static const char need[][5] = {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"};
    uint32_t at[7] = {0}, len[7] = {0};
    for (unsigned t = 0; t < ntables; t++) {
        const unsigned char *r = dir + 16 * t;
        for (int k = 0; k < 7; k++)
            if (!memcmp(r, need[k], 4)) {
                at[k] = rd32(r + 8);
                len[k] = rd32(r + 12);
            }
    }
    for (int k = 0; k < 7; k++)
        if (len[k] == 0 || at[k] > size || len[k] > size - at[k])
            return false;
    /* the cmap: a Unicode subtable of format 4 or 12 */
    unsigned char ch[4], rec[8], fmt[2];
    if (len[6] < 4 || !read_at(fd, ch, 4, at[6]))
        return false;
    unsigned nsub = rd16(ch + 2);
    for (unsigned i = 0; i < nsub && 4 + 8 * (i + 1) <= len[6]; i++) {
        if (!read_at(fd, rec, 8, at[6] + 4 + 8 * i))
            return false;
        unsigned plat = rd16(rec), enc = rd16(rec + 2);
        uint32_t so = rd32(rec + 4);
        if (!(plat == 0 || (plat == 3 && (enc == 1 || enc == 10))))
            continue;
        if (so > len[6] - 2 || !read_at(fd, fmt, 2, at[6] + so))
            continue;
        unsigned f = rd16(fmt);
        if (f == 4 || f == 12)
            return true;
    }
    return false;
}

/* Opens face f with FreeType and fills its info; a warning and an error
 * code when it cannot be used (f then holds nothing FreeType's). */
static bulletin_status load_face(bl_fontset *fs, face *f, const char *path, int index,
                                 const char *map, bool *usable)
{
    *usable = false;
    FT_Error err = open_mapped(fs, path, index, f);
    if (err == FT_Err_Out_Of_Memory)
        return BULLETIN_ERR_NOMEM;
    if (err) {
        f->ft = NULL;
        return add_warning(fs, map, 0, "font %s:%d cannot be opened (FreeType error %d); skipped",
                           path, index, err);
    }
    FT_ULong glyf = 0;
    if (!FT_IS_SFNT(f->ft) || FT_Load_Sfnt_Table(f->ft, TTAG_glyf, 0, NULL, &glyf) != 0 || glyf == 0) {
        close_mapped(f);
        return add_warning(fs, map, 0,
                           "font %s:%d has no TrueType outlines (CFF?) and cannot be embedded; "
                           "skipped",
                           path, index);
    }
    if (FT_Select_Charmap(f->ft, FT_ENCODING_UNICODE) != 0) {
        close_mapped(f);
        return add_warning(fs, map, 0, "font %s:%d has no Unicode cmap; skipped", path, index);
    }
    const char *fam = f->ft->family_name ? f->ft->family_name : "";
    const char *sty = f->ft->style_name ? f->ft->style_name : "";
    f->family = bl_strndup(fs->mem, fam, strlen(fam));
    f->style = bl_strndup(fs->mem, sty, strlen(sty));
    if (!f->family || !f->style)
        return BULLETIN_ERR_NOMEM;
    f->info.family = f->family;
    f->info.style = f->style;
    f->info.collection = f->ft->num_faces > 1 || index > 0;
    f->info.units_per_em = f->ft->units_per_EM;
    f->info.ascender = f->ft->ascender;
    f->info.descender = f->ft->descender;
    *usable = true;
    return BULLETIN_OK;
}

/* A face whose tables were checked is opened when first asked for
 * (pending); false when it cannot be (out of memory, or FreeType does
 * not read what its tables promised: then it has no characters, and a
 * warning says why). */
static bool face_ready(bl_fontset *fs, face *f, bulletin_status *st)
{
    *st = BULLETIN_OK;
    if (!f->pending)
        return f->ft != NULL;
    bool usable;
    bulletin_status s = load_face(fs, f, f->path, f->info.index, NULL, &usable);
    if (s == BULLETIN_ERR_NOMEM) {
        if (f->ft)
            close_mapped(f);
        bl_free(fs->mem, f->family);
        bl_free(fs->mem, f->style);
        f->family = f->style = NULL;
        *st = s; /* pending still: asked again, it tries again */
        return false;
    }
    f->pending = false;
    return usable; /* unusable: its names stay "" */
}

/* Opens `path`:`index` unless already open.  *id = the face, or -1 when
 * the file is unusable (a warning says why).  A file whose tables show a
 * usable TrueType face gets its id now and is opened when first asked
 * for (face_ready). */
static bulletin_status open_face(bl_fontset *fs, const char *path, int index, const char *map,
                                 int *id)
{
    *id = find_face(fs, path, index);
    if (*id >= 0)
        return BULLETIN_OK;
    if (fs->nfaces == fs->cap_faces) {
        size_t cap = fs->cap_faces ? fs->cap_faces * 2 : 8;
        face *nf = bl_realloc_array(fs->mem, fs->faces, cap, sizeof *nf);
        if (!nf)
            return BULLETIN_ERR_NOMEM;
        fs->faces = nf;
        fs->cap_faces = cap;
    }
    face f;
    memset(&f, 0, sizeof f);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat sb;
    f.pending = fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0
                && sb.st_size <= (off_t)UINT32_MAX && sfnt_usable(fd, (uint32_t)sb.st_size, index);
    if (fd >= 0)
        close(fd);
    if (!f.pending) {
        bool usable;
        bulletin_status st = load_face(fs, &f, path, index, map, &usable);
        if (st != BULLETIN_OK || !usable) {
            face_clear(fs->mem, &f);
            return st;
        }
    }
    f.path = bl_strndup(fs->mem, path, strlen(path));
    if (!f.path) {
        face_clear(fs->mem, &f);
        return BULLETIN_ERR_NOMEM;
    }
    f.info.path = f.path;
    f.info.index = index;
    if (f.pending)
        f.info.family = f.info.style = "";
    fs->faces[fs->nfaces] = f;
    *id = (int)fs->nfaces++;
    return BULLETIN_OK;
}

static const char *face_label(const bl_fontset *fs, int id)
{
    return id >= 0 ? fs->faces[id].info.family : "none";
}

/* Opens the candidates of every role, then resolves role fallbacks. */
static bulletin_status open_roles(bl_fontset *fs, const char *map)
{
    bulletin_status st;
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++) {
        role *ro = &fs->roles[r];
        for (int i = 0; i < ro->nfiles; i++) {
            if (!file_exists(ro->file[i]))
                continue; /* optional: user fonts are tried first */
            int id;
            st = open_face(fs, ro->file[i], ro->index[i], map, &id);
            if (st != BULLETIN_OK)
                return st;
            bool dup = false;
            for (int k = 0; k < ro->nfaces; k++)
                dup |= ro->faces[k] == id;
            if (id >= 0 && !dup)
                ro->faces[ro->nfaces++] = id;
        }
    }
    /* Fallbacks, following chains (xiaobiaosong -> song) in a few rounds. */
    int first_with_faces = -1;
    for (int r = 0; r < BL_FONT_ROLE_COUNT && first_with_faces < 0; r++)
        if (fs->roles[r].nfaces)
            first_with_faces = r;
    if (first_with_faces < 0)
        return BULLETIN_ERR_FONT;
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++) {
        role *ro = &fs->roles[r];
        if (ro->nfaces)
            continue;
        int fb = ro->fallback, hops = 0;
        while (fb >= 0 && !fs->roles[fb].nfaces && hops++ < BL_FONT_ROLE_COUNT)
            fb = fs->roles[fb].fallback;
        if (fb < 0 || !fs->roles[fb].nfaces)
            fb = first_with_faces;
        const role *src = &fs->roles[fb];
        /* the warning names the face lent: opened for its name */
        face_ready(fs, &fs->faces[src->faces[0]], &st);
        if (st != BULLETIN_OK)
            return st;
        memcpy(ro->faces, src->faces, sizeof ro->faces);
        ro->nfaces = src->nfaces;
        ro->borrowed = true;
        if (ro->nfiles)
            st = add_warning(fs, map, 0,
                             "font role %s: none of its %d file(s) was found (first: %s); "
                             "using %s (%s)",
                             role_names[r], ro->nfiles, ro->file[0], role_names[fb],
                             face_label(fs, src->faces[0]));
        else
            st = add_warning(fs, map, 0, "font role %s has no file; using %s (%s)", role_names[r],
                             role_names[fb], face_label(fs, src->faces[0]));
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

void bl_fontset_free(bl_fontset *fs)
{
    if (!fs)
        return;
    const bulletin_mem *mem = fs->mem;
    for (size_t i = 0; i < fs->nfaces; i++)
        face_clear(mem, &fs->faces[i]);
    bl_free(mem, fs->faces);
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++)
        for (int i = 0; i < fs->roles[r].nfiles; i++)
            bl_free(mem, fs->roles[r].file[i]);
    if (fs->lib)
        FT_Done_Library(fs->lib);
    bl_free(mem, fs->warnings);
    bl_free(mem, fs);
}

typedef int (*parse_fn)(const void *src, ini_handler h, void *user);

static int parse_file(const void *src, ini_handler h, void *user)
{
    return ini_parse((const char *)src, h, user);
}

static int parse_string(const void *src, ini_handler h, void *user)
{
    return ini_parse_string((const char *)src, h, user);
}

static bulletin_status open_common(parse_fn parse, const void *src, const char *name,
                                   const char *base_dir, const char *const *first,
                                   const bulletin_mem *mem, bl_fontset **out, bulletin_diag *diag)
{
    if (!mem)
        mem = bulletin_default_mem();
    *out = NULL;
    bl_fontset *fs = bl_alloc(mem, sizeof *fs);
    if (!fs)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, name, 0, 0, "out of memory");
    fs->mem = mem;
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++)
        fs->roles[r].fallback = -1;
    fs->ftmem.user = (void *)(uintptr_t)mem; /* FreeType wants a non-const pointer */
    fs->ftmem.alloc = ft_alloc;
    fs->ftmem.free = ft_free;
    fs->ftmem.realloc = ft_realloc;
    bulletin_status status = BULLETIN_OK;
    FT_Error err = FT_New_Library(&fs->ftmem, &fs->lib);
    if (err) {
        fs->lib = NULL;
        status = bl_diag_set(diag, err == FT_Err_Out_Of_Memory ? BULLETIN_ERR_NOMEM : BULLETIN_ERR_FONT,
                             name, 0, 0, "cannot start FreeType (error %d)", err);
        goto cleanup;
    }
    FT_Add_Default_Modules(fs->lib);
    FT_Set_Default_Properties(fs->lib);
    /* FT_Add_Default_Modules ignores failures: without these two modules
     * no TrueType face opens, and the only cause is memory */
    if (!FT_Get_Module(fs->lib, "truetype") || !FT_Get_Module(fs->lib, "sfnt")) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, name, 0, 0, "out of memory");
        goto cleanup;
    }

    map_ctx ctx = {fs, base_dir, BULLETIN_OK, "", 0};
    int line = parse(src, map_handler, &ctx);
    if (line < 0) {
        status = bl_diag_set(diag, line == -2 ? BULLETIN_ERR_NOMEM : BULLETIN_ERR_FONT, name, 0, 0,
                             "cannot read the font map");
        goto cleanup;
    }
    if (line > 0) {
        if (ctx.nerrors == 0)
            status = bl_diag_set(diag, BULLETIN_ERR_FONT, name, line, 0,
                                 "font map syntax error (expected [role] or key = value)");
        else
            status = bl_diag_set(diag, ctx.status, name, line, 0, "%s", ctx.message);
        goto cleanup;
    }
    /* explicit files (a template's [fonts]) go before the map's */
    for (int r = 0; first && r < BL_FONT_ROLE_COUNT; r++) {
        if (!first[r] || !first[r][0])
            continue;
        role *ro = &fs->roles[r];
        if (ro->nfiles == BL_FONT_MAX_CANDIDATES) {
            bl_free(mem, ro->file[--ro->nfiles]);
        }
        map_handler(&ctx, role_names[r], "file", first[r]);
        if (ctx.nerrors) {
            status = bl_diag_set(diag, ctx.status, name, 0, 0, "%s", ctx.message);
            goto cleanup;
        }
        char *f = ro->file[ro->nfiles - 1];
        int ix = ro->index[ro->nfiles - 1];
        memmove(ro->file + 1, ro->file, (size_t)(ro->nfiles - 1) * sizeof *ro->file);
        memmove(ro->index + 1, ro->index, (size_t)(ro->nfiles - 1) * sizeof *ro->index);
        ro->file[0] = f;
        ro->index[0] = ix;
    }
    status = open_roles(fs, name);
    if (status == BULLETIN_ERR_FONT)
        bl_diag_set(diag, status, name, 0, 0,
                    "no usable TrueType font: none of the files the font map names exists");
    else if (status != BULLETIN_OK)
        bl_diag_set(diag, status, name, 0, 0, "out of memory");
cleanup:
    if (status != BULLETIN_OK) {
        bl_fontset_free(fs);
        return status;
    }
    *out = fs;
    return BULLETIN_OK;
}

bulletin_status bl_fontset_open_with(const char *map_path, const char *const *first,
                                     const bulletin_mem *mem, bl_fontset **out,
                                     bulletin_diag *diag)
{
    if (!map_path || !out)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, NULL, 0, 0, "no font map given");
    /* relative names are relative to the map's directory */
    const bulletin_mem *m = mem ? mem : bulletin_default_mem();
    const char *slash = strrchr(map_path, '/');
    char *dir = slash ? bl_strndup(m, map_path, (size_t)(slash - map_path) + (slash == map_path))
                      : bl_strndup(m, ".", 1);
    if (!dir)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, map_path, 0, 0, "out of memory");
    bulletin_status st = open_common(parse_file, map_path, map_path, dir, first, m, out, diag);
    bl_free(m, dir);
    return st;
}

bulletin_status bl_fontset_open(const char *map_path, const bulletin_mem *mem, bl_fontset **out,
                                bulletin_diag *diag)
{
    return bl_fontset_open_with(map_path, NULL, mem, out, diag);
}

bulletin_status bl_fontset_open_string(const char *text, const char *name, const char *base_dir,
                                       const bulletin_mem *mem, bl_fontset **out,
                                       bulletin_diag *diag)
{
    if (!text || !out)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, name, 0, 0, "no font map given");
    return open_common(parse_string, text, name, base_dir ? base_dir : ".", NULL, mem, out, diag);
}

/* ------------------------------------------------------------------------
 * Queries
 * ---------------------------------------------------------------------- */

size_t bl_fontset_face_count(const bl_fontset *fs) { return fs ? fs->nfaces : 0; }

const bl_face_info *bl_fontset_face_info(const bl_fontset *fs, int id)
{
    if (!fs || id < 0 || (size_t)id >= fs->nfaces)
        return NULL;
    /* a pending face is opened for its names and metrics: the set is the
     * caller's, const only in that its answers do not change */
    bl_fontset *w = (bl_fontset *)(uintptr_t)fs;
    bulletin_status st;
    face_ready(w, &w->faces[id], &st); /* out of memory: its names stay "" */
    return &fs->faces[id].info;
}

int bl_fontset_role_face(const bl_fontset *fs, bl_font_role r)
{
    if (!fs || (unsigned)r >= BL_FONT_ROLE_COUNT || !fs->roles[r].nfaces)
        return -1;
    return fs->roles[r].faces[0];
}

bool bl_fontset_role_is_fallback(const bl_fontset *fs, bl_font_role r)
{
    return fs && (unsigned)r < BL_FONT_ROLE_COUNT && fs->roles[r].borrowed;
}

/* The cache page of `cp` in face `f`, created on first use. */
static bulletin_status get_page(bl_fontset *fs, face *f, uint32_t cp, fpage **out)
{
    if (!f->pages && !(f->pages = bl_calloc(fs->mem, NPAGES, sizeof *f->pages)))
        return BULLETIN_ERR_NOMEM;
    fpage **slot = &f->pages[cp >> PAGE_BITS];
    if (!*slot) {
        fpage *pg = bl_alloc(fs->mem, sizeof *pg);
        if (!pg)
            return BULLETIN_ERR_NOMEM;
        for (size_t i = 0; i < PAGE_SIZE; i++)
            pg->adv[i] = ADV_UNKNOWN;
        *slot = pg;
    }
    *out = *slot;
    return BULLETIN_OK;
}

/* The advance of `cp` in face f (1/1000 em), or ADV_MISSING. */
static bulletin_status face_advance(bl_fontset *fs, face *f, uint32_t cp, fpage **pgp, int *adv)
{
    fpage *pg;
    bulletin_status st = get_page(fs, f, cp, &pg);
    if (st != BULLETIN_OK)
        return st;
    size_t i = cp & (PAGE_SIZE - 1);
    if (pg->adv[i] == ADV_UNKNOWN) {
        if (!face_ready(fs, f, &st)) {
            if (st != BULLETIN_OK)
                return st;
            pg->adv[i] = ADV_MISSING; /* FreeType cannot read it */
            *pgp = pg;
            *adv = ADV_MISSING;
            return BULLETIN_OK;
        }
        FT_UInt gid = FT_Get_Char_Index(f->ft, cp);
        FT_Fixed a = 0;
        if (gid == 0)
            pg->adv[i] = ADV_MISSING;
        else if (FT_Get_Advance(f->ft, gid, FT_LOAD_NO_SCALE, &a) != 0)
            pg->adv[i] = ADV_MISSING;
        else {
            /* floor(advance * 1000 / upem), as libharu writes /W */
            long v = (long)a * 1000 / (f->info.units_per_em > 0 ? f->info.units_per_em : 1000);
            pg->adv[i] = (int16_t)(v > INT16_MAX ? INT16_MAX : v);
        }
    }
    *pgp = pg;
    *adv = pg->adv[i];
    return BULLETIN_OK;
}

static bulletin_status face_ink(const bulletin_mem *mem, face *f, fpage *pg, uint32_t cp)
{
    size_t i = cp & (PAGE_SIZE - 1);
    if (!pg->ink) {
        if (!(pg->ink = bl_alloc(mem, sizeof *pg->ink)))
            return BULLETIN_ERR_NOMEM;
        for (size_t k = 0; k < PAGE_SIZE; k++)
            pg->ink->l[k] = pg->ink->r[k] = INK_UNKNOWN;
    }
    fink *ik = pg->ink;
    if (ik->l[i] != INK_UNKNOWN)
        return BULLETIN_OK;
    ik->l[i] = ik->r[i] = 0;
    FT_UInt gid = FT_Get_Char_Index(f->ft, cp);
    if (gid && FT_Load_Glyph(f->ft, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) == 0) {
        double k = 1000.0 / (f->info.units_per_em > 0 ? f->info.units_per_em : 1000);
        const FT_Glyph_Metrics *m = &f->ft->glyph->metrics;
        if (m->width > 0) {
            ik->l[i] = (int16_t)floor((double)m->horiBearingX * k);
            ik->r[i] = (int16_t)ceil((double)(m->horiBearingX + m->width) * k);
        }
    }
    return BULLETIN_OK;
}

bool bl_fontset_ink_box(bl_fontset *fs, int id, uint32_t cp, int box[4])
{
    if (!fs || id < 0 || (size_t)id >= fs->nfaces || cp >= MAX_CP)
        return false;
    face *f = &fs->faces[id];
    bulletin_status st;
    if (!face_ready(fs, f, &st))
        return false;
    FT_UInt gid = FT_Get_Char_Index(f->ft, cp);
    if (!gid || FT_Load_Glyph(f->ft, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0)
        return false;
    const FT_Glyph_Metrics *m = &f->ft->glyph->metrics;
    if (m->width <= 0 || m->height <= 0)
        return false;
    double k = 1000.0 / (f->info.units_per_em > 0 ? f->info.units_per_em : 1000);
    box[0] = (int)floor((double)m->horiBearingX * k);
    box[1] = (int)floor((double)(m->horiBearingY - m->height) * k);
    box[2] = (int)ceil((double)(m->horiBearingX + m->width) * k);
    box[3] = (int)ceil((double)m->horiBearingY * k);
    return true;
}

bool bl_fontset_face_has(bl_fontset *fs, int id, uint32_t cp)
{
    if (!fs || id < 0 || (size_t)id >= fs->nfaces || cp >= MAX_CP)
        return false;
    bulletin_status st;
    if (!face_ready(fs, &fs->faces[id], &st))
        return false;
    return FT_Get_Char_Index(fs->faces[id].ft, cp) != 0;
}

/* An advance (1/1000 em) from which a glyph is full-width. */
#define FULL_WIDTH 900

/* Records cp as drawn from face `id` (f, its page pg) with advance adv. */
static bulletin_status found(const bulletin_mem *mem, face *f, fpage *pg, int id, uint32_t cp,
                             int adv, bool want_ink, bl_glyph *out)
{
    size_t i = cp & (PAGE_SIZE - 1);
    pg->used[i >> 3] |= (uint8_t)(1u << (i & 7));
    out->face = id;
    out->advance = adv;
    if (want_ink) {
        bulletin_status st = face_ink(mem, f, pg, cp);
        if (st != BULLETIN_OK)
            return st;
        out->ink_left = pg->ink->l[i];
        out->ink_right = pg->ink->r[i];
    }
    return BULLETIN_OK;
}

/* Looks cp up in the role's faces, then in the set's other faces, in
 * order, and records it from the first face that has it (narrow: at less
 * than full width); out->face stays -1 when none has. */
static bulletin_status pick_face(bl_fontset *fs, const role *ro, uint32_t cp, bool narrow,
                                 bool want_ink, bl_glyph *out)
{
    for (size_t pass = 0; pass < 2; pass++) {
        size_t count = pass == 0 ? (size_t)ro->nfaces : fs->nfaces;
        for (size_t k = 0; k < count; k++) {
            int id = pass == 0 ? ro->faces[k] : (int)k;
            if (pass == 1) {
                bool in_role = false;
                for (int q = 0; q < ro->nfaces; q++)
                    in_role |= ro->faces[q] == id;
                if (in_role)
                    continue;
            }
            face *f = &fs->faces[id];
            fpage *pg;
            int adv;
            bulletin_status st = face_advance(fs, f, cp, &pg, &adv);
            if (st != BULLETIN_OK)
                return st;
            if (adv == ADV_MISSING || (narrow && adv >= FULL_WIDTH))
                continue;
            return found(fs->mem, f, pg, id, cp, adv, want_ink, out);
        }
    }
    return BULLETIN_OK;
}

bulletin_status bl_fontset_glyph(bl_fontset *fs, bl_font_role r, uint32_t cp, bool want_ink,
                                 bl_glyph *out)
{
    out->face = -1;
    out->advance = 1000;
    out->ink_left = out->ink_right = 0;
    if (!fs || (unsigned)r >= BL_FONT_ROLE_COUNT)
        return BULLETIN_ERR_USAGE;
    if (cp >= MAX_CP)
        return BULLETIN_OK;
    const role *ro = &fs->roles[r];
    /* A Latin letter beyond ASCII (ā ǎ ü of a pinyin reading, é) that a
     * Chinese face draws full-width (its GB 2312 pinyin row: gbsn00lp,
     * gkai00mp) comes, in every role (body, title, headings, header,
     * table cells), from the first face of the role with it at a Latin
     * width (uming: the same Ming design, half an em), else from the
     * first such face of the set, as the text's other Latin letters are
     * set; only when no face has, full-width. */
    if (cp >= 0x80 && cp < 0xFF00 && bl_lay_is_western(cp)) {
        bulletin_status st = pick_face(fs, ro, cp, true, want_ink, out);
        if (st != BULLETIN_OK || out->face >= 0)
            return st;
    }
    return pick_face(fs, ro, cp, false, want_ink, out);
}

bulletin_status bl_fontset_used(const bl_fontset *fs, int id, uint32_t **cps, size_t *n)
{
    *cps = NULL;
    *n = 0;
    if (!fs || id < 0 || (size_t)id >= fs->nfaces)
        return BULLETIN_ERR_USAGE;
    const face *f = &fs->faces[id];
    size_t count = 0;
    for (size_t p = 0; f->pages && p < NPAGES; p++)
        if (f->pages[p])
            for (size_t b = 0; b < PAGE_SIZE / 8; b++)
                count += (size_t)__builtin_popcount(f->pages[p]->used[b]);
    if (count == 0)
        return BULLETIN_OK;
    uint32_t *a = bl_calloc(fs->mem, count, sizeof *a);
    if (!a)
        return BULLETIN_ERR_NOMEM;
    size_t m = 0;
    for (size_t p = 0; p < NPAGES; p++)
        if (f->pages[p])
            for (size_t i = 0; i < PAGE_SIZE; i++)
                if (f->pages[p]->used[i >> 3] & (1u << (i & 7)))
                    a[m++] = (uint32_t)(p << PAGE_BITS | i);
    *cps = a;
    *n = m;
    return BULLETIN_OK;
}

bulletin_status bl_fontset_measure(void *user, uint32_t cp, int r, struct bl_lay_metrics *m)
{
    bl_fontset *fs = user;
    memo_entry *me = NULL;
    uint32_t key = 0;
    if (fs && (unsigned)r < BL_FONT_ROLE_COUNT && cp < MAX_CP) {
        key = MEMO_VALID | (uint32_t)r << 21 | cp; /* cp < 2^21 */
        /* the role hashed with the code point (it was xored into bits
         * the shift drops: a character of two roles took one slot) */
        me = &fs->memo[(key * 0x9E3779B1u) >> (32 - MEMO_BITS)];
        if (me->key == key) {
            m->adv1000 = me->adv;
            m->font = me->face;
            m->ink_left = me->ink_l;
            m->ink_right = me->ink_r;
            return BULLETIN_OK;
        }
    }
    bl_glyph g;
    bool ink = bl_is_cjk_punct(cp);
    bulletin_status st = bl_fontset_glyph(fs, (bl_font_role)r, cp, ink, &g);
    if (st != BULLETIN_OK)
        return st;
    m->adv1000 = g.advance;
    m->font = g.face;
    m->ink_left = g.ink_left;
    m->ink_right = g.ink_right;
    /* every value fits: advances and ink are cached as int16 already */
    if (me && g.face >= -1 && g.face <= INT16_MAX && g.advance >= INT16_MIN
        && g.advance <= INT16_MAX) {
        me->key = key;
        me->face = (int16_t)g.face;
        me->adv = (int16_t)g.advance;
        me->ink_l = (int16_t)g.ink_left;
        me->ink_r = (int16_t)g.ink_right;
    }
    return BULLETIN_OK;
}

bulletin_status bl_font_missing_diag(bulletin_diag *diag, const char *path, int line, int column,
                                     uint32_t cp)
{
    char u[5] = {0};
    if (cp >= 0x20 && cp < MAX_CP && !(cp >= 0xD800 && cp <= 0xDFFF))
        u[bl_utf8_encode(cp, u)] = '\0';
    bl_diag_set(diag, BULLETIN_ERR_FONT, path, line, column,
                "no font has U+%04X '%s'; drawn as a box", (unsigned)cp, u);
    if (diag)
        diag->severity = BULLETIN_SEVERITY_WARNING;
    return BULLETIN_ERR_FONT;
}
