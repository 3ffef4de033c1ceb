/* oscal.h — the pieces of NIST OSCAL 1.0.6 (docs/oscal.md) that the corpus's catalog and a
 * check's profile and assessment results share, so that each id is derived in one place: a
 * provision's control id, the deterministic UUIDs, properties in aigov's namespace, the
 * catalog's metadata and its citations as back-matter resources. */
#ifndef AG_OSCAL_H
#define AG_OSCAL_H
#include "corpus/corpus.h"

#include <jansson.h>

#define AG_OSCAL_VERSION "1.0.6"
/* The namespace of aigov's own property names (OSCAL props outside NIST's). */
#define AG_OSCAL_NS "urn:aigov:oscal"

/* The OSCAL id (an XML NCName) of an instrument or provision id ("eu-ai-act/art5-1-a" ->
 * "eu-ai-act.art5-1-a"): '/' becomes '.', any other character outside letters, digits,
 * '.', '-', '_' becomes '_', and an id not starting with a letter gets a leading '_'.
 * Corpus ids are kebab-case, so the mapping is one-to-one on them. */
void ag_oscal_id(const char *id, char *buf, size_t cap);
/* A UUID derived from the strings a and b (b may be NULL) under `kind`: the same inputs
 * give the same UUID, so the same corpus or check gives the same document. 128 bits of two
 * FNV-1a hashes in the RFC 4122 version-4 layout (OSCAL 1.0.6 accepts versions 4 and 5; 5
 * would need SHA-1). Not a secret and not collision-proof against an adversary. */
void ag_oscal_uuid(const char *kind, const char *a, const char *b, char out[37]);
/* Appends {"name", "ns", "value"} to the array props when value has text (OSCAL refuses an
 * empty value, or one with white space at either end: it is trimmed). ns NULL = NIST's. */
void ag_oscal_prop(json_t *props, const char *name, const char *ns, const char *value);
/* "YYYY-MM-DDT00:00:00Z" of a day. */
void ag_oscal_datetime(int32_t day, char out[21]);
/* The OSCAL "metadata" object: title, last-modified (the day), version (aigov's),
 * oscal-version, and remarks when non-NULL. */
json_t *ag_oscal_metadata(const char *title, int32_t day, const char *remarks);
/* The day the corpus was last verified (its provenance), else 1970-01-01: the
 * last-modified of every OSCAL document made from it, so that output is reproducible. */
int32_t ag_oscal_corpus_day(const aigov_corpus *c);
/* The back-matter resource that stands for the corpus's OSCAL catalog in a profile or
 * assessment results (its UUID is the catalog's). */
json_t *ag_oscal_catalog_resource(const aigov_corpus *c);
/* The catalog's UUID. */
void ag_oscal_catalog_uuid(const aigov_corpus *c, char out[37]);
#endif
