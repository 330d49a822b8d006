/*
 * tables.c - table rows: '|' rows with or without the outer bars, the
 * markdown rule row, tab-separated rows; then each table's header row,
 * title and group rows, and the unit of each column.
 */
#include <stdlib.h>
#include <string.h>

#include "doc/parse_int.h"

/* An empty markdown picture a page's copy left (![]() or ![](url), no
 * alt text) at cp[i]: the index after it, or 0.  It holds no text.  The
 * url's own parentheses are nested (![](a(1).png)). */
static size_t empty_picture(const uint32_t *cp, size_t i, size_t end)
{
    if (i + 4 > end || cp[i] != '!' || cp[i + 1] != '[' || cp[i + 2] != ']' || cp[i + 3] != '(')
        return 0;
    size_t depth = 1;
    for (size_t k = i + 4; k < end && !bl_p_is_col_bar(cp[k]); k++)
        if (cp[k] == '(')
            depth++;
        else if (cp[k] == ')' && --depth == 0)
            return k + 1;
    return 0;
}

/* The length in code points of lit when cp[0, n) starts with it, else 0. */
static size_t starts_lit(const uint32_t *cp, size_t n, const char *lit)
{
    size_t k = 0, i = 0, len = strlen(lit);
    while (i < len) {
        uint32_t c;
        int b = bl_utf8_decode((const unsigned char *)lit + i, len - i, &c);
        if (b <= 0 || k >= n || cp[k] != c)
            return 0;
        i += (size_t)b;
        k++;
    }
    return k;
}

/* A web page's field cell of its record line: one of the page's field
 * names (发布时间, 來源, 作者, 責任編輯, 浏览次数, 字号, …), spaces, a colon,
 * then its value, perhaps none (作者:). */
static bool page_field_cell(const uint32_t *cp, size_t n)
{
    static const char *const names[] = {
        "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "發佈日期", "更新时间", "更新時間",
        "更新日期", "时间", "時間", "日期", "信息来源", "信息來源", "文章来源", "文章來源", "来源",
        "來源", "稿源", "发布机构", "發布機構", "发布单位", "發布單位", "作者", "责任编辑", "責任編輯",
        "编辑", "編輯", "审核", "審核", "浏览次数", "瀏覽次數", "浏览量", "瀏覽量", "浏览", "瀏覽",
        "点击数", "點擊數", "点击量", "點擊量", "点击", "點擊", "阅读次数", "閱讀次數", "阅读量",
        "閱讀量", "阅读", "閱讀", "访问量", "訪問量", "访问次数", "訪問次數", "字号", "字號", "字体",
        "字體"};
    size_t l = 0;
    for (size_t k = 0; k < sizeof names / sizeof *names && !l; k++)
        l = starts_lit(cp, n, names[k]);
    l = bl_p_skip_spaces(cp, n, l);
    return l > 0 && l < n && (cp[l] == ':' || cp[l] == 0xFF1A);
}

/* Whether the '|' row cp[from, end) is a page's record line: two cells or
 * more, each of them a page's field with its colon (發布時間: 2017-07-29
 * 14:58:50 | 來源: 中國發展門戶網 | 作者: | 責任編輯: 王振紅); empty cells
 * between them allowed. */
static bool page_record_row(const uint32_t *cp, size_t from, size_t end)
{
    size_t fields = 0;
    for (size_t i = from; i < end;) {
        size_t a = bl_p_skip_spaces(cp, end, i), b = a;
        while (b < end && !bl_p_is_col_bar(cp[b]))
            b++;
        size_t e = b;
        while (e > a && bl_p_is_space(cp[e - 1]))
            e--;
        if (e > a) {
            if (!page_field_cell(cp + a, e - a))
                return false;
            fields++;
        }
        i = b + 1;
    }
    return fields >= 2;
}

/* Whether row li stands alone: no row of a table (one with text) next to
 * it, across blank lines and rows of bars or empty pictures alone. */
static bulletin_status lone_row(parser *p, size_t li, bool *lone)
{
    *lone = false;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t j = li;
        for (;;) {
            if (dir < 0 ? j == 0 : j + 1 >= p->nlines)
                break;
            j = dir < 0 ? j - 1 : j + 1;
            const bl_line *l = &p->lines[j];
            if (l->kind == LK_BLANK)
                continue;
            if (l->kind == LK_RULE || (l->kind == LK_TABLE && l->shape))
                return BULLETIN_OK;
            if (l->kind != LK_TABLE)
                break;
            bulletin_status status = bl_p_decode_line(p, j);
            if (status != BULLETIN_OK)
                return status;
            const uint32_t *cp = p->cur.cp;
            size_t n = p->cur.n;
            for (size_t i = 0; i < n; i++) {
                size_t pic = empty_picture(cp, i, n);
                if (pic)
                    i = pic - 1;
                else if (!bl_p_is_col_bar(cp[i]) && !bl_p_is_space(cp[i]))
                    return BULLETIN_OK;
            }
        }
    }
    *lone = true;
    return BULLETIN_OK;
}

bulletin_status bl_p_add_table_row(parser *p, size_t li)
{
    bulletin_status status = bl_p_decode_line(p, li);
    if (status != BULLETIN_OK)
        return status;
    const uint32_t *cp = p->cur.cp;
    size_t n = p->cur.n;
    size_t from = bl_p_skip_spaces(cp, n, 0);
    size_t end = n;
    while (end > from && bl_p_is_space(cp[end - 1]))
        end--;
    if (p->lines[li].kind == LK_RULE || bl_p_is_table_rule(cp + from, end - from))
        return BULLETIN_OK;
    /* a line of bars alone between rows: a page's empty cells, no row;
     * so is a line of empty pictures (![]() |) */
    bool text = false;
    for (size_t i = from; i < end && !text; i++) {
        size_t pic = empty_picture(cp, i, end);
        if (pic)
            i = pic - 1;
        else
            text = !bl_p_is_col_bar(cp[i]) && !bl_p_is_space(cp[i]);
    }
    if (!text)
        return BULLETIN_OK;
    /* a page's record line written with bars, alone (發布時間: … | 來源: …
     * | 作者: | 責任編輯: …): the page's line, a paragraph, as its record
     * lines without bars are; a block of such rows stays a table of its
     * field rows (quzhou's, the ruling on a page's pipe-row metadata) */
    if (!p->table && page_record_row(cp, from, end)) {
        bool lone = false;
        status = lone_row(p, li, &lone);
        if (status != BULLETIN_OK)
            return status;
        if (lone)
            p->lines[li].unbar = 1;
        status = bl_p_decode_line(p, li);
        if (status != BULLETIN_OK || lone)
            return status != BULLETIN_OK ? status : bl_p_add_paragraph(p, 0, p->cur.n);
        cp = p->cur.cp;
        n = p->cur.n;
    }
    if (!p->table) {
        p->table = bl_node_new(p->mem, BULLETIN_NODE_TABLE);
        if (!p->table)
            return BULLETIN_ERR_NOMEM;
        p->table->line = p->lines[li].no;
        p->table->column = p->cur.col[from];
        status = bl_p_attach_block(p, p->table);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, p->table);
            p->table = NULL;
            return status;
        }
        p->table->index = ++p->para_index;
    }
    bulletin_node *row = bl_node_new(p->mem, BULLETIN_NODE_ROW);
    if (!row)
        return BULLETIN_ERR_NOMEM;
    row->line = p->lines[li].no;
    row->column = p->cur.col[from];
    bl_node_append(p->table, row);
    bool bars = false;
    for (size_t i = from; i < end && !bars; i++)
        bars = bl_p_is_col_bar(cp[i]);
    if (bars && end > from + 1 && bl_p_is_col_bar(cp[end - 1]))
        end--;
    size_t start = bars && bl_p_is_col_bar(cp[from]) ? from + 1 : from;
    while (start <= end) {
        size_t stop = start;
        if (bars) {
            while (stop < end && !bl_p_is_col_bar(cp[stop]))
                stop++;
        } else {
            while (stop < end && cp[stop] != '\t')
                stop++;
        }
        /* a converter's pinyin readings (地區(qū)生產(chǎn)總值) are no part of a
         * cell, as of a title or caption: the rest of the line moves up */
        size_t was = stop;
        bl_p_drop_readings(p, start, &stop);
        end -= was - stop;
        n = p->cur.n;
        bulletin_node *cell = bl_node_new(p->mem, BULLETIN_NODE_CELL);
        if (!cell)
            return BULLETIN_ERR_NOMEM;
        /* an empty picture in a row of text: an empty cell */
        size_t a = bl_p_skip_spaces(cp, stop, start), b = stop;
        while (b > a && bl_p_is_space(cp[b - 1]))
            b--;
        bool pic = b > a && empty_picture(cp, a, b) == b;
        status = bl_p_set_text(p, cell, start, pic ? start : stop);
        if (status != BULLETIN_OK) {
            bl_node_free(p->mem, cell);
            return status;
        }
        if (start == stop || cell->column == 0)
            cell->column = start < n ? p->cur.col[start] : p->cur.col[n - 1] + 1;
        bl_node_append(row, cell);
        start = stop + 1;
        if (!bars)
            while (start < end && cp[start] == '\t')
                start++;
    }
    return BULLETIN_OK;
}

/* ------------------------------------------------------------------------
 * After the build
 * ---------------------------------------------------------------------- */

/* A cell that holds a number: digits, separators, a sign, a percent; or
 * a level and its rate in parentheses, 32.14(6.27%). */
static bool numeric(const bulletin_node *c)
{
    const char *s = c->text;
    size_t n = c->len, open = 0;
    if (n > 4 && s[0] >= '0' && s[0] <= '9' && s[n - 1] == ')' && s[n - 2] == '%')
        for (size_t i = 1; i < n - 2 && !open; i++)
            open = s[i] == '(' ? i : 0;
    bool digit = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= '0' && ch <= '9')
            digit = true;
        else if (!strchr("+-.,% ", ch) && !(open && (i == open || i == n - 1)))
            return false;
    }
    return digit;
}

/* A year heading a column: 2023, 2023年. */
static bool year_cell(const bulletin_node *c)
{
    const char *s = c->text;
    size_t n = c->len;
    if (n == 7 && strcmp(s + 4, "年") == 0)
        n = 4;
    if (n != 4 || (s[0] != '1' && s[0] != '2'))
        return false;
    for (size_t i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* A cell of text only: Han or Latin letters, no digit; a dash alone (-, —,
 * …) stands for no value, no word. */
static bool text_cell(const bulletin_node *c)
{
    if (!c->len)
        return false;
    if (strcmp(c->text, "-") == 0 || strcmp(c->text, "—") == 0 || strcmp(c->text, "——") == 0
        || strcmp(c->text, "…") == 0)
        return false;
    for (size_t i = 0; i < c->len; i++)
        if (c->text[i] >= '0' && c->text[i] <= '9')
            return false;
    return true;
}

/* A plausible unit: short, no '=' (总产出指数（上年=100）names a base). */
/* A pinyin reading a copy writes after a character (業(yè), 發(fā)): lower-case
 * Latin letters, one of them a vowel with a tone mark (ā á ǎ à … ǜ, all
 * two bytes in UTF-8).  km, kg, mm have no tone mark: units. */
static bool pinyin_reading(const char *s, size_t len)
{
    bool tone = false;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z') {
            i++;
        } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC7) && i + 1 < len) {
            tone = true;
            i += 2;
        } else {
            return false;
        }
    }
    return tone;
}

/* A statement of an index's base, no unit: 2007为以下各年, 上年为100. */
static bool base_statement(const char *s, size_t len)
{
    for (size_t i = 0; i + 3 <= len; i++)
        if (memcmp(s + i, "为", 3) == 0 || memcmp(s + i, "為", 3) == 0)
            return true;
    return false;
}

static bool unit_like(const char *s, size_t len)
{
    if (!len || len > 24 || pinyin_reading(s, len))
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '=' || s[i] == ',' || (i + 3 <= len && memcmp(s + i, "，", 3) == 0))
            return false;
    return !base_statement(s, len);
}

/* A bilingual label's unit: the （…） of its Chinese words when their
 * English translation follows, with a unit of its own in (…) that is
 * no unit of the table (口（万人）Population (10 000 persons), 本市生产总值
 * （亿元）Gross Domestic Product (100 million yuan)). */
static size_t han_unit(const char *s, size_t len, size_t *off)
{
    const char *o = NULL;
    for (size_t i = 0; i + 3 <= len && !o; i++)
        if (memcmp(s + i, "（", 3) == 0)
            o = s + i;
    if (!o)
        return 0;
    size_t a = (size_t)(o - s) + 3, e = a;
    while (e + 3 <= len && memcmp(s + e, "）", 3) != 0)
        e++;
    if (e + 3 > len || e == a)
        return 0;
    bool latin = false;
    for (size_t i = e + 3; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80)
            return 0; /* more Chinese after it */
        latin |= (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }
    if (!latin || !unit_like(s + a, e - a))
        return 0;
    for (size_t i = a; i < e; i++)
        if (s[i] >= '0' && s[i] <= '9')
            return 0;
    *off = a;
    return e - a;
}

/* The length of the bracket that opens s (open) or ends s[0..len)
 * (closing): ( ), （ ）, the small forms ﹙ ﹚ ﹛ ﹜ ﹝ ﹞ (U+FE59-FE5E);
 * 0 for none. */
static size_t bracket_len(const char *s, size_t len, bool open)
{
    static const char *const opens[] = {"（", "\xEF\xB9\x99", "\xEF\xB9\x9B", "\xEF\xB9\x9D"};
    static const char *const closes[] = {"）", "\xEF\xB9\x9A", "\xEF\xB9\x9C", "\xEF\xB9\x9E"};
    if (!len)
        return 0;
    if (open ? s[0] == '(' : s[len - 1] == ')')
        return 1;
    if (len < 3)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (open ? memcmp(s, opens[k], 3) == 0 : memcmp(s + len - 3, closes[k], 3) == 0)
            return 3;
    return 0;
}

/* The unit a header or label cell names: the text of its last （…） or
 * (…), or a closing % (比上月%). */
static size_t header_unit(const bulletin_node *c, size_t *off)
{
    const char *s = c->text;
    size_t len = c->len;
    size_t hu = han_unit(s, len, off);
    if (hu)
        return hu;
    if (len > 1 && s[len - 1] == '%') {
        *off = len - 1;
        return 1;
    }
    if (len > 3 && memcmp(s + len - 3, "％", 3) == 0) {
        *off = len - 3;
        return 3;
    }
    /* its last bracket: ( ), （ ）, or a small form copied from a PDF or
     * a Word file (﹙吨﹚, ﹝亩﹞, ﹛%﹜), a bracket of one form opened by one
     * of another ((亩﹚) */
    size_t cl = bracket_len(s, len, false);
    if (!cl)
        return 0;
    for (size_t i = len - cl; i-- > 0;) {
        size_t ol = bracket_len(s + i, len - cl - i, true);
        if (ol) {
            size_t a = i + ol, e = len - cl;
            *off = a;
            return unit_like(s + a, e - a) ? e - a : 0;
        }
    }
    return 0;
}

/* The unit a unit line states: 单位：亿元, 计量单位：件 (Unit: piece),
 * （单位：万元） at the end of a caption; none when it lists several. */
static size_t stated_unit(const char *s, size_t len, size_t *off)
{
    const char *u = NULL;
    for (size_t i = 0; i + 6 <= len && !u; i++)
        if (memcmp(s + i, "单位", 6) == 0 || memcmp(s + i, "單位", 6) == 0)
            u = s + i + 6;
    if (!u)
        return 0;
    size_t i = (size_t)(u - s);
    if (i + 3 <= len && memcmp(s + i, "：", 3) == 0)
        i += 3;
    else if (i < len && s[i] == ':')
        i++;
    else
        return 0;
    while (i < len && s[i] == ' ')
        i++;
    size_t e = i;
    /* the three-byte marks compared only where three bytes remain */
#define AT(k, mark) ((k) + 3 <= len && memcmp(s + (k), mark, 3) == 0)
    while (e < len && s[e] != ' ' && s[e] != '(' && s[e] != ')' && !AT(e, "）") && !AT(e, "（")
           && !AT(e, "、") && !AT(e, "，") && !AT(e, "；") && s[e] != ',')
        e++;
    if (e < len && (AT(e, "、") || AT(e, "，") || s[e] == ','))
        return 0; /* 单位：亿元、% */
    /* 单位：总产：吨, 單位：總產（chǎn）：噸: a note keyed by a column's
     * name (after its reading), no unit of the key */
    size_t k = e;
    if (k < len && (s[k] == '(' || AT(k, "（"))) {
        while (k < len && s[k] != ')' && !AT(k, "）"))
            k++;
        k += k < len && s[k] == ')' ? 1 : 3;
    }
    for (size_t j = i; j < k && j < len; j++)
        if (s[j] == ':' || AT(j, "："))
            return 0;
    if (k < len && (s[k] == ':' || AT(k, "：")))
        return 0;
#undef AT
    *off = i;
    return unit_like(s + i, e - i) ? e - i : 0;
}

/* Whether a cell opens with a unit statement, in either script (单位：万元,
 * 單位:億元, 計量單位：萬元, 金额单位：万元). */
static bool unit_statement_cell(const bulletin_node *c)
{
    const char *s = c->text;
    size_t len = c->len;
    for (size_t i = 0; i + 6 < len && i <= 12; i++)
        if (memcmp(s + i, "单位", 6) == 0 || memcmp(s + i, "單位", 6) == 0)
            return s[i + 6] == ':' || (i + 9 <= len && memcmp(s + i + 6, "：", 3) == 0);
    return false;
}

/* Whether row r is a page's field row: its first cell a field's name of
 * one to eight Han characters ending in a colon (索引号：, 發布機構:), a
 * cell after it. */
static bool field_row(const bulletin_node *r)
{
    const bulletin_node *c = r ? r->first_child : NULL;
    if (!c || !c->next || !c->len)
        return false;
    const unsigned char *s = (const unsigned char *)c->text;
    size_t n = c->len, han = 0, i = 0;
    if (n >= 3 && !memcmp(s + n - 3, "：", 3))
        n -= 3;
    else if (s[n - 1] == ':')
        n--;
    else
        return false;
    while (i < n) {
        uint32_t cp;
        int b = bl_utf8_decode(s + i, n - i, &cp);
        if (b <= 0 || !bl_is_han(cp) || ++han > 8)
            return false;
        i += (size_t)b;
    }
    return han > 0;
}

static bool is_unit_header(const bulletin_node *c)
{
    return strcmp(c->text, "单位") == 0 || strcmp(c->text, "计量单位") == 0;
}

static void set_value(bulletin_node *cell, const char *s, size_t len, const bulletin_mem *mem)
{
    if (!len || cell->value[0])
        return;
    char *v = bl_strndup(mem, s, len);
    if (v)
        cell->value = v; /* a failed allocation only loses the unit */
}

static size_t count_cells(const bulletin_node *r, size_t *filled)
{
    size_t k = 0, last = 0;
    for (const bulletin_node *c = r->first_child; c; c = c->next) {
        k++;
        if (c->len)
            last = k;
    }
    if (filled)
        *filled = last;
    return k;
}

/* Joins cell b into cell a before it (北京 | Beijing -> 北京 Beijing): a
 * space between them, ideographic between two Chinese words.  False when
 * out of memory (nothing changed). */
static bool join_cells(bulletin_node *a, bulletin_node *b, const bulletin_mem *mem)
{
    bool han = a->len >= 3 && b->len >= 3 && (unsigned char)a->text[a->len - 3] >= 0xE3
            && (unsigned char)b->text[0] >= 0xE3;
    const char *sep = !a->len || !b->len ? "" : han ? "\xE3\x80\x80" : " ";
    size_t sl = strlen(sep), sc = sl ? 1 : 0;
    size_t n = a->ncols + sc + b->ncols;
    char *text = bl_alloc(mem, a->len + sl + b->len + 1);
    char *src = bl_alloc(mem, a->source_len + 1 + b->source_len + 1);
    int *colmap = bl_calloc(mem, n + 1, sizeof *colmap);
    int *linemap = bl_calloc(mem, n + 1, sizeof *linemap);
    if (!text || !src || !colmap || !linemap) {
        bl_free(mem, text);
        bl_free(mem, src);
        bl_free(mem, colmap);
        bl_free(mem, linemap);
        return false;
    }
    memcpy(text, a->text, a->len);
    memcpy(text + a->len, sep, sl);
    memcpy(text + a->len + sl, b->text, b->len);
    text[a->len + sl + b->len] = '\0';
    memcpy(src, a->source, a->source_len);
    src[a->source_len] = ' ';
    memcpy(src + a->source_len + 1, b->source, b->source_len);
    src[a->source_len + 1 + b->source_len] = '\0';
    bool lines = a->line != b->line || a->linemap || b->linemap;
    size_t k = 0;
    for (size_t i = 0; i < a->ncols; i++, k++) {
        colmap[k] = a->colmap ? a->colmap[i] : a->column;
        linemap[k] = a->linemap ? a->linemap[i] : a->line;
    }
    if (sc) {
        colmap[k] = a->colmap ? a->colmap[a->ncols] : a->column;
        linemap[k++] = a->linemap ? a->linemap[a->ncols] : a->line;
    }
    for (size_t i = 0; i <= b->ncols; i++, k++) {
        colmap[k] = b->colmap ? b->colmap[i] : b->column;
        linemap[k] = b->linemap ? b->linemap[i] : b->line;
    }
    bl_free(mem, a->text);
    bl_free(mem, a->source);
    bl_free(mem, a->colmap);
    bl_free(mem, a->linemap);
    a->text = text;
    a->len += sl + b->len;
    a->source = src;
    a->source_len += 1 + b->source_len;
    a->colmap = colmap;
    a->ncols = n;
    if (lines) {
        a->linemap = linemap;
    } else {
        a->linemap = NULL;
        bl_free(mem, linemap);
    }
    /* b leaves the row */
    if (b->prev)
        b->prev->next = b->next;
    if (b->next)
        b->next->prev = b->prev;
    if (b->parent->last_child == b)
        b->parent->last_child = b->prev;
    b->next = b->prev = NULL;
    bl_node_free(mem, b);
    return true;
}

/* Rows wider than the header whose extra cells are leading words: the
 * words are one label (北京 | Beijing, 国内Domestic | 国内小计Sub-total);
 * then the empty cells no row fills go. */
static void fit_rows(bulletin_node *t, const bulletin_node *head, const bulletin_mem *mem)
{
    size_t nhead = 0;
    count_cells(head, &nhead);
    for (bulletin_node *r = head->next; r && nhead >= 2; r = r->next) {
        if (r->row_kind == 1)
            continue; /* a second header row */
        size_t filled = 0;
        count_cells(r, &filled);
        size_t words = 0;
        for (const bulletin_node *c = r->first_child; c && text_cell(c); c = c->next)
            words++;
        if (filled <= nhead || filled - nhead >= words)
            continue;
        for (size_t k = filled - nhead; k > 0; k--)
            if (!join_cells(r->first_child, r->first_child->next, mem))
                break;
    }
    size_t width = 0;
    for (const bulletin_node *r = t->first_child; r; r = r->next) {
        size_t filled = 0;
        count_cells(r, &filled);
        if (filled > width)
            width = filled;
    }
    for (bulletin_node *r = t->first_child; r && width; r = r->next) {
        size_t k = count_cells(r, NULL);
        while (k-- > width && r->last_child && !r->last_child->len && r->last_child->prev) {
            bulletin_node *c = r->last_child;
            r->last_child = c->prev;
            c->prev->next = NULL;
            c->prev = NULL;
            bl_node_free(mem, c);
        }
    }
}

/* The table's unit stated around it: a unit line (or a caption naming
 * one) just before it, or a title row of its own. */
static const char *table_unit(const bulletin_node *t, size_t *len)
{
    size_t off = 0;
    for (const bulletin_node *n = t->prev; n; n = n->prev) {
        bulletin_node_type k = bulletin_node_kind(n);
        if (k != BULLETIN_NODE_NOTE && k != BULLETIN_NODE_CAPTION && k != BULLETIN_NODE_PARAGRAPH)
            break;
        if ((*len = stated_unit(n->text, n->len, &off)) != 0)
            return n->text + off;
        if (k == BULLETIN_NODE_PARAGRAPH && n->len > 90)
            break;
        if (k == BULLETIN_NODE_CAPTION)
            break;
    }
    /* (in any cell of a title row: 表1 收入情况表 | | 单位：万元) */
    for (const bulletin_node *r = t->first_child; r && r->row_kind == 2; r = r->next)
        for (const bulletin_node *c = r->first_child; c; c = c->next)
            if (c->len && (*len = stated_unit(c->text, c->len, &off)) != 0)
                return c->text + off;
    return NULL;
}

/* A year or a span of years heading a column: 1995, 1996-2000. */
static bool year_head(const bulletin_node *c)
{
    if (year_cell(c))
        return true;
    const char *s = c->text;
    if (c->len != 9 || s[4] != '-')
        return false;
    for (size_t i = 0; i < 9; i++)
        if (i != 4 && (s[i] < '0' || s[i] > '9'))
            return false;
    return true;
}

/* A header cell naming % over the empty cells after it in a full header
 * row (速度指标（% over the index and growth columns of a yearbook) names
 * the % of the columns it spans, under it the years (1995 … 1997-2007)
 * that name no unit of their own. */
static void span_percent(bulletin_node *first, const bulletin_node **colhead, size_t ncols, bool preset)
{
    if (!preset)
        return;
    for (bulletin_node *r = first; r; r = r->next) {
        if (r->row_kind != 1 || count_cells(r, NULL) != ncols)
            continue;
        const bulletin_node *pct = NULL;
        size_t k = 0;
        for (bulletin_node *c = r->first_child; c; c = c->next, k++) {
            if (c->len)
                pct = strcmp(c->value, "%") == 0 || strcmp(c->value, "％") == 0 ? c : NULL;
            if (pct && colhead[k] && !colhead[k]->value[0] && year_head(colhead[k]))
                colhead[k] = pct;
        }
    }
}

/* The unit a yearbook's rows take from the rows above them: a group
 * row's (a row of a label alone: 口（万人）… over 年末常住人口, 城镇人口 …,
 * until the next group row), or the unit a row states in its label,
 * taken by the rows indented deeper under it (本市生产总值（亿元） /
 *   第一产业). */
typedef struct {
    const char *group;  /* the last group row's unit, or NULL */
    size_t group_len;
    const char *stated; /* the last unit a row stated, its label's column */
    size_t stated_len;
    int stated_col;
} group_carry;

static bool group_unit(group_carry *gc, const bulletin_node *r, const bulletin_node *label,
                       const char **unit, size_t *len)
{
    size_t off = 0, n = label && label->len ? header_unit(label, &off) : 0;
    bool values = false;
    for (const bulletin_node *c = label ? label->next : NULL; c && !values; c = c->next)
        values = c->len > 0;
    if (r->row_kind == 3 || (label && label->len && !values)) {
        gc->group = n ? label->text + off : NULL;
        gc->group_len = n;
        gc->stated = NULL;
        return false;
    }
    if (n) {
        gc->stated = label->text + off;
        gc->stated_len = n;
        gc->stated_col = label->column;
        return false;
    }
    if (!unit)
        return false;
    if (gc->stated && label && label->column > gc->stated_col) {
        *unit = gc->stated;
        *len = gc->stated_len;
        return true;
    }
    gc->stated = NULL;
    if (gc->group) {
        *unit = gc->group;
        *len = gc->group_len;
        return true;
    }
    return false;
}

/* Whether a column's name opens with # or ＃ or 其中, or holds one after a
 * spanning name (小学附设学前班 # 专任教师): a part of the column before it. */
static bool part_head(const char *s, size_t len)
{
    if (len >= 6 && memcmp(s, "其中", 6) == 0)
        return true;
    for (size_t i = 0; i < len; i++)
        if (s[i] == '#' || (i + 3 <= len && memcmp(s + i, "＃", 3) == 0))
            return true;
    return false;
}

/* The length of a column's name before an empty （） or () that ends it
 * (幼儿数（）: 幼儿数, in bytes); 0 when it ends otherwise. */
static size_t empty_unit_name(const char *s, size_t len)
{
    size_t n = 0;
    if (len >= 2 && s[len - 2] == '(' && s[len - 1] == ')')
        n = len - 2;
    else if (len >= 6 && memcmp(s + len - 6, "（）", 6) == 0)
        n = len - 6;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    return n;
}

/* Header cells with no unit that the other heads give one: a part of the
 * column before it (教职工数（人） | # 专任教师, 從業人員（人） | 其中：女性)
 * takes that column's unit, unless a rate's (增长（%） | 其中：出口); a name with an empty unit (幼儿数（）) takes
 * the unit of a column whose name ends in it (在园幼儿数（人）). */
static void borrowed_units(const bulletin_node **colhead, size_t ncols, const bulletin_mem *mem)
{
    for (size_t k = 1; k < ncols; k++) {
        bulletin_node *c = (bulletin_node *)colhead[k];
        if (!c || !c->len || c->value[0])
            continue;
        if (part_head(c->text, c->len)) {
            /* the whole: the nearest column before that is no part (学生数（人） | 其中女生 | # 寄宿生) */
            size_t w = k - 1;
            while (w > 0 && colhead[w] && part_head(colhead[w]->text, colhead[w]->len))
                w--;
            const bulletin_node *b = colhead[w];
            if (b && b->value[0] && !part_head(b->text, b->len) && strcmp(b->value, "%") != 0
                && strcmp(b->value, "％") != 0) /* 增长（%） | 其中：出口: no part of the rate */
                set_value(c, b->value, strlen(b->value), mem);
            continue;
        }
        size_t n = empty_unit_name(c->text, c->len);
        if (n < 6) /* two Han characters at least */
            continue;
        for (size_t j = 1; j < ncols; j++) {
            const bulletin_node *o = colhead[j];
            size_t off = 0, ul = 0, on = 0;
            if (j == k || !o || !o->value[0] || !(ul = header_unit(o, &off)) || off < 3)
                continue;
            on = off - bracket_len(o->text + off - 3, 3, true);
            if (on == off)
                on = o->text[off - 1] == '(' ? off - 1 : off;
            if (on >= n && memcmp(o->text + on - n, c->text, n) == 0) {
                set_value(c, o->value, strlen(o->value), mem);
                break;
            }
        }
    }
}

/* Row d's cell in column k, or NULL when the row is shorter. */
static const bulletin_node *row_cell(const bulletin_node *d, size_t k)
{
    const bulletin_node *c = d->first_child;
    for (size_t j = 0; c && j < k; j++)
        c = c->next;
    return c;
}

/* The columns of the rows under the header r whose cells are numbers
 * in every row that fills them, in order, into cols (at most cap); their
 * count. */
static size_t value_columns(const bulletin_node *r, size_t ncols, size_t *cols, size_t cap)
{
    size_t m = 0;
    for (size_t k = 0; k < ncols && m < cap; k++) {
        size_t nums = 0, other = 0;
        for (const bulletin_node *d = r->next; d; d = d->next) {
            if (d->row_kind)
                continue;
            const bulletin_node *c = row_cell(d, k);
            if (c && c->len)
                numeric(c) ? nums++ : other++;
        }
        if (nums && !other)
            cols[m++] = k;
    }
    return m;
}

/* Whether column k of the rows under the header r reads as changes: a
 * sign, a percent, or under 1,000 in every cell that fills it
 * (-1.78, +0.8, 12.5%, 0.8; not 3200 or 315690, a level's amount). */
static bool change_column(const bulletin_node *r, size_t k)
{
    for (const bulletin_node *d = r->next; d; d = d->next) {
        if (d->row_kind)
            continue;
        const bulletin_node *c = row_cell(d, k);
        if (!c || !c->len)
            continue;
        char digits[32];
        size_t n = 0;
        bool sign = false;
        for (size_t i = 0; i < c->len && n + 1 < sizeof digits; i++) {
            char ch = c->text[i];
            if (ch == '+' || ch == '-' || ch == '%')
                sign = true;
            else if ((ch >= '0' && ch <= '9') || ch == '.')
                digits[n++] = ch;
        }
        digits[n] = 0;
        if (!sign && strtod(digits, NULL) >= 1000)
            return false;
    }
    return true;
}

/* A one-row header of level columns' names each with its unit, perhaps
 * after the label column's name (播种面积(亩) | 产量(吨), 品名 | 面积(亩) |
 * 产值(万元)), over rows whose value columns are as many (each name over
 * one) or twice as many (each over its level and the change after it,
 * 726760 | -1.78 | 315690 | 0.8): the names are moved over those
 * columns, empty cells put in the others (the change columns keep no
 * unit: the header does not name theirs).  A header naming % gives each
 * column its own and is laid out as written; so are pairs whose second
 * column is no change (change_column), and a table wider than 64. */
static void unit_spans(bulletin_node *r, size_t ncols, const bulletin_mem *mem)
{
    size_t n = 0, u = 0;
    bulletin_node *cells[64];
    if (ncols > sizeof cells / sizeof *cells)
        return; /* wider than row[] below: laid out as written */
    const bulletin_node *c0 = r->first_child;
    for (bulletin_node *c = r->first_child; c; c = c->next) {
        size_t off = 0;
        if (!c->len || numeric(c) || n == sizeof cells / sizeof *cells)
            return;
        cells[n++] = c;
        size_t len = header_unit(c, &off);
        if (len && (c->text[off] == '%' || (len >= 3 && memcmp(c->text + off, "％", 3) == 0)))
            return;
        if (len)
            u++;
        else if (c != c0)
            return;
    }
    if (u < 2 || n >= ncols || (r->next && r->next->row_kind == 1))
        return;
    size_t cols[64];
    size_t m = value_columns(r, ncols, cols, sizeof cols / sizeof *cols);
    size_t step = m == u ? 1 : m == 2 * u ? 2 : 0;
    if (!step || (n > u && cols[0] == 0))
        return;
    for (size_t i = 1; step == 2 && i < m; i += 2)
        if (!change_column(r, cols[i]))
            return; /* levels side by side (2023年 | 2022年), not level and change */
    bulletin_node *row[64] = {0};
    if (n > u)
        row[0] = cells[0];
    for (size_t i = 0; i < u; i++)
        row[cols[i * step]] = cells[n - u + i];
    for (size_t k = 0; k < ncols; k++)
        if (!row[k] && !(row[k] = bl_node_new(mem, BULLETIN_NODE_CELL))) {
            for (size_t j = 0; j < k; j++)
                if (row[j] && row[j]->parent != r)
                    bl_node_free(mem, row[j]);
            return; /* no memory: laid out as written */
        }
    r->first_child = r->last_child = NULL;
    for (size_t k = 0; k < ncols; k++) {
        bulletin_node *c = row[k];
        if (c->parent != r) {
            c->line = r->line;
            c->column = r->column;
        }
        c->prev = c->next = NULL;
        bl_node_append(r, c);
    }
}

static void finish_table(bulletin_node *t, const bulletin_mem *mem)
{
    bulletin_node *first = t->first_child;
    if (!first)
        return;
    bool preset = false;
    for (bulletin_node *r = first; r; r = r->next)
        preset |= r->row_kind == 1;
    bulletin_node *head = NULL;
    if (!preset) {
        for (bulletin_node *r = first; r; r = r->next) {
            size_t k = 0, filled = 0;
            for (bulletin_node *c = r->first_child; c; c = c->next) {
                k++;
                filled += c->len > 0;
            }
            if (filled == 1 && k > 1 && r->first_child->len > 0)
                r->row_kind = r == first ? 2 : 3; /* title / group */
            /* the first row's title and the table's unit, the cells
             * between them empty (表1 收入情况表 | | 单位：万元): a title
             * row too */
            if (r == first && filled == 2 && k > 2 && r->first_child->len > 0 && !numeric(r->first_child)
                && r->last_child->len > 0) {
                if (unit_statement_cell(r->last_child))
                    r->row_kind = 2;
            }
        }
        /* The header: the first row that is not a title row, when it has
         * no number (years head columns) and a later row has one. */
        head = first;
        while (head && head->row_kind == 2)
            head = head->next;
        if (!head)
            return;
        bool head_nums = false, body_nums = false;
        for (bulletin_node *c = head->first_child; c; c = c->next)
            head_nums |= numeric(c) && !year_cell(c);
        for (bulletin_node *r = head->next; r; r = r->next)
            for (bulletin_node *c = r->first_child; c; c = c->next)
                body_nums |= numeric(c) && !year_cell(c);
        if (head_nums || !body_nums || head->row_kind)
            return;
        /* a page's metadata table of field rows (索引号： | … | 发文字号： |,
         * 发布机构： | … | 成文日期： | …): no header row */
        if (field_row(head) && field_row(head->next))
            return;
        head->row_kind = 1;
        /* a second header row: the columns' units under the periods that
         * span them (9月 over 绝对量（亿元） | 同比增长（%）), no number */
        bulletin_node *sub = head->next;
        if (sub && !sub->row_kind) {
            size_t units = 0, words = 0;
            for (bulletin_node *c = sub->first_child; c; c = c->next) {
                size_t off;
                if (!c->len)
                    continue;
                words++;
                units += !numeric(c) && header_unit(c, &off) > 0;
            }
            if (words >= 2 && units == words)
                sub->row_kind = 1;
        }
        fit_rows(t, head, mem);
    }
    /* Units: a percent column's %, a row label's （亿元）, a 单位 column, a
     * header's （亿元）, the table's unit line. */
    size_t tlen = 0;
    const char *tunit = table_unit(t, &tlen);
    size_t ncols = 0;
    for (bulletin_node *r = first; r; r = r->next) {
        size_t k = count_cells(r, NULL);
        if (k > ncols)
            ncols = k;
    }
    const bulletin_node **colhead = bl_calloc(mem, ncols + 1, sizeof *colhead);
    if (!colhead)
        return; /* only the units are lost */
    int unit_col = -1;
    size_t nhead = 0;
    for (bulletin_node *r = first; r; r = r->next) {
        if (r->row_kind != 1)
            continue;
        if (!preset)
            unit_spans(r, ncols, mem);
        size_t k = 0, filled = 0, n = count_cells(r, &filled);
        /* a header without the label column's cell covers the last
         * columns: "| 绝对数(亿元) | 比上年增长(%) |" over 3-cell rows
         * (an empty cell after it, the page's, counts for none) */
        size_t skip = !preset && (n + 1 == ncols || (r != first && filled + 1 == ncols)) ? 1 : 0;
        /* or the last line of a header wrapped over lines, its cells each
         * a column's name with its unit, the rest of the header lost above
         * it (品 名 | 播种面积 / (亩﹚ | / 同比增减(%) | 产量﹙吨﹚ | 同比增减﹙%﹚ |
         * over five-cell rows): the last columns too */
        if (!preset && !skip && n >= 2 && n + 1 < ncols && filled == n) {
            bool units = true;
            for (const bulletin_node *c = r->first_child; c && units; c = c->next) {
                size_t off = 0;
                units = c->len && !numeric(c) && header_unit(c, &off) > 0;
            }
            if (units)
                skip = ncols - n;
        }
        for (bulletin_node *c = r->first_child; c; c = c->next, k++) {
            size_t off = 0, len = header_unit(c, &off);
            if (len)
                set_value(c, c->text + off, len, mem);
            if (c->len)
                colhead[k + skip] = c; /* a lower row's cell names its column */
            if (is_unit_header(c) && k + skip > 0)
                unit_col = (int)(k + skip); /* (单位 over the labels names units of work: 各单位…) */
        }
        nhead = n + skip;
    }
    (void)nhead;
    borrowed_units(colhead, ncols, mem);
    span_percent(first, colhead, ncols, preset);
    /* the unit a row states in its label, carried to the rows marked #
     * (其中) under it and the rest of their list, until a row states its
     * own (社会消费品零售总额(亿元) / # 批发零售业 / 住宿餐饮业) */
    const char *carry = NULL;
    size_t carry_len = 0;
    bool parts = false;
    group_carry gc = {NULL, 0, NULL, 0, 0};
    for (bulletin_node *r = first; r; r = r->next) {
        if (r->row_kind == 1 || r->row_kind == 2)
            continue;
        const bulletin_node *uc = NULL, *label = r->first_child;
        size_t k = 0, loff = 0, llen = label ? header_unit(label, &loff) : 0;
        if (llen) {
            carry = label->text + loff;
            carry_len = llen;
            parts = false;
        } else if (label && label->len && (label->text[0] == '#' || (label->len >= 3 && memcmp(label->text, "＃", 3) == 0))) {
            parts = carry != NULL;
        }
        if (!llen && !parts)
            parts = group_unit(&gc, r, label, &carry, &carry_len);
        else
            group_unit(&gc, r, label, NULL, NULL);
        const char *lunit = llen ? label->text + loff : NULL;
        if (!llen && parts) {
            lunit = carry;
            llen = carry_len;
        }
        for (bulletin_node *c = r->first_child; c; c = c->next, k++)
            if ((int)k == unit_col)
                uc = c;
        k = 0;
        for (bulletin_node *c = r->first_child; c; c = c->next, k++) {
            if (!numeric(c) || c == label)
                continue;
            const bulletin_node *h = colhead[k];
            bool pct = h && (strcmp(h->value, "%") == 0 || strcmp(h->value, "％") == 0);
            if (pct)
                set_value(c, h->value, strlen(h->value), mem); /* a growth column */
            else if (llen)
                set_value(c, lunit, llen, mem);
            else if (uc && uc->len)
                set_value(c, uc->text, uc->len, mem);
            else if (h && h->value[0])
                set_value(c, h->value, strlen(h->value), mem);
            else if (tunit)
                set_value(c, tunit, tlen, mem);
        }
    }
    bl_free(mem, colhead);
}

void bl_p_finish_tables(bulletin_node *root, const bulletin_mem *mem)
{
    /* Iterative walk over the containers that hold tables. */
    bulletin_node *n = root;
    while (n) {
        if (n->type == BULLETIN_NODE_TABLE) {
            finish_table(n, mem);
        } else if (n->first_child && n->type != BULLETIN_NODE_ROW) {
            n = n->first_child;
            continue;
        }
        while (n && n != root && !n->next)
            n = n->parent;
        if (!n || n == root)
            break;
        n = n->next;
    }
}
