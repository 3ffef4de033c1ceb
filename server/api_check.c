/* api_check.c — the routes that decide and analyse (docs/api.md): check, timeline, explain,
 * eval, the corpus's reads, legitimacy and standing, the analyses, the example profiles. */
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

/* Where a batch's answer goes: the request's stream when it has one (the analysis pool),
 * else a buffer; either way at most `limit` bytes. */
typedef struct answer {
    sv_stream *stream;
    char *buf;
    size_t len, cap, limit;
    bool failed; /* out of memory, or the client left */
    bool cut;    /* ended early with a trailer (answer_cut) */
} answer;

static void answer_put(answer *o, const char *p, size_t n) {
    if (o->failed) return;
    o->len += n;
    if (o->stream) { o->failed = !sv_stream_write(o->stream, p, n); return; }
    if (o->len + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 65536;
        while (cap < o->len + 1) cap *= 2;
        char *nb = realloc(o->buf, cap);
        if (!nb) { o->failed = true; return; }
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len - n, p, n);
    o->buf[o->len] = 0;
}

/* One result of a batch as the whole batch's rendering holds it: the JSON of one result
 * indented by 4 (it sits in "results" of an object), the text and Markdown reports as
 * they are, each after the separator. */
static void answer_result(answer *o, const char *one, int i, const char *fmt, bool compact) {
    if (compact) {
        size_t n = strlen(one);
        while (n && one[n - 1] == '\n') n--;
        answer_put(o, i ? "," : "", i ? 1 : 0);
        answer_put(o, one, n);
    } else if (!strcmp(fmt, "json")) {
        answer_put(o, i ? ",\n    " : "    ", i ? 6 : 4);
        size_t n = strlen(one);
        while (n && one[n - 1] == '\n') n--;
        for (const char *p = one, *end = one + n; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t l = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
            answer_put(o, p, l);
            if (nl) answer_put(o, "    ", 4);
            p += l;
        }
    } else {
        static const char sep_md[] = "\n---\n\n", sep_text[] = "\n----------------------------------------------------------------\n\n";
        const char *sep = !strcmp(fmt, "md") ? sep_md : sep_text;
        if (i) answer_put(o, sep, strlen(sep));
        answer_put(o, one, strlen(one));
    }
}

/* Ends a batch's answer early, after `done` of `n` results, with a trailer saying why: in
 * JSON an "error" member beside "results" (the document stays valid), in text a last
 * line. */
static void answer_cut(answer *o, const char *fmt, bool compact, const char *code, int done, int n, const char *why) {
    char msg[700];
    snprintf(msg, sizeof msg, "the answer was cut after %d of %d results: %s", done, n, why);
    o->cut = true;
    if (strcmp(fmt, "json")) {
        answer_put(o, "\n", 1);
        answer_put(o, msg, strlen(msg));
        answer_put(o, "\n", 1);
        return;
    }
    json_t *e = json_pack("{ss so si}", "code", code, "message", json_text(msg), "results", done);
    char *et = e ? json_dumps(e, compact ? JSON_COMPACT : JSON_INDENT(2)) : NULL;
    json_decref(e);
    if (!et) { o->failed = true; return; }
    if (!done) answer_put(o, compact ? "{\"results\":[" : "{\n  \"results\": [", compact ? 12 : 16);
    answer_put(o, compact ? "],\"error\":" : "\n  ],\n  \"error\": ", compact ? 10 : 16);
    for (const char *p = et; *p; p++) answer_put(o, *p == '\n' ? "\n  " : p, *p == '\n' ? 3 : 1);
    answer_put(o, compact ? "}\n" : "\n}\n", compact ? 2 : 3);
    free(et);
}

/* POST /v1/check: one profile, or a batch (JSON Lines). A batch is bounded before anything
 * is decided: its profiles x the corpus's provisions within the work budget; then its
 * first result, times the profiles, within the answer budget. Its results are decided,
 * rendered and sent one at a time (streamed when the request has a stream), never held
 * together. */
void h_check(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    int n = 0;
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_status s = AIGOV_OK;
    aigov_check_opts co = {arg(rq, "role"), all && !strcmp(all, "true")};
    if (!batch) {
        ps = calloc(1, sizeof *ps);
        if (!ps) s = AIGOV_NOMEM;
        else if ((s = aigov_profile_parse(c, "request body", rq->body, rq->body_len, date, &ps[0], &d)) == AIGOV_OK) n = 1;
    } else {
        size_t cap = 64;
        ps = calloc(cap, sizeof *ps);
        if (!ps) s = AIGOV_NOMEM;
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
                if (!np) { s = AIGOV_NOMEM; break; }
                ps = np;
            }
            char name[64];
            snprintf(name, sizeof name, "request body line %d", line);
            if ((s = aigov_profile_parse(c, name, q, len, date, &ps[n], &d)) == AIGOV_OK) n++;
        }
        if (s == AIGOV_OK && n == 0) { s = AIGOV_INVALID; sv_diag(&d, "request body", "%s", "the batch holds no profile (one JSON object a line)"); }
    }
    sv_budget b = sv_app_budget(a);
    aigov_corpus_stats cs;
    aigov_corpus_stats_get(c, &cs);
    uint64_t per = cs.provisions > 0 ? (uint64_t)cs.provisions : 1, decisions = (uint64_t)n * per;
    if (s == AIGOV_OK && decisions > b.max_decisions) {
        char msg[600];
        snprintf(msg, sizeof msg, "the batch orders %llu decisions (%d profiles x %llu provisions), more than the limit of %llu a "
                 "request (docs/limits.md): send at most %llu profiles a request, or check in bulk with the CLI "
                 "(aigov check --batch)", (unsigned long long)decisions, n, (unsigned long long)per,
                 (unsigned long long)b.max_decisions, (unsigned long long)(b.max_decisions / per));
        fail(rs, 422, "work_limit", NULL, "%s", msg);
    } else if (s == AIGOV_OK) {
        /* The text and Markdown reports' sections (JSON always has everything). */
        aigov_render_opts ro = {co.all, flag(rq, "voluntary"), flag(rq, "binding_only"), flag(rq, "legitimacy")};
        const char *type = !strcmp(fmt, "json") ? "application/json" : !strcmp(fmt, "md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8";
        answer o = {.stream = n > 1 ? rq->stream : NULL, .limit = b.max_answer};
        bool answered = false;
        for (int i = 0; i < n && s == AIGOV_OK && !o.failed && !answered; i++) {
            aigov_result *r = NULL;
            s = aigov_check(c, ps[i], &co, &r, &d);
            char *one = s != AIGOV_OK ? NULL : compact ? aigov_results_render_compact(&r, 1) : aigov_results_render_opts(&r, 1, fmt, &ro);
            aigov_result_free(r);
            if (s == AIGOV_OK && !one) s = AIGOV_NOMEM;
            if (s != AIGOV_OK) {
                if (rs->streamed) answer_cut(&o, fmt, compact, rq->work && aigov_work_stopped(rq->work) ? "work_limit" : status_code(s), i, n,
                                             d.n ? d.items[d.n - 1].message : aigov_strerror(s));
                break;
            }
            size_t len = strlen(one);
            if (i == 0 && (uint64_t)len * (uint64_t)n > b.max_answer) {
                /* Known from the first result, before a byte is sent. */
                char msg[600];
                snprintf(msg, sizeof msg, "the answer would be about %llu bytes (%d results of about %zu bytes), more than the limit "
                         "of %zu bytes an answer (docs/limits.md): send at most %llu such profiles a request%s, or check in bulk "
                         "with the CLI (aigov check --batch)", (unsigned long long)len * (unsigned long long)n, n, len, b.max_answer,
                         (unsigned long long)(b.max_answer / (len ? len : 1)), compact ? "" : ", or ask for compact answers (?compact=true)");
                fail(rs, 413, "answer_too_large", NULL, "%s", msg);
                answered = true;
            } else if (n == 1) {
                set_text(rs, 200, type, one);
                one = NULL;
                answered = true;
            } else if (o.len + len > o.limit) {
                /* Past the budget after all (the results grew): the answer ends here and says so. */
                char msg[300];
                snprintf(msg, sizeof msg, "the answer reached the limit of %zu bytes an answer (docs/limits.md); send fewer profiles "
                         "a request", o.limit);
                answer_cut(&o, fmt, compact, "answer_too_large", i, n, msg);
                free(one);
                break;
            } else {
                if (i == 0) {
                    if (o.stream) { sv_stream_begin(o.stream, type); rs->streamed = true; }
                    if (compact) answer_put(&o, "{\"results\":[", 12);
                    else if (!strcmp(fmt, "json")) answer_put(&o, "{\n  \"results\": [\n", 17);
                }
                answer_result(&o, one, i, fmt, compact);
                if (i == n - 1) {
                    if (compact) answer_put(&o, "]}\n", 3);
                    else if (!strcmp(fmt, "json")) answer_put(&o, "\n  ]\n}\n", 7);
                }
            }
            free(one);
        }
        if (!o.stream && !answered) {
            if (s != AIGOV_OK) fail_status_hint(rs, s, &d, NULL);
            else if (o.failed) fail(rs, 500, "nomem", NULL, "%s", "out of memory");
            else {
                set_text(rs, 200, type, o.buf);
                o.buf = NULL;
            }
        } else if (o.stream && !rs->streamed && !answered && s != AIGOV_OK) fail_status_hint(rs, s, &d, NULL);
        free(o.buf);
        if (compact && prefer_minimal && rs->status == 200) rs->preference_applied = "return=minimal";
    } else fail_status_hint(rs, s, &d, batch && s == AIGOV_SYNTAX ? "a batch holds one whole JSON profile a line" : NULL);
    for (int i = 0; i < n; i++) aigov_profile_free(ps[i]);
    free(ps);
    aigov_diags_free(&d);
    corpus_done(a);
}

/* GET /v1/timeline?profile=JSON or POST /v1/timeline with the profile as the body:
 * aigov_timeline, with ?from, ?to and ?format (json | text | md | svg | ics). */
void h_timeline(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    char *out = aigov_timeline(c, get ? "profile argument" : "request body", body, len, from, to, fmt, flag(rq, "all"), &d, &s);
    if (out) set_text(rs, 200, !strcmp(fmt, "json") ? "application/json" : !strcmp(fmt, "svg") ? "image/svg+xml"
                                 : !strcmp(fmt, "ics") ? "text/calendar; charset=utf-8"
                                 : !strcmp(fmt, "md") ? "text/markdown; charset=utf-8" : "text/plain; charset=utf-8", out);
    else fail_status(rs, s, &d);
    aigov_diags_free(&d);
    corpus_done(a);
}

void h_explain(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

void h_eval(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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

void h_instruments(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    render_corpus(a, rs, "list", NULL);
}
void h_instrument(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    if (!valid_id(pm[0])) { fail(rs, 404, "not_found", NULL, "no instrument '%s' (ids are lowercase kebab-case)", pm[0]); return; }
    render_corpus(a, rs, "show", pm[0]);
}
void h_provision(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq;
    char id[160];
    snprintf(id, sizeof id, "%s/%s", pm[0], pm[1]);
    render_corpus(a, rs, "show", id);
}
void h_stats(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    render_corpus(a, rs, "stats", NULL);
}

void h_legitimacy(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
void h_legitimacy_all(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    h_legitimacy(a, rq, rs, NULL);
}

/* topics=a,b (at most 16) split into `out`, in `buf`. */
int split_topics(const char *s, char *buf, size_t cap, const char **out, int max) {
    int n = 0;
    snprintf(buf, cap, "%s", s ? s : "");
    for (char *p = buf, *save = NULL, *t = strtok_r(p, ",", &save); t && n < max; t = strtok_r(NULL, ",", &save)) out[n++] = t;
    return n;
}

void h_standing(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
    aigov_analysis_args args = {.details = flag(rq, "details"), .date = arg(rq, "date"), .id = id, .topic = arg(rq, "topic"), .layer = arg(rq, "layer"),
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
void h_examples(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
void h_example(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
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
void h_divergence(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    if (!valid_id(pm[0])) { fail(rs, 404, "not_found", NULL, "no instrument '%s' (ids are lowercase kebab-case)", pm[0]); return; }
    run_analysis_of(a, rq, rs, "divergence", pm[0]);
}
void h_map(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "map"); }
void h_gaps(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "gaps"); }
void h_conflicts(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) { (void)pm; run_analysis(a, rq, rs, "conflicts"); }
