/*
 * test_fonts.c - the font set: the map file, role fallback with one
 * warning, per-character fallback, widths, used code points, errors with
 * file:line, and allocation failures.  Uses Debian's free faces (the
 * Makefile's DEB_FONTS) and the repository's fonts/fonts.ini.
 */
#include "test_util.h"

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

#include "bulletin_int.h"
#include "pdf/fonts.h"
#include "pdf/layout.h"

#define GBSN "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
#define UMING "/usr/share/fonts/truetype/arphic/uming.ttc"
#define ZENHEI "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
#define DEJAVU "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define GKAI "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"

static bl_fontset *open_repo_map(void)
{
    bl_fontset *fs = NULL;
    bulletin_diag d;
    bulletin_status st = bl_fontset_open("fonts/fonts.ini", &tu_mem, &fs, &d);
    if (st != BULLETIN_OK)
        fail_msg("%s:%d: %s", d.path, d.line, d.message);
    return fs;
}

static void test_role_names(void **state)
{
    (void)state;
    bl_font_role r;
    for (int i = 0; i < BL_FONT_ROLE_COUNT; i++) {
        assert_non_null(bl_font_role_name((bl_font_role)i));
        assert_true(bl_font_role_from_name(bl_font_role_name((bl_font_role)i), &r));
        assert_int_equal(r, i);
    }
    assert_string_equal(bl_font_role_name(BL_FONT_XIAOBIAOSONG), "xiaobiaosong");
    assert_null(bl_font_role_name(BL_FONT_ROLE_COUNT));
    assert_false(bl_font_role_from_name("serif", &r));
}

/* The repository map on a machine without licensed fonts: Debian's faces,
 * each opened once, and one warning per borrowed role. */
static void test_repo_map_free_faces(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    assert_int_equal(bl_fontset_face_count(fs), 5);
    const bl_face_info *song = bl_fontset_face_info(fs, bl_fontset_role_face(fs, BL_FONT_SONG));
    assert_string_equal(song->path, GBSN);
    assert_int_equal(song->index, 0);
    assert_false(song->collection);
    assert_string_equal(song->family, "AR PL SungtiL GB");
    assert_int_equal(song->units_per_em, 1024);
    assert_int_equal(song->ascender, 900);
    assert_int_equal(song->descender, -123);
    const bl_face_info *hei = bl_fontset_face_info(fs, bl_fontset_role_face(fs, BL_FONT_HEI));
    assert_string_equal(hei->path, ZENHEI);
    assert_int_equal(hei->index, 0);
    assert_true(hei->collection);
    assert_string_equal(hei->family, "WenQuanYi Zen Hei");
    const bl_face_info *kai = bl_fontset_face_info(fs, bl_fontset_role_face(fs, BL_FONT_KAI));
    assert_string_equal(kai->path, GKAI);
    /* no free FangSong / XiaoBiaoSong: fallback to song (not kai: the
     * second-level headings are kai and must differ from the body) */
    assert_int_equal(bl_fontset_role_face(fs, BL_FONT_FANGSONG), bl_fontset_role_face(fs, BL_FONT_SONG));
    assert_int_equal(bl_fontset_role_face(fs, BL_FONT_XIAOBIAOSONG),
                     bl_fontset_role_face(fs, BL_FONT_SONG));
    assert_true(bl_fontset_role_is_fallback(fs, BL_FONT_FANGSONG));
    assert_true(bl_fontset_role_is_fallback(fs, BL_FONT_XIAOBIAOSONG));
    assert_false(bl_fontset_role_is_fallback(fs, BL_FONT_SONG));
    /* latin names gbsn00lp too: the same face, not a second copy */
    assert_int_equal(bl_fontset_role_face(fs, BL_FONT_LATIN), bl_fontset_role_face(fs, BL_FONT_SONG));
    assert_int_equal(bl_fontset_warning_count(fs), 2);
    const bulletin_diag *w = bl_fontset_warning(fs, 0);
    assert_int_equal(w->severity, BULLETIN_SEVERITY_WARNING);
    assert_int_equal(w->status, BULLETIN_ERR_FONT);
    assert_string_equal(w->message,
                        "font role fangsong: none of its 3 file(s) was found (first: "
                        "fonts/FangSong_GB2312.ttf); using song (AR PL SungtiL GB)");
    assert_string_equal(bl_fontset_warning(fs, 1)->message,
                        "font role xiaobiaosong: none of its 3 file(s) was found (first: "
                        "fonts/FZXiaoBiaoSong-B05S.ttf); using song (AR PL SungtiL GB)");
    assert_null(bl_fontset_warning(fs, 2));
    bl_fontset_free(fs);
}

static void test_widths(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    bl_glyph g;
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0x6C49 /* 汉 */, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, bl_fontset_role_face(fs, BL_FONT_SONG));
    assert_int_equal(g.advance, 1000);
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_LATIN, '1', false, &g), BULLETIN_OK);
    assert_int_equal(g.advance, 500);
    /* Zen Hei: proportional Latin, floor(613 * 1000 / 1024) = 598 */
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_HEI, '0', false, &g), BULLETIN_OK);
    assert_int_equal(g.advance, 599);
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_HEI, ' ', false, &g), BULLETIN_OK);
    assert_int_equal(g.advance, 299);
    /* ink extents of GB-style punctuation: ， sits left, （ right */
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0xFF0C, true, &g), BULLETIN_OK);
    assert_int_equal(g.advance, 1000);
    assert_true(g.ink_left > 0 && g.ink_right <= 500);
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0xFF08, true, &g), BULLETIN_OK);
    assert_true(g.ink_left >= 500);
    /* the same again comes from the cache */
    bl_glyph g2;
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0xFF08, true, &g2), BULLETIN_OK);
    assert_memory_equal(&g, &g2, sizeof g);
    bl_fontset_free(fs);
}

/* A character missing in the role's face comes from the next face of the
 * role, then from any face; one no face has is reported. */
static void test_character_fallback(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    int uming = -1, zenhei = -1, dejavu = -1;
    for (size_t i = 0; i < bl_fontset_face_count(fs); i++) {
        const bl_face_info *f = bl_fontset_face_info(fs, (int)i);
        if (strcmp(f->path, DEJAVU) == 0)
            dejavu = (int)i;
        if (strcmp(f->path, UMING) == 0)
            uming = (int)i;
        if (strcmp(f->path, ZENHEI) == 0)
            zenhei = (int)i;
    }
    assert_true(uming >= 0 && zenhei >= 0);
    bl_glyph g;
    /* 喆 is not in GB2312: song -> UMing (the role's second face) */
    assert_false(bl_fontset_face_has(fs, bl_fontset_role_face(fs, BL_FONT_SONG), 0x5586));
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0x5586, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, uming);
    /* kai has one face: 喆 comes from any face, in map order (UMing) */
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_FANGSONG, 0x5586, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, uming);
    /* 㐀 (Ext A) only in Zen Hei */
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0x3400, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, zenhei);
    /* ⬆ (U+2B06) in no Chinese face: DejaVu Sans, the Latin role's last */
    assert_true(dejavu >= 0);
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0x2B06, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, dejavu);
    /* 🦠 (U+1F9A0) in no face: a 1-em box */
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, 0x1F9A0, false, &g), BULLETIN_OK);
    assert_int_equal(g.face, -1);
    assert_int_equal(g.advance, 1000);
    bulletin_diag d;
    assert_int_equal(bl_font_missing_diag(&d, "in.txt", 3, 7, 0x1F600), BULLETIN_ERR_FONT);
    assert_int_equal(d.severity, BULLETIN_SEVERITY_WARNING);
    assert_int_equal(d.line, 3);
    assert_int_equal(d.column, 7);
    assert_string_equal(d.message, "no font has U+1F600 '\xF0\x9F\x98\x80'; drawn as a box");
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_ROLE_COUNT, 'a', false, &g), BULLETIN_ERR_USAGE);
    bl_fontset_free(fs);
}

/* A pinyin reading's letters (发(fā), 产(chǎn), 绿(lǜ)) take the Latin width
 * of the text's other Latin letters: gbsn00lp draws ā ǎ ǜ é full-width
 * (its GB 2312 pinyin row), so they come from the latin role's next face,
 * UMing, at half an em; ASCII letters stay in the first face, and the
 * Song role (a Han run's fallback) is not changed. */
static void test_pinyin_letters_latin_width(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    int uming = -1;
    for (size_t i = 0; i < bl_fontset_face_count(fs); i++)
        if (strcmp(bl_fontset_face_info(fs, (int)i)->path, UMING) == 0)
            uming = (int)i;
    assert_true(uming >= 0);
    int first = bl_fontset_role_face(fs, BL_FONT_LATIN);
    assert_int_not_equal(first, uming);
    static const uint32_t pinyin[] = {0x101 /* ā */, 0x1CE /* ǎ */, 0x1DC /* ǜ */, 0xE9 /* é */};
    bl_glyph g;
    for (size_t i = 0; i < sizeof pinyin / sizeof *pinyin; i++) {
        assert_int_equal(bl_fontset_glyph(fs, BL_FONT_LATIN, pinyin[i], false, &g), BULLETIN_OK);
        assert_int_equal(g.face, uming);
        assert_int_equal(g.advance, 500);
    }
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_LATIN, 'a', false, &g), BULLETIN_OK);
    assert_int_equal(g.face, first);
    assert_int_equal(g.advance, 500);
    bl_fontset_free(fs);
}

/* Every role sets them so: a title's reading (关(guān) in the 小标宋 title,
 * which falls back to Song), a heading's in 黑体 or 楷体, a table cell's or
 * the running header's.  gbsn00lp and gkai00mp draw the pinyin row
 * full-width; each role takes the first face with the letter at less than
 * full width (its own faces first, else any face of the set). */
static void test_pinyin_letters_latin_width_every_role(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    static const uint32_t letters[] = {0x101 /* ā */, 0xE1 /* á */, 0xE8 /* è */,
                                       0xED /* í */, 0x1CE /* ǎ */, 0x1DC /* ǜ */,
                                       0xFC /* ü */, 0x12B /* ī */};
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++)
        for (size_t i = 0; i < sizeof letters / sizeof *letters; i++) {
            bl_glyph g;
            assert_int_equal(bl_fontset_glyph(fs, (bl_font_role)r, letters[i], false, &g),
                             BULLETIN_OK);
            assert_true(g.face >= 0);
            if (g.advance >= 900)
                fail_msg("role %s: U+%04X is %d/1000 em wide", bl_font_role_name((bl_font_role)r),
                         (unsigned)letters[i], g.advance);
        }
    /* a full-width form stays full-width */
    bl_glyph g;
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_XIAOBIAOSONG, 0xFF41, false, &g), BULLETIN_OK);
    assert_true(g.advance >= 900);
    bl_fontset_free(fs);
}

static void test_used_code_points(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    int song = bl_fontset_role_face(fs, BL_FONT_SONG);
    uint32_t *cps;
    size_t n;
    assert_int_equal(bl_fontset_used(fs, song, &cps, &n), BULLETIN_OK);
    assert_null(cps);
    assert_int_equal(n, 0);
    const uint32_t ask[] = {0x6C49, 'A', 0x6C49, 0x4E00, 0x5586 /* UMing */, 0x1F9A0 /* none */};
    bl_glyph g;
    for (size_t i = 0; i < sizeof ask / sizeof *ask; i++)
        assert_int_equal(bl_fontset_glyph(fs, BL_FONT_SONG, ask[i], false, &g), BULLETIN_OK);
    assert_true(bl_fontset_face_has(fs, song, 0x4E8C)); /* 二: asked for nothing */
    assert_int_equal(bl_fontset_used(fs, song, &cps, &n), BULLETIN_OK);
    assert_int_equal(n, 3);
    assert_int_equal(cps[0], 'A');
    assert_int_equal(cps[1], 0x4E00);
    assert_int_equal(cps[2], 0x6C49);
    bl_free(&tu_mem, cps);
    assert_int_equal(bl_fontset_used(fs, 99, &cps, &n), BULLETIN_ERR_USAGE);
    bl_fontset_free(fs);
}

/* The measure callback the layout engine uses. */
static void test_measure_callback(void **state)
{
    (void)state;
    bl_fontset *fs = open_repo_map();
    bl_lay_char *c;
    size_t n;
    const char *t = "增长59.4%，";
    assert_int_equal(bl_lay_chars_from_utf8(t, strlen(t), 16, BL_FONT_FANGSONG, BL_FONT_LATIN,
                                            bl_fontset_measure, fs, &tu_mem, &c, &n),
                     BULLETIN_OK);
    assert_int_equal(n, 8);
    int song = bl_fontset_role_face(fs, BL_FONT_SONG);
    assert_int_equal(c[0].font, song); /* fangsong falls back to song */
    assert_true(c[0].adv == 16.0);
    for (size_t i = 2; i < 7; i++) {
        assert_int_equal(c[i].font, song); /* digits . % in the latin role */
        assert_true(c[i].adv == 8.0);
    }
    assert_int_equal(c[7].font, song);
    assert_true(c[7].ink_left < c[7].ink_right); /* punctuation carries ink */
    assert_int_equal(c[2].src, 6);
    bl_free(&tu_mem, c);
    bl_fontset_free(fs);
}

/* ------------------------------------------------------------------------
 * The map file
 * ---------------------------------------------------------------------- */

static bulletin_status open_text(const char *text, bl_fontset **fs, bulletin_diag *d)
{
    bulletin_diag_clear(d);
    return bl_fontset_open_string(text, "map.ini", "/usr/share/fonts/truetype", &tu_mem, fs, d);
}

static void test_map_relative_paths_and_ttc_index(void **state)
{
    (void)state;
    bl_fontset *fs;
    bulletin_diag d;
    assert_int_equal(open_text("[song]\nfile = arphic/uming.ttc:1\n", &fs, &d), BULLETIN_OK);
    const bl_face_info *f = bl_fontset_face_info(fs, 0);
    assert_string_equal(f->path, UMING);
    assert_int_equal(f->index, 1);
    assert_true(f->collection);
    assert_string_equal(f->family, "AR PL UMing HK");
    /* every other role borrows song, with one warning each */
    assert_int_equal(bl_fontset_face_count(fs), 1);
    assert_int_equal(bl_fontset_warning_count(fs), BL_FONT_ROLE_COUNT - 1);
    assert_string_equal(bl_fontset_warning(fs, 0)->message,
                        "font role hei has no file; using song (AR PL UMing HK)");
    assert_null(bl_fontset_face_info(fs, 1));
    bl_fontset_free(fs);
}

static void test_map_errors_have_lines(void **state)
{
    (void)state;
    bl_fontset *fs = (bl_fontset *)1;
    bulletin_diag d;
    assert_int_equal(open_text("# fonts\n[song]\nfile = a.ttf\n\n[serif]\nfile = b.ttf\n", &fs, &d),
                     BULLETIN_ERR_FONT);
    assert_null(fs);
    assert_string_equal(d.path, "map.ini");
    assert_int_equal(d.line, 6);
    assert_string_equal(d.message, "unknown font role [serif]");

    assert_int_equal(open_text("[song]\nfile = a.ttf\nsize = 3\n", &fs, &d), BULLETIN_ERR_FONT);
    assert_int_equal(d.line, 3);
    assert_string_equal(d.message, "unknown key 'size' (expected file or fallback)");

    assert_int_equal(open_text("[song]\nfallback = song\n", &fs, &d), BULLETIN_ERR_FONT);
    assert_int_equal(d.line, 2);
    assert_string_equal(d.message, "bad fallback role 'song'");

    assert_int_equal(open_text("[song]\nthis is not ini\n", &fs, &d), BULLETIN_ERR_FONT);
    assert_int_equal(d.line, 2);

    /* no file exists at all */
    assert_int_equal(open_text("[song]\nfile = nothing-here.ttf\n", &fs, &d), BULLETIN_ERR_FONT);
    assert_int_equal(d.line, 0);
    assert_string_equal(d.message,
                        "no usable TrueType font: none of the files the font map names exists");

    assert_int_equal(bl_fontset_open("/nonexistent/fonts.ini", &tu_mem, &fs, &d), BULLETIN_ERR_FONT);
    assert_string_equal(d.path, "/nonexistent/fonts.ini");
    assert_string_equal(d.message, "cannot read the font map");
}

/* A file that exists but is no TrueType font is skipped with a warning. */
static void test_map_rejects_non_truetype(void **state)
{
    (void)state;
    char dir[] = "/tmp/bl_fonts_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char bogus[64], map[64];
    snprintf(bogus, sizeof bogus, "%s/bogus.ttf", dir);
    snprintf(map, sizeof map, "%s/fonts.ini", dir);
    FILE *f = fopen(bogus, "w");
    assert_non_null(f);
    fputs("not a font\n", f);
    fclose(f);
    f = fopen(map, "w");
    assert_non_null(f);
    fputs("[hei]\nfile = bogus.ttf\nfile = " ZENHEI ":0\n", f);
    fclose(f);
    bl_fontset *fs;
    bulletin_diag d;
    assert_int_equal(bl_fontset_open(map, &tu_mem, &fs, &d), BULLETIN_OK);
    assert_int_equal(bl_fontset_face_count(fs), 1);
    char expect[256];
    snprintf(expect, sizeof expect, "font %s:0 cannot be opened (FreeType error 2); skipped", bogus);
    assert_string_equal(bl_fontset_warning(fs, 0)->message, expect);
    assert_string_equal(bl_fontset_warning(fs, 0)->path, map);
    bl_fontset_free(fs);
    remove(bogus);
    remove(map);
    rmdir(dir);
}

/* Faces are opened when a character first needs them (the tables of
 * each file are checked when the set opens): every role picks, for every
 * character, the face it picks from a set whose faces were all opened up
 * front (bl_fontset_face_info opens a face). */
static void test_lazy_faces_pick_the_same(void **state)
{
    (void)state;
    static const uint32_t cps[] = {
        'A', 'g', '0', '%', 0xE9, 0x101, 0x1CE, 0x1DC, 0x2014, 0x2026, 0x3001, 0x3002, 0x300A,
        0x4E00, 0x4E2D, 0x56FD, 0x5586, 0x7EDF, 0x8BA1, 0x92B7, 0x9F98, 0xFF08, 0xFF05, 0x2460,
        0x2103, 0x00B1, 0x00D7, 0x03B1, 0x0416, 0x2116, 0x3400, 0x20000, 0xE000, 0x1F600};
    bl_fontset *lazy = open_repo_map(), *eager = open_repo_map();
    for (size_t i = 0; i < bl_fontset_face_count(eager); i++)
        assert_non_null(bl_fontset_face_info(eager, (int)i));
    for (int r = 0; r < BL_FONT_ROLE_COUNT; r++)
        for (size_t k = 0; k < sizeof cps / sizeof *cps; k++) {
            bl_glyph a, b;
            assert_int_equal(bl_fontset_glyph(lazy, (bl_font_role)r, cps[k], true, &a), BULLETIN_OK);
            assert_int_equal(bl_fontset_glyph(eager, (bl_font_role)r, cps[k], true, &b), BULLETIN_OK);
            assert_int_equal(a.face, b.face);
            assert_int_equal(a.advance, b.advance);
            assert_int_equal(a.ink_left, b.ink_left);
            assert_int_equal(a.ink_right, b.ink_right);
        }
    for (size_t i = 0; i < bl_fontset_face_count(eager); i++) {
        const bl_face_info *x = bl_fontset_face_info(lazy, (int)i), *y = bl_fontset_face_info(eager, (int)i);
        assert_string_equal(x->path, y->path);
        assert_string_equal(x->family, y->family);
        assert_int_equal(x->units_per_em, y->units_per_em);
        assert_int_equal(x->collection, y->collection);
    }
    assert_int_equal(bl_fontset_warning_count(lazy), bl_fontset_warning_count(eager));
    bl_fontset_free(lazy);
    bl_fontset_free(eager);
}

/* A face whose tables look usable but whose Unicode cmaps FreeType
 * rejects (tu_write_cmapless_font) draws nothing once asked: the next
 * face has the character, and a warning says why. */
static void test_lazy_face_that_cannot_be_read(void **state)
{
    (void)state;
    char dir[] = "/tmp/bl_fonts_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char bad[64], map[64];
    snprintf(bad, sizeof bad, "%s/bad.ttf", dir);
    snprintf(map, sizeof map, "%s/fonts.ini", dir);
    tu_write_cmapless_font(DEJAVU, bad);
    FILE *f = fopen(map, "w");
    assert_non_null(f);
    fputs("[song]\nfile = " GBSN "\n[latin]\nfile = bad.ttf\nfile = " UMING ":0\n", f);
    fclose(f);
    bl_fontset *fs;
    bulletin_diag d;
    assert_int_equal(bl_fontset_open(map, &tu_mem, &fs, &d), BULLETIN_OK);
    int uming = -1;
    for (size_t i = 0; i < bl_fontset_face_count(fs); i++)
        if (strcmp(bl_fontset_face_info(fs, (int)i)->path, UMING) == 0)
            uming = (int)i;
    assert_true(uming >= 0);
    bl_glyph g;
    assert_int_equal(bl_fontset_glyph(fs, BL_FONT_LATIN, 'A', false, &g), BULLETIN_OK);
    assert_int_equal(g.face, uming);
    char expect[256];
    snprintf(expect, sizeof expect, "font %s:0 has no Unicode cmap; skipped", bad);
    bool warned = false;
    for (size_t i = 0; i < bl_fontset_warning_count(fs); i++)
        warned |= strcmp(bl_fontset_warning(fs, i)->message, expect) == 0;
    assert_true(warned);
    assert_false(bl_fontset_face_has(fs, bl_fontset_role_face(fs, BL_FONT_LATIN), 'A'));
    bl_fontset_free(fs);
    remove(bad);
    remove(map);
    rmdir(dir);
}

static void test_free_null(void **state)
{
    (void)state;
    bl_fontset_free(NULL);
    assert_int_equal(bl_fontset_face_count(NULL), 0);
    assert_int_equal(bl_fontset_warning_count(NULL), 0);
}

/* One open + lookup + used-set run through the failing allocator. */
static bulletin_status nomem_run(size_t *warnings)
{
    bl_fontset *fs = NULL;
    bulletin_diag d;
    bulletin_status st = bl_fontset_open("fonts/fonts.ini", &tu_failing_mem, &fs, &d);
    if (st != BULLETIN_OK) {
        assert_null(fs);
        return st;
    }
    bl_glyph g;
    st = bl_fontset_glyph(fs, BL_FONT_SONG, 0x6C49, true, &g);
    if (st == BULLETIN_OK)
        st = bl_fontset_glyph(fs, BL_FONT_HEI, 0x3400, true, &g);
    if (st == BULLETIN_OK) {
        uint32_t *cps;
        size_t n;
        st = bl_fontset_used(fs, g.face, &cps, &n);
        if (st == BULLETIN_OK)
            bl_free(&tu_failing_mem, cps);
    }
    *warnings = bl_fontset_warning_count(fs);
    bl_fontset_free(fs);
    return st;
}

/* Fails every allocation in turn (FreeType's included): each run returns
 * OK or NOMEM and leaks nothing (cmocka checks at the end of the test). */
static void test_nomem(void **state)
{
    (void)state;
    size_t warnings = 0;
    tu_fail_reset(LONG_MAX);
    assert_int_equal(nomem_run(&warnings), BULLETIN_OK);
    long total = tu_calls;
    tu_fail_reset(0);
    assert_int_equal(warnings, 2);
    assert_true(total > 10);
    long nomem = 0;
    for (long at = 1; at <= total; at++) {
        tu_fail_reset(at);
        warnings = 0;
        bulletin_status st = nomem_run(&warnings);
        tu_fail_reset(0);
        if (st == BULLETIN_ERR_NOMEM)
            nomem++;
        else if (st != BULLETIN_OK)
            fail_msg("allocation %ld of %ld: status %d", at, total, st);
    }
    assert_true(nomem > total / 2);
}

/* The ink of a cache page is kept apart from its advances, made when a
 * character of the page is first asked for with ink: asked after the
 * advance, or for a second character of the page, it is the ink a fresh
 * set gives (，（ on one page; 汉 on a page of Han never asked for ink). */
static void test_ink_asked_after_advance(void **state)
{
    (void)state;
    bl_fontset *a = open_repo_map(), *b = open_repo_map();
    static const uint32_t cps[] = {0xFF0C, 0xFF08, 0x6C49, 0x3002};
    for (size_t k = 0; k < sizeof cps / sizeof *cps; k++) {
        bl_glyph g, h, i;
        assert_int_equal(bl_fontset_glyph(a, BL_FONT_SONG, cps[k], false, &g), BULLETIN_OK);
        assert_int_equal(g.ink_left, 0);
        assert_int_equal(g.ink_right, 0);
        assert_int_equal(bl_fontset_glyph(a, BL_FONT_SONG, cps[k], true, &h), BULLETIN_OK);
        assert_int_equal(bl_fontset_glyph(b, BL_FONT_SONG, cps[k], true, &i), BULLETIN_OK);
        assert_int_equal(h.face, i.face);
        assert_int_equal(h.advance, i.advance);
        assert_int_equal(h.ink_left, i.ink_left);
        assert_int_equal(h.ink_right, i.ink_right);
        assert_true(h.ink_left < h.ink_right);
    }
    bl_glyph g;
    assert_int_equal(bl_fontset_glyph(a, BL_FONT_SONG, 0xFF08, true, &g), BULLETIN_OK);
    assert_true(g.ink_left >= 500); /* （ sits right */
    assert_int_equal(bl_fontset_glyph(a, BL_FONT_SONG, 0xFF0C, true, &g), BULLETIN_OK);
    assert_true(g.ink_left > 0 && g.ink_right <= 500); /* ， sits left */
    bl_fontset_free(a);
    bl_fontset_free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_names),
        cmocka_unit_test(test_repo_map_free_faces),
        cmocka_unit_test(test_widths),
        cmocka_unit_test(test_character_fallback),
        cmocka_unit_test(test_used_code_points),
        cmocka_unit_test(test_measure_callback),
        cmocka_unit_test(test_map_relative_paths_and_ttc_index),
        cmocka_unit_test(test_map_errors_have_lines),
        cmocka_unit_test(test_map_rejects_non_truetype),
        cmocka_unit_test(test_pinyin_letters_latin_width),
        cmocka_unit_test(test_pinyin_letters_latin_width_every_role),
        cmocka_unit_test(test_lazy_faces_pick_the_same),
        cmocka_unit_test(test_lazy_face_that_cannot_be_read),
        cmocka_unit_test(test_free_null),
        cmocka_unit_test(test_nomem),
        cmocka_unit_test(test_ink_asked_after_advance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
