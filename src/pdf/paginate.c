/*
 * paginate.c - the blocks of lines onto pages, on a baseline grid (the
 * template's line pitch): every block ends on the grid; a heading keeps
 * the first two lines of its text with it (never a heading at a page
 * foot; a title, or an attached document's, keeps its subtitle and the
 * subtitle its first lines); a paragraph never leaves its first line alone at a page foot
 * nor its last line alone at a page top (孤行): the page then ends a
 * line short, on the same grid; the 落款 and date are never split and
 * have the last two lines of the text before them on their page (taken
 * along to a new page, or from the page before); a table's rows
 * go whole (a row taller than a page between its lines), its header rows
 * repeated at the top of the next page; its caption, the note above it
 * (its unit) and its title, header and group rows are kept with two body
 * rows, a page break never leaves one body row alone at a page foot or
 * top, and the note below it stays with its last row (when what is kept
 * together fits on a page; else one body row under the lead rows).  What
 * a heading keeps is measured on the page's grid from where it stands.  A
 * fixed grid (GB/T 9704: lines_per_page) keeps its 22 rows; a page may
 * end one line short (two where a three-line paragraph allows nothing
 * else).
 *
 * When the last page would hold only a few lines, the last pages before
 * it (one, then two, three) are set a little closer (L.min_row of the
 * template's pitch: never below 95 %) if that saves the page; the pages
 * before keep the template's leading.  A short last page is better than
 * cramped text.  Free grids only.
 */
#include <math.h>
#include <string.h>

#include "pdf_int.h"

/* Pitch and space before of a block on the current grid (c->row). */
static double block_line_pitch(const ctx *c, const pblock *b) { return sty(c, b->st)->pitch * c->row; }

static double block_before(const ctx *c, const pblock *b)
{
    return b->tight ? 0 : sty(c, b->st)->before * c->row;
}

/* An issuer or date line under the title (blocks.c add_issuer: level -1
 * in the speaker's style).  Consecutive ones are one block of lines, as
 * a speaker's are: no space after each (国家统计局 / 国务院第七次全国人口
 * 普查领导小组办公室 / 2021年5月11日 stood a line and more apart). */
static bool issuer_line(const pblock *b)
{
    return b->kind == BK_TEXT && b->heading && b->level == -1 && b->st == BL_EL_SPEAKER;
}

/* Whether block n follows block b at once, with no space after b and
 * off the grid until n ends: consecutive issuer lines, and a subtitle
 * under a title or an attached document's title (厦门经济特区社会信用条例
 * / (草案修改二稿征求意见稿) stood two gongwen lines apart: the title's
 * line after and the grid's rounding of its 1.2 pitch). */
static bool flows_into(const pblock *b, const pblock *n)
{
    if (!n || b->kind != BK_TEXT || n->kind != BK_TEXT)
        return false;
    if (issuer_line(b) && issuer_line(n))
        return true;
    return n->heading && n->st == BL_EL_SUBTITLE && (b->st == BL_EL_TITLE || b->st == BL_EL_DOCTITLE);
}

/* Space after a block: none after a note kept above its table (its unit:
 * the table follows at once; a note's space after is for the text after
 * a table); after a subtitle right under its title, the title's too (the
 * line GB/T 9704 leaves under a title, before the 主送机关, comes under
 * the two).  b is one of c->blocks. */
static double block_after(const ctx *c, const pblock *b)
{
    if (b->st == BL_EL_NOTE && b->heading)
        return 0;
    double after = sty(c, b->st)->after * c->row;
    if (b > c->blocks && b->st == BL_EL_SUBTITLE && flows_into(b - 1, b))
        after = fmax(after, sty(c, b[-1].st)->after * c->row);
    return after;
}

/* Space between a caption and the table's rows under it: at least
 * CAPTION_GAP of a grid row from the bottom of the caption's em box to
 * the table's top rule (a free grid centres the em box in its slot, which
 * left a quarter of a line there; GB/T 9704's fixed grid leaves about
 * 0.4 of a row already). */
#define CAPTION_GAP 0.4

static double caption_gap(const ctx *c, const pblock *b)
{
    if (b->st != BL_EL_CAPTION)
        return 0;
    double pitch = block_line_pitch(c, b), size = sty(c, b->st)->size;
    double below = pitch - slot_baseline(c, pitch, size) - (0.5 - L.baseline) * size;
    return fmax(0, CAPTION_GAP * c->row - below);
}

/* Sets the grid to `row` pt: c->row, and c->height, the type area's
 * whole number of rows (the template's lines per page when it names
 * them). */
void bl_pdf_set_grid(ctx *c, double row)
{
    c->row = row;
    double rows = floor((c->tt - c->tb) / row + 1e-9);
    if (c->tpl.lines_per_page > 0) /* the last slot ends (row - body) below the type area */
        rows = c->tpl.lines_per_page;
    c->height = rows * row;
}

/* Where a table's rows must end: the type area's foot (a fixed grid's
 * last slot reaches (row - body) below it: its baseline is on the foot). */
static double row_limit(const ctx *c)
{
    return fmin(c->height, c->tt - c->tb);
}

/* A table's rows are blocks t0 .. t1-1 (consecutive, one table); its
 * body rows are the data rows, its lead rows the title, header and group
 * rows (kept with the body rows under them). */
static bool body_row(const pblock *b)
{
    return b->kind == BK_ROW && !strcmp(bulletin_node_row_kind(b->node), "data");
}

/* Just past the table's last row block (tables.c keeps its rows'
 * span: a walk over the rows for each row made a long table quadratic). */
static size_t table_end(const ctx *c, size_t bi)
{
    return c->tables[c->blocks[bi].table].end;
}

/* Whether a page may break before row j of the table ending at t1: never
 * right under a lead row, nor leaving one body row alone on either side:
 * two body rows before it (strict; one when not), and after it a lead
 * row (a group starts) or two body rows. */
static bool row_break_ok(const ctx *c, size_t t0, size_t t1, size_t j, bool strict)
{
    if (j <= t0 || j >= t1 || !body_row(&c->blocks[j - 1]))
        return false;
    if (!strict)
        return true;
    if (j - 1 <= t0 || !body_row(&c->blocks[j - 2]))
        return false;
    return !body_row(&c->blocks[j]) || (j + 1 < t1 && body_row(&c->blocks[j + 1]));
}

/* The table's first row block. */
static size_t table_start(const ctx *c, size_t bi)
{
    return c->tables[c->blocks[bi].table].first;
}

/* Lines of a text block kept with what is before it: all of a short one
 * (2 + 1 would leave a line alone), else keep_lines. */
static size_t kept_lines(const pblock *n)
{
    size_t keep = (size_t)L.keep_lines;
    if (n->whole || n->count <= keep + 1)
        return n->count;
    return keep;
}

static double row_unit_end(const ctx *c, size_t bi, double y, bool strict, double *height);

/* Notes between two tables (注:1.… / 2.… / 3.… under one table, right
 * above the next, with nothing between): the notes of the table above
 * and, as a reader meets them, the lead of the table below.  Where they
 * end with the next table's lead rows and first rows (its strict unit),
 * when the table above ends at y (its space after taken here); -1 when
 * the blocks from t1 on are no such notes.  The walk stops once past the
 * page: what is kept then does not fit anyway (a chain of small tables
 * and notes is not walked to its end for every row). */
static double notes_between(const ctx *c, size_t t1, double y)
{
    size_t n = t1;
    while (n < c->nblocks && c->blocks[n].kind == BK_TEXT && c->blocks[n].st == BL_EL_NOTE)
        n++;
    if (n == t1 || n >= c->nblocks || c->blocks[n].kind != BK_ROW || c->blocks[n - 1].heading == false)
        return -1;
    y += sty(c, c->blocks[t1 - 1].st)->after * c->row;
    y = ceil(y / c->row - 1e-6) * c->row;
    for (size_t i = t1; i < n; i++) {
        const pblock *b = &c->blocks[i];
        y += block_before(c, b) + (double)b->count * block_line_pitch(c, b);
        if (i + 1 < n) {
            y += block_after(c, b);
            y = ceil(y / c->row - 1e-6) * c->row;
        }
    }
    y += block_after(c, &c->blocks[n - 1]);
    if (y > c->height + 1e-6)
        return y;
    double h;
    return row_unit_end(c, n, y + block_before(c, &c->blocks[n]), true, &h);
}

/* Where (y from the type area's top) the rows that go with row bi end
 * when bi starts at y: bi and the rows after it up to the next place a
 * page may break (row_break_ok), and at the table's end the space after
 * it and the first lines of a note below it; measured against the page's
 * text height (rows end the overhang of a fixed grid's last slot higher:
 * row_limit).  *height gets the rows' height alone. */
static double row_unit_end(const ctx *c, size_t bi, double y, bool strict, double *height)
{
    size_t t0 = table_start(c, bi), t1 = table_end(c, bi), j = bi;
    double h = 0;
    do
        h += c->blocks[j++].height;
    while (j < t1 && !row_break_ok(c, t0, t1, j, strict));
    *height = h;
    y += h;
    if (j == t1 && t1 < c->nblocks && strict && y <= c->height + 1e-6
        && (bi == t0 || row_break_ok(c, t0, t1, bi, true))) {
        /* notes right above the next table's rows: every line of them,
         * and that table's lead rows and first rows (when the rows from
         * bi are a unit of their own: a row after a break that left one
         * body row alone above it is no place to move from) */
        double at = notes_between(c, t1, y);
        if (at >= 0)
            return at;
    }
    if (j == t1 && t1 < c->nblocks) {
        const pblock *n = &c->blocks[t1];
        if (n->kind == BK_TEXT && n->st == BL_EL_NOTE && !n->heading) {
            y += sty(c, c->blocks[t1 - 1].st)->after * c->row;
            y = ceil(y / c->row - 1e-6) * c->row;
            return y + block_before(c, n) + (double)kept_lines(n) * block_line_pitch(c, n);
        }
    }
    return y + (c->height - row_limit(c));
}

/* The 续表 line over a table continued on a new page, or over a part of
 * a table too wide for the page (tables.c), as yearbooks and printers
 * label a table's continuation: one line of the note's style. */
static double cont_height(const ctx *c) { return sty(c, BL_EL_NOTE)->pitch * c->row; }

/* Notes the 续表 line of table ti at the top of page `page`, its slot
 * starting `y` below the type area's top. */
static void add_cont(ctx *c, size_t ti, int page, double y)
{
    const bl_style *s = sty(c, BL_EL_NOTE);
    double pitch = cont_height(c);
    if (bl_pdf_grow(c->mem, (void **)&c->conts, &c->cap_conts, c->nconts + 1, sizeof *c->conts)
        == BULLETIN_OK)
        c->conts[c->nconts++] = (prepeat){ti, page, c->tt - y - slot_baseline(c, pitch, s->size), s->size};
}

/* The 续表 line and the header rows repeated above row bi after a page
 * break before it. */
static double repeat_height(const ctx *c, size_t bi)
{
    const pblock *b = &c->blocks[bi];
    const ptable *t = &c->tables[b->table];
    double h = cont_height(c);
    if (b->head || bi == table_start(c, bi))
        return 0;
    for (size_t k = t->head_first; k < t->head_first + t->nhead; k++)
        h += c->blocks[k].height;
    return h;
}

/* Where the rows kept with row bi end when it starts at y: the strict
 * unit when it fits on a page (under the repeated header), else one body
 * row after the lead rows.  *fits: what is kept fits on a page. */
static double row_keep_end(const ctx *c, size_t bi, double y, bool *fits)
{
    double h, rep = repeat_height(c, bi);
    bool strict = row_unit_end(c, bi, rep, true, &h) <= c->height + 1e-6;
    if (fits)
        *fits = strict || row_unit_end(c, bi, rep, false, &h) <= c->height + 1e-6;
    return row_unit_end(c, bi, y, strict, &h);
}

/* A label (附件1): a body paragraph kept with what follows (blocks.c). */
static bool label(const pblock *b)
{
    return b->heading && (b->st == BL_EL_BODY || b->st == BL_EL_LEAD);
}

/* Whether heading bi is kept with the heading before it: always (GB/T
 * 9704, clreq: a heading is never last on a page, whatever follows it).
 * A deeper one (二、 / （一）), a subtitle under a title or an attached
 * document's title (厦门经济特区社会信用条例 / (草案修改二稿征求意见稿):
 * level -1 under 0), anything under a caption, a note above a table or a
 * label (附件1: a body paragraph kept with what follows, blocks.c), and a
 * heading of the same or a higher level too: an empty section's heading
 * over the next (二、农业 / 三、工业, （一） / 二、), an unnumbered
 * heading over 一、 (工业领域统计范围、采集渠道及主要指标解释 / 一、…),
 * a heading over a label (二、附件 / 附件1).  A run of them goes with the
 * first lines of the text under the last. */
static bool chained(const ctx *c, size_t bi)
{
    return bi > 0 && c->blocks[bi].heading && c->blocks[bi - 1].heading;
}

/* Where (y from the type area's top) a heading starting at y0 (its space
 * before taken) ends with what it keeps at a page foot: the headings kept
 * with it (chained), and the first keep_lines lines of what follows, or
 * a table's rows up to where a page may break (strict: row_break_ok).
 * The grid is the page's: a block after a heading starts on it.  The walk
 * stops once past the page (what is kept then does not fit anyway: a long
 * run of headings is not walked to its end for each of them). */
static double keep_end(const ctx *c, size_t bi, double y0, bool strict)
{
    const pblock *b = &c->blocks[bi];
    double y = y0 + (double)b->count * block_line_pitch(c, b);
    for (size_t i = bi + 1; i < c->nblocks; i++) {
        const pblock *n = &c->blocks[i];
        /* the space after a heading, then the grid (but a table's rows
         * follow their caption at once: rows are off the grid anyway) */
        double at = y + block_after(c, b);
        if (flows_into(b, n))
            at = y;
        else if (n->kind != BK_ROW)
            at = ceil(at / c->row - 1e-6) * c->row;
        else
            at += caption_gap(c, b);
        if (n->heading) { /* chained */
            y = at + block_before(c, n) + (double)n->count * block_line_pitch(c, n);
            b = n;
            if (y > c->height + 1e-6)
                return y;
            continue;
        }
        y = at + block_before(c, n);
        if (n->kind == BK_ROW) {
            double h;
            y = row_unit_end(c, i, y, strict, &h);
        } else {
            y += (double)kept_lines(n) * block_line_pitch(c, n);
        }
        break;
    }
    return y;
}

/* Whether heading bi at y (its space before taken, `before`) goes to the
 * next page: what it keeps does not fit here; and fits on a page, or it
 * starts the chain (a chained heading then stays with the one before).
 * In a run of headings longer than a page with the text they keep (`long_run`:
 * a contents list read as headings, 一、…PAGEREF _Toc… h 4 / 二、…), a
 * page breaks inside the run anyway: a heading there needs only itself
 * (the page filled, not left half empty), the run's last its text. */
static bool heading_moves(const ctx *c, size_t bi, double y, double before, bool long_run)
{
    const double eps = 1e-6, H = c->height;
    if (long_run && bi + 1 < c->nblocks && chained(c, bi + 1))
        return false; /* it goes to the next page when it does not fit itself */
    bool strict = keep_end(c, bi, before, true) <= H + eps;
    if (keep_end(c, bi, y, strict) <= H + eps)
        return false;
    return strict || keep_end(c, bi, before, false) <= H + eps || !chained(c, bi);
}

typedef struct {
    int page;
    double y;        /* from the top of the type area */
    double base_row; /* the template's grid */
    double tight_row;
    int tight_from;  /* pages from this one on use tight_row (0: none) */
} pstate;

static void new_page(ctx *c, pstate *ps)
{
    ps->page++;
    ps->y = 0;
    if (ps->tight_from && ps->page >= ps->tight_from && c->row != ps->tight_row)
        bl_pdf_set_grid(c, ps->tight_row);
}

/* Puts lines first .. first+k-1 of block b at y (top of the first slot). */
static void put_lines(ctx *c, const pblock *b, size_t from, size_t k, int page, double y)
{
    double pitch = block_line_pitch(c, b);
    const bl_style *s = sty(c, b->st);
    for (size_t j = 0; j < k; j++) {
        pline *pl = &c->lines[b->first + from + j];
        pl->page = page;
        pl->y = c->tt - y - (double)j * pitch - slot_baseline(c, pitch, s->size);
    }
}

/* A table continued at the top of the page (y = 0): its 续表 line, then
 * its header rows again. */
static void repeat_header(ctx *c, pstate *ps, size_t ti)
{
    const ptable *t = &c->tables[ti];
    add_cont(c, ti, ps->page, ps->y);
    ps->y += cont_height(c);
    if (!t->nhead)
        return;
    double top = c->tt - ps->y, h = 0;
    for (size_t bi = t->head_first; bi < t->head_first + t->nhead; bi++) {
        const pblock *hb = &c->blocks[bi];
        for (size_t i = hb->first; i < hb->first + hb->count; i++) {
            if (bl_pdf_grow(c->mem, (void **)&c->lines, &c->cap_lines, c->nlines + 1,
                            sizeof *c->lines)
                != BULLETIN_OK)
                return; /* no copy: the page goes without */
            pline *cp = &c->lines[c->nlines++];
            *cp = c->lines[i];
            cp->copy = cp->meta = true;
            cp->page = ps->page;
            cp->y = c->tt - ps->y - h - cp->dy;
        }
        h += hb->height;
    }
    if (bl_pdf_grow(c->mem, (void **)&c->repeats, &c->cap_repeats, c->nrepeats + 1,
                    sizeof *c->repeats)
        == BULLETIN_OK)
        c->repeats[c->nrepeats++] = (prepeat){ti, ps->page, top, h};
    ps->y += h;
}

/* Lines of block `p` before its line `end` on page `page`, counted back
 * from line end-1. */
static size_t lines_on(const ctx *c, const pblock *p, size_t end, int page)
{
    size_t on = 0;
    for (size_t i = p->first + end; i-- > p->first && c->lines[i].page == page;)
        on++;
    return on;
}

/* Block `b` at y on the page, from its line `from`. */
static void put_block(ctx *c, pstate *ps, pblock *b, size_t from)
{
    put_lines(c, b, from, b->count - from, ps->page, ps->y);
    if (from == 0) {
        b->page = ps->page;
        b->top = c->tt - ps->y;
    }
    ps->y += (double)(b->count - from) * block_line_pitch(c, b);
    ps->y += block_after(c, b);
    ps->y = ceil(ps->y / c->row - 1e-6) * c->row;
}

/* Whether block bi is a heading of text lines all on page `page`. */
static bool whole_heading(const ctx *c, size_t bi, int page)
{
    const pblock *b = &c->blocks[bi];
    return b->heading && b->kind == BK_TEXT && lines_on(c, b, b->count, page) == b->count;
}

/* The 落款 block `bi` never stands without text on its page (GB/T 9704):
 * the last keep_prev lines of the text before it are on its page.  When
 * it does not fit where it stands (!fits), it goes to a new page and they
 * come along; when it fits on a page holding fewer of them above it (a
 * page top, or one line there: （三）请平昌电视台… alone above it), they
 * come from the page before, and what is above it on its page is set
 * again under them.  The lines taken span as many paragraphs and 附件说明
 * items as that takes (a paragraph's every line on the page when one
 * would stay alone; the headings right over a paragraph taken whole).
 * Returns whether anything moved. */
static bool carry_before(ctx *c, pstate *ps, size_t bi, bool fits)
{
    const pblock *b = &c->blocks[bi];
    int page = fits ? ps->page : ps->page + 1, from_page = page - 1;
    size_t first = bi, from = 0; /* what moves: blocks first .. bi-1, the first from line `from` */
    size_t need = b->keep_prev > 0 ? (size_t)b->keep_prev : 0;
    /* the text already above it on its page: set again, under what comes */
    while (fits && first > 0 && from == 0) {
        const pblock *p = &c->blocks[first - 1];
        size_t here = lines_on(c, p, p->count, page);
        if (here == 0)
            break;
        if (p->kind != BK_TEXT || p->whole)
            return false; /* a table's rows: text enough */
        first--;
        from = p->count - here;
        need = here >= need ? 0 : need - here;
    }
    if (need == 0 || page - 1 <= c->front) {
        if (!fits)
            new_page(c, ps);
        return false;
    }
    size_t took = 0;
    for (size_t pi = from ? first + 1 : first; pi-- > 0 && need > 0;) {
        pblock *p = &c->blocks[pi];
        if (p->kind != BK_TEXT || p->whole || p->heading)
            break;
        size_t end = pi == first ? from : p->count, moving = p->count - end;
        size_t on = lines_on(c, p, end, from_page);
        if (on == 0)
            break;
        size_t take = on < need ? on : need;
        if (take < on && take + moving < 2)
            take = on < 2 - moving ? on : 2 - moving; /* no last line alone at the top */
        if (on - take == 1)
            take = on; /* nor a first line alone at the foot */
        first = pi;
        from = end - take;
        took += take;
        need = take >= need ? 0 : need - take;
        if (take < on)
            break;
        if (from == 0 && pi > 0 && whole_heading(c, pi - 1, from_page)) {
            /* the heading over the paragraph comes too, and the headings
             * over it (二、工作要求 / （一）加强领导: none is left last on
             * the page), while the page keeps a line above them */
            first = pi - 1;
            while (first > 1 && whole_heading(c, first - 1, from_page)
                   && lines_on(c, &c->blocks[first - 2], c->blocks[first - 2].count, from_page) > 0)
                first--;
            from = 0;
            break;
        }
    }
    if (!fits)
        new_page(c, ps);
    else if (took == 0)
        return false;
    else
        ps->y = 0;
    for (size_t pi = first; pi < bi; pi++) {
        pblock *p = &c->blocks[pi];
        /* a heading keeps its space before at the page top, as when it
         * moves by itself */
        if ((pi > first && !p->tight && ps->y > 1e-6) || (pi == first && from == 0 && p->heading))
            ps->y += block_before(c, p);
        put_block(c, ps, p, pi == first ? from : 0);
    }
    return first < bi;
}

/* The text lines of the blocks before bi on page `page`, up to `most`. */
static size_t text_above(const ctx *c, size_t bi, int page, size_t most)
{
    size_t n = 0;
    for (size_t pi = bi; pi-- > 0 && n < most;) {
        const pblock *p = &c->blocks[pi];
        size_t here = lines_on(c, p, p->count, page);
        n += here;
        if (here < p->count)
            break;
    }
    return n;
}

/* A table row taller than a page, from the top of one: split between
 * lines, each page's part under the header rows repeated.  b->cut gets
 * the part on its first page; the other parts go to c->parts. */
static void split_row(ctx *c, pstate *ps, pblock *b)
{
    const double eps = 1e-6;
    double off = 0;            /* the row's y at the top of this page's part */
    double top = ps->y;        /* where that part starts on the page */
    int page = ps->page;
    /* lines in the order of their baselines (cells interleave) */
    for (;;) {
        size_t best = SIZE_MAX;
        double lo = INFINITY;
        for (size_t i = b->first; i < b->first + b->count; i++)
            if (c->lines[i].page == 0 && c->lines[i].dy < lo) {
                lo = c->lines[i].dy;
                best = i;
            }
        if (best == SIZE_MAX)
            break;
        pline *pl = &c->lines[best];
        double size = pl->count ? (float)c->sizes[pl->szi & ~GLYPH_ODD_NAT] : c->body;
        if (pl->dy + 0.3 * size - off > row_limit(c) - top + eps && pl->dy - off > size) {
            /* the page is full: the part ends above this line */
            double cut = pl->dy - 0.9 * size - L.cell_pad / 2;
            if (page == b->page)
                b->cut = cut;
            else if (bl_pdf_grow(c->mem, (void **)&c->parts, &c->cap_parts, c->nparts + 1,
                                 sizeof *c->parts)
                     == BULLETIN_OK)
                c->parts[c->nparts++] = (prepeat){b->table, page, c->tt - top, cut - off};
            new_page(c, ps);
            if (!b->head)
                repeat_header(c, ps, b->table);
            page = ps->page;
            top = ps->y;
            off = cut;
            pl = &c->lines[best];
        }
        pl->page = page;
        pl->y = c->tt - top - (pl->dy - off);
    }
    if (page != b->page
        && bl_pdf_grow(c->mem, (void **)&c->parts, &c->cap_parts, c->nparts + 1, sizeof *c->parts)
               == BULLETIN_OK)
        c->parts[c->nparts++] = (prepeat){b->table, page, c->tt - top, b->height - off};
    ps->y = top + (b->height - off);
}

/* One pass over the blocks with `ps` (its page and y at the start). */
static void paginate_once(ctx *c, pstate *ps)
{
    const double eps = 1e-6;
    c->nlines = c->nlines_laid; /* header copies of an earlier pass */
    c->nrepeats = c->nparts = c->nconts = 0;
    for (size_t i = 0; i < c->nlines; i++)
        c->lines[i].page = 0; /* split_row finds its lines still to place */
    bl_pdf_set_grid(c, ps->tight_from && ps->page >= ps->tight_from ? ps->tight_row : ps->base_row);
    bool long_run = false; /* the run of headings bi is in does not fit on a page */
    for (size_t bi = 0; bi < c->nblocks; bi++) {
        pblock *b = &c->blocks[bi];
        const bl_style *s = sty(c, b->st);
        double H = c->height;
        /* a heading keeps its space at a page top too: the grid rounds
         * it up anyway, and the heading then sits close to its text */
        double before = block_before(c, b);
        bool row_cont = b->kind == BK_ROW && bi > 0 && c->blocks[bi - 1].kind == BK_ROW
                        && c->blocks[bi - 1].table == b->table;
        if (row_cont)
            before = 0; /* only before a table's first row */
        else if (b->kind == BK_ROW && c->tables[b->table].cont && bi > 0 && c->blocks[bi - 1].kind == BK_ROW)
            before = fmax(before, 0.5 * c->row); /* a part of a table under the part before it */
        if (b->heading && !chained(c, bi)) /* a run of headings starts */
            long_run = keep_end(c, bi, before, false) > c->height + eps;
        if (b->heading && ps->y > eps && heading_moves(c, bi, ps->y + before, before, long_run))
            new_page(c, ps);
        if (ps->y > eps || b->heading)
            ps->y += before;
        if (b->kind == BK_ROW) {
            H = row_limit(c);
            /* a part after the first (tables.c): its 续表 line over it */
            double lab = !row_cont && c->tables[b->table].cont ? cont_height(c) : 0;
            bool tall = b->height > H - c->row; /* split between its lines */
            bool move = ps->y > eps && ps->y + lab + b->height > H + eps
                        && (!tall || H - ps->y - lab < 3 * c->row);
            /* the rows that go with it (lead rows with two body rows, no
             * body row alone, a note below) to the next page when they do
             * not fit here and fit there */
            bool led = !row_cont && bi > 0 && c->blocks[bi - 1].heading
                       && c->blocks[bi - 1].page == ps->page; /* its caption chose */
            bool fits = false;
            if (!move && ps->y > eps && !tall && !led
                && row_keep_end(c, bi, ps->y + lab, &fits) > c->height + eps)
                move = fits;
            if (move) {
                new_page(c, ps);
                if (row_cont && !b->head)
                    repeat_header(c, ps, b->table);
            }
            if (lab > 0) {
                add_cont(c, b->table, ps->page, ps->y);
                ps->y += lab;
            }
            b->page = ps->page;
            b->top = c->tt - ps->y;
            b->cut = 0;
            if (ps->y + b->height > H + eps)
                split_row(c, ps, b);
            else {
                for (size_t i = b->first; i < b->first + b->count; i++) {
                    c->lines[i].page = ps->page;
                    c->lines[i].y = b->top - c->lines[i].dy;
                }
                ps->y += b->height;
            }
            const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
            if (!(nx && nx->kind == BK_ROW && nx->table == b->table)) {
                ps->y += s->after * c->row;
                ps->y = ceil(ps->y / c->row - 1e-6) * c->row; /* after the table: the grid */
            }
            continue;
        }
        if (b->whole && ps->y > eps && ps->y + (double)b->count * block_line_pitch(c, b) > H + eps) {
            carry_before(c, ps, bi, false);
            if (ps->y > eps)
                ps->y += before; /* its space before, under the text it took along */
            H = c->height;
        } else if (b->whole && b->keep_prev > 0
                   && text_above(c, bi, ps->page, (size_t)b->keep_prev) < (size_t)b->keep_prev
                   && carry_before(c, ps, bi, true)) {
            ps->y += before;
        }
        size_t n = b->count, i = 0;
        bool first_part = true;
        while (i < n) {
            double pitch = block_line_pitch(c, b);
            H = c->height;
            /* A table row taller than the room left can put y past the
             * page foot (found by fuzzing): no line fits then. */
            double room = floor((H - ps->y + eps) / pitch);
            size_t fit = room > 0 ? (size_t)room : 0;
            size_t k = n - i;
            if (fit < k) {
                k = fit;
                if (!b->heading && !b->whole && n - i - k == 1 && k > 0)
                    k--; /* no 孤行: one more line to the next page */
                if (first_part && k < (size_t)L.keep_lines && n > 1)
                    k = 0; /* the first line alone at a page foot */
                if (b->heading || b->whole)
                    k = 0;
                if (k == 0 && ps->y <= eps)
                    k = fit > 0 ? fit : 1; /* cannot do better on an empty page */
            }
            if (k == 0) {
                new_page(c, ps);
                continue;
            }
            if (first_part) {
                b->page = ps->page;
                b->top = c->tt - ps->y;
            }
            put_lines(c, b, i, k, ps->page, ps->y);
            ps->y += (double)k * pitch;
            i += k;
            first_part = false;
            if (i < n)
                new_page(c, ps);
        }
        /* consecutive paragraphs of one style (the lead, a list) flow on
         * their own pitch; after the run, the space after and back onto
         * the grid; a table's rows right under the text over them (its
         * caption or unit: a grid row's rounding there stood as a gap) */
        const pblock *nx = bi + 1 < c->nblocks ? &c->blocks[bi + 1] : NULL;
        bool same = nx && nx->kind == BK_TEXT && (!nx->heading || label(nx)) && !b->heading && nx->st == b->st;
        same = same || flows_into(b, nx);
        if (!same) {
            ps->y += block_after(c, b);
            if (!(nx && nx->kind == BK_ROW))
                ps->y = ceil(ps->y / c->row - 1e-6) * c->row;
            else
                ps->y += caption_gap(c, b);
        }
        /* the page is full: the next block starts a new one (none after
         * the last block: a text ending exactly at a page foot) */
        if (ps->y > c->height + eps && bi + 1 < c->nblocks)
            new_page(c, ps);
    }
    /* No page without content: the last page is the last one anything
     * was put on (lines, header copies, a table row or part). */
    int last = c->front + 1;
    for (size_t i = 0; i < c->nlines; i++)
        if (c->lines[i].page > last)
            last = c->lines[i].page;
    for (size_t bi = 0; bi < c->nblocks; bi++)
        if (c->blocks[bi].kind == BK_ROW && c->blocks[bi].page > last)
            last = c->blocks[bi].page;
    for (size_t i = 0; i < c->nparts; i++)
        if (c->parts[i].page > last)
            last = c->parts[i].page;
    if (last < ps->page)
        ps->page = last;
    c->npages = ps->page;
    c->last_page_lines = 0;
    for (size_t i = 0; i < c->nlines_laid; i++)
        c->last_page_lines += c->lines[i].page == ps->page;
}

/* Pagination; the last pages a little closer when that saves a nearly
 * empty last page. */
void bl_pdf_paginate(ctx *c)
{
    pstate ps = {c->front + 1, 0, c->tpl.line_pitch, c->tpl.line_pitch, 0};
    paginate_once(c, &ps);
    if (c->npages > c->front + 1 && c->last_page_lines <= L.squeeze_lines
        && c->tpl.lines_per_page == 0) {
        int loose = c->npages;
        for (int back = 1; back <= L.squeeze_pages && c->npages >= loose && loose - back > c->front;
             back++) {
            ps = (pstate){c->front + 1, 0, c->tpl.line_pitch, L.min_row * c->tpl.line_pitch,
                          loose - back};
            paginate_once(c, &ps);
        }
        if (c->npages >= loose) {
            ps = (pstate){c->front + 1, 0, c->tpl.line_pitch, c->tpl.line_pitch, 0};
            paginate_once(c, &ps);
        }
    }
    bl_pdf_set_grid(c, c->tpl.line_pitch);
}
