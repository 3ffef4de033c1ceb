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
    char *out = aigov_timeline(c, get ? "profile argument" : "request body", body, len, from, to, fmt, &d, &s);
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
void h_examples(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)a; (void)rq; (void)pm;
    json_t *list = json_array();
    for (const sv_web_file *f = sv_examples(); f->name; f++) {
        json_t *doc = json_loadb(f->data, f->len, 0, NULL);
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
