/*
 * scan.c - the scanner driver: one linear pass over a piece of normalised
 * bulletin text (bl_figures_scan) that sends each candidate to its
 * recogniser, closes clauses at their punctuation, and appends the
 * figures to the list (fig_push); the list's memory.
 */
#include "figures/figures_int.h"

/* ------------------------------------------------------------------------
 * The store: chunks of memory freed with the list.  A figure's strings
 * were one malloc each (a 64-byte buffer for "5.5") and its units three
 * 48-byte arrays; now a few bytes each in a chunk, the units shared.
 * ---------------------------------------------------------------------- */

typedef struct chunk chunk;
struct chunk {
    chunk *next;
    size_t cap;
    double data[]; /* aligned for the parts */
};

struct bl_fig_store {
    chunk *chunks; /* the newest first: it is being filled */
    size_t used, next_cap;
    /* interned strings: an open-addressing set of pointers into the
     * chunks, a power of two, at most half full */
    const char **set;
    size_t nset, set_cap;
    bool failed; /* see fig_store_failed() */
};

bool fig_store_failed(const bl_figure_list *l) { return l->store && l->store->failed; }

#define STORE_FIRST 4096
#define STORE_MAX ((size_t)1 << 20)

void *fig_store(bl_figure_list *l, size_t n)
{
    size_t need = (n + sizeof(double) - 1) / sizeof(double) * sizeof(double);
    if (!n || need < n || need > SIZE_MAX - sizeof(chunk))
        return NULL;
    if (!l->store && !(l->store = bl_alloc(l->mem, sizeof *l->store)))
        return NULL;
    bl_fig_store *st = l->store;
    chunk *c = st->chunks;
    if (!c || c->cap - st->used < need) {
        size_t cap = st->next_cap ? st->next_cap : STORE_FIRST;
        if (cap < STORE_MAX)
            st->next_cap = cap * 2;
        if (cap < need)
            cap = need; /* a long row: a chunk of its own */
        chunk *nc = bl_alloc(l->mem, sizeof *nc + cap);
        if (!nc) {
            st->failed = true;
            return NULL;
        }
        nc->cap = cap;
        if (c && cap == need && c->cap - st->used >= STORE_FIRST) {
            /* the current chunk has room still: keep filling it */
            nc->next = c->next;
            c->next = nc;
            return nc->data;
        }
        nc->next = c;
        st->chunks = c = nc;
        st->used = 0;
    }
    void *p = (char *)c->data + st->used;
    st->used += need;
    return p;
}

const char *fig_store_str(bl_figure_list *l, const char *s, size_t n)
{
    if (!n)
        return "";
    if (n == SIZE_MAX)
        return NULL;
    char *p = fig_store(l, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static size_t str_hash(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

const char *fig_intern(bl_figure_list *l, const char *s, size_t n)
{
    if (!n)
        return "";
    if (!l->store && !(l->store = bl_alloc(l->mem, sizeof *l->store)))
        return NULL;
    bl_fig_store *st = l->store;
    if (st->nset + 1 > st->set_cap / 2) {
        size_t cap = st->set_cap ? st->set_cap * 2 : 64;
        const char **set = bl_calloc(l->mem, cap, sizeof *set);
        if (!set) {
            st->failed = true;
            return NULL;
        }
        for (size_t i = 0; i < st->set_cap; i++)
            if (st->set[i]) {
                size_t k = str_hash(st->set[i], strlen(st->set[i])) & (cap - 1);
                while (set[k])
                    k = (k + 1) & (cap - 1);
                set[k] = st->set[i];
            }
        bl_free(l->mem, (void *)st->set);
        st->set = set;
        st->set_cap = cap;
    }
    size_t k = str_hash(s, n) & (st->set_cap - 1);
    for (; st->set[k]; k = (k + 1) & (st->set_cap - 1))
        if (!strncmp(st->set[k], s, n) && st->set[k][n] == '\0')
            return st->set[k];
    const char *p = fig_store_str(l, s, n);
    if (p) {
        st->set[k] = p;
        st->nset++;
    }
    return p;
}

static const double no_parts[BL_FIG_MAX_PARTS];

/* Appends the draft with `value_text` (taken over: freed). */
bulletin_status fig_push(scan *s, draft *d, char *value_text)
{
    bl_figure_list *l = s->list;
    /* the store exists once a list has a figure: bl_figure_apply_unit()
     * then only sets fig_store_failed() */
    if (value_text && !l->store)
        l->store = bl_alloc(l->mem, sizeof *l->store);
    if (!value_text || !l->store) {
        bl_free(l->mem, value_text);
        return BULLETIN_ERR_NOMEM;
    }
    bl_figure f;
    memset(&f, 0, sizeof f);
    f.value_text = fig_store_str(l, value_text, strlen(value_text));
    bl_free(l->mem, value_text);
    f.unit = fig_intern(l, d->unit, strlen(d->unit));
    f.base_unit = fig_intern(l, d->base, strlen(d->base));
    f.scale = fig_intern(l, d->scale, strlen(d->scale));
    f.parts = no_parts;
    if (d->nparts) {
        double *parts = fig_store(l, d->nparts * sizeof *parts);
        if (parts)
            memcpy(parts, d->parts, d->nparts * sizeof *parts);
        f.parts = parts;
    }
    if (!f.value_text || !f.unit || !f.base_unit || !f.scale || !f.parts)
        return BULLETIN_ERR_NOMEM;
    if (l->len == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        bl_figure *items = bl_realloc_array(l->mem, l->items, cap, sizeof *items);
        if (!items)
            return BULLETIN_ERR_NOMEM;
        l->items = items;
        l->cap = cap;
    }
    f.text = s->t;
    f.start = d->start;
    f.end = d->end;
    f.ctx_start = s->clause_trim;
    f.ctx_end = s->len;
    if (s->ctx) {
        f.section = s->ctx->section;
        f.paragraph = s->ctx->paragraph;
        f.node = s->ctx->node;
    }
    f.kind = d->kind;
    f.numeral_chinese = d->numeral_chinese;
    f.parsed = d->parsed;
    f.value = d->value;
    f.scale_factor = d->scale_factor;
    f.norm = d->value * d->scale_factor;
    f.qualifier = d->qual;
    /* a clause's 约 or 不少于… qualifies its next figure that measures,
     * not a year or date on the way (不少于本单位2023年职工总数的5%) */
    bool when = d->kind == BL_FIG_YEAR || d->kind == BL_FIG_DATE;
    if (!*f.qualifier && s->pending_qual && !when)
        f.qualifier = s->pending_qual;
    if (!when)
        s->pending_qual = NULL;
    f.year = (int16_t)d->year;
    f.month = (int8_t)d->month;
    f.day = (int8_t)d->day;
    f.nparts = (uint8_t)d->nparts;
    f.part = (int8_t)d->part;
    f.change = d->change;
    f.link = BL_FIG_NO_LINK;
    f.lab_start = seg_floor(s);
    f.lab_end = f.change ? d->verb_end : d->pre;
    fig_link_change(s, &f, d->pre);
    if (f.lab_end < f.lab_start)
        f.lab_end = f.lab_start;
    f.label = NULL;
    l->items[l->len++] = f;
    if (f.change)
        fig_relink_respectively(s);
    fig_link_forward(s, l->len - 1);
    return BULLETIN_OK;
}

bulletin_status fig_push_identifier(scan *s, size_t a, size_t end, int year)
{
    draft d;
    draft_init(&d, a);
    d.end = end;
    d.kind = BL_FIG_IDENTIFIER;
    d.parsed = false;
    d.year = year;
    return fig_push(s, &d, bl_strndup(s->list->mem, s->t + a, end - a));
}

/* A value text copied from t[a, e) with digits normalised. */
char *fig_num_text(const scan *s, size_t a, size_t e)
{
    bl_buf b;
    bl_buf_init(&b, s->list->mem);
    if (fig_put_num(&b, s->t, a, e) != BULLETIN_OK) {
        bl_buf_free(&b);
        return NULL;
    }
    return bl_buf_detach(&b);
}

void bl_figure_list_init(bl_figure_list *list, const bulletin_mem *mem)
{
    if (!list)
        return;
    list->mem = mem ? mem : bulletin_default_mem();
    list->items = NULL;
    list->len = list->cap = 0;
    list->store = NULL;
    for (size_t v = 0; v < BL_FIG_BUDGET_LEVELS; v++)
        list->budget_last[v] = 0;
    list->budget_any = list->budget_seen = 0;
}

static void truncate_list(bl_figure_list *list, size_t len)
{
    while (list->len > len) {
        bl_figure *f = &list->items[--list->len];
        bl_free(list->mem, f->label);
    }
}

void bl_figure_list_free(bl_figure_list *list)
{
    if (!list || !list->mem)
        return;
    truncate_list(list, 0);
    bl_free(list->mem, list->items);
    if (list->store) {
        while (list->store->chunks) {
            chunk *c = list->store->chunks;
            list->store->chunks = c->next;
            bl_free(list->mem, c);
        }
        bl_free(list->mem, (void *)list->store->set);
        bl_free(list->mem, list->store);
    }
    bl_figure_list_init(list, list->mem);
}

/* A limit word at i (不超过, 不少于, 不低于 and their traditional forms)
 * followed by words, not by a number: the qualifier it gives the clause's
 * next figure (as written, as fig_before_number shows it), and *next after
 * it; NULL when none. */
static const char *distant_limit(const char *t, size_t len, size_t i, size_t *next)
{
    static const char *const limits[] = {"不超过", "不超過", "不少于", "不少於", "不低于", "不低於"};
    for (size_t k = 0; k < sizeof limits / sizeof *limits; k++) {
        size_t e = i + strlen(limits[k]);
        int d, n;
        if (!has_at(t, len, i, limits[k]))
            continue;
        uint32_t c = cp_at(t, len, e, NULL);
        if (c == CP_BAD || !bl_is_han(c) || digit_at(t, len, e, &d, &n) || is_cn_numeral(c))
            return NULL;
        *next = e;
        return limits[k];
    }
    return NULL;
}

/* A page's style sheet leaked into the text (env-ndrc-2023h1-ecology-data:
 * .TRS_Editor P{line-height:1;font-family:宋体;font-size:12pt;}.TRS_Editor
 * DIV{line-height2023年上半年,…): at the '{' at i, a block of property:
 * value; pairs (a property of lowercase letters and '-'): where the text
 * goes on after it, its '}' or the digits a cut-off property runs into
 * (line-height2023年); 0 when it is no such block. */
static size_t style_block_end(const char *t, size_t len, size_t i)
{
    size_t j = i + 1;
    for (int pairs = 0; pairs < 32; pairs++) {
        size_t name = j;
        bool dash = false;
        while (j < len && ((t[j] >= 'a' && t[j] <= 'z') || t[j] == '-'))
            dash |= t[j++] == '-';
        if (j - name < 3)
            return 0;
        if (j < len && t[j] >= '0' && t[j] <= '9')
            return dash ? j : 0; /* cut off, the text runs on */
        /* (a Chinese value takes full-width marks: font-family：宋体；) */
        size_t colon = j < len && t[j] == ':' ? 1 : has_at(t, len, j, "：") ? strlen("：") : 0;
        if (!colon)
            return 0;
        j += colon;
        size_t v = j, semi = 0;
        while (j < len && t[j] != ';' && t[j] != '}' && t[j] != '\n' && j - v < 48
               && !(semi = has_at(t, len, j, "；") ? strlen("；") : 0))
            j++;
        if (j >= len || j == v || (t[j] != ';' && t[j] != '}' && !semi))
            return 0;
        if (t[j] == '}')
            return j + 1;
        j += semi ? semi : 1;
        if (j < len && t[j] == '}')
            return j + 1;
    }
    return 0;
}

/* A Han character of the basic block that none of bl_figures_scan's tests
 * below takes: no numeral (一 … 十百千万亿), nor 约 or 不 (its
 * punctuation, digits, marks and letters lie outside the block).  Most of
 * a paragraph's characters: the scan steps over them at once. */
static inline bool plain_han(uint32_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF && !is_cn_numeral(c) && c != 0x7EA6 /* 约 */ &&
           c != 0x4E0D /* 不 */;
}

/* ------------------------------------------------------------------------
 * Round 31 classes 9 and 10: Latin-script prose and anti-copy junk hold
 * no figures of the Chinese text.  A bilingual page interleaves English
 * translations (`... on March 5, 2006.`, `18.23 trillion yuan`) and a
 * forum copy puts a random string after every line (`温家宝 FhEfW7]0,`,
 * `回顾 *2m{i:3`, `>n&+<06`); joined to the Chinese text around them
 * their digits were read as counts and years.  Both are told on ASCII
 * alone: a Chinese sentence's GDP增长6.9%, PM2.5, 5G, 3.5 mm, No.5 or a
 * URL is none of them.
 * ---------------------------------------------------------------------- */

static bool ascii_lower(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool ascii_letter(char c)
{
    return ascii_lower(c) || (c >= 'A' && c <= 'Z');
}

static bool ascii_alnum(char c)
{
    return ascii_letter(c) || (c >= '0' && c <= '9');
}

/* An English month's name (March, Sept, May): a date of Latin prose. */
static bool month_word(const char *w, size_t n)
{
    static const char *const months[] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
    char low[16];
    if (n < 3 || n >= sizeof low)
        return false;
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + ('a' - 'A') : w[k]);
    for (size_t k = 0; k < sizeof months / sizeof months[0]; k++)
        if (strlen(months[k]) == n && memcmp(months[k], low, n) == 0)
            return true;
    return false;
}

/* The run of ASCII text around i up to the nearest character outside
 * ASCII or a line break, [*lo, *hi), and whether it is Latin-script
 * prose: three words (two letters or more, one lowercase at least) set
 * apart by spaces with a sentence's full stop after a word (Major
 * achievements were made in 2005 in the socialist modernization drive.)
 * or a month's name (on March 5, 2006).  An abbreviation, a unit or a
 * URL is one word; a Latin title or label with no sentence (Index (2007
 * as percentage of the following years), Patents in Force ...(2023)) or
 * a clause quoted in a Chinese sentence (据The World Bank ..., growth was
 * 2.6 percent in 2019，) is none. */
static bool latin_prose_run(const char *t, size_t len, size_t i, size_t *lo, size_t *hi)
{
    size_t a = i, b = i;
    while (a > 0 && (unsigned char)t[a - 1] < 0x80 && t[a - 1] != '\n')
        a--;
    while (b < len && (unsigned char)t[b] < 0x80 && t[b] != '\n')
        b++;
    *lo = a;
    *hi = b;
    size_t words = 0;
    bool stop = false;  /* a sentence ends in the run */
    bool month = false; /* … or it names a month */
    for (size_t k = a; k < b; k++)
        if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && k > a &&
            (ascii_letter(t[k - 1]) || t[k - 1] == ')' || (t[k - 1] >= '0' && t[k - 1] <= '9')) &&
            (k + 1 == len || t[k + 1] == ' ' || (unsigned char)t[k + 1] >= 0x80))
            stop = true;
    for (size_t k = a; k < b;) {
        if (t[k] == ' ' || t[k] == '\t') {
            k++;
            continue;
        }
        size_t e = k;
        while (e < b && t[e] != ' ' && t[e] != '\t')
            e++;
        /* a token: its letters' longest run */
        size_t run = 0, best = 0, from = k, best_from = k;
        bool lower = false;
        for (size_t j = k; j <= e; j++) {
            if (j < e && ascii_letter(t[j])) {
                if (!run)
                    from = j;
                run++;
                lower = lower || ascii_lower(t[j]);
            } else {
                if (run > best)
                    best = run, best_from = from;
                run = 0;
            }
        }
        if (best >= 2 && lower) {
            words++;
            month = month || month_word(t + best_from, best);
        }
        k = e;
    }
    return words >= 3 && (stop || month);
}

/* A character of anti-copy junk: ASCII marks a Chinese text's figures
 * never stand among (a comparison sign counts only when not between two
 * letters or digits: PM2.5<35). */
static bool junk_mark(const char *t, size_t lo, size_t hi, size_t k)
{
    char c = t[k];
    if (c == '<' || c == '>' || c == '=')
        return !(k > lo && k + 1 < hi && ascii_alnum(t[k - 1]) && ascii_alnum(t[k + 1]));
    return c && strchr("[]{}|\\^~`\"@#&*", c) != NULL;
}

/* The anti-copy junk token at i, if any: its end, else 0.  A run of
 * ASCII characters other than spaces, after a space or at the text's
 * start, that mixes letters and digits with a junk mark (FhEfW7]0,
 * (f"LD8MJ/ >n&+<06 *2m{i:3); no word of a sentence, no number with its
 * sign (<0.5%) and no code (****03492) is one. */
static size_t junk_token_end(const char *t, size_t len, size_t i, size_t *lo, size_t *hi)
{
    size_t a = i, b = i;
    while (a > 0 && (unsigned char)t[a - 1] < 0x80 && t[a - 1] > ' ')
        a--;
    while (b < len && (unsigned char)t[b] < 0x80 && t[b] > ' ')
        b++;
    *lo = a;
    *hi = b > i ? b : i + 1; /* the token tested: the caller asks once per token */
    if (a > 0 && t[a - 1] != ' ' && t[a - 1] != '\t' && t[a - 1] != '\n')
        return 0;
    /* a number glued to the Chinese text after it is the text's
     * (line-height2023年上半年, year="2010">415日前): the junk ends before it */
    if (b < len && (unsigned char)t[b] >= 0x80 && t[b - 1] >= '0' && t[b - 1] <= '9') {
        while (b > a && ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '.'))
            b--;
    }
    bool letter = false, digit = false, mark = false;
    for (size_t k = a; k < b; k++) {
        letter = letter || ascii_letter(t[k]);
        digit = digit || (t[k] >= '0' && t[k] <= '9');
        mark = mark || junk_mark(t, a, b, k);
    }
    return letter && digit && mark ? b : 0;
}

/* Whether t[0, len) holds a Han character: Latin prose in it is a line
 * of translation joined to the Chinese text.  A paragraph of Latin
 * prose alone is told at the document's level (doc_figures.c's
 * translation_of): it keeps its figures when it translates nothing. */
static int han_in(const char *t, size_t len)
{
    for (size_t i = 0; i < len;) {
        int k;
        uint32_t c = cp_at(t, len, i, &k);
        if ((c >= 0x4E00 && c <= 0x9FFF) || bl_is_han(c))
            return 1;
        i += (size_t)(k > 0 ? k : 1);
    }
    return 0;
}

/* Whether the number at i runs into the Chinese text after it (2023年,
 * 415日): a figure of that text, whatever stands before it. */
static bool glued_to_text(const char *t, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && ((t[e] >= '0' && t[e] <= '9') || (t[e] == '.' && e + 1 < len && t[e + 1] >= '0' && t[e + 1] <= '9')))
        e++;
    return e > i && e < len && (unsigned char)t[e] >= 0x80;
}

/* The end of the ASCII number or word at i (9.9, 2,005, 18.23). */
static size_t skip_latin_number(const char *t, size_t len, size_t i)
{
    size_t e = i;
    while (e < len && (ascii_alnum(t[e]) || ((t[e] == '.' || t[e] == ',') && e + 1 < len &&
                                              t[e + 1] >= '0' && t[e + 1] <= '9')))
        e++;
    return e > i ? e : i + 1;
}

static bulletin_status scan_text(bl_figure_list *list, const char *text, size_t len, const bl_figure_ctx *ctx,
                                 bool cell)
{
    if (!list || (!text && len))
        return BULLETIN_ERR_USAGE;
    if (!list->mem)
        list->mem = bulletin_default_mem();
    if (!len)
        return BULLETIN_OK;
    size_t base = list->len;
    scan s = {list, text, len, ctx, 0, skip_spaces(text, len, 0), base, base, 0, NULL, 0, false,
              BL_FIG_NO_LINK, 0, 0, 0, false, 0, 0, 0};
    if (cell && !fig_cell_number(text, len, &s.cell_sign, &s.cell_digits, &s.cell_end))
        s.cell_end = 0;
    bulletin_status status = BULLETIN_OK;
    const char *t = text;
    size_t run_lo = 0, run_hi = 0; /* the ASCII run last tested */
    bool run_latin = false;        /* … and whether it is Latin prose */
    int has_han = -1;              /* the text holds Chinese: -1 not yet known */
    size_t tok_lo = 0, tok_hi = 0; /* the ASCII token last tested for junk */
    size_t tok_junk = 0;           /* … where its junk ends, 0 when none */
    for (size_t i = 0; i < len && status == BULLETIN_OK;) {
        int n;
        bool sentence;
        uint32_t c = cp_at(t, len, i, &n);
        size_t next = i + (size_t)n;
        if (c == CP_BAD || plain_han(c)) {
            i = next;
            continue;
        }
        if (c < 0x80 && (digit_val(c) >= 0 || is_ascii_alpha(c) || c == '-')) {
            if (!(i >= tok_lo && i < tok_hi))
                tok_junk = junk_token_end(t, len, i, &tok_lo, &tok_hi);
            size_t je = tok_junk > i ? tok_junk : 0;
            if (!(i >= run_lo && i < run_hi)) {
                run_latin = latin_prose_run(t, len, i, &run_lo, &run_hi);
                if (run_latin && has_han < 0)
                    has_han = han_in(t, len);
                run_latin = run_latin && has_han;
            }
            if (run_latin && !glued_to_text(t, len, i)) {
                /* the line of English is a sentence apart: the Chinese
                 * after it starts a clause of its own (下面是…) */
                status = fig_close_clause(&s, i, true);
                i = skip_latin_number(t, len, i);
                /* (a number ending the run glued to the Chinese after it
                 * is that text's: each number stepped over whole) */
                while (i < run_hi) {
                    if (t[i] >= '0' && t[i] <= '9') {
                        size_t e = skip_latin_number(t, len, i);
                        if (e >= run_hi && glued_to_text(t, len, i))
                            break;
                        i = e;
                    } else {
                        i++;
                    }
                }
                s.clause_start = s.sentence_start = i;
                s.clause_trim = skip_spaces(t, len, i);
                continue;
            }
            if (je) {
                i = je;
                continue;
            }
        }
        if (is_clause_punct(c, &sentence)) {
            status = fig_close_clause(&s, i, sentence);
            s.clause_start = next;
            s.clause_trim = skip_spaces(t, len, next);
            if (sentence)
                s.sentence_start = next;
        } else if (digit_val(c) >= 0) {
            status = fig_arabic(&s, i, &next);
        } else if (c == '{' && style_block_end(t, len, i)) {
            /* the text goes on after it: a clause of its own */
            next = style_block_end(t, len, i);
            status = fig_close_clause(&s, i, false);
            s.clause_start = s.clause_trim = next;
        } else if (s.cell_end && i == s.cell_sign && s.cell_sign < s.cell_digits && t[i] == '+') {
            /* a cell's + 1.05, +1 234: the number read from its digits,
             * its span and no label from the plus, its value text with
             * the plus as a plus glued to a plain number (+5) is given
             * it by the table (signed_cell_figure) and a minus keeps its
             * own (fig41: the sign was lost) */
            size_t from = list->len;
            s.cell_sign = s.cell_digits;
            status = fig_arabic(&s, s.cell_digits, &next);
            s.cell_sign = i;
            if (status == BULLETIN_OK && list->len > from && list->items[from].start == s.cell_digits) {
                bl_figure *f = &list->items[from];
                f->start = (uint32_t)i;
                f->lab_end = f->lab_start > i ? f->lab_start : (uint32_t)i;
                size_t vl = f->value_text ? strlen(f->value_text) : 0;
                char buf[64];
                if (vl && vl + 2 <= sizeof buf && f->value_text[0] != '+' && f->value_text[0] != '-') {
                    buf[0] = '+';
                    memcpy(buf + 1, f->value_text, vl + 1);
                    const char *v = fig_store_str(list, buf, vl + 1);
                    if (!v)
                        status = BULLETIN_ERR_NOMEM;
                    else
                        f->value_text = v;
                }
            }
        } else if (s.cell_end && i == s.cell_sign && s.cell_sign < s.cell_digits) {
            status = fig_arabic(&s, i, &next); /* a cell's - 1.05 */
        } else if ((c == '-' || c == 0x2212 || c == 0xFF0D) &&
                   digit_val(cp_at(t, len, next, NULL)) >= 0) {
            uint32_t p = cp_before(t, 0, i, NULL);
            /* 5月1日-5日: a span of days, the hyphen no sign */
            if (p == CP_BAD || !(digit_val(p) >= 0 || is_ascii_alpha(p) || p == 0x65E5 /* 日 */ ||
                                 p == '-' /* --5月2日: a dash of two hyphens */))
                status = fig_arabic(&s, i, &next);
        } else if (is_ascii_alpha(c)) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p == CP_BAD || !(digit_val(p) >= 0 || is_ascii_alpha(p)))
                status = fig_latin(&s, i, &next);
            else
                next = fig_skip_alnum(t, len, i);
        } else if (c == 0x3014 || c == '[' || c == 0xFF3B || c == 0x3010 || c == 0x201E) {
            size_t nx;
            bulletin_status st = BULLETIN_OK;
            if (fig_docnum(&s, i, n, c, &nx, &st)) {
                next = nx;
                status = st;
            }
        } else if (is_cn_numeral(c)) {
            uint32_t p = cp_before(t, 0, i, NULL);
            if (p == CP_BAD || !is_cn_numeral(p))
                status = fig_chinese(&s, i, &next);
        } else if (c == 0x7EA6 /* 约 */) {
            uint32_t nx = cp_at(t, len, next, NULL);
            if (i == s.clause_trim || in_set(nx, "为占合有是"))
                s.pending_qual = "约";
        } else if (c == 0x4E0D /* 不 */ && distant_limit(t, len, i, &next)) {
            /* 裁員率放寬到不超過企業職工總數20%: a limit said before the
             * whole the figure is a part of qualifies it (not directly
             * before a number: that is fig_before_number's) */
            s.pending_qual = distant_limit(t, len, i, &next);
        } else if (i >= s.name_end && (c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E ||
                                       c == '"' || c == 0x300A || c == 0x3008)) {
            /* a name: scanned inside for what figures it may hold (years
             * in a book title, figures with a unit in a quoted name); the
             * marks that open one (fig_name_region's) tested here, not in a
             * call for every character */
            size_t e = fig_name_region(&s, i, c, n);
            if (e) {
                s.name_end = e;
                s.name_title = c == 0x300A || c == 0x3008;
            }
        }
        if (next <= i)
            next = i + (size_t)n;
        i = next;
    }
    if (status == BULLETIN_OK)
        status = fig_close_clause(&s, len, true);
    if (status != BULLETIN_OK)
        truncate_list(list, base);
    return status;
}

bulletin_status bl_figures_scan(bl_figure_list *list, const char *text, size_t len,
                                const bl_figure_ctx *ctx)
{
    return scan_text(list, text, len, ctx, false);
}

bulletin_status bl_figures_scan_cell(bl_figure_list *list, const char *text, size_t len,
                                     const bl_figure_ctx *ctx)
{
    return scan_text(list, text, len, ctx, true);
}
