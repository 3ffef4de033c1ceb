/* legit_report.c — `aigov legitimacy`: renders chains, rejected paths, instrument
 * findings and revocation cascades as text, JSON or DOT. Decides nothing that
 * legitimacy.c does not; reads the corpus and the computed states. */
#include "legit/legitimacy.h"

#include "base/jsonout.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct lctx {
    const aigov_corpus *c;
    const ag_lgraph *g;
    const ag_criterion *cr;
    ag_arena *a;
    int32_t date;
    ag_legit_cache cache;
} lctx;

static const char *standing_name(uint8_t s) {
    static const char *const n[] = {"none", "public", "authorized", "mandated"};
    return s <= AG_SD_MANDATED ? n[s] : "?";
}

static json_t *findings_json(uint32_t f) {
    json_t *a = json_array();
    for (int i = 0; i < AG_F_COUNT; i++)
        if (f & (1u << i)) {
            json_t *x = json_object();
            ag_json_set(x, "finding", json_string(ag_finding_name((ag_finding)i)));
            ag_json_set(x, "legitimate", json_boolean(ag_finding_is_legitimate((ag_finding)i)));
            ag_json_set(x, "explanation", json_string(ag_finding_text((ag_finding)i)));
            ag_json_push(a, x);
        }
    return a;
}

static json_t *delegation_json(const lctx *x, int32_t d) {
    const ag_delegation *dl = &x->c->delegations[d];
    json_t *o = json_object();
    ag_json_set(o, "delegation", json_string(dl->id));
    ag_json_set(o, "kind", json_string(dl->kind));
    ag_json_set(o, "from", ag_json_strlist(&dl->from));
    ag_json_set(o, "to", json_string(dl->to));
    ag_json_set(o, "basis", json_string(dl->basis));
    ag_json_set(o, "scope", dl->scope_all ? json_string("all") : ag_json_strlist(&dl->scope));
    ag_json_set(o, "accountability", ag_json_strlist(&dl->accountability));
    ag_json_set(o, "revocable", json_boolean(dl->revocable));
    ag_json_set(o, "revocation_means", dl->revocation_means.n ? ag_json_strlist(&dl->revocation_means) : json_pack("[s]", "recall"));
    ag_json_set(o, "revocation", dl->revocation ? json_string(dl->revocation) : json_null());
    ag_json_set(o, "principals_rule", json_string(dl->principals_rule));
    ag_json_set(o, "principals_group", dl->principals_group ? json_string(dl->principals_group) : json_null());
    {
        int r = dl->principals_group ? ag_map_get(&x->c->region_index, dl->principals_group, strlen(dl->principals_group)) : -1;
        ag_json_set(o, "principals_group_members", r >= 0 ? json_integer(x->c->regions[r].nmembers) : json_null());
    }
    ag_json_set(o, "from_date", ag_json_date(dl->from_date));
    ag_json_set(o, "until", ag_json_date(dl->until));
    ag_json_set(o, "revoked", ag_json_date(dl->revoked));
    ag_json_set(o, "citations", ag_json_strlist(&dl->citations));
    return o;
}

static const char *dl_rule_name(const lctx *x, int32_t d) { return x->c->delegations[d].principals_rule; }

/* The best chain of actor `a` as a tree: the delegation that gave it standing and, for
 * each principal, its own chain. `seen` stops repeats (a principal shared by several
 * branches is expanded once). Depth is bounded by the BFS depth. */
static json_t *chain_json(const lctx *x, const ag_lstate *s, int32_t a, uint8_t *seen) {
    json_t *o = json_object();
    ag_json_set(o, "actor", json_string(x->c->actors[a].id));
    ag_json_set(o, "name", json_string(x->c->actors[a].name));
    ag_json_set(o, "standing", json_string(standing_name(s->standing[a])));
    if (seen[a]) { ag_json_set(o, "see_above", json_true()); return o; }
    seen[a] = 1;
    int32_t d = s->via[a];
    if (d < 0) return o;
    json_t *link = delegation_json(x, d);
    json_t *ps = json_array();
    int32_t n = 0, with = 0;
    for (int32_t k = x->g->d_from_off[d]; k < x->g->d_from_off[d + 1]; k++) {
        int32_t p = x->g->d_from[k];
        n++;
        if (s->standing[p] != AG_SD_NONE) { with++; ag_json_push(ps, chain_json(x, s, p, seen)); }
        else {
            json_t *q = json_object();
            ag_json_set(q, "actor", json_string(x->c->actors[p].id));
            ag_json_set(q, "standing", json_string("none"));
            ag_json_push(ps, q);
        }
    }
    ag_json_set(link, "principals", ps);
    ag_json_set(link, "principals_with_standing", json_integer(with));
    ag_json_set(link, "principals_total", json_integer(n));
    ag_json_set(link, "principals_needed", json_integer(ag_delegation_threshold(x->g, s, d)));
    ag_json_set(link, "rule_applied", json_string(x->cr->multilateral == AG_RULE_AS_DECLARED ? dl_rule_name(x, d)
                                                  : (const char *[]){"all", "majority", "any"}[x->cr->multilateral]));
    ag_json_set(o, "via", link);
    return o;
}

/* Every incoming delegation of `a` that did not give it standing, with the reason. */
static json_t *rejected_json(const lctx *x, const ag_lstate *s, int32_t a) {
    json_t *arr = json_array();
    for (int32_t k = x->g->in_off[a]; k < x->g->in_off[a + 1]; k++) {
        int32_t d = x->g->in[k];
        if (d == s->via[a]) continue;
        ag_reject r = ag_delegation_usable(x->g, x->cr, s, d);
        json_t *o = json_object();
        ag_json_set(o, "delegation", json_string(x->c->delegations[d].id));
        json_t *why = json_array();
        if (r != AG_RJ_OK) ag_json_push(why, json_string(ag_reject_name(r)));
        else {
            int32_t with = 0;
            for (int32_t j = x->g->d_from_off[d]; j < x->g->d_from_off[d + 1]; j++) {
                int32_t p = x->g->d_from[j];
                if (s->standing[p] != AG_SD_NONE) { with++; continue; }
                /* A principal without standing that is (transitively) delegated to by `a`
                 * itself closes a cycle. */
                bool cycle = false;
                int32_t stack[64], sp = 0;
                uint8_t *vis = calloc((size_t)x->g->nactors, 1);
                if (!vis) ag_json_oom = true; /* the reason would be incomplete */
                if (vis) {
                    stack[sp++] = p;
                    vis[p] = 1;
                    while (sp && !cycle) {
                        int32_t q = stack[--sp];
                        for (int32_t m = x->g->in_off[q]; m < x->g->in_off[q + 1] && !cycle; m++)
                            for (int32_t j2 = x->g->d_from_off[x->g->in[m]]; j2 < x->g->d_from_off[x->g->in[m] + 1]; j2++) {
                                int32_t r2 = x->g->d_from[j2];
                                if (r2 == a) { cycle = true; break; }
                                if (!vis[r2] && s->standing[r2] == AG_SD_NONE && sp < 64) { vis[r2] = 1; stack[sp++] = r2; }
                            }
                    }
                    free(vis);
                }
                char b[300];
                snprintf(b, sizeof b, "%s %s has no standing", cycle ? "cycle:" : "principal", x->c->actors[p].id);
                ag_json_push(why, json_string(b));
            }
            if (json_array_size(why) == 0 && s->standing[a] != AG_SD_NONE) ag_json_push(why, json_string("a shorter chain was found"));
            else if (with >= ag_delegation_threshold(x->g, s, d) && json_array_size(why) == 0) ag_json_push(why, json_string("usable"));
            char b[120];
            snprintf(b, sizeof b, "%d of %d principals have standing; %d needed", with,
                     x->g->d_from_off[d + 1] - x->g->d_from_off[d], ag_delegation_threshold(x->g, s, d));
            ag_json_push(why, json_string(b));
        }
        ag_json_set(o, "reasons", why);
        ag_json_push(arr, o);
    }
    return arr;
}

static json_t *criterion_json(const ag_criterion *cr) {
    json_t *o = json_object();
    ag_json_set(o, "name", json_string(cr->name));
    ag_json_set(o, "title", json_string(cr->title));
    ag_json_set(o, "accountability_any", ag_json_strlist(&cr->accountability_any));
    ag_json_set(o, "multilateral", json_string((const char *[]){"all", "majority", "any", "as_declared"}[cr->multilateral]));
    ag_json_set(o, "index", cr->index ? json_string(cr->index) : json_null());
    ag_json_set(o, "index_at_least", cr->index ? json_real(cr->index_at_least) : json_null());
    ag_json_set(o, "unclassified", json_string(cr->unclassified_by_accountability ? "accountability" : "not_counted"));
    ag_json_set(o, "require_accountability", json_boolean(cr->require_accountability));
    ag_json_set(o, "require_revocable", json_boolean(cr->require_revocable));
    ag_json_set(o, "revocation_counts", ag_json_strlist(&cr->revocation_counts));
    ag_json_set(o, "principals_counted", json_string(cr->count_over_group ? "group" : "modelled"));
    return o;
}

static json_t *instrument_json(lctx *x, const ag_instrument *in, bool chains) {
    ag_instrument_legitimacy L;
    if (!ag_instrument_legitimacy_get(&x->cache, x->c, in, &L)) return NULL;
    json_t *o = json_object();
    ag_json_set(o, "instrument", json_string(in->id));
    ag_json_set(o, "form", json_string(in->form));
    ag_json_set(o, "mode", L.mode ? json_integer(L.mode) : json_null());
    ag_json_set(o, "legitimate", json_boolean(L.legitimate));
    ag_json_set(o, "findings", findings_json(L.findings));
    /* Outcome findings beside the procedural verdict: what courts have ruled about the
     * rule by the date (its litigation), never folded into the chain's verdict. The paper
     * asks for good procedure and good outcomes alike (docs/legitimacy.md). */
    json_t *outs = json_array();
    for (int i = 0; i < in->nlitigation; i++) {
        const ag_litigation *lt = &in->litigation[i];
        int32_t since = lt->from != AG_DATE_NONE ? lt->from : lt->filed;
        if (since == AG_DATE_NONE || since <= x->date) ag_json_push(outs, ag_litigation_json(lt, AG_DATE_NONE));
    }
    ag_json_set(o, "outcomes", outs);
    if (chains) {
        ag_topicmask tm;
        bool all;
        ag_topicmask_of(x->c, &in->topics, &tm, &all);
        ag_lstate s;
        if (!ag_lstate_compute(x->a, x->g, x->cr, x->date, all ? NULL : &tm, &s)) { json_decref(o); return NULL; }
        json_t *is = json_array();
        uint8_t *seen = AG_NEW(x->a, uint8_t, (size_t)x->g->nactors + 1);
        if (!seen) ag_json_oom = true;
        for (int i = 0; i < L.nissuers && seen; i++) {
            json_t *ch = chain_json(x, &s, L.issuers[i], seen);
            ag_json_set(ch, "rejected", rejected_json(x, &s, L.issuers[i]));
            ag_json_push(is, ch);
        }
        ag_json_set(o, "issuers", is);
        ag_json_set(o, "topics", ag_json_strlist(&in->topics));
    }
    return o;
}

/* ---- Text ------------------------------------------------------------------------------ */
/* Text lines wrap at WRAP columns like the check report's, with a hanging indent; codes
 * (accountability mechanisms, findings, forms) are written as words. */
#define WRAP 96

/* Formats a paragraph and wraps it: the first line indented by `first` spaces, the others
 * by `rest`. Out of memory: the paragraph is left out and ag_json_oom set. */
static void wrapf(FILE *f, int first, int rest, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void wrapf(FILE *f, int first, int rest, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    char lead[128];
    if (!text) { ag_json_oom = true; return; }
    va_start(ap, fmt);
    vsnprintf(text, (size_t)n + 1, fmt, ap);
    va_end(ap);
    snprintf(lead, sizeof lead, "%*s", first < 120 ? first : 120, "");
    ag_wrap(f, lead, rest, text, WRAP);
    free(text);
}

/* A JSON list of codes as "a, b, c" in words, into buf. */
static const char *words_list(const json_t *a, const char *key, char *buf, size_t cap) {
    size_t i, n = 0;
    json_t *v;
    buf[0] = 0;
    json_array_foreach(a, i, v) {
        const char *s = key ? json_string_value(json_object_get(v, key)) : json_string_value(v);
        char w[96];
        int k = snprintf(buf + n, cap - n, "%s%s", i ? ", " : "", ag_words(s ? s : "", w, sizeof w));
        if (k < 0 || (size_t)k >= cap - n) break;
        n += (size_t)k;
    }
    return buf;
}

static void text_chain(FILE *f, const json_t *ch, int depth) {
    const char *standing = json_string_value(json_object_get(ch, "standing"));
    wrapf(f, depth * 4, depth * 4 + 4, "%s (%s)%s", json_string_value(json_object_get(ch, "actor")), standing,
          json_is_true(json_object_get(ch, "see_above")) ? " — see above" : "");
    const json_t *via = json_object_get(ch, "via");
    if (via) {
        char accs[400], rule[64], kind[64], means[120], rev[160];
        words_list(json_object_get(via, "accountability"), NULL, accs, sizeof accs);
        words_list(json_object_get(via, "revocation_means"), NULL, means, sizeof means);
        if (!json_is_true(json_object_get(via, "revocable"))) snprintf(rev, sizeof rev, "not revocable");
        else if (!strcmp(means, "recall")) snprintf(rev, sizeof rev, "revocable");
        else snprintf(rev, sizeof rev, "revocable by %s", means);
        char principals[400] = "";
        if (json_integer_value(json_object_get(via, "principals_total")) > 1) {
            char applied[64];
            const char *decl = json_string_value(json_object_get(via, "principals_rule"));
            const char *app = json_string_value(json_object_get(via, "rule_applied"));
            ag_words(decl, rule, sizeof rule);
            ag_words(app ? app : decl, applied, sizeof applied);
            if (!strcmp(rule, applied))
                snprintf(principals, sizeof principals, "; %lld of %lld principals (%lld needed, rule: %s)",
                         (long long)json_integer_value(json_object_get(via, "principals_with_standing")),
                         (long long)json_integer_value(json_object_get(via, "principals_total")),
                         (long long)json_integer_value(json_object_get(via, "principals_needed")), rule);
            else
                snprintf(principals, sizeof principals, "; %lld of %lld principals (%lld needed, rule: %s under the criterion; declared: %s)",
                         (long long)json_integer_value(json_object_get(via, "principals_with_standing")),
                         (long long)json_integer_value(json_object_get(via, "principals_total")),
                         (long long)json_integer_value(json_object_get(via, "principals_needed")), applied, rule);
        }
        const json_t *grp = json_object_get(via, "principals_group");
        if (json_is_string(grp) && strlen(principals) + 80 < sizeof principals)
            snprintf(principals + strlen(principals), sizeof principals - strlen(principals), "; %lld of the %lld members of %s modelled",
                     (long long)json_integer_value(json_object_get(via, "principals_total")),
                     (long long)json_integer_value(json_object_get(via, "principals_group_members")), json_string_value(grp));
        wrapf(f, depth * 4 + 2, depth * 4 + 5, "<- %s %s under %s; accountability: %s; %s%s",
              ag_words(json_string_value(json_object_get(via, "kind")), kind, sizeof kind),
              json_string_value(json_object_get(via, "delegation")), json_string_value(json_object_get(via, "basis")),
              accs[0] ? accs : "none", rev, principals);
        size_t i;
        json_t *v;
        json_array_foreach(json_object_get(via, "principals"), i, v) text_chain(f, v, depth + 1);
    }
    json_t *rej = json_object_get(ch, "rejected");
    size_t i;
    json_t *v;
    json_array_foreach(rej, i, v) {
        char reasons[1200] = "";
        size_t k, n = 0;
        json_t *w;
        json_array_foreach(json_object_get(v, "reasons"), k, w) {
            int m = snprintf(reasons + n, sizeof reasons - n, "%s%s", k ? "; " : "", json_string_value(w));
            if (m < 0 || (size_t)m >= sizeof reasons - n) break;
            n += (size_t)m;
        }
        wrapf(f, depth * 4 + 2, depth * 4 + 3, "(rejected %s: %s)", json_string_value(json_object_get(v, "delegation")), reasons);
    }
}

static void text_findings(FILE *f, const json_t *inst) {
    size_t i;
    json_t *v;
    char w[96];
    json_array_foreach(json_object_get(inst, "findings"), i, v)
        wrapf(f, 2, 4, "%s %s: %s", json_is_true(json_object_get(v, "legitimate")) ? "+" : "-",
              ag_words(json_string_value(json_object_get(v, "finding")), w, sizeof w),
              json_string_value(json_object_get(v, "explanation")));
}

/* ---- DOT ----------------------------------------------------------------------------------- */
static void dot_escape(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fputc('\\', f);
        if (*s == '\n') { fputs("\\n", f); continue; }
        fputc(*s, f);
    }
}

static void dot_chain(FILE *f, const lctx *x, const json_t *ch, uint8_t *drawn) {
    const char *id = json_string_value(json_object_get(ch, "actor"));
    int32_t a = ag_map_get(&x->c->actor_index, id, strlen(id));
    const char *st = json_string_value(json_object_get(ch, "standing"));
    if (a >= 0 && !drawn[a]) {
        drawn[a] = 1;
        fputs("  \"", f); dot_escape(f, id); fputs("\" [label=\"", f);
        dot_escape(f, x->c->actors[a].name); fputs("\\n(", f); dot_escape(f, st); fputs(")\"", f);
        fprintf(f, ", shape=%s, style=filled, fillcolor=\"%s\"];\n", !strcmp(st, "public") ? "ellipse" : "box",
                !strcmp(st, "public") ? "#dbeafe" : !strcmp(st, "authorized") ? "#bbf7d0" : !strcmp(st, "mandated") ? "#fef08a" : "#fecaca");
    }
    const json_t *via = json_object_get(ch, "via");
    if (!via) return;
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(via, "principals"), i, p) {
        dot_chain(f, x, p, drawn);
        fputs("  \"", f); dot_escape(f, json_string_value(json_object_get(p, "actor"))); fputs("\" -> \"", f);
        dot_escape(f, id); fputs("\" [label=\"", f);
        dot_escape(f, json_string_value(json_object_get(via, "kind"))); fputs("\\n", f);
        dot_escape(f, json_string_value(json_object_get(via, "basis")));
        fprintf(f, "\", style=%s];\n", json_is_true(json_object_get(via, "revocable")) ? "solid" : "dashed");
    }
}

static char *dump(json_t *o) {
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(o);
    return s;
}

static json_t *summary_json(lctx *x) {
    /* Every topic set the instruments use, computed together (64 per pass). */
    if (!ag_legit_cache_prepare_corpus(&x->cache, x->c)) { ag_json_oom = true; return NULL; }
    json_t *arr = json_array();
    for (int i = 0; i < x->c->ninstruments; i++) {
        json_t *o = instrument_json(x, &x->c->instruments[i], false);
        if (o) ag_json_push(arr, o);
        else ag_json_oom = true; /* an instrument missing from the list would be a wrong answer */
    }
    return arr;
}

char *aigov_legitimacy(const aigov_corpus *c, const aigov_legitimacy_opts *o, const char *format,
                       aigov_diags *d, aigov_status *status) {
    *status = AIGOV_OK;
    ag_json_begin();
    ag_arena a;
    ag_arena_init(&a);
    char *res = NULL;
    lctx x;
    memset(&x, 0, sizeof x);
    x.c = c;
    x.a = &a;
    x.date = ag_date_today();
    if (o->date && !ag_date_parse(o->date, strlen(o->date), &x.date)) {
        ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", o->date);
        *status = AIGOV_USAGE;
        goto out;
    }
    x.cr = o->criteria ? ag_criterion_parse(&a, o->criteria_name ? o->criteria_name : "criteria", o->criteria, o->criteria_len, d)
                       : ag_criterion_default(&a, d);
    if (!x.cr) { *status = AIGOV_INVALID; goto out; }
    ag_lgraph *g = ag_lgraph_build(&a, c, x.cr);
    if (!g) { *status = AIGOV_NOMEM; goto out; }
    x.g = g;
    ag_legit_cache_init(&x.cache, &a, g, x.cr, x.date);
    int32_t actor = -1;
    const ag_instrument *inst = NULL;
    if (o->id) {
        actor = ag_map_get(&c->actor_index, o->id, strlen(o->id));
        inst = ag_corpus_instrument(c, o->id);
        if (actor < 0 && !inst) {
            const char **cands = calloc((size_t)(c->nactors + c->ninstruments) + 1, sizeof *cands);
            const char *s = NULL;
            if (cands) {
                for (int i = 0; i < c->nactors; i++) cands[i] = c->actors[i].id;
                for (int i = 0; i < c->ninstruments; i++) cands[c->nactors + i] = c->instruments[i].id;
                s = ag_suggest(o->id, strlen(o->id), cands, (size_t)(c->nactors + c->ninstruments));
                free(cands);
            }
            if (s) ag_diag_add(d, "legitimacy", NULL, 0, 0, 0, 0, "unknown actor or instrument '%s' (did you mean '%s'?)", o->id, s);
            else ag_diag_add(d, "legitimacy", NULL, 0, 0, 0, 0, "unknown actor or instrument '%s'", o->id);
            *status = AIGOV_NOTFOUND;
            goto out;
        }
    }
    ag_topicmask tm;
    bool topics_all = true;
    if (o->topic) {
        int v = ag_corpus_vocab(c, "topics");
        int32_t t = v >= 0 ? ag_map_get(&c->vocabs[v].index, o->topic, strlen(o->topic)) : -1;
        if (t < 0) {
            const char *s = v >= 0 ? ag_suggest(o->topic, strlen(o->topic), c->vocabs[v].terms, (size_t)c->vocabs[v].n) : NULL;
            if (s) ag_diag_add(d, "--topic", NULL, 0, 0, 0, 0, "unknown topic '%s' (did you mean '%s'?)", o->topic, s);
            else ag_diag_add(d, "--topic", NULL, 0, 0, 0, 0, "unknown topic '%s'", o->topic);
            *status = AIGOV_USAGE;
            goto out;
        }
        const char *topic = o->topic;
        ag_strlist one = {&topic, 1};
        ag_topicmask_of(c, &one, &tm, &topics_all);
    }
    json_t *doc = json_object();
    char date[11];
    ag_date_format(x.date, date);
    ag_json_set(doc, "date", json_string(date));
    ag_json_set(doc, "criterion", criterion_json(x.cr));
    /* What-if revocations: the state before, then with the delegations revoked. */
    json_t *before = NULL;
    if (o->nrevoke) {
        before = o->id ? NULL : summary_json(&x);
        ag_lstate s0;
        if (!ag_lstate_compute(&a, g, x.cr, x.date, topics_all ? NULL : &tm, &s0)) { json_decref(doc); *status = AIGOV_NOMEM; goto out; }
        uint8_t *st0 = AG_NEW(&a, uint8_t, (size_t)g->nactors + 1);
        if (st0) memcpy(st0, s0.standing, (size_t)g->nactors);
        json_t *rv = json_array();
        for (int i = 0; i < o->nrevoke; i++) {
            int k = -1;
            for (int j = 0; j < c->ndelegations; j++) if (!strcmp(c->delegations[j].id, o->revoke[i])) k = j;
            if (k < 0) {
                ag_diag_add(d, "--revoke", NULL, 0, 0, 0, 0, "unknown delegation '%s'", o->revoke[i]);
                json_decref(doc); json_decref(rv); json_decref(before);
                *status = AIGOV_NOTFOUND;
                goto out;
            }
            g->d_revoked[k] = x.date;
            ag_legit_cache_init(&x.cache, &a, g, x.cr, x.date); /* states before no longer hold */
            ag_json_push(rv, json_string(o->revoke[i]));
        }
        ag_json_set(doc, "revoked", rv);
        ag_lstate s1;
        if (!st0 || !ag_lstate_compute(&a, g, x.cr, x.date, topics_all ? NULL : &tm, &s1)) { json_decref(doc); json_decref(before); *status = AIGOV_NOMEM; goto out; }
        json_t *lost = json_array();
        for (int32_t i = 0; i < g->nactors; i++)
            if (st0[i] != s1.standing[i]) {
                json_t *e = json_object();
                ag_json_set(e, "actor", json_string(c->actors[i].id));
                ag_json_set(e, "before", json_string(standing_name(st0[i])));
                ag_json_set(e, "after", json_string(standing_name(s1.standing[i])));
                if (s1.standing[i] == AG_SD_NONE) ag_json_set(e, "why", rejected_json(&x, &s1, i));
                ag_json_push(lost, e);
            }
        ag_json_set(doc, "actors_changed", lost);
        if (!o->id) {
            json_t *after = summary_json(&x), *changed = json_array();
            size_t i;
            json_t *b;
            json_array_foreach(before, i, b) {
                json_t *af = json_array_get(after, i);
                if (!json_equal(json_object_get(b, "findings"), json_object_get(af, "findings"))) {
                    json_t *e = json_object();
                    ag_json_set_ref(e, "instrument", json_object_get(b, "instrument"));
                    ag_json_set_ref(e, "before", json_object_get(b, "findings"));
                    ag_json_set_ref(e, "after", json_object_get(af, "findings"));
                    ag_json_push(changed, e);
                }
            }
            ag_json_set(doc, "instruments_changed", changed);
            json_decref(after);
            json_decref(before);
        }
    }
    if (inst) {
        json_t *ij = instrument_json(&x, inst, true);
        if (!ij) { json_decref(doc); *status = AIGOV_NOMEM; goto out; }
        ag_json_set(doc, "instrument", ij);
    } else if (actor >= 0) {
        ag_lstate s;
        if (!ag_lstate_compute(&a, g, x.cr, x.date, topics_all ? NULL : &tm, &s)) { json_decref(doc); *status = AIGOV_NOMEM; goto out; }
        uint8_t *seen = AG_NEW(&a, uint8_t, (size_t)g->nactors + 1);
        json_t *ch = seen ? chain_json(&x, &s, actor, seen) : NULL;
        if (!ch) { json_decref(doc); *status = AIGOV_NOMEM; goto out; }
        ag_json_set(ch, "rejected", rejected_json(&x, &s, actor));
        ag_json_set(ch, "topic", o->topic ? json_string(o->topic) : json_null());
        /* What the actor's standing makes of each form it could issue (the mode it would be
         * in, or why none): the UN Security Council's general policy is mode 3. */
        json_t *as = json_array();
        static const char *const forms[] = {"general_law", "special_law", "general_policy", "special_policy", "governance_by_ai"};
        for (int k = 0; k < 5; k++) {
            int32_t iss = actor;
            ag_legit_subject sub = {.issuers = &iss, .nissuers = 1, .topics = topics_all ? NULL : &tm,
                                    .general = k == 0 || k == 2, .law = k < 2, .governance_by_ai = k == 4};
            ag_instrument_legitimacy L;
            if (!ag_legitimacy_of(&x.cache, &sub, &L)) { json_decref(doc); json_decref(as); *status = AIGOV_NOMEM; goto out; }
            json_t *e = json_object();
            ag_json_set(e, "form", json_string(forms[k]));
            ag_json_set(e, "mode", L.mode ? json_integer(L.mode) : json_null());
            ag_json_set(e, "legitimate", json_boolean(L.legitimate));
            ag_json_set(e, "findings", findings_json(L.findings));
            ag_json_push(as, e);
        }
        ag_json_set(ch, "as_issuer", as);
        ag_json_set(doc, "actor", ch);
    } else if (!o->nrevoke) {
        ag_json_set(doc, "instruments", summary_json(&x));
    }
    if (!strcmp(format, "json") || ag_json_failed()) { res = dump(doc); goto out; }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { json_decref(doc); goto out; }
    if (!strcmp(format, "dot")) {
        uint8_t *drawn = AG_NEW(&a, uint8_t, (size_t)g->nactors + 1);
        if (!drawn) { json_decref(doc); fclose(f); free(buf); *status = AIGOV_NOMEM; goto out; }
        fputs("digraph legitimacy {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=8];\n", f);
        json_t *ij = json_object_get(doc, "instrument");
        if (drawn && ij) {
            fputs("  \"", f); dot_escape(f, inst->id); fputs("\" [shape=note, style=filled, fillcolor=\"#e5e7eb\", label=\"", f);
            dot_escape(f, inst->short_title ? inst->short_title : inst->id);
            json_t *m = json_object_get(ij, "mode");
            if (json_is_integer(m)) fprintf(f, "\\nmode %lld", (long long)json_integer_value(m));
            else if (json_is_true(json_object_get(ij, "legitimate"))) fputs("\\nlegitimate, outside the five modes", f);
            else fputs("\\nno legitimate mode", f);
            fputs("\"];\n", f);
            size_t i;
            json_t *ch;
            json_array_foreach(json_object_get(ij, "issuers"), i, ch) {
                dot_chain(f, &x, ch, drawn);
                fputs("  \"", f); dot_escape(f, json_string_value(json_object_get(ch, "actor"))); fputs("\" -> \"", f);
                dot_escape(f, inst->id); fputs("\" [label=\"issues\", style=bold];\n", f);
            }
        } else if (drawn && json_object_get(doc, "actor")) {
            dot_chain(f, &x, json_object_get(doc, "actor"), drawn);
        } else if (drawn) {
            /* Every instrument with its issuers, coloured by legitimacy. */
            size_t i;
            json_t *ij2;
            json_array_foreach(json_object_get(doc, "instruments"), i, ij2) {
                const ag_instrument *in = &c->instruments[i];
                fputs("  \"", f); dot_escape(f, in->id); fputs("\" [shape=note, style=filled, fillcolor=\"", f);
                fputs(json_is_true(json_object_get(ij2, "legitimate")) ? "#bbf7d0" : "#fecaca", f);
                fputs("\"];\n", f);
                for (int k = 0; k < in->issuer.n; k++) {
                    fputs("  \"", f); dot_escape(f, in->issuer.items[k]); fputs("\" -> \"", f); dot_escape(f, in->id); fputs("\";\n", f);
                }
            }
        }
        fputs("}\n", f);
    } else {
        wrapf(f, 0, 2, "Legitimacy on %s under the criterion '%s' (%s)", date, x.cr->name, x.cr->title);
        json_t *rv = json_object_get(doc, "revoked");
        if (rv) {
            size_t i;
            json_t *v;
            char ids[1200];
            size_t n = 0;
            ids[0] = 0;
            json_array_foreach(rv, i, v) {
                int m = snprintf(ids + n, sizeof ids - n, "%s%s", i ? ", " : "", json_string_value(v));
                if (m < 0 || (size_t)m >= sizeof ids - n) break;
                n += (size_t)m;
            }
            fputs("\n", f);
            wrapf(f, 0, 2, "What if these delegations were revoked: %s", ids);
            fputs("\nActors whose standing changes:\n", f);
            json_array_foreach(json_object_get(doc, "actors_changed"), i, v) {
                fprintf(f, "  %s: %s -> %s\n", json_string_value(json_object_get(v, "actor")),
                        json_string_value(json_object_get(v, "before")), json_string_value(json_object_get(v, "after")));
            }
            if (!json_array_size(json_object_get(doc, "actors_changed"))) fputs("  none\n", f);
            json_t *ic = json_object_get(doc, "instruments_changed");
            if (ic) {
                fputs("\nInstruments whose findings change:\n", f);
                json_array_foreach(ic, i, v) {
                    char before[600], after[600];
                    wrapf(f, 2, 4, "%s: %s -> %s", json_string_value(json_object_get(v, "instrument")),
                          words_list(json_object_get(v, "before"), "finding", before, sizeof before),
                          words_list(json_object_get(v, "after"), "finding", after, sizeof after));
                }
                if (!json_array_size(ic)) fputs("  none\n", f);
            }
        }
        json_t *ij = json_object_get(doc, "instrument");
        if (ij) {
            char form[64];
            fprintf(f, "\n%s (%s): %s\n", inst->id, ag_words(inst->form, form, sizeof form),
                    json_is_true(json_object_get(ij, "legitimate")) ? "legitimate" : "not legitimate under this criterion");
            text_findings(f, ij);
            size_t k;
            json_t *oc;
            json_array_foreach(json_object_get(ij, "outcomes"), k, oc) {
                if (!k) fputs("\nOutcome findings (beside the procedural verdict):\n", f);
                wrapf(f, 2, 4, "%s by %s, %s (%s): %s", json_string_value(json_object_get(oc, "effect")),
                      json_string_value(json_object_get(oc, "court")),
                      json_is_string(json_object_get(oc, "from")) ? json_string_value(json_object_get(oc, "from")) : "date not recorded",
                      json_string_value(json_object_get(oc, "case")),
                      json_is_string(json_object_get(oc, "summary")) ? json_string_value(json_object_get(oc, "summary")) : "");
            }
            fputs("\nChains of the issuers:\n", f);
            size_t i;
            json_t *ch;
            json_array_foreach(json_object_get(ij, "issuers"), i, ch) text_chain(f, ch, 1);
        }
        json_t *aj = json_object_get(doc, "actor");
        if (aj) {
            fputs("\n", f);
            text_chain(f, aj, 0);
            fputs("\nAs an issuer on this date", f);
            if (o->topic) fprintf(f, " for %s", o->topic);
            fputs(":\n", f);
            size_t i;
            json_t *v;
            json_array_foreach(json_object_get(aj, "as_issuer"), i, v) {
                char form[64], fs[600];
                words_list(json_object_get(v, "findings"), "finding", fs, sizeof fs);
                wrapf(f, 2, 4, "%s: %s", ag_words(json_string_value(json_object_get(v, "form")), form, sizeof form), fs);
            }
        }
        json_t *all = json_object_get(doc, "instruments");
        if (all) {
            fputs("\n", f);
            size_t i;
            json_t *v;
            int idw = 10;
            json_array_foreach(all, i, v) {
                int n = (int)strlen(json_string_value(json_object_get(v, "instrument")));
                if (n > idw) idw = n;
            }
            json_array_foreach(all, i, v) {
                char fs[600], form[64], lead[200];
                const json_t *fl = json_object_get(v, "findings");
                words_list(fl, "finding", fs, sizeof fs);
                size_t no = json_array_size(json_object_get(v, "outcomes")), fl2 = strlen(fs);
                if (no && fl2 < sizeof fs)
                    snprintf(fs + fl2, sizeof fs - fl2, "; outcome: %s by a court (%s)",
                             json_string_value(json_object_get(json_array_get(json_object_get(v, "outcomes"), 0), "effect")),
                             json_string_value(json_object_get(json_array_get(json_object_get(v, "outcomes"), 0), "case")));
                snprintf(lead, sizeof lead, "  %-*s  %-16s ", idw, json_string_value(json_object_get(v, "instrument")),
                         ag_words(json_string_value(json_object_get(v, "form")), form, sizeof form));
                ag_wrap(f, lead, (int)strlen(lead), fs, WRAP);
            }
        }
    }
    json_decref(doc);
    if (fclose(f) == 0 && !ag_json_failed()) res = buf; /* a paragraph left out (wrapf) is a failure */
    else free(buf);
out:
    ag_arena_free(&a);
    if (!res && *status == AIGOV_OK) *status = AIGOV_NOMEM;
    return res;
}
