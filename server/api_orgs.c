/* api_orgs.c — organisations and tokens (operator), whoami, and the CLI's token and org
 * commands, which go through the same validation. */
#include "api.h"
#include "db.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* -- Organisations and tokens (operator) -- */
static const char *const ORG_KINDS[] = {"company", "public_body", "non_profit", "research", "standards_body", "other"};

/* Whether `holder` may hold a token: an organisation of the registry or an actor of the
 * corpus. On false, msg says why (with the corpus's suggestion). */
static bool holder_known(sv_app *a, const char *holder, char *msg, size_t cap) {
    if (sv_org_exists(a->store, holder)) return true;
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 2);
    aigov_standing st;
    aigov_status s = aigov_actor_standing(c, holder, NULL, 0, NULL, &st, &d);
    corpus_done(a);
    if (s != AIGOV_OK)
        snprintf(msg, cap, "'%.100s' is neither an organisation of the registry nor an actor of the corpus (%.300s); an "
                 "operator registers an organisation with POST /v1/organisations", holder, d.n ? d.items[0].message : aigov_strerror(s));
    aigov_diags_free(&d);
    return s == AIGOV_OK;
}

/* Validates an organisation {"id","name","kind","established"}; false after a 400/409. */
static bool org_valid(sv_app *a, json_t *j, sv_response *rs) {
    if (!check_fields(j, "id|name|kind|established", "id|name|kind|established", rs)) return false;
    const char *id = json_string_value(json_object_get(j, "id")), *name = json_string_value(json_object_get(j, "name"));
    const char *kind = json_string_value(json_object_get(j, "kind")), *est = json_string_value(json_object_get(j, "established"));
    if (!valid_id(id)) { fail(rs, 400, "invalid", NULL, "$.id: expected lowercase kebab-case, at most 64 characters, found '%.80s'", id); return false; }
    if (strlen(name) > 200) { fail(rs, 400, "invalid", NULL, "%s", "$.name: at most 200 characters"); return false; }
    bool kind_ok = false;
    for (size_t i = 0; i < sizeof ORG_KINDS / sizeof ORG_KINDS[0]; i++) kind_ok |= !strcmp(kind, ORG_KINDS[i]);
    if (!kind_ok) {
        fail(rs, 400, "invalid", NULL, "$.kind: unknown kind '%.60s'; expected company, public_body, non_profit, research, standards_body or other", kind);
        return false;
    }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 2);
    aigov_standing st;
    bool is_actor = aigov_actor_standing(c, id, NULL, 0, NULL, &st, &d) == AIGOV_OK;
    aigov_diags_free(&d);
    aigov_diags_init(&d, 2);
    char *shown = aigov_corpus_render(c, "show", est, "json", &d);
    json_t *rj = shown ? json_loads(shown, 0, NULL) : NULL;
    const char *code = json_string_value(json_object_get(rj, "code"));
    bool region = code && !strcmp(code, est);
    char msg[700];
    snprintf(msg, sizeof msg, "$.established: '%.40s' is not a region of the corpus (an ISO 3166 code such as US, DE or US-CA)%s%.400s",
             est, d.n ? ": " : "", d.n ? d.items[0].message : "");
    json_decref(rj);
    free(shown);
    aigov_diags_free(&d);
    corpus_done(a);
    if (is_actor || !strcmp(id, "operator")) {
        fail(rs, 409, "conflict", NULL, is_actor ? "'%s' is an actor of the corpus; an organisation takes an id of its own"
                                                 : "'%s' is reserved for the registry's operator", id);
        return false;
    }
    if (!region) { fail(rs, 400, "invalid", NULL, "%s", msg); return false; }
    return true;
}

void h_org_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate_operator(a, rq, rs, &who, "register an organisation")) return;
    json_t *j = parse_body(rq, rs, "the organisation");
    if (!j) return;
    if (org_valid(a, j, rs)) {
        char now[32], why[SV_WHY];
        now_utc(now);
        sv_err e = sv_org_add(a->store, who.actor, j, now, why);
        if (e == SV_OK) {
            json_t *o = sv_org_get(a->store, json_string_value(json_object_get(j, "id")));
            if (o) set_json(rs, 201, o);
            else fail(rs, 500, "io", NULL, "%s", "the organisation was stored but cannot be read back");
        } else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    }
    json_decref(j);
}

void h_orgs(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    set_json(rs, 200, json_pack("{so}", "organisations", sv_org_list(a->store)));
}

void h_org(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_org_get(a->store, pm[0]) : NULL;
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no organisation '%s' in the registry", pm[0]);
}

void h_token_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate_operator(a, rq, rs, &who, "create tokens")) return;
    json_t *j = parse_body(rq, rs, "the token request");
    if (!j) return;
    if (!check_fields(j, "holder|role|expires", "", rs)) { json_decref(j); return; }
    json_t *rj = json_object_get(j, "role"), *hj = json_object_get(j, "holder"), *ej = json_object_get(j, "expires");
    const char *role = rj ? json_string_value(rj) : "actor";
    char day[11], msg[700];
    today(a, day);
    if (!role || (strcmp(role, "actor") && strcmp(role, "operator"))) {
        fail(rs, 400, "invalid", NULL, "%s", "$.role: expected \"actor\" or \"operator\"");
    } else if (hj && (!json_is_string(hj) || !json_string_length(hj))) {
        fail(rs, 400, "invalid", NULL, "%s", "$.holder: expected a non-empty string");
    } else if (!strcmp(role, "actor") && !hj) {
        fail(rs, 400, "invalid", NULL, "%s", "$.holder: missing (required): the organisation or corpus actor the token acts for");
    } else if (!strcmp(role, "operator") && hj && strcmp(json_string_value(hj), "operator")) {
        fail(rs, 400, "invalid", NULL, "%s", "$.holder: an operator token's holder is \"operator\" (leave it out)");
    } else if (ej && (!json_is_string(ej) || !aigov_date_valid(json_string_value(ej)))) {
        fail(rs, 400, "invalid", NULL, "%s", "$.expires: expected a date YYYY-MM-DD (the first day the token is refused)");
    } else if (ej && strcmp(json_string_value(ej), day) <= 0) {
        fail(rs, 400, "invalid", NULL, "$.expires: must be later than today (%s)", day);
    } else if (!strcmp(role, "actor") && !holder_known(a, json_string_value(hj), msg, sizeof msg)) {
        char full[760];
        snprintf(full, sizeof full, "$.holder: %s", msg);
        fail(rs, 400, "invalid", NULL, "%s", full);
    } else {
        bool op = !strcmp(role, "operator");
        const char *holder = op ? "operator" : json_string_value(hj), *expires = ej ? json_string_value(ej) : NULL;
        sv_token t;
        sv_token_new(&t);
        char now[32], why[SV_WHY];
        now_utc(now);
        sv_err e = sv_token_store(a->store, who.actor, holder, op, expires, &t, now, why);
        if (e == SV_OK)
            set_json(rs, 201, json_pack("{ss ss ss ss ss? ss}", "token", t.text, "id", t.id, "holder", holder, "role", role,
                                        "expires", expires, "note", "shown once: the registry keeps only its hash"));
        else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
        memset(&t, 0, sizeof t);
    }
    json_decref(j);
}

void h_tokens(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate(a, rq, rs, &who)) return;
    char day[11];
    today(a, day);
    set_json(rs, 200, json_pack("{so}", "tokens", sv_token_list(a->store, who.operator_ ? NULL : who.actor, day)));
}

void h_token_revoke(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    sv_principal who;
    if (!authenticate(a, rq, rs, &who)) return;
    const char *id = pm[0];
    bool hex = strlen(id) == SV_TOKEN_ID_LEN;
    for (size_t i = 0; hex && i < SV_TOKEN_ID_LEN; i++) hex = (id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f');
    if (!hex) { fail(rs, 404, "not_found", NULL, "no token '%s' (a token's id is 16 lowercase hex digits)", id); return; }
    char now[32], why[SV_WHY], holder[256];
    now_utc(now);
    sv_err e = sv_token_revoke(a->store, &who, id, now, holder, sizeof holder, why);
    if (e == SV_OK) set_json(rs, 200, json_pack("{ss ss ss ss}", "id", id, "holder", holder, "revoked_at", now, "revoked_by", who.actor));
    else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
}

void h_whoami(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate(a, rq, rs, &who)) return;
    set_json(rs, 200, json_pack("{ss ss ss}", "actor", who.actor, "token_id", who.token_id, "role", who.operator_ ? "operator" : "actor"));
}

/* ---- Entry points for the CLI that need no HTTP ----------------------------------------- */
/* Opens the store of an existing or new database for a command; false with d filled. */
static bool open_store(const char *db, sv_store **store, aigov_diags *d) {
    char why[SV_WHY];
    if (!sv_token_init()) { sv_diag(d, "aigov", "%s", "libsodium cannot start"); return false; }
    if (sv_store_open(db, store, why) != SV_OK) { sv_diag(d, db, "%s", why); return false; }
    return true;
}

static aigov_status load_corpus_for(const char *corpus_dir, aigov_corpus **c, aigov_diags *d) {
    return corpus_dir ? aigov_corpus_load_dir(corpus_dir, c, d) : aigov_corpus_load_builtin(c, d);
}

aigov_status aigov_token_make(const char *db, const char *corpus_dir, const aigov_token_request *rq, char **token, aigov_diags *d) {
    *token = NULL;
    const char *holder = rq->operator_ ? "operator" : rq->holder;
    if (!holder) { sv_diag(d, "aigov token", "%s", "token create needs a HOLDER (an organisation or an actor), or --operator"); return AIGOV_USAGE; }
    if (rq->expires) {
        char day[11];
        time_t now = time(NULL);
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(day, sizeof day, "%Y-%m-%d", &tm);
        if (!aigov_date_valid(rq->expires)) { sv_diag(d, "--expires", "expected a date YYYY-MM-DD, found '%s'", rq->expires); return AIGOV_USAGE; }
        if (strcmp(rq->expires, day) <= 0) { sv_diag(d, "--expires", "must be later than today, found '%s'", rq->expires); return AIGOV_USAGE; }
    }
    sv_store *store;
    if (!open_store(db, &store, d)) return AIGOV_IO;
    aigov_status s = AIGOV_OK;
    if (!rq->operator_ && !sv_org_exists(store, holder)) {
        /* Not an organisation of the registry: it must be an actor of the corpus. */
        aigov_corpus *c = NULL;
        s = load_corpus_for(corpus_dir, &c, d);
        aigov_standing st;
        if (s == AIGOV_OK) s = aigov_actor_standing(c, holder, NULL, 0, NULL, &st, d);
        aigov_corpus_free(c);
        if (s == AIGOV_NOTFOUND && d->n)
            snprintf(d->items[d->n - 1].message + strlen(d->items[d->n - 1].message),
                     sizeof d->items[0].message - strlen(d->items[d->n - 1].message),
                     " (nor an organisation of the registry: `aigov org add` registers one)");
    }
    if (s == AIGOV_OK) {
        sv_token t;
        sv_token_new(&t);
        char now[32], why[SV_WHY];
        now_utc(now);
        if (sv_token_store(store, "operator", holder, rq->operator_, rq->expires, &t, now, why) != SV_OK) { sv_diag(d, db, "%s", why); s = AIGOV_IO; }
        else if (!(*token = strdup(t.text))) s = AIGOV_NOMEM;
        memset(&t, 0, sizeof t);
    }
    sv_store_close(store);
    return s;
}

aigov_status aigov_token_create(const char *db, const char *corpus_dir, const char *actor, char **token, aigov_diags *d) {
    aigov_token_request rq = {.holder = actor};
    return aigov_token_make(db, corpus_dir, &rq, token, d);
}

static char *render_rows(json_t *rows, const char *format, const char *const *cols, int ncols) {
    if (!strcmp(format, "json")) {
        char *s = json_dumps(rows, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        json_decref(rows);
        if (!s) return NULL;
        size_t n = strlen(s);
        char *t = realloc(s, n + 2);
        if (!t) { free(s); return NULL; }
        memcpy(t + n, "\n", 2);
        return t;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { json_decref(rows); return NULL; }
    json_t *arr = json_object_get(rows, json_object_iter_key(json_object_iter(rows)));
    size_t i;
    json_t *r;
    for (int k = 0; k < ncols; k++) fprintf(f, "%s%s", k ? "\t" : "", cols[k]);
    fputc('\n', f);
    json_array_foreach(arr, i, r) {
        for (int k = 0; k < ncols; k++) {
            json_t *v = json_object_get(r, cols[k]);
            fprintf(f, "%s%s", k ? "\t" : "", json_is_string(v) ? json_string_value(v) : "-");
        }
        fputc('\n', f);
    }
    json_decref(rows);
    if (fclose(f) != 0) { free(buf); return NULL; }
    return buf;
}

aigov_status aigov_token_list(const char *db, const char *format, char **report, aigov_diags *d) {
    *report = NULL;
    sv_store *store;
    if (!open_store(db, &store, d)) return AIGOV_IO;
    char day[11];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(day, sizeof day, "%Y-%m-%d", &tm);
    static const char *const cols[] = {"id", "holder", "role", "state", "created_at", "expires", "revoked_at"};
    *report = render_rows(json_pack("{so}", "tokens", sv_token_list(store, NULL, day)), format, cols, 7);
    sv_store_close(store);
    return *report ? AIGOV_OK : AIGOV_NOMEM;
}

aigov_status aigov_token_revoke(const char *db, const char *id, aigov_diags *d) {
    sv_store *store;
    if (!open_store(db, &store, d)) return AIGOV_IO;
    sv_principal op = {.actor = "operator", .operator_ = true};
    char now[32], why[SV_WHY];
    now_utc(now);
    sv_err e = sv_token_revoke(store, &op, id, now, NULL, 0, why);
    sv_store_close(store);
    if (e == SV_OK) return AIGOV_OK;
    sv_diag(d, db, "%s", why);
    return e == SV_NOTFOUND ? AIGOV_NOTFOUND : e == SV_CONFLICT ? AIGOV_INVALID : AIGOV_IO;
}

aigov_status aigov_org_add(const char *db, const char *corpus_dir, const aigov_org *org, aigov_diags *d) {
    aigov_server_opts o = {.db = db, .corpus_dir = corpus_dir};
    char why[SV_WHY];
    if (!sv_token_init()) { sv_diag(d, "aigov", "%s", "libsodium cannot start"); return AIGOV_IO; }
    /* The same validation as POST /v1/organisations, through the same code, over an app
     * that only holds the store and the corpus (no first-start token, no recomputing). */
    sv_app *a = calloc(1, sizeof *a);
    if (!a) return AIGOV_NOMEM;
    a->o = o;
    pthread_rwlock_init(&a->corpus_lock, NULL);
    pthread_mutex_init(&a->publish_lock, NULL);
    aigov_status ls = AIGOV_IO;
    if (sv_store_open(db, &a->store, why) != SV_OK) sv_diag(d, db, "%s", why);
    else ls = corpus_with_published(a, NULL, 0, &a->corpus, d);
    if (ls != AIGOV_OK) { sv_app_free(a); return ls; }
    json_t *j = json_pack("{ss ss ss ss}", "id", org->id ? org->id : "", "name", org->name ? org->name : "", "kind",
                          org->kind ? org->kind : "", "established", org->established ? org->established : "");
    sv_response rs = {0};
    aigov_status s = AIGOV_OK;
    if (!j) s = AIGOV_NOMEM;
    else if (!org_valid(a, j, &rs)) {
        json_t *e = json_loads(rs.body, 0, NULL);
        const char *m = json_string_value(json_object_get(json_object_get(e, "error"), "message"));
        /* "$.name: ..." reads "--name: ..." on the command line. */
        char msg[700];
        snprintf(msg, sizeof msg, "%s", m ? m : "invalid organisation");
        if (!strncmp(msg, "$.", 2) && strncmp(msg, "$.id", 4)) msg[0] = msg[1] = '-';
        sv_diag(d, "aigov org add", "%s", msg);
        json_decref(e);
        s = rs.status == 409 ? AIGOV_INVALID : AIGOV_USAGE;
    } else {
        char now[32];
        now_utc(now);
        sv_err e = sv_org_add(a->store, "operator", j, now, why);
        if (e != SV_OK) { sv_diag(d, db, "%s", why); s = e == SV_CONFLICT ? AIGOV_INVALID : AIGOV_IO; }
    }
    free(rs.body);
    json_decref(j);
    sv_app_free(a);
    return s;
}

aigov_status aigov_org_list(const char *db, const char *format, char **report, aigov_diags *d) {
    *report = NULL;
    sv_store *store;
    if (!open_store(db, &store, d)) return AIGOV_IO;
    static const char *const cols[] = {"id", "name", "kind", "established", "created_at"};
    *report = render_rows(json_pack("{so}", "organisations", sv_org_list(store)), format, cols, 5);
    sv_store_close(store);
    return *report ? AIGOV_OK : AIGOV_NOMEM;
}
