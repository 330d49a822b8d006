/*
 * test_display.c - display text and figures in the layout engine: a
 * number kept with its scale and unit (130万件), break classes (never
 * inside a figure, between words first), ICU's word boundaries with the
 * compounds kept whole (words.h), balanced titles in a trapezoid, marks
 * set full width whatever the face (a narrow “, a centred ，), an opening
 * mark shedding its blank at the start of a display line.
 */
#include "test_util.h"

#include <math.h>
#include <uchar.h>

#include "bulletin_int.h"
#include "pdf/layout.h"
#include "pdf/words.h"

#define EM 10.0

/* Synthetic font: ASCII 1/2 em, everything else 1 em; “ and ” 0.34 em
 * wide (as WenQuanYi Zen Hei's), ， drawn in the middle of the em. */
static bulletin_status synth(void *user, uint32_t cp, int role, bl_lay_metrics *m)
{
    (void)user;
    (void)role;
    m->font = 0;
    m->adv1000 = cp < 0x80 ? 500 : 1000;
    m->ink_left = m->ink_right = 0;
    if (cp == 0x201C || cp == 0x201D) {
        m->adv1000 = 340;
        m->ink_left = 40;
        m->ink_right = 300;
    } else if (cp == 0xFF0C) {
        m->ink_left = 450;
        m->ink_right = 570;
    }
    return BULLETIN_OK;
}

static bl_lay_char *chars_of(const char *t, size_t *n)
{
    bl_lay_char *c = NULL;
    assert_int_equal(bl_lay_chars_from_utf8(t, strlen(t), EM, 0, 1, synth, NULL, &tu_mem, &c, n),
                     BULLETIN_OK);
    return c;
}

static const char *line_text(const bl_layout *lay, size_t l)
{
    static char buf[1024];
    size_t k = 0;
    const bl_lay_line *L = &lay->lines[l];
    for (size_t g = L->first; g < L->first + L->count && k + 5 < sizeof buf; g++)
        k += (size_t)bl_utf8_encode(lay->glyphs[g].cp, buf + k);
    buf[k] = '\0';
    return buf;
}

/* The character index where line l starts. */
static size_t line_start(const bl_layout *lay, const bl_lay_char *c, size_t n, size_t l)
{
    uint32_t src = lay->glyphs[lay->lines[l].first].src;
    for (size_t i = 0; i < n; i++)
        if (c[i].src == src)
            return i;
    fail();
    return 0;
}

static void test_scale_and_unit_kept(void **state)
{
    (void)state;
    static const char *const cases[] = {"130万件", "12.74万人", "47924万头", "281.2万亩",
                                        "8.1万户", "3.5亿元", "82.1万吨", "27650万千瓦时",
                                        /* colloquial and symbol area units */
                                        "6700平米", "30万平米", "120㎡", "3.2㎢", "15㎥",
                                        /* traditional characters */
                                        "130萬件", "12.74萬人", "3.5億元", "82.1萬噸",
                                        "0.2個百分點", "4393公頃", "27650萬千瓦時", "12.4萬頭"};
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        size_t n;
        bl_lay_char *c = chars_of(cases[k], &n);
        bool brk[32];
        bl_lay_breaks(c, n, brk);
        for (size_t i = 1; i < n; i++)
            if (brk[i])
                fail_msg("%s: a break before character %zu", cases[k], i);
        bl_free(&tu_mem, c);
    }
}

static void test_never_class_kept(void **state)
{
    (void)state;
    size_t n;
    /* 10 ems: a break would fall inside 甲乙丙丁 without the classes */
    bl_lay_char *c = chars_of("一二三四五六七八甲乙丙丁九十一二三四五六七八九十", &n);
    uint8_t cls[64] = {0};
    for (size_t i = 9; i < 12; i++)
        cls[i] = BL_BRK_NEVER; /* 甲乙丙丁 is one figure */
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 10 * EM);
    p.indent = 0;
    p.brk = cls;
    bl_layout lay = {0};
    assert_int_equal(bl_layout_paragraph(c, n, &p, &tu_mem, &lay), BULLETIN_OK);
    for (size_t l = 1; l < lay.nlines; l++) {
        size_t s = line_start(&lay, c, n, l);
        assert_false(s > 8 && s < 12);
    }
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

static void test_words_from_icu(void **state)
{
    (void)state;
    bl_words *w = NULL;
    assert_int_equal(bl_words_open(&tu_mem, &w), BULLETIN_OK);
    if (!w)
        skip(); /* ICU without word data */
    size_t n;
    const char *t = "关于印发2025年全省知识产权工作要点的通知";
    bl_lay_char *c = chars_of(t, &n);
    uint8_t cls[64] = {0};
    assert_int_equal(bl_words_classify(w, c, n, cls), BULLETIN_OK);
    /* 印发, 全省 and 知识产权 are compounds: no break inside */
    assert_int_equal(cls[3], BL_BRK_WORD); /* 印|发 */
    assert_int_equal(cls[10], BL_BRK_WORD); /* 全|省 */
    for (size_t i = 12; i < 15; i++)
        assert_int_equal(cls[i], BL_BRK_WORD); /* 知|识|产|权 */
    assert_int_equal(cls[2], BL_BRK_GOOD);    /* 关于|印发 */
    assert_int_equal(cls[15], BL_BRK_ANY);    /* 知识产权|工作 */
    /* the same title on 12 ems: two lines, broken between words */
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 12 * EM);
    p.brk = cls;
    bl_layout lay = {0};
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 2);
    assert_true(cls[line_start(&lay, c, n, 1)] != BL_BRK_WORD);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
    bl_words_close(w);
}

/* A code with hyphens (audit-donghu-district-2022's title line •索引号：
 * j602402--2023-0165　主题分类：综合政务) is never broken after a hyphen
 * before a digit or another hyphen: a line ending in a hyphen reads as a
 * word hyphenated in text copied out of the PDF (poppler dropped one of
 * --), and GB/T 15834 keeps a connecting mark with what it joins.  A
 * hyphen between Latin words still breaks well (e-mail|-based). */
static void test_no_break_after_a_hyphen_in_a_code(void **state)
{
    (void)state;
    bl_words *w = NULL;
    assert_int_equal(bl_words_open(&tu_mem, &w), BULLETIN_OK);
    if (!w)
        skip(); /* ICU without word data */
    size_t n;
    bl_lay_char *c = chars_of("•索引号：j602402--2023-0165　主题分类：综合政务", &n);
    uint8_t cls[64] = {0};
    assert_int_equal(bl_words_classify(w, c, n, cls), BULLETIN_OK);
    assert_int_equal(c[12].cp, '-');
    assert_int_equal(c[18].cp, '-');
    assert_int_equal(cls[13], BL_BRK_WORD); /* -|- */
    assert_int_equal(cls[14], BL_BRK_WORD); /* --|2023 */
    assert_int_equal(cls[19], BL_BRK_WORD); /* 2023-|0165 */
    bl_free(&tu_mem, c);
    c = chars_of("关于well-known文件的通知", &n);
    memset(cls, 0, sizeof cls);
    assert_int_equal(bl_words_classify(w, c, n, cls), BULLETIN_OK);
    assert_int_equal(c[6].cp, '-');
    assert_int_equal(cls[7], BL_BRK_GOOD); /* well-|known */
    bl_free(&tu_mem, c);
    bl_words_close(w);
}

/* A title that starts with a file number wider than the measure (a real
 * one: 11330700MB10327095/2024-00144关于印发《金华经济技术开发区重污染天
 * 气应急预案（2024年修订）》的通知).  The number must break somewhere: at
 * a word boundary ICU finds inside it (at its slash), not inside
 * 2024-00144 or MB10327095; and the rest of the title still breaks
 * between words only (not 技|术). */
static void test_long_number_in_title(void **state)
{
    (void)state;
    bl_words *w = NULL;
    assert_int_equal(bl_words_open(&tu_mem, &w), BULLETIN_OK);
    if (!w)
        skip(); /* ICU without word data */
    static const double measures[] = {12.5, 13, 16};
    const char *t = "11330700MB10327095/2024-00144关于印发《金华经济技术开发区重污染天气应急预案（"
                    "2024年修订）》的通知";
    size_t n;
    bl_lay_char *c = chars_of(t, &n);
    for (size_t m = 0; m < sizeof measures / sizeof *measures; m++) {
        uint8_t cls[128] = {0};
        assert_int_equal(bl_words_classify(w, c, n, cls), BULLETIN_OK);
        bl_lay_params p;
        bl_lay_params_init(&p, EM, measures[m] * EM);
        p.brk = cls;
        bl_layout lay = {0};
        assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
        assert_true(lay.nlines >= 2);
        /* 14.5 ems: broken after its slash on 13 ems, whole on 16 */
        const char *top = line_text(&lay, 0);
        if (measures[m] < 14)
            assert_string_equal(top, "11330700MB10327095/");
        else
            assert_true(strncmp(top, "11330700MB10327095/2024-00144", 29) == 0);
        for (size_t l = 1; l < lay.nlines; l++) {
            size_t s = line_start(&lay, c, n, l);
            if (cls[s] == BL_BRK_WORD)
                fail_msg("measure %g em: line %zu starts inside a word: %s", measures[m], l,
                         line_text(&lay, l));
            assert_true(lay.lines[l].width <= p.measure + 1e-6);
        }
        bl_layout_free(&lay);
    }
    bl_free(&tu_mem, c);
    bl_words_close(w);
}

static void test_trapezoid_title(void **state)
{
    (void)state;
    size_t n;
    /* 24 characters on 20 ems: 12 + 12 balanced; with the break after
     * the 13th character only (the classes say so) the top line would be
     * longer: a trapezoid takes the earlier word break */
    const char *t = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯";
    bl_lay_char *c = chars_of(t, &n);
    uint8_t cls[64];
    memset(cls, BL_BRK_WORD, sizeof cls);
    cls[0] = BL_BRK_ANY;
    cls[9] = cls[13] = BL_BRK_ANY; /* words end after 九 and 丙 */
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 20 * EM);
    p.brk = cls;
    bl_layout lay = {0};
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 2);
    assert_string_equal(line_text(&lay, 0), "一二三四五六七八九十甲乙丙"); /* free: 13 + 11 */
    p.shape = BL_SHAPE_TRAPEZOID;
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 2);
    assert_string_equal(line_text(&lay, 0), "一二三四五六七八九"); /* 9 + 15 */
    assert_true(lay.lines[0].width <= lay.lines[1].width);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

static void test_marks_full_width(void **state)
{
    (void)state;
    size_t n;
    bl_lay_char *c = chars_of("赛，“以”", &n);
    assert_int_equal(n, 5);
    /* ， moved to the left of its em: ink from 0.1 em */
    assert_true(fabs(c[1].adv - EM) < 1e-9);
    assert_true(fabs(c[1].shift - (-0.35 * EM)) < 1e-9);
    assert_int_equal(c[1].ink_left, 100);
    /* “ a full em, the glyph on the right; ” a full em, on the left */
    assert_true(fabs(c[2].adv - EM) < 1e-9);
    assert_true(fabs(c[2].shift - 0.66 * EM) < 1e-9);
    assert_true(fabs(c[2].gadv - 0.34 * EM) < 1e-9);
    assert_true(fabs(c[4].adv - EM) < 1e-9 && c[4].shift == 0);
    bl_free(&tu_mem, c);
}

static void test_opening_mark_at_display_line_start(void **state)
{
    (void)state;
    size_t n;
    bl_lay_char *c = chars_of("“以赛促进”激发", &n);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 20 * EM);
    bl_layout lay = {0};
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_LEFT, &tu_mem, &lay), BULLETIN_OK);
    /* the box of “ starts half an em before the line: its ink at the
     * line's start (0.66 em into the box - 0.5 em) */
    assert_true(fabs(lay.glyphs[0].x - (0.66 - 0.5) * EM) < 1e-9);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
}

/* The classes of `t` from ICU and words.c into cls (n chars in c). */
static bl_lay_char *classified(bl_words *w, const char *t, size_t *n, uint8_t *cls, size_t cap)
{
    bl_lay_char *c = chars_of(t, n);
    assert_true(*n < cap);
    memset(cls, 0, cap);
    assert_int_equal(bl_words_classify(w, c, *n, cls), BULLETIN_OK);
    return c;
}

/* pdf45: a 公文 title is broken at its phrase boundary, the issuer on
 * top and 关于… below (GB/T 9704 7.3.1: 词意完整), never inside the
 * issuer's name.  ICU leaves an office's last character a word of its
 * own (指挥|部, 财政|厅, 政府|办): no break there; the break before 关于
 * (關於) after the issuer is a phrase boundary, and a two-line trapezoid
 * may have its top line up to two ems longer there.  Before, changzi's
 * title came out 长子县人民政府森林防火指挥 / 部关于禁止燃放烟花爆竹的通告. */
static void test_title_breaks_at_the_issuer(void **state)
{
    (void)state;
    bl_words *w = NULL;
    assert_int_equal(bl_words_open(&tu_mem, &w), BULLETIN_OK);
    if (!w)
        skip(); /* ICU without word data */
    static const char *const titles[][3] = {
        {"长子县人民政府森林防火指挥部关于禁止燃放烟花爆竹的通告", "长子县人民政府森林防火指挥部",
         "关于禁止燃放烟花爆竹的通告"},
        {"長子縣人民政府森林防火指揮部關於禁止燃放煙花爆竹的通告", "長子縣人民政府森林防火指揮部",
         "關於禁止燃放煙花爆竹的通告"},
    };
    uint8_t cls[128];
    size_t n;
    for (size_t t = 0; t < sizeof titles / sizeof *titles; t++) {
        bl_lay_char *c = classified(w, titles[t][0], &n, cls, sizeof cls);
        assert_int_equal(cls[13], BL_BRK_WORD);   /* 指挥|部 */
        assert_int_equal(cls[14], BL_BRK_PHRASE); /* 指挥部|关于 */
        bl_lay_params p;
        bl_lay_params_init(&p, EM, 20 * EM); /* 20 characters a line, as 2号 in the 公文 */
        p.brk = cls;
        p.shape = BL_SHAPE_TRAPEZOID;
        bl_layout lay = {0};
        assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay),
                         BULLETIN_OK);
        assert_int_equal(lay.nlines, 2);
        assert_string_equal(line_text(&lay, 0), titles[t][1]);
        assert_string_equal(line_text(&lay, 1), titles[t][2]);
        /* free lines: the same break */
        p.shape = BL_SHAPE_FREE;
        assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay),
                         BULLETIN_OK);
        assert_string_equal(line_text(&lay, 0), titles[t][1]);
        bl_layout_free(&lay);
        bl_free(&tu_mem, c);
    }
    /* other offices' last characters: no break before them */
    static const struct {
        const char *t;
        size_t at;
    } offices[] = {
        {"省财政厅关于", 3}, {"商务部关于", 2}, {"县政府办关于", 3}, {"市自然资源局关于", 5},
        {"綜合執法隊關於", 4}, {"街道办事处关于", 4},
    };
    for (size_t k = 0; k < sizeof offices / sizeof *offices; k++) {
        bl_lay_char *c = classified(w, offices[k].t, &n, cls, sizeof cls);
        if (cls[offices[k].at] != BL_BRK_WORD)
            fail_msg("%s: class %d before character %zu", offices[k].t, cls[offices[k].at],
                     offices[k].at);
        assert_int_equal(cls[offices[k].at + 1], BL_BRK_PHRASE);
        bl_free(&tu_mem, c);
    }
    /* not fired: a one-character word before 委 (县|委: two one-character
     * words, weak as before), 有|关于, 关于 opening the title, 关于| */
    bl_lay_char *c = classified(w, "县委关于", &n, cls, sizeof cls);
    assert_int_equal(cls[1], BL_BRK_WEAK);
    assert_int_equal(cls[2], BL_BRK_PHRASE);
    bl_free(&tu_mem, c);
    c = classified(w, "有关于此事的通知", &n, cls, sizeof cls);
    assert_true(cls[1] != BL_BRK_PHRASE);
    assert_int_equal(cls[3], BL_BRK_GOOD); /* 关于|此事 as before */
    bl_free(&tu_mem, c);
    c = classified(w, "关于印发2025年全省知识产权工作要点的通知", &n, cls, sizeof cls);
    for (size_t i = 0; i < n; i++)
        assert_true(cls[i] != BL_BRK_PHRASE);
    bl_free(&tu_mem, c);
    /* an issuer far longer than what follows: the shape holds (the top
     * line no more than two ems longer), 关于 or not */
    c = classified(w, "某某省某某市某某县人民政府办公室综合执法大队关于春节的通知", &n, cls,
                   sizeof cls);
    bl_lay_params p;
    bl_lay_params_init(&p, EM, 20 * EM);
    p.brk = cls;
    p.shape = BL_SHAPE_TRAPEZOID;
    bl_layout lay = {0};
    assert_int_equal(bl_layout_balanced(c, n, &p, BL_ALIGN_CENTER, &tu_mem, &lay), BULLETIN_OK);
    assert_int_equal(lay.nlines, 2);
    assert_true(lay.lines[0].width <= lay.lines[1].width + 2 * EM + 1e-6);
    assert_true(cls[line_start(&lay, c, n, 1)] != BL_BRK_WORD);
    bl_layout_free(&lay);
    bl_free(&tu_mem, c);
    bl_words_close(w);
}

/* speed47: ICU is loaded with RTLD_LAZY (libstdc++ binds a function at its
 * first call) and given back after each bulletin of a one-bulletin export
 * (bl_words_transient); libstdc++ stays mapped after ICU's dlclose.  Load,
 * classify, give back, three times: the same classes each time, traditional
 * script too (a reloaded ICU calls the lazily bound libstdc++ again). */
static void test_words_reloaded(void **state)
{
    (void)state;
    const char *titles[] = {"关于印发2025年全省知识产权工作要点的通知",
                            "關於印發2025年全省知識產權工作要點的通知"};
    uint8_t first[2][64];
    bool saved = bl_words_transient;
    bl_words_transient = true;
    for (int round = 0; round < 3; round++) {
        bl_words *w = NULL;
        assert_int_equal(bl_words_open(&tu_mem, &w), BULLETIN_OK);
        if (!w) {
            bl_words_transient = saved;
            skip(); /* ICU without word data */
        }
        for (int t = 0; t < 2; t++) {
            size_t n;
            uint8_t cls[64];
            bl_lay_char *c = classified(w, titles[t], &n, cls, sizeof cls);
            if (round == 0)
                memcpy(first[t], cls, sizeof cls);
            else
                assert_memory_equal(cls, first[t], sizeof cls);
            assert_int_equal(cls[2], BL_BRK_GOOD); /* 关于|印发, 關於|印發 */
            bl_free(&tu_mem, c);
        }
        bl_words_close(w);
        bl_words_unload(); /* ICU given back: loaded again next round */
    }
    bl_words_transient = saved;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scale_and_unit_kept),
        cmocka_unit_test(test_never_class_kept),
        cmocka_unit_test(test_words_from_icu),
        cmocka_unit_test(test_long_number_in_title),
        cmocka_unit_test(test_no_break_after_a_hyphen_in_a_code),
        cmocka_unit_test(test_trapezoid_title),
        cmocka_unit_test(test_marks_full_width),
        cmocka_unit_test(test_opening_mark_at_display_line_start),
        cmocka_unit_test(test_title_breaks_at_the_issuer),
        cmocka_unit_test(test_words_reloaded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
