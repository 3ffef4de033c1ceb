/* cmd_serve.c — `aigov serve`, `aigov token create ACTOR` and `aigov audit verify`: the
 * registry service's commands (server/aigov_server.h does the work; docs/api.md). */
#include "cli.h"

#include <aigov_server.h>
#include <stdlib.h>

static int report(aigov_diags *d, aigov_status s) {
    print_diags(d);
    aigov_diags_free(d);
    return s == AIGOV_OK ? 0 : EXIT_BAD;
}

int cmd_serve(const opts *o) {
    if (o->nargs) { usage_error("serve takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    if (!o->db) { usage_error("serve needs --db FILE (the registry's SQLite database, created when missing)%s", ""); return EXIT_BAD; }
    aigov_server_opts so = {.db = o->db, .listen = o->listen, .corpus_dir = o->corpus, .date = o->date};
    if (o->jobs) {
        char *end;
        long n = strtol(o->jobs, &end, 10);
        if (*end || end == o->jobs || n < 1 || n > 256) { usage_error("--jobs must be 1..256, found '%s'", o->jobs); return EXIT_BAD; }
        so.threads = (int)n;
    }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    return report(&d, aigov_serve(&so, &d));
}

int cmd_token_create(const opts *o) {
    if (o->nargs != 1) { usage_error("usage: aigov token create ACTOR --db FILE%s", ""); return EXIT_BAD; }
    if (!o->db) { usage_error("token create needs --db FILE%s", ""); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *token = NULL;
    aigov_status s = aigov_token_create(o->db, o->corpus, o->args[0], &token, &d);
    if (s != AIGOV_OK) return report(&d, s);
    aigov_diags_free(&d);
    fprintf(stderr, "aigov: token for actor '%s' (shown once; only its hash is stored):\n", o->args[0]);
    size_t n = strlen(token);
    char *line = malloc(n + 2);
    if (!line) { free(token); return EXIT_BAD; }
    memcpy(line, token, n);
    memcpy(line + n, "\n", 2);
    free(token);
    return emit(line);
}

int cmd_audit_verify(const opts *o) {
    if (o->nargs) { usage_error("usage: aigov audit verify --db FILE%s", ""); return EXIT_BAD; }
    if (!o->db) { usage_error("audit verify needs --db FILE%s", ""); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_audit_verify(o->db, &rep, &d);
    if (!rep) return report(&d, s);
    aigov_diags_free(&d);
    int rc = emit(rep);
    return rc ? rc : s == AIGOV_OK ? 0 : EXIT_FINDINGS;
}
