/* test_batch_render.c — lean batch lines (src/check/batch.c): a batch that has rendered
 * many lines (its cache of deciding-field texts warm, entries replaced by others) must
 * write every line byte for byte as a fresh batch writes it. The profiles: every example,
 * and each example with one top-level key removed at a time, so that many different
 * sets of fields are unknown; with and without --all. */
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
    for (int i = 0; i < np; i++) aigov_profile_free(ps[i]);
    aigov_diags_free(&d);
    aigov_index_free(X);
    aigov_corpus_free(C);
    TEST_MAIN_END();
}
