/* blocs.c — first-order cooperation problems made visible (Roberts et al.; docs/analysis.md,
 * "Blocs"): states' co-adherence to the international agreements of the corpus, their
 * similarity (Jaccard), the blocs it forms (greedy modularity), who stayed out of each
 * agreement, and the same over the years. Adherence is the one reach function's
 * (ag_instrument_reach): listed states and the members of adhering groups on the date.
 * Renders text and JSON. Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* An agreement is universal when at least this share of the states adhere (the UN texts):
 * it says nothing about blocs and is left out of similarity and communities. The share is
 * of the UN's member states on the date where the corpus has the group (territories and
 * places outside the UN, which the corpus lists so that users can name them, would
 * otherwise make no text universal), else of every state. */
#define UNIVERSAL_SHARE 0.9

static int universe(const aigov_corpus *c, int32_t date, int ns) {
    for (int r = 0; r < c->nregions; r++) {
        const ag_region *g = &c->regions[r];
        if (!g->group || strcmp(g->code, "UN")) continue;
        int n = 0;
        for (int i = 0; i < g->nmembers; i++) {
            const ag_membership *m = &g->members[i];
            n += (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
        }
        return n > 0 ? n : ns;
    }
    return ns;
}

typedef struct blocs {
    int ns, ni;            /* states, agreements adopted by the date */
    int *state;            /* region index per state */
    int *inst;             /* instrument index per agreement */
    uint8_t *adh;          /* [agreement][state] */
    int *nadh;             /* adherents per agreement */
    bool *universal;       /* per agreement */
    int nsel;              /* selective agreements */
    int *joined;           /* per state: selective agreements joined */
    int np;                /* participants: states in at least one selective agreement */
    int *part;             /* state index per participant */
    double *sim;           /* [np][np] Jaccard over selective agreements */
    int *label;            /* community per participant */
    int communities;
    double modularity, mean_similarity;
} blocs;

static void blocs_free(blocs *b) {
    free(b->state); free(b->inst); free(b->adh); free(b->nadh); free(b->universal); free(b->joined);
    free(b->part); free(b->sim); free(b->label);
    memset(b, 0, sizeof *b);
}

static bool is_agreement(const ag_instrument *in, int32_t date) {
    return in->jurisdiction && !strcmp(in->jurisdiction, "INTL") && in->modality && !strcmp(in->modality, "international_agreement") &&
           ag_instrument_adopted(in, date) && !(in->revoked != AG_DATE_NONE && in->revoked <= date);
}

/* The states: every region of the corpus that is neither a group nor a subdivision. */
static bool blocs_build(const aigov_corpus *c, int32_t date, blocs *b) {
    memset(b, 0, sizeof *b);
    b->state = malloc(((size_t)c->nregions + 1) * sizeof *b->state);
    b->inst = malloc(((size_t)c->ninstruments + 1) * sizeof *b->inst);
    if (!b->state || !b->inst) return false;
    for (int r = 0; r < c->nregions; r++)
        if (!c->regions[r].group && !c->regions[r].world && c->regions[r].parent < 0) b->state[b->ns++] = r;
    for (int i = 0; i < c->ninstruments; i++) if (is_agreement(&c->instruments[i], date)) b->inst[b->ni++] = i;
    size_t cells = (size_t)b->ni * (size_t)b->ns;
    b->adh = calloc(cells + 1, 1);
    b->nadh = calloc((size_t)b->ni + 1, sizeof *b->nadh);
    b->universal = calloc((size_t)b->ni + 1, sizeof *b->universal);
    b->joined = calloc((size_t)b->ns + 1, sizeof *b->joined);
    b->part = malloc(((size_t)b->ns + 1) * sizeof *b->part);
    if (!b->adh || !b->nadh || !b->universal || !b->joined || !b->part) return false;
    int nu = universe(c, date, b->ns);
    for (int i = 0; i < b->ni; i++) {
        const ag_instrument *in = &c->instruments[b->inst[i]];
        for (int s = 0; s < b->ns; s++) {
            ag_reach h = ag_instrument_reach(c, in, c->regions[b->state[s]].code, date);
            bool a = !h.at && (h.kind == AG_REACH_ADHERENT || h.kind == AG_REACH_VIA_GROUP);
            b->adh[(size_t)i * (size_t)b->ns + (size_t)s] = a;
            b->nadh[i] += a;
        }
        b->universal[i] = nu > 0 && b->nadh[i] >= UNIVERSAL_SHARE * nu;
        if (b->universal[i]) continue;
        b->nsel++;
        for (int s = 0; s < b->ns; s++) b->joined[s] += b->adh[(size_t)i * (size_t)b->ns + (size_t)s];
    }
    for (int s = 0; s < b->ns; s++) if (b->joined[s]) b->part[b->np++] = s;
    int np = b->np;
    b->sim = calloc((size_t)np * (size_t)np + 1, sizeof *b->sim);
    b->label = calloc((size_t)np + 1, sizeof *b->label);
    if (!b->sim || !b->label) return false;
    double total = 0;
    for (int x = 0; x < np; x++)
        for (int y = 0; y < np; y++) {
            int both = 0, either = 0;
            for (int i = 0; i < b->ni; i++) {
                if (b->universal[i]) continue;
                bool p = b->adh[(size_t)i * (size_t)b->ns + (size_t)b->part[x]], q = b->adh[(size_t)i * (size_t)b->ns + (size_t)b->part[y]];
                both += p && q;
                either += p || q;
            }
            b->sim[x * np + y] = either ? (double)both / either : 0;
            if (x < y) total += b->sim[x * np + y];
        }
    b->mean_similarity = np > 1 ? total / ((double)np * (np - 1) / 2) : 0;
    b->modularity = ag_modularity(np, b->sim, &b->communities, b->label);
    return b->modularity >= -0.5;
}

static json_t *codes_json(const aigov_corpus *c, const blocs *b, int community) {
    json_t *a = json_array();
    for (int x = 0; x < b->np; x++)
        if (b->label[x] == community) ag_json_push(a, json_string(c->regions[b->state[b->part[x]]].code));
    return a;
}

/* Is state s recorded as a non-adherent of instrument in (its code, or a state actor of it)? */
static bool recorded_out(const aigov_corpus *c, const ag_instrument *in, int region) {
    const char *code = c->regions[region].code;
    for (int k = 0; k < in->non_adherents.n; k++) {
        const char *x = in->non_adherents.items[k];
        if (!strcmp(x, code)) return true;
        int32_t a = ag_map_get(&c->actor_index, x, strlen(x));
        if (a >= 0 && c->actors[a].jurisdiction && !strcmp(c->actors[a].jurisdiction, code)) return true;
    }
    return false;
}

/* The states outside agreement i, the most engaged first (joined desc, then state order), by
 * what is known of them (docs/analysis.md, "Blocs"):
 *   OUT_STAYED:   recorded as not joining (`non_adherents`, cited);
 *   OUT_OUTSIDE:  the list is complete and they are not on it (for a club's text such as the
 *                 G7's: not members) while they take part in some other selective agreement;
 *   OUT_UNKNOWN:  the list is partial and does not name them (absence of evidence only). */
enum { OUT_STAYED, OUT_OUTSIDE, OUT_UNKNOWN, OUT_KINDS };
static const char *const OUT_NAMES[] = {"stayed_out", "outside", "not_recorded"};
static const char *const OUT_LABELS[] = {"stayed out", "outside", "not recorded"};

static int outside(const aigov_corpus *c, const blocs *b, int i, int kind, int *out) {
    const ag_instrument *in = &c->instruments[b->inst[i]];
    int n = 0;
    for (int s = 0; s < b->ns; s++) {
        if (b->adh[(size_t)i * (size_t)b->ns + (size_t)s]) continue;
        bool rec = recorded_out(c, in, b->state[s]);
        int k_ = rec ? OUT_STAYED : !b->joined[s] ? -1 : in->adherents_complete ? OUT_OUTSIDE : OUT_UNKNOWN;
        if (k_ != kind) continue;
        int k = n++;
        while (k > 0 && b->joined[out[k - 1]] < b->joined[s]) { out[k] = out[k - 1]; k--; }
        out[k] = s;
    }
    return n;
}

char *aigov_blocs(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                  aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_USAGE;
    bool json = !strcmp(format, "json");
    if (!json && strcmp(format, "text")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for blocs; expected text or json", format);
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) return NULL;
    char ds[11];
    ag_date_format(date, ds);
    int from, to;
    if (!ag_analysis_years(o, date, &from, &to, d)) return NULL;
    *status = AIGOV_NOMEM;
    blocs b;
    int *out = NULL;
    char *res = NULL;
    json_t *root = json_object(), *over = json_array();
    for (int y = from; y <= to; y++) {
        char yds[11];
        snprintf(yds, sizeof yds, "%04d-12-31", y);
        int32_t yd;
        ag_date_parse(yds, 10, &yd);
        if (!blocs_build(c, yd, &b)) { blocs_free(&b); goto done; }
        ag_json_push(over, json_pack("{s:i, s:i, s:i, s:i, s:i, s:f, s:f}", "year", y, "agreements", b.ni, "selective", b.nsel,
                                     "participants", b.np, "communities", b.communities, "modularity", b.modularity,
                                     "mean_similarity", b.mean_similarity));
        blocs_free(&b);
    }
    if (!blocs_build(c, date, &b)) { blocs_free(&b); goto done; }
    out = malloc(((size_t)b.ns + 1) * sizeof *out);
    if (!out) { blocs_free(&b); goto done; }
    ag_json_set(root, "date", json_string(ds));
    ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
    ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
    ag_json_set(root, "states", json_integer(b.ns));
    ag_json_set(root, "participants", json_integer(b.np));
    ag_json_set(root, "similarity_measure", json_string("Jaccard over the selective agreements: agreements both joined / agreements either joined"));
    ag_json_set(root, "universal_share", json_real(UNIVERSAL_SHARE));
    ag_json_set(root, "modularity", json_real(b.modularity));
    ag_json_set(root, "mean_similarity", json_real(b.mean_similarity));
    json_t *comms = json_array(), *insts = json_array(), *states = json_array(), *matrix = json_array();
    for (int k = 0; k < b.communities; k++) ag_json_push(comms, codes_json(c, &b, k));
    ag_json_set(root, "communities", comms);
    for (int i = 0; i < b.ni; i++) {
        const ag_instrument *in = &c->instruments[b.inst[i]];
        json_t *e = json_pack("{s:s, s:s, s:i, s:b, s:b}", "id", in->id, "binding", in->binding ? in->binding : "", "adherents",
                              b.nadh[i], "adherents_complete", in->adherents_complete, "universal", b.universal[i]);
        for (int kind = 0; kind < OUT_KINDS; kind++) {
            json_t *so = json_array();
            int n = outside(c, &b, i, kind, out);
            for (int k = 0; k < n; k++)
                ag_json_push(so, json_pack("{s:s, s:i}", "state", c->regions[b.state[out[k]]].code, "joined", b.joined[out[k]]));
            ag_json_set(e, OUT_NAMES[kind], so);
        }
        ag_json_push(insts, e);
    }
    ag_json_set(root, "agreements", insts);
    for (int x = 0; x < b.np; x++) {
        ag_json_push(states, json_pack("{s:s, s:i, s:i}", "state", c->regions[b.state[b.part[x]]].code, "community", b.label[x],
                                       "joined", b.joined[b.part[x]]));
        json_t *row = json_array();
        for (int y = 0; y < b.np; y++) ag_json_push(row, json_real(((double)(long)(b.sim[x * b.np + y] * 10000 + 0.5)) / 10000));
        ag_json_push(matrix, row);
    }
    ag_json_set(root, "states_in_blocs", states);
    ag_json_set(root, "similarity", matrix);
    ag_json_set(root, "over_time", over);
    over = NULL;
    if (json) {
        res = ag_json_failed() ? NULL : ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    } else {
        ag_buf t;
        ag_buf_init(&t);
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        int limit = o && o->limit > 0 ? o->limit : 12;
        ag_buf_printf(&t, "Blocs of the regime complex on %s\n%s\n\n", ds, pl);
        ag_buf_printf(&t, "%d international agreements adopted by the date, %d of them selective (fewer than %.0f%% of the %d states\n"
                          "adhere); %d states take part in at least one selective agreement. Similarity = Jaccard over the selective\n"
                          "agreements; blocs = greedy modularity communities of that similarity (Q = %.3f; mean similarity %.3f).\n\n",
                      b.ni, b.nsel, 100 * UNIVERSAL_SHARE, b.ns, b.np, b.modularity, b.mean_similarity);
        for (int k = 0; k < b.communities; k++) {
            int n = 0;
            for (int x = 0; x < b.np; x++) n += b.label[x] == k;
            ag_buf_printf(&t, "Bloc %d (%d state%s):", k + 1, n, n == 1 ? "" : "s");
            for (int x = 0; x < b.np; x++) if (b.label[x] == k) ag_buf_printf(&t, " %s", c->regions[b.state[b.part[x]]].code);
            ag_buf_printf(&t, "\n");
        }
        ag_buf_printf(&t, "\nAgreements: adherents (a complete list, or only those the sources name), and the states in other\n"
                          "selective agreements that are not adherents: stayed out (recorded as not joining), outside (not on a\n"
                          "complete list: for a club's text, not members), not recorded (not named by a partial list: absence\n"
                          "of evidence only). The most engaged first, with how many selective agreements each joined; at most\n"
                          "%d named.\n", limit);
        for (int i = 0; i < b.ni; i++) {
            const ag_instrument *in = &c->instruments[b.inst[i]];
            ag_buf_printf(&t, "  %-36s %3d adherent%s, %s%s\n", in->id, b.nadh[i], b.nadh[i] == 1 ? "" : "s",
                          in->adherents_complete ? "complete list" : "partial list", b.universal[i] ? ", universal" : "");
            for (int kind = 0; kind < OUT_KINDS; kind++) {
                int n = outside(c, &b, i, kind, out);
                if (!n) continue;
                ag_buf_printf(&t, "      %s (%d):", OUT_LABELS[kind], n);
                for (int k = 0; k < n && k < limit; k++) ag_buf_printf(&t, " %s(%d)", c->regions[b.state[out[k]]].code, b.joined[out[k]]);
                ag_buf_printf(&t, "%s\n", n > limit ? " ..." : "");
            }
        }
        ag_buf_printf(&t, "\nOver time (31 December)\n  year  agreements  selective  participants  blocs  modularity  mean similarity\n");
        size_t i;
        json_t *e;
        json_array_foreach(json_object_get(root, "over_time"), i, e)
            ag_buf_printf(&t, "  %4d  %10d  %9d  %12d  %5d  %10.3f  %15.3f\n", (int)json_integer_value(json_object_get(e, "year")),
                          (int)json_integer_value(json_object_get(e, "agreements")), (int)json_integer_value(json_object_get(e, "selective")),
                          (int)json_integer_value(json_object_get(e, "participants")), (int)json_integer_value(json_object_get(e, "communities")),
                          json_real_value(json_object_get(e, "modularity")), json_real_value(json_object_get(e, "mean_similarity")));
        res = ag_json_failed() ? NULL : ag_buf_take(&t);
        ag_buf_free(&t);
    }
    blocs_free(&b);
    if (res) *status = AIGOV_OK;
done:
    free(out);
    json_decref(over);
    json_decref(root);
    return res;
}
