/* test_solver.c — the conflict solver: satisfiable and unsatisfiable pairs over every
 * kind of slot, three-valued fields, the complexity cap, witnesses as profiles, and a
 * property test: for random pairs of conditions, every witness makes both conditions
 * true when evaluated (directly and after a round trip through the profile parser), and
 * no random system satisfies a pair the solver calls unsatisfiable. */
#include "analysis/solver.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>

static aigov_corpus *C;
static ag_solver_env ENV;
static ag_arena A;

static ag_expr *compile(const char *src) {
    ag_cel_env env;
    ag_corpus_cel_env(C, &env);
    ag_cel_error err;
    ag_expr *e = ag_cel_compile(&A, src, strlen(src), &env, &err);
    if (!e) fprintf(stderr, "compile failed: %s: %s\n", src, err.msg);
    return e;
}

/* True when e evaluates to `want` on the facts. */
static bool holds(const ag_expr *e, const ag_facts *f, bool want) {
    ag_value v = ag_cel_eval(e, f, NULL);
    return v.kind == AG_V_BOOL && v.u.b == want;
}

/* Solve the conjunction of conditions (each positive); checks the witness when sat. */
static ag_sat solve_all(const char *const *srcs, int n, ag_sat_result *r) {
    ag_sat_item items[16];
    ag_sat_clause cl[16];
    for (int i = 0; i < n; i++) {
        items[i].e = compile(srcs[i]);
        items[i].positive = true;
        if (!items[i].e) return AG_SAT_UNDECIDED;
        cl[i].items = &items[i];
        cl[i].n = 1;
    }
    if (!ag_solve(&ENV, cl, n, &A, r)) return AG_SAT_UNDECIDED;
    if (r->sat == AG_SAT_YES) {
        ag_facts f;
        ag_witness_facts(&ENV, r, &f);
        for (int i = 0; i < n; i++) CHECK(holds(items[i].e, &f, true));
    }
    return r->sat;
}

static ag_sat pair(const char *a, const char *b) {
    const char *s[2] = {a, b};
    ag_sat_result r;
    return solve_all(s, 2, &r);
}

static const ag_value *slot_value(const ag_sat_result *r, const char *path) {
    int32_t s = ag_map_get(&C->field_index, path, strlen(path));
    return s >= 0 ? &r->slots[s] : NULL;
}

static void test_pairs(void) {
    /* Numbers: intervals. */
    CHECK(pair("system.model.training_compute_flop > 1e25", "system.model.training_compute_flop < 1e26") == AG_SAT_YES);
    CHECK(pair("system.model.training_compute_flop > 1e25", "system.model.training_compute_flop < 1e24") == AG_SAT_NO);
    CHECK(pair("system.model.training_compute_flop >= 1e25", "system.model.training_compute_flop <= 1e25") == AG_SAT_YES);
    CHECK(pair("system.model.training_compute_flop > 1e25", "system.model.training_compute_flop <= 1e25") == AG_SAT_NO);
    CHECK(pair("system.users.monthly_active == 5", "system.users.monthly_active != 5") == AG_SAT_NO);
    /* Bools. */
    CHECK(pair("system.model.open_weights", "!system.model.open_weights") == AG_SAT_NO);
    CHECK(pair("system.model.open_weights", "system.model.general_purpose") == AG_SAT_YES);
    /* Dates: integral days. */
    {
        const char *s[2] = {"system.placed_on_market < date(\"2025-08-02\")", "!(system.placed_on_market < date(\"2025-08-01\"))"};
        ag_sat_result r;
        CHECK(solve_all(s, 2, &r) == AG_SAT_YES);
        const ag_value *v = slot_value(&r, "placed_on_market");
        char d[11] = "";
        if (v && v->kind == AG_V_DATE) ag_date_format(v->u.date, d);
        CHECK_STR(d, "2025-08-01");
    }
    CHECK(pair("system.placed_on_market < date(\"2025-08-01\")", "system.placed_on_market > date(\"2025-07-31\")") == AG_SAT_NO);
    /* Regions, with the named set resolved on the date. */
    CHECK(pair("\"DE\" in system.markets", "!sets.intersects(system.markets, EU_MEMBERS)") == AG_SAT_NO);
    CHECK(pair("sets.intersects(system.markets, EU_MEMBERS)", "!(\"DE\" in system.markets)") == AG_SAT_YES);
    CHECK(pair("sets.intersects(system.markets, [\"US\"])", "!sets.intersects(system.markets, [\"US\", \"CN\"])") == AG_SAT_NO);
    /* Region expansion: a market in a US state is a market in the US. */
    CHECK(pair("\"US-CA\" in system.markets", "!(\"US\" in system.markets)") != AG_SAT_YES);
    /* Terms: subsets, required elements, size. */
    CHECK(pair("size(system.purposes) > 0 && sets.contains([\"military\", \"defence\"], system.purposes)",
               "\"cv_screening\" in system.purposes") == AG_SAT_NO);
    CHECK(pair("size(system.purposes) > 0 && sets.contains([\"military\", \"defence\"], system.purposes)",
               "!(\"military\" in system.purposes)") == AG_SAT_YES);
    CHECK(pair("size(system.purposes) > 0", "sets.contains([\"military\"], system.purposes) && !(\"military\" in system.purposes)") == AG_SAT_NO);
    CHECK(pair("sets.contains(system.purposes, [\"military\", \"defence\"])", "!(\"defence\" in system.purposes)") == AG_SAT_NO);
    CHECK(pair("system.provider.kind == \"public_authority\"", "system.provider.kind in [\"private\", \"public_authority\"]") == AG_SAT_YES);
    CHECK(pair("system.provider.kind == \"public_authority\"", "system.provider.kind != \"public_authority\"") == AG_SAT_NO);
    /* Free strings. */
    CHECK(pair("system.model.license == \"mit\"", "system.model.license in [\"mit\", \"apache-2.0\"]") == AG_SAT_YES);
    CHECK(pair("system.model.license == \"mit\"", "!(system.model.license in [\"mit\", \"apache-2.0\"])") == AG_SAT_NO);
    /* Three-valued: a literal over a missing field is never true. */
    CHECK(pair("!has(system.model.license)", "system.model.license == \"mit\"") == AG_SAT_NO);
    CHECK(pair("!has(system.model.license)", "!(system.model.license == \"mit\")") == AG_SAT_NO);
    CHECK(pair("has(system.model.license)", "system.model.license != \"mit\"") == AG_SAT_YES);
    /* Disjunctions: the second branch holds. */
    CHECK(pair("system.model.training_compute_flop > 1e25 || system.model.designated_systemic_risk",
               "system.model.training_compute_flop < 1e20") == AG_SAT_YES);
    CHECK(pair("system.model.training_compute_flop > 1e25 || system.model.designated_systemic_risk",
               "system.model.training_compute_flop < 1e20 && !system.model.designated_systemic_risk") == AG_SAT_NO);
}

static void test_clauses_and_json(void) {
    /* scope (trigger 1 or trigger 2) and not exemption and when. */
    ag_sat_item scope[2] = {{compile("sets.intersects(system.markets, EU_MEMBERS)"), true},
                            {compile("sets.intersects(system.outputs_used_in, EU_MEMBERS)"), true}};
    ag_sat_item ex = {compile("sets.contains([\"military\", \"defence\"], system.purposes) && size(system.purposes) > 0"), false};
    ag_sat_item when = {compile("\"social_scoring\" in system.purposes"), true};
    ag_sat_item not_markets = {compile("!sets.intersects(system.markets, EU_MEMBERS)"), true};
    ag_sat_clause cl[4] = {{scope, 2}, {&ex, 1}, {&when, 1}, {&not_markets, 1}};
    ag_sat_result r;
    CHECK(ag_solve(&ENV, cl, 4, &A, &r));
    CHECK(r.sat == AG_SAT_YES);
    char *json = r.sat == AG_SAT_YES ? ag_witness_json(&ENV, &r, "witness") : NULL;
    CHECK(json != NULL);
    if (json) {
        aigov_diags d;
        aigov_diags_init(&d, 10);
        aigov_profile *p = NULL;
        CHECK(aigov_profile_parse(C, "witness.json", json, strlen(json), NULL, &p, &d) == AIGOV_OK);
        if (p) {
            CHECK(holds(scope[1].e, &p->facts, true));
            CHECK(holds(ex.e, &p->facts, false));
            CHECK(holds(when.e, &p->facts, true));
            CHECK(holds(not_markets.e, &p->facts, true));
        }
        CHECK(strstr(json, "\"social_scoring\"") != NULL);
        aigov_profile_free(p);
        aigov_diags_free(&d);
        free(json);
    }
    CHECK(strstr(r.why, "social_scoring") != NULL);
    /* Unsatisfiable: the why names the slot. */
    CHECK(pair("system.users.monthly_active > 10", "system.users.monthly_active < 5") == AG_SAT_NO);
    const char *s[2] = {"system.users.monthly_active > 10", "system.users.monthly_active < 5"};
    CHECK(solve_all(s, 2, &r) == AG_SAT_NO);
    CHECK(strstr(r.why, "users.monthly_active") != NULL);
}

static void test_too_complex(void) {
    /* 13 binary disjunctions, each leaf refuted only by the last literal: 8192 conjunctions. */
    char src[4096] = "";
    for (int i = 0; i < 13; i++) {
        char one[160];
        snprintf(one, sizeof one, "%s(system.users.monthly_active > %d || system.model.training_compute_flop > %d)",
                 i ? " && " : "", i, i);
        strcat(src, one);
    }
    const char *s[2] = {src, "system.users.monthly_active < 0 && system.model.training_compute_flop < 0"};
    ag_sat_result r;
    CHECK(solve_all(s, 2, &r) == AG_SAT_TOO_COMPLEX);
    CHECK(strstr(r.why, "too complex") != NULL);
    /* The same with the refutation first is decided at once. */
    const char *t[2] = {"system.users.monthly_active < 0 && system.model.training_compute_flop < 0", src};
    CHECK(solve_all(t, 2, &r) == AG_SAT_NO);
}

/* ---- Property test ------------------------------------------------------------------------ */
/* Two streams: the conditions' (RNG) and the random systems' (FACTS_RNG), so that the
 * conditions drawn do not change when the corpus gains a profile field. */
static unsigned RNG = 12345, FACTS_RNG = 54321;
static unsigned *STREAM = &RNG;
static unsigned rnd(unsigned n) {
    *STREAM = *STREAM * 1103515245u + 12345u;
    return (*STREAM >> 8) % n;
}

static const char *const ATOMS[] = {
    "system.model.training_compute_flop > 1e25", "system.model.training_compute_flop < 1e24",
    "system.model.training_compute_flop >= 1e23", "system.model.general_purpose", "system.model.open_weights",
    "\"DE\" in system.markets", "sets.intersects(system.markets, EU_MEMBERS)", "\"US\" in system.markets",
    "sets.intersects(system.outputs_used_in, [\"CN\", \"FR\"])", "\"cv_screening\" in system.purposes",
    "sets.contains([\"military\", \"defence\"], system.purposes)", "size(system.purposes) > 0",
    "system.provider.kind == \"private\"", "system.placed_on_market < date(\"2025-08-02\")",
    "system.placed_on_market >= date(\"2024-01-01\")", "has(system.model.license)",
    "system.model.license == \"mit\"", "system.users.monthly_active > 1000", "system.users.monthly_active == 5",
    "sets.contains(system.purposes, [\"cv_screening\", \"credit_scoring\"])",
};

static void gen(char *buf, size_t cap, int depth) {
    unsigned k = depth > 0 ? rnd(5) : 0;
    if (k <= 1) {
        snprintf(buf, cap, "%s", ATOMS[rnd(AG_ARRAY_LEN(ATOMS))]);
    } else if (k == 2) {
        char a[1024];
        gen(a, sizeof a, depth - 1);
        /* Truncation is harmless here (a shorter random condition); say so to the compiler. */
        if (snprintf(buf, cap, "!(%s)", a) >= (int)cap) buf[cap - 1] = 0;
    } else {
        char a[1024], b[1024];
        gen(a, sizeof a, depth - 1);
        gen(b, sizeof b, depth - 1);
        if (snprintf(buf, cap, "(%s) %s (%s)", a, k == 3 ? "&&" : "||", b) >= (int)cap) buf[cap - 1] = 0;
    }
}

/* A random system: each field known or missing, random values near the atoms' constants. */
static void random_facts(ag_arena *a, ag_value *slots) {
    static const char *const regions[] = {"DE", "FR", "US", "CN", "US-CA", "JP"};
    static const char *const purposes[] = {"cv_screening", "military", "defence", "credit_scoring"};
    static const double nums[] = {0, 5, 1000, 1001, 1e23, 1e24, 5e24, 1e25, 2e25};
    STREAM = &FACTS_RNG;
    for (int s = 0; s < C->nfields; s++) {
        const ag_field *f = &C->fields[s];
        memset(&slots[s], 0, sizeof slots[s]);
        if (rnd(5) == 0) continue; /* unknown */
        switch (f->type) {
        case AG_F_BOOL: slots[s].kind = AG_V_BOOL; slots[s].u.b = rnd(2); break;
        case AG_F_NUMBER: slots[s].kind = AG_V_NUM; slots[s].u.num = nums[rnd(AG_ARRAY_LEN(nums))]; break;
        case AG_F_DATE: { int32_t d; ag_date_parse("2024-06-01", 10, &d); slots[s].kind = AG_V_DATE; slots[s].u.date = d + (int32_t)rnd(800) - 200; break; }
        case AG_F_STRING: slots[s].kind = AG_V_STR; slots[s].u.str = rnd(2) ? "mit" : "apache-2.0"; slots[s].n = (uint32_t)strlen(slots[s].u.str); break;
        case AG_F_TERM:
            if (f->vocab >= 0 && C->vocabs[f->vocab].n) {
                const ag_vocab *v = &C->vocabs[f->vocab];
                const char *t = v->terms[rnd((unsigned)v->n)];
                if (!strcmp(v->name, "provider_kinds") || rnd(2)) {
                    int32_t i = ag_map_get(&v->index, "private", 7);
                    if (i >= 0) t = v->terms[i];
                }
                slots[s].kind = AG_V_STR; slots[s].u.str = t; slots[s].n = (uint32_t)strlen(t);
            }
            break;
        case AG_F_TERMS:
        case AG_F_REGIONS: {
            bool reg = f->type == AG_F_REGIONS;
            int n = (int)rnd(4);
            ag_value *items = AG_NEW(a, ag_value, 4);
            int k = 0;
            for (int i = 0; items && i < n; i++) {
                const char *t = reg ? regions[rnd(6)] : purposes[rnd(4)];
                bool dup = false;
                for (int j = 0; j < k; j++) if (!strcmp(items[j].u.str, t)) dup = true;
                if (dup) continue;
                items[k].kind = AG_V_STR; items[k].u.str = t; items[k].n = (uint32_t)strlen(t); k++;
            }
            slots[s].kind = AG_V_LIST; slots[s].u.items = items; slots[s].n = (uint32_t)k;
            break;
        }
        }
    }
    STREAM = &RNG;
}

static void test_property(void) {
    int yes = 0, no = 0, other = 0;
    ag_arena scratch;
    ag_arena_init(&scratch);
    ag_value *slots = calloc((size_t)C->nfields + 1, sizeof *slots);
    for (int iter = 0; iter < 400; iter++) {
        char sa[1024], sb[1024];
        gen(sa, sizeof sa, 3);
        gen(sb, sizeof sb, 3);
        ag_expr *ea = compile(sa), *eb = compile(sb);
        CHECK(ea && eb);
        if (!ea || !eb) continue;
        ag_sat_item it[2] = {{ea, true}, {eb, true}};
        ag_sat_clause cl[2] = {{&it[0], 1}, {&it[1], 1}};
        ag_sat_result r;
        CHECK(ag_solve(&ENV, cl, 2, &A, &r));
        if (r.sat == AG_SAT_YES) {
            yes++;
            ag_facts f;
            ag_witness_facts(&ENV, &r, &f);
            bool ok = holds(ea, &f, true) && holds(eb, &f, true);
            CHECK(ok);
            /* The witness is a valid profile, and the parsed profile still satisfies both. */
            char *json = ag_witness_json(&ENV, &r, "w");
            aigov_diags d;
            aigov_diags_init(&d, 10);
            aigov_profile *p = NULL;
            bool parsed = json && aigov_profile_parse(C, "w", json, strlen(json), NULL, &p, &d) == AIGOV_OK;
            CHECK(parsed);
            if (p) {
                bool ok2 = holds(ea, &p->facts, true) && holds(eb, &p->facts, true);
                CHECK(ok2);
                if (!ok2) fprintf(stderr, "witness fails after parsing:\n  %s\n  %s\n%s\n", sa, sb, json);
            }
            if (!parsed && d.n) fprintf(stderr, "witness does not parse: %s\n%s\n", d.items[0].message, json);
            aigov_profile_free(p);
            aigov_diags_free(&d);
            free(json);
        } else if (r.sat == AG_SAT_NO) {
            no++;
            /* No random system may satisfy both. */
            bool found = false;
            for (int k = 0; k < 300 && !found; k++) {
                random_facts(&scratch, slots);
                ag_facts f = {slots, C->nfields, ENV.consts, C->nconsts};
                if (holds(ea, &f, true) && holds(eb, &f, true)) {
                    found = true;
                    fprintf(stderr, "solver said unsatisfiable, but a system satisfies both:\n  %s\n  %s\n", sa, sb);
                }
            }
            CHECK(!found);
        } else {
            other++;
        }
    }
    printf("property test: %d satisfiable, %d unsatisfiable, %d undecided or too complex\n", yes, no, other);
    CHECK(yes > 50);
    CHECK(no > 20);
    CHECK(other < 40);
    free(slots);
    ag_arena_free(&scratch);
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (aigov_corpus_load_builtin(&C, &d) != AIGOV_OK) { fprintf(stderr, "cannot load the built-in corpus\n"); return 1; }
    aigov_diags_free(&d);
    int32_t date;
    ag_date_parse("2026-11-28", 10, &date);
    CHECK(ag_solver_env_init(&ENV, C, date));
    ag_arena_init(&A);
    test_pairs();
    test_clauses_and_json();
    test_too_complex();
    test_property();
    ag_arena_free(&A);
    ag_solver_env_free(&ENV);
    aigov_corpus_free(C);
    TEST_MAIN_END();
}
