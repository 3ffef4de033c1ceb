/* roles.c — the roles each instrument gives the profiled organisation from what it does
 * (ag_role_def, docs/profile.md "Activities"), in the law's words with the defining
 * article, and where the roles the profile states and those its activities make disagree.
 * Reads the profile and the corpus; formats sentences for report.c; allocates nothing. */
#include "check/check.h"

#include <stdio.h>

int ag_inst_derived_roles(const aigov_profile *p, const ag_instrument *in, const ag_role_def **out, int cap) {
    int n = 0;
    if (!p->activities_known) return 0;
    for (int k = 0; k < in->nroles && n < cap; k++) {
        const ag_role_def *d = &in->roles[k];
        if (!ag_role_def_holds(d, p->activities)) continue;
        bool dup = false;
        for (int j = 0; j < n && !dup; j++) dup = !strcmp(out[j]->role, d->role);
        if (!dup) out[n++] = d;
    }
    return n;
}

/* Appends "a, b and c" of the activity labels (first letter lowered) of the definition's
 * activities that the profile gives. */
void ag_role_because(const aigov_corpus *c, const aigov_profile *p, const ag_role_def *d, char *buf, size_t cap) {
    int av = ag_corpus_vocab(c, "activities");
    size_t len = 0;
    buf[0] = 0;
    if (av < 0 || !cap) return;
    const ag_vocab *v = &c->vocabs[av];
    uint64_t met = (d->all | d->any) & p->activities;
    int total = 0, k = 0;
    for (int t = 0; t < v->n && t < 64; t++) total += (met >> t) & 1;
    for (int t = 0; t < v->n && t < 64 && len < cap; t++) {
        if (!((met >> t) & 1)) continue;
        const char *l = v->labels[t] ? v->labels[t] : v->terms[t];
        const char *sep = k == 0 ? "" : k == total - 1 ? " and " : ", ";
        char first = l[0] >= 'A' && l[0] <= 'Z' ? (char)(l[0] - 'A' + 'a') : l[0];
        len += (size_t)snprintf(buf + len, cap - len, "%s%c%s", sep, first, l[0] ? l + 1 : "");
        k++;
    }
}

const char *ag_a_or_an(const char *word) { return strchr("aeiouAEIOU", word[0]) && word[0] ? "an" : "a"; }

static bool stated(const aigov_profile *p, const char *role) {
    for (int i = 0; i < p->nstated; i++)
        if (!strcmp(p->roles.items[i], role)) return true;
    return false;
}

int ag_role_notes(const aigov_result *r, ag_role_note *out, int cap) {
    const aigov_profile *p = r->profile;
    int n = 0;
    /* Only where the profile states roles and activities both, and --role did not replace them. */
    if (!p->stated_known || !p->activities_known || r->roles.items != p->roles.items) return 0;
    for (int i = 0; i < r->ninsts && n < cap; i++) {
        const ag_instrument *in = r->insts[i].in;
        if (!in->nroles) continue;
        /* A stated role that the instrument defines and the activities do not meet. */
        for (int s = 0; s < p->nstated && n < cap; s++) {
            const ag_role_def *first = NULL;
            bool held = false;
            for (int k = 0; k < in->nroles; k++) {
                if (strcmp(in->roles[k].role, p->roles.items[s])) continue;
                if (!first) first = &in->roles[k];
                held |= ag_role_def_holds(&in->roles[k], p->activities);
            }
            if (first && !held) out[n++] = (ag_role_note){in, first, first->role, true};
        }
        /* A role the activities make that the profile does not state. */
        const ag_role_def *ds[32];
        int nd = ag_inst_derived_roles(p, in, ds, 32);
        for (int k = 0; k < nd && n < cap; k++)
            if (!stated(p, ds[k]->role)) out[n++] = (ag_role_note){in, ds[k], ds[k]->role, false};
    }
    return n;
}

/* The articles of every definition of `role` in the instrument, "Art. 3(3); Art. 25(1)". */
static void articles_of(const ag_instrument *in, const char *role, char *buf, size_t cap) {
    size_t len = 0;
    buf[0] = 0;
    for (int k = 0; k < in->nroles && len < cap; k++)
        if (!strcmp(in->roles[k].role, role))
            len += (size_t)snprintf(buf + len, cap - len, "%s%s", len ? "; " : "", in->roles[k].article);
}

void ag_role_note_text(const aigov_result *r, const ag_role_note *nt, char *buf, size_t cap) {
    const char *inst = nt->in->short_title ? nt->in->short_title : nt->in->title;
    char arts[256], because[512];
    if (nt->stated_not_derived) {
        articles_of(nt->in, nt->role, arts, sizeof arts);
        snprintf(buf, cap,
                 "The profile states the role '%s', but its activities do not make it one under %s (%s defines it); "
                 "the duties of that role are listed, as stated: check the role or the activities.",
                 nt->role, inst, arts);
        return;
    }
    ag_role_because(r->corpus, r->profile, nt->def, because, sizeof because);
    const char *name = nt->def->name ? nt->def->name : nt->role;
    snprintf(buf, cap,
             "The activities make the organisation %s %s under %s (%s), because it %s; the profile's 'role' does not state it. "
             "The duties of that role are listed.",
             ag_a_or_an(name), name, inst, nt->def->article, because);
}
