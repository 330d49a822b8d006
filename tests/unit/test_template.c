/* Unit tests of src/template.c: the shipped templates, every kind of
 * error with its line, derived values and header/footer fields. */
#include <math.h>
#include <stdio.h>

#include "test_util.h"

#include "pdf/template.h"

#define MM (72.0 / 25.4)

static void expect_error(const char *text, int line, const char *needle)
{
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load_string(text, "t.ini", &t, &d), BULLETIN_ERR_TEMPLATE);
    assert_int_equal(d.line, line);
    assert_string_equal(d.path, "t.ini");
    if (!strstr(d.message, needle))
        fail_msg("message '%s' lacks '%s'", d.message, needle);
}

static void test_gongwen_template(void **state)
{
    (void)state;
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load("gongwen", "templates", &t, &d), BULLETIN_OK);
    assert_string_equal(t.name, "gongwen");
    assert_true(fabs(t.page_w - 210 * MM) < 0.01 && fabs(t.page_h - 297 * MM) < 0.01);
    assert_true(fabs(t.margin_top - 37 * MM) < 0.01);
    assert_true(fabs(t.margin_left - 28 * MM) < 0.01);
    /* type area 156 x 225 mm */
    assert_true(fabs(t.page_w - t.margin_left - t.margin_right - 156 * MM) < 0.01);
    assert_true(fabs(t.page_h - t.margin_top - t.margin_bottom - 225 * MM) < 0.01);
    /* 28 characters fill the measure; 22 lines fill the type area */
    assert_true(fabs(t.body_size * 28 - 156 * MM) < 0.001);
    assert_true(fabs(t.body_size + 21 * t.line_pitch - 225 * MM) < 0.001);
    assert_int_equal(t.style[BL_EL_TITLE].role, BL_FONT_XIAOBIAOSONG);
    assert_true(fabs(t.style[BL_EL_TITLE].size - 22) < 1e-9);
    assert_int_equal(t.style[BL_EL_BODY].role, BL_FONT_FANGSONG);
    assert_int_equal(t.style[BL_EL_H1].role, BL_FONT_HEI);
    assert_int_equal(t.style[BL_EL_H2].role, BL_FONT_KAI);
    assert_false(t.cover);
    assert_false(t.key_figures);
    assert_int_equal(t.footer_align, BL_FOLIO_OUTSIDE);
    assert_true(fabs(t.footer_offset - 7 * MM) < 0.01);
    assert_true(fabs(t.footer_indent - t.body_size) < 0.001);
    assert_true(fabs(t.style[BL_EL_FOLIO].size - 14) < 1e-9);
    /* a report's speaker centred under the title; a transcript's speaker
     * over a turn flush left in Hei at the body's size (derived) */
    assert_int_equal(t.style[BL_EL_SPEAKER].align, BL_TALIGN_CENTER);
    assert_int_equal(t.style[BL_EL_TURN].role, BL_FONT_HEI);
    assert_int_equal(t.style[BL_EL_TURN].align, BL_TALIGN_LEFT);
    assert_true(fabs(t.style[BL_EL_TURN].size - t.body_size) < 1e-9);
    assert_true(t.style[BL_EL_TURN].indent == 0);
}

static void test_brochure_template(void **state)
{
    (void)state;
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load("templates/brochure.ini", NULL, &t, &d), BULLETIN_OK);
    assert_string_equal(t.name, "brochure");
    assert_true(t.cover && t.key_figures && t.outline);
    assert_int_equal(t.key_figures_count, 8);
    assert_true(fabs(t.line_pitch - 18.375) < 1e-9);
    assert_string_equal(t.header, "{short_title}");
    assert_true(fabs(t.accent.r - 0x8B / 255.0) < 1e-9);
    assert_int_equal(t.style[BL_EL_TURN].role, BL_FONT_HEI);
    assert_int_equal(t.style[BL_EL_TURN].align, BL_TALIGN_LEFT);
    assert_true(fabs(t.style[BL_EL_TURN].size - t.style[BL_EL_BODY].size) < 1e-9);
}

static void test_errors_carry_lines(void **state)
{
    (void)state;
    expect_error("[page]\nsize = A4\nsizes = A5\n", 3, "unknown key 'sizes'");
    expect_error("[pages]\nsize = A4\n", 2, "unknown section [pages]");
    expect_error("[grid]\n\nbody_size = big\n", 3, "bad body_size 'big'");
    expect_error("[style.body]\nrole = comic\n", 2, "unknown font role 'comic'");
    expect_error("[style.bogus]\nsize = 9\n", 2, "unknown element [style.bogus]");
    expect_error("[colors]\naccent = red\n", 2, "bad accent 'red' (#RRGGBB)");
    expect_error("[blocks]\ncover = maybe\n", 2, "yes or no");
    expect_error("[page]\nsize A4\n", 2, "syntax error");
    expect_error("[page]\nmargin_top = 25 furlongs\n", 2, "bad margin_top '25 furlongs' (0 to 300mm)");
    expect_error("[page]\nmargin_top = 301mm\n", 2, "bad margin_top '301mm' (0 to 300mm)");
    expect_error("[footer]\nalign = middle\n", 2,
                 "bad align 'middle' (center, outside, inside, left, right)");
    expect_error("[header]\nshadow = yes\n", 2, "unknown key 'shadow' in [header]");
    expect_error("[grid]\nlines_per_page = 2.5\n", 2, "bad lines_per_page '2.5' (1 to 200)");
    expect_error("[fonts]\nsong = a.ttf\ncomic = b.ttf\n", 3, "unknown font role 'comic'");
    expect_error("[fonts]\n; c\n\nhei =\n", 4, "bad font file");
    expect_error("[style.title]\nsize = 20em\n", 2, "bad size '20em'");
    /* the first failure is the one reported, with its own line */
    expect_error("[page]\nsize = A9\nbogus = 1\n", 2, "bad size 'A9'");
    /* a line longer than inih's buffer: reported at its line; a long
     * comment is skipped whole, so later lines keep their numbers */
    char longline[600] = "[template]\nname = t\ndescription = ";
    memset(longline + strlen(longline), 'x', 300);
    strcat(longline, "\n[page]\nsize = A4\n");
    expect_error(longline, 3, "line longer than 198 bytes");
    char longcomment[600] = "[page]\n; ";
    memset(longcomment + strlen(longcomment), 'x', 300);
    strcat(longcomment, "\nbogus = 1\n");
    expect_error(longcomment, 3, "unknown key 'bogus'");
}

/* [fonts]: explicit files with their lines; sizes in em of the final body
 * size (which chars_per_line derives). */
static void test_fonts_and_em_sizes(void **state)
{
    (void)state;
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load_string("; fonts\n[fonts]\n\nfangsong = FangSong_GB2312.ttf\n"
                                             "kai = /x/kai.ttc:1\n[page]\nsize = A4\n"
                                             "margin_left = 20mm\nmargin_right = 20mm\n"
                                             "[grid]\nchars_per_line = 34\n"
                                             "[style.heading1]\nsize = 1.5em\n"
                                             "[style.body]\nsize = 1em\n",
                                             "t.ini", &t, &d),
                     BULLETIN_OK);
    assert_string_equal(t.font_file[BL_FONT_FANGSONG], "FangSong_GB2312.ttf");
    assert_int_equal(t.font_line[BL_FONT_FANGSONG], 4);
    assert_string_equal(t.font_file[BL_FONT_KAI], "/x/kai.ttc:1");
    assert_int_equal(t.font_line[BL_FONT_KAI], 5);
    assert_string_equal(t.font_file[BL_FONT_SONG], "");
    double body = (210 - 40) * MM / 34;
    assert_true(fabs(t.body_size - body) < 1e-9);
    assert_true(fabs(t.style[BL_EL_BODY].size - body) < 1e-9);
    assert_true(fabs(t.style[BL_EL_H1].size - 1.5 * body) < 1e-9);
    /* gongwen: the lead and the headings are the body size */
    assert_int_equal(bl_template_load("gongwen", "templates", &t, &d), BULLETIN_OK);
    for (int e = BL_EL_LEAD; e <= BL_EL_BODY; e++) {
        assert_true(fabs(t.style[e].size - t.body_size) < 1e-9);
        assert_true(fabs(t.style[e].pitch - 1) < 1e-9);
        assert_true(fabs(t.style[e].before) < 1e-9);
    }
    assert_true(fabs(t.line_pitch - (225 * MM - t.body_size) / 21) < 1e-9);
}

static void test_whole_template_checks(void **state)
{
    (void)state;
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load_string("[page]\nmargin_left = 150mm\nmargin_right=100mm\n",
                                             "t.ini", &t, &d),
                     BULLETIN_ERR_TEMPLATE);
    assert_non_null(strstr(d.message, "no type area"));
    assert_int_equal(bl_template_load_string("[grid]\nbody_size = 20pt\nline_pitch = 10pt\n",
                                             "t.ini", &t, &d),
                     BULLETIN_ERR_TEMPLATE);
    assert_non_null(strstr(d.message, "smaller than the body size"));
}

static void test_missing_and_bad_names(void **state)
{
    (void)state;
    bl_template t;
    bulletin_diag d;
    assert_int_equal(bl_template_load("nosuch", "templates", &t, &d), BULLETIN_ERR_TEMPLATE);
    assert_non_null(strstr(d.message, "templates/nosuch.ini: cannot open template"));
    assert_int_equal(bl_template_load("../etc", "templates", &t, &d), BULLETIN_ERR_TEMPLATE);
    assert_int_equal(bl_template_load("a b", "templates", &t, &d), BULLETIN_ERR_TEMPLATE);
    assert_non_null(strstr(d.message, "bad template name"));
}

static void test_fields(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("---\ntitle: 湖北：发布2023年湖北知识产权十件大事\nissuer: 省局\n"
                                 "date: 2024-01-05\n---\n正文。\n",
                                 0);
    char out[256];
    bl_template_expand("— {page} —", doc, 3, 9, out, sizeof out);
    assert_string_equal(out, "— 3 —");
    bl_template_expand("{issuer}·{date}·{page}/{pages}·{unknown}", doc, 2, 5, out, sizeof out);
    assert_string_equal(out, "省局·2024年1月5日·2/5·{unknown}");
    bl_template_expand("{short_title}", doc, 1, 1, out, sizeof out);
    assert_string_equal(out, "2023年湖北知识产权十件大事");
    bl_template_expand("{title}", doc, 1, 1, out, 8);
    assert_string_equal(out, "湖北"); /* 7 bytes fit, 2 characters do */
    bulletin_doc_free(doc);
    doc = tu_parse("无冒号的标题\n正文。\n", 0);
    bl_template_expand("[{issuer}]{short_title}", doc, 1, 1, out, sizeof out);
    assert_string_equal(out, "[]无冒号的标题");
    bulletin_doc_free(doc);
    /* a front-matter date of a month: the month, no day made up */
    doc = tu_parse("---\ndate: 2022-04\n---\n标题\n正文。\n", 0);
    bl_template_expand("{date}", doc, 1, 1, out, sizeof out);
    assert_string_equal(out, "2022年4月");
    bulletin_doc_free(doc);
}

/* The running header's short title never leaves a bracket or a
 * book-title mark open and never ends on a particle or punctuation: a
 * title that does not fit in 24 characters is cut before the bracket
 * that would stay open, or shows the name inside its 《…》 when the words
 * before it are only an issuer and 印发 / 关于 / 修改 (real titles of
 * tests/corpus, one with readings). */
static void short_title_of(const char *title, const char *want)
{
    char text[1024], out[256];
    snprintf(text, sizeof text, "---\ntitle: %s\n---\n正文。\n", title);
    bulletin_doc *doc = tu_parse(text, 0);
    bl_template_expand("{short_title}", doc, 1, 1, out, sizeof out);
    if (strcmp(out, want) != 0)
        fail_msg("%s: \"%s\", want \"%s\"", title, out, want);
    bulletin_doc_free(doc);
}

static void test_short_title_brackets(void **state)
{
    (void)state;
    short_title_of("上海市人民政府印發《關于本市加強政務誠信建設的實施意見》的通知",
                   "關于本市加強政務誠信建設的實施意見");
    short_title_of("上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知",
                   "關于本市加強政務誠信建設的實施意見");
    short_title_of("广州市人民政府关于修改《广州市行政规范性文件管理规定》的决定",
                   "广州市行政规范性文件管理规定");
    short_title_of("关于印发《金华经济技术开发区重污染天气应急预案(2024年修订)》的通知",
                   "金华经济技术开发区重污染天气应急预案…");
    short_title_of("东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案(2023—2025年)》的通知",
                   "东阳市促进残疾人就业行动实施方案…");
    short_title_of("关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告",
                   "厦门经济特区社会信用条例…");
    short_title_of("印发《乌兰浩特市人民政府公文形式、适用范围、审批程序和公文处理有关规定》和"
                   "《乌兰浩特市人民政府公文格式细则》的通知",
                   "乌兰浩特市人民政府公文形式、适用范围、审批程序…");
    short_title_of("國務院辦公廳政府信息與政務公開辦公室關於印發《中華人民共和國政府信息公開工作年度報告格式》的通知",
                   "中華人民共和國政府信息公開工作年度報告格式");
    short_title_of("北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知",
                   "北京市2016年政务公开工作要点");
    /* not inside a number */
    short_title_of("截至2022年末全国共有各类养老机构和设施38.7万个",
                   "截至2022年末全国共有各类养老机构和设施…");
    /* a bracket that closes within the 24 characters stays whole */
    short_title_of("宁夏回族自治区人民政府关于表彰中国（宁夏）园艺博览会先进单位先进个人的决定",
                   "宁夏回族自治区人民政府关于表彰中国（宁夏）园艺博…");
    /* one that does not: cut before it, without the particle before it */
    short_title_of("临沧市人民政府关于印发临沧市道路交通安全管理规定（试行）的通知",
                   "临沧市人民政府关于印发临沧市道路交通安全管理规定…");
    short_title_of("关于报送和公开2010年度知识产权展会信息和（专利）展会的通知",
                   "关于报送和公开2010年度知识产权展会信息…");
    /* a whole 《…》 that fits is kept */
    short_title_of("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
                   "太湖县人民政府关于印发《太湖县人民政府工作规则》…");
    /* a title that fits is whole (its readings dropped) */
    short_title_of("安徽省人民政府關(guān)于任免國(guó)家機(jī)關(guān)工作人員問(wèn)題的通知",
                   "安徽省人民政府關于任免國家機關工作人員問題的通知");
}

/* A title made from the file name (no title line, no front matter) is no
 * title to typeset: {title} and {short_title} are empty; a title line or
 * the front matter's title is one. */
static void test_untitled(void **state)
{
    (void)state;
    const char *text = "各单位：\n现将有关事项通知如下。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag d;
    assert_int_equal(bulletin_parse(text, strlen(text), "notice-x-2024.txt", 0, NULL, &doc, &d),
                     BULLETIN_OK);
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_TITLE), "notice-x-2024");
    assert_true(bl_template_untitled(doc));
    char out[256];
    bl_template_expand("[{title}|{short_title}]", doc, 1, 1, out, sizeof out);
    assert_string_equal(out, "[|]");
    bulletin_doc_free(doc);
    doc = tu_parse("关于有关事项的通知\n各单位：\n正文。\n", 0);
    assert_false(bl_template_untitled(doc));
    bulletin_doc_free(doc);
    doc = tu_parse("---\ntitle: 某市公报\n---\n各单位：\n正文。\n", 0);
    assert_false(bl_template_untitled(doc));
    bl_template_expand("{title}", doc, 1, 1, out, sizeof out);
    assert_string_equal(out, "某市公报");
    bulletin_doc_free(doc);
}

/* Expanding a field into a short buffer cuts between characters, never
 * inside one (a long issuer once came out as invalid UTF-8). */
static void test_expand_cuts_between_characters(void **state)
{
    (void)state;
    char text[4096] = "---\nissuer: ";
    for (int i = 0; i < 200; i++)
        strcat(text, "局");
    strcat(text, "\n---\n标题\n正文。\n");
    bulletin_doc *doc = NULL;
    bulletin_diag d;
    assert_int_equal(bulletin_parse(text, strlen(text), "t.txt", 0, NULL, &doc, &d), BULLETIN_OK);
    char out[256];
    bl_template_expand("{issuer}", doc, 1, 1, out, sizeof out);
    assert_int_equal(strlen(out), 255); /* 85 characters of 3 bytes */
    for (size_t i = 0; i < 255; i += 3)
        assert_memory_equal(out + i, "局", 3);
    char small[5];
    bl_template_expand("页码{page}", doc, 7, 9, small, sizeof small);
    assert_string_equal(small, "页"); /* 码 does not fit whole */
    bl_template_expand("{issuer}", doc, 1, 1, small, sizeof small);
    assert_string_equal(small, "局");
    bulletin_doc_free(doc);
}

/* Every key of the table is documented in the README's "Template keys"
 * table, as `[section] key`, and the table has no row twice. */
static void test_keys_documented(void **state)
{
    (void)state;
    FILE *f = fopen("README.md", "rb");
    assert_non_null(f); /* the tests run from the repository's root */
    static char readme[1 << 18];
    size_t n = fread(readme, 1, sizeof readme - 1, f);
    fclose(f);
    readme[n] = '\0';
    int rows = 0;
    for (const bl_template_key *k = bl_template_keys; k->section; k++, rows++) {
        char want[128];
        snprintf(want, sizeof want, "| `[%s]` | `%s` |", k->section, k->key);
        if (!strstr(readme, want))
            fail_msg("README.md does not document %s", want);
        for (const bl_template_key *o = bl_template_keys; o != k; o++)
            assert_false(!strcmp(o->section, k->section) && !strcmp(o->key, k->key));
    }
    assert_int_equal(rows, 42);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gongwen_template),
        cmocka_unit_test(test_brochure_template),
        cmocka_unit_test(test_errors_carry_lines),
        cmocka_unit_test(test_fonts_and_em_sizes),
        cmocka_unit_test(test_whole_template_checks),
        cmocka_unit_test(test_missing_and_bad_names),
        cmocka_unit_test(test_fields),
        cmocka_unit_test(test_short_title_brackets),
        cmocka_unit_test(test_keys_documented),
        cmocka_unit_test(test_expand_cuts_between_characters),
        cmocka_unit_test(test_untitled),
    };
    return cmocka_run_group_tests_name("template", tests, NULL, NULL);
}
