/*
 * startup.c - the relocation tables given back after start-up (startup.h).
 */
#define _GNU_SOURCE /* dl_iterate_phdr, madvise */
#include "base/startup.h"

#include <elf.h>
#include <link.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* A table of the object at `addr`, `size` bytes: its whole pages that lie
 * in one of the object's read-only PT_LOAD segments are dropped. */
static void drop_range(const struct dl_phdr_info *info, uintptr_t addr, size_t size,
                       uintptr_t page)
{
    if (!addr || !size)
        return;
    for (size_t h = 0; h < info->dlpi_phnum; h++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[h];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
            continue;
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr, hi = lo + ph->p_memsz;
        uintptr_t a = addr > lo ? addr : lo, b = addr + size < hi ? addr + size : hi;
        /* whole pages only: a partial one may hold what is still read */
        a = (a + page - 1) & ~(page - 1);
        b &= ~(page - 1);
        if (b > a)
            (void)madvise((void *)a, b - a, MADV_DONTNEED);
    }
}

/* Whether an object has text relocations (its read-only segments were
 * written while it was loaded). */
static bool has_textrel(const ElfW(Dyn) *dyn)
{
    for (const ElfW(Dyn) *d = dyn; d && d->d_tag != DT_NULL; d++)
        if (d->d_tag == DT_TEXTREL || (d->d_tag == DT_FLAGS && (d->d_un.d_val & DF_TEXTREL)))
            return true;
    return false;
}

static const ElfW(Dyn) *dynamic_of(const struct dl_phdr_info *info)
{
    for (size_t h = 0; h < info->dlpi_phnum; h++)
        if (info->dlpi_phdr[h].p_type == PT_DYNAMIC)
            return (const ElfW(Dyn) *)(info->dlpi_addr + info->dlpi_phdr[h].p_vaddr);
    return NULL;
}

void bl_drop_readonly_segments(const struct dl_phdr_info *info)
{
    long ps = sysconf(_SC_PAGESIZE);
    if (ps <= 0 || has_textrel(dynamic_of(info)))
        return;
    uintptr_t page = (uintptr_t)ps;
    for (size_t h = 0; h < info->dlpi_phnum; h++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[h];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
            continue;
        /* whole pages only: a partial first or last page may be shared
         * with a writable segment's */
        uintptr_t from = (info->dlpi_addr + ph->p_vaddr + page - 1) & ~(page - 1);
        uintptr_t to = (info->dlpi_addr + ph->p_vaddr + ph->p_memsz) & ~(page - 1);
        if (to > from)
            (void)madvise((void *)from, to - from, MADV_DONTNEED);
    }
}

static int drop_object(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    uintptr_t page = *(const uintptr_t *)data;
    if (info->dlpi_name && strncmp(info->dlpi_name, "linux-vdso", 10) == 0)
        return 0;
    const ElfW(Dyn) *dyn = dynamic_of(info);
    if (!dyn)
        return 0; /* a static program */
    uintptr_t rela = 0, relr = 0, jmprel = 0;
    size_t relasz = 0, relrsz = 0, pltrelsz = 0;
    bool now = false, textrel = false;
    for (const ElfW(Dyn) *d = dyn; d->d_tag != DT_NULL; d++) {
        switch (d->d_tag) {
        case DT_RELA: rela = d->d_un.d_ptr; break;
        case DT_RELASZ: relasz = d->d_un.d_val; break;
#ifdef DT_RELR
        case DT_RELR: relr = d->d_un.d_ptr; break;
        case DT_RELRSZ: relrsz = d->d_un.d_val; break;
#endif
        case DT_JMPREL: jmprel = d->d_un.d_ptr; break;
        case DT_PLTRELSZ: pltrelsz = d->d_un.d_val; break;
        case DT_BIND_NOW: now = true; break;
        case DT_TEXTREL: textrel = true; break;
        case DT_FLAGS:
            now = now || (d->d_un.d_val & DF_BIND_NOW);
            textrel = textrel || (d->d_un.d_val & DF_TEXTREL);
            break;
        case DT_FLAGS_1: now = now || (d->d_un.d_val & DF_1_NOW); break;
        default: break;
        }
    }
    if (textrel)
        return 0; /* its read-only segments were written while loading */
    /* glibc rewrites these entries as addresses where the dynamic section
     * is writable; else they are offsets from the load address */
    uintptr_t base = info->dlpi_addr;
#define AT(p) ((p) && (p) < base ? base + (p) : (p))
    drop_range(info, AT(rela), relasz, page);
    drop_range(info, AT(relr), relrsz, page);
    if (now) /* else the lazily bound calls still read it */
        drop_range(info, AT(jmprel), pltrelsz, page);
#undef AT
    return 0;
}

void bl_drop_relocation_tables(void)
{
    long ps = sysconf(_SC_PAGESIZE);
    if (ps <= 0)
        return;
    uintptr_t page = (uintptr_t)ps;
    dl_iterate_phdr(drop_object, &page);
}
