/*
 * test_links.c - the 分别 window of fig_relink_respectively
 * (src/figures/links.c, RESP_BEFORE_LABEL): a list of changes in points
 * after a one-base comparison (降幅分别比1-2月收窄13.1个和13.0个百分点)
 * takes the rates before it one by one, in order, when 分别 stands in the
 * 96 bytes before the first change's label words (which begin after the
 * comparison's period, a figure of its own).  Further back, 分别 is not
 * the change's: the first change takes the nearest rate and the second
 * none.  The window keeps a clause of thousands of changes linear
 * (tests/pathological: clause-of-figures).
 */
#include "test_util.h"

#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures.h"

#define LEAD "甲产品产量负增长7.3%，乙产品产量负增长7.0%，降幅分别比"
#define TAIL "1-2月收窄13.1个和13.0个百分点。"
/* 27 characters (81 bytes) that are no figure, no list and no comparison */
#define FILL27 "按可比口径计算的上年同期按可比口径计算的上年同期按可比"

static void scan(bl_figure_list *l, const char *text)
{
    bl_figure_list_init(l, &tu_mem);
    bl_figure_ctx ctx = {3, 7, NULL, NULL, NULL, 0, false};
    assert_int_equal(bl_figures_scan(l, text, strlen(text), &ctx), BULLETIN_OK);
}

/* The index of the one figure whose text is `span`. */
static size_t fig_index(const bl_figure_list *l, const char *text, const char *span)
{
    size_t found = BL_FIG_NO_LINK, n = strlen(span);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i].end - l->items[i].start == n &&
            !memcmp(text + l->items[i].start, span, n)) {
            assert_true(found == BL_FIG_NO_LINK);
            found = i;
        }
    assert_true(found != BL_FIG_NO_LINK);
    return found;
}

/* The text of the figure `span` links to, or "" for none. */
static const char *link_of(const bl_figure_list *l, const char *text, const char *span, char *buf,
                           size_t cap)
{
    const bl_figure *f = &l->items[fig_index(l, text, span)];
    buf[0] = '\0';
    if (f->link != BL_FIG_NO_LINK) {
        assert_true(f->link < l->len);
        const bl_figure *g = &l->items[f->link];
        snprintf(buf, cap, "%.*s", (int)(g->end - g->start), text + g->start);
    }
    return buf;
}

/* The bytes from 分别 to the first change's label words. */
static size_t resp_distance(const bl_figure_list *l, const char *text)
{
    const bl_figure *g0 = &l->items[fig_index(l, text, "13.1个")];
    const char *fen = strstr(text, "分别");
    assert_non_null(fen);
    return g0->lab_start - (size_t)(fen - text);
}

/* Asserts the links of 13.1个 and 13.0个百分点 in `text`, and that 分别
 * stands `distance` bytes before the first one's label words (0: the text
 * has no 分别). */
static void expect_links(const char *text, size_t distance, const char *first, const char *second)
{
    bl_figure_list l;
    char buf[64];
    scan(&l, text);
    if (distance)
        assert_int_equal(resp_distance(&l, text), distance);
    else
        assert_null(strstr(text, "分别"));
    assert_string_equal(link_of(&l, text, "7.3%", buf, sizeof buf), "");
    assert_string_equal(link_of(&l, text, "7.0%", buf, sizeof buf), "");
    assert_string_equal(link_of(&l, text, "13.1个", buf, sizeof buf), first);
    assert_string_equal(link_of(&l, text, "13.0个百分点", buf, sizeof buf), second);
    bl_figure_list_free(&l);
}

/* 分别比1-2月: 15 bytes before the label words (收窄); each change takes
 * its rate, in order. */
static void test_resp_in_window(void **state)
{
    (void)state;
    expect_links(LEAD TAIL, 15, "7.3%", "7.0%");
}

/* Without 分别 the same changes are not a list over the rates: the first
 * takes the nearest, the second none (what the out-of-window cases must
 * give). */
static void test_resp_absent(void **state)
{
    (void)state;
    expect_links(
        "甲产品产量负增长7.3%，乙产品产量负增长7.0%，降幅比1-2月收窄13.1个和13.0个百分点。", 0,
        "7.0%", "");
}

/* 分别 183 bytes before the label words is not the change's 分别. */
static void test_resp_far(void **state)
{
    (void)state;
    expect_links(LEAD FILL27 "的" FILL27 TAIL, 15 + 81 + 3 + 81, "7.0%", "");
}

/* The edge: 分别 beginning exactly 96 bytes before the label words is read
 * (the window's first byte), ... */
static void test_resp_at_edge(void **state)
{
    (void)state;
    expect_links(LEAD FILL27 TAIL, 96, "7.3%", "7.0%");
}

/* ... one byte further (a space before the period) it is not. */
static void test_resp_past_edge(void **state)
{
    (void)state;
    expect_links(LEAD FILL27 " " TAIL, 97, "7.0%", "");
}

/* Scans t and asserts the link of each span: want[k] = {span, the text of
 * the figure it links to or ""}. */
#define SPAN_LINKS(t, ...)                                                          \
    do {                                                                           \
        static const char *const want_[][2] = {__VA_ARGS__};                       \
        span_links((t), want_, sizeof want_ / sizeof want_[0]);                    \
    } while (0)

static void span_links(const char *t, const char *const want[][2], size_t n)
{
    char buf[64];
    bl_figure_list l;
    scan(&l, t);
    for (size_t k = 0; k < n; k++)
        assert_string_equal(link_of(&l, t, want[k][0], buf, sizeof buf), want[k][1]);
    bl_figure_list_free(&l);
}

/* A contribution in points (拉动…增长2.1个百分点) is no change; 拉动 is
 * looked for in the clause before each change in points, each byte once
 * (tests/pathological: clause-of-points).  A change before 拉动 in the
 * same clause stays a change; one after it, read from what was read
 * already, is none. */
static void test_contribution_in_clause(void **state)
{
    (void)state;
    const char *t = "第二产业增加值增长6.5%，比重提高1.2个百分点并拉动经济增长2.1个百分点且比重提高0.3个百分点。";
    bl_figure_list l;
    scan(&l, t);
    assert_int_not_equal(l.items[fig_index(&l, t, "1.2个百分点")].change, BL_FIG_CHANGE_NONE);
    assert_int_equal(l.items[fig_index(&l, t, "2.1个百分点")].change, BL_FIG_CHANGE_NONE);
    assert_int_equal(l.items[fig_index(&l, t, "0.3个百分点")].change, BL_FIG_CHANGE_NONE);
    bl_figure_list_free(&l);
}

/* 拉动 in an earlier clause is not the next clause's. */
static void test_contribution_other_clause(void **state)
{
    (void)state;
    const char *t = "拉动经济增长2.1个百分点；比重提高1.2个百分点。";
    bl_figure_list l;
    scan(&l, t);
    assert_int_equal(l.items[fig_index(&l, t, "2.1个百分点")].change, BL_FIG_CHANGE_NONE);
    assert_int_not_equal(l.items[fig_index(&l, t, "1.2个百分点")].change, BL_FIG_CHANGE_NONE);
    bl_figure_list_free(&l);
}

/* 分别较去年同期和全年回落4.5、4.2个百分点: 分别 over the comparisons,
 * the changes listed with 、 (which starts a clause of the scan's own at
 * the second change): both changes are of the one rate before (held-out
 * round 24, stats-jiyuan-jan-aug). */
static void test_resp_compared_each_listed(void **state)
{
    (void)state;
    static const char *const t[] = {
        "工业增加值增长11.5%，分别较去年同期和全年回落4.5、4.2个百分点。",
        "工业增加值增长11.5%，居全省第6位，增速与上月持平，分别较去年同期和全年分别回落4.5、4.2个百分点。",
        "工业增加值增长11.5%，分别较去年同期和全年回落4.5和4.2个百分点。",
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        SPAN_LINKS(t[i], {"4.5", "11.5%"}, {"4.2个百分点", "11.5%"});
}

/* A second change in points of one rate, its clause naming nothing of its
 * own (较年初回落3.1个百分点 after 较上月回升0.8个百分点), is of the rate the
 * first is of; one whose clause names another indicator (工业比重提高) is
 * not (held-out round 24, stats-jiyuan-jan-aug). */
static void test_second_change_in_points(void **state)
{
    (void)state;
    SPAN_LINKS("工业增加值同比增长10.8%，较上月回升0.8个百分点，较年初回落3.1个百分点。"
               "财政收入增长3.7%，同比回落28.4个百分点，较1-7月回落0.3个百分点。",
               {"0.8个百分点", "10.8%"}, {"3.1个百分点", "10.8%"}, {"28.4个百分点", "3.7%"},
               {"0.3个百分点", "3.7%"});
    SPAN_LINKS("工业增加值同比增长10.8%，较上月回升0.8个百分点，工业比重提高3.1个百分点。",
               {"0.8个百分点", "10.8%"}, {"3.1个百分点", ""});
}

/* 高于去年同期0.9个百分点, 高于1-7月3.0个百分点, 低于上年…: a rate compared
 * with its own value of an earlier period is a change of the rate before
 * (up after 高于, down after 低于); compared with another place or a whole
 * (高于全国, 快于全市平均水平) it is no change and links to nothing (held-out
 * round 24, stats-jiyuan-jan-aug). */
static void test_than_period(void **state)
{
    (void)state;
    char buf[64];
    bl_figure_list l;
    const char *t = "存款余额同比增长15.4%，高于去年同期0.9个百分点。其中，储蓄存款增长13.0%，"
                    "高于1-7月3.0个百分点。贷款增长4.7%，低于上年2.1个百分点。"
                    "工业投资增长8.2%，高于全国2.8个百分点，快于全市平均水平1.5个百分点。";
    scan(&l, t);
    assert_string_equal(link_of(&l, t, "0.9个百分点", buf, sizeof buf), "15.4%");
    assert_int_equal(l.items[fig_index(&l, t, "0.9个百分点")].change, BL_FIG_CHANGE_UP);
    assert_string_equal(link_of(&l, t, "3.0个百分点", buf, sizeof buf), "13.0%");
    assert_string_equal(link_of(&l, t, "2.1个百分点", buf, sizeof buf), "4.7%");
    assert_int_equal(l.items[fig_index(&l, t, "2.1个百分点")].change, BL_FIG_CHANGE_DOWN);
    assert_string_equal(link_of(&l, t, "2.8个百分点", buf, sizeof buf), "");
    assert_int_equal(l.items[fig_index(&l, t, "2.8个百分点")].change, BL_FIG_CHANGE_NONE);
    assert_string_equal(link_of(&l, t, "1.5个百分点", buf, sizeof buf), "");
    assert_int_equal(l.items[fig_index(&l, t, "1.5个百分点")].change, BL_FIG_CHANGE_NONE);
    bl_figure_list_free(&l);
}

/* 分别 over comparisons whose bases are listed with 、 (which starts a
 * clause of the scan's own before the changes' words): every change of the
 * list is of the rate before, the last one after 和 too; when a change in
 * points of that rate stands between, the list takes its rate (held-out
 * round 24, stats-jiyuan-jan-aug). */
static void test_compared_each_bases_listed(void **state)
{
    (void)state;
    SPAN_LINKS("投资增长20.1%，居全省第12位，增速分别较1-2月、1-3月、1-5月、1-6月和1-7月"
               "回落3.4、0.6、0.9、0.8和0.1个百分点。",
               {"3.4", "20.1%"}, {"0.8", "20.1%"}, {"0.1个百分点", "20.1%"});
    SPAN_LINKS("零售总额增长13.1%，高于去年同期0.6个百分点，分别较一季度、上半年回落1.4和0.2个百分点。",
               {"0.6个百分点", "13.1%"}, {"1.4", "13.1%"}, {"0.2个百分点", "13.1%"});
}

/* 较去年同期和全年分别回落3.1、2.9个百分点: the comparison with two bases
 * before 分别, after a list of changes in points of the same rate: both
 * are of that rate.  A clause whose 较 has one base (较上年分别…) is no
 * such comparison (held-out round 24, stats-jiyuan-jan-aug). */
static void test_compared_before_each(void **state)
{
    (void)state;
    SPAN_LINKS("投资增长20.1%，增速分别较1-6月和1-7月回落0.9和0.1个百分点，"
               "较去年同期和全年分别回落3.1、2.9个百分点。",
               {"0.1个百分点", "20.1%"}, {"3.1", "20.1%"}, {"2.9个百分点", "20.1%"});
}

/* A change whose clause names its indicator links to the value written
 * under the same words, a count word 數/数 after either aside: in its
 * sentence, the same or longer words (衛生人員77.8萬人，衛生人員數比上年
 * 增加6.0萬人); a sentence before, after a comparison that opens the
 * change's sentence, the same words only (機構數達102.6萬個。與2020年3月底
 * 比較，機構增加17273個).  Another indicator's value is no link (醫院3.8萬張 …
 * 醫生增加; 醫院數達…, a sentence before, … 衛生機構增加); nor, a sentence
 * before, longer words that end in them (衛生機構數達… … 機構增加)
 * (health-nhc-2023-bulletin-pinyin-news, health-nhc-2021m03-institutions-news). */
static void test_value_under_subject_count_word(void **state)
{
    (void)state;
    SPAN_LINKS("村衛（wèi）生室衛（wèi）生人員77.8萬人，衛（wèi）生人員數（shù）比上年增加6.0萬人。"
               "醫院3.8萬張，醫生增加0.6萬張。",
               {"6.0萬人", "77.8萬人"}, {"0.6萬張", ""});
    SPAN_LINKS("全國醫（yī）療機構（gòu）數達（dá）102.6萬個。與2020年3月底比較，"
               "全國醫（yī）療機構（gòu）增加17273個，其中：醫院增加1170個。",
               {"17273個", "102.6萬個"}, {"1170個", ""});
    SPAN_LINKS("全國醫院數達3.6萬個。與2020年3月底比較，全國衛生機構增加17273個。",
               {"17273個", ""});
    SPAN_LINKS("全國衛生機構數達3.6萬個。與2020年3月底比較，機構增加17273個。",
               {"17273個", ""});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resp_in_window), cmocka_unit_test(test_resp_absent),
        cmocka_unit_test(test_resp_far),       cmocka_unit_test(test_resp_at_edge),
        cmocka_unit_test(test_resp_past_edge),
        cmocka_unit_test(test_contribution_in_clause), cmocka_unit_test(test_contribution_other_clause),
        cmocka_unit_test(test_resp_compared_each_listed),
        cmocka_unit_test(test_second_change_in_points),
        cmocka_unit_test(test_than_period),
        cmocka_unit_test(test_compared_each_bases_listed),
        cmocka_unit_test(test_compared_before_each),
        cmocka_unit_test(test_value_under_subject_count_word),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
