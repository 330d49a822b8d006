/*
 * test_base_startup.c - bl_drop_relocation_tables (src/base/startup.c):
 * the pages of a loaded library's relocation table leave the process's
 * resident set (/proc/self/pagemap's "present" bit) and read back the
 * same bytes; the library still works.  libcrypto, which the library
 * links (the sources' SHA-256), has a 424 KB .rela.dyn in Debian.
 */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "test_util.h"

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "base/sha256.h"
#include "base/startup.h"

typedef struct {
    const char *name;
    uintptr_t rela;
    size_t relasz;
} find;

static int find_rela(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    find *f = data;
    if (!info->dlpi_name || !strstr(info->dlpi_name, f->name))
        return 0;
    for (size_t h = 0; h < info->dlpi_phnum; h++) {
        if (info->dlpi_phdr[h].p_type != PT_DYNAMIC)
            continue;
        for (const ElfW(Dyn) *d = (const ElfW(Dyn) *)(info->dlpi_addr + info->dlpi_phdr[h].p_vaddr);
             d->d_tag != DT_NULL; d++) {
            if (d->d_tag == DT_RELA)
                f->rela = d->d_un.d_ptr < info->dlpi_addr ? info->dlpi_addr + d->d_un.d_ptr
                                                          : d->d_un.d_ptr;
            if (d->d_tag == DT_RELASZ)
                f->relasz = d->d_un.d_val;
        }
    }
    return 1;
}

/* Whether the page at p is in this process's resident set. */
static bool present(const void *p)
{
    int fd = open("/proc/self/pagemap", O_RDONLY);
    if (fd < 0)
        return true;
    uint64_t e = 0;
    off_t at = (off_t)((uintptr_t)p / (uintptr_t)sysconf(_SC_PAGESIZE) * sizeof e);
    ssize_t r = pread(fd, &e, sizeof e, at);
    close(fd);
    return r != (ssize_t)sizeof e || (e >> 63) & 1;
}

static void test_relocation_pages_leave_and_read_back(void **state)
{
    (void)state;
    find f = {"libcrypto", 0, 0};
    dl_iterate_phdr(find_rela, &f);
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = (f.rela + page - 1) & ~(page - 1); /* a whole page inside */
    if (!f.rela || first + page > f.rela + f.relasz || access("/proc/self/pagemap", R_OK) != 0)
        skip(); /* no such table here, or no /proc */
    volatile const unsigned char *b = (const unsigned char *)first;
    unsigned char copy[64];
    for (size_t i = 0; i < sizeof copy; i++)
        copy[i] = b[i]; /* resident now */
    assert_true(present((const void *)first));
    bl_drop_relocation_tables();
    assert_false(present((const void *)first));
    for (size_t i = 0; i < sizeof copy; i++)
        assert_int_equal(copy[i], b[i]); /* the same bytes, from the file */
    char hex[65];
    bl_sha256_hex("abc", 3, hex); /* libcrypto still works */
    assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relocation_pages_leave_and_read_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
