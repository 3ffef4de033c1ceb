/* overlay.h — what-if overlays (docs/overlay.md): a YAML file of changes applied by the
 * loader to the parsed corpus trees before they are read, so that every error in an
 * overlay — its own keys and ids, and anything wrong in what it adds — names the
 * overlay's file, line and column. Used only by load.c. */
#ifndef AG_OVERLAY_H
#define AG_OVERLAY_H
#include "base/yamltree.h"

typedef struct ag_overlay {
    const ag_ynode *root;
    const char *file, *src;  /* for diagnostics */
    size_t len;
    ag_arena *a;
    aigov_diags *d;
    int errors;
    bool oom;                /* an allocation failed: a change may be missing (the load fails) */
    /* Targets named by remove / revoke / amend, and whether the corpus had them. */
    const ag_ynode **targets;
    bool *matched;
    int ntargets;
} ag_overlay;

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
/* Reports every remove / revoke / amend target that matched nothing. */
void ag_overlay_report_unmatched(ag_overlay *ov);
#endif
