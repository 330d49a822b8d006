/*
 * chars.h - byte-level character helpers over UTF-8 text (a char pointer
 * and its length): the code point at a byte, a word at a byte, a character
 * in a set, the ASCII letters, the spaces, the clause punctuation, a cut
 * copy.  They know nothing of documents: the figure engine
 * (figures/figures_int.h) and the unit vocabulary (doc/unit_words.c) share
 * them.  Inline: they run at every byte of every paragraph.
 */
#ifndef BL_BASE_CHARS_H
#define BL_BASE_CHARS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "bulletin_int.h"

#define CP_BAD 0xFFFFFFFFu

/* The code point at byte i (CP_BAD past the end or on invalid bytes, with
 * *n = 1 so that the scan moves on). */
static inline uint32_t cp_at(const char *t, size_t len, size_t i, int *n)
{
    uint32_t cp = CP_BAD;
    int k = 0;
    if (i < len)
        k = bl_utf8_decode((const unsigned char *)t + i, len - i, &cp);
    if (k <= 0) {
        if (n)
            *n = 1;
        return CP_BAD;
    }
    if (n)
        *n = k;
    return cp;
}

/* has_at (and has_before, figures_int.h) compare the word's last byte before calling
 * memcmp: most calls try a list of words where one fits, and the last
 * byte of a UTF-8 character tells more of them apart than the first.
 * has_at compares the word's first two bytes before it counts the word:
 * most calls try a list of words at every byte of a clause, and nearly all
 * fail there (the second byte of a Han character tells 64 apart). */
static inline __attribute__((always_inline)) bool has_at(const char *t, size_t len, size_t i,
                                                        const char *lit)
{
    if (i >= len)
        return i == len && !lit[0]; /* only the empty word at the end */
    if (!lit[0])
        return true;
    if (t[i] != lit[0])
        return false;
    if (!lit[1])
        return true;
    if (len - i < 2 || t[i + 1] != lit[1])
        return false;
    size_t n = 2 + strlen(lit + 2);
    return len - i >= n && t[i + n - 1] == lit[n - 1] && memcmp(t + i + 2, lit + 2, n - 2) == 0;
}

/* Whether cp is one of the characters of the UTF-8 string `set`. */
static inline bool in_set(uint32_t cp, const char *set)
{
    size_t len = strlen(set);
    for (size_t i = 0; i < len;) {
        uint32_t c;
        int k = bl_utf8_decode((const unsigned char *)set + i, len - i, &c);
        if (k <= 0)
            return false;
        if (c == cp)
            return true;
        i += (size_t)k;
    }
    return false;
}

static inline bool is_ascii_alpha(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

static inline bool is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == 0x3000 || cp == 0xA0;
}

/* Clause punctuation; *sentence tells whether it also ends a sentence. */
static inline bool is_clause_punct(uint32_t cp, bool *sentence)
{
    bool s = false, c = false;
    switch (cp) {
    case 0x3002:
    case 0xFF01:
    case 0xFF1F:
    case '!':
    case '?':
    case '\n':
    case '\r': s = c = true; break;
    case 0xFF1B: /* ； ends a clause: a sentence goes on (the rates of
                    生产总值…下降4.1%；与2020年相比，两年平均增长2.5%) */
    case ';':
    case 0xFF0C:
    case 0xFF1A:
    case 0x3001:
    case 0x2026: /* ，：、… */
    case ',':
    case ':': c = true; break;
    default: break;
    }
    if (sentence)
        *sentence = s;
    return c;
}

/* Copies n bytes of src into dst (cap bytes), cut to fit, NUL-terminated. */
static inline void copy_str(char *dst, size_t cap, const char *src, size_t n)
{
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

#endif
