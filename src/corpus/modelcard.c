/* modelcard.c — drafts a profile from a Hugging Face model card (README.md with YAML
 * front matter between '---' lines). Only facts the card states and the corpus's
 * vocabularies can express are written; everything else is left out, so it stays
 * unknown and `check` asks about it. Must not guess legal facts (e.g. open weights). */
#include "corpus/corpus.h"
#include "base/yamltree.h"

#include "base/jsonout.h"
#include <stdlib.h>

static const ag_ynode *yget(const ag_ynode *m, const char *key) {
    if (!m || m->kind != AG_Y_MAP) return NULL;
    for (int i = 0; i + 1 < m->nkids; i += 2)
        if (m->kids[i]->kind == AG_Y_SCALAR && !strcmp(m->kids[i]->str, key)) return m->kids[i + 1];
    return NULL;
}

/* "text-generation" -> "text_generation" if that is a term of `vocab`, else NULL. */
static const char *as_term(const aigov_corpus *c, const char *vocab, const char *s) {
    int v = ag_corpus_vocab(c, vocab);
    if (v < 0) return NULL;
    char buf[128];
    size_t n = strlen(s);
    if (n >= sizeof buf) return NULL;
    for (size_t i = 0; i <= n; i++) buf[i] = s[i] == '-' ? '_' : (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    int32_t i = ag_map_get(&c->vocabs[v].index, buf, n);
    return i >= 0 ? c->vocabs[v].terms[i] : NULL;
}

static void add_term(json_t *arr, const char *t) {
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x) if (!strcmp(json_string_value(x), t)) return;
    ag_json_push(arr, json_string(t));
}

char *aigov_profile_from_model_card(const aigov_corpus *c, const char *name, const char *text, size_t len,
                                    aigov_diags *d) {
    ag_json_begin();
    /* The front matter: the text between a first line "---" and the next "---" line. */
    if (len < 4 || strncmp(text, "---", 3) || (text[3] != '\n' && text[3] != '\r')) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "no YAML front matter: a model card starts with a '---' line");
        return NULL;
    }
    /* The text need not be NUL-terminated: search within len only. */
    const char *first_nl = memchr(text, '\n', len);
    if (!first_nl) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "front matter is not closed by a '---' line");
        return NULL;
    }
    const char *start = first_nl + 1, *end = NULL;
    for (const char *p = start; p < text + len;) {
        const char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        if ((ll == 3 || (ll == 4 && p[3] == '\r')) && !strncmp(p, "---", 3)) { end = p; break; }
        if (!nl) break;
        p = nl + 1;
    }
    if (!end) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "front matter is not closed by a '---' line");
        return NULL;
    }
    ag_arena a;
    ag_arena_init(&a);
    /* Parse the full text up to the closing line so positions match the file. */
    char *copy = ag_arena_strndup(&a, text, (size_t)(end - text));
    if (!copy) { ag_arena_free(&a); return NULL; }
    memset(copy, ' ', 3); /* blank the opening '---' but keep line numbers */
    ag_ynode *root = ag_yaml_parse(&a, name, 0, copy, (size_t)(end - text), d);
    if (!root) { ag_arena_free(&a); return NULL; }
    if (root->kind != AG_Y_MAP) {
        ag_diag_add(d, name, text, len, root->line, root->col, 1, "front matter must be a mapping");
        ag_arena_free(&a);
        return NULL;
    }
    json_t *o = json_object();
    const ag_ynode *mi = yget(root, "model-index");
    const ag_ynode *mname = yget(root, "model_name");
    if (!mname && mi && mi->kind == AG_Y_SEQ && mi->nkids) mname = yget(mi->kids[0], "name");
    const char *nm = mname && mname->kind == AG_Y_SCALAR ? mname->str : NULL;
    if (nm) {
        char id[128];
        size_t k = 0;
        for (const char *p = nm; *p && k < sizeof id - 1; p++) {
            char ch = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) id[k++] = ch;
            else if (k && id[k - 1] != '-') id[k++] = '-';
        }
        while (k && id[k - 1] == '-') k--;
        id[k] = 0;
        if (k) ag_json_set(o, "id", json_string(id));
        ag_json_set(o, "name", json_string(nm));
    }
    json_t *model = json_object(), *caps = json_array(), *purposes = json_array();
    const ag_ynode *lic = yget(root, "license");
    if (lic && lic->kind == AG_Y_SCALAR && !ag_ynode_is_null(lic) && ag_map_get(&c->field_index, "model.license", 13) >= 0) {
        const ag_ynode *ln = yget(root, "license_name");
        ag_json_set(model, "license", json_string(!strcmp(lic->str, "other") && ln && ln->kind == AG_Y_SCALAR ? ln->str : lic->str));
    }
    const ag_ynode *pt = yget(root, "pipeline_tag");
    if (pt && pt->kind == AG_Y_SCALAR) {
        const char *t = as_term(c, "capabilities", pt->str);
        if (t) add_term(caps, t);
    }
    const ag_ynode *tags = yget(root, "tags");
    for (int i = 0; tags && tags->kind == AG_Y_SEQ && i < tags->nkids; i++) {
        if (tags->kids[i]->kind != AG_Y_SCALAR) continue;
        const char *t = as_term(c, "capabilities", tags->kids[i]->str);
        if (t) add_term(caps, t);
        t = as_term(c, "purposes", tags->kids[i]->str);
        if (t) add_term(purposes, t);
    }
    if (json_object_size(model) && ag_map_get(&c->field_index, "model.license", 13) >= 0) ag_json_set_ref(o, "model", model);
    if (json_array_size(caps) && ag_map_get(&c->field_index, "capabilities", 12) >= 0) ag_json_set_ref(o, "capabilities", caps);
    if (json_array_size(purposes) && ag_map_get(&c->field_index, "purposes", 8) >= 0) ag_json_set_ref(o, "purposes", purposes);
    json_decref(model);
    json_decref(caps);
    json_decref(purposes);
    ag_arena_free(&a);
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(o);
    return s;
}
