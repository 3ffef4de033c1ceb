/* main.c — the `aigov` command: the commands that read a profile or the corpus and print
 * what the library renders, the helpers every command shares (reading files, loading the
 * corpus, printing), and main. The command line itself (options, help, completion) is
 * args.c over the table of commands.c. Uses only the public header. Output is written only once complete, so a failing command
 * never leaves half a report on stdout. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

void usage_error(const char *fmt, const char *arg) {
    fputs("aigov: error: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\n(try 'aigov help')\n", stderr);
}

void print_diags(const aigov_diags *d) {
    for (int i = 0; i < d->n; i++) {
        char *s = aigov_diag_format(&d->items[i]);
        if (s) fputs(s, stderr);
        free(s);
    }
    if (d->dropped) fprintf(stderr, "aigov: %d more error%s not shown\n", d->dropped, d->dropped == 1 ? "" : "s");
}

bool read_all(const char *path, char **out, size_t *len) {
    aigov_diags d;
    aigov_diags_init(&d, 4);
    aigov_status st = aigov_read_file(path, out, len, &d);
    print_diags(&d);
    aigov_diags_free(&d);
    if (st == AIGOV_NOMEM) fprintf(stderr, "aigov: out of memory reading %s\n", path);
    return st == AIGOV_OK;
}

aigov_corpus *load_corpus(const opts *o) {
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    char *ov = NULL;
    size_t ovlen = 0;
    if (o->overlay && !read_all(o->overlay, &ov, &ovlen)) { aigov_diags_free(&d); return NULL; }
    aigov_status s = o->overlay ? aigov_corpus_load_with_overlay(o->corpus, o->overlay, ov, ovlen, &c, &d)
                   : o->corpus ? aigov_corpus_load_dir(o->corpus, &c, &d) : aigov_corpus_load_builtin(&c, &d);
    free(ov);
    if (s != AIGOV_OK) {
        print_diags(&d);
        fprintf(stderr, "aigov: the corpus%s%s has errors (%s)\n", o->corpus ? " " : "", o->corpus ? o->corpus : "", aigov_strerror(s));
    }
    aigov_diags_free(&d);
    return c;
}

aigov_profile *load_profile(const aigov_corpus *c, const char *path, const char *date) {
    char *buf;
    size_t len;
    if (!read_all(path, &buf, &len)) return NULL;
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_profile *p = NULL;
    if (aigov_profile_parse(c, strcmp(path, "-") ? path : "<stdin>", buf, len, date, &p, &d) != AIGOV_OK) print_diags(&d);
    aigov_diags_free(&d);
    free(buf);
    return p;
}

int emit(char *s) {
    if (!s) { fputs("aigov: error: out of memory\n", stderr); return EXIT_BAD; }
    fputs(s, stdout);
    free(s);
    if (fflush(stdout) != 0) { perror("aigov: stdout"); return EXIT_BAD; }
    return 0;
}

int check_batch(const opts *o); /* cmd_batch.c */

/* --fail-on WHAT (docs/check-json.md, "Exit codes"): banned = a prohibited practice
 * applies (the system itself is banned); prohibited = any prohibition or prohibited
 * practice applies (conduct rules included); binding = a binding provision applies;
 * unknown = a binding provision is undecided. */
bool check_fail_on(const char *what) {
    static const char *const OK[] = {"banned", "prohibited", "binding", "unknown"};
    for (size_t i = 0; i < sizeof OK / sizeof OK[0]; i++)
        if (!strcmp(what, OK[i])) return true;
    usage_error("unknown --fail-on '%s'; expected banned, prohibited, binding or unknown", what);
    return false;
}

bool fails_on(const char *what, const aigov_result *r) {
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    if (!strcmp(what, "banned")) return n.banned > 0;
    if (!strcmp(what, "prohibited")) return n.prohibited > 0;
    if (!strcmp(what, "binding")) return n.binding_applies > 0;
    /* Undecided: unknown, or listed without a stated role (its addressee unconfirmed). */
    return aigov_result_undecided_binding(r) > 0;
}

int cmd_check(const opts *o) {
    if (o->batch) return check_batch(o);
    if (o->nargs < 1) { usage_error("check needs at least one PROFILE%s", ""); return EXIT_BAD; }
    const char *fmt = format_of(o);
    if (o->fail_on && !check_fail_on(o->fail_on)) return EXIT_BAD;
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_profile *ps[64] = {0};
    aigov_result *rs[64] = {0};
    int rc = 0;
    for (int i = 0; i < o->nargs && !rc; i++)
        if (!(ps[i] = load_profile(c, o->args[i], o->date))) rc = EXIT_BAD;
    aigov_check_opts co = {o->role, o->all};
    for (int i = 0; i < o->nargs && !rc; i++) {
        aigov_diags d;
        aigov_diags_init(&d, 100);
        if (aigov_check(c, ps[i], &co, &rs[i], &d) != AIGOV_OK) { print_diags(&d); rc = EXIT_BAD; }
        aigov_diags_free(&d);
    }
    if (!rc) {
        aigov_render_opts ro = {o->all, o->voluntary, o->binding_only, o->legitimacy};
        rc = emit(aigov_results_render_opts(rs, o->nargs, fmt, &ro));
        for (int i = 0; i < o->nargs && !rc && o->fail_on; i++) {
            if (fails_on(o->fail_on, rs[i])) rc = EXIT_FINDINGS;
        }
    }
    for (int i = 0; i < o->nargs; i++) { aigov_result_free(rs[i]); aigov_profile_free(ps[i]); }
    aigov_corpus_free(c);
    return rc;
}

int cmd_explain(const opts *o) {
    if (o->nargs != 2) { usage_error("explain needs PROVISION and PROFILE%s", ""); return EXIT_BAD; }
    const char *fmt = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_profile *p = load_profile(c, o->args[1], o->date);
    int rc = EXIT_BAD;
    if (p) {
        aigov_diags d;
        aigov_diags_init(&d, 10);
        char *s = aigov_explain(c, p, o->args[0], fmt, &d);
        if (s) rc = emit(s);
        else print_diags(&d);
        aigov_diags_free(&d);
    }
    aigov_profile_free(p);
    aigov_corpus_free(c);
    return rc;
}

int cmd_eval(const opts *o) {
    if (o->nargs != 1) { usage_error("eval needs exactly one EXPR (quote it)%s", ""); return EXIT_BAD; }
    const char *fmt = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_profile *p = NULL;
    int rc = EXIT_BAD;
    if (!o->profile || (p = load_profile(c, o->profile, o->date))) {
        aigov_diags d;
        aigov_diags_init(&d, 10);
        aigov_status st;
        char *s = aigov_eval(c, p, o->args[0], fmt, &d, &st);
        if (s) rc = emit(s);
        else print_diags(&d);
        aigov_diags_free(&d);
    }
    aigov_profile_free(p);
    aigov_corpus_free(c);
    return rc;
}

int cmd_validate(const opts *o) {
    if (o->nargs) { usage_error("validate takes no arguments (use --corpus DIR), found '%s'", o->args[0]); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    aigov_status s = o->corpus ? aigov_corpus_load_dir(o->corpus, &c, &d) : aigov_corpus_load_builtin(&c, &d);
    int rc = 0;
    if (s == AIGOV_OK) {
        aigov_corpus_stats st;
        aigov_corpus_stats_get(c, &st);
        printf("%s: ok — %d instruments, %d provisions, %d triggers, %d exemptions, %d amendments, %d actors, %d delegations, %d regions, %d profile fields",
               o->corpus ? o->corpus : "built-in corpus", st.instruments, st.provisions, st.triggers, st.exemptions,
               st.amendments, st.actors, st.delegations, st.regions, st.fields);
        if (st.horizon) printf("; %d on the horizon (not law)", st.horizon);
        putchar('\n');
    } else {
        print_diags(&d);
        int n = d.n + d.dropped;
        fprintf(stderr, "%d error%s\n", n, n == 1 ? "" : "s");
        rc = (s == AIGOV_INVALID || s == AIGOV_SYNTAX || s == AIGOV_LIMIT) ? EXIT_FINDINGS : EXIT_BAD;
    }
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}

/* corpus list [instruments|actors|regions], corpus show ID, corpus stats. */
static int corpus_render(const opts *o, const char *what, const char *id) {
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *s = aigov_corpus_render(c, what, id, format_of(o), &d);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}

int cmd_corpus_list(const opts *o) {
    const char *what = o->nargs ? o->args[0] : "instruments";
    if (o->nargs > 1 || (strcmp(what, "instruments") && strcmp(what, "actors") && strcmp(what, "regions"))) {
        usage_error("corpus list lists instruments, actors or regions, found '%s'", o->args[o->nargs > 1]);
        return EXIT_BAD;
    }
    return corpus_render(o, what, NULL);
}

int cmd_corpus_show(const opts *o) {
    if (o->nargs != 1) { usage_error("corpus show needs exactly one ID (instrument, INSTRUMENT/PROVISION, actor or region)%s", ""); return EXIT_BAD; }
    return corpus_render(o, "show", o->args[0]);
}

int cmd_corpus_stats(const opts *o) {
    if (o->nargs) { usage_error("corpus stats takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    return corpus_render(o, "stats", NULL);
}

int cmd_corpus_export(const opts *o) {
    if (o->nargs) { usage_error("corpus export takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_status st;
    char *s = aigov_corpus_export(c, format_of(o), &d, &st);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}

int cmd_profile(const opts *o) {
    if (!o->from_model_card || o->nargs) { usage_error("usage: aigov profile --from-model-card README.md%s", ""); return EXIT_BAD; }
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    char *buf;
    size_t len;
    int rc = EXIT_BAD;
    if (read_all(o->from_model_card, &buf, &len)) {
        aigov_diags d;
        aigov_diags_init(&d, 10);
        char *s = aigov_profile_from_model_card(c, o->from_model_card, buf, len, &d);
        if (s) rc = emit(s);
        else print_diags(&d);
        aigov_diags_free(&d);
        free(buf);
    }
    aigov_corpus_free(c);
    return rc;
}

/* Renders DOT as SVG with graphviz's `dot`; NULL (with a message) when that fails. */
char *dot_to_svg(const char *dot) {
    char in[] = "/tmp/aigov-dot-XXXXXX";
    int fd = mkstemp(in);
    if (fd < 0) { perror("aigov: temporary file"); return NULL; }
    FILE *f = fdopen(fd, "w");
    if (!f || fputs(dot, f) < 0 || fclose(f) != 0) { unlink(in); perror("aigov: temporary file"); return NULL; }
    char cmd[128];
    snprintf(cmd, sizeof cmd, "dot -Tsvg < %s 2>/dev/null", in);
    FILE *p = popen(cmd, "r");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    while (p) {
        if (len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) break;
            buf = nb;
        }
        size_t r = fread(buf + len, 1, 4096, p);
        if (!r) break;
        len += r;
    }
    int rc = p ? pclose(p) : -1;
    unlink(in);
    if (rc != 0 || !buf || !len) {
        fputs("aigov: error: --format svg needs graphviz's 'dot' (Debian package graphviz)\n", stderr);
        free(buf);
        return NULL;
    }
    buf[len] = 0;
    return buf;
}

/* A YAML file with a top-level `name:` is a criterion; any other is an overlay. */
static bool is_criterion(const char *text) {
    for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
        if (!strncmp(p, "name:", 5)) return true;
    return false;
}

/* aigov legitimacy --sweep FILE...: criteria files and overlays, every combination. */
static int cmd_legitimacy_sweep(const opts *o) {
    if (o->nargs < 1) { usage_error("legitimacy --sweep needs criteria files (e.g. %s), and may take overlays", "criteria/*.yaml"); return EXIT_BAD; }
    if (o->nargs > 64 || o->revoke || o->topic || o->criteria) {
        usage_error("legitimacy --sweep takes up to 64 files and no --revoke, --topic or --criteria%s", "");
        return EXIT_BAD;
    }
    const char *fmt = format_of(o);
    if (strcmp(fmt, "text") && strcmp(fmt, "json")) { usage_error("legitimacy --sweep writes text or json, not %s", fmt); return EXIT_BAD; }
    char *texts[64] = {0};
    size_t lens[64] = {0};
    const char *cr_texts[64], *cr_names[64], *cp_names[17];
    size_t cr_lens[64];
    aigov_corpus *corpora[17] = {0};
    int ncr = 0, ncp = 0, rc = EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 100);
    for (int i = 0; i < o->nargs; i++) {
        if (!read_all(o->args[i], &texts[i], &lens[i])) goto done;
        if (is_criterion(texts[i])) {
            cr_texts[ncr] = texts[i];
            cr_lens[ncr] = lens[i];
            cr_names[ncr++] = o->args[i];
            continue;
        }
        if (ncp == 16) { usage_error("legitimacy --sweep takes at most 16 overlays%s", ""); goto done; }
        aigov_status s = aigov_corpus_load_with_overlay(o->corpus, o->args[i], texts[i], lens[i], &corpora[ncp], &d);
        if (s != AIGOV_OK) {
            print_diags(&d);
            fprintf(stderr, "aigov: the overlay %s has errors (%s)\n", o->args[i], aigov_strerror(s));
            goto done;
        }
        cp_names[ncp++] = o->args[i];
    }
    if (!ncp) {
        if (!(corpora[0] = load_corpus(o))) goto done;
        cp_names[ncp++] = o->overlay;
    }
    aigov_status st;
    char *s = aigov_legitimacy_sweep((const aigov_corpus *const *)corpora, cp_names, ncp, cr_texts, cr_lens, cr_names, ncr,
                                     o->date, fmt, &d, &st);
    if (s) rc = emit(s);
    else print_diags(&d);
done:
    aigov_diags_free(&d);
    for (int i = 0; i < 64; i++) free(texts[i]);
    for (int k = 0; k < ncp || (k < 17 && corpora[k]); k++) aigov_corpus_free(corpora[k]);
    return rc;
}

int cmd_legitimacy(const opts *o) {
    if (o->sweep) return cmd_legitimacy_sweep(o);
    if (o->nargs > 1) { usage_error("legitimacy takes at most one ACTOR or INSTRUMENT id, found '%s'", o->args[1]); return EXIT_BAD; }
    const char *fmt = format_of(o);
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_legitimacy_opts lo;
    memset(&lo, 0, sizeof lo);
    lo.id = o->nargs ? o->args[0] : NULL;
    lo.date = o->date;
    lo.topic = o->topic;
    char *crit = NULL, *revoke = NULL;
    const char *ids[64];
    int rc = EXIT_BAD;
    if (o->criteria) {
        if (!read_all(o->criteria, &crit, &lo.criteria_len)) goto done;
        lo.criteria = crit;
        lo.criteria_name = o->criteria;
    }
    if (o->revoke) {
        revoke = strdup(o->revoke);
        for (char *t = revoke ? strtok(revoke, ",") : NULL; t && lo.nrevoke < 64; t = strtok(NULL, ",")) ids[lo.nrevoke++] = t;
        lo.revoke = ids;
    }
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_status st;
    char *s = aigov_legitimacy(c, &lo, !strcmp(fmt, "svg") ? "dot" : fmt, &d, &st);
    if (s && !strcmp(fmt, "svg")) {
        char *svg = dot_to_svg(s);
        free(s);
        s = svg;
    }
    if (s) rc = emit(s);
    else print_diags(&d);
    aigov_diags_free(&d);
done:
    free(crit);
    free(revoke);
    aigov_corpus_free(c);
    return rc;
}

int main(int argc, char **argv) { return cli_main(argc, argv); }
