/* api.c — what each request of the registry service means (docs/api.md): the one route
 * table, JSON errors that say why, authorization (bearer tokens bound to actors), access
 * to the served corpus, and the application's life cycle. The handlers live by resource
 * in api_check.c, api_systems.c, api_orgs.c, api_audit.c and api_corpus.c (api.h).
 * Knows neither HTTP framing (http.c) nor SQL (store.c). Never prints.
 *
 * Concurrency: requests run on several threads. The corpus is read-only and shared
 * under a read-write lock (publishing an instrument swaps it); the store serialises its
 * own use, and a write that reads, computes and writes holds the store's lock across. */
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

/* ---- Small helpers ------------------------------------------------------------------- */
void now_utc(char out[32]) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void today(const sv_app *a, char out[11]) {
    if (a->date) { snprintf(out, 11, "%s", a->date); return; }
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

const char *arg(const sv_request *rq, const char *key) {
    for (int i = 0; i < rq->nargs; i++)
        if (!strcmp(rq->args[i].key, key)) return rq->args[i].value;
    return NULL;
}

bool valid_id(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 64 || !(islower((unsigned char)s[0]) || isdigit((unsigned char)s[0]))) return false;
    for (size_t i = 0; i < n; i++)
        if (!(islower((unsigned char)s[i]) || isdigit((unsigned char)s[i]) || s[i] == '-')) return false;
    return s[n - 1] != '-';
}

void set_json(sv_response *rs, int status, json_t *doc) {
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
void set_text(sv_response *rs, int status, const char *type, char *text) {
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
json_t *json_text(const char *s) {
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
void fail(sv_response *rs, int status, const char *code, const aigov_diags *d, const char *fmt, const char *a1) {
    char msg[1024];
    snprintf(msg, sizeof msg, fmt, a1 ? a1 : "");
    json_t *e = json_pack("{ss so}", "code", code, "message", json_text(msg));
    if (d && d->n) json_object_set_new(e, "diagnostics", diags_json(d));
    set_json(rs, status, json_pack("{so}", "error", e));
    if (status == 401) rs->challenge = true;
}

int status_http(aigov_status s) {
    switch (s) {
    case AIGOV_OK: return 200;
    case AIGOV_NOTFOUND: return 404;
    case AIGOV_NOMEM: case AIGOV_IO: return 500;
    default: return 400;
    }
}

const char *status_code(aigov_status s) {
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
void fail_status_hint(sv_response *rs, aigov_status s, const aigov_diags *d, const char *hint) {
    const aigov_diag *g = d && d->n ? &d->items[0] : NULL;
    char msg[900];
    if (g && g->json_path[0] && !g->line) snprintf(msg, sizeof msg, "%.256s: %.512s", g->json_path, g->message);
    else snprintf(msg, sizeof msg, "%.512s", g ? g->message : aigov_strerror(s));
    if (hint) snprintf(msg + strlen(msg), sizeof msg - strlen(msg), " (%s)", hint);
    fail(rs, status_http(s), status_code(s), d, "%s", msg);
}

void fail_status(sv_response *rs, aigov_status s, const aigov_diags *d) { fail_status_hint(rs, s, d, NULL); }

int sv_http_status(sv_err e) {
    static const int map[] = {200, 404, 403, 409, 400, 500};
    return map[e];
}
const char *sv_code(sv_err e) {
    static const char *const map[] = {"ok", "not_found", "forbidden", "conflict", "invalid", "io"};
    return map[e];
}

/* A JSON body parsed with jansson; on error a 400 naming line, column and path. */
json_t *parse_body(const sv_request *rq, sv_response *rs, const char *what) {
    /* JSON text has no raw NUL byte (RFC 8259: not white space, and escaped in strings);
     * jansson accepts one after true, false, null or a number, the profile reader never. */
    const char *nul = memchr(rq->body, 0, rq->body_len);
    if (nul) {
        int line = 1, col = 1;
        for (const char *p = rq->body; p < nul; p++) {
            if (*p == '\n') { line++; col = 1; }
            else col++;
        }
        char msg[300];
        snprintf(msg, sizeof msg, "%s is not valid JSON: line %d, column %d: a raw NUL byte (JSON text has none)", what, line, col);
        fail(rs, 400, "syntax", NULL, "%s", msg);
        return NULL;
    }
    json_error_t je;
    json_t *j = aigov_json_loadb(rq->body, rq->body_len, JSON_REJECT_DUPLICATES, &je);
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
bool check_fields(json_t *o, const char *allowed, const char *required, sv_response *rs) {
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
/* The principal the request's bearer token names on the service's date; false after a
 * 401. */
bool authenticate(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who) {
    const char *h = rq->authorization;
    if (!h || !*h) {
        fail(rs, 401, "unauthorized", NULL, "%s",
             "this write needs a bearer token (Authorization: Bearer agv_...); an operator makes one with "
             "`aigov token create HOLDER` or POST /v1/tokens");
        return false;
    }
    if (strncasecmp(h, "Bearer ", 7)) {
        fail(rs, 401, "unauthorized", NULL, "%s", "the Authorization header must read 'Bearer TOKEN'");
        return false;
    }
    h += 7;
    while (*h == ' ') h++;
    char why[SV_WHY], day[11];
    today(a, day);
    sv_err e = sv_token_actor(a->store, h, strlen(h), day, who, why);
    if (e == SV_IO) { fail(rs, 500, "io", NULL, "%s", why); return false; }
    if (e != SV_OK) { fail(rs, 401, "unauthorized", NULL, "%s", why); return false; }
    return true;
}

/* A principal that files systems, evidence or instruments: not an operator token, which
 * administers the registry only. False after a 401 or 403. */
bool authenticate_holder(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who) {
    if (!authenticate(a, rq, rs, who)) return false;
    if (who->operator_) {
        fail(rs, 403, "forbidden", NULL, "%s",
             "an operator token administers the registry (organisations, tokens) and files nothing; "
             "use a token of the organisation or actor that files");
        return false;
    }
    return true;
}

/* An operator token; false after a 401 or 403. */
bool authenticate_operator(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who, const char *what) {
    if (!authenticate(a, rq, rs, who)) return false;
    if (!who->operator_) {
        fail(rs, 403, "forbidden", NULL, "only an operator token may %s", what);
        return false;
    }
    return true;
}

/* ---- Corpus access ------------------------------------------------------------------- */
const aigov_corpus *corpus_read(sv_app *a) {
    pthread_rwlock_rdlock(&a->corpus_lock);
    return a->corpus;
}
void corpus_done(sv_app *a) { pthread_rwlock_unlock(&a->corpus_lock); }

/* The corpus with every published instrument added, through an overlay whose last
 * instrument is `body` (NULL: none new). The overlay is JSON: line 1 opens it, each
 * published instrument takes one line, and `body` follows verbatim, so a diagnostic in
 * the body is mapped back to the request body's own line and column. */
aigov_status corpus_with_published(sv_app *a, const char *body, size_t body_len, aigov_corpus **out, aigov_diags *d) {
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

/* A version of the served corpus: the first `npub` published instruments (-1: all),
 * then the changes of `overlay` (an overlay as a JSON object, docs/overlay.md; may be
 * NULL), whose own added instruments come after the published ones. The overlay is
 * loaded as the JSON text it serialises to (2-space indent), so diagnostics name
 * "$.overlay" with a line and column of that text and its source line. */
aigov_status corpus_version(sv_app *a, long npub, json_t *overlay, aigov_corpus **out, aigov_diags *d) {
    *out = NULL;
    json_t *pub = sv_instrument_list(a->store);
    size_t n = json_array_size(pub);
    if (npub >= 0 && (size_t)npub < n) n = (size_t)npub;
    if (!n && !overlay) {
        json_decref(pub);
        return a->o.corpus_dir ? aigov_corpus_load_dir(a->o.corpus_dir, out, d) : aigov_corpus_load_builtin(out, d);
    }
    json_t *ov = overlay ? json_deep_copy(overlay) : json_pack("{ss}", "title", "instruments published through the registry");
    json_t *add = json_object_get(ov, "add");
    if (!add && n) json_object_set_new(ov, "add", add = json_object());
    json_t *insts = json_is_object(add) ? json_object_get(add, "instruments") : NULL;
    if (json_is_object(add) && n) {
        json_t *all = json_array();
        for (size_t i = 0; i < n; i++) json_array_append(all, json_object_get(json_array_get(pub, i), "body"));
        if (json_is_array(insts)) json_array_extend(all, insts);
        else if (insts) json_array_append(all, insts); /* not a list: let the loader say so */
        json_object_set_new(add, "instruments", all);
    }
    json_decref(pub);
    char *text = json_dumps(ov, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(ov);
    if (!text) return AIGOV_NOMEM;
    aigov_status s = aigov_corpus_load_with_overlay(a->o.corpus_dir, overlay ? "$.overlay" : "published instruments", text,
                                                    strlen(text), out, d);
    free(text);
    return s;
}

/* ---- Query arguments ----------------------------------------------------------------- */
/* A boolean query argument: true only for "true". */
bool flag(const sv_request *rq, const char *key) {
    const char *v = arg(rq, key);
    return v && !strcmp(v, "true");
}

/* ---- Service routes ------------------------------------------------------------------ */
void h_health(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    char date[11];
    today(a, date);
    set_json(rs, 200, json_pack("{ss ss ss}", "status", "ok", "version", AIGOV_VERSION, "date", date));
}

void h_openapi(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    handler *fn;
    const char *args;             /* query arguments accepted, "a|b" */
};

static const struct route ROUTES[] = {
    {"GET", "/v1", h_routes, ""},
    {"GET", "/v1/health", h_health, ""},
    {"GET", "/v1/openapi.yaml", h_openapi, ""},
    {"POST", "/v1/check", h_check, "date|role|all|format|batch|compact|voluntary|binding_only|legitimacy"},
    {"GET", "/v1/timeline", h_timeline, "profile|from|to|format"},
    {"POST", "/v1/timeline", h_timeline, "from|to|format"},
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
    {"GET", "/v1/divergence/{id}", h_divergence, "date|format"},
    {"POST", "/v1/whatif", h_whatif, "date|format"},
    {"GET", "/v1/diff", h_diff, "from|to|systems|date|format"},
    {"GET", "/v1/organisations", h_orgs, ""},
    {"POST", "/v1/organisations", h_org_add, ""},
    {"GET", "/v1/organisations/{id}", h_org, ""},
    {"GET", "/v1/tokens", h_tokens, ""},
    {"POST", "/v1/tokens", h_token_add, ""},
    {"DELETE", "/v1/tokens/{id}", h_token_revoke, ""},
    {"GET", "/v1/systems", h_systems, "q|filter|sort"},
    {"GET", "/v1/systems/{id}", h_system, ""},
    {"PUT", "/v1/systems/{id}", h_system_put, ""},
    {"DELETE", "/v1/systems/{id}", h_system_withdraw, ""},
    {"GET", "/v1/systems/{id}/versions/{version}", h_system_version, ""},
    {"GET", "/v1/systems/{id}/compliance", h_compliance, ""},
    {"GET", "/v1/systems/{id}/evidence", h_evidence_list, ""},
    {"POST", "/v1/systems/{id}/evidence", h_evidence_add, ""},
    {"GET", "/v1/whoami", h_whoami, ""},
    {"GET", "/v1/audit", h_audit, "after|limit"},
    {"GET", "/v1/audit/verify", h_audit_verify, ""},
    {"GET", "/v1/audit/head", h_audit_head, ""},
    {"GET", "/v1/audit/proof/inclusion", h_audit_inclusion, "seq|size"},
    {"GET", "/v1/audit/proof/consistency", h_audit_consistency, "from|to"},
    {"GET", "/v1/examples", h_examples, ""},
    {"GET", "/v1/examples/{name}", h_example, ""},
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

/* Decodes the %XX escapes of one path segment in place (the path is routed raw, so an
 * escape never acts as a separator). False for a bad escape, %00, or an encoded '/' or
 * '\\', which would let one segment pose as two. */
static bool decode_segment(char *s) {
    char *o = s;
    for (const char *p = s; *p; p++) {
        if (*p != '%') { *o++ = *p; continue; }
        int hi = p[1] >= '0' && p[1] <= '9' ? p[1] - '0' : (p[1] | 32) >= 'a' && (p[1] | 32) <= 'f' ? (p[1] | 32) - 'a' + 10 : -1;
        int lo = hi < 0 ? -1 : p[2] >= '0' && p[2] <= '9' ? p[2] - '0' : (p[2] | 32) >= 'a' && (p[2] | 32) <= 'f' ? (p[2] | 32) - 'a' + 10 : -1;
        if (lo < 0) return false;
        char ch = (char)(hi * 16 + lo);
        if (ch == 0 || ch == '/' || ch == '\\') return false;
        *o++ = ch;
        p += 2;
    }
    *o = 0;
    return true;
}

/* The routes that run a check or an analysis (sv_app_heavy). */
static const char *const HEAVY[][2] = {
    {"POST", "/v1/check"}, {"GET", "/v1/timeline"}, {"POST", "/v1/timeline"}, {"POST", "/v1/explain"},
    {"GET", "/v1/legitimacy"}, {"GET", "/v1/legitimacy/{id}"}, {"GET", "/v1/map"}, {"GET", "/v1/gaps"},
    {"GET", "/v1/conflicts"}, {"GET", "/v1/divergence/{id}"}, {"POST", "/v1/whatif"}, {"GET", "/v1/diff"},
};

bool sv_app_heavy(const char *method, const char *path) {
    char params[4][160];
    int np;
    for (size_t i = 0; i < sizeof HEAVY / sizeof HEAVY[0]; i++)
        if (!strcmp(method, HEAVY[i][0]) && match(HEAVY[i][1], path, params, &np)) return true;
    return false;
}

sv_budget sv_app_budget(const sv_app *a) {
    sv_budget b = {a->o.max_decisions ? a->o.max_decisions : 60000, a->o.max_steps ? a->o.max_steps : 50000000,
                   a->o.max_seconds > 0 ? a->o.max_seconds : 30, a->o.max_answer ? a->o.max_answer : ((size_t)64 << 20)};
    return b;
}

/* After a handler: an answer whose computation its work budget stopped says so instead
 * (the library returned an error, which is not the request's fault), and an answer larger
 * than the answer budget is refused. */
static void enforce_budget(sv_app *a, const sv_request *rq, sv_response *rs) {
    if (rs->streamed) return;
    aigov_work_stop why = rq->work ? aigov_work_stopped(rq->work) : AIGOV_WORK_RUNNING;
    sv_budget b = sv_app_budget(a);
    const char *hint = !strcmp(rq->path, "/v1/check") ? "split the batch, or check in bulk with the CLI (aigov check --batch)"
                     : !strcmp(rq->path, "/v1/whatif") || !strcmp(rq->path, "/v1/diff")
                         ? "send a smaller overlay or fewer profiles, or run `aigov whatif` locally"
                         : "narrow it (?topic=, ?jurisdiction=, ?layer=), or run the analysis with the CLI";
    char msg[600];
    if (why == AIGOV_WORK_RUNNING && rs->body_len <= b.max_answer) return;
    if (why == AIGOV_WORK_STEPS)
        snprintf(msg, sizeof msg, "this request needs more than the limit of %llu steps of computation a request "
                 "(docs/limits.md): %s", (unsigned long long)b.max_steps, hint);
    else if (why == AIGOV_WORK_TIME)
        snprintf(msg, sizeof msg, "this request needs more than the limit of %d s of computation a request (docs/limits.md): %s",
                 b.max_seconds, hint);
    else if (why == AIGOV_WORK_CANCELLED)
        snprintf(msg, sizeof msg, "%s", "the request was cancelled: the service is stopping or the client left; try again");
    else
        snprintf(msg, sizeof msg, "the answer has %zu bytes, more than the limit of %zu bytes an answer (docs/limits.md): %s",
                 rs->body_len, b.max_answer, hint);
    if (!rs->body_static) free(rs->body);
    memset(rs, 0, sizeof *rs);
    if (why == AIGOV_WORK_CANCELLED) {
        fail(rs, 503, "unavailable", NULL, "%s", msg);
        rs->retry_after = 1;
    } else fail(rs, why == AIGOV_WORK_RUNNING ? 413 : 422, why == AIGOV_WORK_RUNNING ? "answer_too_large" : "work_limit", NULL, "%s", msg);
}

size_t sv_app_body_limit(const sv_app *a, const char *method, const char *path, size_t max_body) {
    (void)a;
    if (!strcmp(method, "GET") || !strcmp(method, "HEAD") || !strcmp(method, "DELETE") || !strcmp(method, "OPTIONS"))
        return 0;
    /* Bodies that may be large by nature: an instrument, an overlay, a batch of profiles. */
    if (!strcmp(path, "/v1/instruments") || !strcmp(path, "/v1/whatif") || !strcmp(path, "/v1/check"))
        return max_body;
    size_t profile = (size_t)1 << 20;
    return profile < max_body ? profile : max_body;
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

/* Serves the corpus with the instruments the database holds now: when another replica
 * published one (the count moved), re-reads it before the request is answered. */
static void corpus_refresh(sv_app *a) {
    long long n = (long long)sv_instrument_count(a->store);
    if (n < 0 || n == atomic_load(&a->npub)) return;
    pthread_mutex_lock(&a->publish_lock);
    n = (long long)sv_instrument_count(a->store);
    if (n >= 0 && n != atomic_load(&a->npub)) {
        aigov_corpus *next = NULL;
        aigov_diags d;
        aigov_diags_init(&d, 5);
        if (corpus_with_published(a, NULL, 0, &next, &d) == AIGOV_OK) {
            pthread_rwlock_wrlock(&a->corpus_lock);
            aigov_corpus *old = a->corpus;
            a->corpus = next;
            pthread_rwlock_unlock(&a->corpus_lock);
            aigov_corpus_free(old);
            atomic_store(&a->npub, n);
        }
        aigov_diags_free(&d);
    }
    pthread_mutex_unlock(&a->publish_lock);
}

void sv_app_handle(sv_app *a, const sv_request *rq, sv_response *rs) {
    memset(rs, 0, sizeof *rs);
    corpus_refresh(a);
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
        for (int k = 0; k < np; k++)
            if (!decode_segment(pm[k])) {
                fail(rs, 400, "invalid", NULL, "%s", "a path segment has a bad percent-escape, an encoded NUL (%00) or an encoded separator (%2F, %5C)");
                return;
            }
        sv_store_thread_reset();
        ROUTES[i].fn(a, rq, rs, pm);
        enforce_budget(a, rq, rs);
        if (sv_store_thread_failed() && rs->status < 500) {
            if (!rs->body_static) free(rs->body);
            memset(rs, 0, sizeof *rs);
            fail(rs, 503, "unavailable", NULL, "%s", "the database did not answer (restarting or failing over?); try again");
            rs->retry_after = 2;
        }
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
    if (!o->db) { snprintf(why, SV_WHY, "aigov serve needs --db FILE (the registry's SQLite database) or --db postgresql://… (a PostgreSQL database)"); return NULL; }
    if (o->date && !aigov_date_valid(o->date)) { snprintf(why, SV_WHY, "--date: expected YYYY-MM-DD, found '%s'", o->date); return NULL; }
    sv_app *a = calloc(1, sizeof *a);
    if (!a) { snprintf(why, SV_WHY, "out of memory"); return NULL; }
    a->o = *o;
    a->date = o->date ? strdup(o->date) : NULL;
    pthread_rwlock_init(&a->corpus_lock, NULL);
    pthread_mutex_init(&a->publish_lock, NULL);
    pthread_mutex_init(&a->log_mu, NULL);
    if (!sv_log_key_path(o->db, o->log_key, a->key_path, sizeof a->key_path, why) ||
        sv_log_key_load(a->key_path, true, &a->key, &a->key_made, why) != SV_OK) { sv_app_free(a); return NULL; }
    if (sv_store_open(o->db, &a->store, why) != SV_OK) { sv_app_free(a); return NULL; }
    aigov_diags d;
    aigov_diags_init(&d, 5);
    atomic_store(&a->npub, (long long)sv_instrument_count(a->store));
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
    /* First start of a registry that holds no token: make the operator's, shown once. */
    if (sv_token_count(a->store, NULL) == 0) {
        sv_token t;
        sv_token_new(&t);
        char now[32];
        now_utc(now);
        sv_err e = sv_token_store_first(a->store, &t, now, why);
        if (e != SV_OK && e != SV_CONFLICT) { sv_app_free(a); return NULL; }
        if (e == SV_OK) snprintf(a->first_token, sizeof a->first_token, "%s", t.text);
        memset(&t, 0, sizeof t);
    }
    recompute_all(a, a->corpus);
    return a;
}

void sv_app_log_info(sv_app *a, char *out, size_t cap) {
    char pub[2 * SV_PUB_LEN + 1], why[SV_WHY];
    sv_hex(a->key.pub, SV_PUB_LEN, pub);
    pthread_mutex_lock(&a->log_mu);
    int64_t bad = 0;
    sv_err e = sv_audit_extend(a->store, &a->log, &bad, why);
    if (e == SV_OK && !bad)
        snprintf(out, cap, "audit log of %llu entr%s verified; tree heads signed with the key in %s (%s), public key %s",
                 (unsigned long long)a->log.n, a->log.n == 1 ? "y" : "ies", a->key_path, a->key_made ? "made now" : "kept", pub);
    else
        snprintf(out, cap, "WARNING: the audit log does not verify (%s): no tree head is signed until it is repaired "
                 "(aigov audit verify); public key %s", why, pub);
    pthread_mutex_unlock(&a->log_mu);
}

const char *sv_app_first_token(sv_app *a) { return a->first_token[0] ? a->first_token : NULL; }
void sv_app_forget_first_token(sv_app *a) { memset(a->first_token, 0, sizeof a->first_token); }

void sv_app_free(sv_app *a) {
    if (!a) return;
    sv_store_close(a->store);
    aigov_corpus_free(a->corpus);
    pthread_rwlock_destroy(&a->corpus_lock);
    pthread_mutex_destroy(&a->publish_lock);
    pthread_mutex_destroy(&a->log_mu);
    sv_audit_log_free(&a->log);
    sv_log_key_forget(&a->key);
    free(a->date);
    free(a);
}
