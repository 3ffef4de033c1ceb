/* cel_parse.c — the condition language's parser, type checker and compiler: tokens ->
 * typed nodes -> the flat ag_expr that cel_eval.c runs.
 *
 * Owns: precedence (|| < && < relations and `in` < ! < primary), name resolution through
 * ag_cel_env (fields, named sets, vocabulary terms), the typing rules (CEL's "no matching
 * overload"), constant folding of list literals, and the limits AG_MAX_EXPR_BYTES,
 * AG_MAX_EXPR_DEPTH, AG_MAX_EXPR_NODES and AG_MAX_LIST_ITEMS.
 * Must not: evaluate anything against a profile, print, or recurse deeper than the
 * nesting limit (every recursive step here is counted against AG_MAX_EXPR_DEPTH).
 *
 * Nodes are built bottom-up and type-checked as they are built, so an error points at the
 * first construct that cannot be typed. Working storage is on the heap and freed before
 * returning; only the finished expression goes into the caller's arena. */
#include "lang/cel.h"

#include <stdio.h>
#include <stdlib.h>

#define NONE UINT32_MAX

/* A node under construction: the final node plus what only the compiler needs. */
typedef struct pnode {
    ag_cel_node n;
    uint32_t depth;   /* height of the subtree (1 for a leaf) */
    uint32_t spans;   /* folded list literal: index of its items' source spans in p->spans */
    uint32_t newidx;  /* index in the emitted expression */
    bool literal_str; /* a CONST string written as a literal (date() accepts only these) */
} pnode;

typedef struct parser {
    ag_arena *a;
    const ag_cel_env *env;
    ag_cel_error *err;
    bool failed;
    ag_cel_lexer lx;
    ag_cel_token tok;
    const char *src;
    pnode *nodes;
    uint32_t nnodes, ncap;
    uint32_t *kids;
    uint32_t nkids, kcap;
    uint32_t *spans; /* (offset, len) pairs */
    uint32_t nspans, scap;
    int nest;        /* current syntactic nesting: parens, lists, calls, '!' */
    char *pathbuf;   /* scratch for joining field paths; src_len + 1 bytes */
} parser;

/* ---- Errors ------------------------------------------------------------------------ */

static uint32_t fail(parser *p, size_t off, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static uint32_t fail(parser *p, size_t off, size_t len, const char *fmt, ...) {
    if (!p->failed) {
        va_list ap;
        va_start(ap, fmt);
        p->err->offset = off;
        p->err->len = len ? len : 1;
        vsnprintf(p->err->msg, sizeof p->err->msg, fmt, ap);
        va_end(ap);
        p->failed = true;
    }
    return NONE;
}

static uint32_t nomem(parser *p) { return fail(p, 0, 0, "out of memory"); }

static const char *type_name(ag_ctype t, char *buf, size_t cap) {
    static const char *const names[] = {"bool", "number", "string", "date", "list", "dyn"};
    const char *k = t.kind <= AG_T_DYN ? names[t.kind] : "?";
    if (t.kind == AG_T_LIST && t.elem != AG_T_DYN && t.elem <= AG_T_DYN)
        snprintf(buf, cap, "list(%s)", names[t.elem]);
    else
        snprintf(buf, cap, "%s", k);
    return buf;
}

/* ---- Node construction -------------------------------------------------------------- */

static bool grow(void **items, uint32_t *cap, uint32_t need, size_t size) {
    if (need <= *cap) return true;
    uint32_t ncap = *cap ? *cap : 16;
    while (ncap < need) ncap *= 2;
    void *q = realloc(*items, (size_t)ncap * size);
    if (!q) return false;
    *items = q;
    *cap = ncap;
    return true;
}

static ag_ctype ctype(uint8_t kind, uint8_t elem, int vocab) {
    ag_ctype t = {kind, elem, (int16_t)vocab};
    return t;
}

static uint32_t new_node(parser *p, uint8_t op, ag_ctype type, size_t off, size_t len) {
    if (!grow((void **)&p->nodes, &p->ncap, p->nnodes + 1, sizeof(pnode))) return nomem(p);
    pnode *n = &p->nodes[p->nnodes];
    memset(n, 0, sizeof *n);
    n->n.op = op;
    n->n.type = type;
    n->n.offset = (uint32_t)off;
    n->n.len = (uint32_t)len;
    n->n.slot = -1;
    n->n.konst = -1;
    n->depth = 1;
    n->spans = NONE;
    return p->nnodes++;
}

/* Attaches kids (indices of built nodes) to node i and checks the depth of the result. */
static uint32_t set_kids(parser *p, uint32_t i, const uint32_t *kids, uint32_t n) {
    if (!grow((void **)&p->kids, &p->kcap, p->nkids + n, sizeof(uint32_t))) return nomem(p);
    uint32_t depth = 0;
    for (uint32_t k = 0; k < n; k++) {
        p->kids[p->nkids + k] = kids[k];
        if (p->nodes[kids[k]].depth > depth) depth = p->nodes[kids[k]].depth;
    }
    p->nodes[i].n.kid0 = p->nkids;
    p->nodes[i].n.nkids = n;
    p->nkids += n;
    p->nodes[i].depth = depth + 1;
    if (depth + 1 > AG_MAX_EXPR_DEPTH)
        return fail(p, p->nodes[i].n.offset, p->nodes[i].n.len,
                    "expression nests deeper than %d levels (limit AG_MAX_EXPR_DEPTH)",
                    AG_MAX_EXPR_DEPTH);
    return i;
}

static uint32_t kid(const parser *p, uint32_t i, uint32_t k) { return p->kids[p->nodes[i].n.kid0 + k]; }

static uint32_t span_end(const parser *p, uint32_t i) { return p->nodes[i].n.offset + p->nodes[i].n.len; }

/* ---- Tokens ------------------------------------------------------------------------- */

static bool advance(parser *p) {
    if (p->failed) return false;
    if (!ag_cel_lex_next(&p->lx, &p->tok, p->err)) {
        p->failed = true;
        return false;
    }
    return true;
}

static bool tok_is_ident(const parser *p, const char *s) {
    size_t n = strlen(s);
    return p->tok.kind == AG_TK_IDENT && p->tok.str_len == n && memcmp(p->tok.str, s, n) == 0;
}

static uint32_t unexpected(parser *p, const char *expected) {
    char what[80];
    ag_cel_tok_describe(&p->lx, &p->tok, what, sizeof what);
    if (p->tok.kind == AG_TK_NUM && p->src[p->tok.offset] == '-')
        return fail(p, p->tok.offset, 1, "unexpected '-': there is no arithmetic (subtraction) in conditions");
    if (tok_is_ident(p, "and")) return fail(p, p->tok.offset, p->tok.len, "unexpected identifier 'and'; did you mean '&&'?");
    if (tok_is_ident(p, "or")) return fail(p, p->tok.offset, p->tok.len, "unexpected identifier 'or'; did you mean '||'?");
    if (p->tok.kind == AG_TK_LBRACKET && strstr(expected, "operator"))
        return fail(p, p->tok.offset, 1, "unexpected '[': indexing is not supported");
    if (p->tok.kind == AG_TK_DOT && strstr(expected, "operator"))
        return fail(p, p->tok.offset, 1,
                    "unexpected '.': only system fields (system.a.b) and sets.* functions have members");
    return fail(p, p->tok.offset, p->tok.len, "unexpected %s; expected %s", what, expected);
}

static bool expect(parser *p, uint8_t kind, const char *what) {
    if (p->failed) return false;
    if (p->tok.kind != kind) {
        unexpected(p, what);
        return false;
    }
    return advance(p);
}

/* Counts one level of syntactic nesting; the C recursion of this file is proportional. */
static bool nest_in(parser *p, size_t off, size_t len) {
    if (++p->nest > AG_MAX_EXPR_DEPTH) {
        fail(p, off, len, "expression nests deeper than %d levels (limit AG_MAX_EXPR_DEPTH)",
             AG_MAX_EXPR_DEPTH);
        return false;
    }
    return true;
}

/* ---- Vocabulary checks ----------------------------------------------------------------- */

static const char *vocab_name(const parser *p, int vocab) {
    const char *n = p->env && p->env->vocab_name ? p->env->vocab_name(p->env->ctx, vocab) : NULL;
    return n ? n : "vocabulary";
}

static bool check_term(parser *p, int vocab, const char *s, size_t len, uint32_t off, uint32_t slen) {
    if (!p->env || !p->env->term) return true;
    const char *suggest = NULL;
    if (p->env->term(p->env->ctx, vocab, s, len, &suggest)) return true;
    int n = len > 120 ? 120 : (int)len;
    if (suggest)
        fail(p, off, slen, "unknown %s term '%.*s' (did you mean '%s'?)", vocab_name(p, vocab), n, s, suggest);
    else
        fail(p, off, slen, "unknown %s term '%.*s'", vocab_name(p, vocab), n, s);
    return false;
}

/* The literal strings that node i contributes when compared with values of `vocab`:
 * a string literal, the string items of a folded list literal, or the string literal items
 * of a list literal with non-constant items. */
static bool check_vocab(parser *p, uint32_t i, int vocab) {
    if (vocab == AG_VOCAB_NONE) return true;
    const pnode *n = &p->nodes[i];
    if (n->n.op == AG_OP_CONST && n->n.v.kind == AG_V_STR)
        return check_term(p, vocab, n->n.v.u.str, n->n.v.n, n->n.offset, n->n.len);
    if (n->n.op == AG_OP_CONST && n->n.v.kind == AG_V_LIST && n->spans != NONE) {
        for (uint32_t k = 0; k < n->n.v.n; k++) {
            const ag_value *it = &n->n.v.u.items[k];
            if (it->kind != AG_V_STR) continue;
            if (!check_term(p, vocab, it->u.str, it->n, p->spans[n->spans + 2 * k],
                            p->spans[n->spans + 2 * k + 1]))
                return false;
        }
    }
    if (n->n.op == AG_OP_LIST) {
        for (uint32_t k = 0; k < n->n.nkids; k++) {
            const pnode *c = &p->nodes[kid(p, i, k)];
            if (c->n.op == AG_OP_CONST && c->n.v.kind == AG_V_STR &&
                !check_term(p, vocab, c->n.v.u.str, c->n.v.n, c->n.offset, c->n.len))
                return false;
        }
    }
    return true;
}

/* Checks the literals on each side against the vocabulary of the other side. */
static bool check_vocab_pair(parser *p, uint32_t a, uint32_t b) {
    return check_vocab(p, b, p->nodes[a].n.type.vocab) && check_vocab(p, a, p->nodes[b].n.type.vocab);
}

/* ---- Typing rules --------------------------------------------------------------------- */

static bool elem_compatible(uint8_t a, uint8_t b) { return a == b || a == AG_T_DYN || b == AG_T_DYN; }

static bool eq_compatible(ag_ctype a, ag_ctype b) {
    if (a.kind != b.kind) return false;
    return a.kind != AG_T_LIST || elem_compatible(a.elem, b.elem);
}

static bool is_named(const parser *p, uint32_t i) {
    uint8_t op = p->nodes[i].n.op;
    return op == AG_OP_FIELD || op == AG_OP_NAMED;
}

/* "no matching overload" with the operand types; when one side is a field or named set
 * the message names it, since that is usually what the author misremembered. */
static uint32_t overload_error(parser *p, const char *op, uint32_t opoff, uint32_t oplen, uint32_t a,
                               uint32_t b) {
    char ta[32], tb[32];
    type_name(p->nodes[a].n.type, ta, sizeof ta);
    type_name(p->nodes[b].n.type, tb, sizeof tb);
    if (is_named(p, a) != is_named(p, b)) {
        uint32_t f = is_named(p, a) ? a : b, o = f == a ? b : a;
        const pnode *fn = &p->nodes[f], *on = &p->nodes[o];
        char tf[32], to[32];
        type_name(fn->n.type, tf, sizeof tf);
        type_name(on->n.type, to, sizeof to);
        const char *hint = "";
        int32_t d;
        if (fn->n.type.kind == AG_T_DATE && on->n.op == AG_OP_CONST && on->n.v.kind == AG_V_STR &&
            ag_date_parse(on->n.v.u.str, on->n.v.n, &d))
            hint = "; write dates as date(\"YYYY-MM-DD\")";
        int ol = on->n.len > 60 ? 60 : (int)on->n.len;
        int fl = fn->n.len > 80 ? 80 : (int)fn->n.len;
        return fail(p, on->n.offset, on->n.len,
                    "no matching overload for '%s': %.*s is a %s but %.*s is a %s%s", op, fl,
                    p->src + fn->n.offset, tf, ol, p->src + on->n.offset, to, hint);
    }
    return fail(p, opoff, oplen, "no matching overload for '%s' applied to (%s, %s)", op, ta, tb);
}

static uint32_t make_binary(parser *p, uint8_t tk, uint32_t opoff, uint32_t oplen, uint32_t a, uint32_t b) {
    static const struct { uint8_t tk, op; const char *name; } ops[] = {
        {AG_TK_EQ, AG_OP_EQ, "=="}, {AG_TK_NE, AG_OP_NE, "!="}, {AG_TK_LT, AG_OP_LT, "<"},
        {AG_TK_LE, AG_OP_LE, "<="}, {AG_TK_GT, AG_OP_GT, ">"},  {AG_TK_GE, AG_OP_GE, ">="},
        {AG_TK_IN, AG_OP_IN, "in"},
    };
    uint8_t op = AG_OP_EQ;
    const char *name = "==";
    for (size_t k = 0; k < AG_ARRAY_LEN(ops); k++)
        if (ops[k].tk == tk) { op = ops[k].op; name = ops[k].name; }
    ag_ctype ta = p->nodes[a].n.type, tb = p->nodes[b].n.type;
    bool ok;
    switch (op) {
    case AG_OP_EQ: case AG_OP_NE:
        ok = eq_compatible(ta, tb);
        break;
    case AG_OP_IN:
        ok = tb.kind == AG_T_LIST && elem_compatible(ta.kind, tb.elem);
        if (!ok && tb.kind != AG_T_LIST) {
            char t[32];
            return fail(p, p->nodes[b].n.offset, p->nodes[b].n.len,
                        "no matching overload for 'in': the right side must be a list, got %s",
                        type_name(tb, t, sizeof t));
        }
        break;
    default:
        ok = ta.kind == tb.kind && ta.kind != AG_T_LIST;
        break;
    }
    if (!ok) return overload_error(p, name, opoff, oplen, a, b);
    if (op == AG_OP_IN) {
        /* 'x' in system.purposes checks 'x'; system.purpose in ['a', 'b'] checks the items. */
        if (!check_vocab(p, a, tb.vocab) || !check_vocab(p, b, ta.vocab)) return NONE;
    } else if (op == AG_OP_EQ || op == AG_OP_NE) {
        if (!check_vocab_pair(p, a, b)) return NONE;
    }
    /* A list literal with non-constant items is evaluated in place by the operator that
     * consumes it (so evaluation never allocates); as the needle of `in` it would have to be
     * materialised, so it is not allowed there. */
    if (op == AG_OP_IN && p->nodes[a].n.op == AG_OP_LIST)
        return fail(p, p->nodes[a].n.offset, p->nodes[a].n.len,
                    "a list literal that reads fields cannot be the left side of 'in'");
    uint32_t off = p->nodes[a].n.offset;
    uint32_t i = new_node(p, op, ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE), off, span_end(p, b) - off);
    if (i == NONE) return NONE;
    uint32_t k[2] = {a, b};
    return set_kids(p, i, k, 2);
}

/* ---- Grammar ------------------------------------------------------------------------- */

static uint32_t parse_expr(parser *p);

static uint32_t const_node(parser *p, ag_value v, uint8_t kind, size_t off, size_t len) {
    uint32_t i = new_node(p, AG_OP_CONST, ctype(kind, AG_T_DYN, AG_VOCAB_NONE), off, len);
    if (i != NONE) p->nodes[i].n.v = v;
    return i;
}

/* '[' items ']' — folded into one CONST when every item is constant. */
static uint32_t parse_list(parser *p) {
    uint32_t open = p->tok.offset;
    if (!nest_in(p, open, 1) || !advance(p)) return NONE;
    uint32_t *items = NULL, n = 0, cap = 0;
    uint32_t result = NONE;
    while (p->tok.kind != AG_TK_RBRACKET) {
        uint32_t it = parse_expr(p);
        if (it == NONE) goto done;
        if (n == AG_MAX_LIST_ITEMS) {
            fail(p, p->nodes[it].n.offset, p->nodes[it].n.len,
                 "list literal has more than %d items (limit AG_MAX_LIST_ITEMS)", AG_MAX_LIST_ITEMS);
            goto done;
        }
        if (!grow((void **)&items, &cap, n + 1, sizeof *items)) { nomem(p); goto done; }
        items[n++] = it;
        if (p->tok.kind == AG_TK_COMMA) {
            if (!advance(p)) goto done;
        } else if (p->tok.kind != AG_TK_RBRACKET) {
            unexpected(p, "',' or ']' in a list");
            goto done;
        }
    }
    uint32_t close_end = p->tok.offset + 1;
    if (!advance(p)) goto done;
    /* Element type: the common kind, or dyn when mixed or empty. */
    uint8_t elem = AG_T_DYN;
    bool all_const = true;
    for (uint32_t k = 0; k < n; k++) {
        const pnode *it = &p->nodes[items[k]];
        uint8_t ek = it->n.type.kind;
        elem = k == 0 ? ek : (elem == ek ? elem : AG_T_DYN);
        if (it->n.op != AG_OP_CONST) all_const = false;
    }
    ag_ctype t = ctype(AG_T_LIST, elem, AG_VOCAB_NONE);
    if (all_const) {
        ag_value v = {.kind = AG_V_LIST, .n = n};
        ag_value *vals = n ? AG_NEW(p->a, ag_value, n) : NULL;
        if (n && !vals) { nomem(p); goto done; }
        if (!grow((void **)&p->spans, &p->scap, p->nspans + 2 * n, sizeof(uint32_t))) { nomem(p); goto done; }
        uint32_t spans = p->nspans;
        for (uint32_t k = 0; k < n; k++) {
            vals[k] = p->nodes[items[k]].n.v;
            p->spans[p->nspans++] = p->nodes[items[k]].n.offset;
            p->spans[p->nspans++] = p->nodes[items[k]].n.len;
        }
        v.u.items = vals;
        /* The items are the most recent nodes (each constant parse yields exactly one
         * node); drop them so a long constant list costs one node, not one per item. */
        bool tail = n > 0;
        for (uint32_t k = 0; k < n && tail; k++) tail = items[k] == p->nnodes - n + k;
        if (tail) p->nnodes -= n;
        result = new_node(p, AG_OP_CONST, t, open, close_end - open);
        if (result != NONE) p->nodes[result].spans = spans;
        if (result != NONE) p->nodes[result].n.v = v;
    } else {
        for (uint32_t k = 0; k < n; k++) {
            const pnode *it = &p->nodes[items[k]];
            if (it->n.type.kind == AG_T_LIST && it->n.op != AG_OP_CONST) {
                fail(p, it->n.offset, it->n.len,
                     "a list inside a list literal must be constant (no fields in nested lists)");
                goto done;
            }
        }
        result = new_node(p, AG_OP_LIST, t, open, close_end - open);
        if (result != NONE) result = set_kids(p, result, items, n);
    }
done:
    free(items);
    p->nest--;
    return result;
}

/* Arguments of a call, after the '(' has been consumed; up to `max` are kept. */
static int parse_args(parser *p, uint32_t *args, int max) {
    int n = 0;
    while (p->tok.kind != AG_TK_RPAREN) {
        uint32_t a = parse_expr(p);
        if (a == NONE) return -1;
        if (n < max) args[n] = a;
        n++;
        if (p->tok.kind == AG_TK_COMMA) {
            if (!advance(p)) return -1;
        } else if (p->tok.kind != AG_TK_RPAREN) {
            unexpected(p, "',' or ')' after a function argument");
            return -1;
        }
    }
    return n;
}

static const char FUNCS[] = "date, has, size, sets.intersects, sets.contains";

/* A call name(args): `name` spans [noff, noff+nlen) and the current token is '('. */
static uint32_t parse_call(parser *p, const char *name, size_t nlen, uint32_t noff) {
    uint32_t lparen = p->tok.offset;
    enum { F_DATE, F_HAS, F_SIZE, F_INTERSECTS, F_CONTAINS, F_UNKNOWN } fn = F_UNKNOWN;
    static const char *const names[] = {"date", "has", "size", "sets.intersects", "sets.contains"};
    for (int k = 0; k < 5; k++)
        if (strlen(names[k]) == nlen && memcmp(names[k], name, nlen) == 0) fn = k;
    if (fn == F_UNKNOWN)
        return fail(p, noff, nlen, "unknown function '%.*s' (expected one of: %s)", (int)nlen, name, FUNCS);
    if (!nest_in(p, lparen, 1) || !advance(p)) return NONE;
    uint32_t args[2];
    uint32_t result = NONE;
    int n = parse_args(p, args, 2);
    if (n < 0) goto done;
    uint32_t end = p->tok.offset + 1;
    if (!advance(p)) goto done;
    int want = fn == F_INTERSECTS || fn == F_CONTAINS ? 2 : 1;
    static const char *const usage[] = {
        "date(\"YYYY-MM-DD\")", "has(system.field)", "size(list or string)",
        "sets.intersects(list, list)", "sets.contains(list, list)"};
    if (n != want) {
        fail(p, noff, end - noff, "%s() takes %d argument%s, got %d (usage: %s)", names[fn], want,
             want == 1 ? "" : "s", n, usage[fn]);
        goto done;
    }
    pnode *a0 = &p->nodes[args[0]];
    switch (fn) {
    case F_DATE: {
        int32_t d;
        if (a0->n.op != AG_OP_CONST || a0->n.v.kind != AG_V_STR || !a0->literal_str) {
            fail(p, a0->n.offset, a0->n.len, "date() needs a string literal such as date(\"2025-08-02\")");
            goto done;
        }
        if (!ag_date_parse(a0->n.v.u.str, a0->n.v.n, &d)) {
            fail(p, a0->n.offset, a0->n.len,
                 "invalid date '%.*s' (expected a calendar date YYYY-MM-DD between 0001-01-01 and 9999-12-31)",
                 a0->n.v.n > 40 ? 40 : (int)a0->n.v.n, a0->n.v.u.str);
            goto done;
        }
        /* Reuse the argument's node: a date constant is one node. */
        a0->n.v.kind = AG_V_DATE;
        a0->n.v.n = 0;
        a0->n.v.u.date = d;
        a0->n.type = ctype(AG_T_DATE, AG_T_DYN, AG_VOCAB_NONE);
        a0->n.offset = noff;
        a0->n.len = end - noff;
        a0->literal_str = false;
        result = args[0];
        break;
    }
    case F_HAS:
        if (a0->n.op != AG_OP_FIELD) {
            fail(p, a0->n.offset, a0->n.len, "has() needs a field path such as has(system.model.open_weights)");
            goto done;
        }
        a0->n.op = AG_OP_HAS;
        a0->n.type = ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE);
        a0->n.offset = noff;
        a0->n.len = end - noff;
        result = args[0];
        break;
    case F_SIZE: {
        uint8_t k = a0->n.type.kind;
        if (k != AG_T_LIST && k != AG_T_STR) {
            char t[32];
            fail(p, a0->n.offset, a0->n.len, "no matching overload for 'size': expected a list or a string, got %s",
                 type_name(a0->n.type, t, sizeof t));
            goto done;
        }
        result = new_node(p, AG_OP_SIZE, ctype(AG_T_NUM, AG_T_DYN, AG_VOCAB_NONE), noff, end - noff);
        if (result != NONE) result = set_kids(p, result, args, 1);
        break;
    }
    default: {
        ag_ctype t0 = a0->n.type, t1 = p->nodes[args[1]].n.type;
        if (t0.kind != AG_T_LIST || t1.kind != AG_T_LIST) {
            uint32_t bad = t0.kind != AG_T_LIST ? args[0] : args[1];
            char t[32];
            fail(p, p->nodes[bad].n.offset, p->nodes[bad].n.len,
                 "no matching overload for '%s': expected two lists, got %s", names[fn],
                 type_name(p->nodes[bad].n.type, t, sizeof t));
            goto done;
        }
        if (!elem_compatible(t0.elem, t1.elem)) {
            overload_error(p, names[fn], noff, (uint32_t)nlen, args[0], args[1]);
            goto done;
        }
        if (!check_vocab_pair(p, args[0], args[1])) goto done;
        result = new_node(p, fn == F_INTERSECTS ? AG_OP_INTERSECTS : AG_OP_CONTAINS,
                          ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE), noff, end - noff);
        if (result != NONE) result = set_kids(p, result, args, 2);
        break;
    }
    }
done:
    p->nest--;
    return result;
}

static bool is_upper_name(const char *s, size_t n) {
    if (!(s[0] >= 'A' && s[0] <= 'Z')) return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_')) return false;
    return true;
}

/* system.a.b... : joined without whitespace into p->pathbuf and resolved via env->field. */
static uint32_t parse_field(parser *p, uint32_t off) {
    size_t plen = 0;
    uint32_t end = p->tok.offset + p->tok.len;
    if (!advance(p)) return NONE;
    if (p->tok.kind != AG_TK_DOT)
        return fail(p, off, end - off, "'system' needs a field path, such as system.purposes");
    while (p->tok.kind == AG_TK_DOT) {
        if (!advance(p)) return NONE;
        if (p->tok.kind != AG_TK_IDENT) return unexpected(p, "a field name after '.'");
        if (plen) p->pathbuf[plen++] = '.';
        memcpy(p->pathbuf + plen, p->tok.str, p->tok.str_len);
        plen += p->tok.str_len;
        end = p->tok.offset + p->tok.len;
        if (!advance(p)) return NONE;
    }
    p->pathbuf[plen] = '\0';
    if (p->tok.kind == AG_TK_LPAREN)
        return fail(p, off, end - off,
                    "method calls are not supported: write a function call such as size(system.x) or "
                    "has(system.x)");
    ag_ctype t = ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE);
    int slot = p->env && p->env->field ? p->env->field(p->env->ctx, p->pathbuf, plen, &t) : -1;
    if (slot < 0 || slot >= AG_MAX_SLOTS) {
        const char *s = p->env && p->env->field_suggest ? p->env->field_suggest(p->env->ctx, p->pathbuf, plen) : NULL;
        int n = plen > 120 ? 120 : (int)plen;
        if (s) return fail(p, off, end - off, "unknown field 'system.%.*s' (did you mean 'system.%s'?)", n, p->pathbuf, s);
        return fail(p, off, end - off, "unknown field 'system.%.*s'", n, p->pathbuf);
    }
    uint32_t i = new_node(p, AG_OP_FIELD, t, off, end - off);
    if (i != NONE) p->nodes[i].n.slot = slot;
    return i;
}

static uint32_t parse_ident(parser *p) {
    const char *name = p->tok.str;
    size_t nlen = p->tok.str_len;
    uint32_t off = p->tok.offset;
    if (nlen == 6 && memcmp(name, "system", 6) == 0) return parse_field(p, off);
    if (!advance(p)) return NONE;
    if (p->tok.kind == AG_TK_LPAREN) return parse_call(p, name, nlen, off);
    if (nlen == 4 && memcmp(name, "sets", 4) == 0 && p->tok.kind == AG_TK_DOT) {
        if (!advance(p)) return NONE;
        if (p->tok.kind != AG_TK_IDENT) return unexpected(p, "a function name after 'sets.'");
        uint32_t end = p->tok.offset + p->tok.len;
        if (!advance(p)) return NONE;
        if (p->tok.kind != AG_TK_LPAREN) return unexpected(p, "'(' after a function name");
        return parse_call(p, p->src + off, end - off, off);
    }
    if (nlen == 4 && memcmp(name, "true", 4) == 0) {
        ag_value v = {.kind = AG_V_BOOL, .u.b = true};
        return const_node(p, v, AG_T_BOOL, off, nlen);
    }
    if (nlen == 5 && memcmp(name, "false", 5) == 0) {
        ag_value v = {.kind = AG_V_BOOL, .u.b = false};
        return const_node(p, v, AG_T_BOOL, off, nlen);
    }
    if (nlen == 4 && memcmp(name, "null", 4) == 0)
        return fail(p, off, nlen, "null is not supported: a missing field is unknown; test for it with has(system.x)");
    if (nlen == 3 && memcmp(name, "not", 3) == 0)
        return fail(p, off, nlen, "unexpected identifier 'not'; did you mean '!'?");
    if (is_upper_name(name, nlen)) {
        ag_ctype t = ctype(AG_T_LIST, AG_T_DYN, AG_VOCAB_NONE);
        int k = p->env && p->env->constant ? p->env->constant(p->env->ctx, name, nlen, &t) : -1;
        if (k < 0) {
            const char *s = p->env && p->env->constant_suggest ? p->env->constant_suggest(p->env->ctx, name, nlen) : NULL;
            if (s) return fail(p, off, nlen, "unknown named set '%.*s' (did you mean '%s'?)", (int)nlen, name, s);
            return fail(p, off, nlen, "unknown named set '%.*s'", (int)nlen, name);
        }
        uint32_t i = new_node(p, AG_OP_NAMED, t, off, nlen);
        if (i != NONE) p->nodes[i].n.konst = k;
        return i;
    }
    return fail(p, off, nlen, "undeclared reference to '%.*s'", (int)(nlen > 80 ? 80 : nlen), name);
}

static uint32_t parse_primary(parser *p) {
    if (p->failed) return NONE;
    switch (p->tok.kind) {
    case AG_TK_NUM: {
        ag_value v = {.kind = AG_V_NUM, .u.num = p->tok.num};
        uint32_t i = const_node(p, v, AG_T_NUM, p->tok.offset, p->tok.len);
        return i != NONE && advance(p) ? i : NONE;
    }
    case AG_TK_STR: {
        ag_value v = {.kind = AG_V_STR, .n = p->tok.str_len, .u.str = p->tok.str};
        uint32_t i = const_node(p, v, AG_T_STR, p->tok.offset, p->tok.len);
        if (i != NONE) p->nodes[i].literal_str = true;
        return i != NONE && advance(p) ? i : NONE;
    }
    case AG_TK_IDENT:
        return parse_ident(p);
    case AG_TK_LBRACKET:
        return parse_list(p);
    case AG_TK_LPAREN: {
        uint32_t open = p->tok.offset;
        if (!nest_in(p, open, 1) || !advance(p)) return NONE;
        uint32_t e = parse_expr(p);
        uint32_t close = p->tok.offset;
        if (e != NONE && !expect(p, AG_TK_RPAREN, "')'")) e = NONE;
        p->nest--;
        /* The node's text takes its parentheses: a parent's span then starts or ends on
         * one, and every node's text (explain's trace) parses back to the same tree. */
        if (e != NONE) {
            p->nodes[e].n.offset = open;
            p->nodes[e].n.len = close + 1 - open;
        }
        return e;
    }
    default:
        return unexpected(p, "a value (number, string, true, false, list, system field, named set or function call)");
    }
}

/* '!' unary | primary. Each '!' is one level of nesting, so this recursion is bounded. */
static uint32_t parse_unary(parser *p) {
    if (p->tok.kind != AG_TK_NOT) return parse_primary(p);
    uint32_t off = p->tok.offset;
    if (!nest_in(p, off, 1) || !advance(p)) return NONE;
    uint32_t e = parse_unary(p);
    p->nest--;
    if (e == NONE) return NONE;
    if (p->nodes[e].n.type.kind != AG_T_BOOL) {
        char t[32];
        return fail(p, off, 1, "no matching overload for '!' applied to (%s)",
                    type_name(p->nodes[e].n.type, t, sizeof t));
    }
    uint32_t i = new_node(p, AG_OP_NOT, ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE), off, span_end(p, e) - off);
    return i == NONE ? NONE : set_kids(p, i, &e, 1);
}

static bool is_relation(uint8_t k) {
    return k == AG_TK_EQ || k == AG_TK_NE || k == AG_TK_LT || k == AG_TK_LE || k == AG_TK_GT ||
           k == AG_TK_GE || k == AG_TK_IN;
}

/* Relations are left-associative, as in CEL: a == b == c is (a == b) == c. */
static uint32_t parse_relation(parser *p) {
    uint32_t left = parse_unary(p);
    while (left != NONE && is_relation(p->tok.kind)) {
        uint8_t tk = p->tok.kind;
        uint32_t opoff = p->tok.offset, oplen = p->tok.len;
        if (!advance(p)) return NONE;
        uint32_t right = parse_unary(p);
        if (right == NONE) return NONE;
        left = make_binary(p, tk, opoff, oplen, left, right);
    }
    return left;
}

/* A chain a && b && c (or ||) becomes one n-ary node, so long chains stay shallow. */
static uint32_t parse_chain(parser *p, uint8_t tk);

static uint32_t parse_chain_operand(parser *p, uint8_t tk) {
    return tk == AG_TK_OR ? parse_chain(p, AG_TK_AND) : parse_relation(p);
}

static uint32_t parse_chain(parser *p, uint8_t tk) {
    uint32_t first = parse_chain_operand(p, tk);
    if (first == NONE || p->tok.kind != tk) return first;
    const char *name = tk == AG_TK_OR ? "||" : "&&";
    uint32_t *items = NULL, n = 0, cap = 0, result = NONE;
    if (!grow((void **)&items, &cap, 1, sizeof *items)) { nomem(p); goto done; }
    items[n++] = first;
    while (p->tok.kind == tk) {
        if (!advance(p)) goto done;
        uint32_t e = parse_chain_operand(p, tk);
        if (e == NONE) goto done;
        if (!grow((void **)&items, &cap, n + 1, sizeof *items)) { nomem(p); goto done; }
        items[n++] = e;
    }
    for (uint32_t k = 0; k < n; k++) {
        const pnode *it = &p->nodes[items[k]];
        if (it->n.type.kind != AG_T_BOOL) {
            char t[32];
            fail(p, it->n.offset, it->n.len, "no matching overload for '%s': operands must be bool, got %s",
                 name, type_name(it->n.type, t, sizeof t));
            goto done;
        }
    }
    uint32_t off = p->nodes[items[0]].n.offset;
    result = new_node(p, tk == AG_TK_OR ? AG_OP_OR : AG_OP_AND, ctype(AG_T_BOOL, AG_T_DYN, AG_VOCAB_NONE),
                      off, span_end(p, items[n - 1]) - off);
    if (result != NONE) result = set_kids(p, result, items, n);
done:
    free(items);
    return result;
}

static uint32_t parse_expr(parser *p) {
    if (p->failed) return NONE;
    return parse_chain(p, AG_TK_OR);
}

/* ---- Emission into the arena ------------------------------------------------------------ */

/* Number of nodes reachable from i; recursion bounded by the checked tree depth. */
static uint32_t count_nodes(const parser *p, uint32_t i) {
    uint32_t n = 1;
    for (uint32_t k = 0; k < p->nodes[i].n.nkids; k++) n += count_nodes(p, kid(p, i, k));
    return n;
}

/* Post-order, so every child precedes its parent and the root is last. */
static void emit(parser *p, ag_expr *e, uint32_t i) {
    const pnode *pn = &p->nodes[i];
    for (uint32_t k = 0; k < pn->n.nkids; k++) emit(p, e, kid(p, i, k));
    ag_cel_node *out = &e->nodes[e->nnodes];
    *out = pn->n;
    out->kid0 = e->nkids;
    for (uint32_t k = 0; k < pn->n.nkids; k++) e->kids[e->nkids++] = p->nodes[kid(p, i, k)].newidx;
    p->nodes[i].newidx = e->nnodes++;
}

ag_expr *ag_cel_compile(ag_arena *a, const char *src, size_t len, const ag_cel_env *env,
                        ag_cel_error *err) {
    memset(err, 0, sizeof *err);
    if (len > AG_MAX_EXPR_BYTES) {
        err->offset = AG_MAX_EXPR_BYTES;
        err->len = 1;
        snprintf(err->msg, sizeof err->msg, "expression is longer than %d bytes (limit AG_MAX_EXPR_BYTES)",
                 AG_MAX_EXPR_BYTES);
        return NULL;
    }
    size_t bad = ag_utf8_invalid_at(src, len);
    if (bad < len) {
        err->offset = bad;
        err->len = 1;
        snprintf(err->msg, sizeof err->msg, "invalid UTF-8 (byte 0x%02X)", (unsigned char)src[bad]);
        return NULL;
    }
    parser p;
    memset(&p, 0, sizeof p);
    p.a = a;
    p.env = env;
    p.err = err;
    ag_expr *e = AG_NEW(a, ag_expr, 1);
    char *copy = ag_arena_strndup(a, src, len);
    p.pathbuf = malloc(len + 1);
    if (!e || !copy || !p.pathbuf) {
        free(p.pathbuf);
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    p.src = copy;
    p.lx.src = copy;
    p.lx.len = len;
    p.lx.arena = a;
    uint32_t root = NONE;
    if (advance(&p)) {
        if (p.tok.kind == AG_TK_EOF)
            fail(&p, 0, 0, "empty expression");
        else
            root = parse_expr(&p);
    }
    if (root != NONE && p.tok.kind != AG_TK_EOF)
        root = unexpected(&p, "an operator (&& || ! == != < <= > >= in) or the end of the expression");
    if (root != NONE) {
        uint32_t n = count_nodes(&p, root);
        if (n > AG_MAX_EXPR_NODES)
            root = fail(&p, 0, len, "expression has more than %d nodes (limit AG_MAX_EXPR_NODES)",
                        AG_MAX_EXPR_NODES);
        else if (p.nodes[root].n.op == AG_OP_LIST)
            root = fail(&p, p.nodes[root].n.offset, p.nodes[root].n.len,
                        "a list literal that reads fields can only be used with in, ==, !=, size() or "
                        "sets.* functions");
        else {
            e->nodes = AG_NEW(a, ag_cel_node, n);
            e->kids = n > 1 ? AG_NEW(a, uint32_t, n - 1) : NULL;
            if (!e->nodes || (n > 1 && !e->kids)) {
                root = nomem(&p);
            } else {
                e->depth = (int)p.nodes[root].depth;
                emit(&p, e, root);
                e->root = e->nnodes - 1;
            }
        }
    }
    free(p.nodes);
    free(p.kids);
    free(p.spans);
    free(p.pathbuf);
    if (root == NONE) return NULL;
    e->src = copy;
    e->src_len = len;
    return e;
}

void ag_cel_fields_read(const ag_expr *e, ag_slotset *out) {
    for (uint32_t i = 0; i < e->nnodes; i++)
        if ((e->nodes[i].op == AG_OP_FIELD || e->nodes[i].op == AG_OP_HAS) && e->nodes[i].slot >= 0)
            ag_slotset_add(out, e->nodes[i].slot);
}
