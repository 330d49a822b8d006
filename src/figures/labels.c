/*
 * labels.c - clauses and labels: where a figure's clause ends, and the
 * name of the indicator it measures, cut from the clause (see "Label" in
 * figures.h): scope and link words trimmed, the counted noun after the
 * figure, the owner of an attribute (金额), the linked figure's label.
 * Besides (tests/golden/labels/README.md says what a label is): a
 * change's comparison base dropped (比上年末增加 -> 增加); a share of a
 * reference takes the indicator before it (普惠性幼儿园占全国幼儿园的比
 * 例); values after 、 和 share a label; 分别为 distributes an enumeration
 * over levels (0-17岁户籍人口, …); a value after a colon takes the words
 * before it; periods (2023—2025年, 1-2月) name no indicator.  Held-out
 * round: a value in parentheses after another is it in another unit; 分别
 * over levels of different units and the changes after them; a change's
 * own words that name its indicator take no linked label; 实现 inside a
 * label dropped; items before a list comma kept (电力、热力…供应业); 控制,
 * 均, 由上年 trailing; 高于全国 kept; a bare percentage or ratio after 在
 * or 调整为 is the one before it; a remark in parentheses before a value
 * skipped; the subject of a clause without figures (…迈过千亿大关，达) or
 * before 与…相比; examples before 等 and 31个省、自治区、直辖市 give the
 * counted noun; 连续9年 takes what follows.  Round 4: periods before a
 * subject (今年前两个月, 去年, 当月) dropped; 分别 over items as long as each
 * other, over later clauses and over changes of a ratio's parts; 由…到; a
 * count inside the next figure's words; 按…计算为; a change of a rate
 * (涨幅较1-4月扩大).
 */
#include <pthread.h>

#include "figures/figures_int.h"
#include <stdio.h>

/* Label trimming (see figures.h). */
static const char *const label_lead[] = {
    "全國共有", "全國共", "全國", "全省", "全市", "全国", "全区", "全區", "全县", "全縣", "全州",
    "全年",
    /* round 6: 全体居民人均可支配收入 is a name (全体 no scope); 预计（下同）
     * 全年, 荣获中国质量奖提名奖, 位居全国…第3, 跻身服务业全国10强 */
    "按照", /* 按照第七次全國人口普查結果的14.12億人進行計算 */
    /* round 39 class 7: 按年平均汇率(6.1927)计算, 折合降水总量73.5亿m³: a
     * preposition or a verb of conversion before the indicator (按 not of
     * 按揭, 按时, 按期: trim_words) */
    "折合", "约合", "約合",
    "预计", "預計", "（下同）", "(下同)", "荣获", "榮獲", "荣登", "榮登", "获评", "獲評", "跻身",
    "躋身", "我省", "我市", "我区", "我国", "我國", "我们的",
    "我們的",                                       /* round 26: 我們的貨物進出口 */
    "我镇", "我鎮", "我县", "我縣", "我乡", "我鄉", /* round 7: 我镇共实现税收收入 */
    /* round 8: 共投入研究與試驗發展經費, 带动水产品产量: a verb before the
     * indicator */
    "投入", "带动", "帶動",
    /* round 42 class 8c: 全年上報城鎮新增就業5071人: the reporting verb (not
     * of 上报率: trim_words) */
    "上报", "上報",
    /* figlab46 (round 46 class 12): 落实增值税留抵退税409亿元: the verb of
     * carrying out (not of 落实率: trim_words); 如增值税、消费税…分别增长, 例如,
     * 如：: a connective that opens an example (如 not of 如期, 如实…:
     * trim_words) */
    "落实", "落實", "例如", "比如", "譬如", "如",
    /* round 10: 仅将预算安排数的58.46%分配下达: an adverb and 将 (ba) */
    "仅将", "僅將", "仅", "僅", "其中", "另外", "此外", "同时", "同時", "以及", "并且", "约为",
    "約為", "共有", "另有", "加上", "按常住人口计算", "按户籍人口计算", "按常住人口計算",
    "按戶籍人口計算", "按可比价格计算", "按可比價格計算", "累计", "累計", "合计", "合計", "总计",
    "總計", "超额完成", "超額完成", /* round 13: 超額完成PM2.5平均濃度同比下降2%的改善目標 */
    "已经", "已經", "已", /* round 14: 已收集1400多個問題 (not 已婚: trim_words) */
    /* round 26: 目前全县在库固定资产投资项目: a time adverb before the scope */
    "目前", "当前", "當前", "当年", "當年", "今年", "年内", "年內", "年末", "分别", "分別", "实现",
    "實現", "完成", "达到", "達到", "和", "及", "与", "與", "并", "另", "且", "约", "約",
    "共计", "共計", /* round 28: 共計(jì)開支: the word whole, its reading after it */
    "共",
    "有", /* round 28: 全省有普惠性幼儿园 (after a scope only: trim_words) */
    "为", "為", "达", "達",
    "是", /* round 40: 2019年是新中国成立70周年: the copula, as 为 (not 是否, 是非) */
    "的", "（含", "(含", "（", "(", "）", ")", "：", "　",
    "——", /* ——税收收入18319万元: the dash that begins a list item */
    "之间的", "之間的", "以上的", "以下的", /* 在60%—65%之间的省份: after a range */
    /* round 38: 該項目竣工決算送審金額, 该市地区生产总值, 此次发放: a
     * demonstrative (and the place or time it points at) names no
     * indicator; 本 is no demonstrative here (本级支出, 本年收入合计,
     * 本外币贷款 are names) */
    "该市", "該市", "该县", "該縣", "该区", "該區", "该省", "該省", "该镇", "該鎮", "该乡",
    "該鄉", "这些", "這些", "此次", "这次", "這次", "该次", "該次", "该", "該", "这", "這",
    /* round 39 class 7: 按年平均汇率(6.1927)计算: the preposition, last (the
     * clauses 按常住人口计算 … whole above; not 按揭, 按年增长: trim_words) */
    "按",
};
/* The scope and link words links.c drops before a change's own subject
 * (fig_trim_scope): the list labels had before the traditional forms and
 * 全國共有, 另有, 加上 were added to label_lead, kept so that links stay. */
static const char *const scope_lead[] = {
    "全省", "全市", "全国", "全区", "全县", "全州", "全年", "全体", "我省", "我市", "我区", "我国",
    "其中", "另外", "此外", "同时", "以及", "并且", "约为", "共有", "累计", "合计", "总计", "当年",
    "今年", "年内", "年末", "分别", "实现", "完成", "达到", "和",   "及",   "与",   "并",   "另",
    "且",   "约",   "共",   "为",   "达",   "的",   "（",   "(",    "）",   ")",    "：",   "　",
};
/* Periods before a level (一季度邮政行业寄递业务量): dropped; a change keeps
 * them (一季度同比增长: the quarter is what it measures). */
static const char *const label_period_lead[] = {
    "前三季度", "一季度",   "二季度",   "三季度",   "四季度",   "上半年",   "下半年",
    "春节假期", "春節假期", "春节期间", "春節期間", "国庆假期", "國慶假期",
};
/* How far (bytes) 由…到 is looked for around a value and its subject. */
#define BL_FIG_FROM_TO 240

/* Round 4: periods before a subject (今年前两个月我国…, 去年前2个月进出口…,
 * 5月当月社会消费品零售总额): dropped from a level, and from a change when
 * words of its subject follow (去年同比增长 keeps its year). */
static const char *const label_period_words[] = {
    "今年",
    "去年",
    "上年",
    "本年",
    "当月",
    "當月",
    "本月",
    "同期",
    /* 报告期间内共完成审计项目 */
    "报告期间内",
    "報告期間內",
    "报告期内",
    "報告期內",
};

/* The end of the digits and Chinese numerals from t[j] on (before b). */
static size_t numerals_end(const char *t, size_t j, size_t b)
{
    while (j < b) {
        int k;
        uint32_t c = cp_at(t, b, j, &k);
        if (c == CP_BAD || !((c >= '0' && c <= '9') || is_cn_numeral(c)))
            break;
        j += (size_t)k;
    }
    return j;
}

/* The length of the period at t[a, b) (label_period_words, 前两个月, 前2个
 * 月, 两个月), 0 when none. */
static size_t period_words_at(const char *t, size_t a, size_t b)
{
    /* round 6: 上年结余, 上年结转资金 of a budget are names */
    static const char *const carried[] = {"结余", "結餘", "结转", "結轉", "结存", "結存"};
    for (size_t w = 0; w < NELEM(carried); w++)
        if (has_at(t, b, a, "上年") && has_at(t, b, a + strlen("上年"), carried[w]))
            return 0;
    /* (round 17: 本年收入合计, 本年支出 of a final account, beside 上年结转) */
    if (has_at(t, b, a, "本年") &&
        (has_at(t, b, a + strlen("本年"), "收入") || has_at(t, b, a + strlen("本年"), "支出")))
        return 0;
    for (size_t w = 0; w < NELEM(label_period_words); w++)
        if (has_at(t, b, a, label_period_words[w]))
            return strlen(label_period_words[w]);
    /* round 15: 3月末城鎮登記失業率, 一季度末: the end of the month (of the
     * quarter) whose date is just before */
    if (((t[a] == "末"[0] && has_at(t, b, a, "末")) ||
         (t[a] == "底"[0] && has_at(t, b, a, "底"))) &&
        (has_before(t, 0, a, "月") || has_before(t, 0, a, "季度")))
        return strlen("末");
    size_t i = has_at(t, b, a, "前") ? a + strlen("前") : a, j = numerals_end(t, i, b);
    if (j == i)
        return 0;
    if (has_at(t, b, j, "个月") || has_at(t, b, j, "個月"))
        return j + strlen("个月") - a;
    return 0;
}

/* Words trailing a label (trim_words), each W("…") (LABEL_TRAIL(W): the
 * words and their lengths, so that trim_words compares a word's last byte
 * before all of it, no strlen). */
#define LABEL_TRAIL(W)                                                                                        \
    /* round 5: 下降到15.1/10万, 再降到4627.5万人: the verb of a change to                           \
     * the level (longer forms first: 再降到 before 降到) */                                             \
    W("再降到")                                                                                               \
    W("再降至")                                                                                               \
    W("下降到")                                                                                               \
    W("下降至")                                                                                               \
    W("降到")                                                                                                 \
    W("降至") W("减少到") W("減少到") W("减少至") W("減少至") W("减至") W("減至") W("上升到")                 \
        W("上升至") /* round 33 class 12: 提升至 whole, not 升至 of it */ W("提升到") W("提升至") W("升至") W("增加到") W("增长到") W("增長到") W("提高到")                                 \
            W("提高至") /* round 25: 居民人均預期壽命提至78.2歲, and the other verbs to a level */ \
        W("提至") W("降低到")                                                         \
            W("降低至") /* round 25: 衛生總費用初步推算為: the method of an estimate */             \
        W("初步推算") W("初步核算") W("初步测算") W("初步測算") W("初步估算") W("初步统计")                   \
            W("初步統計") W("推算") W("测算") W("測算") W("估算") W("预计") W("預計")                         \
                W("也")         /* 預計達, 增速也有 */                                                 \
                    W("进一步") W("進一步") /* round 33 class 12: 比重進一步提升至 */ \
        W("将") W("將")         /* round 18: 吸纳就业占比将超过 */                                   \
        W("已")                 /* round 14: 醫療衛生機構已超102萬 */                                \
        W("人民币") W("人民幣") /* round 9: 各奖励人民币5万元: the currency of the amount */          \
        W("原则上") W("原則上") W("分别为") W("分別為") W("达到") W("達到") W("已达") W("已達") W(            \
            "高达") W("高達") W("多达") W("多達") W("到达") W("到達") W("共有") W("共计")                     \
            W("共計") W("合计") W("合計") W("累计") W("累計") W("总计") W("總計") W("实现") W(                \
                "實現") W("完成") W("约为") W("約為") W("约占") W("約佔") W("超过") W("超過")                 \
                W("突破") W("跨越") W("跨入") /* round 26: 成交额跨入100亿元 */ W("迈过") /* round 26: 貨物進出口邁過45萬億元 */ W("邁過") W(             \
                    "接近") W("将近") W("將近") W("不足") W("不到") W("至少") W("分别") W("分別")             \
                    W("位居") W("位列") /* round 27: 規模位列全國第8 */ W("排名") W("全国") W(                \
                        "全國") W("全省") W("全市") W("全球") W("增至") W("由上年末") W("由上年")             \
                        W("由去年") W("由") W("从")                                                           \
                            W("從") /* round 17: 總額從719億美元增加到: from, as 由 */ W("控制在")            \
                                W("控製在") W("控制") W("控製") W("保持") W("稳定") W(                        \
                                    "穩定") /* round 15: 參保率穩定在 */ W("一般") W("达") W("達")            \
                                    W("为") W("為") W("是") W("有") W("共") W(                                \
                                        "各") /* round 17: 收、支总计各是, 中、小学各有 */ W("计")            \
                                        W("計") W("占") W("佔") W("约") W("約") W("超") W("逾")               \
                                            W("近") W("了") W("的") W("在") W("居") W("列")                   \
                                                W("第") W("前") W("等") W("连续") W("連續")                   \
                                                    W("历时") W("歷時") W("为期") W("為期")                   \
                                                        W("（") W("(") W("：") W("　")
#define TRAIL_WORD(w) w,
#define TRAIL_LEN(w) (unsigned char)(sizeof(w) - 1),
static const char *const label_trail[] = {LABEL_TRAIL(TRAIL_WORD)};
static const unsigned char label_trail_len[] = {LABEL_TRAIL(TRAIL_LEN)};

/* The base and the method of a comparison in a change's words (就业人员比上
 * 年末增加 -> 就业人员增加; 按可比价格计算同比增长 -> 同比增长) and the 分别
 * of several changes: no part of the indicator. */
static const char *const change_skip[] = {
    /* round 33 class 11: the same month a year before (比上年同月下降) */
    "与上年同月相比", "與上年同月相比", "与去年同月相比", "與去年同月相比", "比上年同月", "比去年同月",
    "较上年同月", "較上年同月", "较去年同月", "較去年同月", "上年同月相比", "去年同月相比",
    "比上年同期",   "比上年末",       "比上年度",       "比上年",         "比去年同期",
    "比去年末",     "比去年",         "比上月",         "比上季度",       "较上年同期",
    "较上年末",     "较上年",         "较去年同期",     "较去年",         "較去年同期",
    "較上年同期",   "較上年末",       "較上年",         "較去年",         "与上年相比",
    "與上年相比",   "按可比价格计算", "按可比價格計算", "按可比价计算",   "按可比口径",
    "按可比口徑",   "与去年同期相比", "與去年同期相比", "与上年同期相比", "與上年同期相比",
    "去年同期相比", "上年同期相比",   "与去年相比",     "與去年相比",     "分别",
    "分別",         "相比", /* round 12: 与…的106.36相比增长了1.14 */
    "比多年平均值", "较多年平均值",   "較多年平均值",   "比多年平均",     "比常年",
    /* round 39 class 7: 比多年均值多8.7% */
    "比多年均值",   "较多年均值",     "較多年均值",     "比多年同期",     "较多年同期",
    "較多年同期",
    "较常年",       "較常年",         "比年初",         "较年初",         "較年初",
    "较上一年",     "較上一年",       "比上一年", /* round 5: 较上一年减少 */
    "扣除价格因素", "扣除價格因素",               /* round 7: 扣除价格因素实际增长 */
    /* round 30 class 4: 分別較同期增長 (a period named by 同期 alone), 依次增长
     * (in turn, as 分别) */
    "与同期相比",   "與同期相比",     "较同期",         "較同期",         "比同期",
    "依次",
    /* 与上年相比 after its 与 went as a lead word (budget-deqin 9:227) */
    "上年相比",     "去年相比",       "同期相比",
};

/* The rate words of a growth (增速 …) and the verbs that change a rate
 * (增速比一季度加快, 涨幅较1-4月扩大; round 10: 降幅比1-6月份收窄, the rate
 * of a fall). */
static const char *const rate_words[] = {"增速", "涨幅", "漲幅", "增幅", "降幅", "跌幅"};
static const char *const rate_verbs[] = {"加快", "扩大", "擴大", "回落", "提高", "收窄",
                                         "放缓", "放緩", "回升", "上升", "下降", "减慢",
                                         "減慢", "缩小", "縮小", "加大", "提升"};

/* 第一产业实现增加值: a verb between a subject and its indicator (not of
 * a rate: 计划实现率). */
static const char *const level_skip[] = {"实现", "實現",
                                         /* figlab45: 工業企業共實現出口交貨值 */
                                         "共实现", "共實現",
                                         /* round 6: 疫情防控新闻发布会累计举行 */
                                         "累计", "累計", "共计", "共計",
                                         /* round 12: 港口完成货物吞吐量, only
                                          * after a subject before a 量
                                          * (put_clean) */
                                         "完成"};

/* Round 26: 限额以上单位通过公共网络实现商品销售额: 实现 after a means
 * (通过…) in t[a, i) is the verb of what is realised by it, kept (as
 * before 的: 通過公共網絡實現的商品銷售額). */
static bool means_before(const char *t, size_t a, size_t i, const char *word)
{
    if (strcmp(word, "实现") != 0 && strcmp(word, "實現") != 0 && strcmp(word, "共实现") != 0 &&
        strcmp(word, "共實現") != 0)
        return false;
    for (size_t j = a; j + strlen("通过") <= i; j++)
        if (t[j] == "通"[0] && (has_at(t, i, j, "通过") || has_at(t, i, j, "通過")))
            return true;
    return false;
}

/* Round 24: 第一產業完成投資, 規模以上工業企業累計完成總產值: the words
 * t[j, b) after 完成 are an investment (投资 alone) or an output value
 * (…产值), and the subject before it, from a, is no noun counted by a
 * figure just before (158个重点项目完成投资: what the projects did). */
static bool invested_after(const char *t, size_t a, size_t j, size_t b)
{
    while (b > j && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
    bool noun = (b - j == strlen("投资") && (has_at(t, b, j, "投资") || has_at(t, b, j, "投資"))) ||
                has_before(t, j, b, "产值") || has_before(t, j, b, "產值");
    return noun && !(a >= strlen("个") && (has_at(t, a, a - strlen("个"), "个") ||
                                           has_at(t, a, a - strlen("個"), "個")));
}

/* Round 7: the length of a pinyin reading in parentheses at t[i, end)
 * after a character (國(guó), 萬（wàn）): one to six Latin letters, one of
 * them with a tone mark, 0 when none. */
static size_t reading_at(const char *t, size_t end, size_t i)
{
    size_t open = has_at(t, end, i, "（") ? strlen("（") : has_at(t, end, i, "(") ? 1 : 0;
    if (!open) /* most calls: decode the character before only at a parenthesis */
        return 0;
    int kb;
    uint32_t before = cp_before(t, 0, i, &kb);
    if (before == CP_BAD || !bl_is_han(before))
        return 0;
    size_t j = i + open, letters = 0;
    bool tone = false;
    for (;;) {
        int k;
        uint32_t c = cp_at(t, end, j, &k);
        if (c >= 'a' && c <= 'z') {
            letters++;
        } else if (c >= 0xE0 && c <= 0x24F && c != 0xF7) {
            letters++;
            tone = true;
        } else {
            break;
        }
        j += (size_t)k;
    }
    if (!tone || letters > 6)
        return 0;
    if (has_at(t, end, j, "）"))
        return j + strlen("）") - i;
    return has_at(t, end, j, ")") ? j + 1 - i : 0;
}

/* Drops the readings (reading_at) from the label s[0, *n): whether any. */
static bool drop_readings(char *s, size_t *n)
{
    size_t w = 0;
    bool any = false;
    for (size_t r = 0; r < *n;) {
        size_t m = reading_at(s, *n, r);
        if (m) {
            r += m;
            any = true;
            continue;
        }
        s[w++] = s[r++];
    }
    *n = w;
    return any;
}

/* Round 12: the characters of t[a, b) without the pinyin readings after
 * them (水產(chǎn)品類: 4). */
static size_t chars_read(const char *t, size_t a, size_t b)
{
    size_t c = 0;
    for (size_t i = a; i < b;) {
        size_t r = reading_at(t, b, i);
        if (r) {
            i += r;
            continue;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
        c++;
    }
    return c;
}

/* Round 7: 共 before a verb inside the words (文物机构共举办陈列展览, 网站共
 * 发布) and 则 before a change's verb (房地产开发投资则下降): whether one
 * stands at t[i] (not 公共, 总共). */
static bool inner_word_at(const char *t, size_t a, size_t b, size_t i)
{
    /* (round 25: 各栏目共刊发文稿, and the other verbs of publishing) */
    static const char *const gong_verbs[] = {"举办", "舉辦", "发布", "發布", "發佈", "接待", "受理",
                                             "办理", "辦理", "开展", "開展", "组织", "組織", "刊发",
                                             "刊發", "发表", "發表", "印发", "印發", "出台"};
    static const char *const ze_verbs[] = {"下降", "增长", "增長", "减少", "減少",
                                           "增加", "上升", "回落", "提高"};
    /* round 17: 收、支总计各减少, 各下降: 各 (each) before a change's verb
     * is a distributive as 分别 is (at the words' start too); 也增加 (also)
     * an adverb */
    if ((t[i] == "各"[0] && has_at(t, b, i, "各")) || (t[i] == "也"[0] && has_at(t, b, i, "也")))
        for (size_t w = 0; w < NELEM(ze_verbs); w++)
            if (has_at(t, b, i + strlen("各"), ze_verbs[w]))
                return true;
    if (i == a)
        return false;
    if (has_at(t, b, i, "共") && !has_before(t, a, i, "公") && !has_before(t, a, i, "总") &&
        !has_before(t, a, i, "總"))
        for (size_t w = 0; w < NELEM(gong_verbs); w++)
            if (has_at(t, b, i + strlen("共"), gong_verbs[w]))
                return true;
    if (has_at(t, b, i, "则") || has_at(t, b, i, "則"))
        for (size_t w = 0; w < NELEM(ze_verbs); w++)
            if (has_at(t, b, i + strlen("则"), ze_verbs[w]))
                return true;
    return false;
}

/* Round 14: the length of the word w at t[i, b), pinyin readings after
 * any of its characters but the last allowed (公報發(fā)布), 0 when it is
 * not there. */
static size_t word_read_at(const char *t, size_t b, size_t i, const char *w)
{
    size_t n = strlen(w), j = i;
    for (size_t p = 0; p < n;) {
        int kk;
        if (cp_at(w, n, p, &kk) == CP_BAD || j + (size_t)kk > b ||
            memcmp(t + j, w + p, (size_t)kk) != 0)
            return 0;
        j += (size_t)kk;
        p += (size_t)kk;
        if (p < n)
            j += reading_at(t, b, j);
    }
    return j - i;
}

/* Round 31 class 11: whether t[a, b) ends in the word w, readings between
 * its characters allowed (計(jì)算 as 計算: has_before across readings). */
static bool has_before_read(const char *t, size_t a, size_t b, const char *w)
{
    if (has_before(t, a, b, w))
        return true;
    size_t n = strlen(w);
    for (size_t i = b > a + n + 48 ? b - n - 48 : a; i + n < b; i++)
        if (!is_utf8_cont(t[i]) && word_read_at(t, b, i, w) == b - i)
            return true;
    return false;
}

/* Round 11: the length of the word w at t[i, b) with pinyin readings after
 * its characters (實(shí)現(xiàn) for 實現), readings included, the last's too;
 * 0 when none follows its first character or the word is not there (the
 * walk of word_read_at). */
static size_t word_with_readings(const char *t, size_t b, size_t i, const char *w)
{
    size_t n = strlen(w);
    int kk;
    if (cp_at(w, n, 0, &kk) == CP_BAD || i + (size_t)kk >= b || memcmp(t + i, w, (size_t)kk) != 0 ||
        (t[i + (size_t)kk] != '(' && (unsigned char)t[i + (size_t)kk] != 0xEF))
        return 0;
    size_t m = word_read_at(t, b, i, w);
    return m ? m + reading_at(t, b, i + m) : 0;
}

/* Round 13: whether a balance (结存, 結存, 結(jié)存 with its readings)
 * begins at t[i, b): 累计 before it is part of the name. */
static bool balance_at(const char *t, size_t b, size_t i)
{
    return has_at(t, b, i, "结存") || has_at(t, b, i, "結存") ||
           word_with_readings(t, b, i, "結存");
}

/* Round 15: the length of a remark naming an abbreviation at t[i, b)
 * (规模以上工业(以下简称"规上工业")发电量, （简称规上工业）): the
 * parentheses and all inside them, 0 when none. */
static size_t abbreviation_at(const char *t, size_t b, size_t i)
{
    static const char *const says[] = {"以下简称", "以下簡稱", "简称", "簡稱"};
    size_t open = has_at(t, b, i, "（") ? strlen("（") : t[i] == '(' ? 1 : 0;
    if (!open)
        return 0;
    bool named = false;
    for (size_t w = 0; w < NELEM(says) && !named; w++)
        named = has_at(t, b, i + open, says[w]);
    if (!named)
        return 0;
    for (size_t j = i + open; j < b; j++) {
        if (t[j] == ')')
            return j + 1 - i;
        if (has_at(t, b, j, "）"))
            return j + strlen("）") - i;
        if (t[j] == '(' || has_at(t, b, j, "（"))
            return 0;
    }
    return 0;
}

/* Appends t[a, b) to lb without footnote marks ([1], [3]), ideographic
 * spaces, the remark （下同） and the phrases skip[0, nskip) (not before 率
 * or 结存). */
/* Round 17: the length of the word w at t[i, b) with spaces (ASCII or
 * U+3000) between its characters (比上 年末: a PDF copy's line break), 0
 * when it is not there or has none. */
static size_t word_spaced_at(const char *t, size_t b, size_t i, const char *w)
{
    size_t j = i, spaced = 0;
    for (const char *p = w; *p;) {
        if (p != w && !is_utf8_cont(*p)) {
            size_t q = j;
            while (q < b && (t[q] == ' ' || (b - q >= 3 && !memcmp(t + q, "\xE3\x80\x80", 3))))
                q += t[q] == ' ' ? 1 : 3;
            spaced += q - j;
            j = q;
        }
        if (j >= b || t[j] != *p)
            return 0;
        j++;
        p++;
    }
    return spaced ? j - i : 0;
}

/* Round 26: 7個行業營業收入實現增長 (a count of what grew): 实现 before
 * 增长 at t[j, b) is the predicate's, kept (not before 增加值). */
static bool grown_after(const char *t, size_t b, size_t j, const char *word)
{
    if (strcmp(word, "实现") != 0 && strcmp(word, "實現") != 0 && strcmp(word, "共实现") != 0 &&
        strcmp(word, "共實現") != 0)
        return false;
    j += reading_at(t, b, j);
    return has_at(t, b, j, "增长") || has_at(t, b, j, "增長") || has_at(t, b, j, "正增长") ||
           has_at(t, b, j, "正增長");
}

/* Keeps t[*run, i) in lb when the `skip` bytes at i are skipped (the next
 * kept run begins after them); the position after: i + 1 when none. */
static inline size_t put_kept(bl_buf *lb, const char *t, size_t *run, size_t i, size_t skip,
                              bulletin_status *st)
{
    if (!skip)
        return i + 1;
    *st = bl_buf_put(lb, t + *run, i - *run);
    *run = i + skip;
    return *run;
}

/* Round 26: the length of a comparison's base named by a period in quotes
 * at t[i, b) (较“十三五”末, 比“十二五”时期: 比, 较 or 較, the quoted name
 * of at most eight characters and a word of its end, start or span), 0
 * when none. */
static size_t quoted_base_at(const char *t, size_t b, size_t i)
{
    static const char *const cmp[] = {"比“", "较“", "較“"};
    static const char *const ends[] = {"期末", "末", "初", "时期", "時期", "期间", "期間"};
    size_t q = 0;
    for (size_t w = 0; w < NELEM(cmp) && !q; w++)
        if (has_at(t, b, i, cmp[w]))
            q = i + strlen(cmp[w]);
    for (size_t j = q, c = 0; q && j < b && c <= 8; c++) {
        if (has_at(t, b, j, "”")) {
            j += strlen("”");
            for (size_t w = 0; w < NELEM(ends); w++)
                if (has_at(t, b, j, ends[w]) && j + strlen(ends[w]) < b)
                    return j + strlen(ends[w]) - i;
            return 0;
        }
        int kc;
        if (cp_at(t, b, j, &kc) == CP_BAD)
            return 0;
        j += (size_t)kc;
    }
    return 0;
}

/* The length of a base period at t[j, b), 0: none: 去年, or 上 with 一,
 * 个 or 個 or none and a period (上年, 上一年, 上年度, 上半年, 上一季度,
 * 上季, 上月, 上个月, 上月份, 上周, 上旬), the longest. */
static size_t cmp_period_at(const char *t, size_t b, size_t j)
{
    static const char *const periods[] = {"年度", "半年", "年", "季度", "季", "月份", "月",
                                          "周",   "週",   "旬"};
    static const char *const counters[] = {"一", "个", "個"};
    if (has_at(t, b, j, "去年"))
        return strlen("去年");
    if (!has_at(t, b, j, "上"))
        return 0;
    size_t k = j + strlen("上");
    for (size_t w = 0; w < NELEM(counters); w++)
        if (has_at(t, b, k, counters[w])) {
            k += strlen(counters[w]);
            break;
        }
    for (size_t w = 0; w < NELEM(periods); w++)
        if (has_at(t, b, k, periods[w]))
            return k + strlen(periods[w]) - j;
    return 0;
}

/* The length of a comparison's base composed at t[i, b), 0: none: a
 * preposition (与 與 同 和 跟 比 较 較), a base period (cmp_period_at:
 * 上一年, 上年度, 去年, 上半年, 上一季度, 上个月), the part of it (同期
 * 同月份 同月 同季度 同季 末 底 初) and 相比 (or 比较), each optional but
 * the base; 与, 和 and 跟 only with 相比, no preposition only with 相比
 * (同上年同月相比, 比上年同季度, 比上年底, 與去年同月份相比, 上年同期相比).
 * The literals of change_skip keep their spaced and read writings; this
 * finds their combinations. */
static size_t comparison_base_at(const char *t, size_t b, size_t i)
{
    static const struct {
        const char *s;
        bool alone; /* a base after it needs no 相比 */
    } preps[] = {{"与", false}, {"與", false}, {"和", false}, {"跟", false},
                 {"同", true},  {"比", true},  {"较", true},  {"較", true}};
    static const char *const parts[] = {"同期", "同月份", "同月", "同季度", "同季", "末", "底", "初"};
    static const char *const tails[] = {"相比较", "相比較", "相比", "比较", "比較"};
    size_t j = i;
    bool prep = false, alone = false;
    for (size_t w = 0; w < NELEM(preps) && !prep; w++)
        if (has_at(t, b, j, preps[w].s)) {
            prep = true;
            alone = preps[w].alone;
            j += strlen(preps[w].s);
        }
    size_t bl = cmp_period_at(t, b, j);
    if (!bl)
        return 0;
    j += bl;
    size_t pl = 0;
    for (size_t w = 0; w < NELEM(parts); w++)
        if (has_at(t, b, j, parts[w]) && strlen(parts[w]) > pl)
            pl = strlen(parts[w]);
    j += pl;
    size_t tl = 0;
    for (size_t w = 0; w < NELEM(tails) && !tl; w++)
        if (has_at(t, b, j, tails[w]))
            tl = strlen(tails[w]);
    j += tl;
    if (!(prep && alone) && !tl)
        return 0;
    return j < b ? j - i : 0; /* the change's verb after it */
}

/* Whether the second byte of word w's first character, when it has one,
 * is t[i + 1]: each way put_clean finds a word at i (as written, with its
 * readings after the first character, spaced between characters) has its
 * first character whole there.  (The first byte is compared before.) */
static inline bool first_char_fits(const char *t, size_t b, size_t i, const char *w)
{
    return !is_utf8_cont(w[1]) || (i + 1 < b && t[i + 1] == w[1]);
}

static bulletin_status put_clean(bl_buf *lb, const char *t, size_t a, size_t b,
                                 const char *const *skip_words, size_t nskip)
{
    bulletin_status status = BULLETIN_OK;
    size_t run = a, base = lb->len;
    for (size_t i = a; i < b && status == BULLETIN_OK;) {
        /* a UTF-8 continuation byte starts none of the words, marks or
         * readings below */
        if (is_utf8_cont(t[i])) {
            i++;
            continue;
        }
        /* round 15: 常住人口中共有家庭户: what is counted among the words
         * before 中共有 (their scope) is after it (not 中共党员, nor
         * 中共有关部门: a Han character after 有, not 关; the 中's bytes
         * first) */
        if (nskip && t[i] == "中"[0] && i > a && i + strlen("中共有") < b && t[i + 1] == "中"[1] &&
            t[i + 2] == "中"[2] && has_at(t, b, i, "中共有")) {
            uint32_t c = cp_at(t, b, i + strlen("中共有"), NULL);
            if (c != CP_BAD && bl_is_han(c) && c != 0x5173 /* 关: 中共有关部门 */ && c != 0x95DC) {
                lb->len = base;
                i += strlen("中共有");
                run = i;
                continue;
            }
        }
        size_t skip = 0;
        int spaced = -1; /* (round 17: whether a space may split a word here: once) */
        for (size_t w = 0; w < nskip && !skip; w++) {
            if (t[i] != skip_words[w][0] || !first_char_fits(t, b, i, skip_words[w]))
                continue;
            /* (round 11: 實(shí)現(xiàn), the word with its readings) */
            size_t wn = has_at(t, b, i, skip_words[w]) ? strlen(skip_words[w])
                        : i + 3 < b && (t[i + 3] == '(' || (unsigned char)t[i + 3] == 0xEF)
                            ? word_with_readings(t, b, i, skip_words[w])
                            : 0;
            /* round 17: 比上 年末增加 (a PDF copy's line break, U+3000 in
             * the document) */
            if (!wn && spaced < 0)
                spaced = i + 6 < b && (t[i + 3] == ' ' || t[i + 6] == ' ' ||
                                       !memcmp(t + i + 3, "\xE3\x80\x80", 3) ||
                                       (i + 9 <= b && !memcmp(t + i + 6, "\xE3\x80\x80", 3)));
            if (!wn && spaced > 0)
                wn = word_spaced_at(t, b, i, skip_words[w]);
            /* (round 26: 限上法人企业完成消费品零售额, an amount's 额 as a
             * 量) */
            if (wn && skip_words[w][0] == "完"[0] && !strcmp(skip_words[w], "完成") &&
                (i == a || !(has_before(t, i + wn, b, "量") || has_before(t, i + wn, b, "额") ||
                             has_before(t, i + wn, b, "額") || invested_after(t, a, i + wn, b) ||
                             /* round 30: 第一產業完成增加值, 工业完成产值 */
                             has_before(t, i + wn, b, "值"))))
                wn = 0; /* (完成 of a budget: 收入完成, 完成投资) */
            if (wn && !has_at(t, b, i + wn, "率") && !balance_at(t, b, i + wn) &&
                !(has_at(t, b, i + wn, "的") && i > a) &&
                !(i > a && means_before(t, a, i, skip_words[w])) &&
                !(i > a && grown_after(t, b, i + wn, skip_words[w])))
                skip = wn; /* (累计结存: a balance; round 17: 通過公共網絡實現的
                            * 商品銷售額, a relative clause's verb) */
        }
        /* round 26: 较“十三五”末提高: a base named by a plan's period in
         * quotes (末, 期末, 初, 时期 after it) */
        /* round 26: 各单位最多可推荐1项: a limit and a modal before the verb
         * of a level (not 最多跑一次; 最 E6 9C, 至 E8 87: the first two bytes
         * first) */
        if (!skip && skip_words == level_skip && i + 1 < b &&
            (((unsigned char)t[i] == 0xE6 && (unsigned char)t[i + 1] == 0x9C) ||
             ((unsigned char)t[i] == 0xE8 && (unsigned char)t[i + 1] == 0x87))) {
            static const char *const modal[] = {"最多可以", "最多可", "至多可以", "至多可",
                                                "最高可",   "至少可", "最少可"};
            for (size_t w = 0; w < NELEM(modal) && !skip; w++)
                if (has_at(t, b, i, modal[w]))
                    skip = strlen(modal[w]);
        }
        /* a comparison's base composed (同上年同月相比, 比上年同季度) where
         * it is longer than the literal found */
        if (skip_words == change_skip) {
            size_t cb = comparison_base_at(t, b, i);
            if (cb > skip)
                skip = cb;
        }
        /* (比 E6 AF, 较 E8 BE, 較 E8 BC: the first two bytes first) */
        if (!skip && skip_words == change_skip && i + 1 < b &&
            (((unsigned char)t[i] == 0xE6 && (unsigned char)t[i + 1] == 0xAF) ||
             ((unsigned char)t[i] == 0xE8 &&
              ((unsigned char)t[i + 1] == 0xBE || (unsigned char)t[i + 1] == 0xBC))))
            skip = quoted_base_at(t, b, i);
        /* round 20: 比上年全年提高, 较上年四季度: the base's period */
        if (skip && i + skip < b && (unsigned char)t[i + skip] == 0xE5) {
            size_t pn = has_at(t, b, i + skip, "全年")     ? strlen("全年")
                        : has_at(t, b, i + skip, "四季度") ? strlen("四季度")
                                                           : 0;
            if (pn && has_before(t, i, i + skip, "上年"))
                skip += pn;
        }
        if (!skip && t[i] == '[') {
            size_t j = i + 1;
            while (j < b && t[j] >= '0' && t[j] <= '9')
                j++;
            if (j > i + 1 && j < b && t[j] == ']')
                skip = j + 1 - i;
        } else if (!skip && b - i >= 3 && !memcmp(t + i, "\xE3\x80\x80", 3)) {
            skip = 3;
        } else if (!skip && (t[i] == '(' || (unsigned char)t[i] == 0xEF) /* (a reading's opening) */
                   && (skip = reading_at(t, b, i)) != 0) {
            /* round 7: 國(guó): a pinyin reading */
        } else if (!skip && nskip && inner_word_at(t, a, b, i)) {
            skip = strlen("共"); /* round 7: 共举办, 则下降 (各下降, 也增加: as long) */
        } else if (!skip && (t[i] == '(' || (unsigned char)t[i] == 0xEF)) {
            /* 地区生产总值同比（下同）增长: a remark that the words hold below
             * (both begin with a parenthesis: its first byte first) */
            static const char *const remarks[] = {"（下同）", "(下同)"};
            for (size_t w = 0; w < NELEM(remarks) && !skip; w++)
                if (has_at(t, b, i, remarks[w]))
                    skip = strlen(remarks[w]);
            if (!skip)
                skip = abbreviation_at(t, b, i);
        }
        i = put_kept(lb, t, &run, i, skip, &status);
    }
    if (status == BULLETIN_OK)
        status = bl_buf_put(lb, t + run, b - run);
    return status;
}

/* Round 9: 全国/全國 before a budget's name (全國一般公共預算收入 beside
 * 中央一般公共預算收入) is part of the name, not a scope: whether the
 * budget's name follows t[i, b). */
static bool national_budget_at(const char *t, size_t b, size_t i)
{
    static const char *const budgets[] = {
        "一般公共预算",     "一般公共預算",     "政府性基金预算",   "政府性基金預算",
        "国有资本经营预算", "國有資本經營預算", "社会保险基金预算", "社會保險基金預算"};
    for (size_t w = 0; w < NELEM(budgets); w++)
        if (has_at(t, b, i, budgets[w]))
            return true;
    return false;
}

static size_t reading_len_before(const char *t, size_t a, size_t i);
static bool numeral_item(const char *t, size_t a, size_t b);

/* Round 10: 由1.6%减少为0.98%: whether t[a, b) ends with a verb of change
 * and 为, the verb of a change to a level as 减少到 is. */
static bool to_with_wei(const char *t, size_t a, size_t b)
{
    /* (round 12: 由上年的22.26%…調(diào)整為21.35%: 调整, across readings) */
    static const char *const verbs[] = {"增加", "减少", "減少", "下降", "提高",
                                        "上升", "降低", "调整", "調整"};
    if (!has_before(t, a, b, "为") && !has_before(t, a, b, "為"))
        return false;
    size_t e = b - strlen("为");
    char w2[6];
    size_t n = 0, r = e >= a + 3 ? e - 3 : a, rl = reading_len_before(t, a, r);
    if (rl && r - rl >= a + 3) { /* 調(diào)整: the two characters without it */
        memcpy(w2, t + r - rl - 3, 3);
        memcpy(w2 + 3, t + r, 3);
        n = 6;
    }
    for (size_t w = 0; w < NELEM(verbs); w++)
        if (has_before(t, a, e, verbs[w]) || (n == strlen(verbs[w]) && !memcmp(w2, verbs[w], n)))
            return true;
    return false;
}

/* Round 10: whether a pinyin reading (reading_at) ends at t[i] (after a
 * from t[a]): a word (預(yù)計) whose last character follows it is trimmed, if
 * at all, once the readings are dropped (make_label), not its last
 * character alone (預). */
static size_t reading_len_before(const char *t, size_t a, size_t i)
{
    if (i <= a || (t[i - 1] != ')' && !has_before(t, a, i, "）")))
        return 0;
    /* (a reading is at most six letters of two bytes in parentheses) */
    size_t lo = i - a > 20 ? i - 20 : a;
    for (size_t o = i; o-- > lo;)
        if (t[o] == '(' || has_at(t, i, o, "（"))
            return reading_at(t, i, o) == i - o ? i - o : 0;
    return 0;
}

static bool reading_before(const char *t, size_t a, size_t i)
{
    return reading_len_before(t, a, i) != 0;
}

/* Round 14: where the last phrase of a headline begins in t[a, b) (統計
 * 公報發(fā)布 醫(yī)保基金累計結(jié)存, the title's space and readings dropped
 * before the figures are read: 公报发布 before Han words, not 发布会);
 * a when none. */
static size_t headline_phrase(const char *t, size_t a, size_t b)
{
    static const char *const released[] = {"公报发布", "公報發布", "公報發佈"};
    size_t from = a;
    /* (公 found by its last byte, memchr: most characters share its first) */
    for (size_t j = a + 2; j < b;) {
        const char *x = memchr(t + j, released[0][2], b - j);
        if (!x)
            break;
        j = (size_t)(x - t) + 1;
        size_t i = j - strlen("公");
        if (i + strlen("公报发布") >= b || t[i] != released[0][0] || t[i + 1] != released[0][1])
            continue;
        size_t n = 0;
        for (size_t w = 0; w < NELEM(released) && !n; w++)
            n = word_read_at(t, b, i, released[w]);
        if (!n)
            continue;
        size_t g = skip_spaces(t, b, i + n);
        int kc;
        uint32_t c = cp_at(t, b, g, &kc);
        if (g < b && c != CP_BAD && bl_is_han(c) && c != 0x4F1A /* 会 */ && c != 0x6703 /* 會 */)
            from = g;
    }
    return from;
}

/* Round 10: 计 trailing the words of 审计, 设计, 会计, 统计 (…资金跟踪审计的
 * 5项) is part of the word, not the verb of a sum (共计 and 累计 are
 * listed whole). */
static bool word_of_ji(const char *t, size_t a, size_t b, const char *trail)
{
    static const char *const words[] = {"审", "審", "设", "設", "会", "會", "统", "統"};
    if (strcmp(trail, "计") != 0 && strcmp(trail, "計") != 0)
        return false;
    for (size_t w = 0; w < NELEM(words); w++)
        if (has_before(t, a, b - strlen("计"), words[w]))
            return true;
    return false;
}

/* Round 28: the firms and their verb of production before a product
 * (规模以上工业企业生产电子计算机整机同比增长 -> 电子计算机整机同比增长):
 * where the product's words begin after 企业生产 (企業生產) in t[a, b), or
 * a when none; the firms' own indicators (企业生产经营, 企业生产总值,
 * 企业生产同比增长) are no product and keep their words. */
static size_t producer_end(const char *t, size_t a, size_t b)
{
    static const char *const verbs[] = {"企业生产", "企業生產"};
    static const char *const own[] = {"总", "總", "经", "經", "性", "率", "能", "成", "资", "資",
                                      "设", "設", "安", "销", "銷", "用", "运", "運", "过", "過",
                                      "要", "条", "條", "环", "環", "效", "规", "規", "水", "力",
                                      "者", "的", "和", "及", "、", "同", "增", "下", "上", "稳",
                                      "穩", "保", "情", "状", "狀", "秩", "恢", "形", "计", "計",
                                      "任", "许", "許", "值", "量", "额", "額", "线", "線", "中"};
    size_t n = strlen("企业生产");
    for (size_t i = a; i + n + strlen("产品") <= b; i++) {
        if ((unsigned char)t[i] != 0xE4)
            continue; /* (企 and 企's first byte) */
        for (size_t v = 0; v < NELEM(verbs); v++)
            if (has_at(t, b, i, verbs[v])) {
                for (size_t w = 0; w < NELEM(own); w++)
                    if (has_at(t, b, i + n, own[w]))
                        return a;
                return i + n;
            }
    }
    return a;
}

/* Round 28: whether 有 at t[i] is the verb of a count after a scope
 * (全省有普惠性幼儿园4747所): a scope right before it, and no character
 * after it that makes a word with it (有色, 有效, 有线, 有机, 有关, 有限). */
static bool have_after_scope(const char *t, size_t b, size_t i)
{
    static const char *const scopes[] = {"全省", "全市", "全国", "全國", "全区", "全區", "全县",
                                         "全縣", "全州", "全镇", "全鎮", "全乡", "全鄉", "我省",
                                         "我市", "我区", "我国", "我國", "我县", "我縣", "我镇", "我鎮"};
    static const char *const words[] = {"色", "效", "线", "線", "机", "機", "关", "關", "限",
                                        "序", "偿", "償", "形", "害", "毒", "利", "益", "力"};
    size_t n = strlen("有");
    for (size_t w = 0; w < NELEM(words); w++)
        if (has_at(t, b, i + n, words[w]))
            return false;
    for (size_t s = 0; s < NELEM(scopes); s++)
        if (has_before(t, 0, i, scopes[s]))
            return true;
    return false;
}

/* label_lead by its words' first two bytes and label_trail by their
 * last byte, for trim_words: a group's words in the list's order, so the
 * first word of the list that matches is still the first found (a word
 * outside the group cannot match).  A lead word's key is its first byte
 * when that is ASCII, else 0x80 + the low six bits of its second byte;
 * lead_order[lead_from[key] .. lead_from[key + 1]) are its group (key
 * 256: none).  Built once (documents are scanned in several threads). */
static uint16_t lead_order[NELEM(label_lead)], lead_from[258];
static uint16_t trail_order[NELEM(label_trail)], trail_from[258];
static bool lead_indexed, trail_indexed;
static pthread_once_t word_index_once = PTHREAD_ONCE_INIT;

static size_t lead_key(const unsigned char *w, size_t n)
{
    if (n == 0)
        return 256;
    return w[0] < 0x80 ? w[0] : n > 1 ? 0x80 | (w[1] & 0x3F) : 256;
}


static void build_word_index(void)
{
    size_t key[NELEM(label_lead) > NELEM(label_trail) ? NELEM(label_lead) : NELEM(label_trail)];
    /* a lead word that is not ASCII and one byte long would match whatever
     * follows its byte: no grouping then (not in the list) */
    lead_indexed = NELEM(label_lead) < UINT16_MAX;
    for (size_t w = 0; w < NELEM(label_lead); w++) {
        const unsigned char *lw = (const unsigned char *)label_lead[w];
        size_t n = strlen(label_lead[w]);
        key[w] = lead_key(lw, n);
        if (n == 1 && lw[0] >= 0x80)
            lead_indexed = false;
    }
    if (lead_indexed)
        fig_group_by_key(key, NELEM(label_lead), 257, lead_order, lead_from);
    for (size_t w = 0; w < NELEM(label_trail); w++)
        key[w] = label_trail_len[w] ? (unsigned char)label_trail[w][label_trail_len[w] - 1] : 256;
    trail_indexed = NELEM(label_trail) < UINT16_MAX;
    if (trail_indexed)
        fig_group_by_key(key, NELEM(label_trail), 257, trail_order, trail_from);
}

/* Round 39 class 7: whether 按 before t[i, b) is a preposition (按年平均汇率)
 * that a label drops: not a word's (按揭, 按时, 按期, 按摩), not of a rate
 * (按年增长, 按月升: Hong Kong's year-on-year), not a clause of 按…计算 (its
 * rules read it whole), and two characters or more after it. */
static bool preposition_an(const char *t, size_t i, size_t b)
{
    static const char *const words[] = {"揭", "时", "時", "期", "摩", "可比"};
    for (size_t w = 0; w < NELEM(words); w++)
        if (has_at(t, b, i, words[w]))
            return false;
    static const char *const periods[] = {"年", "月", "季", "周", "週"};
    static const char *const moves[] = {"增", "升", "跌", "减", "減", "降", "上", "下"};
    for (size_t w = 0; w < NELEM(periods); w++)
        if (has_at(t, b, i, periods[w]))
            for (size_t m = 0; m < NELEM(moves); m++)
                if (has_at(t, b, i + strlen(periods[w]), moves[m]))
                    return false;
    for (size_t j = i; j + strlen("算") <= b; j++)
        if (has_at(t, b, j, "计") || has_at(t, b, j, "計") || has_at(t, b, j, "折")) {
            /* (計(jì)算: across a reading) */
            size_t e = j + strlen("计");
            e += reading_at(t, b, e);
            if (has_at(t, b, e, "算"))
                return false;
        }
    return bl_utf8_count(t + i, b - i) >= 2;
}

/* figlab46: 如 at t[i - 3] is the connective of an example (如增值税、
 * 消费税, 如：) when a noun of two characters or more follows, not a word's
 * first character (如期, 如实, 如何, 如今, 如果, 如东, 如皋…). */
static bool connective_ru(const char *t, size_t i, size_t b)
{
    static const char *const words[] = {"期", "实", "實", "何", "此", "今", "果", "下", "数", "數",
                                         "同", "意", "常", "约", "約", "东", "東", "皋", "若", "願",
                                         "愿", "一", "上", "前", "其", "是", "火", "需", "有"};
    if (has_at(t, b, i, "：") || has_at(t, b, i, ":"))
        return true;
    for (size_t w = 0; w < NELEM(words); w++)
        if (has_at(t, b, i, words[w]))
            return false;
    return bl_utf8_count(t + i, b - i) >= 2;
}

static void trim_words(const char *t, size_t *a, size_t *b, const char *const *lead, size_t nlead,
                       const char *const *trail, size_t ntrail)
{
    (void)pthread_once(&word_index_once, build_word_index);
    for (bool again = true; again && *a < *b;) {
        again = false;
        size_t sa = skip_spaces(t, *b, *a);
        if (sa != *a) {
            *a = sa;
            again = true;
        }
        /* (label_lead: only the group of the words that may match; the
         * first two bytes before has_at: the lead words' first characters
         * share their first byte with most characters) */
        const uint16_t *lord = NULL;
        size_t lq = 0, lz = nlead;
        if (lead == label_lead && lead_indexed && *a < *b) {
            size_t k = lead_key((const unsigned char *)t + *a, *b - *a);
            lord = lead_order;
            lq = lead_from[k];
            lz = lead_from[k + 1];
        }
        for (size_t q = lq; lead && q < lz && *a < *b; q++) { /* (no list: NULL, 0) */
            size_t w = lord ? lord[q] : q;
            if (t[*a] == lead[w][0] && (!lead[w][1] || (*b - *a > 1 && t[*a + 1] == lead[w][1])) &&
                has_at(t, *b, *a, lead[w])) {
                size_t n = strlen(lead[w]);
                if ((!strcmp(lead[w], "全国") || !strcmp(lead[w], "全國")) &&
                    national_budget_at(t, *b, *a + n))
                    break;
                /* round 13: 累計結(jié)存: a balance keeps its 累计 */
                if ((!strcmp(lead[w], "累计") || !strcmp(lead[w], "累計")) &&
                    balance_at(t, *b, *a + n))
                    break;
                /* round 10: 投入135亿元: a verb alone is the label */
                if ((!strcmp(lead[w], "投入") || !strcmp(lead[w], "带动") ||
                     !strcmp(lead[w], "帶動")) &&
                    skip_spaces(t, *b, *a + n) >= *b)
                    break;
                /* round 26: 完成投资同比增长: 完成投资 (investment
                 * completed) is an indicator's name */
                if (!strcmp(lead[w], "完成") &&
                    (has_at(t, *b, *a + n, "投资") || has_at(t, *b, *a + n, "投資")))
                    break;
                /* round 28: 有 is the verb of a count right after a scope
                 * (全省有普惠性幼儿园) and a word of its own elsewhere
                 * (有色金属, 有效发明专利); 全市有线电视 keeps it */
                if (!strcmp(lead[w], "有") && !have_after_scope(t, *b, *a))
                    break;
                /* round 38: 该, 这 before two characters or more only
                 * (这些, 该市 are words of their own above) */
                if ((!strcmp(lead[w], "该") || !strcmp(lead[w], "該") || !strcmp(lead[w], "这") ||
                     !strcmp(lead[w], "這")) &&
                    bl_utf8_count(t + *a + n, *b - *a - n) < 2)
                    break;
                /* round 40: 是否, 是非: 是 is part of the word; the copula
                 * before two characters or more only */
                if (!strcmp(lead[w], "是") &&
                    (has_at(t, *b, *a + n, "否") || has_at(t, *b, *a + n, "非") ||
                     bl_utf8_count(t + *a + n, *b - *a - n) < 2))
                    break;
                /* round 39: 按揭, 按时, 按期: 按 is part of the word;
                 * the preposition before two characters or more only */
                if (!strcmp(lead[w], "按") && !preposition_an(t, *a + n, *b))
                    break;
                if ((!strcmp(lead[w], "落实") || !strcmp(lead[w], "落實")) &&
                    (has_at(t, *b, *a + n, "率") || bl_utf8_count(t + *a + n, *b - *a - n) < 2))
                    break;
                if (!strcmp(lead[w], "如") && !connective_ru(t, *a + n, *b))
                    break;
                /* round 42 class 8c: 上报率 is a word; the verb before
                 * two characters or more only */
                if ((!strcmp(lead[w], "上报") || !strcmp(lead[w], "上報")) &&
                    (has_at(t, *b, *a + n, "率") || bl_utf8_count(t + *a + n, *b - *a - n) < 2))
                    break;
                /* round 14: 已婚, 已知: 已 is part of the word */
                /* round 41 class 5: 已整改問題 set against 正在整改問題 */
                if (!strcmp(lead[w], "已") &&
                    (has_at(t, *b, *a + n, "婚") || has_at(t, *b, *a + n, "知") ||
                     has_at(t, *b, *a + n, "整改")))
                    break;
                /* round 9: 全國(guó)文化和旅游事業費: the reading goes with
                 * the word */
                *a += n;
                *a += reading_at(t, *b, *a);
                again = true;
                break;
            }
        }
        /* (label_trail's lengths known: its words' last byte first) */
        const unsigned char *tl = trail == label_trail ? label_trail_len : NULL;
        const uint16_t *tord = NULL;
        size_t tq = 0, tz = ntrail;
        if (tl && trail_indexed && *a < *b) {
            unsigned char k = (unsigned char)t[*b - 1];
            tord = trail_order;
            tq = trail_from[k];
            tz = trail_from[k + 1];
        }
        for (size_t q = tq; q < tz && *a < *b; q++) {
            size_t w = tord ? tord[q] : q;
            size_t n = tl ? tl[w] : strlen(trail[w]);
            if (n == 0 || *b - *a < n || t[*b - 1] != trail[w][n - 1] ||
                memcmp(t + *b - n, trail[w], n) != 0)
                continue;
            if (!reading_before(t, *a, *b - n) && !word_of_ji(t, *a, *b, trail[w])) {
                *b -= n;
                /* round 39 class 8 (pdfcopy-weixian 2:5): 综合指数年累计为
                 * 5.73: the 年 of 年累计 (the year to date) goes with it,
                 * after an indicator's words (not 全年, 今年, 2020年) */
                if ((!strcmp(trail[w], "累计") || !strcmp(trail[w], "累計")) &&
                    has_before(t, *a, *b, "年")) {
                    size_t y = *b - strlen("年");
                    int ky;
                    uint32_t c = cp_before(t, *a, y, &ky);
                    if (c != CP_BAD && bl_is_han(c) && !in_set(c, "全今本当當去上前每同该該") &&
                        bl_utf8_count(t + *a, y - *a) >= 2)
                        *b = y;
                }
                again = true;
                break;
            }
        }
        while (*b > *a && (t[*b - 1] == ' ' || t[*b - 1] == '\t')) {
            (*b)--;
            again = true;
        }
    }
}

/* Drops leading scope and link words (label_lead) and spaces. */
void fig_trim_scope(const char *t, size_t *a, size_t *b)
{
    trim_words(t, a, b, scope_lead, NELEM(scope_lead), NULL, 0);
}

/* Cuts n to at most max bytes (cut_label: BL_FIG_LABEL_MAX) at a character
 * boundary of t[a, a + n). */
static size_t cut_label_to(const char *t, size_t a, size_t n, size_t max)
{
    if (n <= max)
        return n;
    n = max;
    while (n > 0 && ((unsigned char)t[a + n] & 0xC0) == 0x80)
        n--;
    return n;
}

static size_t cut_label(const char *t, size_t a, size_t n)
{
    return cut_label_to(t, a, n, BL_FIG_LABEL_MAX);
}

/* Words that name an attribute of an indicator, not an indicator. */
static bool is_attribute_word(const char *t, size_t n)
{
    static const char *const words[] = {"金额", "总额", "数量", "总量", "规模", "余额", "比重",
                                        "占比", "人数", "户数", "件数", "笔数", "个数", "次数",
                                        "面积", "合计", "总计", "平均", "均值", "增速", "增幅"};
    for (size_t i = 0; i < NELEM(words); i++)
        if (strlen(words[i]) == n && memcmp(t, words[i], n) == 0)
            return true;
    return false;
}

static bool is_level_kind(bl_figure_kind kind);

/* 2023—2025年, 1-12月, 1-3季度: a range of years, months or quarters is a
 * period, no indicator (3-6个月 is a duration). */
static bool is_period_range(const bl_figure *f)
{
    if (f->kind != BL_FIG_RANGE)
        return false;
    if (!strcmp(f->unit, "年"))
        return f->value >= 1900 && f->value <= 2100;
    /* round 9: (1978-2010,1978=100) of an English caption: years without
     * 年 (whole numbers of a year's range) */
    if (!*f->unit)
        return f->value >= 1900 && f->value <= 2100 && f->value == (double)(long)f->value;
    return !strcmp(f->unit, "月") || !strcmp(f->unit, "季度");
}

/* Round 20: whether f is a quarter of a year read as a duration (较上年四季度
 * 提高: 四季度 after 上年, 去年 or 年), a period. */
static bool year_quarter(const char *t, const bl_figure *f)
{
    return f->kind == BL_FIG_DURATION && f->value >= 1 && f->value <= 4 &&
           !strcmp(f->unit, "季度") && has_before(t, 0, f->start, "年");
}

/* Whether the 中 before t[i] starts a word with t[i] (中央, 中国, 中小企业,
 * 中心…) rather than ending 年中 (mid-year). */
static bool is_zhong_compound(const char *t, size_t len, size_t i)
{
    static const char *const next[] = {"央", "国", "國", "共", "华", "華", "小", "心", "医",
                                       "醫", "部", "职", "職", "学", "學", "外", "欧", "歐",
                                       "亚", "亞", "东", "東", "西", "南", "北", "美", "非",
                                       "药", "藥", "级", "級", "等", "资", "資", "标", "標"};
    for (size_t w = 0; w < NELEM(next); w++)
        if (has_at(t, len, i, next[w]))
            return true;
    /* round 12: 2023年中江县: a place's name, 中 and one character before
     * the place's kind */
    static const char *const places[] = {"县", "縣", "市", "区", "區",
                                         "镇", "鎮", "乡", "鄉", "旗"};
    int k;
    if (cp_at(t, len, i, &k) == CP_BAD)
        return false;
    for (size_t w = 0; w < NELEM(places); w++)
        if (has_at(t, len, i + (size_t)k, places[w]))
            return true;
    return false;
}

/* Round 12: where the words after a paragraph's topic word at t[a, b)
 * begin (人口 年末全县常住人口, 粮食全年农作物播种面积: two to four Han
 * characters, a space or none, then 年末, 全年 or 年初: the document joins
 * the words across the space), a when none. */
static size_t topic_end(const char *t, size_t a, size_t b)
{
    static const char *const periods[] = {"年末", "全年", "年初"};
    size_t i = a, chars = 0;
    for (int k; chars < 4; chars++) {
        uint32_t c = cp_at(t, b, i, &k);
        if (c == CP_BAD || !bl_is_han(c))
            break;
        i += (size_t)k;
        if (chars < 1)
            continue;
        size_t e = skip_spaces(t, b, i);
        for (size_t w = 0; w < NELEM(periods); w++)
            if (has_at(t, b, e, periods[w]) && e + strlen(periods[w]) < b)
                return e;
    }
    return a;
}

/* A clause break ending at e that is none: a garbled copy's ? (總?cè,
 * 丝?/span, and ？ where the document made it full-width: a Han character
 * before it and lowercase Latin, / or < glued after it, before b) or the
 * ; (；) of a leaked entity (&nbsp;, &#160;). */
static bool garble_break(const char *t, size_t floor, size_t e, size_t b)
{
    int kc;
    uint32_t c = cp_before(t, floor, e, &kc);
    size_t q = e - (size_t)kc;
    if (c == ';' || c == 0xFF1B) {
        size_t j = q;
        while (j > floor && q - j < 10 &&
               ((t[j - 1] >= 'a' && t[j - 1] <= 'z') || (t[j - 1] >= 'A' && t[j - 1] <= 'Z') ||
                (t[j - 1] >= '0' && t[j - 1] <= '9') || t[j - 1] == '#'))
            j--;
        return j > floor && j + 1 < q && t[j - 1] == '&';
    }
    if ((c != '?' && c != 0xFF1F) || q <= floor || e >= b)
        return false;
    uint32_t h = cp_before(t, floor, q, NULL);
    unsigned char n = (unsigned char)t[e];
    return h != CP_BAD && bl_is_han(h) && ((n >= 'a' && n <= 'z') || n == '/' || n == '<');
}

/* The start of the words before a that a garbled ? or an entity's ;
 * (garble_break) cut off: back over each such break to the true clause
 * mark, a space or floor; a itself when none. */
static size_t garble_start(const char *t, size_t floor, size_t a, size_t b)
{
    size_t i = a;
    while (i > floor + 1 && garble_break(t, floor, i, b)) {
        int kc;
        size_t j = i;
        (void)cp_before(t, floor, j, &kc);
        j -= (size_t)kc;
        while (j > floor) {
            bool sent;
            uint32_t c = cp_before(t, floor, j, &kc);
            if (c == CP_BAD || is_space(c) || (is_clause_punct(c, &sent) && !garble_break(t, floor, j, b)))
                break;
            j -= (size_t)kc;
        }
        i = j;
    }
    return i;
}

/* Round 12: the words before the opening parenthesis of a remark that
 * holds a comma, the clause at `a` begun inside it (总人口性别比（以女性为
 * 100，男性对女性的比例）: 总人口性别比), in *ra, *rb (two characters or more,
 * trimmed): whether found, back in the sentence within BL_FIG_FROM_TO bytes. */
static bool remark_subject(const scan *s, size_t a, size_t *ra, size_t *rb)
{
    const char *t = s->t;
    size_t lo = a > s->sentence_start + BL_FIG_FROM_TO ? a - BL_FIG_FROM_TO : s->sentence_start;
    /* (round 36: 總?cè)丝谛詣e比(以女性為100,…: back over a garble's ?) */
    if (lo == s->sentence_start)
        lo = garble_start(t, 0, lo, a);
    size_t open = 0;
    for (size_t i = a; i > lo && !open;) {
        int kc;
        uint32_t c = cp_before(t, lo, i, &kc);
        if (c == CP_BAD || c == 0xFF09 || c == ')' || c == 0x3002)
            return false;
        i -= (size_t)kc;
        if (c == 0xFF08 || c == '(')
            open = i;
    }
    if (!open)
        return false;
    size_t h = open;
    while (h > lo) {
        int kc;
        uint32_t c = cp_before(t, lo, h, &kc);
        if (c == CP_BAD || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A ||
            c == ':' || c == 0x3001 || c == 0x3002)
            break;
        h -= (size_t)kc;
    }
    size_t xa = h, xb = open;
    trim_words(t, &xa, &xb, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
    uint32_t c0 = cp_at(t, xb, xa, NULL);
    if (xb <= xa || c0 == CP_BAD || !bl_is_han(c0) || bl_utf8_count(t + xa, xb - xa) < 2)
        return false;
    *ra = xa;
    *rb = xb;
    return true;
}

/* Round 12: 总人口性别比（以女性为100，男性对女性的比例）为107.50, 由…
 * 97.45下降为91.45: words t[*a, *b) of a level that end a remark in
 * parentheses holding a comma name the indicator before the remark;
 * 以女性为100 inside it, the base of the ratio, too (out of make_label,
 * which stays as the compiler inlined it). */
static __attribute__((noinline)) void remark_words(const scan *s, size_t *a, size_t *b)
{
    const char *t = s->t;
    size_t e = *b, open = 0;
    while (e > *a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    size_t cl = has_before(t, *a, e, "）") ? strlen("）") : has_before(t, *a, e, ")") ? 1 : 0;
    bool closed = cl && *a >= s->clause_start;
    /* (not a remark of its own, （含…）: no parenthesis before the
     * closing one in the clause) */
    for (size_t i = closed ? s->clause_start : *a; i < e - cl && closed; i++)
        closed = !(has_at(t, e, i, "（") || has_at(t, e, i, "(") || has_at(t, e, i, "）") ||
                   has_at(t, e, i, ")"));
    for (size_t i = *a; i < e && !closed && !open; i++) {
        if (t[i] != '(' && t[i] != ')' && (unsigned char)t[i] != 0xEF)
            continue; /* (the parentheses' first bytes) */
        if (has_at(t, e, i, "（") || has_at(t, e, i, "("))
            open = i;
        else if (has_at(t, e, i, "）") || has_at(t, e, i, ")"))
            break;
    }
    for (size_t i = open; open && i < e; i++)
        if (has_at(t, e, i, "）") || has_at(t, e, i, ")"))
            open = 0;
    size_t ra = 0, rb = 0;
    if (closed && remark_subject(s, s->clause_start, &ra, &rb)) {
        *a = ra;
        *b = rb;
    } else if (!closed && open && has_at(t, e, open + (t[open] == '(' ? 1 : strlen("（")), "以")) {
        size_t oa = open;
        trim_words(t, a, &oa, NULL, 0, label_trail, NELEM(label_trail));
        if (oa > *a && bl_utf8_count(t + *a, oa - *a) >= 2)
            *b = oa;
    }
}

/* The clause before the figure's, when a comma ends it: [*pa, *pb), from
 * the mark before it (，；：。 or the line's start) up to that comma. */
static bool comma_clause_before(const scan *s, size_t *pa, size_t *pb)
{
    const char *t = s->t;
    size_t b = s->clause_start;
    int kc;
    uint32_t c = cp_before(t, s->sentence_start, b, &kc);
    if (c != 0xFF0C && c != ',')
        return false;
    b -= (size_t)kc;
    size_t a = b;
    while (a > s->sentence_start) {
        uint32_t cp = cp_before(t, s->sentence_start, a, &kc);
        if (cp == CP_BAD || cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == ';' ||
            cp == 0xFF1A || cp == ':' || cp == 0x3002 || cp == '\n')
            break;
        a -= (size_t)kc;
    }
    *pa = a;
    *pb = b;
    return true;
}

/* Whether the clause that begins at *pa, before figure k's, holds a
 * figure that is no period (a date, a year, a range of years or months);
 * *pa moves past the periods in it (2023年12月我市…). */
static bool figure_in_clause(const scan *s, size_t k, size_t *pa)
{
    const bl_figure_list *l = s->list;
    size_t a = *pa;
    for (size_t j = k; j-- > s->sentence_first;) {
        const bl_figure *p = &l->items[j];
        if (p->text != l->items[k].text || p->end <= a)
            break;
        if (!(p->kind == BL_FIG_DATE || p->kind == BL_FIG_YEAR || is_period_range(p)))
            return true;
        if (p->end > *pa)
            *pa = p->end;
    }
    return false;
}

/* The length of the span of an average ending at byte e of t (not below
 * lo): a numeral of years and 年平均 (两年平均, 兩年平均, 三年平均, 四年平均,
 * 十年平均, 3年平均) or 年均; else 0. */
static size_t average_span_before(const char *t, size_t lo, size_t e)
{
    if (has_before(t, lo, e, "年均"))
        return strlen("年均");
    if (!has_before(t, lo, e, "年平均"))
        return 0;
    size_t j = e - strlen("年平均");
    for (int guard = 0; guard < 4 && j > lo; guard++) {
        int k;
        uint32_t c = cp_before(t, lo, j, &k);
        if (!((c >= '0' && c <= '9') || is_cn_digit(c) || c == 0x5169 /* 兩 */ ||
              c == 0x5341 /* 十 */))
            break;
        j -= (size_t)k;
    }
    return j < e - strlen("年平均") ? e - j : 0;
}

/* Round 32: the length of the span of an average (两年平均, 四年平均, 年均:
 * average_span_before) or the base (同比, 环比) ending label ll[0, n)
 * before its verb, else 0: the indicator is before it
 * (社会消费品零售总额两年平均增长 -> 社会消费品零售总额). */
static size_t span_before_verb(const char *ll, size_t n)
{
    static const char *const spans[] = {"同比", "环比", "環比"};
    size_t an = average_span_before(ll, 0, n);
    if (an && n > an)
        return an;
    for (size_t w = 0; w < NELEM(spans); w++)
        if (n > strlen(spans[w]) && has_before(ll, 0, n, spans[w]))
            return strlen(spans[w]);
    return 0;
}

/* Round 32: the figure before figure k for a change whose words t[a, b)
 * are a span and a verb (两年平均增长): the span's own figure (两年, a
 * duration in words inside those words) skipped, so that the change before
 * it in the sentence is found, as with 兩年 (not a figure). */
static size_t change_before_span(const bl_figure_list *l, size_t k, size_t a, size_t b, size_t lo)
{
    size_t j = k - 1;
    while (j > 0 && l->items[j].text == l->items[k].text && l->items[j].numeral_chinese &&
           l->items[j].kind == BL_FIG_DURATION && l->items[j].start >= a && l->items[j].end <= b)
        j--;
    /* (比上月回落1.1个百分点 between them: that change of the rate is the
     * indicator's, the change before it names the indicator) */
    while (j > lo && l->items[j].text == l->items[k].text && l->items[j].kind == BL_FIG_POINTS &&
           l->items[j].change && l->items[j - 1].text == l->items[k].text && l->items[j - 1].change &&
           l->items[j - 1].kind == BL_FIG_PERCENT)
        j--;
    return j;
}

/* Round 12: 居民消費價格總水平(CPI)同比持平,環比上漲0.4%: a change whose
 * words (n bytes) are 环比 or 同比 and its verb, first in its clause, after
 * a clause without figures (but a date) that ends with 持平, is of that
 * clause's subject (before its own 同比 or 环比): in *pre_a, *pre_b (out of
 * make_label, which stays as the compiler inlined it). */
static __attribute__((noinline)) void unchanged_subject(const scan *s, size_t k, size_t n,
                                                        size_t *pre_a, size_t *pre_b)
{
    const char *t = s->t;
    size_t pa, pb;
    if (comma_clause_before(s, &pa, &pb)) {
        /* (a date before the subject is no figure of it: 2023年12月我市…) */
        size_t xa = pa;
        bool figure = figure_in_clause(s, k, &xa);
        static const char *const level[] = {"同比持平", "环比持平", "環比持平",
                                            /* round 17: 房地產投資止跌 */
                                            "止跌回升", "止跌", "企稳回升", "企穩回升", "企稳",
                                            "企穩"};
        size_t vb = pb;
        for (size_t w = 0; w < NELEM(level) && vb == pb; w++)
            if (has_before(t, pa, pb, level[w]))
                vb = pb - strlen(level[w]);
        /* round 17: 服務業增加值實現兩位數增長: 实现 and a growth of at most
         * four characters ending the clause */
        if (vb == pb && (has_before(t, pa, pb, "增长") || has_before(t, pa, pb, "增長")))
            for (size_t i = pb - strlen("增长"), c = 0; i > pa && c <= 4 && vb == pb; c++) {
                int kc;
                cp_before(t, pa, i, &kc);
                if (kc <= 0)
                    break;
                i -= (size_t)kc;
                if (has_at(t, pb, i, "实现") || has_at(t, pb, i, "實現"))
                    vb = i;
            }
        size_t xb = vb;
        if (xa > xb)
            xa = xb;
        if (!figure && vb < pb)
            trim_words(t, &xa, &xb, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
        uint32_t h0 = cp_at(t, xb, xa, NULL);
        if (!figure && vb < pb && xb > xa && h0 != CP_BAD && bl_is_han(h0) &&
            bl_utf8_count(t + xa, xb - xa) >= 2 && xb - xa + n < BL_FIG_LABEL_MAX) {
            *pre_a = xa;
            *pre_b = xb;
        }
    }
}

/* Round 12: an empty label (a figure that names no indicator). */
static bulletin_status label_none(bl_figure_list *l, bl_figure *f)
{
    f->label = bl_strndup(l->mem, "", 0);
    return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
}

/* Whether a word joining two items (和 及 与 與, and 、 when `comma`)
 * stands at t[i], before end. */
static bool join_at(const char *t, size_t end, size_t i, bool comma)
{
    static const char *const joins[] = {"和", "及", "与", "與", "、"};
    for (size_t w = 0; w < NELEM(joins) - !comma; w++)
        if (has_at(t, end, i, joins[w]))
            return true;
    return false;
}

/* How many whole characters the label ll[0, n) and the words t[a, b)
 * begin with alike, the words read past their pinyin readings (round 14:
 * 衛(wèi)生監(jiān)督所 begins as 衛生監督所 does; the label has none). */
static size_t common_chars(const char *ll, size_t n, const char *t, size_t a, size_t b)
{
    size_t p = 0, j = a, chars = 0;
    while (p < n && j < b) {
        int kk;
        uint32_t c = cp_at(ll, n, p, &kk);
        if (c == CP_BAD || j + (size_t)kk > b || memcmp(ll + p, t + j, (size_t)kk) != 0)
            break;
        p += (size_t)kk;
        j += (size_t)kk;
        chars++;
        j += reading_at(t, b, j);
    }
    return chars;
}

/* A label in other words, into out (cap bytes): a verb ending in 在 at
 * its head dropped and 的 left out (居住在城镇的人口占比 -> 城镇人口占比,
 * the words links.c's names_otherwise matches); 0 when the label has no
 * 的 or does not fit. */
static size_t label_otherwise(const char *ll, size_t n, char *out, size_t cap)
{
    const char *de = "的", *zai = "在";
    size_t i = 0;
    for (size_t k = 0; k < 4 * 3 && k + 3 <= n; k += 3)
        if (!memcmp(ll + k, zai, 3)) {
            i = k + 3;
            break;
        }
    size_t o = 0;
    bool cut = false;
    for (; i < n; i++) {
        if (i + 3 <= n && !memcmp(ll + i, de, 3)) {
            cut = true;
            i += 2;
            continue;
        }
        if (o + 1 >= cap)
            return 0;
        out[o++] = ll[i];
    }
    return cut ? o : 0;
}

/* Where the words t[a, vs) before a change's verb end without a 同比 or
 * 环比 ending them. */
static size_t before_comparison(const char *t, size_t a, size_t vs)
{
    static const char *const cmp[] = {"同比", "环比", "環比"};
    for (size_t w = 0; w < NELEM(cmp); w++)
        if (has_before(t, a, vs, cmp[w]))
            return vs - strlen(cmp[w]);
    return vs;
}

/* Whether a change's own words t[a, b) name its indicator, so that the
 * label of the figure it changes goes before them no more: they begin with
 * three or more characters of that label (0—14岁人口的比重上升 after
 * 0—14岁人口占比) or of that label in other words (城镇人口增加 after
 * 居住在城镇的人口), or name a part of a ratio (第一产业下降 after 三次产业
 * 结构为7.7:57.5:34.8). */
static bool change_names_itself(const char *t, size_t a, size_t b, const bl_figure *linked)
{
    const char *ll = linked->label;
    size_t n = strlen(ll);
    if (common_chars(ll, n, t, a, b) >= 3)
        return true;
    /* round 40: 比去年底万人发明专利拥有量增幅12.41%: a comparison's base
     * before the subject named again (比上年末, 较去年同期, 與上年相比) */
    size_t cb = comparison_base_at(t, b, a);
    if (cb && common_chars(ll, n, t, skip_spaces(t, b, a + cb), b) >= 3)
        return true;
    /* round 18: 增長7.1%,拉動GDP增長4.0個百分點: a contribution */
    /* (round 20: 上拉地区生产总值增速2.5个百分点, 下拉 too) */
    /* (round 27: 鮮果價格上漲19.0%,影響CPI上漲約0.34個百分點, the item's
     * share in the whole's change) */
    if (has_at(t, b, a, "拉动") || has_at(t, b, a, "拉動") || has_at(t, b, a, "上拉") ||
        has_at(t, b, a, "下拉") || has_at(t, b, a, "影响") || has_at(t, b, a, "影響"))
        return true;
    if (fig_synonym_names(t, a, b, ll))
        return true; /* 贸易额增长 after 外贸进出口总额 */
    char other[BL_FIG_LABEL_MAX];
    size_t on = label_otherwise(ll, n, other, sizeof other);
    if (on && common_chars(other, on, t, a, b) >= 3)
        return true;
    /* round 26: 进口下降3.1%,…,进口降幅收窄0.8个百分点: the changed
     * growth's subject (its label before the verb and 同比) and a rate word
     * begin the words */
    size_t vs = 0;
    if (linked->change && b - a > 6 && fig_change_verb(ll, 0, n, &vs) != BL_FIG_CHANGE_NONE &&
        vs > 0) {
        vs = before_comparison(ll, 0, vs);
        if (vs >= 6 && b - a > vs && !memcmp(t + a, ll, vs))
            for (size_t w = 0; w < NELEM(rate_words); w++)
                if (has_at(t, b, a + vs, rate_words[w]))
                    return true;
    }
    if (linked->kind != BL_FIG_RATIO || b <= a || bl_utf8_count(t + a, b - a) < 4)
        return false;
    static const char *const cmp[] = {"同比", "环比", "環比", "比", "较", "較", "与", "與"};
    for (size_t w = 0; w < NELEM(cmp); w++)
        if (has_at(t, b, a, cmp[w]))
            return false;
    uint32_t c0 = cp_at(t, b, a, NULL);
    return c0 != CP_BAD && bl_is_han(c0);
}

/* The length of the name of China's provinces at t[skip_spaces(i)] (31个
 * 省、自治区、直辖市, 31个省（区、市）): the counted noun, whatever is before
 * the count; 0 when none. */
static size_t admin_after(const char *t, size_t end, size_t i)
{
    static const char *const names[] = {
        "省、自治区、直辖市", "省、自治區、直轄市", "省（区、市）", "省(区、市)",
        "省（區、市）",       "省(區、市)",         "省区市",       "省區市"};
    i = skip_spaces(t, end, i);
    for (size_t w = 0; w < NELEM(names); w++)
        if (has_at(t, end, i, names[w]))
            return strlen(names[w]);
    return 0;
}

/* The length of a list of single characters in parentheses at t[i, end)
 * (（镇）, （市、区）, (区、市)): part of the name before it, as in 乡（镇）,
 * 县（市、区）, 縣(市、區(qū)) with the readings after its characters; 0 when
 * none. */
static size_t reading_at(const char *t, size_t end, size_t i);
static size_t admin_paren_at(const char *t, size_t end, size_t i)
{
    size_t open = has_at(t, end, i, "（") ? strlen("（") : has_at(t, end, i, "(") ? 1 : 0;
    if (!open)
        return 0;
    size_t j = i + open, items = 0;
    for (;;) {
        int k;
        uint32_t c = cp_at(t, end, j, &k);
        if (c == CP_BAD || !bl_is_han(c) || c == 0x3001)
            return 0;
        j += (size_t)k;
        j += reading_at(t, end, j); /* round 41: 縣(市、區(qū)), the page's reading */
        items++;
        if (has_at(t, end, j, "）") || has_at(t, end, j, ")"))
            return items <= 4 ? j + (has_at(t, end, j, "）") ? strlen("）") : 1) - i : 0;
        if (!has_at(t, end, j, "、"))
            return 0;
        j += strlen("、");
    }
}

/* Round 41 class 4: whether t[i, b) begins with what is measured of a
 * place (2個縣(市)收入增幅: its revenue, output, investment, population),
 * not a noun of its own (乡(镇)卫生院). */
static bool place_measure_at(const char *t, size_t b, size_t i)
{
    static const char *const measures[] = {
        "收入", "支出", "增幅", "增速", "增加值", "生产总值", "生產總值", "地区生产总值",
        "地區生產總值", "财政", "財政", "税收", "稅收", "一般公共预算", "一般公共預算",
        "公共财政", "公共財政", "人口", "投资", "投資", "经济", "經濟", "GDP"};
    for (size_t w = 0; w < NELEM(measures); w++)
        if (has_at(t, b, i, measures[w]))
            return true;
    return false;
}

/* The length of a span of time at t[a, b) (一年间, 两年来, 3年間, 十年共),
 * 0 when none. */
static size_t span_of_time_at(const char *t, size_t a, size_t b)
{
    size_t j = numerals_end(t, a, b);
    /* (round 6: 十年共增加, 五年累计增长) */
    static const char *const spans[] = {"年间", "年間", "年来", "年來", "年共", "年累计", "年累計"};
    for (size_t w = 0; w < NELEM(spans) && j > a; w++)
        if (has_at(t, b, j, spans[w]))
            return j + strlen(spans[w]) - a;
    return 0;
}

/* Round 6: 加税收返还和转移支付补助…, 加上解支出…: the 加 (plus) before a
 * budget's added amounts (加上 is dropped by label_lead; 加上解支出 is 加
 * 上解支出); whether it stands at t[a]. */
static bool budget_plus_at(const char *t, size_t b, size_t a)
{
    static const char *const added[] = {"税收返还", "稅收返還", "转移支付", "轉移支付", "上级补助",
                                        "上級補助", "上级转移", "上級轉移", "上解",     "调入",
                                        "調入",     "动用",     "動用",     "债务",     "債務",
                                        "补助",     "補助",     "上年结",   "上年結"};
    if (!has_at(t, b, a, "加"))
        return false;
    for (size_t w = 0; w < NELEM(added); w++)
        if (has_at(t, b, a + strlen("加"), added[w]))
            return true;
    return false;
}

/* Round 8: the end of the label t[a, b) without the figure's unit when
 * the unit is written between them (养老机构床位万张11.3: b is before 万张,
 * only spaces follow it up to the value and no unit follows the value). */
static size_t unit_before_value(const char *t, size_t a, size_t b, const bl_figure *f)
{
    size_t n = strlen(f->unit), e = b;
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    if (e - a <= n || memcmp(t + e - n, f->unit, n) != 0 ||
        skip_spaces(t, f->start, b) != f->start || has_before(t, f->start, f->end, f->unit))
        return b;
    return e - n;
}

/* Round 5: 当年收入 and 当年支出 of a budget (beside 总收入, 总支出) are
 * names: label_lead cut their year. */
/* (round 17: 本年收入合计, 收入总计, 收、支总计: the total of a bare 收入
 * or 支出 (with 本年 or 当年, or both listed) keeps its 合计 or 总计,
 * which label_trail cut as a linking verb: without it the label names no
 * total; up to `end`, the figure's words) */
static void keep_budget_names(const char *t, size_t *a, size_t *b, size_t end)
{
    static const char *const own[] = {"收入", "支出", "收、支", "收支"};
    static const char *const years[] = {"本年", "当年", "當年"};
    static const char *const totals[] = {"合计", "合計", "总计", "總計"};
    for (size_t w = 0; w < NELEM(own); w++) {
        size_t n = strlen(own[w]);
        if (*b - *a < n || !has_at(t, *b, *b - n, own[w]))
            continue;
        bool bare = *b - *a == n;
        /* figlab45 (shapingba 3:215): 一般公共预算收入总计125.87亿元, 总计
         * right before the value of a named 收入 or 支出: the total with
         * transfers, another figure than the 收入 (合计 of funds' 收入 is
         * their sum: 五项社会保险基金收入合计, no name of its own) */
        if (bare && w < 2 && has_before(t, 0, *a, "当年"))
            *a -= strlen("当年");
        for (size_t y = 0; y < NELEM(years) && !bare; y++)
            bare = *b - *a == n + strlen(years[y]) && has_at(t, *b, *a, years[y]);
        if (!bare && w < 2) {
            static const char *const grand[] = {"总计", "總計"};
            for (size_t x = 0; x < NELEM(grand); x++)
                if (*b + strlen(grand[x]) == end && has_at(t, end, *b, grand[x]))
                    *b = end;
        }
        if (!bare)
            return;
        for (size_t x = 0; x < NELEM(totals); x++)
            if (has_at(t, end, *b, totals[x])) {
                *b += strlen(totals[x]);
                break;
            }
        return;
    }
}

/* Round 9: the words a figure's own shape gives, t[*a, *b): a ratio of
 * what is shared (按照4:3:3的比例分担: its label 分担比例, set here with
 * *labelled), the base of an index (1978=100: the index named before the
 * parentheses), a figure ending a name in quotes (“制造业高质量发展20条”:
 * the name's words).  Out of line: these shapes are rare and make_label
 * runs for every figure (inlined, they made it 4% slower on the 100x bench
 * text). */
static __attribute__((noinline)) bulletin_status shape_words(scan *s, size_t k, size_t *a,
                                                             size_t *b, bool *labelled)
{
    bl_figure_list *l = s->list;
    bl_figure *f = &l->items[k];
    const char *t = s->t;
    /* round 9: 由省、市、县三级财政按照4:3:3的比例分担: a ratio of what is
     * shared is the verb's 比例 (分担比例), all its parts */
    if (f->kind == BL_FIG_RATIO && f->part == 1 && !f->change) {
        size_t j = k;
        while (j + 1 < l->len && l->items[j + 1].text == f->text &&
               l->items[j + 1].part == l->items[j].part + 1)
            j++;
        size_t v = l->items[j].end + strlen("的比例");
        int k1 = 0, k2 = 0;
        uint32_t c1 = j > k && has_at(t, s->len, l->items[j].end, "的比例")
                          ? cp_at(t, s->len, v, &k1)
                          : CP_BAD;
        uint32_t c2 = c1 != CP_BAD ? cp_at(t, s->len, v + (size_t)k1, &k2) : CP_BAD;
        uint32_t c3 = c2 != CP_BAD ? cp_at(t, s->len, v + (size_t)k1 + (size_t)k2, NULL) : CP_BAD;
        if (c1 != CP_BAD && bl_is_han(c1) && c2 != CP_BAD && bl_is_han(c2) &&
            (c3 == CP_BAD || !bl_is_han(c3))) {
            bl_buf rb;
            bl_buf_init(&rb, l->mem);
            bulletin_status st = bl_buf_put(&rb, t + v, (size_t)k1 + (size_t)k2);
            if (st == BULLETIN_OK)
                st = bl_buf_puts(&rb, "比例");
            if (st == BULLETIN_OK)
                st = bl_buf_reserve(&rb, 1);
            f->label = st == BULLETIN_OK ? bl_buf_detach(&rb) : NULL;
            if (!f->label)
                bl_buf_free(&rb);
            *labelled = f->label != NULL;
            return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
        }
    }
    /* round 39 (report-shanghang 4:339): 三次产业比调整为11.8︰48.3︰39.9: a
     * verb of change before a ratio (调整为, 进一步优化为, 演变为) is no part
     * of what the ratio is of (after a ratio, 由…的6.9:55.9:37.2调整为, the
     * ratio before names it: make_label) */
    if (f->kind == BL_FIG_RATIO && f->part == 1 && !f->change && *b > *a &&
        !(k > 0 && l->items[k - 1].text == f->text && l->items[k - 1].kind == BL_FIG_RATIO)) {
        static const char *const turned[] = {"调整", "調整", "优化", "優化", "演变", "演變",
                                             "转变", "轉變", "变化", "變化", "变", "變"};
        static const char *const adverbs[] = {"进一步", "進一步", "继续", "繼續", "持续",
                                              "持續",   "不断",   "不斷", "逐步"};
        size_t e = *b;
        while (e > *a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        if (has_before(t, *a, e, "为") || has_before(t, *a, e, "為"))
            e -= strlen("为");
        bool verb = false;
        for (size_t w = 0; w < NELEM(turned) && !verb; w++)
            if (has_before(t, *a, e, turned[w])) {
                e -= strlen(turned[w]);
                verb = true;
            }
        for (bool again = verb; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(adverbs); w++)
                if (has_before(t, *a, e, adverbs[w])) {
                    e -= strlen(adverbs[w]);
                    again = true;
                }
        }
        if (verb && bl_utf8_count(t + *a, e - *a) >= 2)
            *b = e;
    }
    /* round 9: 地区生产总值指数（1978-2010年,1978=100）: the base of an
     * index (a year = 100) is the index named before the parentheses
     * (without the table's number, 4-3) */
    if (k > 0 && !f->change && is_level_kind(f->kind)) {
        const bl_figure *p = &l->items[k - 1];
        size_t g = p->end;
        if (p->text == f->text && p->kind == BL_FIG_YEAR && g < f->start &&
            ((t[g] == '=' && g + 1 == f->start) ||
             (has_at(t, f->start, g, "＝") && g + strlen("＝") == f->start))) {
            size_t open = 0;
            for (size_t i = p->start; i > s->sentence_start && !open;) {
                int kc;
                uint32_t c = cp_before(t, s->sentence_start, i, &kc);
                if (c == CP_BAD || c == 0xFF09 || c == ')')
                    break;
                i -= (size_t)kc;
                if (c == 0xFF08 || c == '(')
                    open = i;
            }
            size_t h = s->sentence_start;
            while (h < open && ((t[h] >= '0' && t[h] <= '9') || t[h] == '-' || t[h] == '.' ||
                                t[h] == ' ' || t[h] == '\t'))
                h++;
            if (open > h) {
                *a = h;
                *b = open;
            }
        }
    }
    /* round 9: 长沙出台“制造业高质量发展20条”: a figure that ends a name in
     * quotes is of the name's words before it */
    if (f->end < s->len && has_at(t, s->len, f->end, "”") && *a < f->start) {
        size_t q = 0;
        for (size_t i = *a; i < f->start; i++)
            if (has_at(t, f->start, i, "“"))
                q = i + strlen("“");
            else if (has_at(t, f->start, i, "”"))
                q = 0;
        if (q && q < f->start && q > *a) {
            *a = q;
            if (*b > f->start)
                *b = f->start;
        }
    }
    return BULLETIN_OK;
}

/* Round 13: how much of the linked figure p's label ll (n bytes) a change
 * f with the own words t[a, b) says before them: none when p's value
 * modifies the change's subject (占比63.3%的电力供应业同比增长: 的 after p,
 * two characters or more of a subject before the verb), the share's
 * subject when p is a share and f a growth in per cent (X占Y的比重85.9%,
 * 同比增长5.2%: X), else all of it. */
static __attribute__((noinline)) size_t linked_words(const char *t, const bl_figure *f,
                                                     const bl_figure *p, size_t a, size_t b,
                                                     const char *ll, size_t n)
{
    size_t e = b;
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    if (p->end <= f->start && has_at(t, f->start, skip_spaces(t, f->start, p->end), "的") &&
        (p->kind == BL_FIG_PERCENT || p->kind == BL_FIG_RATIO) && e > a) {
        size_t vs = 0;
        if (fig_change_verb(t, a, e, &vs) != BL_FIG_CHANGE_NONE && vs > a) {
            vs = before_comparison(t, a, vs);
            uint32_t c0 = cp_at(t, vs, a, NULL);
            if (c0 != CP_BAD && bl_is_han(c0) && chars_read(t, a, vs) >= 2)
                return 0;
        }
    }
    if (f->kind != BL_FIG_PERCENT || p->kind != BL_FIG_PERCENT || p->change || e <= a)
        return n;
    static const char *const grew[] = {"增长", "增長", "下降", "增加", "减少", "減少"};
    bool growth = false;
    for (size_t w = 0; w < NELEM(grew) && !growth; w++)
        growth = has_before(t, a, e, grew[w]);
    static const char *const share[] = {"比重", "比例", "占比", "佔比"};
    bool is_share = false;
    for (size_t w = 0; w < NELEM(share) && !is_share && growth; w++)
        is_share = has_before(ll, 0, n, share[w]);
    for (size_t i = 0; is_share && i < n; i++)
        if ((has_at(ll, n, i, "占") || has_at(ll, n, i, "佔")) && bl_utf8_count(ll, i) >= 2)
            return i;
    return n;
}

/* Round 20: the indicator of a growth's label ll (工业增加值同比增长 ->
 * 工业增加值) copied into out (BL_FIG_LABEL_MAX bytes), NULL when ll ends in
 * no growth verb or is only one. */
static const char *growth_subject(const char *ll, char *out)
{
    static const char *const grew[] = {"同比增长", "同比增長", "增长", "增長"};
    size_t n = strlen(ll);
    for (size_t w = 0; w < NELEM(grew); w++)
        if (has_before(ll, 0, n, grew[w])) {
            size_t m = n - strlen(grew[w]);
            if (bl_utf8_count(ll, m) < 2 || m >= BL_FIG_LABEL_MAX)
                return NULL;
            memcpy(out, ll, m);
            out[m] = '\0';
            return out;
        }
    return NULL;
}

/* Round 13: 分别较1—9月份和上年同期提高0.1和1.2个百分点: the length of a
 * base listed after the first one (和上年同期, after a join and with 较 or
 * 比 before it in the clause) at t[a, b) of a change's words, 0 when none. */
static __attribute__((noinline)) size_t listed_base_at(const scan *s, size_t a, size_t b)
{
    static const char *const bases[] = {"上年同期", "去年同期", "上年末", "去年末", "上年",
                                        "去年",     "上月",     "上季度", "同期"};
    static const char *const joins[] = {"和", "、", "及", "与", "與"};
    const char *t = s->t;
    size_t n = 0;
    for (size_t w = 0; w < NELEM(bases) && !n; w++)
        if (has_at(t, b, a, bases[w]) && b - a > strlen(bases[w]))
            n = strlen(bases[w]);
    bool joined = false;
    for (size_t w = 0; w < NELEM(joins) && n && !joined; w++)
        joined = has_before(t, s->clause_start, a, joins[w]);
    bool cmp = false;
    for (size_t i = s->clause_start; joined && i + strlen("比") <= a && !cmp; i++)
        cmp = has_at(t, a, i, "较") || has_at(t, a, i, "較") || has_at(t, a, i, "比");
    return cmp ? n : 0;
}

/* Round 13: whether the quote opening at t[i] names a title conferred
 * (“…先进单位”称号, “…先进单位称号”): 称号 just before or after its close,
 * within BL_FIG_FROM_TO bytes. */
static bool title_quote_at(const char *t, size_t end, size_t i)
{
    size_t hi = end < i + BL_FIG_FROM_TO ? end : i + BL_FIG_FROM_TO;
    for (size_t j = i + strlen("“"); j < hi; j++)
        if (has_at(t, hi, j, "”"))
            return has_before(t, i, j, "称号") || has_before(t, i, j, "稱號") ||
                   has_at(t, end, j + strlen("”"), "称号") ||
                   has_at(t, end, j + strlen("”"), "稱號");
    return false;
}

/* Round 13: 出口24.9万吨,创汇5.7亿美元,同比分别增长18.4%和25.9% (48.9%和
 * 1.02倍): a change k without words listed after the change before it,
 * the two changing other figures of other labels: the words the change
 * before says after its linked label (同比增长), to follow k's linked
 * label; NULL when not so. */
static __attribute__((noinline)) const char *other_linked_change(const bl_figure_list *l, size_t k)
{
    const bl_figure *f = &l->items[k], *p = &l->items[k - 1];
    if (!f->change || !p->change || f->link == BL_FIG_NO_LINK || p->link == BL_FIG_NO_LINK ||
        f->link == p->link || f->link >= k || p->link >= k || !p->label ||
        (f->kind != BL_FIG_PERCENT && f->kind != BL_FIG_MULTIPLE) ||
        (p->kind != BL_FIG_PERCENT && p->kind != BL_FIG_MULTIPLE))
        return NULL;
    const char *lf = l->items[f->link].label, *lp = l->items[p->link].label;
    size_t np = lp ? strlen(lp) : 0;
    if (!lf || !*lf || !np || !strcmp(lf, lp) || strncmp(p->label, lp, np) != 0 || !p->label[np])
        return NULL;
    return p->label + np;
}

/* Whether c is the first character of one of the words that end a
 * counted noun (`does` in make_label: 列席, 出席, 参加, …, 依次, 进行, “):
 * every first character of that list must be here. */
static bool cut_word_begins(uint32_t c)
{
    switch (c) {
    case 0x002E: /* . */
    case 0x201C: /* “ */
    case 0x2026: /* … */
    case 0x4E2D: /* 中 */
    case 0x4E3A: /* 为 */
    case 0x4EAB: /* 享 */
    case 0x4ECB: /* 介 */
    case 0x4F9D: /* 依 */
    case 0x5168: /* 全 */
    case 0x5448: /* 呈 */
    case 0x8868: /* 表 */
    case 0x51FA: /* 出 */
    case 0x5217: /* 列 */
    case 0x53C2: /* 参 */
    case 0x53C3: /* 參 */
    case 0x53D1: /* 发 */
    case 0x5BF9: /* 对 */
    case 0x5C0D: /* 對 */
    case 0x5B8C: /* 完 */
    case 0x5B9E: /* 实 */
    case 0x5BE6: /* 實 */
    case 0x5E73: /* 平 */
    case 0x5E74: /* 年 */
    case 0x56FA: /* 固 */
    case 0x5EFA: /* 建 */
    case 0x6BD4: /* 比 */
    case 0x70BA: /* 為 */
    case 0x7372: /* 獲 */
    case 0x7A7A: /* 空 */
    case 0x767C: /* 發 */
    case 0x7D44: /* 組 */
    case 0x7D66: /* 給 */
    case 0x7EC4: /* 组 */
    case 0x7ED9: /* 给 */
    case 0x83B7: /* 获 */
    case 0x8F03: /* 較 */
    case 0x8F83: /* 较 */
    case 0x8FDB: /* 进 */
    case 0x901A: /* 通 */
    case 0x9032: /* 進 */
    case 0x9818: /* 領 */
    case 0x9886: /* 领 */
    case 0xFF08: /* （ */ return true;
    default: return false;
    }
}

/* Round 15: where a counted noun ends before a threshold its items pass
 * at the end of t[a, b) (6大类商品出口过亿, 12个项目投资超亿元: the two
 * characters of what is measured, 过/超/過/破 and the magnitude, 元 or
 * 美元 after it); b when none or nothing of the noun would be left. */
static size_t threshold_cut(const char *t, size_t a, size_t b)
{
    static const char *const money[] = {"美元", "元"};
    static const char *const mags[] = {"十", "百", "千", "万", "萬", "亿", "億"};
    static const char *const over[] = {"过", "過", "超", "破"};
    /* (the last byte of 元, 十, 百, 千, 万, 萬, 亿, 億 first: most nouns end
     * with none) */
    switch ((unsigned char)t[b - 1]) {
    case 0x81:
    case 0x83:
    case 0x84:
    case 0x87:
    case 0xAC:
    case 0xBE:
    case 0xBF: break;
    default: return b;
    }
    size_t e = b;
    for (size_t w = 0; w < NELEM(money); w++)
        if (e - a > strlen(money[w]) && has_before(t, a, e, money[w])) {
            e -= strlen(money[w]);
            break;
        }
    size_t m = e;
    for (bool more = true; more;) {
        more = false;
        for (size_t w = 0; w < NELEM(mags) && !more; w++)
            if (m - a > strlen(mags[w]) && has_before(t, a, m, mags[w])) {
                m -= strlen(mags[w]);
                more = true;
            }
    }
    if (m == e)
        return b;
    bool passes = false;
    for (size_t w = 0; w < NELEM(over) && !passes; w++)
        if (m - a > strlen(over[w]) && has_before(t, a, m, over[w])) {
            m -= strlen(over[w]);
            passes = true;
        }
    /* (what is measured: two Han characters, and a noun before them) */
    for (int c = 0; passes && c < 2; c++) {
        int k;
        uint32_t cp = cp_before(t, a, m, &k);
        if (cp == CP_BAD || !bl_is_han(cp) || (size_t)k >= m - a)
            return b;
        m -= (size_t)k;
    }
    return passes ? m : b;
}

/* Round 15: the change's label lb of a verb alone (增长, 下降, …) after
 * the clause 从环比看 (從環比看, 从环比来看) before its own: 环比 + the
 * verb. */
static __attribute__((noinline)) bulletin_status month_on_month(const scan *s, bl_buf *lb)
{
    static const char *const verbs[] = {"增长", "增長", "下降", "上涨", "上漲", "回落", "回升"};
    static const char *const topics[][2] = {
        {"从环比看", "环比"}, {"從環比看", "環比"}, {"从环比来看", "环比"}, {"從環比來看", "環比"}};
    bool verb = false;
    for (size_t w = 0; w < NELEM(verbs) && !verb; w++)
        verb = !memcmp(lb->data, verbs[w], lb->len);
    if (!verb)
        return BULLETIN_OK;
    const char *t = s->t;
    size_t e = s->clause_start;
    int kc;
    uint32_t c = cp_before(t, s->sentence_start, e, &kc);
    if (c != 0xFF0C && c != ',' && c != 0x3001)
        return BULLETIN_OK;
    e -= (size_t)kc;
    while (e > s->sentence_start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    for (size_t w = 0; w < NELEM(topics); w++) {
        size_t n = strlen(topics[w][0]);
        /* (the topic alone from the sentence's start) */
        if (e - s->sentence_start >= n && has_before(t, s->sentence_start, e, topics[w][0]) &&
            skip_spaces(t, e - n, s->sentence_start) == e - n) {
            char verb_copy[8];
            memcpy(verb_copy, lb->data, lb->len);
            size_t vn = lb->len;
            lb->len = 0;
            bulletin_status st = bl_buf_puts(lb, topics[w][1]);
            return st == BULLETIN_OK ? bl_buf_put(lb, verb_copy, vn) : st;
        }
    }
    return BULLETIN_OK;
}

/* Round 15: 全省一般公共預算收入…，其中地方一般公共預算收入…: a scope of
 * all (全省, 全市, …) dropped before a budget's name t[a, b) (readings
 * allowed) is part of the name where the sentence names the local budget
 * after the figure (its part, as 中央 is beside 全国): where the label
 * begins then, a when not. */
static __attribute__((noinline)) size_t local_budget_scope(const scan *s, const bl_figure *f,
                                                           size_t a, size_t b)
{
    static const char *const scopes[] = {"全省", "全市", "全县", "全縣", "全区", "全區"};
    static const char *const budgets[] = {
        "一般公共预算",     "一般公共預算",     "政府性基金预算",   "政府性基金預算",
        "国有资本经营预算", "國有資本經營預算", "社会保险基金预算", "社會保險基金預算"};
    const char *t = s->t;
    bool budget = false;
    /* (the budget's first character by its bytes: most labels begin none) */
    for (size_t w = 0; w < NELEM(budgets) && !budget; w++)
        budget = b - a > 3 && t[a] == budgets[w][0] && t[a + 1] == budgets[w][1] &&
                 t[a + 2] == budgets[w][2] && word_read_at(t, b, a, budgets[w]) != 0;
    size_t scope = 0;
    for (size_t w = 0; w < NELEM(scopes) && budget && !scope; w++)
        if (has_before(t, 0, a, scopes[w]))
            scope = strlen(scopes[w]);
    if (!scope)
        return a;
    static const char *const locals[] = {"其中地方", "其中：地方", "其中:地方"};
    size_t hi = s->len - f->end > BL_FIG_FROM_TO ? f->end + BL_FIG_FROM_TO : s->len;
    for (size_t i = f->end; i < hi; i++) {
        if (has_at(t, hi, i, "。"))
            break;
        for (size_t w = 0; w < NELEM(locals); w++)
            if (t[i] == locals[w][0] && has_at(t, hi, i, locals[w]))
                return a - scope;
    }
    return a;
}

/* Round 17 (held-out round 21): a change whose words are only a period
 * and a copula before its verb (…增加值同比增長1.2%,上半年為下降1.3%):
 * the period was the indicator's, the change before it in the sentence
 * names it; the label is that change's subject and this verb
 * (規模以上工業增加值下降), *labelled then. */
static __attribute__((noinline)) bulletin_status period_copula_change(scan *s, size_t k, size_t a,
                                                                      size_t b, bool *labelled)
{
    bl_figure_list *l = s->list;
    bl_figure *f = &l->items[k];
    const bl_figure *p = &l->items[k - 1];
    const char *t = s->t;
    size_t vs = 0;
    if (p->text != f->text || !p->label || !*p->label ||
        fig_change_verb(t, a, b, &vs) == BL_FIG_CHANGE_NONE || vs <= a)
        return BULLETIN_OK;
    size_t c = vs;
    if (has_before(t, a, c, "为") || has_before(t, a, c, "為"))
        c -= strlen("为");
    else
        return BULLETIN_OK;
    size_t pa = skip_spaces(t, c, a), n = 0;
    for (size_t w = 0; w < NELEM(label_period_lead) && !n; w++)
        if (c - pa == strlen(label_period_lead[w]) && has_at(t, c, pa, label_period_lead[w]))
            n = c - pa;
    if (!n && period_words_at(t, pa, c) != c - pa)
        return BULLETIN_OK;
    /* the change before: its subject, without its verb and 同比 */
    const char *pl = p->label;
    size_t pn = strlen(pl), pv = 0;
    if (fig_change_verb(pl, 0, pn, &pv) == BL_FIG_CHANGE_NONE || pv == 0)
        return BULLETIN_OK;
    static const char *const cmp[] = {"同比", "环比", "環比"};
    for (size_t w = 0; w < NELEM(cmp); w++)
        if (has_before(pl, 0, pv, cmp[w])) {
            pv -= strlen(cmp[w]);
            break;
        }
    if (bl_utf8_count(pl, pv) < 2 || pv + (b - vs) >= BL_FIG_LABEL_MAX)
        return BULLETIN_OK;
    bl_buf lb;
    bl_buf_init(&lb, l->mem);
    bulletin_status st = bl_buf_put(&lb, pl, pv);
    if (st == BULLETIN_OK)
        st = bl_buf_put(&lb, t + vs, b - vs);
    if (st == BULLETIN_OK)
        st = bl_buf_reserve(&lb, 1);
    char *label = st == BULLETIN_OK ? bl_buf_detach(&lb) : NULL;
    if (!label) {
        bl_buf_free(&lb);
        return BULLETIN_ERR_NOMEM;
    }
    f->label = label;
    *labelled = true;
    return BULLETIN_OK;
}

/* Round 17: whether a change's words t[a, b) name a subject (two
 * characters or more) before the change's verb and 同比 or 环比. */
static bool subject_before_verb(const char *t, size_t a, size_t b)
{
    size_t vs = 0;
    if (fig_change_verb(t, a, b, &vs) == BL_FIG_CHANGE_NONE || vs <= a)
        return false;
    vs = before_comparison(t, a, vs);
    return vs > a && bl_utf8_count(t + a, vs - a) >= 2;
}

/* Round 17: where 在…的基础上 (在…的基礎上), and 继续 or 繼續 after it,
 * stand in a change's words t[a, b) after a subject: *za, *zb (the words
 * before and after are the label's); unset when none. */
static void basis_at(const char *t, size_t a, size_t b, size_t *za, size_t *zb)
{
    for (size_t i = a + strlen("在的"); i + strlen("基础上") < b; i++) {
        if ((unsigned char)t[i] != 0xE5 || (unsigned char)t[i + 1] != 0x9F ||
            (unsigned char)t[i + 2] != 0xBA)
            continue; /* 基 */
        if (!(has_at(t, b, i, "基础上") || has_at(t, b, i, "基礎上")) || !has_before(t, a, i, "的"))
            continue; /* (基数, 基本) */
        size_t e = i + strlen("基础上");
        for (size_t j = i - strlen("的"); j > a; j--)
            if (has_at(t, i, j, "在")) {
                if (has_at(t, b, e, "继续") || has_at(t, b, e, "繼續"))
                    e += strlen("继续");
                *za = j;
                *zb = e;
                return;
            }
        return;
    }
}

/* The subject of a change's label: its length without the verb of the
 * change at its end (同比增长, 负增长, 下降 …), 0 when none is there. */
static size_t change_subject_len(const char *ll)
{
    static const char *const grew[] = {"同比增长", "同比增長", "同比下降", "负增长",
                                       "負增長",   "增长",     "增長",     "下降",
                                       "增加",     "减少",     "減少"};
    size_t n = strlen(ll);
    for (size_t w = 0; w < NELEM(grew); w++)
        if (n > strlen(grew[w]) && has_before(ll, 0, n, grew[w]))
            return n - strlen(grew[w]);
    return 0;
}

/* Round 17: change k listed after change k - 1, each linked to another
 * figure (规模工业增加值负增长7.3%,总产值负增长7.0%,降幅分别…收窄13.1个
 * 和13.0个百分点): k - 1's label with its figure's subject replaced by
 * k's figure's (总产值降幅收窄) into out (BL_FIG_LABEL_MAX bytes); false
 * when the labels do not show it. */
static __attribute__((noinline)) bool relinked_label(const bl_figure_list *l, size_t k, char *out)
{
    const bl_figure *f = &l->items[k], *p = &l->items[k - 1];
    if (p->link == BL_FIG_NO_LINK || f->link == BL_FIG_NO_LINK || p->link == f->link ||
        p->link >= l->len || f->link >= l->len)
        return false;
    const char *lp = l->items[p->link].label, *lf = l->items[f->link].label;
    if (!lp || !lf || !p->label)
        return false;
    size_t sp = change_subject_len(lp), sf = change_subject_len(lf), n = strlen(p->label);
    if (!sp || !sf || n <= sp || memcmp(p->label, lp, sp) != 0 ||
        (sp == sf && !memcmp(lp, lf, sp)) || sf + n - sp >= BL_FIG_LABEL_MAX)
        return false;
    memcpy(out, lf, sf);
    memcpy(out + sf, p->label + sp, n - sp);
    out[sf + n - sp] = '\0';
    return true;
}

/* 中国每万人口高价值发明专利拥有量, 中国国内（不含港澳台）…: the country
 * at t[*a, b) is a scope like 全国 when two characters or more follow it
 * (round 17: its 的 with it, 中國的服務貿易進出口總額). */
static void drop_country(const char *t, size_t *a, size_t b)
{
    static const char *const country[] = {"中国国内（不含港澳台）", "中國國內（不含港澳台）",
                                          "中国", "中國"};
    for (size_t w = 0; w < NELEM(country); w++)
        if (has_at(t, b, *a, country[w]) &&
            bl_utf8_count(t + *a + strlen(country[w]), b - *a - strlen(country[w])) >= 2 &&
            /* (round 40: 中国共产党成立100周年, 中国人民银行: a name
             * that begins with the country) */
            !has_at(t, b, *a + strlen(country[w]), "共产党") &&
            !has_at(t, b, *a + strlen(country[w]), "共產黨") &&
            !has_at(t, b, *a + strlen(country[w]), "人民") &&
            /* (round 25: 中国排名, what a rank ranks) */
            !(b - *a - strlen(country[w]) == strlen("排名") &&
              has_at(t, b, *a + strlen(country[w]), "排名"))) {
            *a += strlen(country[w]);
            if (has_at(t, b, *a, "的") && bl_utf8_count(t + *a, b - *a) >= 3)
                *a += strlen("的");
            return;
        }
}

/* Round 26: 示范区规上工业增加值增长, 示范区固定资产投资下降: a zone named
 * by its kind alone (示范区, 开发区, 高新区, 园区 …) at t[*a, b), two
 * characters or more after it, is the text's own area, a scope as 全区
 * is, unless its paragraph t[0, len) names a local whole of another kind
 * (全县规模工业增加值…园区规模工业增加值: the parks are a part of the
 * county). */
static void drop_own_zone(const char *t, size_t len, size_t *a, size_t b)
{
    static const char *const zones[] = {"示范区", "示範區", "开发区", "開發區", "高新区", "高新區",
                                        "经开区", "經開區", "试验区", "試驗區", "实验区", "實驗區",
                                        "合作区", "合作區", "自贸区", "自貿區", "保税区", "保稅區",
                                        "新区",   "新區",   "园区",   "園區"};
    static const char *const wholes[] = {"全县", "全縣", "全市", "全镇",
                                         "全鎮", "全乡", "全鄉", "全旗"};
    size_t zn = 0;
    /* (the zones' first characters first: 示 开 開 高 经 經 试 試 实 實 合 自
     * 保 新 园 園) */
    switch (cp_at(t, b, *a, NULL)) {
    case 0x793A:
    case 0x5F00:
    case 0x958B:
    case 0x9AD8:
    case 0x7ECF:
    case 0x7D93:
    case 0x8BD5:
    case 0x8A66:
    case 0x5B9E:
    case 0x5BE6:
    case 0x5408:
    case 0x81EA:
    case 0x4FDD:
    case 0x65B0:
    case 0x56ED:
    case 0x5712: break;
    default: return;
    }
    for (size_t w = 0; w < NELEM(zones) && !zn; w++)
        if (has_at(t, b, *a, zones[w]) &&
            bl_utf8_count(t + *a + strlen(zones[w]), b - *a - strlen(zones[w])) >= 2)
            zn = strlen(zones[w]);
    if (!zn)
        return;
    for (size_t i = 0; i + strlen("全县") <= len; i++)
        if (t[i] == "全"[0] && has_at(t, len, i, "全"))
            for (size_t w = 0; w < NELEM(wholes); w++)
                if (has_at(t, len, i, wholes[w]))
                    return;
    *a += zn;
}

/* Round 17: the end of the last opening parenthesis in t[a, b) that no
 * closing one follows there (拟表彰对象（含追授), 0 when none. */
static size_t open_paren_end(const char *t, size_t a, size_t b)
{
    size_t open = 0;
    for (size_t i = a; i < b; i++)
        if (t[i] == '(')
            open = i + 1;
        else if (t[i] == ')')
            open = 0;
        else if (has_at(t, b, i, "（"))
            open = i + strlen("（");
        else if (has_at(t, b, i, "）"))
            open = 0;
    return open;
}

/* Round 17: whether a comma, semicolon, colon or full stop stands in
 * t[a, b). */
static bool clause_mark_between(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == ',' || t[i] == ';' || t[i] == ':' || has_at(t, b, i, "，") ||
            has_at(t, b, i, "；") || has_at(t, b, i, "：") || has_at(t, b, i, "。"))
            return true;
    return false;
}

/* Round 18: the length of the Latin letters of a pinyin reading (one to
 * six, ASCII or with a tone mark) and its closing parenthesis at t[i, b),
 * 0 when none: the rest of a reading whose opening was lost (燃?xì)). */
static size_t reading_rest_at(const char *t, size_t b, size_t i)
{
    size_t j = i, letters = 0;
    while (j < b && letters <= 6) {
        int k;
        uint32_t c = cp_at(t, b, j, &k);
        if (c == CP_BAD ||
            !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)))
            break;
        j += (size_t)k;
        letters++;
    }
    if (!letters || letters > 6)
        return 0;
    if (j < b && t[j] == ')')
        return j + 1 - i;
    return has_at(t, b, j, "）") ? j + strlen("）") - i : 0;
}

/* Round 25: the bases a change may be compared with, as words
 * (较去年同期和全年, 分别较一季度、上半年; the periods written in figures,
 * 1-7月, 1—9月份, are read by base_period_at). */
static const char *const compared_bases[] = {"上年同期", "去年同期", "上年末",   "去年末", "上年度",
                                             "上年",     "去年",     "全年",     "同期",   "上月",
                                             "上季度",   "年初",     "前三季度", "一季度", "二季度",
                                             "三季度",   "四季度",   "上半年",   "下半年"};
/* The marks joining listed bases. */
static const char *const base_joins[] = {"、", "和", "及", "与", "與"};

/* The length of a period written in figures at t[i, b) (1-7月, 1—9月份,
 * 一季度末, 2月): numerals, a dash and numerals, then 月份, 月, 季度 or 年,
 * and 末 or 底; 0 when none. */
static size_t base_period_at(const char *t, size_t b, size_t i)
{
    size_t j = i;
    bool digits = false;
    for (;;) {
        int k;
        uint32_t c = cp_at(t, b, j, &k);
        if (c == CP_BAD || k <= 0)
            break;
        if ((c >= '0' && c <= '9') || is_cn_numeral(c))
            digits = true;
        else if (!(digits && (c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D ||
                              c == 0x2212 || c == '~' || c == 0xFF5E)))
            break;
        j += (size_t)k;
    }
    if (!digits)
        return 0;
    static const char *const units[] = {"月份", "月", "季度", "年"};
    size_t u = 0;
    for (size_t w = 0; w < NELEM(units) && !u; w++)
        if (has_at(t, b, j, units[w]))
            u = strlen(units[w]);
    if (!u)
        return 0;
    j += u;
    if (has_at(t, b, j, "末") || has_at(t, b, j, "底"))
        j += strlen("末");
    return j - i;
}

/* The length of one comparison base at t[i, b), 0 when none. */
static size_t compared_base_at(const char *t, size_t b, size_t i)
{
    for (size_t w = 0; w < NELEM(compared_bases); w++)
        if (has_at(t, b, i, compared_bases[w]))
            return strlen(compared_bases[w]);
    return base_period_at(t, b, i);
}

/* Round 25: the phrases a label may begin with that say where from, who
 * met or how a figure was settled, before the verb naming what is
 * measured (table-driven: a head, then a verb looked for after it). */
static const char *const from_heads[] = {"从", "從"};
static const char *const transfer_verbs[] = {"调入", "調入", "转入", "轉入",
                                             "划入", "劃入", "调出", "調出"};
static const char *const meeting_heads[] = {"本次会议", "本次會議", "会议", "會議", "大会", "大會"};
static const char *const attend_verbs[] = {"应到", "應到", "应出席", "應出席",
                                           "实到", "實到", "出席",   "列席"};
static const char *const settled_heads[] = {"经", "經"};
static const char *const publish_verbs[] = {"主动公开", "主動公開", "公开发布", "公開發布", "发布",
                                            "發布",     "刊发",     "刊發",     "印发",     "印發"};
static const char *const procedures[] = {"公示", "审核", "審核", "审查", "審查", "批准",
                                         "核准", "核準", "认定", "認定", "评审", "評審"};

/* Round 31 class 13: the term a definition's 指 follows without 是 or a
 * space (规模以上工业企业指年主营业务收入500万元及以上, 限额以上单位指): words
 * ending in a unit of statistics (企业, 单位, 法人, 户, 人口), both scripts. */
static bool defined_term_before(const char *t, size_t a, size_t x)
{
    static const char *const terms[] = {"企业", "企業", "单位", "單位", "法人", "个体户", "個體戶",
                                        "住户", "住戶", "人口"};
    for (size_t w = 0; w < NELEM(terms); w++)
        if (has_before(t, a, x, terms[w]) && x - a > strlen(terms[w]))
            return true;
    return false;
}

/* Where the words t[a, b) of a label go on after such a phrase: 從…調入
 * (at the verb: 調入資金), 会议应到 (at the verb), 经公示 (after 经), 指年
 * 主营业务收入 (a definition's 指, not 指标, 指数); a when none. */
static __attribute__((noinline)) size_t lead_phrase_end(const char *t, size_t a, size_t b)
{
    /* (the heads' first characters: 从 從 本 会 會 大 经 經 在, looked up once) */
    uint32_t c0 = cp_at(t, b, a, NULL);
    bool head = c0 == 0x4ECE || c0 == 0x5F9E || c0 == 0x672C || c0 == 0x4F1A || c0 == 0x6703 ||
                c0 == 0x5927 || c0 == 0x7ECF || c0 == 0x7D93 || c0 == 0x5728;
    for (size_t w = 0; w < NELEM(from_heads) && head; w++)
        if (has_at(t, b, a, from_heads[w])) {
            for (size_t i = a + strlen("从"); i < b; i++) {
                if (has_at(t, b, i, "到") || has_at(t, b, i, "至"))
                    return a; /* (从…到, 由…到: a change's range) */
                for (size_t v = 0; v < NELEM(transfer_verbs); v++)
                    if (t[i] == transfer_verbs[v][0] && has_at(t, b, i, transfer_verbs[v]) &&
                        bl_utf8_count(t + i, b - i) >= 3)
                        return i;
            }
            return a;
        }
    for (size_t w = 0; w < NELEM(meeting_heads) && head; w++)
        if (has_at(t, b, a, meeting_heads[w])) {
            size_t i = a + strlen(meeting_heads[w]);
            for (size_t v = 0; v < NELEM(attend_verbs); v++)
                if (has_at(t, b, i, attend_verbs[v]))
                    return i;
            return a;
        }
    /* (在上海市人民政府网站、《…公报》主动公开市政府规章: a place of 在 before
     * a verb of publishing) */
    if (head && has_at(t, b, a, "在"))
        for (size_t i = a + strlen("在的"); i < b; i++)
            for (size_t v = 0; v < NELEM(publish_verbs); v++)
                if (t[i] == publish_verbs[v][0] && has_at(t, b, i, publish_verbs[v]))
                    return bl_utf8_count(t + i, b - i) >= 4 && !clause_mark_between(t, a, i) ? i
                                                                                             : a;
    for (size_t w = 0; w < NELEM(settled_heads) && head; w++)
        if (has_at(t, b, a, settled_heads[w]))
            for (size_t v = 0; v < NELEM(procedures); v++)
                if (has_at(t, b, a + strlen("经"), procedures[v]))
                    return a + strlen("经");
    /* (a definition: 规模以上工业企业 指…, 是指, 系指: 指 at the words'
     * start or after a space, 是指 and 系指 anywhere) */
    /* (round 31 class 13: 调整为年主营业务收入2000万元及以上: a threshold
     * set anew, the verb at the words' start; a ratio or value after the
     * verb alone is another value of the one before: not here) */
    static const char *const reset[] = {"调整为", "調整為", "调整到", "調整到"};
    for (size_t w = 0; w < NELEM(reset); w++)
        if (has_at(t, b, a, reset[w]) && bl_utf8_count(t + a + strlen(reset[w]), b - a - strlen(reset[w])) >= 2)
            return a + strlen(reset[w]);
    static const char *const define[] = {"是指", "系指", "指"};
    static const char *const not_define[] = {"标", "標", "数", "數", "导", "導", "挥", "揮", "出", "定",
                                             "南", "示", "引", "令", "控", "向", "明", "派", "望", "纹",
                                             "紋", "针", "針", "责", "責", "日", "点", "點"};
    for (size_t z = a + 2; z + 1 < b; z++) {
        /* (指 is E6 8C 87: its last byte found by memchr) */
        const char *m = memchr(t + z, 0x87, b - 1 - z);
        if (!m)
            break;
        z = (size_t)(m - t);
        size_t x = z - 2;
        if ((unsigned char)t[x] != 0xE6 || (unsigned char)t[x + 1] != 0x8C)
            continue;
        size_t i = x;
        if (has_before(t, a, x, "是") || has_before(t, a, x, "系"))
            i = x - strlen("是");
        else if (!(x == a || t[x - 1] == ' ' || has_before(t, a, x, "　") || defined_term_before(t, a, x)))
            continue;
        for (size_t w = 0; w < NELEM(define); w++)
            if (has_at(t, b, i, define[w])) {
                size_t j = i + strlen(define[w]);
                for (size_t v = 0; v < NELEM(not_define); v++)
                    if (has_at(t, b, j, not_define[v]))
                        return a;
                return bl_utf8_count(t + j, b - j) >= 2 ? j : a;
            }
    }
    return a;
}

/* Round 25: 中國申請人通過《…》提交外觀設計國際申請353件, 收到國內申請人提交
 * 馬德里商標國際注冊申請: what is handed in is counted, the actor before the
 * verb (two characters or more) no part of it when the verb is the
 * clause's own: where the words t[a, b) go on after it, a when not so. */
static __attribute__((noinline)) size_t handed_object(const char *t, size_t a, size_t b)
{
    static const char *const handed[] = {"提交", "递交", "遞交"};
    /* (the last of them: 提 is E6 8F 90, 递 E9 80 92, 遞 E9 81 9E) */
    for (size_t i = b; i > a + strlen("申请");) {
        i--;
        unsigned char c0 = (unsigned char)t[i];
        if (c0 != 0xE6 && c0 != 0xE9)
            continue;
        bool hit = false;
        for (size_t w = 0; w < NELEM(handed) && !hit; w++)
            hit = t[i] == handed[w][0] && has_at(t, b, i, handed[w]);
        if (hit) {
            /* (not 企业提交的PCT国际专利申请量: a relative clause says
             * whose the counted are) */
            size_t j = i + strlen("提交");
            if (!has_at(t, b, j, "的") && bl_utf8_count(t + a, i - a) >= 2 &&
                bl_utf8_count(t + j, b - j) >= 2)
                return j;
            return a;
        }
    }
    return a;
}

/* Round 25: 性别比由2010年第六次全国人口普查97.45下降为91.45: whether the
 * words t[a, b) of figure k follow the year of 由 just before and name the
 * base the value was measured in (as 比2010年第六次全国人口普查减少, round
 * 10): no 到, 至, 为, space or clause mark, at most 12 characters. */
static __attribute__((noinline)) bool year_base_words(const scan *s, size_t k, size_t a, size_t b)
{
    const char *t = s->t;
    const bl_figure *y = &s->list->items[k - 1];
    if (y->text != s->list->items[k].text || skip_spaces(t, b, y->end) != skip_spaces(t, b, a) ||
        !has_before(t, s->clause_start, y->start, "由") || chars_read(t, a, b) > 12 ||
        clause_mark_between(t, a, b))
        return false;
    for (size_t i = a; i < b; i++)
        if (has_at(t, b, i, "到") || has_at(t, b, i, "至") || has_at(t, b, i, "为") ||
            has_at(t, b, i, "為") || t[i] == ' ')
            return false;
    return true;
}

/* Round 25: 同比增长10.2%,高于全省1.5个百分点,增速居全省第3位: when the
 * words t[a, b) of figure k are only a rate word (增速 …), the subject of
 * the growth before it in the sentence, past comparisons in points and
 * ranks, into out (BL_FIG_LABEL_MAX bytes); NULL when none. */
static __attribute__((noinline)) const char *rate_of_growth(const scan *s, size_t k, size_t a,
                                                            size_t b, char *out)
{
    const bl_figure_list *l = s->list;
    const char *t = s->t;
    bool rate = false;
    for (size_t w = 0; w < NELEM(rate_words) && !rate; w++)
        rate = b - a == strlen(rate_words[w]) && has_at(t, b, a, rate_words[w]);
    for (size_t j = k; rate && j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW;) {
        const bl_figure *q = &l->items[j];
        if (q->text != l->items[k].text)
            break;
        if (q->kind == BL_FIG_POINTS || q->kind == BL_FIG_RANK || q->kind == BL_FIG_YEAR ||
            q->kind == BL_FIG_DATE || is_period_range(q))
            continue;
        if (q->change && q->kind == BL_FIG_PERCENT && q->label)
            return growth_subject(q->label, out);
        break;
    }
    return NULL;
}

/* Round 20 (labels): 成都社會消費品零售總額已超過去年全年的8118.5億元: the
 * value a level is compared with (超过, 高于, 相当于 … and bases at the end
 * of its words t[a, b)) is the indicator's in the base period: where the
 * words end before the verb, b when not so. */
static __attribute__((noinline)) size_t compared_value_end(const char *t, size_t a, size_t b)
{
    static const char *const than[] = {"超过", "超過", "高于",   "高於",
                                       "低于", "低於", "相当于", "相當於"};
    size_t e = b;
    if (has_before(t, a, e, "的"))
        e -= strlen("的");
    /* (every base ends with 期, 年, 末, 度, 月 or 初: that first) */
    static const char *const ends[] = {"期", "年", "末", "度", "月", "初"};
    bool end = false;
    for (size_t w = 0; w < NELEM(ends) && !end && e >= a + 3; w++)
        end = t[e - 1] == ends[w][2] && t[e - 2] == ends[w][1] && t[e - 3] == ends[w][0];
    if (!end)
        return b;
    bool based = false;
    for (size_t n = 0; n < 3; n++) {
        size_t m = 0;
        for (size_t w = 0; w < NELEM(compared_bases) && !m; w++)
            if (has_before(t, a, e, compared_bases[w]))
                m = strlen(compared_bases[w]);
        if (!m)
            break;
        e -= m;
        based = true;
    }
    for (size_t w = 0; w < NELEM(than) && based; w++)
        if (has_before(t, a, e, than[w]) && bl_utf8_count(t + a, e - strlen(than[w]) - a) >= 2)
            return e - strlen(than[w]);
    return b;
}

/* The label of the figure before figure k in its sentence (at most the
 * link window back) that `passes` does not pass over, when that figure
 * is labelled; NULL when none. */
static const char *label_back(const scan *s, size_t k,
                              bool (*passes)(const char *t, const bl_figure *f, const bl_figure *p))
{
    const bl_figure_list *l = s->list;
    const bl_figure *f = &l->items[k];
    for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW;) {
        const bl_figure *p = &l->items[j];
        if (p->text != f->text)
            break;
        if (!passes(s->t, f, p))
            return p->label && *p->label && fig_kind_is_labelled(p->kind) ? p->label : NULL;
    }
    return NULL;
}

/* A rank ranks the figure the sentence is about: not a comparison of
 * points, another rank, a year, a date, a range or a multiple. */
static bool ranked_passes(const char *t, const bl_figure *f, const bl_figure *p)
{
    (void)t;
    (void)f;
    return p->kind == BL_FIG_POINTS || p->kind == BL_FIG_RANK || p->kind == BL_FIG_YEAR ||
           p->kind == BL_FIG_DATE || p->kind == BL_FIG_RANGE || p->kind == BL_FIG_MULTIPLE;
}

/* A base value (较上年28899万元) is the value of the level before it of its
 * base unit: not a change, a year, a date, a percentage, nor a reference
 * of a share (完成预算数31220万元的101.7%). */
static bool base_value_passes(const char *t, const bl_figure *f, const bl_figure *p)
{
    return p->change || p->kind == BL_FIG_YEAR || p->kind == BL_FIG_DATE ||
           p->kind == BL_FIG_PERCENT || strcmp(p->base_unit, f->base_unit) != 0 ||
           (p->end < f->start && has_at(t, f->start, skip_spaces(t, f->start, p->end), "的"));
}

/* The end of a list number at t[a, b) (1 . , 2. , 3、: one or two digits,
 * spaces, a dot or 、 and the spaces after it); a when none. */
static size_t list_number_end(const char *t, size_t a, size_t b)
{
    size_t i = a;
    while (i < b && i - a < 2 && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == a || i >= b || (t[i] >= '0' && t[i] <= '9'))
        return a;
    i = skip_spaces(t, b, i);
    if (i < b && t[i] == '.')
        i++;
    else if (has_at(t, b, i, "．") || has_at(t, b, i, "、"))
        i += strlen("、");
    else
        return a;
    return skip_spaces(t, b, i);
}

/* Round 26: 株洲市成为我省第二个技术合同成交额跨入100亿元的市州: the words
 * up to an ordinal of 个 after 成为 (第二个, 首个: what the subject became)
 * frame the indicator after them, two characters or more; where it begins
 * in t[a, b) (a when none). */
static size_t ordinal_frame_end(const char *t, size_t a, size_t b)
{
    size_t i = a;
    while (i + strlen("成为") < b && !has_at(t, b, i, "成为") && !has_at(t, b, i, "成為"))
        i++;
    if (i + strlen("成为") >= b)
        return a;
    for (size_t j = i + strlen("成为"); j + strlen("首个") < b; j++) {
        size_t e = 0;
        if (has_at(t, b, j, "首个") || has_at(t, b, j, "首個"))
            e = j + strlen("首个");
        else if (has_at(t, b, j, "第")) {
            size_t q = numerals_end(t, j + strlen("第"), b);
            if (q > j + strlen("第") && (has_at(t, b, q, "个") || has_at(t, b, q, "個")))
                e = q + strlen("个");
        }
        if (e)
            return bl_utf8_count(t + e, b - e) >= 2 ? e : a;
    }
    return a;
}

/* Whether byte c may open one of subject_verb_end's verbs: each begins
 * with E5 to E8 (庆 E5, 榮 慶 E6, 獲 纪 紀 E7, 跻 荣 获 E8), and most of a
 * clause's bytes are none of these (the verbs are tried at every byte). */
static inline bool verb_lead_byte(char c)
{
    return (unsigned char)c >= 0xE5 && (unsigned char)c <= 0xE8;
}

/* Round 29: 三一重工跻身世界上市公司500强, 我们隆重庆祝中华人民共和国成立
 * 75周年: a subject and its verb of entering a list or winning a title
 * (跻身, 荣登, 荣获, 获评) before the thing the figure belongs to, or of
 * celebrating before an anniversary's event (庆祝, 纪念: of a figure in 周年
 * only, 纪念馆 being a noun elsewhere), are no part of it: where the words
 * after the verb begin in t[a, b), two characters or more (a when none). */
static size_t subject_verb_end(const char *t, size_t a, size_t b, const bl_figure *f)
{
    static const char *const verbs[] = {"跻身", "躋身", "荣登", "榮登", "荣获",
                                        "榮獲", "获评", "獲評", "庆祝", "慶祝",
                                        "纪念", "紀念"}; /* (E5-E8 first: verb_lead_byte) */
    bool anniversary = !strcmp(f->unit, "周年") || !strcmp(f->unit, "週年");
    for (size_t i = a + 1; i < b; i++)
        for (size_t w = 0; w < NELEM(verbs) && verb_lead_byte(t[i]); w++)
            if ((w < 8 || anniversary) && has_at(t, b, i, verbs[w]) &&
                bl_utf8_count(t + i + strlen(verbs[w]), b - i - strlen(verbs[w])) >= 2)
                return i + strlen(verbs[w]);
    return a;
}

/* Round 26: the end of a scope alone at t[a, b) (全省, 全市, 全国 …, 的
 * and spaces after it), the whole a share is of; a when none. */
static size_t whole_reference(const char *t, size_t a, size_t b)
{
    static const char *const wholes[] = {"全国", "全國", "全省", "全市", "全区",
                                         "全區", "全县", "全縣", "全球"};
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
    if (has_before(t, a, b, "的"))
        b -= strlen("的");
    for (size_t w = 0; w < NELEM(wholes); w++)
        if (b - a == strlen(wholes[w]) && has_at(t, b, a, wholes[w]))
            return b;
    return a;
}

/* Round 29: the quotation marks, each pair an opening and a closing one. */
static const uint32_t quote_open[] = {0x201C, 0x2018, 0x300C, 0x300E};   /* “ ‘ 「 『 */
static const uint32_t quote_close[] = {0x201D, 0x2019, 0x300D, 0x300F};  /* ” ’ 」 』 */

/* Which pair the code point c opens (+1 + k) or closes (-1 - k), 0: none. */
static int quote_kind(uint32_t c)
{
    for (size_t k = 0; k < NELEM(quote_open); k++) {
        if (c == quote_open[k])
            return 1 + (int)k;
        if (c == quote_close[k])
            return -1 - (int)k;
    }
    return 0;
}

/* The byte offsets in s[0, n) of the first and the last closing quote no
 * opening one before it matches (n when none), their lengths in *wf and
 * *wl. */
static void unmatched_closings(const char *s, size_t n, size_t *first, int *wf, size_t *last,
                               int *wl)
{
    int depth[NELEM(quote_open)] = {0};
    *first = *last = n;
    for (size_t i = 0; i < n;) {
        int k;
        int q = quote_kind(cp_at(s, n, i, &k));
        if (q > 0) {
            depth[q - 1]++;
        } else if (q < 0 && depth[-q - 1] > 0) {
            depth[-q - 1]--;
        } else if (q < 0) {
            if (*first == n) {
                *first = i;
                *wf = k;
            }
            *last = i;
            *wl = k;
        }
        i += (size_t)k;
    }
}

/* Whether the opening quote of pair q (1-based) at s[i, i + w) has no
 * closing one after it. */
static bool open_unmatched(const char *s, size_t n, size_t i, int w, int q)
{
    int depth = 0;
    for (i += (size_t)w; i < n;) {
        int k;
        int c = quote_kind(cp_at(s, n, i, &k));
        if (c == q)
            depth++;
        else if (c == -q && depth-- == 0)
            return false;
        i += (size_t)k;
    }
    return true;
}

/* Round 29: a label never ends in an unmatched closing quote nor starts
 * with an unmatched opening one (增强“四个意识” gave 意识” and 各部门不断
 * 增强“).  The label lb of figure f, its words after the figure or not:
 *   - before the figure, ending in the opening quote the figure's
 *     quotation begins with (增强“四个意识”): the quoted words after the
 *     figure, up to the closing quote, are what it counts (意识);
 *   - after the figure, an unmatched closing quote ends the quoted words
 *     it counts (“三个代表”重要思想: 代表);
 *   - an unmatched closing quote last, an unmatched opening one first (the
 *     opening quote of a speech: “今天的发布会预计75分钟) or an opening one
 *     last is dropped; one inside a label before its figure stays as
 *     written (a source's stray 四上”单位入库). */
/* round 36: a footnote's circled mark (③, ⑴, ⒈, ❶, ㉑) and a page's
 * leaked whole tag or entity (<br>, </p>, <span class="x">, &nbsp;, &#160;)
 * are no words of an indicator: dropped from the label wherever they
 * stand (a garble's part tag, 丝?/span>, is the word's and stays). */
static size_t markup_at(const char *t, size_t n, size_t i)
{
    if (t[i] == '<') {
        size_t j = i + 1 + (i + 1 < n && t[i + 1] == '/');
        if (j >= n || !((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z')))
            return 0;
        for (; j < n && j < i + 48; j++)
            if (t[j] == '>')
                return j + 1 - i;
            else if ((unsigned char)t[j] >= 0x80 || t[j] == '<' || t[j] == '\n')
                return 0;
        return 0;
    }
    if (t[i] == '&') {
        size_t j = i + 1 + (i + 1 < n && t[i + 1] == '#');
        size_t m = j;
        while (j < n && j < m + 8 &&
               ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z') ||
                (t[j] >= '0' && t[j] <= '9')))
            j++;
        return j > m + 1 && j < n && t[j] == ';' ? j + 1 - i : 0;
    }
    return 0;
}

static bool circled_mark(uint32_t c)
{
    return (c >= 0x2460 && c <= 0x249B) || c == 0x24EA || (c >= 0x2776 && c <= 0x2793) ||
           (c >= 0x3251 && c <= 0x325F) || (c >= 0x32B1 && c <= 0x32BF);
}

static void drop_marks(bl_buf *lb)
{
    size_t o = 0;
    for (size_t i = 0; i < lb->len;) {
        size_t m = markup_at(lb->data, lb->len, i);
        if (m) {
            i += m;
            continue;
        }
        int kc;
        uint32_t c = cp_at(lb->data, lb->len, i, &kc);
        if (c == CP_BAD) {
            lb->data[o++] = lb->data[i++];
            continue;
        }
        if (!circled_mark(c))
            memmove(lb->data + o, lb->data + i, (size_t)kc), o += (size_t)kc;
        i += (size_t)kc;
    }
    lb->len = o;
    if (lb->data)
        lb->data[o] = '\0';
}

static bulletin_status balance_quotes(bl_buf *lb, const char *t, size_t len, const bl_figure *f,
                                      bool after)
{
    int q = quote_kind(cp_before(lb->data, 0, lb->len, NULL));
    if (!after && q > 0) {
        size_t e = f->end, lim = e + 60 < len ? e + 60 : len;
        for (size_t i = e; i < lim;) {
            int kc;
            uint32_t c = cp_at(t, lim, i, &kc);
            if (c == CP_BAD || c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A ||
                c == 0x3001 || c == ',' || c == ';' || quote_kind(c) > 0)
                break;
            if (quote_kind(c) == -q) {
                if (i > e && bl_utf8_count(t + e, i - e) <= 8) {
                    lb->len = 0;
                    bulletin_status st = bl_buf_put(lb, t + e, i - e);
                    if (st != BULLETIN_OK)
                        return st;
                }
                break;
            }
            i += (size_t)kc;
        }
    }
    for (;;) {
        size_t first, last, cut = lb->len;
        int wf = 0, wl = 0, w = 0;
        unmatched_closings(lb->data, lb->len, &first, &wf, &last, &wl);
        if (after && first + (size_t)wf < lb->len) {
            lb->len = first; /* the quoted words a count counts end there */
        } else if (last < lb->len && last + (size_t)wl == lb->len) {
            lb->len = last;
        } else if ((q = quote_kind(cp_at(lb->data, lb->len, 0, &w))) > 0 &&
                   open_unmatched(lb->data, lb->len, 0, w, q)) {
            cut = 0;
        } else if (quote_kind(cp_before(lb->data, 0, lb->len, &w)) > 0) {
            lb->len -= (size_t)w; /* an opening quote last is never matched */
        } else {
            break;
        }
        if (cut == 0) {
            memmove(lb->data, lb->data + w, lb->len - (size_t)w);
            lb->len -= (size_t)w;
        }
        lb->data[lb->len] = '\0';
    }
    return BULLETIN_OK;
}

/* Round 29: 增幅高于全省31.3%的平均外贸增幅: where the words after a level
 * in per cent ending at byte e end, when they are 的 and a rate's noun
 * phrase (增幅, 增速, 比重 …, ten characters at most, no figure) up to the
 * clause's end ce: the value is that rate's (0 when not). */
static size_t rate_noun_after(const char *t, size_t ce, size_t e)
{
    static const char *const nouns[] = {"增幅", "增速", "增长率", "增長率", "涨幅", "漲幅",
                                        "降幅", "比重", "占比", "佔比", "份额", "份額", "比例"};
    if (!has_at(t, ce, e, "的"))
        return 0;
    size_t a = e + strlen("的"), i = a;
    for (int n = 0; i < ce && n <= 10; n++) {
        int k;
        uint32_t c = cp_at(t, ce, i, &k);
        if (c == CP_BAD || !bl_is_han(c))
            break;
        i += (size_t)k;
    }
    while (i < ce && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i > a && i < ce && !(i + 3 <= ce && (has_at(t, ce, i, "，") || has_at(t, ce, i, "。") ||
                                             has_at(t, ce, i, "；"))) && t[i] != ',' && t[i] != ';')
        return 0; /* more than the noun phrase before the clause's end */
    size_t b = i;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
    for (size_t w = 0; w < NELEM(nouns); w++)
        if (has_before(t, a, b, nouns[w]))
            return b;
    return 0;
}

/* Round 29: 据2022年全省5‰人口变动抽样调查推算: where the name of a survey
 * right after a level in per cent or per mille ending at byte e ends (its
 * words, twelve characters at most, up to 调查), 0 when none: the value is
 * the survey's sampling fraction. */
static size_t survey_after(const char *t, size_t ce, size_t e)
{
    if (has_at(t, ce, e, "的"))
        return 0;
    size_t i = e;
    for (int n = 0; i < ce && n < 12; n++) {
        if (i > e && (has_at(t, ce, i, "调查") || has_at(t, ce, i, "調查")))
            return i + strlen("调查");
        int k;
        uint32_t c = cp_at(t, ce, i, &k);
        if (c == CP_BAD || !bl_is_han(c))
            return 0;
        i += (size_t)k;
    }
    return 0;
}

/* Round 29: 出台服务民营经济高质量发展21条措施: where the noun right after a
 * count's measure word ends (two to six characters up to its clause's
 * end ce), 0 when none or when more words follow. */
static size_t noun_after_count(const char *t, size_t ce, size_t e)
{
    size_t i = e;
    int n = 0;
    for (; i < ce && n <= 6; n++) {
        int k;
        uint32_t c = cp_at(t, ce, i, &k);
        if (c == CP_BAD || !bl_is_han(c))
            break;
        i += (size_t)k;
    }
    if (n < 2 || n > 6 || has_at(t, ce, e, "的"))
        return 0;
    if (i < ce && !has_at(t, ce, i, "，") && !has_at(t, ce, i, "。") && !has_at(t, ce, i, "；") &&
        t[i] != ',' && t[i] != ';')
        return 0;
    return i;
}

/* Round 29: 我国自主研制的300兆瓦级F级重型燃气轮机在上海点火成功: where
 * the thing a quantity grades (its 级 right after it, then the thing's
 * name, two to twelve characters, up to a preposition, an adverb, 的 or
 * the clause's end ce) ends, its start in *na; 0 when none. */
static size_t graded_thing(const char *t, size_t ce, size_t e, size_t *na)
{
    static const char *const stops[] = {"在", "于", "於", "已", "将", "將", "的", "正式", "成功"};
    if (!has_at(t, ce, e, "级") && !has_at(t, ce, e, "級"))
        return 0;
    size_t a = e + strlen("级"), i = a;
    int n = 0;
    for (; i < ce && n <= 12; n++) {
        bool stop = false;
        for (size_t w = 0; w < NELEM(stops) && !stop; w++)
            stop = has_at(t, ce, i, stops[w]);
        int k;
        uint32_t c = cp_at(t, ce, i, &k);
        if (stop || c == CP_BAD || !(bl_is_han(c) || (c >= 'A' && c <= 'Z')))
            break;
        i += (size_t)k;
    }
    if (n < 2 || n > 12)
        return 0;
    *na = a;
    return i;
}

/* An age: 岁, 歲, 周岁, 週歲, 周歲 (0-14歲人口, 60周岁以上, 65週歲及以上). */
static bool is_age_unit(const bl_figure *p)
{
    return !strcmp(p->base_unit, "岁") || !strcmp(p->base_unit, "歲") || !strcmp(p->unit, "周岁") ||
           !strcmp(p->unit, "週歲") || !strcmp(p->unit, "周歲");
}

static bulletin_status make_label(scan *s, size_t k, size_t clause_end)
{
    bl_figure_list *l = s->list;
    bl_figure *f = &l->items[k];
    const char *t = s->t;
    if (f->part > 1 && k > 0 && l->items[k - 1].part == f->part - 1 && l->items[k - 1].label) {
        /* a ratio's later parts and a range's high end: the label of all */
        f->label = bl_strndup(l->mem, l->items[k - 1].label, strlen(l->items[k - 1].label));
        return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
    }
    /* 112738.3千公顷（169107.4万亩）: a value in parentheses just after
     * another is the same figure in another unit */
    if (k > s->clause_first && fig_kind_is_labelled(f->kind) && f->kind != BL_FIG_YEAR &&
        f->kind != BL_FIG_DATE) {
        const bl_figure *p = &l->items[k - 1];
        size_t g = p->end <= f->start ? skip_spaces(t, f->start, p->end) : f->start;
        size_t w = has_at(t, f->start, g, "（")  ? strlen("（")
                   : has_at(t, f->start, g, "(") ? 1
                                                 : 0;
        if (w && skip_spaces(t, f->start, g + w) == f->start && p->text == f->text && p->label &&
            *p->label && p->part <= 1 && p->kind != BL_FIG_YEAR && p->kind != BL_FIG_DATE &&
            fig_kind_is_labelled(p->kind)) {
            f->label = bl_strndup(l->mem, p->label, strlen(p->label));
            return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
        }
    }
    /* round 17: 收、支总计各是4125.49,4143.91万元: a value just after an
     * ASCII comma just after another, with no words of its own, is the
     * next value of a list (the scanner did not join them: no thousands
     * separator) and shares its label */
    if (k > 0 && f->start > 0 && t[f->start - 1] == ',' &&
        skip_spaces(t, f->start, f->lab_start) == f->start && fig_kind_is_labelled(f->kind) &&
        f->kind != BL_FIG_YEAR && f->kind != BL_FIG_DATE) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->end + 1 == f->start && p->label && *p->label && p->part <= 1 &&
            p->kind != BL_FIG_YEAR && p->kind != BL_FIG_DATE && fig_kind_is_labelled(p->kind) &&
            (!*p->unit || !strcmp(p->unit, f->unit))) {
            f->label = bl_strndup(l->mem, p->label, strlen(p->label));
            return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
        }
    }
    size_t a = f->lab_start, b = f->lab_end;
    /* round 20: 占4.79%.教育系統管理的體育場地: a sentence ended with an ASCII
     * full stop; a label never starts with punctuation */
    while (a < b && (unsigned char)t[a] <= ';' &&
           (t[a] == '.' || t[a] == ',' || t[a] == ';' || t[a] == ':'))
        a++;
    /* round 26: 1 . 组织供应各类辅助器具 300 万件, 2 . 装配 7 万例…: a list
     * number that begins the paragraph (digits, spaces, a dot or 、) is no
     * part of the words (figures.h: list numbers are never figures) */
    if (a < b && skip_spaces(t, b, 0) == skip_spaces(t, b, a) && t[skip_spaces(t, b, a)] >= '0' &&
        t[skip_spaces(t, b, a)] <= '9')
        a = list_number_end(t, skip_spaces(t, b, a), b);
    /* round 18: 涉及的主要税种国内增值税收入: a head naming the kind of the
     * items listed after it (主要税种, 主要税目) is no part of the first
     * item's label (the words after it, two characters or more) */
    if (!f->change && b - a > strlen("主要税种") + 6 && memchr(t + a, 0xE8, b - a)) {
        static const char *const kinds[] = {"主要税种", "主要稅種", "主要税目", "主要稅目"};
        for (size_t i = a; i + strlen("主要税种") + 6 <= b; i++)
            if (t[i] == '\xE4') {
                size_t w = 0;
                while (w < NELEM(kinds) && !has_at(t, b, i, kinds[w]))
                    w++;
                if (w < NELEM(kinds)) {
                    a = i + strlen(kinds[w]);
                    break;
                }
            }
    }
    /* round 18: 燃?xì)饧八a(chǎn)和供應業增長: a garbled copy's ? ended the
     * sentence inside a reading; a label never starts with a reading's
     * rest, nor with a garble up to a reading after a Latin letter (八a(chǎn)
     * within the next four characters) */
    size_t rest = a < b && (unsigned char)t[a] >= 'A' ? reading_rest_at(t, b, a) : 0;
    if (rest) {
        a += rest;
        size_t j = a;
        for (int c = 0; c < 4 && j < b; c++) {
            int kj;
            uint32_t cj = cp_at(t, b, j, &kj);
            if (cj == CP_BAD)
                break;
            j += (size_t)kj;
            if (((cj >= 'a' && cj <= 'z') || (cj >= 'A' && cj <= 'Z')) &&
                (has_at(t, b, j, "（") || (j < b && t[j] == '('))) {
                size_t r = reading_rest_at(t, b, j + (t[j] == '(' ? 1 : strlen("（")));
                if (r) {
                    a = j + (t[j] == '(' ? 1 : strlen("（")) + r;
                    break;
                }
            }
        }
    }
    /* round 36: 常住總?cè)丝?/span>③為2511195人: a garbled copy's ? glued
     * between a Han character and lowercase Latin or markup (總?cè, 丝?/span;
     * not a question, whose next sentence starts apart or in capitals) or
     * an entity's ; (生产总值&nbsp;达到) ended the clause inside the
     * indicator: its words go on before it, over each such break, to the
     * clause's true start or the figure before */
    if (a == f->lab_start && a > 0) {
        size_t floor = k > 0 && l->items[k - 1].text == f->text && l->items[k - 1].end <= a
                           ? l->items[k - 1].end
                           : 0;
        size_t i = garble_start(t, floor, a, b);
        if (i < a)
            a = i;
    }
    /* (and a whole tag, an entity or a circled mark first: <p>全市常住人口) */
    for (bool again = true; again && a < b;) {
        int kc;
        size_t m = markup_at(t, b, a);
        uint32_t c = cp_at(t, b, a, &kc);
        again = m || (c != CP_BAD && circled_mark(c));
        if (again)
            a = skip_spaces(t, b, a + (m ? m : (size_t)kc));
    }
    /* (… and last: 常住人口<span>为</span>, 户籍人口<br>) */
    for (bool again = true; again && b > a;) {
        int kc;
        uint32_t c = cp_before(t, a, b, &kc);
        again = c != CP_BAD && (is_space(c) || circled_mark(c));
        if (again) {
            b -= (size_t)kc;
            continue;
        }
        char open = t[b - 1] == '>' ? '<' : t[b - 1] == ';' ? '&' : 0;
        for (size_t i = b - 1; open && i > a && b - i < 48 && !again; i--)
            if (t[i - 1] == open && markup_at(t, b, i - 1) == b - (i - 1)) {
                b = i - 1;
                again = true;
            }
    }
    /* round 17: …同比增長1.2%,上半年為下降1.3%: a period and a copula
     * before a change's verb (為 and 为 share their last byte: that first) */
    if (f->change && k > s->sentence_first && l->items[k - 1].change && b - a < 40 && b - a > 6 &&
        memchr(t + a, 0xBA, b - a)) {
        bool labelled = false;
        bulletin_status st = period_copula_change(s, k, a, b, &labelled);
        if (st != BULLETIN_OK || labelled)
            return st;
    }
    /* round 9: a ratio of what is shared, the base of an index, a figure
     * ending a name in quotes (shape_words) */
    if ((f->kind == BL_FIG_RATIO && f->part == 1 && !f->change) ||
        (k > 0 && l->items[k - 1].kind == BL_FIG_YEAR && l->items[k - 1].end < f->start &&
         (t[l->items[k - 1].end] == '=' || has_at(t, f->start, l->items[k - 1].end, "＝"))) ||
        (f->end < s->len && has_at(t, s->len, f->end, "”"))) {
        bool labelled = false;
        bulletin_status st = shape_words(s, k, &a, &b, &labelled);
        if (st != BULLETIN_OK || labelled)
            return st;
    }
    /* 增长（以下如无特别说明，均为同比名义增长）7.9%: the clause began inside
     * a remark in parentheses between the verb and the value: the words
     * before the opening parenthesis are the figure's */
    /* (round 7: 补助收入(不含基建投入,下同) 279 587 万元: a level too, the
     * remark just before it) */
    if ((f->change || is_level_kind(f->kind)) && k == s->clause_first && a == s->clause_start &&
        a > s->sentence_start) {
        size_t close = 0;
        /* (（ and ） begin with the byte EF: it first) */
        for (size_t i = a; i < f->start && !close; i++)
            if (t[i] == '(' || (t[i] == "（"[0] && has_at(t, f->start, i, "（")))
                break;
            else if (t[i] == ')' || (t[i] == "）"[0] && has_at(t, f->start, i, "）")))
                close = i + (t[i] == ')' ? 1 : strlen("）"));
        uint32_t cb = cp_before(t, s->sentence_start, a, NULL);
        if (!f->change && close &&
            (skip_spaces(t, f->start, close) != f->start || (cb != 0xFF0C && cb != ',')))
            close = 0;
        size_t open = 0, floor = s->sentence_start;
        if (k > s->sentence_first && l->items[k - 1].text == f->text && l->items[k - 1].end > floor)
            floor = l->items[k - 1].end;
        for (size_t i = a; close && i > floor && !open;) {
            int kc;
            uint32_t c = cp_before(t, floor, i, &kc);
            if (c == CP_BAD || c == 0xFF09 || c == ')' || c == 0x3002)
                break;
            i -= (size_t)kc;
            if (c == 0xFF08 || c == '(')
                open = i;
        }
        if (open) {
            size_t h = open;
            while (h > floor) {
                int kc;
                uint32_t c = cp_before(t, floor, h, &kc);
                if (c == CP_BAD || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
                    c == 0xFF1A || c == ':' || c == 0x3001)
                    break;
                h -= (size_t)kc;
            }
            if (h < open) {
                a = h;
                b = open;
            }
        }
    }
    /* 0—14岁人口为…人, 60岁及以上人口: an age before the figure is part of
     * its indicator */
    for (size_t j = k; j-- > s->clause_first;) {
        const bl_figure *p = &l->items[j];
        /* (round 18: 60周岁及以上老年人口, in full years too) */
        if (p->text != f->text || p->end > a || !is_age_unit(p))
            break;
        a = p->start;
        if (p->part > 1)
            continue;
        break;
    }
    /* round 7: 引进投资2亿元以上项目18个: a threshold (a value qualified by
     * 以上 or 以下) just before a count's words is part of what is counted,
     * with the words before it */
    /* (round 26: a size class: 5千万以下项目74个 and 5千万以下固定资产投资增速
     * 同比下降43.5%, the class first in its clause, of any figure's words) */
    bool threshold = false;
    if (k > s->clause_first && f->part <= 1 && f->lab_end > f->lab_start) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && !p->change && p->part <= 1 && is_level_kind(p->kind) &&
            p->kind != BL_FIG_PERCENT &&
            (!strcmp(p->qualifier, "以上") || !strcmp(p->qualifier, "以下")) &&
            p->end <= f->lab_start && f->lab_start - p->end <= strlen("及以上") &&
            (p->lab_end > p->lab_start
                 ? f->kind == BL_FIG_COUNT && !f->change && p->lab_start >= s->clause_start
                 : skip_spaces(t, p->start, s->clause_start) == p->start)) {
            a = p->lab_end > p->lab_start ? p->lab_start : p->start;
            threshold = true;
        }
    }
    /* round 10: 比2010年第六次全国人口普查减少0.15人: the words after the
     * year of a comparison's base name the base; the change is its verb */
    if (f->change && k > s->clause_first && l->items[k - 1].kind == BL_FIG_YEAR &&
        l->items[k - 1].text == f->text &&
        skip_spaces(t, b, l->items[k - 1].end) == skip_spaces(t, b, a)) {
        /* (round 27: 與2020年同期相比(下同)增長14%: 与 and 相比 around the
         * year, 同期 after it, the base's) */
        static const char *const base[] = {"比", "较", "較", "与", "與"};
        static const char *const verbs[] = {"减少", "減少", "增加", "增长", "增長",
                                            "下降", "提高", "上升", "回落", "降低"};
        size_t ys = l->items[k - 1].start, e = b;
        bool cmp = false;
        for (size_t w = 0; w < NELEM(base) && !cmp; w++)
            cmp = has_before(t, s->clause_start, ys, base[w]);
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        for (size_t w = 0; w < NELEM(verbs) && cmp; w++)
            if (has_before(t, a, e, verbs[w]) && e - a > strlen(verbs[w])) {
                a = e - strlen(verbs[w]);
                break;
            }
    }
    /* round 10: 在6月30日前仅将…: 前 and 后 after a date are the date's */
    if (k > s->clause_first && l->items[k - 1].kind == BL_FIG_DATE &&
        l->items[k - 1].text == f->text &&
        skip_spaces(t, b, l->items[k - 1].end) == skip_spaces(t, b, a)) {
        static const char *const after_date[] = {"以前", "以后", "以後", "前", "后", "後"};
        size_t sa = skip_spaces(t, b, a);
        for (size_t w = 0; w < NELEM(after_date); w++)
            if (has_at(t, b, sa, after_date[w]) && b - sa > strlen(after_date[w])) {
                a = sa + strlen(after_date[w]);
                break;
            }
    }
    /* 五项社会保险基金收入, 九年义务教育巩固率, 二季度增长, 两年平均增长: a
     * number in words just before the words is part of them */
    if (k > s->clause_first && a == f->lab_start) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->numeral_chinese && p->end == a && p->part == 0 &&
            fig_kind_is_labelled(p->kind)) {
            a = p->start;
            /* round 35: 前三季度蔬菜产量增长: a quarter (前 whole) before a
             * change's subject is its period, dropped; 前三季度同比增长
             * keeps it whole */
            size_t qe = p->end;
            if (f->change && p->kind == BL_FIG_DURATION && has_before(t, p->start, p->end, "季度")) {
                if (p->start >= s->clause_start + strlen("前") && has_before(t, s->clause_start, p->start, "前"))
                    a = p->start - strlen("前");
                if (subject_before_verb(t, qe, b)) {
                    a = qe;
                    trim_words(t, &a, &b, label_lead, NELEM(label_lead), NULL, 0);
                }
            }
            /* round 18: 规模以上工业增加值两年平均增长: a span of years
             * before 平均 is no subject; the words before it (its own
             * label's, in the clause) are */
            if (p->kind == BL_FIG_DURATION && has_at(t, b, p->end, "平均") &&
                p->lab_start != BL_FIG_MARK && p->lab_start < p->start &&
                p->lab_start >= s->clause_start)
                a = p->lab_start;
        }
    }
    /* round 18: 每10万人中拥有大学文化程度的由13466人: a per base written
     * in figures just before the words is part of them, 每 and all */
    if (k > s->clause_first && a == f->lab_start) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->end == a && p->part <= 1 && !p->change &&
            p->start >= s->clause_start + strlen("每") &&
            has_before(t, s->clause_start, p->start, "每"))
            a = p->start - strlen("每");
    }
    /* 2023年中央…: the year took 年中 (mid-year) from 中央 */
    if (k > s->clause_first && a == f->lab_start && a >= strlen("年中")) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->kind == BL_FIG_YEAR && p->end == a &&
            has_before(t, 0, a, "年中") && is_zhong_compound(t, b, a))
            a -= strlen("中");
    }
    /* 电力、热力、燃气及水生产和供应业增长4.3%: a clause begun at a list
     * comma takes the items before it that hold no figure (words only, back
     * to the comma, semicolon or colon before them) */
    uint32_t after = cp_at(t, clause_end > f->end ? clause_end : f->end, f->end, NULL);
    if (k == s->clause_first && a == f->lab_start && a == s->clause_start &&
        a > s->sentence_start && (f->change || after == CP_BAD || !bl_is_han(after))) {
        /* (not before a counted noun: 北京、…苏州39个重点旅游城市) */
        size_t h = a;
        bool after_year = false;
        for (;;) {
            int kc;
            uint32_t c = cp_before(t, s->sentence_start, h, &kc);
            if (c != 0x3001)
                break;
            size_t g = h - (size_t)kc, x = g;
            while (x > s->sentence_start) {
                int kx;
                uint32_t cx = cp_before(t, s->sentence_start, x, &kx);
                if ((cx == 0xFF08 || cx == '(') && admin_paren_at(t, s->len, x - (size_t)kx)) {
                    x -= (size_t)kx; /* 县（市、区）上解收入: inside the name */
                    continue;
                }
                size_t rd =
                    cx == 0xFF09 || cx == ')' ? reading_len_before(t, s->sentence_start, x) : 0;
                if (rd) {
                    x -= rd; /* round 10: 交通運(yùn)輸、倉(cāng)儲: a reading */
                    continue;
                }
                if (cx == CP_BAD || !bl_is_han(cx) || cx == 0x3001)
                    break;
                x -= (size_t)kx;
            }
            if (x == g)
                break;
            if (k > s->sentence_first && l->items[k - 1].text == f->text &&
                l->items[k - 1].end > x) {
                /* round 17: 2022年度收、支总计各是: the year (年度) before the
                 * items is their period, the items after it the name's */
                const bl_figure *p = &l->items[k - 1];
                /* (round 17: 第一、二、三产业增加值占GDP的比重: an ordinal
                 * read as a rank is the first item) */
                if (p->kind == BL_FIG_RANK && p->start >= x && p->end == g && !p->change &&
                    (k - 1 == s->sentence_first || l->items[k - 2].end <= x)) {
                    h = x;
                    if (x == s->sentence_start)
                        break;
                    continue;
                }
                size_t pe = p->end;
                if (p->kind == BL_FIG_YEAR && pe < g && has_at(t, g, pe, "度"))
                    pe += strlen("度");
                /* (not of a period: 2013年一、二、三季度) */
                if (p->kind == BL_FIG_YEAR && pe < g && pe >= x && f->kind != BL_FIG_DURATION &&
                    !numeral_item(t, pe, g)) {
                    h = pe;
                    after_year = true;
                }
                break;
            }
            h = x;
            if (x == s->sentence_start)
                break;
        }
        if (h < a) {
            int kd;
            uint32_t d = h > s->sentence_start ? cp_before(t, s->sentence_start, h, &kd) : 0;
            bool fen = false; /* 作品、…登记量分别达到: the enumeration's */
            for (size_t i = h; i < f->start && !fen; i++)
                fen = has_at(t, f->start, i, "分别") || has_at(t, f->start, i, "分別");
            if (!fen && (h == s->sentence_start || after_year || d == 0xFF0C || d == ',' ||
                         d == 0xFF1B || d == ';' || d == 0xFF1A || d == ':' || d == 0x3002))
                a = h;
        }
    }
    /* 第一产业就业人员占33.6%: the share of the indicator */
    bool share_of = false;
    if (!f->change && f->kind == BL_FIG_PERCENT && f->part <= 1) {
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        share_of = has_before(t, a, e, "占") || has_before(t, a, e, "佔");
    }
    /* 占全国幼儿园的比例83.00%, 为预算的99.8%, 是平均数的86.7%: a share of
     * a reference after an indicator is that indicator's: the owner is the
     * last level before it in the sentence (changes skipped) */
    /* (round 10: 是“十一五”末的1.6倍: a multiple of a reference too, whose
     * label is the indicator's alone) */
    const char *ref_owner = NULL;
    char grew_owner[BL_FIG_LABEL_MAX];
    bool multiple = f->kind == BL_FIG_MULTIPLE;
    if (!f->change && (f->kind == BL_FIG_PERCENT || multiple) && f->part <= 1 &&
        k > s->sentence_first) {
        static const char *const ref[] = {"占", "佔", "为", "為", "是", "完成"};
        size_t ra = skip_spaces(t, b, a), rb = b;
        /* round 10: 占2022年预计规模的77.6%, 是2010年的近2倍: a year inside
         * the reference, just after the reference's verb */
        const bl_figure *y = &l->items[k - 1];
        if (k > s->clause_first && y->text == f->text && y->kind == BL_FIG_YEAR && y->end <= ra &&
            skip_spaces(t, ra, y->end) == ra && y->start > s->clause_start)
            for (size_t w = 0; w < NELEM(ref); w++) {
                size_t ys = y->start;
                while (ys > s->clause_start && (t[ys - 1] == ' ' || t[ys - 1] == '\t'))
                    ys--;
                if (has_before(t, s->clause_start, ys, ref[w])) {
                    ra = ys - strlen(ref[w]);
                    break;
                }
            }
        for (size_t w = 0; w < NELEM(ref) && !ref_owner; w++) {
            if (!has_at(t, rb, ra, ref[w]))
                continue;
            size_t xa = ra, xb = rb;
            trim_words(t, &xa, &xb, NULL, 0, label_trail, NELEM(label_trail));
            /* round 26: 占全省的82.56%: the reference a scope alone (the
             * whole), which trails a label elsewhere (位居全省) */
            if (w < 2 && xb <= ra + strlen(ref[w]))
                xb = whole_reference(t, ra + strlen(ref[w]), rb);
            if (xb <= ra + strlen(ref[w]))
                break;
            /* at most the link window back (a sentence of changes) */
            const bl_figure *grew_p = NULL;
            for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW;) {
                const bl_figure *p = &l->items[j];
                if (p->text != f->text)
                    break;
                if (p->change && p->kind == BL_FIG_PERCENT && !grew_p) {
                    grew_p = p;
                    /* round 26: 产业投资同比增长15.9%,占全县投资比重为
                     * 78.8%: a growth naming its own subject (linked to
                     * no level) is what the share after it is of, not a
                     * level before it */
                    if (w < 2 && p->link == BL_FIG_NO_LINK && p->label &&
                        growth_subject(p->label, grew_owner))
                        break;
                }
                if (p->change || p->kind == BL_FIG_YEAR || p->kind == BL_FIG_DATE ||
                    p->kind == BL_FIG_POINTS || p->kind == BL_FIG_MULTIPLE || year_quarter(t, p))
                    continue;
                /* （其中直流火核电冷却水482.7亿m3），占用水总量的16.2%: a
                 * value that ends a remark in parentheses is not the owner */
                if (p->end <= f->start) {
                    size_t g = skip_spaces(t, f->start, p->end);
                    if (has_at(t, f->start, g, "）") || has_at(t, f->start, g, ")"))
                        continue;
                }
                if (p->label && *p->label && fig_kind_is_labelled(p->kind) &&
                    p->kind != BL_FIG_PERCENT)
                    ref_owner = p->label;
                /* round 18: 東盟為我國第一大貿易伙伴,占…的14.6%: after a
                 * rank, what is ranked, before its copula (為我國) */
                size_t pn = ref_owner && p->kind == BL_FIG_RANK ? strlen(p->label) : 0;
                for (size_t i = pn; i > 0 && pn < sizeof grew_owner; i--) {
                    static const char *const cop[] = {"为", "為", "是"};
                    size_t w2 = 0;
                    while (w2 < NELEM(cop) && !has_at(p->label, pn, i - 1, cop[w2]))
                        w2++;
                    if (w2 < NELEM(cop) && bl_utf8_count(p->label, i - 1) >= 2 &&
                        bl_utf8_count(p->label + i - 1, pn - i + 1) <= 4) {
                        memcpy(grew_owner, p->label, i - 1);
                        grew_owner[i - 1] = '\0';
                        ref_owner = grew_owner;
                        break;
                    }
                }
                break;
            }
            /* round 20: 工业增加值同比增长8.0%,增速较…,占GDP的比重为26.2%: a
             * share after a growth of no level, the growth's indicator */
            /* (not over items: 占…比重分别为12.1%和32.6%) */
            bool items = false;
            for (size_t i = ra; i < rb && grew_p && !ref_owner && !items; i++)
                items = has_at(t, rb, i, "分别") || has_at(t, rb, i, "分別");
            if (!ref_owner && grew_p && grew_p->label && w < 2 && !items)
                ref_owner = growth_subject(grew_p->label, grew_owner);

            if (ref_owner) {
                a = multiple ? xb : xa;
                b = xb;
                share_of = false;
            }
        }
    }
    /* 高于全国2.8个百分点: the scope compared with stays */
    size_t cmp_end = 0;
    if (!ref_owner && !f->change) {
        static const char *const than[] = {"高于", "低于", "快于", "慢于",
                                           "高於", "低於", "快於", "慢於"};
        static const char *const scope[] = {"全国", "全國", "全省", "全市", "全区", "全县", "全縣"};
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        for (size_t w = 0; w < NELEM(scope) && !cmp_end; w++)
            if (has_before(t, a, e, scope[w]))
                for (size_t v = 0; v < NELEM(than) && !cmp_end; v++)
                    if (has_before(t, a, e - strlen(scope[w]), than[v]))
                        cmp_end = e;
    }
    /* 柏润高端制袜等99个项目: the words before 等 are examples */
    bool examples = false;
    if (!f->change && b > a) {
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        examples = has_before(t, a, e, "等");
    }
    /* 连续9年稳步提升: how long what follows has lasted */
    bool lasting = false;
    if (f->kind == BL_FIG_DURATION && b > a) {
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        /* (round 33 class 12: 連續(xù)6個月, the page's reading after 續) */
        e -= reading_len_before(t, a, e);
        lasting = has_before_read(t, a, e, "连续") || has_before_read(t, a, e, "連續");
    }
    /* round 7: 1~2月份纺织业…, 2月份比上月增长: the 份 of the month before */
    if (has_at(t, b, skip_spaces(t, b, a), "份") && has_before(t, 0, skip_spaces(t, b, a), "月"))
        a = skip_spaces(t, b, a) + strlen("份");
    /* round 7: 高於市場預期增長5.2%: the expectation compared with */
    {
        static const char *const than[] = {"略高於", "略高于", "略低於", "略低于",
                                           "高於",   "高于",   "低於",   "低于"};
        size_t sa = skip_spaces(t, b, a);
        for (size_t w = 0; w < NELEM(than); w++)
            if (has_at(t, b, sa, than[w]) && (has_at(t, b, sa + strlen(than[w]), "市場預期") ||
                                              has_at(t, b, sa + strlen(than[w]), "市场预期"))) {
                a = sa + strlen(than[w]);
                break;
            }
    }
    /* round 8: 民政事业费累计支出亿元30.4, 镇 个 20113: a table written as
     * lines (label unit value) puts the unit between the label and the
     * value: it is the figure's, not the indicator's */
    if (!ref_owner && !f->change && *f->unit)
        b = unit_before_value(t, a, b, f);
    /* round 8: 居民最低生活保障平均标准 元/人、月 373.3: the clause began at
     * the 、 inside such a unit; the label is the words before the unit */
    if (!ref_owner && !f->change && strstr(f->unit, "、") && a == f->lab_start) {
        size_t n = strlen(f->unit), e = f->start;
        while (e > s->sentence_start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        if (e - s->sentence_start > n && !memcmp(t + e - n, f->unit, n) && a > e - n && a <= e) {
            b = e - n;
            a = b;
            while (a > s->sentence_start) {
                int kc;
                uint32_t c = cp_before(t, s->sentence_start, a, &kc);
                if (c == CP_BAD || c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B ||
                    c == ';' || c == 0xFF1A || c == ':' || c == 0x3001 || c == '\n')
                    break;
                a -= (size_t)kc;
            }
        }
    }
    if (!ref_owner)
        a += budget_plus_at(t, b, skip_spaces(t, b, a)) ? skip_spaces(t, b, a) - a + strlen("加")
                                                        : 0;
    /* round 8: 为老年人与残疾人提供服务床位数: 为 of a service's receiver
     * (为…提供) begins the name, no copula */
    size_t wei = skip_spaces(t, b, a);
    if (!(has_at(t, b, wei, "为") || has_at(t, b, wei, "為")))
        wei = b;
    bool provide = false;
    for (size_t i = wei; i < b && !provide; i++)
        provide = has_at(t, b, i, "提供");
    /* round 12: 人口 年末全县常住人口94.5万人: a paragraph's topic word
     * before its first sentence */
    if (!ref_owner && a == 0)
        a = topic_end(t, a, b);
    size_t b_untrimmed = b;
    if (!ref_owner)
        trim_words(t, &a, &b, label_lead, NELEM(label_lead), f->change ? NULL : label_trail,
                   f->change ? 0 : NELEM(label_trail));
    if (!ref_owner && b > a)
        a = producer_end(t, a, b);
    /* round 25: 中国排名位居全球第12位: a rank's 排名 names what is ranked
     * (位居, 居 and the scope trimmed after it, as 增速居全省第3位 -> 增速) */
    if (!ref_owner && f->kind == BL_FIG_RANK && b > a && b + strlen("排名") <= b_untrimmed &&
        has_at(t, b_untrimmed, b, "排名") && !has_before(t, a, b, "中"))
        b += strlen("排名"); /* (not 在全省17个市州中排名前5: a scope) */
    if (!ref_owner && !f->change && is_level_kind(f->kind) && b > a) {
        size_t cb = compared_value_end(t, a, b);
        if (cb != b) {
            b = cb;
            trim_words(t, &a, &b, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
        }
    }
    if (!ref_owner && provide && a == wei + strlen("为"))
        a = wei;
    /* round 18: 第二產業增加值占比較上年4.93個百分點 (the verb missing):
     * the comparison's base ending a level's words */
    /* (all end with 上年: that first, round 20) */
    if (!ref_owner && !f->change && b - a > strlen("较上年") && has_before(t, a, b, "上年")) {
        static const char *const bases[] = {"较上年", "較上年", "比上年"};
        for (size_t w = 0; w < NELEM(bases); w++)
            if (b - a > strlen(bases[w]) && has_before(t, a, b, bases[w])) {
                b -= strlen(bases[w]);
                break;
            }
    }
    /* round 18: 城镇登记失业率为多年最低的3.9%: a superlative after 为 (at
     * most four characters) remarks on the value */
    if (!ref_owner && !f->change && b > a && is_level_kind(f->kind)) {
        static const char *const most[] = {"最低", "最高", "最多", "最少", "新低", "新高"};
        size_t e = b;
        if (has_before(t, a, e, "的"))
            e -= strlen("的");
        for (size_t w = 0; w < NELEM(most); w++)
            if (e > a && t[e - 1] == most[w][strlen(most[w]) - 1] && has_before(t, a, e, most[w])) {
                size_t i = e - strlen(most[w]);
                for (size_t c = 0; c < 4 && i > a; c++) {
                    int kc;
                    cp_before(t, a, i, &kc);
                    i -= (size_t)(kc > 0 ? kc : 1);
                    if (i > a && (has_at(t, e, i, "为") || has_at(t, e, i, "為"))) {
                        b = i;
                        break;
                    }
                }
                break;
            }
    }
    if (f->change && !ref_owner && a < b)
        a += listed_base_at(s, a, b);
    /* round 13: 與東盟貿易總值: 与 (with) before a partner of trade is
     * part of the name, no join */
    if (!ref_owner && a >= f->lab_start + strlen("与") && a < b &&
        (has_before(t, f->lab_start, a, "与") || has_before(t, f->lab_start, a, "與"))) {
        bool trade = false;
        for (size_t i = a; i + strlen("贸易") <= b && !trade; i++)
            trade = has_at(t, b, i, "贸易") || has_at(t, b, i, "貿易");
        if (trade)
            a -= strlen("与");
    }
    /* round 8: 按研究與試驗發展(R&D)人員全時工作量計算的人均經費: the method
     * of the measure before it is no part of its name */
    if (!ref_owner && has_at(t, b, a, "按"))
        for (size_t i = a + strlen("按"); i + strlen("计算的") < b; i++)
            if (has_at(t, b, i, "计算的") || has_at(t, b, i, "計算的")) {
                a = i + strlen("计算的");
                break;
            }
    if (!ref_owner && !f->change && b > a)
        a = lead_phrase_end(t, skip_spaces(t, b, a), b);
    /* round 25: 中國申請人通過《…》提交外觀設計國際申請353件, 收到國內申請人
     * 提交馬德里商標國際注冊申請: what is handed in is counted, the actor
     * before the verb (two characters or more) no part of it when the verb
     * is the clause's own */
    if (!ref_owner && !f->change && f->kind == BL_FIG_COUNT && b > a)
        a = handed_object(t, a, b);
    /* round 9: 各奖励人民币5万元: 各 (each) before a verb of giving is a
     * qualifier, as 共 is (各类, 各地 are names) */
    /* (round 13: 颁发荣誉证书并各奖励1000元: the verb after 并各 is the
     * amount's, the one before 并 another's) */
    /* (并 and 並 begin with 0xE5 0xB9 and 0xE4 0xB8: the first byte before
     * has_at) */
    for (size_t i = a + 1;
         !ref_owner && !f->change && f->kind == BL_FIG_AMOUNT && i + strlen("并各") < b; i++)
        if (((unsigned char)t[i] == 0xE5 || (unsigned char)t[i] == 0xE4) &&
            (has_at(t, b, i, "并各") || has_at(t, b, i, "並各"))) {
            a = i + strlen("并");
            break;
        }
    if (!ref_owner && has_at(t, b, a, "各")) {
        static const char *const giving[] = {"奖励", "獎勵", "补助", "補助", "补贴", "補貼",
                                             "奖补", "獎補", "发放", "發放", "给予", "給予"};
        for (size_t w = 0; w < NELEM(giving); w++)
            if (has_at(t, b, a + strlen("各"), giving[w])) {
                a += strlen("各");
                break;
            }
    }
    if (!ref_owner)
        keep_budget_names(t, &a, &b, f->lab_end);
    /* (the last byte of 一, 政, 国, 國, 社 first, the budgets' first
     * characters) */
    if (!ref_owner && a >= strlen("全省") && b > a + 3 &&
        ((unsigned char)t[a + 2] == 0x80 || (unsigned char)t[a + 2] == 0xBF ||
         (unsigned char)t[a + 2] == 0xBD || (unsigned char)t[a + 2] == 0x8B ||
         (unsigned char)t[a + 2] == 0xBE))
        a = local_budget_scope(s, f, a, b);
    /* 占调整预算数539267万元的99.6%: the reference value of a share is the
     * reference's (调整预算数, as 完成预算数 gives 预算数) */
    if (!ref_owner && !f->change && is_level_kind(f->kind) && f->kind != BL_FIG_PERCENT &&
        (has_at(t, b, a, "占") || has_at(t, b, a, "佔")) && b - a > strlen("占") &&
        has_at(t, s->len, skip_spaces(t, s->len, f->end), "的"))
        a += strlen("占");
    /* 位居全国百强县投资潜力第3: the verb of a rank (位居 before other
     * figures' words stays: 连续3年位居中西部省份第一) */
    if (!ref_owner && f->kind == BL_FIG_RANK && has_at(t, b, a, "位居")) {
        a += strlen("位居");
        trim_words(t, &a, &b, label_lead, NELEM(label_lead), NULL, 0);
    }
    /* 中国每万人口高价值发明专利拥有量, 中国国内（不含港澳台）…: the country
     * is a scope like 全国 (when words follow it: 中国排名 after 排名 is
     * dropped stays 中国; not of an award's name: 中国质量奖提名奖) */
    bool award = b > a && (has_before(t, a, b, "奖") || has_before(t, a, b, "獎"));
    if (!ref_owner && !award) {
        drop_country(t, &a, b);
        drop_own_zone(t, s->len, &a, b);
        a = ordinal_frame_end(t, a, b);
    }
    if (!ref_owner)
        a = subject_verb_end(t, a, b, f);
    if (cmp_end && a < cmp_end)
        b = cmp_end;
    /* 比重均超过7%: 均 (all) after an indicator (not 人均, 平均) */
    if (!f->change && has_before(t, a, b, "均") && b - a > strlen("均")) {
        static const char *const ends[] = {"重", "率", "量", "额", "額",
                                           "数", "數", "值", "入", "出"};
        for (size_t w = 0; w < NELEM(ends); w++)
            if (has_before(t, a, b - strlen("均"), ends[w])) {
                b -= strlen("均");
                break;
            }
    }
    /* 一季度邮政行业寄递业务量: the period of a level is no part of it */
    /* (round 17: nor of a change in a title or heading, before its
     * subject: 一季度全國財政收入同比增長, the document's period) */
    bool heading = f->change && f->paragraph == 0 && !ref_owner;
    for (bool again = (!f->change || heading) && !ref_owner; again && a < b;) {
        again = false;
        for (size_t w = 0; w < NELEM(label_period_lead); w++)
            if (has_at(t, b, a, label_period_lead[w]) && b - a > strlen(label_period_lead[w]) &&
                (!heading || subject_before_verb(t, a + strlen(label_period_lead[w]), b))) {
                a += strlen(label_period_lead[w]);
                trim_words(t, &a, &b, label_lead, NELEM(label_lead), NULL, 0);
                again = true;
                break;
            }
    }
    /* 今年前两个月我国外贸进出口总值, 去年前2个月进出口同比下降 */
    for (bool again = !ref_owner; again && a < b;) {
        again = false;
        size_t n = period_words_at(t, a, b);
        if (!n || b - a <= n)
            break;
        size_t r = a + n;
        trim_words(t, &r, &b, label_lead, NELEM(label_lead), NULL, 0);
        if (f->change) {
            static const char *const verbs[] = {"同", "相", "与", "與", "环比", "環比", "比",
                                                "较", "較", "增", "下", "上",   "减",   "減",
                                                "提", "回", "降", "扩", "擴"};
            uint32_t c0 = cp_at(t, b, r, NULL);
            bool verb = r >= b || c0 == CP_BAD || !bl_is_han(c0);
            size_t vw = 0; /* (the verb's index + 1: 增 and after are verbs of change) */
            for (; vw < NELEM(verbs) && !verb; vw++)
                verb = has_at(t, b, r, verbs[vw]);
            /* round 14: 與去年增長: the year after 与, the verb just after
             * it, is the comparison's base */
            bool base = verb && vw > 9 && a > s->clause_start &&
                        (has_before(t, s->clause_start, a, "与") ||
                         has_before(t, s->clause_start, a, "與"));
            if (verb && !base)
                break;
        }
        if (r < b) {
            a = r;
            again = true;
        } else if (!f->change) {
            a = b; /* 去年全年有206万人享受…: a period alone names nothing */
        }
    }
    /* 一年间减少177.7万人: a span of time before a change's verb */
    if (f->change && !ref_owner && a < b) {
        size_t n = span_of_time_at(t, a, b);
        if (n && b - a > n)
            a = skip_spaces(t, b, a + n);
    }
    if (f->change && (has_before(t, a, b, "分别为") || has_before(t, a, b, "分別為")))
        b -= strlen("分别为"); /* 增长率分别为: the words name a level */
    else if (f->change && (has_before(t, a, b, "为") || has_before(t, a, b, "為")))
        b -= strlen("为"); /* 基金收入增长率为20.2% */
    else if (f->change && (has_before(t, a, b, "达到") || has_before(t, a, b, "達到")) &&
             b - a > strlen("达到"))
        b -= strlen("达到"); /* round 14: 增速達到5% */
    else if (f->change && (has_before(t, a, b, "达") || has_before(t, a, b, "達")) &&
             b - a > strlen("达") && !has_before(t, a, b, "到达") && !has_before(t, a, b, "到達"))
        b -= strlen("达"); /* round 14: 增速达5% */
    else if (f->change && has_before(t, a, b, "了") && b - a > strlen("了")) {
        size_t vs = 0; /* round 12: 相比增长了1.14: 了 after the verb */
        if (fig_change_verb(t, a, b, &vs) != BL_FIG_CHANGE_NONE)
            b -= strlen("了");
    }
    /* 每千人口床位数由2018年6.03张增加到2019年6.30张, 人均预期寿命由…77.0岁
     * 提高到…77.3岁: a value whose own words are none or the verb to it
     * (增加到) is the subject's before 由 */
    bool from_to = false;
    /* (round 25: 由2010年第六次全国人口普查97.45: year_base_words) */
    bool year_base = !ref_owner && !f->change && k > s->clause_first && a < b && f->part <= 1 &&
                     l->items[k - 1].kind == BL_FIG_YEAR && year_base_words(s, k, a, b);
    if (!ref_owner && !f->change && (is_level_kind(f->kind) || f->kind == BL_FIG_DURATION) &&
        f->part <= 1 &&
        (a >= b || year_base ||
         ((has_before(t, a, b, "到") || has_before(t, a, b, "至") ||
           ((has_at(t, f->start, b, "为") || has_at(t, f->start, b, "為")) &&
            to_with_wei(t, a, b + strlen("为")))) &&
          chars_read(t, a, b) <= 4))) {
        /* (within BL_FIG_FROM_TO bytes of the figure and of the clause's
         * start, so that a clause of any length stays linear) */
        /* (round 12: 由22.26%、28.63%和49.11%調整為21.35%、…: a clause begun
         * at a list's 、 is looked back from to the start of the one 由 is
         * in) */
        size_t cs = s->clause_start, cf = s->clause_first;
        if (cp_before(t, s->sentence_start, cs, NULL) == 0x3001) {
            cs = s->sentence_start;
            cf = s->sentence_first;
        }
        size_t u = 0, lo = f->start > cs + BL_FIG_FROM_TO ? f->start - BL_FIG_FROM_TO : cs;
        for (size_t i = f->start; i > lo && !u;) {
            int kc;
            if (cp_before(t, lo, i, &kc) == CP_BAD)
                break;
            i -= (size_t)kc;
            if (has_at(t, f->start, i, "由"))
                u = i;
            else if ((has_at(t, f->start, i, "从") || has_at(t, f->start, i, "從")) &&
                     !clause_mark_between(t, i, f->start))
                u = i; /* (round 17: 从…增加到, 從 too, in the value's clause) */
        }
        if (u && cs != s->clause_start)
            for (size_t h = u; h > cs;) {
                int kc;
                uint32_t c = cp_before(t, cs, h, &kc);
                if (c == CP_BAD || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
                    c == 0xFF1A || c == ':' || c == 0x3001) {
                    cs = h;
                    break;
                }
                h -= (size_t)kc;
            }
        bool bare = u > cs && u - cs <= BL_FIG_FROM_TO;
        for (size_t j = k, n = 0; bare && j-- > cf && n < BL_FIG_LINK_WINDOW; n++) {
            const bl_figure *p = &l->items[j];
            if (p->text != f->text || p->start >= u)
                continue;
            if (p->end <= cs)
                break;
            /* (round 10: 15岁及以上人口的…由: an age is part of the subject;
             * round 18: 每10万人中…的由, a per base too) */
            if (p->kind != BL_FIG_YEAR && p->kind != BL_FIG_DATE && !is_age_unit(p) &&
                !(p->start >= cs + strlen("每") && has_before(t, cs, p->start, "每")))
                bare = false;
        }
        size_t hi = clause_end < f->end + BL_FIG_FROM_TO ? clause_end : f->end + BL_FIG_FROM_TO;
        bool to = false;
        for (size_t i = u; bare && i < hi && !to; i++)
            to = has_at(t, hi, i, "到") || has_at(t, hi, i, "至") ||
                 to_with_wei(t, u, i + strlen("为"));
        if (bare && to) {
            size_t xa = cs, xb = u;
            trim_words(t, &xa, &xb, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
            uint32_t h0 = cp_at(t, xb, xa, NULL);
            /* (round 10: or an age's digits: 15岁及以上人口的…) */
            if (xb > xa && h0 != CP_BAD && (bl_is_han(h0) || (h0 >= '0' && h0 <= '9')) &&
                bl_utf8_count(t + xa, xb - xa) >= 2) {
                a = xa;
                b = xb;
                from_to = true;
                if (!has_before(t, a, b, "奖") && !has_before(t, a, b, "獎"))
                    drop_country(t, &a, b); /* (round 17: as the first value's) */
            }
        }
    }
    /* round 12: 总人口性别比（以女性为100，男性对女性的比例）为107.50 */
    if (!ref_owner && !f->change && is_level_kind(f->kind) && b > a)
        remark_words(s, &a, &b);
    /* 705座大型水库和3729座中型水库: the words before a count that follow
     * the count before it up to 和 or 、 are that count's noun */
    bool prev_noun = false;
    if (!f->change && f->kind == BL_FIG_COUNT && k > s->clause_first && b > a) {
        const bl_figure *p = &l->items[k - 1];
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        prev_noun =
            p->text == f->text && p->kind == BL_FIG_COUNT && !p->change &&
            skip_spaces(t, f->start, p->end) == f->lab_start &&
            (has_before(t, a, e, "和") || has_before(t, a, e, "及") || has_before(t, a, e, "、"));
        /* round 10: 108个市直部门及所属397家单位: a join then at most two
         * characters (所属) after the count before */
        for (size_t i = e; !prev_noun && i > a && e - i <= 2 * 3;) {
            int kc;
            if (cp_before(t, a, i, &kc) == CP_BAD)
                break;
            i -= (size_t)kc;
            prev_noun = p->text == f->text && p->kind == BL_FIG_COUNT && !p->change &&
                        skip_spaces(t, f->start, p->end) == f->lab_start && i < e &&
                        (has_at(t, e, i, "和") || has_at(t, e, i, "及") || has_at(t, e, i, "、"));
        }
    }
    /* round 10: 市本级和108个市直部门 (words ending with a join: another
     * item), 全力抓好60件民生实事 (words ending with a verb's 好): the
     * count's noun is after it */
    bool joined = false;
    if (!f->change && f->kind == BL_FIG_COUNT && b > a) {
        /* (round 26: 根據對全國25個夏糧生產省(區、市)的調查: a preposition
         * whose object is the count) */
        /* (round 36: 实地调查了265个样方和53个…: a verb's 了) */
        static const char *const ends[] = {"和",   "及",   "与",   "與", "抓好", "办好",
                                           "辦好", "做好", "建好", "对", "對",  "了"};
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        for (size_t w = 0; w < NELEM(ends) && !joined; w++)
            joined = e - a > strlen(ends[w]) && t[e - 1] == ends[w][strlen(ends[w]) - 1] &&
                     has_before(t, a, e, ends[w]);
        size_t le = skip_spaces(t, f->start, e);
        if (!joined && has_at(t, f->start, le, "了") &&
            skip_spaces(t, f->start, le + strlen("了")) == f->start)
            joined = true; /* (the 了 trimmed off the words already) */
        /* round 26: 技术开发、技术转让、…、技术许可5类技术合同中: the last of
         * items listed before a count that sums them up */
        size_t la = a;
        while (la > s->clause_start && (t[la - 1] == ' ' || t[la - 1] == '\t'))
            la--;
        if (!joined && has_before(t, s->sentence_start, la, "、") && f->lab_start == a &&
            skip_spaces(t, f->start, e) == f->start)
            joined = true;
    }
    /* 长三角地区41个城市平均优良天数比例为79.1%: a count inside the words
     * of the next figure (they begin after it): its noun is counted, the
     * words before it are the scope of both */
    bool inside = false, inside_change = false;
    if (!f->change && f->kind == BL_FIG_COUNT && f->part <= 1 && k + 1 < l->len) {
        const bl_figure *n = &l->items[k + 1];
        size_t g = skip_spaces(t, s->len, f->end);
        uint32_t c = cp_at(t, s->len, g, NULL);
        inside = n->text == f->text && n->start < clause_end && n->lab_start >= f->end &&
                 n->lab_start <= g && c != CP_BAD && bl_is_han(c) && !n->change;
        /* (round 41 class 4: 2個(gè)縣(市)收入增幅超過30%, a change's words
         * after the count and its reading: only a count of places named
         * with their kinds, below) */
        size_t g2 = g + reading_at(t, s->len, g);
        uint32_t c2 = cp_at(t, s->len, g2, NULL);
        inside_change = n->text == f->text && n->start < clause_end && n->lab_start >= f->end &&
                        n->lab_start <= g2 && c2 != CP_BAD && bl_is_han(c2) && n->change;
    }
    /* round 17: 规模工业36个大类行业中,25个行业实现增长: a count whose noun
     * ends its clause with 中 (among), a clause going on after it, counts
     * that noun, the words before it the scope (as 41个大类行业中有39个) */
    bool among_end = false;
    if (!f->change && f->kind == BL_FIG_COUNT && f->part <= 1 && !inside && clause_end < s->len &&
        (!strcmp(f->unit, "个") || !strcmp(f->unit, "個")) &&
        (k + 1 >= l->len || l->items[k + 1].start >= clause_end ||
         l->items[k + 1].text != f->text)) {
        size_t e = clause_end;
        while (e > f->end && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        uint32_t c = cp_at(t, s->len, clause_end, NULL);
        size_t fe =
            f->end < e ? f->end + reading_at(t, e, f->end) : f->end; /* (10個(gè)行業(yè)…) */
        among_end = (c == 0xFF0C || c == ',') && e >= fe + 3 * strlen("中") &&
                    has_before(t, fe, e, "中") && bl_is_han(cp_at(t, e, fe, NULL));
    }
    /* 李克强共在三次总理记者会上回答了45个问题: words that end with 了 say
     * what was done to what is counted, the noun after the count */
    bool done = f->kind == BL_FIG_COUNT && !f->change && f->lab_end > f->lab_start &&
                has_before(t, f->lab_start, f->lab_end, "了");
    /* round 7: 41个大类行业中有39个行业增加值保持同比增长: a count among the
     * ones counted just before it is of what the rest of its clause says */
    bool among = false;
    /* (round 26: 10個行業門類中,7個行業營業收入實現增長: the count just
     * before ends the clause before with 中, this one begins its own) */
    bool among_before = false;
    if (!f->change && f->kind == BL_FIG_COUNT && k > s->sentence_first && k == s->clause_first &&
        skip_spaces(t, f->start, s->clause_start) == f->start && s->clause_start > strlen("中,")) {
        const bl_figure *p = &l->items[k - 1];
        size_t e = s->clause_start;
        uint32_t c = cp_before(t, 0, e, NULL);
        e -= c == 0xFF0C ? strlen("，") : c == ',' ? 1 : e;
        among_before = e > p->end && p->text == f->text && p->kind == BL_FIG_COUNT && !p->change &&
                       (!strcmp(p->unit, "个") || !strcmp(p->unit, "個")) &&
                       has_before(t, p->end, e, "中");
    }
    if (!f->change && f->kind == BL_FIG_COUNT && k > s->sentence_first &&
        (f->lab_end > f->lab_start || among_before)) {
        const bl_figure *p = &l->items[k - 1];
        size_t e = f->lab_end;
        while (e > f->lab_start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        if (among_before || (k > s->clause_first && p->text == f->text && p->kind == BL_FIG_COUNT &&
                             !p->change && skip_spaces(t, f->start, p->end) == f->lab_start &&
                             has_before(t, f->lab_start, e, "中有"))) {
            size_t a2 = f->end, b2 = k + 1 < l->len && l->items[k + 1].start < clause_end
                                         ? l->items[k + 1].start
                                         : clause_end;
            a2 += a2 < b2 ? reading_at(t, b2, a2) : 0; /* (7個(gè)行業…) */
            if (b2 > a2) {
                trim_words(t, &a2, &b2, label_lead, NELEM(label_lead), NULL, 0);
                uint32_t c0 = cp_at(t, b2, a2, NULL);
                if (b2 > a2 && c0 != CP_BAD && bl_is_han(c0) &&
                    bl_utf8_count(t + a2, b2 - a2) >= 2) {
                    a = a2;
                    b = b2;
                    among = true;
                }
            }
        }
    }
    /* round 7: 这些问题有21个来自境内媒体 (words of a demonstrative ending
     * with 有), 在…会上的11个提问中 (words ending with 的): the count is of
     * the words after it */
    bool relative = false;
    if (f->kind == BL_FIG_COUNT && !f->change && f->lab_end > f->lab_start) {
        size_t ra = skip_spaces(t, f->lab_end, f->lab_start), e = f->lab_end;
        while (e > ra && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        /* (的 of a count of 个 only: 普查的1339724852人相比 is a level) */
        /* (round 10: 资金跟踪审计的5项审计结果; round 25: 以全市就业年龄段
         * 的7600多名持证残疾人为主要对象, and the other measure words of a
         * noun that follows) */
        /* (round 26: 统计监测的19类商品, and 批, 户 of a noun too) */
        static const char *const measure[] = {"个", "個", "项", "項", "件", "名", "家", "所", "条",
                                              "條", "篇", "种", "種", "类", "類", "批", "户", "戶"};
        relative =
            has_before(t, ra, e, "的") && e - ra > strlen("的") && !has_before(t, ra, e, "目的");
        bool counted = false;
        for (size_t w = 0; w < NELEM(measure) && relative && !counted; w++)
            counted = !strcmp(f->unit, measure[w]);
        relative = relative && counted;
        static const char *const these[] = {"这些", "這些"};
        for (size_t w = 0; w < NELEM(these) && !relative; w++)
            relative = has_at(t, e, ra, these[w]) && has_before(t, ra, e, "有");
    }
    size_t pre_a = 0, pre_b = 0;
    /* a short segment is a verb or a scope (建成400余个…, 面向17个…): the
     * counted noun after the figure names it better */
    if (!fig_kind_is_labelled(f->kind))
        a = b; /* years, dates, identifiers name no indicator */
    else if (f->kind == BL_FIG_DURATION && !f->change &&
             ((has_before(t, 0, f->start, "前") && !has_before(t, 0, f->start, "提前")) ||
              has_before(t, 0, f->start, "首")))
        a = b; /* 前4个月, 首5個月: a period */
    else if (f->kind == BL_FIG_COUNT && !f->change &&
             (!strcmp(f->unit, "个") || !strcmp(f->unit, "個")) &&
             has_at(t, s->len, f->end, "月") && !has_at(t, s->len, f->end + strlen("月"), "份"))
        return label_none(l, f); /* round 12: 首5個月: a span of months, the count's noun */
    else if (f->kind == BL_FIG_DURATION && !f->change &&
             (!strcmp(f->unit, "个月") || !strcmp(f->unit, "個月")) && k + 1 < l->len &&
             l->items[k + 1].text == f->text && l->items[k + 1].start < clause_end)
        a = b; /* round 12: 云南省5个月累计出口电力26.6亿千瓦时: a span before
                * the clause's figure, not the subject's */
    else if (is_period_range(f) && !has_before(t, a, b, "期限") && !has_before(t, a, b, "期间") &&
             !has_before(t, a, b, "期間") && !has_before(t, a, b, "时间") &&
             !has_before(t, a, b, "時間") && !has_before(t, a, b, "年限"))
        a = b; /* nor do periods, unless the value of one (本规划期限) */
    else if (f->kind == BL_FIG_COUNT && !f->change && admin_after(t, s->len, f->end)) {
        /* (the list commas of the name end the clause: the text's end) */
        a = skip_spaces(t, s->len, f->end);
        b = a + admin_after(t, s->len, f->end);
    } else if (lasting && (a >= b || k + 1 >= l->len || l->items[k + 1].text != f->text ||
                           l->items[k + 1].start >= clause_end)) {
        /* (round 33 class 12: 進出口連續6個月實現正增長: a streak that ends
         * its clause with a predicate takes no words before 連續, only the
         * predicate, or none; 失业率连续5年控制在4.1%以内, a figure after it,
         * keeps the indicator's words, which that figure takes too) */
        size_t a2 = f->end + reading_at(t, s->len, f->end);
        a = b;
        size_t b2 = k + 1 < l->len && l->items[k + 1].start < clause_end ? l->items[k + 1].start
                                                                         : clause_end;
        if (b2 > a2) {
            trim_words(t, &a2, &b2, label_lead, NELEM(label_lead), NULL, 0);
            uint32_t c0 = cp_at(t, b2, a2, NULL);
            if (b2 > a2 && c0 != CP_BAD && bl_is_han(c0)) {
                a = a2;
                b = b2;
            }
        }
    } else if (!ref_owner && !f->change && !from_to && !among && !threshold &&
               (examples || bl_utf8_count(t + a, b > a ? b - a : 0) <= 2 || prev_noun || inside ||
                done || relative || joined || among_end ||
                /* round 40 class 8 (report-lishu 8:191): 开复工5000万元以上
                 * 项目32个: a threshold inside a count's words, after a verb
                 * of work on projects of three or four characters (开复工,
                 * 新开工, 在建, 签约; not 引进投资: a noun), is the noun's too */
                (f->kind == BL_FIG_AMOUNT && bl_utf8_count(t + a, b > a ? b - a : 0) <= 4 &&
                 b > a &&
                 (has_before(t, a, b, "工") || has_before(t, a, b, "建") ||
                  has_before(t, a, b, "约") || has_before(t, a, b, "約") ||
                  has_before(t, a, b, "实施") || has_before(t, a, b, "實施")) &&
                 (!strcmp(f->qualifier, "以上") || !strcmp(f->qualifier, "以下")) &&
                 k + 1 < l->len && l->items[k + 1].text == f->text &&
                 l->items[k + 1].kind == BL_FIG_COUNT && l->items[k + 1].start < clause_end)) &&
               (f->kind == BL_FIG_COUNT || f->kind == BL_FIG_AMOUNT ||
                f->kind == BL_FIG_QUANTITY)) {
        /* (inside only: where what is measured of the noun begins known) */
        bool inside_only = inside && !examples && !prev_noun && !joined &&
                           bl_utf8_count(t + a, b > a ? b - a : 0) > 2;
        bool places = (inside || inside_change) && !examples && !prev_noun && !joined;
        bool cut_any = false;
        size_t a2 = f->end;
        a2 += reading_at(t, s->len, a2); /* round 13: 14個(gè)先進(jìn)集體 */
        size_t b2 = k + 1 < l->len ? l->items[k + 1].start : clause_end;
        /* round 9: 有7个问题直接提到了“疫情”二字: the characters of a quoted
         * word counted in words (二字, not listed) are part of the noun */
        if (k + 1 < l->len && l->items[k + 1].text == f->text && l->items[k + 1].numeral_chinese &&
            l->items[k + 1].start > f->end && has_before(t, f->end, l->items[k + 1].start, "”") &&
            (!strcmp(l->items[k + 1].unit, "字") || !strcmp(l->items[k + 1].unit, "个字") ||
             !strcmp(l->items[k + 1].unit, "個字")))
            b2 = l->items[k + 1].end;
        if (b2 > clause_end)
            b2 = clause_end;
        if (b2 < a2)
            b2 = a2;
        /* round 17: 340家产值超亿元企业增长1.4%: before the subject of the
         * clause's next change, the noun ends at its verb */
        if (k + 1 < l->len && l->items[k + 1].change && l->items[k + 1].text == f->text &&
            l->items[k + 1].start == b2 && b2 > a2) {
            size_t vs = 0;
            if (fig_change_verb(t, a2, l->items[k + 1].lab_end, &vs) != BL_FIG_CHANGE_NONE &&
                vs > a2 && vs < b2)
                b2 = vs;
        }
        trim_words(t, &a2, &b2, label_lead, NELEM(label_lead), NULL, 0);
        /* round 7: 另外18个则来自国外媒体: 则 (then) is no part */
        if (b2 > a2 + strlen("则") && (has_at(t, b2, a2, "则") || has_at(t, b2, a2, "則")))
            a2 += strlen("则");
        /* 1名市政府法律顾问组成员列席会议…, 14个市州全部完成…: the noun
         * ends where what it does begins */
        static const char *const does[] = {"列席", "出席", "参加", "參加", "参会", "參會", "全部",
                                           /* round 26: 1名领导固定列席会议 */
                                           "固定列席", "固定出席", "固定参加", "固定參加",
                                           /* round 17: 100个…示范社区全面建成 */
                                           "全面", "实现", "實現", "完成", "建成", "获得", "獲得",
                                           "给予", "給予", "通过", "通過", "（",
                                           /* 62个湖泊年末蓄水总量比年初增加: the
                                            * period or base of what is measured */
                                           "年末", "比年初", "比上年", "较上年", "較上年", "比多年",
                                           /* 城市平均优良天数比例, 市场为第四批…: what
                                            * is measured of it, what it is */
                                           "平均", "为", "為",
                                           /* round 7: 41个大类行业中有39个 */
                                           "中有",
                                           /* 608万名失业人员发放了…, 206万人享受… */
                                           "发放", "發放", "享受", "领取", "領取",
                                           /* round 10: 397家单位实施…, 60件民生实事......报告 */
                                           "实施", "實施", "...", "…",
                                           /* round 13: 3個城市依次是北京、…, 25名先進個人進行表彰,
                                            * 19个单位“…先进单位”称号 */
                                           "依次", "进行", "進行", "“",
                                           /* round 14: 34個界別組成 (at the clause's end:
                                            * not 顾问组成员), 60多個部門介紹情況 */
                                           "组成", "組成", "介绍", "介紹",
                                           /* round 15: 339个地级及以上城市空气质量平均…:
                                            * what is measured of them */
                                           "空气质量", "空氣質量",
                                           /* round 37: 8大類商品及服務價格指數呈現“六升二降”:
                                            * how the counted ones moved */
                                           "呈现", "呈現", "表现为", "表現為",
                                           /* round 36: 106名工作人员对粮食…进行卫星遥感测量:
                                            * whom or what the counted ones act on */
                                           "对", "對"};
        /* (“ only before a title conferred: 19个单位“…先进单位”称号; not
         * 7个问题直接提到了“疫情”二字) */
        if (b2 > a2) {
            int k0;
            cp_at(t, b2, a2, &k0);
            for (size_t i = a2 + (size_t)(k0 > 0 ? k0 : 1); i < b2; i++) {
                if (is_utf8_cont(t[i]))
                    continue; /* no reading, parenthesis or word starts there */
                size_t rd = reading_at(t, b2, i);
                if (rd) { /* round 7: 發(fā)運記錄: a reading, no remark */
                    i += rd - 1;
                    continue;
                }
                size_t pn = admin_paren_at(t, s->len, i);
                if (pn) { /* 8个乡（镇）, 103个县（市、区）: part of the noun */
                    if (i + pn > b2 && b2 == clause_end)
                        b2 = i + pn; /* (the clause ended at its 、) */
                    /* round 41 class 4: 2個縣(市)收入增幅超過30%: a count of
                     * places named with their kinds, inside the next
                     * figure's words, ends with the kinds when what follows
                     * is what is measured of each (收入, 增加值; not
                     * 12个乡(镇)卫生院: the noun counted) */
                    if (places && i + pn < b2 && place_measure_at(t, b2, i + pn)) {
                        b2 = i + pn;
                        cut_any = true;
                        break;
                    }
                    i += pn - 1;
                    continue;
                }
                bool cut = false;
                /* (the first character by a switch, then the first two
                 * bytes before has_at: most characters begin none of the
                 * words, many share their first byte with one) */
                bool may = cut_word_begins(cp_at(t, b2, i, NULL));
                for (size_t w = 0; w < NELEM(does) && !cut && may; w++)
                    cut = t[i] == does[w][0] && i + 1 < b2 && t[i + 1] == does[w][1] &&
                          (has_at(t, b2, i, does[w]) ||
                           /* (round 13: 進(jìn)行, the word with its readings) */
                           (i + 3 < b2 && (t[i + 3] == '(' || (unsigned char)t[i + 3] == 0xEF) &&
                            word_with_readings(t, b2, i, does[w])));
                if (cut && has_at(t, b2, i, "“"))
                    cut = title_quote_at(t, s->len, i);
                /* (对 of a word, one list in both scripts: 相对贫困村, 针对,
                 * 对象, 对口; not 对接, 对比, 对标, verbs after a count:
                 * 120名技术人员对接企业) */
                if (cut && (has_at(t, b2, i, "对") || has_at(t, b2, i, "對"))) {
                    static const char *const words[] = {
                        "相对", "绝对", "絕对", "针对", "針对", "面对", "应对", "應对", "核对",
                        "反对", "比对", "配对", "成对", "校对", "对象", "对口", "对外", "对话",
                        "对話", "对照", "对手", "对联", "对聯"};
                    const size_t dui = strlen("对");
                    for (size_t w = 0; w < NELEM(words) && cut; w++) {
                        const char *x = words[w];
                        if (has_at(x, strlen(x), 0, "对"))
                            cut = !(i + 2 * dui <= b2 && !memcmp(t + i + dui, x + dui, dui));
                        else
                            cut = !(i >= a2 + dui && !memcmp(t + i - dui, x, dui));
                    }
                }
                /* 1880万人报名参加…考试: one doing, the noun is what it is (not
                 * 30所院校报名参加。: nothing after it) */
                if (cut && (has_at(t, b2, i, "参加") || has_at(t, b2, i, "參加")) &&
                    (has_before(t, a2, i, "报名") || has_before(t, a2, i, "報名")) &&
                    i + strlen("参加") < b2)
                    cut = false;
                if (cut && (has_at(t, b2, i, "组成") || has_at(t, b2, i, "組成")))
                    cut = skip_spaces(t, b2, i + strlen("组成")) >= b2;
                if (cut && (has_at(t, b2, i, "为") || has_at(t, b2, i, "為"))) {
                    /* (not 行为, 作为, 认为, 成为, 因为, 以为, nor at the end) */
                    static const char *const words[] = {"行", "作", "认", "認", "成", "因", "以"};
                    for (size_t w = 0; w < NELEM(words) && cut; w++)
                        cut = !has_before(t, a2, i, words[w]);
                    cut = cut && i + strlen("为") < b2;
                }
                if (cut) {
                    b2 = i;
                    cut_any = true;
                    break;
                }
            }
        }
        if (b2 > a2 && !cut_any)
            b2 = threshold_cut(t, a2, b2);
        /* round 9: 东岳、…、洋筠6个居委会和洋筠村委会: a count that sums up
         * a list of names ends its noun at the 和 that adds another item */
        size_t lb0 = f->lab_start;
        while (lb0 > 0 && (t[lb0 - 1] == ' ' || t[lb0 - 1] == '\t'))
            lb0--;
        if (b2 > a2 && cp_before(t, 0, lb0, NULL) == 0x3001) {
            for (size_t i = a2 + 1; i < b2; i++)
                if (join_at(t, b2, i, false)) {
                    b2 = i;
                    break;
                }
        }
        /* round 9: 授予…12个乡镇优胜乡镇荣誉称号, 71人先进工作者荣誉称号: the
         * title conferred is what is counted (without 荣誉称号; after the
         * counted noun when the title repeats it) */
        {
            static const char *const titles[] = {"荣誉称号", "榮譽稱號", "称号", "稱號"};
            for (size_t w = 0; w < NELEM(titles); w++)
                if (b2 > a2 + strlen(titles[w]) && has_before(t, a2, b2, titles[w])) {
                    b2 -= strlen(titles[w]);
                    int k1 = 0, k2 = 0;
                    cp_at(t, b2, a2, &k1);
                    if (k1 > 0)
                        cp_at(t, b2, a2 + (size_t)k1, &k2);
                    size_t head = k1 > 0 && k2 > 0 ? (size_t)k1 + (size_t)k2 : 0;
                    if (head && b2 - a2 > 2 * head && !memcmp(t + a2, t + b2 - head, head))
                        a2 += head;
                    break;
                }
        }
        /* round 10: 3项省级政府性基金在6月30日前: 在 before the next
         * figure is its preposition */
        if (k + 1 < l->len && b2 > a2 + strlen("在") && b2 == l->items[k + 1].start &&
            (has_before(t, a2, b2, "在") || has_before(t, a2, b2, "於") ||
             has_before(t, a2, b2, "于")))
            b2 -= strlen("在");
        /* round 10: 108个市直部门及所属397家: a noun that runs up to the
         * next count ends at the last join before it */
        if (k + 1 < l->len && b2 > a2 && b2 == l->items[k + 1].start &&
            l->items[k + 1].kind == BL_FIG_COUNT && l->items[k + 1].text == f->text) {
            for (size_t i = b2; i-- > a2 + 1;)
                if (join_at(t, b2, i, true)) {
                    b2 = i;
                    break;
                }
        }
        /* 705座大型水库和3729座…: the 和 before the next count is no part */
        static const char *const joins[] = {"和", "及", "与", "與", "、"};
        for (size_t w = 0; w < NELEM(joins); w++)
            if (b2 > a2 + strlen(joins[w]) && has_before(t, a2, b2, joins[w])) {
                b2 -= strlen(joins[w]);
                break;
            }
        /* round 7: 31個大城市城鎮調查失業率為5.1%: the 为 of the next figure */
        if (inside && b2 > a2 && (has_before(t, a2, b2, "为") || has_before(t, a2, b2, "為")) &&
            bl_utf8_count(t + a2, b2 - a2) >= 3)
            b2 -= strlen("为");
        /* 31个省份中: 中 (among) is no part of the noun (高中, 初中, 集中 are) */
        if (b2 > a2 + strlen("中") && has_before(t, a2, b2, "中") &&
            bl_utf8_count(t + a2, b2 - a2) >= 3) {
            static const char *const keep[] = {"高", "初", "集", "其", "空", "途", "当", "當",
                                               "家", "手", "心", "正", "之", "暗", "命", "居"};
            bool whole = false;
            for (size_t w = 0; w < NELEM(keep) && !whole; w++)
                whole = has_before(t, a2, b2 - strlen("中"), keep[w]);
            if (!whole)
                b2 -= strlen("中");
        }
        uint32_t c0 = cp_at(t, b2, a2, NULL);
        /* 5600亿元（预计数，下同）: a remark, no counted noun */
        size_t g2 = skip_spaces(t, clause_end > f->end ? clause_end : f->end,
                                f->end + reading_at(t, s->len, f->end)); /* (個(gè): no remark) */
        bool remark = has_at(t, clause_end, g2, "（") || has_at(t, clause_end, g2, "(");
        /* 访问次数:585 来源:水利部网站: words before a colon are the next
         * field's name, no counted noun */
        size_t g3 = skip_spaces(t, s->len, b2);
        if (b2 == clause_end && (has_at(t, s->len, g3, "：") || has_at(t, s->len, g3, ":")))
            remark = true;
        /* round 10: 投入212.96亿元持续改善城市居住品质: words after that
         * begin with an adverb or a verb of purpose are no noun */
        static const char *const no_noun[] = {"持续", "持續", "不断",   "不斷",
                                              "用于", "用於", "进一步", "進一步"};
        for (size_t w = 0; w < NELEM(no_noun) && !remark && b2 > a2; w++)
            remark = t[a2] == no_noun[w][0] && has_at(t, b2, a2, no_noun[w]);
        if (!remark && b2 > a2 && (a >= b || (c0 != CP_BAD && bl_is_han(c0))) &&
            (!inside_only || cut_any)) {
            if (inside_only || (among_end && b > a && !relative && !done)) {
                pre_a = a; /* 长三角地区, 规模工业 */
                pre_b = b;
            }
            a = a2;
            b = b2;
        }
    }
    /* 3. 合肥市教育系统先进集体：4所: a figure alone after a colon is the
     * value of the words before the colon */
    if (a >= b && k == s->clause_first && is_level_kind(f->kind) && !f->change &&
        s->clause_start > s->sentence_start && skip_spaces(t, f->start, s->clause_start) == a) {
        int kc;
        uint32_t c = cp_before(t, s->sentence_start, s->clause_start, &kc);
        if (c == 0xFF1A || c == ':') {
            size_t hb = s->clause_start - (size_t)kc, ha = hb;
            while (ha > s->sentence_start) {
                int kp;
                uint32_t cp = cp_before(t, s->sentence_start, ha, &kp);
                if (cp == CP_BAD || cp == 0xFF0C || cp == ',' || cp == 0x3002 || cp == 0xFF1B ||
                    cp == ';' || cp == 0x3001 || cp == 0xFF1A || cp == ':' || cp == '\n' ||
                    cp == ' ' || cp == '\t' || cp == 0x3000)
                    break;
                ha -= (size_t)kp;
            }
            /* the item's number: 3. 3、 (3) */
            while (ha < hb && ((t[ha] && strchr("0123456789. ()", t[ha])) ||
                               has_at(t, hb, ha, "．") || has_at(t, hb, ha, "、")))
                ha += has_at(t, hb, ha, "．") || has_at(t, hb, ha, "、") ? 3 : 1;
            trim_words(t, &ha, &hb, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
            uint32_t h0 = cp_at(t, hb, ha, NULL);
            if (hb > ha && h0 != CP_BAD && bl_is_han(h0)) {
                a = ha;
                b = hb;
            }
        }
    }
    bl_buf lb;
    bl_buf_init(&lb, l->mem);
    bulletin_status status = BULLETIN_OK;
    /* A bare attribute (金额109.82亿元 after 办理专利质押登记928笔) belongs to
     * the indicator just before it in the sentence: 办理专利质押登记金额. */
    const char *owner = ref_owner;
    /* (round 18: 個體戶17509戶,當年新增1564戶: a verb of addition alone
     * after a level of the same unit is that indicator's addition) */
    static const char *const added[] = {"新增", "净增", "淨增"};
    bool adds = false;
    for (size_t w = 0; w < NELEM(added) && !owner && !f->change && !adds && b > a; w++)
        adds = b - a == strlen(added[w]) && has_at(t, b, a, added[w]) && k > s->sentence_first &&
               is_level_kind(f->kind) && l->items[k - 1].text == f->text &&
               l->items[k - 1].base_unit[0] && !strcmp(l->items[k - 1].base_unit, f->base_unit);
    char rate_of[BL_FIG_LABEL_MAX];
    if (!owner && !f->change && b > a && k > s->sentence_first &&
        (adds || is_attribute_word(t + a, b - a))) {
        const bl_figure *p = &l->items[k - 1];
        /* (round 25: a rate word, the growth's before it: rate_of_growth) */
        owner = rate_of_growth(s, k, a, b, rate_of);
        if (!owner && p->text == f->text && p->label && *p->label && !p->change &&
            fig_kind_is_labelled(p->kind))
            owner = p->label;
    }
    /* round 18: 城镇登记失业率连续5年控制在4.1%以内: a value whose words
     * are only a verb after a span of 连续N年 is the indicator's the span
     * took */
    if (!owner && !f->change && b <= a && k > s->sentence_first && is_level_kind(f->kind)) {
        const bl_figure *p = &l->items[k - 1];
        if (p->text == f->text && p->kind == BL_FIG_DURATION && p->label && *p->label &&
            p->start >= s->clause_start &&
            (has_before(t, s->clause_start, p->start, "连续") ||
             has_before(t, s->clause_start, p->start, "連續")))
            owner = p->label;
    }
    /* …调整为12.36∶48.34∶39.3: a ratio after a verb of change alone is
     * another value of the ratio before it */
    if (!owner && !f->change && f->kind == BL_FIG_RATIO && b > a) {
        static const char *const turned[] = {"调整", "調整", "变",   "變",   "优化", "優化",
                                             "转变", "轉變", "演变", "演變"};
        /* (round 39 class 6: 演变为; 今年繼續優化為: a period and an
         * adverb before the verb) */
        static const char *const before[] = {"今年", "本年", "继续", "繼續", "进一步", "進一步",
                                             "持续", "持續", "不断", "不斷", "逐步"};
        size_t va = a;
        for (bool again = true; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(before); w++)
                if (b - va > strlen(before[w]) && has_at(t, b, va, before[w])) {
                    va += strlen(before[w]);
                    again = true;
                }
        }
        bool verb = false;
        for (size_t w = 0; w < NELEM(turned) && !verb; w++)
            verb = b - va == strlen(turned[w]) && has_at(t, b, va, turned[w]);
        for (size_t j = k; verb && j-- > s->sentence_first && !owner;) {
            const bl_figure *p = &l->items[j];
            if (p->text != f->text)
                break;
            if (p->kind == BL_FIG_RATIO && p->label && *p->label) {
                owner = p->label;
                a = b;
            }
        }
    }
    /* 人均地区生产总值38214元，按2019年平均汇率计算为5686美元: a value
     * converted by a clause of 按…计算 is the figure before it in another
     * unit */
    if (!owner && !f->change && is_level_kind(f->kind) && f->kind != BL_FIG_PERCENT &&
        f->part <= 1 && k > s->sentence_first && b > a &&
        (has_before_read(t, a, b, "计算") || has_before_read(t, a, b, "計算") ||
         /* (round 27: 按年均汇率折算为6908美元) */
         has_before_read(t, a, b, "折算") || has_before_read(t, a, b, "换算") ||
         has_before_read(t, a, b, "換算")) &&
        has_at(t, f->start, skip_spaces(t, f->start, s->clause_start), "按")) {
        for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW;) {
            const bl_figure *p = &l->items[j];
            if (p->text != f->text)
                break;
            /* (round 27: 人均生产总值47654元,增长3.1%;按…折算为: the level's
             * change between) */
            if (p->kind == BL_FIG_YEAR || p->kind == BL_FIG_DATE ||
                (p->change && p->link != BL_FIG_NO_LINK))
                continue;
            if (!p->change && is_level_kind(p->kind) && p->kind != BL_FIG_PERCENT && p->part <= 1 &&
                p->label && *p->label && p->base_unit[0] &&
                strcmp(p->base_unit, f->base_unit) != 0) {
                owner = p->label;
                a = b;
            }
            break;
        }
    }
    /* 突破5000亿元，达到5123.4亿元: a figure without words of its own is
     * another value of the indicator before it (the same base unit) */
    /* 在60%以下的省份: a percentage (or a range of them) with no words but
     * 在 is another value of the percentage before it */
    bool bare_percent = false;
    if ((f->kind == BL_FIG_PERCENT || (f->kind == BL_FIG_RANGE && !strcmp(f->unit, "%"))) &&
        f->part <= 1) {
        size_t ra = skip_spaces(t, f->lab_end, f->lab_start), rb = f->lab_end;
        while (rb > ra && (t[rb - 1] == ' ' || t[rb - 1] == '\t'))
            rb--;
        bare_percent = rb == ra || (rb - ra == strlen("在") && has_at(t, rb, ra, "在"));
    }
    /* 公路桥梁87.83万座、6063.46万m (增加2.68万座、494.86万m): a value in
     * another unit just after a list comma is the same indicator (or
     * change) measured another way */
    bool listed = false;
    const char *suffix = NULL;
    char relinked[BL_FIG_LABEL_MAX];
    if (!owner && b <= a && k > s->sentence_first && is_level_kind(f->kind) && f->part <= 1) {
        const bl_figure *p = &l->items[k - 1];
        size_t g = p->end < f->start ? skip_spaces(t, f->start, p->end) : f->start;
        if (has_at(t, f->start, g, "、") &&
            skip_spaces(t, f->start, g + strlen("、")) == f->start && p->text == f->text &&
            p->label && *p->label && is_level_kind(p->kind) && p->part <= 1 &&
            (p->change != 0) == (f->change != 0) && f->base_unit[0] && p->base_unit[0] &&
            strcmp(p->base_unit, f->base_unit) != 0) {
            owner = p->label;
            listed = true;
        }
    }
    if (!owner && !f->change && b <= a && fig_kind_is_labelled(f->kind) &&
        (f->kind == BL_FIG_COUNT || f->kind == BL_FIG_AMOUNT || f->kind == BL_FIG_QUANTITY ||
         bare_percent))
        /* at most the link window back: a clause of unlabelled figures
         * (5个5个5个...) stays linear */
        for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW && !owner;) {
            const bl_figure *p = &l->items[j];
            if (p->text != f->text || p->change)
                break;
            if (p->label && *p->label && !strcmp(p->base_unit, f->base_unit) && f->base_unit[0])
                owner = p->label;
        }
    /* 282.67%、190.70%和160.87%, 0.15、-5.64、1.34个百分点, 分别增长4.8%、
     * 7.2%: a value without words after a list comma or 和 is another
     * value of the same indicator (a change too) */
    if (!owner && b <= a && k > s->sentence_first && fig_kind_is_labelled(f->kind)) {
        const bl_figure *p = &l->items[k - 1];
        size_t g = p->end < f->start ? skip_spaces(t, f->start, p->end) : f->start;
        static const char *const seps[] = {"、", "和", "及", "与", "與"};
        bool sep = false;
        for (size_t w = 0; w < NELEM(seps) && !sep; w++)
            if (has_at(t, f->start, g, seps[w]) &&
                skip_spaces(t, f->start, g + strlen(seps[w])) == f->start)
                sep = true;
        if (sep && p->text == f->text && (suffix = other_linked_change(l, k)) != NULL) {
            owner = l->items[f->link].label; /* round 13: 同比分别增长18.4%和25.9% */
            listed = true;
        } else if (sep && p->text == f->text && p->label && *p->label &&
                   ((p->kind == f->kind && !strcmp(p->base_unit, f->base_unit) &&
                     (p->change != 0) == (f->change != 0)) ||
                    /* (round 15: 同比分别增长40%和1.2倍, a growth in
                     * times after one in per cent) */
                    (p->change && f->change && p->kind == BL_FIG_PERCENT &&
                     f->kind == BL_FIG_MULTIPLE) ||
                    /* (round 18: 3.22個、4.0個百分點, the unit shortened
                     * before: points of a contribution, no change) */
                    (p->unit[0] && strlen(p->unit) < strlen(f->unit) &&
                     !strncmp(f->unit, p->unit, strlen(p->unit)) && f->link == BL_FIG_NO_LINK))) {
            owner = p->label;
            listed = true;
            /* round 17: 降幅分别比1-2月收窄13.1个和13.0个百分点: changes of
             * two figures, each its own figure's subject */
            if (p->change && f->change && relinked_label(l, k, relinked))
                owner = relinked;
        }
    }
    /* 0—14岁人口为253383938人，占17.95%: the share of the figure before */
    /* (round 36: 佔 and 佔比為 too, and spaces before the value: 占 20.36 %) */
    bool share = false, share_trad = false;
    size_t share_end = f->lab_end;
    while (share_end > f->lab_start) {
        int kc;
        uint32_t c = cp_before(t, f->lab_start, share_end, &kc);
        if (c == CP_BAD || !is_space(c))
            break;
        share_end -= (size_t)kc;
    }
    static const char *const share_words[] = {"占", "占比为", "占比", "佔", "佔比為", "佔比"};
    bool share_word = false;
    for (size_t w = 0; w < NELEM(share_words) && !share_word; w++)
        if (has_before(t, f->lab_start, share_end, share_words[w])) {
            share_word = true;
            share_trad = w >= 3;
        }
    if (!owner && !f->change && f->kind == BL_FIG_PERCENT && b <= a && k > s->sentence_first &&
        share_word) {
        const bl_figure *p = &l->items[k - 1];
        /* (round 24: 出口交貨值97.16億元,增長35.2%,占41.4%: the share of
         * the level whose change is just before it) */
        if (p->change && k >= s->sentence_first + 2 && p->link == k - 2 && p->text == f->text)
            p = &l->items[k - 2];
        if (p->text == f->text && p->label && *p->label && !p->change &&
            fig_kind_is_labelled(p->kind) && p->kind != BL_FIG_PERCENT) {
            owner = p->label;
            share = true;
        }
    }
    /* round 14: 增長7.6%,…,並高於4月的1.5%: a value of another month
     * month_of with (高于, 低于 before the month) is the value of the
     * change of a level before it in the sentence, its base (按年, 同比, 环比) left out */
    char month_of[BL_FIG_LABEL_MAX];
    if (!owner && !f->change && f->kind == BL_FIG_PERCENT && b <= a && k > s->sentence_first) {
        const bl_figure *p = &l->items[k - 1];
        static const char *const than[] = {"高于", "高於", "低于", "低於"};
        bool month =
            p->text == f->text && p->kind == BL_FIG_DATE && p->end <= f->start &&
            has_before(t, p->start, p->end, "月") && p->start >= s->clause_start &&
            has_at(t, f->start, skip_spaces(t, f->start, p->end), "的") &&
            skip_spaces(t, f->start, skip_spaces(t, f->start, p->end) + strlen("的")) == f->start;
        bool cmp = false;
        for (size_t i = s->clause_start; month && !cmp && i + strlen("高于") <= p->start; i++)
            for (size_t w = 0; w < NELEM(than) && !cmp; w++)
                cmp = has_at(t, p->start, i, than[w]);
        for (size_t j = k - 1;
             cmp && j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW && !owner;) {
            const bl_figure *q = &l->items[j];
            if (q->text != f->text)
                break;
            /* (a change of a level, not 高於市場預期增長5.7%) */
            if (!q->change || q->kind != BL_FIG_PERCENT || q->link == BL_FIG_NO_LINK || !q->label ||
                !*q->label)
                continue;
            static const char *const base[] = {"按年", "同比", "环比", "環比"};
            size_t qn = strlen(q->label), o = 0;
            for (size_t i = 0; i < qn && o + 1 < sizeof month_of;) {
                size_t skip = 0;
                for (size_t w = 0; w < NELEM(base) && !skip; w++)
                    if (has_at(q->label, qn, i, base[w]))
                        skip = strlen(base[w]);
                if (skip) {
                    i += skip;
                    continue;
                }
                month_of[o++] = q->label[i++];
            }
            month_of[o] = '\0';
            if (o)
                owner = month_of;
            break;
        }
    }
    /* 辖内财政收入迈过千亿大关，达1330亿元: a value without words, first in
     * its clause, takes the subject of the clause before it when that
     * clause holds no figure (up to its verb) */
    if (!owner && b <= a && !f->change && is_level_kind(f->kind) && k == s->clause_first &&
        s->clause_start > s->sentence_start) {
        size_t pa, pb;
        if (comma_clause_before(s, &pa, &pb)) {
            /* (round 18: 9月份深圳鹽田港的集裝箱吞吐量也再創…: periods in
             * it are no figures, and no part of the subject) */
            size_t after_period = pa;
            bool figure = figure_in_clause(s, k, &after_period);
            static const char *const verbs[] = {"迈过", "邁過", "跨越", "跨入", "突破", "超过",
                                                "超過", "首次", "再创", "再創", "创",   "創",
                                                "迈上", "邁上", "站上", "达到", "達到",
                                                /* figlab47: 供用水量持平，为13.03亿立方米 */
                                                "与上年持平", "與上年持平", "同比持平", "比上年持平",
                                                "较上年持平", "較上年持平", "持平"};
            size_t vb = pb;
            for (size_t i = pa; i < pb && vb == pb; i++)
                for (size_t w = 0; w < NELEM(verbs); w++)
                    if (has_at(t, pb, i, verbs[w])) {
                        vb = i;
                        break;
                    }
            /* round 29: 实现粮食生产‘八连增',到达244.5万吨: a streak (八连增,
             * 十连涨, in quotes or not) ends the subject as such a verb does */
            static const char *const streaks[] = {"连增", "連增", "连涨", "連漲", "连丰",
                                                  "連豐", "连升", "連升"};
            for (size_t i = pa; i < pb && vb == pb; i++)
                for (size_t w = 0; w < NELEM(streaks) && vb == pb; w++) {
                    int kn;
                    uint32_t c = cp_before(t, pa, i, &kn);
                    if (has_at(t, pb, i, streaks[w]) && c != CP_BAD && is_cn_numeral(c)) {
                        vb = i - (size_t)kn;
                        if (has_before(t, pa, vb, "‘") || has_before(t, pa, vb, "“"))
                            vb -= strlen("‘");
                        else if (vb > pa && (t[vb - 1] == '\'' || t[vb - 1] == '"'))
                            vb--;
                    }
                }
            if (!figure && vb < pb && after_period < vb) {
                size_t xa = after_period, xb = vb;
                if (xa > pa && has_at(t, xb, xa, "份"))
                    xa += strlen("份");
                trim_words(t, &xa, &xb, label_lead, NELEM(label_lead), label_trail,
                           NELEM(label_trail));
                uint32_t h0 = cp_at(t, xb, xa, NULL);
                if (xb > xa && h0 != CP_BAD && bl_is_han(h0) &&
                    bl_utf8_count(t + xa, xb - xa) >= 2) {
                    a = xa;
                    b = xb;
                }
            }
        }
    }
    /* 规上工业增加值同比增长9.9%，…，居全省第4位: a rank whose words are
     * only its verb and scope (dropped: a rank is labelled with what is
     * ranked) ranks the figure the sentence is about (the last before it
     * that is no comparison of points or another rank) */
    if (!owner && f->kind == BL_FIG_RANK && b <= a && k > s->sentence_first)
        owner = label_back(s, k, ranked_passes);
    /* 收入31751万元，完成预算数31220万元的101.7%: a share of the reference
     * value just before it is the indicator's before that (收入完成预算数) */
    if (!owner && !f->change && f->kind == BL_FIG_PERCENT && f->part <= 1 && b <= a &&
        k > s->sentence_first + 1) {
        const bl_figure *p = &l->items[k - 1];
        size_t g = p->end < f->start ? skip_spaces(t, f->start, p->end) : f->start;
        size_t pa = skip_spaces(t, p->lab_end, p->lab_start), pb = p->lab_end;
        static const char *const ref[] = {"占", "佔", "为", "為", "是", "完成"};
        bool is_ref = false;
        for (size_t w = 0; w < NELEM(ref) && !is_ref; w++)
            is_ref = has_at(t, pb, pa, ref[w]) && pb > pa + strlen(ref[w]);
        if (is_ref && p->text == f->text && !p->change && is_level_kind(p->kind) &&
            p->kind != BL_FIG_PERCENT && p->part <= 1 && has_at(t, f->start, g, "的") &&
            skip_spaces(t, f->start, g + strlen("的")) == f->start)
            for (size_t j = k - 1; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW;) {
                const bl_figure *q = &l->items[j];
                if (q->text != f->text)
                    break;
                if (q->change || q->kind == BL_FIG_YEAR || q->kind == BL_FIG_DATE ||
                    q->kind == BL_FIG_PERCENT)
                    continue;
                if (q->label && *q->label && fig_kind_is_labelled(q->kind) &&
                    !strcmp(q->base_unit, p->base_unit)) {
                    owner = q->label;
                    a = pa;
                    b = pb;
                    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
                        b--;
                }
                break;
            }
    }
    /* 收入31751万元，较上年28899万元增长9.9%: the value the comparison
     * is made with is the indicator's in the base period (收入上年) */
    if (!owner && !f->change && is_level_kind(f->kind) && f->kind != BL_FIG_PERCENT && b > a) {
        static const char *const cmp[] = {"较", "較", "比"};
        static const char *const base[] = {"上年同期", "去年同期", "上年末",
                                           "去年末",   "上年",     "去年"};
        size_t e = b, x = 0;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        for (size_t w = 0; w < NELEM(cmp) && !x; w++)
            if (has_at(t, e, a, cmp[w]))
                for (size_t v = 0; v < NELEM(base) && !x; v++)
                    if (e - a == strlen(cmp[w]) + strlen(base[v]) &&
                        has_at(t, e, a + strlen(cmp[w]), base[v]))
                        x = a + strlen(cmp[w]);
        if (x) {
            a = x;
            b = e;
            owner = label_back(s, k, base_value_passes);
        }
    }
    if (owner && strlen(owner) + (b - a) + (suffix ? strlen(suffix) : 0) < BL_FIG_LABEL_MAX) {
        status = bl_buf_puts(&lb, owner);
        if (suffix && status == BULLETIN_OK)
            status = bl_buf_puts(&lb, suffix);
    }
    if (share && status == BULLETIN_OK)
        status = bl_buf_puts(&lb, share_trad ? "佔比" : "占比");
    /* 同比增长3.9%，涨幅较1-4月扩大1.1个百分点; 增速比一季度加快: a change
     * of the rate of the linked change is its indicator's rate word and
     * verb (社会消费品零售总额涨幅扩大), the base of the comparison dropped */
    if (f->change && !owner && !listed && f->link != BL_FIG_NO_LINK && l->items[f->link].label &&
        status == BULLETIN_OK && lb.len == 0) {
        static const char *const grew[] = {"同比增长", "同比增長", "同比下降", "同比增加",
                                           "同比减少", "增长",     "增長",     "下降",
                                           "增加",     "减少",     "減少"};
        size_t ca = skip_spaces(t, f->start, s->clause_start), wn = 0, vn = 0, gn = 0;
        /* only periods (1-4月) before it in the clause (a few) */
        bool periods = k - s->clause_first <= BL_FIG_LINK_WINDOW;
        for (size_t j = s->clause_first; j < k && periods; j++)
            periods = l->items[j].text != f->text || is_period_range(&l->items[j]) ||
                      l->items[j].kind == BL_FIG_DATE || year_quarter(t, &l->items[j]);
        for (size_t w = 0; w < NELEM(rate_words) && !wn; w++)
            if (has_at(t, f->start, ca, rate_words[w]))
                wn = strlen(rate_words[w]);
        size_t e = b;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        /* round 18: 也比上月加快了: 了 after the verb and 也 before the
         * base are neither's */
        if (e >= a + strlen("了") && has_before(t, a, e, "了"))
            e -= strlen("了");
        if (has_at(t, e, ca, "也") &&
            (has_at(t, e, ca + strlen("也"), "比") || has_at(t, e, ca + strlen("也"), "较") ||
             has_at(t, e, ca + strlen("也"), "較")))
            ca += strlen("也");
        for (size_t w = 0; w < NELEM(rate_verbs) && !vn && e > a; w++)
            if (has_before(t, a, e, rate_verbs[w]))
                vn = strlen(rate_verbs[w]);
        const char *ll = l->items[f->link].label;
        size_t n = strlen(ll);
        for (size_t w = 0; w < NELEM(grew) && !gn && vn; w++)
            if (n > strlen(grew[w]) && has_before(ll, 0, n, grew[w]))
                gn = strlen(grew[w]);
        /* round 18: 两年平均增长5.2%,增速比上月加快: the rate is the
         * indicator's, the span of its average no part of it */
        size_t spn = gn == strlen("增长") ? average_span_before(ll, 0, n - gn) : 0;
        if (spn && n <= gn + spn)
            spn = 0;
        /* (round 20: 负增长24.1%,降幅比1-2月收窄: the 负 is the verb's) */
        bool neg = gn == strlen("增长") && n > gn + strlen("负") &&
                   (has_before(ll, 0, n - gn, "负") || has_before(ll, 0, n - gn, "負"));
        if (neg)
            gn += strlen("负");
        bool compared = false; /* 比一季度, 较1-4月 between them */
        for (size_t i = ca + wn; wn && i < e - vn && !compared; i++)
            compared = has_at(t, e, i, "比") || has_at(t, e, i, "较") || has_at(t, e, i, "較");
        /* round 17: 比2月累计增速上升, 比一季度增速加快: the base before the
         * rate word (累计 with it), the rate word just before the verb */
        size_t ra = ca;
        if (!wn && vn &&
            (has_at(t, e, ca, "比") || has_at(t, e, ca, "较") || has_at(t, e, ca, "較")))
            for (size_t w = 0; w < NELEM(rate_words) && !wn; w++) {
                size_t x = e - vn - strlen(rate_words[w]);
                if (e - vn >= ca + strlen("比") + strlen(rate_words[w]) && x - ca <= 30 &&
                    has_at(t, e, x, rate_words[w])) {
                    wn = strlen(rate_words[w]);
                    ra = x;
                    if (has_before(t, ca, ra, "累计") || has_before(t, ca, ra, "累計")) {
                        ra -= strlen("累计");
                        wn += strlen("累计");
                    }
                    compared = ra > ca + strlen("比");
                }
            }
        /* round 20: 项目投资负增长24.6%,收窄9.4个百分点: a verb alone after a
         * fall written as 负增长 changes its 降幅 */
        const char *rw = t + ra;
        bool fell = !wn && vn && neg && ca + vn == e;
        if (fell) {
            rw = "降幅";
            wn = strlen("降幅");
        }
        /* round 18: 增长5.5%,也比上月加快了0.2个百分点: points whose words
         * are only a base and the verb change the growth's 增速 (of a
         * growth in per cent: not 拉动GDP增长3.4个百分点) */
        /* (round 24: 增长3.7%,同比回落28.4个百分点: 同比 is such a base) */
        bool tongbi = ca + strlen("同比") + vn == e && has_at(t, e, ca, "同比");
        if (!wn && vn && gn && !neg && f->kind == BL_FIG_POINTS &&
            l->items[f->link].kind == BL_FIG_PERCENT && e - vn > ca + strlen("比") &&
            (has_at(t, e, ca, "比") || has_at(t, e, ca, "较") || has_at(t, e, ca, "較") ||
             tongbi) &&
            strncmp(ll + n - gn, "下降", gn) && strncmp(ll + n - gn, "减少", gn) &&
            strncmp(ll + n - gn, "減少", gn) && strncmp(ll + n - gn, "同比下降", gn)) {
            bool plain = true; /* (the base holds no rate word of its own) */
            for (size_t w = 0; w < NELEM(rate_words) && plain; w++)
                for (size_t i = ca; i < e - vn && plain; i++)
                    plain = !has_at(t, e - vn, i, rate_words[w]);
            if (plain) {
                rw = "增速";
                wn = strlen("增速");
                compared = true;
            }
        }
        if (periods && wn && vn && gn && (compared || fell || ca + wn == e - vn) &&
            n - gn - spn + wn + vn < BL_FIG_LABEL_MAX) {
            status = bl_buf_put(&lb, ll, n - gn - spn);
            if (status == BULLETIN_OK)
                status = bl_buf_put(&lb, rw, wn);
            if (status == BULLETIN_OK)
                status = bl_buf_put(&lb, t + e - vn, vn);
            listed = true; /* (the linked label is said) */
            a = b;
        }
    }
    if (f->change && !listed && f->link != BL_FIG_NO_LINK && l->items[f->link].label &&
        !(b - a >= strlen(l->items[f->link].label) && *l->items[f->link].label &&
          memcmp(t + a, l->items[f->link].label, strlen(l->items[f->link].label)) == 0) &&
        !change_names_itself(t, a, b, &l->items[f->link]) &&
        !(l->items[f->link].start >= a && l->items[f->link].end <= b)) {
        /* (not when the change's own words name it: 汉族人口增加; nor hold
         * the linked figure: 5千万以下固定资产投资增速同比下降) */
        const char *ll = l->items[f->link].label;
        size_t n = linked_words(t, f, &l->items[f->link], a, b, ll, strlen(ll));
        /* 占全国在园幼儿的比例比上年提高 after 普惠性幼儿园在园幼儿占全国在园
         * 幼儿的比例: the words the linked label ends with are said once */
        for (size_t p = b - a < n ? b - a : n; p >= 6; p--)
            if (((unsigned char)t[a + p] & 0xC0) != 0x80 && !memcmp(t + a, ll + n - p, p)) {
                a += p;
                break;
            }
        /* the verb phrase keeps its place when the linked label is long */
        size_t room = BL_FIG_LABEL_MAX > (b - a) ? BL_FIG_LABEL_MAX - (b - a) : 0;
        status = bl_buf_put(&lb, ll, cut_label_to(ll, 0, n, room));
    }
    /* round 18: 占规模以上工业增加值的比重85.9%，同比增长5.2%: a growth of
     * no figure whose words are only its verb, right after a share named
     * by 比重/占比, is the growth of the share's subject, said before
     * 占/佔 in the share's label (links.c links it to no share) */
    if (f->change && !owner && !listed && lb.len == 0 && f->link == BL_FIG_NO_LINK &&
        f->kind == BL_FIG_PERCENT && k > s->sentence_first && status == BULLETIN_OK) {
        static const char *const bare[] = {"同比增长", "同比增長", "同比下降", "同比增加",
                                           "同比减少", "同比減少", "增长",     "增長",
                                           "下降",     "增加",     "减少",     "減少"};
        static const char *const named[] = {"比重",   "占比",   "佔比",   "比重为",
                                            "比重為", "占比为", "占比為", "比重达",
                                            "比重達", "占比达", "占比達"};
        const bl_figure *p = &l->items[k - 1];
        size_t e = b, pn = p->label ? strlen(p->label) : 0;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        bool verb = false, named_share = false;
        for (size_t w = 0; w < NELEM(bare) && !verb; w++)
            verb = e - a == strlen(bare[w]) && has_at(t, e, a, bare[w]);
        for (size_t w = 0; w < NELEM(named) && verb && !named_share; w++)
            named_share = has_before(t, p->ctx_start, p->start, named[w]);
        if (named_share && p->text == f->text && p->kind == BL_FIG_PERCENT && !p->change && pn) {
            size_t n = linked_words(t, f, p, a, b, p->label, pn);
            if (n < pn && n + (b - a) < BL_FIG_LABEL_MAX)
                status = bl_buf_put(&lb, p->label, n);
        }
    }
    /* 全国人口与2010年…的1339724852人相比，增加72053872人: a change of no
     * figure, only a verb, after a comparison that opens the sentence with
     * its subject before 与: that subject */
    if (f->change && !owner && !listed && lb.len == 0 && b > a &&
        bl_utf8_count(t + a, b - a) <= 2 &&
        (f->link == BL_FIG_NO_LINK || !l->items[f->link].label || !*l->items[f->link].label) &&
        s->clause_start > s->sentence_start) {
        size_t cmp = 0, with = 0;
        for (size_t i = s->sentence_start; i + strlen("相比") <= s->clause_start && !cmp; i++)
            if (has_at(t, s->clause_start, i, "相比"))
                cmp = i;
        for (size_t i = s->sentence_start; cmp && i < cmp && !with; i++)
            if (has_at(t, cmp, i, "与") || has_at(t, cmp, i, "與") || has_at(t, cmp, i, "同"))
                with = i;
        size_t sa = s->sentence_start, sb = with;
        bool figure = s->sentence_first < l->len && l->items[s->sentence_first].text == f->text &&
                      l->items[s->sentence_first].start < with;
        if (with && !figure) {
            /* the subject as written (全国人口: no scope dropped) */
            trim_words(t, &sa, &sb, NULL, 0, label_trail, NELEM(label_trail));
            uint32_t c0 = cp_at(t, sb, sa, NULL);
            if (sb > sa && c0 != CP_BAD && bl_is_han(c0) && bl_utf8_count(t + sa, sb - sa) >= 2 &&
                sb - sa + (b - a) < BL_FIG_LABEL_MAX)
                status = put_clean(&lb, t, sa, sb, NULL, 0);
        }
    }
    /* round 10: 同比增長11.6%，兩年平均增長7.9%: a change whose words are
     * only a verb (after a span: 兩年平均, 年均) and that changes no
     * labelled figure is of the indicator of the change before it in the
     * sentence */
    if (f->change && !owner && !listed && lb.len == 0 && b > a && status == BULLETIN_OK &&
        k > s->sentence_first &&
        (f->link == BL_FIG_NO_LINK || !l->items[f->link].label || !*l->items[f->link].label)) {
        /* (round 32: 上涨 上漲 上升 下跌 of prices too) */
        static const char *const grew[] = {"同比增长", "同比增長", "同比下降", "增长", "增長",
                                           "下降",     "增加",     "减少",     "減少", "上涨",
                                           "上漲",     "上升",     "下跌"};
        /* (round 32: 两年平均增长8.0%,同比增长5.2%; 同比上涨1.8%,环比上涨0.1%:
         * 同比 or 环比 after a span or the other) */
        static const char *const spans[] = {"", "同比", "环比", "環比"};
        size_t e = b, vn = 0;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        for (size_t w = 3; w < NELEM(grew) && !vn; w++) /* (its own verb: not 同比) */
            if (has_before(t, a, e, grew[w]))
                vn = strlen(grew[w]);
        bool bare = vn && e - vn > a && average_span_before(t, a, e - vn) == e - vn - a;
        for (size_t w = 0; w < NELEM(spans) && vn && !bare; w++)
            bare = e - vn - a == strlen(spans[w]) && has_at(t, e, a, spans[w]);
        const bl_figure *p = bare ? &l->items[change_before_span(l, k, a, b, s->sentence_first)] : NULL;
        size_t pn = p && p->text == f->text && p->change && p->label ? strlen(p->label) : 0, gn = 0;
        for (size_t w = 0; w < NELEM(grew) && pn && !gn; w++)
            if (pn > strlen(grew[w]) && has_before(p->label, 0, pn, grew[w]))
                gn = strlen(grew[w]);
        gn += gn ? span_before_verb(p->label, pn - gn) : 0;
        if (gn && pn - gn + (b - a) < BL_FIG_LABEL_MAX)
            status = bl_buf_put(&lb, p->label, pn - gn);
    }
    /* round 12: 居民消費價格總水平(CPI)同比持平,環比上漲0.4% */
    /* (round 17: 服務業增加值實現兩位數增長,同比增長; 房地產投資止跌,實現增長:
     * 实现 before the verb too, then dropped) */
    if (!owner && f->change && k == s->clause_first && pre_b <= pre_a && lb.len == 0 && b > a &&
        s->clause_start > s->sentence_start && status == BULLETIN_OK &&
        (has_at(t, b, a, "环比") || has_at(t, b, a, "環比") || has_at(t, b, a, "同比") ||
         has_at(t, b, a, "实现") || has_at(t, b, a, "實現") || chars_read(t, a, b) <= 2) &&
        chars_read(t, a, b) <= 4) {
        unchanged_subject(s, k, b - a, &pre_a, &pre_b);
        if (pre_b > pre_a && (has_at(t, b, a, "实现") || has_at(t, b, a, "實現")))
            a += strlen("实现");
    }
    if (pre_b > pre_a && status == BULLETIN_OK && pre_b - pre_a + (b - a) < BL_FIG_LABEL_MAX)
        status = put_clean(&lb, t, pre_a, pre_b, NULL, 0);
    /* 城市平均优良天数比例 after 长三角地区41个: the count's scope first */
    if (!owner && lb.len == 0 && b > a && k > s->clause_first && status == BULLETIN_OK) {
        const bl_figure *p = &l->items[k - 1];
        size_t n = p->label ? strlen(p->label) : 0;
        if (p->text == f->text && p->kind == BL_FIG_COUNT && !p->change && n &&
            f->lab_start >= p->end && a == skip_spaces(t, b, f->lab_start))
            for (size_t i = 1; i < n; i++)
                if (((unsigned char)p->label[i] & 0xC0) != 0x80 && n - i <= b - a &&
                    !memcmp(p->label + i, t + a, n - i)) {
                    if (i + (b - a) < BL_FIG_LABEL_MAX)
                        status = bl_buf_put(&lb, p->label, i);
                    break;
                }
    }
    /* round 14: 統計公報發布醫保基金累計結存4.26萬億元: a headline's two
     * phrases, the first ending with 公报发布: the figure's words are the
     * last phrase's */
    if (b > a) {
        size_t h = headline_phrase(t, a, b);
        if (h != a) {
            a = h;
            trim_words(t, &a, &b, label_lead, NELEM(label_lead), NULL, 0);
        }
    }
    /* 其中“三类500强”项目1个: a name in quotes the words begin inside keeps
     * its opening quote */
    if (b > a && a >= strlen("“") && has_before(t, 0, a, "“")) {
        bool closed = false, opened = false;
        for (size_t i = a; i < b && !closed && !opened; i++) {
            opened = has_at(t, b, i, "“");
            closed = has_at(t, b, i, "”");
        }
        if (closed)
            a -= strlen("“");
    }
    /* round 17: 拟表彰对象（含追授44人）: a level inside a remark left open
     * before it counts the remark's words (after 含), not the words before
     * the parenthesis */
    if (!ref_owner && !f->change && is_level_kind(f->kind) && b > a &&
        (memchr(t + a, '(', b - a) || memchr(t + a, 0xEF, b - a))) {
        size_t o = open_paren_end(t, a, b);
        /* (总产出指数（上年=100）: the base of the index named before it, as
         * 1978=100; 信息表（每个展会1张）: a rate per item, the thing before) */
        bool base = o && (memchr(t + o, '=', b - o) || has_before(t, o, b, "＝"));
        bool per = o && !base && has_at(t, b, o, "每");
        if (per) {
            /* round 29: 请将知识产权（专利）展会信息表（每个展会1张）: the
             * thing before the remark, after a parenthesis closed before it
             * (two characters or more) */
            size_t ob = o - (t[o - 1] == '(' ? 1 : strlen("（")), oa = a;
            for (size_t i = a; i < ob; i++)
                if (t[i] == ')' && bl_utf8_count(t + i + 1, ob - i - 1) >= 2)
                    oa = i + 1;
                else if (has_at(t, ob, i, "）") &&
                         bl_utf8_count(t + i + strlen("）"), ob - i - strlen("）")) >= 2)
                    oa = i + strlen("）");
            trim_words(t, &oa, &ob, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
            if (ob > oa && bl_utf8_count(t + oa, ob - oa) >= 2) {
                a = oa;
                b = ob;
            }
            o = 0;
        }
        if (base) {
            size_t ob = o - (t[o - 1] == '(' ? 1 : strlen("（")), oa = a;
            trim_words(t, &oa, &ob, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
            if (ob > oa) {
                a = oa;
                b = ob;
            }
        } else if (o) {
            size_t oa = o, ob = b;
            if (has_at(t, ob, oa, "含"))
                oa += strlen("含"); /* (label_lead has （含) */
            else if (has_at(t, ob, oa, "包括"))
                oa += strlen("包括");
            trim_words(t, &oa, &ob, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
            uint32_t c0 = cp_at(t, ob, oa, NULL);
            if (ob > oa && c0 != CP_BAD && bl_is_han(c0)) {
                a = oa;
                b = ob;
            }
        }
    }
    /* round 29: 增幅高于全省31.3%的平均外贸增幅: a level in per cent before
     * 的 and a rate's noun ending its clause is that rate's value: the
     * noun names it, not the comparison before it */
    if (!ref_owner && !f->change && f->kind == BL_FIG_PERCENT) {
        size_t e = rate_noun_after(t, clause_end, f->end);
        if (e) {
            a = f->end + strlen("的");
            b = e;
        } else if ((e = survey_after(t, clause_end, f->end)) != 0) {
            a = f->end; /* round 29: 5‰人口变动抽样调查: the survey's */
            b = e;
        }
    }
    /* round 29: 普查登记的大陆31个省、自治区、直辖市和现役军人的人口共
     * 1411778724人: a count before it whose counted noun follows it and runs
     * on, through 的, to this figure's words is inside its subject, which
     * begins before that count (after the clause's mark, not a list's 、) */
    if (!ref_owner && !f->change && is_level_kind(f->kind) && k > s->sentence_first && a < b) {
        const bl_figure *p = &l->items[k - 1];
        size_t pl = p->label ? strlen(p->label) : 0;
        bool de = false;
        for (size_t i = p->end + pl; pl && i + strlen("的") <= b && !de; i++)
            de = has_at(t, b, i, "的");
        if (de && p->text == f->text && p->kind == BL_FIG_COUNT && !p->change && p->part == 0 &&
            p->end < a && has_at(t, b, p->end, p->label) && !clause_mark_between(t, p->start, b)) {
            size_t q = p->start, lo = q > 600 ? q - 600 : 0; /* (a clause of figures: linear) */
            if (lo < s->sentence_start)
                lo = s->sentence_start;
            bool marked = false; /* (or the sentence's start reached) */
            while (q > lo && !marked) {
                int kc;
                uint32_t c = cp_before(t, lo, q, &kc);
                marked = c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A ||
                         c == ':' || c == 0x3002;
                if (c == CP_BAD)
                    break;
                if (!marked)
                    q -= (size_t)kc;
            }
            marked = marked || q == s->sentence_start;
            size_t qb = b;
            trim_words(t, &q, &qb, label_lead, NELEM(label_lead), NULL, 0);
            if (marked && q < p->start)
                a = q;
        }
    }
    /* round 29: 出台服务民营经济高质量发展21条措施: a count after a verb of
     * issuing (出台, 制定, 印发, 发布, 推出, 颁布) whose measure word a noun
     * follows to the clause's end counts that noun: the words before name
     * it with the noun (appended below) */
    size_t noun_a = 0, noun_b = 0;
    if (!ref_owner && !f->change && f->kind == BL_FIG_COUNT && a < b) {
        static const char *const issue[] = {"出台", "制定", "印发", "印發", "发布",
                                            "發布", "推出", "颁布", "頒布"};
        bool issued = false;
        for (size_t w = 0; w < NELEM(issue) && !issued; w++)
            issued = has_at(t, b, a, issue[w]);
        size_t e = issued ? noun_after_count(t, clause_end, f->end) : 0;
        if (e && bl_utf8_count(t + a, b - a) > 2) {
            noun_a = f->end;
            noun_b = e;
        }
    }
    /* round 29: 300兆瓦级F级重型燃气轮机: a quantity grading the thing after
     * its 级 is that thing's (not the words before it: 自主研制的) */
    if (!ref_owner && !f->change && f->kind == BL_FIG_QUANTITY) {
        size_t na = 0, nb = graded_thing(t, clause_end, f->end, &na);
        if (nb) {
            a = na;
            b = nb;
        }
    }
    /* round 29: 全国总人口[2]为1443497378人，其中：普查登记的大陆31个省…的人口:
     * a census's total beside the mainland's keeps its 全国, a level of
     * its own (the golds' rule, as for a budget's name) */
    if (!ref_owner && a >= strlen("全国") && a < b &&
        (has_at(t, b, a, "总人口") || has_at(t, b, a, "總人口")) &&
        (has_before(t, 0, a, "全国") || has_before(t, 0, a, "全國"))) {
        bool mainland = false;
        for (size_t i = a; i + strlen("大陆") <= s->len && i < a + 600 && !mainland; i++)
            mainland = has_at(t, s->len, i, "大陆") || has_at(t, s->len, i, "大陸");
        /* (or in the paragraphs after its 其中：, which ends its own) */
        size_t e = s->len;
        while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\n'))
            e--;
        if (has_before(t, a, e, "：") || has_before(t, a, e, ":"))
            e -= has_before(t, a, e, ":") ? 1 : strlen("：");
        if (!mainland && e < s->len && has_before(t, a, e, "其中") && e - a < 200)
            mainland = true;
        if (mainland)
            a -= strlen("全国");
    }
    /* round 17: 郵政業務總量在上年快速增長的基礎上繼續增長: 在…的基础上
     * (and 继续 after it) before a change's verb is its circumstance, no
     * part of the label (基's three bytes first) */
    /* round 36: 由第二次普查的95.5%，提升至 (the verb after the clause or
     * the line): a level's words that open with 由/从/從 and end at the 的
     * just before it name where it was measured, the preposition none */
    if (!f->change && !owner && is_level_kind(f->kind) && b > a && lb.len == 0) {
        static const char *const from[] = {"由", "从", "從"};
        size_t d = skip_spaces(t, f->start, b);
        bool de = has_at(t, f->start, d, "的") && skip_spaces(t, f->start, d + strlen("的")) == f->start;
        for (size_t w = 0; w < NELEM(from) && de; w++)
            if (has_at(t, b, a, from[w]) && bl_is_han(cp_at(t, b, a + strlen(from[w]), NULL)) &&
                bl_utf8_count(t + a + strlen(from[w]), b - a - strlen(from[w])) >= 2) {
                a += strlen(from[w]);
                break;
            }
    }
    /* round 36: 组织动员了普查员…的工作人员4336人, 培訓了普查人員856人: a
     * verb phrase ending in 了 (up to five characters, not 了解) at a
     * level's head is what was done, not what is counted */
    if (!f->change && !owner && is_level_kind(f->kind) && b > a && lb.len == 0) {
        size_t i = a;
        for (int n = 0; n < 6 && i < b; n++) {
            int kc;
            uint32_t c = cp_at(t, b, i, &kc);
            if (c == CP_BAD || !bl_is_han(c))
                break;
            /* (n == 0: the verb before it trimmed as a lead word already:
             * 全县完成了投资120亿元 -> 了投资) */
            if (c == 0x4E86 /* 了 */) {
                size_t e = i + (size_t)kc;
                uint32_t nx = cp_at(t, b, e, NULL);
                if (nx != CP_BAD && bl_is_han(nx) && nx != 0x89E3 /* 解 */ &&
                    bl_utf8_count(t + e, b - e) >= 2)
                    a = e;
                break;
            }
            i += (size_t)kc;
        }
    }
    /* figlab46 (round 46 class 12, audit-ningbo-2022 6:295): 审计机关共组织
     * 完成审计和审计调查项目294个: the actor and a verb of organising chained
     * to a verb of doing (组织完成, 组织开展, 组织实施) before a level are who
     * did it and what was done, not what is counted (within the label's
     * first 16 characters; two characters or more left) */
    if (!f->change && !owner && is_level_kind(f->kind) && b > a && lb.len == 0) {
        static const char *const org[] = {"组织完成", "組織完成", "组织开展", "組織開展",
                                          "组织实施", "組織實施"};
        size_t lim = a + 16 * 3 < b ? a + 16 * 3 : b;
        for (size_t i = a; i < lim; i++) {
            if (t[i] != "组"[0] && t[i] != "組"[0])
                continue;
            size_t e = 0;
            for (size_t w = 0; w < NELEM(org) && !e; w++)
                if (has_at(t, b, i, org[w]))
                    e = i + strlen(org[w]);
            if (e && bl_utf8_count(t + e, b - e) >= 2) {
                a = e;
                break;
            }
        }
    }
    /* round 40 class 8 (meeting-notice-yuhuan 7:169): 县监察局、县交警大队、
     * …、大鹿岛旅游开发总公司(由…通知)分管安全生产工作的领导各1名: words too
     * long for a label that list items with 、 are no label cut short: what
     * follows the last item (past a remark in parentheses) is */
    if (!f->change && is_level_kind(f->kind) && b > a && b - a > BL_FIG_LABEL_MAX &&
        lb.len == 0) {
        size_t q = 0;
        for (size_t i = a; i + strlen("、") <= b; i++)
            if (has_at(t, b, i, "、"))
                q = i + strlen("、");
        for (size_t i = q; q && i < b; i++)
            if (t[i] == ')')
                q = i + 1;
            else if (has_at(t, b, i, "）"))
                q = i + strlen("）");
        if (q && bl_utf8_count(t + q, b - q) >= 2 && b - q <= BL_FIG_LABEL_MAX)
            a = q;
    }
    size_t basis_a = 0, basis_b = 0;
    if (f->change && status == BULLETIN_OK && b - a > strlen("在的基础上"))
        basis_at(t, a, b, &basis_a, &basis_b);
    if (status == BULLETIN_OK && basis_b > basis_a &&
        (basis_a - a) + (b - basis_b) < BL_FIG_LABEL_MAX) {
        status = put_clean(&lb, t, a, basis_a, change_skip, NELEM(change_skip));
        if (status == BULLETIN_OK)
            status = put_clean(&lb, t, basis_b, b, change_skip, NELEM(change_skip));
    } else if (status == BULLETIN_OK)
        status = put_clean(&lb, t, a, a + cut_label(t, a, b > a ? b - a : 0),
                           f->change ? change_skip : level_skip,
                           f->change ? NELEM(change_skip) : NELEM(level_skip));
    if (status == BULLETIN_OK && noun_b > noun_a && lb.len)
        status = bl_buf_put(&lb, t + noun_a, noun_b - noun_a); /* round 29: …发展措施 */
    /* round 11: 夏粮产量14615万吨，减产0.8%; 比上年增产1.3%: 增产, 减产,
     * 增收, 减收 alone after a level are its change, as 增长 is: the
     * level's label (or the label of the level a change between them
     * changes) and the verb, without the comparison's base */
    if (!owner && !f->change && f->kind == BL_FIG_PERCENT && status == BULLETIN_OK &&
        k > s->sentence_first && lb.len >= strlen("升") && lb.len < BL_FIG_LABEL_MAX &&
        (has_before(lb.data, 0, lb.len, "产") || has_before(lb.data, 0, lb.len, "產") ||
         has_before(lb.data, 0, lb.len, "收") || has_before(lb.data, 0, lb.len, "升") ||
         has_before(lb.data, 0, lb.len, "大"))) {
        /* (round 12: 進口1.56萬億元,升5.2%; 貿易順差3372.1億元,擴大1.8%: 升
         * alone and the traditional 擴大, which are no change verbs there) */
        static const char *const yield_verbs[] = {"增产", "减产", "增產", "減產", "增收",
                                                  "减收", "減收", "升",   "擴大"};
        size_t va = 0;
        for (bool again = true; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(change_skip) && !again; w++)
                if (has_at(lb.data, lb.len, va, change_skip[w])) {
                    va += strlen(change_skip[w]);
                    again = true;
                }
        }
        bool verb = false;
        for (size_t w = 0; w < NELEM(yield_verbs) && !verb; w++)
            verb = lb.len - va == strlen(yield_verbs[w]) &&
                   has_at(lb.data, lb.len, va, yield_verbs[w]);
        const bl_figure *p = &l->items[k - 1];
        if (verb && p->change && p->link != BL_FIG_NO_LINK && p->link < k)
            p = &l->items[p->link];
        size_t pn = p->label ? strlen(p->label) : 0;
        if (verb && p->text == f->text && !p->change && is_level_kind(p->kind) &&
            p->kind != BL_FIG_PERCENT && pn && (size_t)(p - l->items) >= s->sentence_first &&
            pn + lb.len - va < BL_FIG_LABEL_MAX) {
            char v[16];
            memcpy(v, lb.data + va, lb.len - va);
            size_t vn = lb.len - va;
            lb.len = 0;
            status = bl_buf_put(&lb, p->label, pn);
            if (status == BULLETIN_OK)
                status = bl_buf_put(&lb, v, vn);
        }
    }
    /* 全市政府性基金预算收入1,588.8亿元，…；支出2,003.1亿元: 支出 alone
     * after 收入 (or 收入 after 支出) in the sentence is the same budget's */
    if (!owner && !f->change && is_level_kind(f->kind) && f->kind != BL_FIG_PERCENT &&
        status == BULLETIN_OK) {
        static const char *const pair[][2] = {{"支出", "收入"}, {"收入", "支出"}};
        for (size_t w = 0; w < NELEM(pair); w++) {
            size_t pn = strlen(pair[w][0]);
            if (lb.len != pn || memcmp(lb.data, pair[w][0], pn) != 0)
                continue;
            for (size_t j = k; j-- > s->sentence_first;) {
                const bl_figure *p = &l->items[j];
                size_t n = p->label ? strlen(p->label) : 0;
                if (p->text != f->text)
                    break;
                if (p->change || !is_level_kind(p->kind) || p->kind == BL_FIG_PERCENT || !n)
                    continue;
                if (n > pn && has_before(p->label, 0, n, pair[w][1])) {
                    lb.len = 0;
                    status = bl_buf_put(&lb, p->label, n - pn);
                    if (status == BULLETIN_OK)
                        status = bl_buf_puts(&lb, pair[w][0]);
                }
                break;
            }
            break;
        }
    }
    /* round 15: 从环比看，2月份比上月增长0.61%: a change naming only its
     * verb after a clause of 环比 alone is one of 环比 */
    if (f->change && status == BULLETIN_OK && lb.len == strlen("增长") && s->clause_start > 0)
        status = month_on_month(s, &lb);
    /* round 7: 營業(yè)里程達(dá)到: the words the reading hid trimmed now */
    bool reading = false;
    for (size_t i = a; i < b && !reading; i++) /* (a reading opens with ( or （) */
        reading = (t[i] == '(' || (unsigned char)t[i] == 0xEF) && reading_at(t, b, i) != 0;
    if (reading && !f->change && status == BULLETIN_OK) {
        size_t ra = 0, rb = lb.len;
        trim_words(lb.data, &ra, &rb, label_lead, NELEM(label_lead), label_trail,
                   NELEM(label_trail));
        memmove(lb.data, lb.data + ra, rb - ra);
        lb.len = rb - ra;
        if (lb.data)
            lb.data[lb.len] = '\0';
    }
    if (status == BULLETIN_OK && lb.len)
        drop_marks(&lb);
    if (status == BULLETIN_OK && lb.len)
        status = balance_quotes(&lb, t, s->len, f, a >= f->end);
    if (share_of && !owner && b > a && status == BULLETIN_OK)
        status = bl_buf_puts(&lb, "占比");
    if (status == BULLETIN_OK)
        status = bl_buf_reserve(&lb, 1);
    if (status != BULLETIN_OK) {
        bl_buf_free(&lb);
        return status;
    }
    f->label = bl_buf_detach(&lb);
    return f->label ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
}

/* Round 6: 全市一般公共预算收入 beside 市级一般公共预算总收入 (or 市本级…),
 * in any paragraph before or after: where the text names the city's own
 * budget, 全市 (all of the city) is part of the name, not a scope to drop.
 * The budgets, the scopes and the levels they stand beside. */
static const char *const budget_names[] = {"一般公共预算", "政府性基金预算", "国有资本经营预算",
                                           "社会保险基金预算"};
static const char *const budget_levels[][3] = {
    {"全市", "市级", "市本级"},
    {"全县", "县级", "县本级"},
    {"全省", "省级", "省本级"},
    {"全区", "区级", "区本级"},
};
/* How many figures back a level's budget is looked for (and a scope
 * restored): a window, so that a text of any length stays linear. */
#define BL_FIG_BUDGET_WINDOW 256

/* The length of the budget's name label begins with, 0 when none. */
static size_t budget_name_at(const char *label, size_t n)
{
    for (size_t w = 0; w < NELEM(budget_names); w++)
        if (has_at(label, n, 0, budget_names[w]))
            return strlen(budget_names[w]);
    return 0;
}

/* Which of budget_levels a label names the own budget of (市级一般公共预算
 * 总收入), -1 when none. */
static int budget_level_of(const char *label)
{
    size_t n = label ? strlen(label) : 0;
    for (size_t v = 0; v < NELEM(budget_levels); v++)
        for (size_t w = 1; w < 3; w++)
            if (has_at(label, n, 0, budget_levels[v][w]) &&
                budget_name_at(label + strlen(budget_levels[v][w]),
                               n - strlen(budget_levels[v][w])))
                return (int)v;
    return -1;
}

/* Puts the scope of level v back before q's label when the label begins
 * with a budget's name and the text wrote that scope before the name (the
 * last time it is written before q, at most BL_FIG_FROM_TO bytes back). */
static bulletin_status keep_budget_scope(bl_figure_list *l, bl_figure *q, int v)
{
    size_t n = q->label ? strlen(q->label) : 0, bn = n ? budget_name_at(q->label, n) : 0;
    const char *all = budget_levels[v][0];
    if (!bn || n + strlen(all) >= BL_FIG_LABEL_MAX)
        return BULLETIN_OK;
    size_t lo = q->start > BL_FIG_FROM_TO ? q->start - BL_FIG_FROM_TO : 0, at = 0;
    bool found = false;
    for (size_t i = q->start; i-- > lo && !found;)
        if (i + bn <= q->start && !memcmp(q->text + i, q->label, bn)) {
            at = i;
            found = true;
        }
    if (!found || !has_before(q->text, 0, at, all))
        return BULLETIN_OK;
    char *label = bl_alloc(l->mem, strlen(all) + n + 1);
    if (!label)
        return BULLETIN_ERR_NOMEM;
    memcpy(label, all, strlen(all));
    memcpy(label + strlen(all), q->label, n + 1);
    bl_free(l->mem, q->label);
    q->label = label;
    return BULLETIN_OK;
}

_Static_assert(NELEM(budget_levels) == BL_FIG_BUDGET_LEVELS, "the levels of the list's memory");

/* Notes figure k's level (v >= 0) in the list's memory. */
static void note_level(bl_figure_list *l, size_t k, int v)
{
    if (v >= 0)
        l->budget_last[v] = l->budget_any = k + 1;
}

/* The labels of figures [first, len): a level's own budget restores the
 * scope of the budgets before it; a budget after it keeps its scope.
 * Each figure is looked at once: the list remembers the last figure of
 * each level (and of any), so that a level's budget restores the scopes
 * from its level's last figure on, and a budget takes the level of the
 * last level figure, both within BL_FIG_BUDGET_WINDOW figures (figures
 * added by other scans, a table's, are noted as they come). */
static bulletin_status keep_budget_scopes(bl_figure_list *l, size_t first)
{
    if (l->budget_seen > first) { /* a failed scan cut the list */
        for (size_t v = 0; v < BL_FIG_BUDGET_LEVELS; v++)
            if (l->budget_last[v] > first)
                l->budget_last[v] = 0;
        if (l->budget_any > first)
            l->budget_any = 0;
        l->budget_seen = first;
    }
    for (size_t j = first > BL_FIG_BUDGET_WINDOW && l->budget_seen < first - BL_FIG_BUDGET_WINDOW
                        ? first - BL_FIG_BUDGET_WINDOW
                        : l->budget_seen;
         j < first; j++)
        note_level(l, j, budget_level_of(l->items[j].label));
    for (size_t k = first; k < l->len; k++) {
        int v = budget_level_of(l->items[k].label);
        size_t lo = k > BL_FIG_BUDGET_WINDOW ? k - BL_FIG_BUDGET_WINDOW : 0;
        if (v >= 0) {
            size_t from = l->budget_last[v] > lo ? l->budget_last[v] : lo;
            for (size_t j = from; j < k; j++) {
                bulletin_status st = keep_budget_scope(l, &l->items[j], v);
                if (st != BULLETIN_OK)
                    return st;
            }
            note_level(l, k, v);
            continue;
        }
        const char *lab = l->items[k].label;
        if (!lab || !budget_name_at(lab, strlen(lab)) || l->budget_any <= lo)
            continue;
        int w = budget_level_of(l->items[l->budget_any - 1].label);
        if (w >= 0) {
            bulletin_status st = keep_budget_scope(l, &l->items[k], w);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    l->budget_seen = l->len;
    return BULLETIN_OK;
}

/* Ends the clause at byte `end`: sets the figures' clause ends and labels. */
/* The items of an enumeration t[a, b) split at 、 和 及 与 (对甲、乙两地出
 * 口): at most `max`, their spans in ia[], ib[].  With `marks` 1, 和 及
 * 与 join items only after the last 、, once (a list's last item is joined
 * by one of them; before that they are inside an item's name: 建筑及装潢
 * 材料、饮料、…、日用品和书报杂志类); with 2, only 、 does (round 27: 其他
 * 用品及服務價格, 生活用品及服務、居住價格: 及 inside the names). */
static size_t enum_items(const char *t, size_t a, size_t b, size_t *ia, size_t *ib, size_t max,
                         int marks)
{
    static const char *const joins[] = {"、", "和", "及", "与"};
    size_t n = 0, start = a, last_mark = a;
    bool joined = false;
    if (marks) {
        for (size_t i = a; i + strlen("、") <= b; i++)
            if (has_at(t, b, i, "、"))
                last_mark = i;
        if (last_mark == a)
            return 0;
    }
    for (size_t i = a; i < b;) {
        size_t w = 0;
        for (size_t j = 0; j < NELEM(joins) && !w; j++)
            if (has_at(t, b, i, joins[j]))
                w = strlen(joins[j]);
        if (w && (has_at(t, b, i, "及以上") || has_at(t, b, i, "及以下")))
            w = 0; /* 60岁及以上: one item */
        if (w && marks && !has_at(t, b, i, "、")) {
            if (marks == 2 || i < last_mark || joined)
                w = 0;
            else
                joined = true;
        }
        if (w) {
            if (n == max)
                return 0;
            ia[n] = start;
            ib[n++] = i;
            start = i + w;
            i += w;
            continue;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
    }
    if (n == max || start >= b)
        return 0;
    ia[n] = start;
    ib[n++] = b;
    return n;
}

/* Whether the items of an enumeration are as long as each other: each
 * before the last two characters or more, the last at most one longer than
 * the longest of them (round 12: readings not counted, 糧食類、…、水產(chǎn)品類). */
static bool items_alike(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    size_t most = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        size_t c = chars_read(t, ia[i], ib[i]);
        if (c < 2)
            return false;
        if (c > most)
            most = c;
    }
    return n >= 2 && chars_read(t, ia[n - 1], ib[n - 1]) <= most + 1;
}

/* Round 29 (stats-county-2021h1: 生豬、牛、羊、家禽分別出欄6.4萬頭、…): items
 * of one or two characters each, one of them a single character: words
 * whole, none holding a tail the others share. */
static bool single_words(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    bool one = false;
    for (size_t i = 0; i < n; i++) {
        size_t c = chars_read(t, ia[i], ib[i]);
        if (c < 1 || c > 2)
            return false;
        one = one || c == 1;
    }
    return n >= 2 && one;
}

/* Round 27: where the indicator all items share begins in the last item
 * ib[n - 1] (交通通信、教育文化娛樂、其他用品及服務價格: 價格): a word that
 * names what is measured ends it, no other item ends with such a word
 * (邮政行业寄递业务量和…业务收入: each names its own), and without it the
 * items are as long as each other (not 城镇、农村居民人均可支配收入, 内、外贸
 * 吞吐量: a longer tail they share); 0 when none. */
static size_t indicator_tail(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    static const char *const words[] = {
        "价格",   "價格",   "指数",   "指數",     "产量",     "產量",   "增加值", "零售额",
        "零售額", "销售额", "銷售額", "营业收入", "營業收入", "进出口", "進出口", "利润",
        "利潤",   "产值",   "產值",   "投资",     "投資",     "业务量", "業務量", "吞吐量",
        "客运量", "客運量", "货运量", "貨運量",   "收入",     "支出"};
    size_t tail = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t w = 0; w < NELEM(words); w++)
            if (has_before(t, ia[i], ib[i], words[w])) {
                if (i + 1 < n)
                    return 0;
                if (!tail && chars_read(t, ia[i], ib[i] - strlen(words[w])) >= 2)
                    tail = ib[i] - strlen(words[w]);
            }
    size_t jb[BL_FIG_MAX_PARTS];
    if (!tail || n > BL_FIG_MAX_PARTS)
        return 0;
    memcpy(jb, ib, n * sizeof *ib);
    jb[n - 1] = tail;
    return items_alike(t, ia, jb, n) ? tail : 0;
}

/* Round 7: whether the items before the last are as long as each other
 * (two characters or more, no reading) and the last longer. */
static bool same_length_before_last(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    size_t c = bl_utf8_count(t + ia[0], ib[0] - ia[0]);
    if (c < 2 || bl_utf8_count(t + ia[n - 1], ib[n - 1] - ia[n - 1]) <= c)
        return false;
    for (size_t i = 1; i + 1 < n; i++)
        if (bl_utf8_count(t + ia[i], ib[i] - ia[i]) != c)
            return false;
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = ia[i]; j < ib[i]; j++)
            if (reading_at(t, ib[i], j))
                return false;
    return true;
}

/* Whether t[a, b) is a Chinese numeral or digits (一、二、三等奖, 1、2号线). */
static bool numeral_item(const char *t, size_t a, size_t b)
{
    return a < b && numerals_end(t, a, b) == b;
}

static bool is_level_kind(bl_figure_kind kind)
{
    return kind == BL_FIG_COUNT || kind == BL_FIG_AMOUNT || kind == BL_FIG_QUANTITY ||
           kind == BL_FIG_PERCENT;
}

/* Whether only a list mark (、 和 及 与) and spaces stand between p and f. */
static bool list_mark_between(const scan *s, const bl_figure *p, const bl_figure *f)
{
    static const char *const seps[] = {"、", "和", "及", "与", "與"};
    size_t g = skip_spaces(s->t, f->start, p->end);
    for (size_t w = 0; w < NELEM(seps); w++)
        if (has_at(s->t, f->start, g, seps[w]) &&
            skip_spaces(s->t, f->start, g + strlen(seps[w])) == f->start)
            return true;
    return false;
}

/* Round 12: where a change verb of f's own begins just after the list mark
 * between p and f (下降1.3%和增长5.0%, 下降1.0%、增长4.9%), 0 when only a
 * mark stands between them or more than a mark and a verb. */
static size_t verb_after_mark(const scan *s, const bl_figure *p, const bl_figure *f)
{
    static const char *const seps[] = {"、", "和", "及", "与", "與"};
    size_t g = skip_spaces(s->t, f->start, p->end);
    for (size_t w = 0; w < NELEM(seps); w++)
        if (has_at(s->t, f->start, g, seps[w])) {
            size_t va = skip_spaces(s->t, f->start, g + strlen(seps[w])), vs = 0;
            if (va < f->start && fig_change_verb(s->t, va, f->start, &vs) != BL_FIG_CHANGE_NONE &&
                vs == va)
                return va;
            return 0;
        }
    return 0;
}

/* Whether figure j follows figure i as the next value of a list: the same
 * kind and unit (or, `any_unit`, levels of any kind and unit: 分别完成1620
 * 亿件和1.5万亿元), no change, only 、 和 及 与 between them. */
static bool listed_after(const scan *s, size_t i, size_t j, bool any_unit)
{
    const bl_figure *p = &s->list->items[i], *f = &s->list->items[j];
    if (f->text != s->t || p->text != s->t || f->change || p->change || p->end > f->start)
        return false;
    if (any_unit ? !is_level_kind(f->kind) || !is_level_kind(p->kind) ||
                       f->kind == BL_FIG_PERCENT || p->kind == BL_FIG_PERCENT
                 : f->kind != p->kind ||
                       (strcmp(f->unit, p->unit) != 0 && strcmp(f->base_unit, p->base_unit) != 0))
        return false; /* (round 12: 28.7亿人次和690万人次, one base unit) */
    return list_mark_between(s, p, f);
}

/* Whether change j follows change i in a list (16.5%和13.5%). */
static bool listed_after_change(const scan *s, size_t i, size_t j)
{
    const bl_figure *p = &s->list->items[i], *f = &s->list->items[j];
    if (f->text != s->t || p->text != s->t || !f->change || !p->change || p->end > f->start ||
        f->kind != p->kind)
        return false;
    return list_mark_between(s, p, f) || verb_after_mark(s, p, f);
}

/* Whether change i changes no figure before it, or a part of a ratio
 * (第二、第三产业占…比重分别回落2.16和1.66个百分点 after 25.72:26.84:47.44):
 * its label is its own words. */
static bool unlinked(const bl_figure_list *l, size_t i)
{
    size_t link = l->items[i].link;
    return link == BL_FIG_NO_LINK || (link < l->len && l->items[link].kind == BL_FIG_RATIO);
}

/* Appends `label` to lb without 分别 and the base of a comparison of
 * speed (增速比规模以上工业快 -> 增速快). */
static bulletin_status put_run_label(bl_buf *lb, const char *label)
{
    size_t n = strlen(label), run = 0;
    bulletin_status st = BULLETIN_OK;
    for (size_t i = 0; i < n && st == BULLETIN_OK;) {
        size_t skip = 0;
        if (has_at(label, n, i, "分别") || has_at(label, n, i, "分別"))
            skip = strlen("分别");
        else if (has_at(label, n, i, "比") && i > 0) {
            static const char *const than[] = {"快", "慢", "高", "低", "多", "少"};
            size_t x = i + strlen("比"); /* (not 比重, 比例, 比率) */
            bool word =
                has_at(label, n, x, "重") || has_at(label, n, x, "例") || has_at(label, n, x, "率");
            for (size_t w = 0; w < NELEM(than) && !skip && !word; w++)
                if (has_before(label, x, n, than[w]) && n - strlen(than[w]) > x + 3)
                    skip = n - strlen(than[w]) - i;
            /* round 17: 降幅分別比上半年收窄: the base before a change's
             * verb ending the label */
            size_t vs = 0;
            if (!skip && !word && fig_change_verb(label, x, n, &vs) != BL_FIG_CHANGE_NONE && vs > x)
                skip = vs - i;
        }
        i = put_kept(lb, label, &run, i, skip, &st);
    }
    if (st == BULLETIN_OK)
        st = bl_buf_put(lb, label + run, n - run);
    return st;
}

/* Round 37: the bytes of `label` that say the whole enumeration t[a, b)
 * of a run's items (公路客运量和旅客周转量 of 公路客运量和旅客周转量同比增长),
 * the readings and spaces of the text skipped; 0 when the label does not
 * begin with it. */
static size_t list_said(const char *label, const char *t, size_t a, size_t b)
{
    size_t n = strlen(label), j = 0;
    for (size_t i = a; i < b;) {
        size_t r = reading_at(t, b, i);
        if (r) {
            i += r;
            continue;
        }
        if (t[i] == ' ' || t[i] == '\t') {
            i++;
            continue;
        }
        if (j >= n || label[j] != t[i])
            return 0;
        i++;
        j++;
    }
    return j < n ? j : 0; /* (words of its own after it: the verb) */
}

/* The run of n figures at r after an enumeration's values (items ia, ib;
 * the last one's own words end at own_end, the shared words from tail):
 * when they are listed, of one kind and label, and the words before the
 * run list no subjects of their own, they are labelled item by item; *used
 * is n then, else 0. */
static bulletin_status relabel_run(scan *s, size_t r, size_t n, const size_t *ia, const size_t *ib,
                                   size_t own_end, size_t tail, size_t *used)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    bl_figure *r0 = &l->items[r];
    *used = 0;
    if (r0->text != t || !r0->label || !*r0->label || r0->part > 1 || r == 0 ||
        l->items[r - 1].end > r0->start)
        return BULLETIN_OK;
    static const char *const marks[] = {"、", "和", "及", "与", "與"};
    for (size_t i = l->items[r - 1].end; i < r0->start; i++)
        for (size_t w = 0; w < NELEM(marks); w++)
            if (has_at(t, r0->start, i, marks[w]))
                return BULLETIN_OK; /* a subject enumerated again */
    for (size_t j = 1; j < n; j++) {
        const bl_figure *x = &l->items[r + j];
        if (x->text != t || !x->label || strcmp(x->label, r0->label) != 0 || x->kind != r0->kind ||
            (x->change != 0) != (r0->change != 0) || x->part > 1 ||
            l->items[r + j - 1].end > x->start || !list_mark_between(s, &l->items[r + j - 1], x))
            return BULLETIN_OK;
    }
    /* round 37: 完成公路客运量和旅客周转量分别为…，同比增长8.3%和12.4%: a
     * label that says the whole list (the leading words the list's first
     * item has before it, 累计完成, 份 of 8月份, dropped there) names every
     * item: each item's words replace the list's, the rest is the verb */
    size_t said = 0, first = ia[0];
    for (size_t p = ia[0]; p < ib[0] && !said;) {
        if ((said = list_said(r0->label, t, p, ib[n - 1])) != 0)
            first = p;
        int kp;
        cp_at(t, ib[0], p, &kp);
        p += (size_t)kp;
        p += reading_at(t, ib[0], p);
    }
    for (size_t j = 0; j < n && !said; j++) {
        size_t eb = j == n - 1 ? own_end : ib[j];
        if (!strncmp(r0->label, t + ia[j], eb - ia[j]))
            return BULLETIN_OK; /* the label names its subject */
    }
    /* round 14: 由去年的20位、第7位上升为今年的11位、第5位: a rank's move
     * (上升为今年) is no part of what is ranked */
    static const char *const moves[] = {"上升", "下降", "提升", "提高", "前移", "后移",
                                        "後移", "跃升", "躍升", "升至", "降至", "回落"};
    bool move = false;
    for (size_t w = 0; w < NELEM(moves) && r0->kind == BL_FIG_RANK && !move; w++)
        move = has_at(r0->label, strlen(r0->label), 0, moves[w]);
    char *old = r0->label;
    for (size_t j = 0; j < n; j++) {
        bl_figure *g = &l->items[r + j];
        size_t eb = j == n - 1 ? own_end : ib[j], ea = j == 0 ? first : ia[j];
        bl_buf lb;
        bl_buf_init(&lb, l->mem);
        bulletin_status st = bl_buf_put(&lb, t + ea, eb - ea);
        if (st == BULLETIN_OK)
            st = bl_buf_put(&lb, t + tail, ib[n - 1] - tail);
        if (st == BULLETIN_OK && !move)
            st = put_run_label(&lb, old + said);
        if (st == BULLETIN_OK && said && lb.data) { /* (公路客運(yùn)量: as the level's) */
            size_t ln = lb.len;
            if (drop_readings(lb.data, &ln)) {
                lb.len = ln;
                lb.data[ln] = '\0';
            }
        }
        if (st == BULLETIN_OK)
            st = bl_buf_reserve(&lb, 1);
        char *label = NULL;
        if (st == BULLETIN_OK && lb.len < BL_FIG_LABEL_MAX && !(label = bl_buf_detach(&lb)))
            st = BULLETIN_ERR_NOMEM; /* not "too long" */
        if (!label) {
            bl_buf_free(&lb);
            if (st != BULLETIN_OK) {
                if (j > 0)
                    bl_free(l->mem, old);
                return st;
            }
            if (j == 0)
                return BULLETIN_OK; /* too long: as it was */
            label = bl_strndup(l->mem, old, strlen(old));
            if (!label) {
                bl_free(l->mem, old);
                return BULLETIN_ERR_NOMEM;
            }
        }
        if (j > 0)
            bl_free(l->mem, g->label);
        g->label = label;
    }
    bl_free(l->mem, old);
    *used = n;
    return BULLETIN_OK;
}

/* Round 10: where the last item ib[n - 1] holds the first item's ending
 * (its last two characters or more, the longest) before words of its own
 * (装备制造业 and 高技术制造业增加值: 制造业, then 增加值): the end of that
 * ending in it, 0 when none. */
static size_t ending_in_last(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    size_t la = ia[n - 1], lb = ib[n - 1];
    size_t e = ia[0];
    /* the longest ending first: from the first item's second character */
    for (int k0; e < ib[0] && cp_at(t, ib[0], e, &k0) != CP_BAD;) {
        e += (size_t)k0;
        size_t len = ib[0] - e;
        if (bl_utf8_count(t + e, len) < 2)
            break;
        for (size_t i = la; i + len < lb; i++)
            if (!memcmp(t + i, t + e, len) && i > la)
                return i + len;
    }
    return 0;
}

/* Round 13: where the last item holds the one character all items before
 * it end with (金属制品业、…、纺织服装服饰业 and 专用设备制造业增加值: 业),
 * first after a character of its own and before two or more: the end of
 * that character in it, 0 when none. */
static size_t shared_end_in_last(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    int kc;
    uint32_t c = cp_before(t, ia[0], ib[0], &kc);
    if (c == CP_BAD || !bl_is_han(c))
        return 0;
    for (size_t i = 0; i + 1 < n; i++)
        if (ib[i] - ia[i] < (size_t)kc || bl_utf8_count(t + ia[i], ib[i] - ia[i]) < 2 ||
            memcmp(t + ib[i] - kc, t + ib[0] - kc, (size_t)kc) != 0)
            return 0;
    size_t la = ia[n - 1], lb = ib[n - 1];
    int k0;
    if (cp_at(t, lb, la, &k0) == CP_BAD)
        return 0;
    for (size_t i = la + (size_t)k0; i + (size_t)kc <= lb;) {
        int ki;
        if (cp_at(t, lb, i, &ki) == CP_BAD)
            return 0;
        if (!memcmp(t + i, t + ib[0] - kc, (size_t)kc)) {
            /* (round 37: 货运量和货物周转量: the character ends the last
             * item alone, each item is whole) */
            if (i + (size_t)kc == lb)
                return lb;
            return bl_utf8_count(t + i + kc, lb - i - (size_t)kc) >= 2 ? i + (size_t)kc : 0;
        }
        i += (size_t)ki;
    }
    return 0;
}

/* Round 9: 應用研究和試驗發展經費所占比重分別為11.3%和82.1%: where the
 * last item's own words end, read from the label of a figure before k in
 * the text (within BL_FIG_LINK_WINDOW figures) that ends with words the
 * item ends with (基礎研究經費所占比重): the start of the longest such
 * shared tail (two characters or more, after two or more of the item's
 * own), 0 when none. */
static size_t tail_named_before(const scan *s, size_t k, size_t ia, size_t ib)
{
    const bl_figure_list *l = s->list;
    const char *t = s->t;
    size_t best = 0;
    for (size_t j = k, n = 0; j-- > 0 && n < BL_FIG_LINK_WINDOW; n++) {
        const bl_figure *p = &l->items[j];
        if (p->text != t)
            break;
        if (!p->label || !*p->label)
            continue;
        size_t pl = strlen(p->label), i = ib, q = pl, chars = 0;
        while (i > ia && q > 0) {
            int ki, kq;
            uint32_t ci = cp_before(t, ia, i, &ki), cq = cp_before(p->label, 0, q, &kq);
            if (ci == CP_BAD || ci != cq)
                break;
            i -= (size_t)ki;
            q -= (size_t)kq;
            chars++;
        }
        if (chars >= 2 && bl_utf8_count(t + ia, i - ia) >= 2 && (!best || i < best))
            best = i;
    }
    return best;
}

/* Round 32: whether t[a, fen) before 分别 is empty but for spaces and a
 * comparison's base (同比, 环比, 比上年 …): 分别 still begins its clause
 * (…中成药等呈现可喜发展势头,同比分别增长57.4%、51.4%、48.6%). */
static bool only_base_before(const char *t, size_t a, size_t fen)
{
    static const char *const base[] = {"同比", "环比", "環比", "比上年", "较上年", "較上年",
                                       "比去年", "较去年", "較去年", "均"};
    a = skip_spaces(t, fen, a);
    if (a == fen)
        return true;
    for (size_t w = 0; w < NELEM(base); w++)
        if (fen - a == strlen(base[w]) && has_at(t, fen, a, base[w]))
            return true;
    return false;
}

/* Round 28: A、B、C保持增长，增速分别为4.6%、2.2%和0.5%: when the clause
 * of 分别 t[a, fen) is a rate word alone (增速, 增幅, 涨幅 …), the items are
 * listed in the clause before it, t[ca, a), up to its verb of growth
 * (保持增长, 实现增长, 均增长, 增长): *ra, *rb the rate word, *ia where the
 * items begin; their end returned, 0 when the clauses are not so. */
static size_t items_before_rate(const char *t, size_t ca, size_t a, size_t fen, size_t *ra,
                                size_t *rb, size_t *ia)
{
    size_t r = skip_spaces(t, fen, a);
    *rb = 0;
    for (size_t w = 0; w < NELEM(rate_words); w++)
        if (has_at(t, fen, r, rate_words[w]) && skip_spaces(t, fen, r + strlen(rate_words[w])) == fen)
            *rb = r + strlen(rate_words[w]);
    if (!*rb)
        return 0;
    *ra = r;
    size_t i = ca;
    while (i < a && (t[i] == ' ' || t[i] == ';' || t[i] == ',' || t[i] == '\t'))
        i++;
    if (has_at(t, a, i, "；") || has_at(t, a, i, "，"))
        i += strlen("；");
    *ia = i;
    static const char *const verbs[] = {"均保持增长", "均保持增長", "保持增长", "保持增長",
                                        "均实现增长", "均實現增長", "实现增长", "實現增長",
                                        "均增长", "均增長", "增长", "增長"};
    size_t dun = 0;
    for (size_t j = i; j + strlen("、") <= a; j++)
        if (has_at(t, a, j, "、"))
            dun = j;
    if (!dun)
        return 0;
    for (size_t j = dun; j < a; j++)
        for (size_t w = 0; w < NELEM(verbs); w++)
            if (has_at(t, a, j, verbs[w])) {
                size_t e = skip_spaces(t, a, j + strlen(verbs[w]));
                /* the verb ends the clause (its comma right after) */
                if (has_at(t, a, e, "，") || has_at(t, a, e, ",") || e == a)
                    return j;
            }
    return 0;
}

/* Round 13: the items listed after 依次是 (依次为, 依次為) or after the
 * last 的 in the clause t[ca, *a) before 分别: *a set to where they begin,
 * their end (the comma closing the clause) returned; `end` when none. */
static size_t in_turn_items(const char *t, size_t ca, size_t *a, size_t end)
{
    static const char *const in_turn[] = {"依次是", "依次为", "依次為"};
    int kc;
    cp_before(t, ca, *a, &kc);
    size_t close = *a - (size_t)(kc > 0 ? kc : 0);
    for (size_t i = ca; i + strlen("依次是") <= close; i++)
        for (size_t w = 0; w < NELEM(in_turn); w++)
            if (t[i] == in_turn[w][0] && has_at(t, close, i, in_turn[w])) {
                size_t from = i + strlen(in_turn[w]);
                if (skip_spaces(t, close, from) >= close)
                    return end;
                *a = from;
                return close;
            }
    /* 人口增长较多的茄子溪街道、春晖路街道和八桥镇,分别增加…: an
     * enumeration after the clause's last 的, words only */
    size_t de = 0;
    bool mark = false;
    for (size_t i = ca; i < close; i++) {
        if ((unsigned char)t[i] < 0x80 && t[i] >= '0' && t[i] <= '9')
            return end;
        if (has_at(t, close, i, "的")) {
            de = i + strlen("的");
            mark = false;
        } else if (has_at(t, close, i, "、")) {
            mark = true;
        }
    }
    if (!de || !mark)
        return end;
    *a = de;
    return close;
}

/* Round 14: the items ranked, listed in the clause t[ca, *a) before 分别
 * (如地区生产总值、规模以上企业利税增速在全市排位,分别由去年的20位…): after
 * a leading 如, up to the rank's scope (在全市排位); *a set to where they
 * begin, their end returned; `end` when the clause lists none (no 、, or
 * a figure in it). */
static size_t ranked_items(const char *t, size_t ca, size_t *a, size_t end)
{
    static const char *const ranked[] = {"排位", "排名", "位次"};
    int kc;
    cp_before(t, ca, *a, &kc);
    size_t close = *a - (size_t)(kc > 0 ? kc : 0), from = skip_spaces(t, close, ca), zai = 0;
    bool mark = false;
    for (size_t i = from; i < close; i++) {
        if ((unsigned char)t[i] < 0x80 && t[i] >= '0' && t[i] <= '9')
            return end;
        if (has_at(t, close, i, "、"))
            mark = true;
        else if (has_at(t, close, i, "在"))
            zai = i;
    }
    bool scope = false;
    for (size_t w = 0; w < NELEM(ranked) && zai && !scope; w++)
        scope = has_before(t, zai, close, ranked[w]);
    if (!mark || !scope)
        return end;
    if (has_at(t, close, from, "如"))
        from += strlen("如");
    *a = from;
    return zai;
}

/* 对甲、乙两地出口分别增长12.3%、25.6%: changes after 分别 that change no
 * figure before them take, in order, the items of the enumeration before
 * 分别 as their indicators: 甲出口增长, 乙出口增长.  The last item holds
 * the words all items share (两地出口): the first item's length of it is
 * its own (乙), the rest, without a count (两地), is the shared tail. */
/* Round 17 (held-out round 22): the m items of a list separated by commas
 * (, or ，) before the last item t[pa, pb), within t[a0, pa): each before
 * the last two characters or more, one of them holding 、 (why commas
 * separate them), none holding a colon or a semicolon (a list starts after
 * one).  Fills ia, ib; false when the commas are not m - 1 items. */
static bool comma_items(const char *t, size_t a0, size_t pa, size_t pb, size_t *ia, size_t *ib,
                        size_t m)
{
    size_t cs[BL_FIG_MAX_PARTS + 1], ce[BL_FIG_MAX_PARTS + 1], nc = 0;
    size_t lo = a0;
    for (size_t i = a0; i < pa;) {
        int kk;
        uint32_t c = cp_at(t, pa, i, &kk);
        if (c == CP_BAD)
            return false;
        if (c == 0xFF1A || c == ':' || c == 0xFF1B || c == ';' || c == 0x3002) {
            lo = i + (size_t)kk;
            nc = 0;
        } else if (c == 0xFF0C || c == ',') {
            if (nc == NELEM(cs)) {
                memmove(cs, cs + 1, (nc - 1) * sizeof cs[0]);
                memmove(ce, ce + 1, (nc - 1) * sizeof ce[0]);
                nc--;
            }
            cs[nc] = i;
            ce[nc++] = i + (size_t)kk;
        }
        i += (size_t)kk;
    }
    /* the last comma ends the item before the last */
    if (nc == 0 || skip_spaces(t, pa, ce[nc - 1]) != pa || m > nc + 1 || m < 2)
        return false;
    bool dun = false;
    for (size_t j = 0; j + 1 < m; j++) {
        size_t c = nc - (m - 1) + j; /* the comma after item j */
        size_t s0 = c > 0 ? ce[c - 1] : lo;
        s0 = skip_spaces(t, cs[c], s0);
        ia[j] = s0;
        ib[j] = cs[c];
        if (bl_utf8_count(t + s0, cs[c] - s0) < 2)
            return false;
        for (size_t i = s0; i + strlen("、") <= cs[c] && !dun; i++)
            dun = has_at(t, cs[c], i, "、");
    }
    ia[m - 1] = pa;
    ib[m - 1] = pb;
    return dun;
}

/* Round 26: where 各 stands before a copula (为, 為, 是, 有) just before
 * t[e] in t[a, e) (城镇、乡村消费品零售额各为…): a distributive over levels
 * listed, as 分别; 0 when none. */
static size_t each_copula(const char *t, size_t a, size_t e)
{
    static const char *const copulas[] = {"为", "為", "是", "有"};
    size_t x = e;
    while (x > a && (t[x - 1] == ' ' || t[x - 1] == '\t'))
        x--;
    for (size_t w = 0; w < NELEM(copulas); w++)
        if (has_before(t, a, x, copulas[w]) && has_before(t, a, x - strlen(copulas[w]), "各") &&
            x - strlen(copulas[w]) - strlen("各") > a)
            return x - strlen(copulas[w]) - strlen("各");
    return 0;
}

/* Round 29: 股份制企業和外商及港澳臺投資企業和國有企業分別增長52.5%和30.6%:
 * more names joined by 和 (与, 與) than the m values, no 、 in t[a, b): the
 * first m - 1 joins split them, the last item holds the rest (及 stays
 * inside a name); their spans in ia[], ib[], how many (m, or 0). */
static size_t first_joins(const char *t, size_t a, size_t b, size_t *ia, size_t *ib, size_t m)
{
    static const char *const joins[] = {"和", "与", "與"};
    size_t n = 0, start = a;
    for (size_t i = a; i < b && n + 1 < m;) {
        if (has_at(t, b, i, "、"))
            return 0;
        size_t w = 0;
        for (size_t j = 0; j < NELEM(joins) && !w; j++)
            if (has_at(t, b, i, joins[j]))
                w = strlen(joins[j]);
        if (w && i > start) {
            ia[n] = start;
            ib[n++] = i;
            start = i + w;
            i += w;
            continue;
        }
        int k;
        cp_at(t, b, i, &k);
        i += (size_t)k;
    }
    for (size_t i = start; i < b; i++)
        if (has_at(t, b, i, "、"))
            return 0;
    if (n + 1 != m || start >= b)
        return 0;
    ia[n] = start;
    ib[n++] = b;
    return n;
}

/* The words of a list of levels after 分别, t[a, b): 占 (佔) alone is a
 * share, said 占比 (佔比) as after one subject (男、女分别占51.2%和48.8% ->
 * 男占比); else NULL. */
static const char *share_verb(const char *t, size_t a, size_t b)
{
    a = skip_spaces(t, b, a);
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t'))
        b--;
    if (b - a == strlen("占") && has_at(t, b, a, "占"))
        return "占比";
    if (b - a == strlen("佔") && has_at(t, b, a, "佔"))
        return "佔比";
    return NULL;
}

/* Ordinals whose 第 and tail the items share (第一、二、三产业 …): the first
 * item 第 and one numeral, the middle ones one numeral each, the last a
 * numeral and the shared words; where the last item's own words (its
 * numeral) end, else 0. */
static size_t ordinal_heads_end(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    int k;
    if (n < 2 || !has_at(t, ib[0], ia[0], "第"))
        return 0;
    for (size_t j = 0; j < n; j++) {
        size_t p = j == 0 ? ia[0] + strlen("第") : ia[j];
        uint32_t c = cp_at(t, ib[j], p, &k);
        if (c == CP_BAD || !is_cn_numeral(c) || c == 0x5341 /* 十 */)
            return 0;
        p += (size_t)k;
        if (j + 1 < n ? p != ib[j] : p >= ib[j])
            return 0;
        if (j + 1 == n)
            return p;
    }
    return 0;
}

/* Round 30 class 9: levels listed after items whose heads share the last
 * item's words (輕、重工業占比分別為30.6%和69.4%; 大、中型企业; 城镇、农村居民
 * 人均可支配收入分别为): where the last item's own words end, when every
 * item but the last is one Han character (its own word the last's first
 * character), or a word of a known pair (城镇 农村 城市 乡村 …) that each
 * later item begins with; else 0. */
static size_t paired_heads_end(const char *t, const size_t *ia, const size_t *ib, size_t n)
{
    static const char *const pair[] = {"城镇", "城鎮", "农村", "農村", "城市", "乡村", "鄉村",
                                       "国有", "國有", "集体", "集體", "私营", "私營", "民营",
                                       "民營", "外资", "外資", "内资", "內資", "男性", "女性"};
    bool one = true;
    for (size_t j = 0; j + 1 < n && one; j++) {
        int k;
        uint32_t c = cp_at(t, ib[j], ia[j], &k);
        one = bl_is_han(c) && ia[j] + (size_t)k == ib[j];
    }
    if (one) {
        int k;
        uint32_t c = cp_at(t, ib[n - 1], ia[n - 1], &k);
        return bl_is_han(c) && ia[n - 1] + (size_t)k < ib[n - 1] ? ia[n - 1] + (size_t)k : 0;
    }
    size_t own = 0;
    for (size_t j = 0; j < n; j++) {
        size_t w = 0;
        for (size_t p = 0; p < NELEM(pair) && !w; p++)
            if (has_at(t, ib[j], ia[j], pair[p]))
                w = strlen(pair[p]);
        if (!w || (j + 1 < n && ia[j] + w != ib[j]) || (j + 1 == n && ia[j] + w >= ib[j]))
            return 0;
        own = ia[j] + w;
    }
    return own;
}

static bulletin_status label_respectively(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first; k + 1 < l->len; k++) {
        bl_figure *g0 = &l->items[k];
        /* changes that change no figure before them, or levels of one kind
         * and unit in a list (18891人、19099人、48951人和25594人) */
        /* (round 13: ranks too, 分别列全市第9位和第8位) */
        bool level = !g0->change && (is_level_kind(g0->kind) || g0->kind == BL_FIG_RANK);
        if ((!level && (!g0->change || !unlinked(l, k))) || g0->text != t)
            continue;
        size_t m = 1;
        if (level)
            while (k + m < l->len && m < BL_FIG_MAX_PARTS &&
                   listed_after(s, k + m - 1, k + m, false))
                m++;
        if (level && m == 1) /* 分别完成1620亿件和1.5万亿元 */
            while (k + m < l->len && m < BL_FIG_MAX_PARTS &&
                   listed_after(s, k + m - 1, k + m, true))
                m++;
        else if (level) /* round 29: 6.4萬頭、1342頭、1.2萬只、5.5萬只: one kind */
            while (k + m < l->len && m < BL_FIG_MAX_PARTS && l->items[k + m].kind == g0->kind &&
                   listed_after(s, k + m - 1, k + m, true))
                m++;
        else /* (a list: 、 和 及 与 between them, not a later clause's change) */
            while (k + m < l->len && l->items[k + m].change && unlinked(l, k + m) &&
                   l->items[k + m].text == t && m < BL_FIG_MAX_PARTS &&
                   l->items[k + m - 1].end <= l->items[k + m].start &&
                   (list_mark_between(s, &l->items[k + m - 1], &l->items[k + m]) ||
                    verb_after_mark(s, &l->items[k + m - 1], &l->items[k + m])))
                m++;
        if (m < 2)
            continue;
        /* 分别 before the first change, after the figure before it */
        size_t pk = k;
        while (pk > s->sentence_first &&
               (l->items[pk - 1].numeral_chinese || is_age_unit(&l->items[pk - 1])))
            pk--; /* 两地: a count of the items; 0-17岁: an item */
        size_t a = pk > s->sentence_first ? l->items[pk - 1].end : s->sentence_start;
        if (a < s->sentence_start)
            a = s->sentence_start;
        size_t fen = 0;
        for (size_t i = a; i + strlen("分别") <= g0->start; i++)
            if (has_at(t, g0->start, i, "分别") || has_at(t, g0->start, i, "分別"))
                fen = i; /* (round 7: 分別 too) */
        size_t fen_end = fen + strlen("分别");
        /* round 26: 城镇、乡村消费品零售额各为114135.9万元和2067.5万元: 各
         * (each) before the copula of levels listed is 分别 */
        if (!fen && level)
            fen_end = (fen = each_copula(t, a, g0->start)) + strlen("各");
        /* round 12: 糧食類、鮮菜類…價格比上月上漲0.3%、12.9%…: changes in a
         * list after one verb, without 分别, over as many items; the
         * enumeration ends at the verb, before the comparison's base */
        bool marks = !fen && !level;
        for (size_t j = 1; j < m && marks; j++)
            marks = list_mark_between(s, &l->items[k + j - 1], &l->items[k + j]);
        size_t vs = 0;
        if (marks && fig_change_verb(t, a, g0->start, &vs) != BL_FIG_CHANGE_NONE && vs > a) {
            fen = fen_end = vs;
            for (bool again = true; again;) {
                again = false;
                for (size_t w = 0; w < NELEM(change_skip); w++)
                    if (has_before(t, a, fen, change_skip[w])) {
                        fen -= strlen(change_skip[w]);
                        again = true;
                    }
            }
        }
        if (!fen) {
            k += m - 1;
            continue;
        }
        /* the enumeration starts after the last comma before 分别 */
        size_t last_comma = a, deng = 0, a0 = a;
        for (size_t i = a; i < fen;) {
            int kk;
            uint32_t c = cp_at(t, fen, i, &kk);
            if (c == 0x7B49 /* 等 */)
                deng = i;
            i += (size_t)kk;
            if (c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':' || c == 0xFF1B) {
                last_comma = a;
                a = i;
            }
        }
        /* round 9: 晚熟桃、葡萄、早中熟梨等应季水果集中上市，分别增长…: 分别
         * begins its clause, over the examples before 等 in the clause
         * before it, each item whole */
        bool examples = false;
        size_t items_end = fen;
        if (!level && deng && deng >= last_comma && deng < a && only_base_before(t, a, fen)) {
            a = last_comma;
            items_end = deng;
            examples = true;
        }
        /* round 13: 最低的3個城市依次是北京、廊坊和長治,分別為47、55和55: 分别
         * begins its clause, over the items after 依次是 in the clause
         * before it */
        if (!examples && skip_spaces(t, fen, a) == fen && last_comma < a)
            items_end = in_turn_items(t, last_comma, &a, items_end);
        /* round 28: A、B、C保持增长，增速分别为x、y和z: the items of the
         * clause before, each with the rate word */
        size_t rate_a = 0, rate_b = 0, rate_ia = 0;
        if (!examples && !level && items_end == fen && last_comma < a) {
            size_t e = items_before_rate(t, last_comma, a, fen, &rate_a, &rate_b, &rate_ia);
            if (e) {
                a = rate_ia;
                items_end = e;
            } else
                rate_b = 0;
        }
        if (!examples && g0->kind == BL_FIG_RANK && items_end == fen &&
            skip_spaces(t, fen, a) == fen && last_comma < a)
            items_end = ranked_items(t, last_comma, &a, items_end);
        size_t ia[BL_FIG_MAX_PARTS], ib[BL_FIG_MAX_PARTS];
        size_t pa = a, pb = items_end;
        /* the comparison before 分别 is no part of the indicator */
        static const char *const cmp_words[] = {"同比",   "环比", "比上年", "较上年", "预计将",
                                                "預計將", "预计", "預計",   "将",     "將"};
        /* (round 10: 同比 and 环比 are said with the change's verb, as
         * without 分别: 增加值同比分别增长 -> 增加值同比增长) */
        size_t cmp_at = 0, cmp_n = 0;
        for (bool again = true; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(cmp_words); w++)
                if (has_before(t, pa, pb, cmp_words[w])) {
                    pb -= strlen(cmp_words[w]);
                    again = true;
                    if (!level && !cmp_n &&
                        (has_at(t, fen, pb, "同比") || has_at(t, fen, pb, "环比") ||
                         has_at(t, fen, pb, "環比"))) {
                        cmp_at = pb;
                        cmp_n = strlen("同比");
                    }
                }
        }
        /* round 37: 8月份完成水路客运量和…: the 份 of the month figure
         * before the items */
        size_t pq = skip_spaces(t, pb, pa);
        if (has_at(t, pb, pq, "份") && has_before(t, 0, pq, "月"))
            pa = pq + strlen("份");
        fig_trim_scope(t, &pa, &pb);
        /* (round 37: 累計(jì)完成公路客運(yùn)量和…: the traditional link
         * words and their readings, as a label's lead) */
        trim_words(t, &pa, &pb, label_lead, NELEM(label_lead), NULL, 0);
        /* (round 7: 我國對東盟、歐盟…: the traditional forms) */
        static const char *const preps[] = {"对",   "向",   "从", "在", "其中",
                                            "以上", "我國", "對", "從"};
        for (size_t w = 0; w < NELEM(preps); w++)
            if (has_at(t, pb, pa, preps[w]))
                pa += strlen(preps[w]);
        size_t n = enum_items(t, pa, pb, ia, ib, BL_FIG_MAX_PARTS, 0);
        /* round 26: 建筑及装潢材料、饮料、…、日用品和书报杂志类分别下降: more
         * items than values when 和 及 与 inside a name split it */
        for (int only = 1; only <= 2 && (n > m || !n); only++) {
            size_t ja[BL_FIG_MAX_PARTS], jb[BL_FIG_MAX_PARTS];
            if (enum_items(t, pa, pb, ja, jb, BL_FIG_MAX_PARTS, only) == m) {
                n = m;
                memcpy(ia, ja, sizeof ja);
                memcpy(ib, jb, sizeof jb);
            }
        }
        /* round 29: 股份制企業和外商及港澳臺投資企業和國有企業分別增長: more
         * names joined by 和 than values, no 、: the first joins split */
        bool rest = false;
        if (n > m && !level) {
            size_t ja[BL_FIG_MAX_PARTS], jb[BL_FIG_MAX_PARTS];
            if (m <= BL_FIG_MAX_PARTS && first_joins(t, pa, pb, ja, jb, m) == m) {
                n = m;
                rest = true;
                memcpy(ia, ja, sizeof ja);
                memcpy(ib, jb, sizeof jb);
            }
        }
        /* round 17: 农副食品加工业,计算机、通信和其他电子设备制造业,…,专用设备
         * 制造业增加值分别同比增长: items whose names hold 、 listed with
         * commas, the last holding what all share */
        bool commas = n == 1 && m >= 3 && !examples && items_end == fen &&
                      comma_items(t, a0, pa, pb, ia, ib, m);
        if (commas)
            n = m;
        if (n != m) {
            k += m - 1;
            continue;
        }
        size_t first_chars = bl_utf8_count(t + ia[0], ib[0] - ia[0]);
        size_t own_end = ia[n - 1];
        /* 省级一般公共预算收入和支出, 工业增加值和利润: later items of two
         * characters (a word), the first two longer at least, replace the
         * first's last two: the head before them is all items' (省级一般公
         * 共预算支出; not 美国在华发明专利授权、商标注册: where a longer
         * item's words begin is not known) */
        size_t head = 0, later = bl_utf8_count(t + ia[n - 1], ib[n - 1] - ia[n - 1]);
        bool heads = later == 2 && first_chars >= later + 2;
        for (size_t j = 1; j < n && heads; j++)
            heads =
                bl_utf8_count(t + ia[j], ib[j] - ia[j]) == later && !numeral_item(t, ia[j], ib[j]);
        if (heads) {
            head = ib[0];
            for (size_t c = 0; c < later; c++) {
                int kh;
                cp_before(t, ia[0], head, &kh);
                head -= (size_t)kh;
            }
        }
        size_t ord_own = 0;
        if (!heads && (ord_own = ordinal_heads_end(t, ia, ib, n)) != 0)
            head = ia[0] + strlen("第"); /* 第一、二、三产业: 第 is every item's */
        int kl;
        uint32_t last = cp_before(t, ia[0], ib[0], &kl);
        size_t at = ia[n - 1];
        while (last != CP_BAD && at + (size_t)kl <= ib[n - 1] &&
               memcmp(t + at, t + ib[0] - kl, (size_t)kl) != 0)
            at++;
        if (examples || g0->kind == BL_FIG_RANK) {
            /* (round 13: 引进内资、消费品零售总额分别列…第9位和第8位: what
             * is ranked, each item whole) */
            own_end = ib[n - 1];
        } else if (last != CP_BAD && last == 0x5C81 /* 岁 */ && at + (size_t)kl <= ib[n - 1]) {
            /* 0-17岁、…60岁及以上户籍人口: the first item's last character
             * ends the last one's own words (and 及以上, 以下 after it) */
            own_end = at + (size_t)kl;
            static const char *const ext[] = {"及以上", "及以下", "以上", "以下"};
            for (size_t w = 0; w < NELEM(ext); w++)
                if (has_at(t, ib[n - 1], own_end, ext[w])) {
                    own_end += strlen(ext[w]);
                    break;
                }
        } else if (commas) {
            /* (each item's own name; the last's ends where the character
             * the items end with ends in it, or where the first's ending
             * does) */
            own_end = ending_in_last(t, ia, ib, n);
            if (!own_end)
                own_end = shared_end_in_last(t, ia, ib, n);
            if (!own_end) {
                k += m - 1;
                continue;
            }
        } else if (rest) {
            own_end = ib[n - 1]; /* each item whole */
        } else if (!level && !head && (own_end = indicator_tail(t, ia, ib, n)) != 0) {
            /* round 27: 生活用品及服務、居住價格分別上漲, 交通通信、…、其他用品
             * 及服務價格: the indicator's word ends the last item only */
        } else if (ord_own) {
            own_end = ord_own;
        } else if (head || items_alike(t, ia, ib, n)) {
            /* 邮政行业寄递业务量和邮政行业业务收入, 快递业务量、业务收入,
             * 东盟、欧盟、美国、日本: items as long as each other name their
             * indicators whole */
            own_end = ib[n - 1];
        } else if ((own_end = ending_in_last(t, ia, ib, n)) != 0) {
            /* round 10: 装备制造业和高技术制造业增加值: the last item's own
             * words end where the first's ending (制造业) ends in it */
        } else if ((own_end = shared_end_in_last(t, ia, ib, n)) != 0) {
            /* round 13: 纺织服装服饰业、专用设备制造业增加值: where the
             * character the items end with (业) ends in the last */
        } else if ((own_end = ia[n - 1]),
                   level && n >= 3 && same_length_before_last(t, ia, ib, n)) {
            /* round 7: 東盟、歐盟、美國、日本、韓國進出口分別為: three items or
             * more as long as each other before the last give its own
             * words (the rest is all items') */
            size_t c = bl_utf8_count(t + ia[0], ib[0] - ia[0]);
            for (size_t i = 0; i < c; i++) {
                int kk;
                cp_at(t, ib[n - 1], own_end, &kk);
                own_end += (size_t)kk;
            }
        } else if (single_words(t, ia, ib, n)) {
            own_end = ib[n - 1]; /* round 29: 生豬、牛、羊、家禽分別出欄 */
        } else if (level && (own_end = paired_heads_end(t, ia, ib, n)) != 0) {
            /* round 30: 輕、重工業占比分別為, 大、中型企业, 城镇、农村居民 */
        } else if (level && !numeral_item(t, ia[0], ib[0])) {
            /* 作品、计算机软件著作权登记量分别达到…: where the last item's
             * own words end is not known (城镇、农村居民… would be), unless
             * a label before names the words it shares (round 9) */
            size_t shared = tail_named_before(s, k, ia[n - 1], ib[n - 1]);
            if (!shared) {
                k += m - 1;
                continue;
            }
            own_end = shared;
        } else {
            for (size_t c = 0; c < first_chars && own_end < ib[n - 1]; c++) {
                int kk;
                cp_at(t, ib[n - 1], own_end, &kk);
                own_end += (size_t)kk;
            }
            /* round 18: 太陽能電池、…、集成電路產品產量: the guess never
             * cuts inside a word; 品 (产品, 制品, 用品) begins no shared
             * tail (the reading of the character before skipped) */
            size_t q = own_end + reading_at(t, ib[n - 1], own_end);
            if (has_at(t, ib[n - 1], q, "品") && q + strlen("品") < ib[n - 1])
                own_end = q + strlen("品") + reading_at(t, ib[n - 1], q + strlen("品"));
        }
        size_t tail = own_end;
        /* 两地, 三省: a count of the items, not part of the indicator */
        int kk;
        uint32_t c0 = cp_at(t, ib[n - 1], tail, &kk);
        if (c0 != CP_BAD && is_cn_numeral(c0)) {
            size_t q = tail + (size_t)kk;
            int k2;
            uint32_t c1 = cp_at(t, ib[n - 1], q, &k2);
            if (c1 != CP_BAD && bl_is_han(c1))
                tail = q + (size_t)k2;
        }
        size_t verb_a = fen_end, verb_b = g0->lab_end;
        if (verb_b < verb_a)
            verb_b = verb_a;
        if (rate_b) {
            verb_a = rate_a; /* round 28: 新材料产业增速 */
            verb_b = rate_b;
        }
        const char *share = NULL;
        if (level) {
            /* 分别为: no verb; 分别各奖励: the indicator's word (奖励) */
            verb_b = g0->lab_end > verb_a ? g0->lab_end : verb_a;
            share = share_verb(t, verb_a, verb_b);
            /* (round 12: 分别完成客运量: the verb before the noun) */
            static const char *const each[] = {"各", "完成"};
            trim_words(t, &verb_a, &verb_b, each, NELEM(each), label_trail, NELEM(label_trail));
        }
        /* …，同比分别增长16.5%和13.5%: as many changes next, after 分别,
         * whose labels are the first level's old one and a change verb */
        char *old0 = g0->label;
        size_t n0 = old0 ? strlen(old0) : 0, ch = k + m;
        bool changes = level && n0 > 0 && ch + m <= l->len;
        for (size_t j = 0; changes && j < m; j++) {
            const bl_figure *c = &l->items[ch + j];
            changes = c->change && c->text == t && c->label && strlen(c->label) > n0 &&
                      !memcmp(c->label, old0, n0) &&
                      (j == 0 ? l->items[ch - 1].end <= c->start
                              : listed_after_change(s, ch + j - 1, ch + j));
        }
        if (changes) {
            size_t fa = l->items[ch - 1].end, fb = l->items[ch].start;
            bool fen2 = false;
            for (size_t i = fa; i + strlen("分别") <= fb && !fen2; i++)
                fen2 = has_at(t, fb, i, "分别") || has_at(t, fb, i, "分別");
            changes = fen2;
        }
        for (size_t j = 0; j < m; j++) {
            bl_figure *g = &l->items[k + j];
            size_t ea = ia[j], eb = j == n - 1 ? own_end : ib[j];
            bl_buf lb;
            bl_buf_init(&lb, l->mem);
            bulletin_status st =
                j > 0 && head ? bl_buf_put(&lb, t + ia[0], head - ia[0]) : BULLETIN_OK;
            if (st == BULLETIN_OK)
                st = bl_buf_put(&lb, t + ea, eb - ea);
            if (st == BULLETIN_OK)
                st = bl_buf_put(&lb, t + tail, ib[n - 1] - tail);
            if (st == BULLETIN_OK && cmp_n)
                st = bl_buf_put(&lb, t + cmp_at, cmp_n);
            /* round 12: 分别下降1.3%和增长5.0%: a later change's own verb */
            size_t own_verb = !level && j > 0 ? verb_after_mark(s, &l->items[k + j - 1], g) : 0;
            if (st == BULLETIN_OK)
                st = own_verb ? bl_buf_put(&lb, t + own_verb, g->start - own_verb)
                              : bl_buf_put(&lb, t + verb_a, verb_b - verb_a);
            if (st == BULLETIN_OK && share)
                st = bl_buf_puts(&lb, share);
            if (st == BULLETIN_OK)
                st = bl_buf_reserve(&lb, 1);
            char *label = st == BULLETIN_OK ? bl_buf_detach(&lb) : NULL;
            if (!label) {
                bl_buf_free(&lb);
                if (j > 0)
                    bl_free(l->mem, old0);
                return BULLETIN_ERR_NOMEM;
            }
            size_t ln = strlen(label);
            if (drop_readings(label, &ln)) /* round 7: 韓國進(jìn)出口 */
                label[ln] = '\0';
            if (changes) {
                bl_figure *c = &l->items[ch + j];
                bl_buf cb;
                bl_buf_init(&cb, l->mem);
                st = bl_buf_puts(&cb, label);
                if (st == BULLETIN_OK)
                    st = bl_buf_puts(&cb, c->label + n0);
                if (st == BULLETIN_OK)
                    st = bl_buf_reserve(&cb, 1);
                char *cl = st == BULLETIN_OK ? bl_buf_detach(&cb) : NULL;
                if (!cl) {
                    bl_buf_free(&cb);
                    bl_free(l->mem, label);
                    if (j > 0)
                        bl_free(l->mem, old0);
                    return BULLETIN_ERR_NOMEM;
                }
                bl_free(l->mem, c->label);
                c->label = cl;
            }
            if (j > 0)
                bl_free(l->mem, g->label);
            g->label = label;
        }
        bl_free(l->mem, old0);
        if (changes)
            m *= 2;
        /* …分别增长10.2%和8.1%，增速分别比规模以上工业快4.2和2.1个百分点，
         * 占…比重分别为12.1%和32.6%，比上年同期提高0.7和1.2个百分点: later
         * runs of as many values in a list, of one label naming no subject,
         * take the items in order (without 分别 and the base of 比…快) */
        size_t r = k + m;
        while (r + n <= l->len) {
            size_t used = 0;
            bulletin_status st = relabel_run(s, r, n, ia, ib, own_end, tail, &used);
            if (st != BULLETIN_OK)
                return st;
            if (!used)
                break;
            r += used;
            m += used;
        }
        k += m - 1;
    }
    return BULLETIN_OK;
}

/* A figure's context is its clause, but at most BL_FIG_CONTEXT_SIDE bytes
 * either side of the figure (cut at a character's start): a clause without
 * punctuation of any length would otherwise be copied once per figure into
 * every export (JSON, TSV, the workbook), output quadratic in the input. */
/* Round 25: whether t[a, e) (a comma's clause before a change in points)
 * is only a comparison of a rate: (也) (rate word) (分别) 较/比/較, bases
 * joined by 、 和 及 与, (分别), a verb of rate_verbs and 了 (增速分别较1-2月、
 * 1-3月和1-7月回落, 分别较去年同期和全年分别回落), or 高于, 低于 … and the
 * bases alone (高于1-7月): *rw, *rn the rate word (rn 0 when none), *vs,
 * *vn the verb (高于 with its bases). */
static bool compared_rate_words(const char *t, size_t a, size_t e, size_t *sn, size_t *rw,
                                size_t *rn, size_t *vs, size_t *vn)
{
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    if (has_before(t, a, e, "了"))
        e -= strlen("了");
    size_t i = skip_spaces(t, e, a);
    if (has_at(t, e, i, "也"))
        i += strlen("也");
    *rn = *sn = 0;
    /* (round 26: 出口增速比1-5月加快, 进口降幅比1-5月收窄: the rate's own
     * subject before its rate word, two to eight characters of no
     * comparison) */
    for (size_t j = i, c = 0; j < e && c <= 8 && !*rn; c++) {
        for (size_t w = 0; w < NELEM(rate_words) && !*rn; w++)
            if (has_at(t, e, j, rate_words[w]) && (j == i || c >= 2)) {
                *rw = j;
                *rn = strlen(rate_words[w]);
                *sn = j - i;
            }
        int kc;
        uint32_t ch = cp_at(t, e, j, &kc);
        if (*rn || ch == CP_BAD || !bl_is_han(ch) || ch == 0x6BD4 /* 比 */ ||
            ch == 0x8F83 /* 较 */ || ch == 0x8F03 /* 較 */)
            break;
        j += (size_t)kc;
    }
    i = *rn ? *rw : i;
    i += *rn;
    if (has_at(t, e, i, "分别") || has_at(t, e, i, "分別"))
        i += strlen("分别");
    /* (高于1-7月, 高于去年同期: the comparison is the verb, its bases
     * said with it) */
    static const char *const than[] = {"高于", "高於", "低于", "低於",
                                       "快于", "快於", "慢于", "慢於"};
    size_t th = 0;
    for (size_t w = 0; w < NELEM(than) && !th; w++)
        if (has_at(t, e, i, than[w]))
            th = i;
    if (th)
        i += strlen("高于");
    else if (!(has_at(t, e, i, "较") || has_at(t, e, i, "較") || has_at(t, e, i, "比")))
        return false;
    else
        i += strlen("较");
    for (size_t n = 0;; n++) {
        size_t m = compared_base_at(t, e, i);
        if (!m)
            return false;
        i += m;
        size_t j = 0;
        for (size_t w = 0; w < NELEM(base_joins) && !j; w++)
            if (has_at(t, e, i, base_joins[w]))
                j = strlen(base_joins[w]);
        if (!j || n >= BL_FIG_MAX_PARTS)
            break;
        i += j;
    }
    if (th) {
        *vs = th;
        *vn = e - th;
        return i == e;
    }
    if (has_at(t, e, i, "分别") || has_at(t, e, i, "分別"))
        i += strlen("分别");
    for (size_t w = 0; w < NELEM(rate_verbs); w++)
        if (e - i == strlen(rate_verbs[w]) && has_at(t, e, i, rate_verbs[w])) {
            *vs = i;
            *vn = e - i;
            return true;
        }
    return false;
}

/* Round 25: changes in points after a growth whose clause is only the
 * comparison of its rate with listed bases (增速分别较1-2月、…和1-7月回落
 * 3.4、…和0.1个百分点; 分别较一季度、上半年回落1.4和0.1个百分点): the
 * linked growth's subject, its rate word (增速 when none is written) and
 * the verb, the bases no part of it; each value listed after the first
 * the same of its own link.  Run at the end of the sentence, once the
 * links of the list are made. */
static bulletin_status label_compared_rates(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const grew[] = {"同比增长", "同比增長", "累计增长",
                                       "累計增長", "增长",     "增長"};
    size_t rw = 0, rn = 0, vs = 0, vn = 0, sn = 0;
    size_t at = s->sentence_start,
           mark = s->sentence_start; /* the last clause mark's end before at */
    bool run = false;                /* the figure before was so labelled: rw, rn, vs, vn hold */
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        bool ok = f->change && f->kind == BL_FIG_POINTS && f->text == t &&
                  f->link != BL_FIG_NO_LINK && f->link < k &&
                  l->items[f->link].kind == BL_FIG_PERCENT && l->items[f->link].label;
        if (ok && run) {
            const bl_figure *p = &l->items[k - 1];
            size_t i = p->end;
            run = false;
            while (i < f->start && !run) {
                i = skip_spaces(t, f->start, i);
                for (size_t w = 0; w < NELEM(base_joins) && !run; w++)
                    run = has_at(t, f->start, i, base_joins[w]);
                if (!run)
                    break;
                i = skip_spaces(t, f->start, i + (has_at(t, f->start, i, "、") ? strlen("、") : 3));
                run = i == f->start;
            }
        } else {
            run = false;
        }
        if (ok && !run) {
            /* (the clause's start found by one walk over the sentence, not
             * by a walk back from each figure: tests/pathological's clause
             * of thousands of points) */
            while (at < f->start) {
                int kc;
                bool sent;
                uint32_t c = cp_at(t, f->start, at, &kc);
                at += (size_t)(kc > 0 ? kc : 1);
                if (c != CP_BAD && is_clause_punct(c, &sent) && c != 0x3001)
                    mark = at;
            }
            run = mark <= f->start && f->start - mark <= 4 * BL_FIG_LABEL_MAX &&
                  compared_rate_words(t, mark, f->start, &sn, &rw, &rn, &vs, &vn);
        }
        if (!ok || !run)
            continue;
        const char *ll = l->items[f->link].label;
        size_t n = strlen(ll), gn = 0;
        for (size_t w = 0; w < NELEM(grew) && !gn; w++)
            if (n > strlen(grew[w]) && has_before(ll, 0, n, grew[w]))
                gn = strlen(grew[w]);
        /* (两年平均增长: the span of its average no part of the rate, round 18) */
        if (gn == strlen("增长") || gn == strlen("同比增长")) {
            size_t an = average_span_before(ll, 0, n - gn);
            if (an && n > gn + an)
                gn += an;
        }
        /* (负增长: its 降幅, round 20; the 负 is the verb's) */
        if (gn == strlen("增长") &&
            (has_before(ll, 0, n - gn, "负") || has_before(ll, 0, n - gn, "負")))
            gn = rn ? gn + strlen("负") : 0;
        /* (the rate's own subject said: its words) */
        const char *subject = sn ? t + rw - sn : ll;
        if (sn) {
            n = sn;
            gn = 0;
        } else if (!gn || bl_utf8_count(ll, n - gn) < 2) {
            continue;
        }
        if (n - gn + (rn ? rn : strlen("增速")) + vn >= BL_FIG_LABEL_MAX)
            continue;
        bl_buf lb;
        bl_buf_init(&lb, l->mem);
        bulletin_status st = bl_buf_put(&lb, subject, n - gn);
        if (st == BULLETIN_OK)
            st = rn ? bl_buf_put(&lb, t + rw, rn) : bl_buf_puts(&lb, "增速");
        if (st == BULLETIN_OK)
            st = bl_buf_put(&lb, t + vs, vn);
        if (st != BULLETIN_OK)
            return st;
        char *label = bl_buf_detach(&lb);
        if (f->label && !strcmp(f->label, label)) {
            bl_free(l->mem, label);
            continue;
        }
        bl_free(l->mem, f->label);
        f->label = label;
    }
    return BULLETIN_OK;
}

/* Round 30 class 4: changes listed after one verb (分別較同期增長3.7%、
 * 20.5%和27.7%, 分别比上年增长, 依次增长) over levels listed in the clauses
 * before (生豬存欄12.4萬頭，牛存欄0.8萬頭，羊存欄4.36萬只), each linked to its
 * own level, all said with the nearest level's subject (羊存欄增長): each
 * takes its own level's label before the verb (生豬存欄增長, 牛存欄增長).
 * Run at the end of the sentence, once the list's links are made. */
static bulletin_status label_listed_levels(scan *s)
{
    bl_figure_list *l = s->list;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        const bl_figure *f0 = &l->items[k];
        if (!f0->change || !f0->label || f0->link == BL_FIG_NO_LINK || f0->link >= k ||
            f0->link < s->sentence_first)
            continue;
        size_t m = 1;
        while (k + m < l->len && m < BL_FIG_MAX_PARTS) {
            const bl_figure *g = &l->items[k + m];
            if (!g->change || !g->label || strcmp(g->label, f0->label) != 0 ||
                g->link == BL_FIG_NO_LINK || g->link >= k || g->link <= l->items[k + m - 1].link)
                break;
            m++;
        }
        size_t first = k;
        k += m - 1;
        if (m < 2)
            continue;
        const char *near = l->items[l->items[first + m - 1].link].label;
        size_t pn = near ? strlen(near) : 0, vs = 1;
        /* (or said with the verb alone: 依次增长) */
        if (fig_change_verb(f0->label, 0, strlen(f0->label), &vs) != BL_FIG_CHANGE_NONE && vs == 0)
            pn = 0;
        else if (!pn || strncmp(f0->label, near, pn) != 0 || !f0->label[pn])
            continue;
        const char *suffix = f0->label + pn;
        bool ok = true;
        for (size_t i = 0; i < m && ok; i++) {
            const char *ll = l->items[l->items[first + i].link].label;
            ok = ll && *ll && strlen(ll) + strlen(suffix) < BL_FIG_LABEL_MAX &&
                 (i == 0 || strcmp(ll, l->items[l->items[first + i - 1].link].label) != 0);
        }
        for (size_t i = 0; i < m && ok; i++) {
            bl_figure *f = &l->items[first + i];
            bl_buf lb;
            bl_buf_init(&lb, l->mem);
            bulletin_status st = bl_buf_puts(&lb, l->items[f->link].label);
            if (st == BULLETIN_OK)
                st = bl_buf_puts(&lb, suffix);
            if (st != BULLETIN_OK) {
                bl_buf_free(&lb);
                return st;
            }
            char *label = bl_buf_detach(&lb);
            if (i == 0)
                suffix = NULL; /* (f0's label, which suffix points into, goes) */
            bl_free(l->mem, f->label);
            f->label = label;
            if (!suffix)
                suffix = label + strlen(l->items[f->link].label);
        }
    }
    return BULLETIN_OK;
}

/* Replaces figure f's label by the text built in lb (st: how building
 * it went); lb is given up either way. */
static bulletin_status replace_label(bl_figure_list *l, bl_figure *f, bl_buf *lb,
                                     bulletin_status st)
{
    if (st == BULLETIN_OK)
        st = bl_buf_reserve(lb, 1);
    char *label = st == BULLETIN_OK ? bl_buf_detach(lb) : NULL;
    if (!label) {
        bl_buf_free(lb);
        return BULLETIN_ERR_NOMEM;
    }
    bl_free(l->mem, f->label);
    f->label = label;
    return BULLETIN_OK;
}

/* Round 29 (stats-district-2021-bulletin-footnotes): 三次产业结构比为37.2:
 * 20.5:42.3,对gdp的贡献率分别为36.9%、36.8%和26.3%: three values listed
 * after 分别 whose clause names no subject, after a ratio of three parts
 * whose clause names the three industries (三次产业, 三大产业), are the
 * first, second and third industry's: 第一产业对gdp的贡献率 ….  Values whose
 * label names an industry (三次产业对经济增长的拉动贡献分别为…) keep it. */
static bulletin_status label_industry_shares(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const three[] = {"三次产业", "三次產業", "三大产业", "三大產業"};
    static const char *const ord[2][3] = {{"第一产业", "第二产业", "第三产业"},
                                          {"第一產業", "第二產業", "第三產業"}};
    for (size_t k = s->sentence_first; k + 6 <= l->len; k++) {
        const bl_figure *r = &l->items[k];
        if (r->text != t || r->kind != BL_FIG_RATIO || r->part != 1 || r->nparts != 3 ||
            k + 3 + 3 > l->len)
            continue;
        int trad = -1;
        for (size_t w = 0; w < NELEM(three) && trad < 0; w++)
            for (size_t i = r->ctx_start; i + strlen(three[w]) <= r->start && trad < 0; i++)
                if (has_at(t, r->start, i, three[w]))
                    trad = (int)(w % 2);
        if (trad < 0)
            continue;
        size_t j = k + 3;
        bl_figure *v = &l->items[j];
        const char *lab = v->label;
        bool ok = lab && *lab && v->text == t && !strstr(lab, "产业") && !strstr(lab, "產業") &&
                  (v->kind == BL_FIG_PERCENT || v->kind == BL_FIG_POINTS);
        for (size_t q = 1; q < 3 && ok; q++) {
            const bl_figure *w = &l->items[j + q];
            ok = w->text == t && !w->change && w->kind == v->kind && w->label && !strcmp(w->label, lab) &&
                 list_mark_between(s, &l->items[j + q - 1], w);
        }
        if (!ok || v->change || (j + 3 < l->len && l->items[j + 3].text == t &&
                                 list_mark_between(s, &l->items[j + 2], &l->items[j + 3])))
            continue;
        bool fen = false;
        for (size_t i = l->items[k + 2].end; i + strlen("分别") <= v->start && !fen; i++)
            fen = has_at(t, v->start, i, "分别") || has_at(t, v->start, i, "分別");
        if (!fen)
            continue;
        for (size_t q = 0; q < 3; q++) {
            bl_figure *w = &l->items[j + q];
            bl_buf lb;
            bl_buf_init(&lb, l->mem);
            bulletin_status st = bl_buf_puts(&lb, ord[trad][q]);
            if (st == BULLETIN_OK)
                st = bl_buf_puts(&lb, w->label);
            if ((st = replace_label(l, w, &lb, st)) != BULLETIN_OK)
                return st;
        }
        k = j + 2;
    }
    return BULLETIN_OK;
}

/* Round 29 (stats-county-2021h1): 全縣生產總值27.54億元,同比增長12.3%,增速
 * 高于全市平均水平0.3個百分點: points whose words are only a rate word, a
 * verb of comparison and another place's average (全市平均水平, 全省平均,
 * 全国) are the gap of the growth's rate before them: its subject + the
 * rate word + the verb, the base dropped (生產總值增速高于); the rate word
 * and the verb alone when no growth is named before. */
static bool rate_above_average(const char *lab, size_t *keep)
{
    static const char *const than[] = {"高于", "低于", "快于", "慢于", "高於", "低於", "快於", "慢於"};
    static const char *const place[] = {"全市", "全省", "全国", "全國", "全区", "全區",
                                        "全县", "全縣", "全州", "全盟"};
    static const char *const avg[] = {"", "平均水平", "平均", "平均值", "的平均水平"};
    size_t n = strlen(lab), r = 0;
    for (size_t w = 0; w < NELEM(rate_words) && !r; w++)
        if (has_at(lab, n, 0, rate_words[w]))
            r = strlen(rate_words[w]);
    size_t v = 0;
    for (size_t w = 0; w < NELEM(than) && r && !v; w++)
        if (has_at(lab, n, r, than[w]))
            v = strlen(than[w]);
    size_t p = 0;
    for (size_t w = 0; w < NELEM(place) && v && !p; w++)
        if (has_at(lab, n, r + v, place[w]))
            p = strlen(place[w]);
    for (size_t w = 0; w < NELEM(avg) && p; w++)
        if (r + v + p + strlen(avg[w]) == n && has_at(lab, n, r + v + p, avg[w])) {
            *keep = r + v;
            return true;
        }
    return false;
}

static bulletin_status label_rate_gaps(scan *s)
{
    bl_figure_list *l = s->list;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        size_t keep;
        if (f->text != s->t || f->kind != BL_FIG_POINTS || f->change || !f->label ||
            !rate_above_average(f->label, &keep))
            continue;
        char subj[BL_FIG_LABEL_MAX];
        const char *owner = NULL;
        for (size_t j = k; j-- > s->sentence_first && k - j <= BL_FIG_LINK_WINDOW && !owner;) {
            const bl_figure *q = &l->items[j];
            if (q->text != f->text)
                break;
            if (q->kind == BL_FIG_POINTS || q->kind == BL_FIG_RANK || q->kind == BL_FIG_YEAR ||
                q->kind == BL_FIG_DATE)
                continue;
            if (q->change && q->kind == BL_FIG_PERCENT && q->label)
                owner = growth_subject(q->label, subj);
            break;
        }
        bl_buf lb;
        bl_buf_init(&lb, l->mem);
        bulletin_status st = owner ? bl_buf_puts(&lb, owner) : BULLETIN_OK;
        if (st == BULLETIN_OK)
            st = bl_buf_put(&lb, f->label, keep);
        if ((st = replace_label(l, f, &lb, st)) != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* Replaces figure f's label by the concatenation of parts (NULL ends). */
static bulletin_status set_label_parts(bl_figure_list *l, bl_figure *f, const char *const *parts,
                                       const size_t *lens)
{
    bl_buf lb;
    bl_buf_init(&lb, l->mem);
    bulletin_status st = BULLETIN_OK;
    for (size_t i = 0; parts[i] && st == BULLETIN_OK; i++)
        st = bl_buf_put(&lb, parts[i], lens[i]);
    return replace_label(l, f, &lb, st);
}

/* Whether label ll is only a change verb, after 同比 or 环比 or not:
 * where that begins in *cmp (0 when no such word). */
static bool only_change_words(const char *ll)
{
    size_t n = strlen(ll), vs = 0;
    if (!n || fig_change_verb(ll, 0, n, &vs) == BL_FIG_CHANGE_NONE)
        return false;
    return vs == 0 || (vs == strlen("同比") && (has_at(ll, n, 0, "同比") || has_at(ll, n, 0, "环比") ||
                                                has_at(ll, n, 0, "環比")));
}

/* Round 35 (price-liaoning): a change's label that begins with the last
 * words of the sentence's subject, the subject standing before a cause
 * (受, 因, 由于) at the sentence's start (猪肉价格受…影响，价格环比下降 ->
 * 猪肉价格环比下降): the subject whole, in its own clause's figures. */
static bulletin_status label_subject_of_cause(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const causes[] = {"受", "因", "由于", "由於"};
    /* the start of the sentence's part (after its last ；) before each
     * figure, found by one walk forward over the sentence, not one walk
     * back from each figure (a clause of thousands of changes) */
    size_t cur = s->sentence_start, seg = s->sentence_start;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->change || !f->label || f->start <= s->sentence_start)
            continue;
        if (f->start < cur)
            cur = seg = s->sentence_start;
        while (cur < f->start) {
            if (t[cur] == ';') {
                seg = ++cur;
            } else if (has_at(t, f->start, cur, "；")) {
                cur += strlen("；");
                seg = cur;
            } else if ((unsigned char)t[cur] == 0xEF && cur + strlen("；") > f->start) {
                break; /* a ； the figure's start cuts: none */
            } else {
                cur++;
            }
        }
        /* the subject opens the sentence or its part after a ；*/
        size_t sa = skip_spaces(t, f->start, seg);
        size_t sb = 0;
        for (size_t i = sa; i < f->start && i < sa + 3 * 12 && !sb;) {
            int kk;
            uint32_t c = cp_at(t, f->start, i, &kk);
            if (c == CP_BAD || !bl_is_han(c))
                break;
            for (size_t w = 0; w < NELEM(causes) && !sb; w++)
                if (has_at(t, f->start, i, causes[w]) && i > sa)
                    sb = i;
            i += (size_t)kk;
        }
        if (!sb || bl_utf8_count(t + sa, sb - sa) < 3)
            continue;
        size_t n = strlen(f->label), vs = 0;
        if (fig_change_verb(f->label, 0, n, &vs) == BL_FIG_CHANGE_NONE || vs == 0)
            continue;
        /* the label's words before its verb (and 同比, 环比) end the subject */
        size_t w = vs;
        if (w > strlen("同比") && (has_before(f->label, 0, w, "同比") || has_before(f->label, 0, w, "环比") ||
                                  has_before(f->label, 0, w, "環比")))
            w -= strlen("同比");
        if (w < 2 * 3 || w >= sb - sa || memcmp(t + sb - w, f->label, w) != 0)
            continue;
        const char *parts[] = {t + sa, f->label + w, NULL};
        size_t lens[] = {sb - sa, n - w};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* The start of the clause before the one starting at ca (after its
 * comma), not before sa; ca itself when none. */
static size_t clause_before(const char *t, size_t sa, size_t ca)
{
    size_t e = ca;
    while (e > sa && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    int k;
    bool sent;
    uint32_t c = cp_before(t, sa, e, &k);
    if (c == CP_BAD || !is_clause_punct(c, &sent) || sent)
        return ca;
    size_t b = e - (size_t)k, a = b;
    while (a > sa) {
        uint32_t p = cp_before(t, sa, a, &k);
        if (p == CP_BAD || is_clause_punct(p, &sent))
            break;
        a -= (size_t)k;
    }
    return a;
}

/* Round 29 (price-weifang-cpi-2017m02): a change whose words are only its
 * verb (and 同比 or 环比), linking to no value, takes the subject its
 * sentence names before it: in the clause before, when that clause holds
 * no figure and ends in a change (蛋类价格继续下降,同比下降16.6% -> 蛋类价格
 * 同比下降), or before the base of its comparison written as a figure
 * (全市居民消费价格总水平比1月下降1.3% -> 居民消费价格总水平下降). */
static bulletin_status label_subject_before(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    /* (round 35: a degree before the verb, 鲜菜价格有大幅回落, 有所, 略有) */
    static const char *const adverbs[] = {"继续",     "繼續",       "持续",       "持續",   "仍然",
                                          "仍",       "也",         "均",         "有大幅度", "有大幅",
                                          "有较大幅度", "有較大幅度", "较大幅度", "較大幅度", "大幅度",
                                          "大幅",     "小幅",       "明显",       "明顯",   "显著",
                                          "顯著",     "有所",       "略有",       "稍有"};
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->change || f->link != BL_FIG_NO_LINK || !f->label ||
            !only_change_words(f->label))
            continue;
        size_t sa = 0, sb = 0;
        const bl_figure *q = k > s->sentence_first ? &l->items[k - 1] : NULL;
        if (q && q->text == t && (q->kind == BL_FIG_DATE || q->kind == BL_FIG_YEAR) &&
            q->start >= f->ctx_start && q->end <= f->start) {
            /* 比1月, 较2016年: the base; the subject before 比 */
            size_t b = q->start;
            if (has_before(t, f->ctx_start, b, "比") || has_before(t, f->ctx_start, b, "较") ||
                has_before(t, f->ctx_start, b, "較")) {
                sb = b - strlen("比");
                sa = f->ctx_start;
            }
        } else if (!q || q->text != t || q->end <= s->sentence_start ||
                   q->end <= clause_before(t, s->sentence_start, f->ctx_start)) {
            size_t pa = clause_before(t, s->sentence_start, f->ctx_start);
            if (pa < f->ctx_start && (!q || q->text != t || q->end <= pa)) {
                size_t pb = pa;
                while (pb < f->ctx_start) {
                    int kk;
                    bool sent;
                    uint32_t c = cp_at(t, f->ctx_start, pb, &kk);
                    if (c == CP_BAD || is_clause_punct(c, &sent))
                        break;
                    pb += (size_t)kk;
                }
                size_t vs = 0;
                if (fig_change_verb(t, pa, pb, &vs) != BL_FIG_CHANGE_NONE && vs > pa) {
                    sb = vs;
                    for (bool again = true; again;) {
                        again = false;
                        for (size_t w = 0; w < NELEM(adverbs); w++)
                            if (has_before(t, pa, sb, adverbs[w])) {
                                sb -= strlen(adverbs[w]);
                                again = true;
                            }
                    }
                    sa = pa;
                }
            }
        }
        if (sb <= sa)
            continue;
        fig_trim_scope(t, &sa, &sb);
        if (sb <= sa || bl_utf8_count(t + sa, sb - sa) < 2)
            continue;
        for (size_t i = sa; i < sb;) {
            int kk;
            uint32_t c = cp_at(t, sb, i, &kk);
            if (c == CP_BAD || (c >= '0' && c <= '9')) {
                sb = sa;
                break;
            }
            i += (size_t)kk;
        }
        if (sb <= sa)
            continue;
        const char *parts[] = {t + sa, f->label, NULL};
        size_t lens[] = {sb - sa, strlen(f->label)};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* Round 39 class 6 (stats-shangyu): 产业结构进一步优化,由上年的6.9:55.9:37.2
 * 演变为6.7:55.1:38.2: a ratio whose clause is only 由 and its base period
 * (由上年的, 由2012年的), after a clause holding no figure that is a subject
 * and a verb of betterment (优化, 改善, 调整, 升级, with 进一步, 继续 …), is
 * the subject's, and so is every ratio after it in the sentence whose words
 * are only a verb of change (演变为, 调整为, 变为). */
static bool ratio_from_words(const char *t, size_t a, size_t b)
{
    static const char *const froms[] = {"由", "从", "從"};
    size_t i = a;
    for (size_t w = 0; w < NELEM(froms) && i == a; w++)
        if (has_at(t, b, a, froms[w]))
            i = a + strlen(froms[w]);
    if (i == a)
        return false;
    if (has_before(t, i, b, "的"))
        b -= strlen("的");
    static const char *const periods[] = {"上年末", "上年", "去年", "上年度", "前一年",
                                          "上一年", "同期"};
    for (size_t w = 0; w < NELEM(periods); w++)
        if (b - i == strlen(periods[w]) && has_at(t, b, i, periods[w]))
            return true;
    /* 由2012年的 */
    size_t d = i;
    while (d < b && t[d] >= '0' && t[d] <= '9')
        d++;
    return d - i == 4 && b - d == strlen("年") && has_at(t, b, d, "年");
}

/* Whether the label ll is one of the n words of list (only_turn_verb,
 * only_period_label). */
static bool label_is_one_of(const char *ll, const char *const *list, size_t n)
{
    for (size_t w = 0; w < n; w++)
        if (!strcmp(ll, list[w]))
            return true;
    return false;
}

static bool only_turn_verb(const char *ll)
{
    static const char *const turned[] = {"调整", "調整", "变",   "變",   "演变", "演變",
                                         "优化", "優化", "转变", "轉變", "变化", "變化"};
    return label_is_one_of(ll, turned, NELEM(turned));
}

static bulletin_status label_ratio_subject_before(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const verbs[] = {"优化", "優化", "改善", "调整", "調整", "升级", "升級"};
    static const char *const adverbs[] = {"进一步", "進一步", "继续", "繼續", "持续", "持續",
                                          "不断",   "不斷",   "逐步", "日趋", "日趨", "更加",
                                          "得到",   "有所",   "稳步", "穩步"};
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->kind != BL_FIG_RATIO || f->part != 1 || f->change ||
            (f->label && *f->label))
            continue;
        size_t ca = f->start;
        while (ca > s->sentence_start) {
            int kk;
            bool sent;
            uint32_t c = cp_before(t, s->sentence_start, ca, &kk);
            if (c == CP_BAD || is_clause_punct(c, &sent))
                break;
            ca -= (size_t)kk;
        }
        if (ca >= f->start || !ratio_from_words(t, ca, f->start))
            continue;
        size_t pa = clause_before(t, s->sentence_start, ca);
        if (pa >= ca)
            continue;
        size_t pb = pa;
        while (pb < ca) {
            int kk;
            bool sent;
            uint32_t c = cp_at(t, ca, pb, &kk);
            if (c == CP_BAD || is_clause_punct(c, &sent))
                break;
            pb += (size_t)kk;
        }
        bool verb = false;
        for (size_t w = 0; w < NELEM(verbs) && !verb; w++)
            if (has_before(t, pa, pb, verbs[w])) {
                pb -= strlen(verbs[w]);
                verb = true;
            }
        for (bool again = verb; again;) {
            again = false;
            for (size_t w = 0; w < NELEM(adverbs); w++)
                if (has_before(t, pa, pb, adverbs[w])) {
                    pb -= strlen(adverbs[w]);
                    again = true;
                }
        }
        if (!verb)
            continue;
        fig_trim_scope(t, &pa, &pb);
        if (pb <= pa || bl_utf8_count(t + pa, pb - pa) < 2)
            continue;
        bool figure = false;
        for (size_t i = pa; i < pb && !figure; i++)
            figure = t[i] >= '0' && t[i] <= '9';
        for (size_t j = s->sentence_first; j < k && !figure; j++)
            figure = l->items[j].text == t && l->items[j].end > pa && l->items[j].start < ca &&
                     bl_figure_is_default(&l->items[j]);
        if (figure)
            continue;
        for (size_t j = k; j < l->len; j++) {
            bl_figure *r = &l->items[j];
            if (r->text != t || r->kind != BL_FIG_RATIO || r->change)
                break;
            if (j > k && r->part == 1 &&
                (!r->label || (*r->label && !only_turn_verb(r->label))))
                break;
            const char *parts[] = {t + pa, NULL};
            size_t lens[] = {pb - pa};
            bulletin_status st = set_label_parts(l, r, parts, lens);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    return BULLETIN_OK;
}

/* Round 39 class 7 (water-yangzhou 8:55): 年降水量1114.8mm,比2020年少5.4%,
 * 比多年均值多8.7%: a value whose words are only the base of a comparison
 * and 多 or 少 (比多年均值多, 较常年少) is the indicator's, the level the
 * sentence named before it (or the one a change before it changes), and
 * the word: 年降水量多.  Not after 比重, 比例, 比率. */
static bulletin_status label_more_less_than_base(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    size_t done = SIZE_MAX;
    const char *done_owner = NULL;
    for (size_t k = s->sentence_first + 1; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->label || f->link != BL_FIG_NO_LINK || !is_level_kind(f->kind))
            continue;
        const char *ll = f->label;
        size_t n = strlen(ll), h = 0;
        if (has_at(ll, n, 0, "比"))
            h = strlen("比");
        else if (has_at(ll, n, 0, "较") || has_at(ll, n, 0, "較"))
            h = strlen("较");
        if (!h || n < h + 2 * strlen("多") || has_at(ll, n, h, "重") || has_at(ll, n, h, "例") ||
            has_at(ll, n, h, "率") || has_at(ll, n, h, "较") || has_at(ll, n, h, "較"))
            continue;
        const char *verb = has_before(ll, 0, n, "多") ? "多" : has_before(ll, 0, n, "少") ? "少" : NULL;
        if (!verb)
            continue;
        /* (the words are the value's own: right before it) */
        size_t e = f->start;
        while (e > f->ctx_start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        if (e < n || memcmp(t + e - n, ll, n) != 0)
            continue;
        const char *owner = NULL;
        for (size_t j = k; j-- > s->sentence_first && !owner;) {
            const bl_figure *p = &l->items[j];
            if (p->text != t)
                break;
            if (p->kind == BL_FIG_YEAR || p->kind == BL_FIG_DATE)
                continue;
            if (j == done)
                owner = done_owner;
            else if (p->change && p->link != BL_FIG_NO_LINK && p->link < l->len &&
                l->items[p->link].label && *l->items[p->link].label)
                owner = l->items[p->link].label;
            else if (!p->change && is_level_kind(p->kind) && p->label && *p->label &&
                     p->link == BL_FIG_NO_LINK && strncmp(p->label, ll, h) != 0)
                owner = p->label;
            else if (!p->label || strncmp(p->label, ll, h) != 0)
                break;
        }
        if (!owner)
            continue;
        const char *parts[] = {owner, verb, NULL};
        size_t lens[] = {strlen(owner), strlen(verb)};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
        done = k;
        done_owner = owner;
    }
    return BULLETIN_OK;
}

/* Round 39 class 8 (pdfcopy-weixian 8:19): 优良天数为127天,去年同期为89天: a
 * level whose label is only a period (同期, 去年, 上年同期 …) is the same
 * indicator's in that period: the label of the level before it in the
 * sentence of the same kind and unit. */
static bool only_period_label(const char *ll)
{
    static const char *const periods[] = {"同期",     "去年同期", "上年同期", "去年",
                                          "上年",     "上年末",   "去年末",   "上年度",
                                          "上月",     "上期",     "上年同月", "去年同月"};
    return label_is_one_of(ll, periods, NELEM(periods));
}

/* Round 42 class 8b (stats-jinyun 2:408, 2:414): 男性人口23.85萬人,女性人口
 * 22.61萬人,分別占總人口的51.3%和48.7%: n shares after 分别 whose label is
 * only 占… (the same for each), right after n levels of one kind with their
 * own labels, are each of its level's subject (男性人口占總人口). */
static bulletin_status label_shares_of_levels_before(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->change || f->kind != BL_FIG_PERCENT || !f->label ||
            (strncmp(f->label, "占", strlen("占")) && strncmp(f->label, "佔", strlen("佔"))))
            continue;
        size_t e = k + 1;
        while (e < l->len && l->items[e].text == t && !l->items[e].change &&
               l->items[e].kind == BL_FIG_PERCENT && l->items[e].label &&
               !strcmp(l->items[e].label, f->label))
            e++;
        size_t n = e - k;
        if (n < 2 || k < s->sentence_first + n) {
            k = e - 1;
            continue;
        }
        const bl_figure *p0 = &l->items[k - n];
        bool ok = true;
        for (size_t j = k - n; j < k && ok; j++) {
            const bl_figure *p = &l->items[j];
            ok = p->text == t && !p->change && is_level_kind(p->kind) && p->kind == p0->kind &&
                 !strcmp(p->base_unit, p0->base_unit) && p->label && *p->label &&
                 strncmp(p->label, "占", strlen("占")) && strncmp(p->label, "佔", strlen("佔"));
        }
        const bl_figure *pl = &l->items[k - 1];
        bool resp = false;
        for (size_t j = pl->end; ok && j < f->start; j++)
            if (has_at(t, f->start, j, "分别") || has_at(t, f->start, j, "分別"))
                resp = true;
        if (ok && resp) {
            const char *own = f->label;
            size_t own_len = strlen(own);
            char *keep = NULL;
            /* (the shares' label is set one by one: keep a copy of it) */
            char buf[BL_FIG_LABEL_MAX + 1];
            if (own_len <= BL_FIG_LABEL_MAX) {
                memcpy(buf, own, own_len + 1);
                keep = buf;
            }
            for (size_t j = 0; keep && j < n; j++) {
                const bl_figure *p = &l->items[k - n + j];
                const char *parts[] = {p->label, keep, NULL};
                size_t lens[] = {strlen(p->label), own_len};
                bulletin_status st = set_label_parts(l, &l->items[k + j], parts, lens);
                if (st != BULLETIN_OK)
                    return st;
            }
        }
        k = e - 1;
    }
    return BULLETIN_OK;
}

/* Round 42 class 8a (stats-jinyun 2:313): 人均GDP為78655元（按年平均匯率折算為
 * 11162美元）: whether t[i, e) (after the parenthesis) is a conversion: 折合,
 * 约合, 折算, or 按… with 折算, 计算 or 换算. */
static bool conversion_clause(const char *t, size_t i, size_t e)
{
    static const char *const verbs[] = {"折合", "约合", "約合", "折算"};
    for (size_t w = 0; w < NELEM(verbs); w++)
        if (has_at(t, e, i, verbs[w]))
            return true;
    if (!has_at(t, e, i, "按"))
        return false;
    static const char *const ends[] = {"折算", "计算", "計算", "换算", "換算"};
    for (size_t j = i; j < e; j++)
        for (size_t w = 0; w < NELEM(ends); w++)
            if (has_at(t, e, j, ends[w]))
                return true;
    return false;
}

/* A value in parentheses right after a value of its kind whose words are a
 * conversion (元（按年平均匯率折算為11162美元）, 亿元(折合17.8亿美元)) is the same
 * indicator's: it takes the label of the value before it. */
static bulletin_status label_converted_value(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first + 1; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        const bl_figure *p = &l->items[k - 1];
        if (f->text != t || p->text != t || f->change || p->change || f->kind != p->kind ||
            !p->label || !*p->label || p->end >= f->start)
            continue;
        size_t i = skip_spaces(t, f->start, p->end);
        size_t n = has_at(t, f->start, i, "（") ? strlen("（")
                   : has_at(t, f->start, i, "(") ? strlen("(")
                                                  : 0;
        if (!n || !conversion_clause(t, i + n, f->start))
            continue;
        bool closed = false;
        for (size_t j = i + n; j < f->start; j++)
            if (t[j] == ')' || has_at(t, f->start, j, "）"))
                closed = true;
        if (closed)
            continue;
        const char *parts[] = {p->label, NULL};
        size_t lens[] = {strlen(p->label)};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

static bulletin_status label_level_of_period(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first + 1; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->change || !f->label ||
            (!is_level_kind(f->kind) && f->kind != BL_FIG_DURATION) || !only_period_label(f->label))
            continue;
        for (size_t j = k; j-- > s->sentence_first;) {
            const bl_figure *p = &l->items[j];
            if (p->text != t)
                break;
            if (p->change || p->kind != f->kind || strcmp(p->base_unit, f->base_unit) != 0)
                continue;
            if (p->label && *p->label && !only_period_label(p->label)) {
                const char *parts[] = {p->label, NULL};
                size_t lens[] = {strlen(p->label)};
                bulletin_status st = set_label_parts(l, f, parts, lens);
                if (st != BULLETIN_OK)
                    return st;
            }
            break;
        }
    }
    return BULLETIN_OK;
}

/* stats-zhongshan 6:29, stats-national-industry 4:11: 136种产品产量同比实现
 * 增长, 39個大類行業增加值全部保持同比增長: a count of industries or products
 * whose label ends before the change said of them (产品产量同比, 大類行業增加值)
 * is of the noun alone (产品, 大類行業); a label that says the change whole
 * (行业增加值保持同比增长) stays. */
static bulletin_status cut_counted_class(scan *s, bl_figure *f)
{
    static const char *const nouns[] = {"行业", "行業", "产品", "產品", "企业", "企業"};
    static const char *const measures[] = {"增加值", "产量", "產量", "产值", "產值",
                                           "利润",   "利潤", "营业收入", "營業收入"};
    (void)s;
    char *ll = f->label;
    size_t n = strlen(ll);
    size_t vs = 0;
    if (fig_change_verb(ll, 0, n, &vs) != BL_FIG_CHANGE_NONE)
        return BULLETIN_OK;
    for (size_t w = 0; w < NELEM(nouns); w++) {
        size_t m = strlen(nouns[w]);
        for (size_t i = 0; i + m <= n; i++) {
            if (ll[i] != nouns[w][0] || memcmp(ll + i, nouns[w], m) != 0)
                continue;
            for (size_t q = 0; q < NELEM(measures); q++)
                if (has_at(ll, n, i + m, measures[q])) {
                    ll[i + m] = '\0';
                    return BULLETIN_OK;
                }
        }
    }
    return BULLETIN_OK;
}

static bulletin_status label_counted_classes(scan *s)
{
    bl_figure_list *l = s->list;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text == s->t && f->kind == BL_FIG_COUNT && !f->change && f->label &&
            strlen(f->label) >= 3 && f->end + 3 <= s->len &&
            !memcmp(s->t + skip_spaces(s->t, s->len, f->end), f->label, 3)) {
            bulletin_status st = cut_counted_class(s, f);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    return BULLETIN_OK;
}

/* The subject of a rate's label ll: without its verb, 同比 or 环比 and an
 * abbreviation in parentheses ((CPI)); its length, 0 when none is left. */
static size_t rate_subject(const char *ll)
{
    size_t n = strlen(ll), vs = 0;
    if (fig_change_verb(ll, 0, n, &vs) == BL_FIG_CHANGE_NONE)
        return 0;
    n = vs;
    /* (and the basis of the rate: 两年平均增长, 名义增长) */
    static const char *const cmp[] = {"同比", "环比", "環比", NULL, "名义", "名義", "实际", "實際"};
    for (size_t w = 0; w < NELEM(cmp); w++)
        if (!cmp[w])
            n -= average_span_before(ll, 0, n); /* (两年平均, 四年平均, 年均) */
        else if (has_before(ll, 0, n, cmp[w]))
            n -= strlen(cmp[w]);
    size_t close = has_before(ll, 0, n, ")") ? 1 : has_before(ll, 0, n, "）") ? 3 : 0;
    if (close) {
        size_t o = n - close;
        while (o > 0 && ((ll[o - 1] >= 'A' && ll[o - 1] <= 'Z') || (ll[o - 1] >= 'a' && ll[o - 1] <= 'z')))
            o--;
        if (o < n - close && o > 0 && (ll[o - 1] == '(' || has_before(ll, 0, o, "（")))
            n = ll[o - 1] == '(' ? o - 1 : o - 3;
    }
    return bl_utf8_count(ll, n) >= 2 ? n : 0;
}

/* Round 29 (price-weifang-cpi-2017m02): a change in points of a rate
 * whose own words are only 同比 or 环比, a rate word (涨幅, 降幅 …) and the
 * base of the comparison (同比涨幅较1月收窄2.8个百分点, 较1月同比降幅扩大,
 * 较1月回落) is the rate's subject + the rate word + its verb: 居民消费价格
 * 总水平涨幅收窄; without a rate word, a price's 上涨 gives 涨幅. */
static bulletin_status label_points_of_rate(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const cmp[] = {"同比", "环比", "環比"};
    static const char *const base[] = {"较", "比", "較"};
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->kind != BL_FIG_POINTS || !f->change || f->link == BL_FIG_NO_LINK ||
            f->link >= l->len)
            continue;
        const bl_figure *p = &l->items[f->link];
        if (p->kind != BL_FIG_PERCENT || !p->change || !p->label || p->text != t)
            continue;
        size_t vs = 0, ve = f->lab_end;
        if (has_before(t, f->ctx_start, ve, "了"))
            ve -= strlen("了");
        if (ve <= f->ctx_start || fig_change_verb(t, f->ctx_start, ve, &vs) == BL_FIG_CHANGE_NONE ||
            vs < f->ctx_start)
            continue;
        /* the clause's words before the verb: 同比, a rate word, 较 + base */
        size_t i = skip_spaces(t, vs, f->ctx_start), ra = 0, rn = 0, extra = 0;
        bool ok = true, based = false;
        while (ok && i < vs) {
            size_t m = 0;
            for (size_t w = 0; w < NELEM(cmp) && !m; w++)
                if (has_at(t, vs, i, cmp[w]))
                    m = strlen(cmp[w]);
            for (size_t w = 0; w < NELEM(rate_words) && !m; w++)
                if (has_at(t, vs, i, rate_words[w]) && !rn) {
                    /* (比2月累计增速: words after the base are the rate's) */
                    ra = extra ? extra : i;
                    m = strlen(rate_words[w]);
                    rn = i + m - ra;
                }
            if (extra && !rn) {
                ok = false; /* words after the base and no rate word */
                break;
            }
            if (m) {
                i += m;
                continue;
            }
            for (size_t w = 0; w < NELEM(base) && !m; w++)
                if (has_at(t, vs, i, base[w]) && !based)
                    m = strlen(base[w]);
            if (!m) {
                ok = false;
                break;
            }
            based = true;
            i += m;
            /* the base: up to a rate word, 同比 or the verb (8 characters),
             * ending in a period's last character (月, 年, 期 …) */
            size_t base_end = 0;
            for (int c = 0; c < 8 && i < vs; c++) {
                bool stop = false;
                for (size_t w = 0; w < NELEM(cmp) && !stop; w++)
                    stop = has_at(t, vs, i, cmp[w]);
                for (size_t w = 0; w < NELEM(rate_words) && !stop; w++)
                    stop = has_at(t, vs, i, rate_words[w]);
                if (stop)
                    break;
                int kk;
                bool sent;
                uint32_t ch = cp_at(t, vs, i, &kk);
                if (ch == CP_BAD || is_clause_punct(ch, &sent)) {
                    ok = false;
                    break;
                }
                i += (size_t)kk;
                if (in_set(ch, "月年期度份末初"))
                    base_end = i;
            }
            if (base_end && base_end < i)
                extra = base_end;
        }
        if (!ok || !based || (extra && !rn))
            continue;
        const char *rw = rn ? t + ra : NULL;
        size_t pn = strlen(p->label);
        if (!rn) {
            if (has_before(p->label, 0, pn, "上涨"))
                rw = "涨幅", rn = strlen("涨幅");
            else if (has_before(p->label, 0, pn, "上漲"))
                rw = "漲幅", rn = strlen("漲幅");
            else
                continue;
        }
        size_t sn = rate_subject(p->label);
        if (!sn)
            continue;
        const char *parts[] = {p->label, rw, t + vs, NULL};
        size_t lens[] = {sn, rn, ve - vs};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

#define BL_FIG_CONTEXT_SIDE 480

static void clamp_context(const char *t, bl_figure *f)
{
    if (f->start > f->ctx_start && f->start - f->ctx_start > BL_FIG_CONTEXT_SIDE) {
        size_t a = f->start - BL_FIG_CONTEXT_SIDE;
        while (a < f->start && ((unsigned char)t[a] & 0xC0) == 0x80)
            a++;
        f->ctx_start = a;
    }
    if (f->ctx_end > f->end && f->ctx_end - f->end > BL_FIG_CONTEXT_SIDE) {
        size_t b = f->end + BL_FIG_CONTEXT_SIDE;
        while (b > f->end && ((unsigned char)t[b] & 0xC0) == 0x80)
            b--;
        f->ctx_end = b;
    }
}

/* A label never repeats its subject: 基本支出基本支出增加 (the subject named
 * before a comparison and again after its base) -> 基本支出增加.  A word of
 * two to eight Han characters at the label's start, written twice in a
 * row, is kept once. */
static void drop_repeated_lead(char *label)
{
    if (!label)
        return;
    size_t n = strlen(label), w = 0;
    int chars = 0;
    while (w < n && chars < 8) {
        uint32_t c;
        int k = bl_utf8_decode((const unsigned char *)label + w, n - w, &c);
        if (k <= 0 || !bl_is_han(c))
            break;
        w += (size_t)k;
        chars++;
    }
    /* the longest repeated word first: 支出支出 stays as written inside a
     * longer one only when no whole word repeats */
    for (size_t len = w; len > 0; len--) {
        if (((unsigned char)label[len] & 0xC0) == 0x80 || 2 * len > n)
            continue;
        if (bl_utf8_count(label, len) < 2)
            break;
        if (!memcmp(label, label + len, len)) {
            memmove(label, label + len, n - len + 1);
            return;
        }
    }
}

/* Round 30 class 5: 均 (都) that gives a change to each of the subjects
 * listed before it (一產、三產占比均提高 -> 一產、三產占比提高) is no part of
 * the label: 均 right before the change's verb ending the label, a list
 * word (、 和 及 与 與) before it, and no average (人均, 年均, 平均 …). */
static void drop_each_before_verb(char *label)
{
    if (!label)
        return;
    size_t n = strlen(label), vs = 0;
    if (fig_change_verb(label, 0, n, &vs) == BL_FIG_CHANGE_NONE || vs < strlen("均"))
        return;
    size_t j = vs - strlen("均");
    if (!has_at(label, vs, j, "均") && !has_at(label, vs, j, "都"))
        return;
    static const char *const avg[] = {"平", "年", "人", "户", "戶", "日", "月", "亩", "畝", "季"};
    for (size_t k = 0; k < NELEM(avg); k++)
        if (has_before(label, 0, j, avg[k]))
            return;
    bool list = false;
    for (size_t i = 0; i < j && !list; i++)
        list = has_at(label, j, i, "、") || has_at(label, j, i, "和") || has_at(label, j, i, "及") ||
               has_at(label, j, i, "与") || has_at(label, j, i, "與");
    if (list)
        memmove(label + j, label + vs, n - vs + 1);
}

/* Round 38 class 7: 引进落地总投资21.18亿元的宁德时代…项目: a total
 * investment whose value is followed by 的 qualifies the noun after it;
 * the words before 总投资 are that clause's verbs (引进落地, 新签约, 开工
 * 建设), no part of the indicator: the label is 总投资 alone. */
static void drop_verbs_before_total(const char *t, size_t len, bl_figure *f)
{
    if (!f->label || f->change || f->text != t)
        return;
    static const char *const totals[] = {"总投资额", "總投資額", "投资总额", "投資總額",
                                         "总投资",   "總投資"};
    size_t n = strlen(f->label);
    for (size_t w = 0; w < NELEM(totals); w++) {
        size_t tn = strlen(totals[w]);
        if (n <= tn || !has_before(f->label, 0, n, totals[w]))
            continue;
        if (!has_at(t, len, skip_spaces(t, len, f->end), "的"))
            return;
        memmove(f->label, f->label + n - tn, tn + 1);
        return;
    }
}

/* Round 38 class 5: 一般公共预算支出完成…，占省级核定…预计数(预计数取自
 * 《…》,闽财预〔2018〕30号)的60.68%: a share whose reference is followed by
 * its source in brackets before 的: the label is the level's before the
 * clause + 占 + the reference, the source left out (a comma inside the
 * brackets ends no clause of the share; without one the bracket is cut
 * from the label). */
static bulletin_status label_share_past_source(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->change || f->kind != BL_FIG_PERCENT || f->start < s->sentence_start)
            continue;
        size_t g = f->start;
        while (g > s->sentence_start && (t[g - 1] == ' ' || t[g - 1] == '\t'))
            g--;
        if (!has_before(t, s->sentence_start, g, "的"))
            continue;
        size_t e = g - strlen("的");
        while (e > s->sentence_start && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        size_t close = has_before(t, s->sentence_start, e, "）") ? strlen("）")
                       : e > s->sentence_start && t[e - 1] == ')' ? 1
                                                                  : 0;
        if (!close)
            continue;
        /* the opening bracket that matches */
        size_t o = e - close, depth = 0;
        bool found = false;
        while (o > s->sentence_start && !found) {
            int kc;
            uint32_t c = cp_before(t, s->sentence_start, o, &kc);
            if (c == CP_BAD)
                break;
            o -= (size_t)kc;
            if (c == ')' || c == 0xFF09)
                depth++;
            else if ((c == '(' || c == 0xFF08) && depth == 0)
                found = true;
            else if (c == '(' || c == 0xFF08)
                depth--;
            else if (c == 0x3002 /* 。 */)
                break;
        }
        if (!found)
            continue;
        size_t c0 = o;
        while (c0 > s->sentence_start) {
            int kc;
            uint32_t c = cp_before(t, s->sentence_start, c0, &kc);
            if (c == CP_BAD || c == ',' || c == 0xFF0C || c == ';' || c == 0xFF1B || c == ':' ||
                c == 0xFF1A || c == 0x3001)
                break;
            c0 -= (size_t)kc;
        }
        size_t wa = skip_spaces(t, o, c0), wb = o;
        while (wb > wa && (t[wb - 1] == ' ' || t[wb - 1] == '\t'))
            wb--;
        if (!((has_at(t, wb, wa, "占") || has_at(t, wb, wa, "佔")) &&
              bl_utf8_count(t + wa, wb - wa) >= 3))
            continue;
        const char *owner = NULL;
        for (size_t j = k; j-- > s->sentence_first && !owner;) {
            const bl_figure *q = &l->items[j];
            if (q->text != t || q->end > c0)
                continue;
            if (q->change || q->kind == BL_FIG_YEAR || q->kind == BL_FIG_DATE ||
                q->kind == BL_FIG_RANGE || q->kind == BL_FIG_PERCENT)
                continue;
            if (!is_level_kind(q->kind) || !q->label || !*q->label)
                break;
            owner = q->label;
        }
        if (!owner)
            continue;
        bl_buf lb;
        bl_buf_init(&lb, l->mem);
        bulletin_status st = bl_buf_puts(&lb, owner);
        if (st == BULLETIN_OK)
            st = bl_buf_put(&lb, t + wa, wb - wa);
        if (st == BULLETIN_OK && lb.data) {
            size_t ln = lb.len;
            if (drop_readings(lb.data, &ln)) {
                lb.len = ln;
                lb.data[ln] = '\0';
            }
        }
        if (st == BULLETIN_OK && lb.len >= BL_FIG_LABEL_MAX) {
            bl_buf_free(&lb);
            continue;
        }
        if ((st = replace_label(l, f, &lb, st)) != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* Round 37 class 7: CPI（居民消费价格指数）同比上涨: a gloss in brackets
 * (Han characters only, two or more) right after an abbreviation in
 * capitals (CPI, PPI, GDP) says the abbreviation again: dropped from the
 * label (CPI同比上涨); 地区生产总值（GDP） keeps its abbreviation. */
static void drop_abbreviation_gloss(char *label)
{
    if (!label)
        return;
    size_t n = strlen(label);
    for (size_t i = 0; i + 1 < n; i++) {
        size_t caps = 0;
        while (i + caps < n && label[i + caps] >= 'A' && label[i + caps] <= 'Z')
            caps++;
        if (caps < 2) {
            i += caps;
            continue;
        }
        size_t o = i + caps, g;
        bool full = has_at(label, n, o, "（");
        if (!full && !(o < n && label[o] == '(')) {
            i += caps;
            continue;
        }
        g = o + (full ? strlen("（") : 1);
        size_t j = g;
        int chars = 0;
        for (;;) {
            int k;
            uint32_t c = cp_at(label, n, j, &k);
            if (c == CP_BAD || !bl_is_han(c))
                break;
            j += (size_t)k;
            chars++;
        }
        size_t close = has_at(label, n, j, "）") ? strlen("）") : j < n && label[j] == ')' ? 1 : 0;
        if (chars >= 2 && close) {
            memmove(label + o, label + j + close, n - j - close + 1);
            return;
        }
        i += caps;
    }
}

/* Round 38 class 6: 纳入预算管理的政府性基金收入: a clause of 纳入 (納入,
 * 列入) ending in 的 at a label's head, within twelve characters, with
 * two characters or more after it, says which revenue a budget counts,
 * not another indicator: the label is the words after it (政府性基金收入,
 * 国有资本经营预算支出增长), as the same text names its 支出 without it. */
/* Round 41 class 4: a finished label holds no pinyin reading
 * (高技術(shù)產(chǎn)業(yè)增加值增速快, built of a list's items by a later rule,
 * kept them) and never begins with a reading's rest (gè）縣（市）…: the
 * opening was cut off with the count before it).  The readings are the
 * ones reading_at knows (a toned syllable in parentheses after a Han
 * character); a rest is one without its opening, toned, at the head. */
static void drop_label_readings(char *label)
{
    if (!label || !*label)
        return;
    size_t n = strlen(label);
    if ((unsigned char)label[0] >= 'a') {
        size_t r = reading_rest_at(label, n, 0);
        bool tone = false;
        for (size_t i = 0; i < r && !tone; i++)
            tone = (unsigned char)label[i] >= 0xC3 && (unsigned char)label[i] <= 0xC9;
        if (r && tone && r < n) {
            memmove(label, label + r, n - r + 1);
            n -= r;
        }
    }
    if (drop_readings(label, &n))
        label[n] = '\0';
}

/* Round 41 class 4: 2個縣(市)收入增幅超過30%: a change whose words begin
 * with the places a count just before it counts, named with their kinds
 * in parentheses (縣（市）, 县（市、区）: the count's label), measures each
 * of them: its label is what follows (收入增幅). */
static void drop_counted_places(const char *t, size_t len, const bl_figure *p, bl_figure *f)
{
    if (!f->change || p->change || p->kind != BL_FIG_COUNT || p->text != f->text ||
        !p->label || !f->label || f->lab_start < p->end ||
        f->lab_start > p->end + reading_at(t, len, p->end))
        return;
    size_t n = strlen(p->label), m = strlen(f->label);
    if (n < strlen("县(市)") || !(has_before(p->label, 0, n, "）") || p->label[n - 1] == ')') || m <= n ||
        memcmp(p->label, f->label, n) || !bl_is_han(cp_at(f->label, m, n, NULL)))
        return;
    size_t o = 0;
    while (o < n && !has_at(p->label, n, o, "（") && p->label[o] != '(') {
        int k;
        if (cp_at(p->label, n, o, &k) == CP_BAD)
            return;
        o += (size_t)k;
    }
    if (o == 0 || o >= n || admin_paren_at(p->label, n, o) != n - o)
        return;
    memmove(f->label, f->label + n, m - n + 1);
}

static void drop_counted_in(char *label)
{
    if (!label)
        return;
    static const char *const into[] = {"纳入", "納入", "列入"};
    size_t n = strlen(label);
    bool at = false;
    for (size_t w = 0; w < NELEM(into) && !at; w++)
        at = has_at(label, n, 0, into[w]);
    if (!at)
        return;
    size_t i = strlen("纳入");
    for (int c = 0; c < 12 && i < n; c++) {
        int k;
        uint32_t cp = cp_at(label, n, i, &k);
        if (cp == CP_BAD || !bl_is_han(cp))
            return;
        if (cp == 0x7684 /* 的 */) {
            i += (size_t)k;
            if (bl_utf8_count(label + i, n - i) >= 2)
                memmove(label, label + i, n - i + 1);
            return;
        }
        i += (size_t)k;
    }
}

/* Removes the n bytes at byte i of label (in place). */
static void cut_label_bytes(char *label, size_t i, size_t n)
{
    memmove(label + i, label + i + n, strlen(label + i + n) + 1);
}

/* The byte offset of word w in label at or after byte from, or (size_t)-1. */
static size_t label_find(const char *label, size_t from, const char *w)
{
    const char *p = strstr(label + from, w);
    return p ? (size_t)(p - label) : (size_t)-1;
}

/* Whether the characters of label ending at byte i end with one of the n
 * words of list. */
static bool label_ends_one_of(const char *label, size_t i, const char *const *list, size_t n)
{
    for (size_t w = 0; w < n; w++)
        if (has_before(label, 0, i, list[w]))
            return true;
    return false;
}

/* Round 41 class 5 and round 44 class 6: words before or inside a finished
 * label that name no part of the indicator:
 * - the comparison 同比, 同比实际, 同比名义 before 增速 (the rate's change,
 *   規模以上工業增加值同比實際增速加快 -> 規模以上工業增加值增速加快);
 * - the auditor before 审计发现 (海區審計局審計發現問題 -> 審計發現問題), an
 *   office's name (…局, 署, 厅, 办, 组) of two characters or more;
 * - 督促相关单位 (部门, 企业) before what they were made to do;
 * - a scope of bodies, 有关地方、部门和单位共, before a total (not 共同);
 * - the rest of a list in parentheses a clause was opened in (区）收入增幅,
 *   the clause opened at the 、 of 县(市、区)): one to three characters and
 *   a closing parenthesis never opened. */
static void drop_words_around(char *label)
{
    if (!label || !*label)
        return;
    static const char *const yoy[] = {"同比实际", "同比實際", "同比名义", "同比名義", "同比"};
    for (size_t w = 0; w < NELEM(yoy); w++) {
        for (size_t i = label_find(label, 0, yoy[w]); i != (size_t)-1;
             i = label_find(label, i, yoy[w])) {
            if (i > 0 && has_at(label, strlen(label), i + strlen(yoy[w]), "增速"))
                cut_label_bytes(label, i, strlen(yoy[w]));
            else
                i += strlen(yoy[w]);
        }
    }
    static const char *const audit[] = {"审计发现", "審計發現"};
    static const char *const office[] = {"局", "署", "厅", "廳", "办", "辦", "组", "組"};
    for (size_t w = 0; w < NELEM(audit); w++) {
        size_t i = label_find(label, 0, audit[w]);
        if (i != (size_t)-1 && i > 0 && bl_utf8_count(label, i) >= 3 &&
            label_ends_one_of(label, i, office, NELEM(office)))
            cut_label_bytes(label, 0, i);
    }
    static const char *const urge[] = {"督促", "推动", "推動", "要求"};
    static const char *const bodies[] = {"单位", "單位", "部门", "部門", "企业", "企業"};
    for (size_t w = 0; w < NELEM(urge); w++)
        if (has_at(label, strlen(label), 0, urge[w]))
            for (size_t b = 0; b < NELEM(bodies); b++) {
                size_t i = label_find(label, 0, bodies[b]);
                if (i != (size_t)-1 && bl_utf8_count(label, i) <= 6) {
                    size_t e = i + strlen(bodies[b]);
                    if (bl_utf8_count(label + e, strlen(label + e)) >= 2)
                        cut_label_bytes(label, 0, e);
                    break;
                }
            }
    static const char *const concerned[] = {"有关", "有關"};
    static const char *const tot[] = {"共", "共计", "共計"};
    for (size_t w = 0; w < NELEM(concerned); w++) {
        if (!has_at(label, strlen(label), 0, concerned[w]))
            continue;
        size_t i = label_find(label, 0, "共");
        if (i == (size_t)-1 || has_at(label, strlen(label), i, "共同") ||
            !(label_ends_one_of(label, i, bodies, NELEM(bodies)) || has_before(label, 0, i, "地方")))
            continue;
        size_t e = i + strlen("共");
        for (size_t x = 0; x < NELEM(tot); x++)
            if (has_at(label, strlen(label), i, tot[x]) && strlen(tot[x]) > e - i)
                e = i + strlen(tot[x]);
        if (bl_utf8_count(label + e, strlen(label + e)) >= 2)
            cut_label_bytes(label, 0, e);
    }
    size_t n = strlen(label), i = 0;
    for (int c = 0; c < 3 && i < n; c++) {
        int k;
        uint32_t cp = cp_at(label, n, i, &k);
        if (cp == CP_BAD || !bl_is_han(cp))
            break;
        i += (size_t)k;
        size_t p = has_at(label, n, i, "）") ? strlen("）") : label[i] == ')' ? 1 : 0;
        if (p && bl_utf8_count(label + i + p, n - i - p) >= 2) {
            cut_label_bytes(label, 0, i + p);
            break;
        }
    }
}

/* Round 44 class 7 (stats-jiangkou 7:43): 三次产业对经济增长的拉动分别为:
 * 第一产业0.62个百分点,…: a value after 分别为: whose label is only its own
 * subject right before it takes the indicator said once before 分别为, the
 * words after its last 的 when they are a contribution (拉动, 贡献, 贡献率). */
static bulletin_status label_points_after_respectively(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const resp[] = {"分别为", "分別為", "分别是", "分別是"};
    static const char *const contrib[] = {"拉动", "拉動", "贡献率", "貢獻率", "贡献", "貢獻"};
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->label || !*f->label || f->change)
            continue;
        size_t ln = strlen(f->label);
        if (f->start < s->sentence_start + ln || memcmp(t + f->start - ln, f->label, ln))
            continue;
        size_t i = f->start - ln;
        /* the subject opens after a comma or a colon */
        int kk;
        uint32_t c = cp_before(t, s->sentence_start, i, &kk);
        if (c != ',' && c != ':' && c != 0xFF0C && c != 0xFF1A && c != 0x3001)
            continue;
        /* 分别为: somewhere before in the sentence (each word of resp
         * begins with 分, E5 88 86: the other bytes are passed over) */
        size_t r = (size_t)-1;
        for (size_t j = s->sentence_start; j + 3 <= i && r == (size_t)-1; j++) {
            if ((unsigned char)t[j] != 0xE5 || (unsigned char)t[j + 1] != 0x88 ||
                (unsigned char)t[j + 2] != 0x86)
                continue;
            for (size_t w = 0; w < NELEM(resp); w++)
                if (has_at(t, i, j, resp[w])) {
                    size_t e = j + strlen(resp[w]);
                    if (has_at(t, i, e, ":") || has_at(t, i, e, "："))
                        r = j;
                }
        }
        if (r == (size_t)-1)
            continue;
        const char *word = NULL;
        for (size_t w = 0; w < NELEM(contrib) && !word; w++)
            if (has_before(t, s->sentence_start, r, contrib[w]) &&
                has_before(t, s->sentence_start, r - strlen(contrib[w]), "的"))
                word = contrib[w];
        if (!word || (ln >= strlen(word) && !strcmp(f->label + ln - strlen(word), word)))
            continue;
        const char *parts[] = {f->label, word, NULL};
        size_t lens[] = {ln, strlen(word)};
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* Round 44 class 8 (stats-bengbu 6:231): 三次產業結構由上年的13.2:32.3:54.5
 * 調整為12.4:30.9:56.7: a ratio labelled only with the verb of change that
 * follows another ratio in its clause is that ratio's subject's. */
static bulletin_status label_ratio_turned_to(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first + 1; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->kind != BL_FIG_RATIO || f->part != 1 || f->change || !f->label ||
            !only_turn_verb(f->label))
            continue;
        bl_figure *p = &l->items[k - 1];
        if (p->text != t || p->kind != BL_FIG_RATIO || !p->label || !*p->label ||
            only_turn_verb(p->label) || p->end > f->start || clause_mark_between(t, p->end, f->start))
            continue;
        char *subject = p->label;
        size_t sn = strlen(subject);
        for (size_t j = k; j < l->len; j++) {
            bl_figure *r = &l->items[j];
            if (r->text != t || r->kind != BL_FIG_RATIO || r->change || (j > k && r->part == 1))
                break;
            const char *parts[] = {subject, NULL};
            size_t lens[] = {sn};
            bulletin_status st = set_label_parts(l, r, parts, lens);
            if (st != BULLETIN_OK)
                return st;
        }
    }
    return BULLETIN_OK;
}

/* Round 44 class 9 (budget-city-1-7m 1:124): 将地方教育附加等11项政府性基金收入
 * 纳入一般公共预算管理: a count's noun handed into something (纳入, 划入,
 * 列入, 转入 after 将 before the count in its clause) is the label without
 * the handing. */
static void drop_handed_into(const char *t, bl_figure *f, size_t sentence_start)
{
    if (!f->label || !*f->label || f->start < sentence_start)
        return;
    size_t ln = strlen(f->label);
    size_t e = f->end;
    /* strncmp, not has_at: the text may end before e + ln */
    while (e < f->end + 8 && t[e] && strncmp(t + e, f->label, ln) != 0)
        e++;
    if (strncmp(t + e, f->label, ln) != 0)
        return;
    static const char *const into[] = {"纳入", "納入", "划入", "劃入", "列入", "转入", "轉入"};
    size_t w = 0;
    while (w < NELEM(into) && label_find(f->label, 0, into[w]) == (size_t)-1)
        w++;
    if (w == NELEM(into))
        return; /* no handing in the label: no walk back (a clause of
                 * 20,000 figures walked it for each) */
    bool jiang = false;
    size_t steps = 0; /* 将 stands a few words before the count */
    for (size_t i = f->start; i > sentence_start && !jiang && steps++ < 48;) {
        int kk;
        bool sent;
        uint32_t c = cp_before(t, sentence_start, i, &kk);
        if (c == CP_BAD || is_clause_punct(c, &sent))
            break;
        i -= (size_t)kk;
        jiang = has_at(t, f->start, i, "将") || has_at(t, f->start, i, "將");
    }
    if (!jiang)
        return;
    for (; w < NELEM(into); w++) {
        size_t i = label_find(f->label, 0, into[w]);
        if (i != (size_t)-1 && bl_utf8_count(f->label, i) >= 2) {
            f->label[i] = '\0';
            return;
        }
    }
}

/* Round 44 class 6 (audit-cnao 2:169 - 2:185): 分别有1691个、513个(占94%、
 * 62%)已完成整改: the values listed after 分别有 (with their shares in
 * parentheses after 占) are of what the clause says after the list: the
 * counts are 已完成整改, the shares 已完成整改占比.  Only when those words
 * are two characters or more and hold no figure. */
static bulletin_status label_respectively_have(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    static const char *const have[] = {"分别有", "分別有"};
    static const char *const skips[] = {"、", "（", "）", "(", ")", "占", "佔", "和", "及", " "};
    size_t end = s->len;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || f->start < s->sentence_start + strlen(have[0]))
            continue;
        bool after = false;
        for (size_t w = 0; w < NELEM(have) && !after; w++)
            after = has_before(t, s->sentence_start, f->start, have[w]);
        if (!after)
            continue;
        /* the list: figures, 、, parentheses and 占 */
        size_t i = f->start, j = k, last = k;
        while (i < end) {
            if (j < l->len && l->items[j].text == t && l->items[j].start == i) {
                last = j;
                i = l->items[j].end > i ? l->items[j].end : i + 1;
                j++;
                continue;
            }
            size_t n = 0;
            for (size_t w = 0; w < NELEM(skips) && !n; w++)
                if (has_at(t, end, i, skips[w]))
                    n = strlen(skips[w]);
            if (!n)
                break;
            i += n;
        }
        size_t pa = i, pb = i;
        int han = 0;
        bool digit = false;
        while (pb < end) {
            int kk;
            bool sent;
            uint32_t c = cp_at(t, end, pb, &kk);
            if (c == CP_BAD || is_clause_punct(c, &sent))
                break;
            han += bl_is_han(c);
            digit = digit || (c >= '0' && c <= '9');
            pb += (size_t)kk;
        }
        if (han < 2 || digit || pa == pb) {
            k = last;
            continue;
        }
        for (size_t x = k; x <= last; x++) {
            bl_figure *r = &l->items[x];
            bool share = r->kind == BL_FIG_PERCENT;
            const char *parts[] = {t + pa, share ? "占比" : NULL, NULL};
            size_t lens[] = {pb - pa, share ? strlen("占比") : 0};
            bulletin_status st = set_label_parts(l, r, parts, lens);
            if (st != BULLETIN_OK)
                return st;
        }
        k = last;
    }
    return BULLETIN_OK;
}

/* figlab45 (round 43 class 9, industry-national-2008m10 2:58; round 41
 * water-mwr-2016 18:33): a remark in parentheses that holds a figure,
 * inside a subject (全國規模以上工業企業(年主營業務收入500萬元以上的企業)
 * 增加值同比增長8.2%, 地下水資源量(礦化度≤2g/L)8854.8億m3): the label made
 * from the words after the figure inside it (企業）增加值同比增長, or none)
 * is the words before the remark (scope words trimmed) and the label's
 * words after the remark.  Only Han characters between the remark and the
 * figure, the remark at most 40 characters, the words before it opening
 * the clause (two characters or more). */
static bulletin_status label_around_remark(scan *s, size_t first)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->label || strchr(f->label, '(') || strstr(f->label, "（") ||
            f->kind == BL_FIG_DATE || f->kind == BL_FIG_YEAR)
            continue;
        size_t lo = f->ctx_start, c = f->start;
        /* back over Han characters to a closing parenthesis */
        for (int n = 0; n < 24 && c > lo; n++) {
            int kc;
            uint32_t cp = cp_before(t, lo, c, &kc);
            if (cp == CP_BAD || !bl_is_han(cp))
                break;
            c -= (size_t)kc;
        }
        size_t cl = has_before(t, lo, c, "）") ? strlen("）") : c > lo && t[c - 1] == ')' ? 1 : 0;
        if (!cl)
            continue;
        size_t after = c; /* the first byte after the remark */
        c -= cl;
        size_t o = c;
        bool digit = false, open = false;
        for (int n = 0; n < 40 && o > lo && !open; n++) {
            int kc;
            uint32_t cp = cp_before(t, lo, o, &kc);
            if (cp == CP_BAD || cp == ')' || cp == 0xFF09 || cp == 0x3002)
                break;
            o -= (size_t)kc;
            digit = digit || (cp >= '0' && cp <= '9');
            open = cp == '(' || cp == 0xFF08;
        }
        if (!open || !digit)
            continue;
        size_t wa = skip_spaces(t, o, lo), wb = o;
        if (wb - wa > 3 * 24)
            continue; /* (the words before the remark open the clause: bounded) */
        for (size_t i = wa; i < wb;) {
            int kc;
            uint32_t cp = cp_at(t, wb, i, &kc);
            if (cp == CP_BAD || !bl_is_han(cp)) {
                wa = wb;
                break;
            }
            i += (size_t)kc;
        }
        trim_words(t, &wa, &wb, label_lead, NELEM(label_lead), label_trail, NELEM(label_trail));
        if (wb <= wa || bl_utf8_count(t + wa, wb - wa) < 2)
            continue;
        const char *tail = f->label;
        const char *close = strstr(tail, "）");
        if (close)
            tail = close + strlen("）");
        else if ((close = strchr(tail, ')')) != NULL)
            tail = close + 1;
        /* the tail is the words after the remark: its first character
         * within the first three there */
        if (*tail) {
            int kt;
            uint32_t c0 = cp_at(tail, strlen(tail), 0, &kt);
            bool near = false;
            size_t i = after;
            for (int n = 0; n < 3 && i < f->start && !near; n++) {
                int kc;
                uint32_t cp = cp_at(t, f->start, i, &kc);
                near = cp == c0;
                i += (size_t)kc;
            }
            if (!near)
                continue;
        }
        const char *parts[] = {t + wa, tail, NULL};
        size_t lens[] = {wb - wa, strlen(tail)};
        /* (tail points into the old label, which set_label_parts frees
         * only after copying the parts) */
        bulletin_status st = set_label_parts(l, f, parts, lens);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* figlab45 (round 43 class 9, industry-national-2008m10 2:115-164): a
 * series of months after a rate, each clause opened by its month (6月份的
 * 增速還保持在16.0%,7月份回落至14.7%,8月份為12.8%,10月份比9月份又回落3.2個
 * 百分點): the first names the rate (增速, an adverb after it dropped), the
 * later values whose labels name nothing of their own (回落至, 為, none)
 * are that rate, a change in points the rate and its verb (增速回落).  A
 * month clause naming an indicator of its own ends the series. */
static bool month_opens_clause(const bl_figure_list *l, size_t k)
{
    const bl_figure *f = &l->items[k];
    for (size_t j = k, n = 0; j-- > 0 && n < 3; n++) {
        const bl_figure *g = &l->items[j];
        if (g->text != f->text || g->ctx_start != f->ctx_start)
            return false;
        if (g->kind == BL_FIG_DATE && g->month > 0 && g->day == 0 && g->year == 0 &&
            g->start == skip_spaces(f->text, g->start, f->ctx_start))
            return true;
    }
    return false;
}

static bool names_nothing(const char *label)
{
    static const char *const ends[] = {"至", "到", "为", "為", "在", "达", "達"};
    size_t n = strlen(label);
    if (!n)
        return true;
    if (bl_utf8_count(label, n) > 3)
        return false;
    for (size_t w = 0; w < NELEM(ends); w++)
        if (has_before(label, 0, n, ends[w]))
            return true;
    return false;
}

static bulletin_status label_month_series(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    char rate[96];
    size_t rn = 0;
    for (size_t k = s->sentence_first; k < l->len; k++) {
        bl_figure *f = &l->items[k];
        if (f->text != t || !f->label || f->kind == BL_FIG_DATE || f->kind == BL_FIG_YEAR)
            continue;
        if (!month_opens_clause(l, k)) {
            rn = 0;
            continue;
        }
        const char *lab = f->label;
        size_t n = strlen(lab);
        if (f->kind == BL_FIG_PERCENT && !f->change && rn == 0) {
            for (size_t w = 0; w < NELEM(rate_words) && !rn; w++) {
                size_t p = label_find(lab, 0, rate_words[w]);
                if (p == (size_t)-1)
                    continue;
                size_t e = p + strlen(rate_words[w]);
                if (bl_utf8_count(lab + e, n - e) > 1 || e >= sizeof rate)
                    continue;
                memcpy(rate, lab, e);
                rn = e;
                if (e < n) {
                    const char *parts[] = {rate, NULL};
                    size_t lens[] = {rn};
                    bulletin_status st = set_label_parts(l, f, parts, lens);
                    if (st != BULLETIN_OK)
                        return st;
                }
            }
            continue;
        }
        if (!rn)
            continue;
        if (f->kind == BL_FIG_PERCENT && !f->change) {
            if (!names_nothing(lab)) {
                rn = 0;
                continue;
            }
            const char *parts[] = {rate, NULL};
            size_t lens[] = {rn};
            bulletin_status st = set_label_parts(l, f, parts, lens);
            if (st != BULLETIN_OK)
                return st;
        } else if (f->kind == BL_FIG_POINTS && f->change) {
            const char *verb = NULL;
            for (size_t w = 0; w < NELEM(rate_verbs) && !verb; w++)
                if (has_before(lab, 0, n, rate_verbs[w]))
                    verb = rate_verbs[w];
            if (!verb) {
                rn = 0;
                continue;
            }
            const char *parts[] = {rate, verb, NULL};
            size_t lens[] = {rn, strlen(verb)};
            bulletin_status st = set_label_parts(l, f, parts, lens);
            if (st != BULLETIN_OK)
                return st;
        } else
            rn = 0;
    }
    return BULLETIN_OK;
}

/* figlab45 (round 44, audit-cnao 2:146, 2:158): 要求立行立改的1786个、分阶段
 * 整改的817个问题中: two counts listed, each after its own modifier ending
 * in 的, the counted noun (the second count's label) said once after the
 * second: each is its modifier, 的 and the noun.  The first modifier runs
 * from its clause's start, after a scope ending in 中 (审计工作报告中),
 * at most 16 characters; the second is the words between 、 and 的. */
static bool modifier_before(const char *t, size_t lo, size_t e, size_t max, size_t *a)
{
    if (!has_before(t, lo, e, "的"))
        return false;
    size_t b = e - strlen("的"), i = b;
    for (size_t n = 0; n < max && i > lo; n++) {
        int kc;
        uint32_t cp = cp_before(t, lo, i, &kc);
        if (cp == CP_BAD || !bl_is_han(cp) || cp == 0x4E2D /* 中 */ || cp == 0x7684 /* 的 */)
            break;
        i -= (size_t)kc;
    }
    if (b - i < 2 * 3)
        return false;
    *a = i;
    return true;
}

static bulletin_status label_listed_modifiers(scan *s)
{
    bl_figure_list *l = s->list;
    const char *t = s->t;
    for (size_t k = s->sentence_first; k + 1 < l->len; k++) {
        bl_figure *f = &l->items[k], *g = &l->items[k + 1];
        if (f->text != t || g->text != t || f->kind != BL_FIG_COUNT || g->kind != BL_FIG_COUNT ||
            f->change || g->change || !g->label || !*g->label || strcmp(f->unit, g->unit) ||
            !has_at(t, g->start, f->end, "、"))
            continue;
        size_t gl = strlen(g->label);
        if (!has_at(t, s->len, g->end, g->label))
            continue; /* the noun right after the second count */
        size_t fa, ga, from = f->end + strlen("、");
        if (!modifier_before(t, from, g->start, 16, &ga) || ga != from ||
            !modifier_before(t, f->ctx_start, f->start, 16, &fa))
            continue;
        size_t fb = f->start - strlen("的");
        trim_words(t, &fa, &fb, label_lead, NELEM(label_lead), NULL, 0); /* 全市新建的 */
        if (fb != f->start - strlen("的") || fb - fa < 2 * 3)
            continue;
        const char *pf[] = {t + fa, g->label, NULL};
        size_t lf[] = {f->start - fa, gl};
        const char *pg[] = {t + ga, g->label, NULL};
        size_t lg[] = {g->start - ga, gl};
        /* (the second's label is a part of both: the first set first) */
        bulletin_status st = set_label_parts(l, f, pf, lf);
        if (st == BULLETIN_OK)
            st = set_label_parts(l, g, pg, lg);
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

bulletin_status fig_close_clause(scan *s, size_t end, bool sentence)
{
    size_t e = end;
    while (e > s->clause_start) {
        int k;
        uint32_t c = cp_before(s->t, s->clause_start, e, &k);
        if (c == CP_BAD || !is_space(c))
            break;
        e -= (size_t)k;
    }
    for (size_t k = s->clause_first; k < s->list->len; k++) {
        bl_figure *f = &s->list->items[k];
        f->ctx_end = e < f->ctx_start ? f->ctx_start : e;
        clamp_context(s->t, f);
    }
    for (size_t k = s->clause_first; k < s->list->len; k++) {
        bulletin_status status = make_label(s, k, e);
        if (status != BULLETIN_OK)
            return status;
    }
    bulletin_status around = label_around_remark(s, s->clause_first);
    if (around != BULLETIN_OK)
        return around;
    bulletin_status scoped = keep_budget_scopes(s->list, s->clause_first);
    if (scoped != BULLETIN_OK)
        return scoped;
    s->clause_first = s->list->len;
    if (sentence) {
        bulletin_status status = label_respectively(s);
        if (status == BULLETIN_OK)
            status = label_listed_levels(s);
        if (status == BULLETIN_OK)
            status = label_compared_rates(s);
        if (status == BULLETIN_OK)
            status = label_industry_shares(s);
        if (status == BULLETIN_OK)
            status = label_rate_gaps(s);
        if (status == BULLETIN_OK)
            status = label_subject_before(s);
        if (status == BULLETIN_OK)
            status = label_ratio_subject_before(s);
        if (status == BULLETIN_OK)
            status = label_more_less_than_base(s);
        if (status == BULLETIN_OK)
            status = label_level_of_period(s);
        if (status == BULLETIN_OK)
            status = label_converted_value(s);
        if (status == BULLETIN_OK)
            status = label_shares_of_levels_before(s);
        if (status == BULLETIN_OK)
            status = label_subject_of_cause(s);
        if (status == BULLETIN_OK)
            status = label_points_of_rate(s);
        if (status == BULLETIN_OK)
            status = label_share_past_source(s);
        if (status == BULLETIN_OK)
            status = label_points_after_respectively(s);
        if (status == BULLETIN_OK)
            status = label_ratio_turned_to(s);
        if (status == BULLETIN_OK)
            status = label_respectively_have(s);
        if (status == BULLETIN_OK)
            status = label_month_series(s);
        if (status == BULLETIN_OK)
            status = label_listed_modifiers(s);
        if (status != BULLETIN_OK)
            return status;
        status = label_counted_classes(s);
        if (status != BULLETIN_OK)
            return status;
        for (size_t k = s->sentence_first; k < s->list->len; k++) {
            drop_counted_in(s->list->items[k].label);
            drop_label_readings(s->list->items[k].label);
            if (k > s->sentence_first)
                drop_counted_places(s->t, s->len, &s->list->items[k - 1], &s->list->items[k]);
            drop_abbreviation_gloss(s->list->items[k].label);
            drop_repeated_lead(s->list->items[k].label);
            drop_verbs_before_total(s->t, s->len, &s->list->items[k]);
            drop_words_around(s->list->items[k].label);
            drop_handed_into(s->t, &s->list->items[k], s->sentence_start);
            if (s->list->items[k].change)
                drop_each_before_verb(s->list->items[k].label);
        }
        s->sentence_first = s->list->len;
        s->forward = BL_FIG_NO_LINK;
    }
    s->pending_qual = NULL;
    return BULLETIN_OK;
}
