/* fuzz_cel.c — the condition language: any text is compiled against the real corpus's
 * schema and vocabularies; what compiles is evaluated (decide path) and traced (explain
 * path) against an example profile and an empty one, and the two paths must agree. */
#include "fuzz.h"
#include "corpus/corpus.h"

#include <stdio.h>
#include <stdlib.h>

static aigov_corpus *corpus;
static aigov_profile *full, *empty;

static void setup(void) {
    if (corpus) return;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (aigov_corpus_load_builtin(&corpus, &d) != AIGOV_OK) abort();
    FILE *f = fopen("examples/cv-screener-us-to-eu.json", "rb");
    char buf[65536];
    size_t n = f ? fread(buf, 1, sizeof buf, f) : 0;
    if (f) fclose(f);
    if (aigov_profile_parse(corpus, "example", buf, n, NULL, &full, &d) != AIGOV_OK) full = NULL;
    if (aigov_profile_parse(corpus, "empty", "{}", 2, NULL, &empty, &d) != AIGOV_OK) abort();
    aigov_diags_free(&d);
}

static void check(const ag_expr *e, const aigov_profile *p, ag_arena *a) {
    if (!p) return;
    ag_slotset d1 = {{0}}, d2 = {{0}};
    ag_value v1 = ag_cel_eval(e, &p->facts, &d1);
    ag_trace_node *t;
    ag_value v2;
    int n = ag_cel_trace(e, &p->facts, a, &t, &v2, &d2);
    if (n < 0) return;
    if (v1.kind != v2.kind || (v1.kind != AG_V_UNKNOWN && !ag_value_equal(&v1, &v2)) || memcmp(&d1, &d2, sizeof d1))
        abort(); /* decide and explain disagree */
    char buf[256];
    ag_value_format(&v1, buf, sizeof buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    setup();
    ag_arena a;
    ag_arena_init(&a);
    ag_cel_env env;
    ag_corpus_cel_env(corpus, &env);
    ag_cel_error err;
    ag_expr *e = ag_cel_compile(&a, (const char *)data, size, &env, &err);
    if (e) {
        check(e, full, &a);
        check(e, empty, &a);
    } else if (err.offset > size) {
        abort(); /* an error must point inside the source */
    }
    ag_arena_free(&a);
    return 0;
}
