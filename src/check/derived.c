/* derived.c — the facts the corpus's derivations set in a profile (corpus/derivations.yaml,
 * applied by ag_profile_derive before anything is decided), in words for the check report
 * and `aigov explain`, and which of them a set of conditions rests on. Decides nothing. */
#include "check/check.h"

#include <stdio.h>
#include <stdlib.h>

void ag_derived_fact_text(const aigov_corpus *c, const ag_derivation *d, bool contradicted, char *buf, size_t cap) {
    const char *field = c->fields[d->slot].path;
    /* The reason as a clause: first letter lowered, without its final full stop. */
    char why[1024];
    snprintf(why, sizeof why, "%s", d->reason);
    if (why[0] >= 'A' && why[0] <= 'Z' && !(why[1] >= 'A' && why[1] <= 'Z')) why[0] = (char)(why[0] - 'A' + 'a');
    size_t wl = strlen(why);
    if (wl && why[wl - 1] == '.') why[wl - 1] = 0;
    if (contradicted)
        snprintf(buf, cap, "The profile says %s: %s, but it follows from the rest of it that %s is %s: %s (%s; derivation %s%s). "
                 "The profile's value is used: check it.",
                 field, d->value ? "false" : "true", field, d->value ? "true" : "false", why, d->article, d->id,
                 d->contrapositive ? ", read backwards" : "");
    else
        snprintf(buf, cap, "%s: %s, because %s (%s; derivation %s%s)", field, d->value ? "true" : "false", why, d->article, d->id,
                 d->contrapositive ? ", read backwards" : "");
}

int ag_derived_facts_for(const aigov_profile *p, const ag_slotset *reads, const ag_derivation **out, int cap) {
    ag_slotset need = *reads;
    /* The chain: a derived fact that is read, and the derived facts its condition read;
     * the profile applied them in order, so walking back once from the last finds all. */
    bool *take = p->nderived ? calloc((size_t)p->nderived, 1) : NULL;
    if (p->nderived && !take) return 0;
    for (int i = p->nderived - 1; i >= 0; i--) {
        const ag_derivation *d = p->derived[i];
        if (!ag_slotset_has(&need, d->slot)) continue;
        take[i] = true;
        ag_slotset r;
        memset(&r, 0, sizeof r);
        ag_cel_fields_read(d->when, &r);
        ag_slotset_union(&need, &r);
    }
    int n = 0;
    for (int i = 0; i < p->nderived && n < cap; i++)
        if (take[i]) out[n++] = p->derived[i];
    free(take);
    return n;
}
