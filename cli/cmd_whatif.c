/* cmd_whatif.c — `aigov whatif OVERLAY [--profiles FILE.jsonl]` and
 * `aigov diff --corpus A --corpus B [--profiles FILE.jsonl]`: what changes. */
#include "cli.h"

#include <stdlib.h>

static int compare(const opts *o, aigov_corpus *a, aigov_corpus *b) {
    aigov_analysis_opts ao;
    memset(&ao, 0, sizeof ao);
    ao.date = o->date;
    const char *fmt = format_of(o);
    char *prof = NULL;
    size_t plen = 0;
    if (o->profiles && !read_all(o->profiles, &prof, &plen)) return EXIT_BAD;
    aigov_diags d;
    aigov_diags_init(&d, 100);
    aigov_status st;
    char *s = aigov_whatif(a, b, prof, plen, &ao, fmt, &d, &st);
    int rc = s ? emit(s) : EXIT_BAD;
    if (!s) print_diags(&d);
    if (!s && !d.n) fprintf(stderr, "aigov %s: error: %s\n", o->cmd_name, aigov_strerror(st));
    aigov_diags_free(&d);
    free(prof);
    return rc;
}

int cmd_whatif(const opts *o) {
    if (o->nargs != 1) { usage_error("whatif needs exactly one OVERLAY file%s", ""); return EXIT_BAD; }
        char *ov;
    size_t len;
    if (!read_all(o->args[0], &ov, &len)) return EXIT_BAD;
    opts base = *o;
    base.overlay = NULL;
    aigov_corpus *a = load_corpus(&base);
    aigov_corpus *b = NULL;
    int rc = EXIT_BAD;
    if (a) {
        aigov_diags d;
        aigov_diags_init(&d, 100);
        aigov_status s = aigov_corpus_load_with_overlay(o->corpus, o->args[0], ov, len, &b, &d);
        if (s != AIGOV_OK) print_diags(&d);
        if (s != AIGOV_OK && !d.n) fprintf(stderr, "aigov whatif: error: %s: %s\n", o->args[0], aigov_strerror(s));
        aigov_diags_free(&d);
    }
    if (a && b) rc = compare(o, a, b);
    aigov_corpus_free(b);
    aigov_corpus_free(a);
    free(ov);
    return rc;
}

int cmd_diff(const opts *o) {
    if (o->nargs || !o->corpus || !o->corpus2) { usage_error("usage: aigov diff --corpus A --corpus B [--profiles FILE.jsonl]%s", ""); return EXIT_BAD; }
        opts oa = *o, ob = *o;
    ob.corpus = o->corpus2;
    aigov_corpus *a = load_corpus(&oa), *b = a ? load_corpus(&ob) : NULL;
    int rc = a && b ? compare(o, a, b) : EXIT_BAD;
    aigov_corpus_free(b);
    aigov_corpus_free(a);
    return rc;
}
