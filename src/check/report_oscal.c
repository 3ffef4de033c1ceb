/* report_oscal.c — check results in NIST OSCAL 1.0.6 terms (docs/oscal.md), against the
 * corpus's catalog (src/corpus/oscal.c, `aigov corpus export --format oscal-catalog`):
 *   - an OSCAL profile importing the catalog's controls that apply or may apply to the
 *     system (status applies, applies_from or unknown), for a GRC tool to import;
 *   - assessment results: one result per checked profile, whose reviewed controls are those
 *     same controls and whose findings are the banned practices that apply and the binding
 *     provisions still undecided, with the questions that decide them.
 * Reads results; decides nothing. */
#include "check/check.h"
#include "corpus/oscal.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static const char *inst_name(const ag_instrument *in) { return in->short_title ? in->short_title : in->title; }

/* Whether the catalog control of pr is selected: the provision applies, applies later or
 * may apply. */
static bool selected(const ag_prov_result *pr) {
    return pr->status == AG_ST_APPLIES || pr->status == AG_ST_APPLIES_FROM || pr->status == AG_ST_UNKNOWN;
}

/* "profile-id@YYYY-MM-DD": what a result's UUIDs are derived from. */
static void subject(const aigov_result *r, char *buf, size_t cap) {
    char d[11];
    ag_date_format(r->profile->date, d);
    snprintf(buf, cap, "%s@%s", r->profile->id, d);
}

static json_t *control_ids(const aigov_result *const *rs, int n) {
    json_t *ids = json_array(), *seen = json_object();
    for (int i = 0; i < n; i++)
        for (int k = 0; k < rs[i]->ninsts; k++)
            for (int j = 0; j < rs[i]->insts[k].nprovs; j++) {
                const ag_prov_result *pr = &rs[i]->insts[k].provs[j];
                if (!selected(pr) || json_object_get(seen, pr->view.base->full_id)) continue;
                char id[300];
                ag_oscal_id(pr->view.base->full_id, id, sizeof id);
                ag_json_set(seen, pr->view.base->full_id, json_true());
                ag_json_push(ids, json_string(id));
            }
    json_decref(seen);
    return ids;
}

static json_t *back_matter(json_t *resources) {
    json_t *bm = json_object();
    ag_json_set(bm, "resources", resources);
    return bm;
}

static json_t *oscal_profile(const aigov_result *const *rs, int n) {
    const aigov_result *r = rs[0];
    char subj[512], u[37], cat[37], href[40], title[512];
    subject(r, subj, sizeof subj);
    ag_oscal_uuid("profile", subj, n > 1 ? "several" : NULL, u);
    ag_oscal_catalog_uuid(r->corpus, cat);
    snprintf(href, sizeof href, "#%s", cat);
    char d[11];
    ag_date_format(r->profile->date, d);
    if (n == 1) snprintf(title, sizeof title, "aigov: the controls that apply or may apply to %s on %s", r->profile->name, d);
    else snprintf(title, sizeof title, "aigov: the controls that apply or may apply to any of %d systems", n);
    json_t *p = json_object(), *imports = json_array(), *imp = json_object();
    ag_json_set(p, "uuid", json_string(u));
    ag_json_set(p, "metadata", ag_oscal_metadata(title, r->profile->date,
                                                 "Selected: the provisions whose status is applies, applies_from or unknown "
                                                 "(aigov check; docs/oscal.md)."));
    ag_json_set(imp, "href", json_string(href));
    json_t *ids = control_ids(rs, n);
    if (json_array_size(ids)) {
        json_t *inc = json_array(), *sel = json_object();
        ag_json_set(sel, "with-ids", ids);
        ag_json_push(inc, sel);
        ag_json_set(imp, "include-controls", inc);
    } else {
        /* No control applies: an exclusion of every group would need their ids; an empty
         * selection is said in words, and the import selects by a pattern no id matches. */
        json_decref(ids);
        json_t *inc = json_array(), *sel = json_object(), *m = json_array(), *pat = json_object();
        ag_json_set(pat, "pattern", json_string("none-applies"));
        ag_json_push(m, pat);
        ag_json_set(sel, "matching", m);
        ag_json_push(inc, sel);
        ag_json_set(imp, "include-controls", inc);
    }
    ag_json_push(imports, imp);
    ag_json_set(p, "imports", imports);
    json_t *res = json_array();
    ag_json_push(res, ag_oscal_catalog_resource(r->corpus));
    ag_json_set(p, "back-matter", back_matter(res));
    json_t *doc = json_object();
    ag_json_set(doc, "profile", p);
    return doc;
}

static void count_prop(json_t *props, const char *name, int v) {
    char b[16];
    snprintf(b, sizeof b, "%d", v);
    ag_oscal_prop(props, name, AG_OSCAL_NS, b);
}

static json_t *finding(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr, bool banned) {
    char subj[512], u[37], cid[300], smt[310], title[512];
    subject(r, subj, sizeof subj);
    ag_oscal_uuid("finding", subj, pr->view.base->full_id, u);
    ag_oscal_id(pr->view.base->full_id, cid, sizeof cid);
    snprintf(smt, sizeof smt, "%s_smt", cid);
    snprintf(title, sizeof title, "%s: %s %s", banned ? "Banned practice" : "Undecided binding provision", inst_name(ir->in),
             pr->view.article);
    char *b = NULL;
    size_t bl = 0;
    FILE *f = open_memstream(&b, &bl);
    if (!f) return NULL;
    json_t *props = json_array();
    fputs(pr->view.summary, f);
    if (banned) {
        char d[11];
        ag_date_format(pr->date, d);
        fprintf(f, "\n\nThis prohibited practice applies to the system (since %s): it may not be placed on the market, put into service or used.", d);
    } else {
        fputs("\n\nWhether it applies depends on:", f);
        for (int q = 0; q < r->nquestions; q++) {
            if (!ag_question_decides(&r->questions[q], pr)) continue;
            aigov_question v;
            aigov_result_question(r, q, &v);
            fprintf(f, "\n- Q%d: %s (profile field %s)", q + 1, v.text, v.field);
            char qp[600];
            snprintf(qp, sizeof qp, "Q%d %s: %s", q + 1, v.field, v.text);
            ag_oscal_prop(props, "question", AG_OSCAL_NS, qp);
        }
    }
    fclose(f);
    ag_oscal_prop(props, "provision", AG_OSCAL_NS, pr->view.base->full_id);
    ag_oscal_prop(props, "status", AG_OSCAL_NS, ag_status_name(pr->status));
    ag_oscal_prop(props, "binding", AG_OSCAL_NS, ir->in->binding);
    json_t *o = json_object(), *t = json_object(), *st = json_object();
    ag_json_set(o, "uuid", json_string(u));
    ag_json_set(o, "title", json_string(title));
    ag_json_set(o, "description", b ? json_string(b) : NULL);
    free(b);
    if (json_array_size(props)) ag_json_set(o, "props", props);
    else json_decref(props);
    ag_json_set(t, "type", json_string("statement-id"));
    ag_json_set(t, "target-id", json_string(smt));
    ag_json_set(st, "state", json_string("not-satisfied"));
    ag_json_set(st, "reason", json_string(banned ? "fail" : "other"));
    if (!banned) ag_json_set(st, "remarks", json_string("Undecided: the profile does not say what decides it (aigov status unknown)."));
    ag_json_set(t, "status", st);
    ag_json_set(o, "target", t);
    return o;
}

static json_t *result(const aigov_result *r) {
    char subj[512], u[37], title[512], desc[1024], start[21], d[11];
    subject(r, subj, sizeof subj);
    ag_oscal_uuid("result", subj, NULL, u);
    ag_date_format(r->profile->date, d);
    ag_oscal_datetime(r->profile->date, start);
    snprintf(title, sizeof title, "aigov check of %s", r->profile->name);
    snprintf(desc, sizeof desc,
             "Which provisions of the corpus apply to the AI system %s (profile %s) on %s, decided by aigov %s from the "
             "profile's facts.", r->profile->name, r->profile->source, d, AIGOV_VERSION);
    json_t *o = json_object(), *props = json_array();
    ag_json_set(o, "uuid", json_string(u));
    ag_json_set(o, "title", json_string(title));
    ag_json_set(o, "description", json_string(desc));
    ag_json_set(o, "start", json_string(start));
    ag_oscal_prop(props, "profile", AG_OSCAL_NS, r->profile->id);
    ag_oscal_prop(props, "date", AG_OSCAL_NS, d);
    aigov_result_counts n;
    aigov_result_counts_get(r, &n);
    count_prop(props, "instruments", n.instruments);
    count_prop(props, "banned", n.banned);
    count_prop(props, "binding-applies", n.binding_applies);
    count_prop(props, "binding-applies-from", n.binding_applies_from);
    count_prop(props, "binding-unknown", n.binding_unknown);
    count_prop(props, "undecided-binding", r->undecided_binding);
    ag_json_set(o, "props", props);
    json_t *rc = json_object(), *cs = json_array(), *sel = json_object();
    const aigov_result *one[1] = {r};
    json_t *ids = control_ids(one, 1);
    if (json_array_size(ids)) {
        json_t *inc = json_array();
        for (size_t i = 0; i < json_array_size(ids); i++) {
            json_t *x = json_object();
            ag_json_set(x, "control-id", json_incref(json_array_get(ids, i)));
            ag_json_push(inc, x);
        }
        ag_json_set(sel, "include-controls", inc);
    } else {
        ag_json_set(sel, "description", json_string("No provision of the corpus applies or may apply to the system."));
    }
    json_decref(ids);
    ag_json_push(cs, sel);
    ag_json_set(rc, "control-selections", cs);
    ag_json_set(o, "reviewed-controls", rc);
    json_t *fs = json_array();
    for (int k = 0; k < r->ninsts; k++) {
        const ag_inst_result *ir = &r->insts[k];
        for (int j = 0; j < ir->nprovs; j++) {
            const ag_prov_result *pr = &ir->provs[j];
            bool banned = pr->status == AG_ST_APPLIES && ag_kind_banned(pr->view.base->kind);
            bool undecided = false;
            if (!banned && !strcmp(ir->in->binding, "binding"))
                for (int q = 0; q < r->nquestions && !undecided; q++) undecided = ag_question_decides(&r->questions[q], pr);
            if (banned || undecided) ag_json_push(fs, finding(r, ir, pr, banned));
        }
    }
    if (json_array_size(fs)) ag_json_set(o, "findings", fs);
    else json_decref(fs);
    return o;
}

static json_t *assessment_results(const aigov_result *const *rs, int n) {
    char *subjects = NULL;
    size_t sl = 0;
    FILE *f = open_memstream(&subjects, &sl);
    if (!f) return NULL;
    int32_t last = rs[0]->profile->date;
    for (int i = 0; i < n; i++) {
        char s[512];
        subject(rs[i], s, sizeof s);
        fprintf(f, "%s\n", s);
        if (rs[i]->profile->date > last) last = rs[i]->profile->date;
    }
    fclose(f);
    if (!subjects) return NULL;
    char u[37], ap[37], href[40], title[512], line[512];
    ag_oscal_uuid("assessment-results", subjects, NULL, u);
    ag_oscal_uuid("assessment-plan", subjects, NULL, ap);
    free(subjects);
    snprintf(href, sizeof href, "#%s", ap);
    if (n == 1) snprintf(title, sizeof title, "aigov check of %s", rs[0]->profile->name);
    else snprintf(title, sizeof title, "aigov check of %d AI systems", n);
    ag_corpus_provenance_line(rs[0]->corpus, line, sizeof line);
    json_t *a = json_object(), *imp = json_object(), *results = json_array(), *res = json_array();
    ag_json_set(a, "uuid", json_string(u));
    ag_json_set(a, "metadata", ag_oscal_metadata(title, last, line));
    ag_json_set(imp, "href", json_string(href));
    ag_json_set(imp, "remarks", json_string("aigov makes no OSCAL assessment plan: the plan is `aigov check` of the profiles "
                                            "against the corpus's catalog (back-matter)."));
    ag_json_set(a, "import-ap", imp);
    for (int i = 0; i < n; i++) ag_json_push(results, result(rs[i]));
    ag_json_set(a, "results", results);
    json_t *apr = json_object();
    ag_json_set(apr, "uuid", json_string(ap));
    ag_json_set(apr, "title", json_string("aigov check"));
    ag_json_set(apr, "description", json_string("Each profile's facts decided against every provision of the corpus on the "
                                                "profile's date: `aigov check PROFILE --format oscal`."));
    ag_json_push(res, apr);
    ag_json_push(res, ag_oscal_catalog_resource(rs[0]->corpus));
    ag_json_set(a, "back-matter", back_matter(res));
    json_t *doc = json_object();
    ag_json_set(doc, "assessment-results", a);
    return doc;
}

char *ag_render_oscal(const aigov_result *const *rs, int n, bool profile) {
    ag_json_begin();
    if (n < 1) return NULL;
    json_t *doc = profile ? oscal_profile(rs, n) : assessment_results(rs, n);
    if (!doc) return NULL;
    char *s = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(doc);
    return s;
}
