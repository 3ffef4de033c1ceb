/* profile.c — reads a profile (the AI system being checked) from JSON as a stream of
 * events (yajl), straight into the profile's slots, strictly against the corpus's
 * schema.yaml: unknown keys are errors with their JSON path and a suggestion, values are
 * checked against field types and vocabularies, and region codes are expanded on the
 * profile's date. Missing keys and null are unknown. One reader for files, batch lines
 * and HTTP bodies.
 *
 * Strictness is jansson's (JSON_REJECT_DUPLICATES), which this reader replaced: yajl 2
 * accepts more than that (a bare scalar at the top, \v and \f as white space, overlong or
 * surrogate UTF-8, lone \u surrogates, \u0000, numbers out of range, duplicate keys), so
 * each of those is refused here. An input refused as JSON is then described by jansson —
 * the only tree built, on that error path — so that the message, line and column are
 * exactly those users have always seen (tests/bad/profiles pins them). Semantic errors
 * found before a syntax error are dropped, as they were when the tree came first.
 *
 * Must not evaluate conditions (check.c) and never reads files itself. The region
 * semantics (what a code means on a date) live in the expansion functions below, apart
 * from the reading. */
#include "corpus/corpus.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <yajl/yajl_parse.h>

#define JSON_MAX_NESTING 2048 /* jansson's JSON_PARSER_MAX_DEPTH: a value deeper is refused */
#define PATH_CAP 300

/* ---- The values the schema checks see ---------------------------------------------------- */

enum { JV_NULL, JV_BOOL, JV_NUM, JV_STR, JV_ARR, JV_OBJ };

/* One JSON value as the schema checks need it: a scalar, or a list field's items. Strings
 * are NUL-terminated copies with no NUL inside (the reader refuses \u0000). */
typedef struct jv {
    int kind;
    bool b;
    double num;
    const char *s;
    size_t len;
    const struct jv *items; /* JV_ARR of a list field: its items (containers as kinds only) */
    size_t n;
} jv;

typedef struct pctx {
    const aigov_corpus *c;
    aigov_profile *p;
    aigov_diags *d;
    const char *name;
    int errors;
    bool oom;
    /* Region lists: checked in document order, expanded once the date is known. Slot s
     * holds codes region_idx[region_off[s] .. + region_n[s]] when has_regions[s]. */
    int32_t *region_idx;
    size_t nregion_idx, region_cap;
    bool region_heap;       /* region_idx was malloc'd (it starts on read_stream's stack) */
    bool has_regions[AG_MAX_SLOTS];
    uint32_t region_off[AG_MAX_SLOTS], region_n[AG_MAX_SLOTS];
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

static const char *jv_kind(const jv *v) {
    switch (v->kind) {
    case JV_OBJ: return "an object";
    case JV_ARR: return "an array";
    case JV_STR: return "a string";
    case JV_NUM: return "a number";
    case JV_BOOL: return "a boolean";
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

/* The JSON path of item i of a list at `path` ("$.markets[2]"), or `path` itself for a
 * single value given where a list is expected; built only for an error message. */
static const char *item_path(char *buf, size_t cap, const char *path, const jv *list, size_t i) {
    snprintf(buf, cap, list->kind == JV_ARR ? "%s[%zu]" : "%s", path, i);
    return buf;
}

/* "a" or "an" before a vocabulary name in messages ("an entity_kinds term"). */
static const char *article(const char *word) {
    return word && strchr("aeiou", word[0]) && word[0] ? "an" : "a";
}

/* Item i of a list value, or the value itself when a single value stands for a list. */
static const jv *item_of(const jv *v, size_t i) { return v->kind == JV_ARR ? &v->items[i] : v; }

/* Checks value v of field f (at JSON path `path`) and stores it in slot `slot`; a region
 * list is checked here and kept for expand_deferred. Errors go to x. */
static void set_field(pctx *x, const ag_field *f, int slot, const jv *v, const char *path) {
    ag_value *out = &x->p->slots[slot];
    if (v->kind == JV_NULL) return; /* explicitly unknown */
    switch (f->type) {
    case AG_F_BOOL:
        if (v->kind != JV_BOOL) { perr(x, path, "expected true or false, found %s", jv_kind(v)); return; }
        out->kind = AG_V_BOOL;
        out->u.b = v->b;
        return;
    case AG_F_NUMBER: {
        if (v->kind != JV_NUM) { perr(x, path, "expected a number, found %s", jv_kind(v)); return; }
        double n = v->num;
        if (!isfinite(n)) { perr(x, path, "expected a finite number"); return; }
        if (f->has_min && n < f->min) { perr(x, path, "%g is below the minimum %g", n, f->min); return; }
        if (f->has_max && n > f->max) { perr(x, path, "%g is above the maximum %g", n, f->max); return; }
        out->kind = AG_V_NUM;
        out->u.num = n;
        return;
    }
    case AG_F_DATE: {
        int32_t dd;
        if (v->kind != JV_STR || !ag_date_parse(v->s, v->len, &dd)) {
            if (v->kind == JV_STR) perr(x, path, "expected a date \"YYYY-MM-DD\", found '%s'", v->s);
            else perr(x, path, "expected a date \"YYYY-MM-DD\", found %s", jv_kind(v));
            return;
        }
        out->kind = AG_V_DATE;
        out->u.date = dd;
        return;
    }
    case AG_F_STRING:
        if (v->kind != JV_STR) { perr(x, path, "expected a string, found %s", jv_kind(v)); return; }
        out->kind = AG_V_STR;
        out->u.str = ag_arena_strndup(&x->p->arena, v->s, v->len);
        out->n = (uint32_t)v->len;
        if (!out->u.str) x->oom = true;
        return;
    case AG_F_TERM: {
        if (v->kind != JV_STR) { perr(x, path, "expected %s %s term (a string), found %s", article(x->c->vocabs[f->vocab].name), x->c->vocabs[f->vocab].name, jv_kind(v)); return; }
        const char *t = check_term(x, &x->c->vocabs[f->vocab], v->s, path);
        if (!t) return;
        out->kind = AG_V_STR;
        out->u.str = t;
        out->n = (uint32_t)strlen(t);
        return;
    }
    case AG_F_TERMS: {
        /* A single string is accepted as a one-term list (e.g. "role": "provider"). */
        size_t n = v->kind == JV_ARR ? v->n : 1;
        if (v->kind != JV_ARR && v->kind != JV_STR) { perr(x, path, "expected a list of %s terms, found %s", x->c->vocabs[f->vocab].name, jv_kind(v)); return; }
        if (n > AG_MAX_LIST_ITEMS) { perr(x, path, "list has %zu items, more than the limit of %d", n, AG_MAX_LIST_ITEMS); return; }
        ag_value *items = AG_NEW(&x->p->arena, ag_value, n + 1);
        if (!items) { x->oom = true; return; }
        uint32_t k = 0;
        bool bad = false;
        const ag_vocab *vb = &x->c->vocabs[f->vocab];
        for (size_t i = 0; i < n; i++) {
            const jv *it = item_of(v, i);
            char ip[PATH_CAP];
            if (it->kind != JV_STR) { perr(x, item_path(ip, sizeof ip, path, v, i), "expected %s %s term (a string), found %s", article(vb->name), vb->name, jv_kind(it)); bad = true; continue; }
            int32_t ti = ag_map_get(&vb->index, it->s, it->len);
            const char *t = ti >= 0 ? vb->terms[ti] : check_term(x, vb, it->s, item_path(ip, sizeof ip, path, v, i));
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
        out->nmaybe = 0;
        return;
    }
    case AG_F_REGIONS: {
        if (v->kind != JV_ARR && v->kind != JV_STR) { perr(x, path, "expected a list of region codes, found %s", jv_kind(v)); return; }
        /* Check the codes here, in document order, so that they are reported along with
         * every other error; only the expansion waits for the profile's date. */
        size_t n = v->kind == JV_ARR ? v->n : 1;
        if (n > AG_MAX_LIST_ITEMS) { perr(x, path, "list has %zu items, more than the limit of %d", n, AG_MAX_LIST_ITEMS); return; }
        if (x->nregion_idx + n > x->region_cap) {
            size_t cap = x->region_cap ? x->region_cap : 64;
            while (cap < x->nregion_idx + n) cap *= 2;
            int32_t *ri = x->region_heap ? realloc(x->region_idx, cap * sizeof *ri) : malloc(cap * sizeof *ri);
            if (!ri) { x->oom = true; return; }
            if (!x->region_heap) memcpy(ri, x->region_idx, x->nregion_idx * sizeof *ri);
            x->region_heap = true;
            x->region_idx = ri;
            x->region_cap = cap;
        }
        size_t first = x->nregion_idx;
        bool bad = false;
        for (size_t i = 0; i < n; i++) {
            const jv *it = item_of(v, i);
            char ip[PATH_CAP];
            if (it->kind != JV_STR) { perr(x, item_path(ip, sizeof ip, path, v, i), "expected a region code (a string), found %s", jv_kind(it)); bad = true; continue; }
            int amb[2];
            int r = ag_region_find(x->c, it->s, it->len, amb);
            if (r >= 0) { x->region_idx[x->nregion_idx++] = r; continue; }
            item_path(ip, sizeof ip, path, v, i);
            char why[512];
            perr(x, ip, "%s", ag_region_why(x->c, it->s, it->len, r, amb, why, sizeof why));
            bad = true;
        }
        if (bad) { x->nregion_idx = first; return; }
        x->has_regions[slot] = true;
        x->region_off[slot] = (uint32_t)first;
        x->region_n[slot] = (uint32_t)(x->nregion_idx - first);
        return;
    }
    }
}

/* ---- Region expansion (regions.c: what a country means in each field) ---------------- */
static void expand_deferred(pctx *x) {
    const aigov_corpus *c = x->c;
    void *scratch = NULL;
    for (int s = 0; s < c->nfields; s++) {
        if (!x->has_regions[s]) continue;
        /* What a country means depends on the field (docs/profile.md): the whole country in
         * markets and the like, somewhere in it in *.established_in (regions.c). */
        if (!scratch && !(scratch = malloc(ag_regions_scratch_size(c)))) { x->oom = true; return; }
        if (!ag_regions_value(c, &c->fields[s], (const int *)&x->region_idx[x->region_off[s]], (int)x->region_n[s],
                              x->p->date, scratch, &x->p->arena, &x->p->slots[s]))
            x->oom = true;
    }
    /* Named sets: a group's members on the date, computed once per interval at load. */
    for (int k = 0; k < c->nconsts; k++) x->p->consts[k] = *ag_corpus_const_on(c, k, x->p->date);
    free(scratch);
}

/* ---- The stream reader ------------------------------------------------------------------ */

/* A growable byte buffer that starts in storage the caller provides (on its stack). */
typedef struct gbuf {
    char *p;
    size_t len, cap;
    bool heap;
} gbuf;

static bool gbuf_reserve(gbuf *b, size_t more) {
    if (b->len + more <= b->cap) return true;
    size_t cap = b->cap * 2;
    while (cap < b->len + more) {
        if (cap > SIZE_MAX / 4) return false;
        cap *= 2;
    }
    char *n = b->heap ? realloc(b->p, cap) : malloc(cap);
    if (!n) return false;
    if (!b->heap) memcpy(n, b->p, b->len);
    b->p = n;
    b->cap = cap;
    b->heap = true;
    return true;
}

static void gbuf_free(gbuf *b) {
    if (b->heap) free(b->p);
}

/* A schema object being read: the profile fields' path prefix ("" at the top, "model")
 * and its JSON path ("$", "$.model"); depth counts schema objects (the top is 0). */
typedef struct sframe {
    char prefix[PATH_CAP], jpath[PATH_CAP];
    size_t nprefix, njpath;
    int depth;
} sframe;

/* What the value after a key of a schema object is for. */
enum { W_SKIP, W_ID, W_NAME, W_DATE, W_FIELD, W_OBJECT };
/* Where the reader is, outside skipped values. */
enum { M_ROOT, M_OBJECT, M_LIST, M_DONE };

/* An item of a list field being collected: a string is at sbuf[off], len bytes. */
typedef struct litem {
    int kind;
    bool b;
    double num;
    size_t off, len;
} litem;

/* A key of an open object, for refusing duplicates: its object's serial and its bytes. */
typedef struct kent {
    uint32_t obj, hash;
    size_t off, len;
} kent;

typedef struct reader {
    pctx *x;
    const unsigned char *text;
    size_t text_len;
    yajl_handle h;
    bool json_bad;          /* refused as JSON (jansson would refuse it): describe with jansson */
    int nesting;            /* containers open */
    size_t end;             /* the offset just after the top value */
    uint32_t serial;        /* objects opened so far */
    /* Duplicate keys: every key read, hashed by (object serial, bytes). */
    gbuf keys;              /* key bytes */
    kent *kents;
    size_t nkents, kents_cap;
    bool kents_heap;
    uint32_t *ktab;         /* open addressing: kent index + 1, 0 empty */
    size_t ktab_cap;        /* power of two */
    bool ktab_heap;
    /* Schema. */
    int mode;
    int skip;               /* containers open inside a value being skipped */
    bool root_array;
    int nframes;
    int want, want_slot;
    gbuf sbuf;              /* strings: the current scalar's, a list's items' */
    litem *items;
    size_t nitems, items_cap;
    bool items_heap;
    int list_slot;
    unsigned seen_top;      /* id, name, date read (bits W_ID, W_NAME, W_DATE) */
    ag_slotset seen;        /* the fields read */
    /* Line and column of byte lc_off, advanced as keys are read (they come in document
     * order), so that each field's position costs one pass over the text in all. */
    size_t lc_off;
    int32_t lc_line, lc_col;
    /* Not cleared per profile: written before read. */
    sframe frames[AG_MAX_JSON_DEPTH + 2];
    char kpath[PATH_CAP], kjp[PATH_CAP]; /* the current key's field path and JSON path */
    char list_jp[PATH_CAP];
    uint32_t obj_serial[JSON_MAX_NESTING + 2]; /* the serial of each open object */
} reader;

/* ---- Strictness: what jansson refuses and yajl 2 lets through --------------------------- */

/* The length of the UTF-8 sequence at s (n bytes left) as jansson accepts it — no overlong
 * form, no surrogate, nothing above U+10FFFF — or 0. */
static size_t utf8_len(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t k;
    uint32_t v;
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) { k = 2; v = c & 0x1F; }
    else if (c < 0xF0) { k = 3; v = c & 0x0F; }
    else if (c < 0xF5) { k = 4; v = c & 0x07; }
    else return 0;
    if (n < k) return 0;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    if ((k == 3 && v < 0x800) || (k == 4 && v < 0x10000)) return 0;
    return k;
}

static int hex4(const unsigned char *s, size_t n) {
    if (n < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int c = s[i], d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* The raw text of a string token (between its quotes), as jansson would accept it:
 * UTF-8 as above, no \u0000, surrogates escaped only in pairs. yajl has checked the
 * rest (escapes, control characters). */
static bool raw_string_ok(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c >= 0x80) {
            size_t k = utf8_len(s + i, n - i);
            if (!k) return false;
            i += k;
        } else if (c == '\\' && i + 1 < n && s[i + 1] == 'u') {
            int v = hex4(s + i + 2, n - i - 2);
            if (v <= 0) return false;
            i += 6;
            if (v >= 0xDC00 && v <= 0xDFFF) return false;
            if (v >= 0xD800 && v <= 0xDBFF) {
                int lo = i + 1 < n && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s + i + 2, n - i - 2) : -1;
                if (lo < 0xDC00 || lo > 0xDFFF) return false;
                i += 6;
            }
        } else {
            i += c == '\\' ? 2 : 1;
        }
    }
    return true;
}

/* A string or key token yajl hands over as (s, n): valid as jansson would have it? An
 * unescaped string points into the input; one with escapes was decoded into yajl's
 * buffer, so its raw text is found back from the bytes consumed (the token ends there
 * with its closing quote; its opening quote is the first one, going back, that is not
 * escaped, i.e. not after an odd run of backslashes). */
static bool token_ok(reader *r, const unsigned char *s, size_t n) {
    if (s >= r->text && s + n <= r->text + r->text_len) {
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) return raw_string_ok(s, n);
        }
        for (; i < n; i++)
            if (s[i] >= 0x80) return raw_string_ok(s, n);
        return true;
    }
    size_t end = yajl_get_bytes_consumed(r->h);
    if (end < 2 || end > r->text_len || r->text[end - 1] != '"') return false;
    size_t close = end - 1, q = close;
    while (q > 0) {
        q--;
        if (r->text[q] != '"') continue;
        size_t bs = 0;
        while (bs < q && r->text[q - 1 - bs] == '\\') bs++;
        if (!(bs & 1)) return raw_string_ok(r->text + q + 1, close - q - 1);
    }
    return false;
}

/* ---- Structure: nesting and duplicate keys (for every value, skipped or not) ------------- */

static uint32_t key_hash(uint32_t obj, const unsigned char *s, size_t n) {
    uint32_t h = 2166136261u ^ obj * 16777619u;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 16777619u;
    return h;
}

/* Records key (s, n) of the innermost open object; false when it is already there (or
 * memory ran out: then x->oom). */
static bool key_add(reader *r, const unsigned char *s, size_t n) {
    uint32_t obj = r->obj_serial[r->nesting], h = key_hash(obj, s, n);
    size_t mask = r->ktab_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t e = r->ktab[i];
        if (!e) break;
        const kent *k = &r->kents[e - 1];
        if (k->hash == h && k->obj == obj && k->len == n && !memcmp(r->keys.p + k->off, s, n)) return false;
    }
    if (r->nkents == r->kents_cap) {
        kent *nk = r->kents_heap ? realloc(r->kents, r->kents_cap * 2 * sizeof *nk) : malloc(r->kents_cap * 2 * sizeof *nk);
        if (!nk) { r->x->oom = true; return false; }
        if (!r->kents_heap) memcpy(nk, r->kents, r->nkents * sizeof *nk);
        r->kents = nk;
        r->kents_cap *= 2;
        r->kents_heap = true;
    }
    if (!gbuf_reserve(&r->keys, n)) { r->x->oom = true; return false; }
    kent *k = &r->kents[r->nkents++];
    k->obj = obj;
    k->hash = h;
    k->off = r->keys.len;
    k->len = n;
    memcpy(r->keys.p + r->keys.len, s, n);
    r->keys.len += n;
    if (r->nkents * 2 > r->ktab_cap) { /* grow the table and re-insert */
        size_t cap = r->ktab_cap * 2;
        uint32_t *t = calloc(cap, sizeof *t);
        if (!t) { r->x->oom = true; return false; }
        if (r->ktab_heap) free(r->ktab);
        r->ktab = t;
        r->ktab_heap = true;
        r->ktab_cap = cap;
        for (size_t e = 0; e < r->nkents; e++) {
            size_t i = r->kents[e].hash & (cap - 1);
            while (t[i]) i = (i + 1) & (cap - 1);
            t[i] = (uint32_t)e + 1;
        }
    } else {
        size_t i = h & mask;
        while (r->ktab[i]) i = (i + 1) & mask;
        r->ktab[i] = (uint32_t)r->nkents;
    }
    return true;
}

/* A value begins at nesting + 1: jansson refuses one deeper than its limit, and a top
 * value that is not an object or an array. */
static bool value_ok(reader *r, bool container) {
    if (r->nesting + 1 > JSON_MAX_NESTING || (r->nesting == 0 && !container)) { r->json_bad = true; return false; }
    return true;
}

/* ---- Events --------------------------------------------------------------------------------- */

/* A scalar (or a container's kind, at its start) after a key of a schema object. */
static void keyed_value(reader *r, const jv *v) {
    pctx *x = r->x;
    switch (r->want) {
    case W_ID: case W_NAME: case W_DATE: {
        if (v->kind != JV_STR) { perr(x, r->kjp, "expected a string, found %s", jv_kind(v)); return; }
        const char *s = ag_arena_strndup(&x->p->arena, v->s, v->len);
        if (!s) { x->oom = true; return; }
        if (r->want == W_ID) x->p->id = s;
        else if (r->want == W_NAME) x->p->name = s;
        else if (!ag_date_parse(s, strlen(s), &x->p->date)) perr(x, r->kjp, "expected a date \"YYYY-MM-DD\", found '%s'", s);
        return;
    }
    case W_FIELD:
        set_field(x, &x->c->fields[r->want_slot], r->want_slot, v, r->kjp);
        return;
    case W_OBJECT:
        if (v->kind != JV_NULL) perr(x, r->kjp, "expected an object, found %s", jv_kind(v));
        return;
    default:
        return;
    }
}

static bool list_item(reader *r, const jv *v) {
    if (r->nitems == r->items_cap) {
        size_t cap = r->items_cap ? r->items_cap * 2 : 16;
        litem *n = r->items_heap ? realloc(r->items, cap * sizeof *n) : malloc(cap * sizeof *n);
        if (!n) { r->x->oom = true; return false; }
        if (!r->items_heap) memcpy(n, r->items, r->nitems * sizeof *n);
        r->items_heap = true;
        r->items = n;
        r->items_cap = cap;
    }
    litem *it = &r->items[r->nitems++];
    it->kind = v->kind;
    it->b = v->b;
    it->num = v->num;
    it->off = v->kind == JV_STR ? (size_t)(v->s - r->sbuf.p) : 0;
    it->len = v->len;
    return true;
}

/* A scalar value anywhere. */
static int scalar(reader *r, const jv *v) {
    if (!value_ok(r, false)) return 0;
    if (r->skip) return 1;
    if (r->mode == M_OBJECT) {
        keyed_value(r, v);
        r->sbuf.len = 0;
    } else if (r->mode == M_LIST) {
        if (!list_item(r, v)) return 0;
    }
    return !r->x->oom;
}

/* A string's copy, NUL-terminated, in sbuf (kept there while a list is collected). */
static int on_string(void *ctx, const unsigned char *s, size_t n) {
    reader *r = ctx;
    if (!token_ok(r, s, n)) { r->json_bad = true; return 0; }
    if (r->skip) return value_ok(r, false);
    if (!gbuf_reserve(&r->sbuf, n + 1)) { r->x->oom = true; return 0; }
    char *d = r->sbuf.p + r->sbuf.len;
    memcpy(d, s, n);
    d[n] = 0;
    r->sbuf.len += n + 1;
    jv v = {.kind = JV_STR, .s = d, .len = n};
    return scalar(r, &v);
}

static int on_null(void *ctx) {
    jv v = {.kind = JV_NULL};
    return scalar(ctx, &v);
}

static int on_boolean(void *ctx, int b) {
    jv v = {.kind = JV_BOOL, .b = b != 0};
    return scalar(ctx, &v);
}

/* A real token (JSON's grammar, checked by yajl) whose digits fit in 2^53 and whose
 * power of ten is at most 22: one IEEE multiplication or division of two exact doubles,
 * hence the correctly rounded value strtod gives (Clinger's fast path). False otherwise. */
static bool fast_real(const char *s, size_t n, double *out) {
    static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t i = 0;
    bool neg = s[0] == '-';
    if (neg) i++;
    uint64_t m = 0;
    int digits = 0, exp = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
        if (m || s[i] != '0') digits++;
        m = m * 10 + (uint64_t)(s[i] - '0');
        if (digits > 15) return false;
    }
    if (i < n && s[i] == '.')
        for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            if (m || s[i] != '0') digits++;
            m = m * 10 + (uint64_t)(s[i] - '0');
            exp--;
            if (digits > 15) return false;
        }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = i < n && s[i] == '-';
        if (i < n && (s[i] == '-' || s[i] == '+')) i++;
        int e = 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            e = e * 10 + (s[i] - '0');
            if (e > 1000) return false;
        }
        exp += eneg ? -e : e;
    }
    if (i != n || exp < -22 || exp > 22) return false;
    double v = (double)m;
    v = exp < 0 ? v / p10[-exp] : v * p10[exp];
    *out = neg ? -v : v;
    return true;
}

/* A number token as jansson reads it: an integer (no '.', 'e', 'E') must fit in a long
 * long, a real must not overflow a double; the value is the double either gives. */
static int on_number(void *ctx, const char *s, size_t n) {
    reader *r = ctx;
    bool real = false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.' || s[i] == 'e' || s[i] == 'E') { real = true; break; }
    double num;
    if (!real && n <= 18 + (s[0] == '-')) { /* fits in a long long whatever the digits */
        long long v = 0;
        for (size_t i = s[0] == '-'; i < n; i++) v = v * 10 + (s[i] - '0');
        num = (double)(s[0] == '-' ? -v : v);
    } else if (real && fast_real(s, n, &num)) {
        /* exact, as strtod would give it */
    } else {
        char small[64], *buf = n < sizeof small ? small : malloc(n + 1);
        if (!buf) { r->x->oom = true; return 0; }
        memcpy(buf, s, n);
        buf[n] = 0;
        errno = 0;
        bool range;
        if (real) {
            num = strtod(buf, NULL);
            range = (num == HUGE_VAL || num == -HUGE_VAL) && errno == ERANGE;
        } else {
            long long v = strtoll(buf, NULL, 10);
            range = errno == ERANGE;
            num = (double)v;
        }
        if (buf != small) free(buf);
        if (range) { r->json_bad = true; return 0; }
    }
    jv v = {.kind = JV_NUM, .num = num};
    return scalar(r, &v);
}

/* A container opens; `kind` is JV_OBJ or JV_ARR. */
static int open_container(reader *r, int kind) {
    if (!value_ok(r, true)) return 0;
    r->nesting++;
    if (kind == JV_OBJ) r->obj_serial[r->nesting] = ++r->serial;
    if (r->skip) { r->skip++; return 1; }
    pctx *x = r->x;
    jv v = {.kind = kind};
    switch (r->mode) {
    case M_ROOT:
        if (kind == JV_ARR) { r->root_array = true; r->skip = 1; r->mode = M_DONE; return 1; }
        r->mode = M_OBJECT;
        r->nframes = 1;
        strcpy(r->frames[0].prefix, "");
        strcpy(r->frames[0].jpath, "$");
        r->frames[0].nprefix = 0;
        r->frames[0].njpath = 1;
        r->frames[0].depth = 0;
        return 1;
    case M_LIST:
        r->skip = 1;
        return list_item(r, &v);
    case M_OBJECT:
        if (r->want == W_OBJECT && kind == JV_OBJ) {
            sframe *top = &r->frames[r->nframes - 1];
            if (top->depth >= AG_MAX_JSON_DEPTH) {
                perr(x, r->kjp, "nesting deeper than %d levels", AG_MAX_JSON_DEPTH);
                r->skip = 1;
                return 1;
            }
            sframe *f = &r->frames[r->nframes++];
            f->nprefix = strlen(r->kpath);
            f->njpath = strlen(r->kjp);
            memcpy(f->prefix, r->kpath, f->nprefix + 1);
            memcpy(f->jpath, r->kjp, f->njpath + 1);
            f->depth = top->depth + 1;
            return 1;
        }
        if (r->want == W_FIELD && kind == JV_ARR) {
            ag_ftype t = x->c->fields[r->want_slot].type;
            if (t == AG_F_TERMS || t == AG_F_REGIONS) {
                r->mode = M_LIST;
                r->nitems = 0;
                r->sbuf.len = 0;
                r->list_slot = r->want_slot;
                memcpy(r->list_jp, r->kjp, strlen(r->kjp) + 1);
                return 1;
            }
        }
        keyed_value(r, &v); /* the type error, if any, in document order */
        r->skip = 1;
        return !x->oom;
    default:
        r->skip = 1;
        return 1;
    }
}

static int on_start_map(void *ctx) { return open_container(ctx, JV_OBJ); }
static int on_start_array(void *ctx) { return open_container(ctx, JV_ARR); }

static int close_container(reader *r, int kind) {
    if (--r->nesting == 0) r->end = yajl_get_bytes_consumed(r->h);
    if (r->skip) { r->skip--; return 1; }
    if (kind == JV_OBJ) {
        if (--r->nframes == 0) r->mode = M_DONE;
        return 1;
    }
    /* The end of a list field: its items, checked as one value. */
    jv store[8], *items = r->nitems <= 8 ? store : malloc(r->nitems * sizeof *items);
    if (!items) { r->x->oom = true; return 0; }
    for (size_t i = 0; i < r->nitems; i++) {
        const litem *it = &r->items[i];
        items[i] = (jv){.kind = it->kind, .b = it->b, .num = it->num, .s = r->sbuf.p + it->off, .len = it->len};
    }
    jv v = {.kind = JV_ARR, .items = items, .n = r->nitems};
    set_field(r->x, &r->x->c->fields[r->list_slot], r->list_slot, &v, r->list_jp);
    if (items != store) free(items);
    r->mode = M_OBJECT;
    r->sbuf.len = 0;
    return !r->x->oom;
}

static int on_end_map(void *ctx) { return close_container(ctx, JV_OBJ); }
static int on_end_array(void *ctx) { return close_container(ctx, JV_ARR); }

/* The position of the key token (s, n) just read: its opening quote. A key with escapes was
 * decoded into yajl's buffer; its quote is then found back from the bytes consumed. */
static void key_pos(reader *r, const unsigned char *s, size_t n, ag_srcpos *out) {
    size_t off;
    if (s > r->text && s + n <= r->text + r->text_len) off = (size_t)(s - r->text) - 1;
    else {
        size_t end = yajl_get_bytes_consumed(r->h);
        off = end >= n + 2 ? end - n - 2 : 0;
    }
    if (off < r->lc_off) { r->lc_off = 0; r->lc_line = 1; r->lc_col = 1; }
    for (size_t i = r->lc_off; i < off; i++) {
        unsigned char ch = r->text[i];
        if (ch == '\n') { r->lc_line++; r->lc_col = 1; }
        else if ((ch & 0xC0) != 0x80) r->lc_col++;
    }
    r->lc_off = off;
    out->line = r->lc_line;
    out->col = r->lc_col;
}

/* A key: refused when its object has it already; in a schema object, says what the value
 * after it is for (and reports an unknown key, with a suggestion, in document order). */
static int on_map_key(void *ctx, const unsigned char *s, size_t n) {
    reader *r = ctx;
    pctx *x = r->x;
    if (!token_ok(r, s, n)) { r->json_bad = true; return 0; }
    if (r->skip || r->mode != M_OBJECT) return key_add(r, s, n) ? 1 : (r->json_bad = !x->oom, 0);
    const sframe *f = &r->frames[r->nframes - 1];
    /* The field path (prefix.key) and the JSON path ($.prefix.key), as join() builds them:
     * one too long for its buffer is reported, and a JSON path too long is left empty. */
    size_t pn = f->nprefix + (f->nprefix != 0) + n, jn = f->njpath + 1 + n;
    if (jn < sizeof r->kjp) {
        memcpy(r->kjp, f->jpath, f->njpath);
        r->kjp[f->njpath] = '.';
        memcpy(r->kjp + f->njpath + 1, s, n);
        r->kjp[jn] = 0;
    } else {
        r->kjp[0] = 0;
    }
    if (pn >= sizeof r->kpath) {
        if (!key_add(r, s, n)) { r->json_bad = !x->oom; return 0; }
        perr(x, r->kjp, "key path too long");
        r->want = W_SKIP;
        return 1;
    }
    memcpy(r->kpath, f->prefix, f->nprefix);
    if (f->nprefix) r->kpath[f->nprefix] = '.';
    char *key = r->kpath + pn - n;
    memcpy(key, s, n);
    r->kpath[pn] = 0;
    /* A key the schema knows is found again by its slot (a field's path belongs to one
     * object), so only other keys go through the table of keys. */
    if (!f->nprefix && ((n == 2 && !memcmp(key, "id", 2)) || (n == 4 && (!memcmp(key, "name", 4) || !memcmp(key, "date", 4))))) {
        r->want = key[0] == 'i' ? W_ID : key[0] == 'n' ? W_NAME : W_DATE;
        if (r->seen_top & (1u << r->want)) { r->json_bad = true; return 0; }
        r->seen_top |= 1u << r->want;
        return 1;
    }
    int32_t slot = ag_map_get(&x->c->field_index, r->kpath, pn);
    if (slot >= 0) {
        if (ag_slotset_has(&r->seen, slot)) { r->json_bad = true; return 0; }
        ag_slotset_add(&r->seen, slot);
        key_pos(r, s, n, &x->p->pos[slot]);
        r->want = W_FIELD;
        r->want_slot = slot;
        return 1;
    }
    if (!key_add(r, s, n)) { r->json_bad = !x->oom; return 0; }
    if (is_object_prefix(x->c, r->kpath)) { r->want = W_OBJECT; return 1; }
    r->want = W_SKIP;
    /* A suggestion costs an edit distance to every field: only for errors that will be
     * shown (a profile of a million unknown keys must not cost a million searches). */
    const char *sug = x->d && x->d->n < x->d->cap ? suggest_key(x->c, f->prefix, key) : NULL;
    if (sug) perr(x, r->kjp, "unknown key '%s' (did you mean '%s'?)", key, sug);
    else perr(x, r->kjp, "unknown key '%s'; the profile schema is in docs/profile.md", key);
    return 1;
}

static const yajl_callbacks callbacks = {
    on_null, on_boolean, NULL, NULL, on_number, on_string,
    on_start_map, on_map_key, on_end_map, on_start_array, on_end_array,
};

/* yajl's allocations: its handle, lexer, buffers and state stack, about 3 KB, come from
 * a block on the reader's stack, bumped and never freed one by one; what does not fit
 * goes to malloc (through this file, so that it fails as the library's own allocations
 * do under fault injection, tests/unit/test_faults.c). Each piece carries its size
 * before it, for realloc. */
typedef struct ybump {
    _Alignas(max_align_t) unsigned char mem[6144];
    size_t used;
} ybump;

#define YHDR sizeof(max_align_t)

static bool y_in(const ybump *b, const void *p) {
    return (const unsigned char *)p >= b->mem && (const unsigned char *)p < b->mem + sizeof b->mem;
}

static void *y_malloc(void *ctx, size_t n) {
    ybump *b = ctx;
    size_t need = YHDR + ((n + YHDR - 1) & ~(YHDR - 1));
    unsigned char *p;
    if (n < sizeof b->mem && need <= sizeof b->mem - b->used) {
        p = b->mem + b->used;
        b->used += need;
    } else {
        if (n > SIZE_MAX - YHDR || !(p = malloc(YHDR + n))) return NULL;
    }
    memcpy(p, &n, sizeof n);
    return p + YHDR;
}

static void y_free(void *ctx, void *p) {
    if (p && !y_in(ctx, p)) free((unsigned char *)p - YHDR);
}

static void *y_realloc(void *ctx, void *p, size_t n) {
    ybump *b = ctx;
    if (!p) return y_malloc(ctx, n);
    size_t old;
    memcpy(&old, (unsigned char *)p - YHDR, sizeof old);
    if (!y_in(b, p)) {
        unsigned char *q = realloc((unsigned char *)p - YHDR, YHDR + n);
        if (!q) return NULL;
        memcpy(q, &n, sizeof n);
        return q + YHDR;
    }
    /* The last piece of the block grows in place when there is room. */
    size_t at = (size_t)((unsigned char *)p - b->mem), olds = (old + YHDR - 1) & ~(YHDR - 1);
    size_t news = (n + YHDR - 1) & ~(YHDR - 1);
    if (at + olds == b->used && n < sizeof b->mem && news <= sizeof b->mem - at) {
        b->used = at + news;
        memcpy((unsigned char *)p - YHDR, &n, sizeof n);
        return p;
    }
    void *q = y_malloc(ctx, n);
    if (!q) return NULL;
    memcpy(q, p, old < n ? old : n);
    return q;
}

/* 1-based line and column (in characters, as jansson counts them) of byte offset off. */
static void line_col(const char *s, size_t len, size_t off, int *line, int *col) {
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < off && i < len; i++) {
        if (s[i] == '\n') { (*line)++; *col = 1; }
        else if (((unsigned char)s[i] & 0xC0) != 0x80) (*col)++;
    }
}

/* The input was refused as JSON: the message jansson gives for it (the one users have
 * always seen). Should jansson accept it — the two disagreeing, which the tests rule
 * out — yajl's own message at its offset is reported, so that the input is still refused. */
static aigov_status json_error(pctx *x, const char *json, size_t len, yajl_handle h) {
    json_error_t jerr;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        if (json_error_code(&jerr) == json_error_out_of_memory) return AIGOV_NOMEM;
        /* jansson says line 1, column 0 (or -1) when the input is empty or ends early. */
        ag_diag_add(x->d, x->name, json, len, jerr.line > 0 ? jerr.line : 1, jerr.column > 0 ? jerr.column : 1, 1,
                    "invalid JSON: %s", jerr.text);
        return AIGOV_SYNTAX;
    }
    json_decref(root);
    size_t off = h ? yajl_get_bytes_consumed(h) : 0;
    int line, col;
    line_col(json, len, off, &line, &col);
    ag_diag_add(x->d, x->name, json, len, line, col, 1, "invalid JSON: not accepted by the profile reader");
    return AIGOV_SYNTAX;
}

/* Reads the JSON text into p (whose slots are cleared). Returns AIGOV_OK when it is JSON
 * that jansson accepts — schema errors are then counted in x — or AIGOV_SYNTAX (reported,
 * schema errors dropped) or AIGOV_NOMEM. `*root_array` says the top value was an array. */
static aigov_status read_stream(pctx *x, const char *json, size_t len, bool *root_array) {
    reader rs, *r = &rs;
    ybump bump;
    memset(r, 0, offsetof(reader, frames));
    char kbytes[1024], sbytes[1024];
    kent kents[32];
    uint32_t ktab[64] = {0};
    litem items[32];
    r->x = x;
    r->text = (const unsigned char *)json;
    r->text_len = len;
    r->keys = (gbuf){kbytes, 0, sizeof kbytes, false};
    r->sbuf = (gbuf){sbytes, 0, sizeof sbytes, false};
    r->kents = kents;
    r->kents_cap = AG_ARRAY_LEN(kents);
    r->ktab = ktab;
    r->ktab_cap = AG_ARRAY_LEN(ktab);
    r->items = items;
    r->items_cap = AG_ARRAY_LEN(items);
    r->mode = M_ROOT;
    r->lc_line = r->lc_col = 1;
    aigov_diags *d = x->d;
    int diags_before = d ? d->n : 0, dropped_before = d ? d->dropped : 0, errors_before = x->errors;
    aigov_status st = AIGOV_OK;
    /* \v and \f are white space to yajl, never valid to jansson (in a string or out). */
    bool ok = !memchr(json, '\v', len) && !memchr(json, '\f', len);
    if (!ok) r->json_bad = true;
    if (ok) {
        bump.used = 0;
        yajl_alloc_funcs af = {y_malloc, y_realloc, y_free, &bump};
        r->h = yajl_alloc(&callbacks, &af, r);
        if (!r->h) { st = AIGOV_NOMEM; goto out; }
        yajl_config(r->h, yajl_allow_comments, 0);
        yajl_config(r->h, yajl_dont_validate_strings, 0);
        yajl_config(r->h, yajl_allow_trailing_garbage, 0);
        yajl_config(r->h, yajl_allow_multiple_values, 0);
        yajl_config(r->h, yajl_allow_partial_values, 0);
        yajl_status ys = yajl_parse(r->h, (const unsigned char *)json, len);
        if (ys == yajl_status_ok) ys = yajl_complete_parse(r->h);
        ok = ys == yajl_status_ok;
        /* yajl lets an unterminated string after the top value pass (it waits for more
         * input); jansson allows only white space there. */
        for (size_t i = r->end; ok && i < len; i++)
            if (json[i] != ' ' && json[i] != '\t' && json[i] != '\n' && json[i] != '\r') { ok = false; r->json_bad = true; }
        if (!ok && x->oom && !r->json_bad) { st = AIGOV_NOMEM; goto out; }
    }
    if (!ok) {
        if (d) { d->n = diags_before; d->dropped = dropped_before; }
        x->errors = errors_before;
        x->oom = false;
        st = json_error(x, json, len, r->h);
        if (st == AIGOV_SYNTAX) x->errors++;
    }
    *root_array = r->root_array;
out:
    if (r->h) yajl_free(r->h);
    gbuf_free(&r->keys);
    gbuf_free(&r->sbuf);
    if (r->kents_heap) free(r->kents);
    if (r->ktab_heap) free(r->ktab);
    if (r->items_heap) free(r->items);
    return st;
}

aigov_status aigov_profile_parse(const aigov_corpus *c, const char *name, const char *json,
                                 size_t len, const char *date, aigov_profile **out, aigov_diags *d) {
    *out = NULL;
    aigov_profile *p = calloc(1, sizeof *p);
    if (!p) return AIGOV_NOMEM;
    /* On the stack, and only the slots the corpus declares are cleared: this runs for
     * every line of a batch. */
    pctx xs, *x = &xs;
    memset(x, 0, offsetof(pctx, has_regions));
    memset(x->has_regions, 0, sizeof x->has_regions[0] * (size_t)c->nfields);
    /* The slots, the named sets and a little for strings and lists, in one small block. */
    ag_arena_init_block(&p->arena, ((size_t)c->nfields + (size_t)c->nconsts + 2) * sizeof(ag_value) +
                                       ((size_t)c->nfields + 1) * sizeof(ag_srcpos) + 1024);
    p->corpus = c;
    p->date = AG_DATE_NONE;
    p->slots = AG_NEW(&p->arena, ag_value, (size_t)c->nfields + 1);
    p->consts = AG_NEW(&p->arena, ag_value, (size_t)c->nconsts + 1);
    p->pos = AG_NEW(&p->arena, ag_srcpos, (size_t)c->nfields + 1);
    p->source = ag_arena_strdup(&p->arena, name ? name : "<profile>");
    x->c = c;
    x->p = p;
    x->d = d;
    x->name = p->source ? p->source : "<profile>";
    if (!p->slots || !p->consts || !p->pos || !p->source) {
        aigov_profile_free(p);
        return AIGOV_NOMEM;
    }
    int32_t region_idx[128];
    x->region_idx = region_idx;
    x->region_cap = AG_ARRAY_LEN(region_idx);
    bool root_array = false;
    aigov_status st = read_stream(x, json, len, &root_array);
    if (st != AIGOV_OK) {
        if (x->region_heap) free(x->region_idx);
        aigov_profile_free(p);
        return st;
    }
    if (root_array) {
        ag_diag_add_json(d, x->name, "$", 0, 0, "expected a profile object, found an array");
        if (x->region_heap) free(x->region_idx);
        aigov_profile_free(p);
        return AIGOV_INVALID;
    }
    if (date) {
        if (!ag_date_parse(date, strlen(date), &p->date)) {
            ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date);
            x->errors++;
        }
    }
    if (p->date == AG_DATE_NONE) p->date = ag_date_today();
    if (!x->oom && !x->errors) expand_deferred(x);
    if (x->region_heap) free(x->region_idx);
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

void aigov_profile_free(aigov_profile *p) {
    if (!p) return;
    ag_arena_free(&p->arena);
    free(p);
}

const char *aigov_profile_id(const aigov_profile *p) { return p->id; }
