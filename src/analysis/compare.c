/* compare.c — how alike two instruments are by content (docs/analysis.md, "Compare"): the
 * actions their provisions require, recommend or forbid (recommendations included), their
 * topics, layers and addressees, each as a Jaccard index, and which provisions of one find a
 * provision of the other with a common action. Lets a researcher test, e.g., Veale et al.'s
 * claim that IGO principles hardly differ from industry ones. Renders text, JSON and Markdown.
 * Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* A growable list of distinct strings (arena-free; small). */
typedef struct strset {
    const char **s;
    int n, cap;
    bool oom;
} strset;

static bool set_has(const strset *x, const char *v) {
    for (int i = 0; i < x->n; i++) if (!strcmp(x->s[i], v)) return true;
    return false;
}

static void set_add(strset *x, const char *v) {
    if (set_has(x, v) || x->oom) return;
    if (x->n == x->cap) {
        int nc = x->cap ? x->cap * 2 : 16;
        const char **ns = realloc(x->s, (size_t)nc * sizeof *ns);
        if (!ns) { x->oom = true; return; }
        x->s = ns;
        x->cap = nc;
    }
    x->s[x->n++] = v;
}

static double jaccard(const strset *a, const strset *b) {
    int both = 0;
    for (int i = 0; i < a->n; i++) both += set_has(b, a->s[i]);
    int either = a->n + b->n - both;
    return either ? (double)both / either : 0;
}

/* Does provision p count on the date (not expired)? */
static bool prov_on(const ag_provision *p, int32_t date) {
    ag_provision_view v;
    ag_provision_at(p, date, &v);
    return v.until == AG_DATE_NONE || v.until > date;
}

/* A provision's content actions: what it forbids, written "not X", or what it requires or
 * recommends (its `required`: activities only say when a duty attaches). */
static void prov_actions(ag_arena *a, const ag_provision *p, strset *out) {
    if (ag_kind_forbids(p->kind))
        for (int k = 0; k < p->actions.n; k++) set_add(out, ag_arena_printf(a, "not %s", p->actions.items[k]));
    else
        for (int k = 0; k < p->required.n; k++) set_add(out, p->required.items[k]);
}

bool ag_provisions_share_action(const ag_provision *p, const ag_provision *q) {
    bool pf = ag_kind_forbids(p->kind), qf = ag_kind_forbids(q->kind);
    if (pf != qf) return false;
    const ag_strlist *x = pf ? &p->actions : &p->required, *y = qf ? &q->actions : &q->required;
    for (int i = 0; i < x->n; i++)
        for (int k = 0; k < y->n; k++)
            if (!strcmp(x->items[i], y->items[k])) return true;
    return false;
}

bool ag_provision_in_effect(const ag_provision *p, int32_t date) { return prov_on(p, date); }

typedef struct side {
    const ag_instrument *in;
    strset actions, topics, layers, addressees;
    int nprov, matched;
} side;

static void side_build(ag_arena *a, const ag_instrument *in, int32_t date, side *s) {
    memset(s, 0, sizeof *s);
    s->in = in;
    for (int i = 0; i < in->topics.n; i++) set_add(&s->topics, in->topics.items[i]);
    for (int i = 0; i < in->layers.n; i++) set_add(&s->layers, in->layers.items[i]);
    for (int k = 0; k < in->nprovisions; k++) {
        const ag_provision *p = &in->provisions[k];
        if (!prov_on(p, date)) continue;
        s->nprov++;
        prov_actions(a, p, &s->actions);
        for (int i = 0; i < p->topics.n; i++) set_add(&s->topics, p->topics.items[i]);
        for (int i = 0; i < p->layers.n; i++) set_add(&s->layers, p->layers.items[i]);
        for (int i = 0; i < p->addressee.n; i++) set_add(&s->addressees, p->addressee.items[i]);
    }
}

static void side_free(side *s) { free(s->actions.s); free(s->topics.s); free(s->layers.s); free(s->addressees.s); }
static bool side_oom(const side *s) { return s->actions.oom || s->topics.oom || s->layers.oom || s->addressees.oom; }

static const ag_instrument *find(const aigov_corpus *c, const char *id, aigov_diags *d, aigov_status *st) {
    const ag_instrument *in = id ? ag_corpus_instrument(c, id) : NULL;
    if (in) return in;
    if (!id) {
        ag_diag_add(d, "compare", NULL, 0, 0, 0, 0, "compare needs two instrument ids");
        *st = AIGOV_USAGE;
        return NULL;
    }
    const char *s = ag_corpus_suggest_id(c, id);
    ag_diag_add(d, id, NULL, 0, 0, 0, 0, "unknown instrument '%s'%s%s%s", id, s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
    *st = AIGOV_NOTFOUND;
    return NULL;
}

static json_t *set_json(const strset *x, const strset *minus, bool in_minus) {
    json_t *a = json_array();
    for (int i = 0; i < x->n; i++) if (!minus || set_has(minus, x->s[i]) == in_minus) ag_json_push(a, json_string(x->s[i]));
    return a;
}

static void set_text(ag_buf *b, const strset *x, const strset *minus, bool in_minus) {
    int n = 0;
    for (int i = 0; i < x->n; i++)
        if (!minus || set_has(minus, x->s[i]) == in_minus) ag_buf_printf(b, "%s%s", n++ ? ", " : "", x->s[i]);
    if (!n) ag_buf_printf(b, "none");
}

char *aigov_compare(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                    aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_USAGE;
    bool json = !strcmp(format, "json"), md = !strcmp(format, "md");
    if (!json && !md && strcmp(format, "text")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for compare; expected text, json or md", format);
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) return NULL;
    const ag_instrument *x = find(c, o ? o->id : NULL, d, status), *y = x ? find(c, o->id2, d, status) : NULL;
    if (!x || !y) return NULL;
    *status = AIGOV_NOMEM;
    ag_arena a;
    ag_arena_init(&a);
    side sa, sb;
    side_build(&a, x, date, &sa);
    side_build(&a, y, date, &sb);
    /* Provisions of one with a common action in the other. */
    json_t *pairs = json_array();
    for (int pass = 0; pass < 2; pass++) {
        side *me = pass ? &sb : &sa, *other = pass ? &sa : &sb;
        for (int k = 0; k < me->in->nprovisions; k++) {
            const ag_provision *p = &me->in->provisions[k];
            if (!prov_on(p, date)) continue;
            json_t *with = json_array();
            for (int q = 0; q < other->in->nprovisions; q++) {
                const ag_provision *r = &other->in->provisions[q];
                if (prov_on(r, date) && ag_provisions_share_action(p, r)) ag_json_push(with, json_string(r->full_id));
            }
            if (json_array_size(with)) {
                me->matched++;
                if (!pass) ag_json_push(pairs, json_pack("{s:s, s:s, s:o}", "provision", p->full_id, "article", p->article, "matches", with));
                else json_decref(with);
            } else json_decref(with);
        }
    }
    double ja = jaccard(&sa.actions, &sb.actions), jt = jaccard(&sa.topics, &sb.topics), jl = jaccard(&sa.layers, &sb.layers),
           jd = jaccard(&sa.addressees, &sb.addressees);
    char ds[11];
    ag_date_format(date, ds);
    char *res = NULL;
    if (side_oom(&sa) || side_oom(&sb)) goto done;
    if (json) {
        json_t *root = json_object();
        ag_json_set(root, "date", json_string(ds));
        ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
        ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
        for (int pass = 0; pass < 2; pass++) {
            const side *s = pass ? &sb : &sa;
            ag_json_set(root, pass ? "b" : "a", json_pack("{s:s, s:s, s:s, s:s, s:s, s:i, s:i}", "id", s->in->id, "modality", s->in->modality,
                                                          "binding", s->in->binding, "jurisdiction", s->in->jurisdiction, "issuer",
                                                          s->in->issuer.n ? s->in->issuer.items[0] : "", "provisions", s->nprov,
                                                          "provisions_matched", s->matched));
        }
        ag_json_set(root, "similarity", json_pack("{s:f, s:f, s:f, s:f}", "actions", ja, "topics", jt, "layers", jl, "addressees", jd));
        ag_json_set(root, "actions", json_pack("{s:o, s:o, s:o}", "shared", set_json(&sa.actions, &sb.actions, true), "only_a",
                                               set_json(&sa.actions, &sb.actions, false), "only_b", set_json(&sb.actions, &sa.actions, false)));
        ag_json_set(root, "topics", json_pack("{s:o, s:o, s:o}", "shared", set_json(&sa.topics, &sb.topics, true), "only_a",
                                              set_json(&sa.topics, &sb.topics, false), "only_b", set_json(&sb.topics, &sa.topics, false)));
        ag_json_set(root, "matches", pairs);
        pairs = NULL;
        res = ag_json_failed() ? NULL : ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
        json_decref(root);
    } else {
        ag_buf b;
        ag_buf_init(&b);
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, md ? "# Compare %s and %s on %s\n\n%s\n\n" : "Compare %s and %s on %s\n%s\n\n", x->id, y->id, ds, pl);
        for (int pass = 0; pass < 2; pass++) {
            const side *s = pass ? &sb : &sa;
            ag_buf_printf(&b, md ? "- **%s** (%s): %s, %s, %s; %d provisions, %d with a common action in the other\n"
                                 : "  %s  %s: %s, %s, %s; %d provisions, %d with a common action in the other\n",
                          pass ? "B" : "A", s->in->id, s->in->modality, s->in->binding, s->in->jurisdiction, s->nprov, s->matched);
        }
        ag_buf_printf(&b, md ? "\n| Jaccard | value |\n|---|---|\n| actions | %.3f |\n| topics | %.3f |\n| layers | %.3f |\n| addressees | %.3f |\n\n"
                             : "\nJaccard similarity (shared / either)\n  actions     %.3f\n  topics      %.3f\n  layers      %.3f\n  addressees  %.3f\n\n",
                      ja, jt, jl, jd);
        const char *labels[] = {"shared actions", "actions only in A", "actions only in B", "shared topics", "topics only in A", "topics only in B"};
        for (int k = 0; k < 6; k++) {
            const strset *s1 = k % 3 == 2 ? (k < 3 ? &sb.actions : &sb.topics) : (k < 3 ? &sa.actions : &sa.topics);
            const strset *s2 = k % 3 == 2 ? (k < 3 ? &sa.actions : &sa.topics) : (k < 3 ? &sb.actions : &sb.topics);
            ag_buf_printf(&b, md ? "- %s: " : "%s: ", labels[k]);
            set_text(&b, s1, s2, k % 3 == 0);
            ag_buf_printf(&b, "\n");
        }
        res = ag_buf_take(&b);
    }
done:
    json_decref(pairs);
    side_free(&sa);
    side_free(&sb);
    ag_arena_free(&a);
    if (res) *status = AIGOV_OK;
    return res;
}
