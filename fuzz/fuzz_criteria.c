/* fuzz_criteria.c — legitimacy criteria files and model cards: both are user-supplied
 * YAML read by their own small parsers. The first input byte picks the parser. */
#include "fuzz.h"
#include "legit/legitimacy.h"

#include <stdlib.h>

static aigov_corpus *corpus;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (!corpus && aigov_corpus_load_builtin(&corpus, &d) != AIGOV_OK) abort();
    if (size == 0) { aigov_diags_free(&d); return 0; }
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    if (data[0] & 1) {
        ag_arena a;
        ag_arena_init(&a);
        ag_criterion *cr = ag_criterion_parse(&a, "criteria.yaml", text, len, &d);
        if (cr) {
            aigov_legitimacy_opts o = {0};
            o.criteria = text;
            o.criteria_len = len;
            o.date = "2026-11-28";
            aigov_status st;
            free(aigov_legitimacy(corpus, &o, "json", &d, &st));
        }
        ag_arena_free(&a);
    } else {
        free(aigov_profile_from_model_card(corpus, "README.md", text, len, &d));
    }
    for (int i = 0; i < d.n; i++) free(aigov_diag_format(&d.items[i]));
    aigov_diags_free(&d);
    return 0;
}
