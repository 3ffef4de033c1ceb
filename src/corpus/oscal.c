/* oscal.c — the corpus as a NIST OSCAL 1.0.6 catalog (docs/oscal.md): a group per
 * instrument, a control per provision, and the OSCAL pieces a check's profile and assessment
 * results share with it (oscal.h). Reads the corpus; decides nothing. */
#include "corpus/oscal.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

void ag_oscal_id(const char *id, char *buf, size_t cap) {
    size_t n = 0;
    if (!cap) return;
    bool letter = (*id >= 'a' && *id <= 'z') || (*id >= 'A' && *id <= 'Z') || *id == '_';
    if (!letter && n + 1 < cap) buf[n++] = '_';
    for (const char *s = id; *s && n + 1 < cap; s++) {
        char ch = *s;
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '_';
        buf[n++] = ch == '/' ? '.' : ok ? ch : '_';
    }
    buf[n] = 0;
}

static uint64_t fnv(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

void ag_oscal_uuid(const char *kind, const char *a, const char *b, char out[37]) {
    uint64_t h[2] = {14695981039346656037ull, 0x6a09e667f3bcc908ull};
    for (int k = 0; k < 2; k++) {
        h[k] = fnv(h[k], kind, strlen(kind) + 1);
        h[k] = fnv(h[k], a, strlen(a) + 1);
        if (b) h[k] = fnv(h[k], b, strlen(b) + 1);
    }
    unsigned char u[16];
    for (int i = 0; i < 8; i++) { u[i] = (unsigned char)(h[0] >> (8 * i)); u[8 + i] = (unsigned char)(h[1] >> (8 * i)); }
    u[6] = (unsigned char)((u[6] & 0x0F) | 0x40); /* version 4 */
    u[8] = (unsigned char)((u[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    size_t n = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[n++] = '-';
        n += (size_t)snprintf(out + n, 37 - n, "%02x", u[i]);
    }
    out[36] = 0;
}

void ag_oscal_prop(json_t *props, const char *name, const char *ns, const char *value) {
    if (!value) return;
    while (*value == ' ' || *value == '\t' || *value == '\n' || *value == '\r') value++;
    size_t n = strlen(value);
    while (n && (value[n - 1] == ' ' || value[n - 1] == '\t' || value[n - 1] == '\n' || value[n - 1] == '\r')) n--;
    if (!n) return;
    json_t *p = json_object();
    ag_json_set(p, "name", json_string(name));
    if (ns) ag_json_set(p, "ns", json_string(ns));
    ag_json_set(p, "value", json_stringn(value, n));
    ag_json_push(props, p);
}

void ag_oscal_datetime(int32_t day, char out[21]) {
    char d[11];
    ag_date_format(day, d);
    snprintf(out, 21, "%sT00:00:00Z", d);
}

json_t *ag_oscal_metadata(const char *title, int32_t day, const char *remarks) {
    char when[21];
    ag_oscal_datetime(day, when);
    json_t *m = json_object();
    ag_json_set(m, "title", json_string(title));
    ag_json_set(m, "last-modified", json_string(when));
    ag_json_set(m, "version", json_string(AIGOV_VERSION));
    ag_json_set(m, "oscal-version", json_string(AG_OSCAL_VERSION));
    if (remarks) ag_json_set(m, "remarks", json_string(remarks));
    return m;
}

int32_t ag_oscal_corpus_day(const aigov_corpus *c) {
    json_t *pv = ag_corpus_provenance_json(c);
    const char *s = json_string_value(json_object_get(pv, "verified_through"));
    int32_t day = 0;
    if (!s || !ag_date_parse(s, strlen(s), &day)) day = 0;
    json_decref(pv);
    return day;
}

/* What the catalog's UUID is derived from: the corpus as the provenance line names it
 * (source, sizes, verified span, aigov's version), so that another corpus gets another. */
void ag_oscal_catalog_uuid(const aigov_corpus *c, char out[37]) {
    char line[512];
    ag_corpus_provenance_line(c, line, sizeof line);
    ag_oscal_uuid("catalog", line, NULL, out);
}

json_t *ag_oscal_catalog_resource(const aigov_corpus *c) {
    char u[37], line[512];
    ag_oscal_catalog_uuid(c, u);
    ag_corpus_provenance_line(c, line, sizeof line);
    json_t *r = json_object();
    ag_json_set(r, "uuid", json_string(u));
    ag_json_set(r, "title", json_string("aigov corpus as an OSCAL catalog"));
    char desc[768];
    snprintf(desc, sizeof desc, "The catalog `aigov corpus export --format oscal-catalog` writes (saved as aigov-catalog.json). %s", line);
    ag_json_set(r, "description", json_string(desc));
    json_t *rl = json_array(), *l = json_object();
    ag_json_set(l, "href", json_string("aigov-catalog.json"));
    ag_json_set(l, "media-type", json_string("application/oscal.catalog+json"));
    ag_json_push(rl, l);
    ag_json_set(r, "rlinks", rl);
    return r;
}

static void date_prop(json_t *props, const char *name, int32_t d) {
    if (d == AG_DATE_NONE) return;
    char b[11];
    ag_date_format(d, b);
    ag_oscal_prop(props, name, AG_OSCAL_NS, b);
}

static void list_props(json_t *props, const char *name, const ag_strlist *l) {
    for (int i = 0; i < l->n; i++) ag_oscal_prop(props, name, AG_OSCAL_NS, l->items[i]);
}

/* A citation as a link: a URL directly, any other reference ("ELI: http://...", a gazette
 * number) through a back-matter resource holding its text (resources: uuid -> resource). */
static void citation_link(json_t *links, json_t *resources, const char *cit) {
    json_t *l = json_object();
    bool url = (!strncmp(cit, "https://", 8) || !strncmp(cit, "http://", 7)) && !strpbrk(cit, " \t\"<>\\^`{|}");
    if (url) {
        ag_json_set(l, "href", json_string(cit));
    } else {
        char u[37], href[38];
        ag_oscal_uuid("citation", cit, NULL, u);
        snprintf(href, sizeof href, "#%s", u);
        ag_json_set(l, "href", json_string(href));
        if (!json_object_get(resources, u)) {
            json_t *r = json_object(), *ct = json_object();
            ag_json_set(r, "uuid", json_string(u));
            ag_json_set(ct, "text", json_string(cit));
            ag_json_set(r, "citation", ct);
            ag_json_set(resources, u, r);
        }
    }
    ag_json_set(l, "rel", json_string("reference"));
    ag_json_push(links, l);
}

static json_t *control_json(const ag_provision *p) {
    char id[300];
    ag_oscal_id(p->full_id, id, sizeof id - 8);
    json_t *o = json_object(), *props = json_array();
    ag_json_set(o, "id", json_string(id));
    ag_json_set(o, "class", json_string(p->kind));
    ag_json_set(o, "title", json_string(p->article));
    ag_oscal_prop(props, "label", NULL, p->article);
    ag_oscal_prop(props, "provision", AG_OSCAL_NS, p->full_id);
    ag_oscal_prop(props, "kind", AG_OSCAL_NS, p->kind);
    list_props(props, "addressee", &p->addressee);
    list_props(props, "layer", &p->layers);
    list_props(props, "topic", &p->topics);
    date_prop(props, "applies-from", p->applies_from);
    date_prop(props, "until", p->until);
    for (int k = 0; k < p->namendments; k++) {
        char b[256], d[11];
        ag_date_format(p->amendments[k]->from, d);
        snprintf(b, sizeof b, "%s %s from %s", p->amendments[k]->by->id, p->amendments[k]->article, d);
        ag_oscal_prop(props, "amended-by", AG_OSCAL_NS, b);
    }
    ag_json_set(o, "props", props);
    json_t *parts = json_array(), *st = json_object();
    strcat(id, "_smt");
    ag_json_set(st, "id", json_string(id));
    ag_json_set(st, "name", json_string("statement"));
    ag_json_set(st, "prose", json_string(p->summary));
    ag_json_push(parts, st);
    ag_json_set(o, "parts", parts);
    return o;
}

static json_t *group_json(const ag_instrument *in, json_t *resources) {
    char id[300];
    ag_oscal_id(in->id, id, sizeof id);
    json_t *g = json_object(), *props = json_array(), *links = json_array(), *controls = json_array();
    ag_json_set(g, "id", json_string(id));
    ag_json_set(g, "class", json_string("instrument"));
    ag_json_set(g, "title", json_string(in->title));
    ag_oscal_prop(props, "instrument", AG_OSCAL_NS, in->id);
    ag_oscal_prop(props, "short-title", AG_OSCAL_NS, in->short_title);
    list_props(props, "issuer", &in->issuer);
    ag_oscal_prop(props, "jurisdiction", AG_OSCAL_NS, in->jurisdiction);
    ag_oscal_prop(props, "binding", AG_OSCAL_NS, in->binding);
    ag_oscal_prop(props, "modality", AG_OSCAL_NS, in->modality);
    ag_oscal_prop(props, "form", AG_OSCAL_NS, in->form);
    ag_oscal_prop(props, "text-version", AG_OSCAL_NS, in->text_version);
    date_prop(props, "adopted", in->adopted);
    date_prop(props, "in-force", in->in_force);
    date_prop(props, "applies-from", in->applies_from);
    date_prop(props, "revoked", in->revoked);
    ag_oscal_prop(props, "revoked-by", AG_OSCAL_NS, in->revoked_by);
    date_prop(props, "verified", in->verified);
    list_props(props, "layer", &in->layers);
    list_props(props, "topic", &in->topics);
    ag_json_set(g, "props", props);
    for (int i = 0; i < in->citations.n; i++) citation_link(links, resources, in->citations.items[i]);
    if (json_array_size(links)) ag_json_set(g, "links", links);
    else json_decref(links);
    for (int k = 0; k < in->nprovisions; k++) ag_json_push(controls, control_json(&in->provisions[k]));
    if (json_array_size(controls)) ag_json_set(g, "controls", controls);
    else json_decref(controls);
    return g;
}

static char *catalog(const aigov_corpus *c) {
    ag_json_begin();
    char u[37], line[512];
    ag_oscal_catalog_uuid(c, u);
    ag_corpus_provenance_line(c, line, sizeof line);
    json_t *doc = json_object(), *cat = json_object(), *groups = json_array(), *resources = json_object();
    ag_json_set(cat, "uuid", json_string(u));
    ag_json_set(cat, "metadata", ag_oscal_metadata("aigov corpus: AI governance instruments and their provisions",
                                                   ag_oscal_corpus_day(c), line));
    for (int i = 0; i < c->ninstruments; i++) ag_json_push(groups, group_json(&c->instruments[i], resources));
    ag_json_set(cat, "groups", groups);
    if (json_object_size(resources)) {
        json_t *bm = json_object(), *rs = json_array();
        const char *k;
        json_t *v;
        json_object_foreach(resources, k, v) ag_json_push(rs, json_incref(v));
        ag_json_set(bm, "resources", rs);
        ag_json_set(cat, "back-matter", bm);
    }
    json_decref(resources);
    ag_json_set(doc, "catalog", cat);
    char *s = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(doc);
    return s;
}

char *aigov_corpus_export(const aigov_corpus *c, const char *format, aigov_diags *d, aigov_status *status) {
    if (strcmp(format, "oscal-catalog")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown export format '%s'; expected oscal-catalog", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    char *s = catalog(c);
    *status = s ? AIGOV_OK : AIGOV_NOMEM;
    return s;
}
