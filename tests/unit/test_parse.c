/* Unit tests of src/parse.c: encodings, front matter, headings,
 * normalisation, tables and every diagnostic with its exact position. */
#include "test_util.h"

/* Parses and expects failure; checks status, line and column. */
static void expect_error(const char *text, size_t len, bulletin_status status, int line,
                         int column, const char *needle)
{
    bulletin_doc *doc = (bulletin_doc *)1;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, len, "t.txt", 0, &tu_mem, &doc, &diag), status);
    assert_null(doc);
    assert_int_equal(diag.status, status);
    assert_int_equal(diag.line, line);
    assert_int_equal(diag.column, column);
    assert_string_equal(diag.path, "t.txt");
    if (needle && !strstr(diag.message, needle))
        fail_msg("message '%s' lacks '%s'", diag.message, needle);
}

static void expect_dump(const char *text, unsigned options, const char *expected)
{
    char *out = tu_parse_dump(text, options);
    assert_string_equal(out, expected);
    free(out);
}

/* --- Encoding ------------------------------------------------------------ */

static void test_invalid_utf8_position_in_characters(void **state)
{
    (void)state;
    const char text[] = "标题\n湖北\xFF文本\n";
    expect_error(text, sizeof text - 1, BULLETIN_ERR_ENCODING, 2, 3, "invalid UTF-8");
}

static void test_invalid_utf8_at_start_and_end(void **state)
{
    (void)state;
    expect_error("\xFF\xFE\x00", 3, BULLETIN_ERR_ENCODING, 1, 1, "UTF-16");
    expect_error("\x80title", 6, BULLETIN_ERR_ENCODING, 1, 1, "invalid UTF-8");
    const char tail[] = "标题\n正文\xE6\xB9";
    expect_error(tail, sizeof tail - 1, BULLETIN_ERR_ENCODING, 2, 3, "invalid UTF-8");
}

static void test_overlong_and_surrogate_rejected(void **state)
{
    (void)state;
    expect_error("ab\xC0\xAF", 4, BULLETIN_ERR_ENCODING, 1, 3, "invalid UTF-8");
    expect_error("a\nb\xED\xA0\x80", 6, BULLETIN_ERR_ENCODING, 2, 2, "invalid UTF-8");
}

static void test_nul_and_control_characters(void **state)
{
    (void)state;
    expect_error("标题\n正\0文", 14, BULLETIN_ERR_ENCODING, 2, 2, "NUL");
    expect_error("标题\x07", 7, BULLETIN_ERR_ENCODING, 1, 3, "U+0007");
    expect_error("标题\n\xC2\x85", 9, BULLETIN_ERR_ENCODING, 2, 1, "U+0085");
}

/* What XML 1.0 forbids never reaches a workbook: U+FFFE and U+FFFF are
 * errors with their place; zero-width and bidi controls are dropped from
 * the text (not drawn, not searched). */
static void test_noncharacters_and_invisible_controls(void **state)
{
    (void)state;
    static const char nonchar[] = "标题\n正文\xEF\xBF\xBE和。\n";
    expect_error(nonchar, sizeof nonchar - 1, BULLETIN_ERR_ENCODING, 2, 3, "U+FFFE");
    static const char ffff[] = "标题\nab\xEF\xBF\xBF\n";
    expect_error(ffff, sizeof ffff - 1, BULLETIN_ERR_ENCODING, 2, 3, "U+FFFF");
    expect_dump("标题\n零宽\xE2\x80\x8B空格\xE2\x80\xAE反向\xE2\x81\xA0，软\xC2\xAD连字。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"零宽空格反向，软连字。\" @2:1\n");
}

static void test_gb18030_hint(void **state)
{
    (void)state;
    /* "湖北省" in GB18030 */
    const char gb[] = "\xBA\xFE\xB1\xB1\xCA\xA1\n";
    expect_error(gb, sizeof gb - 1, BULLETIN_ERR_ENCODING, 1, 1, "iconv -f GB18030 -t UTF-8");
}

static void test_bom_crlf_and_cr(void **state)
{
    (void)state;
    const char *expected = "DOCUMENT\n"
                           "  TITLE \"标题\" @1:1\n"
                           "  LEAD @2:1\n"
                           "    PARAGRAPH 1 \"第一段。\" @2:1\n"
                           "    PARAGRAPH 2 \"第二段。\" @4:1\n";
    expect_dump("\xEF\xBB\xBF标题\r\n第一段。\r\n\r\n第二段。\r\n", 0, expected);
    expect_dump("标题\r第一段。\r\r第二段。", 0, expected);
    expect_dump("标题\n第一段。\n\n第二段。\n", 0, expected);
}

/* A line whose bytes change after the passes decoded it (a one-cell row
 * becomes its cell; a unit row's two cells one text, its '|' read as a
 * space) is decoded again from its new bytes: the parser keeps each line's
 * code points only while the line's bytes stay the same. */
static void test_line_decoded_again_when_its_bytes_change(void **state)
{
    (void)state;
    expect_dump("标题\n\n正文第一段。\n\n| 湖北省知识产权局 |\n\n正文第二段。\n\n"
                "| 单位：万元 | 2023年 |\n\n正文第三段。\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @3:1\n"
                "    PARAGRAPH 1 \"正文第一段。\" @3:1\n"
                "    PARAGRAPH 2 \"湖北省知识产权局\" @5:3\n"
                "    PARAGRAPH 3 \"正文第二段。\" @7:1\n"
                "    PARAGRAPH 4 \"单位：万元 2023年\" @9:3\n"
                "    PARAGRAPH 5 \"正文第三段。\" @11:1\n");
}

/* An indent lost to a page's encoding: '??' at the start of a line before
 * a Chinese character or a digit (income-nbs-2018h1: ??一、居民收入情況)
 * is the indent it stood for, so the heading is a heading and the
 * paragraph starts at its text (columns after the marks); before Latin
 * text, and anywhere else, question marks stay. */
static void test_lost_indent_question_marks(void **state)
{
    (void)state;
    expect_dump("标题\n??一、居民收入情況\n??2018年上半年,收入14063元。\n??ABC 是什么??\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"居民收入情況\" @2:3\n"
                "    PARAGRAPH 1 \"2018年上半年，收入14063元。\" @3:3\n"
                "    PARAGRAPH 2 \"??ABC 是什么？？\" @4:1\n");
}

static void test_empty_input_is_an_error(void **state)
{
    (void)state;
    expect_error("", 0, BULLETIN_ERR_SYNTAX, 1, 1, "empty");
    expect_error("\n \n\xE3\x80\x80\n", 7, BULLETIN_ERR_SYNTAX, 3, 1, "empty");
}

/* --- Front matter --------------------------------------------------------- */

static void test_front_matter_keys(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("---\ntitle: 湖北年报\nissuer: 湖北省知识产权局\n"
                                 "date: 2024-01-10\nyear: 2023\n---\n湖北年报\n正文。\n",
                                 0);
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_TITLE), "湖北年报");
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_ISSUER), "湖北省知识产权局");
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_DATE), "2024-01-10");
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_YEAR), "2023");
    assert_null(bulletin_doc_meta(doc, BULLETIN_META_REGION));
    assert_int_equal(bulletin_doc_warning_count(doc), 0);
    char *out = tu_dump(doc);
    /* The title line that repeats the front-matter title is not body text. */
    assert_string_equal(out, "DOCUMENT\n"
                             "  META issuer \"湖北省知识产权局\"\n"
                             "  META date \"2024-01-10\"\n"
                             "  META year \"2023\"\n"
                             "  TITLE \"湖北年报\" @2:8\n"
                             "  LEAD @8:1\n"
                             "    PARAGRAPH 1 \"正文。\" @8:1\n"
                             "  SIGNATURE \"湖北省知识产权局\" from=meta\n"
                             "  DATE \"2024年1月10日\" iso=2024-01-10 from=meta\n");
    free(out);
    bulletin_doc_free(doc);
}

static void test_front_matter_title_without_title_line(void **state)
{
    (void)state;
    expect_dump("---\ntitle: 公报\n---\n一、总体\n正文。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"公报\" @2:8\n"
                "  SECTION 1 \"总体\" @4:1\n"
                "    PARAGRAPH 1 \"正文。\" @5:1\n");
}

/* Without a title line the warning says what the first line is. */
static void test_no_title_line_names_the_kind(void **state)
{
    (void)state;
    static const struct {
        const char *text, *message;
    } cases[] = {
        {"| 商品 | 价格 |\n| 大米 | 5.2 |\n",
         "no title line: line 1 is a table row, not a title; the title is taken from the file name"},
        {"一、总体\n正文。\n",
         "no title line: line 1 is a numbered heading, not a title; the title is taken from the file name"},
        {"各市、州人民政府：\n正文。\n",
         "no title line: line 1 is a salutation, not a title; the title is taken from the file name"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bulletin_doc *doc = tu_parse(cases[i].text, 0);
        assert_true(bulletin_doc_warning_count(doc) >= 1);
        const bulletin_diag *w = bulletin_doc_warning(doc, 0);
        assert_int_equal(w->line, 1);
        assert_string_equal(w->message, cases[i].message);
        bulletin_doc_free(doc);
    }
}

/* A page's field line before the title (來源：, 發布時間：, in either
 * script) is not the title. */
static void test_field_line_before_title_traditional(void **state)
{
    (void)state;
    expect_dump("來源：教育部\n2021年全國教育事業發展統計公報\n\n全國共有學校52.93萬所。\n", 0,
                "DOCUMENT\n"
                "  LEAD @1:1\n"
                "    PARAGRAPH 1 \"來源：教育部\" @1:1\n"
                "  TITLE \"2021年全國教育事業發展統計公報\" @2:1\n"
                "  LEAD @4:1\n"
                "    PARAGRAPH 2 \"全國共有學校52.93萬所。\" @4:1\n");
}

/* A page's label before the article's headline, 原标题： (原標(biāo)題:,
 * with a converter's readings): the headline is the title, without the
 * label and without the readings a reader does not name. */
static void test_headline_label_and_readings_leave_the_title(void **state)
{
    (void)state;
    expect_dump("原標(biāo)題:今年前11月成都社會消費(fèi)品零售總額超去年全年\n24日，全市經濟運行良好。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"今年前11月成都社會消費品零售總額超去年全年\" @1:11\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"24日，全市經濟運行良好。\" @2:1\n");
    expect_dump("原标题：  关于2021年统计公报的说明\n正文。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"关于2021年统计公报的说明\" @1:7\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"正文。\" @2:1\n");
    /* no label: the words stay (原标题 is no title's first word otherwise) */
    expect_dump("原标题的说明\n正文。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"原标题的说明\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"正文。\" @2:1\n");
}

/* Held-out round 17 (press-cppcc-2025-conference-pinyin-news): a page's
 * record line with a converter's readings inside its keys (發(fā)布時(shí)間:,
 * 來(lái)源:) is no title, and keeps its space before the second field. */
static void test_record_line_with_readings_is_no_title(void **state)
{
    (void)state;
    expect_dump("發(fā)布時(shí)間:2025年03月03日 18:32 來(lái)源:中國新聞網(wǎng)\n會議3月3日舉行，發言人介紹情況。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"t\" @0:0\n"
                "  LEAD @1:1\n"
                "    PARAGRAPH 1 \"發（fā）布時（shí）間：2025年03月03日18:32　來（lái）源：中國新聞網（wǎng）\" @1:1\n"
                "    PARAGRAPH 2 \"會議3月3日舉行，發言人介紹情況。\" @2:1\n");
}

/* Held-out round 17 (budget-chengkou-county-2024-execution): a portal's
 * fields in brackets ([ 索引号 ]…), however long, and its column ending in
 * 公开 over the report's title are no title; the 题注 under it, its date
 * lost to digits and its parentheses gone, is the subtitle, and the
 * salutation follows. */
static void test_portal_column_over_title(void **state)
{
    (void)state;
    expect_dump("[ 索引号 ]11500229750082850H/2025-00004 [ 发文字号 ] [ 发布机构 ]城口县财政局 [ 主题分类 ]财政 "
                "[ 成文日期 ]2025-01-20 [ 发布日期 ]2025-01-20 [ 体裁分类 ]财政预算、决算、财政预算、决算、财政预算\n\n"
                "城口县2025年度政府预算公开\n\n城口县2024财政预算执行情况2025财政预算草案的报告\n\n"
                "20251在城口县第十届人民代表大会第五次会议\n\n各位代表:\n\n现将报告提请大会审查。\n", 0,
                "DOCUMENT\n"
                "  LEAD @1:1\n"
                "    PARAGRAPH 1 \"[ 索引号 ]11500229750082850H/2025-00004 [ 发文字号 ] [ 发布机构 ]城口县财政局 [ 主题分类 ]财政 "
                "[ 成文日期 ]2025-01-20 [ 发布日期 ]2025-01-20 [ 体裁分类 ]财政预算、决算、财政预算、决算、财政预算\" @1:1\n"
                "    PARAGRAPH 2 \"城口县2025年度政府预算公开\" @3:1\n"
                "  TITLE \"城口县2024财政预算执行情况2025财政预算草案的报告\" @5:1\n"
                "  SUBTITLE \"20251在城口县第十届人民代表大会第五次会议\" @7:1\n"
                "  SALUTATION \"各位代表：\" @9:1\n"
                "  LEAD @11:1\n"
                "    PARAGRAPH 3 \"现将报告提请大会审查。\" @11:1\n");
}

/* Held-out round 16 (press-heyuan-jiangdong-fishing-ban-2020): the space
 * between a byline's name and the lead's first date stays (as U+3000),
 * or the name would read into the date; other spaces before digits go. */
static void test_byline_name_before_date(void **state)
{
    (void)state;
    expect_dump("标题\n本報訊 記者 黃世軍 特約記者 廖志良 3月1日至6月30日，是禁漁期。全县 2024年增长。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"本報訊　記者　黃世軍　特約記者　廖志良　3月1日至6月30日，是禁漁期。全县2024年增长。\" @2:1\n");
}

/* 1、2月 (1、2、3月份): consecutive months listed, January and February,
 * opening a sentence: no list item 1 over the date 2月. */
static void test_listed_months_are_no_list_number(void **state)
{
    (void)state;
    expect_dump("标题\n1、2月，全市工业增加值增长5.1%。\n1、2、3月份，零售额增长3%。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"1、2月，全市工业增加值增长5.1%。\" @2:1\n"
                "    PARAGRAPH 2 \"1、2、3月份，零售额增长3%。\" @3:1\n");
    /* not months that skip, nor a month's date after an item's number */
    expect_dump("标题\n1、各地开展检查。\n2、3月底前完成。\n3、12月，全面总结。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  RUNIN 1 level=3 \"各地开展检查。\" @2:1\n"
                "  RUNIN 2 level=3 \"3月底前完成。\" @3:1\n"
                "  RUNIN 3 level=3 \"12月，全面总结。\" @4:1\n");
}

static void test_front_matter_unknown_key_warns(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("---\ntitle: 公报\nauthor: 某人\n---\n正文。\n", 0);
    assert_int_equal(bulletin_doc_warning_count(doc), 1);
    const bulletin_diag *w = bulletin_doc_warning(doc, 0);
    assert_int_equal(w->severity, BULLETIN_SEVERITY_WARNING);
    assert_int_equal(w->line, 3);
    assert_int_equal(w->column, 1);
    assert_non_null(strstr(w->message, "unknown front-matter key"));
    bulletin_doc_free(doc);
}

/* Front matter that is a syntax error: where, and what the message says.
 * Held-out round 14: a month out of range, or without its zero, is
 * malformed as a day's date is. */
static void test_front_matter_syntax_errors(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int line, column;
        const char *needle;
    } cases[] = {
        {"---\ntitle: 公报\n正文。\n", 1, 1, "unterminated front matter"},
        {"---\ntitle: 公报\ndate:  2024-02-30\n---\n正文。\n", 3, 8, "malformed date"},
        {"---\ndate: 2024/01/10\n---\n正文。\n", 2, 7, "malformed date"},
        {"---\nyear: 二〇二三\n---\n正文。\n", 2, 7, "malformed year"},
        {"---\ndate: 2022-13\n---\n正文。\n", 2, 7, "malformed date"},
        {"---\ndate: 2022-4\n---\n正文。\n", 2, 7, "malformed date"},
        {"---\ntitle 公报\n---\n正文。\n", 2, 1, "key: value"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
        expect_error(cases[k].text, strlen(cases[k].text), BULLETIN_ERR_SYNTAX, cases[k].line,
                     cases[k].column, cases[k].needle);
}

/* Held-out round 14: a front-matter date of month precision (date:
 * 2022-04), as a month-only DATE found in the text keeps it (2022年4月 ->
 * 2022-04): the meta as written, a DATE 2022年4月 iso=2022-04 from the
 * front matter, no day made up (a month out of range: syntax errors). */
static void test_front_matter_month_date(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("---\ndate: 2022-04\n---\n标题\n正文。\n", 0);
    assert_string_equal(bulletin_doc_meta(doc, BULLETIN_META_DATE), "2022-04");
    assert_int_equal(bulletin_doc_warning_count(doc), 0);
    char *out = tu_dump(doc);
    assert_string_equal(out, "DOCUMENT\n"
                             "  META date \"2022-04\"\n"
                             "  TITLE \"标题\" @4:1\n"
                             "  LEAD @5:1\n"
                             "    PARAGRAPH 1 \"正文。\" @5:1\n"
                             "  DATE \"2022年4月\" iso=2022-04 from=meta\n");
    free(out);
    bulletin_doc_free(doc);
}

static void test_strict_turns_warning_into_error(void **state)
{
    (void)state;
    const char *t = "---\nauthor: 某人\n---\n标题\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(t, strlen(t), "t.txt", BULLETIN_OPT_STRICT, &tu_mem, &doc,
                                    &diag),
                     BULLETIN_ERR_SYNTAX);
    assert_null(doc);
    assert_int_equal(diag.line, 2);
    assert_int_equal(diag.severity, BULLETIN_SEVERITY_ERROR);
}

/* --- Headings --------------------------------------------------------------- */

static void test_level1_headings_and_numbers(void **state)
{
    (void)state;
    expect_dump("标题\n一、总体\n甲。\n二、 分项\n十、第十\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"总体\" @2:1\n"
                "    PARAGRAPH 1 \"甲。\" @3:1\n"
                "  SECTION 2 \"分项\" @4:1\n"
                "  SECTION 10 \"第十\" @5:1\n");
}

static void test_level1_number_values(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n十一、a\n十二、b\n二十、c\n二十一、d\n九十九、e\n", 0);
    const bulletin_node *n = bulletin_node_next(bulletin_node_first_child(bulletin_doc_root(doc)));
    int expect[] = {11, 12, 20, 21, 99};
    for (int i = 0; i < 5; i++, n = bulletin_node_next(n)) {
        assert_int_equal(bulletin_node_get_type(n), BULLETIN_NODE_SECTION);
        assert_int_equal(bulletin_node_number(n), expect[i]);
        assert_int_equal(bulletin_node_level(n), 1);
        assert_string_equal(bulletin_node_numbering(n), i == 0 ? "十一、" : bulletin_node_numbering(n));
    }
    bulletin_doc_free(doc);
}

static void test_heading_with_spaces_inside(void **state)
{
    (void)state;
    expect_dump("标题\n一 、综 合\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"综合\" @2:1\n");
}

static void test_inline_enumeration_is_not_a_heading(void **state)
{
    (void)state;
    expect_dump("标题\n一是加强保护，二是强化运用。\n第一,做好工作。\n——坚持创新。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"一是加强保护，二是强化运用。\" @2:1\n"
                "    PARAGRAPH 2 \"第一，做好工作。\" @3:1\n"
                "    PARAGRAPH 3 \"——坚持创新。\" @4:1\n");
}

static void test_four_levels_nest(void **state)
{
    (void)state;
    expect_dump("标题\n一、甲\n（一）乙\n1.丙\n（1）丁\n正文。\n(二)戊\n2、己\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"甲\" @2:1\n"
                "    SECTION 1 level=2 \"乙\" @3:1\n"
                "      SECTION 1 level=3 \"丙\" @4:1\n"
                "        SECTION 1 level=4 \"丁\" @5:1\n"
                "          PARAGRAPH 1 \"正文。\" @6:1\n"
                "    SECTION 2 level=2 \"戊\" @7:1\n"
                "      SECTION 2 level=3 \"己\" @8:1\n");
}

static void test_level3_needs_marker_not_decimal(void **state)
{
    (void)state;
    expect_dump("标题\n1.5万户企业受益。\n2023年全省增长。\n3．第三\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"1.5万户企业受益。\" @2:1\n"
                "    PARAGRAPH 2 \"2023年全省增长。\" @3:1\n"
                "  SECTION 3 level=3 \"第三\" @4:1\n");
}

static void test_run_in_heading_splits(void **state)
{
    (void)state;
    expect_dump("标题\n（一）加强保护。全年办结案件100件。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  RUNIN 1 level=2 \"加强保护。\" @2:1\n"
                "    PARAGRAPH 1 \"全年办结案件100件。\" @2:9\n");
}

/* An enumeration's items: one ending with ； is run in like one ending
 * with 。 (a list item, never a heading kept with what follows); a level-1
 * or level-2 heading ending with ； and a level-3 one without it stay
 * headings. */
static void test_semicolon_item_runs_in(void **state)
{
    (void)state;
    expect_dump("标题\n一、参加人员：\n1、区级机关各部门主要领导；\n2、各镇主要领导1名;\n"
                "3、工作人员。\n4、工业经济\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"参加人员：\" @2:1\n"
                "    RUNIN 1 level=3 \"区级机关各部门主要领导；\" @3:1\n"
                "    RUNIN 2 level=3 \"各镇主要领导1名；\" @4:1\n"
                "    RUNIN 3 level=3 \"工作人员。\" @5:1\n"
                "    SECTION 4 level=3 \"工业经济\" @6:1\n");
    expect_dump("标题\n（一）加强保护；\n全年办结案件100件。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 level=2 \"加强保护；\" @2:1\n"
                "    PARAGRAPH 1 \"全年办结案件100件。\" @3:1\n");
}

/* Round 10 (budget-xiangshan-town-2023-execution): the first item of an
 * enumeration written with a colon, the page's slip for ；, with the next
 * item right under it run in, is a list item like the others; a heading
 * ending in a colon over its own text stays a heading. */
static void test_colon_first_item_runs_in(void **state)
{
    (void)state;
    expect_dump("标题\n1.一般公共服务支出3356.2万元,完成年初预算的113.7%:\n"
                "2.国防支出30万元,完成年初预算的60%;\n3.其他支出35.1万元;\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  RUNIN 1 level=3 \"一般公共服务支出3356.2万元，完成年初预算的113.7%:\" @2:1\n"
                "  RUNIN 2 level=3 \"国防支出30万元，完成年初预算的60%;\" @3:1\n"
                "  RUNIN 3 level=3 \"其他支出35.1万元；\" @4:1\n");
    expect_dump("标题\n1.主要做法：\n全年办结案件100件。\n2.存在问题；\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 level=3 \"主要做法：\" @2:1\n"
                "    PARAGRAPH 1 \"全年办结案件100件。\" @3:1\n"
                "  RUNIN 2 level=3 \"存在问题；\" @4:1\n");
    /* the next item a heading of its own (no ；): the colon's heading stays */
    expect_dump("标题\n1.主要做法：\n2.存在问题\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 level=3 \"主要做法：\" @2:1\n"
                "  SECTION 2 level=3 \"存在问题\" @3:1\n");
}

static void test_heading_numbering_normalised(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n(三)丙\n", 0);
    const bulletin_node *s = bulletin_node_last_child(bulletin_doc_root(doc));
    assert_string_equal(bulletin_node_numbering(s), "（三）");
    assert_int_equal(bulletin_node_number(s), 3);
    bulletin_doc_free(doc);
}

static void test_out_of_sequence_warns(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n一、甲\n三、丙\n（二）乙\n", 0);
    assert_int_equal(bulletin_doc_warning_count(doc), 2);
    const bulletin_diag *w = bulletin_doc_warning(doc, 0);
    assert_int_equal(w->line, 3);
    assert_int_equal(w->column, 1);
    assert_non_null(strstr(w->message, "expected number 2"));
    w = bulletin_doc_warning(doc, 1);
    assert_int_equal(w->line, 4);
    assert_non_null(strstr(w->message, "expected number 1"));
    bulletin_doc_free(doc);
}

static void test_empty_heading_warns(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n一、\n", 0);
    assert_int_equal(bulletin_doc_warning_count(doc), 1);
    assert_non_null(strstr(bulletin_doc_warning(doc, 0)->message, "no text"));
    bulletin_doc_free(doc);
}

/* --- Normalisation ------------------------------------------------------------ */

static void test_ascii_punctuation_becomes_fullwidth(void **state)
{
    (void)state;
    expect_dump("湖北:发布\n日前,湖北(地区)发布!是否? 是;否\n", 0,
                "DOCUMENT\n"
                "  TITLE \"湖北：发布\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"日前，湖北（地区）发布！是否？是；否\" @2:1\n");
}

/* Held-out round 17 (water-mwr-2022-bulletin-pinyin-news): the '?' a page
 * wrote for the lost superscript of m³ after a number's m, km or hm is the
 * unit's, not a question mark, and stays as written (after a digit or a
 * scale 万 亿 萬 億); a '?' after Han or after a word is one. */
static void test_lost_superscript_stays_in_unit(void **state)
{
    (void)state;
    expect_dump("标题\n总量为27088.1亿m?,比上年减少。用水量425m?。面积5.2万km?。是否? 是。问m?。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"总量为27088.1亿m?，比上年减少。用水量425m?。面积5.2万km?。是否？是。问m？。\" @2:1\n");
}

static void test_numbers_keep_ascii_punctuation(void **state)
{
    (void)state;
    expect_dump("标题\n全年1,234.5亿元,会议10:30开始。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"全年1,234.5亿元，会议10:30开始。\" @2:1\n");
}

static void test_latin_context_keeps_ascii(void **state)
{
    (void)state;
    expect_dump("标题\nsee (RFC 3629), ok? 采用 AI 技术\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"see (RFC 3629), ok? 采用 AI 技术\" @2:1\n");
}

static void test_paired_parentheses_convert_together(void **state)
{
    (void)state;
    expect_dump("标题\n名单(2023).\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"名单（2023）.\" @2:1\n");
}

/* Parentheses after Chinese text across a space, holding only digits and
 * symbols, are the text's: full-width, the space gone; Latin inside keeps
 * them half-width. */
static void test_parentheses_of_a_unit_after_a_space(void **state)
{
    (void)state;
    expect_dump("标题\n比上年增长 (%)与指数 (上年=100)，国内总计 (Total) 3115376。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"比上年增长（%）与指数（上年=100），国内总计 (Total) 3115376。\" @2:1\n");
}

static void test_spaces_between_han_removed(void **state)
{
    (void)state;
    expect_dump("标 题\n\xE3\x80\x80\xE3\x80\x80全省 1070 个 市场\xE3\x80\x80监管所。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:3\n"
                "    PARAGRAPH 1 \"全省1070个市场监管所。\" @2:3\n");
}

static void test_keep_punctuation_option(void **state)
{
    (void)state;
    expect_dump("湖北:发布\n日前,湖北 发布。\n", BULLETIN_OPT_KEEP_PUNCTUATION,
                "DOCUMENT\n"
                "  TITLE \"湖北:发布\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"日前,湖北 发布。\" @2:1\n");
}

static void test_source_text_and_columns_kept(void **state)
{
    (void)state;
    bulletin_doc *doc = tu_parse("标题\n全省 1070 个,增长5%。\n", 0);
    const bulletin_node *p = bulletin_node_first_child(
        bulletin_node_last_child(bulletin_doc_root(doc)));
    size_t len;
    assert_string_equal(bulletin_node_text(p, &len), "全省1070个，增长5%。");
    assert_string_equal(bulletin_node_source_text(p, NULL), "全省 1070 个,增长5%。");
    /* "1070" starts at byte 6 of the text and at column 4 of the source. */
    assert_int_equal(bulletin_node_source_column(p, 6), 4);
    /* "个" (byte 10) is at source column 9, "，" at 10. */
    assert_int_equal(bulletin_node_source_column(p, 10), 9);
    assert_int_equal(bulletin_node_source_column(p, 13), 10);
    assert_int_equal(bulletin_node_source_column(p, len), 16);
    bulletin_doc_free(doc);
}

/* --- Tables ------------------------------------------------------------------ */

static void test_pipe_table(void **state)
{
    (void)state;
    expect_dump("标题\n一、数据\n| 指标 | 数值 |\n|---|---:|\n| 专利 | 1,052 |\n说明。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  SECTION 1 \"数据\" @2:1\n"
                "    TABLE 1 @3:1\n"
                "      ROW header @3:1\n"
                "        CELL \"指标\" @3:3\n"
                "        CELL \"数值\" @3:8\n"
                "      ROW @5:1\n"
                "        CELL \"专利\" @5:3\n"
                "        CELL \"1,052\" @5:8\n"
                "    PARAGRAPH 2 \"说明。\" @6:1\n");
}

/* --- Memory ------------------------------------------------------------------ */

static void test_every_allocation_failure_is_clean(void **state)
{
    (void)state;
    const char *t = "---\ntitle: 公报\nauthor: x\n---\n公报\n导语,全省1070个。\n一、甲\n"
                    "（一）乙。正文。\n| a | b |\n| 收入（亿元） | 12 |\n二、丙\n";
    long n;
    for (n = 1;; n++) {
        tu_fail_reset(n);
        bulletin_doc *doc = NULL;
        bulletin_diag diag;
        bulletin_status st = bulletin_parse(t, strlen(t), "t.txt", 0, &tu_failing_mem, &doc, &diag);
        if (st == BULLETIN_OK) {
            bulletin_doc_free(doc);
            break;
        }
        assert_int_equal(st, BULLETIN_ERR_NOMEM);
        assert_int_equal(diag.status, BULLETIN_ERR_NOMEM);
        assert_null(doc);
    }
    tu_fail_reset(0);
    assert_true(n > 20); /* every site was reached */
}

static void test_parse_usage_errors(void **state)
{
    (void)state;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse("x", 1, NULL, 0, NULL, NULL, &diag), BULLETIN_ERR_USAGE);
    bulletin_doc *doc;
    assert_int_equal(bulletin_parse(NULL, 3, NULL, 0, NULL, &doc, &diag), BULLETIN_ERR_USAGE);
}

static void test_parse_file_missing(void **state)
{
    (void)state;
    bulletin_doc *doc;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse_file("/nonexistent/x.txt", 0, &tu_mem, &doc, &diag),
                     BULLETIN_ERR_IO);
    assert_null(doc);
    assert_non_null(strstr(diag.message, "cannot open"));
}

/* A line drawn with one dash-like character (the 版头's separator kept as
 * text between a 文号 and the title, notice-guizhou-exploration-rights-
 * 2006) is no text; a line opening with —— is. */
/* Held-out round 24 class 8 (notice-guangdong-private-investment-2023-spun
 * line 31): （一）…建设。 alone on its line over items of a deeper level,
 * nothing run in after it, is a level-2 heading (its stop kept), not a
 * run-in; （二）…。 with its text after it on the line stays a run-in; the
 * one-sentence items 1. 2. under it are numbered paragraphs. */
static void test_lone_item_sentence_over_subitems_is_heading(void **state)
{
    (void)state;
    expect_dump("方案\n一、发挥重大项目牵引作用\n（一）支持民间投资参与重大工程项目建设。\n"
                "1.聚焦国家“十四五”规划102项重大工程，积极推进项目前期工作，吸引民间资本参与。\n"
                "2.对具有稳定收益的交通项目，鼓励民间资本参与投资建设和运营。\n"
                "（二）推动民间投资项目加快实施。各地要建立重点项目清单。\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"方案\" @1:1\n"
                "  SECTION 1 \"发挥重大项目牵引作用\" @2:1\n"
                "    SECTION 1 level=2 \"支持民间投资参与重大工程项目建设。\" @3:1\n"
                "      PARAGRAPH 1 \"1.聚焦国家“十四五”规划102项重大工程，积极推进项目前期工作，吸引民间资本参与。\" @4:1\n"
                "      PARAGRAPH 2 \"2.对具有稳定收益的交通项目，鼓励民间资本参与投资建设和运营。\" @5:1\n"
                "    RUNIN 2 level=2 \"推动民间投资项目加快实施。\" @6:1\n"
                "      PARAGRAPH 3 \"各地要建立重点项目清单。\" @6:17\n");
}

static void test_drawn_rule_is_no_text(void **state)
{
    (void)state;
    tu_expect_dump("黔国土资发〔2006〕12号\n------------------\n关于加强探矿权管理的通知\n"
                   "各市国土资源局：\n——————\n——坚持依法管理。\n＿＿＿＿＿＿＿＿\n为加强管理。\n-----\n",
                   0,
                   "DOCUMENT\n"
                   "  DOCNUMBER \"黔国土资发〔2006〕12号\" @1:1\n"
                   "  TITLE \"关于加强探矿权管理的通知\" @3:1\n"
                   "  SALUTATION \"各市国土资源局：\" @4:1\n"
                   "  LEAD @6:1\n"
                   "    PARAGRAPH 1 \"——坚持依法管理。\" @6:1\n"
                   "    PARAGRAPH 2 \"为加强管理。\" @8:1\n"
                   "    PARAGRAPH 3 \"-----\" @9:1\n");
}

/* Held-out round 28 class 9 (finalaccounts-zhashui-audit-2020-wrapped):
 * the items of one list are all the same thing.  After items 1. and 2.
 * read as numbered paragraphs (whole sentences), item 3., one clause
 * ending in a colon (3.依据…的规定，直接进行下列审计：), is a numbered
 * paragraph too, no heading; the items of the list under it, ending in
 * ；, are numbered paragraphs, no run-in leads.  A list of items ending
 * in ； right under a heading stays run in (notice-xiuzhou's 参加人员). */
static void test_items_of_one_list_are_alike(void **state)
{
    (void)state;
    expect_dump(
                "柞水县审计局2020年部门决算\n"
                "一、部门主要职责\n"
                "(一)主要职责\n"
                "1.贯彻执行国家、省、市审计方针政策;制定审计规章制度并监督执行情况。\n"
                "2.向县政府报告和向县政府有关部门通报审计情况,提出完善政策措施的建议。\n"
                "3.依据《中华人民共和国审计法》的规定,直接进行下列审计:\n"
                "(1)中、省、市、县有关重大政策措施贯彻执行情况;\n"
                "(2)县级财政预算执行情况和其他财政收支情况;\n"
                "二、部门决算单位构成\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"柞水县审计局2020年部门决算\" @1:1\n"
                "  SECTION 1 \"部门主要职责\" @2:1\n"
                "    SECTION 1 level=2 \"主要职责\" @3:1\n"
                "      PARAGRAPH 1 \"1.贯彻执行国家、省、市审计方针政策；制定审计规章制度并监督执行情况。\" @4:1\n"
                "      PARAGRAPH 2 \"2.向县政府报告和向县政府有关部门通报审计情况，提出完善政策措施的建议。\" @5:1\n"
                "      PARAGRAPH 3 \"3.依据《中华人民共和国审计法》的规定，直接进行下列审计：\" @6:1\n"
                "      PARAGRAPH 4 \"（1）中、省、市、县有关重大政策措施贯彻执行情况；\" @7:1\n"
                "      PARAGRAPH 5 \"（2）县级财政预算执行情况和其他财政收支情况；\" @8:1\n"
                "  SECTION 2 \"部门决算单位构成\" @9:1\n");
    expect_dump(
                "关于召开会议的通知\n"
                "各单位：\n"
                "一、参加人员：\n"
                "1.区级机关各部门主要领导;\n"
                "2.各镇、街道主要领导1名;\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"关于召开会议的通知\" @1:1\n"
                "  SALUTATION \"各单位：\" @2:1\n"
                "  SECTION 1 \"参加人员：\" @3:1\n"
                "    RUNIN 1 level=3 \"区级机关各部门主要领导；\" @4:1\n"
                "    RUNIN 2 level=3 \"各镇、街道主要领导1名；\" @5:1\n");
}

/* Held-out round 29 class 13 (stats-county-2021h1-trad-pinyin): paragraphs
 * led by a whole short clause ending in 。 (農業生產態勢穩定。, 固定資產投資平
 * 穩增長。), a converter's pinyin readings after its characters, text after
 * it on the line, one after another: run-in leads, the readings kept in
 * the lead's text and counting for nothing in its length. */
static void test_heldout29_runin_clauses_with_readings(void **state)
{
    (void)state;
    char *out = tu_parse_dump("今年以來,全縣經濟平穩運行。\n"
                              "農(nóng)業(yè)生產(chǎn)態(tài)勢穩(wěn)定。上半年,全縣農(nóng)林牧漁業(yè)總產值增長8.1%。\n"
                              "固定資產(chǎn)投資平穩(wěn)增長。上半年,全縣固定資產(chǎn)投資完成22.05億元。\n"
                              "工業(yè)生產(chǎn)持續(xù)向好。上半年,全縣規(guī)模以上工業(yè)總產值完成21億元。\n",
                              0);
    const char *want[] = {"  RUNIN 0 \"農（nóng）業（yè）生產（chǎn）態（tài）勢穩（wěn）定。\" @2:1\n",
                          "  RUNIN 0 \"固定資產（chǎn）投資平穩（wěn）增長。\" @3:1\n",
                          "  RUNIN 0 \"工業（yè）生產（chǎn）持續（xù）向好。\" @4:1\n"};
    for (size_t k = 0; k < sizeof want / sizeof *want; k++)
        if (!strstr(out, want[k]))
            fail_msg("dump lacks '%s':\n%s", want[k], out);
    free(out);
    /* simplified, no readings, blank lines between: the same */
    const char *simple = "标题\n农业生产态势稳定。上半年，全县农林牧渔业总产值增长8.1%。\n\n"
                         "固定资产投资平稳增长。上半年，全县固定资产投资完成22.05亿元。\n\n"
                         "消费市场稳步恢复。上半年，全县社会消费品零售总额增长9.0%。\n";
    out = tu_parse_dump(simple, 0);
    if (!strstr(out, "  RUNIN 0 \"固定资产投资平稳增长。\" @4:1\n"))
        fail_msg("no run-in lead:\n%s", out);
    free(out);
    /* a clause opening a paragraph is its first sentence when it is not
     * one of a series: one under each heading (stats-yuhuan-2019), two
     * in a row after a paragraph opening otherwise (retail-chengdu-
     * 2021m11-news), an enumeration's 一是…。 (agri-province-q1-q3-news) */
    const char *no[] = {
        "标题\n一、综合\n经济运行总体平稳。据初步测算，全市实现生产总值617.5亿元。\n二、农业\n"
        "农业结构转型回升。全市实现农林牧渔业总产值69.93亿元。\n",
        "标题\n前11月，工业经济总体平稳。全市规模以上工业增加值增长10.2%。\n"
        "投资保持稳定增长。1—11月份，固定资产投资增长10.5%。\n"
        "市场销售继续恢复。1—11月份，实现社会消费品零售总额8000亿元。\n",
        "标题\n一是粮食产量保持增长。前三季度，全省夏粮早稻播种面积增加。\n"
        "二是经济作物生产加快。前三季度，全省蔬菜产量1870.6万吨。\n"
        "三是渔业生产较快发展。渔业养殖基础设施不断完善，产量增长。\n"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        out = tu_parse_dump(no[k], 0);
        if (strstr(out, "RUNIN"))
            fail_msg("a run-in lead in:\n%s", out);
        free(out);
    }
}

/* Held-out round 29 class 15 (notice-shanxi-income-plan-2018-html): a
 * body pasted as HTML, one line of <p>…</p>, under a law database's
 * fields (发文机关:, 时效性 :, 文号 :).  The tags are markup: a block tag
 * (<p>, </p>, <br>, <div>) ends a line, the inline tags and spaces at a
 * line's ends (<strong>, <span …>, &nbsp;) are left out; columns still
 * point into the original line.  The fields are front matter; 文号 :…
 * is the DOCNUMBER. */
static void test_heldout29_html_body(void **state)
{
    (void)state;
    tu_expect_dump("发文机关:山西省人民政府\n时效性 :现行有效\n文号 :晋政发〔2018〕13号\n"
                   "<p>各市人民政府:</p><p> 现将方案印发给你们,请认真组织实施。</p>"
                   "<p style=\"text-align: right;\"> 山西省人民政府</p><p style=\"text-align: right;\"> 2018年3月27日</p>"
                   "<p><br/></p><p style=\"text-align: center;\"><strong>山西省居民增收实施方案</strong></p>"
                   "<p><strong> 一、指导思想</strong></p><p><strong><br/></strong></p><p> 以新发展理念为指导。</p>\n",
                   0,
                   "DOCUMENT\n"
                   "  TITLE \"t\" @0:0\n"
                   "  LEAD @1:1\n"
                   "    PARAGRAPH 1 \"发文机关：山西省人民政府\" @1:1\n"
                   "    PARAGRAPH 2 \"时效性：现行有效\" @2:1\n"
                   "  DOCNUMBER \"晋政发〔2018〕13号\" @3:5\n"
                   "  SALUTATION \"各市人民政府：\" @4:4\n"
                   "  LEAD @4:19\n"
                   "    PARAGRAPH 3 \"现将方案印发给你们，请认真组织实施。\" @4:19\n"
                   "  SIGNATURE \"山西省人民政府\" @4:72\n"
                   "  DATE \"2018年3月27日\" iso=2018-03-27 @4:114\n"
                   "  DOCTITLE \"山西省居民增收实施方案\" @4:179\n"
                   "  SECTION 1 \"指导思想\" @4:215\n"
                   "    PARAGRAPH 4 \"以新发展理念为指导。\" @4:267\n");
    /* other pages' markup: capitals, <br> without its slash, <div>,
     * &nbsp; and <span> at a line's ends */
    tu_expect_dump("标题\n<DIV>第一段。<BR>第二段。</DIV><div>&nbsp;&nbsp;<span style=\"x\">第三段。</span></div>\n", 0,
                   "DOCUMENT\n"
                   "  TITLE \"标题\" @1:1\n"
                   "  LEAD @2:6\n"
                   "    PARAGRAPH 1 \"第一段。\" @2:6\n"
                   "    PARAGRAPH 2 \"第二段。\" @2:14\n"
                   "    PARAGRAPH 3 \"第三段。\" @2:57\n");
    /* a text with a < that is no tag keeps its lines */
    tu_expect_dump("标题\n增幅<5%的有3个。\n<p>不是标签的<p\n", 0,
                   "DOCUMENT\n"
                   "  TITLE \"标题\" @1:1\n"
                   "  LEAD @2:1\n"
                   "    PARAGRAPH 1 \"增幅<5%的有3个。\" @2:1\n"
                   "    PARAGRAPH 2 \"<p>不是标签的<p\" @3:1\n");
}

/* Round 29 class 18 (rules-tianjin-bonded-zone-fdi-approval-1993): the
 * items of an article of a law (第三条 …审批： over (一)…。 (二)…；) are
 * numbered paragraphs of the article, never headings or run-in leads,
 * whatever they end with and however short; the numbering restarts in
 * each article without a warning.  Items 1. 2. under an article alike. */
static void test_items_of_an_article_are_paragraphs(void **state)
{
    (void)state;
    expect_dump(
                "天津港保税区外商投资企业审批和登记规定\n"
                "第一条 为做好外商投资企业的审批和登记工作,制定本规定。\n"
                "第三条 设立中外合资经营企业的项目建议书的审批:\n"
                "(一)投资总额在三千万美元以下的项目,由管委会负责审批。其中需要国家综合平衡的,报请国家审批。\n"
                "(二)投资总额在三千万美元以上的项目,由市人民政府报请国家审批。\n"
                "第四条 设立中外合资经营企业的合同、章程的审批:\n"
                "(一)投资总额在三千万美元以下的项目,由管委会审批;\n"
                "(二)投资总额在三千万美元以上的项目,由市人民政府审批。\n"
                "第五条 设立外资企业,按照下列程序进行:\n"
                "1.提交有关申请文件;\n"
                "2.颁发批准证书。\n"
                "第六条 本规定自公布之日起施行。\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"天津港保税区外商投资企业审批和登记规定\" @1:1\n"
                "  LEAD @2:1\n"
                "    PARAGRAPH 1 \"第一条 为做好外商投资企业的审批和登记工作，制定本规定。\" @2:1\n"
                "    PARAGRAPH 2 \"第三条 设立中外合资经营企业的项目建议书的审批：\" @3:1\n"
                "    PARAGRAPH 3 \"（一）投资总额在三千万美元以下的项目，由管委会负责审批。其中需要国家综合平衡的，报请国家审批。\" @4:1\n"
                "    PARAGRAPH 4 \"（二）投资总额在三千万美元以上的项目，由市人民政府报请国家审批。\" @5:1\n"
                "    PARAGRAPH 5 \"第四条 设立中外合资经营企业的合同、章程的审批：\" @6:1\n"
                "    PARAGRAPH 6 \"（一）投资总额在三千万美元以下的项目，由管委会审批；\" @7:1\n"
                "    PARAGRAPH 7 \"（二）投资总额在三千万美元以上的项目，由市人民政府审批。\" @8:1\n"
                "    PARAGRAPH 8 \"第五条 设立外资企业，按照下列程序进行：\" @9:1\n"
                "    PARAGRAPH 9 \"1.提交有关申请文件；\" @10:1\n"
                "    PARAGRAPH 10 \"2.颁发批准证书。\" @11:1\n"
                "    PARAGRAPH 11 \"第六条 本规定自公布之日起施行。\" @12:1\n");
}

/* Round 29 class 17 (decision-shanghai-olympic-commendation-fanwen-
 * trad-pinyin): the items of a decision (市政府决定： over 一、给予…称号；
 * and an item cut short, 二、给予运动员……) are numbered paragraphs, no
 * level-1 headings: the elided item is the same kind as its sibling. */
static void test_elided_item_is_like_its_siblings(void **state)
{
    (void)state;
    expect_dump(
                "上海市人民政府关于表彰刘翔、姚明等31名运动员、教练员的决定\n"
                "各区、县人民政府:\n"
                "为表彰在第28届奥运会上表现出色的运动员、教练员,市政府决定:\n"
                "一、给予运动员刘翔、姚明、吴敏霞,教练员孙海平通令嘉奖,并授予上海市劳动模范荣誉称号;\n"
                "二、给予运动员……\n"
                "……\n"
                "希望全市体育健儿向上述受表彰的运动员、教练员学习,为上海人民再立新功。\n",
                0,
                "DOCUMENT\n"
                "  TITLE \"上海市人民政府关于表彰刘翔、姚明等31名运动员、教练员的决定\" @1:1\n"
                "  SALUTATION \"各区、县人民政府：\" @2:1\n"
                "  LEAD @3:1\n"
                "    PARAGRAPH 1 \"为表彰在第28届奥运会上表现出色的运动员、教练员，市政府决定：\" @3:1\n"
                "    PARAGRAPH 2 \"一、给予运动员刘翔、姚明、吴敏霞，教练员孙海平通令嘉奖，并授予上海市劳动模范荣誉称号；\" @4:1\n"
                "    PARAGRAPH 3 \"二、给予运动员……\" @5:1\n"
                "    PARAGRAPH 4 \"……\" @6:1\n"
                "    PARAGRAPH 5 \"希望全市体育健儿向上述受表彰的运动员、教练员学习，为上海人民再立新功。\" @7:1\n");
}

/* Asserts the dump of text holds (or, with want false, lacks) needle. */
static void expect_in(const char *text, const char *needle, bool want)
{
    char *out = tu_parse_dump(text, 0);
    if ((strstr(out, needle) != NULL) != want)
        fail_msg("dump %s '%s':\n%s", want ? "lacks" : "holds", needle, out);
    free(out);
}

/* Held-out round 33 class 8 (notice-ali-prefecture-work-rules-2021-
 * metadata line 15): an item right in a regulation's chapter whose first
 * sentence is longer than a heading phrase is an article, a numbered
 * paragraph, though another sentence follows it. */
static void test_heldout33_article_in_a_chapter_is_a_paragraph(void **state)
{
    (void)state;
    /* parentheses and quotes in the first sentence, the text's last line */
    expect_in("某某规则\n第一章　总　则\n一、某某行政公署(以下简称“行署”)是自治区人民政府的派出机关，"
              "承担着推动经济社会发展的重大职责。为规范权力运行，制定本规则。\n",
              "  SECTION 0 \"第一章　总　则\" @2:1\n    PARAGRAPH 1 \"一、某某行政公署（以下简称“行署”）是", true);
    /* traditional, spaced chapter name, blank lines, a second article */
    expect_in("某某辦法\n\n第一章 總 則\n\n一、本辦法所稱專項資金，是指省級財政每年安排用於農村環境綜合整治的資金。"
              "專項資金的管理遵循公開、公平的原則。\n\n二、專項資金由財政廳管理，各市縣財政部門按照本辦法規定使用和監督。"
              "具體辦法另行制定。\n",
              "    PARAGRAPH 1 \"一、本辦法所稱專項資金", true);
    expect_in("某某辦法\n\n第一章 總 則\n\n一、本辦法所稱專項資金，是指省級財政每年安排用於農村環境綜合整治的資金。"
              "專項資金的管理遵循公開、公平的原則。\n\n二、專項資金由財政廳管理，各市縣財政部門按照本辦法規定使用和監督。"
              "具體辦法另行制定。\n",
              "RUNIN", false);
    /* a later chapter, its name glued to its number, the item 三、 */
    expect_in("某某规则\n第一章总则\n一、为规范工作，制定本规则。\n第二章工作职责\n三、县政府履行经济调节、市场监管、"
              "社会管理、公共服务和生态环境保护等职能，全面正确履行政府职能。县政府各部门按照职责分工负责。\n",
              "    PARAGRAPH 2 \"三、县政府履行经济调节", true);
    /* a heading phrase in a chapter stays run in */
    expect_in("某某规则\n第二章工作职责\n一、工作职责。县政府依法履行经济调节、市场监管等职能。\n"
              "二、工作方式。县政府依法行政。\n",
              "  RUNIN 1 \"工作职责。\" @3:1\n", true);
    /* a long first sentence outside any chapter (a 批复's item) stays run in */
    expect_in("国务院关于同意某地撤地设市的批复\n山西省人民政府：\n你省的请示收悉。现批复如下：\n"
              "一、同意撤销忻州地区和县级忻州市，设立地级忻州市。忻州市辖原县级忻州市的行政区域。\n"
              "二、忻州市设立忻府区，以原县级忻州市的行政区域为忻府区的行政区域。区人民政府驻光明东街。\n"
              "三、忻州市辖原忻州地区的定襄县、五台县。市人民政府驻忻府区。\n",
              "  RUNIN 1 \"同意撤销忻州地区和县级忻州市，设立地级忻州市。\" @4:1\n", true);
}

/* Held-out round 33 class 6 (stats-county-unnamed-2022-glued-leads):
 * run-in leads glued to their sentences (the page lost their bold), a
 * short noun right before a period word at the paragraph's start, in two
 * paragraphs of the text at least, are run-in leads without a number. */
static void test_heldout33_glued_runin_leads(void **state)
{
    (void)state;
    const char *county = "某县2022年统计公报\n一、综合\n人口年末常住人口94.9万人，比上年末增加0.1万人。\n"
                         "国民经济全年实现地区生产总值439.19亿元，比上年增长3.3%。\n"
                         "全年实现民营经济增加值290.6亿元，比上年增长1.5%。\n二、农业\n"
                         "粮食全年农作物播种面积324.3万亩，比上年增长3.6%。\n";
    expect_in(county, "    RUNIN 0 level=2 \"人口\" @3:1\n      PARAGRAPH 1 \"年末常住人口94.9万人", true);
    expect_in(county, "    RUNIN 0 level=2 \"国民经济\" @4:1\n", true);
    expect_in(county, "    RUNIN 0 level=2 \"粮食\" @7:1\n", true);
    expect_in(county, "    PARAGRAPH 3 \"全年实现民营经济增加值", true);
    /* traditional, ideographic indents, blank lines between paragraphs */
    expect_in("某縣統計公報\n\n一、綜合\n\n　　人口年末常住人口94.9萬人，比上年末增加0.1萬人。\n\n"
              "　　國民經濟全年實現地區生產總值439.19億元，比上年增長3.3%。\n",
              "    RUNIN 0 level=2 \"國民經濟\" @7:3\n", true);
    /* other period words: 1-6月, 上半年, 年內 */
    const char *half = "某市上半年经济运行情况\n工业1-6月规模以上工业增加值同比增长5.1%，增速回落。\n"
                       "投资上半年全市固定资产投资同比增长3.2%。\n财政年內一般公共预算收入完成45.6亿元。\n";
    expect_in(half, "  RUNIN 0 \"工业\" @2:1\n", true);
    expect_in(half, "  RUNIN 0 \"投资\" @3:1\n", true);
    expect_in(half, "  RUNIN 0 \"财政\" @4:1\n", true);
    /* one such paragraph is no habit: 人口年末… read as its subject */
    expect_in("某县统计公报\n一、综合\n人口年末常住人口94.9万人，比上年末增加0.1万人。\n"
              "全年实现地区生产总值439.19亿元，比上年增长3.3%。\n",
              "RUNIN", false);
    /* 全年… sentences, and a scope or place before the period word, are
     * the sentence's subject */
    expect_in("某县统计公报\n全年实现地区生产总值439.19亿元，比上年增长3.3%。\n"
              "全县全年实现农林牧渔业总产值169.7亿元，比上年增长4.4%。\n"
              "全市年末常住人口94.9万人，比上年末增加0.1万人。\n"
              "某某县年末户籍人口86.3万人，比上年减少0.3万人。\n"
              "今年1至2月份，社会消费品零售总额8.13万亿元，增长5.5%。\n",
              "RUNIN", false);
    /* a hard-wrapped paragraph's line is no whole paragraph */
    expect_in("某县统计公报\n人口年末常住人口94.9万人，比上年末增加0.1万人，其中城镇\n人口41.4万人。\n"
              "粮食全年农作物播种面积324.3万亩，比上年增长3.6%，其中粮食\n作物播种面积221.0万亩。\n",
              "RUNIN", false);
}

/* Held-out round 33 class 5 (pdfcopy-shandong-rural-environment-funds-
 * 2011 lines 7-8): a PDF's page number glued to the last line of its page,
 * broken inside a word, is dropped and the two lines are one paragraph;
 * only a number that continues the text's page numbering, before a line
 * that goes on with no unit. */
static void test_heldout33_glued_page_number(void **state)
{
    (void)state;
    /* the first page's number */
    expect_in("某办法\n第四条示范资金管理实行“示范先行、突出重点、公平公1\n开、确保实效、专款专用、强化监管”的原则。\n",
              "PARAGRAPH 1 \"第四条示范资金管理实行“示范先行、突出重点、公平公开、确保实效、专款专用、强化监管”的原则。\" @2:1\n",
              true);
    /* traditional, the page before numbered alone on its line, spaces
     * after the glued number */
    expect_in("某辦法\n第一條為規範資金管理，制定本辦法。\n1\n第二條資金管理實行“示範先行、突出重點、公平公2  \n"
              "開、確保實效”的原則。\n",
              "\"第二條資金管理實行“示範先行、突出重點、公平公開、確保實效”的原則。\" @4:1\n", true);
    /* a dashed page line (- 1 -), then two glued numbers in a row */
    const char *three = "某办法\n第一条为规范资金管理，制定本办法。\n- 1 -\n第二条资金实行专账核算、专款专用，任何单位不得截\n2\n"
                        "留挪用。\n第三条资金的使用接受审计、监察部门的监督，发现问题及时纠3\n正。\n";
    expect_in(three, "\"第三条资金的使用接受审计、监察部门的监督，发现问题及时纠正。\"", true);
    /* a number before its unit on the next line is the text's */
    expect_in("某公报\n全年粮食产量比上年增长1\n倍，达到历史最高水平。\n", "增长1\"", true);
    expect_in("某公报\n全市新建学校，其中共有高中1\n所，初中两所。\n", "高中1所", true);
    expect_in("某公报\n全省新建示范区，其中国家级示范区1\n处、省级示范区三处。\n", "示范区1处", true);
    /* a number that is not the next page's */
    expect_in("某办法\n第四条示范资金管理实行“示范先行、突出重点、公平公5\n开、确保实效”的原则。\n", "公平公5", true);
    /* a flattened table's row is no prose */
    expect_in("某报表\n精神疾病服务机构床位数1\n儿童福利和救助保护机构11\n", "床位数1", true);
    /* 第1 / 季度 */
    expect_in("某公报\n全市经济运行平稳，其中第1\n季度增长较快。\n", "第1季度", true);
}

/* Held-out round 34 class 4 (pdfcopy-pinglu-county-2023-bulletin line 25):
 * a PDF's page number alone on its line between two halves of a
 * hard-wrapped sentence is page furniture: no paragraph, no figure, and
 * the halves are one paragraph.  Its forms: - 1 -, -1-, — 2 —, －3－,
 * 第 4 页, 第4页 共12页, 4/12, a bare number (only between wrapped halves,
 * never before its unit), blank lines around it, a running head after it. */
static void test_heldout34_page_number_between_halves(void **state)
{
    (void)state;
    static const char *const forms[] = {"- 1 -", "-1-", "— 2 —", "－3－", "第 4 页", "第4页 共12页",
                                        "4/12", "5", "  - 6 -  ", "第7頁"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "某县2023年国民经济和社会发展统计公报\n初步核算，全年全县地区生产总值702922万元，按不变\n"
                 "价格计算，比上年增长1.6%%。其中，第一产业增加值138608\n万元，增长3.2%%，占地区生产总值比重为19.7%%；第二产业\n"
                 "%s\n增加值203760万元，下降7.2%%，占地区生产总值比重为29.0%%。\n",
                 forms[k]);
        expect_in(text, "；第二产业增加值203760万元，下降7.2%，占地区生产总值比重为29.0%。\" @2:1\n", true);
        expect_in(text, "PARAGRAPH 2", false);
    }
    /* traditional, blank lines around the number (a converter's form feed) */
    expect_in("某縣統計公報\n全年全縣地區生產總值702922萬元，比上年增長1.6%。其中，第二產業\n\n- 2 -\n\n"
              "增加值203760萬元，下降7.2%。\n",
              "\"全年全縣地區生產總值702922萬元，比上年增長1.6%。其中，第二產業增加值203760萬元，下降7.2%。\"",
              true);
    /* a running head repeated at the page's top, after the number */
    const char *head = "平陆县2023年国民经济和社会发展统计公报\n全年全县地区生产总值702922万元，比上年增长1.6%。其中，第二产业\n"
                       "- 1 -\n平陆县2023年国民经济和社会发展统计公报\n增加值203760万元，下降7.2%。第三产业增加值\n- 2 -\n"
                       "平陆县2023年国民经济和社会发展统计公报\n360554万元，增长5.6%。\n";
    expect_in(head, "其中，第二产业增加值203760万元，下降7.2%。第三产业增加值360554万元，增长5.6%。\"", true);
    expect_in(head, "PARAGRAPH 2", false);
    /* a dashed page number between two paragraphs is dropped too; they stay two */
    const char *two = "某县统计公报\n全年地区生产总值702922万元，比上年增长1.6%。\n- 1 -\n全年人均地区生产总值35488元，比上年增长2.5%。\n";
    expect_in(two, "- 1 -", false);
    expect_in(two, "PARAGRAPH 2 \"全年人均", true);
    /* a bare number before its unit, or between two sentences, is the text's */
    expect_in("某公报\n全年新建学校较多，全市其中共有高中学校\n5\n所，初中两所。\n", "PARAGRAPH 2 \"5\"", true);
    expect_in("某公报\n全年地区生产总值702922万元，比上年增长1.6%。\n5\n全年人均地区生产总值35488元。\n", "\"5\"", true);
    /* a list of numbered lines is no page's furniture */
    expect_in("某公报\n全年新建学校较多，全市共有高中学校如下\n1\n2\n3\n", "\"1\"", true);
}

/* Held-out round 34 class 5 (pdfcopy-pinglu lines 29-30): charts'
 * captions on consecutive lines, the chart's number set apart by spaces
 * (图 1 2019--2023 年…), are captions each, never one paragraph: 图 1,
 * 图一, 圖 2, 表 1, under a paragraph or under one another. */
static void test_heldout34_spaced_chart_captions(void **state)
{
    (void)state;
    const char *pinglu = "某县2023年统计公报\n全年人均地区生产总值35488元，比上年增长2.5%。\n"
                         "图 1 2019--2023 年地区生产总值及增速\n图 2 2019--2023 年三次产业增加值占地区生产总值比重\n"
                         "2023 年末全县常住人口为 197428 人。\n";
    expect_in(pinglu, "    CAPTION \"图1 2019--2023年地区生产总值及增速\" @3:1\n"
                      "    CAPTION \"图2 2019--2023年三次产业增加值占地区生产总值比重\" @4:1\n",
              true);
    expect_in(pinglu, "PARAGRAPH 2 \"2023年末全县常住人口为197428人。\" @5:1\n", true);
    /* traditional, a full-width space, the caption's name in Han */
    expect_in("某縣統計公報\n全年人均地區生產總值35488元，比上年增長2.5%。\n圖　2　全縣地區生產總值及增速\n"
              "圖 3 三次產業增加值佔比\n",
              "    CAPTION \"圖2 全縣地區生產總值及增速\" @3:1\n    CAPTION \"圖3 三次產業增加值佔比\" @4:1\n", true);
    /* the number in Han numerals */
    expect_in("某县统计公报\n全年人均地区生产总值35488元，比上年增长2.5%。\n图一 全县地区生产总值及增速\n"
              "图二 三次产业增加值占比\n",
              "    CAPTION \"图一 全县地区生产总值及增速\" @3:1\n    CAPTION \"图二 三次产业增加值占比\" @4:1\n", true);
    /* a table's number set apart */
    expect_in("某县统计公报\n全年人均地区生产总值35488元，比上年增长2.5%。\n表 1 2023年各乡镇常住人口\n"
              "表 2 2023年各乡镇地区生产总值\n",
              "    CAPTION \"表1 2023年各乡镇常住人口\" @3:1\n    CAPTION \"表2 2023年各乡镇地区生产总值\" @4:1\n", true);
    /* a sentence that opens with 图 and a number is no caption */
    expect_in("某县统计公报\n图 1 显示，全县地区生产总值逐年增长。\n", "CAPTION", false);
    expect_in("某县统计公报\n表 2 所列各项指标均比上年增长，其中工业增长较快，农业平稳\n", "CAPTION", false);
}

/* Held-out round 34 class 9 (budget-changshou line 11): a level-2 lead
 * alone on its line ending in 。 over a level-3 lead that is one short
 * sentence alone too ((一)主要政策落实及重点工作开展情况。 over 1.加强助企
 * 纾困,稳定宏观经济大盘。) runs in as its lead does (the corpus's
 * convention: budget-national-2023-execution); over the long items of
 * a list it stays a heading (round 24 class 8), and so does a lead
 * without its stop. */
static void test_heldout34_level2_lead_over_level3_lead(void **state)
{
    (void)state;
    const char *blank = "某区预算执行情况的报告\n一、2022年财政工作情况\n\n(一)主要政策落实及重点工作开展情况。\n\n"
                        "1.加强助企纾困,稳定宏观经济大盘。\n\n一是加大减税降费力度。全面落实新的组合式税费支持政策。\n";
    expect_in(blank, "    RUNIN 1 level=2 \"主要政策落实及重点工作开展情况。\" @4:1\n", true);
    expect_in(blank, "RUNIN 1 level=3 \"加强助企纾困，稳定宏观经济大盘。\" @6:1\n", true);
    /* full-width parentheses and dots, no blank lines */
    expect_in("某区预算执行情况的报告\n一、2022年财政工作情况\n（二）财政收支情况。\n1．一般公共预算收支。\n"
              "全区一般公共预算收入50.2亿元，增长3.1%。\n",
              "    RUNIN 2 level=2 \"财政收支情况。\" @3:1\n", true);
    /* traditional */
    expect_in("某區預算執行情況的報告\n一、2022年財政工作情況\n(一)積極財政政策落實情況。\n1.加大減稅降費力度。\n"
              "全年新增減稅降費12.3億元。\n",
              "    RUNIN 1 level=2 \"積極財政政策落實情況。\" @3:1\n", true);
    /* without its stop: a heading */
    expect_in("某区预算执行情况的报告\n一、2022年财政工作情况\n(一)主要政策落实及重点工作开展情况\n"
              "1.加强助企纾困,稳定宏观经济大盘。\n一是加大减税降费力度。全面落实新的组合式税费支持政策。\n",
              "    SECTION 1 level=2 \"主要政策落实及重点工作开展情况\" @3:1\n", true);
    /* over the long items of a list (round 24 class 8): a heading */
    expect_in("某省若干措施\n一、发挥重大项目牵引作用\n(一)支持民间投资参与重大工程项目建设。\n"
              "1.聚焦国家重大工程、国家重大战略以及省委、省政府明确的重点建设任务，常态化向民间资本推介项目。\n"
              "2.对具有稳定收益的交通、水利等领域重点项目，原则上实行市场化运作，鼓励支持民间资本参与。\n",
              "    SECTION 1 level=2 \"支持民间投资参与重大工程项目建设。\" @3:1\n", true);
}

/* Review of round 33 class 6's rule: a subject that opens a bulletin's
 * sentence (规模以上工业, 城镇居民, 财政收入, 金融机构…) before a period word
 * is no run-in lead, however many paragraphs do it; only a section's
 * name, or a noun the sentence repeats, is. */
static void test_glued_leads_subjects_are_no_leads(void **state)
{
    (void)state;
    expect_in("某县2023年国民经济和社会发展统计公报\n四、工业和建筑业\n"
              "  规模以上工业全年实现增加值56.3亿元，比上年增长6.2%。\n九、人民生活\n"
              "  城镇居民全年人均可支配收入42356元，比上年增长5.1%。\n"
              "  农村居民全年人均可支配收入21034元，比上年增长7.2%。\n",
              "RUNIN", false);
    const char *fin = "某市2023年财政预算执行情况\n某市财政局\n"
                      "财政收入全年完成一般公共预算收入120.5亿元，比上年增长6.3%。\n"
                      "城乡居民年末储蓄存款余额356.2亿元，比上年末增长9.8%。\n"
                      "金融机构年末各项贷款余额410.3亿元，比上年末增长11.2%。\n";
    expect_in(fin, "RUNIN", false);
    expect_in(fin, "PARAGRAPH 2 \"财政收入全年完成一般公共预算收入", true);
    /* traditional subjects */
    expect_in("某縣統計公報\n城鎮居民全年人均可支配收入42356元，比上年增長5.1%。\n"
              "金融機構年末各項貸款餘額410.3億元，比上年末增長11.2%。\n",
              "RUNIN", false);
    /* a noun the sentence repeats after the period word is a lead */
    expect_in("某县统计公报\n蔬菜全年蔬菜产量12.3万吨，比上年增长2.1%。\n"
              "水果全年水果产量8.8万吨，比上年增长1.1%。\n",
              "  RUNIN 0 \"蔬菜\" @2:1\n", true);
}

/* Review of round 33 class 6's rule: more period words (上年末, 二季度,
 * 一至十月, 1～11月), and a lead never split before 上 or 下. */
static void test_glued_leads_period_words(void **state)
{
    (void)state;
    const char *t = "某县2023年国民经济和社会发展统计公报\n人口年末常住人口94.9万人，比上年末减少0.3万人。\n"
                    "农业二季度粮食总产量45.6万吨，比上年同期增长2.1%。\n"
                    "工业一至十月规模以上工业增加值增长5.2%，比上年同期加快1.1个百分点。\n"
                    "建筑业上年末全县共有资质等级以上建筑企业56家，比上年增加3家。\n"
                    "金融1～11月各项存款余额增长8.1%，增速比上年同期回落。\n";
    expect_in(t, "  RUNIN 0 \"农业\" @3:1\n    PARAGRAPH 2 \"二季度粮食总产量", true);
    expect_in(t, "  RUNIN 0 \"工业\" @4:1\n    PARAGRAPH 3 \"一至十月规模以上", true);
    expect_in(t, "  RUNIN 0 \"建筑业\" @5:1\n    PARAGRAPH 4 \"上年末全县共有", true);
    expect_in(t, "  RUNIN 0 \"金融\" @6:1\n", true);
    expect_in(t, "建筑业上\"", false);
}

/* Review of round 33 class 5's rule: the spaces after a glued page number
 * may be any (U+3000, U+00A0, tabs): the line is cut at the digits, never
 * inside a character; a unit or measure word the figures know after the
 * number keeps it (1 / 笔, 1 / 毫米); a numbering that starts after page 1
 * (公平公2 … 推进有力3) is one when its next number follows. */
static void test_glued_page_number_review(void **state)
{
    (void)state;
    const char *head = "某办法\n第四条示范资金管理实行“示范先行、突出重点、公平公1";
    const char *tail = "\n开、确保实效、专款专用、强化监管”的原则。\n";
    const char *want = "\"第四条示范资金管理实行“示范先行、突出重点、公平公开、确保实效、专款专用、强化监管”的原则。\"";
    const char *sp[] = {"\xE3\x80\x80", "\xC2\xA0", "\t", " \t\xE3\x80\x80"};
    for (size_t k = 0; k < sizeof sp / sizeof *sp; k++) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s%s%s", head, sp[k], tail);
        expect_in(buf, want, true);
    }
    expect_in("某报告\n当年新发放创业担保贷款，其中小微企业贷款1\n笔，金额50万元，比上年增长12.5%。\n",
              "贷款1笔", true);
    expect_in("某报告\n各乡镇雨量站监测，当日最大降水量达1\n毫米以上的站点共有35个。\n", "达1毫米", true);
    const char *two = "某报告\n全县继续推进整治工作，切实做到公平公2\n开、确保实效，全年共完成改厕任务3200户。"
                      "各项资金及时拨付到位，整治工作取得良好成效，推进有力3\n有效。\n";
    expect_in(two, "公平公开、确保实效", true);
    expect_in(two, "推进有力有效。", true);
    /* a first number alone, with no next one, stays */
    expect_in("某报告\n全县继续推进整治工作，切实做到公平公2\n开、确保实效，全年共完成改厕任务3200户。\n",
              "公平公2开", true);
}

/* Held-out round 35 class 5 (audit-ruyuan-2020-budget-execution-wrapped-
 * title line 16): a dash-led lead alone on its line, ending in 。
 * (——深挖增收潜力，财政收入稳步回升。), is a run-in lead, its paragraph on
 * the next line or none; one dash, traditional, ideographic indents the
 * same.  A dash line with a figure (——结转下年674万元。), without its 。
 * (——全国人口情况, a subtitle), a 题注 (——2021年…会议上) or in a text whose
 * dash leads carry their paragraphs on their lines (the alone one is one
 * of them, its paragraph cut: audit-fuzhou-2024) stays a paragraph. */
static void test_heldout35_dash_lead_alone(void **state)
{
    (void)state;
    const char *head = "关于2020年度预算执行的审计工作报告\n\n  县人大常委会主任、各位副主任，委员：\n\n"
                       "  我受县人民政府委托，向县人大常委会报告2020年度县级预算执行情况。\n\n";
    const char *leads[][2] = {
        {"  ——深挖增收潜力，财政收入稳步回升。\n", "RUNIN 0 \"——深挖增收潜力，财政收入稳步回升。\""},
        {"  ——深挖增收潜力，财政收入稳步回升。\n\n  全年一般公共预算收入完成预算的102%，增长3.5%。\n",
         "RUNIN 0 \"——深挖增收潜力，财政收入稳步回升。\""},
        {"—优化市区财政体制，推进预算管理改革。\n全年一般公共预算收入完成预算的102%。\n",
         "RUNIN 0 \"—优化市区财政体制，推进预算管理改革。\""},
        {"　　——優化財政支出結構，增進民生福祉。\n　　全年民生支出佔一般公共預算支出的78%。\n",
         "RUNIN 0 \"——優化財政支出結構，增進民生福祉。\""},
    };
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", head, leads[k][0]);
        expect_in(text, leads[k][1], true);
    }
    const char *no[] = {
        "某镇决算\n  ——一般公共服务支出1650万元，增长40.78%；\n  ——结转下年674万元。\n",
        "第七次全国人口普查公报\n——全国人口情况\n全国人口共1443497378人。\n",
        "审计工作报告\n——2021年7月29日在珠海市第九届人民代表大会常务委员会第四十一次会议上\n"
        "主任、各位副主任：\n现在我报告工作。\n",
        "審計工作報告\n審計結果表明，財政運行總體平穩。\n"
        "——加強政策協同配合，保障經濟平穩運行。統籌安排收入、債券等各類資金。\n"
        "——優化財政支出結構，增進民生福祉。\n",
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        expect_in(no[k], "RUNIN", false);
}

/* reflow.c's salutation_end (report-state-council-2006-work-report-
 * bilingual-junk line 12): a salutation whose line goes on with an
 * anti-copy string (各位代表: (f"LD8MJ/) is not split from it: the line
 * stays whole, one SALUTATION; a first sentence after the colon is still
 * split off, an English one too. */
static void test_salutation_end_keeps_junk(void **state)
{
    (void)state;
    const char *body = "现在，我代表国务院，向大会作政府工作报告，请予审议。\n";
    const char *lines[][2] = {
        {"各位代表: (f\"LD8MJ/\n", "  SALUTATION \"各位代表：(f\\\"LD8MJ/\" @2:1\n"},
        {"各位代表：  Tq8&zP)x#Q\n", "  SALUTATION \"各位代表：Tq8&zP)x#Q\" @2:1\n"},
        {"各位委员: Zwtz )ZII y&F&Z3t\n", "  SALUTATION \"各位委员：Zwtz )ZII y&F&Z3t\" @2:1\n"},
        {"各位代表：现在，我代表国务院向大会报告工作。\n", "  SALUTATION \"各位代表：\" @2:1\n"},
        {"各位代表: Fellow deputies, I will now report on the work.\n", "  SALUTATION \"各位代表：\" @2:1\n"},
    };
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
        char text[512];
        snprintf(text, sizeof text, "政府工作报告\n%s%s", lines[k][0], body);
        expect_in(text, lines[k][1], true);
    }
}

/* Held-out round 31 class 2 (stats-beijing-2011m03-industry-cells): a
 * line of words over numbered 一、 headings, starting its paragraph, is an
 * unnumbered level-1 heading; the 一、二、 under it stay level 1. */
static void test_heldout31_unnumbered_heading_over_level1_list(void **state)
{
    (void)state;
    /* indented, between blank lines, with 、 inside (20 characters) */
    expect_in("标题\n\n正文一。\n\n     工业领域统计范围、采集渠道及主要指标解释\n\n  一、统计范围\n\n"
              "  指企业。\n\n  二、采集渠道\n\n  按照制度。\n",
              "  SECTION 0 \"工业领域统计范围、采集渠道及主要指标解释\" @5:6\n"
              "  SECTION 1 \"统计范围\" @7:3\n",
              true);
    /* traditional, an ideographic indent, no blank lines: after a
     * sentence's end */
    expect_in("標題\n\n正文一。\n　　主要統計指標解釋\n一、 統計範圍：\n指企業。\n二、 數據來源：\n按照制度。\n",
              "  SECTION 0 \"主要統計指標解釋\" @4:3\n  SECTION 1 \"統計範圍：\" @5:1\n", true);
    /* a word of two right under a table */
    expect_in("标题\n\n正文一。\n| 项目 | 数 |\n| 甲 | 1 |\n附注\n一、统计范围\n指企业。\n二、采集渠道\n按照制度。\n",
              "  SECTION 0 \"附注\" @6:1\n  SECTION 1 \"统计范围\" @7:1\n", true);
    /* another retail release's (社會消費品零售額統計范圍、…) over 一、 with a colon */
    expect_in("標題\n\n增長5%。\n\n社會消費品零售額統計范圍、數據來源及主要指標解釋\n\n一、 統計范圍:\n\n"
              "     批發和零售業法人企業。\n\n二、 數據來源:\n\n根據制度取得。\n",
              "  SECTION 0 \"社會消費品零售額統計范圍、數據來源及主要指標解釋\" @5:1\n", true);
    /* a wrapped sentence's last words stay the sentence's */
    expect_in("标题\n\n为加强管理，根据有关规定\n制定本办法\n一、总则\n本办法适用于全县。\n二、附则\n施行。\n",
              "PARAGRAPH 1 \"为加强管理，根据有关规定制定本办法\"", true);
    /* a 报表's header over rows with their values */
    expect_in("2022年3月份报表\n\n指标名称单位数量\n一、民政事业费累计支出亿元30.4\n二、乡级行政区划单位\n镇143\n",
              "SECTION 0", false);
    /* a bracketed note and a list's lead-in (如下) are no headings */
    expect_in("标题\n（试行）\n\n一、总则\n本办法适用于全县。\n", "SECTION 0", false);
    expect_in("标题\n\n现将有关事项通知如下\n\n一、总则\n本办法适用于全县。\n", "SECTION 0", false);
}

/* Held-out round 38 class 9 (report-shanghang-20xx-gov-work lines 3, 6):
 * a report's part heading alone between paragraphs written each on one
 * line, no stop (20XX年工作回顾), is an unnumbered level-1 heading though it
 * is the only one; a dash-led line alone without a stop (——突出提升发展质量
 * 和效益，综合实力显著增强) under a sentence's end or a heading is a heading a
 * level under the heading above it. */
static void test_heldout38_lone_part_and_dash_headings(void **state)
{
    (void)state;
    const char *open = "各位代表：\n现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员和其他列席人员提出意见。\n";
    char text[2048];
    /* the report's shape: a redacted year, the dash line last */
    snprintf(text, sizeof text, "%s%s", open,
             "20XX年工作回顾\n20XX年，在市委、市政府和县委的坚强领导下，县政府全面贯彻党的十九大精神，"
             "地区生产总值增长8.5%，经济社会发展取得新成效。\n回顾这一年，我们喜事连连，催人奋进，"
             "连续第四年被评为全省经济实力十强县。一年来的主要工作和成效有：\n"
             "——突出提升发展质量和效益，综合实力显著增强\n");
    expect_in(text,
              "  SECTION 0 \"20XX年工作回顾\" @3:1\n", true);
    expect_in(text, "    SECTION 0 level=2 \"——突出提升发展质量和效益，综合实力显著增强\" @6:1\n", true);
    /* traditional, ideographic indents, one dash, no comma, two siblings
     * each over its paragraph, a short lead-in under the part heading */
    expect_in("各位代表：\n　　現在，我代表縣人民政府，向大會報告政府工作，請予審議，並請縣政協委員和其他列席人員提出意見。\n"
              "　　2023年工作回顧\n　　2023年，在市委、市政府和縣委的堅強領導下，縣政府全面貫徹黨的二十大精神，"
              "地區生產總值增長8.5%，經濟社會發展取得新成效。\n　　一年來的主要工作和成效有：\n"
              "　　—經濟實力穩步提升\n　　全年地區生產總值達到500億元，增長8.5%，一般公共預算收入增長10%，"
              "規模以上工業增加值增長9%。\n　　—民生福祉持續增進\n　　全年民生支出佔一般公共預算支出的78%，"
              "城鄉居民收入分別增長6%和8%，新增就業1.2萬人。\n",
              "  SECTION 0 \"2023年工作回顧\" @3:3\n    PARAGRAPH 2 \"2023年，在市委", true);
    expect_in("各位代表：\n　　現在，我代表縣人民政府，向大會報告政府工作，請予審議，並請縣政協委員和其他列席人員提出意見。\n"
              "　　2023年工作回顧\n　　2023年，在市委、市政府和縣委的堅強領導下，縣政府全面貫徹黨的二十大精神，"
              "地區生產總值增長8.5%，經濟社會發展取得新成效。\n　　一年來的主要工作和成效有：\n"
              "　　—經濟實力穩步提升\n　　全年地區生產總值達到500億元，增長8.5%，一般公共預算收入增長10%，"
              "規模以上工業增加值增長9%。\n　　—民生福祉持續增進\n　　全年民生支出佔一般公共預算支出的78%，"
              "城鄉居民收入分別增長6%和8%，新增就業1.2萬人。\n",
              "    SECTION 0 level=2 \"—民生福祉持續增進\" @8:3\n      PARAGRAPH 5 \"全年民生支出", true);
    /* under a numbered heading, blank lines between paragraphs */
    expect_in("政府工作报告\n\n一、过去一年工作回顾\n\n过去一年，我们坚持稳中求进工作总基调，全力以赴稳增长、促改革、"
              "调结构、惠民生、防风险。\n\n——坚持创新驱动，产业结构持续优化\n\n全年高新技术产业增加值增长12%，"
              "占规模以上工业增加值的比重提高到45%，新增高新技术企业50家。\n",
              "    SECTION 0 level=2 \"——坚持创新驱动，产业结构持续优化\" @7:1\n", true);
    /* another part's name, a colon in the paragraph under it */
    snprintf(text, sizeof text, "%s%s", open,
             "今后五年目标任务和明年工作安排\n今后五年是全面建设社会主义现代化国家开局起步的关键时期，"
             "我们要坚持稳中求进工作总基调，推动高质量发展。\n明年经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
             "城乡居民收入增长与经济增长同步。\n");
    expect_in(text, "  SECTION 0 \"今后五年目标任务和明年工作安排\" @3:1\n", true);
    /* no headings: an issuer's name over 抄送; a wrapped dash paragraph; a
     * list of dash items; a chart's name; a subtitle under a title */
    const char *no[] = {
        "关于同意某产业园建设项目建议书的批复\n县工业园区管理委员会：\n你委报来的关于某产业园建设项目建议书的请示收悉。"
        "经研究，现批复如下，请按照科学、合理、使用原则，注重投资实效。\n请根据相关建设标准，按照科学、合理、使用原则，"
        "注重投资实效，严格按照基建程序报批。\n武平县发展和改革局\n抄送：县财政局、自然资源局、住房和城乡建设局、"
        "城市管理和综合执法局。\n武平县发展和改革局\n",
        "审计工作报告\n审计结果表明，财政运行总体平稳，各项工作有序推进，预算执行和其他财政收支情况总体较好。\n"
        "——加强政策协同配合，保障经济平稳运行，统筹安排\n收入、债券等各类资金，确保财政政策持续发力。\n",
        "某镇决算\n全镇一般公共预算支出合计6449万元，比上年增长15%，主要支出项目情况如下：\n——一般公共服务支出\n"
        "——文化旅游体育与传媒支出\n全镇一般公共预算支出合计6449万元，比上年增长15%，主要支出项目情况如上所述。\n",
        "某市统计公报\n全年规模以上工业增加值比上年增长8.5%，其中高技术制造业增长12.3%，装备制造业增长9.1%。\n"
        "全市规模以上工业增加值增长速度图\n全年全部工业增加值比上年增长8.1%，其中规模以上工业增加值增长8.5%，"
        "工业经济稳步回升。\n全年建筑业增加值比上年增长5.2%。\n",
        "第七次全国人口普查公报\n\n——人口年龄构成情况\n\n全国人口中，0—14岁人口为253383938人，占17.95%；"
        "15—59岁人口为894376020人，占63.35%。\n",
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        expect_in(no[k], "SECTION", false);
}

/* Held-out round 38 classes 14 and 11 (audit-teaching-project line 3,
 * notice-forward-template-doczj lines 6, 22): a 范文 collection's piece
 * named with its number (項(xiàng)目審計報告1, 转发性通知范文二：) alone over
 * its text is an unnumbered heading, a level under a head numbered by 篇
 * above it; a bracketed head numbered by 篇 (【篇一：转发性通知范文】) is a
 * level-1 heading. */
static void test_heldout38_collection_piece_heads(void **state)
{
    (void)state;
    expect_in("项目审计报告\n在现实生活中，报告有着举足轻重的地位，报告具有语言陈述性的特点。那么报告应该怎么写呢？\n"
              "项目审计报告1\n根据《深圳经济特区政府投资项目审计监督条例》的规定，我局对该项目进行了审计。\n"
              "一、基本情况\n该项目经批准建设。\n",
              "  SECTION 0 \"项目审计报告1\" @3:1\n    PARAGRAPH 2 \"根据", true);
    /* traditional with readings, between blank lines */
    expect_in("項(xiàng)目審計報告\n在現(xiàn)實(shí)生活中，報告有著舉足輕重的地位。\n\n項(xiàng)目審計報告2\n\n"
              "根據(jù)有關(guān)規(guī)定，我局對該項(xiàng)目進行了審計。\n",
              "  SECTION 0 \"項（xiàng）目審計報告2\" @4:1\n", true);
    /* square brackets, ASCII colon; a piece numbered in Han with a colon
     * under it */
    const char *col = "通知格式\n[篇二:请示范文]\n请示范文\n请示是向上级机关请求指示、批准的公文。\n工作总结范文三：\n"
                      "今年以来，我局认真贯彻落实各项决策部署，各项工作取得新进展。\n";
    expect_in(col, "  SECTION 0 \"[篇二：请示范文]\" @2:1\n", true);
    expect_in(col, "    SECTION 0 level=2 \"工作总结范文三：\" @5:1\n", true);
    /* the doczj shape: over a 文号 */
    expect_in("通知书之转发性通知格式\n【篇一:转发性通知范文】\n转发性通知范文\n转发性通知是指用来转发上级机关的公文的通知。\n"
              "转发性通知范文二:\n陕政办发〔1997〕41号\n各市、县（区）人民政府：\n现将有关通知转发给你们，请认真遵照执行。\n",
              "  SECTION 0 \"【篇一：转发性通知范文】\" @2:1\n", true);
    expect_in("通知书之转发性通知格式\n【篇一:转发性通知范文】\n转发性通知范文\n转发性通知是指用来转发上级机关的公文的通知。\n"
              "转发性通知范文二:\n陕政办发〔1997〕41号\n各市、县（区）人民政府：\n现将有关通知转发给你们，请认真遵照执行。\n",
              "    SECTION 0 level=2 \"转发性通知范文二：\" @5:1\n", true);
    /* no piece: an attachment's label, a clause ending in a number */
    expect_in("某某报告\n经研究，现将有关情况报告如下。\n附件1\n关于某项目的说明。\n净利润同比增长12\n本年度净利润同比增长。\n",
              "SECTION", false);
}

/* Held-out round 36 class 2 (pdfcopy-luoding-office-work-rules line 10):
 * a PDF's page number glued to the end of a line in mid-sentence
 * (…接待来函、来电-1- / 和来办事人员…) is page furniture in any form a page
 * number takes (-1-, - 12 -, —3—, －5－, 第 2 页 共7页; 第 N 页 and N/M when
 * the pages run on), glued to the line's start too: dropped, and the
 * sentence is one paragraph.  A range (1-2 / 月), a fraction with no page
 * numbering (1/3 / 的村庄), a 第2页 the text refers to, a sign (增长-1%) and a
 * table's cell stay. */
static void test_heldout36_glued_page_number_forms(void **state)
{
    (void)state;
    static const char *const forms[] = {"-1-", "- 12 -", "—3—", "－5－", " - 2 - ", "——4——", "第 2 页 共7页",
                                        "第3页共9页"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        char text[512];
        snprintf(text, sizeof text,
                 "某某工作制度\n首问负责制按照“谁为第一接待人，谁负责认真接待”的原则，实行首问负责接待。"
                 "同时，凡在本办内首次接待来函、来电%s\n和来办事人员的股室和工作人员，视为首问责任人。\n",
                 forms[k]);
        expect_in(text, "同时，凡在本办内首次接待来函、来电和来办事人员的股室和工作人员，视为首问责任人。\" @2:1\n", true);
        expect_in(text, "PARAGRAPH 2", false);
        /* glued to the next line's start */
        snprintf(text, sizeof text,
                 "某某工作制度\n首问负责制按照“谁为第一接待人，谁负责认真接待”的原则，实行首问负责接待。"
                 "同时，凡在本办内首次接待来函、来电\n%s和来办事人员的股室和工作人员，视为首问责任人。\n",
                 forms[k]);
        expect_in(text, "同时，凡在本办内首次接待来函、来电和来办事人员的股室和工作人员，视为首问责任人。\" @2:1\n", true);
        expect_in(text, "PARAGRAPH 2", false);
    }
    /* traditional, the page ending a sentence: the number goes, the
     * paragraphs stay two */
    const char *trad = "某某工作制度\n首問負責制按照“誰為第一接待人，誰負責認真接待”的原則，實行首問負責接待。- 2 -\n"
                       "二、岗位责任制度\n（一）岗位责任制是本办落实依法行政的根本措施。\n";
    expect_in(trad, "實行首問負責接待。\" @2:1\n", true);
    expect_in(trad, "- 2 -", false);
    /* 第 N 页 and N/M alone when the page numbers run on (1/7 alone before) */
    expect_in("某某工作制度\n第一条为规范机关工作，制定本制度。\n1/7\n第二条首问负责制按照“谁为第一接待人”的原则，"
              "凡在本办内首次接待来函、来电2/7\n和来办事人员的股室和工作人员，视为首问责任人。\n",
              "来电和来办事人员", true);
    expect_in("某某工作制度\n第一条为规范机关工作，制定本制度。\n第 1 页\n第二条首问负责制按照“谁为第一接待人”的原则，"
              "凡在本办内首次接待来函、来电第 2 页\n和来办事人员的股室和工作人员，视为首问责任人。\n",
              "来电和来办事人员", true);
    /* the text's own: a fraction, a page it refers to, a range, a sign */
    expect_in("某某报告\n全市继续推进村庄整治工作，已完成整治的约占1/3\n的村庄，其余正在推进。\n", "约占1/3", true);
    expect_in("某某报告\n有关资金的具体安排情况，请详见本报告第2页\n的附表，各单位遵照执行。\n", "第2页", true);
    expect_in("某某报告\n全市继续推进村庄整治工作，今年1-2\n月份共完成改厕任务3200户。\n", "1-2月份", true);
    expect_in("某某报告\n全市工业增加值比上年增长-1%，其中重工业下降\n较多，轻工业持平。\n", "增长-1%", true);
    expect_in("某某报表\n| 指标 | 本月 | 增长 |\n| --- | --- | --- |\n| 工业增加值 | 12 | -1- |\n", "-1-", true);
}

/* Review 39 item 12: a page number glued to a line is one only when it
 * looks like the text's page numbering.  A 第 N 页 the sentence refers to
 * (见/详见/附表/参阅 before it), or two weak marks (第 N 页, N/M) glued with
 * no page number alone on a line, stay text; so does a dash closing a
 * line over a number on the next (a range: 区间为-1- / 3摄氏度). */
static void test_review39_page_mark_keeps_text(void **state)
{
    (void)state;
    const char *ref = "某报告\n各乡镇补助标准按照人口规模分档确定，具体标准见附表第2页\n第3页列出了各乡镇的情况。\n";
    expect_in(ref, "附表第2页", true);
    expect_in(ref, "第3页列出了各乡镇的情况", true);
    const char *trad = "某報告\n各鄉鎮補助標準按照人口規模分檔確定，具體標準詳見附表第2頁\n第3頁列出了各鄉鎮的情況。\n";
    expect_in(trad, "附表第2頁", true);
    expect_in(trad, "第3頁列出了各鄉鎮的情況", true);
    expect_in("某报告\n有关项目的资金安排和绩效目标，请参阅第 4 页\n的说明，各单位遵照执行。\n", "参阅第4页的说明", true);
    expect_in("某报告\n各乡镇补助标准按照人口规模分档确定，分档情况在本报告第5页\n和第6页列出，各单位遵照执行。\n", "第5页",
              true);
    /* a range wrapped at its dash */
    expect_in("某气象公报\n预计明天全市以多云天气为主，最低气温区间为-1-\n3摄氏度，请注意防寒保暖。\n", "-1-", true);
    expect_in("某气象公报\n预计明天全市以多云天气为主，最低气温区间为 - 1 -\n3摄氏度，请注意防寒保暖。\n", "- 1 -", true);
    expect_in("某气象公报\n预计明天全市以多云天气为主，最低气温区间为—2—\n-5摄氏度，请注意防寒保暖。\n", "—2—", true);
    /* the numbering stays furniture: a page alone on its line, then one glued */
    expect_in("某某工作制度\n第一条为规范机关工作，制定本制度。\n第 1 页\n第二条首问负责制按照“谁为第一接待人”的原则，"
              "凡在本办内首次接待来函、来电第 2 页\n和来办事人员的股室和工作人员，视为首问责任人。\n",
              "来电和来办事人员", true);
    expect_in("某某工作制度\n首问负责制按照“谁为第一接待人”的原则，凡在本办内首次接待来函、来电-1-\n"
              "和来办事人员的股室和工作人员，视为首问责任人。\n",
              "来电和来办事人员", true);
}

/* Round 40 class 7: a page tool's paragraph mark (hd9, bd3: Latin letters
 * and a digit glued to the ends of many lines of a hard-wrapped text)
 * ends its paragraph: the line after it (a heading 2019年…回顾hd9) is no
 * wrapped half, and the mark split over a line break (…发展。hd / 9) leaves
 * no lone 9.  A word such as CO2, PM2.5 or H7N9 ending a wrapped line or
 * two is the text's: the lines join as before. */
static void test_round40_paragraph_mark(void **state)
{
    (void)state;
    static const char *const marks[][2] = {{"hd9", "hd"}, {"bd3", "bd"}, {"xy12", "xy"}};
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        const char *m = marks[k][0], *rest = m + strlen(marks[k][1]);
        char text[2048], want[256];
        snprintf(text, sizeof text,
                 "某县政府工作报告\n政 府 工 作 报 告%s\n陆志前%s\n各位代表:%s  \n"
                 "现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员和其他列席\n人员提出意见。%s\n"
                 "庚子开年极不寻常,我县和全国一样遭遇突如其来的新冠肺炎疫情,县域经济社会\n"
                 "发展受到巨大冲击,必须采取强力措施,确保全年任务圆满完成。%s\n2019年及今年以来工作回顾%s\n"
                 "2019年是新中国成立70周年的大庆之年,也是我县攻坚克难,拼搏奋进,工作取得\n"
                 "突出成效的一年,县域经济社会平稳健康发展。%s\n%s\n"
                 "经济发展提质增效,综合实力迈上新台阶。地区生产总值增长8.4%%,较好地完成了年度\n目标任务。%s\n",
                 m, m, m, m, m, m, marks[k][1], rest, m);
        snprintf(want, sizeof want, "\"2019年及今年以来工作回顾%s\" @9:1", m);
        expect_in(text, want, true);
        snprintf(want, sizeof want, "平稳健康发展。%s\" @10:1", marks[k][1]);
        expect_in(text, want, true);
        snprintf(want, sizeof want, "%s经济", marks[k][1]);
        expect_in(text, want, false);
        expect_in(text, "\"经济发展提质增效", true);
    }
    /* traditional, the mark after a colon and a stop */
    expect_in("某縣政府工作報告\n各位代表:hd9\n現在,我代表縣人民政府向大會報告工作,請予審查,並請縣政協委員和其他列席\n"
              "人員提出意見。hd9\n一年來,全縣上下眾志成城,同舟共濟,為打好疫情防控阻擊戰付出最大努力,並取得\n"
              "重大成果。hd9\n2019年工作回顧hd9\n全縣地區生產總值增長8.4%,固定資產投資增長11.5%,社會消費品零售總額\n"
              "增長10.1%。hd9\n",
              "\"2019年工作回顧hd9\" @7:1", true);
    /* a word of the text at a line's end (fewer than five): joined */
    expect_in("某环境公报\n全市继续推进节能减排工作,全年共减少排放二氧化碳CO2\n排放量约12万吨,空气质量持续改善。\n",
              "CO2排放量", true);
    expect_in("某环境公报\n全市继续推进节能减排工作,全年细颗粒物PM2.5\n平均浓度为35微克每立方米,空气质量持续改善。\n",
              "PM2.5平均浓度", true);
    expect_in("某卫生公报\n全市继续做好传染病防控工作,全年未发现人感染禽流感H7N9\n病例,疫情形势总体平稳。\n", "H7N9病例",
              true);
}

/* Held-out round 36 class 10b (budget-haian-town-2021 line 24): an item
 * that lost its closing mark (2.国防支出23万元) among numbered siblings run
 * in with ； is a run-in item like them, not a heading: between two such
 * items, or the list's last (the text's end or a higher heading after
 * it); 1、, (2), traditional, blank lines the same.  An item with its
 * paragraph under it, or its own items, stays a heading; 二是… lines stay
 * paragraphs like their siblings. */
static void test_heldout36_item_lost_its_mark(void **state)
{
    (void)state;
    expect_in("某镇预算\n2021年预算内外支出主要用于以下事项：\n1.一般公共服务支出3771万元；\n2.国防支出23万元\n"
              "3.公共安全支出562万元；\n4.教育支出610万元；\n",
              "  RUNIN 2 level=3 \"国防支出23万元\" @4:1\n", true);
    expect_in("某鎮預算\n2021年預算內外支出主要用於以下事項：\n\n1、一般公共服務支出3771萬元；\n\n2、國防支出23萬元\n\n"
              "3、公共安全支出562萬元；\n",
              "  RUNIN 2 level=3 \"國防支出23萬元\" @6:1\n", true);
    expect_in("某镇预算\n支出主要用于以下事项：\n(1)一般公共服务支出3771万元；\n(2)国防支出23万元\n(3)公共安全支出562万元；\n",
              "  RUNIN 2 level=4 \"国防支出23万元\" @4:1\n", true);
    /* the list's last item: the text's end, or a higher heading after it */
    expect_in("某镇预算\n支出主要用于以下事项：\n1.一般公共服务支出3771万元；\n2.国防支出23万元；\n3.公共安全支出562万元\n",
              "  RUNIN 3 level=3 \"公共安全支出562万元\" @5:1\n", true);
    const char *up = "某镇预算\n一、支出预算\n支出主要用于以下事项：\n1.一般公共服务支出3771万元；\n2.国防支出23万元\n"
                     "3.公共安全支出562万元；\n4.教育支出610万元\n二、下一步工作\n全镇上下要加强预算管理。\n";
    expect_in(up, "RUNIN 2 level=3 \"国防支出23万元\" @5:1\n", true);
    expect_in(up, "RUNIN 4 level=3 \"教育支出610万元\" @7:1\n", true);
    /* ending 。 (already one) */
    expect_in("某镇预算\n支出主要用于以下事项：\n1.一般公共服务支出3771万元；\n2.国防支出23万元；\n3.公共安全支出562万元。\n",
              "  RUNIN 3 level=3 \"公共安全支出562万元。\" @5:1\n", true);
    /* 二是… are paragraphs, the one without its mark too */
    expect_in("某镇预算\n支出主要用于以下事项：一是一般公共服务支出3771万元；\n二是国防支出23万元\n三是公共安全支出562万元；\n",
              "    PARAGRAPH 2 \"二是国防支出23万元\" @3:1\n", true);
    /* a heading with its paragraph or its own items under it stays one */
    expect_in("某镇工作要点\n1.加强组织领导；\n2.完善工作制度\n全镇上下要完善各项制度，做到有章可循。\n",
              "  SECTION 2 level=3 \"完善工作制度\" @3:1\n", true);
    expect_in("某镇工作要点\n1.加强组织领导；\n2.完善工作制度\n(1)财务制度；\n(2)考勤制度；\n",
              "  SECTION 2 level=3 \"完善工作制度\" @3:1\n", true);
    /* a list's first item without its mark, under no run-in sibling */
    expect_in("某镇工作要点\n1.完善工作制度\n全镇上下要完善各项制度。\n2.加强组织领导；\n", "SECTION 1 level=3", true);
}

/* Held-out round 36 class 9b (census-chizhou-agri-census-2016 line 5): an
 * unnumbered subhead of words alone on its line (农业农村农民基本情况)
 * between two paragraphs each on one line is a level-1 heading, the only
 * one too, when the paragraph under it is the text's last or the body goes
 * on (another paragraph, blank lines, a signature); traditional the same.
 * A line with a figure there (it may be a sentence that lost its stop),
 * a short line with a clause's mark, a chart's name (…图), a field under
 * it, a line under a wrapped sentence stay text. */
static void test_heldout36_lone_subhead_over_last_paragraph(void **state)
{
    (void)state;
    const char *intro = "（第一号）\n为摸清“三农”基本情况，查清“三农”新发展新变化，池州市按照国务院统一部署，组织开展了全市第三次全国农业普查。\n"
                        "根据《全国农业普查条例》的有关规定，池州市农普办和池州市统计局将分期发布普查公报，向社会公布普查的主要结果。\n";
    const char *body = "池州市第三次全国农业普查共调查了45个乡镇，其中乡8个、镇37个；663个村；328个2006年以后新建的农村居民定居点。\n";
    char text[2048];
    snprintf(text, sizeof text, "%s农业农村农民基本情况\n%s", intro, body);
    expect_in(text, "  SECTION 0 \"农业农村农民基本情况\" @4:1\n", true);
    /* traditional, a signature and a date under the paragraph */
    expect_in("（第一號）\n為摸清“三農”基本情況，查清“三農”新發展新變化，池州市按照國務院統一部署，組織開展了全市第三次全國農業普查。\n"
              "農業農村農民基本情況\n池州市第三次全國農業普查共調查了45個鄉鎮，其中鄉8個、鎮37個；663個村；328個2006年以後新建的農村居民定居點。\n"
              "池州市統計局\n2017年12月20日\n",
              "  SECTION 0 \"農業農村農民基本情況\" @3:1\n", true);
    /* the body going on after a blank line */
    snprintf(text, sizeof text, "%s农业经营主体情况\n%s\n全市共有农业经营户27.5万户，其中规模农业经营户3200户。全市共有农业经营单位1856个。\n",
             intro, body);
    expect_in(text, "  SECTION 0 \"农业经营主体情况\" @4:1\n", true);
    /* not a subhead: a clause's mark, a chart's name, a field under it,
     * a short paragraph under it */
    snprintf(text, sizeof text, "%s现将有关情况公布如下，\n%s", intro, body);
    expect_in(text, "SECTION", false);
    snprintf(text, sizeof text, "%s全市农业普查主要指标增长图\n%s", intro, body);
    expect_in(text, "SECTION", false);
    snprintf(text, sizeof text, "%s池州市农业普查办公室\n抄送：市委办公室、市人大办公室、市政府办公室、市政协办公室、市纪委办公室、各县区人民政府。\n",
             intro);
    expect_in(text, "SECTION", false);
    snprintf(text, sizeof text, "%s农业农村农民基本情况\n全市共调查45个乡镇。\n", intro);
    expect_in(text, "SECTION", false);
    /* a line with a figure over the last paragraph may be a sentence that
     * lost its stop (test_docparts.c's binzhou news: one alone stays) */
    snprintf(text, sizeof text, "%s全市共调查乡镇45个\n%s", intro, body);
    expect_in(text, "SECTION", false);
}

/* Held-out round 36 class 14 (pdfcopy-luoding line 2): the first piece's
 * title right under a collection's title (罗定市人民政府网(精选9篇) /
 * 工作制度), a name of words alone on its line over its text, is a
 * level-1 heading: （通用5篇）, 【合集12篇】, traditional, a blank line under
 * it (a name ending in a document's kind, 工作總結, title.c joins to the
 * title: not asserted).  Under a title that is no collection's, a sentence, a numbered
 * piece (already one) stay as they were. */
static void test_heldout36_collection_first_piece(void **state)
{
    (void)state;
    expect_in("罗定市人民政府网(精选9篇)\n工作制度\n为搞好本办机关效能建设，规范行政行为，提高工作质量、办事效率和服务质量。\n"
              "一、岗位责任制度\n（一）岗位责任制是本办落实依法行政的根本措施。\n",
              "  SECTION 0 \"工作制度\" @2:1\n", true);
    expect_in("單位管理制度範文（通用5篇）\n辦公室管理制度\n\n為加強機關辦公室管理，提高工作效率，結合實際，制定本制度。\n",
              "  SECTION 0 \"辦公室管理制度\" @2:1\n", true);
    expect_in("机关管理制度【合集12篇】\n机关考勤管理制度\n为加强机关工作人员考勤管理，严肃工作纪律，制定本制度。\n",
              "  SECTION 0 \"机关考勤管理制度\" @2:1\n", true);
    /* no collection, or no name under it */
    expect_in("罗定市人民政府网\n工作制度\n为搞好本办机关效能建设，规范行政行为，提高工作质量、办事效率和服务质量。\n",
              "SECTION", false);
    expect_in("罗定市人民政府网(精选9篇)\n为搞好本办机关效能建设，规范行政行为\n提高工作质量、办事效率和服务质量。\n",
              "SECTION", false);
    expect_in("关于批复范文(精选28篇)\n关于批复范文 篇1\n市城乡建设局：\n你局《关于某项目的请示》收悉。经研究，批复如下。\n",
              "  SECTION 0 \"关于批复范文　篇1\" @2:1\n", true);
}

/* The paragraph mark counted on the front lines too: a report whose
 * spaced title, meeting line, speaker and salutation each end in it
 * (SUBTITLE, SPEAKER, SALUTATION, no text lines) and only three body
 * lines, one paragraph over four: the mark still ends its paragraphs (it was counted on text lines
 * only: three, under the five it needs, and a heading was glued on). */
static void test_lead_paragraph_mark_on_front_lines(void **state)
{
    (void)state;
    static const char text[] =
        "（某省）2020年某县政府工作报告（全文）\n政 府 工 作 报 告hd9\n2020年6月4日在县十七届人大五次会议上hd9\n"
        "陆志前hd9\n各位代表:hd9\n现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员和其他列席\n"
        "人员提出意见。hd9\n庚子开年极不寻常,我县和全国一样遭遇突如其来的新冠肺炎疫情,县域经济社会\n"
        "发展受到巨大冲击。在省市和县委的正确领导下,全县上下众志成城,同舟共济,\n"
        "为打好疫情防控阻击战付出最大努力,并取得重大成果。当前,防疫任务依然艰巨,\n"
        "发展要务尤为迫切,必须采取强力措施战疫情、促发展,确保全年任务圆满完成。hd9\n"
        "2019年及今年以来工作回顾hd9\n2019年是新中国成立70周年的大庆之年,县域经济社会平稳\n健康发展。\n";
    expect_in(text, "\"2019年及今年以来工作回顾hd9\" @12:1", true);
    expect_in(text, "完成。hd92019年", false);
}

/* Round 39 class 13 (finalaccounts-tiandeng-2023-mirror line 11): a
 * numbered item that is one sentence of clauses with a figure, the
 * text's last line ((1)上级补助收入277643万元,完成预算的137.13%。), is a
 * whole-sentence item, a numbered paragraph (convention 3), though
 * shorter than a long sentence; a heading phrase at an excerpt's end
 * ((二)关于预算执行的问题。, no figure, no clause) stays run in. */
static void test_round39_last_item_sentence_with_figure(void **state)
{
    (void)state;
    const char *head = "2023年某县决算的报告\n一、决算总体情况\n"
                       "2.转移性收入决算情况。2023年，全县转移性收入321555万元，完成预算的118.98%。\n";
    const char *yes[][2] = {
        {"(1)上级补助收入277643万元,完成预算的137.13%。\n",
         "PARAGRAPH 2 \"（1）上级补助收入277643万元，完成预算的137.13%。\""},
        {"(1)上級補助收入277643萬元,完成預算的137.13%。\n",
         "PARAGRAPH 2 \"（1）上級補助收入277643萬元，完成預算的137.13%。\""},
        {"(2)债务转贷收入8000万元,下降12%。\n", "PARAGRAPH 2 \"（2）债务转贷收入8000万元，下降12%。\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", head, yes[k][0]);
        expect_in(text, yes[k][1], true);
        expect_in(text, "RUNIN 2 level=3 \"转移性收入决算情况。\"", true);
    }
    const char *no[] = {
        "(1)关于预算执行的问题。\n",
        "(1)上级补助收入情况。\n",
        "(1)收入277643万元。\n",
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", head, no[k]);
        expect_in(text, "PARAGRAPH 2 \"（1）", false);
    }
}

/* Round 39 class 14 (audit-zhongxian-2022-mirror line 8): an item whose
 * first sentence is a phrase ending in a comma then the first clause of
 * an enumeration ((一)在财政运行管理方面,一是应收未收非税收入12,385.42万元。二是…)
 * is a numbered paragraph: its lead is no heading phrase; a heading
 * phrase of its own sentence over 一是… stays run in. */
static void test_round39_item_lead_ending_in_comma(void **state)
{
    (void)state;
    const char *head = "审计工作报告\n一、县级财政管理审计情况\n"
                       "2022年县财政局认真执行县人大及其常委会有关预算的决议，取得了一定成效。\n";
    const char *yes[][2] = {
        {"(一)在财政运行管理方面,一是应收未收非税收入12,385.42万元。二是个别单位滞留代征的污水处理费1230.66万元。\n",
         "PARAGRAPH 2 \"（一）在财政运行管理方面，一是应收未收非税收入"},
        {"(一)在財政運行管理方面,一是應收未收非稅收入2385萬元。二是個別單位滯留代徵的污水處理費。\n",
         "PARAGRAPH 2 \"（一）在財政運行管理方面，一是應收未收非稅收入"},
        {"(一)在专项资金管理方面，首先是部分资金未及时拨付。其次是绩效目标不明确。\n",
         "PARAGRAPH 2 \"（一）在专项资金管理方面，首先是部分资金未及时拨付。"},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", head, yes[k][0]);
        expect_in(text, yes[k][1], true);
        expect_in(text, "RUNIN", false);
    }
    const char *no[][2] = {
        {"(一)财政运行管理方面。一是应收未收非税收入2385万元。二是个别单位滞留污水处理费。\n",
         "RUNIN 1 level=2 \"财政运行管理方面。\""},
        {"(一)坚持稳中求进，推动高质量发展。一是加快项目建设。二是扩大有效投资。\n",
         "RUNIN 1 level=2 \"坚持稳中求进，推动高质量发展。\""},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        char text[1024];
        snprintf(text, sizeof text, "%s%s", head, no[k][0]);
        expect_in(text, no[k][1], true);
    }
}

/* Round 39 class 15 (reply-state-council-yulin-1999-trad-fanwen lines 9
 * and 33): a model-text page's piece in brackets alone on its line,
 * spaced or not (【 范 文 二 】, 【範文二】, 【例文1】), is a level-1 heading
 * (its spaces dropped), as 【篇一:转发性通知范文】 is; and so is another
 * bracketed line of words alone in the same text (【 病文分析 】).  A
 * bracketed line in a text with no such piece (a video transcript's
 * 【去人民大会堂路上】) stays text. */
static void test_round39_bracketed_piece_heads(void **state)
{
    (void)state;
    const char *yes[][3] = {
        {"【 范 文 二 】", "【 病文分析 】", "SECTION 0 \"【范文二】\""},
        {"【範文二】", "【病文分析】", "SECTION 0 \"【範文二】\""},
        {"【例文1】", "【评析】", "SECTION 0 \"【例文1】\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "批覆參考範文:批示性公文的批覆寫作及範例\n\n%s\n\n陝西省人民政府:\n\n"
                 "你省的請示收悉。現批覆如下:同意。\n\n%s\n\n批覆\n\n××鄉政府:\n\n對你鄉的請示，作如下答覆。\n",
                 yes[k][0], yes[k][1]);
        char *out = tu_parse_dump(text, 0);
        if (!strstr(out, yes[k][2]) || !strstr(out, k == 2 ? "SECTION 0 \"【评析】\"" : "SECTION 0 \"【病文分析】\""))
            fail_msg("case %zu:\n%s", k, out);
        free(out);
    }
    expect_in("人社部：前三季度就业形势稳定\n【去人民大会堂路上】\n【同期】中新社记者 梁晓辉\n"
              "今天上午，十四届全国人大一次会议开幕。\n【进入会场内部】\n代表们陆续进入会场。\n",
              "SECTION", false);
}

/* Round 39 class 10 (stats-shangyu-2013-metadata-pipes lines 7-8): a
 * lost table's caption run onto the end of a paragraph after its stop and
 * a space (…良好态势。 表1 上虞经济社会发展主要指标) is split off, a CAPTION;
 * the note under it (注:GDP增幅按可比价计算。, split off before the inline
 * heading 一、综 合) is a NOTE.  A sentence naming a table (。 表1显示，…)
 * stays in its paragraph, and a 注: paragraph under no caption stays one. */
static void test_round39_inline_caption_and_note(void **state)
{
    (void)state;
    const char *body = " 一、综 合 综合实力显著增强。据初步核算，全年地区生产总值达624.98亿元，按可比价计算，增长9.0%。"
                       " 二、农 业 农业经济稳步增长。全年农业各项工作目标明确、措施有力，有效促进了农民增收。\n";
    const char *yes[][3] = {
        {"2013年是贯彻十八大精神的开局之年，全区经济保持平稳较快发展的良好态势。 表1 上虞经济社会发展主要指标\n",
         "注:GDP增幅按可比价计算。", "CAPTION \"表1 上虞经济社会发展主要指标\""},
        {"2013年是貫徹十八大精神的開局之年，全區經濟保持平穩較快發展的良好態勢。 表2 主要經濟指標完成情況\n",
         "注:地區生產總值增幅按可比價計算。", "CAPTION \"表2 主要經濟指標完成情況\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        char text[2048];
        snprintf(text, sizeof text, "2013年上虞区国民经济和社会发展统计公报\n%s%s%s", yes[k][0], yes[k][1], body);
        char *out = tu_parse_dump(text, 0);
        if (!strstr(out, yes[k][2]) || !strstr(out, "NOTE \"注：") || !strstr(out, "SECTION 2 \"农业\""))
            fail_msg("case %zu:\n%s", k, out);
        free(out);
    }
    const char *no[] = {
        "2013年全区经济保持平稳较快发展的良好态势。 表1显示，全区主要指标均有增长\n注:GDP增幅按可比价计算。",
        "2013年全区经济保持平稳较快发展的良好态势。 表1 上虞经济社会发展主要指标如下。\n注:GDP增幅按可比价计算。",
        "2013年全区经济保持平稳较快发展的良好态势。\n注:GDP增幅按可比价计算。",
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        char text[2048];
        snprintf(text, sizeof text, "2013年上虞区国民经济和社会发展统计公报\n%s%s", no[k], body);
        expect_in(text, "CAPTION", false);
        expect_in(text, "NOTE", false);
    }
}

/* Round 40 class 14 (hardwrap-xinhuang-county-report-2020-hd9 line 13):
 * in a hard-wrapped copy whose paragraphs end with a page tool's mark
 * (hd9), a short line of words alone carrying the mark, right after a
 * paragraph's end and over text (2019年及今年以来工作回顾hd9), is a level-1
 * heading; a sentence carrying the mark, or such a line in a text with
 * no mark, is not. */
static void test_round40_marked_heading_alone(void **state)
{
    (void)state;
    const char *yes[][3] = {
        {"hd9", "2019年及今年以来工作回顾", "政府工作报告"},
        {"bd3", "2019年及今年以來工作回顧", "政府工作報告"},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        const char *m = yes[k][0];
        char text[4096];
        snprintf(text, sizeof text,
                 "（湖南省）2020年新晃侗族自治县%s（全文）\n陆志前%s\n各位代表:%s\n"
                 "现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员和其他列席人员提出意见。%s\n"
                 "庚子开年极不寻常,我县和全国一样遭遇突如其来的新冠肺炎疫情,全县上下众志成城,防控取得\n"
                 "重大成果。当前,防疫任务依然艰巨,我们将继续采取有力措施战疫情、\n"
                 "促发展,确保全年任务圆满完成。%s\n%s%s\n"
                 "2019年是新中国成立70周年的大庆之年,也是我县攻坚克难,拼搏奋进,工作取得\n"
                 "突出成效的一年。在上级党委政府的坚强领导下,全县经济社会保持平稳健康发展。%s\n"
                 "地区生产总值增长8.1%%,固定资产投资增长11.5%%,较好完成了全年目标任务。%s\n",
                 yes[k][2], m, m, m, m, yes[k][1], m, m, m);
        char want[256];
        snprintf(want, sizeof want, "SECTION 0 \"%s%s\"", yes[k][1], m);
        expect_in(text, want, true);
    }
    /* a sentence with the mark; no mark in the text */
    expect_in("某县政府工作报告\n陆志前hd9\n各位代表:hd9\n现在,我代表县人民政府向大会报告工作,请予审查。hd9\n"
              "促发展,确保全年任务圆满完成。hd9\n今年以来工作成效显著。hd9\n"
              "2019年是新中国成立70周年的大庆之年,也是我县攻坚克难,拼搏奋进的一年。hd9\n",
              "SECTION", false);
    expect_in("某县政府工作报告\n现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员提出意见。\n"
              "促发展,确保全年任务圆满完成。\n2019年及今年以来工作回顾\n"
              "2019年是新中国成立70周年的大庆之年,也是我县攻坚克难,拼搏奋进,工作取得\n"
              "突出成效的一年。\n",
              "SECTION", false);
}

/* Round 42 class 4 (budget-changde-1-5m 1:1, 2:1): a numbered item whose
 * text opens with a part's name (收入情况, 支出情况, 总体情况, 收入, 支出, …),
 * a colon, then a paragraph of its own on the same line, is a run-in lead,
 * its colon kept.  Not a field and its value (一、时间：4月9日…, 一、元旦：…,
 * 一、项目名称：…: numbered paragraphs, the ruling on round 40 class 12), not
 * a name alone on its line (一、会议时间： a heading), not a part's name
 * over one short clause, not an item of a list whose earlier item is a
 * numbered paragraph (budget-lukou-2015m08's 四、支出情况：…). */
static void test_round42_part_lead_with_colon(void **state)
{
    (void)state;
    const char *yes[][3] = {
        {"(一)收入情况:元至5月,全市累计完成一般公共预算收入126.05亿元,同比增加2.25亿元,增长1.82%。"
         "其中:地方财政收入完成80.18亿元,增加2.79亿元,增长3.6%.\n"
         "(二)支出情况:元至5月,全市累计完成一般公共预算支出227.53亿元,增加19.54亿元,增长9.39%。"
         "其中:市本级完成44.11亿元,增加4.37亿元,增长11.01%.\n",
         "RUNIN 1 level=2 \"收入情况：\"", "RUNIN 2 level=2 \"支出情况：\""},
        {"（一）收入情況：1至8月，全縣累計完成一般公共預算收入26.05億元，同比增長1.82%。稅收收入完成18.2億元。\n"
         "（二）支出情況：1至8月，全縣累計完成一般公共預算支出27.53億元，增長9.39%。其中民生支出21.6億元。\n",
         "RUNIN 1 level=2 \"收入情況：\"", "RUNIN 2 level=2 \"支出情況：\""},
        {"一、总体情况：今年以来，全区经济运行总体平稳，主要指标增速均高于全市平均水平。工业生产较快增长。\n"
         "二、财政收入：1-6月，全区完成一般公共预算收入8.6亿元，同比增长5.2%。其中税收收入6.1亿元。\n",
         "RUNIN 1 \"总体情况：\"", "RUNIN 2 \"财政收入：\""},
        {"一、總體概況: 今年以來，全縣經濟運行總體平穩，主要指標增速均高於全市平均水平。好於預期。\n"
         "二、預算支出: 1-6月，全縣完成一般公共預算支出18.6億元，同比增長5.2%.完成年度預算的52%.\n",
         "RUNIN 1 \"總體概況：\"", "RUNIN 2 \"預算支出：\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        char text[2048];
        snprintf(text, sizeof text, "某市财政收支情况\n%s", yes[k][0]);
        expect_in(text, yes[k][1], true);
        expect_in(text, yes[k][2], true);
        expect_in(text, "PARAGRAPH 1 \"", true);
    }
    /* the second item, one sentence, is one like its sibling */
    expect_in("某市财政收支情况\n（一）收入情況：1至8月，全縣累計完成一般公共預算收入26.05億元，同比增長1.82%。稅收收入完成18.2億元。\n"
              "（二）支出情況：1至8月，全縣累計完成一般公共預算支出27.53億元，增長9.39%。\n",
              "RUNIN 2 level=2 \"支出情況：\"", true);
    /* the paragraph is the rest of the line */
    expect_in("某市财政收支情况\n(一)收入情况:元至5月,全市累计完成一般公共预算收入126.05亿元,同比增加2.25亿元,增长1.82%.其中税收收入完成80.18亿元.\n"
              "(二)支出情况:元至5月,全市累计完成一般公共预算支出227.53亿元,增加19.54亿元,增长9.39%。\n",
              "PARAGRAPH 1 \"元至5月，全市累计完成一般公共预算收入126.05亿元", true);
    /* fields and their values, a name alone, a part's name over a short
     * value, a list of numbered paragraphs: no run-in lead */
    const char *no[][2] = {
        {"一、时间:4月9日上午8:00开始,会期半天。\n二、地点:县政府6楼会议室。\n三、对象:各镇乡安委会主任、安委办主任。\n",
         "PARAGRAPH 1 \"一、时间：4月9日"},
        {"一、元旦:1月1日放假1天。\n二、春節:1月31日至2月6日放假調休,共7天。1月26日(星期日)、2月8日(星期六)上班。\n"
         "三、清明節:4月5日放假,4月7日(星期一)補休。\n",
         "PARAGRAPH 2 \"二、春節：1月31日"},
        {"一、项目名称:某某工业园区扩园工程。\n二、项目建设地点:某某县工业园区。\n三、项目单位:某某公司。\n",
         "PARAGRAPH 1 \"一、项目名称：某某"},
        {"一、项目收入:100万元。\n二、项目支出:80万元。\n",
         "PARAGRAPH 1 \"一、项目收入：100万元。\""},
        /* one sentence, the whole item (convention 3) */
        {"一、收入\n1.税收收入:累计完成36552万元,增加2362万元,增长6.91%,占比53.79%;\n"
         "2.非税收入:累计完成31397万元,增加4155万元,增长15.25%,占比46.21%。\n",
         "PARAGRAPH 1 \"1.税收收入：累计完成36552万元"},
        {"一、总体情况：今年以来，全区经济运行总体平稳，主要指标增速均高于全市平均水平。\n"
         "二、财政收入：1-6月，全区完成一般公共预算收入8.6亿元，同比增长5.2%，完成年度预算的52%。\n",
         "PARAGRAPH 1 \"一、总体情况：今年以来"},
        {"一、会议时间:\n3月5日下午2:30。\n二、会议地点:\n区行政中心。\n",
         "SECTION 1 \"会议时间：\""},
        {"一、截至2015年8月底,累计完成公共财政预算总收入67949万元,比上年同期增加6517万元,增长10.61%。\n"
         "二、分收入结构看:截至2015年8月底,累计完成税收收入36552万元,增加2362万元,增长6.91%。\n"
         "三、支出情况:截至8月底,累计完成公共财政预算支出124241万元,增加5025万元,增加4.22%。"
         "累计完成基金支出13658万元,减少14621万元,下降51.7%。\n",
         "PARAGRAPH 3 \"三、支出情况：截至8月底"},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        char text[2048];
        snprintf(text, sizeof text, "某某通知\n%s", no[k][0]);
        expect_in(text, no[k][1], true);
        expect_in(text, "RUNIN", false);
    }
}

/* Round 42 class P (stats-shangyu-2013-metadata-pipes line 1): an empty
 * markdown picture (![]() or ![](url), no alt text) left by a page's copy
 * holds no text: a pipe row of pictures and bars alone is no row of its
 * table, and a picture in a row of text is an empty cell. */
static void test_round42_empty_picture_is_no_row(void **state)
{
    (void)state;
    const char *pics[] = {"![]() |", "![](http://www.example.gov.cn/images/a.png) |", "| ![]() |"};
    for (size_t k = 0; k < sizeof pics / sizeof *pics; k++) {
        char text[1024];
        snprintf(text, sizeof text,
                 "%s\n|\n索引号: | 002590358/2022-77135 | 公开方式: | 主动公开 |\n"
                 "文号: | 公开日期: | 2022-08-17 10:51 | |\n发布单位: | 某某区统计局 |\n"
                 "2013年某某区国民经济和社会发展统计公报\n2013年全区经济平稳增长。\n",
                 pics[k]);
        expect_in(text, "    TABLE 1 @3:1\n      ROW @3:1\n        CELL \"索引号：\"", true);
        expect_in(text, "![", false);
        expect_in(text, "ROW @1:1", false);
    }
    /* between rows of a real table: no row; in a row of text: an empty cell */
    expect_dump("标题\n| 指标 | 数值 |\n|---|---:|\n| ![]() | |\n| 专利 | 1,052 |\n| ![]() | 36 |\n说明。\n", 0,
                "DOCUMENT\n"
                "  TITLE \"标题\" @1:1\n"
                "  LEAD @2:1\n"
                "    TABLE 1 @2:1\n"
                "      ROW header @2:1\n"
                "        CELL \"指标\" @2:3\n"
                "        CELL \"数值\" @2:8\n"
                "      ROW @5:1\n"
                "        CELL \"专利\" @5:3\n"
                "        CELL \"1,052\" @5:8\n"
                "      ROW @6:1\n"
                "        CELL \"\" @6:2\n"
                "        CELL \"36\" @6:11\n"
                "    PARAGRAPH 2 \"说明。\" @7:1\n");
    /* a picture named by its alt text stays */
    expect_in("标题\n| 指标 | 数值 |\n|---|---:|\n| ![专利](a.png) | 1,052 |\n说明。\n", "CELL \"![专利](a.png)\"", true);
}

/* Asserts the dump of `text` holds (or, when `has` is false, lacks)
 * `needle`. */
static void mendL_dump_has(const char *text, const char *needle, bool has)
{
    char *out = tu_parse_dump(text, 0);
    if ((strstr(out, needle) != NULL) != has)
        fail_msg("dump %s '%s':\n%s", has ? "lacks" : "holds", needle, out);
    free(out);
}

/* mendL, review41 item 9: in a copy marking each paragraph's end (hd9), a
 * marked line holding an amount, a number then its unit or scale (完成15亿元,
 * 3000人, 12萬噸), is a sentence that lost its stop, no heading; a heading's
 * year (2019年及今年以来工作回顾hd9) stays a heading. */
static void test_mendL_marked_line_with_amount_is_no_heading(void **state)
{
    (void)state;
    static const char *const no[] = {"全县财政收入完成15亿元", "全年新增就业岗位3000人", "全縣糧食總產達到12萬噸",
                                     "全县新建农村公路120公里"};
    char text[1024], needle[128];
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text,
                 "某某县2020年政府工作报告\n各位代表：现在，我代表县人民政府向大会报告工作，请予审议。hd9\n"
                 "2019年及今年以来工作回顾hd9\n2019年是新中国成立70周年，全县地区生产总值增长6.5%%，达到\n"
                 "120亿元。hd9\n%shd9\n增长8%%。hd9\n二、2020年工作安排hd9\n今年工作的总体要求是稳中求进。hd9\n",
                 no[k]);
        snprintf(needle, sizeof needle, "SECTION 0 \"%shd9\"", no[k]);
        mendL_dump_has(text, needle, false);
        mendL_dump_has(text, "  SECTION 0 \"2019年及今年以来工作回顾hd9\" @3:1\n", true);
    }
}

/* mendL, review41 item 10: a nameless chapter line (第二章) over a sentence
 * citing an article (第三条规定的事项已经落实。, 第五条的规定…, 第三條規定…,
 * 第二条第一款…) is no heading; over the article itself (第三条　业主…,
 * 第三条为加强管理…) it is, as before. */
static void test_mendL_article_cited_in_prose_is_no_article(void **state)
{
    (void)state;
    static const char *const no[] = {"第三条规定的事项已经落实。", "第五条的规定已经全部落实。", "第三條規定的事項已經落實。",
                                     "第二条第一款所列事项已经完成。", "第三条和第四条的要求均已达到。"};
    static const char *const yes[] = {"第三条　业主享有下列权利。", "第三条 业主享有下列权利。",
                                      "第三条为加强物业管理，制定本办法。", "第三條　業主享有下列權利。"};
    char text[1024];
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text, "某某县工作总结\n\n第一章\n本章介绍全县概况。全县地区生产总值增长6.5%%。\n第二章\n%s\n",
                 no[k]);
        mendL_dump_has(text, "SECTION 0 \"第二章\"", false);
    }
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text,
                 "某某市物业管理条例\n\n第一章\n第一条　为了规范物业管理活动，制定本条例。\n第二条　本条例适用于本市。\n"
                 "第二章\n%s\n",
                 yes[k]);
        mendL_dump_has(text, "SECTION 0 \"第二章\"", true);
    }
}


/* mendR, review42 item 1: an article whose space after 第N条 was lost may
 * open with 中 和 及 所 至 到 等 之 (第一条中华人民共和国…, 第二条和谐…): its
 * nameless chapter is a heading; 的 款 第 、 ， 规定, and 和/至 before 第
 * still cite the article inside prose. */
static void test_mendR_article_text_opening_with_a_link_word(void **state)
{
    (void)state;
    static const char *const yes[] = {
        "第一条中华人民共和国境内的城市管理活动，适用本条例。\n第二条和谐有序的城市环境由全体市民共同维护。\n",
        "第一條中華人民共和國境內的城市管理活動，適用本條例。\n第二條和諧有序的城市環境由全體市民共同維護。\n",
        "第一条所称城市管理，是指市容环境卫生管理。\n", "第一条及时处理群众投诉是各部门的职责。\n",
        "第一条至关重要的是保障市民安全。\n", "第一条之规定如下：市容整洁。\n"};
    static const char *const no[] = {"第三条规定的事项已经落实。", "第三條規定的事項已經落實。", "第三条和第四条的要求均已达到。",
                                     "第三条至第五条的要求均已达到。", "第三條至第五條的要求均已達到。", "第三条、第四条已废止。"};
    char text[1024];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text, "某市城市管理条例\n\n第一章\n%s第二章\n第三条　本条例自2024年1月1日起施行。\n", yes[k]);
        mendL_dump_has(text, "  SECTION 0 \"第一章\" @3:1\n", true);
    }
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text, "某某县工作总结\n\n第一章\n本章介绍全县概况。全县地区生产总值增长6.5%%。\n第二章\n%s\n",
                 no[k]);
        mendL_dump_has(text, "SECTION 0 \"第二章\"", false);
    }
}

/* mendR, review42 item 3: a list of fields whose first name ends in 情况
 * (一、会议情况：… 二、参会人员：…) stays numbered paragraphs; a list whose
 * next item opens with a part's name too (收入情况 / 支出情况) is run in. */
static void test_mendR_part_lead_needs_a_part_sibling(void **state)
{
    (void)state;
    static const char *const fields[] = {
        "关于召开工作会议的通知\n各单位：\n一、会议情况：会议定于2024年3月5日上午9时在市政府三楼会议室召开。请各单位准时参加。\n"
        "二、参会人员：各单位主要负责同志。\n三、有关要求：请于3月4日前报送参会名单。联系电话：12345678。\n",
        "關於召開工作會議的通知\n各單位：\n一、會議情況：會議定於2024年3月5日上午9時在市政府三樓會議室召開。請各單位準時參加。\n"
        "二、參會人員：各單位主要負責同志。\n三、有關要求：請於3月4日前報送參會名單。聯繫電話：12345678。\n"};
    for (size_t k = 0; k < 2; k++) {
        mendL_dump_has(fields[k], "RUNIN", false);
        mendL_dump_has(fields[k], "PARAGRAPH 2 \"二、", true);
    }
    static const char *const parts[] = {
        "某市2024年1-5月财政收支情况\n（一）收入情况：1至5月，全市累计完成一般公共预算收入126.05亿元，同比增长5.2%。"
        "其中税收收入80.1亿元，增长4.3%。\n（二）支出情况：1至5月，全市一般公共预算支出200.3亿元，同比增长3.1%。"
        "其中民生支出160.2亿元，增长5.0%。\n",
        "某市2024年1-5月財政收支情況\n（一）收入情況：1至5月，全市累計完成一般公共預算收入126.05億元，同比增長5.2%。"
        "其中稅收收入80.1億元，增長4.3%。\n（二）支出情況：1至5月，全市一般公共預算支出200.3億元，同比增長3.1%。"
        "其中民生支出160.2億元，增長5.0%。\n"};
    mendL_dump_has(parts[0], "RUNIN 1 level=2 \"收入情况：\"", true);
    mendL_dump_has(parts[0], "RUNIN 2 level=2 \"支出情况：\"", true);
    mendL_dump_has(parts[1], "RUNIN 1 level=2 \"收入情況：\"", true);
    mendL_dump_has(parts[1], "RUNIN 2 level=2 \"支出情況：\"", true);
}

/* mendR, review42 item 4: a '.' inside a web address or a file name
 * (www.czj.gov.cn, 附件.pdf) ends no sentence; after Han, a digit or % and
 * before Han it does (增长3.6%.其中). */
static void test_mendR_part_lead_dot_in_an_address(void **state)
{
    (void)state;
    static const char *const one[] = {
        "关于公开2023年部门预算的说明\n一、基本情况：本部门预算详见市财政局网站www.czj.gov.cn公开专栏内容\n"
        "二、收支情况：收入合计100万元，支出合计100万元\n",
        "關於公開2023年部門預算的說明\n一、基本情況：本部門預算詳見市財政局網站www.czj.gov.cn公開專欄內容\n"
        "二、收支情況：收入合計100萬元，支出合計100萬元\n",
        "关于公开2023年部门预算的说明\n一、基本情况：本部门预算详见附件部门预算表2023.pdf所列各项内容和说明\n"
        "二、收支情况：收入合计100万元，支出合计100万元\n"};
    for (size_t k = 0; k < sizeof one / sizeof *one; k++) {
        mendL_dump_has(one[k], "RUNIN", false);
        mendL_dump_has(one[k], "PARAGRAPH 1 \"一、", true);
    }
    static const char *const two =
        "关于公开2023年部门预算的说明\n一、基本情况：全县完成一般公共预算收入15.6亿元，增长3.6%.其中税收收入10.2亿元，增长4.3%\n"
        "二、收支情况：全县一般公共预算支出25.6亿元，增长2.6%.其中民生支出20.2亿元，增长5.3%\n";
    mendL_dump_has(two, "RUNIN 1 \"基本情况：\"", true);
}

/* Round 41 class 6 (third part): leads run into their first sentence
 * without a mark, an indicator's name right before a year phrase and a
 * comma, the sentence naming it again (降水量2016年,全國年平均降水量
 * 730.0mm…), in sibling paragraphs one after another: run-in leads. */
static void test_round41_year_led_runin_leads(void **state)
{
    (void)state;
    const char *trad = "某年水資源公報\n\n一、水資源量\n\n"
                       "  降水量2016年,全國年平均降水量730.0mm,比多年平均偏多13.6%。\n\n"
                       "  地表水資源量2016年,全國地表水資源量31273.9億m3,比多年平均偏多17.1%。\n\n"
                       "  水資源總量2016年,全國水資源總量為32466.4億m3,比2015年增加16.1%。\n";
    expect_in(trad, "    RUNIN 0 level=2 \"降水量\" @5:3\n      PARAGRAPH 1 \"2016年，全國年平均降水量", true);
    expect_in(trad, "    RUNIN 0 level=2 \"地表水資源量\" @7:3\n", true);
    expect_in(trad, "    RUNIN 0 level=2 \"水資源總量\" @9:3\n", true);
    /* simplified, full-width commas, 年度 and a half-year after the year */
    const char *simp = "某市水资源公报\n用水总量2023年度，全市用水总量12.3亿立方米，比上年减少0.4亿立方米。\n"
                       "供水总量2023年上半年，全市供水总量6.1亿立方米，同比增长2.1%。\n";
    expect_in(simp, "  RUNIN 0 \"用水总量\" @2:1\n", true);
    expect_in(simp, "  RUNIN 0 \"供水总量\" @3:1\n", true);
    /* one such paragraph alone is no habit */
    expect_in("某市水资源公报\n用水总量2023年，全市用水总量12.3亿立方米，比上年减少0.4亿立方米。\n"
              "全年供水总量12.3亿立方米，比上年减少0.4亿立方米。\n",
              "RUNIN", false);
    /* a subject before its year, never named again, a scope or a place
     * before the year: ordinary sentences */
    expect_in("某县统计公报\n地区生产总值2023年，达到439.19亿元，比上年增长3.3%。\n"
              "财政收入2023年，完成45.6亿元，比上年增长5.1%。\n"
              "全年地区生产总值2023年，全年地区生产总值439.19亿元。\n"
              "某某县2023年，某某县常住人口94.9万人，比上年末增加0.1万人。\n",
              "RUNIN", false);
    /* the two not one after the other: a plain paragraph between */
    expect_in("某市水资源公报\n用水总量2023年，全市用水总量12.3亿立方米，比上年减少0.4亿立方米。\n"
              "全年供水总量12.3亿立方米，比上年减少0.4亿立方米。\n"
              "供水总量2023年，全市供水总量6.1亿立方米，同比增长2.1%。\n",
              "RUNIN", false);
}

/* Round 41 class 7: a release flattened onto one line, its title, a
 * bracketed date, its issuer, the lead paragraph and a numbered heading
 * with commas (and a converter's readings) between spaces: the front
 * parts and the heading, as on their own lines. */
static void test_round41_flat_release_with_dated_issuer(void **state)
{
    (void)state;
    const char *simp = "前三季度国民经济运行稳中有进 (2016年10月19日) 中华人民共和国国家统计局 "
                       "今年以来，各地区各部门认真贯彻落实党中央国务院各项决策部署，国民经济运行稳中有进。 "
                       "一、农业生产基本稳定，秋粮生长形势较好 全国夏粮总产量13926万吨，比上年减少162万吨，下降1.2%。\n";
    expect_in(simp, "  TITLE \"前三季度国民经济运行稳中有进\" @1:1\n", true);
    expect_in(simp, "  DATE \"2016年10月19日\" iso=2016-10-19", true);
    expect_in(simp, "  SIGNATURE \"中华人民共和国国家统计局\"", true);
    expect_in(simp, "  SECTION 1 \"农业生产基本稳定，秋粮生长形势较好\"", true);
    /* traditional with readings, ASCII parentheses and commas, the
     * section's text opening with a month */
    const char *trad = "4月份國(guó)民經(jīng)濟(jì)運(yùn)行總體平穩(wěn) (2018年5月15日) 中華人民共和國(guó)國家統(tǒng)計(jì)局 "
                       "4月份,各地區(qū)各部門認真貫徹落實黨中央國(guó)務(wù)院各項(xiàng)決策部署,國(guó)民經(jīng)濟(jì)穩(wěn)中有進(jìn)。 "
                       "一、工業(yè)生產(chǎn)增勢(shì)明顯,新產(chǎn)業(yè)新產(chǎn)品快速增長(zhǎng) 4月份,全國(guó)規(guī)模以上工業(yè)增加值同比實(shí)際增長(zhǎng)7.0%。\n";
    expect_in(trad, "  DATE \"2018年5月15日\" iso=2018-05-15", true);
    /* the issuer stands apart (its SIGNATURE with readings waits on
     * docparts.c's length of an issuer under the date, readings counted) */
    expect_in(trad, "  LEAD @1:81\n    PARAGRAPH 1 \"4月份，各地區（qū）各部門", true);
    expect_in(trad, "  SECTION 1 \"工業（yè）生產（chǎn）增勢（shì）明顯，新產（chǎn）業（yè）新產（chǎn）品快速增長（zhǎng）\"", true);
    /* a bracketed date inside a sentence of a flattened line is no date */
    expect_in("某县召开会议 会议指出 (2016年10月19日) 全县各部门认真贯彻落实县委各项决策部署，经济运行稳中有进。 "
              "会议强调，要抓好各项工作，确保完成全年目标任务，推动经济社会高质量发展。\n",
              "DATE", false);
}

/* review42 item 6: a part's name led by its year (一、2023年收入情况：…)
 * is a part's lead run in as 一、收入情况：… is; a field's name led by a
 * year (一、2023年项目名称：…) stays a numbered paragraph. */
static void test_lines41_year_led_part_lead(void **state)
{
    (void)state;
    const char *simp = "某市财政收支情况\n"
                       "一、2023年收入情况：全年全市累计完成一般公共预算收入126.05亿元，同比增长1.82%。其中税收收入80.18亿元。\n"
                       "二、2023年支出情况：全年全市累计完成一般公共预算支出227.53亿元，增长9.39%。其中民生支出180.2亿元。\n";
    expect_in(simp, "RUNIN 1 \"2023年收入情况：\"", true);
    expect_in(simp, "RUNIN 2 \"2023年支出情况：\"", true);
    const char *trad = "某縣財政收支情況\n"
                       "（一）2022年度收入情況: 全年全縣累計完成一般公共預算收入26.05億元，同比增長1.82%。稅收收入完成18.2億元。\n"
                       "（二）2022年度支出情況: 全年全縣累計完成一般公共預算支出27.53億元，增長9.39%。其中民生支出21.6億元。\n";
    expect_in(trad, "RUNIN 1 level=2 \"2022年度收入情況：\"", true);
    expect_in(trad, "RUNIN 2 level=2 \"2022年度支出情況：\"", true);
    /* a field's name after the year names no part */
    expect_in("某项目公示\n一、2023年项目名称：某某村道路硬化工程，全长3.2公里，宽4.5米。由村委会组织实施。\n"
              "二、2023年项目地点：某某村一组至三组，沿线涉及农户86户。由镇政府监督。\n",
              "RUNIN 1 \"2023年项目名称：\"", false);
}

/* review42 item 7: a numbered lead ending in a colon wrapped over two
 * lines, the colon's words alone at the next line's start (一、关于…收支
 * 执行的主要 / 情况：): the lead's tail joins it; a paragraph or a field
 * opening under a heading (其中：…, 项目名称：…) stays apart. */
static void test_lines41_wrapped_colon_lead(void **state)
{
    (void)state;
    expect_in("某市财政收支情况\n一、关于今年以来全市一般公共预算收支执行的主要\n情况：\n"
              "全年全市累计完成一般公共预算收入126.05亿元，同比增长1.82%。其中税收收入80.18亿元。\n"
              "二、关于下半年工作安排的主要打算：\n全年全市累计完成一般公共预算支出227.53亿元，增长9.39%。\n",
              "SECTION 1 \"关于今年以来全市一般公共预算收支执行的主要情况：\"", true);
    /* traditional, the paragraph after the colon on the tail's line */
    const char *trad = "某縣財政收支情況\n（一）一般公共預算收入執行\n"
                       "情況：全年全縣累計完成一般公共預算收入26.05億元，同比增長1.82%。稅收收入完成18.2億元。\n"
                       "（二）一般公共預算支出執行情況：全年全縣累計完成一般公共預算支出27.53億元，增長9.39%。其中民生支出21.6億元。\n";
    expect_in(trad, "RUNIN 1 level=2 \"一般公共預算收入執行情況：\"", true);
    /* 其中：… and a field under a heading are no tail */
    expect_in("某市财政收支情况\n一、一般公共预算收入\n其中：税收收入80.18亿元，同比增长3.6%。非税收入45.87亿元。\n",
              "SECTION 1 \"一般公共预算收入\"", true);
    expect_in("某项目公示\n一、基本情况\n项目名称：某某村道路硬化工程，全长3.2公里。\n", "SECTION 1 \"基本情况\"", true);
    /* a lead under a whole heading's name */
    expect_in("某市经济运行情况\n一、主要指标完成情况\n总体情况：全年全市经济运行总体平稳，主要指标增速均高于全省平均水平。\n",
              "SECTION 1 \"主要指标完成情况\"", true);
}

/* lines44 (tab41b): a unit statement then, after a space or a pipe row's
 * cell, the table's period (| 单位：万元 | | 2023年1-6月 |, 单位：万元
 * 2023年1-6月): the period stays apart by one space, the unit is the
 * table's (the cells read 万元, not 万元2023年1-6月). */
static void test_lines44_unit_row_keeps_period_apart(void **state)
{
    (void)state;
    static const char *const tops[][2] = {
        {"| 单位：万元 | | 2023年1-6月 |", "NOTE \"单位：万元 2023年1-6月\""},
        {"单位：万元 2023年1-6月", "NOTE \"单位：万元 2023年1-6月\""},
        {"| 单位:亿元 | 2024年1-9月 |", "NOTE \"单位：亿元 2024年1-9月\""},
        {"| 計量單位：萬元 | | 2023年1-6月 |", " \"計量單位：萬元 2023年1-6月\""},
        {"單位：萬元　2023年1-6月", " \"單位：萬元 2023年1-6月\""},
    };
    /* (a traditional unit line is a paragraph: docparts.c's bl_p_is_note
     * reads simplified 单位 only) */
    char text[1024];
    for (size_t k = 0; k < sizeof tops / sizeof *tops; k++) {
        snprintf(text, sizeof text,
                 "某县2023年上半年财政收支情况\n\n%s\n\n| 项目 | 金额 | 增长%% |\n| --- | --- | --- |\n"
                 "| 一般公共预算收入 | 12345 | 5.6 |\n",
                 tops[k][0]);
        mendL_dump_has(text, tops[k][1], true);
        mendL_dump_has(text, "2023年1-6月\"", k != 2);
    }
    /* the unit's cells: 万元 alone */
    mendL_dump_has("某县财政收支情况\n\n| 单位：万元 | | 2023年1-6月 |\n\n| 项目 | 金额 |\n| --- | --- |\n"
                   "| 一般公共预算收入 | 12345 |\n",
                   "unit=\"万元\"", true);
    /* not: a unit's translation (one space, as before), a unit with no
     * period after it, a sentence's words after a unit */
    mendL_dump_has("某县财政收支情况\n\n| 单位:亿元 | (Unit: 100 million yuan) |\n\n| 项目 | 金额 |\n| --- | --- |\n"
                   "| 一般公共预算收入 | 12345 |\n",
                   " \"单位：亿元 (Unit: 100 million yuan)\"", true);
    mendL_dump_has("某县财政收支情况\n\n单位：万元\n\n| 项目 | 金额 |\n| --- | --- |\n| 一般公共预算收入 | 12345 |\n",
                   "NOTE \"单位：万元\"", true);
    mendL_dump_has("各单位要高度重视，认真落实 2023年工作要求。\n", "落实 2023", false);
}

/* lines44, round 41 (approval-dingxi, convention 3): a list whose items
 * each take one line, the run-in ones with their paragraph after the lead
 * on that line; a later item that is one long sentence, the whole line,
 * then the text's own paragraph (no item's): a numbered paragraph, not a
 * lead run in over that paragraph.  Not when the siblings' paragraphs
 * stand on lines of their own (the item is a lead over its paragraph), nor
 * for a short heading phrase. */
static void test_lines44_whole_sentence_item_after_line_runins(void **state)
{
    (void)state;
    static const char *const yes[][2] = {
        {"一、同意撤销定西地区和定西县，设立地级定西市。市人民政府驻新设立的安定区中华路。\n"
         "二、定西市设立安定区。以原定西县的行政区域为安定区的行政区域，区人民政府驻公园路。\n"
         "三、定西市辖原定西地区的通渭县、陇西县、渭源县、临洮县、漳县、岷县和新设立的安定区。\n"
         "定西市的各类机构要按照“精减、效能”的原则设置，所需人员编制和经费由你省自行解决。\n",
         "PARAGRAPH 4 \"三、定西市辖原定西地区的通渭县、陇西县、渭源县、临洮县、漳县、岷县和新设立的安定区。\""},
        {"一、同意撤銷定西地區(qū)和定西縣,設(shè)立地級(jí)定西市。市人民政府駐新設(shè)立的安定區(qū)中華路。\n"
         "二、定西市設(shè)立安定區(qū)。以原定西縣的行政區(qū)域為安定區(qū)的行政區(qū)域,區(qū)人民政府駐公園路。\n"
         "三、定西市轄原定西地區(qū)的通渭縣、隴西縣、渭源縣、臨洮縣、漳縣、岷縣和新設(shè)立的安定區(qū)。\n"
         "定西市的各類機(jī)構(gòu)要按照“精減、效能”的原則設(shè)置,所需人員編制和經(jīng)費(fèi)由你省自行解決。\n",
         "PARAGRAPH 4 \"三、定西市轄原定西地區（qū）的通渭縣、隴西縣、渭源縣、臨洮縣、漳縣、岷縣和新設（shè）立的安定區（qū）。\""},
    };
    char text[2048];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text, "国务院关于同意甘肃省撤销定西地区设立地级定西市的批复\n甘肃省人民政府：\n"
                 "你省的请示收悉。现批复如下：\n%s国务院\n二○○三年四月四日\n", yes[k][0]);
        mendL_dump_has(text, yes[k][1], true);
        mendL_dump_has(text, "RUNIN 1 ", true);
        mendL_dump_has(text, "RUNIN 3 ", false);
    }
    /* not: siblings whose paragraphs stand on lines of their own */
    mendL_dump_has("某县关于做好安全生产工作的通知\n各乡镇：\n现将有关事项通知如下：\n"
                   "一、全面排查整治各类安全隐患。\n各乡镇要对辖区内企业开展全面排查，建立台账，限期整改。\n"
                   "二、切实加强重点行业领域的安全监管工作和执法检查。\n各有关部门要加强执法检查，依法查处违法行为。\n"
                   "三、严格落实各级各部门安全生产责任制度和值班值守制度。\n各单位要严格执行领导带班和二十四小时值班制度。\n"
                   "某县人民政府\n2023年5月1日\n",
                   "RUNIN 3 \"严格落实各级各部门安全生产责任制度和值班值守制度。\"", true);
    /* not: a short heading phrase after line run-ins */
    mendL_dump_has("某县关于做好安全生产工作的通知\n各乡镇：\n现将有关事项通知如下：\n"
                   "一、全面排查。各乡镇要对辖区内企业开展全面排查，建立台账，限期整改。\n"
                   "二、加强监管。各有关部门要加强执法检查，依法查处违法行为。\n"
                   "三、落实责任。\n各单位要严格执行领导带班和二十四小时值班制度，确保安全。\n"
                   "某县人民政府\n2023年5月1日\n",
                   "RUNIN 3 \"落实责任。\"", true);
}

/* mendL43, review43 item 1: a wrapped numbered heading whose next line
 * opens with a part's word and a colon, then body text (一、关于…的主要 /
 * 情况：2023年，…。): the join must not swallow the sentence after the
 * colon; the heading stays a SECTION.  情况： alone on its line still joins. */
static void test_mendL43_colon_lead_with_text_after_colon(void **state)
{
    (void)state;
    mendL_dump_has("某县2023年预算执行情况\n一、关于2023年预算执行的主要\n"
                   "情况：2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\n二、收入\n支出：全县支出35.6亿元。\n",
                   "  SECTION 1 \"关于2023年预算执行的主要\" @2:1\n", true);
    mendL_dump_has("某县2023年预算执行情况\n一、关于2023年预算执行的主要\n"
                   "情况：2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\n二、收入\n支出：全县支出35.6亿元。\n",
                   "LEAD", false);
    mendL_dump_has("某縣2023年預算執行情況\n一、2023年一般公共預算收入執行\n"
                   "情況：2023年，全縣一般公共預算收入完成12.3億元，增長5.6%。稅收收入8.2億元。\n二、2024年預算安排\n全縣支出35.6億元。\n",
                   "  SECTION 1 \"2023年一般公共預算收入執行\" @2:1\n", true);
    mendL_dump_has("某縣2023年預算執行情況\n一、2023年一般公共預算收入執行\n"
                   "情況:2023年,全縣一般公共預算收入完成12.3億元,增長5.6%。\n二、2024年預算安排\n全縣支出35.6億元。\n",
                   "  SECTION 1 \"2023年一般公共預算收入執行\" @2:1\n", true);
    /* the colon alone at the line's end: joined */
    mendL_dump_has("某县2023年预算执行情况\n一、关于2023年预算执行的主要\n情况：\n"
                   "2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\n二、2024年预算安排\n全县支出35.6亿元。\n",
                   "  SECTION 1 \"关于2023年预算执行的主要情况：\" @2:1\n", true);
}

/* mendL43, review43 item 2: a year-led run-in lead's name is an indicator
 * (降水量, 地表水資源量, 一般公共预算收入, 地区生产总值), never an actor
 * (政府, 公司) or a verb phrase (力争到); a name up to ten characters
 * (政府性基金预算收入) keeps the sibling run going. */
static void test_mendL43_year_led_lead_is_an_indicator(void **state)
{
    (void)state;
    const char *near = "关于2023年预算执行情况的报告\n\n各位代表：\n\n财政收入2023年，我们克服多重困难，预算执行总体平稳。\n\n"
                       "政府2023年，政府工作取得新成效。\n\n公司2023年，公司实现营业收入12亿元。公司2024年，公司计划营业收入15亿元。\n\n"
                       "地区生产总值2023年，地区生产总值增长5.1%。\n\n力争到2025年，力争到那时全市地区生产总值突破1000亿元。\n";
    mendL_dump_has(near, "RUNIN 0 \"政府\"", false);
    mendL_dump_has(near, "RUNIN 0 \"公司\"", false);
    mendL_dump_has(near, "RUNIN 0 \"力争到\"", false);
    const char *trad = "某市2023年水資源公報\n\n企業2023年,企業實現營業收入12億元,增長5%。\n\n公司2023年,公司實現營業收入12億元,增長5%。\n";
    mendL_dump_has(trad, "RUNIN", false);
    const char *water = "某市2023年水資源公報\n\n降水量2023年,全市年平均降水量730.0mm,比上年偏多5.2%。\n"
                        "地表水資源量2023年,全市地表水資源量12.5億立方米,比多年平均偏少3.1%。\n"
                        "用水總量2023年上半年,全市用水總量8.6億立方米,比上年同期增加0.2億立方米。\n";
    mendL_dump_has(water, "RUNIN 0 \"降水量\"", true);
    mendL_dump_has(water, "RUNIN 0 \"地表水資源量\"", true);
    mendL_dump_has(water, "RUNIN 0 \"用水總量\"", true);
    const char *nb = "某县人民政府关于2024年财政预算的报告\n\n一般公共预算收入2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\n"
                     "一般公共预算支出2023年，全县一般公共预算支出完成35.6亿元，增长3.2%。\n"
                     "政府性基金预算收入2024年1-6月，全县政府性基金预算收入完成6.2亿元。\n"
                     "某某县2023年，某某县经济运行稳中向好。\n";
    mendL_dump_has(nb, "RUNIN 0 \"政府性基金预算收入\" @5:1", true);
    mendL_dump_has(nb, "RUNIN 0 \"某某县\"", false);
}

/* lines45, round 43 class 4: a list's lone item at the text's end, one
 * whole sentence (三、… / (一)会议原则同意…的筹备意见。 and nothing after it),
 * is a numbered paragraph when the text's earlier list of that level (the
 * items (一)…(六) under 二) was read as numbered paragraphs (convention 3):
 * the text writes its items alike.  Not when no list of that level was read
 * so before (an excerpt's last line (二)关于…的问题。 may be a heading). */
static void test_lines45_lone_last_item_like_earlier_list(void **state)
{
    (void)state;
    const char *simp = "常务会议纪要\nxx年xx月xx日，县长主持召开了县政府第xx次常务会议，现将会议确定事项纪要如下：\n"
                       "一、关于统筹城乡发展有关问题\n"
                       "(一)会议原则同意县经发局关于调整统筹城乡发展领导小组组成人员的意见，会后提交县委常委会议研究。\n"
                       "(二)会议原则同意县经发局关于成立县能源协调领导小组的意见，会后以政府办文件印发。\n"
                       "二、关于秋冬农业生产有关问题\n"
                       "(一)会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\n";
    mendL_dump_has(simp, "PARAGRAPH 4 \"（一）会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\"", true);
    mendL_dump_has(simp, "RUNIN", false);
    const char *trad = "常務會議紀要范文精選\nxx年xx月xx日,代縣長主持召開了縣政府第xx次常務會議,現將會議確定事項紀要如下:\n"
                       "一、關于統籌城鄉發展有關問題\n"
                       "(一)會議原則同意縣經發局關于調整xx縣統籌城鄉發展領導小組組成人員的意見,會后提交縣委常委會議研究。\n"
                       "(二)會議原則同意縣經發局關于成立xx縣能源協調領導小組的意見,會后以政府辦文件印發。\n"
                       "二、關于秋冬農業生產有關問題\n"
                       "(一)會議原則同意縣xx局關于召開秋冬農業農村工作會議的籌備意見。\n";
    mendL_dump_has(trad, "PARAGRAPH 4 \"（一）會議原則同意縣xx局關于召開秋冬農業農村工作會議的籌備意見。\"", true);
    mendL_dump_has(trad, "RUNIN", false);
    /* not: no earlier list of that level read as numbered paragraphs */
    const char *no = "常务会议纪要\nxx年xx月xx日，县长主持召开了县政府第xx次常务会议，现将会议确定事项纪要如下：\n"
                     "一、关于统筹城乡发展有关问题\n会议原则同意县经发局关于调整统筹城乡发展领导小组组成人员的意见。\n"
                     "二、关于秋冬农业生产有关问题\n"
                     "(一)会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\n";
    mendL_dump_has(no, "RUNIN 1 level=2 \"会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\"", true);
    /* not: the earlier numbered paragraphs are of another level */
    const char *other = "常务会议纪要\n现将会议确定事项纪要如下：\n"
                        "一、会议原则同意县经发局关于调整统筹城乡发展领导小组组成人员的意见，会后提交县委常委会议研究。\n"
                        "二、会议原则同意县经发局关于成立县能源协调领导小组的意见，会后以政府办文件印发。\n"
                        "三、关于秋冬农业生产有关问题\n"
                        "(一)会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\n";
    mendL_dump_has(other, "RUNIN 1 level=2 \"会议原则同意县农业局关于召开秋冬农业农村工作会议的筹备意见。\"", true);
}

/* lines45, round 43 class 6 (stats-lianxi-2023-bulletin-forum-trad-
 * flattened 1:561): a bulletin flattened onto one line, a note 注:/註: run in
 * between two sentences after a space (…增長2.4%。 注:往年生產總值數據有修正,
 * 以此次公報數據為準。 年末常住人口…) is split off a NOTE, as it stood on a
 * line of its own under its figures.  Not a 注意/注重 sentence, not a 注:
 * opening a line of its own (a 注: paragraph under no caption stays one),
 * not a 注 inside a sentence. */
static void test_lines45_note_inside_flattened_line(void **state)
{
    (void)state;
    static const char *const yes[][2] = {
        {"2023年九江市濂溪區國民經濟和社會發展統計公報 2023年,是全面貫徹黨的二十大精神開局之年,也是濂溪改革發展進程中具有重大歷史意義的一年。"
         " 一、綜合 初步核算,全年地區生產總值3780871萬元,比上年增長2.4%。其中,第一產業增加值60666萬元,增長3.9%。"
         " 注:往年生產總值數據有修正,以此次公報數據為準。 年末常住人口398239人,比上年末增加5938人。"
         " 二、農業 全年糧食總產量12.5萬噸,比上年增長1.2%。\n",
         "NOTE \"注：往年生產總值數據有修正，以此次公報數據為準。\""},
        {"2023年某某区国民经济和社会发展统计公报 2023年，是全面贯彻党的二十大精神开局之年，也是全区改革发展进程中具有重大意义的一年。"
         " 一、综合 初步核算，全年地区生产总值3780871万元，比上年增长2.4%。其中，第一产业增加值60666万元，增长3.9%。"
         " 注：往年生产总值数据有修正，以此次公报数据为准。 年末常住人口398239人，比上年末增加5938人。"
         " 二、农业 全年粮食总产量12.5万吨，比上年增长1.2%。\n",
         "NOTE \"注：往年生产总值数据有修正，以此次公报数据为准。\""},
        {"2023年某某區國民經濟和社會發展統計公報 2023年,是全面貫徹黨的二十大精神開局之年,也是全區改革發展進程中具有重大意義的一年。"
         " 一、綜合 初步核算,全年地區生產總值3780871萬元,比上年增長2.4%。其中,第一產業增加值60666萬元,增長3.9%。"
         " 註1:地區生產總值按現價計算,增長速度按不變價計算。 年末常住人口398239人,比上年末增加5938人。"
         " 二、農業 全年糧食總產量12.5萬噸,比上年增長1.2%。\n",
         "NOTE \"註1：地區生產總值按現價計算，增長速度按不變價計算。\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        mendL_dump_has(yes[k][0], yes[k][1], true);
        mendL_dump_has(yes[k][0], "SECTION 2 ", true);
    }
    /* not: a sentence of 注意 after a space; a 注 inside a sentence */
    mendL_dump_has("2023年某某区国民经济和社会发展统计公报 2023年，是全面贯彻党的二十大精神开局之年，也是全区改革发展进程中具有重大意义的一年。"
                   " 一、综合 初步核算，全年地区生产总值3780871万元，比上年增长2.4%。其中，第一产业增加值60666万元，增长3.9%。"
                   " 注意：各项数据均为初步统计数。 年末常住人口398239人，比上年末增加5938人，注:含流动人口。"
                   " 二、农业 全年粮食总产量12.5万吨，比上年增长1.2%。\n",
                   "NOTE", false);
    /* not: a 注: line of its own between paragraphs */
    mendL_dump_has("2023年某某区国民经济和社会发展统计公报\n一、综合\n初步核算，全年地区生产总值3780871万元，比上年增长2.4%。\n"
                   "注:往年生产总值数据有修正,以此次公报数据为准。\n年末常住人口398239人，比上年末增加5938人。\n",
                   "NOTE", false);
}

/* lines45, mendL43's left item: a level-1 or level-2 item whose text opens
 * with a part's name ending in 情况/概况 (a year or digits inside it:
 * 关于2023年预算执行的主要情况), a colon, then its paragraph on the line
 * (一、…情况：2023年，…。税收…) is a lead run in at its colon: the name ends
 * there, not at the first sentence's stop; so is such an item whose
 * paragraph is one sentence (a lone 一、…情况：<sentence> over 二、… a
 * heading), as the same item wrapped before its colon is read.  Not a
 * field (一、时间：…), not a name with a comma, not an item of a list whose
 * items before it are numbered paragraphs, not a level-3 item. */
static void test_lines45_part_name_ends_at_colon(void **state)
{
    (void)state;
    static const char *const yes[][3] = {
        {"一、关于2023年预算执行的主要情况：2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。税收收入8.2亿元。\n",
         "RUNIN 1 \"关于2023年预算执行的主要情况：\" @2:1\n",
         "PARAGRAPH 1 \"2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。税收收入8.2亿元。\""},
        {"一、关于2023年预算执行的主要情况：全县一般公共预算收入完成12.3亿元，增长5.6%。税收收入8.2亿元。\n",
         "RUNIN 1 \"关于2023年预算执行的主要情况：\" @2:1\n",
         "PARAGRAPH 1 \"全县一般公共预算收入完成12.3亿元，增长5.6%。税收收入8.2亿元。\""},
        {"一、2023年一般公共預算收入執行情況:2023年,全縣一般公共預算收入完成12.3億元,增長5.6%。稅收收入8.2億元。\n",
         "RUNIN 1 \"2023年一般公共預算收入執行情況：\" @2:1\n",
         "PARAGRAPH 1 \"2023年，全縣一般公共預算收入完成12.3億元，增長5.6%。稅收收入8.2億元。\""},
        /* one sentence after the colon, the next item a heading */
        {"一、关于2023年预算执行的主要情况：2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\n",
         "RUNIN 1 \"关于2023年预算执行的主要情况：\" @2:1\n",
         "PARAGRAPH 1 \"2023年，全县一般公共预算收入完成12.3亿元，增长5.6%。\""},
        {"（一）2023年全縣財政收支概況：2023年，全縣一般公共預算收入完成12.3億元，增長5.6%。\n",
         "RUNIN 1 level=2 \"2023年全縣財政收支概況：\" @2:1\n",
         "PARAGRAPH 1 \"2023年，全縣一般公共預算收入完成12.3億元，增長5.6%。\""},
    };
    char text[2048];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text, "某县2023年预算执行情况\n%s二、2024年预算安排\n全县支出35.6亿元。\n", yes[k][0]);
        mendL_dump_has(text, yes[k][1], true);
        mendL_dump_has(text, yes[k][2], true);
        mendL_dump_has(text, "LEAD", false);
    }
    /* not: a field and its value; a long sentence with a comma before the
     * colon; items after a numbered paragraph of the list; a level-3 item */
    mendL_dump_has("某县召开安全生产会议的通知\n一、时间：2023年5月1日上午9时，会期半天，地点在县政府三楼会议室。\n二、参会人员\n各乡镇负责人。\n",
                   "RUNIN 1 \"时间：\"", false);
    mendL_dump_has("某县2023年预算执行情况\n一、全县认真落实上级决策部署，经济运行情况：总体平稳，一般公共预算收入完成12.3亿元，增长5.6%。\n"
                   "二、2024年预算安排\n全县支出35.6亿元。\n",
                   "RUNIN 1 \"全县认真落实上级决策部署，经济运行情况：\"", false);
    mendL_dump_has("某县2023年预算执行情况\n一、截至2023年底，全县一般公共预算收入完成12.3亿元，增长5.6%。\n"
                   "二、支出执行情况：全县一般公共预算支出完成35.6亿元，增长3.2%。其中民生支出28.1亿元，占比79%。\n三、2024年预算安排\n",
                   "RUNIN 2 ", false);
    mendL_dump_has("某县2023年预算执行情况\n一、收入\n1.税收收入执行情况：累计完成12.3亿元，同比增长6.91%；\n2.非税收入执行情况：累计完成3.3亿元，同比下降2.1%。\n",
                   "RUNIN 1 level=3 \"税收收入执行情况：\"", false);
}

/* lines45, round 35 class 3 (stats-yaan-2024q3-epaper-headline lines 5-6):
 * a bulletin's parts one paragraph each, the first ones led by a headline
 * clause and a comma (农业生产形势较好，第一产业增加值…), the last two by a
 * whole clause and 。 (固定资产投资稳步增长。全市…, 消费服务保持增长。…): the
 * two clauses are run-in leads, as three such clauses in a row are.  Not
 * two such paragraphs alone, nor after paragraphs that open otherwise. */
static void test_lines45_two_clause_leads_after_comma_leads(void **state)
{
    (void)state;
    static const char *const yes[][3] = {
        {"实现地区生产总值744.94亿元，同比增长6.3%\n"
         "农业生产形势较好，第一产业增加值145.88亿元，增长3.8%。初步统计，蔬菜产量增长4.5%。\n"
         "工业运行平稳向好，第二产业增加值222.80亿元，增长6.2%。全市规模以上工业增加值同比增长4.9%。\n"
         "固定资产投资稳步增长。全市固定资产投资同比增长2.5%，其中基础设施投资增长3.6%。\n"
         "消费服务保持增长。全市实现社会消费品零售总额253.08亿元，同比增长5.5%。\n本报记者 杨宇龙\n",
         "RUNIN 0 \"固定资产投资稳步增长。\"", "RUNIN 0 \"消费服务保持增长。\""},
        {"實現地區生產總值744.94億元,同比增長6.3%\n"
         "農業生產形勢較好,第一產業增加值145.88億元,增長3.8%。初步統計,蔬菜產量增長4.5%。\n"
         "固定資產投資穩步增長。全市固定資產投資同比增長2.5%,其中基礎設施投資增長3.6%。\n"
         "消費服務保持增長。全市實現社會消費品零售總額253.08億元,同比增長5.5%。\n",
         "RUNIN 0 \"固定資產投資穩步增長。\"", "RUNIN 0 \"消費服務保持增長。\""},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        mendL_dump_has(yes[k][0], yes[k][1], true);
        mendL_dump_has(yes[k][0], yes[k][2], true);
        mendL_dump_has(yes[k][0], "RUNIN 0 \"农业", false);
        mendL_dump_has(yes[k][0], "RUNIN 0 \"農業", false);
    }
    /* not: two clause leads alone; after paragraphs that open otherwise */
    mendL_dump_has("某县经济运行情况\n今年以来，全县上下认真贯彻落实各项决策部署，经济运行总体平稳。\n"
                   "固定资产投资稳步增长。全市固定资产投资同比增长2.5%，其中基础设施投资增长3.6%。\n"
                   "消费服务保持增长。全市实现社会消费品零售总额253.08亿元，同比增长5.5%。\n",
                   "RUNIN", false);
    mendL_dump_has("某县经济运行情况\n"
                   "固定资产投资稳步增长。全市固定资产投资同比增长2.5%，其中基础设施投资增长3.6%。\n"
                   "消费服务保持增长。全市实现社会消费品零售总额253.08亿元，同比增长5.5%。\n",
                   "RUNIN", false);
}

/* lines46 class 1 (round 43, finalaccounts-shapingba): a caption's number at
 * the line's start then an ASCII colon before a digit (表1:2024年…, 附表2:,
 * 圖3:) is the label's colon, full-width; a ratio's or a time's colon
 * between digits (13:32:54, 08:48, 见表1:2 inside a sentence) stays ASCII. */
static void test_lines46_caption_number_colon_before_digit(void **state)
{
    (void)state;
    static const char *const yes[][2] = {
        {"表1:2024年全区一般公共预算收支决算平衡表\n", "\"表1：2024年全区一般公共预算收支决算平衡表\""},
        {"表1:2024年全區一般公共預算收支決算平衡表\n", "\"表1：2024年全區一般公共預算收支決算平衡表\""},
        {"附表2:2023年全区收入表\n", "\"附表2：2023年全区收入表\""},
        {"图2:2023年全市规模以上工业增加值增速\n", "\"图2：2023年全市规模以上工业增加值增速\""},
        {"圖3:2022年全市收入\n", "\"圖3：2022年全市收入\""},
        {"表2-1:2024年部门收支总表\n", "\"表2-1：2024年部门收支总表\""},
    };
    char text[512];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text, "某某区2024年财政决算报告\n一、收入情况\n全区一般公共预算收入12.5亿元，增长3.2%%。\n%s"
                 "全区一般公共预算支出20.1亿元。\n", yes[k][0]);
        mendL_dump_has(text, yes[k][1], true);
    }
    /* not: times and ratios, a 表 inside a sentence */
    static const char *const no[][2] = {
        {"会议于08:48开始，比例为13:32:54。\n", "\"会议于08:48开始，比例为13:32:54。\""},
        {"會議於08:48開始，比例為13:32:54。\n", "\"會議於08:48開始，比例為13:32:54。\""},
        {"时间表1:30开始报名。\n", "\"时间表1:30开始报名。\""},
        {"13:32:54发布表1:2的数据。\n", "\"13:32:54发布表1:2的数据。\""},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text, "某某区2024年财政决算报告\n一、收入情况\n全区一般公共预算收入12.5亿元，增长3.2%%。\n%s", no[k][0]);
        mendL_dump_has(text, no[k][1], true);
    }
}

/* lines47 class 1 (round 45 class 5, finalaccounts-quxian): an unnumbered
 * short noun phrase ending in 情况。/情況。 (a year before it allowed, no
 * verb, no figure after the year) opening a paragraph under a heading is a
 * run-in lead; a sentence merely ending in 情况。 after a verb, a lead with
 * figures, or one with no heading above it stays a paragraph. */
static void test_lines47_situation_runin_lead(void **state)
{
    (void)state;
    static const char *const yes[][2] = {
        {"2024年一般公共预算收支决算平衡情况。全县地方一般公共预算收入251510万元，总收入为898487万元。\n",
         "RUNIN 0 level=3 \"2024年一般公共预算收支决算平衡情况。\""},
        {"转移支付收入情况。一般性转移支付收入528550万元，其中均衡性转移支付153891万元。\n",
         "RUNIN 0 level=3 \"转移支付收入情况。\""},
        {"2024年一般公共預算收支決算平衡情況。全縣地方一般公共預算收入251510萬元,總收入為898487萬元。\n",
         "RUNIN 0 level=3 \"2024年一般公共預算收支決算平衡情況。\""},
        {"轉移支付收入情況。一般性轉移支付收入528550萬元,其中均衡性轉移支付153891萬元。\n",
         "RUNIN 0 level=3 \"轉移支付收入情況。\""},
        {"2024年度政府债务情况。截至年底，全县政府债务余额120亿元。\n",
         "RUNIN 0 level=3 \"2024年度政府债务情况。\""},
    };
    char text[1024];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text,
                 "某县2024年财政决算报告\n一、2024年财政总决算情况\n（一）一般公共预算\n"
                 "2024年全县一般公共预算支出782634万元，为预算的104.34%%。\n%s", yes[k][0]);
        mendL_dump_has(text, yes[k][1], true);
    }
    /* not: a sentence ending in 情况。 after a verb; a lead with figures;
     * a phrase with no heading above it */
    static const char *const no[] = {
        "全面掌握了全县财政收支情况。下一步将继续加强预算管理，确保收支平衡。\n",
        "全面掌握了全縣財政收支情況。下一步將繼續加強預算管理,確保收支平衡。\n",
        "会议听取全县财政收支情况。会议要求各部门认真做好下半年工作。\n",
        "2024年收入增长5%情况。全县地方一般公共预算收入251510万元，总收入为898487万元。\n",
        "2024年收入251510万元情况。全县地方一般公共预算收入251510万元。\n",
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text,
                 "某县2024年财政决算报告\n一、2024年财政总决算情况\n（一）一般公共预算\n"
                 "2024年全县一般公共预算支出782634万元，为预算的104.34%%。\n%s", no[k]);
        mendL_dump_has(text, "RUNIN", false);
    }
    mendL_dump_has("某县2024年财政决算报告\n转移支付收入情况。一般性转移支付收入528550万元，其中均衡性转移支付153891万元。\n",
                   "RUNIN", false);
}

/* lines47 class 2 (round 43 class 5, press-npc-2011-cpi-hkstv-news): a
 * reporter's byline alone on its line between two long sentences
 * (香港卫视记者周鹭, 新华社记者 张三, 本報記者 李四) is body text, no
 * subhead; a subhead that merely holds 记者 (香港卫视记者亮相全国人大首场
 * 新闻发布会) still is one. */
static void test_lines47_byline_alone_is_no_subhead(void **state)
{
    (void)state;
    static const char *const byline[] = {"香港卫视记者周鹭", "新华社记者 张三", "本報記者 李四", "本报记者 王小明 赵六",
                                         "本台通讯员陈大文"};
    char text[2048], needle[128];
    for (size_t k = 0; k < sizeof byline / sizeof *byline; k++) {
        snprintf(text, sizeof text,
                 "某某台记者亮相新闻发布会\n"
                 "3月4日，十一届全国人大四次会议在北京人民大会堂举行新闻发布会。大会发言人李肇星介绍本次会议的有关情况，并回答了中外记者的提问。\n"
                 "在新闻发布会进行的过程中，当大会新闻发言人听到这句话时，立刻产生了浓厚的兴趣，随后对该台的诞生表示了由衷地祝贺。\n"
                 "%s\n"
                 "随即，发言人就记者提出的关于中国政府如何处理好通货膨胀与中国经济发展的关系这一问题进行了详细地回答。\n"
                 "据了解，在新闻发布会结束后的短短10分钟内，多家大型门户网站都迅速对此次亮相产生了极大地关注，纷纷发表了新闻。\n",
                 byline[k]);
        mendL_dump_has(text, "SECTION", false);
        snprintf(needle, sizeof needle, "PARAGRAPH 3 \"%s", byline[k]);
        if (k == 1 || k == 2 || k == 3) /* the space before the name stays one */
            snprintf(needle, sizeof needle, "PARAGRAPH 3 \"%.*s", (int)(strchr(byline[k], ' ') - byline[k]), byline[k]);
        mendL_dump_has(text, needle, true);
    }
    /* not: a subhead holding 记者, a 记者 event */
    static const char *const head[] = {"香港卫视记者亮相全国人大首场新闻发布会", "全国优秀新闻记者表彰大会召开"};
    for (size_t k = 0; k < sizeof head / sizeof *head; k++) {
        snprintf(text, sizeof text,
                 "某某台新闻\n"
                 "3月4日，十一届全国人大四次会议在北京人民大会堂举行新闻发布会。大会发言人李肇星介绍本次会议的有关情况，并回答了中外记者的提问。\n"
                 "%s\n"
                 "随即，发言人就记者提出的关于中国政府如何处理好通货膨胀与中国经济发展的关系这一问题进行了详细地回答。\n"
                 "会后，多家大型门户网站都迅速对此次亮相产生了极大地关注，纷纷发表了关于发言人与记者亲切交流的新闻。\n",
                 head[k]);
        snprintf(needle, sizeof needle, "SECTION 0 \"%s\"", head[k]);
        mendL_dump_has(text, needle, true);
    }
}

/* lines47 class 2 (hkstv's title): a headline's last clause of four Han
 * after a long first clause (…首场新闻发布会 引起轰动) keeps its one ASCII
 * space (convention 8), not the ideographic space between a post and a
 * name; a post and a name (国务院总理 欧阳小明) keep theirs. */
static void test_lines47_title_last_clause_of_four(void **state)
{
    (void)state;
    mendL_dump_has("香港卫视记者亮相全国人大首场新闻发布会 引起轰动\n来源:香港卫视 更新时间: 2011-03-04\n"
                   "3月4日，十一届全国人大四次会议在北京人民大会堂举行新闻发布会。\n",
                   "TITLE \"香港卫视记者亮相全国人大首场新闻发布会 引起轰动\"", true);
    mendL_dump_has("香港衛視記者亮相全國人大首場新聞發佈會 引起轟動\n來源:香港衛視 更新時間: 2011-03-04\n"
                   "3月4日，十一屆全國人大四次會議在北京人民大會堂舉行新聞發佈會。\n",
                   "TITLE \"香港衛視記者亮相全國人大首場新聞發佈會 引起轟動\"", true);
    mendL_dump_has("全市经济运行稳中有进 发展质量持续提升\n3月4日，全市经济运行情况新闻发布会举行。\n",
                   "TITLE \"全市经济运行稳中有进 发展质量持续提升\"", true);
    /* not: a post then a name */
    mendL_dump_has("国务院总理 欧阳小明\n3月4日，全市经济运行情况新闻发布会举行。\n", "国务院总理　欧阳小明", true);
    mendL_dump_has("新疆维吾尔自治区审计厅厅长 阿依古丽\n2023年9月28日\n3月4日，全区经济运行情况新闻发布会举行。\n",
                   "新疆维吾尔自治区审计厅厅长　阿依古丽", true);
}

/* lines47 class 3 (water-mwr-2016's record line): an empty field's name
 * and colon (作者:) right before the next field's name and colon keeps its
 * separator (作者：　責任編輯：王振紅), as the fields were written apart; a
 * colon before words or a value (会议指出：要…, 说明： 2024年…) keeps none. */
static void test_lines47_empty_field_keeps_its_separator(void **state)
{
    (void)state;
    static const char *const yes[][2] = {
        {"發布時間: 2017-07-29 14:58:50  |  來源: 中國發展門戶網  |  作者:  |  責任編輯: 王振紅\n",
         "作者：　責任編輯：王振紅"},
        {"发布时间：2017-07-29 14:58:50  来源：中国发展门户网  作者：  责任编辑：王振红\n", "作者：　责任编辑：王振红"},
        {"来源: 新华网 作者: 编辑: 张三\n", "作者：　编辑：张三"},
    };
    char text[1024];
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        snprintf(text, sizeof text, "2016年中国水资源公报（全文）\n\n%s\n日前，水利部发布《2016年中国水资源公报》。公报显示，2016年全国用水总量6040.2亿立方米。\n",
                 yes[k][0]);
        mendL_dump_has(text, yes[k][1], true);
    }
    static const char *const no[][2] = {
        {"会议指出： 要加强管理，确保安全。\n", "会议指出：要加强管理"},
        {"说明： 2024年数据为初步统计数。\n", "说明：2024年"},
        {"作者：张三  责任编辑：李四\n", "作者：张三　责任编辑：李四"},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        snprintf(text, sizeof text, "2016年中国水资源公报（全文）\n\n%s\n日前，水利部发布《2016年中国水资源公报》。公报显示，2016年全国用水总量6040.2亿立方米。\n",
                 no[k][0]);
        mendL_dump_has(text, no[k][1], true);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_invalid_utf8_position_in_characters),
        cmocka_unit_test(test_lost_indent_question_marks),
        cmocka_unit_test(test_invalid_utf8_at_start_and_end),
        cmocka_unit_test(test_overlong_and_surrogate_rejected),
        cmocka_unit_test(test_nul_and_control_characters),
        cmocka_unit_test(test_gb18030_hint),
        cmocka_unit_test(test_bom_crlf_and_cr),
        cmocka_unit_test(test_heldout29_runin_clauses_with_readings),
        cmocka_unit_test(test_heldout29_html_body),
        cmocka_unit_test(test_line_decoded_again_when_its_bytes_change),
        cmocka_unit_test(test_empty_input_is_an_error),
        cmocka_unit_test(test_front_matter_keys),
        cmocka_unit_test(test_front_matter_title_without_title_line),
        cmocka_unit_test(test_no_title_line_names_the_kind),
        cmocka_unit_test(test_field_line_before_title_traditional),
        cmocka_unit_test(test_headline_label_and_readings_leave_the_title),
        cmocka_unit_test(test_listed_months_are_no_list_number),
        cmocka_unit_test(test_front_matter_unknown_key_warns),
        cmocka_unit_test(test_front_matter_syntax_errors),
        cmocka_unit_test(test_front_matter_month_date),
        cmocka_unit_test(test_strict_turns_warning_into_error),
        cmocka_unit_test(test_level1_headings_and_numbers),
        cmocka_unit_test(test_level1_number_values),
        cmocka_unit_test(test_heading_with_spaces_inside),
        cmocka_unit_test(test_inline_enumeration_is_not_a_heading),
        cmocka_unit_test(test_four_levels_nest),
        cmocka_unit_test(test_level3_needs_marker_not_decimal),
        cmocka_unit_test(test_run_in_heading_splits),
        cmocka_unit_test(test_semicolon_item_runs_in),
        cmocka_unit_test(test_colon_first_item_runs_in),
        cmocka_unit_test(test_heading_numbering_normalised),
        cmocka_unit_test(test_out_of_sequence_warns),
        cmocka_unit_test(test_empty_heading_warns),
        cmocka_unit_test(test_ascii_punctuation_becomes_fullwidth),
        cmocka_unit_test(test_byline_name_before_date),
        cmocka_unit_test(test_record_line_with_readings_is_no_title),
        cmocka_unit_test(test_portal_column_over_title),
        cmocka_unit_test(test_lost_superscript_stays_in_unit),
        cmocka_unit_test(test_numbers_keep_ascii_punctuation),
        cmocka_unit_test(test_latin_context_keeps_ascii),
        cmocka_unit_test(test_paired_parentheses_convert_together),
        cmocka_unit_test(test_parentheses_of_a_unit_after_a_space),
        cmocka_unit_test(test_spaces_between_han_removed),
        cmocka_unit_test(test_keep_punctuation_option),
        cmocka_unit_test(test_source_text_and_columns_kept),
        cmocka_unit_test(test_pipe_table),
        cmocka_unit_test(test_every_allocation_failure_is_clean),
        cmocka_unit_test(test_noncharacters_and_invisible_controls),
        cmocka_unit_test(test_parse_usage_errors),
        cmocka_unit_test(test_parse_file_missing),
        cmocka_unit_test(test_drawn_rule_is_no_text),
        cmocka_unit_test(test_lone_item_sentence_over_subitems_is_heading),
        cmocka_unit_test(test_items_of_one_list_are_alike),
        cmocka_unit_test(test_items_of_an_article_are_paragraphs),
        cmocka_unit_test(test_elided_item_is_like_its_siblings),
        cmocka_unit_test(test_heldout33_article_in_a_chapter_is_a_paragraph),
        cmocka_unit_test(test_heldout33_glued_runin_leads),
        cmocka_unit_test(test_heldout33_glued_page_number),
        cmocka_unit_test(test_glued_leads_subjects_are_no_leads),
        cmocka_unit_test(test_glued_leads_period_words),
        cmocka_unit_test(test_glued_page_number_review),
        cmocka_unit_test(test_heldout35_dash_lead_alone),
        cmocka_unit_test(test_salutation_end_keeps_junk),
        cmocka_unit_test(test_heldout31_unnumbered_heading_over_level1_list),
        cmocka_unit_test(test_heldout34_page_number_between_halves),
        cmocka_unit_test(test_heldout34_spaced_chart_captions),
        cmocka_unit_test(test_heldout34_level2_lead_over_level3_lead),
        cmocka_unit_test(test_heldout38_lone_part_and_dash_headings),
        cmocka_unit_test(test_heldout38_collection_piece_heads),
        cmocka_unit_test(test_heldout36_glued_page_number_forms),
        cmocka_unit_test(test_review39_page_mark_keeps_text),
        cmocka_unit_test(test_round40_paragraph_mark),
        cmocka_unit_test(test_heldout36_item_lost_its_mark),
        cmocka_unit_test(test_heldout36_lone_subhead_over_last_paragraph),
        cmocka_unit_test(test_heldout36_collection_first_piece),
        cmocka_unit_test(test_lead_paragraph_mark_on_front_lines),
        cmocka_unit_test(test_round39_last_item_sentence_with_figure),
        cmocka_unit_test(test_round39_item_lead_ending_in_comma),
        cmocka_unit_test(test_round39_bracketed_piece_heads),
        cmocka_unit_test(test_round39_inline_caption_and_note),
        cmocka_unit_test(test_round40_marked_heading_alone),
        cmocka_unit_test(test_round42_part_lead_with_colon),
        cmocka_unit_test(test_round42_empty_picture_is_no_row),
        cmocka_unit_test(test_mendL_marked_line_with_amount_is_no_heading),
        cmocka_unit_test(test_mendL_article_cited_in_prose_is_no_article),
        cmocka_unit_test(test_mendR_article_text_opening_with_a_link_word),
        cmocka_unit_test(test_mendR_part_lead_needs_a_part_sibling),
        cmocka_unit_test(test_mendR_part_lead_dot_in_an_address),
        cmocka_unit_test(test_round41_year_led_runin_leads),
        cmocka_unit_test(test_round41_flat_release_with_dated_issuer),
        cmocka_unit_test(test_lines41_year_led_part_lead),
        cmocka_unit_test(test_lines41_wrapped_colon_lead),
        cmocka_unit_test(test_lines44_unit_row_keeps_period_apart),
        cmocka_unit_test(test_lines44_whole_sentence_item_after_line_runins),
        cmocka_unit_test(test_mendL43_colon_lead_with_text_after_colon),
        cmocka_unit_test(test_mendL43_year_led_lead_is_an_indicator),
        cmocka_unit_test(test_lines45_lone_last_item_like_earlier_list),
        cmocka_unit_test(test_lines45_note_inside_flattened_line),
        cmocka_unit_test(test_lines45_part_name_ends_at_colon),
        cmocka_unit_test(test_lines45_two_clause_leads_after_comma_leads),
        cmocka_unit_test(test_lines46_caption_number_colon_before_digit),
        cmocka_unit_test(test_lines47_situation_runin_lead),
        cmocka_unit_test(test_lines47_byline_alone_is_no_subhead),
        cmocka_unit_test(test_lines47_title_last_clause_of_four),
        cmocka_unit_test(test_lines47_empty_field_keeps_its_separator),
    };
    return cmocka_run_group_tests_name("parse", tests, NULL, NULL);
}
