/* fuzz_overlay.c — what-if overlays (src/corpus/overlay.c through the loader): the input is
 * applied as an overlay to the built-in corpus. An overlay that is rejected must say why
 * (at least one diagnostic, inside the overlay or the corpus); one that is accepted gives
 * a corpus that is then used: a profile is checked against it, and one analysis chosen by
 * the input's length runs on it (map, gaps, conflicts, legitimacy, or what-if against the
 * corpus without the overlay, which is loaded once), within a budget of steps. */
#include "fuzz.h"

#include <aigov/aigov.h>
#include <stdlib.h>

static aigov_corpus *base;

static const char PROFILE[] =
    "{\"id\":\"fuzz\",\"date\":\"2026-11-28\",\"role\":[\"provider\"],\"markets\":[\"EU\",\"US\"],"
    "\"outputs_used_in\":[\"DE\"],\"purposes\":[\"cv_screening\"],\"provider\":{\"established_in\":[\"US\"]},"
    "\"model\":{\"general_purpose\":true,\"training_compute_flop\":3e25}}";

static void use(aigov_corpus *c, size_t size, aigov_diags *d) {
    aigov_profile *p = NULL;
    if (aigov_profile_parse(c, "fuzz.json", PROFILE, sizeof PROFILE - 1, NULL, &p, d) == AIGOV_OK) {
        aigov_result *r = NULL;
        aigov_check_opts o = {NULL, false};
        if (aigov_check(c, p, &o, &r, d) == AIGOV_OK) free(aigov_result_render(r, "json"));
        aigov_result_free(r);
        aigov_profile_free(p);
    }
    aigov_analysis_opts ao = {0};
    ao.date = "2026-11-28";
    aigov_legitimacy_opts lo = {0};
    lo.date = ao.date;
    aigov_status st = AIGOV_OK;
    char *out = NULL;
    switch (size % 5) {
    case 0: out = aigov_map(c, &ao, "json", d, &st); break;
    case 1: out = aigov_gaps(c, &ao, "json", d, &st); break;
    case 2: out = aigov_conflicts(c, &ao, "json", d, &st); break;
    case 3: out = aigov_legitimacy(c, &lo, "json", d, &st); break;
    default: out = aigov_whatif(base, c, NULL, 0, &ao, "json", d, &st); break;
    }
    if (!out && st == AIGOV_OK) abort(); /* no output must come with an error status */
    free(out);
}

/* The steps one input may take (aigov_work), as the service bounds a request: an overlay
 * whose provisions all conflict makes the solver's pairs grow with the square of its size
 * (11 s an input under sanitizers); past the budget the analysis stops with an error. */
#define FUZZ_STEPS 2000000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (!base && aigov_corpus_load_builtin(&base, &d) != AIGOV_OK) abort();
    aigov_work *w = aigov_work_new(FUZZ_STEPS, 0);
    if (!w) abort();
    aigov_work_bind(w);
    aigov_corpus *c = NULL;
    aigov_status s = aigov_corpus_load_with_overlay(NULL, "fuzz.yaml", (const char *)data, size, &c, &d);
    if (s == AIGOV_OK) {
        if (!c) abort();
        use(c, size, &d);
        aigov_corpus_free(c);
    } else if (c || (d.n == 0 && d.dropped == 0 && s != AIGOV_NOMEM)) {
        abort(); /* a rejected overlay must leave no corpus and say why */
    }
    aigov_work_bind(NULL);
    aigov_work_free(w);
    for (int i = 0; i < d.n; i++) free(aigov_diag_format(&d.items[i]));
    aigov_diags_free(&d);
    return 0;
}
