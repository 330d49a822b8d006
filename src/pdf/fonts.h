/*
 * fonts.h - the font set: font roles (宋 黑 楷 仿宋 小标宋 Latin) mapped to
 * TrueType files by a font map (fonts/fonts.ini), opened once with
 * FreeType, with per-code-point coverage, fallback and cached advances.
 *
 * The PDF writer loads the same files in libharu: for every glyph it asks
 * which face (file + TTC index) serves a code point, and, to pre-subset,
 * which code points each face was asked for.  This header does not expose
 * FreeType; only fonts.c includes it.
 *
 * Font map format (INI, parsed with libinih; see fonts/README.md):
 *
 *     # comment
 *     [song]                       ; a role: song hei kai fangsong
 *     file = SimSun.ttf            ;   xiaobiaosong latin
 *     file = /usr/share/fonts/truetype/arphic/uming.ttc:0
 *     [fangsong]
 *     file = FangSong_GB2312.ttf
 *     fallback = kai               ; used when no file of the role exists
 *
 *  - `file` may repeat; candidates are tried in order.  A relative path is
 *    relative to the directory of the map file.  ":N" selects face N of a
 *    TrueType collection (default 0).  A file that does not exist is
 *    skipped silently (user fonts are optional); a file that exists but
 *    is not a TrueType-outline face (e.g. CFF, as Noto CJK) is skipped
 *    with a warning, because libharu cannot embed it.
 *  - `fallback` names another role.  A role none of whose files exists
 *    uses its fallback's faces (else the first role that has a face), and
 *    the set records ONE warning saying so.
 *  - Every file found for a role is opened (once, even when several roles
 *    name it) and serves as a per-character fallback for that role: a
 *    character missing in the first face is taken from the next face of
 *    the role, then from any face of the set.
 */
#ifndef BL_FONTS_H
#define BL_FONTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin.h"

typedef enum {
    BL_FONT_SONG = 0,     /* 宋体: body text of the free fallback, page numbers */
    BL_FONT_HEI,          /* 黑体: level-1 headings */
    BL_FONT_KAI,          /* 楷体: level-2 headings */
    BL_FONT_FANGSONG,     /* 仿宋: body text (GB/T 9704) */
    BL_FONT_XIAOBIAOSONG, /* 小标宋: the title */
    BL_FONT_LATIN,        /* Latin letters and digits */
    BL_FONT_ROLE_COUNT    /* sentinel */
} bl_font_role;

/* "song", "hei", "kai", "fangsong", "xiaobiaosong", "latin"; NULL when out
 * of range. */
const char *bl_font_role_name(bl_font_role role);

/* Looks a role up by its name; returns false when unknown. */
bool bl_font_role_from_name(const char *name, bl_font_role *role);

/* Maximum candidate files per role: more than any real map needs. */
#define BL_FONT_MAX_CANDIDATES 16

typedef struct bl_fontset bl_fontset;

/* What the PDF writer needs to load a face in libharu and to place text.
 * Owned by the set; valid until bl_fontset_free. */
typedef struct {
    const char *path;   /* the file as opened (relative paths resolved) */
    int index;          /* face index inside a .ttc; 0 for a .ttf */
    bool collection;    /* the file is a TrueType collection (.ttc) */
    const char *family; /* FreeType family name, e.g. "AR PL UMing CN" */
    const char *style;  /* e.g. "Light" */
    int units_per_em;
    int ascender, descender; /* font units (hhea); descender is negative */
} bl_face_info;

/* Opens the font map at `map_path` and every face it names that exists.
 * `mem` may be NULL for the libc allocator (FreeType allocates through it
 * too).  On success stores the set in *out and returns BULLETIN_OK; the
 * set may carry warnings (bl_fontset_warning_count).  Errors, with
 * `diag` (may be NULL) filled as "map_path:line: message":
 *  - BULLETIN_ERR_FONT: the map cannot be read, names an unknown role or
 *    key, a bad face index, or no role has any usable face at all;
 *  - BULLETIN_ERR_NOMEM.
 * On failure *out is NULL and nothing leaks. */
bulletin_status bl_fontset_open(const char *map_path, const bulletin_mem *mem,
                                bl_fontset **out, bulletin_diag *diag);

/* The same, with `first` (NULL, or BL_FONT_ROLE_COUNT entries that may be
 * NULL or "") naming a file per role, "PATH[:INDEX]" relative to the map's
 * folder, tried before the map's candidates of that role (a template's
 * [fonts] section). */
bulletin_status bl_fontset_open_with(const char *map_path, const char *const *first,
                                     const bulletin_mem *mem, bl_fontset **out,
                                     bulletin_diag *diag);

/* The same from map text in memory.  `name` is used in diagnostics;
 * relative file names are resolved against `base_dir` (NULL = "."). */
bulletin_status bl_fontset_open_string(const char *text, const char *name,
                                       const char *base_dir,
                                       const bulletin_mem *mem,
                                       bl_fontset **out, bulletin_diag *diag);

/* Frees the set, its faces and caches.  NULL is a no-op. */
void bl_fontset_free(bl_fontset *fs);

/* Gives back the pages of the font files that the set's faces have read
 * (they are read again from the file, if at all, when next needed): for
 * after a large render, so that what follows it (the workbook) does not
 * carry them.  The set stays valid. */
void bl_fontset_drop_pages(bl_fontset *fs);

/* Warnings collected at open time (roles that fell back, rejected files),
 * severity BULLETIN_SEVERITY_WARNING, status BULLETIN_ERR_FONT.  Each is
 * reported once. */
size_t bl_fontset_warning_count(const bl_fontset *fs);
const bulletin_diag *bl_fontset_warning(const bl_fontset *fs, size_t i);

/* The number of distinct faces opened; face ids are 0 .. count-1, in the
 * order the map first names them. */
size_t bl_fontset_face_count(const bl_fontset *fs);

/* The face's file and metrics; NULL when `face` is out of range. */
const bl_face_info *bl_fontset_face_info(const bl_fontset *fs, int face);

/* The first face of `role` (after fallback); -1 when out of range. */
int bl_fontset_role_face(const bl_fontset *fs, bl_font_role role);

/* True when `role` has none of its own files and borrows another role's
 * faces. */
bool bl_fontset_role_is_fallback(const bl_fontset *fs, bl_font_role role);

/* The glyph that draws `cp` in `role`. */
typedef struct {
    int face;        /* face id, or -1 when no face has the character */
    int advance;     /* 1/1000 em, floor(advance * 1000 / upem) as libharu
                        writes /W; 1000 (a box) when face is -1 */
    int ink_left;    /* horizontal ink extent, 1/1000 em from the origin; */
    int ink_right;   /* both 0 for blank glyphs and missing characters */
} bl_glyph;

/* Resolves `cp` for `role`: the role's faces in order, then every face of
 * the set.  Marks `cp` as used in the chosen face.  Results are cached, so
 * repeated calls are a few table lookups.  `want_ink` also loads the
 * outline's horizontal extent (slower on first use; the layout asks only
 * for punctuation).  Returns BULLETIN_OK, or BULLETIN_ERR_NOMEM (cache
 * pages), BULLETIN_ERR_USAGE for a bad role. */
bulletin_status bl_fontset_glyph(bl_fontset *fs, bl_font_role role,
                                 uint32_t cp, bool want_ink, bl_glyph *out);

/* The ink box of `cp` in `face` itself, 1/1000 em from the origin:
 * box[0] left, box[1] bottom, box[2] right, box[3] top.  False when the
 * face has no glyph for it or the glyph is blank.  Not cached: for the
 * few marks drawn specially (—— and ……: draw.c). */
bool bl_fontset_ink_box(bl_fontset *fs, int face, uint32_t cp, int box[4]);

/* Whether `face` itself maps `cp` (no fallback, not marked as used). */
bool bl_fontset_face_has(bl_fontset *fs, int face, uint32_t cp);

/* The code points bl_fontset_glyph chose `face` for, ascending, in a new
 * array the caller frees with bl_free(mem, *cps) (NULL when *n is 0).
 * For hb-subset before libharu loads the face. */
bulletin_status bl_fontset_used(const bl_fontset *fs, int face, uint32_t **cps,
                                size_t *n);

/* Measure callback for the layout engine (bl_lay_measure_fn in layout.h):
 * `user` is a bl_fontset, `role` a bl_font_role.  Asks for ink extents
 * of punctuation only. */
struct bl_lay_metrics;
bulletin_status bl_fontset_measure(void *user, uint32_t cp, int role,
                                   struct bl_lay_metrics *m);

/* Fills `diag` with the warning for a character no face has:
 * "PATH:LINE:COLUMN: no font has U+xxxx 'c'; drawn as a box".  The
 * caller knows the position.  Returns BULLETIN_ERR_FONT. */
bulletin_status bl_font_missing_diag(bulletin_diag *diag, const char *path,
                                     int line, int column, uint32_t cp);

#endif
