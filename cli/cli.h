/* cli.h — what the command files of `aigov` share: the command and option tables, the
 * parsed options, the helpers that read inputs and print outputs, and the entry point of
 * every command. Commands use only the public library header. Exit codes: 0 ok, 1
 * findings, 2 bad usage or input; a command prints its output only once it is complete.
 *
 * Adding a command: write `int cmd_NAME(const opts *o)` (in its own cmd_NAME.c when it is
 * more than a few lines), declare it below, and add one entry to COMMANDS in commands.c
 * with its options. Usage text, `aigov help NAME`, `NAME --help`, option validation, "did
 * you mean", `aigov --help` and the bash/zsh completions all come from that entry. A new
 * option also needs its field in `opts` and one row in OPTION_FIELDS (args.c). */
#ifndef AIGOV_CLI_H
#define AIGOV_CLI_H
#include <aigov/aigov.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define EXIT_FINDINGS 1
#define EXIT_BAD 2

/* One option of a command: --name (and -letter), its value's name, one line of help. */
typedef struct cli_option {
    const char *name;   /* long name without the dashes: "date" */
    char letter;        /* short form (-d), or 0 */
    const char *arg;    /* the value's name ("YYYY-MM-DD"), or NULL for a flag */
    const char *help;   /* one line */
} cli_option;

typedef struct opts opts;

/* One command (or one subcommand of a command). A command with subcommands has run ==
 * NULL; a subcommand without options of its own takes its parent's. */
typedef struct cli_command {
    const char *name;
    const char *group;     /* section of `aigov --help`: "systems", "corpus", "regime", "registry", "other" */
    const char *args;      /* what follows the name in the usage line; alternatives separated by '\n' */
    const char *summary;   /* one line for `aigov --help` */
    const char *help;      /* paragraphs for `aigov help NAME` */
    const char *formats;   /* the --format values, default first ("text|json|md"); NULL: no --format */
    const char *words;     /* completion of the positional arguments: NULL files, "" none, else words */
    const cli_option *options;            /* ends with {0}; --help and --format are implied */
    int (*run)(const opts *o);
    const struct cli_command *subcommands; /* ends with {0} */
} cli_command;

struct opts {
    const cli_command *cmd;  /* the command (or subcommand) run */
    const char *cmd_name;    /* "check", "corpus list" */
    const char *corpus, *corpus2, *date, *format, *role, *fail_on, *profile, *from_model_card;
    const char *criteria, *topic, *revoke, *overlay, *profiles, *batch, *jobs, *db, *listen;
    const char *limit, *out;
    const char *expires, *name, *kind, *established; /* token create, org add */
    bool all, help, keep_going, operator_;
    bool voluntary, binding_only, legitimacy; /* check: what the report shows */
    bool sweep;                                /* legitimacy: FILE... are criteria and overlays */
    const char *from, *to;                    /* timeline: the period */
    const char *request_timeout;              /* serve: seconds a request may take to arrive */
    const char *layer, *jurisdiction;         /* map, gaps, conflicts: filters */
    const char *by;                           /* panel: the cell's dimensions */
    const char *population;                   /* reach: the population file (JSONL) */
    bool companies;                           /* panel: count companies among active actors */
    const char *before, *since;               /* corpus stale --before, corpus changes --since */
    const char *log_key;                      /* serve, audit head: the log's signing key file */
    const char *head, *old_head, *inclusion, *consistency, *public_key, *entry_hash; /* audit verify|check */
    const char *args[64];
    int nargs;
};

extern const cli_command COMMANDS[]; /* commands.c; ends with {0} */
extern const char *const GROUPS[][2]; /* commands.c: group code, heading; ends with {0} */

/* args.c: parsing, help, validation, completion. */
int cli_main(int argc, char **argv);
void cli_help(FILE *f, const cli_command *c, const char *parent);
void cli_completion_bash(FILE *f);
void cli_completion_zsh(FILE *f);
/* The closest of `n` candidates to `s` by edit distance, or NULL when none is close. */
const char *cli_closest(const char *s, const char *const *cands, size_t n);

void usage_error(const char *fmt, const char *arg);
void print_diags(const aigov_diags *d);
/* Reads a whole file ("-" = stdin, at most 8 MiB) into a malloc'd NUL-terminated buffer;
 * prints the error and returns false on failure. */
bool read_all(const char *path, char **out, size_t *len);
/* The corpus of --corpus (or the built-in one), with --overlay applied when given; NULL
 * after printing the errors. */
aigov_corpus *load_corpus(const opts *o);
aigov_profile *load_profile(const aigov_corpus *c, const char *path, const char *date);
/* Prints s (then frees it) and flushes; EXIT_BAD when s is NULL or stdout fails. */
int emit(char *s);
/* --fail-on: whether `what` is a known condition (prints the error if not), and whether
 * a result's counts meet it. */
bool check_fail_on(const char *what);
bool fails_on(const char *what, const aigov_result *r);
/* DOT -> SVG through graphviz's `dot`; NULL after printing why. */
char *dot_to_svg(const char *dot);
/* The --format given, or the command's default (the first of its formats). */
const char *format_of(const opts *o);

/* Every command's entry point. */
int cmd_check(const opts *o);      /* main.c */
int cmd_explain(const opts *o);
int cmd_eval(const opts *o);
int cmd_validate(const opts *o);
int cmd_corpus_list(const opts *o);
int cmd_corpus_show(const opts *o);
int cmd_corpus_stats(const opts *o);
int cmd_corpus_export(const opts *o);
int cmd_profile(const opts *o);
int cmd_legitimacy(const opts *o);
int cmd_help(const opts *o);       /* args.c */
int cmd_completion(const opts *o);
int cmd_serve(const opts *o);      /* cmd_serve.c: serve, token create, audit verify */
int cmd_token_create(const opts *o);
int cmd_token_list(const opts *o);
int cmd_token_revoke(const opts *o);
int cmd_org_add(const opts *o);
int cmd_org_list(const opts *o);
int cmd_audit_verify(const opts *o);
int cmd_audit_head(const opts *o);
int cmd_audit_check(const opts *o);
int cmd_store_migrate(const opts *o);
int cmd_store_backup(const opts *o);
int cmd_map(const opts *o);        /* cmd_analysis.c: map, gaps, conflicts, divergence */
int cmd_gaps(const opts *o);
int cmd_conflicts(const opts *o);
int cmd_divergence(const opts *o);
int cmd_panel(const opts *o);
int cmd_blocs(const opts *o);
int cmd_compare(const opts *o);
int cmd_reach(const opts *o);
int cmd_whatif(const opts *o);     /* cmd_whatif.c: whatif, diff */
int cmd_diff(const opts *o);
int cmd_ask(const opts *o);        /* cmd_ask.c */
int cmd_timeline(const opts *o);   /* cmd_timeline.c */
int cmd_functions(const opts *o);  /* cmd_functions.c */
int cmd_corpus_stale(const opts *o);   /* cmd_currency.c */
int cmd_corpus_changes(const opts *o);

#endif
