/*
 * kinds.c - the figure kinds: their names and which are listed by default.
 */
#include "figures/figures_int.h"

static const char *const kind_names[] = {
    [BL_FIG_COUNT] = "count",       [BL_FIG_AMOUNT] = "amount",
    [BL_FIG_QUANTITY] = "quantity", [BL_FIG_PERCENT] = "percent",
    [BL_FIG_RATIO] = "ratio",       [BL_FIG_RANK] = "rank",
    [BL_FIG_DURATION] = "duration", [BL_FIG_DATE] = "date",
    [BL_FIG_YEAR] = "year",         [BL_FIG_RANGE] = "range",
    [BL_FIG_MULTIPLE] = "multiple", [BL_FIG_IDENTIFIER] = "identifier",
};
_Static_assert(NELEM(kind_names) == BL_FIG_NKINDS, "a kind has no name");

const char *bl_figure_kind_name(bl_figure_kind kind)
{
    if ((unsigned)kind >= BL_FIG_NKINDS)
        return "unknown";
    return kind_names[kind];
}

bool bl_figure_is_default(const bl_figure *fig)
{
    return fig && !fig->numeral_chinese && fig->kind != BL_FIG_IDENTIFIER;
}
