/* check.c — decides which instruments reach a profile and the status of each of their
 * provisions on the profile's date, and finds conflicts between applicable provisions.
 * Owns the status rules of docs/check.md. Must not format output (report.c). */
#include "check.h"

#include <stdlib.h>

const char *ag_status_name(ag_pstatus s) {
    switch (s) {
#define AG_PSTATUS_STR_(n, str) case AG_ST_##n: return str;
        AG_STATUSES(AG_PSTATUS_STR_)
#undef AG_PSTATUS_STR_
    }
    return "?";
}

ag_tv ag_tv_of(const ag_value *v) {
    if (v->kind == AG_V_BOOL) return v->u.b ? AG_TV_TRUE : AG_TV_FALSE;
    return AG_TV_UNKNOWN;
}

static ag_tv eval_cond(const ag_expr *e, const ag_facts *f, ag_slotset *deciding) {
    ag_slotset s;
    memset(&s, 0, sizeof s);
    ag_value v = ag_cel_eval(e, f, &s);
    ag_tv t = ag_tv_of(&v);
    if (t == AG_TV_UNKNOWN && deciding) ag_slotset_union(deciding, &s);
    return t;
}

static bool lists_meet(const ag_strlist *a, const ag_strlist *b) {
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (!strcmp(a->items[i], b->items[j])) return true;
    return false;
}

static bool not_exempted_by(const ag_provision *p, const char *exemption) {
    for (int i = 0; i < p->not_exempted_by.n; i++)
        if (!strcmp(p->not_exempted_by.items[i], exemption)) return true;
    return false;
}

static void decide(const ag_instrument *in, const ag_inst_result *ir, const ag_facts *f, int32_t date,
                   ag_prov_result *pr) {
    const ag_provision *p = pr->view.base;
    pr->when = eval_cond(pr->view.when, f, &pr->own);
    pr->deciding = pr->own;
    if (pr->when == AG_TV_FALSE) { pr->status = AG_ST_NOT_APPLICABLE; return; }
    if (in->revoked != AG_DATE_NONE && in->revoked <= date) { pr->status = AG_ST_REVOKED; pr->date = in->revoked; return; }
    if (pr->view.until != AG_DATE_NONE && pr->view.until <= date) { pr->status = AG_ST_REVOKED; pr->date = pr->view.until; return; }
    bool unknown = pr->when == AG_TV_UNKNOWN;
    for (int e = 0; e < in->nexemptions; e++) {
        const ag_cond_result *er = &ir->exemptions[e];
        if (not_exempted_by(p, er->cond->id)) continue;
        if (er->value == AG_TV_TRUE) { pr->status = AG_ST_EXEMPT; pr->exempted_by = er->cond; memset(&pr->deciding, 0, sizeof pr->deciding); return; }
        if (er->value == AG_TV_UNKNOWN) { unknown = true; ag_slotset_union(&pr->deciding, &er->deciding); }
    }
    if (ir->reach == AG_TV_UNKNOWN) {
        unknown = true;
        for (int t = 0; t < in->nscope; t++) ag_slotset_union(&pr->deciding, &ir->triggers[t].deciding);
    }
    int32_t from = pr->view.applies_from;
    if (in->in_force != AG_DATE_NONE && (from == AG_DATE_NONE || in->in_force > from)) from = in->in_force;
    pr->date = from;
    if (unknown) { pr->status = AG_ST_UNKNOWN; return; }
    pr->status = (from != AG_DATE_NONE && from > date) ? AG_ST_APPLIES_FROM : AG_ST_APPLIES;
}

static void find_conflicts(aigov_result *r) {
    ag_vec v;
    ag_vec_init(&v, sizeof(ag_conflict));
    for (int i = 0; i < r->ninsts; i++)
        for (int a = 0; a < r->insts[i].nprovs; a++) {
            const ag_prov_result *pa = &r->insts[i].provs[a];
            if (strcmp(pa->view.base->kind, "prohibition")) continue;
            if (pa->status != AG_ST_APPLIES && pa->status != AG_ST_APPLIES_FROM && pa->status != AG_ST_UNKNOWN) continue;
            for (int j = 0; j < r->ninsts; j++)
                for (int b = 0; b < r->insts[j].nprovs; b++) {
                    const ag_prov_result *pb = &r->insts[j].provs[b];
                    if (strcmp(pb->view.base->kind, "obligation")) continue;
                    if (pb->status != AG_ST_APPLIES && pb->status != AG_ST_APPLIES_FROM && pb->status != AG_ST_UNKNOWN) continue;
                    if (!lists_meet(&pa->view.base->actions, &pb->view.base->actions)) continue;
                    if (!lists_meet(&pa->view.base->addressee, &pb->view.base->addressee)) continue;
                    ag_conflict *cf = ag_vec_push(&v);
                    if (!cf) continue;
                    cf->prohibition = pa;
                    cf->obligation = pb;
                    cf->prohibition_inst = &r->insts[i];
                    cf->obligation_inst = &r->insts[j];
                    cf->certain = pa->status == AG_ST_APPLIES && pb->status == AG_ST_APPLIES;
                    const ag_strlist *x = &pa->view.base->actions, *y = &pb->view.base->actions;
                    cf->actions.items = AG_NEW(&r->arena, const char *, (size_t)x->n + 1);
                    for (int k = 0; cf->actions.items && k < x->n; k++)
                        for (int l = 0; l < y->n; l++)
                            if (!strcmp(x->items[k], y->items[l])) { cf->actions.items[cf->actions.n++] = x->items[k]; break; }
                }
        }
    r->nconflicts = (int)v.n;
    r->conflicts = ag_vec_freeze(&v, &r->arena);
    ag_vec_free(&v);
}

aigov_status aigov_check(const aigov_corpus *c, const aigov_profile *p, const aigov_check_opts *opts,
                         aigov_result **out, aigov_diags *d) {
    *out = NULL;
    aigov_result *r = calloc(1, sizeof *r);
    if (!r) return AIGOV_NOMEM;
    ag_arena_init(&r->arena);
    r->corpus = c;
    r->profile = p;
    r->roles = p->roles;
    r->roles_known = p->roles_known;
    int32_t date = p->date;
    bool oom = false;
    if (opts && opts->role && *opts->role) {
        /* --role a,b: each must be a role term. */
        int rv = ag_corpus_vocab(c, "roles");
        char *copy = ag_arena_strdup(&r->arena, opts->role);
        r->roles.items = AG_NEW(&r->arena, const char *, strlen(opts->role) / 2 + 2);
        r->roles.n = 0;
        if (!copy || !r->roles.items) oom = true;
        for (char *tok = copy ? strtok(copy, ",") : NULL; tok && !oom; tok = strtok(NULL, ",")) {
            const ag_vocab *v = rv >= 0 ? &c->vocabs[rv] : NULL;
            if (v && ag_map_get(&v->index, tok, strlen(tok)) < 0) {
                const char *s = ag_suggest(tok, strlen(tok), v->terms, (size_t)v->n);
                if (s) ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s' (did you mean '%s'?)", tok, s);
                else ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s'", tok);
                aigov_result_free(r);
                return AIGOV_USAGE;
            }
            r->roles.items[r->roles.n++] = tok;
        }
        r->roles_known = true;
    }
    r->insts = AG_NEW(&r->arena, ag_inst_result, (size_t)c->ninstruments + 1);
    if (!r->insts) oom = true;
    for (int i = 0; i < c->ninstruments && !oom; i++) {
        const ag_instrument *in = &c->instruments[i];
        ag_inst_result *ir = &r->insts[r->ninsts];
        ir->in = in;
        ir->triggers = AG_NEW(&r->arena, ag_cond_result, (size_t)in->nscope + 1);
        ir->exemptions = AG_NEW(&r->arena, ag_cond_result, (size_t)in->nexemptions + 1);
        ir->provs = AG_NEW(&r->arena, ag_prov_result, (size_t)in->nprovisions + 1);
        if (!ir->triggers || !ir->exemptions || !ir->provs) { oom = true; break; }
        ir->reach = AG_TV_FALSE;
        for (int t = 0; t < in->nscope; t++) {
            ir->triggers[t].cond = &in->scope[t];
            ir->triggers[t].value = eval_cond(in->scope[t].when, &p->facts, &ir->triggers[t].deciding);
            if (ir->triggers[t].value == AG_TV_TRUE) ir->reach = AG_TV_TRUE;
            else if (ir->triggers[t].value == AG_TV_UNKNOWN && ir->reach == AG_TV_FALSE) ir->reach = AG_TV_UNKNOWN;
        }
        if (ir->reach == AG_TV_FALSE) continue;
        for (int e = 0; e < in->nexemptions; e++) {
            ir->exemptions[e].cond = &in->exemptions[e];
            ir->exemptions[e].value = eval_cond(in->exemptions[e].when, &p->facts, &ir->exemptions[e].deciding);
        }
        for (int k = 0; k < in->nprovisions; k++) {
            const ag_provision *pv = &in->provisions[k];
            if (r->roles_known && !lists_meet(&pv->addressee, &r->roles)) { ir->not_addressed++; continue; }
            ag_prov_result *pr = &ir->provs[ir->nprovs];
            ag_provision_at(pv, date, &pr->view);
            pr->roles_unknown = !r->roles_known;
            decide(in, ir, &p->facts, date, pr);
            if (pr->status == AG_ST_NOT_APPLICABLE && !(opts && opts->all)) continue;
            ir->nprovs++;
        }
        r->ninsts++;
    }
    if (!oom) find_conflicts(r);
    if (oom) { aigov_result_free(r); return AIGOV_NOMEM; }
    *out = r;
    return AIGOV_OK;
}

void aigov_result_free(aigov_result *r) {
    if (!r) return;
    ag_arena_free(&r->arena);
    free(r);
}

void aigov_result_counts_get(const aigov_result *r, aigov_result_counts *o) {
    memset(o, 0, sizeof *o);
    o->instruments = r->ninsts;
    o->conflicts = r->nconflicts;
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; k < r->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &r->insts[i].provs[k];
            switch (pr->status) {
            case AG_ST_APPLIES:
                o->applies++;
                if (!strcmp(r->insts[i].in->binding, "binding")) o->binding_applies++;
                if (!strcmp(pr->view.base->kind, "prohibition")) o->prohibited++;
                break;
            case AG_ST_APPLIES_FROM: o->applies_from++; break;
            case AG_ST_UNKNOWN: o->unknown++; break;
            case AG_ST_EXEMPT: o->exempt++; break;
            case AG_ST_REVOKED: o->revoked++; break;
            case AG_ST_NOT_APPLICABLE: o->not_applicable++; break;
            }
        }
}
