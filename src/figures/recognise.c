/*
 * recognise.c - the figure a number starts: at a run of Arabic digits
 * (fig_arabic) or Chinese numerals (fig_chinese), decides among the
 * numbers that are not figures (list markers, table and figure numbers,
 * contact numbers), time of day, calendar dates, ratio, rank, range,
 * date, year and quantity (rules 1-9 of figures.h), and builds it from
 * what numbers.c reads and units.c finds around it.  A ratio gives a
 * figure per part and a range one per end.
 */
#include <math.h>

#include "figures/figures_int.h"

/* After 第N: 位 名 make a rank, and so do these adjectives (第二大); any
 * other Han character makes an ordinal inside a name (第五届, 第3批). */
static const char rank_after[] = "大高低多少强";

/* Words before N年 that make it a duration, not a year. */
static const char *const duration_verbs[] = {"连续", "历时", "为期", "长达",
                                             "用",   "近",   "经过", "持续"};

/* Characters after a bare number that do not make a unit of their own
 * (function words, verbs of comparison, scales read elsewhere): 4.2和2.1
 *个百分点 is not "4.2 和". */
static const char not_unit[] =
    "和与及或至到比的是在为了也等以即并且而但从向对于将被把使让给跟同共达占约近超逾余多"
    "左右上下内外前后中间起止时分秒号以及其各每该这那此之所者即如若则因由经按据年月日"
    "届"
    /* review 36: a numeral is no measure word (新增5两类人员) */
    "两兩";

/* Characters after a bare number that make it part of an address (1楼大厅,
 * 6幢): not a figure. */
static const char address_words[] = "楼层幢栋室路街巷弄";

/* Whether the N页 at [i, e) is the page count of a page marker copied from
 * a document viewer: 第1页共18页, 共18页第1页 (the 第N页 side is no figure
 * either). */
static bool page_count_marker(const char *t, size_t len, size_t i, size_t e)
{
    if (i < strlen("共") || !has_at(t, len, i - strlen("共"), "共"))
        return false;
    size_t a = i - strlen("共");
    if (a >= strlen("页") && has_at(t, len, a - strlen("页"), "页")) {
        size_t j = a - strlen("页");
        size_t k = j;
        while (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9')
            k--;
        return k < j && k >= strlen("第") && has_at(t, len, k - strlen("第"), "第");
    }
    size_t j = e + strlen("页");
    return has_at(t, len, j, "第") && j + strlen("第") < len && t[j + strlen("第")] >= '0'
        && t[j + strlen("第")] <= '9';
}

/* Numbers directly followed by a name word are names (12345热线). */
static const char *const name_words[] = {"热线", "专线", "平台", "工程", "计划", "行动", "服务",
                                         "便民", "政务", "项目", "高校", "院校",
                                         /* traditional */
                                         "熱線", "專線", "平臺", "計劃", "計畫", "行動", "服務",
                                         "項目"};

/* Words that announce a contact number (电话：8310386, 邮政编码：276000). */
static const char *const contact_words[] = {"电话", "传真", "手机", "热线", "邮编",
                                            "邮政编码", "座机", "号码", "联系方式", "QQ",
                                            "微信", "電話"};

/* Completes a rank after 第N / 前N / N强; `vt` is its value text (NULL
 * when its allocation failed: fig_push() reports that). */
static bulletin_status make_rank(scan *s, draft *d, size_t end, char *vt, bool cn)
{
    d->end = end;
    d->kind = BL_FIG_RANK;
    d->numeral_chinese = cn;
    d->unit[0] = d->base[0] = d->scale[0] = '\0';
    return fig_push(s, d, vt);
}

/* Period words after 连续第N: the Nth month (year, quarter …) of a streak. */
static const char *const streak_periods[] = {"个月", "個月", "个季度", "個季度", "季度", "年",
                                             "周",   "週",   "天",     "个交易日", "個交易日", "次"};

/* Generic days, no named one: 第5个工作日 is a deadline's day. */
static const char *const generic_days[] = {"工作日", "交易日", "营业日", "營業日", "自然日",
                                           "星期日", "星期天", "礼拜日", "禮拜日"};
/* Common words before a period word that make it a generic period, no
 * named one (第5个交易周, 第2个结算月, 第3个考核月, 第4个工作周): unless a
 * scope word names it (第12个世界统计日). */
static const char *const generic_period_words[] = {
    "交易", "结算", "結算", "工作", "自然", "统计", "統計", "考核", "营业", "營業", "会计",
    "會計", "财政", "財政", "日历", "日曆", "农历", "農曆", "公历", "公曆", "阴历", "陰曆",
    "阳历", "陽曆", "教学", "教學", "计费", "計費", "账单", "賬單", "帐单", "帳單", "还款",
    "還款", "申报", "申報", "纳税", "納稅", "征期", "徵期", "完整", "评估", "評估", "观察",
    "觀察", "考察", "施工", "销售", "銷售", "报告", "報告", "监测", "監測"};
static const char *const named_scope_words[] = {"世界", "全国", "全國", "国际", "國際", "中国",
                                                "中國", "国家", "國家", "全民", "全省", "全市"};

/* Words that may follow a named day (到来之际, 期间, 主题 …); any other Han
 * after its 日 节 周 月 makes it a word of something else (日前, 月底). */
static const char *const after_named_day[] = {
    "到来", "到來", "来临", "來臨", "之际", "之際", "期间", "期間", "前夕", "当天", "當天",
    "当日", "當日", "主题", "主題", "活动", "活動", "宣传", "宣傳", "系列", "暨",   "和",
    "及",   "与",   "與",   "的",   "即将", "即將", "来", "來", "里", "裡", "裏", "中", "上"};

/* 第N个 before a named day, festival, week or month (第25个世界知识产权日,
 * 第36個教師節, 第21个全国“安全生产月”, 第十个全国节能宣传周): the day's
 * rank, its measure word taken with it (round 41 class 1).  p is after
 * the number; at least two Han characters name the day before its 日 节
 * 節 周 週 月, quotes and a page's readings allowed between them.  第N届 and
 * 第N次 stay names (第28屆奧運會, 第10次常务会议). */
static bool named_day_after(const scan *s, size_t p, size_t *end)
{
    int k;
    size_t j = p;
    uint32_t c = cp_at(s->t, s->len, j, &k);
    if (c != 0x4E2A && c != 0x500B) /* 个 個 */
        return false;
    j += (size_t)k;
    size_t after_mw = j + fig_reading_at(s->t, s->len, j);
    j = after_mw;
    size_t han = 0, name = j;
    for (size_t n = 0; n < 16 && j < s->len; n++) {
        c = cp_at(s->t, s->len, j, &k);
        if (c == 0x201C || c == 0x201D || c == 0x300A || c == 0x300B || c == '"') {
            j += (size_t)k;
            continue;
        }
        if (c == CP_BAD || !bl_is_han(c))
            return false;
        size_t at = j;
        j += (size_t)k;
        bool day = c == 0x65E5 || c == 0x8282 || c == 0x7BC0 || c == 0x5468 || c == 0x9031 ||
                   c == 0x6708; /* 日 节 節 周 週 月 */
        j += fig_reading_at(s->t, s->len, j);
        if (day && han >= 2) {
            for (size_t w = 0; w < sizeof generic_days / sizeof generic_days[0]; w++) {
                size_t gl = strlen(generic_days[w]);
                if (j - name >= gl && at + 3 >= name + gl &&
                    !memcmp(s->t + at + 3 - gl, generic_days[w], gl))
                    return false;
            }
            /* a generic period: 交易周, 结算月 (a common word before it) */
            for (size_t w = 0; at >= name + 6 &&
                               w < sizeof generic_period_words / sizeof generic_period_words[0]; w++) {
                if (memcmp(s->t + at - 6, generic_period_words[w], 6))
                    continue;
                bool scoped = false;
                for (size_t v = 0; !scoped && v < sizeof named_scope_words / sizeof named_scope_words[0]; v++)
                    for (size_t o = name; !scoped && o + 6 <= at - 6; o++)
                        scoped = !memcmp(s->t + o, named_scope_words[v], 6);
                if (!scoped)
                    return false;
            }
            size_t q = j;
            while (q < s->len && (s->t[q] == '"' || has_at(s->t, s->len, q, "\xE2\x80\x9D") ||
                                  has_at(s->t, s->len, q, "\xE3\x80\x8B")))
                q += s->t[q] == '"' ? 1 : 3;
            uint32_t nc = cp_at(s->t, s->len, q, NULL);
            bool ok = nc == CP_BAD || !bl_is_han(nc);
            for (size_t w = 0; !ok && w < sizeof after_named_day / sizeof after_named_day[0]; w++)
                ok = has_at(s->t, s->len, q, after_named_day[w]);
            if (ok) {
                *end = after_mw;
                return true;
            }
        }
        han++;
    }
    return false;
}

/* After 第N: rank, or an ordinal inside a name (returns false).  `di` is
 * where 第 starts: 连续第3个月 (連續第3個月, 连续第5年) is the streak's
 * rank, its period word taken with it (held-out round 33 class 4). */
static bool rank_after_di(const scan *s, size_t di, size_t p, size_t *end)
{
    int k;
    bool sent;
    /* a page's reading between 連續 and 第: 連續(xù)第3個月 */
    for (size_t o = di; o > 0 && di - o < 24;) {
        o--;
        if ((s->t[o] == '(' || has_at(s->t, s->len, o, "\xEF\xBC\x88")) &&
            fig_reading_at(s->t, s->len, o) == di - o) {
            di = o;
            break;
        }
    }
    bool streak = has_before(s->t, 0, di, "连续") || has_before(s->t, 0, di, "連續");
    if (streak) {
        for (size_t w = 0; w < sizeof streak_periods / sizeof streak_periods[0]; w++) {
            /* each character of the period word may carry a reading (個(gè)月) */
            const char *u = streak_periods[w];
            size_t j = p;
            while (*u) {
                int ku;
                cp_at(u, strlen(u), 0, &ku);
                if (j + (size_t)ku > s->len || memcmp(s->t + j, u, (size_t)ku) != 0)
                    break;
                j += (size_t)ku;
                u += ku;
                if (*u)
                    j += fig_reading_at(s->t, s->len, j);
            }
            if (!*u) {
                *end = j;
                return true;
            }
        }
    }
    /* a streak's period is no named day: 连续第5个交易周 */
    if (!streak && named_day_after(s, p, end))
        return true;
    uint32_t c = cp_at(s->t, s->len, p, &k);
    if (c == 0x4F4D || c == 0x540D) { /* 位 名 */
        *end = p + (size_t)k;
        return true;
    }
    *end = p;
    if (c == CP_BAD || is_clause_punct(c, &sent) || is_space(c) || c == 0xFF08 || c == 0xFF09 ||
        c == '(' || c == ')' || c == 0x201D || c == 0x300B)
        return true;
    return in_set(c, rank_after);
}

/* ASCII digits at i: their count (at most max + 1) and value. */
static size_t ascii_digits(const char *t, size_t len, size_t i, size_t max, int *value)
{
    size_t n = 0;
    int v = 0;
    while (i + n < len && n <= max && t[i + n] >= '0' && t[i + n] <= '9') {
        v = v * 10 + (t[i + n] - '0');
        n++;
    }
    *value = v;
    return n;
}

/* A calendar date written with digits and one separator, 2019-10-28,
 * 2019/10/28 or 2019.10.28, at i: its end (0 when none) and its parts. */
static size_t digit_date(const char *t, size_t len, size_t i, int *y, int *m, int *d)
{
    int v;
    if (ascii_digits(t, len, i, 4, &v) != 4 || v < 1900 || v > 2100)
        return 0;
    size_t p = i + 4;
    char sep = p < len ? t[p] : 0;
    if (sep != '-' && sep != '/' && sep != '.')
        return 0;
    size_t n = ascii_digits(t, len, p + 1, 2, m);
    if (n < 1 || n > 2 || *m < 1 || *m > 12)
        return 0;
    p += 1 + n;
    if (p >= len || t[p] != sep)
        return 0;
    n = ascii_digits(t, len, p + 1, 2, d);
    if (n < 1 || n > 2 || *d < 1 || *d > 31)
        return 0;
    p += 1 + n;
    if (p < len && (t[p] == '.' || t[p] == sep || (t[p] >= '0' && t[p] <= '9')))
        return 0;
    *y = v;
    return p;
}

/* A date whose 年 月 日 were lost in a copy from a PDF: "2017 6 23". */
static size_t spaced_date(const char *t, size_t len, size_t i, int *y, int *m, int *d)
{
    int v;
    if (ascii_digits(t, len, i, 4, &v) != 4 || v < 1900 || v > 2100)
        return 0;
    size_t p = i + 4;
    if (p >= len || t[p] != ' ')
        return 0;
    size_t n = ascii_digits(t, len, p + 1, 2, m);
    if (n < 1 || n > 2 || *m < 1 || *m > 12)
        return 0;
    p += 1 + n;
    if (p >= len || t[p] != ' ')
        return 0;
    n = ascii_digits(t, len, p + 1, 2, d);
    if (n < 1 || n > 2 || *d < 1 || *d > 31)
        return 0;
    p += 1 + n;
    if (p < len && ((t[p] >= '0' && t[p] <= '9') || t[p] == '.'))
        return 0;
    *y = v;
    return p;
}

/* A colon of a time or a ratio: ASCII :, ∶ U+2236, ： U+FF1A, and the
 * colon-like marks copies use for them: ︰ U+FE30 (vertical two-dot
 * leader), ︓ U+FE13 (vertical colon), ﹕ U+FE55 (small colon), ꞉ U+A789
 * (modifier letter colon). */
static bool ratio_colon(uint32_t c)
{
    return c == ':' || c == 0x2236 || c == 0xFF1A || c == 0xFE30 || c == 0xFE13 || c == 0xFE55 ||
           c == 0xA789;
}

/* Round 38 (a 范文 page's `項目審計報告1`): the sequence number of a
 * heading that names a piece of a collection by its genre (报告1, 范文2,
 * 工作总结 3, 模板【1】, 心得體會範文 12:) is no figure.  The number (one or
 * two digits) ends its line, a closing bracket or colon and spaces allowed
 * after it; before it (a space or an opening bracket between) stands a
 * genre word, and the line up to it has no clause punctuation and is
 * short (a heading, not a sentence: 全年完成审计报告12份 and 印发通知3 after
 * a comma stay figures). */
static bool genre_sequence_number(const char *t, size_t len, size_t i, size_t q)
{
    if (q - i > 2)
        return false;
    size_t e = q;
    int k;
    uint32_t c;
    while ((c = cp_at(t, len, e, &k)) != CP_BAD && is_space(c))
        e += (size_t)k;
    c = cp_at(t, len, e, &k);
    if (c == ')' || c == 0xFF09 || c == 0x3011 || c == ']' || c == ':' || c == 0xFF1A)
        e += (size_t)k;
    while ((c = cp_at(t, len, e, &k)) != CP_BAD && is_space(c))
        e += (size_t)k;
    if (e < len && t[e] != '\n' && t[e] != '\r')
        return false;
    size_t j = i;
    while ((c = cp_before(t, 0, j, &k)) != CP_BAD && is_space(c))
        j -= (size_t)k;
    c = cp_before(t, 0, j, &k);
    if (c == '(' || c == 0xFF08 || c == 0x3010 || c == '[')
        j -= (size_t)k;
    while ((c = cp_before(t, 0, j, &k)) != CP_BAD && is_space(c))
        j -= (size_t)k;
    /* each with its length in bytes */
#define G(w) {w, sizeof w - 1}
    static const struct {
        const char *w;
        size_t n;
    } genres[] = {
        G("报告"), G("報告"), G("范文"), G("範文"), G("范例"), G("範例"), G("例文"), G("模板"), G("样本"), G("樣本"),
        G("总结"), G("總結"), G("方案"), G("计划"), G("計劃"), G("心得"), G("体会"), G("體會"), G("讲话"), G("講話"),
        G("讲稿"), G("講稿"), G("致辞"), G("致辭"), G("发言"), G("發言"), G("演讲稿"), G("演講稿"), G("发言稿"),
        G("發言稿"), G("汇报"), G("匯報"), G("简报"), G("簡報"), G("通报"), G("通報"), G("通知"), G("请示"), G("請示"),
        G("批复"), G("批復"), G("复函"), G("復函"), G("倡议书"), G("倡議書"), G("申请书"), G("申請書"), G("承诺书"),
        G("承諾書"), G("决定"), G("決定"), G("意见"), G("意見"), G("纪要"), G("紀要"), G("述职"), G("述職"), G("作文")};
#undef G
    bool genre = false;
    for (size_t g = 0; g < NELEM(genres) && !genre; g++) {
        size_t n = genres[g].n;
        genre = j >= n && t[j - 1] == genres[g].w[n - 1] && memcmp(t + j - n, genres[g].w, n) == 0;
    }
    if (!genre)
        return false;
    size_t ls = j;
    while (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r') {
        if (j - ls > 120)
            return false;
        bool sent;
        c = cp_before(t, 0, ls, &k);
        if (c != CP_BAD && is_clause_punct(c, &sent))
            return false;
        ls -= (size_t)(k > 0 ? k : 1);
    }
    return true;
}

/* Round 38 (budget-sanming: 《…关于2018年1-5月市县(区)…的通报》): a month
 * range right after a year inside a book title is the title's period, as
 * 2019年1-10月 is in a sentence: its first month at i (q its end), the year
 * and 年 before it, a separator, the last month and 月 after it. */
static bool month_range_after_year(const char *t, size_t len, size_t i, size_t q, const num *a)
{
    if (a->frac || a->seps || a->int_digits > 2 || a->approx < 1 || a->approx > 12)
        return false;
    int k;
    uint32_t c = cp_before(t, 0, i, &k);
    if (c != 0x5E74 /* 年 */ || i < (size_t)k + 4)
        return false;
    for (size_t y = i - (size_t)k - 4; y < i - (size_t)k; y++)
        if (t[y] < '0' || t[y] > '9')
            return false;
    c = cp_at(t, len, q, &k);
    if (!is_sep_cp(c))
        return false;
    size_t e = q + (size_t)k, d = e;
    int m = 0;
    while (e < len && t[e] >= '0' && t[e] <= '9' && e - d < 2)
        m = m * 10 + (t[e++] - '0');
    return e > d && m >= 1 && m <= 12 && !(e < len && t[e] >= '0' && t[e] <= '9') &&
           cp_at(t, len, e, NULL) == 0x6708 /* 月 */;
}

/* Round 42 class 1 (press-hubei-eco-env 3:21, `2024/10/20 14:08:3022`):
 * whether a time of day at i has a certain shape, so that its minutes and
 * seconds are two digits each and digits glued after the last field's two
 * are another number (the page's view count).  Certain: a date ends right
 * before it on its line, spaces allowed between (2024/10/20, 2024-10-20,
 * 2024.10.20, 10-20, 2024年10月20日, 20號), or the line is a page's record
 * line (发布时间 / 發布時間 / 更新时间 before it).  A ratio (3:2, 1:50000)
 * or a score has neither. */
static bool time_shape_certain(const char *t, size_t len, size_t i)
{
    size_t j = i;
    int k;
    uint32_t c;
    while ((c = cp_before(t, 0, j, &k)) != CP_BAD && (c == ' ' || c == 0x3000 || c == 0xA0 || c == '\t'))
        j -= (size_t)k;
    c = cp_before(t, 0, j, &k);
    if (c == 0x65E5 /* 日 */ || c == 0x53F7 /* 号 */ || c == 0x865F /* 號 */) {
        size_t b = j - (size_t)k;
        if (b > 0 && t[b - 1] >= '0' && t[b - 1] <= '9')
            return true;
    } else if (c >= '0' && c <= '9') {
        size_t b = j;
        while (b > 0 && j - b < 10 &&
               ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '-' || t[b - 1] == '/' || t[b - 1] == '.'))
            b--;
        int y, m, d;
        if (!(b > 0 && ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '-' || t[b - 1] == '/' ||
                        t[b - 1] == '.'))) {
            if (digit_date(t, len, b, &y, &m, &d) == j)
                return true;
            /* the year left out: 10-20 14:08 */
            if (j - b == 5 && t[b + 2] == '-' && ascii_digits(t, len, b, 2, &m) == 2 &&
                ascii_digits(t, len, b + 3, 2, &d) == 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
                return true;
        }
    }
    /* a record line's time right after its label, only a colon, spaces
     * and a date's digits and marks between (发布时间：14:0822, 發布時間:
     * 2024年10月20日 14:08): a ratio further on the line is no time */
    static const char *const label[] = {"发布时间", "發布時間", "發佈時間", "更新时间", "更新時間"};
    j = i;
    while ((c = cp_before(t, 0, j, &k)) != CP_BAD && i - j < 40 &&
           ((c >= '0' && c <= '9') || c == ' ' || c == 0x3000 || c == ':' || c == 0xFF1A || c == '-' ||
            c == '/' || c == '.' || c == 0x5E74 || c == 0x6708 || c == 0x65E5 /* 年 月 日 */))
        j -= (size_t)k;
    for (size_t w = 0; w < NELEM(label); w++)
        if (j >= strlen(label[w]) && has_at(t, len, j - strlen(label[w]), label[w]))
            return true;
    return false;
}

/* A time of day at i, H:MM or HH:MM (9:00, 13:30, 09:31), with or
 * without seconds (10:53:59): its end, 0
 * when none.  Two numbers with a colon are a ratio instead when the
 * clause speaks of one (比, 比例, 结构) or the second has no two digits. */
static size_t time_of_day(const scan *s, size_t i, int *h, int *mi)
{
    const char *t = s->t;
    size_t len = s->len;
    size_t n = ascii_digits(t, len, i, 2, h);
    if (n < 1 || n > 2 || *h > 24)
        return 0;
    size_t p = i + n;
    int k;
    uint32_t c = cp_at(t, len, p, &k);
    if (!ratio_colon(c))
        return 0;
    p += (size_t)k;
    /* a certain time's fields are two digits each: 14:0822 after a date
     * is 14:08 and the number 22 */
    bool sure = n == 2 && time_shape_certain(t, len, i); /* 09:15, not 1:50000 */
    size_t nm = ascii_digits(t, len, p, 2, mi);
    if (nm > 2 && sure)
        *mi = (t[p] - '0') * 10 + (t[p + 1] - '0');
    else if (nm != 2)
        return 0;
    if (*mi > 59)
        return 0;
    p += 2;
    c = cp_at(t, len, p, &k);
    /* seconds: 10:53:59, 22:20:00 (a page's 发布时间 line) */
    if (ratio_colon(c) && c != 0x2236) {
        int sec;
        size_t q = p + (size_t)k;
        size_t ns = ascii_digits(t, len, q, 2, &sec);
        if (ns > 2 && sure) {
            /* 14:08:3022 after a date: the seconds 30, then the number 22 */
            sec = (t[q] - '0') * 10 + (t[q + 1] - '0');
            if (sec <= 59) {
                p = q + 2;
                c = cp_at(t, len, p, &k);
            }
        } else if (ns == 2 && sec <= 59) {
            uint32_t after = cp_at(t, len, q + 2, NULL);
            /* milliseconds: 00:00:00.000 (a database's 颁布时间) */
            int ms;
            if (after == '.' && ascii_digits(t, len, q + 3, 3, &ms) == 3 &&
                !(cp_at(t, len, q + 6, NULL) >= '0' && cp_at(t, len, q + 6, NULL) <= '9')) {
                q += 4;
                after = cp_at(t, len, q + 2, NULL);
            }
            if (!(after >= '0' && after <= '9') && after != '.' && !ratio_colon(after) && after != '%' &&
                after != 0xFF05) {
                p = q + 2;
                c = after;
            }
        }
    }
    /* a full stop after it (2018-08-27 11:51. on a page's date line) ends
     * the sentence; a decimal point (1:2.5) makes the numbers a ratio */
    if (c == '.') {
        uint32_t after = cp_at(t, len, p + 1, NULL);
        if (after >= '0' && after <= '9')
            return 0;
    }
    if (ratio_colon(c) || c == '%' || c == 0xFF05)
        return 0;
    if (has_at(t, len, p, "的比例") || has_at(t, len, p, "比例"))
        return 0;
    /* the clause's words before it, at most 30 characters back */
    size_t from = i > 90 && i - 90 > s->clause_start ? i - 90 : s->clause_start;
    while (from < i && ((unsigned char)t[from] & 0xC0) == 0x80)
        from++;
    for (size_t j = from; j < i;) {
        int kk;
        uint32_t cc = cp_at(t, i, j, &kk);
        if (cc == 0x6BD4 /* 比 */ || has_at(t, i, j, "结构"))
            return 0;
        j += (size_t)kk;
    }
    return p;
}

/* A page's month and day written MM-DD before a time of day, the year
 * left out (03-11 07:56:32) at i: the date's end (0 when none). */
static bool date_exists(int y, double m, bool has_day, double day);

static size_t month_day_before_time(const scan *s, size_t i, int *m, int *d)
{
    const char *t = s->t;
    size_t len = s->len;
    unsigned char pc = i > 0 ? (unsigned char)t[i - 1] : 0;
    if ((pc >= '0' && pc <= '9') || pc == '-' || pc == '/' || pc == '.')
        return 0;
    if (ascii_digits(t, len, i, 2, m) != 2 || i + 2 >= len || t[i + 2] != '-' ||
        ascii_digits(t, len, i + 3, 2, d) != 2 || !date_exists(0, *m, true, *d))
        return 0;
    size_t e = i + 5, sp = e;
    if (e < len && t[e] >= '0' && t[e] <= '9')
        return 0;
    int k, h, mi;
    uint32_t c;
    while ((c = cp_at(t, len, sp, &k)) == ' ' || c == 0x3000)
        sp += (size_t)k;
    /* 日期:05-22 来源:未知 (hrss-national-2017-bulletin-news): after the
     * page's date label, no time needed */
    static const char *const label[] = {"日期：", "日期:", "时间："};
    for (size_t w = 0; w < NELEM(label); w++)
        if (i >= strlen(label[w]) && has_at(t, len, i - strlen(label[w]), label[w]))
            return e;
    return sp > e && time_of_day(s, sp, &h, &mi) ? e : 0;
}

/* Whether a contact word (电话, 邮编 …) stands before byte i in the same
 * line and sentence: the number after it is not a figure. */
static bool after_contact_word(const scan *s, size_t i)
{
    size_t lo = i > 90 ? i - 90 : 0;
    if (lo < s->sentence_start)
        lo = s->sentence_start;
    for (size_t j = i; j > lo;) {
        int k;
        uint32_t c = cp_before(s->t, lo, j, &k);
        if (c == CP_BAD || c == '\n' || c == 0x3002)
            break;
        j -= (size_t)k;
        for (size_t w = 0; w < NELEM(contact_words); w++)
            if (has_at(s->t, i, j, contact_words[w]))
                return true;
    }
    return false;
}

/* Round 32: whether t[e] begins a decoration glyph of the kind spam pages
 * splice into a text (✿ ★ ☆ ❀, emoji, private-use glyphs), not a mark a
 * bulletin writes: box drawing U+2500-257F (│合计1234│5678│, a table drawn
 * in text) and geometric shapes U+25A0-25FF (□ ■ ○ for lost characters
 * and a zero, ▲ ● ◆ as bullets and notes: 完成120▲) stay figures' ends,
 * unless a decorative glyph follows them (bet365◈✿). */
static bool spam_glyph_at(const char *t, size_t len, size_t e)
{
    int k;
    uint32_t c = cp_at(t, len, e, &k);
    /* a run of shapes counts only ending in a decorative glyph (◈✿) */
    for (int guard = 0; guard < 8 && c >= 0x25A0 && c <= 0x25FF; guard++) {
        e += (size_t)k;
        c = cp_at(t, len, e, &k);
    }
    if (c == CP_BAD || (c >= 0x2500 && c <= 0x257F) || (c >= 0x25A0 && c <= 0x25FF))
        return false;
    return (c >= 0x2580 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
           (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0xE000 && c <= 0xF8FF);
}

/* Round 32: whether a mask stands right before byte i: the digits are the
 * visible end of a redacted code (****03492, 330102××××××××1234).  A mask
 * is * or ＊ (one is enough), or a run of two or more of one of × ✕ X x Ｘ ｘ
 * (a lone x or X is a letter: 3x4, ABC1234), as src/doc's redacted_mark
 * reads a signature's. */
static bool masked_before(const char *t, size_t i)
{
    static const char *const runs[] = {"×", "✕", "X", "x", "Ｘ", "ｘ"};
    if ((i > 0 && t[i - 1] == '*') || has_before(t, 0, i, "＊"))
        return true;
    for (size_t w = 0; w < NELEM(runs); w++) {
        size_t n = strlen(runs[w]);
        if (i >= 2 * n && has_before(t, 0, i, runs[w]) && has_before(t, 0, i - n, runs[w]))
            return true;
    }
    return false;
}

/* Round 32: whether a service or contact number's name ends right before
 * byte i, through spaces, a colon or 为/是 (举报电话:110, 拨打报警电话110,
 * 服務熱線：12345, 咨询电话为12315): a short number there is the line to
 * call, no figure (接听热线电话12345个 has a unit and stays a count). */
static bool after_service_name(const char *t, size_t i)
{
    static const char *const names[] = {"电话", "電話", "热线", "熱線", "专线", "專線",
                                        "拨打", "撥打", "致电", "致電", "号码", "號碼"};
    size_t j = i;
    for (int guard = 0; guard < 24 && j > 0; guard++) {
        if (t[j - 1] == ' ' || t[j - 1] == ':' || t[j - 1] == '\t')
            j--;
        else if (has_before(t, 0, j, "：") || has_before(t, 0, j, "为") || has_before(t, 0, j, "為") ||
                 has_before(t, 0, j, "是") || has_before(t, 0, j, "\xE3\x80\x80"))
            j -= 3;
        else if ((has_before(t, 0, j, "、") || has_before(t, 0, j, "或")) && j > 3 &&
                 t[j - 4] >= '0' && t[j - 4] <= '9') {
            /* 拨打110、119、120; 12315或12345: the numbers before it */
            j -= 3;
            while (j > 0 && ((t[j - 1] >= '0' && t[j - 1] <= '9') || t[j - 1] == '-'))
                j--;
        } else
            break;
    }
    for (size_t w = 0; w < NELEM(names); w++)
        if (has_before(t, 0, j, names[w]))
            return true;
    return false;
}

/* Whether what follows a number after a service line's name at byte e
 * makes the number a count: a Han classifier (全年受理热线电话2356通, 拨打电话
 * 1200余次) or a change, right after it or after a comma (全年共拨打电话1200，
 * 同比增长5%).  A line to call is followed by nothing count-like: the end,
 * punctuation, a space, 、 或 和, a Latin letter, 转 or 分机 (举报电话:110,
 * 12315或12345, 电话12345转8). */
static bool count_after_service_number(const char *t, size_t len, size_t e)
{
    static const char *const classifiers[] = {"通", "次", "个", "個", "件", "条", "條", "起", "宗",
                                              "例", "户", "戶", "人", "笔", "筆", "单", "單", "批",
                                              "余", "餘", "多", "位", "名", "万", "萬", "亿", "億"};
    static const char *const changes[] = {"同比", "环比", "環比", "比上年", "比去年", "較上年",
                                          "较上年", "较去年", "較去年", "比上月", "增长", "增長",
                                          "下降", "减少", "減少", "增加", "上升", "提高"};
    for (size_t w = 0; w < NELEM(classifiers); w++)
        if (has_at(t, len, e, classifiers[w]))
            return true;
    if (has_at(t, len, e, "，") || has_at(t, len, e, "、"))
        e += strlen("，");
    else if (e < len && (t[e] == ',' || t[e] == ' '))
        e++;
    for (size_t w = 0; w < NELEM(changes); w++)
        if (has_at(t, len, e, changes[w]))
            return true;
    return false;
}

/* Round 29: names of a code written right before it (监督索引号53342200121601000,
 * 编号：530000123456, 统一社会信用代码 11532323015172622): the number is
 * an identifier, no figure. */
static const char *const code_words[] = {"索引号", "索引號", "编号", "編號", "代码", "代碼",
                                         "文号", "文號", "账号", "帳號", "证号", "證號",
                                         "登记号", "登記號", "备案号", "備案號", "序列号",
                                         "编码", "編碼", "ICP备", "ICP備"};

/* Whether a code's name (code_words) ends right before byte i, through
 * spaces, a colon and a closing bracket ([ 索引号 ]、【编号】). */
static bool after_code_word(const char *t, size_t i)
{
    size_t j = i;
    for (int guard = 0; guard < 8 && j > 0; guard++) {
        if (t[j - 1] == ' ' || t[j - 1] == ':' || t[j - 1] == ']' || t[j - 1] == '\t')
            j--;
        else if (has_before(t, 0, j, "：") || has_before(t, 0, j, "】") || has_before(t, 0, j, "\xE3\x80\x80"))
            j -= 3;
        else
            break;
    }
    for (size_t w = 0; w < NELEM(code_words); w++)
        if (has_before(t, 0, j, code_words[w]))
            return true;
    return false;
}

/* Whether a unit or a scale (万, 亿, 个, 家) begins at byte q, right after a
 * number: a code has none, so a number after a code's name with one is a
 * figure (统一社会信用代码12.5万个, 商品条码编码1200个, 新增登记号350个). */
static bool unit_or_scale_after(const char *t, size_t len, size_t q)
{
    double f;
    bl_figure_kind kind;
    char base[32];
    uint32_t c = cp_at(t, len, q, NULL);
    if (c == CP_BAD || !bl_is_han(c))
        return false;
    return fig_match_scale(t, len, q, &f) || fig_match_unit(t, len, q, &kind, base, sizeof base);
}

/* Round 32: whether the hyphen at p follows a record number's 号 after
 * its code's name (闽ICP备12345678号-1): the serial after it is the
 * record's, no negative number. */
static bool record_serial_before(const char *t, size_t p)
{
    if (!has_before(t, 0, p, "号"))
        return false;
    size_t j = p - strlen("号");
    while (j > 0 && t[j - 1] >= '0' && t[j - 1] <= '9')
        j--;
    return j < p - strlen("号") && after_code_word(t, j);
}

/* Whether the character before a number at i is a figure or table label
 * (表1, 图2, 圖3, 附件3, 附表1): 表 and 图 (圖) alone or after 附 见 如 下 上 详;
 * 附件, 附录. */
static bool after_label_word(const char *t, size_t i)
{
    int k;
    if (i > 0 && t[i - 1] == ' ')
        i--; /* 表 1 */
    uint32_t p = cp_before(t, 0, i, &k);
    if (p == 0x8868 || p == 0x56FE || p == 0x5716) { /* 表 图 圖 */
        uint32_t pp = cp_before(t, 0, i - (size_t)k, NULL);
        /* 决算总表 表 2: a table's name ending in 表 before the next
         * table's number (a PDF copy's 目录, the space between them lost) */
        return pp == CP_BAD || !bl_is_han(pp) || in_set(pp, "附见見如下上详詳续續和及与與或至表");
    }
    return has_before(t, 0, i, "附件") || has_before(t, 0, i, "附录");
}

/* Value of the number t[a, e) into d (exact, or parsed false). */
static void set_value(draft *d, const char *vt)
{
    if (vt) {
        bool ok;
        d->value = fig_exact_value(vt, &ok);
        d->parsed = ok;
    }
}

/* A figure of kind DATE over t[i, e) with the given parts. */
static bulletin_status push_date(scan *s, draft *d, size_t i, size_t e, int y, int m, int day,
                                 size_t *next)
{
    d->kind = BL_FIG_DATE;
    d->year = y;
    d->month = m;
    d->day = day;
    d->value = y * 10000.0 + m * 100 + day;
    d->unit[0] = d->base[0] = d->scale[0] = '\0';
    d->change = BL_FIG_CHANGE_NONE;
    d->qual = "";
    d->pre = d->verb_end = i;
    d->end = e;
    *next = e;
    return fig_push(s, d, bl_strndup(s->list->mem, s->t + i, e - i));
}

/* fig46 class 5: a month listed before one 月 (the 5 of 5、6、7月份):
 * a date written without its 月, unit 月 (as a listed year's 年). */
static bulletin_status push_listed_month(scan *s, draft *d, size_t i, size_t q, int m, size_t *next)
{
    d->kind = BL_FIG_DATE;
    d->year = 0;
    d->month = m;
    d->day = 0;
    d->value = m * 100.0;
    copy_str(d->unit, sizeof d->unit, "月", 3);
    copy_str(d->base, sizeof d->base, "月", 3);
    d->scale[0] = '\0';
    d->change = BL_FIG_CHANGE_NONE;
    d->qual = "";
    d->pre = d->verb_end = i;
    d->end = q;
    *next = q;
    return fig_push(s, d, bl_strndup(s->list->mem, s->t + i, q - i));
}

/* A day of the month alone over t[i, e) (19日, 20号): a date whose value is
 * the day. */
static bulletin_status push_day(scan *s, draft *d, size_t i, size_t e, int day, size_t *next)
{
    bulletin_status st = push_date(s, d, i, e, 0, 0, day, next);
    if (st == BULLETIN_OK)
        s->list->items[s->list->len - 1].value = day;
    return st;
}

/* A day alone over t[i, e) whose value is written vt (figlab47: 今(24)日
 * as (24)日): push_day with its own value text. */
static bulletin_status push_day_as(scan *s, draft *d, size_t i, size_t e, int day, const char *vt,
                                   size_t *next)
{
    d->kind = BL_FIG_DATE;
    d->year = d->month = 0;
    d->day = day;
    d->value = day;
    d->unit[0] = d->base[0] = d->scale[0] = '\0';
    d->change = BL_FIG_CHANGE_NONE;
    d->qual = "";
    d->pre = d->verb_end = i;
    d->end = e;
    *next = e;
    return fig_push(s, d, bl_strndup(s->list->mem, vt, strlen(vt)));
}

/* Days in month m (1-12) of year y; y == 0: the year is not known, and
 * February may have 29 (proleptic Gregorian). */
static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (y == 0 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))))
        return 29;
    return days[m - 1];
}

/* Whether month m and day `day` (0: none written) of year y (0: unknown)
 * can be. */
static bool date_exists(int y, double m, bool has_day, double day)
{
    if (m < 1 || m > 12)
        return false;
    return !has_day || (day >= 1 && day <= days_in_month(y, (int)m));
}

/* An impossible date over t[i, e): no figure; the caller hears of it. */
static bulletin_status skip_bad_date(scan *s, size_t i, size_t e, size_t *next)
{
    *next = e;
    if (s->ctx && s->ctx->bad_date)
        return s->ctx->bad_date(s->ctx->user, s->ctx->node, i, e);
    return BULLETIN_OK;
}

/* A day after a month at e, N日 or N号 with N an integer of at most two
 * digits (0 and 32 too: they are days, impossible ones): true with its
 * value and end. */
static bool day_after(const char *t, size_t len, size_t e, double *day, size_t *end)
{
    num dd;
    int kd;
    uint32_t dc;
    if (fig_read_num(t, len, e, &dd) && !dd.frac && !dd.seps && dd.int_digits <= 2 &&
        ((dc = cp_at(t, len, dd.end, &kd)) == 0x65E5 || dc == 0x53F7)) {
        *day = dd.approx;
        *end = dd.end + (size_t)kd;
        return true;
    }
    return false;
}

/* Round 32: the month and day of a date whose 年 and 月 a copy lost but
 * whose 日 (号, 號) it kept: the digits t[from, to) (915 of 2021915日,
 * 1228 of 20211228日, 1005 of 2021年1005日) split into a month (1-12) and
 * a possible day of year y, unpadded (M D, M DD, MM D, MM DD with no
 * leading zero) or padded both (MMDD: 0915, 1005).  The number of ways
 * (0, 1 or 2), the last in *m, *dd. */
static int lost_month_day(const char *t, size_t from, size_t to, int y, int *m, int *dd)
{
    int found = 0;
    size_t r = to - from;
    for (size_t ml = 1; ml <= 2; ml++) {
        if (r < ml + 1 || r > ml + 2)
            continue;
        bool padded = ml == 2 && r == 4;
        if (!padded && (t[from] == '0' || t[from + ml] == '0'))
            continue;
        int mm = 0, d = 0;
        for (size_t j = from; j < from + ml; j++)
            mm = mm * 10 + (t[j] - '0');
        for (size_t j = from + ml; j < to; j++)
            d = d * 10 + (t[j] - '0');
        if (mm >= 1 && mm <= 12 && date_exists(y, mm, true, d))
            found++, *m = mm, *dd = d;
    }
    return found;
}

/* Round 32: 日, 号 or 號 at t[q]: its length, else 0. */
static size_t day_mark_at(const char *t, size_t len, size_t q)
{
    int k;
    uint32_t c = cp_at(t, len, q, &k);
    return c == 0x65E5 || c == 0x53F7 || c == 0x865F ? (size_t)k : 0;
}

/* Round 32: a date whose 年 and 月 a copy lost, its 日 kept, as both of
 * its writings read it: 2021915日 (from = i + 4) and 2021年0915日 (from
 * past 年): the 2 to 4 digits t[from, to) then 日 at to, of a year y from
 * 1949 to 2100.  Pushes the date (only its year when the month and day
 * split two ways: 2021111日) and returns true, else false. */
static bool push_lost_month_day(scan *s, draft *d, size_t i, size_t from, size_t to, int y,
                                size_t *next, bulletin_status *st)
{
    const char *t = s->t;
    size_t len = s->len, dm = day_mark_at(t, len, to);
    int mm = 0, dd = 0;
    if (!dm || to < from + 2 || to > from + 4 || y < 1949 || y > 2100)
        return false;
    int ways = lost_month_day(t, from, to, y, &mm, &dd);
    if (!ways)
        return false;
    *st = push_date(s, d, i, to + dm, y, ways == 1 ? mm : 0, ways == 1 ? dd : 0, next);
    return true;
}

/* Round 29: the day of a date whose 日 a copy lost, after 年M月 at e
 * (发布日期:2018年03月27 at the line's end, 截至2018年6月30，), or whose
 * day went to the next line (2018年03月\n27日): N of one or two digits
 * followed by the text's or line's end, a space or a clause mark (a unit
 * or a word after it makes it no day: 2018年3月15家企业).  True with its
 * value and end. */
static bool day_lost_after(const char *t, size_t len, size_t e, double *day, size_t *end)
{
    size_t p = e;
    bool wrapped = false;
    if (p < len && (t[p] == '\n' || (t[p] == '\r' && p + 1 < len && t[p + 1] == '\n'))) {
        p += t[p] == '\r' ? 2 : 1;
        while (p < len && t[p] == ' ')
            p++;
        wrapped = true;
    }
    num dd;
    if (!fig_read_num(t, len, p, &dd) || dd.frac || dd.seps || dd.int_digits > 2 || dd.end == p)
        return false;
    int k;
    bool sent;
    uint32_t c = cp_at(t, len, dd.end, &k);
    if (wrapped) {
        if (c != 0x65E5 && c != 0x53F7) /* 日 号 */
            return false;
        *day = dd.approx;
        *end = dd.end + (size_t)k;
        return true;
    }
    if (!(c == CP_BAD || c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0x3000 ||
          (c != 0x3001 && is_clause_punct(c, &sent))))
        return false;
    *day = dd.approx;
    *end = dd.end;
    return true;
}

/* The parts of a ratio (6.01:55.04:38.95, 3.9∶37.6∶58.5): a figure for
 * each, kind ratio, with the ratio's parts, nparts and its position. */
static bulletin_status push_parts(scan *s, draft *d, const num *first, const num *parts, size_t np,
                                  size_t e, size_t *next);

static bulletin_status push_ratio(scan *s, draft *d, const num *first, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len;
    num parts[BL_FIG_MAX_PARTS];
    size_t np = 0, e = first->end;
    num part = *first;
    for (;;) {
        if (np < BL_FIG_MAX_PARTS)
            parts[np++] = part;
        e = part.end;
        int k;
        uint32_t c = cp_at(t, len, e, &k);
        if (!ratio_colon(c) || !fig_read_num(t, len, e + (size_t)k, &part))
            break;
    }
    return push_parts(s, d, first, parts, np, e, next);
}

/* 三次產業占GDP比重由去年的19.4922.2658.25 (stats-chenxi-county-2021-trad):
 * a ratio whose colons a copy lost, its parts run together, each with two
 * decimals: 19.49 : 22.26 : 58.25.  Read so only when the run holds three
 * or more parts of two decimals each (digits, a dot, then four to five
 * digits, …, a dot and two digits), no part starting with 0, and the parts
 * add up to 100 (a structure in per cent), to within 0.05.  Returns the
 * run's end, 0 when it is no such ratio. */
static size_t lost_colon_ratio(const char *t, size_t len, size_t i, num *parts, size_t *np)
{
    size_t dots[BL_FIG_MAX_PARTS + 1], nd = 0, e = i;
    while (e < len && ((t[e] >= '0' && t[e] <= '9') || t[e] == '.')) {
        if (t[e] == '.') {
            if (e == i || t[e - 1] == '.' || nd == NELEM(dots))
                return 0;
            dots[nd++] = e;
        }
        e++;
    }
    if (nd < 2 || nd > BL_FIG_MAX_PARTS || e - dots[nd - 1] - 1 != 2 || dots[0] - i > 3)
        return 0;
    double sum = 0;
    size_t from = i;
    for (size_t j = 0; j < nd; j++) {
        size_t to = dots[j] + 3; /* the part's two decimals */
        size_t seg = (j + 1 < nd ? dots[j + 1] : e) - dots[j] - 1;
        if (j + 1 < nd ? seg < 3 || seg > 5 : seg != 2)
            return 0;
        if (t[from] == '0' || dots[j] - from > 3)
            return 0;
        double v = 0;
        for (size_t k = from; k < to; k++)
            if (t[k] != '.')
                v = v * 10 + (t[k] - '0');
        sum += v / 100;
        parts[j] = (num){from, to, v / 100, (int)(dots[j] - from), true, false};
        from = to;
    }
    *np = nd;
    return sum > 99.95 && sum < 100.05 ? e : 0;
}

static bulletin_status push_parts(scan *s, draft *d, const num *first, const num *parts, size_t np,
                                  size_t e, size_t *next)
{
    const char *t = s->t;
    draft base = *d;
    base.kind = BL_FIG_RATIO;
    base.change = BL_FIG_CHANGE_NONE;
    base.nparts = np;
    base.unit[0] = base.base[0] = base.scale[0] = '\0';
    base.scale_factor = 1;
    for (size_t j = 0; j < np; j++) {
        char tmp[64];
        bool ok = fig_fixed_num(t, parts[j].start, parts[j].end, tmp, sizeof tmp);
        base.parts[j] = ok ? fig_exact_value(tmp, &ok) : HUGE_VAL;
        if (!ok)
            base.parsed = false;
    }
    base.pre = base.verb_end = d->pre < first->start ? d->pre : first->start;
    *next = e;
    for (size_t j = 0; j < np; j++) {
        draft p = base;
        p.start = parts[j].start;
        p.end = parts[j].end;
        p.part = (int)j + 1;
        p.value = base.parts[j];
        if (j > 0)
            p.qual = "";
        bulletin_status st = fig_push(s, &p, fig_num_text(s, parts[j].start, parts[j].end));
        if (st != BULLETIN_OK)
            return st;
    }
    return BULLETIN_OK;
}

/* The two ends of a range: t[i, q) and t[b0, b1), the whole ending at
 * `e`; `lo_end` is where the first end's figure ends (its unit when
 * written twice: 10%—15%). */
static bulletin_status push_range(scan *s, draft *d2, size_t i, size_t q, size_t lo_end, size_t b0,
                                  size_t b1, size_t e, size_t *next)
{
    const char *t = s->t;
    char lo_s[64], hi_s[64];
    bool ok1 = fig_fixed_num(t, i, q, lo_s, sizeof lo_s);
    bool ok2 = fig_fixed_num(t, b0, b1, hi_s, sizeof hi_s);
    d2->parts[0] = ok1 ? fig_exact_value(lo_s, &ok1) : HUGE_VAL;
    d2->parts[1] = ok2 ? fig_exact_value(hi_s, &ok2) : HUGE_VAL;
    d2->nparts = 2;
    d2->kind = BL_FIG_RANGE;
    d2->change = BL_FIG_CHANGE_NONE;
    d2->verb_end = d2->pre;
    *next = e;
    draft lo = *d2, hi = *d2;
    lo.start = i;
    lo.end = lo_end;
    lo.part = 1;
    lo.value = lo.parts[0];
    lo.parsed = ok1;
    hi.start = b0;
    hi.end = e;
    hi.part = 2;
    hi.value = hi.parts[1];
    hi.parsed = ok2;
    bulletin_status st = fig_push(s, &lo, fig_num_text(s, i, q));
    if (st == BULLETIN_OK)
        st = fig_push(s, &hi, fig_num_text(s, b0, b1));
    return st;
}

/* A bare year-like number (no unit): 1900..2100 written with 4 digits. */
static bool year_like(const num *a, bool neg)
{
    return !neg && !a->frac && !a->seps && a->int_digits == 4 && a->approx >= 1900 &&
           a->approx <= 2100;
}

/* Round 29: nouns whose first character is also a measure word, after
 * a year written without 年 (增加原因是2017人员工资, 2018个人所得税,
 * 2019项目资金): the number is the year, not a count of 人, 个 or 项. */
static const char *const nouns_after_year[] = {
    "人员", "人員", "人民", "人口", "人才", "人事", "人力", "人工", "人大", "人均", "人身",
    "个人", "個人", "个体", "個體", "个税", "家庭", "户籍", "戶籍", "户口", "戶口",
    "项目", "項目", "名单", "名單", "届次", "件数"};

/* Review 36: the brackets a document's number is written in: ( （ 〔 [ ［
 * 【 and their closers. */
static bool docnum_open(uint32_t c)
{
    return c == '(' || c == 0xFF08 || c == 0x3014 || c == '[' || c == 0xFF3B || c == 0x3010;
}

static bool docnum_close(uint32_t c)
{
    return c == ')' || c == 0xFF09 || c == 0x3015 || c == ']' || c == 0xFF3D || c == 0x3011;
}

/* Whether the year at i, its 年 and a serial ending at e before 号 (號)
 * are a document's number, not a date that lost its 月: the number goes on
 * with 文 (2019年15号文件, 2019年15号文), or it closes a bracket opened
 * right before the year or before a short prefix of Han characters and at
 * most one space inside it (（2019年15号）, （财预2019年15号）, 【财预 2019年
 * 15号】). */
static bool year_serial_docnum(const char *t, size_t len, size_t i, size_t e)
{
    int kn;
    uint32_t mk = cp_at(t, len, e, &kn);
    if (mk != 0x53F7 /* 号 */ && mk != 0x865F /* 號 */)
        return false;
    uint32_t cb = cp_at(t, len, e + (size_t)kn, NULL);
    if (cb == 0x6587 /* 文 */)
        return true;
    if (!docnum_close(cb))
        return false;
    size_t j = i;
    bool spaced = false;
    for (int n = 0; n <= 8; n++) {
        int kb;
        uint32_t ob = cp_before(t, 0, j, &kb);
        if (ob == CP_BAD)
            return false;
        if (docnum_open(ob))
            return true;
        if (ob == ' ' && !spaced && n == 0)
            spaced = true;
        else if (!bl_is_han(ob))
            return false;
        j -= (size_t)kb;
    }
    return false;
}

/* Words that go on a programme's name after its number and 项目 (3113项目
 * 攻坚行动计划, 555项目计划, 1236项目工程), both scripts. */
static const char *const programme_words[] = {
    "攻坚", "攻堅", "计划", "計劃", "行动", "行動", "工程", "方案", "战略", "戰略", "专项", "專項"};

/* Whether a programme's word begins at byte q. */
static bool programme_word_at(const char *t, size_t len, size_t q)
{
    for (size_t w = 0; w < NELEM(programme_words); w++)
        if (has_at(t, len, q, programme_words[w]))
            return true;
    return false;
}

/* Whether one of nouns_after_year begins at byte q, right after a bare
 * year-like number. */
static bool year_before_noun(const char *t, size_t len, size_t q)
{
    for (size_t w = 0; w < NELEM(nouns_after_year); w++)
        if (has_at(t, len, q, nouns_after_year[w]))
            return true;
    return false;
}

/* The joiner walk of a list of numbers written before one unit (review
 * D3): after 、, 和 or 及 comes another number that `ok` takes, and so on
 * (at most `guard` joiners) until one followed by the unit's character. */
static bool listed_before_unit(const char *t, size_t len, size_t e, uint32_t unit, bool (*ok)(const num *),
                               int guard)
{
    for (int g = 0; g < guard; g++) {
        size_t p = e;
        if (has_at(t, len, p, "、"))
            p += strlen("、");
        else if (has_at(t, len, p, "和"))
            p += strlen("和");
        else if (has_at(t, len, p, "及"))
            p += strlen("及");
        else
            return false;
        num b;
        if (!fig_read_num(t, len, p, &b) || !ok(&b))
            return false;
        if (cp_at(t, len, b.end, NULL) == unit)
            return true;
        e = b.end;
    }
    return false;
}

static bool listed_year(const num *b)
{
    return year_like(b, false);
}

static bool listed_month(const num *b)
{
    return !b->frac && !b->seps && b->int_digits <= 2 && b->approx >= 1 && b->approx <= 12;
}

/* Whether a bare year ending at e is one of a list of years written
 * before one 年 (2018、2019年; 2017、2018和2019年): after 、, 和 or 及
 * comes another year, and so on until one followed by 年. */
static bool year_list_before_nian(const char *t, size_t len, size_t e)
{
    return listed_before_unit(t, len, e, 0x5E74 /* 年 */, listed_year, 16);
}

/* fig46 class 5: whether a bare month number ending at e is one of a list
 * of months written before one 月 (5、6、7月份; 11和12月), as listed years
 * take 年: after 、, 和 or 及 comes another number from 1 to 12, and so on
 * until one followed by 月 itself (not 个月, a duration's). */
static bool month_list_before_yue(const char *t, size_t len, size_t e)
{
    return listed_before_unit(t, len, e, 0x6708 /* 月 */, listed_month, 12);
}

/* fig46 class 6: whether a year-like number over [i, q), no 年 after it,
 * is glued inside a name whose opening quote was lost: a Han character
 * right before it and a closing quote (” " 」 』 ’) or 行动/行動 right after
 * (犯罪昆仑2021”专项行动, 昆仑2021行动).  A name's number, no year. */
static bool glued_name_year(const char *t, size_t len, size_t i, size_t q)
{
    uint32_t p = cp_before(t, 0, i, NULL);
    if (p == CP_BAD || !bl_is_han(p) || p == 0x5E74 /* 年 */)
        return false;
    uint32_t c = cp_at(t, len, q, NULL);
    return c == 0x201D || c == '"' || c == 0x300D || c == 0x300F || c == 0x2019 || has_at(t, len, q, "行动") ||
           has_at(t, len, q, "行動");
}

/* fig46 class 7 (ruling): a number right after 涨跌幅度为 (漲跌幅度為,
 * 涨跌幅为, 漲跌幅為; 是 too) is a rate of change written without its %. */
static bool after_rate_of_change_word(const char *t, size_t i)
{
    static const char *const words[] = {"涨跌幅度", "漲跌幅度", "涨跌幅", "漲跌幅"};
    size_t j = i;
    if (has_before(t, 0, j, "为") || has_before(t, 0, j, "為") || has_before(t, 0, j, "是"))
        j -= 3;
    else
        return false;
    for (size_t w = 0; w < NELEM(words); w++)
        if (has_before(t, 0, j, words[w]))
            return true;
    return false;
}

/* A contents entry's leader: a run of one mark, at least `count` of it
 * (……, ⋯⋯; ..., ···, ．．．, ・・・; review 39: dashes and rules too,
 * －－－, ---, ———, ───, ___, ＿＿＿). The one table of leader marks:
 * fig_leader_char reads it for doc_figures.c. */
static const struct {
    const char *mark;
    unsigned count;
} leader_marks[] = {{"…", 2}, {"⋯", 2}, {".", 3}, {"·", 3}, {"．", 3}, {"・", 3}, {"－", 3},
                    {"-", 3}, {"—", 3}, {"─", 3}, {"_", 3}, {"＿", 3}};

/* Whether c is a leader's mark (leader_marks). */
bool fig_leader_char(uint32_t c)
{
    for (size_t w = 0; w < NELEM(leader_marks); w++)
        if (cp_at(leader_marks[w].mark, strlen(leader_marks[w].mark), 0, NULL) == c)
            return true;
    return false;
}

/* A page number between dashes (- 3 -, －12－, — 7 —) at byte i: one dash, spaces,
 * at most three digits, spaces and the same dash, then the text's end or
 * a space. Its end, 0 when none starts at i; its digits in [*d, *q). */
static size_t dashed_page_at(const char *t, size_t len, size_t i, size_t *d, size_t *q)
{
    int k;
    uint32_t c = cp_at(t, len, i, &k);
    if (c != '-' && c != 0xFF0D && c != 0x2014 && c != 0x2013)
        return 0;
    size_t a = skip_spaces(t, len, i + (size_t)k), b = a;
    while (b < len && t[b] >= '0' && t[b] <= '9')
        b++;
    if (b == a || b - a > 3)
        return 0;
    size_t e = skip_spaces(t, len, b);
    if (e + (size_t)k > len || memcmp(t + e, t + i, (size_t)k) != 0)
        return 0;
    e += (size_t)k;
    uint32_t n = cp_at(t, len, e, NULL);
    if (n != CP_BAD && !is_space(n))
        return 0;
    *d = a;
    *q = b;
    return e;
}

/* Where a leader ending at byte j starts; j when none ends there. */
static size_t leaders_before(const char *t, size_t j)
{
    for (size_t w = 0; w < NELEM(leader_marks); w++) {
        size_t n = strlen(leader_marks[w].mark), e = j;
        unsigned c = 0;
        while (e >= n && t[e - 1] == leader_marks[w].mark[n - 1] &&
               memcmp(t + e - n, leader_marks[w].mark, n) == 0) {
            e -= n;
            c++;
        }
        if (c >= leader_marks[w].count)
            return e;
    }
    return j;
}

/* Where a leader starting at byte i ends; i when none starts there. */
static size_t leaders_at(const char *t, size_t len, size_t i)
{
    for (size_t w = 0; w < NELEM(leader_marks); w++) {
        size_t n = strlen(leader_marks[w].mark), e = i;
        unsigned c = 0;
        while (len - e >= n && memcmp(t + e, leader_marks[w].mark, n) == 0) {
            e += n;
            c++;
        }
        if (c >= leader_marks[w].count)
            return e;
    }
    return i;
}

/* Round 36: a contents entry's tail at i: spaces, a leader, spaces and a
 * page number of at most three digits (……3, …… 12, ·····9, ．．．14), then
 * the end of the text or a space before the next entry of a joined line.
 * The end of its page number, 0 when no such tail starts at i. */
static size_t toc_tail_at(const char *t, size_t len, size_t i)
{
    size_t l = skip_spaces(t, len, i);
    size_t e = leaders_at(t, len, l), pd, pq;
    if (e == l) {
        size_t de = l > i ? dashed_page_at(t, len, l, &pd, &pq) : 0;
        return de ? pq : 0; /* 1 总则 - 3 - */
    }
    size_t d = skip_spaces(t, len, e), q = d;
    while (q < len && t[q] >= '0' && t[q] <= '9')
        q++;
    if (q == d || q - d > 3)
        return 0;
    uint32_t c = cp_at(t, len, q, NULL);
    return c == CP_BAD || is_space(c) ? q : 0;
}

/* Round 36: whether byte i opens the next entry of a contents line whose
 * entries a copy joined (……3 2组织机构……5): a space before it, and a
 * leader and a page number before that. */
static bool after_toc_entry(const char *t, size_t i)
{
    size_t j = i;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    if (j == i)
        return false;
    size_t d = j;
    while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9')
        d--;
    if (d == j || j - d > 3)
        return false;
    while (d > 0 && t[d - 1] == ' ')
        d--;
    return leaders_before(t, d) < d;
}

/* An Arabic number at i (digit, or sign before a digit). */
/* Whether the text after a number ending at q (a line's opening number)
 * makes it a plan's part on its own short line: more dotted parts, the
 * space (optional after a dotted number), a title of at most 30
 * characters starting with Han and without a clause's marks but 、.
 * Round 36: or a contents entry (1总则……………3, 2 組織機構及職責……5,
 * 3应急保障⋯⋯9): the title then ends in a leader and a page number
 * (toc_tail_at), and the space is optional after any number.  Where the
 * scan goes on (the line's end; a contents entry's title, whose years are
 * figures and whose page number toc_page_number skips), 0: not a part. */
static size_t part_line(const char *t, size_t len, size_t q, bool dotted)
{
    size_t h = q;
    while (h + 1 < len && t[h] == '.' && t[h + 1] >= '0' && t[h + 1] <= '9') {
        h++;
        dotted = true;
        while (h < len && t[h] >= '0' && t[h] <= '9')
            h++;
    }
    size_t hs = h < len && t[h] == ' ' ? h + 1 : h;
    bool spaced = hs > h || dotted;
    uint32_t hc = cp_at(t, len, hs, NULL);
    /* a contents entry's title may open with a year after the space (3
     * 2023年工作回顾……7) */
    bool han = hc != CP_BAD && bl_is_han(hc);
    if (!han && !(spaced && hs > h && digit_val(hc) >= 0))
        return 0;
    /* 1.5倍, 2.5 天: the number's unit and nothing after it; a scale
     * (2.5万元投资) is always a figure's */
    double f;
    bl_figure_kind uk;
    char ub[BL_FIG_UNIT_MAX];
    if (han && fig_match_scale(t, len, hs, &f))
        return 0;
    size_t un = han ? fig_match_unit(t, len, hs, &uk, ub, sizeof ub) : 0;
    uint32_t after = un ? cp_at(t, len, hs + un, NULL) : 0;
    if (un && (after == CP_BAD || !bl_is_han(after)))
        return 0;
    size_t chars = 0;
    bool digits = false; /* only a contents entry's title has digits */
    for (size_t i = hs; i < len;) {
        int k;
        bool sent;
        uint32_t c = cp_at(t, len, i, &k);
        if (i > hs && (is_space(c) || fig_leader_char(c))) {
            if (toc_tail_at(t, len, i))
                return hs; /* the title read on: its years are figures */
        }
        if (digit_val(c) >= 0)
            digits = true;
        else if (c != 0x3001 && is_clause_punct(c, &sent))
            return 0;
        i += (size_t)(k > 0 ? k : 1);
        if (++chars > 30)
            return 0;
    }
    return spaced && !digits ? len : 0;
}

/* Round 35: whether the bare number at [i, q) is a contents entry's page
 * number: after a Word field code's switch (PAGEREF _Toc25831 \\h 3, the
 * backslash lost or not) or after dot leaders (……3, …… 12, ⋯⋯5, .....7,
 * ·····9), spaces between allowed; what follows is no unit or scale
 * (增长……12%, 共有……3家 are figures). */
static bool toc_page_number_at(const char *t, size_t len, size_t i, size_t q);

static bool toc_page_number(const char *t, size_t len, size_t i, size_t q)
{
    if (q - i > 3 || (q < len && (t[q] == '.' || t[q] == '%')))
        return false;
    /* the place before the number first: the unit's look-up after it
     * (some 1,000 instructions) only for a number in a contents entry's
     * place, which few are */
    return toc_page_number_at(t, len, i, q) && !unit_or_scale_after(t, len, q);
}

/* toc_page_number's test of what stands before the number at [i, q). */
static bool toc_page_number_at(const char *t, size_t len, size_t i, size_t q)
{
    size_t j = i;
    while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t'))
        j--;
    /* 1 总则 - 3 -: a page number between dashes, a space before them */
    int dk;
    uint32_t dc = cp_before(t, 0, j, &dk);
    size_t pd, pq;
    if ((dc == '-' || dc == 0xFF0D || dc == 0x2014 || dc == 0x2013) && j > (size_t)dk &&
        is_space(cp_before(t, 0, j - (size_t)dk, NULL)) && dashed_page_at(t, len, j - (size_t)dk, &pd, &pq) &&
        pd == i && pq == q)
        return true;
    /* PAGEREF <bookmark> [\\]h */
    if (j >= 2 && t[j - 1] == 'h' && (t[j - 2] == ' ' || t[j - 2] == '\\')) {
        size_t b = j - 1;
        if (t[b - 1] == '\\')
            b--;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        size_t m = b;
        while (m > 0 && t[m - 1] != ' ' && (unsigned char)t[m - 1] < 0x80)
            m--;
        if (m == b)
            return false;
        while (m > 0 && t[m - 1] == ' ')
            m--;
        return m >= 7 && (memcmp(t + m - 7, "PAGEREF", 7) == 0 || memcmp(t + m - 7, "pageref", 7) == 0);
    }
    return leaders_before(t, j) < j;
}

/* Round 35: whether the number at i follows a date field's name and its
 * colon (公开日期:2024926, 發布日期：, 成文日期: , 印发日期, 发布时间, 時間),
 * spaces allowed after the colon: a date's place, as a DATE line is. */
static bool after_date_field(const char *t, size_t i)
{
    size_t j = i;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    if (j > 0 && t[j - 1] == ':')
        j--;
    else if (has_before(t, 0, j, "："))
        j -= strlen("：");
    else
        return false;
    static const char *const fields[] = {"日期", "时间", "時間"};
    for (size_t w = 0; w < NELEM(fields); w++)
        if (has_before(t, 0, j, fields[w]))
            return true;
    return false;
}

/* Round 42 class 2 (budget-changde 1:11, `元至5月`): a span of months
 * from 元月 (January) written with its end only, 元至5月, 元月至5月, 元—5月,
 * 元-5月, 元到5月 (and traditional).  i is the number's first byte (its
 * sign when the separator was read as one: 元-5月), p its digits, q their
 * end: whether a separator and 元 or 元月 stand before it, the 元 not the
 * end of a word or an amount (3亿元至5月, 单元, 公元: no span), and 月
 * after it. */
static bool month_span_from_yuan(const char *t, size_t len, size_t i, size_t p, const num *a)
{
    if (a->frac || a->seps || a->int_digits > 2 || a->approx < 1 || a->approx > 12 ||
        cp_at(t, len, a->end, NULL) != 0x6708 /* 月 */)
        return false;
    int k;
    size_t j = i;
    uint32_t c;
    if (p == i) {
        c = cp_before(t, 0, j, &k);
        if (!(c == 0x81F3 /* 至 */ || c == 0x5230 /* 到 */ || c == '-' || c == 0x2014 || c == 0x2013 ||
              c == '~' || c == 0xFF5E || c == 0xFF0D || c == 0x2015))
            return false;
        j -= (size_t)k;
        /* ―― or —— written twice */
        uint32_t c2 = cp_before(t, 0, j, &k);
        if ((c == 0x2014 || c == 0x2015) && c2 == c)
            j -= (size_t)k;
    } else if (!(t[i] == '-' || cp_at(t, len, i, NULL) == 0xFF0D))
        return false;
    c = cp_before(t, 0, j, &k);
    if (c == 0x6708 /* 月 */) {
        j -= (size_t)k;
        c = cp_before(t, 0, j, &k);
    }
    if (c != 0x5143 /* 元 */)
        return false;
    j -= (size_t)k;
    c = cp_before(t, 0, j, &k);
    if (c == CP_BAD || c == 0x5E74 /* 年 */)
        return true;
    if ((c >= 0x3400 && c <= 0x9FFF) || (c >= '0' && c <= '9') || is_ascii_alpha(c) ||
        (c >= 0xFF10 && c <= 0xFF19) || c == 0x3007 /* 〇 */ || c == '.' || c == ',')
        return false;
    return true;
}

/* figlab45 (round 43, stats-shangdang's 山西?。?023年): whether the digits
 * t[p, q), glued after byte p to a mark a copy leaves for lost characters
 * (? ？ □, U+FFFD), and followed by 年, are a year whose first digits were
 * lost: three digits or a leading zero after ? ？ □ (吗？10年来 is a
 * duration after a question), any fewer than four after U+FFFD. */
static bool year_lost_digits(const char *t, size_t len, size_t p, size_t q, int digits)
{
    if (digits < 1 || digits > 3 || !has_at(t, len, q, "年"))
        return false;
    uint32_t prev = cp_before(t, 0, p, NULL);
    if (prev == 0xFFFD)
        return true;
    if (prev != '?' && prev != 0xFF1F /* ？ */ && prev != 0x25A1 /* □ */)
        return false;
    return digits == 3 || t[p] == '0';
}

/* 總?cè)丝跒?07.77萬: a number whose leading digit a copy lost to mojibake
 * (it opens with 0 and another digit, not 0.5) glued after a lost-character
 * mark (? ？ □ U+FFFD) is no figure, as year_lost_digits' years */
static bool number_lost_digit(const char *t, size_t len, size_t p, size_t q)
{
    if (q < p + 2 || p + 1 >= len || t[p] != '0' || t[p + 1] < '0' || t[p + 1] > '9')
        return false;
    uint32_t prev = cp_before(t, 0, p, NULL);
    return prev == '?' || prev == 0xFF1F /* ？ */ || prev == 0x25A1 /* □ */ || prev == 0xFFFD;
}

bulletin_status fig_arabic(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len;
    int k, sk = 0;
    bool sent;
    uint32_t first = cp_at(t, len, i, &sk);
    size_t p = i;
    if (digit_val(first) < 0)
        p += (size_t)sk; /* a sign */
    num a;
    if (s->cell_end && i == s->cell_sign) {
        p = s->cell_digits; /* a table cell's one number: - 1.05, 10 536 205 */
        fig_read_cell_num(t, p, s->cell_end, &a);
    } else
        fig_read_num(t, len, p, &a);
    size_t q = a.end;
    uint32_t prev = cp_before(t, 0, i, NULL);
    uint32_t nc = cp_at(t, len, q, &k);
    bool neg = p != i;
    bool at_start = i == skip_spaces(t, len, 0);
    *next = q > i ? q : i + 1;

    /* 元至5月, 元—5月, 元月至5月: the end of a span of months from January,
     * as 1-5月's 5; 元 is no figure */
    if (month_span_from_yuan(t, len, i, p, &a)) {
        draft d;
        draft_init(&d, p);
        size_t e = fig_after_number(s, &d, q);
        d.start = p;
        d.end = e;
        d.kind = BL_FIG_RANGE;
        d.change = BL_FIG_CHANGE_NONE;
        d.nparts = 2;
        d.parts[0] = 1;
        d.parts[1] = a.approx;
        d.part = 2;
        d.value = a.approx;
        d.verb_end = d.pre;
        *next = e;
        return fig_push(s, &d, fig_num_text(s, p, q));
    }

    /* names: 5G, 3号线, an address after @, （1）, 1. at a clause start */
    if ((nc != CP_BAD && is_ascii_alpha(nc) && !fig_latin_unit_at(t, len, q)) || prev == '@') {
        *next = fig_skip_alnum(t, len, i);
        if (*next <= i)
            *next = q > i ? q : i + 1;
        return BULLETIN_OK;
    }
    /* 山西?。?023年: a year whose first digit a copy lost is no figure */
    if (!neg && !a.frac && !a.seps && year_lost_digits(t, len, p, q, a.int_digits)) {
        *next = q;
        return BULLETIN_OK;
    }
    if (!neg && !s->cell_end && number_lost_digit(t, len, p, q)) {
        *next = q;
        return BULLETIN_OK;
    }
    /* a contents entry's page number (PAGEREF _Toc25831 \\h 3, ……3; a
     * sign that ends a leader of dashes is the leader's: 总则－－－－3) */
    if ((!neg || fig_leader_char(first)) && !a.frac && !a.seps && toc_page_number(t, len, p, q)) {
        *next = q;
        return BULLETIN_OK;
    }
    /* 关于批复范文 篇1, 范文之2: a part's number after 篇 or 之 at the end
     * of its clause, as 第1篇 is (3分之1 is a fraction, 1篇 a count) */
    if (!neg && !a.frac && !a.seps && a.int_digits <= 3 &&
        (prev == 0x7BC7 /* 篇 */ ||
         (prev == 0x4E4B /* 之 */ && i >= 6 && cp_before(t, 0, i - 3, NULL) != 0x5206 /* 分 */)) &&
        (nc == CP_BAD || is_space(nc) || is_clause_punct(nc, &sent) || nc == ':' || nc == 0xFF1A)) {
        *next = q;
        return BULLETIN_OK;
    }
    /* a collection's piece numbered in its heading: 項目審計報告1, 范文 2 */
    if (!neg && !a.frac && !a.seps && genre_sequence_number(t, len, i, q)) {
        *next = q;
        return BULLETIN_OK;
    }
    /* a pattern's placeholder digits: 乌政发〔20××〕×号, 20××年 (a 文号 or a
     * date to be filled in), not 3×4 (a product or a size) */
    if (nc == 0xD7 || nc == 0xFF38 || nc == 0xFF58) { /* × Ｘ ｘ */
        int k2, dd, kk;
        uint32_t c2 = cp_at(t, len, q + (size_t)k, &k2);
        if (c2 == nc || !digit_at(t, len, q + (size_t)k, &dd, &kk)) {
            size_t e = q;
            while (cp_at(t, len, e, &k2) == nc)
                e += (size_t)k2;
            *next = e;
            return BULLETIN_OK;
        }
    }
    if ((nc == 0x53F7 || nc == 0x865F) && prev != 0x6708) { /* 号 號, not 月N号 */
        /* 19号公布, 20号上午: a day of the month said with 号, where an
         * event or a time of day follows (3号线, 1号文件, 5号楼 are names,
         * 〔2017〕2号 and 第5号 numbers) */
        static const char *const after[] = {"公布", "发布", "召开", "举行", "印发", "出台", "宣布", "开幕",
                                            "闭幕", "起", "上午", "下午", "晚", "凌晨", "早上"};
        size_t e = q + (size_t)k;
        if (!neg && !a.frac && !a.seps && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 31 &&
            prev != 0x7B2C /* 第 */ && prev != 0x3015 /* 〕 */ && prev != ']' && prev != 0xFF3D)
            for (size_t w = 0; w < sizeof after / sizeof *after; w++)
                if (has_at(t, len, e, after[w])) {
                    draft d;
                    draft_init(&d, i);
                    return push_day(s, &d, i, e, (int)a.approx, next);
                }
        *next = e;
        return BULLETIN_OK;
    }
    /* 《工人日报》(2010年03月05日 003版): a newspaper's page, written with
     * leading zeros, is no figure */
    if (!neg && !a.frac && !a.seps && a.int_digits >= 2 && t[p] == '0' && nc == 0x7248 /* 版 */) {
        *next = q + (size_t)k;
        return BULLETIN_OK;
    }
    /* 五屆104次區政府常務會議: the meeting's number after a term written in
     * Chinese numerals is an ordinal (as 第12届89次 below) */
    if (!neg && !a.frac && (prev == 0x5C4A || prev == 0x5C46) /* 届 屆 */ && nc == 0x6B21 /* 次 */ &&
        i >= 6 && in_set(cp_before(t, 0, i - 3, NULL), "一二三四五六七八九十")) {
        *next = q + (size_t)k;
        return BULLETIN_OK;
    }
    bool clause_first = i == s->clause_trim || prev == CP_BAD || is_space(prev);
    if (!a.seps && a.int_digits <= 2 && !neg) {
        if (!a.frac && (prev == 0xFF08 || prev == '(') && (nc == 0xFF09 || nc == ')')) {
            /* figlab47 (round 45 class 7, ruled): 今(24)日, 本（3）日: the
             * day set in parentheses inside 今…日 or 本…日 is a date, its
             * value written (24)日 (ASCII parentheses, whichever the text
             * has: the ruling's spelling) */
            size_t o = i - (prev == '(' ? 1 : 3), e = q + (size_t)k;
            uint32_t before = cp_before(t, 0, o, NULL);
            if ((before == 0x4ECA /* 今 */ || before == 0x672C /* 本 */) && a.approx >= 1 &&
                a.approx <= 31 && cp_at(t, len, e, NULL) == 0x65E5 /* 日 */) {
                draft d;
                draft_init(&d, o);
                char vt[16] = "(";
                memcpy(vt + 1, t + p, q - p); /* at most two digits */
                memcpy(vt + 1 + (q - p), ")日", sizeof ")日");
                return push_day_as(s, &d, o, e + strlen("日"), (int)a.approx, vt, next);
            }
            *next = q + (size_t)k;
            return BULLETIN_OK;
        }
        if (!a.frac && clause_first && (nc == '.' || nc == 0xFF0E || nc == 0x3001)) {
            int dd, kk, y;
            size_t e = q + (size_t)k;
            /* 1、2022年度…: a list number before a year (1、2月 is two months) */
            bool year = ascii_digits(t, len, e, 4, &y) == 4 && y >= 1900 && y <= 2100 &&
                        has_at(t, len, e + 4, "年");
            if (!digit_at(t, len, e, &dd, &kk) || year) {
                *next = e;
                return BULLETIN_OK;
            }
        }
        /* 1 . 组织…, 2 .装配…: a list number with spaces before its dot
         * (and maybe after it) at a paragraph's start (1 . 5 is a spaced
         * decimal: a digit follows) */
        if (!a.frac && at_start && is_space(nc)) {
            int kd, dd, kk;
            size_t d = skip_spaces(t, len, q);
            uint32_t dot = cp_at(t, len, d, &kd);
            if (dot == '.' || dot == 0xFF0E || dot == 0x3001) {
                size_t e = skip_spaces(t, len, d + (size_t)kd);
                if (e < len && !digit_at(t, len, e, &dd, &kk)) {
                    *next = e;
                    return BULLETIN_OK;
                }
            }
        }
        /* 农村百事通 2019年4期: a periodical's issue after its year, at
         * the end of its clause (2019年举办4期培训班 is a count) */
        if (!a.frac && nc == 0x671F /* 期 */ && prev == 0x5E74 /* 年 */ && i >= 7) {
            int y;
            size_t e = q + (size_t)k;
            uint32_t after = cp_at(t, len, e, NULL);
            if (ascii_digits(t, len, i - 7, 4, &y) == 4 && y >= 1900 && y <= 2100 &&
                (i - 7 == 0 || !(t[i - 8] >= '0' && t[i - 8] <= '9')) &&
                (after == CP_BAD || is_space(after) || is_clause_punct(after, &sent))) {
                *next = e;
                return BULLETIN_OK;
            }
        }
        /* 1.2023年: a list number before a year */
        if (a.frac && clause_first) {
            size_t dot = p + (size_t)a.int_digits;
            int y;
            if (dot < len && t[dot] == '.' && ascii_digits(t, len, dot + 1, 4, &y) == 4 &&
                y >= 1900 && y <= 2100 && has_at(t, len, dot + 5, "年")) {
                *next = dot + 1;
                return BULLETIN_OK;
            }
        }
    }
    /* a figure's number a copy glued to the year of its title (圖12018年
     * 上半年…: 图1, then 2018年): the number is skipped, the year read */
    if (!neg && !a.frac && !a.seps && (a.int_digits == 5 || a.int_digits == 6) &&
        has_at(t, len, q, "年") && after_label_word(t, i)) {
        int y = 0;
        for (size_t j = q - 4; j < q; j++)
            y = y * 10 + (t[j] - '0');
        if (y >= 1900 && y <= 2100) {
            *next = q - 4;
            return BULLETIN_OK;
        }
    }
    /* figure, table and attachment numbers: 表1, 图2：, 附件3, 表5-2 */
    if (!neg && !a.frac && !a.seps && a.int_digits <= 3 && after_label_word(t, i)) {
        size_t e = q;
        int kk;
        uint32_t c = cp_at(t, len, e, &kk);
        if (c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == '.' || c == 0xFF0E) {
            num b;
            if (fig_read_num(t, len, e + (size_t)kk, &b) && !b.frac)
                e = b.end;
        }
        *next = e;
        return BULLETIN_OK;
    }
    /* a table's number at the start of its title: 3-7 分地区…, 4- 3地区…,
     * 2-3 总产出, 6-4 PCT… (not 1-5月: a unit follows that) */
    int md_m, md_d;
    if (at_start && !neg && !a.frac && !a.seps && a.int_digits <= 2 &&
        !month_day_before_time(s, i, &md_m, &md_d)) {
        int kk;
        uint32_t c = cp_at(t, len, q, &kk);
        if (c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013) {
            size_t r = q + (size_t)kk;
            bool sp = r < len && t[r] == ' ';
            num b;
            if (fig_read_num(t, len, r + (sp ? 1 : 0), &b) && !b.frac && b.int_digits <= 2) {
                bl_figure_kind uk;
                char ub[BL_FIG_UNIT_MAX];
                double f;
                size_t sc = fig_match_scale(t, len, b.end, &f);
                size_t un = fig_match_unit(t, len, b.end + sc, &uk, ub, sizeof ub);
                uint32_t after = cp_at(t, len, b.end, NULL);
                if (sp || (b.end < len && t[b.end] == ' ') ||
                    (!sc && !un && after != CP_BAD && (bl_is_han(after) || is_ascii_alpha(after)))) {
                    *next = b.end;
                    return BULLETIN_OK;
                }
            }
        }
        /* 2.3成员单位, 6.1人力资源保障: a heading's number at the start */
    }
    /* 1-本月 (1—本季, 1-本年): the months from the first to this one, a
     * period's name (a column's), no figure */
    if (!neg && !a.frac && !a.seps && a.int_digits <= 2) {
        int kk;
        uint32_t c = cp_at(t, len, q, &kk);
        if (c == '-' || c == 0xFF0D || c == 0x2014 || c == 0x2013 || c == 0x2012) {
            size_t r = q + (size_t)kk;
            if (has_at(t, len, r, "本月") || has_at(t, len, r, "本季") || has_at(t, len, r, "本年") ||
                has_at(t, len, r, "本期")) {
                *next = r;
                return BULLETIN_OK;
            }
        }
    }
    /* a plan's numbered part alone on its line, as in a table of contents
     * (2 组织指挥体系及职责, 9 名词术语, 3.1日常监测): no figure, whatever
     * the word after it */
    size_t part_end;
    if ((at_start || after_toc_entry(t, i)) && !neg && !a.seps && a.int_digits <= 2 &&
        (part_end = part_line(t, len, q, a.frac)) > 0) {
        *next = part_end;
        return BULLETIN_OK;
    }
    if (at_start && !neg && a.frac && !a.seps && a.int_digits <= 2 && q - p <= 5) {
        /* 1.1 编制目的, 2.3成员单位, 6.1人力资源保障, 1.2.3: a heading's number */
        size_t h = q;
        while (h + 1 < len && t[h] == '.' && t[h + 1] >= '0' && t[h + 1] <= '9') {
            h++;
            while (h < len && t[h] >= '0' && t[h] <= '9')
                h++;
        }
        size_t hs = h < len && t[h] == ' ' ? h + 1 : h;
        uint32_t hc = cp_at(t, len, hs, NULL);
        if (hc != CP_BAD && bl_is_han(hc)) {
            double f;
            bl_figure_kind uk = BL_FIG_COUNT;
            char ub[BL_FIG_UNIT_MAX];
            size_t un = fig_match_unit(t, len, hs, &uk, ub, sizeof ub);
            uint32_t after = cp_at(t, len, hs + un, NULL);
            /* a one-character unit that begins the title's word: 1.1 个人
             * 防护; after the number's space any such character (2.2 日常
             * 办事机构: 日 is no duration there) */
            if (h > q ||
                (!fig_match_scale(t, len, hs, &f) &&
                 (!un || (un == 3 && (uk == BL_FIG_COUNT || uk == BL_FIG_PERCENT || hs > h) &&
                          after != CP_BAD && bl_is_han(after))))) {
                *next = h;
                return BULLETIN_OK;
            }
        }
    }
    /* a road's number after its class: 国道324线, 省道S216, 县道X031 (a
     * road's name, never a figure) */
    if (!neg && !a.frac && !a.seps) {
        static const char *const roads[] = {"国道", "省道", "县道", "乡道", "國道", "縣道", "鄉道"};
        size_t r = i > 0 && (t[i - 1] == 'G' || t[i - 1] == 'S' || t[i - 1] == 'X' ||
                             t[i - 1] == 'Y') ? i - 1 : i;
        /* its letter (S216) or 线 after it (324线): 改建国道12公里 is a length */
        bool named = r < i || has_at(t, len, q, "线") || has_at(t, len, q, "線");
        for (size_t w = 0; named && w < NELEM(roads); w++)
            if (has_before(t, 0, r, roads[w])) {
                *next = q;
                return BULLETIN_OK;
            }
    }
    /* inside a book title only years (《……规划（2021—2025年）》) and a
     * month range after a year (《关于2018年1-5月…的通报》) */
    if (i < s->name_end && s->name_title && !year_like(&a, neg) &&
        !(!neg && month_range_after_year(t, len, i, q, &a))) {
        *next = q;
        return BULLETIN_OK;
    }

    /* 6107280000/2024-001005, 003129766/201901-00336: a catalogue's index
     * number (索引号: the publisher's code, the year and a serial), an
     * identifier */
    if (!neg && !a.frac && !a.seps && a.int_digits >= 6 && q + 1 < len && t[q] == '/') {
        size_t e = q + 1;
        while (e < len && t[e] >= '0' && t[e] <= '9')
            e++;
        if (e - (q + 1) >= 4 && e + 1 < len && t[e] == '-' && t[e + 1] >= '0' && t[e + 1] <= '9') {
            e++;
            while (e < len && t[e] >= '0' && t[e] <= '9')
                e++;
            *next = e;
            return fig_push_identifier(s, i, e, 0);
        }
    }

    /* Round 32: a code after its name, whatever its digits (项目代码:2409-35,
     * 编号：0035, 项目代码：2020-350821-48-01-012345), or a masked code's
     * visible part (索引号 cell ****03492/202106-00014), or a dashed line
     * to call after its name (服务热线：400-123-4567): an identifier's run
     * of letters, digits and joiners, no figure */
    if ((!neg && ((after_code_word(t, i) && !unit_or_scale_after(t, len, q)) || masked_before(t, i) ||
                  ((has_before(t, 0, i, "为") || has_before(t, 0, i, "為")) &&
                   after_code_word(t, i - strlen("为"))) ||
                  (q < len && t[q] == '-' && after_service_name(t, i)))) ||
        (neg && t[i] == '-' && record_serial_before(t, i))) {
        size_t e = fig_skip_alnum(t, len, i);
        /* 闽ICP备12345678号-1: the record's serial after its 号 */
        if (has_at(t, len, e, "号") && e + strlen("号") + 1 < len && t[e + strlen("号")] == '-' &&
            t[e + strlen("号") + 1] >= '0' && t[e + strlen("号") + 1] <= '9')
            e = fig_skip_alnum(t, len, e + strlen("号") + 1);
        *next = e > q ? e : q;
        return BULLETIN_OK;
    }

    draft d;
    draft_init(&d, i);
    fig_before_number(s, &d, i);

    /* the document's DATE whose 年月日 a copy lost: 2018525 (2018年5月25
     *日), when month and day split one way only */
    /* and a 题注's date that lost them, run on into 在 at the start of its
     * line (20251在城口县第十届人民代表大会第五次会议: 2025年1月) */
    bool at_zai = at_start && has_at(t, len, q, "在");
    if (at_zai && !neg && !a.frac && !a.seps && a.int_digits == 5 && t[i + 4] != '0') {
        int y = 0;
        for (size_t j = i; j < i + 4; j++)
            y = y * 10 + (t[j] - '0');
        if (y >= 1949 && y <= 2100)
            return push_date(s, &d, i, q, y, t[i + 4] - '0', 0, next);
    }
    /* after a date field's name (公开日期:2024926), the value ending at a
     * space or the line's end */
    bool date_field = !at_start && (nc == CP_BAD || is_space(nc)) && after_date_field(t, i);
    if (((((s->ctx && s->ctx->date_line && skip_spaces(t, len, q) == len) || at_zai) && at_start) || date_field) &&
        !neg && !a.frac && !a.seps && a.int_digits >= 6 && a.int_digits <= 8) {
        int y = 0, found = 0, fm = 0, fd = 0;
        for (size_t j = i; j < i + 4; j++)
            y = y * 10 + (t[j] - '0');
        size_t r = (size_t)a.int_digits - 4;
        for (size_t ml = 1; ml <= 2 && y >= 1949 && y <= 2100; ml++) {
            if (r < ml + 1 || r > ml + 2)
                continue;
            int mm = 0, dd = 0;
            for (size_t j = i + 4; j < i + 4 + ml; j++)
                mm = mm * 10 + (t[j] - '0');
            for (size_t j = i + 4 + ml; j < q; j++)
                dd = dd * 10 + (t[j] - '0');
            if (mm >= 1 && mm <= 12 && date_exists(y, mm, true, dd))
                found++, fm = mm, fd = dd;
        }
        if (found == 1)
            return push_date(s, &d, i, q, y, fm, fd, next);
    }

    /* a date that lost 年 and 月 but kept 日: 2021915日, 20211228日,
     * 202191号 (no duration of half a million days); the month and day
     * split one way, else only the year is known (2021111日) */
    if (!neg && !a.frac && !a.seps && a.int_digits >= 6 && a.int_digits <= 8 && t[i] != '0') {
        int y = 0;
        bulletin_status st;
        for (size_t j = i; j < i + 4; j++)
            y = y * 10 + (t[j] - '0');
        if (push_lost_month_day(s, &d, i, i + 4, q, y, next, &st))
            return st;
    }

    /* calendar dates in digits: 2019-10-28 */
    {
        int y, m, dd;
        size_t e = digit_date(t, len, i, &y, &m, &dd);
        if (e && !date_exists(y, m, true, dd))
            return skip_bad_date(s, i, e, next); /* 2023-02-30 */
        if (!e) {
            e = spaced_date(t, len, i, &y, &m, &dd);
            if (e && !date_exists(y, m, true, dd))
                e = 0; /* "2017 2 30": three numbers, not a date */
        }
        if (e)
            return push_date(s, &d, i, e, y, m, dd, next);
    }
    /* a page's month and day before its time, the year left out:
     * 03-11 07:56:32 (press-premier-2021-news) */
    {
        int m, dd;
        size_t e = month_day_before_time(s, i, &m, &dd);
        if (!neg && e)
            return push_date(s, &d, i, e, 0, m, dd, next);
    }
    /* time of day: 9:00, 13:30 (not a ratio) */
    if (!neg && !a.frac && ratio_colon(nc)) {
        int h, mi;
        size_t e = time_of_day(s, i, &h, &mi);
        if (e)
            return push_date(s, &d, i, e, 0, 0, 0, next);
    }

    /* ratio: 6.01:55.04:38.95, 1∶6.9; 19.4922.2658.25, its colons lost */
    if (!neg && nc == '.' && a.frac) {
        num parts[BL_FIG_MAX_PARTS];
        size_t np = 0, e = lost_colon_ratio(t, len, i, parts, &np);
        if (e)
            return push_parts(s, &d, &parts[0], parts, np, e, next);
    }
    if (ratio_colon(nc)) {
        int dd, kk;
        if (digit_at(t, len, q + (size_t)k, &dd, &kk))
            return push_ratio(s, &d, &a, next);
    }

    /* rank: 第N, 前N */
    if (prev == 0x7B2C /* 第 */ || prev == 0x524D /* 前 */) {
        size_t end;
        bool is_rank;
        if (prev == 0x7B2C)
            is_rank = rank_after_di(s, i - strlen("第"), q, &end);
        else {
            end = q;
            /* 前3名, 前10强 (強), 前5大贸易伙伴 (the top five) */
            bool word = nc == 0x4F4D || nc == 0x540D || nc == 0x5F3A || nc == 0x5F37 || nc == 0x5927;
            is_rank = nc == CP_BAD || is_clause_punct(nc, &sent) || word /* 位 名 强 強 大 */;
            if (word)
                end = q + (size_t)k;
        }
        if (prev == 0x7B2C && !is_rank) {
            /* ordinal inside a name: skip it with its measure word; a
             * second number right after the measure word shares the 第
             * (第12届89次市政府常务会议: the 12th term's 89th meeting) */
            int km;
            uint32_t mw = cp_at(t, len, q, &km);
            if (mw != CP_BAD && in_set(mw, "届屆期批轮輪")) {
                size_t r = q + (size_t)km, r0 = r;
                while (r < len && t[r] >= '0' && t[r] <= '9')
                    r++;
                uint32_t mw2 = cp_at(t, len, r, NULL);
                if (r > r0 && r - r0 <= 4 && mw2 != CP_BAD && in_set(mw2, "次届屆期批轮輪")) {
                    *next = r;
                    return BULLETIN_OK;
                }
            }
            *next = q;
            return BULLETIN_OK;
        }
        if (is_rank) {
            draft_init(&d, i - 3);
            d.value = a.approx;
            *next = end;
            char *vt = fig_num_text(s, p, q);
            set_value(&d, vt);
            return make_rank(s, &d, end, vt, false);
        }
    }

    /* range: N—M UNIT, N UNIT—M UNIT */
    {
        size_t r = q, u1 = 0;
        bl_figure_kind k1;
        char b1[BL_FIG_UNIT_MAX];
        double f1;
        size_t sc1 = fig_match_scale(t, len, r, &f1);
        u1 = fig_match_unit(t, len, r + sc1, &k1, b1, sizeof b1);
        int ks;
        uint32_t sep = cp_at(t, len, r, &ks);
        size_t rs = r;
        if (!is_sep_cp(sep) && (sc1 || u1)) {
            rs = r + sc1 + u1;
            sep = cp_at(t, len, rs, &ks);
        }
        /* 1--—6月: a dash a copy garbled into a run of hyphens and dashes
         * (two or three, one of them an ASCII hyphen; —— alone is Chinese
         * punctuation) is one separator */
        if (sep == '-' || sep == 0x2014 || sep == 0x2013) {
            size_t j = rs + (size_t)ks;
            bool hyphen = sep == '-';
            int runs = 1, kd;
            for (uint32_t c2 = cp_at(t, len, j, &kd); runs < 3 && (c2 == '-' || c2 == 0x2014 || c2 == 0x2013);
                 c2 = cp_at(t, len, j, &kd)) {
                hyphen |= c2 == '-';
                j += (size_t)kd;
                runs++;
            }
            if (runs > 1 && hyphen && j < len && t[j] >= '0' && t[j] <= '9')
                ks = (int)(j - rs);
        }
        uint32_t after = cp_at(t, len, rs + (size_t)(sep == CP_BAD ? 1 : ks), NULL);
        num b;
        if (is_sep_cp(sep) && after != 0x2014 && !(sep == 0x2014 && prev == 0x2014) &&
            fig_read_num(t, len, rs + (size_t)ks, &b)) {
            draft d2 = d;
            size_t e = fig_after_number(s, &d2, b.end);
            bool years = year_like(&a, neg) && !b.frac && b.int_digits == 4 && b.approx > a.approx &&
                         b.approx <= 2100;
            if (!d2.unit[0] && rs == r && !years &&
                (a.int_digits + b.int_digits >= 8 ||
                 (a.int_digits > 1 && cp_at(t, len, i, NULL) == '0'))) {
                *next = b.end; /* 027-87654321: a telephone number */
                return BULLETIN_OK;
            }
            bool same =
                rs == r || (e - b.end >= sc1 + u1 && memcmp(t + b.end, t + r, sc1 + u1) == 0 &&
                            (size_t)(rs - r) == sc1 + u1);
            if (same && !(i < s->name_end && s->name_title && !years &&
                          !(!neg && month_range_after_year(t, len, i, q, &a))))
                return push_range(s, &d2, i, q, rs == r ? q : rs, b.start, b.end, e, next);
        }
    }

    /* dates and years */
    bool integer = !a.frac && !a.seps && !neg;
    size_t nq = q; /* 2022 年: one space before 年 */
    if (integer && nc == ' ' && has_at(t, len, q + 1, "年"))
        nq = q + 1, nc = cp_at(t, len, nq, &k);
    if (integer && nc == 0x5E74 /* 年 */) {
        size_t y_end = nq + (size_t)k;
        num m;
        int km;
        if (fig_read_num(t, len, y_end, &m) && !m.frac && !m.seps && m.int_digits <= 2 &&
            cp_at(t, len, m.end, &km) == 0x6708 /* 月 */ && a.int_digits == 4) {
            size_t e = m.end + (size_t)km, de = e;
            double day = 0;
            bool has_day = day_after(t, len, e, &day, &de) || day_lost_after(t, len, e, &day, &de);
            /* 2023年2月29日, 2023年13月, 2024年4月31日: no such day */
            if (!date_exists((int)a.approx, m.approx, has_day, day))
                return skip_bad_date(s, i, has_day ? de : e, next);
            return push_date(s, &d, i, has_day ? de : e, (int)a.approx, (int)m.approx, (int)day,
                             next);
        }
        /* 2021年915日, 2021年1228号: the 月 lost between month and day;
         * but a bracketed year and serial ending in 号 after a title is a
         * document's number ((2000年32號), （2019年15号）): its year only */
        bool docnum = a.int_digits == 4 && fig_read_num(t, len, y_end, &m) && !m.frac &&
                      !m.seps && year_serial_docnum(t, len, i, m.end);
        if (!docnum && a.int_digits == 4 && fig_read_num(t, len, y_end, &m) && !m.frac && !m.seps) {
            bulletin_status st;
            if (push_lost_month_day(s, &d, i, y_end, m.end, (int)a.approx, next, &st))
                return st;
        }
        bool dur = *d.qual != '\0';
        for (size_t w = 0; w < NELEM(duration_verbs); w++)
            if (has_before(t, 0, i, duration_verbs[w]))
                dur = true;
        if (!dur && a.int_digits == 4 && a.approx >= 1900 && a.approx <= 2100) {
            /* 2023年度, 2024年底, 年末, 年初, 年中: part of the year's words */
            int ks;
            uint32_t sfx = cp_at(t, len, y_end, &ks);
            if (sfx == 0x5EA6 || sfx == 0x5E95 || sfx == 0x672B || sfx == 0x521D || sfx == 0x4E2D)
                y_end += (size_t)ks;
            d.kind = BL_FIG_YEAR;
            d.year = (int)a.approx;
            d.value = a.approx;
            copy_str(d.unit, sizeof d.unit, "年", 3);
            copy_str(d.base, sizeof d.base, "年", 3);
            d.change = BL_FIG_CHANGE_NONE;
            d.verb_end = d.pre;
            d.end = y_end;
            *next = y_end;
            return fig_push(s, &d, fig_num_text(s, i, q));
        }
    }
    /* 9 月: one space before 月, as a table's header cell keeps it */
    if (integer && a.int_digits <= 2 && nq == q && nc == ' ' && has_at(t, len, q + 1, "月"))
        nq = q + 1, nc = cp_at(t, len, nq, &k);
    if (integer && a.int_digits <= 2 && nc == 0x6708 /* 月 */) {
        size_t e = nq + (size_t)k, de = e;
        double day = 0;
        bool has_day = day_after(t, len, e, &day, &de);
        /* 前11月: the first eleven months, a duration as 13月 is */
        bool month = a.approx >= 1 && a.approx <= 12 && !(prev == 0x524D /* 前 */ && !has_day);
        /* 2月30日, 4月31日, 13月1日, 5月0日 (13月 alone: a duration) */
        int year = s->ctx ? s->ctx->year : 0;
        if ((month || has_day) && !date_exists(year, a.approx, has_day, day))
            return skip_bad_date(s, i, de, next);
        if (month) {
            bulletin_status st =
                push_date(s, &d, i, has_day ? de : e, 0, (int)a.approx, (int)day, next);
            if (st == BULLETIN_OK)
                s->list->items[s->list->len - 1].value = a.approx * 100 + day;
            return st;
        }
    }
    /* 415日前, 67日（星期: a date whose 月 was lost in a copy (4月15日) */
    if (integer && a.int_digits >= 2 && a.int_digits <= 4 && a.approx > 31 && nc == 0x65E5 &&
        !*d.qual && !d.change) {
        size_t e = q + (size_t)k;
        int v = (int)a.approx;
        int mm = a.int_digits == 2 ? v / 10 : v / 100; /* 67日: 6月7日; 415日: 4月15日 */
        int dd = a.int_digits == 2 ? v % 10 : v % 100;
        if (date_exists(0, mm, true, dd) &&
            (has_at(t, len, e, "前") || has_at(t, len, e, "（星期") || has_at(t, len, e, "(星期")))
            return push_date(s, &d, i, e, 0, mm, dd, next);
    }
    if (integer && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 31 && nc == 0x65E5 /* 日 */ &&
        !*d.qual && !d.change) {
        uint32_t c2 = cp_at(t, len, q + (size_t)k, NULL);
        if (c2 != 0x5185 /* 内 */ && !has_at(t, len, q + (size_t)k, "以内") &&
            !has_at(t, len, q + (size_t)k, "之内")) {
            return push_day(s, &d, i, q + (size_t)k, (int)a.approx, next);
        }
    }
    /* 1季度 (not 3个季度): a quarter of the year */
    if (integer && a.int_digits == 1 && a.approx >= 1 && a.approx <= 4 && has_at(t, len, q, "季度") &&
        !*d.qual && !d.change)
        return push_date(s, &d, i, q + strlen("季度"), 0, 0, 0, next);
    /* 上午10时, 8时30分, 3月4日12点: an hour of the day (点 after a time
     * of day or a day only: 12点 elsewhere may be a count of points) */
    if (integer && a.int_digits <= 2 && a.approx <= 24 &&
        (nc == 0x65F6 || nc == 0x6642 || (nc == 0x70B9 /* 点 */ && in_set(prev, "午晚早晨日"))) &&
        !*d.qual && !d.change && in_set(prev, "午晚早晨日天）)")) {
        size_t e = q + (size_t)k;
        int mi;
        size_t n = ascii_digits(t, len, e, 2, &mi);
        if (n >= 1 && n <= 2 && mi <= 59 && (has_at(t, len, e + n, "分")))
            e += n + strlen("分");
        return push_date(s, &d, i, e, 0, 0, 0, next);
    }
    /* 最终在12时42分结束, 早在10时多, 不到11时, 11时整: an hour with 时
     * elsewhere is a time too when its minutes, 多, 整 or 许 follow it or
     * 在, 不到 or a clause's start stand before it */
    if (integer && a.int_digits <= 2 && a.approx <= 24 && (nc == 0x65F6 || nc == 0x6642) &&
        !d.change && (!*d.qual || !strcmp(d.qual, "不到"))) {
        size_t e = q + (size_t)k;
        int mi;
        size_t n = ascii_digits(t, len, e, 2, &mi);
        bool minutes = n >= 1 && n <= 2 && mi <= 59 && has_at(t, len, e + n, "分");
        bool more = has_at(t, len, e, "多");
        const char *qual = *d.qual ? d.qual : more ? "多" : "";
        if (minutes || more || *d.qual || has_at(t, len, e, "整") || has_at(t, len, e, "许") ||
            prev == 0x5728 /* 在 */ || clause_first) {
            if (minutes)
                e += n + strlen("分");
            bulletin_status st = push_date(s, &d, i, e, 0, 0, 0, next);
            if (st != BULLETIN_OK)
                return st;
            s->list->items[s->list->len - 1].qualifier = qual;
            if (more)
                *next = e + strlen("多");
            return BULLETIN_OK;
        }
    }

    /* 由去年的20位、第7位: a place beside a rank written with 第 is a rank */
    if (integer && !neg && nc == 0x4F4D /* 位 */ && !*d.qual && !d.change &&
        (has_at(t, len, q + (size_t)k, "、第") || has_at(t, len, q + (size_t)k, "和第"))) {
        size_t e = q + (size_t)k;
        draft_init(&d, i);
        d.value = a.approx;
        *next = e;
        char *vt = fig_num_text(s, i, q);
        set_value(&d, vt);
        return make_rank(s, &d, e, vt, false);
    }
    /* fig46: 5、6、7月份, a month listed before one 月 (push_listed_month);
     * 昆仑2021”, a year glued in a name (no figure) */
    if (integer && !neg && a.int_digits <= 2 && a.approx >= 1 && a.approx <= 12 && !*d.qual && !d.change &&
        prev != 0x7B2C /* 第 */ && month_list_before_yue(t, len, q))
        return push_listed_month(s, &d, i, q, (int)a.approx, next);
    if (year_like(&a, neg) && !*d.qual && !d.change && glued_name_year(t, len, i, q)) {
        *next = q;
        return BULLETIN_OK;
    }
    /* a year without 年 before a noun (2017人员工资): the year */
    if (year_like(&a, neg) && !*d.qual && !d.change && year_before_noun(t, len, q) &&
        !(i < s->name_end && !s->name_title)) {
        d.kind = BL_FIG_YEAR;
        d.year = (int)a.approx;
        d.value = a.approx;
        d.end = q;
        *next = q;
        return fig_push(s, &d, fig_num_text(s, i, q));
    }
    /* quantity */
    size_t e = fig_after_number(s, &d, q);
    /* round 34: a programme's numeric name glued to 项目 whose name goes on
     * with a programme's word (聚力实施3113项目攻坚行动计划, 555项目计划,
     * 20项目工程): 项 is no measure word there, the number no count.
     * Whatever else follows stays a count of 项 (新开工128项目总投资156亿元,
     * 推进20项目集中开工, 132项目 ending its clause; 3113个项目). */
    if (integer && !neg && !a.seps && !d.scale[0] && !*d.qual && !d.change &&
        (has_at(t, len, q, "项目") || has_at(t, len, q, "項目")) &&
        programme_word_at(t, len, q + strlen("项目"))) {
        *next = q;
        return BULLETIN_OK;
    }
    if (has_at(t, len, e, "强") && !d.unit[0] && i < s->name_end && !s->name_title) {
        *next = e + strlen("强"); /* “三类500强”项目: a designation, no rank */
        return BULLETIN_OK;
    }
    if (has_at(t, len, e, "强") && !d.unit[0]) {
        draft_init(&d, i);
        d.value = a.approx;
        e += strlen("强");
        *next = e;
        char *vt = fig_num_text(s, i, q);
        set_value(&d, vt);
        return make_rank(s, &d, e, vt, false);
    }
    if (!d.unit[0] && !*d.qual && !neg && after_rate_of_change_word(t, i)) {
        /* 漲跌幅度為0: a rate written without its %, up or down (跌幅为
         * read as a fall's words: no direction) */
        d.kind = BL_FIG_PERCENT;
        d.change = BL_FIG_CHANGE_NONE;
        d.pre = d.verb_end = i;
        d.end = e;
        *next = e;
        return fig_push(s, &d, fig_num_text(s, i, q));
    }
    if (!d.unit[0] && !*d.qual && !d.change && !neg && fig_unit_before_number(s, &d, i, e)) {
        /* 民政事业费累计支出亿元30.4: its unit before it, at the line's end */
    } else if (!d.unit[0] && !*d.qual && !d.change) {
        uint32_t c = cp_at(t, len, e, NULL);
        bool han_after = c != CP_BAD && (bl_is_han(c) || c == 0x201C || c == 0x300A);
        if (at_start && integer && a.int_digits <= 2 && han_after && len - e <= 18) {
            *next = e; /* 1总则, 8附则: a chapter's number on a short line */
            return BULLETIN_OK;
        }
        if (year_like(&a, neg) && !(i < s->name_end && !s->name_title)) {
            /* 2023知识产权统计年报, (2023), 1978=100: a year without 年 */
            d.kind = BL_FIG_YEAR;
            d.year = (int)a.approx;
            d.value = a.approx;
            if (year_list_before_nian(t, len, e)) {
                copy_str(d.unit, sizeof d.unit, "年", 3);
                copy_str(d.base, sizeof d.base, "年", 3);
            }
            d.end = e;
            *next = e;
            return fig_push(s, &d, fig_num_text(s, i, q));
        }
        if (integer && a.int_digits >= 5 && after_code_word(t, i)) {
            *next = fig_skip_alnum(t, len, i); /* 监督索引号53342200121601000 */
            if (*next < e)
                *next = e;
            return BULLETIN_OK;
        }
        if (integer && a.int_digits >= 5 && after_contact_word(s, i)) {
            *next = e; /* 联系电话：13338543328, 邮政编码：276000 */
            /* its extension in parentheses: 联系电话：82717780（8662） */
            int ko, kc;
            uint32_t o = cp_at(t, len, e, &ko);
            if (o == '(' || o == 0xFF08) {
                size_t r = e + (size_t)ko, r0 = r;
                while (r < len && t[r] >= '0' && t[r] <= '9')
                    r++;
                uint32_t cl = cp_at(t, len, r, &kc);
                if (r > r0 && r - r0 <= 6 && (cl == ')' || cl == 0xFF09))
                    *next = r + (size_t)kc;
            }
            return BULLETIN_OK;
        }
        if (integer && prev != CP_BAD && (bl_is_han(prev) || ((prev | 0x20) >= 0x61 && (prev | 0x20) <= 0x7A)) &&
            spam_glyph_at(t, len, e)) {
            *next = e; /* 体育365◈✿✿★: a betting site's name spliced in, no figure */
            return BULLETIN_OK;
        }
        if (integer && a.int_digits >= 3 && a.int_digits <= 8 && after_service_name(t, i) &&
            !count_after_service_number(t, len, e)) {
            *next = e; /* 举报电话:110, 服务热线12345 */
            return BULLETIN_OK;
        }
        if (han_after && integer && in_set(c, address_words)) {
            *next = e;
            return BULLETIN_OK;
        }
        if (c == 0x9875 /* 页 */ && integer && page_count_marker(t, len, i, e)) {
            *next = e + strlen("页"); /* 第1页共18页: a page marker */
            return BULLETIN_OK;
        }
        if (han_after && integer && a.int_digits == 3 && t[i] == '1' &&
            (a.approx == 110 || a.approx == 119 || a.approx == 120 || a.approx == 122 ||
             a.approx == 114)) {
            *next = e; /* 110报警, 120急救: an emergency number */
            return BULLETIN_OK;
        }
        if (han_after && integer && a.int_digits == 5 && (t[i] == '1' || t[i] == '9')) {
            /* 12330维权援助热线, 96110服务平台: a public service number */
            static const char *const service[] = {"热线", "服务", "平台", "专线", "电话", "短信",
                                                  "投诉", "举报", "政务", "便民", "咨询"};
            size_t lim = e + 24 < len ? e + 24 : len;
            for (size_t j = e; j < lim; j++)
                for (size_t w = 0; w < NELEM(service); w++)
                    if (has_at(t, lim, j, service[w])) {
                        *next = e;
                        return BULLETIN_OK;
                    }
        }
        if (han_after && integer) {
            for (size_t w = 0; w < NELEM(name_words); w++)
                if (has_at(t, len, e, name_words[w])) {
                    *next = e; /* 12345热线: a name */
                    return BULLETIN_OK;
                }
            /* “503机关资本性支出（一）”: a budget subject's code opening a
             * quoted name, an identifier (no unit in the name's words) */
            if (i < s->name_end && !s->name_title && a.int_digits >= 3 &&
                (prev == 0x201C || prev == 0x300C || prev == 0x300E)) {
                *next = e;
                return BULLETIN_OK;
            }
            if (a.int_digits <= 4 && bl_is_han(c) && !in_set(c, not_unit)) {
                /* a unit not in the table (50兆宽带, 6大产业集群, 8大类): one
                 * character, two for 大 and a measure word */
                int ku;
                cp_at(t, len, e, &ku);
                size_t un = (size_t)ku;
                bl_figure_kind mk;
                char mb[BL_FIG_UNIT_MAX];
                if (c == 0x5927 /* 大 */ && fig_match_unit(t, len, e + un, &mk, mb, sizeof mb) == 3)
                    un += 3;
                copy_str(d.unit, sizeof d.unit, t + e, un);
                copy_str(d.base, sizeof d.base, t + e, un);
                d.kind = BL_FIG_COUNT;
                e += un;
            }
        }
        if (i < s->name_end && !s->name_title && !d.unit[0]) {
            *next = e; /* “4554”工作思路: a name */
            return BULLETIN_OK;
        }
    }
    if (i < s->name_end && !s->name_title && !d.unit[0]) {
        *next = e;
        return BULLETIN_OK;
    }
    d.end = e;
    *next = e > i ? e : i + 1;
    char *vt = fig_num_text(s, i, q);
    set_value(&d, vt);
    return fig_push(s, &d, vt);
}

/* A run of Chinese numerals at i (the run starts here). */
bulletin_status fig_chinese(scan *s, size_t i, size_t *next)
{
    const char *t = s->t;
    size_t len = s->len, p = i;
    size_t last_small = i; /* end of the run without trailing 万/亿 */
    int nchars = 0, ndig = 0;
    bool all_digits = true, has_value_char = false, has_point = false;
    bool big_before = false; /* a 万 or 亿 before the last_small part's end */
    while (p < len) {
        int k;
        uint32_t c = cp_at(t, len, p, &k);
        if (c == 0x70B9 && nchars > 0 && !has_point) { /* 点: 三点五 = 3.5 */
            int k2;
            uint32_t c2 = cp_at(t, len, p + (size_t)k, &k2);
            if (c2 == CP_BAD || !is_cn_digit(c2))
                break;
            has_point = true;
            all_digits = false;
            p += (size_t)k;
            last_small = p;
            nchars++;
            continue;
        }
        if (c == '0' && nchars > 0 && all_digits && !has_point) {
            /* 二00五年: ASCII zeros typed for 〇 between Chinese digits */
            size_t z = p;
            while (z < len && t[z] == '0')
                z++;
            uint32_t after = cp_at(t, len, z, NULL);
            if (after == CP_BAD || !is_cn_digit(after))
                break;
            ndig += (int)(z - p);
            nchars += (int)(z - p);
            p = z;
            last_small = p;
            continue;
        }
        if (c == CP_BAD || !is_cn_numeral(c) || (has_point && !is_cn_digit(c) && c != 0x4E07 && c != 0x4EBF))
            break;
        p += (size_t)k;
        nchars++;
        if (is_cn_digit(c)) {
            ndig++;
            if (c != 0x3007 && c != 0x96F6)
                has_value_char = true;
        } else {
            all_digits = false;
            if (c == 0x5341)
                has_value_char = true; /* 十 */
        }
        if (c != 0x4E07 && c != 0x4EBF) {
            if (last_small < p - (size_t)k)
                big_before = true; /* 万/亿 then more numerals: 一亿二千 */
            last_small = p;
        }
    }
    *next = p;
    uint32_t prev = cp_before(t, 0, i, NULL);
    int k;
    /* 二〇二三年 */
    if (all_digits && ndig == 4 && cp_at(t, len, p, &k) == 0x5E74) {
        double y = 0;
        for (size_t j = i; j < p;) {
            int kk;
            uint32_t c = cp_at(t, len, j, &kk);
            double dv = 0;
            if (c != '0')
                fig_cn_value(t, j, j + (size_t)kk, &dv);
            if (c == 0x3007 || c == 0x96F6 || c == '0')
                dv = 0;
            y = y * 10 + dv;
            j += (size_t)kk;
        }
        draft d;
        draft_init(&d, i);
        d.kind = BL_FIG_YEAR;
        d.numeral_chinese = true;
        d.year = (int)y;
        d.value = y;
        copy_str(d.unit, sizeof d.unit, "年", 3);
        copy_str(d.base, sizeof d.base, "年", 3);
        d.end = p + (size_t)k;
        *next = d.end;
        return fig_push(s, &d, bl_strndup(s->list->mem, t + i, p - i));
    }
    if (!has_value_char || (i < s->name_end && s->name_title))
        return BULLETIN_OK; /* 千企百城, 万里行; a book title's words */
    /* A trailing 万/亿 is the unit's scale (三千五百万人: 3500 万人) unless
     * a 万/亿 came before it: 一亿二千万人次 is 120,000,000 人次. */
    size_t q = last_small > i && !big_before ? last_small : p;
    double v;
    if (!fig_cn_value(t, i, q, &v))
        return BULLETIN_OK; /* 十四五 */
    bool lone_yi = q - i == 3 && has_at(t, len, i, "一");
    draft d;
    draft_init(&d, i);
    d.numeral_chinese = true;
    d.value = v;
    if (prev == 0x7B2C /* 第 */) {
        size_t end;
        if (!rank_after_di(s, i - strlen("第"), q, &end))
            return BULLETIN_OK;
        draft_init(&d, i - 3);
        d.value = v;
        *next = end;
        return make_rank(s, &d, end, bl_strndup(s->list->mem, t + i, q - i), true);
    }
    if (lone_yi)
        return BULLETIN_OK;
    if (has_at(t, len, q, "次产业"))
        return BULLETIN_OK; /* 三次产业: a name */
    if (has_before(t, 0, i, "百分之") && q == p) {
        /* 百分之三点五: 3.5 %, written in words (the verb before 百分之) */
        size_t a = i - strlen("百分之");
        draft_init(&d, a);
        d.numeral_chinese = true;
        d.value = v;
        fig_before_number(s, &d, a);
        d.kind = BL_FIG_PERCENT;
        copy_str(d.unit, sizeof d.unit, "%", 1);
        copy_str(d.base, sizeof d.base, "%", 1);
        d.scale_factor = 1;
        d.end = p;
        *next = p;
        return fig_push(s, &d, bl_strndup(s->list->mem, t + i, q - i));
    }
    fig_before_number(s, &d, i);
    size_t e = fig_after_number(s, &d, q);
    if (!d.base[0])
        return BULLETIN_OK; /* a Chinese numeral needs a unit */
    d.end = e;
    *next = e;
    return fig_push(s, &d, bl_strndup(s->list->mem, t + i, q - i));
}
