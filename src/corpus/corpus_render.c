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

/* The span of the instruments' `verified` days (AG_DATE_NONE when none), how many were
 * never verified, and the provisions in all. */
static void currency_span(const aigov_corpus *c, int32_t *lo, int32_t *hi, int *nprov, int *never) {
    *lo = *hi = AG_DATE_NONE;
    *nprov = *never = 0;
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        *nprov += in->nprovisions;
        if (in->verified == AG_DATE_NONE) { (*never)++; continue; }
        if (*lo == AG_DATE_NONE || in->verified < *lo) *lo = in->verified;
        if (*hi == AG_DATE_NONE || in->verified > *hi) *hi = in->verified;
    }
}

json_t *ag_corpus_provenance_json(const aigov_corpus *c) {
    int32_t lo, hi;
    int nprov, never;
    currency_span(c, &lo, &hi, &nprov, &never);
    json_t *o = json_object();
    ag_json_set(o, "source", json_string(c->source));
    ag_json_set(o, "instruments", json_integer(c->ninstruments));
    ag_json_set(o, "provisions", json_integer(nprov));
    ag_json_set(o, "verified_through", ag_json_date(hi));
    ag_json_set(o, "least_recently_verified", ag_json_date(lo));
    ag_json_set(o, "unverified", json_integer(never));
    return o;
}

void ag_corpus_provenance_line(const aigov_corpus *c, char *buf, size_t cap) {
    int32_t lo, hi;
    int nprov, never;
    currency_span(c, &lo, &hi, &nprov, &never);
    char a[11], b[11], when[64];
    ag_date_format(lo, a);
    ag_date_format(hi, b);
    if (hi == AG_DATE_NONE) snprintf(when, sizeof when, "none verified");
    else if (lo == hi) snprintf(when, sizeof when, "verified on %s", a);
    else snprintf(when, sizeof when, "verified %s to %s", a, b);
    size_t n = (size_t)snprintf(buf, cap, "Corpus: %s, %d instruments, %d provisions, %s", c->source, c->ninstruments, nprov, when);
    if (never && hi != AG_DATE_NONE && n < cap) n += (size_t)snprintf(buf + n, cap - n, ", %d never", never);
    if (n < cap) snprintf(buf + n, cap - n, "; aigov %s.", AIGOV_VERSION);
}

json_t *ag_dispute_json(const ag_dispute *d, int32_t date) {
    json_t *x = json_object();
    ag_json_set(x, "question", json_string(d->question));
    ag_json_set(x, "from", ag_json_date(d->from));
    ag_json_set(x, "until", ag_json_date(d->until));
    ag_json_set(x, "provisions", ag_json_strlist(&d->provisions));
    json_t *rs = json_array();
    for (int i = 0; i < d->nreadings; i++) {
        json_t *r = json_object();
        ag_json_set(r, "says", json_string(d->readings[i].says));
        ag_json_set(r, "followed", json_boolean(i == d->followed));
        ag_json_set(r, "citations", ag_json_strlist(&d->readings[i].citations));
        ag_json_push(rs, r);
    }
    ag_json_set(x, "readings", rs);
    if (date != AG_DATE_NONE) ag_json_set(x, "concerns_date", json_boolean(ag_dispute_on_date(d, date)));
    return x;
}

json_t *ag_litigation_json(const ag_litigation *lt, int32_t date) {
    json_t *x = json_object();
    ag_json_set(x, "case", json_string(lt->case_name));
    ag_json_set(x, "number", lt->number ? json_string(lt->number) : json_null());
    ag_json_set(x, "court", json_string(lt->court));
    ag_json_set(x, "filed", ag_json_date(lt->filed));
    ag_json_set(x, "effect", json_string(lt->effect));
    ag_json_set(x, "from", ag_json_date(lt->from));
    ag_json_set(x, "until", ag_json_date(lt->until));
    ag_json_set(x, "provisions", ag_json_strlist(&lt->provisions));
    if (date != AG_DATE_NONE) ag_json_set(x, "suspends_enforcement_on_date", json_boolean(ag_litigation_in_effect(lt, date)));
    ag_json_set(x, "summary", lt->summary ? json_string(lt->summary) : json_null());
    ag_json_set(x, "citations", ag_json_strlist(&lt->citations));
    return x;
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
        if (in->relations[i].article) ag_json_set(x, "article", json_string(in->relations[i].article));
        if (in->relations[i].citations.n) ag_json_set(x, "citations", ag_json_strlist(&in->relations[i].citations));
        ag_json_push(rel, x);
    }
    ag_json_set(o, "relations", rel);
    json_t *vs = json_object();
    ag_json_set(vs, "on", ag_json_date(in->verified));
    ag_json_set(vs, "sources", ag_json_strlist(&in->verified_sources));
    ag_json_set(o, "verification", vs);
    json_t *lits = json_array();
    for (int i = 0; i < in->nlitigation; i++) ag_json_push(lits, ag_litigation_json(&in->litigation[i], AG_DATE_NONE));
    ag_json_set(o, "litigation", lits);
    json_t *disp = json_array();
    for (int i = 0; i < in->ndisputes; i++) ag_json_push(disp, ag_dispute_json(&in->disputes[i], AG_DATE_NONE));
    ag_json_set(o, "disputes", disp);
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

/* Text and Markdown are derived from the same JSON, so the three never disagree; their
 * prose uses words ("domestic law"), the JSON keeps the codes. */
#define WIDTH 100

static void text_kv(FILE *f, json_t *o, const char *indent, bool md) {
    const char *k;
    json_t *v;
    char w[64];
    json_object_foreach(o, k, v) {
        if (json_is_object(v)) {
            fprintf(f, "%s%s%s:\n", indent, md ? "- " : "", ag_words(k, w, sizeof w));
            char in2[64];
            snprintf(in2, sizeof in2, "%s  ", indent);
            text_kv(f, v, in2, md);
        } else if (json_is_integer(v))
            fprintf(f, "%s%s%-*s %lld\n", indent, md ? "- " : "", md ? 0 : 16, ag_words(k, w, sizeof w), (long long)json_integer_value(v));
    }
}

/* Markdown table cells: a '|' would end the cell. */
static void md_cell(FILE *f, const char *s) {
    for (; s && *s; s++) {
        if (*s == '|') fputs("\\|", f);
        else fputc(*s, f);
    }
}

/* A table of rows of `ncol` strings: text pads every column to its widest cell and wraps
 * the last one (a title) at WIDTH with a hanging indent; Markdown writes a pipe table. */
static void table(FILE *f, bool md, const char *const *head, const char **cells, int nrows, int ncol) {
    if (md) {
        for (int j = 0; j < ncol; j++) fprintf(f, "| %s ", head[j]);
        fputs("|\n", f);
        for (int j = 0; j < ncol; j++) fputs("|---", f);
        fputs("|\n", f);
        for (int i = 0; i < nrows; i++) {
            for (int j = 0; j < ncol; j++) {
                fputs(j ? "| " : "| `", f);
                md_cell(f, cells[i * ncol + j]);
                fputs(j ? " " : "` ", f);
            }
            fputs("|\n", f);
        }
        return;
    }
    int wd[8] = {0};
    for (int j = 0; j < ncol - 1; j++) {
        wd[j] = (int)strlen(head[j]);
        for (int i = 0; i < nrows; i++) {
            int n = (int)strlen(cells[i * ncol + j]);
            if (n > wd[j]) wd[j] = n;
        }
    }
    for (int i = -1; i < nrows; i++) {
        const char *const *row = i < 0 ? head : cells + i * ncol;
        char lead[512];
        int n = 0;
        for (int j = 0; j < ncol - 1 && n < (int)sizeof lead - 1; j++)
            n += snprintf(lead + n, sizeof lead - (size_t)n, "%-*s  ", wd[j], row[j]);
        if (n >= (int)sizeof lead) n = (int)sizeof lead - 1;
        /* The last column wraps under itself, or on its own lines when the others are wide. */
        bool own_line = n > WIDTH - 30;
        int indent = own_line ? 4 : n;
        if (own_line) {
            fprintf(f, "%.*s\n", n - 2, lead);
            ag_wrap(f, "    ", indent, row[ncol - 1], WIDTH);
        } else
            ag_wrap(f, lead, indent, row[ncol - 1], WIDTH);
    }
}

/* The text titles of a listing, each malloc'd. */
typedef struct titles_t {
    char **s;
    int n, cap;
} titles_t;

static char *title_alloc(titles_t *t, size_t len) {
    if (t->n == t->cap) {
        int nc = t->cap ? t->cap * 2 : 64;
        char **ns = realloc(t->s, (size_t)nc * sizeof *ns);
        if (!ns) return NULL;
        t->s = ns;
        t->cap = nc;
    }
    char *p = malloc(len);
    if (p) t->s[t->n++] = p;
    return p;
}

static char *listing(const aigov_corpus *c, const char *what, bool md) {
    titles_t titles = {0};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    int n = !strcmp(what, "actors") ? c->nactors : !strcmp(what, "regions") ? c->nregions : c->ninstruments;
    int ncol = !strcmp(what, "actors") ? 4 : !strcmp(what, "regions") ? 4 : md ? 6 : 5;
    /* Cells point into the corpus or into words[], one fixed-size slot per cell. */
    const char **cells = calloc((size_t)(n ? n : 1) * (size_t)ncol, sizeof *cells);
    char (*words)[64] = calloc((size_t)(n ? n : 1) * (size_t)ncol, sizeof *words);
    if (!cells || !words) { free(cells); free(words); fclose(f); free(buf); return NULL; }
    static const char *const HI[] = {"id", "jurisdiction", "layer", "binding", "provisions", "title"};
    static const char *const HIT[] = {"id", "where", "binding", "#", "title (layer)"};
    static const char *const HA[] = {"id", "kind", "jurisdiction", "name"};
    static const char *const HR[] = {"code", "kind", "parent", "name"};
    for (int i = 0; i < n; i++) {
        const char **row = cells + i * ncol;
        char (*w)[64] = words + i * ncol;
        if (ncol == 5) {
            /* Text: the layer goes with the title, so that long ids leave the title room. */
            const ag_instrument *in = &c->instruments[i];
            char lw[64];
            row[0] = in->id;
            row[1] = in->jurisdiction;
            row[2] = in->binding;
            snprintf(w[3], 64, "%d", in->nprovisions);
            row[3] = w[3];
            size_t tl = strlen(in->short_title ? in->short_title : in->title) + 80;
            char *t = title_alloc(&titles, tl);
            if (t) snprintf(t, tl, "%s (%s)", in->short_title ? in->short_title : in->title, ag_words(in->modality, lw, sizeof lw));
            row[4] = t ? t : in->title;
        } else if (ncol == 6) {
            const ag_instrument *in = &c->instruments[i];
            row[0] = in->id;
            row[1] = in->jurisdiction;
            row[2] = ag_words(in->modality, w[2], 64);
            row[3] = in->binding;
            snprintf(w[4], 64, "%d", in->nprovisions);
            row[4] = w[4];
            row[5] = md || !in->short_title ? in->title : in->short_title;
        } else if (!strcmp(what, "actors")) {
            const ag_actor *a = &c->actors[i];
            row[0] = a->id;
            row[1] = ag_words(a->kind, w[1], 64);
            row[2] = a->jurisdiction ? a->jurisdiction : "";
            row[3] = a->name ? a->name : "";
        } else {
            const ag_region *r = &c->regions[i];
            row[0] = r->code;
            row[1] = r->group ? "group" : "country or area";
            row[2] = r->parent >= 0 ? c->regions[r->parent].code : "";
            row[3] = r->name ? r->name : "";
        }
    }
    if (md) fprintf(f, "# %c%s of the corpus %s (%d)\n\n", what[0] - 'a' + 'A', what + 1, c->source, n);
    table(f, md, ncol == 5 ? HIT : ncol == 6 ? HI : !strcmp(what, "actors") ? HA : HR, cells, n, ncol);
    for (int i = 0; i < titles.n; i++) free(titles.s[i]);
    free(titles.s);
    free(cells);
    free(words);
    if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
    return buf;
}

static json_t *actor_json(const ag_actor *a) {
    json_t *o = json_object();
    ag_json_set(o, "id", json_string(a->id));
    ag_json_set(o, "name", json_string(a->name));
    ag_json_set(o, "kind", json_string(a->kind));
    ag_json_set(o, "jurisdiction", a->jurisdiction ? json_string(a->jurisdiction) : json_null());
    ag_json_set(o, "status", json_string(a->status));
    return o;
}

static json_t *region_json(const aigov_corpus *c, const ag_region *r, bool full) {
    json_t *o = json_object();
    ag_json_set(o, "code", json_string(r->code));
    ag_json_set(o, "name", json_string(r->name));
    ag_json_set(o, "group", json_boolean(r->group));
    ag_json_set(o, "parent", r->parent >= 0 ? json_string(c->regions[r->parent].code) : json_null());
    if (!full) return o;
    ag_json_set(o, "aliases", ag_json_strlist(&r->aliases));
    json_t *ms = json_array();
    for (int i = 0; i < r->nmembers; i++) {
        json_t *x = json_object();
        ag_json_set(x, "code", json_string(c->regions[r->members[i].region].code));
        ag_json_set(x, "from", ag_json_date(r->members[i].from));
        ag_json_set(x, "until", ag_json_date(r->members[i].until));
        ag_json_push(ms, x);
    }
    ag_json_set(o, "members", ms);
    return o;
}

/* One value as text: a string as is (a code in words when `words`), anything else as
 * compact JSON. malloc'd; NULL on OOM. */
static char *value_text(json_t *v, bool words) {
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        char *r = strdup(s);
        if (r && words && !strchr(r, ' ') && !strchr(r, '/'))
            for (char *p = r; *p; p++) if (*p == '_') *p = ' ';
        return r;
    }
    if (json_is_array(v)) {
        /* A list of strings reads as "a, b, c". */
        size_t i, n = 0;
        json_t *x;
        bool strings = true;
        json_array_foreach(v, i, x) { if (!json_is_string(x)) strings = false; else n += strlen(json_string_value(x)) + 2; }
        if (strings) {
            char *r = malloc(n + 1), *p = r;
            if (!r) return NULL;
            *p = 0;
            json_array_foreach(v, i, x) p += sprintf(p, "%s%s", i ? ", " : "", json_string_value(x));
            if (words) for (char *q = r; *q; q++) if (*q == '_') *q = ' ';
            return r;
        }
    }
    if (json_is_null(v)) return strdup("none");
    return ag_json_dump(v, JSON_COMPACT | JSON_ENCODE_ANY, false);
}

/* Keys whose values are codes of the vocabulary (shown as words) rather than ids or text. */
static bool is_code_key(const char *k) {
    static const char *const K[] = {"kind", "modality", "form", "binding", "layers", "topics", "addressee", "actions",
                                    "status", "functions", "type"};
    for (size_t i = 0; i < sizeof K / sizeof K[0]; i++) if (!strcmp(K[i], k)) return true;
    return false;
}

static void show_text(FILE *f, json_t *o, bool md) {
    const char *k;
    json_t *v;
    char w[64], lead[160];
    const char *title = json_string_value(json_object_get(o, "id"));
    if (!title) title = json_string_value(json_object_get(o, "code"));
    if (md) fprintf(f, "# %s\n\n", title ? title : "");
    json_object_foreach(o, k, v) {
        if (json_is_array(v) && json_array_size(v) && json_is_object(json_array_get(v, 0))) {
            fprintf(f, md ? "\n## %s\n\n" : "%s:\n", ag_words(k, w, sizeof w));
            size_t i;
            json_t *x;
            json_array_foreach(v, i, x) {
                const char *kk;
                json_t *vv;
                bool first = true;
                json_object_foreach(x, kk, vv) {
                    char *s = value_text(vv, is_code_key(kk));
                    if (!s) ag_json_oom = true;
                    snprintf(lead, sizeof lead, "%s%s: ", first ? (md ? "- " : "  - ") : (md ? "  " : "    "), ag_words(kk, w, sizeof w));
                    /* Markdown: a continuation line of a list item ends with two spaces (a line break). */
                    if (md && !first) fputs("  \n", f);
                    if (md) { fputs(lead, f); fputs(s ? s : "", f); }
                    else ag_wrap(f, lead, md ? 2 : 6, s ? s : "", WIDTH);
                    free(s);
                    first = false;
                }
                if (md) fputs("\n", f);
            }
        } else {
            char *s = value_text(v, is_code_key(k));
            if (!s) ag_json_oom = true;
            snprintf(lead, sizeof lead, "%s%s: ", md ? "- " : "", ag_words(k, w, sizeof w));
            ag_wrap(f, lead, md ? 2 : 4, s ? s : "", WIDTH);
            free(s);
        }
    }
}

char *aigov_corpus_render(const aigov_corpus *c, const char *what, const char *id, const char *format, aigov_diags *d) {
    ag_json_begin();
    bool json = !strcmp(format, "json"), md = !strcmp(format, "md");
    if (!json && !md && strcmp(format, "text")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for corpus; expected text, json or md", format);
        return NULL;
    }
    if (!strcmp(what, "list")) what = "instruments";
    if (!strcmp(what, "stats")) {
        json_t *o = stats_json(c);
        if (json || ag_json_failed()) return dump(o);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) { json_decref(o); return NULL; }
        fprintf(f, "%sCorpus %s\n%s", md ? "# " : "", c->source, md ? "\n" : "");
        text_kv(f, o, md ? "" : "  ", md);
        json_decref(o);
        if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
        return buf;
    }
    if (!strcmp(what, "instruments") || !strcmp(what, "actors") || !strcmp(what, "regions")) {
        if (json) {
            json_t *a = json_array();
            if (what[0] == 'i')
                for (int i = 0; i < c->ninstruments; i++) ag_json_push(a, instrument_json(&c->instruments[i], false));
            else if (what[0] == 'a')
                for (int i = 0; i < c->nactors; i++) ag_json_push(a, actor_json(&c->actors[i]));
            else
                for (int i = 0; i < c->nregions; i++) ag_json_push(a, region_json(c, &c->regions[i], false));
            json_t *o = json_object();
            ag_json_set(o, what, a);
            return dump(o);
        }
        return listing(c, what, md);
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
            int amb[2];
            int ri = ai >= 0 ? -1 : ag_region_find(c, id, strlen(id), amb); /* a code or a name */
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
                o = region_json(c, &c->regions[ri], true);
            }
        }
        if (!o) {
            const char *s = ag_corpus_suggest_id(c, id);
            if (s) ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s' (did you mean '%s'?)", id, s);
            else ag_diag_add(d, "corpus show", NULL, 0, 0, 0, 0, "unknown id '%s': not an instrument, provision, actor or region", id);
            return NULL;
        }
        if (json || ag_json_failed()) return dump(o);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        if (!f) { json_decref(o); return NULL; }
        show_text(f, o, md);
        json_decref(o);
        if (fclose(f) != 0 || ag_json_failed()) { free(buf); return NULL; }
        return buf;
    }
    ag_diag_add(d, "corpus", NULL, 0, 0, 0, 0, "unknown listing '%s'; expected instruments, actors, regions, stats or show", what);
    return NULL;
}
