/*
 * subset.c - HarfBuzz hb-subset wrapper: one face, a code-point set, a
 * private temporary TrueType file.  See subset.h.
 */
#include "subset.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb-subset.h>
#include <hb.h>

#include "bulletin_int.h"

/* Tables a PDF renderer never reads: OpenType layout, vertical metrics,
 * kerning, hinting helpers, bitmaps, signatures. */
static const char *const drop_tables[] = {
    "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "kern", "gasp", "hdmx",
    "LTSH", "VDMX", "EBDT", "EBLC", "EBSC", "DSIG", "PCLT", "morx", "mort", "feat",
    "bsln", "prop", "trak", "just", "opbd", "lcar", "fond", "MATH", "COLR", "CPAL",
    "SVG ", "CBDT", "CBLC", "sbix", "STAT", "meta",
};

static bulletin_status write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, data, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return BULLETIN_ERR_IO;
        }
        data += w;
        len -= (size_t)w;
    }
    return BULLETIN_OK;
}

bulletin_status bl_subset_to_tmpfile(const char *path, int index, const uint32_t *cps, size_t n,
                                     uint32_t *gids, char *tmp_path, size_t tmp_size,
                                     const bulletin_mem *mem, unsigned char **bytes,
                                     size_t *nbytes, bulletin_diag *diag)
{
    bulletin_status status = BULLETIN_OK;
    hb_blob_t *blob = NULL, *out = NULL;
    hb_face_t *face = NULL, *sub = NULL;
    hb_subset_input_t *input = NULL;
    hb_font_t *font = NULL;
    int fd = -1;

    if (tmp_size)
        tmp_path[0] = '\0';
    if (bytes)
        *bytes = NULL;
    if (nbytes)
        *nbytes = 0;
    if (!path || !tmp_path || tmp_size < 32 || index < 0)
        return bl_diag_set(diag, BULLETIN_ERR_USAGE, path, 0, 0, "bad subset arguments");

    blob = hb_blob_create_from_file_or_fail(path);
    if (!blob) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot read the font file");
        goto cleanup;
    }
    face = hb_face_create(blob, (unsigned)index);
    if (!face || hb_face_get_glyph_count(face) == 0) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot read face %d", index);
        goto cleanup;
    }
    input = hb_subset_input_create_or_fail();
    if (!input) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        goto cleanup;
    }
    hb_set_t *uni = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < n; i++)
        hb_set_add(uni, cps[i]);
    /* libharu reads only a (3,1) format-4 cmap, which hb-subset leaves
     * out when no BMP character is kept: the space guarantees one */
    hb_set_add(uni, 0x20);
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof drop_tables / sizeof *drop_tables; i++)
        hb_set_add(drop, hb_tag_from_string(drop_tables[i], 4));
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    if (!hb_set_allocation_successful(uni) || !hb_set_allocation_successful(drop)) {
        status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
        goto cleanup;
    }
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "cannot subset face %d", index);
        goto cleanup;
    }
    out = hb_face_reference_blob(sub);
    unsigned out_len = 0;
    const char *data = hb_blob_get_data(out, &out_len);
    if (!data || out_len == 0) {
        status = bl_diag_set(diag, BULLETIN_ERR_FONT, path, 0, 0, "empty subset of face %d", index);
        goto cleanup;
    }
    if (bytes) {
        *bytes = bl_alloc(mem ? mem : bulletin_default_mem(), out_len);
        if (!*bytes) {
            status = bl_diag_set(diag, BULLETIN_ERR_NOMEM, path, 0, 0, "out of memory");
            goto cleanup;
        }
        memcpy(*bytes, data, out_len);
        if (nbytes)
            *nbytes = out_len;
    }
    if (gids) {
        font = hb_font_create(sub);
        for (size_t i = 0; i < n; i++) {
            hb_codepoint_t g = 0;
            gids[i] = hb_font_get_nominal_glyph(font, cps[i], &g) ? g : 0;
        }
    }

    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    int k = snprintf(tmp_path, tmp_size, "%s/bulletin-font-XXXXXX", dir);
    if (k < 0 || (size_t)k >= tmp_size) {
        tmp_path[0] = '\0';
        status = bl_diag_set(diag, BULLETIN_ERR_IO, dir, 0, 0, "temporary directory path too long");
        goto cleanup;
    }
    fd = mkstemp(tmp_path);
    if (fd < 0) {
        int e = errno;
        tmp_path[0] = '\0';
        status = bl_diag_set(diag, BULLETIN_ERR_IO, dir, 0, 0, "cannot create a temporary file: %s",
                             strerror(e));
        goto cleanup;
    }
    if (write_all(fd, data, out_len) != BULLETIN_OK) {
        int e = errno;
        status = bl_diag_set(diag, BULLETIN_ERR_IO, tmp_path, 0, 0, "cannot write: %s", strerror(e));
        goto cleanup;
    }
    if (close(fd) != 0) {
        fd = -1;
        int e = errno;
        status = bl_diag_set(diag, BULLETIN_ERR_IO, tmp_path, 0, 0, "cannot write: %s", strerror(e));
        goto cleanup;
    }
    fd = -1;

cleanup:
    if (fd >= 0)
        close(fd);
    if (status != BULLETIN_OK && tmp_path[0]) {
        unlink(tmp_path);
        tmp_path[0] = '\0';
    }
    if (status != BULLETIN_OK && bytes && *bytes) {
        bl_free(mem ? mem : bulletin_default_mem(), *bytes);
        *bytes = NULL;
        if (nbytes)
            *nbytes = 0;
    }
    hb_font_destroy(font);
    hb_blob_destroy(out);
    hb_face_destroy(sub);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return status;
}
