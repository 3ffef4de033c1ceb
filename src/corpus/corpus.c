/* corpus.c — lookups over the compiled corpus: the string map, ids, vocabularies, the
 * condition-language environment, amendment views and stats. Read-only over a loaded
 * corpus; must not parse files (load.c) or evaluate profiles (check.c). */
#include "corpus/corpus.h"

#include <stdlib.h>

/* ---- String map ----------------------------------------------------------------------- */
static uint32_t hash(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
    return h;
}

bool ag_map_init(ag_map *m, ag_arena *a, uint32_t expected) {
    uint32_t cap = 16;
    while (cap < expected * 2 + 2) cap *= 2;
    m->cap = cap;
    m->n = 0;
    m->keys = AG_NEW(a, const char *, cap);
    m->vals = AG_NEW(a, int32_t, cap);
    return m->keys && m->vals;
}

bool ag_map_put(ag_map *m, const char *key, int32_t val) {
    if (!m->keys || m->n + 1 >= m->cap) return false;
    size_t len = strlen(key);
    for (uint32_t i = hash(key, len) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) { m->keys[i] = key; m->vals[i] = val; m->n++; return true; }
        if (!strcmp(m->keys[i], key)) { m->vals[i] = val; return true; }
    }
}

int32_t ag_map_get(const ag_map *m, const char *key, size_t len) {
    if (!m->keys) return -1;
    for (uint32_t i = hash(key, len) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return -1;
        if (strlen(m->keys[i]) == len && !memcmp(m->keys[i], key, len)) return m->vals[i];
    }
}

/* ---- Lookups -------------------------------------------------------------------------- */
int ag_corpus_vocab(const aigov_corpus *c, const char *name) {
    for (int i = 0; i < c->nvocabs; i++) if (!strcmp(c->vocabs[i].name, name)) return i;
    return -1;
}

const ag_instrument *ag_corpus_instrument(const aigov_corpus *c, const char *id) {
    int32_t i = ag_map_get(&c->instrument_index, id, strlen(id));
    return i >= 0 ? &c->instruments[i] : NULL;
}

const ag_provision *ag_corpus_provision(const aigov_corpus *c, const char *full_id) {
    const char *slash = strchr(full_id, '/');
    if (!slash) return NULL;
    int32_t i = ag_map_get(&c->instrument_index, full_id, (size_t)(slash - full_id));
    if (i < 0) return NULL;
    const ag_instrument *in = &c->instruments[i];
    for (int j = 0; j < in->nprovisions; j++)
        if (!strcmp(in->provisions[j].id, slash + 1)) return &in->provisions[j];
    return NULL;
}

const char *ag_corpus_suggest_id(const aigov_corpus *c, const char *id) {
    size_t n = (size_t)c->ninstruments;
    for (int i = 0; i < c->ninstruments; i++) n += (size_t)c->instruments[i].nprovisions;
    const char **cands = calloc(n + 1, sizeof *cands);
    if (!cands) return NULL;
    size_t k = 0;
    for (int i = 0; i < c->ninstruments; i++) {
        cands[k++] = c->instruments[i].id;
        for (int j = 0; j < c->instruments[i].nprovisions; j++) cands[k++] = c->instruments[i].provisions[j].full_id;
    }
    const char *s = ag_suggest(id, strlen(id), cands, k);
    /* A provision id without its instrument: find it in any instrument. */
    if (!s && !strchr(id, '/'))
        for (int i = 0; i < c->ninstruments && !s; i++)
            for (int j = 0; j < c->instruments[i].nprovisions; j++)
                if (!strcmp(c->instruments[i].provisions[j].id, id)) { s = c->instruments[i].provisions[j].full_id; break; }
    free(cands);
    return s;
}

/* ---- Condition environment ------------------------------------------------------------ */
/* Region codes act as a pseudo-vocabulary numbered after the real ones. */
static int regions_vocab(const aigov_corpus *c) { return c->nvocabs; }

static int env_field(void *ctx, const char *path, size_t len, ag_ctype *type) {
    const aigov_corpus *c = ctx;
    int32_t i = ag_map_get(&c->field_index, path, len);
    if (i < 0) return -1;
    const ag_field *f = &c->fields[i];
    type->vocab = AG_VOCAB_NONE;
    type->elem = AG_T_DYN;
    switch (f->type) {
    case AG_F_BOOL: type->kind = AG_T_BOOL; break;
    case AG_F_NUMBER: type->kind = AG_T_NUM; break;
    case AG_F_DATE: type->kind = AG_T_DATE; break;
    case AG_F_STRING: type->kind = AG_T_STR; break;
    case AG_F_TERM: type->kind = AG_T_STR; type->vocab = (int16_t)f->vocab; break;
    case AG_F_TERMS: type->kind = AG_T_LIST; type->elem = AG_T_STR; type->vocab = (int16_t)f->vocab; break;
    case AG_F_REGIONS: type->kind = AG_T_LIST; type->elem = AG_T_STR; type->vocab = (int16_t)regions_vocab(c); break;
    }
    return i;
}

static const char *env_field_suggest(void *ctx, const char *path, size_t len) {
    const aigov_corpus *c = ctx;
    const char **cands = calloc((size_t)c->nfields + 1, sizeof *cands);
    if (!cands) return NULL;
    for (int i = 0; i < c->nfields; i++) cands[i] = c->fields[i].path;
    const char *s = ag_suggest(path, len, cands, (size_t)c->nfields);
    free(cands);
    return s;
}

static int env_constant(void *ctx, const char *name, size_t len, ag_ctype *type) {
    const aigov_corpus *c = ctx;
    for (int i = 0; i < c->nconsts; i++)
        if (strlen(c->const_names[i]) == len && !memcmp(c->const_names[i], name, len)) {
            type->kind = AG_T_LIST;
            type->elem = AG_T_STR;
            type->vocab = (int16_t)regions_vocab(c);
            return i;
        }
    return -1;
}

static const char *env_constant_suggest(void *ctx, const char *name, size_t len) {
    const aigov_corpus *c = ctx;
    return ag_suggest(name, len, c->const_names, (size_t)c->nconsts);
}

static bool env_term(void *ctx, int vocab, const char *s, size_t len, const char **suggest) {
    const aigov_corpus *c = ctx;
    *suggest = NULL;
    if (vocab == regions_vocab(c)) {
        if (ag_map_get(&c->region_index, s, len) >= 0) return true;
        *suggest = ag_suggest(s, len, c->region_codes, (size_t)c->nregions);
        return false;
    }
    if (vocab < 0 || vocab >= c->nvocabs) return true;
    const ag_vocab *v = &c->vocabs[vocab];
    if (ag_map_get(&v->index, s, len) >= 0) return true;
    *suggest = ag_suggest(s, len, v->terms, (size_t)v->n);
    return false;
}

static const char *env_vocab_name(void *ctx, int vocab) {
    const aigov_corpus *c = ctx;
    if (vocab == regions_vocab(c)) return "region";
    if (vocab >= 0 && vocab < c->nvocabs) return c->vocabs[vocab].name;
    return "vocabulary";
}

void ag_corpus_cel_env(const aigov_corpus *c, ag_cel_env *env) {
    env->ctx = (void *)c;
    env->field = env_field;
    env->field_suggest = env_field_suggest;
    env->constant = env_constant;
    env->constant_suggest = env_constant_suggest;
    env->term = env_term;
    env->vocab_name = env_vocab_name;
}

/* ---- Amendments ----------------------------------------------------------------------- */
void ag_provision_at(const ag_provision *p, int32_t date, ag_provision_view *v) {
    v->base = p;
    v->article = p->article;
    v->summary = p->summary;
    v->when = p->when;
    v->applies_from = p->applies_from;
    v->until = p->until;
    v->napplied = 0;
    for (int i = 0; i < p->namendments; i++) {
        const ag_amendment *a = p->amendments[i];
        if (date != AG_DATE_NONE && a->from > date) break;
        if (a->set_applies_from) v->applies_from = a->applies_from;
        if (a->set_until) v->until = a->until;
        if (a->set_when && a->when) v->when = a->when;
        if (a->set_summary && a->summary) v->summary = a->summary;
        if (a->set_article && a->prov_article) v->article = a->prov_article;
        if (v->napplied < (int)AG_ARRAY_LEN(v->applied)) v->applied[v->napplied++] = a;
    }
}

/* ---- Stats ---------------------------------------------------------------------------- */
static int index_of(const char *const *names, int n, const char *s) {
    for (int i = 0; i < n; i++) if (s && !strcmp(names[i], s)) return i;
    return -1;
}

void aigov_corpus_stats_get(const aigov_corpus *c, aigov_corpus_stats *o) {
    memset(o, 0, sizeof *o);
    static const char *const bindings[] = {"binding", "voluntary", "contractual"};
    static const char *const layers[] = {"development", "deployment", "infrastructure"};
    o->actors = c->nactors;
    o->delegations = c->ndelegations;
    o->regions = c->nregions;
    o->instruments = c->ninstruments;
    o->fields = c->nfields;
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        o->provisions += in->nprovisions;
        o->triggers += in->nscope;
        o->exemptions += in->nexemptions;
        o->amendments += in->namendments;
        for (int m = 0; m < 6; m++) if (!strcmp(aigov_modality_name(m), in->modality)) o->by_modality[m]++;
        int b = index_of(bindings, 3, in->binding);
        if (b >= 0) o->by_binding[b]++;
        for (int l = 0; l < in->layers.n; l++) {
            int k = index_of(layers, 3, in->layers.items[l]);
            if (k >= 0) o->by_layer[k]++;
        }
    }
}

/* ---- Named sets over time ------------------------------------------------------------- */
static int cmp_date(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static bool member_on(const ag_membership *m, int32_t date) {
    return (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
}

/* Each region's groups, so that expanding a market does not scan every group. */
static bool prepare_member_of(aigov_corpus *c) {
    for (int g = 0; g < c->nregions; g++)
        for (int i = 0; i < c->regions[g].nmembers; i++) c->regions[c->regions[g].members[i].region].nmember_of++;
    for (int r = 0; r < c->nregions; r++) {
        c->regions[r].member_of = AG_NEW(&c->arena, ag_membership, (size_t)c->regions[r].nmember_of + 1);
        if (!c->regions[r].member_of) return false;
        c->regions[r].nmember_of = 0;
    }
    for (int g = 0; g < c->nregions; g++)
        for (int i = 0; i < c->regions[g].nmembers; i++) {
            const ag_membership *m = &c->regions[g].members[i];
            ag_region *r = &c->regions[m->region];
            r->member_of[r->nmember_of++] = (ag_membership){.region = g, .from = m->from, .until = m->until};
        }
    return true;
}

/* Each region's children (the regions whose parent it is), for reading a code as the
 * whole region with all its subdivisions. */
static bool prepare_children(aigov_corpus *c) {
    for (int r = 0; r < c->nregions; r++)
        if (c->regions[r].parent >= 0) c->regions[c->regions[r].parent].nchildren++;
    for (int r = 0; r < c->nregions; r++) {
        c->regions[r].children = AG_NEW(&c->arena, int, (size_t)c->regions[r].nchildren + 1);
        if (!c->regions[r].children) return false;
        c->regions[r].nchildren = 0;
    }
    for (int r = 0; r < c->nregions; r++) {
        ag_region *p = c->regions[r].parent >= 0 ? &c->regions[c->regions[r].parent] : NULL;
        if (p) p->children[p->nchildren++] = r;
    }
    return true;
}

bool ag_corpus_prepare_consts(aigov_corpus *c) {
    if (!prepare_member_of(c) || !prepare_children(c)) return false;
    if (!c->nconsts) return true;
    c->const_dates = AG_NEW(&c->arena, int32_t *, (size_t)c->nconsts);
    c->const_ndates = AG_NEW(&c->arena, int, (size_t)c->nconsts);
    c->const_values = AG_NEW(&c->arena, ag_value *, (size_t)c->nconsts);
    if (!c->const_dates || !c->const_ndates || !c->const_values) return false;
    for (int k = 0; k < c->nconsts; k++) {
        const ag_region *g = &c->regions[c->consts[k]];
        int32_t *dates = AG_NEW(&c->arena, int32_t, (size_t)g->nmembers * 2 + 1);
        if (!dates) return false;
        int nd = 0;
        for (int i = 0; i < g->nmembers; i++) {
            if (g->members[i].from != AG_DATE_NONE) dates[nd++] = g->members[i].from;
            if (g->members[i].until != AG_DATE_NONE) dates[nd++] = g->members[i].until;
        }
        qsort(dates, (size_t)nd, sizeof *dates, cmp_date);
        int u = 0;
        for (int i = 0; i < nd; i++) if (!u || dates[i] != dates[u - 1]) dates[u++] = dates[i];
        ag_value *vals = AG_NEW(&c->arena, ag_value, (size_t)u + 1);
        if (!vals) return false;
        for (int iv = 0; iv <= u; iv++) {
            /* A date inside interval iv: the day before the first change, or a change date. */
            int32_t on = iv == 0 ? (u ? dates[0] - 1 : 0) : dates[iv - 1];
            int n = 0;
            for (int i = 0; i < g->nmembers; i++) n += member_on(&g->members[i], on);
            ag_value *items = AG_NEW(&c->arena, ag_value, (size_t)n + 1);
            if (!items) return false;
            /* In region order, as a profile's own region lists are. */
            int m = 0;
            for (int r = 0; r < c->nregions; r++)
                for (int i = 0; i < g->nmembers; i++)
                    if (g->members[i].region == r && member_on(&g->members[i], on)) {
                        items[m].kind = AG_V_STR;
                        items[m].u.str = c->regions[r].code;
                        items[m].n = (uint32_t)strlen(c->regions[r].code);
                        m++;
                        break;
                    }
            vals[iv].kind = AG_V_LIST;
            vals[iv].u.items = items;
            vals[iv].n = (uint32_t)m;
        }
        c->const_dates[k] = dates;
        c->const_ndates[k] = u;
        c->const_values[k] = vals;
    }
    return true;
}

const ag_value *ag_corpus_const_on(const aigov_corpus *c, int k, int32_t date) {
    const int32_t *d = c->const_dates[k];
    int lo = 0, hi = c->const_ndates[k];
    while (lo < hi) { /* the number of change dates <= date */
        int mid = (lo + hi) / 2;
        if (d[mid] <= date) lo = mid + 1;
        else hi = mid;
    }
    return &c->const_values[k][lo];
}

bool ag_litigation_in_effect(const ag_litigation *lt, int32_t date) {
    return strcmp(lt->effect, "challenged") && lt->from != AG_DATE_NONE && date >= lt->from &&
           (lt->until == AG_DATE_NONE || date < lt->until);
}

/* Whether a list of provision ids (empty = all of the instrument) covers prov_id. */
static bool covers_provision(const ag_strlist *ids, const char *prov_id) {
    bool covers = ids->n == 0;
    for (int k = 0; k < ids->n && !covers && prov_id; k++) covers = !strcmp(ids->items[k], prov_id);
    return covers;
}

bool ag_dispute_on_date(const ag_dispute *d, int32_t date) {
    return (d->from == AG_DATE_NONE || date >= d->from) && (d->until == AG_DATE_NONE || date < d->until);
}

const ag_dispute *ag_dispute_on(const ag_instrument *in, const char *prov_id, int32_t date, const ag_dispute *after) {
    for (int i = after ? (int)(after - in->disputes) + 1 : 0; i < in->ndisputes; i++) {
        const ag_dispute *d = &in->disputes[i];
        if (date != AG_DATE_NONE && !ag_dispute_on_date(d, date)) continue;
        if (covers_provision(&d->provisions, prov_id)) return d;
    }
    return NULL;
}

const ag_litigation *ag_enforcement_suspended(const ag_instrument *in, const char *prov_id, int32_t date) {
    for (int i = 0; i < in->nlitigation; i++) {
        const ag_litigation *lt = &in->litigation[i];
        if (ag_litigation_in_effect(lt, date) && covers_provision(&lt->provisions, prov_id)) return lt;
    }
    return NULL;
}
