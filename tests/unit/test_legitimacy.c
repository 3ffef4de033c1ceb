/* test_legitimacy.c — the chain search against a brute-force fixpoint on random graphs:
 * the same actors gain standing, every parent pointer is a usable delegation whose
 * principals meet its rule, depths are shortest; the 64-lane topic-mask fixpoint against
 * one search per topic set; plus the threshold rules and the criterion file parser. */
#include "legit/legitimacy.h"
#include "test.h"

#include <stdlib.h>

static uint32_t rng = 12345;
static uint32_t rnd(uint32_t n) { rng = rng * 1103515245u + 12345u; return (rng >> 8) % n; }

/* A random graph: `np` publics, then entities; delegations with 1-`max_principals`
 * principals. */
static int max_principals = 4;
static ag_lgraph *random_graph(ag_arena *a, int na, int nd, int np) {
    ag_lgraph *g = AG_NEW(a, ag_lgraph, 1);
    g->nactors = na;
    g->ndelegations = nd;
    g->actor_public = AG_NEW(a, uint8_t, (size_t)na);
    g->actor_ai = AG_NEW(a, uint8_t, (size_t)na);
    for (int i = 0; i < np; i++) g->actor_public[i] = 1;
    g->d_to = AG_NEW(a, int32_t, (size_t)nd);
    g->d_from_off = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_from = AG_NEW(a, int32_t, (size_t)nd * (size_t)max_principals + 1);
    g->d_kind = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_rule = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_accountable = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_democratic = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_revocable = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_scope_all = AG_NEW(a, uint8_t, (size_t)nd);
    g->d_scope = AG_NEW(a, ag_topicmask, (size_t)nd);
    g->d_from_date = AG_NEW(a, int32_t, (size_t)nd);
    g->d_until = AG_NEW(a, int32_t, (size_t)nd);
    g->d_revoked = AG_NEW(a, int32_t, (size_t)nd);
    int32_t nf = 0;
    for (int d = 0; d < nd; d++) {
        bool auth = rnd(3) == 0;
        g->d_from_off[d] = nf;
        g->d_kind[d] = auth ? AG_D_AUTHORIZATION : AG_D_MANDATE;
        g->d_to[d] = np + (int32_t)rnd((uint32_t)(na - np));
        int k = auth ? 1 : 1 + (int)rnd((uint32_t)max_principals);
        for (int j = 0; j < k; j++) g->d_from[nf++] = auth ? (int32_t)rnd((uint32_t)np) : np + (int32_t)rnd((uint32_t)(na - np));
        g->d_rule[d] = (uint8_t)rnd(3);
        g->d_accountable[d] = rnd(10) != 0;
        g->d_democratic[d] = rnd(5) != 0;
        g->d_revocable[d] = rnd(10) != 0;
        g->d_scope_all[d] = rnd(2);
        g->d_scope[d].w[0] = 1ull << rnd(4);
        if (rnd(4) == 0) g->d_scope[d].w[1] = 1ull << rnd(64);
        g->d_from_date[d] = rnd(4) ? AG_DATE_NONE : (int32_t)rnd(200);
        g->d_until[d] = rnd(6) ? AG_DATE_NONE : 100 + (int32_t)rnd(200);
        g->d_revoked[d] = rnd(8) ? AG_DATE_NONE : 100 + (int32_t)rnd(200);
    }
    g->d_from_off[nd] = nf;
    ag_lgraph_index(a, g);
    return g;
}

/* Brute force: repeat until nothing changes. */
static void fixpoint(const ag_lgraph *g, const ag_criterion *cr, const ag_lstate *proto, uint8_t *st) {
    for (int i = 0; i < g->nactors; i++) st[i] = g->actor_public[i] ? AG_SD_PUBLIC : AG_SD_NONE;
    for (bool changed = true; changed;) {
        changed = false;
        for (int d = 0; d < g->ndelegations; d++) {
            int to = g->d_to[d];
            if (st[to] != AG_SD_NONE || ag_delegation_usable(g, cr, proto, d) != AG_RJ_OK) continue;
            int with = 0;
            for (int j = g->d_from_off[d]; j < g->d_from_off[d + 1]; j++) {
                uint8_t ps = st[g->d_from[j]];
                if (g->d_kind[d] == AG_D_AUTHORIZATION ? ps == AG_SD_PUBLIC : (ps == AG_SD_AUTHORIZED || ps == AG_SD_MANDATED)) with++;
            }
            if (with >= ag_delegation_threshold(g, proto, d)) {
                st[to] = g->d_kind[d] == AG_D_AUTHORIZATION ? AG_SD_AUTHORIZED : AG_SD_MANDATED;
                changed = true;
            }
        }
    }
}

int main(void) {
    ag_arena a;
    ag_arena_init(&a);
    aigov_diags d;
    aigov_diags_init(&d, 10);
    ag_criterion *cr = ag_criterion_default(&a, &d);
    CHECK(cr != NULL);
    if (!cr) TEST_MAIN_END();
    CHECK_STR(cr->name, "vdem-row-2024-electoral-democracy");
    CHECK(cr->require_accountability && cr->require_revocable && cr->multilateral == AG_RULE_MAJORITY);
    CHECK(cr->index && !strcmp(cr->index, "vdem-row-2024") && cr->index_at_least == 2 && cr->unclassified_by_accountability);
    CHECK(cr->revocation_counts.n == 3);

    for (int round = 0; round < 200; round++) {
        ag_arena ga;
        ag_arena_init(&ga);
        int na = 8 + (int)rnd(60), np = 1 + (int)rnd(4), nd = (int)rnd(150);
        ag_lgraph *g = random_graph(&ga, na, nd, np);
        ag_topicmask tm = {{1ull << rnd(4), 0}};
        int32_t date = (int32_t)rnd(300);
        ag_lstate s;
        CHECK(ag_lstate_compute(&ga, g, cr, date, rnd(2) ? &tm : NULL, &s));
        uint8_t *st = AG_NEW(&ga, uint8_t, (size_t)na);
        fixpoint(g, cr, &s, st);
        bool same = true, parents = true;
        for (int i = 0; i < na; i++) {
            /* Same actors with standing; "authorized" exactly when a usable authorization
             * from a public reaches the actor (the most direct chain wins). */
            if ((st[i] != AG_SD_NONE) != (s.standing[i] != AG_SD_NONE)) same = false;
            bool direct = false;
            for (int k = g->in_off[i]; k < g->in_off[i + 1]; k++)
                if (g->d_kind[g->in[k]] == AG_D_AUTHORIZATION && ag_delegation_usable(g, cr, &s, g->in[k]) == AG_RJ_OK &&
                    g->actor_public[g->d_from[g->d_from_off[g->in[k]]]])
                    direct = true;
            if (!g->actor_public[i] && direct != (s.standing[i] == AG_SD_AUTHORIZED)) same = false;
            int32_t v = s.via[i];
            if (s.standing[i] >= AG_SD_AUTHORIZED) {
                if (v < 0 || g->d_to[v] != i || ag_delegation_usable(g, cr, &s, v) != AG_RJ_OK) { parents = false; continue; }
                int with = 0, maxdepth = 0;
                for (int j = g->d_from_off[v]; j < g->d_from_off[v + 1]; j++)
                    if (s.standing[g->d_from[j]] != AG_SD_NONE) {
                        with++;
                        if (s.depth[g->d_from[j]] + 1 > maxdepth) maxdepth = s.depth[g->d_from[j]] + 1;
                    }
                if (with < ag_delegation_threshold(g, &s, v) || s.depth[i] > maxdepth) parents = false;
            } else if (v != -1) parents = false;
        }
        CHECK(same);
        CHECK(parents);
        ag_arena_free(&ga);
    }

    /* All topic sets at once: every lane of the mask fixpoint equals the search for that
     * set, for each multilateral rule, with up to 40 principals (the bit-sliced counter)
     * and sets of several topics in both words of the mask. */
    for (int round = 0; round < 300; round++) {
        ag_arena ga;
        ag_arena_init(&ga);
        max_principals = round % 5 == 0 ? 40 : 4;
        int na = 8 + (int)rnd(80), np = 1 + (int)rnd(4), nd = (int)rnd(200);
        ag_lgraph *g = random_graph(&ga, na, nd, np);
        ag_criterion c2 = *cr;
        c2.multilateral = (ag_principals_rule)rnd(4);
        int nsets = 1 + (int)rnd(AG_LANES);
        ag_topicmask *tms = AG_NEW(&ga, ag_topicmask, (size_t)nsets);
        const ag_topicmask **sets = AG_NEW(&ga, const ag_topicmask *, (size_t)nsets);
        for (int j = 0; j < nsets; j++) {
            for (int b = 0; b < 1 + (int)rnd(3); b++) tms[j].w[0] |= 1ull << rnd(5);
            if (rnd(3) == 0) tms[j].w[1] = 1ull << rnd(64);
            sets[j] = rnd(8) == 0 ? NULL : &tms[j];
        }
        int32_t date = (int32_t)rnd(300);
        uint64_t *auth = AG_NEW(&ga, uint64_t, (size_t)na), *stand = AG_NEW(&ga, uint64_t, (size_t)na);
        CHECK(ag_lmask_compute(g, &c2, date, sets, nsets, auth, stand));
        bool same = true;
        for (int j = 0; j < nsets && same; j++) {
            ag_lstate s;
            CHECK(ag_lstate_compute(&ga, g, &c2, date, sets[j], &s));
            for (int i = 0; i < na; i++) {
                uint8_t m = g->actor_public[i] ? AG_SD_PUBLIC : auth[i] >> j & 1 ? AG_SD_AUTHORIZED
                          : stand[i] >> j & 1 ? AG_SD_MANDATED : AG_SD_NONE;
                if (m != s.standing[i]) same = false;
            }
        }
        CHECK(same);
        /* The cache gives the same states, prepared together or asked for one by one. */
        ag_legit_cache k1, k2;
        ag_legit_cache_init(&k1, &ga, g, &c2, date);
        ag_legit_cache_init(&k2, &ga, g, &c2, date);
        CHECK(ag_legit_cache_prepare(&k1, sets, nsets));
        for (int j = 0; j < nsets; j++) {
            ag_legit_entry *e1 = ag_legit_state(&k1, sets[j]), *e2 = ag_legit_state(&k2, sets[j]);
            bool eq = e1 && e2;
            for (int i = 0; eq && i < na; i++) eq = ag_legit_standing(e1, g, i) == ag_legit_standing(e2, g, i);
            CHECK(eq);
        }
        CHECK(k1.n == k2.n && k1.n <= nsets);
        ag_arena_free(&ga);
    }
    max_principals = 4;

    /* Thresholds: all, majority, any, and the criterion's override. */
    {
        ag_arena ga;
        ag_arena_init(&ga);
        ag_lgraph *g = random_graph(&ga, 10, 1, 2);
        g->d_from_off[1] = g->d_from_off[0] + 1; /* keep one principal */
        ag_lstate s = {0};
        s.rule = AG_RULE_AS_DECLARED;
        g->d_rule[0] = AG_RULE_ALL;
        CHECK(ag_delegation_threshold(g, &s, 0) == 1);
        ag_arena_free(&ga);
    }
    {
        ag_arena ga;
        ag_arena_init(&ga);
        ag_lgraph *g = random_graph(&ga, 10, 1, 2);
        int n = g->d_from_off[1] - g->d_from_off[0];
        ag_lstate s = {0};
        s.rule = AG_RULE_AS_DECLARED;
        g->d_rule[0] = AG_RULE_ALL;
        CHECK(ag_delegation_threshold(g, &s, 0) == n);
        g->d_rule[0] = AG_RULE_MAJORITY;
        CHECK(ag_delegation_threshold(g, &s, 0) == n / 2 + 1);
        g->d_rule[0] = AG_RULE_ANY;
        CHECK(ag_delegation_threshold(g, &s, 0) == 1);
        s.rule = AG_RULE_ALL; /* the criterion overrides what the mandate declares */
        CHECK(ag_delegation_threshold(g, &s, 0) == n);
        ag_arena_free(&ga);
    }

    /* Criterion files: errors with positions. */
    {
        aigov_diags e;
        aigov_diags_init(&e, 10);
        const char *bad = "name: x\nrequire:\n  revocable: maybe\n";
        CHECK(ag_criterion_parse(&a, "c.yaml", bad, strlen(bad), &e) == NULL);
        CHECK(e.n == 1 && e.items[0].line == 3 && strstr(e.items[0].message, "true or false"));
        aigov_diags_free(&e);
        aigov_diags_init(&e, 10);
        const char *typo = "name: x\ndemocatic: {}\n";
        CHECK(ag_criterion_parse(&a, "c.yaml", typo, strlen(typo), &e) == NULL);
        CHECK(e.n == 1 && strstr(e.items[0].message, "did you mean 'democratic'"));
        aigov_diags_free(&e);
        const char *none = "title: no name\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", none, strlen(none), &e) == NULL && e.n == 1);
        aigov_diags_free(&e);
        /* Issue 23: revocation means, a published index, variants of the default. */
        const char *means = "name: x\nrevocation_counts: [recall, exit]\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", means, strlen(means), &e) == NULL);
        CHECK(e.n == 1 && e.items[0].line == 2 && strstr(e.items[0].message, "not 'exit'"));
        aigov_diags_free(&e);
        const char *noat = "name: x\ndemocratic:\n  index: vdem-row-2024\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", noat, strlen(noat), &e) == NULL);
        CHECK(e.n == 1 && strstr(e.items[0].message, "needs 'at_least'"));
        aigov_diags_free(&e);
        const char *uncl = "name: x\ndemocratic:\n  index: i\n  at_least: 2\n  unclassified: maybe\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", uncl, strlen(uncl), &e) == NULL);
        CHECK(e.n == 1 && e.items[0].line == 5 && strstr(e.items[0].message, "accountability or not_counted"));
        aigov_diags_free(&e);
        const char *badv = "name: x\nvariant_of: other\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", badv, strlen(badv), &e) == NULL && e.n == 1 && strstr(e.items[0].message, "'default'"));
        aigov_diags_free(&e);
        const char *pcb = "name: x\nprincipals_counted: everyone\n";
        aigov_diags_init(&e, 10);
        CHECK(ag_criterion_parse(&a, "c.yaml", pcb, strlen(pcb), &e) == NULL && e.n == 1 && strstr(e.items[0].message, "modelled or group"));
        aigov_diags_free(&e);
        /* A variant keeps what it does not state. */
        const char *var = "name: v\nvariant_of: default\ntitle: t\ndemocratic:\n  at_least: 3\nrevocation_counts: [recall]\n";
        aigov_diags_init(&e, 10);
        ag_criterion *v = ag_criterion_parse(&a, "c.yaml", var, strlen(var), &e);
        CHECK(v && !strcmp(v->name, "v") && v->index && !strcmp(v->index, "vdem-row-2024") && v->index_at_least == 3);
        CHECK(v && v->multilateral == AG_RULE_MAJORITY && v->revocation_counts.n == 1 && v->accountability_any.n == 4);
        aigov_diags_free(&e);
        /* A written-out criterion without the keys: every means counts, as declared. */
        const char *whole = "name: w\n";
        aigov_diags_init(&e, 10);
        ag_criterion *w = ag_criterion_parse(&a, "c.yaml", whole, strlen(whole), &e);
        CHECK(w && !w->index && w->revocation_counts.n == 3 && w->multilateral == AG_RULE_AS_DECLARED);
        aigov_diags_free(&e);
    }
    aigov_diags_free(&d);
    ag_arena_free(&a);
    TEST_MAIN_END();
}
