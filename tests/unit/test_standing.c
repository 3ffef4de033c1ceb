/* test_standing.c — aigov_actor_standing (src/legit/standing.c) over the built-in corpus: a
 * mandate covers its scope's topics and no others, only while in force; publics and
 * unknown actors, topics and dates. */
#include <aigov/aigov.h>

#include "test.h"

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    CHECK(aigov_corpus_load_builtin(&c, &d) == AIGOV_OK);
    if (!c) TEST_MAIN_END();
    aigov_standing st;
    const char *safety[] = {"safety"}, *two[] = {"safety", "security"}, *econ[] = {"safety", "economic"};

    /* NIST is mandated by Congress over safety, security and accountability (from 1988). */
    CHECK(aigov_actor_standing(c, "nist", safety, 1, "2026-11-28", &st, &d) == AIGOV_OK);
    CHECK(st.has_standing);
    CHECK_STR(st.kind, "mandated");
    CHECK_STR(st.via, "congress-mandates-nist");
    CHECK(st.depth == 2);
    CHECK(aigov_actor_standing(c, "nist", two, 2, "2026-11-28", &st, &d) == AIGOV_OK && st.has_standing);
    /* Every topic must be covered: economic is outside the mandate's scope. */
    CHECK(aigov_actor_standing(c, "nist", econ, 2, "2026-11-28", &st, &d) == AIGOV_OK);
    CHECK(!st.has_standing);
    CHECK_STR(st.kind, "none");
    CHECK(strstr(st.reason, "economic") && strstr(st.reason, "congress-mandates-nist: out of scope"));
    /* Not yet in force before its from_date. */
    CHECK(aigov_actor_standing(c, "nist", safety, 1, "1980-01-01", &st, &d) == AIGOV_OK);
    CHECK(!st.has_standing && strstr(st.reason, "not yet in force"));
    /* Congress is authorized by the US public for every topic. */
    CHECK(aigov_actor_standing(c, "us-congress", econ, 2, "2026-11-28", &st, &d) == AIGOV_OK);
    CHECK(st.has_standing);
    CHECK_STR(st.kind, "authorized");
    /* A company holds no delegated authority. */
    CHECK(aigov_actor_standing(c, "openai", safety, 1, "2026-11-28", &st, &d) == AIGOV_OK);
    CHECK(!st.has_standing && strstr(st.reason, "no delegation names it"));
    /* No topics: any scope. */
    CHECK(aigov_actor_standing(c, "nist", NULL, 0, NULL, &st, &d) == AIGOV_OK && st.has_standing);
    CHECK(d.n == 0);

    /* Errors: unknown actor (with a suggestion), unknown topic, bad date. */
    CHECK(aigov_actor_standing(c, "nsit", safety, 1, NULL, &st, &d) == AIGOV_NOTFOUND);
    CHECK(d.n == 1 && strstr(d.items[0].message, "did you mean 'nist'"));
    const char *bad[] = {"saftey"};
    CHECK(aigov_actor_standing(c, "nist", bad, 1, NULL, &st, &d) == AIGOV_INVALID);
    CHECK(d.n == 2 && strstr(d.items[1].message, "did you mean 'safety'"));
    CHECK(aigov_actor_standing(c, "nist", safety, 1, "2026-13-01", &st, &d) == AIGOV_USAGE);
    CHECK(d.n == 3);

    aigov_diags_free(&d);
    aigov_corpus_free(c);
    TEST_MAIN_END();
}
