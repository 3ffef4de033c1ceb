/* legitimacy.h — Erman & Furendal's legitimacy framework as computation over the
 * delegation graph: chains public -> authorized entity -> mandated entity, the five
 * legitimate modes and the named defects (docs/legitimacy.md).
 *
 * The graph is flattened into integer arrays (ag_lgraph) so that one multi-source
 * breadth-first search per (date, topics, criterion) gives every actor's best chain in
 * time linear in the graph; single-actor queries then follow parent pointers. Nothing
 * is decided per instrument or per country in code: every verdict follows from the
 * corpus data and the criterion file. */
#ifndef AG_LEGITIMACY_H
#define AG_LEGITIMACY_H
#include "corpus/corpus.h"

/* ---- The criterion (a user-replaceable YAML file; criteria/default.yaml is built in) */
typedef enum ag_principals_rule { AG_RULE_ALL, AG_RULE_MAJORITY, AG_RULE_ANY, AG_RULE_AS_DECLARED } ag_principals_rule;

typedef struct ag_criterion {
    const char *name, *title, *source, *limits;
    ag_strlist accountability_any;  /* an authorization is minimally democratic if its
                                     * accountability lists one of these mechanisms */
    ag_strlist publics_include;     /* publics whose authorizations always count */
    ag_strlist publics_exclude;     /* publics whose authorizations never count */
    const char *index;              /* a published index recorded on publics (`indices:`), or
                                     * NULL: then only accountability_any decides */
    double index_at_least;          /* minimally democratic: the public's value >= this */
    bool unclassified_by_accountability; /* a public without a value: judged by
                                     * accountability_any (true) or not counted (false) */
    bool require_accountability;    /* every link must record a mechanism */
    bool require_revocable;         /* every link must be revocable */
    ag_strlist revocation_counts;   /* the means of revocation that count (recall,
                                     * withdrawal, amendment); a link revocable only by
                                     * other means is not revocable under the criterion */
    ag_principals_rule multilateral;/* how several principals' standing combines */
    bool count_over_group;          /* `principals_counted: group`: a mandate with a
                                     * principals_group counts its threshold over every member
                                     * of the group, the unmodelled ones without standing */
} ag_criterion;

/* Parse a criterion file (src named `file`); NULL with diagnostics on error. */
ag_criterion *ag_criterion_parse(ag_arena *a, const char *file, const char *src, size_t len, aigov_diags *d);
ag_criterion *ag_criterion_default(ag_arena *a, aigov_diags *d);

/* A public's value in a published index (`indices:`); false when not recorded. */
bool ag_actor_index_value(const ag_actor *a, const char *index, double *out);

/* ---- The flattened delegation graph ------------------------------------------------ */
#define AG_TOPIC_WORDS 2 /* topics vocabulary limited to 128 terms */
typedef struct ag_topicmask { uint64_t w[AG_TOPIC_WORDS]; } ag_topicmask;

typedef enum ag_dkind { AG_D_AUTHORIZATION, AG_D_MANDATE } ag_dkind;

typedef struct ag_lgraph {
    int32_t nactors, ndelegations;
    uint8_t *actor_public;      /* actor kind is `public` */
    uint8_t *actor_ai;          /* actor kind is `ai_system` */
    uint8_t *actor_unmodelled;  /* without incoming delegations, its chain is "not modelled"
                                 * (a public body, or `chain: not_modelled`), not private */
    /* delegations */
    int32_t *d_to;
    int32_t *d_from_off;        /* principals of d: d_from[d_from_off[d] .. d_from_off[d+1]) */
    int32_t *d_from;
    uint8_t *d_kind;            /* ag_dkind */
    uint8_t *d_rule;            /* ag_principals_rule as declared */
    int32_t *d_total;           /* principals the threshold counts over when more than
                                 * `from` lists (principals_group under the criterion); 0 =
                                 * those listed. NULL: never (e.g. the benchmark's graph) */
    uint8_t *d_accountable;     /* records at least one accountability mechanism */
    uint8_t *d_democratic;      /* accountability meets the criterion (authorizations) */
    uint8_t *d_revocable;
    uint8_t *d_scope_all;
    ag_topicmask *d_scope;
    int32_t *d_from_date, *d_until, *d_revoked;
    /* adjacency: delegations where actor a is a principal */
    int32_t *out_off, *out;
    /* incoming: delegations to actor a */
    int32_t *in_off, *in;
    /* Evaluation order for the topic-mask fixpoint (ag_lmask_compute): actors in reverse
     * postorder of a depth-first walk from the publics, so a principal comes before the
     * actors it delegates to except across cycles; pos[a] is a's place in it. back lists,
     * per actor, the delegations it is a principal of whose target comes no later in that
     * order (the edges that close cycles): back[back_off[a] .. back_off[a+1]). */
    int32_t *order, *pos;
    int32_t *back_off, *back;
} ag_lgraph;

/* Build the graph of a corpus under a criterion, into `a`. NULL on OOM. */
ag_lgraph *ag_lgraph_build(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr);
/* Build the adjacency indexes and the evaluation order once the delegation arrays are
 * filled (also used by the benchmark's generator). O(V + E). false on OOM. */
bool ag_lgraph_index(ag_arena *a, ag_lgraph *g);

/* ---- Standing of every actor on a date for a set of topics ------------------------- */
typedef enum ag_standing { AG_SD_NONE = 0, AG_SD_PUBLIC, AG_SD_AUTHORIZED, AG_SD_MANDATED } ag_standing;

typedef struct ag_lstate {
    int32_t date;
    ag_topicmask topics;
    bool topics_all;        /* no topic filter */
    ag_principals_rule rule;/* criterion's multilateral rule */
    uint8_t *standing;      /* per actor */
    int32_t *via;           /* per actor: the delegation that gave it standing, -1 */
    int32_t *depth;         /* links from a public */
} ag_lstate;

/* Whether delegation d is usable on the state's date and topics, and why not. */
typedef enum ag_reject {
    AG_RJ_OK, AG_RJ_NOT_YET, AG_RJ_EXPIRED, AG_RJ_REVOKED, AG_RJ_SCOPE, AG_RJ_NO_ACCOUNTABILITY,
    AG_RJ_NOT_REVOCABLE, AG_RJ_NOT_DEMOCRATIC, AG_RJ_PRINCIPALS, AG_RJ_CYCLE
} ag_reject;
const char *ag_reject_name(ag_reject r);
ag_reject ag_delegation_usable(const ag_lgraph *g, const ag_criterion *cr, const ag_lstate *s, int32_t d);
int32_t ag_delegation_threshold(const ag_lgraph *g, const ag_lstate *s, int32_t d);

/* Multi-source BFS from every qualifying public. Arrays allocated in `a`. O(V + E). */
bool ag_lstate_compute(ag_arena *a, const ag_lgraph *g, const ag_criterion *cr, int32_t date,
                       const ag_topicmask *topics, ag_lstate *out);

/* Standing for up to 64 topic sets at once (sets[j] NULL = every topic; lane j of a
 * mask is topic set j): the least fixpoint of the same rules as ag_lstate_compute, over
 * 64-bit lane masks. auth[a] has lane j when a is an authorized entity for set j,
 * stand[a] when it has standing at all (authorized or mandated); publics have neither
 * (they are sources). One pass over the delegations and one pull of every actor in the
 * graph's order, then a worklist for what the cycles feed back: about one BFS of work
 * for 64 topic sets. No parent pointers: chains come from ag_lstate_compute. */
#define AG_LANES 64
bool ag_lmask_compute(const ag_lgraph *g, const ag_criterion *cr, int32_t date, const ag_topicmask *const *sets,
                      int nsets, uint64_t *auth, uint64_t *stand);

/* Topic mask of a list of topic terms (unknown terms ignored). */
void ag_topicmask_of(const aigov_corpus *c, const ag_strlist *topics, ag_topicmask *out, bool *all);

/* ---- Instrument findings ----------------------------------------------------------- */
#define AG_FINDINGS(X)                                                                          \
    X(MODE1, "mode 1", "general law by an authorized entity")                                  \
    X(MODE2, "mode 2", "special AI law by an authorized entity")                               \
    X(MODE3, "mode 3", "general policy (by a mandated entity; the form of a policy, not a law)") \
    X(MODE4, "mode 4", "special AI policy (by a mandated entity; a policy, soft law or standard)") \
    X(MODE5, "mode 5", "governance by AI by a mandated entity")                                \
    X(OUTSIDE_MODES, "legitimate_outside_modes",                                               \
      "legitimate, outside the five modes: the chain holds, but an authorized entity makes a policy (the framework is not exhaustive)") \
    X(NO_CHAIN, "no_chain", "no chain to a public: a private rule-maker holds no delegated authority") \
    X(CHAIN_NOT_MODELLED, "chain_not_modelled",                                                \
      "chain not modelled: a public body (or one marked so) whose mandate the corpus does not record; missing data, not illegitimacy") \
    X(AUTHORIZED_GOVERNANCE_BY_AI, "authorized_governance_by_ai",                              \
      "an authorized entity practises governance by AI directly instead of delegating it")     \
    X(AI_RULE_MAKER, "ai_rule_maker", "an AI system is the rule-maker")                        \
    X(DEMOCRATIC_DECISION_TO_AI, "democratic_decision_to_ai",                                  \
      "a democratic decision is outsourced to an AI system")                                   \
    X(OUT_OF_SCOPE, "mandate_out_of_scope", "the mandate's scope does not cover the instrument's topics") \
    X(REVOKED_OR_EXPIRED, "mandate_revoked_or_expired", "the mandate was revoked or has expired") \
    X(NOT_YET, "mandate_not_yet_in_force", "the mandate was not yet in force")                 \
    X(NO_ACCOUNTABILITY, "missing_accountability", "a link records no accountability mechanism") \
    X(NOT_REVOCABLE, "missing_revocation_power", "a link cannot be revoked by its principal")  \
    X(NOT_DEMOCRATIC, "not_minimally_democratic",                                              \
      "the public's authorization does not meet the democratic criterion")                     \
    X(PRINCIPALS, "principals_insufficient", "too few of a multilateral mandate's principals have standing") \
    X(CYCLE, "delegation_cycle", "the only delegations form a cycle that never reaches a public")

typedef enum ag_finding {
#define AG_FINDING_ENUM_(n, s, d) AG_F_##n,
    AG_FINDINGS(AG_FINDING_ENUM_)
#undef AG_FINDING_ENUM_
    AG_F_COUNT
} ag_finding;
const char *ag_finding_name(ag_finding f);
const char *ag_finding_text(ag_finding f);
static inline bool ag_finding_is_mode(ag_finding f) { return f <= AG_F_MODE5; }
/* A finding that says the instrument is legitimate: a mode, or outside the five modes. */
static inline bool ag_finding_is_legitimate(ag_finding f) { return f <= AG_F_OUTSIDE_MODES; }

typedef struct ag_instrument_legitimacy {
    uint32_t findings;      /* bit per ag_finding */
    int mode;               /* 1..5, or 0 when no mode holds */
    bool legitimate;        /* a mode, or legitimate outside the five modes */
    int32_t issuers[16];    /* actor indices */
    int nissuers;
} ag_instrument_legitimacy;

/* States per (date, topic set) are computed once and reused: a corpus has few distinct
 * topic sets, so the legitimacy of every instrument costs a few BFS, not one each. The
 * cache also memoizes each actor's root causes ("why no standing"). All memory is in the
 * arena given at creation. */
typedef struct ag_legit_entry {
    ag_topicmask mask;
    bool all;
    ag_lstate state;        /* date, topics and rule; no per-actor arrays (see below) */
    const uint64_t *auth, *stand; /* lane masks of ag_lmask_compute, shared by 64 sets */
    int lane;               /* this set's bit in them */
    uint32_t *why;          /* per actor: findings explaining no standing, with walk
                             * marks in the top bits (memo; allocated when first asked) */
} ag_legit_entry;

/* An actor's standing in a cached state. */
static inline ag_standing ag_legit_standing(const ag_legit_entry *e, const ag_lgraph *g, int32_t x) {
    uint64_t bit = 1ull << e->lane;
    if (g->actor_public[x]) return AG_SD_PUBLIC;
    return e->auth[x] & bit ? AG_SD_AUTHORIZED : e->stand[x] & bit ? AG_SD_MANDATED : AG_SD_NONE;
}

typedef struct ag_legit_cache {
    ag_arena *a;
    const ag_lgraph *g;
    const ag_criterion *cr;
    int32_t date;
    ag_legit_entry *entries;
    int n, cap;
} ag_legit_cache;

void ag_legit_cache_init(ag_legit_cache *k, ag_arena *a, const ag_lgraph *g, const ag_criterion *cr, int32_t date);
/* The state for a topic set (NULL = every topic); NULL when out of memory. Its standing
 * comes from ag_lmask_compute (ag_legit_standing); state.standing, via and depth are NULL. */
ag_legit_entry *ag_legit_state(ag_legit_cache *k, const ag_topicmask *topics);
/* Compute the states of n topic sets not yet cached together, 64 per pass over the graph
 * (sets[i] NULL = every topic). Call it before asking for many instruments: the
 * legitimacy of every instrument then costs one pass per 64 distinct topic sets. */
bool ag_legit_cache_prepare(ag_legit_cache *k, const ag_topicmask *const *sets, int n);
/* The same for the topic sets of every instrument of a corpus. */
bool ag_legit_cache_prepare_corpus(ag_legit_cache *k, const aigov_corpus *c);

/* What an instrument is, for the mode: its issuers, whether its form is general,
 * governance by AI, and whether it outsources a democratic decision to AI. */
typedef struct ag_legit_subject {
    const int32_t *issuers;
    int nissuers;
    const ag_topicmask *topics; /* NULL = every topic */
    bool general;               /* general_law / general_policy */
    bool law;                   /* a law (general_law / special_law), not a policy: only a
                                 * law is made in modes 1-2 (docs/legitimacy.md) */
    bool governance_by_ai;
    bool democratic_decision_to_ai;
} ag_legit_subject;

bool ag_legitimacy_of(ag_legit_cache *k, const ag_legit_subject *s, ag_instrument_legitimacy *out);
/* The same for a corpus instrument. */
bool ag_instrument_legitimacy_get(ag_legit_cache *k, const aigov_corpus *c, const ag_instrument *in,
                                  ag_instrument_legitimacy *out);
#endif
