/*
 * sha256.h - the SHA-256 of a buffer, as the hex the workbook and the JSON
 * show (a source file's provenance).
 *
 * One plain call over libcrypto's SHA-256 (SHA-NI, AVX2 or SSSE3 code
 * chosen at start-up), which Debian's libxlsxwriter loads anyway: no
 * provider fetch, no configuration file read, no allocation.
 */
#ifndef BL_SHA256_H
#define BL_SHA256_H

#include <stddef.h>

/* The SHA-256 of data[0 .. n) in out: 64 lowercase hex digits and a NUL. */
void bl_sha256_hex(const void *data, size_t n, char out[65]);

#endif
