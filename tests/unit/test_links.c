/*
 * test_links.c - the 分别 window of fig_relink_respectively
 * (src/figures/links.c, RESP_BEFORE_LABEL): a list of changes in points
 * after a one-base comparison (降幅分别比1-2月收窄13.1个和13.0个百分点)
 * takes the rates before it one by one, in order, when 分别 stands in the
 * 96 bytes before the first change's label words (which begin after the
 * comparison's period, a figure of its own).  Further back, 分别 is not
 * the change's: the first change takes the nearest rate and the second
 * none.  The window keeps a clause of thousands of changes linear
 * (tests/pathological: clause-of-figures).  fig_resp_window reads it once
 * for the three answers (分别 over one base, 分别 over listed bases, where
 * the comparison begins), checked against the three readers it replaced.
 * Also: the links of changes in points and of changes named by their
 * indicator's words (the held-out rounds' classes).
 */
#include "test_util.h"

#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures.h"
#include "figures/figures_int.h"

#define LEAD "甲产品产量负增长7.3%，乙产品产量负增长7.0%，降幅分别比"
#define TAIL "1-2月收窄13.1个和13.0个百分点。"
/* 27 characters (81 bytes) that are no figure, no list and no comparison */
#define FILL27 "按可比口径计算的上年同期按可比口径计算的上年同期按可比"

static void scan_into(bl_figure_list *l, const char *text)
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
    scan_into(&l, text);
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
    scan_into(&l, t);
    for (size_t k = 0; k < n; k++)
        assert_string_equal(link_of(&l, t, want[k][0], buf, sizeof buf), want[k][1]);
    bl_figure_list_free(&l);
}

/* Scans t and asserts, for each row {span, link, change} of want, the
 * change of the figure `span` (CHANGED: any but none) and, unless NULL,
 * the text of the figure it links to ("" for none). */
#define CHANGED (-1)
typedef struct {
    const char *span, *link;
    int change;
} span_change;
#define SPAN_CHANGES(t, ...)                                                        \
    do {                                                                           \
        static const span_change want_[] = {__VA_ARGS__};                          \
        span_changes((t), want_, sizeof want_ / sizeof want_[0]);                  \
    } while (0)

static void span_changes(const char *t, const span_change *want, size_t n)
{
    char buf[64];
    bl_figure_list l;
    scan_into(&l, t);
    for (size_t k = 0; k < n; k++) {
        if (want[k].link)
            assert_string_equal(link_of(&l, t, want[k].span, buf, sizeof buf), want[k].link);
        int change = (int)l.items[fig_index(&l, t, want[k].span)].change;
        if (want[k].change == CHANGED)
            assert_int_not_equal(change, BL_FIG_CHANGE_NONE);
        else
            assert_int_equal(change, want[k].change);
    }
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
    SPAN_CHANGES("第二产业增加值增长6.5%，比重提高1.2个百分点并拉动经济增长2.1个百分点且比重提高0.3个百分点。",
                 {"1.2个百分点", NULL, CHANGED}, {"2.1个百分点", NULL, BL_FIG_CHANGE_NONE},
                 {"0.3个百分点", NULL, BL_FIG_CHANGE_NONE});
}

/* 拉动 in an earlier clause is not the next clause's; 上拉 (上拉地区生产总值
 * 增速0.5个百分点: stats-chaoyang-city-2025q1) is a contribution too. */
static void test_contribution_other_clause(void **state)
{
    (void)state;
    SPAN_CHANGES("拉动经济增长2.1个百分点；比重提高1.2个百分点。", {"2.1个百分点", NULL, BL_FIG_CHANGE_NONE},
                 {"1.2个百分点", NULL, CHANGED});
    SPAN_CHANGES("第一产业增长3.4%，高于全省0.1个百分点，上拉地区生产总值增速0.5个百分点。",
                 {"0.5个百分点", "", BL_FIG_CHANGE_NONE});
}

/* The words of a contribution to a whole's rate, down as well as up:
 * 下拉规上工业产值增速1.1个百分点 after a decline (held-out round 26 class 3,
 * stats-yangling-jan-oct), 拖累, 拉低 and 拉高 a rate, 带动 (帶動) a growth:
 * no change of the rate before, no link; a later change in points of its
 * own clause stays one. */
static void test_contribution_down(void **state)
{
    (void)state;
    SPAN_CHANGES("农产品加工业产值下降3.3%，下拉规上工业产值增速1.1个百分点；"
                 "电热气和水生产供应业产值下降16.7%，下拉规上工业产值增速3.1个百分点。",
                 {"1.1个百分点", "", BL_FIG_CHANGE_NONE}, {"3.1个百分点", "", BL_FIG_CHANGE_NONE});
    SPAN_CHANGES("房地产业下降5.2%，拖累经济增速0.4个百分点。建筑业下降2.0%，拉低地区生产总值增速0.2个百分点。"
                 "工业增长9.1%，拉高地区生产总值增速2.6个百分点。投资增长20.0%，带动全部投资增长1.5个百分点。"
                 "出口增長8.0%，帶動外貿增長4.1個百分點。",
                 {"0.4个百分点", "", BL_FIG_CHANGE_NONE}, {"0.2个百分点", "", BL_FIG_CHANGE_NONE},
                 {"2.6个百分点", "", BL_FIG_CHANGE_NONE}, {"1.5个百分点", "", BL_FIG_CHANGE_NONE},
                 {"4.1個百分點", "", BL_FIG_CHANGE_NONE});
    SPAN_CHANGES("工业增加值增长6.1%，比上年同期提高0.5个百分点，拖累经济增速0.4个百分点。",
                 {"0.5个百分点", "6.1%", BL_FIG_CHANGE_UP}, {"0.4个百分点", "", BL_FIG_CHANGE_NONE});
}

/* 影响CPI上涨约0.70个百分点 (影響 in traditional script): an item's share
 * of the whole's change, a contribution like 拉动 (held-out round 27
 * class 3, price-nbs-cpi-2022m06-trad); but 受…影响 names a cause, and a
 * change of the rate after it in its clause stays one. */
static void test_contribution_influence(void **state)
{
    (void)state;
    SPAN_CHANGES("6月份，食品烟酒类价格同比上涨2.5%，影响CPI（居民消费价格指数）上涨约0.70个百分点。"
                 "鲜果价格上涨19.0%，影响CPI上涨约0.34个百分点；畜肉类价格下降4.7%，影响CPI下降约0.16个百分点。"
                 "食品煙酒類價格環比下降1.0%，影響CPI下降約0.28個百分點。",
                 {"0.70个百分点", "", BL_FIG_CHANGE_NONE}, {"0.34个百分点", "", BL_FIG_CHANGE_NONE},
                 {"0.16个百分点", "", BL_FIG_CHANGE_NONE}, {"0.28個百分點", "", BL_FIG_CHANGE_NONE});
    SPAN_CHANGES("工业增加值增长6.1%，受疫情影响增速比上月回落0.5个百分点。",
                 {"0.5个百分点", "6.1%", BL_FIG_CHANGE_DOWN});
}

/* 第一、二产业占比均下降1.5个百分点: a change that 均 gives to each of
 * the subjects listed before it is of no one value (stats-chaoyang-city-
 * 2025q1 4:280: not the first part 11.4 of the ratio); 年均, 平均 and 人均
 * before a verb are averages, and a change after them links as before. */
static void test_each_of_listed_subjects(void **state)
{
    (void)state;
    SPAN_CHANGES("第一、二、三产业增加值占GDP的比重为11.4:31.2:57.5。与上年同期相比，第一、二产业占比均下降1.5个百分点。",
                 {"1.5个百分点", "", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("出口和进口均增长5.0%。", {"5.0%", "", BL_FIG_CHANGE_UP});
    SPAN_LINKS("全市生产总值1200亿元，年均增长6.5%。全市生产总值1200亿元，两年平均增长5.2%。",
               {"6.5%", "1200亿元"}, {"5.2%", "1200亿元"});
}

/* A count that opens the subject of a growth in its own clause (340家产值
 * 超亿元企业增长1.4%: the output of those 340 firms grew) is not what grew
 * (stats-city-2020m03-brief 4:77); a count written before the growth's
 * verb alone (游客1.2亿人次，增长18.6%; 企业560家增长47%) still is. */
static void test_count_of_the_subject(void **state)
{
    (void)state;
    SPAN_LINKS("规模工业增加值负增长7.3%。340家产值超亿元企业增长1.4%。", {"1.4%", ""});
    SPAN_LINKS("新增国家高新技术企业560家，增长47%。新增企业561家增长46%。", {"47%", "560家"},
               {"46%", "561家"});
}

/* One rate after a 分别 list of values (分别完成1715亿件和1.6万亿元，增速6%
 * 左右: each grows about 6%) is of no one value (postal-national-2023-
 * estimate 2:69, 2:104); a list of rates after it (分别增长16.5%和13.5%)
 * takes the values one by one, as before. */
static void test_one_rate_after_each_list(void **state)
{
    (void)state;
    SPAN_LINKS("业务量和业务收入预计将分别完成1715亿件和1.6万亿元，增速6%左右。", {"6%左右", ""});
    SPAN_LINKS("业务量和业务收入分别完成1620亿件和1.5万亿元，同比分别增长16.5%和13.5%。", {"16.5%", "1620亿件"},
               {"13.5%", "1.5万亿元"});
    SPAN_LINKS("业务收入完成1.5万亿元，增长13.5%。", {"13.5%", "1.5万亿元"});
    SPAN_LINKS("业务量和业务收入分别完成1620亿件和1.5万亿元，同比增长16.5%和13.5%。", {"16.5%", "1620亿件"},
               {"13.5%", "1.5万亿元"});
}

/* A size written with a bound and then the noun it classes (5千万以下固定
 * 资产投资, 500万元以上项目, 5千万以上的67个) names a class of projects or
 * firms, not the level that changed: no change links to it (held-out round
 * 26 class 4, stats-lwx-county-jan-nov).  A level with a bound at its
 * clause's end (达1000万吨以上，比上年增长5.0%) is still one. */
static void test_size_class_no_target(void **state)
{
    (void)state;
    SPAN_LINKS("全县在库项目141个，其中5千万以上的67个，完成投资同比增长23.0%；5千万以下项目74个，"
               "5千万以下固定资产投资增速同比下降43.5%。",
               {"23.0%", ""}, {"43.5%", ""});
    SPAN_LINKS("500万元以上项目投资增长12.0%。年产值2000万元及以上的企业增长8.1%。", {"12.0%", ""},
               {"8.1%", ""});
    SPAN_LINKS("粮食产量达1000万吨以上，比上年增长5.0%。", {"5.0%", "1000万吨以上"});
}

/* A change whose sentence has no value of its own and whose subject is
 * another name of an indicator valued in a sentence before (贸易额 for 外
 * 贸进出口总额, 经济总量 for 地区生产总值) is of that value (the corpus's one
 * missing link: trade-yunnan-jan-may-news).  A subject of no such name, or
 * of another indicator, links to nothing; nor does one of another period
 * (二季度 after 上半年, 三季度 after 前三季度: stats-national-2016h1, 2016q3). */
static void test_synonym_of_the_level(void **state)
{
    (void)state;
    SPAN_LINKS("今年1-5月，云南省外贸进出口总额59.5亿美元，排名全国第23位。贸易额较上年同期增长31.3%。"
               "其中，出口额34.1亿美元，同比增长44%。",
               {"31.3%", "59.5亿美元"}, {"44%", "34.1亿美元"});
    SPAN_LINKS("全市实现地区生产总值1234.5亿元。按可比价格计算，经济总量比上年增长5.2%。", {"5.2%", "1234.5亿元"});
    SPAN_LINKS("全省进出口总额59.5亿美元。财政收入增长3.1%。", {"3.1%", ""});
    SPAN_LINKS("全省进出口总额59.5亿美元。出口额增长3.1%。", {"3.1%", ""});
    SPAN_LINKS("上半年国内生产总值340637亿元，同比增长6.7%。二季度国内生产总值增长1.8%。", {"1.8%", ""});
    SPAN_LINKS("前三季度国内生产总值529971亿元，同比增长6.7%。从环比看，三季度国内生产总值增长1.8%。",
               {"1.8%", ""});
    SPAN_LINKS("前三季度国内生产总值529971亿元。前三季度经济总量同比增长6.7%。", {"6.7%", "529971亿元"});
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
    SPAN_CHANGES("存款余额同比增长15.4%，高于去年同期0.9个百分点。其中，储蓄存款增长13.0%，"
                 "高于1-7月3.0个百分点。贷款增长4.7%，低于上年2.1个百分点。"
                 "工业投资增长8.2%，高于全国2.8个百分点，快于全市平均水平1.5个百分点。",
                 {"0.9个百分点", "15.4%", BL_FIG_CHANGE_UP}, {"3.0个百分点", "13.0%", CHANGED},
                 {"2.1个百分点", "4.7%", BL_FIG_CHANGE_DOWN}, {"2.8个百分点", "", BL_FIG_CHANGE_NONE},
                 {"1.5个百分点", "", BL_FIG_CHANGE_NONE});
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

/* 增速比上年同期高1.3个百分点, 比1-4月低0.5个百分点, 比上月快…: a rate
 * compared with its own value of an earlier period by 比/较 and a bare
 * 高/低/快/慢 before the points is a change of the rate before, as after
 * 高于 (up after 高 and 快, down after 低 and 慢); compared with a place
 * or a whole (比全国高, 比全市规模工业快) it is no change. */
static void test_compared_period_higher(void **state)
{
    (void)state;
    SPAN_CHANGES("工业增加值增长6.2%，增速比上年同期高1.3个百分点。投资增长8.1%，比1-4月低0.5个百分点。"
                 "零售额增长5.5%，较上月慢0.2个百分点，比9月份快0.4个百分点。"
                 "生产总值增长5.1%，比全国高0.7个百分点，比全市规模工业快0.1个百分点。",
                 {"1.3个百分点", "6.2%", BL_FIG_CHANGE_UP}, {"0.5个百分点", "8.1%", BL_FIG_CHANGE_DOWN},
                 {"0.2个百分点", "5.5%", BL_FIG_CHANGE_DOWN}, {"0.4个百分点", "5.5%", BL_FIG_CHANGE_UP},
                 {"0.7个百分点", "", BL_FIG_CHANGE_NONE}, {"0.1个百分点", "", BL_FIG_CHANGE_NONE});
}

/* A gap in points to another place (增速比全省高1.5个百分点, 分别比全国、
 * 全省高1.5和0.9个百分点) is no rate a later change in points is of: the
 * change takes the rate before it; points of contribution (拉动…增长3.4个
 * 百分点) stay a target. */
static void test_gap_points_no_target(void **state)
{
    (void)state;
    SPAN_LINKS("工业增加值增长7.2%，增速比全省高1.5个百分点，比上年同期提高2.0个百分点。"
               "生产总值增长6.8%，增速分别比全国、全省高1.6和0.9个百分点，比上年同期回落0.4个百分点。"
               "第二产业拉动GDP增长3.4个百分点，比去年同期提高0.6个百分点。",
               {"2.0个百分点", "7.2%"}, {"0.4个百分点", "6.8%"}, {"0.6个百分点", "3.4个百分点"});
}

/* A clause that opens with an indicator's rate noun (出口增速比1-5月加快,
 * 进口降幅收窄) names the rate its change in points is of: the nearest
 * rate of the sentence whose words begin with that indicator, not the
 * nearest rate (进口下降3.1% for 出口增速). */
static void test_points_named_rate(void **state)
{
    (void)state;
    SPAN_LINKS("出口增长12.3%，进口下降3.1%，出口增速比1-5月加快1.2个百分点，进口降幅收窄0.8个百分点。",
               {"1.2个百分点", "12.3%"}, {"0.8个百分点", "3.1%"});
    /* no rate of that indicator: the nearest, as before */
    SPAN_LINKS("出口增长12.3%，进口下降3.1%，货物增速比1-5月加快1.2个百分点。", {"1.2个百分点", "3.1%"});
}

/* 高于经济增速0.6个百分点, 低于全省增速…: points after 高于/低于 and
 * another indicator's rate noun are a gap, no change (增速 right before
 * the number is no verb there); a later change in points of the clause
 * after takes the rate before (held-out grammar of rounds 24-25). */
static void test_gap_after_other_rate(void **state)
{
    (void)state;
    SPAN_CHANGES("居民人均可支配收入增长5.8%，高于经济增速0.6个百分点，增速较上年同期回落0.3个百分点。",
                 {"0.6个百分点", "", BL_FIG_CHANGE_NONE}, {"0.3个百分点", "5.8%", CHANGED});
}

/* ---- fig_resp_window: the words before a list of changes, read once ---- */

/* A first change g0 of `t` whose label words are [la, le) and number
 * starts at st. */
static bl_figure window_fig(const char *t, size_t la, size_t le, size_t st)
{
    bl_figure g;
    memset(&g, 0, sizeof g);
    g.text = t;
    g.lab_start = (uint32_t)la;
    g.lab_end = (uint32_t)le;
    g.start = (uint32_t)st;
    g.end = (uint32_t)st;
    return g;
}

/* The byte offset of the n-th (1-based) `word` in t. */
static size_t at_word(const char *t, const char *word, int n)
{
    const char *p = t - 1;
    for (int i = 0; i < n; i++) {
        p = strstr(p + 1, word);
        assert_non_null(p);
    }
    return (size_t)(p - t);
}

static void expect_window(const char *t, size_t ss, size_t cs, size_t la, size_t le, size_t st, bool resp,
                          bool each, size_t from)
{
    bl_figure g = window_fig(t, la, le, st);
    fig_resp r;
    fig_resp_window(t, ss, cs, &g, &r);
    assert_int_equal(r.resp, resp);
    assert_int_equal(r.each, each);
    assert_int_equal(r.from, from);
}

/* The three answers on the sentences that asked for them. */
static void test_resp_window_answers(void **state)
{
    (void)state;
    /* 分别 before the words over a one-base comparison: a list over the
     * rates (resp), not over comparisons (each) */
    const char *t1 = "甲产品产量负增长7.3%，乙产品产量负增长7.0%，降幅分别比1-2月收窄13.1个和13.0个百分点。";
    size_t c1 = at_word(t1, "降幅", 1), l1 = at_word(t1, "收窄", 1), n1 = at_word(t1, "13.1", 1);
    expect_window(t1, 0, c1, l1, n1, n1, true, false, c1);
    /* 分别 over a comparison whose bases are listed with 和: each, not a
     * list over the rates */
    const char *t2 = "比重为24.5%，占比分别较1—9月份和上年同期提高0.1和1.2个百分点。";
    size_t c2 = at_word(t2, "占比", 1), l2 = at_word(t2, "份和", 1), n2 = at_word(t2, "0.1", 1);
    expect_window(t2, 0, c2, l2, at_word(t2, "0.1", 1), n2, false, true, c2);
    /* the list's 、 opened the clause at g0's words: the comparison begins
     * after the ， before them */
    const char *t3 = "零售总额增长13.1%，增速分别较一季度、上半年回落1.4和0.2个百分点。";
    size_t c3 = at_word(t3, "上半年", 1), n3 = at_word(t3, "1.4", 1);
    expect_window(t3, 0, c3, c3, n3, n3, false, true, at_word(t3, "增速", 1));
    /* the comparison of two bases before 分别, 分别 in g0's words */
    const char *t4 = "投资增长20.1%，较去年同期和全年分别回落3.1、2.9个百分点。";
    size_t c4 = at_word(t4, "较", 1), n4 = at_word(t4, "3.1", 1);
    expect_window(t4, 0, c4, c4, n4, n4, true, true, c4);
    /* 分别 with no comparison: resp only */
    const char *t5 = "甲、乙两地出口分别增长12.3%、25.6%。";
    size_t n5 = at_word(t5, "12.3", 1);
    expect_window(t5, 0, 0, 0, n5, n5, true, false, 0);
    /* 分别 further than 96 bytes before the words: none of it */
    const char *t6 = "降幅分别比按可比口径计算的上年同期按可比口径计算的上年同期按可比口径计算的上年同期按可比"
                     "1-2月收窄13.1个百分点。";
    size_t l6 = at_word(t6, "收窄", 1), n6 = at_word(t6, "13.1", 1);
    expect_window(t6, 0, 0, l6, n6, n6, false, false, l6 - 96);
}

/* The readers the window replaced (links.c before fixfig25), kept here as
 * the reference its answers must equal on every text. */
static bool ref_compared_before(const char *t, size_t a, size_t i)
{
    static const char *const noun[] = {"增速", "增幅", "降幅", "增長速度", "增长速度"};
    for (size_t k = 0; k < sizeof noun / sizeof noun[0]; k++)
        if (has_at(t, i, a, noun[k])) {
            a += strlen(noun[k]);
            break;
        }
    if (!has_at(t, i, a, "较") && !has_at(t, i, a, "比") && !has_at(t, i, a, "較"))
        return false;
    for (size_t j = a + 3; j + 3 <= i; j++)
        if (has_at(t, i, j, "和") || has_at(t, i, j, "、") || has_at(t, i, j, "及"))
            return true;
    return false;
}

static bool ref_compared_each(const char *t, size_t a, const bl_figure *g)
{
    for (size_t i = a; i + 6 <= g->lab_end; i++) {
        if (!has_at(t, g->lab_end, i, "分别"))
            continue;
        size_t j = i + 6;
        if (!has_at(t, g->lab_end, j, "较") && !has_at(t, g->lab_end, j, "比") && !has_at(t, g->lab_end, j, "較"))
            return ref_compared_before(t, a, i);
        for (j += 3; j + 3 <= g->start; j++)
            if (has_at(t, g->start, j, "和") || has_at(t, g->start, j, "、") || has_at(t, g->start, j, "及"))
                return true;
        return false;
    }
    return false;
}

static size_t ref_comparison_from(const char *t, size_t ss, size_t from, const bl_figure *g0)
{
    if (from < g0->lab_start || g0->text != t)
        return from;
    size_t a = g0->lab_start;
    while (a > ss && g0->lab_start - a < 96) {
        int k;
        bool sent;
        uint32_t c = cp_before(t, ss, a, &k);
        if (c == CP_BAD || k <= 0 || (is_clause_punct(c, &sent) && c != 0x3001))
            break;
        a -= (size_t)k;
    }
    return a;
}

static void ref_window(const char *t, size_t ss, size_t cs, const bl_figure *g0, fig_resp *r)
{
    bool resp = false;
    for (size_t i = g0->lab_start; i + 6 <= g0->lab_end && !resp; i++)
        resp = has_at(t, g0->lab_end, i, "分别");
    size_t from = cs;
    if (from > g0->lab_start)
        from = g0->lab_start;
    if (g0->lab_start > from + 96)
        from = g0->lab_start - 96;
    for (size_t i = from; !resp && g0->text == t && i + 6 <= g0->lab_start; i++)
        resp = has_at(t, g0->lab_start, i, "分别") && !ref_compared_each(t, i, g0);
    r->resp = resp;
    r->from = ref_comparison_from(t, ss, from, g0);
    r->each = ref_compared_each(t, r->from, g0);
}

/* Texts made of the words the window looks for (and a 4-byte character,
 * so that the 96 bytes may end inside one), g0's offsets, the sentence's
 * and the clause's start anywhere on a character: the window answers as
 * the three readers did, 分别 near and past the 96-byte edge included. */
static void test_resp_window_as_before(void **state)
{
    (void)state;
    static const char *const words[] = {"分别", "较", "比", "較", "和", "、", "及", "，", "。", "；",
                                        "增速", "增长速度", "去年同期", "1-2月", "回落", "甲", "3.1",
                                        "个百分点", " ", "x", "\xF0\xA0\x80\x80", "分", "别"};
    const size_t nw = sizeof words / sizeof words[0];
    uint32_t seed = 25u;
    char t[512];
    size_t bound[128];
    size_t agreed = 0, resp = 0, each = 0;
    for (int round = 0; round < 20000; round++) {
        size_t n = 0, nb = 0;
        bound[nb++] = 0;
        t[0] = '\0';
        size_t count = 8 + (seed = seed * 1103515245u + 12345u) % 60;
        for (size_t i = 0; i < count; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *wd = words[(seed >> 8) % nw];
            size_t len = strlen(wd);
            if (n + len + 1 >= sizeof t || nb + 4 >= sizeof bound / sizeof bound[0])
                break;
            /* every character start is a boundary */
            for (size_t j = 0; j < len; j++)
                if (((unsigned char)wd[j] & 0xC0) != 0x80 && j > 0)
                    bound[nb++] = n + j;
            memcpy(t + n, wd, len + 1);
            n += len;
            bound[nb++] = n;
        }
        size_t pick[5];
        for (int i = 0; i < 5; i++) {
            seed = seed * 1103515245u + 12345u;
            pick[i] = bound[(seed >> 8) % nb];
        }
        /* sentence start <= lab_start <= lab_end, start anywhere after
         * lab_start; the clause's start anywhere */
        size_t ss = pick[0] < pick[1] ? pick[0] : pick[1], la = pick[0] < pick[1] ? pick[1] : pick[0];
        size_t le = pick[2] > la ? pick[2] : la, st = pick[3] > la ? pick[3] : la, cs = pick[4];
        if (round % 4 == 0)
            ss = la; /* (and sentences that begin at the words) */
        bl_figure g = window_fig(t, la, le, st);
        fig_resp got, want;
        fig_resp_window(t, ss, cs, &g, &got);
        ref_window(t, ss, cs, &g, &want);
        if (got.resp != want.resp || got.each != want.each || got.from != want.from)
            fail_msg("%s | ss %zu cs %zu la %zu le %zu st %zu: got %d %d %zu, want %d %d %zu", t, ss, cs, la, le,
                     st, got.resp, got.each, got.from, want.resp, want.each, want.from);
        agreed++;
        resp += want.resp;
        each += want.each;
    }
    /* the texts reach every answer, not only "no" */
    assert_int_equal(agreed, 20000);
    assert_true(resp > 500 && each > 500);
}

/* Held-out round 28 (budget-mdx-county-jan-sep-2023-commas): last
 * year's value written inside the comparison is the base of the change
 * right after it and of every later change of its sentence: 增长6.9% after
 * 比上年同期35,285万元增收2,445万元 is of the current value before the
 * comparison, as 增收 is. */
static void test_base_inside_comparison_then_rate(void **state)
{
    (void)state;
    SPAN_LINKS("一般公共预算收入37,730万元，为预算46,908万元的80.43%，比上年同期35,285万元增收2,445万元，增长6.9%。",
               {"2,445万元", "37,730万元"}, {"6.9%", "37,730万元"});
    SPAN_LINKS("政府性基金收入完成6,222万元，比上年同期8,958万元减收2,736万元，下降30.5%。",
               {"2,736万元", "6,222万元"}, {"30.5%", "6,222万元"});
    /* a value after the comparison that is no base of a change stays a
     * target: 达到 here is the level */
    SPAN_LINKS("收入比上年同期增加，达到120万元，增长20%。", {"20%", "120万元"});
}

/* Held-out round 28 (request-fanwen-drought-funds-trad-pinyin): 少 and 多
 * after a comparison's base written with its value (比x年380.9毫米少72.7毫米)
 * are a change, down or up, of the level before the comparison, not of the
 * base; 多 as a qualifier (5000多畝) and 少 with no comparison are none. */
static void test_less_more_after_base(void **state)
{
    (void)state;
    SPAN_CHANGES("全鎮降水量308.2毫米，比x年380.9毫米少72.7毫米，不足平均降雨的一半。",
                 {"72.7毫米", "308.2毫米", BL_FIG_CHANGE_DOWN}, {"380.9毫米", "", BL_FIG_CHANGE_NONE});
    SPAN_CHANGES("全年降水量900毫米，比上年的800毫米多100毫米。",
                 {"100毫米", "900毫米", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("已插的5000多畝水稻中，有1263畝已經赤泥。", {"1263畝", "", BL_FIG_CHANGE_NONE});
    SPAN_CHANGES("降水量308.2毫米，少72.7毫米。", {"72.7毫米", "", BL_FIG_CHANGE_NONE});
}

/* Round 29 class 1 (stats-district-2021-bulletin-footnotes): a rate
 * written after 同比 or 环比 with no verb, first in its clause
 * (…36935元,同比11.4%), is a change of the value before; its sign says
 * the direction of the value (同比-2.3%); 同比 inside a clause's words
 * (不同比例) or with no clause mark before it is none. */
static void test_bare_comparison_rate(void **state)
{
    (void)state;
    SPAN_CHANGES("现价人均地区生产总值[2]36935元,同比11.4%。",
                 {"11.4%", "36935元", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("工业增加值500亿元，同比-2.3%；环比+0.5%。",
                 {"-2.3%", "500亿元", BL_FIG_CHANGE_UP}, {"0.5%", "500亿元", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("出口50亿元，不同比例12%。", {"12%", "", BL_FIG_CHANGE_NONE});
}

/* Round 29 class 3 (budget-deqin-resettlement-2017-final-accounts): a
 * change after the values of two years named by the same words
 * (2017年度基本支出279万元,2016年度基本支出230万元,2017年比上年基本支出增加
 * 49万元) is of the later year's value, not of the base year's nearer
 * one; a rate likewise.  Years in the other order, or other words after
 * the years, keep the nearest value. */
static void test_change_of_later_year_value(void **state)
{
    (void)state;
    SPAN_CHANGES("2017年度基本支出279万元,2016年度基本支出230万元,2017年比上年基本支出增加49万元,"
                 "2017年项目支出2626万元,2016年项目支出398万元,与上年相比增了2228万元。",
                 {"49万元", "279万元", BL_FIG_CHANGE_UP}, {"2228万元", "2626万元", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("2018年收入500万元，2017年收入400万元，增长25%。", {"25%", "500万元", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("2016年支出230万元，2017年支出279万元，增加49万元。",
                 {"49万元", "279万元", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("2018年收入500万元，2017年支出400万元，增加20万元。",
                 {"20万元", "400万元", BL_FIG_CHANGE_UP});
}


/* Round 30 class 3 (press-jinzhai-2022-bulletin-trad-pinyin 7): a change
 * after 較上年 (traditional 较) and the other comparison words, simplified
 * and traditional, after a level in any unit links like 比上年. */
static void test_round30_compared_traditional(void **state)
{
    (void)state;
    SPAN_CHANGES("油料種植面積4393公頃，較上年減少89公頃；蔬菜瓜果種植面積5647公頃，較上年增加65公頃。",
                 {"89公頃", "4393公頃", BL_FIG_CHANGE_DOWN}, {"65公頃", "5647公頃", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("糧食產量12.5萬噸，較去年增加0.3萬噸。", {"0.3萬噸", "12.5萬噸", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("粮食产量12.5万吨，较去年增加0.3万吨。", {"0.3万吨", "12.5万吨", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("造林面積120公頃，與上年相比增加15公頃。", {"15公頃", "120公頃", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("播种面积300亩，比去年同期减少20亩。", {"20亩", "300亩", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("存欄12.4萬頭，較上年同期增長3.7%。", {"3.7%", "12.4萬頭", BL_FIG_CHANGE_UP});
}

/* Round 30 class 6 (stats-mianchi-2022-middot 10): change verbs, simplified
 * and traditional, that the list lacked (减低, 減緩, 抬升, 走低, 增多 …) link
 * like 降低 and 增加. */
static void test_round30_more_change_verbs(void **state)
{
    (void)state;
    SPAN_CHANGES("规模以上工业增加值增长7.2%，增速比2021年减低2.2个百分点。",
                 {"2.2个百分点", "7.2%", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("規模以上工業增加值增長7.2%，增速比上年減低2.2個百分點。",
                 {"2.2個百分點", "7.2%", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("工业增加值增长7.2%，增速比上年減緩0.5個百分點。", {"0.5個百分點", "7.2%", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("工业增加值增长7.2%，增速比上年放緩0.5個百分點。", {"0.5個百分點", "7.2%", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("居民消费价格上涨2.0%，涨幅比上年抬升0.6个百分点。", {"0.6个百分点", "2.0%", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("居民消费价格上涨2.0%，涨幅比上年走低0.6个百分点。", {"0.6个百分点", "2.0%", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("旅游人数500万人次，比上年增多20万人次。", {"20万人次", "500万人次", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("價格上漲2.0%，漲幅比上年擡升0.6個百分點。", {"0.6個百分點", "2.0%", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("投資500億元，比上年壓縮20億元。", {"20億元", "500億元", BL_FIG_CHANGE_DOWN});
}

/* Round 30 class 7 (stats-susong-2022-cells 105): a change in 万人, 万户 or
 * 万头 after a level written in bare 万 (and the reverse) is of that level. */
static void test_round30_bare_wan_and_its_count(void **state)
{
    (void)state;
    SPAN_CHANGES("截止年末全县户籍人口86.3万，比上年减少0.3万人。", {"0.3万人", "86.3万", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("年末全縣戶籍人口86.3萬，比上年減少0.3萬人。", {"0.3萬人", "86.3萬", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("年末全县户籍人口86.3万人，比上年减少0.3万。", {"0.3万", "86.3万人", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("参保户数12.5万，比上年增加0.4万户。", {"0.4万户", "12.5万", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("生猪出栏45.2万，比上年增加3.1万头。", {"3.1万头", "45.2万", BL_FIG_CHANGE_UP});
    /* another unit after a bare 万: no link */
    SPAN_CHANGES("户籍人口86.3万，比上年减少0.3万吨。", {"0.3万吨", "", BL_FIG_CHANGE_DOWN});
}

/* Round 30 class 2 (audit-donghu-district-2022 16): a change compared with
 * a base written inside the comparison (比上年决算数14.94亿元增长3.0%,
 * 较预算数, 比年初预算, 與上年決算數…相比) is of the level before the
 * comparison, not of the base. */
static void test_round30_base_inside_comparison(void **state)
{
    (void)state;
    SPAN_LINKS("实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，加上上级补助收入13.36亿元。",
               {"3.0%", "15.39亿元"});
    SPAN_LINKS("实际支出24.98亿元，比上年决算数25.10亿元下降0.5%。", {"0.5%", "24.98亿元"});
    SPAN_LINKS("實際完成15.39億元，比上年決算數14.94億元增長3.0%。", {"3.0%", "15.39億元"});
    SPAN_LINKS("税收收入完成8.6亿元，较预算数8.2亿元增长4.9%。", {"4.9%", "8.6亿元"});
    SPAN_LINKS("支出完成120万元，比年初预算100万元增加20万元。", {"20万元", "120万元"});
    SPAN_LINKS("实际完成15.39亿元，与上年决算数14.94亿元相比增长3.0%。", {"3.0%", "15.39亿元"});
    /* a level reached after the change is the change's own target */
    SPAN_LINKS("收入比上年增加10万元达到500万元，增长2%。", {"2%", "500万元"});
}


/* Round 30 class 4 (press-jinzhai 7): 分別較同期增長a%、b%和c% (and 分别比上年
 * 增长, 分別同比增長, 依次增长) over levels listed before it: each change is
 * of its own level, in order. */
static void test_round30_respectively_over_levels(void **state)
{
    (void)state;
    SPAN_LINKS("年末生豬存欄12.4萬頭，牛存欄0.8萬頭，羊存欄4.36萬只，分別較同期增長3.7%、20.5%和27.7%。",
               {"3.7%", "12.4萬頭"}, {"20.5%", "0.8萬頭"}, {"27.7%", "4.36萬只"});
    SPAN_LINKS("年末生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，分别较同期增长3.7%、20.5%和27.7%。",
               {"3.7%", "12.4万头"}, {"20.5%", "0.8万头"}, {"27.7%", "4.36万只"});
    SPAN_LINKS("年末生豬存欄12.4萬頭，牛存欄0.8萬頭，羊存欄4.36萬只，分別同比增長3.7%、20.5%和27.7%。",
               {"3.7%", "12.4萬頭"}, {"20.5%", "0.8萬頭"}, {"27.7%", "4.36萬只"});
    SPAN_LINKS("年末生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，依次增长3.7%、20.5%和27.7%。",
               {"3.7%", "12.4万头"}, {"20.5%", "0.8万头"}, {"27.7%", "4.36万只"});
    SPAN_LINKS("出口120亿元，进口80亿元，分別比上年增長5.1%和3.2%。", {"5.1%", "120亿元"}, {"3.2%", "80亿元"});
}


/* Round 30 class 5 (press-jinzhai 5): changes in points of a ratio's parts
 * named by their short names (一產, 二产, 三产业; 第一产业 as before) link to
 * that part; one that 均 gives to several parts stays of no one value
 * (test_each_of_listed_subjects); 一产品 and 统一产 are no industry. */
static void test_round30_short_industry_names(void **state)
{
    (void)state;
    SPAN_CHANGES("三次產業結構比12.1:44.5:43.4，與2021年相比，一產、三產占比均提高0.1個百分點，二產占比下降0.2個百分點。",
                 {"0.2個百分點", "44.5", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("三次产业结构为9.2:51:39.8，二产占比下降0.2个百分点。", {"0.2个百分点", "51", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("三次产业结构为9.2:51:39.8，其中三产占比提高1.1个百分点。", {"1.1个百分点", "39.8", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("三次产业结构为9.2:51:39.8，一产业比重下降0.3个百分点。", {"0.3个百分点", "9.2", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("三次產業結構為9.2:51:39.8，第三產業比重提高1.1個百分點。", {"1.1個百分點", "39.8", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("三次產業結構比12.1:44.5:43.4，一產、三產占比均提高0.1個百分點。",
                 {"0.1個百分點", "", BL_FIG_CHANGE_UP});
}

/* Round 37 class 2 (stats-yizhang line 1): a list of changes in points
 * whose items keep the measure word 個 and whose unit 個百分點 is written
 * once at the end (分別下降0.2個、下降0.6個、提高0.8個百分點), each item its
 * own verb: every item is points, and the ordinals 第一、二、三 (the later
 * ones without their 第) give each the part of the ratio before. */
static void points_unit(const char *t, const char *span, const char *unit)
{
    bl_figure_list l;
    scan_into(&l, t);
    const bl_figure *f = &l.items[fig_index(&l, t, span)];
    assert_string_equal(f->unit, unit);
    assert_int_equal(f->kind, BL_FIG_POINTS);
    bl_figure_list_free(&l);
}

static void test_round37_points_list_of_ratio_parts(void **state)
{
    (void)state;
    const char *t1 = "三次產業結構比重由上年的12.3:35.4:52.3調整為12.1:34.8:53.1,其中第一、二、三產業增加值占GDP的比重較上年分別下降0.2個、下降0.6個、提高0.8個百分點。";
    SPAN_CHANGES(t1, {"0.2個", "12.1", BL_FIG_CHANGE_DOWN}, {"0.6個", "34.8", BL_FIG_CHANGE_DOWN},
                 {"0.8個百分點", "53.1", BL_FIG_CHANGE_UP});
    points_unit(t1, "0.2個", "個百分點");
    points_unit(t1, "0.6個", "個百分點");
    const char *t2 = "三次产业结构调整为12.1∶34.8∶53.1，其中第一、二、三产业增加值占GDP的比重分别下降0.2个、下降0.6个、提高0.8个百分点。";
    SPAN_CHANGES(t2, {"0.2个", "12.1", BL_FIG_CHANGE_DOWN}, {"0.6个", "34.8", BL_FIG_CHANGE_DOWN},
                 {"0.8个百分点", "53.1", BL_FIG_CHANGE_UP});
    points_unit(t2, "0.6个", "个百分点");
    const char *t3 = "三次产业结构为10.5\uFE3040.2\uFE3049.3，第一、二、三产业比重分别提高0.5、0.3和下降0.8个百分点。";
    SPAN_CHANGES(t3, {"0.5", "10.5", BL_FIG_CHANGE_UP}, {"0.3", "40.2", BL_FIG_CHANGE_UP},
                 {"0.8个百分点", "49.3", BL_FIG_CHANGE_DOWN});
    points_unit(t3, "0.3", "个百分点");
    const char *t4 = "三次产业结构为8:40:52，第二和三产业比重分别下降1.3个和提高1.3个百分点。";
    SPAN_CHANGES(t4, {"1.3个", "40", BL_FIG_CHANGE_DOWN}, {"1.3个百分点", "52", BL_FIG_CHANGE_UP});
    points_unit(t4, "1.3个", "个百分点");
    /* a list of counts keeps its measure word */
    bl_figure_list l;
    const char *t5 = "全市新增企业3个、新建园区2个。";
    scan_into(&l, t5);
    assert_string_equal(l.items[fig_index(&l, t5, "3个")].unit, "个");
    assert_string_equal(l.items[fig_index(&l, t5, "2个")].unit, "个");
    bl_figure_list_free(&l);
}

/* Round 37 class 4 (stats-panji line 1): a change in points of the share
 * of an industry named by its common name, 服务业 (服務業) the third part,
 * 农林牧渔业 the first, links to that part of the ratio before; 生产性服务业
 * (a part of the third) takes no part. */
static void test_round37_industry_named_ratio_part(void **state)
{
    (void)state;
    SPAN_CHANGES("三次产业结构由上年的9.4:66.8:23.8调整为8.3:71.1:20.6,服务业在全区经济中的比重比上年下降3.2个百分点。",
                 {"3.2个百分点", "20.6", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("三次產業結構調整為8.3:71.1:20.6，服務業占GDP比重提高1.5個百分點。",
                 {"1.5個百分點", "20.6", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("三次产业结构为9.4∶30.2∶60.4，其中服务业比重提高0.8个百分点。",
                 {"0.8个百分点", "60.4", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("三次产业结构为12.5:40.1:47.4，农林牧渔业比重下降0.6个百分点。",
                 {"0.6个百分点", "12.5", BL_FIG_CHANGE_DOWN});
    const char *t = "三次产业结构为9.4:30.2:60.4，生产性服务业比重提高0.8个百分点。";
    bl_figure_list l;
    char buf[64];
    scan_into(&l, t);
    assert_string_not_equal(link_of(&l, t, "0.8个百分点", buf, sizeof buf), "60.4");
    bl_figure_list_free(&l);
}

/* Held-out round 31 class 11 (stats-tongliao-2017-trad-pinyin line 6): a
 * change after a value and its conversion into another unit (按…汇率计算为,
 * 折算为, 折合, 约合; a page's readings inside the words) is the value's in
 * the text's own unit, and the converted value and the change take the
 * value's label; a value in another unit with no conversion word (其中…
 * 美元) keeps the change. */
static void test_round31_change_after_conversion(void **state)
{
    (void)state;
    static const struct {
        const char *text, *change, *to, *label;
    } cases[] = {
        {"按常住人口計(jì)算人均地區(qū)生產(chǎn)總值39102元,按2017年平均匯率計(jì)算為5791美元,增長(zhǎng)0.2%。",
         "0.2%", "39102元", "人均地區生產總值增長"},
        {"人均地区生产总值38214元，按2019年平均汇率计算为5686美元，比上年增长6.2%。", "6.2%", "38214元",
         "人均地区生产总值增长"},
        {"全市居民人均可支配收入52000元，折合7800美元，增长8.1%。", "8.1%", "52000元", NULL},
        {"进出口总额1234亿元，约合190亿美元，同比增长5.0%。", "5.0%", "1234亿元", NULL},
        {"人均生产总值45000元，按年均汇率折算为6908美元，增长7.0%。", "7.0%", "45000元", NULL},
        {"出口总额1234亿元，其中对美出口190亿美元，增长5.0%。", "5.0%", "190亿美元", NULL},
        /* reviewer's leftover: 合 opening the clause and 相当于 (相當於) */
        {"全市居民人均可支配收入52000元，合7800美元，增长8.1%。", "8.1%", "52000元", NULL},
        {"人均地区生产总值45000元，相当于6908美元，增长7.0%。", "7.0%", "45000元", NULL},
        {"人均地區生產總值45000元，相當於6908美元，增長7.0%。", "7.0%", "45000元", NULL},
        {"進出口總額1234億元，約合190億美元，同比增長5.0%。", "5.0%", "1234億元", NULL},
        /* 合 inside a word (综合) is no conversion */
        {"营业收入3亿元，综合能耗5万吨标准煤，增长2.0%。", "2.0%", "5万吨标准煤", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bl_figure_list l;
        char buf[64];
        print_message("%s\n", cases[i].text);
        scan_into(&l, cases[i].text);
        assert_string_equal(link_of(&l, cases[i].text, cases[i].change, buf, sizeof buf), cases[i].to);
        if (cases[i].label) {
            const bl_figure *f = &l.items[fig_index(&l, cases[i].text, cases[i].change)];
            assert_non_null(f->label);
            assert_string_equal(f->label, cases[i].label);
        }
        bl_figure_list_free(&l);
    }
    /* the converted value's label is the value's, across the readings of 計(jì)算 */
    const char *t = cases[0].text;
    bl_figure_list l;
    scan_into(&l, t);
    const bl_figure *g = &l.items[fig_index(&l, t, "5791美元")];
    assert_non_null(g->label);
    assert_string_equal(g->label, "人均地區生產總值");
    bl_figure_list_free(&l);
}

/* Round 36 class 3 (census-yangjiang 6): a comparison's base that carries
 * a footnote's mark (①-⑳, [1], 注1, *, ¹) before 相比 or the change is
 * still the base: the changes link to the level, never to the base; when
 * the comparison opens a sentence that holds no other value, to the level
 * of the sentence before (same kind and unit), in both scripts, and
 * through a mojibake's question marks (總？cè）丝？/span>). */
static void test_round36_footnoted_base(void **state)
{
    (void)state;
    SPAN_LINKS("2015年末，全市常住總人口為2511195人。與2010年第六次全國人口普查的總人口2421812人④相比，"
               "五年間共增加89383人，增長3.69%，年平均增長率為0.70%。",
               {"89383人", "2511195人"}, {"3.69%", "2511195人"}, {"0.70%", "2511195人"});
    SPAN_LINKS("全市常住总人口为2511195人。与2010年第六次全国人口普查的总人口2421812人相比，五年间共增加89383人，"
               "增长3.69%。",
               {"89383人", "2511195人"}, {"3.69%", "2511195人"});
    SPAN_LINKS("全市常住总人口为2511195人。与2010年第六次全国人口普查的总人口2421812人[1]相比，增长3.69%。",
               {"3.69%", "2511195人"});
    SPAN_LINKS("全市常住总人口为2511195人。与2010年普查的2421812人注1相比，增加89383人。", {"89383人", "2511195人"});
    SPAN_LINKS("全市常住总人口为2511195人。同2010年普查的2421812人¹相较，增长3.69%。", {"3.69%", "2511195人"});
    SPAN_LINKS("全市常住总人口为2511195人，与2010年普查的2421812人*相比，增长3.69%。", {"3.69%", "2511195人"});
    SPAN_LINKS("实际完成15.39亿元，比上年决算数14.94亿元①增长3.0%。", {"3.0%", "15.39亿元"});
    SPAN_LINKS("實際完成15.39億元，比上年決算數14.94億元［2］增長3.0%。", {"3.0%", "15.39億元"});
    SPAN_LINKS("2015年末，全市常住總？cè）丝？/span>③為2511195人。與2010年第六次全國人口普查的總？cè）丝？/span>"
               "2421812人④相比，五年間共增加89383人，增長3.69%。",
               {"89383人", "2511195人"}, {"3.69%", "2511195人"});
    /* no level of the base's unit in the sentence before: no link; two
     * sentences back is too far */
    SPAN_LINKS("全市共有学校12所。与2010年的2421812人相比，增加89383人。", {"89383人", ""});
    SPAN_LINKS("全市常住总人口为2511195人。全市共有学校12所。与2010年的2421812人相比，增加89383人。",
               {"89383人", ""});
}

/* Round 36 class 4 (census-yangjiang 8): a base inside 與/与/同/較/较…的X
 * (no 相比) right before the change is the comparison's base: the change
 * links to the level before it, as 比2010年…的3.33人减少0.43人 does; with
 * 和…相比 too, and for points (…的45.2%提高1.3个百分点), both scripts. */
static void test_round36_base_after_yu_de(void **state)
{
    (void)state;
    SPAN_LINKS("平均每個家庭戶的人口為3.80人，與2010年第六次全國人口普查的3.54人增加0.26人。", {"0.26人", "3.80人"});
    SPAN_LINKS("平均每个家庭户的人口为3.80人，与2010年第六次全国人口普查的3.54人增加0.26人。", {"0.26人", "3.80人"});
    SPAN_LINKS("平均每个家庭户的人口为3.80人，同2010年第六次全国人口普查的3.54人减少0.26人。", {"0.26人", "3.80人"});
    SPAN_LINKS("平均每個家庭戶的人口為3.80人，較2010年第六次全國人口普查的3.54人增加0.26人。", {"0.26人", "3.80人"});
    SPAN_LINKS("平均每个家庭户的人口为3.80人，和2010年第六次全国人口普查的3.54人相比增加0.26人。",
               {"0.26人", "3.80人"});
    SPAN_LINKS("城鎮化率為46.5%，與2010年第六次全國人口普查的45.2%提高1.3個百分點。", {"1.3個百分點", "46.5%"});
    SPAN_LINKS("城镇化率为46.5%，相较2010年的45.2%提高1.3个百分点。", {"1.3个百分点", "46.5%"});
    SPAN_LINKS("全市常住人口為251萬人，與上年末的248萬人增加3萬人，增長1.2%。", {"3萬人", "251萬人"},
               {"1.2%", "251萬人"});
}

/* Review 39 item 6: when the sentence before holds several levels of the
 * base's unit, the comparison's base names which one it is compared with
 * (与2010年…的总人口2421812人 → 常住总人口, not the part 其中城镇人口);
 * when its words name none of them, no level is taken. */
static void test_review39_compared_level_by_subject(void **state)
{
    (void)state;
    SPAN_LINKS("全县常住总人口为2511195人。其中，城镇人口为1300000人。与2010年第六次全国人口普查的总人口2421812人相比，"
               "增加89383人。",
               {"89383人", "2511195人"});
    SPAN_LINKS("全縣常住總人口為2511195人。其中，城鎮人口為1300000人。與2010年第六次全國人口普查的總人口2421812人相比，"
               "增加89383人。",
               {"89383人", "2511195人"});
    SPAN_LINKS("年末全市户籍人口为86.3万人，其中城镇人口52.1万人。同上年末的户籍人口85.9万人相比，增加0.4万人。",
               {"0.4万人", "86.3万人"});
    SPAN_LINKS("全年粮食总产量为52.3万吨，其中稻谷产量为30.1万吨。与上年的稻谷产量29.5万吨相比，增加0.6万吨。",
               {"0.6万吨", "30.1万吨"});
    /* two levels, the base names neither: none */
    SPAN_LINKS("全县常住总人口为2511195人。其中，城镇人口为1300000人。与2010年的2421812人相比，增加89383人。",
               {"89383人", ""});
}

/* Review 39 item 11: 和 is a conjunction before a figure followed by a
 * comparison's opener (农业和工业总产值达120亿元比较上年增长5%); the
 * opener 相对于 (相對於) and the closer 对比 (對比) frame a base as 与…相比
 * does. */
static void test_review39_framed_base_openers(void **state)
{
    (void)state;
    SPAN_LINKS("全县农业和工业总产值达120亿元比较上年增长5%。", {"5%", "120亿元"});
    SPAN_LINKS("全縣農業和工業總產值達120億元比較上年增長5%。", {"5%", "120億元"});
    SPAN_LINKS("全市粮食和油料总产量达52.3万吨相比上年增长2.1%。", {"2.1%", "52.3万吨"});
    SPAN_LINKS("全市粮食与油料总产量达52.3万吨相比上年末增长2.1%。", {"2.1%", "52.3万吨"});
    SPAN_LINKS("全市农业同工业总产值达120亿元对比2022年增长5%。", {"5%", "120亿元"});
    SPAN_LINKS("全市常住人口为251万人，相对于上年末的248万人，增加3万人。", {"3万人", "251万人"});
    SPAN_LINKS("全市常住人口為251萬人，相對於上年末的248萬人，增加3萬人。", {"3萬人", "251萬人"});
    SPAN_LINKS("全市常住人口为251万人，与上年末的248万人对比，增加3万人。", {"3万人", "251万人"});
    SPAN_LINKS("全市常住人口為251萬人，和上年末的248萬人對比，增加3萬人。", {"3萬人", "251萬人"});
}

/* Review 39 item 14: a span of time before a change (一年间, 兩年間, 十年来,
 * 3年来) names no indicator of its own, whatever its number: the change
 * keeps the level named before. */
static void test_review39_span_of_time(void **state)
{
    (void)state;
    SPAN_LINKS("2022年学前教育在园幼儿再降到4627.5万人，一年间减少177.7万人。", {"177.7万人", "4627.5万人"});
    SPAN_LINKS("2022年學前教育在園幼兒再降到4627.5萬人，兩年間減少177.7萬人。", {"177.7萬人", "4627.5萬人"});
    SPAN_LINKS("2022年全市森林面积达到52.3万公顷，十年来增加8.1万公顷。", {"8.1万公顷", "52.3万公顷"});
    SPAN_LINKS("2022年全市森林面积达到52.3万公顷，3年来增加8.1万公顷。", {"8.1万公顷", "52.3万公顷"});
    SPAN_LINKS("2022年全市森林面积达到52.3万公顷，四年來共增加8.1万公顷。", {"8.1万公顷", "52.3万公顷"});
}

/* figlab45 (round 43 class 8): 9月份为11.4%，10月份比9月份又回落3.2个百分点:
 * the compared month's rate (9月份's 11.4%) is the comparison's base,
 * never the change's link; the change is of the subject month's rate
 * (10月份's 8.2%, written earlier), or of nothing when that rate is not
 * written.  A clause whose subject is the listed rate's own month
 * (9月份为11.4%，比8月份回落) keeps its link. */
static void test_figlab45_compared_month_rate(void **state)
{
    (void)state;
    SPAN_LINKS("10月份，全國規模以上工業企業增加值同比增長8.2%。6月份的增速還保持在16.0%,7月份回落至14.7%,"
               "8月份為12.8%,9月份為11.4%,10月份比9月份又回落3.2個百分點。",
               {"3.2個百分點", "8.2%"});
    SPAN_LINKS("10月份，全国规模以上工业增加值同比增长8.2%，9月份为11.4%，10月份比9月份回落3.2个百分点。",
               {"3.2个百分点", "8.2%"});
    SPAN_LINKS("今年10月份，全国工业增加值增长8.2%。8月份为12.8%，9月份为11.4%，10月份较9月份下降3.2个百分点。",
               {"3.2个百分点", "8.2%"});
    /* the subject month's rate not written: no link */
    SPAN_LINKS("8月份为12.8%，9月份为11.4%，10月份比9月份又回落3.2个百分点。", {"3.2个百分点", ""});
    SPAN_LINKS("8月份為12.8%,9月份為11.4%,10月份比9月份又回落3.2個百分點。", {"3.2個百分點", ""});
    /* not: the listed rate is the subject month's own */
    SPAN_LINKS("8月份为12.8%，9月份为11.4%，比8月份回落1.4个百分点。", {"1.4个百分点", "11.4%"});
    SPAN_LINKS("9月份增速为11.4%，9月份比8月份回落1.4个百分点。", {"1.4个百分点", "11.4%"});
    SPAN_LINKS("10月份工业增加值增长8.2%，比9月份回落3.2个百分点。", {"3.2个百分点", "8.2%"});
}

/* figlab45: the subject month's rate written in the paragraph before (a
 * list holds a document's paragraphs one after another). */
static void test_figlab45_compared_month_rate_paragraph_before(void **state)
{
    (void)state;
    const char *a = "10月份，全国规模以上工业增加值同比增长8.2%，比上年同期回落9.7个百分点。";
    const char *b = "8月份为12.8%，9月份为11.4%，10月份比9月份又回落3.2个百分点。";
    bl_figure_list l;
    bl_figure_list_init(&l, &tu_mem);
    bl_figure_ctx ctx = {3, 7, NULL, NULL, NULL, 0, false};
    assert_int_equal(bl_figures_scan(&l, a, strlen(a), &ctx), BULLETIN_OK);
    size_t rate = l.len - 2; /* 8.2%, then 9.7个百分点 */
    assert_int_equal(l.items[rate].kind, BL_FIG_PERCENT);
    ctx.paragraph = 8;
    assert_int_equal(bl_figures_scan(&l, b, strlen(b), &ctx), BULLETIN_OK);
    const bl_figure *f = &l.items[l.len - 1];
    assert_int_equal(f->kind, BL_FIG_POINTS);
    assert_int_equal(f->link, rate);
    /* another section's 10月份 is not the subject's */
    bl_figure_list_free(&l);
    bl_figure_list_init(&l, &tu_mem);
    assert_int_equal(bl_figures_scan(&l, a, strlen(a), &ctx), BULLETIN_OK);
    ctx.section = 4;
    assert_int_equal(bl_figures_scan(&l, b, strlen(b), &ctx), BULLETIN_OK);
    assert_int_equal(l.items[l.len - 1].link, BL_FIG_NO_LINK);
    bl_figure_list_free(&l);
}

static void test_fig46_named_base_in_comparison(void **state)
{
    (void)state;
    SPAN_LINKS("2018年湖北省年降水量为1076.5毫米,比2017年降水量1309.6毫米少17.8%,比湖北省多年平均年降水量1180.4毫米少8.8%。",
               {"17.8%", "1076.5毫米"}, {"8.8%", "1076.5毫米"});
    SPAN_LINKS("全省地表水资源量834.7亿立方米，比多年平均年地表水资源量1005.6亿立方米少17%。", {"17%", "834.7亿立方米"});
    SPAN_LINKS("2018年全市年降水量為1076.5毫米，比2017年降水量1309.6毫米偏少17.8%。", {"17.8%", "1076.5毫米"});
    /* must not: 比例 opens no comparison; the value before the rate stays */
    SPAN_LINKS("2018年用水量1076.5亿立方米，按比例折算用水量1309.6亿立方米增长17.8%。", {"17.8%", "1309.6亿立方米"});
}

static void test_fig46_ratio_part_against_last_year(void **state)
{
    (void)state;
    SPAN_CHANGES("三次产业比为14.7:30.9:54.4,与上年的15.7:29.6:54.7相比,第二产业占比提升了1.3百分点。",
                 {"1.3百分点", "30.9", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("三次產業比為14.7:30.9:54.4，與上年的15.7:29.6:54.7相比，第三產業占比下降了0.3個百分點。",
                 {"0.3個百分點", "54.4", BL_FIG_CHANGE_DOWN});
    /* must not: with no ratio before the comparison, last year's stays */
    SPAN_CHANGES("上年三次产业比为15.7:29.6:54.7,第二产业占比提升了1.3百分点。",
                 {"1.3百分点", "29.6", BL_FIG_CHANGE_UP});
}

/* figlab47, round 45 class 1: a change after a converted value whose
 * comparison base is given in the converted unit (折合…271.8亿立方米,比常年
 * (293.5亿立方米)偏少7.4%) is the converted value's; with the base in the
 * first value's unit, or no base, the first value's (round 31). */
static void test_figlab47_converted_value_compared_in_its_unit(void **state)
{
    (void)state;
    SPAN_CHANGES("2017年全州年平均降水量960.3毫米，折合年降水总量271.8亿立方米，比常年（293.5亿立方米）偏少7.4%，属平水年。",
                 {"7.4%", "271.8亿立方米", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("全市年平均降水量1050.2毫米，折合年降水总量85.6亿立方米，比上年（80.1亿立方米）增长6.9%。",
                 {"6.9%", "85.6亿立方米", BL_FIG_CHANGE_UP});
    SPAN_CHANGES("全州年平均降水量960.3毫米，折合年降水總量271.8億立方米，比常年（293.5億立方米）偏少7.4%。",
                 {"7.4%", "271.8億立方米", BL_FIG_CHANGE_DOWN});
    /* must not: the base in the head value's unit, or no base */
    SPAN_CHANGES("地表水资源量79.12亿立方米，折合径流深279.6毫米，比常年（99.12亿立方米）偏少20.2%；",
                 {"20.2%", "79.12亿立方米", BL_FIG_CHANGE_DOWN});
    SPAN_CHANGES("全市居民人均可支配收入52000元，折合7800美元，增长8.1%。", {"8.1%", "52000元", CHANGED});
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resp_in_window), cmocka_unit_test(test_resp_absent),
        cmocka_unit_test(test_resp_far),       cmocka_unit_test(test_resp_at_edge),
        cmocka_unit_test(test_resp_past_edge),
        cmocka_unit_test(test_contribution_in_clause), cmocka_unit_test(test_contribution_other_clause),
        cmocka_unit_test(test_contribution_down),
        cmocka_unit_test(test_contribution_influence),
        cmocka_unit_test(test_size_class_no_target),
        cmocka_unit_test(test_one_rate_after_each_list),
        cmocka_unit_test(test_count_of_the_subject),
        cmocka_unit_test(test_each_of_listed_subjects),
        cmocka_unit_test(test_synonym_of_the_level),
        cmocka_unit_test(test_resp_compared_each_listed),
        cmocka_unit_test(test_second_change_in_points),
        cmocka_unit_test(test_than_period),
        cmocka_unit_test(test_compared_each_bases_listed),
        cmocka_unit_test(test_compared_before_each),
        cmocka_unit_test(test_value_under_subject_count_word),
        cmocka_unit_test(test_compared_period_higher),
        cmocka_unit_test(test_gap_points_no_target),
        cmocka_unit_test(test_points_named_rate),
        cmocka_unit_test(test_gap_after_other_rate),
        cmocka_unit_test(test_resp_window_answers),
        cmocka_unit_test(test_resp_window_as_before),
        cmocka_unit_test(test_base_inside_comparison_then_rate),
        cmocka_unit_test(test_less_more_after_base),
        cmocka_unit_test(test_bare_comparison_rate),
        cmocka_unit_test(test_change_of_later_year_value),
        cmocka_unit_test(test_round30_compared_traditional),
        cmocka_unit_test(test_round30_more_change_verbs),
        cmocka_unit_test(test_round30_bare_wan_and_its_count),
        cmocka_unit_test(test_round30_base_inside_comparison),
        cmocka_unit_test(test_round30_respectively_over_levels),
        cmocka_unit_test(test_round30_short_industry_names),
        cmocka_unit_test(test_round31_change_after_conversion),
        cmocka_unit_test(test_round37_points_list_of_ratio_parts),
        cmocka_unit_test(test_round37_industry_named_ratio_part),
        cmocka_unit_test(test_round36_footnoted_base),
        cmocka_unit_test(test_round36_base_after_yu_de),
        cmocka_unit_test(test_review39_compared_level_by_subject),
        cmocka_unit_test(test_review39_framed_base_openers),
        cmocka_unit_test(test_review39_span_of_time),
        cmocka_unit_test(test_figlab45_compared_month_rate),
        cmocka_unit_test(test_figlab45_compared_month_rate_paragraph_before),
        cmocka_unit_test(test_fig46_named_base_in_comparison),
        cmocka_unit_test(test_fig46_ratio_part_against_last_year),
        cmocka_unit_test(test_figlab47_converted_value_compared_in_its_unit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
