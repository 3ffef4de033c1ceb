/* yamltree.c — builds ag_ynode trees from libyaml events, iteratively (an explicit
 * stack, never recursion), with positions for every node. Owns all use of yaml.h.
 * Must not interpret the corpus: that is load.c's job. */
#include "base/yamltree.h"

#include <stdio.h>
#include <yaml.h>

typedef struct frame {
    ag_ynode *node;
    ag_vec kids; /* ag_ynode* */
} frame;

bool ag_ynode_is_null(const ag_ynode *n) {
    if (!n) return true;
    if (n->kind != AG_Y_SCALAR || n->style != AG_YS_PLAIN) return false;
    return n->len == 0 || !strcmp(n->str, "~") || !strcmp(n->str, "null") ||
           !strcmp(n->str, "Null") || !strcmp(n->str, "NULL");
}

/* Finishes a frame: freezes its kids into the arena; checks duplicate keys. */
static bool close_frame(ag_arena *a, frame *f, const char *file, const char *src, size_t len,
                        aigov_diags *d, bool *dup) {
    ag_ynode *n = f->node;
    n->nkids = (int)f->kids.n;
    n->kids = ag_vec_freeze(&f->kids, a);
    ag_vec_free(&f->kids);
    if (n->nkids && !n->kids) return false;
    if (n->kind == AG_Y_MAP) {
        for (int i = 0; i < n->nkids; i += 2) {
            ag_ynode *k = n->kids[i];
            if (k->kind != AG_Y_SCALAR) {
                ag_diag_add(d, file, src, len, k->line, k->col, 1,
                            "mapping key must be a scalar, found %s",
                            k->kind == AG_Y_SEQ ? "a sequence" : "a mapping");
                *dup = true;
                continue;
            }
            for (int j = 0; j < i; j += 2)
                if (n->kids[j]->kind == AG_Y_SCALAR && !strcmp(n->kids[j]->str, k->str)) {
                    ag_diag_add(d, file, src, len, k->line, k->col, (int)k->len,
                                "duplicate key '%s' (first at line %d)", k->str, n->kids[j]->line);
                    *dup = true;
                    break;
                }
        }
    }
    return true;
}

ag_ynode *ag_yaml_parse(ag_arena *a, const char *file, int file_id, const char *src, size_t len,
                        aigov_diags *d) {
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p)) return NULL;
    yaml_parser_set_input_string(&p, (const unsigned char *)src, len);
    frame stack[AG_MAX_YAML_DEPTH + 1];
    int depth = 0;
    ag_ynode *root = NULL;
    bool ok = true, bad = false, done = false;
    int docs = 0;
    while (!done) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&p, &ev)) {
            int line = (int)p.problem_mark.line + 1, col = (int)p.problem_mark.column + 1;
            if (p.error == YAML_READER_ERROR && p.problem_offset <= len) {
                /* Bad bytes (invalid UTF-8, control characters) come with a byte offset,
                 * not a mark: count lines, and characters on the line, up to it. */
                line = col = 1;
                for (size_t i = 0; i < p.problem_offset; i++) {
                    if (src[i] == '\n') { line++; col = 1; }
                    else if (((unsigned char)src[i] & 0xC0) != 0x80) col++;
                }
            }
            /* libyaml notices an unclosed bracket or quote where it gave up; say where
             * the construct it was reading started. */
            char started[64] = "";
            if (p.context && (int)p.context_mark.line + 1 != line)
                snprintf(started, sizeof started, " (started at line %d, column %d)",
                         (int)p.context_mark.line + 1, (int)p.context_mark.column + 1);
            ag_diag_add(d, file, src, len, line, col, 1, "invalid YAML: %s%s%s%s",
                        p.problem ? p.problem : "syntax error", p.context ? " " : "",
                        p.context ? p.context : "", started);
            ok = false;
            break;
        }
        int line = (int)ev.start_mark.line + 1, col = (int)ev.start_mark.column + 1;
        ag_ynode *n = NULL;
        switch (ev.type) {
        case YAML_STREAM_END_EVENT: done = true; break;
        case YAML_DOCUMENT_START_EVENT:
            if (++docs > 1) {
                ag_diag_add(d, file, src, len, line, col, 3,
                            "a second YAML document; expected exactly one per file");
                ok = false;
                done = true;
            }
            break;
        case YAML_ALIAS_EVENT:
            ag_diag_add(d, file, src, len, line, col, 1,
                        "YAML aliases are not supported; write the value out");
            ok = false;
            done = true;
            break;
        case YAML_SCALAR_EVENT:
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if ((ev.type == YAML_SCALAR_EVENT ? ev.data.scalar.anchor
                 : ev.type == YAML_SEQUENCE_START_EVENT ? ev.data.sequence_start.anchor
                                                        : ev.data.mapping_start.anchor)) {
                ag_diag_add(d, file, src, len, line, col, 1,
                            "YAML anchors are not supported; write the value out");
                ok = false;
                done = true;
                break;
            }
            n = AG_NEW(a, ag_ynode, 1);
            if (!n) { ok = false; done = true; break; }
            n->line = line;
            n->col = col;
            n->file = file_id;
            if (ev.type == YAML_SCALAR_EVENT) {
                n->kind = AG_Y_SCALAR;
                yaml_scalar_style_t st = ev.data.scalar.style;
                n->style = st == YAML_PLAIN_SCALAR_STYLE ? AG_YS_PLAIN
                           : (st == YAML_LITERAL_SCALAR_STYLE || st == YAML_FOLDED_SCALAR_STYLE) ? AG_YS_BLOCK
                                                                                                   : AG_YS_QUOTED;
                n->len = ev.data.scalar.length;
                n->str = ag_arena_strndup(a, (const char *)ev.data.scalar.value, n->len);
                if (!n->str) { ok = false; done = true; break; }
                if (strlen(n->str) != n->len) {
                    ag_diag_add(d, file, src, len, line, col, 1, "NUL character in a scalar");
                    bad = true;
                }
            } else {
                n->kind = ev.type == YAML_SEQUENCE_START_EVENT ? AG_Y_SEQ : AG_Y_MAP;
            }
            if (depth > 0) {
                ag_ynode **slot = ag_vec_push(&stack[depth - 1].kids);
                if (!slot) { ok = false; done = true; break; }
                *slot = n;
            } else {
                root = n;
            }
            if (n->kind != AG_Y_SCALAR) {
                if (depth >= AG_MAX_YAML_DEPTH) {
                    ag_diag_add(d, file, src, len, line, col, 1,
                                "nesting deeper than the limit of %d levels", AG_MAX_YAML_DEPTH);
                    ok = false;
                    done = true;
                    break;
                }
                stack[depth].node = n;
                ag_vec_init(&stack[depth].kids, sizeof(ag_ynode *));
                depth++;
            }
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            depth--;
            if (!close_frame(a, &stack[depth], file, src, len, d, &bad)) { ok = false; done = true; }
            break;
        default: break;
        }
        yaml_event_delete(&ev);
    }
    while (depth > 0) ag_vec_free(&stack[--depth].kids);
    yaml_parser_delete(&p);
    if (!ok || bad) return NULL;
    if (!root) {
        root = AG_NEW(a, ag_ynode, 1);
        if (root) { root->kind = AG_Y_MAP; root->line = root->col = 1; root->file = file_id; }
    }
    return root;
}
