/* cmd_timeline.c — `aigov timeline PROFILE [--from D] [--to D] [--format text|json|md|svg]`:
 * the dates on which the system's obligations change (aigov_timeline). */
#include "cli.h"

#include <stdlib.h>

int cmd_timeline(const opts *o) {
    if (o->nargs != 1) { usage_error("timeline needs exactly one PROFILE%s", ""); return EXIT_BAD; }
    const char *fmt = format_of(o);
    if ((o->from && !aigov_date_valid(o->from)) || (o->to && !aigov_date_valid(o->to))) {
        usage_error("invalid --from/--to '%s': expected a calendar date YYYY-MM-DD", o->from && !aigov_date_valid(o->from) ? o->from : o->to);
        return EXIT_BAD;
    }
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    char *buf;
    size_t len;
    int rc = EXIT_BAD;
    if (read_all(o->args[0], &buf, &len)) {
        aigov_diags d;
        aigov_diags_init(&d, 100);
        aigov_status st;
        char *s = aigov_timeline(c, strcmp(o->args[0], "-") ? o->args[0] : "<stdin>", buf, len, o->from, o->to, fmt, o->all, &d, &st);
        if (s) rc = emit(s);
        else print_diags(&d);
        aigov_diags_free(&d);
        free(buf);
    }
    aigov_corpus_free(c);
    return rc;
}
