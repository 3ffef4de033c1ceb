/* bench_legitimacy.c — legitimacy at scale: a generated delegation graph of 1M actors and
 * 5M delegations (publics -> governments -> layers of mandated bodies, 1-3 principals per
 * mandate, topic scopes, dates, some cycles), and 100k instruments. Measures one
 * multi-source BFS (the state for a date and topic set), one chain query afterwards
 * (following parent pointers back to a public), the legitimacy of every instrument
 * (findings and mode, with states cached per topic set), and peak memory.
 * Usage: bench_legitimacy [ACTORS] [DELEGATIONS] [INSTRUMENTS] */
#include "legit/legitimacy.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(uint32_t n) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

int main(int argc, char **argv) {
    int32_t na = argc > 1 ? atoi(argv[1]) : 1000000;
    int32_t nd = argc > 2 ? atoi(argv[2]) : 5000000;
    int32_t ni = argc > 3 ? atoi(argv[3]) : 100000;
    int32_t np = 200, ngov = 2000; /* publics, then governments, then mandated bodies */
    ag_arena a;
    ag_arena_init(&a);
    aigov_diags d;
    aigov_diags_init(&d, 10);
    ag_criterion *cr = ag_criterion_default(&a, &d);
    if (!cr) return 2;

    double t0 = now();
    ag_lgraph *g = AG_NEW(&a, ag_lgraph, 1);
    g->nactors = na;
    g->ndelegations = nd;
    g->actor_public = AG_NEW(&a, uint8_t, (size_t)na);
    g->actor_ai = AG_NEW(&a, uint8_t, (size_t)na);
    g->d_to = AG_NEW(&a, int32_t, (size_t)nd);
    g->d_from_off = AG_NEW(&a, int32_t, (size_t)nd + 1);
    g->d_from = AG_NEW(&a, int32_t, (size_t)nd * 3);
    g->d_kind = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_rule = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_accountable = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_democratic = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_revocable = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_scope_all = AG_NEW(&a, uint8_t, (size_t)nd);
    g->d_scope = AG_NEW(&a, ag_topicmask, (size_t)nd);
    g->d_from_date = AG_NEW(&a, int32_t, (size_t)nd);
    g->d_until = AG_NEW(&a, int32_t, (size_t)nd);
    g->d_revoked = AG_NEW(&a, int32_t, (size_t)nd);
    if (!g->d_revoked) { fprintf(stderr, "out of memory\n"); return 2; }
    for (int32_t i = 0; i < np; i++) g->actor_public[i] = 1;
    int32_t nf = 0;
    for (int32_t k = 0; k < nd; k++) {
        g->d_from_off[k] = nf;
        bool auth = k < ngov;
        g->d_kind[k] = auth ? AG_D_AUTHORIZATION : AG_D_MANDATE;
        if (auth) {
            g->d_to[k] = np + k;           /* each government authorized by one public */
            g->d_from[nf++] = k % np;
        } else {
            /* Bodies mandated by bodies created before them (a layered graph), with 1-3
             * principals; one in a thousand points backwards and can close a cycle. */
            int32_t to = np + ngov + (int32_t)rnd((uint32_t)(na - np - ngov));
            g->d_to[k] = to;
            int n = 1 + (int)rnd(3);
            for (int j = 0; j < n; j++) {
                int32_t lo = np, hi = to > np + 1 ? to : np + 1;
                g->d_from[nf++] = rnd(1000) == 0 ? np + (int32_t)rnd((uint32_t)(na - np)) : lo + (int32_t)rnd((uint32_t)(hi - lo));
            }
        }
        g->d_rule[k] = (uint8_t)rnd(3);
        g->d_accountable[k] = rnd(50) != 0;
        g->d_democratic[k] = rnd(20) != 0;
        g->d_revocable[k] = rnd(50) != 0;
        g->d_scope_all[k] = rnd(3) == 0;
        g->d_scope[k].w[0] = (1ull << rnd(16)) | (1ull << rnd(16));
        g->d_from_date[k] = rnd(10) ? AG_DATE_NONE : 15000 + (int32_t)rnd(6000);
        g->d_until[k] = rnd(30) ? AG_DATE_NONE : 18000 + (int32_t)rnd(6000);
        g->d_revoked[k] = rnd(40) ? AG_DATE_NONE : 18000 + (int32_t)rnd(6000);
    }
    g->d_from_off[nd] = nf;
    if (!ag_lgraph_index(&a, g)) { fprintf(stderr, "out of memory\n"); return 2; }
    double t_gen = now() - t0;
    int32_t nback = g->back_off[na];

    int32_t date = 20785; /* 2026-11-28 */
    ag_topicmask tm = {{1ull << 3, 0}};
    ag_lstate s;
    t0 = now();
    ag_lstate_compute(&a, g, cr, date, &tm, &s);
    double t_bfs = now() - t0;
    int32_t with = 0;
    for (int32_t i = 0; i < na; i++) with += s.standing[i] >= AG_SD_AUTHORIZED;

    /* Chain queries: follow parent pointers (first principal with standing) to a public. */
    int nq = 1000000;
    int32_t *qs = malloc(sizeof *qs * (size_t)nq);
    for (int i = 0; i < nq; i++) qs[i] = (int32_t)rnd((uint32_t)na);
    long steps = 0;
    t0 = now();
    for (int i = 0; i < nq; i++) {
        int32_t x = qs[i];
        while (x >= 0 && s.via[x] >= 0) {
            int32_t dl = s.via[x], next = -1;
            for (int32_t j = g->d_from_off[dl]; j < g->d_from_off[dl + 1]; j++)
                if (s.standing[g->d_from[j]] != AG_SD_NONE) { next = g->d_from[j]; break; }
            x = next;
            steps++;
        }
    }
    double t_query = (now() - t0) / nq;

    /* Every instrument: 1-3 issuers, one of 16 topics (or every topic), a form. */
    ag_legit_cache k;
    ag_legit_cache_init(&k, &a, g, cr, date);
    int32_t *iss = malloc(sizeof *iss * (size_t)ni * 3);
    ag_topicmask *tms = malloc(sizeof *tms * (size_t)ni);
    for (int32_t i = 0; i < ni * 3; i++) iss[i] = np + (int32_t)rnd((uint32_t)(na - np));
    for (int32_t i = 0; i < ni; i++) { memset(&tms[i], 0, sizeof tms[i]); tms[i].w[0] = 1ull << rnd(16); }
    int modes[6] = {0};
    const ag_topicmask **sets = malloc(sizeof *sets * (size_t)ni);
    for (int32_t i = 0; i < ni; i++) sets[i] = (i % 17) ? &tms[i] : NULL;
    t0 = now();
    /* As `aigov legitimacy` does for the corpus: every topic set the instruments use,
     * computed together (64 lanes per pass), then each instrument's findings. */
    if (!ag_legit_cache_prepare(&k, sets, ni)) { fprintf(stderr, "out of memory\n"); return 2; }
    double t_states = now() - t0;
    for (int32_t i = 0; i < ni; i++) {
        ag_legit_subject sub = {.issuers = iss + i * 3, .nissuers = 1 + (int)(i % 3), .topics = (i % 17) ? &tms[i] : NULL,
                                .general = i % 2, .governance_by_ai = i % 50 == 0};
        ag_instrument_legitimacy L;
        if (!ag_legitimacy_of(&k, &sub, &L)) { fprintf(stderr, "out of memory\n"); return 2; }
        modes[L.mode]++;
    }
    double t_all = now() - t0;

    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    struct utsname u;
    uname(&u);
    printf("machine: %s %s, %ld cores online\n", u.sysname, u.machine, sysconf(_SC_NPROCESSORS_ONLN));
    printf("graph: %d actors (%d publics), %d delegations, %d principal links (%d close cycles); generated and indexed in %.2f s\n",
           na, np, nd, nf, nback, t_gen);
    printf("%-58s %12s %s\n", "measure", "value", "unit");
    printf("%-58s %12.1f %s\n", "state for one date and topic set (multi-source BFS)", t_bfs * 1e3, "ms");
    printf("%-58s %12d %s\n", "  actors with standing in that state", with, "actors");
    printf("%-58s %12.3f %s  (mean of %d, %.1f links each)\n", "one chain query on a computed state", t_query * 1e6, "us", nq, (double)steps / nq);
    printf("%-58s %12.1f %s  (%d topic sets)\n", "legitimacy of every instrument", t_all * 1e3, "ms", k.n);
    printf("%-58s %12.1f %s\n", "  of which: standing for every topic set (lane fixpoint)", t_states * 1e3, "ms");
    printf("%-58s %12d %s\n", "  instruments", ni, "instruments");
    printf("%-58s %12d %s\n", "  legitimate (mode 1-5)", ni - modes[0], "instruments");
    printf("%-58s %12.0f %s\n", "peak memory (max RSS)", (double)ru.ru_maxrss / 1024.0, "MiB");
    free(qs);
    free(iss);
    free(tms);
    free(sets);
    ag_arena_free(&a);
    aigov_diags_free(&d);
    return 0;
}
