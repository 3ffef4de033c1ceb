/* api.c — what each request of the registry service means (docs/api.md): the routes,
 * the library's analyses as JSON, the registry (systems, evidence, compliance,
 * published instruments), authorization (bearer tokens bound to actors; standing from
 * the legitimacy engine for publishing) and JSON errors that say why. Knows neither
 * HTTP framing (http.c) nor SQL (store.c). Never prints.
 *
 * Concurrency: requests run on several threads. The corpus is read-only and shared
 * under a read-write lock (publishing an instrument swaps it); the store serialises its
 * own use, and a write that reads, computes and writes holds the store's lock across. */
#include "server.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct sv_app {
    aigov_server_opts o;
    char *db, *corpus_dir, *date;
    sv_store *store;
    aigov_corpus *corpus;
    pthread_rwlock_t corpus_lock;
    pthread_mutex_t publish_lock; /* one publication at a time: each builds on the last */
};

/* ---- Small helpers ------------------------------------------------------------------- */
static void now_utc(char out[32]) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void today(const sv_app *a, char out[11]) {
    if (a->date) { snprintf(out, 11, "%s", a->date); return; }
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

static const char *arg(const sv_request *rq, const char *key) {
    for (int i = 0; i < rq->nargs; i++)
        if (!strcmp(rq->args[i].key, key)) return rq->args[i].value;
    return NULL;
}

static bool valid_id(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 64 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0]))) return false;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-')) return false;
    return s[n - 1] != '-';
}

static void set_json(sv_response *rs, int status, json_t *doc) {
    rs->status = status;
    rs->content_type = "application/json";
    rs->body = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(doc);
    if (rs->body) aigov_json_shortest_reals(rs->body, strlen(rs->body));
    if (!rs->body) {
        rs->status = 500;
        rs->body = strdup("{\"error\":{\"code\":\"nomem\",\"message\":\"out of memory\"}}");
    }
    rs->body_len = rs->body ? strlen(rs->body) : 0;
}

/* Takes ownership of text (a rendering by the library). NULL = out of memory. */
static void set_text(sv_response *rs, int status, const char *type, char *text) {
    if (!text) { set_json(rs, 500, json_pack("{s{ss ss}}", "error", "code", "nomem", "message", "out of memory")); return; }
    rs->status = status;
    rs->content_type = type;
    rs->body = text;
    rs->body_len = strlen(text);
}

/* The length of the valid UTF-8 sequence at p (as jansson accepts it: no overlong forms,
 * no surrogates, nothing past U+10FFFF), or 0. */
static size_t utf8_seq(const unsigned char *p) {
    if (p[0] < 0x80) return 1;
    unsigned char lo = 0x80, hi = 0xBF;
    size_t n;
    if (p[0] >= 0xC2 && p[0] <= 0xDF) n = 2;
    else if (p[0] >= 0xE0 && p[0] <= 0xEF) { n = 3; if (p[0] == 0xE0) lo = 0xA0; if (p[0] == 0xED) hi = 0x9F; }
    else if (p[0] >= 0xF0 && p[0] <= 0xF4) { n = 4; if (p[0] == 0xF0) lo = 0x90; if (p[0] == 0xF4) hi = 0x8F; }
    else return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < n; i++) if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return n;
}

/* A JSON string of text that may echo the request (a path, an argument, a body's bytes):
 * JSON strings are UTF-8, so each byte that is not part of a valid sequence becomes
 * U+FFFD instead of making the whole answer fail. NULL only when out of memory. */
static json_t *json_text(const char *s) {
    json_t *j = json_string(s);
    if (j) return j;
    size_t n = strlen(s), o = 0;
    char *buf = malloc(3 * n + 1);
    if (!buf) return NULL;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        size_t k = utf8_seq(p);
        if (k) { memcpy(buf + o, p, k); o += k; p += k; }
        else { memcpy(buf + o, "\xEF\xBF\xBD", 3); o += 3; p++; }
    }
    j = json_stringn(buf, o);
    free(buf);
    return j;
}

static json_t *diags_json(const aigov_diags *d) {
    json_t *arr = json_array();
    for (int i = 0; d && i < d->n; i++) {
        const aigov_diag *g = &d->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "file", json_text(g->file));
        if (g->line) {
            json_object_set_new(o, "line", json_integer(g->line));
            json_object_set_new(o, "column", json_integer(g->col));
        }
        if (g->json_path[0]) json_object_set_new(o, "json_path", json_text(g->json_path));
        if (g->source_line[0]) json_object_set_new(o, "source_line", json_text(g->source_line));
        json_object_set_new(o, "message", json_text(g->message));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* {"error": {"code", "message", "diagnostics"?}}; message takes one %s. */
static void fail(sv_response *rs, int status, const char *code, const aigov_diags *d, const char *fmt, const char *a1) {
    char msg[1024];
    snprintf(msg, sizeof msg, fmt, a1 ? a1 : "");
    json_t *e = json_pack("{ss so}", "code", code, "message", json_text(msg));
    if (d && d->n) json_object_set_new(e, "diagnostics", diags_json(d));
    set_json(rs, status, json_pack("{so}", "error", e));
    if (status == 401) rs->challenge = true;
}

static int status_http(aigov_status s) {
    switch (s) {
    case AIGOV_OK: return 200;
    case AIGOV_NOTFOUND: return 404;
    case AIGOV_NOMEM: case AIGOV_IO: return 500;
    default: return 400;
    }
}

static const char *status_code(aigov_status s) {
    switch (s) {
    case AIGOV_NOTFOUND: return "not_found";
    case AIGOV_NOMEM: return "nomem";
    case AIGOV_IO: return "io";
    case AIGOV_SYNTAX: return "syntax";
    case AIGOV_TYPE: return "type";
    case AIGOV_LIMIT: return "limit";
    default: return "invalid";
    }
}

/* The first diagnostic's message, after its JSON path when it has one and no position
 * (a profile's schema errors), with `hint` appended when non-NULL. */
static void fail_status_hint(sv_response *rs, aigov_status s, const aigov_diags *d, const char *hint) {
    const aigov_diag *g = d && d->n ? &d->items[0] : NULL;
    char msg[900];
    if (g && g->json_path[0] && !g->line) snprintf(msg, sizeof msg, "%.256s: %.512s", g->json_path, g->message);
    else snprintf(msg, sizeof msg, "%.512s", g ? g->message : aigov_strerror(s));
    if (hint) snprintf(msg + strlen(msg), sizeof msg - strlen(msg), " (%s)", hint);
    fail(rs, status_http(s), status_code(s), d, "%s", msg);
}

static void fail_status(sv_response *rs, aigov_status s, const aigov_diags *d) { fail_status_hint(rs, s, d, NULL); }

static int sv_http_status(sv_err e) {
    static const int map[] = {200, 404, 403, 409, 400, 500};
    return map[e];
}
static const char *sv_code(sv_err e) {
    static const char *const map[] = {"ok", "not_found", "forbidden", "conflict", "invalid", "io"};
    return map[e];
}

/* A JSON body parsed with jansson; on error a 400 naming line, column and path. */
static json_t *parse_body(const sv_request *rq, sv_response *rs, const char *what) {
    json_error_t je;
    json_t *j = json_loadb(rq->body, rq->body_len, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        aigov_diags d;
        aigov_diags_init(&d, 1);
        d.items = calloc(1, sizeof *d.items);
        if (d.items) {
            d.n = 1;
            snprintf(d.items[0].file, sizeof d.items[0].file, "request body");
            d.items[0].line = je.line > 0 ? je.line : 0;
            d.items[0].col = je.line > 0 ? (je.column > 0 ? je.column : 1) : 0;
            snprintf(d.items[0].json_path, sizeof d.items[0].json_path, "$");
            snprintf(d.items[0].message, sizeof d.items[0].message, "%s", je.text);
        }
        char msg[400];
        snprintf(msg, sizeof msg, "%s is not valid JSON: line %d, column %d: %s", what, je.line, je.column, je.text);
        fail(rs, 400, "syntax", &d, "%s", msg);
        aigov_diags_free(&d);
        return NULL;
    }
    if (!json_is_object(j)) {
        fail(rs, 400, "invalid", NULL, "%s must be a JSON object (at $)", what);
        json_decref(j);
        return NULL;
    }
    return j;
}

/* Every key of `o` must be in `allowed` ("a|b|c"); every `required` key present and a
 * string. A 400 names the JSON path. */
static bool check_fields(json_t *o, const char *allowed, const char *required, sv_response *rs) {
    const char *k;
    json_t *v;
    json_object_foreach(o, k, v) {
        size_t n = strlen(k);
        bool ok = false;
        for (const char *p = allowed; *p && !ok;) {
            size_t w = strcspn(p, "|");
            if (w == n && !strncmp(p, k, n)) ok = true;
            p += w + (p[w] == '|');
        }
        if (!ok) {
            char msg[512];
            snprintf(msg, sizeof msg, "$.%.200s: unknown key; expected one of %.200s", k, allowed);
            fail(rs, 400, "invalid", NULL, "%s", msg);
            return false;
        }
    }
    for (const char *p = required; *p;) {
        size_t w = strcspn(p, "|");
        char key[64];
        snprintf(key, sizeof key, "%.*s", (int)w, p);
        json_t *x = json_object_get(o, key);
        if (!json_is_string(x) || !json_string_length(x)) {
            char msg[128];
            snprintf(msg, sizeof msg, "$.%s: %s", key, x ? "expected a non-empty string" : "missing (required)");
            fail(rs, 400, "invalid", NULL, "%s", msg);
            return false;
        }
        p += w + (p[w] == '|');
    }
    return true;
}

/* ---- Authorization ------------------------------------------------------------------- */
/* The actor the request's bearer token names; false after a 401. */
static bool authenticate(sv_app *a, const sv_request *rq, sv_response *rs, char *actor, size_t cap) {
    const char *h = rq->authorization;
    if (!h || !*h) {
        fail(rs, 401, "unauthorized", NULL, "%s",
             "this write needs a bearer token bound to an actor (Authorization: Bearer agv_...); "
             "an operator creates one with `aigov token create ACTOR`");
        return false;
    }
    if (strncasecmp(h, "Bearer ", 7)) {
        fail(rs, 401, "unauthorized", NULL, "%s", "the Authorization header must read 'Bearer TOKEN'");
        return false;
    }
    h += 7;
    while (*h == ' ') h++;
    char why[SV_WHY];
    sv_err e = sv_token_actor(a->store, h, strlen(h), actor, cap, why);
    if (e == SV_IO) { fail(rs, 500, "io", NULL, "%s", why); return false; }
    if (e != SV_OK) { fail(rs, 401, "unauthorized", NULL, "%s", why); return false; }
    return true;
}

/* ---- Corpus access ------------------------------------------------------------------- */
static const aigov_corpus *corpus_read(sv_app *a) {
    pthread_rwlock_rdlock(&a->corpus_lock);
    return a->corpus;
}
static void corpus_done(sv_app *a) { pthread_rwlock_unlock(&a->corpus_lock); }

/* The corpus with every published instrument added, through an overlay whose last
 * instrument is `body` (NULL: none new). The overlay is JSON: line 1 opens it, each
 * published instrument takes one line, and `body` follows verbatim, so a diagnostic in
 * the body is mapped back to the request body's own line and column. */
static aigov_status corpus_with_published(sv_app *a, const char *body, size_t body_len, aigov_corpus **out, aigov_diags *d) {
    *out = NULL;
    json_t *pub = sv_instrument_list(a->store);
    size_t n = json_array_size(pub);
    if (!n && !body) {
        json_decref(pub);
        return a->o.corpus_dir ? aigov_corpus_load_dir(a->o.corpus_dir, out, d) : aigov_corpus_load_builtin(out, d);
    }
    size_t cap = 256 + body_len, len = 0;
    char *ov = malloc(cap);
    bool okb = ov != NULL;
#define APPEND(p, l)                                                                        \
    do {                                                                                    \
        size_t l_ = (l);                                                                    \
        if (okb && len + l_ + 1 > cap) {                                                    \
            while (len + l_ + 1 > cap) cap *= 2;                                            \
            char *nb = realloc(ov, cap);                                                    \
            if (nb) ov = nb; else okb = false;                                              \
        }                                                                                   \
        if (okb) { memcpy(ov + len, (p), l_); len += l_; ov[len] = 0; }                     \
    } while (0)
    static const char head[] = "{\"title\": \"instruments published through the registry\", \"add\": {\"instruments\": [\n";
    APPEND(head, sizeof head - 1);
    size_t i;
    json_t *v;
    json_array_foreach(pub, i, v) {
        char *one = json_dumps(json_object_get(v, "body"), JSON_COMPACT | JSON_PRESERVE_ORDER);
        if (!one) { okb = false; break; }
        APPEND(one, strlen(one));
        APPEND(i + 1 < n || body ? ",\n" : "\n", i + 1 < n || body ? 2 : 1);
        free(one);
    }
    int body_line = 2 + (int)n;
    if (body) { APPEND(body, body_len); APPEND("\n", 1); }
    APPEND("]}}\n", 4);
#undef APPEND
    json_decref(pub);
    if (!okb) { free(ov); return AIGOV_NOMEM; }
    int first = d->n;
    aigov_status s = aigov_corpus_load_with_overlay(a->o.corpus_dir, "published instruments", ov, len, out, d);
    free(ov);
    for (int k = first; k < d->n && body; k++)
        if (d->items[k].line >= body_line && !strcmp(d->items[k].file, "published instruments")) {
            d->items[k].line -= body_line - 1;
            snprintf(d->items[k].file, sizeof d->items[k].file, "request body");
        }
    return s;
}

/* ---- Compliance ---------------------------------------------------------------------- */
static bool in_array(json_t *arr, const char *s) {
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (json_is_string(v) && !strcmp(json_string_value(v), s)) return true;
    return false;
}

/* Compliance of a profile on the server's date, given the provisions with evidence:
 * obligations and recommendations that apply now are met with evidence and unmet
 * without; a prohibition that applies is unmet (no evidence can cure it); a provision
 * whose status is unknown is unknown, with the questions that decide it. *items is a
 * new array. Returns AIGOV_OK or the profile's error (with d). */
static aigov_status compliance_of(sv_app *a, const aigov_corpus *c, const char *profile, size_t len,
                                  json_t *evidence, sv_compliance *cp, json_t **items, char *date, aigov_diags *d) {
    memset(cp, 0, sizeof *cp);
    *items = NULL;
    today(a, date);
    aigov_profile *p = NULL;
    aigov_status s = aigov_profile_parse(c, "request body", profile, len, date, &p, d);
    if (s != AIGOV_OK) return s;
    aigov_result *r = NULL;
    aigov_check_opts co = {NULL, false};
    s = aigov_check(c, p, &co, &r, d);
    char *js = s == AIGOV_OK ? aigov_result_render(r, "json") : NULL;
    json_t *doc = js ? json_loads(js, 0, NULL) : NULL;
    free(js);
    aigov_result_free(r);
    aigov_profile_free(p);
    if (s != AIGOV_OK) return s;
    if (!doc) return AIGOV_NOMEM;
    json_t *out = json_array();
    size_t i, k;
    json_t *in, *pv;
    json_array_foreach(json_object_get(doc, "instruments"), i, in) {
        json_array_foreach(json_object_get(in, "provisions"), k, pv) {
            const char *id = json_string_value(json_object_get(pv, "id"));
            const char *st = json_string_value(json_object_get(pv, "status"));
            const char *kind = json_string_value(json_object_get(pv, "kind"));
            const char *binding = json_string_value(json_object_get(pv, "binding"));
            if (!id || !st || !kind) continue;
            const char *status = NULL;
            char reason[512];
            if (!strcmp(st, "applies")) {
                if (!strcmp(kind, "prohibition")) {
                    status = "unmet";
                    snprintf(reason, sizeof reason, "a prohibition applies to the system as filed");
                } else if (!strcmp(kind, "obligation") || !strcmp(kind, "recommendation")) {
                    bool ev = in_array(evidence, id);
                    status = ev ? "met" : "unmet";
                    snprintf(reason, sizeof reason, ev ? "applies; evidence filed" : "applies; no evidence filed");
                }
            } else if (!strcmp(st, "unknown")) {
                status = "unknown";
                size_t n = (size_t)snprintf(reason, sizeof reason, "the profile does not say:");
                size_t f;
                json_t *fv;
                json_array_foreach(json_object_get(pv, "deciding_fields"), f, fv)
                    if (n < sizeof reason) n += (size_t)snprintf(reason + n, sizeof reason - n, "%s %s", f ? "," : "", json_string_value(fv));
            }
            if (!status) continue;
            if (!strcmp(status, "met")) cp->met++;
            else if (!strcmp(status, "unmet")) cp->unmet++;
            else cp->unknown++;
            json_array_append_new(out, json_pack("{ss ss ss ss ss}", "provision", id, "status", status, "kind", kind,
                                                 "binding", binding ? binding : "", "reason", reason));
        }
    }
    json_decref(doc);
    cp->items = out;
    cp->date = date;
    *items = out;
    return AIGOV_OK;
}

/* Recomputes every system's compliance (the corpus changed: start-up, a publication). */
static void recompute_all(sv_app *a, const aigov_corpus *c) {
    sv_store_lock(a->store);
    json_t *ids = sv_system_ids(a->store);
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        const char *id = json_string_value(v);
        char *profile = NULL, owner[256], why[SV_WHY], date[11];
        if (sv_system_profile(a->store, id, &profile, owner, sizeof owner, why) != SV_OK) continue;
        json_t *ev = sv_evidence_provisions(a->store, id), *items = NULL;
        sv_compliance cp;
        aigov_diags d;
        aigov_diags_init(&d, 5);
        if (compliance_of(a, c, profile, strlen(profile), ev, &cp, &items, date, &d) == AIGOV_OK)
            sv_compliance_replace(a->store, id, &cp, why);
        aigov_diags_free(&d);
        json_decref(items);
        json_decref(ev);
        free(profile);
    }
    json_decref(ids);
    sv_store_unlock(a->store);
}

/* ---- Handlers ------------------------------------------------------------------------ */
typedef struct route route;
typedef void (*handler)(sv_app *, const sv_request *, sv_response *, char **params);

static void h_check(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *fmt = arg(rq, "format") ? arg(rq, "format") : "json";
    if (strcmp(fmt, "json") && strcmp(fmt, "text") && strcmp(fmt, "md")) {
        fail(rs, 400, "invalid", NULL, "unknown format '%s'; expected json, text or md", fmt);
        return;
    }
    const char *date = arg(rq, "date");
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    const char *all = arg(rq, "all");
    if (all && strcmp(all, "true") && strcmp(all, "false")) { fail(rs, 400, "invalid", NULL, "all must be true or false, found '%s'", all); return; }
    bool batch = (rq->content_type && (strstr(rq->content_type, "ndjson") || strstr(rq->content_type, "jsonl") ||
                                       strstr(rq->content_type, "json-seq"))) ||
                 (arg(rq, "batch") && !strcmp(arg(rq, "batch"), "true"));
    const aigov_corpus *c = corpus_read(a);
    enum { MAXB = 10000 };
    aigov_profile **ps = NULL;
    aigov_result **rsl = NULL;
    int n = 0;
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s = AIGOV_OK;
    aigov_check_opts co = {arg(rq, "role"), all && !strcmp(all, "true")};
    if (!batch) {
        ps = calloc(1, sizeof *ps);
        rsl = calloc(1, sizeof *rsl);
        if (!ps || !rsl) s = AIGOV_NOMEM;
        else if ((s = aigov_profile_parse(c, "request body", rq->body, rq->body_len, date, &ps[0], &d)) == AIGOV_OK) n = 1;
    } else {
        size_t cap = 64;
        ps = calloc(cap, sizeof *ps);
        rsl = calloc(cap, sizeof *rsl);
        if (!ps || !rsl) s = AIGOV_NOMEM;
        int line = 0;
        for (const char *p = rq->body, *end = rq->body + rq->body_len; s == AIGOV_OK && p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
            line++;
            const char *q = p;
            p += len + (nl != NULL);
            bool blank = true;
            for (size_t i = 0; i < len; i++) if (!isspace((unsigned char)q[i])) blank = false;
            if (blank) continue;
            if (n >= MAXB) { s = AIGOV_LIMIT; sv_diag(&d, "request body", "a batch holds at most %s profiles", "10000"); break; }
            if ((size_t)n == cap) {
                cap *= 2;
                aigov_profile **np = realloc(ps, cap * sizeof *ps);
                if (np) ps = np;
                aigov_result **nr = np ? realloc(rsl, cap * sizeof *rsl) : NULL;
                if (nr) rsl = nr;
                if (!np || !nr) { s = AIGOV_NOMEM; break; }
            }
            char name[64];
            snprintf(name, sizeof name, "request body line %d", line);
            rsl[n] = NULL;
            if ((s = aigov_profile_parse(c, name, q, len, date, &ps[n], &d)) == AIGOV_OK) n++;
        }
        if (s == AIGOV_OK && n == 0) { s = AIGOV_INVALID; sv_diag(&d, "request body", "%s", "the batch holds no profile (one JSON object a line)"); }
    }
    for (int i = 0; i < n && s == AIGOV_OK; i++) s = aigov_check(c, ps[i], &co, &rsl[i], &d);
    if (s == AIGOV_OK) {
        char *out = batch ? aigov_results_render(rsl, n, fmt) : aigov_result_render(rsl[0], fmt);
        set_text(rs, 200, !strcmp(fmt, "json") ? "application/json" : !strcmp(fmt, "md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8", out);
    } else fail_status_hint(rs, s, &d, batch && s == AIGOV_SYNTAX ? "a batch holds one whole JSON profile a line" : NULL);
    for (int i = 0; i < n; i++) { aigov_result_free(rsl[i]); aigov_profile_free(ps[i]); }
    free(ps);
    free(rsl);
    aigov_diags_free(&d);
    corpus_done(a);
}

static void h_explain(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *prov = arg(rq, "provision");
    if (!prov) { fail(rs, 400, "invalid", NULL, "%s", "explain needs ?provision=INSTRUMENT/PROVISION"); return; }
    const char *date = arg(rq, "date");
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_profile *p = NULL;
    aigov_status s = aigov_profile_parse(c, "request body", rq->body, rq->body_len, date, &p, &d);
    if (s == AIGOV_OK) {
        char *out = aigov_explain(c, p, prov, "json", &d);
        if (out) set_text(rs, 200, "application/json", out);
        else fail(rs, 404, "not_found", &d, "%s", d.n ? d.items[0].message : "unknown provision");
    } else fail_status(rs, s, &d);
    aigov_profile_free(p);
    aigov_diags_free(&d);
    corpus_done(a);
}

static void h_eval(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    json_t *j = parse_body(rq, rs, "the eval request");
    if (!j) return;
    if (!check_fields(j, "expr|profile|date", "expr", rs)) { json_decref(j); return; }
    json_t *pj = json_object_get(j, "profile"), *dj = json_object_get(j, "date");
    if (pj && !json_is_object(pj)) { fail(rs, 400, "invalid", NULL, "%s", "$.profile: expected an object"); json_decref(j); return; }
    const char *date = json_string_value(dj);
    if (dj && (!date || !aigov_date_valid(date))) { fail(rs, 400, "invalid", NULL, "%s", "$.date: expected a date YYYY-MM-DD"); json_decref(j); return; }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_profile *p = NULL;
    aigov_status s = AIGOV_OK;
    if (pj) {
        char *ptext = json_dumps(pj, JSON_COMPACT | JSON_PRESERVE_ORDER);
        s = ptext ? aigov_profile_parse(c, "request body", ptext, strlen(ptext), date, &p, &d) : AIGOV_NOMEM;
        free(ptext);
        /* The profile's paths are relative to it; the request's put it under $.profile. */
        for (int i = 0; i < d.n; i++) {
            char path[sizeof d.items[i].json_path];
            if (d.items[i].json_path[0] != '$') continue;
            snprintf(path, sizeof path, "$.profile%.240s", d.items[i].json_path + 1);
            memcpy(d.items[i].json_path, path, sizeof path);
        }
    }
    if (s == AIGOV_OK) {
        char *out = aigov_eval(c, p, json_string_value(json_object_get(j, "expr")), "json", &d, &s);
        if (out) set_text(rs, 200, "application/json", out);
        else fail_status(rs, s == AIGOV_OK ? AIGOV_INVALID : s, &d);
    } else fail_status(rs, s, &d);
    aigov_profile_free(p);
    aigov_diags_free(&d);
    corpus_done(a);
    json_decref(j);
}

static void render_corpus(sv_app *a, sv_response *rs, const char *what, const char *id) {
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    char *out = aigov_corpus_render(c, what, id, "json", &d);
    if (out) set_text(rs, 200, "application/json", out);
    else fail(rs, d.n ? 404 : 500, d.n ? "not_found" : "nomem", &d, "%s", d.n ? d.items[0].message : "out of memory");
    aigov_diags_free(&d);
    corpus_done(a);
}

static void h_instruments(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    render_corpus(a, rs, "list", NULL);
}
static void h_instrument(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    if (!valid_id(pm[0])) { fail(rs, 404, "not_found", NULL, "no instrument '%s' (ids are lowercase kebab-case)", pm[0]); return; }
    render_corpus(a, rs, "show", pm[0]);
}
static void h_provision(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    char id[160];
    snprintf(id, sizeof id, "%s/%s", pm[0], pm[1]);
    render_corpus(a, rs, "show", id);
}
static void h_stats(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    render_corpus(a, rs, "stats", NULL);
}

static void h_legitimacy(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    const char *date = arg(rq, "date");
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    aigov_legitimacy_opts lo = {0};
    lo.id = pm ? pm[0] : NULL;
    lo.date = date;
    lo.topic = arg(rq, "topic");
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_status s;
    char *out = aigov_legitimacy(c, &lo, "json", &d, &s);
    if (out) set_text(rs, 200, "application/json", out);
    else fail_status(rs, s, &d);
    aigov_diags_free(&d);
    corpus_done(a);
}
static void h_legitimacy_all(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    h_legitimacy(a, rq, rs, NULL);
}

/* topics=a,b (at most 16) split into `out`, in `buf`. */
static int split_topics(const char *s, char *buf, size_t cap, const char **out, int max) {
    int n = 0;
    snprintf(buf, cap, "%s", s ? s : "");
    for (char *p = buf, *save = NULL, *t = strtok_r(p, ",", &save); t && n < max; t = strtok_r(NULL, ",", &save)) out[n++] = t;
    return n;
}

static void h_standing(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    const char *date = arg(rq, "date");
    char day[11];
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    if (!date) { today(a, day); date = day; }
    char buf[1024];
    const char *topics[16];
    int nt = split_topics(arg(rq, "topics"), buf, sizeof buf, topics, 16);
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_standing st;
    aigov_status s = aigov_actor_standing(c, pm[0], topics, nt, date, &st, &d);
    if (s == AIGOV_OK) {
        json_t *tl = json_array();
        for (int i = 0; i < nt; i++) json_array_append_new(tl, json_string(topics[i]));
        set_json(rs, 200, json_pack("{ss ss so sb ss ss si ss}", "actor", pm[0], "date", date, "topics", tl, "has_standing",
                                    st.has_standing, "kind", st.kind, "via", st.via, "depth", st.depth, "reason", st.reason));
    } else fail_status(rs, s, &d);
    aigov_diags_free(&d);
    corpus_done(a);
}

/* The analyses by name through the library's one runner (aigov_analysis_run), which checks
 * date and limit as the CLI does. */
static void run_analysis(sv_app *a, const sv_request *rq, sv_response *rs, const char *name) {
    aigov_analysis_args args = {.date = arg(rq, "date"), .topic = arg(rq, "topic"), .layer = arg(rq, "layer"),
                                .jurisdiction = arg(rq, "jurisdiction"), .limit = arg(rq, "limit")};
    const char *fmt = arg(rq, "format") ? arg(rq, "format") : "json";
    static const char *const types[][2] = {{"json", "application/json"}, {"svg", "image/svg+xml"}, {"html", "text/html; charset=utf-8"},
                                           {"md", "text/markdown; charset=utf-8"}, {"text", "text/plain; charset=utf-8"},
                                           {"dot", "text/vnd.graphviz"}};
    const char *type = NULL;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) if (!strcmp(types[i][0], fmt)) type = types[i][1];
    if (!type) { fail(rs, 400, "invalid", NULL, "unknown format '%s'; expected json, svg, html, md, text or dot", fmt); return; }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_status s = AIGOV_OK;
    char *out = aigov_analysis_run(c, name, &args, fmt, &d, &s);
    if (out) set_text(rs, 200, type, out);
    else if (s == AIGOV_USAGE) fail(rs, 400, "invalid", NULL, "%s", d.n ? d.items[0].message : "bad argument");
    else fail_status(rs, s == AIGOV_OK ? AIGOV_INVALID : s, &d);
    aigov_diags_free(&d);
    corpus_done(a);
}
static void h_map(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "map"); }
static void h_gaps(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "gaps"); }
static void h_conflicts(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "conflicts"); }

/* -- Registry -- */
static void h_systems(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    set_json(rs, 200, json_pack("{so}", "systems", sv_system_list(a->store)));
}

static void h_system(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_system_get(a->store, pm[0], true) : NULL;
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no system '%s' in the registry", pm[0]);
}

static void h_system_version(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    char *end;
    long v = strtol(pm[1], &end, 10);
    json_t *o = (*end || v < 1 || v > 1000000000 || !valid_id(pm[0])) ? NULL : sv_system_version(a->store, pm[0], (int)v);
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no such version of system '%s'", pm[0]);
}

static void h_compliance(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_system_get(a->store, pm[0], false) : NULL;
    if (!o) { fail(rs, 404, "not_found", NULL, "no system '%s' in the registry", pm[0]); return; }
    json_t *c = json_deep_copy(json_object_get(o, "compliance"));
    json_object_set_new(c, "system", json_string(pm[0]));
    json_object_set_new(c, "provisions", sv_compliance_get(a->store, pm[0]));
    json_decref(o);
    set_json(rs, 200, c);
}

static void h_evidence_list(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_system_get(a->store, pm[0], false) : NULL;
    if (!o) { fail(rs, 404, "not_found", NULL, "no system '%s' in the registry", pm[0]); return; }
    json_decref(o);
    set_json(rs, 200, json_pack("{ss so}", "system", pm[0], "evidence", sv_evidence_list(a->store, pm[0])));
}

static void h_system_put(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    char actor[256];
    if (!authenticate(a, rq, rs, actor, sizeof actor)) return;
    const char *id = pm[0];
    if (!valid_id(id)) { fail(rs, 400, "invalid", NULL, "system id '%s': expected lowercase kebab-case, at most 64 characters", id); return; }
    json_t *j = parse_body(rq, rs, "the profile");
    if (!j) return;
    json_t *pid = json_object_get(j, "id");
    if (pid && (!json_is_string(pid) || strcmp(json_string_value(pid), id))) {
        fail(rs, 400, "invalid", NULL, "$.id: the profile's id must equal the path's system id '%s'", id);
        json_decref(j);
        return;
    }
    json_decref(j);
    const aigov_corpus *c = corpus_read(a);
    sv_store_lock(a->store);
    json_t *ev = sv_evidence_provisions(a->store, id), *items = NULL;
    sv_compliance cp;
    char date[11], now[32], why[SV_WHY];
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s = compliance_of(a, c, rq->body, rq->body_len, ev, &cp, &items, date, &d);
    if (s != AIGOV_OK) fail_status(rs, s, &d);
    else {
        char *text = strndup(rq->body, rq->body_len);
        now_utc(now);
        int version = 0;
        sv_err e = text ? sv_system_put(a->store, actor, id, text, &cp, now, &version, why) : SV_IO;
        free(text);
        if (e == SV_OK)
            set_json(rs, version == 1 ? 201 : 200,
                     json_pack("{ss ss si s{si si si ss}}", "system", id, "owner", actor, "version", version, "compliance",
                               "met", cp.met, "unmet", cp.unmet, "unknown", cp.unknown, "date", date));
        else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    }
    sv_store_unlock(a->store);
    corpus_done(a);
    aigov_diags_free(&d);
    json_decref(items);
    json_decref(ev);
}

static bool is_hex64(const char *s) {
    if (strlen(s) != 64) return false;
    for (int i = 0; i < 64; i++) if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i])) return false;
    return true;
}

static void h_evidence_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    char actor[256];
    if (!authenticate(a, rq, rs, actor, sizeof actor)) return;
    const char *id = pm[0];
    json_t *j = parse_body(rq, rs, "the evidence");
    if (!j) return;
    if (!check_fields(j, "provision|reference|sha256|date", "provision|reference|sha256|date", rs)) { json_decref(j); return; }
    const char *prov = json_string_value(json_object_get(j, "provision"));
    const char *sha = json_string_value(json_object_get(j, "sha256"));
    const char *date = json_string_value(json_object_get(j, "date"));
    if (!is_hex64(sha)) { fail(rs, 400, "invalid", NULL, "$.sha256: expected 64 lowercase hex digits (the SHA-256 of the evidence document), found '%.80s'", sha); json_decref(j); return; }
    if (!aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "$.date: expected a date YYYY-MM-DD, found '%.40s'", date); json_decref(j); return; }
    if (strlen(json_string_value(json_object_get(j, "reference"))) > 2048) { fail(rs, 400, "invalid", NULL, "%s", "$.reference: at most 2048 characters"); json_decref(j); return; }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 5);
    char *shown = strchr(prov, '/') ? aigov_corpus_render(c, "show", prov, "json", &d) : NULL;
    if (!shown) {
        if (!d.n) sv_diag(&d, "$.provision", "expected INSTRUMENT/PROVISION, found '%s'", prov);
        char msg[700];
        snprintf(msg, sizeof msg, "$.provision: %s", d.items ? d.items[0].message : "unknown provision");
        fail(rs, 400, "invalid", NULL, "%s", msg);
        aigov_diags_free(&d);
        corpus_done(a);
        json_decref(j);
        return;
    }
    free(shown);
    sv_store_lock(a->store);
    char *profile = NULL, owner[256], why[SV_WHY], now[32], day[11];
    sv_err e = sv_system_profile(a->store, id, &profile, owner, sizeof owner, why);
    if (e == SV_OK && strcmp(owner, actor)) {
        e = SV_FORBIDDEN;
        snprintf(why, sizeof why, "system '%.64s' belongs to actor '%.100s'; actor '%.100s' may attach evidence only to its own systems", id, owner, actor);
    }
    if (e != SV_OK) fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    else {
        json_t *ev = sv_evidence_provisions(a->store, id), *items = NULL;
        json_array_append_new(ev, json_string(prov));
        sv_compliance cp;
        aigov_status s = compliance_of(a, c, profile, strlen(profile), ev, &cp, &items, day, &d);
        if (s != AIGOV_OK) fail_status(rs, s, &d);
        else {
            now_utc(now);
            int64_t evid = 0;
            e = sv_evidence_add(a->store, actor, id, j, &cp, now, &evid, why);
            if (e == SV_OK)
                set_json(rs, 201, json_pack("{sI ss ss s{si si si}}", "id", (json_int_t)evid, "system", id, "provision", prov,
                                            "compliance", "met", cp.met, "unmet", cp.unmet, "unknown", cp.unknown));
            else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
        }
        json_decref(items);
        json_decref(ev);
    }
    free(profile);
    sv_store_unlock(a->store);
    aigov_diags_free(&d);
    corpus_done(a);
    json_decref(j);
}

/* Publishing an instrument: the body is an instrument in the corpus format (JSON). The
 * publisher must be one of its issuers and hold standing over each of its topics on the
 * server's date, as the legitimacy engine computes. */
static void h_publish(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    char actor[256];
    if (!authenticate(a, rq, rs, actor, sizeof actor)) return;
    json_t *j = parse_body(rq, rs, "the instrument");
    if (!j) return;
    const char *id = json_string_value(json_object_get(j, "id"));
    json_t *issuer = json_object_get(j, "issuer"), *topics = json_object_get(j, "topics");
    if (!id || !valid_id(id)) { fail(rs, 400, "invalid", NULL, "%s", "$.id: expected the instrument's id, lowercase kebab-case"); json_decref(j); return; }
    if (!json_is_array(issuer) || !json_array_size(issuer)) { fail(rs, 400, "invalid", NULL, "%s", "$.issuer: expected a non-empty list of actor ids"); json_decref(j); return; }
    if (!json_is_array(topics) || !json_array_size(topics) || json_array_size(topics) > 16) {
        fail(rs, 400, "invalid", NULL, "%s", "$.topics: expected a list of 1 to 16 topics (publishing is authorized topic by topic)");
        json_decref(j);
        return;
    }
    const char *tl[16];
    size_t i;
    json_t *v;
    json_array_foreach(topics, i, v) {
        if (!json_is_string(v)) {
            char path[64];
            snprintf(path, sizeof path, "$.topics[%zu]: expected a string", i);
            fail(rs, 400, "invalid", NULL, "%s", path);
            json_decref(j);
            return;
        }
        tl[i] = json_string_value(v);
    }
    bool issues = false;
    json_array_foreach(issuer, i, v) if (json_is_string(v) && !strcmp(json_string_value(v), actor)) issues = true;
    if (!issues) {
        fail(rs, 403, "forbidden", NULL, "actor '%s' is not among the instrument's issuers ($.issuer); an actor publishes only its own instruments", actor);
        json_decref(j);
        return;
    }
    char date[11];
    today(a, date);
    pthread_mutex_lock(&a->publish_lock);
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_standing st;
    aigov_status s = aigov_actor_standing(c, actor, tl, (int)json_array_size(topics), date, &st, &d);
    char *exists = NULL;
    bool go = false;
    if (s == AIGOV_INVALID) {
        char msg[700];
        snprintf(msg, sizeof msg, "$.topics: %s", d.items ? d.items[0].message : "unknown topic");
        fail(rs, 400, "invalid", NULL, "%s", msg);
    } else if (s != AIGOV_OK) fail_status(rs, s, &d);
    else if (!st.has_standing) {
        char msg[700];
        snprintf(msg, sizeof msg, "no mandate in force on %s covers this instrument: %s", date, st.reason);
        fail(rs, 403, "no_standing", NULL, "%s", msg);
    } else if ((exists = aigov_corpus_render(c, "show", id, "json", NULL))) {
        fail(rs, 409, "conflict", NULL, "'%s' is already an id in the corpus", id);
    } else go = true;
    free(exists);
    corpus_done(a);
    /* Validate it as the loader does (the corpus with it added), store it, then serve the
     * new corpus and recompute every system's compliance against it. */
    aigov_corpus *next = NULL;
    if (go && (s = corpus_with_published(a, rq->body, rq->body_len, &next, &d)) != AIGOV_OK) {
        char msg[900];
        snprintf(msg, sizeof msg, "the instrument is not valid: %s", d.n ? d.items[0].message : aigov_strerror(s));
        fail(rs, status_http(s) == 404 ? 400 : status_http(s), status_code(s), &d, "%s", msg);
        go = false;
    }
    if (go) {
        char *body = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER), now[32], why[SV_WHY];
        now_utc(now);
        sv_err e = body ? sv_instrument_put(a->store, actor, id, body, now, why) : SV_IO;
        free(body);
        if (e == SV_OK) {
            pthread_rwlock_wrlock(&a->corpus_lock);
            aigov_corpus *old = a->corpus;
            a->corpus = next;
            pthread_rwlock_unlock(&a->corpus_lock);
            aigov_corpus_free(old);
            next = NULL;
            recompute_all(a, corpus_read(a));
            corpus_done(a);
            set_json(rs, 201, json_pack("{ss ss ss s{ss ss ss}}", "instrument", id, "publisher", actor, "published_at", now,
                                        "standing", "kind", st.kind, "via", st.via, "reason", st.reason));
        } else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    }
    aigov_corpus_free(next);
    pthread_mutex_unlock(&a->publish_lock);
    aigov_diags_free(&d);
    json_decref(j);
}

static void h_published(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    set_json(rs, 200, json_pack("{so}", "instruments", sv_instrument_list(a->store)));
}

static void h_whoami(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    char actor[256];
    if (!authenticate(a, rq, rs, actor, sizeof actor)) return;
    set_json(rs, 200, json_pack("{ss}", "actor", actor));
}

static void h_audit(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    long after = 0, limit = 100;
    const char *s;
    char *end;
    if ((s = arg(rq, "after")) && ((after = strtol(s, &end, 10)) < 0 || *end || end == s)) { fail(rs, 400, "invalid", NULL, "after must be an entry number, found '%s'", s); return; }
    if ((s = arg(rq, "limit")) && ((limit = strtol(s, &end, 10)) < 1 || limit > 1000 || *end || end == s)) { fail(rs, 400, "invalid", NULL, "limit must be 1..1000, found '%s'", s); return; }
    set_json(rs, 200, json_pack("{so}", "entries", sv_audit_list(a->store, after, (int)limit)));
}

static void h_audit_verify(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    int64_t bad, n;
    char why[SV_WHY];
    if (sv_audit_check(a->store, &bad, &n, why) != SV_OK) { fail(rs, 500, "io", NULL, "%s", why); return; }
    set_json(rs, 200, json_pack("{sb sI so? ss}", "valid", bad == 0, "entries", (json_int_t)n, "first_bad",
                                bad ? json_integer(bad) : NULL, "message", why));
}

static void h_health(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    char date[11];
    today(a, date);
    set_json(rs, 200, json_pack("{ss ss ss}", "status", "ok", "version", AIGOV_VERSION, "date", date));
}

static void h_openapi(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)a; (void)rq; (void)pm;
    const sv_web_file *f = sv_openapi();
    rs->status = 200;
    rs->content_type = "application/yaml";
    rs->body = (char *)f->data;
    rs->body_len = f->len;
    rs->body_static = true;
}

static void h_routes(sv_app *a, const sv_request *rq, sv_response *rs, char **pm);

/* ---- Routes -------------------------------------------------------------------------- */
struct route {
    const char *method, *pattern; /* {name} matches one path segment */
    handler fn;
    const char *args;             /* query arguments accepted, "a|b" */
};

static const route ROUTES[] = {
    {"GET", "/v1", h_routes, ""},
    {"GET", "/v1/health", h_health, ""},
    {"GET", "/v1/openapi.yaml", h_openapi, ""},
    {"POST", "/v1/check", h_check, "date|role|all|format|batch"},
    {"POST", "/v1/explain", h_explain, "provision|date"},
    {"POST", "/v1/eval", h_eval, ""},
    {"GET", "/v1/instruments", h_instruments, ""},
    {"POST", "/v1/instruments", h_publish, ""},
    {"GET", "/v1/instruments/{id}", h_instrument, ""},
    {"GET", "/v1/provisions/{instrument}/{provision}", h_provision, ""},
    {"GET", "/v1/published", h_published, ""},
    {"GET", "/v1/corpus/stats", h_stats, ""},
    {"GET", "/v1/legitimacy", h_legitimacy_all, "date|topic"},
    {"GET", "/v1/legitimacy/{id}", h_legitimacy, "date|topic"},
    {"GET", "/v1/standing/{actor}", h_standing, "date|topics"},
    {"GET", "/v1/map", h_map, "date|topic|layer|jurisdiction|limit|format"},
    {"GET", "/v1/gaps", h_gaps, "date|topic|layer|jurisdiction|limit|format"},
    {"GET", "/v1/conflicts", h_conflicts, "date|topic|layer|jurisdiction|limit|format"},
    {"GET", "/v1/systems", h_systems, ""},
    {"GET", "/v1/systems/{id}", h_system, ""},
    {"PUT", "/v1/systems/{id}", h_system_put, ""},
    {"GET", "/v1/systems/{id}/versions/{version}", h_system_version, ""},
    {"GET", "/v1/systems/{id}/compliance", h_compliance, ""},
    {"GET", "/v1/systems/{id}/evidence", h_evidence_list, ""},
    {"POST", "/v1/systems/{id}/evidence", h_evidence_add, ""},
    {"GET", "/v1/whoami", h_whoami, ""},
    {"GET", "/v1/audit", h_audit, "after|limit"},
    {"GET", "/v1/audit/verify", h_audit_verify, ""},
};
#define NROUTES (sizeof ROUTES / sizeof ROUTES[0])

static void h_routes(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)a; (void)rq; (void)pm;
    json_t *arr = json_array();
    for (size_t i = 0; i < NROUTES; i++)
        json_array_append_new(arr, json_pack("{ss ss}", "method", ROUTES[i].method, "path", ROUTES[i].pattern));
    set_json(rs, 200, json_pack("{ss ss so}", "service", "aigov registry", "version", AIGOV_VERSION, "routes", arr));
}

/* Matches path against pattern; params receive copies of the {name} segments. */
static bool match(const char *pattern, const char *path, char params[4][160], int *np) {
    *np = 0;
    while (*pattern && *path) {
        if (*pattern == '{') {
            const char *pe = strchr(pattern, '}');
            size_t len = strcspn(path, "/");
            if (!pe || len == 0 || len >= 160 || *np >= 4) return false;
            memcpy(params[*np], path, len);
            params[(*np)++][len] = 0;
            pattern = pe + 1;
            path += len;
        } else if (*pattern++ != *path++) return false;
    }
    return !*pattern && !*path;
}

static void serve_web(const sv_request *rq, sv_response *rs) {
    const char *name = !strcmp(rq->path, "/") ? "index.html" : rq->path + 1;
    for (const sv_web_file *f = sv_web_files(); f->name; f++)
        if (!strcmp(f->name, name)) {
            const char *ext = strrchr(name, '.');
            rs->status = 200;
            rs->content_type = !strcmp(ext, ".html") ? "text/html; charset=utf-8"
                             : !strcmp(ext, ".js") ? "text/javascript; charset=utf-8"
                             : !strcmp(ext, ".css") ? "text/css; charset=utf-8" : "application/octet-stream";
            rs->body = (char *)f->data;
            rs->body_len = f->len;
            rs->body_static = true;
            return;
        }
    fail(rs, 404, "not_found", NULL, "no page '%s' (the API is under /v1, described at /v1/openapi.yaml)", rq->path);
}

void sv_app_handle(sv_app *a, const sv_request *rq, sv_response *rs) {
    memset(rs, 0, sizeof *rs);
    if (rq->too_many_args) { fail(rs, 400, "invalid", NULL, "%s", "too many query arguments (at most 16)"); return; }
    if (strncmp(rq->path, "/v1", 3) || (rq->path[3] && rq->path[3] != '/')) {
        if (strcmp(rq->method, "GET") && strcmp(rq->method, "HEAD")) {
            rs->allow = "GET";
            fail(rs, 405, "method_not_allowed", NULL, "%s accepts only GET", rq->path);
            return;
        }
        serve_web(rq, rs);
        return;
    }
    char params[4][160];
    char *pm[4] = {params[0], params[1], params[2], params[3]};
    char methods[64] = "";
    for (size_t i = 0; i < NROUTES; i++) {
        int np;
        if (!match(ROUTES[i].pattern, rq->path, params, &np)) continue;
        if (strcmp(ROUTES[i].method, rq->method) && !(strcmp(rq->method, "HEAD") == 0 && !strcmp(ROUTES[i].method, "GET"))) {
            size_t n = strlen(methods);
            snprintf(methods + n, sizeof methods - n, "%s%s", n ? ", " : "", ROUTES[i].method);
            continue;
        }
        for (int k = 0; k < rq->nargs; k++) {
            const char *key = rq->args[k].key;
            size_t kn = strlen(key);
            bool ok = false;
            for (const char *p = ROUTES[i].args; *p && !ok;) {
                size_t w = strcspn(p, "|");
                if (w == kn && !strncmp(p, key, kn)) ok = true;
                p += w + (p[w] == '|');
            }
            if (!ok) {
                char msg[300];
                snprintf(msg, sizeof msg, "unknown query argument '%.60s' for %s %s; accepted: %s", key, ROUTES[i].method,
                         ROUTES[i].pattern, *ROUTES[i].args ? ROUTES[i].args : "none");
                fail(rs, 400, "invalid", NULL, "%s", msg);
                return;
            }
        }
        ROUTES[i].fn(a, rq, rs, pm);
        return;
    }
    if (methods[0]) {
        static _Thread_local char allow_hdr[64]; /* read by http.c on this thread, right after */
        snprintf(allow_hdr, sizeof allow_hdr, "%s", methods);
        rs->allow = allow_hdr;
        char msg[200];
        snprintf(msg, sizeof msg, "%s does not accept %s; it accepts %s", rq->path, rq->method, methods);
        fail(rs, 405, "method_not_allowed", NULL, "%s", msg);
        return;
    }
    fail(rs, 404, "not_found", NULL, "no route %s (GET /v1 lists the routes)", rq->path);
}

/* ---- Life cycle ---------------------------------------------------------------------- */
sv_app *sv_app_new(const aigov_server_opts *o, char *why) {
    if (!o->db) { snprintf(why, SV_WHY, "aigov serve needs --db FILE (the registry's SQLite database)"); return NULL; }
    if (o->date && !aigov_date_valid(o->date)) { snprintf(why, SV_WHY, "--date: expected YYYY-MM-DD, found '%s'", o->date); return NULL; }
    sv_app *a = calloc(1, sizeof *a);
    if (!a) { snprintf(why, SV_WHY, "out of memory"); return NULL; }
    a->o = *o;
    a->date = o->date ? strdup(o->date) : NULL;
    pthread_rwlock_init(&a->corpus_lock, NULL);
    pthread_mutex_init(&a->publish_lock, NULL);
    if (sv_store_open(o->db, &a->store, why) != SV_OK) { sv_app_free(a); return NULL; }
    aigov_diags d;
    aigov_diags_init(&d, 5);
    aigov_status s = corpus_with_published(a, NULL, 0, &a->corpus, &d);
    if (s != AIGOV_OK) {
        char *f = d.n ? aigov_diag_format(&d.items[0]) : NULL;
        snprintf(why, SV_WHY, "the corpus%s%s with the instruments published in the registry has errors: %.400s",
                 o->corpus_dir ? " " : "", o->corpus_dir ? o->corpus_dir : "", f ? f : aigov_strerror(s));
        free(f);
        aigov_diags_free(&d);
        sv_app_free(a);
        return NULL;
    }
    aigov_diags_free(&d);
    recompute_all(a, a->corpus);
    return a;
}

void sv_app_free(sv_app *a) {
    if (!a) return;
    sv_store_close(a->store);
    aigov_corpus_free(a->corpus);
    pthread_rwlock_destroy(&a->corpus_lock);
    pthread_mutex_destroy(&a->publish_lock);
    free(a->date);
    free(a);
}

/* ---- Entry points for the CLI that need no HTTP ----------------------------------------- */
aigov_status aigov_token_create(const char *db, const char *corpus_dir, const char *actor, char **token, aigov_diags *d) {
    *token = NULL;
    if (!sv_token_init()) { sv_diag(d, "aigov token", "%s", "libsodium cannot start"); return AIGOV_IO; }
    aigov_corpus *c = NULL;
    aigov_status s = corpus_dir ? aigov_corpus_load_dir(corpus_dir, &c, d) : aigov_corpus_load_builtin(&c, d);
    if (s != AIGOV_OK) return s;
    /* The actor must exist in the corpus: standing and ownership are computed from it. */
    aigov_standing st;
    s = aigov_actor_standing(c, actor, NULL, 0, NULL, &st, d);
    aigov_corpus_free(c);
    if (s != AIGOV_OK) return s;
    sv_store *store;
    char why[SV_WHY];
    if (sv_store_open(db, &store, why) != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    sv_token t;
    sv_token_new(&t);
    char now[32];
    now_utc(now);
    sv_err e = sv_token_store(store, actor, &t, now, why);
    sv_store_close(store);
    if (e != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    *token = strdup(t.text);
    return *token ? AIGOV_OK : AIGOV_NOMEM;
}

aigov_status aigov_audit_verify(const char *db, char **report, aigov_diags *d) {
    *report = NULL;
    FILE *f = fopen(db, "rb");
    if (!f) { sv_diag(d, db, "%s", "cannot open the database (no such file)"); return AIGOV_IO; }
    fclose(f);
    sv_store *store;
    char why[SV_WHY];
    if (sv_store_open(db, &store, why) != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    int64_t bad, n;
    sv_err e = sv_audit_check(store, &bad, &n, why);
    sv_store_close(store);
    if (e != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    char buf[SV_WHY + 64];
    snprintf(buf, sizeof buf, bad ? "%s: audit log is NOT valid: %s\n" : "%s: %s\n", db, why);
    *report = strdup(buf);
    if (!*report) return AIGOV_NOMEM;
    return bad ? AIGOV_INVALID : AIGOV_OK;
}
