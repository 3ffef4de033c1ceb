/* test_roles.c — the --role list (ag_roles_parse), shared by aigov_check and the batch
 * engine: the terms in order, empty items skipped, an unknown role refused with a
 * suggestion; and reentrant: aigov_check runs on many server threads, so it must not keep
 * parser state between calls (it used strtok, whose hidden state a caller's own strtok
 * loop shares: the caller's loop lost its place). */
#include "check/check.h"
#include "test.h"

#include <stdlib.h>

int main(void) {
    aigov_corpus *c = NULL;
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (aigov_corpus_load_builtin(&c, &d) != AIGOV_OK) { fprintf(stderr, "corpus load failed\n"); return 1; }
    aigov_diags_free(&d);

    const char *out[8];
    int n = -1;
    aigov_diags_init(&d, 5);
    CHECK(ag_roles_parse(c, ",deployer,,provider,", out, 8, &n, &d) && n == 2);
    CHECK(n == 2 && !strcmp(out[0], "deployer") && !strcmp(out[1], "provider"));
    CHECK(!ag_roles_parse(c, "provider,provder", out, 8, &n, &d));
    CHECK(d.n == 1 && strstr(d.items[0].message, "unknown role 'provder' (did you mean 'provider'?)"));
    CHECK(!ag_roles_parse(c, "provider,deployer", out, 1, &n, &d)); /* more than fit */
    aigov_diags_free(&d);

    /* The caller's strtok loop keeps its place across aigov_check with --role. */
    const char *json = "{\"id\": \"t\", \"markets\": [\"DE\"]}";
    aigov_profile *p = NULL;
    aigov_diags_init(&d, 5);
    CHECK(aigov_profile_parse(c, "t", json, strlen(json), "2026-11-28", &p, &d) == AIGOV_OK);
    char mine[] = "one,two,three";
    int seen = 0;
    for (char *tok = strtok(mine, ","); tok; tok = strtok(NULL, ",")) {
        seen++;
        aigov_check_opts o = {"provider,deployer", false};
        aigov_result *r = NULL;
        CHECK(aigov_check(c, p, &o, &r, &d) == AIGOV_OK);
        aigov_result_free(r);
        if (seen > 3) break;
    }
    CHECK(seen == 3);
    aigov_profile_free(p);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    TEST_MAIN_END();
}
