/* ag.h — internal foundations shared by every src/ file: the arena, dates, slot sets,
 * diagnostics helpers and limits. Nothing here is public; the CLI never includes it.
 *
 * Memory: an ag_arena is a chain of blocks; pointers into it stay valid until the
 * arena is freed or reset. Allocation never aborts: it returns NULL when out of memory
 * or when a size computation would overflow, and callers turn that into AIGOV_NOMEM. */
#ifndef AG_H
#define AG_H

#include "aigov/aigov.h"

#include <limits.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A list of strings (arena-owned items). */
typedef struct ag_strlist {
    const char **items;
    int n;
} ag_strlist;

/* ---- Limits (documented in docs/limits.md) ---------------------------------------- */
#define AG_MAX_FILE_BYTES (8u << 20)  /* one corpus or profile file */
#define AG_MAX_EXPR_BYTES 16384        /* one condition */
#define AG_MAX_EXPR_DEPTH 96           /* nesting of one condition (CEL needs >= 32) */
#define AG_MAX_EXPR_NODES 4096         /* nodes of one condition */
#define AG_MAX_LIST_ITEMS 4096         /* items of one list (literal or profile) */
#define AG_MAX_SLOTS 256               /* profile fields a corpus may declare */
#define AG_MAX_YAML_DEPTH 32           /* nesting of corpus YAML documents */
#define AG_MAX_JSON_DEPTH 32           /* nesting of profile JSON */
#define AG_DIAG_CAP_DEFAULT 100        /* errors reported before "too many errors" */

/* ---- Arena ------------------------------------------------------------------------ */
typedef struct ag_arena_block ag_arena_block;
typedef struct ag_arena {
    ag_arena_block *head;
    size_t total; /* bytes allocated from the system, for stats and limits */
    size_t next;  /* size of the next block (0: the default, 64 KiB) */
} ag_arena;

void ag_arena_init(ag_arena *a);
/* An arena whose first block is `first` bytes, doubling up to the default: for the many
 * small arenas of a batch (one per profile), so that each profile's memory is compact. */
void ag_arena_init_block(ag_arena *a, size_t first);
void ag_arena_free(ag_arena *a);
/* Zeroed memory for n objects of `size` bytes aligned to `align`; NULL on OOM/overflow. */
void *ag_arena_alloc(ag_arena *a, size_t size, size_t n, size_t align);
#define AG_NEW(a, T, n) ((T *)ag_arena_alloc((a), sizeof(T), (n), _Alignof(T)))
/* Copies of strings, NUL-terminated. NULL on OOM. */
char *ag_arena_strndup(ag_arena *a, const char *s, size_t len);
char *ag_arena_strdup(ag_arena *a, const char *s);
char *ag_arena_printf(ag_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- Growable pointer/any vector built with the heap, frozen into an arena --------- */
typedef struct ag_vec {
    void *items;
    size_t n, cap, size;
} ag_vec;
void ag_vec_init(ag_vec *v, size_t elem_size);
/* Appends one zeroed element and returns it; NULL on OOM. */
void *ag_vec_push(ag_vec *v);
void ag_vec_free(ag_vec *v);
/* Copy into the arena (NULL when n == 0 or OOM; check v->n). */
void *ag_vec_freeze(ag_vec *v, ag_arena *a);

/* ---- Dates: days since 1970-01-01 (proleptic Gregorian) --------------------------- */
#define AG_DATE_NONE INT32_MIN /* absent */
#define AG_DATE_MIN (-719162)  /* 0001-01-01 */
#define AG_DATE_MAX 2932896    /* 9999-12-31 */
/* Parse exactly "YYYY-MM-DD" (a real calendar date in 0001..9999); false otherwise. */
bool ag_date_parse(const char *s, size_t len, int32_t *out);
/* Writes "YYYY-MM-DD" into buf (11 bytes). */
void ag_date_format(int32_t d, char buf[11]);
int32_t ag_date_today(void);

/* ---- Numbers as text ------------------------------------------------------------------ */

/* The shortest text that reads back (strtod) as the same double: the first %.{1..17}g that
 * round-trips, with the exponent written plainly ("1e25", "2.5e-7", "0.32"). Infinite and
 * NaN values as "inf"/"nan" (never valid JSON; callers keep them out of JSON). Returns the
 * length written into buf. */
int ag_double_shortest(double d, char buf[32]);

/* ---- Prose in text and Markdown output ----------------------------------------------- */

/* A vocabulary code as words for text and Markdown ("domestic_law" -> "domestic law");
 * JSON keeps the code. Writes into buf (truncating to cap) and returns it. */
const char *ag_words(const char *code, char *buf, size_t cap);
/* Word-wraps text at `width` columns as the check report does: the first line starts with
 * `first`, the others with `indent` spaces. Never breaks inside a word. */
void ag_wrap(FILE *f, const char *first, int indent, const char *text, int width);

/* ---- Slot sets: which profile fields an evaluation read or needs ------------------ */
typedef struct ag_slotset {
    uint64_t w[AG_MAX_SLOTS / 64];
} ag_slotset;
static inline void ag_slotset_add(ag_slotset *s, int slot) { s->w[slot >> 6] |= 1ull << (slot & 63); }
static inline bool ag_slotset_has(const ag_slotset *s, int slot) { return (s->w[slot >> 6] >> (slot & 63)) & 1; }
static inline void ag_slotset_union(ag_slotset *s, const ag_slotset *t) {
    for (int i = 0; i < AG_MAX_SLOTS / 64; i++) s->w[i] |= t->w[i];
}
static inline bool ag_slotset_empty(const ag_slotset *s) {
    for (int i = 0; i < AG_MAX_SLOTS / 64; i++) if (s->w[i]) return false;
    return true;
}

/* ---- Diagnostics ------------------------------------------------------------------ */
/* Adds an error to d (when d is non-NULL). `src` is the whole source text (may be NULL)
 * from which the line is copied for the caret display; line/col are 1-based (0 = none).
 * Counts beyond d->cap go to d->dropped. Never fails: on OOM the entry is dropped. */
void ag_diag_add(aigov_diags *d, const char *file, const char *src, size_t src_len, int line,
                 int col, int span, const char *fmt, ...) __attribute__((format(printf, 8, 9)));
/* For JSON inputs: an error located by its JSON path (and line/col when known). */
void ag_diag_add_json(aigov_diags *d, const char *file, const char *path, int line, int col,
                      const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* ---- Did-you-mean ----------------------------------------------------------------- */
/* Damerau-Levenshtein distance, capped: returns cap+1 when the distance exceeds cap. */
int ag_edit_distance(const char *a, size_t alen, const char *b, size_t blen, int cap);
/* The closest of `cands` to s (by edit distance, within max(2, len/3)); NULL if none. */
const char *ag_suggest(const char *s, size_t len, const char *const *cands, size_t n);

/* ---- Small helpers ---------------------------------------------------------------- */
/* Whether a (alen bytes) equals the NUL-terminated b, ignoring ASCII case. */
bool ag_ieq(const char *a, size_t alen, const char *b);
/* Read a whole file (at most AG_MAX_FILE_BYTES) into a malloc'd NUL-terminated buffer. */
aigov_status ag_read_file(const char *path, char **out, size_t *len, aigov_diags *d);
/* Why a file of this st_mode cannot be read as input (a directory, FIFO, device, socket), or
 * NULL for a regular file. FIFOs are refused: reading one could wait forever. */
const char *ag_file_kind_error(unsigned mode);

#define AG_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
