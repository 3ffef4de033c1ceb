/* test_faults.c — fault injection: the Nth allocation fails, for every N, across a whole
 * round. Two rounds: the engine (load the built-in corpus, parse a profile, check it,
 * render text and JSON, explain a provision, compute legitimacy) and the regime-complex
 * analyses (load the corpus with a what-if overlay applied, then map, gaps, conflicts and
 * what-if against the plain corpus). Every round must end in a clean status or a NULL
 * rendering — never a crash — and, under the ASan build, leak nothing.
 *
 * The test links with -Wl,--wrap=malloc,... so that every allocation made by the
 * library's own objects goes through the counters below; jansson's go there through
 * json_set_alloc_funcs. libyaml allocates inside its shared library, out of reach:
 * those failures are not injected (docs/limits.md says so). */
#include "check/check.h"
#include "test.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

static long countdown = -1; /* fail when it reaches 0; -1 = never */
static long allocations;

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);

static int fail_now(void) {
    allocations++;
    if (countdown < 0) return 0;
    return countdown-- == 0;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t m) { return fail_now() ? NULL : __real_calloc(n, m); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }
static void *json_alloc(size_t n) { return __wrap_malloc(n); }

static const char PROFILE[] =
    "{\"id\":\"x\",\"date\":\"2026-11-28\",\"role\":[\"provider\"],\"markets\":[\"EU\",\"US-NY\"],"
    "\"outputs_used_in\":[\"DE\"],\"purposes\":[\"cv_screening\"],\"provider\":{\"established_in\":[\"US\"]},"
    "\"model\":{\"general_purpose\":false,\"training_compute_flop\":1e21}}";

/* The outputs of a round without faults: a round that reports success must give them
 * exactly, or a failed allocation was swallowed into a silently wrong answer. */
#define NOUT 4
typedef char *outputs[NOUT];
static int differs; /* which output differed last */

/* Frees outs; returns ok, or -1 when ok and they differ from the baseline (which the
 * first successful round fills). */
static int compare(int ok, char **outs, outputs baseline) {
    for (int i = 0; i < NOUT && ok == 1; i++) {
        if (!baseline[i]) baseline[i] = strdup(outs[i]);
        else if (strcmp(baseline[i], outs[i])) { /* wrong output reported as success */
            ok = -1;
            differs = i;
            if (getenv("AIGOV_FAULTS_DUMP")) { /* the two outputs, to see what went wrong */
                char path[512];
                snprintf(path, sizeof path, "%s.%d", getenv("AIGOV_FAULTS_DUMP"), i);
                FILE *f = fopen(path, "w");
                if (f) { fprintf(f, "%s\n=====\n%s", baseline[i], outs[i]); fclose(f); }
            }
        }
    }
    for (int i = 0; i < NOUT; i++) free(outs[i]);
    return ok;
}

static void drain(aigov_diags *d) {
    for (int i = 0; i < d->n; i++) free(aigov_diag_format(&d->items[i]));
    aigov_diags_free(d);
}

/* Round 1, the engine; returns 1 when everything succeeded (and stores or compares outputs). */
static int engine_round(outputs baseline) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_corpus *c = NULL;
    aigov_profile *p = NULL;
    aigov_result *r = NULL;
    int ok = 0;
    if (aigov_corpus_load_builtin(&c, &d) != AIGOV_OK) goto out;
    if (aigov_profile_parse(c, "p.json", PROFILE, sizeof PROFILE - 1, NULL, &p, &d) != AIGOV_OK) goto out;
    aigov_check_opts o = {NULL, false};
    if (aigov_check(c, p, &o, &r, &d) != AIGOV_OK) goto out;
    char *j = aigov_result_render(r, "json"), *t = aigov_result_render(r, "text");
    char *e = aigov_explain(c, p, "eu-ai-act/art8-15-requirements-annex-iii", "text", &d);
    aigov_legitimacy_opts lo = {0};
    lo.date = "2026-11-28";
    aigov_status st;
    char *l = aigov_legitimacy(c, &lo, "json", &d, &st);
    char *outs[NOUT] = {j, t, e, l};
    ok = compare(j && t && e && l, outs, baseline);
out:
    aigov_result_free(r);
    aigov_profile_free(p);
    aigov_corpus_free(c);
    drain(&d);
    return ok;
}

/* An overlay that touches every kind of change: an added actor and delegation, a
 * revoked delegation, an amended threshold and a removed instrument. */
static const char OVERLAY[] =
    "title: fault injection\n"
    "add:\n"
    "  actors:\n"
    "    - {id: fault-body, name: Fault Body, kind: agency, jurisdiction: US, status: active, citations: ['https://example.org/']}\n"
    "  delegations:\n"
    "    - {id: congress-mandates-fault-body, kind: mandate, from: [us-congress], to: fault-body, scope: [safety],\n"
    "       basis: statute, accountability: [appropriations], revocable: true, revocation: repeal, from_date: 2026-01-01,\n"
    "       citations: ['https://example.org/']}\n"
    "revoke:\n"
    "  delegations: [{id: nyc-public-authorizes-council, date: 2026-01-01}]\n"
    "remove:\n"
    "  instruments: [nl-syri]\n"
    "amend:\n"
    "  - provision: eu-ai-act/art55-systemic-risk-obligations\n"
    "    threshold: {field: model.training_compute_flop, value: 1e26}\n";

/* Round 2, the regime-complex analyses over a corpus with the overlay applied. */
static int analysis_round(outputs baseline) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_corpus *base = NULL, *c = NULL;
    int ok = 0;
    if (aigov_corpus_load_builtin(&base, &d) != AIGOV_OK) goto out;
    if (aigov_corpus_load_with_overlay(NULL, "fault.yaml", OVERLAY, sizeof OVERLAY - 1, &c, &d) != AIGOV_OK) goto out;
    aigov_analysis_opts o = {0};
    o.date = "2026-11-28";
    aigov_status st[NOUT] = {AIGOV_OK};
    char *outs[NOUT] = {aigov_map(c, &o, "json", &d, &st[0]), aigov_gaps(c, &o, "json", &d, &st[1]),
                        aigov_conflicts(c, &o, "json", &d, &st[2]), aigov_whatif(base, c, NULL, 0, &o, "json", &d, &st[3])};
    bool all = true, unexplained = false;
    for (int i = 0; i < NOUT; i++) {
        all &= outs[i] != NULL;
        unexplained |= !outs[i] && st[i] == AIGOV_OK; /* no answer, but no error either */
    }
    ok = compare(all, outs, baseline);
    if (unexplained) ok = -2;
out:
    aigov_corpus_free(c);
    aigov_corpus_free(base);
    drain(&d);
    return ok;
}

/* Fails the Nth allocation of `round` for every N up to 2000 (the loads, where most error
 * paths are), then on a stride that keeps the ASan run short. */
static void inject(const char *name, int (*round)(outputs)) {
    outputs baseline = {0};
    countdown = -1;
    allocations = 0;
    CHECK(round(baseline) == 1);
    long total = allocations;
    printf("%s: a full round makes %ld allocations\n", name, total);
    long failures = 0, successes = 0, silent = 0, unexplained = 0;
    for (long n = 0; n < total; n += n < 2000 ? 7 : total / 300 + 1) {
        countdown = n;
        int ok = round(baseline);
        if (ok == 1) successes++;
        else if (ok == 0) failures++;
        else if (ok == -2) { if (++unexplained <= 5) printf("%s, allocation %ld: a NULL answer with status ok\n", name, n); }
        else if (++silent <= 5) printf("%s, allocation %ld: a round reported success with a different output %d\n", name, n, differs);
    }
    countdown = -1;
    printf("%s: %ld injected rounds: %ld ended in a clean error, %ld succeeded (the failed allocation was optional)\n",
           name, failures + successes + silent + unexplained, failures, successes);
    CHECK(failures > 0);
    CHECK(silent == 0);
    CHECK(unexplained == 0);
    CHECK(round(baseline) == 1); /* and the library still works afterwards, with the same answers */
    for (int i = 0; i < NOUT; i++) free(baseline[i]);
}

int main(void) {
    json_set_alloc_funcs(json_alloc, free);
    inject("engine", engine_round);
    inject("analyses", analysis_round);
    TEST_MAIN_END();
}
