/* test_explain.c — what `aigov explain` prints of a condition parses back to the same tree.
 * explain shows each sub-expression by its source span (ag_trace_node offset/len, the
 * parser's node spans). Over every condition of the built-in corpus (scope triggers,
 * exemptions, provisions, amendments), the text of every node is compiled on its own and
 * must give the node's subtree: same operators, types, fields, named sets and children.
 * A parenthesised sub-expression's span takes its parentheses, so that a parent's text
 * never reads "!has(x) || x) && y". */
#include "check/check.h"
#include "corpus/corpus.h"
#include "lang/cel.h"
#include "test.h"

#include <stdlib.h>

static ag_cel_env ENV;
static int nodes_checked, exprs_checked;

/* Whether subtree i of a and subtree j of b are the same tree. */
static bool same(const ag_expr *a, uint32_t i, const ag_expr *b, uint32_t j) {
    const ag_cel_node *x = &a->nodes[i], *y = &b->nodes[j];
    if (x->op != y->op || x->type.kind != y->type.kind || x->type.elem != y->type.elem || x->slot != y->slot || x->konst != y->konst || x->nkids != y->nkids)
        return false;
    if (x->op == AG_OP_CONST) {
        char vx[256], vy[256];
        ag_value_format(&x->v, vx, sizeof vx);
        ag_value_format(&y->v, vy, sizeof vy);
        if (strcmp(vx, vy)) return false;
    }
    for (uint32_t k = 0; k < x->nkids; k++)
        if (!same(a, a->kids[x->kid0 + k], b, b->kids[y->kid0 + k])) return false;
    return true;
}

/* Every node reachable from node i: its text compiles alone to its subtree. */
static void check_node(const ag_expr *e, uint32_t i, const char *where) {
    const ag_cel_node *n = &e->nodes[i];
    ag_arena a;
    ag_arena_init(&a);
    ag_cel_error err;
    ag_expr *sub;
    bool ok;
    if (n->op == AG_OP_LIST) {
        /* A list literal that reads fields is allowed only as an operand (of in, ==,
         * size()...): it parses back inside size(). */
        char *t = malloc(n->len + 8);
        if (!t) return;
        int tl = snprintf(t, n->len + 8, "size(%.*s)", (int)n->len, e->src + n->offset);
        sub = ag_cel_compile(&a, t, (size_t)tl, &ENV, &err);
        free(t);
        ok = sub && sub->nodes[sub->root].nkids == 1 && same(e, i, sub, sub->kids[sub->nodes[sub->root].kid0]);
    } else {
        sub = ag_cel_compile(&a, e->src + n->offset, n->len, &ENV, &err);
        ok = sub && same(e, i, sub, sub->root);
    }
    nodes_checked++;
    if (!ok) {
        test_failed_++;
        fprintf(stderr, "%s: the text of a sub-expression does not parse back to it: '%.*s' (%s)\n", where,
                (int)n->len, e->src + n->offset, sub ? "another tree" : err.msg);
    } else test_passed_++;
    ag_arena_free(&a);
    for (uint32_t k = 0; k < n->nkids; k++) check_node(e, e->kids[n->kid0 + k], where);
}

static void check_expr(const ag_expr *e, const char *where) {
    if (!e) return;
    exprs_checked++;
    check_node(e, e->root, where);
}

int main(void) {
    aigov_corpus *c = NULL;
    aigov_diags d;
    aigov_diags_init(&d, 20);
    if (aigov_corpus_load_builtin(&c, &d) != AIGOV_OK) { fprintf(stderr, "corpus load failed\n"); return 1; }
    aigov_diags_free(&d);
    ag_corpus_cel_env(c, &ENV);

    /* The case the issue reported, by hand. */
    {
        ag_arena a;
        ag_arena_init(&a);
        ag_cel_error err;
        const char *src = "(!has(system.eu_nexus) || system.eu_nexus) && \"provider\" in system.role";
        ag_expr *e = ag_cel_compile(&a, src, strlen(src), &ENV, &err);
        CHECK(e != NULL);
        if (e) {
            const ag_cel_node *root = &e->nodes[e->root], *left = &e->nodes[e->kids[root->kid0]];
            CHECK(root->offset == 0 && root->len == strlen(src));
            CHECK(left->offset == 0 && !strncmp(src + left->offset + left->len - 1, ")", 1));
            check_expr(e, "hand-written");
        }
        ag_arena_free(&a);
    }

    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        char where[300];
        for (int k = 0; k < in->nscope; k++) {
            snprintf(where, sizeof where, "%s scope %d", in->id, k);
            check_expr(in->scope[k].when, where);
        }
        for (int k = 0; k < in->nexemptions; k++) {
            snprintf(where, sizeof where, "%s exemption %s", in->id, in->exemptions[k].id);
            check_expr(in->exemptions[k].when, where);
        }
        for (int k = 0; k < in->nprovisions; k++) {
            const ag_provision *p = &in->provisions[k];
            snprintf(where, sizeof where, "%s", p->full_id);
            check_expr(p->when, where);
            for (int m = 0; m < p->namendments; m++) check_expr(p->amendments[m]->when, where);
        }
    }
    fprintf(stderr, "%d conditions, %d sub-expressions parsed back\n", exprs_checked, nodes_checked);
    CHECK(exprs_checked > 500 && nodes_checked > 2500);
    aigov_corpus_free(c);
    TEST_MAIN_END();
}
