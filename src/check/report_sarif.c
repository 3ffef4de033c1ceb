/* report_sarif.c — check results as SARIF 2.1.0 (OASIS), the format code review and CI
 * tools read (docs/ci.md): one run of the tool "aigov", a rule per provision found, and a
 * result per banned practice that applies (error), binding provision some question still
 * decides (warning, with the questions) and binding provision that applies now (note), each
 * located at the profile field that decided it, or at the profile file when no field in it
 * did (a question's field is missing by nature). Reads results; decides nothing. */
#include "check/check.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

static const char *inst_name(const ag_instrument *in) { return in->short_title ? in->short_title : in->title; }

static bool is_url(const char *s) { return !strncmp(s, "https://", 8) || !strncmp(s, "http://", 7); }

/* A file name as a relative URI reference: bytes outside the unreserved set and '/' are
 * percent-encoded (so that "a:b.json" or a space cannot read as a scheme or break it). */
static json_t *uri_of(const char *path) {
    size_t n = strlen(path);
    char *b = malloc(3 * n + 1);
    if (!b) return NULL;
    size_t k = 0;
    for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
        unsigned ch = *s;
        bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || strchr("-._~/", (int)ch);
        if (keep) b[k++] = (char)ch;
        else k += (size_t)snprintf(b + k, 4, "%%%02X", ch);
    }
    b[k] = 0;
    json_t *j = json_string(b);
    free(b);
    return j;
}

/* The profile field that decided pr and where it stands: among `cands`, the field the
 * profile has that comes first in it. False when the profile has none of them. */
static bool first_present(const aigov_profile *p, int nfields, const ag_slotset *cands, int *slot, ag_srcpos *at) {
    bool found = false;
    for (int s = 0; s < nfields; s++) {
        ag_srcpos q;
        if (!ag_slotset_has(cands, s) || !ag_profile_field_pos(p, s, &q)) continue;
        if (!found || q.line < at->line || (q.line == at->line && q.col < at->col)) { *at = q; *slot = s; found = true; }
    }
    return found;
}

/* Where a result is shown: the field whose value decided it. An undecided provision: a
 * field of its questions the profile gives in part (regions); a provision that applies:
 * a field its condition reads, else one of the triggers that reached the system. */
static bool locate(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr, bool undecided, int *slot,
                   ag_srcpos *at) {
    const aigov_profile *p = r->profile;
    int nf = r->corpus->nfields;
    if (undecided) return first_present(p, nf, &pr->deciding, slot, at);
    ag_slotset s;
    memset(&s, 0, sizeof s);
    if (pr->view.when) ag_cel_fields_read(pr->view.when, &s);
    if (first_present(p, nf, &s, slot, at)) return true;
    memset(&s, 0, sizeof s);
    for (int t = 0; t < ir->in->nscope; t++)
        if (ir->triggers[t].value == AG_TV_TRUE && ir->triggers[t].cond->when) ag_cel_fields_read(ir->triggers[t].cond->when, &s);
    return first_present(p, nf, &s, slot, at);
}

static json_t *rule_json(const ag_inst_result *ir, const ag_prov_result *pr) {
    const ag_instrument *in = ir->in;
    const char *cit = in->citations.n ? in->citations.items[0] : NULL;
    json_t *o = json_object();
    ag_json_set(o, "id", json_string(pr->view.base->full_id));
    json_t *sd = json_object(), *fd = json_object(), *help = json_object();
    char *b = NULL, *md = NULL;
    size_t bl = 0, ml = 0;
    FILE *f = open_memstream(&b, &bl), *g = open_memstream(&md, &ml);
    if (!f || !g) {
        if (f) fclose(f);
        if (g) fclose(g);
        free(b);
        free(md);
        ag_json_oom = true;
        return o;
    }
    fprintf(f, "%s\n\n%s, %s (%s, %s)", pr->view.summary, in->title, pr->view.article, in->binding, in->jurisdiction);
    fprintf(g, "%s\n\n**%s**, %s (%s, %s)", pr->view.summary, in->title, pr->view.article, in->binding, in->jurisdiction);
    if (cit) {
        fprintf(f, ". %s", cit);
        if (is_url(cit)) fprintf(g, ". <%s>", cit);
        else fprintf(g, ". %s", cit);
    }
    fclose(f);
    fclose(g);
    char shortd[256];
    snprintf(shortd, sizeof shortd, "%s %s (%s)", inst_name(in), pr->view.article, pr->view.base->kind);
    ag_json_set(sd, "text", json_string(shortd));
    ag_json_set(fd, "text", json_string(pr->view.summary));
    ag_json_set(help, "text", b ? json_string(b) : NULL);
    ag_json_set(help, "markdown", md ? json_string(md) : NULL);
    free(b);
    free(md);
    ag_json_set(o, "shortDescription", sd);
    ag_json_set(o, "fullDescription", fd);
    ag_json_set(o, "help", help);
    if (cit && is_url(cit) && !strpbrk(cit, " \t")) ag_json_set(o, "helpUri", json_string(cit));
    json_t *props = json_object(), *tags = json_array();
    ag_json_push(tags, json_string(pr->view.base->kind));
    ag_json_push(tags, json_string(in->binding));
    ag_json_push(tags, json_string(in->jurisdiction));
    ag_json_set(props, "tags", tags);
    ag_json_set(props, "instrument", json_string(in->id));
    ag_json_set(props, "article", json_string(pr->view.article));
    ag_json_set(props, "text_version", json_string(in->text_version));
    ag_json_set(o, "properties", props);
    return o;
}

/* The message of a result: what the law says and why it is shown. */
static json_t *message(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr, const char *level) {
    char *b = NULL;
    size_t bl = 0;
    FILE *f = open_memstream(&b, &bl);
    if (!f) return NULL;
    char d[11];
    ag_date_format(pr->date, d);
    const char *where = inst_name(ir->in);
    if (!strcmp(level, "error"))
        fprintf(f, "Banned practice under %s %s (since %s): %s", where, pr->view.article, d, pr->view.summary);
    else if (!strcmp(level, "note"))
        fprintf(f, "Applies now (since %s): %s %s: %s", d, where, pr->view.article, pr->view.summary);
    else {
        fprintf(f, "Undecided: whether %s %s applies (%s) depends on", where, pr->view.article, pr->view.summary);
        int n = 0;
        for (int q = 0; q < r->nquestions; q++) {
            if (!ag_question_decides(&r->questions[q], pr)) continue;
            aigov_question v;
            aigov_result_question(r, q, &v);
            fprintf(f, "%s Q%d: %s (profile field %s", n++ ? ";" : "", q + 1, v.text, v.field);
            if (v.current) fprintf(f, "; it holds %s", v.current);
            fputs(")", f);
        }
        fputs(". Answer in the profile, or run aigov ask.", f);
    }
    if (fclose(f) != 0) { free(b); return NULL; }
    json_t *m = json_object();
    ag_json_set(m, "text", json_string(b));
    free(b);
    return m;
}

static json_t *result_json(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr, const char *level,
                           int rule) {
    json_t *o = json_object();
    ag_json_set(o, "ruleId", json_string(pr->view.base->full_id));
    ag_json_set(o, "ruleIndex", json_integer(rule));
    ag_json_set(o, "level", json_string(level));
    ag_json_set(o, "message", message(r, ir, pr, level));
    json_t *locs = json_array(), *loc = json_object(), *phys = json_object(), *art = json_object();
    ag_json_set(art, "uri", uri_of(r->profile->source));
    ag_json_set(phys, "artifactLocation", art);
    int slot = -1;
    ag_srcpos at = {0, 0};
    if (locate(r, ir, pr, !strcmp(level, "warning"), &slot, &at)) {
        json_t *reg = json_object();
        ag_json_set(reg, "startLine", json_integer(at.line));
        ag_json_set(reg, "startColumn", json_integer(at.col));
        ag_json_set(phys, "region", reg);
    }
    ag_json_set(loc, "physicalLocation", phys);
    ag_json_push(locs, loc);
    ag_json_set(o, "locations", locs);
    json_t *props = json_object();
    ag_json_set(props, "profile", json_string(r->profile->id));
    ag_json_set(props, "status", json_string(ag_status_name(pr->status)));
    ag_json_set(props, "date", ag_json_date(pr->date));
    ag_json_set(props, "field", slot >= 0 ? json_string(r->corpus->fields[slot].path) : json_null());
    json_t *qs = json_array();
    for (int q = 0; q < r->nquestions; q++)
        if (ag_question_decides(&r->questions[q], pr)) {
            char qn[16];
            snprintf(qn, sizeof qn, "Q%d", q + 1);
            ag_json_push(qs, json_string(qn));
        }
    ag_json_set(props, "questions", qs);
    ag_json_set(o, "properties", props);
    return o;
}

/* The level of pr's result, or NULL when it is not shown: a banned practice that applies is
 * an error; a binding provision a question decides, a warning; one that applies now, a note. */
static const char *level_of(const aigov_result *r, const ag_inst_result *ir, const ag_prov_result *pr) {
    if (pr->status == AG_ST_APPLIES && ag_kind_banned(pr->view.base->kind)) return "error";
    if (strcmp(ir->in->binding, "binding")) return NULL;
    for (int q = 0; q < r->nquestions; q++)
        if (ag_question_decides(&r->questions[q], pr)) return "warning";
    return pr->status == AG_ST_APPLIES ? "note" : NULL;
}

char *ag_render_sarif(const aigov_result *const *rs, int n) {
    ag_json_begin();
    json_t *doc = json_object(), *runs = json_array(), *run = json_object(), *tool = json_object(), *drv = json_object();
    json_t *rules = json_array(), *results = json_array(), *index = json_object();
    ag_json_set(doc, "$schema", json_string(SARIF_SCHEMA));
    ag_json_set(doc, "version", json_string("2.1.0"));
    for (int i = 0; i < n; i++) {
        const aigov_result *r = rs[i];
        for (int k = 0; k < r->ninsts; k++) {
            const ag_inst_result *ir = &r->insts[k];
            for (int j = 0; j < ir->nprovs; j++) {
                const ag_prov_result *pr = &ir->provs[j];
                const char *level = level_of(r, ir, pr);
                if (!level) continue;
                json_t *at = json_object_get(index, pr->view.base->full_id);
                int rule = at ? (int)json_integer_value(at) : (int)json_array_size(rules);
                if (!at) {
                    ag_json_set(index, pr->view.base->full_id, json_integer(rule));
                    ag_json_push(rules, rule_json(ir, pr));
                }
                ag_json_push(results, result_json(r, ir, pr, level, rule));
            }
        }
    }
    json_decref(index);
    ag_json_set(drv, "name", json_string("aigov"));
    ag_json_set(drv, "version", json_string(AIGOV_VERSION));
    ag_json_set(drv, "rules", rules);
    ag_json_set(tool, "driver", drv);
    ag_json_set(run, "tool", tool);
    ag_json_set(run, "columnKind", json_string("unicodeCodePoints"));
    ag_json_set(run, "results", results);
    json_t *props = json_object();
    if (n) ag_json_set(props, "corpus", ag_corpus_provenance_json(rs[0]->corpus));
    ag_json_set(run, "properties", props);
    ag_json_push(runs, run);
    ag_json_set(doc, "runs", runs);
    char *s = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(doc);
    return s;
}
