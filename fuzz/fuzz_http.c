/* fuzz_http.c — the registry service's request handling in process (server/api.c,
 * sv_app_handle), with no socket: an app over a temporary SQLite file whose tokens are
 * bound to two actors of the corpus. The input is one request:
 *
 *     METHOD\n
 *     PATH?QUERY\n          (percent-decoded as libmicrohttpd does; at most 16 arguments)
 *     AUTHORIZATION\n       ("$A" / "$B" / "$O" stand for the tokens of nist / openai / the operator; empty: none)
 *     CONTENT-TYPE\n        (empty: none)
 *     BODY                  (the rest, verbatim)
 *
 * Every answer must have a status the API documents, a content type, a body whose
 * length is right, JSON that parses whenever the type says JSON (an error object for
 * 4xx), the challenge on 401 and the Allow header on 405; no 500 (nothing fails here
 * but a bug), no crash, no leak. With AIGOV_FUZZ_VERBOSE set, each answer's status and
 * start go to stderr (to see what a seed exercises). */
#include "fuzz.h"
#include "server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static sv_app *app;
static char *tok_a, *tok_b, *tok_o;
static char db[256];

static void cleanup(void) {
    sv_app_free(app);
    free(tok_a);
    free(tok_b);
    free(tok_o);
    const char *suffix[] = {"", "-wal", "-shm", ".key"};
    for (int i = 0; i < 4; i++) {
        char p[300];
        snprintf(p, sizeof p, "%s%s", db, suffix[i]);
        unlink(p);
    }
}

static void setup(void) {
    if (app) return;
    snprintf(db, sizeof db, "%s/aigov-fuzz-http-%d.db", access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp", (int)getpid());
    unlink(db);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_token_request op = {.operator_ = true};
    if (aigov_token_create(db, NULL, "nist", &tok_a, &d) != AIGOV_OK ||
        aigov_token_create(db, NULL, "openai", &tok_b, &d) != AIGOV_OK ||
        aigov_token_make(db, NULL, &op, &tok_o, &d) != AIGOV_OK) {
        fprintf(stderr, "fuzz_http: cannot create tokens in %s: %s\n", db, d.n ? d.items[0].message : "?");
        abort();
    }
    aigov_diags_free(&d);
    aigov_server_opts o = {0};
    o.db = db;
    o.date = "2026-11-28";
    char why[SV_WHY];
    if (!(app = sv_app_new(&o, why))) { fprintf(stderr, "fuzz_http: %s\n", why); abort(); }
    atexit(cleanup);
}

/* The next line of [*p, end) as a NUL-terminated copy (the newline dropped). */
static char *next_line(const char **p, const char *end) {
    const char *nl = *p < end ? memchr(*p, '\n', (size_t)(end - *p)) : NULL;
    size_t len = *p < end ? (nl ? (size_t)(nl - *p) : (size_t)(end - *p)) : 0;
    char *s = strndup(*p < end ? *p : "", len);
    if (!s) abort();
    *p += len + (nl != NULL);
    return s;
}

static int hex(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Percent-decodes s in place ('+' is a space in the query), stopping at a decoded NUL. */
static void unescape(char *s, bool plus) {
    char *o = s;
    for (char *i = s; *i; i++) {
        if (*i == '%' && hex(i[1]) >= 0 && hex(i[2]) >= 0) { *o++ = (char)(hex(i[1]) * 16 + hex(i[2])); i += 2; }
        else *o++ = plus && *i == '+' ? ' ' : *i;
    }
    *o = 0;
}

/* "$A", "$B" and "$O" become the three tokens. */
static char *authorization(const char *h) {
    size_t cap = strlen(h) * 48 + 1;
    char *out = malloc(cap), *o = out;
    if (!out) abort();
    for (const char *p = h; *p; p++) {
        const char *t = p[0] == '$' && p[1] == 'A' ? tok_a : p[0] == '$' && p[1] == 'B' ? tok_b
                      : p[0] == '$' && p[1] == 'O' ? tok_o : NULL;
        if (t) { o += sprintf(o, "%s", t); p++; }
        else *o++ = *p;
    }
    *o = 0;
    return out;
}

static void check_response(const sv_request *rq, const sv_response *rs) {
    static const int documented[] = {200, 201, 400, 401, 403, 404, 405, 409, 413, 422};
    bool known = false;
    for (size_t i = 0; i < sizeof documented / sizeof documented[0]; i++) known |= rs->status == documented[i];
    if (!known) { fprintf(stderr, "status %d for %s %s\n", rs->status, rq->method, rq->path); abort(); }
    if (!rs->content_type || (!rs->body && rs->body_len)) abort();
    if (rs->status == 401 && !rs->challenge) abort();
    if (rs->status == 405 && (!rs->allow || !*rs->allow)) abort();
    if (!rs->body_static && rs->body && strlen(rs->body) != rs->body_len) abort();
    if (strncmp(rs->content_type, "application/json", 16)) return;
    json_error_t je;
    json_t *j = json_loadb(rs->body, rs->body_len, JSON_REJECT_DUPLICATES, &je);
    if (!j) { fprintf(stderr, "invalid JSON answer (%s) to %s %s: %.300s\n", je.text, rq->method, rq->path, rs->body); abort(); }
    json_t *e = json_object_get(j, "error");
    if (rs->status >= 400 && (!json_is_string(json_object_get(e, "code")) || !json_is_string(json_object_get(e, "message")))) abort();
    json_decref(j);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    setup();
    const char *p = (const char *)data, *end = p + size;
    char *method = next_line(&p, end), *target = next_line(&p, end), *auth = next_line(&p, end), *type = next_line(&p, end);
    char *body = malloc((size_t)(end - p) + 1); /* NUL-terminated like http.c's buffer */
    if (!body) abort();
    memcpy(body, p, (size_t)(end - p));
    body[end - p] = 0;
    sv_request rq = {0};
    rq.method = *method ? method : "GET";
    char *query = strchr(target, '?');
    if (query) *query++ = 0;
    unescape(target, false);
    rq.path = *target ? target : "/";
    for (char *save = NULL, *kv = query ? strtok_r(query, "&", &save) : NULL; kv; kv = strtok_r(NULL, "&", &save)) {
        if (rq.nargs >= SV_MAX_ARGS) { rq.too_many_args = true; break; }
        char *eq = strchr(kv, '=');
        if (eq) *eq++ = 0;
        unescape(kv, true);
        if (eq) unescape(eq, true);
        rq.args[rq.nargs].key = kv;
        rq.args[rq.nargs++].value = eq ? eq : "";
    }
    char *ah = *auth ? authorization(auth) : NULL;
    rq.authorization = ah;
    rq.content_type = *type ? type : NULL;
    rq.body = body;
    rq.body_len = (size_t)(end - p);
    sv_response rs;
    sv_app_handle(app, &rq, &rs);
    if (getenv("AIGOV_FUZZ_VERBOSE")) fprintf(stderr, "%d %s %s: %.120s\n", rs.status, rq.method, rq.path, rs.body ? rs.body : "");
    check_response(&rq, &rs);
    if (!rs.body_static) free(rs.body);
    free(ah);
    free(body);
    free(method);
    free(target);
    free(auth);
    free(type);
    return 0;
}
