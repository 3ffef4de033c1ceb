/* test_reach.c — the one reach function (ag_instrument_reach, docs/analysis.md "Reach") on
 * tests/fixtures/regime, whose answers were worked out by hand from its files, and on the
 * built-in corpus: the OECD AI Principles reach every OECD Member on every date from their
 * adoption, and the UN texts every UN Member State. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"
#include "test.h"

static aigov_corpus *C;

static int32_t day(const char *s) {
    int32_t d = 0;
    ag_date_parse(s, strlen(s), &d);
    return d;
}

static ag_reach reach(const char *inst, const char *col, const char *date) {
    const ag_instrument *in = ag_corpus_instrument(C, inst);
    if (!in) { fprintf(stderr, "no instrument %s\n", inst); return (ag_reach){AG_REACH_NONE, NULL, NULL}; }
    return ag_instrument_reach(C, in, col, day(date));
}

#define REACH(inst, col, date, kind_, via_)                                                          \
    do {                                                                                            \
        ag_reach h_ = reach(inst, col, date);                                                       \
        if (h_.kind != (kind_)) fprintf(stderr, "%s in %s on %s: got %s\n", inst, col, date, ag_reach_kind_name(h_.kind)); \
        CHECK(h_.kind == (kind_));                                                                  \
        if (via_) CHECK_STR(h_.via, (const char *)(via_));                                          \
    } while (0)

static void test_fixture(void) {
    const char *D = "2026-12-08";
    /* A group adherent reaches its members on the date; a subdivision inherits its state's. */
    REACH("oecd-principles", "DE", D, AG_REACH_VIA_GROUP, "OECD");
    REACH("oecd-principles", "US", D, AG_REACH_VIA_GROUP, "OECD");
    REACH("oecd-principles", "JP", D, AG_REACH_VIA_GROUP, "OECD");
    REACH("oecd-principles", "JP", "2019-06-01", AG_REACH_NONE, NULL); /* JP joins 2020-01-01 */
    REACH("oecd-principles", "US-NY-NYC", D, AG_REACH_VIA_GROUP, "OECD");
    CHECK_STR(reach("oecd-principles", "US-NY-NYC", D).at, "US");
    REACH("oecd-principles", "MT", D, AG_REACH_NONE, NULL);
    REACH("oecd-principles", "KE", D, AG_REACH_NONE, NULL);
    REACH("oecd-principles", "EU", D, AG_REACH_NONE, NULL); /* the EU is no OECD member */
    REACH("oecd-principles", "INTL", D, AG_REACH_OWN, NULL);
    /* Nested groups: the G20 through the EU, on the date (GB until it leaves the EU). */
    REACH("g20-principles", "EU", D, AG_REACH_VIA_GROUP, "G20");
    REACH("g20-principles", "FR", D, AG_REACH_VIA_GROUP, "G20");
    REACH("g20-principles", "MT", D, AG_REACH_VIA_GROUP, "G20");
    REACH("g20-principles", "GB", D, AG_REACH_NONE, NULL);
    REACH("g20-principles", "GB", "2019-12-31", AG_REACH_VIA_GROUP, "G20");
    REACH("g20-principles", "GB", "2020-02-01", AG_REACH_NONE, NULL);
    /* A state actor adheres for its jurisdiction. */
    REACH("g20-principles", "KE", D, AG_REACH_ADHERENT, NULL);
    REACH("g20-principles", "US-NY", D, AG_REACH_VIA_GROUP, "G20");
    /* A group's law in its members on the date. */
    REACH("mini-act", "EU", D, AG_REACH_OWN, NULL);
    REACH("mini-act", "FR", D, AG_REACH_GROUP_LAW, "EU");
    REACH("mini-act", "GB", D, AG_REACH_NONE, NULL);
    REACH("mini-act", "GB", "2019-12-31", AG_REACH_GROUP_LAW, "EU");
    REACH("mini-act", "MT", "2004-04-30", AG_REACH_NONE, NULL);
    REACH("mini-act", "MT", "2004-05-01", AG_REACH_GROUP_LAW, "EU");
    REACH("mini-act", "US", D, AG_REACH_NONE, NULL);
    REACH("mini-act", "INTL", D, AG_REACH_NONE, NULL);
    /* A state's law in its subdivisions, never the other way. */
    REACH("us-law", "US-NY-NYC", D, AG_REACH_OWN, NULL);
    CHECK_STR(reach("us-law", "US-NY-NYC", D).at, "US");
    REACH("nyc-law", "US", D, AG_REACH_NONE, NULL);
    REACH("nyc-law", "US-NY", D, AG_REACH_NONE, NULL);
    REACH("nyc-law", "US-NY-NYC", D, AG_REACH_OWN, NULL);
    /* Groups: nesting and dates. */
    int fr = ag_map_get(&C->region_index, "FR", 2), g20 = ag_map_get(&C->region_index, "G20", 3);
    int gb = ag_map_get(&C->region_index, "GB", 2);
    CHECK(ag_region_in_group(C, fr, g20, day(D)));
    CHECK(!ag_region_in_group(C, gb, g20, day(D)));
    CHECK(ag_region_in_group(C, gb, g20, day("2000-01-01")));
    CHECK(!ag_region_in_group(C, gb, g20, day("1999-12-14"))); /* before the G20's first meeting */
}

/* The built-in corpus: every OECD Member on the date is reached by the OECD AI Principles from
 * their adoption (2019-05-22), and every UN Member State by the UNESCO Recommendation. */
static void test_builtin(void) {
    const ag_instrument *oecd = ag_corpus_instrument(C, "oecd-ai-principles");
    const ag_instrument *unesco = ag_corpus_instrument(C, "unesco-ai-ethics");
    CHECK(oecd && unesco);
    if (!oecd || !unesco) return;
    int g = ag_map_get(&C->region_index, "OECD", 4), un = ag_map_get(&C->region_index, "UN", 2);
    CHECK(g >= 0 && un >= 0);
    if (g < 0 || un < 0) return;
    const char *dates[] = {"2019-05-22", "2020-06-01", "2023-01-01", "2026-12-08"};
    for (size_t k = 0; k < sizeof dates / sizeof *dates; k++) {
        int32_t d = day(dates[k]);
        CHECK(ag_instrument_in_force(oecd, d));
        int members = 0, reached = 0;
        for (int i = 0; i < C->regions[g].nmembers; i++) {
            const ag_membership *m = &C->regions[g].members[i];
            if ((m->from != AG_DATE_NONE && m->from > d) || (m->until != AG_DATE_NONE && m->until <= d)) continue;
            members++;
            bool r = ag_instrument_reaches(C, oecd, C->regions[m->region].code, d);
            if (!r) fprintf(stderr, "OECD principles do not reach %s on %s\n", C->regions[m->region].code, dates[k]);
            reached += r;
        }
        CHECK(members >= 36 && reached == members);
    }
    /* 38 Members on 2026-12-08 (Colombia from 2020-04-28, Costa Rica from 2021-05-25). */
    int n = 0;
    for (int i = 0; i < C->regions[g].nmembers; i++) n += ag_region_in_group(C, C->regions[g].members[i].region, g, day("2026-12-08"));
    CHECK(n == 38);
    /* CO (an OECD Member from 2020-04-28) is not reached in 2019: its own adherence of 2019 is not recorded. */
    CHECK(!ag_instrument_reaches(C, oecd, "CO", day("2019-06-01")));
    CHECK(ag_instrument_reaches(C, oecd, "US-CA", day("2026-12-08")));
    int nun = 0, run = 0;
    for (int i = 0; i < C->regions[un].nmembers; i++) {
        nun++;
        run += ag_instrument_reaches(C, unesco, C->regions[C->regions[un].members[i].region].code, day("2026-12-08"));
    }
    CHECK(nun == 193 && run == 193);
    CHECK(ag_instrument_reaches(C, unesco, "KE", day("2026-12-08")));
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    if (aigov_corpus_load_dir("tests/fixtures/regime", &C, &d) != AIGOV_OK) {
        for (int i = 0; i < d.n; i++) fprintf(stderr, "%s\n", d.items[i].message);
        fprintf(stderr, "cannot load tests/fixtures/regime\n");
        return 1;
    }
    test_fixture();
    aigov_corpus_free(C);
    if (aigov_corpus_load_builtin(&C, &d) != AIGOV_OK) { fprintf(stderr, "cannot load the built-in corpus\n"); return 1; }
    test_builtin();
    aigov_corpus_free(C);
    aigov_diags_free(&d);
    TEST_MAIN_END();
}
