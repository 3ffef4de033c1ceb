/* engine.c (bench_engine) — in-process measurements of the engine for bench/run.py, one JSON
 * object per line on stdout ({"measure", "value", "unit", ...}).
 *
 *   bench_engine --corpus DIR|builtin --profiles FILE.jsonl [--rules RULES.json
 *                --peer-profiles FILE] [--keep N] [--decisions N]
 *
 * Measures, single-threaded: corpus load (median of 5) and index build; profile parsing
 * (JSON line -> profile); deciding profiles already in memory with the compiled, indexed
 * engine (aigov_batch_decide), the same engine with the index switched off (every
 * condition a candidate), and aigov_check (the reference, building the full result);
 * one whole batch line (parse + decide + render) from which rendering is derived; and,
 * with --rules, a hand-written C loop over the same rules and profiles as the ceiling.
 * Every figure also reports how many rule matches it found, so engines can be checked
 * to agree. */
#include "check/index.h"

#include <jansson.h>
#include <stdio.h>
#include <yajl/yajl_parse.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static const char *opt(int argc, char **argv, const char *name, const char *dflt) {
    for (int i = 1; i + 1 < argc; i++)
        if (!strcmp(argv[i], name)) return argv[i + 1];
    return dflt;
}

static void emit(const char *corpus, const char *measure, double value, const char *unit, long n, long matches) {
    printf("{\"corpus\": \"%s\", \"measure\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"n\": %ld, \"matches\": %ld}\n",
           corpus, measure, value, unit, n, matches);
    fflush(stdout);
}

static aigov_status load(const char *dir, aigov_corpus **c, aigov_diags *d) {
    return !strcmp(dir, "builtin") ? aigov_corpus_load_builtin(c, d) : aigov_corpus_load_dir(dir, c, d);
}

typedef struct line { char *s; size_t n; } line;

static line *read_lines(const char *path, long max, long *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    line *v = calloc((size_t)max + 1, sizeof *v);
    char *buf = NULL;
    size_t cap = 0;
    ssize_t r;
    *n = 0;
    while (v && *n < max && (r = getline(&buf, &cap, f)) > 0) {
        if (buf[r - 1] == '\n') buf[--r] = 0;
        v[*n].s = strdup(buf);
        v[*n].n = (size_t)r;
        (*n)++;
    }
    free(buf);
    fclose(f);
    return v;
}

/* ---- The hand-written ceiling: rules as bitsets over markets and purposes ---------------- */
typedef struct crule { double c; uint64_t m, p; } crule;
typedef struct cprof { double c; uint64_t m, p; } cprof;

typedef struct names { const char *s[128]; int n; } names;
static int intern(names *t, const char *s) {
    for (int i = 0; i < t->n; i++) if (!strcmp(t->s[i], s)) return i;
    if (t->n == 64) return -1;
    t->s[t->n] = s;
    return t->n++;
}
static uint64_t bits(names *t, json_t *a) {
    uint64_t b = 0;
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v) {
        int k = intern(t, json_string_value(v));
        if (k >= 0) b |= 1ull << k;
    }
    return b;
}

static void ceiling(const char *name, const char *rules_path, const char *peer_path, long nprof) {
    json_error_t e;
    json_t *rules = json_load_file(rules_path, 0, &e);
    if (!rules) { fprintf(stderr, "%s: %s\n", rules_path, e.text); return; }
    names nm = {{0}, 0}, np = {{0}, 0};
    size_t nr = json_array_size(rules);
    crule *r = calloc(nr + 1, sizeof *r);
    for (size_t i = 0; r && i < nr; i++) {
        json_t *o = json_array_get(rules, i);
        r[i].c = json_number_value(json_object_get(o, "c"));
        r[i].m = bits(&nm, json_object_get(o, "m"));
        r[i].p = bits(&np, json_object_get(o, "p"));
    }
    long n = 0;
    line *ls = read_lines(peer_path, nprof, &n);
    cprof *p = calloc((size_t)n + 1, sizeof *p);
    json_t **keep = calloc((size_t)n + 1, sizeof *keep);
    for (long i = 0; ls && p && keep && i < n; i++) {
        keep[i] = json_loads(ls[i].s, 0, &e);
        if (!keep[i]) continue;
        p[i].c = json_number_value(json_object_get(keep[i], "c"));
        p[i].m = bits(&nm, json_object_get(keep[i], "m"));
        p[i].p = bits(&np, json_object_get(keep[i], "p"));
    }
    if (r && p && n) {
        long matches = 0, rounds = 0, total = 0;
        double t0 = now(), dt;
        do {
            for (long i = 0; i < n; i++)
                for (size_t k = 0; k < nr; k++)
                    matches += p[i].c >= r[k].c && (p[i].m & r[k].m) && (p[i].p & r[k].p);
            rounds++;
            total += n;
        } while ((dt = now() - t0) < 0.5);
        emit(name, "c_loop", (double)total / dt, "profiles/s", total, matches / rounds);
    }
    for (long i = 0; ls && i < n; i++) { free(ls[i].s); json_decref(keep ? keep[i] : NULL); }
    free(ls);
    free(keep);
    free(p);
    free(r);
    json_decref(rules);
}

int main(int argc, char **argv) {
    const char *dir = opt(argc, argv, "--corpus", "builtin"), *ppath = opt(argc, argv, "--profiles", NULL);
    const char *name = opt(argc, argv, "--name", dir);
    long keep = atol(opt(argc, argv, "--keep", "20000")), want = atol(opt(argc, argv, "--decisions", "200000"));
    if (!ppath) { fputs("usage: bench_engine --corpus DIR|builtin --profiles FILE.jsonl [...]\n", stderr); return 2; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    double loads[5];
    aigov_corpus *c = NULL;
    for (int i = 0; i < 5; i++) {
        aigov_corpus_free(c);
        c = NULL;
        double t0 = now();
        if (load(dir, &c, &d) != AIGOV_OK) { fprintf(stderr, "%s: the corpus does not load\n", dir); return 2; }
        loads[i] = now() - t0;
    }
    for (int i = 0; i < 5; i++)
        for (int j = i + 1; j < 5; j++)
            if (loads[j] < loads[i]) { double t = loads[i]; loads[i] = loads[j]; loads[j] = t; }
    aigov_corpus_stats st;
    aigov_corpus_stats_get(c, &st);
    emit(name, "corpus_load", loads[2] * 1e3, "ms", st.provisions, 0);
    emit(name, "corpus_instruments", st.instruments, "instruments", st.instruments, 0);
    aigov_index *x = NULL;
    double t0 = now();
    if (aigov_index_new(c, &x, &d) != AIGOV_OK) { fputs("index failed\n", stderr); return 2; }
    emit(name, "index_build", (now() - t0) * 1e3, "ms", x->ncond, 0);

    long n = 0;
    line *ls = read_lines(ppath, keep, &n);
    if (!ls || !n) { fprintf(stderr, "%s: no profiles\n", ppath); return 2; }
    aigov_profile **ps = calloc((size_t)n, sizeof *ps);
    t0 = now();
    for (long i = 0; i < n; i++)
        if (aigov_profile_parse(c, "bench", ls[i].s, ls[i].n, NULL, &ps[i], &d) != AIGOV_OK) {
            fprintf(stderr, "profile %ld does not parse\n", i + 1);
            return 2;
        }
    double t_parse = (now() - t0) / (double)n;
    emit(name, "parse", t_parse * 1e6, "us/profile", n, 0);

    aigov_batch *b = NULL;
    aigov_check_opts co = {NULL, false};
    if (aigov_batch_new(x, &co, NULL, &b, &d) != AIGOV_OK) return 2;
    /* Warm up, then decide `want` profiles (cycling over the ones in memory). */
    aigov_result_counts k;
    for (long i = 0; i < n && i < 1000; i++) aigov_batch_decide(b, ps[i], &k);
    /* The profiles in memory decided together (aigov_batch_decide_many, which reads
     * ahead), then one call per profile (aigov_batch_decide). */
    aigov_result_counts *kv = malloc(sizeof *kv * (size_t)n);
    if (!kv) return 2;
    long matches = 0, total = 0;
    t0 = now();
    double dt;
    do {
        aigov_batch_decide_many(b, (const aigov_profile *const *)ps, (size_t)n, kv);
        if (!total)
            for (long i = 0; i < n; i++) matches += kv[i].applies + kv[i].applies_from;
        total += n;
    } while (total < want && (dt = now() - t0) < 5);
    dt = now() - t0;
    free(kv);
    emit(name, "decide_indexed", (double)total / dt, "profiles/s", total, matches);
    long matches1 = 0, total1 = 0;
    t0 = now();
    double dt1;
    do {
        for (long i = 0; i < n; i++) {
            aigov_batch_decide(b, ps[i], &k);
            if (total1 < n) matches1 += k.applies + k.applies_from;
            total1++;
        }
    } while (total1 < want && (dt1 = now() - t0) < 5);
    dt1 = now() - t0;
    emit(name, "decide_single", (double)total1 / dt1, "profiles/s", total1, matches1);
    /* Conditions evaluated: candidate triggers, and candidate provisions of the
     * instruments reached. */
    long ncand = 0;
    for (long i = 0; i < n; i++) {
        aigov_batch_decide(b, ps[i], &k);
        for (int j = 0; j < x->ntrig; j++) ncand += ag_worker_is_cand(b->w, j);
        for (int r = 0; r < b->w->ninsts; r++) {
            int in = (int)(b->w->insts[r].in - c->instruments);
            for (int j = x->prov0[in]; j < x->prov0[in + 1]; j++) ncand += ag_worker_is_cand(b->w, x->ntrig + j);
        }
    }
    emit(name, "candidates", (double)ncand / (double)n, "conditions/profile", n, x->ncond);
    long first = 0;
    for (long i = 0; i < n && i < 1000; i++) {
        aigov_batch_decide(b, ps[i], &k);
        first += k.applies + k.applies_from;
    }
    emit(name, "matches_first_1000", (double)first, "matches", n < 1000 ? n : 1000, first);
    emit(name, "decide_one", dt / (double)total * 1e6, "us/profile", total, matches);

    if (getenv("BENCH_ONLY_DECIDE")) return 0; /* for profiling the decide path alone */
    /* The same compiled engine with every condition a candidate: what the index saves. */
    b->w->no_index = true;
    matches = 0;
    total = 0;
    t0 = now();
    do {
        for (long i = 0; i < n && !((i & 63) == 63 && now() - t0 > 3); i++) {
            aigov_batch_decide(b, ps[i], &k);
            if (total < n) matches += k.applies + k.applies_from;
            total++;
        }
    } while (total < want / 4 && now() - t0 < 3);
    dt = now() - t0;
    emit(name, "decide_compiled_unindexed", (double)total / dt, "profiles/s", total, matches);
    b->w->no_index = false;

    /* The reference: aigov_check, building the full result (what `check` renders). */
    matches = 0;
    total = 0;
    t0 = now();
    do {
        for (long i = 0; i < n && total < want / 4 && !((i & 63) == 63 && now() - t0 > 3); i++) {
            aigov_result *r = NULL;
            if (aigov_check(c, ps[i], &co, &r, &d) != AIGOV_OK) return 2;
            aigov_result_counts_get(r, &k);
            if (total < n) matches += k.applies + k.applies_from;
            aigov_result_free(r);
            total++;
        }
    } while (total < want / 4 && now() - t0 < 3);
    dt = now() - t0;
    emit(name, "check_reference", (double)total / dt, "profiles/s", total, matches);

    /* Decide + render, on the profiles in memory: rendering is the difference. */
    aigov_buf rb = {0};
    t0 = now();
    for (long i = 0; i < n; i++) {
        rb.len = 0;
        if (!ag_batch_render(b, ps[i], i + 1, &rb)) return 2;
    }
    double t_dr = (now() - t0) / (double)n;
    t0 = now();
    for (long i = 0; i < n; i++) aigov_batch_decide(b, ps[i], &k);
    double t_d = (now() - t0) / (double)n;
    emit(name, "render", (t_dr - t_d) * 1e6, "us/profile", n, 0);
    free(rb.data);
    /* Parsing as a batch does it: parse, use, free. */
    t0 = now();
    for (long i = 0; i < n; i++) {
        aigov_profile *p = NULL;
        if (aigov_profile_parse(c, "bench", ls[i].s, ls[i].n, NULL, &p, &d) != AIGOV_OK) return 2;
        aigov_profile_free(p);
    }
    emit(name, "parse_free", (now() - t0) / (double)n * 1e6, "us/profile", n, 0);
    /* Of which yajl's events alone, with no callback (the tokenizer and grammar the
     * reader stands on; the rest is the reader's schema work, region expansion and the
     * named sets profile.c resolves for every profile). */
    static const yajl_callbacks none;
    t0 = now();
    for (long i = 0; i < n; i++) {
        yajl_handle h = yajl_alloc(&none, NULL, NULL);
        if (!h || yajl_parse(h, (const unsigned char *)ls[i].s, ls[i].n) != yajl_status_ok ||
            yajl_complete_parse(h) != yajl_status_ok) return 2;
        yajl_free(h);
    }
    emit(name, "parse_events", (now() - t0) / (double)n * 1e6, "us/profile", n, 0);
    /* For comparison, jansson's tree of the same lines: what the reader before the stream
     * reader built before its walk. */
    t0 = now();
    for (long i = 0; i < n; i++) {
        json_error_t je;
        json_t *j = json_loadb(ls[i].s, ls[i].n, JSON_REJECT_DUPLICATES, &je);
        json_decref(j);
    }
    emit(name, "parse_jansson", (now() - t0) / (double)n * 1e6, "us/profile", n, 0);

    /* A whole batch line: parse + decide + render. */
    aigov_buf out = {0};
    t0 = now();
    size_t bytes = 0;
    for (long i = 0; i < n; i++) {
        out.len = 0;
        if (aigov_batch_line(b, "bench", i + 1, ls[i].s, ls[i].n, &out, &d) != AIGOV_OK) return 2;
        bytes += out.len;
    }
    double t_line = (now() - t0) / (double)n;
    emit(name, "batch_line", t_line * 1e6, "us/profile", n, (long)(bytes / (size_t)n));

    const char *rules = opt(argc, argv, "--rules", NULL), *peer = opt(argc, argv, "--peer-profiles", NULL);
    if (rules && peer) ceiling(name, rules, peer, n);

    free(out.data);
    for (long i = 0; i < n; i++) { aigov_profile_free(ps[i]); free(ls[i].s); }
    free(ps);
    free(ls);
    aigov_batch_free(b);
    aigov_index_free(x);
    aigov_corpus_free(c);
    aigov_diags_free(&d);
    return 0;
}
