/* index.c — builds the compiled, indexed form of a corpus (aigov_index) and evaluates it.
 *
 * Owns: lowering conditions to programs of atoms (index.h), extracting from each
 * condition a *key* — a requirement on one slot that holds whenever the condition is not
 * false — and the inverted index over those keys; a profile's candidate conditions; the
 * evaluation of programs in three-valued logic with the same values and deciding slots as
 * ag_cel_eval. Must not: decide statuses (check.c), allocate after ag_worker_new, print.
 *
 * Why keys are sound in three-valued logic: a key says "this condition is false unless
 * slot s is unknown or its value meets K". A condition whose key does not hold is false
 * (so its instrument is not reached, or its provision is not_applicable and left out);
 * a condition whose key slot is unknown is always a candidate, since its value may be
 * unknown, which is never silently turned into false. */
#include "check/index.h"

#include <stdlib.h>

/* ---- Building ------------------------------------------------------------------------ */

enum { K_NONE, K_NEVER, K_TERMS, K_LOWER, K_UPPER };

typedef struct key {
    int kind;
    int slot;
    uint64_t *terms; /* K_TERMS: over the slot's domain (in the build arena) */
    double bound;
    bool incl;
} key;

typedef struct bctx {
    aigov_index *x;
    ag_arena tmp;   /* keys' term sets; freed when the build ends */
    ag_vec nodes, kids, words;
    bool oom;
} bctx;

static uint32_t ptr_hash(const void *p) {
    uint64_t v = (uint64_t)(uintptr_t)p;
    v ^= v >> 33;
    v *= 0xff51afd7ed558ccdull;
    v ^= v >> 33;
    return (uint32_t)v;
}

static int32_t term_of_ptr(const aigov_index *x, const char *s) {
    for (uint32_t i = ptr_hash(s) & (x->ptr_cap - 1);; i = (i + 1) & (x->ptr_cap - 1)) {
        if (!x->ptr_keys[i]) return -1;
        if (x->ptr_keys[i] == s) return x->ptr_vals[i];
    }
}

/* The term id of string s (len bytes) in slot's domain, or -1. */
static int32_t term_of(const aigov_index *x, const ag_slot_index *si, const char *s, size_t len) {
    if (si->regions) return ag_map_get(&x->c->region_index, s, len);
    if (si->vocab >= 0) return ag_map_get(&x->c->vocabs[si->vocab].index, s, len);
    return -1;
}

/* A term of a profile value: by its interned pointer first (profile.c stores the corpus's
 * own strings), else by content. */
static int32_t value_term(const aigov_index *x, const ag_slot_index *si, const ag_value *v) {
    int32_t t = term_of_ptr(x, v->u.str);
    if (t >= 0 && t < si->domain) {
        const char *canon = si->regions ? x->c->regions[t].code : x->c->vocabs[si->vocab].terms[t];
        if (canon == v->u.str) return t;
    }
    return term_of(x, si, v->u.str, v->n);
}

static uint64_t *new_words(bctx *b, uint32_t n, uint32_t *off) {
    *off = (uint32_t)b->words.n;
    for (uint32_t i = 0; i < n; i++)
        if (!ag_vec_push(&b->words)) { b->oom = true; return NULL; }
    return (uint64_t *)b->words.items + *off;
}

static bool list_slot(const aigov_index *x, const ag_cel_node *n) {
    if (n->op != AG_OP_FIELD) return false;
    ag_ftype t = x->c->fields[n->slot].type;
    return (t == AG_F_TERMS || t == AG_F_REGIONS) && x->slots[n->slot].domain > 0;
}

static bool term_slot(const aigov_index *x, const ag_cel_node *n) {
    return n->op == AG_OP_FIELD && x->c->fields[n->slot].type == AG_F_TERM && x->slots[n->slot].domain > 0;
}

/* A constant set for slot: a literal list (or one string) whose items are all terms of the
 * slot's domain, or a named set of regions. Fills node->bits or node->konst. */
static bool const_set(bctx *b, const ag_cel_node *k, int slot, ag_pnode *node) {
    const aigov_index *x = b->x;
    const ag_slot_index *si = &x->slots[slot];
    node->konst = -1;
    if (k->op == AG_OP_NAMED) {
        if (!si->regions || k->konst < 0 || k->konst >= x->c->nconsts) return false;
        node->konst = k->konst;
        return true;
    }
    if (k->op != AG_OP_CONST) return false;
    const ag_value *items = &k->v;
    uint32_t n = 1;
    if (k->v.kind == AG_V_LIST) { items = k->v.u.items; n = k->v.n; }
    for (uint32_t i = 0; i < n; i++)
        if (items[i].kind != AG_V_STR || term_of(x, si, items[i].u.str, items[i].n) < 0) return false;
    uint32_t off;
    uint64_t *w = new_words(b, si->words, &off);
    if (!w) return false;
    for (uint32_t i = 0; i < n; i++) {
        int32_t t = term_of(x, si, items[i].u.str, items[i].n);
        w[t >> 6] |= 1ull << (t & 63);
    }
    node->bits = off;
    return true;
}

static uint8_t flip(uint8_t cmp) {
    switch (cmp) {
    case AG_OP_LT: return AG_OP_GT;
    case AG_OP_LE: return AG_OP_GE;
    case AG_OP_GT: return AG_OP_LT;
    case AG_OP_GE: return AG_OP_LE;
    default: return cmp;
    }
}

/* Lowers CEL node i of e into a program node; returns its index (or UINT32_MAX on OOM). */
static uint32_t lower(bctx *b, const ag_expr *e, uint32_t i) {
    const aigov_index *x = b->x;
    const ag_cel_node *n = &e->nodes[i];
    const uint32_t *kids = e->kids ? &e->kids[n->kid0] : NULL;
    ag_pnode node;
    memset(&node, 0, sizeof node);
    node.op = AG_P_FALLBACK;
    node.cel = i;
    node.konst = -1;
    node.slot = -1;
    uint32_t sub[64];
    uint32_t nsub = 0;
    switch (n->op) {
    case AG_OP_CONST:
        if (n->v.kind == AG_V_BOOL) { node.op = AG_P_CONST; node.tv = n->v.u.b ? AG_TV_TRUE : AG_TV_FALSE; }
        break;
    case AG_OP_FIELD:
        if (x->c->fields[n->slot].type == AG_F_BOOL) { node.op = AG_P_BOOL; node.slot = n->slot; }
        break;
    case AG_OP_HAS:
        node.op = AG_P_HAS;
        node.slot = n->slot;
        break;
    case AG_OP_AND: case AG_OP_OR: case AG_OP_NOT:
        if (n->nkids > AG_ARRAY_LEN(sub)) break; /* wide: evaluated as CEL */
        for (uint32_t k = 0; k < n->nkids; k++) {
            sub[nsub++] = lower(b, e, kids[k]);
            if (sub[nsub - 1] == UINT32_MAX) return UINT32_MAX;
        }
        node.op = n->op == AG_OP_AND ? AG_P_AND : n->op == AG_OP_OR ? AG_P_OR : AG_P_NOT;
        break;
    case AG_OP_IN: {
        const ag_cel_node *a = &e->nodes[kids[0]], *l = &e->nodes[kids[1]];
        if (list_slot(x, l) && a->op == AG_OP_CONST && a->v.kind == AG_V_STR && const_set(b, a, l->slot, &node)) {
            node.op = AG_P_ANY; node.slot = l->slot;
        } else if (term_slot(x, a) && l->op == AG_OP_CONST && l->v.kind == AG_V_LIST && const_set(b, l, a->slot, &node)) {
            node.op = AG_P_ANY; node.slot = a->slot;
        }
        break;
    }
    case AG_OP_INTERSECTS: case AG_OP_CONTAINS: {
        const ag_cel_node *a = &e->nodes[kids[0]], *c = &e->nodes[kids[1]];
        if (list_slot(x, a) && !list_slot(x, c) && const_set(b, c, a->slot, &node)) {
            node.op = n->op == AG_OP_INTERSECTS ? AG_P_ANY : AG_P_ALL; node.slot = a->slot;
        } else if (list_slot(x, c) && !list_slot(x, a) && const_set(b, a, c->slot, &node)) {
            node.op = n->op == AG_OP_INTERSECTS ? AG_P_ANY : AG_P_SUB; node.slot = c->slot;
        }
        break;
    }
    case AG_OP_EQ: case AG_OP_NE: case AG_OP_LT: case AG_OP_LE: case AG_OP_GT: case AG_OP_GE: {
        const ag_cel_node *a = &e->nodes[kids[0]], *c = &e->nodes[kids[1]];
        uint8_t cmp = n->op;
        if (a->op == AG_OP_CONST && c->op == AG_OP_FIELD) { const ag_cel_node *t = a; a = c; c = t; cmp = flip(cmp); }
        if (a->op != AG_OP_FIELD || c->op != AG_OP_CONST) break;
        ag_ftype ft = x->c->fields[a->slot].type;
        if ((ft == AG_F_NUMBER && c->v.kind == AG_V_NUM) || (ft == AG_F_DATE && c->v.kind == AG_V_DATE)) {
            node.op = AG_P_NUM; node.slot = a->slot; node.cmp = cmp;
            node.bound = c->v.kind == AG_V_NUM ? c->v.u.num : (double)c->v.u.date;
        } else if ((cmp == AG_OP_EQ || cmp == AG_OP_NE) && term_slot(x, a) && c->v.kind == AG_V_STR &&
                   const_set(b, c, a->slot, &node)) {
            node.op = AG_P_ANY; node.slot = a->slot; node.neg = cmp == AG_OP_NE;
        }
        break;
    }
    default: break;
    }
    if (b->oom) return UINT32_MAX;
    node.kid0 = (uint32_t)b->kids.n;
    node.nkids = nsub;
    for (uint32_t k = 0; k < nsub; k++) {
        uint32_t *slot = ag_vec_push(&b->kids);
        if (!slot) { b->oom = true; return UINT32_MAX; }
        *slot = sub[k];
    }
    ag_pnode *out = ag_vec_push(&b->nodes);
    if (!out) { b->oom = true; return UINT32_MAX; }
    *out = node;
    return (uint32_t)b->nodes.n - 1;
}

/* ---- Keys ------------------------------------------------------------------------------ */

static int popcount_words(const uint64_t *w, uint32_t n) {
    int c = 0;
    for (uint32_t i = 0; i < n; i++) c += __builtin_popcountll(w[i]);
    return c;
}

/* How good a key is for pruning: lower is better. */
static int key_rank(const aigov_index *x, const key *k) {
    if (k->kind == K_TERMS) return popcount_words(k->terms, x->slots[k->slot].words);
    return 1 << 20;
}

/* The keys of a node: every one holds whenever the node is not false (so a condition is
 * a candidate only when all its keys hold). No keys: always a candidate; `never`: the
 * node is false for every profile. */
#define MAX_KEYS 4
typedef struct klist {
    key k[MAX_KEYS];
    int n;
    bool never;
} klist;

static void klist_add(const aigov_index *x, klist *l, const key *k) {
    /* One key per slot (the index keeps one term set or bound per slot and condition):
     * both are necessary, so keeping either is sound; keep the more selective. */
    for (int i = 0; i < l->n; i++) {
        key *o = &l->k[i];
        if (o->slot != k->slot) continue;
        if (o->kind != k->kind) return;
        if (k->kind == K_TERMS ? key_rank(x, k) < key_rank(x, o)
                               : k->kind == K_LOWER ? k->bound > o->bound || (k->bound == o->bound && !k->incl)
                                                    : k->bound < o->bound || (k->bound == o->bound && !k->incl))
            *o = *k;
        return;
    }
    if (l->n < MAX_KEYS) { l->k[l->n++] = *k; return; }
    /* Full: replace the least selective if k is better. */
    int worst = 0;
    for (int i = 1; i < l->n; i++)
        if (key_rank(x, &l->k[i]) > key_rank(x, &l->k[worst])) worst = i;
    if (key_rank(x, k) < key_rank(x, &l->k[worst])) l->k[worst] = *k;
}

static uint64_t *copy_terms(bctx *b, const key *k) {
    uint32_t n = b->x->slots[k->slot].words;
    uint64_t *t = AG_NEW(&b->tmp, uint64_t, n ? n : 1);
    if (!t) { b->oom = true; return NULL; }
    memcpy(t, k->terms, n * sizeof *t);
    return t;
}

/* The disjunction of key lists: for each key of the first that every other list has on
 * the same slot and kind, their union (a term set union, the loosest bound). */
static klist klist_or(bctx *b, const klist *ls, int n) {
    klist out;
    memset(&out, 0, sizeof out);
    const klist *first = NULL;
    for (int i = 0; i < n; i++) {
        if (ls[i].never) continue;
        if (ls[i].n == 0) return out; /* a disjunct with no key: none for the whole */
        if (!first) first = &ls[i];
    }
    if (!first) { out.never = true; return out; }
    for (int a = 0; a < first->n; a++) {
        key u = first->k[a];
        if (u.kind == K_TERMS && !(u.terms = copy_terms(b, &u))) return out;
        bool all = true;
        for (int i = 0; i < n && all; i++) {
            if (ls[i].never || &ls[i] == first) continue;
            const key *m = NULL;
            for (int j = 0; j < ls[i].n && !m; j++)
                if (ls[i].k[j].kind == u.kind && ls[i].k[j].slot == u.slot) m = &ls[i].k[j];
            if (!m) { all = false; break; }
            if (u.kind == K_TERMS)
                for (uint32_t w = 0; w < b->x->slots[u.slot].words; w++) u.terms[w] |= m->terms[w];
            else if (u.kind == K_LOWER ? (m->bound < u.bound || (m->bound == u.bound && m->incl))
                                       : (m->bound > u.bound || (m->bound == u.bound && m->incl))) {
                u.bound = m->bound;
                u.incl = m->incl;
            }
        }
        if (all) klist_add(b->x, &out, &u);
    }
    return out;
}

static klist key_of(bctx *b, const ag_prog *pg, uint32_t i) {
    const aigov_index *x = b->x;
    const ag_pnode *n = &pg->nodes[i];
    klist l;
    memset(&l, 0, sizeof l);
    key k = {K_NONE, -1, NULL, 0, false};
    switch (n->op) {
    case AG_P_CONST:
        l.never = n->tv == AG_TV_FALSE;
        return l;
    case AG_P_BOOL: case AG_P_ANY: case AG_P_ALL: {
        const ag_slot_index *si = &x->slots[n->slot];
        if (n->neg) return l;
        k.terms = AG_NEW(&b->tmp, uint64_t, si->words ? si->words : 1);
        if (!k.terms) { b->oom = true; return l; }
        k.kind = K_TERMS;
        k.slot = n->slot;
        if (n->op == AG_P_BOOL) k.terms[0] = 2; /* needs true */
        else if (n->konst >= 0) {
            /* A named set changes with the date: every region that was ever a member. */
            const ag_region *g = &x->c->regions[x->c->consts[n->konst]];
            for (int m = 0; m < g->nmembers; m++) k.terms[g->members[m].region >> 6] |= 1ull << (g->members[m].region & 63);
        } else {
            const uint64_t *cs = (const uint64_t *)b->words.items + n->bits;
            if (n->op == AG_P_ANY) memcpy(k.terms, cs, si->words * sizeof *cs);
            else {
                /* sets.contains(f, K): every term of K is needed; one of them is a key. */
                bool found = false;
                for (uint32_t w = 0; w < si->words && !found; w++)
                    if (cs[w]) { k.terms[w] = cs[w] & (~cs[w] + 1); found = true; }
                if (!found) return l; /* empty K: always true */
            }
        }
        if (popcount_words(k.terms, si->words) == 0) { l.never = true; return l; }
        klist_add(x, &l, &k);
        return l;
    }
    case AG_P_NOT: {
        const ag_pnode *c = &pg->nodes[pg->kids[n->kid0]];
        if (c->op == AG_P_BOOL) {
            k.terms = AG_NEW(&b->tmp, uint64_t, 1);
            if (!k.terms) { b->oom = true; return l; }
            k.kind = K_TERMS; k.slot = c->slot; k.terms[0] = 1; /* needs false */
            klist_add(x, &l, &k);
        } else if (c->op == AG_P_CONST && c->tv == AG_TV_TRUE) l.never = true;
        return l;
    }
    case AG_P_NUM:
        if (n->cmp == AG_OP_GE || n->cmp == AG_OP_GT || n->cmp == AG_OP_EQ) {
            k.kind = K_LOWER; k.slot = n->slot; k.bound = n->bound; k.incl = n->cmp != AG_OP_GT;
            klist_add(x, &l, &k);
        } else if (n->cmp == AG_OP_LE || n->cmp == AG_OP_LT) {
            k.kind = K_UPPER; k.slot = n->slot; k.bound = n->bound; k.incl = n->cmp == AG_OP_LE;
            klist_add(x, &l, &k);
        }
        return l;
    case AG_P_AND:
        /* Every conjunct's keys are keys of the conjunction. */
        for (uint32_t c = 0; c < n->nkids; c++) {
            klist kc = key_of(b, pg, pg->kids[n->kid0 + c]);
            if (kc.never) { l.never = true; l.n = 0; return l; }
            for (int j = 0; j < kc.n; j++) klist_add(x, &l, &kc.k[j]);
        }
        /* Thresholds are met by most profiles and cost a count each: keep them only
         * when there is no term key to prune with. */
        bool terms = false;
        for (int j = 0; j < l.n; j++) terms |= l.k[j].kind == K_TERMS;
        if (terms) {
            int m = 0;
            for (int j = 0; j < l.n; j++)
                if (l.k[j].kind == K_TERMS) l.k[m++] = l.k[j];
            l.n = m;
        }
        return l;
    case AG_P_OR: {
        klist ls[16];
        uint32_t m = n->nkids <= 16 ? n->nkids : 0; /* wider: no key */
        for (uint32_t c = 0; c < m; c++) ls[c] = key_of(b, pg, pg->kids[n->kid0 + c]);
        return m ? klist_or(b, ls, (int)m) : l;
    }
    default:
        return l;
    }
}

static bool compile(bctx *b, const ag_expr *e, ag_prog *out) {
    b->nodes.n = 0;
    b->kids.n = 0;
    uint32_t root = lower(b, e, e->root);
    if (root == UINT32_MAX) return false;
    out->e = e;
    out->root = root;
    out->nodes = ag_vec_freeze(&b->nodes, &b->x->arena);
    out->kids = b->kids.n ? ag_vec_freeze(&b->kids, &b->x->arena) : NULL;
    return out->nodes && (!b->kids.n || out->kids);
}

/* Threshold lists are sorted so that the keys a value meets are a prefix: by bound
 * (ascending for lower bounds, descending for upper), and at equal bounds the inclusive
 * ones first (a value equal to the bound meets `>=` but not `>`). */
static int cmp_lower(const void *a, const void *b) {
    const struct ag_bound *x = a, *y = b;
    if (x->bound != y->bound) return x->bound < y->bound ? -1 : 1;
    return (int)y->incl - (int)x->incl;
}
static int cmp_upper(const void *a, const void *b) {
    const struct ag_bound *x = a, *y = b;
    if (x->bound != y->bound) return x->bound > y->bound ? -1 : 1;
    return (int)y->incl - (int)x->incl;
}

/* s as a JSON string literal (quotes and RFC 8259 escapes) in the arena. */
static bool json_quote(ag_arena *a, const char *s, ag_jstr *out) {
    size_t n = strlen(s);
    char *d = ag_arena_alloc(a, 1, n * 6 + 3, 1);
    if (!d) return false;
    size_t k = 0;
    d[k++] = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') { d[k++] = '\\'; d[k++] = (char)ch; }
        else if (ch < 0x20) {
            static const char hex[] = "0123456789abcdef";
            memcpy(d + k, "\\u00", 4);
            d[k + 4] = hex[ch >> 4];
            d[k + 5] = hex[ch & 15];
            k += 6;
        } else d[k++] = (char)ch;
    }
    d[k++] = '"';
    d[k] = 0;
    out->s = d;
    out->len = (uint32_t)k;
    return true;
}

static aigov_status build(aigov_index *x) {
    const aigov_corpus *c = x->c;
    int ni = c->ninstruments;
    x->trig0 = AG_NEW(&x->arena, int, (size_t)ni + 1);
    x->exempt0 = AG_NEW(&x->arena, int, (size_t)ni + 1);
    x->prov0 = AG_NEW(&x->arena, int, (size_t)ni + 1);
    if (!x->trig0 || !x->exempt0 || !x->prov0) return AIGOV_NOMEM;
    for (int i = 0; i < ni; i++) {
        x->trig0[i + 1] = x->trig0[i] + c->instruments[i].nscope;
        x->exempt0[i + 1] = x->exempt0[i] + c->instruments[i].nexemptions;
        x->prov0[i + 1] = x->prov0[i] + c->instruments[i].nprovisions;
    }
    x->ntrig = x->trig0[ni];
    x->inst_of_trig = AG_NEW(&x->arena, int, (size_t)x->ntrig + 1);
    if (!x->inst_of_trig) return AIGOV_NOMEM;
    for (int i = 0; i < ni; i++)
        for (int t = x->trig0[i]; t < x->trig0[i + 1]; t++) x->inst_of_trig[t] = i;
    x->nexempt = x->exempt0[ni];
    x->nprov = x->prov0[ni];
    x->ncond = x->ntrig + x->nprov;

    /* Term domains and their profile-side words. */
    x->slots = AG_NEW(&x->arena, ag_slot_index, (size_t)c->nfields + 1);
    if (!x->slots) return AIGOV_NOMEM;
    for (int s = 0; s < c->nfields; s++) {
        ag_slot_index *si = &x->slots[s];
        si->vocab = -1;
        switch (c->fields[s].type) {
        case AG_F_TERM: case AG_F_TERMS:
            si->vocab = c->fields[s].vocab;
            si->domain = si->vocab >= 0 ? c->vocabs[si->vocab].n : 0;
            break;
        case AG_F_REGIONS: si->regions = true; si->domain = c->nregions; break;
        case AG_F_BOOL: si->boolean = true; si->domain = 2; break;
        default: break;
        }
        si->words = (uint32_t)(si->domain + 63) / 64;
        if (!si->boolean) { si->pbits = x->pwords; x->pwords += si->words; }
    }

    /* Interned pointers of every term and region code. */
    size_t nptr = (size_t)c->nregions;
    for (int v = 0; v < c->nvocabs; v++) nptr += (size_t)c->vocabs[v].n;
    x->ptr_cap = 16;
    while (x->ptr_cap < 2 * nptr + 2) x->ptr_cap *= 2;
    x->ptr_keys = AG_NEW(&x->arena, const char *, x->ptr_cap);
    x->ptr_vals = AG_NEW(&x->arena, int32_t, x->ptr_cap);
    if (!x->ptr_keys || !x->ptr_vals) return AIGOV_NOMEM;
    for (int v = -1; v < c->nvocabs; v++) {
        int n = v < 0 ? c->nregions : c->vocabs[v].n;
        for (int t = 0; t < n; t++) {
            const char *s = v < 0 ? c->regions[t].code : c->vocabs[v].terms[t];
            uint32_t h = ptr_hash(s) & (x->ptr_cap - 1);
            while (x->ptr_keys[h] && x->ptr_keys[h] != s) h = (h + 1) & (x->ptr_cap - 1);
            x->ptr_keys[h] = s;
            x->ptr_vals[h] = t;
        }
    }

    /* Roles as bits. */
    x->role_vocab = ag_corpus_vocab(c, "roles");
    x->role_slot = ag_map_get(&c->field_index, "role", 4);
    x->role_mask = AG_NEW(&x->arena, uint64_t, (size_t)x->nprov + 1);
    if (!x->role_mask) return AIGOV_NOMEM;
    x->roles_exact = x->role_vocab >= 0 && c->vocabs[x->role_vocab].n <= 64;
    for (int i = 0; i < ni && x->roles_exact; i++)
        for (int k = 0; k < c->instruments[i].nprovisions && x->roles_exact; k++) {
            const ag_strlist *a = &c->instruments[i].provisions[k].addressee;
            for (int r = 0; r < a->n; r++) {
                int32_t t = ag_map_get(&c->vocabs[x->role_vocab].index, a->items[r], strlen(a->items[r]));
                if (t < 0) { x->roles_exact = false; break; }
                x->role_mask[x->prov0[i] + k] |= 1ull << t;
            }
        }

    /* Provision ids and field paths as JSON strings, for the batch output. */
    x->prov_json = AG_NEW(&x->arena, ag_jstr, (size_t)x->nprov + 1);
    x->field_json = AG_NEW(&x->arena, ag_jstr, (size_t)c->nfields + 1);
    if (!x->prov_json || !x->field_json) return AIGOV_NOMEM;
    for (int i = 0; i < ni; i++)
        for (int k = 0; k < c->instruments[i].nprovisions; k++)
            if (!json_quote(&x->arena, c->instruments[i].provisions[k].full_id, &x->prov_json[x->prov0[i] + k])) return AIGOV_NOMEM;
    for (int f = 0; f < c->nfields; f++)
        if (!json_quote(&x->arena, c->fields[f].expr_path, &x->field_json[f])) return AIGOV_NOMEM;

    /* Actions as bits, for finding conflicts without strcmp: a bit for each action some
     * prohibition names (only those can make a conflict); exact while there are at most
     * 64 of them and the role masks are exact. */
    const char *pacts[64];
    int npacts = 0;
    x->actions_exact = x->roles_exact;
    for (int i = 0; i < ni && x->actions_exact; i++)
        for (int k = 0; k < c->instruments[i].nprovisions && x->actions_exact; k++) {
            const ag_provision *p = &c->instruments[i].provisions[k];
            if (!ag_kind_forbids(p->kind)) continue;
            for (int r = 0; r < p->actions.n; r++) {
                int t = 0;
                while (t < npacts && strcmp(pacts[t], p->actions.items[r])) t++;
                if (t < npacts) continue;
                if (npacts == 64) { x->actions_exact = false; break; }
                pacts[npacts++] = p->actions.items[r];
            }
        }
    x->action_mask = AG_NEW(&x->arena, uint64_t, (size_t)x->nprov + 1);
    if (!x->action_mask) return AIGOV_NOMEM;
    for (int i = 0; i < ni && x->actions_exact; i++)
        for (int k = 0; k < c->instruments[i].nprovisions; k++) {
            /* What a prohibition forbids, or what an obligation requires (ag_conflict_meet). */
            const ag_provision *pv = &c->instruments[i].provisions[k];
            const ag_strlist *a = ag_kind_forbids(pv->kind) ? &pv->actions : &pv->required;
            for (int r = 0; r < a->n; r++)
                for (int t = 0; t < npacts; t++)
                    if (!strcmp(pacts[t], a->items[r])) x->action_mask[x->prov0[i] + k] |= 1ull << t;
        }

    /* Provision kinds and instrument binding force, for counting without strcmp. */
    x->prov_flags = AG_NEW(&x->arena, uint8_t, (size_t)x->nprov + 1);
    if (!x->prov_flags) return AIGOV_NOMEM;
    for (int i = 0; i < ni; i++)
        for (int k = 0; k < c->instruments[i].nprovisions; k++) {
            const ag_provision *p = &c->instruments[i].provisions[k];
            uint8_t fl = 0;
            if (ag_kind_forbids(p->kind)) fl |= AG_PF_PROHIBITION;
            if (ag_kind_banned(p->kind)) fl |= AG_PF_BANNED;
            if (!strcmp(p->kind, "obligation")) fl |= AG_PF_OBLIGATION;
            if (!strcmp(c->instruments[i].binding, "binding")) fl |= AG_PF_BINDING;
            x->prov_flags[x->prov0[i] + k] = fl;
        }

    /* Programs and keys. */
    bctx b;
    memset(&b, 0, sizeof b);
    b.x = x;
    ag_arena_init(&b.tmp);
    ag_vec_init(&b.nodes, sizeof(ag_pnode));
    ag_vec_init(&b.kids, sizeof(uint32_t));
    ag_vec_init(&b.words, sizeof(uint64_t));
    klist *keys = calloc((size_t)x->ncond + 1, sizeof *keys);
    x->trig_prog = AG_NEW(&x->arena, ag_prog, (size_t)x->ntrig + 1);
    x->exempt_prog = AG_NEW(&x->arena, ag_prog, (size_t)x->nexempt + 1);
    x->prov_progs = AG_NEW(&x->arena, ag_prog *, (size_t)x->nprov + 1);
    x->prov_nprogs = AG_NEW(&x->arena, int, (size_t)x->nprov + 1);
    x->always = AG_NEW(&x->arena, uint64_t, (size_t)x->ncond / 64 + 1);
    bool ok = keys && x->trig_prog && x->exempt_prog && x->prov_progs && x->prov_nprogs && x->always;
    for (int i = 0; i < ni && ok; i++) {
        const ag_instrument *in = &c->instruments[i];
        for (int t = 0; t < in->nscope && ok; t++) {
            int id = x->trig0[i] + t;
            ok = compile(&b, in->scope[t].when, &x->trig_prog[id]);
            if (ok) keys[id] = key_of(&b, &x->trig_prog[id], x->trig_prog[id].root);
        }
        for (int t = 0; t < in->nexemptions && ok; t++)
            ok = compile(&b, in->exemptions[t].when, &x->exempt_prog[x->exempt0[i] + t]);
        for (int k = 0; k < in->nprovisions && ok; k++) {
            const ag_provision *p = &in->provisions[k];
            int pid = x->prov0[i] + k, n = 1;
            for (int a = 0; a < p->namendments; a++) n += p->amendments[a]->set_when && p->amendments[a]->when;
            ag_prog *progs = AG_NEW(&x->arena, ag_prog, (size_t)n);
            klist *pk = AG_NEW(&b.tmp, klist, (size_t)n);
            if (!progs || !pk) { ok = false; break; }
            int m = 0;
            ok = compile(&b, p->when, &progs[m]);
            if (ok) { pk[m] = key_of(&b, &progs[m], progs[m].root); m++; }
            for (int a = 0; a < p->namendments && ok; a++) {
                const ag_amendment *am = p->amendments[a];
                if (!am->set_when || !am->when) continue;
                ok = compile(&b, am->when, &progs[m]);
                if (ok) { pk[m] = key_of(&b, &progs[m], progs[m].root); m++; }
            }
            x->prov_progs[pid] = progs;
            x->prov_nprogs[pid] = m;
            /* The condition in force depends on the date: a key must hold for every one. */
            if (ok) keys[x->ntrig + pid] = m == 1 ? pk[0] : klist_or(&b, pk, m);
        }
    }
    ok = ok && !b.oom;

    /* The index, as bitsets over conditions (cwords words each). For a slot s: `none`,
     * the conditions with no key on s; per term t, the conditions whose key on s holds
     * when the profile has t; and the threshold keys sorted by bound. A profile's
     * candidates are `possible` AND, for each keyed slot it knows, (none OR the sets of
     * its terms OR its thresholds met). */
    x->cwords = (uint32_t)x->ncond / 64 + 1;
    x->possible = AG_NEW(&x->arena, uint64_t, x->cwords);
    uint32_t *nkeyed = calloc((size_t)c->nfields + 1, sizeof *nkeyed);
    uint32_t *nlow = calloc((size_t)c->nfields + 1, sizeof *nlow), *nup = calloc((size_t)c->nfields + 1, sizeof *nup);
    ok = ok && x->possible && nkeyed && nlow && nup;
    for (int id = 0; id < x->ncond && ok; id++) {
        if (keys[id].never) continue;
        x->possible[id >> 6] |= 1ull << (id & 63);
        if (keys[id].n == 0) x->always[id >> 6] |= 1ull << (id & 63);
        for (int j = 0; j < keys[id].n; j++) {
            const key *k = &keys[id].k[j];
            nkeyed[k->slot]++;
            nlow[k->slot] += k->kind == K_LOWER;
            nup[k->slot] += k->kind == K_UPPER;
        }
    }
    for (int s = 0; s < c->nfields && ok; s++) {
        ag_slot_index *si = &x->slots[s];
        if (!nkeyed[s]) continue;
        si->nkeyed = nkeyed[s];
        si->none = AG_NEW(&x->arena, uint64_t, x->cwords);
        si->lower = AG_NEW(&x->arena, struct ag_bound, nlow[s] + 1);
        si->upper = AG_NEW(&x->arena, struct ag_bound, nup[s] + 1);
        si->tindex = AG_NEW(&x->arena, int32_t, (size_t)si->domain + 1);
        if (!si->none || !si->lower || !si->upper || !si->tindex) { ok = false; break; }
        memcpy(si->none, x->possible, x->cwords * sizeof *si->none);
        /* Which terms some key needs: each gets a bitset. */
        int nt = 0;
        for (int t = 0; t < si->domain; t++) si->tindex[t] = -1;
        for (int id = 0; id < x->ncond; id++)
            for (int j = 0; !keys[id].never && j < keys[id].n; j++) {
                const key *k = &keys[id].k[j];
                if (k->slot != s) continue;
                si->none[id >> 6] &= ~(1ull << (id & 63));
                if (k->kind == K_LOWER) si->lower[si->nlower++] = (struct ag_bound){k->bound, k->incl, (uint32_t)id};
                if (k->kind == K_UPPER) si->upper[si->nupper++] = (struct ag_bound){k->bound, k->incl, (uint32_t)id};
                if (k->kind != K_TERMS) continue;
                for (int t = 0; t < si->domain; t++)
                    if (((k->terms[t >> 6] >> (t & 63)) & 1) && si->tindex[t] < 0) si->tindex[t] = nt++;
            }
        si->tbits = AG_NEW(&x->arena, uint64_t, (size_t)nt * x->cwords + 1);
        if (!si->tbits) { ok = false; break; }
        for (int id = 0; id < x->ncond; id++)
            for (int j = 0; !keys[id].never && j < keys[id].n; j++) {
                const key *k = &keys[id].k[j];
                if (k->slot != s || k->kind != K_TERMS) continue;
                for (int t = 0; t < si->domain; t++)
                    if ((k->terms[t >> 6] >> (t & 63)) & 1)
                        si->tbits[(size_t)si->tindex[t] * x->cwords + (id >> 6)] |= 1ull << (id & 63);
            }
        qsort(si->lower, si->nlower, sizeof *si->lower, cmp_lower);
        qsort(si->upper, si->nupper, sizeof *si->upper, cmp_upper);
        /* Checkpoints: the conditions of the first 64*j entries of each sorted list, so
         * that a profile sets at most 63 bits one by one. */
        for (int side = 0; side < 2; side++) {
            uint32_t nb = side ? si->nupper : si->nlower;
            const struct ag_bound *bs = side ? si->upper : si->lower;
            uint64_t *cp = AG_NEW(&x->arena, uint64_t, (size_t)(nb / 64 + 1) * x->cwords);
            if (!cp) { ok = false; break; }
            for (uint32_t j = 1; j <= nb / 64; j++) {
                uint64_t *d = &cp[(size_t)j * x->cwords];
                memcpy(d, d - x->cwords, x->cwords * sizeof *d);
                for (uint32_t e = (j - 1) * 64; e < j * 64; e++) d[bs[e].cond >> 6] |= 1ull << (bs[e].cond & 63);
            }
            if (side) si->upper_cp = cp;
            else si->lower_cp = cp;
        }
    }
    x->keyed_slots = AG_NEW(&x->arena, int, (size_t)c->nfields + 1);
    ok = ok && x->keyed_slots;
    for (int s = 0; s < c->nfields && ok; s++)
        if (x->slots[s].nkeyed) x->keyed_slots[x->nkeyed_slots++] = s;
    /* Slots whose term sets a profile must compute: those read by set atoms or keys. */
    x->used_slots = AG_NEW(&x->arena, int, (size_t)c->nfields + 1);
    ok = ok && x->used_slots;
    bool *used = calloc((size_t)c->nfields + 1, 1);
    ok = ok && used;
    for (int s = 0; s < c->nfields && ok; s++) used[s] = x->slots[s].nkeyed > 0 && x->slots[s].domain > 0 && !x->slots[s].boolean;
    if (ok) {
        x->words = b.words.n ? ag_vec_freeze(&b.words, &x->arena) : AG_NEW(&x->arena, uint64_t, 1);
        x->nwords = (uint32_t)b.words.n;
        ok = x->words != NULL;
    }
    free(keys);
    free(nkeyed);
    free(nlow);
    free(nup);
    ag_vec_free(&b.nodes);
    ag_vec_free(&b.kids);
    ag_vec_free(&b.words);
    ag_arena_free(&b.tmp);
    if (ok) {
        /* Mark slots read by ANY/ALL/SUB atoms in any program. */
        for (int id = 0; id < x->ntrig + x->nexempt + x->nprov; id++) {
            const ag_prog *pgs;
            int np = 1;
            if (id < x->ntrig) pgs = &x->trig_prog[id];
            else if (id < x->ntrig + x->nexempt) pgs = &x->exempt_prog[id - x->ntrig];
            else { pgs = x->prov_progs[id - x->ntrig - x->nexempt]; np = x->prov_nprogs[id - x->ntrig - x->nexempt]; }
            for (int q = 0; q < np; q++) {
                const ag_prog *pg = &pgs[q];
                /* Nodes are stored children first, root last: the root index bounds them. */
                for (uint32_t j = 0; j <= pg->root; j++) {
                    const ag_pnode *n = &pg->nodes[j];
                    if (n->op == AG_P_ANY || n->op == AG_P_ALL || n->op == AG_P_SUB) used[n->slot] = true;
                }
            }
        }
        for (int s = 0; s < c->nfields; s++)
            if (used[s]) x->used_slots[x->nused++] = s;
    }
    free(used);
    return ok ? AIGOV_OK : AIGOV_NOMEM;
}

aigov_status aigov_index_new(const aigov_corpus *c, aigov_index **out, aigov_diags *d) {
    *out = NULL;
    aigov_index *x = calloc(1, sizeof *x);
    if (!x) return AIGOV_NOMEM;
    ag_arena_init(&x->arena);
    x->c = c;
    aigov_status s = build(x);
    if (s != AIGOV_OK) {
        ag_diag_add(d, c->source, NULL, 0, 0, 0, 0, "out of memory while indexing the corpus");
        aigov_index_free(x);
        return s;
    }
    *out = x;
    return AIGOV_OK;
}

void aigov_index_free(aigov_index *x) {
    if (!x) return;
    ag_arena_free(&x->arena);
    free(x);
}

const ag_prog *ag_index_prov_prog(const aigov_index *x, int prov, const ag_expr *when) {
    const ag_prog *p = x->prov_progs[prov];
    for (int i = 0; i < x->prov_nprogs[prov]; i++)
        if (p[i].e == when) return &p[i];
    return NULL;
}

bool ag_worker_roles_mask(ag_worker *w, const ag_strlist *roles, uint64_t *mask) {
    /* Profiles share the vocabulary's role strings: the last set seen usually repeats. */
    if (w->last_roles.n == roles->n && roles->n <= 4 && w->last_roles_ok) {
        bool same = true;
        for (int i = 0; i < roles->n && same; i++) same = w->last_roles_items[i] == roles->items[i];
        if (same) { *mask = w->last_mask; return true; }
    }
    if (!ag_index_roles_mask(w->x, roles, mask)) return false;
    if (roles->n <= 4) {
        for (int i = 0; i < roles->n; i++) w->last_roles_items[i] = roles->items[i];
        w->last_roles.n = roles->n;
        w->last_mask = *mask;
        w->last_roles_ok = true;
    }
    return true;
}

bool ag_index_roles_mask(const aigov_index *x, const ag_strlist *roles, uint64_t *mask) {
    *mask = 0;
    if (!x->roles_exact) return false;
    const ag_vocab *v = &x->c->vocabs[x->role_vocab];
    for (int i = 0; i < roles->n; i++) {
        int32_t t = term_of_ptr(x, roles->items[i]);
        if (t < 0 || t >= v->n || v->terms[t] != roles->items[i])
            t = ag_map_get(&v->index, roles->items[i], strlen(roles->items[i]));
        if (t < 0) return false;
        *mask |= 1ull << t;
    }
    return true;
}

/* ---- Workers ---------------------------------------------------------------------------- */

ag_worker *ag_worker_new(const aigov_index *x) {
    const aigov_corpus *c = x->c;
    ag_worker *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->x = x;
    w->kdate = AG_DATE_NONE;
    size_t regw = (size_t)(c->nregions + 63) / 64;
    w->cand = calloc((size_t)x->ncond / 64 + 1, sizeof *w->cand);
    w->tmp = calloc((size_t)x->cwords + 1, sizeof *w->tmp);
    w->live = calloc((size_t)x->cwords + 1, sizeof *w->live);
    w->cand_insts = calloc((size_t)c->ninstruments + 1, sizeof *w->cand_insts);
    w->pbits = calloc((size_t)x->pwords + 1, sizeof *w->pbits);
    w->mbits = calloc((size_t)x->pwords + 1, sizeof *w->mbits);
    w->outside = calloc((size_t)c->nfields + 1, 1);
    w->kbits = calloc((size_t)c->nconsts * regw + 1, sizeof *w->kbits);
    w->insts = calloc((size_t)c->ninstruments + 1, sizeof *w->insts);
    w->trig = calloc((size_t)x->ntrig + 1, sizeof *w->trig);
    w->exempt = calloc((size_t)x->nexempt + 1, sizeof *w->exempt);
    w->provs = calloc((size_t)x->nprov + 1, sizeof *w->provs);
    if (!w->cand || !w->tmp || !w->live || !w->cand_insts || !w->pbits || !w->mbits || !w->outside || !w->kbits || !w->insts || !w->trig || !w->exempt || !w->provs) {
        ag_worker_free(w);
        return NULL;
    }
    return w;
}

void ag_worker_free(ag_worker *w) {
    if (!w) return;
    for (int i = 0; i < w->nna; i++) free(w->na[i].counts);
    free(w->cand);
    free(w->tmp);
    free(w->live);
    free(w->cand_insts);
    free(w->pbits);
    free(w->mbits);
    free(w->outside);
    free(w->kbits);
    free(w->insts);
    free(w->trig);
    free(w->exempt);
    free(w->provs);
    free(w);
}

int ag_worker_instruments(ag_worker *w) {
    const aigov_index *x = w->x;
    int n = 0, last = -1;
    for (int wd = 0; wd <= (x->ntrig - 1) >> 6 && x->ntrig > 0; wd++) {
        uint64_t m = w->cand[wd];
        if (wd == (x->ntrig - 1) >> 6 && (x->ntrig & 63)) m &= ~(~0ull << (x->ntrig & 63));
        for (; m; m &= m - 1) {
            int i = x->inst_of_trig[wd * 64 + __builtin_ctzll(m)];
            if (i != last) w->cand_insts[n++] = last = i;
        }
    }
    return n;
}

int ag_worker_not_addressed(ag_worker *w, int i, uint64_t rmask) {
    for (int k = 0; k < w->nna; k++)
        if (w->na[k].mask == rmask) return w->na[k].counts[i];
    /* A new role set: count for every instrument, in a slot of the small cache. Only the
     * first use of each role set allocates; on failure, count directly. */
    const aigov_index *x = w->x;
    int slot = w->nna < 4 ? w->nna : w->na_next;
    int *counts = w->nna < 4 ? calloc((size_t)x->c->ninstruments + 1, sizeof *counts) : w->na[slot].counts;
    if (!counts) {
        int n = 0;
        for (int k = x->prov0[i]; k < x->prov0[i + 1]; k++) n += !(x->role_mask[k] & rmask);
        return n;
    }
    for (int j = 0; j < x->c->ninstruments; j++) {
        counts[j] = 0;
        for (int k = x->prov0[j]; k < x->prov0[j + 1]; k++) counts[j] += !(x->role_mask[k] & rmask);
    }
    w->na[slot].mask = rmask;
    w->na[slot].counts = counts;
    if (w->nna < 4) w->nna++;
    else w->na_next = (w->na_next + 1) % 4;
    return counts[i];
}

static bool member_on(const ag_membership *m, int32_t date) {
    return (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
}

#define SET(w, i) ((w)[(i) >> 6] |= 1ull << ((i) & 63))

/* How many keys of a sorted threshold list (cmp_lower / cmp_upper order) `val` meets:
 * they are a prefix, found by binary search (a corpus can hold thousands of thresholds on
 * one field). */
static uint32_t met_prefix(const struct ag_bound *b, uint32_t n, double val, bool upper) {
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        bool met = upper ? (b[mid].bound > val || (b[mid].bound == val && b[mid].incl))
                         : (b[mid].bound < val || (b[mid].bound == val && b[mid].incl));
        if (met) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

void ag_worker_prefetch(const ag_worker *w, const ag_facts *f, int stage) {
    const aigov_index *x = w->x;
    for (int u = 0; u < x->nused; u++) {
        const ag_value *v = &f->slots[x->used_slots[u]];
        if (stage == 0) __builtin_prefetch(v);
        else if (v->kind == AG_V_LIST) __builtin_prefetch(v->u.items);
    }
}

/* cand, at the words listed (ascending), becomes possible AND, over the keyed fields the
 * profile knows, what each satisfies: for a field, the conditions with no key on it, or
 * with a key its value meets (a term it holds, a threshold it reaches). tmp is read at
 * the listed words only; a threshold bit set elsewhere is never read. */
static void and_fields(ag_worker *w, const ag_facts *f, const uint32_t *live, uint32_t nlive) {
    const aigov_index *x = w->x;
    uint32_t cw = x->cwords;
    uint64_t *restrict tmp = w->tmp, *restrict cand = w->cand;
    for (uint32_t a = 0; a < nlive; a++) cand[live[a]] = x->possible[live[a]];
    for (int ks = 0; ks < x->nkeyed_slots && nlive; ks++) {
        int s = x->keyed_slots[ks];
        const ag_slot_index *si = &x->slots[s];
        const ag_value *v = s < f->nslots ? &f->slots[s] : NULL;
        if (!v || v->kind == AG_V_UNKNOWN) continue; /* every key on s may hold */
        if (si->boolean && v->kind != AG_V_BOOL) continue;
        if ((si->nlower || si->nupper) && v->kind != AG_V_NUM && v->kind != AG_V_DATE) continue; /* CEL decides: keep all */
        for (uint32_t a = 0; a < nlive; a++) tmp[live[a]] = si->none[live[a]];
        if (si->boolean) {
            int32_t ti = si->tindex[v->u.b];
            if (ti >= 0) {
                const uint64_t *tb = &si->tbits[(size_t)ti * cw];
                for (uint32_t a = 0; a < nlive; a++) tmp[live[a]] |= tb[live[a]];
            }
        } else if (si->domain) {
            const uint64_t *pb = &w->pbits[si->pbits];
            for (uint32_t wd = 0; wd < si->words; wd++)
                for (uint64_t bm = pb[wd]; bm; bm &= bm - 1) {
                    int32_t ti = si->tindex[wd * 64 + (uint32_t)__builtin_ctzll(bm)];
                    if (ti < 0) continue;
                    const uint64_t *tb = &si->tbits[(size_t)ti * cw];
                    for (uint32_t a = 0; a < nlive; a++) tmp[live[a]] |= tb[live[a]];
                }
        }
        if (si->nlower || si->nupper) {
            double val = v->kind == AG_V_NUM ? v->u.num : (double)v->u.date;
            /* The met keys are a prefix of each sorted list: whole checkpoints by words,
             * the rest bit by bit. */
            uint32_t i = met_prefix(si->lower, si->nlower, val, false);
            const uint64_t *cp = &si->lower_cp[(size_t)(i / 64) * cw];
            for (uint32_t a = 0; i >= 64 && a < nlive; a++) tmp[live[a]] |= cp[live[a]];
            for (uint32_t e = i / 64 * 64; e < i; e++) SET(tmp, si->lower[e].cond);
            i = met_prefix(si->upper, si->nupper, val, true);
            cp = &si->upper_cp[(size_t)(i / 64) * cw];
            for (uint32_t a = 0; i >= 64 && a < nlive; a++) tmp[live[a]] |= cp[live[a]];
            for (uint32_t e = i / 64 * 64; e < i; e++) SET(tmp, si->upper[e].cond);
        }
        for (uint32_t a = 0; a < nlive; a++) cand[live[a]] &= tmp[live[a]];
    }
}

void ag_worker_prepare(ag_worker *w, const ag_facts *f, int32_t date) {
    const aigov_index *x = w->x;
    const aigov_corpus *c = x->c;
    /* Named sets as region bits on the date, as profile.c resolves them. */
    if (date != w->kdate) {
        size_t regw = (size_t)(c->nregions + 63) / 64;
        memset(w->kbits, 0, (size_t)c->nconsts * regw * sizeof *w->kbits);
        for (int k = 0; k < c->nconsts; k++) {
            const ag_region *g = &c->regions[c->consts[k]];
            for (int i = 0; i < g->nmembers; i++)
                if (member_on(&g->members[i], date)) SET(&w->kbits[(size_t)k * regw], g->members[i].region);
        }
        w->kdate = date;
    }
    size_t ncw = (size_t)x->ncond / 64 + 1;
    if (w->no_index) memset(w->cand, 0xff, ncw * sizeof *w->cand);
    else memcpy(w->cand, x->always, ncw * sizeof *w->cand);
    /* The profile's term sets. A profile in memory is a few cache lines spread over its
     * arena: ask for every slot, then for every list, before reading any, so the misses
     * overlap instead of following one another. */
    ag_worker_prefetch(w, f, 0);
    ag_worker_prefetch(w, f, 1);
    for (int u = 0; u < x->nused; u++) {
        int s = x->used_slots[u];
        const ag_slot_index *si = &x->slots[s];
        uint64_t *pb = &w->pbits[si->pbits], *mb = &w->mbits[si->pbits];
        const ag_value *v = &f->slots[s];
        memset(pb, 0, si->words * sizeof *pb);
        if (v->kind == AG_V_LIST && v->nmaybe) memset(mb, 0, si->words * sizeof *mb);
        w->outside[s] = false;
        const ag_value *items = v;
        uint32_t n = 0;
        /* Possible regions count for the candidates (a key may hold); they are also
         * marked apart, for the atoms they could decide (maybe_regions). */
        if (v->kind == AG_V_LIST) { items = v->u.items; n = v->n + v->nmaybe; }
        else if (v->kind == AG_V_STR) n = 1;
        for (uint32_t i = 0; i < n; i++) {
            int32_t t = items[i].kind == AG_V_STR ? value_term(x, si, &items[i]) : -1;
            if (t < 0) w->outside[s] = true;
            else {
                SET(pb, t);
                if (v->kind == AG_V_LIST && i >= v->n) SET(mb, t);
            }
        }
    }
    /* Candidates. The set is sparse: a profile reaches few instruments, and only the
     * provisions of those are ever read (check.c). So the triggers are found first, over
     * their few words; then the provisions, over the words of the instruments a trigger
     * may reach only. The cost follows the instruments reached, not the 10,000
     * provisions of the corpus. Words left out are zero. */
    if (w->no_index) return;
    uint32_t cw = x->cwords, tw = ((uint32_t)x->ntrig + 63) / 64, nlive = 0;
    uint32_t *live = w->live;
    if (tw > cw) tw = cw;
    memset(w->cand, 0, cw * sizeof *w->cand);
    for (uint32_t j = 0; j < tw; j++) live[nlive++] = j;
    and_fields(w, f, live, nlive);
    nlive = 0;
    int ninst = ag_worker_instruments(w);
    for (int ci = 0; ci < ninst; ci++) {
        int i = w->cand_insts[ci];
        uint32_t lo = (uint32_t)(x->ntrig + x->prov0[i]), hi = (uint32_t)(x->ntrig + x->prov0[i + 1]);
        if (lo >= hi) continue;
        for (uint32_t j = lo / 64; j <= (hi - 1) / 64; j++)
            if (j >= tw && (!nlive || live[nlive - 1] < j)) live[nlive++] = j;
    }
    and_fields(w, f, live, nlive);
}

/* ---- Evaluation ---------------------------------------------------------------------------- */

static const uint64_t *node_set(const ag_worker *w, const aigov_index *x, const ag_pnode *n) {
    if (n->konst >= 0) return &w->kbits[(size_t)n->konst * ((size_t)(x->c->nregions + 63) / 64)];
    return &x->words[n->bits];
}

/* An ANY/ALL/SUB atom over a region list some of whose regions only may hold (the
 * profile's term set pbits has both; mbits the possible ones): as ag_cel_eval decides it
 * (sets.intersects: true when a region that holds is in the constant, unknown when only
 * a possible one is; sets.contains(f, K): false when a region of K is not even possible,
 * unknown when one only may hold; sets.contains(K, f): false when a region that holds is
 * outside K, unknown when a possible one is), by bits instead of comparing codes. */
static ag_tv maybe_regions(const ag_worker *w, const ag_slot_index *si, const ag_pnode *n) {
    const uint64_t *pb = &w->pbits[si->pbits], *mb = &w->mbits[si->pbits], *k = node_set(w, w->x, n);
    bool held = false, maybe = false;
    for (uint32_t j = 0; j < si->words; j++) {
        uint64_t h = pb[j] & ~mb[j];
        if (n->op == AG_P_ANY) {
            held |= (h & k[j]) != 0;
            maybe |= (mb[j] & k[j]) != 0;
        } else if (n->op == AG_P_ALL) {
            if (k[j] & ~pb[j]) return AG_TV_FALSE;
            maybe |= (k[j] & mb[j]) != 0;
        } else {
            if (h & ~k[j]) return AG_TV_FALSE;
            maybe |= (mb[j] & ~k[j]) != 0;
        }
    }
    if (n->op == AG_P_ANY) return held ? AG_TV_TRUE : maybe ? AG_TV_UNKNOWN : AG_TV_FALSE;
    return maybe ? AG_TV_UNKNOWN : AG_TV_TRUE;
}

static ag_tv peval(const ag_worker *w, const ag_prog *pg, uint32_t i, const ag_facts *f, ag_slotset *dec) {
    const ag_pnode *n = &pg->nodes[i];
    switch (n->op) {
    case AG_P_CONST: return (ag_tv)n->tv;
    case AG_P_BOOL: {
        const ag_value *v = &f->slots[n->slot];
        if (v->kind == AG_V_BOOL) return v->u.b ? AG_TV_TRUE : AG_TV_FALSE;
        if (v->kind != AG_V_UNKNOWN) return AG_TV_UNKNOWN;
        if (dec) ag_slotset_add(dec, n->slot);
        return AG_TV_UNKNOWN;
    }
    case AG_P_HAS:
        return n->slot < f->nslots && f->slots[n->slot].kind != AG_V_UNKNOWN ? AG_TV_TRUE : AG_TV_FALSE;
    case AG_P_ANY: case AG_P_ALL: case AG_P_SUB: {
        if (f->slots[n->slot].kind == AG_V_UNKNOWN) {
            if (dec) ag_slotset_add(dec, n->slot);
            return AG_TV_UNKNOWN;
        }
        const ag_slot_index *si = &w->x->slots[n->slot];
        if (f->slots[n->slot].nmaybe) {
            if (n->neg || w->outside[n->slot]) {
                ag_value r = ag_cel_eval_node(pg->e, n->cel, f, dec);
                return ag_tv_of(&r);
            }
            ag_tv t = maybe_regions(w, si, n);
            if (t == AG_TV_UNKNOWN && dec) ag_slotset_add(dec, n->slot);
            return t;
        }
        const uint64_t *pb = &w->pbits[si->pbits], *k = node_set(w, w->x, n);
        bool r;
        if (n->op == AG_P_ANY) {
            r = false;
            for (uint32_t j = 0; j < si->words; j++) r |= (pb[j] & k[j]) != 0;
            if (n->neg) r = !r;
        } else if (n->op == AG_P_ALL) {
            r = true;
            for (uint32_t j = 0; j < si->words; j++) r &= (k[j] & ~pb[j]) == 0;
        } else {
            r = !w->outside[n->slot];
            for (uint32_t j = 0; j < si->words; j++) r &= (pb[j] & ~k[j]) == 0;
        }
        return r ? AG_TV_TRUE : AG_TV_FALSE;
    }
    case AG_P_NUM: {
        const ag_value *v = &f->slots[n->slot];
        double a;
        if (v->kind == AG_V_NUM) a = v->u.num;
        else if (v->kind == AG_V_DATE) a = (double)v->u.date;
        else {
            if (v->kind == AG_V_UNKNOWN && dec) ag_slotset_add(dec, n->slot);
            if (v->kind == AG_V_UNKNOWN) return AG_TV_UNKNOWN;
            ag_value r = ag_cel_eval_node(pg->e, n->cel, f, dec);
            return ag_tv_of(&r);
        }
        bool r;
        switch (n->cmp) {
        case AG_OP_EQ: r = a == n->bound; break;
        case AG_OP_NE: r = a != n->bound; break;
        case AG_OP_LT: r = a < n->bound; break;
        case AG_OP_LE: r = a <= n->bound; break;
        case AG_OP_GT: r = a > n->bound; break;
        default: r = a >= n->bound; break;
        }
        return r ? AG_TV_TRUE : AG_TV_FALSE;
    }
    case AG_P_NOT: {
        ag_tv t = peval(w, pg, pg->kids[n->kid0], f, dec);
        return t == AG_TV_UNKNOWN ? t : t == AG_TV_TRUE ? AG_TV_FALSE : AG_TV_TRUE;
    }
    case AG_P_AND: case AG_P_OR: {
        ag_tv stop = n->op == AG_P_OR ? AG_TV_TRUE : AG_TV_FALSE;
        bool unknown = false;
        ag_slotset acc;
        if (dec) memset(&acc, 0, sizeof acc);
        for (uint32_t k = 0; k < n->nkids; k++) {
            ag_tv t = peval(w, pg, pg->kids[n->kid0 + k], f, dec ? &acc : NULL);
            if (t == AG_TV_UNKNOWN) unknown = true;
            else if (t == stop) return stop;
        }
        if (!unknown) return stop == AG_TV_TRUE ? AG_TV_FALSE : AG_TV_TRUE;
        if (dec) ag_slotset_union(dec, &acc);
        return AG_TV_UNKNOWN;
    }
    default: {
        ag_value v = ag_cel_eval_node(pg->e, n->cel, f, dec);
        return ag_tv_of(&v);
    }
    }
}

void ag_prog_deciding(const ag_worker *w, const ag_prog *prog, const ag_facts *f, ag_slotset *deciding) {
    ag_slotset s;
    memset(&s, 0, sizeof s);
    peval(w, prog, prog->root, f, &s);
    ag_slotset_union(deciding, &s);
}

ag_tv ag_prog_eval(const ag_worker *w, const ag_prog *prog, const ag_facts *f, ag_slotset *deciding) {
    /* Values first; the deciding slots only matter when the value is unknown (rare in
     * a batch), so they are collected by a second pass then. */
    ag_tv t = peval(w, prog, prog->root, f, NULL);
    if (t == AG_TV_UNKNOWN && deciding) ag_prog_deciding(w, prog, f, deciding);
    return t;
}
