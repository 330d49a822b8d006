/*
 * config.c - what the library knows of its installation: the version and
 * the folder its data (fonts/fonts.ini, templates/) was installed to.
 */
#include "bulletin_int.h"

#ifndef BULLETIN_DATADIR
#define BULLETIN_DATADIR "/usr/local/share/bulletin"
#endif

const char *bulletin_version(void) { return BULLETIN_VERSION; }

const char *bulletin_data_dir(void) { return BULLETIN_DATADIR; }
