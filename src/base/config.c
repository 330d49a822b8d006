/*
 * config.c - what the library knows of its installation (the version, the
 * folder its data was installed to) and the render options' defaults,
 * which every backend starts from.
 */
#include <string.h>

#include "bulletin_int.h"

#ifndef BULLETIN_DATADIR
#define BULLETIN_DATADIR "/usr/local/share/bulletin"
#endif

const char *bulletin_version(void) { return BULLETIN_VERSION; }

const char *bulletin_data_dir(void) { return BULLETIN_DATADIR; }

void bulletin_render_opts_init(bulletin_render_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    opts->epoch = -1;
}
