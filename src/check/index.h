/* index.h — the compiled, indexed engine (index.c): every condition of a corpus lowered to
 * a small program of atoms over one profile slot and a constant, and an inverted index of
 * the conditions by the values they need, so that checking a profile evaluates only its
 * candidates. Decisions are identical to evaluating every condition with ag_cel_eval
 * (tests/unit/test_index.c compares the two on random corpora and profiles).
 *
 * Lifetimes: an aigov_index borrows its corpus and owns one arena (freed at once). An
 * ag_worker is one thread's scratch (candidate bitsets, the profile's term bitsets, the
 * per-instrument result arrays); nothing on the decide path allocates. */
#ifndef AG_INDEX_H
#define AG_INDEX_H
#include "check/check.h"

/* ---- Programs ------------------------------------------------------------------------ */
#define AG_PROG_OPS(X)                                                                     \
    X(FALLBACK, "evaluate CEL node `cel` with ag_cel_eval_node")                          \
    X(CONST,    "the constant truth value `tv`")                                          \
    X(BOOL,     "bool slot `slot`: its value")                                            \
    X(HAS,      "has(slot): known or not; never unknown")                                 \
    X(ANY,      "slot's terms meet the constant set (intersects, in, ==; `neg` for !=)")   \
    X(ALL,      "slot's terms include every term of the constant set (sets.contains(f, K))") \
    X(SUB,      "slot's terms are all in the constant set (sets.contains(K, f))")          \
    X(NUM,      "number or date slot `cmp` bound (EQ NE LT LE GT GE as ag_cel_op)")         \
    X(AND,      "Kleene and of kids")                                                     \
    X(OR,       "Kleene or of kids")                                                      \
    X(NOT,      "Kleene not of kid 0")

typedef enum ag_prog_op {
#define AG_PROG_ENUM_(n, doc) AG_P_##n,
    AG_PROG_OPS(AG_PROG_ENUM_)
#undef AG_PROG_ENUM_
} ag_prog_op;

typedef struct ag_pnode {
    uint8_t op;          /* ag_prog_op */
    uint8_t cmp;         /* NUM: an ag_cel_op comparison, field on the left */
    uint8_t tv;          /* CONST: ag_tv */
    bool neg;            /* ANY: negate a known result (!=) */
    int32_t slot;        /* BOOL HAS ANY ALL SUB NUM: the profile slot */
    int32_t konst;       /* ANY ALL SUB: the named set giving the constant (date-dependent), or -1 */
    uint32_t bits;       /* ANY ALL SUB with konst -1: offset of the constant set in index words */
    uint32_t cel;        /* FALLBACK: the node of the condition's expression */
    uint32_t kid0, nkids;/* AND OR NOT: children are prog kids[kid0 .. kid0+nkids) */
    double bound;        /* NUM: the constant (dates as days) */
} ag_pnode;

typedef struct ag_prog {
    const ag_expr *e;
    ag_pnode *nodes;
    uint32_t *kids;
    uint32_t root;
} ag_prog;

/* ---- The index ----------------------------------------------------------------------- */
typedef struct ag_jstr { const char *s; uint32_t len; } ag_jstr; /* a JSON string literal */

/* A term domain: the terms a slot's values are drawn from, numbered 0..n-1 (a vocabulary's
 * terms, the region codes, or false/true for a bool slot). */
typedef struct ag_slot_index {
    int domain;             /* number of terms; 0 when the slot has no term domain */
    int vocab;              /* vocabulary of the domain, -1 for regions or bool */
    bool regions, boolean;
    uint32_t words;         /* 64-bit words of a term set over the domain */
    uint32_t pbits;         /* offset of the profile's term set in a worker's words */
    /* Conditions (a bitset of the index's cwords words) with no key on this slot, and
     * per term t (tindex[t] >= 0) those whose key on this slot holds when the profile
     * has t: tbits[tindex[t] * cwords ...]. */
    uint32_t nkeyed;            /* conditions with a key on this slot */
    uint64_t *none, *tbits;
    int32_t *tindex;
    /* Threshold keys, sorted: `lower` by bound ascending (needs value >= or > bound),
     * `upper` by bound descending (needs value <= or < bound). */
    struct ag_bound { double bound; bool incl; uint32_t cond; } *lower, *upper;
    /* lower_cp[j * cwords ...]: the conditions of lower[0 .. 64j), likewise upper_cp. */
    uint64_t *lower_cp, *upper_cp;
    uint32_t nlower, nupper;
} ag_slot_index;

struct aigov_index {
    const aigov_corpus *c;
    ag_arena arena;
    /* Conditions are numbered: triggers first (instrument order), then provisions. */
    int ntrig, nexempt, nprov, ncond;
    int *trig0, *exempt0, *prov0;  /* per instrument, first index; [ninstruments] = total */
    int *inst_of_trig;             /* per trigger: its instrument */
    ag_prog *trig_prog, *exempt_prog;
    /* A provision's programs: its base condition and each amendment's, by expression. */
    ag_prog **prov_progs;
    int *prov_nprogs;
    uint64_t *always;              /* conditions with no key: always candidates */
    /* Keys: requirements on one slot, each holding whenever its condition is not false.
     * A condition is a candidate when all its keys hold; `possible` leaves out those
     * that can never hold (e.g. `false`). */
    uint64_t *possible;
    uint32_t cwords;               /* words of a bitset over conditions */
    uint64_t *role_mask;           /* per provision: its addressees as role bits */
    bool roles_exact;              /* every addressee is a role term and there are <= 64 */
    int role_vocab;
    int role_slot;                 /* the profile's `role` field, or -1 */
    ag_slot_index *slots;          /* corpus->nfields */
    int *used_slots, nused;        /* slots with a term domain read by atoms or keys */
    int *keyed_slots, nkeyed_slots;/* slots with keys */
    uint8_t *prov_flags;           /* per provision: AG_PF_* */
    uint64_t *action_mask;         /* per provision: its actions as bits */
    bool actions_exact;            /* action and role masks decide conflicts exactly */
    ag_jstr *prov_json, *field_json; /* provision full ids and field expr paths, quoted */
    uint64_t *words;               /* constant term sets of ANY/ALL/SUB atoms */
    uint32_t nwords, pwords;       /* pwords: words of a profile's term sets */
    /* Interned string pointer -> term id (vocabulary terms and region codes). */
    const char **ptr_keys;
    int32_t *ptr_vals;
    uint32_t ptr_cap;
};

/* AG_PF_PROHIBITION: the kind forbids its actions (ag_kind_forbids); AG_PF_BANNED: a
 * prohibited practice. */
enum { AG_PF_PROHIBITION = 1, AG_PF_OBLIGATION = 2, AG_PF_BINDING = 4, AG_PF_BANNED = 8 };

/* One thread's scratch for deciding profiles against an index. */
typedef struct ag_worker {
    const aigov_index *x;
    uint64_t *cand;             /* candidate conditions of the current profile */
    uint64_t *tmp;              /* one slot's satisfied conditions (read at live words only) */
    uint32_t *live;             /* the words of cand not yet zero, during ag_worker_prepare */
    int *cand_insts;            /* instruments with a candidate trigger (ag_worker_instruments) */
    uint64_t *pbits;            /* the profile's term sets, by slot */
    uint64_t *mbits;            /* of those, the regions that only may hold (valid where the
                                 * slot's value has nmaybe) */
    bool *outside;              /* by slot: the profile has a term outside the domain */
    uint64_t *kbits;            /* named sets as term sets on kdate */
    int32_t kdate;
    /* Results for one profile, reused (sized for the whole corpus). */
    ag_inst_result *insts;
    ag_cond_result *trig, *exempt;
    ag_prov_result *provs;
    int ninsts;
    bool no_index;              /* every condition a candidate (benchmarks: what the index saves) */
    /* Per role set: provisions addressed to none of its roles, by instrument. */
    struct { uint64_t mask; int *counts; } na[4];
    int nna, na_next;
    /* The last role set seen and its mask. */
    ag_strlist last_roles;
    const char *last_roles_items[4];
    uint64_t last_mask;
    bool last_roles_ok;
} ag_worker;

ag_worker *ag_worker_new(const aigov_index *x);
void ag_worker_free(ag_worker *w);
/* Marks the candidate conditions of profile facts f on `date` in w->cand and fills the
 * profile's term sets. */
void ag_worker_prepare(ag_worker *w, const ag_facts *f, int32_t date);
/* Asks the CPU for the facts ag_worker_prepare will read: stage 0 the slots the index
 * uses, stage 1 (once those are cached) the lists they point to. */
void ag_worker_prefetch(const ag_worker *w, const ag_facts *f, int stage);
static inline bool ag_worker_is_cand(const ag_worker *w, int cond) {
    return (w->cand[cond >> 6] >> (cond & 63)) & 1;
}
/* Fills w->cand_insts with the instruments (ascending) one of whose triggers is a
 * candidate after ag_worker_prepare; returns how many. */
int ag_worker_instruments(ag_worker *w);
/* How many provisions of instrument i are addressed to none of the roles in rmask
 * (cached per worker for the last few role sets). */
int ag_worker_not_addressed(ag_worker *w, int i, uint64_t rmask);
/* Evaluates a compiled program after ag_worker_prepare: the same value and deciding
 * slots as ag_cel_eval(prog->e, f, deciding). */
ag_tv ag_prog_eval(const ag_worker *w, const ag_prog *prog, const ag_facts *f, ag_slotset *deciding);
/* The deciding slots alone of a program whose value is unknown (the second half of
 * ag_prog_eval), added to *deciding. */
void ag_prog_deciding(const ag_worker *w, const ag_prog *prog, const ag_facts *f, ag_slotset *deciding);
/* The program of a provision's condition as in force (view->when). */
const ag_prog *ag_index_prov_prog(const aigov_index *x, int prov, const ag_expr *when);
/* The profile's roles as role bits; false when they cannot be represented exactly. */
bool ag_index_roles_mask(const aigov_index *x, const ag_strlist *roles, uint64_t *mask);
/* The same, remembering the last role set (profiles of a batch share them). */
bool ag_worker_roles_mask(ag_worker *w, const ag_strlist *roles, uint64_t *mask);
/* Do two provision results (a prohibition pa, an obligation pb, both by index number)
 * conflict? The same as ag_conflict_side + ag_conflict_meet, by bits when exact. */
static inline bool ag_index_conflict(const aigov_index *x, int ia, const ag_prov_result *pa, int ib,
                                     const ag_prov_result *pb) {
    if (!(x->prov_flags[ia] & AG_PF_PROHIBITION) || !(x->prov_flags[ib] & AG_PF_OBLIGATION)) return false;
    if (!ag_status_may_conflict(pa->status) || !ag_status_may_conflict(pb->status)) return false;
    if (x->actions_exact)
        return (x->action_mask[ia] & x->action_mask[ib]) && (x->role_mask[ia] & x->role_mask[ib]);
    return ag_conflict_meet(pa, pb);
}
/* The index number of a provision result's provision. */
static inline int ag_index_prov_id(const aigov_index *x, const ag_inst_result *ir, const ag_prov_result *pr) {
    return x->prov0[ir->in - x->c->instruments] + (int)(pr->view.base - ir->in->provisions);
}

/* check.c: decide one profile into the worker's arrays, using the index to skip
 * instruments and provisions that cannot apply. `roles`/`roles_known` as in a result.
 * Returns w->ninsts, the instruments reached, in w->insts. Allocates nothing. */
int ag_check_worker(ag_worker *w, const aigov_profile *p, const ag_strlist *roles, bool roles_known, bool all);

/* Decides p and appends its output line to out (batch.c); false when out cannot grow. */
bool ag_batch_render(aigov_batch *b, const aigov_profile *p, long line, aigov_buf *out);

/* One thread's checker (batch.c). */
struct aigov_batch {
    const aigov_index *x;
    ag_worker *w;
    bool all;
    bool role_override;
    ag_strlist roles;       /* --role: vocabulary terms */
    const char *roles_store[64];
    char date[11];
    bool has_date;
    /* Scratch: the results that can be a conflict's prohibition (0) or obligation (1). */
    struct ag_side { const ag_prov_result *pr; int id; } *side[2];
    int nside[2];
    uint64_t obligation_actions; /* the actions the obligations among them require */
    /* Rendering (batch.c): the results of one line by status, in result order, found in
     * one pass with the counts; and the JSON text of each set of deciding fields met recently, keyed by
     * the set (an unknown provision's "deciding_fields"), written once and copied after. */
    struct ag_side *bucket[AG_ST_NOT_APPLICABLE + 1];
    int nbucket[AG_ST_NOT_APPLICABLE + 1];
    int *banned, nbanned;   /* the prohibited practices that apply, by index number */
    struct ag_fields_text { ag_slotset set; uint32_t off, len; bool used; } ftext_cache[256];
    aigov_buf ftext;
};

#endif
