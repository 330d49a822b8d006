/*
 * startup.h - what the dynamic loader read once at start-up, given back.
 *
 * A program's libraries are relocated when it starts: ld.so reads each
 * object's relocation tables (.rela.dyn, .relr.dyn, and with BIND_NOW
 * .rela.plt) once and never again.  Their pages stay resident all the
 * same: libcrypto's 424 KB .rela.dyn alone (16,922 relative and 4,191
 * symbol relocations; Debian's libxlsxwriter needs libcrypto) is more
 * than a tenth of what one bulletin's export holds above its libraries
 * and fonts.  For the command line only (src/cli): a process's call, not
 * a library's.
 */
#ifndef BL_STARTUP_H
#define BL_STARTUP_H

/* Gives back the whole pages of every loaded object's relocation tables
 * that lie in its read-only segments (MADV_DONTNEED: those pages were
 * never written, a later read would fetch the same bytes from the file).
 * Nothing is done where the loader's objects cannot be walked. */
void bl_drop_relocation_tables(void);

struct dl_phdr_info;

/* Gives back the whole pages of the read-only segments of a loaded object
 * (dl_iterate_phdr's `info`) that nothing runs or reads any more (a
 * library an unloaded one brought in, which glibc keeps: src/pdf/words.c).
 * Never written (an object with text relocations is left alone; RELRO
 * lies in a writable segment), those pages read back the same from the
 * file if the object is used again. */
void bl_drop_readonly_segments(const struct dl_phdr_info *info);

#endif
