/* cmd_analysis.c — `aigov map`, `gaps`, `conflicts`, `divergence INSTRUMENT`, `panel`, `blocs`, `compare A B` and `reach`: the
 * regime-complex analyses, run through the library's aigov_analysis_run (which the server
 * uses too); this file loads the corpus, draws svg through graphviz where the analysis
 * renders DOT, and prints. */
#include "cli.h"

#include <stdlib.h>

static int run_analysis2(const opts *o, const char *name, bool svg_via_dot, const char *id, const char *id2) {
    const char *format = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_analysis_args args = {.date = o->date, .id = id, .topic = o->topic, .layer = o->layer,
                                .jurisdiction = o->jurisdiction, .limit = o->limit, .from = o->from, .to = o->to,
                                .by = o->by, .companies = o->companies ? "true" : NULL, .id2 = id2};
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_status st;
    bool svg = svg_via_dot && !strcmp(format, "svg");
    char *s = aigov_analysis_run(c, name, &args, svg ? "dot" : format, &d, &st);
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

static int run_analysis(const opts *o, const char *name, bool svg_via_dot, const char *id) {
    return run_analysis2(o, name, svg_via_dot, id, NULL);
}

static bool no_args(const opts *o) {
    if (o->nargs) usage_error("this command takes no arguments, found '%s'", o->args[0]);
    return !o->nargs;
}

int cmd_map(const opts *o) { return no_args(o) ? run_analysis(o, "map", true, NULL) : EXIT_BAD; }
int cmd_gaps(const opts *o) { return no_args(o) ? run_analysis(o, "gaps", false, NULL) : EXIT_BAD; }
int cmd_compare(const opts *o) {
    if (o->nargs != 2) { usage_error("compare needs exactly two INSTRUMENT ids%s", ""); return EXIT_BAD; }
    return run_analysis2(o, "compare", false, o->args[0], o->args[1]);
}
int cmd_reach(const opts *o) {
    if (!no_args(o)) return EXIT_BAD;
    char *pop = NULL;
    size_t plen = 0;
    if (o->population && !read_all(o->population, &pop, &plen)) return EXIT_BAD;
    if (o->date && !aigov_date_valid(o->date)) { free(pop); usage_error("invalid date '%s': expected YYYY-MM-DD", o->date); return EXIT_BAD; }
    aigov_corpus *c = load_corpus(o);
    if (!c) { free(pop); return EXIT_BAD; }
    aigov_analysis_opts ao = {.date = o->date};
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_status st;
    char *s = aigov_reach(c, pop, plen, &ao, format_of(o), &d, &st);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    free(pop);
    return rc;
}
int cmd_blocs(const opts *o) { return no_args(o) ? run_analysis(o, "blocs", false, NULL) : EXIT_BAD; }
int cmd_panel(const opts *o) { return no_args(o) ? run_analysis(o, "panel", false, NULL) : EXIT_BAD; }
int cmd_conflicts(const opts *o) { return no_args(o) ? run_analysis(o, "conflicts", false, NULL) : EXIT_BAD; }

int cmd_divergence(const opts *o) {
    if (o->nargs != 1) { usage_error("divergence needs exactly one INSTRUMENT id%s", ""); return EXIT_BAD; }
    return run_analysis(o, "divergence", false, o->args[0]);
}
