/* profile_jansson.c — the profile reader as it was before the stream reader (jansson's
 * tree, then a walk over it), kept verbatim but for its name as the reference that
 * test_profile.c compares src/corpus/profile.c with: same profile, same errors, same
 * inputs refused. Included by test_profile.c; not part of the library. */
#include "corpus/corpus.h"

#include <jansson.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>

typedef struct pctx {
    const aigov_corpus *c;
    aigov_profile *p;
    aigov_diags *d;
    const char *name;
    int errors;
    bool oom;
    json_t *deferred_regions[AG_MAX_SLOTS]; /* region lists expand once the date is known */
    char *deferred_paths[AG_MAX_SLOTS];
} pctx;

static void perr(pctx *x, const char *path, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void perr(pctx *x, const char *path, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ag_diag_add_json(x->d, x->name, path, 0, 0, "%s", msg);
    x->errors++;
}

static const char *json_kind(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: case JSON_REAL: return "a number";
    case JSON_TRUE: case JSON_FALSE: return "a boolean";
    default: return "null";
    }
}

/* Is `prefix` (e.g. "model") the parent of some schema field ("model.license")? */
static bool is_object_prefix(const aigov_corpus *c, const char *prefix) {
    size_t n = strlen(prefix);
    for (int i = 0; i < c->nfields; i++)
        if (!strncmp(c->fields[i].path, prefix, n) && c->fields[i].path[n] == '.') return true;
    return false;
}

/* Closest key expected at this level ("" for the top), for did-you-mean. */
static const char *suggest_key(const aigov_corpus *c, const char *prefix, const char *key) {
    const char *cands[AG_MAX_SLOTS + 3];
    char *owned[AG_MAX_SLOTS];
    size_t n = 0, no = 0, pl = strlen(prefix);
    if (!pl) { cands[n++] = "id"; cands[n++] = "name"; cands[n++] = "date"; }
    for (int i = 0; i < c->nfields; i++) {
        const char *p = c->fields[i].path;
        if (pl && (strncmp(p, prefix, pl) || p[pl] != '.')) continue;
        const char *rest = pl ? p + pl + 1 : p;
        size_t seg = strcspn(rest, ".");
        char *s = malloc(seg + 1);
        if (!s) break;
        memcpy(s, rest, seg);
        s[seg] = 0;
        owned[no++] = s;
        cands[n++] = s;
    }
    const char *best = ag_suggest(key, strlen(key), cands, n);
    static _Thread_local char keep[128];
    if (best) snprintf(keep, sizeof keep, "%s", best);
    for (size_t i = 0; i < no; i++) free(owned[i]);
    return best ? keep : NULL;
}

static const char *check_term(pctx *x, const ag_vocab *v, const char *s, const char *path) {
    int32_t i = ag_map_get(&v->index, s, strlen(s));
    if (i >= 0) return v->terms[i];
    const char *sug = ag_suggest(s, strlen(s), v->terms, (size_t)v->n);
    if (sug) perr(x, path, "unknown %s term '%s' (did you mean '%s'?)", v->name, s, sug);
    else perr(x, path, "unknown %s term '%s'; see the vocabulary in docs/profile.md", v->name, s);
    return NULL;
}

/* a + sep + b into buf (cap bytes); the length it needs, as snprintf returns, without
 * snprintf's cost on a path built for every key of every profile. */
static int join(char *buf, size_t cap, const char *a, const char *sep, const char *b) {
    size_t na = strlen(a), ns = strlen(sep), nb = strlen(b), n = na + ns + nb;
    if (n < cap) {
        memcpy(buf, a, na);
        memcpy(buf + na, sep, ns);
        memcpy(buf + na + ns, b, nb + 1);
    } else if (cap) {
        buf[0] = 0;
    }
    return (int)n;
}

/* The JSON path of item i of a list at `path` ("$.markets[2]"), or `path` itself for a
 * single value given where a list is expected; built only for an error message. */
static const char *item_path(char *buf, size_t cap, const char *path, const json_t *list, size_t i) {
    snprintf(buf, cap, json_is_array(list) ? "%s[%zu]" : "%s", path, i);
    return buf;
}

/* "a" or "an" before a vocabulary name in messages ("an entity_kinds term"). */
static const char *article(const char *word) {
    return word && strchr("aeiou", word[0]) && word[0] ? "an" : "a";
}

static void set_field(pctx *x, const ag_field *f, int slot, json_t *v, const char *path) {
    ag_value *out = &x->p->slots[slot];
    if (json_is_null(v)) return; /* explicitly unknown */
    switch (f->type) {
    case AG_F_BOOL:
        if (!json_is_boolean(v)) { perr(x, path, "expected true or false, found %s", json_kind(v)); return; }
        out->kind = AG_V_BOOL;
        out->u.b = json_is_true(v);
        return;
    case AG_F_NUMBER: {
        if (!json_is_number(v)) { perr(x, path, "expected a number, found %s", json_kind(v)); return; }
        double n = json_number_value(v);
        if (!isfinite(n)) { perr(x, path, "expected a finite number"); return; }
        if (f->has_min && n < f->min) { perr(x, path, "%g is below the minimum %g", n, f->min); return; }
        if (f->has_max && n > f->max) { perr(x, path, "%g is above the maximum %g", n, f->max); return; }
        out->kind = AG_V_NUM;
        out->u.num = n;
        return;
    }
    case AG_F_DATE: {
        int32_t dd;
        if (!json_is_string(v) || !ag_date_parse(json_string_value(v), json_string_length(v), &dd)) {
            if (json_is_string(v)) perr(x, path, "expected a date \"YYYY-MM-DD\", found '%s'", json_string_value(v));
            else perr(x, path, "expected a date \"YYYY-MM-DD\", found %s", json_kind(v));
            return;
        }
        out->kind = AG_V_DATE;
        out->u.date = dd;
        return;
    }
    case AG_F_STRING:
        if (!json_is_string(v)) { perr(x, path, "expected a string, found %s", json_kind(v)); return; }
        out->kind = AG_V_STR;
        out->u.str = ag_arena_strndup(&x->p->arena, json_string_value(v), json_string_length(v));
        out->n = (uint32_t)json_string_length(v);
        if (!out->u.str) x->oom = true;
        return;
    case AG_F_TERM: {
        if (!json_is_string(v)) { perr(x, path, "expected %s %s term (a string), found %s", article(x->c->vocabs[f->vocab].name), x->c->vocabs[f->vocab].name, json_kind(v)); return; }
        const char *t = check_term(x, &x->c->vocabs[f->vocab], json_string_value(v), path);
        if (!t) return;
        out->kind = AG_V_STR;
        out->u.str = t;
        out->n = (uint32_t)strlen(t);
        return;
    }
    case AG_F_TERMS: {
        /* A single string is accepted as a one-term list (e.g. "role": "provider"). */
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        if (!json_is_array(v) && !json_is_string(v)) { perr(x, path, "expected a list of %s terms, found %s", x->c->vocabs[f->vocab].name, json_kind(v)); return; }
        if (n > AG_MAX_LIST_ITEMS) { perr(x, path, "list has %zu items, more than the limit of %d", n, AG_MAX_LIST_ITEMS); return; }
        ag_value *items = AG_NEW(&x->p->arena, ag_value, n + 1);
        if (!items) { x->oom = true; return; }
        uint32_t k = 0;
        bool bad = false;
        for (size_t i = 0; i < n; i++) {
            json_t *it = json_is_array(v) ? json_array_get(v, i) : v;
            char ip[300];
            if (!json_is_string(it)) { perr(x, item_path(ip, sizeof ip, path, v, i), "expected %s %s term (a string), found %s", article(x->c->vocabs[f->vocab].name), x->c->vocabs[f->vocab].name, json_kind(it)); bad = true; continue; }
            const ag_vocab *vb = &x->c->vocabs[f->vocab];
            int32_t ti = ag_map_get(&vb->index, json_string_value(it), json_string_length(it));
            const char *t = ti >= 0 ? vb->terms[ti] : check_term(x, vb, json_string_value(it), item_path(ip, sizeof ip, path, v, i));
            if (!t) { bad = true; continue; }
            bool dup = false;
            for (uint32_t j = 0; j < k; j++) if (items[j].u.str == t) dup = true;
            if (dup) continue;
            items[k].kind = AG_V_STR;
            items[k].u.str = t;
            items[k].n = (uint32_t)strlen(t);
            k++;
        }
        if (bad) return;
        out->kind = AG_V_LIST;
        out->u.items = items;
        out->n = k;
        return;
    }
    case AG_F_REGIONS: {
        if (!json_is_array(v) && !json_is_string(v)) { perr(x, path, "expected a list of region codes, found %s", json_kind(v)); return; }
        /* Check the codes here, in document order, so that they are reported along with
         * every other error; only the expansion waits for the profile's date. */
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        if (n > AG_MAX_LIST_ITEMS) { perr(x, path, "list has %zu items, more than the limit of %d", n, AG_MAX_LIST_ITEMS); return; }
        bool bad = false;
        for (size_t i = 0; i < n; i++) {
            json_t *it = json_is_array(v) ? json_array_get(v, i) : v;
            char ip[300];
            if (!json_is_string(it)) { perr(x, item_path(ip, sizeof ip, path, v, i), "expected a region code (a string), found %s", json_kind(it)); bad = true; continue; }
            const char *code = json_string_value(it);
            int amb[2];
            int r = ag_region_find(x->c, code, json_string_length(it), amb);
            if (r >= 0) continue;
            item_path(ip, sizeof ip, path, v, i);
            char why[512];
            perr(x, ip, "%s", ag_region_why(x->c, code, json_string_length(it), r, amb, why, sizeof why));
            bad = true;
        }
        if (bad) return;
        x->deferred_regions[slot] = v;
        x->deferred_paths[slot] = ag_arena_strdup(&x->p->arena, path);
        return;
    }
    }
}

static void walk(pctx *x, json_t *obj, const char *prefix, const char *jpath, int depth) {
    const char *key;
    json_t *v;
    json_object_foreach(obj, key, v) {
        char path[300], jp[300];
        int pn = join(path, sizeof path, prefix, *prefix ? "." : "", key);
        join(jp, sizeof jp, jpath, ".", key);
        if (pn >= (int)sizeof path) { perr(x, jp, "key path too long"); continue; }
        if (!*prefix && (!strcmp(key, "id") || !strcmp(key, "name") || !strcmp(key, "date"))) {
            if (!json_is_string(v)) { perr(x, jp, "expected a string, found %s", json_kind(v)); continue; }
            const char *s = ag_arena_strndup(&x->p->arena, json_string_value(v), json_string_length(v));
            if (!s) { x->oom = true; return; }
            if (!strcmp(key, "id")) x->p->id = s;
            else if (!strcmp(key, "name")) x->p->name = s;
            else if (!ag_date_parse(s, strlen(s), &x->p->date)) perr(x, jp, "expected a date \"YYYY-MM-DD\", found '%s'", s);
            continue;
        }
        int32_t slot = ag_map_get(&x->c->field_index, path, strlen(path));
        if (slot >= 0) { set_field(x, &x->c->fields[slot], slot, v, jp); continue; }
        if (is_object_prefix(x->c, path)) {
            if (json_is_null(v)) continue;
            if (!json_is_object(v)) { perr(x, jp, "expected an object, found %s", json_kind(v)); continue; }
            if (depth >= AG_MAX_JSON_DEPTH) { perr(x, jp, "nesting deeper than %d levels", AG_MAX_JSON_DEPTH); continue; }
            walk(x, v, path, jp, depth + 1);
            continue;
        }
        const char *s = suggest_key(x->c, prefix, key);
        if (s) perr(x, jp, "unknown key '%s' (did you mean '%s'?)", key, s);
        else perr(x, jp, "unknown key '%s'; the profile schema is in docs/profile.md", key);
    }
}

/* ---- Region expansion ----------------------------------------------------------------- */

static void expand_deferred(pctx *x) {
    const aigov_corpus *c = x->c;
    void *scratch = malloc(ag_regions_scratch_size(c));
    int *codes = malloc(sizeof(int) * (AG_MAX_LIST_ITEMS + 1));
    if (!scratch || !codes) { free(scratch); free(codes); x->oom = true; return; }
    for (int s = 0; s < c->nfields; s++) {
        json_t *v = x->deferred_regions[s];
        if (!v) continue;
        int ncodes = 0;
        size_t n = json_is_array(v) ? json_array_size(v) : 1;
        bool bad = false;
        if (n > AG_MAX_LIST_ITEMS) { perr(x, x->deferred_paths[s], "list has %zu items, more than the limit of %d", n, AG_MAX_LIST_ITEMS); continue; }
        for (size_t i = 0; i < n; i++) {
            json_t *it = json_is_array(v) ? json_array_get(v, i) : v;
            char ip[300];
            if (!json_is_string(it)) { perr(x, item_path(ip, sizeof ip, x->deferred_paths[s], v, i), "expected a region code (a string), found %s", json_kind(it)); bad = true; continue; }
            const char *code = json_string_value(it);
            int amb[2];
            int r = ag_region_find(c, code, json_string_length(it), amb);
            if (r < 0) {
                item_path(ip, sizeof ip, x->deferred_paths[s], v, i);
                char why[512];
                perr(x, ip, "%s", ag_region_why(c, code, json_string_length(it), r, amb, why, sizeof why));
                bad = true;
                continue;
            }
            codes[ncodes++] = r;
        }
        if (!bad && !ag_regions_value(c, &c->fields[s], codes, ncodes, x->p->date, scratch, &x->p->arena, &x->p->slots[s]))
            x->oom = true;
    }
    /* Named sets: a group's members on the date, computed once per interval at load. */
    for (int k = 0; k < c->nconsts; k++) x->p->consts[k] = *ag_corpus_const_on(c, k, x->p->date);
    free(scratch);
    free(codes);
}

static aigov_status jansson_profile_parse(const aigov_corpus *c, const char *name, const char *json,
                                 size_t len, const char *date, aigov_profile **out, aigov_diags *d) {
    *out = NULL;
    json_error_t jerr;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        /* jansson says line 1, column 0 (or -1) when the input is empty or ends early. */
        ag_diag_add(d, name, json, len, jerr.line > 0 ? jerr.line : 1, jerr.column > 0 ? jerr.column : 1, 1,
                    "invalid JSON: %s", jerr.text);
        return AIGOV_SYNTAX;
    }
    if (!json_is_object(root)) {
        ag_diag_add_json(d, name, "$", 0, 0, "expected a profile object, found %s", json_kind(root));
        json_decref(root);
        return AIGOV_INVALID;
    }
    aigov_profile *p = calloc(1, sizeof *p);
    /* On the stack, and only the slots the corpus declares are cleared: this runs for
     * every line of a batch. */
    pctx xs, *x = &xs;
    memset(x, 0, offsetof(pctx, deferred_regions));
    memset(x->deferred_regions, 0, sizeof x->deferred_regions[0] * (size_t)c->nfields);
    memset(x->deferred_paths, 0, sizeof x->deferred_paths[0] * (size_t)c->nfields);
    if (!p) { json_decref(root); return AIGOV_NOMEM; }
    /* The slots, the named sets and a little for strings and lists, in one small block. */
    ag_arena_init_block(&p->arena, ((size_t)c->nfields + (size_t)c->nconsts + 2) * sizeof(ag_value) + 1024);
    p->corpus = c;
    p->date = AG_DATE_NONE;
    p->slots = AG_NEW(&p->arena, ag_value, (size_t)c->nfields + 1);
    p->consts = AG_NEW(&p->arena, ag_value, (size_t)c->nconsts + 1);
    p->source = ag_arena_strdup(&p->arena, name ? name : "<profile>");
    x->c = c;
    x->p = p;
    x->d = d;
    x->name = p->source;
    if (!p->slots || !p->consts || !p->source) x->oom = true;
    if (!x->oom) walk(x, root, "", "$", 0);
    if (date) {
        if (!ag_date_parse(date, strlen(date), &p->date)) {
            ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date);
            x->errors++;
        }
    }
    if (p->date == AG_DATE_NONE) p->date = ag_date_today();
    if (!x->oom && !x->errors) expand_deferred(x);
    json_decref(root);
    int errors = x->errors;
    bool oom = x->oom;
    if (oom || errors) {
        aigov_profile_free(p);
        return oom ? AIGOV_NOMEM : AIGOV_INVALID;
    }
    if (!p->id) p->id = p->source;
    if (!p->name) p->name = p->id;
    p->facts.slots = p->slots;
    p->facts.nslots = c->nfields;
    p->facts.consts = p->consts;
    p->facts.nconsts = c->nconsts;
    int32_t rs = ag_map_get(&c->field_index, "role", 4);
    if (rs >= 0 && p->slots[rs].kind != AG_V_UNKNOWN) {
        const ag_value *rv = &p->slots[rs];
        p->roles_known = true;
        if (rv->kind == AG_V_LIST) {
            p->roles.items = AG_NEW(&p->arena, const char *, rv->n + 1);
            for (uint32_t i = 0; p->roles.items && i < rv->n; i++) p->roles.items[p->roles.n++] = rv->u.items[i].u.str;
        } else if (rv->kind == AG_V_STR) {
            p->roles.items = AG_NEW(&p->arena, const char *, 1);
            if (p->roles.items) p->roles.items[p->roles.n++] = rv->u.str;
        }
    }
    *out = p;
    return AIGOV_OK;
}
