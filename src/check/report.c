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

static json_t *prov_json(const aigov_corpus *c, const ag_inst_result *ir, const ag_prov_result *pr) {
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
    if (L.mode) {
        snprintf(buf, cap, "legitimacy: %s (%s)", ag_finding_name((ag_finding)(AG_F_MODE1 + L.mode - 1)),
                 ag_finding_text((ag_finding)(AG_F_MODE1 + L.mode - 1)));
        return buf;
    }
    size_t n = (size_t)snprintf(buf, cap, "legitimacy: none —");
    for (int i = 0; i < AG_F_COUNT && n < cap; i++)
        if (L.findings & (1u << i)) n += (size_t)snprintf(buf + n, cap - n, " %s", ag_finding_name((ag_finding)i));
    return buf;
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
    json_t *s = json_object();
    ag_json_set(s, "instruments", json_integer(n.instruments));
    ag_json_set(s, "applies", json_integer(n.applies));
    ag_json_set(s, "applies_from", json_integer(n.applies_from));
    ag_json_set(s, "unknown", json_integer(n.unknown));
    ag_json_set(s, "exempt", json_integer(n.exempt));
    ag_json_set(s, "revoked", json_integer(n.revoked));
    ag_json_set(s, "binding_applies", json_integer(n.binding_applies));
    ag_json_set(s, "prohibited", json_integer(n.prohibited));
    ag_json_set(s, "conflicts", json_integer(n.conflicts));
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
        json_t *ts = json_array(), *es = json_array(), *ps = json_array();
        for (int t = 0; t < in->nscope; t++) ag_json_push(ts, cond_json(c, &ir->triggers[t], false));
        for (int e = 0; e < in->nexemptions; e++) ag_json_push(es, cond_json(c, &ir->exemptions[e], true));
        for (int k = 0; k < ir->nprovs; k++) ag_json_push(ps, prov_json(c, ir, &ir->provs[k]));
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
    ag_arena_free(&lc.arena);
    return o;
}

/* ---- Text and Markdown -------------------------------------------------------------------- */
typedef struct out {
    FILE *f;
    bool md;
} out;

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

static void field_question(FILE *f, const aigov_corpus *c, int slot, const char *indent, bool md) {
    const ag_field *fd = &c->fields[slot];
    const char *q = fd->question ? fd->question : fd->doc;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s%s%s — %s%s%s%s", md ? "`" : "", fd->expr_path, md ? "`" : "", q ? q : "",
             fd->law ? " (" : "", fd->law ? fd->law : "", fd->law ? ")" : "");
    wrap(f, indent, buf, 96);
}

static void text_provision(out *o, const aigov_corpus *c, const ag_inst_result *ir, const ag_prov_result *pr) {
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
    snprintf(head, sizeof head, "%s — %s [%s; %s]", pr->view.article, p->id, p->kind, roles);
    if (o->md) fprintf(f, "- **%s** — `%s` (%s; %s)\n", pr->view.article, p->full_id, p->kind, roles);
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
    if (pr->status == AG_ST_UNKNOWN || ag_prov_conditional(pr)) {
        if (pr->status == AG_ST_APPLIES_FROM) wrap(f, o->md ? "  " : "        ", "It applies then only if the questions are answered so.", 96);
        if (ag_slotset_empty(&pr->own)) {
            wrap(f, o->md ? "  " : "        ", "Its own condition holds; it depends only on the questions about the instrument above.", 96);
        } else {
            fprintf(f, "%sTo decide, answer:\n", o->md ? "  " : "        ");
            for (int s = 0; s < c->nfields; s++)
                if (ag_slotset_has(&pr->own, s)) field_question(f, c, s, o->md ? "  - " : "          ? ", o->md);
        }
        if (pr->date != AG_DATE_NONE && pr->status == AG_ST_UNKNOWN) {
            char b[100];
            snprintf(b, sizeof b, "If it applies, it applies from %s.", d1);
            wrap(f, o->md ? "  " : "        ", b, 96);
        }
    }
}

static void text_result(out *o, const aigov_result *r) {
    FILE *f = o->f;
    const aigov_corpus *c = r->corpus;
    const aigov_profile *p = r->profile;
    legit_ctx lc;
    legit_init(&lc, c, p->date);
    char d[11];
    ag_date_format(p->date, d);
    char roles[300] = "";
    for (int i = 0; i < r->roles.n; i++) {
        if (i) strncat(roles, ", ", sizeof roles - strlen(roles) - 1);
        strncat(roles, r->roles.items[i], sizeof roles - strlen(roles) - 1);
    }
    if (o->md) fprintf(f, "# Obligations of %s (`%s`) on %s\n\n", p->name, p->id, d);
    else fprintf(f, "Obligations of %s (%s) on %s\n", p->name, p->id, d);
    if (o->md) fprintf(f, "Role: %s. Corpus: %s, %d instruments.\n\n", r->roles_known ? roles : "not stated (all addressees shown)", c->source, c->ninstruments);
    else fprintf(f, "Role: %s. Corpus: %s, %d instruments.\n", r->roles_known ? roles : "not stated (all addressees shown)", c->source, c->ninstruments);
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    if (o->md) fputs("", f);
    fprintf(f, "%sSummary: %d apply now (%d binding, %d prohibitions), %d apply later, %d to decide, %d exempt, %d revoked; %d conflict%s.\n",
            o->md ? "**" : "", n.applies, n.binding_applies, n.prohibited, n.applies_from, n.unknown, n.exempt, n.revoked,
            n.conflicts, n.conflicts == 1 ? "" : "s");
    if (o->md) fputs("\n", f);
    if (r->ninsts == 0) {  /* nothing reaches it at all */
        fputs(o->md ? "\nNo instrument in the corpus reaches this system.\n" : "\nNo instrument in the corpus reaches this system.\n", f);
        ag_arena_free(&lc.arena);
        return;
    }
    /* Order: by jurisdiction (domestic ones first, international last), binding
     * instruments first within each, then by id. Instruments with nothing to list for
     * this system (every provision addresses other roles or does not apply) are named
     * once at the end instead of taking a section each. */
    int *order = malloc(sizeof(int) * (size_t)r->ninsts);
    if (!order) {
        ag_json_oom = true; /* the report would be cut short: fail it (render() checks) */
        ag_arena_free(&lc.arena);
        return;
    }
    int nshown = 0;
    for (int i = 0; i < r->ninsts; i++) if (r->insts[i].nprovs) order[nshown++] = i;
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
        if (o->md) fprintf(f, "\n### %s — %s, %s\n\n", inst_name(in), in->binding, in->modality);
        else fprintf(f, "\n%s  [%s · %s · %s]\n", inst_name(in), in->binding, in->modality, in->form);
        char b[1200], lw[400];
        snprintf(b, sizeof b, "%s. Text modelled: %s. %s", in->title, in->text_version, in->citations.n ? in->citations.items[0] : "");
        wrap(f, o->md ? "" : "  ", b, 96);
        snprintf(b, sizeof b, "Issuer's %s.", legit_words(&lc, c, in, p->date, lw, sizeof lw));
        wrap(f, o->md ? "" : "  ", b, 96);
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
            fprintf(f, o->md ? "\nWhether this instrument reaches the system, or exempts it, depends on:\n\n"
                             : "\n  Whether it reaches the system, or exempts it, depends on:\n");
            for (int s2 = 0; s2 < c->nfields; s2++)
                if (ag_slotset_has(&inst_q, s2)) field_question(f, c, s2, o->md ? "- " : "    ? ", o->md);
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
                        if (ir->provs[k].status == AG_ST_APPLIES_FROM && ir->provs[k].date == next) text_provision(o, c, ir, &ir->provs[k]);
                    last = next;
                }
                continue;
            }
            if (o->md) fprintf(f, "\n**%s**\n\n", heads[rank]);
            else fprintf(f, "\n  %s\n", heads[rank]);
            for (int k = 0; k < ir->nprovs; k++)
                if (status_rank(ir->provs[k].status) == rank) text_provision(o, c, ir, &ir->provs[k]);
        }
        if (ir->not_addressed) {
            snprintf(b, sizeof b, "(%d provision%s addressed to other roles not shown.)", ir->not_addressed, ir->not_addressed == 1 ? "" : "s");
            fputs("\n", f);
            wrap(f, o->md ? "" : "  ", b, 96);
        }
    }
    free(order);
    ag_arena_free(&lc.arena);
    if (nshown < r->ninsts) {
        char b[4096];
        size_t n = (size_t)snprintf(b, sizeof b, "%d more instrument%s reach%s or may reach the system with nothing listed for its role%s:",
                                    r->ninsts - nshown, r->ninsts - nshown == 1 ? "" : "s", r->ninsts - nshown == 1 ? "es" : "",
                                    r->roles_known ? "s" : "");
        for (int i = 0; i < r->ninsts && n < sizeof b; i++)
            if (!r->insts[i].nprovs) n += (size_t)snprintf(b + n, sizeof b - n, " %s", r->insts[i].in->id);
        fputs("\n", f);
        wrap(f, o->md ? "" : "", b, 96);
    }
    if (r->nconflicts) {
        fputs(o->md ? "\n## Conflicts\n\n" : "\n=== Conflicts ===\n", f);
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
}

_Thread_local bool ag_json_oom;

static char *render(const aigov_result *const *rs, int n, const char *format) {
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
    out o = {f, !strcmp(format, "md")};
    for (int i = 0; i < n; i++) {
        if (i) fputs(o.md ? "\n---\n\n" : "\n----------------------------------------------------------------\n\n", f);
        text_result(&o, rs[i]);
    }
    if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
    return buf;
}

char *aigov_result_render(const aigov_result *r, const char *format) { return render(&r, 1, format); }

char *aigov_results_render(aigov_result *const *rs, int n, const char *format) {
    return render((const aigov_result *const *)rs, n, format);
}
