/* cli.h — what the command files of `aigov` share: the parsed options, the helpers
 * that read inputs and print outputs, and the entry point of every command. Commands
 * use only the public library header. Exit codes: 0 ok, 1 findings, 2 bad usage or
 * input; a command prints its output only once it is complete. */
#ifndef AIGOV_CLI_H
#define AIGOV_CLI_H
#include <aigov/aigov.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define EXIT_FINDINGS 1
#define EXIT_BAD 2

typedef struct opts {
    const char *corpus, *corpus2, *date, *format, *role, *fail_on, *profile, *from_model_card;
    const char *criteria, *topic, *revoke, *overlay, *profiles, *batch, *jobs, *db, *listen;
    const char *limit, *out;
    const char *expires, *name, *kind, *established; /* token create, org add */
    bool all, help, keep_going, operator_;
    const char *args[64];
    int nargs;
    const char *request_timeout; /* serve: seconds a request may take to arrive */
    const char *layer, *jurisdiction; /* analysis filters */
} opts;

void usage_error(const char *fmt, const char *arg);
void print_diags(const aigov_diags *d);
/* Reads a whole file ("-" = stdin, at most 8 MiB) into a malloc'd NUL-terminated buffer;
 * prints the error and returns false on failure. */
bool read_all(const char *path, char **out, size_t *len);
/* fmt must be one of "a|b|c"; prints the error otherwise. */
bool check_format(const char *fmt, const char *allowed);
/* The corpus of --corpus (or the built-in one), with --overlay applied when given; NULL
 * after printing the errors. */
aigov_corpus *load_corpus(const opts *o);
aigov_profile *load_profile(const aigov_corpus *c, const char *path, const char *date);
/* Prints s (then frees it) and flushes; EXIT_BAD when s is NULL or stdout fails. */
int emit(char *s);
bool valid_date(const char *s);
/* DOT -> SVG through graphviz's `dot`; NULL after printing why. */
char *dot_to_svg(const char *dot);

/* Commands defined in their own files (cmd_NAME.c). */
int cmd_serve(const opts *o); /* cmd_serve.c: serve, token create, audit verify */
int cmd_token(const opts *o);
int cmd_audit(const opts *o);
int cmd_org(const opts *o);
int cmd_store(const opts *o);
int cmd_map(const opts *o);        /* cmd_map.c */
int cmd_gaps(const opts *o);       /* cmd_gaps.c */
int cmd_conflicts(const opts *o);  /* cmd_conflicts.c: conflicts, divergence */
int cmd_divergence(const opts *o);
int cmd_whatif(const opts *o);     /* cmd_whatif.c: whatif, diff */
int cmd_diff(const opts *o);

#endif
