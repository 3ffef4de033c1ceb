/* yamltree.h — a YAML document as a small tree with source positions, built from
 * libyaml's event stream by yamltree.c (the only file that includes yaml.h).
 * Aliases, anchors-with-references and multi-document streams are rejected; nesting is
 * bounded by AG_MAX_YAML_DEPTH; duplicate mapping keys are errors. */
#ifndef AG_YAMLTREE_H
#define AG_YAMLTREE_H
#include "base/ag.h"

typedef enum ag_ynode_kind { AG_Y_SCALAR, AG_Y_SEQ, AG_Y_MAP } ag_ynode_kind;
typedef enum ag_yscalar_style { AG_YS_PLAIN, AG_YS_QUOTED, AG_YS_BLOCK } ag_yscalar_style;

typedef struct ag_ynode {
    ag_ynode_kind kind;
    ag_yscalar_style style;
    int line, col;         /* 1-based start position */
    int file;              /* caller's index of the source file (ag_yaml_parse's file_id) */
    const char *str;       /* scalar value, NUL-terminated */
    size_t len;
    struct ag_ynode **kids;/* SEQ: items; MAP: key, value, key, value, ... */
    int nkids;
} ag_ynode;

/* Parse `src` (named `file` in diagnostics) into nodes in `a`. Returns the root (NULL on
 * error, with a diagnostic; an empty document yields an empty mapping). */
ag_ynode *ag_yaml_parse(ag_arena *a, const char *file, int file_id, const char *src, size_t len,
                        aigov_diags *d);
/* Plain scalars `null`, `~`, `Null`, `NULL` or empty mean "absent". */
bool ag_ynode_is_null(const ag_ynode *n);
#endif
