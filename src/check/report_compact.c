/* report_compact.c — the compact JSON of a check (docs/check-json.md, "Compact"): for a
 * client that checks many systems and needs the decisions, not the report. Each provision
 * with its id, article, kind, binding force, status and date; the questions the profile
 * leaves open, each with how many provisions its answer decides; conflicts by id. No
 * summaries, reasons, conditions, titles or legitimacy, so an answer is a few KB instead
 * of the full report's 100+ KB. Reads results; decides nothing. */
#include "check/check.h"

#include "base/jsonout.h"
#include <stdlib.h>

static json_t *compact_json(const aigov_result *r) {
    const aigov_corpus *c = r->corpus;
    const aigov_profile *p = r->profile;
    json_t *o = json_object();
    ag_json_set(o, "aigov_version", json_string(AIGOV_VERSION));
    json_t *pj = json_object();
    ag_json_set(pj, "id", json_string(p->id));
    ag_json_set(pj, "date", ag_json_date(p->date));
    ag_json_set(pj, "roles", r->roles_known ? ag_json_strlist(&r->roles) : json_null());
    ag_json_set(o, "profile", pj);
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    json_t *s = ag_summary_json(&n);
    ag_json_set(o, "summary", s);
    /* decides[f]: how many undecided provisions, triggers and exemptions field f decides. */
    int *decides = c->nfields ? calloc((size_t)c->nfields, sizeof *decides) : NULL;
    if (c->nfields && !decides) ag_json_oom = true;
    json_t *ps = json_array();
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        for (int t = 0; decides && t < ir->in->nscope; t++)
            if (ir->triggers[t].value == AG_TV_UNKNOWN)
                for (int f = 0; f < c->nfields; f++) decides[f] += ag_slotset_has(&ir->triggers[t].deciding, f);
        for (int e = 0; decides && e < ir->in->nexemptions; e++)
            if (ir->exemptions[e].value == AG_TV_UNKNOWN)
                for (int f = 0; f < c->nfields; f++) decides[f] += ag_slotset_has(&ir->exemptions[e].deciding, f);
        for (int k = 0; k < ir->nprovs; k++) {
            const ag_prov_result *pr = &ir->provs[k];
            json_t *x = json_object();
            ag_json_set(x, "id", json_string(pr->view.base->full_id));
            ag_json_set(x, "article", json_string(pr->view.article));
            ag_json_set(x, "kind", json_string(pr->view.base->kind));
            ag_json_set(x, "binding", json_string(ir->in->binding));
            ag_json_set(x, "status", json_string(ag_status_name(pr->status)));
            ag_json_set(x, "date", pr->status == AG_ST_EXEMPT || pr->status == AG_ST_NOT_APPLICABLE ? json_null() : ag_json_date(pr->date));
            if (pr->status == AG_ST_UNKNOWN) {
                json_t *df = json_array();
                for (int f = 0; f < c->nfields; f++)
                    if (ag_slotset_has(&pr->deciding, f)) {
                        ag_json_push(df, json_string(c->fields[f].expr_path));
                        if (decides) decides[f]++;
                    }
                ag_json_set(x, "deciding_fields", df);
            }
            ag_json_push(ps, x);
        }
    }
    ag_json_set(o, "provisions", ps);
    /* The open questions, those deciding the most first (ties in the schema's order). */
    json_t *qs = json_array();
    for (int done = 0; decides && !done;) {
        int best = -1;
        for (int f = 0; f < c->nfields; f++)
            if (decides[f] > 0 && (best < 0 || decides[f] > decides[best])) best = f;
        if (best < 0) { done = 1; break; }
        json_t *q = json_object();
        ag_json_set(q, "field", json_string(c->fields[best].expr_path));
        ag_json_set(q, "decides", json_integer(decides[best]));
        ag_json_push(qs, q);
        decides[best] = 0;
    }
    free(decides);
    ag_json_set(o, "questions", qs);
    json_t *cf = json_array();
    for (int i = 0; i < r->nconflicts; i++) {
        const ag_conflict *k = &r->conflicts[i];
        json_t *x = json_object();
        ag_json_set(x, "prohibition", json_string(k->prohibition->view.base->full_id));
        ag_json_set(x, "obligation", json_string(k->obligation->view.base->full_id));
        ag_json_set(x, "certain", json_boolean(k->certain));
        ag_json_push(cf, x);
    }
    ag_json_set(o, "conflicts", cf);
    return o;
}

char *aigov_results_render_compact(aigov_result *const *rs, int n) {
    ag_json_begin();
    json_t *doc;
    if (n == 1) doc = compact_json(rs[0]);
    else {
        doc = json_object();
        json_t *a = json_array();
        for (int i = 0; i < n; i++) ag_json_push(a, compact_json(rs[i]));
        ag_json_set(doc, "results", a);
    }
    char *s = ag_json_dump(doc, JSON_COMPACT | JSON_PRESERVE_ORDER, true);
    json_decref(doc);
    return s;
}
