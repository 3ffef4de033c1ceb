/* bench_conflicts.c — the regime-complex analyses at scale (docs/analysis.md, "Measures").
 *
 * 1. Writes a synthetic corpus of 10,000 provisions as a corpus directory (YAML) under DIR:
 *    40 countries and 3 groups, 200 instruments of 50 provisions from 100 issuers, 300
 *    actions (4 of them activities), 60 purposes, 8 roles; provisions are obligations (55%),
 *    prohibitions (12%), recommendations (28%) and permissions (the real corpus: 52% of its
 *    provisions are obligations), each with 1-2 addressees, an
 *    activity as occasion (obligations, half the time) and 1-2 required actions drawn
 *    Zipf-like (a few actions — manage risk, keep logs — are common, most are rare), and a
 *    condition over purposes, a compute threshold, a kind of provider, a user count, a
 *    date, research use and where outputs are used; instruments have territorial scope
 *    triggers (one country, a group, or outputs used there) and a research exemption.
 * 2. Loads it and times the search alone (ag_find_pairs), `aigov conflicts` in-process
 *    (aigov_conflicts, JSON, the function the command calls), then the real command
 *    (`AIGOV conflicts --corpus DIR`, text and JSON) as a process.
 * 3. Times `aigov gaps` and `aigov map` on the built-in (real) corpus, in-process.
 * Prints what it measured, the unit and the machine.
 *
 * Usage: bench_conflicts DIR [AIGOV] [PROVISIONS]   (PROVISIONS default 10000) */
#include "analysis/analysis.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static uint64_t rng = 0x2545f4914f6cdd1dull;
static uint32_t rnd(uint32_t n) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return (uint32_t)(rng % n);
}
/* Zipf-like over [0, n): small indices are common. With n = 296 actions the most common is
 * drawn 5.8% of the time, against 3.6% for the real corpus's most required action. */
static uint32_t zipf(uint32_t n) {
    double u = (double)(rnd(1u << 30) + 1) / (double)(1u << 30);
    uint32_t k = (uint32_t)((double)n * u * u);
    return k < n ? k : n - 1;
}

enum { NCOUNTRIES = 40, NGROUPS = 3, NACTIONS = 300, NACTIVITIES = 4, NPURPOSES = 60, NISSUERS = 100, PER_INSTRUMENT = 50 };
static const char *const ROLES[] = {"provider", "deployer", "importer", "distributor", "controller", "processor", "developer", "licensee"};
static const char *const KINDS[] = {"private", "public_authority", "natural_person"};
static const char *const TOPICS[] = {"privacy", "bias", "safety", "security", "transparency", "accountability", "labour", "systemic_risk"};
static const char *const LAYERS[] = {"development", "deployment", "infrastructure"};

static FILE *open_in(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) fprintf(stderr, "bench_conflicts: cannot write %s: %s\n", path, strerror(errno));
    return f;
}

static void country(char *out, int i) { snprintf(out, 3, "%c%c", 'A' + i / 26, 'A' + i % 26); }

/* Writes the corpus; returns the number of provisions written, or -1. */
static int generate(const char *dir, int nprov) {
    char sub[4096];
    snprintf(sub, sizeof sub, "%s/instruments", dir);
    if ((mkdir(dir, 0755) && errno != EEXIST) || (mkdir(sub, 0755) && errno != EEXIST)) {
        fprintf(stderr, "bench_conflicts: cannot create %s: %s\n", sub, strerror(errno));
        return -1;
    }
    FILE *f = open_in(dir, "vocabulary.yaml");
    if (!f) return -1;
    fprintf(f, "purposes: [");
    for (int i = 0; i < NPURPOSES; i++) fprintf(f, "%spurpose_%d", i ? ", " : "", i);
    fprintf(f, "]\nactions:\n");
    static const char *const ACT[] = {"place_on_market", "put_into_service", "use", "make_available"};
    for (int i = 0; i < NACTIVITIES; i++) fprintf(f, "  - {id: %s, activity: true}\n", ACT[i]);
    for (int i = 0; i < NACTIONS - NACTIVITIES; i++) fprintf(f, "  - action_%d\n", i);
    fprintf(f, "roles: [");
    for (size_t i = 0; i < AG_ARRAY_LEN(ROLES); i++) fprintf(f, "%s%s", i ? ", " : "", ROLES[i]);
    fprintf(f, "]\ntopics: [");
    for (size_t i = 0; i < AG_ARRAY_LEN(TOPICS); i++) fprintf(f, "%s%s", i ? ", " : "", TOPICS[i]);
    fprintf(f, "]\nentity_kinds: [private, public_authority, natural_person]\n");
    fclose(f);

    if (!(f = open_in(dir, "schema.yaml"))) return -1;
    fprintf(f, "fields:\n"
               "  - {path: role, type: terms, vocabulary: roles, doc: roles}\n"
               "  - {path: markets, type: regions, doc: markets}\n"
               "  - {path: outputs_used_in, type: regions, doc: where outputs are used}\n"
               "  - {path: purposes, type: terms, vocabulary: purposes, doc: purposes}\n"
               "  - {path: provider.kind, type: term, vocabulary: entity_kinds, doc: kind of provider}\n"
               "  - {path: model.training_compute_flop, type: number, min: 0, doc: training compute}\n"
               "  - {path: users.monthly_active, type: number, min: 0, doc: monthly active users}\n"
               "  - {path: research_only, type: bool, doc: research only}\n"
               "  - {path: placed_on_market, type: date, doc: placed on the market}\n");
    fclose(f);

    if (!(f = open_in(dir, "regions.yaml"))) return -1;
    fprintf(f, "regions:\n");
    for (int i = 0; i < NCOUNTRIES; i++) { char c[3]; country(c, i); fprintf(f, "  - {code: %s, name: Country %s}\n", c, c); }
    fprintf(f, "groups:\n");
    for (int g = 0; g < NGROUPS; g++) {
        fprintf(f, "  - code: G%d\n    name: Group %d\n    set: GROUP_%d_MEMBERS\n    members:\n", g, g, g);
        for (int i = g * 10; i < g * 10 + 15 && i < NCOUNTRIES; i++) { char c[3]; country(c, i); fprintf(f, "      - {code: %s, from: 1990-01-01}\n", c); }
    }
    fclose(f);

    if (!(f = open_in(dir, "actors.yaml"))) return -1;
    fprintf(f, "actors:\n");
    for (int i = 0; i < NISSUERS; i++) {
        char c[3];
        country(c, i % NCOUNTRIES);
        fprintf(f, "  - {id: issuer-%d, name: Issuer %d, kind: %s, jurisdiction: %s, citations: [\"https://example.org/issuer-%d\"]}\n", i, i,
                i % 4 == 0 ? "igo" : i % 4 == 1 ? "sdo" : "agency", c, i);
    }
    fclose(f);
    if (!(f = open_in(dir, "delegations.yaml"))) return -1;
    fprintf(f, "delegations: []\n");
    fclose(f);

    int written = 0;
    for (int n = 0; written < nprov; n++) {
        char name[64];
        snprintf(name, sizeof name, "instruments/inst-%d.yaml", n);
        if (!(f = open_in(dir, name))) return -1;
        char j[3];
        country(j, (int)rnd(NCOUNTRIES));
        bool binding = rnd(3) == 0;
        int t1 = (int)rnd(8), t2 = (t1 + 1 + (int)rnd(7)) % 8, l1 = (int)rnd(2); /* distinct topics and layers */
        fprintf(f, "id: inst-%d\ntitle: Synthetic instrument %d\nissuer: [issuer-%d]\njurisdiction: %s\n"
                   "modality: %s\nform: %s\nbinding: %s\nlayers: [%s, %s]\ntopics: [%s, %s]\n"
                   "adopted: 2020-01-01\nin_force: 2021-01-01\ntext_version: synthetic\ncitations: [\"https://example.org/inst-%d\"]\n",
                n, n, (int)rnd(NISSUERS), j, binding ? "domestic_law" : "standard", binding ? "special_law" : "standard",
                binding ? "binding" : "voluntary", LAYERS[l1], LAYERS[2], TOPICS[t1], TOPICS[t2], n);
        fprintf(f, "scope:\n");
        int g = (int)rnd(NGROUPS);
        switch (rnd(3)) {
        case 0: fprintf(f, "  - {trigger: on the market, article: Art. 1(a), when: 'sets.intersects(system.markets, [\"%s\"])'}\n", j); break;
        case 1: fprintf(f, "  - {trigger: on the group's market, article: Art. 1(a), when: 'sets.intersects(system.markets, GROUP_%d_MEMBERS)'}\n", g); break;
        default:
            fprintf(f, "  - {trigger: on the market, article: Art. 1(a), when: 'sets.intersects(system.markets, [\"%s\"])'}\n", j);
            fprintf(f, "  - {trigger: output used there, article: Art. 1(b), when: 'sets.intersects(system.outputs_used_in, [\"%s\"])'}\n", j);
        }
        fprintf(f, "exemptions:\n  - {id: research, name: research only, article: Art. 2, when: system.research_only}\nprovisions:\n");
        for (int k = 0; k < PER_INSTRUMENT && written < nprov; k++, written++) {
            uint32_t r = rnd(100);
            const char *kind = r < 55 ? "obligation" : r < 67 ? "prohibition" : r < 95 ? "recommendation" : "permission";
            bool pro = r >= 55 && r < 67;
            int a1 = (int)rnd(AG_ARRAY_LEN(ROLES)), a2 = (int)rnd(AG_ARRAY_LEN(ROLES));
            bool two = a1 != a2 && rnd(2);
            fprintf(f, "  - id: p%d\n    article: Art. %d\n    kind: %s\n    addressee: [%s%s%s]\n    actions: [", k, k + 3, kind,
                    ROLES[a1], two ? ", " : "", two ? ROLES[a2] : "");
            /* Prohibitions forbid an activity (most) or a specific action; obligations name an
             * activity as occasion half the time and require 1-2 actions. */
            int na = 0;
            if (pro) {
                if (rnd(3)) fprintf(f, "%s", ACT[rnd(NACTIVITIES)]), na++;
                if (!na || rnd(4) == 0) fprintf(f, "%saction_%u", na ? ", " : "", zipf(NACTIONS - NACTIVITIES)), na++;
            } else {
                if (rnd(2)) fprintf(f, "%s", ACT[rnd(NACTIVITIES)]), na++;
                uint32_t x = zipf(NACTIONS - NACTIVITIES), y = zipf(NACTIONS - NACTIVITIES);
                fprintf(f, "%saction_%u", na ? ", " : "", x);
                if (y != x && rnd(2)) fprintf(f, ", action_%u", y);
            }
            fprintf(f, "]\n    summary: Synthetic provision %d of instrument %d.\n    when: '", k, n);
            /* Condition: a purpose, and some of: threshold, provider kind, users, date, outputs. */
            if (rnd(4)) fprintf(f, "\"purpose_%u\" in system.purposes", zipf(NPURPOSES));
            else fprintf(f, "sets.intersects(system.purposes, [\"purpose_%u\", \"purpose_%u\"])", zipf(NPURPOSES), zipf(NPURPOSES));
            if (rnd(3) == 0) fprintf(f, " && system.model.training_compute_flop %s 1e%u", rnd(4) ? ">" : "<=", 22 + rnd(5));
            if (rnd(4) == 0) fprintf(f, " && system.provider.kind == \"%s\"", KINDS[rnd(3)]);
            if (rnd(5) == 0) fprintf(f, " && system.users.monthly_active >= %u", 1000u * (1 + rnd(100000)));
            if (rnd(6) == 0) fprintf(f, " && system.placed_on_market < date(\"20%02u-01-01\")", 20 + rnd(8));
            if (rnd(8) == 0) fprintf(f, " && (sets.intersects(system.outputs_used_in, GROUP_%u_MEMBERS) || !system.research_only)", rnd(NGROUPS));
            fprintf(f, "'\n");
        }
        fclose(f);
    }
    return written;
}

static double run_process(const char *aigov, const char *dir, const char *format) {
    pid_t pid = fork();
    double t0 = now();
    if (pid == 0) {
        FILE *o = freopen("/dev/null", "w", stdout);
        (void)o;
        execl(aigov, aigov, "conflicts", "--corpus", dir, "--format", format, "--date", "2026-11-28", (char *)NULL);
        _exit(127);
    }
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) return -1;
    return now() - t0;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: bench_conflicts DIR [AIGOV] [PROVISIONS]\n"); return 2; }
    const char *dir = argv[1], *aigov = argc > 2 && argv[2][0] ? argv[2] : NULL;
    int nprov = argc > 3 ? atoi(argv[3]) : 10000;
    double t0 = now();
    int written = generate(dir, nprov);
    if (written < 0) return 2;
    double t_gen = now() - t0;

    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    t0 = now();
    if (aigov_corpus_load_dir(dir, &c, &d) != AIGOV_OK) {
        fprintf(stderr, "bench_conflicts: the generated corpus does not load: %s:%d:%d: %s\n", d.n ? d.items[0].file : "?",
                d.n ? d.items[0].line : 0, d.n ? d.items[0].col : 0, d.n ? d.items[0].message : "?");
        return 1;
    }
    double t_load = now() - t0;
    int32_t date;
    ag_date_parse("2026-11-28", 10, &date);
    t0 = now();
    ag_pairs ps;
    if (!ag_find_pairs(c, date, true, &ps)) return 1;
    double t_pairs = now() - t0;
    int nconf = 0, nimp = 0, nund = 0, nover = 0;
    for (int i = 0; i < ps.n; i++) {
        if (ps.items[i].kind == AG_PAIR_OVERLAP) nover++;
        else if (ps.items[i].sat == AG_SAT_YES) nconf++;
        else if (ps.items[i].sat == AG_SAT_NO) nimp++;
        else nund++;
    }
    aigov_analysis_opts ao = {.date = "2026-11-28"};
    aigov_status st;
    t0 = now();
    char *out = aigov_conflicts(c, &ao, "json", &d, &st);
    double t_conf = now() - t0;
    size_t outlen = out ? strlen(out) : 0;
    free(out);
    double t_proc = aigov ? run_process(aigov, dir, "json") : -1, t_text = aigov ? run_process(aigov, dir, "text") : -1;
    aigov_corpus_free(c);

    aigov_corpus *real = NULL;
    if (aigov_corpus_load_builtin(&real, &d) != AIGOV_OK) return 1;
    const int reps = 20;
    double t_gaps = 0, t_map = 0, t_rconf = 0;
    for (int r = 0; r < reps; r++) {
        t0 = now();
        char *g = aigov_gaps(real, &ao, "json", &d, &st);
        t_gaps += now() - t0;
        t0 = now();
        char *m = aigov_map(real, &ao, "json", &d, &st);
        t_map += now() - t0;
        t0 = now();
        char *k = aigov_conflicts(real, &ao, "json", &d, &st);
        t_rconf += now() - t0;
        if (!g || !m || !k) return 1;
        free(g);
        free(m);
        free(k);
    }
    aigov_corpus_free(real);
    aigov_diags_free(&d);

    struct utsname u;
    uname(&u);
    char cpu[256] = "unknown CPU";
    FILE *ci = fopen("/proc/cpuinfo", "r");
    for (char line[512]; ci && fgets(line, sizeof line, ci);)
        if (!strncmp(line, "model name", 10)) {
            char *p = strchr(line, ':');
            if (p) { snprintf(cpu, sizeof cpu, "%s", p + 2); cpu[strcspn(cpu, "\n")] = 0; }
            break;
        }
    if (ci) fclose(ci);
    printf("bench_conflicts — conflicts over a generated corpus; gaps and map over the real corpus\n");
    printf("machine: %s %s, %s, %ld cores online\n", u.sysname, u.machine, cpu, sysconf(_SC_NPROCESSORS_ONLN));
    printf("generated corpus: %d provisions in %d instruments, %d actions (%d activities), written to %s in %.2f s\n", written,
           (written + PER_INSTRUMENT - 1) / PER_INSTRUMENT, NACTIONS, NACTIVITIES, dir, t_gen);
    printf("%-62s %12s %s\n", "measure", "value", "unit");
    printf("%-62s %12.3f %s\n", "load the generated corpus (parse YAML, compile conditions)", t_load, "s");
    printf("%-62s %12.3f %s\n", "conflict and overlap search (ag_find_pairs)", t_pairs, "s");
    printf("%-62s %12d %s\n", "  prohibition/obligation pairs sharing an action and a role", ps.considered, "pairs");
    printf("%-62s %12d %s\n", "  of those refuted by necessary constraints alone", ps.pruned, "pairs");
    printf("%-62s %12d %s\n", "  pairs given to the solver (conflicts and overlaps)", ps.solved, "pairs");
    printf("%-62s %12d %s\n", "  conflicts with a confirmed witness", nconf, "pairs");
    printf("%-62s %12d %s\n", "  shown impossible by the solver", nimp, "pairs");
    printf("%-62s %12d %s\n", "  undecided or too complex", nund, "pairs");
    printf("%-62s %12d %s\n", "  overlaps with a confirmed witness", nover, "pairs");
    printf("%-62s %12.3f %s  (%zu bytes of JSON)\n", "aigov_conflicts in-process, JSON rendering included", t_conf, "s", outlen);
    if (aigov) {
        printf("%-62s %12.3f %s%s\n", "`aigov conflicts --corpus DIR` (text, the default; process, wall)", t_text, "s",
               t_text < 0 ? "  (failed)" : "");
        printf("%-62s %12.3f %s%s\n", "`aigov conflicts --corpus DIR --format json` (process, wall)", t_proc, "s",
               t_proc < 0 ? "  (failed)" : "");
    }
    printf("%-62s %12.2f %s  (mean of %d)\n", "aigov gaps on the real corpus (JSON)", t_gaps / reps * 1e3, "ms", reps);
    printf("%-62s %12.2f %s  (mean of %d)\n", "aigov map on the real corpus (JSON, with the time series)", t_map / reps * 1e3, "ms", reps);
    printf("%-62s %12.2f %s  (mean of %d)\n", "aigov conflicts on the real corpus (JSON)", t_rconf / reps * 1e3, "ms", reps);
    printf("target: conflicts over 10,000 provisions under 10 s: %s\n",
           t_conf < 10 && (!aigov || (t_proc >= 0 && t_proc < 10 && t_text >= 0 && t_text < 10)) ? "met" : "NOT met");
    ag_pairs_free(&ps);
    return 0;
}
