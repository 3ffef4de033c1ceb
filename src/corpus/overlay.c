/* overlay.c — applies a what-if overlay to parsed corpus trees (overlay.h). Replaced or
 * added values are the overlay's own nodes, so they keep the overlay's positions.
 * Must not: read files, print, or interpret corpus semantics (load.c does that). */
#include "corpus/overlay.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static ag_ynode *yget(const ag_ynode *map, const char *key) {
    if (!map || map->kind != AG_Y_MAP) return NULL;
    for (int i = 0; i + 1 < map->nkids; i += 2)
        if (map->kids[i]->kind == AG_Y_SCALAR && !strcmp(map->kids[i]->str, key)) return ag_ynode_is_null(map->kids[i + 1]) ? NULL : map->kids[i + 1];
    return NULL;
}

static void err(ag_overlay *ov, const ag_ynode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void err(ag_overlay *ov, const ag_ynode *n, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int span = n && n->kind == AG_Y_SCALAR && n->len ? (int)n->len : 1;
    ag_diag_add(ov->d, ov->file, ov->src, ov->len, n ? n->line : 0, n ? n->col : 0, span, "%s", msg);
    ov->errors++;
}

static bool check_keys(ag_overlay *ov, const ag_ynode *m, const char *const *keys, size_t nkeys, const char *what) {
    if (!m || m->kind != AG_Y_MAP) { err(ov, m, "%s must be a mapping", what); return false; }
    bool ok = true;
    for (int i = 0; i + 1 < m->nkids; i += 2) {
        const ag_ynode *k = m->kids[i];
        bool found = false;
        for (size_t j = 0; j < nkeys; j++) if (k->kind == AG_Y_SCALAR && !strcmp(k->str, keys[j])) found = true;
        if (found) continue;
        const char *s = k->kind == AG_Y_SCALAR ? ag_suggest(k->str, k->len, keys, nkeys) : NULL;
        if (s) err(ov, k, "unknown key '%s' in %s (did you mean '%s'?)", k->kind == AG_Y_SCALAR ? k->str : "?", what, s);
        else err(ov, k, "unknown key '%s' in %s", k->kind == AG_Y_SCALAR ? k->str : "?", what);
        ok = false;
    }
    return ok;
}

/* Records a target (the id node) and the overlay item naming it; false once the limit is
 * passed (reported once) or memory runs out. */
static bool add_target(ag_overlay *ov, const ag_ynode *n, const ag_ynode *item, char kind, const char *section) {
    if (ov->ntargets >= AG_MAX_OVERLAY_TARGETS) {
        if (ov->ntargets == AG_MAX_OVERLAY_TARGETS) {
            err(ov, n, "the overlay names more than %d ids in remove, revoke and amend", AG_MAX_OVERLAY_TARGETS);
            ov->ntargets++; /* reported once */
        }
        return false;
    }
    if (ov->ntargets == ov->cap) {
        int cap = ov->cap ? ov->cap * 2 : 64;
        const ag_ynode **t = realloc(ov->targets, (size_t)cap * sizeof *t);
        if (t) ov->targets = t;
        const ag_ynode **it = realloc(ov->items, (size_t)cap * sizeof *it);
        if (it) ov->items = it;
        bool *m = realloc(ov->matched, (size_t)cap * sizeof *m);
        if (m) ov->matched = m;
        const char **sc = realloc(ov->sections, (size_t)cap * sizeof *sc);
        if (sc) ov->sections = sc;
        char *k = realloc(ov->kinds, (size_t)cap);
        if (k) ov->kinds = k;
        if (!t || !it || !m || !sc || !k) { ov->oom = true; ov->errors++; return false; }
        ov->cap = cap;
    }
    ov->targets[ov->ntargets] = n;
    ov->items[ov->ntargets] = item;
    ov->sections[ov->ntargets] = section;
    ov->kinds[ov->ntargets] = kind;
    ov->matched[ov->ntargets++] = false;
    return true;
}

static uint32_t ptr_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

/* Indexes the targets once init has found them all: by node, and remove / revoke by
 * (kind, section, id). A remove or revoke naming the same id twice is an error. */
static void index_targets(ag_overlay *ov) {
    int n = ov->ntargets < AG_MAX_OVERLAY_TARGETS ? ov->ntargets : AG_MAX_OVERLAY_TARGETS;
    uint32_t cap = 16;
    while (cap < (uint32_t)n * 2 + 2) cap *= 2;
    ov->slot_node = AG_NEW(ov->a, const ag_ynode *, cap);
    ov->slot_index = AG_NEW(ov->a, int, cap);
    if (!ov->slot_node || !ov->slot_index || !ag_map_init(&ov->named, ov->a, (uint32_t)n)) { ov->errors++; return; }
    ov->nslots = cap;
    for (int i = 0; i < n; i++) {
        uint32_t h = ptr_hash(ov->targets[i]) & (cap - 1);
        while (ov->slot_node[h]) h = (h + 1) & (cap - 1);
        ov->slot_node[h] = ov->targets[i];
        ov->slot_index[h] = i;
    }
}

/* The key of a remove ('r') or revoke ('v') of `id` in `section`, in the arena. */
static const char *named_key(ag_overlay *ov, char kind, const char *section, const char *id) {
    return ag_arena_printf(ov->a, "%c|%s|%s", kind, section, id);
}

static const char *const TOP[] = {"title", "description", "add", "remove", "revoke", "amend", "notes"};
static const char *const SECTIONS[] = {"actors", "delegations", "instruments"};
static const char *const REVOKE_KEYS[] = {"id", "date", "by"};
static const char *const AMEND_KEYS[] = {"provision", "when", "applies_from", "until", "summary", "threshold"};
static const char *const THRESHOLD_KEYS[] = {"field", "value"};

bool ag_overlay_init(ag_overlay *ov, const ag_ynode *root, const char *file, const char *src, size_t len,
                     ag_arena *a, aigov_diags *d) {
    memset(ov, 0, sizeof *ov);
    ov->root = root;
    ov->file = file;
    ov->src = src;
    ov->len = len;
    ov->a = a;
    ov->d = d;
    if (!check_keys(ov, root, TOP, AG_ARRAY_LEN(TOP), "an overlay")) return false;
    for (int s = 0; s < 3; s++) {
        const ag_ynode *sec = yget(root, s == 0 ? "add" : s == 1 ? "remove" : "revoke");
        if (!sec) continue;
        if (!check_keys(ov, sec, SECTIONS, s == 2 ? 3 : 3, s == 0 ? "'add'" : s == 1 ? "'remove'" : "'revoke'")) continue;
        for (int k = 0; k < 3; k++) {
            const ag_ynode *l = yget(sec, SECTIONS[k]);
            if (!l) continue;
            if (l->kind != AG_Y_SEQ) { err(ov, l, "'%s' must be a list", SECTIONS[k]); continue; }
            for (int i = 0; i < l->nkids; i++) {
                const ag_ynode *it = l->kids[i];
                if (s == 0) { if (it->kind != AG_Y_MAP) err(ov, it, "an added %s must be a mapping", SECTIONS[k]); continue; }
                if (s == 1) { if (it->kind != AG_Y_SCALAR) err(ov, it, "'remove' lists ids"); else add_target(ov, it, it, 'r', SECTIONS[k]); continue; }
                if (!check_keys(ov, it, REVOKE_KEYS, AG_ARRAY_LEN(REVOKE_KEYS), "a revocation")) continue;
                const ag_ynode *id = yget(it, "id"), *date = yget(it, "date");
                int32_t dd;
                if (!id || id->kind != AG_Y_SCALAR) { err(ov, it, "a revocation needs 'id'"); continue; }
                if (!date || date->kind != AG_Y_SCALAR || !ag_date_parse(date->str, date->len, &dd)) { err(ov, date ? date : it, "a revocation needs 'date' (YYYY-MM-DD)"); continue; }
                add_target(ov, id, it, 'v', SECTIONS[k]);
            }
        }
    }
    const ag_ynode *am = yget(root, "amend");
    if (am && am->kind != AG_Y_SEQ) err(ov, am, "'amend' must be a list");
    for (int i = 0; am && am->kind == AG_Y_SEQ && i < am->nkids; i++) {
        const ag_ynode *it = am->kids[i];
        if (!check_keys(ov, it, AMEND_KEYS, AG_ARRAY_LEN(AMEND_KEYS), "an amendment")) continue;
        const ag_ynode *p = yget(it, "provision");
        if (!p || p->kind != AG_Y_SCALAR || !strchr(p->str, '/')) { err(ov, p ? p : it, "an amendment needs 'provision: INSTRUMENT/PROVISION'"); continue; }
        if (it->nkids <= 2) err(ov, it, "amendment changes nothing: give when, applies_from, until, summary or threshold");
        const ag_ynode *th = yget(it, "threshold");
        if (th && check_keys(ov, th, THRESHOLD_KEYS, 2, "a threshold")) {
            const ag_ynode *f = yget(th, "field"), *v = yget(th, "value");
            char *end = NULL;
            if (!f || f->kind != AG_Y_SCALAR) err(ov, th, "a threshold needs 'field' (a profile field path)");
            /* The value is copied into the condition: only a decimal literal of the
             * condition language (no hex, inf, nan or spaces), and a finite one. */
            double x = v && v->kind == AG_Y_SCALAR ? strtod(v->str, &end) : 0;
            if (!v || v->kind != AG_Y_SCALAR || !end || *end || end == v->str || strspn(v->str, "0123456789.eE+-") != v->len)
                err(ov, v ? v : th, "a threshold needs a numeric 'value'");
            else if (!isfinite(x)) err(ov, v, "threshold value '%s' is out of range", v->str);
        }
        add_target(ov, p, it, 'a', NULL);
    }
    index_targets(ov);
    /* remove and revoke by id, each (kind, section, id) once. */
    for (int i = 0; i < ov->ntargets && i < AG_MAX_OVERLAY_TARGETS && ov->nslots; i++) {
        const ag_ynode *t = ov->targets[i];
        char kind = ov->kinds[i];
        if (kind == 'a') continue; /* an amendment: matched by its node */
        const char *key = named_key(ov, kind, ov->sections[i], t->str);
        if (!key) { ov->errors++; break; }
        if (ag_map_get(&ov->named, key, strlen(key)) >= 0) { err(ov, t, "'%s' is named twice in '%s'", t->str, kind == 'r' ? "remove" : "revoke"); continue; }
        ag_map_put(&ov->named, key, i);
    }
    return ov->errors == 0;
}

static ag_ynode *scalar(ag_overlay *ov, const ag_ynode *pos, const char *s) {
    ag_ynode *n = AG_NEW(ov->a, ag_ynode, 1);
    if (!n) return NULL;
    *n = *pos;
    n->kind = AG_Y_SCALAR;
    n->style = AG_YS_QUOTED;
    n->str = ag_arena_strdup(ov->a, s);
    n->len = n->str ? strlen(n->str) : 0;
    n->kids = NULL;
    n->nkids = 0;
    return n->str ? n : NULL;
}

/* Sets key -> value in mapping m (replacing, or appending). */
static void set_key(ag_overlay *ov, ag_ynode *m, const char *key, ag_ynode *value, const ag_ynode *pos) {
    for (int i = 0; i + 1 < m->nkids; i += 2)
        if (m->kids[i]->kind == AG_Y_SCALAR && !strcmp(m->kids[i]->str, key)) { m->kids[i + 1] = value; return; }
    ag_ynode **nk = AG_NEW(ov->a, ag_ynode *, (size_t)m->nkids + 2);
    ag_ynode *k = scalar(ov, pos, key);
    if (!nk || !k) { ov->oom = true; return; }
    if (!value) return;
    k->style = AG_YS_PLAIN;
    memcpy(nk, m->kids, (size_t)m->nkids * sizeof *nk);
    nk[m->nkids] = k;
    nk[m->nkids + 1] = value;
    m->kids = nk;
    m->nkids += 2;
}

/* Marks the target whose node is `node` as matched (amendments). */
static void match(ag_overlay *ov, const ag_ynode *node) {
    if (!ov->nslots) return;
    for (uint32_t h = ptr_hash(node) & (ov->nslots - 1); ov->slot_node[h]; h = (h + 1) & (ov->nslots - 1))
        if (ov->slot_node[h] == node) { ov->matched[ov->slot_index[h]] = true; return; }
}

/* Is `id` named in section/kind (remove: scalars; revoke: mappings with id)? Returns the
 * overlay node (the revocation mapping, or the removed id), or NULL. One hash lookup. */
static const ag_ynode *named(ag_overlay *ov, const char *section, const char *kind, const char *id) {
    char key[320];
    int n = snprintf(key, sizeof key, "%c|%s|%s", !strcmp(section, "remove") ? 'r' : 'v', kind, id);
    if (n < 0 || (size_t)n >= sizeof key) return NULL; /* longer than any id can be */
    int32_t i = ag_map_get(&ov->named, key, (size_t)n);
    if (i < 0) return NULL;
    ov->matched[i] = true;
    return ov->items[i];
}

void ag_overlay_apply_list(ag_overlay *ov, ag_ynode *top, const char *section) {
    if (!top || top->kind != AG_Y_MAP) return;
    ag_ynode *list = yget(top, section);
    if (!list || list->kind != AG_Y_SEQ) return;
    const ag_ynode *add = yget(yget(ov->root, "add"), section);
    int cap = list->nkids + (add && add->kind == AG_Y_SEQ ? add->nkids : 0);
    ag_ynode **kids = AG_NEW(ov->a, ag_ynode *, (size_t)cap + 1);
    if (!kids) { ov->oom = true; return; }
    int n = 0;
    for (int i = 0; i < list->nkids; i++) {
        ag_ynode *it = list->kids[i];
        const ag_ynode *idn = yget(it, "id");
        if (idn && idn->kind == AG_Y_SCALAR) {
            if (named(ov, "remove", section, idn->str)) continue;
            const ag_ynode *rv = named(ov, "revoke", section, idn->str);
            if (rv) {
                /* A copy of the item's mapping with the end date set. */
                ag_ynode *copy = AG_NEW(ov->a, ag_ynode, 1);
                if (!copy) { ov->oom = true; return; }
                *copy = *it;
                ag_ynode **ck = AG_NEW(ov->a, ag_ynode *, (size_t)it->nkids + 1);
                if (!ck) { ov->oom = true; return; }
                memcpy(ck, it->kids, (size_t)it->nkids * sizeof *ck);
                copy->kids = ck;
                set_key(ov, copy, !strcmp(section, "actors") ? "dissolved" : "revoked", yget(rv, "date"), rv);
                it = copy;
            }
        }
        kids[n++] = it;
    }
    for (int i = 0; add && add->kind == AG_Y_SEQ && i < add->nkids; i++) kids[n++] = add->kids[i];
    list->kids = kids;
    list->nkids = n;
}

/* Replaces the number compared with `system.FIELD` in a condition, keeping the rest. */
static char *rethreshold(ag_overlay *ov, const char *when, const char *field, const char *value, bool *found) {
    char pat[300];
    snprintf(pat, sizeof pat, "system.%s", field);
    size_t pl = strlen(pat);
    char *out = AG_NEW(ov->a, char, strlen(when) * 2 + strlen(value) * 8 + 64);
    if (!out) { ov->oom = true; return NULL; }
    size_t n = 0;
    for (const char *p = when; *p;) {
        const char *q = strstr(p, pat);
        if (!q) { strcpy(out + n, p); n += strlen(p); break; }
        const char *r = q + pl;
        memcpy(out + n, p, (size_t)(r - p));
        n += (size_t)(r - p);
        if (*r == '.' || *r == '_' || (*r >= 'a' && *r <= 'z')) { p = r; continue; } /* a longer path */
        const char *s = r;
        while (*s == ' ') s++;
        const char *op = s;
        while (*s == '<' || *s == '>' || *s == '=' || *s == '!') s++;
        if (s == op) { p = r; continue; }
        while (*s == ' ') s++;
        char *end;
        strtod(s, &end);
        if (end == s) { p = r; continue; }
        memcpy(out + n, r, (size_t)(s - r));
        n += (size_t)(s - r);
        strcpy(out + n, value);
        n += strlen(value);
        *found = true;
        p = end;
    }
    out[n] = 0;
    return out;
}

bool ag_overlay_apply_instrument(ag_overlay *ov, ag_ynode *inst) {
    const ag_ynode *idn = yget(inst, "id");
    if (!idn || idn->kind != AG_Y_SCALAR) return true;
    const char *id = idn->str;
    if (named(ov, "remove", "instruments", id)) return false;
    const ag_ynode *rv = named(ov, "revoke", "instruments", id);
    if (rv) {
        set_key(ov, inst, "revoked", (ag_ynode *)yget(rv, "date"), rv);
        const ag_ynode *by = yget(rv, "by");
        if (by) set_key(ov, inst, "revoked_by", (ag_ynode *)by, rv);
    }
    const ag_ynode *am = yget(ov->root, "amend");
    ag_ynode *provs = yget(inst, "provisions");
    size_t idl = strlen(id);
    for (int i = 0; am && am->kind == AG_Y_SEQ && i < am->nkids; i++) {
        const ag_ynode *it = am->kids[i], *p = yget(it, "provision");
        if (!p || p->kind != AG_Y_SCALAR || strncmp(p->str, id, idl) || p->str[idl] != '/') continue;
        const char *pid = p->str + idl + 1;
        for (int k = 0; provs && provs->kind == AG_Y_SEQ && k < provs->nkids; k++) {
            ag_ynode *pv = provs->kids[k];
            const ag_ynode *pn = yget(pv, "id");
            if (!pn || pn->kind != AG_Y_SCALAR || strcmp(pn->str, pid)) continue;
            match(ov, p);
            static const char *const KEYS[] = {"when", "applies_from", "until", "summary"};
            for (size_t q = 0; q < AG_ARRAY_LEN(KEYS); q++) {
                ag_ynode *v = yget(it, KEYS[q]);
                if (v) set_key(ov, pv, KEYS[q], v, it);
            }
            const ag_ynode *th = yget(it, "threshold");
            if (th) {
                const ag_ynode *f = yget(th, "field"), *v = yget(th, "value"), *w = yget(pv, "when");
                bool found = false;
                char *nw = f && v && w && w->kind == AG_Y_SCALAR ? rethreshold(ov, w->str, f->str, v->str, &found) : NULL;
                ag_ynode *nv = found ? scalar(ov, th, nw) : NULL;
                if (ov->oom) continue;
                if (!found) err(ov, th, "provision '%s' compares no number with system.%s", p->str, f ? f->str : "?");
                else if (!nv) ov->oom = true;
                else set_key(ov, pv, "when", nv, th);
            }
        }
    }
    return true;
}

const ag_ynode *ag_overlay_added_instruments(const ag_overlay *ov) {
    const ag_ynode *l = yget(yget(ov->root, "add"), "instruments");
    return l && l->kind == AG_Y_SEQ ? l : NULL;
}

void ag_overlay_report_unmatched(ag_overlay *ov) {
    for (int i = 0; i < ov->ntargets && i < AG_MAX_OVERLAY_TARGETS; i++)
        if (!ov->matched[i]) err(ov, ov->targets[i], "the overlay names '%s', which is not in the corpus", ov->targets[i]->str);
    ag_overlay_free(ov);
}

void ag_overlay_free(ag_overlay *ov) {
    free(ov->targets);
    free(ov->matched);
    free(ov->items);
    free(ov->sections);
    free(ov->kinds);
    ov->targets = ov->items = NULL;
    ov->matched = NULL;
    ov->sections = NULL;
    ov->kinds = NULL;
    ov->ntargets = ov->cap = 0;
}
