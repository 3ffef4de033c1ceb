/* fuzz_profile.c — the strict profile reader (a yajl event stream, src/corpus/profile.c)
 * against the real schema, then a full check and its three renderings for whatever
 * parses. Differential too: the reader must refuse as JSON exactly what jansson (with
 * JSON_REJECT_DUPLICATES, the reader it replaced, read through aigov_json_loadb, which accepts
 * every JSON number as the library does) refuses, and any raw NUL byte, or the target aborts. */
#include "fuzz.h"
#include "corpus/corpus.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static aigov_corpus *corpus;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (!corpus && aigov_corpus_load_builtin(&corpus, &d) != AIGOV_OK) abort();
    aigov_profile *p = NULL;
    aigov_status s = aigov_profile_parse(corpus, "fuzz.json", (const char *)data, size, NULL, &p, &d);
    json_error_t je;
    json_t *j = aigov_json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &je);
    /* JSON text has no raw NUL byte (RFC 8259), which jansson accepts after true, false,
     * null or a number ({"a":true\0}); the reader refuses it, and so does the service. */
    bool jansson_json = j != NULL && !memchr(data, 0, size);
    if (jansson_json != (s != AIGOV_SYNTAX)) abort(); /* the two disagree on what is JSON */
    json_decref(j);
    if (s == AIGOV_OK) {
        aigov_result *r = NULL;
        aigov_check_opts o = {NULL, (size & 1) != 0};
        if (aigov_check(corpus, p, &o, &r, &d) == AIGOV_OK) {
            free(aigov_result_render(r, "json"));
            free(aigov_result_render(r, "text"));
            aigov_result_free(r);
        }
        aigov_profile_free(p);
    }
    for (int i = 0; i < d.n; i++) free(aigov_diag_format(&d.items[i]));
    aigov_diags_free(&d);
    return 0;
}
