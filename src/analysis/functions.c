/* functions.c — Ho et al.'s institutions as functions (docs/analysis.md, "Functions"): which
 * existing institutions perform each function (science consensus, rule setting, standard
 * setting, support of implementation, compliance monitoring, capability diffusion, safety
 * research) for each topic, at the national or international level, public, private or
 * mixed; where no international institution performs a function for a topic; and which
 * existing bodies partly realise the proposed ones (`analogue_of`). One computation
 * (ag_functions_compute) serves `aigov functions` and the what-if's functions report.
 * Must not print or exit. */
#include "analysis/functions.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static bool kind_in(const char *k, const char *const *kinds) {
    for (int i = 0; k && kinds[i]; i++) if (!strcmp(k, kinds[i])) return true;
    return false;
}

/* public: bodies of states and of their organisations; mixed: multistakeholder
 * partnerships; private: companies, industry bodies and standards organisations. */
int ag_actor_sector(const ag_actor *a) {
    static const char *const pub[] = {"state", "subnational", "supranational", "igo", "agency", "court", "expert_body", NULL};
    if (kind_in(a->kind, pub)) return AG_SECTOR_PUBLIC;
    return a->kind && !strcmp(a->kind, "multistakeholder") ? AG_SECTOR_MIXED : AG_SECTOR_PRIVATE;
}

const char *ag_sector_name(int s) {
    return s == AG_SECTOR_PUBLIC ? "public" : s == AG_SECTOR_MIXED ? "mixed" : "private";
}

/* International: an organisation of states, or a body whose jurisdiction is not one state
 * (none, INTL, UN, or a group of regions such as the EU or the OECD). */
static bool actor_international(const aigov_corpus *c, const ag_actor *a) {
    static const char *const intl[] = {"igo", "supranational", NULL};
    if (kind_in(a->kind, intl) || !a->jurisdiction) return true;
    if (!strcmp(a->jurisdiction, "INTL") || !strcmp(a->jurisdiction, "UN")) return true;
    int r = ag_map_get(&c->region_index, a->jurisdiction, strlen(a->jurisdiction));
    return r >= 0 && c->regions[r].group;
}

static int topic_index(const aigov_corpus *c, int v, const char *t) {
    return v >= 0 ? ag_map_get(&c->vocabs[v].index, t, strlen(t)) : -1;
}

bool ag_functions_compute(const aigov_corpus *c, int32_t date, ag_functions *out) {
    memset(out, 0, sizeof *out);
    int v = ag_corpus_vocab(c, "topics");
    out->ntopics = v >= 0 ? c->vocabs[v].n : 0;
    out->topics = v >= 0 ? c->vocabs[v].terms : NULL;
    while (ag_function_name(out->nfunctions)) out->nfunctions++;
    int nt = out->ntopics;
    uint8_t *cover = calloc((size_t)nt + 1, 1);
    out->unscoped = calloc((size_t)c->nactors + 1, sizeof *out->unscoped);
    if (!cover || !out->unscoped) { free(cover); ag_functions_free(out); return false; }
    for (int32_t ai = 0; ai < c->nactors; ai++) {
        const ag_actor *a = &c->actors[ai];
        if (!a->functions.n || !strcmp(a->kind, "public") || !strcmp(a->kind, "ai_system") || !ag_actor_exists(a, date)) continue;
        /* The topics of its mandate: the scopes of the delegations to it in force on the
         * date; without any, the topics of the instruments it issues in force (a
         * self-assigned remit, as for a company or a standards body). */
        memset(cover, 0, (size_t)nt + 1);
        bool by_mandate = false, any = false;
        for (int32_t d = 0; d < c->ndelegations; d++) {
            const ag_delegation *dl = &c->delegations[d];
            if (strcmp(dl->to, a->id)) continue;
            if ((dl->from_date != AG_DATE_NONE && date < dl->from_date) || (dl->until != AG_DATE_NONE && date >= dl->until) ||
                (dl->revoked != AG_DATE_NONE && date >= dl->revoked))
                continue;
            by_mandate = any = true;
            if (dl->scope_all) memset(cover, 1, (size_t)nt);
            for (int k = 0; k < dl->scope.n; k++) {
                int t = topic_index(c, v, dl->scope.items[k]);
                if (t >= 0) cover[t] = 1;
            }
        }
        for (int i = 0; !by_mandate && i < c->ninstruments; i++) {
            const ag_instrument *in = &c->instruments[i];
            bool issues = false;
            for (int k = 0; k < in->issuer.n && !issues; k++) issues = !strcmp(in->issuer.items[k], a->id);
            if (!issues || !ag_instrument_in_force(in, date)) continue;
            for (int k = 0; k < in->topics.n; k++) {
                int t = topic_index(c, v, in->topics.items[k]);
                if (t >= 0) { cover[t] = 1; any = true; }
            }
        }
        if (!any) { out->unscoped[out->nunscoped++] = ai; continue; }
        bool intl = actor_international(c, a);
        int sector = ag_actor_sector(a);
        for (int f = 0; f < a->functions.n; f++) {
            int fi = -1;
            for (int k = 0; k < out->nfunctions && fi < 0; k++) if (!strcmp(ag_function_name(k), a->functions.items[f])) fi = k;
            if (fi < 0) continue;
            for (int t = 0; t < nt; t++) {
                if (!cover[t]) continue;
                if (out->n == out->cap) {
                    int cap = out->cap ? out->cap * 2 : 256;
                    ag_fn_entry *ne = realloc(out->items, sizeof *ne * (size_t)cap);
                    if (!ne) { free(cover); ag_functions_free(out); return false; }
                    out->items = ne;
                    out->cap = cap;
                }
                out->items[out->n++] = (ag_fn_entry){.function = fi, .topic = t, .international = intl, .sector = sector,
                                                     .actor = ai, .by_mandate = by_mandate};
            }
        }
    }
    free(cover);
    return true;
}

void ag_functions_free(ag_functions *f) {
    free(f->items);
    free(f->unscoped);
    memset(f, 0, sizeof *f);
}

bool ag_functions_held(const ag_functions *f, int function, int topic, int level) {
    for (int i = 0; i < f->n; i++)
        if (f->items[i].function == function && f->items[i].topic == topic && (level < 0 || f->items[i].international == (level == 1)))
            return true;
    return false;
}

/* The matrix as JSON: one row per function and topic that some institution holds, with the
 * institutions by level and sector; the international gaps; the proposed institutions with
 * their existing analogues. */
json_t *ag_functions_json(const aigov_corpus *c, const ag_functions *f) {
    json_t *doc = json_object(), *rows = json_array(), *gaps = json_array();
    for (int fn = 0; fn < f->nfunctions; fn++)
        for (int t = 0; t < f->ntopics; t++) {
            json_t *lv[2] = {NULL, NULL};
            for (int i = 0; i < f->n; i++) {
                const ag_fn_entry *e = &f->items[i];
                if (e->function != fn || e->topic != t) continue;
                json_t **l = &lv[e->international];
                if (!*l) *l = json_pack("{s:[], s:[], s:[]}", "public", "private", "mixed");
                ag_json_push(json_object_get(*l, ag_sector_name(e->sector)), json_string(c->actors[e->actor].id));
            }
            if (!lv[1]) ag_json_push(gaps, json_pack("{s:s, s:s}", "function", ag_function_name(fn), "topic", f->topics[t]));
            if (!lv[0] && !lv[1]) continue;
            json_t *r = json_object();
            ag_json_set(r, "function", json_string(ag_function_name(fn)));
            ag_json_set(r, "topic", json_string(f->topics[t]));
            ag_json_set(r, "national", lv[0] ? lv[0] : json_pack("{s:[], s:[], s:[]}", "public", "private", "mixed"));
            ag_json_set(r, "international", lv[1] ? lv[1] : json_pack("{s:[], s:[], s:[]}", "public", "private", "mixed"));
            ag_json_push(rows, r);
        }
    json_t *fns = json_array();
    for (int fn = 0; fn < f->nfunctions; fn++) ag_json_push(fns, json_string(ag_function_name(fn)));
    ag_json_set(doc, "functions", fns);
    ag_json_set(doc, "matrix", rows);
    ag_json_set(doc, "international_gaps", gaps);
    json_t *un = json_array();
    for (int i = 0; i < f->nunscoped; i++) ag_json_push(un, json_string(c->actors[f->unscoped[i]].id));
    ag_json_set(doc, "scope_not_recorded", un);
    /* Proposed institutions (Ho et al.) and the existing bodies that partly realise them. */
    json_t *prop = json_array();
    for (int32_t i = 0; i < c->nactors; i++) {
        const ag_actor *p = &c->actors[i];
        if (!p->status || strcmp(p->status, "proposed")) continue;
        json_t *an = json_array();
        for (int32_t j = 0; j < c->nactors; j++)
            for (int k = 0; k < c->actors[j].analogue_of.n; k++)
                if (!strcmp(c->actors[j].analogue_of.items[k], p->id)) ag_json_push(an, json_string(c->actors[j].id));
        json_t *o = json_object();
        ag_json_set(o, "institution", json_string(p->id));
        ag_json_set(o, "functions", ag_json_strlist(&p->functions));
        ag_json_set(o, "partly_realised_by", an);
        ag_json_push(prop, o);
    }
    ag_json_set(doc, "proposed", prop);
    return doc;
}

static void names(ag_buf *b, const json_t *arr) {
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) ag_buf_printf(b, "%s%s", i ? ", " : "", json_string_value(v));
}

char *aigov_functions(const aigov_corpus *c, const char *date_s, const char *format, aigov_diags *d, aigov_status *status) {
    *status = AIGOV_OK;
    int32_t date = ag_date_today();
    if (date_s && !ag_date_parse(date_s, strlen(date_s), &date)) {
        ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date_s);
        *status = AIGOV_USAGE;
        return NULL;
    }
    ag_json_begin();
    ag_functions f;
    if (!ag_functions_compute(c, date, &f)) { *status = AIGOV_NOMEM; return NULL; }
    json_t *doc = ag_functions_json(c, &f);
    char ds[11];
    ag_date_format(date, ds);
    json_object_set_new(doc, "date", json_string(ds));
    ag_functions_free(&f);
    char *res = NULL;
    if (!strcmp(format, "json") || ag_json_failed()) {
        res = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
        json_decref(doc);
        if (!res) *status = AIGOV_NOMEM;
        return res;
    }
    ag_buf b;
    ag_buf_init(&b);
    ag_buf_printf(&b, "Functions of existing institutions on %s (Ho et al.): who performs each function for each topic\n", ds);
    ag_buf_printf(&b, "  N = national, I = international; pub / priv / mixed = public, private, multistakeholder\n");
    size_t i;
    json_t *r;
    const char *last = "";
    json_array_foreach(json_object_get(doc, "matrix"), i, r) {
        const char *fn = json_string_value(json_object_get(r, "function"));
        if (strcmp(fn, last)) { ag_buf_printf(&b, "\n%s\n", fn); last = fn; }
        const json_t *n = json_object_get(r, "national"), *in = json_object_get(r, "international");
        ag_buf_printf(&b, "  %-26s N %2zu pub %2zu priv %2zu mixed | I %2zu pub %2zu priv %2zu mixed", json_string_value(json_object_get(r, "topic")),
                      json_array_size(json_object_get(n, "public")), json_array_size(json_object_get(n, "private")),
                      json_array_size(json_object_get(n, "mixed")), json_array_size(json_object_get(in, "public")),
                      json_array_size(json_object_get(in, "private")), json_array_size(json_object_get(in, "mixed")));
        if (json_array_size(json_object_get(in, "public"))) {
            ag_buf_printf(&b, "  (");
            names(&b, json_object_get(in, "public"));
            ag_buf_printf(&b, ")");
        }
        ag_buf_printf(&b, "\n");
    }
    ag_buf_printf(&b, "\nNo international institution performs:\n");
    last = "";
    json_t *g;
    json_array_foreach(json_object_get(doc, "international_gaps"), i, g) {
        const char *fn = json_string_value(json_object_get(g, "function"));
        if (strcmp(fn, last)) { ag_buf_printf(&b, "%s  %s for ", *last ? "\n" : "", fn); last = fn; }
        else ag_buf_printf(&b, ", ");
        ag_buf_printf(&b, "%s", json_string_value(json_object_get(g, "topic")));
    }
    ag_buf_printf(&b, "%s\n\nProposed institutions (Ho et al.) and the existing bodies that partly realise them:\n", *last ? "\n" : "  none");
    json_array_foreach(json_object_get(doc, "proposed"), i, g) {
        ag_buf_printf(&b, "  %s: ", json_string_value(json_object_get(g, "institution")));
        if (json_array_size(json_object_get(g, "partly_realised_by"))) names(&b, json_object_get(g, "partly_realised_by"));
        else ag_buf_printf(&b, "no existing analogue recorded");
        ag_buf_printf(&b, "\n");
    }
    if (json_array_size(json_object_get(doc, "scope_not_recorded"))) {
        ag_buf_printf(&b, "\nInstitutions with functions but no recorded mandate scope or instruments (left out): ");
        names(&b, json_object_get(doc, "scope_not_recorded"));
        ag_buf_printf(&b, "\n");
    }
    json_decref(doc);
    res = ag_buf_take(&b);
    if (!res || ag_json_failed()) { free(res); res = NULL; *status = AIGOV_NOMEM; }
    return res;
}
