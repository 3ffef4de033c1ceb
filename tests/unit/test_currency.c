/* test_currency.c — the currency of the corpus (src/corpus/currency.c) and court orders on
 * instruments: when a stay suspends enforcement (ag_enforcement_suspended), which
 * instruments `stale` lists, and what `changes` reports between two days. */
#include "corpus/corpus.h"
#include "test.h"

#include <stdlib.h>

/* A stay from `from` until `until` (exclusive) on some provisions, built by hand. */
static void stay_window(void) {
    const char *covered[] = {"a"};
    ag_litigation lt = {0};
    lt.case_name = "Doe v. State";
    lt.court = "A court";
    lt.effect = "stayed";
    lt.from = 100;
    lt.until = 110;
    lt.provisions.items = covered;
    lt.provisions.n = 1;
    ag_instrument in = {0};
    in.litigation = &lt;
    in.nlitigation = 1;
    CHECK(ag_enforcement_suspended(&in, "a", 99) == NULL);   /* before the order */
    CHECK(ag_enforcement_suspended(&in, "a", 100) == &lt);   /* from the day it takes effect */
    CHECK(ag_enforcement_suspended(&in, "a", 109) == &lt);
    CHECK(ag_enforcement_suspended(&in, "a", 110) == NULL);  /* until is exclusive */
    CHECK(ag_enforcement_suspended(&in, "b", 105) == NULL);  /* not a covered provision */
    lt.provisions.n = 0;                                     /* no list: the whole instrument */
    CHECK(ag_enforcement_suspended(&in, "b", 105) == &lt);
    lt.effect = "challenged";                                /* a challenge suspends nothing */
    CHECK(ag_enforcement_suspended(&in, "b", 105) == NULL);
    lt.effect = "enjoined";
    lt.until = AG_DATE_NONE;                                 /* open-ended */
    CHECK(ag_enforcement_suspended(&in, "b", 100000) == &lt);
}

static void stale_and_changes(void) {
    aigov_corpus *c = NULL;
    aigov_diags d;
    aigov_diags_init(&d, 10);
    CHECK(aigov_corpus_load_builtin(&c, &d) == AIGOV_OK);
    if (!c) return;
    aigov_status st;
    /* Before 1900 nothing verified is stale: only the never-verified instruments are (the
     * built-in corpus may have none; e2e_currency tests one without `verified`). */
    char *s = aigov_corpus_stale(c, "1900-01-01", "json", &d, &st);
    CHECK(st == AIGOV_OK && s && !strstr(s, "\"id\": \"eu-ai-act\"") && !strstr(s, "\"verified\": \""));
    free(s);
    s = aigov_corpus_stale(c, "2999-01-01", "text", &d, &st);
    CHECK(st == AIGOV_OK && s && strstr(s, "eu-ai-act") && strstr(s, "verified 2026-"));
    free(s);
    s = aigov_corpus_stale(c, "1 May", "text", &d, &st);
    CHECK(s == NULL && st == AIGOV_USAGE && d.n > 0 && strstr(d.items[d.n - 1].message, "expected a date"));
    free(s);
    s = aigov_corpus_stale(c, "2026-01-01", "yaml", &d, &st);
    CHECK(s == NULL && st == AIGOV_USAGE);
    /* The Omnibus's entry into force, the Colorado stay and the new prohibition. */
    s = aigov_corpus_changes(c, "2026-04-01", "2026-12-01", "json", &d, &st);
    CHECK(st == AIGOV_OK && s);
    if (s) {
        CHECK(strstr(s, "\"kind\": \"stayed\"") != NULL);
        CHECK(strstr(s, "\"as_of\": \"2026-12-01\"") != NULL);
        const char *stay = strstr(s, "\"date\": \"2026-04-27\"");
        const char *omni = strstr(s, "\"date\": \"2026-07-27\"");
        const char *ban = strstr(s, "eu-ai-act/art5-nonconsensual-intimate-content-csam");
        CHECK(stay && omni && ban && stay < omni);
        CHECK(strstr(s, "\"date\": \"2026-03-31\"") == NULL);  /* nothing before --since */
    }
    free(s);
    /* Nothing on or after a day far in the future. */
    s = aigov_corpus_changes(c, "2999-01-01", NULL, "text", &d, &st);
    CHECK(st == AIGOV_OK && s && strstr(s, ": 0, 0 of them"));
    free(s);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
}

int main(void) {
    stay_window();
    stale_and_changes();
    TEST_MAIN_END();
}
