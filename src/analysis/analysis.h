/* analysis.h — the regime-complex analyses (Roberts et al., Ho et al.; docs/analysis.md)
 * as data, before rendering: the conflict search (used by aigov_conflicts, aigov_whatif
 * and bench/bench_conflicts.c), coverage cells and institution figures.
 * Everything is owned by the arena passed in. */
#ifndef AG_ANALYSIS_H
#define AG_ANALYSIS_H
#include "analysis/solver.h"

typedef enum ag_pair_kind { AG_PAIR_CONFLICT, AG_PAIR_OVERLAP } ag_pair_kind;

/* One pair of provisions: a prohibition forbidding an action that an obligation to the
 * same addressee requires (conflict), or two obligations of different issuers requiring
 * the same action (overlap); with the solver's answer on whether some system falls under
 * both. "Requires" is ag_provision.required: activities only say when a duty attaches. */
typedef struct ag_pair {
    ag_pair_kind kind;
    const ag_provision *a, *b;  /* conflict: a = prohibition, b = obligation */
    char actions[256];          /* shared actions, comma-separated */
    ag_sat sat;
    char why[512];              /* proof of impossibility, or the systems' description */
    char *witness;              /* conflicts: malloc'd profile JSON when sat == AG_SAT_YES; else NULL */
} ag_pair;

typedef struct ag_pairs {
    ag_pair *items;             /* heap array; free with ag_pairs_free */
    int n, cap;
    int considered;             /* pairs sharing an action and an addressee */
    int pruned;                 /* of those, refuted by necessary constraints without search */
    int solved;                 /* given to the solver */
} ag_pairs;

/* Every conflict and overlap on `date` among the provisions in force or coming into
 * force (not revoked or expired by then). Pairs are formed per action (a prohibition or
 * obligation only meets provisions that name the same action), pruned by necessary
 * constraints (ag_sat_summary), then decided by the solver; every witness is re-checked
 * by ag_cel_eval and again after a round trip through the profile parser. With
 * `overlaps` false only conflicts are searched. false on OOM. */
bool ag_find_pairs(const aigov_corpus *c, int32_t date, bool overlaps, ag_pairs *out);
void ag_pairs_free(ag_pairs *p);

/* An opposition between two instruments (docs/analysis.md, "Conflicts"): a relation
 * `contests`, `preempts` or `restricts` recorded with its article, from an instrument in force
 * to one adopted and not revoked on the date, with a witness: a system within the scope of both
 * (of the target alone when the source has none) — the systems caught between them. */
typedef struct ag_opposition {
    const ag_instrument *source, *target;
    const ag_relation *rel;
    ag_sat sat;
    char why[512];   /* the systems' description, or why there is none */
    char *witness;   /* malloc'd profile JSON when sat == AG_SAT_YES */
} ag_opposition;
/* Every opposition on the date into *out (heap; free with ag_oppositions_free); the count, or
 * -1 on OOM. */
int ag_find_oppositions(const aigov_corpus *c, int32_t date, ag_opposition **out);
void ag_oppositions_free(ag_opposition *o, int n);

/* Do two provisions share a content action (compare.c): both forbid it, or both require or
 * recommend it (`required`: activities only say when a duty attaches)? */
bool ag_provisions_share_action(const ag_provision *p, const ag_provision *q);
/* Is the provision in effect on the date (not expired by an `until`, amendments applied)? */
bool ag_provision_in_effect(const ag_provision *p, int32_t date);

/* Is the instrument in force on the date (in force, or adopted when it has no in_force date;
 * not `in_force: pending`; not revoked)? */
bool ag_instrument_in_force(const ag_instrument *in, int32_t date);
/* Was it adopted (or, without an adoption date, in force) by the date? A signed treaty not yet
 * in force (`in_force: pending`) was. */
bool ag_instrument_adopted(const ag_instrument *in, int32_t date);
/* Coverage cells for what-if comparisons (gaps.c): keys "topic/layer/jurisdiction" and
 * statuses (0 none, 1 voluntary only, 2 binding), in `a`. Returns the count or -1. */
int ag_gap_cells(const aigov_corpus *c, int32_t date, ag_arena *a, const char ***keys, uint8_t **status);
const char *ag_gap_status_name(int s);

/* Does the actor exist on the date (map.c): not `proposed`, established by then (when the
 * corpus says), not dissolved. */
bool ag_actor_exists(const ag_actor *a, int32_t date);
/* Institutions on a date (map.c): actors of an institutional kind that exist then. */
bool ag_is_institution(const ag_actor *a, int32_t date);
/* Is actor i active in AI on the date (docs/analysis.md, "Panel"): an institution (or, with
 * `companies`, a company) that exists and by then has issued or adheres to an instrument adopted
 * or in force. (A mandate alone does not count: delegations are scoped by topic, not by AI.) */
bool ag_actor_active(const aigov_corpus *c, int i, int32_t date, bool companies);

/* The coordination graph (docs/analysis.md, "Map") among the actors with keep[actor] on the
 * date, over the instruments with alive[instrument]: two are linked when one delegates to the
 * other (in force), they co-issue, one adheres to the other's instrument, or an instrument of
 * one relates to an instrument of the other. m nodes (actor[] their actor indices), adj an
 * m x m 0/1 matrix, `links` undirected edges. */
typedef struct ag_coord {
    int m, links;
    int *actor;
    uint8_t *adj;
} ag_coord;
bool ag_coord_build(const aigov_corpus *c, int32_t date, const bool *keep, const bool *alive, ag_coord *g);
void ag_coord_free(ag_coord *g);
/* Connected components of the graph (isolated nodes are components); *largest their largest size. */
int ag_coord_components(const ag_coord *g, int *largest);
/* Newman's modularity Q of the partition found by greedy agglomeration (Clauset, Newman and
 * Moore 2004: merge the two communities whose merger raises Q most, until none does; ties to
 * the lowest pair), and the number of communities (isolated nodes each one). label (may be
 * NULL, m entries) receives each node's community, numbered in order of first node. Q = 0
 * when the graph has no edge. -1 on OOM (Q is in [-1/2, 1)). */
double ag_coord_modularity(const ag_coord *g, int *communities, int *label);
/* The same on a weighted undirected graph: w is m x m, symmetric, non-negative (the diagonal
 * is ignored). ag_coord_modularity is this with the 0/1 adjacency. */
double ag_modularity(int m, const double *w, int *communities, int *label);

/* Their ids into out (at most cap); returns the count. */
int ag_institutions(const aigov_corpus *c, int32_t date, const char **out, int cap);
#endif
