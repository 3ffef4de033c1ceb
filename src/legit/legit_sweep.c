/* legit_sweep.c — `aigov legitimacy --sweep`: the legitimacy of every instrument under
 * several criteria (and, optionally, several overlays of the corpus), each verdict reported
 * as robustly legitimate, robustly not, or fragile with the assumptions that flip it
 * (docs/legitimacy.md, "Sweep"). Decides nothing legitimacy.c does not: it runs the same
 * computation once per (corpus, criterion) and compares the answers. */
#include "legit/legitimacy.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* One (corpus, criterion) scenario's verdicts, by instrument index of that corpus. */
typedef struct sweep_cell {
    const ag_criterion *cr;
    uint32_t *findings;
    uint8_t *legit;
} sweep_cell;

static bool cell_compute(ag_arena *a, const aigov_corpus *c, const ag_criterion *cr, int32_t date, sweep_cell *out) {
    out->cr = cr;
    out->findings = AG_NEW(a, uint32_t, (size_t)c->ninstruments + 1);
    out->legit = AG_NEW(a, uint8_t, (size_t)c->ninstruments + 1);
    ag_lgraph *g = out->findings && out->legit ? ag_lgraph_build(a, c, cr) : NULL;
    if (!g) return false;
    ag_legit_cache k;
    ag_legit_cache_init(&k, a, g, cr, date);
    if (!ag_legit_cache_prepare_corpus(&k, c)) return false;
    for (int32_t i = 0; i < c->ninstruments; i++) {
        ag_instrument_legitimacy L;
        if (!ag_instrument_legitimacy_get(&k, c, &c->instruments[i], &L)) return false;
        out->findings[i] = L.findings;
        out->legit[i] = L.legitimate;
    }
    return true;
}

static json_t *finding_names(uint32_t f) {
    json_t *arr = json_array();
    for (int i = 0; i < AG_F_COUNT; i++)
        if (f & (1u << i)) ag_json_push(arr, json_string(ag_finding_name((ag_finding)i)));
    return arr;
}

/* "mode 4" / "not minimally democratic, principals insufficient" */
static void findings_words(uint32_t f, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = 0;
    for (int i = 0; i < AG_F_COUNT && n < cap; i++)
        if (f & (1u << i)) {
            char w[96];
            int k = snprintf(buf + n, cap - n, "%s%s", n ? ", " : "", ag_words(ag_finding_name((ag_finding)i), w, sizeof w));
            if (k < 0) break;
            n += (size_t)k;
        }
}

char *aigov_legitimacy_sweep(const aigov_corpus *const *corpora, const char *const *corpus_names, int ncorpora,
                             const char *const *criteria, const size_t *criteria_lens, const char *const *criteria_names,
                             int ncriteria, const char *date_s, const char *format, aigov_diags *d, aigov_status *status) {
    *status = AIGOV_OK;
    ag_json_begin();
    ag_arena a;
    ag_arena_init(&a);
    char *res = NULL;
    int32_t date = ag_date_today();
    if (date_s && !ag_date_parse(date_s, strlen(date_s), &date)) {
        ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date_s);
        *status = AIGOV_USAGE;
        goto out;
    }
    if (ncorpora < 1 || ncorpora > 16 || ncriteria < 0 || ncriteria > 63) {
        ag_diag_add(d, "--sweep", NULL, 0, 0, 0, 0, "a sweep takes 1 to 16 corpora and up to 63 criteria files");
        *status = AIGOV_USAGE;
        goto out;
    }
    /* The criteria: the built-in default first (the baseline), then each file whose name
     * differs from every one before it. */
    const ag_criterion *crs[64];
    const char *crfile[64];
    int ncr = 0;
    crs[ncr] = ag_criterion_default(&a, d);
    crfile[ncr++] = "criteria/default.yaml (built in)";
    if (!crs[0]) { *status = AIGOV_INVALID; goto out; }
    for (int i = 0; i < ncriteria; i++) {
        const ag_criterion *cr = ag_criterion_parse(&a, criteria_names[i], criteria[i], criteria_lens[i], d);
        if (!cr) { *status = AIGOV_INVALID; goto out; }
        bool dup = false;
        for (int j = 0; j < ncr && !dup; j++) dup = !strcmp(crs[j]->name, cr->name);
        if (dup) continue;
        crs[ncr] = cr;
        crfile[ncr++] = criteria_names[i];
    }
    /* Every scenario, corpus-major. */
    int ncells = ncorpora * ncr;
    sweep_cell *cells = AG_NEW(&a, sweep_cell, (size_t)ncells);
    if (!cells) { *status = AIGOV_NOMEM; goto out; }
    for (int k = 0; k < ncorpora; k++)
        for (int j = 0; j < ncr; j++)
            if (!cell_compute(&a, corpora[k], crs[j], date, &cells[k * ncr + j])) { *status = AIGOV_NOMEM; goto out; }

    json_t *doc = json_object();
    char ds[11];
    ag_date_format(date, ds);
    ag_json_set(doc, "date", json_string(ds));
    json_t *cj = json_array(), *oj = json_array();
    for (int j = 0; j < ncr; j++) {
        json_t *e = json_object();
        ag_json_set(e, "name", json_string(crs[j]->name));
        ag_json_set(e, "title", json_string(crs[j]->title));
        ag_json_set(e, "file", json_string(crfile[j]));
        ag_json_push(cj, e);
    }
    for (int k = 0; k < ncorpora; k++) ag_json_push(oj, corpus_names[k] ? json_string(corpus_names[k]) : json_null());
    ag_json_set(doc, "criteria", cj);
    ag_json_set(doc, "corpora", oj);
    ag_json_set(doc, "baseline", json_pack("{s:s, s:o}", "criterion", crs[0]->name, "corpus",
                                           corpus_names[0] ? json_string(corpus_names[0]) : json_null()));
    /* Instruments in the order first met, over the corpora. */
    json_t *ij = json_array();
    int nrob = 0, nnot = 0, nfra = 0;
    for (int k0 = 0; k0 < ncorpora; k0++)
        for (int32_t i0 = 0; i0 < corpora[k0]->ninstruments; i0++) {
            const char *id = corpora[k0]->instruments[i0].id;
            bool earlier = false;
            for (int k = 0; k < k0 && !earlier; k++) earlier = ag_corpus_instrument(corpora[k], id) != NULL;
            if (earlier) continue;
            /* Baseline: the default criterion on the first corpus holding it. */
            const sweep_cell *base = &cells[k0 * ncr];
            bool bl = base->legit[i0];
            uint32_t bf = base->findings[i0];
            json_t *flips = json_array();
            int present = 0;
            for (int k = k0; k < ncorpora; k++) {
                const ag_instrument *in = ag_corpus_instrument(corpora[k], id);
                if (!in) continue;
                int32_t ii = (int32_t)(in - corpora[k]->instruments);
                for (int j = 0; j < ncr; j++) {
                    const sweep_cell *cl = &cells[k * ncr + j];
                    present++;
                    if ((bool)cl->legit[ii] == bl) continue;
                    json_t *e = json_object();
                    ag_json_set(e, "criterion", json_string(crs[j]->name));
                    ag_json_set(e, "corpus", corpus_names[k] ? json_string(corpus_names[k]) : json_null());
                    ag_json_set(e, "legitimate", json_boolean(cl->legit[ii]));
                    ag_json_set(e, "findings", finding_names(cl->findings[ii]));
                    ag_json_push(flips, e);
                }
            }
            const char *verdict = json_array_size(flips) ? "fragile" : bl ? "robustly_legitimate" : "robustly_not";
            if (json_array_size(flips)) nfra++;
            else if (bl) nrob++;
            else nnot++;
            json_t *e = json_object();
            ag_json_set(e, "instrument", json_string(id));
            ag_json_set(e, "verdict", json_string(verdict));
            ag_json_set(e, "baseline_legitimate", json_boolean(bl));
            ag_json_set(e, "baseline_findings", finding_names(bf));
            ag_json_set(e, "scenarios", json_integer(present));
            ag_json_set(e, "flips", flips);
            ag_json_push(ij, e);
        }
    ag_json_set(doc, "counts", json_pack("{s:i, s:i, s:i}", "robustly_legitimate", nrob, "robustly_not", nnot, "fragile", nfra));
    ag_json_set(doc, "instruments", ij);
    if (!strcmp(format, "json") || ag_json_failed()) {
        res = ag_json_dump(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
        json_decref(doc);
        goto out;
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { json_decref(doc); goto out; }
    fprintf(f, "Legitimacy sweep on %s: %d criteria x %d corpus%s; baseline: the built-in criterion '%s'%s%s\n",
            ds, ncr, ncorpora, ncorpora > 1 ? " versions" : "", crs[0]->name,
            corpus_names[0] ? " with " : "", corpus_names[0] ? corpus_names[0] : "");
    for (int j = 1; j < ncr; j++) fprintf(f, "  %-40s %s\n", crs[j]->name, crfile[j]);
    for (int k = 1; k < ncorpora; k++) fprintf(f, "  corpus: %s\n", corpus_names[k] ? corpus_names[k] : "(no overlay)");
    fprintf(f, "\n%d robustly legitimate, %d robustly not, %d fragile\n", nrob, nnot, nfra);
    for (int pass = 0; pass < 3; pass++) {
        static const char *const heads[] = {"Fragile (the baseline, then each assumption that flips it):",
                                            "Robustly legitimate:", "Robustly not legitimate:"};
        static const char *const keys[] = {"fragile", "robustly_legitimate", "robustly_not"};
        fprintf(f, "\n%s\n", heads[pass]);
        size_t i;
        json_t *v;
        int shown = 0;
        json_array_foreach(ij, i, v) {
            if (strcmp(json_string_value(json_object_get(v, "verdict")), keys[pass])) continue;
            shown++;
            char fw[600];
            uint32_t bits = 0;
            size_t q;
            json_t *fn;
            json_array_foreach(json_object_get(v, "baseline_findings"), q, fn)
                for (int b = 0; b < AG_F_COUNT; b++)
                    if (!strcmp(ag_finding_name((ag_finding)b), json_string_value(fn))) bits |= 1u << b;
            findings_words(bits, fw, sizeof fw);
            fprintf(f, "  %s: %s\n", json_string_value(json_object_get(v, "instrument")), fw);
            json_t *fl;
            json_array_foreach(json_object_get(v, "flips"), q, fl) {
                uint32_t fb = 0;
                size_t r;
                json_array_foreach(json_object_get(fl, "findings"), r, fn)
                    for (int b = 0; b < AG_F_COUNT; b++)
                        if (!strcmp(ag_finding_name((ag_finding)b), json_string_value(fn))) fb |= 1u << b;
                findings_words(fb, fw, sizeof fw);
                const json_t *cn = json_object_get(fl, "corpus");
                fprintf(f, "    under %s%s%s: %s%s\n", json_string_value(json_object_get(fl, "criterion")),
                        json_is_string(cn) ? " with " : "", json_is_string(cn) ? json_string_value(cn) : "",
                        json_is_true(json_object_get(fl, "legitimate")) ? "legitimate — " : "not legitimate — ", fw);
            }
        }
        if (!shown) fputs("  none\n", f);
    }
    json_decref(doc);
    if (fclose(f) == 0 && !ag_json_failed()) res = buf;
    else free(buf);
out:
    ag_arena_free(&a);
    if (!res && *status == AIGOV_OK) *status = AIGOV_NOMEM;
    return res;
}
