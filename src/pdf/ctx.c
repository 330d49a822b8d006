/*
 * ctx.c - what every step of a render shares, below them all: libharu's
 * allocation and error hooks, the document they are set on, the status of
 * a failed libharu call, and the growth of the render's arrays.
 */
#include <stdlib.h>

#include "pdf_int.h"

/* libharu allocates with malloc, NOT through the render's bulletin_mem:
 * libharu 2.3.0 is not safe when an allocation fails midway (valgrind:
 * HPDF_Page_New goes on using the dictionary a failed HPDF_Dict_Add has
 * freed), so failure injection through bulletin_mem would crash inside
 * it.  The hooks only notice a failure, because libharu may report it as
 * another error. */
_Thread_local bool bl_pdf_hpdf_oom;

static void *hpdf_alloc(HPDF_UINT size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        bl_pdf_hpdf_oom = true;
    return p;
}

static void hpdf_free(void *p) { free(p); }

static void hpdf_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void *user)
{
    ctx *c = user;
    if (!c->hpdf_error) {
        c->hpdf_error = error_no;
        c->hpdf_detail = detail_no;
    }
}

/* The status and diag for a failed libharu call. */
bulletin_status bl_pdf_fail(ctx *c, bulletin_status st, const char *what)
{
    HPDF_STATUS e = c->hpdf_error ? c->hpdf_error : HPDF_GetError(c->pdf);
    HPDF_STATUS d = c->hpdf_error ? c->hpdf_detail : HPDF_GetErrorDetail(c->pdf);
    if (e == HPDF_FAILD_TO_ALLOC_MEM || bl_pdf_hpdf_oom)
        st = BULLETIN_ERR_NOMEM;
    bl_diag_set(c->diag, st, bulletin_doc_path(c->doc), 0, 0, "%s (libharu error 0x%04X, detail %u)",
                what, (unsigned)e, (unsigned)d);
    if (c->diag) {
        c->diag->backend_code = (long)e;
        c->diag->backend_detail = (long)d;
    }
    return st;
}

HPDF_Doc bl_pdf_new_doc(ctx *c)
{
    bl_pdf_hpdf_oom = false;
    return HPDF_NewEx(hpdf_error, hpdf_alloc, hpdf_free, 0, c);
}

bulletin_status bl_pdf_grow(const bulletin_mem *mem, void **p, size_t *cap, size_t need,
                            size_t size)
{
    if (need <= *cap)
        return BULLETIN_OK;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = bl_realloc_array(mem, *p, n, size);
    if (!q)
        return BULLETIN_ERR_NOMEM;
    *p = q;
    *cap = n;
    return BULLETIN_OK;
}
