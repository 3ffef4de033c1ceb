/* analysis_util.h — a growable string buffer and escaping helpers shared by the analysis
 * renderers (analysis*.c, gaps.c, map.c, whatif.c). Internal. */
#ifndef AG_ANALYSIS_UTIL_H
#define AG_ANALYSIS_UTIL_H
#include "base/ag.h"

typedef struct ag_buf {
    char *s;
    size_t n, cap;
    bool oom;
} ag_buf;
void ag_buf_init(ag_buf *b);
void ag_buf_free(ag_buf *b);
void ag_buf_printf(ag_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends s escaped for HTML/XML text and attributes. */
void ag_buf_xml(ag_buf *b, const char *s);
/* Appends s escaped for a DOT double-quoted string. */
void ag_buf_dot(ag_buf *b, const char *s);
/* Takes the string (malloc'd; NULL on OOM) and resets b. */
char *ag_buf_take(ag_buf *b);


/* The analysis date from opts (NULL or "" = today); false with d filled on a bad date. */
bool ag_analysis_date(const aigov_analysis_opts *o, int32_t *date, aigov_diags *d);
#endif
