/* test_index.c — the compiled, indexed engine (index.c, batch.c) decides exactly as the
 * unindexed evaluation (check.c over ag_cel_eval): the rendered JSON of aigov_check and
 * aigov_check_indexed must be byte-identical, and the batch counts equal the result's
 * counts, on
 *   - the real corpus with every example profile and random profiles on random dates
 *     (amendments take effect between them), with and without --all and --role;
 *   - random corpora: the real schema, vocabularies and regions with random instruments
 *     whose conditions mix every atom the compiler lowers (and some it does not) under
 *     &&, || and !, against random profiles with fields left unknown at random; and one
 *     of 400 threshold conditions (keys kept in sorted lists with checkpoints).
 * Also checks that the index prunes: on a random corpus most conditions of a profile are
 * not candidates. Runs from the repository root. Deterministic (fixed seeds). */
#include "check/index.h"
#include "test.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(uint32_t n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return n ? (uint32_t)(rng % n) : 0;
}

static const char *DATES[] = {"2019-06-01", "2024-01-15", "2025-02-02", "2025-08-02", "2026-07-01",
                              "2026-08-02", "2027-08-02", "2030-01-01"};

/* ---- Random profiles ------------------------------------------------------------------ */

static json_t *at_path(json_t *root, const char *path, char *leaf, size_t cap) {
    json_t *o = root;
    const char *s = path;
    for (;;) {
        const char *dot = strchr(s, '.');
        if (!dot) { snprintf(leaf, cap, "%s", s); return o; }
        char seg[128];
        snprintf(seg, sizeof seg, "%.*s", (int)(dot - s), s);
        json_t *k = json_object_get(o, seg);
        if (!k) { k = json_object(); json_object_set_new(o, seg, k); }
        o = k;
        s = dot + 1;
    }
}

static const char *rand_term(const aigov_corpus *c, const ag_field *f) {
    const ag_vocab *v = &c->vocabs[f->vocab];
    /* Favour the first terms so that profiles and conditions meet often. */
    return v->terms[rnd(2) ? rnd((uint32_t)(v->n < 6 ? v->n : 6)) : rnd((uint32_t)v->n)];
}

static const char *REGIONS[] = {"DE", "FR", "US", "US-CA", "US-CO", "US-NY", "CN", "GB", "JP", "KR", "EU", "IT", "CH"};

static char *rand_profile(const aigov_corpus *c, int known_pct) {
    json_t *root = json_object();
    json_object_set_new(root, "id", json_string("random"));
    if (rnd(2)) json_object_set_new(root, "date", json_string(DATES[rnd(AG_ARRAY_LEN(DATES))]));
    for (int i = 0; i < c->nfields; i++) {
        const ag_field *f = &c->fields[i];
        if ((int)rnd(100) >= known_pct) continue;
        char leaf[128];
        json_t *o = at_path(root, f->path, leaf, sizeof leaf);
        json_t *v = NULL;
        switch (f->type) {
        case AG_F_BOOL: v = json_boolean(rnd(2)); break;
        case AG_F_NUMBER: {
            static const double N[] = {0, 1, 10, 1e6, 5e8, 1e9, 1e23, 1e25, 3e25, 1e26};
            double x = N[rnd(AG_ARRAY_LEN(N))];
            if (f->has_min && x < f->min) x = f->min;
            if (f->has_max && x > f->max) x = f->max;
            v = json_real(x);
            break;
        }
        case AG_F_DATE: v = json_string(DATES[rnd(AG_ARRAY_LEN(DATES))]); break;
        case AG_F_STRING: v = json_string(rnd(2) ? "x" : "y"); break;
        case AG_F_TERM: v = json_string(rand_term(c, f)); break;
        case AG_F_TERMS: {
            v = json_array();
            int n = (int)rnd(4);
            for (int k = 0; k < n; k++) json_array_append_new(v, json_string(rand_term(c, f)));
            break;
        }
        case AG_F_REGIONS: {
            v = json_array();
            int n = (int)rnd(4);
            for (int k = 0; k < n; k++) json_array_append_new(v, json_string(REGIONS[rnd(AG_ARRAY_LEN(REGIONS))]));
            break;
        }
        }
        json_object_set_new(o, leaf, v);
    }
    char *s = json_dumps(root, JSON_COMPACT);
    json_decref(root);
    return s;
}

/* ---- Comparing the two engines ------------------------------------------------------------ */

static int compared, pruned_total, cond_total;
static bool count_prune; /* count pruning for this profile (every field known) */

static void compare(const aigov_corpus *c, const aigov_index *x, const char *json, const char *role, bool all,
                    const char *what) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_profile *p = NULL;
    if (aigov_profile_parse(c, "<random>", json, strlen(json), NULL, &p, &d) != AIGOV_OK) {
        /* Random values can break a schema rule (e.g. a minimum); that is not this test. */
        aigov_diags_free(&d);
        return;
    }
    aigov_check_opts o = {role, all};
    aigov_result *a = NULL, *b = NULL;
    CHECK(aigov_check(c, p, &o, &a, &d) == AIGOV_OK);
    CHECK(aigov_check_indexed(x, p, &o, &b, &d) == AIGOV_OK);
    if (a && b) {
        char *ja = aigov_result_render(a, "json"), *jb = aigov_result_render(b, "json");
        bool same = ja && jb && !strcmp(ja, jb);
        CHECK(same);
        if (!same && getenv("TEST_INDEX_DUMP")) {
            FILE *fa = fopen("/tmp/ti-a.json", "w"), *fb = fopen("/tmp/ti-b.json", "w");
            if (fa) { fputs(ja, fa); fclose(fa); }
            if (fb) { fputs(jb, fb); fclose(fb); }
            char cmd[300];
            snprintf(cmd, sizeof cmd, "cp -r %s /tmp/ti-corpus 2>/dev/null", what);
            if (system(cmd)) {}
        }
        if (!same) fprintf(stderr, "%s: indexed and unindexed differ for profile %s (role %s, all %d)\n", what, json,
                           role ? role : "-", all);
        free(ja);
        free(jb);
        aigov_batch *bt = NULL;
        CHECK(aigov_batch_new(x, &o, NULL, &bt, &d) == AIGOV_OK);
        if (bt) {
            aigov_result_counts ca, cb;
            aigov_result_counts_get(a, &ca);
            aigov_batch_decide(bt, p, &cb);
            if (!all) ca.not_applicable = cb.not_applicable;
            CHECK(!memcmp(&ca, &cb, sizeof ca));
            /* How many conditions the index let the profile skip. */
            const ag_worker *w = bt->w;
            for (int i = 0; count_prune && i < x->ncond; i++) pruned_total += !ag_worker_is_cand(w, i);
            if (count_prune) cond_total += x->ncond;
            aigov_batch_free(bt);
        }
        compared++;
    }
    aigov_result_free(a);
    aigov_result_free(b);
    aigov_profile_free(p);
    aigov_diags_free(&d);
}

static void real_corpus(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    aigov_index *x = NULL;
    CHECK(aigov_corpus_load_builtin(&c, &d) == AIGOV_OK);
    CHECK(c && aigov_index_new(c, &x, &d) == AIGOV_OK);
    if (!x) { aigov_corpus_free(c); aigov_diags_free(&d); return; }
    DIR *dir = opendir("examples");
    struct dirent *de;
    int nex = 0;
    while (dir && (de = readdir(dir))) {
        size_t n = strlen(de->d_name);
        if (n < 6 || strcmp(de->d_name + n - 5, ".json")) continue;
        char path[512];
        snprintf(path, sizeof path, "examples/%s", de->d_name);
        char *buf;
        size_t len;
        if (ag_read_file(path, &buf, &len, &d) != AIGOV_OK) continue;
        for (int k = 0; k < 4; k++) compare(c, x, buf, k & 1 ? "deployer" : NULL, k & 2, path);
        free(buf);
        nex++;
    }
    if (dir) closedir(dir);
    CHECK(nex >= 8);
    for (int i = 0; i < 400; i++) {
        char *json = rand_profile(c, 20 + (int)rnd(80));
        compare(c, x, json, rnd(5) ? NULL : "provider,deployer", rnd(4) == 0, "real corpus");
        free(json);
    }
    /* Deciding many profiles at once (reading ahead) gives each the counts of deciding it
     * alone. */
    enum { NMANY = 300 };
    aigov_profile *ps[NMANY] = {0};
    aigov_result_counts many[NMANY], one;
    int np = 0;
    for (int i = 0; i < NMANY; i++) {
        char *json = rand_profile(c, 20 + (int)rnd(80));
        if (aigov_profile_parse(c, "many", json, strlen(json), NULL, &ps[np], &d) == AIGOV_OK) np++;
        free(json);
    }
    aigov_batch *bt = NULL;
    aigov_check_opts o = {NULL, false};
    CHECK(np > NMANY / 2 && aigov_batch_new(x, &o, NULL, &bt, &d) == AIGOV_OK);
    if (bt) {
        aigov_batch_decide_many(bt, (const aigov_profile *const *)ps, (size_t)np, many);
        bool same = true;
        for (int i = 0; i < np; i++) {
            aigov_batch_decide(bt, ps[i], &one);
            same &= !memcmp(&one, &many[i], sizeof one);
        }
        CHECK(same);
        aigov_batch_free(bt);
    }
    for (int i = 0; i < np; i++) aigov_profile_free(ps[i]);
    aigov_index_free(x);
    aigov_corpus_free(c);
    aigov_diags_free(&d);
}

/* ---- Random corpora -------------------------------------------------------------------------- */

/* When set, atoms are thresholds on number and date fields only (sorted-list keys with
 * their checkpoints, which need more than 64 thresholds on one field). */
static bool thresholds_only;

static void atom(const aigov_corpus *c, char *b, size_t cap) {
    const ag_field *f = &c->fields[rnd((uint32_t)c->nfields)];
    for (int tries = 0; thresholds_only && f->type != AG_F_NUMBER && f->type != AG_F_DATE && tries < 1000; tries++)
        f = &c->fields[rnd((uint32_t)c->nfields)];
    int32_t compute = ag_map_get(&c->field_index, "model.training_compute_flop", 27);
    if (thresholds_only && compute >= 0 && rnd(4)) f = &c->fields[compute]; /* > 64 on one field */
    if (thresholds_only && f->type == AG_F_NUMBER) {
        static const char *OPS[] = {">=", ">", "<", "<="};
        snprintf(b, cap, "system.%s %s %de%d", f->path, OPS[rnd(4)], 1 + (int)rnd(9), (int)rnd(27));
        return;
    }
    switch (f->type) {
    case AG_F_BOOL:
        snprintf(b, cap, rnd(3) ? "system.%s" : "has(system.%s)", f->path);
        return;
    case AG_F_NUMBER: {
        static const char *OPS[] = {">=", ">", "<", "<=", "==", "!="};
        static const char *N[] = {"0", "10", "5e8", "1e23", "1e25", "1e26"};
        if (rnd(2)) snprintf(b, cap, "system.%s %s %s", f->path, OPS[rnd(6)], N[rnd(6)]);
        else snprintf(b, cap, "%s %s system.%s", N[rnd(6)], OPS[rnd(6)], f->path);
        return;
    }
    case AG_F_DATE:
        snprintf(b, cap, "system.%s %s date(\"%s\")", f->path, rnd(2) ? ">=" : "<", DATES[rnd(AG_ARRAY_LEN(DATES))]);
        return;
    case AG_F_STRING:
        snprintf(b, cap, "system.%s == \"x\"", f->path);
        return;
    case AG_F_TERM:
        switch (rnd(3)) {
        case 0: snprintf(b, cap, "system.%s == \"%s\"", f->path, rand_term(c, f)); return;
        case 1: snprintf(b, cap, "system.%s != \"%s\"", f->path, rand_term(c, f)); return;
        default: snprintf(b, cap, "system.%s in [\"%s\", \"%s\"]", f->path, rand_term(c, f), rand_term(c, f)); return;
        }
    case AG_F_TERMS:
        switch (rnd(5)) {
        case 0: snprintf(b, cap, "\"%s\" in system.%s", rand_term(c, f), f->path); return;
        case 1: snprintf(b, cap, "sets.intersects(system.%s, [\"%s\", \"%s\"])", f->path, rand_term(c, f), rand_term(c, f)); return;
        case 2: snprintf(b, cap, "sets.contains(system.%s, [\"%s\"])", f->path, rand_term(c, f)); return;
        case 3: snprintf(b, cap, "sets.contains([\"%s\", \"%s\", \"%s\"], system.%s)", rand_term(c, f), rand_term(c, f), rand_term(c, f), f->path); return;
        default: snprintf(b, cap, "size(system.%s) > 0", f->path); return;
        }
    case AG_F_REGIONS:
        switch (rnd(4)) {
        case 0: snprintf(b, cap, "sets.intersects(system.%s, %s)", f->path, c->nconsts ? c->const_names[rnd((uint32_t)c->nconsts)] : "[\"US\"]"); return;
        case 1: snprintf(b, cap, "sets.intersects([\"%s\", \"%s\"], system.%s)", REGIONS[rnd(AG_ARRAY_LEN(REGIONS))], REGIONS[rnd(AG_ARRAY_LEN(REGIONS))], f->path); return;
        case 2: snprintf(b, cap, "\"%s\" in system.%s", REGIONS[rnd(AG_ARRAY_LEN(REGIONS))], f->path); return;
        default: snprintf(b, cap, "sets.contains(system.%s, [\"%s\"])", f->path, REGIONS[rnd(AG_ARRAY_LEN(REGIONS))]); return;
        }
    }
}

static void condition(const aigov_corpus *c, int depth, char *b, size_t cap) {
    uint32_t r = thresholds_only ? 0 : rnd(depth > 2 ? 2 : 7);
    if (r < 2) { if (rnd(12) == 0) snprintf(b, cap, rnd(2) ? "true" : "false"); else atom(c, b, cap); return; }
    char l[1500], rr[1500];
    condition(c, depth + 1, l, sizeof l);
    if (r == 2) { snprintf(b, cap, "!(%s)", l); return; }
    condition(c, depth + 1, rr, sizeof rr);
    snprintf(b, cap, "(%s) %s (%s)", l, r < 5 ? "&&" : "||", rr);
}

static void write_corpus(const aigov_corpus *c, const char *dir, int ninst, int nprov) {
    char path[600];
    snprintf(path, sizeof path, "%s/instruments", dir);
    mkdir(path, 0755);
    static const char *KINDS[] = {"obligation", "prohibition", "permission", "recommendation"};
    static const char *ROLES[] = {"[provider]", "[deployer]", "[provider, deployer]", "[developer]"};
    static const char *ACTS[] = {"[use]", "[place_on_market]", "[use, place_on_market]"};
    for (int i = 0; i < ninst; i++) {
        snprintf(path, sizeof path, "%s/instruments/rand-%d.yaml", dir, i);
        FILE *f = fopen(path, "w");
        if (!f) continue;
        char cond[4096];
        fprintf(f, "id: rand-%d\ntitle: Random instrument %d\nissuer: [eu-parliament]\njurisdiction: EU\n"
                   "modality: domestic_law\nform: special_law\nbinding: %s\nlayers: [deployment]\n"
                   "in_force: %s\ntext_version: \"random\"\ncitations: [\"https://example.org/%d\"]\nscope:\n",
                i, i, rnd(2) ? "binding" : "voluntary", DATES[rnd(4)], i);
        int ntrig = 1 + (int)rnd(2);
        for (int t = 0; t < ntrig; t++) {
            condition(c, 1 + (int)rnd(2), cond, sizeof cond);
            fprintf(f, "  - trigger: trigger %d\n    article: Art. %d\n    when: '%s'\n", t, t + 1, cond);
        }
        if (rnd(2)) {
            condition(c, 2, cond, sizeof cond);
            fprintf(f, "exemptions:\n  - id: ex-%d\n    name: exemption\n    article: Art. 90\n    when: '%s'\n", i, cond);
        }
        fprintf(f, "provisions:\n");
        for (int k = 0; k < nprov; k++) {
            condition(c, 1, cond, sizeof cond);
            fprintf(f, "  - id: p%d\n    article: Art. %d\n    kind: %s\n    addressee: %s\n    actions: %s\n"
                       "    summary: Provision %d.\n    when: '%s'\n",
                    k, 10 + k, KINDS[rnd(4)], ROLES[rnd(4)], ACTS[rnd(3)], k, cond);
            if (rnd(3) == 0) fprintf(f, "    applies_from: %s\n", DATES[rnd(AG_ARRAY_LEN(DATES))]);
        }
        fclose(f);
    }
}

static void random_corpora(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *real = NULL;
    CHECK(aigov_corpus_load_builtin(&real, &d) == AIGOV_OK);
    if (!real) { aigov_diags_free(&d); return; }
    char cwd[512];
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    for (int round = 0; round < 7; round++) {
        thresholds_only = round == 6; /* one instrument of 400 threshold provisions */
        char dir[] = "/tmp/aigov-test-index-XXXXXX";
        if (!mkdtemp(dir)) { CHECK(false); break; }
        /* The real corpus's actors, delegations, regions, vocabulary and schema. */
        static const char *KEEP[] = {"actors.yaml", "actors", "delegations.yaml", "delegations", "regions.yaml",
                                     "regions", "vocabulary.yaml", "vocabulary", "schema.yaml", "schema"};
        for (size_t k = 0; k < AG_ARRAY_LEN(KEEP); k++) {
            char from[1024], to[700];
            snprintf(from, sizeof from, "%s/corpus/%s", cwd, KEEP[k]);
            snprintf(to, sizeof to, "%s/%s", dir, KEEP[k]);
            if (access(from, F_OK) == 0) CHECK(symlink(from, to) == 0);
        }
        if (thresholds_only) write_corpus(real, dir, 1, 400);
        else write_corpus(real, dir, 4 + (int)rnd(6), 6 + (int)rnd(20));
        aigov_diags_free(&d);
        aigov_diags_init(&d, 10);
        aigov_corpus *c = NULL;
        aigov_index *x = NULL;
        aigov_status st = aigov_corpus_load_dir(dir, &c, &d);
        CHECK(st == AIGOV_OK);
        if (st != AIGOV_OK && d.n) {
            char *m = aigov_diag_format(&d.items[0]);
            fprintf(stderr, "random corpus %s: %s", dir, m ? m : "?");
            free(m);
        }
        if (c && aigov_index_new(c, &x, &d) == AIGOV_OK) {
            for (int i = 0; i < 150; i++) {
                char *json = rand_profile(c, 30 + (int)rnd(70));
                compare(c, x, json, rnd(6) ? NULL : "provider", rnd(3) == 0, dir);
                free(json);
            }
            count_prune = true;
            for (int i = 0; i < 50; i++) {
                char *json = rand_profile(c, 100);
                compare(c, x, json, NULL, false, dir);
                free(json);
            }
            count_prune = false;
        }
        aigov_index_free(x);
        aigov_corpus_free(c);
        char cmd[700];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        CHECK(system(cmd) == 0);
    }
    aigov_corpus_free(real);
    aigov_diags_free(&d);
}

int main(void) {
    /* Deterministic by default; TEST_INDEX_SEED explores other random corpora. */
    const char *seed = getenv("TEST_INDEX_SEED");
    if (seed && *seed) rng ^= strtoull(seed, NULL, 10) * 0xD1B54A32D192ED03ull;
    real_corpus();
    random_corpora();
    printf("compared %d profiles; with every field known the index skipped %.0f%% of conditions\n", compared,
           cond_total ? 100.0 * pruned_total / cond_total : 0.0);
    CHECK(compared > 1000);
    CHECK(pruned_total > cond_total / 4); /* the index prunes */
    TEST_MAIN_END();
}
