/* Unit tests of the named pieces of the figure engine (src/figures/,
 * figures_int.h), each on its own: the number reader (numbers.c), the
 * unit and scale tables (units.c), the change verbs (links.c), the scope
 * trimming of labels (labels.c), the names skipped (names.c), the
 * character classes, and the kinds (kinds.def, kinds.c) against the
 * public enum.  test_figures.c tests the engine as a whole. */
#include "test_util.h"

#include <math.h>
#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures_int.h"

/* ------------------------------------------------------------------------
 * Numbers (numbers.c)
 * ---------------------------------------------------------------------- */

static num read_ok(const char *t)
{
    num n;
    assert_true(fig_read_num(t, strlen(t), 0, &n));
    return n;
}

static void test_read_num_digits_and_decimals(void **state)
{
    (void)state;
    num n = read_ok("127.16亿元");
    assert_int_equal(n.start, 0);
    assert_int_equal(n.end, 6);
    assert_int_equal(n.int_digits, 3);
    assert_true(n.frac);
    assert_false(n.seps);
    assert_true(fabs(n.approx - 127.16) < 1e-9);

    n = read_ok("2023年");
    assert_int_equal(n.end, 4);
    assert_int_equal(n.int_digits, 4);
    assert_false(n.frac);
    assert_true(n.approx == 2023);

    /* a point without a digit after it ends the number */
    n = read_ok("12.");
    assert_int_equal(n.end, 2);
    assert_false(n.frac);

    /* full-width digits and point (3 bytes each) */
    n = read_ok("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x8E\xEF\xBC\x95"); /* １２．５ */
    assert_int_equal(n.end, 12);
    assert_int_equal(n.int_digits, 2);
    assert_true(n.frac);
    assert_true(fabs(n.approx - 12.5) < 1e-12);

    /* from an offset */
    num m;
    assert_true(fig_read_num("增长59.4%", strlen("增长59.4%"), 6, &m));
    assert_int_equal(m.start, 6);
    assert_int_equal(m.end, 10);

    /* no digit there */
    assert_false(fig_read_num("约", 3, 0, &m));
    assert_false(fig_read_num("5", 1, 1, &m));
}

static void test_read_num_thousands_groups(void **state)
{
    (void)state;
    num n = read_ok("12,345.67");
    assert_int_equal(n.end, 9);
    assert_int_equal(n.int_digits, 5);
    assert_true(n.seps);
    assert_true(n.frac);
    assert_true(fabs(n.approx - 12345.67) < 1e-9);

    n = read_ok("1,234,567人");
    assert_int_equal(n.end, 9);
    assert_int_equal(n.int_digits, 7);
    assert_true(n.approx == 1234567);

    /* not groups: fewer or more than 3 digits, or a first group of 4 */
    n = read_ok("1,23");
    assert_int_equal(n.end, 1);
    assert_false(n.seps);
    n = read_ok("1,2345");
    assert_int_equal(n.end, 1);
    n = read_ok("1234,567");
    assert_int_equal(n.end, 4);
    assert_false(n.seps);
    /* a ratio-like 6,4 stays two numbers */
    n = read_ok("6,4");
    assert_int_equal(n.end, 1);
}

static void test_put_num_and_fixed_num(void **state)
{
    (void)state;
    const char *t = "\xEF\xBC\x91\xEF\xBC\x92,345\xEF\xBC\x8E" "6"; /* １２,345．6 */
    bl_buf b;
    bl_buf_init(&b, &tu_mem);
    assert_int_equal(fig_put_num(&b, t, 0, strlen(t)), BULLETIN_OK);
    assert_string_equal(b.data, "12345.6");
    bl_buf_free(&b);

    /* minus signs: ASCII, U+2212, full-width */
    bl_buf_init(&b, &tu_mem);
    const char *neg = "\xE2\x88\x92" "3.5"; /* −3.5 */
    assert_int_equal(fig_put_num(&b, neg, 0, strlen(neg)), BULLETIN_OK);
    assert_string_equal(b.data, "-3.5");
    bl_buf_free(&b);

    char out[16];
    assert_true(fig_fixed_num(t, 0, strlen(t), out, sizeof out));
    assert_string_equal(out, "12345.6");
    /* 7 characters and the NUL do not fit 7 bytes */
    assert_false(fig_fixed_num(t, 0, strlen(t), out, 7));
    assert_true(fig_fixed_num(t, 0, strlen(t), out, 8));
    assert_string_equal(out, "12345.6");
}

static void test_exact_value(void **state)
{
    (void)state;
    bool ok = false;
    assert_true(fig_exact_value("127.16", &ok) == 127.16);
    assert_true(ok);
    assert_true(fig_exact_value("-3.5", &ok) == -3.5);
    assert_true(fig_exact_value("0.1", &ok) == 0.1);
    assert_true(fig_exact_value("0000.5", &ok) == 0.5);
    assert_true(fig_exact_value("85199", &ok) == 85199);
    assert_true(fig_exact_value("12716000000", &ok) == 12716000000.0);
    /* 15 significant digits: the fast path; 17: strtod, same result */
    assert_true(fig_exact_value("123456789012345", &ok) == 123456789012345.0);
    assert_true(fig_exact_value("1234567890123456.7", &ok) == 1234567890123456.7);
    assert_true(ok);
    /* too large for a double */
    char big[420];
    memset(big, '9', 400);
    big[400] = '\0';
    fig_exact_value(big, &ok);
    assert_false(ok);
}

static bool cn(const char *s, double *v)
{
    return fig_cn_value(s, 0, strlen(s), v);
}

static void test_chinese_numerals(void **state)
{
    (void)state;
    double v = -1;
    assert_true(cn("三", &v));
    assert_true(v == 3);
    assert_true(cn("两", &v));
    assert_true(v == 2);
    assert_true(cn("十", &v));
    assert_true(v == 10);
    assert_true(cn("十五", &v));
    assert_true(v == 15);
    assert_true(cn("二十", &v));
    assert_true(v == 20);
    assert_true(cn("一百二十", &v));
    assert_true(v == 120);
    assert_true(cn("两千零五", &v));
    assert_true(v == 2005);
    assert_true(cn("三万", &v));
    assert_true(v == 30000);
    assert_true(cn("一亿", &v));
    assert_true(v == 1e8);
    assert_true(cn("三千五百万", &v));
    assert_true(v == 35000000);
    /* 万 after 亿 scales only its own group */
    assert_true(cn("一亿二千万", &v));
    assert_true(v == 120000000);
    assert_true(cn("三亿零五万", &v));
    assert_true(v == 300050000);
    assert_true(cn("两亿三千四百五十六万七千八百九十", &v));
    assert_true(v == 234567890);
    assert_true(cn("三万亿", &v));
    assert_true(v == 3e12);
    assert_true(cn("一万二千亿", &v));
    assert_true(v == 1.2e12);
    assert_true(cn("五万五千", &v));
    assert_true(v == 55000);
    /* 点 and decimal digits */
    assert_true(cn("三点五", &v));
    assert_true(v == 3.5);
    assert_true(cn("零点五", &v));
    assert_true(v == 0.5);
    assert_true(cn("十二点零五", &v));
    assert_true(v == 12.05);
    assert_true(cn("一百点三三", &v));
    assert_true(v == 100.33);
    assert_false(cn("三点", &v));
    assert_false(cn("点五", &v));
    assert_false(cn("三点五十", &v));
    assert_true(cn("〇", &v));
    assert_true(v == 0);
    /* malformed: two digits in a row, a scale alone, not numerals */
    v = -1;
    assert_false(cn("十四五", &v));
    assert_false(cn("万", &v));
    assert_false(cn("亿", &v));
    assert_false(cn("个", &v));
    assert_false(cn("", &v));
    assert_true(v == -1);
}

/* ------------------------------------------------------------------------
 * Units and scales (units.c)
 * ---------------------------------------------------------------------- */

static void expect_unit(const char *t, size_t len, bl_figure_kind kind, const char *base)
{
    bl_figure_kind k = BL_FIG_NKINDS;
    char b[BL_FIG_UNIT_MAX];
    size_t n = fig_match_unit(t, strlen(t), 0, &k, b, sizeof b);
    if (n != len || k != kind || strcmp(b, base) != 0)
        fail_msg("%s: got %zu bytes, %s, \"%s\"; want %zu, %s, \"%s\"", t, n,
                 bl_figure_kind_name(k), b, len, bl_figure_kind_name(kind), base);
}

static void test_unit_table(void **state)
{
    (void)state;
    /* the longest entry wins */
    expect_unit("个百分点", 12, BL_FIG_POINTS, "个百分点");
    expect_unit("百分点", 9, BL_FIG_POINTS, "百分点");
    expect_unit("个千分点", 12, BL_FIG_POINTS, "个千分点");
    /* units the issue found cut short: 亿斤, 万列 (the scale is read apart) */
    expect_unit("斤以上", 3, BL_FIG_QUANTITY, "斤");
    expect_unit("列", 3, BL_FIG_COUNT, "列");
    expect_unit("千瓦时", 9, BL_FIG_QUANTITY, "千瓦时");
    expect_unit("次/秒", 7, BL_FIG_COUNT, "次/秒");
    expect_unit("元/平方米", 13, BL_FIG_AMOUNT, "元/平方米");
    expect_unit("千伏线路", 6, BL_FIG_QUANTITY, "千伏");
    expect_unit("周年", 6, BL_FIG_DURATION, "周年");
    expect_unit("岁人口", 3, BL_FIG_DURATION, "岁");
    expect_unit("个月", 6, BL_FIG_DURATION, "个月");
    expect_unit("个工作日内", 12, BL_FIG_DURATION, "个工作日");
    expect_unit("吨标准煤", 12, BL_FIG_QUANTITY, "吨标准煤");
    expect_unit("吨钢材", 3, BL_FIG_QUANTITY, "吨");
    expect_unit("千公顷", 9, BL_FIG_QUANTITY, "千公顷");
    /* the currency's name after 元 is no part of the unit (round 33 class 3) */
    expect_unit("元人民币", 3, BL_FIG_AMOUNT, "元");
    expect_unit("元人民幣", 3, BL_FIG_AMOUNT, "元");
    expect_unit("美元", 6, BL_FIG_AMOUNT, "美元");
    expect_unit("人次", 6, BL_FIG_COUNT, "人次");
    expect_unit("倍", 3, BL_FIG_MULTIPLE, "倍");
    expect_unit("成", 3, BL_FIG_PERCENT, "成");
    /* ％ is written %; ‰ stays */
    expect_unit("\xEF\xBC\x85", 3, BL_FIG_PERCENT, "%");
    expect_unit("%", 1, BL_FIG_PERCENT, "%");
    expect_unit("\xE2\x80\xB0", 3, BL_FIG_PERCENT, "\xE2\x80\xB0");
    /* UNIT/UNIT */
    expect_unit("元/吨", 7, BL_FIG_AMOUNT, "元/吨");
    expect_unit("微克/立方米", 16, BL_FIG_QUANTITY, "微克/立方米");
    expect_unit("元/", 3, BL_FIG_AMOUNT, "元");
    /* one measure word: a count */
    expect_unit("家企业", 3, BL_FIG_COUNT, "家");
    expect_unit("项", 3, BL_FIG_COUNT, "项");
    expect_unit("省", 3, BL_FIG_COUNT, "省");
    /* none */
    expect_unit("的", 0, BL_FIG_NKINDS, "");
    expect_unit("热线", 0, BL_FIG_NKINDS, "");
    /* a Latin unit symbol only as a whole token (round 6: kg was none
     * before; 5G, PM2.5 stay names) */
    expect_unit("G", 0, BL_FIG_NKINDS, "");
    expect_unit("kgs", 0, BL_FIG_NKINDS, "");
    expect_unit("", 0, BL_FIG_NKINDS, "");
    expect_unit("kg", 2, BL_FIG_QUANTITY, "kg");
    expect_unit("km/万km2", 9, BL_FIG_QUANTITY, "km/万km2");
    expect_unit("人·km", 7, BL_FIG_QUANTITY, "人·km");
}

static void test_scales(void **state)
{
    (void)state;
    static const struct {
        const char *t;
        size_t len;
        double f;
    } cases[] = {
        {"万亿元", 6, 1e12}, {"千亿", 6, 1e11}, {"百亿", 6, 1e10}, {"十亿", 6, 1e9},
        {"千万", 6, 1e7},     {"百万", 6, 1e6}, {"十万", 6, 1e5},  {"万户", 3, 1e4},
        {"亿元", 3, 1e8},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        double f = 0;
        assert_int_equal(fig_match_scale(cases[i].t, strlen(cases[i].t), 0, &f), cases[i].len);
        assert_true(f == cases[i].f);
    }
    double f = 7;
    assert_int_equal(fig_match_scale("元", 3, 0, &f), 0);
    assert_int_equal(fig_match_scale("千克", 6, 0, &f), 0);
    assert_true(f == 7);
}

static bl_figure bare_count(double value)
{
    bl_figure f;
    memset(&f, 0, sizeof f);
    f.kind = BL_FIG_COUNT;
    f.parsed = true;
    f.value = value;
    f.scale_factor = 1;
    f.norm = value;
    f.unit = f.base_unit = f.scale = "";
    return f;
}

static void test_apply_unit(void **state)
{
    (void)state;
    bl_figure_list l;
    bl_figure_list_init(&l, NULL);
    bl_figure f = bare_count(3.5);
    assert_true(bl_figure_apply_unit(&l, &f, "亿元", strlen("亿元")));
    assert_string_equal(f.unit, "亿元");
    assert_string_equal(f.scale, "亿");
    assert_string_equal(f.base_unit, "元");
    assert_int_equal(f.kind, BL_FIG_AMOUNT);
    assert_true(f.scale_factor == 1e8);
    assert_true(f.norm == 3.5e8);

    /* a scale alone: still a count */
    f = bare_count(12);
    assert_true(bl_figure_apply_unit(&l, &f, "万", strlen("万")));
    assert_string_equal(f.unit, "万");
    assert_string_equal(f.base_unit, "");
    assert_int_equal(f.kind, BL_FIG_COUNT);
    assert_true(f.norm == 120000);

    f = bare_count(4707.6);
    assert_true(bl_figure_apply_unit(&l, &f, "千公顷", strlen("千公顷")));
    assert_int_equal(f.kind, BL_FIG_QUANTITY);
    assert_string_equal(f.base_unit, "千公顷");
    assert_true(f.norm == 4707.6);

    /* not a unit, or only a prefix of the hint is one */
    f = bare_count(5);
    assert_false(bl_figure_apply_unit(&l, &f, "地区", strlen("地区")));
    assert_false(bl_figure_apply_unit(&l, &f, "亿元以上", strlen("亿元以上")));
    assert_string_equal(f.unit, "");
    assert_true(f.norm == 5);

    /* a figure with a unit, a change, Chinese numerals: unchanged */
    f = bare_count(5);
    f.unit = "个";
    assert_false(bl_figure_apply_unit(&l, &f, "亿元", strlen("亿元")));
    f = bare_count(5);
    f.change = BL_FIG_CHANGE_UP;
    assert_false(bl_figure_apply_unit(&l, &f, "亿元", strlen("亿元")));
    f = bare_count(5);
    f.numeral_chinese = true;
    assert_false(bl_figure_apply_unit(&l, &f, "亿元", strlen("亿元")));
    assert_false(bl_figure_apply_unit(&l, NULL, "亿元", strlen("亿元")));
    assert_false(bl_figure_apply_unit(NULL, &f, "亿元", strlen("亿元")));
    assert_false(fig_store_failed(&l));
    bl_figure_list_free(&l);
}

/* ------------------------------------------------------------------------
 * Change verbs (links.c)
 * ---------------------------------------------------------------------- */

/* The change verb at the end of t, and where it starts. */
static bl_figure_change verb(const char *t, size_t *vstart)
{
    *vstart = (size_t)-1;
    return fig_change_verb(t, 0, strlen(t), vstart);
}

static void test_change_verbs(void **state)
{
    (void)state;
    size_t v;
    assert_int_equal(verb("营业收入增长", &v), BL_FIG_CHANGE_UP);
    assert_int_equal(v, strlen("营业收入"));
    assert_int_equal(verb("比上年下降", &v), BL_FIG_CHANGE_DOWN);
    assert_int_equal(v, strlen("比上年"));
    assert_int_equal(verb("同比增", &v), BL_FIG_CHANGE_UP);
    assert_int_equal(v, 0);
    assert_int_equal(verb("环比减", &v), BL_FIG_CHANGE_DOWN);
    /* through 了 */
    assert_int_equal(verb("减少了", &v), BL_FIG_CHANGE_DOWN);
    assert_int_equal(v, 0);
    /* 为/达 only after 增幅 增速 降幅 增长率 */
    assert_int_equal(verb("增幅为", &v), BL_FIG_CHANGE_UP);
    assert_int_equal(verb("降幅达", &v), BL_FIG_CHANGE_DOWN);
    assert_int_equal(verb("增长率为", &v), BL_FIG_CHANGE_UP);
    assert_int_equal(v, 0);
    assert_int_equal(verb("增长为", &v), BL_FIG_CHANGE_NONE);
    assert_int_equal(verb("增长率", &v), BL_FIG_CHANGE_NONE);
    /* not changes */
    assert_int_equal(verb("新增", &v), BL_FIG_CHANGE_NONE);
    assert_int_equal(verb("提高到", &v), BL_FIG_CHANGE_NONE);
    assert_int_equal(verb("达到", &v), BL_FIG_CHANGE_NONE);
    assert_int_equal(verb("", &v), BL_FIG_CHANGE_NONE);
    assert_int_equal(v, (size_t)-1);
    /* not below lo */
    const char *t = "增长";
    assert_int_equal(fig_change_verb(t, 3, strlen(t), &v), BL_FIG_CHANGE_NONE);
}

static void test_signed_value(void **state)
{
    (void)state;
    bl_figure f = bare_count(5.1);
    assert_true(bl_figure_signed_value(&f) == 5.1);
    f.change = BL_FIG_CHANGE_UP;
    assert_true(bl_figure_signed_value(&f) == 5.1);
    f.change = BL_FIG_CHANGE_DOWN;
    assert_true(bl_figure_signed_value(&f) == -5.1);
    assert_true(bl_figure_signed_value(NULL) == 0);
}

/* ------------------------------------------------------------------------
 * Labels (labels.c) and names (names.c)
 * ---------------------------------------------------------------------- */

static void expect_trim(const char *t, const char *want)
{
    size_t a = 0, b = strlen(t);
    fig_trim_scope(t, &a, &b);
    char got[256];
    snprintf(got, sizeof got, "%.*s", (int)(b - a), t + a);
    assert_string_equal(got, want);
    assert_int_equal(b, strlen(t)); /* the end stays */
}

static void test_trim_scope(void **state)
{
    (void)state;
    expect_trim("全省专利授权量", "专利授权量");
    expect_trim("其中，", "，"); /* punctuation is not a scope word */
    expect_trim("  其中和全年发明专利", "发明专利");
    expect_trim("同时累计办理", "办理");
    expect_trim("专利达", "专利达"); /* trailing words stay */
    expect_trim("全省", "");
    expect_trim("", "");
}

static void test_skip_alnum(void **state)
{
    (void)state;
    static const struct {
        const char *t;
        size_t end;
    } cases[] = {
        {"5G基站", 2},       {"PM2.5浓度", 5}, {"COVID-19，", 8}, {"www.gov.cn。", 10},
        {"C919大飞机", 4},   {"v1.", 2},       {"a_b", 3},        {"x-", 1},
        {"ISO 9001", 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        assert_int_equal(fig_skip_alnum(cases[i].t, strlen(cases[i].t), 0), cases[i].end);
}

/* ------------------------------------------------------------------------
 * Characters (figures_int.h)
 * ---------------------------------------------------------------------- */

static void test_characters(void **state)
{
    (void)state;
    bool sentence = false;
    assert_true(is_clause_punct(0x3002, &sentence)); /* 。 */
    assert_true(sentence);
    /* ； ends a clause, not the sentence: 下降4.1%；与2020年相比，两年平均增
     * 长2.5% speaks of one figure */
    assert_true(is_clause_punct(0xFF1B, &sentence)); /* ； */
    assert_false(sentence);
    assert_true(is_clause_punct(0xFF0C, &sentence)); /* ， */
    assert_false(sentence);
    assert_true(is_clause_punct(0x3001, &sentence)); /* 、 */
    assert_false(sentence);
    assert_false(is_clause_punct(0x201C, &sentence)); /* “ */
    assert_false(is_clause_punct(0x300A, NULL));      /* 《 */

    assert_int_equal(digit_val('7'), 7);
    assert_int_equal(digit_val(0xFF19), 9);
    assert_int_equal(digit_val(0x4E09), -1); /* 三 is a numeral, not a digit */
    assert_true(is_cn_digit(0x4E24));        /* 两 */
    assert_true(is_cn_digit(0x3007));        /* 〇 */
    assert_false(is_cn_digit(0x5341));       /* 十 */
    assert_true(is_cn_numeral(0x5341));
    assert_true(is_cn_numeral(0x4EBF)); /* 亿 */
    assert_false(is_cn_numeral(0x4E2A)); /* 个 */

    int n = 0;
    const char *t = "a\xE4\xB8\x87"; /* a万 */
    assert_int_equal(cp_at(t, 4, 1, &n), 0x4E07);
    assert_int_equal(n, 3);
    assert_int_equal(cp_before(t, 0, 4, &n), 0x4E07);
    assert_int_equal(cp_before(t, 0, 1, &n), 'a');
    assert_int_equal(cp_before(t, 1, 1, &n), CP_BAD);
    /* a truncated sequence: one bad byte at a time */
    assert_int_equal(cp_at(t, 3, 1, &n), CP_BAD);
    assert_int_equal(n, 1);
    assert_int_equal(cp_at(t, 4, 4, &n), CP_BAD);
    assert_true(in_set(0x4E07, "千万亿"));
    assert_false(in_set(0x4E2A, "千万亿"));
    assert_true(has_at(t, 4, 1, "万"));
    assert_true(has_before(t, 0, 4, "万"));
    assert_false(has_before(t, 2, 4, "万"));
}

/* ------------------------------------------------------------------------
 * Kinds (kinds.def, kinds.c)
 * ---------------------------------------------------------------------- */

/* Every line of kinds.def against both enums and the functions generated
 * from it (the build checks the values too: kinds.c). */
static void test_kinds_def(void **state)
{
    (void)state;
    int n = 0;
    bl_figure f;
#define BL_FIG_KIND(ID, NAME, ZH, LISTED, TARGET, LABELLED, DESCRIPTION)                           \
    assert_int_equal(BL_FIG_##ID, n);                                                              \
    assert_int_equal(BULLETIN_FIGURE_##ID, n);                                                     \
    assert_string_equal(bl_figure_kind_name(BL_FIG_##ID), NAME);                                   \
    assert_string_equal(bulletin_figure_kind_name(BULLETIN_FIGURE_##ID), NAME);                    \
    assert_true(strlen(ZH) > 0 && strlen(DESCRIPTION) > 0);                                        \
    f = bare_count(1);                                                                             \
    f.kind = BL_FIG_##ID;                                                                          \
    assert_int_equal(bl_figure_is_default(&f), LISTED);                                            \
    assert_int_equal(fig_kind_is_target(BL_FIG_##ID), TARGET);                                     \
    assert_int_equal(fig_kind_is_labelled(BL_FIG_##ID), LABELLED);                                 \
    n++;
#include "figures/kinds.def"
    assert_int_equal(n, BL_FIG_NKINDS);
    assert_int_equal(n, BULLETIN_FIGURE_KIND_COUNT);
}

/* The properties as the rules of figures.h state them. */
static void test_kind_properties(void **state)
{
    (void)state;
    bl_figure f = bare_count(1);
    assert_true(bl_figure_is_default(&f));
    f.numeral_chinese = true; /* 两年: only with --all */
    assert_false(bl_figure_is_default(&f));
    f = bare_count(1);
    f.kind = BL_FIG_IDENTIFIER;
    assert_false(bl_figure_is_default(&f));
    f.kind = BL_FIG_NKINDS;
    assert_false(bl_figure_is_default(&f));
    assert_false(bl_figure_is_default(NULL));

    /* a change links to a level: never to a year, a date, a rank, a range */
    assert_true(fig_kind_is_target(BL_FIG_COUNT));
    assert_true(fig_kind_is_target(BL_FIG_PERCENT));
    assert_true(fig_kind_is_target(BL_FIG_MULTIPLE));
    assert_false(fig_kind_is_target(BL_FIG_YEAR));
    assert_false(fig_kind_is_target(BL_FIG_DATE));
    assert_false(fig_kind_is_target(BL_FIG_RANK));
    assert_false(fig_kind_is_target(BL_FIG_RANGE));
    assert_false(fig_kind_is_target(BL_FIG_RATIO));
    assert_false(fig_kind_is_target(BL_FIG_IDENTIFIER));
    assert_false(fig_kind_is_target(BL_FIG_NKINDS));

    /* years, dates and identifiers have an empty label */
    assert_false(fig_kind_is_labelled(BL_FIG_YEAR));
    assert_false(fig_kind_is_labelled(BL_FIG_DATE));
    assert_false(fig_kind_is_labelled(BL_FIG_IDENTIFIER));
    assert_true(fig_kind_is_labelled(BL_FIG_AMOUNT));
    assert_true(fig_kind_is_labelled(BL_FIG_RANK));
    assert_false(fig_kind_is_labelled(BL_FIG_NKINDS));

    assert_string_equal(bl_figure_kind_name(BL_FIG_NKINDS), "unknown");
    assert_string_equal(bulletin_figure_kind_name(BULLETIN_FIGURE_KIND_COUNT), "unknown");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_num_digits_and_decimals),
        cmocka_unit_test(test_read_num_thousands_groups),
        cmocka_unit_test(test_put_num_and_fixed_num),
        cmocka_unit_test(test_exact_value),
        cmocka_unit_test(test_chinese_numerals),
        cmocka_unit_test(test_unit_table),
        cmocka_unit_test(test_scales),
        cmocka_unit_test(test_apply_unit),
        cmocka_unit_test(test_change_verbs),
        cmocka_unit_test(test_signed_value),
        cmocka_unit_test(test_trim_scope),
        cmocka_unit_test(test_skip_alnum),
        cmocka_unit_test(test_characters),
        cmocka_unit_test(test_kinds_def),
        cmocka_unit_test(test_kind_properties),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
