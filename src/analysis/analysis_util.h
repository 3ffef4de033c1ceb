/* analysis_util.h — a growable string buffer and escaping helpers shared by the analysis
 * renderers (analysis*.c, gaps.c, map.c, whatif.c). Internal. */
#ifndef AG_ANALYSIS_UTIL_H
#define AG_ANALYSIS_UTIL_H
#include "base/ag.h"
#include "corpus/corpus.h"

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

/* ---- Filters (--topic, --layer, --jurisdiction; docs/analysis.md) ---------------------- */
/* Checks the filters of o against the corpus: a topic of the topics vocabulary, a layer, a
 * region code or INTL. False with d filled (a did-you-mean for topics and regions). */
bool ag_filter_check(const aigov_corpus *c, const aigov_analysis_opts *o, aigov_diags *d);
/* True when o sets any filter. */
bool ag_filter_any(const aigov_analysis_opts *o);
/* Does instrument `in`, reaching jurisdiction `col` (itself, a parent's law in a subdivision,
 * a group's law in its members on the date, an international instrument in its adherents),
 * pass? */
bool ag_instrument_reaches(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date);
/* An instrument passes when the topic and layer are among its own or one of its
 * provisions', and it reaches the jurisdiction. */
bool ag_filter_instrument(const aigov_corpus *c, const ag_instrument *in, const aigov_analysis_opts *o, int32_t date);
/* A provision passes on its own topics and layers (its instrument's when it lists none)
 * and its instrument's reach. */
bool ag_filter_provision(const aigov_corpus *c, const ag_provision *p, const aigov_analysis_opts *o, int32_t date);
#endif
