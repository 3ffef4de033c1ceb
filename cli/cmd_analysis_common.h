/* cmd_analysis_common.h — what the regime-complex commands (cmd_map.c, cmd_gaps.c,
 * cmd_conflicts.c, cmd_whatif.c) share: running one analysis over the loaded corpus. */
#ifndef AIGOV_CMD_ANALYSIS_COMMON_H
#define AIGOV_CMD_ANALYSIS_COMMON_H
#include "cli.h"

#include <stdlib.h>

typedef char *(*analysis_fn)(const aigov_corpus *, const aigov_analysis_opts *, const char *, aigov_diags *, aigov_status *);

/* Fills the analysis options from the command line; false (after printing) on a bad --limit. */
static inline bool analysis_opts_of(const opts *o, aigov_analysis_opts *ao) {
    memset(ao, 0, sizeof *ao);
    ao->date = o->date;
    ao->topic = o->topic;
    ao->layer = o->layer;
    ao->jurisdiction = o->jurisdiction;
    if (o->limit) {
        char *end;
        long v = strtol(o->limit, &end, 10);
        if (*end || v < 1 || v > 100000) { usage_error("invalid --limit '%s': expected a whole number from 1 to 100000", o->limit); return false; }
        ao->limit = (int)v;
    }
    return true;
}

/* Loads the corpus, runs fn in `format`, prints; svg goes through graphviz when the
 * analysis renders DOT (svg_via_dot). Exit code per cli.h. */
static inline int run_analysis(const opts *o, analysis_fn fn, const char *format, bool svg_via_dot, const char *id) {
    aigov_analysis_opts ao;
    if (!analysis_opts_of(o, &ao)) return EXIT_BAD;
    ao.id = id;
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_status st;
    bool svg = svg_via_dot && !strcmp(format, "svg");
    char *s = fn(c, &ao, svg ? "dot" : format, &d, &st);
    if (s && svg) {
        char *out = dot_to_svg(s);
        free(s);
        s = out;
        if (!s) { aigov_diags_free(&d); aigov_corpus_free(c); return EXIT_BAD; }
    }
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}
#endif
