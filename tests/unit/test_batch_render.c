/* test_batch_render.c — lean batch lines (src/check/batch.c): a batch that has rendered
 * many lines (its cache of deciding-field texts warm, entries replaced by others) must
 * write every line byte for byte as a fresh batch writes it. The profiles: every example,
 * and each example with one top-level key removed at a time, so that many different
 * sets of fields are unknown; with and without --all. And the lean line (the default) says
 * what the full line (--all) says about the same profile: its banned practices, binding
 * provisions and the questions that decide the undecided ones. */
#include "check/index.h"
#include "test.h"

#include <dirent.h>
#include <jansson.h>
#include <stdlib.h>

static aigov_corpus *C;
static aigov_index *X;

/* The line a fresh batch writes for p. */
static char *fresh_line(const aigov_profile *p, bool all) {
    aigov_diags d;
    aigov_diags_init(&d, 4);
    aigov_batch *b = NULL;
    aigov_check_opts o = {NULL, all};
    char *s = NULL;
    if (aigov_batch_new(X, &o, NULL, &b, &d) == AIGOV_OK) {
        aigov_buf out = {0};
        if (ag_batch_render(b, p, 1, &out)) s = out.data;
        else free(out.data);
        aigov_batch_free(b);
    }
    aigov_diags_free(&d);
    return s;
}

static bool binding(const char *full_id) {
    const ag_provision *pv = ag_corpus_provision(C, full_id);
    const struct ag_instrument *in = pv ? pv->inst : NULL;
    return in && !strcmp(in->binding, "binding");
}

static const char *id_of(json_t *e) { return json_is_string(e) ? json_string_value(e) : json_string_value(json_object_get(e, "id")); }

/* The lean line against the full line of the same profile. */
static bool lean_matches_full(const char *lean_text, const char *full_text) {
    json_t *lean = json_loads(lean_text, 0, NULL), *full = json_loads(full_text, 0, NULL);
    bool ok = lean && full && json_equal(json_object_get(lean, "summary"), json_object_get(full, "summary")) &&
              json_equal(json_object_get(lean, "conflicts"), json_object_get(full, "conflicts"));
    static const char *pairs[][2] = {{"binding_applies", "applies"}, {"binding_applies_from", "applies_from"},
                                     {"binding_unknown", "unknown"}};
    int decides[AG_MAX_SLOTS] = {0};
    for (size_t k = 0; ok && k < AG_ARRAY_LEN(pairs); k++) {
        json_t *l = json_object_get(lean, pairs[k][0]), *f = json_object_get(full, pairs[k][1]);
        size_t li = 0, i;
        json_t *e;
        json_array_foreach(f, i, e) {
            if (!binding(id_of(e))) continue;
            json_t *le = json_array_get(l, li++);
            ok = ok && le && !strcmp(id_of(le), id_of(e));
            json_t *df = json_object_get(e, "deciding_fields");
            if (k == 1 && ok) ok = json_is_true(json_object_get(le, "conditional")) == (df != NULL);
            size_t j;
            json_t *fe;
            json_array_foreach(df, j, fe) {
                int slot = ag_map_get(&C->field_index, json_string_value(fe) + 7, strlen(json_string_value(fe)) - 7);
                if (slot >= 0) decides[slot]++;
            }
        }
        ok = ok && li == json_array_size(l);
    }
    /* The questions: every field with what it decides, most deciding first. */
    json_t *qs = json_object_get(lean, "questions"), *q;
    size_t i;
    int last = 1 << 30, nq = 0, nd = 0;
    json_array_foreach(qs, i, q) {
        const char *fld = json_string_value(json_object_get(q, "field"));
        int slot = fld ? ag_map_get(&C->field_index, fld + 7, strlen(fld) - 7) : -1;
        int n = (int)json_integer_value(json_object_get(q, "decides_binding"));
        ok = ok && slot >= 0 && decides[slot] == n && n <= last;
        last = n;
        nq++;
    }
    for (int s = 0; s < AG_MAX_SLOTS; s++) nd += decides[s] > 0;
    ok = ok && nq == nd;
    /* Banned: the applying prohibited practices. */
    json_t *banned = json_object_get(lean, "banned");
    ok = ok && json_array_size(banned) == (size_t)json_integer_value(json_object_get(json_object_get(full, "summary"), "banned"));
    json_decref(lean);
    json_decref(full);
    return ok;
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (aigov_corpus_load_builtin(&C, &d) != AIGOV_OK || aigov_index_new(C, &X, &d) != AIGOV_OK) return 1;
    aigov_profile *ps[2048];
    int np = 0;
    DIR *dir = opendir("examples");
    struct dirent *e;
    while (dir && (e = readdir(dir))) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".json")) continue;
        char path[512];
        snprintf(path, sizeof path, "examples/%s", e->d_name);
        json_error_t je;
        json_t *j = json_load_file(path, 0, &je);
        if (!j) continue;
        /* The example, then the example less each of its keys. */
        size_t nkeys = json_object_size(j);
        for (size_t drop = 0; drop <= nkeys && np < 2048; drop++) {
            json_t *v = json_deep_copy(j);
            const char *key;
            json_t *val;
            size_t k = 1;
            json_object_foreach(v, key, val) {
                if (k++ == drop) { json_object_del(v, key); break; }
            }
            char *text = json_dumps(v, 0);
            aigov_profile *p = NULL;
            if (text && aigov_profile_parse(C, "t", text, strlen(text), NULL, &p, &d) == AIGOV_OK) ps[np++] = p;
            free(text);
            json_decref(v);
        }
        json_decref(j);
    }
    if (dir) closedir(dir);
    CHECK(np > 100);
    for (int all = 0; all < 2; all++) {
        aigov_batch *b = NULL;
        aigov_check_opts o = {NULL, all != 0};
        CHECK(aigov_batch_new(X, &o, NULL, &b, &d) == AIGOV_OK);
        aigov_buf out = {0};
        int same = 0;
        for (int round = 0; round < 2; round++) /* the second round finds the cache warm */
            for (int i = 0; i < np; i++) {
                out.len = 0;
                bool ok = ag_batch_render(b, ps[i], 1, &out);
                char *want = fresh_line(ps[i], all != 0);
                if (ok && want && !strcmp(out.data, want)) same++;
                else fprintf(stderr, "profile %d (all=%d, round %d): the lines differ\n", i, all, round);
                free(want);
            }
        CHECK(same == 2 * np);
        free(out.data);
        aigov_batch_free(b);
    }
    int agree = 0;
    for (int i = 0; i < np; i++) {
        char *lean = fresh_line(ps[i], false), *full = fresh_line(ps[i], true);
        if (lean && full && lean_matches_full(lean, full)) agree++;
        else fprintf(stderr, "profile %d: the lean line does not say what the full line says\n%s%s", i, lean, full);
        free(lean);
        free(full);
    }
    CHECK(agree == np);
    for (int i = 0; i < np; i++) aigov_profile_free(ps[i]);
    aigov_diags_free(&d);
    aigov_index_free(X);
    aigov_corpus_free(C);
    TEST_MAIN_END();
}
