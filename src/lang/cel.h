/* cel.h — the condition language: a small, analysable subset of Google's CEL.
 *
 * Pipeline: lexer -> parser -> type checker -> compiled form (a flat node array in an
 * arena) -> evaluator in three-valued logic. No loops, no user functions, no
 * arithmetic: every condition is a finite DAG over typed profile fields and constants,
 * so later analyses (index extraction, the conflict solver) can reason about it by
 * walking the node array.
 *
 * Owns: the grammar, typing rules, limits (AG_MAX_EXPR_*), evaluation and tracing.
 * Must not: read profiles or corpus files itself (it sees them only through ag_cel_env
 * at compile time and ag_facts at evaluation time), allocate on the decide path, print.
 *
 * Semantics (docs/conditions.md): literals (numbers as doubles incl. 1e25 and a leading
 * '-' that is part of the literal; single/double-quoted strings with CEL's escapes;
 * true/false; list literals, possibly mixed-kind; date("YYYY-MM-DD")), field paths
 * `system.a.b`, named sets (`EU_MEMBERS`), && || ! == != < <= > >= in, has(system.x),
 * size(list|string), sets.intersects(a, b), sets.contains(a, b) (a contains every
 * element of b). Three-valued: a missing field is unknown; `false && unknown` is false,
 * `true || unknown` is true, `!unknown` is unknown; any other operator over an unknown
 * operand is unknown; has() is never unknown. */
#ifndef AG_CEL_H
#define AG_CEL_H

#include "base/ag.h"

/* ---- Types (static, checked at compile time) --------------------------------------- */
typedef enum ag_tkind {
    AG_T_BOOL, AG_T_NUM, AG_T_STR, AG_T_DATE, AG_T_LIST,
    AG_T_DYN  /* element kind of a mixed-kind list literal */
} ag_tkind;

#define AG_VOCAB_NONE (-1)

typedef struct ag_ctype {
    uint8_t kind;   /* ag_tkind */
    uint8_t elem;   /* for AG_T_LIST: the element kind (AG_T_DYN when mixed or empty) */
    int16_t vocab;  /* vocabulary that STR values (or LIST elements) are terms of, for
                     * checking string literals compared with them; AG_VOCAB_NONE if free */
} ag_ctype;

/* ---- Values ------------------------------------------------------------------------- */
typedef enum ag_vkind {
    AG_V_UNKNOWN = 0, /* missing profile field, or a result depending on one */
    AG_V_BOOL, AG_V_NUM, AG_V_STR, AG_V_DATE, AG_V_LIST
} ag_vkind;

typedef struct ag_value {
    uint8_t kind;  /* ag_vkind */
    /* AG_V_LIST of a profile's regions: after the n items that certainly hold come nmaybe
     * that may or may not (items[n .. n + nmaybe)): "established somewhere in the US" holds
     * US and may hold each state. A test that only a possible item decides is unknown. */
    uint16_t nmaybe;
    uint32_t n;    /* AG_V_STR: byte length; AG_V_LIST: number of (certain) items */
    union {
        bool b;
        double num;
        int32_t date;                 /* days since 1970-01-01 */
        const char *str;              /* UTF-8, not necessarily NUL-terminated */
        const struct ag_value *items; /* list items */
    } u;
} ag_value;

/* Write a CEL-literal rendering of v ("1e+25", "'cv_screening'", "[...]", "date('2025-08-02')",
 * "unknown") into buf, truncating with "..." if it does not fit. */
void ag_value_format(const ag_value *v, char *buf, size_t cap);
/* CEL equality (lists element-wise, different kinds unequal). Neither may be unknown. */
bool ag_value_equal(const ag_value *a, const ag_value *b);

/* ---- Compile-time environment --------------------------------------------------------- */
/* How the checker resolves names. Any callback may be NULL (then nothing resolves). */
typedef struct ag_cel_env {
    void *ctx;
    /* `system.a.b` -> path "a.b": returns the slot (0 <= slot < AG_MAX_SLOTS) and sets
     * *type, or returns -1 when there is no such field. */
    int (*field)(void *ctx, const char *path, size_t len, ag_ctype *type);
    /* Closest known field path to `path` (without "system."), or NULL. */
    const char *(*field_suggest)(void *ctx, const char *path, size_t len);
    /* A named set such as EU_MEMBERS: returns its index and sets *type, or -1. */
    int (*constant)(void *ctx, const char *name, size_t len, ag_ctype *type);
    const char *(*constant_suggest)(void *ctx, const char *name, size_t len);
    /* Is `s` a term of vocabulary `vocab`? If not, sets *suggest to the closest term or NULL. */
    bool (*term)(void *ctx, int vocab, const char *s, size_t len, const char **suggest);
    /* Human name of a vocabulary for messages ("purposes", "regions"). */
    const char *(*vocab_name)(void *ctx, int vocab);
} ag_cel_env;

/* A compile error: byte offset and length of the offending span within the source,
 * and a message that says what was found and what was expected, e.g.
 *   unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?) */
typedef struct ag_cel_error {
    size_t offset, len;
    char msg[400];
} ag_cel_error;

/* ---- Compiled form ------------------------------------------------------------------------ */
#define AG_CEL_OPS(X)                                                              \
    X(CONST,     "literal value (v)")                                               \
    X(FIELD,     "profile field `slot`")                                            \
    X(NAMED,     "named set `konst` (resolved per profile date)")                   \
    X(LIST,      "list literal with non-constant items (kids)")                     \
    X(AND,       "n-ary Kleene and over kids")                                      \
    X(OR,        "n-ary Kleene or over kids")                                       \
    X(NOT,       "Kleene not of kid 0")                                             \
    X(EQ,        "kid0 == kid1")                                                    \
    X(NE,        "kid0 != kid1")                                                    \
    X(LT,        "kid0 < kid1 (numbers, dates, strings by code point, bools)")       \
    X(LE,        "kid0 <= kid1")                                                    \
    X(GT,        "kid0 > kid1")                                                     \
    X(GE,        "kid0 >= kid1")                                                    \
    X(IN,        "kid0 in kid1 (membership in a list)")                             \
    X(HAS,       "has(field `slot`): true when known; never unknown")               \
    X(SIZE,      "size(kid0): list length or string length in code points")         \
    X(INTERSECTS,"sets.intersects(kid0, kid1): some element in both")               \
    X(CONTAINS,  "sets.contains(kid0, kid1): kid0 holds every element of kid1")

typedef enum ag_cel_op {
#define AG_CEL_OP_ENUM_(name, doc) AG_OP_##name,
    AG_CEL_OPS(AG_CEL_OP_ENUM_)
#undef AG_CEL_OP_ENUM_
} ag_cel_op;

typedef struct ag_cel_node {
    uint8_t op;          /* ag_cel_op */
    ag_ctype type;       /* static type of this node */
    uint32_t offset, len;/* source span */
    int32_t slot;        /* FIELD, HAS: profile slot; else -1 */
    int32_t konst;       /* NAMED: constant index; else -1 */
    uint32_t kid0, nkids;/* children are kids[kid0 .. kid0+nkids) of the expression */
    ag_value v;          /* CONST: the value (lists built at compile time) */
} ag_cel_node;

typedef struct ag_expr {
    const char *src;     /* NUL-terminated copy of the source */
    size_t src_len;
    ag_cel_node *nodes;  /* nodes[root] is the root; children precede nothing in particular */
    uint32_t nnodes, root;
    uint32_t *kids;      /* child node indices */
    uint32_t nkids;
    int depth;           /* nesting depth of the tree */
} ag_expr;

/* Parse, type-check and compile `src` (len bytes, need not be NUL-terminated) into `a`.
 * env may be NULL (pure literals). Returns NULL and fills *err on a syntax error, a
 * type error, an unknown name or term, or a limit (length, depth, nodes, list items). */
ag_expr *ag_cel_compile(ag_arena *a, const char *src, size_t len, const ag_cel_env *env,
                        ag_cel_error *err);

/* Every slot that the expression reads (FIELD and HAS nodes). */
void ag_cel_fields_read(const ag_expr *e, ag_slotset *out);

/* ---- Evaluation --------------------------------------------------------------------------- */
typedef struct ag_facts {
    const ag_value *slots;  /* by slot; kind AG_V_UNKNOWN where the profile lacks the field */
    int nslots;
    const ag_value *consts; /* named sets, resolved for the profile's date */
    int nconsts;
} ag_facts;

/* Decide path: the value of e (AG_V_UNKNOWN when it depends on missing fields). When the
 * result is unknown and `deciding` is non-NULL, the unknown slots that could change the
 * result are added to it (fields under a false conjunct or a true disjunct are not).
 * Allocates nothing. */
ag_value ag_cel_eval(const ag_expr *e, const ag_facts *f, ag_slotset *deciding);
/* The same for one sub-expression (node index into e->nodes), with the same contract:
 * the compiled, indexed engine (index.c) evaluates the parts it cannot lower to atoms
 * through this. */
ag_value ag_cel_eval_node(const ag_expr *e, uint32_t node, const ag_facts *f, ag_slotset *deciding);

/* Explain path: one entry per sub-expression, in pre-order (a parent before its
 * children), every child evaluated even where && and || short-circuit. */
typedef struct ag_trace_node {
    int depth;            /* 0 for the root */
    uint32_t offset, len; /* source span of this sub-expression */
    uint8_t op;           /* ag_cel_op */
    ag_value value;       /* its value; AG_V_UNKNOWN when unknown */
    int32_t slot;         /* FIELD/HAS: the slot read; else -1 */
    int32_t konst;        /* NAMED: the constant; else -1 */
} ag_trace_node;

/* Evaluates like ag_cel_eval and records the trace in `a`. Returns the number of trace
 * nodes stored in *out, or -1 when out of memory. *result and *deciding as ag_cel_eval.
 * Must agree with ag_cel_eval on every input (a unit test checks this). */
int ag_cel_trace(const ag_expr *e, const ag_facts *f, ag_arena *a, ag_trace_node **out,
                 ag_value *result, ag_slotset *deciding);

/* ---- Lexer (shared by cel_lex.c and cel_parse.c only; nothing else should need it) ---- */
typedef enum ag_cel_tok_kind {
    AG_TK_EOF, AG_TK_NUM, AG_TK_STR, AG_TK_IDENT, AG_TK_DOT, AG_TK_COMMA,
    AG_TK_LPAREN, AG_TK_RPAREN, AG_TK_LBRACKET, AG_TK_RBRACKET,
    AG_TK_AND, AG_TK_OR, AG_TK_NOT, AG_TK_EQ, AG_TK_NE, AG_TK_LT, AG_TK_LE, AG_TK_GT,
    AG_TK_GE, AG_TK_IN
} ag_cel_tok_kind;

typedef struct ag_cel_token {
    uint8_t kind;          /* ag_cel_tok_kind */
    uint32_t offset, len;  /* source span */
    double num;            /* AG_TK_NUM */
    const char *str;       /* AG_TK_STR: decoded text in the lexer's arena; AG_TK_IDENT: in src */
    uint32_t str_len;
} ag_cel_token;

typedef struct ag_cel_lexer {
    const char *src;       /* must be NUL-terminated at src[len] */
    size_t len, pos;
    ag_arena *arena;       /* decoded string literals go here */
} ag_cel_lexer;

/* The byte offset of the first invalid UTF-8 sequence in s, or len when s is valid
 * (no overlongs, no surrogates, nothing above U+10FFFF). */
size_t ag_utf8_invalid_at(const char *s, size_t len);
/* Scans the next token into *tok. Returns false and fills *err on a lexical error or OOM
 * (the message then says "out of memory"). */
bool ag_cel_lex_next(ag_cel_lexer *lx, ag_cel_token *tok, ag_cel_error *err);
/* Human description of a token for "unexpected ..." messages, e.g. "')'", "number 12". */
void ag_cel_tok_describe(const ag_cel_lexer *lx, const ag_cel_token *tok, char *buf, size_t cap);

#endif
