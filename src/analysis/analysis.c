/* analysis.c — conflicts and overlaps across the whole corpus, decided by the solver with
 * witness profiles (docs/analysis.md). Owns pairing by action, pruning by necessary
 * constraints and the renderings of aigov_conflicts. Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

bool ag_instrument_in_force(const ag_instrument *in, int32_t date) {
    if (in->in_force_pending) return false;
    int32_t from = in->in_force != AG_DATE_NONE ? in->in_force : in->adopted;
    if (from != AG_DATE_NONE && from > date) return false;
    if (in->revoked != AG_DATE_NONE && in->revoked <= date) return false;
    return true;
}

bool ag_instrument_adopted(const ag_instrument *in, int32_t date) {
    int32_t d = in->adopted != AG_DATE_NONE ? in->adopted : in->in_force;
    return d != AG_DATE_NONE && d <= date;
}

void ag_pairs_free(ag_pairs *p) {
    for (int i = 0; i < p->n; i++) free(p->items[i].witness);
    free(p->items);
    memset(p, 0, sizeof *p);
}

/* A provision prepared for pairing: its clauses (scope, exemptions, role, when) and
 * their necessary constraints. */
typedef struct prep {
    const ag_provision *p;
    ag_provision_view view;
    ag_sat_clause *clauses;
    int nclauses;
    ag_sat_summary *summary;
    bool oom; /* prepare failed for want of memory (not for want of a scope) */
} prep;

static bool lists_meet(const ag_strlist *x, const ag_strlist *y) {
    for (int i = 0; i < x->n; i++)
        for (int j = 0; j < y->n; j++)
            if (!strcmp(x->items[i], y->items[j])) return true;
    return false;
}

static bool issuers_meet(const ag_instrument *x, const ag_instrument *y) { return lists_meet(&x->issuer, &y->issuer); }

/* Builds the clauses of provision p: any scope trigger; no exemption (except those the
 * provision is not exempted by); the addressee among the system's roles; its condition
 * as in force on the date. false when the provision cannot be paired (no scope), or
 * with out->oom when memory ran out: then the analysis fails rather than leave it out. */
static bool prepare(ag_arena *a, const aigov_corpus *c, const ag_solver_env *env, int32_t date, const ag_provision *p,
                    int role_slot, prep *out) {
    const ag_instrument *in = p->inst;
    memset(out, 0, sizeof *out);
    out->p = p;
    ag_provision_at(p, date, &out->view);
    if (!in->nscope || !out->view.when) return false;
    out->oom = true; /* every failure from here on is an allocation's */
    out->clauses = AG_NEW(a, ag_sat_clause, (size_t)in->nexemptions + 4);
    ag_sat_item *scope = AG_NEW(a, ag_sat_item, (size_t)in->nscope);
    if (!out->clauses || !scope) return false;
    for (int i = 0; i < in->nscope; i++) scope[i] = (ag_sat_item){in->scope[i].when, true};
    out->clauses[out->nclauses++] = (ag_sat_clause){scope, in->nscope};
    for (int i = 0; i < in->nexemptions; i++) {
        bool waived = false;
        for (int k = 0; k < p->not_exempted_by.n; k++)
            if (in->exemptions[i].id && !strcmp(p->not_exempted_by.items[k], in->exemptions[i].id)) waived = true;
        if (waived) continue;
        ag_sat_item *it = AG_NEW(a, ag_sat_item, 1);
        if (!it) return false;
        *it = (ag_sat_item){in->exemptions[i].when, false};
        out->clauses[out->nclauses++] = (ag_sat_clause){it, 1};
    }
    if (role_slot >= 0 && p->addressee.n) {
        /* sets.intersects(system.role, [addressees]) — compiled against the corpus. */
        ag_buf b;
        ag_buf_init(&b);
        ag_buf_printf(&b, "sets.intersects(system.role, [");
        for (int i = 0; i < p->addressee.n; i++) ag_buf_printf(&b, "%s\"%s\"", i ? ", " : "", p->addressee.items[i]);
        ag_buf_printf(&b, "])");
        ag_cel_env ce;
        ag_corpus_cel_env(c, &ce);
        ag_cel_error err;
        err.msg[0] = 0;
        ag_expr *e = b.s && !b.oom ? ag_cel_compile(a, b.s, b.n, &ce, &err) : NULL;
        /* Out of memory is an error, not a clause to leave out: without it the pair's
         * witness (and whether there is one) would silently change. */
        bool oom = !b.s || b.oom || (!e && !strcmp(err.msg, "out of memory"));
        ag_buf_free(&b);
        if (oom) return false;
        if (e) {
            ag_sat_item *it = AG_NEW(a, ag_sat_item, 1);
            if (!it) return false;
            *it = (ag_sat_item){e, true};
            out->clauses[out->nclauses++] = (ag_sat_clause){it, 1};
        }
    }
    ag_sat_item *w = AG_NEW(a, ag_sat_item, 1);
    if (!w) return false;
    *w = (ag_sat_item){out->view.when, true};
    out->clauses[out->nclauses++] = (ag_sat_clause){w, 1};
    out->summary = ag_sat_summarize(env, out->clauses, out->nclauses, a);
    out->oom = out->summary == NULL;
    return !out->oom;
}

static bool active(const ag_provision *p, const ag_provision_view *v, int32_t date) {
    if (p->inst->in_force_pending) return false;
    if (!ag_instrument_in_force(p->inst, date) && !(p->inst->adopted != AG_DATE_NONE && p->inst->adopted <= date)) return false;
    if (p->inst->revoked != AG_DATE_NONE && p->inst->revoked <= date) return false;
    if (v->until != AG_DATE_NONE && v->until <= date) return false;
    return true;
}

/* Pair set (open addressing over (i, j) keys). */
typedef struct pairset {
    uint64_t *keys;
    size_t cap, n;
} pairset;

static bool pairset_add(pairset *s, uint32_t i, uint32_t j) {
    uint64_t key = ((uint64_t)i << 32 | j) + 1;
    if ((s->n + 1) * 2 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 1024;
        uint64_t *nk = calloc(nc, sizeof *nk);
        if (!nk) return false;
        for (size_t k = 0; k < s->cap; k++)
            if (s->keys[k]) {
                size_t h = (size_t)(s->keys[k] * 0x9E3779B97F4A7C15ull) & (nc - 1);
                while (nk[h]) h = (h + 1) & (nc - 1);
                nk[h] = s->keys[k];
            }
        free(s->keys);
        s->keys = nk;
        s->cap = nc;
    }
    size_t h = (size_t)(key * 0x9E3779B97F4A7C15ull) & (s->cap - 1);
    while (s->keys[h]) {
        if (s->keys[h] == key) return false;
        h = (h + 1) & (s->cap - 1);
    }
    s->keys[h] = key;
    s->n++;
    return true;
}

static void shared_actions(char *buf, size_t cap, const ag_strlist *x, const ag_strlist *y) {
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < x->n; i++)
        for (int j = 0; j < y->n; j++)
            if (!strcmp(x->items[i], y->items[j]) && n < cap) {
                int w = snprintf(buf + n, cap - n, "%s%s", n ? ", " : "", x->items[i]);
                if (w > 0) n += (size_t)w;
            }
}

/* Re-check a witness through the profile parser: every clause of both sides must hold.
 * 1 when it holds, 0 when not, -1 when memory ran out. */
static int witness_holds(const aigov_corpus *c, const char *json, const prep *x, const prep *y) {
    aigov_diags d;
    aigov_diags_init(&d, 4);
    aigov_profile *p = NULL;
    aigov_status ps = aigov_profile_parse(c, "witness", json, strlen(json), NULL, &p, &d);
    if (ps == AIGOV_NOMEM) { aigov_diags_free(&d); return -1; }
    bool ok = ps == AIGOV_OK;
    for (int side = 0; ok && side < 2; side++) {
        const prep *q = side ? y : x;
        for (int i = 0; ok && i < q->nclauses; i++) {
            bool any = false;
            for (int j = 0; j < q->clauses[i].n && !any; j++) {
                ag_value v = ag_cel_eval(q->clauses[i].items[j].e, &p->facts, NULL);
                any = v.kind == AG_V_BOOL && v.u.b == q->clauses[i].items[j].positive;
            }
            ok = any;
        }
    }
    aigov_profile_free(p);
    aigov_diags_free(&d);
    return ok;
}

static bool decide(const aigov_corpus *c, const ag_solver_env *env, ag_arena *scratch, ag_pairs *out, ag_pair_kind kind,
                   const prep *x, const prep *y) {
    if (out->n == out->cap) {
        int nc = out->cap ? out->cap * 2 : 64;
        ag_pair *ni = realloc(out->items, (size_t)nc * sizeof *ni);
        if (!ni) return false;
        out->items = ni;
        out->cap = nc;
    }
    ag_pair *pr = &out->items[out->n];
    memset(pr, 0, sizeof *pr);
    pr->kind = kind;
    pr->a = x->p;
    pr->b = y->p;
    shared_actions(pr->actions, sizeof pr->actions, kind == AG_PAIR_CONFLICT ? &x->p->actions : &x->p->required,
                   &y->p->required);
    int n = x->nclauses + y->nclauses;
    ag_sat_clause *cl = AG_NEW(scratch, ag_sat_clause, (size_t)n);
    if (!cl) return false;
    memcpy(cl, x->clauses, (size_t)x->nclauses * sizeof *cl);
    memcpy(cl + x->nclauses, y->clauses, (size_t)y->nclauses * sizeof *cl);
    ag_sat_result r;
    if (!ag_solve(env, cl, n, scratch, &r)) return false;
    out->solved++;
    pr->sat = r.sat;
    memcpy(pr->why, r.why, sizeof pr->why);
    /* A conflict carries a witness profile, re-checked through the profile parser. An overlap
     * keeps the solver's answer (its witness already confirmed by ag_cel_eval) and the
     * description of the systems: overlaps grow with the square of the obligations sharing an
     * action, and a profile per overlap would dominate the time and the output. */
    if (r.sat == AG_SAT_YES && kind == AG_PAIR_CONFLICT) {
        char id[300];
        snprintf(id, sizeof id, "witness-%s-%s", x->p->full_id, y->p->full_id);
        for (char *q = id; *q; q++) if (*q == '/') *q = '-';
        pr->witness = ag_witness_json(env, &r, id);
        if (!pr->witness) return false;
        int holds = witness_holds(c, pr->witness, x, y);
        if (holds < 0) { free(pr->witness); pr->witness = NULL; return false; }
        if (!holds) {
            free(pr->witness);
            pr->witness = NULL;
            pr->sat = AG_SAT_UNDECIDED;
            snprintf(pr->why, sizeof pr->why, "undecided: the candidate system did not hold once parsed as a profile");
        }
    }
    out->n++;
    return true;
}

bool ag_find_pairs(const aigov_corpus *c, int32_t date, bool overlaps, ag_pairs *out) {
    memset(out, 0, sizeof *out);
    ag_arena a, scratch;
    ag_arena_init(&a);
    ag_arena_init(&scratch);
    ag_solver_env env;
    bool ok = ag_solver_env_init(&env, c, date);
    int role_slot = ag_map_get(&c->field_index, "role", 4);
    int nprov = 0;
    for (int i = 0; i < c->ninstruments; i++) nprov += c->instruments[i].nprovisions;
    prep *preps = calloc((size_t)nprov + 1, sizeof *preps);
    bool *ready = calloc((size_t)nprov + 1, 1);
    int np = 0;
    if (!preps || !ready) ok = false;
    for (int i = 0; ok && i < c->ninstruments; i++)
        for (int k = 0; k < c->instruments[i].nprovisions; k++) {
            const ag_provision *p = &c->instruments[i].provisions[k];
            int idx = np++;
            if (!ag_kind_forbids(p->kind) && strcmp(p->kind, "obligation")) continue;
            ag_provision_view v;
            ag_provision_at(p, date, &v);
            if (!active(p, &v, date)) continue;
            ready[idx] = prepare(&a, c, &env, date, p, role_slot, &preps[idx]);
            if (preps[idx].oom) ok = false;
        }
    /* Group by action: for each action term, the prohibitions and the obligations. */
    int act = ag_corpus_vocab(c, "actions");
    int nact = act >= 0 ? c->vocabs[act].n : 0;
    int **pro = calloc((size_t)nact + 1, sizeof *pro), **obl = calloc((size_t)nact + 1, sizeof *obl);
    int *npro = calloc((size_t)nact + 1, sizeof *npro), *nobl = calloc((size_t)nact + 1, sizeof *nobl);
    if (!pro || !obl || !npro || !nobl) ok = false;
    for (int pass = 0; ok && pass < 2; pass++) {
        for (int i = 0; i < np; i++) {
            if (!ready[i]) continue;
            const ag_provision *p = preps[i].p;
            bool isp = ag_kind_forbids(p->kind);
            /* A prohibition forbids all its actions; an obligation requires only its
             * `required` ones (the activities it names say when the duty attaches). */
            const ag_strlist *acts = isp ? &p->actions : &p->required;
            for (int k = 0; k < acts->n; k++) {
                int t = ag_map_get(&c->vocabs[act].index, acts->items[k], strlen(acts->items[k]));
                if (t < 0) continue;
                if (pass == 0) (isp ? npro : nobl)[t]++;
                else { int **L = isp ? pro : obl; int *n = isp ? npro : nobl; L[t][n[t]++] = i; }
            }
        }
        if (pass == 0)
            for (int t = 0; t < nact && ok; t++) {
                pro[t] = malloc(((size_t)npro[t] + 1) * sizeof **pro);
                obl[t] = malloc(((size_t)nobl[t] + 1) * sizeof **obl);
                if (!pro[t] || !obl[t]) ok = false;
                npro[t] = nobl[t] = 0;
            }
    }
    pairset seen = {0};
    for (int t = 0; ok && t < nact; t++) {
        /* Conflicts: a prohibition against an obligation. */
        for (int i = 0; ok && i < npro[t]; i++)
            for (int j = 0; ok && j < nobl[t]; j++) {
                const prep *x = &preps[pro[t][i]], *y = &preps[obl[t][j]];
                if (!lists_meet(&x->p->addressee, &y->p->addressee)) continue;
                if (!pairset_add(&seen, (uint32_t)pro[t][i], (uint32_t)obl[t][j])) continue;
                out->considered++;
                if (!ag_sat_summary_compatible(&env, x->summary, y->summary)) { out->pruned++; continue; }
                ok = decide(c, &env, &scratch, out, AG_PAIR_CONFLICT, x, y);
                ag_arena_free(&scratch);
                ag_arena_init(&scratch);
            }
        /* Overlaps: two obligations of different issuers. Only satisfiable ones are kept. */
        for (int i = 0; ok && overlaps && i < nobl[t]; i++)
            for (int j = i + 1; ok && j < nobl[t]; j++) {
                const prep *x = &preps[obl[t][i]], *y = &preps[obl[t][j]];
                if (x->p->inst == y->p->inst || issuers_meet(x->p->inst, y->p->inst)) continue;
                uint32_t lo = (uint32_t)(obl[t][i] < obl[t][j] ? obl[t][i] : obl[t][j]);
                uint32_t hi = (uint32_t)(obl[t][i] < obl[t][j] ? obl[t][j] : obl[t][i]);
                if (!pairset_add(&seen, lo | 0x80000000u, hi)) continue;
                if (!ag_sat_summary_compatible(&env, x->summary, y->summary)) continue;
                ok = decide(c, &env, &scratch, out, AG_PAIR_OVERLAP, x, y);
                if (ok && out->items[out->n - 1].sat != AG_SAT_YES) { free(out->items[out->n - 1].witness); out->n--; }
                ag_arena_free(&scratch);
                ag_arena_init(&scratch);
            }
    }
    free(seen.keys);
    for (int t = 0; t < nact && pro && obl; t++) { free(pro[t]); free(obl[t]); }
    free(pro); free(obl); free(npro); free(nobl);
    free(preps);
    free(ready);
    ag_arena_free(&a);
    ag_arena_free(&scratch);
    ag_solver_env_free(&env);
    if (!ok) ag_pairs_free(out);
    return ok;
}

/* ---- Opposition between instruments ---------------------------------------------------------- */

static bool opposes(const char *type) {
    return !strcmp(type, "contests") || !strcmp(type, "preempts") || !strcmp(type, "restricts");
}

void ag_oppositions_free(ag_opposition *o, int n) {
    for (int i = 0; i < n; i++) free(o[i].witness);
    free(o);
}

/* Adds the scope of `in` (any trigger) as one clause; false on OOM. No scope: nothing added. */
static bool scope_clause(ag_arena *a, const ag_instrument *in, ag_sat_clause *cl, int *n) {
    if (!in->nscope) return true;
    ag_sat_item *it = AG_NEW(a, ag_sat_item, (size_t)in->nscope);
    if (!it) return false;
    for (int i = 0; i < in->nscope; i++) it[i] = (ag_sat_item){in->scope[i].when, true};
    cl[(*n)++] = (ag_sat_clause){it, in->nscope};
    return true;
}

int ag_find_oppositions(const aigov_corpus *c, int32_t date, ag_opposition **out) {
    *out = NULL;
    int n = 0, cap = 0;
    ag_solver_env env;
    if (!ag_solver_env_init(&env, c, date)) return -1;
    bool ok = true;
    for (int i = 0; ok && i < c->ninstruments; i++) {
        const ag_instrument *src = &c->instruments[i];
        if (!ag_instrument_in_force(src, date)) continue;
        for (int r = 0; ok && r < src->nrelations; r++) {
            const ag_relation *rel = &src->relations[r];
            const ag_instrument *dst = ag_corpus_instrument(c, rel->target);
            if (!opposes(rel->type) || !dst || !ag_instrument_adopted(dst, date) || (dst->revoked != AG_DATE_NONE && dst->revoked <= date))
                continue;
            if (n == cap) {
                int nc = cap ? cap * 2 : 8;
                ag_opposition *no = realloc(*out, (size_t)nc * sizeof *no);
                if (!no) { ok = false; break; }
                *out = no;
                cap = nc;
            }
            ag_opposition *op = &(*out)[n++];
            memset(op, 0, sizeof *op);
            op->source = src;
            op->target = dst;
            op->rel = rel;
            /* A witness: a system within the scope of both (of the target alone when the source,
             * like an executive order addressed to agencies, has no scope of its own). */
            ag_arena a;
            ag_arena_init(&a);
            ag_sat_clause cl[2];
            int ncl = 0;
            ok = scope_clause(&a, dst, cl, &ncl) && scope_clause(&a, src, cl, &ncl);
            if (ok && !ncl) {
                op->sat = AG_SAT_UNDECIDED;
                snprintf(op->why, sizeof op->why, "neither instrument records a scope");
            } else if (ok) {
                ag_sat_result res;
                ok = ag_solve(&env, cl, ncl, &a, &res);
                if (ok) {
                    op->sat = res.sat;
                    memcpy(op->why, res.why, sizeof op->why);
                    if (res.sat == AG_SAT_YES) {
                        char id[300];
                        snprintf(id, sizeof id, "witness-%s-%s-%s", rel->type, src->id, dst->id);
                        op->witness = ag_witness_json(&env, &res, id);
                        ok = op->witness != NULL;
                    }
                }
            }
            ag_arena_free(&a);
        }
    }
    ag_solver_env_free(&env);
    if (!ok) { ag_oppositions_free(*out, n); *out = NULL; return -1; }
    return n;
}

/* ---- aigov_conflicts ------------------------------------------------------------------------ */
static const char *pair_status(const ag_pair *p) {
    switch (p->sat) {
    case AG_SAT_YES: return p->kind == AG_PAIR_CONFLICT ? "conflict" : "overlap";
    case AG_SAT_NO: return "impossible";
    case AG_SAT_UNDECIDED: return "undecided";
    default: return "too_complex";
    }
}

/* A side of a pair. Overlaps (both obligations, possibly hundreds of thousands over a large
 * corpus) name the provision without its summary: `aigov corpus show ID` has it. */
static json_t *prov_json(const ag_provision *p, bool full) {
    if (!full)
        return json_pack("{s:s, s:s, s:s, s:s}", "id", p->full_id, "instrument", p->inst->id, "article", p->article, "binding",
                         p->inst->binding ? p->inst->binding : "");
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "id", p->full_id, "instrument", p->inst->id, "article", p->article,
                     "kind", p->kind, "binding", p->inst->binding ? p->inst->binding : "", "summary", p->summary);
}

static void print_witness(ag_buf *b, const char *w, bool md) {
    ag_buf_printf(b, md ? "  - witness profile:\n\n```json\n%s\n```\n\n" : "      witness profile (check it with `aigov check`):\n", w);
    if (md) return;
    for (const char *s = w; *s;) {
        size_t l = strcspn(s, "\n");
        ag_buf_printf(b, "        %.*s\n", (int)l, s);
        s += l + (s[l] == '\n');
    }
}

char *aigov_conflicts(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                      aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_OK;
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) { *status = AIGOV_USAGE; return NULL; }
    if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "md")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for conflicts; expected text, json or md", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    if (!ag_filter_check(c, o, d)) { *status = AIGOV_USAGE; return NULL; }
    ag_pairs ps;
    if (!ag_find_pairs(c, date, true, &ps)) { *status = AIGOV_NOMEM; return NULL; }
    /* --topic / --layer / --jurisdiction keep the pairs one of whose provisions passes. */
    if (ag_filter_any(o)) {
        int kept = 0;
        for (int i = 0; i < ps.n; i++)
            if (ag_filter_provision(c, ps.items[i].a, o, date) || ag_filter_provision(c, ps.items[i].b, o, date))
                ps.items[kept++] = ps.items[i];
            else
                free(ps.items[i].witness);
        ps.n = kept;
    }
    ag_opposition *opp = NULL;
    int nopp = ag_find_oppositions(c, date, &opp);
    if (nopp < 0) { ag_pairs_free(&ps); *status = AIGOV_NOMEM; return NULL; }
    if (ag_filter_any(o)) {
        int kept = 0;
        for (int i = 0; i < nopp; i++)
            if (ag_filter_instrument(c, opp[i].source, o, date) || ag_filter_instrument(c, opp[i].target, o, date)) opp[kept++] = opp[i];
            else free(opp[i].witness);
        nopp = kept;
    }
    int nconf = 0, nimp = 0, nund = 0, nover = 0;
    for (int i = 0; i < ps.n; i++) {
        const ag_pair *p = &ps.items[i];
        if (p->kind == AG_PAIR_OVERLAP) nover++;
        else if (p->sat == AG_SAT_YES) nconf++;
        else if (p->sat == AG_SAT_NO) nimp++;
        else nund++;
    }
    char ds[11];
    ag_date_format(date, ds);
    char *res = NULL;
    if (!strcmp(format, "json")) {
        json_t *root = json_object(), *conf = json_array(), *over = json_array();
        ag_json_set(root, "date", json_string(ds));
        ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
        ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
        ag_json_set(root, "summary", json_pack("{s:i, s:i, s:i, s:i, s:i, s:i, s:i}", "pairs_considered", ps.considered,
                                                        "pruned_by_necessary_constraints", ps.pruned, "conflicts", nconf,
                                                        "impossible", nimp, "undecided", nund, "overlaps", nover, "oppositions", nopp));
        for (int i = 0; i < ps.n; i++) {
            const ag_pair *p = &ps.items[i];
            json_t *j = json_pack("{s:s, s:s, s:o, s:o, s:s}", "status", pair_status(p), "actions", p->actions,
                                  p->kind == AG_PAIR_CONFLICT ? "prohibition" : "first", prov_json(p->a, p->kind == AG_PAIR_CONFLICT),
                                  p->kind == AG_PAIR_CONFLICT ? "obligation" : "second", prov_json(p->b, p->kind == AG_PAIR_CONFLICT),
                                  p->sat == AG_SAT_YES ? "systems" : "reason", p->why);
            if (p->witness) ag_json_set(j, "witness", json_loads(p->witness, 0, NULL));
            ag_json_push(p->kind == AG_PAIR_CONFLICT ? conf : over, j);
        }
        ag_json_set(root, "conflicts", conf);
        ag_json_set(root, "overlaps", over);
        json_t *oj = json_array();
        for (int i = 0; i < nopp; i++) {
            const ag_opposition *x = &opp[i];
            json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "kind", x->rel->type, "status",
                                  x->sat == AG_SAT_YES ? "conflict" : ag_sat_name(x->sat), "source", x->source->id, "article",
                                  x->rel->article ? x->rel->article : "", "target", x->target->id, "target_binding",
                                  x->target->binding ? x->target->binding : "", x->sat == AG_SAT_YES ? "systems" : "reason", x->why);
            if (x->witness) ag_json_set(j, "witness", json_loads(x->witness, 0, NULL));
            ag_json_push(oj, j);
        }
        ag_json_set(root, "oppositions", oj);
        res = ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, false);
        json_decref(root);
        if (res) {
            size_t l = strlen(res);
            char *r2 = realloc(res, l + 2);
            if (r2) { r2[l] = '\n'; r2[l + 1] = 0; res = r2; }
        }
    } else {
        bool md = !strcmp(format, "md");
        ag_buf b;
        ag_buf_init(&b);
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, md ? "# Conflicts and overlaps on %s\n\n%s\n\n" : "Conflicts and overlaps on %s\n%s\n\n", ds, pl);
        ag_buf_printf(&b, "%d pairs where a prohibition forbids an action that an obligation to the same addressee requires\n"
                          "(activities such as placing on the market or use, named only to say when a duty attaches, are not\n"
                          "requirements); %d were refuted by their necessary constraints alone, the rest decided by the solver:\n"
                          "%d conflict%s (a system falls under both, witness below), %d impossible, %d undecided. %d overlap%s\n"
                          "(the same action required by different issuers). %d opposition%s between instruments (one contests,\n"
                          "preempts or restricts another).\n\n",
                      ps.considered, ps.pruned, nconf, nconf == 1 ? "" : "s", nimp + ps.pruned, nund, nover, nover == 1 ? "" : "s", nopp,
                      nopp == 1 ? "" : "s");
        for (int pass = 0; pass < 3; pass++) {
            const char *title = pass == 0 ? "Conflicts" : pass == 1 ? "Shown impossible or undecided" : "Overlaps";
            bool any = false;
            for (int i = 0; i < ps.n; i++) {
                const ag_pair *p = &ps.items[i];
                int which = p->kind == AG_PAIR_OVERLAP ? 2 : p->sat == AG_SAT_YES ? 0 : 1;
                if (which != pass) continue;
                if (!any) ag_buf_printf(&b, md ? "## %s\n\n" : "%s\n\n", title);
                any = true;
                if (p->kind == AG_PAIR_CONFLICT)
                    ag_buf_printf(&b, md ? "- **%s**: `%s` (%s, %s) forbids what `%s` (%s, %s) requires: %s\n"
                                         : "  %s: %s (%s, %s) forbids what %s (%s, %s) requires: %s\n",
                                  pair_status(p), p->a->full_id, p->a->article, p->a->inst->binding, p->b->full_id, p->b->article,
                                  p->b->inst->binding, p->actions);
                else
                    ag_buf_printf(&b, md ? "- `%s` (%s) and `%s` (%s) both require: %s\n" : "  %s (%s) and %s (%s) both require: %s\n",
                                  p->a->full_id, p->a->article, p->b->full_id, p->b->article, p->actions);
                ag_buf_printf(&b, md ? "  - %s: %s\n" : "      %s: %s\n", p->sat == AG_SAT_YES ? "systems under both" : "why", p->why);
                if (p->witness && p->kind == AG_PAIR_CONFLICT) print_witness(&b, p->witness, md);
            }
            if (any) ag_buf_printf(&b, "\n");
        }
        if (nopp) ag_buf_printf(&b, md ? "## Opposition between instruments\n\n" : "Opposition between instruments (contests, preempts, restricts)\n\n");
        for (int i = 0; i < nopp; i++) {
            const ag_opposition *x = &opp[i];
            ag_buf_printf(&b, md ? "- **%s**: `%s` (%s, %s) %s `%s` (%s)\n" : "  %s: %s (%s, %s) %s %s (%s)\n", x->rel->type, x->source->id,
                          x->rel->article, x->source->binding, x->rel->type, x->target->id, x->target->binding);
            ag_buf_printf(&b, md ? "  - %s: %s\n" : "      %s: %s\n", x->sat == AG_SAT_YES ? "systems caught between them" : "why", x->why);
            if (x->witness) print_witness(&b, x->witness, md);
        }
        if (nopp) ag_buf_printf(&b, "\n");
        res = ag_buf_take(&b);
    }
    ag_oppositions_free(opp, nopp);
    ag_pairs_free(&ps);
    if (!res) *status = AIGOV_NOMEM;
    return res;
}
