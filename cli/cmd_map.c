/* cmd_map.c — `aigov map`: the typed graph of the regime complex and its figures. */
#include "cmd_analysis_common.h"

int cmd_map(const opts *o) {
    if (o->nargs) { usage_error("map takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|dot|svg")) return EXIT_BAD;
    return run_analysis(o, aigov_map, fmt, true, NULL);
}
