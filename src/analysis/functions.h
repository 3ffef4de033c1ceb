/* functions.h — Ho et al.'s institutions as functions (functions.c; docs/analysis.md,
 * "Functions"): the function x topic x level x sector matrix of existing institutions, one
 * computation for `aigov functions` and the what-if's functions report. */
#ifndef AG_FUNCTIONS_H
#define AG_FUNCTIONS_H
#include "analysis/analysis.h"
#include "legit/legitimacy.h"

enum { AG_SECTOR_PUBLIC, AG_SECTOR_PRIVATE, AG_SECTOR_MIXED };
/* national: one state (or a part of one); regional: a group of states that is not the UN
 * (the EU, the Council of Europe, NATO); international: INTL, the UN, or no jurisdiction. */
enum { AG_LEVEL_NATIONAL, AG_LEVEL_REGIONAL, AG_LEVEL_INTERNATIONAL };
const char *ag_level_name(int l);
/* The sector of an actor by its kind: public, private or mixed (multistakeholder). */
int ag_actor_sector(const ag_actor *a);
const char *ag_sector_name(int s);

/* One institution performing one function for one topic. */
typedef struct ag_fn_entry {
    int function;      /* index of ag_function_name */
    int topic;         /* index in the topics vocabulary */
    int level;         /* AG_LEVEL_* */
    int sector;        /* AG_SECTOR_* */
    int32_t actor;
    bool by_mandate;   /* the topic is in a delegation's scope (else in its own instruments) */
} ag_fn_entry;

typedef struct ag_functions {
    ag_fn_entry *items;
    int n, cap;
    int nfunctions, ntopics;
    const char **topics;  /* the corpus's topics vocabulary */
    int32_t *unscoped;    /* actors with functions but no recorded scope or instruments */
    int nunscoped;
} ag_functions;

/* Every existing institution (not proposed, established, not dissolved on the date) with
 * its functions and the topics of its mandate on the date. false on OOM. */
bool ag_functions_compute(const aigov_corpus *c, int32_t date, ag_functions *out);
void ag_functions_free(ag_functions *f);
/* Does some institution perform the function for the topic at the level (AG_LEVEL_*, or
 * -1 any)? */
bool ag_functions_held(const ag_functions *f, int function, int topic, int level);
/* The matrix, the international gaps, the proposed institutions and their analogues. */
struct json_t *ag_functions_json(const aigov_corpus *c, const ag_functions *f);
/* What an overlay changes in functions (b against a on the date), set on `root`:
 * functions_added, function_gaps_closed (no international institution before) and, for
 * each institution b adds, its challenges (Ho et al.) as figures. false on OOM. */
bool ag_functions_whatif(const aigov_corpus *a, const aigov_corpus *b, int32_t date, struct json_t *root);
struct ag_buf;
void ag_functions_whatif_text(struct ag_buf *b, const struct json_t *root, bool md);
#endif
