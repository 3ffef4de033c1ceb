/* legitimacy.c — chains, standing, modes and defects (legitimacy.h). Reads the corpus
 * and a criterion; owns the algorithm (one multi-source BFS with principal counting,
 * linear in the graph) and the mapping from data to Erman & Furendal's modes. Must not
 * hold any per-country or per-instrument judgement: that lives in data. */
#include "legitimacy.h"
#include "builtin.h"
#include "yamltree.h"

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

ag_criterion *ag_criterion_parse(ag_arena *a, const char *file, const char *src, size_t len, aigov_diags *d) {
    ag_ynode *root = ag_yaml_parse(a, file, 0, src, len, d);
    if (!root) return NULL;
    if (root->kind != AG_Y_MAP) {
        ag_diag_add(d, file, src, len, root->line, root->col, 1, "a criterion file must be a mapping");
        return NULL;
    }
    static const char *const keys[] = {"name", "title", "source", "limits", "democratic", "require", "multilateral", NULL};
    bool ok = true;
    for (int i = 0; i + 1 < root->nkids; i += 2) {
        const ag_ynode *k = root->kids[i];
        bool found = false;
        for (int j = 0; keys[j]; j++) if (!strcmp(keys[j], k->str)) found = true;
        if (!found) {
            const char *s = ag_suggest(k->str, k->len, keys, 7);
            if (s) ag_diag_add(d, file, src, len, k->line, k->col, (int)k->len, "unknown key '%s' in a criterion (did you mean '%s'?)", k->str, s);
            else ag_diag_add(d, file, src, len, k->line, k->col, (int)k->len, "unknown key '%s' in a criterion", k->str);
            ok = false;
        }
    }
    ag_criterion *cr = AG_NEW(a, ag_criterion, 1);
    if (!cr) return NULL;
    const ag_ynode *n = yget(root, "name");
    if (!n || n->kind != AG_Y_SCALAR) {
        ag_diag_add(d, file, src, len, root->line, root->col, 1, "a criterion needs a 'name'");
        return NULL;
    }
    cr->name = n->str;
    const ag_ynode *t;
    cr->title = (t = yget(root, "title")) && t->kind == AG_Y_SCALAR ? t->str : cr->name;
    cr->source = (t = yget(root, "source")) && t->kind == AG_Y_SCALAR ? t->str : "";
    cr->limits = (t = yget(root, "limits")) && t->kind == AG_Y_SCALAR ? t->str : "";
    const ag_ynode *dem = yget(root, "democratic");
    if (dem && dem->kind != AG_Y_MAP) { ag_diag_add(d, file, src, len, dem->line, dem->col, 1, "'democratic' must be a mapping"); return NULL; }
    ok &= ylist(a, file, src, len, yget(dem, "accountability_any"), &cr->accountability_any, d);
    ok &= ylist(a, file, src, len, yget(dem, "publics_include"), &cr->publics_include, d);
    ok &= ylist(a, file, src, len, yget(dem, "publics_exclude"), &cr->publics_exclude, d);
    const ag_ynode *req = yget(root, "require");
    cr->require_accountability = cr->require_revocable = true;
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
    cr->multilateral = AG_RULE_AS_DECLARED;
    const ag_ynode *ml = yget(root, "multilateral");
    if (ml) {
        static const char *const rules[] = {"all", "majority", "any", "as_declared"};
        int r = -1;
        for (int i = 0; i < 4; i++) if (ml->kind == AG_Y_SCALAR && !strcmp(ml->str, rules[i])) r = i;
        if (r < 0) { ag_diag_add(d, file, src, len, ml->line, ml->col, 1, "'multilateral' must be all, majority, any or as_declared"); ok = false; }
        else cr->multilateral = (ag_principals_rule)r;
    }
    return ok ? cr : NULL;
}

ag_criterion *ag_criterion_default(ag_arena *a, aigov_diags *d) {
    const ag_builtin_file *f = ag_builtin_criteria();
    return ag_criterion_parse(a, "criteria/default.yaml", f->data, f->len, d);
}

/* ---- Graph ------------------------------------------------------------------------------- */
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
    return true;
}

ag_lgraph *ag_lgraph_build(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr) {
    ag_lgraph *g = AG_NEW(a, ag_lgraph, 1);
    if (!g) return NULL;
    int32_t na = c->nactors, nd = c->ndelegations;
    g->nactors = na;
    g->ndelegations = nd;
    g->actor_public = AG_NEW(a, uint8_t, (size_t)na + 1);
    g->actor_ai = AG_NEW(a, uint8_t, (size_t)na + 1);
    g->d_to = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_from_off = AG_NEW(a, int32_t, (size_t)nd + 1);
    g->d_kind = AG_NEW(a, uint8_t, (size_t)nd + 1);
    g->d_rule = AG_NEW(a, uint8_t, (size_t)nd + 1);
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
    if (!g->actor_public || !g->actor_ai || !g->d_to || !g->d_from_off || !g->d_kind || !g->d_rule ||
        !g->d_accountable || !g->d_democratic || !g->d_revocable || !g->d_scope_all || !g->d_scope ||
        !g->d_from_date || !g->d_until || !g->d_revoked || !g->d_from)
        return NULL;
    for (int32_t i = 0; i < na; i++) {
        g->actor_public[i] = !strcmp(c->actors[i].kind, "public");
        g->actor_ai[i] = !strcmp(c->actors[i].kind, "ai_system");
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
        bool dem = false;
        for (int k = 0; k < dl->accountability.n && !dem; k++) dem = in_list(&cr->accountability_any, dl->accountability.items[k]);
        /* Explicit per-public overrides of the criterion (any principal listed). */
        for (int k = 0; k < dl->from.n; k++) {
            if (in_list(&cr->publics_include, dl->from.items[k])) dem = true;
            if (in_list(&cr->publics_exclude, dl->from.items[k])) { dem = false; break; }
        }
        g->d_democratic[d] = dem;
        g->d_revocable[d] = dl->revocable;
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
ag_reject ag_delegation_usable(const ag_lgraph *g, const ag_criterion *cr, const ag_lstate *s, int32_t d) {
    if (g->d_from_date[d] != AG_DATE_NONE && s->date < g->d_from_date[d]) return AG_RJ_NOT_YET;
    if (g->d_revoked[d] != AG_DATE_NONE && s->date >= g->d_revoked[d]) return AG_RJ_REVOKED;
    if (g->d_until[d] != AG_DATE_NONE && s->date >= g->d_until[d]) return AG_RJ_EXPIRED;
    if (!s->topics_all && !g->d_scope_all[d]) {
        bool meet = false;
        for (int w = 0; w < AG_TOPIC_WORDS; w++) if (g->d_scope[d].w[w] & s->topics.w[w]) meet = true;
        if (!meet) return AG_RJ_SCOPE;
    }
    if (cr->require_accountability && !g->d_accountable[d]) return AG_RJ_NO_ACCOUNTABILITY;
    if (cr->require_revocable && !g->d_revocable[d]) return AG_RJ_NOT_REVOCABLE;
    if (g->d_kind[d] == AG_D_AUTHORIZATION && !g->d_democratic[d]) return AG_RJ_NOT_DEMOCRATIC;
    return AG_RJ_OK;
}

int32_t ag_delegation_threshold(const ag_lgraph *g, const ag_lstate *s, int32_t d) {
    int32_t n = g->d_from_off[d + 1] - g->d_from_off[d];
    ag_principals_rule r = s->rule == AG_RULE_AS_DECLARED ? (ag_principals_rule)g->d_rule[d] : s->rule;
    if (n == 0) return 1; /* never satisfiable: no principal */
    return r == AG_RULE_ANY ? 1 : r == AG_RULE_MAJORITY ? n / 2 + 1 : n;
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

/* ---- Cache --------------------------------------------------------------------------- */
void ag_legit_cache_init(ag_legit_cache *k, ag_arena *a, const ag_lgraph *g, const ag_criterion *cr, int32_t date) {
    memset(k, 0, sizeof *k);
    k->a = a;
    k->g = g;
    k->cr = cr;
    k->date = date;
}

ag_legit_entry *ag_legit_state(ag_legit_cache *k, const ag_topicmask *topics) {
    for (int i = 0; i < k->n; i++) {
        ag_legit_entry *e = &k->entries[i];
        if (topics ? (!e->all && !memcmp(&e->mask, topics, sizeof *topics)) : e->all) return e;
    }
    if (k->n == k->cap) {
        int cap = k->cap ? k->cap * 2 : 8;
        ag_legit_entry *ne = AG_NEW(k->a, ag_legit_entry, (size_t)cap);
        if (!ne) return NULL;
        if (k->n) memcpy(ne, k->entries, sizeof *ne * (size_t)k->n);
        k->entries = ne;
        k->cap = cap;
    }
    ag_legit_entry *e = &k->entries[k->n];
    memset(e, 0, sizeof *e);
    e->all = topics == NULL;
    if (topics) e->mask = *topics;
    e->why = AG_NEW(k->a, uint32_t, (size_t)k->g->nactors + 1);
    e->why_mark = AG_NEW(k->a, uint8_t, (size_t)k->g->nactors + 1);
    if (!e->why || !e->why_mark || !ag_lstate_compute(k->a, k->g, k->cr, k->date, topics, &e->state)) return NULL;
    k->n++;
    return e;
}

/* ---- Instruments ------------------------------------------------------------------------- */
/* Why actor x has no standing: the findings from its incoming delegations, following
 * principals without standing up the graph to the root causes (a public whose
 * authorization fails the criterion, an expired mandate, ...). Memoized per state, so
 * each actor is explained once: linear in the graph. An actor met again while it is
 * being explained closes a cycle. Recursion is bounded by AG_LEGIT_WHY_DEPTH; past it
 * the remaining causes are summarised as no chain. */
#define AG_LEGIT_WHY_DEPTH 64
static uint32_t why_not(const ag_lgraph *g, const ag_criterion *cr, ag_legit_entry *e, int32_t x, int depth) {
    if (e->why_mark[x] == 2) return e->why[x];
    if (e->why_mark[x] == 1) return 1u << AG_F_CYCLE;
    if (g->in_off[x] == g->in_off[x + 1] || depth > AG_LEGIT_WHY_DEPTH) return 1u << AG_F_NO_CHAIN;
    const ag_lstate *s = &e->state;
    uint32_t f = 0;
    e->why_mark[x] = 1;
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
                if (s->standing[p] != AG_SD_NONE) { with++; continue; }
                f |= why_not(g, cr, e, p, depth + 1);
            }
            if (with > 0 && n > 1) f |= 1u << AG_F_PRINCIPALS;
        }
        }
    }
    e->why[x] = f;
    e->why_mark[x] = 2;
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
        uint8_t st = e->state.standing[x];
        if (st == AG_SD_AUTHORIZED) authorized = true;
        if (st == AG_SD_NONE || st == AG_SD_PUBLIC) {
            every = false;
            if (st == AG_SD_NONE) out->findings |= why_not(g, k->cr, e, x, 0);
        }
    }
    if (sub->democratic_decision_to_ai) out->findings |= 1u << AG_F_DEMOCRATIC_DECISION_TO_AI;
    /* Legitimate only when every issuer has a chain; the mode follows the most direct
     * issuer (co-legislators: one authorized, one mandated -> an authorized entity's law). */
    if (every && sub->nissuers && !(out->findings & (1u << AG_F_AI_RULE_MAKER))) {
        if (sub->governance_by_ai) {
            if (authorized) out->findings |= 1u << AG_F_AUTHORIZED_GOVERNANCE_BY_AI;
            else if (!sub->democratic_decision_to_ai) out->mode = 5;
        } else {
            out->mode = authorized ? (sub->general ? 1 : 2) : (sub->general ? 3 : 4);
        }
        if (out->mode) out->findings |= 1u << (AG_F_MODE1 + out->mode - 1);
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
        .governance_by_ai = !strcmp(in->form, "governance_by_ai"),
        .democratic_decision_to_ai = in->ai_system && in->ai_decides && in->ai_decision &&
                                     !strcmp(in->ai_decision, "democratic"),
    };
    return ag_legitimacy_of(k, &sub, out);
}
