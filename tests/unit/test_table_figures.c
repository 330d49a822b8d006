/*
 * test_table_figures.c - the periods of a table's figures
 * (src/figures/table_figures.c): a value cell takes the period its column
 * header names (2023年, 本期); a table whose corner cell (the header's
 * cell over the row labels) names a period (2022年上半年) has that period
 * for every cell of no period of its own.
 */
#include "test_util.h"

/* Asserts the period of each figure of `text` of kind amount, percent,
 * count or quantity, in order: want[k] ("" for none). */
static void expect_periods(const char *text, const char *const *want, size_t n)
{
    bulletin_doc *doc = tu_parse(text, 0);
    size_t k = 0, count = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind != BULLETIN_FIGURE_AMOUNT && f.kind != BULLETIN_FIGURE_PERCENT &&
            f.kind != BULLETIN_FIGURE_COUNT && f.kind != BULLETIN_FIGURE_QUANTITY)
            continue;
        assert_true(k < n);
        assert_string_equal(f.period ? f.period : "", want[k]);
        k++;
    }
    assert_int_equal(k, n);
    bulletin_doc_free(doc);
}

#define EXPECT_PERIODS(text, ...)                                                                  \
    do {                                                                                           \
        static const char *const want_[] = {__VA_ARGS__};                                          \
        expect_periods((text), want_, sizeof want_ / sizeof want_[0]);                             \
    } while (0)

/* The Shanghai 2022h1 table (held-out round 25, its cells a line each):
 * its corner cell 2022年上半年 is the period of its totals and of their
 * growth; a corner that names the row labels (指标) gives none, and a
 * column's own period stays its own. */
static void test_corner_period(void **state)
{
    (void)state;
    EXPECT_PERIODS("上海市生产总值\n\n| 2022年上半年 | 总量（亿元） | 比上年同期增长（%） |\n| --- | --- | --- |\n"
                   "| 地区生产总值 | 19349.31 | -5.7 |\n| 第一产业 | 34.52 | 1.7 |\n",
                   "2022年上半年", "2022年上半年", "2022年上半年", "2022年上半年");
    EXPECT_PERIODS("生产总值\n\n| 指标 | 总量（亿元） | 增长（%） |\n| --- | --- | --- |\n"
                   "| 地区生产总值 | 19349.31 | -5.7 |\n",
                   "", "");
    EXPECT_PERIODS("生产总值\n\n| 2023年 | 2023年（亿元） | 2022年（亿元） |\n| --- | --- | --- |\n"
                   "| 地区生产总值 | 200.5 | 190.1 |\n",
                   "2023年", "2022年");
}

/* A caption that opens with a period, after its table number or not
 * (表1 2019年玉环市生产总值, 2020年9月份社会消费品零售总额主要数据), gives it
 * to the cells of no period of their own; a caption of a span of years
 * (2017-2021年…) or of no period gives none. */
static void test_caption_period(void **state)
{
    (void)state;
    EXPECT_PERIODS("标题\n表1 2019年玉环市生产总值\n| 指标 | 绝对数（亿元） | 比上年增长（%） |\n| --- | --- | --- |\n"
                   "| 生产总值 | 617.50 | 5.2 |\n",
                   "2019年", "2019年");
    EXPECT_PERIODS("标题\n2020年9月份社会消费品零售总额主要数据\n| 指标 | 绝对量（亿元） | 同比增长（%） |\n"
                   "| --- | --- | --- |\n| 社会消费品零售总额 | 32295 | 3.3 |\n",
                   "2020年9月份", "2020年9月份");
    EXPECT_PERIODS("标题\n2017-2021年全县地区生产总值构成\n| 指标 | 绝对数（亿元） | 比上年增长（%） |\n"
                   "| --- | --- | --- |\n| 生产总值 | 617.50 | 5.2 |\n",
                   "", "");
}

/* A line of the period alone between a table's caption and the table
 * (retail-city-2022m09-table: 社會消費品零售總額 / 2022年9月 / the cells)
 * is its period; a growth column of no period of its own takes its
 * level's (比去年同期增長 after 1-本月). */
static void test_period_line_and_growth(void **state)
{
    (void)state;
    EXPECT_PERIODS("标题\n社会服务统计季报\n（2013年4季度）\n| 指标 | 数量（亿元） | 比上年增长（%） |\n"
                   "| --- | --- | --- |\n| 支出 | 617.50 | 5.2 |\n",
                   "2013年4季度", "2013年4季度");
    EXPECT_PERIODS("标题\n| 指标 | 本月 | 比去年同月增长（%） | 1-本月 | 比去年同期增长（%） |\n"
                   "| --- | --- | --- | --- | --- |\n| 零售总额（亿元） | 1478.53 | 0.3 | 11864.63 | -10.7 |\n",
                   "本月", "本月", "1-本月", "1-本月");
}

/* A title or heading right above a table (an attachment's 2023年全省各地区
 * 专利授权量, a yearbook table's 3-7 分地区…有效量（2023年）) names its
 * period as a caption does: at its start, or alone in brackets at its end
 * (ip-zhejiang-patents-2023, ip-cnipa-design-patents-2023).  A paragraph of
 * prose between them ends it. */
static void test_title_period(void **state)
{
    (void)state;
    EXPECT_PERIODS("3-7 分地区专利有效量（2023年）\n单位：件\n| 地区 | 合计（件） | 企业（件） |\n| --- | --- | --- |\n"
                   "| 北京 | 12,345 | 6,789 |\n",
                   "2023年", "2023年");
    EXPECT_PERIODS("通知\n现将有关数据印发给你们。\n一、2023年全省各地区专利授权量\n| 地区 | 合计（件） |\n| --- | --- |\n"
                   "| 杭州 | 31,459 |\n",
                   "2023年");
    EXPECT_PERIODS("通知\n一、2023年全省各地区专利授权量\n各地要认真统计，按时上报。\n| 地区 | 合计（件） |\n| --- | --- |\n"
                   "| 杭州 | 31,459 |\n",
                   "");
}

/* Rows that are periods (2012年9月份 | 0.89 | 1.99, then 10月份 | …: the
 * month-on-month table of stats-national-2013q3-notes-table-trad-pinyin)
 * give their cells their period, and the columns name the indicator, as a
 * row of a year (1979 | 108.6) does. */
static void test_period_rows(void **state)
{
    (void)state;
    const char *text = "其他指标环比数据表\n\n| | 工业增加值环比增速（%） | 投资环比增速（%） |\n| --- | --- | --- |\n"
                       "| 2012年9月份 | 0.89 | 1.99 |\n| 10月份 | 0.79 | 1.56 |\n| 1-2月 | 0.5 | 0.6 |\n";
    EXPECT_PERIODS(text, "2012年9月份", "2012年9月份", "10月份", "10月份", "1-2月", "1-2月");
    bulletin_doc *doc = tu_parse(text, 0);
    size_t k = 0;
    for (size_t i = 0; i < bulletin_doc_figure_count(doc); i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind != BULLETIN_FIGURE_PERCENT)
            continue;
        assert_string_equal(f.label, k % 2 ? "投资环比增速" : "工业增加值环比增速");
        k++;
    }
    assert_int_equal(k, 6);
    bulletin_doc_free(doc);
}

/* Asserts the unit and kind of each figure of `text` at line `line`, in
 * order: want[k][0] the value, [1] the unit, [2] the kind's name. */
static void expect_units(const char *text, int line, const char *const (*want)[3], size_t n)
{
    bulletin_doc *doc = tu_parse(text, 0);
    assert_non_null(doc);
    size_t k = 0, count = bulletin_doc_figure_count(doc);
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.line != line)
            continue;
        assert_true(k < n);
        assert_string_equal(f.value_text, want[k][0]);
        assert_string_equal(f.unit, want[k][1]);
        assert_string_equal(f.kind_name, want[k][2]);
        k++;
    }
    assert_int_equal(k, n);
    bulletin_doc_free(doc);
}

/* Round 33 class 2 (stats-national-industry-2011m10-trad-cell-table): a
 * first row whose values are of four characters (13.2, 14.1, 10.5) is a
 * row of values, no header of years: its cells take the header's units,
 * in a pipe table, in a table of cells a line each closed by bar lines,
 * with a "…" for no value or not, and the values 2019 / 2020 of a header
 * still name years. */
static void test_four_character_values_are_no_years(void **state)
{
    (void)state;
    static const char *const pipe[][3] = {{"13.2", "%", "percent"}, {"10.5", "%", "percent"}};
    expect_units("标题\n\n| 指标 | 本月增长（%） | 累计增长（%） |\n| --- | --- | --- |\n"
                 "| 工业增加值 | 13.2 | 10.5 |\n| 出口交货值 | 8.1 | 9.0 |\n",
                 5, pipe, 2);
    static const char *const dots[][3] = {{"13.2", "%", "percent"}, {"14.1", "%", "percent"}};
    expect_units("标题\n\n| 指标 | 本月 | 同比增长（%） | 累计 | 同比增长（%） |\n| --- | --- | --- | --- | --- |\n"
                 "| 工业增加值 | … | 13.2 | … | 14.1 |\n",
                 5, dots, 2);
    static const char *const bars[][3] = {{"13.2", "%", "percent"}};
    expect_units("標題\n\n指 標\n|\n10月\n|\n同比增長\n(%)\n|\n|\n規模以上工業增加值\n|\n…\n|\n13.2\n|\n|\n"
                 "分輕重工業\n|\n|\n|\n",
                 15, bars, 1);
    static const char *const years[][3] = {{"105.2", "亿元", "amount"}, {"110.1", "亿元", "amount"}};
    expect_units("标题\n\n| 指标 | 2019 | 2020 |\n| --- | --- | --- |\n| 生产总值（亿元） | 105.2 | 110.1 |\n",
                 5, years, 2);
}

/* The rows of `text`'s figures of kind amount, percent, count or
 * quantity, one a line: value, unit and the value it changes ("" for
 * none), joined by '|'. */
static char *link_rows(const char *text)
{
    static char out[4096];
    bulletin_doc *doc = tu_parse(text, 0);
    size_t count = bulletin_doc_figure_count(doc), o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind != BULLETIN_FIGURE_AMOUNT && f.kind != BULLETIN_FIGURE_PERCENT &&
            f.kind != BULLETIN_FIGURE_COUNT && f.kind != BULLETIN_FIGURE_QUANTITY)
            continue;
        const char *to = "";
        bulletin_figure g;
        if (f.link < count) {
            g = tu_figure(doc, f.link);
            to = g.value_text;
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s|%s|%s", o ? "\n" : "", f.value_text, f.unit, to);
        assert_true(o < sizeof out);
    }
    bulletin_doc_free(doc);
    return out;
}

/* Round 34 class 1 (stats-zizhou: cells a line each, 162817吨 under
 * 2023年, 0.5 under 较上年增长(%)): a value with its unit glued on is a
 * value cell, so the growth cell beside it changes it; a year (2023年) or
 * a time stays a word. */
static void test_glued_unit_value_cells(void **state)
{
    (void)state;
    assert_string_equal(link_rows("主要产品产量\n\n| | 2023年 | 较上年增长（%） |\n| --- | --- | --- |\n"
                                  "| 粮食总产量 | 162817吨 | 0.5 |\n| 当年出栏猪 | 4.4萬頭 | -1.6 |\n"
                                  "| 猪肉价格 | 25.6元/公斤 | 3.0 |\n"),
                        "162817|吨|\n0.5|%|162817\n4.4|萬頭|\n-1.6|%|4.4\n25.6|元/公斤|\n3.0|%|25.6");
    assert_string_equal(link_rows("产量\n\n| 指标 | 绝对数 | 增长（%） |\n| --- | --- | --- |\n"
                                  "| 油料 | 3959 吨 | 5.9 |\n"),
                        "3959|吨|\n5.9|%|3959");
}

/* Round 34 class 2 (stats-ningyuan): a header's unit in the small-form
 * brackets ﹙%﹚ ﹝吨﹞ ﹛%﹜ (or one form opened by another, (亩﹚) is read as in
 * ( ) and （ ）; a change column after a plain one (品名 | 计量单位 | 数量 |
 * 同比增长﹙%﹚) is not the first value column; a header of value columns
 * only, shorter than its rows (its first line wrapped away), heads the
 * last columns, and a growth cell changes the number before it. */
static void test_small_bracket_and_short_header(void **state)
{
    (void)state;
    assert_string_equal(link_rows("畜牧业\n\n| 品名 | 计量单位 | 数量 | 同比增长\uFE59%\uFE5A |\n| --- | --- | --- | --- |\n"
                                  "| 出栏肉猪 | 万头 | 94.28 | 2.10 |\n| 出栏牛 | 万头 | 2.23 | 4.21 |\n"),
                        "94.28|万头|\n2.10|%|94.28\n2.23|万头|\n4.21|%|2.23");
    assert_string_equal(link_rows("产量\n\n| 指標 | 產量\uFE5D噸\uFE5E | 增長\uFE5B%\uFE5C |\n| --- | --- | --- |\n"
                                  "| 糧食 | 315690 | 0.8 |\n"),
                        "315690|噸|\n0.8|%|315690");
    assert_string_equal(link_rows("产量\n\n| 面积(亩\uFE5A | 增减\uFE59%) |\n| --- | --- |\n| 粮食 | 726760 | -1.78 |\n"),
                        "726760|亩|\n-1.78|%|726760");
    assert_string_equal(link_rows("作物\n\n| 同比增减（%） | 产量（吨） | 同比增减（%） |\n| --- | --- | --- |\n"
                                  "| 粮食作物 | 726760 | -1.78 | 315690 | 0.8 |\n"),
                        "726760||\n-1.78|%|726760\n315690|吨|\n0.8|%|315690");
}

/* Asserts "value unit" of each figure of `text` (value_text and unit, a
 * space between), in order. */
static void expect_value_units(const char *text, const char *const *want, size_t n)
{
    bulletin_doc *doc = tu_parse(text, 0);
    size_t count = bulletin_doc_figure_count(doc);
    assert_int_equal(count, n);
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        char got[128];
        snprintf(got, sizeof got, "%s %s", f.value_text, f.unit ? f.unit : "");
        assert_string_equal(got, want[i]);
    }
    bulletin_doc_free(doc);
}

#define EXPECT_VALUE_UNITS(text, ...)                                                              \
    do {                                                                                           \
        static const char *const want_[] = {__VA_ARGS__};                                          \
        expect_value_units((text), want_, sizeof want_ / sizeof want_[0]);                         \
    } while (0)

/* Unit notes keyed by a column's name over a table (round 40 class 3):
 * each column whose name holds the key takes its unit (面積 -> 播種面積,
 * 總產 -> 總產量; 單產 names 每畝產量), readings in Latin letters inside
 * dropped (萬(wàn)畝 -> 萬畝); several on one line (面积单位：公顷 产量单位：吨,
 * 单位：面积：亩；产量：吨); a column's own unit (单产（公斤）) and % stay. */
static void test_keyed_unit_notes(void **state)
{
    (void)state;
    EXPECT_VALUE_UNITS("面積:萬(wàn)畝\n單位:總產(chǎn):噸\n單產(chǎn):千克\n\n"
                       "| 地區 | 播種面積 | 總產量 | 每畝產量 | % |\n| --- | --- | --- | --- | --- |\n"
                       "| 北京 | 4.25 | 13254 | 312 | 1.5 |\n",
                       "4.25 萬畝", "13254 噸", "312 千克", "1.5 %");
    EXPECT_VALUE_UNITS("面积单位：公顷 产量单位：吨\n\n"
                       "| 地区 | 播种面积 | 产量 | 单产（公斤） |\n| --- | --- | --- | --- |\n"
                       "| 东城 | 1200 | 5600 | 466 |\n",
                       "1200 公顷", "5600 吨", "466 公斤");
    EXPECT_VALUE_UNITS("单位：面积：亩；产量：吨\n\n"
                       "| 品种 | 面积 | 产量 |\n| --- | --- | --- |\n"
                       "| 小麦 | 3500 | 1400 |\n",
                       "3500 亩", "1400 吨");
    EXPECT_VALUE_UNITS("面积（mianji）：万亩、总产：万吨、单产：公斤\n\n"
                       "| 作物 | 播种面积 | 总产量 | 亩产 |\n| --- | --- | --- | --- |\n"
                       "| 玉米 | 52.1 | 30.2 | 580 |\n",
                       "52.1 万亩", "30.2 万吨", "580 公斤");
    /* 产量 names no yield by area: 每亩产量 keeps no unit; a field line
     * (联系人：张三) is no note */
    EXPECT_VALUE_UNITS("产量:吨\n\n| 地区 | 总产量 | 每亩产量 |\n| --- | --- | --- |\n| 南区 | 900 | 450 |\n",
                       "900 吨", "450 ");
    EXPECT_VALUE_UNITS("联系人：张三\n\n| 地区 | 总产量 |\n| --- | --- |\n| 南区 | 900 |\n", "900 ");
}

/* Asserts "value>linked value" of each figure of `text` that links to
 * another, in order; "value unit" of each other figure not a year. */
static void expect_change_links(const char *text, const char *const *want, size_t n)
{
    bulletin_doc *doc = tu_parse(text, 0);
    size_t count = bulletin_doc_figure_count(doc), k = 0;
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind == BULLETIN_FIGURE_YEAR)
            continue;
        char got[128];
        if (f.link != BULLETIN_NO_LINK) {
            bulletin_figure to = tu_figure(doc, f.link);
            snprintf(got, sizeof got, "%s %s>%s", f.value_text, f.unit ? f.unit : "", to.value_text);
        } else {
            snprintf(got, sizeof got, "%s %s", f.value_text, f.unit ? f.unit : "");
        }
        assert_true(k < n);
        assert_string_equal(got, want[k]);
        k++;
    }
    assert_int_equal(k, n);
    bulletin_doc_free(doc);
}

#define EXPECT_CHANGE_LINKS(text, ...)                                                             \
    do {                                                                                           \
        static const char *const want_[] = {__VA_ARGS__};                                          \
        expect_change_links((text), want_, sizeof want_ / sizeof want_[0]);                        \
    } while (0)

/* A change merged over the columns below it (2006年比2005年增减 over
 * 播种面积 | 总产量, round 40 class 6): each is a change of the level
 * column of its name to its left, the one of the latest year (2006年
 * first or last), in both scripts (增減, 環比增減). */
static void test_change_columns_named_levels(void **state)
{
    (void)state;
    EXPECT_CHANGE_LINKS("| 地区 | 2006年 | | 2005年 | | 2006年比2005年增减 | |\n"
                        "| --- | --- | --- | --- | --- | --- | --- |\n"
                        "| | 播种面积 | 总产量 | 播种面积 | 总产量 | 播种面积 | 总产量 |\n"
                        "| 北京 | 4.25 | 13254 | 5.30 | 14000 | -1.05 | -746 |\n",
                        "4.25 ", "13254 ", "5.30 ", "14000 ", "-1.05 >4.25", "-746 >13254");
    EXPECT_CHANGE_LINKS("| 地区 | 2005年 | | 2006年 | | 增减 | |\n"
                        "| --- | --- | --- | --- | --- | --- | --- |\n"
                        "| | 播种面积 | 总产量 | 播种面积 | 总产量 | 播种面积 | 总产量 |\n"
                        "| 天津 | 5.30 | 14000 | 4.25 | 13254 | -1.05 | -746 |\n",
                        "5.30 ", "14000 ", "4.25 ", "13254 ", "-1.05 >4.25", "-746 >13254");
    EXPECT_CHANGE_LINKS("面積:萬畝\n總產:噸\n\n| 地區 | 2006年 | | 比上年增減 | |\n"
                        "| --- | --- | --- | --- | --- |\n"
                        "| | 播種面積 | 總產量 | 播種面積 | 總產量 |\n"
                        "| 河北 | 26.25 | 712418 | 1.2 | -465 |\n",
                        "26.25 萬畝", "712418 噸", "1.2 萬畝>26.25", "-465 噸>712418");
    EXPECT_CHANGE_LINKS("| 項目 | 本月 | | 環比增減 | |\n| --- | --- | --- | --- | --- |\n"
                        "| | 收入 | 支出 | 收入 | 支出 |\n| 合計 | 120 | 80 | 5 | -3 |\n",
                        "120 ", "80 ", "5 >120", "-3 >80");
}


/* Round 40 classes 2-6 (table-crop-provinces-2006-trad-pinyin-cells 1:1-498:1): a grid table a cell
 * per line, its header of three rows (periods, a name over two columns split 總 / 產量, the columns'
 * names), unit notes keyed by the columns' names over it: spaced thousands and a spaced minus are one
 * value with its sign and its column's unit; the change columns (增減 播種面積, 絕對數, %) link to the
 * row's 2006 value of their name (絕對數 and % by the name over them); an empty cell after the label
 * keeps the row's columns (山東). */
static void test_tab40_grid_three_row_header_links(void **state)
{
    (void)state;
    EXPECT_CHANGE_LINKS("面積:萬(wàn)畝\n單位:總產(chǎn):噸\n|\n2006年\n|\n|\n2006年比\n|\n2005年增減\n|\n|\n"
                        "地 區\n|\n|\n|\n|\n總\n|\n產(chǎn)量\n|\n|\n播種面積\n|\n總產(chǎn)量\n|\n播種面積\n|\n"
                        "絕對(duì)數(shù)\n|\n%\n|\n河 北\n|\n26.25\n|\n712 418\n|\n10.50\n|\n285 844\n|\n67.01\n|\n"
                        "山 東\n|\n|\n161\n|\n|\n161\n|\n|\n遼 寧\n|\n2.10\n|\n53 381\n|\n- 1.05\n|\n-9 540\n|\n"
                        "-15.16\n|\n",
                        "26.25 萬畝", "712418 噸", "10.50 萬畝>26.25", "285844 噸>712418", "67.01 %>712418",
                        "161 噸", "161 噸>161", "2.10 萬畝", "53381 噸", "-1.05 萬畝>2.10", "-9540 噸>53381",
                        "-15.16 %>53381");
}

/* The same in simplified characters, no readings, other numbers. */
static void test_tab40_grid_three_row_header_links_simplified(void **state)
{
    (void)state;
    EXPECT_CHANGE_LINKS("面积:万亩\n单位:总产:吨\n|\n2023年\n|\n|\n2023年比\n|\n2022年增减\n|\n|\n"
                        "地 区\n|\n|\n|\n|\n总\n|\n产量\n|\n|\n播种面积\n|\n总产量\n|\n播种面积\n|\n"
                        "绝对数\n|\n%\n|\n甲 县\n|\n3.20\n|\n1 204 118\n|\n0.40\n|\n- 12 300\n|\n-1.01\n|\n"
                        "乙 县\n|\n|\n|\n|\n|\n|\n丙 县\n|\n1.10\n|\n45 000\n|\n0.10\n|\n2 500\n|\n5.88\n|\n"
                        "丁 县\n|\n0.50\n|\n800\n|\n0.00\n|\n- 20\n|\n-2.44\n|\n",
                        "3.20 万亩", "1204118 吨", "0.40 万亩>3.20", "-12300 吨>1204118", "-1.01 %>1204118",
                        "1.10 万亩", "45000 吨", "0.10 万亩>1.10", "2500 吨>45000", "5.88 %>45000", "0.50 万亩",
                        "800 吨", "0.00 万亩>0.50", "-20 吨>800", "-2.44 %>800");
}

/* fig42 (one reader of a cell's spaced number): a cell that is one number
 * after a plus sign, spaced from it or grouped by spaces (+ 1.05, +1 234,
 * + 12 300), is one value read by the scanner (bl_figures_scan_cell), as
 * the table's own reader gave it before: its digits without the plus, its
 * column at the plus, its row's name as label; a plus glued to a plain
 * number keeps it (+5), a spaced minus stays signed (- 1.05). */
static void test_fig42_plus_spaced_cells(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("单位：万元\n\n| 项目 | 本年 | 增减 | 增减额 |\n| --- | --- | --- | --- |\n"
                                 "| 收入 | 1 234 | + 1.05 | +1 234 |\n| 支出 | 12 300.5 | + 12 300 | +5 |\n"
                                 "| 其他 | - 1.05 | -9 540 | 12 34 |\n",
                                 0);
    /* (fig41: the plus kept, as +5's: the sign was lost only when spaced) */
    static const char *const want[] = {"1234 收入 8",  "+1.05 收入 16", "+1234 收入 25", "12300.5 支出 8",
                                       "+12300 支出 19", "+5 支出 30",   "-1.05 其他 8", "-9540 其他 17",
                                       "12 其他 26",    "34 其他 29"};
    size_t count = bulletin_doc_figure_count(doc), k = 0;
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind == BULLETIN_FIGURE_YEAR)
            continue;
        char got[128];
        snprintf(got, sizeof got, "%s %s %d", f.value_text, f.label ? f.label : "", f.column);
        assert_true(k < sizeof want / sizeof *want);
        assert_string_equal(got, want[k]);
        k++;
    }
    assert_int_equal(k, sizeof want / sizeof *want);
    bulletin_doc_free(doc);
}

/* "label unit" of each figure of `text` of kind amount or percent, a
 * line each. */
static char *label_units(const char *text)
{
    static char out[2048];
    bulletin_doc *doc = tu_parse(text, 0);
    size_t count = bulletin_doc_figure_count(doc), o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        bulletin_figure f = tu_figure(doc, i);
        if (f.kind != BULLETIN_FIGURE_AMOUNT && f.kind != BULLETIN_FIGURE_PERCENT)
            continue;
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s %s %s", o ? "\n" : "", f.label, f.value_text, f.unit);
        assert_true(o < sizeof out);
    }
    bulletin_doc_free(doc);
    return out;
}

/* mendL, review41 item 4: 单位 (單位) heading the first column names the
 * rows (各乡镇: 甲镇, 乙乡), no unit column: the rows keep their labels, a
 * cell per line or in pipes; 单位 in a later column is the unit column as
 * before (指标 | 单位 | 数量). */
static void test_mendL_unit_header_over_row_labels(void **state)
{
    (void)state;
    assert_string_equal(label_units("各乡镇财政收入情况\n\n单位\n\n收入(万元)\n\n增长(%)\n\n甲镇\n\n120\n\n5.1\n\n"
                                    "乙乡\n\n88\n\n3.2\n\n丙镇\n\n64\n\n-1.5\n"),
                        "甲镇 120 万元\n甲镇 5.1 %\n乙乡 88 万元\n乙乡 3.2 %\n丙镇 64 万元\n丙镇 -1.5 %");
    assert_string_equal(label_units("各鄉鎮財政收入情況\n\n單位\n\n收入(萬元)\n\n增長(%)\n\n甲鎮\n\n120\n\n5.1\n\n"
                                    "乙鄉\n\n88\n\n3.2\n\n丙鎮\n\n64\n\n-1.5\n"),
                        "甲鎮 120 萬元\n甲鎮 5.1 %\n乙鄉 88 萬元\n乙鄉 3.2 %\n丙鎮 64 萬元\n丙鎮 -1.5 %");
    assert_string_equal(label_units("各乡镇财政收入情况\n\n| 单位 | 收入(万元) | 增长(%) |\n| --- | --- | --- |\n"
                                    "| 甲镇 | 120 | 5.1 |\n| 乙乡 | 88 | 3.2 |\n"),
                        "甲镇 120 万元\n甲镇 5.1 %\n乙乡 88 万元\n乙乡 3.2 %");
    /* 单位 in the second column: each row's unit */
    assert_string_equal(label_units("主要指标\n\n| 指标 | 单位 | 数量 |\n| --- | --- | --- |\n"
                                    "| 财政收入 | 万元 | 120 |\n| 税收收入 | 亿元 | 3.5 |\n"),
                        "财政收入 120 万元\n税收收入 3.5 亿元");
}


/* mendR, review42 item 2: 单位 heading column 0 over units (万吨, 万头) is
 * the unit column; over names (甲镇) it names the rows (mendL). */
static void test_mendR_unit_column_first_over_units(void **state)
{
    (void)state;
    assert_string_equal(label_units("主要财政指标\n\n| 单位 | 指标 | 2023年 |\n| --- | --- | --- |\n"
                                    "| 万元 | 税收收入 | 120.5 |\n| 亿元 | 财政收入 | 3.5 |\n| % | 增长 | 5.1 |\n"),
                        "税收收入 120.5 万元\n财政收入 3.5 亿元\n增长 5.1 %");
    assert_string_equal(label_units("主要財政指標\n\n| 單位 | 指標 | 2023年 |\n| --- | --- | --- |\n"
                                    "| 萬元 | 稅收收入 | 120.5 |\n| 億元 | 財政收入 | 3.5 |\n"),
                        "稅收收入 120.5 萬元\n財政收入 3.5 億元");
    /* one body cell not a unit: the column names the rows */
    assert_string_equal(label_units("各乡镇财政收入情况\n\n| 单位 | 收入(万元) | 增长(%) |\n| --- | --- | --- |\n"
                                    "| 万元 | 120 | 5.1 |\n| 乙乡 | 88 | 3.2 |\n"),
                        "万元 120 万元\n万元 5.1 %\n乙乡 88 万元\n乙乡 3.2 %");
}

/* tab41b, review42 item 10: the table's unit in its top row after its
 * title, the cells between them empty (表1 收入情况表 | | 单位：万元), applies
 * to the table's values as a unit line above the table does; a
 * traditional 計量單位 states it too. */
static void test_tab41b_unit_after_the_title_in_the_top_row(void **state)
{
    (void)state;
    assert_string_equal(label_units("一般公共预算收入情况\n\n| 表1 收入情况表 | | 单位：万元 |\n"
                                    "| 项目 | 预算数 | 执行数 |\n| 增值税 | 523.5 | 635.2 |\n"
                                    "| 企业所得税 | 300 | 280 |\n"),
                        "增值税 523.5 万元\n增值税 635.2 万元\n企业所得税 300 万元\n企业所得税 280 万元");
    assert_string_equal(label_units("一般公共預算收入情況\n\n| 表1 收入情況表 | | | 單位:億元 |\n"
                                    "| 項目 | 預算數 | 執行數 | 增長(%) |\n| 增值稅 | 52.5 | 63.2 | 3.1 |\n"),
                        "增值稅 52.5 億元\n增值稅 63.2 億元\n增值稅 3.1 %");
    assert_string_equal(label_units("財政收入情況\n\n| 計量單位：萬元 | | |\n| 項目 | 本月 | 累計 |\n"
                                    "| 稅收收入 | 120.5 | 980.2 |\n| 非稅收入 | 35.5 | 300.1 |\n"),
                        "稅收收入 120.5 萬元\n稅收收入 980.2 萬元\n非稅收入 35.5 萬元\n非稅收入 300.1 萬元");
    /* must not: a title row with a period, no unit statement, gives none */
    assert_string_equal(label_units("一般公共预算收入情况\n\n| 表1 收入情况表 | | 2023年 |\n"
                                    "| 项目 | 预算数 | 执行数 |\n| 增值税 | 523.5 | 635.2 |\n"),
                        "");
}


/* tab44 class 3: a data row of four-digit values under a header that
 * names its columns (| 税收收入 | 1200 | 1350 | under 项目 | 2022年 |
 * 2023年) is a row of values, not a header of years: its label and the
 * table's unit stay.  Must not: a row of bare years under a title row of
 * empty cells, or whose first cell is empty, is still the header. */
static void test_tab44_four_digit_values_under_a_header(void **state)
{
    (void)state;
    assert_string_equal(label_units("财政收入情况\n\n单位：万元\n\n| 项目 | 2022年 | 2023年 |\n| --- | --- | --- |\n"
                                    "| 税收收入 | 1200 | 1350 |\n| 非税收入 | 300.5 | 310.2 |\n"),
                        "税收收入 1200 万元\n税收收入 1350 万元\n非税收入 300.5 万元\n非税收入 310.2 万元");
    assert_string_equal(label_units("財政收入情況\n\n單位：萬元\n\n| 項目 | 2022 | 2023 |\n"
                                    "| 稅收收入 | 1200 | 1350 |\n| 非稅收入 | 300.5 | 310.2 |\n"),
                        "稅收收入 1200 萬元\n稅收收入 1350 萬元\n非稅收入 300.5 萬元\n非稅收入 310.2 萬元");
    EXPECT_PERIODS("財政收入情況\n\n單位：萬元\n\n| 項目 | 2022 | 2023 |\n"
                   "| 稅收收入 | 1200 | 1350 |\n| 非稅收入 | 300.5 | 310.2 |\n",
                   "2022", "2023", "2022", "2023");
    /* must not: bare years under a title row of empty cells head the columns */
    EXPECT_PERIODS("收入情况\n\n单位：万元\n\n| 表1 收入情况 | | |\n| 项目 | 2022 | 2023 |\n"
                   "| 税收收入 | 120.5 | 130.2 |\n",
                   "2022", "2023");
    EXPECT_PERIODS("生产总值\n\n| 地区 | 生产总值（亿元） | |\n| | 2022 | 2023 |\n"
                   "| 甲县 | 120.5 | 130.2 |\n",
                   "2022", "2023");
}

/* tab44 class 4: 单位：万元、% (万元，%; 萬元、%) states two units: the
 * first the levels', the second the rate columns' (增长, 增減, 比重, 占比):
 * a 增长 column takes %.  Must not: with no second unit, or over columns
 * of no rate, every column keeps the first. */
static void test_tab44_second_unit_for_rate_columns(void **state)
{
    (void)state;
    assert_string_equal(label_units("财政收入情况\n\n单位：万元、%\n\n| 项目 | 2023年 | 增长 |\n| --- | --- | --- |\n"
                                    "| 税收收入 | 120.5 | 5.1 |\n| 非税收入 | 30.5 | -2.3 |\n"),
                        "税收收入 120.5 万元\n税收收入 5.1 %\n非税收入 30.5 万元\n非税收入 -2.3 %");
    assert_string_equal(label_units("財政收入情況\n\n單位：萬元，％\n\n| 項目 | 本年 | 增減 | 比重 |\n"
                                    "| 稅收收入 | 120.5 | 5.1 | 80.2 |\n"),
                        "稅收收入 120.5 萬元\n稅收收入 5.1 ％\n稅收收入 80.2 ％");
    /* must not: columns of no rate keep the first unit */
    assert_string_equal(label_units("财政收入情况\n\n单位：万元、%\n\n| 项目 | 2022年 | 2023年 |\n"
                                    "| 税收收入 | 120.5 | 130.1 |\n"),
                        "税收收入 120.5 万元\n税收收入 130.1 万元");
}


/* tab45 class 3: a balance sheet's second side in the same row (收入总量 |
 * 1258337 | 支出总量 | 1258680): its values are labelled by the side's own
 * label, the text cell before them, not by the row's first; in pipes and
 * a cell per line, simplified and traditional.  Must not: a unit column
 * or a second label before the row's first value (指标 | 单位 | 2023年)
 * leaves the label as before. */
static void test_tab45_second_side_takes_its_own_label(void **state)
{
    (void)state;
    assert_string_equal(label_units("收支平衡表\n\n单位：万元\n\n| 收入 | 金额 | 支出 | 金额 |\n| --- | --- | --- | --- |\n"
                                    "| 收入总量 | 1258337 | 支出总量 | 1258680 |\n| 税收收入 | 210987 | 上解支出 | 140914 |\n"),
                        "收入总量 1258337 万元\n支出总量 1258680 万元\n税收收入 210987 万元\n上解支出 140914 万元");
    assert_string_equal(label_units("政府性基金預算收支平衡表\n單位：萬元\n項目|\n金額|\n項目|\n金額|\n"
                                    "（一）土地出讓收入|\n12672|\n（一）本級支出|\n21871|\n其中：城市建設|\n4375|\n"
                                    "1.上解支出|\n322|\n（二）上級補助收入|\n14540|\n2.調出資金|\n4824|\n"),
                        "（一）土地出讓收入 12672 萬元\n（一）本級支出 21871 萬元\n城市建設 4375 萬元\n"
                        "1.上解支出 322 萬元\n（二）上級補助收入 14540 萬元\n2.調出資金 4824 萬元");
    /* must not: a unit column before the values */
    assert_string_equal(label_units("主要指标\n\n| 指标 | 单位 | 2023年 | 2022年 |\n| --- | --- | --- | --- |\n"
                                    "| 财政收入 | 万元 | 1200 | 1100 |\n| 财政支出 | 万元 | 2400 | 2300 |\n"),
                        "财政收入 1200 万元\n财政收入 1100 万元\n财政支出 2400 万元\n财政支出 2300 万元");
}


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_four_character_values_are_no_years),
        cmocka_unit_test(test_corner_period),
        cmocka_unit_test(test_caption_period),
        cmocka_unit_test(test_period_line_and_growth),
        cmocka_unit_test(test_title_period),
        cmocka_unit_test(test_period_rows),
        cmocka_unit_test(test_glued_unit_value_cells),
        cmocka_unit_test(test_small_bracket_and_short_header),
        cmocka_unit_test(test_keyed_unit_notes),
        cmocka_unit_test(test_change_columns_named_levels),
        cmocka_unit_test(test_tab40_grid_three_row_header_links),
        cmocka_unit_test(test_tab40_grid_three_row_header_links_simplified),
        cmocka_unit_test(test_fig42_plus_spaced_cells),
        cmocka_unit_test(test_mendL_unit_header_over_row_labels),
        cmocka_unit_test(test_mendR_unit_column_first_over_units),
        cmocka_unit_test(test_tab41b_unit_after_the_title_in_the_top_row),
        cmocka_unit_test(test_tab44_four_digit_values_under_a_header),
        cmocka_unit_test(test_tab44_second_unit_for_rate_columns),
        cmocka_unit_test(test_tab45_second_side_takes_its_own_label),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
