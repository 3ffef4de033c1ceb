/* test_load.c — the loader (load.c, yamltree.c), the profile parser (profile.c) and the
 * foundations they rest on (ag.c: dates, did-you-mean, diagnostics), through the library
 * API, on the tiny corpus tests/fixtures/mini. Runs from the repository root (CTest sets
 * the working directory). Under ASan a leak on any path, good or bad, fails the run. */
#include "check/check.h"
#include "corpus/corpus.h"
#include "test.h"

#include <stdlib.h>

#define MINI "tests/fixtures/mini"

static int32_t D(const char *s) {
    int32_t d = AG_DATE_NONE;
    if (!ag_date_parse(s, strlen(s), &d)) return AG_DATE_NONE;
    return d;
}

/* Parses a profile against c; NULL (with the first diagnostic printed) on error. */
static aigov_profile *profile(const aigov_corpus *c, const char *json) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_profile *p = NULL;
    if (aigov_profile_parse(c, "<test>", json, strlen(json), NULL, &p, &d) != AIGOV_OK && d.n)
        fprintf(stderr, "profile error: %s: %s\n", d.items[0].json_path, d.items[0].message);
    aigov_diags_free(&d);
    return p;
}

/* Does the expanded value of a regions field (or named set) hold `code`? */
static bool has_code(const ag_value *v, const char *code) {
    if (v->kind != AG_V_LIST) return false;
    for (uint32_t i = 0; i < v->n; i++)
        if (v->u.items[i].n == strlen(code) && !memcmp(v->u.items[i].u.str, code, v->u.items[i].n)) return true;
    return false;
}

static const ag_value *slot(const aigov_profile *p, const char *path) {
    int32_t i = ag_map_get(&p->corpus->field_index, path, strlen(path));
    return i >= 0 ? &p->slots[i] : NULL;
}

static int set_index(const aigov_corpus *c, const char *name) {
    for (int i = 0; i < c->nconsts; i++) if (!strcmp(c->const_names[i], name)) return i;
    return -1;
}

/* ---- ag.c: dates ------------------------------------------------------------------- */
static void test_dates(void) {
    int32_t d = 0;
    CHECK(ag_date_parse("1970-01-01", 10, &d) && d == 0);
    CHECK(ag_date_parse("1970-01-02", 10, &d) && d == 1);
    CHECK(ag_date_parse("1969-12-31", 10, &d) && d == -1);
    CHECK(ag_date_parse("2024-02-29", 10, &d));   /* leap year */
    CHECK(!ag_date_parse("2023-02-29", 10, &d));  /* not a leap year */
    CHECK(ag_date_parse("2000-02-29", 10, &d));   /* divisible by 400 */
    CHECK(!ag_date_parse("1900-02-29", 10, &d));  /* divisible by 100 only */
    CHECK(!ag_date_parse("2023-02-30", 10, &d));
    CHECK(!ag_date_parse("2023-04-31", 10, &d));
    CHECK(ag_date_parse("2023-12-31", 10, &d));
    CHECK(!ag_date_parse("2023-13-01", 10, &d));
    CHECK(!ag_date_parse("2023-00-10", 10, &d));
    CHECK(!ag_date_parse("2023-01-00", 10, &d));
    CHECK(ag_date_parse("0001-01-01", 10, &d) && d == AG_DATE_MIN);
    CHECK(ag_date_parse("9999-12-31", 10, &d) && d == AG_DATE_MAX);
    CHECK(!ag_date_parse("0000-01-01", 10, &d));  /* there is no year 0 */
    CHECK(!ag_date_parse("10000-01-01", 11, &d)); /* five-digit years */
    CHECK(!ag_date_parse("2023-7-05", 9, &d));
    CHECK(!ag_date_parse("2023/07/05", 10, &d));
    CHECK(!ag_date_parse("2023-07-0a", 10, &d));
    CHECK(!ag_date_parse("+023-07-05", 10, &d));
    CHECK(!ag_date_parse("2023-07-05", 9, &d));   /* length is honoured, no NUL needed */
    CHECK(!ag_date_parse("", 0, &d));
    char buf[11];
    ag_date_format(D("2024-02-29"), buf);
    CHECK_STR(buf, "2024-02-29");
    ag_date_format(AG_DATE_MIN, buf);
    CHECK_STR(buf, "0001-01-01");
    ag_date_format(AG_DATE_MAX, buf);
    CHECK_STR(buf, "9999-12-31");
    CHECK(D("2020-02-01") - D("2020-01-31") == 1);
    CHECK(D("2021-01-01") - D("2020-01-01") == 366);
}

/* ---- ag.c: did-you-mean -------------------------------------------------------------- */
static void test_suggest(void) {
    CHECK(ag_edit_distance("abc", 3, "abc", 3, 2) == 0);
    CHECK(ag_edit_distance("cv_screeing", 11, "cv_screening", 12, 3) == 1);
    CHECK(ag_edit_distance("ab", 2, "ba", 2, 2) == 1);          /* a transposition is one edit */
    CHECK(ag_edit_distance("kitten", 6, "sitting", 7, 5) == 3);
    CHECK(ag_edit_distance("kitten", 6, "sitting", 7, 2) == 3); /* capped: cap + 1 */
    CHECK(ag_edit_distance("", 0, "abc", 3, 5) == 3);
    char long_a[80], long_b[80];
    memset(long_a, 'a', 70); long_a[70] = 0;
    memcpy(long_b, long_a, 71);
    CHECK(ag_edit_distance(long_a, 70, long_b, 70, 2) == 3);    /* beyond 64 bytes: no match */

    static const char *const purposes[] = {"cv_screening", "social_scoring", "research"};
    CHECK_STR(ag_suggest("cv_screeing", 11, purposes, 3), "cv_screening");
    CHECK_STR(ag_suggest("social_scorng", 13, purposes, 3), "social_scoring");
    CHECK_STR(ag_suggest("reserch", 7, purposes, 3), "research");
    CHECK(ag_suggest("weather", 7, purposes, 3) == NULL);
    static const char *const codes[] = {"DE", "FR", "US", "US-NY", NULL};
    CHECK_STR(ag_suggest("DEU", 3, codes, 4), "DE");
    CHECK_STR(ag_suggest("US-YN", 5, codes, 4), "US-NY");
    CHECK(ag_suggest("IT", 2, codes, 4) == NULL);  /* every letter replaced: no resemblance */
    CHECK(ag_suggest("x", 1, codes, 5) == NULL);   /* NULL candidates are skipped */
    static const char *const ties[] = {"abd", "abe"};
    CHECK_STR(ag_suggest("abc", 3, ties, 2), "abd"); /* ties: the first wins, deterministically */
}

/* ---- ag.c: diagnostics ----------------------------------------------------------------- */
static void test_diag_format(void) {
    aigov_diags d;
    aigov_diags_init(&d, 3);
    const char *src = "id: x\n    when: '\"cv_screeing\" in system.purposes'\nlast\n";
    ag_diag_add(&d, "corpus/instruments/x.yaml", src, strlen(src), 2, 12, 13,
                "unknown purposes term '%s' (did you mean '%s'?)", "cv_screeing", "cv_screening");
    CHECK(d.n == 1);
    char *s = aigov_diag_format(&d.items[0]);
    CHECK_STR(s, "corpus/instruments/x.yaml:2:12: error: unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?)\n"
                 "    2 |     when: '\"cv_screeing\" in system.purposes'\n"
                 "      |            ^^^^^^^^^^^^^\n");
    free(s);

    /* Tabs in the source are kept in the caret line so that the caret lines up. */
    const char *tab = "a:\n\tb: [x\n";
    ag_diag_add(&d, "t.yaml", tab, strlen(tab), 2, 5, 1, "bad");
    s = aigov_diag_format(&d.items[1]);
    CHECK_STR(s, "t.yaml:2:5: error: bad\n    2 | \tb: [x\n      | \t   ^\n");
    free(s);

    /* Columns count characters: a two-byte 'é' is one column. */
    const char *u8 = "name: \"Café\" == x\n";
    ag_diag_add(&d, "u.yaml", u8, strlen(u8), 1, 14, 2, "bad");
    s = aigov_diag_format(&d.items[2]);
    CHECK_STR(s, "u.yaml:1:14: error: bad\n    1 | name: \"Café\" == x\n      |              ^^\n");
    free(s);

    /* Beyond the cap: counted, not stored. */
    ag_diag_add(&d, "x", NULL, 0, 0, 0, 0, "dropped");
    CHECK(d.n == 3 && d.dropped == 1);

    /* No position: file and message only; no file: "error: ". */
    aigov_diag g;
    memset(&g, 0, sizeof g);
    snprintf(g.file, sizeof g.file, "corpus");
    snprintf(g.message, sizeof g.message, "missing schema.yaml in the corpus");
    s = aigov_diag_format(&g);
    CHECK_STR(s, "corpus: error: missing schema.yaml in the corpus\n");
    free(s);
    g.file[0] = 0;
    snprintf(g.json_path, sizeof g.json_path, "$.markets[1]");
    s = aigov_diag_format(&g);
    CHECK_STR(s, "error: $.markets[1]: missing schema.yaml in the corpus\n");
    free(s);

    /* A column past what the stored line holds shows no (misplaced) caret. */
    char longline[600];
    memset(longline, 'x', 599);
    longline[599] = 0;
    aigov_diags d2;
    aigov_diags_init(&d2, 2);
    ag_diag_add(&d2, "l.yaml", longline, 599, 1, 500, 1, "far right");
    s = aigov_diag_format(&d2.items[0]);
    CHECK_STR(s, "l.yaml:1:500: error: far right\n");
    free(s);
    /* Control characters and bytes that are not UTF-8 are shown as '?'. */
    const char *bad = "a: \"caf\xe9\x01\"\n";
    ag_diag_add(&d2, "b.json", bad, strlen(bad), 1, 4, 1, "bad");
    CHECK_STR(d2.items[1].source_line, "a: \"caf??\"");
    aigov_diags_free(&d2);
    aigov_diags_free(&d);
}

/* ---- load.c: the mini corpus ------------------------------------------------------------ */
static void test_load_mini(aigov_corpus *c) {
    aigov_corpus_stats st;
    aigov_corpus_stats_get(c, &st);
    CHECK(st.instruments == 3);
    CHECK(st.provisions == 6);
    CHECK(st.triggers == 2);
    CHECK(st.exemptions == 1);
    CHECK(st.amendments == 1);
    CHECK(st.actors == 3);
    CHECK(st.delegations == 1);
    CHECK(st.regions == 7);
    CHECK(st.fields == 8);
    CHECK(st.by_binding[0] == 3);
    CHECK(c->nvocabs == 5);
    CHECK(c->nconsts == 1 && set_index(c, "EU_MEMBERS") == 0);

    const ag_instrument *act = ag_corpus_instrument(c, "mini-act");
    CHECK(act != NULL);
    if (act) {
        CHECK_STR(act->file, MINI "/instruments/mini-act.yaml");
        CHECK(act->in_force == D("2024-08-01"));
        CHECK(act->applies_from == D("2026-08-02"));
        CHECK(act->nscope == 1 && act->nexemptions == 1 && act->nprovisions == 5);
        CHECK(act->issuer.n == 1 && !strcmp(act->issuer.items[0], "eu-parliament"));
    }
    /* A provision's applies_from defaults to its instrument's; its own wins. */
    const ag_provision *cv = ag_corpus_provision(c, "mini-act/cv-screening");
    const ag_provision *ss = ag_corpus_provision(c, "mini-act/social-scoring");
    CHECK(cv && cv->applies_from == D("2026-08-02"));
    CHECK(ss && ss->applies_from == D("2025-02-02"));
    CHECK(ss && ss->layers.n == 2);              /* inherited from the instrument */
    CHECK(ag_corpus_provision(c, "mini-act/nope") == NULL);
    CHECK(ag_corpus_provision(c, "mini-act") == NULL);
    CHECK(ag_corpus_provision(c, "nope/cv-screening") == NULL);
    CHECK_STR(ag_corpus_suggest_id(c, "mini-act/cv-screenin"), "mini-act/cv-screening");
    CHECK_STR(ag_corpus_suggest_id(c, "bias-audit"), "nyc-law/bias-audit");

    /* Regions: parents resolved, the group and its dated memberships. */
    int32_t nyc = ag_map_get(&c->region_index, "US-NY-NYC", 9), ny = ag_map_get(&c->region_index, "US-NY", 5),
            us = ag_map_get(&c->region_index, "US", 2), eu = ag_map_get(&c->region_index, "EU", 2);
    CHECK(nyc >= 0 && ny >= 0 && us >= 0 && eu >= 0);
    if (nyc >= 0 && ny >= 0 && us >= 0 && eu >= 0) {
        CHECK(c->regions[nyc].parent == ny && c->regions[ny].parent == us && c->regions[us].parent == -1);
        CHECK(c->regions[eu].group && c->regions[eu].nmembers == 3);
        CHECK_STR(c->regions[eu].set_name, "EU_MEMBERS");
        const ag_membership *gb = &c->regions[eu].members[2];
        CHECK_STR(c->regions[gb->region].code, "GB");
        CHECK(gb->from == D("1973-01-01") && gb->until == D("2020-02-01"));
    }
}

/* ---- corpus.c: amendments by date -------------------------------------------------------- */
static void test_amendments(aigov_corpus *c) {
    const ag_provision *cv = ag_corpus_provision(c, "mini-act/cv-screening");
    CHECK(cv && cv->namendments == 1);
    if (!cv || cv->namendments != 1) return;
    ag_provision_view v;
    ag_provision_at(cv, D("2026-07-26"), &v);   /* the day before the amendment takes effect */
    CHECK(v.napplied == 0 && v.applies_from == D("2026-08-02"));
    CHECK_STR(v.article, "Art. 6(2)");
    ag_provision_at(cv, D("2026-07-27"), &v);   /* from its `from` date on */
    CHECK(v.napplied == 1 && v.applies_from == D("2027-12-02"));
    if (v.napplied == 1) {
        CHECK_STR(v.applied[0]->by->id, "mini-omnibus");
        CHECK_STR(v.applied[0]->article, "Art. 1(1)");
    }
    CHECK(v.when == cv->when);                  /* only applies_from was set */
    ag_provision_at(cv, D("2030-01-01"), &v);
    CHECK(v.napplied == 1 && v.applies_from == D("2027-12-02"));
    const ag_provision *ss = ag_corpus_provision(c, "mini-act/social-scoring");
    ag_provision_at(ss, D("2030-01-01"), &v);
    CHECK(v.napplied == 0 && v.applies_from == D("2025-02-02"));
}

/* ---- profile.c: region expansion on the profile's date ------------------------------------ */
static void test_regions(aigov_corpus *c) {
    int eu_set = set_index(c, "EU_MEMBERS");
    /* The UK was an EU member until 2020-02-01 (exclusive). */
    aigov_profile *p = profile(c, "{\"date\": \"2019-12-31\", \"markets\": [\"GB\"]}");
    CHECK(p != NULL);
    if (p) {
        CHECK(has_code(slot(p, "markets"), "GB") && has_code(slot(p, "markets"), "EU"));
        CHECK(!has_code(slot(p, "markets"), "DE")); /* a member adds its group, not the others */
        CHECK(has_code(&p->consts[eu_set], "GB"));
        aigov_profile_free(p);
    }
    p = profile(c, "{\"date\": \"2020-01-31\", \"markets\": [\"GB\"]}");
    CHECK(p && has_code(slot(p, "markets"), "EU"));
    aigov_profile_free(p);
    p = profile(c, "{\"date\": \"2020-02-01\", \"markets\": [\"GB\"]}");
    CHECK(p != NULL);
    if (p) {
        CHECK(has_code(slot(p, "markets"), "GB") && !has_code(slot(p, "markets"), "EU"));
        CHECK(!has_code(&p->consts[eu_set], "GB") && has_code(&p->consts[eu_set], "DE"));
        CHECK(p->consts[eu_set].n == 2);
        aigov_profile_free(p);
    }
    /* Before GB joined. */
    p = profile(c, "{\"date\": \"1972-12-31\", \"markets\": [\"GB\"]}");
    CHECK(p && !has_code(slot(p, "markets"), "EU"));
    aigov_profile_free(p);
    /* A sub-jurisdiction adds its ancestors. */
    p = profile(c, "{\"date\": \"2026-01-01\", \"markets\": [\"US-NY-NYC\"]}");
    CHECK(p != NULL);
    if (p) {
        const ag_value *m = slot(p, "markets");
        CHECK(m->n == 3 && has_code(m, "US-NY-NYC") && has_code(m, "US-NY") && has_code(m, "US"));
        aigov_profile_free(p);
    }
    /* A group expands to its members on the date. */
    p = profile(c, "{\"date\": \"2019-06-01\", \"markets\": [\"EU\"]}");
    CHECK(p != NULL);
    if (p) {
        const ag_value *m = slot(p, "markets");
        CHECK(m->n == 4 && has_code(m, "EU") && has_code(m, "DE") && has_code(m, "FR") && has_code(m, "GB"));
        aigov_profile_free(p);
    }
    p = profile(c, "{\"date\": \"2026-06-01\", \"markets\": \"EU\"}"); /* one code as a string */
    CHECK(p != NULL);
    if (p) {
        const ag_value *m = slot(p, "markets");
        CHECK(m->n == 3 && has_code(m, "DE") && has_code(m, "FR") && !has_code(m, "GB"));
        aigov_profile_free(p);
    }
    /* --date overrides the profile's own date. */
    aigov_diags d;
    aigov_diags_init(&d, 4);
    const char *j = "{\"date\": \"2026-01-01\", \"markets\": [\"GB\"]}";
    p = NULL;
    CHECK(aigov_profile_parse(c, "x", j, strlen(j), "2019-01-01", &p, &d) == AIGOV_OK);
    CHECK(p && p->date == D("2019-01-01") && has_code(slot(p, "markets"), "EU"));
    aigov_profile_free(p);
    aigov_diags_free(&d);
}

/* ---- profile.c: errors ------------------------------------------------------------------ */
static void test_profile_errors(aigov_corpus *c) {
    struct { const char *json, *path, *message; aigov_status st; } cases[] = {
        {"{\"purposes\": [\"cv_screeing\"]}", "$.purposes[0]",
         "unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?)", AIGOV_INVALID},
        {"{\"markets\": [\"DE\", \"DEU\"]}", "$.markets[1]", "unknown region 'DEU' (did you mean 'DE'?)", AIGOV_INVALID},
        {"{\"model\": {\"training_compute_flop\": \"1e25\"}}", "$.model.training_compute_flop",
         "expected a number, found a string", AIGOV_INVALID},
        {"{\"model\": {\"training_compute_flop\": -5}}", "$.model.training_compute_flop",
         "-5 is below the minimum 0", AIGOV_INVALID},
        {"{\"research_only\": \"yes\"}", "$.research_only", "expected true or false, found a string", AIGOV_INVALID},
        {"{\"placed_on_market\": \"2023-02-29\"}", "$.placed_on_market",
         "expected a date \"YYYY-MM-DD\", found '2023-02-29'", AIGOV_INVALID},
        {"{\"provider\": {\"kind\": 3}}", "$.provider.kind", "expected an entity_kinds term (a string), found a number", AIGOV_INVALID},
        {"{\"purpose\": []}", "$.purpose", "unknown key 'purpose' (did you mean 'purposes'?)", AIGOV_INVALID},
        {"{\"model\": {\"licence\": \"MIT\"}}", "$.model.licence", "unknown key 'licence' (did you mean 'license'?)", AIGOV_INVALID},
        {"[]", "$", "expected a profile object, found an array", AIGOV_INVALID},
        {"{\"id\": \"a\", \"id\": \"b\"}", "", "invalid JSON: duplicate object key near '\"id\"'", AIGOV_SYNTAX},
        {"", "", "invalid JSON: '[' or '{' expected near end of file", AIGOV_SYNTAX},
    };
    for (size_t i = 0; i < AG_ARRAY_LEN(cases); i++) {
        aigov_diags d;
        aigov_diags_init(&d, 10);
        aigov_profile *p = (aigov_profile *)1;
        aigov_status st = aigov_profile_parse(c, "t.json", cases[i].json, strlen(cases[i].json), "2026-01-01", &p, &d);
        CHECK(st == cases[i].st);
        CHECK(p == NULL);
        CHECK(d.n == 1);
        if (d.n >= 1) {
            CHECK_STR(d.items[0].json_path, cases[i].path);
            CHECK_STR(d.items[0].message, cases[i].message);
        }
        aigov_diags_free(&d);
    }
    /* Invalid JSON carries line and column (columns count characters). */
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_profile *p = NULL;
    const char *j = "{\n  \"markets\": [\"DE\",]\n}";
    CHECK(aigov_profile_parse(c, "t.json", j, strlen(j), NULL, &p, &d) == AIGOV_SYNTAX);
    CHECK(d.n == 1 && d.items[0].line == 2 && d.items[0].col == 20);
    CHECK(d.n == 1 && !strcmp(d.items[0].source_line, "  \"markets\": [\"DE\",]"));
    aigov_diags_free(&d);
    /* Every error is reported, region codes included, in document order. */
    aigov_diags_init(&d, 10);
    j = "{\"purposes\": [\"cv_screeing\"], \"markets\": [\"USAA\"], \"research_only\": 1}";
    CHECK(aigov_profile_parse(c, "t.json", j, strlen(j), NULL, &p, &d) == AIGOV_INVALID);
    CHECK(d.n == 3);
    if (d.n == 3) {
        CHECK_STR(d.items[0].json_path, "$.purposes[0]");
        CHECK_STR(d.items[1].json_path, "$.markets[0]");
        CHECK_STR(d.items[2].json_path, "$.research_only");
    }
    aigov_diags_free(&d);
    /* A bad --date. */
    aigov_diags_init(&d, 10);
    CHECK(aigov_profile_parse(c, "t.json", "{}", 2, "2026-02-30", &p, &d) == AIGOV_INVALID);
    CHECK(d.n == 1 && !strcmp(d.items[0].file, "--date"));
    aigov_diags_free(&d);
}

/* ---- check.c: statuses on the mini corpus ------------------------------------------------ */
static const ag_prov_result *find(const aigov_result *r, const char *full_id) {
    for (int i = 0; i < r->ninsts; i++)
        for (int k = 0; k < r->insts[i].nprovs; k++)
            if (!strcmp(r->insts[i].provs[k].view.base->full_id, full_id)) return &r->insts[i].provs[k];
    return NULL;
}

static aigov_result *check(aigov_corpus *c, aigov_profile *p, const char *role, bool all) {
    aigov_check_opts o = {role, all};
    aigov_diags d;
    aigov_diags_init(&d, 4);
    aigov_result *r = NULL;
    CHECK(aigov_check(c, p, &o, &r, &d) == AIGOV_OK);
    aigov_diags_free(&d);
    return r;
}

static void test_check(aigov_corpus *c) {
    aigov_profile *p = profile(c, "{\"id\": \"hr\", \"date\": \"2026-09-01\", \"role\": [\"provider\", \"deployer\"],"
                                  " \"markets\": [\"DE\", \"US-NY-NYC\"], \"purposes\": [\"cv_screening\"],"
                                  " \"research_only\": false}");
    CHECK(p != NULL);
    if (!p) return;
    aigov_result *r = check(c, p, NULL, true);
    if (r) {
        const ag_prov_result *x;
        CHECK((x = find(r, "mini-act/deployer-use")) && x->status == AG_ST_APPLIES);
        /* cv-screening: applies from 2027-12-02 as amended (it would be 2026-08-02 without). */
        CHECK((x = find(r, "mini-act/cv-screening")) && x->status == AG_ST_APPLIES_FROM && x->date == D("2027-12-02"));
        CHECK(x && x->view.napplied == 1);
        /* The compute threshold is not stated: unknown, decided by that one field. */
        CHECK((x = find(r, "mini-act/gpai-compute")) && x->status == AG_ST_UNKNOWN);
        if (x) {
            int flop = ag_map_get(&c->field_index, "model.training_compute_flop", 27);
            CHECK(flop >= 0 && ag_slotset_has(&x->deciding, flop));
            int n = 0;
            for (int s = 0; s < c->nfields; s++) n += ag_slotset_has(&x->deciding, s);
            CHECK(n == 1);
        }
        CHECK((x = find(r, "mini-act/old-register")) && x->status == AG_ST_REVOKED && x->date == D("2025-01-01"));
        CHECK((x = find(r, "mini-act/social-scoring")) && x->status == AG_ST_NOT_APPLICABLE);
        CHECK((x = find(r, "nyc-law/bias-audit")) && x->status == AG_ST_APPLIES);
        aigov_result_counts n;
        aigov_result_counts_get(r, &n);
        CHECK(n.instruments == 2 && n.applies == 2 && n.applies_from == 1 && n.unknown == 1 && n.revoked == 1);
        CHECK(n.prohibited == 0);
        aigov_result_free(r);
    }
    /* The day before the amendment: cv-screening applies from the original 2026-08-02. */
    aigov_profile_free(p);
    p = profile(c, "{\"date\": \"2026-07-26\", \"role\": \"provider\", \"markets\": [\"FR\"],"
                   " \"purposes\": [\"cv_screening\"], \"research_only\": false}");
    CHECK(p != NULL);
    if (!p) return;
    r = check(c, p, NULL, false);
    if (r) {
        const ag_prov_result *x = find(r, "mini-act/cv-screening");
        CHECK(x && x->status == AG_ST_APPLIES_FROM && x->date == D("2026-08-02") && x->view.napplied == 0);
        /* Addressed to deployers only: not listed for a provider, but counted. */
        CHECK(find(r, "mini-act/deployer-use") == NULL);
        CHECK(r->ninsts == 1 && r->insts[0].not_addressed == 1);
        aigov_result_free(r);
    }
    /* --role deployer: the provider's provisions are not addressed to it. */
    r = check(c, p, "deployer", false);
    if (r) {
        CHECK(find(r, "mini-act/cv-screening") == NULL);
        const ag_prov_result *x = find(r, "mini-act/deployer-use");
        CHECK(x && x->status == AG_ST_APPLIES_FROM && x->date == D("2026-08-02"));
        aigov_result_free(r);
    }
    /* An unknown --role is a usage error with a suggestion. */
    aigov_check_opts o = {"deployr", false};
    aigov_diags d;
    aigov_diags_init(&d, 4);
    r = (aigov_result *)1;
    CHECK(aigov_check(c, p, &o, &r, &d) == AIGOV_USAGE && r == NULL);
    CHECK(d.n == 1 && !strcmp(d.items[0].message, "unknown role 'deployr' (did you mean 'deployer'?)"));
    aigov_diags_free(&d);
    aigov_profile_free(p);

    /* Exempt: solely for research; social scoring applies from 2025-02-02 otherwise. */
    p = profile(c, "{\"date\": \"2026-09-01\", \"role\": \"provider\", \"markets\": [\"DE\"],"
                   " \"purposes\": [\"social_scoring\"], \"research_only\": true}");
    CHECK(p != NULL);
    if (!p) return;
    r = check(c, p, NULL, false);
    if (r) {
        const ag_prov_result *x = find(r, "mini-act/social-scoring");
        CHECK(x && x->status == AG_ST_EXEMPT && x->exempted_by && !strcmp(x->exempted_by->id, "research"));
        aigov_result_free(r);
    }
    aigov_profile_free(p);
    p = profile(c, "{\"date\": \"2026-09-01\", \"role\": \"provider\", \"markets\": [\"DE\"],"
                   " \"purposes\": [\"social_scoring\"], \"research_only\": false}");
    CHECK(p != NULL);
    if (!p) return;
    r = check(c, p, NULL, false);
    if (r) {
        const ag_prov_result *x = find(r, "mini-act/social-scoring");
        CHECK(x && x->status == AG_ST_APPLIES);
        aigov_result_counts n;
        aigov_result_counts_get(r, &n);
        CHECK(n.prohibited == 1);
        aigov_result_free(r);
    }
    aigov_profile_free(p);
    /* Outside every market: nothing reaches the system. */
    p = profile(c, "{\"date\": \"2026-09-01\", \"markets\": [\"GB\"], \"purposes\": [\"cv_screening\"]}");
    CHECK(p != NULL);
    if (!p) return;
    r = check(c, p, NULL, true);
    CHECK(r && r->ninsts == 0);
    aigov_result_free(r);
    aigov_profile_free(p);
}

/* ---- load.c: a corpus with errors --------------------------------------------------------- */
static void test_bad_corpora(void) {
    struct { const char *dir; int n; const char *first; aigov_status st; } cases[] = {
        {"tests/bad/corpus/several-errors", 4, "unknown kind 'supra_national' (did you mean 'supranational'?)", AIGOV_INVALID},
        {"tests/bad/corpus/yaml-syntax", 1, NULL, AIGOV_INVALID},
        {"tests/bad/corpus/missing-schema-file", 1, "missing schema.yaml in the corpus", AIGOV_INVALID},
        {"tests/bad/corpus/condition-unknown-term", 1, "unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?)", AIGOV_INVALID},
        {"tests/bad/corpus/no-such-corpus", 1, "cannot open corpus directory", AIGOV_IO},
    };
    for (size_t i = 0; i < AG_ARRAY_LEN(cases); i++) {
        aigov_diags d;
        aigov_diags_init(&d, 100);
        aigov_corpus *c = (aigov_corpus *)1;
        CHECK(aigov_corpus_load_dir(cases[i].dir, &c, &d) == cases[i].st);
        CHECK(c == NULL);
        CHECK(d.n == cases[i].n);
        if (cases[i].first && d.n) CHECK_STR(d.items[0].message, cases[i].first);
        aigov_diags_free(&d);
    }
    /* The cap: 110 errors found, 100 kept, the rest counted. */
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    CHECK(aigov_corpus_load_dir("tests/bad/corpus/too-many-errors", &c, &d) == AIGOV_INVALID);
    CHECK(c == NULL && d.n == 100 && d.dropped == 10);
    aigov_diags_free(&d);
    /* A NULL diagnostics list is allowed: the status alone tells. */
    CHECK(aigov_corpus_load_dir("tests/bad/corpus/unknown-key", &c, NULL) == AIGOV_INVALID && c == NULL);
    /* Positions: the caret of a condition error points into the `when`. */
    aigov_diags_init(&d, 10);
    CHECK(aigov_corpus_load_dir("tests/bad/corpus/condition-syntax-block", &c, &d) == AIGOV_INVALID);
    CHECK(d.n == 1 && d.items[0].line == 26 && d.items[0].col == 30);
    aigov_diags_free(&d);
}

/* Arenas with a small first block (one per profile in a batch): memory is zeroed and
 * aligned, blocks double up to the default size, big requests get a block of their own. */
static void test_arena_blocks(void) {
    ag_arena a;
    ag_arena_init_block(&a, 300);
    CHECK(a.next == 300);
    double *d = AG_NEW(&a, double, 10);
    CHECK(d && ((uintptr_t)d % _Alignof(double)) == 0 && d[9] == 0.0);
    CHECK(a.total == 300 && a.next == 600);
    char *big = AG_NEW(&a, char, 100000); /* larger than any block: its own */
    CHECK(big && big[99999] == 0 && a.total == 300 + 100000);
    for (int i = 0; i < 1000; i++) {
        uint64_t *u = AG_NEW(&a, uint64_t, 16);
        CHECK(u && u[15] == 0);
        u[15] = 1;
    }
    CHECK(a.next == 64u * 1024u); /* doubled up to the default, then stays */
    ag_arena_free(&a);
    CHECK(a.total == 0 && a.head == NULL);
    ag_arena z = {0}; /* a zeroed arena uses the default block */
    CHECK(AG_NEW(&z, char, 1) && z.total == 64u * 1024u);
    ag_arena_free(&z);
}

/* Each region's groups (derived at load) are exactly the groups that list it. */
static void test_member_of(void) {
    aigov_diags d;
    aigov_diags_init(&d, 10);
    aigov_corpus *c = NULL;
    CHECK(aigov_corpus_load_builtin(&c, &d) == AIGOV_OK);
    aigov_diags_free(&d);
    if (!c) return;
    int listed = 0, indexed = 0;
    bool same = true;
    for (int g = 0; g < c->nregions; g++) listed += c->regions[g].nmembers;
    for (int r = 0; r < c->nregions; r++) {
        indexed += c->regions[r].nmember_of;
        for (int i = 0; i < c->regions[r].nmember_of; i++) {
            const ag_membership *m = &c->regions[r].member_of[i];
            const ag_region *g = &c->regions[m->region];
            bool found = false;
            for (int k = 0; k < g->nmembers; k++)
                found |= g->members[k].region == r && g->members[k].from == m->from && g->members[k].until == m->until;
            same &= found;
        }
    }
    CHECK(same && listed == indexed && listed > 0);
    aigov_corpus_free(c);
}

int main(void) {
    test_arena_blocks();
    test_member_of();
    test_dates();
    test_suggest();
    test_diag_format();
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_corpus *c = NULL;
    aigov_status st = aigov_corpus_load_dir(MINI, &c, &d);
    CHECK(st == AIGOV_OK && c != NULL && d.n == 0);
    for (int i = 0; i < d.n; i++) {
        char *s = aigov_diag_format(&d.items[i]);
        if (s) fputs(s, stderr);
        free(s);
    }
    aigov_diags_free(&d);
    if (c) {
        test_load_mini(c);
        test_amendments(c);
        test_regions(c);
        test_profile_errors(c);
        test_check(c);
        aigov_corpus_free(c);
    }
    test_bad_corpora();
    TEST_MAIN_END();
}
