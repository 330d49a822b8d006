/*
 * title.c - the title a clerk would name: never a 文号, never a long
 * sentence ending in 。; a title set on two lines (an issuer line, or a
 * line ending without punctuation, followed by a line ending in 通知,
 * 意见, 报告...) is joined.  Without a title line: the front matter's
 * title, else one from the file name, with a warning naming the line not
 * taken.
 */
#include <string.h>

#include "doc/parse_int.h"

static bool has_stop(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x3002)
            return true;
    return false;
}

/* A mark a copy leaves for a character it lost: ?, ？, U+FFFD. */
static bool lost_mark(uint32_t c)
{
    return c == '?' || c == 0xFF1F || c == 0xFFFD;
}

/* A title whose opening a copy garbled ((山西?。?023年…統計公報, shangdang):
 * within its first twelve characters, the last lost mark (?, ？, U+FFFD),
 * every stop before it next to one; no stop after it, and the line ends
 * in a title word.  The length of the garbled opening, else 0. */
static size_t garbled_title_head(const uint32_t *cp, size_t n)
{
    size_t g = 0;
    for (size_t i = 0; i < n && i < 12; i++)
        if (lost_mark(cp[i]))
            g = i + 1;
    if (!g || g >= n || has_stop(cp + g, n - g) || !bl_p_ends_with_title_word(cp + g, n - g))
        return 0;
    for (size_t i = 0; i < g; i++)
        if (cp[i] == 0x3002 && !((i > 0 && lost_mark(cp[i - 1])) || lost_mark(cp[i + 1])))
            return 0;
    return g;
}

/* A stop in the line, not counting those in a garbled opening. */
static bool title_has_stop(const uint32_t *cp, size_t n)
{
    return has_stop(cp, n) && !garbled_title_head(cp, n);
}

/* A table's number alone (表二, 表1, 附表3：, 表 三, 附表十二): 表 or 附表,
 * digits or Chinese numerals, perhaps spaces and a colon; no 续表. */
static bool bare_table_number(const uint32_t *cp, size_t n)
{
    static const uint32_t numerals[] = {0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                        0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E}; /* 〇零一…十百 */
    size_t i = 0;
    if (i < n && cp[i] == 0x9644) /* 附 */
        i++;
    if (i >= n || cp[i] != 0x8868) /* 表 */
        return false;
    i = bl_p_skip_spaces(cp, n, i + 1);
    size_t d = i;
    for (bool more = true; i < n && more;) {
        more = bl_p_is_digit(cp[i]);
        for (size_t k = 0; !more && k < sizeof numerals / sizeof *numerals; k++)
            more = cp[i] == numerals[k];
        i += more;
    }
    if (i == d || i - d > 3)
        return false;
    i = bl_p_skip_spaces(cp, n, i);
    if (i < n && (cp[i] == ':' || cp[i] == 0xFF1A))
        i++;
    return bl_p_skip_spaces(cp, n, i) == n;
}

/* Line i a table's number alone (表二, 附表3：), its name on the next line
 * of text, a blank line between or not (2012年10月份国内发明专利授权状况表,
 * perhaps a pipe row's only cell: …状况表 |): a short line ending in a
 * Han character, without a stop, a comma or another cell. */
static bulletin_status table_number_over_name(parser *p, size_t i, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *yes = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    if (!bare_table_number(p->cur.cp + a, b - a))
        return BULLETIN_OK;
    size_t j = bl_p_next_nonblank(p, i + 1);
    if (j >= p->nlines || j - i > 2 || (p->lines[j].kind != LK_TEXT && p->lines[j].kind != LK_CAPTION))
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
    const uint32_t *cq = p->cur.cp + a;
    size_t m = b - a;
    while (m > 0 && (cq[m - 1] == '|' || cq[m - 1] == 0xFF5C || bl_p_is_space(cq[m - 1])))
        m--;
    bool name = m >= 4 && m <= 60 && bl_is_han(cq[m - 1]) && !has_stop(cq, m);
    for (size_t q = 0; q < m && name; q++)
        name = cq[q] != '|' && cq[q] != 0xFF5C && cq[q] != 0xFF0C && cq[q] != ',' && cq[q] != 0xFF1B
            && cq[q] != ';' && cq[q] != ':' && cq[q] != 0xFF1A;
    *yes = name;
cleanup:
    return status;
}

/* The words of cq[0, m), spaces dropped, are within cp[0, n) (政 府 工 作
 * 报 告 under …政府工作报告（全文）): the title's words repeated under it,
 * spaced out as a banner, no line of the title's own. */
static bool words_within(const uint32_t *cq, size_t m, const uint32_t *cp, size_t n)
{
    uint32_t w[40];
    size_t wn = 0;
    for (size_t i = 0; i < m; i++) {
        if (bl_p_is_space(cq[i]))
            continue;
        if (wn == 40)
            return false;
        w[wn++] = cq[i];
    }
    if (wn < 4 || wn == m) /* spaced out only */
        return false;
    for (size_t i = 0; i + wn <= n; i++)
        if (memcmp(cp + i, w, wn * sizeof *w) == 0)
            return true;
    return false;
}

/* What a line that cannot be the title is, for the warning. */
/* Digits cp[i..] backwards from n: how many (at most max). */
static size_t digits_before(const uint32_t *cp, size_t n, size_t max)
{
    size_t k = 0;
    while (k < n && k < max && cp[n - 1 - k] >= '0' && cp[n - 1 - k] <= '9')
        k++;
    return k;
}

/* A page's record line: a site's column or source, then the page's date,
 * perhaps its time (城市镜像.新闻汇总 2022-01-12, 人民日报 2020-06-08
 * 08:25): at most 40 characters, something before the date. */
static bool ends_with_page_date(const uint32_t *cp, size_t n)
{
    if (n > 40)
        return false;
    /* a time after the date: 08:25 or 08:25:01 */
    size_t t = n;
    for (int part = 0; part < 2 && digits_before(cp, t, 3) == 2 && t >= 3
                       && (cp[t - 3] == ':' || cp[t - 3] == 0xFF1A);
         part++)
        t -= 3;
    if (t != n) {
        size_t h = digits_before(cp, t, 3);
        if (h < 1 || h > 2 || t == h || !bl_p_is_space(cp[t - h - 1]))
            return false;
        n = t - h;
    }
    while (n > 0 && bl_p_is_space(cp[n - 1]))
        n--;
    /* YYYY-MM-DD or YYYY/MM/DD */
    size_t d = digits_before(cp, n, 3);
    if (d < 1 || d > 2 || n < d + 1 || (cp[n - d - 1] != '-' && cp[n - d - 1] != '/'))
        return false;
    uint32_t sep = cp[n - d - 1];
    n -= d + 1;
    size_t m = digits_before(cp, n, 3);
    if (m < 1 || m > 2 || n < m + 1 || cp[n - m - 1] != sep)
        return false;
    n -= m + 1;
    if (digits_before(cp, n, 5) != 4)
        return false;
    n -= 4;
    while (n > 0 && bl_p_is_space(cp[n - 1]))
        n--;
    return n > 0 && cp[n - 1] != '-' && cp[n - 1] != '/';
}

/* A page's 索引号 without its label, alone on its line: an office's code
 * (digits and capitals), a slash, the year, a dash and a serial
 * (11330700MB10327095/2024-00144, 000014349/2024-00012). */
static bool is_bare_index_number(const uint32_t *cp, size_t n)
{
    size_t i = 0;
    while (i < n && ((cp[i] >= '0' && cp[i] <= '9') || (cp[i] >= 'A' && cp[i] <= 'Z')))
        i++;
    if (i < 6 || i > 24 || i >= n || cp[i] != '/')
        return false;
    i++;
    if (digits_before(cp, i + 4 <= n ? i + 4 : 0, 4) != 4 || i + 4 >= n || cp[i + 4] != '-')
        return false;
    i += 5;
    size_t s = i;
    while (i < n && ((cp[i] >= '0' && cp[i] <= '9') || (cp[i] >= 'A' && cp[i] <= 'Z') || cp[i] == '-'))
        i++;
    return i == n && i - s >= 1 && i - s <= 12;
}

/* A portal's index code alone on its line, under its label (索引号: /
 * 53342200121601000): ten to forty digits, capitals, dashes and slashes,
 * eight digits at least. */
static bool is_bare_code(const uint32_t *cp, size_t n)
{
    if (n < 10 || n > 40)
        return false;
    size_t d = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] >= '0' && cp[i] <= '9')
            d++;
        else if (!((cp[i] >= 'A' && cp[i] <= 'Z') || cp[i] == '-' || cp[i] == '/'))
            return false;
    }
    return d >= 8;
}

/* The last words of a title wrapped before them that are no title word
 * (……2017年度部门决算 / 公开情况, ……部门预算 / 编制说明): a short line of Han
 * ending in 情况, 说明 or 公开 (情況, 說明, 公開). */
static bool is_title_tail(const uint32_t *cp, size_t n)
{
    if (n < 2 || n > 10)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return false;
    static const uint32_t tails[][2] = {{0x60C5, 0x51B5}, {0x60C5, 0x6CC1}, {0x8BF4, 0x660E},
                                        {0x8AAA, 0x660E}, {0x516C, 0x5F00}, {0x516C, 0x958B}};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
        if (cp[n - 2] == tails[k][0] && cp[n - 1] == tails[k][1])
            return true;
    return false;
}

/* A page's button read out as text: 朗读 (朗讀), alone on its line. */
static bool is_page_button(const uint32_t *cp, size_t n)
{
    return n == 2 && cp[0] == 0x6717 && (cp[1] == 0x8BFB || cp[1] == 0x8B80);
}

/* A portal's column named by document kinds, two or three of them
 * (决议决定, 通知公告, 公示公告). */
static bool is_kinds_column(const uint32_t *cp, size_t n)
{
    if (n != 4 && n != 6)
        return false;
    for (size_t k = 0; k < n; k += 2)
        if (!bl_is_han(cp[k]) || !bl_is_han(cp[k + 1]) || !bl_p_ends_with_title_word(cp + k, 2))
            return false;
    return true;
}

/* A title after a column's label: longer than a kind, ending in one. */
static bool is_longer_title(const uint32_t *cp, size_t n)
{
    return n > 6 && !has_stop(cp, n) && bl_p_ends_with_title_word(cp, n);
}

/* The label of a meeting's papers: 会议文件, 会 议 文 件(十四). */
static bool is_meeting_papers(const uint32_t *cp, size_t n)
{
    static const uint32_t word[] = {0x4F1A, 0x8BAE, 0x6587, 0x4EF6}; /* 会议文件 */
    size_t i = 0, w = 0;
    while (i < n && w < 4) {
        if (bl_p_is_space(cp[i])) {
            i++;
            continue;
        }
        if (cp[i] != word[w])
            return false;
        i++;
        w++;
    }
    if (w < 4)
        return false;
    i = bl_p_skip_spaces(cp, n, i);
    if (i == n)
        return true;
    /* its number in parentheses: (十四), （3） */
    if ((cp[i] != '(' && cp[i] != 0xFF08) || (cp[n - 1] != ')' && cp[n - 1] != 0xFF09))
        return false;
    return n - i <= 8;
}

/* A meeting's document header over its papers: 宁波市十六届人大常委会第
 * 十二次会议文件 (會議文件), perhaps numbered in parentheses: a session (届,
 * 屆, or 第…次) named before 会议文件, short, no stop. */
static bool is_meeting_document_header(const uint32_t *cp, size_t n)
{
    size_t e = n;
    if (e > 2 && (cp[e - 1] == ')' || cp[e - 1] == 0xFF09)) {
        size_t o = e - 1;
        while (o > 0 && cp[o] != '(' && cp[o] != 0xFF08 && e - o <= 8)
            o--;
        if (o == 0 || (cp[o] != '(' && cp[o] != 0xFF08) || e - o > 8)
            return false;
        e = o;
        while (e > 0 && bl_p_is_space(cp[e - 1]))
            e--;
    }
    if (e < 8 || e > 30 || has_stop(cp, e))
        return false;
    if ((cp[e - 4] != 0x4F1A && cp[e - 4] != 0x6703) || (cp[e - 3] != 0x8BAE && cp[e - 3] != 0x8B70)
        || cp[e - 2] != 0x6587 || cp[e - 1] != 0x4EF6) /* 会议文件 會議文件 */
        return false;
    for (size_t i = 0; i + 4 < e; i++)
        if (cp[i] == 0x5C4A || cp[i] == 0x5C46 || (cp[i] == 0x7B2C && i + 5 < e)) /* 届 屆 第 */
            return true;
    return false;
}

/* A session's line over a meeting's papers: 十八届人大三次会议 (届 in it,
 * ending in 会议, short). */
static bool is_session_line(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 24 || cp[n - 2] != 0x4F1A || cp[n - 1] != 0x8BAE)
        return false;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == 0x5C4A) /* 届 */
            return true;
    return false;
}

/* An issuer spaced out a character apart (沅 江 市 审 计 局): its name
 * without the spaces is an organisation's. */
static bool spaced_org(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (!bl_p_is_space(cp[i]) && !bl_p_is_space(cp[i + 1]))
            return false; /* one character between spaces */
    uint32_t name[40];
    size_t m = bl_p_squeeze(cp, n, name, 40);
    return m >= 3 && m <= 40 && bl_p_is_org(name, m);
}

static const char *kind_phrase(line_kind k)
{
    switch (k) {
    case LK_SUBTITLE: return "is a subtitle";
    case LK_SPEAKER: return "names a speaker";
    case LK_HEADING: return "is a numbered heading";
    case LK_TABLE:
    case LK_RULE: return "is a table row";
    case LK_SALUTATION: return "is a salutation";
    case LK_ATTACH:
    case LK_ATTACH_ITEM: return "lists attachments";
    case LK_SIGNATURE: return "is a signature";
    case LK_DOCTITLE: return "is an attached document's title";
    case LK_CAPTION: return "is a table's caption";
    case LK_NOTE: return "is a note";
    default: return "is not a title line";
    }
}

/* Whether the next line of text after line i, past blank lines, is one
 * that `is` holds for (false when the next is no text line); line i is
 * decoded again after, its characters' start left in *cp. */
static bulletin_status next_text_is(parser *p, size_t i, bool (*is)(const uint32_t *, size_t),
                                    bool *yes, const uint32_t **cp)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, j = bl_p_next_nonblank(p, i + 1);
    *yes = false;
    if (j < p->nlines && p->lines[j].kind == LK_TEXT) {
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        *yes = is(p->cur.cp + a, b - a);
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        *cp = p->cur.cp + a;
    }
cleanup:
    return status;
}

/* cp[0, n) is the UTF-8 string s: true. */
static bool is_word(const uint32_t *cp, size_t n, const char *s)
{
    size_t i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        uint32_t c;
        if (*u < 0x80)
            c = *u++;
        else if (*u < 0xE0)
            c = (uint32_t)(*u & 0x1F) << 6 | (u[1] & 0x3F), u += 2;
        else if (*u < 0xF0)
            c = (uint32_t)(*u & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F), u += 3;
        else
            c = (uint32_t)(*u & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12
                | (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F), u += 4;
        if (i >= n || cp[i] != c)
            return false;
        i++;
    }
    return i == n;
}

/* A page's value of 时效性 (有效性) without its label: 有效, 失效, 现行有效,
 * 已废止 …, simplified or traditional. */
static bool is_bare_status(const uint32_t *cp, size_t n)
{
    static const char *const words[] = {"有效", "失效", "现行有效", "現行有效", "已失效", "部分失效",
                                        "废止", "廢止", "已废止", "已廢止", "尚未生效", "现行", "現行"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (is_word(cp, n, words[k]))
            return true;
    return false;
}

/* A date alone, as a page's field value: 2017-09-04, 2017/9/4,
 * 2017年9月4日, perhaps a time after it (2017-09-04 10:12). */
static bool is_bare_date(const uint32_t *cp, size_t n)
{
    int y, m, d;
    size_t s;
    if (bl_p_is_date(cp, n, &y, &m, &d, &s) && s == 0)
        return true;
    size_t i = 0;
    while (i < n && i < 5 && bl_p_is_digit(cp[i]))
        i++;
    if (i != 4 || i >= n || (cp[i] != '-' && cp[i] != '/'))
        return false;
    uint32_t sep = cp[i];
    for (int part = 0; part < 2; part++) {
        size_t k = ++i;
        while (i < n && i - k < 3 && bl_p_is_digit(cp[i]))
            i++;
        if (i - k < 1 || i - k > 2 || (part == 0 && (i >= n || cp[i] != sep)))
            return false;
    }
    /* a time: 10:12, 10:12:05 */
    if (i < n) {
        size_t k = bl_p_skip_spaces(cp, n, i);
        if (k == i)
            return false;
        for (i = k; i < n; i++)
            if (!bl_p_is_digit(cp[i]) && cp[i] != ':' && cp[i] != 0xFF1A)
                return false;
    }
    return true;
}

/* A page's field value of few words without its label, no sentence: an
 * office (冠县政府), the subjects (综合政务;应急管理), 无 (無). */
static bool is_bare_word_value(const uint32_t *cp, size_t n)
{
    if (n == 0 || n > 20 || has_stop(cp, n) || bl_p_is_terminal(cp[n - 1]))
        return false;
    if (is_word(cp, n, "无") || is_word(cp, n, "無"))
        return true;
    if (bl_p_is_org(cp, n))
        return true;
    size_t seps = 0, han = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] == ';' || cp[i] == 0xFF1B || cp[i] == 0x3001 || cp[i] == '/' || cp[i] == 0xFF0F)
            seps++;
        else if (bl_is_han(cp[i]))
            han++;
        else
            return false;
    }
    return seps >= 1 && han >= 4;
}

/* A page's metadata values printed without their field names over the
 * document (113715250043286799/2017-26749960 / 冠县政府 / 综合政务;应急管理 /
 * 2017-09-04 / <the title, the page's 名称> / 有效 / 无 / 2017-09-04 /
 * 冠政办发〔2017〕83号 / <the notice's title> / 冠政办发〔2017〕83号): a
 * run from the first line of short bare values (an index code, a date, a
 * 文号, a status word, an office, the subjects), three at least of two
 * kinds among index, date, 文号 and status, then a title-shaped line (the
 * page's 名称 among them may be one too).  The last title-shaped line of
 * the run, after the values, is the title: *title, else p->nlines. */
static bulletin_status bare_values_title(parser *p, size_t *title)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, values = 0;
    unsigned kinds = 0;
    *title = p->nlines;
    for (size_t i = bl_p_next_nonblank(p, 0), seen = 0; i < p->nlines && seen < 20;
         i = bl_p_next_nonblank(p, i + 1), seen++) {
        bl_line *l = &p->lines[i];
        if (l->kind == LK_DOCNUMBER) {
            kinds |= 4, values++;
            continue;
        }
        if (l->kind != LK_TEXT && l->kind != LK_DATE && l->kind != LK_SIGNATURE)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        if (n == 0)
            break;
        if (is_bare_index_number(cp, n) || is_bare_code(cp, n))
            kinds |= 1, values++;
        else if (is_bare_date(cp, n))
            kinds |= 2, values++;
        else if (is_bare_status(cp, n))
            kinds |= 8, values++;
        else if (l->kind == LK_TEXT && n <= 80 && !has_stop(cp, n) && bl_p_ends_with_title_word(cp, n)) {
            if (values >= 3 && (kinds & (kinds - 1)))
                *title = i;
        } else if (is_bare_word_value(cp, n))
            values++;
        else
            break;
    }
    /* the values are the page's: no signature or date of the document */
    for (size_t i = 0; *title < p->nlines && i < *title; i++)
        if (p->lines[i].kind == LK_DATE || p->lines[i].kind == LK_SIGNATURE)
            p->lines[i].kind = LK_TEXT;
cleanup:
    return status;
}

/* A portal's page title: the document's 文号, then its title in 《》
 * (魯政字〔2016〕9號《山東省人民政府關于…的批復》), over the document. */
static bool is_docnumber_page_title(const uint32_t *cp, size_t n)
{
    if (n < 10 || cp[n - 1] != 0x300B /* 》 */)
        return false;
    size_t o = 0;
    while (o < n && cp[o] != 0x300A /* 《 */)
        o++;
    size_t e = o;
    while (e > 0 && bl_p_is_space(cp[e - 1]))
        e--;
    return o + 2 < n && e > 0 && bl_p_is_docnumber(cp, e);
}

/* Whether lines i and j read the same, trimmed. */
static bulletin_status same_line(parser *p, size_t i, size_t j, bool *same)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    uint32_t first[160];
    *same = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    size_t n = b - a;
    if (n > sizeof first / sizeof *first)
        return BULLETIN_OK;
    memcpy(first, p->cur.cp + a, n * sizeof *first);
    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
    *same = b - a == n && memcmp(first, p->cur.cp + a, n * sizeof *first) == 0;
cleanup:
    return status;
}

/* A law site's page (法律资料网) names itself on its first line, the
 * title line i, repeats that name under its record line, then prints the
 * document: its issuer, its own title, its 文号 under it.  When the
 * first 文号 comes within a dozen lines, the page's name is repeated
 * above it, and the line right over the 文号 is another title (关于批转
 * ……规定的通知 under a page named after the attached 规定), that line is
 * the document's own title: *own is it, else p->nlines. */
/* Whether lines [from, to] (blank lines skipped), joined without spaces,
 * quote line i's text inside 《》 and end in a title word, no stop among
 * them: an 印发 (转发, 批转) notice's own title naming the page's. */
static bulletin_status quotes_page_title(parser *p, size_t i, size_t from, size_t to, bool *quotes)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    uint32_t name[80], own[120];
    size_t nn, on = 0;
    *quotes = false;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    nn = bl_p_squeeze(p->cur.cp + a, b - a, name, sizeof name / sizeof *name);
    if (nn < 4 || nn > sizeof name / sizeof *name)
        return BULLETIN_OK;
    for (size_t k = from; k <= to; k = bl_p_next_nonblank(p, k + 1)) {
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        if (has_stop(p->cur.cp + a, b - a))
            return BULLETIN_OK;
        size_t c = bl_p_squeeze(p->cur.cp + a, b - a, own + on, sizeof own / sizeof *own - on);
        if (c > sizeof own / sizeof *own - on)
            return BULLETIN_OK;
        on += c;
    }
    if (on < 8 || !bl_p_ends_with_title_word(own, on))
        return BULLETIN_OK;
    /* the document it issues: inside 《》, or without them between 印发
     * (转发, 批转) and the last 的 (关于印发…细则的通知) */
    size_t q = on, qe = on;
    for (size_t s = 0; s < on && q == on; s++)
        if (own[s] == 0x300A /* 《 */)
            q = s + 1;
    if (q < on) {
        for (qe = q; qe < on && own[qe] != 0x300B /* 》 */; qe++)
            ;
    } else {
        static const uint32_t verbs[][2] = {{0x5370, 0x53D1}, {0x5370, 0x767C}, {0x8F6C, 0x53D1},
                                            {0x8F49, 0x767C}, {0x6279, 0x8F6C}, {0x6279, 0x8F49}};
        for (size_t s = 0; s + 1 < on && q == on; s++)
            for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++)
                if (own[s] == verbs[v][0] && own[s + 1] == verbs[v][1])
                    q = s + 2;
        for (qe = on; qe > q && own[qe - 1] != 0x7684 /* 的 */; qe--)
            ;
        if (qe > q)
            qe--;
    }
    if (q >= on || qe > on || qe < q + 4)
        return BULLETIN_OK;
    size_t qn = qe - q;
    /* the page's name quoted whole, or within the quote (公文处理实施细则
     * under 《河北省地理信息局公文处理实施细则》), or the quote the end of
     * the page's name (河北省地理信息局公文处理实施细则 over 《公文处理实施
     * 细则》) */
    if (nn <= qn) {
        for (size_t s = q; s + nn <= qe && !*quotes; s++)
            *quotes = memcmp(own + s, name, nn * sizeof *name) == 0;
    } else {
        *quotes = memcmp(name + nn - qn, own + q, qn * sizeof *name) == 0;
    }
cleanup:
    return status;
}

static bulletin_status own_title_over_docnumber(parser *p, size_t i, size_t last, size_t *own, size_t *own_last)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *own = *own_last = p->nlines;
    size_t prev = p->nlines, dn = p->nlines, after = p->nlines;
    bool repeated = false, prev_same = false;
    for (size_t k = bl_p_next_nonblank(p, last + 1), m = 0; k < p->nlines && m < 12;
         k = bl_p_next_nonblank(p, k + 1), m++) {
        if (p->lines[k].kind == LK_DOCNUMBER) {
            dn = k;
            break;
        }
        if (p->lines[k].kind != LK_TEXT)
            return BULLETIN_OK;
        if (after == p->nlines)
            after = k;
        bool same = false;
        if (last == i)
            BL_CHECK(same_line(p, i, k, &same));
        if (same && repeated)
            return BULLETIN_OK; /* the page's name is the document's title */
        repeated = repeated || same;
        prev_same = same;
        prev = k;
    }
    /* the page's name, then on one to three lines right over the 文号 an
     * 印发 notice's own title quoting it (河北省地理信息局公文处理实施细则 /
     * 关于印发《河北省地理信息局 / 公文处理实施细则》的通知 / 冀地信〔2013〕17号):
     * the notice's title, its lines joined */
    if (dn < p->nlines && !repeated && last == i && after < p->nlines) {
        size_t lines = 0;
        for (size_t k = after; k < dn; k = bl_p_next_nonblank(p, k + 1))
            lines++;
        bool quotes = false;
        if (lines <= 3)
            BL_CHECK(quotes_page_title(p, i, after, prev, &quotes));
        if (quotes) {
            *own = after;
            *own_last = prev;
            return BULLETIN_OK;
        }
    }
    /* the line over the 文号 repeats the page's name: it is the title */
    if (dn == p->nlines || !repeated || prev == p->nlines || prev_same)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, prev, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    size_t n = b - a;
    if (n >= 6 && n <= 80 && !has_stop(cp, n) && bl_p_ends_with_title_word(cp, n)
        && !bl_p_is_meta_line(cp, n))
        *own = *own_last = prev;
cleanup:
    return status;
}

/* A news site's tag alone on its line (德州新聞網(wǎng)訊, 大众网讯, 本报讯,
 * 某某日报讯, 某某电视台讯): Han only (readings dropped), two to sixteen,
 * ending in 讯 (訊) after 网, 报, 台 or 社 (網, 報); not a title ending in
 * 讯 (经济运行快讯, 统计简讯, 通讯). */
static bool is_news_tag(const uint32_t *cp, size_t n)
{
    uint32_t t[18];
    size_t m = 0;
    for (size_t k = 0; k < n;) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n, k) : 0;
        if (r) {
            k += r;
            continue;
        }
        if (!bl_is_han(cp[k]) || m == 17)
            return false;
        t[m++] = cp[k++];
    }
    if (m < 3 || (t[m - 1] != 0x8BAF && t[m - 1] != 0x8A0A)) /* 讯 訊 */
        return false;
    uint32_t c = t[m - 2];
    return c == 0x7F51 || c == 0x7DB2 || c == 0x62A5 || c == 0x5831 || c == 0x53F0 || c == 0x793E; /* 网網报報台社 */
}

/* An aggregator's label before a title it repeats: 第一篇:贵州省关于…的通知
 * (第N篇 and a colon). */
static bool is_aggregator_label(const uint32_t *cp, size_t n)
{
    size_t e = n >= 4 ? bl_p_piece_number_at(cp, 0, n) : 0;
    return e > 0 && e < n && (cp[e] == ':' || cp[e] == 0xFF1A);
}

/* A redacted line: a run of four or more ×, and at most four other
 * characters besides spaces (a 版头 of an exam's copy: 问题      ××××××××). */
static bool is_redacted_line(const uint32_t *cp, size_t n)
{
    size_t x = 0, run = 0, longest = 0, other = 0;
    for (size_t i = 0; i < n; i++) {
        if (cp[i] == 0xD7) {
            x++;
            if (++run > longest)
                longest = run;
            continue;
        }
        run = 0;
        if (!bl_p_is_space(cp[i]))
            other++;
    }
    return longest >= 4 && other <= 4 && x > other;
}

/* Whether lines first..last (their code points) leave a mark open. */
static bulletin_status title_left_open(parser *p, size_t first, size_t last, bool *open)
{
    bulletin_status status = BULLETIN_OK;
    int book = 0, paren = 0;
    for (size_t k = first; k <= last && k < p->nlines; k++) {
        if (p->lines[k].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        /* (not the marks of a garbled opening: (山西?。?023年…公報) */
        if (k == first)
            a += garbled_title_head(p->cur.cp + a, b - a);
        for (size_t i = a; i < b; i++) {
            uint32_t c = p->cur.cp[i];
            book += c == 0x300A ? 1 : c == 0x300B ? -1 : 0;
            paren += c == 0xFF08 || c == '(' ? 1 : c == 0xFF09 || c == ')' ? -1 : 0;
        }
    }
    *open = book > 0 || paren > 0;
cleanup:
    return status;
}

/* The whole text on one line, its title run into the body after a space
 * (2023年宜章縣國民經濟和社會發展統計公報 2023年，宜章縣…。, …的通知 各乡镇
 * 人民政府：…): a first word of 8 to 60 characters without a stop, a
 * comma or a colon, ending like a title (perhaps with its number in
 * brackets: 公报（第一号）), not opening like a sentence (根据, 本, 据 …);
 * then spaces and a body of a sentence (a 。, ，or ：in it).  Where the
 * title ends, *body where the body starts; 0 when the line is not so. */
static size_t title_run_in(const uint32_t *cp, size_t n, size_t *body)
{
    static const char *const openers[] = {"根据", "根據", "依据", "依據", "按照", "据", "據", "本", "该", "該",
                                          "经", "經", "在", "对", "對", "由", "从", "從", "如", "现", "現", "为",
                                          "為", "将", "將", "把", "今", "近"};
    size_t e = 0;
    while (e < n && !bl_p_is_space(cp[e]))
        e++;
    /* 年西安市政府工作报告 2023: a PDF copy's title that lost its year */
    if (e < 8 || e > 60 || e >= n || cp[0] == 0x5E74 || cp[0] == 0x6708 || cp[0] == 0x65E5)
        return 0;
    for (size_t i = 0; i < e; i++) {
        uint32_t c = cp[i];
        if (c == 0x3002 || c == 0xFF0C || c == ',' || c == 0xFF1A || c == ':' || c == 0xFF1B || c == ';'
            || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0x3001)
            return 0;
    }
    for (size_t k = 0; k < sizeof openers / sizeof *openers; k++) {
        size_t len = strlen(openers[k]), m = 0;
        uint32_t w[2] = {0, 0};
        for (size_t i = 0; i < len && m < 2;) {
            int b = bl_utf8_decode((const unsigned char *)openers[k] + i, len - i, &w[m]);
            if (b <= 0)
                break;
            i += (size_t)b;
            m++;
        }
        if (m <= e && cp[0] == w[0] && (m == 1 || cp[1] == w[1]))
            return 0;
    }
    size_t t = e; /* the title phrase: cp[0, t) */
    if (cp[t - 1] == 0xFF09 || cp[t - 1] == ')') { /* 公报（第一号） */
        size_t o = t - 1;
        while (o > 0 && cp[o - 1] != 0xFF08 && cp[o - 1] != '(')
            o--;
        if (o == 0 || o >= t - 1 || cp[o] != 0x7B2C) /* 第 */
            return 0;
        t = o - 1;
    }
    if (!bl_p_ends_with_title_word(cp, t))
        return 0;
    size_t s = bl_p_skip_spaces(cp, n, e);
    if (n - s < 6)
        return 0;
    bool sentence = false;
    for (size_t i = s; i < n && !sentence; i++)
        sentence = cp[i] == 0x3002 || cp[i] == 0xFF0C || cp[i] == ',' || cp[i] == 0xFF1A || cp[i] == ':';
    if (!sentence)
        return 0;
    *body = s;
    return e;
}

/* A title's last line that ends like a title, its last word perhaps
 * spaced out as a typesetter spreads a short line (通 知, 通　知, 決  定,
 * 意 见, 批 复, 請 示): the line without its spaces, when short. */
/* A title's last line that is short: at most this many characters left
 * when its spaces are squeezed out (a title's second line seldom holds 30). */
enum { TITLE_LINE_SQUEEZED_MAX = 40 };
/* and at most this many as written, spaces and all (a 40-character line
 * spread by its spaces to fill the column is well under 60) */
enum { TITLE_LINE_SPACED_MAX = 60 };

static bool ends_title_spaced(const uint32_t *cp, size_t n)
{
    if (n > 0 && bl_p_ends_with_title_word(cp, n))
        return true;
    if (n > TITLE_LINE_SPACED_MAX)
        return false;
    uint32_t sq[TITLE_LINE_SQUEEZED_MAX];
    /* bl_p_squeeze returns one over its cap when the line does not fit */
    size_t m = bl_p_squeeze(cp, n, sq, TITLE_LINE_SQUEEZED_MAX);
    return m > 0 && m <= TITLE_LINE_SQUEEZED_MAX && m < n && bl_p_ends_with_title_word(sq, m);
}

/* A collection's title: it ends with the count of its pieces in
 * brackets, spaces allowed inside ((汇编5篇), （通用十篇）, 【合集12篇】,
 * (精選3篇), （汇编 5 篇）): up to four Han, then 1 to 3 digits (Arabic or
 * Chinese) and 篇.  (leads.c's collection_title reads the same count to
 * find the first piece's heading under it; it is static there.) */
static bool ends_piece_count(const uint32_t *cp, size_t n)
{
    size_t k = n;
    if (k < 6 || !(cp[k - 1] == ')' || cp[k - 1] == 0xFF09 || cp[k - 1] == 0x3011))
        return false;
    k--;
    while (k > 0 && bl_p_is_space(cp[k - 1]))
        k--;
    if (k == 0 || cp[k - 1] != 0x7BC7) /* 篇 */
        return false;
    k--;
    while (k > 0 && bl_p_is_space(cp[k - 1]))
        k--;
    size_t d = k;
    while (k > 0 && k + 3 > d && (bl_p_is_digit(cp[k - 1]) || bl_p_han_numerals_end(cp, k - 1, k, 1) == k))
        k--;
    if (k == d)
        return false;
    while (k > 0 && bl_p_is_space(cp[k - 1]))
        k--;
    size_t w = k;
    while (k > 0 && w - k < 4 && bl_is_han(cp[k - 1]))
        k--;
    return k > 2 && (cp[k - 1] == '(' || cp[k - 1] == 0xFF08 || cp[k - 1] == 0x3010);
}

/* A line that opens with 关于 (關於, 关於, 關于). */
static bool starts_about(const uint32_t *cp, size_t n)
{
    return n >= 2 && (cp[0] == 0x5173 || cp[0] == 0x95DC) && (cp[1] == 0x4E8E || cp[1] == 0x65BC);
}

/* A page's metadata table over the document's title written as a pipe row
 * (索引号: | … | / 文号: | 公开日期: | … | / 发布单位: | … | / 2013年…统计
 * 公报 | ||||…, stats-shangyu-2013-metadata-pipes): rows whose first cell is
 * a page's field, perhaps with rows of no text among them (a bar alone, an
 * empty picture's ![]()), then a row of one cell of text, the rest empty,
 * that reads as a title (no sentence's 。, ending in a title word).  *row
 * that row, else p->nlines. */
static bulletin_status meta_table_title_row(parser *p, size_t i, size_t *row)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b, fields = 0;
    *row = p->nlines;
    for (size_t k = i; k < p->nlines; k++) {
        bl_line *l = &p->lines[k];
        if (l->kind == LK_BLANK || l->kind == LK_RULE)
            continue;
        if (l->kind != LK_TABLE)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        const uint32_t *cp = p->cur.cp;
        /* the cells with text: the first's bounds, how many */
        size_t texts = 0, fs = b, fe = b, s = a;
        while (s < b) {
            while (s < b && (bl_p_is_col_bar(cp[s]) || bl_p_is_space(cp[s])))
                s++;
            if (s >= b)
                break;
            size_t e = s;
            while (e < b && !bl_p_is_col_bar(cp[e]))
                e++;
            size_t t = e;
            while (t > s && bl_p_is_space(cp[t - 1]))
                t--;
            bool picture = t - s == 5 && cp[s] == '!' && cp[s + 1] == '[' && cp[s + 2] == ']' && cp[s + 3] == '('
                        && cp[s + 4] == ')';
            if (!picture && texts++ == 0) {
                fs = s;
                fe = t;
            }
            s = e;
        }
        if (!texts)
            continue;
        size_t n = fe - fs;
        uint32_t cell[24];
        if (n >= 2 && n + 1 <= sizeof cell / sizeof *cell) {
            memcpy(cell, cp + fs, n * sizeof *cell);
            size_t m = n;
            if (cell[m - 1] != ':' && cell[m - 1] != 0xFF1A)
                cell[m++] = 0xFF1A;
            if (bl_p_is_meta_line(cell, m)) {
                fields++;
                continue;
            }
        }
        if (fields >= 2 && texts == 1 && fe < b && n >= 6 && n <= 60 && !has_stop(cp + fs, n)
            && bl_p_ends_with_title_word(cp + fs, n))
            *row = k;
        break;
    }
cleanup:
    return status;
}

/* A PDF copy hard-wrapped from its first line (1 月 1 日至 7 月 27 日,我县综
 * 合指数年 / 累计为 5.73,全市 20 个区县排名第 4(全省 / …): the line holds a
 * clause's comma and ends mid-sentence, no title word, and the lines under
 * it, no blank between, go on as wide, the next one also open: a sentence's
 * start, no title. */
static size_t set_width(const uint32_t *cp, size_t n)
{
    size_t w = 0;
    for (size_t k = 0; k < n; k++)
        w += cp[k] < 0x80 ? 1 : 2;
    return w;
}

/* A wrapped sentence's second line goes on with its clauses or figures
 * (累计为 5.73,全市 20 个…, 增长 6.8%,增速…): a comma, a clause mark or a
 * digit in it.  A headline's second line is a phrase that closes it
 * (坚持稳中求进，推动全县经济 / 高质量发展再上新台阶): none. */
static bool clause_or_figure(const uint32_t *cp, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001 || cp[k] == 0xFF1B || cp[k] == ';' || cp[k] == 0xFF1A
            || cp[k] == ':' || bl_p_is_digit(cp[k]))
            return true;
    return false;
}

/* *headline: no sentence's start but a headline over two lines, the
 * second a phrase that closes it (no clause, no figure), over a body
 * wrapped wider than its first line (坚持稳中求进，推动全县经济 / 高质量发
 * 展再上新台阶 / 今年以来，全县上下…地区生产总值): its second line, else
 * p->nlines. */
static bulletin_status wrapped_sentence_start(parser *p, size_t i, bool *yes, size_t *headline)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *yes = false;
    *headline = p->nlines;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    size_t n = b - a, comma = 0;
    if (n < 8 || bl_p_is_terminal(cp[n - 1]) || bl_p_ends_with_title_word(cp, n))
        return BULLETIN_OK;
    for (size_t k = 1; k + 1 < n; k++)
        if (cp[k] == 0xFF0C || cp[k] == ',')
            comma++;
    if (!comma)
        return BULLETIN_OK;
    size_t w0 = set_width(cp, n);
    bool phrase = false;
    /* the next two lines, right under it */
    for (size_t k = i + 1; k <= i + 2; k++) {
        if (k >= p->nlines || p->lines[k].kind != LK_TEXT)
            return BULLETIN_OK;
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        const uint32_t *cq = p->cur.cp + a;
        size_t m = b - a, w = set_width(cq, m);
        /* (a title wrapped after a comma ends in its title word: 关于做好…工作，
         * 切实 / 保障…安全的通知) */
        if (k == i + 1 && (m == 0 || bl_p_is_terminal(cq[m - 1]) || w + 6 < w0 || w > w0 + 12
                           || bl_p_ends_with_title_word(cq, m)))
            return BULLETIN_OK;
        if (m == 0)
            return BULLETIN_OK;
        if (k == i + 1)
            phrase = !clause_or_figure(cq, m) && !has_stop(cq, m);
        /* the headline's second line over a body wider than its first */
        else if (phrase) {
            if (w > w0 + 12)
                *headline = i + 1;
            return BULLETIN_OK;
        }
    }
    *yes = true;
cleanup:
    return status;
}

static bulletin_status find_title(parser *p, size_t *first, size_t *last)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *first = *last = p->nlines;
    if (p->doc->meta[BULLETIN_META_TITLE]) {
        /* A first line that repeats the front matter's title is it. */
        size_t i = bl_p_next_nonblank(p, 0);
        if (i < p->nlines && p->lines[i].kind == LK_TEXT) {
            BL_CHECK(bl_p_decode_line(p, i));
            bulletin_node tmp;
            memset(&tmp, 0, sizeof tmp);
            status = bl_p_set_text(p, &tmp, 0, p->cur.n);
            bool repeat = status == BULLETIN_OK
                       && strcmp(tmp.text, p->doc->meta[BULLETIN_META_TITLE]) == 0;
            bl_free(p->mem, tmp.text);
            bl_free(p->mem, tmp.source);
            bl_free(p->mem, tmp.colmap);
            bl_free(p->mem, tmp.linemap);
            if (status == BULLETIN_OK && repeat)
                p->lines[i].kind = LK_SKIP;
        }
        return status;
    }
    size_t skipped = p->nlines; /* the first line not taken */
    const char *why = NULL;
    /* a page's metadata lines over the title (- 索引号:, - 发文机构:,
     * - 名称:, …) do not count against the six lines looked at: a portal
     * lists up to a dozen */
    size_t metas = 0;
    /* a page's metadata values without their names over the title */
    size_t valued;
    BL_CHECK(bare_values_title(p, &valued));
    for (size_t i = bl_p_next_nonblank(p, 0), seen = 0; i < p->nlines && seen < 6 + metas;
         i = bl_p_next_nonblank(p, i + 1), seen++) {
        bl_line *l = &p->lines[i];
        if (valued < p->nlines && i < valued) {
            metas++;
            continue;
        }
        if (l->kind == LK_DOCNUMBER || l->kind == LK_DATE)
            continue;
        /* a page's metadata table over the title, as its field lines */
        if (l->kind == LK_TABLE) {
            /* the title a pipe row under the fields (… | 2013年…公报 | |||) */
            size_t row;
            BL_CHECK(meta_table_title_row(p, i, &row));
            if (row < p->nlines) {
                p->lines[row].kind = LK_TEXT;
                *first = *last = row;
                return BULLETIN_OK;
            }
            size_t end;
            BL_CHECK(bl_p_meta_table_end(p, i, &end));
            if (end > i) {
                i = end - 1;
                continue;
            }
        }
        /* the first line a subtitle over a line that ends like a title
         * ((第一号) / 池州市第三次全国农业普查主要数据公报): the title is
         * under it */
        if (l->kind == LK_SUBTITLE && seen == 0) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            bool titled = false;
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                titled = b - a <= 60 && !has_stop(p->cur.cp + a, b - a)
                      && bl_p_ends_with_title_word(p->cur.cp + a, b - a);
            }
            if (titled)
                continue;
        }
        if (l->kind != LK_TEXT) {
            if (skipped == p->nlines) {
                skipped = i;
                why = kind_phrase(l->kind);
            }
            break;
        }
        /* a page that opens with its contents (目录 / 第一部分 报告 / 一、
         * 2022年全县…表 …): the report's own title after them, when it
         * is there (关于……的报告 over its subtitle), is the title */
        {
            bool head;
            size_t end, entries;
            BL_CHECK(bl_p_contents_at(p, i, &head, &end, &entries));
            if (head && entries >= 3) {
                for (size_t k = end, m = 0; k < p->nlines && m < 3; k = bl_p_next_nonblank(p, k + 1), m++) {
                    if (p->lines[k].kind == LK_DOCTITLE) {
                        *first = *last = k;
                        return BULLETIN_OK;
                    }
                    if (p->lines[k].kind != LK_TEXT)
                        break;
                }
                skipped = i;
                why = "heads a table of contents";
                break;
            }
        }
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp + a;
        size_t n = b - a;
        if (bl_p_is_meta_line(cp, n) && metas < 12) {
            metas++;
            continue;
        }
        if (bl_p_is_meta_line(cp, n) || ends_with_page_date(cp, n) || is_bare_index_number(cp, n)
            || is_bare_code(cp, n) || is_page_button(cp, n) || is_docnumber_page_title(cp, n)
            || is_bare_status(cp, n))
            continue;
        /* an aggregator's label line (第一篇:…) and a redacted 版头 line
         * (问题  ××××××××) are no title */
        if (is_aggregator_label(cp, n) || is_redacted_line(cp, n))
            continue;
        /* a news site's tag alone (德州新聞網(wǎng)訊, 本报讯) or a dateline
         * alone (新华社北京3月8日电) is no title */
        if (is_news_tag(cp, n))
            continue;
        if (n <= 24 && bl_p_is_dateline(cp, n) && !has_stop(cp, n)) {
            /* alone: nothing after its 电 (讯) but spaces and a bracketed
             * reporter's note; a headline after it keeps the line a title
             * (新华社北京1月17日电 国家统计局发布数据) */
            size_t e = 0;
            while (e < n && cp[e] != 0x7535 && cp[e] != 0x96FB && cp[e] != 0x8BAF && cp[e] != 0x8A0A)
                e++; /* 电 電 讯 訊 */
            e++;
            while (e < n && (cp[e] == ' ' || cp[e] == 0x3000 || cp[e] == '\t'))
                e++;
            if (e < n && (cp[e] == '(' || cp[e] == 0xFF08) && (cp[n - 1] == ')' || cp[n - 1] == 0xFF09))
                e = n;
            if (e >= n)
                continue;
        }
        /* a portal's column over the document's title: 决议决定 / 关于太湖县
         * 人民政府工作报告的决议 */
        if (is_kinds_column(cp, n)) {
            bool titled = false;
            BL_CHECK(next_text_is(p, i, is_longer_title, &titled, &cp));
            if (titled)
                continue;
        }
        /* a meeting's banner: 十八届人大三次会议 / 会 议 文 件(十四) */
        if (is_meeting_papers(cp, n))
            continue;
        /* a site's chrome (图书馆 / 校区 8:00—21:00) over a headline whose
         * record line was found under it: no title */
        if (p->record_dated > i + 1 && p->record_dated <= p->nlines && bl_p_is_chrome_line(cp, n)) {
            bool chrome = true;
            for (size_t k = bl_p_next_nonblank(p, i + 1), m = 0; k + 1 < p->record_dated && chrome;
                 k = bl_p_next_nonblank(p, k + 1), m++)
                chrome = m < 8 && p->lines[k].kind == LK_TEXT;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
            if (chrome)
                continue;
        }
        if (is_meeting_document_header(cp, n)) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT)
                continue;
        }
        if (is_session_line(cp, n)) {
            bool papers = false;
            BL_CHECK(next_text_is(p, i, is_meeting_papers, &papers, &cp));
            if (papers)
                continue;
        }
        /* a portal's column over the document's title (城口县2025年度政府
         * 预算公开 / 城口县2024财政预算执行情况2025财政预算草案的报告) */
        if (n <= 30 && n > 4 && cp[n - 2] == 0x516C && cp[n - 1] == 0x5F00 /* 公开 */ && !has_stop(cp, n)) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            bool titled = false;
            if (j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
                titled = b - a <= 60 && !has_stop(p->cur.cp + a, b - a) && bl_p_ends_with_title_word(p->cur.cp + a, b - a);
                BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
                cp = p->cur.cp + a;
            }
            if (titled)
                continue;
        }
        /* a publication's running head: 2023知识产权统计年报 */
        if (n <= 20 && n > 2 && ((cp[n - 2] == 0x5E74 && (cp[n - 1] == 0x62A5 || cp[n - 1] == 0x9274))))
            continue;
        /* the banner of an office's documents: 湖南省人民政府办公厅文件 */
        if (n <= 24 && n > 4 && cp[n - 2] == 0x6587 && cp[n - 1] == 0x4EF6
            && bl_p_org_suffix(cp, n - 2))
            continue;
        /* a headline's first line ending with a colon over its second,
         * the subtitle (docparts.c) */
        bool over_deck = false;
        if (cp[n - 1] == ':' || cp[n - 1] == 0xFF1A) {
            size_t j = bl_p_next_nonblank(p, i + 1);
            over_deck = seen == 0 && j < p->nlines && p->lines[j].kind == LK_SUBTITLE && n <= 20;
        }
        if (!over_deck && (bl_p_is_salutation(cp, n) || bl_p_is_subtitle(cp, n))) {
            skipped = i;
            why = bl_p_is_salutation(cp, n) ? "is a salutation" : "is a subtitle";
            break;
        }
        /* the length as read: a converter's pinyin readings (衛(wèi)) count
         * for nothing */
        size_t plain = bl_p_len_unread(cp, 0, n);
        size_t run_body;
        if (title_run_in(cp, n, &run_body)) { /* 统计公报 2023年，…: its title */
            *first = *last = i;
            return BULLETIN_OK;
        }
        bool named_table_number;
        BL_CHECK(table_number_over_name(p, i, &named_table_number));
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        cp = p->cur.cp + a;
        if (title_has_stop(cp, n) || plain > 80 || (plain > 40 && bl_p_is_stop(cp[n - 1]))
            || ((cp[n - 1] == ':' || cp[n - 1] == 0xFF1A) && !over_deck && !named_table_number)) {
            skipped = i;
            why = "is a sentence";
            break;
        }
        bool wordy = bl_p_ends_with_title_word(cp, n);
        bool org = bl_p_is_org(cp, n) || spaced_org(cp, n);
        /* a newspaper chart's words open with a label (全省地方 / 一般公共
         * 预算收入 / 479.89亿元…): no title line */
        if (!wordy && !org && n <= 10) {
            bool chart = false;
            BL_CHECK(bl_p_is_chart_text(p, &chart));
            if (chart) {
                skipped = i;
                why = "is a chart's label";
                break;
            }
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
        }
        /* a copy that begins at its issuing office, alone over the first
         * sentence (第七次全国人口普查领导小组办公室 / 与2010年…相比，…。):
         * the office signs, the text has no title line */
        if (org && !wordy && n <= 30) {
            bool sentence = false;
            BL_CHECK(next_text_is(p, i, has_stop, &sentence, &cp));
            if (sentence) {
                p->lines[i].kind = LK_SIGNATURE;
                skipped = i;
                why = "names an office over the text";
                break;
            }
        }
        bool open_end = !bl_p_is_terminal(cp[n - 1]) || cp[n - 1] == 0xFF09 || cp[n - 1] == ')';
        /* a hard-wrapped sentence's first line (…日,我县综合指数年 / 累计为…) */
        size_t headline = p->nlines;
        if (seen == 0 && !org) {
            bool wrapped;
            BL_CHECK(wrapped_sentence_start(p, i, &wrapped, &headline));
            if (wrapped) {
                skipped = i;
                why = "starts a hard-wrapped sentence";
                break;
            }
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
        }
        if (headline < p->nlines) {
            *first = i;
            *last = headline;
            return BULLETIN_OK;
        }
        *first = *last = i;
        /* A title on two lines, perhaps with a blank line between. */
        size_t j = bl_p_next_nonblank(p, i + 1);
        /* 省人民政府關于 / 進一步優化營商環境的若干意見: a first line
         * ending in 关于 (關于, 關於) runs on whatever its length */
        bool about_end = n >= 3 && (cp[n - 2] == 0x5173 || cp[n - 2] == 0x95DC)
                         && (cp[n - 1] == 0x4E8E || cp[n - 1] == 0x65BC);
        /* a collection's title ends at the count of its pieces (工作总结
         * （汇编5篇） / 2023年工作总结: the second line is the first piece's) */
        if (!wordy && open_end && j < p->nlines && j - i <= 2 && p->lines[j].kind == LK_TEXT
            && !ends_piece_count(cp, n)) {
            size_t n1 = n;
            uint32_t first_line[100];
            size_t fn = n1 <= 100 ? n1 : 0;
            memcpy(first_line, cp, fn * sizeof *cp);
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            const uint32_t *cq = p->cur.cp + a;
            size_t m = b - a;
            bool about = starts_about(cq, m); /* 关于 */
            bool about_open = about; /* (its 关于 phrase closed by no 的) */
            for (size_t q = 0; q < m && about_open; q++)
                about_open = cq[q] != 0x7684;
            if (m + n1 <= 100 && !has_stop(cq, m) && ends_title_spaced(cq, m)
                && (org || about || about_end || n1 >= 8) && !words_within(cq, m, first_line, fn))
                *last = j;
            /* an issuer, then 关于…… on two or three lines, the last
             * perhaps its title word alone and spaced (荥阳市人民政府办公室
             * / 关于印发…应急预案的 / 通 知) */
            size_t k = bl_p_next_nonblank(p, j + 1);
            if (*last == i && org && about && m + n1 < 60 && !bl_p_is_terminal(cq[m - 1])) {
                size_t total = n1 + m, at = j;
                for (int more = 0; more < 2; more++) {
                    size_t nx = bl_p_next_nonblank(p, at + 1);
                    if (nx >= p->nlines || nx - at > 2 || p->lines[nx].kind != LK_TEXT)
                        break;
                    BL_CHECK(bl_p_decode_trimmed(p, nx, &a, &b));
                    const uint32_t *cr = p->cur.cp + a;
                    size_t r = b - a;
                    total += r;
                    if (r == 0 || r >= 30 || total > 100 || has_stop(cr, r) || bl_p_is_terminal(cr[r - 1]))
                        break;
                    if (ends_title_spaced(cr, r)) {
                        *last = nx;
                        break;
                    }
                    at = nx;
                }
            }
            /* 佛坪县人民政府办公室 / 关于认真做好2024年度市人大代表建议 /
             * 和政协提案办理工作的通知: a third line that goes on with 和
             * (及, 与, 暨) and ends the title */
            if (*last == j && (org || about) && k < p->nlines && k - j <= 2
                && p->lines[k].kind == LK_TEXT) {
                BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
                const uint32_t *cr = p->cur.cp + a;
                size_t r = b - a;
                if (r >= 4 && r < 30 && m + n1 + r <= 100
                    && (cr[0] == 0x548C || cr[0] == 0x53CA || cr[0] == 0x4E0E || cr[0] == 0x66A8)
                    && bl_p_ends_with_title_word(cr, r) && !has_stop(cr, r))
                    *last = k;
                /* 國務院辦公廳…辦公室 / 關于政府信息公開工作年度報告 / 有關事
                 * 項的通知: the 关于 line ends in a title word but closes no
                 * 关于 phrase (no 的 in it), the third line right under it,
                 * short, no clause's mark, going on with 有关 (有關, 相关,
                 * 相關: of what the 关于 line named) and ending in 的 and the
                 * title word (a line that does not go on so is the text's) */
                else if (about_open && k == j + 1 && r >= 4 && r <= 24 && m + n1 + r <= 100
                         && (cr[0] == 0x6709 || cr[0] == 0x76F8) && (cr[1] == 0x5173 || cr[1] == 0x95DC)
                         && bl_p_ends_with_title_word(cr, r) && !has_stop(cr, r) && !bl_p_is_terminal(cr[r - 1])) {
                    size_t d = r;
                    bool clause = false;
                    for (size_t q = 0; q < r; q++)
                        clause |= cr[q] == 0xFF0C || cr[q] == ',' || cr[q] == 0x3001;
                    while (d > 0 && cr[d - 1] != 0x7684)
                        d--;
                    if (!clause && d > 1 && r - d <= 5)
                        *last = k;
                }
            }
        }
        /* a table's number alone over its name (表二 / 2012年10月份国内
         * 发明专利授权状况表 |, the name perhaps a pipe row's only cell): the
         * two are the title */
        if (*last == i && named_table_number) {
            *last = bl_p_next_nonblank(p, i + 1);
            p->lines[*last].kind = LK_TEXT;
        }
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        cp = p->cur.cp + a;
        /* a title wrapped before its last words, no title word
         * (德钦县移民局2017年度部门决算 / 公开情况): the short line under it */
        if (*last == i && !wordy && open_end && !org && n >= 8 && j < p->nlines && j - i <= 2
            && p->lines[j].kind == LK_TEXT) {
            BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
            if (is_title_tail(p->cur.cp + a, b - a))
                *last = j;
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
        }
        /* a title wrapped on three or four lines, perhaps with blank lines
         * between (广东省人民政府办公厅关于印发广东省 / 进一步…民间投资生长 /
         * 实行方案的通知): 关于 on the first, no stop, the last ending in a
         * title word */
        if (*last == i && !wordy && open_end && !org) {
            BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
            cp = p->cur.cp + a;
            size_t at = 0;
            while (at + 1 < n && !starts_about(cp + at, n - at))
                at++;
            size_t total = n, k = i;
            for (int more = 0; at + 1 < n && more < 3; more++) {
                size_t nx = bl_p_next_nonblank(p, k + 1);
                if (nx >= p->nlines || nx - k > 2 || p->lines[nx].kind != LK_TEXT)
                    break;
                BL_CHECK(bl_p_decode_trimmed(p, nx, &a, &b));
                const uint32_t *cq = p->cur.cp + a;
                size_t m = b - a;
                total += m;
                if (m == 0 || m > 30 || total > 100 || has_stop(cq, m) || bl_p_is_terminal(cq[m - 1]))
                    break;
                k = nx;
                if (ends_title_spaced(cq, m)) {
                    if (more > 0)
                        *last = k;
                    break;
                }
            }
        }
        /* a fragment of a title, a book title mark or a bracket left open
         * (《广东省进一步加鼎力度支持民间投资生长实行, the title cut short
         * over the title in full): the title is after it */
        bool open = false;
        BL_CHECK(title_left_open(p, *first, *last, &open));
        if (open) {
            size_t nx = bl_p_next_nonblank(p, i + 1);
            if (nx < p->nlines && p->lines[nx].kind == LK_TEXT) {
                *first = *last = p->nlines;
                continue;
            }
        }
        size_t own, own_last;
        BL_CHECK(own_title_over_docnumber(p, i, *last, &own, &own_last));
        if (own < p->nlines) {
            *first = own;
            *last = own_last;
        }
        return BULLETIN_OK;
    }
    if (skipped < p->nlines)
        BL_CHECK(bl_doc_warn(p->doc, p->lines[skipped].no, p->lines[skipped].col0,
                             "no title line: line %d %s, not a title; the title is taken from "
                             "the file name",
                             p->lines[skipped].no, why));
    else
        BL_CHECK(bl_doc_warn(p->doc, 1, 1, "no title line; the title is taken from the file name"));
cleanup:
    return status;
}

static bulletin_status finish_title(parser *p, bulletin_node *node)
{
    bl_p_attach_top(p, node); /* text before the title keeps its own LEAD */
    p->title_done = true;
    if (!p->doc->meta[BULLETIN_META_TITLE]) {
        p->doc->meta[BULLETIN_META_TITLE] = bl_strndup(p->mem, node->text, node->len);
        if (!p->doc->meta[BULLETIN_META_TITLE])
            return BULLETIN_ERR_NOMEM;
    }
    return BULLETIN_OK;
}

/* A page's label before the article's own headline, 原标题： (原標題:,
 * perhaps with a converter's readings, 原標(biāo)題:), or a page's field
 * that holds the title (名称：, 名稱:, 标题：, 標題:, 题名:, 題名：, its
 * characters spaced out to fill a column: 名　称：) at cp[a, b): where the
 * headline starts after it and its spaces, else a. */
static size_t after_headline_label(const uint32_t *cp, size_t a, size_t b)
{
    /* each name's two characters, simplified and traditional */
    static const uint32_t names[3][2][2] = {{{0x540D, 0x540D}, {0x79F0, 0x7A31}},  /* 名称 */
                                            {{0x6807, 0x6A19}, {0x9898, 0x984C}},  /* 标题 */
                                            {{0x9898, 0x984C}, {0x540D, 0x540D}}}; /* 题名 */
    for (size_t q = 0; q < 3; q++) {
        size_t i = a;
        if (q == 1 && i < b && cp[i] == 0x539F) { /* 原 */
            i++;
            i += bl_p_reading_at(cp, b, i);
        }
        size_t k;
        for (k = 0; k < 2; k++) {
            if (k > 0)
                i = bl_p_skip_spaces(cp, b, i);
            if (i >= b || (cp[i] != names[q][k][0] && cp[i] != names[q][k][1]))
                break;
            i++;
            i += bl_p_reading_at(cp, b, i);
        }
        if (k < 2)
            continue;
        i = bl_p_skip_spaces(cp, b, i);
        if (i >= b || (cp[i] != ':' && cp[i] != 0xFF1A))
            continue;
        i = bl_p_skip_spaces(cp, b, i + 1);
        return i < b ? i : a;
    }
    return a;
}

/* Drops the pinyin readings a converter wrote after characters of
 * p->cur[a, *b) (社會消費(fèi)品): the title a reader names has none, nor
 * an attached document's title or a caption.  The text after *b moves up
 * with it. */
void bl_p_drop_readings(parser *p, size_t a, size_t *b)
{
    cpline *c = &p->cur;
    size_t w = a, e = *b;
    for (size_t i = a; i < c->n;) {
        size_t r = i < e && i > a && bl_is_han(c->cp[i - 1]) ? bl_p_reading_at(c->cp, e, i) : 0;
        if (r) {
            *b -= r;
            i += r;
            continue;
        }
        c->cp[w] = c->cp[i];
        c->col[w] = c->col[i];
        c->ln[w] = c->ln[i];
        w++, i++;
    }
    c->n = w;
}

/* A page's record after the headline on its line, a space before it:
 * the page's date, perhaps its source (……總額 2022-10-25 來源:市統計局):
 * where it starts in cp[a, b), else b. */
size_t bl_p_page_record_at(const uint32_t *cp, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 8 <= b; k++) {
        if (!bl_p_is_space(cp[k - 1]) || bl_p_is_space(cp[k]))
            continue;
        size_t i = k, y = 0;
        while (i < b && y < 5 && bl_p_is_digit(cp[i]))
            i++, y++;
        if (y != 4 || i >= b || (cp[i] != '-' && cp[i] != '/'))
            continue;
        uint32_t sep = cp[i++];
        size_t m = 0;
        while (i < b && m < 3 && bl_p_is_digit(cp[i]))
            i++, m++;
        if (m < 1 || m > 2 || i >= b || cp[i] != sep)
            continue;
        i++;
        size_t d = 0;
        while (i < b && d < 3 && bl_p_is_digit(cp[i]))
            i++, d++;
        if (d < 1 || d > 2)
            continue;
        i = bl_p_skip_spaces(cp, b, i);
        if (i == b || (i + 3 <= b && (cp[i] == 0x6765 || cp[i] == 0x4F86) && cp[i + 1] == 0x6E90
                       && (cp[i + 2] == ':' || cp[i + 2] == 0xFF1A)))
            return k; /* 来源: 來源: */
    }
    return b;
}

/* A title's English translation after it, a space before it: words of
 * Latin letters to the end, a capital first, two words and ten
 * characters at least, Han before it (15  国民经济…指标 Principal
 * Aggregate Indicators of…): where it starts in cp[a, b), else b. */
static size_t translation_at(const uint32_t *cp, size_t a, size_t b)
{
    size_t t = b;
    bool han = false;
    for (size_t k = a; k < b && t == b; k++) {
        han = han || bl_is_han(cp[k]);
        if (han && k > a && bl_p_is_space(cp[k - 1]) && cp[k] >= 'A' && cp[k] <= 'Z')
            t = k;
    }
    if (t == b || b - t < 10)
        return b;
    size_t words = 0;
    for (size_t k = t; k < b; k++) {
        uint32_t c = cp[k];
        if (c >= 0x80 && !bl_p_is_space(c))
            return b;
        if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && (k == t || bl_p_is_space(cp[k - 1])))
            words++;
    }
    return words >= 2 ? t : b;
}

bulletin_status bl_p_add_title(parser *p, size_t first, size_t last)
{
    bulletin_status status = bl_p_decode_lines(p, first, last);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t a = bl_p_skip_spaces(cp, p->cur.n, 0), b = p->cur.n;
    /* a cell row's lone pipe after its last line (表二 / …状况表 |), a title row's empty cells (…公报 | |||) */
    while (b > a && (bl_p_is_space(cp[b - 1]) || cp[b - 1] == '|' || cp[b - 1] == 0xFF5C))
        b--;
    /* and a title row's leading bar (| 2013年…公报 | | |) */
    while (a < b && (bl_p_is_space(cp[a]) || cp[a] == '|' || cp[a] == 0xFF5C))
        a++;
    a = after_headline_label(cp, a, b);
    /* the whole text on one line, the title run into it: the body after */
    size_t run_body = b, line_end = b, rb;
    if (first == last) {
        size_t te = title_run_in(cp + a, b - a, &rb);
        if (te) {
            run_body = a + rb;
            b = a + te;
        }
    }
    bl_p_drop_readings(p, a, &b);
    /* the page's date and source after the headline: a paragraph of their
     * own under the title */
    size_t rec = bl_p_page_record_at(cp, a, b), rec_end = b;
    bool record = rec < b;
    /* its English translation: a paragraph of its own under it */
    if (rec == b)
        rec = translation_at(cp, a, b);
    if (rec < b) {
        b = rec;
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
    }
    /* 《…》 around the whole title goes. */
    if (b - a > 2 && cp[a] == 0x300A && cp[b - 1] == 0x300B) {
        int depth = 0;
        bool whole = true;
        for (size_t i = a; i < b && whole; i++) {
            depth += cp[i] == 0x300A ? 1 : cp[i] == 0x300B ? -1 : 0;
            if (depth == 0 && i + 1 < b)
                whole = false;
        }
        if (whole)
            a++, b--;
    }
    /* a site's year after the title: 统计公报 2022 */
    {
        size_t e = b;
        while (e > a && bl_p_is_digit(cp[e - 1]))
            e--;
        size_t s = e;
        while (s > a && bl_p_is_space(cp[s - 1]))
            s--;
        if (e < b && s < e && s > a && bl_p_ends_with_title_word(cp + a, s - a))
            b = s;
    }
    /* a 文号 in parentheses after the title, as portals print it:
     * ……的通知（岳办发〔2017〕2号） -> the title, then a DOCNUMBER */
    size_t dn_from = 0, dn_to = 0;
    if (b - a > 4 && (cp[b - 1] == 0xFF09 || cp[b - 1] == ')')) {
        size_t o = b - 1;
        while (o > a && cp[o - 1] != 0xFF08 && cp[o - 1] != '(')
            o--;
        if (o > a + 1 && bl_p_is_docnumber(cp + o, b - 1 - o)) {
            size_t s = o - 1;
            while (s > a && bl_p_is_space(cp[s - 1]))
                s--;
            if (bl_p_ends_with_title_word(cp + a, s - a)) {
                dn_from = o;
                dn_to = b - 1;
                b = s;
            }
        }
    }
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_TITLE);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    /* a line of its own, not a PDF's lines flattened into one */
    bool flat = false;
    for (size_t i = first; i <= last && i < p->nlines; i++)
        flat |= p->lines[i].flat;
    p->title_clauses = !flat;
    status = bl_p_set_text(p, node, a, b);
    p->title_clauses = false;
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    bool doubtful = !bl_p_ends_with_title_word(cp + a, b - a) && b - a > 40;
    status = finish_title(p, node);
    if (status == BULLETIN_OK && doubtful)
        status = bl_doc_warn(p->doc, node->line, node->column,
                             "doubtful title: a long line that does not end like a title");
    if (status == BULLETIN_OK && dn_to > dn_from) {
        bulletin_node *dn = bl_node_new(p->mem, BULLETIN_NODE_PARAGRAPH);
        if (!dn)
            return BULLETIN_ERR_NOMEM;
        dn->part = (unsigned char)BULLETIN_NODE_DOCNUMBER;
        status = bl_p_set_text(p, dn, dn_from, dn_to);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, dn);
            return status;
        }
        bl_p_attach_top(p, dn);
    }
    if (status == BULLETIN_OK && rec < rec_end && record && p->record_in_title)
        status = bl_p_add_record_date(p, rec, rec_end);
    else if (status == BULLETIN_OK && rec < rec_end) {
        status = bl_p_add_paragraph(p, rec, rec_end);
        /* the page's record line, not its date: a paragraph marked */
        bulletin_node *tail = p->lead ? p->lead->last_child : NULL;
        if (status == BULLETIN_OK && record && tail && tail->type == BULLETIN_NODE_PARAGRAPH
            && tail->index == p->para_index)
            tail->record = 1;
    }
    if (status == BULLETIN_OK && run_body < line_end) {
        /* a notice's salutation run in after its title (…的通知 各乡镇人民
         * 政府：为…): the salutation, then the first sentence */
        size_t c = run_body;
        while (c < line_end && c - run_body <= 60 && cp[c] != 0xFF1A && cp[c] != ':' && cp[c] != 0x3002)
            c++;
        bool spaced = false; /* a speech's slogans before 同志们: no salutation */
        for (size_t k = run_body; k < c && !spaced; k++)
            spaced = bl_p_is_space(cp[k]);
        if (c < line_end && (cp[c] == 0xFF1A || cp[c] == ':') && !spaced
            && bl_p_is_salutation(cp + run_body, c + 1 - run_body)) {
            bulletin_node *sal = bl_node_new(p->mem, BULLETIN_NODE_PARAGRAPH);
            if (!sal)
                return BULLETIN_ERR_NOMEM;
            sal->part = (unsigned char)BULLETIN_NODE_SALUTATION;
            status = bl_p_set_text(p, sal, run_body, c + 1);
            if (status != BULLETIN_OK) {
                bl_node_free(p->mem, sal);
                return status;
            }
            bl_p_attach_top(p, sal);
            run_body = bl_p_skip_spaces(cp, line_end, c + 1);
        }
        if (run_body < line_end)
            status = bl_p_add_paragraph(p, run_body, line_end);
    }
    return status;
}

/* The front matter's title, else the file name without its folder and
 * extension, else "bulletin". */
bulletin_status bl_p_add_fallback_title(parser *p)
{
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_TITLE);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    bulletin_status status;
    const char *fm = p->doc->meta[BULLETIN_META_TITLE];
    if (fm) {
        status = bl_p_set_plain_text(p, node, fm, p->title_line, p->title_col);
    } else {
        const char *path = p->path ? p->path : "bulletin";
        const char *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        size_t len = strlen(base);
        const char *dot = strrchr(base, '.');
        if (dot && dot != base)
            len = (size_t)(dot - base);
        char *s = bl_strndup(p->mem, base, len);
        if (!s) {
            bl_node_free(p->mem, node);
            return BULLETIN_ERR_NOMEM;
        }
        status = bl_p_set_plain_text(p, node, s, 0, 0);
        bl_free(p->mem, s);
    }
    if (status != BULLETIN_OK) {
        bl_node_free(p->mem, node);
        return status;
    }
    return finish_title(p, node);
}

/* cp[0, n) read as a title is: without a page's label before it (标题:),
 * a converter's pinyin readings (全國(guó)) and spaces; at most cap code
 * points into out (cap + 1 when it is longer). */
static size_t title_read_form(const uint32_t *cp, size_t n, uint32_t *out, size_t cap)
{
    size_t m = 0;
    for (size_t k = after_headline_label(cp, 0, n); k < n;) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n, k) : 0;
        if (r) {
            k += r;
            continue;
        }
        if (bl_p_is_space(cp[k]) || cp[k] == 0x3000) {
            k++;
            continue;
        }
        if (m == cap)
            return cap + 1;
        out[m++] = cp[k++];
    }
    return m;
}

/* A page's field with no value: a short name and its colon alone (字號(hào):,
 * 访问量：), readings allowed. */
static bool empty_field(const uint32_t *cp, size_t n)
{
    if (n < 3 || (cp[n - 1] != ':' && cp[n - 1] != 0xFF1A))
        return false;
    size_t han = 0;
    for (size_t k = 0; k + 1 < n;) {
        size_t r = k > 0 && bl_is_han(cp[k - 1]) ? bl_p_reading_at(cp, n - 1, k) : 0;
        if (r) {
            k += r;
            continue;
        }
        if (!bl_is_han(cp[k]))
            return false;
        han++;
        k++;
    }
    return han >= 2 && han <= 6;
}

/* A page's field with a short value: a name of two to six Han characters,
 * its colon, then a value of a few words without a clause's marks
 * (是否同意公开:是, 办理结果:A). */
static bool short_field(const uint32_t *cp, size_t n)
{
    size_t k = 0, han = 0;
    while (k < n && bl_is_han(cp[k]) && han <= 6) {
        han++;
        k++;
        k += bl_p_reading_at(cp, n, k);
    }
    if (han < 2 || han > 6 || k >= n || (cp[k] != ':' && cp[k] != 0xFF1A) || n - k - 1 == 0 || n - k - 1 > 20)
        return false;
    for (size_t q = k + 1; q < n; q++)
        if (bl_p_is_terminal(cp[q]) || cp[q] == 0xFF0C || cp[q] == ',' || cp[q] == 0x3001)
            return false;
    return true;
}

/* A date in cp[0, n): four digits, then -, / or 年 and a digit. */
static bool holds_date(const uint32_t *cp, size_t n)
{
    for (size_t k = 0; k + 5 < n; k++) {
        if (!(bl_p_is_digit(cp[k]) && bl_p_is_digit(cp[k + 1]) && bl_p_is_digit(cp[k + 2])
              && bl_p_is_digit(cp[k + 3])) || (k > 0 && bl_p_is_digit(cp[k - 1])))
            continue;
        uint32_t c = cp[k + 4];
        if ((c == '-' || c == '/' || c == 0x5E74) && bl_p_is_digit(cp[k + 5]))
            return true;
    }
    return false;
}

/* Line i, a page's field (索引号：…, 标题：…, 发文字号：…, a record line
 * 時間:2021-06-10 10:53 來源:…, a field with no value 字號:, and, `under`
 * the title given again, any short one: 是否同意公开:是): *field, and
 * *dated when it holds a date. */
static bulletin_status page_field(parser *p, size_t i, bool under, bool *field, bool *dated)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    *field = *dated = false;
    line_kind k = p->lines[i].kind;
    if (k != LK_TEXT && k != LK_DATE && k != LK_DOCNUMBER && k != LK_TABLE)
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp + a;
    size_t n = b - a;
    if (k == LK_TABLE) { /* a record line with its fields between bars (… | 來源: … | 作者:) */
        *field = bl_p_is_meta_line(cp, n);
        *dated = *field && holds_date(cp, n);
        return BULLETIN_OK;
    }
    *field = bl_p_is_meta_line(cp, n) || (empty_field(cp, n) && !bl_p_is_salutation(cp, n))
          || (after_headline_label(cp, 0, n) > 0 && k == LK_TEXT) || (under && short_field(cp, n));
    *dated = *field && (k == LK_DATE || holds_date(cp, n));
cleanup:
    return status;
}

/* A title's number or note in brackets after its title word ((第一号),
 * (第1號), (全文), (草案)): the title's length without it, else n. */
static size_t without_note(const uint32_t *t, size_t n)
{
    if (n < 5 || (t[n - 1] != 0xFF09 && t[n - 1] != ')'))
        return n;
    size_t o = n - 1;
    while (o > 0 && n - o <= 8 && t[o - 1] != 0xFF08 && t[o - 1] != '(')
        o--;
    if (o < 3 || n - o > 8 || o == n - 1)
        return n;
    for (size_t k = o; k + 1 < n; k++)
        if (t[k] == 0xFF08 || t[k] == '(' || t[k] == 0xFF09 || t[k] == ')')
            return n;
    return bl_p_ends_with_title_word(t, o - 1) ? o - 1 : n;
}

/* The title t (tn) given again as r (rn): the same read form, or the same
 * but for a number or note in brackets after the title word on one of
 * them (…普查公报 / …普查公报（第一号）, …公报(全文) / …公报); not two
 * different numbers (（第一号） / （第二号）). */
static bool same_title(const uint32_t *t, size_t tn, const uint32_t *r, size_t rn)
{
    if (rn == tn)
        return memcmp(r, t, tn * sizeof *t) == 0;
    size_t tc = without_note(t, tn), rc = without_note(r, rn);
    if (tc < tn && rc == rn)
        return rn == tc && memcmp(r, t, tc * sizeof *t) == 0;
    if (rc < rn && tc == tn)
        return tn == rc && memcmp(r, t, rc * sizeof *t) == 0;
    return false;
}

/* A news lead that quotes the title (its words without a note) in 《》:
 * 日前,水利部发布《2016年中国水资源公报》。公报显示,… */
static bool quotes_title(const uint32_t *cp, size_t n, const uint32_t *t, size_t tn)
{
    size_t tc = without_note(t, tn);
    if (tc < 4 || !has_stop(cp, n))
        return false;
    for (size_t k = 0; k + tc + 2 <= n; k++)
        if (cp[k] == 0x300A && cp[k + tc + 1] == 0x300B && memcmp(cp + k + 1, t, tc * sizeof *t) == 0)
            return true;
    return false;
}

/* A page's field of words under its record line (關鍵詞: 富營養湖泊,水資源
 * 總量, 标签:…): a name of two to six Han characters, its colon, a value,
 * no sentence's stop. */
static bool named_field(const uint32_t *cp, size_t n)
{
    size_t k = 0, han = 0;
    while (k < n && bl_is_han(cp[k]) && han <= 6) {
        han++;
        k++;
        k += bl_p_reading_at(cp, n, k);
    }
    if (han < 2 || han > 6 || k + 1 >= n || (cp[k] != ':' && cp[k] != 0xFF1A) || has_stop(cp, n))
        return false;
    return bl_p_skip_spaces(cp, n, k + 1) < n;
}

/* The most lines a title given again (or an attachment's title) may be
 * wrapped over: the part that reads it (docparts.c bl_p_add_part) follows
 * the chain of joins (the lines after the first are SKIP lines with `join`
 * set but the last). */
#define REPEAT_LINES 4

/* Round 42 class 3: the title given again under the page's record line (a
 * date and its source, perhaps a field with no value under it: 字號:) or
 * under a metadata block (索引号:… / 标题:… / 发文字号:… / 主题词:…), read
 * as the title is (without readings, spaces, the 标题: field's name), is
 * its SUBTITLE (石嘴山市第七次全國(guó)人口普查公報(bào)[1](第一號(hào)) under
 * 時(shí)間:2021-06-10 10:53 來(lái)源:人普辦 / 字號(hào):).  Not right under the
 * title, nor under one field of no date (访问量:), nor under a line that
 * is no field (新华社北京3月8日电, a page's summary), nor inside the block
 * (a field under it), nor when the title is given yet again below (a law
 * site's copy: the page's name, its record line, then the document with
 * its issuer and its title once more).
 * Round 41 (partsT): between the fields and the repeat, a registration
 * code (HHCR-2023-01005), the 文号 and a news lead quoting the title in
 * 《》 are passed; the repeat may be wrapped (issuer / 关于…的通知) and
 * may carry a number or note the title lacks, or lack the title's
 * ((第一号), (全文)).  A 公报's issuer under its repeat signs it. */
static bulletin_status title_given_again(parser *p, size_t first, size_t last)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    uint32_t title[96], rep[96 * REPEAT_LINES + 8];
    BL_CHECK(bl_p_decode_lines(p, first, last));
    size_t tn = title_read_form(p->cur.cp, p->cur.n, title, 96);
    if (tn < 6 || tn > 96)
        return BULLETIN_OK;
    size_t fields = 0, j = bl_p_next_nonblank(p, last + 1);
    bool dated = false, loose = false;
    for (; j < p->nlines && fields < 16; j = bl_p_next_nonblank(p, j + 1)) {
        bool field, d;
        BL_CHECK(page_field(p, j, false, &field, &d));
        if (!field) {
            /* round 44 class 3: a short field of the page's own among
             * them (信息发布者:某某 over the record line), when a dated
             * one is there too */
            BL_CHECK(page_field(p, j, true, &field, &d));
            if (!field)
                break;
            loose = true;
        }
        fields++;
        dated |= d;
    }
    if (fields == 0 || (!dated && (fields < 3 || loose)))
        return BULLETIN_OK;
    /* a registration code, the 文号, a news lead quoting the title */
    for (size_t passed = 0; j < p->nlines && passed < 3; j = bl_p_next_nonblank(p, j + 1), passed++) {
        if (p->lines[j].kind == LK_DOCNUMBER)
            continue;
        if (p->lines[j].kind != LK_TEXT)
            break;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        if (!is_bare_code(p->cur.cp + a, b - a) && !quotes_title(p->cur.cp + a, b - a, title, tn)
            && !named_field(p->cur.cp + a, b - a))
            break;
    }
    if (j >= p->nlines || p->lines[j].kind != LK_TEXT)
        return BULLETIN_OK;
    size_t rn = 0, rlast = p->nlines;
    for (size_t i = j, lines = 0; i < p->nlines && lines < REPEAT_LINES && p->lines[i].kind == LK_TEXT;
         i = bl_p_next_nonblank(p, i + 1), lines++) {
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        rn += title_read_form(p->cur.cp + a, b - a, rep + rn, 96);
        if (rn > 96 + 8)
            break;
        if (same_title(title, tn, rep, rn)) {
            rlast = i;
            break;
        }
        /* a wrapped repeat goes on with the title's words */
        if (rn >= tn || memcmp(rep, title, rn * sizeof *title) != 0)
            break;
    }
    if (rlast >= p->nlines)
        return BULLETIN_OK;
    /* (a field under it: the block goes on) */
    size_t k = bl_p_next_nonblank(p, rlast + 1);
    if (k < p->nlines) {
        bool field, d;
        BL_CHECK(page_field(p, k, true, &field, &d));
        if (field)
            return BULLETIN_OK;
    }
    /* (the title given a third time: a law site's copy) */
    for (size_t m = 0; k < p->nlines && m < 12; k = bl_p_next_nonblank(p, k + 1), m++) {
        if (p->lines[k].kind != LK_TEXT && p->lines[k].kind != LK_DOCTITLE)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
        rn = title_read_form(p->cur.cp + a, b - a, rep, 96);
        if (rn <= 96 && same_title(title, tn, rep, rn))
            return BULLETIN_OK;
    }
    p->lines[j].kind = LK_SUBTITLE;
    for (size_t i = j + 1; i <= rlast; i++)
        if (p->lines[i].kind != LK_BLANK) {
            p->lines[i].kind = LK_SKIP;
            p->lines[i].join = i < rlast;
        }
    if (rlast > j)
        p->lines[j].join = 1;
    /* a 公报's issuer under its repeat (…水资源公报 / 中华人民共和国水利部) */
    BL_CHECK(bl_p_find_byline(p, j, rlast));
cleanup:
    return status;
}

/* 《 and 〈 opened and not closed in cp[0, n) (closes count against). */
static int open_quotes(const uint32_t *cp, size_t n)
{
    int o = 0;
    for (size_t k = 0; k < n; k++)
        o += (cp[k] == 0x300A || cp[k] == 0x3008) - (cp[k] == 0x300B || cp[k] == 0x3009);
    return o;
}

/* Round 41 class 10 (notice-huaihua lines 26-30): an attachment's title
 * wrapped with its 《 (〈) left open (懷化市貫徹落實《關于打好經濟增長主動仗
 * / 實現經濟運行整體好轉的若干政策 / 措施》實施方案): the lines under it, short,
 * without a stop or a comma, up to the one that closes the brackets and
 * ends with a title word, are its words: joined to the DOCTITLE.  Not
 * when the brackets do not close there, or the closing line ends with no
 * title word. */
static bulletin_status wrapped_doctitles(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_DOCTITLE || p->lines[i].join)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        int open = open_quotes(p->cur.cp + a, b - a);
        if (open <= 0)
            continue;
        size_t last = p->nlines, prev = i;
        for (size_t k = bl_p_next_nonblank(p, i + 1), lines = 1;
             k < p->nlines && lines < REPEAT_LINES && k - prev <= 2 && p->lines[k].kind == LK_TEXT;
             prev = k, k = bl_p_next_nonblank(p, k + 1), lines++) {
            BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
            const uint32_t *cp = p->cur.cp + a;
            size_t n = b - a;
            bool clause = n == 0 || n > 40 || has_stop(cp, n);
            for (size_t q = 0; q < n && !clause; q++)
                clause = cp[q] == 0xFF0C || cp[q] == ',' || cp[q] == 0xFF1B || cp[q] == ';' || cp[q] == ':' || cp[q] == 0xFF1A;
            if (clause)
                break;
            open += open_quotes(cp, n);
            if (open <= 0) {
                if (open == 0 && bl_p_ends_with_title_word(cp, n))
                    last = k;
                break;
            }
        }
        if (last >= p->nlines)
            continue;
        p->lines[i].join = 1;
        for (size_t k = i + 1; k <= last; k++)
            if (p->lines[k].kind != LK_BLANK) {
                p->lines[k].kind = LK_SKIP;
                p->lines[k].join = k < last;
            }
        i = last;
    }
cleanup:
    return status;
}

bulletin_status bl_p_find_title(parser *p, size_t *first, size_t *last)
{
    bulletin_status status = find_title(p, first, last);
    if (status == BULLETIN_OK && *first < p->nlines && *last < p->nlines)
        status = title_given_again(p, *first, *last);
    if (status == BULLETIN_OK)
        status = wrapped_doctitles(p);
    return status;
}
