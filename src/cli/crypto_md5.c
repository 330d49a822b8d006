/*
 * crypto_md5.c - the program's libcrypto.so.3: only the MD5 that
 * libxlsxwriter calls (MD5_Init, MD5_Update, MD5_Final; it fingerprints
 * images, which the workbooks do not have).
 *
 * Debian's libxlsxwriter needs libcrypto.so.3 for these three functions
 * alone; loading OpenSSL's costs each export 21,113 relocations (4,191 of
 * them symbol look-ups), about 115 page faults and 1.5 MiB of resident
 * memory: `bulletin --version` 7.45M -> 4.9M instructions.  The program
 * names this library (soname libcrypto.so.3) first and finds it through its
 * RUNPATH ($ORIGIN/lib in the build tree, $ORIGIN/../lib/bulletin when
 * installed), and ld.so then gives libxlsxwriter the object already loaded
 * under that name.  Without the file the system's OpenSSL is found as
 * before.  The Makefile builds it only when libxlsxwriter asks libcrypto for
 * nothing but MD5 (src/cli/crypto_md5.map gives OpenSSL's symbol version).
 * The shared library libbulletin.so is not concerned.
 *
 * MD5 as in RFC 1321.  The context is the caller's OpenSSL MD5_CTX, 92
 * bytes aligned to 4: the state, the bit count, the block being filled and
 * its length, in 32-bit words.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    uint32_t s[4];
    uint32_t lo, hi; /* the length in bytes, 64 bits */
    unsigned char block[64];
    uint32_t num;
} md5_ctx;

_Static_assert(sizeof(md5_ctx) == 92, "OpenSSL's MD5_CTX is 92 bytes");

int MD5_Init(md5_ctx *c);
int MD5_Update(md5_ctx *c, const void *data, size_t len);
int MD5_Final(unsigned char *md, md5_ctx *c);

static uint32_t rol(uint32_t x, int n)
{
    return x << n | x >> (32 - n);
}

static void compress(uint32_t s[4], const unsigned char *p)
{
    static const uint32_t k[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
        0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
        0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
        0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
        0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
        0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
        0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
        0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
        0xeb86d391};
    static const unsigned char r[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 |
               (uint32_t)p[4 * i + 3] << 24;
    uint32_t a = s[0], b = s[1], c = s[2], d = s[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        switch (i / 16) {
        case 0: f = (b & c) | (~b & d), g = i; break;
        case 1: f = (d & b) | (~d & c), g = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d, g = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d), g = (7 * i) % 16; break;
        }
        uint32_t t = d;
        d = c;
        c = b;
        b = b + rol(a + f + k[i] + m[g], r[i / 16 * 4 + i % 4]);
        a = t;
    }
    s[0] += a, s[1] += b, s[2] += c, s[3] += d;
}

int MD5_Init(md5_ctx *c)
{
    memset(c, 0, sizeof *c);
    c->s[0] = 0x67452301, c->s[1] = 0xefcdab89, c->s[2] = 0x98badcfe, c->s[3] = 0x10325476;
    return 1;
}

int MD5_Update(md5_ctx *c, const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t n = ((uint64_t)c->hi << 32 | c->lo) + len;
    c->lo = (uint32_t)n, c->hi = (uint32_t)(n >> 32);
    while (len) {
        size_t take = 64 - c->num < len ? 64 - c->num : len;
        memcpy(c->block + c->num, p, take);
        c->num += (uint32_t)take, p += take, len -= take;
        if (c->num == 64) {
            compress(c->s, c->block);
            c->num = 0;
        }
    }
    return 1;
}

int MD5_Final(unsigned char *md, md5_ctx *c)
{
    uint64_t bits = ((uint64_t)c->hi << 32 | c->lo) * 8;
    static const unsigned char pad[64] = {0x80};
    size_t padlen = c->num < 56 ? 56 - c->num : 120 - c->num;
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)(bits >> (8 * i));
    MD5_Update(c, pad, padlen);
    MD5_Update(c, len, 8);
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            md[4 * i + j] = (unsigned char)(c->s[i] >> (8 * j));
    memset(c, 0, sizeof *c);
    return 1;
}
