/* test_profile.c — the stream profile reader (src/corpus/profile.c, yajl) against the
 * reader it replaced (profile_jansson.c: jansson's tree and a walk): the same profile
 * (every slot, named set, id, name, date, roles), the same status and the same
 * diagnostics, byte for byte, on
 *   - every example profile, every bad-input profile and every fuzz regression input;
 *   - random profiles over the real schema (valid, and with wrong types, unknown keys and
 *     terms, nulls, escapes, UTF-8, nesting);
 *   - random mutations of those (bytes deleted, inserted, replaced, segments repeated,
 *     text cut short), so that the JSON the two refuse is the same JSON;
 *   - hand-written cases for each thing yajl 2 accepts and strict JSON refuses.
 * Also: inputs refused as JSON leave no schema error behind, and deep nesting. */
#include "profile_jansson.c"

#include "test.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

static aigov_corpus *C;
static int compared, refused_both;
static bool clean; /* the profile being generated has only valid values */

/* Everything a parsed profile holds that a decision or a report reads. */
static char *dump(aigov_status s, const aigov_profile *p, aigov_diags *d) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fprintf(f, "status %d\n", (int)s);
    for (int i = 0; i < d->n; i++) {
        char *m = aigov_diag_format(&d->items[i]);
        fprintf(f, "diag %s", m ? m : "(null)\n");
        free(m);
    }
    fprintf(f, "dropped %d\n", d->dropped);
    if (p) {
        static char v[1 << 16];
        fprintf(f, "id %s\nname %s\nsource %s\ndate %d\n", p->id, p->name, p->source, (int)p->date);
        for (int i = 0; i < C->nfields; i++) {
            ag_value_format(&p->slots[i], v, sizeof v);
            fprintf(f, "slot %s = %s\n", C->fields[i].path, v);
            if (p->slots[i].kind == AG_V_NUM) fprintf(f, "  exactly %a\n", p->slots[i].u.num);
        }
        for (int i = 0; i < C->nconsts; i++) {
            ag_value_format(&p->consts[i], v, sizeof v);
            fprintf(f, "const %d = %s\n", i, v);
        }
        fprintf(f, "roles %d:", p->roles_known);
        for (int i = 0; i < p->roles.n; i++) fprintf(f, " %s", p->roles.items[i]);
        fprintf(f, "\nfacts %d %d\n", p->facts.nslots, p->facts.nconsts);
    }
    fclose(f);
    return buf;
}

/* Parses with both readers; CHECKs they agree; returns the new reader's status. */
static aigov_status compare(const char *what, const char *json, size_t len, const char *date) {
    char *out[2];
    aigov_status st[2];
    for (int k = 0; k < 2; k++) {
        aigov_diags d;
        aigov_diags_init(&d, 20);
        aigov_profile *p = NULL;
        st[k] = k ? jansson_profile_parse(C, "t.json", json, len, date, &p, &d)
                  : aigov_profile_parse(C, "t.json", json, len, date, &p, &d);
        out[k] = dump(st[k], p, &d);
        aigov_profile_free(p);
        aigov_diags_free(&d);
    }
    compared++;
    if (st[0] == AIGOV_SYNTAX && st[1] == AIGOV_SYNTAX) refused_both++;
    /* The one intended difference: jansson reads 1e-400 as 0 and cannot show the literal;
     * the stream reader refuses a number other than 0 that a double cannot hold. */
    bool underflow = st[0] == AIGOV_INVALID && st[1] == AIGOV_OK && strstr(out[0], "a number too small for a double");
    if (underflow) {
        test_passed_++;
    } else if (strcmp(out[0], out[1])) {
        test_failed_++;
        if (getenv("AIGOV_PROFILE_DIFF")) { FILE *f = fopen(getenv("AIGOV_PROFILE_DIFF"), "wb"); if (f) { fwrite(json, 1, len, f); fclose(f); } }
        fprintf(stderr, "%s: the readers differ on %zu bytes: %.*s\n--- stream reader\n%s--- jansson reader\n%s", what,
                len, (int)(len > 400 ? 400 : len), json, out[0], out[1]);
    } else {
        test_passed_++;
    }
    free(out[0]);
    free(out[1]);
    return st[0];
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 > cap) b = realloc(b, cap = cap * 2 + 8192);
        size_t n = fread(b + *len, 1, cap - *len, f);
        if (!n) break;
        *len += n;
    }
    fclose(f);
    return b;
}

static int compare_dir(const char *dir) {
    DIR *dd = opendir(dir);
    if (!dd) return 0;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dd))) {
        if (e->d_name[0] == '.') continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len;
        char *b = slurp(path, &len);
        if (!b) continue;
        compare(path, b, len, NULL);
        compare(path, b, len, "2025-08-02");
        free(b);
        n++;
    }
    closedir(dd);
    return n;
}

/* ---- Random profiles over the real schema -------------------------------------------- */

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t rnd(uint32_t n) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng % n);
}

typedef struct sb { char *p; size_t len, cap; } sb;
static void put(sb *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) b->p = realloc(b->p, b->cap = (b->len + n + 1) * 2);
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}
static void puts_(sb *b, const char *s) { put(b, s, strlen(s)); }
static void ws(sb *b) {
    static const char *const w[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
    puts_(b, w[rnd(7)]);
}

/* A JSON string of s, escaped at random (\u escapes, \/). */
static void jstr(sb *b, const char *s) {
    put(b, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char e[8];
        if (c == '"' || c == '\\') { e[0] = '\\'; e[1] = (char)c; put(b, e, 2); }
        else if (c < 0x20) { snprintf(e, sizeof e, "\\u%04x", c); puts_(b, e); }
        else if (c < 0x80 && rnd(20) == 0) { snprintf(e, sizeof e, "\\u%04X", c); puts_(b, e); }
        else if (c == '/' && rnd(2)) puts_(b, "\\/");
        else put(b, s, 1);
    }
    put(b, "\"", 1);
}

static const char *const odd_strings[] = {
    "caf\xc3\xa9", "\xe2\x82\xac 5", "\xf0\x9f\x98\x80", "tab\there", "new\nline", "q\"uote", "back\\slash",
    "", "a/b", "\x7f", "x",
};

static void any_scalar(sb *b) {
    switch (rnd(7)) {
    case 0: puts_(b, "null"); break;
    case 1: puts_(b, rnd(2) ? "true" : "false"); break;
    case 2: { char n[32]; snprintf(n, sizeof n, "%d", (int)rnd(100000) - 500); puts_(b, n); break; }
    case 3: puts_(b, rnd(2) ? "1.5e3" : "-0"); break;
    case 4: jstr(b, odd_strings[rnd(AG_ARRAY_LEN(odd_strings))]); break;
    case 5: puts_(b, rnd(2) ? "[]" : "{}"); break;
    default: puts_(b, rnd(2) ? "[1, {\"a\": [null]}]" : "{\"k\": {\"k\": 1}, \"j\": []}"); break;
    }
}

static void term(sb *b, const ag_vocab *v) {
    int r = clean ? 9 : (int)rnd(10);
    if (r == 0) { jstr(b, "cv_screeing"); return; }
    if (r == 1) { any_scalar(b); return; }
    jstr(b, v->terms[rnd((uint32_t)v->n)]);
}

static void region(sb *b) {
    int r = clean ? 11 : (int)rnd(12);
    if (r == 0) { jstr(b, "USA"); return; }
    if (r == 1) { any_scalar(b); return; }
    jstr(b, C->region_codes[rnd((uint32_t)C->nregions)]);
}

static void list(sb *b, void (*item)(sb *, const ag_vocab *), const ag_vocab *v) {
    int n = (int)rnd(5);
    put(b, "[", 1);
    for (int i = 0; i < n; i++) {
        if (i) { ws(b); put(b, ",", 1); }
        ws(b);
        item(b, v);
    }
    ws(b);
    put(b, "]", 1);
}
static void region_item(sb *b, const ag_vocab *v) { (void)v; region(b); }

static void field_value(sb *b, const ag_field *f) {
    if (!clean && rnd(15) == 0) { any_scalar(b); return; }
    if (clean && rnd(15) == 0) { puts_(b, "null"); return; }
    char n[64];
    switch (f->type) {
    case AG_F_BOOL: puts_(b, rnd(2) ? "true" : "false"); break;
    case AG_F_NUMBER: {
        static const char *const nums[] = {"0", "1", "-1", "100", "1e25", "3.5E+24", "1e-3", "12345678901234567890",
                                           "9007199254740993", "-0.0", "2.5e26", "1E400", "123456789012345678"};
        static const char *const clean_nums[] = {"0", "1", "100", "1e25", "3.5E+24", "1e-3", "9007199254740993",
                                                 "2.5e26", "123456789012345678", "0.5"};
        if (rnd(3)) { snprintf(n, sizeof n, "%u", rnd(1000000)); puts_(b, n); }
        else if (clean) puts_(b, clean_nums[rnd(AG_ARRAY_LEN(clean_nums))]);
        else puts_(b, nums[rnd(AG_ARRAY_LEN(nums))]);
        break;
    }
    case AG_F_DATE:
        snprintf(n, sizeof n, "%04u-%02u-%02u", 2020 + rnd(8), 1 + rnd(clean ? 12 : 13), 1 + rnd(clean ? 28 : 31));
        jstr(b, n);
        break;
    case AG_F_STRING: jstr(b, odd_strings[rnd(AG_ARRAY_LEN(odd_strings))]); break;
    case AG_F_TERM: term(b, &C->vocabs[f->vocab]); break;
    case AG_F_TERMS:
        if (rnd(6) == 0) term(b, &C->vocabs[f->vocab]);
        else list(b, term, &C->vocabs[f->vocab]);
        break;
    case AG_F_REGIONS:
        if (rnd(6) == 0) region(b);
        else list(b, region_item, NULL);
        break;
    }
}

/* An object holding the fields under `prefix` ("" for the top), in random order, some
 * left out, plus now and then an unknown or misspelt key. */
static void object(sb *b, const char *prefix, int depth) {
    const char *keys[AG_MAX_SLOTS + 8];
    int nk = 0;
    size_t pl = strlen(prefix);
    for (int i = 0; i < C->nfields; i++) {
        const char *p = C->fields[i].path;
        if (pl && (strncmp(p, prefix, pl) || p[pl] != '.')) continue;
        const char *rest = pl ? p + pl + 1 : p;
        size_t seg = strcspn(rest, ".");
        bool seen = false;
        for (int k = 0; k < nk; k++) if (strlen(keys[k]) == seg && !strncmp(keys[k], rest, seg)) seen = true;
        if (!seen) keys[nk++] = strndup(rest, seg);
    }
    if (!pl) { keys[nk++] = strdup("id"); keys[nk++] = strdup("name"); keys[nk++] = strdup("date"); }
    if (!clean && rnd(4) == 0) keys[nk++] = strdup(rnd(2) ? "licence" : "research");
    for (int i = nk - 1; i > 0; i--) { int j = (int)rnd((uint32_t)i + 1); const char *t = keys[i]; keys[i] = keys[j]; keys[j] = t; }
    put(b, "{", 1);
    bool first = true;
    for (int k = 0; k < nk; k++) {
        if (rnd(3) == 0) continue;
        if (!first) { ws(b); put(b, ",", 1); }
        first = false;
        ws(b);
        jstr(b, keys[k]);
        ws(b);
        put(b, ":", 1);
        ws(b);
        char path[300];
        snprintf(path, sizeof path, "%s%s%s", prefix, pl ? "." : "", keys[k]);
        int32_t slot = ag_map_get(&C->field_index, path, strlen(path));
        if (slot >= 0) field_value(b, &C->fields[slot]);
        else if (!pl && !strcmp(keys[k], "date")) {
            char d[16];
            snprintf(d, sizeof d, "%04u-%02u-%02u", 2023 + rnd(5), 1 + rnd(12), 1 + rnd(28));
            if (clean || rnd(10)) jstr(b, d);
            else any_scalar(b);
        } else if (!pl && (!strcmp(keys[k], "id") || !strcmp(keys[k], "name"))) {
            if (clean || rnd(10)) jstr(b, odd_strings[rnd(AG_ARRAY_LEN(odd_strings))]);
            else any_scalar(b);
        } else if (clean || (depth < 4 && rnd(8))) object(b, path, depth + 1);
        else any_scalar(b);
    }
    ws(b);
    put(b, "}", 1);
    for (int k = 0; k < nk; k++) free((void *)keys[k]);
}

static void mutate(sb *b) {
    static const char bytes[] = "{}[],:\"\\ \v\f\x01\xc0\xc3\xa9\xed\xa0\x80\xf5\xff" "0123456789eE.-+ut/nlrfa'#*";
    int n = 1 + (int)rnd(3);
    for (int m = 0; m < n && b->len; m++) {
        size_t at = rnd((uint32_t)b->len);
        switch (rnd(6)) {
        case 0: memmove(b->p + at, b->p + at + 1, b->len - at); b->len--; break;
        case 1: case 2: {
            char c = bytes[rnd(sizeof bytes - 1)];
            put(b, " ", 1);
            memmove(b->p + at + 1, b->p + at, b->len - at - 1);
            b->p[at] = c;
            break;
        }
        case 3: b->p[at] = bytes[rnd(sizeof bytes - 1)]; break;
        case 4: { /* repeat a segment: duplicate keys, deeper nesting */
            size_t span = 1 + rnd(40);
            if (at + span > b->len) span = b->len - at;
            char *seg = strndup(b->p + at, span);
            sb t = {0};
            put(&t, b->p, at + span);
            put(&t, seg, span);
            put(&t, b->p + at + span, b->len - at - span);
            free(seg);
            free(b->p);
            *b = t;
            break;
        }
        default: b->len = at; b->p[at] = 0; break;
        }
    }
}

/* ---- Hand-written cases ------------------------------------------------------------------ */

typedef struct hcase { const char *name, *json; size_t len; aigov_status want; } hcase;
#define H(name, lit, want) {name, lit, sizeof lit - 1, want}

static const hcase cases[] = {
    H("valid", "{\"id\":\"a\",\"markets\":[\"DE\"]}", AIGOV_OK),
    H("comment /* */", "{\"id\":\"a\" /* c */}", AIGOV_SYNTAX),
    H("comment //", "{\"id\":\"a\"} // c\n", AIGOV_SYNTAX),
    H("trailing garbage", "{\"id\":\"a\"} x", AIGOV_SYNTAX),
    H("two values", "{\"id\":\"a\"} {\"id\":\"b\"}", AIGOV_SYNTAX),
    H("two values, newline", "{}\n{}", AIGOV_SYNTAX),
    H("unterminated string after the value", "{} \"ab", AIGOV_SYNTAX),
    H("a quote after the value", "{}\r\n  \"  ", AIGOV_SYNTAX),
    H("white space after the value", "{} \t\r\n", AIGOV_OK),
    H("top-level string", "\"abc\"", AIGOV_SYNTAX),
    H("top-level number", "123", AIGOV_SYNTAX),
    H("top-level null", "null", AIGOV_SYNTAX),
    H("top-level array", "[1]", AIGOV_INVALID),
    H("empty", "", AIGOV_SYNTAX),
    H("white space only", " \n", AIGOV_SYNTAX),
    H("vertical tab", "{\v\"id\":\"a\"}", AIGOV_SYNTAX),
    H("form feed", "{\"id\":\"a\"}\f", AIGOV_SYNTAX),
    H("overlong UTF-8", "{\"id\":\"\xc0\xaf\"}", AIGOV_SYNTAX),
    H("overlong UTF-8, 3 bytes", "{\"id\":\"\xe0\x80\xaf\"}", AIGOV_SYNTAX),
    H("UTF-8 surrogate", "{\"id\":\"\xed\xa0\x80\"}", AIGOV_SYNTAX),
    H("UTF-8 above U+10FFFF", "{\"id\":\"\xf4\x90\x80\x80\"}", AIGOV_SYNTAX),
    H("UTF-8 lead F5", "{\"id\":\"\xf5\x80\x80\x80\"}", AIGOV_SYNTAX),
    H("UTF-8 in a key", "{\"i\xc0\xaf\":1}", AIGOV_SYNTAX),
    H("valid UTF-8", "{\"id\":\"\xf0\x9f\x98\x80 caf\xc3\xa9\"}", AIGOV_OK),
    H("lone high surrogate", "{\"id\":\"\\ud800\"}", AIGOV_SYNTAX),
    H("high surrogate, then a letter", "{\"id\":\"\\ud800\\u0041\"}", AIGOV_SYNTAX),
    H("lone low surrogate", "{\"id\":\"\\udc00\"}", AIGOV_SYNTAX),
    H("surrogate pair", "{\"id\":\"\\ud83d\\ude00\"}", AIGOV_OK),
    H("\\u0000", "{\"id\":\"a\\u0000\"}", AIGOV_SYNTAX),
    H("\\u0000 in a key", "{\"a\\u0000b\":1}", AIGOV_SYNTAX),
    H("\\u0000 in a skipped value", "{\"zz\":[\"\\u0000\"]}", AIGOV_SYNTAX),
    H("escaped quote then \\u0000", "{\"id\":\"\\\"\\\\\\u0000\"}", AIGOV_SYNTAX),
    H("raw control character", "{\"id\":\"a\x01\"}", AIGOV_SYNTAX),
    H("bad escape", "{\"id\":\"\\x\"}", AIGOV_SYNTAX),
    H("single quotes", "{'id':'a'}", AIGOV_SYNTAX),
    H("NaN", "{\"model\":{\"training_compute_flop\":NaN}}", AIGOV_SYNTAX),
    H("Infinity", "{\"model\":{\"training_compute_flop\":Infinity}}", AIGOV_SYNTAX),
    H("leading zero", "{\"model\":{\"training_compute_flop\":01}}", AIGOV_SYNTAX),
    H("leading plus", "{\"model\":{\"training_compute_flop\":+1}}", AIGOV_SYNTAX),
    H("real overflow", "{\"model\":{\"training_compute_flop\":1e400}}", AIGOV_SYNTAX),
    H("negative real overflow", "{\"zz\":-1e400}", AIGOV_SYNTAX),
    H("real underflow is refused", "{\"model\":{\"training_compute_flop\":1e-400}}", AIGOV_INVALID),
    H("zero with a tiny exponent is zero", "{\"model\":{\"training_compute_flop\":0e-400}}", AIGOV_OK),
    H("a subnormal number is kept", "{\"model\":{\"training_compute_flop\":1e-310}}", AIGOV_OK),
    H("integer past int64 is a double", "{\"model\":{\"training_compute_flop\":9223372036854775808}}", AIGOV_OK),
    H("integer at the limit", "{\"model\":{\"training_compute_flop\":9223372036854775807}}", AIGOV_OK),
    H("negative integer past int64 is a double", "{\"zz\":-9223372036854775809}", AIGOV_INVALID),
    H("duplicate key", "{\"id\":\"a\",\"id\":\"b\"}", AIGOV_SYNTAX),
    H("duplicate key, escaped", "{\"id\":\"a\",\"\\u0069d\":\"b\"}", AIGOV_SYNTAX),
    H("duplicate key in a skipped value", "{\"zz\":[{\"a\":1,\"b\":2,\"a\":3}]}", AIGOV_SYNTAX),
    H("same key in two objects", "{\"zz\":[{\"a\":1},{\"a\":2}],\"a\":0}", AIGOV_INVALID),
    H("trailing comma, object", "{\"id\":\"a\",}", AIGOV_SYNTAX),
    H("trailing comma, array", "{\"markets\":[\"DE\",]}", AIGOV_SYNTAX),
    H("missing value", "{\"id\":}", AIGOV_SYNTAX),
    H("unterminated", "{\"id\":\"a\"", AIGOV_SYNTAX),
    H("unterminated string", "{\"id\":\"a", AIGOV_SYNTAX),
    H("schema errors, then bad JSON", "{\"zz\":1,\"markets\":[\"USA\"],", AIGOV_SYNTAX),
    H("BOM", "\xef\xbb\xbf{}", AIGOV_SYNTAX),
    H("NUL byte", "{\"id\":\"a\"}\0", AIGOV_SYNTAX),
};

static void deep(int levels, bool scalar_inside) {
    sb b = {0};
    puts_(&b, "{\"zz\":");
    for (int i = 0; i < levels; i++) put(&b, "[", 1);
    if (scalar_inside) put(&b, "1", 1);
    for (int i = 0; i < levels; i++) put(&b, "]", 1);
    put(&b, "}", 1);
    char what[64];
    snprintf(what, sizeof what, "%d levels%s", levels, scalar_inside ? " and a scalar" : "");
    compare(what, b.p, b.len, NULL);
    free(b.p);
}

int main(void) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (aigov_corpus_load_builtin(&C, &d) != AIGOV_OK) { fprintf(stderr, "corpus load failed\n"); return 1; }
    aigov_diags_free(&d);

    int files = compare_dir("examples") + compare_dir("tests/bad/profiles") + compare_dir("tests/fuzz-regressions/profile");
    CHECK(files >= 40);

    for (size_t i = 0; i < AG_ARRAY_LEN(cases); i++) {
        aigov_status s = compare(cases[i].name, cases[i].json, cases[i].len, NULL);
        if (s != cases[i].want) {
            test_failed_++;
            fprintf(stderr, "case '%s': status %d, want %d\n", cases[i].name, (int)s, (int)cases[i].want);
        }
    }
    /* A refused input leaves exactly one diagnostic: the JSON error, no schema error. */
    {
        aigov_diags e;
        aigov_diags_init(&e, 20);
        aigov_profile *p = NULL;
        const char *t = "{\"zz\":1,\"markets\":[\"USA\"],";
        CHECK(aigov_profile_parse(C, "t", t, strlen(t), NULL, &p, &e) == AIGOV_SYNTAX && !p);
        CHECK(e.n == 1 && !strncmp(e.items[0].message, "invalid JSON: ", 14) && e.items[0].line == 1);
        aigov_diags_free(&e);
    }
    /* jansson's nesting limit: 2048 values deep (the top is the first). */
    deep(2046, true);
    deep(2047, false);
    deep(2047, true);
    deep(2048, false);
    deep(5000, false);

    /* Numbers: every form, to the last bit (the reader computes short reals itself). */
    int numbers_ok = 0;
    for (int i = 0; i < 4000; i++) {
        char num[80], json[256];
        int digits = 1 + (int)rnd(24), k = 0; /* past int64's 19 digits too */
        for (int j = 0; j < digits; j++) num[k++] = (char)('0' + (j == 0 && digits > 1 ? 1 + rnd(9) : rnd(10)));
        if (rnd(2)) { num[k++] = '.'; for (int j = 1 + (int)rnd(8); j > 0; j--) num[k++] = (char)('0' + rnd(10)); }
        if (rnd(2)) k += snprintf(num + k, sizeof num - (size_t)k, "%s%s%d", rnd(2) ? "e" : "E", rnd(3) ? "" : rnd(2) ? "+" : "-", (int)rnd(40));
        num[k] = 0;
        snprintf(json, sizeof json, "{\"model\":{\"training_compute_flop\":%s},\"users\":{\"monthly_active\":%s}}", num, num);
        aigov_status st = compare(num, json, strlen(json), NULL);
        numbers_ok += st == AIGOV_OK;
    }

    CHECK(numbers_ok > 3000);
    /* An integer outside int64 is the double it names: browsers write 1e19 and up that
     * way (JSON.stringify(1e20) is "100000000000000000000"). */
    {
        static const char *const pairs[][2] = {
            {"10000000000000000000", "1e19"},
            {"100000000000000000000", "1e20"},
            {"9223372036854775808", "9223372036854775808.0"},
            {"123456789012345678901234567890", "1.2345678901234568e29"},
        };
        for (size_t i = 0; i < AG_ARRAY_LEN(pairs); i++) {
            char *dumps[2];
            for (int k = 0; k < 2; k++) {
                char json[160];
                snprintf(json, sizeof json, "{\"model\":{\"training_compute_flop\": %s}}", pairs[i][k]);
                aigov_diags e;
                aigov_diags_init(&e, 20);
                aigov_profile *p = NULL;
                aigov_status st = aigov_profile_parse(C, "big", json, strlen(json), "2026-01-01", &p, &e);
                CHECK(st == AIGOV_OK);
                CHECK(compare(pairs[i][k], json, strlen(json), "2026-01-01") == AIGOV_OK);
                dumps[k] = dump(st, p, &e);
                aigov_profile_free(p);
                aigov_diags_free(&e);
            }
            CHECK(dumps[0] && dumps[1] && !strcmp(dumps[0], dumps[1]));
            free(dumps[0]), free(dumps[1]);
        }
        /* A real beyond double's range is still refused, as JSON it cannot represent. */
        const char *huge = "{\"model\":{\"training_compute_flop\": 1e400}}";
        CHECK(compare("1e400", huge, strlen(huge), NULL) == AIGOV_SYNTAX);
    }
    /* Negative numbers: a schema error naming the value (below the minimum 0). */
    {
        const char *neg = "{\"users\":{\"monthly_active\":-0.5e-3}}";
        CHECK(compare("negative", neg, strlen(neg), NULL) == AIGOV_INVALID);
    }

    /* Random profiles, valid and not; then mutated. */
    int ok = 0, invalid = 0;
    for (int i = 0; i < 3000; i++) {
        sb b = {0};
        clean = i % 2 == 0;
        ws(&b);
        object(&b, "", 0);
        ws(&b);
        aigov_status s = compare("random profile", b.p, b.len, rnd(4) ? NULL : "2024-06-01");
        ok += s == AIGOV_OK;
        invalid += s == AIGOV_INVALID;
        for (int m = 0; m < 6; m++) {
            sb t = {0};
            put(&t, b.p, b.len);
            mutate(&t);
            compare("mutated profile", t.p, t.len, NULL);
            free(t.p);
        }
        free(b.p);
    }
    /* The generator reaches all three outcomes in numbers. */
    CHECK(ok > 300);
    CHECK(invalid > 300);
    CHECK(refused_both > 3000);
    fprintf(stderr, "compared %d inputs: %d random profiles valid, %d invalid; %d refused as JSON by both\n", compared,
            ok, invalid, refused_both);
    aigov_corpus_free(C);
    TEST_MAIN_END();
}
