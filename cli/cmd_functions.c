/* cmd_functions.c — `aigov functions`: Ho et al.'s institutions as functions
 * (aigov_functions; docs/analysis.md, "Functions"). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cmd_functions(const opts *o) {
    if (o->nargs) { usage_error("functions takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    const char *fmt = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_status st;
    char *s = aigov_functions(c, o->date, fmt, &d, &st);
    int rc = EXIT_BAD;
    if (s) rc = emit(s);
    else print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}
