/* jsonout.h — building JSON output with jansson without losing an allocation failure.
 * jansson's setters return -1 when out of memory and the renderers would otherwise emit
 * a document silently missing keys. Every renderer builds through ag_json_set /
 * ag_json_push, which record a failure in a thread-local flag; it clears the flag with
 * ag_json_begin() and checks ag_json_failed() before returning output (NULL on failure). */
#ifndef AG_JSONOUT_H
#define AG_JSONOUT_H
#include <jansson.h>
#include <stdbool.h>

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
#endif
