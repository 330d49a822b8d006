/*
 * figures.h - the figure-extraction engine (issue 3): finds every figure
 * (number with its unit, qualifier, kind, change link, label and clause)
 * in one piece of normalised bulletin text.  Private to the library; the
 * CLI and the XLSX backend use it.  Pure: no I/O, no globals, every
 * allocation through the list's bulletin_mem.  Its files, one concern
 * each, are listed in figures_int.h; the kinds in kinds.def.
 *
 * Usage (doc_figures.c does this for every TITLE, SECTION heading,
 * PARAGRAPH and CELL of a document)
 *
 *     bl_figure_list list;
 *     bl_figure_list_init(&list, mem);
 *     for each title, heading and paragraph in reading order:
 *         bl_figure_ctx ctx = {section, paragraph, node, bad_date, user, year,
 *                              date_line};
 *         status = bl_figures_scan(&list, text, len, &ctx);
 *     for (i = 0; i < list.len; i++)
 *         if (all || bl_figure_is_default(&list.items[i]))
 *             bl_figure_write_tsv(&out, &list, i) (text/tsv.h),
 *             then "\tLINE\tCOLUMN\n";
 *     bl_figure_list_free(&list);
 *
 * The list BORROWS each scanned text: a figure keeps a pointer to it and
 * byte offsets into it (figure, clause).  Keep the text alive, unchanged,
 * as long as the list is used (the document's node text does that).
 *
 * Input.  One title, heading (without its numbering) or paragraph, as the
 * parser normalises it: ASCII , : ; ! ? ( ) touching Han are already
 * full-width, spaces between Han are gone.  Invalid UTF-8 bytes are
 * skipped one by one (never a crash).  The scan is linear in `len`: every
 * look-ahead and look-behind is bounded by a constant below.
 *
 * Conventions (issue 17)
 *   - A ratio a:b:c (ASCII :, ∶ U+2236, ：) gives one figure per part, kind
 *     ratio: the part's value and position (part, 1-based), the whole in
 *     parts[] and nparts, the ratio's label on every part.
 *   - A range gives both ends, kind range, each with the range's unit
 *     (0-14岁 -> 0 岁 and 14 岁; 1-5月 -> 1 月 and 5 月), part 1 and 2, the
 *     range kept in the context; 65岁及以上 is 65 岁 with 以上.
 *   - A year in a document's title is a year figure (《……规划（2021—2025
 *     年）》, 《2023年……报告》); a title holds no other figure.
 *   - 图N, 表N, 附件N, 附录N, 第N条, a table's number at the start of its
 *     title (3-1 主要指标), list numbers (1. 1、 （1） 1.2023年 2.3 标题),
 *     footnote marks [1], contact numbers (电话：…, 邮编：…), addresses
 *     (1楼, 6幢), page numbers alone on a line are never figures.
 *   - A change in points (个百分点, 百分点, 个千分点) is kind points, never
 *     percent; a rate (%) is percent.
 *   - Qualifiers include 约 近 超 余 多 左右 以上 以下 不到 逾 (and those
 *     listed below).
 *
 * Rules, in the order they are tried at each position
 *
 *  0. Numbers: thousands grouped by ',' (1,234.5) or by one space
 *     (5 221, 108 344座, 35 349.06亿; also U+2009, U+202F, U+00A0) when
 *     the first group of 1-3 digits follows no number and the last group
 *     of three is followed by a decimal part, Han or a Latin letter (a
 *     row of numbers, 352 368 411, stays numbers).  A table cell's whole
 *     text that is one number grouped by spaces in threes (10 536 205) or
 *     whose minus sign is spaced from it (- 1.05, -9 540) is that one
 *     value (bl_figures_scan_cell).
 *  1. Names are not figures.  Inside 《…》 only years are figures (a year,
 *     a range of years, a date).  Inside “…” ‘…’ 「…」 『…』 "…" without
 *     clause punctuation (a name or slogan) only figures with a unit are
 *     (长沙出台“制造业高质量发展20条”; not “4554”工作思路); a quotation with
 *     ，。； is scanned.  A closing mark must come within BL_FIG_QUOTE_MAX
 *     bytes.  Digits touching ASCII letters (5G, PM2.5, C919, COVID-19) or
 *     after @ are part of a name.  N号 (1号文件, 3号线), 第N届/批/次/期/季度/
 *     轮/章/条/款… (ordinals in names), list markers, figure and table
 *     numbers and the other non-figures above are skipped.  A five-digit
 *     public service number (12345, 96110) before 热线/服务/平台… is a name,
 *     and so is N-M without a unit when N has a leading 0 or N and M have
 *     8 digits or more together (027-87654321) and are not two years.
 *  2. identifier: standard numbers, an upper-case prefix from a known list
 *     or any prefix with a year suffix (GB/T 29490—2013, DB42/T 1234-2020,
 *     ISO 9001:2015), and document numbers PREFIX〔YYYY〕N号 (also with
 *     [] ［］ 【】 „‟); the prefix is the Han run before the bracket (looked
 *     at up to 8 characters back, leading 印发/根据/依据/按照/关于/了…
 *     dropped, then at most 5 kept).  year holds YYYY.  〔YYYY〕 or [N]
 *     without N号, and 〔YYYYNN cut short, are skipped.  Value is the whole
 *     identifier as written, unit empty, parsed false.
 *  3. date in digits: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (2019-10-28), and
 *     "YYYY M D" copied from a PDF without its 年月日; a time of day H:MM
 *     or H:MM:SS (9:00, 13:30, 10:53:59; not when the clause speaks of a
 *     ratio: 比, 结构) and N时
 *     after 上午/下午/日 (10时): kind date, value text as written.
 *  4. ratio: numbers joined by : ∶ or ： (6.01:55.04:38.95) give a figure
 *     per part (see Conventions; at most BL_FIG_MAX_PARTS).
 *  5. range: N SEP M UNIT with SEP one of — – - ― － ～ ~ 〜 至 到 (not ——),
 *     or N UNIT SEP M UNIT with the same unit: 2021—2023年, 10%—15%,
 *     3至5年, 2011-2015 (years without 年): two figures (Conventions).
 *  6. date: [YYYY年]M月[D日|D号] or YYYY年M月, M 1..12, D 1..31 (one
 *     figure; year/month/day set, 0 when absent).  A day or month that
 *     cannot be (2月30日, 4月31日, 13月1日, 5月0日, 5月32日, 2023年2月29日;
 *     2月29日 when the document's year, bl_figure_ctx.year, is not a leap
 *     year; 2023-02-30 of rule 3) gives no figure at all: the date stays
 *     text, the caller hears of it (bad_date), the scan goes on after it.
 *     N月 alone with N > 12 stays a duration, D日 alone a date or, out of
 *     1..31, a duration: only a month or day next to the other is
 *     checked.  D日 alone (1..31, not
 *     followed by 内); N季度 for N 1..4 (1季度, a quarter; 3个季度 is a
 *     duration); MD日 whose 月 a copy lost (415日前, 67日（星期…).
 *     value_text is the date as written, unit empty, value = YYYYMMDD with
 *     absent parts 0.
 *  7. year: a 4-digit integer 1900..2100 followed by 年 (also after one
 *     space), with no qualifier and not after 连续/历时/为期/长达/用/近/经过
 *     (those make a duration); also without 年 when no unit follows
 *     (2023知识产权统计年报, (2023), 1978=100), unit empty.  Also 二〇二三年
 *     (numeral_chinese).
 *  8. rank: 第N (followed by 位/名, punctuation, the end, or a Han that is
 *     not an ordinal measure), 前N (followed by 位/名/强/強/大, punctuation
 *     or the end: 前5大贸易伙伴, the top five), N强.  Unit empty; 第/前 are part of the figure's span.
 *  9. Otherwise a quantity: NUMBER [SCALE] [余|多] [SCALE] [UNIT] [以上|及以上|
 *     左右|以下|及以下|以内|上下|多] (5万余人, 10多万人).  One space may stand
 *     before a unit of two characters or more, % or ‰, or one not followed
 *     by Han (60 周年, 2.3 %, 55726.9 万吨).  SCALE is 万 亿 十万 百万 千万 万亿
 *     千亿 百亿 (and 萬 億; scale_factor 1e4…1e12).  UNIT is the longest
 *     entry of the unit table in units.c (个工作日 个百分点 个月 人次 周年 岁 百羽
 *     亿元 千伏 斤 …; with a scale the written unit is SCALE+BASE: 亿元, 万户,
 *     亿斤, 万千瓦时), optionally followed by /UNIT (元/吨, 亿次/秒, 元/平方
 *     米); or a unit symbol in Latin letters standing whole (mm cm m km
 *     m2 m3 km2 hm2 t kg mg L mL kW kWh MW GW kV; kind quantity; one space
 *     may stand after the scale: 31605.2亿 m3), with /[SCALE]UNIT (145.5
 *     km/万km2) or ·UNIT (35349.06亿人·km, a product, kind quantity);
 *     else one Han measure word from the list in units.c (个 项 家 件
 *     笔 人 列 字 …); else, after an integer of at most 4 digits, one Han
 *     character that is no function word (50兆宽带, 6大产业集群; 大 with a
 *     measure word: 8大类), kind count; else empty.  A bare integer of 5
 *     digits or more before Han is a count without unit.  A number with a
 *     scale and no unit in a clause about money (收入, 投资 …) is an
 *     amount.  kind by base unit: 元 美元 … amount; % ％ ‰ 成 percent;
 *     个百分点 百分点 个千分点 points; 倍 multiple; 年 个月 天 小时 周 周年 岁
 *     个工作日 季度 … duration; 吨 公顷 亩 米 平方米 千瓦时 分 … quantity;
 *     anything else (measure words, no unit) count.
 *     norm = value * scale_factor; base_unit is the unit without the scale
 *     (1.2万户 -> norm 12000, base 户; 127.16亿元 -> 12716000000, 元).
 * 10. Chinese numerals (两年 六省 十件 三万人) are figures only when followed
 *     by a unit or measure word (and 第… for ranks); they carry
 *     numeral_chinese.  一 alone (一批, 一是, 一个), runs of 百/千/万 only
 *     (千企百城, 万里行), malformed runs (十四五) and 三次产业 are not
 *     figures.
 *
 * A unit written once for a list gives it to the bare figures joined to
 * the last (0.15、-5.64、1.34个百分点; 4.2和2.1个百分点).
 *
 * Qualifiers (qualifier field, one static string, "" when none)
 *   before the number: 约 约为 约占 约合 约有 大约 近 将近 接近 超 超过 逾 突破
 *                      不足 不到 不少于 不低于 不超过 至少 最多 (约为/约占/约合/
 *                      约有/大约 are recorded as 约);
 *   between number and unit: 余 多;
 *   after the unit: 以上 左右 以下 以内 上下 (及以上, 及以下 as 以上, 以下), and
 *                      多 at the end of a clause;
 *   a clause that starts with 约 (or has 约为/约占/约合/约有) qualifies its
 *   next figure even at a distance: 约为全省…减缴费用1.54亿元 -> 约.
 *
 * Change links.  A figure directly preceded (through an optional qualifier,
 * 了 or 分别) by a change verb is a change: 增长 增加 提高 上升 提升 扩大 上涨
 * 加快 回升 攀升 微增 略增 增幅 增速 涨幅 多增 增产 增收 增支 超收 (up),
 * 下降 减少 降低 下滑 回落 缩小 下跌 缩短 压缩 微降 略降 放缓 减缓 收窄 降幅
 * 跌幅 少增 减产 减收 减支 短收 (down), also 同比增/环比增/
 * 同比降/同比减/环比降/环比减, 增/降/涨/跌 after 比…年/均, and 增幅/增速/降幅/
 * 涨幅/增长率 followed by [分别]为/达/是 — but not 新增, not 提高到/增长至 (a
 * level), not 自然增长率为 (a rate of its own).  A rate followed by 的增长/
 * 的增幅/的下降 (实现3.5%的增长，达到85万件) is a change written before its
 * value and links to the next figure of its sentence.  A figure joined to
 * the previous change of its class by only 和 、 及 与 or 或 is a change in
 * the same direction (增长18.6%和21.3%), and so is a conversion in
 * parentheses right after a change (增加516万吨（103.2亿斤）).  A change in
 * points after 拉动/贡献 (拉动GDP增长3.4个百分点) is a contribution, not a
 * change.
 * Its link is the index of the nearest preceding figure of the same
 * sentence (sentences end at 。！？ and line breaks; ； ends a clause only)
 * found within BL_FIG_LINK_WINDOW figures:
 *   - a relative change (% ‰ 倍 成) links to a count, amount, quantity or
 *     duration; a figure in parentheses that close before the change is a
 *     conversion and skipped (98000元（按年平均汇率折13800美元），增长5.0% ->
 *     98000); a non-change percent (a share) is taken only when no size
 *     is found.  The search stops at another relative change (增长10%，其中
 *     出口增长12% leaves 12% unlinked), except that a change without a
 *     subject of its own takes that change's target (下降4.1%；与2020年相
 *     比，两年平均增长2.5%);
 *   - a change in points links to a percent or points figure, stopping at
 *     another change in points; without one in its sentence it links to
 *     the part of the nearest ratio its ordinal names (三次产业结构为7.7:
 *     57.5:34.8。…第一产业下降0.3个百分点 -> 7.7), else to the rate after
 *     the figure that names its subject earlier in the paragraph (0—14岁人
 *     口…占17.95%…0—14岁人口的比重上升1.35个百分点 -> 17.95);
 *   - any other (absolute) change links to a non-change figure with the same
 *     base unit, stopping at a change with that base unit; a change without
 *     unit also links to a ratio's first part (收入比为2.03:1，比上年缩小
 *     0.05 -> 2.03).
 * A relative or absolute change whose own clause names an indicator
 * before the verb (办理时限平均缩短50%: what is left after scope words, the
 * basis 按可比价格计算/按可比口径/两年平均/年均, also in traditional
 * characters, and the comparison 比…/较…/同比/环比/与…相比) links only
 * within its clause; when it finds nothing there and a comparison opens
 * its sentence (与2010年…相比，汉族人口增加60378693人), it links to the
 * earlier value of the paragraph whose clause starts with the same words
 * (汉族人口为1286311334人), and a rate after it without a subject (，增长
 * 4.93%) to that value too.  The base written inside a comparison (比…的
 * 3.10人减少0.48人) is never a target.  A remark in parentheses between the
 * verb and the rate (增长（以下如无特别说明，均为同比名义增长）7.9%) is
 * skipped.
 * Respectively: when such an enumeration of m changes starts after 分别
 * (分别比上年增长18.6%和21.3%; 增速分别为3.1%、5.6%、7.2%), or its m
 * targets are an enumeration themselves (比重分别为12.1%和32.6%，比上年同期
 * 提高0.7和1.2个百分点), its changes link in order to the m nearest
 * targets before it (at most BL_FIG_MAX_PARTS of them); changes in points
 * without them take the ratio parts their ordinals name (第二、第三产业…分
 * 别回落2.16和1.66个百分点); when fewer are found none is linked.  Without
 * targets, the changes after 分别 take, in order, the items of the list of
 * indicators before it as labels (对甲、乙两地出口分别增长12.3%、25.6% ->
 * 甲出口增长, 乙出口增长).
 * Years, dates, ranks, ratios, ranges, identifiers and numeral_chinese
 * figures are never link targets.  change is BL_FIG_CHANGE_DOWN for the
 * down verbs: signed_value() is then -value.
 *
 * Tables (doc_figures.c).  Every cell figure takes its unit from, in
 * order: the cell; the row header's brackets (地区生产总值（亿元）, and in a
 * table with a unit of its own the rows below it, up to the next row
 * header that names one: 总产出指数（上年=100） names none); the unit column
 * (单位, 计量单位: 元/500克, never a figure itself); the column header
 * (（万元）, (%) after spaces, a trailing %; a growth column's % first); the
 * unit row (单位：万元), the caption (（单位：万元）) or the unit statement
 * before the table.  Its label is the row header (its first text cells),
 * its period the column header's text when it names one (2023年, 2024年目
 * 标, 本期, 上旬平均).  The header is the last row of text and years above
 * the first row of numbers (title, unit and group rows are not); a row's
 * first number stands under the header's first value column.  A growth
 * column (比上年增长, 变动幅度, 比上月%) holds changes of the row's current
 * value (本期, 本月…, 绝对数, else the first that is not a previous period).
 * Rows flattened into paragraphs after a unit statement (单位：件) take
 * that unit, and each figure the label of its row.
 *
 * Context.  The clause: the bytes between clause punctuation
 * ，。；：、！？ , ; : ! ? … and line breaks (ASCII , and : inside a number
 * such as 12,345 or 6:4 are not punctuation; quotes, brackets and 《》 are
 * not clause punctuation), trimmed of spaces.
 *
 * Label (the indicator's name).  Take the text of the clause from the end
 * of the previous figure of the clause (or the clause start) to the figure
 * (before its qualifier; for a change, up to the change verb inclusive);
 * drop leading scope and link words (全省 全市 全国 全区 全年 我省 我市
 * 其中 另 此外 同时 和 及 与 并 约为 约 共 累计 …) and trailing linking
 * verbs and qualifiers (为 达 达到 是 有 共 共计 合计 累计 总计 实现 完成
 * 占 约 位居 全国 等 历时 …), repeatedly.  For a count, amount or quantity
 * whose segment is then empty, or at most 2 characters (a verb or scope:
 * 建成, 面向) with Han text after the figure, the label is the text after
 * the figure up to the next figure or the clause end (建成400余个知识产权
 * 保护工作站 -> 知识产权保护工作站).  Years, dates and identifiers have an
 * empty label.  A linked change gets the linked figure's label before its
 * own (知识产权质押项目数同比增长).  Then (labels.c, each rule with its
 * test in tests/unit/test_labels.c): traditional linking verbs (為 達 …)
 * go like the simplified ones; a comparison's base and method (比上年末,
 * 按可比价格计算, 与去年同期相比) leave a change's label; a share of a
 * reference takes the indicator before it; `A、B分别为x、y` gives each
 * value its subject; values listed after 、 or 和 share the label before
 * them; a value alone after a colon takes the words before it; ranges of
 * years, months or quarters have an empty label.  Labels are cut to
 * BL_FIG_LABEL_MAX bytes at a character boundary.  What a right label is:
 * tests/golden/labels/README.md.
 */
#ifndef BULLETIN_FIGURES_H
#define BULLETIN_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bulletin_int.h"

#define BL_FIG_MAX_PARTS 8    /* ratio parts kept; 三次产业 needs 3 */
#define BL_FIG_UNIT_MAX 48    /* longest written unit: 万+千瓦时/平方公里 */
#define BL_FIG_LABEL_MAX 120  /* 40 Han: longer is not a name any more */
#define BL_FIG_QUOTE_MAX 512  /* names in quotes are short; bounds look-ahead */
#define BL_FIG_LINK_WINDOW 32 /* figures searched back for a change link */
#define BL_FIG_NO_LINK ((size_t)UINT32_MAX) /* bl_figure.link: none (what a
                                                    uint32_t holds: compare as is) */
#define BL_FIG_MARK UINT32_MAX /* bl_figure.lab_start: marked (doc_figures.c) */

/* What a figure measures: BL_FIG_COUNT = 0, BL_FIG_AMOUNT, BL_FIG_QUANTITY,
 * BL_FIG_PERCENT, BL_FIG_RATIO, BL_FIG_RANK, BL_FIG_DURATION, BL_FIG_DATE,
 * BL_FIG_YEAR, BL_FIG_RANGE, BL_FIG_MULTIPLE, BL_FIG_IDENTIFIER: one per
 * line of kinds.def, where each is described.  Names:
 * bl_figure_kind_name(). */
typedef enum {
#define BL_FIG_KIND(ID, NAME, ZH, LISTED, TARGET, LABELLED, DESCRIPTION) BL_FIG_##ID,
#include "figures/kinds.def"
    BL_FIG_NKINDS /* sentinel, not a kind */
} bl_figure_kind;

typedef enum {
    BL_FIG_CHANGE_NONE = 0,
    BL_FIG_CHANGE_UP,  /* 增长 增加 提高 上升 … */
    BL_FIG_CHANGE_DOWN /* 下降 减少 降低 …: the change is -value */
} bl_figure_change;

/* What the caller knows about the scanned text; copied into each figure. */
typedef struct {
    int section;      /* level-1 section number; 0 for title and lead */
    int paragraph;    /* reading-order paragraph index; 0 for title/heading */
    const void *node; /* opaque (the bulletin_node); never dereferenced */
    /* Told of every impossible date in the text (2月30日, 4月31日, 13月1日,
     * 2023年2月29日, 5月0日, 5月32日, 2023-02-30): its bytes [start, end),
     * which give no figure at all (the date stays text; the scan goes on
     * after it).  NULL: not told.  A status other than BULLETIN_OK ends
     * the scan with it. */
    bulletin_status (*bad_date)(void *user, const void *node, size_t start, size_t end);
    void *user;
    int year; /* the document's year (front matter `year`), 0 when unknown:
                 a date written without one is checked against it (2月29日) */
    bool date_line; /* the text is the document's DATE: digits alone there
                       are the date whose 年月日 a copy lost (2018525) */
} bl_figure_ctx;

/* A figure, 168 bytes (368 when its units were arrays and its ratio
 * parts inline: 40,000 rows of a table of figures, 1.2 MB, held 108 MB;
 * 200 with its offsets and link as size_t and its kinds as enums: 300,000
 * bare figures, 0.6 MB, held 30 MB of them).  Offsets are uint32_t: an
 * input is at most 64 MiB (BULLETIN_MAX_INPUT), a node's text some three
 * times that at most.  Its strings other than the label, and its ratio
 * parts, belong to the list (bl_figure_list's store): never free them one
 * by one; the units, scale and period are interned there, so that a
 * figure may take another figure's (g->unit = f->unit) and compare them as
 * strings.  (Fields ordered by size.) */
typedef struct {
    /* where */
    const char *text;          /* borrowed: the scanned text */
    const void *node;

    /* what */
    const char *value_text;          /* the list's: as written without thousands
                                        separators, ASCII digits (12,345 -> 12345) */
    const char *unit;                /* the list's, interned: as written (亿元, 万户,
                                        %, ""); at most BL_FIG_UNIT_MAX - 1 bytes */
    const char *base_unit;           /* the same without the scale (元, 户) */
    const char *scale;               /* the same: "", 万, 亿, 万亿, … */
    const char *qualifier;           /* static; "" when none */
    const double *parts;             /* the list's: the whole ratio's parts, a
                                        range's {lo, hi}; static zeros when
                                        nparts is 0 */
    const char *period;              /* the list's, interned, or NULL: the period
                                        its table column names (2023年, 本期) */
    const char *row_context;         /* the list's or NULL: a table cell's row
                                        (地区生产总值 | 617.50 | 5.2), its
                                        context instead of the clause; one
                                        string for the figures of a row */
    char *label; /* owned (malloc'd through the list's mem); the
                    indicator's name, "" when none */
    double value;                    /* as written (3.5 for 下降3.5%); see rules */
    double scale_factor;             /* 1, 1e4, 1e8, … */
    double norm;                     /* value * scale_factor */

    /* where */
    uint32_t start, end;             /* the figure as written: text[start, end) */
    uint32_t ctx_start, ctx_end;     /* its clause */
    /* change */
    uint32_t link; /* index in the list of the figure this one changes,
                      or BL_FIG_NO_LINK */
    /* scan scratch: the label segment [lab_start, lab_end) */
    uint32_t lab_start, lab_end;
    int section, paragraph;
    int line, column; /* source position of `start`: set for a document's
                         figures (doc_figures.c), 0 from bl_figures_scan */

    /* what */
    int16_t year;                    /* date/year parts; 0 = absent */
    int8_t month, day;
    uint8_t kind;                    /* bl_figure_kind */
    uint8_t change;                  /* bl_figure_change */
    bool numeral_chinese;            /* written in Chinese numerals (两年, 十件) */
    bool parsed;                     /* false: no single number (identifier) or the
                                        number does not fit a double */
    int8_t part;                     /* this figure's position in its ratio or
                                        range, 1-based; 0 for other kinds */
    uint8_t nparts;                  /* parts[0, nparts) */
} bl_figure;

_Static_assert(sizeof(void *) != 8 || sizeof(bl_figure) == 168, "bl_figure: 168 bytes");
_Static_assert(BL_FIG_NKINDS <= 256, "a figure's kind fits its byte");

/* The budgets' levels labels.c knows (全市/市级/市本级, 县, 省, 区). */
#define BL_FIG_BUDGET_LEVELS 4

/* The list's store (scan.c): the figures' strings and parts. */
typedef struct bl_fig_store bl_fig_store;

/* A growable array of figures.  Fields may be read; change it only
 * through the functions below. */
typedef struct {
    const bulletin_mem *mem;
    bl_figure *items;
    size_t len, cap;
    bl_fig_store *store; /* NULL until the first figure; freed with the list
                            (a failed scan's strings stay until then) */
    /* labels.c's memory of the budgets' levels (市级, 县本级 …), so that a
     * figure looks back once, not over a window of figures: 1 + the index
     * of the last figure labelled with level v's own budget and of any
     * level (0: none), and how many figures have been looked at */
    size_t budget_last[BL_FIG_BUDGET_LEVELS], budget_any, budget_seen;
} bl_figure_list;

/* An empty list allocating through `mem` (NULL: libc).  Cannot fail. */
void bl_figure_list_init(bl_figure_list *list, const bulletin_mem *mem);

/* Frees the figures' labels, the store and the array; the list is empty and
 * reusable afterwards.  NULL is a no-op. */
void bl_figure_list_free(bl_figure_list *list);

/* Scans `len` bytes of `text` (need not be NUL-terminated) and appends its
 * figures in text order.  `ctx` may be NULL (section 0).  Returns
 * BULLETIN_OK; BULLETIN_ERR_USAGE when list is NULL or text is NULL with
 * len > 0; BULLETIN_ERR_NOMEM when an allocation fails, in which case the
 * list is left exactly as it was before the call.  The list borrows
 * `text` (see above). */
bulletin_status bl_figures_scan(bl_figure_list *list, const char *text, size_t len,
                                const bl_figure_ctx *ctx);

/* bl_figures_scan for a table cell's whole text (round 40 classes 2 and
 * 4): a cell that is one number grouped by spaces in threes (10 536 205,
 * 712 418, 1 107.7) or with its minus sign spaced from it (- 1.05, -9 540)
 * is that one value, where rule 0 reads a row of numbers (352 368 411)
 * as numbers in prose and in a space-aligned row. */
bulletin_status bl_figures_scan_cell(bl_figure_list *list, const char *text, size_t len,
                                     const bl_figure_ctx *ctx);

/* Gives a bare number (a count without a unit, as in a table cell) the
 * unit `hint` (len bytes, e.g. "亿元" from a header "地区生产总值（亿元）"):
 * an optional scale and a unit of the table, or a scale alone.  Sets unit,
 * scale, base unit, kind and the normalised value, the strings interned
 * in `list`, the figure's list.  Returns false and changes nothing when
 * the figure has a unit or the hint is not one, or when the list's store
 * cannot grow (then fig_store_failed(list) tells it). */
bool bl_figure_apply_unit(bl_figure_list *list, bl_figure *fig, const char *hint, size_t len);

/* Whether hint[0, len) is a unit a table may name (亿元, %, 万, 元/5升). */
bool bl_figure_unit_text(const char *hint, size_t len);

/* "count", "amount", …, "identifier" (NAME in kinds.def); "unknown" when
 * out of range. */
const char *bl_figure_kind_name(bl_figure_kind kind);

/* True when the figure is listed by default; false for numeral_chinese
 * figures and the kinds not LISTED in kinds.def (identifiers), which are
 * listed only with --all. */
bool bl_figure_is_default(const bl_figure *fig);

/* The signed change: -value for BL_FIG_CHANGE_DOWN, else value. */
double bl_figure_signed_value(const bl_figure *fig);

/* The figures of a parsed document (doc_figures.c), in reading order;
 * NULL before they are scanned. */
const bl_figure_list *bl_doc_figures(const bulletin_doc *doc);

/* The TSV of the figures, a row per figure: src/text/tsv.h. */

#endif
