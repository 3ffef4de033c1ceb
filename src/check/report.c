/* report.c — renders check results as JSON (the stable format of docs/check-json.md),
 * text for a compliance officer, and Markdown. Reads results; decides nothing. */
#include "check/check.h"
#include "legit/legitimacy.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* ---- Shared helpers -------------------------------------------------------------------- */
static const char *tv_name(ag_tv t) { return t == AG_TV_TRUE ? "true" : t == AG_TV_FALSE ? "false" : "unknown"; }

static json_t *jfields(const aigov_corpus *c, const ag_slotset *s) {
    json_t *a = json_array();
    for (int i = 0; i < c->nfields; i++)
        if (ag_slotset_has(s, i)) ag_json_push(a, json_string(c->fields[i].expr_path));
    return a;
}

static const char *inst_name(const ag_instrument *in) { return in->short_title ? in->short_title : in->title; }

static const char *region_name(const aigov_corpus *c, const char *code) {
    if (!strcmp(code, "INTL")) return "International";
    int32_t r = ag_map_get(&c->region_index, code, strlen(code));
    return r >= 0 ? c->regions[r].name : code;
}

/* ---- JSON ------------------------------------------------------------------------------- */
static json_t *cond_json(const aigov_corpus *c, const ag_cond_result *cr, bool exemption) {
    json_t *o = json_object();
    if (cr->cond->id) ag_json_set(o, "id", json_string(cr->cond->id));
    ag_json_set(o, exemption ? "name" : "trigger", json_string(cr->cond->name));
    ag_json_set(o, "article", json_string(cr->cond->article));
    ag_json_set(o, "when", json_string(cr->cond->when->src));
    ag_json_set(o, "value", json_string(tv_name(cr->value)));
    ag_json_set(o, "deciding_fields", jfields(c, &cr->deciding));
    return o;
}

/* The reasons for a status, in words, from the data that decided it. */
static json_t *reasons_json(const ag_inst_result *ir, const ag_prov_result *pr) {
    json_t *a = json_array();
    char buf[1024], d1[11];
    for (int t = 0; t < ir->in->nscope; t++)
        if (ir->triggers[t].value != AG_TV_FALSE) {
            snprintf(buf, sizeof buf, "%s %s: %s (%s)", ir->triggers[t].value == AG_TV_TRUE ? "reaches the system under" : "may reach the system under",
                     ir->triggers[t].cond->article, ir->triggers[t].cond->name, tv_name(ir->triggers[t].value));
            ag_json_push(a, json_string(buf));
        }
    snprintf(buf, sizeof buf, "condition of %s is %s: %s", pr->view.article, tv_name(pr->when), pr->view.when->src);
    ag_json_push(a, json_string(buf));
    for (int e = 0; e < ir->in->nexemptions; e++) {
        const ag_cond_result *er = &ir->exemptions[e];
        bool skip = false;
        for (int k = 0; k < pr->view.base->not_exempted_by.n; k++)
            if (!strcmp(pr->view.base->not_exempted_by.items[k], er->cond->id)) skip = true;
        if (skip) snprintf(buf, sizeof buf, "exemption %s (%s) does not cover this provision", er->cond->article, er->cond->name);
        else if (er->cond == pr->spared_by)
            snprintf(buf, sizeof buf, "exemption %s (%s) does not cover the role this provision binds the organisation in",
                     er->cond->article, er->cond->name);
        else snprintf(buf, sizeof buf, "exemption %s (%s): %s", er->cond->article, er->cond->name,
                      er->value == AG_TV_TRUE ? "applies" : er->value == AG_TV_FALSE ? "does not apply" : "unknown");
        ag_json_push(a, json_string(buf));
    }
    for (int k = 0; k < pr->view.napplied; k++) {
        const ag_amendment *am = pr->view.applied[k];
        ag_date_format(am->from, d1);
        snprintf(buf, sizeof buf, "as amended by %s %s from %s", am->by->id, am->article, d1);
        ag_json_push(a, json_string(buf));
    }
    if (pr->merged) {
        char d2[11] = "";
        ag_date_format(pr->date, d1);
        if (pr->alt_date != AG_DATE_NONE) ag_date_format(pr->alt_date, d2);
        snprintf(buf, sizeof buf, "decided together with %s, its other branch: the duty holds either way, from %s%s%s depending on %s",
                 pr->merged->full_id, d1, *d2 ? " or " : "", d2, "the fact that splits them (split_by)");
        ag_json_push(a, json_string(buf));
    }
    if (pr->status == AG_ST_APPLIES_FROM || pr->status == AG_ST_APPLIES) {
        ag_date_format(pr->date, d1);
        snprintf(buf, sizeof buf, "%s from %s%s", pr->status == AG_ST_APPLIES ? "has applied" : "will apply", d1,
                 ag_prov_conditional(pr) ? ", if the deciding fields are answered so" : "");
        if (pr->date != AG_DATE_NONE) ag_json_push(a, json_string(buf));
    }
    if (pr->status == AG_ST_REVOKED) {
        ag_date_format(pr->date, d1);
        snprintf(buf, sizeof buf, "no longer applies from %s%s%s", d1, ir->in->revoked_by ? ": revoked by " : "",
                 ir->in->revoked_by ? ir->in->revoked_by : "");
        ag_json_push(a, json_string(buf));
    }
    if (pr->roles_unknown) {
        ag_json_push(a, json_string("the profile states no role: this provision is addressed to the roles listed in 'addressee'"));
    }
    return a;
}

/* ---- Litigation: court cases recorded on an instrument (docs/corpus-format.md) ------------
 * Kept apart from the layout: a case never changes a provision's status (the law as written
 * still says what it says); a stay, injunction or judgment of invalidity in effect on the
 * profile's date is shown beside the provisions it covers. */
/* Adds "litigation" to an instrument's JSON when it records any case. */
static void litigation_json(json_t *ij, const ag_instrument *in, int32_t date) {
    if (!in->nlitigation) return;
    json_t *a = json_array();
    for (int i = 0; i < in->nlitigation; i++) ag_json_push(a, ag_litigation_json(&in->litigation[i], date));
    ag_json_set(ij, "litigation", a);
}

/* Adds "disputes" to an instrument's JSON when it records any (docs/corpus-format.md). */
static void disputes_json(json_t *ij, const ag_instrument *in, int32_t date) {
    if (!in->ndisputes) return;
    json_t *a = json_array();
    for (int i = 0; i < in->ndisputes; i++) ag_json_push(a, ag_dispute_json(&in->disputes[i], date));
    ag_json_set(ij, "disputes", a);
}

/* One sentence on the case suspending enforcement of the provision on `date`, or "". */
static void enforcement_sentence(char *b, size_t cap, const ag_instrument *in, const ag_provision *p, int32_t date) {
    b[0] = 0;
    const ag_litigation *lt = ag_enforcement_suspended(in, p->id, date);
    if (!lt) return;
    char d1[11], d2[11];
    ag_date_format(lt->from, d1);
    if (lt->until != AG_DATE_NONE) ag_date_format(lt->until, d2);
    snprintf(b, cap, "Enforcement %s from %s%s%s (%s%s%s, %s); the status above is the law as written.",
             !strcmp(lt->effect, "stayed") ? "stayed" : !strcmp(lt->effect, "enjoined") ? "enjoined" : "barred by a judgment of invalidity",
             d1, lt->until != AG_DATE_NONE ? " until " : "", lt->until != AG_DATE_NONE ? d2 : "",
             lt->case_name, lt->number ? ", No. " : "", lt->number ? lt->number : "", lt->court);
}

static json_t *prov_json(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr) {
    const aigov_corpus *c = r->corpus;
    int32_t date = r->profile->date;
    const ag_provision *p = pr->view.base;
    const ag_instrument *in = ir->in;
    json_t *o = json_object();
    ag_json_set(o, "id", json_string(p->full_id));
    ag_json_set(o, "article", json_string(pr->view.article));
    ag_json_set(o, "kind", json_string(p->kind));
    ag_json_set(o, "addressee", ag_json_strlist(&p->addressee));
    ag_json_set(o, "actions", ag_json_strlist(&p->actions));
    ag_json_set(o, "summary", json_string(pr->view.summary));
    ag_json_set(o, "status", json_string(ag_status_name(pr->status)));
    ag_json_set(o, "date", pr->status == AG_ST_EXEMPT || pr->status == AG_ST_NOT_APPLICABLE ? json_null() : ag_json_date(pr->date));
    ag_json_set(o, "binding", json_string(in->binding));
    ag_json_set(o, "modality", json_string(in->modality));
    ag_json_set(o, "condition", json_string(pr->view.when->src));
    ag_json_set(o, "condition_value", json_string(tv_name(pr->when)));
    ag_json_set(o, "deciding_fields", jfields(c, &pr->deciding));
    /* The questions (by number) whose answers decide it: "depends on Q2, Q5". */
    json_t *qs = json_array();
    for (int q = 0; q < r->nquestions; q++)
        for (int k = 0; k < r->questions[q].nprovs; k++)
            if (r->questions[q].provs[k] == pr) {
                char qn[16];
                snprintf(qn, sizeof qn, "Q%d", q + 1);
                ag_json_push(qs, json_string(qn));
                break;
            }
    ag_json_set(o, "questions", qs);
    if (pr->merged) {
        /* Both branches of a split duty hold: from `date` or `alt_date`, depending on `split_by`. */
        char d2[11];
        ag_json_set(o, "merged_with", json_string(pr->merged->full_id));
        ag_json_set(o, "split_by", json_string(c->fields[pr->view.base->split_slot].expr_path));
        if (pr->alt_date != AG_DATE_NONE) ag_date_format(pr->alt_date, d2);
        ag_json_set(o, "alt_date", pr->alt_date != AG_DATE_NONE ? json_string(d2) : json_null());
    }
    if (pr->exempted_by) {
        json_t *e = json_object();
        ag_json_set(e, "id", json_string(pr->exempted_by->id));
        ag_json_set(e, "name", json_string(pr->exempted_by->name));
        ag_json_set(e, "article", json_string(pr->exempted_by->article));
        ag_json_set(o, "exempted_by", e);
    } else {
        ag_json_set(o, "exempted_by", json_null());
    }
    ag_json_set(o, "topics", ag_json_strlist(&p->topics));
    ag_json_set(o, "layers", ag_json_strlist(&p->layers));
    ag_json_set(o, "reasons", reasons_json(ir, pr));
    const ag_litigation *susp = ag_enforcement_suspended(in, p->id, date);
    if (susp) {
        json_t *e = json_object();
        ag_json_set(e, "case", json_string(susp->case_name));
        ag_json_set(e, "effect", json_string(susp->effect));
        ag_json_set(e, "from", ag_json_date(susp->from));
        ag_json_set(e, "until", ag_json_date(susp->until));
        ag_json_set(o, "enforcement_suspended", e);
    }
    /* The questions about this provision on the date on which the sources disagree. */
    json_t *dq = NULL;
    for (const ag_dispute *d = ag_dispute_on(in, p->id, date, NULL); d; d = ag_dispute_on(in, p->id, date, d)) {
        if (!dq) dq = json_array();
        ag_json_push(dq, json_string(d->question));
    }
    if (dq) ag_json_set(o, "disputed", dq);
    json_t *prov = json_object();
    ag_json_set(prov, "instrument", json_string(in->id));
    ag_json_set(prov, "text_version", json_string(in->text_version));
    ag_json_set(prov, "article", json_string(pr->view.article));
    ag_json_set(prov, "citation", json_string(in->citations.n ? in->citations.items[0] : ""));
    json_t *am = json_array();
    for (int k = 0; k < pr->view.napplied; k++) {
        json_t *x = json_object();
        ag_json_set(x, "instrument", json_string(pr->view.applied[k]->by->id));
        ag_json_set(x, "article", json_string(pr->view.applied[k]->article));
        ag_json_set(x, "from", ag_json_date(pr->view.applied[k]->from));
        ag_json_set(x, "text_version", json_string(pr->view.applied[k]->by->text_version));
        ag_json_push(am, x);
    }
    ag_json_set(prov, "amended_by", am);
    ag_json_set(o, "provenance", prov);
    return o;
}

/* The issuer's legitimacy (Erman & Furendal) under the built-in criterion on the date. */
typedef struct legit_ctx {
    ag_arena arena;
    const ag_criterion *cr;
    const ag_lgraph *g;
    ag_legit_cache cache; /* for the profile's date */
} legit_ctx;

static void legit_init(legit_ctx *l, const aigov_corpus *c, int32_t date) {
    ag_arena_init(&l->arena);
    l->cr = ag_criterion_default(&l->arena, NULL);
    l->g = l->cr ? ag_lgraph_build(&l->arena, c, l->cr) : NULL;
    ag_legit_cache_init(&l->cache, &l->arena, l->g, l->cr, date);
}

static bool legit_get(legit_ctx *l, const aigov_corpus *c, const ag_instrument *in, int32_t date,
                      ag_instrument_legitimacy *out) {
    (void)date; /* the cache is for the profile's date */
    return l->g && ag_instrument_legitimacy_get(&l->cache, c, in, out);
}

static json_t *legit_json(legit_ctx *l, const aigov_corpus *c, const ag_instrument *in, int32_t date) {
    ag_instrument_legitimacy L;
    if (!legit_get(l, c, in, date, &L)) { ag_json_oom = true; return NULL; }
    json_t *o = json_object();
    ag_json_set(o, "mode", L.mode ? json_integer(L.mode) : json_null());
    ag_json_set(o, "legitimate", json_boolean(L.legitimate));
    json_t *f = json_array();
    for (int i = 0; i < AG_F_COUNT; i++)
        if (L.findings & (1u << i)) ag_json_push(f, json_string(ag_finding_name((ag_finding)i)));
    ag_json_set(o, "findings", f);
    ag_json_set(o, "criterion", json_string(l->cr->name));
    return o;
}

static const char *legit_words(legit_ctx *l, const aigov_corpus *c, const ag_instrument *in, int32_t date,
                               char *buf, size_t cap) {
    ag_instrument_legitimacy L;
    if (!legit_get(l, c, in, date, &L)) { ag_json_oom = true; return "legitimacy not computed"; }
    if (L.legitimate) {
        ag_finding m = L.mode ? (ag_finding)(AG_F_MODE1 + L.mode - 1) : AG_F_OUTSIDE_MODES;
        snprintf(buf, cap, "legitimacy: %s (%s)", ag_finding_name(m), ag_finding_text(m));
        return buf;
    }
    size_t n = (size_t)snprintf(buf, cap, "legitimacy: none —");
    for (int i = 0; i < AG_F_COUNT && n < cap; i++)
        if (L.findings & (1u << i)) n += (size_t)snprintf(buf + n, cap - n, " %s", ag_finding_name((ag_finding)i));
    return buf;
}

/* The questions in rank order (docs/check-json.md, "questions"). */
static json_t *questions_json(const aigov_result *r) {
    json_t *a = json_array();
    for (int i = 0; i < r->nquestions; i++) {
        const ag_question *q = &r->questions[i];
        aigov_question v;
        aigov_result_question(r, i, &v);
        json_t *o = json_object();
        char qn[16];
        snprintf(qn, sizeof qn, "Q%d", i + 1);
        ag_json_set(o, "number", json_string(qn));
        ag_json_set(o, "id", json_string(v.id));
        ag_json_set(o, "field", json_string(v.field));
        ag_json_set(o, "text", json_string(v.text));
        ag_json_set(o, "type", json_string(v.type));
        json_t *ch = json_array();
        for (int k = 0; k < v.nchoices; k++) {
            json_t *x = json_object();
            ag_json_set(x, "value", json_string(v.choices[k]));
            ag_json_set(x, "label", json_string(v.labels[k] ? v.labels[k] : v.choices[k]));
            ag_json_push(ch, x);
        }
        ag_json_set(o, "choices", ch);
        ag_json_set(o, "min", v.has_min ? json_real(v.min) : json_null());
        ag_json_set(o, "max", v.has_max ? json_real(v.max) : json_null());
        ag_json_set(o, "defined_in", v.defined_in ? json_string(v.defined_in) : json_null());
        if (v.current) ag_json_set(o, "current", json_string(v.current));
        ag_json_set(o, "binding", json_boolean(v.binding));
        ag_json_set(o, "instrument_wide", json_boolean(v.instrument_wide));
        ag_json_set(o, "decides", json_integer(v.nprovisions));
        ag_json_set(o, "decides_binding", json_integer(v.nbinding));
        json_t *ps = json_array();
        for (int k = 0; k < q->nprovs; k++) ag_json_push(ps, json_string(q->provs[k]->view.base->full_id));
        ag_json_set(o, "provisions", ps);
        ag_json_push(a, o);
    }
    return a;
}

struct json_t *ag_summary_json(const aigov_result_counts *n) {
    json_t *s = json_object();
    ag_json_set(s, "instruments", json_integer(n->instruments));
    ag_json_set(s, "applies", json_integer(n->applies));
    ag_json_set(s, "applies_from", json_integer(n->applies_from));
    ag_json_set(s, "unknown", json_integer(n->unknown));
    ag_json_set(s, "exempt", json_integer(n->exempt));
    ag_json_set(s, "revoked", json_integer(n->revoked));
    ag_json_set(s, "binding_applies", json_integer(n->binding_applies));
    ag_json_set(s, "prohibited", json_integer(n->prohibited));
    ag_json_set(s, "conflicts", json_integer(n->conflicts));
    ag_json_set(s, "banned", json_integer(n->banned));
    ag_json_set(s, "binding_applies_from", json_integer(n->binding_applies_from));
    ag_json_set(s, "binding_unknown", json_integer(n->binding_unknown));
    return s;
}

static json_t *result_json(const aigov_result *r) {
    const aigov_corpus *c = r->corpus;
    const aigov_profile *p = r->profile;
    legit_ctx lc;
    legit_init(&lc, c, p->date);
    json_t *o = json_object();
    ag_json_set(o, "aigov_version", json_string(AIGOV_VERSION));
    json_t *pj = json_object();
    ag_json_set(pj, "id", json_string(p->id));
    ag_json_set(pj, "name", json_string(p->name));
    ag_json_set(pj, "source", json_string(p->source));
    ag_json_set(pj, "date", ag_json_date(p->date));
    ag_json_set(pj, "roles", r->roles_known ? ag_json_strlist(&r->roles) : json_null());
    ag_json_set(o, "profile", pj);
    json_t *cj = json_object();
    ag_json_set(cj, "source", json_string(c->source));
    ag_json_set(cj, "instruments", json_integer(c->ninstruments));
    ag_json_set(o, "corpus", cj);
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    json_t *s = ag_summary_json(&n);
    ag_json_set(o, "summary", s);
    json_t *insts = json_array();
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        const ag_instrument *in = ir->in;
        json_t *ij = json_object();
        ag_json_set(ij, "id", json_string(in->id));
        ag_json_set(ij, "title", json_string(in->title));
        ag_json_set(ij, "short_title", in->short_title ? json_string(in->short_title) : json_null());
        ag_json_set(ij, "jurisdiction", json_string(in->jurisdiction));
        ag_json_set(ij, "issuer", ag_json_strlist(&in->issuer));
        ag_json_set(ij, "modality", json_string(in->modality));
        ag_json_set(ij, "form", json_string(in->form));
        ag_json_set(ij, "binding", json_string(in->binding));
        ag_json_set(ij, "legitimacy", legit_json(&lc, c, in, p->date));
        ag_json_set(ij, "text_version", json_string(in->text_version));
        ag_json_set(ij, "citations", ag_json_strlist(&in->citations));
        ag_json_set(ij, "in_force", ag_json_date(in->in_force));
        ag_json_set(ij, "revoked", ag_json_date(in->revoked));
        ag_json_set(ij, "reach", json_string(tv_name(ir->reach)));
        litigation_json(ij, in, p->date);
        disputes_json(ij, in, p->date);
        json_t *ts = json_array(), *es = json_array(), *ps = json_array();
        for (int t = 0; t < in->nscope; t++) ag_json_push(ts, cond_json(c, &ir->triggers[t], false));
        for (int e = 0; e < in->nexemptions; e++) ag_json_push(es, cond_json(c, &ir->exemptions[e], true));
        for (int k = 0; k < ir->nprovs; k++) ag_json_push(ps, prov_json(r, ir, &ir->provs[k]));
        ag_json_set(ij, "triggers", ts);
        ag_json_set(ij, "exemptions", es);
        ag_json_set(ij, "provisions", ps);
        ag_json_set(ij, "not_addressed", json_integer(ir->not_addressed));
        ag_json_push(insts, ij);
    }
    ag_json_set(o, "instruments", insts);
    json_t *cf = json_array();
    for (int i = 0; i < r->nconflicts; i++) {
        const ag_conflict *k = &r->conflicts[i];
        json_t *x = json_object();
        ag_json_set(x, "prohibition", json_string(k->prohibition->view.base->full_id));
        ag_json_set(x, "prohibition_article", json_string(k->prohibition->view.article));
        ag_json_set(x, "obligation", json_string(k->obligation->view.base->full_id));
        ag_json_set(x, "obligation_article", json_string(k->obligation->view.article));
        ag_json_set(x, "actions", ag_json_strlist(&k->actions));
        ag_json_set(x, "certain", json_boolean(k->certain));
        ag_json_push(cf, x);
    }
    ag_json_set(o, "conflicts", cf);
    ag_json_set(o, "undecided_binding", json_integer(r->undecided_binding));
    ag_json_set(o, "questions", questions_json(r));
    ag_arena_free(&lc.arena);
    return o;
}

/* ---- Text and Markdown -------------------------------------------------------------------- */
typedef struct out {
    FILE *f;
    bool md;
    aigov_render_opts ro;
    const aigov_result *r;
} out;

/* "Q2, Q5": the questions that decide a provision, in rank order; "" when none. */
static void qrefs(const aigov_result *r, const ag_prov_result *pr, char *buf, size_t cap) {
    buf[0] = 0;
    int nums[AG_MAX_SLOTS + 1], n = 0;
    for (int q = 0; q < r->nquestions && n < AG_MAX_SLOTS; q++) {
        const ag_question *x = &r->questions[q];
        for (int k = 0; k < x->nprovs; k++)
            if (x->provs[k] == pr) { nums[n++] = q + 1; break; }
    }
    size_t len = 0;
    for (int i = 0; i < n && len < cap; i++) len += (size_t)snprintf(buf + len, cap - len, "%sQ%d", i ? ", " : "", nums[i]);
}

static int status_rank(ag_pstatus s) {
    switch (s) {
    case AG_ST_APPLIES: return 0;
    case AG_ST_APPLIES_FROM: return 1;
    case AG_ST_UNKNOWN: return 2;
    case AG_ST_EXEMPT: return 3;
    case AG_ST_REVOKED: return 4;
    default: return 5;
    }
}

static int binding_rank(const char *b) { return !strcmp(b, "binding") ? 0 : !strcmp(b, "contractual") ? 1 : 2; }

/* Word-wraps text at `width`: the first line starts with `first`, the others with as
 * many spaces (a hanging indent). */
static void wrap(FILE *f, const char *first, const char *text, int width) {
    const char *p = text;
    int ind = (int)strlen(first);
    fputs(first, f);
    int col = ind;
    while (*p) {
        while (*p == ' ' || *p == '\n') p++;
        size_t w = strcspn(p, " \n");
        if (!w) break;
        if (col > ind && col + 1 + (int)w > width) { fprintf(f, "\n%*s", ind, ""); col = ind; }
        else if (col > ind) { fputc(' ', f); col++; }
        fwrite(p, 1, w, f);
        col += (int)w;
        p += w;
    }
    fputc('\n', f);
}


static void text_provision(out *o, const ag_inst_result *ir, const ag_prov_result *pr) {
    int32_t date = o->r->profile->date;
    FILE *f = o->f;
    const ag_provision *p = pr->view.base;
    char d1[11];
    ag_date_format(pr->date, d1);
    char head[600];
    char roles[200] = "";
    for (int i = 0; i < p->addressee.n; i++) {
        if (i) strncat(roles, ", ", sizeof roles - strlen(roles) - 1);
        strncat(roles, p->addressee.items[i], sizeof roles - strlen(roles) - 1);
    }
    char kw[64];
    ag_words(p->kind, kw, sizeof kw);
    snprintf(head, sizeof head, "%s — %s [%s; %s]", pr->view.article, p->id, kw, roles);
    if (o->md) fprintf(f, "- **%s** — `%s` (%s; %s)\n", pr->view.article, p->full_id, kw, roles);
    else fprintf(f, "    %s %s\n", p->kind[0] == 'p' && p->kind[1] == 'r' ? "!!" : " *", head);
    wrap(f, o->md ? "  " : "        ", pr->view.summary, 96);
    if (pr->status == AG_ST_EXEMPT && pr->exempted_by) {
        char b[600];
        snprintf(b, sizeof b, "Exempt under %s: %s.", pr->exempted_by->article, pr->exempted_by->name);
        wrap(f, o->md ? "  " : "        ", b, 96);
    }
    if (pr->status == AG_ST_REVOKED) {
        char b[300];
        snprintf(b, sizeof b, "No longer applies from %s%s%s.", d1, ir->in->revoked_by ? " (revoked by " : "",
                 ir->in->revoked_by ? ir->in->revoked_by : "");
        if (ir->in->revoked_by) strncat(b, ")", sizeof b - strlen(b) - 1);
        wrap(f, o->md ? "  " : "        ", b, 96);
    }
    for (int k = 0; k < pr->view.napplied; k++) {
        char b[400], d2[11];
        ag_date_format(pr->view.applied[k]->from, d2);
        snprintf(b, sizeof b, "As amended by %s %s (from %s).", pr->view.applied[k]->by->id, pr->view.applied[k]->article, d2);
        wrap(f, o->md ? "  " : "        ", b, 96);
    }
    char eb[700];
    enforcement_sentence(eb, sizeof eb, ir->in, p, date);
    if (eb[0]) wrap(f, o->md ? "  " : "        ", eb, 96);
    if (ag_prov_conditional(pr)) wrap(f, o->md ? "  " : "        ", "It applies then only if the questions are answered so.", 96);
    if (pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr) || (pr->roles_unknown && ag_status_may_conflict(pr->status))) {
        char q[512], b[600];
        qrefs(o->r, pr, q, sizeof q);
        snprintf(b, sizeof b, "Depends on %s (see \"Questions to answer\").", *q ? q : "the questions above");
        if (*q) wrap(f, o->md ? "  " : "        ", b, 96);
    }
    if (pr->status == AG_ST_UNKNOWN) {
        if (pr->date != AG_DATE_NONE) {
            char b[100];
            snprintf(b, sizeof b, "If it applies, it applies from %s.", d1);
            wrap(f, o->md ? "  " : "        ", b, 96);
        }
    }
}

/* Instruments that reach the system but ask nothing of its roles, named once. Those that
 * ended before the date (revoked or repealed) are left out: an instrument no longer in
 * force is never read as reaching the system (--all shows them, as no longer applying). */
static void quiet_instruments(out *o, const aigov_result *r, int width) {
    int32_t date = r->profile->date;
    char b[4096];
    int cnt = 0;
    for (int i = 0; i < r->ninsts; i++)
        cnt += !r->insts[i].nprovs && !(r->insts[i].in->revoked != AG_DATE_NONE && date >= r->insts[i].in->revoked);
    if (!cnt) return;
    size_t n = (size_t)snprintf(b, sizeof b, "%d more instrument%s reach%s or may reach the system with nothing listed for its role%s:",
                                cnt, cnt == 1 ? "" : "s", cnt == 1 ? "es" : "", r->roles_known ? "s" : "");
    for (int i = 0; i < r->ninsts && n < sizeof b; i++) {
        const ag_instrument *in = r->insts[i].in;
        if (!r->insts[i].nprovs && !(in->revoked != AG_DATE_NONE && date >= in->revoked)) n += (size_t)snprintf(b + n, sizeof b - n, " %s", in->id);
    }
    fputs("\n", o->f);
    wrap(o->f, "", b, width);
}

static void text_details(out *o, const aigov_result *r, legit_ctx *lc, int which) {
    FILE *f = o->f;
    const aigov_corpus *c = r->corpus;
    const aigov_profile *p = r->profile;
    /* Order: by jurisdiction (domestic ones first, international last), binding
     * instruments first within each, then by id. Instruments with nothing to list for
     * this system (every provision addresses other roles or does not apply) are named
     * once at the end instead of taking a section each. */
    int *order = malloc(sizeof(int) * (size_t)r->ninsts);
    if (!order) {
        ag_json_oom = true; /* the report would be cut short: fail it (render() checks) */
        return;
    }
    int nshown = 0;
    for (int i = 0; i < r->ninsts; i++)
        if (r->insts[i].nprovs && (which != 2 || strcmp(r->insts[i].in->binding, "binding"))) order[nshown++] = i;
    for (int i = 1; i < nshown; i++)
        for (int j = i; j > 0; j--) {
            const ag_instrument *a = r->insts[order[j - 1]].in, *b = r->insts[order[j]].in;
            int ia = !strcmp(a->jurisdiction, "INTL"), ib = !strcmp(b->jurisdiction, "INTL");
            int cj = ia != ib ? ia - ib : strcmp(a->jurisdiction, b->jurisdiction);
            int cb = binding_rank(a->binding) - binding_rank(b->binding);
            if (cj > 0 || (cj == 0 && (cb > 0 || (cb == 0 && strcmp(a->id, b->id) > 0)))) {
                int t = order[j]; order[j] = order[j - 1]; order[j - 1] = t;
            } else break;
        }
    const char *jur = NULL;
    for (int oi = 0; oi < nshown; oi++) {
        const ag_inst_result *ir = &r->insts[order[oi]];
        const ag_instrument *in = ir->in;
        if (!jur || strcmp(jur, in->jurisdiction)) {
            jur = in->jurisdiction;
            if (o->md) fprintf(f, "\n## %s (%s)\n", region_name(c, jur), jur);
            else fprintf(f, "\n=== %s (%s) ===\n", region_name(c, jur), jur);
        }
        char bw[64], mw[64], fw[64];
        ag_words(in->binding, bw, sizeof bw);
        ag_words(in->modality, mw, sizeof mw);
        ag_words(in->form, fw, sizeof fw);
        if (o->md) fprintf(f, "\n### %s — %s, %s\n\n", inst_name(in), bw, mw);
        else fprintf(f, "\n%s  [%s · %s · %s]\n", inst_name(in), bw, mw, fw);
        char b[1200], lw[400];
        snprintf(b, sizeof b, "%s. Text modelled: %s. %s", in->title, in->text_version, in->citations.n ? in->citations.items[0] : "");
        wrap(f, o->md ? "" : "  ", b, 96);
        if (in->revoked != AG_DATE_NONE && r->profile->date >= in->revoked) {
            char dd[11];
            ag_date_format(in->revoked, dd);
            snprintf(b, sizeof b, "No longer in force: revoked on %s%s%s; nothing of it applies on this date.", dd,
                     in->revoked_by ? " by " : "", in->revoked_by ? in->revoked_by : "");
            wrap(f, o->md ? "" : "  ", b, 96);
        }
        if (o->ro.legitimacy) {
            snprintf(b, sizeof b, "Issuer's %s.", legit_words(lc, c, in, p->date, lw, sizeof lw));
            wrap(f, o->md ? "" : "  ", b, 96);
        }
        if (o->md) fputs("\n", f);
        for (int t = 0; t < in->nscope; t++)
            if (ir->triggers[t].value != AG_TV_FALSE) {
                snprintf(b, sizeof b, "%s %s: %s", ir->triggers[t].value == AG_TV_TRUE ? "Reaches the system under" : "May reach the system under (unknown)",
                         in->scope[t].article, in->scope[t].name);
                wrap(f, o->md ? "- " : "  ", b, 96);
            }
        for (int e = 0; e < in->nexemptions; e++)
            if (ir->exemptions[e].value != AG_TV_FALSE) {
                snprintf(b, sizeof b, "Exemption %s (%s): %s", in->exemptions[e].article, in->exemptions[e].name,
                         ir->exemptions[e].value == AG_TV_TRUE ? "applies" : "unknown");
                wrap(f, o->md ? "- " : "  ", b, 96);
            }
        ag_slotset inst_q;
        memset(&inst_q, 0, sizeof inst_q);
        for (int k = 0; k < ir->nprovs; k++)
            if (ir->provs[k].status == AG_ST_UNKNOWN || ag_prov_conditional(&ir->provs[k])) {
                ag_slotset extra = ir->provs[k].deciding;
                for (int w = 0; w < AG_MAX_SLOTS / 64; w++) extra.w[w] &= ~ir->provs[k].own.w[w];
                ag_slotset_union(&inst_q, &extra);
            }
        if (!ag_slotset_empty(&inst_q)) {
            size_t len = (size_t)snprintf(b, sizeof b, "Whether it reaches the system, or exempts it, depends on");
            for (int s2 = 0, first = 1; s2 < c->nfields && len < sizeof b; s2++)
                if (ag_slotset_has(&inst_q, s2) && r->qnum[s2]) {
                    len += (size_t)snprintf(b + len, sizeof b - len, "%sQ%d", first ? " " : ", ", r->qnum[s2]);
                    first = 0;
                }
            if (len < sizeof b) snprintf(b + len, sizeof b - len, ".");
            fputs("\n", f);
            wrap(f, o->md ? "" : "  ", b, 96);
        }
        static const char *const heads[] = {"APPLIES NOW", "APPLIES LATER", "QUESTIONS TO ANSWER (status unknown)", "EXEMPT", "NO LONGER APPLIES", "DOES NOT APPLY"};
        for (int rank = 0; rank < 6; rank++) {
            int cnt = 0;
            for (int k = 0; k < ir->nprovs; k++) cnt += status_rank(ir->provs[k].status) == rank;
            if (!cnt) continue;
            if (rank == 1) {
                /* Group future provisions by their date. */
                int32_t last = AG_DATE_NONE;
                for (;;) {
                    int32_t next = INT32_MAX;
                    for (int k = 0; k < ir->nprovs; k++)
                        if (ir->provs[k].status == AG_ST_APPLIES_FROM && ir->provs[k].date > last && ir->provs[k].date < next) next = ir->provs[k].date;
                    if (next == INT32_MAX) break;
                    char dd[11];
                    ag_date_format(next, dd);
                    if (o->md) fprintf(f, "\n**Applies from %s**\n\n", dd);
                    else fprintf(f, "\n  APPLIES FROM %s\n", dd);
                    for (int k = 0; k < ir->nprovs; k++)
                        if (ir->provs[k].status == AG_ST_APPLIES_FROM && ir->provs[k].date == next) text_provision(o, ir, &ir->provs[k]);
                    last = next;
                }
                continue;
            }
            if (o->md) fprintf(f, "\n**%s**\n\n", heads[rank]);
            else fprintf(f, "\n  %s\n", heads[rank]);
            for (int k = 0; k < ir->nprovs; k++)
                if (status_rank(ir->provs[k].status) == rank) text_provision(o, ir, &ir->provs[k]);
        }
        if (ir->not_addressed) {
            snprintf(b, sizeof b, "(%d provision%s addressed to other roles not shown.)", ir->not_addressed, ir->not_addressed == 1 ? "" : "s");
            fputs("\n", f);
            wrap(f, o->md ? "" : "  ", b, 96);
        }
    }
    free(order);
    if (which == 0 && nshown < r->ninsts) quiet_instruments(o, r, 96);
}

/* ---- The action list: what to do, in order ---------------------------------------------- */

static bool inst_binding(const ag_inst_result *ir) { return !strcmp(ir->in->binding, "binding"); }

/* A section heading. */
static void heading(out *o, const char *title) {
    if (o->md) fprintf(o->f, "\n## %s\n\n", title);
    else fprintf(o->f, "\n%s\n", title);
}

/* The summary, shortened to one line of about `max` characters at a word boundary. */
static void one_line(const char *text, char *buf, size_t cap, size_t max) {
    size_t n = strlen(text);
    if (n <= max || max + 4 > cap) {
        snprintf(buf, cap, "%s", text);
        return;
    }
    size_t cut = max;
    while (cut > max / 2 && text[cut] != ' ') cut--;
    while (cut && (text[cut - 1] == ',' || text[cut - 1] == ';' || text[cut - 1] == ' ')) cut--;
    memcpy(buf, text, cut);
    memcpy(buf + cut, "…", sizeof "…");
}

/* One provision on one line (wrapped): "Art. 4 ai-literacy — summary…", with its
 * instrument when `with_inst`, and its date or questions where they matter. */
/* One line per court case recorded on the instrument. */
static void text_litigation(out *o, const ag_instrument *in) {
    for (int i = 0; i < in->nlitigation; i++) {
        const ag_litigation *lt = &in->litigation[i];
        char b[900], d0[11] = "", d1[11] = "", d2[11] = "";
        if (lt->filed != AG_DATE_NONE) ag_date_format(lt->filed, d0);
        if (lt->from != AG_DATE_NONE) ag_date_format(lt->from, d1);
        if (lt->until != AG_DATE_NONE) ag_date_format(lt->until, d2);
        snprintf(b, sizeof b, "Litigation: %s%s%s (%s)%s%s: %s%s%s%s%s.", lt->case_name, lt->number ? ", No. " : "",
                 lt->number ? lt->number : "", lt->court, d0[0] ? ", filed " : "", d0, lt->effect,
                 d1[0] ? " from " : "", d1, d2[0] ? " until " : "", d2);
        wrap(o->f, o->md ? "" : "  ", b, 96);
    }
}

/* One paragraph per dispute that concerns the check's date: the question, the reading the
 * corpus follows and the others, each with its first source. */
static void text_disputes(out *o, const ag_instrument *in, int32_t date) {
    for (const ag_dispute *d = ag_dispute_on(in, NULL, date, NULL); d; d = ag_dispute_on(in, NULL, date, d)) {
        char b[3000];
        size_t n = (size_t)snprintf(b, sizeof b, "Disputed: %s The corpus follows: %s (%s).", d->question,
                                    d->readings[d->followed].says, d->readings[d->followed].citations.items[0]);
        for (int i = 0; i < d->nreadings && n < sizeof b; i++)
            if (i != d->followed)
                n += (size_t)snprintf(b + n, sizeof b - n, " Against it: %s (%s).", d->readings[i].says, d->readings[i].citations.items[0]);
        if (o->md) fputc('\n', o->f); /* a paragraph of its own in Markdown */
        wrap(o->f, o->md ? "" : "  ", b, 96);
    }
}

static void action_line(out *o, const ag_inst_result *ir, const ag_prov_result *pr, bool with_inst, bool with_date) {
    char sum[400], b[1200], d1[11], q[256] = "";
    bool banned = ag_kind_banned(pr->view.base->kind);
    /* Applying later only if its questions are answered so: named, not summarised (the
     * questions come below; --all gives every summary). */
    bool cond = ag_prov_conditional(pr) && !o->ro.all;
    one_line(cond ? "" : pr->view.summary, sum, sizeof sum, o->ro.all || banned ? 4000 : 110);
    ag_date_format(pr->date, d1);
    if (pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr) || pr->roles_unknown) qrefs(o->r, pr, q, sizeof q);
    const char *kind = pr->view.base->kind;
    bool plain = !strcmp(kind, "obligation") || banned;
    snprintf(b, sizeof b, "%s%s%s%s%s %s%s%s%s — %s%s%s%s", with_date ? d1 : "", with_date ? "  " : "",
             with_inst ? inst_name(ir->in) : "", with_inst ? " " : "", pr->view.article, o->md ? "`" : "(",
             pr->view.base->full_id, o->md ? "`" : ")", plain ? "" : "", plain ? "" : kind, plain ? "" : ": ", sum,
             *q ? "" : "");
    if (cond) {
        /* " — " then nothing: the summary was left out. */
        size_t n = strlen(b);
        if (n >= 3 && !strcmp(b + n - 5, " — ")) b[n - 5] = 0;
    }
    if (*q) {
        size_t n = strlen(b);
        snprintf(b + n, sizeof b - n, cond ? " [if answered so: %s]" : " [depends on %s]", q);
    }
    /* A court order suspending enforcement is said beside the duty (docs/corpus-format.md). */
    char eb[700];
    enforcement_sentence(eb, sizeof eb, ir->in, pr->view.base, o->r->profile->date);
    if (eb[0]) {
        size_t n = strlen(b);
        snprintf(b + n, sizeof b - n, " %s", eb);
    }
    /* So is a question the sources disagree on (the paragraph under the instrument gives the
     * readings). */
    const ag_dispute *dq = ag_dispute_on(ir->in, pr->view.base->id, o->r->profile->date, NULL);
    if (dq) {
        size_t n = strlen(b);
        if (with_inst) snprintf(b + n, sizeof b - n, " Disputed: %s", dq->question);
        else snprintf(b + n, sizeof b - n, " Disputed (see above).");
    }
    wrap(o->f, o->md ? "- " : "    ", b, 100);
}

/* Binding provisions with this status (banned: prohibited practices that apply), in
 * instrument order; grouped under the instrument's name when `group`. */
static int list_binding(out *o, const aigov_result *r, ag_pstatus st, int banned, bool group) {
    int n = 0;
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        if (!inst_binding(ir)) continue;
        bool head = false;
        for (int k = 0; k < ir->nprovs; k++) {
            const ag_prov_result *pr = &ir->provs[k];
            if (pr->status != st) continue;
            bool isban = ag_kind_banned(pr->view.base->kind);
            if (banned == 1 ? !isban : banned == 0 ? isban : false) continue;
            if (group && !head) {
                char mw[64];
                ag_words(ir->in->modality, mw, sizeof mw);
                if (o->md) fprintf(o->f, "%s**%s** (%s, %s)\n\n", n ? "\n" : "", inst_name(ir->in), ir->in->jurisdiction, mw);
                else fprintf(o->f, "  %s (%s · %s)\n", inst_name(ir->in), ir->in->jurisdiction, mw);
                text_litigation(o, ir->in);
                text_disputes(o, ir->in, r->profile->date);
                head = true;
            }
            action_line(o, ir, pr, !group, false);
            n++;
        }
    }
    return n;
}

/* Binding provisions that apply later, by date. */
static int list_later(out *o, const aigov_result *r) {
    int n = 0;
    for (int32_t last = INT32_MIN;;) {
        int32_t next = INT32_MAX;
        for (int i = 0; i < r->ninsts; i++)
            for (int k = 0; inst_binding(&r->insts[i]) && k < r->insts[i].nprovs; k++) {
                const ag_prov_result *pr = &r->insts[i].provs[k];
                if (pr->status == AG_ST_APPLIES_FROM && pr->date > last && pr->date < next) next = pr->date;
            }
        if (next == INT32_MAX) break;
        for (int i = 0; i < r->ninsts; i++)
            for (int k = 0; inst_binding(&r->insts[i]) && k < r->insts[i].nprovs; k++)
                if (r->insts[i].provs[k].status == AG_ST_APPLIES_FROM && r->insts[i].provs[k].date == next) {
                    action_line(o, &r->insts[i], &r->insts[i].provs[k], true, true);
                    n++;
                }
        last = next;
    }
    return n;
}

/* One question: its text, then one line with the field, its type and choices, where the
 * law defines the notion, and what an answer decides (the instruments with --all). */
static void question_block(out *o, const aigov_result *r, int i) {
    const ag_question *q = &r->questions[i];
    aigov_question v;
    aigov_result_question(r, i, &v);
    char b[4096];
    snprintf(b, sizeof b, o->md ? "**Q%d.** %s" : "Q%d. %s", i + 1, v.text);
    wrap(o->f, o->md ? "" : "  ", b, 100);
    size_t n = (size_t)snprintf(b, sizeof b, "%s%s%s (%s", o->md ? "`" : "", v.id, o->md ? "`" : "", v.type);
    if (v.nchoices && (v.nchoices <= 6 || o->ro.all)) {
        for (int k = 0; k < v.nchoices && n < sizeof b; k++)
            n += (size_t)snprintf(b + n, sizeof b - n, "%s%s", k ? ", " : ": ", v.choices[k]);
    } else if (v.nchoices) {
        n += (size_t)snprintf(b + n, sizeof b - n, ", %d choices", v.nchoices);
    } else if (!strcmp(v.type, "bool")) {
        n += (size_t)snprintf(b + n, sizeof b - n, ": yes/no");
    }
    if (n < sizeof b) n += (size_t)snprintf(b + n, sizeof b - n, ")");
    if (n < sizeof b) n += (size_t)snprintf(b + n, sizeof b - n, " · decides %d binding", q->nbinding);
    if (q->nprovs > q->nbinding && n < sizeof b) n += (size_t)snprintf(b + n, sizeof b - n, ", %d other", q->nprovs - q->nbinding);
    if (v.defined_in && n < sizeof b) n += (size_t)snprintf(b + n, sizeof b - n, " · %s", v.defined_in);
    if (v.current && n < sizeof b)
        n += (size_t)snprintf(b + n, sizeof b - n, " · the profile says %s: which part of it? (a state, a province)", v.current);
    if (o->ro.all) {
        /* The instruments whose provisions wait for it. */
        const ag_instrument *seen[256];
        int nseen = 0;
        for (int k = 0; k < q->nprovs && nseen < 256; k++) {
            const ag_instrument *in = q->provs[k]->view.base->inst;
            bool dup = false;
            for (int j = 0; j < nseen; j++) dup |= seen[j] == in;
            if (!dup) seen[nseen++] = in;
        }
        for (int j = 0; j < nseen && n < sizeof b; j++)
            n += (size_t)snprintf(b + n, sizeof b - n, "%s%s", j ? ", " : " (", inst_name(seen[j]));
        if (nseen && n < sizeof b) n += (size_t)snprintf(b + n, sizeof b - n, ")");
    }
    wrap(o->f, o->md ? "  " : "      ", b, 100);
}

/* Undecided binding provisions by instrument: the questions every one of them depends on,
 * then the provisions grouped by the questions they depend on besides ("Art. 4, Art. 26 —
 * also Q7, Q9"). With --all, one line each. */
static void list_undecided(out *o, const aigov_result *r) {
    int nq = r->nquestions;
    bool *in_q = calloc((size_t)nq + 1, 1), *common = calloc((size_t)nq + 1, 1);
    for (int i = 0; in_q && common && i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        if (!inst_binding(ir)) continue;
        bool *done = calloc((size_t)ir->nprovs + 1, 1);
        if (!done) break;
        int cnt = 0;
        for (int q = 0; q < nq; q++) common[q] = true;
        for (int k = 0; k < ir->nprovs; k++) {
            if (!ag_prov_undecided(&ir->provs[k])) { done[k] = true; continue; }
            cnt++;
            for (int q = 0; q < nq; q++) common[q] = common[q] && ag_question_decides(&r->questions[q], &ir->provs[k]);
        }
        if (!cnt) { free(done); continue; }
        char b[4096], acc[8192];
        size_t an = 0;
        size_t n = (size_t)snprintf(b, sizeof b, "%s (%d provision%s)%s", inst_name(ir->in), cnt, cnt == 1 ? "" : "s", cnt == 1 ? " depends on" : ": each depends on");
        for (int q = 0, first = 1; q < nq && n < sizeof b; q++)
            if (common[q]) { n += (size_t)snprintf(b + n, sizeof b - n, "%sQ%d", first ? " " : ", ", q + 1); first = 0; }
        wrap(o->f, o->md ? "- " : "    ", b, 100);
        for (int k = 0; k < ir->nprovs; k++) {
            if (done[k]) continue;
            /* The questions of provision k beyond the common ones. */
            for (int q = 0; q < nq; q++) in_q[q] = !common[q] && ag_question_decides(&r->questions[q], &ir->provs[k]);
            n = 0;
            int members = 0;
            for (int m = k; m < ir->nprovs; m++) {
                if (done[m]) continue;
                bool same = true;
                for (int q = 0; q < nq && same; q++) same = in_q[q] == (!common[q] && ag_question_decides(&r->questions[q], &ir->provs[m]));
                if (!same || (o->ro.all && m != k)) continue;
                done[m] = true;
                const ag_prov_result *pm = &ir->provs[m];
                if (n < sizeof b) {
                    if (o->ro.all) {
                        char sum[400];
                        one_line(pm->view.summary, sum, sizeof sum, 4000);
                        n += (size_t)snprintf(b + n, sizeof b - n, "%s (%s): %s", pm->view.article, pm->view.base->id, sum);
                    } else n += (size_t)snprintf(b + n, sizeof b - n, "%s%s", members ? " · " : "", pm->view.article);
                }
                members++;
            }
            for (int q = 0, first = 1; q < nq && n < sizeof b; q++)
                if (in_q[q]) { n += (size_t)snprintf(b + n, sizeof b - n, "%sQ%d", first ? " — also " : ", ", q + 1); first = 0; }
            if (o->ro.all) wrap(o->f, o->md ? "  - " : "      ", b, 100);
            else if (an < sizeof acc) /* one paragraph an instrument: groups joined by ';' */
                an += (size_t)snprintf(acc + an, sizeof acc - an, "%s%s", an ? "; " : "", b);
        }
        if (an) wrap(o->f, o->md ? "  - " : "      ", acc, 100);
        free(done);
    }
    if (!in_q || !common) ag_json_oom = true;
    free(in_q);
    free(common);
}

/* Binding provisions that do not bind this system after all: exempt or ended. */
static void list_exempt(out *o, const aigov_result *r) {
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        if (!inst_binding(ir)) continue;
        for (int e = -1; e < ir->in->nexemptions; e++) {
            int cnt = 0;
            for (int k = 0; k < ir->nprovs; k++) {
                const ag_prov_result *pr = &ir->provs[k];
                if (e < 0 ? pr->status == AG_ST_REVOKED : pr->status == AG_ST_EXEMPT && pr->exempted_by == &ir->in->exemptions[e]) cnt++;
            }
            if (!cnt) continue;
            char b[800];
            if (e < 0) snprintf(b, sizeof b, "%s: %d provision%s no longer appl%s (revoked or ended)", inst_name(ir->in), cnt, cnt == 1 ? "" : "s", cnt == 1 ? "ies" : "y");
            else snprintf(b, sizeof b, "%s: %d provision%s exempt under %s (%s)", inst_name(ir->in), cnt, cnt == 1 ? "" : "s",
                          ir->in->exemptions[e].article, ir->in->exemptions[e].name);
            wrap(o->f, o->md ? "- " : "    ", b, 100);
        }
    }
}

/* The summary in words: "1 binding obligation applies now, 5 from 2027-12-02, 3 questions
 * decide 18 more; 44 voluntary recommendations". */
/* Binding provisions that apply later: for certain (with the span of their dates), and only
 * if the questions are answered so. The second kind is counted with what the questions
 * decide, never as a coming duty. */
static void count_later(const aigov_result *r, int *later, int *later_if, int32_t *lo, int32_t *hi) {
    *later = *later_if = 0;
    *lo = INT32_MAX;
    *hi = INT32_MIN;
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; inst_binding(&r->insts[i]) && k < r->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &r->insts[i].provs[k];
            if (pr->status != AG_ST_APPLIES_FROM) continue;
            if (ag_prov_conditional(pr)) { (*later_if)++; continue; }
            (*later)++;
            if (pr->date < *lo) *lo = pr->date;
            if (pr->date > *hi) *hi = pr->date;
        }
}

static void summary_words(const aigov_result *r, const aigov_result_counts *n, char *b, size_t cap) {
    int32_t lo, hi;
    int later, later_if, vol = 0, con = 0, nbq = 0;
    count_later(r, &later, &later_if, &lo, &hi);
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; k < r->insts[i].nprovs; k++)
            if (!inst_binding(&r->insts[i]) && r->insts[i].provs[k].status == AG_ST_APPLIES)
                *(!strcmp(r->insts[i].in->binding, "contractual") ? &con : &vol) += 1;
    for (int q = 0; q < r->nquestions; q++) nbq += r->questions[q].binding;
    size_t len = 0;
#define ADD(...) do { if (len < cap) len += (size_t)snprintf(b + len, cap - len, __VA_ARGS__); } while (0)
    if (n->banned) ADD("BANNED: %d prohibited practice%s appl%s; ", n->banned, n->banned == 1 ? "" : "s", n->banned == 1 ? "ies" : "y");
    int now = n->binding_applies - n->banned;
    ADD("%d binding obligation%s appl%s now", now, now == 1 ? "" : "s", now == 1 ? "ies" : "y");
    if (later) {
        char d1[11], d2[11];
        ag_date_format(lo, d1);
        ag_date_format(hi, d2);
        if (lo == hi) ADD(", %d from %s", later, d1);
        else ADD(", %d later (from %s to %s)", later, d1, d2);
    }
    if (nbq) ADD(", %d question%s decide%s %d more", nbq, nbq == 1 ? "" : "s", nbq == 1 ? "s" : "", r->undecided_binding);
    if (nbq && later_if) ADD(" (%d of them would apply later)", later_if);
    ADD("; %d voluntary recommendation%s", vol, vol == 1 ? "" : "s");
    if (con) ADD(", %d contractual term%s", con, con == 1 ? "" : "s");
    if (n->conflicts) ADD("; %d conflict%s", n->conflicts, n->conflicts == 1 ? "" : "s");
    ADD(".");
#undef ADD
}

static void text_result(out *o, const aigov_result *r) {
    FILE *f = o->f;
    const aigov_corpus *c = r->corpus;
    const aigov_profile *p = r->profile;
    o->r = r;
    legit_ctx lc;
    legit_init(&lc, c, p->date);
    char d[11], b[2048];
    ag_date_format(p->date, d);
    char roles[300] = "";
    for (int i = 0; i < r->roles.n; i++) {
        if (i) strncat(roles, ", ", sizeof roles - strlen(roles) - 1);
        strncat(roles, r->roles.items[i], sizeof roles - strlen(roles) - 1);
    }
    if (o->md) fprintf(f, "# Obligations of %s (`%s`) on %s\n\n", p->name, p->id, d);
    else fprintf(f, "Obligations of %s (%s) on %s\n", p->name, p->id, d);
    fprintf(f, "Role: %s. Corpus: %s, %d instruments.\n", r->roles_known ? roles : "not stated (all addressees shown; see the questions)",
            c->source, c->ninstruments);
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    summary_words(r, &n, b, sizeof b);
    if (o->md) fputs("\n**Summary:** ", f);
    wrap(f, o->md ? "" : "Summary: ", b, 100);
    if (r->ninsts == 0) {
        fputs("\nNo instrument in the corpus reaches this system.\n", f);
        ag_arena_free(&lc.arena);
        return;
    }
    /* (1) Banned practices. */
    int cnt = 0;
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; inst_binding(&r->insts[i]) && k < r->insts[i].nprovs; k++)
            cnt += r->insts[i].provs[k].status == AG_ST_APPLIES && ag_kind_banned(r->insts[i].provs[k].view.base->kind);
    if (cnt) {
        snprintf(b, sizeof b, o->md ? "Banned practices (%d)" : "BANNED PRACTICES (%d): the system may not be placed on the market, put into service or used", cnt);
        heading(o, b);
        list_binding(o, r, AG_ST_APPLIES, 1, false);
    }
    /* (2) Binding provisions that apply now, by instrument. */
    cnt = n.binding_applies - n.banned;
    snprintf(b, sizeof b, o->md ? "Binding obligations that apply now (%d)" : "BINDING OBLIGATIONS THAT APPLY NOW (%d)", cnt);
    heading(o, b);
    if (!cnt) fputs(o->md ? "None.\n" : "    none\n", f);
    else list_binding(o, r, AG_ST_APPLIES, 0, true);
    /* (3) Binding provisions that apply later, by date. */
    if (n.binding_applies_from) {
        int later, cond;
        int32_t lo, hi;
        count_later(r, &later, &cond, &lo, &hi);
        char cnts[64];
        if (cond) snprintf(cnts, sizeof cnts, "%d; %d of them if answered so", n.binding_applies_from, cond);
        else snprintf(cnts, sizeof cnts, "%d", n.binding_applies_from);
        snprintf(b, sizeof b, o->md ? "Binding obligations that apply later (%s)" : "BINDING OBLIGATIONS THAT APPLY LATER (%s)", cnts);
        heading(o, b);
        list_later(o, r);
    }
    /* (4) The questions, and the binding provisions they decide. */
    int nq = 0, nvq = 0;
    bool show_vq = (o->ro.voluntary || o->ro.all) && !o->ro.binding_only;
    for (int q = 0; q < r->nquestions; q++) {
        nq += r->questions[q].binding || show_vq;
        nvq += !r->questions[q].binding;
    }
    if (nq) {
        snprintf(b, sizeof b, o->md ? "Questions to answer (%d)" : "QUESTIONS TO ANSWER (%d): the most deciding first; `aigov ask` asks them one by one", nq);
        heading(o, b);
        /* The most deciding questions in full; past the first 10 (a draft profile can leave
         * dozens open) one line each, unless --all: `aigov ask` asks them in this order. */
        int shown = 0;
        for (int q = 0; q < r->nquestions; q++)
            if ((r->questions[q].binding && shown < 10) || o->ro.all) {
                question_block(o, r, q);
                shown++;
                if (o->md) fputs("\n", f);
            } else if (r->questions[q].binding) {
                aigov_question v;
                aigov_result_question(r, q, &v);
                /* One line each: the question cut to fit beside its field. */
                char t[200];
                size_t room = strlen(v.id) + 12 < 106 ? 106 - strlen(v.id) - 12 : 20;
                one_line(v.text, t, sizeof t, room);
                snprintf(b, sizeof b, "%sQ%d. %s (%s%s%s)", o->md ? "- " : "", q + 1, t, o->md ? "`" : "", v.id, o->md ? "`" : "");
                wrap(f, o->md ? "" : "  ", b, 110);
            } else if (show_vq) {
                /* Deciding only voluntary or contractual provisions: one line. */
                aigov_question v;
                aigov_result_question(r, q, &v);
                snprintf(b, sizeof b, "Q%d. %s (%s%s%s; voluntary or contractual only)", q + 1, v.text, o->md ? "`" : "", v.id, o->md ? "`" : "");
                wrap(f, o->md ? "" : "  ", b, 100);
                if (o->md) fputs("\n", f);
            }
        if (nvq && !show_vq && !o->ro.binding_only) {
            snprintf(b, sizeof b, "%d more question%s decide%s only voluntary or contractual provisions (--voluntary lists %s).",
                     nvq, nvq == 1 ? "" : "s", nvq == 1 ? "s" : "", nvq == 1 ? "it" : "them");
            wrap(f, o->md ? "" : "  ", b, 100);
        }
        if (r->undecided_binding) {
            snprintf(b, sizeof b, o->md ? "Binding provisions these questions decide (%d)" : "BINDING PROVISIONS THESE QUESTIONS DECIDE (%d)", r->undecided_binding);
            heading(o, b);
            list_undecided(o, r);
        }
    }
    if (n.exempt || n.revoked) {
        bool any = false;
        for (int i = 0; i < r->ninsts && !any; i++)
            for (int k = 0; inst_binding(&r->insts[i]) && k < r->insts[i].nprovs; k++)
                any |= r->insts[i].provs[k].status == AG_ST_EXEMPT || r->insts[i].provs[k].status == AG_ST_REVOKED;
        if (any) {
            heading(o, o->md ? "Binding provisions that do not bind it" : "BINDING PROVISIONS THAT DO NOT BIND IT");
            list_exempt(o, r);
        }
    }
    if (!o->ro.all) quiet_instruments(o, r, 100);
    /* (5) Voluntary and contractual instruments, one line each. */
    if (!o->ro.binding_only) {
        int nv = 0;
        for (int i = 0; i < r->ninsts; i++) nv += !inst_binding(&r->insts[i]) && r->insts[i].nprovs > 0;
        if (nv) {
            snprintf(b, sizeof b, o->md ? "Voluntary and contractual instruments (%d)" : "VOLUNTARY AND CONTRACTUAL INSTRUMENTS (%d)%s", nv,
                     o->ro.voluntary || o->ro.all ? "" : ": --voluntary lists their provisions");
            heading(o, b);
            for (int pass = 0; pass < 2; pass++)
                for (int i = 0; i < r->ninsts; i++) {
                    const ag_inst_result *ir = &r->insts[i];
                    if (inst_binding(ir) || !ir->nprovs || (pass == 0) != !strcmp(ir->in->binding, "contractual")) continue;
                    int st[6] = {0}, kinds = 0;
                    for (int k = 0; k < ir->nprovs; k++) {
                        st[ir->provs[k].status]++;
                        kinds += ir->provs[k].status == AG_ST_APPLIES && !strcmp(ir->provs[k].view.base->kind, "recommendation");
                    }
                    int na = st[AG_ST_APPLIES];
                    /* Nothing applies now or later, only undecided: named in one list below. */
                    if (!na && !st[AG_ST_APPLIES_FROM] && st[AG_ST_UNKNOWN] && !o->ro.all && !o->ro.voluntary) continue;
                    char bw[64], mw[64];
                    ag_words(ir->in->binding, bw, sizeof bw);
                    ag_words(ir->in->modality, mw, sizeof mw);
                    size_t len = (size_t)snprintf(b, sizeof b, "%s — %s, %s: %d %s%sappl%s", inst_name(ir->in), bw, mw,
                                                  na, kinds == na && na ? "recommendation" : "provision", na == 1 ? " " : "s ", na == 1 ? "ies" : "y");
                    if (kinds && kinds < na) len += (size_t)snprintf(b + len, sizeof b - len, " (%d recommendation%s)", kinds, kinds == 1 ? "" : "s");
                    if (st[AG_ST_APPLIES_FROM]) len += (size_t)snprintf(b + len, sizeof b - len, ", %d later", st[AG_ST_APPLIES_FROM]);
                    if (st[AG_ST_UNKNOWN] && len < sizeof b) len += (size_t)snprintf(b + len, sizeof b - len, ", %d to decide", st[AG_ST_UNKNOWN]);
                    if (st[AG_ST_EXEMPT] && len < sizeof b) len += (size_t)snprintf(b + len, sizeof b - len, ", %d exempt", st[AG_ST_EXEMPT]);
                    if (st[AG_ST_REVOKED] && len < sizeof b) snprintf(b + len, sizeof b - len, ", %d ended", st[AG_ST_REVOKED]);
                    wrap(f, o->md ? "- " : "    ", b, 100);
                }
            /* The undecided ones, with how many of their provisions wait for answers. */
            size_t len = 0;
            int nund = 0;
            for (int i = 0; i < r->ninsts && !o->ro.all && !o->ro.voluntary; i++) {
                const ag_inst_result *ir = &r->insts[i];
                if (inst_binding(ir) || !ir->nprovs) continue;
                int st[6] = {0};
                for (int k = 0; k < ir->nprovs; k++) st[ir->provs[k].status]++;
                if (st[AG_ST_APPLIES] || st[AG_ST_APPLIES_FROM] || !st[AG_ST_UNKNOWN]) continue;
                if (!nund++) len = (size_t)snprintf(b, sizeof b, "Nothing applies yet, only to decide:");
                if (len < sizeof b) len += (size_t)snprintf(b + len, sizeof b - len, "%s %s (%d)", nund > 1 ? "," : "", inst_name(ir->in), st[AG_ST_UNKNOWN]);
            }
            if (nund) wrap(f, o->md ? "- " : "    ", b, 100);
        }
    }
    if (r->nconflicts) {
        heading(o, o->md ? "Conflicts" : "CONFLICTS");
        for (int i = 0; i < r->nconflicts; i++) {
            const ag_conflict *k = &r->conflicts[i];
            char acts[300] = "";
            for (int a = 0; a < k->actions.n; a++) {
                if (a) strncat(acts, ", ", sizeof acts - strlen(acts) - 1);
                strncat(acts, k->actions.items[a], sizeof acts - strlen(acts) - 1);
            }
            char b[1200];
            snprintf(b, sizeof b, "%s: %s (%s) forbids [%s] which %s (%s) requires.", k->certain ? "Conflict" : "Possible conflict",
                     k->prohibition->view.base->full_id, k->prohibition->view.article, acts,
                     k->obligation->view.base->full_id, k->obligation->view.article);
            wrap(f, o->md ? "- " : "  ", b, 96);
        }
    }
    if (o->ro.legitimacy) {
        heading(o, o->md ? "Legitimacy of the issuers" : "LEGITIMACY OF THE ISSUERS (Erman & Furendal, built-in criterion)");
        for (int i = 0; i < r->ninsts; i++) {
            char lw[400];
            if (o->ro.binding_only && !inst_binding(&r->insts[i])) continue;
            snprintf(b, sizeof b, "%s: %s", inst_name(r->insts[i].in), legit_words(&lc, c, r->insts[i].in, p->date, lw, sizeof lw));
            wrap(f, o->md ? "- " : "    ", b, 100);
        }
    }
    if (o->ro.all || o->ro.voluntary) {
        heading(o, o->md ? "Details" : (o->ro.all ? "DETAILS: EVERY INSTRUMENT" : "DETAILS: VOLUNTARY AND CONTRACTUAL INSTRUMENTS"));
        text_details(o, r, &lc, o->ro.all ? 0 : 2);
    }
    ag_arena_free(&lc.arena);
}

_Thread_local bool ag_json_oom;

static char *render(const aigov_result *const *rs, int n, const char *format, const aigov_render_opts *ro) {
    if (!strcmp(format, "sarif")) return ag_render_sarif(rs, n);
    if (!strcmp(format, "oscal") || !strcmp(format, "oscal-profile")) return ag_render_oscal(rs, n, format[5] != 0);
    ag_json_begin();
    if (!strcmp(format, "json")) {
        json_t *doc;
        if (n == 1) doc = result_json(rs[0]);
        else {
            doc = json_object();
            json_t *a = json_array();
            for (int i = 0; i < n; i++) ag_json_push(a, result_json(rs[i]));
            ag_json_set(doc, "results", a);
        }
        char *s = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17), true);
        json_decref(doc);
        return s;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    out o = {f, !strcmp(format, "md"), {0}, NULL};
    if (ro) o.ro = *ro;
    for (int i = 0; i < n; i++) {
        if (i) fputs(o.md ? "\n---\n\n" : "\n----------------------------------------------------------------\n\n", f);
        text_result(&o, rs[i]);
    }
    if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
    return buf;
}

char *aigov_result_render(const aigov_result *r, const char *format) { return render(&r, 1, format, NULL); }

char *aigov_results_render(aigov_result *const *rs, int n, const char *format) {
    return render((const aigov_result *const *)rs, n, format, NULL);
}

char *aigov_results_render_opts(aigov_result *const *rs, int n, const char *format, const aigov_render_opts *o) {
    return render((const aigov_result *const *)rs, n, format, o);
}
