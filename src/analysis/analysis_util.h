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

/* The years of a series (panel, blocs): --from (default 2014, the start of the UN CCW talks)
 * to --to (default the year of the date); false with d filled when from > to. */
bool ag_analysis_years(const aigov_analysis_opts *o, int32_t date, int *from, int *to, aigov_diags *d);

/* ---- Filters (--topic, --layer, --jurisdiction; docs/analysis.md) ---------------------- */
/* Checks the filters of o against the corpus: a topic of the topics vocabulary, a layer, a
 * region code or INTL. False with d filled (a did-you-mean for topics and regions). */
bool ag_filter_check(const aigov_corpus *c, const aigov_analysis_opts *o, aigov_diags *d);
/* True when o sets any filter. */
bool ag_filter_any(const aigov_analysis_opts *o);
/* ---- Reach (docs/analysis.md, "Reach") ------------------------------------------------------
 * The one answer every analysis (map, gaps, divergence, panel, blocs, the web views) gives to
 * "does instrument `in` reach place `col` on `date`": `col` is a region code of the corpus or
 * INTL. It does when, for the place or one of its ancestors (a subdivision inherits its state's
 * instruments):
 *   - own:       the instrument's jurisdiction is that place (US law in US, in US-CA);
 *   - group_law: its jurisdiction is a group the place belongs to on the date (EU law in FR);
 *   - adherent:  it is international and the place adheres (a region code, or a state actor);
 *   - via_group: it is international and a group that adheres has the place as a member on
 *                the date (OECD, UN, G7, G20, NATO, COE, EU, AFRICAN-UNION; nested groups and
 *                actors whose `members` are groups too: the G20 through the EU).
 * An INTL column is reached by international instruments only. `at` names the ancestor
 * through which a subdivision is reached (NULL: the place itself); `via` the group. */
typedef enum ag_reach_kind { AG_REACH_NONE, AG_REACH_OWN, AG_REACH_GROUP_LAW, AG_REACH_ADHERENT, AG_REACH_VIA_GROUP } ag_reach_kind;
typedef struct ag_reach {
    ag_reach_kind kind;
    const char *at, *via;
} ag_reach;
ag_reach ag_instrument_reach(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date);
bool ag_instrument_reaches(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date);
const char *ag_reach_kind_name(ag_reach_kind k);
/* Is region r a member of group g on the date (directly, or as a member of a member group)?
 * True when r == g. */
bool ag_region_in_group(const aigov_corpus *c, int r, int g, int32_t date);
/* Does the instrument count in coverage on the date (gaps, panel): in force, and issued by at
 * least one body that is not `proposed`. */
bool ag_instrument_counts(const aigov_corpus *c, const ag_instrument *in, int32_t date);
/* Is the topic (layer) among the instrument's own or one of its provisions'? */
bool ag_instrument_has_topic(const ag_instrument *in, const char *t);
bool ag_instrument_has_layer(const ag_instrument *in, const char *l);
/* An instrument passes when the topic and layer are among its own or one of its
 * provisions', and it reaches the jurisdiction. */
bool ag_filter_instrument(const aigov_corpus *c, const ag_instrument *in, const aigov_analysis_opts *o, int32_t date);
/* A provision passes on its own topics and layers (its instrument's when it lists none)
 * and its instrument's reach. */
bool ag_filter_provision(const aigov_corpus *c, const ag_provision *p, const aigov_analysis_opts *o, int32_t date);
#endif
