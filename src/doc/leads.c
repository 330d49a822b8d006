/*
 * leads.c - headings without a number:
 *
 *  - paragraphs led by a label and 。, one after another (工业。1-12月，…
 *    / 投资。1-12月，…): each a run-in section with no number;
 *  - a short line of words above a list that starts at 1 (主要指标解释及说明
 *    / 1、主要指标解释): a level-1 heading with no number;
 *  - a news report's subheads: two or more short lines without a mark
 *    of punctuation, each between two long sentences written on one line
 *    (…结转下年32.65亿元。 / 2023年市级一般公共预算总收入338.16亿元 /
 *    2023年，市级…), or one such line of at most 16 characters, quotation
 *    marks allowed, alone between blank lines after a long sentence and
 *    before a sentence (开“视频答问”先河): level-1 headings with no number;
 *  - a group row of a 报表 flattened into lines: an indented short line of
 *    words under a level-1 heading, then a blank line, then rows indented
 *    deeper that end in a number (城市最低生活保障 / (blank) / 最低生活保障
 *    人数万人7.1): a level-2 heading with no number;
 *  - an indicator's name run into its first sentence before a year, in
 *    sibling paragraphs one after another (降水量2016年,全國年平均降水量
 *    730.0mm… / 地表水資源量2016年,…): run-in leads;
 *
 * and the lead of a numbered definition: its term, not its first
 * sentence ((1) 国内(地区)生产总值简称GDP，…; (2) 三次产业 经济结构…).
 */
#include <string.h>

#include "doc/parse_int.h"

static bool bracket(uint32_t c) { return c == 0xFF08 || c == 0xFF09 || c == '(' || c == ')'; }

/* The label of a paragraph led by one: a word or a whole short clause,
 * 1 to 10 Chinese characters (工业。, 固定资产投资平稳增长。), a converter's
 * pinyin readings after them counting for nothing (農(nóng)業(yè)生產(chǎn)態(tài)
 * 勢穩(wěn)定。), then 。, then the paragraph (10 characters or more).
 * Returns the index after the 。 in cp[a..b), 0 when none. */
static size_t lead_label_han(const uint32_t *cp, size_t a, size_t b, size_t *n_han)
{
    size_t i = a, han = 0;
    while (i < b && han <= 10 && bl_is_han(cp[i])) {
        i++;
        han++;
        i += bl_p_reading_at(cp, b, i);
    }
    if (han == 0 || han > 10 || i >= b || cp[i] != 0x3002 || b - (i + 1) < 10)
        return 0;
    if (n_han)
        *n_han = han;
    return i + 1;
}

static size_t lead_label(const uint32_t *cp, size_t a, size_t b)
{
    return lead_label_han(cp, a, b, NULL);
}

/* A period word that opens a statistics sentence (年末, 全年, 上半年, 1-6月,
 * 截至…; simplified and traditional) at cp[i..b): its end, 0 when none. */
static size_t period_word_at(const uint32_t *cp, size_t i, size_t b)
{
    static const uint32_t words[][5] = {
        {0x5E74, 0x672B}, {0x5E74, 0x5E95}, {0x5168, 0x5E74}, {0x5E74, 0x5185}, {0x5E74, 0x5167},
        {0x5E74, 0x521D}, {0x4E0A, 0x534A, 0x5E74}, {0x4E0B, 0x534A, 0x5E74},
        {0x524D, 0x4E09, 0x5B63, 0x5EA6}, {0x4E00, 0x5B63, 0x5EA6}, {0x672C, 0x5E74},
        {0x5F53, 0x5E74}, {0x7576, 0x5E74}, {0x622A, 0x81F3}, {0x622A, 0x6B62}};
    /* 年末 年底 全年 年内 年內 年初 上半年 下半年 前三季度 一季度 本年 当年 當年 截至 截止 */
    static const uint32_t more[][5] = {{0x4E0A, 0x5E74, 0x672B}, {0x4E8C, 0x5B63, 0x5EA6},
                                       {0x4E09, 0x5B63, 0x5EA6}, {0x56DB, 0x5B63, 0x5EA6}};
    /* 上年末 二季度 三季度 四季度 */
    for (size_t w = 0; w < sizeof more / sizeof *more; w++) {
        size_t k = 0;
        while (k < 5 && more[w][k] && i + k < b && cp[i + k] == more[w][k])
            k++;
        if (k == 5 || !more[w][k])
            return i + k;
    }
    /* 一至十月, 一～十一月: months in Chinese numerals */
    if (i + 3 < b && cp[i] == 0x4E00
        && (cp[i + 1] == 0x81F3 || cp[i + 1] == 0xFF5E || cp[i + 1] == '~' || cp[i + 1] == '-'
            || cp[i + 1] == 0x2014 || cp[i + 1] == 0x2013 || cp[i + 1] == 0xFF0D)) {
        static const uint32_t num[] = {0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};
        size_t k = i + 2;
        while (k < b && k < i + 5) {
            bool is = false;
            for (size_t m = 0; m < sizeof num / sizeof *num && !is; m++)
                is = cp[k] == num[m];
            if (!is)
                break;
            k++;
        }
        if (k > i + 2 && k < b && cp[k] == 0x6708) /* 月 */
            return k + 1;
    }
    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t k = 0;
        while (k < 5 && words[w][k] && i + k < b && cp[i + k] == words[w][k])
            k++;
        if (k >= 2 && (k == 5 || !words[w][k]))
            return i + k;
    }
    /* 1-6月, 1—11月份 */
    if (i + 3 < b && cp[i] == '1' && (cp[i + 1] == '-' || cp[i + 1] == 0x2014 || cp[i + 1] == 0x2013
                                      || cp[i + 1] == 0xFF0D || cp[i + 1] == '~' || cp[i + 1] == 0x81F3
                                      || cp[i + 1] == 0xFF5E)) {
        size_t k = i + 2;
        while (k < b && k < i + 4 && bl_p_is_digit(cp[k]))
            k++;
        if (k > i + 2 && k < b && cp[k] == 0x6708) /* 月 */
            return k + 1;
    }
    return 0;
}

/* Whether cp[a..e) is the name of a statistics bulletin's section (人口,
 * 国民经济, 建筑业, 國內貿易…): a closed list, simplified and traditional,
 * of SECTION names, never a sentence's subject (城镇居民, 财政收入, 金融
 * 机构, 规模以上工业 read on into their predicate). */
static bool section_noun(const uint32_t *cp, size_t a, size_t e)
{
    static const char *const nouns[] = {
        "综合", "人口", "国民经济", "经济总量", "农业", "粮食", "畜牧业", "林业", "渔业", "工业",
        "建筑业", "投资", "固定资产投资", "房地产", "房地产开发", "国内贸易", "消费", "对外经济",
        "对外贸易", "开放型经济", "交通", "运输", "交通运输", "邮电", "邮政", "电信", "旅游", "金融",
        "保险", "证券", "财政", "价格", "物价", "教育", "科技", "科学技术", "文化", "卫生", "体育",
        "社会保障", "就业", "人民生活", "资源环境", "环境", "能源", "安全生产", "城市建设",
        "綜合", "國民經濟", "經濟總量", "農業", "糧食", "畜牧業", "林業", "漁業", "工業", "建築業",
        "投資", "固定資產投資", "房地產", "房地產開發", "國內貿易", "消費", "對外經濟", "對外貿易",
        "開放型經濟", "運輸", "交通運輸", "郵電", "郵政", "電信", "旅遊", "保險", "證券", "財政",
        "價格", "物價", "衛生", "體育", "社會保障", "就業", "資源環境", "環境", "安全生產", "城市建設"};
    for (size_t w = 0; w < sizeof nouns / sizeof *nouns; w++) {
        const unsigned char *u = (const unsigned char *)nouns[w];
        size_t ul = strlen(nouns[w]), o = 0, k = a;
        while (o < ul && k < e) {
            uint32_t c;
            int step = bl_utf8_decode(u + o, ul - o, &c);
            if (step <= 0 || c != cp[k])
                break;
            o += (size_t)step;
            k++;
        }
        if (o == ul && k == e)
            return true;
    }
    return false;
}

/* The places a lead's name may not end in (a place opens a sentence, no
 * indicator): 市 县 縣 区 區 省 镇 鎮 乡 鄉 州 盟 旗 村 国 國. */
static const uint32_t place[] = {0x5E02, 0x53BF, 0x7E23, 0x533A, 0x5340, 0x7701, 0x9547, 0x93AE,
                                 0x4E61, 0x9109, 0x5DDE, 0x76DF, 0x65D7, 0x6751, 0x56FD, 0x570B};

/* A run-in lead glued to its sentence, its bold lost (人口年末常住人口94.9
 * 万人，…。 / 國民經濟全年實現地區生產總值…。): at the paragraph's start, a
 * statistics bulletin's section name (section_noun) right before a period
 * word, or a noun of 2 to 4 characters that the sentence repeats right
 * after the period word (粮食全年粮食产量…), the sentence after it 10
 * characters or more and ended.  The noun is no scope or place (全县、本
 * 市、我区、某某县 全年… are the sentence's subject), holds no period word
 * itself (今年1至2月…) and does not end in 上 or 下 (建筑业上年末 is
 * 建筑业 / 上年末).  Returns the noun's end, 0 when none. */
static size_t glued_label(const uint32_t *cp, size_t a, size_t b)
{
    static const uint32_t scope[] = {0x5168, 0x672C, 0x6211, 0x4ECA, 0x53BB, 0x5F53, 0x7576, 0x8BE5, 0x8A72,
                                     0x5B8C, 0x7D2F, 0x5B9E, 0x5BE6, 0x622A};
    /* 全 本 我 今 去 当 當 该 該 完(成) 累(计) 实(现) 實 截 */
    if (b - a < 14 || !bl_p_is_terminal(cp[b - 1]))
        return 0;
    for (size_t w = 0; w < sizeof scope / sizeof *scope; w++)
        if (cp[a] == scope[w])
            return 0;
    for (size_t e = a + 2; e <= a + 6 && e < b; e++) {
        if (!bl_is_han(cp[e - 1]))
            return 0;
        if (period_word_at(cp, e - 1, b) || period_word_at(cp, e - 2, b))
            return 0; /* a period word inside the noun */
        size_t pe = period_word_at(cp, e, b);
        if (!pe)
            continue;
        if (cp[e - 1] == 0x4E0A || cp[e - 1] == 0x4E0B) /* 上 下 */
            continue;
        for (size_t w = 0; w < sizeof place / sizeof *place; w++)
            if (cp[e - 1] == place[w])
                return 0;
        if (b - pe < 10)
            return 0;
        if (section_noun(cp, a, e))
            return e;
        /* the noun repeated after the period word */
        size_t n = e - a;
        if (n > 4 || pe + n > b)
            return 0;
        for (size_t k = 0; k < n; k++)
            if (cp[pe + k] != cp[a + k])
                return 0;
        return e;
    }
    return 0;
}

/* Whether cp[a..e) names a measured quantity, an indicator: it ends in
 * 量 额 額 数 數 值 率 (降水量, 水資源總量, 零售总额, 地区生产总值, 城镇化率) or in
 * 收入 支出 面积 面積 人口 投资 投資 价格 價格 (一般公共预算收入, 播种面积).
 * An actor (政府, 公司, 企業, 市财政局) or a verb phrase (力争到, 预计) is
 * none. */
static bool indicator_name(const uint32_t *cp, size_t a, size_t e)
{
    static const uint32_t one[] = {0x91CF, 0x989D, 0x984D, 0x6570, 0x6578, 0x503C, 0x7387};
    /* 量 额 額 数 數 值 率 */
    static const uint32_t two[][2] = {{0x6536, 0x5165}, {0x652F, 0x51FA}, {0x9762, 0x79EF}, {0x9762, 0x7A4D},
                                      {0x4EBA, 0x53E3}, {0x6295, 0x8D44}, {0x6295, 0x8CC7}, {0x4EF7, 0x683C},
                                      {0x50F9, 0x683C}};
    /* 收入 支出 面积 面積 人口 投资 投資 价格 價格 */
    if (e - a < 2)
        return false;
    for (size_t w = 0; w < sizeof one / sizeof *one; w++)
        if (cp[e - 1] == one[w])
            return true;
    for (size_t w = 0; w < sizeof two / sizeof *two; w++)
        if (cp[e - 2] == two[w][0] && cp[e - 1] == two[w][1])
            return true;
    return false;
}

/* A run-in lead run into its first sentence before a year (降水量2016年,
 * 全國年平均降水量730.0mm…。 / 用水总量2023年度，全市用水总量…。): at the
 * paragraph's start, an indicator's name (indicator_name) of 2 to 10
 * Chinese characters,
 * right after it a year (four digits and 年, then 度, 末, 底 or a period
 * word such as 上半年 or 1-6月 at most) and a comma, the sentence after
 * the comma naming the indicator again before its first 。 or ；, the
 * paragraph 14 characters or more and ended.  The name is no scope or
 * place (全年…, 全县…, 某某县2023年，某某县…: the sentence's subject).
 * Alone it proves nothing (地区生产总值2023年，…): the caller wants
 * siblings.  Returns the name's end, 0 when none. */
static size_t year_led_label(const uint32_t *cp, size_t a, size_t b)
{
    static const uint32_t scope[] = {0x5168, 0x672C, 0x6211, 0x4ECA, 0x53BB, 0x5F53, 0x7576, 0x8BE5, 0x8A72,
                                     0x5176, 0x5404, 0x622A};
    /* 全 本 我 今 去 当 當 该 該 其 各 截(至) */
    if (b - a < 14 || !bl_p_is_terminal(cp[b - 1]))
        return 0;
    for (size_t w = 0; w < sizeof scope / sizeof *scope; w++)
        if (cp[a] == scope[w])
            return 0;
    size_t e = a;
    while (e < b && e - a <= 10 && bl_is_han(cp[e]))
        e++;
    size_t n = e - a;
    if (n < 2 || n > 10 || e + 6 > b)
        return 0;
    for (size_t w = 0; w < sizeof place / sizeof *place; w++)
        if (cp[e - 1] == place[w])
            return 0;
    if (!indicator_name(cp, a, e))
        return 0;
    size_t y = e;
    while (y < b && y < e + 4 && (bl_p_is_digit(cp[y]) || (cp[y] >= 0xFF10 && cp[y] <= 0xFF19)))
        y++;
    if (y != e + 4 || y >= b || cp[y] != 0x5E74) /* 年 */
        return 0;
    y++;
    if (y < b && (cp[y] == 0x5EA6 || cp[y] == 0x672B || cp[y] == 0x5E95)) /* 度 末 底 */
        y++;
    else if (y < b) {
        size_t pe = period_word_at(cp, y, b);
        if (pe)
            y = pe;
    }
    if (y >= b || (cp[y] != 0xFF0C && cp[y] != ','))
        return 0;
    for (size_t k = y + 1; k + n <= b && cp[k] != 0x3002 && cp[k] != 0xFF1B && cp[k] != ';'; k++) {
        size_t m = 0;
        while (m < n && cp[k + m] == cp[a + m])
            m++;
        if (m == n)
            return e;
    }
    return 0;
}

/* A budget report's run-in lead naming the part of the account its
 * paragraph gives (2024年一般公共预算收支决算平衡情况。全县… / 转移支付收入
 * 情况。一般性转移支付收入… / 轉移支付收入情況。…): at the paragraph's start,
 * a year (four digits and 年, 度 at most) or none, then a noun phrase of 3
 * to 24 Chinese characters (a converter's readings counting for nothing)
 * ending in 情况/情況, then 。 and the paragraph (10 characters or more).
 * No figure after the year, no verb: a sentence that merely ends in 情况。
 * (全面掌握了全县财政收支情况。, 会议听取…情况。) is none.  Returns the
 * index after the 。, 0 when none. */
static size_t situation_lead(const uint32_t *cp, size_t a, size_t b)
{
    static const uint32_t one[] = {0x4E86, 0x8FC7, 0x904E, 0x7740, 0x662F, 0x5C06, 0x5C07, 0x628A, 0x88AB,
                                   0x5DF2, 0x5BF9, 0x5C0D, 0x5411, 0x8981, 0x5E94, 0x61C9, 0x8BF7, 0x8ACB};
    /* 了 过 過 着 是 将 將 把 被 已 对 對 向 要 应 應 请 請 */
    static const uint32_t two[][2] = {
        {0x542C, 0x53D6}, {0x807D, 0x53D6}, {0x638C, 0x63E1}, {0x6C47, 0x62A5}, {0x532F, 0x5831},
        {0x62A5, 0x544A}, {0x5831, 0x544A}, {0x901A, 0x62A5}, {0x901A, 0x5831}, {0x4ECB, 0x7ECD},
        {0x4ECB, 0x7D39}, {0x8BF4, 0x660E}, {0x8AAA, 0x660E}, {0x53CD, 0x6620}, {0x6838, 0x5B9E},
        {0x6838, 0x5BE6}, {0x68C0, 0x67E5}, {0x6AA2, 0x67E5}, {0x5206, 0x6790}, {0x7814, 0x7A76},
        {0x5BA1, 0x8BAE}, {0x5BE9, 0x8B70}, {0x8C03, 0x67E5}, {0x8ABF, 0x67E5}, {0x63D0, 0x4EA4}};
    /* 听取 聽取 掌握 汇报 匯報 报告 報告 通报 通報 介绍 介紹 说明 說明 反映 核实 核實
     * 检查 檢查 分析 研究 审议 審議 调查 調查 提交 */
    size_t i = a;
    size_t y = i;
    while (y < b && y < i + 4 && (bl_p_is_digit(cp[y]) || (cp[y] >= 0xFF10 && cp[y] <= 0xFF19)))
        y++;
    if (y == i + 4 && y < b && cp[y] == 0x5E74) { /* 年 */
        i = y + 1;
        if (i < b && cp[i] == 0x5EA6) /* 度 */
            i++;
    }
    size_t han = 0, prev = b, last = b;
    while (i < b && han <= 24 && bl_is_han(cp[i])) {
        for (size_t w = 0; w < sizeof one / sizeof *one; w++)
            if (cp[i] == one[w])
                return 0;
        if (last < b)
            for (size_t w = 0; w < sizeof two / sizeof *two; w++)
                if (cp[last] == two[w][0] && cp[i] == two[w][1])
                    return 0;
        prev = last;
        last = i;
        han++;
        i++;
        i += bl_p_reading_at(cp, b, i);
    }
    if (han < 3 || han > 24 || i >= b || cp[i] != 0x3002 || b - (i + 1) < 10 || prev >= b)
        return 0;
    if (cp[prev] != 0x60C5 || (cp[last] != 0x51B5 && cp[last] != 0x6CC1)) /* 情况 情況 */
        return 0;
    return i + 1;
}

/* A dash-led lead alone on its line (——深挖增收潜力，财政收入稳步回升。,
 * one dash or two): words and commas only, two clauses at least (a
 * single phrase, ——坚持创新。, is an enumeration's item), no figure,
 * ending in 。.
 * *glued (when not NULL) says whether it is a lead with its paragraph
 * after it on the line (——权责一致。有权必有责…) instead.  Returns the
 * lead's end (b), 0 when the line is no dash lead alone. */
static size_t dash_lead(const uint32_t *cp, size_t a, size_t b, bool *glued)
{
    if (glued)
        *glued = false;
    size_t i = a;
    while (i < b && i < a + 2 && (cp[i] == 0x2014 || cp[i] == 0x2015))
        i++; /* — ― */
    if (i == a)
        return 0;
    size_t han = 0, commas = 0, k = i;
    for (; k < b && cp[k] != 0x3002; k++) {
        if (bl_is_han(cp[k]))
            han++;
        else if (cp[k] == 0xFF0C || cp[k] == ',')
            commas++;
        else if (!(cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001 || cp[k] == 0x201C || cp[k] == 0x201D))
            return 0; /* ，, 、 “ ” only */
        if (k - i > 40)
            return 0;
    }
    if (han < 4 || k >= b)
        return 0;
    if (k + 1 < b) {
        if (glued)
            *glued = true;
        return 0;
    }
    return commas ? b : 0;
}

/* Whether line li is a paragraph led by a label: *han its characters
 * (0 when none); an enumeration's clause (一是粮食产量保持增长。) is no
 * label. */
static bulletin_status label_at(parser *p, size_t li, size_t *han)
{
    bulletin_status status = BULLETIN_OK;
    *han = 0;
    if (li >= p->nlines || p->lines[li].kind != LK_TEXT || p->lines[li].flat)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    size_t h = 0;
    if (!lead_label_han(p->cur.cp, a, b, &h))
        return BULLETIN_OK;
    size_t e = bl_p_han_numerals_end(p->cur.cp, a, b, 3);
    if (h > 6 && e > a && e < b && p->cur.cp[e] == 0x662F) /* 是 */
        return BULLETIN_OK;
    *han = h;
cleanup:
    return status;
}

/* Whether line li is a paragraph of a bulletin's part led by a headline
 * clause and a comma (农业生产形势较好，第一产业增加值145.88亿元，…。): 4 to
 * 10 Han characters, a comma, then a sentence holding a figure. */
static bulletin_status comma_lead_at(parser *p, size_t li, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    if (p->lines[li].kind != LK_TEXT || p->lines[li].flat)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    const uint32_t *cp = p->cur.cp;
    size_t i = a;
    while (i < b && i - a <= 10 && bl_is_han(cp[i]))
        i++;
    if (i - a < 4 || i - a > 10 || i >= b || (cp[i] != 0xFF0C && cp[i] != ','))
        return BULLETIN_OK;
    size_t e = i + 1;
    while (e < b && !bl_p_is_stop(cp[e]) && !bl_p_is_digit(cp[e]))
        e++;
    *yes = e < b && bl_p_is_digit(cp[e]) && bl_p_is_stop(cp[b - 1]);
cleanup:
    return status;
}

/* The line li as code points without its edge spaces: its length, and
 * whether it ends a sentence (*term) or holds any mark of punctuation or
 * space inside (*marks). */
static bulletin_status line_shape(parser *p, size_t li, size_t *len, bool *term, bool *marks)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    const uint32_t *cp = p->cur.cp;
    *len = b - a;
    *term = b > a && bl_p_is_terminal(cp[b - 1]);
    *marks = false;
    for (size_t k = a; k < b && !*marks; k++)
        *marks = !(bl_is_han(cp[k]) || bl_p_is_digit(cp[k]) || cp[k] == '.'
                   || (cp[k] < 0x80 && ((cp[k] | 0x20) >= 'a' && (cp[k] | 0x20) <= 'z')));
cleanup:
    return status;
}

/* Whether cp[a..b) is a reporter's byline alone (香港卫视记者周鹭, 新华社
 * 记者 张三, 本報記者 李四 王五, 本台通讯员陈大文): at most 10 Han naming
 * the paper or agency, 记者/記者/通讯员/通訊員, then one to four names of 2
 * to 4 Han (spaces or 、 between them) ending the line.  A name ending in
 * 会/會/节/節 is an event (记者见面会), no name. */
static bool byline_alone(const uint32_t *cp, size_t a, size_t b)
{
    static const uint32_t posts[][3] = {{0x8BB0, 0x8005, 0}, {0x8A18, 0x8005, 0},
                                        {0x901A, 0x8BAF, 0x5458}, {0x901A, 0x8A0A, 0x54E1}};
    /* 记者 記者 通讯员 通訊員 */
    size_t i = a;
    while (i < b && i - a <= 12 && bl_is_han(cp[i])) {
        for (size_t w = 0; w < sizeof posts / sizeof *posts; w++) {
            size_t k = 0;
            while (k < 3 && posts[w][k] && i + k < b && cp[i + k] == posts[w][k])
                k++;
            if (k < 3 && posts[w][k])
                continue;
            if (i - a > 10)
                return false;
            size_t j = i + k, names = 0;
            bool ok = true;
            while (j < b && ok) {
                while (j < b && (bl_p_is_space(cp[j]) || cp[j] == 0x3000 || cp[j] == 0x3001))
                    j++;
                size_t e = j;
                while (e < b && bl_is_han(cp[e]))
                    e++;
                if (e == j)
                    break;
                uint32_t z = cp[e - 1];
                ok = e - j >= 2 && e - j <= 4 && z != 0x4F1A && z != 0x6703 && z != 0x8282 && z != 0x7BC0;
                names++;
                j = e;
            }
            if (ok && j == b && names >= 1 && names <= 4)
                return true;
        }
        i++;
    }
    return false;
}

/* Whether line i is a news subhead: 6 to 30 characters of words and
 * numbers only, the text lines around it long sentences (40 characters or
 * more, each ending one). */
static bulletin_status subhead_at(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    bl_line *l = &p->lines[i];
    if (i == 0 || i + 1 >= p->nlines || l->kind != LK_TEXT || l->flat || l->toc)
        goto cleanup;
    const bl_line *pv = &p->lines[i - 1], *nx = &p->lines[i + 1];
    if (pv->kind != LK_TEXT || nx->kind != LK_TEXT || pv->flat || nx->flat)
        goto cleanup;
    size_t n, pn, nn;
    bool term, marks, pterm, nterm, pm, nm;
    BL_CHECK(line_shape(p, i, &n, &term, &marks));
    if (n < 6 || n > 30 || term || marks)
        goto cleanup;
    {
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (byline_alone(p->cur.cp, a, b))
            goto cleanup; /* a reporter's byline is body text */
    }
    BL_CHECK(line_shape(p, i - 1, &pn, &pterm, &pm));
    BL_CHECK(line_shape(p, i + 1, &nn, &nterm, &nm));
    *yes = pterm && nterm && pn >= 40 && nn >= 40;
cleanup:
    return status;
}

/* Whether line i is a report's part heading alone: a news subhead
 * (subhead_at) whose paragraph under it is no field (抄送：… under an
 * issuer's name) and is followed by another line ending its sentence (the
 * body goes on, blank lines before it or not), by no text (a signature, a
 * heading, a table) or by nothing (the paragraph is the text's last: a
 * census bulletin's one part, 农业农村农民基本情况), not a chart's or a
 * table's name (…图, …表). */
static bulletin_status lone_subhead_at(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    BL_CHECK(subhead_at(p, i, yes));
    if (!*yes)
        goto cleanup;
    *yes = false;
    size_t j2 = bl_p_next_nonblank(p, i + 2);
    const bl_line *n2 = j2 < p->nlines ? &p->lines[j2] : NULL;
    if (n2 && n2->kind == LK_TEXT && (n2->flat || n2->toc))
        goto cleanup;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    if (p->cur.cp[b - 1] == 0x56FE || p->cur.cp[b - 1] == 0x5716 || p->cur.cp[b - 1] == 0x8868)
        goto cleanup; /* 图 圖 表 */
    size_t n;
    bool term = true, marks;
    if (n2 && n2->kind == LK_TEXT)
        BL_CHECK(line_shape(p, j2, &n, &term, &marks));
    /* over the text's last paragraph, or with no text or a blank line
     * after the one under it, a name of words only: a line with a figure
     * (2023年全市一般公共预算总收入637.58亿元) may be a sentence that lost
     * its stop */
    if (!n2 || j2 != i + 2 || n2->kind != LK_TEXT) {
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        for (size_t k = a; k < b; k++)
            if (bl_p_is_digit(p->cur.cp[k]))
                goto cleanup;
    }
    BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
    for (size_t k = a; k < b && k < a + 7; k++)
        if (p->cur.cp[k] == 0xFF1A || p->cur.cp[k] == ':')
            goto cleanup; /* a field (抄送：…) */
    *yes = term;
cleanup:
    return status;
}

/* Whether cp[0..n) holds an amount: a number then a unit or its scale
 * (全县财政收入完成15亿元, 8万吨, 3000人, 20公里): a sentence's figure, no
 * heading's year (2019年及今年以来工作回顾) or count of months. */
static bool holds_amount(const uint32_t *cp, size_t n)
{
    static const uint32_t units[] = {0x4EBF /* 亿 */, 0x5104 /* 億 */, 0x4E07 /* 万 */, 0x842C /* 萬 */,
                                     0x5343 /* 千 */, 0x5143 /* 元 */, 0x5428 /* 吨 */, 0x5678 /* 噸 */,
                                     0x4EBA /* 人 */, 0x6237 /* 户 */, 0x6236 /* 戶 */, 0x4EA9 /* 亩 */,
                                     0x755D /* 畝 */, 0x516C /* 公(里 顷 斤) */, 0x500D /* 倍 */};
    for (size_t k = 1; k < n; k++) {
        if (!bl_p_is_digit(cp[k - 1]))
            continue;
        for (size_t u = 0; u < sizeof units / sizeof *units; u++)
            if (cp[k] == units[u])
                return true;
    }
    return false;
}

/* In a hard-wrapped copy whose paragraphs end with a page tool's mark
 * (hd9, bl_p_paragraph_mark): a line of 4 to 30 words and numbers
 * before the mark, no stop, right after a line whose paragraph ended (a
 * stop before its mark) and over a text line, is a level-1 heading alone
 * (2019年及今年以来工作回顾hd9); the mark tells where its paragraph ends
 * as a blank line would. */
static bulletin_status marked_headings(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    uint32_t mk[5];
    size_t mkn = 0, mkl = 0;
    BL_CHECK(bl_p_paragraph_mark(p, mk, &mkn, &mkl));
    for (size_t i = 1; mkn && i + 1 < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat || l->toc || p->lines[i - 1].kind != LK_TEXT
            || p->lines[i + 1].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp;
        if (b - a <= mkn || memcmp(cp + b - mkn, mk, mkn * sizeof *mk) != 0)
            continue;
        size_t e = b - mkn, han = 0;
        bool words = e - a >= 4 && e - a <= 30;
        for (size_t k = a; k < e && words; k++) {
            words = bl_is_han(cp[k]) || bl_p_is_digit(cp[k]);
            han += bl_is_han(cp[k]);
        }
        if (!words || han < 4 || holds_amount(cp + a, e - a))
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i - 1, &a, &b));
        cp = p->cur.cp;
        if (b - a <= mkn + 1 || memcmp(cp + b - mkn, mk, mkn * sizeof *mk) != 0 || !bl_p_is_terminal(cp[b - mkn - 1]))
            continue;
        l->kind = LK_HEADING;
        l->level = 1;
        l->unnum = 1;
    }
cleanup:
    return status;
}

/* Whether line i is a dash-led heading alone (——突出提升发展质量和效益，
 * 综合实力显著增强, one dash or two): 6 to 30 Han characters after the
 * dash, with commas, 、 and quotation marks only (no figure, no date: a
 * subtitle ——2023年…会议上 is no heading), no stop at its end; under a
 * sentence's end (…主要工作和成效有：) or a heading (under a title it is
 * the title's subtitle), over the end of the text, a blank line, or a
 * paragraph on one line ending its sentence and half as long again (a
 * dash paragraph wrapped at this width goes on in a line no longer), not
 * over another dash line (——坚持创新 / ——坚持协调 is a list). */
static bulletin_status ends_sentence(parser *p, size_t li, bool *yes);

static bulletin_status dash_heading_at(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    const bl_line *l = &p->lines[i];
    if (i == 0 || l->kind != LK_TEXT || l->flat || l->toc)
        goto cleanup;
    size_t pv = i - 1;
    while (pv > 0 && p->lines[pv].kind == LK_BLANK)
        pv--;
    if (p->lines[pv].kind == LK_HEADING) {
        /* a heading's text */
    } else if (p->lines[pv].kind == LK_TEXT && !p->lines[pv].flat) {
        bool end;
        BL_CHECK(ends_sentence(p, pv, &end));
        if (!end)
            goto cleanup;
    } else {
        goto cleanup;
    }
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp;
    size_t k = a;
    while (k < b && k < a + 2 && (cp[k] == 0x2014 || cp[k] == 0x2015))
        k++; /* — ― */
    if (k == a || k >= b)
        goto cleanup;
    size_t han = 0;
    for (size_t w = k; w < b; w++) {
        if (bl_is_han(cp[w]))
            han++;
        else if (!(cp[w] == 0xFF0C || cp[w] == ',' || cp[w] == 0x3001 || cp[w] == 0x201C || cp[w] == 0x201D))
            goto cleanup;
    }
    if (han < 6 || han > 30 || !bl_is_han(cp[b - 1]))
        goto cleanup;
    size_t n = b - a;
    if (i + 1 >= p->nlines || p->lines[i + 1].kind == LK_BLANK) {
        *yes = true;
        goto cleanup;
    }
    const bl_line *nx = &p->lines[i + 1];
    if (nx->kind != LK_TEXT || nx->flat || nx->toc)
        goto cleanup;
    BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
    if (b > a && (p->cur.cp[a] == 0x2014 || p->cur.cp[a] == 0x2015))
        goto cleanup;
    size_t nn;
    bool term, marks;
    BL_CHECK(line_shape(p, i + 1, &nn, &term, &marks));
    *yes = term && nn >= 40 && 2 * nn >= 3 * n;
cleanup:
    return status;
}

/* Whether line i is a subhead alone between blank lines: 4 to 16
 * characters of words, numbers and quotation marks, after a sentence of
 * 40 characters or more and before one of 10 or more. */
static bulletin_status spaced_subhead_at(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    const bl_line *l = &p->lines[i];
    if (i < 2 || i + 2 >= p->nlines || l->kind != LK_TEXT || l->flat || l->toc ||
        p->lines[i - 1].kind != LK_BLANK || p->lines[i + 1].kind != LK_BLANK)
        goto cleanup;
    size_t pv = i - 1;
    while (pv > 0 && p->lines[pv].kind == LK_BLANK)
        pv--;
    size_t nx = bl_p_next_nonblank(p, i + 1);
    if (nx >= p->nlines || p->lines[pv].kind != LK_TEXT || p->lines[nx].kind != LK_TEXT ||
        p->lines[pv].flat || p->lines[nx].flat)
        goto cleanup;
    BL_CHECK(bl_p_decode_line(p, i));
    const uint32_t *cp = p->cur.cp;
    size_t a = bl_p_skip_spaces(cp, p->cur.n, 0), b = p->cur.n;
    while (b > a && bl_p_is_space(cp[b - 1]))
        b--;
    if (b - a < 4 || b - a > 16)
        goto cleanup;
    size_t han = 0;
    for (size_t k = a; k < b; k++) {
        if (bl_is_han(cp[k]))
            han++;
        else if (!(bl_p_is_digit(cp[k]) || cp[k] == 0x201C || cp[k] == 0x201D))
            goto cleanup;
    }
    if (han < 4)
        goto cleanup;
    size_t pn, nn;
    bool pterm, nterm, pm, nm;
    BL_CHECK(line_shape(p, pv, &pn, &pterm, &pm));
    BL_CHECK(line_shape(p, nx, &nn, &nterm, &nm));
    *yes = pterm && nterm && pn >= 40 && nn >= 10;
cleanup:
    return status;
}

/* The indent of line li (its leading spaces) and whether the rest is 2 to
 * 16 Chinese characters (*words) or ends in a digit (*value). */
static bulletin_status row_shape(parser *p, size_t li, size_t *indent, bool *words, bool *value)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    const uint32_t *cp = p->cur.cp;
    *indent = a;
    *words = b - a >= 2 && b - a <= 16;
    for (size_t k = a; k < b && *words; k++)
        *words = bl_is_han(cp[k]);
    *value = b > a && bl_p_is_digit(cp[b - 1]);
cleanup:
    return status;
}

/* Whether line i is a group row of a flattened 报表: indented words, a
 * blank line, then a row indented deeper ending in a number, the last
 * heading above it of level 1 or a group row before it. */
static bulletin_status group_row_at(parser *p, size_t i, const bl_line *hl, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    const bl_line *l = &p->lines[i];
    if (i == 0 || i + 2 >= p->nlines || l->kind != LK_TEXT || l->flat || l->toc ||
        p->lines[i + 1].kind != LK_BLANK)
        goto cleanup;
    if (!hl || !(hl->level == 1 || (hl->level == 2 && hl->unnum)))
        goto cleanup;
    size_t nx = bl_p_next_nonblank(p, i + 1);
    if (nx >= p->nlines || p->lines[nx].kind != LK_TEXT || p->lines[nx].flat)
        goto cleanup;
    size_t ind, nind;
    bool words, value, nwords, nvalue;
    BL_CHECK(row_shape(p, i, &ind, &words, &value));
    if (ind == 0 || !words)
        goto cleanup;
    BL_CHECK(row_shape(p, nx, &nind, &nwords, &nvalue));
    *yes = nind > ind && nvalue;
cleanup:
    return status;
}

/* The Han characters of s (UTF-8) equal cp[0, n) without its spaces. */
static bool same_words(const uint32_t *cp, size_t n, const char *s)
{
    size_t i = 0, len = strlen(s);
    for (size_t k = 0; k < n; k++) {
        if (bl_p_is_space(cp[k]))
            continue;
        uint32_t c;
        int b = i < len ? bl_utf8_decode((const unsigned char *)s + i, len - i, &c) : 0;
        if (b <= 0 || c != cp[k])
            return false;
        i += (size_t)b;
    }
    return i == len;
}

/* The parts of a 统计公报 named alone on their lines, without a number
 * (stats-fenxi-2021: 综合; 农 业 spaced). */
static const char *const bulletin_parts[] = {
    "综合", "綜合", "农业", "農業", "工业", "工業", "建筑业", "工业和建筑业", "固定资产投资", "国内贸易",
    "对外经济", "交通运输", "邮电", "交通和邮电", "金融", "财政", "财政和金融", "教育", "科学技术",
    "教育和科学技术", "文化", "卫生", "体育", "人民生活", "社会保障", "人口", "资源环境", "旅游",
};

/* Whether line i ends a title in 统计公报 (統計公報). */
static bulletin_status bulletin_title(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *yes = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    *yes = b - a > 4 && (same_words(p->cur.cp + b - 4, 4, "统计公报") || same_words(p->cur.cp + b - 4, 4, "統計公報"));
cleanup:
    return status;
}

/* Whether cp[a, b) is a chapter line of a regulation: 第 and a Chinese
 * number, 章, then the chapter's name, 1 to 20 characters of words (its
 * spaces aside: 第一章 总 则, 第一章　總　則, 第二章 会议组成, 第一章总则),
 * no mark of a sentence's end; or, !named, any line that starts with
 * 第…章 (第八章 without its name). */
static bool chapter_line(const uint32_t *cp, size_t a, size_t b, bool named)
{
    if (b - a < 3 || cp[a] != 0x7B2C) /* 第 */
        return false;
    size_t j = bl_p_han_numerals_end(cp, a + 1, b, 6);
    if (j == a + 1 || j >= b || cp[j] != 0x7AE0) /* 章 */
        return false;
    if (!named)
        return true;
    size_t words = 0;
    for (size_t k = j + 1; k < b; k++) {
        if (bl_p_is_space(cp[k]))
            continue;
        if (!(bl_is_han(cp[k]) || cp[k] == 0x3001 || bracket(cp[k])) || ++words > 20)
            return false;
    }
    return words >= 1;
}

/* A chapter line whose name a copy lost (第一章 alone). */
static bool nameless_chapter(const uint32_t *cp, size_t a, size_t b)
{
    size_t j = b - a >= 3 && cp[a] == 0x7B2C ? bl_p_han_numerals_end(cp, a + 1, b, 6) : a;
    return j > a + 1 && j + 1 == b && cp[j] == 0x7AE0; /* 第…章 */
}

/* Whether cp[0..n), the words after a line's 第N条, go on citing the
 * article inside a sentence (第三条规定的事项已经落实。, 第五条的, 第二条第
 * 一款, 第三条和第四条, 第三条至第五条) rather than opening its text
 * (第一条　为了…, 第一条为加强…, and with its space lost 第一条中华人民共和国…,
 * 第二条和谐…, 第四条所称…: 中 和 及 所 至 到 等 之 open an article's text). */
static bool cites_article(const uint32_t *cp, size_t n)
{
    static const uint32_t links[] = {0x7684 /* 的 */, 0x6B3E /* 款 */, 0x7B2C /* 第 */,
                                     0x3001 /* 、 */, 0xFF0C /* ， */, ','};
    static const uint32_t joins[] = {0x548C /* 和 */, 0x53CA /* 及 */, 0x6216 /* 或 */,
                                     0x81F3 /* 至 */, 0x5230 /* 到 */};
    if (n == 0)
        return false;
    for (size_t k = 0; k < sizeof links / sizeof *links; k++)
        if (cp[0] == links[k])
            return true;
    for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
        if (cp[0] == joins[k] && n >= 2 && cp[1] == 0x7B2C) /* 和第 至第 */
            return true;
    return n >= 2 && (cp[0] == 0x89C4 || cp[0] == 0x898F) && cp[1] == 0x5B9A; /* 规定 規定 */
}

/* Whether the regulation's articles start under line i (第一条…, 第一條…):
 * a nameless chapter line over them is its heading (ruling by partsB,
 * rules-aba and notice-xiamen). */
static bulletin_status article_under(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *yes = false;
    size_t k = bl_p_next_nonblank(p, i + 1);
    if (k >= p->nlines || p->lines[k].kind != LK_TEXT)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
    const uint32_t *q = p->cur.cp;
    size_t j = b - a > 2 && q[a] == 0x7B2C ? bl_p_han_numerals_end(q, a + 1, b, 6) : a;
    *yes = j > a + 1 && j < b && (q[j] == 0x6761 || q[j] == 0x689D) /* 条 條 */
        && !cites_article(q + j + 1, b - j - 1);
cleanup:
    return status;
}

/* A report's part line: 第 and a Chinese number, 部分, a space, then
 * the part's name, 1 to 24 characters of words and years (第一部分 部门概况,
 * 第二部分 2020 年部门决算表), no mark of a sentence. */
static bool report_part_line(const uint32_t *cp, size_t a, size_t b)
{
    if (b - a < 6 || cp[a] != 0x7B2C) /* 第 */
        return false;
    size_t j = bl_p_han_numerals_end(cp, a + 1, b, 4);
    if (j == a + 1 || j + 2 >= b || cp[j] != 0x90E8 || cp[j + 1] != 0x5206) /* 部分 */
        return false;
    j += 2;
    if (!bl_p_is_space(cp[j]) && cp[j] != 0x3000)
        return false;
    size_t words = 0;
    for (size_t k = j; k < b; k++) {
        if (bl_p_is_space(cp[k]) || cp[k] == 0x3000)
            continue;
        if (!(bl_is_han(cp[k]) || bl_p_is_digit(cp[k]) || cp[k] == 0x3001 || bracket(cp[k]))
            || ++words > 24)
            return false;
    }
    return words >= 2;
}

/* Whether line i stands right over a numbered heading (第一部分 部门概况 /
 * 一、部门主要职责): a report's part over its own parts, not a part's name
 * over the title of the report it holds (第一部分 报告 / 关于…的报告). */
static bool over_numbered(const parser *p, size_t i)
{
    size_t j = bl_p_next_nonblank(p, i + 1);
    return j < p->nlines && p->lines[j].kind == LK_HEADING && !p->lines[j].unnum;
}

/* Whether chapter line i heads its text: a chapter line right over
 * another (a table of contents) does not. */
static bulletin_status chapter_head(parser *p, size_t i, bool *head)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *head = true;
    size_t j = bl_p_next_nonblank(p, i + 1);
    if (j < p->nlines) {
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        *head = !chapter_line(p->cur.cp, a, b, false);
    }
cleanup:
    return status;
}

/* A collection's piece named with its number (項(xiàng)目審計報告1, 转发性通知
 * 范文二:): 4 to 20 Han (a converter's readings count for nothing) ending
 * in a document's kind (报告, 通知 …) or 范文, 例文, 范本, 样本, then its
 * number, 1 to 3 digits or Chinese numerals, and a colon or none. */
static bool numbered_piece(const uint32_t *cp, size_t a, size_t b)
{
    if (b > a && (cp[b - 1] == ':' || cp[b - 1] == 0xFF1A))
        b--;
    size_t e = b;
    while (e > a && b - e < 3 && (bl_p_is_digit(cp[e - 1]) || bl_p_han_numerals_end(cp, e - 1, e, 1) == e))
        e--;
    if (e == b || e == a || !bl_is_han(cp[e - 1]))
        return false;
    uint32_t words[24];
    size_t n = 0;
    for (size_t k = a; k < e; k++) {
        if (!bl_is_han(cp[k]) || n >= 20)
            return false;
        words[n++] = cp[k];
        k += bl_p_reading_at(cp, e, k + 1);
    }
    if (n < 4)
        return false;
    static const uint32_t kinds[][2] = {{0x8303, 0x6587}, {0x4F8B, 0x6587}, {0x8303, 0x672C}, {0x6837, 0x672C},
                                        {0x6A23, 0x672C}, {0x7BC4, 0x6587}, {0x7BC4, 0x672C}};
    /* 范文 例文 范本 样本 樣本 範文 範本 */
    for (size_t w = 0; w < sizeof kinds / sizeof *kinds; w++)
        if (words[n - 2] == kinds[w][0] && words[n - 1] == kinds[w][1])
            return true;
    return bl_p_ends_with_title_word(words, n);
}

/* Whether cp[a, b) is a line of words in brackets alone (【 范 文 二 】,
 * 【病文分析】, 【例文1】): 【 then 2 to 12 Han, spaces between them, and at
 * most 3 digits at the end, then 】.  Copies the Han and digits (spaces
 * dropped) to words[0..*n). */
static bool bracket_words(const uint32_t *cp, size_t a, size_t b, uint32_t words[16], size_t *n)
{
    *n = 0;
    if (b - a < 4 || cp[a] != 0x3010 || cp[b - 1] != 0x3011)
        return false;
    size_t digits = 0;
    for (size_t k = a + 1; k + 1 < b; k++) {
        if (bl_p_is_space(cp[k]))
            continue;
        if (*n >= 15 || !(bl_is_han(cp[k]) || bl_p_is_digit(cp[k])) || (digits && !bl_p_is_digit(cp[k])))
            return false;
        digits += bl_p_is_digit(cp[k]);
        words[(*n)++] = cp[k];
    }
    return *n - digits >= 2 && *n - digits <= 12 && digits <= 3;
}

/* Whether words[0..n) is a model text's piece and its number (范文二,
 * 範文二, 例文1, 范本3): 范文, 例文, 范本, 样本 (traditional too), then 1 to 3
 * digits or Chinese numerals, nothing before. */
static bool kind_and_number(const uint32_t *words, size_t n)
{
    static const uint32_t kinds[][2] = {{0x8303, 0x6587}, {0x4F8B, 0x6587}, {0x8303, 0x672C}, {0x6837, 0x672C},
                                        {0x6A23, 0x672C}, {0x7BC4, 0x6587}, {0x7BC4, 0x672C}};
    /* 范文 例文 范本 样本 樣本 範文 範本 */
    if (n < 3 || n > 5)
        return false;
    bool kind = false;
    for (size_t w = 0; w < sizeof kinds / sizeof *kinds && !kind; w++)
        kind = words[0] == kinds[w][0] && words[1] == kinds[w][1];
    if (!kind)
        return false;
    for (size_t k = 2; k < n; k++)
        if (!bl_p_is_digit(words[k]) && bl_p_han_numerals_end(words, k, k + 1, 1) != k + 1)
            return false;
    return true;
}

/* A collection's part head: words, then 第N篇 alone on a line over its
 * text (请求批复的范文 第1篇); a..b the line's trimmed code points.
 * Returns 1 for a head numbered by 篇 (also bracketed: 【篇一:转发性通知
 * 范文】), 2 for a piece named with its number (numbered_piece), 0 when
 * none. */
static int part_head(parser *p, size_t i, size_t a, size_t b)
{
    const uint32_t *cp = p->cur.cp;
    size_t under = bl_p_next_nonblank(p, i + 1);
    if (under < p->nlines && numbered_piece(cp, a, b))
        return 2;
    /* a model text's piece in brackets (【 范 文 二 】) */
    uint32_t bw[16];
    size_t nw;
    if (under < p->nlines && bracket_words(cp, a, b, bw, &nw) && kind_and_number(bw, nw))
        return 1;
    if (b - a > 2 && ((cp[a] == 0x3010 && cp[b - 1] == 0x3011) || (cp[a] == '[' && cp[b - 1] == ']'))) {
        a++; /* 【 】 */
        b--;
    }
    /* or the piece's number, a colon and its name (篇一:函的范文) */
    size_t e = bl_p_piece_number_at(cp, a, b);
    if (e && e + 3 <= b && b - a <= 20 && (cp[e] == ':' || cp[e] == 0xFF1A)) {
        bool name = true;
        for (size_t k = e + 1; k < b && name; k++)
            name = bl_is_han(cp[k]);
        if (name)
            return 1;
    }
    if (b - a < 6 || b - a > 30)
        return 0;
    size_t s = b;
    while (s > a && !bl_p_is_space(cp[s - 1]))
        s--;
    if (s == a || bl_p_piece_number_at(cp, s, b) != b)
        return 0;
    size_t words = 0;
    bool plain = true;
    for (size_t k = a; k < s && plain; k++) {
        /* a converter's reading after a character (請(qǐng)示 篇1) */
        size_t r = k > a && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, s, k) : 0;
        if (r)
            k += r - 1;
        else if (bl_is_han(cp[k]))
            words++;
        else
            plain = bl_p_is_space(cp[k]);
    }
    return plain && words >= 2 && under < p->nlines && p->lines[under].kind != LK_BLANK;
}

/* Whether cp[a, b) is a collection's title: it ends with the count of
 * its pieces in brackets (…(精选9篇), …（通用5篇）, …【合集12篇】, …(精選3篇),
 * …(十五篇)): up to four Han, 1 to 3 digits (Arabic or Chinese) and 篇. */
static bool collection_title(const uint32_t *cp, size_t a, size_t b)
{
    if (b - a < 6 || !(cp[b - 1] == ')' || cp[b - 1] == 0xFF09 || cp[b - 1] == 0x3011))
        return false;
    size_t k = b - 1;
    if (cp[k - 1] != 0x7BC7) /* 篇 */
        return false;
    k--;
    size_t d = k;
    while (k > a && k + 3 > d && (bl_p_is_digit(cp[k - 1]) || bl_p_han_numerals_end(cp, k - 1, k, 1) == k))
        k--;
    if (k == d)
        return false;
    size_t w = k;
    while (k > a && w - k < 4 && bl_is_han(cp[k - 1]))
        k--;
    return k > a + 2 && (cp[k - 1] == '(' || cp[k - 1] == 0xFF08 || cp[k - 1] == 0x3010);
}

/* Whether line i is the first piece's title under a collection's title
 * (罗定市人民政府网(精选9篇) / 工作制度): the first line under the title,
 * 2 to 20 Han and nothing else, no issuer's name, over a text line. */
static bulletin_status first_piece_at(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    const bl_line *l = &p->lines[i];
    size_t t = i;
    while (t > 0 && p->lines[t - 1].kind == LK_BLANK)
        t--;
    size_t under = bl_p_next_nonblank(p, i + 1);
    if (t == 0 || p->lines[t - 1].kind != LK_TITLE || l->kind != LK_TEXT || l->flat || l->toc
        || under >= p->nlines || p->lines[under].kind != LK_TEXT)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    bool words = b - a >= 2 && b - a <= 20;
    for (size_t k = a; k < b && words; k++)
        words = bl_is_han(p->cur.cp[k]);
    if (!words || bl_p_is_org(p->cur.cp + a, b - a)) /* an issuer, not a piece */
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, t - 1, &a, &b));
    *yes = collection_title(p->cur.cp, a, b);
cleanup:
    return status;
}

/* Whether the text is a newspaper chart's (an infographic's) words: eight
 * lines or more, none of them a sentence (no 。, none over 40
 * characters), three or more with a value (479.89亿元 同比增长45.8%), no
 * numbered heading or table row. */
bulletin_status bl_p_is_chart_text(parser *p, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t lines = 0, values = 0;
    *yes = false;
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        /* a 报表's numbered rows or a table is no chart's words */
        if ((p->lines[i].kind == LK_HEADING && !p->lines[i].unnum) || p->lines[i].kind == LK_TABLE)
            goto cleanup;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp;
        if (b - a > 40)
            goto cleanup;
        bool digit = false, unit = false;
        for (size_t k = a; k < b; k++) {
            if (cp[k] == 0x3002 || cp[k] == 0xFF1B || cp[k] == 0xFF1F || cp[k] == 0xFF01)
                goto cleanup;
            digit |= bl_p_is_digit(cp[k]);
            unit |= cp[k] == '%' || cp[k] == 0xFF05 || cp[k] == 0x5143 || cp[k] == 0x4EBF; /* % 元 亿 */
        }
        lines++;
        values += digit && unit;
    }
    *yes = lines >= 8 && values >= 3;
cleanup:
    return status;
}

/* Whether line li of a chart's words ends in a value: a digit, %, 元 or
 * an arrow (⬆ ⬇ ↑ ↓). */
static bulletin_status ends_in_value(parser *p, size_t li, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    uint32_t c = b > a ? p->cur.cp[b - 1] : 0;
    *yes = bl_p_is_digit(c) || c == '%' || c == 0xFF05 || c == 0x5143 || c == 0x2B06 || c == 0x2B07
        || c == 0x2191 || c == 0x2193;
cleanup:
    return status;
}

/* Whether line li ends a sentence or a clause that leads a list (。！？；：,
 * also before a closing quote). */
static bulletin_status ends_sentence(parser *p, size_t li, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    const uint32_t *cp = p->cur.cp;
    if (b > a + 1 && (cp[b - 1] == 0x201D || cp[b - 1] == 0x300D))
        b--; /* ” 」 */
    uint32_t c = b > a ? cp[b - 1] : 0;
    *yes = c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B || c == 0xFF1A || c == '!' || c == '?'
        || c == ';' || c == ':';
cleanup:
    return status;
}

/* Whether line i is a text line (no flattened cell, no contents entry)
 * that starts its paragraph: first, or under a line that is no text or
 * that ends a sentence (ends_sentence). */
static bulletin_status starts_paragraph(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    const bl_line *l = &p->lines[i];
    *yes = l->kind == LK_TEXT && !l->flat && !l->toc;
    if (*yes && i > 0 && p->lines[i - 1].kind == LK_TEXT)
        BL_CHECK(ends_sentence(p, i - 1, yes));
cleanup:
    return status;
}

/* Line i decoded (p->cur, its trimmed code points a..b) when it starts
 * its paragraph (starts_paragraph): the lines a run-in lead may open. */
static bulletin_status paragraph_start_text(parser *p, size_t i, bool *first, size_t *a, size_t *b)
{
    bulletin_status status = BULLETIN_OK;
    *a = *b = 0;
    BL_CHECK(starts_paragraph(p, i, first));
    if (*first)
        BL_CHECK(bl_p_decode_trimmed(p, i, a, b));
cleanup:
    return status;
}

/* A note under a caption: 注: or the traditional 註: (U+8A3B), read as
 * the note 注: is. */
static bool is_note_under_caption(const uint32_t *cp, size_t n)
{
    uint32_t buf[80];
    if (n > 80 || (cp[0] != 0x6CE8 /* 注 */ && cp[0] != 0x8A3B /* 註 */))
        return false;
    memcpy(buf, cp, n * sizeof *cp);
    buf[0] = 0x6CE8;
    return bl_p_is_note(buf, n);
}

bulletin_status bl_p_find_unnumbered(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t labels = 0;
    /* 表1 上虞经济社会发展主要指标 / 注:GDP增幅按可比价计算。: a note right
     * under a caption whose table was lost (split off a flattened line
     * or on its own) is the caption's NOTE */
    for (size_t i = 1; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT)
            continue;
        size_t c = i;
        while (c > 0 && p->lines[c - 1].kind == LK_BLANK)
            c--;
        if (c == 0 || p->lines[c - 1].kind != LK_CAPTION || i - c > 1)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (b - a > 2 && b - a <= 80 && is_note_under_caption(p->cur.cp + a, b - a))
            l->kind = LK_NOTE;
    }
    /* …比上年增長2.4%。 注:往年生產總值數據有修正,以此次公報數據為準。 年末…:
     * a note run in between two sentences of a flattened line (the piece
     * before it of the same line ending a sentence) is a NOTE, as it
     * stood on its own line under its figures before the line breaks were
     * lost; a 注: line of its own between paragraphs stays a paragraph */
    for (size_t i = 1; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        const bl_line *before = &p->lines[i - 1];
        if (l->kind != LK_TEXT || !l->flat || !before->flat || before->no != l->no
            || (before->kind != LK_TEXT && before->kind != LK_NOTE))
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (b - a <= 4 || b - a > 80 || !is_note_under_caption(p->cur.cp + a, b - a)
            || !bl_p_is_stop(p->cur.cp[b - 1]))
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i - 1, &a, &b));
        if (b > a && bl_p_is_stop(p->cur.cp[b - 1]))
            l->kind = LK_NOTE;
    }
    /* a 统计公报's parts named alone on their lines, each over a paragraph */
    size_t t = 0;
    while (t < p->nlines && p->lines[t].kind != LK_TITLE)
        t++;
    bool bulletin = false;
    if (t < p->nlines)
        BL_CHECK(bulletin_title(p, t, &bulletin));
    for (size_t i = t + 1; bulletin && i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (l->kind != LK_TEXT || l->flat || j >= p->nlines || p->lines[j].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (b - a > 12)
            continue;
        for (size_t w = 0; w < sizeof bulletin_parts / sizeof *bulletin_parts; w++)
            if (same_words(p->cur.cp + a, b - a, bulletin_parts[w])) {
                l->kind = LK_HEADING;
                l->level = 1;
                l->unnum = 1;
                break;
            }
    }
    /* an encyclopedia's sections: the title with the part's name glued on
     * (…統計公報公報前言, …統計公報綜合), alone between blank lines; a part
     * right under another is one level below it, its siblings too */
    if (t < p->nlines) {
        uint32_t title[80];
        size_t a, b, tn = 0;
        BL_CHECK(bl_p_decode_trimmed(p, t, &a, &b));
        if (b - a >= 6 && b - a <= 80)
            tn = b - a;
        memcpy(title, p->cur.cp + a, tn * sizeof *title);
        int level = 1;
        size_t prev_head = p->nlines;
        for (size_t i = t + 1; tn && i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind != LK_TEXT || l->flat || l->toc || p->lines[i - 1].kind != LK_BLANK
                || (i + 1 < p->nlines && p->lines[i + 1].kind != LK_BLANK))
                continue;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            const uint32_t *cp = p->cur.cp + a;
            size_t n = b - a;
            if (n < tn + 2 || n > tn + 8 || memcmp(cp, title, tn * sizeof *cp) != 0)
                continue;
            bool name = true;
            for (size_t k = tn; k < n && name; k++)
                name = bl_is_han(cp[k]);
            if (!name)
                continue;
            if (prev_head < p->nlines && bl_p_next_nonblank(p, prev_head + 1) == i)
                level = p->lines[prev_head].level + 1 > 2 ? 2 : p->lines[prev_head].level + 1;
            l->kind = LK_HEADING;
            l->level = (unsigned char)level;
            l->unnum = 1;
            prev_head = i;
        }
    }
    /* a regulation's chapters (第一章 总则, spaced 第一章 总 则), a
     * collection's part heads (请求批复的范文 第1篇) and a report's parts
     * (第一部分 部门概况): level-1 headings; a piece named with its number
     * (转发性通知范文二:) under a head numbered by 篇, a level under it */
    bool pieces = false, bracketed = false;
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat || l->toc)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        bool head = false;
        int piece = 0;
        if (chapter_line(p->cur.cp, a, b, true))
            BL_CHECK(chapter_head(p, i, &head));
        else if (nameless_chapter(p->cur.cp, a, b)) {
            BL_CHECK(article_under(p, i, &head));
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        }
        else if (!(piece = part_head(p, i, a, b)))
            head = report_part_line(p->cur.cp, a, b) && over_numbered(p, i);
        if (!head && !piece)
            BL_CHECK(first_piece_at(p, i, &head));
        if (head || piece) {
            l->kind = LK_HEADING;
            l->level = piece == 2 && pieces ? 2 : 1;
            l->unnum = 1;
            pieces = pieces || piece == 1;
            bracketed = bracketed || (piece == 1 && p->cur.cp[a] == 0x3010);
        }
    }
    /* the other bracketed lines of words alone of a page of model texts
     * whose pieces are bracketed (【 范 文 二 】 … 【 病文分析 】): its heads too */
    for (size_t i = 0; bracketed && i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat || l->toc || bl_p_next_nonblank(p, i + 1) >= p->nlines)
            continue;
        size_t a, b, nw;
        uint32_t words[16];
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (bracket_words(p->cur.cp, a, b, words, &nw)) {
            l->kind = LK_HEADING;
            l->level = 1;
            l->unnum = 1;
        }
    }
    /* a chart's crossheads: in a chart's words, a line of 6 to 16 Han
     * right after a value and over a label (479.89亿元 同比增长45.8%⬆ /
     * 财政收入质效稳步提升 / 上半年我省地方…进度) */
    bool chart = false;
    BL_CHECK(bl_p_is_chart_text(p, &chart));
    for (size_t i = 1; chart && i + 1 < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat || p->lines[i - 1].kind != LK_TEXT)
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
            continue;
        size_t ind;
        bool words, value, after_value, over_value;
        BL_CHECK(row_shape(p, i, &ind, &words, &value));
        if (!words)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (b - a < 6)
            continue;
        BL_CHECK(ends_in_value(p, i - 1, &after_value));
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        over_value = b > a && bl_p_is_digit(p->cur.cp[a]);
        if (after_value && !over_value) {
            l->kind = LK_HEADING;
            l->level = 1;
            l->unnum = 1;
        }
    }
    /* run-in labels: only a series of them; a label of a word (工业。,
     * six characters at most) anywhere in the text, two at least; a whole
     * clause (固定资产投资平稳增长。, seven to ten) only in three paragraphs
     * or more one right after another, each led by a label (a clause
     * opening one paragraph under each heading is its first sentence) */
    for (size_t i = 0; i < p->nlines; i++) {
        size_t han, h2, last = i, n = 1;
        BL_CHECK(label_at(p, i, &han));
        if (!han)
            continue;
        for (size_t k = bl_p_next_nonblank(p, i + 1);; k = bl_p_next_nonblank(p, k + 1)) {
            BL_CHECK(label_at(p, k, &h2));
            if (!h2)
                break;
            last = k;
            n++;
        }
        /* two, after paragraphs of the same series led by a headline
         * clause and a comma (农业生产形势较好，第一产业增加值… / 工业运行
         * 平稳向好，… / 固定资产投资稳步增长。… / 消费服务保持增长。…) */
        if (n == 2) {
            size_t comma_leads = 0;
            for (size_t k = i; k > 0 && comma_leads < 8;) {
                k--;
                if (p->lines[k].kind == LK_BLANK)
                    continue;
                bool yes = false;
                BL_CHECK(comma_lead_at(p, k, &yes));
                if (!yes)
                    break;
                comma_leads++;
            }
            n += comma_leads;
        }
        for (size_t k = i; n >= 3 && k <= last; k = bl_p_next_nonblank(p, k + 1)) {
            BL_CHECK(label_at(p, k, &h2));
            if (h2 > 6) {
                p->lines[k].kind = LK_HEADING;
                p->lines[k].level = 1;
                p->lines[k].unnum = 1;
            }
        }
        i = last;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            size_t han;
            BL_CHECK(label_at(p, i, &han));
            if (!han || han > 6)
                continue;
            if (pass == 0) {
                labels++;
            } else if (labels >= 2) {
                l->kind = LK_HEADING;
                l->level = 1;
                l->unnum = 1;
            }
        }
    }
    /* run-in leads glued to their sentences: a text's habit, two
     * paragraphs at least, each starting its paragraph */
    size_t glued = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            bool first;
            size_t a, b;
            BL_CHECK(paragraph_start_text(p, i, &first, &a, &b));
            if (!first || !glued_label(p->cur.cp, a, b))
                continue;
            if (pass == 0) {
                glued++;
            } else if (glued >= 2) {
                l->kind = LK_HEADING;
                l->level = 1;
                l->unnum = 1;
            }
        }
    }
    /* run-in leads run into their sentences before a year: sibling
     * paragraphs one after another, two at least, each starting its
     * paragraph (a heading or any other part between ends the run) */
    for (size_t i = 0; i < p->nlines; i++) {
        bool first;
        size_t a, b;
        BL_CHECK(paragraph_start_text(p, i, &first, &a, &b));
        if (!first || !year_led_label(p->cur.cp, a, b))
            continue;
        size_t run[64], n = 0;
        run[n++] = i;
        size_t k = i + 1;
        for (;;) {
            while (k < p->nlines && p->lines[k].kind == LK_BLANK)
                k++;
            /* the paragraph's own wrapped lines */
            while (k < p->nlines && p->lines[k].kind == LK_TEXT) {
                bool f2;
                BL_CHECK(starts_paragraph(p, k, &f2));
                if (f2)
                    break;
                k++;
                while (k < p->nlines && p->lines[k].kind == LK_BLANK)
                    k++;
            }
            if (k >= p->nlines)
                break;
            BL_CHECK(paragraph_start_text(p, k, &first, &a, &b));
            if (!first || !year_led_label(p->cur.cp, a, b))
                break;
            if (n < sizeof run / sizeof *run)
                run[n++] = k;
            k++;
        }
        for (size_t r = 0; n >= 2 && r < n; r++) {
            p->lines[run[r]].kind = LK_HEADING;
            p->lines[run[r]].level = 1;
            p->lines[run[r]].unnum = 1;
        }
        i = run[n - 1];
    }
    /* a budget report's parts run in as 情况。 leads (…平衡情况。全县…):
     * each opening its paragraph under a heading */
    bool headed = false;
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind == LK_HEADING) {
            headed = true;
            continue;
        }
        bool first;
        size_t a, b;
        if (!headed)
            continue;
        BL_CHECK(paragraph_start_text(p, i, &first, &a, &b));
        if (!first || !situation_lead(p->cur.cp, a, b))
            continue;
        l->kind = LK_HEADING;
        l->level = 1;
        l->unnum = 1;
    }
    /* a dash-led lead alone on its line: a run-in lead, unless the text
     * writes its dash leads with their paragraphs on their lines (the one
     * alone is one of them, its paragraph cut) */
    bool dash_glued = false;
    for (size_t i = 0; i < p->nlines && !dash_glued; i++) {
        if (p->lines[i].kind != LK_TEXT || p->lines[i].flat)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        dash_lead(p->cur.cp, a, b, &dash_glued);
    }
    for (size_t i = 0; i < p->nlines && !dash_glued; i++) {
        bl_line *l = &p->lines[i];
        bool first;
        size_t a, b;
        BL_CHECK(paragraph_start_text(p, i, &first, &a, &b));
        if (!first || !dash_lead(p->cur.cp, a, b, NULL))
            continue;
        l->kind = LK_HEADING;
        l->level = 1;
        l->unnum = 1;
    }
    /* a line of words above a list that starts at 1 */
    for (size_t i = 1; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat)
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines || p->lines[j].kind != LK_HEADING || p->lines[j].unnum)
            continue;
        /* over 一、 (level 1) only a line that starts its paragraph: a
         * blank line, a part that is no text, or a sentence's end above
         * it (a wrapped sentence's last words stay the sentence's) */
        bool top = p->lines[j].level == 1;
        if (top) {
            /* a 报表's row with its value (一、民政事业费累计支出亿元30.4)
             * is no heading's list: the line over it is the table's header */
            size_t ja, jb;
            BL_CHECK(bl_p_decode_trimmed(p, j, &ja, &jb));
            if (jb > ja && bl_p_is_digit(p->cur.cp[jb - 1]))
                continue;
            size_t k = i;
            while (k > 0 && p->lines[k - 1].kind == LK_BLANK)
                k--;
            if (k == i && p->lines[i - 1].kind == LK_TEXT) {
                bool end;
                BL_CHECK(ends_sentence(p, i - 1, &end));
                if (!end)
                    continue;
            }
        }
        BL_CHECK(bl_p_decode_line(p, j));
        heading_match h;
        const uint32_t *cp = p->cur.cp;
        if (!bl_p_match_heading(cp, p->cur.n, bl_p_skip_spaces(cp, p->cur.n, 0), &h)
            || h.number != 1)
            continue;
        BL_CHECK(bl_p_decode_line(p, i));
        cp = p->cur.cp;
        size_t a = bl_p_skip_spaces(cp, p->cur.n, 0), b = p->cur.n;
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
        /* a word of two (附注 / 1、指标解释) as a phrase (主要指标解释及说明) */
        bool words = b - a >= 2 && b - a <= (top ? 24u : 16u);
        size_t han = 0;
        for (size_t k = a; k < b && words; k++) {
            han += bl_is_han(cp[k]);
            words = bl_is_han(cp[k]) || bracket(cp[k]) || cp[k] == 0x3001;
        }
        /* a phrase of words, not a bracketed note ((试行)) */
        if (top && (han < 2 || bracket(cp[a])))
            words = false;
        /* a sentence's end (现将有关事项通知如下) is no heading */
        if (words && b - a >= 2 && cp[b - 2] == 0x5982 && cp[b - 1] == 0x4E0B) /* 如下 */
            words = false;
        if (!words)
            continue;
        l->kind = LK_HEADING;
        l->level = 1;
        l->unnum = 1;
    }
    /* news subheads: only a series of them */
    size_t subheads = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 1; i + 1 < p->nlines; i++) {
            bool yes;
            BL_CHECK(subhead_at(p, i, &yes));
            if (!yes)
                continue;
            if (pass == 0) {
                subheads++;
            } else if (subheads >= 2) {
                p->lines[i].kind = LK_HEADING;
                p->lines[i].level = 1;
                p->lines[i].unnum = 1;
            }
        }
    /* a report's part heading alone between two paragraphs on their
     * lines (…请予审议。 / 20XX年工作回顾 / 20XX年，在…。), one only: the
     * body goes on under it, two paragraphs at least */
    for (size_t i = 1; subheads < 2 && i + 1 < p->nlines; i++) {
        bool yes;
        BL_CHECK(lone_subhead_at(p, i, &yes));
        if (yes) {
            p->lines[i].kind = LK_HEADING;
            p->lines[i].level = 1;
            p->lines[i].unnum = 1;
        }
    }
    /* a hard-wrapped copy's heading alone, its paragraph mark after it
     * (…圆满完成。hd9 / 2019年及今年以来工作回顾hd9 / 2019年是…) */
    BL_CHECK(marked_headings(p));
    /* a subhead alone between blank lines */
    for (size_t i = 2; i + 2 < p->nlines; i++) {
        bool yes;
        BL_CHECK(spaced_subhead_at(p, i, &yes));
        if (yes) {
            p->lines[i].kind = LK_HEADING;
            p->lines[i].level = 1;
            p->lines[i].unnum = 1;
        }
    }
    /* a bullet's label alone on its line (●運行:), over the text: an
     * unnumbered heading; a line of words right under it, over the text,
     * is its crosshead (新經濟形態快速發展) */
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (l->kind != LK_TEXT || l->flat || j >= p->nlines || p->lines[j].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp;
        if (b - a < 2 || b - a > 14 || !(cp[a] == 0x25CF || cp[a] == 0x25A0 || cp[a] == 0x25C6 || cp[a] == 0x2605))
            continue; /* ● ■ ◆ ★ */
        size_t e = b;
        if (cp[e - 1] == ':' || cp[e - 1] == 0xFF1A)
            e--;
        size_t k = bl_p_skip_spaces(cp, e, a + 1);
        bool words = e - k >= 1 && e - k <= 10;
        for (size_t w = k; w < e && words; w++)
            words = bl_is_han(cp[w]);
        if (!words)
            continue;
        l->kind = LK_HEADING;
        l->level = 1;
        l->unnum = 1;
        size_t n2 = bl_p_next_nonblank(p, j + 1);
        if (p->lines[j].flat || n2 >= p->nlines || p->lines[n2].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        cp = p->cur.cp;
        words = b - a >= 4 && b - a <= 16;
        for (size_t w = a; w < b && words; w++)
            words = bl_is_han(cp[w]);
        if (words) {
            p->lines[j].kind = LK_HEADING;
            p->lines[j].level = 2;
            p->lines[j].unnum = 1;
        }
    }
    /* group rows of a flattened 报表: the last heading above each line
     * kept as the lines go (each line looked at once) */
    const bl_line *above = NULL;
    for (size_t i = 1; i + 2 < p->nlines; i++) {
        const bl_line *pl = &p->lines[i - 1];
        if (pl->kind == LK_HEADING)
            above = pl;
        else if (pl->kind != LK_TEXT && pl->kind != LK_BLANK)
            above = NULL;
        bool yes;
        BL_CHECK(group_row_at(p, i, above, &yes));
        if (yes) {
            p->lines[i].kind = LK_HEADING;
            p->lines[i].level = 2;
            p->lines[i].unnum = 1;
        }
    }
    /* dash-led headings alone, a level under the heading above them */
    for (size_t i = 1, dash_level = 1; i < p->nlines && !dash_glued; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind == LK_HEADING && l->level)
            dash_level = l->level + 1;
        bool yes;
        BL_CHECK(dash_heading_at(p, i, &yes));
        if (yes) {
            l->kind = LK_HEADING;
            l->level = (unsigned char)(dash_level > 4 ? 4 : dash_level);
            l->unnum = 1;
        }
    }
cleanup:
    return status;
}

/* The term a numbered definition starts with: words then a space, or
 * words then 简称/是指/也称 (国内(地区)生产总值简称GDP).  Returns the end of
 * the term in cp[from..to) and the definition's start in *rest; 0 when
 * the item starts otherwise. */
size_t bl_p_definition_term(const uint32_t *cp, size_t from, size_t to, size_t *rest)
{
    static const uint32_t verbs[][2] = {{0x7B80, 0x79F0}, {0x662F, 0x6307}, {0x4E5F, 0x79F0}};
    size_t a = bl_p_skip_spaces(cp, to, from), i = a;
    while (i < to && i - a <= 16 && (bl_is_han(cp[i]) || bracket(cp[i]))) {
        if (i - a >= 2 && i + 1 < to)
            for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
                if (cp[i] == verbs[v][0] && cp[i + 1] == verbs[v][1]) {
                    *rest = i;
                    return i;
                }
        i++;
    }
    if (i - a < 2 || i - a > 16 || i >= to || !bl_p_is_space(cp[i]))
        return 0;
    size_t j = bl_p_skip_spaces(cp, to, i);
    if (j >= to || !bl_is_han(cp[j]))
        return 0;
    *rest = j;
    return i;
}

bulletin_status bl_p_add_unnumbered(parser *p, size_t li)
{
    size_t a, b;
    bulletin_status status = bl_p_decode_trimmed(p, li, &a, &b);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t end = lead_label(cp, a, b);
    if (!end)
        end = glued_label(cp, a, b);
    if (!end)
        end = year_led_label(cp, a, b);
    if (!end)
        end = dash_lead(cp, a, b, NULL);
    if (!end)
        end = situation_lead(cp, a, b);
    int level = p->lines[li].level ? p->lines[li].level : 1;
    if (level == 1 && end) {
        /* a run-in label (经济总量。…: the label rules give level 1) under
         * a heading (一、综合) is inside that heading's section, a level
         * deeper */
        for (int lv = 4; lv >= 1; lv--)
            if (p->open[lv] && !p->open[lv]->runin) {
                level = lv < 4 ? lv + 1 : 4;
                break;
            }
    }
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_SECTION);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    node->runin = end != 0;
    BL_CHECK(bl_p_set_text(p, node, a, end ? end : b));
    node->heading.numbering = bl_strndup(p->mem, "", 0);
    if (!node->heading.numbering) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    node->heading.level = level;
    node->heading.number = 0;
    for (int lv = level + 1; lv <= 4; lv++)
        p->next_number[lv] = 0;
    for (int lv = level; lv <= 4; lv++)
        p->open[lv] = NULL;
    bulletin_node *parent = bl_p_container(p);
    if (!parent)
        p->lead = NULL;
    bl_node_append(parent ? parent : p->doc->root, node);
    p->open[level] = node;
    p->table = NULL;
    p->attachments = NULL;
    p->body_started = true;
    if (end) {
        size_t j = bl_p_skip_spaces(cp, b, end);
        if (j < b)
            return bl_p_add_paragraph(p, j, b);
    }
    return BULLETIN_OK;
cleanup:
    bl_node_free(p->mem, node);
    return status;
}
