/* test_legit_defaults.c — issue 23's defaults over the built-in corpus, at the library
 * level: minimally democratic from the published index recorded on publics (a sub-national
 * electorate takes its country's value; an unclassified public falls back to its recorded
 * accountability), revocation by the means the criterion counts (the UN Charter's
 * withdrawal and amendment), a mode only where its definition holds, chain not modelled
 * apart from no chain, and Ho et al.'s functions with the proposed institutions' analogues. */
#include <aigov/aigov.h>

#include "analysis/functions.h"
#include "legit/legitimacy.h"
#include "test.h"

static ag_standing standing_of(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr, const char *id) {
    ag_lgraph *g = ag_lgraph_build(a, c, cr);
    ag_lstate s;
    int32_t date;
    ag_date_parse("2026-11-28", 10, &date);
    int32_t x = ag_map_get(&c->actor_index, id, strlen(id));
    if (!g || x < 0 || !ag_lstate_compute(a, g, cr, date, NULL, &s)) return (ag_standing)-1;
    return (ag_standing)s.standing[x];
}

static ag_criterion *variant(ag_arena *a, const char *text) {
    aigov_diags d;
    aigov_diags_init(&d, 4);
    ag_criterion *cr = ag_criterion_parse(a, "v.yaml", text, strlen(text), &d);
    aigov_diags_free(&d);
    return cr;
}

static uint32_t findings_of(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr, const char *inst, bool *legit) {
    ag_lgraph *g = ag_lgraph_build(a, c, cr);
    int32_t date;
    ag_date_parse("2026-11-28", 10, &date);
    ag_legit_cache k;
    ag_legit_cache_init(&k, a, g, cr, date);
    ag_instrument_legitimacy L;
    const ag_instrument *in = ag_corpus_instrument(c, inst);
    if (!g || !in || !ag_instrument_legitimacy_get(&k, c, in, &L)) return 0;
    *legit = L.legitimate;
    return L.findings;
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    CHECK(aigov_corpus_load_builtin(&c, &d) == AIGOV_OK);
    if (!c) TEST_MAIN_END();
    ag_arena a;
    ag_arena_init(&a);
    ag_criterion *def = ag_criterion_default(&a, &d);
    CHECK(def != NULL);
    if (!def) TEST_MAIN_END();

    /* The index: Russia (1) and China (0) fail, Germany (3) and the UK (2) pass; California's
     * electorate takes the United States' value; Viet Nam, unclassified, falls back to its
     * recorded accountability. */
    CHECK(standing_of(&a, c, def, "ru-government") == AG_SD_NONE);
    CHECK(standing_of(&a, c, def, "cn-government") == AG_SD_NONE);
    CHECK(standing_of(&a, c, def, "de-government") == AG_SD_AUTHORIZED);
    CHECK(standing_of(&a, c, def, "gb-government") != AG_SD_NONE);
    CHECK(standing_of(&a, c, def, "us-ca-legislature") == AG_SD_AUTHORIZED);
    CHECK(standing_of(&a, c, def, "vn-national-assembly") == AG_SD_AUTHORIZED);
    ag_criterion *liberal = variant(&a, "name: l\nvariant_of: default\ntitle: l\ndemocratic:\n  at_least: 3\n");
    ag_criterion *strict = variant(&a, "name: s\nvariant_of: default\ntitle: s\ndemocratic:\n  unclassified: not_counted\n");
    CHECK(liberal && strict);
    if (liberal && strict) {
        CHECK(standing_of(&a, c, liberal, "gb-government") == AG_SD_NONE);
        CHECK(standing_of(&a, c, liberal, "de-government") == AG_SD_AUTHORIZED);
        CHECK(standing_of(&a, c, strict, "vn-national-assembly") == AG_SD_NONE);
        CHECK(standing_of(&a, c, strict, "us-ca-legislature") == AG_SD_AUTHORIZED);
    }
    double v;
    int32_t cn = ag_map_get(&c->actor_index, "cn-public", 9);
    CHECK(cn >= 0 && ag_actor_index_value(&c->actors[cn], "vdem-row-2024", &v) && v == 0);
    CHECK(cn >= 0 && !ag_actor_index_value(&c->actors[cn], "another-index", &v));

    /* Revocation: the General Assembly and the Security Council hold standing through the
     * Charter's withdrawal and amendment; with recall only they do not. */
    CHECK(standing_of(&a, c, def, "un-ga") == AG_SD_MANDATED);
    CHECK(standing_of(&a, c, def, "un-sc") == AG_SD_MANDATED);
    ag_criterion *recall = variant(&a, "name: r\nvariant_of: default\ntitle: r\nrevocation_counts: [recall]\n");
    CHECK(recall && standing_of(&a, c, recall, "un-ga") == AG_SD_NONE);
    ag_criterion *noexit = variant(&a, "name: e\nvariant_of: default\ntitle: e\nrevocation_counts: [recall, amendment]\n");
    CHECK(noexit && standing_of(&a, c, noexit, "un-ga") == AG_SD_MANDATED && standing_of(&a, c, noexit, "oecd-council") == AG_SD_NONE);

    /* Modes from the issuers' actual standing; no chain, private or not modelled. */
    bool legit = false;
    uint32_t f = findings_of(&a, c, def, "un-gdc", &legit);
    CHECK(legit && f == 1u << AG_F_MODE4);
    f = findings_of(&a, c, def, "us-eo-14148", &legit);
    CHECK(legit && f == 1u << AG_F_OUTSIDE_MODES);
    f = findings_of(&a, c, def, "iso-iec-42001", &legit);
    CHECK(!legit && f == 1u << AG_F_CHAIN_NOT_MODELLED);
    f = findings_of(&a, c, def, "llama3-license", &legit);
    CHECK(!legit && f == 1u << AG_F_NO_CHAIN);
    CHECK(ag_finding_is_legitimate(AG_F_OUTSIDE_MODES) && !ag_finding_is_mode(AG_F_OUTSIDE_MODES));
    CHECK(!ag_finding_is_legitimate(AG_F_CHAIN_NOT_MODELLED));

    /* Functions: the UN Scientific Panel builds consensus on safety internationally; no
     * international institution supports implementation on safety; analogues recorded. */
    int32_t date;
    ag_date_parse("2026-11-28", 10, &date);
    ag_functions fx;
    CHECK(ag_functions_compute(c, date, &fx));
    int sci = -1, sup = -1, safety = -1;
    for (int i = 0; i < fx.nfunctions; i++) {
        if (!strcmp(ag_function_name(i), "science_consensus")) sci = i;
        if (!strcmp(ag_function_name(i), "support_implementation")) sup = i;
    }
    for (int t = 0; t < fx.ntopics; t++) if (!strcmp(fx.topics[t], "safety")) safety = t;
    CHECK(sci >= 0 && sup >= 0 && safety >= 0);
    CHECK(ag_functions_held(&fx, sci, safety, AG_LEVEL_INTERNATIONAL));
    CHECK(!ag_functions_held(&fx, sci, safety, AG_LEVEL_NATIONAL));
    CHECK(!ag_functions_held(&fx, sup, safety, AG_LEVEL_INTERNATIONAL) && ag_functions_held(&fx, sup, safety, AG_LEVEL_REGIONAL));
    ag_functions_free(&fx);
    int32_t panel = ag_map_get(&c->actor_index, "un-ai-scientific-panel", 22);
    CHECK(panel >= 0 && c->actors[panel].analogue_of.n == 1 && !strcmp(c->actors[panel].analogue_of.items[0], "commission-on-frontier-ai"));
    CHECK(panel >= 0 && ag_actor_sector(&c->actors[panel]) == AG_SECTOR_PUBLIC);
    int32_t fmf = ag_map_get(&c->actor_index, "frontier-model-forum", 20);
    CHECK(fmf >= 0 && ag_actor_sector(&c->actors[fmf]) != AG_SECTOR_PUBLIC);

    ag_arena_free(&a);
    aigov_corpus_free(c);
    aigov_diags_free(&d);
    TEST_MAIN_END();
}
