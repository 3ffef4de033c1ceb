/* aigov_server.h — the registry service's entry points for the `aigov` command
 * (cli/cmd_serve.c): serve, create a token, verify the audit log. The library (src/)
 * knows nothing of HTTP, SQLite or libsodium; this header names none of them either.
 * Every function reports problems through aigov_diags and never prints, except
 * aigov_serve's start-up line ("listening on http://HOST:PORT/") and shutdown line on
 * stderr, which tell an operator (and the tests) where the service is. */
#ifndef AIGOV_SERVER_H
#define AIGOV_SERVER_H
#include <aigov/aigov.h>

typedef struct aigov_server_opts {
    const char *db;          /* SQLite file, created when missing */
    const char *listen;      /* "HOST:PORT"; port 0 picks a free one; default 127.0.0.1:8080 */
    const char *corpus_dir;  /* NULL = the built-in corpus */
    const char *date;        /* fixes "today" (compliance, standing); NULL = the clock */
    int threads;             /* worker threads; 0 = the number of cores */
    size_t max_body;         /* bytes; 0 = 8 MiB */
    int timeout_s;           /* idle connection timeout; 0 = 10 s */
    int request_timeout_s;   /* a request's headers and body must arrive within; 0 = 15 s */
    size_t body_budget;      /* request bodies buffered at once, all connections; 0 = 64 MiB */
    int max_connections;     /* open connections; 0 = 4096 */
    int per_ip_connections;  /* open connections from one client address; 0 = 256 */
    const char *log_key;     /* the audit log's signing key file; NULL = DB.key (SQLite) */
    /* The work and answer budgets of one request (docs/limits.md); 0 = the default. */
    int analysis_threads;    /* threads of the pool that runs checks and analyses; 0 = 2 */
    uint64_t max_decisions;  /* profiles x provisions one request decides; 0 = 60,000 */
    uint64_t max_steps;      /* steps of one request's computation (aigov_work); 0 = 50,000,000 */
    int max_seconds;         /* time one check or analysis may take; 0 = 30 s */
    size_t max_answer;       /* bytes of one answer; 0 = 64 MiB */
} aigov_server_opts;

/* Runs until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish,
 * closes the database and returns AIGOV_OK. Start-up failures (bad --listen, database,
 * corpus) return non-OK with d filled. */
aigov_status aigov_serve(const aigov_server_opts *o, aigov_diags *d);

/* Creates an API token for `actor` (an actor id of the corpus) in the database `db`,
 * with an audit entry; *token receives it (malloc'd): it is shown once and only its
 * hash is stored. */
aigov_status aigov_token_create(const char *db, const char *corpus_dir, const char *actor,
                                char **token, aigov_diags *d);

/* A token for `holder` (an organisation of the registry or an actor of the corpus), or an
 * operator token when operator_ (holder ignored); valid until the day before `expires`
 * (YYYY-MM-DD, later than today; NULL = no expiry). Audited; *token is malloc'd and shown
 * once. */
typedef struct aigov_token_request {
    const char *holder;
    bool operator_;
    const char *expires;
} aigov_token_request;
aigov_status aigov_token_make(const char *db, const char *corpus_dir, const aigov_token_request *rq,
                              char **token, aigov_diags *d);
/* Every token of the registry (never a secret): format "text" (tab-separated, a header
 * line) or "json". *report is malloc'd. */
aigov_status aigov_token_list(const char *db, const char *format, char **report, aigov_diags *d);
/* Revokes a token by its id, as the operator; audited. AIGOV_NOTFOUND (no such token),
 * AIGOV_INVALID (already revoked), with d filled. */
aigov_status aigov_token_revoke(const char *db, const char *id, aigov_diags *d);

/* Registers an organisation, as the operator, validated as POST /v1/organisations
 * validates it (docs/api.md); audited. AIGOV_USAGE (a bad field), AIGOV_INVALID (the id
 * is taken), with d filled. */
typedef struct aigov_org {
    const char *id, *name, *kind, *established;
} aigov_org;
aigov_status aigov_org_add(const char *db, const char *corpus_dir, const aigov_org *org, aigov_diags *d);
aigov_status aigov_org_list(const char *db, const char *format, char **report, aigov_diags *d);

/* Verifies the audit log's hash chain, that every registry row is explained by it, and
 * that each system's compliance (derived data) is what its profile and evidence give.
 * Returns AIGOV_OK with *report ("audit log ok: N entries, ..."), or AIGOV_INVALID with
 * *report naming the first bad entry or row and why, or another status with d filled (no
 * such database). With hc and hc->head (a signed tree head saved earlier, as JSON), also
 * proves that the log extends that head (its signature with hc->public_key, hex, or its
 * own key; a consistency proof against its root): deleting or rewriting history, even all
 * of it, is then found. Opens the database read-only. *report is malloc'd. */
typedef struct aigov_head_check {
    const char *head;        /* the saved head's JSON text */
    size_t head_len;
    const char *head_name;   /* where it came from, for messages */
    const char *public_key;  /* the log's Ed25519 public key pinned, hex; NULL = the head's own */
    const char *corpus_dir;  /* the corpus the registry serves (NULL = the built-in one): the
                              * compliance it holds is recomputed against it and compared */
} aigov_head_check;
aigov_status aigov_audit_verify(const char *db, const aigov_head_check *hc, char **report, aigov_diags *d);
/* The log's signed tree head now (docs/security.md), as JSON in *json (malloc'd), signed
 * with the key in log_key (NULL: DB.key beside an SQLite file) after the whole chain was
 * checked; AIGOV_INVALID when the chain does not hold (no head is signed over it). Opens
 * the database read-only. */
aigov_status aigov_audit_head(const char *db, const char *log_key, char **json, aigov_diags *d);
/* Applies the schema migrations the registry `db` (an SQLite file or a PostgreSQL
 * connection string) lacks, as `aigov serve` does at start; *report names the backend and
 * the schema version reached. */
aigov_status aigov_store_migrate(const char *db, char **report, aigov_diags *d);
/* An online, consistent copy of the SQLite registry `db` into the new file `out` (never
 * replacing a file; the live file is only read), then checked as `aigov audit verify`
 * checks a registry. *report names the entries copied and the log's tree root; AIGOV_USAGE
 * for PostgreSQL (pg_dump does it), AIGOV_INVALID when the copy's log does not verify. */
aigov_status aigov_store_backup(const char *db, const char *out, char **report, aigov_diags *d);

/* What a client fetched from the registry to check it without trusting it: the signed tree
 * head (GET /v1/audit/head), optionally a head kept earlier, an inclusion proof (GET
 * /v1/audit/proof/inclusion) and a consistency proof (GET /v1/audit/proof/consistency), as
 * JSON texts, and optionally the log's public key pinned as hex. */
typedef struct aigov_proof_inputs {
    const char *head, *old_head, *inclusion, *consistency;
    size_t head_len, old_head_len, inclusion_len, consistency_len;
    const char *public_key;
    const char *entry_hash;  /* hex: the entry the inclusion proof must be about (a write's receipt); may be NULL */
    const char *head_name, *old_head_name, *inclusion_name, *consistency_name; /* for messages; may be NULL */
} aigov_proof_inputs;
/* Checks every input given: the head's signature (with the pinned key, else the kept head's,
 * which must be the same, else the head's own), the inclusion proof against the head's root,
 * the consistency proof between the kept head and the head (with entry_hash, that the
 * inclusion proof is about that entry). AIGOV_OK when all hold, with
 * *report (malloc'd) a line per check; AIGOV_INVALID when one fails (the report says which);
 * another status with d filled for unreadable inputs. */
aigov_status aigov_audit_check_proofs(const aigov_proof_inputs *in, char **report, aigov_diags *d);

#endif
