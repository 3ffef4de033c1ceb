/* cmd_gaps.c — `aigov gaps`: coverage matrix topic x layer x jurisdiction, largest gaps. */
#include "cmd_analysis_common.h"

int cmd_gaps(const opts *o) {
    if (o->nargs) { usage_error("gaps takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|md|html|svg")) return EXIT_BAD;
    return run_analysis(o, aigov_gaps, fmt, false, NULL);
}
