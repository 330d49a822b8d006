/* Unit tests of date validation in the figure engine (issue 21): an
 * impossible date found in the text (2月30日, 4月31日, 13月1日,
 * 2023年2月29日, 5月0日, 5月32日, 2023-02-30) gives no figure at all, the
 * date stays text, and the caller hears of it (bl_figure_ctx.bad_date);
 * a document turns that into a warning at the date's file:line:column
 * (an error with BULLETIN_OPT_STRICT).  Possible dates (2024年2月29日,
 * 2月29日 with no year, 2000年2月29日) stay date figures. */
#include "test_util.h"

#include <stdio.h>

#include "bulletin_int.h"
#include "figures/figures.h"

/* ------------------------------------------------------------------------
 * The scanner
 * ---------------------------------------------------------------------- */

typedef struct {
    size_t n;
    size_t start[8], end[8];
    const void *node[8];
    bulletin_status answer;
} heard;

static bulletin_status hear(void *user, const void *node, size_t start, size_t end)
{
    heard *h = user;
    if (h->n < 8) {
        h->start[h->n] = start;
        h->end[h->n] = end;
        h->node[h->n] = node;
    }
    h->n++;
    return h->answer;
}

/* Scans `text`; its figures as "kind:value_text:y-m-d" joined by " ",
 * into out. */
static void scan_dates(const char *text, heard *h, char *out, size_t cap)
{
    bl_figure_list list;
    bl_figure_list_init(&list, &tu_mem);
    static const int node_tag = 0;
    bl_figure_ctx ctx = {1, 2, &node_tag, hear, h, 0, false};
    assert_int_equal(bl_figures_scan(&list, text, strlen(text), &ctx), BULLETIN_OK);
    size_t used = 0;
    out[0] = '\0';
    for (size_t i = 0; i < list.len && used < cap; i++) {
        const bl_figure *f = &list.items[i];
        int w = snprintf(out + used, cap - used, "%s%s:%s:%d-%d-%d", i ? " " : "",
                         bl_figure_kind_name(f->kind), f->value_text, f->year, f->month, f->day);
        used += w > 0 ? (size_t)w : 0;
    }
    for (size_t i = 0; i < h->n && i < 8; i++)
        assert_ptr_equal(h->node[i], &node_tag);
    bl_figure_list_free(&list);
}

static void test_impossible_dates_give_no_figure(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
        size_t start, end; /* the impossible date's bytes */
    } cases[] = {
        {"2023年2月30日，全省专利授权13万件。", "count:13:0-0-0", 0, 16},
        {"4月31日起施行。", "", 0, 9},
        {"13月1日起施行。", "", 0, 9},
        {"2023年2月29日起施行。", "", 0, 16},
        {"1900年2月29日起施行。", "", 0, 16},
        {"5月0日起施行。", "", 0, 8},
        {"5月32日起施行。", "", 0, 9},
        {"2023年13月1日起施行。", "", 0, 16},
        {"2023年4月31号起施行。", "", 0, 16},
        {"2023-02-30发布。", "", 0, 10},
        {"2023/04/31发布。", "", 0, 10},
        {"全省专利授权13万件，6月31日公布。", "count:13:0-0-0", 29, 38},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        h.answer = BULLETIN_OK;
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
        assert_int_equal(h.n, 1);
        assert_int_equal(h.start[0], cases[i].start);
        assert_int_equal(h.end[0], cases[i].end);
    }
}

/* Round 32 (audit-ruijin-2020-rectification): a date that lost 年 and 月
 * but kept 日, with or without the dashes of a 题注 before it, is
 * a date, its month and day split the one way they can be
 * (2021915日: 2021年9月15日); two ways give the year alone (2021111日:
 * 1月11日 or 11月1日); 2021年915日 lost only 月.  Real durations (30日,
 * 180日, 工期365天) and digits with no plausible year stay durations. */
static void test_lost_month_kept_day_is_date(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
    } cases[] = {
        {"2021915日,市人大常委会听取了报告。", "date:2021915日:2021-9-15"},
        {"--20211228日在市届人大常委会会议", "date:20211228日:2021-12-28"},
        {"20211228日在市人大常委会会议上", "date:20211228日:2021-12-28"},
        {"202191日召开会议。", "date:202191日:2021-9-1"},
        {"2019531日印發。", "date:2019531日:2019-5-31"},
        {"2019年1130日召開會議。", "date:2019年1130日:2019-11-30"},
        {"2021年915日召开会议。", "date:2021年915日:2021-9-15"},
        {"2021111日召开会议。", "date:2021111日:2021-0-0"},
        {"工期180日，30日内完成。", "duration:180:0-0-0 duration:30:0-0-0"},
        {"累计运行1234567日。", "duration:1234567:0-0-0"},
        {"2021931日召开。", "duration:2021931:0-0-0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
    }
}

/* Reviewer's leftover (approval-state-council-xinzhou line 1: 的批復(2000年
 * 32號)): a bracketed year and serial ending in 号 or 號 after a title is a
 * document's number: its year alone, no date 2000-03-02; a bracketed date
 * ending in 日 that lost its 月 stays a date. */
static void test_bracketed_year_and_serial_is_no_date(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
    } cases[] = {
        {"設立地級忻州市的批復(2000年32號)", "year:2000:2000-0-0"},
        {"关于同意设立某市的批复（2019年15号）", "year:2019:2019-0-0"},
        {"的复函（2021年105号）", "year:2021:2021-0-0"},
        {"的批复[2018年12號]", "year:2018:2018-0-0"},
        {"会议于（2021年915日）召开。", "date:2021年915日:2021-9-15"},
        {"2021年1228号召开会议。", "date:2021年1228号:2021-12-28"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
    }
}

/* Review of round 32: a lost date's month and day padded both (MMDD:
 * 2021年1005日, 20211005日, 2021年0915日, 20210915日) are a date as the
 * unpadded are, with 年 kept or not alike; an ambiguous split keeps only
 * the year in both writings (2021年111日 as 2021111日). */
static void test_padded_lost_month_day_is_date(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
    } cases[] = {
        {"2021年1005日召开会议。", "date:2021年1005日:2021-10-5"},
        {"20211005日召开会议。", "date:20211005日:2021-10-5"},
        {"2021年0915日召开会议。", "date:2021年0915日:2021-9-15"},
        {"20210915日召开会议。", "date:20210915日:2021-9-15"},
        {"2021年111日召开会议。", "date:2021年111日:2021-0-0"},
        {"2021111日召开会议。", "date:2021111日:2021-0-0"},
        /* variants: 号 and 號, a padded day that does not exist */
        {"2020年0101号发布。", "date:2020年0101号:2020-1-1"},
        {"2019年1130號召開會議。", "date:2019年1130號:2019-11-30"},
        {"2021年0230日", "year:2021:2021-0-0 duration:0230:0-0-0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
    }
}

/* A dash of two hyphens before a date (the Reuters headline
 * `《中国主要金融数据一览表》--5月2日`) is no minus sign: the date stays a
 * date, not a negative month.  A hyphen alone after punctuation is one
 * (`，-5%`). */
static void test_double_hyphen_is_no_sign(void **state)
{
    (void)state;
    heard h = {0};
    char got[256];
    scan_dates("一览表--5月2日", &h, got, sizeof got);
    assert_string_equal(got, "date:5月2日:0-5-2");
    scan_dates("利润，-5%", &h, got, sizeof got);
    assert_string_equal(got, "percent:-5:0-0-0");
    assert_int_equal(h.n, 0);
}

static void test_possible_dates_stay_dates(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
    } cases[] = {
        {"2024年2月29日起施行。", "date:2024年2月29日:2024-2-29"},
        {"2000年2月29日起施行。", "date:2000年2月29日:2000-2-29"},
        {"2月29日起施行。", "date:2月29日:0-2-29"},
        {"2023年2月28日起施行。", "date:2023年2月28日:2023-2-28"},
        {"4月30日起施行。", "date:4月30日:0-4-30"},
        {"12月31日起施行。", "date:12月31日:0-12-31"},
        {"2024-02-29发布。", "date:2024-02-29:2024-2-29"},
        {"2023年5月起施行。", "date:2023年5月:2023-5-0"},
        /* not dates at all, as before: 13 months; three numbers */
        {"历时13月。", "duration:13:0-0-0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
        assert_int_equal(h.n, 0);
    }
}

/* "2017 2 30": a date whose 年 月 日 were lost is only guessed; an
 * impossible one is three numbers, and no warning. */
static void test_spaced_impossible_date_is_not_a_date(void **state)
{
    (void)state;
    heard h = {0};
    char got[256];
    scan_dates("2017 2 30", &h, got, sizeof got);
    assert_int_equal(h.n, 0);
    assert_null(strstr(got, "date:"));
    heard h2 = {0};
    scan_dates("2017 2 28", &h2, got, sizeof got);
    assert_string_equal(got, "date:2017 2 28:2017-2-28");
}

/* The caller's failure ends the scan with it; the list is as before. */
static void test_bad_date_failure_propagates(void **state)
{
    (void)state;
    bl_figure_list list;
    bl_figure_list_init(&list, &tu_mem);
    heard h = {0};
    h.answer = BULLETIN_ERR_NOMEM;
    bl_figure_ctx ctx = {0, 0, NULL, hear, &h, 0, false};
    const char *text = "专利授权13万件，2月30日公布，增长5%。";
    assert_int_equal(bl_figures_scan(&list, text, strlen(text), &ctx), BULLETIN_ERR_NOMEM);
    assert_int_equal(list.len, 0);
    assert_int_equal(h.n, 1);
    bl_figure_list_free(&list);
}

/* No callback: the same figures, silently. */
static void test_no_callback(void **state)
{
    (void)state;
    bl_figure_list list;
    bl_figure_list_init(&list, &tu_mem);
    bl_figure_ctx ctx = {0, 0, NULL, NULL, NULL, 0, false};
    const char *text = "2月30日公布，增长5%。";
    assert_int_equal(bl_figures_scan(&list, text, strlen(text), &ctx), BULLETIN_OK);
    assert_int_equal(list.len, 1);
    assert_int_equal(list.items[0].kind, BL_FIG_PERCENT);
    bl_figure_list_free(&list);
}

/* ------------------------------------------------------------------------
 * A document
 * ---------------------------------------------------------------------- */

static void test_document_warns_at_the_date(void **state)
{
    (void)state;
    const char *text = "标题\n全省专利授权13万件，\n2023年2月30日公布；2024年2月29日施行。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    /* line 2 is joined to line 3: the date's place is still 3:1 */
    assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", 0, &tu_mem, &doc, &diag),
                     BULLETIN_OK);
    assert_int_equal(bulletin_doc_warning_count(doc), 2);
    assert_int_equal(bulletin_doc_warning(doc, 0)->line, 2);
    assert_non_null(strstr(bulletin_doc_warning(doc, 0)->message, "hard-wrapped"));
    const bulletin_diag *w = bulletin_doc_warning(doc, 1);
    assert_int_equal(w->severity, BULLETIN_SEVERITY_WARNING);
    assert_string_equal(w->path, "d.txt");
    assert_int_equal(w->line, 3);
    assert_int_equal(w->column, 1);
    assert_string_equal(w->message, "no such date: 2023年2月30日 is kept as text, not a date figure");
    /* the figures: 13万件 and 2024年2月29日, no date of 2023 */
    assert_int_equal(bulletin_doc_figure_count(doc), 2);
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 0, &f), BULLETIN_OK);
    assert_int_equal(f.kind, BULLETIN_FIGURE_COUNT);
    assert_string_equal(f.value_text, "13");
    assert_int_equal(bulletin_doc_figure(doc, 1, &f), BULLETIN_OK);
    assert_int_equal(f.kind, BULLETIN_FIGURE_DATE);
    assert_int_equal(f.year, 2024);
    assert_int_equal(f.month, 2);
    assert_int_equal(f.day, 29);
    assert_int_equal(f.line, 3);
    assert_int_equal(f.column, 14);
    bulletin_doc_free(doc);
}

/* A warning of the parser after the date stays after it: source order. */
static void test_document_warnings_in_source_order(void **state)
{
    (void)state;
    /* line 1 is a sentence: the parser warns at 1:1; the date is at 1:3 */
    const char *text = "截至4月31日，全省专利授权13万件。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", 0, &tu_mem, &doc, &diag),
                     BULLETIN_OK);
    assert_int_equal(bulletin_doc_warning_count(doc), 2);
    assert_int_equal(bulletin_doc_warning(doc, 0)->line, 1);
    assert_int_equal(bulletin_doc_warning(doc, 0)->column, 1);
    assert_non_null(strstr(bulletin_doc_warning(doc, 0)->message, "no title line"));
    assert_int_equal(bulletin_doc_warning(doc, 1)->line, 1);
    assert_int_equal(bulletin_doc_warning(doc, 1)->column, 3);
    assert_string_equal(bulletin_doc_warning(doc, 1)->message,
                        "no such date: 4月31日 is kept as text, not a date figure");
    bulletin_doc_free(doc);
}

/* 2月29日 without a year is checked against the front matter's year,
 * the year the workbook gives it. */
static void test_document_year_from_front_matter(void **state)
{
    (void)state;
    static const struct {
        const char *year;
        size_t warnings, figures;
    } cases[] = {{"2023", 1, 0}, {"2024", 0, 1}, {"1900", 1, 0}, {"2000", 0, 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char text[128];
        snprintf(text, sizeof text, "---\ntitle: 公报\nyear: %s\n---\n2月29日起施行。\n",
                 cases[i].year);
        bulletin_doc *doc = NULL;
        bulletin_diag diag;
        assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", 0, &tu_mem, &doc, &diag),
                         BULLETIN_OK);
        assert_int_equal(bulletin_doc_warning_count(doc), cases[i].warnings);
        assert_int_equal(bulletin_doc_figure_count(doc), cases[i].figures);
        if (cases[i].warnings) {
            assert_int_equal(bulletin_doc_warning(doc, 0)->line, 5);
            assert_int_equal(bulletin_doc_warning(doc, 0)->column, 1);
            assert_string_equal(bulletin_doc_warning(doc, 0)->message,
                                "no such date: 2月29日 is kept as text, not a date figure");
        } else {
            bulletin_figure f;
            assert_int_equal(bulletin_doc_figure(doc, 0, &f), BULLETIN_OK);
            assert_int_equal(f.kind, BULLETIN_FIGURE_DATE);
            assert_int_equal(f.month, 2);
            assert_int_equal(f.day, 29);
        }
        bulletin_doc_free(doc);
    }
}

/* A table cell's impossible date: the same warning, at the cell. */
static void test_document_table_cell(void **state)
{
    (void)state;
    const char *text = "标题\n| 日期 | 数 |\n|---|---|\n| 2023年2月30日 | 5个 |\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", 0, &tu_mem, &doc, &diag),
                     BULLETIN_OK);
    assert_int_equal(bulletin_doc_warning_count(doc), 1);
    assert_int_equal(bulletin_doc_warning(doc, 0)->line, 4);
    assert_int_equal(bulletin_doc_warning(doc, 0)->column, 3);
    assert_string_equal(bulletin_doc_warning(doc, 0)->message,
                        "no such date: 2023年2月30日 is kept as text, not a date figure");
    assert_int_equal(bulletin_doc_figure_count(doc), 1);
    bulletin_figure f;
    assert_int_equal(bulletin_doc_figure(doc, 0, &f), BULLETIN_OK);
    assert_int_equal(f.kind, BULLETIN_FIGURE_COUNT);
    assert_string_equal(f.value_text, "5");
    bulletin_doc_free(doc);
}

static void test_document_strict_fails(void **state)
{
    (void)state;
    const char *text = "标题\n全省专利授权13万件，13月1日公布。\n";
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    memset(&diag, 0, sizeof diag);
    assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", BULLETIN_OPT_STRICT, &tu_mem,
                                    &doc, &diag),
                     BULLETIN_ERR_SYNTAX);
    assert_null(doc);
    assert_int_equal(diag.severity, BULLETIN_SEVERITY_ERROR);
    assert_string_equal(diag.path, "d.txt");
    assert_int_equal(diag.line, 2);
    assert_int_equal(diag.column, 12);
    assert_string_equal(diag.message, "no such date: 13月1日 is kept as text, not a date figure");
}

/* Round 31 classes 5/6: a date whose 年月日 a copy lost, standing alone
 * in a date's place (set far in, a right-aligned closing block, or under
 * the SIGNATURE), is the date figure when its month and day split one
 * way: 2024619 is 2024-06-19, 20231205 2023-12-05, simplified and
 * traditional alike.  The same digits in a sentence (收入2024619,
 * 2024619元), at the margin under a cell's name, or splitting no way
 * (2024631) stay counts or amounts. */
static void doc_figure_of(const char *text, const char *value, char *out, size_t cap)
{
    bulletin_doc *doc = NULL;
    bulletin_diag diag;
    assert_int_equal(bulletin_parse(text, strlen(text), "d.txt", 0, &tu_mem, &doc, &diag), BULLETIN_OK);
    snprintf(out, cap, "none");
    for (size_t i = 0; i < bulletin_doc_figure_count(doc); i++) {
        bulletin_figure f;
        assert_int_equal(bulletin_doc_figure(doc, i, &f), BULLETIN_OK);
        if (strcmp(f.value_text, value) == 0) {
            snprintf(out, cap, "%s:%d-%d-%d", f.kind == BULLETIN_FIGURE_DATE ? "date" : "other", f.year,
                     f.month, f.day);
            break;
        }
    }
    bulletin_doc_free(doc);
}

static void test_lone_lost_date_in_closing_block(void **state)
{
    (void)state;
    static const struct {
        const char *text, *value, *want;
    } cases[] = {
        {"泉州市泉港區人民政府關于提請審議決算草案的議案\n\n區人大常委會:\n\n    現提請審議。\n\n    區長:\n\n"
         "                                                                   2024619 \n",
         "2024619", "date:2024-6-19"},
        {"关于做好防汛工作的通知\n\n各乡镇人民政府:\n\n    现将有关事项通知如下。\n\n"
         "                                        某某县人民政府\n                                          2024619\n",
         "2024619", "date:2024-6-19"},
        {"关于做好防汛工作的通知\n\n各乡镇人民政府:\n\n    现将有关事项通知如下。\n\n"
         "                                        某某县人民政府\n                                        20231205\n",
         "20231205", "date:2023-12-5"},
        {"關於做好防汛工作的通知\n\n各鄉鎮人民政府:\n\n    現將有關事項通知如下。\n\n"
         "                              某某縣人民政府辦公室\n                              2019531\n",
         "2019531", "date:2019-5-31"},
        /* counts, not dates */
        {"关于决算的报告\n\n    全年收入2024619万元，增长5%。\n", "2024619", "other:0-0-0"},
        {"关于决算的报告\n\n    收入2024619\n", "2024619", "other:0-0-0"},
        {"关于决算的报告\n\n指标\n合计\n2024619\n", "2024619", "other:0-0-0"},
        {"关于做好防汛工作的通知\n\n    现将有关事项通知如下。\n\n"
         "                                        某某县人民政府\n                                          2024631\n",
         "2024631", "other:0-0-0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[64];
        doc_figure_of(cases[i].text, cases[i].value, got, sizeof got);
        print_message("%zu\n", i);
        assert_string_equal(got, cases[i].want);
    }
}

/* Round 35 class 8 (pdfcopy-luzhou's 公开日期:2024926): the digits of a
 * date whose 年月日 a copy lost, after a date field's name and its colon
 * (公开日期, 發布日期, 成文日期, 时间, 印发日期; ASCII or full-width colon,
 * spaces after it, other fields on the line), are the date when month and
 * day split one way; a field that is no date's (编号), a sentence's
 * amount, or digits splitting no way stay other figures. */
static void test_lost_date_after_date_field(void **state)
{
    (void)state;
    static const struct {
        const char *text, *value, *want;
    } cases[] = {
        {"某某医院单位决算\n\n公开日期:2024926\n\n第一部分 单位概况\n", "2024926", "date:2024-9-26"},
        {"某某醫院單位決算\n\n發布日期：20241005\n\n第一部分 單位概況\n", "20241005", "date:2024-10-5"},
        {"某某县决算\n\n成文日期:  2019531\n\n一、总体情况\n", "2019531", "date:2019-5-31"},
        {"某某县决算\n\n索引号:001 印发日期：20231208 来源:县财政局\n\n一、总体情况\n", "20231208",
         "date:2023-12-8"},
        {"某某县决算\n\n发布时间:2024926 16:08:34\n\n一、总体情况\n", "2024926", "date:2024-9-26"},
        /* other figures */
        {"某某县决算\n\n文件编号:2024926\n\n一、总体情况\n", "2024926", "none"}, /* an identifier */
        {"某某县决算\n\n    公开日期以来收入2024926万元。\n", "2024926", "other:0-0-0"},
        {"某某县决算\n\n公开日期:2024631\n\n一、总体情况\n", "2024631", "other:0-0-0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[64];
        doc_figure_of(cases[i].text, cases[i].value, got, sizeof got);
        print_message("%zu\n", i);
        assert_string_equal(got, cases[i].want);
    }
}

/* Review 36 finding 3: a year and serial ending in 号 is a document's number
 * wherever the number is one, not only right inside brackets: before 文
 * (15号文件, 15号文), after a prefix inside the brackets (（财预2019年15号）),
 * both scripts.  (【2019年15号】 and ［…］ are taken before this by
 * names.c fig_docnum as a number cut short: left to its owner.)  A lost month's date
 * ending in 号 with none of these stays a date. */
static void test_review36_year_serial_document_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *text, *figures;
    } cases[] = {
        {"根据市委2019年15号文件精神", "year:2019:2019-0-0"},
        {"根據市委2019年15號文件精神", "year:2019:2019-0-0"},
        {"按照省政府（2019年15号文）要求", "year:2019:2019-0-0"},
        {"（财预2019年15号）", "year:2019:2019-0-0"},
        {"的通知(2020年8號)", "year:2020:2020-0-0"},
        {"（財預 2019年15號）", "year:2019:2019-0-0"},
        {"2021年1228号召开会议。", "date:2021年1228号:2021-12-28"},
        {"（会议于2021年1228号召开）", "date:2021年1228号:2021-12-28"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        heard h = {0};
        char got[256];
        scan_dates(cases[i].text, &h, got, sizeof got);
        print_message("%s\n", cases[i].text);
        assert_string_equal(got, cases[i].figures);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_impossible_dates_give_no_figure),
        cmocka_unit_test(test_bracketed_year_and_serial_is_no_date),
        cmocka_unit_test(test_lost_date_after_date_field),
        cmocka_unit_test(test_possible_dates_stay_dates),
        cmocka_unit_test(test_spaced_impossible_date_is_not_a_date),
        cmocka_unit_test(test_bad_date_failure_propagates),
        cmocka_unit_test(test_no_callback),
        cmocka_unit_test(test_document_warns_at_the_date),
        cmocka_unit_test(test_document_warnings_in_source_order),
        cmocka_unit_test(test_document_year_from_front_matter),
        cmocka_unit_test(test_document_table_cell),
        cmocka_unit_test(test_document_strict_fails),
        cmocka_unit_test(test_double_hyphen_is_no_sign),
        cmocka_unit_test(test_lost_month_kept_day_is_date),
        cmocka_unit_test(test_padded_lost_month_day_is_date),
        cmocka_unit_test(test_lone_lost_date_in_closing_block),
        cmocka_unit_test(test_review36_year_serial_document_numbers),
    };
    return cmocka_run_group_tests_name("recognise_dates", tests, NULL, NULL);
}
