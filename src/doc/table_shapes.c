/*
 * table_shapes.c - tables written otherwise than as '|' rows, read as
 * TABLE/ROW/CELL:
 *
 *  - a cell per line, each ending in ' |', bare '|' lines standing for
 *    merged or empty cells (a yearbook's table copied from a web page);
 *  - a cell per line, blank lines or none between (a table copied from a
 *    PDF);
 *  - space-separated columns, a row per line: 北京  Beijing 127062 1796;
 *  - a whole table flattened onto one line: 地区 比重 … 全 国 17.95 ….
 *
 * The data rows show the columns: a label then k values, repeating (in a
 * table of years, a year every k + 1 cells, one more each time).  The
 * header is what comes before the first data row, back to a line no
 * header holds (a unit line, a caption, a note, a sentence); its cells
 * are laid over the columns by table_header.c.  A run of short lines
 * without such rows (names, an address, a list) stays text.
 *
 * Every line is decoded a bounded number of times: the cost is linear in
 * the input.
 */
#include <string.h>

#include "doc/table_shapes.h"
#include "doc/unit_words.h"

/* ========================================================================
 * Characters and tokens
 * ====================================================================== */

static bool is_letter(uint32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

static size_t u8len(uint32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

/* Marks that make a line a sentence, never a cell: 。，；！？ */
static bool sentence_mark(uint32_t c)
{
    return c == 0x3002 || c == 0xFF0C || c == 0xFF1B || c == 0xFF01 || c == 0xFF1F;
}

static bool is_dash(uint32_t c)
{
    return c == '-' || c == 0x2014 || c == 0x2015 || c == 0xFF0D || c == 0x2212 || c == 0x2026
        || c == '/' || c == 0xFF0F;
}

bool bl_p_is_number_cell(const uint32_t *cp, size_t n)
{
    if (n == 0)
        return false;
    bool dashes = n <= 3;
    for (size_t i = 0; i < n && dashes; i++)
        dashes = is_dash(cp[i]);
    if (dashes)
        return true; /* a dash for no value: - — … / */
    size_t i = 0;
    if (cp[0] == '-' || cp[0] == '+' || cp[0] == 0x2212 || cp[0] == 0xFF0D)
        i++;
    size_t d0 = i, digits = 0;
    bool dot = false;
    for (; i < n; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_digit(c))
            digits++;
        else if (c == ',' && digits && i + 1 < n && bl_p_is_digit(cp[i + 1]) && !dot)
            continue;
        else if (c == '.' && !dot && digits && i + 1 < n && bl_p_is_digit(cp[i + 1]))
            dot = true;
        else
            break;
    }
    if (i < n && (cp[i] == '%' || cp[i] == 0xFF05 || cp[i] == 0x2030))
        i++;
    if (!digits || i != n)
        return false;
    /* a telephone number or a code, not a figure: 0571, 13800000000 */
    if (cp[d0] == '0' && d0 + 1 < n && bl_p_is_digit(cp[d0 + 1]))
        return false;
    if (!dot && digits == 11 && cp[d0] == '1')
        return false;
    return true;
}

/* A year 1900..2100 written alone; its value, 0 when not one. */
static int year_of(const uint32_t *cp, size_t n)
{
    if (n != 4)
        return 0;
    int v = 0;
    for (size_t i = 0; i < 4; i++) {
        if (!bl_p_is_digit(cp[i]))
            return 0;
        v = v * 10 + (int)(cp[i] - '0');
    }
    return v >= 1900 && v <= 2100 ? v : 0;
}

static unsigned char script_of(const uint32_t *cp, size_t n)
{
    bool latin = false;
    for (size_t i = 0; i < n; i++) {
        if (bl_is_han(cp[i]))
            return S_HAN;
        latin |= is_letter(cp[i]);
    }
    return latin ? S_LATIN : S_OTHER;
}

static bool starts_with(const uint32_t *cp, size_t n, const char *lit);
static bool unit_word(const uint32_t *cp, size_t n);

/* Whether cp[0..n) is a value with its unit glued on, a cell of its own
 * (162817吨, 44383头, 3.5万吨, 1200万元, 12.6元/公斤, 6,800亩): a number,
 * then a unit of at most six Han characters (and '/'), none of them a
 * date's or an order's (2023年, 3月, 5日, 1号, 2季度, 10期 stay text). */
static bool unit_value(const uint32_t *cp, size_t n)
{
    size_t v = 0;
    if (n && (cp[0] == '-' || cp[0] == '+' || cp[0] == 0x2212))
        v = 1;
    size_t d0 = v;
    while (v < n && (bl_p_is_digit(cp[v]) || cp[v] == '.' || cp[v] == ','))
        v++;
    if (v == d0 || v == n || n - v > 6 || !bl_p_is_digit(cp[d0]) || !bl_p_is_digit(cp[v - 1])
        || !bl_p_is_number_cell(cp, v))
        return false;
    /* 年 月 日 号 號 季 期 届 屆 第 周 週 时 時 点 點 版; a place by its
     * number, no quantity (3楼, 5層, 201室, 2栋, 1幢, 3路): 楼 樓 层 層 室
     * 栋 棟 幢 路; a bound, a column's head (60岁及以上, 5人以下, 3年至,
     * 10亩以内, 2020年后): 及 以 至 内 前 后 後 */
    static const uint32_t no[] = {0x5E74, 0x6708, 0x65E5, 0x53F7, 0x865F, 0x5B63, 0x671F, 0x5C4A,
                                  0x5C46, 0x7B2C, 0x5468, 0x9031, 0x65F6, 0x6642, 0x70B9, 0x9EDE,
                                  0x7248, 0x697C, 0x6A13, 0x5C42, 0x5C64, 0x5BA4, 0x680B, 0x68DF,
                                  0x5E62, 0x8DEF, 0x53CA, 0x4EE5, 0x81F3, 0x5185, 0x524D, 0x540E,
                                  0x5F8C};
    /* a Latin unit, perhaps after 万 or 亿 (162817t, 1.2亿kWh, 35万m²) */
    size_t u = v;
    if (u < n && (cp[u] == 0x4E07 || cp[u] == 0x4EBF || cp[u] == 0x842C || cp[u] == 0x5104))
        u++;
    if (u < n && is_letter(cp[u])) {
        static const char *const latin[] = {"t", "kg", "km", "kWh", "kwh", "MW", "GW", "kW", "m2", "m²",
                                            "m3", "m³", "ha", "Mt", "TEU", "km2", "km²"};
        for (size_t k = 0; k < sizeof latin / sizeof *latin; k++)
            if (strlen(latin[k]) >= n - u && starts_with(cp + u, n - u, latin[k])) {
                /* the whole rest: its code points */
                size_t len = 0;
                for (const unsigned char *q = (const unsigned char *)latin[k]; *q; q++)
                    len += (*q & 0xC0) != 0x80;
                if (len == n - u)
                    return true;
            }
        return false;
    }
    if (!bl_is_han(cp[v]))
        return false;
    bool stop = false;
    for (size_t i = v; i < n; i++) {
        if (!bl_is_han(cp[i]) && cp[i] != '/' && cp[i] != 0xFF0F)
            return false;
        for (size_t k = 0; k < sizeof no / sizeof *no; k++)
            stop |= cp[i] == no[k];
    }
    /* a unit word of several characters (unit_words.c), one of them a date's
     * or a place's character (125000万千瓦时, 0.5个百分点, 8小时) */
    return !stop || (n - v >= 2 && unit_word(cp + v, n - v));
}

static unsigned char type_of(const uint32_t *cp, size_t n, int *year)
{
    *year = 0;
    if (n == 0)
        return T_EMPTY;
    if ((*year = year_of(cp, n)) != 0)
        return T_YEAR;
    return bl_p_is_number_cell(cp, n) ? T_NUM : T_TEXT;
}

/* A cell that is one number written with spaces: thousands grouped by
 * spaces (10 536 205, 2 448.3, -9 540) or a sign spaced from its number
 * (- 1.05, - 55).  Only a group of three digits follows a space; a row
 * of values (158 1243 34737) is none. */
bool bl_p_spaced_number(const uint32_t *cp, size_t n)
{
    size_t i = 0, spaces = 0;
    if (n && (cp[0] == '-' || cp[0] == '+' || cp[0] == 0x2212 || cp[0] == 0xFF0D)) {
        i = 1;
        while (i < n && bl_p_is_space(cp[i]))
            i++, spaces++;
    }
    size_t d = 0;
    while (i < n && bl_p_is_digit(cp[i]))
        i++, d++;
    if (d == 0 || (d > 3 && i < n && bl_p_is_space(cp[i])))
        return false;
    while (i < n && bl_p_is_space(cp[i])) {
        if (cp[i] != ' ' || i + 4 > n)
            return false;
        i++;
        for (size_t k = 0; k < 3; k++)
            if (!bl_p_is_digit(cp[i + k]))
                return false;
        i += 3;
        spaces++;
        if (i < n && bl_p_is_digit(cp[i]))
            return false;
    }
    if (i < n && cp[i] == '.') {
        size_t f = ++i;
        while (i < n && bl_p_is_digit(cp[i]))
            i++;
        if (i == f)
            return false;
    }
    return i == n && spaces > 0;
}

/* A level and its rate in parentheses, one cell: 32.14(6.27%),
 * 30.75(-0.10%), 167（9.1%）. */
static bool level_rate(const uint32_t *cp, size_t n)
{
    if (n < 5 || !bl_p_is_digit(cp[0]) || (cp[n - 1] != ')' && cp[n - 1] != 0xFF09))
        return false;
    size_t o = 0;
    while (o < n && cp[o] != '(' && cp[o] != 0xFF08)
        o++;
    if (o == 0 || o + 3 > n || (cp[n - 1] != ')' && cp[n - 1] != 0xFF09)
        || (cp[o] == '(') != (cp[n - 1] == ')'))
        return false;
    size_t r = n - 1;
    if (cp[r - 1] != '%' && cp[r - 1] != 0xFF05)
        return false;
    return bl_p_is_number_cell(cp, o) && bl_p_is_digit(cp[0])
        && bl_p_is_number_cell(cp + o + 1, r - o - 1) && bl_p_is_digit(cp[r - 2]);
}

/* A period heading a column: 2018年3月, 2月, 2017年12月, 2023年, 一季度 is
 * not (digits first). */
static bool period_token(const uint32_t *cp, size_t n)
{
    if (n < 2 || n > 10 || !bl_p_is_digit(cp[0]))
        return false;
    uint32_t last = cp[n - 1];
    if (last != 0x6708 && last != 0x5E74) /* 月 年 */
        return false;
    for (size_t i = 0; i + 1 < n; i++)
        if (!bl_p_is_digit(cp[i]) && cp[i] != 0x5E74)
            return false;
    return true;
}

/* Whether the tokens (k, j) are the unit of the value token k, a space
 * apart (162817 吨, 1.2 亿 元, 3500　万元, 0.5 %, 162817 t): the value
 * first or a column's gap (two spaces) after the token before it, its
 * spaces left out the whole a value with its unit.  A number after a
 * space (162817 0.5), a date's word (2023 年) or the next name of a line
 * flattened with single spaces (13.50 北 京 11.84) is not. */
static bool spaced_unit(const scan *s, const uint32_t *cp, size_t k, size_t j)
{
    const tok *v = &s->toks[k];
    if (v->type != T_NUM || (k > 0 && v->gap < 2))
        return false;
    for (size_t q = k + 1; q < j; q++) {
        const tok *u = &s->toks[q];
        if (u->type != T_TEXT || u->to - u->from > 6)
            return false;
        for (size_t i = u->from; i < u->to; i++)
            if (bl_p_is_digit(cp[i]))
                return false;
    }
    uint32_t w[24];
    size_t n = 0;
    for (size_t i = v->from; i < s->toks[j - 1].to; i++)
        if (!bl_p_is_space(cp[i])) {
            if (n == sizeof w / sizeof *w)
                return false;
            w[n++] = cp[i];
        }
    return unit_value(w, n) || bl_p_is_number_cell(w, n);
}

/* Splits the decoded line li (in p->cur) into tokens at runs of spaces:
 * cp[a..b) trimmed. */
static bulletin_status tokenise(scan *s, size_t li, size_t a, size_t b)
{
    bulletin_status status = BULLETIN_OK;
    const uint32_t *cp = s->p->cur.cp;
    size_t byte = 0;
    (void)li;
    s->ntoks = 0;
    for (size_t i = 0; i < a; i++)
        byte += u8len(cp[i]);
    size_t i = a, gap = 0;
    while (i < b) {
        if (bl_p_is_space(cp[i])) {
            gap += cp[i] == '\t' ? 2 : 1; /* a tab parts columns */
            byte += u8len(cp[i]);
            i++;
            continue;
        }
        RESERVE(status, s->p->mem, s->toks, s->cap_toks, s->ntoks + 1);
        tok *t = &s->toks[s->ntoks++];
        t->from = i;
        t->bfrom = byte;
        while (i < b && !bl_p_is_space(cp[i]))
            byte += u8len(cp[i++]);
        t->to = i;
        t->bto = byte;
        t->gap = (unsigned char)(gap > 9 ? 9 : gap);
        gap = 0;
        t->type = type_of(cp + t->from, t->to - t->from, &t->year);
        if (t->type == T_TEXT && level_rate(cp + t->from, t->to - t->from))
            t->type = T_NUM;
        t->script = script_of(cp + t->from, t->to - t->from);
        t->single = t->to - t->from == 1 && bl_is_han(cp[t->from]);
        if (t->type == T_TEXT && unit_value(cp + t->from, t->to - t->from))
            t->type = T_NUM; /* 162817吨 */
    }
    /* a value and its unit a space apart (162817 吨, 1.2 亿 元, 0.5 %,
     * 3500　万元), a column of its own: one value token */
    size_t w = 0;
    for (size_t k = 0; k < s->ntoks; k++) {
        size_t j = k + 1;
        while (j < s->ntoks && j < k + 3 && s->toks[j].gap <= 1)
            j++;
        while (j > k + 1 && !((j == s->ntoks || s->toks[j].gap >= 2) && spaced_unit(s, cp, k, j)))
            j--;
        s->toks[w] = s->toks[k];
        if (j > k + 1) {
            s->toks[w].to = s->toks[j - 1].to;
            s->toks[w].bto = s->toks[j - 1].bto;
            s->toks[w].type = T_NUM;
            s->toks[w].script = S_HAN;
            s->toks[w].single = 0;
            k = j - 1;
        }
        w++;
    }
    s->ntoks = w;
cleanup:
    return status;
}

/* A piece of line li: code points [from, to) at bytes [bfrom, bto). */
static bl_line piece_of(const parser *p, size_t li, size_t from, size_t bfrom, size_t bto)
{
    bl_line l = p->lines[li];
    l.off += bfrom;
    l.len = bto - bfrom;
    l.col0 += (int)from;
    l.kind = LK_TABLE;
    l.join = 0;
    l.shape = 0;
    return l;
}

/* Appends a cell of the run: one piece (or none: an empty cell at the
 * given place). */
static bulletin_status add_rcell(scan *s, size_t li, size_t from, size_t to, size_t bfrom,
                                 size_t bto, unsigned char type, unsigned char script, int year)
{
    bulletin_status status = BULLETIN_OK;
    RESERVE(status, s->p->mem, s->cells, s->cap_cells, s->ncells + 1);
    rcell *c = &s->cells[s->ncells++];
    memset(c, 0, sizeof *c);
    c->type = type;
    c->script = script;
    c->year = year;
    c->first = c->last = li;
    c->line = s->p->lines[li].no;
    c->column = s->p->lines[li].col0 + (int)from;
    c->piece0 = s->npieces;
    if (to > from) {
        RESERVE(status, s->p->mem, s->pieces, s->cap_pieces, s->npieces + 1);
        s->pieces[s->npieces++] = piece_of(s->p, li, from, bfrom, bto);
        c->npieces = 1;
    }
cleanup:
    return status;
}

/* A cell made of the tokens t0..t1 of the current line (one piece). */
static bulletin_status add_token_cell(scan *s, size_t li, size_t t0, size_t t1)
{
    const tok *a = &s->toks[t0], *b = &s->toks[t1 - 1];
    int year = 0;
    unsigned char type = t1 - t0 == 1 ? a->type : T_TEXT;
    if (type == T_YEAR)
        year = a->year;
    unsigned char script = S_OTHER;
    for (size_t k = t0; k < t1; k++)
        if (s->toks[k].script == S_HAN || (s->toks[k].script == S_LATIN && script != S_HAN))
            script = s->toks[k].script;
    bulletin_status status = add_rcell(s, li, a->from, b->to, a->bfrom, b->bto, type, script, year);
    if (status == BULLETIN_OK)
        s->cells[s->ncells - 1].wide = a->gap >= 2;
    return status;
}

/* ========================================================================
 * What each line is
 * ====================================================================== */

static bool starts_with(const uint32_t *cp, size_t n, const char *lit)
{
    size_t k = 0, i = 0, len = strlen(lit);
    while (i < len) {
        uint32_t c;
        int b = bl_utf8_decode((const unsigned char *)lit + i, len - i, &c);
        if (b <= 0 || k >= n || cp[k] != c)
            return false;
        i += (size_t)b;
        k++;
    }
    return true;
}

/* A yearbook sheet's number and name, its caption: 19-10  幼儿教育基本情况
 * (a chapter's number, a dash, the sheet's, spaces, then Han words). */
static bool sheet_caption(const uint32_t *cp, size_t n)
{
    size_t i = 0, d = 0;
    while (i < n && bl_p_is_digit(cp[i]) && d < 3)
        i++, d++;
    if (!d || i >= n || (cp[i] != '-' && cp[i] != 0x2014 && cp[i] != 0x2013 && cp[i] != 0x2212))
        return false;
    size_t j = ++i;
    while (i < n && bl_p_is_digit(cp[i]) && i - j < 3)
        i++;
    if (i == j || i >= n || !bl_p_is_space(cp[i]))
        return false;
    while (i < n && bl_p_is_space(cp[i]))
        i++;
    return i < n && bl_is_han(cp[i]);
}

/* Whether cp[0..n), its converter's readings dropped, is a unit word
 * (unit_words.c) (万千瓦时, 个百分点, 噸, 千克). */
static bool unit_word(const uint32_t *cp, size_t n)
{
    char u[64];
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t r = bl_p_reading_after_han(cp, 0, n, i);
        if (r) {
            i += r - 1;
            continue;
        }
        if (m + 4 >= sizeof u)
            return false;
        m += (size_t)bl_utf8_encode(cp[i], u + m);
    }
    return m && bl_unit_is_word(u, m);
}

/* A column's unit note over a table: a measure's short name, a colon,
 * a unit (面積:萬(wàn)畝, 單位:總產(chǎn):噸, 單產(chǎn):千克, 单产：千克); a
 * label with a colon over a row's words (其中:工业) is none. */
static bool measure_unit_note(const uint32_t *cp, size_t n)
{
    size_t c = n;
    for (size_t i = n; i > 0; i--)
        if (cp[i - 1] == ':' || cp[i - 1] == 0xFF1A) {
            c = i - 1;
            break;
        }
    if (c == n || c == 0 || n - c - 1 > 16 || c > 24)
        return false;
    size_t chars = 0;
    for (size_t i = 0; i < c; i++) {
        size_t r = bl_p_reading_after_han(cp, 0, c, i);
        if (r) {
            i += r - 1;
            continue;
        }
        if (!bl_is_han(cp[i]) && cp[i] != ':' && cp[i] != 0xFF1A)
            return false;
        chars++;
    }
    return chars >= 2 && chars <= 8 && unit_word(cp + c + 1, n - c - 1);
}

/* A line no table's header reaches past: a unit line, a caption, a note,
 * an attachment's label, a label ending in a colon, a column's unit
 * note. */
static bool stopper(const uint32_t *cp, size_t n)
{
    if (n == 0)
        return false;
    uint32_t last = cp[n - 1];
    return bl_p_is_note(cp, n) || measure_unit_note(cp, n) || bl_p_is_caption(cp, n) || sheet_caption(cp, n)
        || starts_with(cp, n, "附件")
        || starts_with(cp, n, "附表") || starts_with(cp, n, "计量单位") || last == ':'
        || last == 0xFF1A;
}

/* The length of cp[a, e) as read: a converter's pinyin readings after
 * Han characters (規(guī)模, 環(huán)比) count for nothing, so that a header cell
 * of a copy with readings is as short as the cell it is. */
static size_t read_len(const uint32_t *cp, size_t a, size_t e)
{
    size_t n = 0;
    for (size_t i = a; i < e; n++) {
        size_t r = bl_p_reading_after_han(cp, a, e, i);
        i += r ? r : 1;
        n -= r ? 1 : 0;
    }
    return n;
}

/* Whether the tokens [t0, t1) are a yearbook's bilingual label: Han
 * words (at most 30 characters), then their translation, words without
 * Han (年末常住人口 Year-end Resident Population, 口(万人) Population
 * (10 000 persons)), at most 90 characters in all. */
static bool bilingual(const scan *s, size_t t0, size_t t1)
{
    size_t h = t0;
    while (h < t1 && s->toks[h].script == S_HAN)
        h++;
    if (h == t0 || h == t1 || s->toks[h - 1].to - s->toks[t0].from > 30
        || s->toks[t1 - 1].to - s->toks[t0].from > 90)
        return false;
    bool latin = false;
    for (size_t k = h; k < t1; k++) {
        if (s->toks[k].script == S_HAN)
            return false;
        latin |= s->toks[k].script == S_LATIN;
    }
    return latin;
}

/* Whether the tokens of the line are words set apart as columns, each
 * after two spaces or a tab, at most 30 characters without the spaces
 * (a header line over space-aligned rows: 指标      2023年      较上年增长(%)). */
static bool aligned_words(const scan *s)
{
    if (s->ntoks < 2)
        return false;
    size_t chars = 0;
    for (size_t k = 0; k < s->ntoks; k++) {
        if (k && s->toks[k].gap < 2)
            return false;
        chars += s->toks[k].to - s->toks[k].from;
    }
    return chars <= 30;
}

/* Fills s->info[li] (the line decoded in p->cur, its tokens in s->toks). */
static bulletin_status read_line(scan *s, size_t li)
{
    parser *p = s->p;
    linfo *in = &s->info[li];
    memset(in, 0, sizeof *in);
    bl_line *l = &p->lines[li];
    if (l->kind != LK_TEXT && l->kind != LK_HEADING && l->kind != LK_TABLE)
        return BULLETIN_OK;
    size_t a, b;
    bulletin_status status = bl_p_decode_trimmed(p, li, &a, &b);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    if (a == b)
        return BULLETIN_OK;
    size_t bars = 0, other = 0, marks = 0, last_bar = b;
    for (size_t i = a; i < b; i++) {
        if (bl_p_is_col_bar(cp[i]))
            bars++, last_bar = i;
        else if (!bl_p_is_space(cp[i]))
            other++;
        marks += sentence_mark(cp[i]);
    }
    in->nchars = (unsigned)(b - a > 60000 ? 60000 : b - a);
    in->stop = stopper(cp + a, b - a);
    in->term = bl_p_is_terminal(cp[b - 1]) || cp[b - 1] == ',' || cp[b - 1] == 0xFF0C
            || cp[b - 1] == 0x3001;
    if (bars && !other) {
        in->form = F_BARE;
        in->nbars = (unsigned short)(bars > 60 ? 60 : bars);
        in->from = last_bar;
        return BULLETIN_OK;
    }
    if (l->kind == LK_TABLE && bars != 1)
        return BULLETIN_OK;
    size_t e = b;
    if (bars == 1 && last_bar == b - 1) {
        e = b - 1;
        while (e > a && bl_p_is_space(cp[e - 1]))
            e--;
        if (marks || read_len(cp, a, e) > 40)
            return BULLETIN_OK;
        in->form = F_BARCELL;
        in->stop = stopper(cp + a, e - a);
        in->term = e > a && (bl_p_is_terminal(cp[e - 1]) || cp[e - 1] == ',' || cp[e - 1] == 0xFF0C);
    } else if (bars) {
        return BULLETIN_OK;
    }
    status = tokenise(s, li, a, e);
    if (status != BULLETIN_OK)
        return status;
    in->from = a;
    in->to = e;
    in->bfrom = s->ntoks ? s->toks[0].bfrom : 0;
    in->bto = s->ntoks ? s->toks[s->ntoks - 1].bto : 0;
    in->type = type_of(cp + a, e - a, &in->year);
    in->script = script_of(cp + a, e - a);
    size_t nums = 0;
    for (size_t k = 0; k < s->ntoks; k++)
        nums += s->toks[k].type == T_NUM;
    if (in->form == F_BARCELL)
        return BULLETIN_OK;
    if (marks)
        return BULLETIN_OK;
    /* a header row of periods over the columns, each after a run of
     * spaces: 2018年3月  2月  1月 */
    bool period = s->ntoks >= 3;
    for (size_t k = 0; k < s->ntoks && period; k++)
        period = period_token(cp + s->toks[k].from, s->toks[k].to - s->toks[k].from)
              && (k == 0 || s->toks[k].gap >= 2);
    if (period) {
        in->form = F_PLAIN;
        in->period = 1;
        return BULLETIN_OK;
    }
    if ((s->ntoks == 1 || nums == 0) && (e - a <= 30 || bilingual(s, 0, s->ntoks) || aligned_words(s))) {
        in->form = F_PLAIN;
        return BULLETIN_OK;
    }
    /* a row: a label, then two values or more, to the end */
    size_t v = 0;
    while (v < s->ntoks && s->toks[s->ntoks - 1 - v].type != T_TEXT)
        v++;
    size_t label = s->ntoks - v;
    if (label == 0 && v >= 3 && s->toks[0].type == T_YEAR)
        label = 1, v--;
    if (v >= 2 && label >= 1
        && (s->toks[label - 1].to - s->toks[0].from <= 30 || bilingual(s, 0, label))
        && l->kind == LK_TEXT) {
        in->form = F_ROW;
        in->v = (unsigned short)(v > 60000 ? 60000 : v);
        in->nlabel = (unsigned short)(label > 60000 ? 60000 : label);
    } else if (label == 0 && v >= 3 && nums + 1 >= v && s->toks[0].type == T_NUM
               && l->kind == LK_TEXT) {
        /* a row whose label was lost (a yearbook's sheet copied out:
         * 158 1243 34737 3946): values only, numbers all but one at most
         * (a year among them); a row of a run only beside rows of the
         * same count (row_run) */
        in->form = F_ROW;
        in->v = (unsigned short)(v > 60000 ? 60000 : v);
        in->nlabel = 0;
    }
    return BULLETIN_OK;
}

/* ========================================================================
 * A cell per line
 * ====================================================================== */

static bool cell_line_of(const linfo *in) { return in->form == F_PLAIN && !in->stop; }

static bool numbers_apart(const uint32_t *cp, size_t n);

static size_t cell_cps(const scan *s, size_t k, uint32_t *cp, size_t cap);
static bulletin_status pair_rows(scan *s, size_t c0, size_t c1, size_t *ncols,
                                 size_t *head_end);
static bulletin_status two_rows(scan *s, size_t c0, size_t c1, bool bars, size_t *ncols,
                                size_t *head_end);
static bool same_cells(const scan *s, size_t a, size_t b);
static bool label_head(const scan *s, size_t k);
static bool names_column(const uint32_t *cp, size_t n);

/* Appends n empty cells of line i to s->cells: bars alone (|||), a row's
 * cells left empty. */
static bulletin_status empty_cells(scan *s, size_t i, size_t n)
{
    const linfo *in = &s->info[i];
    for (size_t k = 0; k < n; k++) {
        bulletin_status status = add_rcell(s, i, in->from, in->from, 0, 0, T_EMPTY, S_OTHER, 0);
        if (status != BULLETIN_OK)
            return status;
    }
    return BULLETIN_OK;
}

/* Appends the one cell of line i (a cell line, or a cell closed by its
 * bar) to s->cells, as the line's reading typed it. */
static bulletin_status line_cell(scan *s, size_t i)
{
    const linfo *in = &s->info[i];
    return add_rcell(s, i, in->from, in->to, in->bfrom, in->bto, in->type, in->script, in->year);
}

/* Appends the cells of the run lines [from, to) (bar lines, or plain
 * lines) to s->cells. */
static bulletin_status run_cells(scan *s, size_t from, size_t to, bool bars)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    s->ncells = s->npieces = 0;
    for (size_t i = from; i < to; i++) {
        const linfo *in = &s->info[i];
        if (p->lines[i].kind == LK_BLANK)
            continue;
        if (in->form == F_BARE) {
            if (!bars)
                continue; /* a lone bar between cells a line each: a separator */
            BL_CHECK(empty_cells(s, i, in->nbars));
            continue;
        }
        BL_CHECK(line_cell(s, i));
        if (in->type == T_TEXT && in->nchars <= 16) {
            /* a value with its unit glued on (162817吨): a value cell */
            uint32_t cp[24];
            size_t n = cell_cps(s, s->ncells - 1, cp, sizeof cp / sizeof *cp), m = 0;
            /* 5.6 7.8: numbers apart, a value cell as 56 78 is (one cell) */
            bool apart = numbers_apart(cp, n);
            for (size_t k = 0; k < n; k++)
                if (!bl_p_is_space(cp[k]))
                    cp[m++] = cp[k]; /* 162817 吨, 0.5 % */
            if (unit_value(cp, m) || (m < n && bl_p_is_number_cell(cp, m)) || apart)
                s->cells[s->ncells - 1].type = T_NUM;
        }
        if (bars && in->form == F_PLAIN && i + 1 < to) {
            /* a cell wrapped onto the next line: Per / Capita GDP | */
            const linfo *nx = &s->info[i + 1];
            rcell *c = &s->cells[s->ncells - 1];
            RESERVE(status, p->mem, s->pieces, s->cap_pieces, s->npieces + 1);
            s->pieces[s->npieces++] = piece_of(p, i + 1, nx->from, nx->bfrom, nx->bto);
            s->pieces[s->npieces - 1].join = c->script == S_HAN; /* 人均地区生产总 / 值 */
            c->npieces++;
            c->last = i + 1;
            c->type = T_TEXT;
            i++;
        }
    }
cleanup:
    return status;
}

/* Adds the group of labels [t0, v0) and values [v0, end) to s->groups. */
static bulletin_status push_group(scan *s, size_t t0, size_t v0, size_t end, bool num)
{
    bulletin_status status = BULLETIN_OK;
    RESERVE(status, s->p->mem, s->groups, s->cap_groups, s->ngroups + 1);
    s->groups[s->ngroups++] = (drow){t0, v0 - t0, v0, end - v0, num};
cleanup:
    return status;
}

/* Groups of the cells [c0, c1): text cells, then values. */
static bulletin_status groups_of(scan *s, size_t c0, size_t c1)
{
    bulletin_status status = BULLETIN_OK;
    s->ngroups = 0;
    size_t i = c0;
    while (i < c1) {
        size_t t0 = i;
        while (i < c1 && s->cells[i].type == T_TEXT)
            i++;
        size_t v0 = i;
        bool num = false;
        while (i < c1 && s->cells[i].type != T_TEXT)
            num |= s->cells[i++].type == T_NUM;
        BL_CHECK(push_group(s, t0, v0, i, num));
    }
cleanup:
    return status;
}

/* The most frequent value count of at least 2 among the groups with a
 * number; its frequency in *freq. */
static size_t mode_of(const drow *g, size_t n, size_t *freq)
{
    size_t best = 0, bestf = 0;
    for (size_t i = 0; i < n; i++) {
        if (g[i].nval < 2 || !g[i].num || g[i].nval == best)
            continue;
        size_t f = 0;
        for (size_t j = i; j < n && f < 1000; j++) /* bounded: linear */
            f += g[j].nval == g[i].nval && g[j].num;
        if (f > bestf || (f == bestf && g[i].nval > best))
            best = g[i].nval, bestf = f;
        if (bestf >= 1000 || i > 64)
            break; /* the mode shows early */
    }
    *freq = bestf;
    return best;
}

/* The blank lines between cells k and k + 1 of the run. */
static size_t blanks_after(const scan *s, size_t k)
{
    const rcell *a = &s->cells[k], *b = &s->cells[k + 1];
    return b->first > a->last + 1 ? b->first - a->last - 1 : 0;
}

/* The blank lines the cells [c0, c1) are most often apart (a copy puts
 * one between cells, or none). */
static size_t usual_blanks(const scan *s, size_t c0, size_t c1)
{
    size_t hist[4] = {0, 0, 0, 0};
    for (size_t k = c0; k + 1 < c1 && k < c0 + 400; k++) {
        size_t b = blanks_after(s, k);
        hist[b > 3 ? 3 : b]++;
    }
    size_t best = 0;
    for (size_t b = 1; b < 4; b++)
        if (hist[b] > hist[best])
            best = b;
    return best;
}

/* The first label cell of row group g's own label: a label cell followed
 * by blank lines standing for empty cells (at least `gap`: one empty cell
 * and its separator more than the usual) closes a row of its own, a
 * section row (  按產業分 / three blank lines /     第一產業). */
static size_t own_label(const scan *s, const drow *g, size_t gap)
{
    size_t l = g->lab0;
    for (size_t k = g->lab0; k + 1 < g->lab0 + g->nlab; k++)
        if (blanks_after(s, k) >= gap)
            l = k + 1;
    return l;
}

/* Text labels: rows "label, k values".  Fills s->drows; returns the
 * column count, 0 when the cells hold no such rows.  Three rows at least;
 * two when they have the `want` values a row of the table just above in
 * the run (a second table of the same form: 畜牧业生产情况 / 2023年 /
 * 较上年增长(%) / two rows). */
static bulletin_status text_rows(scan *s, size_t c0, size_t c1, size_t want, size_t *ncols,
                                 size_t *head_end)
{
    bulletin_status status = BULLETIN_OK;
    *ncols = 0;
    s->ndrows = 0;
    BL_CHECK(groups_of(s, c0, c1));
    size_t freq = 0, k = mode_of(s->groups, s->ngroups, &freq);
    size_t least = want && k == want ? 2 : 3;
    if (k < 2 || freq < least)
        return BULLETIN_OK;
    size_t g0 = 0;
    while (g0 < s->ngroups) {
        const drow *g = &s->groups[g0];
        if (g->nlab && g->nval == k && g->num)
            break;
        g0++;
    }
    size_t gap = 2 * usual_blanks(s, c0, c1) + 1;
    size_t labmax = 1;
    for (size_t g = g0 + 1; g < s->ngroups && g < g0 + 64; g++) {
        const drow *gr = &s->groups[g];
        if (gr->nval == 0)
            break; /* lines after the table (a heading, a list's item) */
        size_t nlab = gr->lab0 + gr->nlab - own_label(s, gr, gap);
        if (nlab > labmax && nlab <= 3)
            labmax = nlab;
    }
    for (size_t g = g0; g < s->ngroups; g++) {
        drow d = s->groups[g];
        bool years = d.nval > 0;
        for (size_t q = d.val0; q < d.val0 + d.nval && years; q++)
            years = s->cells[q].type == T_YEAR;
        if (g > g0 && years)
            break; /* years only: the header of a table after it (畜牧业
                    * 生产情况 / 2023年 / 较上年增长(%)) */
        if (g > g0 && d.nlab > 1 && d.nval) {
            /* section rows before the row: each label cell closed by
             * blank lines standing for empty cells */
            size_t own = own_label(s, &d, gap), q = d.lab0;
            while (q < own) {
                size_t e = q + 1;
                while (e < own && blanks_after(s, e - 1) < gap)
                    e++;
                if (e - q > 3)
                    break;
                RESERVE(status, s->p->mem, s->drows, s->cap_drows, s->ndrows + 1);
                s->drows[s->ndrows++] = (drow){q, e - q, e, 0, false};
                q = e;
            }
            if (q < own)
                break;
            d.nlab -= own - d.lab0;
            d.lab0 = own;
        }
        if (g == g0 && d.nlab > labmax) {
            d.lab0 += d.nlab - labmax;
            d.nlab = labmax;
        }
        if (d.nval > k) {
            /* a bare '|' line after the last row: empty cells, no values */
            bool empty = true;
            for (size_t q = d.val0 + k; q < d.val0 + d.nval && empty; q++)
                empty = s->cells[q].type == T_EMPTY;
            if (empty)
                d.nval = k;
        }
        if (d.nlab == 0 || d.nlab > 3 || d.nval == 0 || d.nval > k)
            break;
        RESERVE(status, s->p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        s->drows[s->ndrows++] = d;
    }
    if (s->ndrows < least)
        return BULLETIN_OK;
    /* every row "label, unit, k values" (项目 | 单位 | 2014年 | 2015年):
     * the unit cells are a column of their own, not part of the label */
    bool two = true;
    for (size_t r = 0; r < s->ndrows && two; r++)
        two = s->drows[r].nlab == 2;
    s->labcols = two ? 2 : 1;
    *ncols = k + s->labcols;
    *head_end = s->drows[0].lab0;
cleanup:
    return status;
}

/* Year labels: a year every p cells, one more each time (1978 | 100.0 |
 * … | 1979 | …).  Fills s->drows. */
static bulletin_status year_rows(scan *s, size_t c0, size_t c1, size_t *ncols, size_t *head_end)
{
    bulletin_status status = BULLETIN_OK;
    *ncols = 0;
    s->ndrows = 0;
    const rcell *c = s->cells;
    for (size_t y0 = c0; y0 < c1; y0++) {
        if (c[y0].type != T_YEAR)
            continue;
        size_t y1 = y0 + 1;
        while (y1 < c1 && y1 - y0 <= 24 && c[y1].type != T_YEAR && c[y1].type != T_TEXT)
            y1++;
        if (y1 >= c1 || c[y1].type != T_YEAR || y1 - y0 < 3)
            continue;
        size_t per = y1 - y0;
        int step = c[y1].year - c[y0].year;
        if (step == 0 || step > 10 || step < -10)
            continue;
        size_t r = y0;
        int want = c[y0].year;
        while (r < c1 && c[r].type == T_YEAR && c[r].year == want) {
            size_t end = r + per < c1 ? r + per : c1;
            bool ok = true;
            for (size_t q = r + 1; q < end && ok; q++)
                ok = c[q].type != T_TEXT && c[q].type != T_YEAR;
            if (!ok)
                break;
            RESERVE(status, s->p->mem, s->drows, s->cap_drows, s->ndrows + 1);
            drow *d = &s->drows[s->ndrows++];
            d->lab0 = r;
            d->nlab = 1;
            d->val0 = r + 1;
            d->nval = end - r - 1;
            d->num = true;
            r = end;
            want += step;
        }
        if (s->ndrows >= 3) {
            *ncols = per;
            *head_end = y0;
            return BULLETIN_OK;
        }
        s->ndrows = 0;
    }
cleanup:
    return status;
}

/* The header cells before cell `end` of the run: back to the run's
 * start, at most 3 rows' worth; leading Latin cells (the translation of
 * the line before the table) and empty cells left out. */
static size_t header_start(const scan *s, size_t c0, size_t end, size_t ncols)
{
    size_t h = end;
    while (h > c0 && end - h < 3 * ncols && s->cells[h - 1].type != T_NUM)
        h--;
    while (h < end && (s->cells[h].script == S_LATIN || s->cells[h].type == T_EMPTY))
        h++;
    return h;
}

/* Whether cell k names the label column, 指标 (指標, 项目, 項目,
 * 指标名称, 指標名稱), one piece alone. */
static bool label_head(const scan *s, size_t k)
{
    static const char *const names[] = {"指标", "指標", "项目", "項目", "指标名称", "指標名稱"};
    const rcell *c = &s->cells[k];
    if (c->npieces != 1 || c->type != T_TEXT)
        return false;
    const bl_line *pc = &s->pieces[c->piece0];
    const char *t = (const char *)s->p->src + pc->off;
    size_t n = pc->len;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    while (n && (*t == ' ' || *t == '\t'))
        t++, n--;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (n == strlen(names[i]) && memcmp(t, names[i], n) == 0)
            return true;
    return false;
}

/* Whether cell k, the first of a header of bar lines, is the table's
 * name, no header cell: one line of Han words (a converter's readings
 * allowed) ending in 表 (其他指標環比數據表 |), bare bars after it for the
 * rest of its row (|||).  It stays a line of its own, the table's
 * caption. */
static bool table_name(const scan *s, size_t k)
{
    const rcell *c = &s->cells[k];
    if (c->npieces != 1 || c->type != T_TEXT || c->script != S_HAN || k + 1 >= s->ncells
        || s->cells[k + 1].type != T_EMPTY)
        return false;
    const linfo *in = &s->info[c->first];
    if (in->form != F_BARCELL || in->term)
        return false;
    const bl_line *pc = &s->pieces[c->piece0];
    const unsigned char *t = (const unsigned char *)s->p->src + pc->off;
    size_t n = pc->len;
    while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
        n--;
    /* 表 (U+8868), perhaps its reading after it: 表(biǎo) */
    for (size_t i = n; i >= 3 && i + 14 >= n; i--)
        if (t[i - 3] == 0xE8 && t[i - 2] == 0xA1 && t[i - 1] == 0xA8) {
            if (i == n)
                return true;
            uint32_t cp[16];
            size_t m = 0, j = i;
            while (j < n && m < 16) {
                int b = bl_utf8_decode(t + j, n - j, &cp[m]);
                if (b <= 0)
                    return false;
                j += (size_t)b;
                m++;
            }
            return j == n && bl_p_reading_at(cp, m, 0) == m;
        }
    return false;
}

/* The code points of cell k, one piece: at most cap of them, trimmed;
 * 0 for a cell of several pieces or none. */
static size_t cell_cps(const scan *s, size_t k, uint32_t *cp, size_t cap)
{
    const rcell *c = &s->cells[k];
    if (c->npieces != 1)
        return 0;
    const bl_line *pc = &s->pieces[c->piece0];
    const unsigned char *t = (const unsigned char *)s->p->src + pc->off;
    size_t n = 0, j = 0;
    while (j < pc->len && n < cap) {
        int b = bl_utf8_decode(t + j, pc->len - j, &cp[n]);
        if (b <= 0)
            return 0;
        j += (size_t)b;
        n++;
    }
    while (n && bl_p_is_space(cp[n - 1]))
        n--;
    size_t a = 0;
    while (a < n && bl_p_is_space(cp[a]))
        a++;
    memmove(cp, cp + a, (n - a) * sizeof *cp);
    return n - a;
}

/* Whether cp[0..n) is a web page's metadata, no header cell: two fields
 * or more (日期:    来源:北京市统计局, 作者：张三　日期：2022-01-05), or
 * one whose name a page gives (發布時間：2023-05-06). */
static bool page_fields(const uint32_t *cp, size_t n)
{
    static const char *const names[] = {"日期", "来源", "來源", "时间", "時間", "发布时间", "發布時間",
                                        "发布日期", "發布日期", "信息来源", "信息來源", "作者",
                                        "字号", "字號", "浏览次数", "瀏覽次數", "点击", "點擊",
                                        "访问量", "訪問量", "发布机构", "發布機構"};
    size_t fields = 0, i = 0;
    bool named = false;
    while (i < n) {
        while (i < n && bl_p_is_space(cp[i]))
            i++;
        size_t t = i, han = 0;
        while (i < n && bl_is_han(cp[i]))
            i++, han++;
        if (han >= 1 && han <= 6 && i < n && (cp[i] == ':' || cp[i] == 0xFF1A)) {
            if (fields == 0 && t == 0)
                for (size_t k = 0; k < sizeof names / sizeof *names && !named; k++)
                    named = starts_with(cp, i, names[k]) && strlen(names[k]) == 3 * han;
            fields++;
        }
        while (i < n && !bl_p_is_space(cp[i]))
            i++;
    }
    return fields >= 2 || (fields == 1 && named);
}

/* Whether cp[0..n) is a period alone: a year, then months, a quarter or
 * a half (2011年1-3月, 2022年一季度, (2023年1—4月), 2022年上半年). */
static bool period_alone(const uint32_t *cp, size_t n)
{
    size_t a = 0;
    if (n && (cp[0] == '(' || cp[0] == 0xFF08)) {
        if (cp[n - 1] != ')' && cp[n - 1] != 0xFF09)
            return false;
        a = 1, n--;
    }
    if (n < a + 5 || n - a > 16)
        return false;
    for (size_t i = a; i < a + 4; i++)
        if (!bl_p_is_digit(cp[i]))
            return false;
    if (cp[a + 4] != 0x5E74) /* 年 */
        return false;
    static const char ok[] = "月季度上下半年前一二三四全第份末底至";
    for (size_t i = a + 5; i < n; i++) {
        uint32_t c = cp[i];
        if (bl_p_is_digit(c) || c == '-' || c == 0x2014 || c == 0x2013 || c == '~' || c == 0xFF5E)
            continue;
        bool in = false;
        for (size_t j = 0; ok[j] && !in;) {
            uint32_t o;
            int b = bl_utf8_decode((const unsigned char *)ok + j, sizeof ok - 1 - j, &o);
            if (b <= 0)
                break;
            in = o == c;
            j += (size_t)b;
        }
        if (!in)
            return false;
    }
    return true;
}

/* The header of a table of cells a line each starts after the last of
 * the cells [h, end) that is no header cell: a page's metadata (日期:
 * 来源:…), or the table's period first of them standing apart from the
 * rest by an empty cell's gap at least (2011年1-3月, then blank lines or
 * lines of a space): a line over the table, no corner. */
static size_t header_after_text(const scan *s, size_t h, size_t end)
{
    size_t gap = 2 * usual_blanks(s, 0, s->ncells) + 1;
    for (size_t k = h; k < end; k++) {
        uint32_t cp[96];
        if (s->cells[k].type != T_TEXT && s->cells[k].type != T_YEAR)
            continue;
        size_t n = cell_cps(s, k, cp, sizeof cp / sizeof *cp);
        if (page_fields(cp, n))
            h = k + 1;
        else if (k == h && k + 1 < end && blanks_after(s, k) >= gap && period_alone(cp, n))
            h = k + 1;
    }
    return h;
}

/* Whether cp[0..n) names the label column: it ends in 名称, 类别, 地区,
 * 项目, 指标, 分组, 行业, 品名, 科目 (traditional too): 产品名称, 地区. */
static bool names_column(const uint32_t *cp, size_t n)
{
    static const char *const names[] = {"名称", "名稱", "类别", "類別", "地区", "地區", "项目", "項目",
                                        "指标", "指標", "分组", "分組", "行业", "行業", "品名", "科目"};
    if (n < 2)
        return false;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (starts_with(cp + n - 2, 2, names[i]))
            return true;
    return false;
}

/* Whether cell k, as many cells before the rows as there are columns,
 * names the row labels' column (乡镇, 单位, 县区, 城市, 地区): a short word of
 * Han characters alone (two to four, no digit, no bracket, no period),
 * the cells after it the value columns' names (text or years, none
 * empty) and only one or two longer lines of text before it from h on
 * (the caption:
 * 各乡镇财政收入情况 / 乡镇 / 收入(万元) / 增长(%)). */
static bool rows_name(const scan *s, size_t h, size_t k, size_t end)
{
    const rcell *c = &s->cells[k];
    if (c->type != T_TEXT || c->npieces != 1 || c->script != S_HAN)
        return false;
    uint32_t cp[12];
    size_t n = cell_cps(s, k, cp, sizeof cp / sizeof *cp);
    if (n < 2 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return false;
    if (period_alone(cp, n) || period_token(cp, n))
        return false;
    for (size_t j = k + 1; j < end; j++)
        if (s->cells[j].type != T_TEXT && s->cells[j].type != T_YEAR)
            return false;
    if (k == h || k - h > 2)
        return false;
    for (size_t j = h; j < k; j++) {
        uint32_t w[24];
        if (s->cells[j].type != T_TEXT || cell_cps(s, j, w, 24) < 5)
            return false;
    }
    return true;
}

/* The header of a table of cells a line each starts after its caption:
 * the first of the cells [h, end), as many as the columns or one more, a
 * name of four Han characters or more (no unit, no digit, no column's
 * name: 指标, 产品名称, 地区) standing apart from the rest by more blank
 * lines than the cells are (主要产品产量 / two blank lines / 2023年 /
 * 较上年增长(%): an empty corner lost), or over the table's period, the
 * corner (工业数据 / 2022年9月 / 本月 / 同比增长(%)). */
static size_t header_after_caption(const scan *s, size_t h, size_t end, size_t ncols)
{
    size_t nh = end - h;
    if (nh < 2 || (nh != ncols && nh != ncols + 1) || s->cells[h].type != T_TEXT
        || s->cells[h].script != S_HAN || label_head(s, h))
        return h;
    uint32_t cp[64];
    size_t n = cell_cps(s, h, cp, sizeof cp / sizeof *cp);
    if (n < 4 || n >= sizeof cp / sizeof *cp)
        return h;
    for (size_t i = 0; i < n; i++)
        if (!bl_is_han(cp[i]))
            return h;
    if (names_column(cp, n))
        return h;
    if (blanks_after(s, h) > usual_blanks(s, 0, s->ncells))
        return h + 1;
    uint32_t pc[24];
    size_t pn = cell_cps(s, h + 1, pc, sizeof pc / sizeof *pc);
    if (nh == ncols + 1 && (period_alone(pc, pn) || period_token(pc, pn)))
        return h + 1;
    return h;
}

/* The end of the header cells [h, end): the empty cells just before
 * the first data row left out when the text cells before them are one
 * row over the value columns (規模以上工業… | 固定資產投資… | 社會消費品… | then
 * a bare '|', the label column's empty corner, read last). */
static size_t header_end(const scan *s, size_t h, size_t end, size_t ncols)
{
    size_t e = end;
    while (e > h && s->cells[e - 1].type == T_EMPTY)
        e--;
    if (e == end || e - h + 1 != ncols || ncols < 3)
        return end;
    for (size_t k = h; k < e; k++)
        if (s->cells[k].type == T_EMPTY)
            return end;
    return e;
}

/* The bare lines from `from` to the table just kept: the merged cells of
 * its name's row, lines of the table (no text between the caption and
 * it). */
static bulletin_status span_lines(scan *s, size_t from)
{
    parser *p = s->p;
    shape_table *t = &p->shapes.tables[p->shapes.ntables - 1];
    for (size_t i = from; i < t->first; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        if (s->info[i].form != F_BARE)
            return BULLETIN_OK;
    }
    for (size_t i = from; i < t->first; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        p->lines[i].kind = LK_TABLE;
        p->lines[i].shape = (unsigned)p->shapes.ntables;
        s->info[i].form = F_NONE;
    }
    if (from < t->first)
        t->first = from;
    return BULLETIN_OK;
}

/* The run of cell lines [from, to): a table when its cells hold rows.
 * *rest is the line after the table's last row when the run goes on
 * past it (another table's caption and cells), else `to`; *kout its rows'
 * value count, for a table of the same form after it (`want`). */
static bulletin_status cell_run(scan *s, size_t from, size_t to, bool bars, size_t want,
                                size_t *rest, size_t *kout)
{
    bulletin_status status = BULLETIN_OK;
    *rest = to;
    *kout = 0;
    BL_CHECK(run_cells(s, from, to, bars));
    size_t ncols = 0, end = 0;
    BL_CHECK(text_rows(s, 0, s->ncells, bars ? 0 : want, &ncols, &end));
    if (!ncols)
        BL_CHECK(year_rows(s, 0, s->ncells, &ncols, &end));
    bool pairs = false;
    if (!ncols && bars) {
        BL_CHECK(pair_rows(s, 0, s->ncells, &ncols, &end));
        pairs = ncols > 0;
    }
    if (!ncols) {
        BL_CHECK(two_rows(s, 0, s->ncells, bars, &ncols, &end));
        pairs = ncols > 0;
    }
    if (!ncols)
        return BULLETIN_OK;
    size_t h = header_start(s, 0, end, ncols);
    /* the header opens with its label column's name: the lines before it
     * (社會消費品零售總額 / 2022年9月 / 指標 …) are the table's caption and
     * period, no header cells */
    for (size_t k = h + 1; k < end; k++)
        if (label_head(s, k)) {
            h = k;
            break;
        }
    /* or with a name of the label column as many cells before the rows
     * as there are columns (各区财政收入 / 地区 / 收入(亿元) / 增长(%)) */
    if (end - h > ncols && s->cells[end - ncols].type == T_TEXT) {
        uint32_t cp[12];
        size_t n = cell_cps(s, end - ncols, cp, sizeof cp / sizeof *cp);
        if (n && n < sizeof cp / sizeof *cp && (names_column(cp, n) || rows_name(s, h, end - ncols, end)))
            h = end - ncols;
    }
    h = header_after_text(s, h, end);
    /* a numbered heading over the table (二、农业, （二）農業, 3.工业) is the
     * section's, no header cell, nor is a line above it (the title) */
    for (size_t k = h; k + 2 < end; k++)
        if (s->cells[k].npieces == 1 && s->p->lines[s->cells[k].first].kind == LK_HEADING
            && !s->p->lines[s->cells[k].first].unnum)
            h = k + 1;
    if (!bars)
        h = header_after_caption(s, h, end, ncols);
    size_t spans = SIZE_MAX; /* the first line of the name's row's bars */
    if (bars && h < end && table_name(s, h)) {
        /* its row's other cells, merged into it: bare bars, no row */
        h++;
        if (h < end && s->cells[h].type == T_EMPTY)
            spans = s->cells[h].first;
        while (h < end && s->cells[h].type == T_EMPTY)
            h++;
    }
    if (pairs)
        h = end - ncols; /* the names of the label and value columns */
    size_t hend = header_end(s, h, end, ncols);
    RESERVE(status, s->p->mem, s->hc, s->cap_hc, end - h + ncols + 1);
    for (size_t k = h; k < hend; k++)
        s->hc[k - h] = k;
    /* value columns' names wrapped over cells, each ending in its unit
     * (總量 / (億元) / 比上年同期 / 增長(%)): one cell before them is the
     * header's corner (2022年上半年), the lines above it the table's
     * caption, no header cells */
    size_t *at = s->hc + (end - h);
    if (!bars && hend - h > ncols && bl_shape_unit_heads(s, s->hc, hend - h, ncols, at) && at[0] > 1) {
        size_t drop = at[0] - 1;
        h += drop;
        for (size_t k = h; k < hend; k++)
            s->hc[k - h] = k;
    }
    size_t before = s->p->shapes.ntables;
    size_t last = 0, values = ncols - s->labcols; /* the last row's last line */
    if (s->ndrows) {
        const drow *d = &s->drows[s->ndrows - 1];
        size_t c = d->nval ? d->val0 + d->nval - 1 : d->lab0 + d->nlab - 1;
        last = s->cells[c].last;
    }
    BL_CHECK(bl_shape_emit(s, s->hc, hend - h, ncols));
    if (spans != SIZE_MAX && s->p->shapes.ntables > before)
        BL_CHECK(span_lines(s, spans));
    if (s->p->shapes.ntables > before && !bars && last + 1 < to) {
        *rest = last + 1;
        *kout = values;
    }
cleanup:
    return status;
}

/* Whether cells a and b hold the same text. */
static bool same_cells(const scan *s, size_t a, size_t b)
{
    uint32_t x[16], y[16];
    size_t n = cell_cps(s, a, x, 16), m = cell_cps(s, b, y, 16);
    return n && n == m && n < 16 && memcmp(x, y, n * sizeof *x) == 0;
}

/* The cells of one side of a balance sheet's row: a label (or nothing)
 * and its value (or nothing). */
static bool pair_at(const scan *s, size_t k)
{
    unsigned char l = s->cells[k].type, v = s->cells[k + 1].type;
    if (l == T_EMPTY)
        return v == T_EMPTY;
    return l == T_TEXT && (v == T_NUM || v == T_YEAR || v == T_EMPTY);
}

/* A balance sheet's two sides (or more) a cell per line: a header of
 * label and value column names, the value columns named alike (收入 |
 * 执行数 | 支出 | 执行数 |, 项目 | 金额 | 项目 | 金额 |), then rows of as
 * many label and value pairs (一、本级收入 | 141461 | 一、本级支出 |
 * 729850 |; a side with no row left: a bare || line, or nothing after the
 * last row).  Fills s->drows: a row's cells after its first label are its
 * values. */
static bulletin_status pair_rows(scan *s, size_t c0, size_t c1, size_t *ncols, size_t *head_end)
{
    bulletin_status status = BULLETIN_OK;
    *ncols = 0;
    s->ndrows = 0;
    size_t f = c0;
    while (f + 1 < c1 && !(s->cells[f].type == T_TEXT && s->cells[f + 1].type == T_NUM))
        f++;
    if (f + 1 >= c1)
        return BULLETIN_OK;
    size_t h = f;
    while (h > c0 && f - h < 8 && s->cells[h - 1].type == T_TEXT)
        h--;
    for (size_t w = (f - h) & ~(size_t)1; w >= 4; w -= 2) {
        bool alike = true;
        for (size_t q = f - w + 3; q < f && alike; q += 2)
            alike = same_cells(s, f - w + 1, q);
        if (!alike)
            continue;
        s->ndrows = 0;
        for (size_t r = f; r + 1 < c1;) {
            size_t n = 0;
            while (n < w && r + n + 1 < c1 && pair_at(s, r + n))
                n += 2;
            bool num = false;
            for (size_t q = r + 1; q < r + n; q += 2)
                num |= s->cells[q].type == T_NUM;
            if (!num || (n < w && r + n + 1 < c1))
                break; /* no value, or a row cut short before the end */
            RESERVE(status, s->p->mem, s->drows, s->cap_drows, s->ndrows + 1);
            s->drows[s->ndrows++] = (drow){r, 1, r + 1, n - 1, true};
            r += n;
        }
        if (s->ndrows >= 3) {
            s->labcols = 1;
            *ncols = w;
            *head_end = f;
            return BULLETIN_OK;
        }
    }
    s->ndrows = 0;
cleanup:
    return status;
}

/* Whether cell k of a run of plain lines is closed by a line of a bar
 * alone (地区生产总值(亿元) / | / 523.5 / |). */
static bool bar_closed(const scan *s, size_t k)
{
    const parser *p = s->p;
    size_t i = s->cells[k].last + 1;
    while (i < p->nlines && p->lines[i].kind == LK_BLANK)
        i++;
    return i < p->nlines && s->info[i].form == F_BARE && s->info[i].nbars == 1;
}

/* Whether cell k is a column's name over a two-column table: one short
 * piece of text (指标, 数值, 項目, 金額, 2023年), no number, no line no
 * header reaches past. */
static bool short_name(const scan *s, size_t k)
{
    const rcell *c = &s->cells[k];
    if (c->npieces != 1 || (c->type != T_TEXT && c->type != T_YEAR) || s->info[c->first].stop)
        return false;
    uint32_t cp[16];
    size_t n = cell_cps(s, k, cp, sizeof cp / sizeof *cp);
    return n >= 2 && n <= 10;
}

/* A two-column table a cell per line, each cell closed by a bar (` |`
 * after it, or a line of a bar under it: `bars` false): a header of two
 * names (指标 | 数值, 項目 | 金額), then label and value pairs, three at
 * least (地区生产总值(亿元) | 523.5).  Fills s->drows; *head_end: the first
 * pair's label. */
static bulletin_status two_rows(scan *s, size_t c0, size_t c1, bool bars, size_t *ncols,
                                size_t *head_end)
{
    bulletin_status status = BULLETIN_OK;
    *ncols = 0;
    s->ndrows = 0;
    size_t f = c0;
    while (f + 1 < c1 && !(s->cells[f].type == T_TEXT && s->cells[f + 1].type == T_NUM))
        f++;
    if (f + 1 >= c1 || f < c0 + 2 || !short_name(s, f - 2) || !short_name(s, f - 1)
        || s->cells[f - 2].type != T_TEXT)
        return BULLETIN_OK;
    /* the first names the label column (指标, 项目, 地区, 科目名称); no
     * other column before it of the same name (地区 | 人口 | 地区 | 面积:
     * two sides named unlike, no table of two columns) */
    uint32_t cp[16];
    size_t n = cell_cps(s, f - 2, cp, sizeof cp / sizeof *cp);
    if (!names_column(cp, n) && !label_head(s, f - 2))
        return BULLETIN_OK;
    for (size_t k = f - 2; k > c0 && k + 6 > f; k--)
        if (same_cells(s, k - 1, f - 2))
            return BULLETIN_OK;
    size_t r = f;
    for (; r + 1 < c1 && s->cells[r].type == T_TEXT && s->cells[r + 1].type == T_NUM; r += 2) {
        RESERVE(status, s->p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        s->drows[s->ndrows++] = (drow){r, 1, r + 1, 1, true};
    }
    bool closed = true;
    for (size_t k = f - 2; k < r && !bars && closed; k++)
        closed = k + 1 == r || bar_closed(s, k);
    if (s->ndrows < 3 || !closed) {
        s->ndrows = 0;
        return BULLETIN_OK;
    }
    s->labcols = 1;
    *ncols = 2;
    *head_end = f;
cleanup:
    return status;
}

/* ========================================================================
 * A cell per line, each closed by a line of a bar
 * ====================================================================== */

/* The next line from i on that is not blank. */
static size_t nonblank(const parser *p, size_t i)
{
    while (i < p->nlines && p->lines[i].kind == LK_BLANK)
        i++;
    return i;
}

static bool bare_line(const scan *s, size_t i)
{
    return i < s->p->nlines && s->info[i].form == F_BARE && !s->p->lines[i].shape;
}

/* The bare bar lines after the last table's last cell, up to line `last`
 * (blank lines between them skipped), are the table's. */
static void claim_trailing_bars(parser *p, scan *s, size_t last)
{
    shape_table *t = &p->shapes.tables[p->shapes.ntables - 1];
    for (size_t k = t->last + 1; k <= last && k < p->nlines; k++) {
        if (p->lines[k].kind == LK_BLANK)
            continue;
        if (!bare_line(s, k))
            break;
        p->lines[k].kind = LK_TABLE;
        p->lines[k].shape = (unsigned)p->shapes.ntables;
        s->info[k].form = F_NONE;
        t->last = k;
    }
}

static bool closed_cell_line(const scan *s, size_t i)
{
    return i < s->p->nlines && cell_line_of(&s->info[i]) && !s->p->lines[i].shape
        && s->p->lines[i].kind == LK_TEXT;
}

/* A table copied from a web page a cell per line, a line of a bar after
 * each cell (the gov.cn big5 layout: 指 標 / | / 10月 / | / …), from line
 * i, the line just before the first bar line (the lines above it are the
 * table's caption).  A cell's words may wrap onto a second short line
 * (同比增長 / (%)); a second bar line after a cell's closes the row, and
 * the bars between them stand for empty cells (分輕重工業 / | / | / | / |
 * / | / |).  The rows with as many cells as most rows with a number are
 * the data rows; a row of its label alone, the rest empty, is a group
 * row; the cells before the first data row are the header, laid over
 * the columns by table_header.c.  *next: the line after the run. */
/* Joins header cell b (the next in its row) onto a: one word written
 * over two cells (2006年比 / 2005年增減, 總 / 產量). */
static void join_cells(scan *s, size_t a, size_t b)
{
    rcell *x = &s->cells[a], *y = &s->cells[b];
    if (x->piece0 + x->npieces != y->piece0 || !y->npieces)
        return;
    s->pieces[y->piece0].join = x->script == S_HAN;
    x->npieces += y->npieces;
    x->last = y->last;
    x->type = T_TEXT;
    y->npieces = 0;
    y->type = T_EMPTY;
}

/* The header rows of a grid (r0 rows of ncols cells from cell 0): a word
 * over two cells joined (a period that ends in 比 and the next, a single
 * Han character and the next: 總 / 產量), and a row of few names, each
 * centred over the columns it spans (| | 2006年 | | | 2005年 | …), each
 * moved to its span's first column, as a merged cell is read (the
 * columns after it take its name). */
static void grid_spans(scan *s, size_t *grid, size_t r0, size_t ncols)
{
    for (size_t r = 0; r < r0; r++) {
        size_t *row = grid + r * ncols;
        double x[16];
        size_t id[16], m = 0;
        for (size_t c = 1; c < ncols; c++) {
            if (row[c] == SIZE_MAX)
                continue;
            uint32_t cp[24];
            size_t n = cell_cps(s, row[c], cp, 24);
            bool pair = false;
            if (c + 1 < ncols && row[c + 1] != SIZE_MAX && n
                && ((cp[n - 1] == 0x6BD4 && s->cells[row[c]].type != T_NUM) /* 比 */
                    || (n == 1 && bl_is_han(cp[0])))) {
                join_cells(s, row[c], row[c + 1]);
                pair = s->cells[row[c + 1]].type == T_EMPTY;
                if (pair)
                    row[c + 1] = SIZE_MAX;
            }
            if (m < 16) {
                x[m] = pair ? (double)c + 0.5 : (double)c;
                id[m++] = row[c];
            }
            if (pair)
                c++;
        }
        if (m == 0 || m >= 16 || 2 * m > ncols - 1)
            continue;
        size_t start[16];
        for (size_t i = 1; i < m; i++)
            start[i] = (size_t)((x[i - 1] + x[i]) / 2) + 1;
        size_t end0 = m > 1 ? start[1] - 1 : ncols - 1;
        double s0 = 2 * x[0] - (double)end0;
        start[0] = s0 < 1 ? 1 : (size_t)(s0 + 0.5);
        bool ok = true;
        for (size_t i = 0; i < m && ok; i++)
            ok = start[i] <= x[i] && (i == 0 || start[i] > start[i - 1]);
        if (!ok)
            continue;
        for (size_t c = 1; c < ncols; c++)
            row[c] = SIZE_MAX;
        for (size_t i = 0; i < m; i++)
            row[start[i]] = id[i];
    }
}

/* The same table with no row's end marked: every bar line closes a
 * cell, the cell above it or, after a bar, an empty one (省份 / | / |
 * / | …: a province and its empty cells); the bars before the first
 * cell are the header's empty corner cells.  The rows are then every
 * ncols cells: the column count that puts a label (text) at the head of
 * every row from the first data row on (a label, then a number) to the
 * end, values alone after it, and the rows above are the header's, laid
 * out as read (a header split cell by cell: 2006年 / 播種面積 …).  A
 * table whose last column is empty in every row is the other reading's
 * (two bars end a row).  *done: the table was built. */
static bulletin_status grid_run(scan *s, size_t i, size_t *next, bool *done)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t *grid = NULL, *hc = NULL;
    *done = false;
    s->ncells = s->npieces = s->ngroups = s->ndrows = 0;
    size_t lead = i;
    for (size_t k = i; k > 0;) {
        k--;
        if (p->lines[k].kind == LK_BLANK)
            continue;
        if (!bare_line(s, k))
            break;
        lead = k;
    }
    bool pending = false, empties = false;
    size_t j = lead, last = lead;
    for (; j < p->nlines; j++) {
        if (p->lines[j].kind == LK_BLANK)
            continue;
        if (bare_line(s, j)) {
            for (unsigned k = 0; k < s->info[j].nbars; k++) {
                if (pending) {
                    pending = false;
                    continue;
                }
                empties |= j > i;
                BL_CHECK(add_rcell(s, j, s->info[j].from, s->info[j].from, 0, 0, T_EMPTY, S_OTHER, 0));
            }
            last = j;
            continue;
        }
        if (!closed_cell_line(s, j) || pending)
            break;
        const linfo *in = &s->info[j];
        BL_CHECK(add_rcell(s, j, in->from, in->to, in->bfrom, in->bto, in->type, in->script, in->year));
        pending = true;
        last = j;
    }
    size_t n = s->ncells, ncols = 0, r0 = 0;
    if (!empties || n < 12)
        goto cleanup;
    for (size_t P = 3; P <= 16 && !ncols; P++) {
        if (n % P)
            continue;
        size_t rows = n / P, first = SIZE_MAX, nums = 0;
        bool ok = true, full = false;
        for (size_t r = 0; r < rows && ok; r++) {
            const rcell *c = &s->cells[r * P];
            bool text = false, num = false;
            for (size_t k = r * P + 1; k < (r + 1) * P; k++) {
                text |= s->cells[k].type == T_TEXT;
                num |= s->cells[k].type == T_NUM;
            }
            if (first == SIZE_MAX) {
                if (c->type == T_TEXT && num && !text)
                    first = r;
                else if (r >= 4)
                    ok = false;
            }
            if (first == SIZE_MAX)
                continue;
            ok = c->type == T_TEXT && !text;
            nums += num;
            full |= s->cells[(r + 1) * P - 1].type != T_EMPTY;
        }
        if (ok && first != SIZE_MAX && first >= 1 && nums >= 3 && full)
            ncols = P, r0 = first;
    }
    if (!ncols)
        goto cleanup;
    size_t nh = r0 * ncols;
    grid = bl_calloc(p->mem, nh, sizeof *grid);
    hc = bl_calloc(p->mem, nh, sizeof *hc);
    if (!grid || !hc) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t k = 0; k < nh; k++) {
        hc[k] = k;
        grid[k] = s->cells[k].type == T_EMPTY ? SIZE_MAX : k;
    }
    grid_spans(s, grid, r0, ncols);
    for (size_t r = r0; r < n / ncols; r++) {
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        s->drows[s->ndrows++] = (drow){r * ncols, 1, r * ncols + 1, ncols - 1, true};
    }
    s->grid = grid;
    s->glevels = r0;
    size_t before = p->shapes.ntables;
    BL_CHECK(bl_shape_emit(s, hc, nh, ncols));
    if (p->shapes.ntables == before)
        goto cleanup;
    claim_trailing_bars(p, s, last); /* the bars after the last cell */
    *done = true;
    *next = j;
cleanup:
    s->grid = NULL;
    s->glevels = 0;
    bl_free(p->mem, grid);
    bl_free(p->mem, hc);
    return status;
}

static bulletin_status closed_run(scan *s, size_t i, size_t *next)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    {
        bool done;
        BL_CHECK(grid_run(s, i, next, &done));
        if (done)
            return BULLETIN_OK;
    }
    s->ncells = s->npieces = s->ngroups = s->ndrows = 0;
    size_t j = i, row0 = 0, last = i, rowends = 0;
    while (closed_cell_line(s, j)) {
        size_t b = nonblank(p, j + 1), second = SIZE_MAX;
        if (!bare_line(s, b)) {
            /* a cell wrapped onto a second short line, then its bar */
            size_t b2 = nonblank(p, b + 1);
            if (j == i || !closed_cell_line(s, b) || s->info[b].nchars > 8 || !bare_line(s, b2))
                break;
            second = b;
            b = b2;
        }
        const linfo *in = &s->info[j];
        BL_CHECK(add_rcell(s, j, in->from, in->to, in->bfrom, in->bto, in->type, in->script, in->year));
        if (second != SIZE_MAX) {
            const linfo *nx = &s->info[second];
            rcell *c = &s->cells[s->ncells - 1];
            RESERVE(status, p->mem, s->pieces, s->cap_pieces, s->npieces + 1);
            s->pieces[s->npieces++] = piece_of(p, second, nx->from, nx->bfrom, nx->bto);
            s->pieces[s->npieces - 1].join = c->script == S_HAN; /* 同比增長 / (%) */
            c->npieces++;
            c->last = second;
            c->type = T_TEXT;
        }
        /* the bars after the cell: its own, then empty cells, then the
         * row's end */
        size_t bars = 0, q = b, lastbar = b;
        while (bare_line(s, q)) {
            bars += s->info[q].nbars;
            lastbar = q;
            q = nonblank(p, q + 1);
        }
        for (size_t e = 2; e < bars; e++)
            BL_CHECK(add_rcell(s, lastbar, s->info[lastbar].from, s->info[lastbar].from, 0, 0, T_EMPTY,
                               S_OTHER, 0));
        last = lastbar;
        j = q;
        if (bars >= 2) {
            BL_CHECK(push_group(s, row0, row0, s->ncells, false));
            row0 = s->ncells;
            rowends++;
        }
    }
    *next = j > i ? j : i + 1;
    if (row0 < s->ncells)
        BL_CHECK(push_group(s, row0, row0, s->ncells, false));
    if (s->ncells < 6 || rowends == 0)
        return BULLETIN_OK;
    /* the column count: the most frequent cell count of the rows with a
     * label and a number */
    size_t ncols = 0, best = 0;
    for (size_t r = 0; r < s->ngroups && r < 64; r++) {
        const drow *g = &s->groups[r];
        size_t n = g->nval, f = 0;
        if (n < 2 || n == ncols)
            continue;
        for (size_t r2 = r; r2 < s->ngroups && r2 < 64; r2++) {
            const drow *h = &s->groups[r2];
            bool num = false;
            for (size_t k = h->val0 + 1; k < h->val0 + h->nval && !num; k++)
                num = s->cells[k].type == T_NUM;
            f += h->nval == n && s->cells[h->val0].type == T_TEXT && num;
        }
        if (f > best)
            best = f, ncols = n;
    }
    if (!best)
        return BULLETIN_OK;
    size_t r0 = 0; /* the first data row: its label, then a number */
    for (; r0 < s->ngroups; r0++) {
        const drow *g = &s->groups[r0];
        bool num = false;
        for (size_t k = g->val0 + 1; k < g->val0 + g->nval && !num; k++)
            num = s->cells[k].type == T_NUM;
        if (g->nval == ncols && s->cells[g->val0].type == T_TEXT && num)
            break;
    }
    size_t nh = s->groups[r0].val0;
    for (size_t r = r0; r < s->ngroups; r++) {
        const drow *g = &s->groups[r];
        if (g->nval == 0 || s->cells[g->val0].type != T_TEXT || g->nval > ncols)
            break;
        bool empty = true;
        for (size_t k = g->val0 + 1; k < g->val0 + g->nval && empty; k++)
            empty = s->cells[k].type == T_EMPTY;
        if (g->nval != ncols && !empty)
            break;
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        s->drows[s->ndrows++] = empty ? (drow){g->val0, 1, g->val0 + 1, 0, false}
                                      : (drow){g->val0, 1, g->val0 + 1, ncols - 1, true};
    }
    if (!s->ndrows || !nh)
        return BULLETIN_OK;
    RESERVE(status, p->mem, s->hc, s->cap_hc, nh + ncols + 1);
    for (size_t k = 0; k < nh; k++)
        s->hc[k] = k;
    size_t before = p->shapes.ntables;
    BL_CHECK(bl_shape_emit(s, s->hc, nh, ncols));
    if (p->shapes.ntables == before)
        return BULLETIN_OK;
    claim_trailing_bars(p, s, last); /* the bars after the last row's cells */
cleanup:
    return status;
}

/* ========================================================================
 * Space-separated columns; a table on one line
 * ====================================================================== */

/* Header cells of line li (decoded, tokenised): tokens split at spaces,
 * except between Latin words and between the characters of a padded
 * name (年 份). */
static bulletin_status header_line_cells(scan *s, size_t li)
{
    bulletin_status status = BULLETIN_OK;
    size_t t = 0;
    while (t < s->ntoks) {
        size_t e = t + 1;
        while (e < s->ntoks
               && ((s->toks[e - 1].script == S_LATIN && s->toks[e].script == S_LATIN
                    && s->toks[e].gap == 1)
                   || (s->toks[e - 1].single && s->toks[e].single)))
            e++;
        BL_CHECK(add_token_cell(s, li, t, e));
        t = e;
    }
cleanup:
    return status;
}

/* Header lines above line `first` (plain lines, no sentence, no unit line
 * or caption): their cells appended to s->cells; returns the first header
 * line in *hfirst. */
static bulletin_status header_lines(scan *s, size_t first, size_t ncols, size_t *hfirst)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t i = first, top = first, cells = 0, lines = 0;
    bool full = false; /* a line of the columns' names taken */
    while (i > 0 && lines < 2 * ncols + 2) {
        size_t j = i - 1;
        if (p->lines[j].kind == LK_BLANK) {
            i = j;
            continue;
        }
        const linfo *in = &s->info[j];
        if (in->form != F_PLAIN || in->stop || p->lines[j].kind != LK_TEXT || in->type == T_NUM)
            break;
        /* a line of one cell, not indented and no period, over a line of
         * the columns' names is the table's caption (主要产品产量 over
         * 指标  2023年  较上年增长(%)); a period over them may span them */
        BL_CHECK(bl_p_decode_line(p, j));
        BL_CHECK(tokenise(s, j, in->from, in->to));
        bool latin = false;
        for (size_t k = 0; k < s->ntoks; k++)
            latin |= s->toks[k].script == S_LATIN;
        if (s->ntoks >= 2 && s->ntoks + 1 >= ncols && !latin)
            full = true; /* (a translation's words are no names) */
        else if (full && s->ntoks == 1 && in->from == 0
                 && !period_alone(p->cur.cp + in->from, in->to - in->from)
                 && !period_token(p->cur.cp + in->from, in->to - in->from))
            break;
        cells += 1;
        if (cells > 3 * ncols)
            break;
        top = j;
        lines++;
        i = j;
    }
    /* leading Latin lines translate the line above the table */
    while (top < first && (p->lines[top].kind == LK_BLANK || s->info[top].script == S_LATIN))
        top++;
    *hfirst = top;
    for (size_t j = top; j < first; j++) {
        if (p->lines[j].kind == LK_BLANK)
            continue;
        BL_CHECK(bl_p_decode_line(p, j));
        const linfo *in = &s->info[j];
        BL_CHECK(tokenise(s, j, in->from, in->to));
        BL_CHECK(header_line_cells(s, j));
    }
cleanup:
    return status;
}

/* Whether cp[0..n) opens a ( or （ it does not close. */
static bool open_paren(const uint32_t *cp, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++)
        if (cp[i] == '(' || cp[i] == 0xFF08)
            depth++;
        else if ((cp[i] == ')' || cp[i] == 0xFF09) && depth)
            depth--;
    return depth > 0;
}

/* Whether line li (cp from..to of the line, decoded now) is the end of a
 * wrapped label: a short word closing a parenthesis, 亿). */
static bool closes_paren(parser *p, size_t li, size_t from, size_t to)
{
    if (bl_p_decode_line(p, li) != BULLETIN_OK || to <= from || to - from > 6)
        return false;
    const uint32_t *cp = p->cur.cp;
    bool open = false;
    for (size_t i = from; i < to; i++) {
        if (bl_p_is_space(cp[i]) || cp[i] == '(' || cp[i] == 0xFF08)
            return false;
        if (cp[i] == ')' || cp[i] == 0xFF09)
            open = i + 1 == to;
    }
    return open;
}

static bulletin_status yearbook_run(scan *s, size_t from, size_t to, size_t k, bool *done);

/* A data row of line i, one per line: the line decoded and tokenised,
 * a new row whose label cell is its label tokens (all its tokens when it
 * is no F_ROW line), their count in *nl; the row's values are the
 * caller's. */
static bulletin_status push_drow(scan *s, size_t i, size_t *nl)
{
    parser *p = s->p;
    const linfo *in = &s->info[i];
    bulletin_status status = BULLETIN_OK;
    BL_CHECK(bl_p_decode_line(p, i));
    BL_CHECK(tokenise(s, i, in->from, in->to));
    RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
    drow *d = &s->drows[s->ndrows++];
    d->lab0 = s->ncells;
    d->nlab = 1;
    *nl = in->form == F_ROW ? in->nlabel : s->ntoks;
    if (*nl)
        BL_CHECK(add_token_cell(s, i, 0, *nl));
    else /* its label lost: an empty cell where the row begins */
        BL_CHECK(empty_cells(s, i, 1));
cleanup:
    return status;
}

/* What a header cell of a table whose rows lost their labels is, by its
 * text: a unit in brackets alone ((个), (人), () whose unit was lost), a
 * word ending in one (班数(个)), a sub-item's mark alone (#), or a word. */
enum { HW_WORD, HW_UNIT_WORD, HW_UNIT, HW_MARK };

static int head_word(const scan *s, size_t q)
{
    const rcell *c = &s->cells[q];
    if (c->npieces != 1)
        return HW_WORD;
    const bl_line *pc = &s->pieces[c->piece0];
    const unsigned char *t = (const unsigned char *)s->p->src + pc->off;
    size_t n = pc->len;
    if ((n == 1 && t[0] == '#') || (n == 3 && !memcmp(t, "\xEF\xBC\x83", 3)))
        return HW_MARK;
    bool close = (n >= 1 && t[n - 1] == ')') || (n >= 3 && !memcmp(t + n - 3, "\xEF\xBC\x89", 3));
    if (!close)
        return HW_WORD;
    bool open = t[0] == '(' || (n >= 3 && !memcmp(t, "\xEF\xBC\x88", 3));
    if (open) {
        size_t opens = 0; /* one pair of brackets, a short unit inside */
        for (size_t i = 0; i < n; i++)
            opens += t[i] == '(' || (i + 3 <= n && !memcmp(t + i, "\xEF\xBC\x88", 3));
        return opens == 1 && n <= 20 ? HW_UNIT : HW_WORD;
    }
    return HW_UNIT_WORD;
}

/* The column heads of the header cells [0, nh) of a table whose rows lost
 * their labels, wrapped over lines: a bare unit goes with the word before
 * it when that word has none (在园幼儿数 / (人)), else it heads a column
 * whose name was lost ((个) under 园所个数(所)); a mark (#) goes with the
 * word after it.  With `runs`, words without a unit that follow one
 * another are one head (a group's name over a sub-column's: 小学附设学前班
 * # 专任教师).  head[] gets each head's first cell; the count. */
static size_t lost_heads(scan *s, size_t nh, bool runs, size_t *head, size_t *end)
{
    size_t n = 0;
    bool unit = false, mark = false, word = false;
    for (size_t q = 0; q < nh; q++) {
        int w = head_word(s, q);
        bool join;
        if (w == HW_MARK)
            join = runs && n && !unit && word && !mark;
        else if (w == HW_UNIT)
            join = n && !unit && (word || mark);
        else if (w == HW_UNIT_WORD)
            join = n && mark && !word;
        else
            join = n && ((mark && !word) || (runs && !unit && word));
        if (!join) {
            head[n++] = q;
            unit = mark = word = false;
        }
        end[n - 1] = q + 1;
        if (w == HW_MARK)
            mark = true;
        else
            word |= w != HW_UNIT, unit |= w != HW_WORD;
    }
    return n;
}

/* A row per line: lines [from, to) of the run (rows and label lines). */
static bulletin_status row_run(scan *s, size_t from, size_t to)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    /* the column count: the most frequent value count */
    size_t best = 0, bestf = 0;
    for (size_t i = from; i < to && i < from + 400; i++) {
        const linfo *in = &s->info[i];
        if (in->form != F_ROW || in->v == best)
            continue;
        size_t f = 0;
        for (size_t j = from; j < to && j < from + 400; j++)
            f += s->info[j].form == F_ROW && s->info[j].v == in->v;
        if (f > bestf || (f == bestf && in->v > best))
            best = in->v, bestf = f;
    }
    if (bestf < 2)
        return BULLETIN_OK;
    size_t k = best;
    /* the rows: from the first full row, while rows fit */
    size_t r0 = from;
    while (r0 < to && !(s->info[r0].form == F_ROW && s->info[r0].v == k))
        r0++;
    /* a yearbook's sheet: a header of year lines, rows missing cells */
    bool done = false;
    BL_CHECK(yearbook_run(s, from, to, k, &done));
    if (done)
        return BULLETIN_OK;
    /* a header row of periods, one over each value column, just above
     * the first row: the header, alone; two rows under it are a table */
    size_t ph = r0;
    while (ph > 0 && p->lines[ph - 1].kind == LK_BLANK)
        ph--;
    bool periods = false;
    if (ph > 0 && s->info[ph - 1].period && p->lines[ph - 1].kind == LK_TEXT) {
        BL_CHECK(bl_p_decode_line(p, ph - 1));
        BL_CHECK(tokenise(s, ph - 1, s->info[ph - 1].from, s->info[ph - 1].to));
        periods = s->ntoks == k;
    }
    if (bestf < 3 && !periods)
        return BULLETIN_OK;
    size_t r1 = r0, last = r0;
    while (r1 < to) {
        const linfo *in = &s->info[r1];
        if (p->lines[r1].kind != LK_BLANK) {
            if (in->form == F_ROW && in->v > k)
                break;
            if (in->form == F_ROW)
                last = r1;
        }
        r1++;
    }
    s->ncells = s->npieces = 0;
    size_t hfirst = r0;
    if (periods) {
        BL_CHECK(bl_p_decode_line(p, ph - 1));
        BL_CHECK(tokenise(s, ph - 1, s->info[ph - 1].from, s->info[ph - 1].to));
        BL_CHECK(header_line_cells(s, ph - 1));
    } else {
        BL_CHECK(header_lines(s, r0, k + 1, &hfirst));
    }
    size_t nh = s->ncells;
    s->ndrows = 0;
    for (size_t i = r0; i <= last; i++) {
        const linfo *in = &s->info[i];
        if (p->lines[i].kind == LK_BLANK)
            continue;
        size_t nl;
        BL_CHECK(push_drow(s, i, &nl));
        drow *d = &s->drows[s->ndrows - 1];
        /* a label wrapped onto the next line, the rest of it blank:
         * 货币当局外汇(万 / 亿) is one label */
        size_t w = i + 1;
        if (in->form == F_ROW && nl && w <= last && open_paren(p->cur.cp + in->from, s->toks[nl - 1].to - in->from)
            && s->info[w].form == F_PLAIN && s->info[w].type == T_TEXT
            && closes_paren(s->p, w, s->info[w].from, s->info[w].to)) {
            BL_CHECK(bl_p_decode_line(p, w));
            BL_CHECK(tokenise(s, w, s->info[w].from, s->info[w].to));
            BL_CHECK(add_token_cell(s, w, 0, s->ntoks));
            s->pieces[s->npieces - 1].join = 1;
            d->nlab = 2;
            BL_CHECK(bl_p_decode_line(p, i));
            BL_CHECK(tokenise(s, i, in->from, in->to));
        }
        d->val0 = s->ncells;
        for (size_t t = nl; t < s->ntoks; t++)
            BL_CHECK(add_token_cell(s, i, t, t + 1));
        d->nval = s->ncells - d->val0;
        if (d->nlab == 2)
            i++;
    }
    bool lost = false; /* rows whose labels were lost */
    for (size_t r = 0; r < s->ndrows && !lost; r++)
        lost = s->drows[r].nval && !s->cells[s->drows[r].lab0].npieces;
    size_t nheads = 0;
    if (lost && nh > k + 1) {
        /* their header's words wrapped over more cells than columns
         * (园所个数(所) / (个) / 在园幼儿数 / (人) …): when its heads (each
         * word with its unit, lost_heads) are as many as the value
         * columns, each is a column's header cell */
        RESERVE(status, p->mem, s->hc, s->cap_hc, 2 * nh + 2);
        size_t *end = s->hc + nh + 1;
        nheads = lost_heads(s, nh, false, s->hc, end);
        if (nheads != k)
            nheads = lost_heads(s, nh, true, s->hc, end);
        if (nheads != k)
            nheads = 0;
        for (size_t h = 0; h < nheads; h++) {
            rcell *c = &s->cells[s->hc[h]];
            const rcell *e = &s->cells[end[h] - 1];
            for (size_t q = s->hc[h] + 1; q < end[h]; q++) {
                /* Han words and their units join; a mark keeps its space */
                const rcell *b = &s->cells[q - 1];
                s->pieces[s->cells[q].piece0].join = head_word(s, q - 1) != HW_MARK
                    && head_word(s, q) != HW_MARK && (s->cells[q].script == S_HAN || b->script == S_HAN || head_word(s, q) == HW_UNIT);
            }
            c->npieces = e->piece0 + e->npieces - c->piece0;
            c->last = e->last;
            c->type = T_TEXT;
        }
    }
    if (nheads) {
        BL_CHECK(bl_shape_emit(s, s->hc, nheads, k + 1));
        goto cleanup;
    }
    if (lost && nh > k + 1) {
        /* else which words head which column cannot be told, so the
         * header is one cell holding them in order (the header cells'
         * pieces come first, in order) */
        rcell *h0 = &s->cells[0];
        h0->npieces = s->cells[nh - 1].piece0 + s->cells[nh - 1].npieces;
        h0->last = s->cells[nh - 1].last;
        h0->type = T_TEXT;
        nh = 1;
    }
    RESERVE(status, p->mem, s->hc, s->cap_hc, nh + 1);
    for (size_t q = 0; q < nh; q++)
        s->hc[q] = q;
    BL_CHECK(bl_shape_emit(s, s->hc, nh, k + 1));
    (void)hfirst;
cleanup:
    return status;
}

/* ========================================================================
 * A yearbook's sheet
 * ====================================================================== */

/* Whether cp[0..n) is the word lit, whole. */
static bool is_word(const uint32_t *cp, size_t n, const char *lit)
{
    size_t k = 0;
    for (const unsigned char *q = (const unsigned char *)lit; *q; q++)
        k += (*q & 0xC0) != 0x80;
    return k == n && starts_with(cp, n, lit);
}

/* Whether cp[0..n) names the label column of a yearbook's header. */
static bool item_head(const uint32_t *cp, size_t n)
{
    static const char *const names[] = {"Item", "Items", "项目", "項目", "指标", "指標"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (is_word(cp, n, names[i]))
            return true;
    return false;
}

/* The first year of a span of years, 1996-2000; 0 when not one. */
static int span_of(const uint32_t *cp, size_t n)
{
    if (n != 9 || !is_dash(cp[4]) || cp[4] == '/' || cp[4] == 0xFF0F)
        return 0;
    int y0 = year_of(cp, 4), y1 = year_of(cp + 5, 4);
    return y0 && y1 > y0 ? y0 : 0;
}

#define YB_COLS 64 /* columns at most */
#define YB_ROWS 8  /* header lines at most */

/* The year of token t of the current line (kind 1), or of its span
 * (kind 2); 0 when it is neither. */
static int token_year(const scan *s, size_t t, int *kind)
{
    const tok *x = &s->toks[t];
    *kind = 1;
    if (x->type == T_YEAR)
        return x->year;
    *kind = 2;
    return span_of(s->p->cur.cp + x->from, x->to - x->from);
}

/* Whether the tokens a and b of the current line read alike. */
static bool same_token(const scan *s, size_t a, size_t b)
{
    const tok *x = &s->toks[a], *y = &s->toks[b];
    return x->to - x->from == y->to - y->from
           && memcmp(s->p->cur.cp + x->from, s->p->cur.cp + y->from, (x->to - x->from) * sizeof(uint32_t)) == 0;
}

/* A statistical yearbook's sheet (stats-chongqing-2008-yearbook-
 * aggregates-table): a header of several lines opened by the label
 * column's name (Item, 项目), whose years and spans of years (1995 1996
 * 2000 2006 2007 … 1996-2000 2001-2005 1997-2007) name the value columns
 * in order, in groups (a year lower than the one before, or spans after
 * years, start a group); the group names (总量指标, 指数(…), 平均增长速度)
 * over the groups no year of their line covers, a name repeated next to
 * itself once; an English line under the line it translates; then group
 * rows (人口与就业 …, 口(万人) …) and rows of k values, a row missing
 * cells written with runs of spaces between its groups, each group's
 * values at the group's right end (the early years missing).  The rows
 * of the run [from, to) hold k values at most. */
static bulletin_status yearbook_run(scan *s, size_t from, size_t to, size_t k, bool *done)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t ncols = k + 1, a, b, *grid = NULL;
    *done = false;
    if (k < 3 || ncols > YB_COLS)
        return BULLETIN_OK;
    /* group rows above the first row */
    size_t g0 = from;
    while (g0 > 0
           && (p->lines[g0 - 1].kind == LK_BLANK
               || (p->lines[g0 - 1].kind == LK_TEXT && s->info[g0 - 1].form == F_PLAIN
                   && !s->info[g0 - 1].stop && s->info[g0 - 1].type == T_TEXT
                   && s->info[g0 - 1].script == S_HAN && !s->info[g0 - 1].period)))
        g0--;
    while (g0 < from && p->lines[g0].kind == LK_BLANK)
        g0++;
    /* the header: up to the line opened by the label column's name */
    size_t top = SIZE_MAX;
    for (size_t j = g0, n = 0; j > 0 && n < YB_ROWS; n++) {
        j--;
        if (p->lines[j].kind != LK_TEXT || p->lines[j].shape || s->info[j].stop)
            return BULLETIN_OK;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        BL_CHECK(tokenise(s, j, a, b));
        for (size_t i = a; i < b; i++)
            if (sentence_mark(p->cur.cp[i]))
                return BULLETIN_OK;
        if (s->ntoks && item_head(p->cur.cp + s->toks[0].from, s->toks[0].to - s->toks[0].from)) {
            top = j;
            break;
        }
    }
    if (top == SIZE_MAX)
        return BULLETIN_OK;
    /* the value columns: the header's years, in groups */
    size_t gstart[YB_COLS + 1], ngroups = 0, col = 1;
    unsigned char gof[YB_COLS];
    int prev = 0, prevkind = 0;
    for (size_t j = top; j < g0; j++) {
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        BL_CHECK(tokenise(s, j, a, b));
        for (size_t t = 0; t < s->ntoks; t++) {
            int kind, y = token_year(s, t, &kind);
            if (!y)
                continue;
            if (col >= ncols)
                return BULLETIN_OK;
            if (!ngroups || kind != prevkind || (kind == 1 && y <= prev))
                gstart[ngroups++] = col;
            gof[col++] = (unsigned char)(ngroups - 1);
            prev = y, prevkind = kind;
        }
    }
    if (col != ncols || ngroups < 2)
        return BULLETIN_OK;
    gstart[ngroups] = ncols;
    grid = bl_calloc(p->mem, YB_ROWS * ncols, sizeof *grid);
    if (!grid)
        return BULLETIN_ERR_NOMEM;
    s->ncells = s->npieces = 0;
    size_t levels = 0, latin_at = 1;
    col = 1;
    for (size_t j = top; j < g0; j++) {
        if (p->lines[j].kind == LK_BLANK)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, j, &a, &b));
        BL_CHECK(tokenise(s, j, a, b));
        size_t *row = grid + levels * ncols;
        for (size_t c = 0; c < ncols; c++)
            row[c] = SIZE_MAX;
        bool covered[YB_COLS] = {false}, han = false;
        size_t ncols_before = col;
        for (size_t t = 0; t < s->ntoks; t++)
            han |= s->toks[t].script == S_HAN;
        /* the text cells: a single character joins the next (指 数), a
         * name repeated next to itself is one */
        size_t cells[YB_COLS], ncell = 0, first_at = SIZE_MAX;
        for (size_t t = 0; t < s->ntoks;) {
            int kind, y = token_year(s, t, &kind);
            if (y) {
                covered[gof[col]] = true;
                BL_CHECK(add_token_cell(s, j, t, t + 1));
                row[col++] = s->ncells - 1;
                t++;
                continue;
            }
            size_t e = t + 1;
            if (!han) {
                while (e < s->ntoks && !token_year(s, e, &kind))
                    e++;
            } else if (s->toks[t].single && e < s->ntoks && !token_year(s, e, &kind)) {
                e++;
            }
            if (j == top && t == 0) {
                BL_CHECK(add_token_cell(s, j, t, e));
                row[0] = s->ncells - 1;
            } else if (!(e == t + 1 && t > 0 && same_token(s, t - 1, t))) {
                if (ncell == YB_COLS)
                    goto cleanup;
                BL_CHECK(add_token_cell(s, j, t, e));
                cells[ncell++] = s->ncells - 1;
            }
            t = e;
        }
        if (!han && ncell && row[0] == SIZE_MAX && col == ncols_before) {
            row[0] = cells[0]; /* the translation of the line above, across */
        } else if (!han && ncell) {
            row[latin_at] = cells[0];
        } else if (ncell) {
            size_t open[YB_COLS], nopen = 0;
            for (size_t g = 0; g < ngroups; g++)
                if (!covered[g])
                    open[nopen++] = g;
            if (ncell > nopen)
                goto cleanup; /* more names than groups: no such sheet */
            for (size_t q = 0; q < ncell; q++)
                row[gstart[open[q]]] = cells[q];
            first_at = gstart[open[0]];
        }
        if (first_at != SIZE_MAX)
            latin_at = first_at;
        levels++;
    }
    /* the rows */
    size_t last = SIZE_MAX;
    for (size_t i = g0; i < to; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        if (s->info[i].form == F_ROW && s->info[i].v > k)
            break;
        if (s->info[i].form == F_ROW)
            last = i;
    }
    if (last == SIZE_MAX)
        goto cleanup;
    s->ndrows = 0;
    for (size_t i = g0; i <= last; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        size_t nl;
        BL_CHECK(push_drow(s, i, &nl));
        drow *d = &s->drows[s->ndrows - 1];
        d->num = true;
        d->val0 = s->ncells;
        size_t v = s->ntoks - nl;
        /* the groups of a row missing cells: runs of spaces apart */
        size_t parts[YB_COLS] = {0}, nparts = 0;
        for (size_t t = nl; t < s->ntoks && v < k; t++) {
            if (t == nl || s->toks[t].gap >= 2) {
                if (nparts == ngroups) {
                    nparts = 0;
                    break;
                }
                parts[nparts++] = 0;
            }
            parts[nparts - 1]++;
        }
        bool fit = nparts == ngroups;
        for (size_t g = 0; g < nparts && fit; g++)
            fit = parts[g] <= gstart[g + 1] - gstart[g];
        size_t t = nl;
        for (size_t g = 0; g < ngroups && fit; g++) {
            for (size_t e = parts[g]; e < gstart[g + 1] - gstart[g]; e++)
                BL_CHECK(add_rcell(s, i, s->toks[t].from, s->toks[t].from, 0, 0, T_EMPTY, S_OTHER, 0));
            for (size_t e = 0; e < parts[g]; e++, t++)
                BL_CHECK(add_token_cell(s, i, t, t + 1));
        }
        for (; t < s->ntoks; t++)
            BL_CHECK(add_token_cell(s, i, t, t + 1));
        d->nval = s->ncells - d->val0;
    }
    s->grid = grid;
    s->glevels = levels;
    BL_CHECK(bl_shape_emit(s, NULL, 0, ncols));
    *done = true;
cleanup:
    s->grid = NULL;
    s->glevels = 0;
    bl_free(p->mem, grid);
    return status;
}

/* A table flattened onto line li: header words, then "label, k values"
 * again and again to the end of the line. */
static bulletin_status flat_line(scan *s, size_t li)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, li, &a, &b));
    const uint32_t *cp = p->cur.cp;
    for (size_t i = a; i < b; i++)
        if (sentence_mark(cp[i]) || bl_p_is_col_bar(cp[i]))
            return BULLETIN_OK;
    BL_CHECK(tokenise(s, li, a, b));
    size_t nt = s->ntoks;
    if (nt < 9 || s->toks[nt - 1].type == T_TEXT)
        return BULLETIN_OK;
    /* groups: T+ N+ ... */
    s->ngroups = 0;
    size_t i = 0;
    while (i < nt) {
        size_t t0 = i;
        while (i < nt && s->toks[i].type == T_TEXT)
            i++;
        size_t v0 = i;
        while (i < nt && s->toks[i].type != T_TEXT)
            i++;
        BL_CHECK(push_group(s, t0, v0, i, true));
    }
    size_t freq = 0, k = mode_of(s->groups, s->ngroups, &freq);
    if (k < 2 || freq < 3 || s->groups[0].nlab == 0)
        return BULLETIN_OK;
    for (size_t g = 0; g < s->ngroups; g++)
        if (s->groups[g].nval > k || s->groups[g].nval == 0 || (g && s->groups[g].nlab > 4))
            return BULLETIN_OK;
    /* the first label: a padded name (全 国) or one word */
    const drow *g0 = &s->groups[0];
    size_t lab = g0->lab0 + g0->nlab - 1;
    while (lab > g0->lab0 && s->toks[lab].single && s->toks[lab - 1].single)
        lab--;
    /* cells: the header's, then the rows' */
    s->ncells = s->npieces = 0;
    size_t t = 0;
    while (t < lab) {
        size_t e = t + 1;
        while (e < lab && ((s->toks[e - 1].single && s->toks[e].single)
                           || (s->toks[e - 1].script == S_LATIN && s->toks[e].script == S_LATIN)))
            e++;
        BL_CHECK(add_token_cell(s, li, t, e));
        t = e;
    }
    size_t nh = s->ncells;
    /* a wider gap than the others marks a row's end in the header */
    size_t ones = 0, wides = 0;
    for (size_t q = 1; q < nt; q++)
        ones += s->toks[q].gap == 1, wides += s->toks[q].gap >= 2;
    if (wides * 4 > ones)
        for (size_t q = 0; q < nh; q++)
            s->cells[q].wide = 0;
    s->ndrows = 0;
    for (size_t g = 0; g < s->ngroups; g++) {
        const drow *gr = &s->groups[g];
        size_t l0 = g == 0 ? lab : gr->lab0;
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        drow *d = &s->drows[s->ndrows++];
        d->lab0 = s->ncells;
        d->nlab = 1;
        BL_CHECK(add_token_cell(s, li, l0, gr->val0));
        d->val0 = s->ncells;
        for (size_t q = gr->val0; q < gr->val0 + gr->nval; q++)
            BL_CHECK(add_token_cell(s, li, q, q + 1));
        d->nval = gr->nval;
    }
    RESERVE(status, p->mem, s->hc, s->cap_hc, nh + 1);
    for (size_t q = 0; q < nh; q++)
        s->hc[q] = q;
    BL_CHECK(bl_shape_emit(s, s->hc, nh, k + 1));
cleanup:
    return status;
}

/* Whether the line just tokenised is a row of a table of ncols columns
 * written as lines: words, (a unit of at most 6 characters,) a value. */
static bool unit_row(const scan *s, size_t ncols)
{
    size_t n = s->ntoks;
    return n >= ncols && s->toks[n - 1].type != T_TEXT && s->toks[0].type == T_TEXT
           && (ncols == 2 || (s->toks[n - 2].type == T_TEXT
                              && s->toks[n - 2].to - s->toks[n - 2].from <= 6));
}

/* A table written as "label unit value" lines (or "label value") under a
 * header line of 2 or 3 column names, spaced or not (指 标 单 位 数 量), the
 * lines between the rows (headings, short lines of words) its group rows:
 * a 报表 copied from a PDF.  Header line h; returns the line after the
 * table in *next (h + 1 when none). */
static bulletin_status unit_run(scan *s, size_t h, size_t *next)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    *next = h + 1;
    if (p->lines[h].kind != LK_TEXT || p->lines[h].flat || s->info[h].form != F_PLAIN)
        return BULLETIN_OK;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, h, &a, &b));
    BL_CHECK(tokenise(s, h, a, b));
    size_t nt = s->ntoks, singles = 0;
    for (size_t t = 0; t < nt; t++) {
        if (s->toks[t].type != T_TEXT || s->toks[t].script != S_HAN || s->toks[t].to - s->toks[t].from > 6)
            return BULLETIN_OK;
        singles += s->toks[t].single;
    }
    size_t per = singles == nt && nt % 2 == 0 ? 2 : 1; /* 指 标 单 位: two a name */
    if (per == 1 && singles)
        return BULLETIN_OK;
    size_t ncols = nt / per;
    if (ncols < 2 || ncols > 3)
        return BULLETIN_OK;
    /* the rows: each a label, (a unit,) a value; the lines between groups */
    size_t last = h, nrows = 0, groups = 0;
    for (size_t i = h + 1; i < p->nlines; i++) {
        const bl_line *l = &p->lines[i];
        if (l->kind == LK_BLANK)
            continue;
        if ((l->kind != LK_TEXT && l->kind != LK_HEADING) || l->flat || l->shape)
            break;
        const linfo *in = &s->info[i];
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        BL_CHECK(tokenise(s, i, a, b));
        bool row = unit_row(s, ncols);
        bool group = !row && (l->kind == LK_HEADING || (in->form == F_PLAIN && !in->term && !in->stop));
        if (!row && !group)
            break;
        if (row) {
            nrows++;
            last = i;
            groups = 0;
        } else if (++groups > 4) {
            break; /* a 报表's group rows are few between rows: a run of
                      short lines is no table (and each line is not the
                      start of a walk to the end of the run) */
        }
    }
    if (nrows < 3)
        return BULLETIN_OK;
    s->ncells = s->npieces = 0;
    BL_CHECK(bl_p_decode_trimmed(p, h, &a, &b));
    BL_CHECK(tokenise(s, h, a, b));
    for (size_t t = 0; t < nt; t += per)
        BL_CHECK(add_token_cell(s, h, t, t + per));
    size_t nh = s->ncells;
    s->ndrows = 0;
    for (size_t i = h + 1; i <= last; i++) {
        if (p->lines[i].kind == LK_BLANK)
            continue;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        BL_CHECK(tokenise(s, i, a, b));
        size_t n = s->ntoks;
        bool row = unit_row(s, ncols);
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        drow *d = &s->drows[s->ndrows++];
        d->lab0 = s->ncells;
        if (!row) {
            BL_CHECK(add_token_cell(s, i, 0, n));
            d->nlab = 1;
            d->val0 = s->ncells;
            d->nval = 0;
            continue;
        }
        size_t nl = n - (ncols - 1);
        BL_CHECK(add_token_cell(s, i, 0, nl));
        if (ncols == 3)
            BL_CHECK(add_token_cell(s, i, nl, nl + 1));
        d->nlab = ncols - 1;
        d->val0 = s->ncells;
        BL_CHECK(add_token_cell(s, i, n - 1, n));
        d->nval = 1;
    }
    RESERVE(status, p->mem, s->hc, s->cap_hc, nh + 1);
    for (size_t q = 0; q < nh; q++)
        s->hc[q] = q;
    s->labcols = ncols - 1;
    BL_CHECK(bl_shape_emit(s, s->hc, nh, ncols));
    *next = last + 1;
cleanup:
    return status;
}

/* ========================================================================
 * An infobox
 * ====================================================================== */

/* Whether line li (F_PLAIN) is a field's name: 2 to 6 Han characters,
 * spaces allowed between them (類    型, padded to the others' width);
 * *named when its last character ends a field's name (中文名, 發佈日期,
 * 發佈單位, 類型, 作者, 所屬地區, 文號). */
static bulletin_status field_name(scan *s, size_t li, bool *yes, bool *named)
{
    static const uint32_t ends[] = {
        0x540D, /* 名 */ 0x671F, /* 期 */ 0x9593, /* 間 */ 0x95F4, /* 间 */
        0x4F4D, /* 位 */ 0x578B, /* 型 */ 0x8005, /* 者 */ 0x5730, /* 地 */
        0x865F, /* 號 */ 0x53F7, /* 号 */ 0x8CEA, /* 質 */ 0x8D28, /* 质 */
        0x5225, /* 別 */ 0x522B, /* 别 */ 0x985E, /* 類 */ 0x7C7B, /* 类 */
        0x7C4D, /* 籍 */ 0x5C6C, /* 屬 */ 0x5C5E, /* 属 */ 0x5340, /* 區 */
        0x533A, /* 区 */ 0x95DC, /* 關 */ 0x5173, /* 关 */ 0x6E90, /* 源 */
    };
    *yes = *named = false;
    const linfo *in = &s->info[li];
    if (in->form != F_PLAIN || in->stop || s->p->lines[li].kind != LK_TEXT
        || in->to - in->from > 16)
        return BULLETIN_OK;
    bulletin_status status = bl_p_decode_line(s->p, li);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = s->p->cur.cp;
    size_t han = 0;
    uint32_t last = 0;
    for (size_t i = in->from; i < in->to; i++) {
        if (bl_is_han(cp[i]))
            han++, last = cp[i];
        else if (!bl_p_is_space(cp[i]))
            return BULLETIN_OK;
    }
    *yes = han >= 2 && han <= 6;
    for (size_t k = 0; k < sizeof ends / sizeof *ends && *yes; k++)
        *named |= last == ends[k];
    return BULLETIN_OK;
}

/* The pairs "name line, value line" from line i on, no blank line among
 * them: their count in *n, of them named ones (field_name) in *named. */
static bulletin_status field_pairs(scan *s, size_t i, size_t *n, size_t *named)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    *n = *named = 0;
    while (i + 1 < p->nlines) {
        bool yes, nm;
        BL_CHECK(field_name(s, i, &yes, &nm));
        const linfo *v = &s->info[i + 1];
        if (!yes || p->lines[i + 1].kind != LK_TEXT || v->form != F_PLAIN || v->stop)
            break;
        ++*n;
        *named += nm;
        i += 2;
    }
cleanup:
    return status;
}

/* An encyclopedia's infobox copied a cell per line: three pairs or more
 * of a field's name and its value, no blank line among them (中文名 /
 * 中華人民共和國…統計公報 / 發佈日期 / 2020年2月28日 / 發佈單位 / 國家統計局 /
 * 類    型 / 政府文件), half the names at least (two at least) a field's
 * name by its end: a table of 2 columns, no header.  A list of names
 * (張三 / 李四 / …) has no such names.  Returns the line after the
 * table in *next (i + 1 when none). */
static bulletin_status infobox_run(scan *s, size_t i, size_t *next)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t n, named, start = i;
    *next = i + 1;
    BL_CHECK(field_pairs(s, i, &n, &named));
    if (n && (n < 3 || named < 2 || 2 * named < n)) {
        /* a value before the first name: the pairs one line on */
        size_t n1, named1;
        BL_CHECK(field_pairs(s, i + 1, &n1, &named1));
        if (n1 >= 3 && named1 >= 2 && 2 * named1 >= n1)
            start = i + 1, n = n1, named = named1;
        else
            *next = i + 2 * n;
    }
    if (n < 3 || named < 2 || 2 * named < n)
        return BULLETIN_OK;
    s->ncells = s->npieces = 0;
    s->ndrows = 0;
    for (size_t r = 0; r < n; r++) {
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        drow *d = &s->drows[s->ndrows++];
        d->lab0 = s->ncells;
        d->nlab = 1;
        for (size_t li = start + 2 * r; li < start + 2 * r + 2; li++) {
            const linfo *in = &s->info[li];
            BL_CHECK(add_rcell(s, li, in->from, in->to, in->bfrom, in->bto, in->type, in->script,
                               in->year));
        }
        d->val0 = d->lab0 + 1;
        d->nval = 1;
        d->num = false;
    }
    BL_CHECK(bl_shape_emit(s, s->hc, 0, 2));
    *next = start + 2 * n;
cleanup:
    return status;
}

/* ========================================================================
 * The pass
 * ====================================================================== */

static bool cell_line(const linfo *in) { return cell_line_of(in); }

/* A line of one bar alone (| or ｜): between cells a line each, a
 * separator as a blank line is (指 标 / | / 绝对数 / | / 比上年增长%). */
static bool lone_bar(const linfo *in) { return in->form == F_BARE && in->nbars == 1 && !in->stop; }

/* Whether the lines before line `end` are a table's notes: a line that
 * begins with 注 right under the table's last row, seven lines at most in
 * all (注:1.… / 2.… / 3.… under a table, then a rule of dashes that
 * closes them). */
static bulletin_status under_table_notes(parser *p, size_t end, bool *yes)
{
    bulletin_status status = BULLETIN_OK;
    *yes = false;
    size_t k = end, text = 0;
    while (k > 0 && !p->lines[k - 1].shape && text < 8) {
        k--;
        if (p->lines[k].kind == LK_TEXT || p->lines[k].kind == LK_HEADING)
            text++; /* 2.… numbered as a heading is */
        else if (p->lines[k].kind != LK_BLANK)
            return BULLETIN_OK;
    }
    if (k == 0 || !p->lines[k - 1].shape || text == 0 || text > 7)
        return BULLETIN_OK;
    while (k < end && p->lines[k].kind == LK_BLANK)
        k++;
    size_t a, b;
    BL_CHECK(bl_p_decode_trimmed(p, k, &a, &b));
    *yes = b > a && p->cur.cp[a] == 0x6CE8; /* 注 */
cleanup:
    return status;
}

/* Whether cp[0, n) is numbers written apart by spaces, two or more,
 * digits and points only (12 34, 5.1 6.2): no one grouped number. */
static bool numbers_apart(const uint32_t *cp, size_t n)
{
    size_t nums = 0;
    for (size_t i = 0; i < n;) {
        if (bl_p_is_space(cp[i])) {
            i++;
            continue;
        }
        size_t k = i;
        if (cp[k] == '-')
            k++;
        size_t d = k;
        while (k < n && ((cp[k] >= '0' && cp[k] <= '9') || cp[k] == '.'))
            k++;
        if (k == d || (k < n && !bl_p_is_space(cp[k])))
            return false;
        nums++;
        i = k;
    }
    return nums >= 2;
}

/* ========================================================================
 * A cell per line, each row opened by a lone bar line
 * ====================================================================== */

/* Line li as cells of a row of such a table: its one cell, a bar after
 * it, then bars alone, the row's empty cells after it (8,161 | |,
 * 表1:… | |||||): the cell added to s->cells, *empties the bars after its
 * own; *ok false (nothing added) when the line is no such cell. */
static bulletin_status tail_cell(scan *s, size_t li, size_t *empties, bool *ok)
{
    parser *p = s->p;
    const linfo *in = &s->info[li];
    *ok = false;
    *empties = 0;
    if (in->form == F_BARCELL) {
        *ok = true;
        return line_cell(s, li);
    }
    if (in->form != F_NONE || (p->lines[li].kind != LK_TEXT && p->lines[li].kind != LK_HEADING))
        return BULLETIN_OK;
    size_t a, b;
    bulletin_status status = bl_p_decode_trimmed(p, li, &a, &b);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t f = a;
    while (f < b && !bl_p_is_col_bar(cp[f]))
        f++;
    size_t e = f, bars = 0;
    while (e > a && bl_p_is_space(cp[e - 1]))
        e--;
    if (e == a || f == b)
        return BULLETIN_OK;
    for (size_t k = f; k < b; k++) {
        if (bl_p_is_col_bar(cp[k]))
            bars++;
        else if (!bl_p_is_space(cp[k]))
            return BULLETIN_OK; /* a row of cells: 甲 | 1 | 2 */
    }
    if (bars < 2 || bars > 60 || read_len(cp, a, e) > 60)
        return BULLETIN_OK;
    int year = 0;
    unsigned char type = type_of(cp + a, e - a, &year), script = script_of(cp + a, e - a);
    BL_CHECK(tokenise(s, li, a, e));
    if (!s->ntoks)
        return BULLETIN_OK;
    BL_CHECK(add_rcell(s, li, a, e, s->toks[0].bfrom, s->toks[s->ntoks - 1].bto, type, script, year));
    *empties = bars - 1;
    *ok = true;
cleanup:
    return status;
}

/* Whether cp[0..n) is a line under a table's caption that states its
 * unit or period: 单位:万元, 單位：萬元, 计量单位：吨, 金额单位：亿元, a column's
 * unit (总产：吨), a note (注：…), a period alone (2024年1-6月). */
static bool unit_line(const uint32_t *cp, size_t n)
{
    static const char *const keys[] = {"单位", "單位", "计量单位", "計量單位", "金额单位", "金額單位"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++) {
        size_t l = strlen(keys[k]) / 3;
        if (starts_with(cp, n, keys[k]) && l < n && (cp[l] == ':' || cp[l] == 0xFF1A))
            return true;
    }
    return bl_p_is_note(cp, n) || measure_unit_note(cp, n) || period_alone(cp, n);
}

/* Whether row group g (cells val0 .. val0 + nval) is a line over the
 * table written as its row: a text cell, then empty cells only. */
static bool over_row(const scan *s, const drow *g)
{
    if (!g->nval || s->cells[g->val0].type == T_EMPTY || s->cells[g->val0].type == T_NUM)
        return false;
    for (size_t k = g->val0 + 1; k < g->val0 + g->nval; k++)
        if (s->cells[k].type != T_EMPTY)
            return false;
    return true;
}

/* A table copied from a web page a cell per line, each cell ending in
 * ' |', each row opened by a line of a bar alone (| / 科目名称 | / 执行数 |
 * / … / | / 收入总量 | / 1,258,337 | …), a row's empty cells written as
 * bars alone (|||) or after its last cell (8,161 | |), from the lone bar
 * line i.  Every row of the table has as many cells: the rows from the
 * first with a label and a number are its data rows, the rows of names
 * before them its header, and the rows before the header of one cell
 * and empty ones its caption and unit line (表1:… | |||||, 单位:万元 |
 * |||||), lines of their own over it.  *next: the line after the run. */
static bulletin_status opener_run(scan *s, size_t i, size_t *next)
{
    parser *p = s->p;
    bulletin_status status = BULLETIN_OK;
    size_t *grid = NULL;
    s->ncells = s->npieces = s->ngroups = s->ndrows = 0;
    size_t j = i, row0 = 0, last = i;
    for (; j < p->nlines; j++) {
        if (p->lines[j].kind == LK_BLANK)
            continue;
        const linfo *in = &s->info[j];
        if (p->lines[j].shape)
            break;
        if (in->form == F_BARE) {
            if (in->nbars == 1) { /* the next row */
                if (s->ncells > row0)
                    BL_CHECK(push_group(s, row0, row0, s->ncells, false));
                row0 = s->ncells;
            } else {
                BL_CHECK(empty_cells(s, j, in->nbars));
            }
            last = j;
            continue;
        }
        size_t empties;
        bool ok;
        BL_CHECK(tail_cell(s, j, &empties, &ok));
        if (!ok)
            break;
        BL_CHECK(empty_cells(s, j, empties));
        last = j;
    }
    *next = j > i ? j : i + 1;
    if (s->ncells > row0)
        BL_CHECK(push_group(s, row0, row0, s->ncells, false));
    size_t ng = s->ngroups;
    for (size_t g = 0; g < ng; g++) {
        drow *d = &s->groups[g];
        for (size_t k = d->val0; k < d->val0 + d->nval && !d->num; k++)
            d->num = s->cells[k].type == T_NUM;
    }
    /* the first data row: a label, then a number */
    size_t g1 = 0;
    while (g1 < ng && !(s->groups[g1].num && s->cells[s->groups[g1].val0].type == T_TEXT))
        g1++;
    if (g1 >= ng)
        goto cleanup;
    size_t ncols = s->groups[g1].nval, ge = g1, nums = 0;
    if (ncols < 2 || ncols > 24)
        goto cleanup;
    while (ge < ng && s->groups[ge].nval == ncols && s->cells[s->groups[ge].val0].type == T_TEXT)
        nums += s->groups[ge++].num;
    /* the header: rows of names as many, no number, two names at least */
    size_t gh = g1;
    while (gh > 0) {
        const drow *d = &s->groups[gh - 1];
        size_t names = 0;
        for (size_t k = d->val0; k < d->val0 + d->nval; k++)
            names += s->cells[k].type == T_TEXT || s->cells[k].type == T_YEAR;
        if (d->nval != ncols || d->num || names < 2 || g1 - gh >= 3)
            break;
        gh--;
    }
    if (nums < 2 || gh == g1)
        goto cleanup;
    /* the lines over it: a text cell and empty cells, three at most */
    size_t g0 = gh;
    while (g0 > 0 && gh - g0 < 3 && s->groups[g0 - 1].nval <= ncols && over_row(s, &s->groups[g0 - 1]))
        g0--;
    size_t h0 = s->groups[gh].val0, nh = s->groups[g1].val0 - h0;
    grid = bl_calloc(p->mem, nh, sizeof *grid);
    RESERVE(status, p->mem, s->hc, s->cap_hc, nh);
    if (!grid) {
        status = BULLETIN_ERR_NOMEM;
        goto cleanup;
    }
    for (size_t k = 0; k < nh; k++) {
        s->hc[k] = h0 + k;
        grid[k] = s->cells[h0 + k].type == T_EMPTY ? SIZE_MAX : h0 + k;
    }
    for (size_t g = g1; g < ge; g++) {
        const drow *d = &s->groups[g];
        bool empty = true;
        for (size_t k = d->val0 + 1; k < d->val0 + d->nval && empty; k++)
            empty = s->cells[k].type == T_EMPTY;
        RESERVE(status, p->mem, s->drows, s->cap_drows, s->ndrows + 1);
        s->drows[s->ndrows++] = empty ? (drow){d->val0, 1, d->val0 + 1, 0, false}
                                      : (drow){d->val0, 1, d->val0 + 1, ncols - 1, true};
    }
    s->grid = grid;
    s->glevels = nh / ncols;
    size_t before = p->shapes.ntables;
    BL_CHECK(bl_shape_emit(s, s->hc, nh, ncols));
    if (p->shapes.ntables == before)
        goto cleanup;
    /* the rows over it: lines of their own, the caption and the unit
     * line; the bars that open them and the header's row, blank */
    shape_table *t = &p->shapes.tables[p->shapes.ntables - 1];
    size_t from = g0 < gh ? s->cells[s->groups[g0].val0].first : t->first;
    while (from > i && p->lines[from - 1].kind != LK_TEXT && !p->lines[from - 1].shape
           && (p->lines[from - 1].kind == LK_BLANK || s->info[from - 1].form == F_BARE))
        from--;
    for (size_t g = g0; g < gh; g++) {
        const drow *d = &s->groups[g];
        const rcell *c = &s->cells[d->val0];
        uint32_t cp[64];
        size_t n = cell_cps(s, d->val0, cp, sizeof cp / sizeof *cp);
        bl_line *l = &p->lines[c->first];
        const bl_line *pc = &s->pieces[c->piece0];
        l->off = pc->off;
        l->len = pc->len;
        l->col0 = pc->col0;
        l->kind = unit_line(cp, n) ? LK_NOTE : LK_CAPTION;
        s->info[c->first].form = F_NONE;
    }
    for (size_t k = from; k < t->first; k++)
        if (s->info[k].form == F_BARE && !p->lines[k].shape) {
            p->lines[k].kind = LK_BLANK;
            s->info[k].form = F_NONE;
        }
    claim_trailing_bars(p, s, last);
cleanup:
    s->grid = NULL;
    s->glevels = 0;
    bl_free(p->mem, grid);
    return status;
}

bulletin_status bl_p_find_shapes(parser *p)
{
    bulletin_status status = BULLETIN_OK;
    scan s;
    memset(&s, 0, sizeof s);
    s.p = p;
    s.info = bl_calloc(p->mem, p->nlines + 1, sizeof *s.info);
    if (!s.info)
        return BULLETIN_ERR_NOMEM;
    for (size_t i = 0; i < p->nlines; i++)
        BL_CHECK(read_line(&s, i));
    /* a cell closed by a bar line that is one number written with
     * spaces (10 536 205 / |, - 1.05 / |): a number cell, no row */
    for (size_t i = 0; i < p->nlines; i++) {
        linfo *in = &s.info[i];
        if ((in->form != F_NONE && in->form != F_ROW) || in->to <= in->from || in->nchars > 24
            || p->lines[i].kind != LK_TEXT)
            continue;
        size_t nx = i + 1;
        while (nx < p->nlines && p->lines[nx].kind == LK_BLANK)
            nx++;
        if (nx >= p->nlines || s.info[nx].form != F_BARE)
            continue;
        BL_CHECK(bl_p_decode_line(p, i));
        if (bl_p_spaced_number(p->cur.cp + in->from, in->to - in->from)) {
            in->form = F_PLAIN;
            in->type = T_NUM;
            in->v = in->nlabel = 0;
        } else if (numbers_apart(p->cur.cp + in->from, in->to - in->from)) {
            /* two numbers or more apart, not one grouped number (12 34),
             * between bar lines: one cell of text, no value read (the
             * corpus's bar-closed cells hold one number each) */
            size_t pr = i;
            while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
                pr--;
            if (pr > 0 && s.info[pr - 1].form == F_BARE) {
                in->form = F_PLAIN;
                in->type = T_TEXT;
                in->v = in->nlabel = 0;
            }
        }
    }
    /* a cell per line, each row opened by a lone bar line */
    for (size_t i = 0; i < p->nlines;) {
        size_t next = i + 1;
        if (lone_bar(&s.info[i]) && !p->lines[i].shape)
            BL_CHECK(opener_run(&s, i, &next));
        i = next;
    }
    /* "label unit value" lines under a header line */
    for (size_t i = 0; i < p->nlines;) {
        size_t next;
        BL_CHECK(unit_run(&s, i, &next));
        i = next;
    }
    /* a row per line */
    for (size_t i = 0; i < p->nlines;) {
        if (s.info[i].form != F_ROW) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < p->nlines
               && (p->lines[j].kind == LK_BLANK || s.info[j].form == F_ROW
                   || (cell_line(&s.info[j]) && s.info[j].type == T_TEXT)))
            j++;
        BL_CHECK(row_run(&s, i, j));
        i = j;
    }
    /* a table on one line */
    for (size_t i = 0; i < p->nlines; i++)
        if (p->lines[i].kind == LK_TEXT && !p->lines[i].shape && s.info[i].form == F_NONE
            && s.info[i].nchars >= 20)
            BL_CHECK(flat_line(&s, i));
    /* an infobox: names and values, a line each */
    for (size_t i = 0; i < p->nlines;) {
        size_t next = i + 1;
        if (s.info[i].form == F_PLAIN && !p->lines[i].shape)
            BL_CHECK(infobox_run(&s, i, &next));
        i = next;
    }
    /* a cell per line, each closed by a line of a bar */
    for (size_t i = 0; i < p->nlines;) {
        size_t next = i + 1;
        if (closed_cell_line(&s, i) && bare_line(&s, nonblank(p, i + 1)))
            BL_CHECK(closed_run(&s, i, &next));
        i = next;
    }
    /* a cell per line: bar lines (a plain line wrapped into the next), or
     * plain lines */
    for (size_t i = 0; i < p->nlines;) {
        const linfo *in = &s.info[i];
        bool bar = (in->form == F_BARCELL || in->form == F_BARE) && !in->stop;
        if (!bar && !cell_line(in)) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < p->nlines) {
            const linfo *x = &s.info[j];
            if (p->lines[j].kind == LK_BLANK) {
                j++;
                continue;
            }
            if (x->stop || p->lines[j].shape)
                break;
            if (bar && (x->form == F_BARCELL || x->form == F_BARE)) {
                j++;
                continue;
            }
            if (bar && x->form == F_PLAIN && !x->term && j + 1 < p->nlines
                && s.info[j + 1].form == F_BARCELL && !s.info[j + 1].stop
                && s.info[j + 1].script == x->script && x->script != S_OTHER) {
                j += 2;
                continue;
            }
            if (!bar && (cell_line(x) || lone_bar(x))) {
                j++;
                continue;
            }
            break;
        }
        size_t end = j;
        while (end > i && p->lines[end - 1].kind == LK_BLANK)
            end--;
        /* a run may hold tables one after another: each after the
         * last row of the one before */
        size_t from = i, want = 0;
        while (end > from && end - from >= 8) { /* 2 x 4 cells at least */
            size_t rest, k;
            BL_CHECK(cell_run(&s, from, end, bar, want, &rest, &k));
            if (rest <= from || rest >= end)
                break;
            from = rest, want = k;
        }
        i = j > i ? j : i + 1;
    }
    /* a line of dashes alone next to a table: a rule, no text */
    for (size_t i = 0; i < p->nlines; i++) {
        if (p->lines[i].kind != LK_TEXT || s.info[i].nchars < 10)
            continue;
        size_t pr = i, nx = i + 1;
        while (pr > 0 && p->lines[pr - 1].kind == LK_BLANK)
            pr--;
        while (nx < p->nlines && p->lines[nx].kind == LK_BLANK)
            nx++;
        bool next_to = (pr > 0 && p->lines[pr - 1].shape) || (nx < p->nlines && p->lines[nx].shape);
        if (!next_to) {
            /* under a table's notes: looked for only above a line that
             * begins with a dash */
            const unsigned char *t = p->src + p->lines[i].off;
            size_t q = 0, n = p->lines[i].len;
            while (q < n && (t[q] == ' ' || t[q] == '\t'))
                q++;
            if (q == n || t[q] != '-')
                continue;
            BL_CHECK(under_table_notes(p, pr, &next_to));
            if (!next_to)
                continue;
        }
        size_t a, b;
        BL_CHECK(bl_p_decode_trimmed(p, i, &a, &b));
        bool dashes = b - a >= 10;
        for (size_t k = a; k < b && dashes; k++)
            dashes = p->cur.cp[k] == '-';
        if (dashes)
            p->lines[i].kind = LK_BLANK;
    }
cleanup:
    bl_free(p->mem, s.info);
    bl_free(p->mem, s.toks);
    bl_free(p->mem, s.cells);
    bl_free(p->mem, s.pieces);
    bl_free(p->mem, s.groups);
    bl_free(p->mem, s.drows);
    bl_free(p->mem, s.hc);
    bl_free(p->mem, s.ix);
    bl_free(p->mem, s.ocells);
    bl_free(p->mem, s.orows);
    return status;
}

