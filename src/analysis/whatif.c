/* whatif.c — divergence (second-order cooperation problems: how adherents implement one
 * international instrument) and what-if comparisons between two corpora (an overlay
 * applied, or two corpus versions): gaps closed or opened, conflicts created or removed,
 * legitimacy gained or lost, institutions added or removed, and each profile's
 * obligations that change (docs/analysis.md). Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"
#include "check/check.h"
#include "legit/legitimacy.h"
#include "analysis/functions.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* ---- Divergence ---------------------------------------------------------------------------- */
/* Thresholds of a condition: every comparison of a field with a constant. */
static void thresholds(ag_buf *b, const aigov_corpus *c, const ag_expr *e) {
    for (uint32_t i = 0; i < e->nnodes; i++) {
        const ag_cel_node *n = &e->nodes[i];
        if (n->op < AG_OP_EQ || n->op > AG_OP_GE || n->nkids != 2) continue;
        const ag_cel_node *x = &e->nodes[e->kids[n->kid0]], *y = &e->nodes[e->kids[n->kid0 + 1]];
        if (x->op != AG_OP_FIELD || y->op != AG_OP_CONST) continue;
        if (y->v.kind != AG_V_NUM && y->v.kind != AG_V_DATE) continue;
        static const char *const OPS[] = {"==", "!=", "<", "<=", ">", ">="};
        char v[64];
        ag_value_format(&y->v, v, sizeof v);
        ag_buf_printf(b, "%s%s %s %s", b->n ? "; " : "", c->fields[x->slot].path, OPS[n->op - AG_OP_EQ], v);
    }
}

static bool relates_to(const ag_instrument *in, const char *target) {
    for (int i = 0; i < in->nrelations; i++)
        if ((!strcmp(in->relations[i].type, "implements") || !strcmp(in->relations[i].type, "references")) &&
            !strcmp(in->relations[i].target, target))
            return true;
    return false;
}

/* Is the instrument's jurisdiction a subdivision of region j (US-CA law counts for the US)? */
static bool subdivision_law(const aigov_corpus *c, const char *inst_j, const char *j) {
    if (!inst_j || !j) return false;
    int r = ag_map_get(&c->region_index, inst_j, strlen(inst_j));
    for (int k = r >= 0 ? c->regions[r].parent : -1, g = 0; k >= 0 && g < 16; k = c->regions[k].parent, g++)
        if (!strcmp(c->regions[k].code, j)) return true;
    return false;
}

static bool legislates(const aigov_corpus *c, const char *code) {
    for (int i = 0; i < c->ninstruments; i++)
        if (c->instruments[i].jurisdiction && !strcmp(c->instruments[i].jurisdiction, code)) return true;
    return false;
}

/* The adherents of an international instrument on the date, from the one reach function
 * (ag_instrument_reach): every region the instrument reaches as an adherent, itself or
 * through a group it belongs to on the date (`via`). A group is listed itself only when it
 * legislates (is the jurisdiction of some instrument: the EU); its members are listed too. */
typedef struct adherent {
    const char *code, *via;
} adherent;
char *aigov_divergence(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                       aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_OK;
    if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "md")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for divergence; expected text, json or md", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) { *status = AIGOV_USAGE; return NULL; }
    if (!o || !o->id) {
        ag_diag_add(d, "divergence", NULL, 0, 0, 0, 0, "divergence needs an international instrument id");
        *status = AIGOV_USAGE;
        return NULL;
    }
    const ag_instrument *x = ag_corpus_instrument(c, o->id);
    if (!x) {
        const char *s = ag_corpus_suggest_id(c, o->id);
        ag_diag_add(d, o->id, NULL, 0, 0, 0, 0, "unknown instrument '%s'%s%s%s", o->id, s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
        *status = AIGOV_NOTFOUND;
        return NULL;
    }
    /* Divergence is about how adherents implement an international instrument in their own
     * law; a domestic instrument has no adherents to compare. */
    if (strcmp(x->jurisdiction, "INTL") != 0) {
        ag_diag_add(d, o->id, NULL, 0, 0, 0, 0,
                    "'%s' is not an international instrument (jurisdiction %s): divergence compares how the adherents of an "
                    "international instrument (jurisdiction INTL) implement it", x->id, x->jurisdiction);
        *status = AIGOV_USAGE;
        return NULL;
    }
    char ds[11];
    ag_date_format(date, ds);
    int nadh = 0;
    adherent *adh_list = malloc(((size_t)c->nregions + 1) * sizeof *adh_list);
    if (!adh_list) { *status = AIGOV_NOMEM; return NULL; }
    for (int r = 0; r < c->nregions; r++) {
        const ag_region *R = &c->regions[r];
        if (R->world || (R->group && !legislates(c, R->code))) continue;
        ag_reach h = ag_instrument_reach(c, x, R->code, date);
        if (h.at || (h.kind != AG_REACH_ADHERENT && h.kind != AG_REACH_VIA_GROUP)) continue;
        adh_list[nadh++] = (adherent){R->code, h.via};
    }
    /* Second-order problems by content: for each principle (provision) of the instrument with a
     * content action, and each adherent, the strongest binding force among the other instruments
     * in force reaching the adherent that have a provision with a common content action
     * (2 binding, 1 voluntary or contractual, 0 none). */
    int np = 0, *prin = malloc(((size_t)x->nprovisions + 1) * sizeof *prin);
    uint8_t *lvl = NULL, *match = NULL;
    if (!prin) { free(adh_list); *status = AIGOV_NOMEM; return NULL; }
    for (int k = 0; k < x->nprovisions; k++) {
        const ag_provision *p = &x->provisions[k];
        if (ag_provision_in_effect(p, date) && (ag_kind_forbids(p->kind) ? p->actions.n : p->required.n)) prin[np++] = k;
    }
    match = calloc((size_t)np * (size_t)c->ninstruments + 1, 1);
    lvl = calloc((size_t)np * (size_t)nadh + 1, 1);
    if (!match || !lvl) { free(prin); free(match); free(lvl); free(adh_list); *status = AIGOV_NOMEM; return NULL; }
    for (int q = 0; q < np; q++)
        for (int i = 0; i < c->ninstruments; i++) {
            const ag_instrument *in = &c->instruments[i];
            if (in == x || !ag_instrument_counts(c, in, date)) continue;
            for (int k = 0; k < in->nprovisions && !match[(size_t)q * (size_t)c->ninstruments + (size_t)i]; k++)
                match[(size_t)q * (size_t)c->ninstruments + (size_t)i] =
                    ag_provision_in_effect(&in->provisions[k], date) && ag_provisions_share_action(&x->provisions[prin[q]], &in->provisions[k]);
        }
    for (int i = 0; i < c->ninstruments; i++) {
        bool any = false;
        for (int q = 0; q < np && !any; q++) any = match[(size_t)q * (size_t)c->ninstruments + (size_t)i];
        if (!any) continue;
        const ag_instrument *in = &c->instruments[i];
        uint8_t force = in->binding && !strcmp(in->binding, "binding") ? 2 : 1;
        for (int a = 0; a < nadh; a++) {
            if (!ag_instrument_reaches(c, in, adh_list[a].code, date)) continue;
            for (int q = 0; q < np; q++)
                if (match[(size_t)q * (size_t)c->ninstruments + (size_t)i] && lvl[(size_t)a * (size_t)np + (size_t)q] < force)
                    lvl[(size_t)a * (size_t)np + (size_t)q] = force;
        }
    }
    json_t *root = json_object(), *with = json_array(), *without = json_array();
    ag_json_set(root, "instrument", json_string(x->id));
    ag_json_set(root, "title", json_string(x->title));
    ag_json_set(root, "date", json_string(ds));
    ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
    ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
    for (int a = 0; a < nadh; a++) {
        const char *adh = adh_list[a].code, *j = adh;
        json_t *impls = json_array();
        for (int i = 0; i < c->ninstruments; i++) {
            const ag_instrument *in = &c->instruments[i];
            if (in == x || !in->binding || strcmp(in->binding, "binding") || !ag_instrument_in_force(in, date)) continue;
            if (!relates_to(in, x->id)) continue;
            ag_reach how = ag_instrument_reach(c, in, j, date);
            if (how.kind == AG_REACH_NONE && !subdivision_law(c, in->jurisdiction, j)) continue;
            ag_buf th, sc;
            ag_buf_init(&th);
            ag_buf_init(&sc);
            for (int p = 0; p < in->nprovisions; p++) {
                ag_provision_view v;
                ag_provision_at(&in->provisions[p], date, &v);
                if (v.when) thresholds(&th, c, v.when);
            }
            for (int t = 0; t < in->nscope; t++) ag_buf_printf(&sc, "%s%s (%s)", t ? "; " : "", in->scope[t].name, in->scope[t].article);
            char d1[11] = "", d2[11] = "";
            if (in->in_force != AG_DATE_NONE) ag_date_format(in->in_force, d1);
            if (in->applies_from != AG_DATE_NONE) ag_date_format(in->applies_from, d2);
            json_t *layers = json_array();
            for (int l = 0; l < in->layers.n; l++) ag_json_push(layers, json_string(in->layers.items[l]));
            ag_json_push(impls, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:i, s:s, s:s, s:o}", "id", in->id, "jurisdiction",
                                                   in->jurisdiction, "reaches_as",
                                                   how.kind == AG_REACH_NONE ? "subdivision_law" : ag_reach_kind_name(how.kind), "in_force", d1, "applies_from", d2, "scope", sc.s ? sc.s : "",
                                                   "provisions", in->nprovisions, "thresholds", th.s ? th.s : "", "modality",
                                                   in->modality, "layers", layers));
            ag_buf_free(&th);
            ag_buf_free(&sc);
        }
        char vec[512];
        int score = 0, nv = 0;
        for (int q = 0; q < np; q++) {
            int l = lvl[(size_t)a * (size_t)np + (size_t)q];
            score += l;
            if (nv < (int)sizeof vec - 1) vec[nv++] = ".vB"[l];
        }
        vec[nv] = 0;
        json_t *entry = json_pack("{s:s, s:s, s:o, s:s, s:f, s:o}", "adherent", adh, "jurisdiction", j ? j : "", "via",
                                  adh_list[a].via ? json_string(adh_list[a].via) : json_null(), "coverage", vec, "coverage_score",
                                  np ? score / (2.0 * np) : 0.0, "binding_implementations", impls);
        ag_json_push(json_array_size(impls) ? with : without, entry);
    }
    ag_json_set(root, "adherents", json_integer(nadh));
    ag_json_set(root, "implementing", with);
    ag_json_set(root, "not_implementing", without);
    json_t *pj = json_array(), *dm = json_array(), *dn = json_array();
    for (int q = 0; q < np; q++) {
        const ag_provision *p = &x->provisions[prin[q]];
        ag_json_push(pj, json_pack("{s:s, s:s, s:s, s:o, s:o}", "id", p->full_id, "article", p->article, "kind", p->kind, "actions",
                                   ag_json_strlist(ag_kind_forbids(p->kind) ? &p->actions : &p->required), "topics",
                                   ag_json_strlist(p->topics.n ? &p->topics : &x->topics)));
    }
    /* Distance between two adherents: the mean over the principles of |level a - level b| / 2. */
    for (int a = 0; a < nadh; a++) {
        ag_json_push(dn, json_string(adh_list[a].code));
        json_t *row = json_array();
        for (int b2 = 0; b2 < nadh; b2++) {
            int sum = 0;
            for (int q = 0; q < np; q++) sum += abs(lvl[(size_t)a * (size_t)np + (size_t)q] - lvl[(size_t)b2 * (size_t)np + (size_t)q]);
            ag_json_push(row, json_real(np ? ((double)(long)(sum / (2.0 * np) * 10000 + 0.5)) / 10000 : 0.0));
        }
        ag_json_push(dm, row);
    }
    ag_json_set(root, "principles", pj);
    ag_json_set(root, "coverage_levels", json_string("per principle, in order: B binding, v voluntary or contractual only, . none -- the strongest instrument in force reaching the adherent (other than this one) with a provision sharing a content action"));
    ag_json_set(root, "distance", json_pack("{s:o, s:o, s:s}", "adherents", dn, "matrix", dm, "measure",
                                            "mean over the principles of |level a - level b| / 2 (levels 0, 1, 2)"));
    char *res = NULL;
    if (!strcmp(format, "json")) {
        char *s = ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, false);
        ag_buf b;
        ag_buf_init(&b);
        if (s) ag_buf_printf(&b, "%s\n", s);
        else b.oom = true;
        free(s);
        res = ag_buf_take(&b);
    } else {
        bool md = !strcmp(format, "md");
        ag_buf b;
        ag_buf_init(&b);
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, md ? "# Divergence: %s\n\n%s, on %s.\n\n%s\n\n" : "Divergence: %s\n%s, on %s\n%s\n\n", x->id, x->title, ds, pl);
        size_t nw = json_array_size(with), nn = json_array_size(without);
        ag_buf_printf(&b, "%zu of %d adherents have binding domestic law implementing or referencing it; %zu do not.\n", nw,
                      nadh, nn);
        ag_buf_printf(&b, "(A group that adheres counts for each of its members on the date; a group that legislates, the EU,\n"
                          "is listed itself too. A member's implementation may be its group's law (group_law: the EU AI Act\n"
                          "in France) or a subdivision's (subdivision_law); scope and thresholds are shown once per instrument.)\n\n");
        size_t i;
        json_t *e;
        ag_buf_printf(&b, md ? "## Implementing\n\n" : "Implementing\n");
        json_t *shown = json_object(); /* scope and thresholds once per instrument */
        json_array_foreach(with, i, e) {
            const char *via = json_string_value(json_object_get(e, "via"));
            ag_buf_printf(&b, md ? "- **%s**%s%s%s\n" : "  %s%s%s%s\n", json_string_value(json_object_get(e, "adherent")),
                          via ? " (through " : "", via ? via : "", via ? ")" : "");
            size_t k;
            json_t *im;
            json_array_foreach(json_object_get(e, "binding_implementations"), k, im) {
                const char *iid = json_string_value(json_object_get(im, "id")), *as = json_string_value(json_object_get(im, "reaches_as"));
                ag_buf_printf(&b, md ? "  - `%s`%s%s%s in force %s, applies from %s, %d provisions\n" : "    %s%s%s%s: in force %s, applies from %s, %d provisions\n",
                              iid, strcmp(as, "own") ? " (" : "", strcmp(as, "own") ? as : "", strcmp(as, "own") ? ")" : "",
                              json_string_value(json_object_get(im, "in_force")),
                              json_string_value(json_object_get(im, "applies_from")), (int)json_integer_value(json_object_get(im, "provisions")));
                if (json_object_get(shown, iid)) continue;
                json_object_set_new(shown, iid, json_true());
                ag_buf_printf(&b, md ? "    - scope: %s\n" : "      scope: %s\n", json_string_value(json_object_get(im, "scope")));
                const char *th = json_string_value(json_object_get(im, "thresholds"));
                ag_buf_printf(&b, md ? "    - thresholds: %s\n" : "      thresholds: %s\n", th && *th ? th : "none");
            }
        }
        json_decref(shown);
        ag_buf_printf(&b, md ? "\n## Not implementing (no binding domestic instrument relates to it)\n\n" : "\nNot implementing (no binding domestic instrument relates to it)\n  ");
        json_array_foreach(without, i, e) ag_buf_printf(&b, md ? "- %s\n" : "%s%s", json_string_value(json_object_get(e, "adherent")), md ? "" : (i + 1 < nn ? ", " : "\n"));
        /* By content: adherents grouped by their coverage of the principles. */
        ag_buf_printf(&b, md ? "\n## Coverage of its %d principles by content\n\n" : "\nCoverage of its %d principles by content\n", np);
        ag_buf_printf(&b, "(per principle, in order: B binding, v voluntary only, . none: the strongest other instrument in force\n"
                          "reaching the adherent with a provision sharing a content action; EU law counts for EU members)\n");
        for (int q = 0; q < np; q++)
            ag_buf_printf(&b, md ? "%d. `%s` (%s)\n" : "  %2d %s (%s)\n", q + 1, x->provisions[prin[q]].id, x->provisions[prin[q]].article);
        json_t *groups = json_object();
        for (int pass = 0; pass < 2; pass++)
            json_array_foreach(pass ? without : with, i, e) {
                const char *v = json_string_value(json_object_get(e, "coverage"));
                json_t *g = json_object_get(groups, v);
                if (!g) { g = json_array(); json_object_set_new(groups, v, g); }
                json_array_append_new(g, json_string(json_string_value(json_object_get(e, "adherent"))));
            }
        const char *key;
        json_t *g;
        json_object_foreach(groups, key, g) {
            ag_buf_printf(&b, md ? "- `%s` (%zu): " : "  %s  %3zu: ", key, json_array_size(g));
            size_t k;
            json_t *m;
            json_array_foreach(g, k, m) ag_buf_printf(&b, "%s%s", k ? " " : "", json_string_value(m));
            ag_buf_printf(&b, "\n");
        }
        json_decref(groups);
        res = ag_buf_take(&b);
    }
    json_decref(root);
    free(adh_list);
    free(prin);
    free(match);
    free(lvl);
    if (!res) *status = AIGOV_NOMEM;
    return res;
}

/* ---- What-if -------------------------------------------------------------------------------- */
static int find_key(const char **keys, int n, const char *k) {
    for (int i = 0; i < n; i++) if (!strcmp(keys[i], k)) return i;
    return -1;
}

static void pair_key(char *buf, size_t cap, const ag_pair *p) {
    snprintf(buf, cap, "%s %s %s", p->kind == AG_PAIR_CONFLICT ? "conflict" : "overlap", p->a->full_id, p->b->full_id);
}

char *aigov_whatif(const aigov_corpus *a, const aigov_corpus *b, const char *profiles_jsonl, size_t profiles_len,
                   const aigov_analysis_opts *o, const char *format, aigov_diags *d, aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_OK;
    if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "md")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for whatif; expected text, json or md", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) { *status = AIGOV_USAGE; return NULL; }
    char ds[11];
    ag_date_format(date, ds);
    ag_arena ar;
    ag_arena_init(&ar);
    json_t *root = json_object();
    ag_json_set(root, "date", json_string(ds));
    ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
    ag_json_set(root, "corpus_before", ag_corpus_provenance_json(a));
    ag_json_set(root, "corpus_after", ag_corpus_provenance_json(b));
    /* Gaps. */
    const char **ka, **kb;
    uint8_t *sa, *sb;
    int na = ag_gap_cells(a, date, &ar, &ka, &sa), nb = ag_gap_cells(b, date, &ar, &kb, &sb);
    json_t *closed = json_array(), *opened = json_array();
    for (int i = 0; i < nb; i++) {
        int j = find_key(ka, na, kb[i]);
        int before = j >= 0 ? sa[j] : 0, after = sb[i];
        if (after == before) continue;
        json_t *e = json_pack("{s:s, s:s, s:s}", "cell", kb[i], "before", ag_gap_status_name(before), "after", ag_gap_status_name(after));
        ag_json_push(after > before ? closed : opened, e);
    }
    ag_json_set(root, "gaps_closed", closed);
    ag_json_set(root, "gaps_opened", opened);
    /* Conflicts and overlaps. */
    ag_pairs pa, pb;
    bool okp = ag_find_pairs(a, date, true, &pa);
    if (okp && !ag_find_pairs(b, date, true, &pb)) { ag_pairs_free(&pa); okp = false; }
    if (!okp) { json_decref(root); ag_arena_free(&ar); *status = AIGOV_NOMEM; return NULL; }
    json_t *created = json_array(), *removed = json_array();
    for (int pass = 0; pass < 2; pass++) {
        const ag_pairs *x = pass ? &pa : &pb, *y = pass ? &pb : &pa;
        for (int i = 0; i < x->n; i++) {
            if (x->items[i].sat != AG_SAT_YES) continue;
            char k[600], k2[600];
            pair_key(k, sizeof k, &x->items[i]);
            bool found = false;
            for (int j = 0; j < y->n && !found; j++) {
                if (y->items[j].sat != AG_SAT_YES) continue;
                pair_key(k2, sizeof k2, &y->items[j]);
                found = !strcmp(k, k2);
            }
            if (!found) ag_json_push(pass ? removed : created, json_pack("{s:s, s:s}", "pair", k, "actions", x->items[i].actions));
        }
    }
    ag_pairs_free(&pa);
    ag_pairs_free(&pb);
    ag_json_set(root, "conflicts_created", created);
    ag_json_set(root, "conflicts_removed", removed);
    /* Institutions. */
    const char *ia[512], *ib[512];
    int nia = ag_institutions(a, date, ia, 512), nib = ag_institutions(b, date, ib, 512);
    json_t *iadd = json_array(), *irem = json_array();
    for (int i = 0; i < nib; i++) if (find_key(ia, nia, ib[i]) < 0) ag_json_push(iadd, json_string(ib[i]));
    for (int i = 0; i < nia; i++) if (find_key(ib, nib, ia[i]) < 0) ag_json_push(irem, json_string(ia[i]));
    ag_json_set(root, "institutions_added", iadd);
    ag_json_set(root, "institutions_removed", irem);
    /* Legitimacy of every instrument under the built-in criterion. */
    json_t *gained = json_array(), *lost = json_array();
    {
        ag_criterion *cra = ag_criterion_default(&ar, NULL), *crb = ag_criterion_default(&ar, NULL);
        ag_lgraph *ga = cra ? ag_lgraph_build(&ar, a, cra) : NULL, *gb = crb ? ag_lgraph_build(&ar, b, crb) : NULL;
        if (ga && gb) {
            ag_legit_cache kA, kB;
            ag_legit_cache_init(&kA, &ar, ga, cra, date);
            ag_legit_cache_init(&kB, &ar, gb, crb, date);
            if (!ag_legit_cache_prepare_corpus(&kA, a) || !ag_legit_cache_prepare_corpus(&kB, b)) ag_json_oom = true;
            for (int i = 0; i < b->ninstruments; i++) {
                const ag_instrument *ib2 = &b->instruments[i], *ia2 = ag_corpus_instrument(a, ib2->id);
                ag_instrument_legitimacy lb, la;
                memset(&la, 0, sizeof la);
                /* A failed lookup must not drop the instrument from the answer silently. */
                if (!ag_instrument_legitimacy_get(&kB, b, ib2, &lb) || (ia2 && !ag_instrument_legitimacy_get(&kA, a, ia2, &la))) {
                    ag_json_oom = true;
                    break;
                }
                if (la.legitimate == lb.legitimate && ia2) continue;
                if (!ia2 && !lb.legitimate) continue;
                json_t *e = json_pack("{s:s, s:i, s:i, s:b, s:b}", "instrument", ib2->id, "mode_before", la.mode, "mode_after", lb.mode,
                                      "legitimate_before", la.legitimate, "legitimate_after", lb.legitimate);
                ag_json_push(lb.legitimate ? gained : lost, e);
            }
        } else {
            ag_json_oom = true; /* no criterion or graph: the lists would be wrong, not empty */
        }
    }
    ag_json_set(root, "legitimacy_gained", gained);
    ag_json_set(root, "legitimacy_lost", lost);
    /* Ho et al.'s functions: what the overlay adds, the function gaps it closes, and the
     * challenges of each institution it adds (functions.c). */
    if (!ag_functions_whatif(a, b, date, root)) ag_json_oom = true;
    /* Obligations of each profile. */
    json_t *systems = json_array();
    bool bad = false;
    for (const char *p = profiles_jsonl, *end = profiles_jsonl ? profiles_jsonl + profiles_len : NULL; p && p < end && !bad;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *q = p;
        p = nl ? nl + 1 : end;
        bool blank = true;
        for (size_t i = 0; i < len; i++) if (q[i] != ' ' && q[i] != '\t' && q[i] != '\r') blank = false;
        if (blank) continue;
        aigov_profile *pa2 = NULL, *pb2 = NULL;
        aigov_result *ra = NULL, *rb = NULL;
        if (aigov_profile_parse(a, "profile", q, len, o ? o->date : NULL, &pa2, d) != AIGOV_OK ||
            aigov_profile_parse(b, "profile", q, len, o ? o->date : NULL, &pb2, d) != AIGOV_OK ||
            aigov_check(a, pa2, NULL, &ra, d) != AIGOV_OK || aigov_check(b, pb2, NULL, &rb, d) != AIGOV_OK) {
            bad = true;
        } else {
            json_t *changes = json_array();
            for (int side = 0; side < 2; side++) {
                const aigov_result *x = side ? ra : rb, *y = side ? rb : ra;
                for (int i = 0; i < x->ninsts; i++)
                    for (int k = 0; k < x->insts[i].nprovs; k++) {
                        const ag_prov_result *px = &x->insts[i].provs[k];
                        const ag_prov_result *py = NULL;
                        for (int i2 = 0; i2 < y->ninsts && !py; i2++)
                            for (int k2 = 0; k2 < y->insts[i2].nprovs && !py; k2++)
                                if (!strcmp(y->insts[i2].provs[k2].view.base->full_id, px->view.base->full_id)) py = &y->insts[i2].provs[k2];
                        if (side == 1 && py) continue; /* reported from the other side */
                        if (py && py->status == px->status) continue;
                        const char *before = side ? ag_status_name(px->status) : py ? ag_status_name(py->status) : "not_applicable";
                        const char *after = side ? "not_applicable" : ag_status_name(px->status);
                        ag_json_push(changes, json_pack("{s:s, s:s, s:s, s:s}", "provision", px->view.base->full_id, "kind",
                                                                 px->view.base->kind, "before", before, "after", after));
                    }
            }
            ag_json_push(systems, json_pack("{s:s, s:o}", "profile", aigov_profile_id(pb2), "changes", changes));
        }
        aigov_result_free(ra);
        aigov_result_free(rb);
        aigov_profile_free(pa2);
        aigov_profile_free(pb2);
    }
    ag_json_set(root, "systems", systems);
    ag_arena_free(&ar);
    if (bad) { json_decref(root); *status = AIGOV_INVALID; return NULL; }
    ag_buf b2;
    ag_buf_init(&b2);
    if (!strcmp(format, "json")) {
        char *s = ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, false);
        if (s) ag_buf_printf(&b2, "%s\n", s);
        else b2.oom = true;
        free(s);
    } else {
        bool md = !strcmp(format, "md");
        ag_buf_printf(&b2, md ? "# What changes (on %s)\n\n" : "What changes (on %s)\n\n", ds);
        static const char *const SECTIONS[][2] = {{"gaps_closed", "Gaps closed"}, {"gaps_opened", "Gaps opened"},
            {"conflicts_created", "Conflicts or overlaps created"}, {"conflicts_removed", "Conflicts or overlaps removed"},
            {"institutions_added", "Institutions added"}, {"institutions_removed", "Institutions removed"},
            {"legitimacy_gained", "Legitimacy gained"}, {"legitimacy_lost", "Legitimacy lost"}};
        for (size_t s = 0; s < AG_ARRAY_LEN(SECTIONS); s++) {
            json_t *arr = json_object_get(root, SECTIONS[s][0]);
            ag_buf_printf(&b2, md ? "## %s (%zu)\n\n" : "%s (%zu)\n", SECTIONS[s][1], json_array_size(arr));
            size_t i;
            json_t *e;
            json_array_foreach(arr, i, e) {
                if (json_is_string(e)) ag_buf_printf(&b2, md ? "- %s\n" : "  %s\n", json_string_value(e));
                else if (json_object_get(e, "cell"))
                {
                    char wb[64], wa[64];
                    ag_buf_printf(&b2, md ? "- %s: %s → %s\n" : "  %s: %s -> %s\n", json_string_value(json_object_get(e, "cell")),
                                  ag_words(json_string_value(json_object_get(e, "before")), wb, sizeof wb),
                                  ag_words(json_string_value(json_object_get(e, "after")), wa, sizeof wa));
                }
                else if (json_object_get(e, "pair"))
                    ag_buf_printf(&b2, md ? "- %s (%s)\n" : "  %s (%s)\n", json_string_value(json_object_get(e, "pair")),
                                  json_string_value(json_object_get(e, "actions")));
                else {
                    /* "mode 4", "legitimate outside the modes" or "not legitimate", before and after. */
                    char vb[40], va[40];
                    for (int side = 0; side < 2; side++) {
                        char *v = side ? va : vb;
                        int m = (int)json_integer_value(json_object_get(e, side ? "mode_after" : "mode_before"));
                        bool l = json_is_true(json_object_get(e, side ? "legitimate_after" : "legitimate_before"));
                        if (m) snprintf(v, sizeof vb, "mode %d", m);
                        else snprintf(v, sizeof vb, "%s", l ? "legitimate outside the modes" : "not legitimate");
                    }
                    ag_buf_printf(&b2, md ? "- %s: %s → %s\n" : "  %s: %s -> %s\n", json_string_value(json_object_get(e, "instrument")), vb, va);
                }
            }
            ag_buf_printf(&b2, "\n");
        }
        ag_functions_whatif_text(&b2, root, md);
        size_t i;
        json_t *e;
        json_array_foreach(systems, i, e) {
            json_t *ch = json_object_get(e, "changes");
            ag_buf_printf(&b2, md ? "## System %s: %zu obligation%s change\n\n" : "System %s: %zu provision%s change\n",
                          json_string_value(json_object_get(e, "profile")), json_array_size(ch), json_array_size(ch) == 1 ? "" : "s");
            size_t k;
            json_t *c2;
            json_array_foreach(ch, k, c2) {
                /* Statuses in words ("not applicable"); the JSON keeps the codes. */
                char wb[64], wa[64];
                ag_buf_printf(&b2, md ? "- `%s` (%s): %s → %s\n" : "  %s (%s): %s -> %s\n", json_string_value(json_object_get(c2, "provision")),
                              json_string_value(json_object_get(c2, "kind")),
                              ag_words(json_string_value(json_object_get(c2, "before")), wb, sizeof wb),
                              ag_words(json_string_value(json_object_get(c2, "after")), wa, sizeof wa));
            }
            ag_buf_printf(&b2, "\n");
        }
    }
    json_decref(root);
    char *res = ag_buf_take(&b2);
    if (!res) *status = AIGOV_NOMEM;
    return res;
}
