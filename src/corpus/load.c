/* load.c — reads corpus files (YAML or JSON) into the compiled, immutable corpus.
 *
 * Owns: the corpus format of docs/corpus-format.md: required and allowed keys, enums,
 * id syntax, vocabulary checks, cross-reference resolution, compiling every `when`,
 * and reporting every error found (up to the diagnostics cap) with file:line:col.
 * Must not: evaluate conditions or know about profiles beyond the schema they declare.
 * Everything it builds lives in the corpus arena; file buffers are freed at the end. */
#include "corpus/corpus.h"
#include "base/builtin.h"
#include "corpus/overlay.h"
#include "base/yamltree.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- Fixed enums of the format ----------------------------------------------------- */
static const char *const MODALITIES[] = {"ethics_principles", "industry_governance",
    "contract_license", "standard", "international_agreement", "domestic_law", NULL};
static const char *const FORMS[] = {"general_law", "special_law", "general_policy",
    "special_policy", "governance_by_ai", "soft_law", "contract", "standard", NULL};
static const char *const BINDINGS[] = {"binding", "voluntary", "contractual", NULL};
static const char *const LAYERS[] = {"development", "deployment", "infrastructure", NULL};
static const char *const ACTOR_KINDS[] = {"public", "state", "subnational", "supranational",
    "igo", "sdo", "industry_body", "company", "multistakeholder", "expert_body", "ai_system",
    "court", "agency", "ngo", "academic", NULL};
static const char *const FUNCTIONS[] = {"science_consensus", "rule_setting", "standard_setting",
    "support_implementation", "compliance_monitoring", "capability_diffusion", "safety_research", NULL};
static const char *const STATUSES[] = {"active", "dissolved", "proposed", NULL};
static const char *const CHAIN_STATES[] = {"not_modelled", NULL};
static const char *const DELEGATION_KINDS[] = {"authorization", "mandate", NULL};
static const char *const PRINCIPAL_RULES[] = {"all", "majority", "any", NULL};
static const char *const REVOCATION_MEANS[] = {"recall", "withdrawal", "amendment", NULL};
static const char *const PROVISION_KINDS[] = {"obligation", "prohibition", "prohibited_practice",
    "permission", "recommendation", NULL};
static const char *const RELATION_TYPES[] = {"implements", "endorses", "references", "amends",
    "supersedes", "revokes", "contests", "preempts", "restricts", NULL};
static const char *const FIELD_TYPES[] = {"bool", "number", "date", "string", "term", "terms",
    "regions", NULL};

const char *ag_function_name(int i) {
    return i >= 0 && i < (int)(sizeof FUNCTIONS / sizeof *FUNCTIONS) - 1 ? FUNCTIONS[i] : NULL;
}

const char *aigov_modality_name(int i) {
    return i >= 0 && i < 6 ? MODALITIES[i] : NULL;
}

/* ---- Loader state ------------------------------------------------------------------ */
typedef struct src_file {
    const char *name;    /* relative to the corpus root: "instruments/gdpr.yaml" */
    const char *display; /* as shown in diagnostics: "corpus/instruments/gdpr.yaml" */
    char *buf;        /* owned when `owned` */
    const char *data;
    size_t len;
    bool owned;
} src_file;

/* A reference to resolve once every file is read. */
typedef enum ref_kind { REF_PUBLIC, REF_ENTITY, REF_ACTOR, REF_INSTRUMENT, REF_PROVISION, REF_REGION, REF_ACTOR_OR_REGION,
                        REF_JURISDICTION } ref_kind;
typedef struct pending_ref {
    ref_kind kind;
    const char *id;
    const char *what; /* "issuer", "delegation principal" ... */
    int file, line, col, span;
} pending_ref;

typedef struct loader {
    aigov_corpus *c;
    aigov_diags *d;
    ag_arena *a;
    src_file *files;
    int nfiles, cur;  /* cur: index of the file being read */
    int errors;
    bool oom;
    ag_vec refs;      /* pending_ref */
    ag_cel_env env;
    /* Top-level files (in TOP_FILES order) that are missing or unreadable as a whole, and
     * ids of instruments ("mini-act", from the file name) and provisions ("inst/prov")
     * that were declared but failed to load: references to them are not reported again,
     * so that one broken file does not bury its own error under a cascade. */
    bool top_broken[5];
    ag_vec broken;    /* const char * */
    ag_overlay *ov;   /* what-if overlay (overlay.c), or NULL */
    int ovfile;       /* its index in files, or -1 */
} loader;

enum { TOP_VOCABULARY, TOP_SCHEMA, TOP_REGIONS, TOP_ACTORS, TOP_DELEGATIONS };

static void add_broken(loader *L, const char *id) {
    const char **slot = id ? ag_vec_push(&L->broken) : NULL;
    if (slot) *slot = id;
    else if (id) L->oom = true;
}

static bool is_broken(const loader *L, const char *id, size_t len) {
    const char *const *b = L->broken.items;
    for (size_t i = 0; i < L->broken.n; i++)
        if (strlen(b[i]) == len && !strncmp(b[i], id, len)) return true;
    return false;
}

#define FILE_OF(L) (&(L)->files[(L)->cur])

static void errat(loader *L, int file, int line, int col, int span, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static void errat(loader *L, int file, int line, int col, int span, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    src_file *f = &L->files[file];
    ag_diag_add(L->d, f->display, f->data, f->len, line, col, span, "%s", msg);
    L->errors++;
}

/* Characters (not bytes) in the first n bytes of UTF-8 text: columns count characters. */
static int u8_chars(const char *s, size_t n) {
    int c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int span_of(const ag_ynode *n) {
    if (n->kind != AG_Y_SCALAR) return 1;
    int s = (int)n->len + (n->style == AG_YS_QUOTED ? 2 : 0);
    return s > 0 ? s : 1;
}

#define ERR(L, node, ...) errat((L), (node)->file, (node)->line, (node)->col, span_of(node), __VA_ARGS__)

static const char *kind_name(const ag_ynode *n) {
    if (!n) return "nothing";
    switch (n->kind) {
    case AG_Y_SCALAR: return ag_ynode_is_null(n) ? "null" : "a scalar";
    case AG_Y_SEQ: return "a list";
    default: return "a mapping";
    }
}

static size_t enum_len(const char *const *e) { size_t n = 0; while (e[n]) n++; return n; }

static ag_ynode *get(const ag_ynode *map, const char *key) {
    if (!map || map->kind != AG_Y_MAP) return NULL;
    for (int i = 0; i + 1 < map->nkids; i += 2)
        if (map->kids[i]->kind == AG_Y_SCALAR && !strcmp(map->kids[i]->str, key)) {
            ag_ynode *v = map->kids[i + 1];
            return ag_ynode_is_null(v) ? NULL : v;
        }
    return NULL;
}

/* Every key of `map` must be in `allowed`; reports each other key with a suggestion. */
static void check_keys(loader *L, const ag_ynode *map, const char *const *allowed, const char *what) {
    size_t n = enum_len(allowed);
    for (int i = 0; i + 1 < map->nkids; i += 2) {
        const ag_ynode *k = map->kids[i];
        if (k->kind != AG_Y_SCALAR) continue;
        bool found = false;
        for (size_t j = 0; j < n; j++) if (!strcmp(allowed[j], k->str)) { found = true; break; }
        if (found) continue;
        const char *s = ag_suggest(k->str, k->len, allowed, n);
        if (s) ERR(L, k, "unknown key '%s' in %s (did you mean '%s'?)", k->str, what, s);
        else ERR(L, k, "unknown key '%s' in %s", k->str, what);
    }
}

static bool need_map(loader *L, const ag_ynode *n, const char *what) {
    if (n && n->kind == AG_Y_MAP) return true;
    if (n) ERR(L, n, "%s must be a mapping, found %s", what, kind_name(n));
    return false;
}

/* A required or optional scalar string. */
static const char *r_str(loader *L, const ag_ynode *map, const char *key, bool required, const char *what) {
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return NULL;
    }
    if (n->kind != AG_Y_SCALAR) {
        ERR(L, n, "'%s' must be a string, found %s", key, kind_name(n));
        return NULL;
    }
    return n->str;
}

static bool valid_id(const char *s) {
    if (!*s) return false;
    bool dash_ok = false;
    for (const char *p = s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) dash_ok = true;
        else if (*p == '-' && dash_ok) dash_ok = false;
        else return false;
    }
    return dash_ok;
}

static bool valid_term(const char *s) {
    if (!*s) return false;
    bool us_ok = false;
    for (const char *p = s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) us_ok = true;
        else if (*p == '_' && us_ok) us_ok = false;
        else return false;
    }
    return us_ok;
}

static const char *r_id(loader *L, const ag_ynode *map, const char *key, bool required, const char *what) {
    const char *s = r_str(L, map, key, required, what);
    if (s && !valid_id(s)) {
        ERR(L, get(map, key), "invalid id '%s': expected lowercase kebab-case such as 'eu-ai-act'", s);
        return NULL;
    }
    return s;
}

static const char *check_enum(loader *L, const ag_ynode *n, const char *const *vals, const char *what) {
    size_t k = enum_len(vals);
    for (size_t i = 0; i < k; i++) if (!strcmp(vals[i], n->str)) return vals[i];
    const char *s = ag_suggest(n->str, n->len, vals, k);
    char list[400] = "";
    for (size_t i = 0; i < k; i++) {
        if (i) strncat(list, ", ", sizeof list - strlen(list) - 1);
        strncat(list, vals[i], sizeof list - strlen(list) - 1);
    }
    if (s) ERR(L, n, "unknown %s '%s' (did you mean '%s'?)", what, n->str, s);
    else ERR(L, n, "unknown %s '%s'; expected one of: %s", what, n->str, list);
    return NULL;
}

static const char *r_enum(loader *L, const ag_ynode *map, const char *key, const char *const *vals,
                          bool required, const char *what) {
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return NULL;
    }
    if (n->kind != AG_Y_SCALAR) { ERR(L, n, "'%s' must be a string, found %s", key, kind_name(n)); return NULL; }
    return check_enum(L, n, vals, key);
}

static int32_t r_date(loader *L, const ag_ynode *map, const char *key, bool required, const char *what) {
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return AG_DATE_NONE;
    }
    int32_t d;
    if (n->kind != AG_Y_SCALAR || !ag_date_parse(n->str, n->len, &d)) {
        ERR(L, n, "'%s' must be a date YYYY-MM-DD, found '%s'", key, n->kind == AG_Y_SCALAR ? n->str : kind_name(n));
        return AG_DATE_NONE;
    }
    return d;
}

static bool r_bool(loader *L, const ag_ynode *map, const char *key, bool required, bool dflt, const char *what) {
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return dflt;
    }
    if (n->kind == AG_Y_SCALAR && n->style == AG_YS_PLAIN) {
        if (!strcmp(n->str, "true")) return true;
        if (!strcmp(n->str, "false")) return false;
    }
    ERR(L, n, "'%s' must be true or false, found '%s'", key, n->kind == AG_Y_SCALAR ? n->str : kind_name(n));
    return dflt;
}

/* A list of scalars (a single scalar is accepted as a one-item list). Each item passes
 * `check` (may be NULL); items failing it are dropped after an error. */
typedef const char *(*item_check)(loader *L, const ag_ynode *item, const void *arg);

static ag_strlist r_list(loader *L, const ag_ynode *map, const char *key, bool required, const char *what,
                         item_check check, const void *arg) {
    ag_strlist out = {NULL, 0};
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return out;
    }
    const ag_ynode *one[1] = {n};
    const ag_ynode *const *items = one;
    int count = 1;
    if (n->kind == AG_Y_SEQ) { items = (const ag_ynode *const *)n->kids; count = n->nkids; }
    else if (n->kind != AG_Y_SCALAR) { ERR(L, n, "'%s' must be a list, found %s", key, kind_name(n)); return out; }
    if (count > AG_MAX_LIST_ITEMS) { ERR(L, n, "'%s' has %d items, more than the limit of %d", key, count, AG_MAX_LIST_ITEMS); return out; }
    out.items = AG_NEW(L->a, const char *, (size_t)count);
    if (!out.items) { L->oom = true; return out; }
    for (int i = 0; i < count; i++) {
        const ag_ynode *it = items[i];
        if (it->kind != AG_Y_SCALAR || ag_ynode_is_null(it)) {
            ERR(L, it, "items of '%s' must be strings, found %s", key, kind_name(it));
            continue;
        }
        const char *v = check ? check(L, it, arg) : it->str;
        if (!v) continue;
        for (int j = 0; j < out.n; j++)
            if (!strcmp(out.items[j], v)) { ERR(L, it, "'%s' listed twice in '%s'", v, key); v = NULL; break; }
        if (v) out.items[out.n++] = v;
    }
    return out;
}

static const char *chk_enum(loader *L, const ag_ynode *it, const void *arg) {
    return check_enum(L, it, (const char *const *)arg, "value");
}

static const char *chk_term(loader *L, const ag_ynode *it, const void *arg) {
    const ag_vocab *v = arg;
    if (!v) return it->str; /* vocabulary missing: reported elsewhere */
    int32_t i = ag_map_get(&v->index, it->str, it->len);
    if (i >= 0) return v->terms[i];
    const char *s = ag_suggest(it->str, it->len, v->terms, (size_t)v->n);
    if (s) ERR(L, it, "unknown %s term '%s' (did you mean '%s'?)", v->name, it->str, s);
    else ERR(L, it, "unknown %s term '%s'; see vocabulary.yaml", v->name, it->str);
    return NULL;
}

static void add_ref(loader *L, ref_kind kind, const ag_ynode *n, const char *what) {
    pending_ref *r = ag_vec_push(&L->refs);
    if (!r) { L->oom = true; return; }
    r->kind = kind;
    r->id = n->str;
    r->what = what;
    r->file = n->file;
    r->line = n->line;
    r->col = n->col;
    r->span = span_of(n);
}

static const char *chk_ref_actor(loader *L, const ag_ynode *it, const void *arg) {
    add_ref(L, REF_ACTOR, it, arg);
    return it->str;
}
/* Principals of an authorization are publics; of a mandate, entities (not publics). */
static const char *chk_ref_public(loader *L, const ag_ynode *it, const void *arg) {
    add_ref(L, REF_PUBLIC, it, arg);
    return it->str;
}
static const char *chk_ref_entity(loader *L, const ag_ynode *it, const void *arg) {
    add_ref(L, REF_ENTITY, it, arg);
    return it->str;
}
static const char *chk_ref_actor_or_region(loader *L, const ag_ynode *it, const void *arg) {
    add_ref(L, REF_ACTOR_OR_REGION, it, arg);
    return it->str;
}
static const char *chk_citation(loader *L, const ag_ynode *it, const void *arg) {
    (void)arg;
    if (it->len < 4) { ERR(L, it, "citation '%s' is too short: give an official URL or reference", it->str); return NULL; }
    return it->str;
}

static const ag_vocab *vocab_named(loader *L, const char *name) {
    int i = ag_corpus_vocab(L->c, name);
    return i >= 0 ? &L->c->vocabs[i] : NULL;
}

/* Compile a `when` (or any condition) held by node n; maps error offsets into the file. */
static ag_expr *r_expr(loader *L, const ag_ynode *map, const char *key, bool required, const char *what) {
    ag_ynode *n = get(map, key);
    if (!n) {
        if (required) errat(L, map->file, map->line, map->col, 1, "%s: missing required key '%s'", what, key);
        return NULL;
    }
    if (n->kind != AG_Y_SCALAR) { ERR(L, n, "'%s' must be a condition string, found %s", key, kind_name(n)); return NULL; }
    /* Without the vocabularies, the schema or the regions every condition would fail to
     * resolve its names: the missing file has been reported; do not cascade. */
    if (L->top_broken[TOP_VOCABULARY] || L->top_broken[TOP_SCHEMA] || L->top_broken[TOP_REGIONS]) return NULL;
    ag_cel_error e;
    memset(&e, 0, sizeof e);
    ag_expr *x = ag_cel_compile(L->a, n->str, n->len, &L->env, &e);
    if (x && (x->nodes[x->root].type.kind != AG_T_BOOL)) {
        e.offset = 0;
        e.len = n->len;
        snprintf(e.msg, sizeof e.msg, "a condition must be true or false, but this expression is not a bool");
        x = NULL;
    }
    if (x) return x;
    /* Position: columns count characters (as libyaml's do), so byte offsets into the
     * value are converted. A quoted scalar starts one column after its quote and its
     * escapes ('' or \x) take more source than value; a block scalar starts on the next
     * line, each of its lines indented by the block's indentation. A multi-line flow
     * scalar is folded, so its errors point at its start. */
    int line = n->line, col = n->col + (n->style == AG_YS_QUOTED ? 1 : 0);
    size_t off = e.offset < n->len ? e.offset : n->len;
    src_file *f = &L->files[n->file];
    const char *p = f->data, *end = f->data + f->len;
    if (n->style == AG_YS_BLOCK) {
        for (int l = 1; l < n->line + 1 && p < end; p++) if (*p == '\n') l++;
        /* The block's indentation is that of its first non-blank line. */
        int indent = 0;
        for (const char *q = p; q < end;) {
            int sp = 0;
            while (q + sp < end && q[sp] == ' ') sp++;
            if (q + sp < end && q[sp] != '\n' && q[sp] != '\r') { indent = sp; break; }
            q += sp;
            while (q < end && *q != '\n') q++;
            if (q < end) q++;
        }
        size_t rem = off;
        line = n->line + 1;
        for (;;) {
            const char *e2 = p;
            while (e2 < end && *e2 != '\n' && *e2 != '\r') e2++;
            size_t ll = (size_t)(e2 - p), content = ll > (size_t)indent ? ll - (size_t)indent : 0;
            if (rem <= content || e2 >= end) {
                col = indent + 1 + u8_chars(p + indent, rem < content ? rem : content);
                break;
            }
            rem -= content + 1; /* the line break, or the space it folds into */
            p = e2 + (e2 + 1 < end && e2[0] == '\r' && e2[1] == '\n' ? 2 : 1);
            line++;
        }
    } else if (n->style == AG_YS_QUOTED && n->line > 0 && n->col > 0) {
        for (int l = 1; l < n->line && p < end; p++) if (*p == '\n') l++;
        /* p: start of the scalar's line; skip n->col characters (up to and incl. the quote). */
        for (int k = 0; k < n->col && p < end; k++) do p++; while (p < end && ((unsigned char)*p & 0xC0) == 0x80);
        char quote = p > f->data ? p[-1] : 0;
        const char *q = p;
        size_t i = 0;
        bool folded = false;
        while (i < off && q < end) {
            if (*q == '\n' || *q == '\r') { folded = true; break; }
            if (quote == '\'' && q[0] == '\'' && q + 1 < end && q[1] == '\'') { q += 2; i++; continue; }
            if (quote == '"' && q[0] == '\\' && q + 1 < end) {
                int w = q[1] == 'x' ? 4 : q[1] == 'u' ? 6 : q[1] == 'U' ? 10 : 2;
                unsigned long cp = 0;
                if (w > 2 && q + w <= end) {
                    char hex[9] = {0};
                    memcpy(hex, q + 2, (size_t)(w - 2));
                    cp = strtoul(hex, NULL, 16);
                }
                i += w == 2 ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                q += w;
                continue;
            }
            q++;
            i++;
        }
        if (!folded) col += u8_chars(p, (size_t)(q - p));
    } else if (!memchr(n->str, '\n', n->len)) {
        col += u8_chars(n->str, off);
    }
    int span = e.len ? (int)e.len : 1;
    errat(L, n->file, line, col, span, "%s", e.msg);
    return NULL;
}

/* ---- vocabulary.yaml ---------------------------------------------------------------- */
static void load_vocabulary(loader *L, const ag_ynode *root) {
    if (!need_map(L, root, "vocabulary.yaml")) return;
    int nv = root->nkids / 2;
    L->c->vocabs = AG_NEW(L->a, ag_vocab, (size_t)nv + 1);
    if (!L->c->vocabs) { L->oom = true; return; }
    for (int i = 0; i + 1 < root->nkids; i += 2) {
        const ag_ynode *k = root->kids[i], *v = root->kids[i + 1];
        if (!valid_term(k->str)) { ERR(L, k, "vocabulary name '%s' must be snake_case", k->str); continue; }
        if (v->kind != AG_Y_SEQ) { ERR(L, v, "vocabulary '%s' must be a list of terms, found %s", k->str, kind_name(v)); continue; }
        ag_vocab *voc = &L->c->vocabs[L->c->nvocabs++];
        voc->name = k->str;
        voc->terms = AG_NEW(L->a, const char *, (size_t)v->nkids + 1);
        voc->labels = AG_NEW(L->a, const char *, (size_t)v->nkids + 1);
        voc->notes = AG_NEW(L->a, const char *, (size_t)v->nkids + 1);
        voc->activity = AG_NEW(L->a, bool, (size_t)v->nkids + 1);
        if (!voc->terms || !voc->labels || !voc->notes || !voc->activity || !ag_map_init(&voc->index, L->a, (uint32_t)v->nkids)) { L->oom = true; return; }
        for (int j = 0; j < v->nkids; j++) {
            const ag_ynode *t = v->kids[j], *idn = t;
            const char *label = NULL, *note = NULL;
            bool activity = false;
            if (t->kind == AG_Y_MAP) {
                static const char *const keys[] = {"id", "label", "note", "activity", NULL};
                check_keys(L, t, keys, "a vocabulary term");
                idn = get(t, "id");
                if (!idn) { ERR(L, t, "vocabulary term: missing required key 'id'"); continue; }
                label = r_str(L, t, "label", false, "term");
                note = r_str(L, t, "note", false, "term");
                activity = r_bool(L, t, "activity", false, false, "term");
                /* Only an action can be the activity that a duty attaches to. */
                if (get(t, "activity") && strcmp(k->str, "actions"))
                    ERR(L, get(t, "activity"), "'activity' applies only to terms of the 'actions' vocabulary, not '%s'", k->str);
            }
            if (idn->kind != AG_Y_SCALAR) { ERR(L, idn, "a term must be a string, found %s", kind_name(idn)); continue; }
            if (!valid_term(idn->str)) { ERR(L, idn, "invalid term '%s': expected lowercase snake_case such as 'cv_screening'", idn->str); continue; }
            if (ag_map_get(&voc->index, idn->str, idn->len) >= 0) { ERR(L, idn, "term '%s' listed twice in '%s'", idn->str, voc->name); continue; }
            voc->terms[voc->n] = idn->str;
            voc->labels[voc->n] = label;
            voc->notes[voc->n] = note;
            voc->activity[voc->n] = activity;
            ag_map_put(&voc->index, idn->str, voc->n);
            voc->n++;
        }
    }
    static const char *const needed[] = {"purposes", "actions", "roles", "topics", NULL};
    for (int i = 0; needed[i]; i++)
        if (ag_corpus_vocab(L->c, needed[i]) < 0)
            errat(L, L->cur, 1, 1, 1, "vocabulary.yaml: missing required vocabulary '%s'", needed[i]);
}

/* ---- schema.yaml -------------------------------------------------------------------- */
static void load_schema(loader *L, const ag_ynode *root) {
    if (!need_map(L, root, "schema.yaml")) return;
    static const char *const top[] = {"fields", NULL};
    check_keys(L, root, top, "schema.yaml");
    ag_ynode *fs = get(root, "fields");
    if (!fs || fs->kind != AG_Y_SEQ) { errat(L, root->file, root->line, root->col, 1, "schema.yaml: 'fields' must be a list of fields"); return; }
    if (fs->nkids > AG_MAX_SLOTS) { ERR(L, fs, "schema declares %d fields, more than the limit of %d", fs->nkids, AG_MAX_SLOTS); return; }
    L->c->fields = AG_NEW(L->a, ag_field, (size_t)fs->nkids + 1);
    if (!L->c->fields || !ag_map_init(&L->c->field_index, L->a, (uint32_t)fs->nkids)) { L->oom = true; return; }
    static const char *const keys[] = {"path", "type", "vocabulary", "doc", "law", "question", "min", "max", "reading", "basis", NULL};
    for (int i = 0; i < fs->nkids; i++) {
        const ag_ynode *m = fs->kids[i];
        if (!need_map(L, m, "a field")) continue;
        check_keys(L, m, keys, "a field");
        const char *path = r_str(L, m, "path", true, "field");
        const char *type = r_enum(L, m, "type", FIELD_TYPES, true, "field");
        if (!path || !type) continue;
        bool ok = *path != 0;
        for (const char *p = path; *p; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.')) ok = false;
        if (!ok || path[0] == '.' || path[strlen(path) - 1] == '.' || strstr(path, "..")) {
            ERR(L, get(m, "path"), "invalid field path '%s': expected snake_case names joined by '.'", path);
            continue;
        }
        if (!strcmp(path, "id") || !strcmp(path, "name") || !strcmp(path, "date")) {
            ERR(L, get(m, "path"), "'%s' is reserved for the profile's metadata", path);
            continue;
        }
        if (ag_map_get(&L->c->field_index, path, strlen(path)) >= 0) {
            ERR(L, get(m, "path"), "field '%s' declared twice", path);
            continue;
        }
        ag_field *f = &L->c->fields[L->c->nfields];
        f->path = path;
        f->expr_path = ag_arena_printf(L->a, "system.%s", path);
        f->type = AG_F_BOOL;
        for (int t = 0; FIELD_TYPES[t]; t++) if (!strcmp(FIELD_TYPES[t], type)) f->type = (ag_ftype)t;
        f->vocab = -1;
        if (f->type == AG_F_TERM || f->type == AG_F_TERMS) {
            ag_ynode *vn = get(m, "vocabulary");
            if (!vn) { ERR(L, m, "field '%s' of type %s needs a 'vocabulary'", path, type); continue; }
            f->vocab = ag_corpus_vocab(L->c, vn->str);
            if (f->vocab < 0 && L->top_broken[TOP_VOCABULARY]) continue; /* reported already */
            if (f->vocab < 0) {
                const char *names[64];
                int nn = 0;
                for (int v = 0; v < L->c->nvocabs && nn < 64; v++) names[nn++] = L->c->vocabs[v].name;
                const char *s = ag_suggest(vn->str, vn->len, names, (size_t)nn);
                if (s) ERR(L, vn, "unknown vocabulary '%s' (did you mean '%s'?)", vn->str, s);
                else ERR(L, vn, "unknown vocabulary '%s'; vocabularies are defined in vocabulary.yaml", vn->str);
                continue;
            }
        } else if (get(m, "vocabulary")) {
            ERR(L, get(m, "vocabulary"), "'vocabulary' only applies to fields of type term or terms");
        }
        if (get(m, "reading")) {
            static const char *const READINGS[] = {"whole", "somewhere", NULL};
            const char *rd = r_enum(L, m, "reading", READINGS, false, "field");
            if (f->type != AG_F_REGIONS) ERR(L, get(m, "reading"), "'reading' only applies to fields of type regions");
            else if (rd) f->somewhere = !strcmp(rd, "somewhere");
        }
        if (get(m, "basis")) {
            /* The territorial basis a scope trigger reading this field rests on (Veale et al.'s
             * extraterritorial reach; docs/analysis.md, "Reach of domestic law"). */
            static const char *const BASES[] = {"establishment", "market", "effects", "data_subjects", NULL};
            const char *bs = r_enum(L, m, "basis", BASES, false, "field");
            if (f->type != AG_F_REGIONS) ERR(L, get(m, "basis"), "'basis' only applies to fields of type regions");
            else f->basis = bs;
        }
        f->doc = r_str(L, m, "doc", true, "field");
        f->law = r_str(L, m, "law", false, "field");
        f->question = r_str(L, m, "question", false, "field");
        for (int b = 0; b < 2; b++) {
            ag_ynode *bn = get(m, b ? "max" : "min");
            if (!bn) continue;
            char *end = NULL;
            double v = bn->kind == AG_Y_SCALAR ? strtod(bn->str, &end) : 0;
            if (!end || *end || bn->len == 0) { ERR(L, bn, "'%s' must be a number", b ? "max" : "min"); continue; }
            if (b) { f->has_max = true; f->max = v; } else { f->has_min = true; f->min = v; }
        }
        ag_map_put(&L->c->field_index, path, L->c->nfields);
        L->c->nfields++;
    }
}

/* ---- regions.yaml ------------------------------------------------------------------- */
static bool valid_region_code(const char *s) {
    if (!*s) return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-')) return false;
    return s[0] != '-' && s[strlen(s) - 1] != '-';
}

/* An alias of region `arg` must not be another region's code (in any case): "CA" typed by a
 * user is Canada, never an alias. Names and aliases shared by two regions (Georgia) are
 * allowed; a user typing one is asked for the code (ag_region_find). */
static const char *chk_region_alias(loader *L, const ag_ynode *it, const void *arg) {
    const ag_region *self = arg;
    if (!it->len) { ERR(L, it, "an alias must not be empty"); return NULL; }
    for (int i = 0; i < L->c->nregions; i++) {
        const ag_region *o = &L->c->regions[i];
        if (o != self && ag_ieq(it->str, it->len, o->code)) {
            ERR(L, it, "alias '%s' of region '%s' is the code of region '%s'", it->str, self->code, o->code);
            return NULL;
        }
    }
    return it->str;
}

static void load_regions(loader *L, const ag_ynode *root) {
    if (!need_map(L, root, "regions.yaml")) return;
    static const char *const top[] = {"regions", "groups", NULL};
    check_keys(L, root, top, "regions.yaml");
    ag_ynode *rs = get(root, "regions"), *gs = get(root, "groups");
    if (rs && rs->kind != AG_Y_SEQ) { ERR(L, rs, "'regions' must be a list"); rs = NULL; }
    if (gs && gs->kind != AG_Y_SEQ) { ERR(L, gs, "'groups' must be a list"); gs = NULL; }
    int total = (rs ? rs->nkids : 0) + (gs ? gs->nkids : 0);
    /* A profile's possible regions are counted in 16 bits (ag_value.nmaybe). */
    if (total > UINT16_MAX) { ERR(L, root, "regions.yaml defines %d regions and groups, more than %d", total, UINT16_MAX); return; }
    aigov_corpus *c = L->c;
    c->regions = AG_NEW(L->a, ag_region, (size_t)total + 1);
    c->region_codes = AG_NEW(L->a, const char *, (size_t)total + 1);
    c->consts = AG_NEW(L->a, int, (size_t)total + 1);
    c->const_names = AG_NEW(L->a, const char *, (size_t)total + 1);
    if (!c->regions || !c->region_codes || !c->consts || !c->const_names ||
        !ag_map_init(&c->region_index, L->a, (uint32_t)total)) { L->oom = true; return; }
    /* First pass: codes, so parents and members may refer forward. */
    const ag_ynode *lists[2] = {rs, gs};
    const ag_ynode **defs = calloc((size_t)total + 1, sizeof *defs);
    if (!defs) { L->oom = true; return; }
    for (int g = 0; g < 2; g++) {
        const ag_ynode *lst = lists[g];
        for (int i = 0; lst && i < lst->nkids; i++) {
            const ag_ynode *m = lst->kids[i];
            if (!need_map(L, m, g ? "a group" : "a region")) continue;
            static const char *const rkeys[] = {"code", "name", "parent", "aliases", "citations", NULL};
            static const char *const gkeys[] = {"code", "name", "set", "members", "citations", NULL};
            check_keys(L, m, g ? gkeys : rkeys, g ? "a group" : "a region");
            const char *code = r_str(L, m, "code", true, g ? "group" : "region");
            const char *name = r_str(L, m, "name", true, g ? "group" : "region");
            if (!code) continue;
            if (!valid_region_code(code)) {
                ERR(L, get(m, "code"), "invalid region code '%s': expected upper-case letters, digits and '-' (ISO 3166)", code);
                continue;
            }
            if (ag_map_get(&c->region_index, code, strlen(code)) >= 0) {
                ERR(L, get(m, "code"), "region code '%s' defined twice", code);
                continue;
            }
            ag_region *r = &c->regions[c->nregions];
            r->code = code;
            r->name = name ? name : code;
            r->group = g == 1;
            r->parent = -1;
            r->konst = -1;
            defs[c->nregions] = m;
            c->region_codes[c->nregions] = code;
            ag_map_put(&c->region_index, code, c->nregions);
            c->nregions++;
        }
    }
    for (int i = 0; i < c->nregions; i++) {
        ag_region *r = &c->regions[i];
        const ag_ynode *m = defs[i];
        r->citations = r_list(L, m, "citations", false, "region", chk_citation, NULL);
        r->aliases = r_list(L, m, "aliases", false, "region", chk_region_alias, r);
        ag_ynode *pn = get(m, "parent");
        if (pn) {
            int32_t p = pn->kind == AG_Y_SCALAR ? ag_map_get(&c->region_index, pn->str, pn->len) : -1;
            if (p < 0) {
                const char *s = pn->kind == AG_Y_SCALAR ? ag_suggest(pn->str, pn->len, c->region_codes, (size_t)c->nregions) : NULL;
                if (s) ERR(L, pn, "unknown parent region '%s' (did you mean '%s'?)", pn->str, s);
                else ERR(L, pn, "unknown parent region '%s'", pn->kind == AG_Y_SCALAR ? pn->str : kind_name(pn));
            } else {
                r->parent = p;
                /* cycles: walk up at most nregions steps */
                int steps = 0, q = p;
                while (q >= 0 && steps <= c->nregions) { if (q == i) break; q = c->regions[q].parent; steps++; }
                if (q == i) { ERR(L, pn, "region '%s' is its own ancestor (a parent cycle)", r->code); r->parent = -1; }
            }
        }
        if (!r->group) continue;
        const char *set = r_str(L, m, "set", false, "group");
        if (set) {
            bool ok = true;
            for (const char *p = set; *p; p++) if (!((*p >= 'A' && *p <= 'Z') || *p == '_' || (*p >= '0' && *p <= '9'))) ok = false;
            if (!ok || !*set) ERR(L, get(m, "set"), "invalid set name '%s': expected UPPER_SNAKE_CASE such as EU_MEMBERS", set);
            else {
                for (int k = 0; k < c->nconsts; k++)
                    if (!strcmp(c->const_names[k], set)) { ERR(L, get(m, "set"), "set name '%s' used twice", set); ok = false; }
                if (ok) {
                    r->set_name = set;
                    r->konst = c->nconsts;
                    c->const_names[c->nconsts] = set;
                    c->consts[c->nconsts++] = i;
                }
            }
        }
        ag_ynode *ms = get(m, "members");
        if (!ms) { ERR(L, m, "group '%s': missing required key 'members'", r->code); continue; }
        /* `members: all`: every region of the file (a worldwide code). */
        if (ms->kind == AG_Y_SCALAR && !strcmp(ms->str, "all")) { r->world = true; continue; }
        if (ms->kind != AG_Y_SEQ) { ERR(L, ms, "'members' must be a list or 'all', found %s", kind_name(ms)); continue; }
        r->members = AG_NEW(L->a, ag_membership, (size_t)ms->nkids + 1);
        if (!r->members) { L->oom = true; break; }
        for (int j = 0; j < ms->nkids; j++) {
            const ag_ynode *mm = ms->kids[j];
            const ag_ynode *cn = mm;
            ag_membership *mb = &r->members[r->nmembers];
            mb->from = mb->until = AG_DATE_NONE;
            if (mm->kind == AG_Y_MAP) {
                static const char *const mkeys[] = {"code", "from", "until", NULL};
                check_keys(L, mm, mkeys, "a membership");
                cn = get(mm, "code");
                if (!cn) { ERR(L, mm, "membership: missing required key 'code'"); continue; }
                mb->from = r_date(L, mm, "from", false, "membership");
                mb->until = r_date(L, mm, "until", false, "membership");
                if (mb->from != AG_DATE_NONE && mb->until != AG_DATE_NONE && mb->until <= mb->from)
                    ERR(L, get(mm, "until"), "membership of '%s' ends (until) before it starts (from)", cn->kind == AG_Y_SCALAR ? cn->str : "?");
            }
            if (cn->kind != AG_Y_SCALAR) { ERR(L, cn, "a member must be a region code"); continue; }
            int32_t idx = ag_map_get(&c->region_index, cn->str, cn->len);
            if (idx < 0) {
                const char *s = ag_suggest(cn->str, cn->len, c->region_codes, (size_t)c->nregions);
                if (s) ERR(L, cn, "unknown region '%s' (did you mean '%s'?)", cn->str, s);
                else ERR(L, cn, "unknown region '%s'", cn->str);
                continue;
            }
            if (idx == i) { ERR(L, cn, "group '%s' cannot be its own member", r->code); continue; }
            mb->region = idx;
            r->nmembers++;
        }
    }
    free(defs);
}

/* ---- actors.yaml -------------------------------------------------------------------- */
static void load_actors(loader *L, const ag_ynode *root) {
    if (!need_map(L, root, "actors.yaml")) return;
    static const char *const top[] = {"actors", NULL};
    check_keys(L, root, top, "actors.yaml");
    ag_ynode *as = get(root, "actors");
    if (!as || as->kind != AG_Y_SEQ) { errat(L, root->file, root->line, root->col, 1, "actors.yaml: 'actors' must be a list"); return; }
    aigov_corpus *c = L->c;
    c->actors = AG_NEW(L->a, ag_actor, (size_t)as->nkids + 1);
    if (!c->actors || !ag_map_init(&c->actor_index, L->a, (uint32_t)as->nkids)) { L->oom = true; return; }
    static const char *const keys[] = {"id", "name", "kind", "jurisdiction", "functions", "members",
        "parent", "status", "established", "dissolved", "chain", "indices", "analogue_of", "citations", "notes", NULL};
    for (int i = 0; i < as->nkids; i++) {
        const ag_ynode *m = as->kids[i];
        if (!need_map(L, m, "an actor")) continue;
        check_keys(L, m, keys, "an actor");
        const char *id = r_id(L, m, "id", true, "actor");
        if (!id) continue;
        int32_t prev = ag_map_get(&c->actor_index, id, strlen(id));
        if (prev >= 0) {
            ERR(L, get(m, "id"), "actor '%s' defined twice (first in %s at line %d)", id, c->actors[prev].file, c->actors[prev].line);
            continue;
        }
        ag_actor *a = &c->actors[c->nactors];
        a->id = id;
        a->file = L->files[m->file].display;
        a->line = m->line;
        a->name = r_str(L, m, "name", true, "actor");
        a->kind = r_enum(L, m, "kind", ACTOR_KINDS, true, "actor");
        ag_ynode *jn = get(m, "jurisdiction");
        if (jn && jn->kind == AG_Y_SCALAR) { a->jurisdiction = jn->str; add_ref(L, REF_JURISDICTION, jn, "actor jurisdiction"); }
        a->functions = r_list(L, m, "functions", false, "actor", chk_enum, FUNCTIONS);
        a->members = r_list(L, m, "members", false, "actor", chk_ref_actor_or_region, "member");
        /* analogue_of: proposed institutions (Ho et al.) this existing one partly realises. */
        a->analogue_of = r_list(L, m, "analogue_of", false, "actor", chk_ref_actor, "analogue_of");
        ag_ynode *pn = get(m, "parent");
        if (pn && pn->kind == AG_Y_SCALAR) { a->parent = pn->str; add_ref(L, REF_ACTOR, pn, "parent actor"); }
        a->status = r_enum(L, m, "status", STATUSES, false, "actor");
        if (!a->status) a->status = "active";
        a->chain_not_modelled = r_enum(L, m, "chain", CHAIN_STATES, false, "actor") != NULL;
        /* indices: {index-id: number}: a published index's value for a public (the democratic
         * criterion may read it; docs/legitimacy.md, "The criterion"). */
        ag_ynode *ix = get(m, "indices");
        if (ix && ix->kind != AG_Y_MAP) ERR(L, ix, "actor '%s': 'indices' must be a mapping of index id to number", id);
        else if (ix && ix->nkids) {
            a->index_ids = AG_NEW(L->a, const char *, (size_t)ix->nkids / 2 + 1);
            a->index_values = AG_NEW(L->a, double, (size_t)ix->nkids / 2 + 1);
            if (!a->index_ids || !a->index_values) { L->oom = true; return; }
            for (int k = 0; k + 1 < ix->nkids; k += 2) {
                const ag_ynode *kn = ix->kids[k], *vn = ix->kids[k + 1];
                char *end = NULL;
                double v = vn->kind == AG_Y_SCALAR ? strtod(vn->str, &end) : 0;
                if (vn->kind != AG_Y_SCALAR || end == vn->str || *end) {
                    ERR(L, vn, "actor '%s': index '%s' needs a number", id, kn->str);
                    continue;
                }
                a->index_ids[a->nindices] = kn->str;
                a->index_values[a->nindices++] = v;
            }
        }
        a->established = r_date(L, m, "established", false, "actor");
        a->dissolved = r_date(L, m, "dissolved", false, "actor");
        a->citations = r_list(L, m, "citations", true, "actor", chk_citation, NULL);
        if (get(m, "citations") && a->citations.n == 0) ERR(L, get(m, "citations"), "actor '%s' needs at least one citation", id);
        ag_map_put(&c->actor_index, id, c->nactors);
        c->nactors++;
    }
}

/* ---- delegations.yaml --------------------------------------------------------------- */
static void load_delegations(loader *L, const ag_ynode *root) {
    if (!need_map(L, root, "delegations.yaml")) return;
    static const char *const top[] = {"delegations", NULL};
    check_keys(L, root, top, "delegations.yaml");
    ag_ynode *ds = get(root, "delegations");
    if (!ds || ds->kind != AG_Y_SEQ) { errat(L, root->file, root->line, root->col, 1, "delegations.yaml: 'delegations' must be a list"); return; }
    aigov_corpus *c = L->c;
    c->delegations = AG_NEW(L->a, ag_delegation, (size_t)ds->nkids + 1);
    if (!c->delegations) { L->oom = true; return; }
    static const char *const keys[] = {"id", "kind", "from", "to", "scope", "basis", "accountability",
        "revocable", "revocation", "revocation_means", "principals_rule", "principals_group", "from_date", "until", "revoked", "citations", "notes", NULL};
    const ag_vocab *topics = vocab_named(L, "topics");
    for (int i = 0; i < ds->nkids; i++) {
        const ag_ynode *m = ds->kids[i];
        if (!need_map(L, m, "a delegation")) continue;
        check_keys(L, m, keys, "a delegation");
        ag_delegation *g = &c->delegations[c->ndelegations];
        g->id = r_id(L, m, "id", true, "delegation");
        for (int j = 0; g->id && j < c->ndelegations; j++)
            if (!strcmp(c->delegations[j].id, g->id)) { ERR(L, get(m, "id"), "delegation '%s' defined twice", g->id); g->id = NULL; }
        if (!g->id) continue;
        g->kind = r_enum(L, m, "kind", DELEGATION_KINDS, true, "delegation");
        g->from = r_list(L, m, "from", true, "delegation",
                         !g->kind ? chk_ref_actor : !strcmp(g->kind, "authorization") ? chk_ref_public : chk_ref_entity,
                         "delegation principal");
        ag_ynode *tn = get(m, "to");
        if (!tn || tn->kind != AG_Y_SCALAR) errat(L, m->file, m->line, m->col, 1, "delegation: missing required key 'to' (an actor id)");
        else { g->to = tn->str; add_ref(L, REF_ACTOR, tn, "delegation agent"); }
        ag_ynode *sn = get(m, "scope");
        if (sn && sn->kind == AG_Y_SCALAR && !strcmp(sn->str, "all")) g->scope_all = true;
        else g->scope = r_list(L, m, "scope", true, "delegation", chk_term, topics);
        g->basis = r_str(L, m, "basis", true, "delegation");
        g->accountability = r_list(L, m, "accountability", false, "delegation", NULL, NULL);
        g->revocable = r_bool(L, m, "revocable", true, false, "delegation");
        g->revocation = r_str(L, m, "revocation", false, "delegation");
        g->revocation_means = r_list(L, m, "revocation_means", false, "delegation", chk_enum, REVOCATION_MEANS);
        g->principals_rule = r_enum(L, m, "principals_rule", PRINCIPAL_RULES, false, "delegation");
        if (!g->principals_rule) g->principals_rule = "all";
        ag_ynode *pg = get(m, "principals_group");
        if (pg && pg->kind == AG_Y_SCALAR) { g->principals_group = pg->str; add_ref(L, REF_JURISDICTION, pg, "principals group"); }
        else if (pg) ERR(L, pg, "delegation: 'principals_group' must be a region group code");
        g->from_date = r_date(L, m, "from_date", false, "delegation");
        g->until = r_date(L, m, "until", false, "delegation");
        g->revoked = r_date(L, m, "revoked", false, "delegation");
        g->citations = r_list(L, m, "citations", true, "delegation", chk_citation, NULL);
        c->ndelegations++;
    }
}

/* ---- instruments/NAME.yaml ---------------------------------------------------------- */
static void load_conds(loader *L, const ag_ynode *m, const char *key, bool exemptions,
                       ag_cond **out, int *nout) {
    ag_ynode *ts = get(m, key);
    *out = NULL;
    *nout = 0;
    if (!ts) return;
    if (ts->kind != AG_Y_SEQ) { ERR(L, ts, "'%s' must be a list, found %s", key, kind_name(ts)); return; }
    *out = AG_NEW(L->a, ag_cond, (size_t)ts->nkids + 1);
    if (!*out) { L->oom = true; return; }
    static const char *const tkeys[] = {"id", "trigger", "article", "when", "notes", NULL};
    static const char *const ekeys[] = {"id", "name", "article", "when", "roles", "notes", NULL};
    const ag_vocab *roles = exemptions ? vocab_named(L, "roles") : NULL;
    for (int i = 0; i < ts->nkids; i++) {
        const ag_ynode *t = ts->kids[i];
        if (!need_map(L, t, exemptions ? "an exemption" : "a trigger")) continue;
        check_keys(L, t, exemptions ? ekeys : tkeys, exemptions ? "an exemption" : "a trigger");
        ag_cond *cd = &(*out)[*nout];
        cd->id = r_id(L, t, "id", exemptions, exemptions ? "exemption" : "trigger");
        cd->name = r_str(L, t, exemptions ? "name" : "trigger", true, exemptions ? "exemption" : "trigger");
        cd->article = r_str(L, t, "article", true, exemptions ? "exemption" : "trigger");
        cd->when = r_expr(L, t, "when", true, exemptions ? "exemption" : "trigger");
        if (exemptions) cd->roles = r_list(L, t, "roles", false, "exemption", chk_term, roles);
        if (exemptions && cd->id)
            for (int j = 0; j < *nout; j++)
                if ((*out)[j].id && !strcmp((*out)[j].id, cd->id)) { ERR(L, get(t, "id"), "exemption '%s' defined twice", cd->id); cd->id = NULL; }
        if (cd->when && cd->name && cd->article && (!exemptions || cd->id)) (*nout)++;
    }
}

/* A provision's `requires` (docs/corpus-format.md, "Activities"): only on obligations and
 * recommendations, each item one of the provision's own `actions`. Without it the
 * provision requires its actions that are not activities. */
static void load_requires(loader *L, const ag_ynode *t, ag_provision *p, const ag_vocab *actions) {
    const ag_ynode *rq = get(t, "requires");
    p->required = (ag_strlist){NULL, 0}; /* the slot may hold a dropped provision's list */
    if (!rq) {
        p->required.items = AG_NEW(L->a, const char *, (size_t)p->actions.n + 1);
        if (!p->required.items) { L->oom = true; return; }
        for (int k = 0; k < p->actions.n; k++) {
            int32_t term = actions ? ag_map_get(&actions->index, p->actions.items[k], strlen(p->actions.items[k])) : -1;
            if (term < 0 || !actions->activity[term]) p->required.items[p->required.n++] = p->actions.items[k];
        }
        return;
    }
    const ag_ynode *kind = get(t, "kind");
    if (kind && kind->kind == AG_Y_SCALAR && strcmp(kind->str, "obligation") && strcmp(kind->str, "recommendation")) {
        ERR(L, rq, "'requires' is for obligations and recommendations; a %s forbids or permits all of its 'actions'", kind->str);
        return;
    }
    p->required = r_list(L, t, "requires", false, "provision", chk_term, actions);
    for (int k = 0; k < p->required.n; k++) {
        bool listed = false;
        for (int j = 0; j < p->actions.n && !listed; j++) listed = !strcmp(p->actions.items[j], p->required.items[k]);
        if (listed) continue;
        const ag_ynode *at = rq;
        for (int j = 0; rq->kind == AG_Y_SEQ && j < rq->nkids; j++)
            if (rq->kids[j]->kind == AG_Y_SCALAR && !strcmp(rq->kids[j]->str, p->required.items[k])) { at = rq->kids[j]; break; }
        ERR(L, at, "'requires' names '%s', which is not among the provision's 'actions'", p->required.items[k]);
    }
}

static void load_provisions(loader *L, const ag_ynode *m, ag_instrument *in) {
    ag_ynode *ps = get(m, "provisions");
    if (!ps) return;
    if (ps->kind != AG_Y_SEQ) { ERR(L, ps, "'provisions' must be a list, found %s", kind_name(ps)); return; }
    in->provisions = AG_NEW(L->a, ag_provision, (size_t)ps->nkids + 1);
    if (!in->provisions) { L->oom = true; return; }
    static const char *const keys[] = {"id", "article", "kind", "addressee", "actions", "summary", "when",
        "applies_from", "until", "topics", "layers", "not_exempted_by", "requires", "branch_of", "split_by", "notes", NULL};
    const ag_vocab *roles = vocab_named(L, "roles"), *actions = vocab_named(L, "actions"),
                   *topics = vocab_named(L, "topics");
    for (int i = 0; i < ps->nkids; i++) {
        const ag_ynode *t = ps->kids[i];
        if (!need_map(L, t, "a provision")) continue;
        check_keys(L, t, keys, "a provision");
        ag_provision *p = &in->provisions[in->nprovisions];
        p->inst = in;
        p->id = r_id(L, t, "id", true, "provision");
        for (int j = 0; p->id && j < in->nprovisions; j++)
            if (!strcmp(in->provisions[j].id, p->id)) { ERR(L, get(t, "id"), "provision '%s' defined twice in '%s'", p->id, in->id); p->id = NULL; }
        p->article = r_str(L, t, "article", true, "provision");
        p->kind = r_enum(L, t, "kind", PROVISION_KINDS, true, "provision");
        p->addressee = r_list(L, t, "addressee", true, "provision", chk_term, roles);
        p->actions = r_list(L, t, "actions", true, "provision", chk_term, actions);
        load_requires(L, t, p, actions);
        p->summary = r_str(L, t, "summary", true, "provision");
        p->when = r_expr(L, t, "when", true, "provision");
        p->applies_from = r_date(L, t, "applies_from", false, "provision");
        if (p->applies_from == AG_DATE_NONE) p->applies_from = in->applies_from;
        p->until = r_date(L, t, "until", false, "provision");
        p->topics = r_list(L, t, "topics", false, "provision", chk_term, topics);
        p->layers = r_list(L, t, "layers", false, "provision", chk_enum, LAYERS);
        if (!get(t, "layers")) p->layers = in->layers;
        ag_ynode *ne = get(t, "not_exempted_by");
        p->not_exempted_by = r_list(L, t, "not_exempted_by", false, "provision", NULL, NULL);
        for (int k = 0; ne && k < p->not_exempted_by.n; k++) {
            const char *name = p->not_exempted_by.items[k];
            bool found = false;
            const char *ids[64];
            int nids = 0;
            for (int e = 0; e < in->nexemptions; e++) {
                if (!strcmp(in->exemptions[e].id, name)) found = true;
                if (nids < 64) ids[nids++] = in->exemptions[e].id;
            }
            if (found) continue;
            /* Point at the offending item, not at the list. */
            const ag_ynode *at = ne;
            for (int j = 0; ne->kind == AG_Y_SEQ && j < ne->nkids; j++)
                if (ne->kids[j]->kind == AG_Y_SCALAR && !strcmp(ne->kids[j]->str, name)) { at = ne->kids[j]; break; }
            const char *s = ag_suggest(name, strlen(name), ids, (size_t)nids);
            if (s) ERR(L, at, "'not_exempted_by' names '%s', which is not an exemption of '%s' (did you mean '%s'?)", name, in->id, s);
            else ERR(L, at, "'not_exempted_by' names '%s', which is not an exemption of '%s'", name, in->id);
        }
        if (!p->id || !p->when || !p->kind || !p->summary || !p->article) {
            if (p->id) add_broken(L, ag_arena_printf(L->a, "%s/%s", in->id, p->id));
            continue;
        }
        p->full_id = ag_arena_printf(L->a, "%s/%s", in->id, p->id);
        p->branch_of = p->split_slot = -1;
        in->nprovisions++;
    }
    /* Branches of one duty, once every provision is known. */
    for (int i = 0, k = 0; i < ps->nkids && k < in->nprovisions; i++) {
        const ag_ynode *t = ps->kids[i];
        if (t->kind != AG_Y_MAP) continue;
        const char *id = r_str(L, t, "id", false, "provision");
        if (!id || strcmp(id, in->provisions[k].id)) continue;
        ag_provision *p = &in->provisions[k++];
        ag_ynode *bn = get(t, "branch_of"), *sn = get(t, "split_by");
        if (!bn && !sn) continue;
        if (!bn || !sn) { ERR(L, bn ? bn : sn, "'branch_of' and 'split_by' go together"); continue; }
        const char *ids[256];
        int nids = 0;
        for (int j = 0; j < in->nprovisions; j++) {
            if (j != k - 1 && bn->kind == AG_Y_SCALAR && !strcmp(in->provisions[j].id, bn->str)) p->branch_of = j;
            if (nids < 256) ids[nids++] = in->provisions[j].id;
        }
        if (p->branch_of < 0) {
            const char *sug = bn->kind == AG_Y_SCALAR ? ag_suggest(bn->str, bn->len, ids, (size_t)nids) : NULL;
            if (sug) ERR(L, bn, "'branch_of' names '%s', which is not another provision of '%s' (did you mean '%s'?)", bn->str, in->id, sug);
            else ERR(L, bn, "'branch_of' names '%s', which is not another provision of '%s'", bn->kind == AG_Y_SCALAR ? bn->str : "?", in->id);
        }
        p->split_slot = sn->kind == AG_Y_SCALAR ? ag_map_get(&L->c->field_index, sn->str, sn->len) : -1;
        if (p->split_slot < 0) ERR(L, sn, "'split_by' names '%s', which is not a field of schema.yaml", sn->kind == AG_Y_SCALAR ? sn->str : "?");
    }
}

static void load_amendments(loader *L, const ag_ynode *m, ag_instrument *in) {
    ag_ynode *as = get(m, "amendments");
    if (!as) return;
    if (as->kind != AG_Y_SEQ) { ERR(L, as, "'amendments' must be a list, found %s", kind_name(as)); return; }
    in->amendments = AG_NEW(L->a, ag_amendment, (size_t)as->nkids + 1);
    if (!in->amendments) { L->oom = true; return; }
    static const char *const keys[] = {"provision", "article", "from", "set", "notes", NULL};
    static const char *const skeys[] = {"applies_from", "until", "when", "summary", "article", NULL};
    for (int i = 0; i < as->nkids; i++) {
        const ag_ynode *t = as->kids[i];
        if (!need_map(L, t, "an amendment")) continue;
        check_keys(L, t, keys, "an amendment");
        ag_amendment *am = &in->amendments[in->namendments];
        am->by = in;
        ag_ynode *pn = get(t, "provision");
        if (!pn || pn->kind != AG_Y_SCALAR) { errat(L, t->file, t->line, t->col, 1, "amendment: missing required key 'provision' (INSTRUMENT/PROVISION)"); continue; }
        am->target = pn->str;
        add_ref(L, REF_PROVISION, pn, "amended provision");
        am->article = r_str(L, t, "article", true, "amendment");
        am->from = r_date(L, t, "from", true, "amendment");
        ag_ynode *s = get(t, "set");
        if (!s) { errat(L, t->file, t->line, t->col, 1, "amendment: missing required key 'set'"); continue; }
        if (!need_map(L, s, "'set'")) continue;
        check_keys(L, s, skeys, "an amendment's 'set'");
        if ((am->set_applies_from = get(s, "applies_from") != NULL)) am->applies_from = r_date(L, s, "applies_from", false, "set");
        if ((am->set_until = get(s, "until") != NULL)) am->until = r_date(L, s, "until", false, "set");
        if ((am->set_when = get(s, "when") != NULL)) am->when = r_expr(L, s, "when", false, "set");
        if ((am->set_summary = get(s, "summary") != NULL)) am->summary = r_str(L, s, "summary", false, "set");
        if ((am->set_article = get(s, "article") != NULL)) am->prov_article = r_str(L, s, "article", false, "set");
        if (s->nkids == 0) ERR(L, s, "amendment changes nothing: 'set' is empty");
        if (am->from == AG_DATE_NONE || !am->article) continue;
        in->namendments++;
    }
}

/* Reports each item of a `provisions:` list (of a litigation entry or a dispute, `what`) that is
 * not a provision of `in`. */
static void chk_own_provisions(loader *L, const ag_ynode *pn, const ag_instrument *in, const char *what) {
    for (int k = 0; pn && pn->kind == AG_Y_SEQ && k < pn->nkids; k++) {
        const ag_ynode *it = pn->kids[k];
        if (it->kind != AG_Y_SCALAR) continue;
        bool found = false;
        for (int j = 0; j < in->nprovisions && !found; j++) found = !strcmp(in->provisions[j].id, it->str);
        if (found) continue;
        const char **ids = AG_NEW(L->a, const char *, (size_t)in->nprovisions + 1);
        for (int j = 0; ids && j < in->nprovisions; j++) ids[j] = in->provisions[j].id;
        const char *sug = ids ? ag_suggest(it->str, it->len, ids, (size_t)in->nprovisions) : NULL;
        if (sug) ERR(L, it, "%s: '%s' is not a provision of instrument '%s' (did you mean '%s'?)", what, it->str, in->id, sug);
        else ERR(L, it, "%s: '%s' is not a provision of instrument '%s'", what, it->str, in->id);
    }
}

/* `disputes:` — questions about the instrument on which the sources disagree, each with its
 * readings (what is said, who says it) and the one the corpus follows (docs/corpus-format.md,
 * "Disputes"). Runs after load_provisions. */
static void load_disputes(loader *L, const ag_ynode *m, ag_instrument *in) {
    ag_ynode *ds = get(m, "disputes");
    if (!ds) return;
    if (ds->kind != AG_Y_SEQ) { ERR(L, ds, "'disputes' must be a list, found %s", kind_name(ds)); return; }
    in->disputes = AG_NEW(L->a, ag_dispute, (size_t)ds->nkids + 1);
    if (!in->disputes) { L->oom = true; return; }
    static const char *const keys[] = {"question", "from", "until", "provisions", "readings", "followed", "notes", NULL};
    static const char *const rkeys[] = {"says", "citations", NULL};
    for (int i = 0; i < ds->nkids; i++) {
        const ag_ynode *t = ds->kids[i];
        if (!need_map(L, t, "a dispute")) continue;
        check_keys(L, t, keys, "a dispute");
        ag_dispute *d = &in->disputes[in->ndisputes];
        d->question = r_str(L, t, "question", true, "dispute");
        d->from = r_date(L, t, "from", false, "dispute");
        d->until = r_date(L, t, "until", false, "dispute");
        if (d->from != AG_DATE_NONE && d->until != AG_DATE_NONE && d->until <= d->from)
            ERR(L, get(t, "until"), "dispute: 'until' (exclusive) must be after 'from'");
        d->provisions = r_list(L, t, "provisions", false, "dispute", NULL, NULL);
        chk_own_provisions(L, get(t, "provisions"), in, "dispute");
        const ag_ynode *rs = get(t, "readings");
        if (!rs || rs->kind != AG_Y_SEQ || rs->nkids < 2) {
            ERR(L, rs ? rs : t, "dispute: 'readings' must list at least two readings (what each source says)");
            continue;
        }
        d->readings = AG_NEW(L->a, ag_reading, (size_t)rs->nkids);
        if (!d->readings) { L->oom = true; return; }
        for (int k = 0; k < rs->nkids; k++) {
            const ag_ynode *r = rs->kids[k];
            if (!need_map(L, r, "a reading")) continue;
            check_keys(L, r, rkeys, "a reading");
            ag_reading *rd = &d->readings[d->nreadings];
            rd->says = r_str(L, r, "says", true, "reading");
            rd->citations = r_list(L, r, "citations", true, "reading", chk_citation, NULL);
            if (get(r, "citations") && rd->citations.n == 0) ERR(L, get(r, "citations"), "reading: needs at least one citation");
            if (rd->says) d->nreadings++;
        }
        /* `followed`: the 1-based number of the reading the instrument's data follow. */
        const ag_ynode *fn = get(t, "followed");
        char *end = NULL;
        long f = fn && fn->kind == AG_Y_SCALAR ? strtol(fn->str, &end, 10) : 0;
        if (!fn || fn->kind != AG_Y_SCALAR || !end || *end || f < 1 || f > d->nreadings) {
            ERR(L, fn ? fn : t, "dispute: 'followed' must be the number (1 to %d) of the reading the corpus follows", d->nreadings);
            continue;
        }
        d->followed = (int)f - 1;
        if (!d->question || d->nreadings < 2) continue;
        in->ndisputes++;
    }
}

/* `litigation:` — court cases about the instrument, with what they do to its enforcement
 * (docs/corpus-format.md, "Litigation"). Runs after load_provisions: the provision ids a
 * case names must be the instrument's own. */
static void load_litigation(loader *L, const ag_ynode *m, ag_instrument *in) {
    ag_ynode *ls = get(m, "litigation");
    if (!ls) return;
    if (ls->kind != AG_Y_SEQ) { ERR(L, ls, "'litigation' must be a list, found %s", kind_name(ls)); return; }
    in->litigation = AG_NEW(L->a, ag_litigation, (size_t)ls->nkids + 1);
    if (!in->litigation) { L->oom = true; return; }
    static const char *const keys[] = {"case", "number", "court", "filed", "effect", "from", "until",
                                       "provisions", "summary", "citations", "notes", NULL};
    static const char *const EFFECTS[] = {"challenged", "stayed", "enjoined", "invalidated", NULL};
    for (int i = 0; i < ls->nkids; i++) {
        const ag_ynode *t = ls->kids[i];
        if (!need_map(L, t, "a litigation entry")) continue;
        check_keys(L, t, keys, "a litigation entry");
        ag_litigation *lt = &in->litigation[in->nlitigation];
        lt->case_name = r_str(L, t, "case", true, "litigation");
        lt->number = r_str(L, t, "number", false, "litigation");
        lt->court = r_str(L, t, "court", true, "litigation");
        lt->effect = r_enum(L, t, "effect", EFFECTS, true, "litigation");
        lt->summary = r_str(L, t, "summary", false, "litigation");
        lt->filed = r_date(L, t, "filed", false, "litigation");
        /* A case that only challenges the instrument has no effect to date; every other
         * effect starts on a day. */
        bool suspends = lt->effect && strcmp(lt->effect, "challenged") != 0;
        lt->from = r_date(L, t, "from", suspends, "litigation");
        lt->until = r_date(L, t, "until", false, "litigation");
        if (lt->from != AG_DATE_NONE && lt->until != AG_DATE_NONE && lt->until <= lt->from)
            ERR(L, get(t, "until"), "litigation: 'until' (exclusive) must be after 'from'");
        if (lt->filed != AG_DATE_NONE && lt->from != AG_DATE_NONE && lt->from < lt->filed)
            ERR(L, get(t, "from"), "litigation: 'from' is before the case was filed");
        lt->citations = r_list(L, t, "citations", true, "litigation", chk_citation, NULL);
        if (get(t, "citations") && lt->citations.n == 0) ERR(L, get(t, "citations"), "litigation: needs at least one citation");
        lt->provisions = r_list(L, t, "provisions", false, "litigation", NULL, NULL);
        chk_own_provisions(L, get(t, "provisions"), in, "litigation");
        if (!lt->case_name || !lt->court || !lt->effect || (suspends && lt->from == AG_DATE_NONE)) continue;
        in->nlitigation++;
    }
}

static void load_instrument(loader *L, const ag_ynode *m) {
    if (!need_map(L, m, "an instrument")) return;
    static const char *const keys[] = {"id", "title", "short_title", "issuer", "jurisdiction", "modality",
        "form", "binding", "layers", "topics", "adherents", "adherents_complete", "non_adherents", "adopted", "in_force", "applies_from", "revoked",
        "revoked_by", "text_version", "citations", "relations", "scope", "exemptions", "provisions",
        "amendments", "ai_system", "ai_decision", "ai_decides", "verified", "litigation", "disputes", "notes", NULL};
    check_keys(L, m, keys, "an instrument");
    aigov_corpus *c = L->c;
    ag_instrument *in = &c->instruments[c->ninstruments];
    in->file = FILE_OF(L)->display;
    in->id = r_id(L, m, "id", true, "instrument");
    if (!in->id) return;
    /* The id must match the file name, so that a reader finds an instrument by its id. */
    const char *base = strrchr(in->file, '/');
    base = base ? base + 1 : in->file;
    size_t bl = strcspn(base, ".");
    if (L->cur != L->ovfile && (strlen(in->id) != bl || strncmp(in->id, base, bl) != 0))
        ERR(L, get(m, "id"), "instrument id '%s' does not match its file name '%s'", in->id, base);
    if (ag_map_get(&c->instrument_index, in->id, strlen(in->id)) >= 0) {
        ERR(L, get(m, "id"), "instrument '%s' defined twice", in->id);
        return;
    }
    in->title = r_str(L, m, "title", true, "instrument");
    in->short_title = r_str(L, m, "short_title", false, "instrument");
    in->issuer = r_list(L, m, "issuer", true, "instrument", chk_ref_actor, "issuer");
    ag_ynode *jn = get(m, "jurisdiction");
    if (!jn || jn->kind != AG_Y_SCALAR) errat(L, m->file, m->line, m->col, 1, "instrument: missing required key 'jurisdiction' (a region code or INTL)");
    else { in->jurisdiction = jn->str; add_ref(L, REF_JURISDICTION, jn, "jurisdiction"); }
    in->modality = r_enum(L, m, "modality", MODALITIES, true, "instrument");
    in->form = r_enum(L, m, "form", FORMS, true, "instrument");
    in->binding = r_enum(L, m, "binding", BINDINGS, true, "instrument");
    in->layers = r_list(L, m, "layers", true, "instrument", chk_enum, LAYERS);
    in->topics = r_list(L, m, "topics", false, "instrument", chk_term, vocab_named(L, "topics"));
    in->adherents = r_list(L, m, "adherents", false, "instrument", chk_ref_actor_or_region, "adherent");
    /* Who adheres, as far as known (docs/corpus-format.md): the list is complete, or only what the
     * sources read name; and those known not to have joined (each cited in the notes). */
    in->adherents_complete = r_bool(L, m, "adherents_complete", false, false, "instrument");
    in->non_adherents = r_list(L, m, "non_adherents", false, "instrument", chk_ref_actor_or_region, "non-adherent");
    for (int i = 0; i < in->non_adherents.n; i++)
        for (int k = 0; k < in->adherents.n; k++)
            if (!strcmp(in->non_adherents.items[i], in->adherents.items[k]))
                ERR(L, get(m, "non_adherents"), "'%s' is both an adherent and a non-adherent", in->adherents.items[k]);
    in->adopted = r_date(L, m, "adopted", false, "instrument");
    /* `in_force: pending`: adopted, but entry into force not established (docs/corpus-format.md). */
    const ag_ynode *ifn = get(m, "in_force");
    if (ifn && ifn->kind == AG_Y_SCALAR && ifn->style == AG_YS_PLAIN && !strcmp(ifn->str, "pending")) { in->in_force_pending = true; in->in_force = AG_DATE_NONE; }
    else in->in_force = r_date(L, m, "in_force", false, "instrument");
    in->applies_from = r_date(L, m, "applies_from", false, "instrument");
    if (in->applies_from == AG_DATE_NONE) in->applies_from = in->in_force;
    in->revoked = r_date(L, m, "revoked", false, "instrument");
    ag_ynode *rb = get(m, "revoked_by");
    if (rb && rb->kind == AG_Y_SCALAR) { in->revoked_by = rb->str; add_ref(L, REF_INSTRUMENT, rb, "revoking instrument"); }
    in->text_version = r_str(L, m, "text_version", true, "instrument");
    /* Governance by AI: the AI system and the kind of decision it serves. */
    ag_ynode *ai = get(m, "ai_system");
    if (ai && ai->kind == AG_Y_SCALAR) { in->ai_system = ai->str; add_ref(L, REF_ACTOR, ai, "AI system"); }
    static const char *const DECISIONS[] = {"administrative", "judicial", "democratic", NULL};
    in->ai_decision = r_enum(L, m, "ai_decision", DECISIONS, false, "instrument");
    in->ai_decides = r_bool(L, m, "ai_decides", false, false, "instrument");

    in->citations = r_list(L, m, "citations", true, "instrument", chk_citation, NULL);
    if (get(m, "citations") && in->citations.n == 0) ERR(L, get(m, "citations"), "instrument '%s' needs at least one citation", in->id);
    /* When its facts were last checked against the sources read that day. */
    in->verified = AG_DATE_NONE;
    ag_ynode *vn = get(m, "verified");
    if (vn && need_map(L, vn, "'verified' ({on: DATE, sources: [...]})")) {
        static const char *const vkeys[] = {"on", "sources", "notes", NULL};
        check_keys(L, vn, vkeys, "'verified'");
        in->verified = r_date(L, vn, "on", true, "verified");
        in->verified_sources = r_list(L, vn, "sources", true, "verified", chk_citation, NULL);
        if (get(vn, "sources") && in->verified_sources.n == 0)
            ERR(L, get(vn, "sources"), "instrument '%s': 'verified' needs the sources read", in->id);
    }
    ag_ynode *rs = get(m, "relations");
    if (rs) {
        if (rs->kind != AG_Y_SEQ) ERR(L, rs, "'relations' must be a list, found %s", kind_name(rs));
        else {
            in->relations = AG_NEW(L->a, ag_relation, (size_t)rs->nkids + 1);
            if (!in->relations) { L->oom = true; return; }
            static const char *const rkeys[] = {"type", "target", "article", "citations", "notes", NULL};
            for (int i = 0; i < rs->nkids; i++) {
                const ag_ynode *r = rs->kids[i];
                if (!need_map(L, r, "a relation")) continue;
                check_keys(L, r, rkeys, "a relation");
                const char *type = r_enum(L, r, "type", RELATION_TYPES, true, "relation");
                ag_ynode *tn = get(r, "target");
                if (!tn || tn->kind != AG_Y_SCALAR) { errat(L, r->file, r->line, r->col, 1, "relation: missing required key 'target'"); continue; }
                add_ref(L, REF_INSTRUMENT, tn, "relation target");
                if (!type) continue;
                in->relations[in->nrelations].type = type;
                in->relations[in->nrelations].target = tn->str;
                in->relations[in->nrelations].citations = r_list(L, r, "citations", false, "relation", chk_citation, NULL);
                /* A relation of opposition (contests, preempts, restricts) names the article of
                 * the source instrument that does it (docs/corpus-format.md). */
                bool opposes = !strcmp(type, "contests") || !strcmp(type, "preempts") || !strcmp(type, "restricts");
                in->relations[in->nrelations].article = r_str(L, r, "article", opposes, "relation");
                in->nrelations++;
            }
        }
    }
    load_conds(L, m, "scope", false, &in->scope, &in->nscope);
    load_conds(L, m, "exemptions", true, &in->exemptions, &in->nexemptions);
    load_provisions(L, m, in);
    load_amendments(L, m, in);
    load_litigation(L, m, in);
    load_disputes(L, m, in);
    if (!get(m, "scope") && in->nprovisions > 0)
        errat(L, m->file, m->line, m->col, 1, "instrument '%s' has provisions but no 'scope' triggers: nothing could reach a system", in->id);
    ag_map_put(&c->instrument_index, in->id, c->ninstruments);
    c->ninstruments++;
}

/* ---- Cross references ---------------------------------------------------------------- */
static void resolve_refs(loader *L) {
    aigov_corpus *c = L->c;
    const char **actor_ids = calloc((size_t)c->nactors + 1, sizeof *actor_ids);
    const char **inst_ids = calloc((size_t)c->ninstruments + 1, sizeof *inst_ids);
    if (!actor_ids || !inst_ids) { free(actor_ids); free(inst_ids); L->oom = true; return; }
    for (int i = 0; i < c->nactors; i++) actor_ids[i] = c->actors[i].id;
    for (int i = 0; i < c->ninstruments; i++) inst_ids[i] = c->instruments[i].id;
    pending_ref *refs = L->refs.items;
    for (size_t i = 0; i < L->refs.n; i++) {
        pending_ref *r = &refs[i];
        size_t len = strlen(r->id);
        bool ok = false;
        const char *s = NULL;
        switch (r->kind) {
        case REF_PUBLIC:
        case REF_ENTITY:
        case REF_ACTOR: {
            int32_t ai = ag_map_get(&c->actor_index, r->id, len);
            ok = ai >= 0;
            if (!ok) s = ag_suggest(r->id, len, actor_ids, (size_t)c->nactors);
            else if (r->kind != REF_ACTOR && c->actors[ai].kind &&
                     (r->kind == REF_PUBLIC) != !strcmp(c->actors[ai].kind, "public")) {
                errat(L, r->file, r->line, r->col, r->span,
                      r->kind == REF_PUBLIC ? "an authorization comes from a public, but '%s' is of kind %s (use kind: mandate)"
                                            : "a mandate comes from entities, but '%s' is a public (use kind: authorization)",
                      r->id, c->actors[ai].kind);
            }
            break;
        }
        case REF_INSTRUMENT:
            ok = ag_map_get(&c->instrument_index, r->id, len) >= 0;
            if (!ok) s = ag_suggest(r->id, len, inst_ids, (size_t)c->ninstruments);
            break;
        case REF_REGION:
        case REF_JURISDICTION:
            ok = ag_map_get(&c->region_index, r->id, len) >= 0 || (r->kind == REF_JURISDICTION && !strcmp(r->id, "INTL"));
            if (!ok) s = ag_suggest(r->id, len, c->region_codes, (size_t)c->nregions);
            break;
        case REF_ACTOR_OR_REGION:
            ok = ag_map_get(&c->actor_index, r->id, len) >= 0 || ag_map_get(&c->region_index, r->id, len) >= 0;
            if (!ok) s = ag_suggest(r->id, len, actor_ids, (size_t)c->nactors);
            if (!ok && !s) s = ag_suggest(r->id, len, c->region_codes, (size_t)c->nregions);
            break;
        case REF_PROVISION: {
            ok = ag_corpus_provision(c, r->id) != NULL;
            if (!ok) s = ag_corpus_suggest_id(c, r->id);
            break;
        }
        }
        if (ok) continue;
        bool cascade = false;
        switch (r->kind) {
        case REF_PUBLIC: case REF_ENTITY: case REF_ACTOR: cascade = L->top_broken[TOP_ACTORS]; break;
        case REF_REGION: case REF_JURISDICTION: cascade = L->top_broken[TOP_REGIONS]; break;
        case REF_ACTOR_OR_REGION: cascade = L->top_broken[TOP_ACTORS] || L->top_broken[TOP_REGIONS]; break;
        case REF_INSTRUMENT: cascade = is_broken(L, r->id, len); break;
        case REF_PROVISION: cascade = is_broken(L, r->id, len) || is_broken(L, r->id, strcspn(r->id, "/")); break;
        }
        if (cascade) continue;
        static const char *const what[] = {"actor", "actor", "actor", "instrument", "provision", "region", "actor or region", "region code"};
        if (s) errat(L, r->file, r->line, r->col, r->span, "unknown %s '%s' for %s (did you mean '%s'?)", what[r->kind], r->id, r->what, s);
        else errat(L, r->file, r->line, r->col, r->span, "unknown %s '%s' for %s", what[r->kind], r->id, r->what);
    }
    free(actor_ids);
    free(inst_ids);
    /* Attach each amendment to its provision, sorted by `from`. */
    for (int i = 0; i < c->ninstruments; i++) {
        ag_instrument *in = &c->instruments[i];
        for (int j = 0; j < in->namendments; j++) {
            ag_provision *p = (ag_provision *)ag_corpus_provision(c, in->amendments[j].target);
            if (!p) continue;
            const ag_amendment **na = AG_NEW(L->a, const ag_amendment *, (size_t)p->namendments + 1);
            if (!na) { L->oom = true; return; }
            int k = 0, pos = 0;
            while (pos < p->namendments && p->amendments[pos]->from <= in->amendments[j].from) pos++;
            for (; k < pos; k++) na[k] = p->amendments[k];
            na[k++] = &in->amendments[j];
            for (; pos < p->namendments; pos++) na[k++] = p->amendments[pos];
            p->amendments = na;
            p->namendments++;
        }
    }
}

/* ---- Driver -------------------------------------------------------------------------- */
static int cmp_files(const void *a, const void *b) {
    return strcmp(((const src_file *)a)->name, ((const src_file *)b)->name);
}

static const char *const TOP_FILES[] = {"vocabulary", "schema", "regions", "actors", "delegations"};

static bool is_yaml_ext(const char *e) { return !strcmp(e, ".yaml") || !strcmp(e, ".yml") || !strcmp(e, ".json"); }

static int find_top(loader *L, const char *stem) {
    for (int i = 0; i < L->nfiles; i++) {
        const char *n = L->files[i].name;
        size_t sl = strlen(stem);
        if (!strncmp(n, stem, sl) && is_yaml_ext(n + sl)) return i;
    }
    return -1;
}

/* Is file i a fragment of top-level file `stem` (stem/NAME.yaml)? */
static bool is_fragment(const loader *L, int i, const char *stem) {
    const char *n = L->files[i].name;
    size_t sl = strlen(stem);
    if (strncmp(n, stem, sl) || n[sl] != '/') return false;
    const char *rest = n + sl + 1, *dot = strrchr(rest, '.');
    return *rest && !strchr(rest, '/') && dot && is_yaml_ext(dot);
}

/* Merges fragment roots into one mapping: a key whose value is a list in several files
 * gets the concatenation of the lists (nodes keep their own file and position, so
 * errors still point into the right file); any other key is kept as it comes. */
static ag_ynode *merge_roots(loader *L, ag_ynode **roots, int n) {
    if (n == 1) return roots[0];
    int total = 0;
    for (int i = 0; i < n; i++) {
        if (roots[i]->kind != AG_Y_MAP) return roots[i]; /* the reader reports it */
        total += roots[i]->nkids;
    }
    ag_ynode *m = AG_NEW(L->a, ag_ynode, 1);
    ag_ynode **kids = AG_NEW(L->a, ag_ynode *, (size_t)total + 1);
    int *sizes = calloc((size_t)total + 1, sizeof *sizes);
    if (!m || !kids || !sizes) { free(sizes); L->oom = true; return NULL; }
    *m = *roots[0];
    int nk = 0;
    /* First the keys with their total list sizes, then the lists themselves. */
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < roots[i]->nkids; j += 2) {
            ag_ynode *k = roots[i]->kids[j], *v = roots[i]->kids[j + 1];
            int at = -1;
            for (int q = 0; q < nk && v->kind == AG_Y_SEQ; q += 2)
                if (kids[q + 1]->kind == AG_Y_SEQ && !strcmp(kids[q]->str, k->str)) at = q;
            if (at < 0) {
                kids[nk] = k;
                kids[nk + 1] = v;
                sizes[nk + 1] = v->kind == AG_Y_SEQ ? v->nkids : 0;
                if (v->kind == AG_Y_SEQ) {
                    ag_ynode *copy = AG_NEW(L->a, ag_ynode, 1);
                    if (!copy) { free(sizes); L->oom = true; return NULL; }
                    *copy = *v;
                    copy->nkids = 0;
                    copy->kids = NULL;
                    kids[nk + 1] = copy;
                }
                nk += 2;
            } else {
                sizes[at + 1] += v->nkids;
            }
        }
    for (int q = 0; q < nk; q += 2)
        if (kids[q + 1]->kind == AG_Y_SEQ) {
            kids[q + 1]->kids = AG_NEW(L->a, ag_ynode *, (size_t)sizes[q + 1] + 1);
            if (!kids[q + 1]->kids) { free(sizes); L->oom = true; return NULL; }
        }
    for (int i = 0; i < n; i++)
        for (int j = 0; j + 1 < roots[i]->nkids; j += 2) {
            ag_ynode *k = roots[i]->kids[j], *v = roots[i]->kids[j + 1];
            if (v->kind != AG_Y_SEQ) continue;
            for (int q = 0; q < nk; q += 2)
                if (kids[q + 1]->kind == AG_Y_SEQ && !strcmp(kids[q]->str, k->str)) {
                    for (int e = 0; e < v->nkids; e++) kids[q + 1]->kids[kids[q + 1]->nkids++] = v->kids[e];
                    break;
                }
        }
    free(sizes);
    m->kids = kids;
    m->nkids = nk;
    return m;
}

static ag_ynode *parse_file(loader *L, int i) {
    L->cur = i;
    src_file *f = &L->files[i];
    int before = L->d ? L->d->n + L->d->dropped : 0;
    ag_ynode *root = ag_yaml_parse(L->a, f->display, i, f->data, f->len, L->d);
    if (!root) L->errors += (L->d ? L->d->n + L->d->dropped - before : 1) > 0 ? L->d->n + L->d->dropped - before : 1;
    return root;
}

/* Diagnostics are found in passes (each file, then cross references); a reader wants
 * them file by file in source order. Sorts d->items[start..n) by (the file's first
 * appearance, line, column), stably. */
typedef struct diag_key { int rank, line, col, index; } diag_key;

static int cmp_diag_keys(const void *a, const void *b) {
    const diag_key *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    if (x->col != y->col) return x->col < y->col ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

static void sort_diags(aigov_diags *d, int start) {
    if (!d || d->n - start < 2) return;
    int n = d->n - start;
    diag_key *keys = calloc((size_t)n, sizeof *keys);
    aigov_diag *copy = calloc((size_t)n, sizeof *copy);
    if (keys && copy) {
        for (int i = 0; i < n; i++) {
            const aigov_diag *g = &d->items[start + i];
            int rank = i;
            for (int j = 0; j < i; j++)
                if (!strcmp(d->items[start + j].file, g->file)) { rank = keys[j].rank; break; }
            keys[i] = (diag_key){rank, g->line, g->col, i};
        }
        qsort(keys, (size_t)n, sizeof *keys, cmp_diag_keys);
        memcpy(copy, d->items + start, (size_t)n * sizeof *copy);
        for (int i = 0; i < n; i++) d->items[start + i] = copy[keys[i].index];
    }
    free(keys);
    free(copy);
}

static aigov_status load_files(src_file *files_in, int nfiles, const char *source, aigov_corpus **out,
                               aigov_diags *d, const src_file *overlay) {
    int diag_start = d ? d->n : 0;
    *out = NULL;
    /* The overlay, if any, sits after the corpus files: its nodes carry its index, so
     * errors in what it adds or changes point into it. */
    src_file *files = calloc((size_t)nfiles + 2, sizeof *files);
    if (!files) return AIGOV_NOMEM;
    memcpy(files, files_in, (size_t)nfiles * sizeof *files);
    if (overlay) files[nfiles] = *overlay;
    aigov_corpus *c = calloc(1, sizeof *c);
    if (!c) { free(files); return AIGOV_NOMEM; }
    ag_arena_init(&c->arena);
    loader L;
    memset(&L, 0, sizeof L);
    L.c = c;
    L.d = d;
    L.a = &c->arena;
    L.files = files;
    L.nfiles = nfiles;
    L.ovfile = -1;
    ag_vec_init(&L.refs, sizeof(pending_ref));
    ag_vec_init(&L.broken, sizeof(const char *));
    c->source = ag_arena_strdup(&c->arena, source);
    /* Instruments and actors keep their file's display name: it must live as long as the
     * corpus, not as long as the caller's list of files. */
    for (int i = 0; i < nfiles + (overlay != NULL); i++) {
        const char *copy = ag_arena_strdup(&c->arena, files[i].display);
        if (copy) files[i].display = copy;
        else L.oom = true;
    }
    qsort(files, (size_t)nfiles, sizeof *files, cmp_files);
    ag_corpus_cel_env(c, &L.env);
    ag_overlay ov = {0}; /* freed below even when the overlay does not parse */
    if (overlay && !L.oom) {
        L.ovfile = nfiles;
        ag_ynode *oroot = parse_file(&L, nfiles);
        if (!oroot || !ag_overlay_init(&ov, oroot, files[nfiles].display, files[nfiles].data, files[nfiles].len, &c->arena, d)) {
            if (oroot) L.errors += ov.errors;
            ag_overlay_free(&ov);
            aigov_corpus_free(c);
            free(files);
            return AIGOV_INVALID;
        }
        L.ov = &ov;
    }

    void (*const readers[])(loader *, const ag_ynode *) = {load_vocabulary, load_schema, load_regions,
                                                           load_actors, load_delegations};
    ag_ynode **roots = calloc((size_t)nfiles + 1, sizeof *roots);
    if (!roots) L.oom = true;
    for (size_t k = 0; k < AG_ARRAY_LEN(TOP_FILES) && roots; k++) {
        int i = find_top(&L, TOP_FILES[k]);
        if (i < 0) {
            ag_diag_add(d, source, NULL, 0, 0, 0, 0, "missing %s.yaml in the corpus", TOP_FILES[k]);
            L.errors++;
            L.top_broken[k] = true;
            continue;
        }
        /* The file itself, then its fragments (NAME/ directory), in name order. */
        int n = 0;
        bool broken = false;
        for (int j = 0; j < nfiles; j++) {
            if (j != i && !is_fragment(&L, j, TOP_FILES[k])) continue;
            ag_ynode *r = parse_file(&L, j);
            if (!r || r->kind != AG_Y_MAP) broken = true;
            if (r) roots[n++] = r;
        }
        L.cur = i;
        ag_ynode *root = n ? merge_roots(&L, roots, n) : NULL;
        if (root && L.ov && (k == TOP_ACTORS || k == TOP_DELEGATIONS))
            ag_overlay_apply_list(L.ov, root, k == TOP_ACTORS ? "actors" : "delegations");
        if (root) readers[k](&L, root);
        if (broken || !root) L.top_broken[k] = true;
    }
    free(roots);
    int ninst = 0;
    for (int i = 0; i < nfiles; i++) if (!strncmp(files[i].name, "instruments/", 12)) ninst++;
    const ag_ynode *added = L.ov ? ag_overlay_added_instruments(L.ov) : NULL;
    if (added) ninst += added->nkids;
    c->instruments = AG_NEW(&c->arena, ag_instrument, (size_t)ninst + 1);
    if (!c->instruments || !ag_map_init(&c->instrument_index, &c->arena, (uint32_t)ninst)) L.oom = true;
    for (int i = 0; i < nfiles && !L.oom; i++) {
        if (strncmp(files[i].name, "instruments/", 12)) {
            bool known = false;
            for (size_t k = 0; k < AG_ARRAY_LEN(TOP_FILES); k++)
                if (find_top(&L, TOP_FILES[k]) == i || is_fragment(&L, i, TOP_FILES[k])) known = true;
            if (!known) {
                ag_diag_add(d, files[i].display, NULL, 0, 0, 0, 0,
                            "unexpected file in the corpus; expected vocabulary, schema, regions, actors or delegations (each NAME.yaml or NAME/*.yaml) or instruments/NAME.yaml");
                L.errors++;
            }
            continue;
        }
        ag_ynode *root = parse_file(&L, i);
        int before = c->ninstruments;
        if (root && L.ov && !ag_overlay_apply_instrument(L.ov, root)) continue; /* removed */
        if (root) load_instrument(&L, root);
        if (c->ninstruments == before) {
            /* Not loaded: the id it should have is its file name. */
            const char *stem = files[i].name + 12;
            add_broken(&L, ag_arena_strndup(&c->arena, stem, strcspn(stem, ".")));
        }
    }
    for (int i = 0; added && i < added->nkids && !L.oom; i++) {
        L.cur = L.ovfile;
        load_instrument(&L, added->kids[i]);
    }
    if (L.ov) {
        if (L.ov->oom) L.oom = true; /* a change of the overlay may be missing */
        ag_overlay_report_unmatched(L.ov);
        L.errors += L.ov->errors;
    }
    if (!L.oom) resolve_refs(&L);
    ag_vec_free(&L.refs);
    ag_vec_free(&L.broken);
    free(files);
    if (L.oom) {
        aigov_corpus_free(c);
        return AIGOV_NOMEM;
    }
    if (L.errors) {
        sort_diags(d, diag_start);
        aigov_corpus_free(c);
        return AIGOV_INVALID;
    }
    if (!ag_corpus_prepare_consts(c)) {
        aigov_corpus_free(c);
        return AIGOV_NOMEM;
    }
    *out = c;
    return AIGOV_OK;
}

static aigov_status load_builtin(aigov_corpus **out, aigov_diags *d, const src_file *overlay) {
    const ag_builtin_file *t = ag_builtin_corpus();
    int n = 0;
    while (t[n].name) n++;
    src_file *files = calloc((size_t)n + 1, sizeof *files);
    ag_arena names;
    ag_arena_init(&names);
    if (!files) return AIGOV_NOMEM;
    for (int i = 0; i < n; i++) {
        files[i].name = t[i].name;
        files[i].display = ag_arena_printf(&names, "corpus/%s", t[i].name);
        if (!files[i].display) files[i].display = t[i].name;
        files[i].data = t[i].data;
        files[i].len = t[i].len;
    }
    aigov_status s = load_files(files, n, "built-in", out, d, overlay);
    free(files);
    ag_arena_free(&names);
    return s;
}

static bool has_ext(const char *name) {
    size_t l = strlen(name);
    return (l > 5 && !strcmp(name + l - 5, ".yaml")) || (l > 4 && !strcmp(name + l - 4, ".yml")) ||
           (l > 5 && !strcmp(name + l - 5, ".json"));
}

static aigov_status load_dir(const char *dir, aigov_corpus **out, aigov_diags *d, const src_file *overlay) {
    *out = NULL;
    ag_vec files;
    ag_vec_init(&files, sizeof(src_file));
    aigov_status st = AIGOV_OK;
    ag_arena names;
    ag_arena_init(&names);
    static const char *const subdirs[] = {NULL, "instruments", "vocabulary", "schema", "regions", "actors", "delegations"};
    for (int pass = 0; pass < (int)AG_ARRAY_LEN(subdirs) && st == AIGOV_OK; pass++) {
        char *path = pass ? ag_arena_printf(&names, "%s/%s", dir, subdirs[pass]) : ag_arena_strdup(&names, dir);
        DIR *dh = path ? opendir(path) : NULL;
        if (!dh) {
            if (pass == 0) {
                ag_diag_add(d, dir, NULL, 0, 0, 0, 0, "cannot open corpus directory");
                st = AIGOV_IO;
                break;
            }
            continue; /* subdirectories are optional */
        }
        struct dirent *e;
        while ((e = readdir(dh)) && st == AIGOV_OK) {
            if (e->d_name[0] == '.' || !has_ext(e->d_name)) continue;
            src_file *f = ag_vec_push(&files);
            char *full = ag_arena_printf(&names, "%s/%s", path, e->d_name);
            if (!f || !full) { st = AIGOV_NOMEM; break; }
            f->name = pass ? ag_arena_printf(&names, "%s/%s", subdirs[pass], e->d_name) : ag_arena_strdup(&names, e->d_name);
            f->display = full;
            st = ag_read_file(full, &f->buf, &f->len, d);
            f->data = f->buf;
            f->owned = true;
        }
        closedir(dh);
    }
    if (st == AIGOV_OK) st = load_files(files.items, (int)files.n, dir, out, d, overlay);
    src_file *fs = files.items;
    for (size_t i = 0; i < files.n; i++) if (fs[i].owned) free(fs[i].buf);
    ag_vec_free(&files);
    ag_arena_free(&names);
    return st;
}

aigov_status aigov_corpus_load_builtin(aigov_corpus **out, aigov_diags *d) { return load_builtin(out, d, NULL); }
aigov_status aigov_corpus_load_dir(const char *dir, aigov_corpus **out, aigov_diags *d) { return load_dir(dir, out, d, NULL); }

aigov_status aigov_corpus_load_with_overlay(const char *dir, const char *overlay_name, const char *overlay,
                                            size_t overlay_len, aigov_corpus **out, aigov_diags *d) {
    if (!overlay) return dir ? load_dir(dir, out, d, NULL) : load_builtin(out, d, NULL);
    src_file ov = {.name = "", .display = overlay_name ? overlay_name : "<overlay>", .data = overlay, .len = overlay_len};
    return dir ? load_dir(dir, out, d, &ov) : load_builtin(out, d, &ov);
}

void aigov_corpus_free(aigov_corpus *c) {
    if (!c) return;
    ag_arena_free(&c->arena);
    free(c);
}
