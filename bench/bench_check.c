/* bench_check.c — measures one `check` of one profile against the built-in corpus,
 * in-process: load once, parse the profile once, then time aigov_check (and, apart,
 * rendering to JSON) over many iterations. Prints what it measured, the unit and the
 * machine. Usage: bench_check [PROFILE] [ITERATIONS] */
#include <aigov/aigov.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    if (b) { b[n] = 0; *len = (size_t)n; }
    return b;
}

static void machine(void) {
    struct utsname u;
    uname(&u);
    char model[256] = "unknown cpu";
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    while (f && fgets(line, sizeof line, f))
        if (!strncmp(line, "model name", 10)) {
            char *c = strchr(line, ':');
            if (c) { snprintf(model, sizeof model, "%s", c + 2); model[strcspn(model, "\n")] = 0; }
            break;
        }
    if (f) fclose(f);
    printf("machine: %s %s, %s\n", u.sysname, u.machine, model);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "examples/cv-screener-us-to-eu.json";
    long iters = argc > 2 ? atol(argv[2]) : 20000;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    double t0 = now();
    if (aigov_corpus_load_builtin(&c, &d) != AIGOV_OK) { fprintf(stderr, "corpus failed to load\n"); return 2; }
    double t_load = now() - t0;
    size_t len;
    char *json = slurp(path, &len);
    if (!json) { fprintf(stderr, "%s: cannot read\n", path); return 2; }
    aigov_profile *p = NULL;
    t0 = now();
    if (aigov_profile_parse(c, path, json, len, NULL, &p, &d) != AIGOV_OK) { fprintf(stderr, "profile failed to parse\n"); return 2; }
    double t_parse = now() - t0;
    aigov_check_opts o = {NULL, false};
    /* warm up */
    for (int i = 0; i < 100; i++) { aigov_result *r; aigov_check(c, p, &o, &r, &d); aigov_result_free(r); }
    t0 = now();
    for (long i = 0; i < iters; i++) {
        aigov_result *r;
        aigov_check(c, p, &o, &r, &d);
        aigov_result_free(r);
    }
    double t_check = (now() - t0) / (double)iters;
    long riters = iters / 10 > 0 ? iters / 10 : 1;
    aigov_result *r;
    aigov_check(c, p, &o, &r, &d);
    t0 = now();
    for (long i = 0; i < riters; i++) free(aigov_result_render(r, "json"));
    double t_render = (now() - t0) / (double)riters;
    aigov_result_free(r);
    aigov_corpus_stats st;
    aigov_corpus_stats_get(c, &st);
    machine();
    printf("corpus: built-in, %d instruments, %d provisions\n", st.instruments, st.provisions);
    printf("%-44s %12s %s\n", "measure", "value", "unit");
    printf("%-44s %12.1f %s\n", "corpus load (built-in, once)", t_load * 1e3, "ms");
    printf("%-44s %12.1f %s\n", "profile parse (once)", t_parse * 1e6, "us");
    printf("%-44s %12.2f %s  (mean of %ld)\n", "check one profile (decide + explain records)", t_check * 1e6, "us", iters);
    printf("%-44s %12.2f %s  (mean of %ld)\n", "render the result as JSON", t_render * 1e6, "us", riters);
    aigov_profile_free(p);
    aigov_corpus_free(c);
    aigov_diags_free(&d);
    free(json);
    return 0;
}
