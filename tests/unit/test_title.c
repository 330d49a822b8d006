/* Unit tests of the title a clerk would name (src/doc/title.c): which line
 * of a page is the document's own title.  Each case is a real-shaped page
 * from tests/corpus, with a variant another office would write. */
#include <stdbool.h>
#include <stdio.h>

#include "test_util.h"

/* The dump's TITLE line is `title` (a whole dump line, with its place). */
static void expect_title(const char *text, const char *title)
{
    char *out = tu_parse_dump(text, 0);
    const char *t = strstr(out, "\n  TITLE ");
    if (!t)
        fail_msg("no TITLE in:\n%s", out);
    const char *e = strchr(t + 1, '\n');
    size_t len = e ? (size_t)(e - t - 1) : strlen(t + 1);
    if (strlen(title) != len || strncmp(t + 1, title, len) != 0)
        fail_msg("TITLE is not '%s':\n%s", title, out);
    free(out);
}

/* Held-out round 34 class 13 (notice-hebei-geoinfo): a page named after
 * the attached 细则 (line 1), then the 印发 notice's own title quoting it
 * in 《》, on one line or wrapped over two or three, right over its 文号:
 * the notice's title, joined, is the title; traditional too, and 转发,
 * 批转; not when the lines over the 文号 do not quote the page's name. */
static void test_round34_issuing_notice_under_the_page_title(void **state)
{
    (void)state;
    expect_title("河北省地理信息局公文处理实施细则\n关于印发《河北省地理信息局\n公文处理实施细则》的通知\n"
                 "冀地信〔2013〕17号\n局机关各处室:\n现将《河北省地理信息局公文处理实施细则》印发给你们,请遵照执行。\n"
                 "2013年2月25日\n",
                 "  TITLE \"关于印发《河北省地理信息局公文处理实施细则》的通知\" @2:1");
    expect_title("河北省地理信息局公文处理实施细则\n\n关于印发《河北省地理信息局公文处理实施细则》的通知\n\n"
                 "冀地信〔2013〕17号\n\n局机关各处室:\n现将《河北省地理信息局公文处理实施细则》印发给你们,请遵照执行。\n",
                 "  TITLE \"关于印发《河北省地理信息局公文处理实施细则》的通知\" @3:1");
    expect_title("臺中市政府公文處理要點\n臺中市政府關於轉發《臺中市政府\n公文處理要點》\n的通知\n中市府秘〔2023〕12號\n"
                 "各局處:\n現將《臺中市政府公文處理要點》轉發給你們,請遵照執行。\n",
                 "  TITLE \"臺中市政府關於轉發《臺中市政府公文處理要點》的通知\" @2:1");
    expect_title("某县档案管理办法\n县人民政府关于批转《某县档案管理办法》的通知\n某政发〔2015〕3号\n"
                 "各乡镇人民政府:\n现将《某县档案管理办法》批转给你们,请认真执行。\n",
                 "  TITLE \"县人民政府关于批转《某县档案管理办法》的通知\" @2:1");
    /* the lines over the 文号 quote another document: the first line stays */
    expect_title("河北省地理信息局公文处理实施细则\n关于印发《河北省测绘成果管理办法》的通知\n冀地信〔2013〕17号\n"
                 "局机关各处室:\n现将办法印发给你们,请遵照执行。\n",
                 "  TITLE \"河北省地理信息局公文处理实施细则\" @1:1");
}

/* Held-out round 25 class 8 (notice-wuhan-zhongkao-rules-2005): a law
 * site's page names itself by the attached rules (line 1, repeated under
 * the page's record line), then prints the notice: its issuer, its own
 * title right over the 文号, the salutation.  The notice's own title,
 * the line over its 文号, is the title; a page whose repeated name is the
 * line over the 文号 keeps its first line. */
static void test_heldout25_own_title_over_docnumber(void **state)
{
    (void)state;
    expect_title("武汉市高级中等学校招生统一考试管理规定(2005年)\n\n"
                 "作者:法律资料网 时间:2024-07-22 08:54:31  浏览:9249   来源:法律资料网\n"
                 "下载地址: 点击此处下载\n\n"
                 "武汉市高级中等学校招生统一考试管理规定(2005年)\n\n湖北省武汉市人民政府\n\n\n"
                 "关于批转武汉市高级中等学校招生统一考试管理规定的通知\n\n武政〔2005〕32号\n\n\n"
                 "各区人民政府,市人民政府各部门:\n\n市人民政府同意市教育局修订的规定,现转发给你们,请遵照执行。\n",
                 "  TITLE \"关于批转武汉市高级中等学校招生统一考试管理规定的通知\" @11:1");
    /* another city's 意见 on the same kind of page, its 文号 in parentheses */
    expect_title("某某县村务公开实施办法\n\n"
                 "作者:法律资料网 时间:2024-07-06 00:54:58  浏览:9107   来源:法律资料网\n\n"
                 "某某县村务公开实施办法\n\n某某省某某县人民政府办公室\n\n"
                 "关于印发某某县村务公开实施办法的通知\n(某政办发〔2003〕7号)\n\n"
                 "各乡镇人民政府:\n\n现将办法印发给你们,请遵照执行。\n",
                 "  TITLE \"关于印发某某县村务公开实施办法的通知\" @9:1");
    /* the page's name is the document's own title: the first line stays */
    expect_title("河北省人工影响天气管理规定\n\n"
                 "作者:法律资料网 时间:2024-07-06 04:34:58  浏览:8616   来源:法律资料网\n\n"
                 "河北省人工影响天气管理规定\n\n河北省人民政府\n\n河北省人工影响天气管理规定\n\n"
                 "政府令〔2010〕第15号\n\n《规定》已经省政府常务会议通过,现予公布。\n",
                 "  TITLE \"河北省人工影响天气管理规定\" @1:1");
    /* the repeat of the title opens a flattened line with the 文号 after
     * it (approval-state-council-longwen-1996): the first line stays */
    expect_title("国务院关于同意福建省设立漳州市龙文区的批复\n外观\n"
                 "国务院关于同意福建省设立漳州市龙文区的批复 国函〔1996〕38号 中华人民共和国国务院 1996年5月31日\n"
                 "福建省人民政府:\n你省请示收悉。现批复如下:\n",
                 "  TITLE \"国务院关于同意福建省设立漳州市龙文区的批复\" @1:1");
    /* a first line not repeated (no page's name): a title over a 文号 of an
     * attached text further down does not take its place */
    expect_title("关于做好防汛工作的通知\n各区人民政府:\n现将有关事项通知如下。\n"
                 "市人民政府办公厅\n2020年6月1日\n关于印发防汛预案的通知\n市政办〔2020〕3号\n",
                 "  TITLE \"关于做好防汛工作的通知\" @1:1");
}

/* Held-out round 25 class 8 (approval-shandong-dongming-nursery-2016-trad-
 * pinyin): a portal's page title, the 文号 followed by the title in 《》
 * (魯政字〔2016〕9號《…的批復》), over the page's record and the 批复's own
 * title is no title: the 批复's own line is. */
static void test_heldout25_docnumber_page_title(void **state)
{
    (void)state;
    expect_title("鲁政字〔2016〕9号《山东省人民政府关于同意东明县国有李屯苗圃实施整体搬迁的批复》\n"
                 "浏览量: 时间:2016-01-18 00:25:50\n"
                 "山东省人民政府关于同意东明县国有李屯苗圃实施整体搬迁的批复\n鲁政字〔2016〕9号\n"
                 "菏泽市人民政府:\n你市请示收悉。现批复如下:\n",
                 "  TITLE \"山东省人民政府关于同意东明县国有李屯苗圃实施整体搬迁的批复\" @3:1");
    expect_title("皖政秘〔2019〕12号《安徽省人民政府关于合肥市城市总体规划的批复》\n\n"
                 "安徽省人民政府关于合肥市城市总体规划的批复\n\n合肥市人民政府:\n你市请示收悉。现批复如下:\n",
                 "  TITLE \"安徽省人民政府关于合肥市城市总体规划的批复\" @3:1");
}

/* Held-out round 25 class 13 (health-nhc-2021-bulletin-trad-news), the
 * convention decided by the lead (2026-12-06): a space between two
 * clauses of one title line is kept in the title, one space, as the
 * source wrote it; a title joined from wrapped lines gets none, nor does
 * an issuer's name before its 关于, nor a space inside a book title or
 * brackets, nor a PDF's lines flattened into one. */
static void test_headline_clauses_keep_their_space(void **state)
{
    (void)state;
    expect_title("即時看!2021年衛生健康事業發展統計公報發布 居民人均預期壽命提至78.2歲\n\n"
                 "2021年末，全國醫療衛生機構總數1030935個。\n",
                 "  TITLE \"即時看！2021年衛生健康事業發展統計公報發布 居民人均預期壽命提至78.2歲\" @1:1");
    expect_title("报告显示:今年以来计划执行情况总体较好   经济增长等指标进展顺利\n\n正文。\n",
                 "  TITLE \"报告显示：今年以来计划执行情况总体较好 经济增长等指标进展顺利\" @1:1");
    expect_title("国家统计局关于2023年粮食产量\n数据的公告\n\n全国粮食总产量69541万吨。\n",
                 "  TITLE \"国家统计局关于2023年粮食产量数据的公告\" @1:1");
    expect_title("国务院办公厅政府信息与政务公开办公室 关于印发《中华人民共和国政府信息公开工作 年度报告格式》的通知\n\n"
                 "各省、自治区、直辖市人民政府办公厅：\n现印发给你们。\n",
                 "  TITLE \"国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知\" @1:1");
    expect_title("关于《厦门经济特区社会信用条例(草案修改二稿 征求意见稿)》公开征求意见的公告\n\n正文。\n",
                 "  TITLE \"关于《厦门经济特区社会信用条例（草案修改二稿征求意见稿）》公开征求意见的公告\" @1:1");
}

/* Held-out round 29 class 14 (budget-deqin-resettlement-2017-final-
 * accounts): a portal's index line, its label with a word before it
 * (监督索引号, 信息索引号, 政府信息索引号), with or without a colon, is no
 * title; the title under it wrapped before its last words, which are no
 * title word (德钦县移民局2017年度部门决算 / 公开情况, 部门预算 / 编制说明), is
 * joined. */
static void test_heldout29_index_line_over_wrapped_title(void **state)
{
    (void)state;
    expect_title("监督索引号53342200121601000\n德钦县移民局2017年度部门决算\n公开情况\n"
                 "第一部分 德钦县移民局单位概况\n一、主要职能\n负责全县移民工作。\n",
                 "  TITLE \"德钦县移民局2017年度部门决算公开情况\" @2:1");
    expect_title("信息索引号：11532323015172622Y-/2018-1220012\n某某县财政局2018年度部门预算\n"
                 "编制说明\n一、部门基本情况\n本部门共有编制12人。\n",
                 "  TITLE \"某某县财政局2018年度部门预算编制说明\" @2:1");
    expect_title("政府信息索引号 : 000014349/2019-00012\n\n某县教育局2019年度部门决算\n情况说明\n\n"
                 "一、基本情况\n本单位为财政全额拨款单位。\n",
                 "  TITLE \"某县教育局2019年度部门决算情况说明\" @3:1");
    /* the label alone, its code on the next line */
    expect_title("索引号:\n53342200121601000\n某县民政局2020年度部门决算\n公开情况\n一、部门职责\n负责全县民政工作。\n",
                 "  TITLE \"某县民政局2020年度部门决算公开情况\" @3:1");
    /* traditional characters */
    expect_title("信息索引號:53342200121601000\n某縣移民局2017年度部門決算\n公開情況\n一、主要職能\n負責全縣移民工作。\n",
                 "  TITLE \"某縣移民局2017年度部門決算公開情況\" @2:1");
    /* a title that ends like one keeps its line: the heading under it is
     * no part of it */
    expect_title("索引号:000014349/2019-00012\n关于做好防汛工作的通知\n工作情况\n各区人民政府:\n现将有关事项通知如下。\n",
                 "  TITLE \"关于做好防汛工作的通知\" @2:1");
    /* a sentence that names an index number is no index line */
    expect_title("本文索引号为下列编号\n正文。\n", "  TITLE \"本文索引号为下列编号\" @1:1");
}

/* The number of DOCNUMBER parts of the dump of text. */
static int docnumbers(const char *text)
{
    char *out = tu_parse_dump(text, 0);
    int k = 0;
    for (const char *t = out; (t = strstr(t, "\n  DOCNUMBER ")) != NULL; t++)
        k++;
    free(out);
    return k;
}

/* Held-out round 31 class 7 (notice-guanxian-emergency-plan-2017-bare-
 * metadata): a page's metadata values printed without their field names
 * over the notice (an index code, the office, the subjects, dates, the
 * page's 名称, a status word 有效 …, a 文号): the short values are no title,
 * the notice's own title after them is; the page's copy of the 文号 is no
 * second DOCNUMBER when the notice gives its own under its title. */
static void test_heldout31_bare_metadata_values(void **state)
{
    (void)state;
    static const char guanxian[] =
        "113715250043286799/2017-26749960\n冠县政府\n综合政务;应急管理\n2017-09-04\n"
        "冠县人民政府办公室关于印发冠县安全生产事故应急救援预案的通知\n有效\n无\n2017-09-04\n"
        "冠政办发〔2017〕83号\n冠县人民政府办公室关于印发冠县安全生产事故应急救援预案的通知\n"
        "冠政办发〔2017〕83号\n县直有关部门:\n现印发给你们,望认真贯彻执行。\n";
    expect_title(guanxian, "  TITLE \"冠县人民政府办公室关于印发冠县安全生产事故应急救援预案的通知\" @10:1");
    assert_int_equal(docnumbers(guanxian), 1);
    /* traditional characters, 現行有效, blank lines between, no 名称 copy */
    static const char trad[] =
        "11371525004328679X/2019-00012\n\n冠縣政府\n\n2019/3/5\n\n現行有效\n\n冠政辦發〔2019〕7號\n\n"
        "冠縣人民政府辦公室關于做好防汛工作的通知\n\n冠政辦發〔2019〕7號\n\n各鄉鎮人民政府:\n\n現將有關事項通知如下。\n";
    expect_title(trad, "  TITLE \"冠縣人民政府辦公室關于做好防汛工作的通知\" @11:1");
    assert_int_equal(docnumbers(trad), 1);
    /* another order: the status first, an office's long name, a date with
     * its time; no 文号 under the title: the page's 文号 stays the one */
    static const char other[] =
        "失效\n某市人民政府办公室\n2016年8月1日\n000014349/2016-00088\n某政办发〔2016〕21号\n"
        "某市人民政府办公室关于加强安全生产工作的意见\n各区人民政府:\n现提出如下意见。\n";
    expect_title(other, "  TITLE \"某市人民政府办公室关于加强安全生产工作的意见\" @6:1");
    assert_int_equal(docnumbers(other), 1);
    /* the subjects with 、, 无, a date and time, 已废止 */
    expect_title("2015-06-30 10:12\n国土资源、规划\n无\n已废止\n"
                 "某县国土资源局关于规范土地出让工作的通知\n各乡镇:\n现就有关事项通知如下。\n",
                 "  TITLE \"某县国土资源局关于规范土地出让工作的通知\" @5:1");
    /* values over a salutation, no title: a status word is never the
     * title */
    char *out = tu_parse_dump("000014349/2016-00088\n2016-08-01\n有效\n各乡镇:\n现通知如下。\n", 0);
    assert_null(strstr(out, "  TITLE \"有效\""));
    free(out);
}

/* Held-out round 35 class 6 (reply-weixian-water-bureau-npc-suggestion-
 * 2019-padded line 5): a page's field that holds the title (名称：,
 * 名 称:, 標題：, 题名:), simplified or traditional, `:` or `：`, its name
 * spaced out or not: the title is the field's value, without the name. */
static void test_round35_title_field_name(void **state)
{
    (void)state;
    const char *top = "索引号:000014348/2019-17675\n\n发布机构: 水利局\n\n";
    const char *tail = "\n\n某县水利局：\n\n你单位报来的材料收悉。现答复如下。\n";
    const char *cases[][2] = {
        {"名称:对魏县第十六届人民代表大会第三次会议第16号建议的答复",
         "  TITLE \"对魏县第十六届人民代表大会第三次会议第16号建议的答复\" @5:4"},
        {"名 称：关于印发某县养老服务方案的通知", "  TITLE \"关于印发某县养老服务方案的通知\" @5:5"},
        {"標題：關於印發某縣養老服務方案的通知", "  TITLE \"關於印發某縣養老服務方案的通知\" @5:4"},
        {"题名: 某县2023年国民经济和社会发展统计公报", "  TITLE \"某县2023年国民经济和社会发展统计公报\" @5:5"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char text[512];
        snprintf(text, sizeof text, "%s%s%s", top, cases[k][0], tail);
        expect_title(text, cases[k][1]);
    }
}

/* Review 36 finding 8: the 印发 notice under the page's title names the
 * same document when the page's name ends with the quote (河北省地理信息局
 * 公文处理实施细则 over 《公文处理实施细则》), sits inside it (公文处理实施细则
 * under 《河北省地理信息局公文处理实施细则》), or is issued without 《》
 * (关于印发河北省…细则的通知); traditional and 转发 too. */
static void test_review36_issuing_notice_quote_variants(void **state)
{
    (void)state;
    expect_title("河北省地理信息局公文处理实施细则\n关于印发《公文处理实施细则》的通知\n冀地信〔2013〕17号\n局机关各处室:\n"
                 "现将《公文处理实施细则》印发给你们,请遵照执行。\n",
                 "  TITLE \"关于印发《公文处理实施细则》的通知\" @2:1");
    expect_title("公文处理实施细则\n关于印发《河北省地理信息局公文处理实施细则》的通知\n冀地信〔2013〕17号\n局机关各处室:\n"
                 "现将细则印发给你们,请遵照执行。\n",
                 "  TITLE \"关于印发《河北省地理信息局公文处理实施细则》的通知\" @2:1");
    expect_title("河北省地理信息局公文处理实施细则\n关于印发河北省地理信息局公文处理实施细则的通知\n冀地信〔2013〕17号\n"
                 "局机关各处室:\n现将细则印发给你们,请遵照执行。\n",
                 "  TITLE \"关于印发河北省地理信息局公文处理实施细则的通知\" @2:1");
    expect_title("河北省地理資訊局公文處理實施細則\n關於轉發《公文處理實施細則》的通知\n冀地信〔2013〕17號\n各局處:\n"
                 "現將細則轉發給你們,請遵照執行。\n",
                 "  TITLE \"關於轉發《公文處理實施細則》的通知\" @2:1");
    expect_title("县级财政资金管理办法\n关于转发县级财政资金管理办法的通知\n县财〔2024〕3号\n各乡镇:\n"
                 "现将办法转发给你们,请遵照执行。\n",
                 "  TITLE \"关于转发县级财政资金管理办法的通知\" @2:1");
}

/* Round 37 class 1 (stats-yizhang): the whole text on one line, the title
 * run into the body after a space: the title phrase (no stop in it,
 * ending like a title, perhaps with its bracketed number) is the title,
 * the rest the body; a notice's salutation run in after its title is the
 * salutation; a sentence that merely names a 公报 is no title. */
static void test_round37_title_run_into_the_body(void **state)
{
    (void)state;
    static const struct { const char *text, *title, *next; } runs[] = {
        {"2023年宜章縣國民經濟和社會發展統計公報 2023年，宜章縣全面貫徹落實黨的二十大精神，經濟運行穩中向好。\n",
         "  TITLE \"2023年宜章縣國民經濟和社會發展統計公報\" @1:1",
         "PARAGRAPH 1 \"2023年，宜章縣全面貫徹落實黨的二十大精神，經濟運行穩中向好。\" @1:"},
        {"2023年宜章县国民经济和社会发展统计公报  初步核算，全年地区生产总值300亿元，增长5.1%。\n",
         "  TITLE \"2023年宜章县国民经济和社会发展统计公报\" @1:1",
         "PARAGRAPH 1 \"初步核算，全年地区生产总值300亿元，增长5.1%。\" @1:"},
        {"2023年全县国民经济和社会发展统计公报（第一号） 全年地区生产总值300亿元，增长5.1%。\n",
         "  TITLE \"2023年全县国民经济和社会发展统计公报（第一号）\" @1:1",
         "PARAGRAPH 1 \"全年地区生产总值300亿元，增长5.1%。\" @1:"},
        {"县人民政府关于做好2024年防汛工作的通知 各乡镇人民政府，县直各单位：为切实做好防汛工作，现就有关事项通知如下。\n",
         "  TITLE \"县人民政府关于做好2024年防汛工作的通知\" @1:1",
         "SALUTATION \"各乡镇人民政府，县直各单位：\" @1:"},
        {"縣人民政府關於做好2024年防汛工作的通知　各鄉鎮人民政府：為切實做好防汛工作，現就有關事項通知如下。\n",
         "  TITLE \"縣人民政府關於做好2024年防汛工作的通知\" @1:1",
         "SALUTATION \"各鄉鎮人民政府：\" @1:"},
    };
    for (size_t k = 0; k < sizeof runs / sizeof *runs; k++) {
        char *out = tu_parse_dump(runs[k].text, 0);
        if (!strstr(out, runs[k].title))
            fail_msg("variant %zu title not '%s':\n%s", k, runs[k].title, out);
        if (!strstr(out, runs[k].next))
            fail_msg("variant %zu lacks '%s':\n%s", k, runs[k].next, out);
        free(out);
    }
    /* sentences that name a 公报 or a 通知 before a space */
    static const char *const sentences[] = {
        "根据国家统计局发布的统计公报 全年国内生产总值增长5.2%，经济回升向好。\n",
        "本公报 数据均为初步统计数，部分数据因四舍五入的原因存在总计与分项合计不等的情况。\n",
    };
    for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++) {
        char *out = tu_parse_dump(sentences[k], 0);
        if (strstr(out, "  TITLE \"根据") || strstr(out, "  TITLE \"本公报"))
            fail_msg("sentence %zu cut as a title:\n%s", k, out);
        free(out);
    }
}

/* Held-out round 36 class 11 (notice-xingyang-…-spaced-tongzhi, lines
 * 1-3): a title set over two to four lines, the issuer perhaps alone on
 * the first, its last word alone and spaced out on the last (通 知, 通　知,
 * 決  定, 意 见, 批　复, 請 示): the whole title, joined and without the
 * spaces; traditional 關於 too; two issuers on one line; never a first
 * body line joined to a title that ends in 关于…的. */
static void test_round36_spaced_title_word_ends_the_title(void **state)
{
    (void)state;
    static const char body[] = "荥政办〔2015〕67号\n各乡镇人民政府,各街道办事处:\n"
                               "现将《荥阳市气象灾害应急预案》印发给你们,请认真贯彻执行。\n2015年11月16日\n";
    static const struct { const char *head, *title; } cases[] = {
        {"荥阳市人民政府办公室\n关于印发荥阳市气象灾害应急预案的\n通 知\n",
         "  TITLE \"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知\" @1:1"},
        {"荥阳市人民政府办公室\n\n关于印发荥阳市气象灾害应急预案的\n\n通　知\n\n",
         "  TITLE \"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知\" @1:1"},
        {"荥阳市人民政府办公室\n关于印发荥阳市气象灾害\n应急预案的\n通  知\n",
         "  TITLE \"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知\" @1:1"},
        {"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的\n通 知\n",
         "  TITLE \"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知\" @1:1"},
        {"荥阳市人民政府办公室关于印发荥阳市\n气象灾害应急预案的\n通 知\n",
         "  TITLE \"荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的通知\" @1:1"},
        {"關於印發滎陽市氣象災害應急預案的\n通 知\n", "  TITLE \"關於印發滎陽市氣象災害應急預案的通知\" @1:1"},
        {"滎陽市人民政府辦公室\n關於印發滎陽市氣象災害應急預案的\n決 定\n",
         "  TITLE \"滎陽市人民政府辦公室關於印發滎陽市氣象災害應急預案的決定\" @1:1"},
        {"荥阳市财政局 荥阳市人民政府办公室\n关于印发荥阳市气象灾害应急预案的\n意 见\n",
         "  TITLE \"荥阳市财政局　荥阳市人民政府办公室关于印发荥阳市气象灾害应急预案的意见\" @1:1"},
        {"荥阳市人民政府\n关于同意设立荥阳市气象局的\n批　复\n",
         "  TITLE \"荥阳市人民政府关于同意设立荥阳市气象局的批复\" @1:1"},
        {"滎陽市氣象局\n關於設立滎陽市氣象觀測站的\n請 示\n", "  TITLE \"滎陽市氣象局關於設立滎陽市氣象觀測站的請示\" @1:1"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", cases[k].head, body);
        expect_title(text, cases[k].title);
    }
    /* an issuer over 关于…的 and then the salutation: no title word, so
     * the body is never joined on */
    expect_title("荥阳市人民政府办公室\n关于印发荥阳市气象灾害应急预案的\n各乡镇人民政府,各街道办事处:\n现将预案印发给你们。\n",
                 "  TITLE \"荥阳市人民政府办公室\" @1:1");
}

/* Round 40 class 15 (ip-invention-grants lines 1-2): a table's number
 * alone on the first line (表二, 表1, 附表3：, 表 三, 續表二 is not), its
 * name on the next (perhaps a pipe row's first cell, 状况表 |): the title
 * is the two joined, in both scripts; a table number over a sentence or
 * over the table's header row keeps itself alone. */
static void test_parts40_table_number_over_its_name(void **state)
{
    (void)state;
    static const char body[] = "单位:件 |\n地区 | 当月累计 | 当年累计\n北京 | 2136 | 18659\n天津 | 276 | 2521\n";
    static const struct { const char *head, *title; } cases[] = {
        {"表二\n2012年10月份国内发明专利授权状况表 |\n", "  TITLE \"表二2012年10月份国内发明专利授权状况表\" @1:1"},
        {"表1\n2023年1-6月全市规模以上工业主要产品产量\n", "  TITLE \"表12023年1-6月全市规模以上工业主要产品产量\" @1:1"},
        {"附表3：\n\n2021年县级一般公共预算支出明细表\n", "  TITLE \"附表3：2021年县级一般公共预算支出明细表\" @1:1"},
        {"表 三\n2012年10月份國內發明專利授權狀況表\n", "  TITLE \"表三2012年10月份國內發明專利授權狀況表\" @1:1"},
    };
    char text[1024];
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        snprintf(text, sizeof text, "%s%s", cases[k].head, body);
        expect_title(text, cases[k].title);
    }
    expect_title("表二\n本表数据由各地知识产权局报送，截至10月底。\n地区 | 当月累计\n北京 | 2136\n",
                 "  TITLE \"表二\" @1:1");
}

/* Review 39 item 10: a collection's title ends with the count of its
 * pieces in brackets ((汇编5篇), (精选3篇), （通用十篇）, 【合集12篇】): the
 * first piece's title under it, though it ends in a title word, is not
 * joined to it (leads.c makes it the first piece's heading).  A title
 * on two lines without the count is still joined. */
static void test_mendparts39_collection_count_ends_the_title(void **state)
{
    (void)state;
    static const struct { const char *title, *piece; } v[] = {
        {"工作总结（汇编5篇）", "2023年工作总结"},
        {"述职报告(精选3篇)", "2023年个人述职报告"},
        {"工作計劃（通用十篇）", "2024年工作計劃"},
        {"安全生产工作方案【合集12篇】", "某某镇安全生产工作方案"},
        {"工作总结 （汇编 5 篇）", "2023年工作总结"},
    };
    char text[1024], needle[256];
    for (size_t k = 0; k < sizeof v / sizeof *v; k++) {
        snprintf(text, sizeof text, "%s\n%s\n今年以来，我局在县委县政府的坚强领导下，认真履行职责，各项工作取得新成效。\n",
                 v[k].title, v[k].piece);
        char *out = tu_parse_dump(text, 0);
        const char *t = strstr(out, "\n  TITLE \"");
        const char *e = t ? strchr(t + 1, '\n') : NULL;
        if (!t || !e || !strstr(t, "篇") || strstr(t, "篇") > e || (strstr(t, v[k].piece) && strstr(t, v[k].piece) < e)
            || !strstr(t, "\" @1:1\n") || strstr(t, "\" @1:1\n") > e)
            fail_msg("variant %zu: the piece's title joined to the collection's:\n%s", k, out);
        snprintf(needle, sizeof needle, "\"%s\" @2:1", v[k].piece);
        if (!strstr(out, needle))
            fail_msg("variant %zu: the piece's title lost:\n%s", k, out);
        free(out);
    }
    expect_title("某某县人民政府关于2023年度\n工作情况的报告\n今年以来，我县认真履行职责，各项工作取得新成效。\n",
                 "  TITLE \"某某县人民政府关于2023年度工作情况的报告\" @1:1");
}

/* The dump has (or lacks) `needle`. */
static void expect_in_dump(const char *text, const char *needle, bool has)
{
    char *out = tu_parse_dump(text, 0);
    if ((strstr(out, needle) != NULL) != has)
        fail_msg("'%s' %s the dump:\n%s", needle, has ? "not in" : "in", out);
    free(out);
}

/* Round 39 class 9 (stats-shangyu-2013-metadata-pipes lines 1-6): a
 * page's metadata table (索引号: | … |, 文号: | 公开日期: | … |, 发布单位: |
 * … |), perhaps under an empty picture's row and a bar alone, over the
 * title written as a pipe row, its one cell of text then empty cells: the
 * row's text is the title, no row of the table; traditional too.  Not a
 * one-cell row that is a sentence, nor a table's group row (no metadata
 * over it). */
static void test_partsA_title_row_under_metadata_table(void **state)
{
    (void)state;
    expect_title("![]() |\n|\n索引号: | 002590358/2022-77135 | 公开方式: | 主动公开 |\n"
                 "文号: | 公开日期: | 2022-08-17 10:51 | |\n发布单位: | 绍兴市上虞区统计局 |\n"
                 "2013年上虞区国民经济和社会发展统计公报 | ||||||||||||||||||||||\n"
                 "2013年是贯彻落实党的十八大精神的开局之年,全区经济平稳增长。\n",
                 "  TITLE \"2013年上虞区国民经济和社会发展统计公报\" @6:1");
    expect_title("索引號: | 11330800/2021-00012 | 公開方式: | 主動公開 |\n發布機構: | 某某縣統計局 | |\n"
                 "2020年某某縣國民經濟和社會發展統計公報 | | | | |\n2020年,全縣經濟穩定恢復。\n",
                 "  TITLE \"2020年某某縣國民經濟和社會發展統計公報\" @3:1");
    expect_in_dump("索引号: | 11330800/2021-00012 | 公开方式: | 主动公开 |\n发布机构: | 某某县审计局 | |\n"
                   "关于2020年度县级预算执行的审计工作报告 | | | |\n主任、各位副主任:\n我受县政府委托,报告审计情况。\n",
                   "CELL \"关于", false);
    /* a sentence in the one cell: no title */
    expect_in_dump("索引号: | 11330800/2021-00012 | 公开方式: | 主动公开 |\n发布机构: | 某某县统计局 | |\n"
                   "全县经济运行总体平稳,各项指标稳中有进。 | | | |\n一、综合\n全年生产总值增长5%。\n",
                   "TITLE \"全县经济运行", false);
    /* a table's group row with no metadata over it stays a row */
    expect_in_dump("指标 | 2023年 | 增长(%) |\n一、农业产值 | | |\n粮食 | 12.5 | 3.1 |\n蔬菜 | 8.2 | 2.0 |\n",
                   "TITLE \"一、农业产值\"", false);
}

/* Round 39 class 16 (pdfcopy-weixian-air-quality-2020-spaced line 1): a
 * PDF copy hard-wrapped from its first line, a sentence's start (a clause
 * and its comma) cut mid-word and going on, as wide, on the next line:
 * no title line (the title is the file name); the line is the start of
 * the first paragraph.  Traditional too.  A headline with a comma over a
 * body that is not wrapped, or over a short second line, stays the title. */
static void test_partsA_wrapped_sentence_start_is_no_title(void **state)
{
    (void)state;
    const char *wrapped[] = {
        "1 月 1 日至 7 月 27 日,我县综合指数年\n累计为 5.73,全市 20 个区县排名第 4(全省\n"
        "排名并列第 87),同比下降 14.99%;PM2.5\n年均浓度为 58,全市 20 个区县排名第 5。\n",
        "1 月至 9 月,全縣空氣品質綜合指數累\n計為 4.12,全市 11 個區縣排名第 3,同\n比下降 5.2%,優良天數為 201 天。\n",
        "今年以来,全区规模以上工业增加值同比\n增长 6.8%,增速比上半年加快 0.5 个百\n分点,高于全市平均水平。\n",
    };
    for (size_t k = 0; k < sizeof wrapped / sizeof *wrapped; k++) {
        char *out = tu_parse_dump(wrapped[k], 0);
        if (strstr(out, "@1:1\n  LEAD") || !strstr(out, "PARAGRAPH 1 \"") || strstr(out, "TITLE \"1")
            || strstr(out, "TITLE \"今年"))
            fail_msg("variant %zu: the wrapped first line taken as the title:\n%s", k, out);
        free(out);
    }
    expect_title("春节假期全国接待游客4.74亿人次，同比增长34.3%\n"
                 "记者从文化和旅游部获悉，经文化和旅游部数据中心测算，春节假期全国国内旅游出游4.74亿人次，同比增长34.3%。\n",
                 "  TITLE \"春节假期全国接待游客4.74亿人次，同比增长34.3%\" @1:1");
    expect_title("关于做好2024年春节期间安全生产工作，切实\n保障人民群众生命财产安全的紧急通知\n"
                 "春节将至，为切实做好春节期间安全生产工作，现就有关事项通知如下。\n",
                 "  TITLE \"关于做好2024年春节期间安全生产工作，切实保障人民群众生命财产安全的紧急通知\" @1:1");
    expect_title("全市经济运行稳中有进，前三季度生产总值增长5.8%\n2023-10-20 10:00 来源：市统计局\n"
                 "前三季度，全市经济持续恢复向好，生产需求稳步改善，就业物价总体稳定，高质量发展稳步推进。\n",
                 "  TITLE \"全市经济运行稳中有进，前三季度生产总值增长5.8%\" @1:1");
}

/* Round 39 class 15 (reply-state-council-yulin-1999-trad-fanwen lines 11,
 * 13, 35, 37): on a page of model documents, after one document signed
 * and dated, the next one's title over two lines with a blank line
 * between (…關於同意陝西省 / 撤銷…的批覆) over its 文号 is one DOCTITLE;
 * a 病文's title that is the document's kind alone (批覆, 通知) over its
 * salutation is its DOCTITLE and the salutation follows.  Simplified too;
 * not a lone word that names no document's kind. */
static void test_partsA_model_documents_titles(void **state)
{
    (void)state;
    const char *head = "批覆參考範文\n\n經研究,同意你省的請示。\n\n國務院\n\n一九九二年十二月二十一日\n\n";
    char text[2048];
    snprintf(text, sizeof text, "%s國務院關於同意陝西省\n\n撤銷榆林地區設立地級榆林市的批覆\n\n國函〔1999〕141號\n\n"
             "陝西省人民政府:\n\n你省的請示收悉。現批覆如下:\n\n一、同意撤銷榆林地區。\n\n國務院\n\n一九九九年十二月五日\n", head);
    expect_in_dump(text, "DOCTITLE \"國務院關於同意陝西省撤銷榆林地區設立地級榆林市的批覆\" @9:1", true);
    snprintf(text, sizeof text, "%s国务院关于同意湖北省\n撤销襄阳地区设立地级襄樊市的批复\n国函〔1983〕196号\n"
             "湖北省人民政府：\n你省的请示收悉。现批复如下：\n一、同意撤销襄阳地区。\n国务院\n一九八三年十月八日\n", head);
    expect_in_dump(text, "DOCTITLE \"国务院关于同意湖北省撤销襄阳地区设立地级襄樊市的批复\" @9:1", true);
    snprintf(text, sizeof text, "%s【病文分析】\n\n批覆\n\n××鄉政府:\n\n對你鄉的多次請示,作如下答覆:\n\n"
             "1.原則批准你鄉建立聯合貿易公司。\n", head);
    expect_in_dump(text, "DOCTITLE \"批覆\" @11:1", true);
    expect_in_dump(text, "SALUTATION \"××鄉政府：\" @13:1", true);
    snprintf(text, sizeof text, "%s病文\n\n通知\n\n各村民委员会：\n\n经研究，定于下周召开会议。\n", head);
    expect_in_dump(text, "DOCTITLE \"通知\" @11:1", true);
    expect_in_dump(text, "SALUTATION \"各村民委员会：\" @13:1", true);
    /* a lone word that is no document's kind */
    snprintf(text, sizeof text, "%s病文\n\n范例\n\n××乡政府：\n\n对你乡的多次请示，作如下答复：\n", head);
    expect_in_dump(text, "DOCTITLE \"范例\"", false);
}

/* Round 38 class 13 (letter-teaching-reply-trad-greenbasetech lines 9-12):
 * a teaching page's example document in its body, its title over a line
 * of its parts' labels in brackets ((發文機關) (發文事由) (文種), perhaps
 * with readings), over its 文号 and its salutation: the title is a
 * DOCTITLE; so is one right over its 文号.  Simplified too.  Not without
 * the salutation under the 文号, nor over a line of other brackets. */
static void test_partsA_example_title_over_docnumber(void **state)
{
    (void)state;
    const char *head = "復函適用于答復不相隸屬機關的業務問題。\n1.開頭。明確寫清發函的緣由。\n(一)一般形式\n";
    char text[2048];
    snprintf(text, sizeof text, "%s國(guó)務(wù)院辦公廳關于同意發行特種郵票時使用國旗國徽圖案的復(fù)函\n"
             "(發(fā)文機(jī)關(guān)) (發(fā)文事由) (文種)\n國辦函〔2003〕75號\n××產業部:\n(主送機關)\n"
             "你部《關于…的函》收悉。經國務院同意,現函復如下:\n", head);
    expect_in_dump(text, "DOCTITLE \"國務院辦公廳關于同意發行特種郵票時使用國旗國徽圖案的復函\" @4:1", true);
    snprintf(text, sizeof text, "%s国务院办公厅关于同意召开全国会议的复函\n国办函〔2010〕12号\n××部：\n"
             "你部《关于召开会议的请示》收悉。经国务院同意，现函复如下：\n", head);
    expect_in_dump(text, "DOCTITLE \"国务院办公厅关于同意召开全国会议的复函\" @4:1", true);
    snprintf(text, sizeof text, "%s国务院办公厅关于同意召开全国会议的复函\n(发文机关) (发文事由) (文种)\n"
             "国办函〔2010〕12号\n你部《关于召开会议的请示》收悉。经国务院同意，现函复如下：\n", head);
    expect_in_dump(text, "DOCTITLE", false);
    snprintf(text, sizeof text, "%s国务院办公厅关于同意召开全国会议的复函\n(附件略) (见下文)\n国办函〔2010〕12号\n××部：\n"
             "你部《关于召开会议的请示》收悉。\n", head);
    expect_in_dump(text, "DOCTITLE", false);
}

/* review41 item 2 (mendT): a news headline with a comma and no title
 * word, over two lines, the second a phrase that closes it (no comma, no
 * digit), over a hard-wrapped body: a title over two lines, not a
 * sentence's start (traditional too).  The weixian shape, digits and a
 * clause on the second line, stays no title (the partsA test). */
static void test_mendT_two_line_headline_over_wrapped_body(void **state)
{
    (void)state;
    expect_title("坚持稳中求进，推动全县经济\n高质量发展再上新台阶\n今年以来，全县上下认真贯彻落实各项决策部署，地区生产总值\n"
                 "达到120亿元，同比增长5.2%，高于全市平均水平0.3个百分点，\n规模以上工业增加值增长6.1%。\n",
                 "  TITLE \"坚持稳中求进，推动全县经济高质量发展再上新台阶\" @1:1");
    expect_title("堅持穩中求進，推動全縣經濟\n高質量發展再上新臺階\n今年以來，全縣上下認真貫徹落實各項決策部署，地區生產總值\n"
                 "達到120億元，同比增長5.2%，高於全市平均水平0.3個百分點，\n規模以上工業增加值增長6.1%。\n",
                 "  TITLE \"堅持穩中求進，推動全縣經濟高質量發展再上新臺階\" @1:1");
    expect_title("聚焦主责主业，全力推动乡村\n振兴各项工作落地见效\n今年以来，全镇上下紧紧围绕乡村振兴目标，扎实推进各项工作，\n"
                 "农村居民人均可支配收入达到1.8万元，同比增长6.5%。\n",
                 "  TITLE \"聚焦主责主业，全力推动乡村振兴各项工作落地见效\" @1:1");
    /* the second line a clause of the sentence (a comma, digits): no title */
    expect_in_dump("今年以来，全县上下认真贯彻落实各项\n决策部署，地区生产总值达到120亿元，\n同比增长5.2%，高于全市平均水平。\n",
                   "TITLE \"今年", false);
}

/* review41 item 3 (mendT): the metadata pipes in their markdown shape,
 * each row opening with a bar (| 索引号: | … |), over the title row
 * | 2013年…公报 | | | |: the title without its bars (traditional too). */
static void test_mendT_title_row_with_leading_bar(void **state)
{
    (void)state;
    expect_title("| 索引号: | 001-2014-0001 | 分类: | 统计公报 |\n| 文号: | | 公开日期: | 2014-03-01 |\n"
                 "| 发布单位: | 某某县统计局 | | |\n| 2013年某某县国民经济和社会发展统计公报 | | | |\n\n"
                 "全年地区生产总值120亿元，增长8.1%。\n",
                 "  TITLE \"2013年某某县国民经济和社会发展统计公报\" @4:3");
    expect_title("| 索引号: | 001-2014-0001 | 分类: | 统计公报 |\n| 發佈機構: | 某某縣統計局 | 公開日期: | 2014-03-01 |\n"
                 "|2013年某某縣國民經濟和社會發展統計公報| | | |\n\n全年地區生產總值120億元，增長8.1%。\n",
                 "  TITLE \"2013年某某縣國民經濟和社會發展統計公報\" @3:2");
}

/* Round 42 regression R (approval-jianli-guohan-2014-forum-metadata line
 * 5): a page's metadata block whose 成文日期 field dates nothing signed,
 * its 标题: field over its 发文字号: field: the field line is a field,
 * never a DOCTITLE with its field's name; the title is the field's value
 * (as before partsA's rule).  Traditional too, and a 名称: field; a field
 * line under a signed document is no DOCTITLE either. */
static void test_parts42a_title_field_is_no_doctitle(void **state)
{
    (void)state;
    const char *jianli = "索引号:000014688/2014-00079\n主题分类:民政 扶贫 救灾/行政区划与地名\n发文机关:国务院\n"
                         "成文日期:2013年8月6日\n标题:国务院关于同意湖北省监利县撤县设市的批复\n发文字号:国函〔2014〕86号\n"
                         "发布日期:2014年7月10日\n主题词:民政 行政区划 湖北 批复\n国务院关于同意湖北省监利县撤县设市的批复\n"
                         "国函〔2014〕86号\n湖北省人民政府:\n你省的请示收悉。现批复如下:\n一、同意撤销监利县,设立玉沙市。\n"
                         "国 务 院\n二0一三年八月六日\n";
    expect_title(jianli, "  TITLE \"国务院关于同意湖北省监利县撤县设市的批复\" @5:4");
    expect_in_dump(jianli, "DOCTITLE", false);
    expect_title("索引號:000013338/2015-00112\n發文機關:國務院\n成文日期:2015年3月2日\n"
                 "標題:國務院關於同意浙江省撤銷某縣設立某市的批覆\n發文字號:國函〔2015〕31號\n發布日期:2015年3月9日\n"
                 "國務院關於同意浙江省撤銷某縣設立某市的批覆\n國函〔2015〕31號\n浙江省人民政府:\n"
                 "你省的請示收悉。現批覆如下:\n一、同意撤銷某縣。\n國務院\n二〇一五年三月二日\n",
                 "  TITLE \"國務院關於同意浙江省撤銷某縣設立某市的批覆\" @4:4");
    expect_title("索引号:11330000/2018-00021\n发布机构:省人民政府\n成文日期:2018年5月4日\n"
                 "名称:省人民政府关于同意设立某某经济开发区的批复\n文号:某政函〔2018〕12号\n"
                 "省人民政府关于同意设立某某经济开发区的批复\n某政函〔2018〕12号\n某某市人民政府:\n"
                 "你市的请示收悉。现批复如下:\n一、同意设立某某经济开发区。\n省人民政府\n2018年5月4日\n",
                 "  TITLE \"省人民政府关于同意设立某某经济开发区的批复\" @4:4");
    /* after a signed document, a field line over a 文号: no DOCTITLE with
     * its field's name */
    expect_in_dump("关于某事的通知\n各单位:\n现将有关事项通知如下。\n某某局\n2014年7月10日\n"
                   "标题:国务院关于同意湖北省监利县撤县设市的批复\n国函〔2014〕86号\n湖北省人民政府:\n你省的请示收悉。\n",
                   "DOCTITLE \"标题", false);
}

/* Round 42 class 3 (census-shizuishan-2020-no1-trad-pinyin-spam 5:7,
 * approval-jianli-guohan-2014-forum-metadata 9:1): the title given again
 * under the page's record line (a date and its source, perhaps a field
 * with no value under it: 字號:) or under a metadata block, read without
 * readings as the title is, is a SUBTITLE.  Simplified too.  Not when the
 * title is given a third time (a law site's copy: record line, repeat,
 * issuer, repeat), nor under a line that is no field (新华社…电, 内容摘要:
 * …), nor under one field of no date (访问量:), nor right under the title,
 * nor inside the block (more fields under it). */
static void test_parts42a_title_given_again_is_subtitle(void **state)
{
    (void)state;
    const char *tail = "\n——全市人口情況\n\n石嘴山市統(tǒng)計(jì)局\n\n2021年6月3日\n\n"
                       "根據(jù)第七次全國(guó)人口普查結(jié)果,現(xiàn)將人口的基本情況公布如下:\n\n一、常住人口\n\n"
                       "全市常住人口為751389人。\n";
    char text[4096];
    snprintf(text, sizeof text,
             "      石嘴山市第七次全國(guó)人口普查公報(bào)[1](第一號(hào))\n"
             "      時(shí)間:2021-06-10 10:53 來(lái)源:人普辦\n      字號(hào):\n\n"
             "      石嘴山市第七次全國(guó)人口普查公報(bào)[1](第一號(hào))\n%s", tail);
    expect_in_dump(text, "SUBTITLE \"石嘴山市第七次全國（guó）人口普查公報（bào）[1]（第一號（hào））\" @5:7", true);
    snprintf(text, sizeof text,
             "某市第七次全国人口普查公报(第二号)\n时间:2021-05-28 09:30 来源:市统计局\n\n"
             "某市第七次全国人口普查公报(第二号)\n\n——地区人口情况\n\n某市统计局\n\n2021年5月27日\n\n"
             "根据第七次全国人口普查结果,现将全市各地区人口情况公布如下:\n\n一、常住人口\n\n全市常住人口为1234567人。\n");
    expect_in_dump(text, "SUBTITLE \"某市第七次全国人口普查公报（第二号）\" @4:1", true);
    const char *jianli = "索引号:000014688/2014-00079\n主题分类:民政 扶贫 救灾/行政区划与地名\n发文机关:国务院\n"
                         "成文日期:2013年8月6日\n标题:国务院关于同意湖北省监利县撤县设市的批复\n发文字号:国函〔2014〕86号\n"
                         "发布日期:2014年7月10日\n主题词:民政 行政区划 湖北 批复\n国务院关于同意湖北省监利县撤县设市的批复\n"
                         "国函〔2014〕86号\n湖北省人民政府:\n你省的请示收悉。现批复如下:\n一、同意撤销监利县,设立玉沙市。\n"
                         "国 务 院\n二0一三年八月六日\n";
    expect_in_dump(jianli, "SUBTITLE \"国务院关于同意湖北省监利县撤县设市的批复\" @9:1", true);
    expect_in_dump("索引號:000013338/2015-00112\n發文機關:國務院\n成文日期:2015年3月2日\n"
                   "標題:國務院關於同意浙江省撤銷某縣設立某市的批覆\n發文字號:國函〔2015〕31號\n發布日期:2015年3月9日\n"
                   "國務院關於同意浙江省撤銷某縣設立某市的批覆\n國函〔2015〕31號\n浙江省人民政府:\n"
                   "你省的請示收悉。現批覆如下:\n一、同意撤銷某縣。\n國務院\n二〇一五年三月二日\n",
                   "SUBTITLE \"國務院關於同意浙江省撤銷某縣設立某市的批覆\" @7:1", true);
    /* a law site's copy: the title given a third time */
    expect_in_dump("天津港保税区外商投资企业审批和登记规定\n\n"
                   "作者:法律资料网 时间:2024-07-09 09:54:17   浏览:9557   来源:法律资料网\n\n"
                   "天津港保税区外商投资企业审批和登记规定\n\n天津市人大常委会\n\n\n天津港保税区外商投资企业审批和登记规定\n"
                   "天津市人大常委会\n\n(1993年10月28日天津市第十二届人民代表大会常务委员会第三次会议通过)\n\n"
                   "第一条 为了规范审批和登记,制定本规定。\n",
                   "SUBTITLE \"天津港保税区外商投资企业审批和登记规定\"", false);
    /* a dateline between: the news page's copy */
    expect_in_dump("某委员会关于2023年预算执行情况的审查结果报告\n\n发布时间:2024-03-09 01:58:24 来源: sp20240309\n\n"
                   "  新华社北京3月8日电\n\n某委员会关于2023年预算执行情况的审查结果报告\n\n(2024年3月8日主席团第二次会议通过)\n\n"
                   "  主席团:\n\n  财政经济委员会审查了报告。\n",
                   "SUBTITLE \"某委员会关于2023年预算执行情况的审查结果报告\"", false);
    /* one field of no date: a page's view count */
    expect_in_dump("关于2020年度市本级预算执行审计查出问题整改情况的报告\n\n访问量:\n\n"
                   "关于2020年度市本级预算执行审计查出问题整改情况的报告\n\n--2021年12月28日在市人大常委会会议上\n\n"
                   "主任、各位副主任、各位委员:\n\n现将整改情况报告如下。\n",
                   "SUBTITLE \"关于2020年度市本级预算执行审计查出问题整改情况的报告\"", false);
    /* the title right under itself, and the title inside the block */
    expect_in_dump("國家衛健委:中國人均預期壽命達78.6歲\n\n國家衛健委:中國人均預期壽命達78.6歲\n\n"
                   "據國家衛生健康委官網消息,近日,國家衛生健康委發布公報。\n",
                   "SUBTITLE", false);
    expect_in_dump("索引号:000014348/2019-17675\n发布机构:水利局\n名称:对某县人大第三次会议第16号建议的答复\n"
                   "主题分类:建议提案\n发布日期:2019-09-06\n对某县人大第三次会议第16号建议的答复\n是否同意公开:是\n"
                   "办理结果:A\n刘某等代表:\n你们提出的建议收悉,现答复如下。\n",
                   "SUBTITLE", false);
}

/* Round 42 class 5 (notice-gov-openness-2019-60-toneless-readings 1-3):
 * an issuer, then its 关于 line ending in a title word that closes no 关于
 * phrase (no 的: …年度報告), then a short line ending in 的 and the title
 * word, going on with 有关 (有關事項的通知, 相关工作的通知), no blank
 * line between: one title.  Simplified too, and other words.  Not over a first sentence (a clause's comma, a
 * colon at its end), nor over an office, nor when the 关于 line closes
 * its phrase (…工作的报告). */
static void test_parts42a_title_over_three_lines(void **state)
{
    (void)state;
    const char *body = "\n\n國辦公開辦函〔2019〕60號\n\n各省、自治區、直轄市人民政府辦公廳:\n\n"
                       "修訂后的條例已經施行。現就有關事項通知如下:\n\n一、抓緊部署\n\n各地區要抓緊部署。\n";
    char text[2048];
    snprintf(text, sizeof text, "國務院辦公廳政府信息與政務公開辦公室\n關于政府信息公開工作年度報告\n有關事項的通知%s", body);
    expect_title(text, "  TITLE \"國務院辦公廳政府信息與政務公開辦公室關于政府信息公開工作年度報告有關事項的通知\" @1:1");
    snprintf(text, sizeof text, "国务院办公厅政府信息与政务公开办公室\n关于政府信息公开工作年度报告\n有关事项的通知%s", body);
    expect_title(text, "  TITLE \"国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知\" @1:1");
    snprintf(text, sizeof text, "某市财政局\n关于开展2021年度部门决算报告\n相关工作的通知%s", body);
    expect_title(text, "  TITLE \"某市财政局关于开展2021年度部门决算报告相关工作的通知\" @1:1");
    snprintf(text, sizeof text, "某省人民政府办公厅\n关于进一步规范政府工作报告\n有关问题的意见%s", body);
    expect_title(text, "  TITLE \"某省人民政府办公厅关于进一步规范政府工作报告有关问题的意见\" @1:1");
    /* a third line that does not go on with 有关 is the text's (佛坪县…
     * / 关于认真做好…建议 / 政协提案办理工作的通知, test_docparts.c) */
    snprintf(text, sizeof text, "某市财政局\n关于开展2021年度部门决算报告\n编报工作的通知\n正文。\n");
    expect_title(text, "  TITLE \"某市财政局关于开展2021年度部门决算报告\" @1:1");
    /* over a first sentence, an office, or a closed 关于 phrase */
    snprintf(text, sizeof text, "某县统计局\n关于2023年统计执法检查报告\n现将检查情况报告如下:\n\n今年以来,我局开展检查。\n");
    expect_title(text, "  TITLE \"某县统计局关于2023年统计执法检查报告\" @1:1");
    snprintf(text, sizeof text, "某县统计局\n关于2023年统计执法检查报告\n根据上级的工作安排,我局开展了检查的通知\n\n今年以来,我局开展检查。\n");
    expect_title(text, "  TITLE \"某县统计局关于2023年统计执法检查报告\" @1:1");
    snprintf(text, sizeof text, "某县统计局\n关于2023年统计工作的报告\n有关事项的通知\n\n今年以来,我局开展检查。\n");
    expect_title(text, "  TITLE \"某县统计局关于2023年统计工作的报告\" @1:1");
}

/* review42 item 8 (公报 numbering): the title given again under the page's
 * record line with its number in brackets after it (某市第七次全国人口普查
 * 公报 / 时间:… 来源:… / 某市第七次全国人口普查公报（第一号）), or the title
 * with its number and the repeat without it, is the title's repeat: its
 * SUBTITLE; traditional and ASCII brackets too.  Not when both carry a
 * number and the numbers differ (another bulletin of the series). */
static void test_partsT_repeat_with_number_tail(void **state)
{
    (void)state;
    const char *tail = "\n\n——全市人口情况\n\n某市统计局\n\n2021年5月11日\n\n"
                       "根据第七次全国人口普查结果,现将全市人口的基本情况公布如下:\n\n一、常住人口\n\n全市常住人口为1234567人。\n";
    char text[4096];
    snprintf(text, sizeof text, "某市第七次全国人口普查公报\n时间:2021-05-11 10:00 来源:市统计局\n\n"
                                "某市第七次全国人口普查公报（第一号）%s", tail);
    expect_in_dump(text, "SUBTITLE \"某市第七次全国人口普查公报（第一号）\" @4:1", true);
    snprintf(text, sizeof text, "某市第七次全國人口普查公報\n時間:2021-05-11 10:00 來源:市統計局\n\n"
                                "某市第七次全國人口普查公報(第1號)%s", tail);
    expect_in_dump(text, "SUBTITLE \"某市第七次全國人口普查公報（第1號）\" @4:1", true);
    snprintf(text, sizeof text, "某市第七次全国人口普查公报(第一号)\n时间:2021-05-11 10:00 来源:市统计局\n\n"
                                "某市第七次全国人口普查公报%s", tail);
    expect_in_dump(text, "SUBTITLE \"某市第七次全国人口普查公报\" @4:1", true);
    /* another number: another bulletin */
    snprintf(text, sizeof text, "某市第七次全国人口普查公报（第一号）\n时间:2021-05-11 10:00 来源:市统计局\n\n"
                                "某市第七次全国人口普查公报（第二号）%s", tail);
    expect_in_dump(text, "SUBTITLE \"某市第七次全国人口普查公报（第二号）\"", false);
}

/* Round 41 class 8 (budget-dezhou line 1): a news site's tag alone on the
 * first line (德州新聞網(wǎng)訊, 大众网讯, 本报讯, 某某日报讯), or a dateline
 * alone (新华社北京3月8日电), is no title;
 * a title ending in 讯 that is one (…经济运行快讯, 统计简讯) still is. */
static void test_partsT_news_tag_is_no_title(void **state)
{
    (void)state;
    const char *body = "\n7月26日,記者從德州市財政局獲悉,今年上半年,全市一般公共預算收入完成120.5億元,同比增長8.1%。\n\n"
                       "支出方面,全市一般公共預算支出累計完成240.2億元。\n";
    char text[2048];
    snprintf(text, sizeof text, "德州新聞網(wǎng)訊%s", body);
    expect_in_dump(text, "TITLE \"德州新聞網", false);
    snprintf(text, sizeof text, "大众网讯%s", body);
    expect_in_dump(text, "TITLE \"大众网讯\"", false);
    snprintf(text, sizeof text, "本报讯%s", body);
    expect_in_dump(text, "TITLE \"本报讯\"", false);
    snprintf(text, sizeof text, "某某日報訊%s", body);
    expect_in_dump(text, "TITLE \"某某日報訊\"", false);
    /* a dateline alone */
    snprintf(text, sizeof text, "新华社北京3月8日电%s", body);
    expect_in_dump(text, "TITLE \"新华社北京3月8日电\"", false);
    snprintf(text, sizeof text, "新華社北京3月8日電%s", body);
    expect_in_dump(text, "TITLE \"新華社北京3月8日電\"", false);
    /* a title that ends in 讯 */
    snprintf(text, sizeof text, "2023年1-5月全市经济运行快讯%s", body);
    expect_title(text, "  TITLE \"2023年1-5月全市经济运行快讯\" @1:1");
    snprintf(text, sizeof text, "統計簡訊%s", body);
    expect_title(text, "  TITLE \"統計簡訊\" @1:1");
}

/* Round 41 class 6 (water-mwr-2016 lines 1-10): a bulletin's page (its
 * title with (全文), the record line, 关键词:, a news lead quoting the
 * bulletin in 《》) then the bulletin: its title again without (全文) is
 * its SUBTITLE, its issuer under it the SIGNATURE; simplified too.  Not
 * when the lead does not quote the title. */
static void test_partsT_bulletin_under_its_news_lead(void **state)
{
    (void)state;
    expect_in_dump("2016年中國水資源公報(全文)\n\n"
                   "發布時間: 2017-07-29 14:58:50  |  來源: 中國發展門戶網  |  作者:  |  責任編輯: 王振紅\n"
                   "關鍵詞: 富營養湖泊,水資源總量\n\n"
                   "  日前,水利部發布《2016年中國水資源公報》。公報顯示,2016年,全國生活用水821.6億立方米。\n\n"
                   "2016年中國水資源公報\n\n中華人民共和國水利部\n\n  一、水資源量\n\n"
                   "  2016年,全國平均年降水量730.0mm,比多年平均值偏多15.9%。\n",
                   "SUBTITLE \"2016年中國水資源公報\" @8:1\n  SIGNATURE \"中華人民共和國水利部\" @10:1", true);
    expect_in_dump("2020年中国水资源公报（全文）\n\n发布时间:2021-07-09 10:00 来源:中国发展门户网\n\n"
                   "  近日,水利部发布《2020年中国水资源公报》。公报显示,2020年,全国用水总量5812.9亿立方米。\n\n"
                   "2020年中国水资源公报\n\n中华人民共和国水利部\n\n  一、水资源量\n\n"
                   "  2020年,全国平均年降水量706.5mm,比多年平均值偏多10.0%。\n",
                   "SUBTITLE \"2020年中国水资源公报\" @7:1\n  SIGNATURE \"中华人民共和国水利部\" @9:1", true);
    /* a lead that does not quote the bulletin */
    expect_in_dump("2020年中国水资源公报（全文）\n\n发布时间:2021-07-09 10:00 来源:中国发展门户网\n\n"
                   "  近日,水利部召开新闻发布会。会上介绍,2020年,全国用水总量5812.9亿立方米。\n\n"
                   "2020年中国水资源公报\n\n中华人民共和国水利部\n\n  一、水资源量\n\n"
                   "  2020年,全国平均年降水量706.5mm,比多年平均值偏多10.0%。\n",
                   "SUBTITLE \"2020年中国水资源公报\"", false);
}

/* Round 41 class 10 (notice-huaihua lines 1-15): a 印发 notice's page
 * (its title, the record line, a registration code, the 文号), then the
 * notice's title given again over two lines (issuer / 关于…的通知): its
 * SUBTITLE, the lines joined; traditional too.  Not when the lines joined
 * are not the title (another notice's). */
static void test_partsT_wrapped_repeat_under_docnumber(void **state)
{
    (void)state;
    const char *body = "\n\n各縣市區人民政府,市直機關各單位:\n\n現將《某市促進消費若干措施》印發給你們,請認真組織實施。\n\n"
                       "某市人民政府辦公室\n\n2023年3月15日\n";
    char text[2048];
    snprintf(text, sizeof text, "某市人民政府辦公室關于印發《某市促進消費若干措施》的通知\n\n"
                                "發布時間:2023-03-15 09:28信息來源:某市人民政府辦公室\n\nHHCR-2023-01005\n\n某政辦發〔2023〕9號\n\n"
                                "某市人民政府辦公室\n\n關于印發《某市促進消費若干措施》的通知%s", body);
    expect_in_dump(text, "SUBTITLE \"某市人民政府辦公室關于印發《某市促進消費若干措施》的通知\" @9:1", true);
    snprintf(text, sizeof text, "某市人民政府办公室关于印发《某市促进消费若干措施》的通知\n\n"
                                "发布时间:2023-03-15 09:28 信息来源:某市人民政府办公室\n\n某政办发〔2023〕9号\n\n"
                                "某市人民政府办公室关于印发《某市促进\n\n消费若干措施》的通知%s", body);
    expect_in_dump(text, "SUBTITLE \"某市人民政府办公室关于印发《某市促进消费若干措施》的通知\" @7:1", true);
    /* another notice's title under the 文号 */
    snprintf(text, sizeof text, "某市人民政府办公室关于印发《某市促进消费若干措施》的通知\n\n"
                                "发布时间:2023-03-15 09:28 信息来源:某市人民政府办公室\n\n某政办发〔2023〕9号\n\n"
                                "某市人民政府办公室\n\n关于印发《某市稳定就业若干措施》的通知%s", body);
    expect_in_dump(text, "SUBTITLE", false);
}

/* Round 41 class 10 (notice-huaihua lines 26-30): the attached plan's
 * title wrapped with its 《 left open (某市貫徹落實《關于促進 / 消費若干措施》
 * 實施方案): its DOCTITLE, the lines joined; simplified too.  Not when the
 * next line does not close the brackets with a title word (the plan's
 * first sentence). */
static void test_partsT_wrapped_attachment_title(void **state)
{
    (void)state;
    const char *head = "某市人民政府辦公室關于印發《某市貫徹落實〈關于促進消費若干措施〉實施方案》的通知\n\n某政辦發〔2023〕9號\n\n"
                       "各縣市區人民政府:\n\n現將《某市貫徹落實〈關于促進消費若干措施〉實施方案》印發給你們,請認真組織實施。\n\n"
                       "某市人民政府辦公室\n\n2023年3月15日\n\n\n";
    char text[4096];
    snprintf(text, sizeof text, "%s某市貫徹落實《關于促進\n\n消費若干措施》實施方案\n\n"
                                "為全面貫徹會議精神,特制定本實施方案。\n\n一、促進消費恢復升級\n\n聯合金融機構發放消費券。\n", head);
    expect_in_dump(text, "DOCTITLE \"某市貫徹落實《關于促進消費若干措施》實施方案\" @14:1", true);
    snprintf(text, sizeof text, "%s某市贯彻落实《关于促进消费\n若干措施》实施方案\n"
                                "为全面贯彻会议精神,特制定本实施方案。\n\n一、促进消费恢复升级\n\n联合金融机构发放消费券。\n", head);
    expect_in_dump(text, "DOCTITLE \"某市贯彻落实《关于促进消费若干措施》实施方案\" @14:1", true);
    /* the brackets not closed with a title word */
    snprintf(text, sizeof text, "%s某市貫徹落實《關于促進\n\n消費若干措施》的意見稿件\n\n"
                                "為全面貫徹會議精神,特制定本實施方案。\n\n一、促進消費恢復升級\n\n聯合金融機構發放消費券。\n", head);
    expect_in_dump(text, "DOCTITLE \"某市貫徹落實《關于促進消費若干措施》的意見稿件\"", false);
}

/* Round 41 class 10 (notice-huaihua lines 7-15 and 26-30): the title
 * given again over four lines under its 文号 (issuer / 关于印发《…〈…
 * / …〉…》 / 的通知) is its SUBTITLE, all four joined; the attached plan's
 * title over three lines with its 《 open is its DOCTITLE, all three
 * joined; simplified too.  Not when the lines are another notice's. */
static void test_parts44_repeat_over_four_lines(void **state)
{
    (void)state;
    const char *body = "\n\n各縣市區人民政府,市直機關各單位:\n\n現將《某市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》印發給你們,請認真組織實施。\n\n"
                       "某市人民政府辦公室\n\n2023年3月15日\n";
    char text[4096];
    snprintf(text, sizeof text, "某市人民政府辦公室關于印發《某市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知\n\n"
                                "發布時間:2023-03-15 09:28信息來源:某市人民政府辦公室\n\nHHCR-2023-01005\n\n某政辦發〔2023〕9號\n\n"
                                "某市人民政府辦公室\n\n關于印發《某市貫徹落實〈關于打好經濟\n\n增長主動仗實現經濟運行整體好轉的若干\n\n政策措施〉實施方案》的通知%s", body);
    expect_in_dump(text, "SUBTITLE \"某市人民政府辦公室關于印發《某市貫徹落實〈關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施〉實施方案》的通知\" @9:1", true);
    snprintf(text, sizeof text, "某市人民政府办公室关于印发《某市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知\n\n"
                                "发布时间:2023-03-15 09:28 信息来源:某市人民政府办公室\n\n某政办发〔2023〕9号\n\n"
                                "某市人民政府办公室\n关于印发《某市贯彻落实〈关于打好经济\n增长主动仗实现经济运行整体好转的若干\n政策措施〉实施方案》的通知%s", body);
    expect_in_dump(text, "SUBTITLE \"某市人民政府办公室关于印发《某市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知\" @7:1", true);
    /* another notice's lines */
    snprintf(text, sizeof text, "某市人民政府办公室关于印发《某市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知\n\n"
                                "发布时间:2023-03-15 09:28 信息来源:某市人民政府办公室\n\n某政办发〔2023〕9号\n\n"
                                "某市人民政府办公室\n关于印发《某市贯彻落实〈关于打好经济\n增长主动仗实现经济运行整体好转的若干\n政策措施〉考核办法》的通知%s", body);
    expect_in_dump(text, "SUBTITLE", false);
}

static void test_parts44_attachment_title_over_three_lines(void **state)
{
    (void)state;
    const char *head = "某市人民政府辦公室關于印發《某市貫徹落實〈關于促進消費若干措施〉實施方案》的通知\n\n某政辦發〔2023〕9號\n\n"
                       "各縣市區人民政府:\n\n現將《某市貫徹落實〈關于促進消費若干措施〉實施方案》印發給你們,請認真組織實施。\n\n"
                       "某市人民政府辦公室\n\n2023年3月15日\n\n\n";
    char text[4096];
    snprintf(text, sizeof text, "%s某市貫徹落實《關于打好經濟增長主動仗\n\n實現經濟運行整體好轉的若干政策\n\n措施》實施方案\n\n"
                                "為全面貫徹會議精神,特制定本實施方案。\n\n一、促進消費恢復升級\n\n聯合金融機構發放消費券。\n", head);
    expect_in_dump(text, "DOCTITLE \"某市貫徹落實《關于打好經濟增長主動仗實現經濟運行整體好轉的若干政策措施》實施方案\" @14:1", true);
    snprintf(text, sizeof text, "%s某市贯彻落实《关于打好经济增长主动仗\n实现经济运行整体好转的若干政策\n措施》实施方案\n"
                                "为全面贯彻会议精神,特制定本实施方案。\n\n一、促进消费恢复升级\n\n联合金融机构发放消费券。\n", head);
    expect_in_dump(text, "DOCTITLE \"某市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案\" @14:1", true);
    /* the brackets not closed with a title word */
    snprintf(text, sizeof text, "%s某市贯彻落实《关于打好经济增长主动仗\n实现经济运行整体好转的若干政策\n措施》的意见稿件\n"
                                "为全面贯彻会议精神,特制定本实施方案。\n\n一、促进消费恢复升级\n\n联合金融机构发放消费券。\n", head);
    expect_in_dump(text, "的若干政策措施》的意见稿件\"", false);
}

/* Round 44 class 3 (notice-changzi lines 1-9): a page indented (its
 * title, a short field of its poster 信息发布者:…, a record line of a bare
 * date and time with 来源:…), then the title given again over two lines
 * (issuer / 关于…的通告): the repeat is the SUBTITLE; traditional too.  Not a repeat that is another notice's. */
static void test_parts44_indented_record_line_and_repeat(void **state)
{
    (void)state;
    const char *body = "\n\n    “春节”将至,为减少森林火险隐患,县森防指决定禁止燃放烟花爆竹,现通告如下:\n\n"
                       "    一、禁放区内村民委员会要制定禁止燃放烟花爆竹公约。\n\n    二、村民应当自觉遵守禁放公约。\n";
    char text[4096];
    snprintf(text, sizeof text, "    某县人民政府森林防火指挥部关于禁止燃放烟花爆竹的通告\n\n    信息发布者:段某\n"
                                "    2019-01-29 08:48:53    来源:今日某县   转载\n\n\n    某县人民政府森林防火指挥部\n\n"
                                "    关于禁止燃放烟花爆竹的通告%s", body);
    expect_in_dump(text, "SUBTITLE \"某县人民政府森林防火指挥部关于禁止燃放烟花爆竹的通告\" @7:5", true);
    snprintf(text, sizeof text, "    某縣人民政府森林防火指揮部關于禁止燃放煙花爆竹的通告\n\n    信息發布者:段某\n"
                                "    2019-01-29 08:48:53    來源:今日某縣   轉載\n\n\n    某縣人民政府森林防火指揮部\n\n"
                                "    關于禁止燃放煙花爆竹的通告%s", body);
    expect_in_dump(text, "SUBTITLE \"某縣人民政府森林防火指揮部關于禁止燃放煙花爆竹的通告\" @7:5", true);
    /* another notice under the record line */
    snprintf(text, sizeof text, "    某县人民政府森林防火指挥部关于禁止燃放烟花爆竹的通告\n\n    信息发布者:段某\n"
                                "    2019-01-29 08:48:53    来源:今日某县   转载\n\n\n    某县人民政府森林防火指挥部\n\n"
                                "    关于禁止野外用火的通告%s", body);
    expect_in_dump(text, "SUBTITLE", false);
}

static void test_mendF43_dateline_then_headline_is_title(void **state)
{
    (void)state;
    const char *body = "\n国家统计局17日发布数据，2023年国内生产总值增长5.2%。\n";
    char text[1024];
    snprintf(text, sizeof text, "新华社北京1月17日电 国家统计局发布数据%s", body);
    expect_in_dump(text, "TITLE \"新华社北京1月17日电 国家统计局发布数据\" @1:1", true);
    snprintf(text, sizeof text, "新華社北京1月17日電　國家統計局發布數據%s", body);
    expect_in_dump(text, "TITLE \"新華社北京1月17日電 國家統計局發布數據\" @1:1", true);
    snprintf(text, sizeof text, "新华社北京1月17日电  国家统计局：2023年经济回升向好%s", body);
    expect_in_dump(text, "TITLE \"新华社北京1月17日电　国家统计局：2023年经济回升向好\" @1:1", true);
    /* must not fire: a dateline alone, with a reporter's note */
    snprintf(text, sizeof text, "新华社北京1月17日电%s", body);
    expect_in_dump(text, "TITLE \"新华社北京1月17日电\"", false);
    snprintf(text, sizeof text, "新华社北京1月17日电（记者张三）%s", body);
    expect_in_dump(text, "TITLE \"新华社北京1月17日电", false);
}

/* Round 43 class 2 (finalaccounts-yongchuan-2024-report-metadata-pipes):
 * a page's metadata table of pipes whose rows include the 标题 (名称)
 * field with its colon (| 标题: | 重庆市永川区2024年决算报告 | ||||), then
 * the document's title on the line under the table: that line is the
 * title.  Traditional too.  A table of data whose first cell is 名称 with
 * no colon is no metadata table: its rows stay, no title is read under it. */
static void test_parts45_title_under_metadata_pipes_with_title_field(void **state)
{
    (void)state;
    expect_title("| 索引号: | 11500383009336715E/2025-00034 | 发文字号: | |||\n"
                 "| 发布机构: | 永川区财政局 | 成文日期: | 2025-08-04 | 发布日期: | 2025-08-04 |\n"
                 "| 标题: | 重庆市永川区2024年决算报告 | ||||\n| 主题分类: | 财政 | 有效性: | |||\n"
                 "| 有效性: | |||||\n重庆市永川区2024年决算报告\n"
                 "2024年,全区一般公共预算收入53.24亿元,增长6.3%。\n",
                 "  TITLE \"重庆市永川区2024年决算报告\" @6:1");
    expect_title("| 索引號: | 11500383/2025-00034 | 發文字號: | |||\n| 發布機構: | 某區財政局 | |||\n"
                 "| 標題: | 某區2024年決算報告 | ||||\n| 有效性: | |||||\n某區2024年決算報告\n"
                 "2024年,全區一般公共預算收入53.24億元。\n",
                 "  TITLE \"某區2024年決算報告\" @5:1");
    expect_title("| 名称: | 某县2024年预算执行情况的报告 | |\n| 发布机构: | 某县财政局 | |\n"
                 "| 成文日期: | 2025-01-04 | |\n某县2024年预算执行情况的报告\n"
                 "2024年,全县一般公共预算收入5.24亿元。\n",
                 "  TITLE \"某县2024年预算执行情况的报告\" @4:1");
    /* must not fire: a data table whose first cell is a bare 名称 */
    expect_in_dump("| 名称 | 数量 |\n| 标题 | 12 |\n某县2024年预算执行情况的报告\n全县收入5.24亿元。\n",
                   "TITLE \"某县2024年预算执行情况的报告\"", false);
}

/* Round 43 class 5 (press-npc-2011-cpi-hkstv-news): a news title whose
 * two clauses stand apart by one space (…新闻发布会 引起轰动) over the
 * page's date line is no post and name: the clause after the space is no
 * person's name and the words before it end in no post.  Traditional too,
 * a full-width space too.  A speaker over the date stays one (a surname
 * opening the name, or a post's word before it). */
static void test_parts45_spaced_headline_is_no_speaker(void **state)
{
    (void)state;
    const char *body = "\n(本台讯)3月4日,十一届全国人大四次会议在北京人民大会堂举行新闻发布会。\n";
    char text[1024];
    snprintf(text, sizeof text, "香港卫视记者亮相全国人大首场新闻发布会 引起轰动\n来源:香港卫视 更新时间: 2011-03-04%s",
             body);
    expect_title(text, "  TITLE \"香港卫视记者亮相全国人大首场新闻发布会 引起轰动\" @1:1");
    snprintf(text, sizeof text, "香港衛視記者亮相全國人大首場新聞發布會 引起轟動\n來源:香港衛視 更新時間: 2011-03-04%s",
             body);
    expect_title(text, "  TITLE \"香港衛視記者亮相全國人大首場新聞發布會 引起轟動\" @1:1");
    snprintf(text, sizeof text, "某县召开经济工作会议　部署全年任务\n2024年1月5日%s", body);
    expect_title(text, "  TITLE \"某县召开经济工作会议 部署全年任务\" @1:1");
    /* must not fire: a post and a name over the date */
    snprintf(text, sizeof text, "汕头市潮阳区审计局局长 郑创平\n2023年9月28日%s", body);
    expect_in_dump(text, "SPEAKER \"汕头市潮阳区审计局局长　郑创平\" @1:1", true);
    snprintf(text, sizeof text, "國家統計局新聞發言人 付凌暉\n2024年1月17日%s", body);
    expect_in_dump(text, "SPEAKER \"國家統計局新聞發言人　付凌暉\" @1:1", true);
    snprintf(text, sizeof text, "县审计局局长 阿依古丽\n2023年9月28日%s", body);
    expect_in_dump(text, "SPEAKER \"县审计局局长　阿依古丽\" @1:1", true);
}

/* Round 43 class 7 (stats-shangdang-2023-bulletin-trad-pinyin): a title
 * whose opening a copy garbled (（山西?。?023年…統計公報: a stop between
 * mojibake marks) is the title as found, and the date line under it, in
 * brackets, the document's date.  Simplified, replacement characters and
 * full-width marks too.  A sentence with a stop of its own after the
 * garbled opening stays no title; a line with no title word too. */
static void test_parts45_garbled_opening_title(void **state)
{
    (void)state;
    const char *body = "2023年,全区经济稳定增长。\n一、综合\n全年地区生产总值增长3.0%。\n";
    char text[1024];
    snprintf(text, sizeof text, "(山西?。?023年長治市上黨區國民經濟和社會發展統計公報\n(2024年4月)\n%s", body);
    expect_title(text, "  TITLE \"（山西？。？023年長治市上黨區國民經濟和社會發展統計公報\" @1:1");
    expect_in_dump(text, "DATE \"2024年4月\" iso=2024-04 @2:2", true);
    snprintf(text, sizeof text, "（山西？。？023年长治市上党区国民经济和社会发展统计公报\n（2024年4月）\n%s", body);
    expect_title(text, "  TITLE \"（山西？。？023年长治市上党区国民经济和社会发展统计公报\" @1:1");
    snprintf(text, sizeof text, "\xef\xbf\xbd\xef\xbf\xbd。\xef\xbf\xbd" "023年某县国民经济和社会发展统计公报\n%s", body);
    expect_title(text, "  TITLE \"\xef\xbf\xbd\xef\xbf\xbd。\xef\xbf\xbd" "023年某县国民经济和社会发展统计公报\" @1:1");
    /* must not fire: a stop of the sentence's own after the opening */
    snprintf(text, sizeof text, "(山西?。?023年全区经济稳定增长。全年发布统计公报\n%s", body);
    expect_in_dump(text, "TITLE \"（山西", false);
    /* nor with no title word at the end */
    snprintf(text, sizeof text, "(山西?。?023年全区经济稳定增长\n%s", body);
    expect_in_dump(text, "TITLE \"（山西", false);
}

/* Round 46 class 10 (audit-ningbo-2022-budget-execution-report): a
 * meeting's document header ending in 会议文件 (会議文件), a session's name
 * before it, over the report's 关于…的报告 title is no part of the title.
 * Simplified and traditional; a 人民代表大会 session too.  Must not fire:
 * a title that itself ends in 文件 (…规范性文件) keeps its reading. */
static void test_parts46_meeting_document_header(void **state)
{
    (void)state;
    const char *body = "市审计局局长 励永惠\n主任、副主任、秘书长、各位委员:\n"
                       "我受市政府委托,向市人大常委会报告审计情况,请予审议。\n";
    char text[1024];
    snprintf(text, sizeof text, "宁波市十六届人大常委会第十二次会议文件\n"
             "关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\n%s", body);
    expect_title(text, "  TITLE \"关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告\" @2:1");
    snprintf(text, sizeof text, "寧波市十六屆人大常委會第十二次會議文件\n"
             "關於2022年度寧波市級預算執行和全市其他財政收支的審計工作報告\n%s", body);
    expect_title(text, "  TITLE \"關於2022年度寧波市級預算執行和全市其他財政收支的審計工作報告\" @2:1");
    snprintf(text, sizeof text, "某县第十八届人民代表大会第三次会议文件\n\n"
             "关于某县2023年预算执行情况的报告\n%s", body);
    expect_title(text, "  TITLE \"关于某县2023年预算执行情况的报告\" @3:1");
    /* must not fire: a title that ends in 文件 itself */
    snprintf(text, sizeof text, "某市人民政府关于废止部分规范性文件\n%s", body);
    expect_title(text, "  TITLE \"某市人民政府关于废止部分规范性文件\" @1:1");
}

/* Round 46 class 9 (industry-zhejiang-2017m04-library-chrome): a site's
 * chrome over a news page (its name 图书馆 alone, lines of opening hours
 * 8:00—21:00) above a headline right over its record line: the headline
 * is the title, the record line's 时间 its date.  Simplified and
 * traditional, hours with an ASCII dash.  Must not fire: with no record
 * line under the headline the chrome rule does not take it. */
static void test_parts46_chrome_over_headline(void **state)
{
    (void)state;
    const char *body = "4月份,全省规模以上工业增加值1039亿元,同比增长3.3%。\n";
    char text[1024];
    snprintf(text, sizeof text, "图书馆\n\n绍兴杨汛桥校区  8:00—21:00\n\n杭州拱宸桥校区  8:00—21:30\n\n"
             "4月份浙江工业生产增长3.3%%\n来源:   作者:   编辑:   时间:2017-07-06   点击数:\n\n%s", body);
    expect_title(text, "  TITLE \"4月份浙江工业生产增长3.3%\" @7:1");
    expect_in_dump(text, "2017-07-06", true);
    snprintf(text, sizeof text, "圖書館\n總館  8:00-22:00\n"
             "3月份全省工業生產增長5.1%%\n來源:   時間:2018-04-20   點擊數:\n\n%s", body);
    expect_title(text, "  TITLE \"3月份全省工業生產增長5.1%\" @3:1");
    /* must not fire: no record line under the headline */
    snprintf(text, sizeof text, "图书馆\n\n绍兴杨汛桥校区  8:00—21:00\n\n"
             "4月份浙江工业生产增长3.3%%\n\n%s", body);
    expect_in_dump(text, "TITLE \"4月份浙江工业生产增长3.3%\"", false);
}

/* Round 46 class 11 (water-hubei-2018-rainfall-news-url-footer), ruled:
 * a line alone at the top of a news page naming a picture (…实景图,
 * …照片, …摄) is its caption, not its title; the title is the file
 * name.  Simplified and traditional.  Must not fire: a title naming a
 * map of its own (…分布图) over its text stays the title. */
static void test_parts46_picture_line_over_news(void **state)
{
    (void)state;
    const char *body = "2月28日从省水文水资源局了解到,去年湖北省降水量为1076.5毫米,比2017年少近二成。\n"
                       "降雨减少,河湖的水量减少。\n";
    char text[1024];
    snprintf(text, sizeof text, "宜昌清江长阳新城段实施护岸工程后的实景图\n%s", body);
    expect_in_dump(text, "CAPTION \"宜昌清江长阳新城段实施护岸工程后的实景图\" @1:1", true);
    expect_in_dump(text, "TITLE \"宜昌", false);
    snprintf(text, sizeof text, "宜昌清江長陽新城段實施護岸工程後的實景圖\n%s", body);
    expect_in_dump(text, "CAPTION \"宜昌清江長陽新城段實施護岸工程後的實景圖\" @1:1", true);
    snprintf(text, sizeof text, "工人在清江大堤上巡查 记者 张三 摄\n%s", body);
    expect_in_dump(text, "CAPTION \"工人在清江大堤上巡查　记者　张三摄\" @1:1", true);
    snprintf(text, sizeof text, "清江長陽段護岸工程施工現場照片\n%s", body);
    expect_in_dump(text, "CAPTION \"清江長陽段護岸工程施工現場照片\" @1:1", true);
    /* must not fire: a map's title over its text */
    snprintf(text, sizeof text, "2018年湖北省年降水量分布图\n%s", body);
    expect_title(text, "  TITLE \"2018年湖北省年降水量分布图\" @1:1");
}

/* Round 45 class 3 (notice-gulin-2022-forest-closure): a news page's
 * headline under lines of leaked HTML tags and a numbered breadcrumb
 * (1. 大聽網 > 正文): the breadcrumb is no heading and the tags' lines no
 * title, the headline is the TITLE; its record line with 稿件來源 (稿件来源)
 * is the DATE; the notice's own title under 全文如下: is a SUBTITLE.
 * Simplified and traditional, ASCII and full-width; not a numbered
 * heading with a > between two words that name no page. */
static void test_parts47_breadcrumb_and_tags_over_headline(void **state)
{
    (void)state;
    const char *trad = "<track id=\"6y717\"></track>\n<legend id=\"6y717\"><i id=\"6y717\"></i></legend>\n\n"
                       "      1. 大聽網(wǎng)   > 正文\n\n"
                       "        古藺黃荊自然保護區全域管控時間延長至本周日24時\n\n"
                       "        發布時間:2022-08-24 20:36:54 稿件來源: 大聽網(wǎng)\n\n"
                       "        今日,黃荊鎮森林防滅火指揮部發布公告,將管控時間延長至2022年8月28日24時。\n\n"
                       "        全文如下:\n\n"
                       "        關于延長黃荊自然保護區管控措施實施時間的公告\n\n"
                       "        當前,黃荊省級自然保護區正經歷罕見的連晴高溫天氣,處于森林火災極高風險區。\n";
    expect_title(trad, "  TITLE \"古藺黃荊自然保護區全域管控時間延長至本周日24時\" @6:9");
    expect_in_dump(trad, "SECTION", false);
    expect_in_dump(trad, "iso=2022-08-24 record @8:9", true);
    expect_in_dump(trad, "SUBTITLE \"關于延長黃荊自然保護區管控措施實施時間的公告\"", true);
    const char *simp = "1、大听网 ＞ 新闻中心 ＞ 正文\n\n"
                       "古蔺黄荆自然保护区全域管控时间延长至本周日24时\n\n"
                       "2022-08-24 20:36:54 稿件来源：大听网\n\n"
                       "今日，黄荆镇森林防灭火指挥部发布公告，将管控时间延长至2022年8月28日24时。\n\n"
                       "全文如下：\n\n"
                       "关于延长黄荆自然保护区管控措施实施时间的通告\n\n"
                       "当前，黄荆省级自然保护区正经历罕见的连晴高温天气，处于森林火灾极高风险区。\n";
    expect_title(simp, "  TITLE \"古蔺黄荆自然保护区全域管控时间延长至本周日24时\" @3:1");
    expect_in_dump(simp, "SECTION", false);
    expect_in_dump(simp, "iso=2022-08-24 record @5:1", true);
    expect_in_dump(simp, "SUBTITLE \"关于延长黄荆自然保护区管控措施实施时间的通告\"", true);
    /* must not fire: a numbered heading whose > names no page */
    const char *heading = "某县2022年工业运行情况\n\n1. 甲类企业 > 乙类企业\n\n"
                          "全县甲类企业产值增长较快，高于乙类企业。\n";
    expect_in_dump(heading, "SECTION 1 level=", true);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heldout25_own_title_over_docnumber),
        cmocka_unit_test(test_round34_issuing_notice_under_the_page_title),
        cmocka_unit_test(test_heldout25_docnumber_page_title),
        cmocka_unit_test(test_headline_clauses_keep_their_space),
        cmocka_unit_test(test_heldout29_index_line_over_wrapped_title),
        cmocka_unit_test(test_heldout31_bare_metadata_values),
        cmocka_unit_test(test_round35_title_field_name),
        cmocka_unit_test(test_review36_issuing_notice_quote_variants),
        cmocka_unit_test(test_round37_title_run_into_the_body),
        cmocka_unit_test(test_round36_spaced_title_word_ends_the_title),
        cmocka_unit_test(test_parts40_table_number_over_its_name),
        cmocka_unit_test(test_mendparts39_collection_count_ends_the_title),
        cmocka_unit_test(test_partsA_title_row_under_metadata_table),
        cmocka_unit_test(test_partsA_wrapped_sentence_start_is_no_title),
        cmocka_unit_test(test_partsA_model_documents_titles),
        cmocka_unit_test(test_partsA_example_title_over_docnumber),
        cmocka_unit_test(test_mendT_two_line_headline_over_wrapped_body),
        cmocka_unit_test(test_mendT_title_row_with_leading_bar),
        cmocka_unit_test(test_parts42a_title_field_is_no_doctitle),
        cmocka_unit_test(test_parts42a_title_given_again_is_subtitle),
        cmocka_unit_test(test_parts42a_title_over_three_lines),
        cmocka_unit_test(test_partsT_repeat_with_number_tail),
        cmocka_unit_test(test_partsT_news_tag_is_no_title),
        cmocka_unit_test(test_partsT_bulletin_under_its_news_lead),
        cmocka_unit_test(test_partsT_wrapped_repeat_under_docnumber),
        cmocka_unit_test(test_partsT_wrapped_attachment_title),
        cmocka_unit_test(test_parts44_repeat_over_four_lines),
        cmocka_unit_test(test_parts44_attachment_title_over_three_lines),
        cmocka_unit_test(test_parts44_indented_record_line_and_repeat),
        cmocka_unit_test(test_mendF43_dateline_then_headline_is_title),
        cmocka_unit_test(test_parts45_title_under_metadata_pipes_with_title_field),
        cmocka_unit_test(test_parts45_spaced_headline_is_no_speaker),
        cmocka_unit_test(test_parts45_garbled_opening_title),
        cmocka_unit_test(test_parts46_meeting_document_header),
        cmocka_unit_test(test_parts46_chrome_over_headline),
        cmocka_unit_test(test_parts46_picture_line_over_news),
        cmocka_unit_test(test_parts47_breadcrumb_and_tags_over_headline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
