/* cmd_conflicts.c — `aigov conflicts` (pairs with witness profiles, overlaps) and
 * `aigov divergence INSTRUMENT` (adherents' binding implementations). */
#include "cmd_analysis_common.h"

int cmd_conflicts(const opts *o) {
    if (o->nargs) { usage_error("conflicts takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|md")) return EXIT_BAD;
    return run_analysis(o, aigov_conflicts, fmt, false, NULL);
}

int cmd_divergence(const opts *o) {
    if (o->nargs != 1) { usage_error("divergence needs exactly one INSTRUMENT id%s", ""); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|md")) return EXIT_BAD;
    return run_analysis(o, aigov_divergence, fmt, false, o->args[0]);
}
