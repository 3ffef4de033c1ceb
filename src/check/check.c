/* check.c — decides which instruments reach a profile and the status of each of their
 * provisions on the profile's date, and finds conflicts between applicable provisions.
 * Owns the status rules of docs/check.md. Must not format output (report.c). */
#include "check/check.h"
#include "check/index.h"

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

/* A condition's value, with the unknown slots that decide it added to *deciding. With a
 * worker and a compiled program, through the indexed engine (same value and slots). */
static ag_tv eval_cond(const ag_worker *w, const ag_prog *pg, const ag_expr *e, const ag_facts *f,
                       ag_slotset *deciding) {
    if (w && pg) return ag_prog_eval(w, pg, f, deciding);
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

static bool in_list(const ag_strlist *l, const char *s) {
    for (int i = 0; i < l->n; i++)
        if (!strcmp(l->items[i], s)) return true;
    return false;
}

ag_tv ag_exemption_covers(const ag_cond *ex, const ag_provision *p, const ag_strlist *roles, bool roles_known) {
    if (ex->roles.n == 0) return AG_TV_TRUE;
    bool all = true, some = false;
    for (int i = 0; i < p->addressee.n; i++) {
        const char *r = p->addressee.items[i];
        if (roles_known && !in_list(roles, r)) continue; /* not a role the organisation holds */
        if (in_list(&ex->roles, r)) some = true;
        else all = false;
    }
    if (all) return AG_TV_TRUE;
    return roles_known || !some ? AG_TV_FALSE : AG_TV_UNKNOWN;
}

static void decide(const ag_worker *w, int pid, const ag_instrument *in, ag_inst_result *ir,
                   const ag_facts *f, int32_t date, const ag_strlist *roles, bool roles_known, int role_slot,
                   ag_prov_result *pr) {
    const ag_provision *p = pr->view.base;
    const ag_prog *pg = w ? ag_index_prov_prog(w->x, pid, pr->view.when) : NULL;
    pr->when = eval_cond(w, pg, pr->view.when, f, &pr->own);
    pr->deciding = pr->own;
    if (pr->when == AG_TV_FALSE) { pr->status = AG_ST_NOT_APPLICABLE; return; }
    /* A provision that has ended is reported as revoked only when it would otherwise
     * apply to this system; with an unknown condition it does not apply either way. */
    bool ended = in->revoked != AG_DATE_NONE && in->revoked <= date;
    bool expired = pr->view.until != AG_DATE_NONE && pr->view.until <= date;
    if ((ended || expired) && pr->when != AG_TV_TRUE) { pr->status = AG_ST_NOT_APPLICABLE; return; }
    if (ended) { pr->status = AG_ST_REVOKED; pr->date = in->revoked; return; }
    if (expired) { pr->status = AG_ST_REVOKED; pr->date = pr->view.until; return; }
    bool unknown = pr->when == AG_TV_UNKNOWN;
    for (int e = 0; e < in->nexemptions; e++) {
        ag_cond_result *er = &ir->exemptions[e];
        if (not_exempted_by(p, er->cond->id) || er->value == AG_TV_FALSE) continue;
        ag_tv covers = ag_exemption_covers(er->cond, p, roles, roles_known);
        if (covers == AG_TV_FALSE) { pr->spared_by = er->cond; continue; }
        if (er->value == AG_TV_TRUE && covers == AG_TV_TRUE) { pr->status = AG_ST_EXEMPT; pr->exempted_by = er->cond; memset(&pr->deciding, 0, sizeof pr->deciding); return; }
        unknown = true;
        if (er->value == AG_TV_UNKNOWN && er->lazy) {
            ag_prog_deciding(w, &w->x->exempt_prog[w->x->exempt0[in - w->x->c->instruments] + e], f, &er->deciding);
            er->lazy = false;
        }
        if (er->value == AG_TV_UNKNOWN) ag_slotset_union(&pr->deciding, &er->deciding);
        if (covers == AG_TV_UNKNOWN && role_slot >= 0) ag_slotset_add(&pr->deciding, role_slot);
    }
    if (ir->reach == AG_TV_UNKNOWN) {
        unknown = true;
        for (int t = 0; t < in->nscope; t++) ag_slotset_union(&pr->deciding, &ir->triggers[t].deciding);
    }
    int32_t from = pr->view.applies_from;
    if (in->in_force != AG_DATE_NONE && (from == AG_DATE_NONE || in->in_force > from)) from = in->in_force;
    pr->date = from;
    /* A provision that cannot apply before a later date applies later, if the questions it
     * leaves (pr->deciding) are answered so: not unknown (ag_prov_conditional). */
    if (from != AG_DATE_NONE && from > date) { pr->status = AG_ST_APPLIES_FROM; return; }
    if (unknown) { pr->status = AG_ST_UNKNOWN; return; }
    pr->status = AG_ST_APPLIES;
}

bool ag_conflict_side(const ag_prov_result *pr, const char *kind) {
    const char *k = pr->view.base->kind;
    bool side = !strcmp(kind, "prohibition") ? ag_kind_forbids(k) : !strcmp(k, kind);
    return side && ag_status_may_conflict(pr->status);
}

/* A prohibition forbids its actions; an obligation requires only its `required` ones
 * (an activity such as use names when a duty attaches, not a duty to do it). */
bool ag_conflict_meet(const ag_prov_result *prohibition, const ag_prov_result *obligation) {
    return lists_meet(&prohibition->view.base->actions, &obligation->view.base->required) &&
           lists_meet(&prohibition->view.base->addressee, &obligation->view.base->addressee);
}

static void find_conflicts(aigov_result *r) {
    ag_vec v;
    ag_vec_init(&v, sizeof(ag_conflict));
    for (int i = 0; i < r->ninsts; i++)
        for (int a = 0; a < r->insts[i].nprovs; a++) {
            const ag_prov_result *pa = &r->insts[i].provs[a];
            if (!ag_conflict_side(pa, "prohibition")) continue;
            for (int j = 0; j < r->ninsts; j++)
                for (int b = 0; b < r->insts[j].nprovs; b++) {
                    const ag_prov_result *pb = &r->insts[j].provs[b];
                    if (!ag_conflict_side(pb, "obligation") || !ag_conflict_meet(pa, pb)) continue;
                    ag_conflict *cf = ag_vec_push(&v);
                    if (!cf) continue;
                    cf->prohibition = pa;
                    cf->obligation = pb;
                    cf->prohibition_inst = &r->insts[i];
                    cf->obligation_inst = &r->insts[j];
                    cf->certain = pa->status == AG_ST_APPLIES && pb->status == AG_ST_APPLIES;
                    const ag_strlist *x = &pa->view.base->actions, *y = &pb->view.base->required;
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

/* Checks profile p against every instrument of c into flat arrays sized for the whole
 * corpus (instrument i's triggers, exemptions and provisions start where the previous
 * instrument's end). With a worker, its index skips the instruments none of whose
 * triggers is a candidate and (unless `all`) the provisions that are not candidates: both
 * would evaluate to false. Returns the number of instruments reached, in insts[0..n).
 * Allocates nothing; every slot it fills is cleared first, so the arrays can be reused. */
/* A provision result about to be decided: ag_provision_at writes the view (of its
 * amendments, only applied[0 .. napplied) is meaningful); the rest starts cleared. Field
 * by field: a memset of the whole 208 bytes was a fifth of the time of run() on a
 * 10,000-provision corpus. */
static inline void prov_begin(ag_prov_result *pr, const ag_provision *pv, int32_t date, bool roles_unknown) {
    ag_provision_at(pv, date, &pr->view);
    pr->status = (ag_pstatus)0;
    pr->date = 0;
    pr->when = (ag_tv)0;
    memset(&pr->deciding, 0, sizeof pr->deciding);
    memset(&pr->own, 0, sizeof pr->own);
    pr->exempted_by = NULL;
    pr->spared_by = NULL;
    pr->roles_unknown = roles_unknown;
    pr->merged = NULL;
    pr->alt_date = AG_DATE_NONE;
    pr->dropped = false;
}

/* Whether a branch's result leaves nothing undecided but the split field. */
static bool only_split_open(const ag_prov_result *pr, int slot) {
    if (pr->status != AG_ST_UNKNOWN && pr->status != AG_ST_APPLIES_FROM) return false;
    if (!ag_slotset_has(&pr->deciding, slot)) return false;
    ag_slotset rest = pr->deciding;
    rest.w[slot >> 6] &= ~(1ull << (slot & 63));
    return ag_slotset_empty(&rest);
}

/* Entries split by a fact must agree when the fact does not matter: a provision and its
 * other branch (ag_provision.branch_of), both left open only by the unknown split field,
 * describe a duty that holds whichever way the field goes. The provision then applies (from
 * the earlier of the two dates, or the later, depending on the field) and the other branch
 * is left out of the result, as represented by it. */
static void merge_branches(const ag_instrument *in, ag_inst_result *ir, const ag_facts *f, int32_t date) {
    bool any = false;
    for (int k = 0; k < ir->nprovs; k++) {
        ag_prov_result *b = &ir->provs[k];
        const ag_provision *bp = b->view.base;
        if (bp->branch_of < 0 || bp->split_slot < 0) continue;
        if (bp->split_slot < f->nslots && f->slots[bp->split_slot].kind != AG_V_UNKNOWN) continue;
        ag_prov_result *o = NULL;
        for (int j = 0; j < ir->nprovs && !o; j++)
            if (ir->provs[j].view.base == &in->provisions[bp->branch_of]) o = &ir->provs[j];
        if (!o || !only_split_open(b, bp->split_slot) || !only_split_open(o, bp->split_slot)) continue;
        int32_t lo = b->date < o->date ? b->date : o->date, hi = b->date < o->date ? o->date : b->date;
        b->status = lo != AG_DATE_NONE && lo > date ? AG_ST_APPLIES_FROM : AG_ST_APPLIES;
        b->date = lo;
        b->alt_date = hi != lo ? hi : AG_DATE_NONE;
        b->merged = o->view.base;
        memset(&b->deciding, 0, sizeof b->deciding);
        memset(&b->own, 0, sizeof b->own);
        o->dropped = true; /* kept open for the provision's other branches, removed below */
        any = true;
    }
    if (!any) return;
    int n = 0;
    for (int k = 0; k < ir->nprovs; k++)
        if (!ir->provs[k].dropped) ir->provs[n++] = ir->provs[k];
    ir->nprovs = n;
}

/* The roles the organisation holds under an instrument that defines roles from activities
 * (ag_role_def): those the profile states, those the instrument's definitions give, and
 * those other instruments' definitions give for roles this one does not define. So a
 * "provider" under China's measures (who makes a service available) is not an AI Act
 * provider unless the AI Act's own definition holds. Into buf (cap); returns how many. */
static int inst_roles(const aigov_profile *p, const ag_instrument *in, const char **buf, int cap) {
    int n = 0;
    for (int i = 0; i < p->roles.n && n < cap; i++) {
        const char *r = p->roles.items[i];
        bool keep = i < p->nstated, defined = false;
        for (int k = 0; k < in->nroles && !keep; k++) {
            if (strcmp(in->roles[k].role, r)) continue;
            defined = true;
            keep = ag_role_def_holds(&in->roles[k], p->activities);
        }
        if (keep || !defined) buf[n++] = r;
    }
    return n;
}

/* `lean` (the batch path, which reads only the provisions' results and an instrument's
 * reach): once a trigger holds, the instrument's other triggers are not evaluated (left
 * false); the deciding slots of triggers and exemptions are computed only when they can
 * matter (reach unknown; an exemption a provision turns on). */
static int run(const aigov_corpus *c, ag_worker *w, const aigov_profile *p, const ag_strlist *roles,
               bool roles_known, bool all, bool lean, ag_inst_result *insts, ag_cond_result *trig,
               ag_cond_result *exempt, ag_prov_result *provs) {
    const ag_facts *f = &p->facts;
    int32_t date = p->date;
    uint64_t rmask = 0;
    /* The roles list is read after the facts, its cache miss overlapping their work. */
    if (w && roles_known && roles->n) __builtin_prefetch(roles->items);
    if (w) ag_worker_prepare(w, f, date);
    bool use_mask = w && roles_known && ag_worker_roles_mask(w, roles, &rmask);
    int n = 0, t0 = 0, e0 = 0, p0 = 0;
    /* Asked when an exemption's roles decide. */
    int role_slot = w ? w->x->role_slot : ag_map_get(&c->field_index, "role", 4);
    /* With the index, only the instruments with a candidate trigger, in corpus order. */
    int ncand = w ? ag_worker_instruments(w) : c->ninstruments;
    for (int ci = 0; ci < ncand; ci++) {
        int i = w ? w->cand_insts[ci] : ci;
        const ag_instrument *in = &c->instruments[i];
        int tb = t0, eb = e0, pb = p0;
        if (w) {
            tb = w->x->trig0[i];
            eb = w->x->exempt0[i];
            pb = w->x->prov0[i];
            p0 = w->x->prov0[i + 1];
        }
        t0 += in->nscope;
        e0 += in->nexemptions;
        p0 += w ? 0 : in->nprovisions;
        /* An instrument not yet adopted on the date, or adopted but pending entry into
         * force on a date the corpus cannot give, does not reach any system. */
        if ((in->adopted != AG_DATE_NONE && date < in->adopted) || in->in_force_pending) continue;
        ag_inst_result *ir = &insts[n];
        memset(ir, 0, sizeof *ir);
        ir->in = in;
        ir->triggers = &trig[tb];
        ir->exemptions = &exempt[eb];
        ir->provs = &provs[pb];
        ir->reach = AG_TV_FALSE;
        for (int t = 0; t < in->nscope; t++) {
            ag_cond_result *cr = &ir->triggers[t];
            memset(cr, 0, sizeof *cr);
            cr->cond = &in->scope[t];
            if ((w && !ag_worker_is_cand(w, tb + t)) || (lean && ir->reach == AG_TV_TRUE)) cr->value = AG_TV_FALSE;
            else cr->value = eval_cond(w, w ? &w->x->trig_prog[tb + t] : NULL, in->scope[t].when, f, lean ? NULL : &cr->deciding);
            if (cr->value == AG_TV_TRUE) ir->reach = AG_TV_TRUE;
            else if (cr->value == AG_TV_UNKNOWN && ir->reach == AG_TV_FALSE) ir->reach = AG_TV_UNKNOWN;
        }
        if (ir->reach == AG_TV_FALSE) continue;
        /* This instrument's own roles, where it defines them from the profile's activities. */
        const char *ibuf[64];
        ag_strlist iroles_ = *roles;
        const ag_strlist *roles_i = roles;
        uint64_t rmask_i = rmask;
        bool own_roles = roles_known && in->nroles && p->activities_known && roles->items == p->roles.items;
        if (own_roles) {
            iroles_.items = ibuf;
            iroles_.n = inst_roles(p, in, ibuf, 64);
            roles_i = &iroles_;
            if (use_mask && !ag_index_roles_mask(w->x, roles_i, &rmask_i)) rmask_i = rmask;
        }
        if (lean && ir->reach == AG_TV_UNKNOWN)
            for (int t = 0; t < in->nscope; t++)
                if (ir->triggers[t].value == AG_TV_UNKNOWN) ag_prog_deciding(w, &w->x->trig_prog[tb + t], f, &ir->triggers[t].deciding);
        for (int e = 0; e < in->nexemptions; e++) {
            ag_cond_result *cr = &ir->exemptions[e];
            memset(cr, 0, sizeof *cr);
            cr->cond = &in->exemptions[e];
            cr->value = eval_cond(w, w ? &w->x->exempt_prog[eb + e] : NULL, in->exemptions[e].when, f, lean ? NULL : &cr->deciding);
            cr->lazy = lean;
        }
        if (w && !all && (!roles_known || use_mask)) {
            /* Only the candidates: the others are not_applicable (left out); those
             * addressed to other roles are counted without looking at them. */
            if (own_roles && rmask_i != rmask) {
                ir->not_addressed = 0;
                for (int k = 0; k < in->nprovisions; k++) ir->not_addressed += !(w->x->role_mask[pb + k] & rmask_i);
            } else ir->not_addressed = roles_known ? ag_worker_not_addressed(w, i, rmask) : 0;
            int lo = w->x->ntrig + pb, hi = w->x->ntrig + p0;
            for (int wd = lo >> 6; wd <= (hi - 1) >> 6 && lo < hi; wd++) {
                uint64_t m = w->cand[wd];
                if (wd == lo >> 6) m &= ~0ull << (lo & 63);
                if (wd == (hi - 1) >> 6 && (hi & 63)) m &= ~(~0ull << (hi & 63));
                for (; m; m &= m - 1) {
                    int k = wd * 64 + __builtin_ctzll(m) - lo;
                    if (roles_known && !(w->x->role_mask[pb + k] & rmask_i)) continue;
                    ag_prov_result *pr = &ir->provs[ir->nprovs];
                    prov_begin(pr, &in->provisions[k], date, !roles_known);
                    decide(w, pb + k, in, ir, f, date, roles_i, roles_known, role_slot, pr);
                    if (pr->status != AG_ST_NOT_APPLICABLE) ir->nprovs++;
                }
            }
            merge_branches(in, ir, f, date);
            n++;
            continue;
        }
        for (int k = 0; k < in->nprovisions; k++) {
            const ag_provision *pv = &in->provisions[k];
            if (use_mask ? !(w->x->role_mask[pb + k] & rmask_i) : roles_known && !lists_meet(&pv->addressee, roles_i)) {
                ir->not_addressed++;
                continue;
            }
            if (w && !all && !ag_worker_is_cand(w, w->x->ntrig + pb + k)) continue;
            ag_prov_result *pr = &ir->provs[ir->nprovs];
            prov_begin(pr, pv, date, !roles_known);
            decide(w, pb + k, in, ir, f, date, roles_i, roles_known, role_slot, pr);
            if (pr->status == AG_ST_NOT_APPLICABLE && !all) continue;
            ir->nprovs++;
        }
        merge_branches(in, ir, f, date);
        n++;
    }
    return n;
}

/* The horizon (docs/corpus-format.md): the instruments that are not law yet whose scope
 * would reach the profile, apart from the result of the law. A trigger that holds makes it
 * reach, one left open makes it possibly reach; an exemption that holds for every addressee
 * keeps it away. Nothing here is counted among the obligations. */
int ag_horizon_find(const aigov_corpus *c, const aigov_profile *p, ag_horizon_hit *out) {
    int n = 0;
    for (int i = 0; i < c->nhorizon; i++) {
        const ag_instrument *in = &c->horizon[i];
        ag_tv reach = AG_TV_FALSE;
        for (int t = 0; t < in->nscope && reach != AG_TV_TRUE; t++) {
            ag_tv v = eval_cond(NULL, NULL, in->scope[t].when, &p->facts, NULL);
            if (v != AG_TV_FALSE) reach = v;
        }
        for (int e = 0; e < in->nexemptions && reach != AG_TV_FALSE; e++)
            if (in->exemptions[e].roles.n == 0 && eval_cond(NULL, NULL, in->exemptions[e].when, &p->facts, NULL) == AG_TV_TRUE)
                reach = AG_TV_FALSE;
        if (reach == AG_TV_FALSE) continue;
        out[n].in = in;
        out[n].reach = reach;
        n++;
    }
    return n;
}

static bool find_horizon(aigov_result *r, const aigov_corpus *c, const aigov_profile *p) {
    r->horizon = AG_NEW(&r->arena, ag_horizon_hit, (size_t)c->nhorizon + 1);
    if (!r->horizon) return false;
    r->nhorizon = ag_horizon_find(c, p, r->horizon);
    return true;
}

static aigov_status check_impl(const aigov_corpus *c, ag_worker *w, const aigov_profile *p,
                               const aigov_check_opts *opts, aigov_result **out, aigov_diags *d) {
    *out = NULL;
    aigov_result *r = calloc(1, sizeof *r);
    if (!r) return AIGOV_NOMEM;
    ag_arena_init(&r->arena);
    r->corpus = c;
    r->profile = p;
    r->roles = p->roles;
    r->roles_known = p->roles_known;
    bool oom = false;
    if (opts && opts->role && *opts->role) {
        /* --role a,b: each must be a role term. */
        int cap = (int)(strlen(opts->role) / 2 + 2);
        r->roles.items = AG_NEW(&r->arena, const char *, (size_t)cap);
        r->roles.n = 0;
        if (!r->roles.items) oom = true;
        else if (!ag_roles_parse(c, opts->role, r->roles.items, cap, &r->roles.n, d)) {
            aigov_result_free(r);
            return AIGOV_USAGE;
        }
        r->roles_known = true;
    }
    size_t ntrig = 0, nexempt = 0, nprov = 0;
    for (int i = 0; i < c->ninstruments; i++) {
        ntrig += (size_t)c->instruments[i].nscope;
        nexempt += (size_t)c->instruments[i].nexemptions;
        nprov += (size_t)c->instruments[i].nprovisions;
    }
    r->insts = AG_NEW(&r->arena, ag_inst_result, (size_t)c->ninstruments + 1);
    ag_cond_result *trig = AG_NEW(&r->arena, ag_cond_result, ntrig + 1);
    ag_cond_result *exempt = AG_NEW(&r->arena, ag_cond_result, nexempt + 1);
    ag_prov_result *provs = AG_NEW(&r->arena, ag_prov_result, nprov + 1);
    if (!r->insts || !trig || !exempt || !provs) oom = true;
    if (!oom) r->ninsts = run(c, w, p, &r->roles, r->roles_known, opts && opts->all, false, r->insts, trig, exempt, provs);
    /* Each provision decided is a step of the work bound to this thread (aigov_work). */
    if (!oom && !ag_work_tick(nprov ? nprov : 1)) {
        aigov_result_free(r);
        ag_diag_add(d, p->source, NULL, 0, 0, 0, 0, "the check was stopped: its work budget is spent or it was cancelled");
        return AIGOV_LIMIT;
    }
    if (!oom) find_conflicts(r);
    if (!oom && !ag_questions_build(r)) oom = true;
    if (!oom && !find_horizon(r, c, p)) oom = true;
    if (oom) { aigov_result_free(r); return AIGOV_NOMEM; }
    *out = r;
    return AIGOV_OK;
}

aigov_status aigov_check(const aigov_corpus *c, const aigov_profile *p, const aigov_check_opts *opts,
                         aigov_result **out, aigov_diags *d) {
    return check_impl(c, NULL, p, opts, out, d);
}

aigov_status aigov_check_indexed(const aigov_index *x, const aigov_profile *p, const aigov_check_opts *opts,
                                 aigov_result **out, aigov_diags *d) {
    *out = NULL;
    if (p->corpus != x->c) {
        ag_diag_add(d, p->source, NULL, 0, 0, 0, 0, "the profile was parsed against another corpus than the index's");
        return AIGOV_USAGE;
    }
    ag_worker *w = ag_worker_new(x);
    if (!w) return AIGOV_NOMEM;
    aigov_status s = check_impl(x->c, w, p, opts, out, d);
    ag_worker_free(w);
    return s;
}

int ag_check_worker(ag_worker *w, const aigov_profile *p, const ag_strlist *roles, bool roles_known, bool all) {
    w->ninsts = run(w->x->c, w, p, roles, roles_known, all, true, w->insts, w->trig, w->exempt, w->provs);
    return w->ninsts;
}

void aigov_result_free(aigov_result *r) {
    if (!r) return;
    ag_arena_free(&r->arena);
    free(r);
}

bool ag_roles_parse(const aigov_corpus *c, const char *spec, const char **out, int cap, int *n, aigov_diags *d) {
    int rv = ag_corpus_vocab(c, "roles");
    const ag_vocab *v = rv >= 0 ? &c->vocabs[rv] : NULL;
    *n = 0;
    for (const char *s = spec; *s;) {
        size_t len = strcspn(s, ",");
        if (len) {
            int32_t t = v ? ag_map_get(&v->index, s, len) : -1;
            if (t < 0 || *n >= cap) {
                char tok[128];
                snprintf(tok, sizeof tok, "%.*s", (int)(len < sizeof tok ? len : sizeof tok - 1), s);
                const char *sug = v ? ag_suggest(tok, strlen(tok), v->terms, (size_t)v->n) : NULL;
                if (sug) ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s' (did you mean '%s'?)", tok, sug);
                else ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s'", tok);
                return false;
            }
            out[(*n)++] = v->terms[t];
        }
        s += len + (s[len] == ',');
    }
    return true;
}

void aigov_result_headline(const aigov_result *r, aigov_headline *h) {
    memset(h, 0, sizeof *h);
    int32_t lo = INT32_MAX, hi = INT32_MIN;
    for (int i = 0; i < r->ninsts; i++) {
        const char *binding = r->insts[i].in->binding;
        for (int k = 0; k < r->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &r->insts[i].provs[k];
            const char *kind = pr->view.base->kind;
            if (strcmp(binding, "binding")) {
                if (pr->status == AG_ST_APPLIES) (*(!strcmp(binding, "contractual") ? &h->contractual : &h->voluntary))++;
                continue;
            }
            bool banned = ag_kind_banned(kind), duty = ag_kind_duty(kind);
            if (pr->status == AG_ST_APPLIES) {
                if (banned) h->banned++;
                else if (duty) h->obligations_now++;
                else h->other_now++;
            } else if (pr->status == AG_ST_APPLIES_FROM && duty) {
                if (ag_prov_conditional(pr)) h->obligations_later_if++;
                else if (banned) h->banned_later++;
                else {
                    h->obligations_later++;
                    if (pr->date < lo) lo = pr->date;
                    if (pr->date > hi) hi = pr->date;
                }
            }
        }
    }
    if (h->obligations_later) {
        ag_date_format(lo, h->later_from);
        ag_date_format(hi, h->later_to);
    }
    for (int q = 0; q < r->nquestions; q++) h->questions += r->questions[q].binding;
    h->undecided = r->undecided_duties;
    h->conflicts = r->nconflicts;
}

void aigov_result_counts_get(const aigov_result *r, aigov_result_counts *o) {
    memset(o, 0, sizeof *o);
    o->instruments = r->ninsts;
    o->conflicts = r->nconflicts;
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; k < r->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &r->insts[i].provs[k];
            ag_counts_add(o, pr->status, !strcmp(r->insts[i].in->binding, "binding"),
                          ag_kind_forbids(pr->view.base->kind), ag_kind_banned(pr->view.base->kind));
        }
}
