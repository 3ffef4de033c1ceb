/* answer.c — one answer to a question, typed by a person, into a profile: the answer is
 * parsed by the field's type (yes/no, numbers with multipliers, ISO dates, a choice's
 * number or id or label, region codes or names with did-you-mean) and set in a copy of the
 * profile JSON, keeping every other field and its order. Used by `aigov ask`; must not
 * decide anything (check/) nor print. */
#include "corpus/corpus.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>

static bool ieq(const char *a, const char *b) {
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return false;
    return !*a && !*b;
}

/* Copies s without leading and trailing blanks into buf. */
static const char *trim(const char *s, char *buf, size_t cap) {
    while (isspace((unsigned char)*s)) s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1])) n--;
    if (n >= cap) n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
    return buf;
}

static json_t *parse_bool(const char *a, aigov_diags *d, const char *name) {
    static const char *const YES[] = {"y", "yes", "true", "1"}, *const NO[] = {"n", "no", "false", "0"};
    for (int i = 0; i < 4; i++) {
        if (ieq(a, YES[i])) return json_true();
        if (ieq(a, NO[i])) return json_false();
    }
    ag_diag_add(d, name, NULL, 0, 0, 0, 0, "expected yes or no, found '%s'", a);
    return NULL;
}

/* A number as people write it: 3e25, 1.5e+26 FLOP, 10,000, 1.5M, 2 billion, $5M. A
 * trailing word that is not a multiplier is taken as the unit and ignored. */
static json_t *parse_number(const ag_field *f, const char *a, aigov_diags *d, const char *name) {
    char buf[128];
    size_t n = 0;
    const char *p = a;
    if (*p == '$') p++;
    for (; *p && n < sizeof buf - 1; p++) {
        if (*p == ',' || *p == '_') continue;
        if (isdigit((unsigned char)*p) || *p == '.' || *p == '-' || *p == '+' ||
            ((*p == 'e' || *p == 'E') && n && (isdigit((unsigned char)p[1]) || p[1] == '+' || p[1] == '-')))
            buf[n++] = *p;
        else break;
    }
    buf[n] = 0;
    char *end;
    double v = n ? strtod(buf, &end) : 0;
    if (!n || *end) {
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "expected a number (e.g. 3e25, 10,000 or 1.5M), found '%s'", a);
        return NULL;
    }
    while (isspace((unsigned char)*p)) p++;
    static const struct { const char *w; double m; } MUL[] = {
        {"k", 1e3}, {"thousand", 1e3}, {"m", 1e6}, {"mn", 1e6}, {"million", 1e6}, {"b", 1e9},
        {"bn", 1e9}, {"billion", 1e9}, {"t", 1e12}, {"trillion", 1e12},
    };
    char word[64];
    size_t wn = 0;
    while (p[wn] && !isspace((unsigned char)p[wn]) && wn < sizeof word - 1) { word[wn] = p[wn]; wn++; }
    word[wn] = 0;
    for (size_t i = 0; wn && i < sizeof MUL / sizeof MUL[0]; i++)
        if (ieq(word, MUL[i].w)) { v *= MUL[i].m; break; }
    if (!isfinite(v)) {
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "the number '%s' is out of range", a);
        return NULL;
    }
    if ((f->has_min && v < f->min) || (f->has_max && v > f->max)) {
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "%s must be %s %g, found %g", f->path, f->has_min && v < f->min ? "at least" : "at most",
                    f->has_min && v < f->min ? f->min : f->max, v);
        return NULL;
    }
    if (v == floor(v) && fabs(v) < 9e15) return json_integer((json_int_t)v);
    return json_real(v);
}

static json_t *parse_date(const char *a, aigov_diags *d, const char *name) {
    int32_t day;
    if (strlen(a) != 10 || !ag_date_parse(a, 10, &day)) {
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", a);
        return NULL;
    }
    return json_string(a);
}

/* One choice of a vocabulary: its number (1-based, as listed), its id or its label. */
static const char *parse_term(const ag_vocab *v, const char *a, aigov_diags *d, const char *name) {
    char *end;
    long k = strtol(a, &end, 10);
    if (*a && !*end) {
        if (k >= 1 && k <= v->n) return v->terms[k - 1];
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "choose a number from 1 to %d, found %ld", v->n, k);
        return NULL;
    }
    for (int i = 0; i < v->n; i++)
        if (ieq(a, v->terms[i]) || (v->labels[i] && ieq(a, v->labels[i]))) return v->terms[i];
    const char *s = ag_suggest(a, strlen(a), v->terms, (size_t)v->n);
    if (s) ag_diag_add(d, name, NULL, 0, 0, 0, 0, "unknown %s '%s' (did you mean '%s'?)", v->name, a, s);
    else ag_diag_add(d, name, NULL, 0, 0, 0, 0, "unknown %s '%s'", v->name, a);
    return NULL;
}

/* A region: a code (any case), a name or an alias; else the closest (regions.c). */
static const char *parse_region(const aigov_corpus *c, const char *a, aigov_diags *d, const char *name) {
    int amb[2];
    int r = ag_region_find(c, a, strlen(a), amb);
    if (r >= 0) return c->regions[r].code;
    char why[512];
    ag_diag_add(d, name, NULL, 0, 0, 0, 0, "%s", ag_region_why(c, a, strlen(a), r, amb, why, sizeof why));
    return NULL;
}

/* A list: comma-separated items ("none" or "-" = empty); each parsed as a term or region. */
static json_t *parse_list(const aigov_corpus *c, const ag_field *f, const char *a, aigov_diags *d, const char *name) {
    json_t *arr = json_array();
    if (!arr) return NULL;
    if (ieq(a, "none") || !strcmp(a, "-") || ieq(a, "[]")) return arr;
    char *copy = strdup(a);
    if (!copy) { json_decref(arr); return NULL; }
    bool bad = false;
    for (char *save = NULL, *tok = strtok_r(copy, ",;", &save); tok && !bad; tok = strtok_r(NULL, ",;", &save)) {
        char item[256];
        trim(tok, item, sizeof item);
        if (!*item) continue;
        const char *v = f->type == AG_F_REGIONS ? parse_region(c, item, d, name) : parse_term(&c->vocabs[f->vocab], item, d, name);
        if (!v) { bad = true; break; }
        bool dup = false;
        for (size_t i = 0; i < json_array_size(arr); i++)
            if (!strcmp(json_string_value(json_array_get(arr, i)), v)) dup = true;
        if (!dup && json_array_append_new(arr, json_string(v)) != 0) bad = true;
    }
    free(copy);
    if (bad) { json_decref(arr); return NULL; }
    return arr;
}

aigov_status aigov_profile_answer(const aigov_corpus *c, const char *json, size_t len, const char *field,
                                  const char *answer, char **out, aigov_diags *d) {
    *out = NULL;
    const char *path = !strncmp(field, "system.", 7) ? field + 7 : field;
    int slot = ag_map_get(&c->field_index, path, strlen(path));
    if (slot < 0) {
        const char *s = NULL;
        const char **cands = calloc((size_t)c->nfields + 1, sizeof *cands);
        for (int i = 0; cands && i < c->nfields; i++) cands[i] = c->fields[i].path;
        if (cands) s = ag_suggest(path, strlen(path), cands, (size_t)c->nfields);
        free(cands);
        if (s) ag_diag_add(d, field, NULL, 0, 0, 0, 0, "unknown profile field '%s' (did you mean '%s'?)", path, s);
        else ag_diag_add(d, field, NULL, 0, 0, 0, 0, "unknown profile field '%s'", path);
        return AIGOV_NOTFOUND;
    }
    const ag_field *f = &c->fields[slot];
    json_t *doc;
    if (json && len) {
        json_error_t je;
        doc = json_loadb(json, len, 0, &je);
        if (!doc || !json_is_object(doc)) {
            ag_diag_add(d, "profile", NULL, 0, je.line > 0 ? je.line : 0, je.column > 0 ? je.column : 0, 1,
                        "%s", doc ? "expected a JSON object" : je.text);
            json_decref(doc);
            return AIGOV_SYNTAX;
        }
    } else if (!(doc = json_object())) return AIGOV_NOMEM;
    char a[1024];
    trim(answer, a, sizeof a);
    json_t *v = NULL;
    switch (f->type) {
    case AG_F_BOOL: v = parse_bool(a, d, f->expr_path); break;
    case AG_F_NUMBER: v = parse_number(f, a, d, f->expr_path); break;
    case AG_F_DATE: v = parse_date(a, d, f->expr_path); break;
    case AG_F_STRING:
        if (*a) v = json_string(a);
        else ag_diag_add(d, f->expr_path, NULL, 0, 0, 0, 0, "expected some text");
        break;
    case AG_F_TERM: {
        const char *t = parse_term(&c->vocabs[f->vocab], a, d, f->expr_path);
        if (t) v = json_string(t);
        break;
    }
    case AG_F_TERMS:
    case AG_F_REGIONS: v = parse_list(c, f, a, d, f->expr_path); break;
    }
    if (!v) { json_decref(doc); return d->n ? AIGOV_INVALID : AIGOV_NOMEM; }
    /* Walk (and create) the objects of the path; a non-object in the way is replaced. */
    json_t *o = doc;
    char seg[256];
    const char *p = path;
    for (const char *dot; (dot = strchr(p, '.')); p = dot + 1) {
        size_t n = (size_t)(dot - p) < sizeof seg - 1 ? (size_t)(dot - p) : sizeof seg - 1;
        memcpy(seg, p, n);
        seg[n] = 0;
        json_t *next = json_object_get(o, seg);
        if (!json_is_object(next)) {
            next = json_object();
            if (!next || json_object_set_new(o, seg, next) != 0) { json_decref(v); json_decref(doc); return AIGOV_NOMEM; }
        }
        o = next;
    }
    if (json_object_set_new(o, p, v) != 0) { json_decref(doc); return AIGOV_NOMEM; }
    char *s = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
    json_decref(doc);
    if (!s) return AIGOV_NOMEM;
    size_t n = strlen(s);
    char *r = realloc(s, n + 2);
    if (!r) { free(s); return AIGOV_NOMEM; }
    r[n] = '\n';
    r[n + 1] = 0;
    *out = r;
    return AIGOV_OK;
}
