/* questions.c — the questions a check leaves open: one per profile field that decides an
 * unknown provision (or, when the profile states no role, the role), ranked by what an
 * answer settles, and their public view (aigov_result_question). Reads the decided
 * result; decides nothing itself and formats nothing (report.c prints the list). */
#include "check/check.h"

#include <stdlib.h>

const ag_inst_result *ag_result_inst_of(const aigov_result *r, const ag_prov_result *pr) {
    for (int i = 0; i < r->ninsts; i++)
        if (pr >= r->insts[i].provs && pr < r->insts[i].provs + r->insts[i].nprovs) return &r->insts[i];
    return NULL;
}

static bool is_binding(const ag_inst_result *ir) { return !strcmp(ir->in->binding, "binding"); }

/* Rank: binding first, instrument-wide first, more binding provisions settled, more
 * provisions settled, then schema order (stable for equal questions). */
static int cmp_question(const void *a, const void *b) {
    const ag_question *x = a, *y = b;
    if (x->binding != y->binding) return x->binding ? -1 : 1;
    if (x->instrument_wide != y->instrument_wide) return x->instrument_wide ? -1 : 1;
    if (x->nbinding != y->nbinding) return y->nbinding - x->nbinding;
    if (x->nprovs != y->nprovs) return y->nprovs - x->nprovs;
    return x->slot - y->slot;
}

/* The fields read as not established (a burden the profile does not discharge) that the
 * condition of a provision that applies reads: answering them may lift the duty ("applies
 * unless you document ..."), so they are asked, though the duty is decided. */
static bool presumed_reads(const aigov_result *r, const ag_prov_result *pr, ag_slotset *out) {
    memset(out, 0, sizeof *out);
    const aigov_profile *p = r->profile;
    if (!p->npresumed || (pr->status != AG_ST_APPLIES && pr->status != AG_ST_APPLIES_FROM)) return false;
    ag_slotset rd;
    memset(&rd, 0, sizeof rd);
    ag_cel_fields_read(pr->view.when, &rd);
    bool any = false;
    for (int i = 0; i < p->npresumed; i++)
        if (ag_slotset_has(&rd, p->presumed[i])) { ag_slotset_add(out, p->presumed[i]); any = true; }
    return any;
}

bool ag_prov_presumed(const aigov_result *r, const ag_prov_result *pr, ag_slotset *out) { return presumed_reads(r, pr, out); }

/* The fields whose answer decides pr, with the role asked as the activities (ask_slot). */
static ag_slotset asked_fields(const ag_prov_result *pr, int role_slot, int ask_slot) {
    ag_slotset d = pr->deciding;
    if (role_slot >= 0 && ask_slot != role_slot && ag_slotset_has(&d, role_slot)) {
        d.w[role_slot >> 6] &= ~(1ull << (role_slot & 63));
        ag_slotset_add(&d, ask_slot);
    }
    return d;
}

bool ag_questions_build(aigov_result *r) {
    const aigov_corpus *c = r->corpus;
    int nf = c->nfields;
    r->qnum = AG_NEW(&r->arena, int, (size_t)nf + 1);
    int *count = calloc((size_t)nf + 1, sizeof *count);
    if (!r->qnum || !count) { free(count); return false; }
    int role_slot = ag_map_get(&c->field_index, "role", 4);
    /* The role is asked as what the organisation does (activities), from which each
     * instrument defines its roles: one plain question instead of every law's role words. */
    int act_slot = ag_map_get(&c->field_index, "activities", 10);
    int ask_slot = act_slot >= 0 && role_slot >= 0 ? act_slot : role_slot;
    bool ask_role = !r->roles_known && role_slot >= 0;
    /* Pass 1: how many provisions each field decides. */
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; k < r->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &r->insts[i].provs[k];
            /* Undecided: unknown, or applying later only if its questions are answered so. */
            ag_slotset dec = asked_fields(pr, role_slot, ask_slot), pres;
            if (pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr))
                for (int s = 0; s < nf; s++) count[s] += ag_slotset_has(&dec, s);
            if (presumed_reads(r, pr, &pres))
                for (int s = 0; s < nf; s++) count[s] += ag_slotset_has(&pres, s) && !((pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr)) && ag_slotset_has(&dec, s));
            /* Without a role, every listed provision that may bind waits for it. */
            if (ask_role && pr->roles_unknown && ag_status_may_conflict(pr->status) &&
                !((pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr)) && ag_slotset_has(&dec, ask_slot)))
                count[ask_slot]++;
        }
    int nq = 0;
    for (int s = 0; s < nf; s++) nq += count[s] > 0;
    r->questions = AG_NEW(&r->arena, ag_question, (size_t)nq + 1);
    if (!r->questions) { free(count); return false; }
    r->nquestions = 0;
    int *at = calloc((size_t)nf + 1, sizeof *at); /* slot -> index in questions */
    if (!at) { free(count); return false; }
    for (int s = 0; s < nf; s++) {
        if (!count[s]) continue;
        ag_question *q = &r->questions[r->nquestions];
        memset(q, 0, sizeof *q);
        q->slot = s;
        q->provs = AG_NEW(&r->arena, const ag_prov_result *, (size_t)count[s]);
        if (!q->provs) { free(count); free(at); return false; }
        at[s] = r->nquestions++;
    }
    /* Pass 2: the provisions, binding force and reach of each. */
    r->undecided_binding = r->undecided_duties = 0;
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        bool binding = is_binding(ir);
        for (int k = 0; k < ir->nprovs; k++) {
            const ag_prov_result *pr = &ir->provs[k];
            bool any = false;
            ag_slotset dec = asked_fields(pr, role_slot, ask_slot), pres;
            bool has_pres = presumed_reads(r, pr, &pres);
            bool undecided = false;
            for (int s = 0; s < nf; s++) {
                bool by_role = ask_role && s == ask_slot && pr->roles_unknown && ag_status_may_conflict(pr->status);
                bool by_field = (pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr)) && ag_slotset_has(&dec, s);
                bool by_burden = has_pres && ag_slotset_has(&pres, s) && !by_field;
                if (!by_role && !by_field && !by_burden) continue;
                undecided |= by_role || by_field;
                ag_question *q = &r->questions[at[s]];
                q->provs[q->nprovs++] = pr;
                q->nbinding += binding;
                q->binding |= binding;
                /* Instrument-wide: the field decides a trigger or an exemption, not (only)
                 * the provision's own condition; the role decides every provision. */
                if (by_role || !ag_slotset_has(&pr->own, s == ask_slot ? role_slot : s) || s == ask_slot) q->instrument_wide = true;
                any = true;
            }
            if (any && undecided && binding) r->undecided_binding++;
            if (any && undecided && binding && ag_kind_duty(pr->view.base->kind)) r->undecided_duties++;
        }
    }
    free(count);
    free(at);
    /* What the profile already says of a field that still decides: a list of regions
     * with parts left open ("established in the US" when a provision asks about Texas). */
    for (int i = 0; i < r->nquestions; i++) {
        const ag_value *v = &r->profile->slots[r->questions[i].slot];
        if (v->kind != AG_V_LIST || v->n == 0) continue;
        char buf[512];
        size_t len = 0;
        buf[0] = 0;
        /* Only the regions whose parts (ISO 3166-2 "US-TX" under "US") are left open, not
         * the groups they belong to. */
        for (uint32_t k = 0; k < v->n && len < sizeof buf; k++) {
            const ag_value *it = &v->u.items[k];
            bool open = false;
            for (uint32_t m = v->n; m < v->n + v->nmaybe && !open && it->kind == AG_V_STR; m++) {
                const ag_value *y = &v->u.items[m];
                open = y->kind == AG_V_STR && y->n > it->n && !memcmp(y->u.str, it->u.str, it->n) && y->u.str[it->n] == '-';
            }
            if (open) len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%.*s", len ? ", " : "", (int)it->n, it->u.str);
        }
        r->questions[i].current = buf[0] ? ag_arena_strdup(&r->arena, buf) : NULL;
    }
    qsort(r->questions, (size_t)r->nquestions, sizeof *r->questions, cmp_question);
    memset(r->qnum, 0, sizeof(int) * (size_t)nf);
    for (int i = 0; i < r->nquestions; i++) r->qnum[r->questions[i].slot] = i + 1;
    /* A provision that the role decides points at the activities question. */
    if (ask_slot != role_slot && role_slot >= 0 && !r->qnum[role_slot]) r->qnum[role_slot] = r->qnum[ask_slot];
    return true;
}

/* ---- Public view ---------------------------------------------------------------------- */

static const char *const FTYPE_NAMES[] = {"bool", "number", "date", "string", "term", "terms", "regions"};

void ag_field_question_view(const aigov_corpus *c, int slot, aigov_question *out) {
    const ag_field *f = &c->fields[slot];
    memset(out, 0, sizeof *out);
    out->id = f->expr_path;
    out->field = f->path;
    out->text = f->question ? f->question : f->doc ? f->doc : f->path;
    out->type = FTYPE_NAMES[f->type];
    out->defined_in = f->law;
    if (f->vocab >= 0) {
        const ag_vocab *v = &c->vocabs[f->vocab];
        out->nchoices = v->n;
        out->choices = v->terms;
        out->labels = v->labels;
    }
    out->has_min = f->has_min;
    out->has_max = f->has_max;
    out->min = f->min;
    out->max = f->max;
}

int aigov_result_nquestions(const aigov_result *r) { return r->nquestions; }

int aigov_result_undecided_binding(const aigov_result *r) { return r->undecided_binding; }

bool aigov_result_question(const aigov_result *r, int i, aigov_question *out) {
    if (i < 0 || i >= r->nquestions) return false;
    const ag_question *q = &r->questions[i];
    ag_field_question_view(r->corpus, q->slot, out);
    out->number = i + 1;
    out->binding = q->binding;
    out->instrument_wide = q->instrument_wide;
    out->nprovisions = q->nprovs;
    out->nbinding = q->nbinding;
    out->current = q->current;
    return true;
}
