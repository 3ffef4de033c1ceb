/* jsonout.h — building JSON output with jansson without losing an allocation failure.
 * jansson's setters return -1 when out of memory and the renderers would otherwise emit
 * a document silently missing keys. Every renderer builds through ag_json_set /
 * ag_json_push, which record a failure in a thread-local flag; it clears the flag with
 * ag_json_begin() and checks ag_json_failed() before returning output (NULL on failure). */
#ifndef AG_JSONOUT_H
#define AG_JSONOUT_H
#include "base/ag.h"

#include <jansson.h>
#include <stdbool.h>
#include <stdlib.h>

extern _Thread_local bool ag_json_oom;

static inline void ag_json_begin(void) { ag_json_oom = false; }
static inline bool ag_json_failed(void) { return ag_json_oom; }
/* Like json_object_set_new (steals v); records a failure, including v == NULL. */
static inline void ag_json_set(json_t *o, const char *k, json_t *v) {
    /* jansson releases v itself when the set fails (also for a NULL object). */
    if (json_object_set_new(o, k, v) != 0) ag_json_oom = true;
}
/* Like json_array_append_new (steals v). */
static inline void ag_json_push(json_t *a, json_t *v) {
    if (json_array_append_new(a, v) != 0) ag_json_oom = true;
}
/* Like json_object_set (does not steal v). */
static inline void ag_json_set_ref(json_t *o, const char *k, json_t *v) {
    if (json_object_set(o, k, v) != 0) ag_json_oom = true;
}
/* A date as "YYYY-MM-DD", or null when absent. */
static inline json_t *ag_json_date(int32_t d) {
    if (d == AG_DATE_NONE) return json_null();
    char b[11];
    ag_date_format(d, b);
    return json_string(b);
}

/* A list of strings as a JSON array (a failed append is recorded). */
static inline json_t *ag_json_strlist(const ag_strlist *l) {
    json_t *a = json_array();
    for (int i = 0; i < l->n; i++) ag_json_push(a, json_string(l->items[i]));
    return a;
}

/* Serialises j into a malloc'd, NUL-terminated string followed by a newline when `nl`,
 * reals in their shortest round-trip form (aigov_json_shortest_reals).
 * json_dumps allocates inside jansson while it writes and, when such an allocation fails,
 * can return a document with a piece missing; json_dumpb into one buffer of the exact
 * size (measured first, without allocating) cannot. NULL when out of memory, or when a
 * failure was recorded while the document was built. */
static inline char *ag_json_dump(const json_t *j, size_t flags, bool nl) {
    if (ag_json_oom || !j) return NULL;
    size_t n = json_dumpb(j, NULL, 0, flags);
    if (n == 0) return NULL;
    char *buf = malloc(n + 2);
    if (!buf) return NULL;
    if (json_dumpb(j, buf, n, flags) != n) { free(buf); return NULL; }
    n = aigov_json_shortest_reals(buf, n);
    if (nl) buf[n++] = '\n';
    buf[n] = 0;
    return buf;
}
#endif
