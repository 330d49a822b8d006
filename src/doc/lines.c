/*
 * lines.c - the parser's lines: decoding, normalisation (README.md
 * "Normalisation"), heading numbers and the classification of each body
 * line (pass 1).
 */
#include <string.h>

#include "doc/parse_int.h"

/* ========================================================================
 * Character classes
 * ====================================================================== */

bool bl_p_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

static int han_digit(uint32_t c);

static bool is_latin(uint32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F);
}

/* A character that counts as "Chinese" for normalisation: Han, CJK or
 * full-width punctuation, and the full-width forms. */
bool bl_p_is_cjk(uint32_t c) { return bl_is_han(c) || bl_is_cjk_punct(c) || bl_is_fullwidth(c); }

size_t bl_p_skip_spaces(const uint32_t *cp, size_t n, size_t i)
{
    while (i < n && bl_p_is_space(cp[i]))
        i++;
    return i;
}

size_t bl_p_squeeze(const uint32_t *cp, size_t n, uint32_t *out, size_t cap)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (bl_p_is_space(cp[i]))
            continue;
        if (m == cap)
            return cap + 1;
        out[m++] = cp[i];
    }
    return m;
}

bool bl_p_is_stop(uint32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' || c == 0xFF0E;
}

bool bl_p_is_terminal(uint32_t c)
{
    switch (c) {
    case 0x3002: case 0xFF01: case 0xFF1F: case '!': case '?': /* 。！？ */
    case 0xFF1B: case ';': case 0xFF1A: case ':':               /* ；： */
    case 0x2026: case 0x300D: case 0x300F: case 0x201D:         /* …」』” */
    case 0xFF09: case ')': case 0x3011: case 0x300B:            /* ）)】》 */
    case '.':
        return true;
    default:
        return false;
    }
}

/* ========================================================================
 * Decoding
 * ====================================================================== */

static bulletin_status cpline_reserve(parser *p, size_t need)
{
    if (need <= p->cur.cap)
        return BULLETIN_OK;
    size_t cap = p->cur.cap ? p->cur.cap : 64;
    while (cap < need)
        cap *= 2;
    uint32_t *cp = bl_realloc_array(p->mem, p->cur.cp, cap, sizeof *cp);
    if (!cp)
        return BULLETIN_ERR_NOMEM;
    p->cur.cp = cp;
    int *col = bl_realloc_array(p->mem, p->cur.col, cap, sizeof *col);
    if (!col)
        return BULLETIN_ERR_NOMEM;
    p->cur.col = col;
    int *ln = bl_realloc_array(p->mem, p->cur.ln, cap, sizeof *ln);
    if (!ln)
        return BULLETIN_ERR_NOMEM;
    p->cur.ln = ln;
    p->cur.cap = cap;
    return BULLETIN_OK;
}

/* The columns and line numbers of p->cur's code points [at, at + n),
 * a line's from its first column c0: four at a time (the compiler makes
 * one vector store of each of them). */
static inline __attribute__((always_inline)) void put_positions(parser *p, size_t at, size_t n,
                                                                 int c0, int no)
{
    int *restrict col = p->cur.col + at, *restrict ln = p->cur.ln + at;
    size_t k = 0;
    for (; k + 4 <= n; k += 4) {
        int c = c0 + (int)k;
        col[k] = c;
        col[k + 1] = c + 1;
        col[k + 2] = c + 2;
        col[k + 3] = c + 3;
        ln[k] = no;
        ln[k + 1] = no;
        ln[k + 2] = no;
        ln[k + 3] = no;
    }
    for (; k < n; k++) {
        col[k] = c0 + (int)k;
        ln[k] = no;
    }
}

/* A line whose bytes a rule cut inside a UTF-8 sequence (the input was
 * validated, so only a parsing rule's slip reaches here): the error with
 * its place, as every other error has one. */
static bulletin_status cut_sequence(parser *p, const bl_line *l, size_t chars)
{
    (void)bl_diag_set(p->diag, BULLETIN_ERR_ENCODING, p->path, l->no, l->col0 + (int)chars,
                      "internal error: the line was cut inside a UTF-8 sequence after %zu characters",
                      chars);
    return BULLETIN_ERR_ENCODING;
}

/* Appends the code points of one line to p->cur: decoded, then its bars
 * made spaces (`unbar`), then their columns and line numbers. */
static bulletin_status append_line(parser *p, const bl_line *l)
{
    /* Every code point needs at least one byte, so len bounds the count. */
    bulletin_status status = cpline_reserve(p, p->cur.n + l->len + 1);
    if (status != BULLETIN_OK)
        return status;
    const unsigned char *s = p->src + l->off;
    size_t i = 0, at = p->cur.n, n = at;
    uint32_t *restrict cp = p->cur.cp;
    while (i < l->len) {
        int k = bl_utf8_decode(s + i, l->len - i, &cp[n]);
        if (k == 0) /* cannot happen: the input was validated */
            return cut_sequence(p, l, n - at);
        n++;
        i += (size_t)k;
    }
    if (l->unbar)
        for (size_t k = at; k < n; k++)
            if (bl_p_is_col_bar(cp[k]))
                cp[k] = ' ';
    put_positions(p, at, n - at, l->col0, l->no);
    p->cur.n = n;
    return BULLETIN_OK;
}

/* The code points of body line i as written (before `unbar`), decoded on
 * the first call and while its bytes stay the same read from the cache. */
static bulletin_status line_code_points(parser *p, size_t i, const uint32_t **cp, size_t *n)
{
    line_cache *c = &p->decoded;
    const bl_line *l = &p->lines[i];
    if (i >= c->nat) {
        size_t nat = p->cap_lines > i ? p->cap_lines : i + 1;
        line_cp *at = bl_realloc_array(p->mem, c->at, nat, sizeof *at);
        if (!at)
            return BULLETIN_ERR_NOMEM;
        for (size_t k = c->nat; k < nat; k++)
            at[k] = (line_cp){ .off = SIZE_MAX };
        c->at = at;
        c->nat = nat;
    }
    line_cp *e = &c->at[i];
    if (e->off != l->off || e->len != l->len) {
        /* Every code point needs at least one byte, so len bounds the count. */
        if (c->n + l->len > c->cap) {
            size_t cap = c->cap ? c->cap : 1024;
            while (cap < c->n + l->len)
                cap *= 2;
            uint32_t *store = bl_realloc_array(p->mem, c->cp, cap, sizeof *store);
            if (!store)
                return BULLETIN_ERR_NOMEM;
            c->cp = store;
            c->cap = cap;
        }
        const unsigned char *s = p->src + l->off;
        size_t k = 0, m = c->n;
        while (k < l->len) {
            int step = bl_utf8_decode(s + k, l->len - k, &c->cp[m]);
            if (step == 0) /* cannot happen: the input was validated */
                return cut_sequence(p, l, m - c->n);
            m++;
            k += (size_t)step;
        }
        *e = (line_cp){ .off = l->off, .len = l->len, .cp0 = c->n, .n = m - c->n };
        c->n = m;
    }
    *cp = c->cp + e->cp0;
    *n = e->n;
    return BULLETIN_OK;
}

void bl_p_drop_line_cache(parser *p)
{
    bl_free(p->mem, p->decoded.cp);
    bl_free(p->mem, p->decoded.at);
    p->decoded = (line_cache){ .dropped = true };
}

/* Appends the code points of body line i to p->cur, as append_line does,
 * copied from the cache. */
static bulletin_status append_body_line(parser *p, size_t i)
{
    if (p->decoded.dropped)
        return append_line(p, &p->lines[i]);
    const uint32_t *cp;
    size_t n;
    bulletin_status status = line_code_points(p, i, &cp, &n);
    if (status != BULLETIN_OK)
        return status;
    status = cpline_reserve(p, p->cur.n + n + 1);
    if (status != BULLETIN_OK)
        return status;
    const bl_line *l = &p->lines[i];
    size_t at = p->cur.n;
    if (n) /* (an empty line's cp may be the empty cache's NULL) */
        memcpy(p->cur.cp + at, cp, n * sizeof *cp);
    if (l->unbar)
        for (size_t k = at; k < at + n; k++)
            if (bl_p_is_col_bar(p->cur.cp[k]))
                p->cur.cp[k] = ' ';
    /* (every pass over the lines decodes each line again) */
    put_positions(p, at, n, l->col0, l->no);
    p->cur.n = at + n;
    return BULLETIN_OK;
}

bulletin_status bl_p_decode_line(parser *p, size_t i)
{
    p->cur.n = 0;
    return append_body_line(p, i);
}

bulletin_status bl_p_decode_trimmed(parser *p, size_t i, size_t *a, size_t *b)
{
    bulletin_status status = bl_p_decode_line(p, i);
    if (status != BULLETIN_OK)
        return status;
    *a = bl_p_skip_spaces(p->cur.cp, p->cur.n, 0);
    *b = p->cur.n;
    while (*b > *a && bl_p_is_space(p->cur.cp[*b - 1]))
        (*b)--;
    return BULLETIN_OK;
}

size_t bl_p_next_nonblank(const parser *p, size_t i)
{
    while (i < p->nlines && p->lines[i].kind == LK_BLANK)
        i++;
    return i;
}

bulletin_status bl_p_decode_pieces(parser *p, const bl_line *pieces, size_t n)
{
    p->cur.n = 0;
    for (size_t k = 0; k < n; k++) {
        if (k && p->cur.n && !pieces[k].join) {
            bulletin_status status = cpline_reserve(p, p->cur.n + 1);
            if (status != BULLETIN_OK)
                return status;
            p->cur.cp[p->cur.n] = 0x3000;
            p->cur.col[p->cur.n] = p->cur.col[p->cur.n - 1] + 1;
            p->cur.ln[p->cur.n] = p->cur.ln[p->cur.n - 1];
            p->cur.n++;
        }
        bulletin_status status = append_line(p, &pieces[k]);
        if (status != BULLETIN_OK)
            return status;
    }
    return BULLETIN_OK;
}

bulletin_status bl_p_decode_lines(parser *p, size_t first, size_t last)
{
    p->cur.n = 0;
    bulletin_status status = BULLETIN_OK;
    for (size_t i = first; i <= last && status == BULLETIN_OK; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        /* Trim the end of what we have and the start of what comes: a
         * wrapped line's spaces go, except between two Latin words. */
        while (p->cur.n && bl_p_is_space(p->cur.cp[p->cur.n - 1]))
            p->cur.n--;
        size_t before = p->cur.n;
        status = append_body_line(p, i);
        if (status != BULLETIN_OK || before == 0)
            continue;
        size_t k = bl_p_skip_spaces(p->cur.cp, p->cur.n, before);
        uint32_t a = p->cur.cp[before - 1], b = k < p->cur.n ? p->cur.cp[k] : 0;
        bool space = (is_latin(a) || bl_p_is_digit(a)) && (is_latin(b) || bl_p_is_digit(b))
                  && !(bl_p_is_digit(a) && bl_p_is_digit(b));
        size_t keep = space && k > before ? 1 : 0;
        if (space && k == before) {
            /* insert one space, placed at the end of the first line */
            status = cpline_reserve(p, p->cur.n + 1);
            if (status != BULLETIN_OK)
                break;
            memmove(p->cur.cp + before + 1, p->cur.cp + before, (p->cur.n - before) * sizeof(uint32_t));
            memmove(p->cur.col + before + 1, p->cur.col + before, (p->cur.n - before) * sizeof(int));
            memmove(p->cur.ln + before + 1, p->cur.ln + before, (p->cur.n - before) * sizeof(int));
            p->cur.cp[before] = ' ';
            p->cur.col[before] = p->cur.col[before - 1] + 1;
            p->cur.ln[before] = p->cur.ln[before - 1];
            p->cur.n++;
            continue;
        }
        size_t drop = k - before - keep;
        if (drop) {
            size_t rest = p->cur.n - (before + keep + drop);
            memmove(p->cur.cp + before + keep, p->cur.cp + before + keep + drop, rest * sizeof(uint32_t));
            memmove(p->cur.col + before + keep, p->cur.col + before + keep + drop, rest * sizeof(int));
            memmove(p->cur.ln + before + keep, p->cur.ln + before + keep + drop, rest * sizeof(int));
            p->cur.n -= drop;
        }
    }
    return status;
}

/* ========================================================================
 * Normalisation
 * ====================================================================== */

static uint32_t fullwidth_of(uint32_t c)
{
    switch (c) {
    case ',': return 0xFF0C; /* ， */
    case ':': return 0xFF1A; /* ： */
    case ';': return 0xFF1B; /* ； */
    case '!': return 0xFF01; /* ！ */
    case '?': return 0xFF1F; /* ？ */
    case '(': return 0xFF08; /* （ */
    case ')': return 0xFF09; /* ） */
    default: return 0;
    }
}

/* Parentheses at open and close (cp[open] '(', cp[close] ')') that follow
 * a Chinese character, across spaces, and hold only digits and symbols
 * (%, ‰, ℃, =, /): a unit or a number of Chinese text, set full-width
 * like the text (增长 (%) -> 增长（%）, 指数 (1) -> 指数（1）).  Latin
 * letters inside keep them half-width: 国内总计 (Total). */
static bool han_before_symbols(const uint32_t *cp, size_t from, size_t open, size_t close)
{
    size_t a = open;
    while (a > from && bl_p_is_space(cp[a - 1]))
        a--;
    if (a == from || !bl_is_han(cp[a - 1]) || close == open + 1 || close - open > 9)
        return false;
    for (size_t i = open + 1; i < close; i++) {
        uint32_t c = cp[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '(' || c == ')' || bl_p_is_space(c))
            return false;
    }
    return true;
}

/* The nearest non-space character before index i (or 0). */
static uint32_t prev_nonspace(const uint32_t *cp, size_t i)
{
    while (i > 0) {
        i--;
        if (!bl_p_is_space(cp[i]))
            return cp[i];
    }
    return 0;
}

static uint32_t next_nonspace(const uint32_t *cp, size_t n, size_t i)
{
    for (i++; i < n; i++)
        if (!bl_p_is_space(cp[i]))
            return cp[i];
    return 0;
}

static bool ends_with(const uint32_t *cp, size_t n, const char *suffix)
{
    uint32_t s[16];
    size_t k = 0;
    for (size_t i = 0; suffix[i] && k < 16;) {
        int len = bl_utf8_decode((const unsigned char *)suffix + i, strlen(suffix + i), &s[k]);
        if (len <= 0)
            return false;
        i += (size_t)len;
        k++;
    }
    if (k > n)
        return false;
    for (size_t i = 0; i < k; i++)
        if (cp[n - k + i] != s[i])
            return false;
    return true;
}

/* True when cp[0..n) ends with the name of a kind of organisation
 * (局, 人民政府, 委员会, ...). */
bool bl_p_org_suffix(const uint32_t *cp, size_t n)
{
    /* each in simplified and, where it differs, traditional characters
     * (習水縣人民政府辦公室, 委員會, 辦公廳) */
    static const char *const no[] = {"社会", "机会", "大会", "体会", "学会议", "会议",
                                     "社會", "機會", "大會", "體會", "學會議", "會議"};
    static const char *const yes[] = {"中央", "国务院", "國務院", "政府", "委员会", "委員會",
                                      "办公厅", "辦公廳", "办公室", "辦公室", "政协", "政協",
                                      "局", "厅", "廳", "部", "委", "院", "署", "会", "會",
                                      "处", "處", "科", "中心", "公司", "集团", "集團", "党委",
                                      "黨委", "总队", "總隊", "支队", "支隊", "小组", "小組",
                                      "组", "組"};
    if (n < 2)
        return false;
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (ends_with(cp, n, no[i]))
            return false;
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (ends_with(cp, n, yes[i]))
            return true;
    return false;
}

/* A space run cp[i..j) between two Han characters that means something:
 * between two names (王明 李华), a title and a name (省长 王某), or two
 * issuing bodies (中共中央 国务院), or two fields of a page's line (门户网
 * 日期：…).  Kept as U+3000. */
/* A table's row written on one line as its label, its unit and its value,
 * separated by spaces (镇 个 20113, 救灾支出 亿元 121.3, 平均标准 元/人、月
 * 373.3): the label ends in a Han character, the unit is one word of Han
 * characters and / 、 · (at most eight), the value a number that ends the
 * line.  *unit is where the unit word begins. */
bool bl_p_is_unit_value_row(const uint32_t *cp, size_t n, size_t *unit)
{
    size_t e = n;
    while (e > 0 && bl_p_is_space(cp[e - 1]))
        e--;
    size_t v = e;
    while (v > 0 && (bl_p_is_digit(cp[v - 1]) || cp[v - 1] == '.' || cp[v - 1] == ','))
        v--;
    if (v == e || !bl_p_is_digit(cp[v]) || v == 0 || !bl_p_is_space(cp[v - 1]))
        return false;
    size_t ue = v;
    while (ue > 0 && bl_p_is_space(cp[ue - 1]))
        ue--;
    size_t us = ue;
    while (us > 0 && (bl_is_han(cp[us - 1]) || cp[us - 1] == '/' || cp[us - 1] == 0x3001 || cp[us - 1] == 0xB7))
        us--;
    if (us == ue || ue - us > 8 || !bl_is_han(cp[us]) || us == 0 || !bl_p_is_space(cp[us - 1]))
        return false;
    size_t le = us;
    while (le > 0 && bl_p_is_space(cp[le - 1]))
        le--;
    if (le == 0 || !bl_is_han(cp[le - 1]))
        return false;
    if (unit)
        *unit = us;
    return true;
}

/* The end of a run of at most max Chinese numerals (一 to 十, 百, 零, 〇)
 * at cp[j..to): the number of 第一章, 第二十条, 第一百零一条. */
size_t bl_p_han_numerals_end(const uint32_t *cp, size_t j, size_t to, size_t max)
{
    size_t k = j;
    while (k < to && k - j < max
           && (han_digit(cp[k]) > 0 || cp[k] == 0x767E || cp[k] == 0x96F6 || cp[k] == 0x3007))
        k++;
    return k;
}

/* The end of 第N篇 or 篇N (digits or Chinese numerals) at cp[j..to), 0
 * when none is there: a collection's piece number (第2篇, 第一篇, 篇2). */
size_t bl_p_piece_number_at(const uint32_t *cp, size_t j, size_t to)
{
    if (j + 1 >= to || (cp[j] != 0x7B2C /* 第 */ && cp[j] != 0x7BC7 /* 篇 */))
        return 0;
    size_t k = j + 1;
    while (k < to && k - j <= 4 && (bl_p_is_digit(cp[k]) || han_digit(cp[k]) > 0))
        k++;
    if (k == j + 1)
        return 0;
    if (cp[j] == 0x7BC7)
        return k;
    return k < to && cp[k] == 0x7BC7 ? k + 1 : 0;
}

static bool meaningful_space(const uint32_t *cp, size_t from, size_t to, size_t i, size_t j)
{
    /* the space between a row's label and its unit (镇 个 20113): kept, or
     * the unit would read as the label's last character */
    size_t u;
    if (bl_p_is_unit_value_row(cp + from, to - from, &u) && from + u == j)
        return true;
    size_t a = i, read = 0;
    for (;;) {
        while (a > from && bl_is_han(cp[a - 1]))
            a--;
        /* a post with a converter's reading in it, perhaps a space after
         * the reading (區(qū) 長 王勤光): the reading is no word's end */
        size_t e = a;
        if (e < i && e > from + 1 && bl_p_is_space(cp[e - 1])
            && (cp[e - 2] == ')' || cp[e - 2] == 0xFF09))
            e--;
        if (e <= from + 2 || (cp[e - 1] != ')' && cp[e - 1] != 0xFF09))
            break;
        size_t o = e - 2;
        while (o > from && o + 8 > e && cp[o] != '(' && cp[o] != 0xFF08)
            o--;
        if (o == from || !bl_is_han(cp[o - 1]) || bl_p_reading_at(cp, to, o) != e - o)
            break;
        read += a - o;
        a = o;
    }
    size_t b = j;
    while (b < to && bl_is_han(cp[b]))
        b++;
    size_t lenl = i - a - read, lenr = b - j;
    /* a collection's part head, words then 第N篇 ending the line
     * (请求批复的范文 第2篇): the number set apart */
    if (lenl >= 2 && bl_p_piece_number_at(cp, j, to) == to)
        return true;
    /* a post of two Han spaced out at the line's start, then the name
     * (市 长 袁宝成): the post is one word of two */
    if (lenl == 1 && read == 0 && a == from + 2 && cp[from + 1] == ' ' && bl_is_han(cp[from]))
        lenl = 2;
    /* and the space inside that post is kept as found (convention decided
     * by the lead, 2026-12-06): 市　长　袁宝成 */
    if (lenl == 1 && lenr == 1 && read == 0 && a == from && i == from + 1 && b < to && bl_p_is_space(cp[b])) {
        size_t k = b;
        while (k < to && bl_p_is_space(cp[k]))
            k++;
        size_t e = k;
        while (e < to && bl_is_han(cp[e]))
            e++;
        if (e == to && e - k >= 2 && e - k <= 4)
            return true;
    }
    if (lenl < 2 || lenr < 2)
        return false;
    /* the same words twice (a picture's name, then its caption) */
    if (lenl == lenr && read == 0 && memcmp(cp + a, cp + j, lenl * sizeof *cp) == 0)
        return true;
    /* the right phrase ends the line, a run of spaces or a bracket:
     * （新數據 新看點） */
    bool right_end = b == to || bl_p_is_space(cp[b]) || cp[b] == ')' || cp[b] == 0xFF09;
    if (lenr <= 4 && right_end)
        return true;
    /* before a field's label: 来源：岳阳市政府门户网 日期：2017-01-12 */
    if (lenr <= 6 && b < to && (cp[b] == ':' || cp[b] == 0xFF1A))
        return true;
    if (bl_p_org_suffix(cp + a, i - a) && !(cp[j] == 0x5173 && cp[j + 1] == 0x4E8E) /* 关于 */
        && lenl <= 12)
        return true;
    return false;
}

/* A byline's name just before index i: two to four Han after a space
 * that follows 记者 or 通讯员 (特約記者 廖志良 3月1日至…): a space after it
 * keeps the name off the figure that follows. */
static bool byline_name_before(const uint32_t *cp, size_t from, size_t i)
{
    static const uint32_t tails[][3] = {{0x8BB0, 0x8005, 0}, {0x8A18, 0x8005, 0},
                                        {0x901A, 0x8BAF, 0x5458}, {0x901A, 0x8A0A, 0x54E1}};
    size_t a = i;
    while (a > from && i - a <= 4 && bl_is_han(cp[a - 1]))
        a--;
    if (i - a < 2 || i - a > 4 || a == from || !bl_p_is_space(cp[a - 1]))
        return false;
    size_t e = a - 1;
    while (e > from && bl_p_is_space(cp[e - 1]))
        e--;
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++) {
        size_t n = tails[k][2] ? 3 : 2;
        if (e >= from + n && cp[e - n] == tails[k][0] && cp[e - n + 1] == tails[k][1]
            && (n == 2 || cp[e - 1] == tails[k][2]))
            return true;
    }
    return false;
}

/* A page's field label at cp[j..to): two to four Han, then a colon
 * (浏览：9863, 来源：法律资料网). */
static bool field_label_at(const uint32_t *cp, size_t j, size_t to)
{
    size_t b = j, han = 0;
    /* a converter's readings after its characters: 來(lái)源： */
    while (b < to && han <= 4 && bl_is_han(cp[b])) {
        b++;
        han++;
        if (b < to && (cp[b] == '(' || cp[b] == 0xFF08))
            b += bl_p_reading_at(cp, to, b);
    }
    return han >= 2 && han <= 4 && b < to && (cp[b] == ':' || cp[b] == 0xFF1A);
}

/* An empty field just before the spaces at cp[i]: a name of two to four
 * Han (a converter's readings allowed) and its colon, at the line's start
 * or after a space (作者:, 責任編輯:). */
static bool empty_field_before(const uint32_t *cp, size_t from, size_t i)
{
    if (i < from + 3 || (cp[i - 1] != ':' && cp[i - 1] != 0xFF1A))
        return false;
    size_t a = i - 1;
    while (a > from && !bl_p_is_space(cp[a - 1]) && cp[a - 1] != 0x3000 && i - a <= 24)
        a--;
    return (a == from || bl_p_is_space(cp[a - 1]) || cp[a - 1] == 0x3000) && field_label_at(cp, a, i);
}

/* A number label at the start of cp[from..to): 2-3, 1.1, 4- 3 (a space
 * after its mark), 表5-2, 表1, 图1, 圖1 (圖1 一季度…: without its space it
 * would read 圖1一), an article 第一条 or chapter 第二章 of a regulation;
 * the index where it ends when a space and a
 * Chinese character follow it, else 0. */
static size_t number_label(const uint32_t *cp, size_t from, size_t to)
{
    size_t i = from;
    bool prefix = false, mark = false;
    /* an article or chapter of a regulation: 第一条 为加强…, 第二章 总则 */
    if (i + 2 < to && cp[i] == 0x7B2C) { /* 第 */
        size_t j = bl_p_han_numerals_end(cp, i + 1, to, 8);
        if (j > i + 1 && j < to && (cp[j] == 0x6761 || cp[j] == 0x7AE0 || cp[j] == 0x8282)) { /* 条 章 节 */
            j++;
            size_t k = bl_p_skip_spaces(cp, to, j);
            return k > j && k < to && bl_is_han(cp[k]) ? j : 0;
        }
        /* a report's part: 第二部分 2022年度单位决算情况说明, 第一部分 报告 */
        if (j > i + 1 && j + 1 < to && cp[j] == 0x90E8 && cp[j + 1] == 0x5206) { /* 部分 */
            j += 2;
            size_t k = bl_p_skip_spaces(cp, to, j);
            return k > j && k < to && (bl_is_han(cp[k]) || bl_p_is_digit(cp[k])) ? j : 0;
        }
        return 0;
    }
    if (i < to && (cp[i] == 0x8868 || cp[i] == 0x56FE || cp[i] == 0x5716)) /* 表 图 圖 */
        i++, prefix = true;
    else if (i + 1 < to && cp[i] == 0x9644 && cp[i + 1] == 0x8868) /* 附表 */
        i += 2, prefix = true;
    if (prefix) /* 图 1 2019--2023 年…: a PDF's copy set the number apart */
        i = bl_p_skip_spaces(cp, to, i);
    size_t d = i;
    while (i < to && bl_p_is_digit(cp[i]))
        i++;
    /* a table's number in Han numerals: 表一 单位:公顷、吨, 图二 … */
    if (i == d && prefix) {
        i = bl_p_han_numerals_end(cp, d, to, 3);
        size_t k = bl_p_skip_spaces(cp, to, i);
        return i > d && k > i && k < to && bl_is_han(cp[k]) ? i : 0;
    }
    if (i == d)
        return 0;
    while (i < to && (cp[i] == '-' || cp[i] == '.' || cp[i] == 0xFF0D)) {
        size_t j = bl_p_skip_spaces(cp, to, i + 1), e = j;
        while (e < to && bl_p_is_digit(cp[e]))
            e++;
        if (e == j)
            break;
        i = e;
        mark = true;
    }
    size_t k = bl_p_skip_spaces(cp, to, i);
    /* a plan's numbered part on its own line (2 组织指挥体系及职责, 8  附则):
     * without its space it would read 2组 */
    if (!mark && !prefix && k > i && bl_p_is_part_line(cp + from, to - from))
        return i;
    if ((!mark && !prefix) || k == i || k >= to || !bl_is_han(cp[k]))
        return 0;
    return i;
}

/* Whether cp[from..to) is a chapter or section line 第…章 / 第…节 (its
 * label ending at label_end) whose name of 2 to 4 Chinese characters is
 * spaced out, a space between each two (第一章 总 则, 第一章  總  則). */
static bool spaced_chapter(const uint32_t *cp, size_t from, size_t to, size_t label_end)
{
    if (!label_end || cp[from] != 0x7B2C || (cp[label_end - 1] != 0x7AE0 && cp[label_end - 1] != 0x8282))
        return false;
    size_t han = 0;
    for (size_t i = label_end; i < to;) {
        size_t j = i;
        while (j < to && bl_p_is_space(cp[j]))
            j++;
        if (j == i || j >= to || !bl_is_han(cp[j]))
            return false;
        han++;
        i = j + 1;
    }
    return han >= 2 && han <= 4;
}

/* UTF-8 of one code point at out, as bl_utf8_encode writes it, the one-
 * and three-byte forms (Chinese text: nearly every character) inline. */
static inline size_t encode_cp(uint32_t c, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (c < 0x80) {
        o[0] = (unsigned char)c;
        return 1;
    }
    if (c >= 0x800 && c < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (c >> 12));
        o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (c & 0x3F));
        return 3;
    }
    return (size_t)bl_utf8_encode(c, out);
}

/* bl_buf_put_cp, inline while the buffer has room (the same check) */
static inline bulletin_status put_cp(bl_buf *b, uint32_t c)
{
    if (b->cap - b->len < 5)
        return bl_buf_put_cp(b, c);
    b->len += encode_cp(c, b->data + b->len);
    b->data[b->len] = '\0';
    return BULLETIN_OK;
}

/* Normalises cp[from..to) of p->cur into p->out (UTF-8), p->colmap and
 * p->linemap, following README.md "Normalisation".  Leading and trailing
 * white space is always trimmed. */
/* A space between two clauses of a headline, cp[i, j) on one line of a
 * title (即時看!2021年衛生健康事業發展統計公報發布 居民人均預期壽命提至78.2歲):
 * Han on both sides, four characters at least each side up to the line's
 * ends or the next spaces, outside brackets, quotes and book titles, and
 * no 关于 after it (an issuer before its 关于…的通知). */
/* The end of a unit statement's colon opening cp[from, to) (单位：万元,
 * 單位:億元, 计量单位：件, 金額單位：萬元: at most four Han characters,
 * 单位 or 單位, a colon, its spaces), or 0. */
static size_t unit_statement_at(const uint32_t *cp, size_t from, size_t to)
{
    for (size_t k = from; k + 2 < to && k <= from + 4; k++) {
        if ((cp[k] == 0x5355 || cp[k] == 0x55AE) && cp[k + 1] == 0x4F4D) { /* 单位 單位 */
            if (cp[k + 2] != 0xFF1A && cp[k + 2] != ':')
                return 0;
            return bl_p_skip_spaces(cp, to, k + 3);
        }
        if (!bl_is_han(cp[k]))
            return 0;
    }
    return 0;
}

/* Whether the spaces cp[i, j) follow a unit statement's unit and set the
 * table's period apart (单位：万元 2023年1-6月, | 單位：萬元 | | 2023年1-6月 |
 * unbarred): kept as one space, or the period would read as the unit
 * (万元2023年1-6月).  The unit is one word right after the colon; a digit
 * follows the spaces. */
static bool unit_period_space(const uint32_t *cp, size_t from, size_t to, size_t i, size_t j)
{
    size_t u = unit_statement_at(cp, from, to);
    if (!u || u >= i || i - u > 8 || j >= to || !bl_p_is_digit(cp[j]))
        return false;
    for (size_t k = u; k < i; k++)
        if (bl_p_is_space(cp[k]) || cp[k] == 0xFF0C || cp[k] == 0x3001 || cp[k] == ',' || cp[k] == 0xFF1B)
            return false;
    return bl_is_han(cp[i - 1]) || cp[i - 1] == '%' || cp[i - 1] == 0xFF05;
}

/* In a title's line, the space at cp[i..j) before its last clause of
 * four Han ending the line (香港卫视记者亮相全国人大首场新闻发布会 引起轰动),
 * after a run of 8 Han or more that is no body's name of 12 at most and
 * ends in no post's word (a post or a body then a name, 新疆维吾尔自治区
 * 审计厅厅长 阿依古丽, keeps its ideographic space). */
static bool last_clause_of_four(const uint32_t *cp, size_t from, size_t to, size_t i, size_t j)
{
    size_t e = j;
    while (e < to && bl_is_han(cp[e]))
        e++;
    if (e != to || e - j != 4)
        return false;
    size_t a = i;
    while (a > from && bl_is_han(cp[a - 1]))
        a--;
    if (i - a < 8)
        return false;
    static const uint32_t post[] = {0x957F, 0x9577, 0x4EFB, 0x8BB0, 0x8A18, 0x5E2D, 0x5E08, 0x5E2B,
                                    0x7406, 0x5458, 0x54E1, 0x4EBA, 0x8005, 0x5B98};
    /* 长 長 任 记 記 席 师 師 理 员 員 人 者 官: a post's last word */
    for (size_t w = 0; w < sizeof post / sizeof *post; w++)
        if (cp[i - 1] == post[w])
            return false;
    return i - a > 12 || !bl_p_org_suffix(cp + a, i - a);
}

static bool clause_space(const uint32_t *cp, size_t from, size_t to, size_t i, size_t j)
{
    if (i == from || j >= to || !bl_is_han(cp[i - 1]) || !bl_is_han(cp[j]))
        return false;
    int depth = 0;
    for (size_t k = from; k < i; k++) {
        uint32_t c = cp[k];
        if (c == '(' || c == 0xFF08 || c == 0x300A || c == 0x201C || c == '[' || c == 0x3010 || c == 0x300C)
            depth++;
        else if ((c == ')' || c == 0xFF09 || c == 0x300B || c == 0x201D || c == ']' || c == 0x3011
                  || c == 0x300D) && depth > 0)
            depth--;
    }
    if (depth)
        return false;
    if ((cp[j] == 0x5173 || cp[j] == 0x95DC) && j + 1 < to && (cp[j + 1] == 0x4E8E || cp[j + 1] == 0x65BC))
        /* 关于 關於 */
        return false;
    size_t l = i, r = j;
    while (l > from && !bl_p_is_space(cp[l - 1]))
        l--;
    while (r < to && !bl_p_is_space(cp[r]))
        r++;
    return i - l >= 4 && r - j >= 4;
}

/* The colon at cp[i] closes a caption's number at the text's start (表1:,
 * 图2:, 圖3:, 附表1:, 表2-1:, 表1.2:): the label's colon, full-width even
 * before a digit (表1:2024年… -> 表1：2024年…), not a ratio's or a time's. */
static bool caption_number_colon(const uint32_t *cp, size_t from, size_t i)
{
    size_t a = i, digits = 0;
    while (a > from && (bl_p_is_digit(cp[a - 1]) || cp[a - 1] == '-' || cp[a - 1] == '.' || cp[a - 1] == 0xFF0D)) {
        digits += bl_p_is_digit(cp[a - 1]) ? 1 : 0;
        a--;
    }
    if (!digits || a == from || !bl_p_is_digit(cp[a]) || !bl_p_is_digit(cp[i - 1]) || i - a > 6)
        return false;
    uint32_t k = cp[a - 1];
    if (k != 0x8868 && k != 0x56FE && k != 0x5716) /* 表 图 圖 */
        return false;
    a--;
    if (a > from && cp[a - 1] == 0x9644) /* 附 */
        a--;
    return a == from;
}

static bulletin_status normalise(parser *p, size_t from, size_t to, size_t *ncols)
{
    const uint32_t *cp = p->cur.cp;
    const int *col = p->cur.col;
    const int *ln = p->cur.ln;
    bool keep = (p->options & BULLETIN_OPT_KEEP_PUNCTUATION) != 0;
    bulletin_status status = BULLETIN_OK;

    while (from < to && bl_p_is_space(cp[from]))
        from++;
    while (to > from && bl_p_is_space(cp[to - 1]))
        to--;

    size_t need = to - from + 1;
    if (need > p->colmap_cap) {
        int *m = bl_realloc_array(p->mem, p->colmap, need, sizeof *m);
        if (!m)
            return BULLETIN_ERR_NOMEM;
        p->colmap = m;
        int *l = bl_realloc_array(p->mem, p->linemap, need, sizeof *l);
        if (!l)
            return BULLETIN_ERR_NOMEM;
        p->linemap = l;
        p->colmap_cap = need;
    }
    p->out.len = 0;
    if (p->out.data)
        p->out.data[0] = '\0';

    /* Paired parentheses: convert both when either touches Chinese.  The
     * pairs are found with a small stack; unmatched ones decide alone. */
    enum { MAXDEPTH = 64 };
    size_t stack[MAXDEPTH];
    int depth = 0;
    /* First pass: decide per character whether it becomes full-width. */
    unsigned char *conv = NULL;
    /* the marks that may become full-width (fullwidth_of), in order: the
     * only places conv is set, so the passes below visit them alone */
    size_t *marks = NULL, nmarks = 0;
    if (!keep) {
        conv = bl_alloc(p->mem, to - from + 1);
        if (!conv)
            return BULLETIN_ERR_NOMEM;
        for (size_t i = from; i < to; i++) {
            uint32_t c = cp[i];
            if (!fullwidth_of(c))
                continue;
            if (!marks) {
                marks = bl_calloc(p->mem, to - i, sizeof *marks);
                if (!marks) {
                    bl_free(p->mem, conv);
                    return BULLETIN_ERR_NOMEM;
                }
            }
            marks[nmarks++] = i;
            uint32_t a = prev_nonspace(cp + from, i - from);
            uint32_t b = next_nonspace(cp, to, i);
            bool numeric = bl_p_is_digit(a) && bl_p_is_digit(b) && (c == ',' || c == ':')
                        && i > from && i + 1 < to && bl_p_is_digit(cp[i - 1])
                        && bl_p_is_digit(cp[i + 1]);
            /* "Touches": a Chinese character right next to it, or on both
             * sides across spaces ("湖北 , 发布"). */
            uint32_t ia = i > from ? cp[i - 1] : 0, ib = i + 1 < to ? cp[i + 1] : 0;
            bool touch = bl_p_is_cjk(ia) || bl_p_is_cjk(ib) || (bl_p_is_cjk(a) && bl_p_is_cjk(b));
            /* a colon closing the text after Chinese across spaces
             * (****民政局 :): the Chinese colon, its spaces dropped */
            touch |= c == ':' && i + 1 == to && bl_p_is_cjk(a);
            if (numeric && c == ':' && caption_number_colon(cp, from, i))
                numeric = false, touch = true;
            conv[i - from] = (unsigned char)((touch && !numeric) ? 1 : numeric ? 2 : 0);
            /* 27088.1億m?, 425m?: the superscript of m³ or m² that a page
             * lost to '?' after a number's m, km or hm (its scale 万 亿
             * 萬 億 between) is the unit's, no question mark */
            if (c == '?' && i >= from + 2 && cp[i - 1] == 'm') {
                uint32_t u = cp[i - 2] == 'k' || cp[i - 2] == 'h' ? (i >= from + 3 ? cp[i - 3] : 0) : cp[i - 2];
                if (bl_p_is_digit(u) || u == 0x4E07 || u == 0x4EBF || u == 0x842C || u == 0x5104)
                    conv[i - from] = 2;
            }
            if (c == '(') {
                if (depth < MAXDEPTH)
                    stack[depth] = i;
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth < MAXDEPTH) {
                    size_t o = stack[depth] - from;
                    unsigned char both = (conv[o] == 1 || conv[i - from] == 1) ? 1 : 0;
                    if (!both && han_before_symbols(cp, from, from + o, i))
                        both = 1; /* 比上年增长 (%) -> 比上年增长（%） */
                    if (conv[o] != 2)
                        conv[o] = both;
                    if (conv[i - from] != 2)
                        conv[i - from] = both;
                }
            }
        }
        /* A mark next to a converted one follows it: "）:" at the end of
         * a line becomes "）：" (nothing to follow when none was). */
        bool converted = to > from && memchr(conv, 1, to - from) != NULL;
        for (int pass = 0; pass < 2 && converted; pass++) {
            for (size_t t = 0; t < nmarks; t++) {
                size_t i = pass == 0 ? marks[t] : marks[nmarks - 1 - t];
                if (conv[i - from])
                    continue;
                if ((i > from && conv[i - 1 - from] == 1 && cp[i - 1] != '(')
                    || (i + 1 < to && conv[i + 1 - from] == 1 && cp[i + 1] != ')'
                        && cp[i] != '('))
                    conv[i - from] = 1;
            }
        }
        for (size_t t = 0; t < nmarks; t++)
            if (conv[marks[t] - from] == 2)
                conv[marks[t] - from] = 0;
        bl_free(p->mem, marks);
    }

    size_t k = 0;
    uint32_t last = 0; /* the last character written */
    size_t label_end = number_label(cp, from, to);
    bool spaced = spaced_chapter(cp, from, to, label_end);
    for (size_t i = from; i < to; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_invisible(c))
            continue; /* not drawn, not searched: the source text keeps it */
        if (bl_p_is_space(c)) {
            /* A run of spaces (never at the ends: they were trimmed).  Keep
             * one space next to a Latin word or ASCII punctuation; drop the
             * run between Chinese characters and between Chinese and
             * digits, unless it separates two names or two bodies (then
             * U+3000). */
            size_t j = i;
            while (j < to && bl_p_is_space(cp[j]))
                j++;
            uint32_t b = cp[j];
            if (conv && conv[j - from])
                b = fullwidth_of(b);
            bool ascii_a = last < 0x80 && !bl_p_is_digit(last);
            bool ascii_b = b < 0x80 && !bl_p_is_digit(b);
            bool percent = bl_p_is_digit(last) && (b == '%' || b == 0xFF05 || b == 0x2030);
            bool drop = !keep
                     && (percent || bl_is_cjk_punct(last) || bl_is_cjk_punct(b)
                         || (!ascii_a && !ascii_b && !is_latin(last) && !is_latin(b)
                             && (bl_p_is_cjk(last) || bl_p_is_cjk(b))));
            /* a number label at the start keeps its space (2-3 总产出, 1.1
             * 编制目的, 表5-2 各地区…), and has none inside (4- 3 -> 4-3) */
            if (!keep && i < label_end) {
                i = j - 1;
                continue;
            }
            if (!keep && i == label_end)
                drop = false;
            /* a chapter's name spaced out (第一章 总 则): set apart as the
             * typesetter did, each space one ideographic space */
            if (!keep && spaced && i >= label_end) {
                drop = false;
                BL_CHECK(put_cp(&p->out, 0x3000));
                p->linemap[k] = ln[i];
                p->colmap[k++] = col[i];
                last = ' ';
                i = j - 1;
                continue;
            }
            /* an ideographic space between two lines' words joined into one
             * table cell (杭州 / 市本级) stays one: nothing else puts a space
             * where the line changes */
            bool joined = false;
            for (size_t t = i; t < j && !joined; t++)
                joined = cp[t] == 0x3000 && ln[i - 1] != ln[j];
            bool ideo = !keep && drop && bl_is_han(last) && bl_is_han(b)
                     && ((ln[i - 1] == ln[j] && meaningful_space(cp, from, to, i, j)) || joined);
            /* a page's line of fields, the space after a field's number
             * (时间：2024-07-22 07:20:29  浏览：9863   来源：…): kept, or the
             * next label would read as the number's unit (9863来); one
             * space only before a page's own label (09:31 来源：), not
             * before words (2024 年目标：) */
            if (!keep && drop && bl_p_is_digit(last) && ln[i - 1] == ln[j] && field_label_at(cp, j, to)
                && (j - i >= 2 || bl_p_is_meta_line(cp + j, to - j)))
                ideo = true;
            /* an empty field (作者:  責任編輯: 王振紅): its colon and the
             * next field's name kept apart, as written */
            if (!keep && drop && !ideo && ln[i - 1] == ln[j] && empty_field_before(cp, from, i)
                && field_label_at(cp, j, to))
                ideo = true;
            /* a byline's name before the lead's first date (特約記者 廖志良
             * 3月1日至…): kept apart, or the name reads into the figure */
            if (!keep && drop && bl_is_han(last) && bl_p_is_digit(b) && ln[i - 1] == ln[j]
                && byline_name_before(cp, from, i))
                ideo = true;
            /* a headline's two clauses on one line of the title: one space
             * between them, as written (convention decided by the lead,
             * 2026-12-06); a title joined from wrapped lines gets none */
            bool clause = !keep && drop && !ideo && p->title_clauses && ln[i - 1] == ln[j]
                       && clause_space(cp, from, to, i, j);
            /* …首场新闻发布会 引起轰动: a headline's last clause of four Han
             * after a long clause is no name after a post */
            if (!keep && drop && ideo && p->title_clauses && ln[i - 1] == ln[j]
                && clause_space(cp, from, to, i, j) && last_clause_of_four(cp, from, to, i, j))
                ideo = false, clause = true;
            if (clause)
                drop = false;
            if (!keep && drop && !ideo && ln[i - 1] == ln[j] && unit_period_space(cp, from, to, i, j))
                drop = false;
            if (keep) {
                for (size_t t = i; t < j; t++) {
                    if (cp[t] == 0xFEFF)
                        continue;
                    BL_CHECK(put_cp(&p->out, cp[t]));
                    p->linemap[k] = ln[t];
                    p->colmap[k++] = col[t];
                }
            } else if (ideo) {
                BL_CHECK(put_cp(&p->out, 0x3000));
                p->linemap[k] = ln[i];
                p->colmap[k++] = col[i];
            } else if (!drop) {
                BL_CHECK(bl_buf_putc(&p->out, ' '));
                p->linemap[k] = ln[i];
                p->colmap[k++] = col[i];
            }
            last = ' ';
            i = j - 1;
            continue;
        }
        if (conv && conv[i - from])
            c = fullwidth_of(c);
        BL_CHECK(put_cp(&p->out, c));
        p->linemap[k] = ln[i];
        p->colmap[k++] = col[i];
        last = c;
    }
    if (to > from) {
        p->colmap[k] = col[to - 1] + 1;
        p->linemap[k] = ln[to - 1];
    } else {
        p->colmap[k] = from < p->cur.n ? col[from] : 1;
        p->linemap[k] = from < p->cur.n ? ln[from] : p->line;
    }
    if (!p->out.data)
        BL_CHECK(bl_buf_reserve(&p->out, 0));
    *ncols = k;
cleanup:
    bl_free(p->mem, conv);
    return status;
}

bulletin_status bl_p_set_text(parser *p, bulletin_node *node, size_t from, size_t to)
{
    bulletin_status status;
    size_t ncols = 0;
    status = normalise(p, from, to, &ncols);
    if (status != BULLETIN_OK)
        return status;
    /* Trimmed source range, for the source text. */
    while (from < to && bl_p_is_space(p->cur.cp[from]))
        from++;
    while (to > from && bl_p_is_space(p->cur.cp[to - 1]))
        to--;
    /* Exactly its size: a growing buffer would keep 64 bytes or more for
     * each of a document's many short paragraphs. */
    size_t n = 0;
    for (size_t i = from; i < to; i++) {
        uint32_t c = p->cur.cp[i];
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    char *source = p->mem->calloc(n + 1, 1);
    if (!source)
        return BULLETIN_ERR_NOMEM;
    size_t w = 0;
    for (size_t i = from; i < to; i++)
        w += encode_cp(p->cur.cp[i], source + w);
    source[w] = '\0';
    node->source_len = w;
    node->source = source;
    node->len = p->out.len;
    node->text = bl_strndup(p->mem, p->out.data ? p->out.data : "", p->out.len);
    if (!node->text)
        return BULLETIN_ERR_NOMEM;
    node->colmap = bl_calloc(p->mem, ncols + 1, sizeof *node->colmap);
    if (!node->colmap)
        return BULLETIN_ERR_NOMEM;
    memcpy(node->colmap, p->colmap, (ncols + 1) * sizeof *node->colmap);
    node->ncols = ncols;
    bool lines = false;
    for (size_t i = 1; i <= ncols && !lines; i++)
        lines = p->linemap[i] != p->linemap[0];
    if (lines) {
        node->linemap = bl_calloc(p->mem, ncols + 1, sizeof *node->linemap);
        if (!node->linemap)
            return BULLETIN_ERR_NOMEM;
        memcpy(node->linemap, p->linemap, (ncols + 1) * sizeof *node->linemap);
    }
    size_t at = from < to ? from : from < p->cur.n ? from : 0;
    node->line = p->cur.n ? p->cur.ln[at] : p->line;
    node->column = from < to ? p->cur.col[from] : (from < p->cur.n ? p->cur.col[from] : 1);
    return BULLETIN_OK;
}

bulletin_status bl_p_set_plain_text(parser *p, bulletin_node *node, const char *s, int line,
                                    int column)
{
    node->len = node->source_len = strlen(s);
    node->text = bl_strndup(p->mem, s, node->len);
    if (!node->text)
        return BULLETIN_ERR_NOMEM;
    node->source = bl_strndup(p->mem, s, node->len);
    if (!node->source)
        return BULLETIN_ERR_NOMEM;
    node->line = line;
    node->column = column;
    return BULLETIN_OK;
}

/* ========================================================================
 * Headings
 * ====================================================================== */

static int han_digit(uint32_t c)
{
    switch (c) {
    case 0x4E00: return 1; /* 一 */
    case 0x4E8C: return 2; /* 二 */
    case 0x4E09: return 3; /* 三 */
    case 0x56DB: return 4; /* 四 */
    case 0x4E94: return 5; /* 五 */
    case 0x516D: return 6; /* 六 */
    case 0x4E03: return 7; /* 七 */
    case 0x516B: return 8; /* 八 */
    case 0x4E5D: return 9; /* 九 */
    case 0x5341: return 10; /* 十 */
    default: return 0;
    }
}

/* Parses a Chinese numeral 一..九十九 at cp[i..); returns its value and
 * stores the end index, or returns 0 when there is none. */
static int parse_han_number(const uint32_t *cp, size_t n, size_t i, size_t *end)
{
    int d[3];
    size_t k = 0;
    while (i + k < n && k < 3 && han_digit(cp[i + k]))
        d[k] = han_digit(cp[i + k]), k++;
    if (k == 0 || (i + k < n && han_digit(cp[i + k])))
        return 0;
    int v = 0;
    if (k == 1)
        v = d[0];                                           /* 一 .. 十 */
    else if (k == 2 && d[0] == 10 && d[1] < 10)
        v = 10 + d[1];                                      /* 十一 .. 十九 */
    else if (k == 2 && d[0] >= 2 && d[0] < 10 && d[1] == 10)
        v = d[0] * 10;                                      /* 二十 .. 九十 */
    else if (k == 3 && d[0] >= 2 && d[0] < 10 && d[1] == 10 && d[2] < 10)
        v = d[0] * 10 + d[2];                               /* 二十一 .. 九十九 */
    if (v)
        *end = i + k;
    return v;
}

static int parse_arabic_number(const uint32_t *cp, size_t n, size_t i, size_t *end)
{
    int v = 0;
    size_t k = 0;
    while (i + k < n && bl_p_is_digit(cp[i + k]) && k < 3)
        v = v * 10 + (int)(cp[i + k] - '0'), k++;
    if (k == 0 || k > 2 || v == 0)
        return 0;
    *end = i + k;
    return v;
}

/* Recognises a heading at cp[i..), per README.md "Headings". */
bool bl_p_match_heading(const uint32_t *cp, size_t n, size_t i, heading_match *h)
{
    size_t e = 0;
    int v;
    h->num_from = i;
    if ((v = parse_han_number(cp, n, i, &e)) != 0) {
        size_t j = bl_p_skip_spaces(cp, n, e);
        if (j < n && cp[j] == 0x3001) { /* 、 */
            h->level = 1, h->number = v, h->num_to = j + 1;
            h->text_from = j + 1;
            return true;
        }
        return false;
    }
    if (i < n && (cp[i] == 0xFF08 || cp[i] == '(')) { /* （ or ( */
        size_t j = bl_p_skip_spaces(cp, n, i + 1);
        int level = 0;
        if ((v = parse_han_number(cp, n, j, &e)) != 0)
            level = 2;
        else if ((v = parse_arabic_number(cp, n, j, &e)) != 0)
            level = 4;
        if (!level)
            return false;
        j = bl_p_skip_spaces(cp, n, e);
        if (j < n && (cp[j] == 0xFF09 || cp[j] == ')')) {
            h->level = level, h->number = v, h->num_to = j + 1;
            h->text_from = j + 1;
            return true;
        }
        return false;
    }
    if ((v = parse_arabic_number(cp, n, i, &e)) != 0) {
        /* 1、2月 (1、2、3月, 11、12月): consecutive months listed, January
         * and February, no list number */
        if (v <= 12 && e < n && cp[e] == 0x3001) {
            size_t k = e;
            int prev = v;
            while (k < n && cp[k] == 0x3001) {
                size_t d = k + 1, m = 0;
                int w = 0;
                while (d < n && bl_p_is_digit(cp[d]) && m < 3)
                    w = w * 10 + (int)(cp[d] - '0'), d++, m++;
                if (m == 0 || m > 2 || w != prev + 1 || w > 12)
                    break;
                prev = w;
                k = d;
            }
            /* 1、2月，/ 1、2月份，(a period opening its sentence; 2、3月底前
             * may be item 2) */
            if (k > e && k < n && cp[k] == 0x6708) { /* 月 */
                size_t c = k + 1 < n && cp[k + 1] == 0x4EFD ? k + 2 : k + 1; /* 份 */
                if (c < n && (cp[c] == 0xFF0C || cp[c] == ',' || cp[c] == 0x3001 || bl_p_is_space(cp[c])))
                    return false;
            }
        }
        /* 1)个别单位对评选活动重视不够，… (notice-liaocheng): an item with a
         * half parenthesis, as （1）, before words only */
        if (e + 1 < n && (cp[e] == ')' || cp[e] == 0xFF09) && bl_is_han(cp[e + 1])) {
            h->level = 4, h->number = v, h->num_to = e + 1;
            h->text_from = e + 1;
            return true;
        }
        /* "1." or "1、" or "1．", but not "1.5" */
        if (e < n && (cp[e] == 0x3001 || cp[e] == 0xFF0E
                      || (cp[e] == '.' && !(e + 1 < n && bl_p_is_digit(cp[e + 1]))))) {
            h->level = 3, h->number = v, h->num_to = e + 1;
            h->text_from = e + 1;
            return true;
        }
    }
    return false;
}

/* Normalised numbering text for a heading: 一、 （一） 1. （1） */
bulletin_status bl_p_numbering_text(parser *p, const heading_match *h, char **out)
{
    bl_buf b;
    bl_buf_init(&b, p->mem);
    bulletin_status status = BULLETIN_OK;
    const uint32_t *cp = p->cur.cp;
    for (size_t i = h->num_from; i < h->num_to; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_space(c))
            continue;
        if (!(p->options & BULLETIN_OPT_KEEP_PUNCTUATION)) {
            if (c == '(')
                c = 0xFF08;
            else if (c == ')')
                c = 0xFF09;
            else if (c == 0xFF0E)
                c = '.';
        }
        BL_CHECK(bl_buf_put_cp(&b, c));
    }
    *out = bl_buf_detach(&b);
    if (!*out)
        status = BULLETIN_ERR_NOMEM;
cleanup:
    bl_buf_free(&b);
    return status;
}


/* ========================================================================
 * Classification (pass 1)
 * ====================================================================== */

/* A markdown table's separator row: | --- | :--: | (dashes, bars, colons). */
bool bl_p_is_table_rule(const uint32_t *cp, size_t n)
{
    bool dash = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cp[i];
        if (c == '-' || c == 0x2014 || c == 0xFF0D || c == 0x2500 || c == 0x2501 || c == 0x2550)
            dash = true; /* (─ ━ ═: a box-drawn table's rule) */
        else if (!bl_p_is_col_bar(c) && c != ':' && c != '+' && !bl_p_is_space(c) && !(c >= 0x2500 && c <= 0x257F))
            return false;
    }
    return dash;
}

/* Separators of a table row written without its outer bars or with tabs:
 * the number of '|' between text, and of tab runs between text. */
static void count_separators(const uint32_t *cp, size_t n, unsigned *pipes, unsigned *tabs)
{
    *pipes = *tabs = 0;
    for (size_t i = 0; i < n; i++) {
        if (bl_p_is_col_bar(cp[i]))
            (*pipes)++;
        else if (cp[i] == '\t' && i > 0 && i + 1 < n && cp[i - 1] != '\t')
            (*tabs)++;
    }
}

static size_t utf8_len(uint32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

/* The cells of a '|' row that hold text: their number, the first one's
 * start, its end (to1) and the last one's end.  A markdown image (![]())
 * is no text. */
typedef struct {
    size_t n, from, to1, to;
} row_cells;

static void read_row_cells(const uint32_t *cp, size_t n, row_cells *rc)
{
    memset(rc, 0, sizeof *rc);
    for (size_t k = 0; k < n;) {
        size_t e = k;
        while (e < n && !bl_p_is_col_bar(cp[e]))
            e++;
        size_t a = bl_p_skip_spaces(cp, e, k), b = e;
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
        bool image = b - a >= 4 && cp[a] == '!' && cp[a + 1] == '[' && cp[b - 1] == ')';
        if (b > a && !image) {
            if (!rc->n)
                rc->from = a, rc->to1 = b;
            rc->n++;
            rc->to = b;
        }
        k = e + 1;
    }
}

/* Whether the one-cell row j (its cell c[0..n)) is the first of a table's
 * group rows: a later one-cell row of the same table opens with the same
 * three characters or more (第二十条第(一)项 |, then 第二十条第(五)项 |
 * under its own header).  p->cur is overwritten. */
static bulletin_status group_row(parser *p, size_t j, const uint32_t *c, size_t n, bool *group)
{
    uint32_t head[3];
    *group = false;
    if (n < 4)
        return BULLETIN_OK;
    memcpy(head, c, sizeof head);
    bool other = false; /* a row of more cells between */
    for (size_t k = j + 1; k < p->nlines && p->lines[k].kind == LK_TABLE && !p->lines[k].shape; k++) {
        bulletin_status st = bl_p_decode_line(p, k);
        if (st != BULLETIN_OK)
            return st;
        row_cells rc;
        read_row_cells(p->cur.cp, p->cur.n, &rc);
        if (rc.n > 1) {
            other = true;
            continue;
        }
        if (other && rc.n == 1 && rc.to - rc.from >= 4 && !memcmp(p->cur.cp + rc.from, head, sizeof head)) {
            *group = true;
            break;
        }
    }
    return BULLETIN_OK;
}

/* A chart's or a table's caption whose number a PDF's copy set apart
 * with spaces, or wrote in Han numerals (图 1 2019--2023 年地区生产总值
 * 及增速, 圖　2　全縣…, 图一 全县…, 表 1 2023年各乡镇常住人口): 图 圖 表
 * 附表, spaces, the number, a space or a colon, then a name of words or a
 * year and no sentence's or clause's mark.  (docparts.c reads 图1：…,
 * 表1 … with the number right after the word; a line it has read is no
 * longer text here.) */
static bool spaced_caption(const uint32_t *cp, size_t n)
{
    if (n < 6 || n > 60)
        return false;
    size_t i = 0;
    if (cp[0] == 0x56FE || cp[0] == 0x5716 || cp[0] == 0x8868) /* 图 圖 表 */
        i = 1;
    else if (cp[0] == 0x9644 && cp[1] == 0x8868) /* 附表 */
        i = 2;
    else
        return false;
    size_t s = bl_p_skip_spaces(cp, n, i), d = s;
    while (d < n && bl_p_is_digit(cp[d]) && d - s < 3)
        d++;
    bool han = false;
    if (d == s) {
        d = bl_p_han_numerals_end(cp, s, n, 3);
        han = d > s;
    }
    /* a space between the word and its number, or a number in Han */
    if (d == s || (s == i && !han))
        return false;
    size_t k = d < n && (cp[d] == ':' || cp[d] == 0xFF1A) ? d + 1 : d;
    k = bl_p_skip_spaces(cp, n, k);
    if (k == d || k >= n || !(bl_is_han(cp[k]) || bl_p_is_digit(cp[k])) || n - k < 4
        || (k == bl_p_skip_spaces(cp, n, d) && bl_p_caption_refers(cp, n, k)))
        return false;
    for (size_t m = k; m < n; m++)
        if (bl_p_is_stop(cp[m]) || cp[m] == 0xFF0C || cp[m] == ',' || cp[m] == 0xFF1B || cp[m] == ';'
            || cp[m] == ':' || cp[m] == 0xFF1A || cp[m] == 0x3001)
            return false;
    return true;
}

bulletin_status bl_p_classify(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    unsigned char *pipes = bl_calloc(p->mem, p->nlines + 1, 2);
    if (!pipes && p->nlines)
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < p->nlines; i++) {
        bl_line *l = &p->lines[i];
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        const uint32_t *cp = p->cur.cp;
        /* a line of one '·'-like dot or a lone punctuation mark of a web
         * page is blank */
        if (a == b) {
            l->kind = LK_BLANK;
            continue;
        }
        /* a line of only ? where the page lost a picture (industry-nbs-
         * 2024m08) is blank too */
        bool lost = b - a <= 4;
        for (size_t k = a; k < b && lost; k++)
            lost = cp[k] == '?' || cp[k] == 0xFF1F;
        if (lost) {
            l->kind = LK_BLANK;
            continue;
        }
        heading_match h;
        unsigned np, nt;
        count_separators(cp + a, b - a, &np, &nt);
        pipes[2 * i] = (unsigned char)(np > 200 ? 200 : np);
        pipes[2 * i + 1] = (unsigned char)(nt > 200 ? 200 : nt);
        if ((np || (cp[a] >= 0x2500 && cp[a] <= 0x257F)) && bl_p_is_table_rule(cp + a, b - a))
            l->kind = LK_RULE;
        else if (bl_p_is_col_bar(cp[a]))
            l->kind = LK_TABLE;
        else if (bl_p_match_heading(cp, b, a, &h) && !bl_p_is_picture_name(cp + a, b - a)) {
            /* (1.jpg: a picture's file name, no heading) */
            l->kind = LK_HEADING;
            l->level = (unsigned char)h.level;
        } else
            l->kind = spaced_caption(cp + a, b - a) ? LK_CAPTION : LK_TEXT;
    }
    /* Tables of other shapes: a cell per line, columns of spaces, a table
     * on one line (table_shapes.c). */
    BL_CHECK(bl_p_find_shapes(p));
    /* Rows without the leading bar, and tab-separated rows: a line with
     * two or more bars, or one next to a table row; two or more lines in
     * a row with the same number of tab-separated cells. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < p->nlines; i++) {
            bl_line *l = &p->lines[i];
            if (l->kind != LK_TEXT && l->kind != LK_HEADING)
                continue;
            unsigned np = pipes[2 * i], nt = pipes[2 * i + 1];
            size_t pr = i, nx = i + 1;
            while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
                pr--;
            while (nx < p->nlines && p->lines[nx].kind == LK_BLANK)
                nx++;
            bool prev_t = pr > 0 && (p->lines[pr - 1].kind == LK_TABLE || p->lines[pr - 1].kind == LK_RULE);
            bool next_t = nx < p->nlines && (p->lines[nx].kind == LK_TABLE || p->lines[nx].kind == LK_RULE);
            if ((np >= 2 && l->kind == LK_TEXT) || (np >= 1 && (prev_t || next_t))) {
                l->kind = LK_TABLE;
                continue;
            }
            if (nt >= 1 && ((pr > 0 && pipes[2 * (pr - 1) + 1] == nt && p->lines[pr - 1].kind != LK_BLANK)
                            || (nx < p->nlines && pipes[2 * nx + 1] == nt)))
                l->kind = LK_TABLE;
        }
    }
    /* A table's first rows with one cell of text: its title row (2-3
     * 总产出) or unit row (单位:亿元 | (Unit: 100 million yuan)) are lines
     * of text, not rows; rows with no text at all (bare '|' lines) are
     * blank. */
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TABLE || p->lines[i].shape)
            continue;
        size_t pr = i;
        while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
            pr--;
        if (pr > 0 && (p->lines[pr - 1].kind == LK_TABLE || p->lines[pr - 1].kind == LK_RULE)
            && !p->lines[pr - 1].shape)
            continue;
        size_t end = i;
        bool text = false;
        for (; end < p->nlines && p->lines[end].kind == LK_TABLE && !p->lines[end].shape; end++) {
            BL_CHECK(bl_p_decode_line(p, end));
            row_cells cells;
            read_row_cells(p->cur.cp, p->cur.n, &cells);
            text |= cells.n > 0;
        }
        if (!text && !(end < p->nlines && p->lines[end].kind == LK_RULE)) {
            for (size_t j = i; j < end; j++)
                p->lines[j].kind = LK_BLANK;
            continue;
        }
        for (size_t j = i; j < p->nlines && p->lines[j].kind == LK_TABLE && !p->lines[j].shape;
             j++) {
            BL_CHECK(bl_p_decode_line(p, j));
            const uint32_t *cp = p->cur.cp;
            row_cells cells;
            read_row_cells(cp, p->cur.n, &cells);
            size_t from = cells.from, to = cells.to;
            bool unit = cells.n == 2
                     && ((bl_p_is_note(cp + from, cells.to1 - from)
                          && (cp[from] == 0x5355 || cp[from] == 0x8BA1)) /* 单位, 计量单位 */
                         || unit_statement_at(cp, from, cells.to1) != 0); /* 單位, 計量單位 */
            if (cells.n != 1 && !unit)
                break;
            if (!unit) {
                bool group = false;
                BL_CHECK(group_row(p, j, cp + from, to - from, &group));
                if (group)
                    break; /* 第二十条第(一)项 | … 第二十条第(五)项 |: a group row */
                BL_CHECK(bl_p_decode_line(p, j));
                cp = p->cur.cp;
            }
            /* the line becomes its cell(s) */
            size_t off = 0;
            for (size_t k = 0; k < from; k++)
                off += utf8_len(cp[k]);
            size_t len = 0;
            for (size_t k = from; k < to; k++)
                len += utf8_len(cp[k]);
            p->lines[j].off += off;
            p->lines[j].len = len;
            p->lines[j].col0 += (int)from;
            p->lines[j].kind = LK_TEXT;
            p->lines[j].unbar = unit;
        }
    }
    /* A line drawn with dashes and nothing else (`------------------`
     * between a 文号 and the title: the 版头's separator line a page kept
     * as text; a web page's rule) is no text: blank.  Tables have taken
     * the rules that are theirs (table_shapes.c). */
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT)
            continue;
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        if (bl_p_is_drawn_rule(p->cur.cp + a, b - a))
            p->lines[i].kind = LK_BLANK;
    }
cleanup:
    bl_free(p->mem, pipes);
    return status;
}

bool bl_p_is_drawn_rule(const uint32_t *cp, size_t n)
{
    if (n < 6)
        return false;
    for (size_t k = 0; k < n; k++) {
        uint32_t c = cp[k];
        if (!(c == '-' || c == '_' || c == '=' || c == 0x2014 /* — */ || c == 0x2500 /* ─ */ ||
              c == 0x2501 /* ━ */ || c == 0xFF0D /* － */ || c == 0xFF3F /* ＿ */ || c == 0xFF1D /* ＝ */))
            return false;
        if (k && c != cp[0])
            return false; /* one character repeated */
    }
    return true;
}
