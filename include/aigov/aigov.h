/* aigov.h — the public API of libaigov, the engine for the global AI governance regime
 * complex. The CLI and the server use only this header.
 *
 * Ownership, stated once: every handle (aigov_corpus, aigov_profile, aigov_result) is
 * created by the library, owned by the caller, and released with its _free function.
 * A profile and a result borrow from the corpus they were made with: free them before
 * the corpus. Strings returned as `char *` are malloc'd and the caller frees them;
 * strings returned as `const char *` live as long as the handle they came from.
 *
 * Errors: every fallible function returns an aigov_status (AIGOV_OK = 0). Details go
 * into a caller-provided aigov_diags list: one entry per problem found, each with the
 * source file, line and column (or the JSON path of a profile), the source line, and a
 * message saying what was found and what was expected. The library never prints and
 * never exits. */
#ifndef AIGOV_H
#define AIGOV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AIGOV_VERSION "0.1.0"

/* X-macro: every status code with its message; generates the enum and aigov_strerror. */
#define AIGOV_STATUS_LIST(X)                                        \
    X(OK, "ok")                                                     \
    X(NOMEM, "out of memory")                                       \
    X(IO, "cannot read input")                                      \
    X(SYNTAX, "syntax error")                                       \
    X(TYPE, "type error")                                           \
    X(INVALID, "invalid input")                                     \
    X(LIMIT, "input exceeds a limit")                               \
    X(NOTFOUND, "not found")                                        \
    X(USAGE, "bad usage")

typedef enum aigov_status {
#define AIGOV_ENUM_(name, msg) AIGOV_##name,
    AIGOV_STATUS_LIST(AIGOV_ENUM_)
#undef AIGOV_ENUM_
} aigov_status;

const char *aigov_strerror(aigov_status s);

/* Whether s is exactly a calendar date YYYY-MM-DD in 0001..9999 (leap years counted). Every
 * front end checks a --date or ?date= with this before use. */
bool aigov_date_valid(const char *s);

/* Rewrites every real number of a JSON text, in place, as the shortest text that reads
 * back as the same double ("1e25", not "1.0000000000000001e+25"; "0.32"; a whole real
 * keeps ".0"). Strings are left alone. Every JSON the library renders is written this way;
 * the server passes its own documents through it. Returns the new length (the text is
 * NUL-terminated again when it shrank). */
size_t aigov_json_shortest_reals(char *json, size_t len);

/* ---- Diagnostics ------------------------------------------------------------------ */

typedef struct aigov_diag {
    char file[256];        /* source name: a corpus file, a profile file, "<expr>" */
    int line, col;         /* 1-based; 0 when the error has no position */
    int span;              /* width of the bad token in columns (>= 1 when line > 0) */
    char json_path[256];   /* for JSON inputs: "$.model.training_compute_flop"; else "" */
    char source_line[256]; /* the source line, for the caret display; may be "" */
    char message[512];     /* what was found and what was expected */
} aigov_diag;

typedef struct aigov_diags {
    aigov_diag *items;
    int n, cap;   /* entries recorded; cap bounds them (a corrupt input yields <= cap) */
    int dropped;  /* errors found beyond cap */
} aigov_diags;

/* Initialise with room for `cap` entries (allocation happens on first use). */
void aigov_diags_init(aigov_diags *d, int cap);
void aigov_diags_free(aigov_diags *d);
/* Format one diagnostic as compilers do:
 *   file:line:col: error: message
 *      41 |     when: '"cv_screeing" in system.purposes'
 *         |           ^^^^^^^^^^^^^
 * Returns a malloc'd string (caller frees) or NULL when out of memory. */
char *aigov_diag_format(const aigov_diag *d);

/* Read a whole input file (at most 8 MiB) into a malloc'd, NUL-terminated buffer the caller
 * frees; `path` "-" reads standard input. Anything but a regular file (a directory, FIFO,
 * device or socket) is refused at once with a diagnostic, so no read can wait forever. */
aigov_status aigov_read_file(const char *path, char **out, size_t *len, aigov_diags *d);

/* ---- Corpus ----------------------------------------------------------------------- */

typedef struct aigov_corpus aigov_corpus;

/* Load and validate a corpus directory (actors.yaml, delegations.yaml, regions.yaml,
 * vocabulary.yaml, schema.yaml, instruments/NAME.yaml). On any error returns non-OK,
 * *out stays NULL, and every error found (up to d->cap) is in d. */
aigov_status aigov_corpus_load_dir(const char *dir, aigov_corpus **out, aigov_diags *d);
/* Load the corpus built into the binary. */
aigov_status aigov_corpus_load_builtin(aigov_corpus **out, aigov_diags *d);
void aigov_corpus_free(aigov_corpus *c);

typedef struct aigov_corpus_stats {
    int actors, delegations, regions, instruments, provisions, triggers, exemptions;
    int amendments, fields;
    int by_modality[6];  /* in the order of aigov_modality_name(0..5) */
    int by_binding[3];   /* binding, voluntary, contractual */
    int by_layer[3];     /* development, deployment, infrastructure */
} aigov_corpus_stats;
void aigov_corpus_stats_get(const aigov_corpus *c, aigov_corpus_stats *out);
const char *aigov_modality_name(int i);

/* Render corpus listings: what = "instruments" (or "list"), "actors", "regions", "stats" or
 * "show" (with id = instrument,
 * provision "inst/prov", actor or region). format = "text" | "json" | "md".
 * Returns a malloc'd string, or NULL with d filled (e.g. unknown id, with a suggestion). */
char *aigov_corpus_render(const aigov_corpus *c, const char *what, const char *id,
                          const char *format, aigov_diags *d);

/* The corpus in another ecosystem's format. format = "oscal-catalog": a NIST OSCAL 1.0.6
 * catalog (docs/oscal.md), a group per instrument and a control per provision, with ids
 * derived from the corpus's ids. Returns a malloc'd JSON document, or NULL with *status set
 * (AIGOV_USAGE for an unknown format, with d filled; AIGOV_NOMEM). */
char *aigov_corpus_export(const aigov_corpus *c, const char *format, aigov_diags *d, aigov_status *status);

/* Currency of the corpus (docs/currency.md). format = "text" | "json" | "md"; each returns
 * a malloc'd rendering, or NULL with d filled and *status set (AIGOV_USAGE for a bad date
 * or format, AIGOV_NOMEM).
 * stale: the instruments whose `verified.on` is before `before` (YYYY-MM-DD), or missing.
 * changes: every dated event of the corpus on or after `since` — instruments adopted,
 * entering into force, applying, revoked; provisions beginning or ceasing to apply (with
 * the amendments in force on `as_of`); amendments taking effect; court orders suspending
 * enforcement — sorted by date, those after `as_of` (NULL = today) marked upcoming. */
char *aigov_corpus_stale(const aigov_corpus *c, const char *before, const char *format,
                         aigov_diags *d, aigov_status *status);
char *aigov_corpus_changes(const aigov_corpus *c, const char *since, const char *as_of,
                           const char *format, aigov_diags *d, aigov_status *status);

/* ---- Profiles --------------------------------------------------------------------- */

typedef struct aigov_profile aigov_profile;

/* Parse one profile (a JSON object) against the corpus's schema and vocabularies.
 * `name` names the source in diagnostics. `date` (YYYY-MM-DD) overrides the profile's
 * own date when non-NULL; with neither, the date is today (UTC). */
aigov_status aigov_profile_parse(const aigov_corpus *c, const char *name, const char *json,
                                 size_t len, const char *date, aigov_profile **out,
                                 aigov_diags *d);
void aigov_profile_free(aigov_profile *p);
const char *aigov_profile_id(const aigov_profile *p);

/* Draft a profile from a Hugging Face model card (YAML front matter of README.md).
 * Returns a malloc'd JSON object (pretty-printed), or NULL with d filled. */
char *aigov_profile_from_model_card(const aigov_corpus *c, const char *name,
                                    const char *text, size_t len, aigov_diags *d);

/* ---- Check ------------------------------------------------------------------------ */

typedef struct aigov_check_opts {
    const char *role; /* override the profile's role(s); NULL keeps them */
    bool all;         /* also list provisions that do not apply (status not_applicable) */
} aigov_check_opts;

typedef struct aigov_result aigov_result;

aigov_status aigov_check(const aigov_corpus *c, const aigov_profile *p,
                         const aigov_check_opts *opts, aigov_result **out, aigov_diags *d);
void aigov_result_free(aigov_result *r);

typedef struct aigov_result_counts {
    int instruments;          /* instruments that reach (or may reach) the system */
    int applies, applies_from, unknown, exempt, revoked, not_applicable;
    int binding_applies;      /* binding provisions that apply now */
    int prohibited;           /* prohibitions or prohibited practices that apply now */
    int conflicts;
    int banned;               /* prohibited practices that apply now: the system is banned */
    int binding_applies_from; /* binding provisions that apply from a later date */
    int binding_unknown;      /* binding provisions whose status is unknown */
} aigov_result_counts;
void aigov_result_counts_get(const aigov_result *r, aigov_result_counts *out);

/* Render a result: format = "text" | "json" | "md", or for other tools "sarif" (SARIF
 * 2.1.0 for code review, docs/ci.md), "oscal" (OSCAL 1.0.6 assessment results) or
 * "oscal-profile" (an OSCAL profile selecting the catalog's controls that apply or may
 * apply, docs/oscal.md). Returns a malloc'd string. */
char *aigov_result_render(const aigov_result *r, const char *format);
/* Render several results as one document (JSON: {"results": [...]}). */
char *aigov_results_render(aigov_result *const *rs, int n, const char *format);
/* The compact JSON of n results (one object when n == 1, else {"results": [...]}): the
 * decisions (id, article, kind, binding, status, date per provision) and the open
 * questions, without the long texts (docs/check-json.md, "Compact"). Malloc'd; NULL
 * when out of memory. */
char *aigov_results_render_compact(aigov_result *const *rs, int n);

/* What the text and Markdown reports show (JSON always has everything). The report leads
 * with banned practices, binding provisions that apply now and later, and the questions;
 * voluntary and contractual instruments take one line each unless expanded. */
typedef struct aigov_render_opts {
    bool all;          /* every provision of every instrument, voluntary ones expanded */
    bool voluntary;    /* expand voluntary and contractual instruments */
    bool binding_only; /* leave voluntary and contractual instruments out */
    bool legitimacy;   /* the legitimacy of each instrument's issuer */
} aigov_render_opts;
/* As aigov_results_render with options (NULL = the defaults, all false). */
char *aigov_results_render_opts(aigov_result *const *rs, int n, const char *format,
                                const aigov_render_opts *o);

/* ---- Questions ---------------------------------------------------------------------- */

/* A question the result leaves open: a profile field whose answer decides provisions
 * (docs/check-json.md, "questions"). Strings live as long as the corpus. */
typedef struct aigov_question {
    int number;             /* Qn: 1-based rank */
    const char *id;         /* the field as conditions read it: "system.model.open_weights" */
    const char *field;      /* its path in a profile: "model.open_weights" */
    const char *text;       /* the question, in the law's terms */
    const char *type;       /* bool | number | date | string | term | terms | regions */
    const char *defined_in; /* the articles that define the notion, or NULL */
    const char *const *choices, *const *labels; /* term/terms: the vocabulary */
    int nchoices;
    bool has_min, has_max;
    double min, max;
    bool binding;           /* it decides a provision of a binding instrument */
    bool instrument_wide;   /* it decides whether an instrument reaches or exempts the system */
    int nprovisions, nbinding; /* provisions an answer could settle; of those, binding */
    const char *current;    /* what the profile says already, as text, when it does not decide
                             * (regions: "US" where provisions ask about a state); else NULL */
} aigov_question;
/* The number of questions, and question i (0-based, in rank order); false when out of
 * range. */
int aigov_result_nquestions(const aigov_result *r);
bool aigov_result_question(const aigov_result *r, int i, aigov_question *out);
/* Binding provisions that some question still decides (unknown, or listed without a
 * stated role): 0 when every binding provision is decided. */
int aigov_result_undecided_binding(const aigov_result *r);

/* Answers a question: parses `answer` (as a person types it) for the profile field `field`
 * ("system.x.y" or "x.y") and returns a copy of the profile JSON `json` (len bytes; NULL
 * or empty = {}) with the field set, every other field kept in its order; malloc'd,
 * pretty-printed. Answers: bool yes/no/true/false; number with an optional multiplier or
 * unit (3e25, 3e25 FLOP, 1.5M, 10,000); date YYYY-MM-DD; term a choice's number, id or
 * label; terms and regions a comma-separated list ("none" = empty); regions codes or
 * names. On a bad answer returns AIGOV_INVALID with the reason (and a suggestion) in d;
 * on a bad profile AIGOV_SYNTAX; AIGOV_NOTFOUND for an unknown field. */
aigov_status aigov_profile_answer(const aigov_corpus *c, const char *json, size_t len, const char *field,
                                  const char *answer, char **out, aigov_diags *d);

/* ---- Explain and eval ------------------------------------------------------------- */

/* The evaluation trace of one provision ("instrument/provision") for a profile, with
 * the instrument's triggers and exemptions: a tree of sub-expressions, each with its
 * value and the profile values it read. format = "text" | "json". */
char *aigov_explain(const aigov_corpus *c, const aigov_profile *p, const char *provision,
                    const char *format, aigov_diags *d);

/* Evaluate one condition-language expression, against a profile when p is non-NULL
 * (else every system.* field is unknown). Type errors and syntax errors go to d with
 * the column in the expression; the result is a malloc'd rendering with the value and
 * the trace. */
char *aigov_eval(const aigov_corpus *c, const aigov_profile *p, const char *expr,
                 const char *format, aigov_diags *d, aigov_status *status);

/* ---- Timeline ------------------------------------------------------------------------ */

/* Every date on which the obligations of the system in profile `json` (len bytes; `name`
 * names it in diagnostics) change: a provision starts or stops applying, an amendment takes
 * effect, an instrument enters into force or is revoked, with the provision and the reason.
 * Each date of the corpus in [from, to] (YYYY-MM-DD; NULL = unbounded) is checked against
 * the day before. format = "text" | "json" | "md" | "svg" (one bar per binding provision
 * across time) | "ics" (iCalendar: the changes to binding provisions from the profile's date,
 * or from, on, one all-day event each). Returns a malloc'd rendering, or NULL with d filled and *status set. */
char *aigov_timeline(const aigov_corpus *c, const char *name, const char *json, size_t len, const char *from,
                     const char *to, const char *format, aigov_diags *d, aigov_status *status);

/* ---- Overlays (what-if) ---------------------------------------------------------------- */

/* Load a corpus (dir NULL = built-in) with an overlay applied: a YAML file of changes
 * (docs/overlay.md) — add, remove or revoke actors, instruments, delegations; amend a
 * provision's condition, threshold or dates. Errors in the overlay name its file, line
 * and column. overlay NULL = no changes. */
aigov_status aigov_corpus_load_with_overlay(const char *dir, const char *overlay_name,
                                            const char *overlay, size_t overlay_len,
                                            aigov_corpus **out, aigov_diags *d);

/* ---- Regime-complex analyses (Roberts et al., Ho et al.) ----------------------------- */

typedef struct aigov_analysis_opts {
    const char *date;         /* YYYY-MM-DD; NULL = today */
    const char *id;           /* the subject, where an analysis has one (divergence: an
                               * international instrument) */
    const char *topic, *layer, *jurisdiction; /* optional filters */
    int limit;                /* e.g. how many of the largest gaps; 0 = default */
    int from, to;             /* panel, blocs: the first and last year (0 = the default) */
    const char *by;           /* panel: the cell's dimensions, "jurisdiction,topic,layer" */
    bool companies;           /* panel: count companies among the active actors */
    const char *id2;          /* compare: the second instrument */
} aigov_analysis_opts;

/* Each returns a malloc'd rendering, or NULL with d filled and *status set.
 * map: text | json | dot (the typed graph and the figures of the complex);
 * gaps: text | json | md | html | svg (coverage matrix, largest gaps);
 * conflicts: text | json | md (pairs with witness profiles, overlaps);
 * divergence: text | json | md (adherents' implementations of one instrument);
 * panel: csv | json | text (one row per year and cell, docs/analysis.md "Panel"). */
char *aigov_map(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                aigov_diags *d, aigov_status *status);
char *aigov_gaps(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                 aigov_diags *d, aigov_status *status);
char *aigov_conflicts(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                      aigov_diags *d, aigov_status *status);
char *aigov_divergence(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                       aigov_diags *d, aigov_status *status);
char *aigov_panel(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                  aigov_diags *d, aigov_status *status);
/* blocs: text | json (states' co-adherence to international agreements: similarity, blocs,
 * who stayed out, over the years; docs/analysis.md "Blocs"). */
char *aigov_blocs(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                  aigov_diags *d, aigov_status *status);
/* compare: text | json | md (two instruments o->id and o->id2 by content: actions, topics,
 * layers, addressees; docs/analysis.md "Compare"). */
char *aigov_compare(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format,
                    aigov_diags *d, aigov_status *status);
/* The analyses above by name, with their arguments as a front end receives them (text from
 * a command line or a query string), checked here once for both the CLI and the server:
 * `name` is map, gaps, conflicts or divergence; args->date must be a calendar date
 * (aigov_date_valid), args->limit a whole number 0..100000 (0 = the default); the other
 * fields are passed through. Bad arguments: NULL, *status AIGOV_USAGE and a diagnostic
 * naming the argument ("date", "limit"). Otherwise as the analysis itself. */
typedef struct aigov_analysis_args {
    const char *date, *id, *topic, *layer, *jurisdiction, *limit; /* each may be NULL */
    const char *from, *to;   /* panel, blocs: years YYYY (1900-2200) */
    const char *by;          /* panel: dimensions */
    const char *companies;   /* panel: "1"/"true" to count companies */
    const char *id2;         /* compare: the second instrument */
} aigov_analysis_args;
char *aigov_analysis_run(const aigov_corpus *c, const char *name, const aigov_analysis_args *args,
                         const char *format, aigov_diags *d, aigov_status *status);

/* Reach of domestic law (Veale et al.'s extraterritorial modality; docs/analysis.md "Reach of
 * domestic law"): for each binding domestic law in force on o->date, over the profiles of
 * `population_jsonl` (one JSON profile a line; NULL: a generated grid of establishment x market
 * x output use), the systems its scope reaches and the share whose provider is established
 * abroad, by scope trigger and territorial basis. text | json. A bad line: NULL, AIGOV_USAGE,
 * its diagnostics naming "population line N". */
char *aigov_reach(const aigov_corpus *c, const char *population_jsonl, size_t population_len,
                  const aigov_analysis_opts *o, const char *format, aigov_diags *d, aigov_status *status);

/* What changes from corpus a to corpus b (an overlay applied, or another corpus version):
 * gaps closed or opened, conflicts created or removed, legitimacy gained or lost, and —
 * for each profile in `profiles_jsonl` (may be NULL) — the obligations that change. */
char *aigov_whatif(const aigov_corpus *a, const aigov_corpus *b, const char *profiles_jsonl,
                   size_t profiles_len, const aigov_analysis_opts *o, const char *format,
                   aigov_diags *d, aigov_status *status);

/* Ho et al.'s institutions as functions (docs/analysis.md, "Functions"): for each function
 * and topic, the existing institutions whose mandate covers it on `date` (NULL = today),
 * national or international, public, private or mixed; the functions no international
 * institution performs; the proposed institutions and the existing bodies that partly
 * realise them. format = "text" | "json". */
char *aigov_functions(const aigov_corpus *c, const char *date, const char *format, aigov_diags *d, aigov_status *status);

/* ---- Legitimacy ------------------------------------------------------------------- */

typedef struct aigov_legitimacy_opts {
    const char *id;            /* an actor or instrument id; NULL for every instrument */
    const char *date;          /* YYYY-MM-DD; NULL for today */
    const char *topic;         /* for actor chains: only delegations covering this topic */
    const char *criteria_name; /* the criterion file's name for messages; NULL = built-in */
    const char *criteria;      /* its text (YAML); NULL = the built-in default criterion */
    size_t criteria_len;
    const char *const *revoke; /* what-if: delegation ids revoked from `date` on */
    int nrevoke;
} aigov_legitimacy_opts;

/* Legitimacy chains, modes and defects (docs/legitimacy.md). format = "text" | "json" |
 * "dot". With revocations, reports the cascade: every actor and instrument that loses
 * (or gains) standing, and why. Returns a malloc'd rendering or NULL with d filled. */
char *aigov_legitimacy(const aigov_corpus *c, const aigov_legitimacy_opts *opts,
                       const char *format, aigov_diags *d, aigov_status *status);

/* The legitimacy of every instrument under several criteria and corpora (overlays): the
 * built-in criterion on corpora[0] is the baseline; each instrument is robustly legitimate,
 * robustly not, or fragile with every (criterion, corpus) that flips it
 * (docs/legitimacy.md, "Sweep"). corpus_names[k] names corpora[k] (an overlay file) or is
 * NULL. criteria[i] is a criterion file's text, criteria_names[i] its name for messages.
 * format = "text" | "json". Returns a malloc'd rendering or NULL with d filled. */
char *aigov_legitimacy_sweep(const aigov_corpus *const *corpora, const char *const *corpus_names, int ncorpora,
                             const char *const *criteria, const size_t *criteria_lens, const char *const *criteria_names,
                             int ncriteria, const char *date, const char *format, aigov_diags *d, aigov_status *status);

/* Standing of one actor (src/legit/standing.c): does `actor` hold delegated authority over
 * every one of `topics` on `date` (NULL = today) under the built-in criterion, i.e. is
 * it a public, or authorized or mandated through delegations in force whose scope
 * covers each topic? ntopics = 0 asks about any scope. The registry service requires
 * it of an actor that publishes an instrument. Returns AIGOV_OK with *out filled (also
 * when the answer is no: out->has_standing false and out->reason says why), or
 * AIGOV_NOTFOUND (unknown actor), AIGOV_INVALID (unknown topic), AIGOV_USAGE (bad
 * date), AIGOV_NOMEM, with d filled. */
typedef struct aigov_standing {
    bool has_standing;
    char kind[16];     /* "public" | "authorized" | "mandated" | "none" */
    char via[128];     /* the delegation that gave the standing (first topic), or "" */
    int depth;         /* links from a public */
    char reason[512];  /* one sentence: the chain's last link, or why every link fails */
} aigov_standing;
aigov_status aigov_actor_standing(const aigov_corpus *c, const char *actor, const char *const *topics,
                                  int ntopics, const char *date, aigov_standing *out, aigov_diags *d);

/* May the actors `signers` publish instrument `id` of corpus c (the corpus with it added)?
 * Checked in this order, the first failure named in `check` and explained in `reason`:
 *   "issuer"       every issuer signs (the publisher and each co-issuer with its own token);
 *   "standing"     every issuer holds delegated authority over every topic on the date;
 *   "jurisdiction" the instrument's jurisdiction is one the issuers' authority covers: the
 *                  jurisdiction of a public at the root of each issuer's chain, or a
 *                  subdivision of it (INTL only for instruments that are not binding);
 *   "binding"      `binding: binding` needs an issuer whose chain is an authorization (not a
 *                  mandate alone) from a public whose jurisdiction covers it: it makes law;
 *   "relation"     revokes / amends / supersedes relations and amendments only over
 *                  instruments that share an issuer with it.
 * ok is true when every check passes. AIGOV_NOTFOUND when id is not in c. */
typedef struct aigov_authority {
    bool ok;
    char check[16];
    char reason[512];
} aigov_authority;
aigov_status aigov_instrument_authority(const aigov_corpus *c, const char *id, const char *const *signers,
                                        int nsigners, const char *date, aigov_authority *out, aigov_diags *d);

/* ---- Batches: the compiled, indexed engine (docs/performance.md, docs/batch.md) ------ */

/* A corpus compiled for checking many profiles: every condition lowered to atoms over one
 * profile field and a constant, and provisions indexed by the values they need (regions,
 * purposes, roles, thresholds), so that a profile evaluates only its candidates. The
 * index borrows the corpus (free it first); it is immutable and may be shared by threads. */
typedef struct aigov_index aigov_index;
aigov_status aigov_index_new(const aigov_corpus *c, aigov_index **out, aigov_diags *d);
void aigov_index_free(aigov_index *x);
/* The same result as aigov_check (byte-identical when rendered), through the index. */
aigov_status aigov_check_indexed(const aigov_index *x, const aigov_profile *p,
                                 const aigov_check_opts *opts, aigov_result **out,
                                 aigov_diags *d);

/* One thread's checker over an index: scratch sized for the corpus, reused for every
 * profile, so that deciding allocates nothing. Not shared between threads. opts (may be
 * NULL; its role is validated here) and date (YYYY-MM-DD overriding the profiles' dates;
 * may be NULL) are copied. */
typedef struct aigov_batch aigov_batch;
aigov_status aigov_batch_new(const aigov_index *x, const aigov_check_opts *opts, const char *date,
                             aigov_batch **out, aigov_diags *d);
void aigov_batch_free(aigov_batch *b);

/* Decides one parsed profile (made with the index's corpus): the counts of aigov_check,
 * with no allocation. */
void aigov_batch_decide(aigov_batch *b, const aigov_profile *p, aigov_result_counts *out);
/* The same for n profiles at once (out[i] for ps[i]), reading ahead in the list so that
 * profiles held in memory (a registry's filings) cost fewer cache misses. */
void aigov_batch_decide_many(aigov_batch *b, const aigov_profile *const *ps, size_t n, aigov_result_counts *out);

/* A growable output buffer the caller owns (start it zeroed; free(data) when done). */
typedef struct aigov_buf {
    char *data;
    size_t len, cap;
} aigov_buf;

/* One JSON Lines record: parses `text` (len bytes, one line without its newline) as a
 * profile, decides it and appends one line of output (docs/batch.md), newline included,
 * to out. `file` and `line` name the record in diagnostics ("profiles.jsonl:3:17: error:
 * ..."). On a bad record returns non-OK with the errors in d and appends nothing;
 * AIGOV_NOMEM when out cannot grow. */
aigov_status aigov_batch_line(aigov_batch *b, const char *file, long line, const char *text,
                              size_t len, aigov_buf *out, aigov_diags *d);
/* Appends the output line that stands for a bad record under --keep-going:
 * {"line": N, "errors": [{"line", "col", "json_path", "message"}]}. */
aigov_status aigov_batch_error_line(long line, const aigov_diags *d, aigov_buf *out);

#ifdef __cplusplus
}
#endif
#endif
