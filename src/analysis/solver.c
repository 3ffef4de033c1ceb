/* solver.c — satisfiability of conjunctions of compiled conditions, with witnesses
 * (solver.h says what and how). Owns the per-slot constraint domains, the lazy DNF search,
 * witness construction and the re-check of every witness with ag_cel_eval.
 * Must not: print, read files, or trust a witness the evaluator has not confirmed. */
#include "analysis/solver.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

const char *ag_sat_name(ag_sat s) {
    switch (s) {
    case AG_SAT_YES: return "satisfiable";
    case AG_SAT_NO: return "unsatisfiable";
    case AG_SAT_UNDECIDED: return "undecided";
    default: return "too_complex";
    }
}

/* ---- Environment ------------------------------------------------------------------------ */
static bool member_on(const ag_membership *m, int32_t date) {
    return (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
}

bool ag_solver_env_init(ag_solver_env *env, const aigov_corpus *c, int32_t date) {
    memset(env, 0, sizeof *env);
    env->c = c;
    env->date = date;
    ag_arena_init(&env->arena);
    env->consts = AG_NEW(&env->arena, ag_value, (size_t)c->nconsts + 1);
    if (!env->consts) return false;
    /* Named sets: a group's direct members on the date, as profile.c resolves them. */
    for (int k = 0; k < c->nconsts; k++) {
        const ag_region *g = &c->regions[c->consts[k]];
        ag_value *items = AG_NEW(&env->arena, ag_value, (size_t)g->nmembers + 1);
        if (!items) return false;
        int n = 0;
        bool *seen = calloc((size_t)c->nregions + 1, 1);
        if (!seen) return false;
        for (int i = 0; i < g->nmembers; i++)
            if (member_on(&g->members[i], date)) seen[g->members[i].region] = true;
        for (int r = 0; r < c->nregions; r++)
            if (seen[r]) {
                items[n].kind = AG_V_STR;
                items[n].u.str = c->regions[r].code;
                items[n].n = (uint32_t)strlen(c->regions[r].code);
                n++;
            }
        free(seen);
        env->consts[k].kind = AG_V_LIST;
        env->consts[k].nmaybe = 0;
        env->consts[k].u.items = items;
        env->consts[k].n = (uint32_t)n;
    }
    return true;
}

void ag_solver_env_free(ag_solver_env *env) { ag_arena_free(&env->arena); }

/* ---- Per-slot constraints ------------------------------------------------------------- */
#define W 8          /* bitset words: domains (vocabularies, regions) up to 512 elements */
#define MAXNE 8
#define MAXHIT 8
#define MAXALLOW 4
#define MAXSV 64

typedef struct sv {
    int16_t slot;
    int8_t known;            /* 1: must be known; -1: must be missing; 0: free */
    int8_t bval;             /* bools: -1 free, else the required value */
    double lo, hi;           /* numbers, dates (dates closed, integral) */
    bool lo_open, hi_open;
    double ne[MAXNE];
    int nne;
    bool has_allowed;        /* terms and sets: `allowed` restricts */
    uint64_t allowed[W], req[W], forb[W];
    const uint64_t *hit[MAXHIT]; /* sets: at least one element of each */
    int nhit;
    const uint64_t *nsup[MAXHIT]; /* sets: not every element of each */
    int nnsup;
    double clo, chi;         /* sets: size interval */
    const ag_value *eq;      /* free strings */
    const ag_value *allow[MAXALLOW];
    int nallow;
    const ag_value *sne[MAXNE];
    int nsne;
} sv;

typedef struct store {
    int n;
    bool relaxed; /* a literal was dropped on this path */
    sv v[MAXSV];
} store;

typedef struct solver {
    const ag_solver_env *env;
    ag_arena *a;
    const ag_sat_clause *clauses;
    int nclauses;
    ag_vec goals;        /* goal cells (linked by index) */
    store **pool;        /* one store per recursion depth */
    int npool;
    int steps, leaves;
    bool undecided, oom, too_complex, have_why;
    ag_sat_result *out;
} solver;

static const ag_field *field_of(const solver *S, int slot) { return &S->env->c->fields[slot]; }

/* Domain size of a set or term slot (0 when the slot has no finite domain). */
static int domain_size(const aigov_corpus *c, const ag_field *f) {
    if (f->type == AG_F_REGIONS) return c->nregions;
    if ((f->type == AG_F_TERM || f->type == AG_F_TERMS) && f->vocab >= 0) return c->vocabs[f->vocab].n;
    return 0;
}

static int elem_index(const aigov_corpus *c, const ag_field *f, const char *s, size_t len) {
    if (f->type == AG_F_REGIONS) return ag_map_get(&c->region_index, s, len);
    if (f->vocab >= 0) return ag_map_get(&c->vocabs[f->vocab].index, s, len);
    return -1;
}

static const char *elem_name(const aigov_corpus *c, const ag_field *f, int i) {
    return f->type == AG_F_REGIONS ? c->regions[i].code : c->vocabs[f->vocab].terms[i];
}

static inline void bs_set(uint64_t *b, int i) { b[i >> 6] |= 1ull << (i & 63); }
static inline bool bs_has(const uint64_t *b, int i) { return (b[i >> 6] >> (i & 63)) & 1; }
static int bs_count(const uint64_t *b) {
    int n = 0;
    for (int i = 0; i < W; i++) n += __builtin_popcountll(b[i]);
    return n;
}
static bool bs_meets(const uint64_t *x, const uint64_t *y) {
    for (int i = 0; i < W; i++) if (x[i] & y[i]) return true;
    return false;
}
static bool bs_subset(const uint64_t *x, const uint64_t *y) {
    for (int i = 0; i < W; i++) if (x[i] & ~y[i]) return false;
    return true;
}
static void bs_domain(uint64_t *b, int n) {
    memset(b, 0, W * sizeof *b);
    for (int i = 0; i < n && i < W * 64; i++) bs_set(b, i);
}

static sv *get_sv(solver *S, store *st, int slot) {
    for (int i = 0; i < st->n; i++) if (st->v[i].slot == slot) return &st->v[i];
    if (st->n == MAXSV) return NULL;
    sv *v = &st->v[st->n++];
    memset(v, 0, sizeof *v);
    const ag_field *f = field_of(S, slot);
    v->slot = (int16_t)slot;
    v->bval = -1;
    v->lo = -INFINITY;
    v->hi = INFINITY;
    if (f->has_min) v->lo = f->min;
    if (f->has_max) v->hi = f->max;
    if (f->type == AG_F_DATE) { v->lo = AG_DATE_MIN; v->hi = AG_DATE_MAX; }
    v->clo = 0;
    v->chi = INFINITY;
    int n = domain_size(S->env->c, f);
    if (n) { v->has_allowed = true; bs_domain(v->allowed, n); }
    return v;
}

/* Bits of the strings of a list value in slot f's domain; *missing counts the items
 * outside it. NULL on OOM. */
static uint64_t *bits_of(solver *S, const ag_field *f, const ag_value *list, int *missing) {
    uint64_t *b = AG_NEW(S->a, uint64_t, W);
    if (!b) { S->oom = true; return NULL; }
    if (missing) *missing = 0;
    for (uint32_t i = 0; i < list->n; i++) {
        const ag_value *it = &list->u.items[i];
        int k = it->kind == AG_V_STR ? elem_index(S->env->c, f, it->u.str, it->n) : -1;
        if (k >= 0 && k < W * 64) bs_set(b, k);
        else if (missing) (*missing)++;
    }
    return b;
}

/* Is the slot's plain constraint (ignoring region expansion) satisfiable? Exact for every
 * kind the solver models; free strings check their allow lists against one another. */
static bool sv_feasible(const solver *S, const sv *v) {
    const ag_field *f = field_of(S, v->slot);
    switch (f->type) {
    case AG_F_NUMBER:
    case AG_F_DATE:
        if (v->lo > v->hi || (v->lo == v->hi && (v->lo_open || v->hi_open))) return false;
        if (v->lo == v->hi)
            for (int i = 0; i < v->nne; i++) if (v->ne[i] == v->lo) return false;
        if (f->type == AG_F_DATE && v->hi - v->lo + 1 <= v->nne) {
            int free_days = 0;
            for (double d = v->lo; d <= v->hi && !free_days; d++) {
                bool ex = false;
                for (int i = 0; i < v->nne; i++) if (v->ne[i] == d) ex = true;
                if (!ex) free_days = 1;
            }
            return free_days > 0;
        }
        return true;
    case AG_F_BOOL: return true;
    case AG_F_TERM:
        return bs_count(v->allowed) > 0;
    case AG_F_STRING: {
        if (v->eq) {
            for (int i = 0; i < v->nsne; i++) if (ag_value_equal(v->eq, v->sne[i])) return false;
            for (int k = 0; k < v->nallow; k++) {
                bool in = false;
                for (uint32_t j = 0; j < v->allow[k]->n; j++) if (ag_value_equal(v->eq, &v->allow[k]->u.items[j])) in = true;
                if (!in) return false;
            }
            return true;
        }
        if (!v->nallow) return true;
        for (uint32_t j = 0; j < v->allow[0]->n; j++) {
            const ag_value *c = &v->allow[0]->u.items[j];
            bool ok = c->kind == AG_V_STR;
            for (int i = 0; ok && i < v->nsne; i++) if (ag_value_equal(c, v->sne[i])) ok = false;
            for (int k = 1; ok && k < v->nallow; k++) {
                bool in = false;
                for (uint32_t m = 0; m < v->allow[k]->n; m++) if (ag_value_equal(c, &v->allow[k]->u.items[m])) in = true;
                ok = in;
            }
            if (ok) return true;
        }
        return false;
    }
    case AG_F_TERMS:
    case AG_F_REGIONS: {
        if (bs_meets(v->req, v->forb)) return false;
        if (!bs_subset(v->req, v->allowed)) return false;
        uint64_t avail[W];
        for (int i = 0; i < W; i++) avail[i] = v->allowed[i] & ~v->forb[i];
        for (int h = 0; h < v->nhit; h++) if (!bs_meets(v->hit[h], avail)) return false;
        for (int h = 0; h < v->nnsup; h++) if (bs_subset(v->nsup[h], v->req)) return false;
        if (bs_count(v->req) > v->chi || bs_count(avail) < v->clo || v->clo > v->chi) return false;
        return true;
    }
    }
    return true;
}

/* Human description of one slot's constraint ("model.training_compute_flop > 1e+25"). */
static void sv_describe(const solver *S, const sv *v, char *buf, size_t cap) {
    const ag_field *f = field_of(S, v->slot);
    const aigov_corpus *c = S->env->c;
    size_t n = 0;
#define PUT(...) do { if (n < cap) { int w_ = snprintf(buf + n, cap - n, __VA_ARGS__); if (w_ > 0) n += (size_t)w_; } } while (0)
    buf[0] = 0;
    if (v->known < 0) { PUT("%s unknown", f->path); return; }
    switch (f->type) {
    case AG_F_NUMBER: {
        /* Numbers as their shortest round-trip text ("1e25"), as everywhere else. */
        char lo[32], hi[32];
        ag_double_shortest(v->lo, lo);
        ag_double_shortest(v->hi, hi);
        if (v->lo == v->hi) PUT("%s == %s", f->path, lo);
        else {
            if (v->lo > -INFINITY && !(f->has_min && v->lo == f->min && !v->lo_open)) PUT("%s %s %s", f->path, v->lo_open ? ">" : ">=", lo);
            if (v->hi < INFINITY && !(f->has_max && v->hi == f->max && !v->hi_open)) PUT("%s%s %s %s", n ? " and " : "", f->path, v->hi_open ? "<" : "<=", hi);
        }
        for (int i = 0; i < v->nne; i++) {
            char ne[32];
            ag_double_shortest(v->ne[i], ne);
            PUT("%s%s != %s", n ? " and " : "", f->path, ne);
        }
        if (!n) PUT("%s known", f->path);
        break;
    }
    case AG_F_DATE: {
        char d1[11], d2[11];
        ag_date_format((int32_t)v->lo, d1);
        ag_date_format((int32_t)v->hi, d2);
        if (v->lo == v->hi) PUT("%s == %s", f->path, d1);
        else {
            if (v->lo > AG_DATE_MIN) PUT("%s >= %s", f->path, d1);
            if (v->hi < AG_DATE_MAX) PUT("%s%s <= %s", n ? " and " : "", f->path, d2);
        }
        if (!n) PUT("%s known", f->path);
        break;
    }
    case AG_F_BOOL: PUT("%s%s", v->bval == 0 ? "!" : "", f->path); if (v->bval < 0) PUT(" known"); break;
    case AG_F_STRING:
        if (v->eq) PUT("%s == '%.*s'", f->path, (int)v->eq->n, v->eq->u.str);
        else PUT("%s known", f->path);
        break;
    case AG_F_TERM: {
        int cnt = bs_count(v->allowed), dom = domain_size(c, f);
        if (cnt == dom) { PUT("%s known", f->path); break; }
        PUT("%s in [", f->path);
        int k = 0;
        for (int i = 0; i < dom && k < 6; i++) if (bs_has(v->allowed, i)) PUT("%s'%s'", k++ ? ", " : "", elem_name(c, f, i));
        PUT("%s]", cnt > 6 ? ", ..." : "");
        break;
    }
    case AG_F_TERMS:
    case AG_F_REGIONS: {
        int dom = domain_size(c, f), k = 0;
        for (int i = 0; i < dom; i++) if (bs_has(v->req, i)) PUT("%s'%s' in %s", k++ ? " and " : "", elem_name(c, f, i), f->path);
        for (int h = 0; h < v->nhit; h++) {
            PUT("%s%s meets [", n ? " and " : "", f->path);
            int m = 0, tot = bs_count(v->hit[h]);
            for (int i = 0; i < dom && m < 5; i++) if (bs_has(v->hit[h], i)) PUT("%s'%s'", m++ ? ", " : "", elem_name(c, f, i));
            PUT("%s]", tot > 5 ? ", ..." : "");
        }
        int nf = bs_count(v->forb);
        if (nf) {
            PUT("%s%s excludes [", n ? " and " : "", f->path);
            int m = 0;
            for (int i = 0; i < dom && m < 5; i++) if (bs_has(v->forb, i)) PUT("%s'%s'", m++ ? ", " : "", elem_name(c, f, i));
            PUT("%s]", nf > 5 ? ", ..." : "");
        }
        if (v->clo > 0 && !n) PUT("%s not empty", f->path);
        if (!n) PUT("%s known", f->path);
        break;
    }
    }
#undef PUT
}

/* ---- Literals --------------------------------------------------------------------------- */
typedef enum { LIT_OK, LIT_EMPTY, LIT_DROPPED } lit_result;

static const ag_cel_node *kid(const ag_expr *e, const ag_cel_node *n, uint32_t i) {
    return &e->nodes[e->kids[n->kid0 + i]];
}

/* The constant value of a node: a literal or a named set; NULL otherwise. */
static const ag_value *const_of(const solver *S, const ag_cel_node *n) {
    if (n->op == AG_OP_CONST) return &n->v;
    if (n->op == AG_OP_NAMED && n->konst >= 0 && n->konst < S->env->c->nconsts) return &S->env->consts[n->konst];
    return NULL;
}

static void bound(sv *v, bool date, int op /* AG_OP_LT..GE */, double x) {
    if (date) {
        if (op == AG_OP_LT) x -= 1, op = AG_OP_LE;
        else if (op == AG_OP_GT) x += 1, op = AG_OP_GE;
    }
    switch (op) {
    case AG_OP_LT: if (x < v->hi || (x == v->hi && !v->hi_open)) { v->hi = x; v->hi_open = true; } break;
    case AG_OP_LE: if (x < v->hi) { v->hi = x; v->hi_open = false; } break;
    case AG_OP_GT: if (x > v->lo || (x == v->lo && !v->lo_open)) { v->lo = x; v->lo_open = true; } break;
    case AG_OP_GE: if (x > v->lo) { v->lo = x; v->lo_open = false; } break;
    }
}

static int flip_cmp(int op) { return op == AG_OP_LT ? AG_OP_GT : op == AG_OP_GT ? AG_OP_LT : op == AG_OP_LE ? AG_OP_GE : AG_OP_LE; }
static int negate_cmp(int op) { return op == AG_OP_LT ? AG_OP_GE : op == AG_OP_GE ? AG_OP_LT : op == AG_OP_LE ? AG_OP_GT : AG_OP_LE; }

static double num_of(const ag_value *x) { return x->kind == AG_V_DATE ? (double)x->u.date : x->u.num; }

/* Applies one literal (node n of e with polarity pos) to the store. */
static lit_result apply(solver *S, store *st, const ag_expr *e, const ag_cel_node *n, bool pos) {
    const aigov_corpus *c = S->env->c;
    int op = n->op;
    if (op == AG_OP_FIELD) {
        if (n->type.kind != AG_T_BOOL || n->slot < 0) return LIT_DROPPED;
        sv *v = get_sv(S, st, n->slot);
        if (!v) return LIT_DROPPED;
        if (v->known < 0) return LIT_EMPTY;
        v->known = 1;
        if (v->bval >= 0 && v->bval != pos) return LIT_EMPTY;
        v->bval = pos;
        return LIT_OK;
    }
    if (op == AG_OP_HAS) {
        sv *v = get_sv(S, st, n->slot);
        if (!v) return LIT_DROPPED;
        if (pos) { if (v->known < 0) return LIT_EMPTY; v->known = 1; }
        else { if (v->known > 0) return LIT_EMPTY; v->known = -1; }
        return LIT_OK;
    }
    if (n->nkids != 2) return LIT_DROPPED;
    const ag_cel_node *x = kid(e, n, 0), *y = kid(e, n, 1);
    /* Put the field (or size(field)) on the left. */
    bool swapped = false;
    if (x->op != AG_OP_FIELD && x->op != AG_OP_SIZE && (y->op == AG_OP_FIELD || y->op == AG_OP_SIZE)) {
        const ag_cel_node *t = x; x = y; y = t;
        swapped = true;
    }
    bool size = x->op == AG_OP_SIZE;
    if (size) {
        const ag_cel_node *in = kid(e, x, 0);
        if (in->op != AG_OP_FIELD) return LIT_DROPPED;
        x = in;
    }
    if (x->op != AG_OP_FIELD || x->slot < 0) return LIT_DROPPED;
    const ag_value *k = const_of(S, y);
    if (!k) return LIT_DROPPED;
    const ag_field *f = field_of(S, x->slot);
    sv *v = get_sv(S, st, x->slot);
    if (!v) return LIT_DROPPED;
    if (v->known < 0) return LIT_EMPTY;
    bool set = f->type == AG_F_TERMS || f->type == AG_F_REGIONS;
    if (size) {
        if (!set || k->kind != AG_V_NUM) return LIT_DROPPED;
        v->known = 1;
        int cop = op;
        if (op == AG_OP_EQ || op == AG_OP_NE) {
            if ((op == AG_OP_EQ) == pos) { if (k->u.num > v->clo) v->clo = k->u.num; if (k->u.num < v->chi) v->chi = k->u.num; }
            else return LIT_DROPPED;
            return LIT_OK;
        }
        if (op < AG_OP_LT || op > AG_OP_GE) return LIT_DROPPED;
        if (swapped) cop = flip_cmp(cop);
        if (!pos) cop = negate_cmp(cop);
        double q = k->u.num;
        /* Sizes are integers: strict bounds become inclusive ones. */
        if (cop == AG_OP_LT) { q = ceil(q) - 1; cop = AG_OP_LE; }
        else if (cop == AG_OP_GT) { q = floor(q) + 1; cop = AG_OP_GE; }
        else if (cop == AG_OP_LE) q = floor(q);
        else q = ceil(q);
        if (cop == AG_OP_LE && q < v->chi) v->chi = q;
        if (cop == AG_OP_GE && q > v->clo) v->clo = q;
        return LIT_OK;
    }
    switch (op) {
    case AG_OP_EQ:
    case AG_OP_NE: {
        bool want = (op == AG_OP_EQ) == pos;
        v->known = 1;
        if (f->type == AG_F_NUMBER || f->type == AG_F_DATE) {
            if (k->kind != AG_V_NUM && k->kind != AG_V_DATE) return LIT_DROPPED;
            double q = num_of(k);
            if (want) { bound(v, false, AG_OP_GE, q); bound(v, false, AG_OP_LE, q); }
            else { if (v->nne == MAXNE) return LIT_DROPPED; v->ne[v->nne++] = q; }
            return LIT_OK;
        }
        if (f->type == AG_F_BOOL) {
            if (k->kind != AG_V_BOOL) return LIT_DROPPED;
            int b = want ? k->u.b : !k->u.b;
            if (v->bval >= 0 && v->bval != b) return LIT_EMPTY;
            v->bval = (int8_t)b;
            return LIT_OK;
        }
        if (f->type == AG_F_TERM) {
            if (k->kind != AG_V_STR) return LIT_DROPPED;
            int i = elem_index(c, f, k->u.str, k->n);
            if (want) {
                if (i < 0) return LIT_EMPTY;
                uint64_t one[W] = {0};
                bs_set(one, i);
                for (int w = 0; w < W; w++) v->allowed[w] &= one[w];
            } else if (i >= 0) {
                v->allowed[i >> 6] &= ~(1ull << (i & 63));
            }
            return LIT_OK;
        }
        if (f->type == AG_F_STRING) {
            if (k->kind != AG_V_STR) return LIT_DROPPED;
            if (want) {
                if (v->eq && !ag_value_equal(v->eq, k)) return LIT_EMPTY;
                v->eq = k;
            } else {
                if (v->nsne == MAXNE) return LIT_DROPPED;
                v->sne[v->nsne++] = k;
            }
            return LIT_OK;
        }
        return LIT_DROPPED;
    }
    case AG_OP_LT: case AG_OP_LE: case AG_OP_GT: case AG_OP_GE: {
        if (f->type != AG_F_NUMBER && f->type != AG_F_DATE) return LIT_DROPPED;
        if (k->kind != AG_V_NUM && k->kind != AG_V_DATE) return LIT_DROPPED;
        int cop = op;
        if (swapped) cop = flip_cmp(cop);
        if (!pos) cop = negate_cmp(cop);
        v->known = 1;
        bound(v, f->type == AG_F_DATE, cop, num_of(k));
        return LIT_OK;
    }
    case AG_OP_IN: {
        v->known = 1;
        if (!swapped) {
            /* field in CONST-list: a scalar field restricted to (or kept out of) a list. */
            if (k->kind != AG_V_LIST) return LIT_DROPPED;
            if (f->type == AG_F_TERM) {
                int missing;
                uint64_t *b = bits_of(S, f, k, &missing);
                if (!b) return LIT_DROPPED;
                for (int w = 0; w < W; w++) v->allowed[w] &= pos ? b[w] : ~b[w];
                return LIT_OK;
            }
            if (f->type == AG_F_STRING) {
                if (pos) { if (v->nallow == MAXALLOW) return LIT_DROPPED; v->allow[v->nallow++] = k; }
                else {
                    if (v->nsne + (int)k->n > MAXNE) return LIT_DROPPED;
                    for (uint32_t i = 0; i < k->n; i++) v->sne[v->nsne++] = &k->u.items[i];
                }
                return LIT_OK;
            }
            if ((f->type == AG_F_NUMBER || f->type == AG_F_DATE) && !pos) {
                if (v->nne + (int)k->n > MAXNE) return LIT_DROPPED;
                for (uint32_t i = 0; i < k->n; i++)
                    if (k->u.items[i].kind == AG_V_NUM || k->u.items[i].kind == AG_V_DATE) v->ne[v->nne++] = num_of(&k->u.items[i]);
                return LIT_OK;
            }
            return LIT_DROPPED;
        }
        /* CONST in set-field. */
        if (!set || k->kind != AG_V_STR) return LIT_DROPPED;
        int i = elem_index(c, f, k->u.str, k->n);
        if (i < 0 || i >= W * 64) return pos ? LIT_EMPTY : LIT_OK;
        bs_set(pos ? v->req : v->forb, i);
        return LIT_OK;
    }
    case AG_OP_INTERSECTS: {
        if (!set || k->kind != AG_V_LIST) return LIT_DROPPED;
        v->known = 1;
        uint64_t *b = bits_of(S, f, k, NULL);
        if (!b) return LIT_DROPPED;
        if (pos) {
            if (v->nhit == MAXHIT) return LIT_DROPPED;
            v->hit[v->nhit++] = b;
        } else {
            for (int w = 0; w < W; w++) v->forb[w] |= b[w];
        }
        return LIT_OK;
    }
    case AG_OP_CONTAINS: {
        if (!set || k->kind != AG_V_LIST) return LIT_DROPPED;
        v->known = 1;
        int missing;
        uint64_t *b = bits_of(S, f, k, &missing);
        if (!b) return LIT_DROPPED;
        if (!swapped) {
            /* sets.contains(field, K): the field holds every element of K. */
            if (pos) {
                if (missing) return LIT_EMPTY;
                for (int w = 0; w < W; w++) v->req[w] |= b[w];
            } else if (!missing) {
                if (v->nnsup == MAXHIT) return LIT_DROPPED;
                v->nsup[v->nnsup++] = b;
            }
        } else {
            /* sets.contains(K, field): every element of the field is in K. */
            if (pos) {
                for (int w = 0; w < W; w++) v->allowed[w] &= b[w];
            } else {
                if (v->nhit == MAXHIT) return LIT_DROPPED;
                uint64_t *cb = AG_NEW(S->a, uint64_t, W);
                if (!cb) { S->oom = true; return LIT_DROPPED; }
                uint64_t dom[W];
                bs_domain(dom, domain_size(c, f));
                for (int w = 0; w < W; w++) cb[w] = dom[w] & ~b[w];
                v->hit[v->nhit++] = cb;
            }
        }
        return LIT_OK;
    }
    default:
        return LIT_DROPPED;
    }
}

/* ---- Witness construction ---------------------------------------------------------------- */
/* Marks region r and what profile.c's expansion adds on the date: its ancestors, the
 * groups it belongs to on the date, and (for a group) its members. */
static void expand_region(const aigov_corpus *c, int r, int32_t date, uint64_t *mark, int budget) {
    if (r < 0 || r >= W * 64 || bs_has(mark, r) || budget <= 0) return;
    bs_set(mark, r);
    const ag_region *reg = &c->regions[r];
    expand_region(c, reg->parent, date, mark, budget - 1);
    if (reg->group)
        for (int i = 0; i < reg->nmembers; i++)
            if (member_on(&reg->members[i], date)) expand_region(c, reg->members[i].region, date, mark, budget - 1);
    for (int g = 0; g < c->nregions && g < W * 64; g++) {
        const ag_region *grp = &c->regions[g];
        if (!grp->group || bs_has(mark, g)) continue;
        for (int i = 0; i < grp->nmembers; i++)
            if (grp->members[i].region == r && member_on(&grp->members[i], date)) { bs_set(mark, g); break; }
    }
}

/* A region read as a whole (ag_field.somewhere false) also counts as its subdivisions. */
static void add_whole(const aigov_corpus *c, int r, int32_t date, uint64_t *set, int budget) {
    if (r < 0 || r >= W * 64 || budget <= 0) return;
    expand_region(c, r, date, set, budget);
    for (int i = 0; i < c->regions[r].nchildren; i++) add_whole(c, c->regions[r].children[i], date, set, budget - 1);
}

static void closure_add(const solver *S, const ag_field *f, uint64_t *set, int e) {
    if (f->type == AG_F_REGIONS && !f->somewhere) add_whole(S->env->c, e, S->env->date, set, S->env->c->nregions + 1);
    else if (f->type == AG_F_REGIONS) expand_region(S->env->c, e, S->env->date, set, S->env->c->nregions + 1);
    else bs_set(set, e);
}

static bool set_ok(const sv *v, const uint64_t *C) {
    if (bs_meets(C, v->forb) || !bs_subset(C, v->allowed)) return false;
    for (int h = 0; h < v->nnsup; h++) if (bs_subset(v->nsup[h], C)) return false;
    return true;
}

static ag_value *list_value(solver *S, const ag_field *f, const uint64_t *b, ag_value *out) {
    int n = bs_count(b), dom = domain_size(S->env->c, f), k = 0;
    ag_value *items = AG_NEW(S->a, ag_value, (size_t)n + 1);
    if (!items) { S->oom = true; return NULL; }
    for (int i = 0; i < dom; i++)
        if (bs_has(b, i)) {
            const char *s = elem_name(S->env->c, f, i);
            items[k].kind = AG_V_STR;
            items[k].u.str = s;
            items[k].n = (uint32_t)strlen(s);
            k++;
        }
    out->kind = AG_V_LIST;
    out->nmaybe = 0;
    out->u.items = items;
    out->n = (uint32_t)k;
    return out;
}

static bool num_ok(const sv *v, double x) {
    if (x < v->lo || (x == v->lo && v->lo_open) || x > v->hi || (x == v->hi && v->hi_open)) return false;
    for (int i = 0; i < v->nne; i++) if (v->ne[i] == x) return false;
    return true;
}

/* A value for one slot meeting its constraint; false when none was found. */
static bool sv_value(solver *S, const sv *v, ag_value *out, ag_value *picked) {
    const ag_field *f = field_of(S, v->slot);
    const aigov_corpus *c = S->env->c;
    memset(out, 0, sizeof *out);
    if (v->known < 0) return true; /* left out of the witness: unknown */
    switch (f->type) {
    case AG_F_BOOL:
        out->kind = AG_V_BOOL;
        out->u.b = v->bval > 0;
        return true;
    case AG_F_NUMBER:
    case AG_F_DATE: {
        bool date = f->type == AG_F_DATE;
        double cand[24];
        int n = 0;
        double lo = v->lo, hi = v->hi;
        if (isfinite(lo)) {
            cand[n++] = lo;
            cand[n++] = floor(lo) + 1;
            cand[n++] = lo + fmax(1, fabs(lo));
        }
        if (isfinite(hi)) {
            cand[n++] = hi;
            cand[n++] = ceil(hi) - 1;
            cand[n++] = hi - fmax(1, fabs(hi));
        }
        if (isfinite(lo) && isfinite(hi)) cand[n++] = lo + (hi - lo) / 2;
        cand[n++] = date ? S->env->date : 0;
        cand[n++] = 1;
        for (int i = 0; i < v->nne && n < 22; i++) { cand[n++] = v->ne[i] + 1; cand[n++] = v->ne[i] - 1; }
        for (int i = 0; i < n; i++) {
            double x = date ? floor(cand[i]) : cand[i];
            if (!isfinite(x) || !num_ok(v, x)) continue;
            if (date) {
                if (x < AG_DATE_MIN || x > AG_DATE_MAX) continue;
                out->kind = AG_V_DATE;
                out->u.date = (int32_t)x;
            } else {
                out->kind = AG_V_NUM;
                out->u.num = x;
            }
            return true;
        }
        return false;
    }
    case AG_F_TERM: {
        int dom = domain_size(c, f);
        for (int i = 0; i < dom && i < W * 64; i++)
            if (bs_has(v->allowed, i)) {
                out->kind = AG_V_STR;
                out->u.str = elem_name(c, f, i);
                out->n = (uint32_t)strlen(out->u.str);
                return true;
            }
        return false;
    }
    case AG_F_STRING: {
        const ag_value *cands[64];
        int n = 0;
        if (v->eq) cands[n++] = v->eq;
        for (uint32_t j = 0; v->nallow && j < v->allow[0]->n && n < 64; j++) cands[n++] = &v->allow[0]->u.items[j];
        for (int i = 0; i < n; i++) {
            const ag_value *cv = cands[i];
            bool ok = cv->kind == AG_V_STR && (!v->eq || ag_value_equal(cv, v->eq));
            for (int j = 0; ok && j < v->nsne; j++) if (ag_value_equal(cv, v->sne[j])) ok = false;
            for (int k = 0; ok && k < v->nallow; k++) {
                bool in = false;
                for (uint32_t m = 0; m < v->allow[k]->n; m++) if (ag_value_equal(cv, &v->allow[k]->u.items[m])) in = true;
                ok = in;
            }
            if (ok) { *out = *cv; return true; }
        }
        if (v->eq || v->nallow) return false;
        for (int t = 0; t < 100; t++) {
            char *s = ag_arena_printf(S->a, "witness-%d", t);
            if (!s) { S->oom = true; return false; }
            ag_value cv = {.kind = AG_V_STR, .n = (uint32_t)strlen(s), .u.str = s};
            bool ok = true;
            for (int j = 0; ok && j < v->nsne; j++) if (ag_value_equal(&cv, v->sne[j])) ok = false;
            if (ok) { *out = cv; return true; }
        }
        return false;
    }
    case AG_F_TERMS:
    case AG_F_REGIONS: {
        int dom = domain_size(c, f);
        uint64_t pick[W], C[W];
        memcpy(pick, v->req, sizeof pick);
        memset(C, 0, sizeof C);
        for (int i = 0; i < dom; i++) if (bs_has(v->req, i)) closure_add(S, f, C, i);
        if (!set_ok(v, C)) return false;
        /* One element for each "at least one of" set, then padding up to the size. */
        for (int h = 0; h <= v->nhit; h++) {
            for (;;) {
                bool need = h < v->nhit ? !bs_meets(C, v->hit[h]) : bs_count(C) < v->clo;
                if (!need) break;
                bool added = false;
                for (int e = 0; e < dom && !added; e++) {
                    if (h < v->nhit && !bs_has(v->hit[h], e)) continue;
                    if (bs_has(C, e) || bs_has(v->forb, e) || !bs_has(v->allowed, e)) continue;
                    uint64_t C2[W];
                    memcpy(C2, C, sizeof C2);
                    closure_add(S, f, C2, e);
                    if (!set_ok(v, C2)) continue;
                    memcpy(C, C2, sizeof C);
                    bs_set(pick, e);
                    added = true;
                }
                if (!added) return false;
            }
        }
        if (bs_count(C) > v->chi) return false;
        if (!list_value(S, f, C, out)) return false;
        if (picked && !list_value(S, f, pick, picked)) return false;
        return true;
    }
    }
    return false;
}

/* ---- Search ------------------------------------------------------------------------------ */
typedef struct goal {
    const ag_expr *e;
    uint32_t node;
    bool pos;
    int clause; /* >= 0: a top-level clause to branch over */
    int next;
} goal;

static int push_goal(solver *S, int next, const ag_expr *e, uint32_t node, bool pos, int clause) {
    goal *g = ag_vec_push(&S->goals);
    if (!g) { S->oom = true; return -2; }
    g->e = e;
    g->node = node;
    g->pos = pos;
    g->clause = clause;
    g->next = next;
    return (int)S->goals.n - 1;
}

static store *pool_at(solver *S, int depth) {
    if (depth >= S->npool) {
        int cap = depth + 16;
        store **np = realloc(S->pool, (size_t)cap * sizeof *np);
        if (!np) { S->oom = true; return NULL; }
        for (int i = S->npool; i < cap; i++) np[i] = NULL;
        S->pool = np;
        S->npool = cap;
    }
    if (!S->pool[depth] && !(S->pool[depth] = malloc(sizeof(store)))) { S->oom = true; return NULL; }
    return S->pool[depth];
}

static void copy_store(store *dst, const store *src) {
    dst->n = src->n;
    dst->relaxed = src->relaxed;
    memcpy(dst->v, src->v, (size_t)src->n * sizeof(sv));
}

static bool recheck(solver *S, ag_value *slots) {
    ag_facts f = {slots, S->env->c->nfields, S->env->consts, S->env->c->nconsts};
    for (int i = 0; i < S->nclauses; i++) {
        bool any = false;
        for (int j = 0; j < S->clauses[i].n && !any; j++) {
            const ag_sat_item *it = &S->clauses[i].items[j];
            ag_value r = ag_cel_eval(it->e, &f, NULL);
            any = r.kind == AG_V_BOOL && r.u.b == it->positive;
        }
        if (!any) return false;
    }
    return true;
}

static void describe_store(solver *S, const store *st, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < st->n && n + 4 < cap; i++) {
        char one[256];
        sv_describe(S, &st->v[i], one, sizeof one);
        int w = snprintf(buf + n, cap - n, "%s%s", n ? "; " : "", one);
        if (w > 0) n += (size_t)w;
    }
    if (n >= cap && cap > 4) memcpy(buf + cap - 4, "...", 4);
}

/* A leaf: every literal of one DNF conjunction applied. 1 = witness found. */
static int leaf(solver *S, store *st) {
    const aigov_corpus *c = S->env->c;
    ag_value *slots = AG_NEW(S->a, ag_value, (size_t)c->nfields + 1);
    ag_value *picked = AG_NEW(S->a, ag_value, (size_t)c->nfields + 1);
    if (!slots || !picked) { S->oom = true; return -1; }
    for (int i = 0; i < st->n; i++)
        if (!sv_value(S, &st->v[i], &slots[st->v[i].slot], &picked[st->v[i].slot])) {
            if (S->oom) return -1;
            /* The plain constraint was satisfiable but no value survives region expansion:
             * this conjunction is not decided here. */
            S->undecided = true;
            return 0;
        }
    if (recheck(S, slots)) {
        S->out->slots = slots;
        S->out->picked = picked;
        describe_store(S, st, S->out->why, sizeof S->out->why);
        return 1;
    }
    S->undecided = true;
    return 0;
}

/* Depth-first DNF enumeration. Returns 1 (witness), 0 (no witness below), -1 (abort). */
static int search(solver *S, store *st, int todo, int depth) {
    while (todo >= 0) {
        goal g = ((goal *)S->goals.items)[todo];
        todo = g.next;
        if (++S->steps > AG_SOLVER_MAX_STEPS || depth > 2000 || !ag_work_tick(1)) { S->too_complex = true; return -1; }
        if (g.clause >= 0) {
            const ag_sat_clause *cl = &S->clauses[g.clause];
            store *nx = pool_at(S, depth + 1);
            if (!nx) return -1;
            for (int i = 0; i < cl->n; i++) {
                const ag_expr *e = cl->items[i].e;
                copy_store(nx, st);
                int t = push_goal(S, todo, e, e->root, cl->items[i].positive, -1);
                if (t == -2) return -1;
                int r = search(S, nx, t, depth + 1);
                if (r) return r;
            }
            return 0;
        }
        const ag_cel_node *n = &g.e->nodes[g.node];
        if (n->op == AG_OP_NOT) {
            todo = push_goal(S, todo, g.e, g.e->kids[n->kid0], !g.pos, -1);
            if (todo == -2) return -1;
            continue;
        }
        if (n->op == AG_OP_AND || n->op == AG_OP_OR) {
            bool conj = (n->op == AG_OP_AND) == g.pos;
            if (conj) {
                for (uint32_t i = n->nkids; i-- > 0;) {
                    todo = push_goal(S, todo, g.e, g.e->kids[n->kid0 + i], g.pos, -1);
                    if (todo == -2) return -1;
                }
                continue;
            }
            store *nx = pool_at(S, depth + 1);
            if (!nx) return -1;
            for (uint32_t i = 0; i < n->nkids; i++) {
                copy_store(nx, st);
                int t = push_goal(S, todo, g.e, g.e->kids[n->kid0 + i], g.pos, -1);
                if (t == -2) return -1;
                int r = search(S, nx, t, depth + 1);
                if (r) return r;
            }
            return 0;
        }
        if (n->op == AG_OP_CONST && n->v.kind == AG_V_BOOL) {
            if (n->v.u.b != g.pos) goto empty;
            continue;
        }
        lit_result lr = apply(S, st, g.e, n, g.pos);
        if (S->oom) return -1;
        if (lr == LIT_DROPPED) { st->relaxed = true; continue; }
        if (lr == LIT_EMPTY) goto empty;
        /* The slot just constrained is the last one touched or found by search. */
        bool feasible = true;
        for (int i = 0; i < st->n && feasible; i++) feasible = sv_feasible(S, &st->v[i]);
        if (!feasible) goto empty;
    }
    if (++S->leaves > AG_SOLVER_MAX_CONJUNCTS) { S->too_complex = true; return -1; }
    return leaf(S, st);
empty:
    if (++S->leaves > AG_SOLVER_MAX_CONJUNCTS) { S->too_complex = true; return -1; }
    if (!S->have_why) {
        /* Name the slot whose constraint is empty, with what was required of it. */
        for (int i = 0; i < st->n; i++)
            if (!sv_feasible(S, &st->v[i]) || st->v[i].known < 0) {
                char d[300];
                sv_describe(S, &st->v[i], d, sizeof d);
                snprintf(S->out->why, sizeof S->out->why, "no value of system.%s meets every requirement (%s)",
                         field_of(S, st->v[i].slot)->path, d);
                S->have_why = true;
                break;
            }
        if (!S->have_why) {
            snprintf(S->out->why, sizeof S->out->why, "the conditions contradict each other (a literal is always false here)");
            S->have_why = true;
        }
    }
    return 0;
}

bool ag_solve(const ag_solver_env *env, const ag_sat_clause *clauses, int nclauses, ag_arena *a,
              ag_sat_result *out) {
    memset(out, 0, sizeof *out);
    solver S;
    memset(&S, 0, sizeof S);
    S.env = env;
    S.a = a;
    S.clauses = clauses;
    S.nclauses = nclauses;
    S.out = out;
    ag_vec_init(&S.goals, sizeof(goal));
    int todo = -1;
    for (int i = nclauses; i-- > 0 && todo != -2;) {
        if (clauses[i].n == 1) todo = push_goal(&S, todo, clauses[i].items[0].e, clauses[i].items[0].e->root, clauses[i].items[0].positive, -1);
        else todo = push_goal(&S, todo, NULL, 0, true, i);
    }
    store *root = todo == -2 ? NULL : pool_at(&S, 0);
    int r = -1;
    if (root) {
        root->n = 0;
        root->relaxed = false;
        r = search(&S, root, todo, 0);
    }
    for (int i = 0; i < S.npool; i++) free(S.pool[i]);
    free(S.pool);
    ag_vec_free(&S.goals);
    out->conjunctions = S.leaves;
    out->steps = S.steps;
    if (S.oom) return false;
    if (r == 1) out->sat = AG_SAT_YES;
    else if (S.too_complex) {
        out->sat = AG_SAT_TOO_COMPLEX;
        snprintf(out->why, sizeof out->why, "too complex: more than %d conjunctions or %d literals", AG_SOLVER_MAX_CONJUNCTS, AG_SOLVER_MAX_STEPS);
    } else if (S.undecided) {
        out->sat = AG_SAT_UNDECIDED;
        snprintf(out->why, sizeof out->why, "undecided: the conditions use constructs the solver does not model, and no candidate system held");
    } else {
        out->sat = AG_SAT_NO;
        if (!out->why[0]) snprintf(out->why, sizeof out->why, "the conditions contradict each other");
    }
    return true;
}

void ag_witness_facts(const ag_solver_env *env, const ag_sat_result *r, ag_facts *out) {
    out->slots = r->slots;
    out->nslots = env->c->nfields;
    out->consts = env->consts;
    out->nconsts = env->c->nconsts;
}

/* ---- Witness as a profile ------------------------------------------------------------------- */
static json_t *json_of(const ag_value *v) {
    char d[11];
    switch (v->kind) {
    case AG_V_BOOL: return json_boolean(v->u.b);
    case AG_V_NUM:
        if (v->u.num == floor(v->u.num) && fabs(v->u.num) < 9e15) return json_integer((json_int_t)v->u.num);
        return json_real(v->u.num);
    case AG_V_DATE: ag_date_format(v->u.date, d); return json_string(d);
    case AG_V_STR: return json_stringn(v->u.str, v->n);
    case AG_V_LIST: {
        json_t *a = json_array();
        for (uint32_t i = 0; a && i < v->n; i++) json_array_append_new(a, json_of(&v->u.items[i]));
        return a;
    }
    default: return json_null();
    }
}

char *ag_witness_json(const ag_solver_env *env, const ag_sat_result *r, const char *id) {
    const aigov_corpus *c = env->c;
    json_t *root = json_object();
    if (!root) return NULL;
    char d[11];
    ag_date_format(env->date, d);
    json_object_set_new(root, "id", json_string(id));
    json_object_set_new(root, "date", json_string(d));
    for (int s = 0; r->slots && s < c->nfields; s++) {
        const ag_value *v = c->fields[s].type == AG_F_REGIONS && r->picked[s].kind == AG_V_LIST ? &r->picked[s] : &r->slots[s];
        if (v->kind == AG_V_UNKNOWN) continue;
        /* Nest by path: "model.training_compute_flop" -> {"model": {...}}. */
        json_t *obj = root;
        const char *p = c->fields[s].path;
        for (const char *dot; (dot = strchr(p, '.'));) {
            char key[128];
            snprintf(key, sizeof key, "%.*s", (int)(dot - p), p);
            json_t *sub = json_object_get(obj, key);
            if (!sub) { sub = json_object(); json_object_set_new(obj, key, sub); }
            obj = sub;
            p = dot + 1;
        }
        json_object_set_new(obj, p, json_of(v));
    }
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (s) aigov_json_shortest_reals(s, strlen(s));
    return s;
}

/* ---- Summaries ------------------------------------------------------------------------------ */
struct ag_sat_summary {
    store st;
    bool empty; /* the clauses alone are already unsatisfiable in their top level */
};

static void summarize_node(solver *S, store *st, const ag_expr *e, uint32_t node, bool pos, bool *empty, int depth) {
    const ag_cel_node *n = &e->nodes[node];
    if (depth > AG_MAX_EXPR_DEPTH + 2) return;
    if (n->op == AG_OP_NOT) { summarize_node(S, st, e, e->kids[n->kid0], !pos, empty, depth + 1); return; }
    if (n->op == AG_OP_AND || n->op == AG_OP_OR) {
        if ((n->op == AG_OP_AND) != pos) return; /* a disjunction: nothing is necessary */
        for (uint32_t i = 0; i < n->nkids; i++) summarize_node(S, st, e, e->kids[n->kid0 + i], pos, empty, depth + 1);
        return;
    }
    if (n->op == AG_OP_CONST) return;
    if (apply(S, st, e, n, pos) == LIT_EMPTY) *empty = true;
}

ag_sat_summary *ag_sat_summarize(const ag_solver_env *env, const ag_sat_clause *clauses, int nclauses,
                                 ag_arena *a) {
    ag_sat_summary *sm = AG_NEW(a, ag_sat_summary, 1);
    if (!sm) return NULL;
    solver S;
    memset(&S, 0, sizeof S);
    S.env = env;
    S.a = a;
    for (int i = 0; i < nclauses; i++)
        if (clauses[i].n == 1) summarize_node(&S, &sm->st, clauses[i].items[0].e, clauses[i].items[0].e->root, clauses[i].items[0].positive, &sm->empty, 0);
    if (S.oom) return NULL;
    for (int i = 0; i < sm->st.n && !sm->empty; i++) if (!sv_feasible(&S, &sm->st.v[i])) sm->empty = true;
    return sm;
}

/* Merge src into dst (both for the same slot); false when a cap is exceeded. */
static bool sv_merge(sv *dst, const sv *src) {
    if (src->known && dst->known && src->known != dst->known) dst->known = 2; /* contradictory */
    else if (src->known) dst->known = src->known;
    if (src->bval >= 0) {
        if (dst->bval >= 0 && dst->bval != src->bval) dst->known = 2;
        dst->bval = src->bval;
    }
    if (src->lo > dst->lo || (src->lo == dst->lo && src->lo_open)) { dst->lo = src->lo; dst->lo_open = src->lo_open; }
    if (src->hi < dst->hi || (src->hi == dst->hi && src->hi_open)) { dst->hi = src->hi; dst->hi_open = src->hi_open; }
    if (dst->nne + src->nne > MAXNE || dst->nhit + src->nhit > MAXHIT || dst->nnsup + src->nnsup > MAXHIT ||
        dst->nallow + src->nallow > MAXALLOW || dst->nsne + src->nsne > MAXNE)
        return false;
    for (int i = 0; i < src->nne; i++) dst->ne[dst->nne++] = src->ne[i];
    for (int w = 0; w < W; w++) {
        dst->allowed[w] &= src->allowed[w];
        dst->req[w] |= src->req[w];
        dst->forb[w] |= src->forb[w];
    }
    for (int i = 0; i < src->nhit; i++) dst->hit[dst->nhit++] = src->hit[i];
    for (int i = 0; i < src->nnsup; i++) dst->nsup[dst->nnsup++] = src->nsup[i];
    if (src->clo > dst->clo) dst->clo = src->clo;
    if (src->chi < dst->chi) dst->chi = src->chi;
    if (src->eq) {
        if (dst->eq && !ag_value_equal(dst->eq, src->eq)) dst->known = 2;
        dst->eq = src->eq;
    }
    for (int i = 0; i < src->nallow; i++) dst->allow[dst->nallow++] = src->allow[i];
    for (int i = 0; i < src->nsne; i++) dst->sne[dst->nsne++] = src->sne[i];
    return true;
}

bool ag_sat_summary_compatible(const ag_solver_env *env, const ag_sat_summary *x, const ag_sat_summary *y) {
    if (x->empty || y->empty) return false;
    solver S;
    memset(&S, 0, sizeof S);
    S.env = env;
    for (int j = 0; j < y->st.n; j++) {
        const sv *b = &y->st.v[j];
        const sv *a = NULL;
        for (int i = 0; i < x->st.n; i++) if (x->st.v[i].slot == b->slot) a = &x->st.v[i];
        if (!a) continue;
        sv m = *a;
        if (!sv_merge(&m, b)) continue;
        if (m.known == 2 || !sv_feasible(&S, &m)) return false;
    }
    return true;
}
