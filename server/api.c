/* api.c — what each request of the registry service means (docs/api.md): the routes,
 * the library's analyses as JSON, the registry (systems, evidence, compliance,
 * published instruments), authorization (bearer tokens bound to actors; standing from
 * the legitimacy engine for publishing) and JSON errors that say why. Knows neither
 * HTTP framing (http.c) nor SQL (store.c). Never prints.
 *
 * Concurrency: requests run on several threads. The corpus is read-only and shared
 * under a read-write lock (publishing an instrument swaps it); the store serialises its
 * own use, and a write that reads, computes and writes holds the store's lock across. */
#include "db.h"
#include "server.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct sv_app {
    aigov_server_opts o;
    char *db, *corpus_dir, *date;
    sv_store *store;
    aigov_corpus *corpus;
    pthread_rwlock_t corpus_lock;
    pthread_mutex_t publish_lock; /* one publication at a time: each builds on the last */
    char first_token[96];         /* the operator token made at first start, until printed */
    /* How many published instruments the served corpus holds. Another replica on the same
     * database may publish: a request that finds another count re-reads the corpus. */
    _Atomic long long npub;
    /* The transparency log (translog.c): its signing key, and the log as verified so far,
     * extended under log_mu at each head or proof asked for; never a head over an entry
     * whose chain does not hold. */
    sv_log_key key;
    char key_path[1024];
    bool key_made;
    pthread_mutex_t log_mu;
    sv_audit_log log;
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
/* The principal the request's bearer token names on the service's date; false after a
 * 401. */
static void today(const sv_app *a, char out[11]);
static bool authenticate(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who) {
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
static bool authenticate_holder(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who) {
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
static bool authenticate_operator(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who, const char *what) {
    if (!authenticate(a, rq, rs, who)) return false;
    if (!who->operator_) {
        fail(rs, 403, "forbidden", NULL, "only an operator token may %s", what);
        return false;
    }
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

/* A version of the served corpus: the first `npub` published instruments (-1: all),
 * then the changes of `overlay` (an overlay as a JSON object, docs/overlay.md; may be
 * NULL), whose own added instruments come after the published ones. The overlay is
 * loaded as the JSON text it serialises to (2-space indent), so diagnostics name
 * "$.overlay" with a line and column of that text and its source line. */
static aigov_status corpus_version(sv_app *a, long npub, json_t *overlay, aigov_corpus **out, aigov_diags *d) {
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

/* ---- Compliance ---------------------------------------------------------------------- */
static bool in_array(json_t *arr, const char *s) {
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (json_is_string(v) && !strcmp(json_string_value(v), s)) return true;
    return false;
}

/* One counted group of the compliance summary. */
typedef struct tally {
    int met, unmet, undecided, later;
} tally;

static json_t *tally_json(const tally *t, bool with_percent) {
    json_t *o = json_pack("{si si si}", "met", t->met, "unmet", t->unmet, "undecided", t->undecided);
    if (with_percent) {
        int total = t->met + t->unmet + t->undecided;
        json_object_set_new(o, "total", json_integer(total));
        /* Rounded down: 100 only when everything counted is met. */
        json_object_set_new(o, "percent", total ? json_integer(100 * t->met / total) : json_null());
    } else json_object_set_new(o, "later", json_integer(t->later));
    return o;
}

/* Compliance of a profile on the server's date (docs/api.md, "Compliance"), given the
 * provisions with evidence documents and with attestations. Each provision the check
 * decides falls in one category:
 *   banned         a banned practice (kind prohibited_practice) of a binding instrument:
 *                  a red flag, never met by evidence;
 *   binding_now    a binding obligation that applies: met with an evidence document,
 *                  unmet without; undecided when the profile leaves a question open;
 *   conduct        a binding prohibition of conduct that applies: met by an attestation
 *                  of the owner; undecided likewise;
 *   binding_later  a binding obligation or prohibition that applies from a later date;
 *   voluntary      everything of a voluntary or contractual instrument, and
 *                  recommendations: met, unmet, undecided or later, counted apart.
 * Percentages are over binding_now and conduct only. *items and *summary are new
 * references. Returns AIGOV_OK or the profile's error (with d). */
static aigov_status compliance_of(sv_app *a, const aigov_corpus *c, const char *profile, size_t len,
                                  json_t *documents, json_t *attestations, sv_compliance *cp, json_t **items,
                                  json_t **summary, char *date, aigov_diags *d) {
    memset(cp, 0, sizeof *cp);
    *items = *summary = NULL;
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
    tally obligations = {0}, conduct = {0}, voluntary = {0}, binding = {0};
    int banned = 0, banned_undecided = 0, later = 0;
    const char *next = NULL;
    size_t i, k;
    json_t *in, *pv;
    json_array_foreach(json_object_get(doc, "instruments"), i, in) {
        const char *iname = json_string_value(json_object_get(in, "short_title"));
        if (!iname) iname = json_string_value(json_object_get(in, "title"));
        json_array_foreach(json_object_get(in, "provisions"), k, pv) {
            const char *id = json_string_value(json_object_get(pv, "id"));
            const char *st = json_string_value(json_object_get(pv, "status"));
            const char *kind = json_string_value(json_object_get(pv, "kind"));
            const char *bind = json_string_value(json_object_get(pv, "binding"));
            const char *pdate = json_string_value(json_object_get(pv, "date"));
            if (!id || !st || !kind || !bind) continue;
            bool applies = !strcmp(st, "applies"), from = !strcmp(st, "applies_from"), unknown = !strcmp(st, "unknown");
            if (!applies && !from && !unknown) continue; /* exempt, revoked, not applicable */
            if (!strcmp(kind, "permission")) continue;    /* nothing to do */
            bool is_binding = !strcmp(bind, "binding");
            bool is_banned = !strcmp(kind, "prohibited_practice"), is_prohibition = !strcmp(kind, "prohibition");
            const char *category, *status;
            char reason[512];
            tally *t;
            if (is_binding && is_banned) { category = "banned"; t = NULL; }
            else if (!is_binding || !strcmp(kind, "recommendation")) { category = "voluntary"; t = &voluntary; }
            else if (from) { category = "binding_later"; t = NULL; }
            else if (is_prohibition) { category = "conduct"; t = &conduct; }
            else { category = "binding_now"; t = &obligations; }
            bool attested = in_array(attestations, id), documented = in_array(documents, id);
            if (unknown) {
                status = "undecided";
                size_t n = (size_t)snprintf(reason, sizeof reason, "the profile does not say:");
                size_t f;
                json_t *fv;
                json_array_foreach(json_object_get(pv, "deciding_fields"), f, fv)
                    if (n < sizeof reason) n += (size_t)snprintf(reason + n, sizeof reason - n, "%s %s", f ? "," : "", json_string_value(fv));
            } else if (from) {
                status = "later";
                snprintf(reason, sizeof reason, "applies from %s", pdate ? pdate : "a later date");
            } else if (is_banned) {
                status = "banned";
                snprintf(reason, sizeof reason, "a banned practice applies: the system as filed may not be placed on the market or used");
            } else if (is_prohibition || is_banned) {
                status = attested ? "met" : "unmet";
                snprintf(reason, sizeof reason, attested ? "applies; the owner attests that it keeps this prohibition"
                                                         : "applies; no attestation filed (a prohibition of conduct is met by the owner's attestation)");
            } else {
                status = documented ? "met" : "unmet";
                snprintf(reason, sizeof reason, documented ? "applies; evidence filed" : "applies; no evidence filed");
            }
            if (!strcmp(category, "banned")) {
                if (applies) banned++;
                else if (unknown) banned_undecided++;
            } else if (!strcmp(category, "binding_later")) {
                later++;
                if (pdate && (!next || strcmp(pdate, next) < 0)) next = pdate;
            }
            if (t) {
                if (!strcmp(status, "met")) t->met++;
                else if (!strcmp(status, "unmet")) t->unmet++;
                else if (!strcmp(status, "undecided")) t->undecided++;
                else t->later++;
            }
            json_t *q = json_object_get(pv, "deciding_fields");
            const char *article = json_string_value(json_object_get(pv, "article"));
            const char *text = json_string_value(json_object_get(pv, "summary"));
            json_array_append_new(out, json_pack("{ss ss ss ss ss ss ss ss ss? so ss}", "provision", id, "category", category,
                                                 "status", status, "kind", kind, "binding", bind, "instrument", iname ? iname : "",
                                                 "article", article ? article : "", "summary", text ? text : "", "date", pdate,
                                                 "questions", unknown && q ? json_incref(q) : json_array(), "reason", reason));
        }
    }
    binding.met = obligations.met + conduct.met;
    binding.unmet = obligations.unmet + conduct.unmet;
    binding.undecided = obligations.undecided + conduct.undecided;
    json_t *sum = json_object();
    json_object_set_new(sum, "banned", json_integer(banned));
    json_object_set_new(sum, "banned_undecided", json_integer(banned_undecided));
    json_object_set_new(sum, "binding", tally_json(&binding, true));
    json_object_set_new(sum, "obligations", tally_json(&obligations, true));
    json_object_set_new(sum, "conduct", tally_json(&conduct, true));
    json_object_set_new(sum, "later", json_integer(later));
    json_object_set_new(sum, "next_date", next ? json_string(next) : json_null());
    json_object_set_new(sum, "voluntary", tally_json(&voluntary, false));
    json_decref(doc);
    cp->items = out;
    cp->summary = sum;
    cp->met = binding.met;
    cp->unmet = binding.unmet;
    cp->unknown = binding.undecided;
    cp->date = date;
    *items = out;
    *summary = sum;
    return AIGOV_OK;
}

/* The compliance counts of a write's answer. */
static json_t *compliance_brief(const sv_compliance *cp) {
    json_t *o = json_deep_copy(cp->summary);
    json_object_set_new(o, "met", json_integer(cp->met));
    json_object_set_new(o, "unmet", json_integer(cp->unmet));
    json_object_set_new(o, "unknown", json_integer(cp->unknown));
    json_object_set_new(o, "date", json_string(cp->date));
    return o;
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
        if (sv_system_profile(a->store, id, &profile, owner, sizeof owner, NULL, why) != SV_OK) continue;
        json_t *docs = sv_evidence_provisions(a->store, id, "document"), *att = sv_evidence_provisions(a->store, id, "attestation");
        json_t *items = NULL, *sum = NULL;
        sv_compliance cp;
        aigov_diags d;
        aigov_diags_init(&d, 5);
        if (compliance_of(a, c, profile, strlen(profile), docs, att, &cp, &items, &sum, date, &d) == AIGOV_OK)
            sv_compliance_replace(a->store, id, &cp, why);
        aigov_diags_free(&d);
        json_decref(items);
        json_decref(sum);
        json_decref(docs);
        json_decref(att);
        free(profile);
    }
    json_decref(ids);
    sv_store_unlock(a->store);
}

/* ---- Handlers ------------------------------------------------------------------------ */
typedef struct route route;
typedef void (*handler)(sv_app *, const sv_request *, sv_response *, char **params);

/* A boolean query argument: true only for "true". */
static bool flag(const sv_request *rq, const char *key) {
    const char *v = arg(rq, key);
    return v && !strcmp(v, "true");
}

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
    const char *compact_arg = arg(rq, "compact");
    if (compact_arg && strcmp(compact_arg, "true") && strcmp(compact_arg, "false")) { fail(rs, 400, "invalid", NULL, "compact must be true or false, found '%s'", compact_arg); return; }
    bool prefer_minimal = rq->prefer && strstr(rq->prefer, "return=minimal");
    bool compact = (compact_arg && !strcmp(compact_arg, "true")) || (!compact_arg && prefer_minimal);
    if (compact && strcmp(fmt, "json")) { fail(rs, 400, "invalid", NULL, "compact answers are JSON; format '%s' has no compact form", fmt); return; }
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
        /* The text and Markdown reports' sections (JSON always has everything). */
        aigov_render_opts ro = {co.all, flag(rq, "voluntary"), flag(rq, "binding_only"), flag(rq, "legitimacy")};
        char *out = compact ? aigov_results_render_compact(rsl, n) : aigov_results_render_opts(rsl, n, fmt, &ro);
        if (compact && prefer_minimal) rs->preference_applied = "return=minimal";
        set_text(rs, 200, !strcmp(fmt, "json") ? "application/json" : !strcmp(fmt, "md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8", out);
    } else fail_status_hint(rs, s, &d, batch && s == AIGOV_SYNTAX ? "a batch holds one whole JSON profile a line" : NULL);
    for (int i = 0; i < n; i++) { aigov_result_free(rsl[i]); aigov_profile_free(ps[i]); }
    free(ps);
    free(rsl);
    aigov_diags_free(&d);
    corpus_done(a);
}

/* GET /v1/timeline?profile=JSON or POST /v1/timeline with the profile as the body:
 * aigov_timeline, with ?from, ?to and ?format (json | text | md | svg | ics). */
static void h_timeline(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *fmt = arg(rq, "format") ? arg(rq, "format") : "json";
    if (strcmp(fmt, "json") && strcmp(fmt, "text") && strcmp(fmt, "md") && strcmp(fmt, "svg") && strcmp(fmt, "ics")) {
        fail(rs, 400, "invalid", NULL, "unknown format '%s'; expected json, text, md, svg or ics", fmt);
        return;
    }
    const char *from = arg(rq, "from"), *to = arg(rq, "to");
    if ((from && !aigov_date_valid(from)) || (to && !aigov_date_valid(to))) {
        fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", from && !aigov_date_valid(from) ? from : to);
        return;
    }
    bool get = strcmp(rq->method, "POST") != 0;
    const char *body = get ? arg(rq, "profile") : rq->body;
    size_t len = get ? (body ? strlen(body) : 0) : rq->body_len;
    if (!body || !len) {
        fail(rs, 400, "invalid", NULL, "%s", get ? "GET /v1/timeline needs ?profile=JSON (or POST the profile)" : "the request body must be a profile");
        return;
    }
    const aigov_corpus *c = corpus_read(a);
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s;
    char *out = aigov_timeline(c, get ? "profile argument" : "request body", body, len, from, to, fmt, &d, &s);
    if (out) set_text(rs, 200, !strcmp(fmt, "json") ? "application/json" : !strcmp(fmt, "svg") ? "image/svg+xml"
                                 : !strcmp(fmt, "ics") ? "text/calendar; charset=utf-8"
                                 : !strcmp(fmt, "md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8", out);
    else fail_status(rs, s, &d);
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
 * date, filters and limit as the CLI does; `id` is the subject (divergence) or NULL. */
static char *sv_dot_to_svg(const char *dot);
static void run_analysis_of(sv_app *a, const sv_request *rq, sv_response *rs, const char *name, const char *id) {
    aigov_analysis_args args = {.date = arg(rq, "date"), .id = id, .topic = arg(rq, "topic"), .layer = arg(rq, "layer"),
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
    /* The map as SVG: its DOT drawn by graphviz, as the CLI's --format svg. */
    bool svg = !strcmp(name, "map") && !strcmp(fmt, "svg");
    char *out = aigov_analysis_run(c, name, &args, svg ? "dot" : fmt, &d, &s);
    if (out && svg) {
        char *drawn = sv_dot_to_svg(out);
        free(out);
        out = drawn;
        if (!out) { sv_diag(&d, "format", "%s", "format svg needs graphviz's 'dot' on the server (Debian package graphviz)"); s = AIGOV_IO; }
    }
    if (out) set_text(rs, 200, type, out);
    else if (s == AIGOV_USAGE) fail(rs, 400, "invalid", NULL, "%s", d.n ? d.items[0].message : "bad argument");
    else fail_status(rs, s == AIGOV_OK ? AIGOV_INVALID : s, &d);
    aigov_diags_free(&d);
    corpus_done(a);
}
static void run_analysis(sv_app *a, const sv_request *rq, sv_response *rs, const char *name) { run_analysis_of(a, rq, rs, name, NULL); }

/* ---- The web page's routes: the map drawn by graphviz, the example profiles ----------- */
/* DOT rendered as SVG by graphviz's `dot` (as the CLI's --format svg): the DOT is written
 * to a temporary file and dot's output read back. NULL when dot is missing or fails. */
static char *sv_dot_to_svg(const char *dot) {
    char in[] = "/tmp/aigov-serve-dot-XXXXXX";
    int fd = mkstemp(in);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) { close(fd); unlink(in); return NULL; }
    bool wrote = fputs(dot, f) >= 0;
    if (fclose(f) != 0 || !wrote) { unlink(in); return NULL; }
    char cmd[128];
    snprintf(cmd, sizeof cmd, "dot -Tsvg < %s 2>/dev/null", in);
    FILE *p = popen(cmd, "r");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    bool oom = false;
    while (p) {
        if (len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *nb = realloc(buf, cap);
            if (!nb) { oom = true; break; }
            buf = nb;
        }
        size_t r = fread(buf + len, 1, 4096, p);
        if (!r) break;
        len += r;
    }
    int rc = p ? pclose(p) : -1;
    unlink(in);
    if (rc != 0 || oom || !buf || !len) { free(buf); return NULL; }
    buf[len] = 0;
    return buf;
}

/* GET /v1/examples: the example profiles the CLI reads from examples/, with id and name. */
static void h_examples(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)a; (void)rq; (void)pm;
    json_t *list = json_array();
    for (const sv_web_file *f = sv_examples(); f->name; f++) {
        json_t *doc = aigov_json_loadb(f->data, f->len, 0, NULL);
        json_t *id = json_object_get(doc, "id"), *name = json_object_get(doc, "name");
        char base[160];
        snprintf(base, sizeof base, "%.*s", (int)(strlen(f->name) - 5), f->name);
        json_array_append_new(list, json_pack("{ss ss* ss* si}", "name", base, "id", json_string_value(id),
                                              "title", json_string_value(name), "bytes", (json_int_t)f->len));
        json_decref(doc);
    }
    set_json(rs, 200, json_pack("{so}", "examples", list));
}

/* GET /v1/examples/{name}: one example profile, byte for byte the file of examples/. */
static void h_example(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)a; (void)rq;
    size_t n = strlen(pm[0]);
    if (n > 5 && !strcmp(pm[0] + n - 5, ".json")) n -= 5;
    for (const sv_web_file *f = sv_examples(); f->name; f++)
        if (strlen(f->name) == n + 5 && !strncmp(f->name, pm[0], n)) {
            rs->status = 200;
            rs->content_type = "application/json";
            rs->body = (char *)f->data;
            rs->body_len = f->len;
            rs->body_static = true;
            return;
        }
    fail(rs, 404, "not_found", NULL, "no example '%s' (GET /v1/examples lists them)", pm[0]);
}
/* ---- End of the web page's routes ----------------------------------------------------- */
static void h_divergence(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    if (!valid_id(pm[0])) { fail(rs, 404, "not_found", NULL, "no instrument '%s' (ids are lowercase kebab-case)", pm[0]); return; }
    run_analysis_of(a, rq, rs, "divergence", pm[0]);
}
static void h_map(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "map"); }
static void h_gaps(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "gaps"); }
static void h_conflicts(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "conflicts"); }

/* -- Registry -- */
/* A system's figure for sorting and filtering the registry list. */
static json_int_t sys_num(json_t *sys, const char *what) {
    json_t *c = json_object_get(sys, "compliance");
    if (!strcmp(what, "percent")) {
        json_t *p = json_object_get(json_object_get(c, "binding"), "percent");
        return json_is_integer(p) ? json_integer_value(p) : 101; /* nothing binding applies: after 100 */
    }
    if (!strcmp(what, "unmet") || !strcmp(what, "banned")) return json_integer_value(json_object_get(c, what));
    if (!strcmp(what, "undecided")) return json_integer_value(json_object_get(c, "unknown"));
    return 0;
}

static bool contains_ci(const char *hay, const char *needle) {
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, n)) return true;
    return !n;
}

static const char *sort_key;
static int sort_desc;
static int sys_cmp(const void *x, const void *y) {
    json_t *a = *(json_t *const *)x, *b = *(json_t *const *)y;
    int r;
    if (!strcmp(sort_key, "id") || !strcmp(sort_key, "name") || !strcmp(sort_key, "updated_at") || !strcmp(sort_key, "owner")) {
        const char *sa = json_string_value(json_object_get(a, sort_key)), *sb = json_string_value(json_object_get(b, sort_key));
        r = strcasecmp(sa ? sa : "", sb ? sb : "");
    } else {
        json_int_t na = sys_num(a, sort_key), nb = sys_num(b, sort_key);
        r = na < nb ? -1 : na > nb;
    }
    if (!r) r = strcmp(json_string_value(json_object_get(a, "id")), json_string_value(json_object_get(b, "id")));
    return sort_desc ? -r : r;
}

/* The registry list: ?q= searches id, name and owner; ?filter= keeps banned, unmet (a
 * binding obligation or prohibition unmet), undecided, withdrawn or active systems;
 * ?sort= id | name | owner | updated_at | percent | unmet | undecided | banned, "-" first
 * for descending. */
static void h_systems(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *q = arg(rq, "q"), *filter = arg(rq, "filter"), *sort = arg(rq, "sort");
    static const char *const FILTERS[] = {"banned", "unmet", "undecided", "withdrawn", "active"};
    static const char *const SORTS[] = {"id", "name", "owner", "updated_at", "percent", "unmet", "undecided", "banned"};
    bool known = !filter;
    for (size_t i = 0; filter && i < sizeof FILTERS / sizeof FILTERS[0]; i++) known |= !strcmp(filter, FILTERS[i]);
    if (!known) { fail(rs, 400, "invalid", NULL, "unknown filter '%s'; expected banned, unmet, undecided, withdrawn or active", filter); return; }
    const char *key = sort ? sort + (sort[0] == '-') : "id";
    known = false;
    for (size_t i = 0; i < sizeof SORTS / sizeof SORTS[0]; i++) known |= !strcmp(key, SORTS[i]);
    if (!known) { fail(rs, 400, "invalid", NULL, "unknown sort '%s'; expected id, name, owner, updated_at, percent, unmet, undecided or banned (a leading - sorts descending)", sort); return; }
    json_t *all = sv_system_list(a->store), *out = json_array(), *v;
    size_t i, n = 0;
    json_t **keep = calloc(json_array_size(all) + 1, sizeof *keep);
    if (!keep) { json_decref(all); json_decref(out); fail(rs, 500, "nomem", NULL, "%s", "out of memory"); return; }
    json_array_foreach(all, i, v) {
        bool withdrawn = json_is_string(json_object_get(v, "withdrawn_at"));
        if (q && !contains_ci(json_string_value(json_object_get(v, "id")), q) && !contains_ci(json_string_value(json_object_get(v, "name")), q) &&
            !contains_ci(json_string_value(json_object_get(v, "owner")), q)) continue;
        if (filter && ((!strcmp(filter, "withdrawn") && !withdrawn) || (!strcmp(filter, "active") && withdrawn) ||
                       (!strcmp(filter, "banned") && sys_num(v, "banned") == 0) || (!strcmp(filter, "unmet") && sys_num(v, "unmet") == 0) ||
                       (!strcmp(filter, "undecided") && sys_num(v, "undecided") == 0))) continue;
        keep[n++] = v;
    }
    /* qsort has no context argument: the key lives in statics under a lock. */
    static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&sort_lock);
    sort_key = key;
    sort_desc = sort && sort[0] == '-';
    qsort(keep, n, sizeof *keep, sys_cmp);
    pthread_mutex_unlock(&sort_lock);
    for (i = 0; i < n; i++) json_array_append(out, keep[i]);
    free(keep);
    json_decref(all);
    set_json(rs, 200, json_pack("{si so}", "count", (int)n, "systems", out));
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
    json_t *sum = json_object_get(o, "compliance");
    json_t *c = json_pack("{ss sO sO sO sb}", "system", pm[0], "name", json_object_get(o, "name"), "owner", json_object_get(o, "owner"),
                          "withdrawn_at", json_object_get(o, "withdrawn_at"), "red_flag",
                          json_integer_value(json_object_get(sum, "banned")) > 0);
    json_object_update(c, sum);
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

/* The audit entry that recorded a write, for the filer to keep: with it, GET
 * /v1/audit/proof/inclusion?seq=N proves the filing is in the log a signed head covers. */
static json_t *receipt_json(const sv_receipt *r) {
    char hex[2 * SV_HASH_LEN + 1], leaf[2 * SV_HASH_LEN + 1];
    sv_hash l;
    sv_hex(r->hash, SV_HASH_LEN, hex);
    sv_merkle_leaf(r->hash, SV_HASH_LEN, &l);
    sv_hex(l.b, SV_HASH_LEN, leaf);
    return json_pack("{sI ss ss}", "audit_seq", (json_int_t)r->seq, "entry_hash", hex, "leaf_hash", leaf);
}

static void h_system_put(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    sv_principal who;
    if (!authenticate_holder(a, rq, rs, &who)) return;
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
    const aigov_corpus *c = corpus_read(a);
    sv_store_lock(a->store);
    json_t *docs = sv_evidence_provisions(a->store, id, "document"), *att = sv_evidence_provisions(a->store, id, "attestation");
    json_t *items = NULL, *sum = NULL;
    sv_compliance cp;
    char date[11], now[32], why[SV_WHY];
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s = compliance_of(a, c, rq->body, rq->body_len, docs, att, &cp, &items, &sum, date, &d);
    if (s != AIGOV_OK) fail_status(rs, s, &d);
    else {
        char *text = strndup(rq->body, rq->body_len);
        now_utc(now);
        int version = 0;
        const char *name = json_string_value(json_object_get(j, "name"));
        sv_receipt r;
        sv_err e = text ? sv_system_put(a->store, who.actor, id, name, text, &cp, now, &version, &r, why) : SV_IO;
        free(text);
        if (e == SV_OK)
            set_json(rs, version == 1 ? 201 : 200,
                     json_pack("{ss ss ss si so so}", "system", id, "name", name ? name : "", "owner", who.actor, "version", version,
                               "compliance", compliance_brief(&cp), "receipt", receipt_json(&r)));
        else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    }
    sv_store_unlock(a->store);
    corpus_done(a);
    aigov_diags_free(&d);
    json_decref(items);
    json_decref(sum);
    json_decref(docs);
    json_decref(att);
    json_decref(j);
}

static void h_system_withdraw(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    sv_principal who;
    if (!authenticate_holder(a, rq, rs, &who)) return;
    if (!valid_id(pm[0])) { fail(rs, 404, "not_found", NULL, "no system '%s' in the registry", pm[0]); return; }
    char now[32], why[SV_WHY];
    now_utc(now);
    sv_err e = sv_system_withdraw(a->store, who.actor, pm[0], now, why);
    if (e == SV_OK) set_json(rs, 200, json_pack("{ss ss ss}", "system", pm[0], "withdrawn_at", now, "withdrawn_by", who.actor));
    else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
}

static bool is_hex64(const char *s) {
    if (strlen(s) != 64) return false;
    for (int i = 0; i < 64; i++) if (!isxdigit((unsigned char)s[i]) || isupper((unsigned char)s[i])) return false;
    return true;
}

/* Evidence of two kinds for one provision of a system:
 *   {"kind": "document" (default), "provision", "reference", "sha256", "date"} meets an
 *     obligation or a recommendation;
 *   {"kind": "attestation", "provision", "statement", "date"} meets a prohibition of
 *     conduct: the owner states that it keeps it. The registry signs the statement with
 *     the token presented (sv_attest_sign) and records the token's id.
 * A banned practice is met by neither. */
static void h_evidence_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    sv_principal who;
    if (!authenticate_holder(a, rq, rs, &who)) return;
    const char *id = pm[0];
    json_t *j = parse_body(rq, rs, "the evidence");
    if (!j) return;
    json_t *kj = json_object_get(j, "kind");
    if (kj && (!json_is_string(kj) || (strcmp(json_string_value(kj), "document") && strcmp(json_string_value(kj), "attestation")))) {
        fail(rs, 400, "invalid", NULL, "%s", "$.kind: expected \"document\" or \"attestation\"");
        json_decref(j);
        return;
    }
    bool attestation = kj && !strcmp(json_string_value(kj), "attestation");
    if (attestation ? !check_fields(j, "kind|provision|statement|date", "provision|statement|date", rs)
                    : !check_fields(j, "kind|provision|reference|sha256|date", "provision|reference|sha256|date", rs)) {
        json_decref(j);
        return;
    }
    const char *prov = json_string_value(json_object_get(j, "provision"));
    const char *date = json_string_value(json_object_get(j, "date"));
    if (!attestation) {
        const char *sha = json_string_value(json_object_get(j, "sha256"));
        if (!is_hex64(sha)) { fail(rs, 400, "invalid", NULL, "$.sha256: expected 64 lowercase hex digits (the SHA-256 of the evidence document), found '%.80s'", sha); json_decref(j); return; }
        if (strlen(json_string_value(json_object_get(j, "reference"))) > 2048) { fail(rs, 400, "invalid", NULL, "%s", "$.reference: at most 2048 characters"); json_decref(j); return; }
    } else if (strlen(json_string_value(json_object_get(j, "statement"))) > 4096) {
        fail(rs, 400, "invalid", NULL, "%s", "$.statement: at most 4096 characters");
        json_decref(j);
        return;
    }
    if (!aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "$.date: expected a date YYYY-MM-DD, found '%.40s'", date); json_decref(j); return; }
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
    json_t *pj = json_loads(shown, 0, NULL);
    free(shown);
    char kind[32];
    const char *pk = pj ? json_string_value(json_object_get(pj, "kind")) : NULL;
    snprintf(kind, sizeof kind, "%s", pk ? pk : "");
    json_decref(pj);
    const char *refuse = NULL;
    if (!strcmp(kind, "prohibited_practice"))
        refuse = "$.provision: '%s' is a banned practice: no evidence or attestation meets it (change or withdraw the system)";
    else if (attestation && strcmp(kind, "prohibition"))
        refuse = "$.kind: an attestation meets a prohibition of conduct; '%s' is not one (file a document)";
    else if (!attestation && !strcmp(kind, "prohibition"))
        refuse = "$.kind: '%s' is a prohibition of conduct: it is met by the owner's attestation (\"kind\": \"attestation\"), not a document";
    if (refuse) {
        fail(rs, 400, "invalid", NULL, refuse, prov);
        aigov_diags_free(&d);
        corpus_done(a);
        json_decref(j);
        return;
    }
    sv_store_lock(a->store);
    char *profile = NULL, owner[256], why[SV_WHY], now[32], day[11];
    bool withdrawn = false;
    sv_err e = sv_system_profile(a->store, id, &profile, owner, sizeof owner, &withdrawn, why);
    if (e == SV_OK && strcmp(owner, who.actor)) {
        e = SV_FORBIDDEN;
        snprintf(why, sizeof why, "system '%.64s' belongs to actor '%.100s'; actor '%.100s' may attach evidence only to its own systems", id, owner, who.actor);
    } else if (e == SV_OK && withdrawn) {
        e = SV_CONFLICT;
        snprintf(why, sizeof why, "system '%.64s' was withdrawn; it takes no more evidence", id);
    }
    if (e != SV_OK) fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
    else {
        now_utc(now);
        if (attestation) {
            const char *h = rq->authorization + 7;
            while (*h == ' ') h++;
            const char *fields[] = {id, prov, json_string_value(json_object_get(j, "statement")), date, who.actor};
            char sig[65];
            sv_attest_sign(h, strlen(h), fields, 5, sig);
            json_object_set_new(j, "token_id", json_string(who.token_id));
            json_object_set_new(j, "signature", json_string(sig));
        }
        json_t *docs = sv_evidence_provisions(a->store, id, "document"), *att = sv_evidence_provisions(a->store, id, "attestation");
        json_array_append_new(attestation ? att : docs, json_string(prov));
        json_t *items = NULL, *sum = NULL;
        sv_compliance cp;
        aigov_status s = compliance_of(a, c, profile, strlen(profile), docs, att, &cp, &items, &sum, day, &d);
        if (s != AIGOV_OK) fail_status(rs, s, &d);
        else {
            int64_t evid = 0;
            sv_receipt r;
            e = sv_evidence_add(a->store, who.actor, id, j, &cp, now, &evid, &r, why);
            if (e == SV_OK) {
                json_t *o = json_pack("{sI ss ss ss so so}", "id", (json_int_t)evid, "kind", attestation ? "attestation" : "document",
                                      "system", id, "provision", prov, "compliance", compliance_brief(&cp), "receipt", receipt_json(&r));
                if (attestation) {
                    json_object_set(o, "token_id", json_object_get(j, "token_id"));
                    json_object_set(o, "signature", json_object_get(j, "signature"));
                }
                set_json(rs, 201, o);
            } else fail(rs, sv_http_status(e), sv_code(e), NULL, "%s", why);
        }
        json_decref(items);
        json_decref(sum);
        json_decref(docs);
        json_decref(att);
    }
    free(profile);
    sv_store_unlock(a->store);
    aigov_diags_free(&d);
    corpus_done(a);
    json_decref(j);
}

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

static void h_org_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

static void h_orgs(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    set_json(rs, 200, json_pack("{so}", "organisations", sv_org_list(a->store)));
}

static void h_org(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_org_get(a->store, pm[0]) : NULL;
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no organisation '%s' in the registry", pm[0]);
}

static void h_token_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

static void h_tokens(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate(a, rq, rs, &who)) return;
    char day[11];
    today(a, day);
    set_json(rs, 200, json_pack("{so}", "tokens", sv_token_list(a->store, who.operator_ ? NULL : who.actor, day)));
}

static void h_token_revoke(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

/* -- What changes: whatif and diff -- */
/* Appends each profile of `systems` (ids of the registry) and `profiles` (objects) as one
 * JSON line to *jsonl; false after a 400/404. */
static bool profiles_jsonl(sv_app *a, json_t *systems, json_t *profiles, char **jsonl, size_t *len, sv_response *rs, const char *where) {
    size_t cap = 1024, n = 0;
    char *buf = malloc(cap);
    if (!buf) { fail(rs, 500, "nomem", NULL, "%s", "out of memory"); return false; }
    buf[0] = 0;
    json_t *all = json_array();
    size_t i;
    json_t *v;
    bool ok = true;
    json_array_foreach(systems, i, v) {
        char *profile = NULL, owner[256], why[SV_WHY];
        if (!json_is_string(v) || !valid_id(json_string_value(v)) ||
            sv_system_profile(a->store, json_string_value(v), &profile, owner, sizeof owner, NULL, why) != SV_OK) {
            char msg[300];
            if (json_is_string(v)) snprintf(msg, sizeof msg, "%s[%zu]: no system '%.64s' in the registry", where, i, json_string_value(v));
            else snprintf(msg, sizeof msg, "%s[%zu]: expected a system id (a string)", where, i);
            fail(rs, json_is_string(v) ? 404 : 400, json_is_string(v) ? "not_found" : "invalid", NULL, "%s", msg);
            ok = false;
            break;
        }
        json_t *pj = json_loads(profile, 0, NULL);
        free(profile);
        if (pj) json_array_append_new(all, pj);
    }
    json_array_foreach(profiles, i, v) {
        if (!ok) break;
        if (!json_is_object(v)) {
            char msg[100];
            snprintf(msg, sizeof msg, "$.profiles[%zu]: expected a profile (a JSON object)", i);
            fail(rs, 400, "invalid", NULL, "%s", msg);
            ok = false;
            continue;
        }
        /* Validated here, so that an error names its place in the request. */
        char *text = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
        const aigov_corpus *c = corpus_read(a);
        aigov_diags d;
        aigov_diags_init(&d, 10);
        aigov_profile *p = NULL;
        aigov_status st = text ? aigov_profile_parse(c, "request body", text, strlen(text), NULL, &p, &d) : AIGOV_NOMEM;
        aigov_profile_free(p);
        corpus_done(a);
        free(text);
        if (st != AIGOV_OK) {
            for (int k = 0; k < d.n; k++) {
                char path[sizeof d.items[k].json_path];
                if (d.items[k].json_path[0] != '$') continue;
                snprintf(path, sizeof path, "$.profiles[%zu]%.200s", i, d.items[k].json_path + 1);
                memcpy(d.items[k].json_path, path, sizeof path);
            }
            fail_status(rs, st, &d);
            ok = false;
        } else json_array_append(all, v);
        aigov_diags_free(&d);
    }
    json_array_foreach(all, i, v) {
        if (!ok) break;
        char *line = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER);
        size_t l = line ? strlen(line) : 0;
        char *nb = line && n + l + 2 > cap ? realloc(buf, cap = 2 * (n + l + 2)) : buf;
        if (!line || !nb) { free(line); ok = false; fail(rs, 500, "nomem", NULL, "%s", "out of memory"); break; }
        buf = nb;
        memcpy(buf + n, line, l);
        n += l;
        buf[n++] = '\n';
        buf[n] = 0;
        free(line);
    }
    json_decref(all);
    if (!ok) { free(buf); return false; }
    *jsonl = buf;
    *len = n;
    return true;
}

static bool format_of(const sv_request *rq, sv_response *rs, const char **fmt, const char **type) {
    *fmt = arg(rq, "format") ? arg(rq, "format") : "json";
    *type = !strcmp(*fmt, "json") ? "application/json" : !strcmp(*fmt, "md") ? "text/markdown; charset=utf-8"
          : !strcmp(*fmt, "text") ? "text/plain; charset=utf-8" : NULL;
    if (!*type) fail(rs, 400, "invalid", NULL, "unknown format '%s'; expected json, text or md", *fmt);
    return *type != NULL;
}

/* Compares corpus versions x and y (owned; freed here) for the profiles in jsonl. */
static void compare_versions(sv_app *a, const sv_request *rq, sv_response *rs, aigov_corpus *x, aigov_corpus *y,
                             const char *jsonl, size_t len, const char *fmt, const char *type) {
    (void)a;
    aigov_analysis_opts ao = {0};
    ao.date = arg(rq, "date");
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s = AIGOV_OK;
    char *out = aigov_whatif(x, y, len ? jsonl : NULL, len, &ao, fmt, &d, &s);
    if (out) set_text(rs, 200, type, out);
    else fail_status(rs, s == AIGOV_OK ? AIGOV_INVALID : s, &d);
    aigov_diags_free(&d);
    aigov_corpus_free(y);
    aigov_corpus_free(x);
}

static void h_whatif(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *fmt, *type, *date = arg(rq, "date");
    if (!format_of(rq, rs, &fmt, &type)) return;
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    json_t *j = parse_body(rq, rs, "the what-if request");
    if (!j) return;
    if (!check_fields(j, "overlay|profiles|systems", "", rs)) { json_decref(j); return; }
    json_t *ov = json_object_get(j, "overlay"), *ps = json_object_get(j, "profiles"), *ss = json_object_get(j, "systems");
    char *jsonl = NULL;
    size_t len = 0;
    if (!json_is_object(ov)) fail(rs, 400, "invalid", NULL, "%s", ov ? "$.overlay: expected an overlay as a JSON object (docs/overlay.md)" : "$.overlay: missing (required)");
    else if (ps && !json_is_array(ps)) fail(rs, 400, "invalid", NULL, "%s", "$.profiles: expected a list of profiles");
    else if (ss && !json_is_array(ss)) fail(rs, 400, "invalid", NULL, "%s", "$.systems: expected a list of system ids");
    else if (profiles_jsonl(a, ss, ps, &jsonl, &len, rs, "$.systems")) {
        pthread_mutex_lock(&a->publish_lock); /* the published list must not move between the two versions */
        aigov_diags d;
        aigov_diags_init(&d, 20);
        aigov_corpus *x = NULL, *y = NULL;
        aigov_status s = corpus_version(a, -1, NULL, &x, &d);
        if (s == AIGOV_OK) s = corpus_version(a, -1, ov, &y, &d);
        pthread_mutex_unlock(&a->publish_lock);
        if (s == AIGOV_OK) compare_versions(a, rq, rs, x, y, jsonl, len, fmt, type);
        else {
            char msg[900];
            snprintf(msg, sizeof msg, "the overlay is not valid: %s", d.n ? d.items[0].message : aigov_strerror(s));
            fail(rs, status_http(s) == 404 ? 400 : status_http(s), status_code(s), &d, "%s", msg);
            aigov_corpus_free(x);
        }
        aigov_diags_free(&d);
    }
    free(jsonl);
    json_decref(j);
}

/* The corpus versions of the registry are numbered by how many published instruments they
 * hold: 0 is the corpus the service started from, N the corpus after the N-th
 * publication. */
static void h_diff(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    const char *fmt, *type, *date = arg(rq, "date");
    if (!format_of(rq, rs, &fmt, &type)) return;
    if (date && !aigov_date_valid(date)) { fail(rs, 400, "invalid", NULL, "invalid date '%s': expected YYYY-MM-DD", date); return; }
    pthread_mutex_lock(&a->publish_lock);
    json_t *pub = sv_instrument_list(a->store);
    long count = (long)json_array_size(pub), v[2] = {0, count};
    json_decref(pub);
    const char *names[2] = {"from", "to"};
    for (int k = 0; k < 2; k++) {
        const char *x = arg(rq, names[k]);
        char *end;
        if (x && ((v[k] = strtol(x, &end, 10)) < 0 || v[k] > count || *end || end == x)) {
            pthread_mutex_unlock(&a->publish_lock);
            char msg[200];
            snprintf(msg, sizeof msg, "%s must be a corpus version 0..%ld (the number of instruments published), found '%.40s'", names[k], count, x);
            fail(rs, 400, "invalid", NULL, "%s", msg);
            return;
        }
    }
    json_t *ids = json_array();
    char buf[1024];
    const char *list[16];
    int n = split_topics(arg(rq, "systems"), buf, sizeof buf, list, 16);
    for (int i = 0; i < n; i++) json_array_append_new(ids, json_string(list[i]));
    char *jsonl = NULL;
    size_t len = 0;
    if (profiles_jsonl(a, ids, NULL, &jsonl, &len, rs, "systems")) {
        aigov_diags d;
        aigov_diags_init(&d, 20);
        aigov_corpus *x = NULL, *y = NULL;
        aigov_status s = corpus_version(a, v[0], NULL, &x, &d);
        if (s == AIGOV_OK) s = corpus_version(a, v[1], NULL, &y, &d);
        pthread_mutex_unlock(&a->publish_lock);
        if (s == AIGOV_OK) compare_versions(a, rq, rs, x, y, jsonl, len, fmt, type);
        else { fail_status(rs, s, &d); aigov_corpus_free(x); }
        aigov_diags_free(&d);
    } else pthread_mutex_unlock(&a->publish_lock);
    free(jsonl);
    json_decref(ids);
}

/* Publishing an instrument: the body is an instrument in the corpus format (JSON). The
 * publisher must be one of its issuers and hold standing over each of its topics on the
 * server's date, as the legitimacy engine computes. */
static void h_publish(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    sv_principal who;
    if (!authenticate_holder(a, rq, rs, &who)) return;
    const char *actor = who.actor;
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
    /* Co-issuers sign with their own tokens (Aigov-Cosign: TOKEN, TOKEN); checked against
     * the issuers once the instrument is loaded (aigov_instrument_authority). */
    char signer_buf[9][256];
    const char *signers[9] = {actor};
    int nsigners = 1;
    snprintf(signer_buf[0], sizeof signer_buf[0], "%s", actor);
    signers[0] = signer_buf[0];
    if (rq->cosign) {
        const char *p = rq->cosign;
        while (*p) {
            while (*p == ' ' || *p == ',') p++;
            size_t n = strcspn(p, ", ");
            if (!n) break;
            if (nsigners >= 9) { fail(rs, 400, "invalid", NULL, "%s", "Aigov-Cosign: at most 8 co-issuers' tokens"); json_decref(j); return; }
            char why[SV_WHY], day[11];
            sv_principal co;
            today(a, day);
            sv_err e = sv_token_actor(a->store, p, n, day, &co, why);
            if (e == SV_IO) { fail(rs, 500, "io", NULL, "%s", why); json_decref(j); return; }
            if (e != SV_OK) { fail(rs, 401, "unauthorized", NULL, "Aigov-Cosign: %s", why); json_decref(j); return; }
            if (co.operator_) { fail(rs, 403, "forbidden", NULL, "%s", "Aigov-Cosign: an operator token signs no instrument"); json_decref(j); return; }
            snprintf(signer_buf[nsigners], sizeof signer_buf[nsigners], "%s", co.actor);
            signers[nsigners] = signer_buf[nsigners];
            nsigners++;
            p += n;
        }
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
    } else if (s == AIGOV_NOTFOUND && sv_org_exists(a->store, actor)) {
        fail(rs, 403, "no_standing", NULL, "'%s' is an organisation of the registry, not an actor of the corpus: it files "
             "systems and evidence, and only actors with a mandate in the corpus publish instruments", actor);
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
    long long npub = (long long)sv_instrument_count(a->store);
    if (go && (s = corpus_with_published(a, rq->body, rq->body_len, &next, &d)) != AIGOV_OK) {
        char msg[900];
        snprintf(msg, sizeof msg, "the instrument is not valid: %s", d.n ? d.items[0].message : aigov_strerror(s));
        fail(rs, status_http(s) == 404 ? 400 : status_http(s), status_code(s), &d, "%s", msg);
        go = false;
    }
    /* What the instrument claims is checked against the issuers' authority: who signs, the
     * topics, the jurisdiction, binding force, and what it revokes or amends. */
    if (go) {
        aigov_authority au;
        aigov_diags ad;
        aigov_diags_init(&ad, 5);
        aigov_status as = aigov_instrument_authority(next, id, signers, nsigners, date, &au, &ad);
        if (as != AIGOV_OK) { fail_status(rs, as, &ad); go = false; }
        else if (!au.ok) {
            char msg[600];
            snprintf(msg, sizeof msg, "%s check failed: %s", au.check, au.reason);
            fail(rs, 403, "no_authority", NULL, "%s", msg);
            go = false;
        }
        aigov_diags_free(&ad);
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
            atomic_store(&a->npub, npub >= 0 ? npub + 1 : -1);
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
    sv_principal who;
    if (!authenticate(a, rq, rs, &who)) return;
    set_json(rs, 200, json_pack("{ss ss ss}", "actor", who.actor, "token_id", who.token_id, "role", who.operator_ ? "operator" : "actor"));
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

/* Extends the verified log with the entries written since; false with the answer set
 * (500 when the chain does not hold: no head is signed over it). Under a->log_mu. */
static bool log_sync(sv_app *a, sv_response *rs) {
    int64_t bad;
    char why[SV_WHY];
    if (sv_audit_extend(a->store, &a->log, &bad, why) != SV_OK) { fail(rs, 500, "io", NULL, "%s", why); return false; }
    if (bad) {
        char msg[SV_WHY + 96];
        snprintf(msg, sizeof msg, "the audit log does not verify (%s); no head is signed over it", why);
        fail(rs, 500, "log_invalid", NULL, "%s", msg);
        return false;
    }
    return true;
}

/* A query argument that is a whole number in [lo, hi], or absent (*v = dflt). */
static bool arg_count(const sv_request *rq, sv_response *rs, const char *key, uint64_t lo, uint64_t hi, uint64_t dflt, uint64_t *v) {
    const char *s = arg(rq, key);
    *v = dflt;
    if (!s) return true;
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 10);
    if (end == s || *end || errno || *s == '-' || x < lo || x > hi) {
        char msg[200];
        snprintf(msg, sizeof msg, "%s must be a whole number from %llu to %llu, found '%.40s'", key, (unsigned long long)lo,
                 (unsigned long long)hi, s);
        fail(rs, 400, "invalid", NULL, "%s", msg);
        return false;
    }
    *v = x;
    return true;
}

static void h_audit_head(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    pthread_mutex_lock(&a->log_mu);
    sv_sth h;
    if (log_sync(a, rs)) {
        if (!sv_log_sign_head(&a->log, a->log.n, sv_now_ms(), &a->key, &h)) fail(rs, 500, "io", NULL, "%s", "cannot sign the head");
        else set_json(rs, 200, sv_sth_json(&h, a->key.pub));
    }
    pthread_mutex_unlock(&a->log_mu);
}

static void h_audit_inclusion(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    pthread_mutex_lock(&a->log_mu);
    uint64_t size, seq;
    if (!log_sync(a, rs)) goto out;
    if (!arg_count(rq, rs, "size", 1, a->log.n, a->log.n, &size) || !arg_count(rq, rs, "seq", 1, size, 0, &seq)) goto out;
    if (!seq) fail(rs, 400, "invalid", NULL, "%s", "seq is needed: the number of the entry to prove (GET /v1/audit lists them)");
    else set_json(rs, 200, sv_log_inclusion_json(&a->log, seq, size));
out:
    pthread_mutex_unlock(&a->log_mu);
}

static void h_audit_consistency(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    pthread_mutex_lock(&a->log_mu);
    uint64_t to, from;
    if (!log_sync(a, rs)) goto out;
    if (!arg_count(rq, rs, "to", 1, a->log.n, a->log.n, &to) || !arg_count(rq, rs, "from", 1, to, 0, &from)) goto out;
    if (!from) fail(rs, 400, "invalid", NULL, "%s", "from is needed: the size of the head kept earlier");
    else set_json(rs, 200, sv_log_consistency_json(&a->log, from, to));
out:
    pthread_mutex_unlock(&a->log_mu);
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

/* Whether the verified log g extends the head saved in `head` (from the file head_name):
 * its signature (with the pinned key, else its own), then a consistency proof from the
 * head's size to the log's, checked against the head's root. Appends one line to out;
 * false when it does not hold. */
static bool extends_head(const sv_audit_log *g, bool chain_bad, const aigov_head_check *hc, const sv_sth *h,
                         const uint8_t pub[SV_PUB_LEN], char *out, size_t cap) {
    char when[40];
    time_t t = (time_t)(h->timestamp_ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    uint8_t pinned[SV_PUB_LEN];
    if (hc->public_key && (!sv_unhex(hc->public_key, pinned, SV_PUB_LEN) || memcmp(pinned, pub, SV_PUB_LEN))) {
        snprintf(out, cap, "the head saved in %s was not signed with the pinned key (--public-key)", hc->head_name);
        return false;
    }
    if (!sv_sth_verify(h, pub)) {
        snprintf(out, cap, "the head saved in %s: its signature does not verify (not a head of this log, or altered)", hc->head_name);
        return false;
    }
    if (h->size > g->n) {
        if (chain_bad)
            snprintf(out, cap, "the head saved in %s (%llu entries, signed %s) cannot be proved: the log holds only %llu entries that verify",
                     hc->head_name, (unsigned long long)h->size, when, (unsigned long long)g->n);
        else
            snprintf(out, cap, "the head saved in %s signs %llu entries (signed %s), the log holds %llu: history was removed",
                     hc->head_name, (unsigned long long)h->size, when, (unsigned long long)g->n);
        return false;
    }
    sv_hash root, path[SV_PROOF_MAX];
    sv_mtree_root(&g->tree, g->n, &root);
    int np = h->size ? sv_mtree_consistency_proof(&g->tree, g->n, h->size, path) : 0;
    bool holds = h->size == 0 || (np >= 0 && sv_merkle_verify_consistency(h->size, g->n, &h->root, &root, path, np));
    if (!holds) {
        snprintf(out, cap, "the log of %llu entries does not extend the head saved in %s (%llu entries, signed %s): history was "
                 "rewritten", (unsigned long long)g->n, hc->head_name, (unsigned long long)h->size, when);
        return false;
    }
    snprintf(out, cap, "the log of %llu entries extends the head saved in %s (%llu entries, signed %s): consistency proof of %d "
             "hash%s holds", (unsigned long long)g->n, hc->head_name, (unsigned long long)h->size, when, np, np == 1 ? "" : "es");
    return true;
}

aigov_status aigov_audit_verify(const char *db, const aigov_head_check *hc, char **report, aigov_diags *d) {
    *report = NULL;
    sv_sth h;
    uint8_t pub[SV_PUB_LEN];
    char msg[600];
    if (hc && hc->head && !sv_sth_read(hc->head, hc->head_len, &h, pub, msg, sizeof msg)) {
        sv_diag(d, hc->head_name, "%s", msg);
        return AIGOV_INVALID;
    }
    if (hc && hc->public_key && !sv_unhex(hc->public_key, (uint8_t[SV_PUB_LEN]){0}, SV_PUB_LEN)) {
        sv_diag(d, "--public-key", "%s", "expected the log's Ed25519 public key: 32 bytes as hex (64 digits)");
        return AIGOV_USAGE;
    }
    /* Read-only: verifying never creates, migrates or writes the file (a copy on read-only
     * media verifies; an empty file is no registry). */
    sv_store *store;
    char why[SV_WHY];
    sv_err oe = sv_store_open_readonly(db, &store, why);
    if (oe != SV_OK) { sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    int64_t bad;
    sv_audit_log g = {0};
    sv_err e = sv_audit_check_log(store, &g, &bad, why);
    sv_store_close(store);
    if (e != SV_OK) { sv_audit_log_free(&g); sv_diag(d, db, "%s", why); return AIGOV_IO; }
    bool head_ok = true;
    char hline[900] = "";
    if (hc && hc->head) head_ok = extends_head(&g, bad != 0, hc, &h, pub, hline, sizeof hline);
    sv_audit_log_free(&g);
    size_t cap = 2 * strlen(db) + SV_WHY + sizeof hline + 64;
    char *buf = malloc(cap);
    if (!buf) return AIGOV_NOMEM;
    int n = snprintf(buf, cap, bad ? "%s: audit log is NOT valid: %s\n" : "%s: %s\n", db, why);
    if (hline[0]) snprintf(buf + n, cap - (size_t)n, head_ok ? "%s: %s\n" : "%s: audit log is NOT valid: %s\n", db, hline);
    *report = buf;
    return bad || !head_ok ? AIGOV_INVALID : AIGOV_OK;
}

aigov_status aigov_audit_head(const char *db, const char *log_key, char **json, aigov_diags *d) {
    *json = NULL;
    char path[1024], why[SV_WHY];
    sv_log_key k;
    if (!sv_token_init()) { sv_diag(d, "aigov", "%s", "libsodium cannot start"); return AIGOV_IO; }
    if (!sv_log_key_path(db, log_key, path, sizeof path, why)) { sv_diag(d, log_key ? "--log-key" : db, "%s", why); return AIGOV_USAGE; }
    sv_err ke = sv_log_key_load(path, false, &k, NULL, why);
    if (ke != SV_OK) {
        if (ke == SV_NOTFOUND) snprintf(why + strlen(why), SV_WHY - strlen(why), " (`aigov serve` makes it at its first start)");
        sv_diag(d, path, "%s", why);
        return ke == SV_INVALID ? AIGOV_INVALID : AIGOV_IO;
    }
    sv_store *store;
    sv_err oe = sv_store_open_readonly(db, &store, why);
    if (oe != SV_OK) { sv_log_key_forget(&k); sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    int64_t bad;
    sv_audit_log g = {0};
    sv_err e = sv_audit_extend(store, &g, &bad, why);
    sv_store_close(store);
    aigov_status st = AIGOV_OK;
    sv_sth h;
    if (e != SV_OK) { sv_diag(d, db, "%s", why); st = AIGOV_IO; }
    else if (bad) {
        char msg[SV_WHY + 80];
        snprintf(msg, sizeof msg, "the audit log does not verify (%s): no head is signed over it", why);
        sv_diag(d, db, "%s", msg);
        st = AIGOV_INVALID;
    } else if (!sv_log_sign_head(&g, g.n, sv_now_ms(), &k, &h)) { sv_diag(d, path, "%s", "cannot sign"); st = AIGOV_IO; }
    else {
        json_t *j = sv_sth_json(&h, k.pub);
        *json = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
        json_decref(j);
        if (!*json) st = AIGOV_NOMEM;
    }
    sv_log_key_forget(&k);
    sv_audit_log_free(&g);
    return st;
}

aigov_status aigov_store_backup(const char *db, const char *out, char **report, aigov_diags *d) {
    *report = NULL;
    char why[SV_WHY];
    if (sv_store_url_is_pg(db)) {
        sv_diag(d, db, "%s", "a PostgreSQL registry is backed up with pg_dump, which takes a consistent snapshot while replicas write (docs/store.md)");
        return AIGOV_USAGE;
    }
    /* The source must be a registry this aigov reads: checked before anything is written. */
    sv_store *src;
    sv_err oe = sv_store_open_readonly(db, &src, why);
    if (oe != SV_OK) { sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    sv_store_close(src);
    if (!db_sqlite_backup(db, out, why, sizeof why)) { sv_diag(d, out, "%s", why); return AIGOV_IO; }
    /* The copy is checked as `aigov audit verify` checks a registry, read-only. */
    sv_store *copy;
    int64_t bad = 0;
    sv_audit_log g = {0};
    sv_err e = sv_store_open_readonly(out, &copy, why);
    if (e == SV_OK) {
        e = sv_audit_check_log(copy, &g, &bad, why);
        sv_store_close(copy);
    }
    char root[2 * SV_HASH_LEN + 1] = "";
    if (e == SV_OK && !bad) {
        sv_hash r;
        sv_mtree_root(&g.tree, g.n, &r);
        sv_hex(r.b, SV_HASH_LEN, root);
    }
    uint64_t n = g.n;
    sv_audit_log_free(&g);
    if (e != SV_OK) { sv_diag(d, out, "%s", why); return AIGOV_IO; }
    size_t cap = strlen(db) + strlen(out) + SV_WHY + 400;
    char *buf = malloc(cap);
    if (!buf) return AIGOV_NOMEM;
    if (bad) snprintf(buf, cap, "%s: a copy of %s, but its audit log is NOT valid: %s\n", out, db, why);
    else
        snprintf(buf, cap, "%s: a consistent copy of %s: %llu audit entr%s, every registry row explained by the log, tree root %s\n"
                 "%s: the log's signing key is not in the copy; keep it (%s.key, or --log-key) apart and safe\n",
                 out, db, (unsigned long long)n, n == 1 ? "y" : "ies", root, out, db);
    *report = buf;
    return bad ? AIGOV_INVALID : AIGOV_OK;
}

aigov_status aigov_store_migrate(const char *db, char **report, aigov_diags *d) {
    *report = NULL;
    sv_store *store;
    char why[SV_WHY];
    if (sv_store_open(db, &store, why) != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    int v = sv_store_schema_version(store);
    bool pg = sv_store_is_pg(store);
    sv_store_close(store);
    char buf[SV_WHY + 128];
    snprintf(buf, sizeof buf, "%s: %s registry at schema version %d (the latest this aigov knows: %d)\n", db,
             pg ? "PostgreSQL" : "SQLite", v, sv_store_schema_latest());
    *report = strdup(buf);
    return *report ? AIGOV_OK : AIGOV_NOMEM;
}
