/* overlay.h — what-if overlays (docs/overlay.md): a YAML file of changes applied by the
 * loader to the parsed corpus trees before they are read, so that every error in an
 * overlay — its own keys and ids, and anything wrong in what it adds — names the
 * overlay's file, line and column. Used only by load.c. */
#ifndef AG_OVERLAY_H
#define AG_OVERLAY_H
#include "base/yamltree.h"
#include "corpus/corpus.h"

typedef struct ag_overlay {
    const ag_ynode *root;
    const char *file, *src;  /* for diagnostics */
    size_t len;
    ag_arena *a;
    aigov_diags *d;
    int errors;
    bool oom;                /* an allocation failed: a change may be missing (the load fails) */
    /* Targets named by remove / revoke / amend, and whether the corpus had them; at most
     * AG_MAX_OVERLAY_TARGETS. Both lookups are hashed, so applying an overlay is linear in
     * its size and the corpus's (a list of 100,000 ids took quadratic time). */
    const ag_ynode **targets;
    const ag_ynode **items;  /* the overlay item of each target (a revocation's mapping) */
    const char **sections;   /* "actors", "delegations", "instruments"; NULL for an amendment */
    char *kinds;             /* 'r' remove, 'v' revoke, 'a' amend */
    bool *matched;
    int ntargets, cap;
    ag_map named;            /* "r|SECTION|ID" (remove) and "v|SECTION|ID" (revoke) -> target */
    const ag_ynode **slot_node; /* target node -> index (open addressing on the pointer) */
    int *slot_index;
    uint32_t nslots;
} ag_overlay;

/* Ids an overlay may name in remove, revoke and amend together (docs/overlay.md). */
#define AG_MAX_OVERLAY_TARGETS 16384

/* Checks the overlay's shape; false (errors counted in ov->errors) when it is malformed. */
bool ag_overlay_init(ag_overlay *ov, const ag_ynode *root, const char *file, const char *src, size_t len,
                     ag_arena *a, aigov_diags *d);
/* Applies add / remove / revoke for `section` ("actors" or "delegations") to the merged
 * top-level mapping (whose key `section` holds the list). */
void ag_overlay_apply_list(ag_overlay *ov, ag_ynode *top, const char *section);
/* Applies remove / revoke / amend to one instrument tree; false when it is removed. */
bool ag_overlay_apply_instrument(ag_overlay *ov, ag_ynode *inst);
/* The instruments the overlay adds (its add.instruments items), or NULL. */
const ag_ynode *ag_overlay_added_instruments(const ag_overlay *ov);
/* Reports every remove / revoke / amend target that matched nothing, then frees the
 * targets (ag_overlay_free). */
void ag_overlay_report_unmatched(ag_overlay *ov);
/* Frees what ag_overlay_init allocated outside the arena; safe to call twice. */
void ag_overlay_free(ag_overlay *ov);
#endif
