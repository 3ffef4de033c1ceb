/* corpus.h — the compiled corpus: the immutable in-memory model that the loader builds
 * from corpus/ and every analysis reads. One arena (corpus->arena) owns everything here;
 * nothing is modified after aigov_corpus_load_* returns.
 *
 * Invariants: every cross-reference (issuer, delegation ends, parents, relation targets,
 * amended provisions, vocabulary terms) has been resolved and checked at load; every
 * `when` is compiled and type-checked against schema.yaml; dates are days since
 * 1970-01-01 or AG_DATE_NONE; end dates are exclusive. */
#ifndef AG_CORPUS_H
#define AG_CORPUS_H

#include "base/ag.h"
#include "lang/cel.h"

/* String -> index map (open addressing), arena-owned. */
typedef struct ag_map {
    const char **keys;
    int32_t *vals;
    uint32_t cap; /* power of two */
    uint32_t n;
} ag_map;
bool ag_map_init(ag_map *m, ag_arena *a, uint32_t expected);
bool ag_map_put(ag_map *m, const char *key, int32_t val); /* false when full */
int32_t ag_map_get(const ag_map *m, const char *key, size_t len); /* -1 when absent */

typedef struct ag_vocab {
    const char *name;      /* "purposes" */
    const char **terms, **labels, **notes;
    bool *activity;        /* per term: an activity (actions only: `activity: true`) */
    int n;
    ag_map index;
} ag_vocab;

typedef enum ag_ftype {
    AG_F_BOOL, AG_F_NUMBER, AG_F_DATE, AG_F_STRING, AG_F_TERM, AG_F_TERMS, AG_F_REGIONS
} ag_ftype;

/* A profile field; its index in corpus->fields is its slot. */
typedef struct ag_field {
    const char *path;      /* "model.training_compute_flop" (without "system.") */
    const char *expr_path; /* "system.model.training_compute_flop" */
    ag_ftype type;
    int vocab;             /* AG_F_TERM/TERMS: index into corpus->vocabs; else -1 */
    const char *doc, *law, *question;
    bool has_min, has_max;
    double min, max;
    /* AG_F_REGIONS: how a code reads (schema `reading:`). Whole (the default): the region
     * and all of it, so a country counts as each of its subdivisions (where a system is
     * placed on the market). Somewhere: some place in the region, so its subdivisions only
     * possibly hold (where a provider is established). */
    bool somewhere;
    /* AG_F_REGIONS: the territorial basis of a trigger that reads it (`basis:`): establishment,
     * market, effects (where output is used or persons affected), data_subjects; or NULL. */
    const char *basis;
} ag_field;

typedef struct ag_membership {
    int region;            /* index into corpus->regions */
    int32_t from, until;   /* until exclusive; AG_DATE_NONE = open */
} ag_membership;

typedef struct ag_region {
    const char *code, *name;
    int parent;            /* index or -1 */
    bool group;
    bool world;            /* a group of every region (`members: all`) */
    const char *set_name;  /* named set (e.g. EU_MEMBERS) or NULL */
    int konst;             /* index of the named set in corpus->consts, or -1 */
    ag_membership *members;
    int nmembers;
    ag_membership *member_of; /* the groups it belongs to (`region` = the group), with
                               * dates; derived at load (ag_corpus_prepare_consts) */
    int nmember_of;
    int *children;         /* the regions whose parent it is; derived at load */
    int nchildren;
    ag_strlist aliases;    /* other names and codes a user may type (UK, US-PR, Taiwan) */
    ag_strlist citations;
} ag_region;

typedef struct ag_actor {
    const char *id, *name, *kind, *jurisdiction, *parent, *status;
    ag_strlist functions, members, citations;
    ag_strlist analogue_of;  /* proposed institutions this one partly realises */
    int32_t established, dissolved;
    bool chain_not_modelled; /* `chain: not_modelled`: its mandate exists but is not recorded */
    const char **index_ids;  /* `indices:` published index values of a public (cited in the */
    double *index_values;    /*  actor's citations), e.g. vdem-row-2024 */
    int nindices;
    int line;
    const char *file;
} ag_actor;

typedef struct ag_delegation {
    const char *id, *kind, *to, *basis, *revocation, *principals_rule;
    const char *principals_group; /* region group whose members are all the principals (of
                                   * which `from` lists those the corpus models), or NULL */
    ag_strlist from, scope, accountability, citations;
    ag_strlist revocation_means; /* recall | withdrawal | amendment; empty = recall (the
                                  * principal removes the agent directly) */
    bool scope_all, revocable;
    int32_t from_date, until, revoked;
} ag_delegation;

/* A scope trigger or an exemption. */
typedef struct ag_cond {
    const char *id;        /* exemptions: kebab id; triggers: optional */
    const char *name;      /* trigger text / exemption name */
    const char *article;
    ag_expr *when;
    /* Exemptions: the roles whose duties it removes (`roles:`); empty = every role. A
     * provision is exempt only when every role it binds the profiled organisation in is
     * one of these (AI Act Art. 2(10) exempts deployers, not the provider). */
    ag_strlist roles;
} ag_cond;

struct ag_instrument;

/* One change an amending instrument makes to a provision, from a date on. */
typedef struct ag_amendment {
    const struct ag_instrument *by;
    const char *article;   /* article of the amending instrument */
    const char *target;    /* full id of the amended provision */
    int32_t from;
    bool set_applies_from, set_until, set_when, set_summary, set_article;
    int32_t applies_from, until;
    ag_expr *when;
    const char *summary, *prov_article;
} ag_amendment;

typedef struct ag_provision {
    const char *id, *full_id, *article, *kind, *summary;
    ag_strlist addressee, actions, topics, layers, not_exempted_by;
    /* What the provision requires (docs/corpus-format.md, "Activities"): `requires` when
     * the file gives it, else the actions that are not activities. Activities (placing on
     * the market, putting into service, use...) in an obligation's `actions` say when the
     * duty attaches, not that the activity is required. A prohibition forbids all of
     * its `actions`; conflicts pair those with another provision's `required`. */
    ag_strlist required;
    ag_expr *when;
    int32_t applies_from, until;
    const struct ag_instrument *inst;
    const ag_amendment **amendments; /* sorted by `from` */
    int namendments;
    /* One duty split by a fact into entries (`branch_of: ID`, `split_by: FIELD`): the
     * provision of the same instrument that is the other branch, or -1, and the slot of the
     * field that chooses between them. When that field alone leaves both undecided, the
     * duty holds either way and check decides the pair together. */
    int branch_of;
    int split_slot;
} ag_provision;

typedef struct ag_relation {
    const char *type, *target;
    const char *article;   /* where the source does it; required for contests, preempts, restricts */
    ag_strlist citations;  /* optional: where the relation is stated (e.g. who says an act implements a treaty) */
} ag_relation;

/* A court case about an instrument (docs/corpus-format.md, "Litigation"). A stay, an
 * injunction or a judgment of invalidity suspends enforcement from `from` until `until`
 * (exclusive; NONE = open); it does not change what the law says, so checks keep the
 * provision's status and report the suspension beside it. */
typedef struct ag_litigation {
    const char *case_name, *number, *court, *effect, *summary;
    int32_t filed, from, until;
    ag_strlist provisions;  /* provision ids of the instrument; empty = all of it */
    ag_strlist citations;
} ag_litigation;

/* A question about an instrument on which the sources read disagree (docs/corpus-format.md,
 * "Disputes"): what each reading says and who says it, and which one the instrument's dates
 * and provisions follow. A check within [from, until) shows it beside the provisions it
 * covers, so an answer that rests on one reading says that another exists. */
typedef struct ag_reading {
    const char *says;
    ag_strlist citations;
} ag_reading;

typedef struct ag_dispute {
    const char *question;
    int32_t from, until;    /* the span of dates the question concerns; NONE = open */
    ag_strlist provisions;  /* provision ids of the instrument; empty = all of it */
    ag_reading *readings;
    int nreadings;
    int followed;           /* index of the reading the corpus follows */
} ag_dispute;

typedef struct ag_instrument {
    const char *id, *title, *short_title, *jurisdiction, *modality, *form, *binding;
    const char *text_version, *revoked_by, *file;
    ag_strlist issuer, layers, topics, adherents, citations;
    /* `adherents_complete: true`: the adherents are all of them (a group's text adopted by its
     * members); otherwise only those the sources read name. `non_adherents`: known not to
     * have joined (the Paris statement: US, GB). Blocs reads both. */
    bool adherents_complete;
    ag_strlist non_adherents;
    ag_strlist verified_sources; /* what was read on `verified` */
    int32_t adopted, in_force, applies_from, revoked;
    int32_t verified;            /* day the facts were last checked, or AG_DATE_NONE */
    /* `in_force: pending`: adopted but not known to be in force (in_force stays NONE); the
     * analyses (map, gaps, conflicts) count it as not in force. */
    bool in_force_pending;
    ag_relation *relations;
    int nrelations;
    ag_litigation *litigation;
    int nlitigation;
    ag_dispute *disputes;
    int ndisputes;
    ag_cond *scope, *exemptions;
    int nscope, nexemptions;
    ag_provision *provisions;
    int nprovisions;
    ag_amendment *amendments; /* changes this instrument makes to others */
    int namendments;
    /* Governance by AI (form governance_by_ai): the AI system used, what kind of
     * decision it serves, and whether it takes the decision itself. */
    const char *ai_system;    /* actor id of kind ai_system, or NULL */
    const char *ai_decision;  /* administrative | judicial | democratic, or NULL */
    bool ai_decides;
} ag_instrument;

struct aigov_corpus {
    ag_arena arena;
    const char *source;      /* "built-in" or the directory */
    ag_vocab *vocabs;
    int nvocabs;
    ag_field *fields;
    int nfields;
    ag_map field_index;
    ag_region *regions;
    int nregions;
    ag_map region_index;
    int *consts;             /* named set index -> region (group) index */
    const char **const_names;
    int nconsts;
    /* A named set's value only changes on its members' from/until dates, so it is
     * computed once per interval at load: const_dates[k][0..const_ndates[k]) are the
     * change dates in order, and const_values[k][i] is the value before const_dates[k][i]
     * (i = const_ndates[k]: after the last one). Profiles share these values. */
    int32_t **const_dates;
    int *const_ndates;
    ag_value **const_values;
    ag_actor *actors;
    int nactors;
    ag_map actor_index;
    ag_delegation *delegations;
    int ndelegations;
    ag_instrument *instruments;
    int ninstruments;
    ag_map instrument_index;
    const char **region_codes; /* for suggestions */
};

/* Whether a provision of this kind forbids its actions: a prohibition (a conduct rule,
 * "must not retaliate") or a prohibited practice (the system itself may not be placed on
 * the market, put into service or used, e.g. AI Act Art. 5). Check, the index and the
 * conflicts analysis all ask this one question. */
static inline bool ag_kind_forbids(const char *kind) {
    return !strcmp(kind, "prohibition") || !strcmp(kind, "prohibited_practice");
}
/* Whether a provision of this kind bans the system itself (docs/corpus-format.md). */
static inline bool ag_kind_banned(const char *kind) { return !strcmp(kind, "prohibited_practice"); }

int ag_corpus_vocab(const aigov_corpus *c, const char *name);
const ag_instrument *ag_corpus_instrument(const aigov_corpus *c, const char *id);
const ag_provision *ag_corpus_provision(const aigov_corpus *c, const char *full_id);
/* The condition-language environment over this corpus's schema, vocabularies and sets. */
void ag_corpus_cel_env(const aigov_corpus *c, ag_cel_env *env);
/* Suggest the closest instrument or provision id. */
const char *ag_corpus_suggest_id(const aigov_corpus *c, const char *id);

/* The litigation that suspends enforcement of provision `prov_id` (an id within `in`; NULL
 * = the instrument as a whole) on `date`: an entry whose effect is stayed, enjoined or
 * invalidated with from <= date < until; NULL when none does. */
const ag_litigation *ag_enforcement_suspended(const ag_instrument *in, const char *prov_id, int32_t date);
/* Whether the case suspends enforcement on `date` (a stay, injunction or judgment of
 * invalidity in effect; a case only "challenged" never does). */
bool ag_litigation_in_effect(const ag_litigation *lt, int32_t date);
/* The dispute about provision `prov_id` (an id within `in`; NULL = the instrument as a whole)
 * that concerns `date` (AG_DATE_NONE: any date), after `after` (NULL: from the first); NULL
 * when none does. */
const ag_dispute *ag_dispute_on(const ag_instrument *in, const char *prov_id, int32_t date, const ag_dispute *after);
/* Whether the dispute concerns `date` (from <= date < until). */
bool ag_dispute_on_date(const ag_dispute *d, int32_t date);
/* A dispute as JSON, the same in `corpus show` and `check`; with a date (not AG_DATE_NONE)
 * also "concerns_date". */
struct json_t *ag_dispute_json(const ag_dispute *d, int32_t date);
/* A case as JSON (docs/corpus-format.md), the same in `corpus show` and `check`; with a
 * date (not AG_DATE_NONE) also "suspends_enforcement_on_date". */
/* Ho et al.'s functions, in the vocabulary's order; NULL past the last. */
const char *ag_function_name(int i);
struct json_t *ag_litigation_json(const ag_litigation *lt, int32_t date);
/* Which corpus an answer comes from, for a researcher to cite it: {"source", "instruments",
 * "provisions", "verified_through" (the latest day an instrument was checked),
 * "least_recently_verified" (the oldest), "unverified" (instruments never checked)}. */
struct json_t *ag_corpus_provenance_json(const aigov_corpus *c);
/* The same in one sentence for text and Markdown: "Corpus: built-in, 83 instruments, 474
 * provisions, verified 2026-12-01 to 2026-12-02; aigov 0.1.0." Into buf (cap bytes). */
void ag_corpus_provenance_line(const aigov_corpus *c, char *buf, size_t cap);

/* A provision as in force on `date`: base fields with every amendment whose from <= date
 * applied in order. `last` (may be NULL) receives the amendments applied. */
typedef struct ag_provision_view {
    const ag_provision *base;
    const char *article, *summary;
    const ag_expr *when;
    int32_t applies_from, until;
    const ag_amendment *applied[8];
    int napplied;
} ag_provision_view;
void ag_provision_at(const ag_provision *p, int32_t date, ag_provision_view *out);
/* Computes const_dates/const_values (load.c calls it once the regions are read). */
bool ag_corpus_prepare_consts(aigov_corpus *c);
/* The value of named set k on `date`: a list of region codes, owned by the corpus. */
const ag_value *ag_corpus_const_on(const aigov_corpus *c, int k, int32_t date);
/* regions.c: the value of regions field f given the region indices codes[0..ncodes) on
 * `date` (docs/profile.md, "Regions"): the regions that hold, then (ag_value.nmaybe) those
 * that only may, in region order, in arena a. scratch holds ag_regions_scratch_size(c)
 * bytes, aligned for int. False when a runs out of memory. */
size_t ag_regions_scratch_size(const aigov_corpus *c);
/* regions.c: the region a user means by s (len bytes, not NUL-terminated): its code, else a
 * code, name or alias in any (ASCII) case ("de", "Germany", "UK", "US-PR"). Returns its index;
 * -1 when none; -2 when a name or alias is shared by two regions (Georgia: GE and US-GA),
 * which go to amb[0] and amb[1]. */
int ag_region_find(const aigov_corpus *c, const char *s, size_t len, int amb[2]);
/* Why s names no region (r and amb as ag_region_find returned them), into buf: ambiguous (and
 * between which), or unknown with the closest code, name or alias as a did-you-mean. */
const char *ag_region_why(const aigov_corpus *c, const char *s, size_t len, int r, const int amb[2], char *buf, size_t cap);
bool ag_regions_value(const aigov_corpus *c, const ag_field *f, const int *codes, int ncodes, int32_t date,
                      void *scratch, ag_arena *a, ag_value *out);

/* ---- Profiles ---------------------------------------------------------------------- */
typedef struct ag_srcpos {
    int32_t line, col;
} ag_srcpos;
struct aigov_profile {
    const aigov_corpus *corpus;
    ag_arena arena;
    const char *id, *name, *source;
    int32_t date;
    ag_value *slots;   /* corpus->nfields */
    ag_value *consts;  /* corpus->nconsts, resolved for `date` */
    ag_facts facts;
    ag_strlist roles;  /* the `role` field, if the schema has one and it is known */
    bool roles_known;
    /* Where each field's key stands in the source (1-based line and column in characters,
     * as diagnostics count them), by slot; line 0 where the profile lacks the field. SARIF
     * places a finding at the field that decided it. */
    ag_srcpos *pos;
};
/* The position of field `slot` in the profile's source: false when the profile lacks it. */
static inline bool ag_profile_field_pos(const aigov_profile *p, int slot, ag_srcpos *out) {
    if (!p->pos || p->pos[slot].line <= 0) return false;
    *out = p->pos[slot];
    return true;
}

#endif
