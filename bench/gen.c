/* gen.c — synthetic corpora and profiles for the benchmarks (bench/run.sh), with the
 * shapes of the real ones.
 *
 *   bench_gen corpus OUT --base CORPUS --provisions N [--instruments K] [--seed S]
 *       A corpus directory OUT: CORPUS's actors, delegations, regions, vocabulary and
 *       schema (symlinked), and N provisions in K instruments (default 1). With K = 1 the
 *       instrument's scope is `true` and every provision is a *rule* of the form
 *         compute >= X && market in markets && purpose in [...]
 *       (as aigov: system.model.training_compute_flop >= X &&
 *        sets.intersects(system.markets, [...]) && sets.intersects(system.purposes, [...]));
 *       OUT.rules.json (beside the directory) then holds the same rules for the peer engines (compute in units
 *       of 1e18 FLOP, which Cedar's 64-bit integers can hold). With K > 1, each
 *       instrument is reached by a territorial trigger over a few markets (or a named set
 *       such as EU_MEMBERS), has an exemption, and mixes rules with role-, bool- and
 *       date-dependent provisions, as real instruments do: 19 in 20 instruments are
 *       national (one of the base corpus's countries, uniformly), 1 in 20 international
 *       (a named set); 6 in 10 provisions are rules, 2 need a bool and a purpose, 1 a
 *       compute threshold, 1 applies to every system the instrument reaches.
 *   bench_gen profiles N --corpus DIR|builtin [--peer FILE] [--seed S] [--rich]
 *       N profiles as JSON Lines on stdout: markets (1-3 countries), purposes (1-3), a
 *       role and the training compute; --rich adds a random half of the schema's other
 *       fields (the shape of a registry filing against the real corpus). --peer writes
 *       the same profiles for the peers ({"c": compute/1e18, "m": [...], "p": [...]}).
 *
 * Deterministic for a given seed. Prints nothing else; errors go to stderr, exit 2. */
#include "corpus/corpus.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static uint64_t rng = 0x243F6A8885A308D3ull;
static uint32_t rnd(uint32_t n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return n ? (uint32_t)((rng >> 11) % n) : 0;
}

/* Markets: countries, in rough order of how often AI systems are placed there, so that
 * a skewed choice gives realistic overlaps. Purposes come from the corpus vocabulary. */
static const char *MARKETS[] = {"US", "DE", "FR", "GB", "JP", "CN", "IN", "IT", "ES", "NL", "KR", "CA", "AU",
                                "BR", "SE", "PL", "BE", "CH", "SG", "IE", "AT", "DK", "FI", "NO", "MX", "ZA",
                                "AE", "IL", "PT", "CZ", "RO", "GR", "HU", "NZ", "AR", "CL", "TR", "ID", "TH", "VN"};
#define NMARKETS ((uint32_t)(sizeof MARKETS / sizeof MARKETS[0]))

static uint32_t skewed(uint32_t n) { return rnd(2) ? rnd(n < 8 ? n : 8) : rnd(n); }

static int die(const char *msg, const char *arg) {
    fprintf(stderr, "bench_gen: error: ");
    fprintf(stderr, msg, arg);
    fputc('\n', stderr);
    return 2;
}

static const char *opt(int argc, char **argv, const char *name, const char *dflt) {
    for (int i = 0; i + 1 < argc; i++)
        if (!strcmp(argv[i], name)) return argv[i + 1];
    return dflt;
}
static bool flag(int argc, char **argv, const char *name) {
    for (int i = 0; i < argc; i++)
        if (!strcmp(argv[i], name)) return true;
    return false;
}

static aigov_corpus *load(const char *dir) {
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_corpus *c = NULL;
    aigov_status s = !strcmp(dir, "builtin") ? aigov_corpus_load_builtin(&c, &d) : aigov_corpus_load_dir(dir, &c, &d);
    if (s != AIGOV_OK) {
        for (int i = 0; i < d.n; i++) {
            char *m = aigov_diag_format(&d.items[i]);
            if (m) fputs(m, stderr);
            free(m);
        }
    }
    aigov_diags_free(&d);
    return c;
}

/* One rule: threshold a x 10^e FLOP (e >= 19), markets and purposes. */
typedef struct rule {
    int a, e;
    const char *m[4];
    int nm;
    const char *p[3];
    int np;
} rule;

static void rand_rule(const ag_vocab *purposes, rule *r) {
    r->a = 1 + (int)rnd(9);
    r->e = 21 + (int)rnd(6);
    r->nm = 1 + (int)rnd(4);
    for (int i = 0; i < r->nm; i++) r->m[i] = MARKETS[skewed(NMARKETS)];
    r->np = 1 + (int)rnd(3);
    for (int i = 0; i < r->np; i++) r->p[i] = purposes->terms[skewed((uint32_t)purposes->n)];
}

static void put_list(FILE *f, const char *const *items, int n, const char *q) {
    fputc('[', f);
    for (int i = 0; i < n; i++) fprintf(f, "%s%s%s%s", i ? ", " : "", q, items[i], q);
    fputc(']', f);
}

static void rule_cond(FILE *f, const rule *r) {
    fprintf(f, "system.model.training_compute_flop >= %de%d && sets.intersects(system.markets, ", r->a, r->e);
    put_list(f, r->m, r->nm, "\"");
    fputs(") && sets.intersects(system.purposes, ", f);
    put_list(f, r->p, r->np, "\"");
    fputc(')', f);
}

static int gen_corpus(int argc, char **argv) {
    if (argc < 3) return die("usage: bench_gen corpus OUT --base CORPUS --provisions N [--instruments K]%s", "");
    const char *out = argv[2], *base = opt(argc, argv, "--base", "corpus");
    long n = atol(opt(argc, argv, "--provisions", "200")), k = atol(opt(argc, argv, "--instruments", "1"));
    rng ^= (uint64_t)atoll(opt(argc, argv, "--seed", "1")) * 0x9E3779B97F4A7C15ull;
    if (n < 1 || k < 1 || k > n) return die("--provisions and --instruments must be >= 1 with K <= N%s", "");
    aigov_corpus *c = load(base);
    if (!c) return die("cannot load the base corpus %s", base);
    int pv = ag_corpus_vocab(c, "purposes");
    if (pv < 0) return die("the base corpus has no purposes vocabulary%s", "");
    const ag_vocab *purposes = &c->vocabs[pv];
    char path[4096], abs[4096];
    if (mkdir(out, 0755) && errno != EEXIST) return die("cannot create %s", out);
    snprintf(path, sizeof path, "%s/instruments", out);
    if (mkdir(path, 0755) && errno != EEXIST) return die("cannot create %s", path);
    if (!realpath(base, abs)) return die("cannot resolve %s", base);
    static const char *KEEP[] = {"actors.yaml", "actors", "delegations.yaml", "delegations", "regions.yaml",
                                 "regions", "vocabulary.yaml", "vocabulary", "schema.yaml", "schema"};
    for (size_t i = 0; i < sizeof KEEP / sizeof KEEP[0]; i++) {
        char from[8300], to[4200];
        snprintf(from, sizeof from, "%s/%s", abs, KEEP[i]);
        snprintf(to, sizeof to, "%s/%s", out, KEEP[i]);
        unlink(to);
        if (access(from, F_OK) == 0 && symlink(from, to)) return die("cannot link %s", to);
    }
    snprintf(path, sizeof path, "%s.rules.json", out);
    FILE *rules = fopen(path, "w");
    if (!rules) return die("cannot write %s", path);
    fputs("[\n", rules);
    static const char *NAMED[] = {"EU_MEMBERS", "OECD_MEMBERS", "G7_MEMBERS"};
    static const char *ROLES[] = {"[provider]", "[deployer]", "[provider, deployer]"};
    static const char *BOOLS[] = {"system.model.general_purpose", "system.interacts_with_natural_persons",
                                  "system.generates_synthetic_content"};
    const char **countries = calloc((size_t)c->nregions + 1, sizeof *countries);
    int ncountries = 0;
    for (int r = 0; countries && r < c->nregions; r++)
        if (!c->regions[r].group && c->regions[r].parent < 0 && strlen(c->regions[r].code) == 2)
            countries[ncountries++] = c->regions[r].code;
    if (!ncountries) return die("the base corpus has no countries%s", "");
    long made = 0;
    for (long i = 0; i < k; i++) {
        snprintf(path, sizeof path, "%s/instruments/synthetic-%ld.yaml", out, i);
        FILE *f = fopen(path, "w");
        if (!f) return die("cannot write %s", path);
        fprintf(f, "id: synthetic-%ld\ntitle: Synthetic instrument %ld\nissuer: [eu-parliament]\njurisdiction: EU\n"
                   "modality: domestic_law\nform: special_law\nbinding: binding\nlayers: [deployment]\n"
                   "in_force: 2024-08-01\ntext_version: \"synthetic\"\ncitations: [\"https://example.org/s/%ld\"]\nscope:\n",
                i, i, i);
        if (k == 1) fputs("  - trigger: everywhere\n    article: Art. 1\n    when: 'true'\n", f);
        else {
            /* Most instruments are national laws (one country, any of the corpus's
             * countries); one in twenty is international (a named set of members). */
            fputs("  - trigger: placed on the market\n    article: Art. 2\n    when: 'sets.intersects(system.markets, ", f);
            if (rnd(20) == 0) fputs(NAMED[rnd(3)], f);
            else fprintf(f, "[\"%s\"]", countries[rnd((uint32_t)ncountries)]);
            fputs(")'\nexemptions:\n  - id: research\n    name: research only\n    article: Art. 3\n"
                  "    when: '\"scientific_research\" in system.purposes'\n", f);
        }
        fputs("provisions:\n", f);
        long per = n / k + (i < n % k);
        for (long j = 0; j < per; j++, made++) {
            rule r;
            rand_rule(purposes, &r);
            uint32_t shape = k == 1 ? 0 : rnd(10);
            fprintf(f, "  - id: p%ld\n    article: Art. %ld\n    kind: %s\n    addressee: %s\n    actions: [use]\n"
                       "    summary: Synthetic provision %ld.\n    when: '",
                    j, 10 + j, rnd(20) ? "obligation" : "prohibition", k == 1 ? "[provider]" : ROLES[rnd(3)], j);
            if (shape < 6) rule_cond(f, &r);
            else if (shape < 8) {
                fprintf(f, "%s && sets.intersects(system.purposes, ", BOOLS[rnd(3)]);
                put_list(f, r.p, r.np, "\"");
                fputc(')', f);
            } else if (shape < 9) fprintf(f, "system.model.training_compute_flop > %de%d", r.a, r.e);
            else fputs("true", f);
            fputs("'\n", f);
            if (k > 1 && rnd(4) == 0) fprintf(f, "    applies_from: 202%d-0%d-01\n", 5 + (int)rnd(4), 1 + (int)rnd(9));
            if (k == 1) {
                fprintf(rules, "%s{\"id\": \"p%ld\", \"c\": %d", made ? ",\n" : "", j, r.a);
                for (int z = 18; z < r.e; z++) fputc('0', rules);
                fputs(", \"m\": ", rules);
                put_list(rules, r.m, r.nm, "\"");
                fputs(", \"p\": ", rules);
                put_list(rules, r.p, r.np, "\"");
                fputc('}', rules);
            }
        }
        if (fclose(f)) return die("cannot write %s", path);
    }
    free(countries);
    fputs("\n]\n", rules);
    if (fclose(rules)) return die("cannot write rules.json%s", "");
    aigov_corpus_free(c);
    return 0;
}

static void put_json_str(FILE *f, const char *s) { fprintf(f, "\"%s\"", s); } /* terms are plain */

static int gen_profiles(int argc, char **argv) {
    if (argc < 3) return die("usage: bench_gen profiles N --corpus DIR|builtin [--peer FILE] [--rich]%s", "");
    long n = atol(argv[2]);
    const char *cdir = opt(argc, argv, "--corpus", "builtin"), *peer_path = opt(argc, argv, "--peer", NULL);
    bool rich = flag(argc, argv, "--rich");
    rng ^= (uint64_t)atoll(opt(argc, argv, "--seed", "2")) * 0xD1B54A32D192ED03ull;
    aigov_corpus *c = load(cdir);
    if (!c) return die("cannot load the corpus %s", cdir);
    int pv = ag_corpus_vocab(c, "purposes");
    if (pv < 0) return die("the corpus has no purposes vocabulary%s", "");
    const ag_vocab *purposes = &c->vocabs[pv];
    FILE *peer = peer_path ? fopen(peer_path, "w") : NULL;
    if (peer_path && !peer) return die("cannot write %s", peer_path);
    static char obuf[1 << 16];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
    for (long i = 0; i < n; i++) {
        const char *m[3], *p[3];
        int nm = 1 + (int)rnd(3), np = 1 + (int)rnd(3);
        for (int j = 0; j < nm; j++) m[j] = MARKETS[skewed(NMARKETS)];
        for (int j = 0; j < np; j++) p[j] = purposes->terms[skewed((uint32_t)purposes->n)];
        /* Compute: k x 1e18 FLOP, log-uniform over 1e20 .. 1e27. */
        int e = 2 + (int)rnd(8);
        long k = 1 + (long)rnd(9);
        for (int z = 0; z < e; z++) k *= 10;
        k += (long)rnd(10);
        printf("{\"id\": \"sys-%ld\", \"role\": \"provider\", \"markets\": ", i);
        put_list(stdout, m, nm, "\"");
        fputs(", \"purposes\": ", stdout);
        put_list(stdout, p, np, "\"");
        printf(", \"model\": {\"training_compute_flop\": %lde18", k);
        if (rich) {
            for (int f = 0; f < c->nfields; f++) {
                const ag_field *fd = &c->fields[f];
                if (strncmp(fd->path, "model.", 6) || rnd(2)) continue;
                if (!strcmp(fd->path, "model.training_compute_flop")) continue;
                if (fd->type == AG_F_BOOL) printf(", \"%s\": %s", fd->path + 6, rnd(2) ? "true" : "false");
                else if (fd->type == AG_F_TERM) { printf(", \"%s\": ", fd->path + 6); put_json_str(stdout, c->vocabs[fd->vocab].terms[rnd((uint32_t)c->vocabs[fd->vocab].n)]); }
            }
        }
        fputc('}', stdout);
        if (rich) {
            for (int f = 0; f < c->nfields; f++) {
                const ag_field *fd = &c->fields[f];
                if (strchr(fd->path, '.') || rnd(2)) continue;
                if (fd->type == AG_F_BOOL) printf(", \"%s\": %s", fd->path, rnd(3) ? "false" : "true");
                else if (fd->type == AG_F_TERM) { printf(", \"%s\": ", fd->path); put_json_str(stdout, c->vocabs[fd->vocab].terms[rnd((uint32_t)c->vocabs[fd->vocab].n)]); }
            }
        }
        fputs("}\n", stdout);
        if (peer) {
            fprintf(peer, "{\"c\": %ld, \"m\": ", k);
            put_list(peer, m, nm, "\"");
            fputs(", \"p\": ", peer);
            put_list(peer, p, np, "\"");
            fputs("}\n", peer);
        }
    }
    if (peer && fclose(peer)) return die("cannot write %s", peer_path);
    aigov_corpus_free(c);
    return fflush(stdout) ? die("cannot write stdout%s", "") : 0;
}

int main(int argc, char **argv) {
    if (argc >= 2 && !strcmp(argv[1], "corpus")) return gen_corpus(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "profiles")) return gen_profiles(argc, argv);
    return die("usage: bench_gen corpus OUT ... | bench_gen profiles N ...%s", "");
}
