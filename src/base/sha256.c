/*
 * sha256.c - the SHA-256 of a buffer (sha256.h), over libcrypto.
 *
 * OpenSSL 3 marks SHA256_Init and its kin deprecated in favour of EVP,
 * whose every digest first fetches an implementation from a provider
 * (and loads the library's configuration): more work than hashing a
 * bulletin.  The low-level calls are the same code without that, kept
 * by OpenSSL 3 for programs like this one; a libcrypto built without
 * them (no-deprecated) gets the EVP one-shot instead.
 */
#define OPENSSL_SUPPRESS_DEPRECATED 1

#include <openssl/evp.h>
#include <openssl/sha.h>

#include "base/sha256.h"

void bl_sha256_hex(const void *data, size_t n, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[SHA256_DIGEST_LENGTH];
#ifndef OPENSSL_NO_DEPRECATED_3_0
    SHA256_CTX c;
    SHA256_Init(&c);
    SHA256_Update(&c, data, n);
    SHA256_Final(md, &c);
#else
    EVP_Digest(data, n, md, NULL, EVP_sha256(), NULL);
#endif
    for (unsigned k = 0; k < SHA256_DIGEST_LENGTH; k++) {
        out[2 * k] = hex[md[k] >> 4];
        out[2 * k + 1] = hex[md[k] & 15];
    }
    out[64] = '\0';
}
