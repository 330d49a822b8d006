/*
 * words.c - display text's word boundaries from ICU (words.h): the text
 * goes to ICU as UTF-16, the boundaries come back in UTF-16 units and are
 * mapped to characters; then the compounds and function words below.
 *
 * ICU is loaded (dlopen) the first time a display text wraps, not linked:
 * its common library needs its data library, libstdc++ and libgcc_s, four
 * objects that every export mapped and relocated at start-up, though most
 * bulletins' titles fit on a line and never ask ICU for a word.  The same
 * four functions, the same ICU (this build's version, by its versioned
 * names); if the library cannot be loaded, display text breaks as body
 * text, as when ICU could not open its word breaker before.
 */
#define _GNU_SOURCE /* dlopen, dl_iterate_phdr */
#include <dlfcn.h>
#include <link.h>
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <stdint.h>
#include <uchar.h>

#include <unicode/ubrk.h>
#include <unicode/utypes.h>
#include <unicode/uvernum.h>

#include "base/startup.h"
#include "words.h"

/* ICU's functions, found once per process in libicuuc.so.NN of the
 * version the build's headers name (ubrk_open is a macro for the versioned
 * ubrk_open_NN, the name the library exports). */
#define ICU_NAME_(f) #f
#define ICU_NAME(f) ICU_NAME_(f)
typedef UBreakIterator *(*icu_open_fn)(UBreakIteratorType, const char *, const UChar *, int32_t,
                                       UErrorCode *);
typedef void (*icu_close_fn)(UBreakIterator *);
typedef void (*icu_settext_fn)(UBreakIterator *, const UChar *, int32_t, UErrorCode *);
typedef int32_t (*icu_next_fn)(UBreakIterator *);
typedef void (*icu_cleanup_fn)(void);
static struct {
    void *lib;
    bool tried;
    bool shared;              /* the process had ICU before we asked: its
                                 state is another's, never cleaned up */
    size_t open_finders;
    icu_open_fn open;
    icu_close_fn close;
    icu_settext_fn settext;
    icu_next_fn next;
    icu_cleanup_fn cleanup;
    /* the objects loaded before ICU (their load addresses): any other one
     * still there after ICU is closed came with it */
    uintptr_t before[64];
    size_t nbefore;
    bool before_ok;
} icu;
static pthread_mutex_t icu_mu = PTHREAD_MUTEX_INITIALIZER;
/* What an ICU given back left loaded (libstdc++): still ICU's, not the
 * process's, when ICU is loaded again (icu_mu held). */
static uintptr_t icu_left[16];
static size_t icu_nleft;

bool bl_words_transient;

/* dlsym's object pointer as a function pointer. */
static void icu_sym(void *lib, const char *name, void *fn, size_t size)
{
    void *sym = dlsym(lib, name);
    if (sym)
        memcpy(fn, &sym, size);
}

/* RTLD_DEEPBIND: libstdc++'s references to itself (ICU's own are bound
 * at its link, -Bsymbolic) are looked up in its own object first, not
 * after every object the program loaded (one bulletin: 2.8M -> 0.6M
 * instructions more than linking ICU); not under AddressSanitizer, which
 * refuses it.  RTLD_LAZY: ICU's common library binds its own references at
 * load whatever is asked (its BIND_NOW flag), but libstdc++ and libgcc_s,
 * which it brings, bind a function at its first call, as the program's own
 * libraries do: the ~1,000 PLT entries of libstdc++ that ICU's word
 * breaker never calls are not looked up, nor their GOT pages written
 * (the reference bulletin: 71.97M -> 71.15M instructions, 1,348 -> 1,289
 * minor faults, peak RSS 15,316 -> 15,160 KiB, medians of 15 runs). */
#if defined(RTLD_DEEPBIND) && !defined(__SANITIZE_ADDRESS__)
#define ICU_DLOPEN_FLAGS (RTLD_LAZY | RTLD_LOCAL | RTLD_DEEPBIND)
#else
#define ICU_DLOPEN_FLAGS (RTLD_LAZY | RTLD_LOCAL)
#endif

/* Records an object loaded before ICU (dl_iterate_phdr's callback). */
static int note_before(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    if (icu.nbefore == sizeof icu.before / sizeof *icu.before) {
        icu.before_ok = false; /* too many to tell: nothing is given back */
        return 1;
    }
    for (size_t k = 0; k < icu_nleft; k++)
        if (icu_left[k] == (uintptr_t)info->dlpi_addr)
            return 0; /* left by ICU before: ICU's */
    icu.before[icu.nbefore++] = (uintptr_t)info->dlpi_addr;
    return 0;
}

/* An object ICU brought in that its dlclose left loaded (libstdc++, which
 * glibc never unloads: its STB_GNU_UNIQUE symbols make it NODELETE): the
 * pages of its read-only segments go back to the system
 * (bl_drop_readonly_segments, dl_iterate_phdr's callback); a later use
 * (ICU loaded again) reads the same bytes from the file.  One bulletin:
 * libstdc++'s ~0.9 MB, resident while the fonts are subset, though
 * nothing runs its code any more. */
static int drop_leftover(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    if (!info->dlpi_name || !info->dlpi_name[0])
        return 0; /* the program, or the vDSO */
    for (size_t k = 0; k < icu.nbefore; k++)
        if (icu.before[k] == (uintptr_t)info->dlpi_addr)
            return 0;
    bool known = false;
    for (size_t k = 0; k < icu_nleft; k++)
        known = known || icu_left[k] == (uintptr_t)info->dlpi_addr;
    if (!known && icu_nleft < sizeof icu_left / sizeof *icu_left)
        icu_left[icu_nleft++] = (uintptr_t)info->dlpi_addr;
    bl_drop_readonly_segments(info);
    return 0;
}

/* Loads ICU once (icu_mu held); whether it is usable. */
static bool icu_ready(void)
{
    if (!icu.tried) {
        icu.tried = true;
        void *had = dlopen("libicuuc.so." U_ICU_VERSION_SHORT, RTLD_NOW | RTLD_NOLOAD);
        if (had) {
            icu.shared = true; /* a host program's or another library's ICU */
            dlclose(had);
        } else {
            icu.nbefore = 0;
            icu.before_ok = true;
            dl_iterate_phdr(note_before, NULL);
        }
        void *lib = dlopen("libicuuc.so." U_ICU_VERSION_SHORT, ICU_DLOPEN_FLAGS);
        if (lib) {
            icu_sym(lib, ICU_NAME(ubrk_open), &icu.open, sizeof icu.open);
            icu_sym(lib, ICU_NAME(ubrk_close), &icu.close, sizeof icu.close);
            icu_sym(lib, ICU_NAME(ubrk_setText), &icu.settext, sizeof icu.settext);
            icu_sym(lib, ICU_NAME(ubrk_next), &icu.next, sizeof icu.next);
            icu_sym(lib, ICU_NAME(u_cleanup), &icu.cleanup, sizeof icu.cleanup);
            icu.lib = lib;
            if (!icu.open || !icu.close || !icu.settext || !icu.next)
                icu.open = NULL; /* not usable */
        }
    }
    return icu.open != NULL;
}

void bl_words_unload(void)
{
    pthread_mutex_lock(&icu_mu);
    if (icu.lib && icu.open_finders == 0 && !icu.shared) {
        if (icu.cleanup)
            icu.cleanup(); /* ICU's caches and data, before its code goes */
        dlclose(icu.lib);
        if (icu.before_ok)
            dl_iterate_phdr(drop_leftover, NULL);
        memset(&icu, 0, sizeof icu); /* tried again at the next open */
    }
    pthread_mutex_unlock(&icu_mu);
}

struct bl_words {
    const bulletin_mem *mem;
    UBreakIterator *it;
    UChar *u16;      /* the text */
    size_t *at;      /* UTF-16 index -> character index */
    bool *bnd;       /* a word boundary before character i */
    size_t cap;      /* of all three, in UTF-16 units + 1 */
};

/* Compounds ICU's dictionary splits (知识|产权) that a title keeps whole.
 * tests/checks/check_pdf.py DISPLAY_COMPOUNDS is the same list. */
static const char32_t *const compounds[] = {
    U"知识产权", U"人民政府", U"人民代表大会", U"委员会", U"办公室", U"办公厅", U"国民经济",
    U"社会发展", U"统计公报", U"高质量", U"现代化", U"新时代", U"做优做强", U"印发", U"全省",
    U"全市", U"全县", U"全区", U"全国", U"政府工作报告", U"工作报告", U"实施方案", U"实施意见",
    U"指导意见", U"管理办法", U"高新技术", U"市场监督管理局", U"知识产权局", U"统计局",
};

static bool in_set(uint32_t cp, const char32_t *set)
{
    for (size_t i = 0; set[i]; i++)
        if (cp == (uint32_t)set[i])
            return true;
    return false;
}

static bool is_digit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* The length of a unit ICU splits that display text keeps whole, at
 * c[i], or 0: an ordinal 第 + numerals + a measure word (第十七届), a
 * range of two numbers (1978-2010, 3～5, 10至20).  check_pdf.py
 * DISPLAY_UNITS is the same rule. */
static size_t unit_at(const bl_lay_char *c, size_t n, size_t i)
{
    if (c[i].cp == 0x7B2C) { /* 第 */
        size_t j = i + 1;
        while (j < n && (is_digit(c[j].cp) || in_set(c[j].cp, U"〇零一二三四五六七八九十百千两")))
            j++;
        if (j > i + 1 && j < n && in_set(c[j].cp, U"届次期批个"))
            return j + 1 - i;
        return 0;
    }
    if (!is_digit(c[i].cp) || (i > 0 && (is_digit(c[i - 1].cp) || c[i - 1].cp == '.')))
        return 0;
    size_t j = i;
    while (j < n && is_digit(c[j].cp))
        j++;
    if (j + 1 < n && c[j].cp == '.' && c[j + 1].cp >= '0' && c[j + 1].cp <= '9') {
        j++;
        while (j < n && c[j].cp >= '0' && c[j].cp <= '9')
            j++;
    }
    if (j >= n)
        return 0;
    if (j + 1 < n && c[j].cp == 0x2014 && c[j + 1].cp == 0x2014) /* —— */
        j += 2;
    else if (in_set(c[j].cp, U"-\u2013\u2014\uFF5E~\u81F3"))
        j++;
    else
        return 0;
    if (j >= n || !is_digit(c[j].cp))
        return 0;
    while (j < n && is_digit(c[j].cp))
        j++;
    return j - i;
}

/* One-character function words: a break next to one is a good break. */
static bool is_function(uint32_t cp)
{
    static const char32_t fn[] = U"的之和与及或在对为把被从向于等并暨";
    for (size_t i = 0; fn[i]; i++)
        if (cp == (uint32_t)fn[i])
            return true;
    return false;
}

/* 市 省 县 区 镇 乡 州 旗 村: the last character of a place's name. */
static bool is_place_suffix(uint32_t cp)
{
    static const char32_t sx[] = U"市省县区镇乡州旗村";
    for (size_t i = 0; sx[i]; i++)
        if (cp == (uint32_t)sx[i])
            return true;
    return false;
}

/* 部 局 厅 委 院 处 室 署 办 队 站 (廳 處 辦 隊): the last character of an
 * office's name, which ICU leaves a word of its own after the name
 * (指挥|部, 财政|厅, 管理|处, 政府|办). */
static bool is_office_suffix(uint32_t cp)
{
    static const char32_t sx[] = U"部局厅委院处室署办队站廳處辦隊";
    for (size_t i = 0; sx[i]; i++)
        if (cp == (uint32_t)sx[i])
            return true;
    return false;
}

/* 关于 at c[i] (关於 關於 關于 too). */
static bool about_at(const bl_lay_char *c, size_t n, size_t i)
{
    return i + 1 < n && (c[i].cp == 0x5173 || c[i].cp == 0x95DC)
           && (c[i + 1].cp == 0x4E8E || c[i + 1].cp == 0x65BC);
}

/* A finder opened is closed (or failed to open). */
static void finder_gone(void)
{
    pthread_mutex_lock(&icu_mu);
    icu.open_finders--;
    pthread_mutex_unlock(&icu_mu);
}

bulletin_status bl_words_open(const bulletin_mem *mem, bl_words **out)
{
    *out = NULL;
    pthread_mutex_lock(&icu_mu);
    bool ready = icu_ready();
    if (ready)
        icu.open_finders++;
    pthread_mutex_unlock(&icu_mu);
    if (!ready)
        return BULLETIN_OK; /* no ICU: breaks as body text */
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *it = icu.open(UBRK_WORD, "zh", NULL, 0, &e);
    if (U_FAILURE(e) || !it) {
        if (it)
            icu.close(it);
        finder_gone();
        return e == U_MEMORY_ALLOCATION_ERROR ? BULLETIN_ERR_NOMEM : BULLETIN_OK;
    }
    bl_words *w = bl_calloc(mem, 1, sizeof *w);
    if (!w) {
        icu.close(it);
        finder_gone();
        return BULLETIN_ERR_NOMEM;
    }
    w->mem = mem;
    w->it = it;
    *out = w;
    return BULLETIN_OK;
}

void bl_words_close(bl_words *w)
{
    if (!w)
        return;
    icu.close(w->it);
    finder_gone();
    bl_free(w->mem, w->u16);
    bl_free(w->mem, w->at);
    bl_free(w->mem, w->bnd);
    bl_free(w->mem, w);
}

static bool is_han(uint32_t cp) { return bl_is_han(cp); }

bulletin_status bl_words_classify(bl_words *w, const bl_lay_char *c, size_t n, uint8_t *cls)
{
    if (!w || n < 2)
        return BULLETIN_OK;
    size_t need = 2 * n + 1;
    if (need > w->cap) {
        UChar *u = bl_realloc_array(w->mem, w->u16, need, sizeof *u);
        if (!u)
            return BULLETIN_ERR_NOMEM;
        w->u16 = u;
        size_t *a = bl_realloc_array(w->mem, w->at, need, sizeof *a);
        if (!a)
            return BULLETIN_ERR_NOMEM;
        w->at = a;
        bool *bd = bl_realloc_array(w->mem, w->bnd, need, sizeof *bd);
        if (!bd)
            return BULLETIN_ERR_NOMEM;
        w->bnd = bd;
        w->cap = need;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = c[i].cp;
        w->at[k] = i;
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            w->u16[k++] = (UChar)(0xD800 + (cp >> 10));
            w->at[k] = i; /* inside the pair: never a boundary */
            w->u16[k++] = (UChar)(0xDC00 + (cp & 0x3FF));
        } else {
            w->u16[k++] = (UChar)cp;
        }
    }
    w->at[k] = n;
    UErrorCode e = U_ZERO_ERROR;
    icu.settext(w->it, w->u16, (int32_t)k, &e);
    if (U_FAILURE(e))
        return BULLETIN_OK; /* text too long for ICU: breaks as body text */
    /* the boundaries, by character (not inside a surrogate pair) */
    bool *bnd = w->bnd;
    memset(bnd, 0, n + 1);
    bnd[0] = bnd[n] = true;
    for (int32_t b = icu.next(w->it); b != UBRK_DONE; b = icu.next(w->it))
        if ((size_t)b <= k && !((size_t)b < k && b > 0 && w->at[b - 1] == w->at[b]))
            bnd[w->at[b]] = true;
    size_t prev = 0; /* the start of the word before position i */
    for (size_t i = 1; i < n; i++) {
        if (!bnd[i]) {
            if (cls[i] == BL_BRK_ANY)
                cls[i] = BL_BRK_WORD;
            continue;
        }
        size_t next = i + 1;
        while (next < n && !bnd[next])
            next++;
        size_t before_len = i - prev;
        bool one_before = before_len == 1, one_after = next - i == 1;
        prev = i;
        if (cls[i] != BL_BRK_ANY)
            continue;
        if (one_after && before_len >= 2 && is_office_suffix(c[i].cp) && is_han(c[i - 1].cp))
            cls[i] = BL_BRK_WORD; /* 指挥|部: an office's name and its 部 */
        else if (about_at(c, n, i) && bnd[i + 2] && is_han(c[i - 1].cp) && c[i - 1].cp != 0x6709)
            cls[i] = BL_BRK_PHRASE; /* 指挥部|关于: the issuer, then what about (not 有|关于) */
        else if (is_function(c[i - 1].cp) || is_function(c[i].cp)
                 || (i >= 2 && about_at(c, n, i - 2))) /* 关于| */
            cls[i] = BL_BRK_GOOD;
        else if (one_before && one_after && is_han(c[i - 1].cp) && is_han(c[i].cp))
            cls[i] = BL_BRK_WEAK; /* 印|发: two one-character words */
        else if (one_after && is_place_suffix(c[i].cp) && before_len >= 2)
            cls[i] = BL_BRK_WEAK; /* 芜湖|市: a place's name and its 市 */
        else if ((c[i - 1].cp == '-' || c[i - 1].cp == '_') && bl_lay_is_western(c[i].cp))
            cls[i] = BL_BRK_GOOD;
    }
    /* compounds stay whole */
    for (size_t q = 0; q < sizeof compounds / sizeof *compounds; q++) {
        const char32_t *cw = compounds[q];
        size_t len = 0;
        while (cw[len])
            len++;
        for (size_t i = 0; i + len <= n; i++) {
            if (c[i].cp != (uint32_t)cw[0])
                continue;
            size_t m = 1;
            while (m < len && c[i + m].cp == (uint32_t)cw[m])
                m++;
            if (m < len)
                continue;
            for (size_t j = i + 1; j < i + len; j++)
                if (cls[j] != BL_BRK_NEVER)
                    cls[j] = BL_BRK_WORD;
        }
    }
    /* a code's hyphens (j602402--2023-0165) hold what they join: no break
     * after one before a digit or another hyphen (a line ending in a
     * hyphen reads as a hyphenated word when the text is copied out), nor
     * before one after a letter or digit */
    for (size_t i = 1; i < n; i++) {
        uint32_t a = c[i - 1].cp, b = c[i].cp;
        bool ascii_alnum = (a >= '0' && a <= '9') || (a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z');
        if (cls[i] != BL_BRK_NEVER
            && ((a == '-' && (is_digit(b) || b == '-')) || (b == '-' && ascii_alnum)))
            cls[i] = BL_BRK_WORD;
    }
    /* ordinals and number ranges stay whole */
    for (size_t i = 0; i < n; i++) {
        size_t len = unit_at(c, n, i);
        for (size_t j = i + 1; j < i + len; j++)
            if (cls[j] != BL_BRK_NEVER)
                cls[j] = BL_BRK_WORD;
    }
    return BULLETIN_OK;
}
