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

const char *ag_level_name(int l) {
    return l == AG_LEVEL_NATIONAL ? "national" : l == AG_LEVEL_REGIONAL ? "regional" : "international";
}

/* International: INTL, the UN, or no jurisdiction; regional: a group of regions other
 * than the UN (the EU, the Council of Europe, NATO); national: one state or a part of it.
 * An organisation of states without a jurisdiction is international. */
static int actor_level(const aigov_corpus *c, const ag_actor *a) {
    if (!a->jurisdiction || !strcmp(a->jurisdiction, "INTL") || !strcmp(a->jurisdiction, "UN")) return AG_LEVEL_INTERNATIONAL;
    int r = ag_map_get(&c->region_index, a->jurisdiction, strlen(a->jurisdiction));
    if (r >= 0 && c->regions[r].group) return AG_LEVEL_REGIONAL;
    static const char *const intl[] = {"igo", "supranational", NULL};
    return kind_in(a->kind, intl) ? AG_LEVEL_REGIONAL : AG_LEVEL_NATIONAL;
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
        int level = actor_level(c, a);
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
                out->items[out->n++] = (ag_fn_entry){.function = fi, .topic = t, .level = level, .sector = sector,
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
        if (f->items[i].function == function && f->items[i].topic == topic && (level < 0 || f->items[i].level == level))
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
            json_t *lv[3] = {NULL, NULL, NULL};
            for (int i = 0; i < f->n; i++) {
                const ag_fn_entry *e = &f->items[i];
                if (e->function != fn || e->topic != t) continue;
                json_t **l = &lv[e->level];
                if (!*l) *l = json_pack("{s:[], s:[], s:[]}", "public", "private", "mixed");
                ag_json_push(json_object_get(*l, ag_sector_name(e->sector)), json_string(c->actors[e->actor].id));
            }
            if (!lv[2]) ag_json_push(gaps, json_pack("{s:s, s:s}", "function", ag_function_name(fn), "topic", f->topics[t]));
            if (!lv[0] && !lv[1] && !lv[2]) continue;
            json_t *r = json_object();
            ag_json_set(r, "function", json_string(ag_function_name(fn)));
            ag_json_set(r, "topic", json_string(f->topics[t]));
            for (int l = 0; l < 3; l++)
                ag_json_set(r, ag_level_name(l), lv[l] ? lv[l] : json_pack("{s:[], s:[], s:[]}", "public", "private", "mixed"));
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
    ag_buf_printf(&b, "  N national, R regional (EU, Council of Europe, NATO), I international; each: public/private/mixed\n");
    size_t i;
    json_t *r;
    const char *last = "";
    json_array_foreach(json_object_get(doc, "matrix"), i, r) {
        const char *fn = json_string_value(json_object_get(r, "function"));
        if (strcmp(fn, last)) { ag_buf_printf(&b, "\n%s\n", fn); last = fn; }
        ag_buf_printf(&b, "  %-24s", json_string_value(json_object_get(r, "topic")));
        for (int l = 0; l < 3; l++) {
            const json_t *lv = json_object_get(r, ag_level_name(l));
            ag_buf_printf(&b, " %s %2zu/%zu/%zu", l == 0 ? "N" : l == 1 ? "| R" : "| I", json_array_size(json_object_get(lv, "public")),
                          json_array_size(json_object_get(lv, "private")), json_array_size(json_object_get(lv, "mixed")));
        }
        const json_t *in = json_object_get(r, "international");
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
    ag_buf_printf(&b, "%s\n\nProposed institutions (Ho et al.) and the existing bodies that partly realise them:\n", *last ? "" : "  none");
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

/* ---- What an overlay changes in functions; the challenges of what it adds ---------------- */
/* A state code for a member: a region that is not a group, or an actor's jurisdiction. */
static void add_state(const aigov_corpus *c, const char *code, const char **out, int *n, int cap, int depth) {
    if (!code || depth > 3) return;
    int32_t a = ag_map_get(&c->actor_index, code, strlen(code));
    if (a >= 0) {
        const ag_actor *ac = &c->actors[a];
        if (ac->members.n && strcmp(ac->kind, "state"))
            for (int k = 0; k < ac->members.n; k++) add_state(c, ac->members.items[k], out, n, cap, depth + 1);
        else if (ag_actor_sector(ac) == AG_SECTOR_PUBLIC) add_state(c, ac->jurisdiction, out, n, cap, depth + 1);
        return;
    }
    int r = ag_map_get(&c->region_index, code, strlen(code));
    if (r < 0) return;
    if (c->regions[r].group) {
        for (int k = 0; k < c->regions[r].nmembers; k++) add_state(c, c->regions[c->regions[r].members[k].region].code, out, n, cap, depth + 1);
        return;
    }
    /* A subdivision (US-CA) counts as its country. */
    while (c->regions[r].parent >= 0) r = c->regions[r].parent;
    for (int i = 0; i < *n; i++) if (!strcmp(out[i], c->regions[r].code)) return;
    if (*n < cap) out[(*n)++] = c->regions[r].code;
}

static bool in_group(const aigov_corpus *c, const char *group, const char *code) {
    int g = ag_map_get(&c->region_index, group, strlen(group));
    for (int k = 0; g >= 0 && k < c->regions[g].nmembers; k++)
        if (!strcmp(c->regions[c->regions[g].members[k].region].code, code)) return true;
    return false;
}

static int group_size(const aigov_corpus *c, const char *group) {
    int g = ag_map_get(&c->region_index, group, strlen(group));
    return g >= 0 ? c->regions[g].nmembers : 0;
}

static json_t *states_json(const char **s, int n) {
    json_t *a = json_array();
    for (int i = 0; i < n; i++) ag_json_push(a, json_string(s[i]));
    return a;
}

/* Standing of actor x for its mandates' topics on the date under the built-in criterion
 * with every multilateral mandate counted by `rule`. */
static bool standing_under(const aigov_corpus *c, int32_t x, int32_t date, ag_principals_rule rule, bool *out) {
    ag_arena ar;
    ag_arena_init(&ar);
    ag_criterion *cr = ag_criterion_default(&ar, NULL);
    bool ok = cr != NULL;
    if (ok) cr->multilateral = rule;
    ag_lgraph *g = ok ? ag_lgraph_build(&ar, c, cr) : NULL;
    ag_lstate s;
    ok = g && ag_lstate_compute(&ar, g, cr, date, NULL, &s);
    if (ok) *out = s.standing[x] == AG_SD_AUTHORIZED || s.standing[x] == AG_SD_MANDATED;
    ag_arena_free(&ar);
    return ok;
}

static json_t *challenges_json(const aigov_corpus *a, const aigov_corpus *b, const ag_functions *fa, const ag_functions *fb,
                               int32_t x, int32_t date) {
    const ag_actor *ac = &b->actors[x];
    json_t *o = json_object();
    ag_json_set(o, "institution", json_string(ac->id));
    ag_json_set(o, "functions", ag_json_strlist(&ac->functions));
    /* Breadth of membership: the member states, as a share of the UN's Members. */
    const char *ms[256], *reach[256];
    int nm = 0, nr = 0;
    json_t *priv = json_array();
    for (int k = 0; k < ac->members.n; k++) {
        int32_t m = ag_map_get(&b->actor_index, ac->members.items[k], strlen(ac->members.items[k]));
        if (m >= 0 && ag_actor_sector(&b->actors[m]) != AG_SECTOR_PUBLIC) { ag_json_push(priv, json_string(b->actors[m].id)); continue; }
        add_state(b, ac->members.items[k], ms, &nm, 256, 0);
    }
    int un = group_size(b, "UN"), inun = 0;
    for (int i = 0; i < nm; i++) inun += in_group(b, "UN", ms[i]);
    ag_json_set(o, "member_states", states_json(ms, nm));
    ag_json_set(o, "member_states_in_un", json_integer(inun));
    ag_json_set(o, "un_members", json_integer(un));
    ag_json_set(o, "share_of_un_members", un ? json_real((double)inun / un) : json_null());
    /* A multistakeholder body: private members take part but confer no standing. */
    ag_json_set(o, "private_members", priv);
    ag_json_set(o, "private_members_confer", json_string(json_array_size(priv)
        ? "participation and expertise, not standing: only a public authorizes, and a mandate counts only principals with standing (Erman & Furendal)"
        : "none (no private members)"));
    /* Voting rule and its legitimacy effect: the declared rule of its mandates, and its
     * standing were every mandate counted by all, a majority or any of its principals. */
    json_t *rules = json_array();
    int32_t from = AG_DATE_NONE;
    for (int32_t d = 0; d < b->ndelegations; d++)
        if (!strcmp(b->delegations[d].to, ac->id)) {
            ag_json_push(rules, json_pack("{s:s, s:s, s:i}", "delegation", b->delegations[d].id, "principals_rule",
                                          b->delegations[d].principals_rule, "principals", b->delegations[d].from.n));
            if (b->delegations[d].from_date != AG_DATE_NONE && (from == AG_DATE_NONE || b->delegations[d].from_date < from))
                from = b->delegations[d].from_date;
        }
    ag_json_set(o, "mandates", rules);
    json_t *eff = json_object();
    static const ag_principals_rule R[] = {AG_RULE_ALL, AG_RULE_MAJORITY, AG_RULE_ANY};
    static const char *const RN[] = {"all", "majority", "any"};
    for (int r = 0; r < 3; r++) {
        bool st = false;
        if (standing_under(b, x, date, R[r], &st)) ag_json_set(eff, RN[r], json_boolean(st));
        else ag_json_oom = true;
    }
    ag_json_set(o, "standing_if_principals_needed", eff);
    /* Time to entry into force: from the mandate to its first instrument in force. */
    int32_t first = AG_DATE_NONE;
    json_t *bound = json_array();
    for (int i = 0; i < b->ninstruments; i++) {
        const ag_instrument *in = &b->instruments[i];
        bool issues = false;
        for (int k = 0; k < in->issuer.n && !issues; k++) issues = !strcmp(in->issuer.items[k], ac->id);
        if (!issues) continue;
        if (!strcmp(in->binding, "binding")) ag_json_push(bound, json_string(in->id));
        int32_t f = in->in_force != AG_DATE_NONE ? in->in_force : in->adopted;
        if (f != AG_DATE_NONE && (first == AG_DATE_NONE || f < first)) first = f;
        for (int k = 0; k < in->adherents.n; k++) add_state(b, in->adherents.items[k], reach, &nr, 256, 0);
    }
    /* Incentives: an instrument the scenario declares binding assumes the participation and
     * compliance that Ho et al. name as the organisation's hard problem. */
    ag_json_set(o, "binding_by_assumption", bound);
    ag_json_set(o, "mandate_from", ag_json_date(from));
    ag_json_set(o, "first_instrument_in_force", ag_json_date(first));
    ag_json_set(o, "days_to_entry_into_force", from != AG_DATE_NONE && first != AG_DATE_NONE ? json_integer(first - from) : json_null());
    /* Overlap with existing mandates: international institutions already performing one
     * of its functions for one of its topics. */
    json_t *ov = json_array();
    int cells = 0, overl = 0;
    for (int i = 0; i < fb->n; i++) {
        const ag_fn_entry *e = &fb->items[i];
        if (e->actor != x) continue;
        cells++;
        bool any = false;
        for (int j = 0; j < fa->n; j++) {
            const ag_fn_entry *q = &fa->items[j];
            if (q->function != e->function || q->topic != e->topic || q->level != AG_LEVEL_INTERNATIONAL) continue;
            any = true;
            const char *id = a->actors[q->actor].id;
            bool seen = false;
            size_t k;
            json_t *v;
            json_array_foreach(ov, k, v) seen |= !strcmp(json_string_value(v), id);
            if (!seen) ag_json_push(ov, json_string(id));
        }
        overl += any;
    }
    ag_json_set(o, "function_topic_cells", json_integer(cells));
    ag_json_set(o, "cells_overlapping_existing_mandates", json_integer(overl));
    ag_json_set(o, "overlapping_institutions", ov);
    /* Reach: the states its instruments reach (their adherents), counted over all states. */
    int rin = 0;
    for (int i = 0; i < nr; i++) rin += in_group(b, "UN", reach[i]);
    ag_json_set(o, "target_states", states_json(reach, nr));
    ag_json_set(o, "target_states_in_un", json_integer(rin));
    ag_json_set(o, "reach_share_of_un_members", un ? json_real((double)rin / un) : json_null());
    ag_json_set(o, "not_modelled", json_pack("[s, s]",
        "share of frontier compute holders (the corpus records no cited data on compute holdings)",
        "which states are under-served (the corpus records no cited list; reach is counted over all UN Members)"));
    return o;
}

bool ag_functions_whatif(const aigov_corpus *a, const aigov_corpus *b, int32_t date, json_t *root) {
    ag_functions fa, fb;
    if (!ag_functions_compute(a, date, &fa)) return false;
    if (!ag_functions_compute(b, date, &fb)) { ag_functions_free(&fa); return false; }
    json_t *added = json_array(), *closed = json_array(), *ch = json_array();
    for (int i = 0; i < fb.n; i++) {
        const ag_fn_entry *e = &fb.items[i];
        const char *id = b->actors[e->actor].id;
        bool before = false;
        for (int j = 0; j < fa.n && !before; j++)
            before = fa.items[j].function == e->function && fa.items[j].topic == e->topic && !strcmp(a->actors[fa.items[j].actor].id, id);
        if (before) continue;
        ag_json_push(added, json_pack("{s:s, s:s, s:s, s:s, s:s}", "institution", id, "function", ag_function_name(e->function),
                                      "topic", fb.topics[e->topic], "level", ag_level_name(e->level),
                                      "sector", ag_sector_name(e->sector)));
    }
    for (int f = 0; f < fb.nfunctions; f++)
        for (int t = 0; t < fb.ntopics; t++) {
            /* Topics are the same vocabulary in both (an overlay cannot change it). */
            if (t < fa.ntopics && !ag_functions_held(&fa, f, t, AG_LEVEL_INTERNATIONAL) && ag_functions_held(&fb, f, t, AG_LEVEL_INTERNATIONAL))
                ag_json_push(closed, json_pack("{s:s, s:s}", "function", ag_function_name(f), "topic", fb.topics[t]));
        }
    for (int32_t x = 0; x < b->nactors; x++) {
        const ag_actor *ac = &b->actors[x];
        if (!ac->functions.n || !ag_actor_exists(ac, date)) continue;
        int32_t y = ag_map_get(&a->actor_index, ac->id, strlen(ac->id));
        if (y >= 0 && ag_actor_exists(&a->actors[y], date)) continue;
        ag_json_push(ch, challenges_json(a, b, &fa, &fb, x, date));
    }
    json_object_set_new(root, "functions_added", added);
    json_object_set_new(root, "function_gaps_closed", closed);
    json_object_set_new(root, "challenges", ch);
    ag_functions_free(&fa);
    ag_functions_free(&fb);
    return true;
}

void ag_functions_whatif_text(ag_buf *b, const json_t *root, bool md) {
    const json_t *added = json_object_get(root, "functions_added"), *closed = json_object_get(root, "function_gaps_closed");
    ag_buf_printf(b, md ? "## Functions added (%zu)\n\n" : "Functions added (%zu)\n", json_array_size(added));
    size_t i;
    json_t *e;
    json_array_foreach(added, i, e)
        ag_buf_printf(b, md ? "- %s: %s for %s (%s, %s)\n" : "  %s: %s for %s (%s, %s)\n", json_string_value(json_object_get(e, "institution")),
                      json_string_value(json_object_get(e, "function")), json_string_value(json_object_get(e, "topic")),
                      json_string_value(json_object_get(e, "level")), json_string_value(json_object_get(e, "sector")));
    ag_buf_printf(b, md ? "\n## Function gaps closed (%zu): no international institution performed them before\n\n"
                        : "\nFunction gaps closed (%zu): no international institution performed them before\n", json_array_size(closed));
    json_array_foreach(closed, i, e)
        ag_buf_printf(b, md ? "- %s for %s\n" : "  %s for %s\n", json_string_value(json_object_get(e, "function")), json_string_value(json_object_get(e, "topic")));
    json_array_foreach(json_object_get(root, "challenges"), i, e) {
        ag_buf_printf(b, md ? "\n## Challenges of %s (Ho et al.)\n\n" : "\nChallenges of %s (Ho et al.)\n", json_string_value(json_object_get(e, "institution")));
        const char *lead = md ? "- " : "  ";
        const json_t *sh = json_object_get(e, "share_of_un_members"), *rs = json_object_get(e, "reach_share_of_un_members");
        ag_buf_printf(b, "%smembership: %lld member states, %lld of %lld UN Members (%.1f%%)", lead,
                      (long long)json_array_size(json_object_get(e, "member_states")),
                      (long long)json_integer_value(json_object_get(e, "member_states_in_un")),
                      (long long)json_integer_value(json_object_get(e, "un_members")), json_is_real(sh) ? 100 * json_real_value(sh) : 0.0);
        if (json_array_size(json_object_get(e, "private_members"))) {
            ag_buf_printf(b, "; private members ");
            names(b, json_object_get(e, "private_members"));
            ag_buf_printf(b, " (they confer %s)", json_string_value(json_object_get(e, "private_members_confer")));
        }
        ag_buf_printf(b, "\n");
        size_t k;
        json_t *m;
        json_array_foreach(json_object_get(e, "mandates"), k, m)
            ag_buf_printf(b, "%svoting rule: %s of %lld principals (%s)\n", lead, json_string_value(json_object_get(m, "principals_rule")),
                          (long long)json_integer_value(json_object_get(m, "principals")), json_string_value(json_object_get(m, "delegation")));
        const json_t *eff = json_object_get(e, "standing_if_principals_needed");
        ag_buf_printf(b, "%sstanding under the built-in criterion if every mandate needed all / a majority / any of its principals: %s / %s / %s\n",
                      lead, json_is_true(json_object_get(eff, "all")) ? "yes" : "no", json_is_true(json_object_get(eff, "majority")) ? "yes" : "no",
                      json_is_true(json_object_get(eff, "any")) ? "yes" : "no");
        if (json_array_size(json_object_get(e, "binding_by_assumption"))) {
            ag_buf_printf(b, "%sincentives: ", lead);
            names(b, json_object_get(e, "binding_by_assumption"));
            ag_buf_printf(b, " declared binding: the scenario assumes the participation and compliance that are a hard problem\n");
        }
        const json_t *days = json_object_get(e, "days_to_entry_into_force");
        if (json_is_integer(days))
            ag_buf_printf(b, "%stime to entry into force: %lld days from the mandate (%s) to its first instrument in force (%s)\n", lead,
                          (long long)json_integer_value(days), json_string_value(json_object_get(e, "mandate_from")),
                          json_string_value(json_object_get(e, "first_instrument_in_force")));
        else ag_buf_printf(b, "%stime to entry into force: not recorded (no dated mandate or instrument)\n", lead);
        ag_buf_printf(b, "%soverlap with existing mandates: %lld of %lld function-topic cells already held internationally", lead,
                      (long long)json_integer_value(json_object_get(e, "cells_overlapping_existing_mandates")),
                      (long long)json_integer_value(json_object_get(e, "function_topic_cells")));
        if (json_array_size(json_object_get(e, "overlapping_institutions"))) {
            ag_buf_printf(b, " (by ");
            names(b, json_object_get(e, "overlapping_institutions"));
            ag_buf_printf(b, ")");
        }
        ag_buf_printf(b, "\n%sreach: its instruments reach %lld states (", lead, (long long)json_array_size(json_object_get(e, "target_states")));
        names(b, json_object_get(e, "target_states"));
        ag_buf_printf(b, "), %lld of %lld UN Members (%.1f%%)\n", (long long)json_integer_value(json_object_get(e, "target_states_in_un")),
                      (long long)json_integer_value(json_object_get(e, "un_members")), json_is_real(rs) ? 100 * json_real_value(rs) : 0.0);
        ag_buf_printf(b, "%snot modelled: ", lead);
        json_array_foreach(json_object_get(e, "not_modelled"), k, m) ag_buf_printf(b, "%s%s", k ? "; " : "", json_string_value(m));
        ag_buf_printf(b, "\n");
    }
    ag_buf_printf(b, "\n");
}
