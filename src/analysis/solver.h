/* solver.h — satisfiability of conjunctions of compiled conditions over the typed profile
 * slots of a corpus, with concrete witnesses (docs/analysis.md, "The solver").
 *
 * A problem is a conjunction of clauses; a clause is a disjunction of (condition,
 * polarity) items: "scope trigger 1 or trigger 2", "not exemption E", "the provision's
 * `when`". The solver asks whether some system makes every clause definitely true under
 * the three-valued semantics of cel.h (a literal over a missing field is unknown, never
 * true), and either returns a witness — a value for every slot it constrains — that
 * ag_cel_eval confirms, or proves that none exists.
 *
 * Method: the conditions are put in negation normal form and their disjunctive normal
 * form is enumerated lazily, depth first, pruning a branch as soon as its conjunction of
 * literals is empty; the number of conjunctions visited is capped (AG_SOLVER_MAX_CONJUNCTS)
 * and past it the answer is "too complex". Each conjunction keeps, per slot: an interval
 * with excluded points (numbers, dates), a required value (bools), an allowed set of terms
 * (single terms; free strings keep equalities and exclusions), and for sets of terms or
 * regions the required, forbidden and allowed elements, "at least one of" sets
 * (sets.intersects), "not all of" sets and a size interval. Literals outside these shapes
 * (e.g. a field compared with another field) are dropped, which relaxes the problem: an
 * empty relaxation still proves "no system", and a witness of the relaxation counts only
 * once the evaluator confirms it on the original conditions. A region set in a witness
 * is expanded exactly as profile.c expands it (ancestors, groups on the date).
 *
 * Owns: nothing beyond the scratch memory of one call. Must not: print, read files. */
#ifndef AG_SOLVER_H
#define AG_SOLVER_H
#include "corpus/corpus.h"

#define AG_SOLVER_MAX_CONJUNCTS 4096 /* DNF conjunctions visited per problem */
#define AG_SOLVER_MAX_STEPS 200000   /* literals applied per problem */
#define AG_SOLVER_MAX_ITEMS 64       /* items of one clause */

typedef enum ag_sat {
    AG_SAT_YES,        /* a witness exists; it is in the result and was re-checked */
    AG_SAT_NO,         /* no system satisfies every clause (proved) */
    AG_SAT_UNDECIDED,  /* the conditions use constructs the solver drops and no witness
                        * of the relaxation held on the original conditions */
    AG_SAT_TOO_COMPLEX /* the DNF or step cap was reached */
} ag_sat;
const char *ag_sat_name(ag_sat s);

/* Where the solver works: the corpus's schema and vocabularies, a date for named sets
 * and region expansion. */
typedef struct ag_solver_env {
    const aigov_corpus *c;
    int32_t date;
    ag_value *consts; /* named sets resolved on `date` (in `arena`) */
    ag_arena arena;
} ag_solver_env;
/* false on OOM. Free with ag_solver_env_free. */
bool ag_solver_env_init(ag_solver_env *env, const aigov_corpus *c, int32_t date);
void ag_solver_env_free(ag_solver_env *env);

typedef struct ag_sat_item {
    const ag_expr *e;
    bool positive; /* the condition must be true (else false) */
} ag_sat_item;

typedef struct ag_sat_clause {
    const ag_sat_item *items; /* at least one must hold */
    int n;
} ag_sat_clause;

typedef struct ag_sat_result {
    ag_sat sat;
    /* AG_SAT_YES: the witness, one value per corpus field (AG_V_UNKNOWN where the witness
     * leaves the field out); for region fields `picked` holds the codes to write in a
     * profile (the slot value is their expansion). In the caller's arena. */
    ag_value *slots;
    ag_value *picked;
    /* AG_SAT_NO: why, for one of the conjunctions (all were empty); AG_SAT_YES: a
     * description of the systems of the conjunction the witness came from, e.g.
     * "model.training_compute_flop > 1e+25; 'DE' in markets". */
    char why[512];
    int conjunctions;  /* DNF conjunctions visited */
    int steps;
} ag_sat_result;

/* Decide the conjunction of `clauses`. Scratch memory and the witness go to `a` (the
 * caller resets or frees it). Returns false only when out of memory. */
bool ag_solve(const ag_solver_env *env, const ag_sat_clause *clauses, int nclauses, ag_arena *a,
              ag_sat_result *out);

/* The facts view of a witness, for ag_cel_eval. */
void ag_witness_facts(const ag_solver_env *env, const ag_sat_result *r, ag_facts *out);

/* A witness as a profile JSON object (pretty-printed, malloc'd; NULL on OOM): `id`, the
 * date, and every field the witness sets, nested by path. */
char *ag_witness_json(const ag_solver_env *env, const ag_sat_result *r, const char *id);

/* Necessary constraints of a clause list, for pairing at scale: the literals that hold in
 * every DNF conjunction reachable without branching (the top-level conjunctions), as an
 * opaque summary. Two summaries that cannot hold together prove the pair unsatisfiable
 * without a search. NULL on OOM. */
typedef struct ag_sat_summary ag_sat_summary;
ag_sat_summary *ag_sat_summarize(const ag_solver_env *env, const ag_sat_clause *clauses, int nclauses,
                                 ag_arena *a);
/* false when the two summaries are jointly unsatisfiable (a proof); true otherwise. */
bool ag_sat_summary_compatible(const ag_solver_env *env, const ag_sat_summary *x, const ag_sat_summary *y);
#endif
