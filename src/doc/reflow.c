/*
 * reflow.c - text as copied from web pages and PDFs.
 *
 * Flattened lines: a whole notice on one line, its parts separated by
 * spaces (文号 主送机关： 正文。 特此通知。 附件：… 落款 日期), or a title
 * followed by the page's "时间：…", or a 文号 and a date on one line, or
 * "各位代表：现在，……" are split into virtual lines, one per part.
 *
 * Hard-wrapped lines: a line that stops mid-sentence (no closing mark)
 * and is followed directly by more text (not a heading, list item, table
 * row, signature or date) is joined with it.  One warning per file says
 * how many lines were joined; BULLETIN_OPT_KEEP_LINES keeps them.
 */
#include <string.h>

#include "doc/parse_int.h"

static bool is_colon(uint32_t c) { return c == ':' || c == 0xFF1A; }

/* ------------------------------------------------------------------------
 * Flattened lines
 * ---------------------------------------------------------------------- */

/* The end of the token starting at i (the next space). */
static size_t token_end(const uint32_t *cp, size_t n, size_t i)
{
    while (i < n && !bl_p_is_space(cp[i]))
        i++;
    return i;
}

static bool date_at(const uint32_t *cp, size_t n, size_t i)
{
    int y, m, d;
    size_t s;
    size_t e = i;
    /* a date token may hold spaces (2017年12月26日 has none; keep it simple) */
    e = token_end(cp, n, i);
    return bl_p_is_date(cp + i, e - i, &y, &m, &d, &s) && s == 0;
}

/* A level-1 heading run into a page's copy that lost its line breaks,
 * between a sentence's end and its section's first sentence, each after
 * one space (…控制在2.0%。 二、农 业 全年全县农作物…): where the
 * section's text begins after the heading at j, else 0.  The heading is
 * one word of at most 12 Han characters, or single characters spaced out
 * (农 业). */
static size_t heading_body(const uint32_t *cp, size_t n, size_t j)
{
    static const char num[] = "一二三四五六七八九十";
    size_t i = j;
    while (i < n && i - j < 3) {
        bool digit = false;
        for (size_t k = 0; num[k] && !digit; k += 3) {
            uint32_t c = 0;
            bl_utf8_decode((const unsigned char *)num + k, 3, &c);
            digit = cp[i] == c;
        }
        if (!digit)
            break;
        i++;
    }
    if (i == j || i >= n || cp[i] != 0x3001) /* 、 */
        return 0;
    size_t h = i + 1, e = token_end(cp, n, h);
    if (e == h)
        return 0;
    /* one word of Han alone, or a phrase of clauses: Han (a converter's
     * readings after them) and commas between (工業(yè)生產(chǎn)增勢明顯,新產品
     * 快速增長), 4 to 30 characters */
    bool plain = e - h <= 12, phrase = true;
    size_t han = 0;
    for (size_t k = h; k < e;) {
        if (!bl_is_han(cp[k]))
            plain = false;
        if (bl_is_han(cp[k])) {
            han++;
            k++;
            k += bl_p_reading_at(cp, e, k);
        } else if ((cp[k] == 0xFF0C || cp[k] == ',') && k > h && k + 1 < e && bl_is_han(cp[k + 1])) {
            k++;
        } else {
            phrase = false;
            break;
        }
    }
    if (!plain && (!phrase || han < 4 || han > 30))
        return 0;
    if (e - h == 1) /* 农 业: spaced single characters */
        while (e + 2 < n && bl_p_is_space(cp[e]) && bl_is_han(cp[e + 1]) &&
               (e + 2 >= n || bl_p_is_space(cp[e + 2])))
            e += 2;
    size_t b = bl_p_skip_spaces(cp, n, e);
    if (b == e || b >= n || n - b < 10)
        return 0;
    if (!bl_is_han(cp[b])) {
        /* a section opening with its month or year (4月份,… 1-4月份,…) */
        size_t d = b;
        while (d < n && d - b < 8 && (bl_p_is_digit(cp[d]) || cp[d] == '-' || cp[d] == 0x2014 || cp[d] == 0x2013
                                      || cp[d] == 0xFF5E || cp[d] == '~'))
            d++;
        if (d == b || !bl_p_is_digit(cp[d - 1]) || d >= n || (cp[d] != 0x6708 && cp[d] != 0x5E74)) /* 月 年 */
            return 0;
    }
    for (size_t k = b; k < n; k++)
        if (cp[k] == 0x3002 || cp[k] == 0xFF0C)
            return b;
    return 0;
}

/* A plan's numbered part run into a flattened line after a sentence's
 * end or a Latin word (…snsfb@163.com 1 总 则 1.1 编制目的 为主动预防…):
 * the number at j (1.1, 1.2.3; a whole number only before its own first
 * part, 1 总 则 1.1), one space, its title (one word of at most 12 Han
 * characters, or spaced single characters), one space, then the text.
 * Returns where the text after the title begins, else 0. */
static size_t part_end(const uint32_t *cp, size_t n, size_t i, size_t j, bool chained)
{
    if (i == 0 || j - i != 1)
        return 0;
    uint32_t left = cp[i - 1];
    if (!chained && !(left == 0x3002 || (left < 0x80 && (bl_p_is_digit(left) || (left | 0x20) >= 'a') &&
                             (left | 0x20) <= 'z') || (left < 0x80 && bl_p_is_digit(left))))
        return 0;
    size_t k = j, d = j;
    while (k < n && k - d < 3 && cp[k] >= '0' && cp[k] <= '9')
        k++;
    if (k == d || k - d > 2)
        return 0;
    size_t whole_end = k;
    bool dotted = false;
    while (k + 1 < n && cp[k] == '.' && cp[k + 1] >= '0' && cp[k + 1] <= '9') {
        k++;
        d = k;
        while (k < n && cp[k] >= '0' && cp[k] <= '9')
            k++;
        if (k - d > 2)
            return 0;
        dotted = true;
    }
    if (k + 1 >= n || cp[k] != ' ' || !bl_is_han(cp[k + 1]))
        return 0;
    size_t h = k + 1, e = token_end(cp, n, h);
    if (e - h > 12)
        return 0;
    for (size_t q = h; q < e; q++)
        if (!bl_is_han(cp[q]))
            return 0;
    if (e - h == 1)
        while (e + 2 < n && cp[e] == ' ' && bl_is_han(cp[e + 1]) && (e + 2 >= n || cp[e + 2] == ' '))
            e += 2;
    if (e + 1 >= n || cp[e] != ' ')
        return 0;
    size_t b = e + 1;
    if (!dotted) { /* 1 总 则 1.1 …: the whole number's first part follows */
        size_t w = whole_end - j;
        if (b + w + 2 > n || memcmp(cp + b, cp + j, w * sizeof *cp) != 0 || cp[b + w] != '.' ||
            cp[b + w + 1] != '1')
            return 0;
        return b;
    }
    return bl_is_han(cp[b]) || bl_p_is_digit(cp[b]) ? b : 0;
}

/* Han characters only. */
static bool han_run(const uint32_t *cp, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return false;
    return true;
}

/* A heading of level 1 or 2 standing between spaces in a copy that lost
 * its line breaks (一、完成情况 (一)全镇主要经济指标完成情况 预计…): a
 * short phrase of Han only, then a space and more text; numbered next
 * in its level (last[1], last[2]).  Its end, else 0. */
static size_t flat_heading(const uint32_t *cp, size_t n, size_t j, const int *last, int *level, int *number)
{
    heading_match h;
    size_t e = token_end(cp, n, j);
    if (e >= n || !bl_p_match_heading(cp, e, j, &h) || h.level > 2 || h.number != last[h.level] + 1
        || e - h.text_from < 2 || e - h.text_from > 16)
        return 0;
    for (size_t k = h.text_from; k < e; k++)
        if (!bl_is_han(cp[k]))
            return 0;
    size_t b = bl_p_skip_spaces(cp, n, e);
    if (b >= n || !(bl_is_han(cp[b]) || bl_p_is_digit(cp[b]) || cp[b] == '(' || cp[b] == 0xFF08))
        return 0;
    *level = h.level;
    *number = h.number;
    return e;
}

/* Whether cp[0..n), the rest of a line, is a table's caption alone (表1
 * 上虞经济社会发展主要指标): a caption's number and words with no stop
 * inside, no sentence about the table (表1显示，…). */
static bool caption_to_end(const uint32_t *cp, size_t n)
{
    if (!bl_p_is_caption(cp, n))
        return false;
    for (size_t k = 0; k < n; k++)
        if (bl_p_is_stop(cp[k]) || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0xFF1B || cp[k] == ';')
            return false;
    return true;
}

/* Where to split cp[0..n) (trimmed): the starts of the parts after the
 * first, at most `max`.  Returns their number. */
static size_t split_points(const uint32_t *cp, size_t n, size_t *at, size_t max)
{
    size_t k = 0, seg = 0, stops = 0;
    size_t cand[64];
    size_t nc = 0;
    /* headings between spaces: their count, the last one's end, the last
     * number of each level */
    size_t heads = 0, head_end = 0, title_at = 0;
    int last[3] = {0, 0, 0};
    for (size_t i = 0; i < n && nc < 64;) {
        if (!bl_p_is_space(cp[i])) {
            i++;
            continue;
        }
        size_t j = bl_p_skip_spaces(cp, n, i);
        if (i == 0 || j >= n) {
            i = j;
            continue;
        }
        uint32_t left = cp[i - 1];
        bool split = false;
        size_t pe = part_end(cp, n, i, j, false);
        if (pe && nc + 2 <= 64) {
            stops += left == 0x3002;
            for (size_t at0 = j; pe && nc + 2 <= 64; at0 = pe, pe = part_end(cp, n, pe - 1, pe, true)) {
                cand[nc++] = at0;
                cand[nc++] = pe;
                seg = i = pe;
            }
            continue;
        }
        if (left == 0x3002 || left == 0xFF01 || left == 0xFF1F || is_colon(left)) {
            split = true;
            stops += left == 0x3002;
        } else if (bl_p_is_docnumber(cp + seg, i - seg)) {
            split = true;
        } else if (date_at(cp, n, j)) {
            split = true;
        } else {
            size_t e = token_end(cp, n, j);
            bool attach = bl_p_is_attach_start(cp + j, n - j);
            size_t e2 = bl_p_skip_spaces(cp, n, e);
            bool org_then_date = bl_p_is_org(cp + j, e - j) && e2 < n && date_at(cp, n, e2);
            int y, m, d;
            size_t s;
            bool left_date = bl_p_is_date(cp + seg, i - seg, &y, &m, &d, &s);
            bool title_meta = bl_p_ends_with_title_word(cp + seg, i - seg)
                           && bl_p_is_meta_line(cp + j, n - j);
            /* 龙文区的批复 国函〔1996〕38号: a title, then its 文号 */
            bool title_docnumber = bl_p_ends_with_title_word(cp + seg, i - seg)
                                && bl_p_is_docnumber(cp + j, e - j);
            /* 上半年…的调研报告 今年以来，…: a title of words alone before the
             * first space, then text (kept only with headings among the
             * parts, below) */
            if (seg == 0 && i <= 40 && bl_is_han(cp[j]) && han_run(cp, i) && bl_p_ends_with_title_word(cp, i))
                title_at = j;
            split = attach || org_then_date || left_date || title_meta || title_docnumber
                 || (head_end && i == head_end);
            if (split && title_at == j)
                title_at = 0; /* a part already */
        }
        int hl, hn;
        size_t he = split ? flat_heading(cp, n, j, last, &hl, &hn) : 0;
        if (he) {
            split = true;
            heads++;
            head_end = he;
            last[hl] = hn;
            if (hl == 1)
                last[2] = 0;
        }
        if (split) {
            cand[nc++] = j;
            seg = j;
        }
        i = j;
    }
    if (title_at && heads >= 2 && nc < 64) { /* the first space: before every other */
        memmove(cand + 1, cand, nc * sizeof *cand);
        cand[0] = title_at;
        nc++;
    }
    /* a flattened notice: several parts, sentences or headings among them */
    if (nc >= 3 && (stops >= 1 || heads >= 2) && n >= 150) {
        for (size_t c = 0; c < nc && k < max; c++) {
            at[k++] = cand[c];
            size_t body = cp[cand[c] - 1] != 0x3002 ? 0 : heading_body(cp, n, cand[c]);
            if (body && k < max && (c + 1 == nc || body < cand[c + 1]))
                at[k++] = body;
        }
        return k;
    }
    /* short forms, on any line */
    for (size_t c = 0; c < nc && k < max; c++) {
        size_t j = cand[c];
        size_t i = j;
        while (i > 0 && bl_p_is_space(cp[i - 1]))
            i--;
        size_t start = k ? at[k - 1] : 0;
        /* 文号 then a date */
        if (bl_p_is_docnumber(cp + start, i - start) && date_at(cp, n, j))
            at[k++] = j;
        /* a title then the page's time */
        else if (bl_p_ends_with_title_word(cp + start, i - start) && bl_p_is_meta_line(cp + j, n - j))
            at[k++] = j;
        /* a wiki's or portal's header, title, 文号, issuer and date on one
         * line (…的批复 国函〔1996〕38号 中华人民共和国国务院 1996年5月31日):
         * the 文号 stands alone */
        else if (bl_p_ends_with_title_word(cp + start, i - start) && c + 1 < nc &&
                 bl_p_is_docnumber(cp + j, token_end(cp, n, j) - j)) {
            size_t e = token_end(cp, n, j), e2 = bl_p_skip_spaces(cp, n, e);
            size_t oe = token_end(cp, n, e2), d = bl_p_skip_spaces(cp, n, oe);
            if (cand[c + 1] == e2 && bl_p_is_org(cp + e2, oe - e2) && d < n && date_at(cp, n, d) &&
                k + 1 < max) {
                at[k++] = j;
                at[k++] = e2;
                c++;
            }
        }
        /* …的良好态势。 表1 上虞经济社会发展主要指标: a lost table's
         * caption run on at the line's end, after a stop and a space */
        else if (i > 0 && cp[i - 1] == 0x3002 && c + 1 == nc && n - j <= 40 && caption_to_end(cp + j, n - j))
            at[k++] = j;
        /* 。 二、农 业 全年全县…: a heading between two paragraphs */
        else if (i > 0 && cp[i - 1] == 0x3002 && k + 1 < max) {
            size_t body = heading_body(cp, n, j);
            if (body && (c + 1 == nc || body < cand[c + 1])) {
                at[k++] = j;
                at[k++] = body;
            }
        }
    }
    return k;
}

/* A PDF copy whose line breaks became spaces, opening with its title
 * (perhaps wrapped: 2015年度人力资源和社会保障 事业发展统计公报), then its
 * issuer alone (中华人民共和国人力资源和社会保障部), then the text: at most
 * three words of Han and digits ending like a title, 40 characters in
 * all, an organisation's name, then a sentence.  Where the issuer and the
 * text start (*org, *text), else false. */
static bool flat_title_issuer(const uint32_t *cp, size_t n, size_t *org, size_t *text)
{
    size_t i = 0;
    for (int words = 0; words < 3; words++) {
        size_t e = token_end(cp, n, i);
        if (e == i || e > 40 || e >= n)
            return false;
        for (size_t k = i; k < e; k++)
            if (!bl_is_han(cp[k]) && !bl_p_is_digit(cp[k]))
                return false;
        size_t o = bl_p_skip_spaces(cp, n, e);
        if (bl_p_ends_with_title_word(cp, e) && bl_is_han(cp[e - 1])) {
            size_t oe = token_end(cp, n, o);
            size_t t = bl_p_skip_spaces(cp, n, oe);
            if (oe - o < 4 || oe - o > 30 || !bl_p_is_org(cp + o, oe - o) || n - t < 20)
                return false;
            for (size_t k = t; k < n; k++)
                if (cp[k] == 0x3002) {
                    *org = o;
                    *text = t;
                    return true;
                }
            return false;
        }
        i = o;
    }
    return false;
}

/* A release copied onto one line (4月份國民經濟運行總體平穩 (2018年5月15日)
 * 中華人民共和國國家統計局 4月份,…。): its title (one to three words of Han,
 * digits and readings, 60 characters at most, no mark of punctuation), a
 * date in brackets alone, its issuer, then a text with a sentence's end.
 * Where the date, the issuer and the text start (*date, *org, *text),
 * else false. */
static bool flat_title_dated_issuer(const uint32_t *cp, size_t n, size_t *date, size_t *org, size_t *text)
{
    size_t i = 0;
    for (int words = 0; words < 3; words++) {
        size_t e = token_end(cp, n, i);
        if (e == i || e > 60 || e >= n)
            return false;
        for (size_t k = i; k < e;) {
            if (bl_is_han(cp[k])) {
                k++;
                k += bl_p_reading_at(cp, e, k);
            } else if (bl_p_is_digit(cp[k]) || cp[k] == 0x3001) /* 、 */
                k++;
            else
                return false;
        }
        size_t d = bl_p_skip_spaces(cp, n, e);
        if (d < n && (cp[d] == '(' || cp[d] == 0xFF08)) {
            size_t de = token_end(cp, n, d);
            int y, m, day;
            size_t sfx;
            if (de - d < 8 || (cp[de - 1] != ')' && cp[de - 1] != 0xFF09)
                || !bl_p_is_date(cp + d + 1, de - d - 2, &y, &m, &day, &sfx) || sfx != 0)
                return false;
            size_t o = bl_p_skip_spaces(cp, n, de);
            size_t oe = token_end(cp, n, o);
            size_t t = bl_p_skip_spaces(cp, n, oe);
            if (o >= n || oe - o < 4 || oe - o > 60 || !bl_p_is_org(cp + o, oe - o) || n - t < 20)
                return false;
            for (size_t k = t; k < n; k++)
                if (cp[k] == 0x3002) {
                    *date = d;
                    *org = o;
                    *text = t;
                    return true;
                }
            return false;
        }
        i = d;
    }
    return false;
}

/* A salutation run into its first sentence: 各位代表：现在，……  A rest
 * of the line without any Han that the salutation's own test reads as the
 * page's anti-copy string (各位代表: (f"LD8MJ/) is no sentence: the line
 * stays whole. */
static size_t salutation_end(const uint32_t *cp, size_t n)
{
    size_t i = 0;
    while (i < n && i < 12 && bl_is_han(cp[i]))
        i++;
    if (i < 3 || i >= n || !is_colon(cp[i]) || n - i < 10)
        return 0;
    if (!(cp[0] == 0x5404 && cp[1] == 0x4F4D)) /* 各位 */
        return 0;
    size_t r = bl_p_skip_spaces(cp, n, i + 1);
    bool han = false;
    for (size_t k = r; k < n && !han; k++)
        han = bl_is_han(cp[k]);
    return han || !bl_p_is_salutation(cp, n) ? i + 1 : 0;
}

bulletin_status bl_p_split_flat(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    size_t nl = p->nlines;
    bool first = true; /* the first line of text */
    for (size_t li = 0; li < nl; li++) {
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
        const uint32_t *cp = p->cur.cp;
        size_t n = p->cur.n;
        bool opens = first && b > a;
        if (b > a)
            first = false;
        if (b - a < 10)
            continue;
        size_t at[128];
        size_t k, org, text, date;
        if (opens && flat_title_dated_issuer(cp + a, b - a, &date, &org, &text)) {
            /* the title, its date, its issuer, then the rest */
            at[0] = date;
            at[1] = org;
            at[2] = text;
            k = 3 + split_points(cp + a + text, b - a - text, at + 3, 124);
            for (size_t s = 3; s < k; s++)
                at[s] += text;
        } else if (opens && flat_title_issuer(cp + a, b - a, &org, &text)) {
            /* the title, its issuer, then the rest split as any line */
            at[0] = org;
            at[1] = text;
            k = 2 + split_points(cp + a + text, b - a - text, at + 2, 125);
            for (size_t s = 2; s < k; s++)
                at[s] += text;
        } else {
            k = split_points(cp + a, b - a, at, 127);
        }
        size_t se = salutation_end(cp + a, b - a);
        if (se && k == 0)
            at[k++] = se;
        if (!k)
            continue;
        /* byte offset of each code point start */
        bl_line orig = p->lines[li];
        size_t byte = 0, ci = 0, prev_cp = 0;
        size_t prev_byte = 0;
        for (size_t s = 0; s <= k; s++) {
            size_t cpos = s < k ? a + at[s] : n;
            while (ci < cpos) {
                uint32_t c;
                int len = bl_utf8_decode(p->src + orig.off + byte, orig.len - byte, &c);
                if (len <= 0)
                    return BULLETIN_ERR_ENCODING;
                byte += (size_t)len;
                ci++;
            }
            bl_line seg = orig;
            seg.off = orig.off + prev_byte;
            seg.len = byte - prev_byte;
            seg.col0 = orig.col0 + (int)prev_cp;
            seg.flat = 1;
            if (s == 0) {
                p->lines[li] = seg;
            } else {
                bl_line *nw = bl_p_push_line(p);
                if (!nw)
                    return BULLETIN_ERR_NOMEM;
                *nw = seg;
            }
            prev_byte = byte;
            prev_cp = ci;
        }
    }
    /* The new segments went to the end: put them back in order. */
    if (p->nlines > nl) {
        bl_line *sorted = bl_calloc(p->mem, p->nlines, sizeof *sorted);
        if (!sorted)
            return BULLETIN_ERR_NOMEM;
        size_t extra = nl, k = 0;
        for (size_t i = 0; i < nl; i++) {
            sorted[k++] = p->lines[i];
            while (extra < p->nlines && p->lines[extra].no == p->lines[i].no)
                sorted[k++] = p->lines[extra++];
        }
        memcpy(p->lines, sorted, k * sizeof *sorted);
        bl_free(p->mem, sorted);
    }
cleanup:
    return status;
}

/* ------------------------------------------------------------------------
 * Hard-wrapped lines
 * ---------------------------------------------------------------------- */

/* A form's label at the start: 联系人：, 电话：. */
static bool has_str(const uint32_t *cp, size_t n, const char *s)
{
    uint32_t w[8] = {0};
    size_t m = 0, len = strlen(s);
    for (size_t i = 0; i < len && m < 8;) {
        int b = bl_utf8_decode((const unsigned char *)s + i, len - i, &w[m]);
        if (b <= 0)
            return false;
        i += (size_t)b, m++;
    }
    for (size_t i = 0; i + m <= n; i++)
        if (!memcmp(cp + i, w, m * sizeof *w))
            return true;
    return false;
}

/* A field's label and colon opening a line (联系人:, 时间:); a clause
 * that ends in a colon before what it announces (问题通知如下:) is none. */
static bool is_field(const uint32_t *cp, size_t n)
{
    size_t i = 0;
    while (i < n && i < 7 && !is_colon(cp[i]))
        i++;
    if (!(i < n && i < 7 && is_colon(cp[i])))
        return false;
    return !(has_str(cp, i, "如下") || has_str(cp, i, "以下"));
}

/* A title line (关于…问题的通知: opens with 关于, ends with a document's
 * kind, no clause in it) or its issuers (财政部、司法部: offices only). */
static bool title_or_issuers(const uint32_t *cp, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (cp[k] == 0x3002 || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0xFF1B || cp[k] == ';')
            return false;
    if (n <= 40 && bl_p_is_org(cp, n))
        return true;
    return n >= 6 && has_str(cp, 2, "关于") && bl_p_ends_with_title_word(cp, n);
}

static bool is_bullet(uint32_t c)
{
    return c == 0x2014 || c == 0x2015 || c == 0x25CF || c == 0x25CB || c == 0x25A0
        || c == 0x2022 || c == 0x00B7 || c == 0x2605 || c == 0x2606 || c == '-' || c == '*';
}

/* A numbered part of a plan on its own short line, as in its table of
 * contents: 3 预警、监测和信息报告, 3.1 森林火灾预防 (one or two digits,
 * dotted parts, a space, then a title without a sentence's marks). */
bool bl_p_is_part_line(const uint32_t *cp, size_t n)
{
    if (n > 30)
        return false;
    size_t i = 0, d = 0;
    for (;;) {
        d = i;
        while (i < n && bl_p_is_digit(cp[i]))
            i++;
        if (i == d || i - d > 2)
            return false;
        if (i + 1 < n && cp[i] == '.' && bl_p_is_digit(cp[i + 1])) {
            i++;
            continue;
        }
        break;
    }
    size_t s = bl_p_skip_spaces(cp, n, i);
    if (s == i || s >= n || !bl_is_han(cp[s]))
        return false;
    for (size_t k = s; k < n; k++)
        if (cp[k] == 0x3002 || cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0xFF1B || cp[k] == ';'
            || is_colon(cp[k]))
            return false;
    return true;
}

/* A table's row: the line ends in two numbers or more set apart by
 * spaces (107 845 24240 5 250, 其他部门办 14 110 3493): its last cells,
 * never a sentence wrapped mid-phrase (250 joined to the 39 opening the
 * next row would make 25039). */
static bool ends_in_number_cells(const uint32_t *cp, size_t n)
{
    size_t cells = 0, e = n;
    while (e > 0 && cells < 2) {
        size_t f = e;
        while (f > 0 && !bl_p_is_space(cp[f - 1]))
            f--;
        if (!bl_p_is_number_cell(cp + f, e - f))
            return false;
        cells++;
        if (f == 0)
            break;
        while (f > 0 && bl_p_is_space(cp[f - 1]))
            f--;
        e = f;
    }
    return cells >= 2;
}

/* How much wider than a line ending with no stop the next line, ending
 * its sentence, may be set and still be the same paragraph's wrapped
 * line: two Han characters (two columns each), for a wrap that breaks
 * before a word or a figure that does not fit. */
#define WIDER_LINE_SLACK 4

/* The width a line takes as set, its indentation too: a character of
 * the ASCII range one column, any other two. */
static size_t line_width(const uint32_t *cp, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++)
        w += cp[i] < 0x80 ? 1 : 2;
    return w;
}

/* Whether c, opening the line after a number, is the number's unit or
 * measure word (增长1 / 倍, 共有1 / 所学校, 1 / 个百分点): then the number is
 * the text's, no page's. */
static bool unit_char(uint32_t c)
{
    static const uint32_t units[] = {
        0x500D, 0x4E07, 0x4EBF, 0x5104, 0x5343, 0x767E, 0x5143, 0x4E2A, 0x500B, 0x4EBA, 0x5E74, 0x6708,
        0x65E5, 0x53F7, 0x865F, 0x6B21, 0x5BB6, 0x9879, 0x9805, 0x4EF6, 0x540D, 0x4F4D, 0x6237, 0x6236,
        0x6240, 0x5EA7, 0x6761, 0x689D, 0x53F0, 0x8F86, 0x8F1B, 0x5428, 0x5678, 0x7C73, 0x4EA9, 0x755D,
        0x516C, 0x5E73, 0x7ACB, 0x65A4, 0x514B, 0x5347, 0x5EA6, 0x6210, 0x5C4A, 0x5C46, 0x6279, 0x7C7B,
        0x985E, 0x79CD, 0x7A2E, 0x5468, 0x9031, 0x5929, 0x5C0F, 0x5206, 0x79D2, 0x5B63, 0x671F, 0x7BC7,
        0x7AE0, 0x8282, 0x7BC0, 0x6B3E, 0x70B9, 0x9EDE, 0x90E8, 0x5F20, 0x5F35, 0x5957, 0x53EA, 0x5934,
        0x982D, 0x80A1, 0x573A, 0x5834, 0x4F8B, 0x8D77, 0x5B97, 0x4EFD, 0x518C, 0x518A, 0x5C42, 0x5C64,
        0x680B, 0x68DF, 0x95F4, 0x9593, 0x5757, 0x584A, 0x53CA, 0x81F3, 0x5230, 0x591A, 0x4F59, 0x9918,
        0x5904, 0x8655, 0x8258, 0x67B6, 0x68F5, 0x682A, 0x5339, 0x5BF9, 0x5C0D, 0x7EC4, 0x7D44, 0x652F,
        0x961F, 0x968A, 0x7247, 0x8F6E, 0x8F2A, 0x7248, 0x6298, 0x7EA7, 0x7D1A, 0x6BB5, 0x53E3, 0x9053,
        0x95E8, 0x9580, 0x7968, 0x7BB1, 0x5305, 0x888B,
        0x7B14, 0x7B46, 0x5C81, 0x6B72, 0x6BEB, 0x5398, 0x91D0, 0x5FAE, 0x5146, 0x74E6, 0x76CF, 0x76DE, 0x73ED, 0x7F8E, 0x6E2F, 0x6B27, 0x6B50, 0x82F1, 0x6876, 0x9897, 0x9846, 0x7C92, 0x679A, 0x5C01, 0x9996, 0x5E45, 0x672C, 0x9875, 0x9801, 0x773C, 0x5B54, 0x96C6, 0x5C4A};
    /* 倍 万 亿 億 千 百 元 个 個 人 年 月 日 号 號 次 家 项 項 件 名 位 户 戶 所 座 条 條 台 辆 輛 吨 噸 米
     * 亩 畝 公 平 立 斤 克 升 度 成 届 屆 批 类 類 种 種 周 週 天 小 分 秒 季 期 篇 章 节 節 款 点 點 部 张 張
     * 套 只 头 頭 股 场 場 例 起 宗 份 册 冊 层 層 栋 棟 间 間 块 塊 及 至 到 多 余 餘 处 處 艘 架 棵 株
     * 匹 对 對 组 組 支 队 隊 片 轮 輪 版 折 级 級 段 口 道 门 門 票 箱 包 袋 笔 筆 岁 歲 毫 厘 釐 微 兆 瓦 盏 盞 班 美 港 欧 歐 英 桶 颗 顆 粒 枚 封 首 幅 本 页 頁 眼 孔 集 届
     * (the first character of a unit, a scale or a measure word: the figure
     * engine's own table is not asked, as src/doc may not call into
     * src/figures, which reads the document model) */
    if (c == '%' || c == 0xFF05 || c == 0x2030)
        return true;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++)
        if (units[k] == c)
            return true;
    return false;
}

/* The byte offset in line l of its code point k (the line's length when
 * it is shorter). */
static size_t line_byte(const parser *p, const bl_line *l, size_t k)
{
    size_t byte = 0;
    for (size_t c = 0; c < k && byte < l->len; c++) {
        uint32_t u;
        int step = bl_utf8_decode(p->src + l->off + byte, l->len - byte, &u);
        if (step <= 0)
            return l->len;
        byte += (size_t)step;
    }
    return byte;
}

/* The value of a line that is a page's number alone (3, - 3 -, —3—), 0
 * when it is none. */
static unsigned page_line(const uint32_t *cp, size_t a, size_t b)
{
    while (a < b && (cp[a] == '-' || cp[a] == 0x2014 || cp[a] == 0x2013 || cp[a] == 0xFF0D || bl_p_is_space(cp[a])))
        a++;
    while (b > a && (cp[b - 1] == '-' || cp[b - 1] == 0x2014 || cp[b - 1] == 0x2013 || cp[b - 1] == 0xFF0D
                     || bl_p_is_space(cp[b - 1])))
        b--;
    if (b == a || b - a > 3)
        return 0;
    unsigned v = 0;
    for (size_t k = a; k < b; k++) {
        if (cp[k] < '0' || cp[k] > '9')
            return 0;
        v = v * 10 + (unsigned)(cp[k] - '0');
    }
    return v;
}

/* Whether line i ends in a PDF's page number glued to the last word of
 * its page, broken inside a word (…公平公1 / 开、确保实效…): a number of
 * one to three digits right after a Chinese character that ends a line of
 * prose (a clause's mark in it), the next line going on with a Chinese
 * character that is no unit or measure word (unit_char: 1 / 笔, 1 / 毫米).  Sets *v to the number and *cut to the
 * byte in the line where its digits start; false when none. */
static bulletin_status glued_number_at(parser *p, size_t i, unsigned *v, size_t *cut, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    const bl_line *l = &p->lines[i];
    if (l->kind != LK_TEXT || l->toc || l->flat)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp;
    size_t d = b;
    while (d > a && b - d < 4 && cp[d - 1] >= '0' && cp[d - 1] <= '9')
        d--;
    if (d == b || b - d > 3 || d - a < 10 || !bl_is_han(cp[d - 1]) || cp[d - 1] == 0x7B2C) /* 第 */
        return BULLETIN_OK;
    unsigned n = 0;
    for (size_t k = d; k < b; k++)
        n = n * 10 + (unsigned)(cp[k] - '0');
    if (!n)
        return BULLETIN_OK;
    bool prose = false;
    for (size_t k = a; k < d && !prose; k++)
        prose = cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001 || cp[k] == 0xFF1B || cp[k] == 0x201C;
    size_t j = bl_p_next_nonblank(p, i + 1);
    if (!prose || j >= p->nlines || p->lines[j].kind != LK_TEXT || p->lines[j].flat || p->lines[j].toc)
        return BULLETIN_OK;
    /* cut the line's bytes where its digits start: the d-th code point
     * (whatever spaces follow them, U+3000 and U+00A0 too) */
    size_t byte = line_byte(p, l, d);
    if (byte >= l->len || p->src[l->off + byte] < '0' || p->src[l->off + byte] > '9')
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
    if (b - a < 2 || !bl_is_han(p->cur.cp[a]) || unit_char(p->cur.cp[a]))
        return BULLETIN_OK;
    *v = n;
    *cut = byte;
    *yes = true;
cleanup:
    return status;
}

static bool page_dash(uint32_t c)
{
    return c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D;
}

static bool page_word(uint32_t c)
{
    return c == 0x9875 || c == 0x9801; /* 页 頁 */
}

/* The digits (one to three) from k in [k, b): their value, *e set past
 * them; 0 when none. */
static unsigned page_digits(const uint32_t *cp, size_t k, size_t b, size_t *e)
{
    unsigned v = 0;
    size_t d = k;
    while (k < b && k - d < 4 && cp[k] >= '0' && cp[k] <= '9')
        v = v * 10 + (unsigned)(cp[k++] - '0');
    *e = k;
    return k == d || k - d > 3 ? 0 : v;
}

/* A page number's mark, in a form only page numbers take or a number's,
 * starting at k of [k, b): - 1 -, —3—, ——4——, －5－ (dashes both sides,
 * sure: 2), 第 N 页 共 M 页 (2), 第 N 页 and N/M with N no more than M (a
 * text's too: 1), none: 0.  *v its number, *e past it. */
static int page_mark(const uint32_t *cp, size_t k, size_t b, unsigned *v, size_t *e)
{
    *v = 0;
    if (k >= b)
        return 0;
    if (page_dash(cp[k])) {
        size_t m = k;
        while (m < b && m - k < 2 && page_dash(cp[m]))
            m++;
        m = bl_p_skip_spaces(cp, b, m);
        unsigned n = page_digits(cp, m, b, &m);
        m = bl_p_skip_spaces(cp, b, m);
        if (!n || m >= b || !page_dash(cp[m]))
            return 0;
        size_t q = m;
        while (m < b && m - q < 2 && page_dash(cp[m]))
            m++;
        *v = n;
        *e = m;
        return 2;
    }
    if (cp[k] == 0x7B2C) { /* 第 N 页 (共 M 页) */
        size_t m = bl_p_skip_spaces(cp, b, k + 1);
        unsigned n = page_digits(cp, m, b, &m);
        m = bl_p_skip_spaces(cp, b, m);
        if (!n || m >= b || !page_word(cp[m]))
            return 0;
        *v = n;
        *e = ++m;
        m = bl_p_skip_spaces(cp, b, m);
        if (m < b && cp[m] == 0x5171) { /* 共 */
            unsigned all = page_digits(cp, bl_p_skip_spaces(cp, b, m + 1), b, &m);
            m = bl_p_skip_spaces(cp, b, m);
            if (all >= n && m < b && page_word(cp[m])) {
                *e = m + 1;
                return 2;
            }
        }
        return 1;
    }
    size_t m;
    unsigned n = page_digits(cp, k, b, &m);
    if (!n || m >= b || cp[m] != '/')
        return 0;
    unsigned all = page_digits(cp, m + 1, b, &m);
    if (all < 2 || n > all)
        return 0;
    *v = n;
    *e = m;
    return 1;
}

/* Whether c, before 第 N 页, makes it a page the sentence refers to
 * (见第2页, 详見第3頁, 附表第2页, 参阅第4页, 参照第5页, 载于第6页, 列在第7页,
 * 本报告的第8页), not the page's own number. */
static bool page_reference_word(uint32_t c)
{
    static const uint32_t words[] = {0x89C1, 0x898B, 0x8868, 0x9605, 0x95B1, 0x7167, 0x4E8E,
                                     0x65BC, 0x5728, 0x7684, 0x81F3, 0x544A, 0x4EF6, 0x5F55, 0x9304};
    /* 见 見 表 阅 閱 照 于 於 在 的 至 告(报告) 件(附件) 录 錄(附录) */
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (c == words[w])
            return true;
    return false;
}

/* Whether c, before a page number glued to a line's end, is a word's
 * or a clause's (Han, CJK punctuation): no digit, Latin letter or sign
 * whose number this would be (1-2, 2021-1-, GB-1-, 1/3). */
static bool page_glue_before(uint32_t c)
{
    return bl_is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F && c != 0xFF0D)
           || (c >= 0xFF1A && c <= 0xFF20) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019
           || c == ',' || c == ';' || c == ':';
}

/* A page number glued to the end of text line i in another form than
 * bare digits (page_mark: …来电-1-, …来电- 12 -, …第 2 页 共7页, …2/7): its
 * number, its form (2 sure, 1 when the pages must run on) and the byte
 * where the line's text ends before it; 0 when none.  Six characters of
 * the line's own before it, a word's or a clause's last. */
static bulletin_status glued_mark_at_end(parser *p, size_t i, unsigned *v, size_t *cut, int *form)
{
    bulletin_status status = BULLETIN_OK;
    *form = 0;
    const bl_line *l = &p->lines[i];
    if (l->kind != LK_TEXT || l->toc || l->flat)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp;
    /* where the mark may start: a dash run, 第, or the digits of N/M */
    for (size_t back = 2; back <= 16 && back <= b - a; back++) {
        size_t k = b - back, e;
        if (k > a && (page_dash(cp[k - 1]) || (cp[k - 1] >= '0' && cp[k - 1] <= '9')))
            continue; /* the mark starts earlier */
        unsigned n;
        int f = page_mark(cp, k, b, &n, &e);
        if (!f || e != b)
            continue;
        size_t t = k;
        while (t > a && bl_p_is_space(cp[t - 1]))
            t--;
        if (t - a < 6 || !page_glue_before(cp[t - 1]) || (f == 1 && cp[t - 1] == 0x7B2C))
            break;
        if (cp[k] == 0x7B2C && page_reference_word(cp[t - 1]))
            break; /* 详见附表第2页 / …: a page the text refers to */
        size_t byte = line_byte(p, l, t);
        if (byte >= l->len)
            break;
        *v = n;
        *cut = byte;
        *form = f;
        break;
    }
    /* a dash closing the line over a number on the next one is a range's
     * (区间为-1- / 3摄氏度, 气温—2— / -5℃): no page's mark */
    if (*form && page_dash(cp[b - 1]) && i + 1 < p->nlines && p->lines[i + 1].kind == LK_TEXT) {
        BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
        cp = p->cur.cp;
        size_t d = a < b && (cp[a] == '-' || cp[a] == '+' || cp[a] == 0xFF0D || cp[a] == 0x2212) ? a + 1 : a;
        if (d < b && (bl_p_is_digit(cp[d]) || (cp[d] >= 0xFF10 && cp[d] <= 0xFF19)))
            *form = 0;
    }
cleanup:
    return status;
}

/* A page number glued to the start of text line i (page_mark: -2-和来…,
 * 第 2 页和来…), a Han character after it: its number, form and the code
 * points (*skip, its spaces too) and bytes (*cut) it takes; 0 when none. */
static bulletin_status glued_mark_at_start(parser *p, size_t i, unsigned *v, size_t *skip, size_t *cut,
                                           int *form)
{
    bulletin_status status = BULLETIN_OK;
    *form = 0;
    const bl_line *l = &p->lines[i];
    if (l->kind != LK_TEXT || l->toc || l->flat)
        return BULLETIN_OK;
    size_t a, b, e;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    const uint32_t *cp = p->cur.cp;
    unsigned n;
    int f = page_mark(cp, a, b, &n, &e);
    if (!f)
        return BULLETIN_OK;
    e = bl_p_skip_spaces(cp, b, e);
    if (b - e < 6 || !bl_is_han(cp[e]) || unit_char(cp[e]))
        return BULLETIN_OK;
    *v = n;
    *skip = e;
    *cut = line_byte(p, l, e);
    *form = f;
cleanup:
    return status;
}

/* The value of a page's number alone on its line in any form
 * (page_line, 第 N 页, N/M), 0 when it is none. */
static unsigned page_line_value(const uint32_t *cp, size_t a, size_t b)
{
    unsigned v = page_line(cp, a, b);
    size_t e;
    if (!v && page_mark(cp, a, b, &v, &e) && bl_p_skip_spaces(cp, b, e) != b)
        v = 0;
    return v;
}

/* Whether line i, its text cut before a glued page number, goes on into
 * line j: it ends in no sentence's mark and line j starts with a Han
 * character that is no unit or measure word. */
static bulletin_status runs_on(parser *p, size_t i, size_t j, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    if (j >= p->nlines || p->lines[i].kind != LK_TEXT || p->lines[j].kind != LK_TEXT || p->lines[j].flat
        || p->lines[j].toc || p->lines[i].flat || p->lines[i].toc)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    if (b == a || bl_p_is_terminal(p->cur.cp[b - 1]))
        return BULLETIN_OK;
    BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
    *yes = b - a >= 2 && bl_is_han(p->cur.cp[a]) && !unit_char(p->cur.cp[a]);
cleanup:
    return status;
}

static void join_line(parser *p, size_t i, bool keep)
{
    bl_line *l = &p->lines[i];
    if (!p->joined)
        p->first_joined_line = l->no;
    p->joined++;
    if (!keep)
        l->join = 1;
}

/* PDF page numbers glued to the last line of their pages (glued_number_at,
 * bare digits; glued_mark_at_end, any other form) or to the first line of
 * the next (glued_mark_at_start) are dropped from the line, and the lines
 * are one paragraph when the sentence runs on over them.  A form only page
 * numbers take (-1-, 第2页 共7页) is always one; another when the number
 * continues the text's page numbering: the page after the text's last one
 * (a page number alone on its line counts; 1 when none came before), or,
 * when the numbering starts there (a first page without a number:
 * 公平公2 / 开…), the next number the text shows is this one + 1. */
static bulletin_status glued_page_numbers(parser *p, bool keep)
{
    bulletin_status status = BULLETIN_OK;
    /* each line's number: a page line's, a glued one's (0: none); the
     * byte where a glued one starts (at the end) or its text starts (at
     * the start), SIZE_MAX for a page line; its form */
    unsigned *num = NULL;
    size_t *cut = NULL, *skip = NULL;
    unsigned char *form = NULL;
    if (!p->nlines)
        return BULLETIN_OK;
    num = bl_realloc_array(p->mem, NULL, p->nlines, sizeof *num);
    cut = bl_realloc_array(p->mem, NULL, p->nlines, sizeof *cut);
    skip = bl_realloc_array(p->mem, NULL, p->nlines, sizeof *skip);
    form = bl_alloc(p->mem, p->nlines);
    if (!num || !cut || !skip || !form) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t i = 0; i < p->nlines; i++) {
        const bl_line *l = &p->lines[i];
        num[i] = 0;
        cut[i] = SIZE_MAX;
        skip[i] = 0;
        form[i] = 0;
        if (l->kind == LK_BLANK || l->flat)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        num[i] = page_line_value(p->cur.cp, a, b);
        if (num[i])
            continue;
        bool yes;
        unsigned v = 0;
        size_t c = 0, k = 0;
        int f = 0;
        BL_CHECK(glued_number_at(p, i, &v, &c, &yes));
        if (!yes)
            BL_CHECK(glued_mark_at_end(p, i, &v, &c, &f));
        if (!yes && !f) {
            BL_CHECK(glued_mark_at_start(p, i, &v, &k, &c, &f));
            skip[i] = k;
        }
        if (yes || f) {
            num[i] = v;
            cut[i] = c;
            form[i] = (unsigned char)(yes ? 3 : f); /* 3: bare digits */
        }
    }
    /* a weak form glued (第 N 页, N/M) must look like the text's other
     * page numbers: one alone on its line, or three glued at least (a
     * sentence's 见附表第2页 / 第3页列出… is no numbering) */
    bool alone = false;
    size_t weak = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        alone = alone || (num[i] && cut[i] == SIZE_MAX);
        weak += num[i] && form[i] == 1;
    }
    unsigned last = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        unsigned v = num[i];
        if (!v)
            continue;
        if (form[i] == 1 && cut[i] != SIZE_MAX && !alone && weak < 3)
            continue;
        /* 第 N 页 and N/M glued are a text's too (约占1/3 / 的村庄): page
         * numbers only beside another one the text shows */
        bool next = (v == last + 1 && (form[i] != 1 || last)) || form[i] == 2;
        if (!next && cut[i] != SIZE_MAX) {
            size_t k = i + 1;
            while (k < p->nlines && !num[k])
                k++;
            next = k < p->nlines && num[k] == v + 1;
        }
        if (!next)
            continue;
        last = v;
        if (cut[i] == SIZE_MAX)
            continue;
        bl_line *l = &p->lines[i];
        bool on;
        if (skip[i]) {
            /* the number opens the line: its text starts after it, and
             * the line before goes on into it */
            l->off += cut[i];
            l->len -= cut[i];
            l->col0 += (int)skip[i];
            size_t h = i;
            while (h > 0 && p->lines[h - 1].kind == LK_BLANK)
                h--;
            if (h == 0 || h < i)
                continue;
            BL_CHECK(runs_on(p, h - 1, i, &on));
            if (on)
                join_line(p, h - 1, keep);
            continue;
        }
        l->len = cut[i];
        if (form[i] == 3) {
            /* bare digits: glued_number_at saw the sentence go on */
            join_line(p, i, keep);
            continue;
        }
        BL_CHECK(runs_on(p, i, bl_p_next_nonblank(p, i + 1), &on));
        if (on)
            join_line(p, i, keep);
    }
cleanup:
    bl_free(p->mem, num);
    bl_free(p->mem, cut);
    bl_free(p->mem, skip);
    bl_free(p->mem, form);
    return status;
}

/* A page's number alone on its line in a form only page numbers take
 * (- 1 -, -1-, — 2 —, －3－, 第 4 页, 第4页 共12页, 第7頁): 2; a form a
 * number of the text may take too (a bare 5, 4/12): 1; none: 0. */
static int page_number_form(const uint32_t *cp, size_t a, size_t b)
{
    if (b == a || b - a > 16)
        return 0;
    bool dash = cp[a] == '-' || cp[a] == 0x2014 || cp[a] == 0x2013 || cp[a] == 0xFF0D;
    if (page_line(cp, a, b))
        return dash && b - a >= 3 ? 2 : 1;
    /* 第 N 页 (共 M 页) */
    size_t k = a;
    if (cp[k] == 0x7B2C) {
        k = bl_p_skip_spaces(cp, b, k + 1);
        size_t d = k;
        while (k < b && bl_p_is_digit(cp[k]))
            k++;
        if (k == d || k - d > 3)
            return 0;
        k = bl_p_skip_spaces(cp, b, k);
        if (k >= b || (cp[k] != 0x9875 && cp[k] != 0x9801))
            return 0;
        k = bl_p_skip_spaces(cp, b, k + 1);
        if (k == b)
            return 2;
        if (cp[k] != 0x5171) /* 共 */
            return 0;
        k = bl_p_skip_spaces(cp, b, k + 1);
        d = k;
        while (k < b && bl_p_is_digit(cp[k]))
            k++;
        k = bl_p_skip_spaces(cp, b, k);
        return k > d && k + 1 == b && (cp[k] == 0x9875 || cp[k] == 0x9801) ? 2 : 0;
    }
    /* N/M, N no more than M */
    unsigned x = 0, y = 0;
    while (k < b && cp[k] >= '0' && cp[k] <= '9' && k - a < 3)
        x = x * 10 + (unsigned)(cp[k++] - '0');
    if (k == a || k >= b || cp[k] != '/')
        return 0;
    size_t d = ++k;
    while (k < b && cp[k] >= '0' && cp[k] <= '9' && k - d < 3)
        y = y * 10 + (unsigned)(cp[k++] - '0');
    return k == b && k > d && x >= 1 && x <= y ? 1 : 0;
}

/* Whether line i holds no sentence's mark and at most 40 characters: a
 * running head may be such a line. */
static bulletin_status short_plain_line(parser *p, size_t i, uint32_t *out, size_t *m)
{
    bulletin_status status = BULLETIN_OK;
    *m = 0;
    const bl_line *l = &p->lines[i];
    if (l->kind == LK_BLANK || l->flat || l->toc)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
    for (size_t k = a; k < b; k++)
        if (bl_p_is_stop(p->cur.cp[k]) || p->cur.cp[k] == 0xFF0C || p->cur.cp[k] == ',')
            return BULLETIN_OK;
    size_t n = bl_p_squeeze(p->cur.cp + a, b - a, out, 40);
    *m = n > 40 ? 0 : n;
cleanup:
    return status;
}

/* Page furniture among the text lines (furn[i]): a page's number alone on
 * its line (page_number_form: 2 sure, 1 when only between the halves of a
 * wrapped sentence), and a running head right after it (3): the line at
 * the top of the page after the number that repeats the head of the page
 * before, or one of the text's first lines (its title). */
static bulletin_status find_furniture(parser *p, unsigned char *furn)
{
    bulletin_status status = BULLETIN_OK;
    uint32_t head[41], prev[41], top[41];
    size_t nprev = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        furn[i] = 0;
        const bl_line *l = &p->lines[i];
        if (l->kind != LK_TEXT || l->flat || l->toc)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        furn[i] = (unsigned char)page_number_form(p->cur.cp, a, b);
    }
    for (size_t i = 0; i < p->nlines; i++) {
        if (!furn[i] || furn[i] == 3)
            continue;
        size_t h = bl_p_next_nonblank(p, i + 1);
        if (h >= p->nlines || p->lines[h].kind != LK_TEXT || furn[h])
            continue;
        size_t m;
        BL_CHECK(short_plain_line(p, h, head, &m));
        if (m < 4)
            continue;
        bool same = nprev == m && !memcmp(prev, head, m * sizeof *head);
        /* or one of the text's first five lines */
        size_t seen = 0;
        for (size_t t = bl_p_next_nonblank(p, 0); !same && t < i && seen < 5;
             t = bl_p_next_nonblank(p, t + 1), seen++) {
            size_t mt;
            BL_CHECK(short_plain_line(p, t, top, &mt));
            same = mt == m && !memcmp(top, head, m * sizeof *head);
        }
        memcpy(prev, head, m * sizeof *head);
        nprev = m;
        if (same)
            furn[h] = 3;
    }
cleanup:
    return status;
}

/* The mark a page tool leaves where each paragraph ends (hd9, bd3): 1 to
 * 3 Latin letters and 1 or 2 digits glued to a line's end after a
 * character that is no Latin letter or digit (…完成。hd9, 陆志前hd9), the
 * same mark at 5 line ends at least (a word such as PM2.5, CO2, 5G or
 * H7N9 ends no five lines of a text).  Its code points into mk (*n of
 * them, *letters the Latin ones); *n 0 when the text has none. */
static size_t mark_tail(const uint32_t *cp, size_t a, size_t b, size_t *letters)
{
    size_t d = b;
    while (d > a && b - d < 3 && bl_p_is_digit(cp[d - 1]))
        d--;
    if (d == b || b - d > 2)
        return 0;
    size_t l = d;
    while (l > a && d - l < 4 && cp[l - 1] < 0x80 && ((cp[l - 1] | 0x20) >= 'a' && (cp[l - 1] | 0x20) <= 'z'))
        l--;
    if (l == d || d - l > 3 || l == a || cp[l - 1] < 0x80)
        return 0;
    *letters = d - l;
    return b - l;
}

bulletin_status bl_p_paragraph_mark(parser *p, uint32_t *mk, size_t *n, size_t *letters)
{
    bulletin_status status = BULLETIN_OK;
    enum { KINDS = 4 };
    uint32_t seen[KINDS][5];
    size_t len[KINDS], lets[KINDS], count[KINDS], kinds = 0, best = 4;
    *n = 0;
    for (size_t i = 0; i < p->nlines; i++) {
        const bl_line *l = &p->lines[i];
        /* the title's, speaker's and salutation's lines carry it too */
        if (l->kind == LK_BLANK || l->kind == LK_TABLE || l->flat || l->toc)
            continue;
        size_t a, b, lt;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        size_t m = mark_tail(p->cur.cp, a, b, &lt);
        if (!m)
            continue;
        size_t k = 0;
        while (k < kinds && !(len[k] == m && !memcmp(seen[k], p->cur.cp + b - m, m * sizeof *seen[k])))
            k++;
        if (k == kinds) {
            if (kinds == KINDS)
                continue;
            memcpy(seen[k], p->cur.cp + b - m, m * sizeof *seen[k]);
            len[k] = m;
            lets[k] = lt;
            count[k] = 0;
            kinds++;
        }
        if (++count[k] > best) {
            best = count[k];
            memcpy(mk, seen[k], m * sizeof *mk);
            *n = m;
            *letters = lets[k];
        }
    }
cleanup:
    return status;
}

/* Whether cp[a..b) ends with the m code points of mk. */
static bool ends_with_cps(const uint32_t *cp, size_t a, size_t b, const uint32_t *mk, size_t m)
{
    return m && b - a > m && !memcmp(cp + b - m, mk, m * sizeof *mk);
}

/* Whether a heading's last words hp[0..hn) and the next line's words before
 * its colon tail[0..tn) make one lead's name ending in a part's word
 * (执行的主要 + 情况, 收入执行 + 情況, …主要做法 + 如下; not 收入 or 支出,
 * a field's name under a heading as often), the heading's own name not
 * ending in one. */
static bool colon_lead_name(const uint32_t *hp, size_t hn, const uint32_t *tail, size_t tn)
{
    static const uint32_t parts[][2] = {
        {0x60C5, 0x51B5}, {0x60C5, 0x6CC1}, /* 情况 情況 */
        {0x6982, 0x51B5}, {0x6982, 0x6CC1}, /* 概况 概況 */
        {0x603B, 0x4F53}, {0x7E3D, 0x9AD4}, /* 总体 總體 */
        {0x7EFC, 0x8FF0}, {0x7D9C, 0x8FF0}, /* 综述 綜述 */
        {0x603B, 0x8FF0}, {0x7E3D, 0x8FF0}, /* 总述 總述 */
        {0x5982, 0x4E0B},                   /* 如下 */
    };
    /* a heading whose name is whole already (一、主要指标完成情况 /
     * 总体情况：… is a lead under it) */
    for (size_t k = 0; hn >= 2 && k < sizeof parts / sizeof *parts; k++)
        if (hp[hn - 2] == parts[k][0] && hp[hn - 1] == parts[k][1])
            return false;
    uint32_t last[2];
    if (tn >= 2) {
        last[0] = tail[tn - 2];
        last[1] = tail[tn - 1];
    } else {
        if (!hn)
            return false;
        last[0] = hp[hn - 1];
        last[1] = tail[0];
    }
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        if (last[0] == parts[k][0] && last[1] == parts[k][1])
            return true;
    return false;
}

bulletin_status bl_p_reflow(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    bool keep = (p->options & BULLETIN_OPT_KEEP_LINES) != 0;
    unsigned char *furn = NULL;
    BL_CHECK(glued_page_numbers(p, keep));
    if (!p->nlines)
        return BULLETIN_OK;
    furn = bl_alloc(p->mem, p->nlines);
    if (!furn) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    BL_CHECK(find_furniture(p, furn));
    /* a page tool's paragraph mark ends its paragraph; split over a line
     * break (…发展。hd / 9), its rest alone on the next line is no text */
    uint32_t mk[5];
    size_t mkn = 0, mkl = 0;
    BL_CHECK(bl_p_paragraph_mark(p, mk, &mkn, &mkl));
    for (size_t i = 0; mkn && i + 1 < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT || p->lines[i + 1].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (!ends_with_cps(p->cur.cp, a, b, mk, mkl) || bl_p_is_digit(p->cur.cp[b - 1]))
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a, &b));
        if (b - a == mkn - mkl && !memcmp(p->cur.cp + a, mk + mkl, (mkn - mkl) * sizeof *mk)) {
            p->lines[i + 1].kind = LK_BLANK;
            furn[i + 1] = 0;
        }
    }
    /* the line before, when it is a text line that ends a sentence: its
     * length (0: none) */
    size_t prev_n = 0, a0, b0;
    for (size_t i = 0; i + 1 < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        size_t before = prev_n;
        prev_n = 0;
        if (furn[i])
            continue;
        /* the next line, past one page's furniture (its number and a
         * running head, blank lines around them) */
        size_t j = i + 1, pages = 0, weak = 0;
        if (l->kind == LK_TEXT) {
            size_t k = i + 1;
            while (k < p->nlines && (p->lines[k].kind == LK_BLANK || furn[k])) {
                pages += furn[k] == 1 || furn[k] == 2;
                weak += furn[k] == 1;
                k++;
            }
            if (pages == 1 && k < p->nlines)
                j = k;
        }
        bl_line *nx = &p->lines[j];
        if (l->kind == LK_HEADING && nx->kind == LK_TEXT && !l->flat && !nx->flat && !l->toc && !nx->toc) {
            /* an item wrapped inside a word (六、开禁后，……作业；……应持营业执 /
             * 照从事……处理。): a long item holding a sentence's ；, ending in
             * Han, over the rest of its sentence (a heading holds no ；) */
            BL_CHECK(bl_p_decode_trimmed(p, i, &a0, &b0));
            const uint32_t *hp = p->cur.cp + a0;
            size_t hn = b0 - a0;
            bool semi = false, stop = false;
            for (size_t k = 0; k < hn && !semi; k++)
                semi = hp[k] == 0xFF1B || hp[k] == ';';
            /* or a full sentence inside it, the next begun and cut
             * (…报财政部。财政部…“两金”70% / 中的中央应负担部分…。) */
            for (size_t k = 0; k + 1 < hn && !stop; k++)
                stop = hp[k] == 0x3002;
            uint32_t he = hn ? hp[hn - 1] : 0;
            /* a colon lead wrapped before its last words (一、关于…执行的主要
             * / 情况：…): the next line opens with one to six Han and a
             * colon, the lead's name then ending in a part's word */
            if (bl_is_han(he) && !semi && !stop) {
                uint32_t tail[8], hend[2] = {hn >= 2 ? hp[hn - 2] : 0, he};
                size_t tn = 0;
                BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a0, &b0)); /* hp is stale now */
                const uint32_t *np = p->cur.cp + a0;
                size_t nn = b0 - a0;
                while (tn < nn && tn < 7 && bl_is_han(np[tn]))
                    tn++;
                /* text after the colon opening with a figure (情况：2023年，
                 * 全县…。): the joined line reads as a year-led lead whose
                 * name swallows that sentence, the heading lost; the
                 * lines stay apart (the colon ending its line, or words
                 * after it, 情況：全年全縣…, join) */
                size_t ta = tn + 1;
                while (ta < nn && bl_p_is_space(np[ta]))
                    ta++;
                bool figure = ta < nn && (bl_p_is_digit(np[ta]) || (np[ta] >= 0xFF10 && np[ta] <= 0xFF19));
                if (tn >= 1 && tn <= 6 && tn < nn && is_colon(np[tn]) && !figure) {
                    memcpy(tail, np, tn * sizeof *tail);
                    if (colon_lead_name(hend, hn >= 2 ? 2 : hn, tail, tn)) {
                        if (!p->joined)
                            p->first_joined_line = l->no;
                        p->joined++;
                        if (!keep)
                            l->join = 1;
                    }
                }
                continue;
            }
            if (hn >= 40
                && ((semi && bl_is_han(he))
                    || (stop && !bl_p_is_terminal(he) && !is_colon(he) && he != 0x3001))) {
                BL_CHECK(bl_p_decode_trimmed(p, i + 1, &a0, &b0));
                const uint32_t *np = p->cur.cp + a0;
                size_t nn = b0 - a0;
                if (nn >= 2 && bl_is_han(np[0]) && np[nn - 1] == 0x3002 && !is_field(np, nn)
                    && !bl_p_is_meta_line(np, nn)) {
                    if (!p->joined)
                        p->first_joined_line = l->no;
                    p->joined++;
                    if (!keep)
                        l->join = 1;
                }
            }
            continue;
        }
        if (l->kind != LK_TEXT || nx->kind != LK_TEXT || l->flat || nx->flat || l->toc || nx->toc || l->join
            || furn[j])
            continue;
        BL_CHECK(bl_p_decode_line(p, i));
        const uint32_t *cp = p->cur.cp;
        size_t a = bl_p_skip_spaces(cp, p->cur.n, 0), b = p->cur.n;
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
        size_t n = b - a;
        if (!n)
            continue;
        uint32_t end = cp[b - 1];
        if (bl_p_is_terminal(end))
            prev_n = n;
        if (ends_with_cps(cp, a, b, mk, mkn))
            continue; /* the paragraph's mark */
        bool comma = end == 0xFF0C || end == ',' || end == 0x3001;
        bool clause = false;
        for (size_t k = a; k < b && !clause; k++)
            clause = cp[k] == 0xFF0C || cp[k] == ',' || cp[k] == 0x3001 || cp[k] == 0xFF1B;
        if (bl_p_is_terminal(end) || n < 4 || !(comma || n >= 20 || (n >= 12 && clause)))
            continue;
        /* a news subhead between paragraphs written each on one line
         * (budget-binzhou-2023-news: …结转下年32.65亿元。 / 2023年市级一般公共
         * 预算总收入338.16亿元 / 2023年，市级…): a line wrapped at this width
         * follows no sentence twice as long on one line */
        if (!comma && !clause && before >= 40 && before >= 2 * n)
            continue;
        if (is_field(cp + a, n) || bl_p_is_meta_line(cp + a, n) || bl_p_is_part_line(cp + a, n)
            || title_or_issuers(cp + a, n) || ends_in_number_cells(cp + a, n))
            continue;
        size_t width = line_width(cp, b); /* its indentation too */
        BL_CHECK(bl_p_decode_trimmed(p, j, &a0, &b0));
        cp = p->cur.cp;
        size_t c = a0;
        /* a paragraph on one line that lost its stop, over the next one
         * (…三次产业结构为9.2:51:39.8 / 全年居民消费价格…下降0.1%。): the
         * next line ends its sentence wider than this one, which no line
         * wrapped at this width does.  Wider both as set and by its count
         * of characters: a text wrapped by character count (mail clients,
         * converters) sets a line of figures narrower than the next line
         * of Han characters as long (…12345.67亿元，…增加值 / 实现较快
         * 增长，…继续提高。 is one paragraph) */
        /* (a page's last line, its number after it, is as long as the
         * page lets it be: no test) */
        if (j == i + 1 && !comma && b0 > c && bl_p_is_terminal(cp[b0 - 1])
            && line_width(cp, b0) > width + WIDER_LINE_SLACK && b0 > b)
            continue;
        if (!clause && b0 - c <= 40 && bl_p_is_org(cp + c, b0 - c))
            continue;
        if (c >= p->cur.n || is_bullet(cp[c]) || is_field(cp + c, p->cur.n - c)
            || bl_p_is_meta_line(cp + c, p->cur.n - c) || bl_p_is_dateline(cp + c, p->cur.n - c)
            || bl_p_is_part_line(cp + c, p->cur.n - c))
            continue;
        /* a table flattened into indented lines, each a label and its
         * value (stats-beijing-civil-affairs-2022m03: …平均标准元/人·月
         * 1,245.0 / 农村最低生活保障 indented otherwise): a row, not a line
         * wrapped mid-sentence, whose next line would start at the margin
         * or at its own indentation */
        if (bl_p_is_digit(end) && a > 0 && c > 0 && a != c)
            continue;
        /* a row written label, unit and value with spaces (收养服 万张
         * 402.0): the table's row, not a wrapped line */
        /* a bare number between the halves is the text's before its
         * unit (共有高中学校 / 5 / 所) */
        if (weak && (c >= b0 || unit_char(cp[c])))
            continue;
        BL_CHECK(bl_p_decode_line(p, i));
        if (bl_p_is_unit_value_row(p->cur.cp, p->cur.n, NULL))
            continue;
        if (!p->joined)
            p->first_joined_line = l->no;
        p->joined++;
        if (!keep)
            l->join = 1;
        /* the page's furniture between the halves: no text, and the
         * lines go on over it */
        for (size_t k = i + 1; k < j; k++) {
            if (furn[k])
                p->lines[k].kind = LK_BLANK;
            if (!keep)
                p->lines[k].join = 1;
        }
    }
    /* a page's number in a form only page numbers take is no text
     * wherever it stands; another one too when it is the text's last
     * line, under the first half of a sentence its copy lost the rest of */
    for (size_t i = 0; i < p->nlines; i++)
        if (furn[i] == 2)
            p->lines[i].kind = LK_BLANK;
    size_t last = p->nlines;
    while (last > 0 && p->lines[last - 1].kind == LK_BLANK)
        last--;
    if (last >= 2 && furn[last - 1] == 1) {
        size_t i = last - 1;
        while (i > 0 && p->lines[i - 1].kind == LK_BLANK)
            i--;
        if (i > 0 && p->lines[i - 1].kind == LK_TEXT && !p->lines[i - 1].flat) {
            size_t a, b;
            BL_CHECK(bl_p_decode_trimmed(p, i - 1, &a, &b));
            if (b - a >= 12 && bl_is_han(p->cur.cp[b - 1]))
                p->lines[last - 1].kind = LK_BLANK;
        }
    }
    if (p->joined && !keep)
        BL_CHECK(bl_doc_warn(p->doc, p->first_joined_line, 1,
                             "%d hard-wrapped line%s joined into paragraphs (first at line %d); "
                             "--keep-lines keeps them",
                             p->joined, p->joined == 1 ? "" : "s", p->first_joined_line));
    else if (p->joined)
        BL_CHECK(bl_doc_warn(p->doc, p->first_joined_line, 1,
                             "%d line%s hard-wrapped (first at line %d), kept as written",
                             p->joined, p->joined == 1 ? " looks" : "s look", p->first_joined_line));
cleanup:
    bl_free(p->mem, furn);
    return status;
}
