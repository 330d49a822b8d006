/*
 * cache.c - what renders in one process can share (bulletin_cache): the
 * opened font sets and the font faces prepared for subsetting, each under
 * a string key.  A batch renders hundreds of bulletins with the same font
 * map; opening the fonts (FreeType faces, the map, coverage and width
 * tables) and mapping them for HarfBuzz again for each one cost about a
 * tenth of a render.  A handful of entries: a list, searched linearly.
 */
#include <string.h>

#include "bulletin_int.h"

typedef struct entry {
    struct entry *next;
    char *key;
    void *value;
    void (*destroy)(void *value);
} entry;

struct bulletin_cache {
    const bulletin_mem *mem;
    entry *first;
};

bulletin_cache *bulletin_cache_new(const bulletin_mem *mem)
{
    if (!mem)
        mem = bulletin_default_mem();
    bulletin_cache *c = bl_calloc(mem, 1, sizeof *c);
    if (c)
        c->mem = mem;
    return c;
}

void bulletin_cache_free(bulletin_cache *cache)
{
    if (!cache)
        return;
    for (entry *e = cache->first, *next; e; e = next) {
        next = e->next;
        if (e->destroy)
            e->destroy(e->value);
        bl_free(cache->mem, e->key);
        bl_free(cache->mem, e);
    }
    bl_free(cache->mem, cache);
}

void *bl_cache_find(const bulletin_cache *cache, const char *key)
{
    if (!cache || !key)
        return NULL;
    for (const entry *e = cache->first; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return e->value;
    return NULL;
}

bulletin_status bl_cache_add(bulletin_cache *cache, const char *key, void *value,
                             void (*destroy)(void *value))
{
    if (!cache || !key)
        return BULLETIN_ERR_USAGE;
    entry *e = bl_calloc(cache->mem, 1, sizeof *e);
    char *k = e ? bl_strndup(cache->mem, key, strlen(key)) : NULL;
    if (!k) {
        bl_free(cache->mem, e);
        return BULLETIN_ERR_NOMEM;
    }
    *e = (entry){cache->first, k, value, destroy};
    cache->first = e;
    return BULLETIN_OK;
}
