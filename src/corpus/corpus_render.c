/* corpus_render.c — `aigov corpus list|show|stats`: listings of the loaded corpus as text,
 * JSON or Markdown. Reads the corpus only. */
#include "corpus/corpus.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static char *dump(json_t *o) {
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(o);
    return s;
}

static json_t *provision_json(const ag_provision *p) {
    json_t *o = json_object();
    ag_json_set(o, "id", json_string(p->full_id));
    ag_json_set(o, "article", json_string(p->article));
    ag_json_set(o, "kind", json_string(p->kind));
    ag_json_set(o, "addressee", ag_json_strlist(&p->addressee));
    ag_json_set(o, "actions", ag_json_strlist(&p->actions));
    ag_json_set(o, "summary", json_string(p->summary));
    ag_json_set(o, "when", json_string(p->when->src));
    ag_json_set(o, "applies_from", ag_json_date(p->applies_from));
    ag_json_set(o, "until", ag_json_date(p->until));
    json_t *am = json_array();
    for (int k = 0; k < p->namendments; k++) {
        const ag_amendment *a = p->amendments[k];
        json_t *x = json_object();
        ag_json_set(x, "by", json_string(a->by->id));
        ag_json_set(x, "article", json_string(a->article));
        ag_json_set(x, "from", ag_json_date(a->from));
        if (a->set_applies_from) ag_json_set(x, "applies_from", ag_json_date(a->applies_from));
        if (a->set_until) ag_json_set(x, "until", ag_json_date(a->until));
        if (a->set_when && a->when) ag_json_set(x, "when", json_string(a->when->src));
        if (a->set_summary && a->summary) ag_json_set(x, "summary", json_string(a->summary));
        ag_json_push(am, x);
    }
    ag_json_set(o, "amendments", am);
    return o;
}

static json_t *instrument_json(const ag_instrument *in, bool full) {
    json_t *o = json_object();
    ag_json_set(o, "id", json_string(in->id));
    ag_json_set(o, "title", json_string(in->title));
    ag_json_set(o, "short_title", in->short_title ? json_string(in->short_title) : json_null());
    ag_json_set(o, "jurisdiction", json_string(in->jurisdiction));
    ag_json_set(o, "issuer", ag_json_strlist(&in->issuer));
    ag_json_set(o, "modality", json_string(in->modality));
    ag_json_set(o, "form", json_string(in->form));
    ag_json_set(o, "binding", json_string(in->binding));
    ag_json_set(o, "layers", ag_json_strlist(&in->layers));
    ag_json_set(o, "topics", ag_json_strlist(&in->topics));
    ag_json_set(o, "adopted", ag_json_date(in->adopted));
    ag_json_set(o, "in_force", in->in_force_pending ? json_string("pending") : ag_json_date(in->in_force));
    ag_json_set(o, "applies_from", ag_json_date(in->applies_from));
    ag_json_set(o, "revoked", ag_json_date(in->revoked));
    ag_json_set(o, "text_version", json_string(in->text_version));
    ag_json_set(o, "citations", ag_json_strlist(&in->citations));
    ag_json_set(o, "provisions_count", json_integer(in->nprovisions));
    ag_json_set(o, "amendments_count", json_integer(in->namendments));
    ag_json_set(o, "verified", ag_json_date(in->verified));
    if (!full) return o;
    json_t *rel = json_array();
    for (int i = 0; i < in->nrelations; i++) {
        json_t *x = json_object();
        ag_json_set(x, "type", json_string(in->relations[i].type));
        ag_json_set(x, "target", json_string(in->relations[i].target));
        if (in->relations[i].citations.n) ag_json_set(x, "citations", ag_json_strlist(&in->relations[i].citations));
        ag_json_push(rel, x);
    }
    ag_json_set(o, "relations", rel);
    json_t *vs = json_object();
    ag_json_set(vs, "on", ag_json_date(in->verified));
    ag_json_set(vs, "sources", ag_json_strlist(&in->verified_sources));
    ag_json_set(o, "verification", vs);
    json_t *lits = json_array();
    for (int i = 0; i < in->nlitigation; i++) {
        const ag_litigation *lt = &in->litigation[i];
        json_t *x = json_object();
        ag_json_set(x, "case", json_string(lt->case_name));
        ag_json_set(x, "number", lt->number ? json_string(lt->number) : json_null());
        ag_json_set(x, "court", json_string(lt->court));
        ag_json_set(x, "filed", ag_json_date(lt->filed));
        ag_json_set(x, "effect", json_string(lt->effect));
        ag_json_set(x, "from", ag_json_date(lt->from));
        ag_json_set(x, "until", ag_json_date(lt->until));
        ag_json_set(x, "provisions", ag_json_strlist(&lt->provisions));
        ag_json_set(x, "summary", lt->summary ? json_string(lt->summary) : json_null());
        ag_json_set(x, "citations", ag_json_strlist(&lt->citations));
        ag_json_push(lits, x);
    }
    ag_json_set(o, "litigation", lits);
    for (int part = 0; part < 2; part++) {
        json_t *a = json_array();
        int n = part ? in->nexemptions : in->nscope;
        for (int i = 0; i < n; i++) {
            const ag_cond *cd = part ? &in->exemptions[i] : &in->scope[i];
            json_t *x = json_object();
            if (cd->id) ag_json_set(x, "id", json_string(cd->id));
            ag_json_set(x, part ? "name" : "trigger", json_string(cd->name));
            ag_json_set(x, "article", json_string(cd->article));
            ag_json_set(x, "when", json_string(cd->when->src));
            ag_json_push(a, x);
        }
        ag_json_set(o, part ? "exemptions" : "scope", a);
    }
    json_t *ps = json_array();
    for (int i = 0; i < in->nprovisions; i++) ag_json_push(ps, provision_json(&in->provisions[i]));
    ag_json_set(o, "provisions", ps);
    return o;
}

static json_t *stats_json(const aigov_corpus *c) {
    aigov_corpus_stats s;
    aigov_corpus_stats_get(c, &s);
    json_t *o = json_object();
    ag_json_set(o, "instruments", json_integer(s.instruments));
    ag_json_set(o, "provisions", json_integer(s.provisions));
    ag_json_set(o, "triggers", json_integer(s.triggers));
    ag_json_set(o, "exemptions", json_integer(s.exemptions));
    ag_json_set(o, "amendments", json_integer(s.amendments));
    ag_json_set(o, "actors", json_integer(s.actors));
    ag_json_set(o, "delegations", json_integer(s.delegations));
    ag_json_set(o, "regions", json_integer(s.regions));
    ag_json_set(o, "profile_fields", json_integer(s.fields));
    json_t *m = json_object();
    for (int i = 0; i < 6; i++) ag_json_set(m, aigov_modality_name(i), json_integer(s.by_modality[i]));
    ag_json_set(o, "by_modality", m);
    json_t *b = json_object();
    ag_json_set(b, "binding", json_integer(s.by_binding[0]));
    ag_json_set(b, "voluntary", json_integer(s.by_binding[1]));
    ag_json_set(b, "contractual", json_integer(s.by_binding[2]));
    ag_json_set(o, "by_binding", b);
    json_t *l = json_object();
    ag_json_set(l, "development", json_integer(s.by_layer[0]));
    ag_json_set(l, "deployment", json_integer(s.by_layer[1]));
    ag_json_set(l, "infrastructure", json_integer(s.by_layer[2]));
    ag_json_set(o, "by_layer", l);
    json_t *j = json_object();
    for (int i = 0; i < c->ninstruments; i++) {
        const char *k = c->instruments[i].jurisdiction;
        json_t *cur = json_object_get(j, k);
        ag_json_set(j, k, json_integer(cur ? json_integer_value(cur) + 1 : 1));
    }
    ag_json_set(o, "by_jurisdiction", j);
    /* Provisions by the binding force of their instrument and their kind. */
    json_t *bk = json_object();
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        json_t *b = json_object_get(bk, in->binding);
        if (!b) { b = json_object(); ag_json_set(bk, in->binding, b); }
        for (int k = 0; k < in->nprovisions; k++) {
            json_t *cur = json_object_get(b, in->provisions[k].kind);
            ag_json_set(b, in->provisions[k].kind, json_integer(cur ? json_integer_value(cur) + 1 : 1));
        }
    }
    ag_json_set(o, "provisions_by_binding_and_kind", bk);
    int verified = 0;
    for (int i = 0; i < c->ninstruments; i++) verified += c->instruments[i].verified != AG_DATE_NONE;
    ag_json_set(o, "instruments_verified", json_integer(verified));
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
    ag_json_begin();
    bool json = !strcmp(format, "json"), md = !strcmp(format, "md");
    if (!strcmp(what, "stats")) {
        json_t *o = stats_json(c);
        if (json || ag_json_failed()) return dump(o);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) { json_decref(o); return NULL; }
        fprintf(f, "%sCorpus %s\n", md ? "# " : "", c->source);
        text_kv(f, o, md ? "    " : "  ");
        json_decref(o);
        if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
        return buf;
    }
    if (!strcmp(what, "list")) {
        if (json) {
            json_t *a = json_array();
            for (int i = 0; i < c->ninstruments; i++) ag_json_push(a, instrument_json(&c->instruments[i], false));
            json_t *o = json_object();
            ag_json_set(o, "instruments", a);
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
        if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
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
                ag_json_set(o, "id", json_string(a->id));
                ag_json_set(o, "name", json_string(a->name));
                ag_json_set(o, "kind", json_string(a->kind));
                ag_json_set(o, "status", json_string(a->status));
                ag_json_set(o, "functions", ag_json_strlist(&a->functions));
                ag_json_set(o, "members", ag_json_strlist(&a->members));
                ag_json_set(o, "established", ag_json_date(a->established));
                ag_json_set(o, "dissolved", ag_json_date(a->dissolved));
                ag_json_set(o, "citations", ag_json_strlist(&a->citations));
            } else if (ri >= 0) {
                const ag_region *r = &c->regions[ri];
                o = json_object();
                ag_json_set(o, "code", json_string(r->code));
                ag_json_set(o, "name", json_string(r->name));
                ag_json_set(o, "parent", r->parent >= 0 ? json_string(c->regions[r->parent].code) : json_null());
                json_t *ms = json_array();
                for (int i = 0; i < r->nmembers; i++) {
                    json_t *x = json_object();
                    ag_json_set(x, "code", json_string(c->regions[r->members[i].region].code));
                    ag_json_set(x, "from", ag_json_date(r->members[i].from));
                    ag_json_set(x, "until", ag_json_date(r->members[i].until));
                    ag_json_push(ms, x);
                }
                ag_json_set(o, "members", ms);
            }
        }
        if (!o) {
            const char *s = ag_corpus_suggest_id(c, id);
            if (s) ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s' (did you mean '%s'?)", id, s);
            else ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s': not an instrument, provision, actor or region", id);
            return NULL;
        }
        if (json || ag_json_failed()) return dump(o);
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
                        char *s = json_is_string(vv) ? strdup(json_string_value(vv)) : ag_json_dump(vv, JSON_COMPACT | JSON_ENCODE_ANY, false);
                        if (!s) ag_json_oom = true;
                        fprintf(f, "%s%s: %s\n", first ? "  - " : "    ", kk, s ? s : "");
                        free(s);
                        first = false;
                    }
                }
            } else {
                char *s = json_is_string(v) ? strdup(json_string_value(v)) : ag_json_dump(v, JSON_COMPACT | JSON_ENCODE_ANY, false);
                if (!s) ag_json_oom = true;
                fprintf(f, "%s%s: %s\n", md ? "- " : "", k, s ? s : "");
                free(s);
            }
        }
        json_decref(o);
        if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
        return buf;
    }
    ag_diag_add(d, "corpus", NULL, 0, 0, 0, 0, "unknown subcommand '%s'; expected list, show or stats", what);
    return NULL;
}
