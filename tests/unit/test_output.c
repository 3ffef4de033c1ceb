/* test_output.c — the output helpers every renderer shares (src/base): numbers as their
 * shortest round-trip text, JSON reals rewritten in place, codes as words, word wrapping,
 * and calendar dates (aigov_date_valid). */
#include "base/ag.h"
#include "test.h"

#include <stdlib.h>

static void test_shortest(void) {
    static const struct { double d; const char *want; } cases[] = {
        {1e25, "1e25"}, {0.32, "0.32"}, {50, "50"}, {5e8, "5e8"}, {1e-5, "1e-5"}, {2.5e-7, "2.5e-7"},
        {0.1, "0.1"}, {-3, "-3"}, {1.5, "1.5"}, {123456789012.0, "123456789012"}, {1e26, "1e26"},
        {0.017857142857142856, "0.017857142857142856"}, {1.0000000000000002, "1.0000000000000002"}, {0, "0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[32];
        ag_double_shortest(cases[i].d, buf);
        CHECK_STR(buf, cases[i].want);
        CHECK(strtod(buf, NULL) == cases[i].d);
    }
    /* Every double of a sweep reads back exactly. */
    unsigned long long x = 88172645463325252ULL;
    int exact = 0, tried = 0;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double d;
        memcpy(&d, &x, sizeof d);
        if (d != d || d - d != 0) continue;
        char buf[32];
        ag_double_shortest(d, buf);
        tried++;
        if (strtod(buf, NULL) == d) exact++;
        else if (tried - exact <= 3) fprintf(stderr, "  %.17g -> %s\n", d, buf);
    }
    CHECK(tried > 15000 && exact == tried);
}

static void test_json_reals(void) {
    char doc[] = "{\"a\": 1.0000000000000001e+25, \"b\": 0.32000000000000001, \"c\": 3.0, \"d\": 12, "
                 "\"s\": \"1.0000000000000001e+25 \\\" 0.32000000000000001\", \"e\": [-2.5e-07, 5.0e+08], \"f\": 1e+25}";
    size_t n = aigov_json_shortest_reals(doc, strlen(doc));
    CHECK(n == strlen(doc));
    CHECK_STR(doc, "{\"a\": 1e25, \"b\": 0.32, \"c\": 3.0, \"d\": 12, "
                   "\"s\": \"1.0000000000000001e+25 \\\" 0.32000000000000001\", \"e\": [-2.5e-7, 5e8], \"f\": 1e25}");
}

static void test_words_wrap(void) {
    char w[64];
    CHECK_STR(ag_words("international_agreement", w, sizeof w), "international agreement");
    CHECK_STR(ag_words("abc_def", w, 4), "abc");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ag_wrap(f, "  - ", 4, "one two three four five six seven", 16);
    fclose(f);
    CHECK_STR(buf, "  - one two\n    three four\n    five six\n    seven\n");
    free(buf);
}

static void test_dates(void) {
    CHECK(aigov_date_valid("2024-02-29"));
    CHECK(!aigov_date_valid("2023-02-29"));
    CHECK(!aigov_date_valid("2025-13-01"));
    CHECK(!aigov_date_valid("yesterday"));
    CHECK(!aigov_date_valid("2025-1-01"));
    CHECK(!aigov_date_valid(NULL));
    CHECK(aigov_date_valid("0001-01-01") && aigov_date_valid("9999-12-31"));
}

int main(void) {
    test_shortest();
    test_json_reals();
    test_words_wrap();
    test_dates();
    TEST_MAIN_END();
}
