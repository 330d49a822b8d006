/*
 * template.c - loads layout templates (templates/NAME.ini) with libinih,
 * validating every key; the format is documented in template.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <dirent.h>

#include <ini.h>

#include "template.h"

#define MM (72.0 / 25.4)

static const char *const element_names[BL_EL_COUNT] = {
    [BL_EL_TITLE] = "title",
    [BL_EL_SUBTITLE] = "subtitle",
    [BL_EL_LEAD] = "lead",
    [BL_EL_H1] = "heading1",
    [BL_EL_H2] = "heading2",
    [BL_EL_H3] = "heading3",
    [BL_EL_H4] = "heading4",
    [BL_EL_BODY] = "body",
    [BL_EL_CELL] = "cell",
    [BL_EL_HEADER] = "header",
    [BL_EL_FOOTER] = "footer",
    [BL_EL_FOLIO] = "folio",
    [BL_EL_COVER_TITLE] = "cover_title",
    [BL_EL_COVER_SUBTITLE] = "cover_subtitle",
    [BL_EL_COVER_META] = "cover_meta",
    [BL_EL_KEY_VALUE] = "key_value",
    [BL_EL_KEY_LABEL] = "key_label",
    [BL_EL_DOCNUMBER] = "docnumber",
    [BL_EL_SPEAKER] = "speaker",
    [BL_EL_SALUTATION] = "salutation",
    [BL_EL_ATTACHMENT] = "attachment",
    [BL_EL_SIGNATURE] = "signature",
    [BL_EL_DATE] = "date",
    [BL_EL_DOCTITLE] = "doctitle",
    [BL_EL_CAPTION] = "caption",
    [BL_EL_NOTE] = "note",
    [BL_EL_CELL_HEAD] = "cell_head",
    [BL_EL_TURN] = "turn",
};

static bl_style mkstyle(bl_font_role role, double size, double pitch, double before, double after,
                        bl_talign align, double indent)
{
    bl_style s = {role, role, size, pitch, before, after, align, indent, {0, 0, 0}, false,
                  BL_TSHAPE_FREE};
    return s;
}

/* The parts of an official document a template does not style follow
 * its body, title, subtitle and cell styles. */
static void derive_parts(bl_template *t, const bool *set)
{
    struct {
        int el, from;
        bl_talign align;
        double indent, before, after;
    } d[] = {
        {BL_EL_DOCNUMBER, BL_EL_BODY, BL_TALIGN_CENTER, 0, 0, 1},
        {BL_EL_SPEAKER, BL_EL_SUBTITLE, BL_TALIGN_CENTER, 0, 0, 1},
        {BL_EL_SALUTATION, BL_EL_BODY, BL_TALIGN_JUSTIFY, 0, 0, 0},
        {BL_EL_ATTACHMENT, BL_EL_BODY, BL_TALIGN_JUSTIFY, 2, 1, 0},
        {BL_EL_SIGNATURE, BL_EL_BODY, BL_TALIGN_CENTER, 0, 1, 0},
        {BL_EL_DATE, BL_EL_BODY, BL_TALIGN_RIGHT, 2, 0, 0},
        {BL_EL_DOCTITLE, BL_EL_TITLE, BL_TALIGN_CENTER, 0, 2, 1},
        {BL_EL_CAPTION, BL_EL_BODY, BL_TALIGN_CENTER, 0, 0.5, 0},
        {BL_EL_NOTE, BL_EL_CELL, BL_TALIGN_JUSTIFY, 0, 0, 0.5},
        {BL_EL_CELL_HEAD, BL_EL_CELL, BL_TALIGN_CENTER, 0, 0, 0},
        {BL_EL_TURN, BL_EL_BODY, BL_TALIGN_LEFT, 0, 0.5, 0},
    };
    for (size_t i = 0; i < sizeof d / sizeof *d; i++) {
        if (set[d[i].el])
            continue;
        bl_style s = t->style[d[i].from];
        if (d[i].from == BL_EL_BODY || d[i].el == BL_EL_NOTE) {
            s.align = d[i].align;
            s.indent = d[i].indent;
            s.before = d[i].before;
            s.after = d[i].after;
        } else if (d[i].el == BL_EL_DOCTITLE) {
            s.before = d[i].before;
        }
        if (d[i].el == BL_EL_CAPTION)
            s.role = BL_FONT_HEI;
        if (d[i].el == BL_EL_CELL_HEAD || d[i].el == BL_EL_TURN)
            s.role = BL_FONT_HEI;
        if (d[i].el == BL_EL_NOTE)
            s.color = t->muted;
        t->style[d[i].el] = s;
    }
}

void bl_template_defaults(bl_template *t)
{
    memset(t, 0, sizeof *t);
    snprintf(t->name, sizeof t->name, "default");
    snprintf(t->description, sizeof t->description, "built-in layout");
    t->page_w = 210 * MM;
    t->page_h = 297 * MM;
    t->margin_top = t->margin_bottom = t->margin_left = t->margin_right = 25 * MM;
    t->body_size = 10.5;
    t->line_pitch = 18.375;
    t->style[BL_EL_TITLE] = mkstyle(BL_FONT_HEI, 22, 2, 0, 1, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_SUBTITLE] = mkstyle(BL_FONT_KAI, 14, 1.5, 0, 1, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_LEAD] = mkstyle(BL_FONT_SONG, 10.5, 1, 0, 0.5, BL_TALIGN_JUSTIFY, 2);
    t->style[BL_EL_H1] = mkstyle(BL_FONT_HEI, 14, 1.25, 0.5, 0, BL_TALIGN_LEFT, 0);
    t->style[BL_EL_H2] = mkstyle(BL_FONT_KAI, 10.5, 1, 0, 0, BL_TALIGN_JUSTIFY, 2);
    t->style[BL_EL_H3] = mkstyle(BL_FONT_SONG, 10.5, 1, 0, 0, BL_TALIGN_JUSTIFY, 2);
    t->style[BL_EL_H4] = mkstyle(BL_FONT_SONG, 10.5, 1, 0, 0, BL_TALIGN_JUSTIFY, 2);
    t->style[BL_EL_BODY] = mkstyle(BL_FONT_SONG, 10.5, 1, 0, 0, BL_TALIGN_JUSTIFY, 2);
    t->style[BL_EL_CELL] = mkstyle(BL_FONT_SONG, 9, 0.875, 0, 0, BL_TALIGN_LEFT, 0);
    t->style[BL_EL_HEADER] = mkstyle(BL_FONT_SONG, 9, 1, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_FOOTER] = mkstyle(BL_FONT_SONG, 9, 1, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_FOLIO] = mkstyle(BL_FONT_SONG, 9, 1, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_COVER_TITLE] = mkstyle(BL_FONT_HEI, 28, 2, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_COVER_SUBTITLE] = mkstyle(BL_FONT_KAI, 16, 1.5, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_COVER_META] = mkstyle(BL_FONT_SONG, 14, 1.5, 0, 0, BL_TALIGN_CENTER, 0);
    t->style[BL_EL_KEY_VALUE] = mkstyle(BL_FONT_HEI, 26, 2, 0, 0, BL_TALIGN_LEFT, 0);
    t->style[BL_EL_KEY_LABEL] = mkstyle(BL_FONT_SONG, 10, 1, 0, 0, BL_TALIGN_LEFT, 0);
    for (int e = 0; e < BL_EL_COUNT; e++)
        t->style[e].numbering_role = t->style[e].role;
    t->style[BL_EL_COVER_TITLE].color = (bl_rgb){1, 1, 1}; /* on the band */
    t->accent = (bl_rgb){0.70, 0.11, 0.11};
    t->text = (bl_rgb){0, 0, 0};
    t->rule = t->accent;
    t->band = t->accent;
    t->muted = (bl_rgb){0.40, 0.40, 0.40};
    t->outline = true;
    t->key_figures_count = 8;
    t->header_rule = true;
    snprintf(t->footer, sizeof t->footer, "{page}");
    t->footer_align = BL_FOLIO_CENTER;
    t->footer_offset = 14 * MM;
    derive_parts(t, (const bool[BL_EL_COUNT]){false});
}

/* ------------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------- */

typedef struct {
    bl_template *t;
    char msg[200];
    bool offset_em, indent_em;
    bool size_em[BL_EL_COUNT]; /* style.E size given in em: a factor of the body */
    bool style_set[BL_EL_COUNT]; /* [style.E] in the file */
    bool page_size_set, ml_set, mr_set, type_w_set, type_h_set, pitch_set, lpp_set;
    int long_line; /* a line longer than inih reads, or 0 */
    double type_w, type_h;
    int line; /* the line being parsed (inih's handler gets none) */
} loader;

/* Line readers that count lines the way inih does (one per call), so the
 * handler knows where it is. */
typedef struct {
    loader *l;
    FILE *f;
    const char *s;
} line_src;

static char *read_line(char *str, int num, void *stream)
{
    line_src *x = stream;
    if (num < 2)
        return NULL;
    if (x->f) {
        if (!fgets(str, num, x->f))
            return NULL;
        size_t n = strlen(str);
        if (n == (size_t)num - 1 && str[n - 1] != '\n') {
            /* longer than inih's buffer: the rest of it is not another
             * line; the handler reports it at this line */
            int c;
            while ((c = fgetc(x->f)) != EOF && c != '\n')
                ;
            x->l->long_line = x->l->line + 1;
        }
    } else {
        if (!*x->s)
            return NULL;
        int i = 0;
        while (i < num - 1 && x->s[i]) {
            str[i] = x->s[i];
            if (x->s[i++] == '\n')
                break;
        }
        str[i] = '\0';
        x->s += i;
        if (i == num - 1 && str[i - 1] != '\n' && *x->s) {
            while (*x->s && *x->s != '\n')
                x->s++;
            if (*x->s)
                x->s++;
            x->l->long_line = x->l->line + 1;
        }
    }
    x->l->line++;
    return str;
}

/* Keeps the first failure's message: inih goes on after a failed line
 * and reports the first one's number. */
__attribute__((format(printf, 2, 3))) static int fail(loader *l, const char *fmt, ...)
{
    if (l->msg[0])
        return 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->msg, sizeof l->msg, fmt, ap);
    va_end(ap);
    return 0;
}

/* A length: NUMBER[mm|cm|pt|in|em]; a bare number is pt.  em is the body
 * size when `em` > 0. */
static bool parse_length(const char *v, double em, double *out)
{
    char *end;
    errno = 0;
    double x = strtod(v, &end);
    if (end == v || errno || !isfinite(x) || x < 0)
        return false;
    while (*end == ' ')
        end++;
    double k;
    if (!*end || strcmp(end, "pt") == 0)
        k = 1;
    else if (strcmp(end, "mm") == 0)
        k = MM;
    else if (strcmp(end, "cm") == 0)
        k = 10 * MM;
    else if (strcmp(end, "in") == 0)
        k = 72;
    else if (strcmp(end, "em") == 0 && em > 0)
        k = em;
    else
        return false;
    *out = x * k;
    return *out <= 10000; /* no page is wider than 3.5 m */
}

static bool parse_number(const char *v, double lo, double hi, double *out)
{
    char *end;
    errno = 0;
    double x = strtod(v, &end);
    while (*end == ' ')
        end++;
    if (end == v || *end || errno || !isfinite(x) || x < lo || x > hi)
        return false;
    *out = x;
    return true;
}

static bool parse_int(const char *v, int lo, int hi, int *out)
{
    double x;
    if (!parse_number(v, lo, hi, &x) || x != floor(x))
        return false;
    *out = (int)x;
    return true;
}

static bool parse_bool(const char *v, bool *out)
{
    if (!strcasecmp(v, "yes") || !strcasecmp(v, "true") || !strcmp(v, "1") || !strcasecmp(v, "on"))
        *out = true;
    else if (!strcasecmp(v, "no") || !strcasecmp(v, "false") || !strcmp(v, "0")
             || !strcasecmp(v, "off"))
        *out = false;
    else
        return false;
    return true;
}

static bool parse_color(const char *v, bl_rgb *out)
{
    unsigned r, g, b;
    char tail;
    if (v[0] != '#' || strlen(v) != 7 || sscanf(v + 1, "%2x%2x%2x%c", &r, &g, &b, &tail) != 3)
        return false;
    out->r = r / 255.0;
    out->g = g / 255.0;
    out->b = b / 255.0;
    return true;
}

static bool parse_text(const char *v, char *out, size_t size)
{
    size_t n = strlen(v);
    if (n >= size)
        return false;
    /* Values are UTF-8 text: reject bytes that are not. */
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = bl_utf8_decode((const unsigned char *)v + i, n - i, &cp);
        if (k == 0 || cp < 0x20)
            return false;
        i += (size_t)k;
    }
    memcpy(out, v, n + 1);
    return true;
}

static bool parse_page_size(loader *l, const char *v)
{
    static const struct {
        const char *name;
        double w, h; /* mm */
    } sizes[] = {{"A4", 210, 297}, {"A5", 148, 210}, {"B5", 176, 250}, {"A3", 297, 420},
                 {"letter", 215.9, 279.4}};
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        if (!strcasecmp(v, sizes[i].name)) {
            l->t->page_w = sizes[i].w * MM;
            l->t->page_h = sizes[i].h * MM;
            return true;
        }
    char a[32], b[32];
    if (sscanf(v, "%31s x %31s", a, b) == 2 || sscanf(v, "%31[^x×]x%31s", a, b) == 2) {
        double w, h;
        if (parse_length(a, 0, &w) && parse_length(b, 0, &h) && w >= 72 && h >= 72) {
            l->t->page_w = w;
            l->t->page_h = h;
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------------
 * The keys: one row each
 * ---------------------------------------------------------------------- */

/* Where a key's value goes: the template, the loader (values resolved in
 * finish), or the style of the section's element. */
enum { IN_TEMPLATE, IN_LOADER, IN_STYLE };

#define T_AT(f) IN_TEMPLATE, offsetof(bl_template, f), sizeof(((bl_template *)0)->f)
#define L_AT(f) IN_LOADER, offsetof(loader, f), sizeof(((loader *)0)->f)
#define S_AT(f) IN_STYLE, offsetof(bl_style, f), sizeof(((bl_style *)0)->f)
#define L_FLAG(f) (int)offsetof(loader, f)
#define NO_FLAG (-1)

static const char *const align_names[] = {"left", "center", "right", "justify", NULL};
static const char *const shape_names[] = {"free", "trapezoid", NULL};
static const char *const folio_names[] = {"center", "outside", "inside", "left", "right", NULL};

/* Every key of every section but [fonts] (whose keys are the font roles)
 * and the per-element style sections, which share the "style.*" rows.
 * The README's "Template keys" table documents each row (a unit test
 * checks it).  Lengths: lo and hi in pt; em_basis says what "em" means. */
const bl_template_key bl_template_keys[] = {
    {"template", "name", BL_KEY_TEXT, 0, 0, 0, "one line", T_AT(name), NO_FLAG, NULL},
    {"template", "description", BL_KEY_TEXT, 0, 0, 0, "one line", T_AT(description), NO_FLAG, NULL},
    {"page", "size", BL_KEY_PAGE_SIZE, 0, 0, 0, "A4, A5, B5, A3, letter or W x H", IN_TEMPLATE, 0, 0,
     L_FLAG(page_size_set), NULL},
    {"page", "margin_top", BL_KEY_LENGTH, 0, 300 * MM, 0, "0 to 300mm", T_AT(margin_top), NO_FLAG, NULL},
    {"page", "margin_bottom", BL_KEY_LENGTH, 0, 300 * MM, 0, "0 to 300mm", T_AT(margin_bottom), NO_FLAG,
     NULL},
    {"page", "margin_left", BL_KEY_LENGTH, 0, 300 * MM, 0, "0 to 300mm", T_AT(margin_left),
     L_FLAG(ml_set), NULL},
    {"page", "margin_right", BL_KEY_LENGTH, 0, 300 * MM, 0, "0 to 300mm", T_AT(margin_right),
     L_FLAG(mr_set), NULL},
    {"page", "type_width", BL_KEY_LENGTH, 36, 10000, 0, "36pt or more", L_AT(type_w), L_FLAG(type_w_set),
     NULL},
    {"page", "type_height", BL_KEY_LENGTH, 36, 10000, 0, "36pt or more", L_AT(type_h), L_FLAG(type_h_set),
     NULL},
    {"grid", "body_size", BL_KEY_LENGTH, 4, 72, 0, "4pt to 72pt", T_AT(body_size), NO_FLAG, NULL},
    {"grid", "line_pitch", BL_KEY_LENGTH, 4, 144, BL_EM_BODY, "4pt to 144pt", T_AT(line_pitch),
     L_FLAG(pitch_set), NULL},
    {"grid", "lines_per_page", BL_KEY_INT, 1, 200, 0, "1 to 200", T_AT(lines_per_page), L_FLAG(lpp_set),
     NULL},
    {"grid", "chars_per_line", BL_KEY_INT, 5, 200, 0, "5 to 200", T_AT(chars_per_line), NO_FLAG, NULL},
    {"style.*", "role", BL_KEY_ROLE, 0, 0, 0, "a font role", S_AT(role), NO_FLAG, NULL},
    {"style.*", "numbering_role", BL_KEY_ROLE, 0, 0, 0, "a font role", S_AT(numbering_role), NO_FLAG,
     NULL},
    {"style.*", "size", BL_KEY_SIZE, 4, 200, 0, "4pt to 200pt, or 0.25em to 10em", S_AT(size), NO_FLAG,
     NULL},
    {"style.*", "pitch", BL_KEY_NUMBER, 0.5, 10, 0, "grid rows, 0.5 to 10", S_AT(pitch), NO_FLAG, NULL},
    {"style.*", "before", BL_KEY_NUMBER, 0, 20, 0, "grid rows, 0 to 20", S_AT(before), NO_FLAG, NULL},
    {"style.*", "after", BL_KEY_NUMBER, 0, 20, 0, "grid rows, 0 to 20", S_AT(after), NO_FLAG, NULL},
    {"style.*", "align", BL_KEY_ENUM, 0, 0, 0, "left, center, right, justify", S_AT(align), NO_FLAG,
     align_names},
    {"style.*", "indent", BL_KEY_NUMBER, 0, 10, 0, "em, 0 to 10", S_AT(indent), NO_FLAG, NULL},
    {"style.*", "color", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", S_AT(color), NO_FLAG, NULL},
    {"style.*", "bold", BL_KEY_BOOL, 0, 0, 0, "yes or no", S_AT(bold), NO_FLAG, NULL},
    {"style.*", "shape", BL_KEY_ENUM, 0, 0, 0, "free or trapezoid", S_AT(shape), NO_FLAG,
     shape_names},
    {"colors", "accent", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", T_AT(accent), NO_FLAG, NULL},
    {"colors", "text", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", T_AT(text), NO_FLAG, NULL},
    {"colors", "rule", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", T_AT(rule), NO_FLAG, NULL},
    {"colors", "band", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", T_AT(band), NO_FLAG, NULL},
    {"colors", "muted", BL_KEY_COLOR, 0, 0, 0, "#RRGGBB", T_AT(muted), NO_FLAG, NULL},
    {"blocks", "cover", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(cover), NO_FLAG, NULL},
    {"blocks", "key_figures", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(key_figures), NO_FLAG, NULL},
    {"blocks", "contents", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(contents), NO_FLAG, NULL},
    {"blocks", "outline", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(outline), NO_FLAG, NULL},
    {"blocks", "figures_in_accent", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(figures_in_accent), NO_FLAG,
     NULL},
    {"blocks", "key_figures_count", BL_KEY_INT, 1, 12, 0, "1 to 12", T_AT(key_figures_count), NO_FLAG,
     NULL},
    {"header", "text", BL_KEY_TEXT, 0, 0, 0, "one line", T_AT(header), NO_FLAG, NULL},
    {"header", "rule", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(header_rule), NO_FLAG, NULL},
    {"header", "on_first", BL_KEY_BOOL, 0, 0, 0, "yes or no", T_AT(header_on_first), NO_FLAG, NULL},
    {"footer", "text", BL_KEY_TEXT, 0, 0, 0, "one line", T_AT(footer), NO_FLAG, NULL},
    {"footer", "align", BL_KEY_ENUM, 0, 0, 0, "center, outside, inside, left, right", T_AT(footer_align),
     NO_FLAG, folio_names},
    {"footer", "offset", BL_KEY_LENGTH, 0, 100 * MM, BL_EM_LATER, "0 to 100mm, or em",
     T_AT(footer_offset), L_FLAG(offset_em), NULL},
    {"footer", "indent", BL_KEY_LENGTH, 0, 100 * MM, BL_EM_LATER, "0 to 100mm, or em",
     T_AT(footer_indent), L_FLAG(indent_em), NULL},
    {NULL, NULL, 0, 0, 0, 0, NULL, 0, 0, 0, NO_FLAG, NULL},
};

/* The row of `key` in `section` ("style.E" sections use "style.*"). */
static const bl_template_key *find_key(const char *section, const char *key)
{
    bool style = !strncmp(section, "style.", 6);
    for (const bl_template_key *k = bl_template_keys; k->section; k++)
        if ((style ? !strcmp(k->section, "style.*") : !strcmp(k->section, section)) &&
            !strcmp(k->key, key))
            return k;
    return NULL;
}

static bool known_section(const char *section)
{
    for (const bl_template_key *k = bl_template_keys; k->section; k++)
        if (!strcmp(k->section, section))
            return true;
    return false;
}

/* Parses `v` for row `k` into `dst`; false when it is not a valid value. */
static bool set_value(loader *l, const bl_template_key *k, int e, const char *v, void *dst)
{
    double x;
    int n;
    bool b;
    switch (k->type) {
    case BL_KEY_TEXT: return parse_text(v, dst, k->size);
    case BL_KEY_PAGE_SIZE: return parse_page_size(l, v);
    case BL_KEY_LENGTH: {
        double em = k->em_basis == BL_EM_BODY ? l->t->body_size : k->em_basis == BL_EM_LATER ? 1.0 : 0;
        if (!parse_length(v, em, &x) || x < k->lo || x > k->hi)
            return false;
        *(double *)dst = x;
        if (k->em_basis == BL_EM_LATER && k->flag >= 0) /* em: resolved in finish */
            *(bool *)((char *)l + k->flag) = strstr(v, "em") != NULL;
        return true;
    }
    case BL_KEY_SIZE: {
        /* NUMBER em: a factor of the final body size (resolved in finish) */
        bool em = strstr(v, "em") != NULL;
        if (!parse_length(v, 1.0, &x) || (em ? (x < 0.25 || x > 10) : (x < k->lo || x > k->hi)))
            return false;
        *(double *)dst = x;
        l->size_em[e] = em;
        return true;
    }
    case BL_KEY_NUMBER:
        if (!parse_number(v, k->lo, k->hi, &x))
            return false;
        *(double *)dst = x;
        return true;
    case BL_KEY_INT:
        if (!parse_int(v, (int)k->lo, (int)k->hi, &n))
            return false;
        *(int *)dst = n;
        return true;
    case BL_KEY_BOOL:
        if (!parse_bool(v, &b))
            return false;
        *(bool *)dst = b;
        return true;
    case BL_KEY_COLOR: return parse_color(v, dst);
    case BL_KEY_ENUM:
        for (int i = 0; k->names[i]; i++)
            if (!strcmp(v, k->names[i])) {
                *(int *)dst = i;
                return true;
            }
        return false;
    case BL_KEY_ROLE: {
        bl_font_role r;
        if (!bl_font_role_from_name(v, &r))
            return false;
        bl_style *s = &l->t->style[e];
        if (!strcmp(k->key, "role") && s->numbering_role == s->role)
            s->numbering_role = r; /* follows the role unless set apart */
        *(bl_font_role *)dst = r;
        return true;
    }
    }
    return false;
}

static int handler(void *user, const char *section, const char *key, const char *v)
{
    loader *l = user;
    bl_template *t = l->t;
    if (l->long_line && l->long_line == l->line)
        return fail(l, "line longer than %d bytes%s", INI_MAX_LINE - 2, "");
    if (!strcmp(section, "fonts")) {
        bl_font_role r;
        if (!bl_font_role_from_name(key, &r))
            return fail(l, "unknown font role '%s' (song, hei, kai, fangsong, xiaobiaosong, latin)%s",
                        key, "");
        if (!*v || !parse_text(v, t->font_file[r], sizeof t->font_file[r]))
            return fail(l, "bad font file '%s' for %s", v, key);
        t->font_line[r] = l->line;
        return 1;
    }
    int e = -1;
    if (!strncmp(section, "style.", 6)) {
        for (int i = 0; i < BL_EL_COUNT && e < 0; i++)
            if (!strcmp(section + 6, element_names[i]))
                e = i;
        if (e < 0)
            return fail(l, "unknown element [%s]%s", section, "");
        l->style_set[e] = true;
    } else if (!known_section(section)) {
        return fail(l, "unknown section [%s]%s", section, "");
    }
    const bl_template_key *k = find_key(section, key);
    if (!k)
        return fail(l, "unknown key '%s' in [%s]", key, section);
    char *base = k->where == IN_TEMPLATE ? (char *)t
               : k->where == IN_LOADER   ? (char *)l
                                         : (char *)&t->style[e];
    if (k->type == BL_KEY_ROLE && !bl_font_role_from_name(v, &(bl_font_role){0}))
        return fail(l, "unknown font role '%s' (song, hei, kai, fangsong, xiaobiaosong, latin)%s", v,
                    "");
    if (!set_value(l, k, e < 0 ? 0 : e, v, base + k->offset))
        return fail(l, "bad %s '%s' (%s)", key, v, k->expect);
    if (k->flag >= 0 && k->em_basis != BL_EM_LATER)
        *(bool *)((char *)l + k->flag) = true;
    return 1;
}

/* Derived values and whole-template checks. */
static bulletin_status finish(loader *l, const char *path, bulletin_diag *diag)
{
    bl_template *t = l->t;
    if (l->type_w_set) {
        if (!l->ml_set && !l->mr_set)
            t->margin_left = t->margin_right = (t->page_w - l->type_w) / 2;
        else if (l->ml_set)
            t->margin_right = t->page_w - t->margin_left - l->type_w;
        else
            t->margin_left = t->page_w - t->margin_right - l->type_w;
    }
    if (l->type_h_set)
        t->margin_bottom = t->page_h - t->margin_top - l->type_h;
    double tw = t->page_w - t->margin_left - t->margin_right;
    double th = t->page_h - t->margin_top - t->margin_bottom;
    if (tw < 72 || th < 72 || t->margin_left < 0 || t->margin_right < 0 || t->margin_bottom < 0)
        return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, path, 0, 0,
                           "the margins leave no type area (%.0f x %.0f pt)", tw, th);
    if (t->chars_per_line) {
        /* GB/T 9704: the body fills the measure exactly. */
        t->body_size = tw / t->chars_per_line;
        if (!l->size_em[BL_EL_BODY])
            t->style[BL_EL_BODY].size = t->body_size;
    }
    for (int e = 0; e < BL_EL_COUNT; e++)
        if (l->size_em[e])
            t->style[e].size *= t->body_size;
    derive_parts(t, l->style_set);
    if (l->offset_em)
        t->footer_offset *= t->body_size;
    if (l->indent_em)
        t->footer_indent *= t->body_size;
    if (t->lines_per_page && !l->pitch_set) {
        /* N lines on the grid: the first baseline one body size below the
         * top of the type area, the last on its bottom. */
        t->line_pitch = t->lines_per_page > 1 ? (th - t->body_size) / (t->lines_per_page - 1) : th;
    }
    if (t->line_pitch < t->body_size)
        return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, path, 0, 0,
                           "line pitch %.2f pt is smaller than the body size %.2f pt",
                           t->line_pitch, t->body_size);
    return BULLETIN_OK;
}

static bulletin_status report(loader *l, int rc, const char *path, bulletin_diag *diag)
{
    if (rc == 0)
        return finish(l, path, diag);
    if (rc < 0)
        return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, path, 0, 0, "cannot read the template: %s",
                           strerror(errno));
    if (!l->msg[0] && l->long_line == rc)
        snprintf(l->msg, sizeof l->msg, "line longer than %d bytes", INI_MAX_LINE - 2);
    if (!l->msg[0])
        snprintf(l->msg, sizeof l->msg, "syntax error (expected [section] or key = value)");
    return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, path, rc, 0, "%s", l->msg);
}

bulletin_status bl_template_load_string(const char *text, const char *path, bl_template *t,
                                        bulletin_diag *diag)
{
    bl_template_defaults(t);
    loader l;
    memset(&l, 0, sizeof l);
    l.t = t;
    snprintf(t->path, sizeof t->path, "%s", path ? path : "-");
    line_src src = {&l, NULL, text ? text : ""};
    int rc = ini_parse_stream(read_line, &src, handler, &l);
    return report(&l, rc, path, diag);
}

bulletin_status bl_template_load(const char *name, const char *dir, bl_template *t,
                                 bulletin_diag *diag)
{
    bl_template_defaults(t);
    char path[1024];
    size_t n = strlen(name);
    if (strchr(name, '/') || (n > 4 && !strcmp(name + n - 4, ".ini")))
        snprintf(path, sizeof path, "%s", name);
    else {
        for (const char *p = name; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
                  || *p == '-' || *p == '_'))
                return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, NULL, 0, 0,
                                   "bad template name '%s' (letters, digits, - and _)", name);
        snprintf(path, sizeof path, "%s/%s.ini", dir ? dir : "templates", name);
    }
    snprintf(t->path, sizeof t->path, "%s", path);
    FILE *f = fopen(path, "r");
    if (!f)
        return bl_diag_set(diag, BULLETIN_ERR_TEMPLATE, NULL, 0, 0, "%s: cannot open template: %s",
                           path, strerror(errno));
    loader l;
    memset(&l, 0, sizeof l);
    l.t = t;
    line_src src = {&l, f, NULL};
    int rc = ini_parse_stream(read_line, &src, handler, &l);
    fclose(f);
    /* diag->path must outlive this call: point it at the template's copy. */
    bulletin_status st = report(&l, rc, t->path, diag);
    return st;
}

/* ------------------------------------------------------------------------
 * Fields
 * ---------------------------------------------------------------------- */

bool bl_template_untitled(const bulletin_doc *doc)
{
    for (const bulletin_node *n = bulletin_node_first_child(bulletin_doc_root(doc)); n;
         n = bulletin_node_next(n))
        if (bulletin_node_kind(n) == BULLETIN_NODE_TITLE)
            return bulletin_node_line(n) == 0; /* made from the file name */
    return true;
}

/* The running header's short title: at most SHORT_MAX characters. */
#define SHORT_MAX 24
#define SHORT_CPS 256 /* code points of the title looked at */

/* An opening bracket or quote: 1; a closing one: -1; else 0. */
static int bracket_side(uint32_t c)
{
    static const uint32_t open[] = {0x300A, 0xFF08, '(', 0x3014, 0x3010, 0x300C,
                                    0x300E, 0x201C, 0x2018, '[', 0x3008, 0xFF3B};
    static const uint32_t close[] = {0x300B, 0xFF09, ')', 0x3015, 0x3011, 0x300D,
                                     0x300F, 0x201D, 0x2019, ']', 0x3009, 0xFF3D};
    for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
        if (c == open[i])
            return 1;
        if (c == close[i])
            return -1;
    }
    return 0;
}

static bool is_num(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19) || c == '.' || c == 0xFF0E
           || c == '%' || c == 0xFF05;
}

/* Where a cut title may not end: punctuation (not a closing bracket),
 * a particle or conjunction (的 之 和 与 及 或 并 对 在 为 于 以 将 把 向
 * 从 等), or a word that announces what follows (关于, 对于, 以及, 有关,
 * 印发, 转发).  Returns the length once they are dropped from the end. */
static size_t trim_weak_end(const uint32_t *c, size_t k)
{
    static const uint32_t one[] = {0x7684, 0x4E4B, 0x548C, 0x4E0E, 0x8207, 0x53CA, 0x6216,
                                   0x5E76, 0x4E26, 0x5BF9, 0x5C0D, 0x5728, 0x4E3A, 0x70BA,
                                   0x4E8E, 0x65BC, 0x4EE5, 0x5C06, 0x5C07, 0x628A, 0x5411,
                                   0x4ECE, 0x5F9E, 0x7B49, 0x66A8};
    static const uint32_t two[][2] = {
        {0x5173, 0x4E8E}, {0x95DC, 0x4E8E}, {0x95DC, 0x65BC}, {0x5173, 0x65BC}, /* 关于 */
        {0x5BF9, 0x4E8E}, {0x5C0D, 0x65BC}, {0x5C0D, 0x4E8E},                   /* 对于 */
        {0x4EE5, 0x53CA}, {0x6709, 0x5173}, {0x6709, 0x95DC},                   /* 以及 有关 */
        {0x5370, 0x53D1}, {0x5370, 0x767C}, {0x8F6C, 0x53D1}, {0x8F49, 0x767C}, /* 印发 转发 */
    };
    while (k > 0) {
        uint32_t x = c[k - 1];
        bool punct = bl_is_cjk_punct(x) || x == ' ' || x == 0x3000 || x == 0x2014 || x == 0x2026
                     || x == 0xB7 || (x < 0x80 && strchr(",.;:!?-_/\\", (int)x));
        if (punct && bracket_side(x) >= 0) {
            k--;
            continue;
        }
        bool cut = false;
        for (size_t i = 0; k >= 2 && !cut && i < sizeof two / sizeof *two; i++)
            if (c[k - 2] == two[i][0] && x == two[i][1]) {
                k -= 2;
                cut = true;
            }
        for (size_t i = 0; !cut && i < sizeof one / sizeof *one; i++)
            if (x == one[i]) {
                k--;
                cut = true;
            }
        if (!cut)
            break;
    }
    return k;
}

/* The part [*lo, *hi) of c[0..n) to show: all of it when it fits; else
 * the longest prefix of at most SHORT_MAX characters that leaves no
 * bracket or book-title mark open, without a weak end.  When that is
 * short (the title's own words are an issuer and 印发 / 关于 / 修改
 * before a 《…》) or stops at a 《 or 〈, the name inside that first 《…》
 * instead, itself cut so. */
static void short_range(const uint32_t *c, size_t n, int level, size_t *lo, size_t *hi)
{
    *lo = 0;
    *hi = n;
    if (n <= SHORT_MAX)
        return;
    int depth = 0;
    size_t best = 0;
    for (size_t i = 0; i < SHORT_MAX; i++) {
        int b = bracket_side(c[i]);
        if (b > 0)
            depth++;
        else if (b < 0 && depth > 0)
            depth--;
        if (depth == 0)
            best = i + 1;
    }
    /* not inside a number (38.4 cut to 38) */
    while (best > 0 && best < n && is_num(c[best]) && is_num(c[best - 1]))
        best--;
    size_t k = trim_weak_end(c, best);
    /* cut before a book-title mark: the name inside it says more */
    bool at_mark = best < n && (c[best] == 0x300A || c[best] == 0x3008);
    if ((k < SHORT_MAX / 2 || at_mark) && level == 0) {
        /* the first 《 at depth 0 within the first SHORT_MAX characters */
        depth = 0;
        for (size_t p = 0; p < SHORT_MAX; p++) {
            if (depth == 0 && (c[p] == 0x300A || c[p] == 0x3008)) {
                size_t q = p + 1;
                int d = 1;
                for (; q < n; q++) {
                    int b = bracket_side(c[q]);
                    d += b;
                    if (d == 0)
                        break;
                }
                if (q - p - 1 >= 4) {
                    size_t l2, h2;
                    short_range(c + p + 1, q - p - 1, level + 1, &l2, &h2);
                    if (h2 > l2) {
                        *lo = p + 1 + l2;
                        *hi = p + 1 + h2;
                        return;
                    }
                }
                break;
            }
            int b = bracket_side(c[p]);
            if (b > 0)
                depth++;
            else if (b < 0 && depth > 0)
                depth--;
        }
    }
    if (k == 0) /* no balanced start: the first characters, never empty */
        k = trim_weak_end(c, SHORT_MAX);
    *hi = k ? k : SHORT_MAX;
}

/* A pinyin reading after a Han character (關(guān), 發（fā）): from the
 * bracket at c[i], its length, else 0. */
static size_t reading_len(const uint32_t *c, size_t n, size_t i)
{
    if (i == 0 || (c[i] != '(' && c[i] != 0xFF08) || c[i - 1] < 0x3400)
        return 0;
    size_t j = i + 1;
    while (j < n && ((c[j] >= 'a' && c[j] <= 'z') || (c[j] >= 0xC0 && c[j] <= 0x24F)))
        j++;
    if (j == i + 1 || j >= n || (c[j] != ')' && c[j] != 0xFF09))
        return 0;
    return j + 1 - i;
}

void bl_template_short_title(const bulletin_doc *doc, char *out, size_t size)
{
    if (size == 0)
        return;
    out[0] = '\0';
    const char *title = bulletin_doc_meta(doc, BULLETIN_META_TITLE);
    if (!title || bl_template_untitled(doc))
        title = "";
    const char *colon = NULL;
    for (const char *p = strstr(title, "："); p; p = strstr(p + 3, "："))
        colon = p;
    const char *s = colon ? colon + 3 : title;
    if (!strncmp(s, "发布", 6) && strlen(s) > 12)
        s += 6;
    /* the title's code points, without readings, and where each starts */
    uint32_t c[SHORT_CPS];
    size_t at[SHORT_CPS + 1], n = 0, len = strlen(s), i = 0;
    while (i < len && n < SHORT_CPS) {
        int k = bl_utf8_decode((const unsigned char *)s + i, len - i, &c[n]);
        if (k <= 0) {
            c[n] = 0xFFFD;
            k = 1;
        }
        at[n++] = i;
        i += (size_t)k;
    }
    at[n] = i;
    bool more = i < len; /* longer than SHORT_CPS code points */
    size_t m = 0;
    size_t from[SHORT_CPS] = {0}, to[SHORT_CPS] = {0}; /* byte range of each kept one */
    for (size_t j = 0; j < n;) {
        size_t r = reading_len(c, n, j);
        if (r) {
            j += r;
            continue;
        }
        c[m] = c[j];
        from[m] = at[j];
        to[m] = at[j + 1];
        m++;
        j++;
    }
    size_t lo, hi;
    short_range(c, m, 0, &lo, &hi);
    size_t o = 0;
    for (size_t j = lo; j < hi; j++) {
        size_t b = to[j] - from[j];
        if (o + b >= size)
            break;
        memcpy(out + o, s + from[j], b);
        o += b;
    }
    out[o] = '\0';
    /* an ellipsis where the shown part stops before the title's end */
    bool cut = hi < m || more;
    if (lo > 0) /* a name inside 《…》: cut when it stops before its 》 */
        cut = hi < m && c[hi] != 0x300B && c[hi] != 0x3009;
    if (cut && o > 0 && o + 4 <= size)
        strcat(out, "…");
}

void bl_template_expand(const char *pattern, const bulletin_doc *doc, int page, int pages,
                        char *out, size_t size)
{
    size_t o = 0;
    if (size == 0)
        return;
    for (const char *p = pattern; *p && o + 1 < size;) {
        char buf[BL_TEMPLATE_TEXT_MAX];
        const char *rep = NULL;
        size_t skip = 0;
        if (*p == '{') {
            const char *e = strchr(p, '}');
            size_t n = e ? (size_t)(e - p - 1) : 0;
            bool known = true;
            if (e && n == 5 && !strncmp(p + 1, "title", 5)) {
                rep = bl_template_untitled(doc) ? "" : bulletin_doc_meta(doc, BULLETIN_META_TITLE);
            } else if (e && n == 11 && !strncmp(p + 1, "short_title", 11)) {
                bl_template_short_title(doc, buf, sizeof buf);
                rep = buf;
            } else if (e && n == 6 && !strncmp(p + 1, "issuer", 6)) {
                rep = bulletin_doc_meta(doc, BULLETIN_META_ISSUER);
            } else if (e && n == 4 && !strncmp(p + 1, "date", 4)) {
                const char *d = bulletin_doc_meta(doc, BULLETIN_META_DATE);
                if (d && strlen(d) >= 10) {
                    snprintf(buf, sizeof buf, "%d年%d月%d日", atoi(d), atoi(d + 5), atoi(d + 8));
                    rep = buf;
                } else if (d) { /* a month: 2022-04 */
                    snprintf(buf, sizeof buf, "%d年%d月", atoi(d), atoi(d + 5));
                    rep = buf;
                }
            } else if (e && n == 4 && !strncmp(p + 1, "page", 4)) {
                snprintf(buf, sizeof buf, "%d", page);
                rep = buf;
            } else if (e && n == 5 && !strncmp(p + 1, "pages", 5)) {
                snprintf(buf, sizeof buf, "%d", pages);
                rep = buf;
            } else {
                known = false;
            }
            if (known) {
                skip = n + 2;
                if (!rep)
                    rep = ""; /* a field the document does not have */
            }
        }
        if (skip) {
            size_t r = strlen(rep);
            if (o + r >= size) {
                r = size - o - 1;
                while (r > 0 && ((unsigned char)rep[r] & 0xC0) == 0x80)
                    r--; /* cut between characters, never inside one */
            }
            memcpy(out + o, rep, r);
            o += r;
            p += skip;
        } else {
            out[o++] = *p++;
        }
    }
    /* the pattern's own text cut at the end: drop a partial character */
    size_t start = o;
    while (start > 0 && ((unsigned char)out[start - 1] & 0xC0) == 0x80)
        start--;
    if (start > 0) {
        unsigned char lead = (unsigned char)out[start - 1];
        size_t want = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (o - (start - 1) < want)
            o = start - 1;
    }
    out[o] = '\0';
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bulletin_status bulletin_templates_list(const char *dir,
                                        void (*fn)(void *user, const char *name,
                                                   const char *description,
                                                   const bulletin_diag *diag),
                                        void *user)
{
    if (!dir)
        dir = "templates";
    DIR *d = opendir(dir);
    if (!d)
        return BULLETIN_ERR_IO;
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 4 && e->d_name[0] != '.' && !strcmp(e->d_name + len - 4, ".ini")) {
            names[n] = strdup(e->d_name);
            if (names[n])
                n++;
        }
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        names[i][strlen(names[i]) - 4] = '\0';
        bl_template t;
        bulletin_diag diag;
        bulletin_diag_clear(&diag);
        if (bl_template_load(path, NULL, &t, &diag) == BULLETIN_OK)
            fn(user, names[i], t.description, NULL);
        else
            fn(user, names[i], NULL, &diag);
        free(names[i]);
    }
    return BULLETIN_OK;
}

bulletin_status bulletin_template_check(const char *name, const char *dir, bulletin_diag *diag)
{
    bl_template *t = malloc(sizeof *t);
    if (!t)
        return bl_diag_set(diag, BULLETIN_ERR_NOMEM, NULL, 0, 0, "out of memory");
    bulletin_status st = bl_template_load(name, dir, t, diag);
    if (st != BULLETIN_OK && diag && diag->path == t->path) { /* t is freed below */
        size_t n = strlen(t->path);
        if (n >= sizeof diag->file) /* keep the end: the file's name */
            memcpy(diag->file, t->path + n - (sizeof diag->file - 1), sizeof diag->file);
        else
            memcpy(diag->file, t->path, n + 1);
        diag->path = NULL;
    }
    free(t);
    return st;
}
