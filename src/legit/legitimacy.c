/* legitimacy.c — chains, standing, modes and defects (legitimacy.h). Reads the corpus
 * and a criterion; owns the algorithm (one multi-source BFS with principal counting,
 * linear in the graph) and the mapping from data to Erman & Furendal's modes. Must not
 * hold any per-country or per-instrument judgement: that lives in data. */
#include "legit/legitimacy.h"
#include "base/builtin.h"
#include "base/yamltree.h"

#include <stdlib.h>

const char *ag_finding_name(ag_finding f) {
    switch (f) {
#define AG_FINDING_NAME_(n, s, d) case AG_F_##n: return s;
        AG_FINDINGS(AG_FINDING_NAME_)
#undef AG_FINDING_NAME_
    default: return "?";
    }
}

const char *ag_finding_text(ag_finding f) {
    switch (f) {
#define AG_FINDING_TEXT_(n, s, d) case AG_F_##n: return d;
        AG_FINDINGS(AG_FINDING_TEXT_)
#undef AG_FINDING_TEXT_
    default: return "?";
    }
}

const char *ag_reject_name(ag_reject r) {
    static const char *const names[] = {"ok", "not yet in force", "expired", "revoked", "out of scope",
        "no accountability", "not revocable", "not minimally democratic under the criterion",
        "principals without standing", "cycle"};
    return r <= AG_RJ_CYCLE ? names[r] : "?";
}

/* ---- Criterion ------------------------------------------------------------------------- */
static const ag_ynode *yget(const ag_ynode *m, const char *key) {
    if (!m || m->kind != AG_Y_MAP) return NULL;
    for (int i = 0; i + 1 < m->nkids; i += 2)
        if (m->kids[i]->kind == AG_Y_SCALAR && !strcmp(m->kids[i]->str, key))
            return ag_ynode_is_null(m->kids[i + 1]) ? NULL : m->kids[i + 1];
    return NULL;
}

static bool ylist(ag_arena *a, const char *file, const char *src, size_t len, const ag_ynode *n,
                  ag_strlist *out, aigov_diags *d) {
    out->n = 0;
    out->items = NULL;
    if (!n) return true;
    if (n->kind != AG_Y_SEQ) {
        ag_diag_add(d, file, src, len, n->line, n->col, 1, "expected a list of strings");
        return false;
    }
    out->items = AG_NEW(a, const char *, (size_t)n->nkids + 1);
    if (!out->items) return false;
    for (int i = 0; i < n->nkids; i++) {
        if (n->kids[i]->kind != AG_Y_SCALAR) {
            ag_diag_add(d, file, src, len, n->kids[i]->line, n->kids[i]->col, 1, "expected a string");
            return false;
        }
        out->items[out->n++] = n->kids[i]->str;
    }
    return true;
}

/* Reads the keys of a criterion file onto cr: absent keys keep what cr holds (the
 * defaults, or the built-in criterion for a `variant_of: default`). */
static bool criterion_apply(ag_arena *a, const char *file, const char *src, size_t len, const ag_ynode *root,
                            ag_criterion *cr, aigov_diags *d) {
    bool ok = true;
    const ag_ynode *t;
    if ((t = yget(root, "title")) && t->kind == AG_Y_SCALAR) cr->title = t->str;
    if ((t = yget(root, "source")) && t->kind == AG_Y_SCALAR) cr->source = t->str;
    if ((t = yget(root, "limits")) && t->kind == AG_Y_SCALAR) cr->limits = t->str;
    const ag_ynode *dem = yget(root, "democratic");
    if (dem && dem->kind != AG_Y_MAP) { ag_diag_add(d, file, src, len, dem->line, dem->col, 1, "'democratic' must be a mapping"); return false; }
    if (yget(dem, "accountability_any")) ok &= ylist(a, file, src, len, yget(dem, "accountability_any"), &cr->accountability_any, d);
    if (yget(dem, "publics_include")) ok &= ylist(a, file, src, len, yget(dem, "publics_include"), &cr->publics_include, d);
    if (yget(dem, "publics_exclude")) ok &= ylist(a, file, src, len, yget(dem, "publics_exclude"), &cr->publics_exclude, d);
    if ((t = yget(dem, "index"))) {
        if (t->kind != AG_Y_SCALAR) { ag_diag_add(d, file, src, len, t->line, t->col, 1, "'index' must be an index id"); ok = false; }
        else cr->index = strcmp(t->str, "none") ? t->str : NULL; /* none: no index (a variant's way to drop it) */
    }
    const ag_ynode *al = yget(dem, "at_least");
    if (al) {
        char *end = NULL;
        double v = al->kind == AG_Y_SCALAR ? strtod(al->str, &end) : 0;
        if (al->kind != AG_Y_SCALAR || end == al->str || *end) {
            ag_diag_add(d, file, src, len, al->line, al->col, 1, "'at_least' must be a number");
            ok = false;
        } else cr->index_at_least = v;
    } else if (t && dem && !yget(root, "variant_of")) {
        ag_diag_add(d, file, src, len, t->line, t->col, 1, "an 'index' needs 'at_least' (a number)");
        ok = false;
    }
    const ag_ynode *un = yget(dem, "unclassified");
    if (un && (un->kind != AG_Y_SCALAR || (strcmp(un->str, "accountability") && strcmp(un->str, "not_counted")))) {
        ag_diag_add(d, file, src, len, un->line, un->col, 1, "'unclassified' must be accountability or not_counted");
        ok = false;
    } else if (un) cr->unclassified_by_accountability = !strcmp(un->str, "accountability");
    const ag_ynode *req = yget(root, "require");
    for (int b = 0; req && b < 2; b++) {
        const ag_ynode *v = yget(req, b ? "revocable" : "accountability");
        if (!v) continue;
        if (v->kind != AG_Y_SCALAR || (strcmp(v->str, "true") && strcmp(v->str, "false"))) {
            ag_diag_add(d, file, src, len, v->line, v->col, 1, "expected true or false");
            ok = false;
            continue;
        }
        if (b) cr->require_revocable = !strcmp(v->str, "true");
        else cr->require_accountability = !strcmp(v->str, "true");
    }
    const ag_ynode *rc = yget(root, "revocation_counts");
    if (rc) {
        ok &= ylist(a, file, src, len, rc, &cr->revocation_counts, d);
        static const char *const means[] = {"recall", "withdrawal", "amendment", NULL};
        for (int i = 0; rc->kind == AG_Y_SEQ && i < rc->nkids && i < cr->revocation_counts.n; i++) {
            bool known = false;
            for (int j = 0; means[j]; j++) known |= !strcmp(means[j], cr->revocation_counts.items[i]);
            if (!known) {
                ag_diag_add(d, file, src, len, rc->kids[i]->line, rc->kids[i]->col, 1,
                            "'revocation_counts' lists recall, withdrawal or amendment, not '%s'", cr->revocation_counts.items[i]);
                ok = false;
            }
        }
    }
    const ag_ynode *pc = yget(root, "principals_counted");
    if (pc && (pc->kind != AG_Y_SCALAR || (strcmp(pc->str, "modelled") && strcmp(pc->str, "group")))) {
        ag_diag_add(d, file, src, len, pc->line, pc->col, 1, "'principals_counted' must be modelled or group");
        ok = false;
    } else if (pc) cr->count_over_group = !strcmp(pc->str, "group");
    const ag_ynode *ml = yget(root, "multilateral");
    if (ml) {
        static const char *const rules[] = {"all", "majority", "any", "as_declared"};
        int r = -1;
        for (int i = 0; i < 4; i++) if (ml->kind == AG_Y_SCALAR && !strcmp(ml->str, rules[i])) r = i;
        if (r < 0) { ag_diag_add(d, file, src, len, ml->line, ml->col, 1, "'multilateral' must be all, majority, any or as_declared"); ok = false; }
        else cr->multilateral = (ag_principals_rule)r;
    }
    return ok;
}

ag_criterion *ag_criterion_parse(ag_arena *a, const char *file, const char *src, size_t len, aigov_diags *d) {
    ag_ynode *root = ag_yaml_parse(a, file, 0, src, len, d);
    if (!root) return NULL;
    if (root->kind != AG_Y_MAP) {
        ag_diag_add(d, file, src, len, root->line, root->col, 1, "a criterion file must be a mapping");
        return NULL;
    }
    static const char *const keys[] = {"name", "title", "source", "limits", "variant_of", "democratic", "require",
        "multilateral", "revocation_counts", "principals_counted", NULL};
    bool ok = true;
    for (int i = 0; i + 1 < root->nkids; i += 2) {
        const ag_ynode *k = root->kids[i];
        bool found = false;
        for (int j = 0; keys[j]; j++) if (!strcmp(keys[j], k->str)) found = true;
        if (!found) {
            const char *s = ag_suggest(k->str, k->len, keys, 10);
            if (s) ag_diag_add(d, file, src, len, k->line, k->col, (int)k->len, "unknown key '%s' in a criterion (did you mean '%s'?)", k->str, s);
            else ag_diag_add(d, file, src, len, k->line, k->col, (int)k->len, "unknown key '%s' in a criterion", k->str);
            ok = false;
        }
    }
    const ag_ynode *n = yget(root, "name");
    if (!n || n->kind != AG_Y_SCALAR) {
        ag_diag_add(d, file, src, len, root->line, root->col, 1, "a criterion needs a 'name'");
        return NULL;
    }
    /* A variant starts from the built-in criterion and changes only what it states. */
    const ag_ynode *vo = yget(root, "variant_of");
    ag_criterion *cr = NULL;
    if (vo) {
        if (vo->kind != AG_Y_SCALAR || strcmp(vo->str, "default")) {
            ag_diag_add(d, file, src, len, vo->line, vo->col, 1, "'variant_of' must be 'default' (the built-in criterion)");
            return NULL;
        }
        cr = ag_criterion_default(a, d);
    } else if ((cr = AG_NEW(a, ag_criterion, 1))) {
        /* Defaults of a criterion written out whole. */
        static const char *all_means[] = {"recall", "withdrawal", "amendment"};
        cr->revocation_counts = (ag_strlist){all_means, 3};
        cr->require_accountability = cr->require_revocable = true;
        cr->unclassified_by_accountability = true;
        cr->multilateral = AG_RULE_AS_DECLARED;
    }
    if (!cr) return NULL;
    cr->name = n->str;
    if (!vo) { cr->title = cr->name; cr->source = cr->limits = ""; }
    ok &= criterion_apply(a, file, src, len, root, cr, d);
    return ok ? cr : NULL;
}

ag_criterion *ag_criterion_default(ag_arena *a, aigov_diags *d) {
    const ag_builtin_file *f = ag_builtin_criteria();
    return ag_criterion_parse(a, "criteria/default.yaml", f->data, f->len, d);
}

/* ---- Graph ------------------------------------------------------------------------------- */
/* A public's index value: its own, or else that of the public of a region its jurisdiction
 * lies in (a sub-national electorate takes its country's; `valued` lists the publics with a
 * value). */
static bool public_index_value(const aigov_corpus *c, const int32_t *valued, int nvalued, int32_t p, const char *index, double *out) {
    if (ag_actor_index_value(&c->actors[p], index, out)) return true;
    const char *j = c->actors[p].jurisdiction;
    int r = j ? ag_map_get(&c->region_index, j, strlen(j)) : -1;
    for (int up = 0; r >= 0 && up < 8; up++) {
        r = c->regions[r].parent;
        if (r < 0) break;
        for (int k = 0; k < nvalued; k++)
            if (!strcmp(c->actors[valued[k]].jurisdiction, c->regions[r].code)) return ag_actor_index_value(&c->actors[valued[k]], index, out);
    }
    return false;
}

bool ag_actor_index_value(const ag_actor *a, const char *index, double *out) {
    for (int i = 0; i < a->nindices; i++)
        if (!strcmp(a->index_ids[i], index)) { *out = a->index_values[i]; return true; }
    return false;
}

static bool in_list(const ag_strlist *l, const char *s) {
    for (int i = 0; i < l->n; i++) if (!strcmp(l->items[i], s)) return true;
    return false;
}

void ag_topicmask_of(const aigov_corpus *c, const ag_strlist *topics, ag_topicmask *out, bool *all) {
    memset(out, 0, sizeof *out);
    int v = ag_corpus_vocab(c, "topics");
    *all = topics->n == 0;
    for (int i = 0; v >= 0 && i < topics->n; i++) {
        int32_t t = ag_map_get(&c->vocabs[v].index, topics->items[i], strlen(topics->items[i]));
        if (t >= 0 && t < 64 * AG_TOPIC_WORDS) out->w[t >> 6] |= 1ull << (t & 63);
    }
}

/* The evaluation order of ag_lmask_compute: reverse postorder of an iterative
 * depth-first walk (publics first as roots, then every other actor), and the edges that
 * point back in it. */
static bool lgraph_order(ag_arena *a, ag_lgraph *g) {
    int32_t na = g->nactors;
    g->order = AG_NEW(a, int32_t, (size_t)na + 1);
    g->pos = AG_NEW(a, int32_t, (size_t)na + 1);
    g->back_off = AG_NEW(a, int32_t, (size_t)na + 1);
    int32_t *stack = malloc(sizeof *stack * ((size_t)na + 1));
    int32_t *next = malloc(sizeof *next * ((size_t)na + 1));
    uint8_t *seen = calloc((size_t)na + 1, 1);
    bool ok = g->order && g->pos && g->back_off && stack && next && seen;
    int32_t fin = na;
    for (int pass = 0; ok && pass < 2; pass++)
        for (int32_t r = 0; r < na; r++) {
            if (seen[r] || (pass == 0) != (g->actor_public[r] != 0)) continue;
            int32_t top = 0;
            stack[0] = r;
            next[0] = g->out_off[r];
            seen[r] = 1;
            while (top >= 0) {
                int32_t x = stack[top];
                if (next[top] < g->out_off[x + 1]) {
                    int32_t y = g->d_to[g->out[next[top]++]];
                    if (y >= 0 && !seen[y]) {
                        seen[y] = 1;
                        stack[++top] = y;
                        next[top] = g->out_off[y];
                    }
                } else {
                    g->order[--fin] = x;
                    top--;
                }
            }
        }
    free(stack);
    free(next);
    free(seen);
    if (!ok) return false;
    for (int32_t i = 0; i < na; i++) g->pos[g->order[i]] = i;
    int32_t nb = 0;
    for (int32_t x = 0; x < na; x++)
        for (int32_t k = g->out_off[x]; k < g->out_off[x + 1]; k++) {
            int32_t y = g->d_to[g->out[k]];
            nb += y >= 0 && g->pos[y] <= g->pos[x];
        }
    g->back = AG_NEW(a, int32_t, (size_t)nb + 1);
    if (!g->back) return false;
    nb = 0;
    for (int32_t x = 0; x < na; x++) {
        g->back_off[x] = nb;
        for (int32_t k = g->out_off[x]; k < g->out_off[x + 1]; k++) {
            int32_t y = g->d_to[g->out[k]];
            if (y >= 0 && g->pos[y] <= g->pos[x]) g->back[nb++] = g->out[k];
        }
    }
    g->back_off[na] = nb;
    return true;
}

bool ag_lgraph_index(ag_arena *a, ag_lgraph *g) {
    int32_t na = g->nactors, nd = g->ndelegations;
    g->out_off = AG_NEW(a, int32_t, (size_t)na + 1);
    g->in_off = AG_NEW(a, int32_t, (size_t)na + 1);
    int32_t nf = g->d_from_off[nd];
    g->out = AG_NEW(a, int32_t, (size_t)nf + 1);
    g->in = AG_NEW(a, int32_t, (size_t)nd + 1);
    int32_t *fill = calloc((size_t)na + 1, sizeof *fill);
    if (!g->out_off || !g->in_off || !g->out || !g->in || !fill) { free(fill); return false; }
    for (int32_t d = 0; d < nd; d++) {
        for (int32_t k = g->d_from_off[d]; k < g->d_from_off[d + 1]; k++) g->out_off[g->d_from[k] + 1]++;
        g->in_off[g->d_to[d] + 1]++;
    }
    for (int32_t i = 0; i < na; i++) { g->out_off[i + 1] += g->out_off[i]; g->in_off[i + 1] += g->in_off[i]; }
    for (int32_t d = 0; d < nd; d++)
        for (int32_t k = g->d_from_off[d]; k < g->d_from_off[d + 1]; k++) {
            int32_t p = g->d_from[k];
            g->out[g->out_off[p] + fill[p]++] = d;
        }
    memset(fill, 0, sizeof *fill * (size_t)(na + 1));
    for (int32_t d = 0; d < nd; d++) g->in[g->in_off[g->d_to[d]] + fill[g->d_to[d]]++] = d;
    free(fill);
    return lgraph_order(a, g);
}

ag_lgraph *ag_lgraph_build(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr) {
    ag_lgraph *g = AG_NEW(a, ag_lgraph, 1);
    if (!g) return NULL;
    int32_t na = c->nactors, nd = c->ndelegations;
    g->nactors = na;
    g->ndelegations = nd;
    g->actor_public = AG_NEW(a, uint8_t, (size_t)na + 1);
    g->actor_ai = AG_NEW(a, uint8_t, (size_t)na + 1);
    g->actor_unmodelled = AG_NEW(a, uint8_t, (size_t)na + 1);
    g->d_to = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_from_off = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_kind = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_rule = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_total = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_accountable = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_democratic = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_revocable = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_scope_all = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_scope = AG_NEW(a, ag_topicmask, (size_t)nd + 1);
    g->d_from_date = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_until = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_revoked = AG_NEW(a, int32_t, (size_t)nd + 1);
    int32_t nf = 0;
    for (int32_t d = 0; d < nd; d++) nf += c->delegations[d].from.n;
    g->d_from = AG_NEW(a, int32_t, (size_t)nf + 1);
    if (!g->actor_public || !g->actor_ai || !g->actor_unmodelled || !g->d_to || !g->d_from_off || !g->d_kind || !g->d_rule || !g->d_total ||
        !g->d_accountable || !g->d_democratic || !g->d_revocable || !g->d_scope_all || !g->d_scope ||
        !g->d_from_date || !g->d_until || !g->d_revoked || !g->d_from)
        return NULL;
    for (int32_t i = 0; i < na; i++) {
        g->actor_public[i] = !strcmp(c->actors[i].kind, "public");
        g->actor_ai[i] = !strcmp(c->actors[i].kind, "ai_system");
        /* Public bodies hold their rule-making power from somewhere: when the corpus records
         * no delegation to one, the chain is missing data, not a private rule-maker's lack of
         * authority (docs/legitimacy.md, "Chain not modelled"). */
        static const char *const public_kinds[] = {"state", "subnational", "supranational", "igo", "agency", "court", NULL};
        bool pub = c->actors[i].chain_not_modelled;
        for (int k = 0; public_kinds[k] && !pub; k++) pub = !strcmp(c->actors[i].kind, public_kinds[k]);
        g->actor_unmodelled[i] = pub;
    }
    /* The publics the index classifies, for the sub-national publics that take their
     * country's value (a public of US-CA reads the value of the public of US). */
    int32_t *valued = NULL;
    int nvalued = 0;
    if (cr->index) {
        valued = AG_NEW(a, int32_t, (size_t)na + 1);
        if (!valued) return NULL;
        for (int32_t i = 0; i < na; i++) {
            double v;
            if (g->actor_public[i] && c->actors[i].jurisdiction && ag_actor_index_value(&c->actors[i], cr->index, &v)) valued[nvalued++] = i;
        }
    }
    nf = 0;
    for (int32_t d = 0; d < nd; d++) {
        const ag_delegation *dl = &c->delegations[d];
        g->d_to[d] = ag_map_get(&c->actor_index, dl->to, strlen(dl->to));
        g->d_from_off[d] = nf;
        for (int k = 0; k < dl->from.n; k++)
            g->d_from[nf++] = ag_map_get(&c->actor_index, dl->from.items[k], strlen(dl->from.items[k]));
        g->d_kind = g->d_kind;
        g->d_kind[d] = !strcmp(dl->kind, "authorization") ? AG_D_AUTHORIZATION : AG_D_MANDATE;
        g->d_rule[d] = !strcmp(dl->principals_rule, "any") ? AG_RULE_ANY : !strcmp(dl->principals_rule, "majority") ? AG_RULE_MAJORITY : AG_RULE_ALL;
        g->d_accountable[d] = dl->accountability.n > 0;
        g->d_total[d] = 0;
        if (cr->count_over_group && dl->principals_group) {
            int r = ag_map_get(&c->region_index, dl->principals_group, strlen(dl->principals_group));
            if (r >= 0 && c->regions[r].group) g->d_total[d] = c->regions[r].nmembers;
        }
        bool dem = false;
        for (int k = 0; k < dl->accountability.n && !dem; k++) dem = in_list(&cr->accountability_any, dl->accountability.items[k]);
        /* A published index decides for the publics it classifies (every principal of the
         * authorization must meet the threshold); the others follow the criterion's rule for
         * the unclassified. */
        if (cr->index && dl->from.n) {
            bool classified = true, meets = true;
            for (int k = 0; k < dl->from.n; k++) {
                double v;
                int32_t p = ag_map_get(&c->actor_index, dl->from.items[k], strlen(dl->from.items[k]));
                if (p >= 0 && public_index_value(c, valued, nvalued, p, cr->index, &v)) meets &= v >= cr->index_at_least;
                else classified = false;
            }
            if (classified) dem = meets;
            else if (!cr->unclassified_by_accountability) dem = false;
            else dem = dem && meets;
        }
        /* Explicit per-public overrides of the criterion (any principal listed). */
        for (int k = 0; k < dl->from.n; k++) {
            if (in_list(&cr->publics_include, dl->from.items[k])) dem = true;
            if (in_list(&cr->publics_exclude, dl->from.items[k])) { dem = false; break; }
        }
        g->d_democratic[d] = dem;
        /* Revocable under the criterion: by one of the means it counts (no means recorded:
         * the principal recalls the agent directly). */
        bool rev = dl->revocable && !dl->revocation_means.n && in_list(&cr->revocation_counts, "recall");
        for (int k = 0; dl->revocable && k < dl->revocation_means.n && !rev; k++)
            rev = in_list(&cr->revocation_counts, dl->revocation_means.items[k]);
        g->d_revocable[d] = rev;
        g->d_scope_all[d] = dl->scope_all;
        bool all;
        ag_topicmask_of(c, &dl->scope, &g->d_scope[d], &all);
        g->d_from_date[d] = dl->from_date;
        g->d_until[d] = dl->until;
        g->d_revoked[d] = dl->revoked;
    }
    g->d_from_off[nd] = nf;
    return ag_lgraph_index(a, g) ? g : NULL;
}

/* ---- Standing ---------------------------------------------------------------------------- */
/* Everything but the scope: the date and the criterion's requirements. */
static ag_reject usable_on(const ag_lgraph *g, int32_t date, int32_t d) {
    if (g->d_from_date[d] != AG_DATE_NONE && date < g->d_from_date[d]) return AG_RJ_NOT_YET;
    if (g->d_revoked[d] != AG_DATE_NONE && date >= g->d_revoked[d]) return AG_RJ_REVOKED;
    if (g->d_until[d] != AG_DATE_NONE && date >= g->d_until[d]) return AG_RJ_EXPIRED;
    return AG_RJ_OK;
}

static ag_reject usable_by_criterion(const ag_lgraph *g, const ag_criterion *cr, int32_t d) {
    if (cr->require_accountability && !g->d_accountable[d]) return AG_RJ_NO_ACCOUNTABILITY;
    if (cr->require_revocable && !g->d_revocable[d]) return AG_RJ_NOT_REVOCABLE;
    if (g->d_kind[d] == AG_D_AUTHORIZATION && !g->d_democratic[d]) return AG_RJ_NOT_DEMOCRATIC;
    return AG_RJ_OK;
}

ag_reject ag_delegation_usable(const ag_lgraph *g, const ag_criterion *cr, const ag_lstate *s, int32_t d) {
    ag_reject r = usable_on(g, s->date, d);
    if (r != AG_RJ_OK) return r;
    if (!s->topics_all && !g->d_scope_all[d]) {
        bool meet = false;
        for (int w = 0; w < AG_TOPIC_WORDS; w++) if (g->d_scope[d].w[w] & s->topics.w[w]) meet = true;
        if (!meet) return AG_RJ_SCOPE;
    }
    return usable_by_criterion(g, cr, d);
}

static int32_t threshold(const ag_lgraph *g, ag_principals_rule rule, int32_t d) {
    int32_t n = g->d_from_off[d + 1] - g->d_from_off[d];
    if (n && g->d_total && g->d_total[d] > n) n = g->d_total[d];
    ag_principals_rule r = rule == AG_RULE_AS_DECLARED ? (ag_principals_rule)g->d_rule[d] : rule;
    if (n == 0) return 1; /* never satisfiable: no principal */
    return r == AG_RULE_ANY ? 1 : r == AG_RULE_MAJORITY ? n / 2 + 1 : n;
}

int32_t ag_delegation_threshold(const ag_lgraph *g, const ag_lstate *s, int32_t d) {
    return threshold(g, s->rule, d);
}

/* What the BFS touches per delegation, packed into 8 bytes so that one cache line
 * serves an edge: its target, how many principals it needs (0 = not usable on this
 * date and topics; bit 15 = an authorization, which only publics give) and how many
 * have standing so far. A delegation with more than 32767 principals is capped there. */
typedef struct dl_hot {
    int32_t to;
    uint16_t need;
    uint16_t sat;
} dl_hot;

bool ag_lstate_compute(ag_arena *a, const ag_lgraph *g, const ag_criterion *cr, int32_t date,
                       const ag_topicmask *topics, ag_lstate *s) {
    memset(s, 0, sizeof *s);
    s->date = date;
    s->rule = cr->multilateral;
    if (topics) s->topics = *topics;
    s->topics_all = topics == NULL;
    s->standing = AG_NEW(a, uint8_t, (size_t)g->nactors + 1);
    s->via = AG_NEW(a, int32_t, (size_t)g->nactors + 1);
    s->depth = AG_NEW(a, int32_t, (size_t)g->nactors + 1);
    int32_t *queue = AG_NEW(a, int32_t, (size_t)g->nactors + 1);
    dl_hot *hot = malloc(sizeof *hot * ((size_t)g->ndelegations + 1));
    if (!s->standing || !s->via || !s->depth || !queue || !hot) { free(hot); return false; }
    /* One sequential pass decides which delegations are usable on this date and topics. */
    for (int32_t d = 0; d < g->ndelegations; d++) {
        int32_t need = ag_delegation_usable(g, cr, s, d) == AG_RJ_OK ? ag_delegation_threshold(g, s, d) : 0;
        if (need > 0x7fff) need = 0x7fff;
        hot[d].to = g->d_to[d];
        hot[d].need = (uint16_t)(need | (g->d_kind[d] == AG_D_AUTHORIZATION ? 0x8000 : 0));
        hot[d].sat = 0;
    }
    int32_t head = 0, tail = 0;
    for (int32_t i = 0; i < g->nactors; i++) {
        s->via[i] = -1;
        if (g->actor_public[i]) { s->standing[i] = AG_SD_PUBLIC; queue[tail++] = i; }
    }
    /* Publics are sources; an actor gains standing the first time one of its incoming
     * usable delegations has enough principals with standing. BFS order makes the chain
     * found the shortest one. Each delegation is counted once per principal: O(V + E). */
    while (head < tail) {
        int32_t p = queue[head++];
        bool from_public = s->standing[p] == AG_SD_PUBLIC;
        int32_t end = g->out_off[p + 1];
        for (int32_t k = g->out_off[p]; k < end; k++) {
            int32_t d = g->out[k];
            dl_hot *h = &hot[d];
            uint16_t need = h->need & 0x7fff;
            bool auth = h->need & 0x8000;
            /* Authorizations come from publics; mandates from entities with standing. */
            if (!need || auth != from_public || h->to < 0 || s->standing[h->to] != AG_SD_NONE) continue;
            if (++h->sat < need) continue;
            s->standing[h->to] = auth ? AG_SD_AUTHORIZED : AG_SD_MANDATED;
            s->via[h->to] = d;
            s->depth[h->to] = s->depth[p] + 1;
            queue[tail++] = h->to;
        }
    }
    free(hot);
    return true;
}

/* ---- Standing for many topic sets at once ------------------------------------------ */
/* What the pull reads of a delegation, packed into one record in a pass over the
 * delegations: the lanes it serves (0 = none, or an authorization, settled up front), its
 * principals d_from[from .. from + n) and how many of them it needs. */
typedef struct lane_dl {
    uint64_t usable;
    int32_t from;
    uint16_t n, need; /* both 0 past 65535 principals: then read from the graph */
} lane_dl;

/* Lanes where at least `need` of the principals' masks are set: OR for one, AND for all,
 * else a bit-sliced counter per lane (a ripple-carry add of each mask, then a compare
 * with `need` from the high bit down). Principals that cannot count have mask 0. */
static uint64_t lanes_meeting(const int32_t *from, int32_t n, int32_t need, const uint64_t *stand) {
    uint64_t v;
    if (need == 1) {
        v = 0;
        for (int32_t j = 0; j < n; j++) if (from[j] >= 0) v |= stand[from[j]];
        return v;
    }
    if (need >= n) {
        if (need > n) return 0;
        v = ~0ull;
        for (int32_t j = 0; j < n && v; j++) v &= from[j] >= 0 ? stand[from[j]] : 0;
        return v;
    }
    uint64_t c[32];
    int w = 0;
    while (w < 31 && (n >> w)) c[w++] = 0;
    for (int32_t j = 0; j < n; j++) {
        uint64_t carry = from[j] >= 0 ? stand[from[j]] : 0;
        for (int i = 0; i < w && carry; i++) {
            uint64_t t = c[i] & carry;
            c[i] ^= carry;
            carry = t;
        }
    }
    uint64_t gt = 0, eq = ~0ull;
    for (int i = w - 1; i >= 0; i--) {
        if ((need >> i) & 1) eq &= c[i];
        else { gt |= eq & c[i]; eq &= ~c[i]; }
    }
    return gt | eq;
}

/* The lanes where delegation d has enough principals with standing. */
static uint64_t dl_meeting(const ag_lgraph *g, ag_principals_rule rule, const lane_dl *dl, int32_t d,
                           const uint64_t *stand) {
    int32_t n = dl[d].n, need = dl[d].need;
    if (!n) { n = g->d_from_off[d + 1] - g->d_from_off[d]; need = threshold(g, rule, d); }
    return lanes_meeting(g->d_from + dl[d].from, n, need, stand);
}

/* One actor's lanes from its incoming delegations, given the standing so far. */
static uint64_t pull(const ag_lgraph *g, ag_principals_rule rule, const lane_dl *dl, const uint64_t *auth,
                     const uint64_t *stand, int32_t x) {
    uint64_t v = stand[x] | auth[x];
    for (int32_t k = g->in_off[x]; k < g->in_off[x + 1]; k++) {
        int32_t d = g->in[k];
        uint64_t u = dl[d].usable & ~v;
        if (u) v |= u & dl_meeting(g, rule, dl, d, stand);
    }
    return v;
}

/* Delegation d's principals gained the lanes `gained`: the lanes its target can gain
 * through d (served, not yet held, now enough principals) are added; a target that gains
 * is queued with them, once (pend != 0 means queued). */
static void feed(const ag_lgraph *g, ag_principals_rule rule, const lane_dl *dl, int32_t d, uint64_t gained,
                 uint64_t *stand, uint64_t *pend, int32_t *queue, int32_t *tail, int32_t *len) {
    int32_t y = g->d_to[d];
    uint64_t u = dl[d].usable & gained; /* 0 when y is unknown (-1) or a public */
    if (!u || !(u &= ~stand[y])) return;
    uint64_t m = u & dl_meeting(g, rule, dl, d, stand);
    if (!m) return;
    stand[y] |= m;
    if (!pend[y]) {
        queue[*tail] = y;
        *tail = *tail + 1 == g->nactors ? 0 : *tail + 1;
        (*len)++;
    }
    pend[y] |= m;
}

bool ag_lmask_compute(const ag_lgraph *g, const ag_criterion *cr, int32_t date, const ag_topicmask *const *sets,
                      int nsets, uint64_t *auth, uint64_t *stand) {
    int32_t na = g->nactors, nd = g->ndelegations;
    if (nsets < 0 || nsets > AG_LANES) return false;
    uint64_t full = nsets == AG_LANES ? ~0ull : (1ull << nsets) - 1, lanes_all = 0;
    uint64_t by_topic[64 * AG_TOPIC_WORDS] = {0}; /* lanes whose set holds topic t */
    for (int j = 0; j < nsets; j++) {
        if (!sets[j]) { lanes_all |= 1ull << j; continue; }
        for (int t = 0; t < 64 * AG_TOPIC_WORDS; t++)
            if (sets[j]->w[t >> 6] >> (t & 63) & 1) by_topic[t] |= 1ull << j;
    }
    lane_dl *dl = malloc(sizeof *dl * ((size_t)nd + 1));
    uint64_t *pend = calloc((size_t)na + 1, sizeof *pend); /* lanes gained, not yet pushed on */
    int32_t *queue = malloc(sizeof *queue * ((size_t)na + 1));
    if (!dl || !pend || !queue) { free(dl); free(pend); free(queue); return false; }
    memset(auth, 0, sizeof *auth * (size_t)na);
    memset(stand, 0, sizeof *stand * (size_t)na);
    /* Which lanes each delegation serves on this date; authorizations need only publics,
     * whose standing is the same in every lane, so they are settled here. */
    for (int32_t d = 0; d < nd; d++) {
        uint64_t u = 0;
        if (usable_on(g, date, d) == AG_RJ_OK && usable_by_criterion(g, cr, d) == AG_RJ_OK) {
            if (g->d_scope_all[d]) u = full;
            else {
                u = lanes_all;
                for (int w = 0; w < AG_TOPIC_WORDS; w++)
                    for (uint64_t b = g->d_scope[d].w[w]; b; b &= b - 1) u |= by_topic[w * 64 + __builtin_ctzll(b)];
            }
        }
        int32_t to = g->d_to[d];
        if (to < 0 || g->actor_public[to]) u = 0;
        int32_t n = g->d_from_off[d + 1] - g->d_from_off[d], need = u ? threshold(g, cr->multilateral, d) : 0;
        bool wide = n > 0xffff;
        dl[d] = (lane_dl){.usable = u, .from = g->d_from_off[d], .n = wide ? 0 : (uint16_t)n, .need = wide ? 0 : (uint16_t)need};
        if (!u || g->d_kind[d] != AG_D_AUTHORIZATION) continue;
        dl[d].usable = 0; /* settled here: the pull only follows mandates */
        int32_t publics = 0;
        for (int32_t j = g->d_from_off[d]; j < g->d_from_off[d + 1]; j++)
            publics += g->d_from[j] >= 0 && g->actor_public[g->d_from[j]];
        if (publics >= need) auth[to] |= u;
    }
    /* Every actor once, principals first (one pull each). An actor whose standing feeds
     * one already pulled (an edge that closes a cycle) re-evaluates that one delegation at
     * once; a target that gains lanes is queued, and each one popped pushes what it gained
     * through its own delegations, until the queue is empty. Every step only adds lanes,
     * so this reaches the least fixpoint: the BFS's answer in every lane. */
    int32_t head = 0, tail = 0, len = 0;
    for (int32_t i = 0; i < na; i++) {
        /* The walk is a chain of random reads; fetch what the next actors will read
         * (their incoming delegations' records) while this one is pulled. */
        if (i + 16 < na) __builtin_prefetch(&g->in_off[g->order[i + 16]]);
        if (i + 8 < na) {
            int32_t z = g->order[i + 8];
            __builtin_prefetch(&g->in[g->in_off[z]]);
            __builtin_prefetch(&g->back_off[z]);
        }
        if (i + 4 < na) {
            int32_t z = g->order[i + 4];
            for (int32_t k = g->in_off[z]; k < g->in_off[z + 1] && k < g->in_off[z] + 8; k++) __builtin_prefetch(&dl[g->in[k]]);
            __builtin_prefetch(&stand[z]);
        }
        if (i + 2 < na) {
            int32_t z = g->order[i + 2];
            for (int32_t k = g->in_off[z]; k < g->in_off[z + 1] && k < g->in_off[z] + 8; k++)
                if (dl[g->in[k]].usable) __builtin_prefetch(&g->d_from[dl[g->in[k]].from]);
        }
        int32_t x = g->order[i];
        if (g->actor_public[x]) continue;
        stand[x] = pull(g, cr->multilateral, dl, auth, stand, x);
        if (!stand[x]) continue;
        for (int32_t k = g->back_off[x]; k < g->back_off[x + 1]; k++)
            feed(g, cr->multilateral, dl, g->back[k], stand[x], stand, pend, queue, &tail, &len);
    }
    while (len > 0) {
        int32_t x = queue[head];
        head = head + 1 == na ? 0 : head + 1;
        len--;
        uint64_t delta = pend[x];
        pend[x] = 0;
        for (int32_t k = g->out_off[x]; k < g->out_off[x + 1]; k++)
            feed(g, cr->multilateral, dl, g->out[k], delta, stand, pend, queue, &tail, &len);
    }
    free(dl);
    free(pend);
    free(queue);
    return true;
}

/* ---- Cache --------------------------------------------------------------------------- */
void ag_legit_cache_init(ag_legit_cache *k, ag_arena *a, const ag_lgraph *g, const ag_criterion *cr, int32_t date) {
    memset(k, 0, sizeof *k);
    k->a = a;
    k->g = g;
    k->cr = cr;
    k->date = date;
}

static ag_legit_entry *cached(ag_legit_cache *k, const ag_topicmask *topics) {
    for (int i = 0; i < k->n; i++) {
        ag_legit_entry *e = &k->entries[i];
        if (topics ? (!e->all && !memcmp(&e->mask, topics, sizeof *topics)) : e->all) return e;
    }
    return NULL;
}

ag_legit_entry *ag_legit_state(ag_legit_cache *k, const ag_topicmask *topics) {
    ag_legit_entry *e = cached(k, topics);
    if (e) return e;
    return ag_legit_cache_prepare(k, &topics, 1) ? cached(k, topics) : NULL;
}

bool ag_legit_cache_prepare(ag_legit_cache *k, const ag_topicmask *const *sets, int n) {
    const ag_lgraph *g = k->g;
    int32_t na = g->nactors;
    const ag_topicmask *lane[AG_LANES];
    bool ok = true;
    for (int i = 0; ok && i < n;) {
        /* The next (up to) 64 distinct sets not yet cached. */
        int nl = 0;
        for (; i < n && nl < AG_LANES; i++) {
            bool dup = cached(k, sets[i]) != NULL;
            for (int j = 0; j < nl && !dup; j++)
                dup = sets[i] ? lane[j] && !memcmp(lane[j], sets[i], sizeof *sets[i]) : !lane[j];
            if (!dup) lane[nl++] = sets[i];
        }
        if (!nl) break;
        if (k->n + nl > k->cap) {
            int cap = k->cap ? k->cap : 8;
            while (cap < k->n + nl) cap *= 2;
            ag_legit_entry *ne = AG_NEW(k->a, ag_legit_entry, (size_t)cap);
            if (!(ok = ne != NULL)) break;
            if (k->n) memcpy(ne, k->entries, sizeof *ne * (size_t)k->n);
            k->entries = ne;
            k->cap = cap;
        }
        /* The lanes stay as computed (16 bytes per actor for up to 64 sets); an entry
         * reads its bit (ag_legit_standing). */
        uint64_t *auth = AG_NEW(k->a, uint64_t, (size_t)na + 1), *stand = AG_NEW(k->a, uint64_t, (size_t)na + 1);
        if (!(ok = auth && stand && ag_lmask_compute(g, k->cr, k->date, lane, nl, auth, stand))) break;
        for (int j = 0; j < nl; j++) {
            ag_legit_entry *e = &k->entries[k->n + j];
            memset(e, 0, sizeof *e);
            e->all = lane[j] == NULL;
            if (lane[j]) e->mask = *lane[j];
            e->auth = auth;
            e->stand = stand;
            e->lane = j;
            ag_lstate *s = &e->state;
            s->date = k->date;
            s->rule = k->cr->multilateral;
            s->topics = e->mask;
            s->topics_all = e->all;
        }
        k->n += nl;
    }
    return ok;
}

bool ag_legit_cache_prepare_corpus(ag_legit_cache *k, const aigov_corpus *c) {
    ag_topicmask *masks = malloc(sizeof *masks * ((size_t)c->ninstruments + 1));
    const ag_topicmask **sets = malloc(sizeof *sets * ((size_t)c->ninstruments + 1));
    bool ok = masks && sets;
    for (int32_t i = 0; ok && i < c->ninstruments; i++) {
        bool all;
        ag_topicmask_of(c, &c->instruments[i].topics, &masks[i], &all);
        sets[i] = all ? NULL : &masks[i];
    }
    ok = ok && ag_legit_cache_prepare(k, sets, c->ninstruments);
    free(masks);
    free(sets);
    return ok;
}

/* ---- Instruments ------------------------------------------------------------------------- */
/* Why actor x has no standing: the findings from its incoming delegations, following
 * principals without standing up the graph to the root causes (a public whose
 * authorization fails the criterion, an expired mandate, ...). Memoized per state, so
 * each actor is explained once: linear in the graph. An actor met again while it is
 * being explained closes a cycle. Recursion is bounded by AG_LEGIT_WHY_DEPTH; past it
 * the remaining causes are summarised as no chain. */
#define AG_LEGIT_WHY_DEPTH 64
#define AG_WHY_WALK (1u << 30)
#define AG_WHY_DONE (1u << 31)
_Static_assert(AG_F_COUNT < 30, "findings and the walk marks share a word");
static uint32_t why_not(const ag_lgraph *g, const ag_criterion *cr, ag_legit_entry *e, int32_t x, int depth) {
    if (e->why[x] & AG_WHY_DONE) return e->why[x] & ~AG_WHY_DONE;
    if (e->why[x] & AG_WHY_WALK) return 1u << AG_F_CYCLE;
    if (g->in_off[x] == g->in_off[x + 1]) return 1u << (g->actor_unmodelled[x] ? AG_F_CHAIN_NOT_MODELLED : AG_F_NO_CHAIN);
    if (depth > AG_LEGIT_WHY_DEPTH) return 1u << AG_F_NO_CHAIN;
    const ag_lstate *s = &e->state;
    uint32_t f = 0;
    e->why[x] = AG_WHY_WALK;
    for (int32_t k = g->in_off[x]; k < g->in_off[x + 1]; k++) {
        int32_t d = g->in[k];
        switch (ag_delegation_usable(g, cr, s, d)) {
        case AG_RJ_NOT_YET: f |= 1u << AG_F_NOT_YET; break;
        case AG_RJ_EXPIRED: case AG_RJ_REVOKED: f |= 1u << AG_F_REVOKED_OR_EXPIRED; break;
        case AG_RJ_SCOPE: f |= 1u << AG_F_OUT_OF_SCOPE; break;
        case AG_RJ_NO_ACCOUNTABILITY: f |= 1u << AG_F_NO_ACCOUNTABILITY; break;
        case AG_RJ_NOT_REVOCABLE: f |= 1u << AG_F_NOT_REVOCABLE; break;
        case AG_RJ_NOT_DEMOCRATIC: f |= 1u << AG_F_NOT_DEMOCRATIC; break;
        default: {
            /* Usable, yet not enough principals have standing: find out why for each. */
            int32_t n = g->d_from_off[d + 1] - g->d_from_off[d], with = 0;
            for (int32_t j = g->d_from_off[d]; j < g->d_from_off[d + 1]; j++) {
                int32_t p = g->d_from[j];
                if (ag_legit_standing(e, g, p) != AG_SD_NONE) { with++; continue; }
                f |= why_not(g, cr, e, p, depth + 1);
            }
            if (with > 0 && n > 1) f |= 1u << AG_F_PRINCIPALS;
            /* Principals counted but not modelled (the rest of a principals_group). */
            if (g->d_total && g->d_total[d] > n) f |= 1u << AG_F_CHAIN_NOT_MODELLED;
        }
        }
    }
    e->why[x] = f | AG_WHY_DONE;
    return f;
}

bool ag_legitimacy_of(ag_legit_cache *k, const ag_legit_subject *sub, ag_instrument_legitimacy *out) {
    memset(out, 0, sizeof *out);
    ag_legit_entry *e = ag_legit_state(k, sub->topics);
    if (!e) return false;
    const ag_lgraph *g = k->g;
    bool every = true, authorized = false;
    for (int i = 0; i < sub->nissuers; i++) {
        int32_t x = sub->issuers[i];
        if (x < 0) continue;
        if (out->nissuers < 16) out->issuers[out->nissuers++] = x;
        if (g->actor_ai[x]) out->findings |= 1u << AG_F_AI_RULE_MAKER;
        ag_standing st = ag_legit_standing(e, g, x);
        if (st == AG_SD_AUTHORIZED) authorized = true;
        if (st == AG_SD_NONE || st == AG_SD_PUBLIC) {
            every = false;
            if (st == AG_SD_NONE) {
                /* The explanations of a set are memoized from the first one asked. */
                if (!e->why && !(e->why = AG_NEW(k->a, uint32_t, (size_t)g->nactors + 1))) return false;
                out->findings |= why_not(g, k->cr, e, x, 0);
            }
        }
    }
    if (sub->democratic_decision_to_ai) out->findings |= 1u << AG_F_DEMOCRATIC_DECISION_TO_AI;
    /* Legitimate only when every issuer has a chain. The mode is named only where its
     * definition holds, from the issuers' actual standing and the form (docs/legitimacy.md,
     * "Modes"): a law with an authorized issuer is mode 1 or 2 (co-legislators, one
     * authorized and one mandated: the authorized entity's law); a policy, soft law,
     * standard or contract is mode 3 or 4 only when every issuer is mandated; a law whose
     * issuers are all mandated (delegated rule-making) is that mandated entity's rule,
     * 3 or 4; governance by AI is mode 5 by a mandated entity. An authorized entity making
     * a policy fits none of the five: legitimate, outside the modes (the authors say the
     * framework is not exhaustive). No verdict names a mandate the chain denies. */
    if (every && sub->nissuers && !(out->findings & (1u << AG_F_AI_RULE_MAKER))) {
        if (sub->governance_by_ai) {
            if (authorized) out->findings |= 1u << AG_F_AUTHORIZED_GOVERNANCE_BY_AI;
            else if (!sub->democratic_decision_to_ai) out->mode = 5;
        } else if (sub->law) {
            out->mode = authorized ? (sub->general ? 1 : 2) : (sub->general ? 3 : 4);
        } else if (authorized) {
            out->findings |= 1u << AG_F_OUTSIDE_MODES;
            out->legitimate = true;
        } else {
            out->mode = sub->general ? 3 : 4;
        }
        if (out->mode) {
            out->findings |= 1u << (AG_F_MODE1 + out->mode - 1);
            out->legitimate = true;
        }
    }
    return true;
}

bool ag_instrument_legitimacy_get(ag_legit_cache *k, const aigov_corpus *c, const ag_instrument *in,
                                  ag_instrument_legitimacy *out) {
    int32_t issuers[16];
    int n = 0;
    for (int i = 0; i < in->issuer.n && n < 16; i++)
        issuers[n++] = ag_map_get(&c->actor_index, in->issuer.items[i], strlen(in->issuer.items[i]));
    ag_topicmask tm;
    bool all;
    ag_topicmask_of(c, &in->topics, &tm, &all);
    ag_legit_subject sub = {
        .issuers = issuers, .nissuers = n, .topics = all ? NULL : &tm,
        .general = !strcmp(in->form, "general_law") || !strcmp(in->form, "general_policy"),
        .law = !strcmp(in->form, "general_law") || !strcmp(in->form, "special_law"),
        .governance_by_ai = !strcmp(in->form, "governance_by_ai"),
        .democratic_decision_to_ai = in->ai_system && in->ai_decides && in->ai_decision &&
                                     !strcmp(in->ai_decision, "democratic"),
    };
    return ag_legitimacy_of(k, &sub, out);
}
