/*
 * kinds.c - the figure kinds, from kinds.def: their names (private and
 * public API), their properties (listed by default, link target,
 * labelled), and the build's check that the public enum of bulletin.h
 * agrees with kinds.def.
 */
#include "figures/figures_int.h"

/* bulletin.h writes the kinds out: every BULLETIN_FIGURE_<ID> must have the
 * value of BL_FIG_<ID>, and there must be no other. */
#define BL_FIG_KIND(ID, NAME, ZH, LISTED, TARGET, LABELLED, DESCRIPTION)                           \
    _Static_assert((int)BL_FIG_##ID == (int)BULLETIN_FIGURE_##ID,                                  \
                   "BULLETIN_FIGURE_" #ID " in bulletin.h agrees with kinds.def");
#include "figures/kinds.def"
_Static_assert((int)BL_FIG_NKINDS == (int)BULLETIN_FIGURE_KIND_COUNT,
               "bulletin.h has the kinds of kinds.def, no more");

static const struct {
    const char *name;
    bool listed, target, labelled;
} kinds[] = {
#define BL_FIG_KIND(ID, NAME, ZH, LISTED, TARGET, LABELLED, DESCRIPTION)                           \
    [BL_FIG_##ID] = {NAME, LISTED, TARGET, LABELLED},
#include "figures/kinds.def"
};
_Static_assert(NELEM(kinds) == BL_FIG_NKINDS, "a kind has no entry");

const char *bl_figure_kind_name(bl_figure_kind kind)
{
    if ((unsigned)kind >= BL_FIG_NKINDS)
        return "unknown";
    return kinds[kind].name;
}

const char *bulletin_figure_kind_name(bulletin_figure_kind kind)
{
    return bl_figure_kind_name((bl_figure_kind)kind);
}

bool bl_figure_is_default(const bl_figure *fig)
{
    return fig && !fig->numeral_chinese && (unsigned)fig->kind < BL_FIG_NKINDS
           && kinds[fig->kind].listed;
}

bool fig_kind_is_target(bl_figure_kind kind)
{
    return (unsigned)kind < BL_FIG_NKINDS && kinds[kind].target;
}

bool fig_kind_is_labelled(bl_figure_kind kind)
{
    return (unsigned)kind < BL_FIG_NKINDS && kinds[kind].labelled;
}
