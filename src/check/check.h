/* check.h — the result of checking one profile against the corpus, as check.c builds it
 * and report.c renders it. Everything is owned by the result's arena. */
#ifndef AG_CHECK_H
#define AG_CHECK_H
#include "corpus/corpus.h"

typedef enum ag_tv { AG_TV_FALSE = 0, AG_TV_TRUE = 1, AG_TV_UNKNOWN = 2 } ag_tv;

#define AG_STATUSES(X)                  \
    X(APPLIES, "applies")               \
    X(APPLIES_FROM, "applies_from")     \
    X(UNKNOWN, "unknown")               \
    X(EXEMPT, "exempt")                 \
    X(REVOKED, "revoked")               \
    X(NOT_APPLICABLE, "not_applicable")

typedef enum ag_pstatus {
#define AG_PSTATUS_ENUM_(n, s) AG_ST_##n,
    AG_STATUSES(AG_PSTATUS_ENUM_)
#undef AG_PSTATUS_ENUM_
} ag_pstatus;
const char *ag_status_name(ag_pstatus s);

typedef struct ag_cond_result {
    const ag_cond *cond;
    ag_tv value;
    bool lazy;           /* deciding not computed yet (batch: only when a provision needs it) */
    ag_slotset deciding; /* when unknown */
} ag_cond_result;

typedef struct ag_prov_result {
    ag_provision_view view;
    ag_pstatus status;
    int32_t date;           /* APPLIES_FROM: from; REVOKED: the revocation; else the date it applied from */
    ag_tv when;
    ag_slotset deciding;    /* UNKNOWN: the fields whose answer decides it (all causes) */
    ag_slotset own;         /* UNKNOWN: of those, the fields of the provision's own condition */
    const ag_cond *exempted_by;
    const ag_cond *spared_by; /* an exemption that may hold, but not for the roles this
                               * provision binds the organisation in (exemption `roles:`) */
    bool roles_unknown;     /* the profile states no role: addressee not confirmed */
    /* Decided together with its other branch (ag_provision.branch_of), which the split
     * field alone left undecided: the duty holds either way, from `date` or `alt_date`
     * depending on that field; `merged` is the other branch (left out of the result). */
    const ag_provision *merged;
    int32_t alt_date;
    bool dropped;           /* represented by a branch decided together with it */
} ag_prov_result;

typedef struct ag_inst_result {
    const ag_instrument *in;
    ag_tv reach;
    ag_cond_result *triggers, *exemptions;
    ag_prov_result *provs;
    int nprovs;
    int not_addressed;      /* provisions skipped because addressed to other roles */
} ag_inst_result;

typedef struct ag_conflict {
    const ag_prov_result *prohibition, *obligation;
    const ag_inst_result *prohibition_inst, *obligation_inst;
    ag_strlist actions;
    bool certain;           /* both sides apply now (else one is unknown or future) */
} ag_conflict;

/* One question to answer: a profile field whose value decides unknown provisions
 * (src/check/questions.c). The result's questions are in rank order: binding before
 * voluntary, instrument-wide (a trigger or an exemption) before single provisions, then
 * by how many provisions an answer could settle; Qn is questions[n - 1]. */
typedef struct ag_question {
    int slot;                     /* the field: corpus->fields[slot] */
    bool binding;                 /* it decides a provision of a binding instrument */
    bool instrument_wide;         /* it decides whether an instrument reaches or exempts */
    int nprovs, nbinding;         /* provisions it decides; of those, binding */
    const ag_prov_result **provs; /* nprovs, in result order */
    const char *current;          /* what the profile says already (a region without the part
                                   * the provisions name: "US"), as text; NULL when nothing */
} ag_question;

/* A horizon instrument (not law) whose scope would reach the profile: TRUE when a trigger
 * holds, UNKNOWN when one may (docs/corpus-format.md, "The horizon"). Never counted. */
typedef struct ag_horizon_hit {
    const ag_instrument *in;
    ag_tv reach;
} ag_horizon_hit;

/* The horizon instruments of c that would reach profile p, in corpus order, into out (room
 * for c->nhorizon); returns how many. check and timeline both ask this one question. */
int ag_horizon_find(const aigov_corpus *c, const aigov_profile *p, ag_horizon_hit *out);

struct aigov_result {
    ag_arena arena;
    const aigov_corpus *corpus;
    const aigov_profile *profile;
    ag_strlist roles;
    bool roles_known;
    ag_inst_result *insts;
    int ninsts;
    ag_conflict *conflicts;
    int nconflicts;
    ag_question *questions;
    int nquestions;
    int *qnum;              /* per field slot: its question's number (1-based), 0 = none */
    int undecided_binding;  /* binding provisions some question still decides */
    int undecided_duties;   /* of them, duties (ag_kind_duty): the headline's `undecided` */
    ag_horizon_hit *horizon; /* the horizon instruments that would reach it, in corpus order */
    int nhorizon;
};

/* Derives r->questions, r->qnum and r->undecided_binding from the decided result (every
 * unknown provision's deciding fields; the role when the profile states none). Allocates
 * in r->arena; false when out of memory. */
bool ag_questions_build(aigov_result *r);
/* The fields a provision that applies reads that the profile leaves out and the law reads
 * as not established (schema `burden:`): it applies unless they are established. */
bool ag_prov_presumed(const aigov_result *r, const ag_prov_result *pr, ag_slotset *out);
/* The public view of the question about field `slot` (without the result's counts). */
void ag_field_question_view(const aigov_corpus *c, int slot, aigov_question *out);
/* The instrument result a provision result belongs to. */
const ag_inst_result *ag_result_inst_of(const aigov_result *r, const ag_prov_result *pr);

ag_tv ag_tv_of(const ag_value *v);
/* An APPLIES_FROM provision that applies then only if its questions (deciding) are answered
 * so: "applies later (if ...)". */
static inline bool ag_prov_conditional(const ag_prov_result *pr) {
    return pr->status == AG_ST_APPLIES_FROM && (!ag_slotset_empty(&pr->deciding) || pr->when == AG_TV_UNKNOWN);
}
/* Whether exemption ex (holding) removes provision p for an organisation with these roles:
 * true when ex names no roles, or every role p binds the organisation in is one ex names;
 * unknown when the roles are not known and only some of p's addressees are named. */
ag_tv ag_exemption_covers(const ag_cond *ex, const ag_provision *p, const ag_strlist *roles, bool roles_known);
/* Adds one decided provision to the counts of aigov_result_counts_get (the result and
 * the batch engine count the same way). */
static inline void ag_counts_add(aigov_result_counts *o, ag_pstatus st, bool binding, bool forbids,
                                 bool banned) {
    switch (st) {
    case AG_ST_APPLIES:
        o->applies++;
        o->binding_applies += binding;
        o->prohibited += forbids;
        o->banned += banned;
        break;
    case AG_ST_APPLIES_FROM: o->applies_from++; o->binding_applies_from += binding; break;
    case AG_ST_UNKNOWN: o->unknown++; o->binding_unknown += binding; break;
    case AG_ST_EXEMPT: o->exempt++; break;
    case AG_ST_REVOKED: o->revoked++; break;
    case AG_ST_NOT_APPLICABLE: o->not_applicable++; break;
    }
}
/* A --role list "a,b" (empty items skipped): each must be a term of the roles vocabulary;
 * the terms (the corpus's strings) go to out[0..*n), at most cap. On an unknown role (or
 * more than cap) a diagnostic with a suggestion, and false. Reentrant: aigov_check runs on
 * many server threads at once, and the batch engine parses its --role with it too. */
bool ag_roles_parse(const aigov_corpus *c, const char *spec, const char **out, int cap, int *n, aigov_diags *d);
/* Whether a provision with this status can be a side of a conflict: it applies, applies
 * later or is unknown. */
static inline bool ag_status_may_conflict(ag_pstatus st) {
    return st == AG_ST_APPLIES || st == AG_ST_APPLIES_FROM || st == AG_ST_UNKNOWN;
}
/* Whether provision result pr waits for an answer: unknown, applying later only if answered
 * so, or listed without a stated role (its addressee unconfirmed). */
static inline bool ag_prov_undecided(const ag_prov_result *pr) {
    return pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr) || (pr->roles_unknown && ag_status_may_conflict(pr->status));
}
/* Whether question q decides pr. */
static inline bool ag_question_decides(const ag_question *q, const ag_prov_result *pr) {
    for (int k = 0; k < q->nprovs; k++)
        if (q->provs[k] == pr) return true;
    return false;
}
/* Renderers for other tools' formats (report_sarif.c, report_oscal.c): SARIF 2.1.0, and OSCAL
 * 1.0.6 assessment results or (profile true) an OSCAL profile. Malloc'd JSON; NULL when out
 * of memory. */
char *ag_render_sarif(const aigov_result *const *rs, int n);
char *ag_render_oscal(const aigov_result *const *rs, int n, bool profile);

/* Conflicts (docs/check.md): a prohibition (or prohibited practice) and an obligation, each applying, applying
 * later or unknown, that share an action and an addressee. ag_conflict_side says whether
 * pr can be the side of `kind` ("prohibition" or "obligation"). */
bool ag_conflict_side(const ag_prov_result *pr, const char *kind);
bool ag_conflict_meet(const ag_prov_result *prohibition, const ag_prov_result *obligation);
/* ---- Roles from activities (roles.c) ------------------------------------------------ */
/* The role definitions of `in` that the profile's activities meet, the first one for each
 * role, into out[0 .. cap); returns how many. None when the profile gives no activities. */
int ag_inst_derived_roles(const aigov_profile *p, const ag_instrument *in, const ag_role_def **out, int cap);
/* What the organisation does that makes definition d hold, in words: "builds or trains the
 * system or model itself and puts it on the market ..." (the activities' labels). */
void ag_role_because(const aigov_corpus *c, const aigov_profile *p, const ag_role_def *d, char *buf, size_t cap);
/* Where the roles the profile states and those its activities make disagree, for the
 * instruments that reach the system: a stated role that an instrument defines and the
 * activities do not meet (stated_not_derived), or a role they make that is not stated. */
typedef struct ag_role_note {
    const ag_instrument *in;
    const ag_role_def *def;  /* stated_not_derived: the instrument's first definition of it */
    const char *role;
    bool stated_not_derived;
} ag_role_note;
/* "a" or "an" before a word ("an AI business operator"). */
const char *ag_a_or_an(const char *word);
int ag_role_notes(const aigov_result *r, ag_role_note *out, int cap);
void ag_role_note_text(const aigov_result *r, const ag_role_note *nt, char *buf, size_t cap);
/* ---- Derived facts (derived.c) ------------------------------------------------------ */
/* "annex_i_section_b: false, because ... (article; derivation ID)"; with `contradicted`,
 * the sentence that the profile gives the other value. */
void ag_derived_fact_text(const aigov_corpus *c, const ag_derivation *d, bool contradicted, char *buf, size_t cap);
/* The derivations applied to p that set a field of `reads`, and those their conditions
 * rest on (the chain), in the order applied, into out[0 .. cap); returns how many. */
int ag_derived_facts_for(const aigov_profile *p, const ag_slotset *reads, const ag_derivation **out, int cap);
/* The "summary" object of a check's JSON, full or compact (docs/check-json.md). */
struct json_t *ag_summary_json(const aigov_result_counts *n);
#endif
