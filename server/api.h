/* api.h — what the files of the registry's API share (server/api*.c): the application
 * (sv_app), the helpers that answer a request in JSON, authorization, access to the served
 * corpus, compliance, and the handlers the one route table of api.c names. The handlers
 * live by resource:
 *   api.c          helpers, authorization, corpus access, the route table, life cycle;
 *   api_check.c    check, timeline, explain, eval, the corpus's reads, legitimacy and the
 *                  analyses;
 *   api_systems.c  compliance, systems and their evidence;
 *   api_orgs.c     organisations and tokens (and the CLI's token and org commands);
 *   api_audit.c    the audit log, its heads and proofs (and the CLI's audit commands,
 *                  backup and migrate);
 *   api_corpus.c   what-if, diff and publishing instruments. */
#ifndef AIGOV_SERVER_API_H
#define AIGOV_SERVER_API_H
#include "server.h"

#include <pthread.h>
#include <stdatomic.h>

struct sv_app {
    aigov_server_opts o;
    char *db, *corpus_dir, *date;
    sv_store *store;
    aigov_corpus *corpus;
    pthread_rwlock_t corpus_lock;
    pthread_mutex_t publish_lock; /* one publication at a time: each builds on the last */
    char first_token[96];         /* the operator token made at first start, until printed */
    /* How many published instruments the served corpus holds. Another replica on the same
     * database may publish: a request that finds another count re-reads the corpus. */
    _Atomic long long npub;
    /* The transparency log (translog.c): its signing key, and the log as verified so far,
     * extended under log_mu at each head or proof asked for; never a head over an entry
     * whose chain does not hold. */
    sv_log_key key;
    char key_path[1024];
    bool key_made;
    pthread_mutex_t log_mu;
    sv_audit_log log;
};

/* Helpers (api.c) and compliance (api_systems.c); see each definition. */
void now_utc(char out[32]);
void today(const sv_app *a, char out[11]);
const char *arg(const sv_request *rq, const char *key);
bool valid_id(const char *s);
void set_json(sv_response *rs, int status, json_t *doc);
void set_text(sv_response *rs, int status, const char *type, char *text);
json_t *json_text(const char *s);
void fail(sv_response *rs, int status, const char *code, const aigov_diags *d, const char *fmt, const char *a1);
int status_http(aigov_status s);
const char *status_code(aigov_status s);
void fail_status_hint(sv_response *rs, aigov_status s, const aigov_diags *d, const char *hint);
void fail_status(sv_response *rs, aigov_status s, const aigov_diags *d);
int sv_http_status(sv_err e);
const char *sv_code(sv_err e);
json_t *parse_body(const sv_request *rq, sv_response *rs, const char *what);
bool check_fields(json_t *o, const char *allowed, const char *required, sv_response *rs);
bool authenticate(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who);
bool authenticate_holder(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who);
bool authenticate_operator(sv_app *a, const sv_request *rq, sv_response *rs, sv_principal *who, const char *what);
const aigov_corpus *corpus_read(sv_app *a);
void corpus_done(sv_app *a);
aigov_status corpus_with_published(sv_app *a, const char *body, size_t body_len, aigov_corpus **out, aigov_diags *d);
aigov_status corpus_version(sv_app *a, long npub, json_t *overlay, aigov_corpus **out, aigov_diags *d);
aigov_status compliance_of(sv_app *a, const aigov_corpus *c, const char *profile, size_t len, json_t *documents,
                           json_t *attestations, sv_compliance *cp, json_t **items, json_t **summary, char *date,
                           aigov_diags *d);
json_t *compliance_brief(const sv_compliance *cp);
/* Whether the compliance the registry holds for system `id` (its rows and its summary) is
 * what its profile and evidence, as the log filed them, give on the date it was computed;
 * false with why. The compliance tables are derived data: `audit verify` recomputes them. */
bool compliance_explained(sv_app *a, const aigov_corpus *c, const char *id, char *why, size_t cap);
void recompute_all(sv_app *a, const aigov_corpus *c);
bool flag(const sv_request *rq, const char *key);
int split_topics(const char *s, char *buf, size_t cap, const char **out, int max);

/* The handlers (the route table in api.c). */
typedef void handler(sv_app *, const sv_request *, sv_response *, char **params);
handler h_check, h_timeline, h_explain, h_eval, h_instruments, h_instrument, h_provision, h_stats,
    h_legitimacy, h_legitimacy_all, h_standing, h_examples, h_example, h_divergence, h_map, h_gaps,
    h_conflicts, h_systems, h_system, h_system_version, h_compliance, h_evidence_list,
    h_system_put, h_system_withdraw, h_evidence_add, h_org_add, h_orgs, h_org, h_token_add,
    h_tokens, h_token_revoke, h_whatif, h_diff, h_publish, h_published, h_whoami, h_audit,
    h_audit_verify, h_audit_head, h_audit_inclusion, h_audit_consistency, h_health, h_openapi;

#endif
