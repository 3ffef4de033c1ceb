/* run.c — aigov_analysis_run: the regime-complex analyses by name, with their arguments
 * checked once as text for every front end (the CLI's map/gaps/conflicts/divergence and the
 * server's /v1/map, /v1/gaps, /v1/conflicts). Owns no state; the analyses do the work. */
#include "analysis/analysis.h"

#include <stdlib.h>
#include <string.h>

typedef char *(*analysis_fn)(const aigov_corpus *, const aigov_analysis_opts *, const char *, aigov_diags *,
                             aigov_status *);

static const struct { const char *name; analysis_fn fn; } ANALYSES[] = {
    {"map", aigov_map}, {"gaps", aigov_gaps}, {"conflicts", aigov_conflicts}, {"divergence", aigov_divergence},
    {"panel", aigov_panel}, {"blocs", aigov_blocs}, {"compare", aigov_compare},
};

/* A year YYYY, 1900-2200; false when s is not one. */
static bool parse_year(const char *s, int *out) {
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || end == s || v < 1900 || v > 2200) return false;
    *out = (int)v;
    return true;
}

static char *fail(aigov_diags *d, aigov_status *st, aigov_status s, const char *what, const char *fmt, const char *arg) {
    ag_diag_add(d, what, NULL, 0, 0, 0, 0, fmt, arg);
    *st = s;
    return NULL;
}

char *aigov_analysis_run(const aigov_corpus *c, const char *name, const aigov_analysis_args *a, const char *format,
                         aigov_diags *d, aigov_status *st) {
    analysis_fn fn = NULL;
    for (size_t i = 0; i < sizeof ANALYSES / sizeof ANALYSES[0]; i++)
        if (!strcmp(ANALYSES[i].name, name)) fn = ANALYSES[i].fn;
    if (!fn) return fail(d, st, AIGOV_USAGE, "analysis", "unknown analysis '%s'; expected map, gaps, conflicts, divergence, panel, blocs or compare", name);
    aigov_analysis_opts o;
    memset(&o, 0, sizeof o);
    if (a->date && !aigov_date_valid(a->date))
        return fail(d, st, AIGOV_USAGE, "date", "invalid date '%s': expected YYYY-MM-DD", a->date);
    if (a->limit) {
        char *end;
        long v = strtol(a->limit, &end, 10);
        if (*end || end == a->limit || v < 0 || v > 100000)
            return fail(d, st, AIGOV_USAGE, "limit", "invalid limit '%s': expected a whole number from 0 to 100000", a->limit);
        o.limit = (int)v;
    }
    if (a->from && !parse_year(a->from, &o.from))
        return fail(d, st, AIGOV_USAGE, "from", "invalid year '%s': expected a year YYYY from 1900 to 2200", a->from);
    if (a->to && !parse_year(a->to, &o.to))
        return fail(d, st, AIGOV_USAGE, "to", "invalid year '%s': expected a year YYYY from 1900 to 2200", a->to);
    if (a->companies && strcmp(a->companies, "1") && strcmp(a->companies, "true") && strcmp(a->companies, "0") && strcmp(a->companies, "false"))
        return fail(d, st, AIGOV_USAGE, "companies", "invalid value '%s': expected true or false", a->companies);
    o.companies = a->companies && (!strcmp(a->companies, "1") || !strcmp(a->companies, "true"));
    o.by = a->by;
    o.id2 = a->id2;
    o.date = a->date;
    o.id = a->id;
    o.topic = a->topic;
    o.layer = a->layer;
    o.jurisdiction = a->jurisdiction;
    *st = AIGOV_OK;
    return fn(c, &o, format, d, st);
}
