/*
 * docparts.c - the parts of an official document (公文): 文号, 主送机关,
 * 附件说明, 落款, 成文日期, a work report's subtitle and speaker, a
 * table's caption and notes, and the title of a document attached after
 * the signature.  Predicates over one trimmed line, then the pass that
 * decides in context, then the nodes.
 */
#include <stdio.h>
#include <string.h>

#include "doc/parse_int.h"

/* ========================================================================
 * Predicates
 * ====================================================================== */

/* cp[0..n) starts with the UTF-8 literal `s`, with a converter's pinyin
 * reading allowed after each character when `readings` (發(fā)布時(shí)間,
 * 來(lái)源); returns the length matched in code points, readings and all,
 * 0 when not. */
static size_t starts_with(const uint32_t *cp, size_t n, const char *s, bool readings)
{
    size_t k = 0, i = 0, len = strlen(s);
    while (i < len) {
        uint32_t c;
        int b = bl_utf8_decode((const unsigned char *)s + i, len - i, &c);
        if (b <= 0 || k >= n || cp[k] != c)
            return 0;
        i += (size_t)b;
        k++;
        if (readings)
            k += bl_p_reading_at(cp, n, k);
    }
    return k;
}

static size_t starts(const uint32_t *cp, size_t n, const char *s)
{
    return starts_with(cp, n, s, false);
}

static bool ends(const uint32_t *cp, size_t n, const char *s)
{
    uint32_t buf[16];
    size_t k = 0, i = 0, len = strlen(s);
    while (i < len && k < 16) {
        int b = bl_utf8_decode((const unsigned char *)s + i, len - i, &buf[k]);
        if (b <= 0)
            return false;
        i += (size_t)b;
        k++;
    }
    if (k > n)
        return false;
    for (size_t j = 0; j < k; j++)
        if (cp[n - k + j] != buf[j])
            return false;
    return true;
}

static bool has(const uint32_t *cp, size_t n, uint32_t c)
{
    for (size_t i = 0; i < n; i++)
        if (cp[i] == c)
            return true;
    return false;
}

/* A copy's marker glued to the end of its paragraphs (各位代表:hd9,
 * 陆志前hd9, …会议上p1): two to four ASCII lower-case letters and digits,
 * both, after a Han character or a mark; the length of cp[0, n) without
 * it (5G, GDP, 2020 are no marker). */
static size_t end_marker_cut(const uint32_t *cp, size_t n)
{
    size_t k = n;
    bool letter = false, digit = false;
    while (k > 0 && n - k < 4 && ((cp[k - 1] >= 'a' && cp[k - 1] <= 'z') || (cp[k - 1] >= '0' && cp[k - 1] <= '9'))) {
        letter = letter || cp[k - 1] >= 'a';
        digit = digit || cp[k - 1] <= '9';
        k--;
    }
    if (n - k < 2 || !letter || !digit || k == 0 || (cp[k - 1] >= '0' && cp[k - 1] <= '9')
        || (cp[k - 1] | 0x20) - 'a' < 26u || bl_p_is_space(cp[k - 1]))
        return n;
    return k;
}

static bool has_str(const uint32_t *cp, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (starts(cp + i, n - i, s))
            return true;
    return false;
}

static bool is_colon(uint32_t c) { return c == ':' || c == 0xFF1A; }

/* A character of a name: Han, or × where a copy redacts one (××省人民政府,
 * ×政复〔2013〕102号). */
static bool name_char(uint32_t c) { return bl_is_han(c) || c == 0x00D7; }

/* A toneless pinyin syllable in cp[a, e): one of Mandarin's syllables
 * written in lower-case letters, v or ü for ü (gong, zhuang, lüe); two
 * letters at least, so that a list's (a) is none, and (km), (kg) are none
 * either. */
static bool toneless_syllable(const uint32_t *cp, size_t a, size_t e)
{
    static const char *const syl =
        " ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu"
        " ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong"
        " chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo"
        " da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan"
        " dui dun duo ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge"
        " gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei"
        " hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin"
        " jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua"
        " kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao"
        " lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men"
        " meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni"
        " nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve ou pa pai pan pang"
        " pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin"
        " qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui"
        " run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng"
        " shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo"
        " ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo"
        " wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu"
        " xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan"
        " zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou"
        " zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo ";
    if (e < a + 2 || e > a + 6)
        return false;
    char w[9];
    size_t k = 0;
    w[k++] = ' ';
    for (size_t i = a; i < e; i++) {
        uint32_t c = cp[i] == 0xFC ? 'v' : cp[i]; /* ü */
        if (c < 'a' || c > 'z')
            return false;
        w[k++] = (char)c;
    }
    w[k++] = ' ';
    w[k] = 0;
    return strstr(syl, w) != NULL;
}

/* A converter's pinyin reading at cp[i], toned (bl_p_reading_at) or
 * toneless, its syllable one of Mandarin's ((gong), (hao)): its length,
 * parentheses and all, or 0. */
static size_t any_reading_at(const uint32_t *cp, size_t n, size_t i)
{
    size_t r = bl_p_reading_at(cp, n, i);
    if (r || i >= n || (cp[i] != '(' && cp[i] != 0xFF08))
        return r;
    size_t j = i + 1;
    while (j < n && j - i <= 7 && cp[j] != ')' && cp[j] != 0xFF09)
        j++;
    return j < n && j - i <= 7 && (cp[j] == ')' || cp[j] == 0xFF09) && toneless_syllable(cp, i + 1, j)
               ? j + 1 - i
               : 0;
}

bool bl_p_is_docnumber(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 60)
        return false;
    /* the issuer's characters, a converter's pinyin readings allowed after
     * them, toned or not (滬府發(fā)〔2017〕92號, 國辦公(gong)開辦函) */
    size_t i = 0, han = 0, read = 0, real = 0;
    while (i < n && name_char(cp[i])) {
        real += bl_is_han(cp[i]);
        i++;
        han++;
        size_t r = any_reading_at(cp, n, i);
        i += r;
        read += r;
    }
    if (real == 0 || han > 16 || i >= n || n - read > 40)
        return false;
    /* spaces as typed before the brackets and round the year inside them
     * (证监期审字 [1995]25号, 国办发 〔 2019 〕 3号) */
    i = bl_p_skip_spaces(cp, n, i);
    if (i >= n)
        return false;
    uint32_t open = cp[i];
    if (open != 0x3014 && open != '[' && open != 0xFF3B && open != 0x3010 && open != 0xFF08
        && open != '(')
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    size_t d = i;
    while (i < n && bl_p_is_digit(cp[i]))
        i++;
    if (i - d < 4 || !(cp[d] == '1' || cp[d] == '2'))
        return false;
    size_t year = i - d;
    if (year == 4)
        i = bl_p_skip_spaces(cp, n, i);
    if (i < n && (cp[i] == 0x3015 || cp[i] == ']' || cp[i] == 0xFF3D || cp[i] == 0x3011
                  || cp[i] == 0xFF09 || cp[i] == ')')) {
        if (year != 4)
            return false;
        i++;
        /* a 令's number as a 文号 (政府令〔2010〕第15号), and spaces
         * round the number as typed (武政〔2005〕32 号, 粤府办[2019] 8 号) */
        while (i < n && bl_p_is_space(cp[i]))
            i++;
        if (i < n && cp[i] == 0x7B2C) /* 第 */
            i++;
        while (i < n && bl_p_is_space(cp[i]))
            i++;
        size_t num = i;
        while (i < n && bl_p_is_digit(cp[i]))
            i++;
        if (i == num)
            return false;
        while (i < n && bl_p_is_space(cp[i]))
            i++;
    }
    while (i < n && bl_p_is_digit(cp[i]))
        i++;
    if (i < n && (cp[i] == 0x53F7 || cp[i] == 0x865F)) { /* 号 號 */
        i++;
        /* a converter's pinyin reading after it, toned or not: 38號(hào),
         * 60號(hao); a unit's letters are none (60号(kg)) */
        size_t r = any_reading_at(cp, n, i);
        if (r && i + r == n)
            return true;
    }
    return i == n && (cp[n - 1] == 0x53F7 || cp[n - 1] == 0x865F ||
                      (open == 0x3014 && bl_p_is_digit(cp[n - 1])));
}

/* An order's number (命令/令): 广州市人民政府令第5号, 中华人民共和国国务院令
 * 第777号, and with `bare` the number alone (第5号, 第二十一号) under the
 * line that names the order.  The 号 may be followed by nothing else. */
static bool is_order_number(const uint32_t *cp, size_t n, bool bare)
{
    if (n < 3 || n > 40)
        return false;
    size_t i = 0;
    while (i < n && bl_is_han(cp[i]) && cp[i] != 0x7B2C /* 第 */)
        i++;
    if (i > 0 && (i < 3 || cp[i - 1] != 0x4EE4 /* 令 */))
        return false;
    if (i == 0 && !bare)
        return false;
    while (i < n && bl_p_is_space(cp[i]))
        i++;
    if (i >= n || cp[i] != 0x7B2C)
        return false;
    size_t d = ++i;
    static const char num[] = "〇零一二三四五六七八九十百千";
    while (i < n) {
        bool ok = bl_p_is_digit(cp[i]);
        for (size_t k = 0; !ok && num[k]; k += 3) {
            uint32_t c = 0;
            bl_utf8_decode((const unsigned char *)num + k, 3, &c);
            ok = cp[i] == c;
        }
        if (!ok)
            break;
        i++;
    }
    return i > d && i + 1 == n && (cp[i] == 0x53F7 || cp[i] == 0x865F) /* 号 號 */;
}

/* A Chinese numeral digit as written in dates: 〇○OＯ零 0, 一 1, ... */
static int date_digit(uint32_t c)
{
    switch (c) {
    case 0x3007: case 0x25CB: case 'O': case 0xFF2F: case 0x96F6: case 0x039F: case 0x041E:
        return 0;
    default:
        if (bl_p_is_digit(c))
            return (int)(c - '0');
        break;
    }
    static const uint32_t han[] = {0, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                   0x516D, 0x4E03, 0x516B, 0x4E5D};
    for (int k = 1; k < 10; k++)
        if (c == han[k])
            return k;
    return -1;
}

/* A number 1..31 at cp[*i]: digits, or 一..三十一. */
static int date_number(const uint32_t *cp, size_t n, size_t *i)
{
    size_t j = bl_p_skip_spaces(cp, n, *i);
    int v = 0;
    if (j < n && bl_p_is_digit(cp[j])) {
        size_t k = 0;
        while (j < n && bl_p_is_digit(cp[j]) && k < 3)
            v = v * 10 + (int)(cp[j] - '0'), j++, k++;
    } else {
        /* 十 = 10; 十二, 二十, 二十一, 三十一 */
        int tens = 0, ones = 0;
        bool any = false;
        if (j < n && date_digit(cp[j]) > 0 && !(j + 1 < n && cp[j + 1] == 0x5341)) {
            ones = date_digit(cp[j]), j++, any = true;
        } else {
            if (j < n && date_digit(cp[j]) > 0 && j + 1 < n && cp[j + 1] == 0x5341)
                tens = date_digit(cp[j]), j++;
            if (j < n && cp[j] == 0x5341) {
                tens = tens ? tens : 1;
                j++;
                any = true;
                if (j < n && date_digit(cp[j]) > 0)
                    ones = date_digit(cp[j]), j++;
            }
        }
        if (!any)
            return 0;
        v = tens * 10 + ones;
    }
    *i = bl_p_skip_spaces(cp, n, j);
    return v;
}

/* The longest line a date can be: the date with spaces, in parentheses,
 * after the markup a word processor leaves (<st1:chsdate ... year="2010">
 * is about 90 characters).  The callers try every stretch of a line, so a
 * longer one is refused before it is scanned (a line of 100,000 words
 * took 17 s). */
#define DATE_LINE_MAX 200

/* After a date's year at cp[*i]: spaces, 年, a month (1-12) and 月; *i
 * then stands after 月. */
static bool year_month_tail(const uint32_t *cp, size_t n, size_t *i, int *month)
{
    size_t k = bl_p_skip_spaces(cp, n, *i);
    if (k >= n || cp[k] != 0x5E74) /* 年 */
        return false;
    k++;
    *month = date_number(cp, n, &k);
    if (*month < 1 || *month > 12 || k >= n || cp[k] != 0x6708) /* 月 */
        return false;
    *i = k + 1;
    return true;
}

/* A date at cp[0, n): 年月日, or with `month` 年月 only (*d = 0). */
static bool parse_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, size_t *start,
                       bool month_only)
{
    size_t i = 0;
    if (n > DATE_LINE_MAX)
        return false;
    /* (2016年10月19日) under a title */
    if (n > 2 && (cp[0] == 0xFF08 || cp[0] == '(') && (cp[n - 1] == 0xFF09 || cp[n - 1] == ')')) {
        bool ok = parse_date(cp + 1, n - 2, y, m, d, start, month_only);
        if (ok)
            (*start)++;
        return ok;
    }
    /* markup copied from a word processor before the date: 'year="2010">' */
    for (size_t k = 0; k < n && cp[k] < 0x80; k++)
        if (cp[k] == '>')
            i = k + 1;
    i = bl_p_skip_spaces(cp, n, i);
    *start = i;
    int year = 0;
    for (int k = 0; k < 4; k++) {
        size_t j = bl_p_skip_spaces(cp, n, i);
        int v = j < n ? date_digit(cp[j]) : -1;
        if (v < 0)
            return false;
        year = year * 10 + v;
        i = j + 1;
    }
    int month;
    if (!year_month_tail(cp, n, &i, &month))
        return false;
    if (month_only) {
        i = bl_p_skip_spaces(cp, n, i);
        if (i != n || year < 1900 || year > 2199)
            return false;
        *y = year, *m = month, *d = 0;
        return true;
    }
    int day = date_number(cp, n, &i);
    if (day < 1 || day > 31 || i >= n || cp[i] != 0x65E5) /* 日 */
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    /* a footnote mark after it: 二〇〇八年四月十六日[1] */
    if (i < n && (cp[i] == '[' || cp[i] == 0xFF3B)) {
        size_t j = i + 1, k = 0;
        while (j < n && bl_p_is_digit(cp[j]) && k < 3)
            j++, k++;
        if (k && j < n && (cp[j] == ']' || cp[j] == 0xFF3D))
            i = bl_p_skip_spaces(cp, n, j + 1);
    }
    if (i != n || year < 1900 || year > 2199)
        return false;
    *y = year, *m = month, *d = day;
    return true;
}

bool bl_p_is_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, size_t *start)
{
    return parse_date(cp, n, y, m, d, start, false);
}

/* A page's counter in brackets after its date, the count perhaps lost
 * ((点击:), (点击:35), （阅读次数：12）, [浏览:9]): the page's, ending the line;
 * its length, 0 when cp[0, n) is not one. */
static size_t page_counter(const uint32_t *cp, size_t n)
{
    static const char *const keys[] = {"点击数", "点击", "點擊數", "點擊", "阅读次数", "阅读",
                                       "閱讀次數", "閱讀", "浏览次数", "浏览量", "浏览", "瀏覽次數",
                                       "瀏覽量", "瀏覽", "访问次数", "訪問次數"};
    if (n < 4)
        return 0;
    uint32_t open = cp[0], close = 0;
    if (open == '(' || open == 0xFF08)
        close = open == '(' ? ')' : 0xFF09;
    else if (open == '[' || open == 0x3010)
        close = open == '[' ? ']' : 0x3011;
    /* or bare with its count lost, ending the line (发布时间:2021-12-22
     * 17:45 浏览次数:); a bare count (浏览次数:6) stays a record line's
     * field, as notice-cnipa-exhibition-info-2010's gold has it */
    size_t i = close ? bl_p_skip_spaces(cp, n, 1) : 0, l = 0;
    for (size_t k = 0; k < sizeof keys / sizeof *keys && !l; k++)
        l = starts(cp + i, n - i, keys[k]);
    if (!l || i + l >= n || !is_colon(cp[i + l]))
        return 0;
    i = bl_p_skip_spaces(cp, n, i + l + 1);
    if (!close)
        return i == n ? n : 0;
    while (i < n && bl_p_is_digit(cp[i]))
        i++;
    i = bl_p_skip_spaces(cp, n, i);
    if (i >= n || (cp[i] != close && !(close == ')' && cp[i] == 0xFF09) && !(close == 0xFF09 && cp[i] == ')')))
        return 0;
    return i + 1;
}

/* An ISO-like date at cp[i]: four digits of the year, one or two of the
 * month and the day, one separator (- or /) the same twice, and no digit
 * right after the day (2019-03-251): its end, v[] its year, month and day;
 * 0 when there is none. */
static int ascii_or_wide_digit(uint32_t c)
{
    return bl_p_is_digit(c) ? (int)(c - '0') : c >= 0xFF10 && c <= 0xFF19 ? (int)(c - 0xFF10) : -1;
}

static size_t iso_date_at(const uint32_t *cp, size_t n, size_t i, int v[3])
{
    size_t j = i;
    bool iso = true;
    uint32_t sep = 0;
    v[0] = v[1] = v[2] = 0;
    /* (full-width digits too: ２０１３-７-２３) */
    for (int f = 0; f < 3 && iso; f++) {
        size_t k = j, want = f == 0 ? 4 : 2;
        while (j < n && ascii_or_wide_digit(cp[j]) >= 0 && j - k < want)
            v[f] = v[f] * 10 + ascii_or_wide_digit(cp[j++]);
        iso = f == 0 ? j - k == 4 : j > k;
        if (iso && f < 2) {
            iso = j < n && (cp[j] == '-' || cp[j] == '/') && (f == 0 || cp[j] == sep);
            sep = j < n ? cp[j] : 0;
            j++;
        }
    }
    return iso && !(j < n && ascii_or_wide_digit(cp[j]) >= 0) ? j : 0;
}

/* A page's field of its source or its count alone on a line (来源:州人大,
 * 來源：市統計局, 信息来源:, 作者:, 访问量:, 浏览次数：12, 来源： 县人大,
 * 浏览：35, 阅读次数：35, 点击数：35), or its label alone (来源 / 作者 /
 * 浏览次数): a counter's word with up to two Han after it (次数, 量, 数),
 * spaces round one colon, one word after it; or a page's meta line of one
 * field (索引号：…). */
static bool front_source_field(const uint32_t *cp, size_t n)
{
    static const char *const keys[] = {"信息来源", "信息來源", "文章来源", "文章來源", "来源", "來源",
                                       "作者", "访问", "訪問", "浏览", "瀏覽", "点击", "點擊", "阅读",
                                       "閱讀"};
    size_t l = 0, key = 0;
    for (size_t k = 0; k < sizeof keys / sizeof *keys && !l; k++)
        l = starts(cp, n, keys[k]), key = k;
    if (!l)
        return false;
    for (size_t more = 0; key >= 7 && more < 2 && l < n && bl_is_han(cp[l]); more++)
        l++; /* 访问量, 浏览次数, 点击数 */
    l = bl_p_skip_spaces(cp, n, l);
    if (l == n)
        return true; /* the label alone */
    if (!is_colon(cp[l]))
        return false;
    for (size_t i = bl_p_skip_spaces(cp, n, l + 1); i < n; i++)
        if (is_colon(cp[i]) || bl_p_is_space(cp[i]))
            return false;
    return true;
}

/* A page's date line under its title: a date, 2019-03-25, 2019/3/25 or
 * 2010年3月4日, perhaps a time after it (2018-08-27 11:51, 10:48:05) and a
 * full stop, perhaps after a page's label (发布时间：2018-11-12 17:25:15).
 * *s, *e: the date and its time in cp[0, n). */
/* The names of a page's source field that may open its record line (来源:
 * 财政局 发布时间:…, 發布單位：… 發佈時間：…), one table for the date line
 * under the title (front_date) and the record line (record_line_date);
 * a longer name before the shorter it starts with. */
static const char *const page_source_names[] = {"来源单位", "來源單位", "来源", "來源", "信息来源", "信息來源",
                                                "文章来源", "文章來源", "稿源", "内容来源", "內容來源",
                                                "发布单位", "發布單位", "發佈單位", "发布机构", "發布機構",
                                                "發佈機構"};

static const char *const page_date_labels[] = {"发布时间", "发布日期", "时间", "日期", "發布時間", "發佈時間",
                                               "發布日期", "發佈日期", "時間", "更新日期", "更新时间",
                                               "更新時間", "成文日期", "成文時間", "成文时间", "发文日期",
                                               "發文日期"};

/* A page's other fields on its record line: its author, editor and
 * counters (作者：张明, 责任编辑：, 浏览次数：35, 點擊數：8, 字号：大 中 小). */
static const char *const page_other_fields[] = {"作者", "责任编辑", "責任編輯", "编辑", "編輯", "审核", "審核",
                                                "浏览次数", "瀏覽次數", "浏览量", "瀏覽量", "浏览", "瀏覽",
                                                "点击数", "點擊數", "点击", "點擊", "阅读次数", "閱讀次數",
                                                "阅读", "閱讀", "访问次数", "訪問次數", "访问量", "訪問量",
                                                "累计次数", "字号", "字號", "字体", "字體"};

static bool front_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, size_t *s, size_t *e)
{
    if (n > 60)
        return false;
    size_t i = 0;
    /* a byline's bullet (• 2022-07-13 08:32:29) */
    if (n > 2 && (cp[0] == 0x2022 || cp[0] == 0x25CF || cp[0] == 0x00B7 || cp[0] == 0x25AA))
        i = bl_p_skip_spaces(cp, n, 1);
    /* the page's source before the date's label, one word (來源:泉州市
     * 泉港區人民政府 時間:2024-07-03 09:33, 来源：县政府办　发布日期：…) */
    bool sourced = false;
    for (size_t k = 0; k < sizeof page_source_names / sizeof *page_source_names; k++) {
        size_t l = starts(cp + i, n - i, page_source_names[k]);
        if (!l)
            continue;
        size_t v = bl_p_skip_spaces(cp, n, i + l + (i + l < n && is_colon(cp[i + l])));
        size_t w = v; /* the source's one word */
        while (w < n && !bl_p_is_space(cp[w]))
            w++;
        if (i + l >= n || !is_colon(cp[i + l]) || w == v || w - v > 30 || w >= n)
            return false;
        i = bl_p_skip_spaces(cp, n, w);
        sourced = true;
        break;
    }
    /* a posting time in brackets ([2013-7-23 17:53:19], 【2013/07/23】,
     * （2013-07-23）, 〔2013年7月23日〕), its label perhaps inside them ([
     * 日期：2013-07-23 ], 【发布时间：2013-07-23】): the date inside them,
     * the line ending at the closing one */
    uint32_t close = 0;
    if (!sourced && i < n) {
        static const uint32_t pairs[][2] = {{'[', ']'}, {0x3010, 0x3011}, {'(', ')'}, {0xFF08, 0xFF09},
                                            {0x3014, 0x3015}, {0xFF3B, 0xFF3D}};
        for (size_t q = 0; q < sizeof pairs / sizeof *pairs && !close; q++)
            if (cp[i] == pairs[q][0])
                close = pairs[q][1];
        if (close)
            i = bl_p_skip_spaces(cp, n, i + 1);
    }
    bool labelled = false;
    for (size_t k = 0; k < sizeof page_date_labels / sizeof *page_date_labels; k++) {
        size_t l = starts(cp + i, n - i, page_date_labels[k]);
        if (l && i + l < n && is_colon(cp[i + l])) {
            i = bl_p_skip_spaces(cp, n, i + l + 1);
            labelled = true;
            break;
        }
    }
    if (sourced && !labelled)
        return false;
    *s = i;
    size_t j, t;
    int v[3];
    size_t iso = iso_date_at(cp, n, i, v);
    if (iso) {
        t = iso;
    } else {
        /* 2010年3月4日: up to its 日 */
        t = i;
        while (t < n && cp[t] != 0x65E5)
            t++;
        if (t >= n || !bl_p_is_date(cp + i, t + 1 - i, &v[0], &v[1], &v[2], &j) || j != 0)
            return false;
        t++;
    }
    if (v[0] < 1900 || v[0] > 2199 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
        return false;
    *e = t;
    /* a time: 11:51, 10:48:05 */
    size_t k = bl_p_skip_spaces(cp, n, t);
    if (k > t || (k < n && bl_p_is_digit(cp[k]) && !iso)) {
        size_t c = k, parts = 0;
        for (;;) {
            size_t q = c;
            while (c < n && bl_p_is_digit(cp[c]) && c - q < 2)
                c++;
            if (c == q)
                break;
            parts++;
            if (c < n && (cp[c] == ':' || cp[c] == 0xFF1A) && c + 1 < n && bl_p_is_digit(cp[c + 1]))
                c++;
            else
                break;
        }
        if (parts >= 2)
            *e = k = c;
    }
    k = *e;
    if (close) {
        k = bl_p_skip_spaces(cp, n, k);
        if (k >= n || !(cp[k] == close || (close == ')' && cp[k] == 0xFF09) || (close == 0xFF09 && cp[k] == ')')))
            return false;
        k++;
        /* the posting time alone in its brackets: nothing after them */
        if (bl_p_skip_spaces(cp, n, k) != n)
            return false;
    }
    if (k < n && (cp[k] == '.' || cp[k] == 0x3002))
        k++;
    /* a page's record line goes on with its fields (来源: 法律资料网
     * 作者:… 阅读:8313): the page's, often years after the document; a
     * counter in brackets alone after the date and time is no field
     * (2019-04-25 10:29 (点击:)) */
    k = bl_p_skip_spaces(cp, n, k);
    if (k < n)
        k = bl_p_skip_spaces(cp, n, k + page_counter(cp + k, n - k));
    if (k != n)
        return false;
    *y = v[0], *m = v[1], *d = v[2];
    return true;
}

/* A date, then its issuer after a comma or spaces, on one line under a
 * 函's title (1964年2月10日,最高法院司法行政厅): true with the date. */
static bool date_then_issuer(const uint32_t *cp, size_t n, int *y, int *m, int *d)
{
    if (n < 10 || n > 60)
        return false;
    size_t t = 0;
    while (t < n && t < 16 && cp[t] != 0x65E5) /* 日 */
        t++;
    size_t st;
    if (t >= n || t < 5 || !bl_p_is_date(cp, t + 1, y, m, d, &st) || st != 0)
        return false;
    size_t k = t + 1;
    if (k < n && (cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001))
        k++;
    else if (k >= n || !bl_p_is_space(cp[k]))
        return false;
    k = bl_p_skip_spaces(cp, n, k);
    return k < n && bl_p_is_org(cp + k, n - k);
}

/* A date of a month, 2022年4月 or (2022年4月), as a 统计公报 is dated
 * under its byline or signature: *d = 0. */
static bool is_month_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, size_t *start)
{
    return parse_date(cp, n, y, m, d, start, true);
}

/* A 文号 alone on its line in parentheses, （丹政发[2008]37号）: true, and
 * the number's span inside them in [*from, *to). */
static bool docnumber_in_parens(const uint32_t *cp, size_t n, size_t *from, size_t *to)
{
    if (n < 8 || (cp[0] != 0xFF08 && cp[0] != '(') || (cp[n - 1] != 0xFF09 && cp[n - 1] != ')'))
        return false;
    size_t a = bl_p_skip_spaces(cp, n - 1, 1), b = n - 1;
    while (b > a && bl_p_is_space(cp[b - 1]))
        b--;
    if (!bl_p_is_docnumber(cp + a, b - a) && !is_order_number(cp + a, b - a, false))
        return false;
    *from = a;
    *to = b;
    return true;
}

/* A page's field of the 文号 (文号 :晋政发〔2018〕13号, 发文字号：…): true,
 * and where the 文号 is in cp[0, n). */
static size_t field_bullet(const uint32_t *cp, size_t n);

/* The opening bracket of a field's name ([文号], 【文号】, ［文号］, 〖文号〗). */
static bool field_name_open(uint32_t c)
{
    return c == '[' || c == 0x3010 || c == 0xFF3B || c == 0x3016;
}

/* A field's name key in brackets at cp[at] ([ 文号 ], 【文　号】): the
 * name's Han inside, spaces between them dropped, are key and nothing
 * else; the index after the closing bracket, 0 when it is none. */
static size_t bracketed_field_name(const uint32_t *cp, size_t n, size_t at, const char *key)
{
    uint32_t open = cp[at];
    uint32_t close = open == '[' ? ']' : open == 0x3010 ? 0x3011 : open == 0xFF3B ? 0xFF3D : 0x3017;
    uint32_t name[8];
    size_t m = 0;
    for (size_t i = at + 1; i < n && i < at + 16; i++) {
        if (cp[i] == close || (close == ']' && cp[i] == 0xFF3D) || (close == 0xFF3D && cp[i] == ']'))
            return m > 0 && starts(name, m, key) == m && strlen(key) == 3 * m ? i + 1 : 0;
        if (bl_is_han(cp[i]) && m < sizeof name / sizeof *name)
            name[m++] = cp[i];
        else if (!bl_p_is_space(cp[i]))
            return 0;
    }
    return 0;
}

/* A page's line of `field value` pairs, colons or not, holding the 文号's
 * field (文件编号 宜政发〔2023〕158号 公开时限 长期公开, 索引号：… 文号：…
 * 公开日期：…, 發文字號 宜政發〔2023〕158號 成文日期 …): the field's name
 * at the line's start or after a space, then a colon or spaces, then the
 * 文号 up to the next space; no sentence's stop or comma in the line.
 * True, and where the 文号 is. */
static bool docnumber_among_fields(const uint32_t *cp, size_t n, size_t *from, size_t *to)
{
    static const char *const keys[] = {"文号", "文號", "发文字号", "發文字號", "发文文号", "發文文號",
                                       "文件编号", "文件編號", "发文编号", "發文編號", "文件字号", "文件字號"};
    if (n < 8 || n > 160)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002 || cp[i] == 0xFF01 || cp[i] == 0xFF1F || cp[i] == '!' || cp[i] == '?'
            || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';')
            return false;
    for (size_t at = 0; at < n; at++) {
        if (at > 0 && !bl_p_is_space(cp[at - 1]) && !field_name_open(cp[at]))
            continue;
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
            size_t l = 0, i;
            if (field_name_open(cp[at])) {
                /* its name in brackets, spaced or not: 【文号】, [ 发文字号 ],
                 * 【文　号】, 〖文號〗 */
                i = bracketed_field_name(cp, n, at, keys[k]);
                if (!i)
                    continue;
                l = i - at;
                if (i < n && is_colon(cp[i]))
                    i++;
                i = bl_p_skip_spaces(cp, n, i);
                if (i >= n)
                    continue;
            } else {
                l = starts(cp + at, n - at, keys[k]);
                if (!l)
                    continue;
                i = bl_p_skip_spaces(cp, n, at + l);
                bool colon = i < n && is_colon(cp[i]);
                if (colon)
                    i = bl_p_skip_spaces(cp, n, i + 1);
                if (i == at + l || i >= n) /* 文号宜政发…: no field */
                    continue;
            }
            size_t e = i;
            /* up to the next space or the next bracketed field's name
             * (…12号【发布日期】…) */
            while (e < n && !bl_p_is_space(cp[e]) && cp[e] != 0x3010 && cp[e] != 0x3016)
                e++;
            if (bl_p_is_docnumber(cp + i, e - i)) {
                *from = i;
                *to = e;
                return true;
            }
        }
    }
    return false;
}

/* The name of a 文号's field before its colon, spaced out to fill its
 * column (文　　号：, 发 文 字 号:) or one of two names given one field
 * (备注/文号:, 发文字号/文号：, 文號／備註:): the colon's index in cp[0, n),
 * 0 when the field is none. */
static size_t docnumber_key(const uint32_t *cp, size_t n, const char *const *keys, size_t nkeys)
{
    uint32_t name[8];
    size_t m = 0;
    bool found = false, named = false;
    for (size_t i = 0; i < n && i < 24; i++) {
        uint32_t c = cp[i];
        bool end = is_colon(c), slash = c == '/' || c == 0xFF0F;
        if (end || slash) {
            for (size_t k = 0; k < nkeys && m > 0 && !found; k++)
                found = starts(name, m, keys[k]) == m && strlen(keys[k]) == 3 * m;
            if (end)
                return found ? i : 0;
            m = 0;
            named = true;
        } else if (bl_is_han(c) && m < 8) {
            name[m++] = c;
        } else if (!bl_p_is_space(c) || (m == 0 && !named)) {
            return 0; /* (a space inside a name or after the slash) */
        }
    }
    return 0;
}

static bool docnumber_field(const uint32_t *cp, size_t n, size_t *from, size_t *to)
{
    static const char *const keys[] = {"文号", "文號", "发文字号", "發文字號", "发文文号", "發文文號"};
    /* behind a page's list mark: - 发文字号:阿行发〔2021〕42号 */
    size_t o = field_bullet(cp, n);
    if (o > 0 && o < n && docnumber_field(cp + o, n - o, from, to)) {
        *from += o;
        *to += o;
        return true;
    }
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts(cp, n, keys[k]);
        if (!l)
            continue;
        size_t i = bl_p_skip_spaces(cp, n, l);
        if (i < n && (cp[i] == '/' || cp[i] == 0xFF0F))
            break; /* 发文字号/文号: one of the field's names */
        if (i >= n || !is_colon(cp[i]))
            return docnumber_among_fields(cp, n, from, to);
        i = bl_p_skip_spaces(cp, n, i + 1);
        if (i < n && bl_p_is_docnumber(cp + i, n - i)) {
            *from = i;
            *to = n;
            return true;
        }
        return docnumber_among_fields(cp, n, from, to);
    }
    size_t c = docnumber_key(cp, n, keys, sizeof keys / sizeof *keys);
    if (c) {
        size_t i = bl_p_skip_spaces(cp, n, c + 1);
        if (i < n && bl_p_is_docnumber(cp + i, n - i)) {
            *from = i;
            *to = n;
            return true;
        }
    }
    return docnumber_among_fields(cp, n, from, to);
}

/* The fewest characters of a date and a 文号 on one line: below the
 * shortest of the two with a space between (2006年1月1日 国发〔2006〕1号, 20),
 * to leave room for a date or a 文号 written short; a line shorter is one
 * of them alone. */
#define DATE_DOCNUMBER_MIN 14
/* The most: a long date in Chinese numerals (二〇〇六年十二月三十一日, 12)
 * and a long 文号 with its issuers' abbreviations (about 25) fit with room
 * to spare; a line longer is a sentence that names a date and a 文号. */
#define DATE_DOCNUMBER_MAX 80

/* A date and a 文号 on one line, either first, spaces of any kind between
 * them (2006年10月26日 财建〔2006〕689号, 财建〔2006〕689号　2006年10月26日):
 * true, the date in cp[*ds, *de) and the 文号 in cp[*ns, *ne). */
static bool date_and_docnumber(const uint32_t *cp, size_t n, size_t *ds, size_t *de, size_t *ns,
                               size_t *ne)
{
    if (n < DATE_DOCNUMBER_MIN || n > DATE_DOCNUMBER_MAX)
        return false;
    for (size_t i = 1; i < n; i++) {
        if (!bl_p_is_space(cp[i]) || bl_p_is_space(cp[i - 1]))
            continue;
        size_t j = bl_p_skip_spaces(cp, n, i);
        if (j >= n)
            return false;
        int y, m, d;
        size_t st;
        if (bl_p_is_date(cp, i, &y, &m, &d, &st) && st == 0 && bl_p_is_docnumber(cp + j, n - j)) {
            *ds = 0, *de = i, *ns = j, *ne = n;
            return true;
        }
        if (bl_is_han(cp[0]) && bl_p_is_docnumber(cp, i) && bl_p_is_date(cp + j, n - j, &y, &m, &d, &st)
            && st == 0) {
            *ns = 0, *ne = i, *ds = j, *de = n;
            return true;
        }
    }
    return false;
}

/* The letters a copy or a template writes for a redacted place before an
 * office's name (X区财政局, XX县教委, Ｘ省文物局; x, ｘ alike): how many,
 * one to four, a Han character after them; else 0.  A page that masks
 * the name writes asterisks instead, up to six (****民政局, ＊＊市财政局),
 * a book's example circles, two to four (○○市财政局; one is a bullet). */
static size_t redacted_lead(const uint32_t *cp, size_t n)
{
    size_t x = 0;
    while (x < n && x < 4 && (cp[x] == 'X' || cp[x] == 'x' || cp[x] == 0xFF38 || cp[x] == 0xFF58))
        x++;
    if (x == 0)
        while (x < n && x < 6 && (cp[x] == '*' || cp[x] == 0xFF0A))
            x++;
    if (x == 0) {
        while (x < n && x < 4 && (cp[x] == 0x25CB || cp[x] == 0x25EF))
            x++;
        if (x < 2)
            return 0;
    }
    return x < n && bl_is_han(cp[x]) ? x : 0;
}

/* The fewest marks of a redacted signature: one mark alone is a bullet
 * or a footnote's star. */
#define REDACTED_MARKS_MIN 2
/* The most: a name of two to four Han redacted one or two marks each; a
 * longer run of one mark is a rule drawn across the page. */
#define REDACTED_MARKS_MAX 8

/* A signature a copy redacted to marks alone (****, ***, ×××, XXX,
 * ＸＸＸ, ＊＊): two to eight of one mark, spaces allowed between them. */
static bool redacted_mark(const uint32_t *cp, size_t n)
{
    size_t marks = 0;
    uint32_t first = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_space(c))
            continue;
        if (c == 'x' || c == 0xFF58)
            c = c == 'x' ? 'X' : 0xFF38;
        if (c != '*' && c != 0xFF0A && c != 0x00D7 && c != 'X' && c != 0xFF38)
            return false;
        if (marks++ && c != first)
            return false;
        first = c;
    }
    return marks >= REDACTED_MARKS_MIN && marks <= REDACTED_MARKS_MAX;
}

/* One name of an organisation: Han (and brackets), ends like one. */
static bool org_token(const uint32_t *cp, size_t n)
{
    if (n < 2 || n > 30)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!name_char(cp[i]) && cp[i] != 0xFF08 && cp[i] != 0xFF09 && cp[i] != '(' && cp[i] != ')'
            && cp[i] != 0x3001)
            return false;
    return bl_p_org_suffix(cp, n);
}

bool bl_p_is_org(const uint32_t *cp, size_t n)
{
    if (n < 2 || n > 80)
        return false;
    /* 國務(wù)院辦公廳: a converter's pinyin readings are no part of the
     * name (notice-gov-holiday-2014-trad-pinyin) */
    uint32_t plain[80];
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n, k) : 0;
        if (r)
            k += r - 1;
        else
            plain[m++] = cp[k];
    }
    if (m < n) {
        cp = plain;
        n = m;
    }
    /* a template's name with its letters for the place (XX县教委, as 某某
     * or ××) and the seal's mark after it (县教委(章), （盖章）): the name */
    size_t x = redacted_lead(cp, n);
    if (x > 0 && n - x >= 2)
        cp += x, n -= x;
    static const char *const seals[] = {"(章)", "（章）", "(盖章)", "（盖章）", "(公章)", "（公章）",
                                        "(蓋章)", "（蓋章）", "(印)", "（印）"};
    for (size_t k = 0; k < sizeof seals / sizeof *seals; k++) {
        size_t l = 0, len = strlen(seals[k]);
        for (size_t b = 0; b < len; l++)
            b += (unsigned char)seals[k][b] < 0x80 ? 1 : 3;
        if (n > l + 2 && starts(cp + n - l, l, seals[k]) == l) {
            n -= l;
            break;
        }
    }
    size_t i = 0, tokens = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !bl_p_is_space(cp[j]))
            j++;
        if (!org_token(cp + i, j - i))
            return false;
        tokens++;
        i = bl_p_skip_spaces(cp, n, j);
    }
    return tokens > 0;
}

/* starts(), a converter's pinyin reading allowed after each character:
 * the length matched, readings and all. */
static size_t starts_read(const uint32_t *cp, size_t n, const char *s)
{
    return starts_with(cp, n, s, true);
}

/* A portal's index line: 索引号 (索引號), perhaps after a word or two of
 * its own (监督索引号, 信息索引号, 政府信息索引号), a colon or not, then
 * the code (Latin letters and digits) or nothing (the code on the next
 * line): 监督索引号53342200121601000, 信息索引号：1153…/2018-1220012. */
static bool index_line(const uint32_t *cp, size_t n)
{
    for (size_t p = 0; p <= 4 && p < n; p++) {
        if (p > 0 && !bl_is_han(cp[p - 1]))
            return false;
        size_t l = starts(cp + p, n - p, "索引号");
        if (!l)
            l = starts(cp + p, n - p, "索引號");
        if (!l)
            continue;
        size_t i = bl_p_skip_spaces(cp, n, p + l);
        if (i < n && is_colon(cp[i]))
            i = bl_p_skip_spaces(cp, n, i + 1);
        return i == n || (cp[i] >= '0' && cp[i] <= '9') || (cp[i] >= 'A' && cp[i] <= 'Z')
               || (cp[i] >= 'a' && cp[i] <= 'z');
    }
    return false;
}

/* A portal's buttons on a line of their own (打印本页 关闭窗口, 【打印】
 * 【关闭】, [收藏] [打印]): only such words, brackets and spaces. */
static bool page_buttons(const uint32_t *cp, size_t n)
{
    static const char *const words[] = {"打印本页", "打印本頁", "关闭窗口", "關閉窗口", "打印", "关闭", "關閉",
                                        "收藏", "返回顶部", "返回頂部", "返回", "保存", "分享"};
    size_t i = 0, found = 0;
    while (i < n) {
        if (bl_p_is_space(cp[i]) || cp[i] == '[' || cp[i] == ']' || cp[i] == 0x3010 || cp[i] == 0x3011
            || cp[i] == 0xFF3B || cp[i] == 0xFF3D) {
            i++;
            continue;
        }
        size_t l = 0;
        for (size_t k = 0; k < sizeof words / sizeof *words && !l; k++)
            l = starts(cp + i, n - i, words[k]);
        if (!l)
            return false;
        i += l;
        found++;
    }
    return found >= 2 || (found == 1 && n <= 6);
}

/* A bullet before a page's field (• 索引号:, ● 发布机构：, · 公开范围:,
 * - 文件编号:): how many characters, the spaces after it too; else 0. */
static size_t field_bullet(const uint32_t *cp, size_t n)
{
    if (n < 2)
        return 0;
    uint32_t c = cp[0];
    if (c != 0x2022 && c != 0x25CF && c != 0x00B7 && c != 0x25AA && c != 0x25A0 && c != 0x25C6
        && c != 0x25C7 && c != 0x25CB && c != 0x30FB && c != '-' && c != '*')
        return 0;
    return bl_p_skip_spaces(cp, n, 1);
}

/* A field's key followed by its colon (spaces before the colon allowed:
 * 时效性 :现行有效): true. */
static bool key_colon(const uint32_t *cp, size_t n, const char *const *keys, size_t nkeys)
{
    for (size_t k = 0; k < nkeys; k++) {
        size_t l = starts_read(cp, n, keys[k]);
        if (l && l < n && !is_colon(cp[l]) && bl_p_is_space(cp[l]))
            l = bl_p_skip_spaces(cp, n, l);
        if (l && l < n && is_colon(cp[l]))
            return true;
    }
    return false;
}

static bool meta_line(const uint32_t *cp, size_t n, bool bulleted);

bool bl_p_is_meta_line(const uint32_t *cp, size_t n)
{
    return meta_line(cp, n, false);
}

static bool meta_line(const uint32_t *cp, size_t n, bool bulleted)
{
    /* behind a bullet, as a portal lists its fields */
    size_t o = field_bullet(cp, n);
    if (o > 0 && o < n)
        return meta_line(cp + o, n - o, true);
    /* the fields a page lists behind its list marks (- 发文机构：地区行署,
     * * 名称：…的通知, - 公文种类：其他): words too common to be fields
     * on a line of their own */
    static const char *const listed[] = {"发文机构", "發文機構", "发文单位", "發文單位", "名称", "名稱",
                                         "标题", "標題", "题名", "題名", "公文种类", "公文種類",
                                         "文种", "文種", "文件类型", "文件類型", "发布部门", "發布部門"};
    if (bulleted && key_colon(cp, n, listed, sizeof listed / sizeof *listed))
        return true;
    if (index_line(cp, n) || page_buttons(cp, n))
        return true;
    /* a field's name spaced out to fill its column (名 称:, 题　名：,
     * 索 引 號:): read without the spaces between its characters */
    if (n >= 3 && bl_is_han(cp[0])) {
        uint32_t sq[16];
        size_t m = 0, i = 0;
        bool spaced = false;
        while (i < n && m < 8 && (bl_is_han(cp[i]) || bl_p_is_space(cp[i]) || cp[i] == 0x3000 || cp[i] == '/')) {
            if (bl_is_han(cp[i]))
                sq[m++] = cp[i];
            else if (cp[i] == '/') /* two names of one field (备注/文号:): the last */
                m = 0, spaced = true;
            else if (i + 1 < n && bl_is_han(cp[i + 1]))
                spaced = true;
            i++;
        }
        if (spaced && m >= 2 && i < n && is_colon(cp[i])) {
            sq[m++] = cp[i];
            if (i + 1 < n)
                sq[m++] = cp[i + 1];
            if (meta_line(sq, m, bulleted))
                return true;
        }
    }
    static const char *const keys[] = {"发布时间", "发布日期", "索引号", "信息来源", "来源", "时间",
                                       "访问次数", "浏览次数", "字体", "文章来源", "点击",
                                       /* a page's byline opening with its editor:
                                        * 编辑:胡安坤2018-01-24 16:20内容来源:龙华网 */
                                       "编辑", "责任编辑", "編輯", "責任編輯",
                                       /* a government page's fields over the
                                        * document (索引号, 发布机构, 成文日期,
                                        * 主题分类, 公开方式) */
                                       "发布机构", "發布機構", "發佈機構", "成文日期", "主题分类",
                                       "主題分類", "公开方式", "公開方式",
                                       /* a law database's fields (发文机关：
                                        * 山西省人民政府, 时效性 :现行有效) */
                                       "发文机关", "發文機關", "生效日期", "时效性", "時效性",
                                       "文号", "文號", "发文字号", "發文字號",
                                       /* the same in traditional characters */
                                       "發布時間", "發佈時間", "發布日期", "發佈日期", "信息來源", "來源",
                                       "時間", "訪問次數", "瀏覽次數", "字體", "文章來源", "點擊",
                                       /* a page's view count: 浏览量：123 */
                                       "浏览量", "瀏覽量", "阅读量", "閱讀量", "访问量", "訪問量",
                                       /* a government portal's other fields over
                                        * the document (audit-donghu) */
                                       "生成日期", "文件编号", "文件編號", "有效性", "公开范围", "公開範圍",
                                       "公开形式", "公開形式", "公开时限", "信息分类", "資訊分類",
                                       "组配分类", "体裁分类", "主题词", "主題詞", "发布单位", "發布單位",
                                       "所属机构", "公开日期", "分享到", "分享"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts_read(cp, n, keys[k]);
        /* a space before the colon: 时效性 :现行有效 */
        if (l && l < n && !is_colon(cp[l]) && bl_p_is_space(cp[l]))
            l = bl_p_skip_spaces(cp, n, l);
        if (l && l < n && is_colon(cp[l]))
            return true;
    }
    /* a portal's fields in brackets: [ 索引号 ]1150…/2025-00004 [ 发文字号 ] */
    if (n > 2 && (cp[0] == '[' || cp[0] == 0x3010)) {
        size_t i = bl_p_skip_spaces(cp, n, 1);
        for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
            size_t l = starts(cp + i, n - i, keys[k]);
            size_t e = l ? bl_p_skip_spaces(cp, n, i + l) : n;
            /* or its label and colon after the bracket: 【字体：大 中 小】 */
            if (l && e < n && (cp[e] == ']' || cp[e] == 0x3011 || is_colon(cp[e])))
                return true;
        }
    }
    /* a page's record line: a date, perhaps a time, then the page's
     * fields (2021-12-29 16:00:51 编辑：杨玉娟 审核人：叶玲玲 阅读次数：2287) */
    size_t i = 0;
    while (i < n && i < 4 && cp[i] >= '0' && cp[i] <= '9')
        i++;
    if (i != 4 || i >= n || (cp[i] != '-' && cp[i] != '/'))
        return false;
    static const char *const fields[] = {"编辑", "責任編輯", "责任编辑", "編輯", "审核", "審核",
                                         "作者", "来源", "來源", "阅读次数", "閱讀次數", "阅读",
                                         "閱讀", "浏览次数", "瀏覽次數", "浏览", "瀏覽", "点击",
                                         "點擊", "访问次数", "訪問次數"};
    for (size_t j = i; j < n; j++) {
        if (!(bl_p_is_space(cp[j - 1]) || cp[j - 1] == 0x3000 || (cp[j - 1] >= '0' && cp[j - 1] <= '9')))
            continue;
        for (size_t k = 0; k < sizeof fields / sizeof *fields; k++) {
            size_t l = starts(cp + j, n - j, fields[k]);
            /* 审核人：, 阅读次数：: a field's label, up to one more Han */
            if (l && j + l < n && !is_colon(cp[j + l]) && bl_is_han(cp[j + l]))
                l++;
            if (l && j + l < n && is_colon(cp[j + l]))
                return true;
        }
    }
    return false;
}

/* A date without its year, the month and the day only (12月11日, 十二月十
 * 一日): true with *m and *d. */
static bool month_day_date(const uint32_t *cp, size_t n, int *m, int *d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (n < 4 || n > 12)
        return false;
    size_t i = 0;
    int month = date_number(cp, n, &i);
    if (month < 1 || month > 12 || i >= n || cp[i] != 0x6708) /* 月 */
        return false;
    i++;
    int day = date_number(cp, n, &i);
    if (day < 1 || day > mdays[month - 1] || i + 1 != n || cp[i] != 0x65E5) /* 日 */
        return false;
    *m = month, *d = day;
    return true;
}

/* A date without its year: a month and a day (12月11日), or the same after
 * a 年 whose digits a copy lost (年6月12日, 年 6 月 12 日). */
static bool yearless_date(const uint32_t *cp, size_t n, int *m, int *d)
{
    if (n > 1 && cp[0] == 0x5E74) { /* 年 */
        size_t i = bl_p_skip_spaces(cp, n, 1);
        return month_day_date(cp + i, n - i, m, d);
    }
    return month_day_date(cp, n, m, d);
}

/* A mark standing for a digit a template or a copy left out: x X ｘ Ｘ ×. */
static bool redacted_digit(uint32_t c)
{
    return c == 'x' || c == 'X' || c == 0xFF58 || c == 0xFF38 || c == 0xD7;
}

/* A date whose year (and perhaps month and day) a template left out:
 * 20xx年4月26日, 二○○X年X月X日, XXXX年X月X日.  No ISO date is made up. */
static bool redacted_date(const uint32_t *cp, size_t n)
{
    if (n < 5 || n > 16)
        return false;
    size_t i = 0, marks = 0;
    /* or one or two marks for the whole year (x年4月3日) */
    while (i < 2 && redacted_digit(cp[i]))
        i++;
    if (!(i > 0 && cp[i] == 0x5E74)) {
        if (n < 7)
            return false;
        i = 0;
        for (int k = 0; k < 4; k++, i++) {
            if (redacted_digit(cp[i]))
                marks++;
            else if (date_digit(cp[i]) < 0)
                return false;
        }
    } else
        marks = i;
    if (marks == 0 || cp[i] != 0x5E74) /* 年 */
        return false;
    i++;
    static const uint32_t unit[2] = {0x6708 /* 月 */, 0x65E5 /* 日 */};
    for (int part = 0; part < 2; part++) {
        size_t r = i;
        while (r < n && r - i < 2 && redacted_digit(cp[r]))
            r++;
        if (r > i)
            i = r;
        else {
            int v = date_number(cp, n, &i);
            if (v < 1 || v > (part ? 31 : 12))
                return false;
        }
        if (i >= n || cp[i] != unit[part])
            return false;
        i++;
    }
    return i == n;
}

/* An office named a team (国家统计局平陆调查队, 城管执法大队, 調查隊):
 * Han only, ending in 队 or 隊, which bl_p_is_org does not take. */
static bool team_org(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 30 || (cp[n - 1] != 0x961F && cp[n - 1] != 0x968A))
        return false;
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return false;
    return true;
}

/* A date that lost its closing 日 (2019年6月13, 二〇一九年六月十三,
 * 2019 年 6 月 13): the year, 年, the month, 月 and the day, nothing
 * after; read only where a date is expected (under an office). */
static bool lost_day_date(const uint32_t *cp, size_t n, int *y, int *m, int *d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (n < 7 || n > 20)
        return false;
    size_t i = 0;
    int year = 0;
    for (int k = 0; k < 4; k++, i++) {
        int v = i < n ? date_digit(cp[i]) : -1;
        if (v < 0)
            return false;
        year = year * 10 + v;
    }
    if (year < 1949 || year > 2100)
        return false;
    int month;
    if (!year_month_tail(cp, n, &i, &month))
        return false;
    int day = date_number(cp, n, &i);
    if (day < 1 || day > mdays[month - 1] || i != n)
        return false;
    *y = year, *m = month, *d = day;
    return true;
}

/* A news dateline opening the body: 新华社北京4月21日电, 人民日报北京5月27日电
 * （记者……）, 本报讯: an agency and a place (Han), a date, then 电. */
/* A date whose 年月日 a copy lost, digits only (2018525: 2018年5月25日,
 * 20180525), read when there is one way only to split month and day. */
static bool compact_date(const uint32_t *cp, size_t n, int *y, int *m, int *d)
{
    if (n < 6 || n > 8)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] < '0' || cp[i] > '9')
            return false;
    int year = 0;
    for (size_t i = 0; i < 4; i++)
        year = year * 10 + (int)(cp[i] - '0');
    if (year < 1949 || year > 2100)
        return false;
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int found = 0;
    size_t r = n - 4;
    for (size_t ml = 1; ml <= 2; ml++) {
        size_t dl = r - ml;
        if (dl < 1 || dl > 2)
            continue;
        int mm = 0, dd = 0;
        for (size_t i = 4; i < 4 + ml; i++)
            mm = mm * 10 + (int)(cp[i] - '0');
        for (size_t i = 4 + ml; i < n; i++)
            dd = dd * 10 + (int)(cp[i] - '0');
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (mm < 1 || mm > 12 || dd < 1 || dd > mdays[mm - 1] || (mm == 2 && dd == 29 && !leap))
            continue;
        found++;
        *y = year, *m = mm, *d = dd;
    }
    return found == 1;
}

bool bl_p_is_dateline(const uint32_t *cp, size_t n)
{
    if (starts(cp, n, "本报讯") || starts(cp, n, "本報訊"))
        return true;
    size_t i = 0;
    while (i < n && i < 24 && bl_is_han(cp[i]) && cp[i] != 0x6708 /* 月 */)
        i++;
    if (i < 2)
        return false;
    /* [M月]D日电 */
    size_t d = i;
    while (i < n && i - d < 8 && (bl_p_is_digit(cp[i]) || cp[i] == 0x6708))
        i++;
    return i > d && bl_p_is_digit(cp[i - 1]) && i + 1 < n && cp[i] == 0x65E5 /* 日 */
        && (cp[i + 1] == 0x7535 || cp[i + 1] == 0x96FB) /* 电 電 */;
}

/* A line of a news headline's deck: short, no sentence or clause mark (a
 * closing quote may end it: 养老金不存在“收不抵支”). */
static bool is_deck_line(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 30 || bl_p_is_meta_line(cp, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002 || cp[i] == 0xFF01 || cp[i] == 0xFF1F || cp[i] == 0x2026 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';'
            || cp[i] == ':' || cp[i] == 0xFF1A)
            return false;
    return true;
}

/* A table's caption without a number (2021年旌德县主要农产品产量): short,
 * ending in Han, no sentence or clause mark; only right above a table. */
/* A sentence that refers to a numbered table or chart (表 1 所列指标均为
 * 快报数, 图2显示…): 表, 附表, 图 or 圖, its number, then words that refer. */
static bool numbered_reference(const uint32_t *cp, size_t n)
{
    size_t i = n >= 2 && cp[0] == 0x9644 && cp[1] == 0x8868 ? 2 /* 附表 */
             : n && (cp[0] == 0x8868 || cp[0] == 0x56FE || cp[0] == 0x5716) ? 1 : 0;
    if (!i)
        return false;
    size_t d = bl_p_skip_spaces(cp, n, i), s = d;
    while (d < n && bl_p_is_digit(cp[d]))
        d++;
    return d > s && bl_p_caption_refers(cp, n, bl_p_skip_spaces(cp, n, d));
}

static bool is_plain_caption(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 40 || !bl_is_han(cp[n - 1]) || bl_p_is_meta_line(cp, n) || numbered_reference(cp, n))
        return false;
    size_t han = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] == 0x3002 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';'
            || cp[i] == ':' || cp[i] == 0xFF1A || cp[i] == 0x3001)
            return false;
        han += bl_is_han(cp[i]);
    }
    return han >= 4;
}

/* A chart's name written twice on its line, the picture's name then its
 * caption (國內生產總值及其增加速度 國內生產總值及其增加速度): the same plain
 * caption on each side of one run of spaces. */
static bool is_doubled_caption(const uint32_t *cp, size_t n)
{
    if (n < 9 || n > 90)
        return false;
    size_t s = 0;
    while (s < n && !bl_p_is_space(cp[s]))
        s++;
    size_t e = bl_p_skip_spaces(cp, n, s);
    if (s == n || e == n || n - e != s || memcmp(cp, cp + e, s * sizeof *cp) != 0)
        return false;
    return is_plain_caption(cp, s);
}

/* The period of a table under its caption: a year and what follows in
 * brackets, nothing else ((2013年4季度), （2022年1-3月）). */
static bool is_period_line(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 20 || (cp[0] != '(' && cp[0] != 0xFF08)
        || (cp[n - 1] != ')' && cp[n - 1] != 0xFF09) || !bl_p_is_digit(cp[1]))
        return false;
    bool year = false;
    for (size_t i = 1; i + 1 < n; i++) {
        if (!(bl_p_is_digit(cp[i]) || bl_is_han(cp[i]) || cp[i] == '-' || cp[i] == 0x2014
              || cp[i] == 0xFF5E || cp[i] == '~'))
            return false;
        year |= cp[i] == 0x5E74; /* 年 */
    }
    return year;
}

/* A table's period alone on its line: a year, 年, then months, a
 * quarter or a half (2011年1-3月, 2024年1—6月份, 2023年前三季度, 2022年
 * 上半年, 2023 年 1 至 9 月), in brackets or not. */
static bool period_alone(const uint32_t *cp, size_t n)
{
    if (n >= 2 && (cp[0] == '(' || cp[0] == 0xFF08) && (cp[n - 1] == ')' || cp[n - 1] == 0xFF09))
        cp++, n -= 2;
    if (n < 6 || n > 24)
        return false;
    size_t i = 0;
    for (; i < 4; i++)
        if (!bl_p_is_digit(cp[i]))
            return false;
    i = bl_p_skip_spaces(cp, n, i);
    if (i >= n || cp[i] != 0x5E74) /* 年 */
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    if (i >= n)
        return false;
    /* 一二三四 上下半年 季度 第 前 月份 全 至 */
    static const uint32_t words[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E0A, 0x4E0B, 0x534A, 0x5E74, 0x5B63, 0x5EA6, 0x7B2C, 0x524D, 0x6708, 0x4EFD, 0x5168, 0x81F3};
    size_t count = 0;
    uint32_t last = 0;
    for (; i < n; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_space(c))
            continue;
        bool ok = bl_p_is_digit(c) || c == '-' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0xFF5E
               || c == 0xFF0D;
        for (size_t k = 0; !ok && k < sizeof words / sizeof *words; k++)
            ok = c == words[k];
        if (!ok)
            return false;
        last = c;
        count++;
    }
    /* ends in 月, 份, 度 (季度) or 年 (上半年, 全年) */
    return count > 0 && (last == 0x6708 || last == 0x4EFD || last == 0x5EA6 || last == 0x5E74);
}

/* A label of a contact block or a form: 联系人：, 电话：, 类别：. */
static bool is_field(const uint32_t *cp, size_t n)
{
    size_t i = 0, han = 0;
    while (i < n && i < 8 && !is_colon(cp[i])) {
        if (bl_is_han(cp[i]))
            han++;
        else if (!bl_p_is_space(cp[i]))
            return false;
        i++;
    }
    return i < n && is_colon(cp[i]) && han >= 1 && han <= 5;
}

/* A person addressed by office, post and name (沅江市人民政府市长罗必胜):
 * an organisation, a post, then a name of two or three Han. */
static const char *const posts[] = {"省长", "市长", "县长", "区长", "州长", "镇长", "乡长",
                                    "局长", "厅长", "部长", "主任", "书记", "主席",
                                    "縣長", "區長", "市長", "省長", "局長", "廳長", "書記",
                                    "州長", "鎮長", "鄉長", "部長"};

static bool to_person(const uint32_t *cp, size_t m)
{
    for (size_t name = 2; name <= 3 && name + 3 < m; name++) {
        size_t e = m - name;
        bool han = true;
        for (size_t j = e; j < m; j++)
            han = han && bl_is_han(cp[j]);
        if (!han)
            continue;
        for (size_t k = 0; k < sizeof posts / sizeof *posts; k++) {
            size_t l = ends(cp, e, posts[k]) ? 2 : 0;
            if (l && e - l >= 2 && bl_p_org_suffix(cp, e - l))
                return true;
        }
    }
    return false;
}

/* An order's signer: a post, spaced inside or not, spaces, then a name
 * of two to four Han (市 长 袁宝成, 省长　王伟中). */
static bool is_signer(const uint32_t *cp, size_t n)
{
    if (!bl_p_is_speaker(cp, n))
        return false;
    size_t sp = n;
    while (sp > 0 && !bl_p_is_space(cp[sp - 1]))
        sp--;
    while (sp > 0 && bl_p_is_space(cp[sp - 1]))
        sp--;
    uint32_t post[8];
    size_t m = bl_p_squeeze(cp, sp, post, 8);
    for (size_t k = 0; k < sizeof posts / sizeof *posts; k++)
        if (m == 2 && starts(post, m, posts[k]))
            return true;
    /* the post after its region's short name (自治区主席 乌力吉, 自治州州长) */
    static const char *const regions[] = {"自治区", "自治州", "自治县", "自治區", "自治縣"};
    for (size_t r = 0; m == 5 && r < sizeof regions / sizeof *regions; r++)
        if (starts(post, m, regions[r]))
            for (size_t k = 0; k < sizeof posts / sizeof *posts; k++)
                if (ends(post, m, posts[k]))
                    return true;
    return false;
}

/* An order's signer by post alone, spaced inside or not (省长, 市 长):
 * a copy that lost the name still signs with the post. */
static bool is_bare_post(const uint32_t *cp, size_t n)
{
    /* its colon after it, a converter's readings (區(qū)長:, 市长：) */
    if (n > 1 && is_colon(cp[n - 1]))
        n--;
    uint32_t post[2];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t r = bl_p_reading_after_han(cp, 0, n, i);
        if (r) {
            i += r - 1;
            continue;
        }
        if (bl_p_is_space(cp[i]))
            continue;
        if (m == 2)
            return false;
        post[m++] = cp[i];
    }
    for (size_t k = 0; m == 2 && k < sizeof posts / sizeof *posts; k++)
        if (starts(post, m, posts[k]))
            return true;
    return false;
}

/* An issuer spaced out one character apart, as a typesetter spreads a
 * short name over the width of the date under it: two to eight Han, each
 * alone between spaces (ASCII or ideographic, one or more), a converter's
 * pinyin reading allowed after each (國 務 院, 国　务　院, 财 政 部, 县  委),
 * that together end like an office; or only its first characters spread,
 * the rest together, to the width of the longer names over it (甘 肃
 * 省人事厅), a redacted place's marks among them (× × 省人事厅, request-
 * retired-cadres). */
static bool spaced_issuer(const uint32_t *cp, size_t n)
{
    uint32_t name[24];
    size_t m = 0, i = 0, parts = 0;
    bool tail = false;
    while (i < n) {
        if (!name_char(cp[i]) || m == 24 || tail)
            return false;
        name[m++] = cp[i];
        i += 1 + bl_p_reading_at(cp, n, i + 1);
        /* the rest of the name together, the last part of the line */
        while (i < n && bl_is_han(cp[i]) && m < 24) {
            name[m++] = cp[i++];
            tail = true;
        }
        if (i < n && !bl_p_is_space(cp[i]))
            return false;
        i = bl_p_skip_spaces(cp, n, i);
        parts++;
        if (tail && parts < 2)
            return false; /* (the name together: no spacing) */
    }
    if (m < 2 || parts < 2 || !bl_p_org_suffix(name, m))
        return false;
    /* (marks alone are no issuer: × × 局 is a redacted name's, 局 its end) */
    size_t han = 0;
    for (size_t k = 0; k < m; k++)
        han += bl_is_han(name[k]);
    return han >= 2;
}

/* A seal's mark alone on its line between the signature and the date:
 * （印章）, (盖章), （公章）, （章）, (印), in either script. */
static bool seal_line(const uint32_t *cp, size_t n)
{
    static const char *const seals[] = {"印章", "盖章", "蓋章", "公章", "章", "印"};
    if (n < 3 || !((cp[0] == 0xFF08 && cp[n - 1] == 0xFF09) || (cp[0] == '(' && cp[n - 1] == ')')))
        return false;
    size_t a = bl_p_skip_spaces(cp, n - 1, 1), b = n - 1;
    while (b > a && bl_p_is_space(cp[b - 1]))
        b--;
    for (size_t k = 0; k < sizeof seals / sizeof *seals; k++)
        if (b > a && starts(cp + a, b - a, seals[k]) == b - a)
            return true;
    return false;
}

/* A collection's part head: a short line that ends with 第N篇 or 篇N (N
 * in digits or Chinese numerals): 请求批复的范文 第2篇, 第三篇, 关于批复范文 篇2. */
static bool is_part_head(const uint32_t *cp, size_t n)
{
    if (n < 2 || n > 40)
        return false;
    size_t k = n - 1;
    while (k > 0 && n - k <= 6 && bl_p_piece_number_at(cp, k, n) != n)
        k--;
    if (bl_p_piece_number_at(cp, k, n) != n)
        return false;
    for (size_t i = 0; i < k; i++)
        if (cp[i] == 0x3002 || is_colon(cp[i]))
            return false;
    return true;
}

/* The longest address of people with no opener before it (新闻界的朋友们,
 * 各界人士和媒体朋友们): a line longer is a sentence's. */
#define ADDRESS_PLURAL_MAX 12
/* The shortest address, its colon counted (同志们:). */
#define ADDRESS_MIN 4
/* The longest (尊敬的各位领导、各位代表、各位委员、女士们、先生们:, 26): a
 * line longer is a sentence's. */
#define ADDRESS_MAX 30
/* The longest line read for one, a converter's pinyin readings counted
 * (尊敬的各位媒(méi)體(tǐ)朋(péng)友們:, 11 characters read, 26 written): a
 * reading in parentheses after a character takes 4 to 8 more, so 100
 * leaves room for a long address read throughout; a line longer is a
 * sentence's. */
#define ADDRESS_READ_MAX 100

/* Words that address the people present, as a speaker opens (尊敬的各位
 * 媒體朋友們:, 各位记者朋友，大家好！, 女士们、先生们：, 各位新闻界的朋友:):
 * short, ending with a colon or 大家好 and its stop, no sentence before. */
static bool is_address(const uint32_t *cp, size_t n)
{
    /* a converter's pinyin readings are no part of the words (尊敬的各位媒
     * (méi)體(tǐ)朋(péng)友們:) */
    uint32_t plain[ADDRESS_MAX];
    size_t pn = 0;
    if (n > ADDRESS_READ_MAX)
        return false;
    for (size_t k = 0; k < n; k++) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n, k) : 0;
        if (r) {
            k += r - 1;
            continue;
        }
        if (pn == sizeof plain / sizeof *plain)
            return false;
        plain[pn++] = cp[k];
    }
    cp = plain;
    n = pn;
    if (n < ADDRESS_MIN || n > ADDRESS_MAX)
        return false;
    uint32_t last = cp[n - 1];
    size_t m = n - 1;
    if (!is_colon(last)) {
        if (last != 0xFF01 && last != '!' && last != 0x3002)
            return false;
        if (!ends(cp, m, "大家好"))
            return false;
        m -= 3;
        while (m > 0 && (cp[m - 1] == 0xFF0C || cp[m - 1] == ',' || bl_p_is_space(cp[m - 1])))
            m--;
    }
    for (size_t i = 0; i < m; i++)
        if (cp[i] == 0x3002 || is_colon(cp[i]) || bl_p_is_digit(cp[i]) || cp[i] == 0xFF01)
            return false;
    /* a sentence that ends in a colon says what someone does (感谢媒体朋友
     * 们:, 各位代表审议了…:) */
    static const char *const verbs[] = {
        "是", "对", "對", "向", "请", "請", "让", "讓", "要", "说", "說", "讲", "講", "了",
        "感谢", "感謝", "欢迎", "歡迎", "希望", "提醒", "号召", "號召", "呼吁", "呼籲", "认为",
        "認為", "表示", "指出", "出席", "参加", "參加", "审议", "審議", "给", "給", "把", "被",
        "将", "將"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (has_str(cp, m, verbs[k]))
            return false;
    bool opens = starts(cp, m, "尊敬的") || starts(cp, m, "各位") || starts(cp, m, "亲爱的")
              || starts(cp, m, "親愛的");
    /* the people a speaker, a press conference or a report addresses */
    static const char *const people[] = {
        "朋友", "女士", "先生", "同志", "来宾", "來賓", "嘉宾", "嘉賓", "记者", "記者",
        "媒体", "媒體", "代表", "委员", "委員", "领导", "領導", "同事", "同学", "同學",
        "老师", "老師", "观众", "觀眾", "觀衆", "网友", "網友"};
    /* with no opener, people addressed as 们 before the colon
     * (新闻界的朋友们:, 老師們、同學們:), as short as a salutation */
    bool plural = is_colon(last) && m <= ADDRESS_PLURAL_MAX
               && (ends(cp, m, "们") || ends(cp, m, "們"));
    for (size_t k = 0; k < sizeof people / sizeof *people; k++) {
        const char *w = people[k];
        for (size_t i = 0; i + 2 <= m; i++)
            if (starts(cp + i, m - i, w)
                && (opens || starts(cp, m, "女士") || starts(cp, m, "先生")
                    || (plural && i + 3 == m)))
                return true;
    }
    return false;
}

/* An anti-copy string a page sets after a line (FhEfW7]0, (f"LD8MJ/
 * Zwtz )ZII y&F&Z3t): three to 24 printable ASCII characters, spaces
 * allowed, a letter or a digit among them, that make no word: a mark no
 * word or number uses (& * # ~ { } < > " ...), a bracket left unpaired,
 * or capitals, small letters and digits mixed.  No address (://, www.). */
static bool junk_word(const uint32_t *cp, size_t n)
{
    if (n < 3 || n > 24)
        return false;
    bool alnum = false, upper = false, lower = false, digit = false, noise = false;
    int round = 0, square = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c < 0x20 || c > 0x7E)
            return false;
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
        digit |= c >= '0' && c <= '9';
        round += c == '(' ? 1 : c == ')' ? -1 : 0;
        square += c == '[' ? 1 : c == ']' ? -1 : 0;
        noise |= round < 0 || square < 0 || (c != ' ' && strchr("!\"#$&'*+<=>?@\\^_`{|}~", (int)c));
        if (i + 3 <= n && c == ':' && cp[i + 1] == '/' && cp[i + 2] == '/')
            return false;
        if (i + 4 <= n && (c | 0x20) == 'w' && (cp[i + 1] | 0x20) == 'w' && (cp[i + 2] | 0x20) == 'w'
            && cp[i + 3] == '.')
            return false;
    }
    alnum = upper || lower || digit;
    noise |= round != 0 || square != 0 || (upper && lower && digit);
    return alnum && noise;
}

/* The length of cp[0, n) without such a string after a space at its end
 * (国务院总理 温家宝 FhEfW7]0, -> 国务院总理 温家宝; 各位代表: (f"LD8MJ/
 * -> 各位代表:); n when there is none. */
static size_t junk_tail(const uint32_t *cp, size_t n)
{
    size_t k = n;
    while (k > 0 && ((cp[k - 1] >= 0x20 && cp[k - 1] <= 0x7E) || cp[k - 1] == 0x3000))
        k--;
    /* the first word of the ASCII run that follows a space */
    for (size_t s = k > 0 ? k : 1; s < n; s++) {
        if (bl_p_is_space(cp[s]) || !bl_p_is_space(cp[s - 1]))
            continue;
        size_t e = s;
        while (e > 0 && bl_p_is_space(cp[e - 1]))
            e--;
        if (e > 0 && junk_word(cp + s, n - s))
            return e;
        break;
    }
    return n;
}

/* A line that is such a string alone ({k7Nw, *M~BN}.). */
static bool junk_line(const uint32_t *cp, size_t n)
{
    return junk_word(cp, n);
}

bool bl_p_is_salutation(const uint32_t *cp, size_t n)
{
    /* an anti-copy string after it (各位代表: (f"LD8MJ/) */
    n = junk_tail(cp, n);
    /* an office whose place a copy redacted (X区财政局:) */
    size_t x = redacted_lead(cp, n);
    cp += x, n -= x;
    if (n < 3 || n > 400 || !is_colon(cp[n - 1]) || !name_char(cp[0]))
        return false;
    /* a space a page set before the colon (****民政局 :, 财政局　：): the
     * name and its colon, the spaces left out */
    uint32_t joined[400];
    size_t e = n - 1;
    while (e > 0 && bl_p_is_space(cp[e - 1]))
        e--;
    if (e < n - 1 && e > 0) {
        memcpy(joined, cp, e * sizeof *joined);
        joined[e] = cp[n - 1];
        cp = joined;
        n = e + 1;
    }
    for (size_t i = 0; i < n; i++)
        if (bl_p_is_digit(cp[i]))
            return false;
    for (size_t i = 0; i + 1 < n; i++)
        if (bl_p_is_stop(cp[i]) || cp[i] == 0x3002 || is_colon(cp[i]))
            return false;
    if (has_str(cp, n, "如下") || has_str(cp, n, "以下") || has_str(cp, n, "是"))
        return false;
    /* people addressed as 广大…: 广大渔民, 广大市民 */
    if (n <= 11 && (starts(cp, n, "广大") || starts(cp, n, "廣大")))
        return true;
    /* 各涉关单位： (notice-foping), 各科室：: 各 addresses the units, no field */
    /* an office's short name is no field's label (縣人民政府:, a page's
     * field aside: 发布机构:) */
    if (is_field(cp, n) && n < 8 && !ends(cp, n - 1, "代表") && !ends(cp, n - 1, "委员")
        && !ends(cp, n - 1, "常委") && !has(cp, n - 1, 0x5404 /* 各 */)
        && !(bl_p_org_suffix(cp, n - 1) && !bl_p_is_meta_line(cp, n)))
        return false;
    static const char *const tails[] = {"代表", "委员", "人员", "单位", "部门", "机构", "个人",
                                        "同志", "同志们", "企业", "院校", "朋友们", "先生",
                                        "女士", "市民", "同学", "主席团", "常委会", "常委",
                                        /* an office's own departments (局机关各处室:,
                                         * 各科室：, 各股室, 各處室) */
                                        "处室", "處室", "科室", "股室", "單位", "部門"};
    size_t m = n - 1;
    if (has(cp, m, 0x3001) || has(cp, m, 0xFF0C) || has(cp, m, ','))
        return true;
    /* 各 and the units it addresses, short, perhaps after the office
     * (各中队：, 各站所：, 局机关各处（室）：, 各鄉鎮：); not 各项/各类/各种… */
    for (size_t g = 0; g < m && g <= 8; g++) {
        if (cp[g] != 0x5404 /* 各 */)
            continue;
        size_t han = 0, k = g + 1;
        bool ok = k < m && !has_str(cp + k, 1, "项") && !has_str(cp + k, 1, "項") && !has_str(cp + k, 1, "类")
               && !has_str(cp + k, 1, "類") && !has_str(cp + k, 1, "种") && !has_str(cp + k, 1, "種")
               && !has_str(cp + k, 1, "自");
        for (size_t q = 0; q < g; q++)
            ok = ok && bl_is_han(cp[q]);
        for (; ok && k < m; k++) {
            if (bl_is_han(cp[k]))
                han++;
            else if ((cp[k] == 0xFF08 || cp[k] == '(') && k + 2 < m && (cp[k + 2] == 0xFF09 || cp[k + 2] == ')'))
                k += 2, han++; /* 处（室） */
            else
                ok = false;
        }
        if (ok && han >= 1 && han <= 6)
            return true;
        break;
    }
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
        if (ends(cp, m, tails[k]))
            return true;
    return bl_p_org_suffix(cp, m) || to_person(cp, m);
}

/* A downloaded file's line under 附件: the file's name, its extension a
 * document's (.pdf, .doc, .docx, .xls, .xlsx, .wps, .et, .ofd, .zip,
 * .rar), then perhaps the link's label, in brackets or not (【下载附件】,
 * [点击下载], （點擊下載）, 下载附件), or its size in brackets ((15.90 KB)):
 * the name's length, 0 when none. */
static size_t file_line_name(const uint32_t *cp, size_t n)
{
    static const char *const exts[] = {"docx", "xlsx", "pptx", "pdf", "doc", "xls", "ppt", "wps", "ofd",
                                       "zip", "rar", "et"};
    if (n < 5 || n > 120 || has(cp, n, 0x3002))
        return 0;
    for (size_t i = 2; i + 2 < n; i++) {
        if (cp[i] != '.' || !(bl_is_han(cp[i - 1]) || bl_p_is_digit(cp[i - 1]) || cp[i - 1] == 0xFF09 || cp[i - 1] == ')'))
            continue;
        size_t e = i + 1;
        while (e < n && ((cp[e] >= 'a' && cp[e] <= 'z') || (cp[e] >= 'A' && cp[e] <= 'Z')))
            e++;
        bool ext = false;
        for (size_t k = 0; k < sizeof exts / sizeof *exts && !ext; k++) {
            size_t l = strlen(exts[k]);
            ext = e - i - 1 == l;
            for (size_t c = 0; ext && c < l; c++)
                ext = (cp[i + 1 + c] | 0x20) == (uint32_t)exts[k][c];
        }
        if (!ext)
            continue;
        size_t t = bl_p_skip_spaces(cp, n, e);
        if (t == n)
            return e;
        /* the link's label: 下载, 下載, 点击, 點擊, 查看, 预览 in it */
        bool open = cp[t] == 0x3010 || cp[t] == '[' || cp[t] == 0xFF08 || cp[t] == '(' || cp[t] == 0xFF3B;
        size_t w = open ? t + 1 : t, z = n;
        if (open) {
            uint32_t last = cp[n - 1];
            if (!(last == 0x3011 || last == ']' || last == 0xFF09 || last == ')' || last == 0xFF3D))
                return 0;
            z = n - 1;
        }
        if (open && z > w && bl_p_is_digit(cp[w])) {
            /* the file's size: (15.90 KB), （1.2M） */
            size_t c = w;
            while (c < z && (bl_p_is_digit(cp[c]) || cp[c] == '.'))
                c++;
            c = bl_p_skip_spaces(cp, z, c);
            size_t u = c;
            while (u < z && ((cp[u] | 0x20) == 'k' || (cp[u] | 0x20) == 'm' || (cp[u] | 0x20) == 'g' || (cp[u] | 0x20) == 'b'))
                u++;
            return u > c && u - c <= 2 && bl_p_skip_spaces(cp, z, u) == z ? e : 0;
        }
        if (z - w > 8)
            return 0;
        for (size_t c = w; c < z; c++)
            if (!bl_is_han(cp[c]))
                return 0;
        return has_str(cp + w, z - w, "下载") || has_str(cp + w, z - w, "下載") || has_str(cp + w, z - w, "点击")
                    || has_str(cp + w, z - w, "點擊") || has_str(cp + w, z - w, "查看") || has_str(cp + w, z - w, "预览")
                    || has_str(cp + w, z - w, "預覽")
                 ? e : 0;
    }
    return 0;
}

bool bl_p_is_attach_start(const uint32_t *cp, size_t n)
{
    size_t l = starts(cp, n, "附件");
    if (!l)
        return false;
    while (l < n && (bl_p_is_digit(cp[l]) || bl_p_is_space(cp[l])))
        l++;
    return l < n && is_colon(cp[l]);
}

/* A 题注's note of adoption or revision: perhaps in parentheses, the
 * day (2024年10月18日, 二〇二四年十月十八日, or its 年月 lost: 2017822日),
 * then the meeting that adopted or revised the text, ending with 通过,
 * 审议通过, 批准, 修订 or 修正 (traditional too); no sentence
 * (2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过,
 * 2017822日阿坝藏族羌族自治州第十二届人民代表大会常务委员会第六次主任会议修订). */
static bool meeting_note(const uint32_t *cp, size_t n)
{
    if (n < 12 || n > 90 || has(cp, n, 0x3002) || has(cp, n, 0xFF0C) || has(cp, n, ','))
        return false;
    size_t i = cp[0] == 0xFF08 || cp[0] == '(' ? 1 : 0, e = n;
    if (i && !(cp[n - 1] == 0xFF09 || cp[n - 1] == ')'))
        return false;
    if (!i && (cp[n - 1] == 0xFF09 || cp[n - 1] == ')'))
        return false;
    e -= i;
    size_t j = i;
    while (j < e && j < i + 16 && cp[j] != 0x65E5) /* 日 */
        j++;
    int y, m, d;
    size_t s;
    bool day = j < e && bl_p_is_date(cp + i, j + 1 - i, &y, &m, &d, &s) && s == 0;
    if (!day && j < e) {
        /* 2017822日: the year's four digits, the month's and the day's */
        size_t g = i;
        while (g < j && bl_p_is_digit(cp[g]))
            g++;
        day = g == j && j - i >= 5 && j - i <= 8 && (starts(cp + i, e - i, "19") || starts(cp + i, e - i, "20"));
    }
    if (!day || !(has_str(cp + j, e - j, "会议") || has_str(cp + j, e - j, "會議")))
        return false;
    static const char *const verbs[] = {"通过", "通過", "批准", "修订", "修訂", "修正"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (ends(cp, e, verbs[k]))
            return true;
    return false;
}

bool bl_p_is_subtitle(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 90)
        return false;
    size_t i = 0;
    while (i < n && (cp[i] == 0x2014 || cp[i] == 0x2015 || cp[i] == '-' || cp[i] == 0xFF0D
                     || cp[i] == 0x2500 || cp[i] == 0xFF08 || cp[i] == '('))
        i++;
    int y, m, d;
    size_t s;
    (void)s;
    bool dashed = i >= 2 || (i == 1 && (cp[0] == 0xFF08 || cp[0] == '('));
    /* a date, then 在……上 */
    size_t j = i;
    while (j < n && cp[j] != 0x65E5) /* 日 */
        j++;
    bool dated = j < n && j + 1 < n && cp[j + 1] == 0x5728 /* 在 */
              && bl_p_is_date(cp + i, j + 1 - i, &y, &m, &d, &s);
    bool at = has(cp + i, n - i, 0x5728)
           && (ends(cp, n, "上") || ends(cp, n, "上）") || ends(cp, n, "上)") || ends(cp, n, "讲话")
               || ends(cp, n, "讲话）"));
    /* (……会议通过), also going on with the day it takes effect (……通过
     * 1996年10月1日起施行) */
    bool adopted = (cp[0] == 0xFF08 || cp[0] == '(')
                && (ends(cp, n, "通过）") || ends(cp, n, "通过)") || ends(cp, n, "批准）")
                    || ends(cp, n, "批准)")
                    || ((ends(cp, n, "施行）") || ends(cp, n, "施行)"))
                        && (has_str(cp, n, "通过") || has_str(cp, n, "批准"))));
    bool short_dash = i >= 2 && n - i <= 30 && !has(cp, n, 0x3002) && !has(cp, n, 0xFF0C)
                   && !has(cp, n, ',');
    /* a 题注 whose date lost its 年月日 (and its dashes or parentheses),
     * its digits run on into 在, perhaps its 日 kept
     * (20251在城口县第十届人民代表大会第五次会议, 2024628日在區(qū)五屆人大
     * 常委會第十八次會議上, ——2024628日在……会议上) */
    size_t dg = i;
    while (dg < n && bl_p_is_digit(cp[dg]))
        dg++;
    size_t at_ = dg < n && cp[dg] == 0x65E5 /* 日 */ ? dg + 1 : dg;
    bool closed = !(i > 0 && (cp[i - 1] == 0xFF08 || cp[i - 1] == '('))
               || cp[n - 1] == 0xFF09 || cp[n - 1] == ')';
    size_t tail = closed && (cp[n - 1] == 0xFF09 || cp[n - 1] == ')') ? n - 1 : n;
    bool lost_date = dg - i >= 5 && dg - i <= 8 && at_ < n && cp[at_] == 0x5728 /* 在 */
                  && (starts(cp + i, n - i, "19") || starts(cp + i, n - i, "20")) && n <= 60 && closed
                  && !has(cp, n, 0x3002) && !has(cp, n, 0xFF0C)
                  && (ends(cp, tail, "会议") || ends(cp, tail, "会议上") || ends(cp, tail, "會議")
                      || ends(cp, tail, "會議上"));
    /* the day, then the meeting that adopted it, no dash and no
     * parentheses needed (2024年10月18日天等县…第二十四次会议通过, …会议
     * 审议通过, 會議通過, 二〇二四年十月十八日…会议批准) */
    bool day_adopted = meeting_note(cp, n);
    return (dashed && at) || dated || adopted || short_dash || lost_date || day_adopted;
}

/* A bulletin's number or a 简报's issue at cp[i]: 第一号, 第 2 号, 第一號,
 * 第3期, 总第128期, 總第15期, spaces allowed round the number: its end,
 * *issue whether it is an issue (期); 0 when none. */
static size_t number_or_issue_at(const uint32_t *cp, size_t n, size_t i, bool *issue)
{
    static const char num[] = "〇零一二三四五六七八九十百";
    bool total = i < n && (cp[i] == 0x603B || cp[i] == 0x7E3D); /* 总 總 */
    i += total;
    if (i >= n || cp[i] != 0x7B2C) /* 第 */
        return 0;
    i = bl_p_skip_spaces(cp, n, i + 1);
    size_t d = i;
    for (bool ok = true; i < n && ok; i += ok) {
        ok = bl_p_is_digit(cp[i]);
        for (size_t k = 0; !ok && num[k]; k += 3) {
            uint32_t c = 0;
            bl_utf8_decode((const unsigned char *)num + k, 3, &c);
            ok = cp[i] == c;
        }
    }
    if (i == d || i - d > 4)
        return 0;
    i = bl_p_skip_spaces(cp, n, i);
    if (i >= n)
        return 0;
    *issue = cp[i] == 0x671F; /* 期 */
    if (*issue || (!total && (cp[i] == 0x53F7 || cp[i] == 0x865F))) /* 号 號 */
        return i + 1;
    return 0;
}

/* A bulletin's number or a 简报's issue alone on its line, in brackets or
 * not: （第一号）, (第1号), 〔第三号〕, 【第二号】, 第一号, （第一號）, （第 2 号）,
 * （第一期）, 第3期, 总第128期, its year before an issue (2021年第3期), its
 * running number after it in brackets (第3期（总第45期）). */
static bool is_bulletin_number_line(const uint32_t *cp, size_t n)
{
    size_t i = 0;
    uint32_t open = n > 0 ? cp[0] : 0;
    bool bracket = open == 0xFF08 || open == '(' || open == 0x3014 || open == 0x3010 || open == '['
                || open == 0xFF3B;
    if (n < 3 || n > 24)
        return false;
    i = bl_p_skip_spaces(cp, n, bracket ? 1 : 0);
    /* an issue's year: 2021年第3期 */
    size_t y = i;
    while (y < n && y - i < 4 && bl_p_is_digit(cp[y]))
        y++;
    bool year = y - i == 4 && y < n && cp[y] == 0x5E74; /* 年 */
    bool issue = false;
    size_t e = number_or_issue_at(cp, n, year ? y + 1 : i, &issue);
    if (!e || (year && !issue))
        return false;
    i = bl_p_skip_spaces(cp, n, e);
    /* its running number: 第3期（总第45期） */
    if (issue && i < n && (cp[i] == 0xFF08 || cp[i] == '(')) {
        bool again = false;
        size_t t = bl_p_skip_spaces(cp, n, i + 1);
        size_t r = t < n && (cp[t] == 0x603B || cp[t] == 0x7E3D) ? number_or_issue_at(cp, n, t, &again) : 0;
        r = r ? bl_p_skip_spaces(cp, n, r) : 0;
        if (!r || !again || r >= n || (cp[r] != 0xFF09 && cp[r] != ')'))
            return false;
        i = bl_p_skip_spaces(cp, n, r + 1);
    }
    if (!bracket)
        return i == n;
    uint32_t close = open == 0xFF08 || open == '(' ? 0xFF09 : open == 0x3014 ? 0x3015 : open == 0x3010 ? 0x3011
                   : open == '[' ? ']' : 0xFF3D;
    return i + 1 == n && (cp[i] == close || (close == 0xFF09 && cp[i] == ')') || (close == 0xFF3D && cp[i] == ']')
                          || (close == ']' && cp[i] == 0xFF3D));
}

/* Whether the words at cp[k] after a table's or chart's number refer to
 * it in a sentence rather than name it (表 1 所列指标均为快报数, 图2显示…,
 * 表2中数据…, 表3的数据…, 圖1顯示…): a caption names, a sentence opens
 * with 所, 的, 中 + 的/数/所/各/可, 为/為/是/均/即, 显示/顯示, 表明,
 * 可见/可見, 说明/說明, 反映, 列出/列示, 内/內 or 里/裡. */
bool bl_p_caption_refers(const uint32_t *cp, size_t n, size_t k)
{
    if (k >= n)
        return false;
    static const char *const words[] = {"所", "的", "为", "為", "是", "均", "即", "显示", "顯示", "表明",
                                        "可见", "可見", "说明", "說明", "反映", "列出", "列示", "内",
                                        "內", "里", "裡", "中的", "中数", "中數", "中所", "中各", "中可"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (starts(cp + k, n - k, words[w]))
            return true;
    return false;
}

/* A line naming a picture, alone at the top of a news page (宜昌清江…护岸
 * 工程后的实景图, …现场照片, 工人在大堤上巡查 记者 张三 摄): short, no
 * clause's mark, ending in a picture's word (实景图, 效果图, 现场图, 航拍
 * 图, 照片, 摄 after a space and a name; traditional too).  A title naming
 * a map or a plan of its own (…分布图, …路线图) is none of these. */
static bool is_picture_line(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 40 || bl_p_is_meta_line(cp, n))
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';'
            || cp[i] == ':' || cp[i] == 0xFF1A || cp[i] == 0xFF01 || cp[i] == 0xFF1F)
            return false;
    static const char *const ends[] = {"实景图", "實景圖", "效果图", "效果圖", "现场图", "現場圖",
                                       "航拍图", "航拍圖", "照片"};
    for (size_t w = 0; w < sizeof ends / sizeof *ends; w++) {
        size_t k = 0;
        const char *q = ends[w];
        while (*q) { /* its length in characters: three bytes each */
            q += 3;
            k++;
        }
        if (n > k + 2 && starts(cp + n - k, k, ends[w]))
            return true;
    }
    /* 记者 张三 摄: a space before the name and before 摄 (攝) */
    if ((cp[n - 1] == 0x6444 || cp[n - 1] == 0x651D) && bl_p_is_space(cp[n - 2])) {
        size_t s = n - 2;
        while (s > 0 && bl_p_is_space(cp[s - 1]))
            s--;
        size_t name = s;
        while (name > 0 && !bl_p_is_space(cp[name - 1]))
            name--;
        return s - name >= 2 && s - name <= 4 && name > 4;
    }
    return false;
}

/* 图1：2011-2015年全县地区生产总值及增长速度; 圖1 as a traditional copy
 * writes it, also glued to the year of its title (圖12018年上半年……). */
static bool is_figure_caption(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 60 || (cp[0] != 0x56FE && cp[0] != 0x5716) || !bl_p_is_digit(cp[1])
        || bl_p_is_stop(cp[n - 1]))
        return false;
    size_t i = 1;
    while (i < n && (bl_p_is_digit(cp[i]) || cp[i] == '-' || cp[i] == '.'))
        i++;
    if (i < n && (is_colon(cp[i]) || bl_p_is_space(cp[i])))
        return is_colon(cp[i]) || !bl_p_caption_refers(cp, n, bl_p_skip_spaces(cp, n, i));
    if (i < n && cp[i] == 0x5E74 && (i == 6 || i == 7)) { /* 图N + YYYY年 */
        int y = 0;
        bool digits = true;
        for (size_t k = i - 4; k < i; k++) {
            digits &= bl_p_is_digit(cp[k]);
            y = y * 10 + (int)(cp[k] - '0');
        }
        return digits && y >= 1900 && y <= 2100;
    }
    return false;
}

/* A chart's caption without its number: 图 (圖), a space or more, then the
 * chart's name, alone on its line (图 规模以上工业增加值情况, 圖　規模以上
 * 工業增加值增速, 图 2019-2023年货物进出口总额): the name opens with Han or
 * a year and holds no mark of a sentence or clause (图 表显示，… is a
 * sentence).  The index of the name, else 0. */
static size_t unnumbered_figure_caption(const uint32_t *cp, size_t n)
{
    if (n < 5 || n > 60 || (cp[0] != 0x56FE && cp[0] != 0x5716) || !bl_p_is_space(cp[1]))
        return 0;
    size_t i = bl_p_skip_spaces(cp, n, 1);
    if (n - i < 3)
        return 0;
    size_t d = i;
    while (d < n && bl_p_is_digit(cp[d]))
        d++;
    if (!(d == i ? bl_is_han(cp[i]) : d - i == 4))
        return 0;
    for (size_t k = i; k < n; k++)
        if (bl_p_is_stop(cp[k]) || cp[k] == 0x3002 || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0xFF1B
            || cp[k] == ';' || cp[k] == 0xFF01 || cp[k] == '!' || cp[k] == 0xFF1F || cp[k] == '?'
            || is_colon(cp[k]))
            return 0;
    return i;
}

/* A chart's caption in parentheses where the chart stood, perhaps with
 * the chart's kind in parentheses after it: (图1:收、支决算总计变动情况图)
 * (柱状图), （图2：收入决算结构图）. */
static bool is_parenthesised_figure_caption(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 70 || (cp[0] != '(' && cp[0] != 0xFF08))
        return false;
    size_t c = 1;
    while (c < n && cp[c] != ')' && cp[c] != 0xFF09 && cp[c] != '(' && cp[c] != 0xFF08)
        c++;
    if (c >= n || cp[c] == '(' || cp[c] == 0xFF08 || !is_figure_caption(cp + 1, c - 1))
        return false;
    for (size_t k = 1; k < c; k++)
        if (cp[k] == 0x3002 || cp[k] == 0xFF01 || cp[k] == 0xFF1F || cp[k] == 0xFF1B || cp[k] == ';'
            || cp[k] == 0xFF0C || cp[k] == ',') /* 。！？；， */
            return false;
    size_t i = bl_p_skip_spaces(cp, n, c + 1);
    if (i == n)
        return true;
    /* the chart's kind: (柱状图), (饼状图), (折线图), (条形图) */
    if (cp[i] != '(' && cp[i] != 0xFF08)
        return false;
    size_t e = i + 1;
    while (e < n && bl_is_han(cp[e]))
        e++;
    return e - i - 1 >= 2 && e - i - 1 <= 5 && e + 1 == n && (cp[e] == ')' || cp[e] == 0xFF09)
           && (cp[e - 1] == 0x56FE || cp[e - 1] == 0x5716); /* 图 圖 */
}

/* The file name a copy left where a picture was: 微信图片_20250731210147,
 * or a name ending in .jpg .jpeg .png .gif .bmp .webp (civil-mca-2024-
 * eldercare-news; 微信图片_20240101123456.jpg, image001.png, 图片1.jpg),
 * without a clause's marks or a colon (附件：照片.jpg is no file name). */
bool bl_p_is_picture_name(const uint32_t *cp, size_t n)
{
    /* (at most 60 characters, ending in a digit or a Latin letter: most
     * lines are refused before they are scanned) */
    if (n < 5 || n > 60 || !(bl_p_is_digit(cp[n - 1]) || ((cp[n - 1] | 0x20) >= 'a' && (cp[n - 1] | 0x20) <= 'z')))
        return false;
    for (size_t k = 0; k < n; k++)
        if (cp[k] == 0x3002 || cp[k] == 0xFF0C || cp[k] == 0x3001 || cp[k] == 0xFF1B || cp[k] == 0xFF1A || cp[k] == ':')
            return false;
    if (starts(cp, n, "微信图片") && n > 5 && (cp[4] == '_' || bl_p_is_digit(cp[4]))) {
        size_t k = 5;
        while (k < n && (bl_p_is_digit(cp[k]) || cp[k] == '_' || cp[k] == '-'))
            k++;
        if (k == n)
            return true;
    }
    static const char *const ext[] = {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp"};
    for (size_t e = 0; e < sizeof ext / sizeof *ext; e++) {
        size_t m = strlen(ext[e]);
        bool same = n > m;
        for (size_t k = 0; same && k < m; k++)
            same = (cp[n - m + k] | 0x20) == (uint32_t)ext[e][k];
        if (same)
            return true;
    }
    return false;
}

/* The title of a chart over a period of years whose picture a copy lost
 * (2017-2021年全县地区生产总值构成, 2012—2021年常住人口数及城镇化率): two
 * years joined by - — – ~ ～ or 至, 年, then at least four characters of a
 * name (Han, brackets, %) without any clause mark, at most 40 in all. */
static bool is_period_chart_title(const uint32_t *cp, size_t n)
{
    if (n < 14 || n > 40)
        return false;
    for (size_t k = 0; k < 4; k++)
        if (!bl_p_is_digit(cp[k]) || !bl_p_is_digit(cp[k + 5]))
            return false;
    uint32_t sep = cp[4];
    if (!(sep == '-' || sep == 0x2014 || sep == 0x2013 || sep == '~' || sep == 0xFF5E || sep == 0x81F3)
        || cp[9] != 0x5E74 /* 年 */ || !bl_is_han(cp[10]))
        return false;
    size_t words = 0;
    for (size_t k = 10; k < n; k++) {
        uint32_t c = cp[k];
        if (bl_is_han(c))
            words++;
        else if (!(c == 0xFF08 || c == 0xFF09 || c == '(' || c == ')' || c == '%' || c == 0xFF05))
            return false;
    }
    return words >= 4;
}

/* A chart's caption numbered N-M inside the text (2-1 历次人口普查全国人口
 * 及年均增长率): the number, a space, a short phrase without any clause
 * mark.  (At the top of a text such a line is its title: 2-3 总产出.) */
/* A table's caption written like a chart's, its number then a space or
 * a colon and a title without a clause's marks (表1 各乡镇常住人口): a
 * caption wherever it stands, even when the copy lost its table. */
static bool is_lone_table_caption(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 40 || cp[0] != 0x8868 /* 表 */ || !bl_p_is_digit(cp[1]))
        return false;
    size_t i = 1;
    while (i < n && (bl_p_is_digit(cp[i]) || cp[i] == '-' || cp[i] == '.'))
        i++;
    if (i >= n || !(is_colon(cp[i]) || bl_p_is_space(cp[i])))
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    /* its words may open with their year (表2 2023年主要农产品产量) */
    if (i + 5 < n && bl_p_is_digit(cp[i]) && bl_p_is_digit(cp[i + 1]) && bl_p_is_digit(cp[i + 2])
        && bl_p_is_digit(cp[i + 3]) && cp[i + 4] == 0x5E74 /* 年 */)
        i += 5;
    if (i >= n || !bl_is_han(cp[i]))
        return false;
    for (size_t k = i; k < n; k++)
        if (bl_p_is_terminal(cp[k]) || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001 || is_colon(cp[k])
            || cp[k] == 0xFF1B || cp[k] == ';')
            return false;
    return true;
}

static bool is_numbered_caption(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 40 || !bl_p_is_digit(cp[0]))
        return false;
    size_t i = 0;
    while (i < n && i < 2 && bl_p_is_digit(cp[i]))
        i++;
    if (i >= n || cp[i] != '-')
        return false;
    size_t d = ++i;
    while (i < n && i - d < 2 && bl_p_is_digit(cp[i]))
        i++;
    if (i == d || i >= n || !bl_p_is_space(cp[i]))
        return false;
    i = bl_p_skip_spaces(cp, n, i);
    if (i >= n || !bl_is_han(cp[i]) || !bl_is_han(cp[n - 1]))
        return false;
    for (size_t k = i; k < n; k++)
        if (bl_p_is_terminal(cp[k]) || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001)
            return false;
    return true;
}

/* One to six lower-case letters, one with a tone mark at least, so that
 * (km) is no reading. */
size_t bl_p_reading_at(const uint32_t *cp, size_t n, size_t i)
{
    if (i >= n || (cp[i] != '(' && cp[i] != 0xFF08))
        return 0;
    size_t j = i + 1;
    bool tone = false;
    for (; j < n && j - i <= 7; j++) {
        uint32_t c = cp[j];
        if (c == ')' || c == 0xFF09)
            break;
        /* a converter's space before the bracket closes (社會(huì )資本) */
        if (c == ' ' && j > i + 1 && j + 1 < n && (cp[j + 1] == ')' || cp[j + 1] == 0xFF09))
            continue;
        bool toned = (c >= 0xE0 && c <= 0xFC && c != 0xF7) || (c >= 0x100 && c <= 0x16B)
                  || (c >= 0x1CD && c <= 0x1DC);
        if (!(c >= 'a' && c <= 'z') && !toned)
            return 0;
        tone = tone || toned;
    }
    return j < n && j > i + 1 && j - i <= 7 && tone ? j + 1 - i : 0;
}

/* A page's field name among the words of cp[0, n) split at spaces, each
 * word read as a field with its colon (发布机构 宜兴市人民政府 公开形式: the
 * line's field and value pairs, colons lost): true.  A post over a name is
 * none (国务院总理, 县委副书记、县长). */
static bool field_pairs(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !bl_p_is_space(cp[j]))
            j++;
        if (j > i && j - i <= 6) {
            uint32_t f[8];
            memcpy(f, cp + i, (j - i) * sizeof *f);
            f[j - i] = ':';
            if (bl_p_is_meta_line(f, j - i + 1))
                return true;
        }
        i = bl_p_skip_spaces(cp, n, j);
    }
    return false;
}

bool bl_p_is_speaker(const uint32_t *cp, size_t n)
{
    /* an anti-copy string after the name (温家宝 FhEfW7]0,) */
    n = junk_tail(cp, n);
    if (n < 4 || n > 40)
        return false;
    size_t sp = n, read = 0; /* the last space; reading characters after it */
    for (size_t i = 0; i < n; i++) {
        size_t r = bl_p_reading_after_han(cp, 0, n, i);
        if (r) {
            read += r; /* 區(qū) 長 王勤光: the post with its readings */
            i += r - 1;
        } else if (bl_p_is_space(cp[i])) {
            sp = i;
            read = 0;
        } else if (cp[i] == 0x3001 && i > 0 && bl_is_han(cp[i - 1]) && i + 1 < n && bl_is_han(cp[i + 1])) {
            continue; /* between posts (县委副书记、县长　张国庆); not in the name */
        } else if (!bl_is_han(cp[i]) && cp[i] != 0x00B7 && cp[i] != 0x30FB)
            return false;
    }
    if (sp == n)
        return false;
    for (size_t i = sp; i < n; i++)
        if (cp[i] == 0x3001)
            return false;
    if (field_pairs(cp, sp))
        return false;
    size_t name = n - sp - 1 - read;
    return name >= 2 && name <= 4;
}

static bool is_glued_speaker(const uint32_t *cp, size_t n);

/* The post and the name run together over a colon, alone on the line
 * (湖北省高级人民法院宣传处处长文燕:, 國家統計局新聞發言人付凌暉:): a
 * turn's speaker in a transcript or over the people it addresses, a
 * salutation to a person elsewhere (沅江市人民政府市长罗必胜：). */
static bool glued_turn(const uint32_t *cp, size_t n)
{
    return n >= 5 && n <= 35 && is_colon(cp[n - 1]) && is_glued_speaker(cp, n - 1);
}

/* A transcript's line that gives the floor: a post, spaces and a name of
 * two to four Han over a colon (国务院新闻办新闻局 寿小丽: / 國家統計局…
 * 司長、新聞發言人 毛盛勇:); the post two Han or more, 、 between posts. */
static bool is_turn_speaker(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 41 || !is_colon(cp[n - 1]))
        return false;
    n--;
    size_t post = 0, name = 0, runs = 0;
    for (size_t i = 0; i < n; i++) {
        if (bl_p_is_space(cp[i])) {
            if (i == 0 || !bl_p_is_space(cp[i - 1]))
                runs++;
        } else if (bl_is_han(cp[i]) || (runs == 0 && i > 0 && cp[i] == 0x3001)
                   || (runs == 1 && cp[i] == 0x00B7)) {
            if (runs == 0)
                post++;
            else
                name++;
        } else {
            return false;
        }
    }
    return runs == 1 && post >= 2 && name >= 2 && name <= 4;
}

/* A report's line that gives the floor with the words run in after the
 * colon (国家统计局新闻发言人 付凌晖:这些情况表明…): the index after its
 * first colon when what goes before it is a turn's speaker and words
 * follow, else 0. */
static size_t turn_speaker_run_in(const uint32_t *cp, size_t n)
{
    size_t c = 0;
    while (c < n && c <= 41 && !is_colon(cp[c]))
        c++;
    if (c >= n || c > 41 || !is_turn_speaker(cp, c + 1))
        return 0;
    size_t k = bl_p_skip_spaces(cp, n, c + 1);
    return k < n ? c + 1 : 0;
}

/* A name alone, two to four Han, maybe letter-spaced (栗 俊 昌). */
static bool han_only(const uint32_t *cp, size_t n);

/* A person's name: a family name of one Han or two (欧阳, 司马) and one or
 * two Han after it, or a transcribed name with · between its parts
 * (阿不都·热合曼); so that 家长朋友们 or 市长信箱 is no post and name. */
static size_t surname_at(const uint32_t *cp, size_t n)
{
    static const char *const two[] = {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方",
                                      "皇甫", "令狐", "慕容", "尉迟", "尉遲", "公孙", "公孫", "夏侯", "端木",
                                      "司徒", "长孙", "長孫", "宇文", "申屠", "独孤", "獨孤"};
    static const char one[] =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
        "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
        "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
        "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪"
        "简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎"
        "甄丛仲虞敖巩明佘池查麻苑迟邝洪"
        "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴莊聶魯歐關蘭紀畢塗駱藍靳鮑華饒"
        "繆車項蘆婁竇黨費衛閔鄔邊師欒鞏鄺盧羅蔣魏喬龐顏寧";
    for (size_t k = 0; k < sizeof two / sizeof *two; k++) {
        size_t l = starts(cp, n, two[k]);
        if (l)
            return l;
    }
    if (n == 0)
        return 0;
    for (size_t i = 0; one[i];) {
        uint32_t c;
        int b = bl_utf8_decode((const unsigned char *)one + i, sizeof one - 1 - i, &c);
        if (b <= 0)
            return 0;
        if (c == cp[0])
            return 1;
        i += (size_t)b;
    }
    return 0;
}

static bool is_person_name(const uint32_t *cp, size_t n)
{
    size_t dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] == 0x00B7 || cp[i] == 0x30FB || cp[i] == 0x2022) {
            if (i == 0 || i + 1 == n || !bl_is_han(cp[i - 1]) || !bl_is_han(cp[i + 1]))
                return false;
            dots++;
        } else if (!bl_is_han(cp[i]) || cp[i] == 0x4EEC || cp[i] == 0x5011) { /* 们 們 */
            return false;
        }
    }
    if (dots)
        return n >= 4 && n <= 14;
    size_t s = surname_at(cp, n);
    return s && n - s >= 1 && n - s <= 2;
}

/* Whether cp[0, e) ends in a post's word: 长/長, 主任, 书记/書記, 主席,
 * 会计师/經濟師/工程师, 经理, 委员, 发言人, 主持人. */
static bool post_word_end(const uint32_t *cp, size_t e)
{
    if (e < 2)
        return false;
    uint32_t c = cp[e - 1], b = cp[e - 2];
    return c == 0x957F || c == 0x9577                                      /* 长 長 */
        || (b == 0x4E3B && c == 0x4EFB)                                    /* 主任 */
        || ((b == 0x4E66 || b == 0x66F8) && (c == 0x8BB0 || c == 0x8A18))  /* 书记 書記 */
        || (b == 0x4E3B && c == 0x5E2D)                                    /* 主席 */
        || ((b == 0x8BA1 || b == 0x8A08 || b == 0x6D4E || b == 0x6FDF || b == 0x7A0B)
            && (c == 0x5E08 || c == 0x5E2B))                               /* 计师 濟師 程师 */
        || ((b == 0x7ECF || b == 0x7D93) && c == 0x7406)                   /* 经理 經理 */
        || (b == 0x59D4 && (c == 0x5458 || c == 0x54E1))                   /* 委员 委員 */
        || (c == 0x4EBA && e >= 3 && (ends(cp, e, "发言人") || ends(cp, e, "發言人")
                                      || ends(cp, e, "主持人")));           /* 新闻发言人 主持人 */
}

/* A post and a name spaced apart (bl_p_is_speaker) whose name is a
 * person's (a surname opening it) or whose post ends in a post's word:
 * a headline of two clauses one space apart (…新闻发布会 引起轰动,
 * hkstv) is none.  A name read with its readings is taken as it is. */
static bool named_speaker(const uint32_t *cp, size_t n)
{
    if (!bl_p_is_speaker(cp, n))
        return false;
    n = junk_tail(cp, n);
    size_t sp = n;
    while (sp > 0 && !bl_p_is_space(cp[sp - 1]))
        sp--;
    size_t pe = sp;
    while (pe > 0 && bl_p_is_space(cp[pe - 1]))
        pe--;
    if (sp == 0 || pe == 0)
        return true;
    for (size_t i = sp; i < n; i++)
        if (!bl_is_han(cp[i]))
            return true;
    return is_person_name(cp + sp, n - sp) || post_word_end(cp, pe);
}

/* A speaker's post and name with no space between (省审计厅厅长胡章胜,
 * 區財政局副局長李明華, 县发展和改革局党组书记刘洋, 县委副书记、县长张国庆,
 * 县财政局总会计师王芳, 县审计局局长欧阳建国, 局长阿不都·热合曼): a post
 * ending 长/長, 主任, 书记/書記, 主席, 会计师/經濟師/工程师, 经理 or 委员,
 * two Han at least, 、 between in_posts, then a person's name with no post's
 * word in it (局长助理). */
static bool is_glued_speaker(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 34)
        return false;
    for (size_t e = 2; e + 2 <= n; e++) { /* the post is cp[0, e) */
        if (!bl_is_han(cp[e - 1]) || !bl_is_han(cp[e - 2]))
            continue;
        bool in_posts = true;
        for (size_t k = 0; k < e && in_posts; k++)
            in_posts = bl_is_han(cp[k]) || (cp[k] == 0x3001 && k > 0 && bl_is_han(cp[k - 1]));
        if (!in_posts)
            break; /* a later split keeps the same bad character */
        if (!post_word_end(cp, e))
            continue;
        bool plain = true; /* the name: no post's word in it */
        for (size_t k = e; k < n; k++)
            if (cp[k] == 0x957F || cp[k] == 0x9577 || cp[k] == 0x52A9 /* 助 */ || cp[k] == 0x526F /* 副 */)
                plain = false;
        if (plain && is_person_name(cp + e, n - e))
            return true;
    }
    return false;
}

/* The common surnames (simplified and traditional), so that a bracketed
 * word of two or three Han (【简介】, 【同期】) is no name. */
static bool common_surname(uint32_t c)
{
    static const char names[] =
        "李王张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹袁"
        "邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金"
        "陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文付严嚴陶施洪";
    size_t len = sizeof names - 1;
    for (size_t i = 0; i < len;) {
        uint32_t s;
        int b = bl_utf8_decode((const unsigned char *)names + i, len - i, &s);
        if (b <= 0)
            break;
        if (s == c)
            return true;
        i += (size_t)b;
    }
    return false;
}

/* Whether the UTF-8 of cp[0..n) stands twice or more in the input within
 * 4 KB of byte `off` either side (the line holding it once, the text's
 * introduction or an earlier turn the other time): a window, so that a
 * page of a hundred thousand bracketed words costs no walk of the whole
 * input for each. */
static bool twice_near(const parser *p, size_t off, const uint32_t *cp, size_t n)
{
    char s[64];
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (len + 4 > sizeof s)
            return false;
        len += (size_t)bl_utf8_encode(cp[i], s + len);
    }
    size_t from = off > 4096 ? off - 4096 : 0, to = off + 4096 + len;
    if (to > p->src_len)
        to = p->src_len;
    size_t count = 0;
    for (size_t at = from; len && at + len <= to; at++)
        if (p->src[at] == (unsigned char)s[0] && !memcmp(p->src + at, s, len)) {
            if (++count >= 2)
                return true;
            at += len - 1;
        }
    return false;
}

/* A transcript's turn opened by its speaker in brackets ([李曉超]女士們…,
 * 【主持人】：…, ［国家统计局新闻发言人 李晓超］…): the bracket holds a
 * role (…主持人, …记者, …发言人), a post and a name, a post glued to a
 * name, or a bare name of two to three Han with a common surname that
 * the text gives nearby (its introduction: 请…李晓超介绍…).  Sets the
 * name's range [*sf, *st) and returns where the words start (n: none
 * follow), 0 when the line opens no turn. */
static size_t bracketed_speaker(const parser *p, size_t off, const uint32_t *cp, size_t n, size_t *sf,
                                size_t *st)
{
    if (n < 4 || (cp[0] != '[' && cp[0] != 0x3010 && cp[0] != 0xFF3B))
        return 0;
    uint32_t close = cp[0] == '[' ? ']' : cp[0] == 0x3010 ? 0x3011 : 0xFF3D;
    size_t e = 1;
    while (e < n && e <= 31 && cp[e] != close)
        e++;
    if (e >= n || cp[e] != close || e < 3)
        return 0;
    const uint32_t *w = cp + 1;
    size_t m = e - 1;
    for (size_t i = 0; i < m; i++)
        if (!bl_is_han(w[i]) && !bl_p_is_space(w[i]) && w[i] != 0x00B7)
            return 0;
    if (!bl_is_han(w[0]) || !bl_is_han(w[m - 1]))
        return 0;
    bool role = ends(w, m, "主持人") || ends(w, m, "记者") || ends(w, m, "記者")
             || ends(w, m, "发言人") || ends(w, m, "發言人");
    bool name = han_only(w, m) && m >= 2 && m <= 3 && common_surname(w[0]) && twice_near(p, off, w, m);
    if (!role && !name && !bl_p_is_speaker(w, m) && !is_glued_speaker(w, m))
        return 0;
    *sf = 1;
    *st = e;
    size_t k = bl_p_skip_spaces(cp, n, e + 1);
    if (k < n && is_colon(cp[k]))
        k = bl_p_skip_spaces(cp, n, k + 1);
    return k;
}

/* A transcript's turn with its speaker run into the words, a colon
 * between (主持人(省生态环境厅宣教处处长杨正国):各位记者朋友,…, 记者:请问…,
 * 湖北日报记者:…, 发言人(…):…, and in a transcript a person's name,
 * 方芳:谢谢主持人。…): the speaker a role, perhaps its post and name in
 * parentheses after it, or with `transcript` a person's name; the words a
 * sentence (a mark of one in them), so that a byline of reporters
 * (记者:董瑞丰、李恒) is none, nor 注:, 附件:, 一是: or a page's field.
 * The index of the colon, 0 when the line opens no such turn. */
static size_t run_in_turn(const uint32_t *cp, size_t n, bool transcript)
{
    size_t h = 0;
    while (h < n && h <= 14 && bl_is_han(cp[h]))
        h++;
    if (h < 2 || h >= n || starts(cp, h, "各位") || starts(cp, h, "尊敬"))
        return 0;
    bool role = ends(cp, h, "主持人") || ends(cp, h, "记者") || ends(cp, h, "記者") || ends(cp, h, "发言人")
             || ends(cp, h, "發言人");
    if (!role) {
        if (!transcript || h > 4 || !is_person_name(cp, h))
            return 0;
        uint32_t f[8];
        memcpy(f, cp, h * sizeof *f);
        f[h] = ':';
        if (bl_p_is_meta_line(f, h + 1))
            return 0;
    }
    size_t i = h;
    if (cp[i] == '(' || cp[i] == 0xFF08) { /* the post and name: (省…处长杨正国) */
        size_t e = i + 1, han = 0;
        for (; e < n && e - i <= 40 && cp[e] != ')' && cp[e] != 0xFF09; e++) {
            if (is_colon(cp[e]) || bl_p_is_terminal(cp[e]))
                return 0;
            han += bl_is_han(cp[e]);
        }
        if (e >= n || e - i > 40 || han < 2)
            return 0;
        i = e + 1;
    }
    if (i >= n || !is_colon(cp[i]))
        return 0;
    size_t c = i, w = bl_p_skip_spaces(cp, n, c + 1), e = n;
    bool mark = false;
    for (size_t k = w; k < n; k++) {
        uint32_t m = cp[k];
        mark |= m == 0x3002 || m == 0xFF01 || m == 0xFF1F || m == '!' || m == '?' || m == 0xFF0C || m == ','
             || m == 0xFF1B || m == ';';
    }
    if (!mark || n - w < 4)
        return 0;
    /* a meeting's field: 会议主持人：区委常委、宣传部长王国华。 */
    while (e > w && (bl_p_is_terminal(cp[e - 1]) || cp[e - 1] == 0xFF0C || cp[e - 1] == ','))
        e--;
    if (bl_p_is_speaker(cp + w, e - w) || is_glued_speaker(cp + w, e - w) || is_person_name(cp + w, e - w))
        return 0;
    return c;
}

/* Whether a line of the text opens a transcript's turn by a role (主持人:,
 * 【主持人】, 国务院新闻办新闻局 寿小丽:): the text is a transcript. */
static bulletin_status text_has_turns(parser *p, bool *turns)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, sf, st;
    *turns = false;
    for (size_t i = 0; i < p->nlines && !*turns; i++) {
        if (p->lines[i].kind != LK_TEXT && p->lines[i].kind != LK_SPEAKER)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        *turns = run_in_turn(cp, n, false) || is_turn_speaker(cp, n) || turn_speaker_run_in(cp, n)
              || bracketed_speaker(p, p->lines[i].off, cp, n, &sf, &st);
    }
cleanup:
    return status;
}

static bool is_bare_name(const uint32_t *cp, size_t n)
{
    size_t han = 0;
    for (size_t i = 0; i < n; i++) {
        if (bl_is_han(cp[i]))
            han++;
        else if (!bl_p_is_space(cp[i]) && cp[i] != 0x00B7)
            return false;
    }
    return han >= 2 && han <= 4;
}

bool bl_p_is_caption(const uint32_t *cp, size_t n)
{
    size_t l = starts(cp, n, "表");
    if (!l)
        l = starts(cp, n, "附表");
    if (!l || l >= n || n > 80 || bl_p_is_stop(cp[n - 1]))
        return false;
    size_t i = l;
    while (i < n && (bl_p_is_digit(cp[i]) || date_digit(cp[i]) > 0 || cp[i] == '-' || cp[i] == '.'))
        i++;
    return i > l && (i == n || bl_p_is_space(cp[i]) || is_colon(cp[i]) || bl_is_han(cp[i]))
        && (i == n || is_colon(cp[i]) || !bl_p_caption_refers(cp, n, bl_p_skip_spaces(cp, n, i)));
}

bool bl_p_is_note(const uint32_t *cp, size_t n)
{
    /* (traditional too: 註, 說明, 資料來源, 數據來源, 備註, 單位) */
    static const char *const keys[] = {"注", "说明", "资料来源", "数据来源", "备注", "单位", "註", "說明", "資料來源",
                                       "數據來源", "備註", "備注", "單位"};
    if (n >= 3 && (cp[0] == '[' || cp[0] == 0x3010 || cp[0] == 0xFF3B) && bl_p_is_digit(cp[1]))
        return true;
    if (cp[0] >= 0x2460 && cp[0] <= 0x2473) /* ①..⑳ */
        return true;
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts(cp, n, keys[k]);
        if (!l)
            continue;
        while (l < n && (bl_p_is_digit(cp[l]) || (cp[l] >= 0x2460 && cp[l] <= 0x2473)))
            l++;
        if (l < n && is_colon(cp[l]))
            return true;
    }
    return false;
}

/* The name of a measure a table's column gives (面积, 播种面积, 總產, 单产,
 * 金額): a short word ending so, at cp[i, n); its end, or 0. */
static size_t measure_name_at(const uint32_t *cp, size_t n, size_t i)
{
    static const char *const ends_[] = {"面积", "面積", "产量", "產量", "总产", "總產", "单产", "單產", "亩产",
                                        "畝產", "数量", "數量", "金额", "金額", "价格", "價格", "产值", "產值",
                                        "重量", "人口", "总额", "總額", "价值", "價值", "容量", "体积", "體積"};
    /* a word of at most six characters, readings inside (總產(chǎn)) */
    size_t k = i, chars = 0, best = 0;
    while (k < n && chars < 6) {
        if (!bl_is_han(cp[k]))
            break;
        k++;
        chars++;
        k += bl_p_reading_at(cp, n, k);
        for (size_t e = 0; e < sizeof ends_ / sizeof *ends_; e++) {
            /* the word ends with the measure's name, readings aside */
            uint32_t w[8];
            size_t wn = 0;
            for (size_t q = i; q < k && wn < 8; q++) {
                size_t r = bl_p_reading_at(cp, k, q);
                if (r) {
                    q += r - 1;
                    continue;
                }
                w[wn++] = cp[q];
            }
            if (ends(w, wn, ends_[e]))
                best = k;
        }
    }
    return best;
}

/* cp[i, n) is units only (万亩, 萬(wàn)畝, 千公顷, 吨、千克, 元/公斤,
 * 总产:吨、单产:公斤): unit words, readings, separators, and measures'
 * names with their colons. */
static bool units_only(const uint32_t *cp, size_t n, size_t i)
{
    static const char *const units[] = {
        "万亩", "萬畝", "亩", "畝", "千公顷", "千公頃", "万公顷", "萬公頃", "公顷", "公頃", "平方公里", "平方千米",
        "万平方米", "萬平方米", "平方米", "万吨", "萬噸", "吨", "噸", "千克", "公斤", "万斤", "萬斤", "斤", "克",
        "万元", "萬元", "亿元", "億元", "千元", "百万元", "百萬元", "元", "万美元", "萬美元", "亿美元", "億美元",
        "美元", "万人", "萬人", "人次", "人", "个", "個", "户", "戶", "台", "臺", "辆", "輛", "头", "頭", "只",
        "件", "万千瓦时", "萬千瓦時", "亿千瓦时", "億千瓦時", "千瓦时", "千瓦時", "万千瓦", "萬千瓦", "千瓦",
        "亿立方米", "億立方米", "万立方米", "萬立方米", "立方米", "公里", "千米", "米", "%", "％", "‰"};
    /* the readings dropped (萬(wàn)畝 is 萬畝) */
    uint32_t w[48];
    size_t wn = 0;
    for (size_t q = i; q < n; q++) {
        size_t r = bl_p_reading_at(cp, n, q);
        if (r) {
            q += r - 1;
            continue;
        }
        if (wn == 48)
            return false;
        w[wn++] = cp[q];
    }
    cp = w;
    n = wn;
    i = 0;
    size_t words = 0;
    while (i < n) {
        uint32_t c = cp[i];
        if (bl_p_is_space(c) || c == 0x3001 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == '/') {
            i++;
            continue;
        }
        size_t m = measure_name_at(cp, n, i);
        if (m) {
            size_t j = bl_p_skip_spaces(cp, n, m);
            if (j < n && is_colon(cp[j])) {
                i = j + 1;
                continue;
            }
        }
        size_t best = 0;
        for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
            size_t l = starts(cp + i, n - i, units[u]);
            best = l > best ? l : best;
        }
        if (!best)
            return false;
        i += best;
        words++;
    }
    return words > 0;
}

/* A table's unit line, perhaps after the table's number: 单位:万元, 表一
 * 单位:公顷、吨, 表2 單位：億元, 计量单位：吨: the units are short and
 * name no office (单位：某某县财政局 is a form's field); or a measure's
 * units (面積:萬(wàn)畝, 单产：千克, 播种面积：千公顷): its units only. */
static bool is_unit_note(const uint32_t *cp, size_t n)
{
    {
        size_t m = measure_name_at(cp, n, 0);
        size_t c = m ? bl_p_skip_spaces(cp, n, m) : 0;
        if (m && c < n && is_colon(cp[c]) && n <= 40 && units_only(cp, n, c + 1))
            return true;
    }
    size_t i = starts(cp, n, "附表");
    if (!i)
        i = starts(cp, n, "表");
    if (i) {
        size_t d = i;
        while (i < n && (bl_p_is_digit(cp[i]) || date_digit(cp[i]) > 0 || cp[i] == '-' || cp[i] == '.'))
            i++;
        if (i == d)
            return false;
        i = bl_p_skip_spaces(cp, n, i);
    }
    size_t l = 0;
    static const char *const keys[] = {"单位", "單位", "计量单位", "計量單位"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys && !l; k++)
        l = starts(cp + i, n - i, keys[k]);
    if (!l)
        return false;
    i = bl_p_skip_spaces(cp, n, i + l);
    if (i >= n || !is_colon(cp[i]))
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    if (i >= n || n - i > 24 || has(cp + i, n - i, 0x3002) || bl_p_org_suffix(cp + i, n - i))
        return false;
    /* units are words: a number after them (单位：万元 2023年) is a
     * table's header, no note */
    for (size_t k = i; k < n; k++)
        if (bl_p_is_digit(cp[k]))
            return false;
    return true;
}

/* A newspaper's pointer to another of its pages, in parentheses:
 * (相关报道见A02版), （下转第二版）, （上接第一版）. */
static bool is_page_pointer(const uint32_t *cp, size_t n)
{
    if (n < 5 || n > 30 || (cp[0] != 0xFF08 && cp[0] != '(') || (cp[n - 1] != 0xFF09 && cp[n - 1] != ')')
        || cp[n - 2] != 0x7248) /* 版 */
        return false;
    for (size_t i = 1; i + 2 < n; i++)
        if (cp[i] == 0x89C1 || cp[i] == 0x8F6C || cp[i] == 0x63A5) /* 见 转 接 */
            return !has(cp, n, 0x3002);
    return false;
}

/* A closing note written whole in parentheses: (备注:收支增减幅度以万元为
 * 单位计算。), （注：…）, （说明：…）; the parentheses close at the end of
 * the line (a source credit, (资料来源:新华网), stays text). */
static bool is_parenthesised_note(const uint32_t *cp, size_t n)
{
    if (n < 5 || (cp[0] != 0xFF08 && cp[0] != '(') || (cp[n - 1] != 0xFF09 && cp[n - 1] != ')'))
        return false;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] == 0xFF08 || cp[i] == '(')
            depth++;
        else if ((cp[i] == 0xFF09 || cp[i] == ')') && --depth == 0 && i + 1 < n)
            return false;
    }
    static const char *const keys[] = {"注", "备注", "说明", "附注", "備註", "備注", "說明"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts(cp + 1, n - 2, keys[k]);
        if (l && l < n - 2 && is_colon(cp[1 + l]))
            return true;
    }
    return false;
}

/* A 版记's copy line: the offices a document is copied to (抄送：县财政局、
 * 自然资源局。, 抄报:市政府办公室, 抄送單位：…, 分送：…), the label's colon
 * written or a space in its place (抄送 县委办公室，县人大办公室). */
static bool is_copy_line(const uint32_t *cp, size_t n)
{
    static const char *const keys[] = {"抄送", "抄报", "抄報", "抄发", "抄發", "分送"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts(cp, n, keys[k]);
        if (!l)
            continue;
        /* 抄送机关, 抄送单位: the label with its noun */
        if (l + 2 < n && (starts(cp + l, n - l, "机关") || starts(cp + l, n - l, "機關")
                          || starts(cp + l, n - l, "单位") || starts(cp + l, n - l, "單位")))
            l += 2;
        size_t i = bl_p_skip_spaces(cp, n, l);
        if (i < n && is_colon(cp[i]))
            i = bl_p_skip_spaces(cp, n, i + 1);
        else if (i == l)
            return false; /* 抄送市财政局备案: a sentence */
        return i < n && (bl_is_han(cp[i]) || cp[i] == '*' || cp[i] == 0xFF0A || cp[i] == 'X'
                         || cp[i] == 0xFF08 || cp[i] == '(');
    }
    return false;
}

/* A 版记's print line: the printing office, perhaps, then the day it
 * printed (弋阳县人民政府办公室秘书科 2015年3月5日印发, 2007年12月13日印发). */
static bool is_print_line(const uint32_t *cp, size_t n)
{
    size_t e = n;
    if (n > 60)
        return false;
    if (ends(cp, e, "印发") || ends(cp, e, "印發"))
        e -= 2;
    else if (ends(cp, e, "印"))
        e -= 1;
    else
        return false;
    while (e > 0 && bl_p_is_space(cp[e - 1]))
        e--;
    for (size_t k = 0; k + 8 <= e; k++) {
        if (date_digit(cp[k]) < 0 || (k > 0 && date_digit(cp[k - 1]) >= 0))
            continue;
        int y, m, d;
        size_t st;
        if (bl_p_is_date(cp + k, e - k, &y, &m, &d, &st))
            return true;
    }
    return false;
}

/* A copy line's label alone, its list on the next line (抄送：). */
static bool copy_label_alone(const uint32_t *cp, size_t n)
{
    static const char *const keys[] = {"抄送", "抄报", "抄報", "抄发", "抄發", "分送"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = starts(cp, n, keys[k]);
        if (l && bl_p_skip_spaces(cp, n, l) + 1 == n && is_colon(cp[n - 1]))
            return true;
    }
    return false;
}

/* A copy line wrapped as a PDF's text wraps it (抄送：县委办公室，县人大常委
 * 会办公室， / 县政协办公室。), or its label alone over its list (抄送： /
 * 县委办公室。): one NOTE, the next line joined to it, unless that line
 * is the print line (…办公室 2021年5月12日印发). */
static bulletin_status join_copy_lines(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_NOTE && p->lines[i].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        bool alone = p->lines[i].kind == LK_TEXT && copy_label_alone(cp, n);
        if (!alone && !(p->lines[i].kind == LK_NOTE && is_copy_line(cp, n)))
            continue;
        uint32_t last = cp[n - 1];
        if (!alone && last != 0x3001 && last != 0xFF0C && last != ',')
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines || j - i > 2 || p->lines[j].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        if (b - a == 0 || b - a > 80 || is_print_line(p->cur.cp + a, b - a)
            || is_copy_line(p->cur.cp + a, b - a))
            continue;
        p->lines[i].kind = LK_NOTE;
        p->lines[i].join = 1;
        p->lines[j].kind = LK_SKIP;
        i = j;
    }
cleanup:
    return status;
}

bool bl_p_is_pub_note(const uint32_t *cp, size_t n)
{
    return n >= 4 && (cp[0] == 0xFF08 || cp[0] == '(') && starts(cp + 1, n - 1, "此件");
}

bool bl_p_ends_with_title_word(const uint32_t *cp, size_t n)
{
    static const char *const words[] = {
        "通知", "通报", "公报", "报告", "意见", "办法", "决定", "规定", "方案", "函", "公示",
        "公告", "通告", "批复", "请示", "纪要", "规划", "细则", "条例", "答复", "决议", "预案",
        "要点", "计划", "总结", "讲话", "（试行）", "(试行)", "指南", "措施", "名单", "章程",
        "简报", "建议", "命令", "议案", "提案", "安排", "公开信", "倡议书",
        "发布会", "發佈會", "發布會", "通報", "報告", "決定", "辦法", "規定", "規劃",
        /* traditional forms (big5 gateways, zh-tw mirrors) */
        "意見", "公報", "批復", "批覆", "請示", "紀要", "細則", "條例", "答覆", "決議", "預案",
        "計劃", "總結", "講話", "（試行）", "(試行)", "名單", "簡報", "議案", "綱要"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (ends(cp, n, words[k]))
            return true;
    return false;
}

/* ========================================================================
 * In context
 * ====================================================================== */

static bool han_only(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return false;
    return true;
}

static bool han_free(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (bl_is_han(cp[i]))
            return false;
    return true;
}


/* A page's field line: 标题:…, 名称:…, 文号:…, 发文机关:…, 成文日期:…
 * (a metadata block's field, never a document's title or signature). */
static bool field_line(const uint32_t *cp, size_t n)
{
    static const char *const named[] = {"标题", "標題", "名称", "名稱", "题名", "題名"};
    return bl_p_is_meta_line(cp, n) || key_colon(cp, n, named, sizeof named / sizeof *named);
}

/* After a signed document, the next one's title right over its 文号 (…的批复
 * / 国函〔1999〕141号), perhaps set on two lines with a blank line between
 * (國務院關於同意陝西省 / 撤銷榆林地區設立地級榆林市的批覆): line t (and
 * line t0 over it) its DOCTITLE.  Not a page's field line (标题:…的批复
 * over 发文字号:国函〔2014〕86号): a field, its value the title. */
static bulletin_status next_title_over_docnumber(parser *p, size_t t, size_t t0)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, t, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    if (field_line(cp, b - a))
        return BULLETIN_OK;
    size_t n = 0;
    /* read without a converter's pinyin readings (…的復(fù)函) */
    uint32_t read[160];
    if (b - a > sizeof read / sizeof *read)
        return BULLETIN_OK;
    for (size_t k = 0; k < b - a;) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, b - a, k) : 0;
        if (r) {
            k += r;
            continue;
        }
        read[n++] = cp[k++];
    }
    if (n < 4 || n > 60 || !bl_p_ends_with_title_word(read, n) || has(read, n, 0x3002) || has(read, n, 0xFF0C)
        || has(read, n, ','))
        return BULLETIN_OK;
    p->lines[t].kind = LK_DOCTITLE;
    if (t0 >= p->nlines || t - t0 > 2 || p->lines[t0].kind != LK_TEXT)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, t0, &a, &b));
    cp = p->cur.cp + a;
    size_t m = b - a;
    bool about = false;
    for (size_t k = 0; k + 1 < m && !about; k++)
        about = (cp[k] == 0x5173 || cp[k] == 0x95DC) && (cp[k + 1] == 0x4E8E || cp[k + 1] == 0x65BC);
    if (m >= 4 && m <= 30 && m + n <= 80 && han_only(cp, m) && !bl_p_ends_with_title_word(cp, m)
        && (about || bl_p_is_org(cp, m))) {
        p->lines[t0].kind = LK_DOCTITLE;
        p->lines[t0].join = 1;
        p->lines[t].kind = LK_SKIP;
    }
cleanup:
    return status;
}

/* A teaching page's line of the labels of a document's parts, in brackets
 * under them ((发文机关) (发文事由) (文种), perhaps with a converter's
 * readings): two of the labels at least, read in its Han characters. */
static bool is_parts_annotation(const uint32_t *cp, size_t n)
{
    uint32_t h[64];
    size_t m = 0;
    bool bracket = false;
    for (size_t k = 0; k < n; k++) {
        bracket |= cp[k] == '(' || cp[k] == 0xFF08;
        if (bl_is_han(cp[k])) {
            if (m == sizeof h / sizeof *h)
                return false;
            h[m++] = cp[k];
        }
    }
    static const char *const labels[] = {"发文机关", "發文機關", "发文事由", "發文事由", "文种", "文種", "主送机关", "主送機關"};
    size_t found = 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        for (size_t q = 2; q <= m; q++)
            if (ends(h, q, labels[k])) {
                found++;
                break;
            }
    }
    return bracket && found >= 2;
}

/* An example document in a page's body (a teaching page's 复函): its title
 * right over its 文号 at d, or over a line of its parts' labels over it
 * (國務院辦公廳關于…的復函 / (發文機關) (發文事由) (文種) / 國辦函〔2003〕75號),
 * the salutation under the 文号: the title is its DOCTITLE. */
static bulletin_status example_title_over_docnumber(parser *p, size_t d, size_t prev, size_t before)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, s = bl_p_next_nonblank(p, d + 1);
    if (s >= p->nlines || s - d > 2 || (p->lines[s].kind != LK_SALUTATION && p->lines[s].kind != LK_TEXT))
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, s, &a, &b));
    if (p->lines[s].kind == LK_TEXT && !bl_p_is_salutation(p->cur.cp + a, b - a))
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, prev, &a, &b));
    size_t t = prev;
    if (is_parts_annotation(p->cur.cp + a, b - a)) {
        if (before >= p->nlines || prev - before > 2 || p->lines[before].kind != LK_TEXT)
            return BULLETIN_OK;
        t = before;
    }
    BL_CHECK(next_title_over_docnumber(p, t, p->nlines));
cleanup:
    return status;
}

/* After a publication's contents, the report's own title over its
 * subtitle (关于云溪区2022年决算草案和2023年上半年预算执行情况的报告 /
 * ——2023年8月29日在……会议上): the line above the subtitle at i, when it
 * starts with 关于 and ends with 报告, is its DOCTITLE. */
static bulletin_status report_title_above(parser *p, size_t i)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, t = i;
    while (t > 0 && p->lines[t - 1].kind == LK_BLANK)
        t--;
    if (t == 0 || p->lines[t - 1].kind != LK_TEXT)
        return BULLETIN_OK;
    t--;
    BL_CHECK(bl_p_decode_trimmed(p, t, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    size_t n = b - a;
    if (n >= 6 && n <= 80 && cp[0] == 0x5173 /* 关 */ && cp[1] == 0x4E8E /* 于 */ && ends(cp, n, "报告"))
        p->lines[t].kind = LK_DOCTITLE;
cleanup:
    return status;
}

/* A title's last line that ends in its status in parentheses (委托建设项目
 * 实施办法(试行), 管理暂行办法（2012年修订）): Han ending like a title, then
 * at most ten characters in parentheses. */
static bool title_then_status(const uint32_t *cp, size_t n)
{
    if (n < 6 || (cp[n - 1] != 0xFF09 && cp[n - 1] != ')'))
        return false;
    size_t o = n - 1;
    while (o > 0 && n - o <= 12 && cp[o - 1] != 0xFF08 && cp[o - 1] != '(')
        o--;
    if (o < 2 || n - o > 11 || (cp[o - 1] != 0xFF08 && cp[o - 1] != '('))
        return false;
    return o - 1 >= 4 && han_only(cp, o - 1) && bl_p_ends_with_title_word(cp, o - 1);
}

/* A translation of a title into a language of Latin letters: no Han,
 * at most 300 characters, three words or more, letters the most of it (Bureau of Statistics: From
 * January to July 2018, the profits …, Oficina de Estadísticas: …). */
static bool latin_translation(const uint32_t *cp, size_t n)
{
    size_t letters = 0, words = 0, other = 0;
    bool in_word = false;
    /* a title's length, not a paragraph's (the trilingual's is 150) */
    if (n > 300)
        return false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        bool letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
        if (bl_p_is_cjk(c) && !is_colon(c) && c != 0xFF0C)
            return false;
        if (letter) {
            letters++;
            if (!in_word)
                words++;
        } else if (!bl_p_is_space(c)) {
            other++;
        }
        in_word = letter;
    }
    return words >= 3 && letters >= 12 && letters > 2 * other;
}

/* A document's 题注 under its title, in parentheses, no sentence: its
 * draft's status, or who drafted, revised, adopted or approved it
 * ((草案修改二稿征求意见稿), (2010年12月14日省政府第76次常务会议通过));
 * at most max characters besides spaces. */
static bool is_headnote(const uint32_t *cs, size_t cn, size_t max)
{
    size_t spaces = 0;
    for (size_t k = 0; k < cn; k++)
        spaces += bl_p_is_space(cs[k]);
    return cn >= 4 && cn - spaces <= max && (cs[0] == 0xFF08 || cs[0] == '(')
        && (cs[cn - 1] == 0xFF09 || cs[cn - 1] == ')') && !has(cs, cn, 0x3002)
        && (has_str(cs, cn, "草案") || has_str(cs, cn, "征求意见稿") || has_str(cs, cn, "送审稿")
            || has_str(cs, cn, "讨论稿") || has_str(cs, cn, "修订") || has_str(cs, cn, "拟订")
            || has_str(cs, cn, "会议通过") || (max > 40 && has_str(cs, cn, "会议批准")));
}

/* A date at cp[i] (2021-02-27, 2021/2/27, 2021年2月27日) in a page's
 * record line: its end, v[] its year, month and day; 0 when none. */
static size_t record_date_at(const uint32_t *cp, size_t n, size_t i, int v[3])
{
    size_t e = iso_date_at(cp, n, i, v);
    if (!e && i + 8 <= n && n - i < 64) {
        /* dotted, after a date's label: 2021.02.27 */
        uint32_t dashed[64];
        size_t m = 0;
        for (size_t k = i; k < n; k++)
            dashed[m++] = cp[k] == '.' ? '-' : cp[k];
        e = iso_date_at(dashed, m, 0, v);
        e = e && cp[i + 4] == '.' ? i + e : 0;
    }
    if (!e) {
        size_t t = i;
        while (t < n && t < i + 12 && cp[t] != 0x65E5) /* 日 */
            t++;
        size_t st;
        if (t < n && cp[t] == 0x65E5 && bl_p_is_date(cp + i, t + 1 - i, &v[0], &v[1], &v[2], &st) && st == 0)
            e = t + 1;
    }
    if (!e || v[0] < 1900 || v[0] > 2199 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    return e;
}

/* A page's field name at cp[i] (来源, 发布时间, 作者, 浏览次数, …): its
 * length, *date whether it names a date; 0 when none. */
static size_t page_field_name(const uint32_t *cp, size_t n, size_t i, bool *date)
{
    static const struct {
        const char *const *names;
        size_t n;
        bool date;
    } tables[] = {{page_source_names, sizeof page_source_names / sizeof *page_source_names, false},
                  {page_date_labels, sizeof page_date_labels / sizeof *page_date_labels, true},
                  {page_other_fields, sizeof page_other_fields / sizeof *page_other_fields, false}};
    for (size_t t = 0; t < sizeof tables / sizeof *tables; t++)
        for (size_t k = 0; k < tables[t].n; k++) {
            size_t l = starts(cp + i, n - i, tables[t].names[k]);
            if (l) {
                *date = tables[t].date;
                return l;
            }
        }
    return 0;
}

/* A line of a page's fields under its title, opening with one of them
 * and holding two or more (来源: 财政局 发布时间:2021-02-27 16:29 累计次数:,
 * 作者：张明 来源：财政局 发布时间：…, 浏览次数：35 来源：… 发布时间：…,
 * 稿源：县政府办　更新时间：2021年2月27日, 發布單位：縣財政局 發佈時間：…):
 * each field's name at the line's start or after a space, then its colon;
 * a date's label may lose its colon before a space (发布时间 2021-02-27).
 * True with the date after the first date label that has one. */
static bool page_fields_record_date(const uint32_t *cp, size_t n, int v[3])
{
    size_t fields = 0;
    bool dated = false;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && !(bl_p_is_space(cp[i - 1]) || cp[i - 1] == 0x3000))
            continue;
        if (!bl_is_han(cp[i]))
            continue;
        bool date = false;
        size_t l = page_field_name(cp, n, i, &date);
        size_t q = l ? bl_p_skip_spaces(cp, n, i + l) : i;
        bool colon = l && q < n && is_colon(cp[q]);
        /* 发布时间 2021-02-27: a date label's lost colon */
        bool bare = l && date && !colon && q > i + l && q < n && record_date_at(cp, n, q, (int[3]){0}) > 0;
        if (!colon && !bare) {
            if (i == 0)
                return false; /* the line opens with no field */
            continue;
        }
        fields++;
        if (date && !dated) {
            q = colon ? bl_p_skip_spaces(cp, n, q + 1) : q;
            dated = q < n && record_date_at(cp, n, q, v) > 0;
        }
        i = q;
    }
    return fields >= 2 && dated;
}

/* The date of a page's record line under the title: a date (2022-07-11,
 * 2016/12/13, 2023年03月05日), perhaps after a label (发布时间：,
 * 时间:), then the page's source (2022-07-11 17:13:55來源:國家統計局,
 * 发布时间:2024-11-18 13:32:22 来源: sp20241118, 2016-12-13 06:28:00
 * 来源网站:百味书屋), or the source first and the date after its label
 * (来源: 财政局 发布时间:2021-02-27 16:29): true with the date.  No
 * sentence. */
/* A time after a record line's date at cp[i] (spaces before it
 * allowed): 21:14, 21:14:45; its end, else i. */
static size_t record_time_end(const uint32_t *cp, size_t n, size_t i)
{
    size_t c = bl_p_skip_spaces(cp, n, i), parts = 0;
    for (;;) {
        size_t q = c;
        while (c < n && bl_p_is_digit(cp[c]) && c - q < 2)
            c++;
        if (c == q || c - q < 2 - (parts == 0))
            return parts >= 2 ? c : i;
        parts++;
        if (parts < 3 && c + 1 < n && is_colon(cp[c]) && bl_p_is_digit(cp[c + 1]))
            c++;
        else
            return parts >= 2 ? c : i;
    }
}

/* The labels of a page's posting date alone on its record line
 * (发表于:2022-07-26 21:14:45, 發表於：…, 发布于 2022-07-26, 发布时间：…):
 * those ending in 于/於 need no colon.  No document's own date (成文日期,
 * 发文日期). */
static const char *const posting_labels[] = {"发表于", "發表於", "发布于", "發布於", "發佈於", "更新于", "更新於",
                                             "发表时间", "發表時間", "发表日期", "發表日期", "发布时间",
                                             "发布日期", "發布時間", "發佈時間", "發布日期", "發佈日期",
                                             "更新日期", "更新时间", "更新時間"};

/* A page's posting date alone on its record line, after its label: the
 * date, perhaps its time, nothing after them. */
static bool posting_line_date(const uint32_t *cp, size_t n, int v[3])
{
    for (size_t k = 0; k < sizeof posting_labels / sizeof *posting_labels; k++) {
        size_t l = starts(cp, n, posting_labels[k]);
        if (!l)
            continue;
        bool yu = cp[l - 1] == 0x4E8E || cp[l - 1] == 0x65BC; /* 于 於 */
        size_t q = bl_p_skip_spaces(cp, n, l);
        if (q < n && is_colon(cp[q]))
            q = bl_p_skip_spaces(cp, n, q + 1);
        else if (!yu)
            return false;
        size_t e = q < n ? record_date_at(cp, n, q, v) : 0;
        return e && bl_p_skip_spaces(cp, n, record_time_end(cp, n, e)) == n;
    }
    return false;
}

/* The words after a dateline's time name its source (人民网, 中國新聞網,
 * 新华社, 某某日报, 县融媒体中心, 某某縣人民政府, 央视新闻, 浙江卫视): they end
 * like a press, a site or an organ, or are an office's name; a clause
 * (开始统计, 召开会议) is none. */
static const char *const source_ends[] = {"网", "網", "报", "報", "社", "台", "中心", "新闻", "新聞", "卫视", "衛視",
                                          "频道", "頻道", "客户端", "客戶端", "政府", "局", "委", "办", "辦",
                                          "在线", "在線", "杂志", "雜誌", "周刊", "週刊", "号", "號"};

static bool names_a_source(const uint32_t *cp, size_t n)
{
    for (size_t k = 0; k < sizeof source_ends / sizeof *source_ends; k++)
        if (ends(cp, n, source_ends[k]))
            return true;
    return bl_p_is_org(cp, n);
}

/* A news page's dateline under its headline: the date, its time, then
 * the source's name, one word of Han or letters and no label
 * (2019年10月21日 18:44 中国新闻网, 2019-10-21 18:44:05 中國新聞網). */
static bool dateline_with_source(const uint32_t *cp, size_t n, int v[3])
{
    if (n == 0 || !bl_p_is_digit(cp[0]))
        return false;
    size_t e = record_date_at(cp, n, 0, v);
    size_t t = e ? record_time_end(cp, n, e) : 0;
    if (!e || t == e)
        return false;
    size_t s = bl_p_skip_spaces(cp, n, t), han = 0;
    if (s == t)
        return false;
    for (size_t k = s; k < n; k++) {
        if (bl_is_han(cp[k]))
            han++;
        else if (!((cp[k] >= 'A' && cp[k] <= 'Z') || (cp[k] >= 'a' && cp[k] <= 'z') || cp[k] == 0x00B7))
            return false;
    }
    return han >= 2 && n - s <= 16 && names_a_source(cp + s, n - s);
}

/* A dateline's DATE keeps the space between its time and its source
 * (2019年10月21日 18:44 中国新闻网 -> …18:44　中国新闻网), as a labelled
 * record line keeps it before 来源: one 　 where the source's first Han
 * character stands apart from the time's last digit. */
static bulletin_status dateline_source_space(parser *p, bulletin_node *node)
{
    size_t n = node->ncols, gap = 0, at = 0, gap_at = 0;
    if (node->linemap || n < 2 || !node->colmap)
        return BULLETIN_OK;
    const unsigned char *s = (const unsigned char *)node->text;
    uint32_t prev = 0;
    for (size_t i = 0; i < n && at < node->len; i++) {
        uint32_t c;
        int len = bl_utf8_decode(s + at, node->len - at, &c);
        if (len <= 0)
            len = 1, c = s[at];
        if (i > 0 && bl_is_han(c) && bl_p_is_digit(prev) && node->colmap[i] > node->colmap[i - 1] + 1)
            gap = i, gap_at = at;
        prev = c;
        at += (size_t)len;
    }
    if (!gap)
        return BULLETIN_OK;
    char *text = bl_calloc(p->mem, node->len + 4, 1);
    int *colmap = bl_calloc(p->mem, n + 2, sizeof *colmap);
    if (!text || !colmap) {
        bl_free(p->mem, text);
        bl_free(p->mem, colmap);
        return BULLETIN_ERR_NOMEM;
    }
    memcpy(text, node->text, gap_at);
    size_t w = gap_at + (size_t)bl_utf8_encode(0x3000, text + gap_at);
    memcpy(text + w, node->text + gap_at, node->len - gap_at);
    w += node->len - gap_at;
    memcpy(colmap, node->colmap, gap * sizeof *colmap);
    colmap[gap] = node->colmap[gap - 1] + 1;
    memcpy(colmap + gap + 1, node->colmap + gap, (n + 1 - gap) * sizeof *colmap);
    bl_free(p->mem, node->text);
    bl_free(p->mem, node->colmap);
    node->text = text;
    node->len = w;
    node->colmap = colmap;
    node->ncols = n + 1;
    return BULLETIN_OK;
}

/* A site's chrome over a page's headline: its name alone, short, all Han
 * (图书馆, 圖書館), or a line of opening hours (绍兴杨汛桥校区  8:00—21:00,
 * 總館 8:00-22:00): no clause's mark.  Only ever asked of the lines over a
 * headline that a record line follows (record_line_dates, title.c). */
bool bl_p_is_chrome_line(const uint32_t *cp, size_t n)
{
    if (n == 0 || n > 24)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';'
            || cp[i] == 0x3001 || cp[i] == 0xFF01 || cp[i] == 0xFF1F)
            return false;
    if (n <= 5) {
        size_t i = 0;
        while (i < n && bl_is_han(cp[i]))
            i++;
        if (i == n && n >= 2)
            return true;
    }
    /* N:NN, a dash (—, –, -, ~, ～, 至), N:NN */
    for (size_t i = 0; i + 3 < n; i++) {
        if (!bl_p_is_digit(cp[i]) || (i > 0 && bl_p_is_digit(cp[i - 1])))
            continue;
        size_t k = i + 1;
        if (k < n && bl_p_is_digit(cp[k]))
            k++;
        if (k + 2 >= n || (cp[k] != ':' && cp[k] != 0xFF1A) || !bl_p_is_digit(cp[k + 1]) || !bl_p_is_digit(cp[k + 2]))
            continue;
        k += 3;
        if (k >= n || (cp[k] != 0x2014 && cp[k] != 0x2013 && cp[k] != '-' && cp[k] != '~' && cp[k] != 0xFF5E
                       && cp[k] != 0x81F3 && cp[k] != 0xFF0D))
            continue;
        while (k < n && (cp[k] == 0x2014 || cp[k] == 0x2013))
            k++;
        if (k < n && (cp[k] == '-' || cp[k] == '~' || cp[k] == 0xFF5E || cp[k] == 0x81F3 || cp[k] == 0xFF0D))
            k++;
        size_t h = k;
        while (k < n && bl_p_is_digit(cp[k]) && k - h < 2)
            k++;
        if (k > h && k + 2 < n && (cp[k] == ':' || cp[k] == 0xFF1A) && bl_p_is_digit(cp[k + 1])
            && bl_p_is_digit(cp[k + 2]))
            return true;
    }
    return false;
}

/* The date of a record line; *alone (when alone is not NULL): the date
 * alone after its label, or the dateline (no field of the page's besides). */
static bool record_line_date(const uint32_t *cp, size_t n, int *y, int *m, int *d, bool *alone)
{
    bool alone_ = false;
    if (!alone)
        alone = &alone_;
    *alone = false;
    if (n < 12 || n > 100 || has(cp, n, 0x3002) || has(cp, n, 0xFF0C))
        return false;
    int sv[3];
    if (page_fields_record_date(cp, n, sv)) {
        *y = sv[0], *m = sv[1], *d = sv[2];
        return true;
    }
    if (posting_line_date(cp, n, sv) || dateline_with_source(cp, n, sv)) {
        *y = sv[0], *m = sv[1], *d = sv[2];
        *alone = true;
        return true;
    }
    for (size_t i = 0; i < n && i < 16; i++) {
        if (!bl_p_is_digit(cp[i]) || (i > 0 && bl_p_is_digit(cp[i - 1])))
            continue;
        int v[3];
        size_t e = record_date_at(cp, n, i, v);
        if (!e)
            return false;
        for (size_t k = e; k + 1 < n; k++)
            if ((cp[k] == 0x6765 || cp[k] == 0x4F86) && cp[k + 1] == 0x6E90) { /* 来源 來源 */
                *y = v[0], *m = v[1], *d = v[2];
                return true;
            }
        return false;
    }
    return false;
}

/* A page's record line of its posting and its source only: the date
 * opening it, a time perhaps, then its source field of one word
 * (来源:今日长子, 來源：縣政府辦) and perhaps a repost's mark (转载, 原创),
 * nothing else (a law site's 作者, 阅读 … after it: the site's).  True
 * with the date. */
static bool dated_source_record(const uint32_t *cp, size_t n, int *y, int *m, int *d)
{
    int v[3];
    size_t k = n < 12 || n > 60 ? 0 : record_date_at(cp, n, 0, v);
    if (!k)
        return false;
    k = bl_p_skip_spaces(cp, n, k);
    /* a time: 08:48:53, 9:20 */
    size_t c = k, parts = 0;
    for (;;) {
        size_t q = c;
        while (c < n && bl_p_is_digit(cp[c]) && c - q < 2)
            c++;
        if (c == q)
            break;
        parts++;
        if (c + 1 < n && is_colon(cp[c]) && bl_p_is_digit(cp[c + 1]))
            c++;
        else
            break;
    }
    if (parts >= 2)
        k = bl_p_skip_spaces(cp, n, c);
    else if (c > k)
        return false;
    size_t l = 0;
    for (size_t q = 0; q < sizeof page_source_names / sizeof *page_source_names && !l; q++)
        l = starts(cp + k, n - k, page_source_names[q]);
    if (!l || k + l >= n || !is_colon(cp[k + l]))
        return false;
    size_t w = bl_p_skip_spaces(cp, n, k + l + 1), v0 = w;
    while (w < n && !bl_p_is_space(cp[w]) && !is_colon(cp[w]))
        w++;
    if (w == v0 || w - v0 > 20 || (w < n && is_colon(cp[w])))
        return false;
    w = bl_p_skip_spaces(cp, n, w);
    static const char *const marks[] = {"转载", "轉載", "原创", "原創"};
    for (size_t q = 0; q < sizeof marks / sizeof *marks && w < n; q++) {
        size_t ml = starts(cp + w, n - w, marks[q]);
        if (ml)
            w = bl_p_skip_spaces(cp, n, w + ml);
    }
    if (w != n)
        return false;
    *y = v[0], *m = v[1], *d = v[2];
    return true;
}

/* The text's own date: a DATE line, or a page's 成文日期 field.  When it
 * has none, the date of the page's record line under its title is its
 * DATE (convention decided by the lead, 2026-12-06): a news page's
 * posting is its date.  Not when the document starts again under the
 * record line, its title repeated (a law site's copy: the posting date is
 * the site's, years after the document). */
static bulletin_status record_line_dates(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    int y, m, d;
    size_t own = p->nlines; /* the text's own DATE */
    for (size_t i = 0; i < p->nlines && own == p->nlines; i++) {
        if (p->lines[i].kind == LK_DATE)
            own = i;
        if (p->lines[i].kind == LK_BLANK || own < p->nlines)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (starts(p->cur.cp + a, b - a, "成文日期"))
            return BULLETIN_OK;
    }
    size_t first = bl_p_next_nonblank(p, 0), rec = p->nlines, chrome = 0;
    bool fields = false;
    for (size_t i = first, k = 0; i < p->nlines && k < 4; i = bl_p_next_nonblank(p, i + 1)) {
        /* a headline's deck, a speech's 题注 (wrapped: its lines after the
         * first already taken) and its speaker over the record line: not
         * counted among the lines looked at */
        if (p->lines[i].kind == LK_SUBTITLE || p->lines[i].kind == LK_SPEAKER || p->lines[i].kind == LK_SKIP)
            continue;
        if (p->lines[i].kind != LK_TEXT || p->lines[i].flat)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        /* a site's chrome at the top (图书馆 / 校区 8:00—21:00): not
         * counted either */
        if (k == 0 && chrome < 6 && bl_p_is_chrome_line(p->cur.cp + a, b - a)) {
            chrome++;
            continue;
        }
        k++;
        bool alone;
        /* a posting date alone or a dateline under a breadcrumb or the
         * headline's repeat (发表于:…, 2019年10月21日 18:44 中国新闻网),
         * not under a line of the page's fields (来源:州人大 作者:…) */
        /* the text dated below: only a record line of the page's posting
         * and its source (2019-01-29 08:48:53 来源:今日长子 转载, changzi) */
        if (own < p->nlines) {
            if (i > own)
                break;
            if (dated_source_record(p->cur.cp + a, b - a, &y, &m, &d)) {
                rec = i;
                break;
            }
            continue;
        }
        if (record_line_date(p->cur.cp + a, b - a, &y, &m, &d, &alone) && !(alone && fields)) {
            rec = i;
            break;
        }
        fields |= bl_p_is_meta_line(p->cur.cp + a, b - a);
    }
    if (rec >= p->nlines && own < p->nlines)
        return BULLETIN_OK;
    if (rec >= p->nlines) {
        /* the record after the headline on the title's line (2022年9月社會
         * 消費品零售總額 2022-10-25 來源:市統計局) */
        if (first < p->nlines && p->lines[first].kind == LK_TEXT && !p->lines[first].flat) {
            BL_CHECK(bl_p_decode_trimmed(p, first, &a, &b));
            size_t k = bl_p_page_record_at(p->cur.cp, a, b);
            p->record_in_title = k < b && record_line_date(p->cur.cp + k, b - k, &y, &m, &d, NULL);
        }
        return BULLETIN_OK;
    }
    if (rec > first) {
        /* the title repeated under the record line: a document copied */
        BL_CHECK(bl_p_decode_trimmed(p, first, &a, &b));
        uint32_t title[80];
        size_t tn = b - a;
        if (tn >= 6 && tn <= 80) {
            memcpy(title, p->cur.cp + a, tn * sizeof *title);
            for (size_t i = bl_p_next_nonblank(p, rec + 1), k = 0; i < p->nlines && k < 4;
                 i = bl_p_next_nonblank(p, i + 1), k++) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                if (b - a == tn && memcmp(title, p->cur.cp + a, tn * sizeof *title) == 0)
                    return BULLETIN_OK;
            }
        }
    }
    p->lines[rec].kind = LK_DATE;
    p->record_dated = rec + 1;
cleanup:
    return status;
}

/* A row of a page's metadata set as a table (索引号: | 1133…/2019-103308 |
 * 成文日期: | 2019-11-26 |, | 发布机构 | 衢州市审计局 |): its first cell is
 * a page's field label, its colon there or not. */
static bulletin_status meta_row(parser *p, size_t i, bool *meta)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *meta = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    size_t n = b - a, s = 0;
    if (n && (cp[0] == '|' || cp[0] == 0xFF5C))
        s = bl_p_skip_spaces(cp, n, 1);
    size_t e = s;
    while (e < n && cp[e] != '|' && cp[e] != 0xFF5C)
        e++;
    if (e >= n)
        return BULLETIN_OK;
    while (e > s && bl_p_is_space(cp[e - 1]))
        e--;
    uint32_t cell[24];
    if (e - s < 2 || e - s + 1 > sizeof cell / sizeof *cell)
        return BULLETIN_OK;
    memcpy(cell, cp + s, (e - s) * sizeof *cell);
    size_t m = e - s;
    bool colon = is_colon(cell[m - 1]);
    if (!colon)
        cell[m++] = 0xFF1A;
    /* a cell of a field's label with its own colon is a field, also the
     * words a page lists only as fields (| 标题: | …的报告 |, | 名称: | …
     * |, yongchuan): a data table's 名称 has no colon */
    *meta = bl_p_is_meta_line(cell, m) || (colon && meta_line(cell, m, true));
cleanup:
    return status;
}

/* A page's metadata table at line i, its rows all a page's fields (rules
 * between them): *end the line after it; else *end = i. */
bulletin_status bl_p_meta_table_end(parser *p, size_t i, size_t *end)
{
    bulletin_status status = BULLETIN_OK;
    *end = i;
    size_t rows = 0, k = i;
    while (k < p->nlines && (p->lines[k].kind == LK_TABLE || p->lines[k].kind == LK_RULE)) {
        if (p->lines[k].kind == LK_TABLE) {
            bool meta;
            BL_CHECK(meta_row(p, k, &meta));
            if (!meta)
                return BULLETIN_OK;
            rows++;
        }
        k++;
    }
    if (rows)
        *end = k;
cleanup:
    return status;
}

/* A page's table of fields over the document (| 索 引 号: | … | 发布机构: |
 * … |, or with tabs): each row's first cell a field's label with its
 * colon.  *end: the line after its last row; false when the table at i is
 * none such. */
static bulletin_status field_table_at(parser *p, size_t i, bool *fields, size_t *end)
{
    size_t a, b, rows = 0;
    *fields = false;
    *end = i;
    for (; i < p->nlines && (p->lines[i].kind == LK_TABLE || p->lines[i].kind == LK_RULE); i++) {
        if (p->lines[i].kind == LK_RULE)
            continue;
        bulletin_status status = bl_p_decode_trimmed(p, i, &a, &b);
        if (status != BULLETIN_OK)
            return status;
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a, k = 0;
        while (k < n && (cp[k] == '|' || cp[k] == 0xFF5C || bl_p_is_space(cp[k])))
            k++;
        size_t e = k;
        while (e < n && cp[e] != '|' && cp[e] != 0xFF5C && cp[e] != '\t')
            e++;
        while (e > k && bl_p_is_space(cp[e - 1]))
            e--;
        if (e == k || !is_colon(cp[e - 1]) || !is_field(cp + k, e - k))
            return BULLETIN_OK;
        rows++;
    }
    *fields = rows > 0;
    *end = i;
    return BULLETIN_OK;
}

/* An office's name right over a 版记's copy line (抄送：…), after the
 * closing sentence: the document's signature (落款), though no date
 * follows it; the office repeated under the copy line as the 印发机关
 * is the 版记's, a paragraph (approval-wuping-industrial-park-proposal-
 * redacted: 武平县发展和改革局 / 抄送：… / 武平县发展和改革局).  A 主题词
 * line may stand between the name and the copy line. */
static bulletin_status signs_over_imprint(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    for (size_t i = 1; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_NOTE)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (!is_copy_line(p->cur.cp + a, b - a) && !copy_label_alone(p->cur.cp + a, b - a))
            continue;
        size_t j = i;
        for (;;) {
            while (j > 0 && p->lines[j - 1].kind == LK_BLANK)
                j--;
            if (j == 0 || p->lines[j - 1].kind != LK_TEXT)
                break;
            BL_CHECK(bl_p_decode_trimmed(p, j - 1, &a, &b));
            size_t l = starts(p->cur.cp + a, b - a, "主题词");
            if (!l)
                l = starts(p->cur.cp + a, b - a, "主題詞");
            if (!l)
                break;
            j--;
        }
        if (j < 2 || p->lines[j - 1].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j - 1, &a, &b));
        if (!bl_p_is_org(p->cur.cp + a, b - a) || b - a > 30)
            continue;
        size_t k = j - 1;
        while (k > 0 && p->lines[k - 1].kind == LK_BLANK)
            k--;
        if (k == 0 || p->lines[k - 1].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, k - 1, &a, &b));
        if (b > a && (bl_p_is_stop(p->cur.cp[b - 1]) || ends(p->cur.cp + a, b - a, "特此通知")
                      || ends(p->cur.cp + a, b - a, "特此批复") || ends(p->cur.cp + a, b - a, "此复")))
            p->lines[j - 1].kind = LK_SIGNATURE;
    }
cleanup:
    return status;
}

/* Whether lines i and j hold the same text, spaces aside. */
static bulletin_status same_text(parser *p, size_t i, size_t j, bool *same)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *same = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    size_t n = b - a, m = 0;
    uint32_t *first = bl_calloc(p->mem, n + 1, sizeof *first);
    if (!first)
        return BULLETIN_ERR_NOMEM;
    for (size_t k = a; k < b; k++)
        if (!bl_p_is_space(p->cur.cp[k]))
            first[m++] = p->cur.cp[k];
    status = bl_p_decode_trimmed(p, j, &a, &b);
    if (status == BULLETIN_OK) {
        size_t k = a, t = 0;
        for (; k < b; k++) {
            if (bl_p_is_space(p->cur.cp[k]))
                continue;
            if (t == m || p->cur.cp[k] != first[t])
                break;
            t++;
        }
        *same = k == b && t == m && m > 0;
    }
    bl_free(p->mem, first);
cleanup:
    return status;
}

/* A page that repeats the text's body and its date under it (县水务局: /
 * 鉴于…。/ 特此批复。/ 二OO五年四月二十九日 / 鉴于…。/ 特此批复。/
 * 二OO五年四月二十九日): the lines between the first date and a later
 * one, a sentence among them, are the same as as many lines right over
 * the first date, and the dates the same: the repeat is the page's copy,
 * its date a line of text (a second document of the same day has a body
 * of its own). */
static bulletin_status repeated_copy(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t first = p->nlines;
    for (size_t i = 0; i < p->nlines && first == p->nlines; i++)
        if (p->lines[i].kind == LK_DATE)
            first = i;
    for (size_t d = first + 1; d < p->nlines; d++) {
        if (p->lines[d].kind != LK_DATE)
            continue;
        bool same;
        BL_CHECK(same_text(p, first, d, &same));
        if (!same)
            break;
        /* the copy's lines, last to first, against those over the date */
        size_t x = d, y = first, count = 0;
        bool sentence = false;
        for (;;) {
            while (x > first + 1 && p->lines[x - 1].kind == LK_BLANK)
                x--;
            if (x <= first + 1)
                break;
            while (y > 0 && p->lines[y - 1].kind == LK_BLANK)
                y--;
            if (y == 0) {
                same = false;
                break;
            }
            x--, y--;
            BL_CHECK(same_text(p, x, y, &same));
            if (!same)
                break;
            size_t a, b;
            BL_CHECK(bl_p_decode_trimmed(p, x, &a, &b));
            sentence |= b > a && bl_p_is_terminal(p->cur.cp[b - 1]);
            count++;
        }
        if (same && count > 0 && sentence)
            p->lines[d].kind = LK_TEXT;
        break;
    }
cleanup:
    return status;
}

/* The mark after a forwarding notice's date: (此件公开发布), (此件公開發布),
 * or its mojibake, the open bracket lost to a ? (?。ù思_(kāi)發(fā)布)): short,
 * closing its bracket. */
static bool is_release_mark(const uint32_t *cp, size_t n)
{
    if (bl_p_is_pub_note(cp, n))
        return true;
    return n >= 4 && (cp[0] == '?' || cp[0] == 0xFF1F || cp[0] == 0xFFFD)
        && (cp[n - 1] == ')' || cp[n - 1] == 0xFF09) && bl_p_len_unread(cp, 0, n) <= 16;
}

/* A line of the issuers of a document, under its title (財政部 發(fā)展改革委
 * 人民銀行, 财政部　国家发展改革委): two to eight bodies' names between
 * spaces, each short Han (readings dropped), no clause's mark, each ending
 * like a body (部, 委, 局, 行, 署, 办, 院, 会, 厅, …) or an office's name. */
static bool is_issuers_line(const uint32_t *cp, size_t n)
{
    static const char *const body_ends[] = {"部", "委", "局", "行", "署", "办", "辦", "院", "会", "會", "厅", "廳",
                                            "室", "处", "處", "所", "社", "团", "團", "联", "聯", "总", "總", "中心"};
    size_t parts = 0, i = 0;
    while (i < n) {
        while (i < n && bl_p_is_space(cp[i]))
            i++;
        if (i >= n)
            break;
        size_t f = i;
        uint32_t h[16];
        size_t m = 0;
        while (i < n && !bl_p_is_space(cp[i])) {
            size_t rl = i > f && bl_is_han(cp[i - 1]) ? bl_p_reading_at(cp, n, i) : 0;
            if (rl) {
                i += rl;
                continue;
            }
            if (!bl_is_han(cp[i]) || m == sizeof h / sizeof *h)
                return false;
            h[m++] = cp[i++];
        }
        if (m < 2)
            return false;
        bool body = bl_p_is_org(h, m);
        for (size_t k = 0; k < sizeof body_ends / sizeof *body_ends && !body; k++)
            body = ends(h, m, body_ends[k]);
        if (!body)
            return false;
        if (++parts > 8)
            return false;
    }
    return parts >= 2;
}

/* A photo's mark alone where a page lost the picture: pic, PIC, 图片, 圖片. */
static bool is_photo_mark(const uint32_t *cp, size_t n)
{
    if (n == 3 && (cp[0] | 0x20) == 'p' && (cp[1] | 0x20) == 'i' && (cp[2] | 0x20) == 'c')
        return true;
    return n == 2 && (cp[0] == 0x56FE || cp[0] == 0x5716) && cp[1] == 0x7247; /* 图片 圖片 */
}

/* A photo's caption under its mark: short, no clause's or sentence's mark
 * (发布会现场, 發布會現場). */
static bool is_short_caption(const uint32_t *cp, size_t n)
{
    size_t r = bl_p_len_unread(cp, 0, n);
    if (r < 2 || r > 30)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1B || cp[i] == ';' || is_colon(cp[i])
            || cp[i] == 0xFF01 || cp[i] == '!' || cp[i] == 0xFF1F || cp[i] == '?')
            return false;
    return true;
}

/* The label of a part of a transcript alone, naming whose words follow:
 * 主持词全文:, 发布词全文:, 發布詞全文：, 致辞全文:, 讲话全文: (a document's
 * 通告全文: or 全文如下: names none). */
static bool is_words_label(const uint32_t *cp, size_t n)
{
    if (n < 4 || n > 12 || !is_colon(cp[n - 1]))
        return false;
    n--;
    while (n > 0 && bl_p_is_space(cp[n - 1]))
        n--;
    static const char *const words[] = {"词全文", "詞全文", "辞全文", "辭全文", "讲话全文", "講話全文"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (ends(cp, n, words[k])) {
            for (size_t i = 0; i < n; i++)
                if (!bl_is_han(cp[i]))
                    return false;
            return true;
        }
    return false;
}

/* An address ending in its colon (女士们、先生们,各位新闻界的记者朋友们:,
 * 各位代表：): people addressed, no sentence's mark, no figure. */
static bool is_address_line(const uint32_t *cp, size_t n)
{
    if (bl_p_is_salutation(cp, n))
        return true;
    if (n < 3 || n > 40 || !is_colon(cp[n - 1]))
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        if (cp[i] == 0x3002 || bl_p_is_digit(cp[i]) || is_colon(cp[i]) || cp[i] == 0xFF01 || cp[i] == '!'
            || cp[i] == 0xFF1F || cp[i] == '?' || cp[i] == 0xFF1B || cp[i] == ';')
            return false;
    static const char *const people[] = {"们", "們", "朋友", "同志", "各位", "代表", "女士", "先生"};
    for (size_t k = 0; k < sizeof people / sizeof *people; k++)
        if (has_str(cp, n, people[k]))
            return true;
    return false;
}

/* A line of leaked HTML tags only (<track id="6y717"></track>, <legend
 * …><i …></i></legend>, <ol …>): tags and spaces, no text. */
static bool tags_only(const uint32_t *cp, size_t n)
{
    size_t tags = 0, i = 0;
    while (i < n) {
        if (bl_p_is_space(cp[i])) {
            i++;
            continue;
        }
        if (cp[i] != '<' || i + 2 >= n)
            return false;
        size_t j = i + 1 + (cp[i + 1] == '/');
        if (!((cp[j] | 0x20) >= 'a' && (cp[j] | 0x20) <= 'z'))
            return false;
        while (j < n && cp[j] != '>' && cp[j] != '<' && j - i < 300)
            j++;
        if (j >= n || cp[j] != '>')
            return false;
        tags++;
        i = j + 1;
    }
    return tags > 0;
}

/* A page's breadcrumb, perhaps numbered (1. 大聽網(wǎng)   > 正文, 1、首页 ＞
 * 新闻中心 ＞ 正文, 首頁 » 通知公告): two to six short parts between >, ＞,
 * », ›, no clause's mark, one of them a page's word (正文, 首页, 详情, 内容)
 * or the first a site's name (…网, …網, …站).  No heading (1. 甲类企业 >
 * 乙类企业 names no page). */
static bool is_breadcrumb(const uint32_t *cp, size_t n)
{
    size_t i = bl_p_skip_spaces(cp, n, 0);
    size_t d = i;
    while (i < n && bl_p_is_digit(cp[i]) && i - d < 2)
        i++;
    if (i > d) {
        if (i >= n || (cp[i] != '.' && cp[i] != 0x3001 && cp[i] != 0xFF0E))
            return false;
        i++;
    }
    static const char *const pages[] = {"正文", "首页", "首頁", "详情", "詳情", "内容", "內容", "全文",
                                        "当前位置", "當前位置", "您的位置", "网站首页", "網站首頁"};
    size_t parts = 0;
    bool page = false, site = false;
    while (i < n) {
        i = bl_p_skip_spaces(cp, n, i);
        size_t f = i, read = 0;
        uint32_t last = 0;
        while (i < n && cp[i] != '>' && cp[i] != 0xFF1E && cp[i] != 0x00BB && cp[i] != 0x203A) {
            uint32_t c = cp[i];
            if (c == 0x3002 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':'
                || c == 0xFF01 || c == '!' || c == '%' || c == 0xFF05 || c == '<')
                return false;
            size_t r = i > f && bl_is_han(cp[i - 1]) ? bl_p_reading_at(cp, n, i) : 0;
            if (r) {
                i += r;
                continue;
            }
            if (!bl_p_is_space(c))
                read++, last = c;
            i++;
        }
        size_t e = i;
        while (e > f && bl_p_is_space(cp[e - 1]))
            e--;
        if (read == 0 || read > 20)
            return false;
        for (size_t k = 0; k < sizeof pages / sizeof *pages && !page; k++) {
            size_t l = starts_read(cp + f, e - f, pages[k]);
            page = l == e - f;
        }
        if (parts == 0)
            site = last == 0x7F51 || last == 0x7DB2 || last == 0x7AD9; /* 网 網 站 */
        parts++;
        if (parts > 6)
            return false;
        if (i < n)
            i++;
        while (i < n && (cp[i] == '>' || cp[i] == 0xFF1E))
            i++; /* >> */
    }
    return parts >= 2 && (page || site);
}

bulletin_status bl_p_find_docparts(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    int y, m, d;
    size_t s;
    int turns = -1; /* whether the text is a transcript: not known yet */
    /* A page's chrome at the top: lines of leaked HTML tags and a
     * breadcrumb (1. 大聽網 > 正文) are no text of the page's. */
    for (size_t i = bl_p_next_nonblank(p, 0), k = 0; i < p->nlines && k < 6; i = bl_p_next_nonblank(p, i + 1), k++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT && l->kind != LK_HEADING)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (tags_only(p->cur.cp + a, b - a) || is_breadcrumb(p->cur.cp + a, b - a))
            l->kind = LK_BLANK;
        else
            break;
    }
    /* Context-free kinds. */
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        size_t df, dt;
        /* a picture's line alone at the top over a news page's first
         * sentence (…的实景图 / 2月28日从…了解到,…。): its caption */
        bool picture = false;
        if (i == bl_p_next_nonblank(p, 0) && is_picture_line(cp, n)) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                picture = b - a > 20 && bl_p_is_terminal(p->cur.cp[b - 1]);
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
        }
        /* a photo's mark alone over its caption (pic / 发布会现场): the
         * caption a CAPTION, the mark no text */
        if (is_photo_mark(cp, n)) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                if (is_short_caption(p->cur.cp + a, b - a)) {
                    l->kind = LK_BLANK;
                    p->lines[j].kind = LK_CAPTION;
                }
            }
            continue;
        }
        /* a transcript's part label (主持词全文:): a SPEAKER line, the
         * address right under it a SALUTATION (the lead's ruling, round 45) */
        if (is_words_label(cp, n)) {
            l->kind = LK_SPEAKER;
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                if (is_address_line(p->cur.cp + a, b - a))
                    p->lines[j].kind = LK_SALUTATION;
            }
            continue;
        }
        if (bl_p_is_docnumber(cp, n) || docnumber_in_parens(cp, n, &df, &dt)
            || is_order_number(cp, n, false) || docnumber_field(cp, n, &df, &dt)
            || date_and_docnumber(cp, n, &df, &dt, &s, &s))
            l->kind = LK_DOCNUMBER;
        else if (bl_p_is_date(cp, n, &y, &m, &d, &s) || redacted_date(cp, n)
                 || date_then_issuer(cp, n, &y, &m, &d))
            l->kind = LK_DATE;
        else if (bl_p_is_attach_start(cp, n))
            l->kind = LK_ATTACH;
        else if (is_unit_note(cp, n))
            l->kind = LK_NOTE;
        else if (is_turn_speaker(cp, n) || turn_speaker_run_in(cp, n) || bracketed_speaker(p, l->off, cp, n, &df, &dt)
                 || (i > bl_p_next_nonblank(p, 0) && run_in_turn(cp, n, false)))
            l->kind = LK_SPEAKER;
        else if (i > bl_p_next_nonblank(p, 0) && run_in_turn(cp, n, true)) { /* 方芳:…, in a transcript only */
            if (turns < 0) {
                bool t;
                BL_CHECK(text_has_turns(p, &t));
                turns = t;
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
            if (turns)
                l->kind = LK_SPEAKER;
        }
        else if (is_page_pointer(cp, n) || is_parenthesised_note(cp, n) || is_copy_line(cp, n))
            l->kind = LK_NOTE;
        else if (picture)
            l->kind = LK_CAPTION;
        else if (is_figure_caption(cp, n) || unnumbered_figure_caption(cp, n) || is_lone_table_caption(cp, n)
                 || is_parenthesised_figure_caption(cp, n) || is_doubled_caption(cp, n))
            l->kind = LK_CAPTION;
        else if (i > bl_p_next_nonblank(p, 0) && (is_numbered_caption(cp, n) || is_period_chart_title(cp, n)))
            l->kind = LK_CAPTION;
        else if (n <= 60 && bl_p_is_picture_name(cp, n)) {
            /* 微信图片_… / 2024年提供住宿的民政服务机构情况 / 注:本图资料来源
             * 于国家统计局: the picture's caption under its file name, a
             * note under the caption; the file name itself is no text, as
             * a line of ? where a page lost a picture (a line under a
             * picture that opens the text is the title, no caption) */
            l->kind = LK_BLANK;
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (i > bl_p_next_nonblank(p, 0) && j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                if (is_plain_caption(p->cur.cp + a, b - a)) {
                    p->lines[j].kind = LK_CAPTION;
                    size_t k = bl_p_next_nonblank(p, j + 1);
                    if (k < p->nlines && k - j <= 2 && p->lines[k].kind == LK_TEXT) {
                        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
                        if ((starts(p->cur.cp + a, b - a, "注") || starts(p->cur.cp + a, b - a, "註"))
                            && bl_p_is_note(p->cur.cp + a, b - a))
                            p->lines[k].kind = LK_NOTE;
                    }
                }
            }
        }
    }
    BL_CHECK(join_copy_lines(p));
    /* 附件 (附件：) alone over downloaded files' lines (2021年扬州市水资源公报.pdf
     * 【下载附件】): the list of attachments, each its file's name */
    for (size_t i = bl_p_next_nonblank(p, 0) + 1; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT && l->kind != LK_ATTACH && l->kind != LK_HEADING)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        size_t n = b - a;
        if (!(starts(p->cur.cp + a, n, "附件") && (n == 2 || (n == 3 && is_colon(p->cur.cp[a + 2])))))
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1), files = 0;
        while (j < p->nlines && (p->lines[j].kind == LK_TEXT || p->lines[j].kind == LK_HEADING)) {
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if (!file_line_name(p->cur.cp + a, b - a))
                break;
            p->lines[j].kind = LK_ATTACH_ITEM;
            files++;
            j = bl_p_next_nonblank(p, j + 1);
        }
        if (files)
            l->kind = LK_ATTACH;
    }
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT && l->kind != LK_DATE)
            continue;
        size_t pr = i;
        while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
            pr--;
        if (pr == 0 || p->lines[pr - 1].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, pr - 1, &a, &b));
        const uint32_t *pc = p->cur.cp + a;
        size_t pn = b - a;
        /* 广州市人民政府令 / 第5号: the order's number on the line under it */
        bool order = pn >= 3 && pn <= 40 && pc[pn - 1] == 0x4EE4 /* 令 */ && han_only(pc, pn);
        /* 发布时间： / 2009年12月21日: a page's field whose value went to
         * the next line; the value is the page's date, not the document's */
        bool label = pn >= 3 && is_colon(pc[pn - 1]) && bl_p_is_meta_line(pc, pn)
                  && bl_p_skip_spaces(pc, pn, 0) == 0;
        if (!order && !label)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        if (order && l->kind == LK_TEXT) {
            if (is_order_number(cp, n, true) && pr == i) {
                /* the mark right over its number: one DOCNUMBER, as on one
                 * line (内蒙古自治区人民政府令第82号; convention 5) */
                p->lines[pr - 1].kind = LK_DOCNUMBER;
                p->lines[pr - 1].join = 1;
                l->kind = LK_SKIP;
            } else if (is_order_number(cp, n, true)
                       || (n >= 5 && (cp[0] == 0xFF08 || cp[0] == '(') && (cp[n - 1] == 0xFF09 || cp[n - 1] == ')')
                           && is_order_number(cp + 1, n - 2, true)))
                l->kind = LK_DOCNUMBER;
        } else if (label && l->kind == LK_DATE && pn <= 8) {
            l->kind = LK_TEXT;
        }
    }
    /* A page's date line under the title, before the body (2018-08-27
     * 11:51, 发布时间：2018-11-12 17:25:15, 2010年3月4日 09:12): the
     * document's DATE (convention decided by the lead, 2026-12-06).  Only
     * text lines above it, the title and its translations, no office's
     * name or 文号 (国函〔2004〕1号 / 中华人民共和国国务院 / 2004年1月11日 is a
     * page's header); the first such line only. */
    size_t front_dated = p->nlines;
    /* after a page's block of fields over the title (- 索引号:…, - 发文字号:
     * 阿行发〔2021〕42号, - 名称:…): they are the page's, not a header */
    size_t ftop = bl_p_next_nonblank(p, 0);
    for (size_t fields = 0; ftop < p->nlines && fields < 16; ftop = bl_p_next_nonblank(p, ftop + 1), fields++) {
        bl_line *l = &p->lines[ftop];
        if (l->kind != LK_TEXT && l->kind != LK_DOCNUMBER)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, ftop, &a, &b));
        size_t df, dt;
        if (l->kind == LK_TEXT ? !bl_p_is_meta_line(p->cur.cp + a, b - a)
                               : !docnumber_field(p->cur.cp + a, b - a, &df, &dt))
            break;
        /* a page's labelled date over the body (发布时间:2024-11-18) is
         * the date looked for below, no field to pass */
        if (l->kind == LK_TEXT && bl_is_han(p->cur.cp[a])
            && front_date(p->cur.cp + a, b - a, &y, &m, &d, &df, &dt))
            break;
    }
    for (size_t i = ftop, k = 0, fields = 0; i < p->nlines && k < 4 + fields;
         i = bl_p_next_nonblank(p, i + 1), k++) {
        bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        size_t ds, de;
        /* the first line too when it is a page's labelled date over the
         * body (发布时间:2024-11-18 13:32:22 来源: …, no title line) */
        if (front_date(p->cur.cp + a, b - a, &y, &m, &d, &ds, &de)
            && (k > 0 || (ds > 0 && bl_is_han(p->cur.cp[a])))) {
            l->kind = LK_DATE;
            front_dated = i;
            break;
        }
        /* a page's block of fields one a line under the title (来源:州人大
         * / 访问量: / 更新日期:2024-01-12): short source and counter fields
         * are passed, one alone too (來源:新華網 / 發布時間:2016-02-14
         * 22:20:00, press-tourism-spring-festival-2016: a news story's
         * dateline has no year, the posting dates it, convention 7) */
        if (k > 0 && b - a <= 20 && front_source_field(p->cur.cp + a, b - a)) {
            fields++;
            continue;
        }
        if (bl_p_is_org(p->cur.cp + a, b - a) || bl_p_is_meta_line(p->cur.cp + a, b - a))
            break;
    }
    /* A news headline's deck: short lines between the first line (the
     * headline) and a dateline (人民日报北京5月27日电) are subtitles. */
    {
        size_t h = bl_p_next_nonblank(p, 0);
        if (h < p->nlines && p->lines[h].kind == LK_TEXT) {
            size_t j = bl_p_next_nonblank(p, h + 1), k = j, deck = 0;
            while (k < p->nlines && p->lines[k].kind == LK_TEXT && deck < 4) {
                BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
                if (!is_deck_line(p->cur.cp + a, b - a))
                    break;
                deck++;
                k = bl_p_next_nonblank(p, k + 1);
            }
            bool dateline = false;
            if (deck && k < p->nlines && p->lines[k].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
                dateline = bl_p_is_dateline(p->cur.cp + a, b - a);
            }
            for (size_t i = j; dateline && i < k; i++)
                if (p->lines[i].kind == LK_TEXT)
                    p->lines[i].kind = LK_SUBTITLE;
            /* a Chinese title's translations, each on a line of its own
             * right under it (stats-national-2018m07-profits-trilingual:
             * English, then Spanish): its subtitles */
            BL_CHECK(bl_p_decode_trimmed(p, h, &a, &b));
            bool han_title = b > a && !p->lines[h].flat;
            for (size_t i = a; i < b && han_title; i++)
                han_title = !((p->cur.cp[i] | 0x20) >= 'a' && (p->cur.cp[i] | 0x20) <= 'z');
            for (size_t i = j, t = 0; han_title && !deck && t < 3 && i < p->nlines
                                      && p->lines[i].kind == LK_TEXT && !p->lines[i].flat;
                 i = bl_p_next_nonblank(p, i + 1), t++) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                if (!latin_translation(p->cur.cp + a, b - a))
                    break;
                p->lines[i].kind = LK_SUBTITLE;
            }
            /* a page's subhead, a clause's comma allowed, over the page's
             * record line (為期4個月,禁止所有捕撈作業 / 2020-03-05 11:07:58
             * 來源:河源日報) */
            if (!deck && j < p->nlines && p->lines[j].kind == LK_TEXT) {
                size_t r = bl_p_next_nonblank(p, j + 1);
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                const uint32_t *cp = p->cur.cp + a;
                size_t n = b - a, commas = 0;
                bool plain = n >= 4 && n <= 30 && bl_is_han(cp[n - 1]) && !bl_p_is_meta_line(cp, n);
                for (size_t i = 0; i < n && plain; i++) {
                    commas += cp[i] == 0xFF0C || cp[i] == ',';
                    plain = cp[i] != 0x3002 && cp[i] != 0xFF01 && cp[i] != 0xFF1F && cp[i] != 0xFF1B
                         && cp[i] != ';' && !is_colon(cp[i]);
                }
                if (plain && commas == 1 && r < p->nlines && p->lines[r].kind == LK_TEXT) {
                    BL_CHECK(bl_p_decode_trimmed(p, r, &a, &b));
                    if (bl_p_is_digit(p->cur.cp[a]) && bl_p_is_meta_line(p->cur.cp + a, b - a))
                        p->lines[j].kind = LK_SUBTITLE;
                }
            }
        }
    }
    /* 通告全文如下 / 关于实施……的通告: a page gives the document in full
     * under its lead; the line under the label is the document's title, a
     * SUBTITLE when the page has a headline of its own over the lead (古藺…
     * 延長至本周日24時 / … / 全文如下: / 關于延長…的公告), else a DOCTITLE */
    bool headline = false;
    {
        size_t f = bl_p_next_nonblank(p, 0);
        if (f < p->nlines && p->lines[f].kind == LK_TEXT) {
            BL_CHECK(bl_p_decode_trimmed(p, f, &a, &b));
            const uint32_t *hp = p->cur.cp + a;
            size_t hn = b - a, hr = hn;
            uint32_t hl = hn ? hp[0] : 0; /* its last character as read */
            for (size_t k = 1; k < hn; k++) {
                size_t rl = bl_is_han(hp[k - 1]) ? bl_p_reading_at(hp, hn, k) : 0;
                if (rl) {
                    hr -= rl;
                    k += rl - 1;
                } else
                    hl = hp[k];
            }
            headline = hr >= 6 && hr <= 60 && !has(p->cur.cp + a, b - a, 0x3002)
                    && !has(p->cur.cp + a, b - a, 0xFF0C) && !has(p->cur.cp + a, b - a, ',')
                    && !bl_p_is_terminal(hl);
        }
    }
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        if (n && is_colon(cp[n - 1]))
            n--;
        if (n > 12 || !ends(cp, n, "全文如下"))
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        cp = p->cur.cp + a;
        n = b - a;
        /* read without a converter's readings (關(guān)于延長(zhǎng)…) */
        uint32_t read[100];
        size_t r = 0;
        for (size_t k = 0; k < n && r < sizeof read / sizeof *read;) {
            size_t rl = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n, k) : 0;
            if (rl) {
                k += rl;
                continue;
            }
            read[r++] = cp[k++];
        }
        if (r >= 6 && r <= 60 && (starts(read, r, "关于") || starts(read, r, "關于") || starts(read, r, "關於"))
            && bl_p_ends_with_title_word(read, r) && !has(read, r, 0x3002))
            p->lines[j].kind = headline ? LK_SUBTITLE : LK_DOCTITLE;
    }
    /* The top: subtitle, speaker, salutation, before the first sentence. */
    bool sentence = false, saluted = false, subtitled = false, contents = false;
    bool meeting = false; /* the subtitle names a meeting (……会议上, ……讲话) */
    bool notes = false;   /* the subtitles are notes of adoption (……会议通过) */
    for (size_t i = 0; i < p->nlines && !sentence; i++) {
        bl_line *l = &p->lines[i];
        /* a publication's contents before its report (2022年某区决算公开 /
         * 目 录 / 第一部分 决算报告 / 1、2022年度…): the top goes on after them */
        if (!saluted && !subtitled) {
            bool head;
            size_t end, entries;
            BL_CHECK(bl_p_contents_at(p, i, &head, &end, &entries));
            if (head && entries >= 3) {
                contents = true;
                i = end - 1;
                continue;
            }
        }
        /* a page's metadata table over the title (索引号: | … | 成文日期:
         * | … |), or its table of fields (索引号, 发布机构, 成文日期) with the
         * salutation under it: the top goes on under it */
        if (l->kind == LK_TABLE && !saluted) {
            size_t end = i;
            if (!subtitled)
                BL_CHECK(bl_p_meta_table_end(p, i, &end));
            if (end == i) {
                bool fields;
                BL_CHECK(field_table_at(p, i, &fields, &end));
                if (!fields)
                    end = i;
            }
            if (end > i) {
                i = end - 1;
                continue;
            }
        }
        if (l->kind == LK_HEADING || l->kind == LK_TABLE)
            break;
        if (l->kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = end_marker_cut(cp, b - a);
        /* a bulletin's number alone on one of the first two lines, under
         * its title or over it, or where a copy lost its title ((第一号)
         * over the first sentence): a subtitle */
        if (!saluted && is_bulletin_number_line(cp, n)) {
            size_t f = bl_p_next_nonblank(p, 0);
            if (i == f || (f < p->nlines && i == bl_p_next_nonblank(p, f + 1))) {
                l->kind = LK_SUBTITLE;
                continue;
            }
        }
        /* a 题注's notes of adoption and revision, one under another, each
         * perhaps set on two lines a blank line apart (2017822日…人民代表大会
         * / 常务委员会第六次主任会议修订): each a SUBTITLE */
        if (!saluted && (!subtitled || notes)) {
            bool one = meeting_note(cp, n);
            size_t j2 = bl_p_next_nonblank(p, i + 1);
            if (!one && n >= 6 && n < 40 && !bl_p_is_terminal(cp[n - 1]) && j2 < p->nlines && j2 - i <= 2
                && p->lines[j2].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_lines(p, i, j2));
                if (meeting_note(p->cur.cp, p->cur.n)) {
                    l->kind = LK_SUBTITLE;
                    l->join = 1;
                    p->lines[j2].kind = LK_SKIP;
                    subtitled = notes = true;
                    i = j2;
                    continue;
                }
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
            if (one) {
                l->kind = LK_SUBTITLE;
                subtitled = notes = true;
                continue;
            }
        }
        if (!saluted && !subtitled && bl_p_is_subtitle(cp, n)) {
            l->kind = LK_SUBTITLE;
            subtitled = true;
            /* its second line: ……第十九届 / 人民代表大会第四次会议上 */
            bool done = ends(cp, n, "上") || ends(cp, n, "讲话") || !bl_is_han(cp[n - 1]);
            meeting = ends(cp, n, "上") || ends(cp, n, "讲话");
            size_t si = i;
            /* perhaps after a blank line (audit-zhuhai-2020) */
            size_t j2 = bl_p_next_nonblank(p, i + 1);
            if (!done && j2 < p->nlines && j2 - i <= 2 && p->lines[j2].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j2, &a, &b));
                if (b - a < 40 && (ends(p->cur.cp + a, b - a, "上") || ends(p->cur.cp + a, b - a, "讲话"))) {
                    meeting = true;
                    l->join = 1;
                    p->lines[j2].kind = LK_SKIP;
                    i = j2;
                }
            }
            if (contents)
                BL_CHECK(report_title_above(p, si));
            continue;
        }
        if (!saluted && !subtitled && n < 40 && !bl_p_is_terminal(cp[n - 1])
            && !bl_p_is_meta_line(cp, n)) {
            /* a subtitle set on two lines: 2025年3月21日在汉滨区第十九届 /
             * 人民代表大会第四次会议上 */
            size_t j = i + 1;
            if (j < p->nlines && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_lines(p, i, j));
                if (bl_p_is_subtitle(p->cur.cp, p->cur.n)) {
                    meeting = ends(p->cur.cp, p->cur.n, "上") || ends(p->cur.cp, p->cur.n, "讲话");
                    l->kind = LK_SUBTITLE;
                    l->join = 1;
                    p->lines[j].kind = LK_SKIP;
                    subtitled = true;
                    if (contents)
                        BL_CHECK(report_title_above(p, i));
                    i = j;
                    continue;
                }
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
        }
        /* a report whose copy starts at its speaker and date (汕头市潮阳区
         * 审计局局长 郑创平 / 2023年9月28日): the speaker, not a title */
        if (!subtitled && !saluted && (named_speaker(cp, n) || is_glued_speaker(cp, n))
            && i == bl_p_next_nonblank(p, 0)) {
            size_t nx = bl_p_next_nonblank(p, i + 1);
            if (nx < p->nlines && p->lines[nx].kind == LK_DATE) {
                l->kind = LK_SPEAKER;
                continue;
            }
        }
        /* the speaker under the subtitle: 省长　王伟中, or the name alone
         * (report-fushan-county-2019: 栗 俊 昌), or under a meeting's
         * subtitle the office that reports (沙洋县财政局) */
        /* (a chapter's number, 第一章 alone, is no name) */
        bool numbered = n >= 3 && cp[0] == 0x7B2C && bl_p_han_numerals_end(cp, 1, n, 6) > 1;
        if (subtitled && !saluted && (bl_p_is_speaker(cp, n) || (is_bare_name(cp, n) && !numbered) || is_glued_speaker(cp, n) ||
                                      (meeting && n <= 20 && bl_p_is_org(cp, n)))) {
            /* (an anti-copy string alone on a line between them: {k7Nw) */
            size_t pr = i;
            for (;;) {
                while (pr > 0 && (p->lines[pr - 1].kind == LK_BLANK || p->lines[pr - 1].kind == LK_SKIP))
                    pr--;
                if (pr == 0 || p->lines[pr - 1].kind != LK_TEXT)
                    break;
                BL_CHECK(bl_p_decode_trimmed(p, pr - 1, &a, &b));
                if (!junk_line(p->cur.cp + a, b - a))
                    break;
                pr--;
            }
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
            if (pr > 0 && p->lines[pr - 1].kind == LK_SUBTITLE) {
                l->kind = LK_SPEAKER;
                continue;
            }
        }
        /* a news headline set on two lines, the first ending with a colon
         * (人大首场新闻发布会: / 发言人与记者畅所欲言): the title over its
         * subtitle, no salutation */
        if (!saluted && !subtitled && i == bl_p_next_nonblank(p, 0) && n >= 4 && n <= 20
            && is_colon(cp[n - 1]) && han_only(cp, n - 1)) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            bool deck = false;
            if (j < p->nlines && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                deck = b - a >= 4 && b - a <= 20 && han_only(p->cur.cp + a, b - a);
            }
            if (deck) {
                p->lines[j].kind = LK_SUBTITLE; /* a byline under it is no speaker */
                i = j;
                continue;
            }
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
        }
        /* the speaker right over the salutation, under the title (衢州市
         * 审计局局长 刘石平 / 主任、各位副主任、秘书长,各位委员:) */
        if (!saluted && (bl_p_is_speaker(cp, n) || is_glued_speaker(cp, n))) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            bool sal = false;
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                sal = bl_p_is_salutation(p->cur.cp + a, end_marker_cut(p->cur.cp + a, b - a));
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
            if (sal) {
                l->kind = LK_SPEAKER;
                continue;
            }
        }
        /* a salutation wrapped mid-word over two lines (各鄉鎮人民政府,…、
         * 經濟開發 / 區管委會:, linzhang): the line of addressees, no stop
         * or colon in it, right over a short line ending in the colon, the
         * two read as one salutation */
        if (!saluted && i > bl_p_next_nonblank(p, 0) && n >= 4 && n <= 80 && !is_colon(cp[n - 1])
            && !bl_p_is_terminal(cp[n - 1]) && i + 1 < p->nlines && p->lines[i + 1].kind == LK_TEXT
            && !l->flat && !p->lines[i + 1].flat) {
            uint32_t both[120];
            /* a list of addressees cut in a word or after its separator:
             * not an office's whole name over the salutation (an issuer) */
            size_t seg = n;
            while (seg > 0 && cp[seg - 1] != 0xFF0C && cp[seg - 1] != ',' && cp[seg - 1] != 0x3001)
                seg--;
            size_t s0 = 0; /* the first addressee: an office, or 各… */
            while (s0 < n && cp[s0] != 0xFF0C && cp[s0] != ',' && cp[s0] != 0x3001)
                s0++;
            bool list = s0 < n && (org_token(cp, s0) || cp[0] == 0x5404 /* 各 */);
            for (size_t q = 0; q < n && list; q++)
                list = !is_colon(cp[q]) && cp[q] != 0x300A && cp[q] != 0x3002;
            bool cut = list && (seg == n || (seg > 0 && !org_token(cp + seg, n - seg)));
            memcpy(both, cp, n * sizeof *both);
            if (cut)
                BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
            size_t wn = cut ? b - a : 0;
            bool wrapped = cut && wn >= 2 && wn <= 30 && n + wn <= sizeof both / sizeof *both
                        && is_colon(p->cur.cp[a + wn - 1]);
            if (wrapped) {
                memcpy(both + n, p->cur.cp + a, wn * sizeof *both);
                wrapped = bl_p_is_salutation(both, n + wn);
            }
            if (cut) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
            if (wrapped) {
                l->kind = LK_SALUTATION;
                l->join = 1;
                p->lines[i + 1].kind = LK_SKIP;
                saluted = true;
                i++;
                continue;
            }
        }
        if (!saluted && bl_p_is_salutation(cp, n)) {
            l->kind = LK_SALUTATION;
            saluted = true;
            /* a long line split after the salutation's colon: an
             * anti-copy string after it is the salutation's, the line
             * whole again, as when it is short (各位代表: (f"LD8MJ/) */
            bl_line *nx = i + 1 < p->nlines ? &p->lines[i + 1] : NULL;
            if (l->flat && nx && nx->flat && nx->no == l->no && nx->off == l->off + l->len
                && nx->kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
                if (junk_line(p->cur.cp + a, b - a)) {
                    l->len += nx->len;
                    nx->len = 0;
                    nx->kind = LK_BLANK;
                    i++;
                }
            }
            continue;
        }
        /* 各街道办事处,区级各部门,官盛新区管委会 (the colon lost) */
        if (!saluted && n < 200 && !has(cp, n, 0x3002) && (has(cp, n, 0xFF0C) || has(cp, n, ','))
            && bl_p_org_suffix(cp, n)) {
            size_t k = n;
            while (k > 0 && cp[k - 1] != 0xFF0C && cp[k - 1] != ',' && cp[k - 1] != 0x3001)
                k--;
            if (org_token(cp + k, n - k)) {
                l->kind = LK_SALUTATION;
                saluted = true;
                continue;
            }
        }
        /* a page's record line, however long, is no sentence of the text,
         * nor is a line without Chinese (a translation between the speaker
         * and the salutation) */
        bool han = false;
        for (size_t k = 0; k < n && !han; k++)
            han = bl_is_han(cp[k]);
        if ((has(cp, n, 0x3002) || n > 120) && han && !bl_p_is_meta_line(cp, n))
            sentence = true;
    }
    /* A speaker's address to the people present under an opening line or
     * two (7月21日金寨縣召開新聞發布會,…解讀… / 尊敬的各位媒體朋友們:): the
     * salutation, before the body's first heading or table */
    for (size_t i = bl_p_next_nonblank(p, 0), k = 0; !saluted && i < p->nlines && k < 4;
         i = bl_p_next_nonblank(p, i + 1), k++) {
        bl_line *l = &p->lines[i];
        if (l->kind == LK_HEADING || l->kind == LK_TABLE || l->kind == LK_SALUTATION)
            break;
        if (l->kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (is_address(p->cur.cp + a, b - a)) {
            l->kind = LK_SALUTATION;
            saluted = true;
        }
    }
    /* A transcript's speaker alone on its line, anywhere (湖北省高级人民
     * 法院宣传处处长文燕: after the page's sentences): the people it
     * addresses right under it (记者朋友们:, 各位記者朋友：, 女士们、先生们：)
     * are the salutation; its post and name run together (glued_turn), it
     * gives the floor over such an address, or in a transcript */
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_SPEAKER && p->lines[i].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        size_t sf, st;
        bool glued = p->lines[i].kind == LK_TEXT && glued_turn(p->cur.cp + a, b - a);
        if (!glued && (p->lines[i].kind != LK_SPEAKER || !is_turn_speaker(p->cur.cp + a, b - a)
                       || bracketed_speaker(p, p->lines[i].off, p->cur.cp + a, b - a, &sf, &st)))
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        bool sal = false;
        if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            sal = is_address(p->cur.cp + a, b - a);
        } else if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_SALUTATION) {
            sal = true; /* (read already as the address under the opening lines) */
        }
        if (glued && !sal) {
            if (turns < 0) {
                bool t;
                BL_CHECK(text_has_turns(p, &t));
                turns = t;
            }
            if (!turns)
                continue;
        }
        if (glued)
            p->lines[i].kind = LK_SPEAKER;
        if (sal)
            p->lines[j].kind = LK_SALUTATION;
    }
    /* A page that collects documents: the salutation right under a
     * part's head (请求批复的范文 第2篇, 第三篇) opens that part's document,
     * as at the top (approval-guizhou-hitech-projects-fanwen) */
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (!is_part_head(p->cur.cp + a, b - a))
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        if (bl_p_is_salutation(p->cur.cp + a, b - a))
            p->lines[j].kind = LK_SALUTATION;
    }
    /* A date whose 年月日 a copy lost (2018525) under an office's name:
     * the DATE (notice-dongning-drought-plan-2018); and a date of a month
     * only, (2022年4月), under an office's name or the signature (the
     * byline's or the text's): the DATE, of month precision. */
    size_t end = p->nlines;
    while (end > 0 && p->lines[end - 1].kind == LK_BLANK)
        end--;
    for (size_t i = 1; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        bool compact = compact_date(p->cur.cp + a, b - a, &y, &m, &d)
                    || lost_day_date(p->cur.cp + a, b - a, &y, &m, &d);
        /* 國務(wù)院辦公廳 / 12月11日 closing the text: its date, without
         * a year (notice-gov-holiday-2014-trad-pinyin), or its year's
         * digits lost (安平县交通运输局 / 年6月12日, notice-anping) */
        if (!compact && i + 1 == end && yearless_date(p->cur.cp + a, b - a, &m, &d))
            compact = true;
        else if (!compact && !is_month_date(p->cur.cp + a, b - a, &y, &m, &d, &s))
            continue;
        size_t j = i - 1;
        while (j > 0 && p->lines[j].kind == LK_BLANK)
            j--;
        if (p->lines[j].kind != LK_TEXT && p->lines[j].kind != LK_SIGNATURE)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        /* (區(qū)長: / 2024619: under the signer's post, as a 议案 closes) */
        if ((!compact && p->lines[j].kind == LK_SIGNATURE) || bl_p_is_org(p->cur.cp + a, b - a)
            || (compact && is_bare_post(p->cur.cp + a, b - a)))
            p->lines[i].kind = LK_DATE;
    }
    BL_CHECK(repeated_copy(p));
    /* Signatures before a date or a publication note; the document
     * attached after them. */
    size_t after_sig = p->nlines;
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        bool anchor = l->kind == LK_DATE;
        if (l->kind == LK_TEXT) {
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            anchor = bl_p_is_pub_note(p->cur.cp + a, b - a);
        }
        if (!anchor)
            continue;
        size_t k = i, found = 0;
        while (k > 0 && found < 12) {
            size_t j = k - 1;
            while (j > 0 && p->lines[j].kind == LK_BLANK)
                j--;
            if (p->lines[j].kind == LK_SIGNATURE) {
                found++;
                k = j;
                continue;
            }
            if (p->lines[j].kind != LK_TEXT)
                break;
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            /* a seal's mark alone over the date: the signature is above
             * it, the mark stays a line of text */
            if (!found && l->kind == LK_DATE && k == i && seal_line(p->cur.cp + a, b - a)) {
                k = j;
                continue;
            }
            /* the signer of an order right over its date: 市 长 袁宝成,
             * or the post alone (省长), or the signature a copy redacted
             * to marks (****, ×××), or an issuer spaced out (國 務 院) */
            if (!bl_p_is_org(p->cur.cp + a, b - a) && !team_org(p->cur.cp + a, b - a)
                && !(!found && l->kind == LK_DATE
                     && (is_signer(p->cur.cp + a, b - a) || is_bare_post(p->cur.cp + a, b - a)
                         || redacted_mark(p->cur.cp + a, b - a)))
                && !(l->kind == LK_DATE && spaced_issuer(p->cur.cp + a, b - a)))
                break;
            p->lines[j].kind = LK_SIGNATURE;
            found++;
            k = j;
        }
        /* 中华人民共和国国家统计局 under the date that follows a title */
        if (!found && l->kind == LK_DATE && i < 4) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                if (bl_p_is_org(p->cur.cp + a, b - a) && bl_p_len_unread(p->cur.cp, a, b) <= 20) {
                    p->lines[j].kind = LK_SIGNATURE;
                    continue;
                }
            }
        }
        /* a page's date under the title ends no document: what follows
         * it is the body, no attached document's title */
        /* nor does the date of a document's front matter (a PDF's title,
         * its issuers one a line, (2024 年 4 月 8 日)): no sentence, heading
         * or table above it, the hard-wrapped body under it */
        bool front = l->kind == LK_DATE && i < 64; /* (at the top only: no walk per date) */
        for (size_t q = 0; front && q < i; q++) {
            bl_line *f = &p->lines[q];
            if (f->kind == LK_HEADING || f->kind == LK_TABLE || f->kind == LK_SALUTATION
                || f->kind == LK_ATTACH)
                front = false;
            else if (f->kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, q, &a, &b));
                /* (a page's summary cut off with ...... is no sentence) */
                front = !(b > a && bl_p_is_terminal(p->cur.cp[b - 1]) && p->cur.cp[b - 1] != '.'
                          && p->cur.cp[b - 1] != 0x2026);
            }
        }
        /* (the line under it a body line cut mid-sentence, a pause in it
         * or its end: no attached document's title, 厦门经济特区社会信用条例) */
        if (front) {
            size_t nx = bl_p_next_nonblank(p, i + 1);
            front = nx < p->nlines && p->lines[nx].kind == LK_TEXT;
            if (front) {
                BL_CHECK(bl_p_decode_trimmed(p, nx, &a, &b));
                front = b > a && (has(p->cur.cp + a, b - a, 0xFF0C) || has(p->cur.cp + a, b - a, ',')
                                  || bl_p_is_terminal(p->cur.cp[b - 1]));
            }
        }
        if ((found || (l->kind == LK_DATE && i != front_dated)) && !front)
            after_sig = i + 1;
    }
    /* The issuer and date of a page's header under the title, when the
     * document closes with the same issuer over its own date (国函〔2004〕1号
     * / 中华人民共和国国务院 / 2004年1月11日 … 中华人民共和国国务院 /
     * 二〇〇四年一月十一日): the header's lines are the page's, paragraphs;
     * the document signs once, at its end. */
    {
        size_t top = p->nlines, bottom = p->nlines;
        for (size_t i = 0; i < p->nlines; i++)
            if (p->lines[i].kind == LK_DATE) {
                if (top == p->nlines)
                    top = i;
                bottom = i;
            }
        bool saluted_between = false;
        for (size_t i = top; i < bottom && i < p->nlines; i++)
            saluted_between |= p->lines[i].kind == LK_SALUTATION;
        if (top < 8 && top < bottom && saluted_between) {
            size_t st = top, sb = bottom;
            while (st > 0 && p->lines[st - 1].kind == LK_BLANK)
                st--;
            while (sb > 0 && p->lines[sb - 1].kind == LK_BLANK)
                sb--;
            if (st > 0 && sb > 0 && p->lines[st - 1].kind == LK_SIGNATURE
                && p->lines[sb - 1].kind == LK_SIGNATURE) {
                BL_CHECK(bl_p_decode_trimmed(p, st - 1, &a, &b));
                size_t n1 = b - a;
                uint32_t first[64];
                if (n1 <= 64) {
                    memcpy(first, p->cur.cp + a, n1 * sizeof *first);
                    BL_CHECK(bl_p_decode_trimmed(p, sb - 1, &a, &b));
                    if (b - a == n1 && memcmp(first, p->cur.cp + a, n1 * sizeof *first) == 0) {
                        p->lines[top].kind = LK_TEXT;
                        for (size_t j = st; j > 0 && (p->lines[j - 1].kind == LK_SIGNATURE
                                                     || p->lines[j - 1].kind == LK_BLANK); j--)
                            if (p->lines[j - 1].kind == LK_SIGNATURE)
                                p->lines[j - 1].kind = LK_TEXT;
                    }
                }
            }
        }
    }
    /* The last line, an office after a closing sentence, signs too. */
    {
        size_t last = p->nlines;
        while (last > 0 && p->lines[last - 1].kind == LK_BLANK)
            last--;
        if (last > 1 && p->lines[last - 1].kind == LK_TEXT) {
            size_t pr = last - 1;
            while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
                pr--;
            BL_CHECK(bl_p_decode_trimmed(p, last - 1, &a, &b));
            if (pr > 0 && bl_p_is_org(p->cur.cp + a, b - a) && b - a <= 30) {
                BL_CHECK(bl_p_decode_trimmed(p, pr - 1, &a, &b));
                /* under a 版记's copy line (抄送：…。) the office is the
                 * 版记's 印发机关, no signature (see signs_over_imprint) */
                if (b > a && (bl_p_is_stop(p->cur.cp[b - 1]) || ends(p->cur.cp + a, b - a, "特此通知"))
                    && !is_copy_line(p->cur.cp + a, b - a))
                    p->lines[last - 1].kind = LK_SIGNATURE;
            }
        }
    }
    /* No signature or date closes the body (a law site's copy): a label
     * 附件: (附件) alone on its line after the body, a line and more under it,
     * opens the attached document as a signature would (正文 / 附件:标题 /
     * 附件: / 标题 / 第一条 …). */
    if (after_sig == p->nlines) {
        bool body = false;
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind == LK_SALUTATION) {
                body = true;
                continue;
            }
            if (l->kind != LK_TEXT && l->kind != LK_ATTACH)
                continue;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            bool label = b - a <= 3 && starts(p->cur.cp + a, b - a, "附件")
                      && (l->kind == LK_ATTACH || b - a == 2);
            if (!label) {
                body |= l->kind == LK_TEXT && b > a && bl_p_is_terminal(p->cur.cp[b - 1]);
                continue;
            }
            if (!body)
                continue;
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && p->lines[j].kind == LK_ATTACH_ITEM)
                continue; /* a list of downloaded files, no document */
            if (j < p->nlines && j - i <= 2 && bl_p_next_nonblank(p, j + 1) < p->nlines) {
                after_sig = i;
                break;
            }
        }
    }
    BL_CHECK(signs_over_imprint(p));
    if (after_sig < p->nlines) {
        size_t i = after_sig;
        for (; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind == LK_BLANK)
                continue;
            if (l->kind == LK_ATTACH) {
                /* 附件： alone on its line above the attached document */
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                if (b - a <= 4 && starts(p->cur.cp + a, b - a, "附件")) {
                    /* its list, numbered from 1 on the lines under it (附件: /
                     * 1.……公告(沅审公告〔2021〕10号)) */
                    size_t j = bl_p_next_nonblank(p, i + 1);
                    if (j < p->nlines && p->lines[j].kind == LK_ATTACH_ITEM)
                        break; /* its downloaded files */
                    if (j < p->nlines && j - i <= 2
                        && (p->lines[j].kind == LK_HEADING || p->lines[j].kind == LK_TEXT)) {
                        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                        const uint32_t *cq = p->cur.cp + a;
                        if (b - a > 2 && cq[0] == '1'
                            && (cq[1] == '.' || cq[1] == 0xFF0E || cq[1] == 0x3001))
                            break;
                    }
                    l->kind = LK_TEXT; /* a label, no list of attachments */
                    continue;
                }
            }
            if (l->kind != LK_TEXT)
                break;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            const uint32_t *cp = p->cur.cp + a;
            size_t n = b - a;
            /* a collection's part head (关于批复范文 篇2) over the next
             * document: a heading, that document's title under it */
            if (is_release_mark(cp, n) || han_free(cp, n) || (n <= 4 && starts(cp, n, "附件"))
                || is_print_line(cp, n) || is_part_head(cp, n))
                continue;
            bool paren = cp[n - 1] == 0xFF09 || cp[n - 1] == ')';
            /* a regulation's first chapter right after the order's date
             * (第一章 总 则): its heading, no attached document */
            size_t ch = n > 3 && cp[0] == 0x7B2C ? bl_p_han_numerals_end(cp, 1, n, 6) : 0;
            if (cp[0] == 0xFF08 || cp[0] == '(' || (ch > 1 && ch < n && cp[ch] == 0x7AE0 /* 章 */))
                break;
            if (bl_p_len_unread(cp, 0, n) <= 60 && (paren || !bl_p_is_terminal(cp[n - 1])) && !is_field(cp, n)
                && !bl_p_is_meta_line(cp, n)) {
                l->kind = LK_DOCTITLE;
                /* set on two lines (中華人民共和國 / 政府信息公開工作年度報告
                 * 格式): a short first line of Han, then a line of Han
                 * without punctuation, the body under them */
                size_t j = bl_p_next_nonblank(p, i + 1), last = i;
                /* or wrapped after a pause (乌兰浩特市人民政府公文形式、适用
                 * 范围、 / 审批程序和公文处理有关规定): a title goes on
                 * after 、 */
                bool pause = cp[n - 1] == 0x3001;
                if (((n <= 20 && han_only(cp, n) && !bl_p_ends_with_title_word(cp, n)) || pause)
                    && j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                    if (b - a >= 4 && b - a <= 40
                        && (han_only(p->cur.cp + a, b - a) || title_then_status(p->cur.cp + a, b - a))) {
                        l->join = 1;
                        p->lines[j].kind = LK_SKIP;
                        last = j;
                        j = bl_p_next_nonblank(p, j + 1);
                    }
                }
                /* 厦门经济特区社会信用条例 / (草案修改二稿征求意见稿): the
                 * draft's status in parentheses under its title is its
                 * subtitle; so is the revision it is in ((2013年2月修订)),
                 * and its 题注: who drafted and revised it, which meeting
                 * adopted it ((原市教委于 1998 年 5 月 21 日拟订…修订),
                 * (2010年12月14日省政府第76次常务会议通过)), spaces
                 * between its digits and words not counted */
                /* or the 题注 of a report attached after a 议案 (2024628日在
                 * 區(qū)五屆人大常委會第十八次會議上, its date's 年月 lost), the
                 * speaker under it (區(qū)財政局局長  王建華), blank lines
                 * between them as a page spaces its paragraphs */
                if (j < p->nlines && j - last <= 4 && p->lines[j].kind == LK_TEXT) {
                    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                    if ((j - last <= 2 && is_headnote(p->cur.cp + a, b - a, 40))
                        || bl_p_is_subtitle(p->cur.cp + a, b - a)) {
                        p->lines[j].kind = LK_SUBTITLE;
                        size_t k = bl_p_next_nonblank(p, j + 1);
                        if (k < p->nlines && k - j <= 4 && p->lines[k].kind == LK_TEXT) {
                            BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
                            if (bl_p_is_speaker(p->cur.cp + a, b - a) || is_glued_speaker(p->cur.cp + a, b - a))
                                p->lines[k].kind = LK_SPEAKER;
                        }
                    }
                    /* the line of its issuers right under it (財政部　發展改革委
                     * 　人民銀行): its SIGNATURE (the lead's ruling, round 45) */
                    else if (j == last + 1 && is_issuers_line(p->cur.cp + a, b - a))
                        p->lines[j].kind = LK_SIGNATURE;
                }
            }
            break;
        }
    }
    /* A document a law site glued under the text (reply-spc: …复函's body,
     * then 青岛市城市房屋拆迁管理条例 / 山东省青岛市人大常委会 / 青岛市城市房屋
     * 拆迁管理条例 / (…会议通过…批准) / 第一章 总 则): after the body has
     * begun, a title over its issuer, then the title again, is that
     * document's header, as at the page's top; the second copy is its
     * DOCTITLE, a 题注 under it its SUBTITLE. */
    {
        bool body = false;
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind == LK_SALUTATION)
                body = true;
            if (l->kind != LK_TEXT)
                continue;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            size_t n = b - a;
            if (n > 0 && p->cur.cp[a + n - 1] == 0x3002)
                body = true;
            if (!body || n < 4 || n > 60 || has(p->cur.cp + a, n, 0x3002)
                || !bl_p_ends_with_title_word(p->cur.cp + a, n))
                continue;
            uint32_t title[60];
            memcpy(title, p->cur.cp + a, n * sizeof *title);
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
                continue;
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if (!bl_p_is_org(p->cur.cp + a, b - a))
                continue;
            size_t k = bl_p_next_nonblank(p, j + 1);
            if (k >= p->nlines || k - j > 4 || p->lines[k].kind != LK_TEXT)
                continue;
            BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
            if (b - a != n || memcmp(p->cur.cp + a, title, n * sizeof *title) != 0)
                continue;
            p->lines[k].kind = LK_DOCTITLE;
            size_t h = bl_p_next_nonblank(p, k + 1);
            if (h < p->nlines && h - k <= 5 && p->lines[h].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, h, &a, &b));
                if (is_headnote(p->cur.cp + a, b - a, 240))
                    p->lines[h].kind = LK_SUBTITLE;
            }
            i = k;
        }
    }
    /* A page that holds documents one after the other: after a signed
     * document, a salutation right under the next one's title or 文号
     * (…的批复 / 证监期审字 [1995]25号 / 新华期货经纪有限公司:) is that
     * document's own; so is one under a quoted document's title, and one
     * right under the signature and date of the document before, the next
     * opening at its salutation (request-fanwen: X人民政府 / 20xx年12月28日 /
     * X省文物局:). */
    {
        bool signed_before = false, body = false;
        size_t prev = p->nlines, before_prev = p->nlines;
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind == LK_BLANK)
                continue;
            if (l->kind == LK_DOCNUMBER && signed_before && prev < p->nlines && i - prev <= 2
                && p->lines[prev].kind == LK_TEXT)
                BL_CHECK(next_title_over_docnumber(p, prev, before_prev));
            else if (l->kind == LK_DOCNUMBER && body && prev < p->nlines && i - prev <= 2
                     && p->lines[prev].kind == LK_TEXT)
                BL_CHECK(example_title_over_docnumber(p, i, prev, before_prev));
            /* (a page's date field, 成文日期:2013年8月6日, signs nothing) */
            bool dated = l->kind == LK_DATE;
            if (dated) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                dated = !field_line(p->cur.cp + a, b - a);
            }
            if (l->kind == LK_SIGNATURE || dated)
                signed_before = true;
            else if (l->kind == LK_TEXT && prev < p->nlines && body && !signed_before
                     && p->lines[prev].kind == LK_DOCNUMBER) {
                /* the next document opening at its 文号, no signature
                 * before it (转发性通知范文二: / 陕政办发〔1997〕41号 / 各市、
                 * 县(区)人民政府…:): the salutation right under it */
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                if (bl_p_is_salutation(p->cur.cp + a, b - a))
                    l->kind = LK_SALUTATION;
            } else if (l->kind == LK_TEXT && signed_before && prev < p->nlines
                     && (p->lines[prev].kind == LK_DOCNUMBER || p->lines[prev].kind == LK_DOCTITLE
                         || (p->lines[prev].kind == LK_DATE && before_prev < p->nlines
                             && p->lines[before_prev].kind == LK_SIGNATURE))) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                if (bl_p_is_salutation(p->cur.cp + a, b - a))
                    l->kind = LK_SALUTATION;
            } else if (l->kind == LK_TEXT && body && prev < p->nlines && p->lines[prev].kind == LK_TEXT
                       && i - prev <= 2) {
                /* a document quoted in the body (例文: / 关于…的请示 / 南山区
                 * 国土局:): its title, no sentence, right over its salutation */
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                bool sal = bl_p_is_salutation(p->cur.cp + a, b - a);
                BL_CHECK(bl_p_decode_trimmed(p, prev, &a, &b));
                const uint32_t *tc = p->cur.cp + a;
                size_t tn = b - a;
                /* (or the document's kind alone, a 病文's 批覆 over ××鄉政府:) */
                if (sal && (tn >= 6 || (tn <= 3 && han_only(tc, tn))) && tn <= 40
                    && bl_p_ends_with_title_word(tc, tn) && !has(tc, tn, 0x3002)
                    && !has(tc, tn, 0xFF0C) && !has(tc, tn, ',') && !is_colon(tc[tn - 1])) {
                    p->lines[prev].kind = LK_DOCTITLE;
                    l->kind = LK_SALUTATION;
                }
            }
            /* the body has begun: a salutation, or a sentence */
            if (l->kind == LK_SALUTATION)
                body = true;
            else if (l->kind == LK_TEXT && !body) {
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                body = b > a && p->cur.cp[b - 1] == 0x3002;
            }
            before_prev = prev;
            prev = i;
        }
    }
    /* Attachment items; captions and notes of tables. */
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        if (l->kind == LK_ATTACH) {
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            size_t c = a;
            while (c < b && !is_colon(p->cur.cp[c]))
                c++;
            size_t f = bl_p_skip_spaces(p->cur.cp, b, c + 1);
            int expect = 0;
            while (f < b && bl_p_is_digit(p->cur.cp[f]) && expect < 100)
                expect = expect * 10 + (int)(p->cur.cp[f++] - '0');
            expect = expect && f < b && (p->cur.cp[f] == '.' || p->cur.cp[f] == 0xFF0E
                                         || p->cur.cp[f] == 0x3001) ? expect + 1 : 1;
            size_t j = bl_p_next_nonblank(p, i + 1);
            while (j < p->nlines && (p->lines[j].kind == LK_HEADING || p->lines[j].kind == LK_TEXT)) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                size_t e = a;
                int num = 0;
                while (e < b && bl_p_is_digit(p->cur.cp[e]) && e - a < 3)
                    num = num * 10 + (int)(p->cur.cp[e++] - '0');
                bool item = e > a && e < b
                         && (p->cur.cp[e] == '.' || p->cur.cp[e] == 0xFF0E || p->cur.cp[e] == 0x3001)
                         && num == expect;
                if (!item)
                    break;
                p->lines[j].kind = LK_ATTACH_ITEM;
                expect++;
                j = bl_p_next_nonblank(p, j + 1);
            }
            continue;
        }
        if (l->kind == LK_TABLE || l->kind == LK_RULE) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && (p->lines[j].kind == LK_TABLE || p->lines[j].kind == LK_RULE))
                continue;
            /* 注:1.… / 2.… / 3.…: the numbered notes after the first */
            uint32_t next_no = 0;
            while (j < p->nlines && (p->lines[j].kind == LK_TEXT || (next_no && p->lines[j].kind == LK_HEADING))) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                const uint32_t *q = p->cur.cp + a;
                bool numbered = next_no && b - a > 2 && q[0] == next_no && (q[1] == '.' || q[1] == 0xFF0E);
                if (!numbered && !bl_p_is_note(q, b - a))
                    break;
                next_no = numbered ? next_no + 1
                        : b - a > 4 && (q[1] == ':' || q[1] == 0xFF1A) && q[2] == '1' && (q[3] == '.' || q[3] == 0xFF0E) ? '2' : 0;
                p->lines[j].kind = LK_NOTE;
                j = bl_p_next_nonblank(p, j + 1);
            }
            continue;
        }
        if (l->kind != LK_TEXT)
            continue;
        size_t j = bl_p_next_nonblank(p, i + 1);
        if (j >= p->nlines)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        /* the table's period alone over it, only blank lines between and
         * no caption above (2011年1-3月 / / 当月同比增长(%) …): a NOTE */
        if (j - i <= 6 && p->lines[j].kind == LK_TABLE && period_alone(cp, n)) {
            size_t pv = i;
            while (pv > 0 && p->lines[pv - 1].kind == LK_BLANK)
                pv--;
            if (pv == 0 || p->lines[pv - 1].kind != LK_CAPTION) {
                l->kind = LK_NOTE;
                continue;
            }
        }
        bool unit = (starts(cp, n, "单位") || starts(cp, n, "單位")) && n < 30 && bl_p_is_note(cp, n);
        bool cap = bl_p_is_caption(cp, n);
        /* right above its table, or a blank line above a table copied a
         * cell per line, whose lines all stand a blank line apart
         * (上海市生產(chǎn)總值 / / 2022年上半年 / / 總量 …) */
        /* (or two or three blank lines apart, nothing else between: an
         * empty corner cell lost between caption and table, 主要产品产量 /
         * / / / 2023年) */
        if (!cap && !unit && is_plain_caption(cp, n) && p->lines[j].kind == LK_TABLE
            && (j == i + 1 || (j <= i + (p->lines[j].shape ? 4 : 3) && i > bl_p_next_nonblank(p, 0))))
            cap = true; /* (a sheet's name opening the text, a blank line
                         * over its table, is the text's title) */
        size_t jt = bl_p_next_nonblank(p, j + 1);
        if (!cap && !unit && j - i <= 2 && jt < p->nlines && jt - j <= 2 && p->lines[j].kind == LK_TEXT
            && p->lines[jt].kind == LK_TABLE && is_plain_caption(cp, n)) {
            /* a caption, then the table's period on a line of its own
             * ((2022年1-3月); a month, 2022年9月, over a table of cells, a
             * blank line apart) */
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if ((j == i + 1 && jt == j + 1 && is_period_line(p->cur.cp + a, b - a))
                || (p->lines[jt].shape && is_month_date(p->cur.cp + a, b - a, &y, &m, &d, &s)))
                l->kind = LK_CAPTION;
            continue;
        }
        /* a plain line right above a table's unit line (粮食作物播种面积及
         * 产量情况 / 表一 单位:公顷、吨): the table's caption, the table
         * under it or cut */
        /* or a blank line between them, the table under the note (a
         * caption indented, / 单位:亿元 / a table of cells a line each) */
        bool tabled = j == i + 1
                   || (j == i + 2 && jt < p->nlines && jt - j <= 2
                       && (p->lines[jt].kind == LK_TABLE || p->lines[jt].kind == LK_RULE));
        if (!cap && !unit && tabled && p->lines[j].kind == LK_NOTE && is_plain_caption(cp, n)) {
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if (is_unit_note(p->cur.cp + a, b - a)) {
                l->kind = LK_CAPTION;
                continue;
            }
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
        }
        if (!unit && !cap)
            continue;
        size_t t = j;
        if (cap && (p->lines[j].kind == LK_TEXT || p->lines[j].kind == LK_NOTE)) {
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if (is_unit_note(p->cur.cp + a, b - a)
                || ((starts(p->cur.cp + a, b - a, "单位") || starts(p->cur.cp + a, b - a, "單位"))
                    && bl_p_is_note(p->cur.cp + a, b - a)))
                t = bl_p_next_nonblank(p, j + 1);
        }
        if (t < p->nlines && (p->lines[t].kind == LK_TABLE || p->lines[t].kind == LK_RULE)) {
            l->kind = cap ? LK_CAPTION : LK_NOTE;
            if (t != j)
                p->lines[j].kind = LK_NOTE;
        }
    }
    BL_CHECK(record_line_dates(p));
cleanup:
    return status;
}

/* ========================================================================
 * Nodes
 * ====================================================================== */

static bulletin_node *part_node(parser *p, bulletin_node_type type)
{
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_PARAGRAPH);
    if (node)
        node->part = (unsigned char)type;
    return node;
}

static bulletin_status new_part(parser *p, bulletin_node_type type, size_t from, size_t to,
                                bool top, bulletin_node **out)
{
    bulletin_node *node = part_node(p, type);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status = bl_p_set_text(p, node, from, to);
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    if (top) {
        bl_p_attach_top(p, node);
    } else {
        status = bl_p_attach_block(p, node);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, node);
            return status;
        }
    }
    if (out)
        *out = node;
    return BULLETIN_OK;
}

/* A line of single Han characters each spaced from the next (政 府 工 作
 * 报 告, 政　府　工　作　报　告hd9, a copy's end marker after it): at
 * least three. */
static bool spaced_out_line(const uint32_t *cp, size_t n)
{
    n = end_marker_cut(cp, n);
    size_t chars = 0;
    for (size_t i = 0; i < n;) {
        if (!bl_is_han(cp[i]))
            return false;
        chars++;
        i++;
        if (i < n && !bl_p_is_space(cp[i]))
            return false;
        i = bl_p_skip_spaces(cp, n, i);
    }
    return chars >= 3;
}

/* The text of an issuer spaced out (國 務 院) as found: one space `sp`
 * (ideographic, as 市　长　袁宝成 keeps its) where the source had spaces
 * next to a Han character of it (the normalised text drops them between
 * Han, and between Han and a digit), at the first `most` such places. */
static bulletin_status spread_out(parser *p, bulletin_node *node, uint32_t sp, size_t most)
{
    size_t n = node->ncols;
    if (node->linemap || n < 2)
        return BULLETIN_OK;
    char *text = bl_calloc(p->mem, node->len + 3 * n + 1, 1);
    int *colmap = bl_calloc(p->mem, 2 * n + 1, sizeof *colmap);
    if (!text || !colmap) {
        bl_free(p->mem, text);
        bl_free(p->mem, colmap);
        return BULLETIN_ERR_NOMEM;
    }
    const unsigned char *s = (const unsigned char *)node->text;
    size_t at = 0, w = 0, k = 0;
    uint32_t prev = 0;
    for (size_t i = 0; i < n && at < node->len; i++) {
        uint32_t c;
        int len = bl_utf8_decode(s + at, node->len - at, &c);
        if (len <= 0)
            len = 1, c = s[at];
        /* (not again after a kept space's `sp`: 财政部  国家发展改革委 keeps one) */
        if (i > 0 && most > 0 && (bl_is_han(c) || bl_is_han(prev)) && node->colmap[i] > node->colmap[i - 1] + 1
            && !(sp != ' ' && bl_p_is_space(prev))) {
            most--;
            w += (size_t)bl_utf8_encode(sp, text + w);
            colmap[k++] = node->colmap[i - 1] + 1;
        }
        /* spaces the text kept (between a redacted place's marks, × ×
         * 省人事厅): one `sp` for each run, as between Han */
        if (sp != ' ' && bl_p_is_space(c)) {
            at += (size_t)len;
            if (!bl_p_is_space(prev)) {
                w += (size_t)bl_utf8_encode(sp, text + w);
                colmap[k++] = node->colmap[i];
            }
            prev = c;
            continue;
        }
        prev = c;
        memcpy(text + w, s + at, (size_t)len);
        w += (size_t)len;
        at += (size_t)len;
        colmap[k++] = node->colmap[i];
    }
    colmap[k] = node->colmap[n];
    bl_free(p->mem, node->text);
    bl_free(p->mem, node->colmap);
    node->text = text;
    node->len = w;
    node->colmap = colmap;
    node->ncols = k;
    return BULLETIN_OK;
}

static bulletin_status set_iso(parser *p, bulletin_node *node, int y, int m, int d)
{
    char iso[16];
    if (d == 0) /* a month's date: YYYY-MM, no day made up */
        snprintf(iso, sizeof iso, "%04d-%02d", y % 10000, m % 100);
    else
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
    node->value = bl_strndup(p->mem, iso, strlen(iso));
    return node->value ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
}

bulletin_status bl_p_add_record_date(parser *p, size_t from, size_t to)
{
    int y, m, d;
    bulletin_node *node = NULL;
    bulletin_status status = BULLETIN_OK;
    if (!record_line_date(p->cur.cp + from, to - from, &y, &m, &d, NULL))
        return bl_p_add_paragraph(p, from, to);
    BL_CHECK(new_part(p, BULLETIN_NODE_DATE, from, to, true, &node));
    p->signed_off = true;
    node->record = 1;
    status = set_iso(p, node, y, m, d);
cleanup:
    return status;
}

/* A page's field of the document's own date (成文日期：2013年8月6日,
 * 發文日期：…): no record of the page's. */
static bool own_date_label(const uint32_t *cp, size_t n)
{
    static const char *const own[] = {"成文日期", "成文時間", "成文时间", "发文日期", "發文日期"};
    size_t i = field_bullet(cp, n);
    for (size_t k = 0; k < sizeof own / sizeof *own; k++)
        if (starts(cp + i, n - i, own[k]))
            return true;
    return false;
}

/* A page's posting-date label opening cp[0, n), after a bracket or a
 * bullet perhaps ([ 日期：, 【发布时间：, • 更新日期:), the text before a
 * date: not the document's own date's (成文日期). */
static bool posting_label_at(const uint32_t *cp, size_t n)
{
    size_t i = field_bullet(cp, n);
    if (i < n && (cp[i] == '[' || cp[i] == 0x3010 || cp[i] == '(' || cp[i] == 0xFF08 || cp[i] == 0x3014
                  || cp[i] == 0xFF3B))
        i = bl_p_skip_spaces(cp, n, i + 1);
    if (own_date_label(cp + i, n - i))
        return false;
    for (size_t k = 0; k < sizeof page_date_labels / sizeof *page_date_labels; k++) {
        size_t l = starts(cp + i, n - i, page_date_labels[k]);
        if (l && l < n - i && is_colon(cp[i + l]))
            return true;
    }
    return false;
}

/* The labels of a page's publisher and editors over its record line
 * (信息发布者：段懿梅, 發布者：…, 作者：…). */
static const char *const record_person_labels[] = {"信息发布者", "信息發布者", "信息發佈者", "发布者", "發布者",
                                                   "發佈者", "发布人", "發布人", "发稿人", "發稿人",
                                                   "撰稿人", "作者", "审核人", "審核人", "责任人", "責任人"};

/* A page's field on a line of its own: a page's field line (来源：…,
 * 浏览次数：…), or its publisher's name after the label, one word. */
static bool record_field_line(const uint32_t *cp, size_t n)
{
    if (bl_p_is_meta_line(cp, n))
        return true;
    for (size_t k = 0; k < sizeof record_person_labels / sizeof *record_person_labels; k++) {
        size_t l = starts(cp, n, record_person_labels[k]);
        if (!l || l >= n || !is_colon(cp[l]))
            continue;
        size_t v = bl_p_skip_spaces(cp, n, l + 1), w = v;
        while (w < n && (bl_is_han(cp[w]) || cp[w] == 0x00B7))
            w++;
        return w > v && w - v <= 12 && bl_p_skip_spaces(cp, n, w) == n;
    }
    return false;
}

/* The page's fields between its headline and the record line whose date
 * is the DATE (信息发布者：段懿梅 / 2019-01-29 08:48:53 来源：今日长子 转
 * 载): the LEAD right under the title, when each of its (at most four)
 * paragraphs is such a field, is the record's too. */
static void mark_record_fields(bulletin_node *date)
{
    bulletin_node *lead = date->prev;
    if (!lead || lead->type != BULLETIN_NODE_LEAD || !lead->prev || lead->prev->type != BULLETIN_NODE_TITLE)
        return;
    size_t k = 0;
    for (bulletin_node *c = lead->first_child; c; c = c->next, k++) {
        uint32_t cp[48];
        size_t n = 0, at = 0;
        if (k >= 4 || c->type != BULLETIN_NODE_PARAGRAPH || c->part || c->first_child)
            return;
        const unsigned char *s = (const unsigned char *)c->text;
        while (at < c->len && n < sizeof cp / sizeof *cp) {
            int len = bl_utf8_decode(s + at, c->len - at, &cp[n]);
            if (len <= 0)
                return;
            at += (size_t)len, n++;
        }
        if (at < c->len || !record_field_line(cp, n))
            return;
    }
    for (bulletin_node *c = lead->first_child; c; c = c->next)
        c->record = 1;
}

/* The title's line after line i, among the page's lines over it (a
 * portal's fields, its metadata values): its index, else p->nlines. */
static size_t title_after(const parser *p, size_t i)
{
    for (size_t j = i + 1; j < p->nlines && j <= i + 40; j++)
        if (p->lines[j].kind == LK_TITLE)
            return j;
    return p->nlines;
}

/* A 文号 line of the document's own right under its title t (the page's
 * record date between): true. */
static bool docnumber_under(const parser *p, size_t t)
{
    for (size_t j = t + 1, seen = 0; j < p->nlines && seen < 2; j++) {
        unsigned char k = p->lines[j].kind;
        if (k == LK_BLANK || k == LK_SKIP)
            continue;
        if (k == LK_DOCNUMBER)
            return true;
        if (k != LK_DATE)
            return false;
        seen++;
    }
    return false;
}

bulletin_status bl_p_add_part(parser *p, size_t i)
{
    bulletin_status status = BULLETIN_OK;
    bl_line *l = &p->lines[i];
    size_t last = i;
    if (l->join) {
        last = i + 1;
        while (last < p->nlines && p->lines[last].kind == LK_BLANK)
            last++;
        /* a chain of joins: SKIP lines with `join` set join the next one
         * too (a title given again over four lines, an attachment's title
         * over three: title.c title_given_again, wrapped_doctitles) */
        while (last < p->nlines && p->lines[last].kind == LK_SKIP && p->lines[last].join) {
            size_t nx = last + 1;
            while (nx < p->nlines && p->lines[nx].kind == LK_BLANK)
                nx++;
            if (nx >= p->nlines)
                break;
            last = nx;
        }
    }
    BL_CHECK(bl_p_decode_lines(p, i, last < p->nlines ? last : i));
    size_t a = bl_p_skip_spaces(p->cur.cp, p->cur.n, 0), b = p->cur.n;
    while (b > a && bl_p_is_space(p->cur.cp[b - 1]))
        b--;
    const uint32_t *cp = p->cur.cp;
    bulletin_node *node = NULL;
    switch (l->kind) {
    case LK_DOCNUMBER: {
        size_t df, dt, ds, de;
        /* a 文号 among the page's lines over the title (- 发文字号:…, a
         * bare 冠政办发〔2017〕83号 among the page's values) when the
         * document gives its own right under its title: the page's copy,
         * a paragraph */
        size_t t = title_after(p, i);
        if (t < p->nlines && docnumber_under(p, t))
            return bl_p_add_paragraph(p, a, b);
        if (date_and_docnumber(cp + a, b - a, &ds, &de, &df, &dt)) {
            /* the date and the 文号 on one line: both, in the line's order */
            int y, m, d;
            size_t st;
            bulletin_node *date = NULL;
            if (ds < df)
                BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a + ds, a + de, true, &date));
            BL_CHECK(new_part(p, BULLETIN_NODE_DOCNUMBER, a + df, a + dt, true, NULL));
            if (ds > df)
                BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a + ds, a + de, true, &date));
            p->signed_off = true;
            bl_p_is_date(cp + a + ds, de - ds, &y, &m, &d, &st);
            return set_iso(p, date, y, m, d);
        }
        if (docnumber_in_parens(cp + a, b - a, &df, &dt) || docnumber_field(cp + a, b - a, &df, &dt))
            return new_part(p, BULLETIN_NODE_DOCNUMBER, a + df, a + dt, true, NULL);
        /* （第21号） under an order's name: the number inside */
        if (b - a >= 5 && (cp[a] == 0xFF08 || cp[a] == '(') && (cp[b - 1] == 0xFF09 || cp[b - 1] == ')')
            && is_order_number(cp + a + 1, b - a - 2, true))
            return new_part(p, BULLETIN_NODE_DOCNUMBER, a + 1, b - 1, true, NULL);
        return new_part(p, BULLETIN_NODE_DOCNUMBER, a, b, true, NULL);
    }
    case LK_SALUTATION:
        return new_part(p, BULLETIN_NODE_SALUTATION, a, b, true, NULL);
    case LK_SUBTITLE: {
        /* a banner's words spaced out a character apart (政 府 工 作 报 告)
         * keep their spacing, as an issuer's do */
        bulletin_node *sub = NULL;
        BL_CHECK(new_part(p, BULLETIN_NODE_SUBTITLE, a, b, true, &sub));
        return spaced_out_line(cp + a, b - a) ? spread_out(p, sub, 0x3000, SIZE_MAX) : BULLETIN_OK;
    }
    case LK_SPEAKER: {
        size_t sf, st, w = bracketed_speaker(p, p->lines[i].off, cp + a, b - a, &sf, &st);
        if (w) { /* [李曉超]女士們…: the name, then the words run in */
            BL_CHECK(new_part(p, BULLETIN_NODE_SPEAKER, a + sf, a + st, true, NULL));
            return w < b - a ? bl_p_add_paragraph(p, a + w, b) : BULLETIN_OK;
        }
        size_t r = turn_speaker_run_in(cp + a, b - a);
        if (r) { /* the speaker, then the words run in after the colon */
            BL_CHECK(new_part(p, BULLETIN_NODE_SPEAKER, a, a + r - 1, true, NULL));
            return bl_p_add_paragraph(p, bl_p_skip_spaces(cp, b, a + r), b);
        }
        r = run_in_turn(cp + a, b - a, true);
        if (r) { /* 主持人(…):各位记者朋友,…: the speaker, then its words */
            BL_CHECK(new_part(p, BULLETIN_NODE_SPEAKER, a, a + r, true, NULL));
            return bl_p_add_paragraph(p, bl_p_skip_spaces(cp, b, a + r + 1), b);
        }
        if (is_turn_speaker(cp + a, b - a) || glued_turn(cp + a, b - a) || is_words_label(cp + a, b - a))
            b--; /* a transcript's 寿小丽:, 主持词全文: without its colon */
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
        return new_part(p, BULLETIN_NODE_SPEAKER, a, b, true, NULL);
    }
    case LK_DOCTITLE:
        bl_p_drop_readings(p, a, &b);
        BL_CHECK(new_part(p, BULLETIN_NODE_DOCTITLE, a, b, true, NULL));
        for (int lv = 1; lv <= 4; lv++)
            p->next_number[lv] = 0;
        return BULLETIN_OK;
    case LK_CAPTION: {
        p->table = NULL;
        bl_p_drop_readings(p, a, &b);
        bool unnumbered = unnumbered_figure_caption(cp + a, b - a) > 0;
        BL_CHECK(new_part(p, BULLETIN_NODE_CAPTION, a, b, false, &node));
        /* 图 规模以上…: the space after 图 stays one space, as after a
         * chart's number */
        return unnumbered ? spread_out(p, node, ' ', 1) : BULLETIN_OK;
    }
    case LK_NOTE:
        p->table = NULL;
        return new_part(p, BULLETIN_NODE_NOTE, a, b, false, NULL);
    case LK_SIGNATURE: {
        /* one node per office: 青海省卫生厅      青海省发展和改革委员会;
         * an order's signer is one (省长　王伟中), and so is an issuer
         * spaced out (国　务　院) */
        if (is_signer(cp + a, b - a)) {
            BL_CHECK(new_part(p, BULLETIN_NODE_SIGNATURE, a, b, true, NULL));
            p->signed_off = true;
            return BULLETIN_OK;
        }
        /* a forwarded document's issuers under its DOCTITLE (財政部　發展改革委
         * 　人民銀行): one SIGNATURE, its spaces 　 (convention 4) */
        size_t above = i;
        while (above > 0 && (p->lines[above - 1].kind == LK_BLANK || p->lines[above - 1].kind == LK_SKIP))
            above--;
        if ((above > 0 && p->lines[above - 1].kind == LK_DOCTITLE && is_issuers_line(cp + a, b - a))
            || spaced_issuer(cp + a, b - a)) {
            bulletin_node *sig = NULL;
            BL_CHECK(new_part(p, BULLETIN_NODE_SIGNATURE, a, b, true, &sig));
            BL_CHECK(spread_out(p, sig, 0x3000, SIZE_MAX));
            p->signed_off = true;
            return BULLETIN_OK;
        }
        size_t s = a;
        while (s < b) {
            size_t e = s;
            while (e < b && !(bl_p_is_space(cp[e])
                              && (cp[e] != ' ' || (e + 1 < b && bl_p_is_space(cp[e + 1])))))
                e++;
            BL_CHECK(new_part(p, BULLETIN_NODE_SIGNATURE, s, e, true, NULL));
            s = bl_p_skip_spaces(cp, b, e);
        }
        p->signed_off = true;
        return BULLETIN_OK;
    }
    case LK_DATE: {
        int y, m, d;
        size_t s;
        if (p->record_dated == i + 1 && record_line_date(cp + a, b - a, &y, &m, &d, NULL)) {
            /* a page's record line, the text's DATE: the line as written */
            BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a, b, true, &node));
            p->signed_off = true;
            node->record = 1;
            mark_record_fields(node);
            int sv[3];
            if (dateline_with_source(cp + a, b - a, sv))
                BL_CHECK(dateline_source_space(p, node));
            return set_iso(p, node, y, m, d);
        }
        if (lost_day_date(cp + a, b - a, &y, &m, &d)) {
            /* 2019年6月13: the line as written */
            BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a, b, true, &node));
            p->signed_off = true;
            return set_iso(p, node, y, m, d);
        }
        if (compact_date(cp + a, b - a, &y, &m, &d))
            s = 0;
        else if (yearless_date(cp + a, b - a, &m, &d) || redacted_date(cp + a, b - a)) {
            /* no year made up (none, or a template's 20xx): no ISO date */
            BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a, b, true, &node));
            p->signed_off = true;
            node->value = bl_strndup(p->mem, "", 0);
            return node->value ? BULLETIN_OK : BULLETIN_ERR_NOMEM;
        } else if (date_then_issuer(cp + a, b - a, &y, &m, &d)) {
            /* the date and its issuer: the line as written */
            BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a, b, true, &node));
            p->signed_off = true;
            return set_iso(p, node, y, m, d);
        } else if (!bl_p_is_date(cp + a, b - a, &y, &m, &d, &s)
                 && !is_month_date(cp + a, b - a, &y, &m, &d, &s)) {
            size_t ds, de;
            if (!front_date(cp + a, b - a, &y, &m, &d, &ds, &de))
                return bl_p_add_paragraph(p, a, b);
            /* the date and its time, without a page's label or a stop:
             * the page's posting, a record line (not a 成文日期 field:
             * the document's own date) */
            BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a + ds, a + de, true, &node));
            p->signed_off = true;
            node->record = !own_date_label(cp + a, b - a);
            if (node->record)
                mark_record_fields(node);
            return set_iso(p, node, y, m, d);
        }
        /* (2022年4月): the date without its brackets */
        size_t e = b;
        if (s > 0 && (cp[a + s - 1] == 0xFF08 || cp[a + s - 1] == '(')
            && (cp[b - 1] == 0xFF09 || cp[b - 1] == ')'))
            e = b - 1;
        BL_CHECK(new_part(p, BULLETIN_NODE_DATE, a + s, e, true, &node));
        p->signed_off = true;
        /* a page's posting date after its label ([ 日期：2013-07-23 ]):
         * a record line; not the document's 成文日期 */
        if (s > 0 && posting_label_at(cp + a, s)) {
            node->record = 1;
            mark_record_fields(node);
        }
        return set_iso(p, node, y, m, d);
    }
    case LK_ATTACH: {
        if (!p->attachments) {
            bulletin_node *c = bl_node_new(p->mem, BULLETIN_NODE_ATTACHMENTS);
            if (!c)
                return BULLETIN_ERR_NOMEM;
            c->line = cp ? p->cur.ln[a] : p->line;
            c->column = p->cur.col[a];
            bl_p_attach_top(p, c);
            p->attachments = c;
        }
        size_t c = a;
        while (c < b && !is_colon(cp[c]))
            c++;
        size_t t = bl_p_skip_spaces(cp, b, c + 1);
        if (t >= b)
            return BULLETIN_OK;
        /* 附件：….pdf 【下载附件】: the file's name without the link's label */
        size_t fe = file_line_name(cp + t, b - t);
        if (fe)
            b = t + fe;
        node = part_node(p, BULLETIN_NODE_ATTACHMENT);
        if (!node)
            return BULLETIN_ERR_NOMEM;
        status = bl_p_set_text(p, node, t, b);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, node);
            return status;
        }
        bl_node_append(p->attachments, node);
        return BULLETIN_OK;
    }
    case LK_ATTACH_ITEM: {
        if (!p->attachments)
            return bl_p_add_paragraph(p, a, b);
        /* a downloaded file: its name without the link's label */
        size_t fe = file_line_name(cp + a, b - a);
        if (fe)
            b = a + fe;
        node = part_node(p, BULLETIN_NODE_ATTACHMENT);
        if (!node)
            return BULLETIN_ERR_NOMEM;
        status = bl_p_set_text(p, node, a, b);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, node);
            return status;
        }
        bl_node_append(p->attachments, node);
        return BULLETIN_OK;
    }
    default:
        return bl_p_add_paragraph(p, a, b);
    }
cleanup:
    return status;
}

/* The front matter's issuer and date sign a text that has no signature
 * and no date of its own. */
bulletin_status bl_p_front_matter_parts(parser *p)
{
    bool sig = false, date = false;
    for (const bulletin_node *n = p->doc->root->first_child; n; n = n->next) {
        sig |= bulletin_node_kind(n) == BULLETIN_NODE_SIGNATURE;
        date |= bulletin_node_kind(n) == BULLETIN_NODE_DATE;
    }
    const char *issuer = p->doc->meta[BULLETIN_META_ISSUER];
    const char *iso = p->doc->meta[BULLETIN_META_DATE];
    bulletin_status status = BULLETIN_OK;
    if (issuer && *issuer && !sig) {
        bulletin_node *n = bl_node_new(p->mem, BULLETIN_NODE_SIGNATURE);
        if (!n)
            return BULLETIN_ERR_NOMEM;
        bl_node_append(p->doc->root, n);
        n->from_meta = 1;
        BL_CHECK(bl_p_set_plain_text(p, n, issuer, 0, 0));
    }
    if (iso && !date) {
        bulletin_node *n = bl_node_new(p->mem, BULLETIN_NODE_DATE);
        if (!n)
            return BULLETIN_ERR_NOMEM;
        bl_node_append(p->doc->root, n);
        n->from_meta = 1;
        char text[32];
        int y = 0, m = 0, d = 0;
        int got = sscanf(iso, "%d-%d-%d", &y, &m, &d);
        if (got == 2) /* a month: 2022-04 */
            snprintf(text, sizeof text, "%d年%d月", y % 10000, m % 100);
        else if (got == 3)
            snprintf(text, sizeof text, "%d年%d月%d日", y % 10000, m % 100, d % 100);
        else
            snprintf(text, sizeof text, "0年0月0日");
        BL_CHECK(bl_p_set_plain_text(p, n, text, 0, 0));
        n->value = bl_strndup(p->mem, iso, strlen(iso));
        if (!n->value)
            return BULLETIN_ERR_NOMEM;
    }
cleanup:
    return status;
}

/* ========================================================================
 * A table of contents
 * ====================================================================== */

/* The line's text without spaces into out (at most cap code points);
 * false when it is longer or holds a sentence's or clause's mark. */
static bool toc_text(const uint32_t *cp, size_t n, uint32_t *out, size_t cap, size_t *len)
{
    *len = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_space(c))
            continue;
        if (c == 0x3002 || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || is_colon(c))
            return false;
        if (*len == cap)
            return false;
        out[(*len)++] = c;
    }
    return *len > 0;
}

static bool is_leader(uint32_t c)
{
    /* . … ⋯ · ． ・ ‥ ﹒ */
    return c == '.' || c == 0x2026 || c == 0x22EF || c == 0xB7 || c == 0xFF0E || c == 0x30FB ||
           c == 0x2025 || c == 0xFE52 || c == 0x2027;
}

/* The length of a contents entry without its page reference: a page
 * number (1 to 4 digits) after a dot leader (……3, ....3, ··· 3) or after
 * a Word field code kept in the copied text (PAGEREF _Toc25831 \h 3, its
 * backslash lost or not); *ref tells whether one was found (else n). */
static size_t toc_page_ref(const uint32_t *cp, size_t n, bool *ref)
{
    *ref = false;
    size_t e = n;
    while (e > 0 && bl_p_is_space(cp[e - 1]))
        e--;
    size_t d = e;
    while (d > 0 && ((cp[d - 1] >= '0' && cp[d - 1] <= '9') || (cp[d - 1] >= 0xFF10 && cp[d - 1] <= 0xFF19)))
        d--;
    if (d == e || e - d > 4)
        return n;
    size_t s = d;
    while (s > 0 && bl_p_is_space(cp[s - 1]))
        s--;
    size_t l = s, dots = 0;
    while (l > 0 && (is_leader(cp[l - 1]) || (dots > 0 && bl_p_is_space(cp[l - 1])))) {
        dots += is_leader(cp[l - 1]);
        l--;
    }
    if (dots >= 2 && l > 0) {
        while (l > 0 && bl_p_is_space(cp[l - 1]))
            l--;
        *ref = true;
        return l;
    }
    /* PAGEREF <bookmark> [\h] [\* MERGEFORMAT] N */
    for (size_t k = s; k >= 7 && s - k <= 48; k--) {
        size_t b = k - 7;
        static const char word[] = "PAGEREF";
        size_t w = 0;
        while (w < 7 && (cp[b + w] == (uint32_t)word[w] || cp[b + w] == (uint32_t)word[w] + 32))
            w++;
        if (w < 7 || (b > 0 && !bl_p_is_space(cp[b - 1]) && cp[b - 1] < 0x80))
            continue;
        /* the field's arguments: ASCII, and a bookmark (_Toc…, _Ref…) */
        bool ascii = true, mark = false;
        for (size_t q = k; q < s; q++) {
            if (cp[q] >= 0x80 && !bl_p_is_space(cp[q]))
                ascii = false;
            if (cp[q] == '_')
                mark = true;
        }
        if (!ascii || !mark)
            break;
        while (b > 0 && bl_p_is_space(cp[b - 1]))
            b--;
        if (b == 0)
            break;
        *ref = true;
        return b;
    }
    return n;
}

/* A contents entry's number and level: 第N部分 (章 节 篇 编) level 0,
 * then the headings' levels (一、 1, （一） 2, 1. 3, （1） 4); 0 when the
 * entry has no number. */
static int entry_number(const uint32_t *cp, size_t n, int *level)
{
    heading_match h;
    if (bl_p_match_heading(cp, n, 0, &h)) {
        *level = h.level;
        return h.number;
    }
    if (n > 2 && cp[0] == 0x7B2C) { /* 第 */
        size_t e = bl_p_han_numerals_end(cp, 1, n, 4);
        static const char *const parts[] = {"部分", "章", "节", "節", "篇", "编", "編"};
        for (size_t k = 0; e > 1 && k < sizeof parts / sizeof *parts; k++)
            if (starts(cp + e, n - e, parts[k])) {
                /* (the value matters only as first or not) */
                *level = 0;
                return e == 2 && cp[1] == 0x4E00 ? 1 : 2; /* 第一 */
            }
    }
    return 0;
}

/* Whether line i heads a table of contents (目录, 目 录, 目錄, or an
 * attached plan's title ending in 目录); then *end is the line after its
 * entries (short, without a clause's marks, up to the first one repeated;
 * in a list a copy kept only in part, its first entry numbered past the
 * first (九、… 十二、…), up to the first line numbered first at its
 * level or above, where the body begins: 第一部分, 一、) and *entries
 * their count. */
bulletin_status bl_p_contents_at(parser *p, size_t i, bool *head, size_t *end, size_t *entries)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    enum { CAP = 40 };
    uint32_t first[CAP], cur[CAP];
    *head = false;
    *end = i + 1;
    *entries = 0;
    line_kind k = (line_kind)p->lines[i].kind;
    if (k != LK_TEXT && k != LK_DOCTITLE)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    size_t hn;
    if (!toc_text(p->cur.cp + a, b - a, cur, CAP, &hn) || hn < 2 || cur[hn - 2] != 0x76EE ||
        (cur[hn - 1] != 0x5F55 && cur[hn - 1] != 0x9304)) /* 目录 目錄 */
        return BULLETIN_OK;
    *head = true;
    size_t fn = 0, j;
    int part_level = -1; /* a list kept in part: its first entry's level */
    for (j = bl_p_next_nonblank(p, i + 1); j < p->nlines; j = bl_p_next_nonblank(p, j + 1)) {
        line_kind kj = (line_kind)p->lines[j].kind;
        if (kj != LK_TEXT && kj != LK_HEADING)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        size_t cn;
        bool ref;
        b = a + toc_page_ref(p->cur.cp + a, b - a, &ref);
        /* 21、2022年末本地区、本级及所属地区政府债券发行、还本付息决算数 */
        if (b - a > CAP || !toc_text(p->cur.cp + a, b - a, cur, CAP, &cn))
            break;
        int level = 0, number = entry_number(cur, cn, &level);
        if (*entries == 0) {
            memcpy(first, cur, cn * sizeof *cur);
            fn = cn;
            if (number > 1)
                part_level = level;
        } else if (cn == fn && memcmp(first, cur, cn * sizeof *cur) == 0)
            break; /* the body begins with the first part again */
        else if (part_level >= 0 && number == 1 && level <= part_level)
            break; /* the body begins after a list kept in part */
        (*entries)++;
    }
    *end = j;
cleanup:
    return status;
}

/* The entries from line i on that end in a page reference (toc_page_ref),
 * blank lines between them; *end the line after the last. */
static bulletin_status page_ref_run(parser *p, size_t i, size_t *end, size_t *entries)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, j;
    *entries = 0;
    *end = i + 1;
    for (j = i; j < p->nlines; j = bl_p_next_nonblank(p, j + 1)) {
        line_kind kj = (line_kind)p->lines[j].kind;
        if (kj != LK_TEXT && kj != LK_HEADING)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        bool ref;
        size_t n = toc_page_ref(p->cur.cp + a, b - a, &ref);
        enum { CAP = 60 };
        uint32_t cur[CAP];
        size_t cn;
        if (!ref || !toc_text(p->cur.cp + a, n, cur, CAP, &cn))
            break;
        (*entries)++;
        *end = j + 1;
    }
cleanup:
    return status;
}

bulletin_status bl_p_find_contents(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    for (size_t i = 0; i < p->nlines; i++) {
        bool head;
        size_t j, entries, from = i + 1;
        BL_CHECK(bl_p_contents_at(p, i, &head, &j, &entries));
        if (!head) {
            /* without 目录 over them (or a line between): entries one over
             * another each ending in its page number after a dot leader or
             * a Word field code (一、主要职责 PAGEREF _Toc32310 \h 3) */
            BL_CHECK(page_ref_run(p, i, &j, &entries));
            if (entries < 3)
                continue;
            from = i;
        } else if (entries < 3)
            continue;
        /* the contents' lines are no headings (1.总则 … 8.附则) and stay
         * one paragraph each */
        for (size_t e = from; e < j; e++) {
            if (p->lines[e].kind == LK_HEADING)
                p->lines[e].kind = LK_TEXT;
            p->lines[e].toc = 1;
        }
        i = j - 1;
    }
cleanup:
    return status;
}

/* The length of the longest common subsequence of x[0, n) and y[0, m),
 * both at most 80 long. */
static size_t common_subsequence(const uint32_t *x, size_t n, const uint32_t *y, size_t m)
{
    unsigned char row[81] = {0};
    if (n > 80 || m > 80)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char diag = 0;
        for (size_t j = 0; j < m; j++) {
            unsigned char up = row[j + 1];
            row[j + 1] = x[i] == y[j] ? (unsigned char)(diag + 1) : up > row[j] ? up : row[j];
            diag = up;
        }
    }
    return row[m];
}

/* A page's abstract over the document it gives (导语 为全力…, 摘要：…,
 * 【内容提要】…, 編者按：…): its label first, then a colon, a space or
 * its bracket. */
static bool abstract_line(const uint32_t *cp, size_t n)
{
    static const char *const labels[] = {"导语", "導語", "摘要", "内容摘要", "內容摘要", "内容提要", "內容提要",
                                         "提要", "编者按", "編者按", "简介", "簡介", "内容简介", "內容簡介"};
    size_t o = n > 0 && (cp[0] == 0x3010 || cp[0] == '[') ? 1 : 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t m = starts(cp + o, n - o, labels[k]);
        if (!m || o + m >= n)
            continue;
        uint32_t c = cp[o + m];
        if (is_colon(c) || bl_p_is_space(c) || c == 0x3011 || c == ']')
            return true;
    }
    return false;
}

/* The title repeated under itself, broken: the PDF's own title line that
 * lost its first half (山东省农村环境连片整治示范资金管理办法 / 资金管理暂行
 * 办法), or the title over two lines with its year lost (子洲县二〇二三年
 * 国民经济和社会发展统计公报 / 子洲县二〇 / 国民经济和社会发展统计公报): one
 * or two short lines right under the title, no mark in them, ending like a
 * title and with the title's own last word, with at least three quarters
 * of their characters the title's in order, and not the title itself,
 * are its subtitle (an 印发 notice's title over the attached 办法's is
 * not: 通知 / 办法).  A page may set its abstract (导语 …, 摘要：…) or its
 * posting date between the title and the repeat, the portal's place name
 * dropped from it (保定腰山镇人民政府关于…的通告 / 导语 … / 腰山镇人民政府
 * 关于…的通告): at most two such lines are passed. */
static bulletin_status broken_title_repeat(parser *p, size_t tfirst, size_t tlast)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    uint32_t title[80], rep[80];
    BL_CHECK(bl_p_decode_lines(p, tfirst, tlast));
    size_t tn = bl_p_squeeze(p->cur.cp, p->cur.n, title, 80);
    if (tn < 6 || tn > 80)
        return BULLETIN_OK;
    size_t j = bl_p_next_nonblank(p, tlast + 1), rn = 0;
    for (size_t passed = 0; passed < 2 && j < p->nlines; passed++) {
        bool front = p->lines[j].kind == LK_DATE;
        if (!front && p->lines[j].kind == LK_TEXT) {
            int y, m, d;
            size_t ds, de;
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            front = abstract_line(p->cur.cp + a, b - a)
                 || (b - a <= 40 && front_date(p->cur.cp + a, b - a, &y, &m, &d, &ds, &de));
        }
        if (!front)
            break;
        j = bl_p_next_nonblank(p, j + 1);
    }
    size_t last = j;
    for (size_t k = j, lines = 0; lines < 2 && k < p->nlines && k - last <= 2 && p->lines[k].kind == LK_TEXT;
         k = bl_p_next_nonblank(p, k + 1), lines++) {
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t m = end_marker_cut(cp, b - a); /* 政 府 工 作 报 告hd9 */
        bool plain = m >= 2 && rn + m <= 80;
        for (size_t i = 0; i < m && plain; i++)
            plain = bl_is_han(cp[i]) || bl_p_is_digit(cp[i]) || cp[i] == 0x3007 || bl_p_is_space(cp[i]);
        if (!plain)
            break;
        for (size_t i = 0; i < m; i++) /* its words spaced out */
            if (!bl_p_is_space(cp[i]))
                rep[rn++] = cp[i];
        last = k;
        if (bl_p_ends_with_title_word(rep, rn))
            break;
    }
    /* the title's note in brackets after its title word, （全文）, (草案) */
    size_t te = tn;
    if (title[tn - 1] == 0xFF09 || title[tn - 1] == ')') {
        size_t o = tn - 1;
        while (o > 0 && tn - o <= 5 && title[o - 1] != 0xFF08 && title[o - 1] != '(')
            o--;
        if (o > 1 && tn - o <= 5 && bl_p_ends_with_title_word(title, o - 1))
            te = o - 1;
    }
    if (rn < 4 || rn >= tn || !bl_p_ends_with_title_word(rep, rn) || bl_p_is_org(rep, rn)
        || rep[rn - 1] != title[te - 1] || rep[rn - 2] != title[te - 2]) /* the same kind: 办法 / 办法 */
        return BULLETIN_OK;
    if (common_subsequence(rep, rn, title, tn) * 4 < rn * 3)
        return BULLETIN_OK;
    size_t k = bl_p_next_nonblank(p, last + 1);
    if (k >= p->nlines || p->lines[k].kind == LK_BLANK)
        return BULLETIN_OK;
    p->lines[j].kind = LK_SUBTITLE;
    for (size_t i = j + 1; i <= last; i++)
        if (p->lines[i].kind != LK_BLANK)
            p->lines[i].kind = LK_SKIP;
    if (last > j)
        p->lines[j].join = 1;
cleanup:
    return status;
}

/* A bulletin's issuing office alone on the line under its title (2020年中
 * 国水资源公报 / 中华人民共和国水利部): its SIGNATURE, as the office above
 * the date of a census bulletin is.  Only under a title ending in 公报. */
bulletin_status bl_p_find_byline(parser *p, size_t tfirst, size_t tlast)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    if (tlast >= p->nlines)
        return BULLETIN_OK;
    BL_CHECK(broken_title_repeat(p, tfirst, tlast));
    BL_CHECK(bl_p_decode_lines(p, tfirst, tlast));
    {
        const uint32_t *cp = p->cur.cp;
        size_t n = p->cur.n;
        while (n > 0 && bl_p_is_space(cp[n - 1]))
            n--;
        if (!(ends(cp, n, "公报") || ends(cp, n, "公報")))
            return BULLETIN_OK;
    }
    size_t j = bl_p_next_nonblank(p, tlast + 1);
    if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
    if (b - a <= 20 && bl_p_is_org(p->cur.cp + a, b - a)) {
        size_t k = bl_p_next_nonblank(p, j + 1);
        if (k < p->nlines && (p->lines[k].kind == LK_HEADING || p->lines[k].kind == LK_TEXT))
            p->lines[j].kind = LK_SIGNATURE;
        return BULLETIN_OK;
    }
    /* a bulletin's month alone right under its title, no office between
     * ((山西?。?023年…統計公報 / (2024年4月), shangdang): its DATE, as
     * under the office (stats-yongjing) */
    int y, m, d;
    size_t s;
    if (b - a <= 16 && is_month_date(p->cur.cp + a, b - a, &y, &m, &d, &s) && s <= 1) {
        size_t k = bl_p_next_nonblank(p, j + 1);
        if (k < p->nlines && (p->lines[k].kind == LK_HEADING || p->lines[k].kind == LK_TEXT))
            p->lines[j].kind = LK_DATE;
    }
cleanup:
    return status;
}
