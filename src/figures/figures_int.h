/*
 * figures_int.h - what the files of the figure engine share, private to
 * src/figures/: the character primitives (inline: they run at every byte
 * of every paragraph), a number as read, the scanner's state, a figure
 * being built, and the functions one file calls in another.  The module's
 * interface and its rules are figures.h.
 *
 *   scan.c       the scanner driver: one pass over the text, the list
 *   numbers.c    reading numbers: Arabic digits and Chinese numerals
 *   units.c      units, scales and qualifiers around a number
 *   recognise.c  the figures a number starts: ratio, rank, range, date,
 *                year, quantity (Arabic digits and Chinese numerals)
 *   names.c      names that look like numbers, and identifiers
 *   links.c      change verbs and the link of a change to its figure
 *   labels.c     clauses and labels
 *   kinds.c      the kinds (kinds.def): names and properties
 *   doc_figures.c  a document's figures: every text node scanned
 */
#ifndef BULLETIN_FIGURES_INT_H
#define BULLETIN_FIGURES_INT_H

#include <stdint.h>
#include <string.h>

#include "base/chars.h"
#include "doc/unit_words.h"
#include "figures/figures.h"

#define NELEM(a) (sizeof(a) / sizeof *(a))

/* ------------------------------------------------------------------------
 * Characters
 * ---------------------------------------------------------------------- */

/* CP_BAD, cp_at, has_at, in_set, is_ascii_alpha, is_space,
 * is_clause_punct, copy_str: base/chars.h (shared with doc/unit_words.c). */

/* The code point ending just before byte i, not reaching below `lo`. */
static inline uint32_t cp_before(const char *t, size_t lo, size_t i, int *n)
{
    if (i <= lo)
        return CP_BAD;
    size_t j = i - 1;
    while (j > lo && i - j < 4 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    int k;
    uint32_t cp = cp_at(t, i, j, &k);
    if (cp == CP_BAD || j + (size_t)k != i) {
        if (n)
            *n = 1;
        return CP_BAD;
    }
    if (n)
        *n = k;
    return cp;
}

/* The word lit ending just before byte i, not reaching below lo (its last
 * byte compared before memcmp, as has_at in base/chars.h). */
static inline bool has_before(const char *t, size_t lo, size_t i, const char *lit)
{
    size_t n = strlen(lit);
    return i >= lo && i - lo >= n && (n == 0 || t[i - 1] == lit[n - 1]) &&
           memcmp(t + i - n, lit, n) == 0;
}

/* A UTF-8 continuation byte: no character, word or mark starts there, so
 * a byte-by-byte search for one can step over it. */
static inline bool is_utf8_cont(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

static inline uint32_t cp_of(const char *lit)
{
    uint32_t cp = CP_BAD;
    bl_utf8_decode((const unsigned char *)lit, strlen(lit), &cp);
    return cp;
}

static inline int digit_val(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return (int)(cp - 0xFF10);
    return -1;
}

/* Round 36: a question mark that stands for a character a copy could not
 * encode, or before leaked markup (總？cè）丝？/span>2421812人: the
 * mojibake of 人口): c, ？ or ?, right before a lower-case Latin letter,
 * '/' or '<' at byte `next` is no clause's end (a real question ends its
 * sentence before a space, a quote, Han or the end). */
static inline bool mojibake_mark(const char *t, size_t len, uint32_t c, size_t next)
{
    if ((c != 0xFF1F && c != '?') || next >= len)
        return false;
    char a = t[next];
    return (a >= 'a' && a <= 'z') || a == '/' || a == '<';
}

static inline bool is_sep_cp(uint32_t cp)
{
    return cp == 0x2014 || cp == 0x2013 || cp == '-' || cp == 0xFF5E || cp == '~' || cp == 0x301C ||
           cp == 0xFF0D /* － */ || cp == 0x2015 || cp == 0x2212 || cp == 0x81F3 /* 至 */ ||
           cp == 0x5230 /* 到 */;
}

/* 〇零一二三四五六七八九两: a switch, not in_set(), as every character of
 * every paragraph is asked (it was 2.2M of 82M instructions an export). */
static inline bool is_cn_digit(uint32_t cp)
{
    switch (cp) {
    case 0x3007:
    case 0x96F6:
    case 0x4E00:
    case 0x4E8C:
    case 0x4E09:
    case 0x56DB:
    case 0x4E94:
    case 0x516D:
    case 0x4E03:
    case 0x516B:
    case 0x4E5D:
    case 0x4E24: return true;
    default: return false;
    }
}

/* the digits and 十百千万亿 */
static inline bool is_cn_numeral(uint32_t cp)
{
    switch (cp) {
    case 0x5341:
    case 0x767E:
    case 0x5343:
    case 0x4E07:
    case 0x4EBF: return true;
    default: return is_cn_digit(cp);
    }
}

/* The digit (ASCII or full-width) at byte i: its value in *d, its length
 * in *n; false when there is none. */
static inline bool digit_at(const char *t, size_t len, size_t i, int *d, int *n)
{
    int k;
    uint32_t cp = cp_at(t, len, i, &k);
    int v = digit_val(cp);
    if (v < 0)
        return false;
    *d = v;
    *n = k;
    return true;
}

/* The first byte at or after i that is not a space (is_space). */
static inline size_t skip_spaces(const char *t, size_t len, size_t i)
{
    for (;;) {
        int k;
        uint32_t cp = cp_at(t, len, i, &k);
        if (cp == CP_BAD || !is_space(cp))
            return i;
        i += (size_t)k;
    }
}

/* ------------------------------------------------------------------------
 * Numbers (numbers.c)
 * ---------------------------------------------------------------------- */

/* A run of digits as read by fig_read_num(). */
typedef struct {
    size_t start, end;
    double approx;  /* for decisions only; the stored value is exact */
    int int_digits; /* digits before the decimal point */
    bool frac;      /* has a decimal part */
    bool seps;      /* has thousands separators */
} num;

/* Reads digits with optional thousands groups (",ddd" after a first group
 * of 1-3 digits) and a decimal part at i. */
bool fig_read_num(const char *t, size_t len, size_t i, num *out);

/* Round 40 classes 2 and 4: whether t[0, len), a table cell's whole text,
 * is one number that fig_read_num would not read whole: digits grouped by
 * single spaces in groups of three (10 536 205, 712 418, 1 107.7), a minus
 * sign spaced from its number (- 1.05, - 55), or both (- 9 540); a plus
 * sign as a minus (+ 1.05, +1 234: the scanner reads it from its digits,
 * without the plus).  The one reader of a cell's spaced number (fig42:
 * table_figures.c's own went).  Spaces around it allowed; *sign is where
 * its sign stands (== *digits when it has none), *digits where its digits
 * start, *end where it ends. */
bool fig_cell_number(const char *t, size_t len, size_t *sign, size_t *digits, size_t *end);

/* fig_read_num at `digits`, the number fig_cell_number found ending at
 * `end`: read whole, its groups as thousands. */
void fig_read_cell_num(const char *t, size_t digits, size_t end, num *out);
/* Whether a unit symbol in Latin letters (mm, km, m3, t, kWh …) stands
 * whole at i. */
bool fig_latin_unit_at(const char *t, size_t len, size_t i);
/* A page's pinyin reading in parentheses at i (萬(wàn)): its byte length,
 * 0: none. */
size_t fig_reading_at(const char *t, size_t len, size_t i);
/* Appends the number in t[a, e) with ASCII digits and no separators. */
bulletin_status fig_put_num(bl_buf *b, const char *t, size_t a, size_t e);
/* The number in t[a, e) normalised into out (cap bytes); false when it
 * does not fit (then it is treated as not parsed). */
bool fig_fixed_num(const char *t, size_t a, size_t e, char *out, size_t cap);
/* The exact double of an ASCII decimal "[-]ddd[.ddd]"; *ok is false when
 * the value does not fit a double. */
double fig_exact_value(const char *s, bool *ok);
/* The value of a run of Chinese numerals; false when malformed (十四五). */
bool fig_cn_value(const char *t, size_t a, size_t e, double *out);

/* ------------------------------------------------------------------------
 * The scanner (scan.c) and a figure being built
 * ---------------------------------------------------------------------- */

/* The scanner's state over one text (bl_figures_scan). */
typedef struct {
    bl_figure_list *list;
    const char *t;
    size_t len;
    const bl_figure_ctx *ctx;
    size_t clause_start;   /* first byte of the current clause */
    size_t clause_trim;    /* the same after leading spaces */
    size_t clause_first;   /* first figure of the current clause */
    size_t sentence_first; /* first figure of the current sentence */
    size_t sentence_start; /* first byte of the current sentence */
    const char *pending_qual;
    size_t name_end;  /* inside a book title or a quoted name until here */
    bool name_title;  /* that name is a book title (《…》): years only */
    size_t forward;   /* a change written before its value (3.5%的增长)
                         waiting for it, or BL_FIG_NO_LINK */
    unsigned flags;   /* SCAN_*: what the link being sought knows */
    /* 拉动/贡献 looked for in [clause_start, contrib_pre) of the clause that
     * starts at contrib_clause (fig_link_change: once per clause, not once
     * per change in points) */
    size_t contrib_clause, contrib_pre;
    bool contrib_found;
    /* Round 40 classes 2 and 4: the text is a table cell's whole text and
     * that is one number (fig_cell_number): its sign (== cell_digits when
     * none), digits and end; cell_end 0 when it is not */
    size_t cell_sign, cell_digits, cell_end;
} scan;

/* The change being linked has no subject of its own: a rate before it
 * without a target of its own lends it its target. */
#define SCAN_SAME_SUBJECT 1u

/* Where the label segment of a new figure may start: after the previous
 * figure of the clause, or at the clause start. */
static inline size_t seg_floor(const scan *s)
{
    if (s->list->len > s->clause_first)
        return s->list->items[s->list->len - 1].end;
    return s->clause_start;
}

/* A figure being built; becomes a bl_figure in fig_push(). */
typedef struct {
    size_t start, end; /* span */
    size_t pre;        /* start of the qualifier/verb before the number */
    size_t verb_end;   /* end of the change verb (label end for changes) */
    bl_figure_kind kind;
    bool numeral_chinese, parsed;
    double value;
    char unit[BL_FIG_UNIT_MAX], base[BL_FIG_UNIT_MAX], scale[8];
    double scale_factor;
    const char *qual;
    int year, month, day;
    double parts[BL_FIG_MAX_PARTS];
    size_t nparts;
    int part;
    bl_figure_change change;
} draft;

static inline void draft_init(draft *d, size_t start)
{
    memset(d, 0, sizeof *d);
    d->start = d->pre = d->verb_end = start;
    d->scale_factor = 1;
    d->parsed = true;
    d->qual = "";
}

/* Appends the draft with `value_text` (malloc'd through the list's mem,
 * taken over: copied into the list's store and freed). */
bulletin_status fig_push(scan *s, draft *d, char *value_text);

/* The list's store (scan.c): memory that lives as long as the list.
 * fig_store() gives n bytes aligned for a double, NULL when out of
 * memory; fig_store_str() a NUL-terminated copy of s[0, n) ("" is static);
 * fig_intern() the same string for the same bytes each time (units,
 * scales, periods: few distinct ones, repeated by every figure). */
void *fig_store(bl_figure_list *l, size_t n);
const char *fig_store_str(bl_figure_list *l, const char *s, size_t n);
const char *fig_intern(bl_figure_list *l, const char *s, size_t n);
/* Whether the store failed to grow where no status could be returned
 * (bl_figure_apply_unit): the caller reports BULLETIN_ERR_NOMEM. */
bool fig_store_failed(const bl_figure_list *l);
/* Appends an identifier (kind BL_FIG_IDENTIFIER, not a number) spanning
 * t[a, end), its text as written; `year` 0 when it names none. */
bulletin_status fig_push_identifier(scan *s, size_t a, size_t end, int year);
/* A value text copied from t[a, e) with digits normalised. */
char *fig_num_text(const scan *s, size_t a, size_t e);

/* ------------------------------------------------------------------------
 * Units, scales, qualifiers (units.c)
 * ---------------------------------------------------------------------- */

/* Matches the unit at i, with an optional "/UNIT" (元/吨); writes the
 * written base (％ as %) into base.  Returns its length, 0 when none. */
size_t fig_match_unit(const char *t, size_t len, size_t i, bl_figure_kind *kind, char *base,
                      size_t cap);
/* Matches a scale (万, 亿, 万亿 …) at i: its length and *f, or 0. */
size_t fig_match_scale(const char *t, size_t len, size_t i, double *f);
/* Qualifier, change verb and pending 约 for a number starting at i. */
void fig_before_number(const scan *s, draft *d, size_t i);
/* Scale, 余/多, unit and trailing qualifiers after a number ending at p.
 * Returns the end of the figure. */
size_t fig_after_number(const scan *s, draft *d, size_t p);
bool fig_unit_before_number(const scan *s, draft *d, size_t i, size_t e);

/* ------------------------------------------------------------------------
 * Recognisers (recognise.c, names.c): each gets the position of a
 * candidate and returns where the scan goes on in *next (always > i).
 * ---------------------------------------------------------------------- */

/* An Arabic number at i (digit, or sign before a digit). */
bulletin_status fig_arabic(scan *s, size_t i, size_t *next);
/* A run of Chinese numerals at i (the run starts here). */
bulletin_status fig_chinese(scan *s, size_t i, size_t *next);
/* Standard numbers (GB/T 29490—2013) or names in Latin letters. */
bulletin_status fig_latin(scan *s, size_t i, size_t *next);
/* Document numbers: PREFIX〔2025〕2号 at an opening bracket `open` of n
 * bytes.  False when there is none; else *next and *st are set. */
bool fig_docnum(scan *s, size_t i, int n, uint32_t open, size_t *next, bulletin_status *st);
/* Quotes and book titles: returns the end of a name to skip, or 0. */
size_t fig_name_region(const scan *s, size_t i, uint32_t open, int n);
/* Skips a run of ASCII letters and digits with inner . - / _ (names such
 * as 5G, PM2.5, COVID-19, www.gov.cn). */
size_t fig_skip_alnum(const char *t, size_t len, size_t i);

/* ------------------------------------------------------------------------
 * Changes and links (links.c)
 * ---------------------------------------------------------------------- */

/* The change verb written just before byte i (through an optional 了 or,
 * after 增幅/增速/降幅, 为/达).  Sets *vstart to where the verb begins. */
bl_figure_change fig_change_verb(const char *t, size_t lo, size_t i, size_t *vstart);
/* Whether the figure `f`, about to be appended, is a change and which
 * figure it links to (sets f->change and f->link). */
void fig_link_change(scan *s, bl_figure *f, size_t pre);
/* After appending figure i: links a change written before its value. */
void fig_link_forward(scan *s, size_t i);
/* After appending a change: links an enumeration after 分别 in order. */
void fig_relink_respectively(scan *s);
/* What the words before a list of changes say, read once: the words of
 * its first change g0 (t[g0->lab_start, g0->lab_end)) and the
 * RESP_BEFORE_LABEL (96) bytes before them in its clause (from
 * clause_start, or g0's words when a list's 、 opened the clause there). */
typedef struct {
    /* 分别 in g0's words, or before them over a comparison of one base
     * (降幅分别比1-2月收窄13.1个和13.0个百分点) or none (分别增长) */
    bool resp;
    /* 分别 over a comparison of two bases or more, one indicator's changes
     * against each (占比分别较1—9月份和上年同期提高0.1和1.2个百分点;
     * 较去年同期和全年分别回落3.1、2.9个百分点) */
    bool each;
    /* where that comparison may begin: the window's start, or when a list
     * of bases joined by 、 opened a clause at g0's words (分别较一季度、
     * 上半年回落), after the clause mark (，；。) before them */
    size_t from;
} fig_resp;
void fig_resp_window(const char *t, size_t sentence_start, size_t clause_start, const bl_figure *g0,
                     fig_resp *r);

/* ------------------------------------------------------------------------
 * Kinds (kinds.c, from kinds.def)
 * ---------------------------------------------------------------------- */

/* Whether the words t[a, b) of a change name, in other words of one
 * family of synonyms (贸易额, 进出口总额; 经济总量, 地区生产总值), the
 * indicator whose label ends with one of them (links.c). */
bool fig_synonym_names(const char *t, size_t a, size_t b, const char *label);

/* TARGET in kinds.def: a change may link to a figure of this kind. */
bool fig_kind_is_target(bl_figure_kind kind);
/* LABELLED in kinds.def: the kind measures an indicator and gets a label. */
bool fig_kind_is_labelled(bl_figure_kind kind);

/* ------------------------------------------------------------------------
 * Clauses and labels (labels.c)
 * ---------------------------------------------------------------------- */

/* Ends the clause at byte `end`: sets the figures' clause ends and labels. */
bulletin_status fig_close_clause(scan *s, size_t end, bool sentence);
/* Drops leading spaces and scope and link words (全省, 其中, 和 …) from
 * t[*a, *b), repeatedly. */
void fig_trim_scope(const char *t, size_t *a, size_t *b);

/* ------------------------------------------------------------------------
 * The figures of tables (table_figures.c)
 * ---------------------------------------------------------------------- */

/* A piece of a node's text. */
typedef struct {
    const char *s;
    size_t n;
    bool set; /* named, even as nothing (总产出指数（上年=100）: no unit) */
} fig_span;

#define FIG_KEYED_UNITS 8

/* The state carried from node to node: a unit statement (单位：件) that
 * applies to the tables and the rows flattened into paragraphs after it,
 * and the caption of the next table. */
typedef struct {
    fig_span unit;
    const bulletin_node *caption;
    /* a table written one cell a line after a unit statement: the last
     * lines of words before its numbers label them (杭州 / 市本级 / 31459) */
    const bulletin_node *words[2];
    bool after_numbers;
    /* a line of the period alone before the next table (2022年9月) */
    const char *period;
    size_t period_len;
    /* unit notes keyed by a column's name over the next table (面積:萬畝,
     * 总产：吨, 面积单位：公顷 产量单位：吨): each key's unit (interned) */
    struct {
        const char *key, *unit;
        size_t key_n, unit_n;
    } keyed[FIG_KEYED_UNITS];
    size_t nkeyed;
} fig_table_ctx;

/* Trims spaces (ASCII, ideographic) at both ends of s[0, *n). */
const char *fig_trim(const char *s, size_t *n);
/* Whether t[0, len) contains one of the words. */
bool fig_has_word(const char *t, size_t len, const char *const *words, size_t nwords);
/* A unit statement (单位：万元, 单位：件 (Unit: piece), 单位:%): its unit. */
bool fig_unit_statement(const char *t, size_t len, fig_span *u);
/* A line of unit notes keyed by columns' names (面積:萬(wàn)畝, 單位:總產:噸,
 * 面积单位：公顷 产量单位：吨, 单位：面积：亩；产量：吨): each key and its
 * unit (readings in Latin letters dropped) added to tc; false (tc as it
 * was) when the line is anything else. */
bool fig_keyed_units(bl_figure_list *list, const char *t, size_t len, fig_table_ctx *tc);
/* Removes figures [from, to) of the list; links into them are dropped,
 * links past them follow. */
void fig_drop_figures(bl_figure_list *list, size_t from, size_t to);
/* The period a table's caption opens with, after its number (表1 2019年玉
 * 环市生产总值: 2019年; 2020年9月份…; 2023年1-6月…; 2013年4季度): its length
 * from *start, 0 when none (a span of years, 2017-2021年, is none). */
size_t fig_period_at(const char *t, size_t len, size_t *start);
/* Whether paragraph n is a period alone (2022年9月, （2013年4季度）): the
 * period in *p, *pn. */
bool fig_period_line(const bulletin_node *n, const char **p, size_t *pn);
/* Whether a title or heading n names a period for the table under it:
 * at its start (2023年全省各地区专利授权量, after a table's number 3-7) or
 * alone in brackets at its end (…有效量（2023年）): the period in *p, *pn. */
bool fig_title_period(const bulletin_node *n, const char **p, size_t *pn);

/* Whether c is a contents entry's leader mark (…, ⋯, ．, －, ＿ …:
 * recognise.c's leader_marks, the one table). */
bool fig_leader_char(uint32_t c);
/* The figures of a table, cell by cell, into list (section and paragraph
 * are the table's; `hooks` gives each cell's scan its bad_date, user and
 * year, NULL none). */
bulletin_status fig_scan_table(bl_figure_list *list, const bulletin_node *table, int section, int paragraph,
                               fig_table_ctx *tc, const bl_figure_ctx *hooks);
/* The figures [from, len) of a paragraph of table rows after a unit
 * statement: units, years that are numbers, row labels. */
bulletin_status fig_flattened_rows(bl_figure_list *list, size_t from, const fig_span *u);
/* A table written one cell a line: the lines of words label the numbers. */
bulletin_status fig_cell_lines(bl_figure_list *list, size_t from, const bulletin_node *n, fig_table_ctx *tc);

/* The word tables' grouping by key is the document floor's
 * (doc/unit_words.h); labels.c calls it by its figures name. */
#define fig_group_by_key bl_group_by_key

#endif
