/* api_corpus.c — versions of the corpus: what-if overlays, diff between published
 * versions, and publishing an instrument (docs/api.md, docs/overlay.md). */
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

/* How many profiles a what-if request may compare: each is decided against both versions
 * of the corpus, within the decisions a request may order (sv_budget). */
static size_t whatif_profiles_max(sv_app *a) {
    aigov_corpus_stats cs;
    const aigov_corpus *c = corpus_read(a);
    aigov_corpus_stats_get(c, &cs);
    corpus_done(a);
    uint64_t per = 2 * (uint64_t)(cs.provisions > 0 ? cs.provisions : 1);
    return (size_t)(sv_app_budget(a).max_decisions / per);
}

void h_whatif(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    else if (json_array_size(ps) + json_array_size(ss) > whatif_profiles_max(a)) {
        /* Each profile is decided against both versions: bounded before anything is loaded. */
        char msg[400];
        snprintf(msg, sizeof msg, "the request compares %zu profiles, more than the limit of %zu a request (each is decided "
                 "against both corpus versions; docs/limits.md): send fewer, or run `aigov whatif --profiles` locally",
                 json_array_size(ps) + json_array_size(ss), whatif_profiles_max(a));
        fail(rs, 422, "work_limit", NULL, "%s", msg);
    } else if (profiles_jsonl(a, ss, ps, &jsonl, &len, rs, "$.systems")) {
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
void h_diff(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
void h_publish(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    /* Co-issuers sign the request body with their own tokens' keys (Aigov-Cosign:
     * TOKEN_ID:MAC, TOKEN_ID:MAC; sv_cosign_mac): a co-issuer's token never goes to the
     * publisher. Checked against the issuers once the instrument is loaded
     * (aigov_instrument_authority). */
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
            if (nsigners >= 9) { fail(rs, 400, "invalid", NULL, "%s", "Aigov-Cosign: at most 8 co-issuers' signatures"); json_decref(j); return; }
            char why[SV_WHY], day[11], id[SV_TOKEN_ID_LEN + 1] = "", mac[80] = "";
            sv_principal co;
            today(a, day);
            if (n >= 4 && !strncmp(p, "agv_", 4)) {
                fail(rs, 400, "invalid", NULL, "%s", "Aigov-Cosign takes each co-issuer's signature of the body (TOKEN_ID:MAC, "
                     "docs/api.md \"Publishing\"), never its token: a token sent to the publisher lets it act as the co-issuer");
                json_decref(j);
                return;
            }
            const char *colon = memchr(p, ':', n);
            if (colon && (size_t)(colon - p) < sizeof id && n - (size_t)(colon - p) - 1 < sizeof mac) {
                memcpy(id, p, (size_t)(colon - p));
                id[colon - p] = 0;
                memcpy(mac, colon + 1, n - (size_t)(colon - p) - 1);
                mac[n - (size_t)(colon - p) - 1] = 0;
            }
            sv_err e = sv_token_cosigner(a->store, id, mac, rq->body, rq->body_len, day, &co, why);
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

void h_published(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    set_json(rs, 200, json_pack("{so}", "instruments", sv_instrument_list(a->store)));
}
