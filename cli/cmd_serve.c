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
    if (o->request_timeout) {
        char *end;
        long n = strtol(o->request_timeout, &end, 10);
        if (*end || end == o->request_timeout || n < 1 || n > 3600) { usage_error("--request-timeout must be 1..3600 seconds, found '%s'", o->request_timeout); return EXIT_BAD; }
        so.request_timeout_s = (int)n;
    }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    return report(&d, aigov_serve(&so, &d));
}

static int print_report(char *rep, aigov_diags *d, aigov_status s) {
    if (!rep) return report(d, s);
    aigov_diags_free(d);
    return emit(rep);
}

int cmd_token(const opts *o) {
    const char *sub = o->nargs ? o->args[0] : "";
    if (!o->db && o->nargs) { usage_error("token %s needs --db FILE", sub); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (!strcmp(sub, "list") && o->nargs == 1) {
        const char *fmt = o->format ? o->format : "text";
        if (!check_format(fmt, "text|json")) { aigov_diags_free(&d); return EXIT_BAD; }
        char *rep = NULL;
        aigov_status s = aigov_token_list(o->db, fmt, &rep, &d);
        return print_report(rep, &d, s);
    }
    if (!strcmp(sub, "revoke") && o->nargs == 2) {
        aigov_status s = aigov_token_revoke(o->db, o->args[1], &d);
        if (s == AIGOV_OK) fprintf(stderr, "aigov: token %s revoked\n", o->args[1]);
        return report(&d, s);
    }
    if (strcmp(sub, "create") || o->nargs != (o->operator_ ? 1 : 2)) {
        aigov_diags_free(&d);
        usage_error("usage: aigov token create HOLDER|--operator [--expires D] --db FILE, token list --db FILE, "
                    "token revoke ID --db FILE%s", "");
        return EXIT_BAD;
    }
    aigov_token_request rq = {.holder = o->operator_ ? NULL : o->args[1], .operator_ = o->operator_, .expires = o->expires};
    char *token = NULL;
    aigov_status s = aigov_token_make(o->db, o->corpus, &rq, &token, &d);
    if (s != AIGOV_OK) return report(&d, s);
    aigov_diags_free(&d);
    fprintf(stderr, "aigov: %s token%s%s%s%s (shown once; only its hash is stored):\n", o->operator_ ? "operator" : "a",
            o->operator_ ? "" : " for '", o->operator_ ? "" : o->args[1], o->operator_ ? "" : "'",
            o->expires ? ", refused from the expiry date on" : "");
    size_t n = strlen(token);
    char *line = malloc(n + 2);
    if (!line) { free(token); return EXIT_BAD; }
    memcpy(line, token, n);
    memcpy(line + n, "\n", 2);
    free(token);
    return emit(line);
}

int cmd_org(const opts *o) {
    const char *sub = o->nargs ? o->args[0] : "";
    if (!o->db && o->nargs) { usage_error("org %s needs --db FILE", sub); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (!strcmp(sub, "list") && o->nargs == 1) {
        const char *fmt = o->format ? o->format : "text";
        if (!check_format(fmt, "text|json")) { aigov_diags_free(&d); return EXIT_BAD; }
        char *rep = NULL;
        aigov_status s = aigov_org_list(o->db, fmt, &rep, &d);
        return print_report(rep, &d, s);
    }
    if (strcmp(sub, "add") || o->nargs != 2) {
        aigov_diags_free(&d);
        usage_error("usage: aigov org add ID --name NAME --kind KIND --established REGION --db FILE, org list --db FILE%s", "");
        return EXIT_BAD;
    }
    aigov_org org = {.id = o->args[1], .name = o->name, .kind = o->kind, .established = o->established};
    const char *missing = !o->name ? "--name" : !o->kind ? "--kind" : !o->established ? "--established" : NULL;
    if (missing) { aigov_diags_free(&d); usage_error("org add needs %s", missing); return EXIT_BAD; }
    aigov_status s = aigov_org_add(o->db, o->corpus, &org, &d);
    if (s == AIGOV_OK) fprintf(stderr, "aigov: organisation '%s' registered\n", o->args[1]);
    return report(&d, s);
}

int cmd_audit(const opts *o) {
    if (o->nargs != 1 || strcmp(o->args[0], "verify")) { usage_error("usage: aigov audit verify --db FILE%s", ""); return EXIT_BAD; }
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

int cmd_store(const opts *o) {
    if (o->nargs != 1 || strcmp(o->args[0], "migrate")) { usage_error("usage: aigov store migrate --db FILE|postgresql://...%s", ""); return EXIT_BAD; }
    if (!o->db) { usage_error("store migrate needs --db FILE or --db postgresql://...%s", ""); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_store_migrate(o->db, &rep, &d);
    if (!rep) return report(&d, s);
    aigov_diags_free(&d);
    return emit(rep);
}
