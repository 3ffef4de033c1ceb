/* reach.c — Veale et al.'s sixth modality, domestic law with extraterritorial effect
 * (docs/analysis.md, "Reach of domestic law"): for each binding domestic law in force, over a
 * population of systems (a JSONL file of profiles, or a generated grid of establishment x market
 * x output use), how many systems its scope reaches, the share of them whose provider is
 * established abroad, and by which scope trigger, each tagged with its territorial basis
 * (establishment, market, effects, data subjects: the `basis` of the region fields its condition
 * reads). Renders text and JSON. Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static const char *const BASES[] = {"establishment", "market", "effects", "data_subjects"};
enum { NBASES = 4 };

/* The bases of the region fields a condition reads, as bits. */
static unsigned trigger_bases(const aigov_corpus *c, const ag_expr *e) {
    unsigned bits = 0;
    for (uint32_t i = 0; e && i < e->nnodes; i++) {
        const ag_cel_node *n = &e->nodes[i];
        if (n->op != AG_OP_FIELD || n->slot < 0 || n->slot >= c->nfields || !c->fields[n->slot].basis) continue;
        for (int b = 0; b < NBASES; b++) if (!strcmp(c->fields[n->slot].basis, BASES[b])) bits |= 1u << b;
    }
    return bits;
}

static bool is_law(const ag_instrument *in, int32_t date) {
    return in->modality && !strcmp(in->modality, "domestic_law") && in->binding && !strcmp(in->binding, "binding") &&
           in->jurisdiction && strcmp(in->jurisdiction, "INTL") && in->nscope > 0 && ag_instrument_in_force(in, date);
}

typedef struct tally {
    const ag_instrument *in;
    int reached, domestic, abroad, unknown;
    int *trig_abroad; /* per scope trigger: reached systems with a provider abroad where it holds */
} tally;

/* Where is the provider established, for law `in`: 0 at home (a certain place of establishment
 * that the law reaches as its own or its group's territory), 2 abroad, 1 unknown (no place given,
 * or only a possible one is at home). */
static int provider_home(const aigov_corpus *c, const ag_instrument *in, const aigov_profile *p, int slot, int32_t date) {
    if (slot < 0 || p->slots[slot].kind != AG_V_LIST) return 1;
    const ag_value *v = &p->slots[slot];
    bool maybe = false;
    for (uint32_t i = 0; i < v->n + v->nmaybe; i++) {
        const ag_value *it = &v->u.items[i];
        if (it->kind != AG_V_STR) continue;
        char code[64];
        snprintf(code, sizeof code, "%.*s", (int)it->n, it->u.str);
        ag_reach h = ag_instrument_reach(c, in, code, date);
        if (h.kind != AG_REACH_OWN && h.kind != AG_REACH_GROUP_LAW) continue;
        if (i < v->n) return 0;
        maybe = true;
    }
    return maybe ? 1 : 2;
}

static bool trigger_holds(const ag_cond *t, const aigov_profile *p) {
    ag_value r = ag_cel_eval(t->when, &p->facts, NULL);
    return r.kind == AG_V_BOOL && r.u.b;
}

/* The grid's places: the jurisdictions of the laws, and one place none of them reaches. */
static int grid_places(const aigov_corpus *c, const tally *t, int nt, int32_t date, const char **out) {
    int n = 0;
    for (int i = 0; i < nt; i++) {
        bool seen = false;
        for (int k = 0; k < n; k++) seen |= !strcmp(out[k], t[i].in->jurisdiction);
        if (!seen) out[n++] = t[i].in->jurisdiction;
    }
    for (int r = 0; r < c->nregions; r++) {
        const ag_region *R = &c->regions[r];
        if (R->group || R->parent >= 0) continue;
        bool any = false;
        for (int i = 0; i < nt && !any; i++) any = ag_instrument_reaches(c, t[i].in, R->code, date);
        if (!any) { out[n++] = R->code; break; }
    }
    for (int i = 1; i < n; i++)
        for (int k = i; k > 0 && strcmp(out[k - 1], out[k]) > 0; k--) { const char *x = out[k]; out[k] = out[k - 1]; out[k - 1] = x; }
    return n;
}

static void count(const aigov_corpus *c, tally *t, int nt, const aigov_profile *p, int slot, int32_t date) {
    for (int i = 0; i < nt; i++) {
        const ag_instrument *in = t[i].in;
        bool any = false;
        for (int k = 0; k < in->nscope && !any; k++) any = trigger_holds(&in->scope[k], p);
        if (!any) continue;
        t[i].reached++;
        int home = provider_home(c, in, p, slot, date);
        if (home == 0) { t[i].domestic++; continue; }
        if (home == 1) { t[i].unknown++; continue; }
        t[i].abroad++;
        for (int k = 0; k < in->nscope; k++) t[i].trig_abroad[k] += trigger_holds(&in->scope[k], p);
    }
}

char *aigov_reach(const aigov_corpus *c, const char *population, size_t len, const aigov_analysis_opts *o, const char *format,
                  aigov_diags *d, aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_USAGE;
    bool json = !strcmp(format, "json");
    if (!json && strcmp(format, "text")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for reach; expected text or json", format);
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) return NULL;
    char ds[11];
    ag_date_format(date, ds);
    *status = AIGOV_NOMEM;
    tally *t = calloc((size_t)c->ninstruments + 1, sizeof *t);
    const char **places = malloc(((size_t)c->ninstruments + 2) * sizeof *places);
    char *res = NULL;
    int nt = 0, np = 0, systems = 0;
    int slot = ag_map_get(&c->field_index, "provider.established_in", strlen("provider.established_in"));
    if (!t || !places) goto done;
    for (int i = 0; i < c->ninstruments; i++)
        if (is_law(&c->instruments[i], date)) {
            t[nt].in = &c->instruments[i];
            t[nt].trig_abroad = calloc((size_t)c->instruments[i].nscope + 1, sizeof *t[nt].trig_abroad);
            if (!t[nt++].trig_abroad) goto done;
        }
    if (population) {
        int line = 0;
        for (const char *p = population, *end = population + len; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t l = nl ? (size_t)(nl - p) : (size_t)(end - p);
            const char *q = p;
            p = nl ? nl + 1 : end;
            line++;
            bool blank = true;
            for (size_t i = 0; i < l; i++) if (q[i] != ' ' && q[i] != '\t' && q[i] != '\r') blank = false;
            if (blank) continue;
            char name[64];
            snprintf(name, sizeof name, "population line %d", line);
            aigov_profile *pr = NULL;
            aigov_status ps = aigov_profile_parse(c, name, q, l, ds, &pr, d);
            if (ps != AIGOV_OK) { *status = ps == AIGOV_NOMEM ? AIGOV_NOMEM : AIGOV_USAGE; aigov_profile_free(pr); goto done; }
            count(c, t, nt, pr, slot, date);
            systems++;
            aigov_profile_free(pr);
        }
    } else {
        np = grid_places(c, t, nt, date, places);
        /* A dimension the schema lacks is left out (one value). */
        bool has_e = slot >= 0, has_m = ag_map_get(&c->field_index, "markets", 7) >= 0,
             has_u = ag_map_get(&c->field_index, "outputs_used_in", 15) >= 0, has_r = ag_map_get(&c->field_index, "role", 4) >= 0;
        for (int e = 0; e < (has_e ? np : 1); e++)
            for (int m = 0; m < (has_m ? np : 1); m++)
                for (int u = 0; u < (has_u ? np : 1); u++) {
                    char js[512];
                    int w = snprintf(js, sizeof js, "{\"id\": \"grid\"%s%s%s%s%s%s%s%s%s%s}", has_r ? ", \"role\": [\"provider\"]" : "",
                                     has_e ? ", \"provider\": {\"established_in\": [\"" : "", has_e ? places[e] : "", has_e ? "\"]}" : "",
                                     has_m ? ", \"markets\": [\"" : "", has_m ? places[m] : "", has_m ? "\"]" : "",
                                     has_u ? ", \"outputs_used_in\": [\"" : "", has_u ? places[u] : "", has_u ? "\"]" : "");
                    aigov_profile *pr = NULL;
                    if (w < 0 || (size_t)w >= sizeof js || aigov_profile_parse(c, "grid", js, (size_t)w, ds, &pr, d) != AIGOV_OK) {
                        aigov_profile_free(pr);
                        goto done;
                    }
                    count(c, t, nt, pr, slot, date);
                    systems++;
                    aigov_profile_free(pr);
                }
    }
    json_t *root = json_object(), *laws = json_array(), *pl = json_array();
    for (int k = 0; k < np; k++) ag_json_push(pl, json_string(places[k]));
    ag_json_set(root, "date", json_string(ds));
    ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
    ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
    ag_json_set(root, "population", json_pack("{s:s, s:i, s:o}", "source", population ? "file" : "grid", "systems", systems,
                                              "places", pl));
    for (int i = 0; i < nt; i++) {
        json_t *tr = json_array();
        for (int k = 0; k < t[i].in->nscope; k++) {
            const ag_cond *s = &t[i].in->scope[k];
            unsigned bits = trigger_bases(c, s->when);
            json_t *bj = json_array();
            for (int b = 0; b < NBASES; b++) if (bits & (1u << b)) ag_json_push(bj, json_string(BASES[b]));
            ag_json_push(tr, json_pack("{s:s, s:s, s:o, s:i}", "trigger", s->name ? s->name : "", "article", s->article ? s->article : "",
                                       "basis", bj, "reached_abroad", t[i].trig_abroad[k]));
        }
        ag_json_push(laws, json_pack("{s:s, s:s, s:i, s:i, s:i, s:i, s:o, s:o}", "id", t[i].in->id, "jurisdiction", t[i].in->jurisdiction,
                                     "reached", t[i].reached, "domestic", t[i].domestic, "abroad", t[i].abroad, "unknown", t[i].unknown,
                                     "share_abroad", t[i].reached ? json_real((double)t[i].abroad / t[i].reached) : json_null(),
                                     "triggers", tr));
    }
    ag_json_set(root, "laws", laws);
    if (json) {
        res = ag_json_failed() ? NULL : ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    } else {
        ag_buf b;
        ag_buf_init(&b);
        char pv[400];
        ag_corpus_provenance_line(c, pv, sizeof pv);
        ag_buf_printf(&b, "Reach of domestic law on %s\n%s\n\n", ds, pv);
        if (population) ag_buf_printf(&b, "Population: %d systems from the file.\n", systems);
        else {
            ag_buf_printf(&b, "Population: a grid of %d systems, one provider each, established in x placed on the market in x\n"
                              "output used in, each over the %d places:", systems, np);
            for (int k = 0; k < np; k++) ag_buf_printf(&b, " %s", places[k]);
            ag_buf_printf(&b, "\n(the jurisdictions of the laws and one place none reaches; no purpose or other fact is given, so\n"
                              "only what territory decides counts).\n");
        }
        ag_buf_printf(&b, "\n%-28s %-10s %8s %8s %8s %8s %8s\n", "law", "place", "reached", "home", "abroad", "unknown", "abroad%");
        for (int i = 0; i < nt; i++)
            ag_buf_printf(&b, "%-28.28s %-10.10s %8d %8d %8d %8d %7.0f%%\n", t[i].in->id, t[i].in->jurisdiction, t[i].reached,
                          t[i].domestic, t[i].abroad, t[i].unknown, t[i].reached ? 100.0 * t[i].abroad / t[i].reached : 0.0);
        ag_buf_printf(&b, "\nBy trigger (systems reached whose provider is abroad, and the trigger's territorial basis)\n");
        for (int i = 0; i < nt; i++) {
            if (!t[i].abroad) continue;
            ag_buf_printf(&b, "  %s\n", t[i].in->id);
            for (int k = 0; k < t[i].in->nscope; k++) {
                const ag_cond *s = &t[i].in->scope[k];
                unsigned bits = trigger_bases(c, s->when);
                ag_buf_printf(&b, "    %6d  %-30.30s [", t[i].trig_abroad[k], s->article ? s->article : "");
                int nb = 0;
                for (int q = 0; q < NBASES; q++) if (bits & (1u << q)) ag_buf_printf(&b, "%s%s", nb++ ? ", " : "", BASES[q]);
                ag_buf_printf(&b, "%s] %.60s\n", nb ? "" : "material only", s->name ? s->name : "");
            }
        }
        res = ag_json_failed() ? NULL : ag_buf_take(&b);
        ag_buf_free(&b);
    }
    json_decref(root);
    if (res) *status = AIGOV_OK;
done:
    for (int i = 0; t && i < nt; i++) free(t[i].trig_abroad);
    free(t);
    free(places);
    return res;
}
