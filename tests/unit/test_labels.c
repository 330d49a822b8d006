/* Unit tests of figure labels (src/figures/labels.c): each class of wrong
 * label found by tests/tools/run_labels.py against tests/golden/labels/,
 * one sentence per class, the label of every figure that names an
 * indicator: a table of rows {text, which figures, their labels}, each
 * class one cmocka test. */
#include "test_util.h"

#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures.h"

/* Which figures of a row's text are compared: the listed, labelled ones
 * (not years, dates, ranges nor ages) of a paragraph (SEL_LISTED) or of a
 * title or heading (SEL_HEADING), their labels joined by " / " (after
 * the first `skip` of them); or every
 * figure (SEL_ALL), those of a kind (SEL_KIND) or of a unit (SEL_UNIT),
 * each label as [label], joined by a space. */
enum { SEL_LISTED, SEL_HEADING, SEL_ALL, SEL_KIND, SEL_UNIT };

/* A class's first row names it (the test cmocka reports); the rows after
 * it, up to the next class, are its sentences. */
typedef struct {
    const char *test;
    const char *text, *want;
    int sel, kind;
    const char *unit;
    size_t skip;
} label_row;

/* clang-format off */
#define ROW(test, sel, kind, unit, skip, text, want) {test, text, want, sel, kind, unit, skip}
#define CLASS(name) ROW("test_label_" #name, SEL_LISTED, 0, NULL, 0, NULL, NULL)
#define LABELS(text, want) ROW(NULL, SEL_LISTED, 0, NULL, 0, text, want)
#define LABELS_AFTER(skip, text, want) ROW(NULL, SEL_LISTED, 0, NULL, skip, text, want)
#define HEADING_LABELS(text, want) ROW(NULL, SEL_HEADING, 0, NULL, 0, text, want)
#define ALL_LABELS(text, want) ROW(NULL, SEL_ALL, 0, NULL, 0, text, want)
#define KIND_LABELS(kind, text, want) ROW(NULL, SEL_KIND, BL_FIG_##kind, NULL, 0, text, want)
#define UNIT_LABELS(unit, text, want) ROW(NULL, SEL_UNIT, 0, unit, 0, text, want)
/* clang-format on */

static bool row_selects(const label_row *r, const bl_figure *f)
{
    switch (r->sel) {
    case SEL_ALL: return true;
    case SEL_KIND: return f->kind == r->kind;
    case SEL_UNIT: return !strcmp(f->unit, r->unit) || !strcmp(f->base_unit, r->unit);
    default:
        return bl_figure_is_default(f) && f->kind != BL_FIG_YEAR && f->kind != BL_FIG_DATE &&
               f->kind != BL_FIG_RANGE && strcmp(f->base_unit, "岁");
    }
}

/* Scans the row's text and asserts the labels of the figures it selects. */
static void check_row(const label_row *r)
{
    bool joined = r->sel == SEL_LISTED || r->sel == SEL_HEADING;
    bl_figure_list l;
    bl_figure_list_init(&l, &tu_mem);
    bl_figure_ctx ctx = {1, r->sel == SEL_HEADING ? 0 : 1, NULL, NULL, NULL, 0, false};
    /* a copy of exactly the text's size: under ASan a read past its end fails */
    size_t tn = strlen(r->text);
    char *text = malloc(tn + 1);
    assert_non_null(text);
    memcpy(text, r->text, tn + 1);
    assert_int_equal(bl_figures_scan(&l, text, tn, &ctx), BULLETIN_OK);
    char got[2048];
    size_t n = 0, skip = r->skip;
    got[0] = '\0';
    for (size_t i = 0; i < l.len; i++) {
        const bl_figure *f = &l.items[i];
        if (!row_selects(r, f) || (skip && skip--))
            continue;
        const char *label = f->label ? f->label : "(none)";
        int w = joined ? snprintf(got + n, sizeof got - n, "%s%s", n ? " / " : "", label)
                       : snprintf(got + n, sizeof got - n, "%s[%s]", n ? " " : "", label);
        assert_true(w >= 0 && (size_t)w < sizeof got - n);
        n += (size_t)w;
    }
    bl_figure_list_free(&l);
    free(text);
    if (strcmp(got, r->want))
        print_message("text: %s\n", r->text);
    assert_string_equal(got, r->want);
}

static void test_class(void **state)
{
    for (const label_row *r = (const label_row *)*state + 1; r->text; r++)
        check_row(r);
}

static const label_row rows[] = {

    /* 為, 爲, 達 and the other traditional forms of the linking verbs. */
    CLASS(traditional_copula),
    LABELS("收入總量為233625.05億元，支出總量達282425.05億元。", "收入總量 / 支出總量"),

    /* 2023年中央…: the 中 of 中央 is no mid-year (年中) of the year. */
    CLASS(year_before_zhongyang),
    LABELS("2023年中央一般公共预算收入99566亿元。", "中央一般公共预算收入"),

    /* A, B, C分别为 x, y, z: the subjects of an enumeration distributed over
     * the values, as for changes. */
    CLASS(respectively_levels),
    LABELS("0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。",
           "0-17岁户籍人口 / 18-34岁户籍人口 / 35-59岁户籍人口 / 60岁及以上户籍人口"),
    LABELS("对以上一、二、三等奖分别各奖励1000元、800元、600元。",
           "一等奖奖励 / 二等奖奖励 / 三等奖奖励"),
    /* where the last item's own words end is not known: as before */
    LABELS("作品、计算机软件著作权登记量分别达到398.4万件、228万件。",
           "计算机软件著作权登记量 / 计算机软件著作权登记量"),

    /* 增长率分别为282.67%、190.70%和160.87%: the later values of one indicator
     * (no enumeration of subjects here) share its label. */
    CLASS(enumerated_values),
    LABELS("增长率分别为282.67%、190.70%和160.87%。", "增长率 / 增长率 / 增长率"),
    LABELS("三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。",
           "三次产业对经济增长的拉动贡献 / 三次产业对经济增长的拉动贡献 / "
           "三次产业对经济增长的拉动贡献"),

    /* 比上年末增加, 比上年同期名义增长, 按可比价格计算同比增长: the base and the
     * method of a comparison are no part of the indicator. */
    CLASS(comparison_base),
    LABELS("就业人员76704万人，比上年末增加284万人。", "就业人员 / 就业人员增加"),
    LABELS("全国居民人均可支配收入14063元，比上年同期名义增长8.7%。",
           "居民人均可支配收入 / 居民人均可支配收入名义增长"),
    LABELS("规模以上工业增加值按可比价格计算同比增长6.0%。", "规模以上工业增加值同比增长"),

    /* 占全国幼儿园的比例83.00%, 为预算的99.8%, 是平均数的86.7%: a share of a
     * reference is the share of the indicator before it. */
    CLASS(share_of_reference),
    LABELS("普惠性幼儿园24.47万所，比上年增加1.06万所，占全国幼儿园的比例83.00%，比上年提高3."
           "05个百分点。",
           "普惠性幼儿园 / 普惠性幼儿园增加 / 普惠性幼儿园占全国幼儿园的比例 / "
           "普惠性幼儿园占全国幼儿园的比例提高"),
    LABELS("一般公共预算收入216784.37亿元，为预算的99.8%。",
           "一般公共预算收入 / 一般公共预算收入为预算"),
    LABELS("人均工资性收入8091元，增长8.8%，占可支配收入的比重为57.5%。",
           "人均工资性收入 / 人均工资性收入增长 / 人均工资性收入占可支配收入的比重"),
    LABELS("第一产业就业人员占33.6%。", "第一产业就业人员占比"),

    /* 全國共有, 另有, 加上, 一季度: scope, period and link words before the
     * indicator. */
    CLASS(leading_words),
    LABELS("全國共有幼兒園29.48萬所。另有小學教學點8.36萬個。", "幼兒園 / 小學教學點"),
    LABELS("加上补充中央预算稳定调节基金2851.24亿元。", "补充中央预算稳定调节基金"),
    LABELS("一季度邮政行业寄递业务量累计完成417.3亿件。", "邮政行业寄递业务量"),

    /* 增至, 保持, 原则上, 一般: verbs and adverbs before the value. */
    CLASS(trailing_words),
    LABELS("全国就业人员增至7.67亿人。", "就业人员"),
    LABELS("各单位汇报材料原则上不超过1500字，汇报时间一般不超过6分钟。",
           "各单位汇报材料 / 汇报时间"),

    /* 五项社会保险, 九年义务教育, 二季度, 两年平均: a number in words just
     * before the words is part of the indicator. */
    CLASS(number_in_words),
    LABELS("五项社会保险基金收入合计28909亿元，增长率为20.2%。",
           "五项社会保险基金收入 / 五项社会保险基金收入增长率"),
    LABELS("专任教师1057.19万人，九年义务教育巩固率95.4%。", "专任教师 / 九年义务教育巩固率"),
    LABELS("一季度同比增长6.7%，二季度增长6.7%。", "一季度同比增长 / 二季度增长"),

    /* 邀请1名市政府法律顾问组成员列席会议…: the counted noun after the figure
     * ends where what it does begins. */
    CLASS(counted_noun_ends_at_verb),
    LABELS("邀请1名市政府法律顾问组成员列席会议请市司法局安排并通知参会。", "市政府法律顾问组成员"),
    LABELS("全省14个市州全部完成年度考核指标。", "市州"),

    /* 3. 合肥市教育系统先进集体：4所; 浏览次数:6: a value alone after a colon
     * is the value of the words before it. */
    CLASS(value_after_colon),
    LABELS("3. 合肥市教育系统先进集体：4所；", "合肥市教育系统先进集体"),
    LABELS("发布日期:2010-03-29    浏览次数:6", "浏览次数"),

    /* 按常住人口计算人均地区生产总值为74331元: the method is no part of it. */
    CLASS(method_before_indicator),
    LABELS("按常住人口计算人均地区生产总值为74331元。", "人均地区生产总值"),

    /* 《…实施方案（2023—2025年）》, 1-12月: a range of years or months is a
     * period and names no indicator, unless it is the value of one. */
    CLASS(period_range),
    ALL_LABELS("关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知。"
               "本规划期限为2021—2025年。",
               "[] [] [本规划期限] [本规划期限]"),

    /* 与去年同期相比增长, （含中央预备费500亿元: more comparison bases and the
     * 含 of an inclusion. */
    CLASS(more_bases),
    LABELS("技术合同成交额3053.5亿元，与去年同期相比增长30.3%。",
           "技术合同成交额 / 技术合同成交额增长"),
    LABELS("当年支出结余2850.42亿元（含中央预备费500亿元，未安排使用）。", "支出结余 / 中央预备费"),

    /* 112738.3千公顷（169107.4万亩）: a value in parentheses just after another
     * is the same figure in another unit: its label. */
    CLASS(value_in_parentheses),
    LABELS("全国粮食播种面积112738.3千公顷(169107.4万亩)，比2013年增加782.7千公顷(1174.1万亩)。",
           "粮食播种面积 / 粮食播种面积 / 粮食播种面积增加 / 粮食播种面积增加"),

    /* A和B分别完成x和y，同比分别增长u和v: levels of different units after
     * 分别 take the items in order, and so do the changes of them after a
     * second 分别. */
    CLASS(respectively_units),
    LABELS("邮政行业寄递业务量和邮政行业业务收入分别完成1620亿件和1.5万亿元，同比分别增长16.5%和13."
           "5%。",
           "邮政行业寄递业务量 / 邮政行业业务收入 / 邮政行业寄递业务量同比增长 / "
           "邮政行业业务收入同比增长"),
    LABELS("邮政行业寄递业务量和邮政行业业务收入预计将分别完成1715亿件和1.6万亿元。",
           "邮政行业寄递业务量 / 邮政行业业务收入"),
    LABELS("快递业务量、业务收入分别完成1425亿件和1.3万亿元。", "快递业务量 / 业务收入"),

    /* 0—14岁人口的比重上升 after 0—14岁人口…占17.95%, 第一产业下降 after
     * 三次产业结构为7.7:57.5:34.8: a change whose own words name its
     * indicator takes no other label before them. */
    CLASS(change_names_itself),
    LABELS("0—14岁人口为253383938人，占17.95%"
           "。与2010年第六次全国人口普查相比，0—14岁人口的比重上升1.35个百分点。",
           "0—14岁人口 / 0—14岁人口占比 / 0—14岁人口的比重上升"),
    LABELS("三次产业结构为7.7:57.5:34.8。与上年同期相比，第一产业下降0.3个百分点。",
           "三次产业结构 / 三次产业结构 / 三次产业结构 / 第一产业下降"),

    /* 第一产业实现增加值41.99亿元: 实现 between a subject and its indicator
     * is a verb, no part of either. */
    CLASS(verb_inside),
    LABELS("第一产业实现增加值41.99亿元，增长3.6%。", "第一产业增加值 / 第一产业增加值增长"),
    LABELS("全年计划实现率98.5%。", "计划实现率"),

    /* 电力、热力、燃气及水生产和供应业增长4.3%: the clause begun at a list
     * comma takes the items before it that hold no figure. */
    CLASS(items_before_list_comma),
    LABELS("采矿业增加值同比下降0.4%，制造业增长6.9%，电力、热力、燃气及水生产和供应业增长4.3%。",
           "采矿业增加值同比下降 / 制造业增长 / 电力、热力、燃气及水生产和供应业增长"),
    LABELS("国有企业增长5.0%、集体企业增长0.7%。", "国有企业增长 / 集体企业增长"),

    /* 控制在2.87%, 比重均超过7%, 高于全国2.8个百分点: 控制 and 均 are no
     * part of the indicator; the scope a comparison is made with is. */
    CLASS(more_trailing_words),
    LABELS("年末城镇登记失业率控制在2.87%。", "城镇登记失业率"),
    LABELS("其他省份老年人口比重均超过7%，人均可支配收入均为5000元。",
           "其他省份老年人口比重 / 人均可支配收入"),
    LABELS("地区生产总值同比增长10.2%，高于全国2.8个百分点，低于全省1.5个百分点。",
           "地区生产总值同比增长 / 高于全国 / 低于全省"),

    /* 人口比重在65%以上的省份有13个，在60%以下的省份有3个: a percentage with
     * no words but 在 in a later clause is another value of the percentage
     * before it. */
    CLASS(percent_threshold_again),
    LABELS("15—59岁人口比重在65%以上的省份有13个，在60%以下的省份有3个。",
           "15—59岁人口比重 / 省份 / 15—59岁人口比重 / 省份"),

    /* 增长（以下如无特别说明，均为同比名义增长）7.9%: a remark in parentheses
     * between the verb and the value is no part of the label. */
    CLASS(remark_before_value),
    LABELS("城镇居民人均可支配收入19770元，增长（以下如无特别说明，均为同比名义增长）7.9%。",
           "城镇居民人均可支配收入 / 城镇居民人均可支配收入增长"),

    /* 地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上: a remark
     * in parentheses after a figure is no counted noun; 辖内财政收入迈过千亿大
     * 关，达1330亿元: a value without words takes the subject of the clause
     * before it when that clause holds no figure. */
    CLASS(subject_in_earlier_clause),
    LABELS("地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上。",
           "地区生产总值 / 地区生产总值 / 地区生产总值增长"),
    LABELS("辖内财政收入迈过千亿大关，达1330亿元，增长28.55%。", "辖内财政收入 / 辖内财政收入增长"),

    /* 垃圾焚烧发电、柏润高端制袜等99个项目建成投用: the words before 等 are
     * examples; the counted noun after the figure names it. */
    CLASS(examples_before_count),
    LABELS("垃圾焚烧发电、柏润高端制袜等99个项目建成投用。", "项目"),
    LABELS("延伸抽查区城管局、铜盂镇、海门镇等5个单位。", "单位"),
    LABELS("对丙安乡等10个单位给予表彰。", "单位"),

    /* 连续9年稳步提升: a duration after 连续 is how long what follows it has
     * lasted: its label. */
    CLASS(duration_after_lianxu),
    KIND_LABELS(DURATION, "中国排名位居全球第12位，连续9年稳步提升。", "[稳步提升]"),

    /* 三次产业比例由上年的13.72∶46.43∶39.85调整为12.36∶48.34∶39.3: 由上年
     * is the comparison, and the ratio after 调整为 is the same indicator's. */
    CLASS(ratio_adjusted),
    LABELS("三次产业比例由上年的13.72∶46.43∶39.85调整为12.36∶48.34∶39.3。",
           "三次产业比例 / 三次产业比例 / 三次产业比例 / 三次产业比例 / 三次产业比例 / "
           "三次产业比例"),

    /* 全国人口与2010年第六次全国人口普查的1339724852人相比，增加72053872人，增长
     * 5.38%: the subject before 与…相比 is the changes'. */
    CLASS(subject_before_comparison),
    LABELS("全国人口[6]与2010年第六次全国人口普查的1339724852人相比，增加72053872人，增长5.38%。",
           "第六次全国人口普查 / 全国人口增加 / 全国人口增长"),

    /* 我国大陆31个省、自治区、直辖市, 对全国31个省(区、市): the provinces,
     * named after the count whatever comes before it. */
    CLASS(provinces_after_count),
    LABELS("现将2020年11月1日零时我国大陆31个省、自治区、直辖市（以下简称省份）和现役军人的人口年龄"
           "构成情况公布如下：",
           "省、自治区、直辖市"),
    LABELS("国家统计局根据国家统计局对全国31个省（区、市）农业生产经营户的抽样调查，",
           "省（区、市）"),

    /* 春节假期全国接待游客3亿人次: a holiday is the period of a level, no part
     * of it. */
    CLASS(holiday_period),
    LABELS("春节假期全国接待游客3亿人次。", "接待游客"),
    LABELS("春節假期全國接待游客3億人次。", "接待游客"),

    /* 公路桥梁87.83万座、6063.46万m: a value in another unit after a list
     * comma measures the same indicator (or change) another way. */
    CLASS(other_unit_after_comma),
    LABELS("全国公路桥梁87.83万座、6 063.46万m，比上年增加2.68万座、494.86万m，其中，特大桥梁5 "
           "716座、1 033.23万m，大桥108 344座、2 923.75万m。",
           "公路桥梁 / 公路桥梁 / 公路桥梁增加 / 公路桥梁增加 / 特大桥梁 / 特大桥梁 / 大桥 / 大桥"),

    /* ——税收收入18319万元: the dash that begins a list item is no part of
     * the label. */
    CLASS(dash_before_item),
    LABELS("——税收收入18319万元，增长17.6%。", "税收收入 / 税收收入增长"),

    /* 较上年28899万元增长9.9%: the value compared with is the indicator's
     * in the base period. */
    CLASS(base_value),
    LABELS("全县财政总收入61069万元，较上年53169万元增长14.9%。",
           "财政总收入 / 财政总收入上年 / 财政总收入增长"),

    /* 占调整预算数539267万元的99.6%, 完成预算数31220万元的101.7%: a share of
     * the reference value just before it is the indicator's before that (the
     * base value after it is not taken for the indicator either). */
    CLASS(share_of_reference_value),
    LABELS(
        "全年一般公共预算支出537347万元，占调整预算数539267万元的99.6%，较上年508794万元增长5.6%。",
        "一般公共预算支出 / 调整预算数 / 一般公共预算支出占调整预算数 / 一般公共预算支出上年 / "
        "一般公共预算支出增长"),
    LABELS("全年县级一般公共预算收入31751万元，完成预算数31220万元的101.7%。",
           "县级一般公共预算收入 / 预算数 / 县级一般公共预算收入完成预算数"),

    /* 比多年平均值偏多, 比年初增加: more bases of a comparison, no part of
     * the change's label. */
    CLASS(long_term_base),
    LABELS("全国水资源总量31605.2亿m3，比多年平均值偏多14.0%。", "水资源总量 / 水资源总量偏多"),
    LABELS("62个湖泊年末蓄水总量比年初增加47.5亿m3。", "湖泊 / 湖泊年末蓄水总量增加"),

    /* 705座大型水库和3729座中型水库年末蓄水总量, 62个湖泊年末蓄水总量比年初:
     * a counted noun ends before the 和 of the next count and before the
     * period or base of what is measured of it; the words between two counts
     * are the first one's noun. */
    CLASS(counted_nouns_joined),
    LABELS("全国705座大型水库和3729座中型水库年末蓄水总量比年初增加237."
           "5亿m3。62个湖泊年末蓄水总量比年初增加47.5亿m3。",
           "大型水库 / 中型水库 / 中型水库年末蓄水总量增加 / 湖泊 / 湖泊年末蓄水总量增加"),

    /* 居全省第4位: a rank is labelled with what is ranked (its verb and scope
     * dropped, the kind says it is a rank); a clause of only the verb and
     * scope ranks the figure of the sentence before it. */
    CLASS(rank),
    LABELS("全市规上工业增加值同比增长9.9%，高于全省平均水平2.2个百分点，居全省第4位。",
           "规上工业增加值同比增长 / 高于全省平均水平 / 规上工业增加值同比增长"),

    /* 中国每万人口高价值发明专利拥有量: a leading 中国 is a scope, dropped
     * like 全国 (not when nothing follows it). */
    CLASS(country_scope),
    LABELS("中国每万人口高价值发明专利拥有量达到16件。", "每万人口高价值发明专利拥有量"),
    LABELS("中国国内（不含港澳台）高价值发明专利拥有量达到229.2万件。", "高价值发明专利拥有量"),

    /* Round 4 (held out).  今年前两个月, 去年前2个月, 5月当月: the period
     * before a subject is no part of it (a change's too, when words follow
     * it); 前4个月 is a period, no indicator; a trailing 也 is no word of it. */
    CLASS(period_before_subject),
    LABELS("今年前两个月我国外贸进出口总值5.44万亿元。", "外贸进出口总值"),
    LABELS("今年前两个月我国进出口增速也有20%左右。", "进出口增速"),
    LABELS("受疫情影响，去年前2个月进出口同比下降9.7%。", "进出口同比下降"),
    LABELS("5月当月实现社会消费品零售总额18.7亿元，同比增长7.5%。",
           "社会消费品零售总额 / 社会消费品零售总额同比增长"),
    LABELS("全市经济运行延续前4个月稳中向好的良好态势。", ""),

    /* 对东盟、欧盟、美国、日本分别进出口…: items as long as each other name
     * their indicators whole, for any number of them (and the changes after
     * 同比分别 take them too). */
    CLASS(respectively_equal_items),
    LABELS("我国对东盟、欧盟、美国、日本分别进出口7862亿元、7790.4亿元、7163.7亿元和3492.3亿元，"
           "同比分别增长32.9%、39.8%、69.6%和27.4%。",
           "东盟进出口 / 欧盟进出口 / 美国进出口 / 日本进出口 / 东盟进出口同比增长 / "
           "欧盟进出口同比增长 / 美国进出口同比增长 / 日本进出口同比增长"),

    /* 由2018年6.03张增加到2019年6.30张: both values are the subject's before
     * 由. */
    CLASS(from_to),
    LABELS("每千人口醫療衛生機構床位數由2018年6.03張增加到2019年6.30張。",
           "每千人口醫療衛生機構床位數 / 每千人口醫療衛生機構床位數"),
    LABELS("每千人口床位数由6.03张提高到6.30张。", "每千人口床位数 / 每千人口床位数"),
    /* ages (not listed by labels_in) */
    UNIT_LABELS("岁", "我国居民人均预期寿命由2018年的77.0岁提高到2019年的77.3岁。",
                "[居民人均预期寿命] [居民人均预期寿命]"),

    /* 长三角地区41个城市平均优良天数比例为79.1%: a count inside the label
     * words of the next figure: its noun ends where what is measured of it
     * begins (平均…, 为…), the words before the count are the scope of both. */
    CLASS(count_inside_segment),
    LABELS("长三角地区41个城市平均优良天数比例为79.1%。",
           "长三角地区城市 / 长三角地区城市平均优良天数比例"),
    LABELS("全国339个地级及以上城市平均空气质量优良天数比例为84.6%。",
           "地级及以上城市 / 地级及以上城市平均空气质量优良天数比例"),
    LABELS("现确定扬中市通达商业等26家市场为第四批国家级知识产权保护规范化市场。", "市场"),
    LABELS("全县查处12起违法行为。", "违法行为"),

    /* 按2019年平均汇率计算为5686美元: the indicator before, in another unit. */
    CLASS(converted_value),
    LABELS("人均地区生产总值38214元，按2019年平均汇率计算为5686美元。",
           "人均地区生产总值 / 人均地区生产总值"),

    /* 預計達: the traditional form of 预计, no part of the indicator. */
    CLASS(estimated),
    LABELS("2019年全國衛生總費用預計達65195.9億元。", "衛生總費用"),
    LABELS("2019年全国卫生总费用预计达65195.9亿元。", "卫生总费用"),

    /* 分别 over later clauses: runs of as many values, in a list, of one
     * label that names no subject, take the enumeration's items in order
     * (without 分别 and the base of 比…快); a run that lists subjects of its
     * own is left as it was. */
    CLASS(respectively_later_clauses),
    LABELS(
        "上半年，高技术产业和装备制造业增加值同比分别增长10.2%和8.1%，增速分别比规模以上工业快4."
        "2和2.1个百分点，"
        "占规模以上工业增加值比重分别为12.1%和32.6%，比上年同期提高0.7和1.2个百分点。",
        "高技术产业增加值同比增长 / 装备制造业增加值同比增长 / 高技术产业增加值增速快 / "
        "装备制造业增加值增速快 / 高技术产业增加值占规模以上工业增加值比重 / "
        "装备制造业增加值占规模以上工业增加值比重 / 高技术产业增加值占规模以上工业增加值比重提高 / "
        "装备制造业增加值占规模以上工业增加值比重提高"),

    /* 第二、第三产业…分别回落: changes of the parts of a ratio before them are
     * distributed over the enumeration before 分别 like changes of nothing. */
    CLASS(respectively_ratio_parts),
    LABELS("2015年三次产业结构比为25.72:26.84:47.44，与上年比，第一产业占地区生产总值的比重上升3."
           "82个百分点，"
           "第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。",
           "三次产业结构比 / 三次产业结构比 / 三次产业结构比 / 第一产业占地区生产总值的比重上升 / "
           "第二产业占地区生产总值的比重回落 / 第三产业占地区生产总值的比重回落"),

    /* 报告期间内 is a period; 之间的 after a range and 中 (among) after a
     * counted noun are no words of the indicator (高中 is). */
    CLASS(period_and_among),
    LABELS("报告期间内共完成审计（调查）项目19个。", "审计（调查）项目"),
    LABELS("31个省份中，人口比重在60%—65%之间的省份有15个。", "省份 / 省份"),
    LABELS("全县有3所高中。", "高中"),

    /* 涨幅较1-4月扩大, 增速比一季度加快: a change of the rate of the change
     * before it is its indicator's rate word and verb, the base dropped. */
    CLASS(change_of_rate),
    LABELS("1-5月，全市社会消费品零售总额实现81.7亿元，同比增长3.9%，涨幅较1-4月扩大1.1个百分点。",
           "社会消费品零售总额 / 社会消费品零售总额同比增长 / 社会消费品零售总额涨幅扩大"),
    LABELS(
        "上半年，全国规模以上工业增加值按可比价格计算同比增长6.0%，增速比一季度加快0.2个百分点。",
        "规模以上工业增加值同比增长 / 规模以上工业增加值增速加快"),

    /* Round 5: a level after a verb of change to it (下降到, 再降到) is the
     * level of the indicator before the verb; alone (2022年再降到4627.5万人)
     * it is another value of the indicator before it; a span of time before a
     * change's verb (一年间减少) names no indicator. */
    CLASS(level_after_change_verb),
    LABELS("孕产妇死亡率下降到15.1/10万，婴儿死亡率下降到4.5‰。", "孕产妇死亡率 / 婴儿死亡率"),
    LABELS("2021年学前教育在园幼儿下降到4805.2万人，2022年再降到4627.5万人，一年间减少177.7万人。",
           "学前教育在园幼儿 / 学前教育在园幼儿 / 学前教育在园幼儿减少"),

    /* Round 5: a counted noun ends at the verb of what is done for it
     * (608万名失业人员发放了…, 11.75万户企业建立企业年金), and a period alone
     * before a count (去年全年有206万人享受…) leaves it the words after it. */
    CLASS(counted_noun_before_verb),
    LABELS("全年共为608万名失业人员发放了不同期限的失业保险金，比上年增加93万人。",
           "失业人员 / 失业人员增加"),
    LABELS("全国新开工工程建设项目工伤保险参保率为99%，去年全年有206万人享受工伤保险待遇。",
           "新开工工程建设项目工伤保险参保率 / 享受工伤保险待遇"),

    /* Round 5: a share after a remark in parentheses (其中直流火核电冷却水
     * 482.7亿m3) is the share of the indicator before the remark. */
    CLASS(share_after_remark),
    LABELS("工业用水为968.4亿m3（其中直流火核电冷却水482.7亿m3），占用水总量的16.2%。",
           "工业用水 / 直流火核电冷却水 / 工业用水占用水总量"),

    /* Round 5: a budget's 当年收入 and 当年支出 (beside 总收入) are names: the
     * year stays. */
    CLASS(budget_own_year),
    LABELS("一般公共预算总收入637.58亿元，其中：当年收入292.14亿元，完成预算的101.7%，增长6%。",
           "一般公共预算总收入 / 当年收入 / 当年收入完成预算 / 当年收入增长"),
    LABELS("当年支出526.91亿元。", "当年支出"),

    /* Round 5: 较上一年 is a comparison's base like 较上年. */
    CLASS(base_previous_year),
    LABELS("2023年学前教育在园幼儿较上一年减少534.5万人。", "学前教育在园幼儿减少"),
    LABELS("学前教育在园幼儿4093.0万人，比上一年减少534.5万人。",
           "学前教育在园幼儿 / 学前教育在园幼儿减少"),

    /* Round 6: 分别 over changes takes the changes of the list only (not a
     * later clause's: 实际使用外资同比增长67%); items as long as each other
     * name their changes whole; later items of one word replace the first's
     * last word (收入和支出). */
    CLASS(respectively_list_only),
    LABELS("固定资产投资、社会消费品零售总额、规模工业增加值同比分别增长8%、8.5%、6%；"
           "实际使用外资同比增长67%。",
           "固定资产投资同比增长 / 社会消费品零售总额同比增长 / 规模工业增加值同比增长 / "
           "实际使用外资同比增长"),
    LABELS("国内生产总值增长8.1%，城镇和农村居民人均可支配收入分别增长9%和10.5%。",
           "国内生产总值增长 / 城镇居民人均可支配收入增长 / 农村居民人均可支配收入增长"),
    LABELS("省级一般公共预算收入和支出分别增长12.8%、17.8%，固定资产投资增长11.2%。",
           "省级一般公共预算收入增长 / 省级一般公共预算支出增长 / 固定资产投资增长"),
    /* (a longer later item: where its words begin is not known) */
    LABELS("美国在华发明专利授权、商标注册同比分别增长32.1%和17.3%。",
           "美国在华发明专利授权同比增长 / 商标注册同比增长"),

    /* Round 6: a remark （下同） anywhere in the words, 预计 before them, the
     * verbs of an award or a rank (荣获, 跻身, 位居) dropped; 全体 is no scope
     * (全体居民人均可支配收入) and an award keeps its country (中国质量奖). */
    CLASS(remark_award_rank_verbs),
    LABELS("全年地区生产总值同比(下同)增长4.5%。", "地区生产总值同比增长"),
    LABELS("预计(下同)全年实现生产总值280亿元；全体居民人均可支配收入25977元。",
           "生产总值 / 全体居民人均可支配收入"),
    LABELS("位居全国百强县投资潜力第3，跻身服务业全国10强。全县荣获中国质量奖提名奖2个。",
           "百强县投资潜力 / 服务业 / 中国质量奖提名奖"),

    /* Round 6: a budget's 上年结余 and 上年结转 keep their year; 支出 alone
     * after a 收入 in the sentence is the same budget's (and its change and
     * share of the budget). */
    CLASS(budget_carried_and_pair),
    LABELS("加上调入资金455.3亿元、上年结余115.4亿元、上年结转资金74.2亿元后。",
           "调入资金 / 上年结余 / 上年结转资金"),
    LABELS("2023年全市政府性基金预算收入1,588.8亿元，下降2.6%；支出2,003.1亿元，下降4.4%，"
           "完成调整预算的100.8%。",
           "政府性基金预算收入 / 政府性基金预算收入下降 / 政府性基金预算支出 / "
           "政府性基金预算支出下降 / 政府性基金预算支出完成调整预算"),

    /* Round 6: 累计 and 共计 before a level's verb dropped (not before 结存:
     * a balance); a span of time with 共 before a change's verb dropped. */
    CLASS(cumulative_inside),
    LABELS("其中，疫情防控新闻发布会累计举行151场。", "疫情防控新闻发布会举行"),
    LABELS("基本养老保险基金累计结存63970亿元。", "基本养老保险基金累计结存"),
    LABELS("全县常住人口为188194人，十年共增加2325人。", "常住人口 / 常住人口增加"),

    /* Round 6: a list of single characters in parentheses (乡（镇）, 县（市、
     * 区）) is part of the name before it: of a counted noun, and of the items
     * before a list comma. */
    CLASS(list_in_parentheses),
    LABELS("全县共有8个乡(镇)，各乡(镇)人口分布如下。", "乡(镇)"),
    LABELS("全省共有103个县(市、区)。", "县(市、区)"),
    LABELS("税收返还、转移支付补助及县（市、区）上解收入294.63亿元。",
           "税收返还、转移支付补助及县（市、区）上解收入"),
    LABELS("国家知识产权强县建设试点示范县（市、区）18个，知识产权服务机构1,286家。",
           "国家知识产权强县建设试点示范县（市、区） / 知识产权服务机构"),

    /* Round 6: a name in quotes keeps its opening quote; 按照 before the
     * words dropped; words ending with 了 before a count: the noun after it. */
    CLASS(quote_method_done),
    LABELS("总投资201亿元，其中“三类500强”项目1个、湘商回归项目8个。",
           "总投资 / “三类500强”项目 / 湘商回归项目"),
    LABELS("按照第七次全國人口普查結果的14.12億人進行計算的話，平均每人每月快遞量為6.39個。",
           "第七次全國人口普查結果 / 平均每人每月快遞量"),
    LABELS("李克强共在三次总理记者会上回答了45个问题。", "问题"),

    /* Round 6: 加 (plus) before a budget's added amounts dropped, and 加上解
     * is 加 上解; 报名参加… is one doing of the counted; words before a colon
     * after a count are the next field's name (访问次数:585 来源:…). */
    CLASS(plus_signup_field),
    LABELS("全市一般公共预算支出安排532.2亿元；加上解支出、债务还本支出等63.25亿元，"
           "总支出595.45亿元。",
           "一般公共预算支出安排 / 上解支出、债务还本支出 / 总支出"),
    LABELS("加税收返还和转移支付补助、调入资金等317.56亿元。", "税收返还和转移支付补助、调入资金"),
    LABELS("全国共有1880万人报名参加专业技术人员资格考试，347万人取得资格证书。",
           "报名参加专业技术人员资格考试 / 取得资格证书"),
    LABELS("访问次数:585 来源:水利部网站", "访问次数"),

    /* Round 6: where the text names the city's own budget (市级, 市本级) before
     * or after, 全市 before a budget is part of its name; not otherwise. */
    CLASS(budget_scope_beside_level),
    LABELS("全市一般公共预算收入1,928.9亿元，增长4%。市本级一般公共预算收入938.4亿元，增长2.1%。",
           "全市一般公共预算收入 / 全市一般公共预算收入增长 / 市本级一般公共预算收入 / "
           "市本级一般公共预算收入增长"),
    LABELS("市级一般公共预算总收入2,318.9亿元。全市政府性基金预算收入1,588.8亿元。",
           "市级一般公共预算总收入 / 全市政府性基金预算收入"),
    LABELS("全市一般公共预算收入25.2亿元，同比下降3.3%。",
           "一般公共预算收入 / 一般公共预算收入同比下降"),

    /* Round 7: pinyin readings in parentheses after characters (國(guó),
     * 達(dá)到) are no part of a label, nor do they hide the words around them
     * (達到 trailing, 發(fā)運記錄 the counted noun). */
    CLASS(pinyin_readings),
    LABELS("全國(guó)公共圖書(shū)館總藏量14.4億冊(cè)，同比增長(zhǎng)5.6%。"
           "全國鐵路營業(yè)里程達(dá)到12.4萬km，比2015年增長2.5%。"
           "“義新歐”班列創（chuàng）下了28列的發（fā）運記錄。",
           "公共圖書館總藏量 / 公共圖書館總藏量同比增長 / 鐵路營業里程 / "
           "鐵路營業里程增長 / 發運記錄"),

    /* Round 7: 分別 (traditional) over items; the items before the last as
     * long as each other (three or more) give the last its own words. */
    CLASS(respectively_traditional),
    LABELS(
        "我國對東盟、歐盟、美國、日本進出口分別為3.38萬億元、3.23萬億元、2.82萬億元、1.61萬億元。"
        "我國對越南、土耳其、波蘭、泰國進出口分別增長18.5%、17.1%、13%、10.9%。",
        "東盟進出口 / 歐盟進出口 / 美國進出口 / 日本進出口 / 越南進出口增長 / "
        "土耳其進出口增長 / 波蘭進出口增長 / 泰國進出口增長"),

    /* Round 7: 份 of 1~2月份 after the period's figure, 高於 before a market
     * expectation, 則 before a change's verb, 扣除价格因素 (a method). */
    CLASS(month_expectation_then),
    LABELS("1~2月份纺织业增加值增长6.9%。全國固定資產投資按年增長4.2%，高於市場預期增長3.2%。"
           "房地產開發投資則下降9%。零售总额扣除价格因素实际增长2.4%。",
           "纺织业增加值增长 / 固定資產投資按年增長 / 市場預期增長 / 房地產開發投資下降 / "
           "零售总额实际增长"),

    /* Round 7: 我镇 a scope like 我市; 加上级转移支付收入 is 加 上级…; a remark
     * in parentheses holding a comma before a value; 共 before a verb inside
     * the words. */
    CLASS(town_plus_remark_gong),
    LABELS("2023年我镇共实现税收收入4399万元。全镇一般公共预算收入4402万元，加上级转移支付收入1884"
           "万元。"
           "全省文化(文物)事业财政补助收入(不含基建投入,下同) 279 587 万元。"
           "全国各类文物机构共举办陈列展览3.0万个。",
           "税收收入 / 全镇一般公共预算收入 / 上级转移支付收入 / 文化(文物)事业财政补助收入 / "
           "各类文物机构举办陈列展览"),

    /* Round 7: a count's noun ends at 中有 (41个大类行业中有39个…), the count
     * after 中有 is of what the rest of its clause says, and 为 that
     * ends the words of the next figure is no part of it (31個大城市城鎮調查失業
     * 率為5.1%). */
    CLASS(count_among_and_copula),
    LABELS("41个大类行业中有39个行业增加值保持同比增长。31個大城市城鎮調查失業率為5.1%。",
           "大类行业 / 行业增加值保持同比增长 / 大城市城鎮調查失業率 / 大城市城鎮調查失業率"),

    /* Round 7: a threshold (2亿元以上) just before a count's words is part of
     * what is counted: 引进投资2亿元以上项目18个. */
    CLASS(threshold_in_counted_noun),
    LABELS("引进投资2亿元以上项目18个，总投资201亿元。",
           "引进投资 / 引进投资2亿元以上项目 / 总投资"),

    /* Round 7: counts in relative clauses: 这些问题有21个来自境内媒体 (these
     * questions: the count is of what the words after it say), 另外18个则来自…
     * (则 no part), 在…会上的11个提问中 (words ending with 的 modify the counted
     * noun after the count). */
    CLASS(count_relative_clause),
    LABELS("这些问题有21个来自境内媒体、另外18个则来自国外媒体。在总理记者会上的11个提问中，多数与"
           "疫情有关。",
           "来自境内媒体 / 来自国外媒体 / 提问"),

    /* Round 8: a table written as lines (label unit value, 养老机构床位万张11.3,
     * 社会服务床位数 万张 509.5; the program reads each line alone): the unit
     * between the label and the value is the figure's; a label ending as the unit after its value
     * does (文件106件) keeps it. */
    CLASS(unit_before_value),
    LABELS("养老机构床位万张11.3", "养老机构床位"),
    LABELS("社会服务床位数 万张 509.5", "社会服务床位数"),
    LABELS("镇 个 20113", "镇"),
    LABELS("人事任免文件106件，集体户739户。", "人事任免文件 / 集体户"),

    /* Round 8: 投入 and 带动 before the indicator are verbs (全國共投入研究與試驗
     * 發展經費, 带动水产品产量), not part of its name. */
    CLASS(invest_drive_verbs),
    LABELS("全國共投入研究與試驗發展經費30782.9億元，增長10.1%。",
           "研究與試驗發展經費 / 研究與試驗發展經費增長"),
    LABELS("基础设施不断完善，带动水产品产量197.7万吨、增长4.5%。", "水产品产量 / 水产品产量增长"),

    /* Round 8: 按…计算的 before an indicator is the method of its measure, no
     * part of its name (按研究人员全时工作量计算的人均经费). */
    CLASS(method_of_measure),
    LABELS("按研究人员全时工作量计算的人均经费为48.4万元，比上年下降0.5万元。",
           "人均经费 / 人均经费下降"),

    /* Round 8: 为…提供 names whom a service is for (为儿童提供收养服务的床位数):
     * its 为 is no copula; a copula before other words still goes. */
    CLASS(for_whom_provided),
    LABELS("为儿童提供收养服务的床位数 万张 8.3", "为儿童提供收养服务的床位数"),
    LABELS("收入为120万元。", "收入"),

    /* Round 8: a unit holding 、 between the label and the value (平均标准 元/
     * 人、月 373.3): the clause began at its 、, the label is the words before
     * the unit. */
    CLASS(unit_with_list_comma),
    LABELS("居民最低生活保障平均标准 元/人、月 373.3", "居民最低生活保障平均标准"),

    /* Round 9: 全國 at the head of a label is a scope like 全国 (dropped, with
     * a pinyin reading after it), except before a budget's name, which it is
     * part of (全國一般公共預算收入 beside 中央一般公共預算收入). */
    CLASS(national_scope),
    LABELS("全國基礎研究經費2023.5億元，比上年增長11.4%。", "基礎研究經費 / 基礎研究經費增長"),
    LABELS("全國(guó)文化和旅游事業費1280.4億元。", "文化和旅游事業費"),
    LABELS("全國一般公共預算收入216784.37億元，中央一般公共預算收入99566億元。",
           "全國一般公共預算收入 / 中央一般公共預算收入"),
    LABELS("全国一般公共预算收入216784亿元，全国居民人均可支配收入7184元。",
           "全国一般公共预算收入 / 居民人均可支配收入"),

    /* Round 9: a count that sums up a list of names ends its noun at the 和
     * that adds another item; the title conferred on a count (授予…荣誉称号) is
     * what is counted; 各 before a verb of giving and the currency before an
     * amount are no part of the label. */
    CLASS(list_count_title_each),
    LABELS("南坑街道办事处的东岳、岳北、洋筠6个居委会和洋筠村委会，划归龙文区管辖。", "居委会"),
    LABELS("将芝山镇的古塘、朝阳31个村委会和梧浦村委会在国道324线的西北部分划归龙文区。", "村委会"),
    LABELS("市政府决定授予浪头镇等12个乡镇优胜乡镇荣誉称号，各奖励人民币5万元；"
           "授予郭天彬等71人先进工作者荣誉称号。",
           "优胜乡镇 / 奖励 / 先进工作者"),
    /* (各类 is a name) */
    LABELS("各类文物机构藏品5017.2万件。", "各类文物机构藏品"),

    /* Round 9: 分别 over two items joined by 和 whose shared words a label
     * before names (基礎研究經費所占比重: 經費所占比重 is both items'), and
     * 分别 beginning its clause over the examples before 等 in the clause
     * before it (each item whole). */
    CLASS(respectively_shared_and_examples),
    LABELS("基礎研究經費所占比重為6.57%；應用研究和試驗發展經費所占比重分別為11.3%和82.1%。",
           "基礎研究經費所占比重 / 應用研究經費所占比重 / 試驗發展經費所占比重"),
    LABELS("其中，晚熟桃、葡萄、早中熟梨等应季水果集中上市，分别增长3.6%、3.8%和3.7%。",
           "晚熟桃增长 / 葡萄增长 / 早中熟梨增长"),
    /* no label before names the shared words: as before */
    LABELS("應用研究和試驗發展經費所占比重分別為11.3%和82.1%。",
           "應用研究和試驗發展經費所占比重 / 應用研究和試驗發展經費所占比重"),

    /* Round 9: a ratio of what is shared (按照4:3:3的比例分担) is the verb's
     * 比例; the base of an index (1978=100) is the index named before the
     * parentheses; years without 年 of a range are a period; a figure ending
     * a name in quotes is of the name's words. */
    CLASS(ratio_index_base_quoted),
    LABELS("所需经费由省、市、县三级财政按照4:3:3的比例分担。", "分担比例 / 分担比例 / 分担比例"),
    LABELS("4-3 地区生产总值指数（1978-2010年，1978=100）\n", "地区生产总值指数"),
    LABELS("GROSS DOMESTIC PRODUCT INDEX NUMBER (1978-2010,1978=100)\n",
           "GROSS DOMESTIC PRODUCT INDEX NUMBER"),
    LABELS("长沙出台“制造业高质量发展20条”，率先打造国家智能制造中心。", "制造业高质量发展"),
    /* the range's years (1978-2010, no 年) name no indicator */
    KIND_LABELS(RANGE, "GROSS DOMESTIC PRODUCT INDEX NUMBER (1978-2010,1978=100)\n", "[] []"),

    /* Round 9: 有7个问题直接提到了“疫情”二字: the characters of a quoted word,
     * counted in words (二字, a figure not listed), do not end the noun. */
    CLASS(quoted_word_characters),
    LABELS("在会上的11个提问中，有7个问题直接提到了“疫情”二字。",
           "提问 / 问题直接提到了“疫情”二字"),

    /* Round 10: a pinyin reading inside a word (預(yù)計) no longer leaves its
     * first character (預) when the word's last one (計) was trimmed alone. */
    CLASS(reading_inside_word),
    LABELS("全區(qū)生產(chǎn)總值預(yù)計達到739億元。", "生產總值"),
    LABELS("社會消費品零售總額預(yù)計達(dá)到437億元，年均增長14%。",
           "社會消費品零售總額 / 社會消費品零售總額年均增長"),

    /* Round 10: a multiple of a reference (是“十一五”末的1.6倍) is of the
     * indicator before it, as a share of one is. */
    CLASS(multiple_of_reference),
    LABELS("地区生产总值达到739亿元，是“十一五”末的1.6倍。", "地区生产总值 / 地区生产总值"),
    LABELS("一般公共预算收入92.28亿元，是2010年的近2倍。", "一般公共预算收入 / 一般公共预算收入"),

    /* Round 10: A和B增加值同比分别增长: the last item's own words end where
     * the first item's ending (制造业) ends in it, and 同比 stays with the
     * change's verb. */
    CLASS(respectively_item_ending),
    LABELS(
        "装备制造业和高技术制造业增加值同比分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点。",
        "装备制造业增加值同比增长 / 高技术制造业增加值同比增长 / "
        "装备制造业增加值快于规模以上工业 / 高技术制造业增加值快于规模以上工业"),

    /* Round 10: 降幅比1-6月份收窄: the narrowing of a fall is of the fall's
     * rate (降幅), as 涨幅扩大 of a rise's. */
    CLASS(fall_rate_narrowed),
    LABELS("规模以上工业增加值同比下降0.4%，降幅比1-6月份收窄0.9个百分点。",
           "规模以上工业增加值同比下降 / 规模以上工业增加值降幅收窄"),

    /* Round 10: a count after words ending with 和 or 及 (市本级和108个市直部门)
     * or after words that are a verb (全力抓好60件) counts the noun after it;
     * 投入 alone before an amount is its label. */
    CLASS(count_noun_after_join_verb),
    LABELS("对市本级和108个市直部门及所属397家单位实施审计。", "市直部门 / 单位"),
    LABELS("投入135亿元，全力抓好60件民生实事......报告中，", "投入 / 民生实事"),
    LABELS("投入212.96亿元持续改善城市居住品质。", "投入"),

    /* Round 10: 在 before a date ends a counted noun (3项省级政府性基金在6月30
     * 日前); 前 after the date and 仅将 before a share's words are no part of
     * them; a share whose reference holds a year (占2022年预计规模的77.6%) is
     * the indicator's before it. */
    CLASS(count_before_date_share_year),
    LABELS("对3项省级政府性基金在6月30日前仅将预算安排数的58.46%分配下达问题，已整改。",
           "省级政府性基金 / 预算安排数"),
    LABELS("提前下达金额672.8亿元，占2022年预计规模的77.6%。",
           "提前下达金额 / 提前下达金额占2022年预计规模"),

    /* Round 10: words ending with 的 before a count of 项 (…资金跟踪审计的5项审计
     * 结果, as a hard-wrapped line is joined) modify the noun after it, as
     * before a count of 个; 审计 keeps its 计. */
    CLASS(count_after_de_audit),
    LABELS("拟对综合治理项目资金跟踪审计的5项审计结果（见附件）予以公告。", "审计结果"),
    LABELS("开展资金跟踪审计5项。", "开展资金跟踪审计"),

    /* Round 10 (round 12's texts): 全區 is the traditional 全区, a scope; the
     * items of a list before a clause are taken across pinyin readings
     * (交通運(yùn)輸、倉(cāng)儲(chǔ)和郵(yóu)政業(yè)). */
    CLASS(traditional_scope_list_readings),
    LABELS("全區(qū)服務(wù)業(yè)增加值同比增長(zhǎng)4.4%，交通運(yùn)輸、倉(cāng)儲(chǔ)和郵("
           "yóu)政業(yè)增長(zhǎng)2.5%。",
           "服務業增加值同比增長 / 交通運輸、倉儲和郵政業增長"),

    /* Round 10: a change whose words are only a span and a verb (兩年平均增長)
     * or a verb (增长) after a change of an indicator is that indicator's. */
    CLASS(change_after_change),
    LABELS("全市規模以上工業增加值同比增長11.6%，兩年平均增長7.9%。",
           "規模以上工業增加值同比增長 / 規模以上工業增加值兩年平均增長"),
    LABELS("与2010年第六次全国人口普查相比，汉族人口增加116893人，增长39.07%。",
           "汉族人口增加 / 汉族人口增长"),

    /* Round 32 (stats-county-unnamed-2021m10): a bare 两年平均增长 after a
     * change of an indicator is that indicator's in simplified text too (两年
     * is a figure in words there; 兩年 is not), after a period and a scope
     * or not; a bare 同比增长 after a 两年平均增长 likewise. */
    CLASS(round32_two_year_average_after_change),
    LABELS("1-10月,全县规模以上工业增加值同比增长10.2%,两年平均增长6.1%。",
           "规模以上工业增加值同比增长 / 规模以上工业增加值两年平均增长"),
    LABELS("全县全社会固定资产投资同比增长16.8%,两年平均增长15.5%。全县技改投资增长28.5%。",
           "全社会固定资产投资同比增长 / 全社会固定资产投资两年平均增长 / 技改投资增长"),
    LABELS("全市地区生产总值同比增长8.1%，两年平均增长5.1%，比上半年回落0.2个百分点。",
           "地区生产总值同比增长 / 地区生产总值两年平均增长 / 地区生产总值增速回落"),
    LABELS("全县规模以上工业增加值同比增长10.2%,两年平均增长6.1%,三年平均增长5.0%。",
           "规模以上工业增加值同比增长 / 规模以上工业增加值两年平均增长 / "
           "规模以上工业增加值三年平均增长"),
    LABELS("全县规模以上工业增加值同比增长10.2%,比上月回落1.1个百分点,两年平均增长6.1%。",
           "规模以上工业增加值同比增长 / 规模以上工业增加值增速回落 / "
           "规模以上工业增加值两年平均增长"),
    LABELS("全县一般公共预算收入同比下降3.2%,两年平均下降1.1%。",
           "一般公共预算收入同比下降 / 一般公共预算收入两年平均下降"),
    LABELS("1-10月,全县社会消费品零售总额两年平均增长8.0%,同比增长5.2%。",
           "社会消费品零售总额两年平均增长 / 社会消费品零售总额同比增长"),
    LABELS("全市規模以上工業增加值同比增長11.6%，兩年平均增長7.9%。",
           "規模以上工業增加值同比增長 / 規模以上工業增加值兩年平均增長"),

    /* Review of round 32: any numeral of years before 年平均 is the span of
     * an average as 两年 and 三年 are (四年, 十年, 二十年, 兩年 in words), and
     * 年均: the indicator of the change before it names it. */
    CLASS(review32_any_span_of_average),
    LABELS("社会消费品零售总额同比增长3.2%，四年平均增长5.1%。",
           "社会消费品零售总额同比增长 / 社会消费品零售总额四年平均增长"),
    LABELS("全市规模以上工业增加值同比增长6.2%，十年平均增长8.5%。",
           "规模以上工业增加值同比增长 / 规模以上工业增加值十年平均增长"),
    LABELS("全市規模以上工業增加值同比增長6.2%，二十年平均增長8.5%。",
           "規模以上工業增加值同比增長 / 規模以上工業增加值二十年平均增長"),
    LABELS("全市规模以上工业增加值四年平均增长5.2%，增速比上月加快0.3个百分点。",
           "规模以上工业增加值四年平均增长 / 规模以上工业增加值增速加快"),

    /* Round 32 (stats-quanzhou-2021m11-news): a bare 环比上涨 after 同比上涨
     * of an indicator (or 同比 after 环比) shares its subject, with 上涨 上漲
     * 下降 and in traditional text; the other's base never stays in it. */
    CLASS(round32_mom_after_yoy_shares_subject),
    LABELS("11月,市辖区居民消费价格同比上涨1.8%,环比上涨0.1%。",
           "市辖区居民消费价格同比上涨 / 市辖区居民消费价格环比上涨"),
    LABELS("居民消费价格同比上涨1.8%,环比下降0.3%。", "居民消费价格同比上涨 / 居民消费价格环比下降"),
    LABELS("全省居民消費價格同比上漲1.8%，環比上漲0.1%。",
           "居民消費價格同比上漲 / 居民消費價格環比上漲"),
    LABELS("11月,市辖区居民消费价格环比上涨0.1%,同比上涨1.8%。",
           "市辖区居民消费价格环比上涨 / 市辖区居民消费价格同比上涨"),
    LABELS("社会消费品零售总额环比增长3.2%,同比增长5.0%。",
           "社会消费品零售总额环比增长 / 社会消费品零售总额同比增长"),

    /* Round 32 (stats-quanzhou-2021m11-news): 分别 after only a base (同比,
     * 比上年) in its clause, after a clause of examples before 等, is over
     * those examples, each with the change's verb, simplified and
     * traditional, with 、 or 和 before the last value. */
    CLASS(round32_respectively_after_base_over_examples),
    LABELS("从产量看,光电子器件、太阳能电池(光伏电池)、中成药等呈现可喜发展势头,"
           "同比分别增长57.4%、51.4%、48.6%。",
           "光电子器件增长 / 太阳能电池(光伏电池)增长 / 中成药增长"),
    LABELS("从产量看，集成电路、新能源汽车和工业机器人等产品产量较快增长，同比分别增长30.1%、25.2%和18.6%。",
           "集成电路增长 / 新能源汽车增长 / 工业机器人增长"),
    LABELS("從產量看，積體電路、新能源汽車、工業機器人等保持較快增長，同比分別增長30.1%、25.2%、18.6%。",
           "積體電路增長 / 新能源汽車增長 / 工業機器人增長"),
    LABELS("水泥、钢材、平板玻璃等产品产量下降，比上年分别下降3.1%、2.2%和1.5%。",
           "水泥下降 / 钢材下降 / 平板玻璃下降"),

    /* Round 10: 比2010年第六次全国人口普查减少0.15人: the words after the year
     * of a comparison's base are the base's, no part of the change. */
    CLASS(base_after_year),
    LABELS("平均每个家庭户的人口为2.43人，比2010年第六次全国人口普查减少0.15人。",
           "平均每个家庭户的人口 / 平均每个家庭户的人口减少"),

    /* Round 10: 由…增加为, 由…减少为: the verb of a change to a level with 为,
     * as with 到 and 至; an age before 由 is part of the subject. */
    CLASS(from_to_wei),
    LABELS("文盲人口减少709人，文盲率由1.6%减少为0.98%。", "文盲人口减少 / 文盲率 / 文盲率"),
    LABELS("全区常住人口中，15岁及以上人口的平均受教育年限由10.26年增加至10.97年。",
           "15岁及以上人口的平均受教育年限 / 15岁及以上人口的平均受教育年限"),

    /* Round 11: 第一產(chǎn)業(yè)實(shí)現(xiàn)增加值: a verb between a subject and its
     * indicator is dropped though pinyin readings follow its characters. */
    CLASS(level_verb_with_readings),
    LABELS("第一產(chǎn)業(yè)實(shí)現(xiàn)增加值47.24億元，增長(zhǎng)2.8%。",
           "第一產業增加值 / 第一產業增加值增長"),

    /* Round 11: 夏粮产量14615万吨,减产0.8%: 增产, 减产 (增收, 减收) after a
     * level are its change, as 增长 and 下降 are: the level's label and the
     * verb, whatever the comparison's base (比上年增产). */
    CLASS(output_change_verbs),
    LABELS("夏粮产量14615万吨，减产0.8%；谷物产量64143万吨，比上年增产1.3%。",
           "夏粮产量 / 夏粮产量减产 / 谷物产量 / 谷物产量增产"),

    CLASS(change_names_its_level_otherwise),
    /* the change names the level's indicator in other words (城镇人口 for
     * 居住在城镇的人口): its label is its own words, the level's not said */
    LABELS("居住在城镇的人口为547299人，占94.51%；居住在乡村的人口为31802人，占5.49%。"
           "与2010年第六次全国人口普查相比，城镇人口增加202487人，乡村人口减少66271人，"
           "城镇人口比重提高16.65个百分点。",
           "居住在城镇的人口 / 居住在城镇的人口占比 / 居住在乡村的人口 / 居住在乡村的人口占比"
           " / 城镇人口增加 / 乡村人口减少 / 城镇人口比重提高"),

    /* Round 12: 分别 over changes of different verbs, each after a list mark
     * (内、外贸吞吐量分别下降1.3%和增长5.0%): the items in order, each change
     * with its own verb. */
    CLASS(respectively_changes_own_verbs),
    LABELS("其中进、出口额分别下降2.1%和增长6.3%。", "进口额下降 / 出口额增长"),
    LABELS("其中城镇、农村居民人均消费支出分别增长3.2%、下降0.4%。",
           "城镇居民人均消费支出增长 / 农村居民人均消费支出下降"),

    /* Round 12: 分别 after a verb and a noun over a list of levels in units of
     * one base (亿吨 and 万吨), and the changes after them with verbs of their
     * own: each item with the noun, without the verb (完成). */
    CLASS(respectively_verb_noun),
    LABELS("其中铁路、公路、水路和民航分别完成货运量4.2亿吨、30.1亿吨、8.3亿吨和70万吨，"
           "同比分别增长1.0%、下降2.1%、增长3.2%和下降0.5%。",
           "铁路货运量 / 公路货运量 / 水路货运量 / 民航货运量 / 铁路货运量同比增长 / "
           "公路货运量下降 / 水路货运量增长 / 民航货运量下降"),

    /* Round 12: changes listed after one verb without 分别, as many as the
     * items before it (糧食類、鮮菜類…價格比上月上漲0.3%、12.9%…): each item's,
     * the comparison's base dropped. */
    CLASS(list_changes_without_fenbie),
    LABELS("其中粮食类、鲜菜类、畜肉类价格比上月上涨0.3%、12.9%、0.2%。",
           "粮食类价格上涨 / 鲜菜类价格上涨 / 畜肉类价格上涨"),
    LABELS("衣着类价格上涨1.5%，畜肉类、蛋类下降16.3%、9.9%。",
           "衣着类价格上涨 / 畜肉类下降 / 蛋类下降"),
    /* one value only: the words as before */
    LABELS("粮食类、鲜菜类价格比上月上涨0.3%。", "粮食类、鲜菜类价格上涨"),

    /* Round 12: items as long as each other but for a pinyin reading
     * (水產(chǎn)品類) are alike: each named whole. */
    CLASS(respectively_items_with_readings),
    LABELS("其中糧食類、鮮菜類、鮮果類、水產(chǎn)品類分別上漲1.2%、17.9%、6.7%、1.8%。",
           "糧食類上漲 / 鮮菜類上漲 / 鮮果類上漲 / 水產品類上漲"),

    /* Round 12: 完成 between a subject and a quantity's name ending with 量
     * (港口完成货物吞吐量) is a verb, dropped; not at the end (收入完成).
     * Round 24: before 投资 too (全社会完成投资 -> 全社会投资, as round 24's
     * gold 第一產業完成投資 -> 第一產業投資; round 12 kept it only as before). */
    CLASS(wancheng_inside_volume),
    LABELS("全国港口完成货物吞吐量14.4亿吨，同比增长0.6%。",
           "港口货物吞吐量 / 港口货物吞吐量同比增长"),
    LABELS("铁路完成客运量3.5亿人次。", "铁路客运量"),
    LABELS("一般公共预算收入完成12.3亿元，全社会完成投资5.1亿元。",
           "一般公共预算收入 / 全社会投资"),

    /* Round 12: a paragraph's topic word before its first sentence (人口 年末
     * 全县常住人口, 粮食全年农作物播种面积: the document joins the words across
     * the space) is no part of the label. */
    CLASS(topic_word),
    LABELS("人口 年末全县常住人口94.5万人，比上年末减少0.4万人。", "常住人口 / 常住人口减少"),
    LABELS("粮食全年农作物播种面积327.8万亩。", "农作物播种面积"),
    /* not after the paragraph's start */
    LABELS("其中，人口年末数94.5万人。", "人口年末数"),

    /* Round 12: 2023年中江县: 中 before one character and a place's kind (县,
     * 市, 区 …) begins the place's name, not the year's 年中. */
    CLASS(year_before_zhong_place),
    LABELS("2023年中江县地区生产总值466.14亿元。", "中江县地区生产总值"),

    /* Round 12: a clause begun inside a remark in parentheses that holds a
     * comma (性别比（以女性为100，男性对女性的比例）为107.50): the value after the
     * remark, and the base of the ratio inside it (以女性为100), are of the
     * indicator before the remark; 相比 and a 了 after the verb are no part of
     * a change's label. */
    CLASS(after_remark_with_comma),
    LABELS("总人口性别比（以女性为100，男性对女性的比例）为107.50，与2020年第七次全国人口普查的106."
           "36相比增长了1.14。",
           "总人口性别比 / 总人口性别比 / 第七次全国人口普查 / 总人口性别比增长"),
    LABELS("常住人口性别比（以女性为100，男性对女性的比例）由97.45下降为91.45。",
           "常住人口性别比 / 常住人口性别比 / 常住人口性别比"),

    /* Round 12: 由…调整为 is a change to a level as 减少为 is, across a
     * reading (調(diào)整為), and values listed after 、 look back to the subject
     * before 由. */
    CLASS(from_adjusted_to_list),
    LABELS("產(chǎn)業結構構成由上年的22.26%、28.63%和49.11%調(diào)整為21.35%、27.92%和50.73%。",
           "產業結構構成 / 產業結構構成 / 產業結構構成 / 產業結構構成 / 產業結構構成 / "
           "產業結構構成"),
    LABELS("城乡人口比由40.2%和59.8%调整为41.5%和58.5%。",
           "城乡人口比 / 城乡人口比 / 城乡人口比 / 城乡人口比"),

    /* Round 12: a change whose words are 环比 and its verb, after a clause
     * without figures that ends with 同比持平, is of that clause's subject. */
    CLASS(change_after_level_unchanged),
    LABELS("2023年12月我市居民消费价格总水平同比持平，环比上涨0.4%。",
           "居民消费价格总水平环比上涨"),
    /* a figure in the clause before: that figure's indicator (round 32: a
     * bare 环比上涨 after a change shares its subject) */
    LABELS("工业品出厂价格下降0.3%，同比持平，环比上涨0.4%。",
           "工业品出厂价格下降 / 工业品出厂价格环比上涨"),

    /* Round 12 (held-out round 15): 升 alone and the traditional 擴大 after a
     * level are its change, as 增产 is (進口1.56萬億元,升5.2%). */
    CLASS(rise_after_level),
    LABELS("其中出口2.15萬億元,增長11.2%;進口1.56萬億元,升5.2%;貿易順差5864億元,擴大1.8%。",
           "出口 / 出口增長 / 進口 / 進口升 / 貿易順差 / 貿易順差擴大"),

    /* Round 12 (held-out round 15): a span of months names no indicator: a
     * count of 個 whose noun is 月 (首5個月) and a duration of months before the
     * clause's figure (云南省5个月累计出口电力…); a duration that is the value
     * keeps its words. */
    CLASS(span_of_months),
    LABELS("首5個月,東盟續居第一大交易夥伴。", ""),
    /* the durations, not listed by default */
    UNIT_LABELS("个月", "云南省5个月累计出口电力26.6亿千瓦时。", "[]"),
    UNIT_LABELS("个月", "预审合格专利平均授权周期缩短至3个月左右。",
                "[预审合格专利平均授权周期缩短至]"),

    /* Round 13: items before 分别 that end with one character they share (业)
     * before a longer last one: the last item's own words end where that
     * character does in it (专用设备制造业, then 增加值). */
    CLASS(respectively_shared_last_char),
    LABELS(
        "其中,金属制品业、农副食品加工业、纺织服装服饰业、专用设备制造业增加值同比分别增长43.8%、"
        "18.5%、12.2%、11.9%。",
        "金属制品业增加值同比增长 / 农副食品加工业增加值同比增长 / 纺织服装服饰业增加值同比增长 / "
        "专用设备制造业增加值同比增长"),
    LABELS("化学纤维业、家具制造业、通用设备制造业营业收入分别增长5.1%、3.2%、8.0%。",
           "化学纤维业营业收入增长 / 家具制造业营业收入增长 / 通用设备制造业营业收入增长"),

    /* Round 13: a growth in per cent after a share (X占Y的比重85.9%,同比增长
     * 5.2%) is of the share's subject X, and so is the change of its rate. */
    CLASS(growth_after_share),
    LABELS("全市规模以上民营工业企业实现增加值占规模以上工业增加值的比重85.9%,同比增长5.2%,"
           "增速比1—9月份加快0.5个百分点。",
           "规模以上民营工业企业增加值占规模以上工业增加值的比重 / "
           "规模以上民营工业企业增加值同比增长 / 规模以上民营工业企业增加值增速加快"),
    /* a share's own change in points stays the share's */
    LABELS("高技术制造业增加值占规模以上工业增加值的比重为15.5%,比上年提高0.4个百分点。",
           "高技术制造业增加值占规模以上工业增加值的比重 / "
           "高技术制造业增加值占规模以上工业增加值的比重提高"),

    /* Round 13: 占比63.3%的电力供应业同比增长6.5%: a share that modifies the
     * subject after it (…%的) gives the change after it no label; the
     * change's own words name it. */
    CLASS(change_after_share_modifier),
    LABELS("其中,占比63.3%的电力供应业同比增长6.5%,拉动全区规上工业增长4个百分点。",
           "占比 / 电力供应业同比增长 / 拉动全区规上工业增长"),

    /* Round 18: links.c links no growth to a share named by 比重/占比 (the
     * growth is the subject's): the growth's label is the share's subject, in
     * each form of the share word, and a change of its rate follows it; a net
     * increase of a value drops its copula (凈增額達). */
    CLASS(growth_after_named_share),
    LABELS("民间投资占全部投资的比重为52.3%,增长3.5%。", "民间投资占全部投资的比重 / 民间投资增长"),
    LABELS("工業增加值佔比達40.2%,同比增長8.1%,增速比上月加快0.3个百分点。",
           "工業增加值佔比 / 工業增加值同比增長 / 工業增加值增速加快"),
    LABELS("第三產業增加值達74.69億元,增長7.1%,凈增額達4.90億元。",
           "第三產業增加值 / 第三產業增加值增長 / 第三產業增加值凈增額"),
    LABELS("地区生产总值达120.5亿元,净增额达8.2亿元。", "地区生产总值 / 地区生产总值净增额"),

    /* Round 13: 分别较1—9月份和上年同期提高0.1和1.2个百分点: the bases
     * listed after 较 are no part of the changes' label. */
    CLASS(respectively_bases),
    LABELS("全市规模以上高新技术产业增加值占规模以上工业增加值的比重为24.5%,占比分别较1—9月份和上年"
           "同期提高0.1和1.2个百分点。",
           "规模以上高新技术产业增加值占规模以上工业增加值的比重 / "
           "规模以上高新技术产业增加值占规模以上工业增加值的比重提高 / "
           "规模以上高新技术产业增加值占规模以上工业增加值的比重提高"),

    /* Round 13: 超额完成 (over-fulfilled) before an indicator is a verb, as
     * 完成 is. */
    CLASS(over_fulfilled),
    LABELS("發生重污染60天次,同比減少58%,超額完成PM2.5平均濃度同比下降2%的改善目標。",
           "發生重污染 / 發生重污染同比減少 / PM2.5平均濃度同比下降"),
    LABELS("超额完成全年进出口总额350亿元的目标。", "进出口总额"),

    /* Round 13: 最低的3個城市依次是北京、廊坊和長治,分別為47、55和55微克/立方米:
     * the counted noun ends at 依次, and 分别 beginning its clause takes the
     * items listed after 依次是 in the clause before. */
    CLASS(in_turn_listed),
    LABELS("PM2.5平均濃度最低的3個城市依次是北京、廊坊和長治,分別為47、55和55微克/立方米。",
           "城市 / 北京 / 廊坊 / 長治"),
    LABELS("进出口额居前三位的国家依次为美国、日本和韩国,分别为120亿元、98亿元和75亿元。",
           "美国 / 日本 / 韩国"),

    /* Round 13: 分别 beginning its clause after an enumeration that ends the
     * clause before, after its last 的 (人口增长较多的茄子溪街道、春晖路街道和
     * 八桥镇,分别增加…): the items in order. */
    CLASS(respectively_items_after_de),
    LABELS("人口增长较多的茄子溪街道、春晖路街道和八桥镇,分别增加12200、23054和79349人。",
           "茄子溪街道增加 / 春晖路街道增加 / 八桥镇增加"),

    /* Round 13: 累計結(jié)存 with the readings of 結存: 累计 before a balance
     * stays, at the head of the words and inside them. */
    CLASS(cumulative_balance_readings),
    LABELS("統(tǒng)籌基金當期結(jié)存6324.93億元,累計結(jié)存42639.89億元;個人賬戶累計結(jié)"
           "存13712.65億元。",
           "統籌基金當期結存 / 累計結存 / 個人賬戶累計結存"),

    /* Round 13: awards (round 16's texts): a reading after a count's unit
     * (14個(gè)先進(jìn)集體) is no part of the noun after it, which ends at 进行
     * (進(jìn)行 with its reading too) and at the opening quote of a title
     * conferred (19个单位“…先进单位”称号). */
    CLASS(award_counts),
    LABELS("決定對在創(chuàng)建工作中取得顯著成績的14個(gè)先進(jìn)集體和25名先進(jìn)個(gè)人進("
           "jìn)行表彰。",
           "先進集體 / 先進個人"),
    LABELS("授予自治区农牧厅等19个单位“中国(宁夏)园艺博览会重大活动组织服务先进单位”称号。",
           "单位"),
    LABELS("对32名同志进行通报表扬。", "同志"),
    /* the verb after 并各 is the amount's */
    LABELS("分别颁发荣誉证书并各奖励1000元。", "奖励"),

    /* Round 13: ranks after 分别 over a list take the items in order, each
     * whole (引进内资、消费品零售总额分别列全市第9位和第8位). */
    CLASS(respectively_ranks),
    LABELS("引进内资、消费品零售总额分别列全市第9位和第8位。", "引进内资 / 消费品零售总额"),

    /* Round 13: changes listed after 分别 without words of their own, of
     * levels of other labels (出口24.9万吨,创汇5.7亿美元,同比分别增长18.4%和
     * 25.9%; a multiple too, 48.9%和1.02倍): each its own level's label and
     * the words of the change before it. */
    CLASS(listed_changes_of_levels),
    LABELS("全省农产品出口24.9万吨,创汇5.7亿美元,同比分别增长18.4%和25.9%。",
           "农产品出口 / 创汇 / 农产品出口同比增长 / 创汇同比增长"),
    LABELS("出口化肥73.4万吨,创汇3亿美元,同比分别增长48.9%和1.02倍。",
           "出口化肥 / 创汇 / 出口化肥同比增长 / 创汇同比增长"),
    LABELS("全年共发生生产安全事故152起，死亡97人，分别下降9.5%和6.7%。",
           "发生生产安全事故 / 死亡 / 发生生产安全事故下降 / 死亡下降"),

    /* Round 13: 与 (with) before a partner of trade is part of the name
     * (與東盟貿易總值), not a join dropped. */
    CLASS(trade_with),
    LABELS("首5個月,東盟續居中國第一大交易夥伴,與東盟貿易總值為2.77萬億元,增長10.8%。",
           "與東盟貿易總值 / 與東盟貿易總值增長"),

    /* Round 14: a change that names its level's indicator, the words holding
     * pinyin readings (衛(wèi)生監(jiān)督所): compared with the level's label
     * past the readings, the label is said once. */
    CLASS(change_names_level_with_readings),
    LABELS("衛(wèi)生監(jiān)督所(中心)2936個。與2020年3月底比較,衛(wèi)生監(jiān)督所(中心)"
           "減少59個。",
           "衛生監督所(中心) / 衛生監督所(中心)減少"),

    /* Round 14: ranks that move (分别由去年的20位、第7位上升为今年的11位、第5位)
     * after a clause listing what is ranked (如地区生产总值、规模以上企业利税增速
     * 在全市排位): each run of ranks takes the items in order, whole, without
     * the rank's scope (在全市排位). */
    CLASS(respectively_ranks_moving),
    LABELS("几项主要经济指标,如地区生产总值、规模以上企业利税增速在全市排位,"
           "分别由去年的20位、第7位上升为今年的11位、第5位。",
           "地区生产总值 / 规模以上企业利税增速 / 地区生产总值 / 规模以上企业利税增速"),

    /* Round 14: a counted noun ends where what it does begins: 组成 at the
     * end of its clause (由34個界別組成; not 顾问组成员), 介绍 (60多個部門介紹情況). */
    CLASS(count_noun_composed_briefing),
    LABELS("政協由34個界別組成,涉及政黨等方面。王國慶說,聽取60多個部門介紹情況。", "界別 / 部門"),
    LABELS("1名市政府法律顾问组成员列席会议。", "市政府法律顾问组成员"),

    /* Round 14: 已 before a verb and after a subject (已收集1400多個問題,
     * 醫療衛生機構已超102萬): no part of the label; a verb alone before a
     * count is named by the counted noun. */
    CLASS(already),
    LABELS("王國慶說,已收集1400多個問題。全國醫療衛生機構已超102萬個。", "問題 / 醫療衛生機構"),

    /* Round 14: a headline of two phrases, the first ending with 公报发布 (its
     * space dropped with the title's readings: 統計公報發布醫保基金累計結存):
     * the figure's label is in the last; not 公报发布会. */
    CLASS(headline_phrases),
    LABELS("2022年醫療保障事業發展統計公報發布醫保基金累計結存4.26萬億元", "醫保基金累計結存"),
    LABELS("統計公報發(fā)布 全省糧食產量300萬噸。", "糧食產量"),
    LABELS("统计公报发布会召开场次3场。", "统计公报发布会召开场次"),

    /* Round 14: a rate word alone after a level (總值超過(guò)134萬(wàn)億元,增速達到
     * 5%) takes the level's label, its linking verb trimmed. */
    CLASS(rate_after_level_copula),
    LABELS("全年國內生產(chǎn)總值超過(guò)134萬(wàn)億元,增速達到5%,在世界主要經(jīng)"
           "濟體中名列前茅。",
           "國內生產總值 / 國內生產總值增速"),

    /* Round 14: a value of another month compared with (並高於4月的1.5%, 低於
     * 市場預期升4.3%及4月的8.4%) is the change's before the comparison, its
     * base (按年, 同比) left out. */
    CLASS(compared_month_value),
    LABELS("其中出口3023.5億元,增長7.6%,高於市場預期增長5.7%,並高於4月的1.5%。"
           "進口2197.3億元,按年升1.8%,低於市場預期升4.3%及4月的8.4%。",
           "出口 / 出口增長 / 市場預期增長 / 出口增長 / 進口 / 進口按年升 / 市場預期升 / 進口升"),

    /* Round 14: 與去年增長10.9%: last year after 与 is the base of the
     * comparison, no period of the change. */
    CLASS(base_last_year_with),
    LABELS("全縣油料播種面積34.68萬畝,產量3.78萬噸,與去年增長10.9%。",
           "油料播種面積 / 產量 / 產量增長"),

    /* Round 18: an age in 周岁 before the subject (60周岁及以上老年人口) is part
     * of its indicator, as one in 岁 is, and of its share's (the ages' own
     * labels are empty). */
    CLASS(age_in_full_years),
    LABELS("全国60周岁及以上老年人口31031万人,占总人口的22.0%,其中65周岁及以上老年人口22023万人。",
           "60周岁及以上老年人口 / 60周岁及以上老年人口占总人口 /  / 65周岁及以上老年人口"),

    /* Round 18: 當年 (traditional) leads as 当年 does; a count whose words are
     * only a verb of addition (當年新增1564戶) after a level of the same unit
     * is that level's indicator's addition. */
    CLASS(traditional_year_and_addition),
    LABELS("當年新登記各類企業547戶。2021年末個體戶17509戶,當年新增1564戶。",
           "新登記各類企業 / 個體戶 / 個體戶新增"),

    /* Round 18: a value after 连续N年 and a verb only (失业率连续5年控制在4.1%
     * 以内) is the indicator's the span took. */
    CLASS(value_after_span_verb),
    LABELS("城镇登记失业率连续5年控制在4.1%以内。", "城镇登记失业率 / 城镇登记失业率"),

    /* Round 18: 为多年最低的3.9%: a superlative after 为 remarks on the value,
     * no part of the indicator. */
    CLASS(superlative_remark),
    LABELS("2017年末城镇登记失业率为多年最低的3.9%。", "城镇登记失业率"),

    /* Round 18: 将 (will) before the verb trails as 预计 does
     * (吸纳就业占比将超过50%). */
    CLASS(future_jiang_trailing),
    LABELS("第三产业吸纳就业占比将超过50%。", "第三产业吸纳就业占比"),

    /* Round 18: 拉動GDP增長4.0個百分點 after a growth: a contribution names its
     * own indicator, not a change of the growth's. */
    CLASS(contribution_own_words),
    LABELS("第三產業增加值達74.69億元,增長7.1%,拉動GDP增長4.0個百分點。",
           "第三產業增加值 / 第三產業增加值增長 / 拉動GDP增長"),

    /* Round 18: a comparison's base ending a level's words (占比較上年4.93個
     * 百分點, its verb missing) is no part of the indicator. */
    CLASS(trailing_base),
    LABELS("第二產業增加值占比較上年4.93個百分點。", "第二產業增加值占比"),

    /* Round 18: 分別拉動經濟增長1.74個、3.22個、4.0個百分點: values listed
     * with their unit shortened (個 for 個百分點) share the label. */
    CLASS(listed_unit_shortened),
    LABELS("分別拉動經濟增長1.74個、3.22個、4.0個百分點。",
           "拉動經濟增長 / 拉動經濟增長 / 拉動經濟增長"),

    /* Round 15: 稳定在 before a level (參保率穩(wěn)定在95%以上, readings too)
     * is its verb, as 保持 and 控制在 are. */
    CLASS(stable_at),
    LABELS("参保率稳定在95%以上。", "参保率"),
    LABELS("參保率穩(wěn)定在95%以上。", "參保率"),

    /* Round 15: a count whose noun runs into what is measured of it: air
     * quality (339个地级及以上城市空气质量平均优良天数比例) as 平均 ends it. */
    CLASS(count_noun_air_quality),
    LABELS("全国339个地级及以上城市空气质量平均优良天数比例为81.4%。",
           "地级及以上城市 / 地级及以上城市空气质量平均优良天数比例"),

    /* Round 15: a count of things whose measure passes a threshold
     * (6大类商品出口过亿, 12个项目投资超亿): the threshold and what passes it
     * are no part of the noun. */
    CLASS(count_over_threshold),
    LABELS("全省6大类商品出口过亿。", "商品"),
    LABELS("全县12个项目投资超亿元。", "项目"),

    /* Round 15: a growth in times listed after one in per cent (同比分别增长40%
     * 和1.2倍) is a change of its own level as the first is of its, both
     * levels of one label. */
    CLASS(listed_multiple_after_percent),
    LABELS("硫磺进口78万吨、1.4亿美元，同比分别增长40%和1.2倍。",
           "硫磺进口 / 硫磺进口 / 硫磺进口同比增长 / 硫磺进口同比增长"),

    /* Round 15: 从环比看 (從環比看) before a clause whose change names only
     * its verb (2月份比上月增长0.61%): the change is one of 环比. */
    CLASS(month_on_month_topic),
    LABELS("规模以上工业增加值同比增长8.6%。从环比看，2月份比上月增长0.61%。",
           "规模以上工业增加值同比增长 / 环比增长"),
    LABELS("從環比看，2月份比上月下降0.5%。", "環比下降"),

    /* Round 15 (held-out round 19): the remark of an abbreviation in
     * parentheses inside a label (规模以上工业(以下简称"规上工业")发电量) is
     * no part of it, as （下同） is not. */
    CLASS(abbreviation_remark),
    LABELS("11月，规模以上工业(以下简称\"规上工业\")发电量7495亿千瓦时，同比增长0.9%。",
           "规模以上工业发电量 / 规模以上工业发电量同比增长"),
    LABELS("全市规模以上工业（简称规上工业）增加值增长5%。", "规模以上工业增加值增长"),

    /* Round 15 (held-out round 19): 末 after a month's date (3月末城鎮登記失業率)
     * is the period's, no part of the label, as 年末 is not. */
    CLASS(month_end),
    LABELS("3月末城鎮登記失業率為1.5%，同比下降0.7個百分點。",
           "城鎮登記失業率 / 城鎮登記失業率同比下降"),
    LABELS("3月末城镇登记失业率为1.5%。", "城镇登记失业率"),

    /* Round 15 (held-out round 19): 全省 before a budget's name stays where
     * the sentence names the local part of it after (全省一般公共预算收入…，
     * 其中地方一般公共预算收入…), as 全国 beside 中央 does; readings too. */
    CLASS(province_budget_beside_local),
    LABELS("全省一般公共预算收入同比增长26.7%，其中地方一般公共预算收入增长20.1%。",
           "全省一般公共预算收入同比增长 / 地方一般公共预算收入增长"),
    LABELS("全省一般公共預(yù)算收入同比增長26.7%,其中地方一般公共預(yù)算收入增長20.1%。",
           "全省一般公共預算收入同比增長 / 地方一般公共預算收入增長"),
    LABELS("全省一般公共预算收入同比增长26.7%。", "一般公共预算收入同比增长"),

    /* round 20: 负增长 (a fall written as growth) is a change verb: a change of
     * its rate drops it with the 负 (降幅比1-2月收窄 -> 固定资产投资降幅收窄, not
     * 固定资产投资负降幅收窄) and a rate verb alone after it is the fall's
     * (收窄9.4个百分点 -> 项目投资降幅收窄, not 项目投资负增长收窄). */
    CLASS(negative_growth),
    LABELS("固定资产投资负增长24.1%,降幅比1-2月收窄13.1个百分点。",
           "固定资产投资负增长 / 固定资产投资降幅收窄"),
    LABELS("其中,项目投资负增长24.6%,收窄9.4个百分点。", "项目投资负增长 / 项目投资降幅收窄"),
    LABELS("其中，項目投資負增長24.6%，收窄9.4個百分點。", "項目投資負增長 / 項目投資降幅收窄"),
    /* (a growth's rate verb alone: as before) */
    LABELS("其中,项目投资增长24.6%,加快9.4个百分点。", "项目投资增长 / 项目投资增长加快"),

    /* round 20: 占4.79%.教育系統管理的體育場地66.05萬個: a sentence ended with an
     * ASCII full stop; a label never starts with punctuation. */
    CLASS(ascii_full_stop),
    LABELS("體育系統管理的體育場地2.13萬個,占1.29%.教育系統管理的體育場地66.05萬個,占38.98%.",
           "體育系統管理的體育場地 / 體育系統管理的體育場地占比 / 教育系統管理的體育場地 / "
           "教育系統管理的體育場地占比"),

    /* round 20: the words of a comparison's base are no part of a label: the
     * base's period (较上年四季度, 比上年全年) and the base of a contribution
     * after 高于 (上拉 names its indicator, as 拉动 does). */
    CLASS(base_period_and_pull),
    LABELS("工业增加值同比增长8.0%,增速较上年四季度提高0.9个百分点。",
           "工业增加值同比增长 / 工业增加值增速提高"),
    LABELS("1~2月規模以上工業企業成本費用利潤率7.3%,比上年全年提高0.5個百分點。",
           "規模以上工業企業成本費用利潤率 / 規模以上工業企業成本費用利潤率提高"),
    LABELS("第一产业增加值27.5亿元,增长3.4%,高于全省0.1个百分点,"
           "上拉地区生产总值增速0.5个百分点。",
           "第一产业增加值 / 第一产业增加值增长 / 高于全省 / 上拉地区生产总值增速"),

    /* round 20: a share after a growth and no level (工业增加值同比增长8.0%,…,
     * 占GDP的比重为26.2%) is the growth's indicator's, past the clauses of its
     * rate (较上年四季度 no figure of its own); not over items (分别为). */
    CLASS(share_after_growth),
    LABELS("工业增加值同比增长8.0%,增速较上年四季度提高0.9个百分点,拉动经济增长2.0个百分点,"
           "占GDP的比重为26.2%;其中制造业增加值同比增长7.6%,占GDP的比重为13.6%。",
           "工业增加值同比增长 / 工业增加值增速提高 / 拉动经济增长 / 工业增加值占GDP的比重 / "
           "制造业增加值同比增长 / 制造业增加值占GDP的比重"),

    /* Round 15: X中共有Y (全区常住人口中共有家庭户172869户): the count or level
     * of Y among X is Y's, the words before 中共有 its scope (not 中共党员). */
    CLASS(among_all_there_are),
    LABELS("全区常住人口中共有家庭户172869户，家庭户人口为501694人。", "家庭户 / 家庭户人口"),
    LABELS("全县中共党员12000名。", "中共党员"),

    /* Round 17 (held-out round 22, class 7): items whose names hold 、 are
     * listed with commas (农副食品加工业,计算机、通信和其他电子设备制造业,…,
     * 专用设备制造业增加值分别同比增长): each change takes its own item. */
    CLASS(respectively_comma_items),
    LABELS("重点行业中，食品制造业，计算机、通信和其他电子设备制造业，汽车制造业增加值分别同比增长"
           "10.2%、67.4%、42.0%。",
           "食品制造业增加值同比增长 / 计算机、通信和其他电子设备制造业增加值同比增长 / "
           "汽车制造业增加值同比增长"),
    LABELS("其中,纺织业,电力、热力生产和供应业,汽车制造业增加值分别为1.2亿元、3.4亿元、5.6亿元。",
           "纺织业增加值 / 电力、热力生产和供应业增加值 / 汽车制造业增加值"),

    /* Round 17 (held-out round 22, class 12): 合计 and 总计 after a bare 收入
     * or 支出 (本年收入合计, 收入总计) are part of the total's name, not
     * linking verbs, and 本年 before them stays (as 当年收入); a longer name
     * keeps its label (五项社会保险基金收入). */
    CLASS(budget_total),
    LABELS("2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元。",
           "本年收入合计 / 一般公共预算财政拨款收入"),
    LABELS("收入总计550923万元，支出总计550000万元。", "收入总计 / 支出总计"),
    LABELS("五项社会保险基金收入合计67154亿元。", "五项社会保险基金收入"),

    /* Round 17 (held-out round 22, class 11): 各 (each) before a linking verb
     * or a change's verb is a distributive as 分别 is, no part of a label;
     * single characters listed with 、 before a name (收、支总计) after a year
     * are the name's; values listed with an ASCII comma (4125.49,4143.91万元)
     * share the label. */
    CLASS(each_distributive),
    LABELS("中、小学各有12所。", "中、小学"),
    LABELS("两地各增长5%。", "两地增长"),
    LABELS("2022年度收、支总计各是4125.49,4143.91万元。", "收、支总计 / 收、支总计"),
    LABELS("与2021年相比,收、支总计各减少1267.86,2570.97万元。", "收、支总计减少 / 收、支总计减少"),

    /* Round 17 (held-out round 21, class 6): a comparison's base is no part of
     * a change's label where 分别 stands before it (降幅分別比上半年收窄), nor
     * when a space of a PDF copy splits it (比上 年末增加, the document's
     * U+3000); a period and a
     * copula before a change (上半年為下降) name the indicator of the change
     * before it; a counted noun ends at 全面 (全面建成). */
    CLASS(base_period_copula_adverb),
    LABELS("牛肉、羊肉產量分別下降1.7%、1.8%,降幅分別比上半年收窄1.7、0.7個百分點。",
           "牛肉產量下降 / 羊肉產量下降 / 牛肉產量降幅收窄 / 羊肉產量降幅收窄"),
    LABELS("年末全国就业人员77451万人,比上　年末增加198万人。", "就业人员 / 就业人员增加"),
    LABELS("前三季度,全國規模以上工業增加值同比增長1.2%,上半年為下降1.3%。",
           "規模以上工業增加值同比增長 / 規模以上工業增加值下降"),
    LABELS("到2025年底前,全市首批100个嵌入式服务设施建设示范社区全面建成。",
           "嵌入式服务设施建设示范社区"),

    /* Round 17 (held-out round 22, class 10): a period opening a title or a
     * heading (一季度全國財政收入同比增長8.6%) is the document's, not the
     * change's: dropped before the subject as before a level; in the body the
     * quarter is what the change measures (一季度国内生产总值同比增长). */
    CLASS(heading_period),
    HEADING_LABELS("一季度全國財政收入同比增長8.6%", "財政收入同比增長"),
    HEADING_LABELS("上半年全省规模以上工业增加值增长6.5%", "规模以上工业增加值增长"),
    LABELS("一季度国内生产总值同比增长6.7%。", "一季度国内生产总值同比增长"),

    /* Round 17 (held-out round 22, class 8): a count whose counted noun ends
     * its clause with 中 (among), the clause after it counting some of them
     * (规模工业36个大类行业中,25个行业实现增长), counts that noun, the words
     * before it its scope, as 41个大类行业中有39个 does. */
    CLASS(count_among_clause),
    /* (round 26: the count after says what its clause says, as after 中有:
     * 行业实现增长, which industry-shaoyang-2023m10's gold 4:21 lists) */
    LABELS("10月份,全市规模工业36个大类行业中,25个行业实现增长。",
           "规模工业大类行业 / 行业实现增长"),
    LABELS("全省规模以上工业40个大类行业中，有32个行业增加值增长。",
           "规模以上工业大类行业 / 行业增加值增长"),
    /* (a reading after the count's unit: 10個(gè)行業(yè)門(mén)類(lèi)中) */
    LABELS("全區(qū)規(guī)模以上服務(wù)業(yè)10個(gè)行業(yè)門(mén)類(lèi)中,7個(gè)行業(yè)"
           "營業收入增長。",
           "規模以上服務業行業門類 / 行業營業收入增長"),

    /* Round 17 (held-out round 22, class 9): a change in points of a rate
     * whose base comes before the rate word (比2月累计增速上升, 比一季度增速
     * 加快) is the indicator's rate word (累计 with it) and verb, as 增速比一季
     * 度加快 is. */
    CLASS(rate_change_base_first),
    LABELS("全市出口交货值149.28亿元,同比增长2.9%,比2月累计增速上升9.7个百分点。",
           "出口交货值 / 出口交货值同比增长 / 出口交货值累计增速上升"),
    LABELS("全市出口交货值149.28亿元,同比增长2.9%,比一季度增速加快1.2个百分点。",
           "出口交货值 / 出口交货值同比增长 / 出口交货值增速加快"),

    /* Round 17 (round 16's left class 7): 第一、二、三产业增加值占GDP的比重为
     * 11.4:31.2:57.5: the ordinal 第一, read as a rank, is the first item of
     * the list the ratio's clause begins inside. */
    CLASS(ratio_ordinal_list_head),
    LABELS("从产业结构看,第一、二、三产业增加值占GDP的比重为11.4:31.2:57.5。",
           "第一、二、三产业增加值占GDP的比重 / 第一、二、三产业增加值占GDP的比重 / "
           "第一、二、三产业增加值占GDP的比重"),

    /* Round 17 (round 16's left class 8): 实现 in a relative clause
     * (通過公共網絡實現的商品銷售額) is part of the name, no linking verb. */
    CLASS(relative_shixian),
    LABELS("一季度,全市通過公共網絡實現的商品銷售額達5.32億元,增長1.12倍。",
           "通過公共網絡實現的商品銷售額 / 通過公共網絡實現的商品銷售額增長"),
    LABELS("第一产业实现增加值120亿元。", "第一产业增加值"),

    /* Round 17 (round 16's left class 3): a change naming only 同比 or 实现
     * and its verb after a clause without figures that says the subject
     * changed (服務業增加值實現兩位數增長, 房地產投資止跌) is of that
     * clause's subject, as after 同比持平. */
    CLASS(subject_clause_changed),
    LABELS("服務業增加值實現兩位數增長,同比增長10.9%。", "服務業增加值同比增長"),
    LABELS("房地產投資止跌,實現增長1.3%。", "房地產投資增長"),

    /* Round 17 (round 16's left class): 在…的基础上 (on the basis of a
     * growth before) and 继续 of a change are circumstances, no part of its
     * label (郵政業務總量在上年快速增長的基礎上繼續增長 -> 郵政業務總量增長). */
    CLASS(on_basis_continue),
    LABELS("1~2月全市郵政業務總量在上年快速增長的基礎上繼續增長14.2%。", "郵政業務總量增長"),
    LABELS("全市工业增加值在去年高基数的基础上继续增长5.1%。", "工业增加值增长"),

    /* Round 17 (round 16's left class 5): changes listed after 分别 that change
     * two different figures (降幅分别比1-2月收窄13.1个和13.0个百分点 after
     * 规模工业增加值负增长7.3%,总产值负增长7.0%) each take their own
     * figure's subject, the words of the first after its subject shared. */
    CLASS(listed_changes_own_links),
    LABELS("规模工业增加值负增长7.3%,总产值负增长7.0%,降幅分别比1-2月收窄13.1个和13.0个百分点。",
           "规模工业增加值负增长 / 总产值负增长 / 规模工业增加值降幅收窄 / 总产值降幅收窄"),

    /* Round 17 (round 16's left class 14): a count before the subject of a
     * change (340家产值超亿元企业增长1.4%) counts the noun up to the change's
     * verb. */
    CLASS(count_before_change_subject),
    LABELS("340家产值超亿元企业增长1.4%。", "产值超亿元企业 / 产值超亿元企业增长"),

    /* Round 17 (round 16's left class): 从…增加到 as 由…到 (the values of
     * the subject before 从, 從 too), 中国的 a scope with its 的, and the
     * change after them the subject's (也增加了4倍多). */
    CLASS(from_cong_to),
    LABELS("中國的服務貿易進出口總額從719億美元增加到3624億美元,也增加了4倍多。",
           "服務貿易進出口總額 / 服務貿易進出口總額 / 服務貿易進出口總額增加"),

    /* Round 17 (round 15's left class): a count inside a remark in
     * parentheses after another (…拟表彰对象（含追授44人）) counts the
     * remark's words, not the words before the parenthesis: no label ends
     * inside an open parenthesis. */
    CLASS(count_in_open_remark),
    LABELS("确定童朝晖等1500人为全国抗击新冠肺炎疫情先进个人拟表彰对象（含追授44人）。",
           "抗击新冠肺炎疫情先进个人拟表彰对象 / 追授"),
    LABELS("县（市、区）上解收入120万元。", "县（市、区）上解收入"),
    /* (the base of an index: the index named before the parenthesis) */
    LABELS("总产出指数（上年=100）", "总产出指数"),

    /* Round 18 (held-out round 23): 规模以上工业增加值两年平均增长5.2%: the
     * span 两年 read as a duration before 平均 keeps the subject before it. */
    CLASS(two_year_average_subject),
    LABELS("10月份,规模以上工业增加值两年平均增长5.2%。服务业生产指数两年平均增长5.5%。",
           "规模以上工业增加值两年平均增长 / 服务业生产指数两年平均增长"),
    LABELS("全市工业增加值三年平均增长4.1%。", "工业增加值三年平均增长"),
    /* the change of its rate is the indicator's (增速), without the span;
     * 也 before the base and 了 after the verb are neither's */
    LABELS("规模以上工业增加值两年平均增长5.2%,增速比上月加快0.2个百分点。"
           "服务业生产指数两年平均增长5.5%,也比上月加快了0.2个百分点。",
           "规模以上工业增加值两年平均增长 / 规模以上工业增加值增速加快 / "
           "服务业生产指数两年平均增长 / 服务业生产指数增速加快"),

    /* Round 18 (held-out round 23): 太陽能電池、服務機器人、集成電路產品產量
     * 同比分別增長…: the last item's own words, guessed as long as the
     * first's, never end inside 產品 (a shared tail never begins with 品). */
    CLASS(shared_tail_not_in_word),
    LABELS("分產品看,太陽能電池、服務機器人、集成電路產品產量同比分別增長62.8%、59.1%、34.5%。",
           "太陽能電池產量同比增長 / 服務機器人產量同比增長 / 集成電路產品產量同比增長"),
    LABELS("分產品看,太陽(yáng)能電池、服務(wù)機器人、集成電路產(chǎn)品產(chǎn)量同比分別增長62."
           "8%、59.1%、34.5%。",
           "太陽能電池產量同比增長 / 服務機器人產量同比增長 / 集成電路產品產量同比增長"),

    /* Round 18 (held-out round 23): 電力、熱力、燃?xì)饧八a(chǎn)和供應業增長: a
     * garbled copy's ? ends a sentence inside a reading; a label never starts
     * with a reading's Latin letters nor inside a garbled reading (one after
     * a Latin letter): the words after them. */
    CLASS(not_inside_reading),
    LABELS("制造業增長5.1%，電力、熱力、燃？xì）饧八a（chǎn）和供應（yīng）業（yè）增長（zhǎng）1."
           "5%。",
           "制造業增長 / 供應業增長"),

    /* Round 18: 每10万人中拥有大学文化程度的由13466人增加为21505人: a per base
     * written in figures (每10万人) is part of the subject after it, before
     * 由 too. */
    CLASS(per_base_figure),
    /* (the per base 10万人 first: its own label is not this class's) */
    LABELS_AFTER(
        1,
        "与2010年第六次全国人口普查相比,每10万人中拥有大学文化程度的由13466人增加为21505人;"
        "拥有高中文化程度的由25507人减少为22503人。",
        "每10万人中拥有大学文化程度 / 每10万人中拥有大学文化程度 / "
        "拥有高中文化程度 / 拥有高中文化程度"),

    /* Round 18: 涉及的主要税种国内增值税收入7875万元: a budget's head naming the
     * kind of the items (主要税种) before the first is not its label. */
    CLASS(tax_kind_head),
    LABELS(
        "税收收入18319万元,增长17.6%,涉及的主要税种国内增值税收入7875万元,增长43.1%;"
        "契税收入2689万元,增长40.5%。",
        "税收收入 / 税收收入增长 / 国内增值税收入 / 国内增值税收入增长 / 契税收入 / 契税收入增长"),

    /* Round 18: 東盟為我國第一大貿易伙伴,占我國外貿總值的14.6%: a share after a
     * rank is the share of what is ranked, the words before the copula (not
     * 東盟為我國占…). */
    CLASS(share_after_rank),
    LABELS("其中,東盟為我國第一大貿易伙伴,占我國外貿總值的14.6%。", "東盟占我國外貿總值"),
    LABELS("其中,欧盟是我国第二大贸易伙伴,占我国外贸总值的13.7%。", "欧盟占我国外贸总值"),

    /* Round 18: 9月份深圳鹽田港的集裝箱吞吐量也再創…新紀錄,超過146萬標箱: the
     * clause before a value without words may hold a period (9月份): its
     * subject is still the value's, the period dropped. */
    CLASS(subject_before_with_period),
    LABELS("據統計,9月份深圳鹽田港的集裝箱吞吐量也再創單一碼頭單月吞吐量全球新紀錄,超過146萬標箱。",
           "深圳鹽田港的集裝箱吞吐量"),
    LABELS("2023年全市财政收入迈过千亿大关,达1330亿元。", "财政收入"),

    /* round 24: 增长3.7%,同比回落28.4个百分点: points whose words are only
     * 同比 and the verb change the growth's 增速, as 比上月回落 does (the
     * linked growth's verb not kept before the base) */
    CLASS(points_tongbi_verb),
    LABELS("1-8月,全市财政总收入完成41.0亿元,增长3.7%,同比回落28.4个百分点。",
           "财政总收入 / 财政总收入增长 / 财政总收入增速回落"),
    LABELS("公共财政预算支出完成34.8亿元,增长11.7%,同比回落4.3个百分点。",
           "公共财政预算支出 / 公共财政预算支出增长 / 公共财政预算支出增速回落"),

    /* round 24: 第一產業完成投資11.9億元, 規模以上工業企業累計完成總產值: 完成
     * between a subject and an investment or an output value (產值) is the
     * subject's verb, as before a 量; not 收入完成预算, nor after a counted
     * subject (158个重点项目完成投资: what they did) */
    CLASS(completed_investment),
    LABELS("分產業看,第一產業完成投資11.9億元,增長7.6%;第二產業完成投資48.16億元,增長23.0%。",
           "第一產業投資 / 第一產業投資增長 / 第二產業投資 / 第二產業投資增長"),
    LABELS("1-8月,全區規模以上工業企業累計完成總產值72.38億元,同比下降4.5%。",
           "規模以上工業企業總產值 / 規模以上工業企業總產值同比下降"),
    LABELS("158个重点项目完成投资189.4亿元。", "重点项目 / 重点项目完成投资"),

    /* round 25: 中國申請人通過《…》提交外觀設計國際申請353件, 收到國內申請人提交
     * 馬德里商標國際注冊申請2699件: what is handed in (提交, 递交) is counted,
     * the actor before the verb no part of it; not before 的 (a relative
     * clause says whose the counted are) */
    CLASS(handed_in_object),
    LABELS("中國申請人通過《工業品外觀設計國際注冊海牙協定》提交外觀設計國際申請353件。",
           "外觀設計國際申請"),
    LABELS("收到國內申請人提交馬德里商標國際注冊申請2699件。", "馬德里商標國際注冊申請"),
    LABELS("企业提交的PCT国际专利申请量3456件。", "企业提交的PCT国际专利申请量"),

    /* round 25: 各栏目共刊发文稿、通知、公告、公示等44篇: 共 before a verb of
     * publishing (刊发, 发表, 印发, 出台) is dropped as before 发布 */
    CLASS(gong_publish_verbs),
    LABELS("各栏目共刊发文稿、通知、公告、公示等44篇。", "各栏目刊发文稿、通知、公告、公示"),

    /* round 25: 以全市就业年龄段的7600多名持证残疾人为主要对象, 来自全县各条
     * 战线的300多名县人大代表: words ending with 的 before a count of a measure
     * word (名, 家, 所 … as 个, 项, 件) modify the noun after it, which is
     * counted */
    CLASS(relative_measure_words),
    LABELS("以全市就业年龄段的7600多名持证残疾人为主要对象。", "持证残疾人"),
    LABELS("来自全县各条战线的300多名县人大代表,承载着期待与重托齐聚一堂。", "县人大代表"),

    /* round 25: 中国排名位居全球第12位: a rank's 排名 names what is ranked (as
     * README's rule: 中国排名), the verb and scope after it trimmed; not after
     * a scope of 在…中 */
    CLASS(rank_paiming),
    KIND_LABELS(RANK,
                "世界知识产权组织发布的《2021年全球创新指数报告》中，中国排名位居全球第12位，连续9"
                "年稳步提升。",
                "[中国排名]"),

    /* round 25: 同比增长10.2%,高于全省1.5个百分点,增速居全省第3位: a rate word
     * (增速) names the rate of the growth before it, not of the comparison
     * in points between them */
    CLASS(rate_word_of_growth),
    KIND_LABELS(
        RANK,
        "一季度,全市实现地区生产总值545.0亿元,按可比价格计算,同比增长10.2%,高于全国2.8个百分点,"
        "高于全省1.5个百分点,增速居全省第3位。",
        "[地区生产总值增速]"),

    /* round 25: 性别比由2010年第六次全国人口普查97.45下降为91.45: the words after
     * the year of 由 name the base the first value was measured in: both
     * values are the subject's before 由 */
    CLASS(from_year_base),
    LABELS(
        "常住人口性别比(以女性为100,男性对女性的比例)由2010年第六次全国人口普查97.45下降为91.45。",
        "常住人口性别比 / 常住人口性别比 / 常住人口性别比"),

    /* round 25: the words a label begins with that say where from, who met or
     * how it was settled, before the verb naming what is measured: 從…調入資金
     * (the sources of a transfer), 会议应到委员 (the meeting), 经公示 (经 of a
     * procedure), 指年主营业务收入 (a definition's 指) */
    CLASS(leading_phrase),
    LABELS("加上從預算穩定調節基金、政府性基金預算、國有資本經營預算調入資金及使用結轉結餘16840."
           "68億元。",
           "調入資金及使用結轉結餘"),
    LABELS("会议应到委员246人,因事因病请假5人,实到241人。", "应到委员 / 因事因病请假 / 实到"),
    LABELS("规模以上工业企业 指年主营业务收入2000万及以上的工业企业。", "年主营业务收入"),
    KIND_LABELS(DURATION, "经公示（不少于5日）无异议后，填写相关表格。", "[公示]"),

    /* round 25 (held out): 居民人均預期壽命提至78.2歲: 提至 (提升至, 降低到 …) is
     * the verb of a change to the level, as 提高至; 衛生總費用初步推算為: the
     * method of the estimate (初步推算, 初步核算, 测算 …) before the copula is
     * no part of the indicator */
    CLASS(to_verb_and_method),
    HEADING_LABELS("即時看!2021年衛生健康事業發展統計公報發布 居民人均預期壽命提至78.2歲",
                   "居民人均預期壽命"),
    LABELS("2021年衛生總費用初步推算為75593.6億元,其中:政府衛生支出20718.5億元。",
           "衛生總費用 / 政府衛生支出"),
    LABELS("全年全市生产总值初步核算为1200亿元。", "生产总值"),

    /* round 20 (labels): 在上海市人民政府网站、《…公报》主动公开市政府规章13件: a
     * place of 在 before a verb of publishing is no part of what is published;
     * 成都社會消費品零售總額已超過去年全年的8118.5億元: the value a level is
     * compared with (超过, 高于 … a base) is the indicator's in the base period */
    CLASS(place_and_compared_value),
    LABELS("2022年,在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件。",
           "主动公开市政府规章"),
    LABELS("今年前11月成都社會消費品零售總額已超過去年全年的8118.5億元。",
           "成都社會消費品零售總額"),

    /* round 25: 增速分别较1-2月、1-3月…和1-7月回落3.4、…和0.1个百分点,
     * 分别较去年同期和全年分别回落, 分别较一季度、上半年回落: a list of a
     * comparison's bases (periods, 去年同期, 全年 …, joined by 、 和 及) is no
     * part of the change's label; the points change the linked growth's rate
     * (增速) with the verb, each listed value its own */
    CLASS(listed_bases),
    LABELS(
        "全市固定资产投资增长20.1%,增速分别较1-2月、1-3月、1-5月、1-6月和1-7月回落3.4、0.6、0.9、"
        "0.9和0.1个百分点。",
        "固定资产投资增长 / 固定资产投资增速回落 / 固定资产投资增速回落 / 固定资产投资增速回落 / "
        "固定资产投资增速回落 / 固定资产投资增速回落"),
    LABELS("全市规模以上工业增加值累计增长11.5%,分别较去年同期和全年分别回落4.5、4.2个百分点。",
           "规模以上工业增加值累计增长 / 规模以上工业增加值增速回落 / 规模以上工业增加值增速回落"),
    LABELS("全市社会消费品零售总额增长13.1%,高于去年同期0.6个百分点,分别较一季度、上半年回落1.4和0."
           "1个百分点。",
           "社会消费品零售总额增长 / 社会消费品零售总额增速高于去年同期 / "
           "社会消费品零售总额增速回落 / "
           "社会消费品零售总额增速回落"),
    /* 高于 and its bases alone: the rate is higher (增速高于1-7月) */
    LABELS("8月末,全市金融机构各项存款余额为281.8亿元,同比增长15.4%,高于去年同期0.9个百分点。其中,"
           "储蓄存款余额"
           "168.9亿元,增长13.0%,高于1-7月3.0个百分点。",
           "金融机构各项存款余额 / 金融机构各项存款余额同比增长 / "
           "金融机构各项存款余额增速高于去年同期 / "
           "储蓄存款余额 / 储蓄存款余额增长 / 储蓄存款余额增速高于1-7月"),
    /* the base alone, as before */
    LABELS("全市固定资产投资增长20.1%,增速较1-7月回落0.1个百分点。",
           "固定资产投资增长 / 固定资产投资增速回落"),

    /* round 24: 其中完成產品出口交貨值97.16億元,增長35.2%,占41.4%: a share
     * whose words are only 占, after a level and its change, is the level's
     * share (as right after the level: 0—14岁人口为253383938人，占17.95%) */
    CLASS(share_after_change),
    LABELS("其中完成產品出口交貨值97.16億元,增長35.2%,占41.4%。",
           "產品出口交貨值 / 產品出口交貨值增長 / 產品出口交貨值占比"),

    /* round 26: 建筑及装潢材料、饮料、…、日用品和书报杂志类分别下降: more items
     * than values when 和 及 与 inside a name split it; they join a list's
     * last item only, after its last 、 */
    CLASS(respectively_join_inside_item),
    LABELS("建筑及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类分别下降44.4%、20.0%"
           "、18.0%、"
           "13.1%、12.5%和12.1%。",
           "建筑及装潢材料下降 / 饮料下降 / 金银珠宝下降 / 体育娱乐用品下降 / 日用品下降 / "
           "书报杂志类下降"),
    LABELS("石油和天然气开采业、黑色金属冶炼和压延加工业、汽车制造业分别增长5.1%、3.2%、8.0%。",
           "石油和天然气开采业增长 / 黑色金属冶炼和压延加工业增长 / 汽车制造业增长"),

    /* round 26: a zone named by its kind alone (示范区, 开发区, 园区 …) at a
     * label's head is the text's own area, a scope as 全区, unless its
     * paragraph names a local whole of another kind (全县…园区: a part);
     * 目前 (当前) before the scope is a time adverb */
    CLASS(own_zone_scope),
    LABELS("1-10月,示范区规上工业增加值增长14.3%,比1-9月回落1.6个百分点。",
           "规上工业增加值增长 / 规上工业增加值增速回落"),
    LABELS("1-10月,示范区固定资产投资下降10.9%,降幅比1-9月扩大0.8个百分点。",
           "固定资产投资下降 / 固定资产投资降幅扩大"),
    LABELS("全县规模工业增加值同比增加4.5%。园区规模工业增加值同比增加4.8%。",
           "规模工业增加值同比增加 / 园区规模工业增加值同比增加"),
    LABELS("目前全县在库固定资产投资项目141个。", "在库固定资产投资项目"),

    /* round 26: a size class first in its clause (5千万以下) is part of
     * what its words name, of a count and of a change (a change's link to
     * the class inside its own words adds nothing); 完成投资 at a label's
     * head is an indicator's name; words ending with 的 before a count of
     * 类 modify the noun after it */
    CLASS(size_class_and_counted),
    /* (the class itself, 5千万 read as a count, is not this class's) */
    UNIT_LABELS("个", "5千万以下项目74个,5千万以下固定资产投资增速同比下降43.5%。",
                "[5千万以下项目]"),
    UNIT_LABELS("%", "5千万以下项目74个,5千万以下固定资产投资增速同比下降43.5%。",
                "[5千万以下固定资产投资增速同比下降]"),
    UNIT_LABELS("%", "其中5千万以上的67个,完成投资同比增长23.0%。", "[完成投资同比增长]"),
    LABELS("分消费类别看,统计监测的19类商品,11类增长,8类下降。", "商品 / 增长 / 下降"),

    /* round 26: 完成 between a subject and an amount's name ending with 额
     * is the subject's verb, as before a 量; 实现 after a means (通过…) is
     * the verb of what is realised by it, kept */
    CLASS(verbs_before_amount_and_means),
    LABELS("其中62家限上法人企业完成消费品零售额116203.4万元,同比增长6.1%。",
           "限上法人企业 / 限上法人企业消费品零售额 / 限上法人企业消费品零售额同比增长"),
    LABELS("1-10月,限额以上单位通过公共网络实现商品销售额8.66亿元,下降4.7%。",
           "限额以上单位通过公共网络实现商品销售额 / 限额以上单位通过公共网络实现商品销售额下降"),
    LABELS("第一产业实现增加值41.99亿元。", "第一产业增加值"),

    /* round 26: 各 (each) before the copula of levels listed (各为A和B) is
     * 分别 over the items before it (the tail they share named by a label
     * before, round 9), and a 分别 run of changes after them */
    CLASS(each_copula_respectively),
    LABELS(
        "其中62家限上法人企业完成消费品零售额116203.4万元。分地域看,全县限上法人城镇、"
        "乡村消费品零售额各为114135.9万元和2067.5万元,分别增长6.2%和2.5%。",
        "限上法人企业 / 限上法人企业消费品零售额 / 限上法人城镇消费品零售额 / 乡村消费品零售额 / "
        "限上法人城镇消费品零售额增长 / 乡村消费品零售额增长"),

    /* round 26: a share after a growth that names its own subject (linked
     * to no level) is that subject's, not a level's before the growth */
    CLASS(share_after_own_growth),
    UNIT_LABELS(
        "%",
        "5千万以下项目74个,5千万以下固定资产投资增速同比下降43.5%;房地产项目投资同比下降10.7%;"
        "产业投资同比增长15.9%,占全县投资比重为78.8%;民间投资同比增长3.1%,占全县投资比重为73.7%。",
        "[5千万以下固定资产投资增速同比下降] [房地产项目投资同比下降] [产业投资同比增长] "
        "[产业投资占全县投资比重] [民间投资同比增长] [民间投资占全县投资比重]"),
    /* (a growth of the level before: the level's) */
    LABELS("人均工资性收入8091元，增长8.8%，占可支配收入的比重为57.5%。",
           "人均工资性收入 / 人均工资性收入增长 / 人均工资性收入占可支配收入的比重"),

    /* round 26: a change in points whose words begin with the changed
     * growth's subject and a rate word names itself (进口降幅收窄, not
     * 进口下降进口降幅收窄), a comparison's base in the middle too (出口增速比
     * 1-5月加快: the subject, the rate word and the verb) */
    CLASS(rate_change_own_subject),
    LABELS("出口增长12.3%，进口下降3.1%，出口增速比1-5月加快1.2个百分点，进口降幅收窄0.8个百分点。",
           "出口增长 / 进口下降 / 出口增速加快 / 进口降幅收窄"),
    LABELS("1-6月，出口增长12.3%，进口下降3.1%；进口降幅比1-5月收窄0.8个百分点。",
           "出口增长 / 进口下降 / 进口降幅收窄"),
    LABELS("出口增长12.3%，进口下降3.1%，货物增速比1-5月加快1.2个百分点。",
           "出口增长 / 进口下降 / 货物增速加快"),

    /* round 26: a list number that begins the paragraph, spaced before its
     * dot too (1 . , 2 . : no figure), is no part of the words */
    CLASS(spaced_list_number),
    LABELS("1 . 组织供应各类辅助器具 300 万件。", "组织供应各类辅助器具"),
    LABELS("2 . 装配 7 万例普及型下肢假肢、 1 万例功能补偿型矫形器。",
           "普及型下肢假肢 / 功能补偿型矫形器"),

    /* round 26: a limit and a modal before a verb (最多可, 至少可 …) are no
     * part of the label (not 最多跑一次, a name) */
    CLASS(limit_modal),
    LABELS("以上三项,各单位最多可推荐1项(无符合条件,可不推荐)。", "各单位推荐"),
    LABELS("最多跑一次事项1000项。", "最多跑一次事项"),

    /* round 26: a comparison's base named by a plan's period in quotes
     * (较“十三五”末) is no part of a change */
    CLASS(quoted_period_base),
    LABELS("占国内有效发明专利总量的比重达到43.1%,较“十三五”末提高2.9个百分点。",
           "占国内有效发明专利总量的比重 / 占国内有效发明专利总量的比重提高"),

    /* round 26: a count beginning its clause after one whose clause ends
     * with 中 (10個行業門類中,7個…) is of what its clause says, as after 中有,
     * past the readings after its unit; 实现 before 增长 is the predicate's */
    CLASS(among_clause_before),
    LABELS("1-8月份,全區(qū)規(guī)模以上服務(wù)業(yè)10個(gè)行業(yè)門(mén)類(lèi)中,7個(gè)"
           "行業(yè)營(yíng)業(yè)收入實(shí)現(xiàn)增長(zhǎng)。",
           "規模以上服務業行業門類 / 行業營業收入實現增長"),
    LABELS("第一产业实现增加值41.99亿元。", "第一产业增加值"),

    /* round 26: a count after a preposition (根據對全國25個…) or after the
     * last of items listed before it that it sums up (技术开发、…、技术许可5类
     * 技术合同) counts the noun after it; 固定列席 ends a counted noun */
    CLASS(count_after_preposition_or_list),
    LABELS("根據對全國25個夏糧生產省(區、市)的調查,全國夏糧播種面積增加。", "夏糧生產省(區、市)"),
    LABELS("从技术交易类型看,技术开发、技术转让、技术服务、技术咨询、技术许可5类技术合同中,"
           "技术服务和技术开发合同成交额保持领先。",
           "技术合同"),
    LABELS("邀请市人大常委会、市政协、市人武部1名领导固定列席会议。", "领导"),

    /* round 26: a share of a scope alone (占全省的82.56%: the whole) is the
     * indicator's before it; 迈过 and 跨入 trail a level as 突破 does; the
     * words up to an ordinal of 个 after 成为 (成为我省第二个) frame the
     * indicator after them; 我们的 leads as 我国 does.  (A value 跨入
     * introduces is a threshold crossed, no key-figure card: test_select.) */
    CLASS(whole_reference_and_crossing),
    LABELS("3市全年实现技术合同成交总额405.09亿元,占全省的82.56%。",
           "技术合同成交总额 / 技术合同成交总额 / 技术合同成交总额占全省"),
    LABELS("株洲市成为我省第二个技术合同成交额跨入100亿元的市州。", "技术合同成交额"),
    LABELS("我县成为全省首个地区生产总值跨入500亿元的县。", "地区生产总值"),
    LABELS("我們的貨物進出口邁過45萬億元,增長3.8%。", "貨物進出口 / 貨物進出口增長"),

    /* round 29: a label never ends in an unmatched closing quote nor starts
     * with an unmatched opening one.  A slogan's count (增强“四个意识”)
     * counts the quoted words after it, up to the closing quote (三个代表
     * of “三个代表”重要思想: 代表); a quote left alone elsewhere (the
     * opening one of a quoted speech, a closing one last) is dropped; a
     * source's stray one inside a label before its figure stays as written
     * (stats-zhongyuan-district-2024m10: 四上”单位入库, gold). */
    CLASS(unmatched_quotes),
    ALL_LABELS("各部门不断增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
               "[意识] [自信] [维护]"),
    ALL_LABELS("以“三个代表”重要思想为指导，按照“五位一体”总体布局。", "[代表] [一体]"),
    ALL_LABELS("紧扣“七个强市”奋斗目标，推进“三个代表”。", "[强市] [代表]"),
    LABELS("“今天的发布会预计75分钟。”", "今天的发布会"),
    LABELS("全区四上”单位入库147家。", "四上”单位入库"),
    LABELS("“四上单位”入库147家。", "“四上单位”入库"),
    LABELS("我国与“一带一路”沿线国家进出口1.62万亿元。", "“一带一路”沿线国家进出口"),

    /* round 29 (stats-shanwei-jan-aug-trad-pinyin): more names joined by 和
     * than values after 分别, no 、 among them: the first joins split, the
     * last item holds the rest, each item whole (及 inside a name) */
    CLASS(respectively_joined_rest),
    LABELS("股份制企業和外商及港澳臺投資企業和國有企業分別增長52.5%和30.6%。",
           "股份制企業增長 / 外商及港澳臺投資企業和國有企業增長"),
    LABELS("工业投资和民间投资和基础设施投资分别增长12.1%和8.4%。",
           "工业投资增长 / 民间投资和基础设施投资增长"),

    /* round 29: a subject and its verb of entering a list or winning a
     * title (跻身, 荣登, 荣获, 获评), or of celebrating before an
     * anniversary's event (庆祝, 纪念: 周年 only), before the thing the
     * figure belongs to are no part of it */
    CLASS(subject_and_verb_before_the_thing),
    KIND_LABELS(RANK, "三一重工跻身世界上市公司500强。", "[世界上市公司]"),
    LABELS("我们隆重庆祝中华人民共和国成立75周年。", "中华人民共和国成立"),
    LABELS("全市纪念馆接待观众120万人次。", "纪念馆接待观众"),

    /* round 29 (trade-yunnan-jan-may-news): a level in per cent before 的
     * and a rate's noun ending its clause (增幅, 增速, 比重 …) is that
     * rate's value: the noun names it, not the comparison before it */
    CLASS(rate_noun_after_value),
    LABELS("前5个月对东盟贸易额23.5亿美元,同比增长45.4%,增幅高于全省31.3%的平均外贸增幅。",
           "对东盟贸易额 / 对东盟贸易额同比增长 / 平均外贸增幅"),
    LABELS("完成年度目标的80%的项目有12个。", "年度目标 / 项目"), /* (项目: no rate) */

    /* round 29 (stats-yunhe-2022): a level in per cent or per mille right
     * before a survey's name (…调查) is its sampling fraction: the survey
     * names it */
    CLASS(survey_sampling_fraction),
    LABELS("据2022年全省5‰人口变动抽样调查推算，年末常住人口为12.5万人。",
           "人口变动抽样调查 / 常住人口"),
    LABELS("根据全国1%人口抽样调查，全市常住人口为300万人。", "人口抽样调查 / 常住人口"),

    /* round 29 (stats-national-census7-bulletin2-2021): a count whose
     * counted noun runs on, through 的, to the next figure's words is inside
     * that figure's subject, which begins before the count */
    CLASS(count_inside_subject),
    LABELS("普查登记的大陆31个省、自治区、直辖市和现役军人的人口共1411778724人。",
           "省、自治区、直辖市 / 普查登记的大陆31个省、自治区、直辖市和现役军人的人口"),
    LABELS("全市有31个乡镇，其中的人口共12万人。", "乡镇 / 人口"), /* (a comma between) */

    /* round 29: a census's total beside the mainland's (in its paragraph,
     * or after the 其中： that ends it) keeps its 全国 (the golds' rule,
     * README); alone it is a scope as before */
    CLASS(census_total_scope),
    LABELS("全国总人口为1443497378人，其中：普查登记的大陆31个省、自治区、直辖市和现役军人的人口共"
           "1411778724人。",
           "全国总人口 / 省、自治区、直辖市 / 普查登记的大陆31个省、自治区、直辖市和现役军人的人口"),
    LABELS("全国总人口[2]为1443497378人,其中:", "全国总人口"),
    LABELS("全国总人口为1443497378人。", "总人口"),

    /* round 29 (report-ankang-hanbin-2025): a count after a verb of
     * issuing whose measure word a noun follows to the clause's end counts
     * that noun, named with the words before it */
    CLASS(issued_count_noun_after),
    LABELS("出台服务民营经济高质量发展21条措施，组织政银企对接活动。",
           "出台服务民营经济高质量发展措施"),
    LABELS("出台政策文件15件。", "出台政策文件"),

    /* round 29 (top10-sci-news-2024): a quantity before 级 grades the thing
     * named after it, up to a preposition, an adverb or 的 */
    CLASS(graded_thing),
    LABELS("我国自主研制的300兆瓦级F级重型燃气轮机在上海点火成功。", "F级重型燃气轮机"),
    LABELS("建成10万吨级码头，总投资5亿元。", "码头 / 总投资"),

    /* round 29 (notice-cnipa-exhibition-info-2010): a level inside a
     * remark of a rate per item (（每个展会1张）) counts the thing before the
     * remark, after a parenthesis closed before it */
    CLASS(per_item_remark),
    LABELS("请将知识产权（专利）展会信息表（每个展会1张）于4月前报送。", "展会信息表"),
    LABELS("请将报名表（每人1份）于5月前报送。", "请将报名表"),

    /* round 29 (pdfcopy-changsha-work-report-2012): a value without words,
     * first in its clause, takes the subject of the clause before it up to
     * a streak (八连增, 十连涨), as up to 迈过 */
    CLASS(subject_before_streak),
    LABELS("实现粮食生产‘八连增',到达244.5万吨。", "粮食生产"),
    LABELS("全市粮食产量实现“十连丰”，达120万吨。", "粮食产量"),

    /* round 27: a contribution named by 影响 (影響CPI上漲約0.34個百分點)
     * names its own indicator, as 拉动 does, not the linked rate's */
    CLASS(contribution_influence),
    LABELS("食品中,鮮果價格上漲19.0%,影響CPI上漲約0.34個百分點;畜肉類價格下降6.0%,影響CPI下降約0."
           "16個百分點。",
           "鮮果價格上漲 / 影響CPI上漲 / 畜肉類價格下降 / 影響CPI下降"),

    /* round 27: 分別 lists whose names hold 及 (其他用品及服務, 生活用品及服務):
     * more items than values split at 、 only; a word naming what is
     * measured (價格) ending the last item only, the items as long as each
     * other without it, is what all items share */
    CLASS(respectively_indicator_tail),
    LABELS("交通通信、教育文化娛樂、其他用品及服務價格分別上漲8.5%、2.1%和1.7%,"
           "生活用品及服務、居住價格分別上漲"
           "1.5%和0.8%,醫療保健、衣著價格分別上漲0.7%和0.6%。",
           "交通通信價格上漲 / 教育文化娛樂價格上漲 / 其他用品及服務價格上漲 / "
           "生活用品及服務價格上漲 / 居住價格上漲 / "
           "醫療保健價格上漲 / 衣著價格上漲"),
    /* (a longer tail shared: as before) */
    LABELS("城镇、农村居民人均可支配收入分别增长9%和12%。",
           "城镇居民人均可支配收入增长 / 农村居民人均可支配收入增长"),

    /* round 27: 與2020年同期相比(下同)增長14%: a base's year after 与 (with
     * 同期 and 相比) is no part of a change, as after 比 */
    CLASS(base_year_with),
    LABELS("四川貨物貿易進出口總值7542.4億元,與2020年同期相比(下同)增長14%,與2019年同期相比增長37."
           "2%。",
           "四川貨物貿易進出口總值 / 四川貨物貿易進出口總值增長 / 四川貨物貿易進出口總值增長"),

    /* round 27: 位列 trails a rank's words as 位居 does (規模位列全國第8); a
     * value converted by 按…折算 (换算) is the level's before it, past the
     * level's change */
    CLASS(rank_listed_and_converted),
    KIND_LABELS(RANK, "四川貨物貿易進出口總值7542.4億元,規模位列全國第8。", "[規模]"),
    LABELS("人均生产总值47654元,增长3.1%;按年均汇率折算为6908美元。",
           "人均生产总值 / 人均生产总值增长 / 人均生产总值"),

    /* round 28 (edu-shanxi-2018): 有 after a scope (全省有普惠性幼儿园4747所)
     * is the verb of a count, no part of its name, as 共有 is; a word that
     * begins with 有 (有色金属) keeps it */
    CLASS(scope_have),
    LABELS("全省有普惠性幼儿园4747所,比上年增加510所,增长12.04%。",
           "普惠性幼儿园 / 普惠性幼儿园增加 / 普惠性幼儿园增长"),
    LABELS("全市有色金属工业增加值120亿元。", "有色金属工业增加值"),

    /* round 28 (stats-tianjin-jan-jul-industry-2025): A、B、C保持增长,增速
     * 分别为x、y和z: each item's rate, as 分别增长 gives each item's growth */
    CLASS(respectively_rate_after_clause),
    LABELS("新材料产业、电子信息产业、航空航天产业保持增长,增速分别为4.6%、2.2%和0.5%。",
           "新材料产业增速 / 电子信息产业增速 / 航空航天产业增速"),

    /* round 28 (stats-tianjin): 规模以上工业企业生产电子计算机整机同比增长
     * 47.8%: the firms and their verb of production before a product are
     * no part of the product's growth */
    CLASS(producer_before_product),
    LABELS("1—7月份,全市规模以上工业企业生产电子计算机整机同比增长47.8%,服务机器人增长21.8%。",
           "电子计算机整机同比增长 / 服务机器人增长"),
    LABELS("规模以上工业企业生产总值120亿元。", "规模以上工业企业生产总值"),

    /* round 28 (request-fanwen): 共计 (共計 with its reading) before an
     * amount is dropped whole, not its 共 alone */
    CLASS(total_verb_lead),
    LABELS("共計(jì)開支維修費(fèi)用5萬(wàn)余元,", "開支維修費用"),
    LABELS("共计投入资金120万元。", "资金"),
    /* round 29 (stats-district-2021): 同比11.4% with no verb after a value:
     * the value's indicator and 同比 (a change, as 同比增长 is) */
    CLASS(bare_comparison_rate),
    LABELS("现价人均地区生产总值[2]36935元,同比11.4%。", "现价人均地区生产总值 / 现价人均地区生产总值同比"),
    LABELS("工业增加值500亿元，环比-0.5%。", "工业增加值 / 工业增加值环比"),
    /* round 29 (stats-county-2021h1): items of one or two characters before
     * 分别 and a verb (生豬、牛、羊、家禽分別出欄) are words whole: each value
     * its own subject and the verb, also when the list's measure words
     * differ (萬頭, 頭, 萬只), and the changes after them likewise */
    CLASS(respectively_single_words),
    LABELS("生豬、牛、羊、家禽分別出欄6.4萬頭、1342頭、1.2萬只、5.5萬只,分別增長81.8%、3.3%、5.2%、27.9%。",
           "生豬出欄 / 牛出欄 / 羊出欄 / 家禽出欄 / 生豬出欄增長 / 牛出欄增長 / 羊出欄增長 / 家禽出欄增長"),
    LABELS("猪、牛、羊分别存栏1.2万头、3000头和5000只。", "猪存栏 / 牛存栏 / 羊存栏"),
    /* round 29 (stats-district-2021): three values after 分别 whose clause
     * names no subject, after the ratio of the three industries, are the
     * first, second and third industry's; an industry named in their own
     * clause keeps the words as written */
    CLASS(industry_shares_after_ratio),
    LABELS_AFTER(3, "三次产业结构比为37.2:20.5:42.3,对gdp的贡献率分别为36.9%、36.8%和26.3%。",
           "第一产业对gdp的贡献率 / 第二产业对gdp的贡献率 / 第三产业对gdp的贡献率"),
    LABELS_AFTER(3, "三次產業結構比為7.1:40.2:52.7,對經濟增長的貢獻率分別為5.1%、45.3%和49.6%。",
           "第一產業對經濟增長的貢獻率 / 第二產業對經濟增長的貢獻率 / 第三產業對經濟增長的貢獻率"),
    LABELS("三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点。",
           "三次产业对经济增长的拉动贡献 / 三次产业对经济增长的拉动贡献 / "
           "三次产业对经济增长的拉动贡献"),
    /* round 29 (stats-county-2021h1): 增速高于全市平均水平N個百分點 after a
     * growth: the growth's subject + 增速 + the verb, the other place's
     * average dropped; without a growth before, 增速高于; 高于全省平均水平
     * with no rate word keeps its base, as the corpus's golds list it */
    CLASS(rate_gap_to_average),
    LABELS("全縣生產總值27.54億元,同比增長12.3%,增速高于全市平均水平0.3個百分點。",
           "生產總值 / 生產總值同比增長 / 生產總值增速高于"),
    LABELS("增速低于全省1.2个百分点。", "增速低于"),
    LABELS("全市规上工业增加值同比增长9.9%,高于全省平均水平2.2个百分点。",
           "规上工业增加值同比增长 / 高于全省平均水平"),
    /* round 29 (price-weifang-cpi-2017m02): a change in points of a rate
     * whose words are only 同比, a rate word and the comparison's base is
     * the rate's subject + the rate word + the verb (no verbs stacked, no
     * (CPI)); without a rate word, a price's 上涨 gives 涨幅; the basis of
     * a rate (两年平均) is no part of the subject */
    CLASS(points_of_a_rate),
    LABELS("全市居民消费价格总水平(CPI)同比上涨1.2%,同比涨幅较1月收窄2.8个百分点。",
           "居民消费价格总水平(CPI)同比上涨 / 居民消费价格总水平涨幅收窄"),
    LABELS("非食品烟酒类价格同比上涨2.5%,较1月回落1.3个百分点。",
           "非食品烟酒类价格同比上涨 / 非食品烟酒类价格涨幅回落"),
    LABELS("鲜瓜果价格同比上涨10.4%,较1月涨幅收窄2.3个百分点。",
           "鲜瓜果价格同比上涨 / 鲜瓜果价格涨幅收窄"),
    LABELS("规模以上工业增加值两年平均增长5.2%,增速比上月加快0.2个百分点。",
           "规模以上工业增加值两年平均增长 / 规模以上工业增加值增速加快"),

    /* round 29 (price-weifang): a change of only its verb that changes no
     * value takes the subject of the clause before (蛋类价格继续下降), or the
     * words before the base written as a figure (比1月, 比2016年) */
    CLASS(subject_before_bare_change),
    LABELS("蛋类价格继续下降,同比下降16.6%,较1月同比降幅扩大6.8个百分点。",
           "蛋类价格同比下降 / 蛋类价格降幅扩大"),
    LABELS("环比看,全市居民消费价格总水平比1月下降1.3%。", "居民消费价格总水平下降"),
    LABELS("全市工业增加值比2016年增长1.3%。", "工业增加值增长"),

    /* budget-deqin-resettlement-2017-final-accounts line 9: a label never
     * repeats its subject (基本支出 named before the comparison and again
     * after its base: 基本支出基本支出增加) */
    CLASS(subject_not_repeated),
    LABELS("2017年度基本支出279万元,2016年度基本支出230万元,2017年比上年基本支出增加49万元,增加原因是人员工资增加。",
           "基本支出 / 基本支出 / 基本支出增加"),

    /* round 30 class 3 (press-jinzhai 7): a change after 較上年 and the
     * other comparisons, simplified and traditional, is labelled with the
     * subject of its level, as after 比上年 */
    CLASS(round30_compared_traditional),
    LABELS("油料種植面積4393公頃，較上年減少89公頃；蔬菜瓜果種植面積5647公頃，較上年增加65公頃。",
           "油料種植面積 / 油料種植面積減少 / 蔬菜瓜果種植面積 / 蔬菜瓜果種植面積增加"),
    LABELS("糧食產量12.5萬噸，較去年增加0.3萬噸。", "糧食產量 / 糧食產量增加"),
    LABELS("粮食产量12.5万吨，较去年增加0.3万吨。", "粮食产量 / 粮食产量增加"),
    LABELS("播种面积300亩，比去年同期减少20亩。", "播种面积 / 播种面积减少"),

    /* round 30 class 6 (stats-mianchi 10): 减低 and the other change verbs
     * the list lacked label like 降低 */
    CLASS(round30_more_change_verbs),
    LABELS("规模以上工业增加值增长7.2%，增速比2021年减低2.2个百分点。",
           "规模以上工业增加值增长 / 规模以上工业增加值增速减低"),
    LABELS("工业增加值增长7.2%，增速比上年減緩0.5個百分點。", "工业增加值增长 / 工业增加值增速減緩"),
    LABELS("居民消费价格上涨2.0%，涨幅比上年走低0.6个百分点。",
           "居民消费价格上涨 / 居民消费价格涨幅走低"),
    LABELS("旅游人数500万人次，比上年增多20万人次。", "旅游人数 / 旅游人数增多"),

    /* round 30 class 7 (stats-susong 105): a change in 万人 (万户, 万头) of a
     * level in bare 万 takes the level's subject, and the reverse */
    CLASS(round30_bare_wan_and_its_count),
    LABELS("截止年末全县户籍人口86.3万，比上年减少0.3万人。", "户籍人口 / 户籍人口减少"),
    LABELS("年末全縣戶籍人口86.3萬，比上年減少0.3萬人。", "戶籍人口 / 戶籍人口減少"),
    LABELS("年末全县户籍人口86.3万人，比上年减少0.3万。", "户籍人口 / 户籍人口减少"),
    LABELS("参保户数12.5万，比上年增加0.4万户。", "参保户数 / 参保户数增加"),

    /* round 30 class 4 (press-jinzhai 7): changes listed after 分別較同期
     * (分别比上年, 分別同比, 依次) over levels listed before: each takes its
     * own level's subject and the verb, the comparison dropped */
    CLASS(round30_respectively_over_levels),
    LABELS("年末生豬存欄12.4萬頭，牛存欄0.8萬頭，羊存欄4.36萬只，分別較同期增長3.7%、20.5%和27.7%。",
           "生豬存欄 / 牛存欄 / 羊存欄 / 生豬存欄增長 / 牛存欄增長 / 羊存欄增長"),
    LABELS("年末生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，分别比上年增长3.7%、20.5%和27.7%。",
           "生猪存栏 / 牛存栏 / 羊存栏 / 生猪存栏增长 / 牛存栏增长 / 羊存栏增长"),
    LABELS("年末生猪存栏12.4万头，牛存栏0.8万头，羊存栏4.36万只，依次增长3.7%、20.5%和27.7%。",
           "生猪存栏 / 牛存栏 / 羊存栏 / 生猪存栏增长 / 牛存栏增长 / 羊存栏增长"),
    LABELS("出口120亿元，进口80亿元，分別較同期增長5.1%和3.2%。", "出口 / 进口 / 出口增長 / 进口增長"),

    /* round 30 class 5 (press-jinzhai 5): 均 (都) giving a change to each of
     * the parts listed before it is no part of the label; 人均, 年均 stay */
    CLASS(round30_each_before_verb),
    LABELS("三次產業結構比12.1:44.5:43.4，與2021年相比，一產、三產占比均提高0.1個百分點，二產占比下降0.2個百分點。",
           "三次產業結構比 / 三次產業結構比 / 三次產業結構比 / 一產、三產占比提高 / 二產占比下降"),
    LABELS("第一、二产业占比均下降1.5个百分点。", "第一、二产业占比下降"),
    LABELS("出口和进口都增长5.0%。", "出口和进口增长"),
    LABELS("出口和进口年均增长5.0%。", "出口和进口年均增长"),

    /* round 30 class 8 (press-jinzhai 5): a verb inside an indicator's name
     * (完成, 实现, 累计完成) before a value's noun (增加值, 产值, 产量) is no
     * part of the label (README: 第一產業實現增加值 -> 第一產業增加值); 完成 of
     * a budget (收入完成) stays dropped as before */
    CLASS(round30_verb_inside_indicator),
    LABELS("第一產(chǎn)業(yè)完成增加值28.5億元，同比增長5.1%。", "第一產業增加值 / 第一產業增加值同比增長"),
    LABELS("第一产业完成增加值28.5亿元，同比增长5.1%。", "第一产业增加值 / 第一产业增加值同比增长"),
    LABELS("第二產業實現增加值105.3億元。", "第二產業增加值"),
    LABELS("规模以上工业累计完成产值120亿元。", "规模以上工业产值"),
    LABELS("全县完成粮食产量14.1万吨。", "粮食产量"), /* (全县: a scope) */

    /* round 30 class 9 (stats-mianchi 10): levels listed after items that
     * share the last item's words (a one-character head, or a word of a
     * pair such as 城镇/农村) take each its own subject */
    CLASS(round30_shared_head_after_list_comma),
    LABELS("轻、重工业占比分别为30.6%和69.4%。", "轻工业占比 / 重工业占比"),
    LABELS("輕、重工業占比分別為30.6%和69.4%。", "輕工業占比 / 重工業占比"),
    LABELS("大、中型企业分别为120家和340家。", "大型企业 / 中型企业"),
    LABELS("城镇、农村居民人均可支配收入分别为42000元和18000元。",
           "城镇居民人均可支配收入 / 农村居民人均可支配收入"),
    LABELS("國有、集體企業增加值分別為12億元和8億元。", "國有企業增加值 / 集體企業增加值"),
    /* (not known where the last item's own words end: as before) */
    LABELS("作品、计算机软件著作权登记量分别达到398.4万件、228万件。",
           "计算机软件著作权登记量 / 计算机软件著作权登记量"),

    /* budget-deqin 9:227: 与上年相比 (与 read as a lead word first) leaves
     * no 上年 in the label: 上年相比, 去年相比, 同期相比 are comparisons too */
    CLASS(compared_with_last_year_after_yu),
    LABELS("2017年项目支出2626万元，2016年项目支出398万元，与上年相比增了2228万元。",
           "项目支出 / 项目支出 / 项目支出增"),
    LABELS("造林面积120公顷，与上年相比增加15公顷。", "造林面积 / 造林面积增加"),
    LABELS("造林面積120公頃，與去年相比增加15公頃。", "造林面積 / 造林面積增加"),
    LABELS("播种面积300亩，和上年相比减少20亩。", "播种面积 / 播种面积减少"),

    /* closing4's list: shares listed after 分别占 keep their verb as 占比 (as
     * 第一产业就业人员占33.6% -> 第一产业就业人员占比), and ordinals whose 第
     * and tail the items share (第一、二、三产业) name each part whole */
    CLASS(shares_listed_after_fenbie_zhan),
    LABELS("全县户籍人口中，男、女分别占51.2%和48.8%。", "男占比 / 女占比"),
    LABELS("男性、女性分別佔51.2%和48.8%。", "男性佔比 / 女性佔比"),
    LABELS("城镇、乡村人口分别占62.1%和37.9%。", "城镇人口占比 / 乡村人口占比"),
    LABELS("第一、二、三产业分别占9.2%、51%和39.8%。", "第一产业占比 / 第二产业占比 / 第三产业占比"),
    LABELS("第一、二、三產業增加值分別為120億元、300億元和250億元。",
           "第一產業增加值 / 第二產業增加值 / 第三產業增加值"),
    LABELS("男、女分别占总人口的51.2%和48.8%。", "男占总人口 / 女占总人口"),
    /* Round 33 class 11: a base of the same month a year before (比上年同月,
     * 比去年同月, 较上年同月, 與上年同月相比) is no part of the indicator: no 同月
     * left before the verb. */
    CLASS(round33_same_month_base),
    LABELS("10月份，工業企業産品銷售率為97.8%，比上年同月下降0.3個百分點。",
           "工業企業産品銷售率 / 工業企業産品銷售率下降"),
    LABELS("3月份，工业企业产品销售率为98.1%，比去年同月提高0.2个百分点。",
           "工业企业产品销售率 / 工业企业产品销售率提高"),
    LABELS("全市工业产品产销率为97.5%，较上年同月下降0.5个百分点。",
           "工业产品产销率 / 工业产品产销率下降"),
    LABELS("全省用电量为120亿千瓦时，與上年同月相比增長5.2%。", "用电量 / 用电量增長"),

    /* Reviewer's leftover: a comparison's base is one phrase, any
     * preposition (与 同 和 比 较), base year (上年 去年 上一年), period (同期
     * 同月 同月份 同季度 末) and 相比 composed, not a list of literals. */
    CLASS(composed_comparison_base),
    LABELS("全市用电量为120亿千瓦时，同上年同月相比增长5.2%。", "用电量 / 用电量增长"),
    LABELS("工业产品产销率为97.5%，比上年同季度下降0.5个百分点。", "工业产品产销率 / 工业产品产销率下降"),
    LABELS("全省用電量為120億千瓦時，與去年同月份相比增長5.2%。", "用電量 / 用電量增長"),
    LABELS("工业产品产销率为97.5%，较去年同季度提高0.5个百分点。", "工业产品产销率 / 工业产品产销率提高"),
    LABELS("全市用电量为120亿千瓦时，和上年同期相比增长5.2%。", "用电量 / 用电量增长"),

    /* Round 33 class 12: a label is never cut inside a word: 提升至 whole
     * (not 升至 of it), and the adverb 进一步 before the verb dropped. */
    CLASS(round33_verb_to_level_whole),
    LABELS("民營企業占外貿總值的比重進一步提升至46.4%。", "民營企業占外貿總值的比重"),
    LABELS("全市常住人口城镇化率进一步提升到65.2%。", "常住人口城镇化率"),
    LABELS("研发经费投入强度进一步提高至2.5%。", "研发经费投入强度"),
    LABELS("森林覆盖率提升至24.1%。", "森林覆盖率"),

    /* Round 31 class 13: a threshold's label drops the definition's subject
     * and verb (规模以上工业企业指…, 调整为…), in both scripts; 指 of a word
     * (指数, 指标) is no definition. */
    CLASS(round31_threshold_definition),
    LABELS("规模以上工业企业指年主营业务收入500万元及以上的法人工业企业。", "年主营业务收入"),
    LABELS("規模以上工業企業指年主營業務收入2000萬元及以上的法人工業企業。", "年主營業務收入"),
    LABELS("限额以上批发业单位指年主营业务收入2000万元及以上的批发业企业。", "年主营业务收入"),
    LABELS("2011年开始，调整为年主营业务收入2000万元及以上的法人工业企业。", "年主营业务收入"),
    LABELS("2011年開始，調整為年主營業務收入2000萬元及以上的法人工業企業。", "年主營業務收入"),
    LABELS("全市居民消费价格指数上涨2.1%。", "居民消费价格指数上涨"),

    /* Round 33 class 12: a streak 連續N個月 that ends its clause takes no
     * words before 連續 (a page's reading after 續 too), only the predicate
     * after it; one with a figure after it in its clause keeps the
     * indicator's words, which that figure takes (round 18). */
    CLASS(round33_streak_no_words_before),
    KIND_LABELS(DURATION, "也是進出口連續(xù)6個月單月實現(xiàn)正增長。", "[單月實現正增長]"),
    KIND_LABELS(DURATION, "制造業規模連續15年居世界首位。", "[居世界首位]"),
    KIND_LABELS(DURATION, "工业生产者出厂价格连续3个月回升。", "[回升]"),
    KIND_LABELS(DURATION, "全省粮食产量连续8年稳定在千亿斤以上。", "[稳定在千亿斤以上]"),
    LABELS("城镇登记失业率连续5年控制在4.1%以内。", "城镇登记失业率 / 城镇登记失业率"),

    /* Round 35 class 12: a quarter in Chinese numerals before a change's
     * subject (前三季度蔬菜产量增长) is the period, no part of the label, and
     * never cut inside (三季度 of 前三季度); with no subject after it the
     * period stays whole (前三季度同比增长). */
    CLASS(round35_cut_period_head),
    LABELS("初步统计，前三季度蔬菜产量增长4.5%。", "蔬菜产量增长"),
    LABELS("初步統計，前三季度蔬菜產量增長4.5%。", "蔬菜產量增長"),
    LABELS("今年前三季度粮食产量同比增长2.1%。", "粮食产量同比增长"),
    LABELS("据统计，前两季度工业用电量下降3.2%。", "工业用电量下降"),
    LABELS("三季度全市蔬菜产量增长4.5%。", "蔬菜产量增长"),
    LABELS("前三季度同比增长4.5%。", "前三季度同比增长"),

    /* Round 35 class 11: the subject taken from the clause before (鲜菜价格
     * 有大幅回落，环比下降12.0%) leaves the degree adverbial before its verb
     * (有大幅, 有所, 大幅, 明显, 有較大幅度, 略有). */
    CLASS(round35_adverbial_before_verb),
    LABELS("鲜菜价格有大幅回落，环比下降12.0%。", "鲜菜价格环比下降"),
    LABELS("鮮菜價格有較大幅度回落，環比下降12.0%。", "鮮菜價格環比下降"),
    LABELS("鲜果价格明显上涨，环比上涨3.2%。", "鲜果价格环比上涨"),
    LABELS("蛋类价格有所下降，同比下降6.6%。", "蛋类价格同比下降"),
    LABELS("水产品价格略有上涨，环比上涨0.8%。", "水产品价格环比上涨"),

    /* Round 35 class 11: a change's subject that only repeats the end of
     * the sentence's subject before a cause (猪肉价格受…影响，价格环比下降)
     * is that subject whole. */
    CLASS(round35_subject_before_cause),
    LABELS("猪肉价格受前期二次育肥出栏量增加，供应量增大影响，价格环比下降5.8%。", "猪肉价格环比下降"),
    LABELS("豬肉價格受供應增加影響，價格環比下降5.8%。", "豬肉價格環比下降"),
    LABELS("鸡蛋价格因供应偏紧，价格同比上涨8.1%。", "鸡蛋价格同比上涨"),
    LABELS("生猪出栏量受疫情影响，出栏量同比下降3.2%。", "生猪出栏量同比下降"),
    LABELS("受供应增加影响，价格环比下降5.8%。", "价格环比下降"),
    LABELS("鲜菜价格环比下降12.0%；猪肉价格受供应增大影响，价格环比下降5.8%。",
           "鲜菜价格环比下降 / 猪肉价格环比下降"),

    /* Round 37 class 6: a paired list of levels (A和B分别为x和y) then its
     * changes after one verb (同比增长a和b): each change is its own item's
     * change, not the pair's (the label of the change said the whole
     * list); the leading link words (累计完成, with their readings) and
     * the 份 of a month figure before the items are no part of them; two
     * items ending in one character (货运量和货物周转量) are each whole. */
    CLASS(round37_paired_list_changes),
    LABELS("完成公路客运量和旅客周转量分别为27.4亿人和1410亿人公里,同比增长8.3%和12.4%。",
           "公路客运量 / 旅客周转量 / 公路客运量同比增长 / 旅客周转量同比增长"),
    LABELS("完成公路客運(yùn)量和旅客周轉(zhuǎn)量分別為27.4億人和1410億人公里,同比增長(zhǎng)8.3%和12.4%。",
           "公路客運量 / 旅客周轉量 / 公路客運量同比增長 / 旅客周轉量同比增長"),
    LABELS("8月份完成水路客运量和旅客周转量分别为2459万人和7.7亿人公里，同比增长6.4%和1.7%。",
           "水路客运量 / 旅客周转量 / 水路客运量同比增长 / 旅客周转量同比增长"),
    LABELS("1至8月份，累計(jì)完成公路貨運(yùn)量和貨物周轉(zhuǎn)量分別為180.4億噸和32305億噸公里，"
           "同比增長(zhǎng)14.7%和17%。",
           "公路貨運量 / 貨物周轉量 / 公路貨運量同比增長 / 貨物周轉量同比增長"),
    LABELS("全年实现出口额和进口额分别为120亿元和80亿元，比上年增长5.2%和3.1%。",
           "出口额 / 进口额 / 出口额增长 / 进口额增长"),
    LABELS("3月份 完成货运量和货物周转量分别为 24.7 亿吨和 4525 亿吨公里, 同比下降 2.1% 和 3.4%。",
           "货运量 / 货物周转量 / 货运量同比下降 / 货物周转量同比下降"),
    LABELS("1-5月份累计完成港口货物吞吐量、集装箱吞吐量和旅客吞吐量分别为5.2亿吨、1200万标箱和300万人，"
           "同比增长3.1%、5.6%和8.2%。",
           "港口货物吞吐量 / 集装箱吞吐量 / 旅客吞吐量 / 港口货物吞吐量同比增长 / "
           "集装箱吞吐量同比增长 / 旅客吞吐量同比增长"),
    LABELS("今年1—6月，全县累计完成地区生产总值和财政总收入分别为120亿元和15亿元，同比增长7.1%和9.3%。",
           "地区生产总值 / 财政总收入 / 地区生产总值同比增长 / 财政总收入同比增长"),
    LABELS("装备制造业和高技术制造业增加值分别为120亿元和80亿元，同比增长7.1%和9.3%。",
           "装备制造业增加值 / 高技术制造业增加值 / 装备制造业增加值同比增长 / 高技术制造业增加值同比增长"),

    /* Round 38 class 8: a demonstrative at a label's head (該項目, 该市,
     * 这些, 此次) names no indicator; 本 does not point (本级支出, 本年收入
     * 合计 are the corpus's names). */
    CLASS(round38_demonstrative_head),
    LABELS("該項(xiàng)目竣工決算送審金額為282,378.73元。", "項目竣工決算送審金額"),
    LABELS("该项目竣工决算送审金额为282,378.73元。", "项目竣工决算送审金额"),
    LABELS("该工程审定金额为356.2万元。", "工程审定金额"),
    LABELS("该市地区生产总值达到1200亿元，增长6.5%。", "地区生产总值 / 地区生产总值增长"),
    LABELS("該縣糧食總產量為35.6萬噸。", "糧食總產量"),
    LABELS("这些企业实现营业收入120亿元。", "企业营业收入"),
    LABELS("此次共发放补贴资金320万元。", "发放补贴资金"),
    LABELS("本年收入合计1200万元，本级支出980万元。", "本年收入合计 / 本级支出"),

    /* Round 38 class 7: 引进落地总投资21.18亿元的…项目: a total investment
     * qualifying the noun after 的; the clause's verbs before 总投资 are
     * no part of it (项目总投资 with no 的 after keeps its subject). */
    CLASS(round38_verbs_before_total_investment),
    LABELS("引进落地总投资21.18亿元的宁德时代新型锂盐研发生产项目。", "总投资"),
    LABELS("开工建设总投资12.5亿元的污水处理厂。", "总投资"),
    LABELS("成功引進總投資8.6億元的智能製造產業園項目。", "總投資"),
    LABELS("新签约投资总额 50 亿元的项目3个。", "投资总额 / 项目"),
    LABELS("项目总投资21.18亿元。", "项目总投资"),

    /* Round 38 class 6 (a judgment): a clause 纳入预算管理的 (納入, 列入)
     * before a budget's indicator says what it counts, no other
     * indicator: 政府性基金收入, its change too. */
    CLASS(round38_counted_in_clause),
    LABELS("纳入预算管理的政府性基金收入完成298,304万元,比上年同期增收86,177万元,增长40.63%。",
           "政府性基金收入 / 政府性基金收入增收 / 政府性基金收入增长"),
    LABELS("納入預算管理的國有資本經營預算收入完成7,088萬元，增長268.59%。",
           "國有資本經營預算收入 / 國有資本經營預算收入增長"),
    LABELS("列入一般公共预算的专项收入12.5亿元，下降3.2%。", "专项收入 / 专项收入下降"),
    LABELS("纳入统计的规模以上工业企业达到235家。", "规模以上工业企业"),
    LABELS("纳入预算管理的资金1200万元。", "资金"),

    /* Round 37 class 7: a count's noun ends before how the counted ones
     * moved (呈现, 表现为); a bracketed gloss after an abbreviation in
     * capitals (CPI（居民消费价格指数）) is no part of the label. */
    CLASS(round37_count_verb_and_abbreviation_gloss),
    LABELS("從分類看,8大類商品及服務價格指數呈現“六升二降”。", "商品及服務價格指數"),
    LABELS("从分类看，8大类商品及服务价格指数呈现“六升二降”态势。", "商品及服务价格指数"),
    LABELS("7大类商品价格表现为上涨。", "商品价格"),
    LABELS("我市CPI(居民消費價格指數(shù))同比上漲2.3%。", "CPI同比上漲"),
    LABELS("我市CPI（居民消费价格指数）同比上涨2.3%。", "CPI同比上涨"),
    LABELS("全市PPI(工业生产者出厂价格指数)同比下降1.2%。", "PPI同比下降"),
    LABELS("地区生产总值（GDP）增长6.5%。", "地区生产总值（GDP）增长"),

    /* Round 38 class 5: a share whose reference is followed by its source
     * in brackets before 的N% (a comma inside them or none): the level's
     * label + 占 + the reference, the source left out. */
    CLASS(round38_share_past_bracketed_source),
    LABELS_AFTER(2, "一般公共预算支出完成1,580,349万元,增长8.91%,占省级核定一般公共预算支出预计数(预计数取自《福建省财政厅关于2018年1-5月市县(区)财政收支考核情况的通报》,闽财预〔2018〕30号)的60.68%。",
           "一般公共预算支出占省级核定一般公共预算支出预计数"),
    LABELS("政府性基金支出完成260,641萬元，增長67.97%，佔省級核定政府性基金支出預計數（預計數取自省財政廳通報，閩財預〔2018〕30號）的31.83%。",
           "政府性基金支出 / 政府性基金支出增長 / 政府性基金支出佔省級核定政府性基金支出預計數"),
    LABELS("一般公共预算支出完成1,580,349万元,增长8.91%,占年初预算(含上级补助,不含债务)的60.68%。",
           "一般公共预算支出 / 一般公共预算支出增长 / 一般公共预算支出占年初预算"),
    LABELS("税收收入 52.3 亿元，占一般公共预算收入（不含基金, 下同） 的 71.2%。",
           "税收收入 / 税收收入占一般公共预算收入"),

    /* Review 36 finding 2: a comparison's base period is composed, not
     * listed: 上 with 一/个 or none and a period (年 年度 半年 季度 季 月 月份
     * 周 旬), 去年, and its part (同期 同月 末 底 初): 比上年底, 与上一季度相比,
     * 较上半年, 比上個月, both scripts; none of it stays in the label. */
    CLASS(review36_composed_base_periods),
    LABELS("全市用电量为120亿千瓦时，比上年底增长5.2%。", "用电量 / 用电量增长"),
    LABELS("全市工业增加值为320亿元，与上一季度相比增长3.1%。", "工业增加值 / 工业增加值增长"),
    LABELS("全市固定资产投资为560亿元，较上半年提高2.0%。", "固定资产投资 / 固定资产投资提高"),
    LABELS("全省用電量為120億千瓦時，比上個月增長5.2%。", "用電量 / 用電量增長"),
    LABELS("全省工業增加值為320億元，與上一季度相比增長3.1%。", "工業增加值 / 工業增加值增長"),
    LABELS("全市存款余额为5600亿元，较上年末增长8.0%。", "存款余额 / 存款余额增长"),

    /* Round 36 class 5: an age range or threshold before 人口 is part of
     * the indicator (0-14歲人口, 60周岁以上, 0～14岁, 15至59岁), in both
     * scripts; its share is that label + 占比, and the points change of
     * 人口的比例 names the age group, not the share's label before it. */
    CLASS(round36_age_groups),
    LABELS("全市常住人口中,0-14歲人口為483656人,占19.26%;15-64歲人口為1743020人,占69.41%;65歲及以上人口為284518人,占11.33%。",
           "0-14歲人口 / 0-14歲人口占比 / 15-64歲人口 / 15-64歲人口占比 /  / 65歲及以上人口 / 65歲及以上人口占比"),
    LABELS("全市常住人口中,0-14歲人口為483656人,占19.26%;15-64歲人口為1743020人,占69.41%。與2010年第六次全國人口普查相比,0-14歲人口的比例上升0.94個百分點,15-64歲人口的比例下降2.15個百分點。",
           "0-14歲人口 / 0-14歲人口占比 / 15-64歲人口 / 15-64歲人口占比 / 0-14歲人口的比例上升 / 15-64歲人口的比例下降"),
    LABELS("全县常住人口中，0—14岁人口为117917人，占20.36%；60周岁以上人口为78366人，占13.53%。",
           "0—14岁人口 / 0—14岁人口占比 /  / 60周岁以上人口 / 60周岁以上人口占比"),
    LABELS("0～14岁人口为253383938人，占17.95%；15至59岁人口为894376020人，占63.35%。",
           "0～14岁人口 / 0～14岁人口占比 / 15至59岁人口 / 15至59岁人口占比"),
    LABELS("全区常住人口中，0-14岁人口为117917 人，占 20.36 %。与2010年相比，0-14岁人口的比重上升2.1个百分点。",
           "0-14岁人口 / 0-14岁人口占比 / 0-14岁人口的比重上升"),
    LABELS("65週歲及以上人口為284518人，佔11.33%。", "65週歲及以上人口 / 65週歲及以上人口佔比"),

    /* Round 36 class 6: leaked markup and footnote marks are never the
     * indicator: a garbled copy's ? glued inside the word (總?cè)丝?/span>)
     * does not cut the label; a whole tag or entity (<br>, </p>, &nbsp;)
     * and a circled mark (③) at the label's ends are dropped. */
    CLASS(round36_markup_and_marks),
    LABELS("2015年末,全市常住總?cè)丝?/span>③為2511195人。", "常住總?cè)丝?/span>"),
    LABELS("全市户籍人口<br>为125.3万人，增长1.2%。", "户籍人口 / 户籍人口增长"),
    LABELS("全市地区生产总值&nbsp;达到1250亿元。", "地区生产总值"),
    LABELS("<p>全市常住人口为2511195人</p>", "常住人口"),
    LABELS("全市常住人口③为2511195人，其中城镇人口⑤为150万人。", "常住人口 / 城镇人口"),
    LABELS("全市共有家庭戶⑤650140戶,家庭戶人口為2470348人。", "家庭戶 / 家庭戶人口"),
    LABELS("全市常住人口<span>为</span>2511195人。", "常住人口"),

    /* Round 36 class 6, second part: a remark in brackets holding a comma
     * (以女性為100,男性對女性的比例) between the subject and 由…的X上升為Y
     * is skipped: the subject before it labels both values, a garbled
     * subject too. */
    CLASS(round36_remark_before_from_to),
    KIND_LABELS(COUNT, "總人口性別比(以女性為100,男性對女性的比例)由2010年第六次全國人口普查的110.88上升為111.90。",
                "[總人口性別比] [總人口性別比] [總人口性別比]"),
    KIND_LABELS(COUNT, "总人口性别比（以女性为100，男性对女性的比例）由2010年的105.37下降为104.81。",
                "[总人口性别比] [总人口性别比] [总人口性别比]"),
    KIND_LABELS(COUNT, "出生人口性别比（以女性为100, 男性对女性的比例）为 112.5。", "[出生人口性别比] [出生人口性别比]"),
    LABELS_AFTER(1, "總?cè)丝谛詣e比(以女性為100,男性對女性的比例)由2010年第六次全國人口普查的110.88上升為111.90。",
                 "總?cè)丝谛詣e比 / 總?cè)丝谛詣e比"),

    /* Round 36 class 7 (its part in one paragraph): a poster's line that
     * opens with 由/从/從 a base's name and 的 before its value, the verb
     * of the change after it (提升至, 增长至) in the next clause or the
     * next paragraph: the name without the preposition labels the value. */
    CLASS(round36_from_name_of_value),
    LABELS("由第二次普查的95.5%，提升至，", "第二次普查"),
    LABELS("从第一次普查的1246万台，增长至", "第一次普查"),
    LABELS("從第一次普查的1246萬台，增長至", "第一次普查"),
    LABELS("由第二次普查的15.8%，", "第二次普查"),

    /* Round 36 class 8: a verb phrase ending in 了 before what is counted
     * (组织动员了, 登记了, 培训了) is no part of the label; a count after
     * such a verb alone (实地调查了265个样方) is labelled by its noun. */
    CLASS(round36_verb_le_before_count),
    LABELS("全市共组织动员了普查员、普查指导员和各级普查机构的工作人员4336人。",
           "普查员、普查指导员和各级普查机构的工作人员"),
    LABELS("全县共选聘了普查员和普查指导员1200人。", "普查员和普查指导员"),
    LABELS("全區共培訓了普查人員856人。", "普查人員"),
    LABELS("实地调查了265个样方。", "样方"),
    LABELS("共登记了334286户农户。", "农户"),

    /* Round 36 class 8, second part: a count after a verb alone takes the
     * noun after it, in a list of counts too (265个样方和53个抽中普查区),
     * and the noun ends before a preposition's clause (106名工作人员对粮食…). */
    CLASS(round36_count_noun_after),
    LABELS("完成了86景卫星遥感数据处理,实地调查了265个样方和53个抽中普查区。",
           "卫星遥感数据处理 / 样方 / 抽中普查区"),
    LABELS("组织106名工作人员对粮食、棉花等大宗农作物播种面积进行卫星遥感测量。", "工作人员"),
    LABELS("抽调35名技术人员对全县耕地进行核查。", "技术人员"),
    LABELS("組織120名幹部對農戶進行普查宣傳。", "幹部"),
    LABELS("全县有12个相对贫困村。", "相对贫困村"),

    /* Review of round 39, item 13: a verb's 了 left at a level's head once
     * the verb was trimmed (完成了投资 -> 了投资) is dropped too; 对接, 对比,
     * 对标 after a count are what the counted ones do (one list of the
     * words 对 belongs to, in both scripts). */
    CLASS(review39_le_and_dui_verbs),
    LABELS("全县完成了投资120亿元。", "投资"),
    LABELS("全年完成了固定资产投资35亿元。", "固定资产投资"),
    LABELS("累計完成了投資35億元。", "投資"),
    LABELS("共完成了投资 120 亿元。", "投资"),
    LABELS("抽调120名技术人员对接企业。", "技术人员"),
    LABELS("選派30名幹部對接重點項目。", "幹部"),
    LABELS("抽调20名骨干对比分析数据。", "骨干"),
    LABELS("组织50名专家对标先进地区。", "专家"),
    LABELS("全县有12个相对贫困村。", "相对贫困村"),

    /* Round 40 class 8: the copula 是 at a label's head is no part of it
     * (2019年是新中国成立70周年), as 为; 是否, 是非 keep it; a name that
     * begins with the country (中国共产党) keeps the country. */
    CLASS(round40_copula_shi),
    LABELS("2019年是新中国成立70周年。", "新中国成立"),
    LABELS("2021年是中国共产党成立100周年。", "中国共产党成立"),
    LABELS("2024年是中華人民共和國成立75週年。", "中華人民共和國成立"),
    LABELS("今年是改革开放40周年。", "改革开放"),
    LABELS("2019年 是 新中国成立70周年。", "新中国成立"),
    LABELS("是否达标的企业12家。", "是否达标的企业"),

    /* Round 40 class 8: a change whose words name its subject again after
     * a comparison's base (比去年底万人发明专利拥有量增幅) takes that name
     * once, not the level's label before it too. */
    CLASS(round40_base_then_subject),
    LABELS_AFTER(1, "全市万人发明专利拥有量55.18件,比去年底万人发明专利拥有量增幅12.41%。",
                 "万人发明专利拥有量增幅"),
    LABELS_AFTER(1, "全市万人发明专利拥有量55.18件,比上年末万人发明专利拥有量增长12.41%。",
                 "万人发明专利拥有量增长"),
    LABELS_AFTER(1, "全市萬人發明專利擁有量55.18件,比去年底萬人發明專利擁有量增幅12.41%。",
                 "萬人發明專利擁有量增幅"),
    LABELS_AFTER(1, "全市万人发明专利拥有量55.18件,较去年同期万人发明专利拥有量增长12.41%。",
                 "万人发明专利拥有量增长"),
    LABELS_AFTER(1, "全市万人发明专利拥有量55.18件,与上年相比万人发明专利拥有量增长12.41%。",
                 "万人发明专利拥有量增长"),

    /* Round 39 class 6 (stats-shangyu 8:254): 产业结构进一步优化,由上年的
     * 6.9:55.9:37.2演变为6.7:55.1:38.2: a ratio whose clause is only 由 and
     * its base period, after a clause of a subject and a verb of betterment,
     * is the subject's, and so is the ratio after 演变为 (also 今年继续优化为
     * after a labelled ratio). Not after a clause that is no such verb, nor
     * one holding a figure. */
    CLASS(round39_ratio_subject_before_verb),
    LABELS("产业结构进一步优化,由上年的6.9:55.9:37.2演变为6.7:55.1:38.2。",
           "产业结构 / 产业结构 / 产业结构 / 产业结构 / 产业结构 / 产业结构"),
    LABELS("產業結構進一步優化，由上年的6.9:55.9:37.2演變為6.7:55.1:38.2。",
           "產業結構 / 產業結構 / 產業結構 / 產業結構 / 產業結構 / 產業結構"),
    LABELS("三次产业结构继续优化,由2012年的8.1:50.2:41.7调整为7.6:49.8:42.6。",
           "三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / "
           "三次产业结构"),
    LABELS("三次產業結構持續優化，由上年末的6.9∶55.9∶37.2調整為6.7∶55.1∶38.2。",
           "三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / "
           "三次產業結構"),
    LABELS("三次产业结构由上年的6.9:55.9:37.2今年继续优化为6.7:55.1:38.2。",
           "三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / "
           "三次产业结构"),
    LABELS("经济运行平稳,由上年的6.9:55.9:37.2调整为6.7:55.1:38.2。", "调整 / 调整 / 调整"),
    LABELS("全县生产总值增长5%,由上年的6.9:55.9:37.2调整为6.7:55.1:38.2。",
           "生产总值增长 /  /  /  / 调整 / 调整 / 调整"),

    /* Round 39 class 7 (stats-shangyu 8:133, water-yangzhou 8:29, 8:55): a
     * preposition or a verb of conversion at a label's head (按年平均汇率,
     * 折合降水总量, 約合) is dropped; 按揭, 按年增長 (year-on-year) and the
     * clauses 按…计算 keep theirs.  A value whose words are only the base of
     * a comparison and 多 or 少 (比多年均值多) is the indicator's before it
     * and the word (not after 比重: no row here, as fig39 makes 比重较上年多
     * a change of the share). */
    CLASS(round39_preposition_at_head),
    LABELS("全区人均生产总值80229元,按年平均汇率(6.1927)计算,人均生产总值达12955美元。",
           "人均生产总值 / 年平均汇率 / 人均生产总值"),
    LABELS("扬州市年降水量1114.8mm,折合降水总量73.5亿m³,比2020年少5.4%,比多年均值多8.7%。",
           "扬州市年降水量 / 降水总量 / 扬州市年降水量少 / 扬州市年降水量多"),
    LABELS("全省年降水量1114.8毫米,約合降水總量73.5億立方米。", "年降水量 / 降水總量"),
    LABELS("全市粮食产量100万吨,比上年多5万吨。", "粮食产量 / 粮食产量多"),
    LABELS("全市年降水量980毫米,較常年少12.5%。", "年降水量 / 年降水量少"),
    LABELS("全市個人住房按揭貸款餘額120億元。", "個人住房按揭貸款餘額"),
    LABELS("進出口貨值按年增長5.1%。", "進出口貨值按年增長"),

    /* Round 40 class 8: 开复工5000万元以上项目32个 (report-lishu 8:191): a
     * threshold after a verb of work on projects is the noun's (项目); 引进
     * 投资2亿元以上项目 keeps its noun 引进投资.  A list of units too long for
     * a label (meeting-notice-yuhuan 7:169) is no label cut short: what
     * follows the last item is. */
    CLASS(round40_threshold_and_long_list),
    LABELS("全年开复工5000万元以上项目32个。", "项目 / 开复工5000万元以上项目"),
    LABELS("全年新開工5000萬元以上項目32個。", "項目 / 新開工5000萬元以上項目"),
    LABELS("引进投资2亿元以上项目18个。", "引进投资 / 引进投资2亿元以上项目"),
    LABELS("全县固定资产投资5000万元以上,增长5%。", "固定资产投资 / 固定资产投资增长"),
    LABELS("县监察局、县交警大队、县消防大队、县文化体育局、县广电局、大麦屿港务分局、县物产集团总公"
           "司、县水利局、县供销总社、县农业局、县民族宗教事务局、县汽摩工业园区、县气象局、大鹿岛旅"
           "游开发总公司(由县风景旅游管理局负责通知)分管安全生产工作的领导各1名。",
           "分管安全生产工作的领导"),
    LABELS("縣監察局、縣交警大隊、縣消防大隊、縣文化體育局、縣廣電局、大麥嶼港務分局、縣物產集團總公"
           "司、縣水利局、縣供銷總社、縣農業局、縣民族宗教事務局、縣汽摩工業園區、縣氣象局分管安全生"
           "產工作的領導各1名。",
           "縣氣象局分管安全生產工作的領導"),
    LABELS("县监察局、县交警大队分管安全生产工作的领导各1名。",
           "县监察局、县交警大队分管安全生产工作的领导"),

    /* Round 39 class 8 (pdfcopy-weixian 8:19): 优良天数为127天,去年同期为89天:
     * a level whose words are only a period is the same indicator's, the
     * level before it of the same kind and unit; not of another unit. */
    CLASS(round39_level_of_a_period),
    LABELS("全市优良天数为127天,去年同期为89天。", "优良天数 / 优良天数"),
    LABELS("全縣優良天數為127天,去年同期為89天。", "優良天數 / 優良天數"),
    LABELS("PM2.5平均浓度为35微克/立方米,上年同期为40微克/立方米。",
           "PM2.5平均浓度 / PM2.5平均浓度"),
    LABELS("全市优良天数为127天,去年为89天。", "优良天数 / 优良天数"),
    LABELS("全市完成投资12亿元,去年同期为89天。", "完成投资 / 同期"),

    /* Round 39 class 8 (pdfcopy-weixian 2:5, once its first line is no
     * title): 我县综合指数年累计为5.73,同比下降14.99%: the 年 of 年累计 goes
     * with the verb 累计 (综合指数, not 综合指数年); 全年, 今年, 2020年 are
     * untouched (工业用电量今年: the period kept as before, not 今 alone). */
    CLASS(round39_year_to_date_total),
    LABELS("1月1日至7月27日,我县综合指数年累计为5.73,同比下降14.99%。",
           "综合指数 / 综合指数同比下降"),
    LABELS("全縣綜合指數年累計為5.73,同比下降14.99%。", "綜合指數 / 綜合指數同比下降"),
    LABELS("全县降水量年累计为800毫米。", "降水量"),
    LABELS("全县工业用电量今年累计为5.73亿千瓦时。", "工业用电量今年"),

    /* Round 39 (report-shanghang 4:339, with class 6): 三次产业比调整为11.8︰
     * 48.3︰39.9: a verb of change (and its adverbs) before a ratio is no part
     * of what it is of; 性别比 and a label without the verb keep theirs. */
    CLASS(round39_ratio_after_turn_verb),
    LABELS("三次产业比调整为11.8︰48.3︰39.9。", "三次产业比 / 三次产业比 / 三次产业比"),
    LABELS("三次產業比調整為11.8:48.3:39.9。", "三次產業比 / 三次產業比 / 三次產業比"),
    LABELS("三次产业结构比进一步优化为11.8:48.3:39.9。",
           "三次产业结构比 / 三次产业结构比 / 三次产业结构比"),
    LABELS("三次产业结构比为11.8:48.3:39.9。", "三次产业结构比 / 三次产业结构比 / 三次产业结构比"),
    LABELS("男女性别比变为105:100。", "男女性别比 / 男女性别比"),

    /* stats-zhongshan 6:29, stats-national-industry 4:11: a count of
     * industries or products whose label ends before the change said of them
     * (产品产量同比, 大類行業增加值) is of the noun alone; a label that says the
     * change whole stays (行业增加值实现增长), and so does a count of another
     * noun. */
    CLASS(counted_industries_and_products),
    LABELS("全市纳入统计的277种工业产品中,136种产品产量同比实现增长。", "工业产品 / 产品"),
    LABELS("10月份,39個大類行業增加值全部保持同比增長。", "大類行業"),
    LABELS("41個大類行業中有32個行業增加值保持同比增長。",
           "大類行業 / 行業增加值保持同比增長"),
    LABELS("全市有15个行业增加值增长5%。", "行业 / 行业增加值增长"),
    LABELS("全县有12个乡镇财政收入实现增长。", "乡镇财政收入"),

    /* Round 42 class 8a (stats-jinyun 2:313): 人均GDP为78655元(按年平均汇率折算
     * 为11162美元): a conversion in parentheses right after a value is the
     * same indicator's (人均GDP), not 按年平均汇率折算; a parenthesis that
     * names its own indicator, and a conversion out of parentheses, keep
     * theirs. */
    CLASS(round42_conversion_in_parentheses),
    LABELS("全市人均GDP为78655元(按年平均汇率折算为11162美元)。", "人均GDP / 人均GDP"),
    LABELS("全縣人均GDP為78655元（按年平均匯率折算為11162美元）。", "人均GDP / 人均GDP"),
    LABELS("全市进出口总额为120亿元(折合17.8亿美元)。", "进出口总额 / 进出口总额"),
    LABELS("全市生产总值为500亿元(其中第一产业增加值为50亿元)。",
           "生产总值 / 第一产业增加值"),

    /* Round 42 class 8c (stats-jinyun 3:83): 全年上報城鎮新增就業5071人: the
     * reporting verb 上报 at a label's head is no part of the indicator
     * (the corpus golds have no other reporting verb); 上报率 keeps it. */
    CLASS(round42_reporting_verb_at_head),
    LABELS("全年上报城镇新增就业5071人。", "城镇新增就业"),
    LABELS("全年上報城鎮新增就業5071人。", "城鎮新增就業"),
    LABELS("全县上报规模以上工业企业12家。", "规模以上工业企业"),
    LABELS("统计数据上报率为98%。", "统计数据上报率"),
    LABELS("全年上报率为98%。", "上报率"),

    /* Round 42 class 8b (stats-jinyun 2:408, 2:414): 男性人口23.85萬人,女性人口
     * 22.61萬人,分別占總人口的51.3%和48.7%: shares after 分别 whose label is
     * only 占… take each the subject of the level before them in turn; one
     * share alone is another rule's (as before). */
    CLASS(round42_shares_of_levels_before),
    LABELS("其中男性人口23.85万人,女性人口22.61万人,分别占总人口的51.3%和48.7%。",
           "男性人口 / 女性人口 / 男性人口占总人口 / 女性人口占总人口"),
    LABELS("其中男性人口23.85萬人,女性人口22.61萬人,分別占總人口的51.3%和48.7%。",
           "男性人口 / 女性人口 / 男性人口占總人口 / 女性人口占總人口"),
    LABELS("其中城镇人口30万人,乡村人口16万人,分别占常住人口的65%和35%。",
           "城镇人口 / 乡村人口 / 城镇人口占常住人口 / 乡村人口占常住人口"),
    LABELS("其中男性人口23.85万人,占总人口的51.3%。", "男性人口 / 男性人口占总人口"),
    LABELS("男性人口和女性人口分别占总人口的51.3%和48.7%。",
           "男性人口占总人口 / 女性人口占总人口"),

    /* Round 41 class 4 (stats-national-2018m4 1:817, 1:821; budget-dezhou
     * 2:234): a label holds no pinyin reading, whichever rule built it
     * (the items of a 分別 list, 增速分別比…快), and a list of places in
     * parentheses keeps its items with their readings (縣(市、區(qū))). */
    CLASS(round41_readings_in_labels),
    LABELS("高技術(shù)產(chǎn)業(yè)和裝備制造業(yè)增加值同比分別增長(zhǎng)11.8%和10.3%,增速分別比規模以上"
           "工業(yè)快4.8和3.3個百分點。",
           "高技術產業增加值同比增長 / 裝備制造業增加值同比增長 / 高技術產業增加值增速快 / "
           "裝備制造業增加值增速快"),
    LABELS("高技术产业和装备制造业增加值同比分别增长11.8%和10.3%,增速分别比规模以上工业快4.8和3.3个"
           "百分点。",
           "高技术产业增加值同比增长 / 装备制造业增加值同比增长 / 高技术产业增加值增速快 / "
           "装备制造业增加值增速快"),
    LABELS("全市7個縣(區(qū))公共財政預(yù)算收入共完成851064萬元。", "縣(區) / 縣(區)公共財政預算收入"),
    LABELS("全市7个县(区)公共财政预算收入共完成851064万元。", "县(区) / 县(区)公共财政预算收入"),

    /* Round 41 class 4 (budget-dezhou 2:214, 2:230): 2個(gè)縣(市)收入增幅超過
     * 30%: a count of places named with their kinds in parentheses, inside
     * a change's words that go on with what is measured of each place,
     * counts the places; the change is of that measure, and never begins
     * with the count's reading (gè）).  Not a noun of its own after the
     * places (12个乡(镇)卫生院: the health centres are counted). */
    CLASS(round41_counted_places),
    LABELS("2個(gè)縣(市)收入增幅超過30%。", "縣(市) / 收入增幅"),
    LABELS("2个县(市)收入增幅超过30%。", "县(市) / 收入增幅"),
    LABELS("2個縣(市)收入增幅超過30%。", "縣(市) / 收入增幅"),
    LABELS("12个乡(镇)卫生院收入增长5%。", "乡(镇)卫生院收入 / 乡(镇)卫生院收入增长"),

    /* Round 44 class 7 (stats-jiangkou 7:43): 三次产业对经济增长的拉动分别为:
     * 第一产业0.62个百分点,…: each value after 分别为: opens with its own
     * subject; the indicator said once before it (the words after its last
     * 的: 拉动, 贡献率 …) is each subject's.  Not a plain level named before
     * 分别为 (收入分别为:税收收入…). */
    CLASS(round44_points_after_respectively),
    LABELS("三次产业对经济增长的拉动分别为:第一产业0.62个百分点,第二产业0.86个百分点,第三产业3.62个百分点。",
           "第一产业拉动 / 第二产业拉动 / 第三产业拉动"),
    LABELS("三次產業對經濟增長的拉動分別為：第一產業0.62個百分點，第二產業0.86個百分點，第三產業3.62個百分點。",
           "第一產業拉動 / 第二產業拉動 / 第三產業拉動"),
    LABELS("三次产业对经济增长的贡献率分别为:第一产业8.1%,第二产业40.2%,第三产业51.7%。",
           "第一产业贡献率 / 第二产业贡献率 / 第三产业贡献率"),
    LABELS("全市的收入分别为:税收收入100亿元,非税收入50亿元。", "税收收入 / 非税收入"),

    /* Round 44 class 8 (stats-bengbu 6:231): 三次產業結構由上年的13.2:32.3:54.5
     * 調整為12.4:30.9:56.7: the ratio after 調整為 in the same clause is the
     * subject's as the one before it.  Not a ratio of another clause. */
    CLASS(round44_ratio_turned_to),
    LABELS("三次產業結構由上年的13.2:32.3:54.5調整為12.4:30.9:56.7。",
           "三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構"),
    LABELS("三次产业结构由上年的13.2:32.3:54.5调整为12.4:30.9:56.7。",
           "三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构 / 三次产业结构"),
    LABELS("三次產(chǎn)業(yè)結(jié)構(gòu)由上年的13.2:32.3:54.5調(diào)整為12.4:30.9:56.7。",
           "三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構 / 三次產業結構"),

    /* Round 44 class 9 (budget-city-1-7m 1:124): 将地方教育附加等11项政府性基金
     * 收入纳入一般公共预算管理: the counted noun handed into something (纳入,
     * 划入, 列入 after 将) is the label, not the handing. */
    CLASS(round44_count_handed_into),
    LABELS("今年开始将地方教育附加等11项政府性基金收入纳入一般公共预算管理,形成净增收。",
           "政府性基金收入"),
    LABELS("今年開始將地方教育附加等11項政府性基金收入納入一般公共預算管理，形成淨增收。",
           "政府性基金收入"),
    LABELS("全年新建11个污水处理厂。", "污水处理厂"),
    /* the text ends a few bytes after the figure with the label's first
     * bytes (浍 shares two with 浏): no read past its end (ASan, CI) */
    LABELS("浏览：8616，浍", "浏览"),

    /* Round 44 class 6 (audit-cnao 2:247): 有关地方、部门和单位共整改问题金额
     * 5380多亿元: the scope 有关…共 before the indicator is no part of it. */
    CLASS(round44_scope_list_before_total),
    LABELS("有关地方、部门和单位共整改问题金额5380多亿元。", "整改问题金额"),
    LABELS("有關地方、部門和單位共整改問題金額5380多億元。", "整改問題金額"),
    LABELS("有关部门共同整改问题金额5380亿元。", "有关部门共同整改问题金额"),

    /* Round 41 class 5 (audit-haiqu 2:18, 2:33, 2:157): the auditor before
     * 审计发现, and 督促相关单位 before what they were made to do, are no part
     * of the indicator; 已 before 整改 is (set against 正在整改). */
    CLASS(round41_actor_before_indicator),
    LABELS("2021年,海區審計局審計發現問題82個,截至7月底,已整改問題38個,正在整改問題21個。",
           "審計發現問題 / 已整改問題 / 正在整改問題"),
    LABELS("2021年,海区审计局审计发现问题82个,截至7月底,已整改问题38个。",
           "审计发现问题 / 已整改问题"),
    LABELS("督促相關單位固定資產入賬28,641.24萬元。", "固定資產入賬"),
    LABELS("督促相关单位固定资产入账28641.24万元。", "固定资产入账"),
    LABELS("审计发现问题82个。", "审计发现问题"),

    /* Round 41 class 5 (stats-national-2018m4 1:477): 增加值同比實際增長7.0%,
     * 增速比上月加快1.0個百分點: the growth's 同比, 同比實際 are no part of the
     * label of its rate's change. */
    CLASS(round41_yoy_in_rate_change),
    LABELS("4月份,全國規模以上工業增加值同比實際增長7.0%,增速比上月加快1.0個百分點,比上年同月加快0.5個百分點。",
           "規模以上工業增加值同比實際增長 / 規模以上工業增加值增速加快 / 規模以上工業增加值增速加快"),
    LABELS("4月份,全国规模以上工业增加值同比增长7.0%,增速比上月加快1.0个百分点。",
           "规模以上工业增加值同比增长 / 规模以上工业增加值增速加快"),

    /* Round 41 (dezhou 2:256): 6個縣(市、區(qū))收入增幅超過20%: the clause
     * opened at the 、 inside the places' parentheses begins no label. */
    CLASS(round41_counted_places_listed),
    LABELS("6個(gè)縣(市、區(qū))收入增幅超過20%。", "縣(市、區) / 收入增幅"),

    /* Round 44 class 6 (audit-cnao 2:169): 分别有1691个、513个(占94%、62%)
     * 已完成整改: the values listed after 分别有 are of the words after the
     * list (the shares with 占比).  Not when figures follow (分别有…,增长5%). */
    CLASS(round44_respectively_have),
    LABELS_AFTER(2, "要求立行立改的1786个、分阶段整改的817个问题中,分别有1691个、513个(占94%、62%)已完成整改;",
           "已完成整改 / 已完成整改 / 已完成整改占比 / 已完成整改占比"),
    LABELS_AFTER(2, "要求立行立改的1786個、分階段整改的817個問題中，分別有1691個、513個（占94%、62%）已完成整改；",
           "已完成整改 / 已完成整改 / 已完成整改占比 / 已完成整改占比"),
    LABELS("两市分别有120家、98家企业。", "企业 / 企业"),
    LABELS("两市分别有120家、98家,比上年增长5%。", "两市 / 两市 / 两市增长"),

    /* figlab45 (round 43 class 9, industry-national-2008m10 2:58; round 41
     * water-mwr-2016 18:33): a remark in parentheses holding a figure inside
     * the subject (規模以上工業企業(年主營業務收入500萬元以上的企業)增加值,
     * 地下水資源量(礦化度≤2g/L)8854.8億m3): the words before the remark begin
     * the label, the words after it end it.  Not: a remark with no figure
     * (粮食产量（含大豆）), a remark at the clause's start. */
    CLASS(figlab45_subject_around_remark),
    LABELS("全國規模以上工業企業(年主營業務收入500萬元以上的企業)增加值同比增長8.2%,比上年同期回落9.7個百分點。",
           "年主營業務收入 / 規模以上工業企業增加值同比增長 / 規模以上工業企業增加值增速回落"),
    LABELS("全国规模以上工业企业（年主营业务收入500万元以上的企业）增加值同比增长8.2%。",
           "年主营业务收入 / 规模以上工业企业增加值同比增长"),
    LABELS("全國地下水資源量(礦化度≤2g/L)8854.8億m3,比多年平均偏多9.8%。",
           "礦化度 / 地下水資源量 / 地下水資源量偏多"),
    LABELS("地区生产总值（按2020年价格计算）增长5.1%。", "地区生产总值增长"),
    LABELS("全年粮食产量（含大豆）500万吨。", "粮食产量（含大豆）"),
    LABELS("（2020年价格）地区生产总值增长5.1%。", "地区生产总值增长"),

    /* figlab45 (round 43 class 9, industry-national-2008m10 2:214): 工業企業共
     * 實現出口交貨值7089億元: 共 with the linking verb 實現 is no part of the
     * indicator. */
    CLASS(figlab45_total_linking_verb),
    LABELS("工業企業共實現出口交貨值7089億元,同比增長6.8%。", "工業企業出口交貨值 / 工業企業出口交貨值同比增長"),
    LABELS("工业企业共实现出口交货值7089亿元。", "工业企业出口交货值"),
    LABELS("工业企业实现出口交货值7089亿元。", "工业企业出口交货值"),

    /* figlab45 (round 43 class 10, finalaccounts-shapingba 3:215, 4:96): 一般
     * 公共预算收入总计125.87亿元 (after 加上…转移性收入): the total with the
     * transfers is another figure than the 收入; 总计 right before the value
     * of a 收入 or 支出 stays.  Not 合计 of a fund's 收入 (五项…基金收入合计: a
     * sum of funds), not 总计 before a verb. */
    CLASS(figlab45_budget_total_kept),
    LABELS("一般公共预算收入总计125.87亿元。", "一般公共预算收入总计"),
    LABELS("一般公共預算支出總計125.87億元。", "一般公共預算支出總計"),
    LABELS("全区一般公共预算收入总计125.87亿元。", "一般公共预算收入总计"),
    LABELS("五项社会保险基金收入合计67154亿元。", "五项社会保险基金收入"),
    LABELS("收入总计79.52亿元。", "收入总计"),

    /* figlab45 (round 43 class 9, industry-national-2008m10 2:115-164): a
     * series of months after a rate (6月份的增速還保持在16.0%,7月份回落至
     * 14.7%,8月份為12.8%): each month's value is the same rate (增速), a
     * change of it in points its rate and verb (增速回落).  Not: months
     * whose clauses name indicators of their own. */
    CLASS(figlab45_month_series_of_rate),
    LABELS("6月份的增速還保持在16.0%,7月份回落至14.7%,8月份為12.8%,9月份為11.4%,10月份比9月份又回落3.2個百分點。",
           "增速 / 增速 / 增速 / 增速 / 增速回落"),
    LABELS("6月份的增速还保持在16.0%，7月份回落至14.7%，8月份为12.8%。", "增速 / 增速 / 增速"),
    LABELS("6月份出口增长16.0%，7月份进口增长14.7%。", "出口增长 / 进口增长"),

    /* figlab45 (round 44, audit-cnao 2:146, 2:158): 要求立行立改的1786个、
     * 分阶段整改的817个问题中: counts listed each after its own modifier
     * with 的, the counted noun said once after the last, are each that
     * modifier's noun (要求立行立改的问题, 分阶段整改的问题); a scope ending
     * in 中 before the first modifier is none of it.  Not: a second count
     * without a modifier. */
    CLASS(figlab45_listed_counts_with_modifiers),
    LABELS("截至2024年9月底,2023年度审计工作报告中要求立行立改的1786个、分阶段整改的817个问题中,分别有1691个已完成整改。",
           "要求立行立改的问题 / 分阶段整改的问题 / 已完成整改"),
    LABELS("審計工作報告中要求立行立改的1786個、分階段整改的817個問題,均已整改。",
           "要求立行立改的問題 / 分階段整改的問題"),
    LABELS("全市新建的120所、改建的30所学校。", "新建的学校 / 改建的学校"),
    LABELS("全市新建的120所、30所学校。", "新建 / 学校"),

    /* figlab46 (round 46 class 12, budget-hunan-2015h1 7:85): a connective
     * at a label's head (如, 如：, 例如, 比如, 譬如) is no part of it.  Not:
     * 如期 (a word of its own). */
    CLASS(figlab46_connective_at_label_head),
    LABELS("如增值税、消费税、企业所得税分别增长4.06%、5.1%和7.2%。", "增值税增长 / 消费税增长 / 企业所得税增长"),
    LABELS("例如增值税增长4.06%。", "增值税增长"),
    LABELS("如：增值稅增長4.06%。", "增值稅增長"),
    LABELS("如期完成项目120个。", "如期完成项目"),

    /* figlab46 (round 46 class 12, audit-ningbo-2022 6:295, 8:94): the actor
     * and a verb of doing before the indicator go (全市审计机关共组织完成审计和
     * 审计调查项目294个, 落实增值税留抵退税409亿元). */
    CLASS(figlab46_actor_and_verb_dropped),
    LABELS("全市审计机关共组织完成审计和审计调查项目294个。", "审计和审计调查项目"),
    LABELS("全市審計機關共組織完成審計和審計調查項目294個。", "審計和審計調查項目"),
    LABELS("落实增值税留抵退税409亿元。", "增值税留抵退税"),
    LABELS("落實增值稅留抵退稅409億元。", "增值稅留抵退稅"),

    /* figlab47 (round 45 class 10, water-dali-2017 3:235): a level after
     * 持平，为 is of the subject before 持平. */
    CLASS(figlab47_level_after_flat),
    LABELS("全州河道外的供用水量持平，为13.03亿立方米。", "河道外的供用水量"),
    LABELS("全州河道外的供用水量持平，為13.03億立方米。", "河道外的供用水量"),
    LABELS("全市粮食产量与上年持平，为120.5万吨。", "粮食产量"),

    ROW(NULL, SEL_LISTED, 0, NULL, 0, NULL, NULL),
};

/* Review of round 31 (min.txt): a change's label that says a long linked
 * label before its own words had the linked one cut to the room left at a
 * byte, not a character (…城镇平 and the bytes E7 B1 of 米): then the JSON
 * export failed.  Every label of every figure is whole UTF-8, wherever the
 * room ends (the same sentences shifted by one to three bytes). */
static void test_labels_cut_on_character_boundary(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "年三年平均附件佔个百分点增加值㎡都12345城镇平米完成%个百分点亿元与上年相比三年平均增长9",
        "全市规模以上工业企业实现主营业务收入和利润总额分别达到1234.5亿元和98.7亿元的城镇常住居民"
        "人均可支配收入与上年相比同比增长9.1%",
    };
    static const char *const pads[] = {"", "a", "ab", "abc", "㎡", "a㎡"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        for (size_t p = 0; p < sizeof pads / sizeof pads[0]; p++) {
            char text[512];
            snprintf(text, sizeof text, "%s%s", pads[p], texts[i]);
            bl_figure_list l;
            bl_figure_list_init(&l, &tu_mem);
            bl_figure_ctx ctx = {1, 1, NULL, NULL, NULL, 0, false};
            assert_int_equal(bl_figures_scan(&l, text, strlen(text), &ctx), BULLETIN_OK);
            for (size_t k = 0; k < l.len; k++) {
                const unsigned char *u = (const unsigned char *)l.items[k].label;
                size_t n = u ? strlen((const char *)u) : 0;
                for (size_t j = 0; j < n;) {
                    uint32_t cp;
                    int w = bl_utf8_decode(u + j, n - j, &cp);
                    if (w == 0)
                        print_message("text: %s\nlabel: %s\n", text, (const char *)u);
                    assert_true(w > 0);
                    j += (size_t)w;
                }
            }
            bl_figure_list_free(&l);
        }
}

int main(void)
{
    static struct CMUnitTest tests[sizeof rows / sizeof rows[0] + 1];
    size_t n = 0;
    for (size_t i = 0; rows[i].test || rows[i].text; i++)
        if (rows[i].test)
            tests[n++] =
                (struct CMUnitTest){rows[i].test, test_class, NULL, NULL, (void *)&rows[i]};
    tests[n++] = (struct CMUnitTest){"test_labels_cut_on_character_boundary",
                                     test_labels_cut_on_character_boundary, NULL, NULL, NULL};
    return _cmocka_run_group_tests("tests", tests, n, NULL, NULL);
}
