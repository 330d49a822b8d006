/*
 * unit_words.h - the vocabulary of units (unit_words.c): the read-only
 * table of unit words (个百分点, 万千瓦时, 噸, km, 元/吨), the single Han
 * measure words, the scales (万, 亿 …) and the lookups that answer "is a
 * unit written here, how long is it, of what class".  Below both the
 * document model (table_shapes.c asks whether a glued word is a unit) and
 * the figures (units.c reads a number's unit with it).  Needs only the
 * base floor (UTF-8).
 */
#ifndef BL_UNIT_WORDS_H
#define BL_UNIT_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The longest written unit, NUL included: 万+千瓦时/平方公里 (figures.h's
 * BL_FIG_UNIT_MAX is the same). */
#define BL_UNIT_WORD_MAX 48

/* What a unit measures (figures/units.c maps it onto its kinds). */
typedef enum {
    BL_UNIT_COUNT,    /* things counted: 个, 人次, 户 */
    BL_UNIT_AMOUNT,   /* money: 元, 美元 */
    BL_UNIT_QUANTITY, /* physical units: 吨, 公顷, km */
    BL_UNIT_PERCENT,  /* %, ‰, 成 */
    BL_UNIT_DURATION, /* 年, 个月, 工作日 */
    BL_UNIT_MULTIPLE, /* 倍 */
    BL_UNIT_POINTS    /* 个百分点, 个千分点 */
} bl_unit_class;

/* Whether a unit symbol in Latin letters (mm, km, m3, t, kWh …) stands
 * whole at byte i of t[0, len). */
bool bl_unit_latin_at(const char *t, size_t len, size_t i);

/* A page's pinyin reading in parentheses at i (萬(wàn)): its byte length,
 * 0: none. */
size_t bl_unit_reading_at(const char *t, size_t len, size_t i);

/* Matches the unit at i, with an optional "/UNIT" (元/吨); writes the
 * written base (％ as %) into base (cap bytes) and its class into *cls.
 * Returns its byte length, 0 when none (then *cls is left as it was). */
size_t bl_unit_match(const char *t, size_t len, size_t i, bl_unit_class *cls, char *base,
                     size_t cap);

/* Matches a scale (万, 亿, 万亿 …) at i: its byte length and *f, or 0. */
size_t bl_unit_scale(const char *t, size_t len, size_t i, double *f);

/* The scale of two characters whose first is at i and a reading of
 * `reading` bytes after it (134萬(wàn)億元): the scale as listed, *f its
 * factor; NULL when none. */
const char *bl_unit_scale_read(const char *t, size_t len, size_t i, size_t reading, double *f);

/* Whether hint[0, len) is a unit a table may name: an optional scale and
 * a unit (亿元, 万户, %), a scale alone (万), or a unit and a measure of
 * its own after a slash (元/500克, 元/5升: a price's unit).  Sets the
 * scale's length *sc, its factor *sf, the class *cls and the written base
 * (base, cap bytes; "" for a scale alone). */
bool bl_unit_text(const char *hint, size_t len, size_t *sc, double *sf, bl_unit_class *cls,
                  char *base, size_t cap);

/* Whether hint[0, len) is a unit a table may name (bl_unit_text): 亿元,
 * %, 万, 元/5升, 万千瓦时, 个百分点. */
bool bl_unit_is_word(const char *hint, size_t len);

/* Groups the n words of a list by their keys (key[i] < nkeys <=
 * BL_GROUP_KEYS_MAX): order[from[k] .. from[k + 1]) are the indices of
 * the words of key k, in the list's order (a counting sort; from has
 * nkeys + 1 entries).  The units' word table (here) and the labels' (figures/labels.c,
 * as fig_group_by_key) are looked up so by a word's first or last bytes. */
#define BL_GROUP_KEYS_MAX 257
void bl_group_by_key(const size_t *key, size_t n, size_t nkeys, uint16_t *order, uint16_t *from);

#endif
