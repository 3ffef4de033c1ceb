/* cel_eval.c — evaluation of compiled conditions in three-valued (Kleene) logic: the
 * decide path (ag_cel_eval), the explain path (ag_cel_trace), and value equality and
 * rendering.
 *
 * Owns: the run-time meaning of every ag_cel_op, the unknown/deciding-set rules, CEL's
 * equality (different kinds are unequal, lists element-wise) and ordering (strings by code
 * point, false < true).
 * Must not: allocate, look names up or recurse deeper than the expression on the decide
 * path; print; or disagree with the trace (both use the same operator helpers below).
 *
 * Deciding sets: every evaluation step adds slots to `dec` exactly when its own result is
 * unknown, and then exactly the unknown slots it depends on. && and || collect their
 * operands' slots on the side and keep them only when the result is unknown, so fields
 * under a false conjunct or a true disjunct are never reported. */
#include "lang/cel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static ag_value unknown_value(void) {
    ag_value v;
    memset(&v, 0, sizeof v);
    return v;
}

static ag_value bool_value(bool b) {
    ag_value v = unknown_value();
    v.kind = AG_V_BOOL;
    v.u.b = b;
    return v;
}

static ag_value num_value(double d) {
    ag_value v = unknown_value();
    v.kind = AG_V_NUM;
    v.u.num = d;
    return v;
}

bool ag_value_equal(const ag_value *a, const ag_value *b) {
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case AG_V_BOOL: return a->u.b == b->u.b;
    case AG_V_NUM: return a->u.num == b->u.num;
    case AG_V_DATE: return a->u.date == b->u.date;
    case AG_V_STR: return a->n == b->n && (a->n == 0 || memcmp(a->u.str, b->u.str, a->n) == 0);
    case AG_V_LIST:
        /* Nested lists come only from literals, whose nesting the compiler bounds. */
        if (a->n != b->n) return false;
        for (uint32_t i = 0; i < a->n; i++)
            if (!ag_value_equal(&a->u.items[i], &b->u.items[i])) return false;
        return true;
    default: return false;
    }
}

/* -1, 0 or 1; a and b are known values of the same orderable kind. */
static int order(const ag_value *a, const ag_value *b) {
    switch (a->kind) {
    case AG_V_NUM: return (a->u.num > b->u.num) - (a->u.num < b->u.num);
    case AG_V_DATE: return (a->u.date > b->u.date) - (a->u.date < b->u.date);
    case AG_V_BOOL: return (int)a->u.b - (int)b->u.b;
    case AG_V_STR: {
        /* Byte order of UTF-8 is code point order. */
        uint32_t n = a->n < b->n ? a->n : b->n;
        int c = n ? memcmp(a->u.str, b->u.str, n) : 0;
        if (c) return c < 0 ? -1 : 1;
        return (a->n > b->n) - (a->n < b->n);
    }
    default: return 0;
    }
}

static ag_value compare(uint8_t op, const ag_value *a, const ag_value *b) {
    if (op == AG_OP_EQ) return bool_value(ag_value_equal(a, b));
    if (op == AG_OP_NE) return bool_value(!ag_value_equal(a, b));
    if (a->kind != b->kind) return bool_value(false); /* excluded by the checker */
    /* NaN never reaches here (no literal or JSON number is NaN), so order() is total. */
    int c = order(a, b);
    switch (op) {
    case AG_OP_LT: return bool_value(c < 0);
    case AG_OP_LE: return bool_value(c <= 0);
    case AG_OP_GT: return bool_value(c > 0);
    default: return bool_value(c >= 0);
    }
}

static uint32_t code_points(const ag_value *s) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->n; i++) n += ((unsigned char)s->u.str[i] & 0xC0) != 0x80;
    return n;
}

/* ---- List operands ---------------------------------------------------------------------- */

/* A known list operand: either a list value, or the items of a LIST node, which are
 * evaluated again on demand so that no list is ever built on the decide path. */
typedef struct lref {
    const ag_value *items; /* a list value's items, or NULL to use kids */
    const uint32_t *kids;  /* LIST node: its item nodes (each known, checked beforehand) */
    uint32_t n;
} lref;

static ag_value eval(const ag_expr *e, const ag_facts *f, uint32_t i, ag_slotset *dec);

static ag_value item(const ag_expr *e, const ag_facts *f, const lref *l, uint32_t k) {
    return l->items ? l->items[k] : eval(e, f, l->kids[k], NULL);
}

static bool in_list(const ag_expr *e, const ag_facts *f, const ag_value *x, const lref *l) {
    for (uint32_t k = 0; k < l->n; k++) {
        ag_value v = item(e, f, l, k);
        if (ag_value_equal(x, &v)) return true;
    }
    return false;
}

static bool lists_equal(const ag_expr *e, const ag_facts *f, const lref *a, const lref *b) {
    if (a->n != b->n) return false;
    for (uint32_t k = 0; k < a->n; k++) {
        ag_value x = item(e, f, a, k), y = item(e, f, b, k);
        if (!ag_value_equal(&x, &y)) return false;
    }
    return true;
}

static bool intersects(const ag_expr *e, const ag_facts *f, const lref *a, const lref *b) {
    for (uint32_t k = 0; k < b->n; k++) {
        ag_value y = item(e, f, b, k);
        if (in_list(e, f, &y, a)) return true;
    }
    return false;
}

static bool contains_all(const ag_expr *e, const ag_facts *f, const lref *a, const lref *b) {
    for (uint32_t k = 0; k < b->n; k++) {
        ag_value y = item(e, f, b, k);
        if (!in_list(e, f, &y, a)) return false;
    }
    return true;
}

/* The binary list operators, shared by the decide and the explain path. */
static ag_value list_op(const ag_expr *e, const ag_facts *f, uint8_t op, const lref *a, const lref *b) {
    switch (op) {
    case AG_OP_EQ: return bool_value(lists_equal(e, f, a, b));
    case AG_OP_NE: return bool_value(!lists_equal(e, f, a, b));
    case AG_OP_INTERSECTS: return bool_value(intersects(e, f, a, b));
    default: return bool_value(contains_all(e, f, a, b));
    }
}

static bool is_list_op(const ag_expr *e, const ag_cel_node *n) {
    if (n->op == AG_OP_INTERSECTS || n->op == AG_OP_CONTAINS) return true;
    if (n->op != AG_OP_EQ && n->op != AG_OP_NE) return false;
    return e->nodes[e->kids[n->kid0]].type.kind == AG_T_LIST;
}

/* ---- Decide path ------------------------------------------------------------------------ */

/* Evaluates list operand i into *l; false when it is unknown (its slots then went to dec). */
static bool list_operand(const ag_expr *e, const ag_facts *f, uint32_t i, ag_slotset *dec, lref *l) {
    const ag_cel_node *n = &e->nodes[i];
    if (n->op == AG_OP_LIST) {
        bool known = true;
        for (uint32_t k = 0; k < n->nkids; k++)
            if (eval(e, f, e->kids[n->kid0 + k], dec).kind == AG_V_UNKNOWN) known = false;
        l->items = NULL;
        l->kids = &e->kids[n->kid0];
        l->n = n->nkids;
        return known;
    }
    ag_value v = eval(e, f, i, dec);
    if (v.kind != AG_V_LIST) return false;
    l->items = v.u.items;
    l->kids = NULL;
    l->n = v.n;
    return true;
}

static ag_value eval(const ag_expr *e, const ag_facts *f, uint32_t i, ag_slotset *dec) {
    const ag_cel_node *n = &e->nodes[i];
    const uint32_t *kids = e->kids ? &e->kids[n->kid0] : NULL;
    switch (n->op) {
    case AG_OP_CONST:
        return n->v;
    case AG_OP_FIELD: {
        if (n->slot < f->nslots && f->slots[n->slot].kind != AG_V_UNKNOWN) return f->slots[n->slot];
        if (dec) ag_slotset_add(dec, n->slot);
        return unknown_value();
    }
    case AG_OP_HAS:
        return bool_value(n->slot < f->nslots && f->slots[n->slot].kind != AG_V_UNKNOWN);
    case AG_OP_NAMED:
        return n->konst < f->nconsts ? f->consts[n->konst] : unknown_value();
    case AG_OP_AND:
    case AG_OP_OR: {
        /* Kleene, commutative: a deciding operand anywhere wins over unknowns elsewhere. */
        bool stop = n->op == AG_OP_OR;
        bool unknown = false;
        ag_slotset acc;
        if (dec) memset(&acc, 0, sizeof acc);
        for (uint32_t k = 0; k < n->nkids; k++) {
            ag_value v = eval(e, f, kids[k], dec ? &acc : NULL);
            if (v.kind == AG_V_UNKNOWN) unknown = true;
            else if (v.u.b == stop) return bool_value(stop);
        }
        if (!unknown) return bool_value(!stop);
        if (dec) ag_slotset_union(dec, &acc);
        return unknown_value();
    }
    case AG_OP_NOT: {
        ag_value v = eval(e, f, kids[0], dec);
        return v.kind == AG_V_UNKNOWN ? v : bool_value(!v.u.b);
    }
    case AG_OP_IN: {
        ag_value x = eval(e, f, kids[0], dec);
        lref l;
        bool known = list_operand(e, f, kids[1], dec, &l);
        if (x.kind == AG_V_UNKNOWN || !known) return unknown_value();
        return bool_value(in_list(e, f, &x, &l));
    }
    case AG_OP_SIZE: {
        if (e->nodes[kids[0]].type.kind == AG_T_LIST) {
            lref l;
            return list_operand(e, f, kids[0], dec, &l) ? num_value(l.n) : unknown_value();
        }
        ag_value s = eval(e, f, kids[0], dec);
        return s.kind == AG_V_STR ? num_value(code_points(&s)) : unknown_value();
    }
    case AG_OP_LIST:
        return unknown_value(); /* never a value of its own: the compiler ensures it */
    default: {
        if (is_list_op(e, n)) {
            lref a, b;
            bool ka = list_operand(e, f, kids[0], dec, &a);
            bool kb = list_operand(e, f, kids[1], dec, &b);
            if (!ka || !kb) return unknown_value();
            return list_op(e, f, n->op, &a, &b);
        }
        ag_value a = eval(e, f, kids[0], dec), b = eval(e, f, kids[1], dec);
        if (a.kind == AG_V_UNKNOWN || b.kind == AG_V_UNKNOWN) return unknown_value();
        return compare(n->op, &a, &b);
    }
    }
}

ag_value ag_cel_eval(const ag_expr *e, const ag_facts *f, ag_slotset *deciding) {
    return eval(e, f, e->root, deciding);
}

ag_value ag_cel_eval_node(const ag_expr *e, uint32_t node, const ag_facts *f, ag_slotset *deciding) {
    return eval(e, f, node, deciding);
}

/* ---- Explain path ------------------------------------------------------------------------- */

typedef struct tracer {
    const ag_expr *e;
    const ag_facts *f;
    ag_arena *a;
    ag_trace_node *out;
    int n;
    bool nomem;
} tracer;

static lref lref_of(const ag_value *v) {
    lref l = {v->u.items, NULL, v->n};
    return l;
}

/* Records node i and its subtree in pre-order; returns i's value. Every child is evaluated,
 * but values and deciding slots follow exactly the rules of eval(). */
static ag_value trace(tracer *t, uint32_t i, int depth, ag_slotset *dec) {
    const ag_expr *e = t->e;
    const ag_cel_node *n = &e->nodes[i];
    const uint32_t *kids = e->kids ? &e->kids[n->kid0] : NULL;
    int at = t->n++;
    ag_trace_node *rec = &t->out[at];
    rec->depth = depth;
    rec->offset = n->offset;
    rec->len = n->len;
    rec->op = n->op;
    rec->slot = n->slot;
    rec->konst = n->konst;
    ag_value v;
    switch (n->op) {
    case AG_OP_CONST: case AG_OP_FIELD: case AG_OP_HAS: case AG_OP_NAMED:
        v = eval(e, t->f, i, dec); /* leaves: the decide path is the definition */
        break;
    case AG_OP_AND:
    case AG_OP_OR: {
        bool stop = n->op == AG_OP_OR, unknown = false, decided = false;
        ag_slotset acc;
        memset(&acc, 0, sizeof acc);
        for (uint32_t k = 0; k < n->nkids; k++) {
            ag_value kv = trace(t, kids[k], depth + 1, &acc);
            if (kv.kind == AG_V_UNKNOWN) unknown = true;
            else if (kv.u.b == stop) decided = true;
        }
        if (decided) v = bool_value(stop);
        else if (!unknown) v = bool_value(!stop);
        else {
            if (dec) ag_slotset_union(dec, &acc);
            v = unknown_value();
        }
        break;
    }
    case AG_OP_NOT: {
        ag_value kv = trace(t, kids[0], depth + 1, dec);
        v = kv.kind == AG_V_UNKNOWN ? kv : bool_value(!kv.u.b);
        break;
    }
    case AG_OP_LIST: {
        /* The explain path may allocate: build the list so the trace can show it. */
        ag_value *items = AG_NEW(t->a, ag_value, n->nkids ? n->nkids : 1);
        bool known = true;
        for (uint32_t k = 0; k < n->nkids; k++) {
            ag_value kv = trace(t, kids[k], depth + 1, dec);
            if (kv.kind == AG_V_UNKNOWN) known = false;
            if (items) items[k] = kv;
        }
        if (!items) t->nomem = true;
        v = unknown_value();
        if (known && items) {
            v.kind = AG_V_LIST;
            v.n = n->nkids;
            v.u.items = items;
        }
        break;
    }
    default: {
        ag_value kv[2];
        uint32_t nk = n->nkids > 2 ? 2 : n->nkids;
        bool known = true;
        for (uint32_t k = 0; k < nk; k++) {
            kv[k] = trace(t, kids[k], depth + 1, dec);
            if (kv[k].kind == AG_V_UNKNOWN) known = false;
        }
        if (!known) { v = unknown_value(); break; }
        if (n->op == AG_OP_SIZE) {
            v = kv[0].kind == AG_V_LIST ? num_value(kv[0].n) : num_value(code_points(&kv[0]));
        } else if (n->op == AG_OP_IN) {
            lref l = lref_of(&kv[1]);
            v = bool_value(in_list(e, t->f, &kv[0], &l));
        } else if (is_list_op(e, n)) {
            lref a = lref_of(&kv[0]), b = lref_of(&kv[1]);
            v = list_op(e, t->f, n->op, &a, &b);
        } else {
            v = compare(n->op, &kv[0], &kv[1]);
        }
        break;
    }
    }
    t->out[at].value = v;
    return v;
}

int ag_cel_trace(const ag_expr *e, const ag_facts *f, ag_arena *a, ag_trace_node **out,
                 ag_value *result, ag_slotset *deciding) {
    tracer t = {e, f, a, NULL, 0, false};
    /* The compiled form is a tree of exactly nnodes nodes, so that many records suffice. */
    t.out = AG_NEW(a, ag_trace_node, e->nnodes);
    if (!t.out) return -1;
    ag_value v = trace(&t, e->root, 0, deciding);
    if (t.nomem) return -1;
    if (result) *result = v;
    *out = t.out;
    return t.n;
}

/* ---- Rendering -------------------------------------------------------------------------- */

typedef struct writer {
    char *buf;
    size_t cap, n;
    bool full;
} writer;

static void put(writer *w, const char *s, size_t len) {
    if (w->full) return;
    if (w->n + len >= w->cap) {
        w->full = true;
        return;
    }
    memcpy(w->buf + w->n, s, len);
    w->n += len;
}

static void puts_(writer *w, const char *s) { put(w, s, strlen(s)); }

static void format_num(writer *w, double d) {
    char b[32];
    /* Whole numbers below 10^15 in plain digits (a trace reads "2000000000"), others as
     * the shortest text that reads back as d ("1e25", "0.32"). */
    if (d > -1e15 && d < 1e15 && d == (double)(long long)d) snprintf(b, sizeof b, "%lld", (long long)d);
    else ag_double_shortest(d, b);
    puts_(w, b);
}

static void format_str(writer *w, const char *s, size_t n) {
    put(w, "'", 1);
    for (size_t i = 0; i < n && !w->full; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        switch (c) {
        case '\a': esc = "\\a"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        case '\\': esc = "\\\\"; break;
        case '\'': esc = "\\'"; break;
        default: break;
        }
        if (esc) puts_(w, esc);
        else if (c < 0x20 || c == 0x7F) {
            char b[8];
            snprintf(b, sizeof b, "\\x%02X", c);
            puts_(w, b);
        } else put(w, (const char *)&c, 1);
    }
    put(w, "'", 1);
}

static void format_value(writer *w, const ag_value *v) {
    switch (v->kind) {
    case AG_V_BOOL: puts_(w, v->u.b ? "true" : "false"); break;
    case AG_V_NUM: format_num(w, v->u.num); break;
    case AG_V_STR: format_str(w, v->u.str, v->n); break;
    case AG_V_DATE: {
        char d[11];
        ag_date_format(v->u.date, d);
        puts_(w, "date('");
        puts_(w, d);
        puts_(w, "')");
        break;
    }
    case AG_V_LIST:
        put(w, "[", 1);
        for (uint32_t i = 0; i < v->n && !w->full; i++) {
            if (i) put(w, ", ", 2);
            format_value(w, &v->u.items[i]);
        }
        put(w, "]", 1);
        break;
    default: puts_(w, "unknown"); break;
    }
}

void ag_value_format(const ag_value *v, char *buf, size_t cap) {
    if (cap == 0) return;
    writer w = {buf, cap, 0, false};
    format_value(&w, v);
    if (w.full) {
        /* Cut at a character boundary, then mark the cut. */
        size_t n = cap >= 4 ? cap - 4 : 0;
        if (n > w.n) n = w.n;
        while (n > 0 && n < w.n && ((unsigned char)buf[n] & 0xC0) == 0x80) n--;
        const char *dots = "...";
        size_t k = 0;
        while (dots[k] && n + 1 < cap) buf[n++] = dots[k++];
        w.n = n;
    }
    buf[w.n] = '\0';
}
