/* api_systems.c — compliance of a profile, and the registry's systems and their evidence
 * (docs/api.md, "Compliance", "Systems"). */
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

/* The provisions with evidence documents and with attestations of system `id` that count
 * on day `on` (NULL: the service's date; evidence dated later does not count yet). New
 * references. */
static void evidence_on(sv_app *a, const char *id, const char *on, json_t **docs, json_t **att) {
    char day[11];
    if (on) snprintf(day, sizeof day, "%s", on);
    else today(a, day);
    *docs = sv_evidence_provisions(a->store, id, "document", day);
    *att = sv_evidence_provisions(a->store, id, "attestation", day);
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
static aigov_status compliance_on(sv_app *a, const aigov_corpus *c, const char *profile, size_t len, json_t *documents,
                                  json_t *attestations, const char *on, sv_compliance *cp, json_t **items, json_t **summary,
                                  char *date, aigov_diags *d) {
    memset(cp, 0, sizeof *cp);
    *items = *summary = NULL;
    if (on) snprintf(date, 11, "%s", on);
    else today(a, date);
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
    /* The figures the check leads with (aigov_result_headline), as the CLI and the web page show them. */
    json_object_set(sum, "headline", json_object_get(doc, "headline"));
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

aigov_status compliance_of(sv_app *a, const aigov_corpus *c, const char *profile, size_t len, json_t *documents,
                           json_t *attestations, sv_compliance *cp, json_t **items, json_t **summary, char *date,
                           aigov_diags *d) {
    return compliance_on(a, c, profile, len, documents, attestations, NULL, cp, items, summary, date, d);
}

/* The compliance counts of a write's answer. */
json_t *compliance_brief(const sv_compliance *cp) {
    json_t *o = json_deep_copy(cp->summary);
    json_object_set_new(o, "met", json_integer(cp->met));
    json_object_set_new(o, "unmet", json_integer(cp->unmet));
    json_object_set_new(o, "unknown", json_integer(cp->unknown));
    json_object_set_new(o, "date", json_string(cp->date));
    return o;
}

/* Recomputes every system's compliance (the corpus changed: start-up, a publication). */
void recompute_all(sv_app *a, const aigov_corpus *c) {
    sv_store_lock(a->store);
    json_t *ids = sv_system_ids(a->store);
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) {
        const char *id = json_string_value(v);
        char *profile = NULL, owner[256], why[SV_WHY], date[11];
        if (sv_system_profile(a->store, id, &profile, owner, sizeof owner, NULL, why) != SV_OK) continue;
        json_t *docs, *att;
        evidence_on(a, id, NULL, &docs, &att);
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

/* Whether two compliance lists hold the same items, whatever their order. */
static bool same_items(json_t *x, json_t *y) {
    if (json_array_size(x) != json_array_size(y)) return false;
    size_t i, k;
    json_t *v, *w;
    json_array_foreach(x, i, v) {
        bool found = false;
        json_array_foreach(y, k, w) if (json_equal(json_object_get(v, "provision"), json_object_get(w, "provision"))) {
            found = json_equal(v, w);
            break;
        }
        if (!found) return false;
    }
    return true;
}

bool compliance_explained(sv_app *a, const aigov_corpus *c, const char *id, char *why, size_t cap) {
    json_t *sys = sv_system_get(a->store, id, false), *stored = sv_compliance_get(a->store, id);
    const char *on = json_string_value(json_object_get(json_object_get(sys, "compliance"), "date"));
    char *profile = NULL, owner[256], w[SV_WHY], date[11];
    bool same = false;
    if (sys && stored && on && aigov_date_valid(on) && sv_system_profile(a->store, id, &profile, owner, sizeof owner, NULL, w) == SV_OK) {
        json_t *docs, *att, *items = NULL, *sum = NULL;
        evidence_on(a, id, on, &docs, &att);
        sv_compliance cp;
        aigov_diags d;
        aigov_diags_init(&d, 5);
        if (compliance_on(a, c, profile, strlen(profile), docs, att, on, &cp, &items, &sum, date, &d) == AIGOV_OK) {
            json_t *brief = compliance_brief(&cp);
            same = json_equal(brief, json_object_get(sys, "compliance")) && same_items(items, stored);
            json_decref(brief);
        }
        aigov_diags_free(&d);
        json_decref(items);
        json_decref(sum);
        json_decref(docs);
        json_decref(att);
    } else if (sys && stored && !on && !json_array_size(stored)) same = true; /* never computed */
    if (!same)
        snprintf(why, cap, "table compliance, system '%.64s': not what its profile and evidence in the log give on %.10s "
                 "(forged or altered outside the registry)", id, on ? on : "its date");
    free(profile);
    json_decref(sys);
    json_decref(stored);
    return same;
}

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
void h_systems(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

void h_system(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    json_t *o = valid_id(pm[0]) ? sv_system_get(a->store, pm[0], true) : NULL;
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no system '%s' in the registry", pm[0]);
}

void h_system_version(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    char *end;
    long v = strtol(pm[1], &end, 10);
    json_t *o = (*end || v < 1 || v > 1000000000 || !valid_id(pm[0])) ? NULL : sv_system_version(a->store, pm[0], (int)v);
    if (o) set_json(rs, 200, o);
    else fail(rs, 404, "not_found", NULL, "no such version of system '%s'", pm[0]);
}

void h_compliance(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

void h_evidence_list(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

void h_system_put(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    json_t *docs, *att;
    evidence_on(a, id, NULL, &docs, &att);
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

void h_system_withdraw(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
void h_evidence_add(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    char fday[11];
    today(a, fday);
    if (strcmp(date, fday) > 0) {
        char msg[200];
        snprintf(msg, sizeof msg, "$.date: %s is after today (%s): evidence is dated when it was made or signed", date, fday);
        fail(rs, 400, "invalid", NULL, "%s", msg);
        json_decref(j);
        return;
    }
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
        json_t *docs, *att;
        evidence_on(a, id, NULL, &docs, &att);
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
