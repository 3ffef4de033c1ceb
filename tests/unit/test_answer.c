/* test_answer.c — unit tests of aigov_profile_answer (src/corpus/answer.c): each answer type
 * as people type it, the exact error messages with their suggestions, nested paths created
 * in place, and every other field kept in its order. Uses the built-in corpus. */
#include <aigov/aigov.h>
#include "test.h"

#include <stdlib.h>

static aigov_corpus *C;

/* The profile after answering `field` with `answer` on `json`; NULL on error (the first
 * message copied to msg). */
static char *answer(const char *json, const char *field, const char *ans, char *msg, size_t cap) {
    aigov_diags d;
    aigov_diags_init(&d, 4);
    char *out = NULL;
    aigov_status s = aigov_profile_answer(C, json, json ? strlen(json) : 0, field, ans, &out, &d);
    if (msg) snprintf(msg, cap, "%s", d.n ? d.items[0].message : "");
    aigov_diags_free(&d);
    return s == AIGOV_OK ? out : NULL;
}

static void expect(const char *json, const char *field, const char *ans, const char *want) {
    char *got = answer(json, field, ans, NULL, 0);
    CHECK_STR(got, want);
    free(got);
}

static void expect_error(const char *field, const char *ans, const char *want) {
    char msg[512];
    char *got = answer("{}", field, ans, msg, sizeof msg);
    CHECK(got == NULL);
    CHECK_STR(msg, want);
    free(got);
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (aigov_corpus_load_builtin(&C, &d) != AIGOV_OK) { fputs("cannot load the corpus\n", stderr); return 1; }
    aigov_diags_free(&d);

    /* Numbers: exponents, units and multipliers, separators. */
    expect(NULL, "system.model.training_compute_flop", "3e25", "{\n  \"model\": {\n    \"training_compute_flop\": 3e25\n  }\n}\n");
    expect("{}", "model.training_compute_flop", " 3e25 FLOP ", "{\n  \"model\": {\n    \"training_compute_flop\": 3e25\n  }\n}\n");
    expect("{}", "users.monthly_active", "1.5M", "{\n  \"users\": {\n    \"monthly_active\": 1500000\n  }\n}\n");
    expect("{}", "users.monthly_active", "10,000 users", "{\n  \"users\": {\n    \"monthly_active\": 10000\n  }\n}\n");
    expect("{}", "provider.annual_revenue_usd", "$2 billion", "{\n  \"provider\": {\n    \"annual_revenue_usd\": 2000000000\n  }\n}\n");
    expect_error("users.monthly_active", "many", "expected a number (e.g. 3e25, 10,000 or 1.5M), found 'many'");
    expect_error("users.monthly_active", "-5", "users.monthly_active must be at least 0, found -5");
    /* Yes and no. */
    expect("{}", "model.open_weights", "Yes", "{\n  \"model\": {\n    \"open_weights\": true\n  }\n}\n");
    expect("{}", "model.open_weights", "n", "{\n  \"model\": {\n    \"open_weights\": false\n  }\n}\n");
    expect_error("model.open_weights", "maybe", "expected yes or no, found 'maybe'");
    /* Dates. */
    expect("{}", "placed_on_market", "2025-08-02", "{\n  \"placed_on_market\": \"2025-08-02\"\n}\n");
    expect_error("placed_on_market", "2025-02-30", "expected a date YYYY-MM-DD, found '2025-02-30'");
    expect_error("placed_on_market", "Aug 2025", "expected a date YYYY-MM-DD, found 'Aug 2025'");
    /* Terms: a choice's number, id or label; did-you-mean. */
    expect("{}", "role", "1, deployer", "{\n  \"role\": [\n    \"provider\",\n    \"deployer\"\n  ]\n}\n");
    expect("{}", "role", "none", "{\n  \"role\": []\n}\n");
    expect_error("role", "provdier", "unknown roles 'provdier' (did you mean 'provider'?)");
    expect_error("role", "99", "choose a number from 1 to 17, found 99");
    /* Regions: codes in any case, names, did-you-mean. */
    expect("{}", "markets", "de, France, EU", "{\n  \"markets\": [\n    \"DE\",\n    \"FR\",\n    \"EU\"\n  ]\n}\n");
    expect_error("markets", "Germny", "unknown region 'Germny' (did you mean 'DE'?)");
    /* Unknown field. */
    expect_error("system.model.open_weight", "yes", "unknown profile field 'model.open_weight' (did you mean 'model.open_weights'?)");
    /* Every other field kept, in its order; an existing value replaced in place. */
    expect("{\"id\": \"x\", \"model\": {\"open_weights\": true, \"general_purpose\": false}, \"name\": \"X\"}", "model.open_weights", "no",
           "{\n  \"id\": \"x\",\n  \"model\": {\n    \"open_weights\": false,\n    \"general_purpose\": false\n  },\n  \"name\": \"X\"\n}\n");
    /* A bad profile. */
    char msg[512];
    char *bad = answer("[1, 2]", "role", "provider", msg, sizeof msg);
    CHECK(bad == NULL);
    CHECK_STR(msg, "expected a JSON object");
    aigov_corpus_free(C);
    TEST_MAIN_END();
}
