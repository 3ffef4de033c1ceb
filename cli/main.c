/* main.c — the `aigov` command: argument parsing, reading files, printing what the
 * library renders, and exit codes (0 ok, 1 findings, 2 bad usage or input). Uses only
 * the public header. Output is written only once complete, so a failing command
 * never leaves half a report on stdout. */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const USAGE =
    "usage: aigov COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "What applies to an AI system, who governs it and by what right, where the regime\n"
    "complex is weak. Commands:\n"
    "  check PROFILE...           obligations of each AI system profile (JSON)\n"
    "  explain PROVISION PROFILE  evaluation trace of one provision for a profile\n"
    "  eval EXPR [--profile P]    evaluate one condition-language expression\n"
    "  validate                   check the corpus; every error with file:line:col\n"
    "  corpus list|show ID|stats  what the corpus holds\n"
    "  legitimacy [ID]            legitimacy chains, modes and defects of rule-makers\n"
    "  profile --from-model-card README.md   draft a profile from a Hugging Face card\n"
    "  serve --db FILE            the registry service: HTTP JSON API and web page\n"
    "  token create ACTOR         an API token for the registry (printed once)\n"
    "  token list|revoke ID       the registry's tokens; revoke one\n"
    "  org add ID|list            organisations of the registry (file systems, hold tokens)\n"
    "  audit verify               check the registry's hash-chained audit log\n"
    "  store migrate              bring a registry's schema (SQLite or PostgreSQL) up to date\n"
    "  help COMMAND               help on one command\n"
    "\n"
    "Common options: --corpus DIR (default: the corpus built into aigov), --date YYYY-MM-DD,\n"
    "--format text|json|md. Exit codes: 0 ok, 1 findings, 2 bad usage or input.\n";

static const struct { const char *cmd, *help; } HELP[] = {
    {"check",
     "usage: aigov check PROFILE... [--date D] [--role R[,R]] [--format text|json|md]\n"
     "                   [--fail-on prohibited|binding] [--all] [--corpus DIR]\n"
     "\n"
     "For each profile: every instrument that reaches the system, the triggers and\n"
     "exemptions that decided it, and each provision's status on the date (applies,\n"
     "applies_from DATE, unknown with the questions that decide it, exempt, revoked),\n"
     "with binding force, modality and provenance (instrument, text version, article,\n"
     "citation); conflicts between provisions. --date overrides the profiles' dates;\n"
     "--role overrides their roles; --all also lists provisions that do not apply.\n"
     "--fail-on prohibited exits 1 when a prohibition applies; --fail-on binding exits 1\n"
     "when any binding provision applies. JSON output: docs/check-json.md.\n"
     "\n"
     "       aigov check --batch FILE.jsonl|- [--jobs N] [--keep-going] [--date D] [--role R] [--all]\n"
     "\n"
     "One profile per line in, one result per line out (JSON Lines, docs/batch.md), in input\n"
     "order, through the compiled, indexed engine on N threads (default: all cores). A bad\n"
     "line stops the run with its line number (exit 2); --keep-going reports it on stderr\n"
     "and as an error record, checks the rest, and exits 2 at the end. A progress bar is\n"
     "drawn when stderr is a terminal and stdout is not.\n"},
    {"explain",
     "usage: aigov explain INSTRUMENT/PROVISION PROFILE [--date D] [--format text|json]\n"
     "\n"
     "The evaluation trace of one provision: its instrument's triggers and exemptions\n"
     "and its own condition, each sub-expression with its value and the profile fields\n"
     "it read.\n"},
    {"eval",
     "usage: aigov eval EXPR [--profile P] [--date D] [--format text|json]\n"
     "\n"
     "Evaluates one expression of the condition language (docs/conditions.md), against\n"
     "a profile if given (else every system.* field is unknown), and prints its value\n"
     "and trace. Syntax and type errors exit 2 with the column.\n"},
    {"validate",
     "usage: aigov validate [--corpus DIR]\n"
     "\n"
     "Loads and checks the corpus: every error as file:line:col with the source line\n"
     "and a caret, up to 100 errors. Exits 1 when there are errors.\n"},
    {"corpus",
     "usage: aigov corpus list|stats|show ID [--format text|json|md] [--corpus DIR]\n"
     "\n"
     "list: the instruments; stats: counts by modality, binding force, layer and\n"
     "jurisdiction; show ID: one instrument, provision (INSTRUMENT/PROVISION), actor or\n"
     "region.\n"},
    {"legitimacy",
     "usage: aigov legitimacy [ACTOR|INSTRUMENT] [--date D] [--criteria FILE] [--topic T]\n"
     "                        [--revoke DELEGATION[,DELEGATION]] [--format text|json|dot|svg]\n"
     "\n"
     "Erman & Furendal's legitimacy framework over the corpus's delegation graph. For an\n"
     "actor: its best chain back to a public on the date (only delegations in force whose\n"
     "scope covers --topic), and every other incoming delegation with the reason it fails.\n"
     "For an instrument: mode 1-5 or the defects that deny legitimacy, with its issuers'\n"
     "chains. Without an id: every instrument. --criteria replaces the built-in democratic\n"
     "criterion (criteria/default.yaml); every result names the criterion it holds under.\n"
     "--revoke lists every actor and instrument that gains or loses standing if those\n"
     "delegations were revoked on the date. dot and svg draw the chain (svg needs graphviz).\n"},
    {"serve",
     "usage: aigov serve --db FILE [--listen HOST:PORT] [--corpus DIR] [--date D] [--jobs N] [--request-timeout S]\n"
     "\n"
     "The registry service (docs/api.md): every analysis as JSON over HTTP, systems filed\n"
     "with their profiles' history, evidence and compliance in a SQLite database (created\n"
     "when missing) or, with --db postgresql://... (any libpq connection string), a\n"
     "PostgreSQL database that several replicas share (docs/store.md), a hash-chained audit\n"
     "log, and a web page at /. Reads are open; writes need a token from `aigov token\n"
     "create`. Default --listen 127.0.0.1:8080 (port 0 picks a free port; the URL is printed\n"
     "on stderr). --date fixes the service's today. Stops cleanly on SIGTERM or SIGINT.\n"},
    {"token",
     "usage: aigov token create HOLDER --db FILE [--expires D] [--corpus DIR]\n"
     "       aigov token create --operator --db FILE [--expires D]\n"
     "       aigov token list --db FILE [--format text|json]\n"
     "       aigov token revoke ID --db FILE\n"
     "\n"
     "create: an API token bound to HOLDER (an organisation of the registry, `aigov org add`,\n"
     "or an actor of the corpus), or an operator token (registers organisations, makes and\n"
     "revokes tokens), printed once; the database keeps only its hash (docs/security.md).\n"
     "--expires D: refused from D on. list: every token with its holder and state (never a\n"
     "secret). revoke: ends a token by its id (the 16 hex digits after agv_). Audited.\n"},
    {"org",
     "usage: aigov org add ID --name NAME --kind KIND --established REGION --db FILE\n"
     "       aigov org list --db FILE [--format text|json]\n"
     "\n"
     "Organisations of the registry: they own systems and hold tokens, and are stored in the\n"
     "registry, not the corpus. KIND: company, public_body, non_profit, research,\n"
     "standards_body or other; REGION: where it is established, a region code of the corpus\n"
     "(US, DE, US-CA...). Audited. Over HTTP: POST /v1/organisations with an operator token.\n"},
    {"store",
     "usage: aigov store migrate --db FILE|postgresql://...\n"
     "\n"
     "Applies the schema migrations the registry lacks, each in its own transaction, as\n"
     "`aigov serve` does at start, and prints the schema version reached. --db is an SQLite\n"
     "file or a PostgreSQL connection string (postgresql://..., host=... dbname=...);\n"
     "replicas starting together on PostgreSQL migrate one at a time. docs/store.md.\n"},
    {"audit",
     "usage: aigov audit verify --db FILE\n"
     "\n"
     "Verifies the registry's audit log, a SHA-256 hash chain of every write. Exits 0 when\n"
     "it is intact, 1 naming the first altered, deleted or reordered entry.\n"},
    {"map", "usage: aigov map [--date D] [--limit N] [--format text|json|dot|svg] [--overlay FILE]\n\nThe typed graph of actors, instruments and relations (issues, adheres, endorses, implements,\nreferences, amends, supersedes, revokes, delegates) on the date, and its figures: institutions,\nshare of binding instruments, coordination links per institution, connected components,\nbetweenness and degree centrality, and the same figures over time. docs/analysis.md.\n"},
    {"gaps", "usage: aigov gaps [--date D] [--topic T] [--limit N] [--format text|json|md|html|svg]\n\nCoverage matrix topic x target layer x jurisdiction: each cell binding, voluntary only or\nnone, with the instruments that fill it; the largest gaps ranked. html and svg draw a heat map.\n"},
    {"conflicts", "usage: aigov conflicts [--date D] [--format text|json|md] [--overlay FILE]\n\nPairs of provisions where one forbids an action another requires, decided by a solver: a\nwitness profile of a system under both (check it with aigov check), or a proof that none\nexists. Also overlaps: the same action required by different issuers.\n"},
    {"divergence", "usage: aigov divergence INSTRUMENT [--date D] [--format text|json|md]\n\nFor an international instrument: which adherents have binding domestic law implementing or\nreferencing it, which do not, and how their thresholds, scope and dates differ.\n"},
    {"whatif", "usage: aigov whatif OVERLAY [--profiles FILE.jsonl] [--date D] [--format text|json|md]\n\nWhat an overlay (docs/overlay.md) changes: gaps closed or opened, conflicts created or removed,\ninstitutions, legitimacy gained or lost, and each profile's provisions that change.\n"},
    {"diff", "usage: aigov diff --corpus A --corpus B [--profiles FILE.jsonl] [--date D] [--format text|json|md]\n\nThe same comparison as whatif between two corpus directories.\n"},
    {"profile",
     "usage: aigov profile --from-model-card README.md [--corpus DIR]\n"
     "\n"
     "Drafts a profile from a Hugging Face model card's YAML front matter (license,\n"
     "pipeline tag, tags). What the card does not state is left out, so that check\n"
     "reports it as a question to answer.\n"},
};

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

bool check_format(const char *fmt, const char *allowed) {
    size_t n = strlen(fmt);
    for (const char *p = allowed; *p;) {
        size_t w = strcspn(p, "|");
        if (w == n && !strncmp(p, fmt, n)) return true;
        p += w + (p[w] == '|');
    }
    fprintf(stderr, "aigov: error: unknown format '%s'; expected %s\n", fmt, allowed);
    return false;
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

static int cmd_check(const opts *o) {
    if (o->batch) return check_batch(o);
    if (o->nargs < 1) { usage_error("check needs at least one PROFILE%s", ""); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|md")) return EXIT_BAD;
    if (o->fail_on && strcmp(o->fail_on, "prohibited") && strcmp(o->fail_on, "binding")) {
        usage_error("unknown --fail-on '%s'; expected prohibited or binding", o->fail_on);
        return EXIT_BAD;
    }
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
        rc = emit(aigov_results_render(rs, o->nargs, fmt));
        for (int i = 0; i < o->nargs && !rc && o->fail_on; i++) {
            aigov_result_counts n;
            aigov_result_counts_get(rs[i], &n);
            if (!strcmp(o->fail_on, "prohibited") ? n.prohibited > 0 : n.binding_applies > 0) rc = EXIT_FINDINGS;
        }
    }
    for (int i = 0; i < o->nargs; i++) { aigov_result_free(rs[i]); aigov_profile_free(ps[i]); }
    aigov_corpus_free(c);
    return rc;
}

static int cmd_explain(const opts *o) {
    if (o->nargs != 2) { usage_error("explain needs PROVISION and PROFILE%s", ""); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json")) return EXIT_BAD;
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

static int cmd_eval(const opts *o) {
    if (o->nargs != 1) { usage_error("eval needs exactly one EXPR (quote it)%s", ""); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json")) return EXIT_BAD;
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

static int cmd_validate(const opts *o) {
    if (o->nargs) { usage_error("validate takes no arguments (use --corpus DIR), found '%s'", o->args[0]); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    aigov_status s = o->corpus ? aigov_corpus_load_dir(o->corpus, &c, &d) : aigov_corpus_load_builtin(&c, &d);
    int rc = 0;
    if (s == AIGOV_OK) {
        aigov_corpus_stats st;
        aigov_corpus_stats_get(c, &st);
        printf("%s: ok — %d instruments, %d provisions, %d triggers, %d exemptions, %d amendments, %d actors, %d delegations, %d regions, %d profile fields\n",
               o->corpus ? o->corpus : "built-in corpus", st.instruments, st.provisions, st.triggers, st.exemptions,
               st.amendments, st.actors, st.delegations, st.regions, st.fields);
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

static int cmd_corpus(const opts *o) {
    if (o->nargs < 1) { usage_error("corpus needs list, show ID or stats%s", ""); return EXIT_BAD; }
    const char *what = o->args[0];
    if (strcmp(what, "list") && strcmp(what, "show") && strcmp(what, "stats")) {
        usage_error("unknown corpus subcommand '%s'; expected list, show or stats", what);
        return EXIT_BAD;
    }
    if (!strcmp(what, "show") ? o->nargs != 2 : o->nargs != 1) { usage_error("corpus %s: wrong number of arguments", what); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|md")) return EXIT_BAD;
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *s = aigov_corpus_render(c, what, o->nargs > 1 ? o->args[1] : NULL, fmt, &d);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    return rc;
}

static int cmd_profile(const opts *o) {
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

/* --date must be a calendar date YYYY-MM-DD (0001..9999), checked up front: commands that
 * read no profile would otherwise ignore a bad date silently. */
bool valid_date(const char *s) {
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1] + (m == 2 && leap);
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

static int cmd_legitimacy(const opts *o) {
    if (o->nargs > 1) { usage_error("legitimacy takes at most one ACTOR or INSTRUMENT id, found '%s'", o->args[1]); return EXIT_BAD; }
    const char *fmt = o->format ? o->format : "text";
    if (!check_format(fmt, "text|json|dot|svg")) return EXIT_BAD;
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

/* Every command: its name and entry point. Commands in other files are declared in cli.h. */
static const struct { const char *name; int (*run)(const opts *); } COMMANDS[] = {
    {"legitimacy", cmd_legitimacy},
    {"check", cmd_check}, {"explain", cmd_explain}, {"eval", cmd_eval}, {"validate", cmd_validate},
    {"corpus", cmd_corpus}, {"profile", cmd_profile},
    {"serve", cmd_serve}, {"token", cmd_token}, {"audit", cmd_audit}, {"org", cmd_org}, {"store", cmd_store},
    {"map", cmd_map}, {"gaps", cmd_gaps}, {"conflicts", cmd_conflicts}, {"divergence", cmd_divergence}, {"whatif", cmd_whatif}, {"diff", cmd_diff},
};

static int help(const char *cmd) {
    if (!cmd) { fputs(USAGE, stdout); return 0; }
    for (size_t i = 0; i < sizeof HELP / sizeof HELP[0]; i++)
        if (!strcmp(HELP[i].cmd, cmd)) { fputs(HELP[i].help, stdout); return 0; }
    usage_error("no help for unknown command '%s'", cmd);
    return EXIT_BAD;
}

int main(int argc, char **argv) {
    if (argc < 2) { fputs(USAGE, stderr); return EXIT_BAD; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h")) return help(NULL);
    if (!strcmp(cmd, "--version")) { printf("aigov %s\n", AIGOV_VERSION); return 0; }
    if (!strcmp(cmd, "help")) return help(argc > 2 ? argv[2] : NULL);
    opts o;
    memset(&o, 0, sizeof o);
    static const struct { const char *flag; size_t off; } VALUED[] = {
        {"--date", offsetof(opts, date)}, {"--format", offsetof(opts, format)},
        {"--overlay", offsetof(opts, overlay)}, {"--profiles", offsetof(opts, profiles)},
        {"--batch", offsetof(opts, batch)}, {"--jobs", offsetof(opts, jobs)}, {"--db", offsetof(opts, db)},
        {"--listen", offsetof(opts, listen)}, {"--limit", offsetof(opts, limit)}, {"--out", offsetof(opts, out)},
        {"--role", offsetof(opts, role)}, {"--fail-on", offsetof(opts, fail_on)}, {"--profile", offsetof(opts, profile)},
        {"--from-model-card", offsetof(opts, from_model_card)}, {"--criteria", offsetof(opts, criteria)},
        {"--topic", offsetof(opts, topic)}, {"--revoke", offsetof(opts, revoke)},
        {"--request-timeout", offsetof(opts, request_timeout)},
        {"--layer", offsetof(opts, layer)}, {"--jurisdiction", offsetof(opts, jurisdiction)},
        {"--expires", offsetof(opts, expires)}, {"--name", offsetof(opts, name)}, {"--kind", offsetof(opts, kind)},
        {"--established", offsetof(opts, established)},
    };
    bool only_args = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!only_args && !strcmp(a, "--")) { only_args = true; continue; }
        if (!only_args && a[0] == '-' && a[1] == '-') {
            if (!strcmp(a, "--help")) { o.help = true; continue; }
            if (!strcmp(a, "--all")) { o.all = true; continue; }
            if (!strcmp(a, "--keep-going")) { o.keep_going = true; continue; }
            if (!strcmp(a, "--operator")) { o.operator_ = true; continue; }
            /* --corpus may be given twice (diff --corpus A --corpus B). */
            if (!strncmp(a, "--corpus", 8) && (a[8] == 0 || a[8] == '=')) {
                const char *v = a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
                if (!v) { usage_error("option %s needs a value", "--corpus"); return EXIT_BAD; }
                if (o.corpus2) { usage_error("--corpus given more than twice%s", ""); return EXIT_BAD; }
                if (o.corpus) o.corpus2 = v;
                else o.corpus = v;
                continue;
            }
            const char *eq = strchr(a, '=');
            size_t fl = eq ? (size_t)(eq - a) : strlen(a);
            bool found = false;
            for (size_t k = 0; k < sizeof VALUED / sizeof VALUED[0]; k++)
                if (strlen(VALUED[k].flag) == fl && !strncmp(VALUED[k].flag, a, fl)) {
                    const char *v = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
                    if (!v) { usage_error("option %s needs a value", VALUED[k].flag); return EXIT_BAD; }
                    *(const char **)((char *)&o + VALUED[k].off) = v;
                    found = true;
                }
            if (!found) { usage_error("unknown option '%s'", a); return EXIT_BAD; }
            continue;
        }
        if (o.nargs >= 64) { usage_error("too many arguments (at most 64)%s", ""); return EXIT_BAD; }
        o.args[o.nargs++] = a;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++) {
        if (strcmp(COMMANDS[i].name, cmd)) continue;
        if (o.help) return help(cmd);
        if (o.date && !valid_date(o.date)) {
            usage_error("invalid --date '%s': expected a calendar date YYYY-MM-DD", o.date);
            return EXIT_BAD;
        }
        return COMMANDS[i].run(&o);
    }
    usage_error("unknown command '%s'", cmd);
    return EXIT_BAD;
}
