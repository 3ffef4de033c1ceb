/* cmd_currency.c — `aigov corpus stale --before DATE` and `aigov corpus changes --since DATE`:
 * how current the corpus is (docs/currency.md). The logic is in the library
 * (aigov_corpus_stale, aigov_corpus_changes); this file reads the options and prints. */
#include "cli.h"

#include <stdlib.h>

static int currency(const opts *o, bool stale) {
    const char *what = stale ? "stale" : "changes";
    const char *day = stale ? o->before : o->since;
    if (o->nargs) { usage_error("corpus %s takes no arguments", what); return EXIT_BAD; }
    if (!day) { usage_error(stale ? "corpus stale needs --before YYYY-MM-DD%s" : "corpus changes needs --since YYYY-MM-DD%s", ""); return EXIT_BAD; }
    if (!aigov_date_valid(day)) {
        usage_error(stale ? "invalid --before '%s': expected a calendar date YYYY-MM-DD" : "invalid --since '%s': expected a calendar date YYYY-MM-DD", day);
        return EXIT_BAD;
    }
    const char *fmt = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_status st;
    char *s = stale ? aigov_corpus_stale(c, day, fmt, &d, &st) : aigov_corpus_changes(c, day, o->date, fmt, &d, &st);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}

int cmd_corpus_stale(const opts *o) { return currency(o, true); }
int cmd_corpus_changes(const opts *o) { return currency(o, false); }
