/* test.h — the tiny unit-test harness: CHECK records a failure and goes on; each test
 * binary returns non-zero when anything failed and prints "N passed, N failed". */
#ifndef AG_TEST_H
#define AG_TEST_H
#include <stdio.h>
#include <string.h>

static int test_passed_, test_failed_;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        if (cond) test_passed_++;                                                     \
        else { test_failed_++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, \
                                       __LINE__, #cond); }                            \
    } while (0)
#define CHECK_STR(a, b)                                                               \
    do {                                                                              \
        const char *a_ = (a), *b_ = (b);                                              \
        if (a_ && b_ && strcmp(a_, b_) == 0) test_passed_++;                          \
        else { test_failed_++; fprintf(stderr, "%s:%d: CHECK_STR failed:\n  got:  %s\n  want: %s\n", \
                                       __FILE__, __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } \
    } while (0)
/* A test program that ran no check fails: it tested nothing. */
#define TEST_MAIN_END()                                                               \
    do {                                                                              \
        printf("%d passed, %d failed\n", test_passed_, test_failed_);                 \
        if (!test_passed_ && !test_failed_) fprintf(stderr, "no check ran\n");        \
        return test_failed_ || !test_passed_ ? 1 : 0;                                 \
    } while (0)
#endif
