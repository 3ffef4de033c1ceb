/* test_cel.c — unit tests of the condition language: lexer, parser, type checker (exact
 * messages and offsets), evaluator (three-valued tables, unknown propagation, deciding
 * sets), limits, value rendering, and agreement of ag_cel_trace with ag_cel_eval. */
#include "lang/cel.h"
#include "test.h"

#include <math.h>
#include <stdlib.h>

/* ---- A small environment: fields of every kind, three vocabularies, one named set ---- */

enum { S_FLOP, S_GP, S_PURPOSES, S_MARKETS, S_NAME, S_PLACED, S_ROLE, S_USERS, S_PUBLIC, NSLOTS };

static const struct { const char *path; ag_ctype type; } FIELDS[NSLOTS] = {
    [S_FLOP] = {"model.training_compute_flop", {AG_T_NUM, AG_T_DYN, AG_VOCAB_NONE}},
    [S_GP] = {"model.general_purpose", {AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE}},
    [S_PURPOSES] = {"purposes", {AG_T_LIST, AG_T_STR, 0}},
    [S_MARKETS] = {"markets", {AG_T_LIST, AG_T_STR, 1}},
    [S_NAME] = {"name", {AG_T_STR, AG_T_DYN, AG_VOCAB_NONE}},
    [S_PLACED] = {"placed_on_market", {AG_T_DATE, AG_T_DYN, AG_VOCAB_NONE}},
    [S_ROLE] = {"role", {AG_T_STR, AG_T_DYN, 2}},
    [S_USERS] = {"users.monthly_active", {AG_T_NUM, AG_T_DYN, AG_VOCAB_NONE}},
    [S_PUBLIC] = {"users.public", {AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE}},
};
static const char *const VOCABS[3][5] = {
    {"cv_screening", "social_scoring", "military", "defence", NULL},
    {"DE", "FR", "US", "EU", "US-NY"},
    {"provider", "deployer", NULL, NULL, NULL},
};
static const char *const VOCAB_NAMES[3] = {"purposes", "regions", "roles"};

static int env_field(void *ctx, const char *path, size_t len, ag_ctype *type) {
    (void)ctx;
    for (int i = 0; i < NSLOTS; i++)
        if (strlen(FIELDS[i].path) == len && memcmp(FIELDS[i].path, path, len) == 0) {
            *type = FIELDS[i].type;
            return i;
        }
    return -1;
}
static const char *env_field_suggest(void *ctx, const char *path, size_t len) {
    (void)ctx;
    const char *c[NSLOTS];
    for (int i = 0; i < NSLOTS; i++) c[i] = FIELDS[i].path;
    return ag_suggest(path, len, c, NSLOTS);
}
static int env_constant(void *ctx, const char *name, size_t len, ag_ctype *type) {
    (void)ctx;
    if (len == 10 && memcmp(name, "EU_MEMBERS", 10) == 0) {
        type->kind = AG_T_LIST;
        type->elem = AG_T_STR;
        type->vocab = 1;
        return 0;
    }
    return -1;
}
static const char *env_constant_suggest(void *ctx, const char *name, size_t len) {
    (void)ctx;
    const char *c[] = {"EU_MEMBERS"};
    return ag_suggest(name, len, c, 1);
}
static bool env_term(void *ctx, int vocab, const char *s, size_t len, const char **suggest) {
    (void)ctx;
    for (int i = 0; i < 5; i++)
        if (VOCABS[vocab][i] && strlen(VOCABS[vocab][i]) == len && memcmp(VOCABS[vocab][i], s, len) == 0)
            return true;
    *suggest = ag_suggest(s, len, VOCABS[vocab], 5);
    return false;
}
static const char *env_vocab_name(void *ctx, int vocab) {
    (void)ctx;
    return VOCAB_NAMES[vocab];
}

static const ag_cel_env ENV = {NULL, env_field, env_field_suggest, env_constant, env_constant_suggest,
                               env_term, env_vocab_name};

static ag_arena A;

static ag_expr *compile(const char *src) {
    ag_cel_error err;
    ag_expr *e = ag_cel_compile(&A, src, strlen(src), &ENV, &err);
    if (!e) fprintf(stderr, "  compile failed: %s: %s (offset %zu)\n", src, err.msg, err.offset);
    return e;
}

/* The error message of src (or "OK"), and its span. */
static char ERRMSG[400];
static size_t ERROFF, ERRLEN;
static const char *err_of(const char *src) {
    ag_cel_error err;
    ag_expr *e = ag_cel_compile(&A, src, strlen(src), &ENV, &err);
    if (e) return "OK";
    snprintf(ERRMSG, sizeof ERRMSG, "%s", err.msg);
    ERROFF = err.offset;
    ERRLEN = err.len;
    return ERRMSG;
}

/* ---- Facts ----------------------------------------------------------------------------- */

static ag_value SLOTS[NSLOTS];
static ag_value CONSTS[1];
static ag_facts FACTS = {SLOTS, NSLOTS, CONSTS, 1};

static ag_value V_STRS[8][4];
static ag_value str_v(const char *s) {
    ag_value v = {.kind = AG_V_STR, .n = (uint32_t)strlen(s), .u.str = s};
    return v;
}
static ag_value num_v(double d) {
    ag_value v = {.kind = AG_V_NUM, .u.num = d};
    return v;
}
static ag_value bool_v(bool b) {
    ag_value v = {.kind = AG_V_BOOL, .u.b = b};
    return v;
}
static ag_value unk_v(void) {
    ag_value v = {.kind = AG_V_UNKNOWN};
    return v;
}
/* A string list held in V_STRS[which]. */
static ag_value list_v(int which, const char *a, const char *b, const char *c) {
    const char *s[3] = {a, b, c};
    uint32_t n = 0;
    for (int i = 0; i < 3; i++)
        if (s[i]) V_STRS[which][n++] = str_v(s[i]);
    ag_value v = {.kind = AG_V_LIST, .n = n, .u.items = V_STRS[which]};
    return v;
}

static void reset_facts(void) {
    for (int i = 0; i < NSLOTS; i++) SLOTS[i] = unk_v();
    CONSTS[0] = list_v(7, "DE", "FR", NULL);
}

/* Evaluates src: 't', 'f', 'u' for bools; 'v' for another known value; '!' on compile failure.
 * Checks on the way that the trace agrees with the decide path. */
static ag_slotset LAST_DEC;
static ag_value LAST_VAL;
static char ev(const char *src) {
    ag_expr *e = compile(src);
    if (!e) return '!';
    memset(&LAST_DEC, 0, sizeof LAST_DEC);
    ag_value v = ag_cel_eval(e, &FACTS, &LAST_DEC);
    ag_value tv;
    ag_slotset tdec;
    memset(&tdec, 0, sizeof tdec);
    ag_trace_node *tr;
    int n = ag_cel_trace(e, &FACTS, &A, &tr, &tv, &tdec);
    if (n != (int)e->nnodes || tv.kind != v.kind || (v.kind && !ag_value_equal(&v, &tv)) ||
        memcmp(&tdec, &LAST_DEC, sizeof tdec) != 0) {
        fprintf(stderr, "  trace disagrees with eval on %s\n", src);
        return '?';
    }
    LAST_VAL = v;
    if (v.kind == AG_V_UNKNOWN) return 'u';
    if (v.kind == AG_V_BOOL) return v.u.b ? 't' : 'f';
    return 'v';
}

static bool dec_is(int a, int b) {
    ag_slotset want;
    memset(&want, 0, sizeof want);
    if (a >= 0) ag_slotset_add(&want, a);
    if (b >= 0) ag_slotset_add(&want, b);
    return memcmp(&want, &LAST_DEC, sizeof want) == 0;
}

static const char *fmt(const ag_value *v) {
    static char buf[256];
    ag_value_format(v, buf, sizeof buf);
    return buf;
}

static const char *eval_fmt(const char *src) {
    if (ev(src) == '!') return "(compile error)";
    return fmt(&LAST_VAL);
}

/* ---- Lexer ------------------------------------------------------------------------------- */

static int lex_all(const char *src, ag_cel_token *toks, int max, ag_cel_error *err) {
    ag_cel_lexer lx = {src, strlen(src), 0, &A};
    int n = 0;
    for (;;) {
        ag_cel_token t;
        if (!ag_cel_lex_next(&lx, &t, err)) return -1;
        if (n < max) toks[n] = t;
        n++;
        if (t.kind == AG_TK_EOF) return n;
    }
}

static void test_lexer(void) {
    ag_cel_token t[16];
    ag_cel_error err;
    CHECK(lex_all("12 -3 1.5 .5 1e3 2.5e-3 1e25 -.5 0e+0", t, 16, &err) == 10);
    double want[] = {12, -3, 1.5, .5, 1e3, 2.5e-3, 1e25, -.5, 0};
    for (int i = 0; i < 9; i++) CHECK(t[i].kind == AG_TK_NUM && t[i].num == want[i]);
    CHECK(t[1].offset == 3 && t[1].len == 2);

    CHECK(lex_all("a.b(x)[y], && || ! == != < <= > >= in", t, 16, &err) == 21);
    uint8_t kinds[] = {AG_TK_IDENT, AG_TK_DOT, AG_TK_IDENT, AG_TK_LPAREN, AG_TK_IDENT, AG_TK_RPAREN,
                       AG_TK_LBRACKET, AG_TK_IDENT, AG_TK_RBRACKET, AG_TK_COMMA, AG_TK_AND, AG_TK_OR,
                       AG_TK_NOT, AG_TK_EQ, AG_TK_NE, AG_TK_LT};
    for (int i = 0; i < 16; i++) CHECK(t[i].kind == kinds[i]);
    CHECK(lex_all("<= > >= in inx", t, 16, &err) == 6);
    CHECK(t[0].kind == AG_TK_LE && t[1].kind == AG_TK_GT && t[2].kind == AG_TK_GE && t[3].kind == AG_TK_IN &&
          t[4].kind == AG_TK_IDENT && t[5].kind == AG_TK_EOF);

    CHECK(lex_all("'a\\n\\t\\'\\\"\\`\\?\\\\' \"x'y\"", t, 16, &err) == 3);
    CHECK(t[0].kind == AG_TK_STR && t[0].str_len == 8 && memcmp(t[0].str, "a\n\t'\"`?\\", 8) == 0);
    CHECK(t[1].kind == AG_TK_STR && t[1].str_len == 3 && memcmp(t[1].str, "x'y", 3) == 0);
    CHECK(lex_all("'\\a\\b\\f\\r\\v'", t, 16, &err) == 2 && t[0].str_len == 5 && memcmp(t[0].str, "\a\b\f\r\v", 5) == 0);
    CHECK(lex_all("// comment\n 1 // more", t, 16, &err) == 2 && t[0].num == 1);

    CHECK(lex_all("1 = 2", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected '='; did you mean '=='?");
    CHECK(err.offset == 2 && err.len == 1);
    CHECK(lex_all("a & b", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected '&'; did you mean '&&'?");
    CHECK(lex_all("a | b", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected '|'; did you mean '||'?");
    CHECK(lex_all("a ? b : c", t, 16, &err) < 0 && err.offset == 2);
    CHECK(lex_all("1 + 2", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected '+': there is no arithmetic in conditions");
    CHECK(lex_all("- 1", t, 16, &err) < 0);
    CHECK(lex_all("0x1F", t, 16, &err) < 0 && strstr(err.msg, "no hexadecimal") != NULL);
    CHECK(lex_all("3u", t, 16, &err) < 0 && strstr(err.msg, "'u' suffix") != NULL);
    CHECK(lex_all("1e", t, 16, &err) < 0 && strstr(err.msg, "exponent") != NULL);
    CHECK(lex_all("1e999", t, 16, &err) < 0 && strstr(err.msg, "out of range") != NULL);
    CHECK(lex_all("'abc", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unterminated string (missing closing ')");
    CHECK(lex_all("'a\nb'", t, 16, &err) < 0 && err.offset == 2 && strstr(err.msg, "raw control character U+000A") != NULL);
    CHECK(lex_all("'\\x41'", t, 16, &err) < 0 && err.offset == 1 && strstr(err.msg, "unsupported escape") != NULL);
    CHECK(lex_all("'\\u00e9'", t, 16, &err) < 0);
    CHECK(lex_all("r'x'", t, 16, &err) < 0 && strstr(err.msg, "raw and byte strings") != NULL);
    CHECK(lex_all("'''x'''", t, 16, &err) < 0 && strstr(err.msg, "triple-quoted") != NULL);
    CHECK(lex_all("{1}", t, 16, &err) < 0 && strstr(err.msg, "maps") != NULL);
    CHECK(lex_all("a @ b", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected character '@'");
    CHECK(lex_all("a \xc3\xa9", t, 16, &err) < 0);
    CHECK_STR(err.msg, "unexpected character '\xc3\xa9'");
    CHECK(lex_all("'\xf2\x88\xa2\x88'", t, 16, &err) == 2 && t[0].str_len == 4);

    CHECK(ag_utf8_invalid_at("ab\xc3\xa9", 4) == 4);
    CHECK(ag_utf8_invalid_at("ab\xc3", 3) == 2);
    CHECK(ag_utf8_invalid_at("\xc0\x80", 2) == 0);         /* overlong NUL */
    CHECK(ag_utf8_invalid_at("\xed\xa0\x80", 3) == 0);     /* surrogate */
    CHECK(ag_utf8_invalid_at("\xf4\x90\x80\x80", 4) == 0); /* above U+10FFFF */
    CHECK(ag_utf8_invalid_at("x\xff", 2) == 1);
}

/* ---- Parser and checker ------------------------------------------------------------------- */

static void test_parse_shapes(void) {
    ag_expr *e = compile("true && true && true || false || !false");
    CHECK(e && e->nodes[e->root].op == AG_OP_OR && e->nodes[e->root].nkids == 3);
    if (e) {
        const ag_cel_node *and = &e->nodes[e->kids[e->nodes[e->root].kid0]];
        CHECK(and->op == AG_OP_AND && and->nkids == 3);
        CHECK(e->depth == 3);
    }
    /* Precedence: ! binds tighter than ==, == tighter than &&. */
    e = compile("!true == false && 1 < 2");
    CHECK(e && e->nodes[e->root].op == AG_OP_AND);
    if (e) CHECK(e->nodes[e->kids[e->nodes[e->root].kid0]].op == AG_OP_EQ);
    /* Relations are left-associative. */
    e = compile("1 < 2 == true");
    CHECK(e && e->nodes[e->root].op == AG_OP_EQ);
    /* Constant lists fold into one node, nested ones too. */
    e = compile("[1, 'a', [2, [3]]]");
    CHECK(e && e->nnodes == 1 && e->nodes[0].op == AG_OP_CONST && e->nodes[0].v.n == 3);
    e = compile("size([[[[[[[[[[[[0]]]]]]]]]]]])");
    CHECK(e && e->nnodes == 2);
    e = compile("system.role in ['provider', system.name]");
    CHECK(e && e->nnodes == 5 && e->nodes[e->kids[e->nodes[e->root].kid0 + 1]].op == AG_OP_LIST);
    /* Children precede parents; the root is last. */
    e = compile("has(system.name) || system.users.monthly_active >= 1e6");
    CHECK(e && e->root == e->nnodes - 1);
    if (e)
        for (uint32_t i = 0; i < e->nnodes; i++)
            for (uint32_t k = 0; k < e->nodes[i].nkids; k++) CHECK(e->kids[e->nodes[i].kid0 + k] < i);
    e = compile("date('2025-08-02')");
    CHECK(e && e->nodes[e->root].op == AG_OP_CONST && e->nodes[e->root].v.kind == AG_V_DATE &&
          e->nodes[e->root].type.kind == AG_T_DATE);
    e = compile("system.markets");
    CHECK(e && e->nodes[e->root].op == AG_OP_FIELD && e->nodes[e->root].slot == S_MARKETS &&
          e->nodes[e->root].type.vocab == 1);
    e = compile("EU_MEMBERS");
    CHECK(e && e->nodes[e->root].op == AG_OP_NAMED && e->nodes[e->root].konst == 0);
    e = compile("system . model . general_purpose");
    CHECK(e && e->nodes[e->root].slot == S_GP);
    e = compile("[1, 2,]");
    CHECK(e && e->nodes[0].v.n == 2);
    e = compile("  (system.name == 'x')  ");
    /* A parenthesised expression's span takes its parentheses (explain prints spans). */
    CHECK(e && e->nodes[e->root].offset == 2 && e->nodes[e->root].len == 20);
    CHECK_STR(e ? e->src : "", "  (system.name == 'x')  ");

    ag_slotset s;
    memset(&s, 0, sizeof s);
    e = compile("has(system.name) && system.model.training_compute_flop > 1 && 'DE' in EU_MEMBERS");
    if (e) ag_cel_fields_read(e, &s);
    CHECK(ag_slotset_has(&s, S_NAME) && ag_slotset_has(&s, S_FLOP) && !ag_slotset_has(&s, S_GP));

    /* Pure literals compile without an environment. */
    ag_cel_error err;
    CHECK(ag_cel_compile(&A, "1 < 2", 5, NULL, &err) != NULL);
    CHECK(ag_cel_compile(&A, "system.x", 8, NULL, &err) == NULL);
    CHECK_STR(err.msg, "unknown field 'system.x'");
    /* Not NUL-terminated input: only len bytes count. */
    CHECK(ag_cel_compile(&A, "1 == 1xyz", 6, NULL, &err) != NULL);
}

static void test_errors(void) {
    CHECK_STR(err_of("'cv_screeing' in system.purposes"),
              "unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?)");
    CHECK(ERROFF == 0 && ERRLEN == 13);
    CHECK_STR(err_of("system.purposes == ['military', \"cv_screenin\"]"),
              "unknown purposes term 'cv_screenin' (did you mean 'cv_screening'?)");
    CHECK(ERROFF == 32 && ERRLEN == 13);
    CHECK_STR(err_of("sets.contains(['military', 'defense'], system.purposes)"),
              "unknown purposes term 'defense' (did you mean 'defence'?)");
    CHECK(ERROFF == 27 && ERRLEN == 9);
    CHECK_STR(err_of("sets.intersects(system.markets, ['DE', 'QQQQQ'])"), "unknown regions term 'QQQQQ'");
    CHECK_STR(err_of("system.role == 'provder'"), "unknown roles term 'provder' (did you mean 'provider'?)");
    CHECK(ERROFF == 15);
    CHECK_STR(err_of("'deployr' != system.role"), "unknown roles term 'deployr' (did you mean 'deployer'?)");
    CHECK_STR(err_of("system.role in ['provider', 'deployerr']"),
              "unknown roles term 'deployerr' (did you mean 'deployer'?)");
    CHECK_STR(err_of("system.role in ['provider', system.name, 'x']"), "unknown roles term 'x'");
    CHECK_STR(err_of("'DEU' in EU_MEMBERS"), "unknown regions term 'DEU' (did you mean 'DE'?)");
    CHECK_STR(err_of("system.name == 'anything'"), "OK");
    CHECK_STR(err_of("'anything' in ['a', 'b']"), "OK");

    CHECK_STR(err_of("system.purpose == 'x'"), "unknown field 'system.purpose' (did you mean 'system.purposes'?)");
    CHECK(ERROFF == 0 && ERRLEN == 14);
    CHECK_STR(err_of("true && system.nothing_like_it_at_all"), "unknown field 'system.nothing_like_it_at_all'");
    CHECK(ERROFF == 8);
    CHECK_STR(err_of("sets.intersects(system.markets, EU_MEMBRS)"),
              "unknown named set 'EU_MEMBRS' (did you mean 'EU_MEMBERS'?)");
    CHECK(ERROFF == 32 && ERRLEN == 9);
    CHECK_STR(err_of("foo == 1"), "undeclared reference to 'foo'");
    CHECK_STR(err_of("frobnicate(1)"),
              "unknown function 'frobnicate' (expected one of: date, has, size, sets.intersects, sets.contains)");
    CHECK_STR(err_of("sets.union([1], [2])"),
              "unknown function 'sets.union' (expected one of: date, has, size, sets.intersects, sets.contains)");
    CHECK_STR(err_of("size()"), "size() takes 1 argument, got 0 (usage: size(list or string))");
    CHECK_STR(err_of("sets.intersects(system.markets)"),
              "sets.intersects() takes 2 arguments, got 1 (usage: sets.intersects(list, list))");
    CHECK_STR(err_of("sets.contains(system.name, ['a'])"),
              "no matching overload for 'sets.contains': expected two lists, got string");
    CHECK_STR(err_of("sets.contains([1], ['a'])"),
              "no matching overload for 'sets.contains' applied to (list(number), list(string))");
    CHECK_STR(err_of("has(system.nme)"), "unknown field 'system.nme' (did you mean 'system.name'?)");
    CHECK_STR(err_of("has(1)"), "has() needs a field path such as has(system.model.open_weights)");
    CHECK_STR(err_of("date(system.name)"), "date() needs a string literal such as date(\"2025-08-02\")");
    CHECK_STR(err_of("date('2025-02-30')"),
              "invalid date '2025-02-30' (expected a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31)");
    CHECK(ERROFF == 5 && ERRLEN == 12);
    CHECK_STR(err_of("size(1)"), "no matching overload for 'size': expected a list or a string, got number");
    CHECK_STR(err_of("system.purposes.size()"),
              "method calls are not supported: write a function call such as size(system.x) or has(system.x)");

    /* CEL's "no matching overload" cases. */
    CHECK_STR(err_of("!0"), "no matching overload for '!' applied to (number)");
    CHECK(ERROFF == 0);
    CHECK_STR(err_of("'less filling' && 'tastes great'"),
              "no matching overload for '&&': operands must be bool, got string");
    CHECK_STR(err_of("true || 1"), "no matching overload for '||': operands must be bool, got number");
    CHECK(ERROFF == 8);
    CHECK_STR(err_of("[0] < [1]"), "no matching overload for '<' applied to (list(number), list(number))");
    CHECK(ERROFF == 4 && ERRLEN == 1);
    CHECK_STR(err_of("'foo' < 1024"), "no matching overload for '<' applied to (string, number)");
    CHECK(ERROFF == 6);
    CHECK_STR(err_of("1 == 'a'"), "no matching overload for '==' applied to (number, string)");
    CHECK_STR(err_of("[1] == ['a']"), "no matching overload for '==' applied to (list(number), list(string))");
    CHECK_STR(err_of("[1, 'dos', 3] == [1, 2, 4]"), "OK");
    CHECK_STR(err_of("1 in 2"), "no matching overload for 'in': the right side must be a list, got number");
    CHECK_STR(err_of("'a' in [1, 2]"), "no matching overload for 'in' applied to (string, list(number))");
    CHECK_STR(err_of("'a' in [1, 'b']"), "OK");
    CHECK_STR(err_of("system.model.training_compute_flop > 'x'"),
              "no matching overload for '>': system.model.training_compute_flop is a number but 'x' is a string");
    CHECK(ERROFF == 37 && ERRLEN == 3);
    CHECK_STR(err_of("system.placed_on_market >= '2025-08-02'"),
              "no matching overload for '>=': system.placed_on_market is a date but '2025-08-02' is a string; "
              "write dates as date(\"YYYY-MM-DD\")");
    CHECK_STR(err_of("system.placed_on_market >= date('2025-08-02')"), "OK");
    CHECK_STR(err_of("'DE' == EU_MEMBERS"),
              "no matching overload for '==': EU_MEMBERS is a list(string) but 'DE' is a string");
    CHECK_STR(err_of("[system.name] in [['a']]"), "a list literal that reads fields cannot be the left side of 'in'");
    CHECK_STR(err_of("[[system.name]] == [['a']]"),
              "a list inside a list literal must be constant (no fields in nested lists)");
    CHECK_STR(err_of("[system.name]"),
              "a list literal that reads fields can only be used with in, ==, !=, size() or sets.* functions");

    /* Syntax. */
    CHECK_STR(err_of(""), "empty expression");
    CHECK_STR(err_of("   "), "empty expression");
    CHECK_STR(err_of("1 = 1"), "unexpected '='; did you mean '=='?");
    CHECK(ERROFF == 2);
    CHECK_STR(err_of("(1 == 1"), "unexpected end of expression; expected ')'");
    CHECK(ERROFF == 7);
    CHECK_STR(err_of("1 == 1)"),
              "unexpected ')'; expected an operator (&& || ! == != < <= > >= in) or the end of the expression");
    CHECK_STR(err_of("[1, 2"), "unexpected end of expression; expected ',' or ']' in a list");
    CHECK_STR(err_of("1 -1"), "unexpected '-': there is no arithmetic (subtraction) in conditions");
    CHECK(ERROFF == 2);
    CHECK_STR(err_of("true and false"), "unexpected identifier 'and'; did you mean '&&'?");
    CHECK_STR(err_of("true or false"), "unexpected identifier 'or'; did you mean '||'?");
    CHECK_STR(err_of("not true"), "unexpected identifier 'not'; did you mean '!'?");
    CHECK_STR(err_of("system.name == null"),
              "null is not supported: a missing field is unknown; test for it with has(system.x)");
    CHECK_STR(err_of("system"), "'system' needs a field path, such as system.purposes");
    CHECK_STR(err_of("system.purposes[0]"), "unexpected '[': indexing is not supported");
    CHECK_STR(err_of("EU_MEMBERS.x"),
              "unexpected '.': only system fields (system.a.b) and sets.* functions have members");
    CHECK_STR(err_of("== 1"),
              "unexpected '=='; expected a value (number, string, true, false, list, system field, named set or function call)");
    CHECK_STR(err_of("1 == \xff"), "invalid UTF-8 (byte 0xFF)");
    CHECK(ERROFF == 5);
    CHECK_STR(err_of("'caf\xc3\xa9' == 'caf\xc3'"), "invalid UTF-8 (byte 0xC3)");
}

/* ---- Limits --------------------------------------------------------------------------------- */

static char *repeat_wrap(const char *open, const char *mid, const char *close, int n) {
    size_t lo = strlen(open), lm = strlen(mid), lc = strlen(close);
    char *s = malloc(n * (lo + lc) + lm + 1), *q = s;
    for (int i = 0; i < n; i++) { memcpy(q, open, lo); q += lo; }
    memcpy(q, mid, lm); q += lm;
    for (int i = 0; i < n; i++) { memcpy(q, close, lc); q += lc; }
    *q = '\0';
    return s;
}

static char *join(const char *item, const char *sep, int n, const char *pre, const char *post) {
    size_t li = strlen(item), ls = strlen(sep);
    char *s = malloc(strlen(pre) + n * (li + ls) + strlen(post) + 1), *q = s;
    q += sprintf(q, "%s", pre);
    for (int i = 0; i < n; i++) {
        if (i) { memcpy(q, sep, ls); q += ls; }
        memcpy(q, item, li); q += li;
    }
    q += sprintf(q, "%s", post);
    return s;
}

static void test_limits(void) {
    char *s;
    /* CEL's minimums. */
    s = repeat_wrap("(", "7", ")", 32); CHECK(ev(s) == 'v' && LAST_VAL.u.num == 7); free(s);
    s = repeat_wrap("!", "true", "", 32); CHECK(ev(s) == 't'); free(s);
    s = join("false", " || ", 33, "", " || true"); CHECK(ev(s) == 't'); free(s);
    s = join("true", " && ", 33, "", " && false"); CHECK(ev(s) == 'f'); free(s);
    s = repeat_wrap("[", "0", "]", 12); CHECK(ev(s) == 'v'); free(s);

    /* Depth: at the limit and one beyond. */
    s = repeat_wrap("(", "1", ")", AG_MAX_EXPR_DEPTH); CHECK_STR(err_of(s), "OK"); free(s);
    s = repeat_wrap("(", "1", ")", AG_MAX_EXPR_DEPTH + 1);
    CHECK_STR(err_of(s), "expression nests deeper than 96 levels (limit AG_MAX_EXPR_DEPTH)");
    CHECK(ERROFF == AG_MAX_EXPR_DEPTH);
    free(s);
    s = repeat_wrap("[", "1", "]", AG_MAX_EXPR_DEPTH); CHECK_STR(err_of(s), "OK"); free(s);
    s = repeat_wrap("[", "1", "]", AG_MAX_EXPR_DEPTH + 1);
    CHECK_STR(err_of(s), "expression nests deeper than 96 levels (limit AG_MAX_EXPR_DEPTH)"); free(s);
    s = repeat_wrap("!", "true", "", AG_MAX_EXPR_DEPTH - 1); CHECK(ev(s) == 'f'); free(s);
    s = repeat_wrap("!", "true", "", AG_MAX_EXPR_DEPTH + 1);
    CHECK_STR(err_of(s), "expression nests deeper than 96 levels (limit AG_MAX_EXPR_DEPTH)"); free(s);
    s = repeat_wrap("size(", "'x'", ") == 1", AG_MAX_EXPR_DEPTH + 1);
    CHECK_STR(err_of(s), "expression nests deeper than 96 levels (limit AG_MAX_EXPR_DEPTH)"); free(s);
    /* A left-deep chain of relations nests without parentheses. */
    s = join("true", " == ", AG_MAX_EXPR_DEPTH - 1, "", ""); CHECK(ev(s) == 't'); free(s);
    s = join("true", " == ", AG_MAX_EXPR_DEPTH + 2, "", "");
    CHECK_STR(err_of(s), "expression nests deeper than 96 levels (limit AG_MAX_EXPR_DEPTH)"); free(s);
    /* Deep nesting of parentheses and '!' together, far past the limit: an error, not a crash. */
    s = repeat_wrap("(!", "true", ")", 5000);
    CHECK(strstr(err_of(s), "AG_MAX_EXPR_DEPTH") != NULL); free(s);

    /* Bytes. */
    s = malloc(AG_MAX_EXPR_BYTES + 2);
    memset(s, 'x', AG_MAX_EXPR_BYTES + 1);
    s[0] = '\'';
    s[AG_MAX_EXPR_BYTES - 1] = '\'';
    s[AG_MAX_EXPR_BYTES] = '\0';
    CHECK(ev(s) == 'v' && LAST_VAL.n == AG_MAX_EXPR_BYTES - 2);
    s[AG_MAX_EXPR_BYTES - 1] = 'x';
    s[AG_MAX_EXPR_BYTES] = '\'';
    s[AG_MAX_EXPR_BYTES + 1] = '\0';
    CHECK_STR(err_of(s), "expression is longer than 16384 bytes (limit AG_MAX_EXPR_BYTES)");
    free(s);

    /* Nodes: k terms "1==1" make 3k + 1 nodes. */
    s = join("1==1", "||", (AG_MAX_EXPR_NODES - 1) / 3, "", "");
    CHECK_STR(err_of(s), "OK"); free(s);
    s = join("1==1", "||", (AG_MAX_EXPR_NODES - 1) / 3 + 1, "", "");
    CHECK_STR(err_of(s), "expression has more than 4096 nodes (limit AG_MAX_EXPR_NODES)"); free(s);

    /* List items. */
    s = join("1", ",", AG_MAX_LIST_ITEMS, "size([", "])");
    CHECK(ev(s) == 'v' && LAST_VAL.u.num == AG_MAX_LIST_ITEMS); free(s);
    s = join("1", ",", AG_MAX_LIST_ITEMS + 1, "size([", "])");
    CHECK_STR(err_of(s), "list literal has more than 4096 items (limit AG_MAX_LIST_ITEMS)"); free(s);
}

/* ---- Evaluation -------------------------------------------------------------------------------- */

static void test_literals(void) {
    reset_facts();
    CHECK_STR(eval_fmt("1e25"), "1e25");
    CHECK_STR(eval_fmt("-2.3e+1"), "-23");
    CHECK_STR(eval_fmt("42"), "42");
    CHECK_STR(eval_fmt(".5"), "0.5");
    CHECK_STR(eval_fmt("0.1"), "0.1");
    CHECK_STR(eval_fmt("'it\\'s'"), "'it\\'s'");
    CHECK_STR(eval_fmt("\"a\\nb\""), "'a\\nb'");
    CHECK_STR(eval_fmt("[17, 'pancakes', [true], []]"), "[17, 'pancakes', [true], []]");
    CHECK_STR(eval_fmt("date('2025-08-02')"), "date('2025-08-02')");
    CHECK_STR(eval_fmt("system.name"), "unknown");
    CHECK(ev("-0.0 < 0.0") == 'f' && ev("-0.0 == 0.0") == 't' && ev("-0.0 <= 0.0") == 't');
    CHECK(ev("1.0 == 1e0") == 't' && strcmp(err_of("0.1 + 0.2 == 0.3"), "OK") != 0);
    CHECK(ev("'a' < 'b'") == 't' && ev("'a' < '\xce\xb1'") == 't' && ev("'abc' < 'abcd'") == 't' &&
          ev("'Abc' < 'aBC'") == 't' && ev("'' < ''") == 'f');
    CHECK(ev("false < true") == 't' && ev("true <= true") == 't' && ev("true > false") == 't');
    CHECK(ev("date('2025-08-02') < date('2025-08-03')") == 't' && ev("date('2025-08-02') == date('2025-08-02')") == 't');
    CHECK(ev("[1, 'dos', 3] == [1, 2, 4]") == 'f' && ev("[[]] != [[]]") == 'f' && ev("[1, [2]] == [1, [2]]") == 't');
    CHECK(ev("'elem' in [1, 'elem', 2]") == 't' && ev("7 in []") == 'f');
    CHECK_STR(eval_fmt("size('\xcf\x80\xce\xad\xce\xbd\xcf\x84\xce\xb5')"), "5");
    CHECK_STR(eval_fmt("size([1, [2, 3]])"), "2");

    /* Rendering. */
    char buf[16];
    ag_value v = str_v("a long string that does not fit");
    ag_value_format(&v, buf, sizeof buf);
    CHECK_STR(buf, "'a long stri...");
    ag_value u = str_v("\xce\xb1\xce\xb1\xce\xb1\xce\xb1\xce\xb1\xce\xb1\xce\xb1\xce\xb1");
    ag_value_format(&u, buf, sizeof buf);
    CHECK_STR(buf, "'\xce\xb1\xce\xb1\xce\xb1\xce\xb1\xce\xb1...");
    ag_value_format(&v, buf, 1);
    CHECK_STR(buf, "");
    ag_value n = num_v(2e9);
    ag_value_format(&n, buf, sizeof buf);
    CHECK_STR(buf, "2000000000");
    ag_value b = list_v(0, "x", NULL, NULL);
    ag_value_format(&b, buf, sizeof buf);
    CHECK_STR(buf, "['x']");
    ag_value c = list_v(1, "x", NULL, NULL);
    CHECK(ag_value_equal(&b, &c) && !ag_value_equal(&b, &v));
    ag_value one = num_v(1), t = bool_v(true);
    CHECK(!ag_value_equal(&one, &t));
}

static char tv(int k) { return k == 0 ? 'f' : k == 1 ? 't' : 'u'; }
static ag_value tval(int k) { return k == 2 ? unk_v() : bool_v(k == 1); }

static void test_truth_tables(void) {
    /* Kleene tables, commutative: rows/cols f, t, u. */
    static const char AND[3][3] = {{'f', 'f', 'f'}, {'f', 't', 'u'}, {'f', 'u', 'u'}};
    static const char OR[3][3] = {{'f', 't', 'u'}, {'t', 't', 't'}, {'u', 't', 'u'}};
    for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
            reset_facts();
            SLOTS[S_GP] = tval(a);
            SLOTS[S_PUBLIC] = tval(b);
            char r = ev("system.model.general_purpose && system.users.public");
            CHECK(r == AND[a][b]);
            if (r != AND[a][b]) fprintf(stderr, "  AND %c %c -> %c\n", tv(a), tv(b), r);
            /* Deciding: the unknown operands, unless a false operand decides. */
            CHECK(dec_is(a == 2 && b != 0 ? S_GP : -1, b == 2 && a != 0 ? S_PUBLIC : -1));
            r = ev("system.model.general_purpose || system.users.public");
            CHECK(r == OR[a][b]);
            if (r != OR[a][b]) fprintf(stderr, "  OR %c %c -> %c\n", tv(a), tv(b), r);
            CHECK(dec_is(a == 2 && b != 1 ? S_GP : -1, b == 2 && a != 1 ? S_PUBLIC : -1));
        }
        reset_facts();
        SLOTS[S_GP] = tval(a);
        char r = ev("!system.model.general_purpose");
        CHECK(r == (a == 0 ? 't' : a == 1 ? 'f' : 'u'));
        CHECK(dec_is(a == 2 ? S_GP : -1, -1));
    }
    /* Literal forms of the commutative rule. */
    reset_facts();
    CHECK(ev("false && system.model.general_purpose") == 'f' && dec_is(-1, -1));
    CHECK(ev("system.model.general_purpose && false") == 'f' && dec_is(-1, -1));
    CHECK(ev("true || system.model.general_purpose") == 't' && dec_is(-1, -1));
    CHECK(ev("system.model.general_purpose || true") == 't' && dec_is(-1, -1));
    CHECK(ev("true && system.model.general_purpose") == 'u' && dec_is(S_GP, -1));
    CHECK(ev("!!system.model.general_purpose") == 'u' && dec_is(S_GP, -1));
    /* Fields under a false conjunct are not deciding, even when the whole is unknown. */
    CHECK(ev("(false && system.users.public) || system.model.general_purpose") == 'u' && dec_is(S_GP, -1));
    CHECK(ev("(system.users.public || true) && system.model.general_purpose") == 'u' && dec_is(S_GP, -1));
    CHECK(ev("system.users.public && system.model.general_purpose && system.users.public") == 'u' &&
          dec_is(S_GP, S_PUBLIC));
}

static void test_unknowns(void) {
    reset_facts();
    /* Every other operator over an unknown operand is unknown. */
    const char *unk[] = {
        "system.model.training_compute_flop > 1e25", "1e25 <= system.model.training_compute_flop",
        "system.name == 'x'", "system.name != 'x'", "system.name < 'x'",
        "'cv_screening' in system.purposes", "system.role in ['provider', 'deployer']",
        "sets.intersects(system.markets, EU_MEMBERS)", "sets.contains(EU_MEMBERS, system.markets)",
        "size(system.purposes) > 0", "size(system.name) == 0", "system.purposes == []",
        "system.placed_on_market >= date('2025-08-02')", "system.role in [system.name, 'provider']",
        "'x' in [system.name]", "size([system.name, 'y']) == 2", "[system.name] == ['x']",
    };
    for (size_t i = 0; i < AG_ARRAY_LEN(unk); i++) {
        char r = ev(unk[i]);
        CHECK(r == 'u');
        CHECK(!ag_slotset_empty(&LAST_DEC));
        if (r != 'u') fprintf(stderr, "  expected unknown: %s -> %c\n", unk[i], r);
    }
    CHECK(ev("system.model.training_compute_flop > 1e25") == 'u' && dec_is(S_FLOP, -1));
    CHECK(ev("system.name == system.role") == 'u' && dec_is(S_NAME, S_ROLE));
    CHECK(ev("has(system.name)") == 'f' && dec_is(-1, -1));
    CHECK(ev("!has(system.name) || system.name == 'x'") == 't' && dec_is(-1, -1));
    CHECK(ev("has(system.name) && system.name == 'x'") == 'f' && dec_is(-1, -1));

    /* Now known. */
    SLOTS[S_FLOP] = num_v(1e26);
    SLOTS[S_GP] = bool_v(true);
    SLOTS[S_PURPOSES] = list_v(0, "cv_screening", "military", NULL);
    SLOTS[S_MARKETS] = list_v(1, "US", "DE", NULL);
    SLOTS[S_NAME] = str_v("Acme \xcf\x80");
    int32_t d;
    ag_date_parse("2025-09-01", 10, &d);
    SLOTS[S_PLACED].kind = AG_V_DATE;
    SLOTS[S_PLACED].u.date = d;
    SLOTS[S_ROLE] = str_v("provider");
    CHECK(ev("system.model.general_purpose && system.model.training_compute_flop > 1e25") == 't');
    CHECK(ev("system.model.training_compute_flop >= 1e27") == 'f');
    CHECK(ev("'cv_screening' in system.purposes") == 't' && ev("'social_scoring' in system.purposes") == 'f');
    CHECK(ev("sets.intersects(system.markets, EU_MEMBERS)") == 't');
    CHECK(ev("sets.intersects(system.markets, ['FR'])") == 'f');
    CHECK(ev("sets.contains(['military', 'defence', 'cv_screening'], system.purposes)") == 't');
    CHECK(ev("sets.contains(['military', 'defence'], system.purposes)") == 'f');
    CHECK(ev("sets.contains(system.purposes, [])") == 't' && ev("sets.intersects([], system.purposes)") == 'f');
    CHECK(ev("size(system.purposes) == 2") == 't' && ev("size(system.name) == 6") == 't');
    CHECK(ev("has(system.name)") == 't');
    CHECK(ev("system.placed_on_market >= date('2025-08-02')") == 't');
    CHECK(ev("system.placed_on_market < date('2025-09-01')") == 'f');
    CHECK(ev("system.role in ['provider', 'deployer']") == 't' && ev("system.role == 'deployer'") == 'f');
    CHECK(ev("system.role in [system.name, 'provider']") == 't');
    CHECK(ev("system.role in [system.name, 'deployer']") == 'f');
    CHECK(ev("[system.role, 'x'] == ['provider', 'x']") == 't' && ev("[system.role] != ['provider']") == 'f');
    CHECK(ev("size([system.role, 'x', 1]) == 3") == 't');
    CHECK(ev("sets.intersects([system.role], ['deployer', 'provider'])") == 't');
    CHECK(ev("system.purposes == ['cv_screening', 'military']") == 't');
    CHECK(ev("system.purposes == ['military', 'cv_screening']") == 'f');
    CHECK(ev("'DE' in EU_MEMBERS") == 't' && ev("'US' in EU_MEMBERS") == 'f');
    CHECK(dec_is(-1, -1));
    /* A named set the facts do not supply is unknown, with no field to blame. */
    FACTS.nconsts = 0;
    CHECK(ev("'DE' in EU_MEMBERS") == 'u' && dec_is(-1, -1));
    FACTS.nconsts = 1;
}

static void test_trace(void) {
    reset_facts();
    ag_expr *e = compile("false && system.name == 'x'");
    if (!e) return;
    ag_trace_node *tr = NULL;
    ag_value r;
    ag_slotset dec;
    memset(&dec, 0, sizeof dec);
    int n = ag_cel_trace(e, &FACTS, &A, &tr, &r, &dec);
    CHECK(n == 5);
    if (n != 5) return;
    /* Pre-order, every child evaluated despite the short circuit. */
    CHECK(tr[0].op == AG_OP_AND && tr[0].depth == 0 && tr[0].value.kind == AG_V_BOOL && !tr[0].value.u.b);
    CHECK(tr[1].op == AG_OP_CONST && tr[1].depth == 1 && tr[1].offset == 0 && tr[1].len == 5);
    CHECK(tr[2].op == AG_OP_EQ && tr[2].depth == 1 && tr[2].value.kind == AG_V_UNKNOWN);
    CHECK(tr[3].op == AG_OP_FIELD && tr[3].depth == 2 && tr[3].slot == S_NAME && tr[3].offset == 9);
    CHECK(tr[4].op == AG_OP_CONST && tr[4].value.kind == AG_V_STR && tr[4].konst == -1);
    CHECK(r.kind == AG_V_BOOL && !r.u.b && ag_slotset_empty(&dec));

    SLOTS[S_NAME] = str_v("n");
    e = compile("system.role in [system.name, 'provider']");
    SLOTS[S_ROLE] = str_v("n");
    n = e ? ag_cel_trace(e, &FACTS, &A, &tr, &r, NULL) : 0;
    CHECK(n == 5 && tr[2].op == AG_OP_LIST && tr[2].value.kind == AG_V_LIST && tr[2].value.n == 2);
    CHECK(r.kind == AG_V_BOOL && r.u.b);
}

/* Eval and trace agree, and deciding sets are sound, over every combination of facts. */
static void test_agreement(void) {
    static const char *exprs[] = {
        "system.model.general_purpose && system.model.training_compute_flop > 1e25",
        "system.model.general_purpose || system.users.public || system.model.training_compute_flop < 5",
        "!(system.model.general_purpose && !system.users.public) || 'military' in system.purposes",
        "(system.users.public || system.name == 'a') && (system.model.general_purpose || !has(system.name))",
        "sets.intersects(system.purposes, ['military', 'defence']) && system.users.public",
        "sets.contains(['military', 'cv_screening'], system.purposes) || system.model.training_compute_flop >= 10",
        "size(system.purposes) == 1 && system.name != 'b'",
        "system.name in ['a', 'b'] || system.model.general_purpose == system.users.public",
        "system.name in [system.name, 'c'] && system.users.public",
        "[system.name, 'a'] == ['a', system.name] || !system.model.general_purpose",
        "(system.model.general_purpose && system.users.public) == (system.model.training_compute_flop > 1)",
        "!(!(system.model.general_purpose || system.name < 'b') && system.users.public)",
        "has(system.purposes) && !has(system.model.training_compute_flop) || system.users.public",
        "system.purposes == ['military'] || size(system.name) > 0 && system.users.public",
        "false || system.model.general_purpose && true || system.users.public && false",
    };
    static const int slots[] = {S_GP, S_PUBLIC, S_FLOP, S_PURPOSES, S_NAME};
    enum { K = 5, N = 243 };
    static ag_value vals[5][3];
    vals[0][1] = bool_v(false); vals[0][2] = bool_v(true);
    vals[1][1] = bool_v(false); vals[1][2] = bool_v(true);
    vals[2][1] = num_v(0); vals[2][2] = num_v(1e26);
    vals[3][1] = list_v(2, "military", NULL, NULL); vals[3][2] = list_v(3, "cv_screening", "social_scoring", NULL);
    vals[4][1] = str_v("a"); vals[4][2] = str_v("");
    for (int k = 0; k < K; k++) vals[k][0] = unk_v();
    int mismatches = 0, unsound = 0;
    for (size_t x = 0; x < AG_ARRAY_LEN(exprs); x++) {
        ag_expr *e = compile(exprs[x]);
        CHECK(e != NULL);
        if (!e) continue;
        static char res[N];
        static ag_slotset decs[N];
        for (int c = 0; c < N; c++) {
            reset_facts();
            for (int k = 0, q = c; k < K; k++, q /= 3) SLOTS[slots[k]] = vals[k][q % 3];
            memset(&decs[c], 0, sizeof decs[c]);
            ag_value v = ag_cel_eval(e, &FACTS, &decs[c]);
            ag_value tv2;
            ag_slotset tdec;
            memset(&tdec, 0, sizeof tdec);
            ag_trace_node *tr;
            int n = ag_cel_trace(e, &FACTS, &A, &tr, &tv2, &tdec);
            if (n != (int)e->nnodes || v.kind != tv2.kind || (v.kind && !ag_value_equal(&v, &tv2)) ||
                memcmp(&tdec, &decs[c], sizeof tdec) != 0)
                mismatches++;
            res[c] = v.kind == AG_V_UNKNOWN ? 'u' : v.u.b ? 't' : 'f';
            /* Deciding is empty exactly when the result is known (every named set is given). */
            if ((res[c] == 'u') == ag_slotset_empty(&decs[c])) unsound++;
            /* A trace of a bool condition has a bool or unknown at every bool node. */
            if (n > 0 && tr[0].value.kind != v.kind) mismatches++;
        }
        /* Soundness: filling unknowns never changes a known result, and filling only
         * non-deciding unknowns never resolves an unknown one. has() is exempt by design: it
         * is never unknown, so learning a field can flip it. */
        int before = unsound;
        for (int a = 0; a < N && !strstr(exprs[x], "has("); a++) {
            for (int b = 0; b < N; b++) {
                bool extends = true, only_nondeciding = true;
                for (int k = 0, qa = a, qb = b; k < K; k++, qa /= 3, qb /= 3) {
                    if (qa % 3 != 0 && qa % 3 != qb % 3) extends = false;
                    if (qa % 3 == 0 && qb % 3 != 0 && ag_slotset_has(&decs[a], slots[k])) only_nondeciding = false;
                }
                if (!extends) continue;
                if (res[a] != 'u' && res[b] != res[a]) unsound++;
                if (res[a] == 'u' && only_nondeciding && res[b] != 'u') unsound++;
            }
        }
        if (unsound != before) fprintf(stderr, "  unsound: %s\n", exprs[x]);
    }
    CHECK(mismatches == 0);
    CHECK(unsound == 0);
    if (mismatches || unsound) fprintf(stderr, "  agreement: %d mismatches, %d unsound\n", mismatches, unsound);
}

int main(void) {
    ag_arena_init(&A);
    reset_facts();
    test_lexer();
    test_parse_shapes();
    test_errors();
    test_limits();
    test_literals();
    test_truth_tables();
    test_unknowns();
    test_trace();
    test_agreement();
    ag_arena_free(&A);
    TEST_MAIN_END();
}
