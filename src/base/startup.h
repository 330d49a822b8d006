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

#endif
