/* corpus_render.c — `aigov corpus list|show|stats`: listings of the loaded corpus as text,
 * JSON or Markdown. Reads the corpus only. */
#include "corpus.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

static json_t *jlist(const ag_strlist *l) {
    json_t *a = json_array();
    for (int i = 0; i < l->n; i++) json_array_append_new(a, json_string(l->items[i]));
    return a;
}

static json_t *jdate(int32_t d) {
    if (d == AG_DATE_NONE) return json_null();
    char b[11];
    ag_date_format(d, b);
    return json_string(b);
}

static char *dump(json_t *o) {
    char *s = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!s) return NULL;
    size_t l = strlen(s);
    char *t = realloc(s, l + 2);
    if (!t) { free(s); return NULL; }
    t[l] = '\n';
    t[l + 1] = 0;
    return t;
}

static json_t *provision_json(const ag_provision *p) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(p->full_id));
    json_object_set_new(o, "article", json_string(p->article));
    json_object_set_new(o, "kind", json_string(p->kind));
    json_object_set_new(o, "addressee", jlist(&p->addressee));
    json_object_set_new(o, "actions", jlist(&p->actions));
    json_object_set_new(o, "summary", json_string(p->summary));
    json_object_set_new(o, "when", json_string(p->when->src));
    json_object_set_new(o, "applies_from", jdate(p->applies_from));
    json_object_set_new(o, "until", jdate(p->until));
    json_t *am = json_array();
    for (int k = 0; k < p->namendments; k++) {
        const ag_amendment *a = p->amendments[k];
        json_t *x = json_object();
        json_object_set_new(x, "by", json_string(a->by->id));
        json_object_set_new(x, "article", json_string(a->article));
        json_object_set_new(x, "from", jdate(a->from));
        if (a->set_applies_from) json_object_set_new(x, "applies_from", jdate(a->applies_from));
        if (a->set_until) json_object_set_new(x, "until", jdate(a->until));
        if (a->set_when && a->when) json_object_set_new(x, "when", json_string(a->when->src));
        if (a->set_summary && a->summary) json_object_set_new(x, "summary", json_string(a->summary));
        json_array_append_new(am, x);
    }
    json_object_set_new(o, "amendments", am);
    return o;
}

static json_t *instrument_json(const ag_instrument *in, bool full) {
    json_t *o = json_object();
    json_object_set_new(o, "id", json_string(in->id));
    json_object_set_new(o, "title", json_string(in->title));
    json_object_set_new(o, "short_title", in->short_title ? json_string(in->short_title) : json_null());
    json_object_set_new(o, "jurisdiction", json_string(in->jurisdiction));
    json_object_set_new(o, "issuer", jlist(&in->issuer));
    json_object_set_new(o, "modality", json_string(in->modality));
    json_object_set_new(o, "form", json_string(in->form));
    json_object_set_new(o, "binding", json_string(in->binding));
    json_object_set_new(o, "layers", jlist(&in->layers));
    json_object_set_new(o, "topics", jlist(&in->topics));
    json_object_set_new(o, "adopted", jdate(in->adopted));
    json_object_set_new(o, "in_force", jdate(in->in_force));
    json_object_set_new(o, "applies_from", jdate(in->applies_from));
    json_object_set_new(o, "revoked", jdate(in->revoked));
    json_object_set_new(o, "text_version", json_string(in->text_version));
    json_object_set_new(o, "citations", jlist(&in->citations));
    json_object_set_new(o, "provisions_count", json_integer(in->nprovisions));
    if (!full) return o;
    json_t *rel = json_array();
    for (int i = 0; i < in->nrelations; i++) {
        json_t *x = json_object();
        json_object_set_new(x, "type", json_string(in->relations[i].type));
        json_object_set_new(x, "target", json_string(in->relations[i].target));
        json_array_append_new(rel, x);
    }
    json_object_set_new(o, "relations", rel);
    for (int part = 0; part < 2; part++) {
        json_t *a = json_array();
        int n = part ? in->nexemptions : in->nscope;
        for (int i = 0; i < n; i++) {
            const ag_cond *cd = part ? &in->exemptions[i] : &in->scope[i];
            json_t *x = json_object();
            if (cd->id) json_object_set_new(x, "id", json_string(cd->id));
            json_object_set_new(x, part ? "name" : "trigger", json_string(cd->name));
            json_object_set_new(x, "article", json_string(cd->article));
            json_object_set_new(x, "when", json_string(cd->when->src));
            json_array_append_new(a, x);
        }
        json_object_set_new(o, part ? "exemptions" : "scope", a);
    }
    json_t *ps = json_array();
    for (int i = 0; i < in->nprovisions; i++) json_array_append_new(ps, provision_json(&in->provisions[i]));
    json_object_set_new(o, "provisions", ps);
    return o;
}

static json_t *stats_json(const aigov_corpus *c) {
    aigov_corpus_stats s;
    aigov_corpus_stats_get(c, &s);
    json_t *o = json_object();
    json_object_set_new(o, "instruments", json_integer(s.instruments));
    json_object_set_new(o, "provisions", json_integer(s.provisions));
    json_object_set_new(o, "triggers", json_integer(s.triggers));
    json_object_set_new(o, "exemptions", json_integer(s.exemptions));
    json_object_set_new(o, "amendments", json_integer(s.amendments));
    json_object_set_new(o, "actors", json_integer(s.actors));
    json_object_set_new(o, "delegations", json_integer(s.delegations));
    json_object_set_new(o, "regions", json_integer(s.regions));
    json_object_set_new(o, "profile_fields", json_integer(s.fields));
    json_t *m = json_object();
    for (int i = 0; i < 6; i++) json_object_set_new(m, aigov_modality_name(i), json_integer(s.by_modality[i]));
    json_object_set_new(o, "by_modality", m);
    json_t *b = json_object();
    json_object_set_new(b, "binding", json_integer(s.by_binding[0]));
    json_object_set_new(b, "voluntary", json_integer(s.by_binding[1]));
    json_object_set_new(b, "contractual", json_integer(s.by_binding[2]));
    json_object_set_new(o, "by_binding", b);
    json_t *l = json_object();
    json_object_set_new(l, "development", json_integer(s.by_layer[0]));
    json_object_set_new(l, "deployment", json_integer(s.by_layer[1]));
    json_object_set_new(l, "infrastructure", json_integer(s.by_layer[2]));
    json_object_set_new(o, "by_layer", l);
    json_t *j = json_object();
    for (int i = 0; i < c->ninstruments; i++) {
        const char *k = c->instruments[i].jurisdiction;
        json_t *cur = json_object_get(j, k);
        json_object_set_new(j, k, json_integer(cur ? json_integer_value(cur) + 1 : 1));
    }
    json_object_set_new(o, "by_jurisdiction", j);
    return o;
}

/* Text/Markdown renderings are derived from the same JSON, so the three never disagree. */
static void text_kv(FILE *f, json_t *o, const char *indent) {
    const char *k;
    json_t *v;
    json_object_foreach(o, k, v) {
        if (json_is_object(v)) { fprintf(f, "%s%s:\n", indent, k); char in2[64]; snprintf(in2, sizeof in2, "%s  ", indent); text_kv(f, v, in2); }
        else if (json_is_integer(v)) fprintf(f, "%s%-16s %lld\n", indent, k, (long long)json_integer_value(v));
    }
}

char *aigov_corpus_render(const aigov_corpus *c, const char *what, const char *id, const char *format, aigov_diags *d) {
    bool json = !strcmp(format, "json"), md = !strcmp(format, "md");
    if (!strcmp(what, "stats")) {
        json_t *o = stats_json(c);
        if (json) return dump(o);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) { json_decref(o); return NULL; }
        fprintf(f, "%sCorpus %s\n", md ? "# " : "", c->source);
        text_kv(f, o, md ? "    " : "  ");
        json_decref(o);
        fclose(f);
        return buf;
    }
    if (!strcmp(what, "list")) {
        if (json) {
            json_t *a = json_array();
            for (int i = 0; i < c->ninstruments; i++) json_array_append_new(a, instrument_json(&c->instruments[i], false));
            json_t *o = json_object();
            json_object_set_new(o, "instruments", a);
            return dump(o);
        }
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) return NULL;
        if (md) fputs("| id | jurisdiction | modality | binding | provisions | title |\n|---|---|---|---|---|---|\n", f);
        for (int i = 0; i < c->ninstruments; i++) {
            const ag_instrument *in = &c->instruments[i];
            if (md) fprintf(f, "| `%s` | %s | %s | %s | %d | %s |\n", in->id, in->jurisdiction, in->modality, in->binding, in->nprovisions, in->title);
            else fprintf(f, "%-28s %-6s %-24s %-11s %3d  %s\n", in->id, in->jurisdiction, in->modality, in->binding, in->nprovisions,
                         in->short_title ? in->short_title : in->title);
        }
        fclose(f);
        return buf;
    }
    if (!strcmp(what, "show")) {
        if (!id) { ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "expected an instrument, provision, actor or region id"); return NULL; }
        json_t *o = NULL;
        const ag_instrument *in = ag_corpus_instrument(c, id);
        const ag_provision *p = in ? NULL : ag_corpus_provision(c, id);
        if (in) o = instrument_json(in, true);
        else if (p) o = provision_json(p);
        else {
            int32_t ai = ag_map_get(&c->actor_index, id, strlen(id));
            int32_t ri = ag_map_get(&c->region_index, id, strlen(id));
            if (ai >= 0) {
                const ag_actor *a = &c->actors[ai];
                o = json_object();
                json_object_set_new(o, "id", json_string(a->id));
                json_object_set_new(o, "name", json_string(a->name));
                json_object_set_new(o, "kind", json_string(a->kind));
                json_object_set_new(o, "status", json_string(a->status));
                json_object_set_new(o, "functions", jlist(&a->functions));
                json_object_set_new(o, "members", jlist(&a->members));
                json_object_set_new(o, "established", jdate(a->established));
                json_object_set_new(o, "dissolved", jdate(a->dissolved));
                json_object_set_new(o, "citations", jlist(&a->citations));
            } else if (ri >= 0) {
                const ag_region *r = &c->regions[ri];
                o = json_object();
                json_object_set_new(o, "code", json_string(r->code));
                json_object_set_new(o, "name", json_string(r->name));
                json_object_set_new(o, "parent", r->parent >= 0 ? json_string(c->regions[r->parent].code) : json_null());
                json_t *ms = json_array();
                for (int i = 0; i < r->nmembers; i++) {
                    json_t *x = json_object();
                    json_object_set_new(x, "code", json_string(c->regions[r->members[i].region].code));
                    json_object_set_new(x, "from", jdate(r->members[i].from));
                    json_object_set_new(x, "until", jdate(r->members[i].until));
                    json_array_append_new(ms, x);
                }
                json_object_set_new(o, "members", ms);
            }
        }
        if (!o) {
            const char *s = ag_corpus_suggest_id(c, id);
            if (s) ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s' (did you mean '%s'?)", id, s);
            else ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s': not an instrument, provision, actor or region", id);
            return NULL;
        }
        if (json) return dump(o);
        /* Text: a readable rendering of the same data. */
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) { json_decref(o); return NULL; }
        const char *k;
        json_t *v;
        json_object_foreach(o, k, v) {
            if (json_is_array(v) && json_array_size(v) && json_is_object(json_array_get(v, 0))) {
                fprintf(f, "%s%s:\n", md ? "\n## " : "", k);
                size_t i;
                json_t *x;
                json_array_foreach(v, i, x) {
                    const char *kk;
                    json_t *vv;
                    bool first = true;
                    json_object_foreach(x, kk, vv) {
                        char *s = json_is_string(vv) ? strdup(json_string_value(vv)) : json_dumps(vv, JSON_COMPACT | JSON_ENCODE_ANY);
                        fprintf(f, "%s%s: %s\n", first ? "  - " : "    ", kk, s ? s : "");
                        free(s);
                        first = false;
                    }
                }
            } else {
                char *s = json_is_string(v) ? strdup(json_string_value(v)) : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
                fprintf(f, "%s%s: %s\n", md ? "- " : "", k, s ? s : "");
                free(s);
            }
        }
        json_decref(o);
        fclose(f);
        return buf;
    }
    ag_diag_add(d, "corpus", NULL, 0, 0, 0, 0, "unknown subcommand '%s'; expected list, show or stats", what);
    return NULL;
}
