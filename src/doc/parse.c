/*
 * parse.c - bulletin text -> document model: the driver.
 *
 * Implements the input format of README.md ("Input format"): encoding
 * checks, line splitting and front matter here; then the passes of
 * parse_int.h over the body lines, and the tree built in source order.
 * The parser runs in time linear in the input.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/sha256.h"
#include "doc/parse_int.h"

/* ========================================================================
 * Encoding checks
 * ====================================================================== */

/* True when the whole buffer is structurally valid GB18030 and has at
 * least one multi-byte sequence: then the hint to convert it is useful. */
static bool looks_like_gb18030(const unsigned char *s, size_t len)
{
    bool multi = false;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
        } else if (c >= 0x81 && c <= 0xFE && i + 1 < len) {
            unsigned d = s[i + 1];
            if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE)) {
                i += 2;
            } else if (d >= 0x30 && d <= 0x39 && i + 3 < len && s[i + 2] >= 0x81
                       && s[i + 2] <= 0xFE && s[i + 3] >= 0x30 && s[i + 3] <= 0x39) {
                i += 4;
            } else {
                return false;
            }
            multi = true;
        } else {
            return false;
        }
    }
    return multi;
}

/* Validates the encoding of the whole input before anything is built, so
 * that every later step can decode without checks.  Allowed controls:
 * TAB, LF, CR.  Reports the first problem with its line and column. */
static bulletin_status check_encoding(const unsigned char *s, size_t len, const char *path,
                                      bulletin_diag *diag)
{
    int line = 1, col = 1;
    size_t i = 0;
    if (len >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
        return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, 1, 1,
                           "input is UTF-16, not UTF-8; convert it with "
                           "'iconv -f UTF-16 -t UTF-8'");
    while (i < len) {
        uint32_t cp;
        int n = bl_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            if (looks_like_gb18030(s, len))
                return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                                   "invalid UTF-8 (byte 0x%02X); the file looks like GB18030: "
                                   "convert it with 'iconv -f GB18030 -t UTF-8'",
                                   s[i]);
            return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                               "invalid UTF-8 (byte 0x%02X)", s[i]);
        }
        if (cp == '\n' || (cp == '\r' && !(i + 1 < len && s[i + 1] == '\n'))) {
            line++;
            col = 1;
        } else if (cp == '\r') {
            /* CR of a CRLF pair: the LF counts the line. */
        } else if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                               cp == 0 ? "NUL byte in text"
                                       : "control character U+%04X in text",
                               (unsigned)cp);
        } else if (cp == 0xFFFE || cp == 0xFFFF) {
            /* noncharacters that XML 1.0 forbids: no workbook could hold them */
            return bl_diag_set(diag, BULLETIN_ERR_ENCODING, path, line, col,
                               "character U+%04X is not text (a noncharacter XML forbids)",
                               (unsigned)cp);
        } else if (cp == 0xFEFF && !(i == 0)) {
            /* A BOM inside the text (files concatenated): harmless but
             * invisible; it is dropped by the normaliser. */
            col++;
        } else {
            col++;
        }
        i += (size_t)n;
    }
    return BULLETIN_OK;
}

/* ========================================================================
 * Building the tree
 * ====================================================================== */

/* A heading line.  When the heading phrase ends with 。！？ the heading is
 * run in: a RUNIN whose text is the lead, 。 kept, and the rest of the
 * line its first paragraph.  A definition's lead is its term: （1）三次产业
 * 经济结构分类的常用方法之一。 */
/* Whether line li ends with ；/; (after spaces): an item that goes on. */
static bool ends_item(const uint32_t *cp, size_t from, size_t n)
{
    while (n > from && bl_p_is_space(cp[n - 1]))
        n--;
    return n > from && (cp[n - 1] == 0xFF1B || cp[n - 1] == ';');
}

/* Whether a paragraph opens an article of a law and leads its items:
 * 第三条 设立…的审批： (第 a number 条, ending with a colon). */
static bool article_lead(const bulletin_node *b)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七", "八",
                                           "九", "十", "百", "千", "零", "〇"};
    if (b->type != BULLETIN_NODE_PARAGRAPH || b->heading.level != 0 || b->len < 9
        || memcmp(b->text, "第", 3))
        return false;
    size_t i = 3, k = 0;
    for (; i < b->len && k < 8; k++) {
        if (b->text[i] >= '0' && b->text[i] <= '9') {
            i++;
            continue;
        }
        size_t m = 0;
        while (m < sizeof numerals / sizeof *numerals && (i + 3 > b->len || memcmp(b->text + i, numerals[m], 3)))
            m++;
        if (m == sizeof numerals / sizeof *numerals)
            break;
        i += 3;
    }
    if (!k || i + 3 > b->len || memcmp(b->text + i, "条", 3))
        return false;
    return !memcmp(b->text + b->len - 3, "：", 3) || b->text[b->len - 1] == ':';
}

/* Whether the item h comes in the list of an article of a law: right
 * under its lead (第三条 …审批：, the item number 1), or after its
 * siblings, the numbered paragraphs of that list (and of deeper lists
 * under them) before it. */
static bool article_item(const bulletin_node *before, int level, int number)
{
    int want = number - 1;
    for (const bulletin_node *b = before; b; b = b->prev) {
        if (b->type != BULLETIN_NODE_PARAGRAPH)
            return false;
        if (b->heading.level == 0)
            return want == 0 && article_lead(b);
        if (b->heading.level < level)
            return false;
        if (b->heading.level == level) {
            if (b->heading.number != want)
                return false;
            want--;
        }
    }
    return false;
}

/* Whether an item's text is cut short (二、给予运动员……, the rest of a
 * sample left out): it ends with an ellipsis, a stop or ； after it at
 * most; the same kind of item as its siblings. */
static bool elided_item(const uint32_t *cp, size_t from, size_t n)
{
    while (n > from && bl_p_is_space(cp[n - 1]))
        n--;
    if (n > from && (cp[n - 1] == 0x3002 || cp[n - 1] == 0xFF1B || cp[n - 1] == ';'))
        n--;
    return n > from + 1 && cp[n - 1] == 0x2026 && cp[from] != 0x2026;
}

/* Whether line k ends one item's text: the next line another item of
 * its level or above, the signature, the attachments (not the end of an
 * excerpt, where (二)关于…的问题。 may be a heading). */
static bool item_ends_at(const parser *p, size_t k, int level)
{
    size_t j = bl_p_next_nonblank(p, k + 1);
    const bl_line *nl = j < p->nlines ? &p->lines[j] : NULL;
    return nl && (nl->kind == LK_HEADING ? nl->level <= level
                                         : nl->kind != LK_TEXT && nl->kind != LK_TABLE && nl->kind != LK_RULE
                                               && nl->kind != LK_CAPTION && nl->kind != LK_NOTE);
}

bulletin_status bl_p_list_heading(parser *p, size_t k, int level, heading_match *m, bool *yes)
{
    *yes = false;
    const bl_line *l = &p->lines[k];
    if (l->kind != LK_HEADING || l->level != level || l->join || l->unnum || l->toc)
        return BULLETIN_OK;
    bulletin_status status = bl_p_decode_line(p, k);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    *yes = bl_p_match_heading(cp, n, bl_p_skip_spaces(cp, n, 0), m) && m->level == level;
    return BULLETIN_OK;
}

/* 1. 请市政府市长、副市长、秘书长参加。邀请…列席会议。 over 2. 请市政府副秘
 * 书长…列席会议。: whether a later item of the list, each item a line of
 * its own, is one sentence, the whole item, with only items run in with a
 * long first sentence before it; then the items of the list are read
 * alike, as numbered paragraphs (notice-xuancheng-executive-meeting-
 * 2022).  Decoding replaces p->cur. */
static bulletin_status list_of_sentences(parser *p, size_t last, int level, int number, bool *out)
{
    *out = false;
    for (size_t k = bl_p_next_nonblank(p, last + 1); k < p->nlines; k = bl_p_next_nonblank(p, k + 1)) {
        heading_match m;
        bool yes;
        bulletin_status status = bl_p_list_heading(p, k, level, &m, &yes);
        if (status != BULLETIN_OK)
            return status;
        if (!yes || m.number != ++number)
            return BULLETIN_OK;
        const uint32_t *cp = p->cur.cp;
        size_t n = p->cur.n;
        while (n > m.text_from && bl_p_is_space(cp[n - 1]))
            n--;
        size_t t = m.text_from;
        while (t < n && cp[t] != 0x3002 && cp[t] != 0xFF01 && cp[t] != 0xFF1F)
            t++;
        if (t >= n || t + 1 - m.text_from <= 9)
            return BULLETIN_OK;
        if (t + 1 == n) {
            *out = item_ends_at(p, k, level);
            return BULLETIN_OK;
        }
    }
    return BULLETIN_OK;
}

/* Whether the sibling right before the item (level, number) is a lead
 * run in with its paragraph after it on its own line (一、同意撤销…定西市。
 * 市人民政府驻…。): the list writes each item on one line, so a line of
 * text after an item that is one long sentence, the whole line, is no
 * paragraph of that item but the text's own (approval-dingxi: 三、定西市
 * 辖…安定区。 then 定西市的各类机构…): the item is a numbered paragraph
 * (convention 3). */
static bool line_runin_sibling(const parser *p, int level, int number)
{
    const bulletin_node *prev = p->open[level];
    return prev && prev->type == BULLETIN_NODE_SECTION && prev->runin && prev->heading.level == level
        && prev->heading.number == number - 1 && prev->first_child
        && prev->first_child->type == BULLETIN_NODE_PARAGRAPH && prev->first_child->line == prev->line;
}

/* Whether cp[from, n) (after spaces) is one group in parentheses, the
 * whole rest: (省发展改革委牵头负责) after an item's sentence. */
static bool paren_tail(const uint32_t *cp, size_t from, size_t n)
{
    while (n > from && bl_p_is_space(cp[n - 1]))
        n--;
    if (n - from < 3 || (cp[from] != 0xFF08 && cp[from] != '(') || (cp[n - 1] != 0xFF09 && cp[n - 1] != ')'))
        return false;
    int depth = 0;
    for (size_t i = from; i < n; i++) {
        if (cp[i] == 0xFF08 || cp[i] == '(')
            depth++;
        else if ((cp[i] == 0xFF09 || cp[i] == ')') && --depth == 0 && i + 1 < n)
            return false;
    }
    return depth == 0;
}

/* Whether cp[from, to) is a sentence of clauses longer than a heading
 * phrase: more than 30 characters with a comma inside
 * (（1）全县完成一般公共预算收入7.71亿元，其中：…). */
static bool long_sentence(const uint32_t *cp, size_t from, size_t to)
{
    if (to - from <= 30)
        return false;
    for (size_t i = from; i < to; i++)
        if (cp[i] == 0xFF0C || cp[i] == ',')
            return true;
    return false;
}

/* Whether cp[from..to) is a sentence of clauses stating a figure (上级补助
 * 收入277643万元，完成预算的137.13%。): a comma and a digit, more than a
 * heading phrase's few words; a heading phrase (关于预算执行的问题。) has
 * neither. */
static bool figure_sentence(const uint32_t *cp, size_t from, size_t to)
{
    bool comma = false, digit = false;
    for (size_t i = from; i < to; i++) {
        comma |= cp[i] == 0xFF0C || cp[i] == ',';
        digit |= cp[i] >= '0' && cp[i] <= '9';
    }
    return comma && digit && to - from > 12;
}

/* Whether the sentence cp[from..to) is a phrase ending in a comma then
 * the first clause of an enumeration (在财政运行管理方面，一是应收未收…。,
 * …方面，首先是…。): its lead is no heading phrase. */
static bool enumeration_after_comma(const uint32_t *cp, size_t from, size_t to)
{
    static const uint32_t firsts[][2] = {{0x4E00, 0x662F}, {0x9996, 0x5148}, {0x5176, 0x4E00}}; /* 一是 首先 其一 */
    for (size_t i = from + 2; i + 2 < to; i++) {
        if (cp[i] != 0xFF0C && cp[i] != ',')
            continue;
        for (size_t f = 0; f < sizeof firsts / sizeof *firsts; f++)
            if (cp[i + 1] == firsts[f][0] && cp[i + 2] == firsts[f][1])
                return true;
    }
    return false;
}

/* Whether o is a regulation's chapter: a heading without a number whose
 * text starts 第, Chinese numerals, 章 (第一章　总　则). */
static bool chapter_node(const bulletin_node *o)
{
    static const char *const numerals[] = {"\xE3\x80\x87", "\xE9\x9B\xB6", "\xE4\xB8\x80", "\xE4\xBA\x8C",
                                           "\xE4\xB8\x89", "\xE5\x9B\x9B", "\xE4\xBA\x94", "\xE5\x85\xAD",
                                           "\xE4\xB8\x83", "\xE5\x85\xAB", "\xE4\xB9\x9D", "\xE5\x8D\x81",
                                           "\xE7\x99\xBE"}; /* 〇零一二三四五六七八九十百 */
    if (!o || o->type != BULLETIN_NODE_SECTION || o->heading.number || o->runin || o->len < 9
        || memcmp(o->text, "\xE7\xAC\xAC", 3) != 0) /* 第 */
        return false;
    size_t i = 3, k = 0;
    for (bool more = true; more && i + 3 <= o->len && k < 6;) {
        more = false;
        for (size_t w = 0; w < sizeof numerals / sizeof *numerals && !more; w++)
            more = memcmp(o->text + i, numerals[w], 3) == 0;
        if (more) {
            i += 3;
            k++;
        }
    }
    return k > 0 && i + 3 <= o->len && memcmp(o->text + i, "\xE7\xAB\xA0", 3) == 0; /* 章 */
}

/* Whether the item of line li (its level and number), alone on its line
 * with no closing mark (2.国防支出23万元), is one of a list of items run in
 * with ；: its sibling before it is such an item, nothing under it, and
 * the next line is its next sibling ending with ； or 。, or closes the
 * list (the text's end, a higher heading, no text).  Decodes lines. */
static bulletin_status item_lost_its_mark(parser *p, size_t li, int level, int number, bool *lost)
{
    *lost = false;
    const bulletin_node *prev = p->open[level];
    if (!prev || prev->type != BULLETIN_NODE_SECTION || !prev->runin || prev->last_child
        || prev->heading.number != number - 1 || prev->len < 3
        || (memcmp(prev->text + prev->len - 3, "\xEF\xBC\x9B", 3) && prev->text[prev->len - 1] != ';'))
        return BULLETIN_OK;
    size_t j = bl_p_next_nonblank(p, li + 1);
    if (j >= p->nlines) {
        *lost = true;
        return BULLETIN_OK;
    }
    const bl_line *nx = &p->lines[j];
    if (nx->kind == LK_HEADING && nx->level < level) {
        *lost = true;
        return BULLETIN_OK;
    }
    if (nx->kind != LK_HEADING || nx->level != level)
        return BULLETIN_OK;
    bulletin_status status = bl_p_decode_line(p, j);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    heading_match m;
    if (!bl_p_match_heading(cp, n, bl_p_skip_spaces(cp, n, 0), &m) || m.level != level || m.number != number + 1)
        return BULLETIN_OK;
    while (n > m.text_from && bl_p_is_space(cp[n - 1]))
        n--;
    *lost = n > m.text_from && (cp[n - 1] == 0xFF1B || cp[n - 1] == ';' || cp[n - 1] == 0x3002);
    return BULLETIN_OK;
}

/* （一）收入情况：元至5月，全市累计完成一般公共预算收入126.05亿元，…。其中：…:
 * a numbered item whose text opens with a part's name (two to twelve Han
 * characters ending in 情况, 概况, 总体, 收入, 支出, 收支, 综述, 总述; 情況,
 * 概況, 總體, 綜述, 總述; a year may lead it: 2023年收入情况), a colon, then a paragraph of its own on the line
 * (more than 30 characters, two sentences at least): the lead is run in,
 * its colon kept.  Returns the end of the lead (after the colon) and the
 * paragraph's start in *para, or 0.  A field and its value is none: its
 * name names no part (一、时间：4月9日上午8:00开始，会期半天。, 一、项目名称：…,
 * 二、春節：1月31日至2月6日放假調休，共7天。…), or its value is one short
 * clause (一、项目收入：100万元。); nor is an item that is one sentence, the
 * whole item (1.税收收入：累计完成…，增长6.91%；: convention 3) unless its
 * sibling before it is a part's lead run in (sibling: the items of one list
 * are alike), nor a name alone on its line (一、会议时间：, a heading).
 * The list's first item is one only when its next item opens with a
 * part's name too (next_item_is_part; para NULL: the name alone). */
static size_t part_lead(const uint32_t *cp, size_t from, size_t n, bool sibling, size_t *para)
{
    static const uint32_t parts[][2] = {
        {0x60C5, 0x51B5}, {0x60C5, 0x6CC1}, /* 情况 情況 */
        {0x6982, 0x51B5}, {0x6982, 0x6CC1}, /* 概况 概況 */
        {0x603B, 0x4F53}, {0x7E3D, 0x9AD4}, /* 总体 總體 */
        {0x6536, 0x5165}, {0x652F, 0x51FA}, {0x6536, 0x652F}, /* 收入 支出 收支 */
        {0x7EFC, 0x8FF0}, {0x7D9C, 0x8FF0}, /* 综述 綜述 */
        {0x603B, 0x8FF0}, {0x7E3D, 0x8FF0}, /* 总述 總述 */
    };
    size_t a = bl_p_skip_spaces(cp, n, from), i = a;
    /* the name led by its year (2023年收入情况：, 2022年度支出情況：) */
    while (i < n && i - a < 4 && (bl_p_is_digit(cp[i]) || (cp[i] >= 0xFF10 && cp[i] <= 0xFF19)))
        i++;
    if (i - a == 4 && i < n && cp[i] == 0x5E74) { /* 年 */
        i++;
        if (i < n && cp[i] == 0x5EA6) /* 度 */
            i++;
        a = i;
    } else
        i = a;
    while (i < n && bl_is_han(cp[i]) && i - a < 12)
        i++;
    size_t c = bl_p_skip_spaces(cp, n, i);
    if (i - a < 2 || c >= n || (cp[c] != 0xFF1A && cp[c] != ':'))
        return 0;
    size_t k = 0;
    while (k < sizeof parts / sizeof *parts && (cp[i - 2] != parts[k][0] || cp[i - 1] != parts[k][1]))
        k++;
    if (k == sizeof parts / sizeof *parts)
        return 0;
    if (!para)
        return c + 1;
    size_t j = bl_p_skip_spaces(cp, n, c + 1), e = n;
    while (e > j && bl_p_is_space(cp[e - 1]))
        e--;
    if (e - j <= 30)
        return 0;
    /* a sentence's end with more text after it (。, or an ASCII full stop
     * after Han, a digit or % and before Han: 增长3.6%.其中; not 3.6 nor
     * www.czj.gov.cn) */
    bool more = false;
    for (size_t m = j + 1; m + 1 < e && !more; m++)
        more = cp[m] == 0x3002 || cp[m] == 0xFF01 || cp[m] == 0xFF1F
            || (cp[m] == '.' && bl_is_han(cp[m + 1])
                && (bl_is_han(cp[m - 1]) || bl_p_is_digit(cp[m - 1]) || cp[m - 1] == '%' || cp[m - 1] == 0xFF05));
    if (!more && !sibling)
        return 0;
    *para = j;
    return c + 1;
}

/* 一、关于2023年预算执行的主要情况：2023年，全县…。税收…: a level-1 or
 * level-2 item whose text opens with the name of a report's part, a
 * heading phrase ending in 情况/情況/概况/概況 (Han and digits, a year
 * inside it, at most 30 characters, no comma), a colon, then a paragraph
 * of its own on the line (more than 30 characters, ending a sentence): the
 * lead is run in at its colon, the name ends there (not at the first
 * sentence's stop), whether one sentence or more follow (as the item
 * wrapped before its colon is read).  A field (一、时间：…) names no part.
 * Returns the end of the lead (after the colon) and the paragraph's start
 * in *para, or 0. */
static size_t part_heading_lead(const uint32_t *cp, size_t from, size_t n, size_t *para)
{
    static const uint32_t ends[][2] = {
        {0x60C5, 0x51B5}, {0x60C5, 0x6CC1}, /* 情况 情況 */
        {0x6982, 0x51B5}, {0x6982, 0x6CC1}, /* 概况 概況 */
    };
    size_t a = bl_p_skip_spaces(cp, n, from), i = a, han = 0;
    while (i < n && i - a <= 30 && (bl_is_han(cp[i]) || bl_p_is_digit(cp[i]) || (cp[i] >= 0xFF10 && cp[i] <= 0xFF19))) {
        han += bl_is_han(cp[i]);
        i++;
    }
    if (i >= n || i - a > 30 || han < 4 || (cp[i] != 0xFF1A && cp[i] != ':'))
        return 0;
    size_t k = 0;
    while (k < sizeof ends / sizeof *ends && (cp[i - 2] != ends[k][0] || cp[i - 1] != ends[k][1]))
        k++;
    if (k == sizeof ends / sizeof *ends)
        return 0;
    size_t j = bl_p_skip_spaces(cp, n, i + 1), e = n;
    while (e > j && bl_p_is_space(cp[e - 1]))
        e--;
    if (e - j <= 30 || !bl_p_is_stop(cp[e - 1]))
        return 0;
    *para = j;
    return i + 1;
}

/* Whether an item's text cp[from..n) opens with a name and a colon (二、参会
 * 人员：…, 二、财政收入：…, 二、2024年收入情况：): at most 16 Han characters
 * and digits before it. */
static bool named_item(const uint32_t *cp, size_t from, size_t n)
{
    size_t a = bl_p_skip_spaces(cp, n, from), i = a;
    while (i < n && i - a <= 16 && (bl_is_han(cp[i]) || bl_p_is_digit(cp[i]) || (cp[i] >= 0xFF10 && cp[i] <= 0xFF19)))
        i++;
    i = bl_p_skip_spaces(cp, n, i);
    return i > a && i < n && i - a <= 17 && (cp[i] == 0xFF1A || cp[i] == ':');
}

/* Whether the list's next item after line li (level, number + 1) opens
 * with a part's name too ((一)收入情况：… over (二)支出情况：…): a list of
 * fields (一、会议情况：… 二、参会人员：…) is never split into run-ins and
 * numbered paragraphs.  Decodes lines (p->cur changes). */
static bulletin_status next_item_is_part(parser *p, size_t li, bool *yes, bool *named)
{
    *yes = *named = false;
    int level = p->lines[li].level;
    for (size_t j = li + 1; j < p->nlines && j < li + 60; j++) {
        const bl_line *l = &p->lines[j];
        if (l->kind != LK_HEADING)
            continue;
        if (l->level < level)
            return BULLETIN_OK;
        if (l->level > level || l->unnum)
            continue;
        bulletin_status status = bl_p_decode_line(p, j);
        if (status != BULLETIN_OK)
            return status;
        heading_match m;
        size_t n = p->cur.n;
        if (bl_p_match_heading(p->cur.cp, n, bl_p_skip_spaces(p->cur.cp, n, 0), &m) && m.level == level) {
            *yes = part_lead(p->cur.cp, m.text_from, n, true, NULL) != 0;
            *named = *yes || named_item(p->cur.cp, m.text_from, n);
        }
        return BULLETIN_OK;
    }
    return BULLETIN_OK;
}

static bulletin_status add_heading(parser *p, size_t li)
{
    bulletin_status status;
    /* an item of a list of fields (一、项目名称：…; fieldlist.c) */
    bool field_list = false;
    status = bl_p_field_list_item(p, li, &field_list);
    if (status != BULLETIN_OK)
        return status;
    /* a part's name over its paragraph opens the list's first item only
     * when the next item opens with one too (part_lead) */
    bool next_part = false, next_named = false;
    if (p->lines[li].kind == LK_HEADING) {
        status = next_item_is_part(p, li, &next_part, &next_named);
        if (status != BULLETIN_OK)
            return status;
    }
    /* the next line, when it is an item run in with ；: its level and
     * number (read first: decoding a line replaces p->cur) */
    int next_level = 0, next_number = 0, next_clause = 0;
    if (li + 1 < p->nlines && p->lines[li + 1].kind == LK_HEADING) {
        status = bl_p_decode_line(p, li + 1);
        if (status != BULLETIN_OK)
            return status;
        heading_match nm;
        const uint32_t *ncp = p->cur.cp;
        size_t nn = p->cur.n;
        if (bl_p_match_heading(ncp, nn, bl_p_skip_spaces(ncp, nn, 0), &nm)) {
            bool ends = ends_item(ncp, nm.text_from, nn);
            if (ends) {
                next_level = nm.level >= 3 ? nm.level : 0;
                next_number = nm.level >= 3 ? nm.number : 0;
            }
            /* (二)听取和审议…的报告； under (一)…；: its level and number;
             * an item cut short (二、给予运动员……) is one like it */
            if (ends || elided_item(ncp, nm.text_from, nn))
                next_clause = nm.level <= 2 ? nm.level * 100 + nm.number : 0;
        }
    }
    /* an item wrapped inside a word: its line and the rest (reflow.c) */
    size_t last = li;
    while (p->lines[last].join && last + 1 < p->nlines)
        last++;
    status = last > li ? bl_p_decode_lines(p, li, last) : bl_p_decode_line(p, li);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    heading_match hm, *h = &hm;
    if (!bl_p_match_heading(cp, n, bl_p_skip_spaces(cp, n, 0), h))
        return bl_p_add_paragraph(p, 0, n);
    size_t text_to = n, para_from = n;
    bool runin = false, sentence = false;
    for (size_t i = h->text_from; i < n; i++) {
        if (cp[i] == 0x3002 || cp[i] == 0xFF01 || cp[i] == 0xFF1F) {
            size_t j = bl_p_skip_spaces(cp, n, i + 1);
            runin = sentence = true;
            text_to = i + 1;
            para_from = j;
            break;
        }
    }
    /* （一）收入情况：元至5月，…: a part's name over a paragraph of its own
     * on its line is run in at its colon, unless the list's item before it
     * is a numbered paragraph (its items are alike: budget-lukou-2015m08's
     * 四、支出情况：… after 一、截至…。) */
    const bulletin_node *part_prev = p->open[h->level];
    bool part_sibling = part_prev && part_prev->type == BULLETIN_NODE_SECTION && part_prev->runin
                     && part_prev->heading.number == h->number - 1 && part_prev->len >= 3
                     && !memcmp(part_prev->text + part_prev->len - 3, "\xEF\xBC\x9A", 3); /* ： */
    size_t part_para = 0,
           part_end = p->item_para[h->level] ? 0 : (part_sibling || next_part ? part_lead(cp, h->text_from, n, part_sibling, &part_para) : 0);
    /* (the next item a heading, or none: a list of fields or of named
     * parts, 一、会议情况：… 二、参会人员：…, is read alike above) */
    if (!part_end && h->level <= 2 && !p->item_para[h->level] && !next_named)
        part_end = part_heading_lead(cp, h->text_from, n, &part_para);
    if (part_end) {
        runin = sentence = true;
        text_to = part_end;
        para_from = part_para;
        field_list = false;
    }
    /* 2、区级机关各部门主要领导； an item of an enumeration that goes on
     * (its line ends with ；) is run in like one that ends with 。: a
     * list item, never a heading to keep with what follows */
    if (!runin && h->level >= 3) {
        size_t e = n;
        while (e > h->text_from && bl_p_is_space(cp[e - 1]))
            e--;
        /* 1.一般公共服务支出…113.7%: over 2.国防支出…60%;: the first item
         * written with a colon, the next item right under it, is one too */
        bool colon = e > h->text_from && (cp[e - 1] == 0xFF1A || cp[e - 1] == ':')
                  && next_level == h->level && next_number == h->number + 1;
        if (e > h->text_from && (cp[e - 1] == 0xFF1B || cp[e - 1] == ';' || colon)) {
            runin = true;
            text_to = e;
            para_from = n;
        } else if (e > h->text_from && last == li && cp[e - 1] != 0xFF1A && cp[e - 1] != ':') {
            /* 1.…； / 2.国防支出23万元 / 3.…；: an item that lost its mark
             * among siblings run in with ； is one like them */
            bool lost = false;
            status = item_lost_its_mark(p, li, h->level, h->number, &lost);
            if (status == BULLETIN_OK)
                status = bl_p_decode_line(p, li);
            if (status != BULLETIN_OK)
                return status;
            cp = p->cur.cp;
            n = p->cur.n;
            if (lost) {
                runin = true;
                text_to = e;
                para_from = n;
            }
        }
    }
    size_t rest = 0, term = h->level >= 3 ? bl_p_definition_term(cp, h->text_from, text_to, &rest)
                                          : 0;
    /* a term then a space, or then 简称/是指/也称 in a long first sentence */
    if (term && (bl_p_is_space(cp[term]) || !runin || text_to - h->text_from > 20)) {
        runin = true;
        sentence = false;
        text_to = term;
        para_from = rest;
    }
    /* 一、此款列2023年支出功能科目…，具体项目、金额详见附件。 a numbered item
     * that is one sentence, the whole item (the next line another item of
     * its level, the signature, the attachments: not the end of an
     * excerpt, where (二)关于…的问题。 may be a heading), is a numbered paragraph, not a
     * heading run in; so is each item after it of that list whose first
     * sentence is run in (三、禁渔期间…商品鱼。商贩从外地调入…) */
    /* an item of an enumeration run in with ；(1、…情况报告。 over 2、审
     * 议…（草案）；) stays one with its list */
    const bulletin_node *prev = p->open[h->level];
    bool semi = (next_level == h->level && next_number == h->number + 1)
             || (prev && prev->len >= 3
                 && (!memcmp(prev->text + prev->len - 3, "\xEF\xBC\x9B", 3) || prev->text[prev->len - 1] == ';'));
    /* (一)听取和审议县人民政府关于…的报告； over (二)…；, (三)…； and
     * (四)其他。: at level 1 or 2 the items of an agenda, each one clause
     * ending with ；, the whole line, over the next such item, are numbered
     * paragraphs, and so is the whole item after the last of them
     * (notice-pingchang-npc-standing-session-2013) */
    bool clause_item = false;
    bool clause = h->level <= 2 && last == li && !runin
               && (ends_item(cp, h->text_from, n) || elided_item(cp, h->text_from, n));
    if (clause)
        clause_item = next_clause == h->level * 100 + h->number + 1;
    if (!clause_item && h->level <= 2 && last == li && (clause || (sentence && para_from >= n))) {
        const bulletin_node *c = bl_p_container(p);
        const bulletin_node *before = c ? c->last_child : p->lead ? p->lead->last_child : NULL;
        clause_item = before && before->type == BULLETIN_NODE_PARAGRAPH && before->heading.level == h->level
                   && before->heading.number == h->number - 1 && before->len >= 3
                   && (!memcmp(before->text + before->len - 3, "\xEF\xBC\x9B", 3)
                       || before->text[before->len - 1] == ';');
    }
    /* the items of one list are all the same thing: an item whose
     * sibling right before it is a numbered paragraph is one too (1.…。
     * 2.…。 then 3.依据…的规定，直接进行下列审计：), and so is the first
     * item of a list right under an item that is one ((1)…； under that
     * 3.…：), whatever it ends with; an item that opens with a phrase
     * run in before its sentences (6.汇报要求。各单位…) is decided below */
    if (!clause_item && !sentence && h->level >= 3) {
        const bulletin_node *c = bl_p_container(p);
        const bulletin_node *before = c ? c->last_child : p->lead ? p->lead->last_child : NULL;
        if (before && before->type == BULLETIN_NODE_PARAGRAPH && before->heading.level > 0
            && p->item_para[before->heading.level])
            clause_item = (before->heading.level == h->level && before->heading.number + 1 == h->number)
                       || (before->heading.level < h->level && h->number == 1);
    }
    /* the items of an article of a law (第三条 …审批： over (一)…。
     * (二)…；) are its numbered paragraphs, whatever they end with; the
     * numbering restarts in each article */
    if (!clause_item) {
        const bulletin_node *c = bl_p_container(p);
        const bulletin_node *before = c ? c->last_child : p->lead ? p->lead->last_child : NULL;
        clause_item = article_item(before, h->level, h->number);
    }
    clause_item |= field_list;
    /* 第一章 总则 / 一、阿里地区行政公署(以下简称“行署”)是…的重大职责。为…: an
     * item right in a regulation's chapter whose first sentence is longer
     * than a heading phrase is an article, a numbered paragraph whatever
     * follows it (a heading phrase, 一、工作职责。…, stays run in) */
    if (!clause_item && h->level == 1 && sentence && chapter_node(p->open[1])
        && long_sentence(cp, h->text_from, text_to))
        clause_item = true;
    if ((sentence && !semi) || clause_item) {
        /* the sentence, then only the responsible office in parentheses:
         * the whole item */
        bool whole = para_from >= n || (sentence && paren_tail(cp, para_from, n));
        /* the text's last line: a sentence of clauses ends the item */
        if (whole)
            whole = item_ends_at(p, last, h->level)
                 || (bl_p_next_nonblank(p, last + 1) >= p->nlines
                     && (long_sentence(cp, h->text_from, text_to) || figure_sentence(cp, h->text_from, text_to)))
                 || (last == li && text_to - h->text_from > 30 && line_runin_sibling(p, h->level, h->number))
                 /* the text's last line, its list's lone item (三、… /
                  * （一）会议原则同意…的筹备意见。): the text's earlier items of
                  * its level were numbered paragraphs (（一）…（六） under 二):
                  * it is one like them (minutes-fanwen) */
                 || (last == li && p->level_para[h->level] && h->number == 1 && text_to - h->text_from > 9
                     && bl_p_next_nonblank(p, last + 1) >= p->nlines);
        else if (!clause_item && !p->item_para[h->level] && text_to - h->text_from > 9 && last == li) {
            /* its list's later items are numbered paragraphs: so is it */
            status = list_of_sentences(p, last, h->level, h->number, &whole);
            if (status == BULLETIN_OK)
                status = bl_p_decode_line(p, li);
            if (status != BULLETIN_OK)
                return status;
            cp = p->cur.cp;
            n = p->cur.n;
        }
        /* a heading phrase of a few words stays one (6. 汇报要求。各单位…;
         * 1、各地开展检查。 over 2、3月底前完成。) */
        /* (一)在财政运行管理方面，一是…。二是…: a lead ending in a comma
         * is no heading phrase: the item is a numbered paragraph */
        if (!whole && sentence && enumeration_after_comma(cp, h->text_from, text_to))
            whole = true;
        if (clause_item || ((whole || p->item_para[h->level]) && text_to - h->text_from > 9)) {
            p->next_number[h->level] = h->number + 1;
            for (int lv = h->level + 1; lv <= 4; lv++)
                p->next_number[lv] = 0;
            /* a heading of its level without a number over it (a
             * chapter, 第一章 总则) stays open: the paragraph is its text */
            const bulletin_node *o = p->open[h->level];
            for (int lv = o && o->heading.number == 0 ? h->level + 1 : h->level; lv <= 4; lv++)
                p->open[lv] = NULL;
            for (int lv = h->level; lv <= 4; lv++)
                p->item_para[lv] = false;
            p->item_para[h->level] = true;
            p->level_para[h->level] = true;
            p->table = NULL;
            status = bl_p_add_paragraph(p, 0, n);
            if (status != BULLETIN_OK)
                return status;
            /* its level and number, for the figures to read its text
             * after the numbering (the node stays a PARAGRAPH) */
            bulletin_node *para = bl_p_container(p) ? bl_p_container(p)->last_child
                                                    : p->lead->last_child;
            para->heading.level = h->level;
            para->heading.number = h->number;
            return BULLETIN_OK;
        }
    }
    /* （一）支持民间投资介入重大工程项目建设。 alone on its line, over the
     * items of a deeper level (1. …), nothing run in after it: a heading,
     * its stop kept */
    /* unless that item is a lead of one short sentence alone on its line
     * too, over its paragraph ((一)主要政策落实及重点工作开展情况。 over
     * 1.加强助企纾困，稳定宏观经济大盘。 over 一是…, (一)…收支情況。 over
     * 1.全國一般公共預算。): the text runs its leads in at every level */
    if (runin && sentence && para_from >= n && last == li) {
        size_t j = bl_p_next_nonblank(p, last + 1);
        if (j < p->nlines && p->lines[j].kind == LK_HEADING && !p->lines[j].unnum
            && p->lines[j].level > h->level) {
            heading_match m;
            bool alone = false;
            bulletin_status st = bl_p_list_heading(p, j, p->lines[j].level, &m, &alone);
            if (st != BULLETIN_OK)
                return st;
            if (alone) {
                size_t a = bl_p_skip_spaces(p->cur.cp, p->cur.n, m.text_from), b = p->cur.n;
                while (b > a && bl_p_is_space(p->cur.cp[b - 1]))
                    b--;
                /* (with its text under it: a paragraph follows) */
                size_t under = bl_p_next_nonblank(p, j + 1);
                alone = b > a && b - a <= 30 && bl_p_is_stop(p->cur.cp[b - 1]) && under < p->nlines
                     && p->lines[under].kind == LK_TEXT;
                for (size_t k = a; alone && k + 1 < b; k++)
                    alone = !bl_p_is_stop(p->cur.cp[k]) && p->cur.cp[k] != 0xFF1B && p->cur.cp[k] != ';';
            }
            st = bl_p_decode_line(p, li);
            if (st != BULLETIN_OK)
                return st;
            cp = p->cur.cp;
            n = p->cur.n;
            runin = alone;
        }
    }
    for (int lv = h->level; lv <= 4; lv++)
        p->item_para[lv] = false;
    bulletin_node *node = bl_node_new(p->mem, BULLETIN_NODE_SECTION);
    if (!node)
        return BULLETIN_ERR_NOMEM;
    node->runin = runin;
    BL_CHECK(bl_p_set_text(p, node, h->text_from, text_to));
    node->column = p->cur.col[h->num_from];
    BL_CHECK(bl_p_numbering_text(p, h, &node->heading.numbering));
    node->heading.level = h->level;
    node->heading.number = h->number;

    if (node->len == 0)
        BL_CHECK(bl_doc_warn(p->doc, node->line, p->cur.col[h->num_from],
                             "heading %s has no text", node->heading.numbering));
    int expected = p->next_number[h->level] ? p->next_number[h->level] : 1;
    if (h->number != expected)
        BL_CHECK(bl_doc_warn(p->doc, node->line, p->cur.col[h->num_from],
                             "level-%d heading %s out of sequence (expected number %d)",
                             h->level, node->heading.numbering, expected));
    p->next_number[h->level] = h->number + 1;
    for (int lv = h->level + 1; lv <= 4; lv++)
        p->next_number[lv] = 0;

    /* Close sections at this level and deeper; attach to the innermost
     * open section above, or to the document. */
    for (int lv = h->level; lv <= 4; lv++)
        p->open[lv] = NULL;
    bulletin_node *parent = bl_p_container(p);
    if (!parent)
        p->lead = NULL;
    bl_node_append(parent ? parent : p->doc->root, node);
    p->open[h->level] = node;
    p->table = NULL;
    p->attachments = NULL;
    p->body_started = true;
    if (para_from < n)
        return bl_p_add_paragraph(p, para_from, n);
    return BULLETIN_OK;
cleanup:
    bl_node_free(p->mem, node);
    return status;
}

/* The body: lines in source order. */
static bulletin_status build(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    bool have_fm_title = p->doc->meta[BULLETIN_META_TITLE] != NULL;
    if (have_fm_title)
        BL_CHECK(bl_p_add_fallback_title(p));
    BL_CHECK(bl_p_split_flat(p));
    BL_CHECK(bl_p_split_html(p));
    BL_CHECK(bl_p_classify(p));
    BL_CHECK(bl_p_find_docparts(p));
    size_t tfirst, tlast;
    BL_CHECK(bl_p_find_title(p, &tfirst, &tlast));
    if (tfirst < p->nlines) {
        for (size_t i = tfirst; i <= tlast; i++)
            if (p->lines[i].kind != LK_BLANK)
                p->lines[i].kind = i == tfirst ? LK_TITLE : LK_SKIP;
    } else if (!have_fm_title) {
        bool any = false;
        for (size_t i = 0; i < p->nlines && !any; i++)
            any = p->lines[i].kind != LK_BLANK;
        if (any)
            BL_CHECK(bl_p_add_fallback_title(p));
    }
    if (tfirst < p->nlines)
        BL_CHECK(bl_p_find_byline(p, tfirst, tlast));
    BL_CHECK(bl_p_find_contents(p));
    BL_CHECK(bl_p_find_unnumbered(p));
    BL_CHECK(bl_p_reflow(p));
    bl_p_drop_line_cache(p);
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        p->line = l->no;
        switch (l->kind) {
        case LK_BLANK:
        case LK_SKIP:
            break;
        case LK_TITLE:
            BL_CHECK(bl_p_add_title(p, tfirst, tlast));
            break;
        case LK_HEADING:
            if (l->unnum)
                BL_CHECK(bl_p_add_unnumbered(p, i));
            else
                BL_CHECK(add_heading(p, i));
            while (!l->unnum && p->lines[i].join && i + 1 < p->nlines)
                i++; /* the lines add_heading joined */
            break;
        case LK_TABLE:
        case LK_RULE:
            if (l->shape)
                BL_CHECK(bl_p_add_shaped_table(p, i));
            else
                BL_CHECK(bl_p_add_table_row(p, i));
            break;
        case LK_TEXT: {
            size_t last = i;
            while (p->lines[last].join && last + 1 < p->nlines)
                last++;
            p->table = NULL;
            BL_CHECK(bl_p_decode_lines(p, i, last));
            /* a 报表's group (城市最低生活保障, a level-2 heading without a
             * number over rows indented deeper): a row back at the group's
             * indent or less is the outer section's again */
            bulletin_node *g = p->open[2];
            if (g && !p->open[3] && !g->heading.number && g->last_child
                && g->last_child->type == BULLETIN_NODE_PARAGRAPH && g->last_child->column > g->column) {
                size_t s0 = bl_p_skip_spaces(p->cur.cp, p->cur.n, 0);
                if (s0 < p->cur.n && p->cur.col[s0] <= g->column)
                    p->open[2] = NULL;
            }
            BL_CHECK(bl_p_add_paragraph(p, 0, p->cur.n));
            i = last;
            break;
        }
        default:
            p->table = l->kind == LK_NOTE ? p->table : NULL;
            BL_CHECK(bl_p_add_part(p, i));
            break;
        }
    }
    bl_p_finish_tables(p->doc->root, p->mem);
    BL_CHECK(bl_p_front_matter_parts(p));
cleanup:
    return status;
}

/* ========================================================================
 * Front matter
 * ====================================================================== */

/* YYYY-MM-DD, a real day; or YYYY-MM, a month (as a month-only DATE of
 * the text keeps it: no day made up). */
static bool valid_date(const char *s, size_t len)
{
    if (len == 7 && s[4] == '-' && strspn(s, "0123456789") == 4 && strspn(s + 5, "0123456789") == 2) {
        int y = atoi(s), m = atoi(s + 5);
        return y >= 1900 && m >= 1 && m <= 12;
    }
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return false;
    return true;
}

/* True when a line "---" follows byte `i` (front matter is closed). */
static bool has_closing_fence(const unsigned char *s, size_t len, size_t i)
{
    while (i < len) {
        size_t e = i;
        while (e < len && s[e] != '\n' && s[e] != '\r')
            e++;
        size_t t = e;
        while (t > i && (s[t - 1] == ' ' || s[t - 1] == '\t'))
            t--;
        if (t - i == 3 && memcmp(s + i, "---", 3) == 0)
            return true;
        i = e + 1;
    }
    return false;
}

/* An indent a web page's encoding lost: two to four '?' (U+3000 or
 * U+00A0 through a GBK round trip) before a Chinese character at the
 * start of a line, or a digit (??一、居民收入情况, ??2018年上半年……).  The
 * line starts after them, as it would after the spaces they stood for; a
 * question mark anywhere else, or before Latin text, stays. */
static void skip_lost_indent(const unsigned char *s, bl_line *l)
{
    size_t k = 0;
    while (k < l->len && (s[l->off + k] == ' ' || s[l->off + k] == '\t'))
        k++;
    size_t q = 0;
    while (k + q < l->len && s[l->off + k + q] == '?')
        q++;
    if (q < 2 || q > 4 || k + q >= l->len)
        return;
    unsigned char c = s[l->off + k + q];
    if (c < 0xE0 && !(c >= '0' && c <= '9'))
        return;
    l->off += k + q;
    l->len -= k + q;
    l->col0 += (int)(k + q);
}

static bool is_fence(const cpline *l)
{
    size_t n = l->n;
    while (n > 0 && bl_p_is_space(l->cp[n - 1]))
        n--;
    return n == 3 && l->cp[0] == '-' && l->cp[1] == '-' && l->cp[2] == '-';
}

/* One "key: value" line of front matter. */
static bulletin_status front_matter_line(parser *p)
{
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    size_t i = bl_p_skip_spaces(cp, n, 0);
    if (i == n || cp[i] == '#')
        return BULLETIN_OK; /* blank or comment */
    size_t colon = i;
    while (colon < n && cp[colon] != ':' && cp[colon] != 0xFF1A)
        colon++;
    if (colon == n)
        return bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, p->cur.col[i],
                           "expected 'key: value' in front matter");
    char key[32];
    size_t klen = 0;
    size_t kend = colon;
    while (kend > i && bl_p_is_space(cp[kend - 1]))
        kend--;
    for (size_t k = i; k < kend; k++) {
        if (cp[k] > 0x7F || klen + 1 >= sizeof key) {
            klen = sizeof key; /* not a known key */
            break;
        }
        key[klen++] = (char)cp[k];
    }
    int which = -1;
    if (klen < sizeof key) {
        key[klen] = '\0';
        for (int m = 0; m < BULLETIN_META_COUNT; m++)
            if (strcmp(key, bulletin_meta_name((bulletin_meta)m)) == 0)
                which = m;
    }
    if (which < 0)
        return bl_doc_warn(p->doc, p->line, p->cur.col[i], "unknown front-matter key ignored");

    bulletin_node tmp;
    memset(&tmp, 0, sizeof tmp);
    bulletin_status status = bl_p_set_text(p, &tmp, colon + 1, n);
    if (status == BULLETIN_OK) {
        int vcol = tmp.column ? tmp.column : p->cur.col[colon] + 1;
        size_t chars = bl_utf8_count(tmp.text, tmp.len);
        if (chars > BULLETIN_MAX_FIELD)
            status = bl_diag_set(p->diag, BULLETIN_ERR_LIMIT, p->path, p->line, vcol,
                                 "the %s is %zu characters long; at most %d fit a cover, a "
                                 "running head or a document property",
                                 key, chars, BULLETIN_MAX_FIELD);
        else if (which == BULLETIN_META_DATE && !valid_date(tmp.text, tmp.len))
            status = bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, vcol,
                                 "malformed date '%s' (expected YYYY-MM-DD)", tmp.text);
        else if (which == BULLETIN_META_YEAR
                 && (tmp.len != 4 || strspn(tmp.text, "0123456789") != 4))
            status = bl_diag_set(p->diag, BULLETIN_ERR_SYNTAX, p->path, p->line, vcol,
                                 "malformed year '%s' (expected four digits)", tmp.text);
        else if (p->doc->meta[which])
            status = bl_doc_warn(p->doc, p->line, p->cur.col[i],
                                 "front-matter key '%s' given twice; the last one counts", key);
    }
    if (status == BULLETIN_OK) {
        if (which == BULLETIN_META_TITLE) {
            p->title_line = p->line;
            p->title_col = tmp.column ? tmp.column : p->cur.col[colon] + 1;
        }
        bl_free(p->mem, p->doc->meta[which]);
        p->doc->meta[which] = tmp.text;
        tmp.text = NULL;
    }
    bl_free(p->mem, tmp.text);
    bl_free(p->mem, tmp.source);
    bl_free(p->mem, tmp.colmap);
    bl_free(p->mem, tmp.linemap);
    return status;
}

/* ========================================================================
 * Public API
 * ====================================================================== */

bulletin_status bl_parse_model(const char *text, size_t len, const char *path,
                               unsigned options, const bulletin_mem *mem,
                               bulletin_doc **out, bulletin_diag *diag)
{
    bulletin_status status = BULLETIN_OK;
    parser p;
    memset(&p, 0, sizeof p);
    if (!mem)
        mem = bulletin_default_mem();
    if (out)
        *out = NULL;
    bulletin_diag_clear(diag);
    if (!out || (!text && len))
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, 0, 0, "no input or no output");
    if (path && strcmp(path, "-") == 0)
        path = NULL;
    if (len > BULLETIN_MAX_INPUT)
        return bl_diag_set(diag, BULLETIN_ERR_LIMIT, path, 0, 0,
                           "input of %zu bytes exceeds the limit of %zu bytes", len,
                           (size_t)BULLETIN_MAX_INPUT);

    const unsigned char *s = (const unsigned char *)text;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        s += 3, len -= 3;
    status = check_encoding(s, len, path, diag);
    if (status != BULLETIN_OK)
        return status;

    p.mem = mem;
    p.path = path;
    p.options = options;
    p.diag = diag;
    bl_buf_init(&p.out, mem);
    p.doc = bl_alloc(mem, sizeof *p.doc);
    if (!p.doc)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
    p.doc->mem = mem;
    p.doc->path = path;
    if (path) { /* a file name that is not UTF-8 is shown escaped */
        bool failed;
        p.doc->path_escaped = bl_utf8_escape(mem, path, &failed);
        if (failed) {
            bl_free(mem, p.doc);
            return bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        }
        if (p.doc->path_escaped)
            p.doc->path = p.doc->path_escaped;
    }
    p.doc->input_bytes = (size_t)(s - (const unsigned char *)text) + len;
    p.doc->options = options;
    /* The input as given travels in the JSON export, so that `bulletin
     * combine` rebuilds the document exactly from it. */
    p.doc->source = bl_strndup(mem, text, p.doc->input_bytes);
    if (!p.doc->source) {
        bl_free(mem, p.doc->path_escaped);
        bl_free(mem, p.doc);
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
    }
    p.doc->source_len = p.doc->input_bytes;
    /* The digest of the file as given (BOM included), for provenance. */
    bl_sha256_hex(text, p.doc->input_bytes, p.doc->sha256);
    p.doc->root = bl_node_new(mem, BULLETIN_NODE_DOCUMENT);
    if (!p.doc->root) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    p.doc->root->line = 1;
    p.doc->root->column = 1;

    enum { BODY, FRONT_MATTER } state = BODY;
    int fm_line = 0;
    size_t i = 0;
    p.line = 0;
    p.src = s;
    p.src_len = len;
    while (i < len) {
        /* the line's end: the first \n or \r (memchr: vectorised) */
        const unsigned char *nl = memchr(s + i, '\n', len - i);
        size_t lim = nl ? (size_t)(nl - s) : len;
        const unsigned char *cr = memchr(s + i, '\r', lim - i);
        size_t e = cr ? (size_t)(cr - s) : lim;
        p.line++;
        if (state == FRONT_MATTER || p.line == 1) {
            bl_line one = {i, e - i, p.line, 1, 0, 0, 0, 0, 0, 0, 0, 0};
            p.cur.n = 0;
            p.lines = &one; /* decode through the line helper */
            p.nlines = 1;
            status = bl_p_decode_line(&p, 0);
            p.lines = NULL;
            p.nlines = 0;
            BL_CHECK(status);
        }
        if (p.line == 1 && is_fence(&p.cur)) {
            state = FRONT_MATTER;
            fm_line = 1;
            if (!has_closing_fence(s, len, e + 1)) {
                status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, 1, 1,
                                     "unterminated front matter (no closing '---')");
                goto cleanup;
            }
        } else if (state == FRONT_MATTER) {
            if (is_fence(&p.cur))
                state = BODY;
            else
                BL_CHECK(front_matter_line(&p));
        } else {
            bl_line *l = bl_p_push_line(&p);
            if (!l) {
                status = BULLETIN_ERR_NOMEM;
                goto cleanup;
            }
            l->off = i;
            l->len = e - i;
            l->no = p.line;
            l->col0 = 1;
            skip_lost_indent(s, l);
        }
        if (e < len && s[e] == '\r' && e + 1 < len && s[e + 1] == '\n')
            e++;
        i = e + 1;
    }
    if (state == FRONT_MATTER) {
        status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, fm_line, 1,
                             "unterminated front matter (no closing '---')");
        goto cleanup;
    }
    BL_CHECK(build(&p));
    if (!p.title_done) {
        status = bl_diag_set(diag, BULLETIN_ERR_SYNTAX, path, p.line ? p.line : 1, 1,
                             "empty bulletin: no title and no text");
        goto cleanup;
    }
    if ((options & BULLETIN_OPT_STRICT) && p.doc->nwarnings) {
        *diag = p.doc->warnings[0];
        diag->severity = BULLETIN_SEVERITY_ERROR;
        if (diag->path && diag->path != path) { /* the document's escaped copy, freed below */
            snprintf(diag->file, sizeof diag->file, "%s", diag->path);
            diag->path = NULL;
        }
        status = diag->status;
        goto cleanup;
    }

cleanup:
    bl_free(mem, p.cur.cp);
    bl_free(mem, p.cur.col);
    bl_free(mem, p.cur.ln);
    bl_free(mem, p.decoded.cp);
    bl_free(mem, p.decoded.at);
    bl_free(mem, p.colmap);
    bl_free(mem, p.linemap);
    bl_free(mem, p.lines);
    bl_p_free_shapes(&p);
    bl_buf_free(&p.out);
    if (status != BULLETIN_OK) {
        if (status == BULLETIN_ERR_NOMEM)
            bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, p.line, 0, "out of memory");
        bulletin_doc_free(p.doc);
        return status;
    }
    *out = p.doc;
    return BULLETIN_OK;
}

