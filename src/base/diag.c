/*
 * diag.c - the status message table and GNU-style diagnostics
 * ("file:line:column: error: message", columns in characters).
 */
#include <stdio.h>
#include <string.h>

#include "bulletin_int.h"

static const char *const status_messages[] = {
    [BULLETIN_OK] = "success",
    [BULLETIN_ERR_NOMEM] = "out of memory",
    [BULLETIN_ERR_IO] = "input/output error",
    [BULLETIN_ERR_ENCODING] = "invalid text encoding",
    [BULLETIN_ERR_SYNTAX] = "syntax error",
    [BULLETIN_ERR_LIMIT] = "size limit exceeded",
    [BULLETIN_ERR_FONT] = "font error",
    [BULLETIN_ERR_TEMPLATE] = "template error",
    [BULLETIN_ERR_PDF] = "PDF backend error",
    [BULLETIN_ERR_XLSX] = "XLSX backend error",
    [BULLETIN_ERR_USAGE] = "invalid argument",
};

_Static_assert(sizeof status_messages / sizeof *status_messages == BULLETIN_STATUS_COUNT,
               "one message per bulletin_status");

const char *bulletin_strerror(bulletin_status status)
{
    if ((unsigned)status >= BULLETIN_STATUS_COUNT)
        return "unknown status";
    return status_messages[status];
}

void bulletin_diag_clear(bulletin_diag *diag)
{
    if (diag)
        memset(diag, 0, sizeof *diag);
}

bulletin_status bl_diag_vset(bulletin_diag *diag, bulletin_status status,
                             const char *path, int line, int column,
                             const char *fmt, va_list ap)
{
    if (!diag)
        return status;
    memset(diag, 0, sizeof *diag);
    diag->status = status;
    diag->severity = BULLETIN_SEVERITY_ERROR;
    diag->path = path;
    diag->line = line;
    diag->column = column;
    vsnprintf(diag->message, sizeof diag->message, fmt, ap);
    /* vsnprintf may cut a multi-byte character: drop the partial tail. */
    size_t n = strlen(diag->message);
    if (n == sizeof diag->message - 1) {
        size_t i = n;
        while (i > 0 && ((unsigned char)diag->message[i - 1] & 0xC0) == 0x80)
            i--;
        if (i > 0 && (unsigned char)diag->message[i - 1] >= 0xC0) {
            uint32_t cp;
            if (bl_utf8_decode((const unsigned char *)diag->message + i - 1, n - i + 1, &cp) == 0)
                diag->message[i - 1] = '\0';
        }
    }
    return status;
}

bulletin_status bl_diag_set(bulletin_diag *diag, bulletin_status status,
                            const char *path, int line, int column,
                            const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bl_diag_vset(diag, status, path, line, column, fmt, ap);
    va_end(ap);
    return status;
}

bulletin_status bl_diag_set_file(bulletin_diag *diag, bulletin_status status, const char *file,
                                 int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bl_diag_vset(diag, status, NULL, line, column, fmt, ap);
    va_end(ap);
    if (diag && file)
        snprintf(diag->file, sizeof diag->file, "%s", file);
    return status;
}

int bulletin_diag_format(const bulletin_diag *diag, char *buf, size_t size)
{
    const char *path = diag->path ? diag->path : diag->file[0] ? diag->file : "-";
    const char *sev = diag->severity == BULLETIN_SEVERITY_WARNING ? "warning" : "error";
    if (diag->line > 0 && diag->column > 0)
        return snprintf(buf, size, "%s:%d:%d: %s: %s", path, diag->line, diag->column, sev,
                        diag->message);
    if (diag->line > 0)
        return snprintf(buf, size, "%s:%d: %s: %s", path, diag->line, sev, diag->message);
    return snprintf(buf, size, "%s: %s: %s", path, sev, diag->message);
}
