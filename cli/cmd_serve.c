/* cmd_serve.c — the registry's commands: `aigov serve`, `token create|list|revoke`,
 * `org add|list` and `audit verify` (server/aigov_server.h does the work; docs/api.md). */
#include "cli.h"

#include <aigov_server.h>
#include <stdlib.h>
#include <string.h>

static int report(aigov_diags *d, aigov_status s) {
    print_diags(d);
    aigov_diags_free(d);
    return s == AIGOV_OK ? 0 : EXIT_BAD;
}

static int print_report(char *rep, aigov_diags *d, aigov_status s) {
    if (!rep) return report(d, s);
    aigov_diags_free(d);
    return emit(rep);
}

static bool need_db(const opts *o) {
    if (o->db) return true;
    usage_error("%s needs --db FILE (the registry's SQLite database)", o->cmd_name);
    return false;
}

int cmd_serve(const opts *o) {
    if (o->nargs) { usage_error("serve takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    if (!o->db) { usage_error("serve needs --db FILE (the registry's SQLite database, created when missing)%s", ""); return EXIT_BAD; }
    aigov_server_opts so = {.db = o->db, .listen = o->listen, .corpus_dir = o->corpus, .date = o->date, .log_key = o->log_key};
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
    if (o->max_seconds) {
        char *end;
        long n = strtol(o->max_seconds, &end, 10);
        if (*end || end == o->max_seconds || n < 1 || n > 3600) { usage_error("--max-seconds must be 1..3600 seconds, found '%s'", o->max_seconds); return EXIT_BAD; }
        so.max_seconds = (int)n;
    }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    return report(&d, aigov_serve(&so, &d));
}

int cmd_token_create(const opts *o) {
    if (o->nargs != (o->operator_ ? 0 : 1)) {
        usage_error("usage: aigov token create HOLDER --db FILE, or token create --operator --db FILE%s", "");
        return EXIT_BAD;
    }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_token_request rq = {.holder = o->operator_ ? NULL : o->args[0], .operator_ = o->operator_, .expires = o->expires};
    char *token = NULL;
    aigov_status s = aigov_token_make(o->db, o->corpus, &rq, &token, &d);
    if (s != AIGOV_OK) return report(&d, s);
    aigov_diags_free(&d);
    fprintf(stderr, "aigov: %s token%s%s%s%s (shown once; only its hash is stored):\n", o->operator_ ? "operator" : "a",
            o->operator_ ? "" : " for '", o->operator_ ? "" : o->args[0], o->operator_ ? "" : "'",
            o->expires ? ", refused from the expiry date on" : "");
    size_t n = strlen(token);
    char *line = malloc(n + 2);
    if (!line) { free(token); return EXIT_BAD; }
    memcpy(line, token, n);
    memcpy(line + n, "\n", 2);
    free(token);
    return emit(line);
}

int cmd_token_list(const opts *o) {
    if (o->nargs) { usage_error("token list takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_token_list(o->db, format_of(o), &rep, &d);
    return print_report(rep, &d, s);
}

int cmd_token_revoke(const opts *o) {
    if (o->nargs != 1) { usage_error("usage: aigov token revoke ID --db FILE%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_status s = aigov_token_revoke(o->db, o->args[0], &d);
    if (s == AIGOV_OK) fprintf(stderr, "aigov: token %s revoked\n", o->args[0]);
    return report(&d, s);
}

int cmd_org_add(const opts *o) {
    if (o->nargs != 1) { usage_error("usage: aigov org add ID --name NAME --kind KIND --established-in REGION --db FILE%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    const char *missing = !o->name ? "--name" : !o->kind ? "--kind" : !o->established ? "--established-in" : NULL;
    if (missing) { usage_error("org add needs %s", missing); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_org org = {.id = o->args[0], .name = o->name, .kind = o->kind, .established = o->established};
    aigov_status s = aigov_org_add(o->db, o->corpus, &org, &d);
    if (s == AIGOV_OK) fprintf(stderr, "aigov: organisation '%s' registered\n", o->args[0]);
    return report(&d, s);
}

int cmd_org_list(const opts *o) {
    if (o->nargs) { usage_error("org list takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_org_list(o->db, format_of(o), &rep, &d);
    return print_report(rep, &d, s);
}

int cmd_audit_verify(const opts *o) {
    if (o->nargs) { usage_error("usage: aigov audit verify --db FILE [--head FILE]%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    if (o->public_key && !o->head) { usage_error("--public-key pins the key of a saved head: give --head FILE too%s", ""); return EXIT_BAD; }
    aigov_head_check hc = {.head_name = o->head, .public_key = o->public_key, .corpus_dir = o->corpus};
    char *head = NULL;
    if (o->head && !read_all(o->head, &head, &hc.head_len)) return EXIT_BAD;
    hc.head = head;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_audit_verify(o->db, &hc, &rep, &d);
    free(head);
    if (!rep) return report(&d, s);
    aigov_diags_free(&d);
    int rc = emit(rep);
    return rc ? rc : s == AIGOV_OK ? 0 : EXIT_FINDINGS;
}

int cmd_audit_head(const opts *o) {
    if (o->nargs) { usage_error("usage: aigov audit head --db FILE [--log-key FILE]%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *json = NULL;
    aigov_status s = aigov_audit_head(o->db, o->log_key, &json, &d);
    if (!json) return report(&d, s);
    aigov_diags_free(&d);
    size_t n = strlen(json);
    char *line = realloc(json, n + 2);
    if (!line) { free(json); return EXIT_BAD; }
    memcpy(line + n, "\n", 2);
    return emit(line);
}

int cmd_audit_check(const opts *o) {
    if (o->nargs) { usage_error("audit check takes no arguments, found '%s'", o->args[0]); return EXIT_BAD; }
    if (!o->head) { usage_error("audit check needs --head FILE: the signed tree head (GET /v1/audit/head)%s", ""); return EXIT_BAD; }
    if (o->consistency && !o->old_head) { usage_error("--consistency is checked against a head kept earlier: give --old-head FILE%s", ""); return EXIT_BAD; }
    if (o->entry_hash && !o->inclusion) { usage_error("--entry-hash names the entry an inclusion proof proves: give --inclusion FILE too%s", ""); return EXIT_BAD; }
    aigov_proof_inputs in = {.public_key = o->public_key, .entry_hash = o->entry_hash, .head_name = o->head, .old_head_name = o->old_head,
                             .inclusion_name = o->inclusion, .consistency_name = o->consistency};
    char *bufs[4] = {0};
    const char *paths[4] = {o->head, o->old_head, o->inclusion, o->consistency};
    size_t lens[4] = {0};
    int rc = 0;
    for (int i = 0; i < 4 && !rc; i++)
        if (paths[i] && !read_all(paths[i], &bufs[i], &lens[i])) rc = EXIT_BAD;
    if (!rc) {
        in.head = bufs[0], in.head_len = lens[0];
        in.old_head = bufs[1], in.old_head_len = lens[1];
        in.inclusion = bufs[2], in.inclusion_len = lens[2];
        in.consistency = bufs[3], in.consistency_len = lens[3];
        aigov_diags d;
        aigov_diags_init(&d, 10);
        char *rep = NULL;
        aigov_status s = aigov_audit_check_proofs(&in, &rep, &d);
        if (!rep) rc = report(&d, s);
        else {
            aigov_diags_free(&d);
            rc = emit(rep);
            if (!rc && s != AIGOV_OK) rc = EXIT_FINDINGS;
        }
    }
    for (int i = 0; i < 4; i++) free(bufs[i]);
    return rc;
}

int cmd_store_migrate(const opts *o) {
    if (o->nargs) { usage_error("usage: aigov store migrate --db FILE|postgresql://...%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_store_migrate(o->db, &rep, &d);
    if (!rep) return report(&d, s);
    aigov_diags_free(&d);
    return emit(rep);
}

int cmd_store_backup(const opts *o) {
    if (o->nargs) { usage_error("usage: aigov store backup --db FILE --out COPY%s", ""); return EXIT_BAD; }
    if (!need_db(o)) return EXIT_BAD;
    if (!o->out) { usage_error("store backup needs --out COPY: the file to make%s", ""); return EXIT_BAD; }
    aigov_diags d;
    aigov_diags_init(&d, 10);
    char *rep = NULL;
    aigov_status s = aigov_store_backup(o->db, o->out, &rep, &d);
    if (!rep) return report(&d, s);
    aigov_diags_free(&d);
    int rc = emit(rep);
    return rc ? rc : s == AIGOV_OK ? 0 : EXIT_FINDINGS;
}
