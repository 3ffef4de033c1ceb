/* store.c — the registry's store: schema and versioned migrations, tokens, systems and
 * their profile versions, evidence, compliance, published instruments and the
 * hash-chained audit log (schema: docs/store.md), written once over db.h for both
 * backends (SQLite in a file, PostgreSQL shared by several `aigov serve` replicas). Every
 * write by an actor runs in one transaction together with its audit entry, serialised in
 * the database (SQLite: BEGIN IMMEDIATE; PostgreSQL: the audit_head table locked until
 * COMMIT), and is durable when the function returns (SQLite: WAL, synchronous=FULL;
 * PostgreSQL: synchronous_commit=on): a caller acknowledges a write only after that.
 * Never prints. */
#include "merkle.h"
#include "server.h"
#include "db.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The writer's connection, and readers: connections of their own (SQLite in WAL mode lets
 * them read the last committed state while a write goes on; PostgreSQL likewise), opened
 * on the first read, so a long read (a registry's list, a system's history, the log) never
 * holds the writers' lock. A reader is a store of its own with no readers. */
#define NREADERS 4
struct sv_store {
    db *db;
    pthread_mutex_t mu;
    char *path;                    /* NULL: no readers (read-only stores, readers themselves) */
    pthread_mutex_t rd_mu;         /* guards opening the readers */
    int nrd;                       /* readers open; -1: they could not be opened */
    struct sv_store *rd[NREADERS];
    _Atomic unsigned next;
    sv_receipt last;               /* the entry this connection appended last (under mu) */
};

/* Each migration moves the schema from version i to i+1 (PRAGMA user_version). Append
 * new ones; never edit an applied one. */
static const char *const MIGRATIONS[] = {
    /* 1: the registry */
    "CREATE TABLE audit(\n"
    "  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,\n"
    "  subject TEXT NOT NULL, payload TEXT NOT NULL, prev BLOB NOT NULL, hash BLOB NOT NULL);\n"
    "CREATE TABLE audit_head(id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash BLOB NOT NULL);\n"
    "CREATE TABLE tokens(\n"
    "  id TEXT PRIMARY KEY, actor TEXT NOT NULL, hash BLOB NOT NULL, created_at TEXT NOT NULL,\n"
    "  revoked_at TEXT, audit_seq INTEGER NOT NULL REFERENCES audit(seq));\n"
    "CREATE TABLE systems(\n"
    "  id TEXT PRIMARY KEY, owner TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,\n"
    "  version INTEGER NOT NULL, met INTEGER NOT NULL DEFAULT 0, unmet INTEGER NOT NULL DEFAULT 0,\n"
    "  unknown INTEGER NOT NULL DEFAULT 0, compliance_date TEXT);\n"
    "CREATE TABLE system_versions(\n"
    "  system_id TEXT NOT NULL REFERENCES systems(id), version INTEGER NOT NULL, profile TEXT NOT NULL,\n"
    "  profile_sha256 TEXT NOT NULL, filed_by TEXT NOT NULL, filed_at TEXT NOT NULL,\n"
    "  audit_seq INTEGER NOT NULL REFERENCES audit(seq), PRIMARY KEY (system_id, version));\n"
    "CREATE TABLE evidence(\n"
    "  id INTEGER PRIMARY KEY, system_id TEXT NOT NULL REFERENCES systems(id), provision TEXT NOT NULL,\n"
    "  reference TEXT NOT NULL, sha256 TEXT NOT NULL, date TEXT NOT NULL, filed_by TEXT NOT NULL,\n"
    "  filed_at TEXT NOT NULL, audit_seq INTEGER NOT NULL REFERENCES audit(seq));\n"
    "CREATE INDEX evidence_by_system ON evidence(system_id, provision);\n"
    "CREATE TABLE compliance(\n"
    "  system_id TEXT NOT NULL REFERENCES systems(id), provision TEXT NOT NULL,\n"
    "  status TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'unknown')), kind TEXT NOT NULL,\n"
    "  binding TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (system_id, provision));\n"
    "CREATE TABLE instruments(\n"
    "  id TEXT PRIMARY KEY, body TEXT NOT NULL, publisher TEXT NOT NULL, published_at TEXT NOT NULL,\n"
    "  audit_seq INTEGER NOT NULL REFERENCES audit(seq));\n",
    /* 2: who did what, fast (GET /v1/audit?actor=, an operator's first question) */
    "CREATE INDEX audit_by_actor ON audit(actor, seq);\n",
    /* 3: organisations registered by an operator; tokens with a role (actor or operator),
     * an expiry and who revoked them; systems with a name, withdrawal and a compliance
     * summary; evidence of two kinds (a document, or an attestation signed with the
     * owner's token); compliance by category. The compliance table is derived data: it is
     * rebuilt, and every system's compliance is recomputed at start-up. */
    "CREATE TABLE organisations(\n"
    "  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, established TEXT NOT NULL,\n"
    "  created_at TEXT NOT NULL, created_by TEXT NOT NULL, audit_seq INTEGER NOT NULL REFERENCES audit(seq));\n"
    "ALTER TABLE tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'actor' CHECK (role IN ('actor', 'operator'));\n"
    "ALTER TABLE tokens ADD COLUMN expires TEXT;\n"
    "ALTER TABLE tokens ADD COLUMN revoked_by TEXT;\n"
    "ALTER TABLE systems ADD COLUMN name TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE systems ADD COLUMN withdrawn_at TEXT;\n"
    "ALTER TABLE systems ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';\n"
    "ALTER TABLE evidence ADD COLUMN kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'attestation'));\n"
    "ALTER TABLE evidence ADD COLUMN statement TEXT;\n"
    "ALTER TABLE evidence ADD COLUMN token_id TEXT;\n"
    "ALTER TABLE evidence ADD COLUMN signature TEXT;\n"
    "DROP TABLE compliance;\n"
    "CREATE TABLE compliance(\n"
    "  system_id TEXT NOT NULL REFERENCES systems(id), provision TEXT NOT NULL,\n"
    "  category TEXT NOT NULL CHECK (category IN ('banned', 'binding_now', 'binding_later', 'conduct', 'voluntary')),\n"
    "  status TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'undecided', 'later', 'banned')),\n"
    "  kind TEXT NOT NULL, binding TEXT NOT NULL, instrument TEXT NOT NULL, article TEXT NOT NULL,\n"
    "  summary TEXT NOT NULL, date TEXT, questions TEXT NOT NULL, reason TEXT NOT NULL,\n"
    "  PRIMARY KEY (system_id, provision));\n",
};

/* The same versions for PostgreSQL: the same tables and columns, in PostgreSQL's types
 * (BYTEA for hashes, BIGINT for numbers, an identity column for evidence ids) and with
 * the ids and provisions that are sorted collated "C" (byte order, as SQLite sorts).
 * Append new ones together with MIGRATIONS; never edit an applied one. */
static const char *const MIGRATIONS_PG[] = {
    /* 1 */
    "CREATE TABLE audit(\n"
    "  seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,\n"
    "  subject TEXT NOT NULL, payload TEXT NOT NULL, prev BYTEA NOT NULL, hash BYTEA NOT NULL);\n"
    "CREATE TABLE audit_head(id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash BYTEA NOT NULL);\n"
    "CREATE TABLE tokens(\n"
    "  id TEXT PRIMARY KEY, actor TEXT NOT NULL, hash BYTEA NOT NULL, created_at TEXT NOT NULL,\n"
    "  revoked_at TEXT, audit_seq BIGINT NOT NULL REFERENCES audit(seq));\n"
    "CREATE TABLE systems(\n"
    "  id TEXT COLLATE \"C\" PRIMARY KEY, owner TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,\n"
    "  version BIGINT NOT NULL, met BIGINT NOT NULL DEFAULT 0, unmet BIGINT NOT NULL DEFAULT 0,\n"
    "  unknown BIGINT NOT NULL DEFAULT 0, compliance_date TEXT);\n"
    "CREATE TABLE system_versions(\n"
    "  system_id TEXT COLLATE \"C\" NOT NULL REFERENCES systems(id), version BIGINT NOT NULL, profile TEXT NOT NULL,\n"
    "  profile_sha256 TEXT NOT NULL, filed_by TEXT NOT NULL, filed_at TEXT NOT NULL,\n"
    "  audit_seq BIGINT NOT NULL REFERENCES audit(seq), PRIMARY KEY (system_id, version));\n"
    "CREATE TABLE evidence(\n"
    "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, system_id TEXT COLLATE \"C\" NOT NULL REFERENCES systems(id),\n"
    "  provision TEXT COLLATE \"C\" NOT NULL, reference TEXT NOT NULL, sha256 TEXT NOT NULL, date TEXT NOT NULL,\n"
    "  filed_by TEXT NOT NULL, filed_at TEXT NOT NULL, audit_seq BIGINT NOT NULL REFERENCES audit(seq));\n"
    "CREATE INDEX evidence_by_system ON evidence(system_id, provision);\n"
    "CREATE TABLE compliance(\n"
    "  system_id TEXT NOT NULL REFERENCES systems(id), provision TEXT NOT NULL,\n"
    "  status TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'unknown')), kind TEXT NOT NULL,\n"
    "  binding TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (system_id, provision));\n"
    "CREATE TABLE instruments(\n"
    "  id TEXT PRIMARY KEY, body TEXT NOT NULL, publisher TEXT NOT NULL, published_at TEXT NOT NULL,\n"
    "  audit_seq BIGINT NOT NULL REFERENCES audit(seq));\n",
    /* 2 */
    "CREATE INDEX audit_by_actor ON audit(actor, seq);\n",
    /* 3 */
    "CREATE TABLE organisations(\n"
    "  id TEXT COLLATE \"C\" PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, established TEXT NOT NULL,\n"
    "  created_at TEXT NOT NULL, created_by TEXT NOT NULL, audit_seq BIGINT NOT NULL REFERENCES audit(seq));\n"
    "ALTER TABLE tokens ADD COLUMN role TEXT NOT NULL DEFAULT 'actor' CHECK (role IN ('actor', 'operator'));\n"
    "ALTER TABLE tokens ADD COLUMN expires TEXT;\n"
    "ALTER TABLE tokens ADD COLUMN revoked_by TEXT;\n"
    "ALTER TABLE systems ADD COLUMN name TEXT NOT NULL DEFAULT '';\n"
    "ALTER TABLE systems ADD COLUMN withdrawn_at TEXT;\n"
    "ALTER TABLE systems ADD COLUMN summary TEXT NOT NULL DEFAULT '{}';\n"
    "ALTER TABLE evidence ADD COLUMN kind TEXT NOT NULL DEFAULT 'document' CHECK (kind IN ('document', 'attestation'));\n"
    "ALTER TABLE evidence ADD COLUMN statement TEXT;\n"
    "ALTER TABLE evidence ADD COLUMN token_id TEXT;\n"
    "ALTER TABLE evidence ADD COLUMN signature TEXT;\n"
    "DROP TABLE compliance;\n"
    "CREATE TABLE compliance(\n"
    "  system_id TEXT COLLATE \"C\" NOT NULL REFERENCES systems(id), provision TEXT COLLATE \"C\" NOT NULL,\n"
    "  category TEXT NOT NULL CHECK (category IN ('banned', 'binding_now', 'binding_later', 'conduct', 'voluntary')),\n"
    "  status TEXT NOT NULL CHECK (status IN ('met', 'unmet', 'undecided', 'later', 'banned')),\n"
    "  kind TEXT NOT NULL, binding TEXT NOT NULL, instrument TEXT NOT NULL, article TEXT NOT NULL,\n"
    "  summary TEXT NOT NULL, date TEXT COLLATE \"C\", questions TEXT NOT NULL, reason TEXT NOT NULL,\n"
    "  PRIMARY KEY (system_id, provision));\n",
};
/* Replicas that start together migrate one at a time (pg_advisory_xact_lock's key). */
#define PG_MIGRATION_LOCK "7412135801"
#define NMIGRATIONS ((int)(sizeof MIGRATIONS / sizeof MIGRATIONS[0]))
_Static_assert(sizeof MIGRATIONS == sizeof MIGRATIONS_PG, "both backends have the same schema versions");

static void why_db(db *d, char *why, const char *what) {
    snprintf(why, SV_WHY, "database: %s: %s", what, db_errmsg(d));
}

static bool exec(sv_store *s, const char *sql, char *why) { return db_exec(s->db, sql, why, SV_WHY); }

static db_stmt *prep(sv_store *s, const char *sql) { return db_prep(s->db, sql); }

static int64_t one_int(sv_store *s, const char *sql, const char *arg, int64_t dflt) {
    db_stmt *st = prep(s, sql);
    int64_t v = dflt;
    if (!st) return dflt;
    if (arg) db_bind_text(st, 1, arg);
    if (db_step(st) == DB_ROW) v = db_col_int64(st, 0);
    db_finalize(st);
    return v;
}

static const char *col(db_stmt *st, int i) { return db_col_text(st, i); }

/* The schema version: SQLite's PRAGMA user_version; PostgreSQL's aigov_schema row
 * (created, with version 0, by the first aigov to connect). -1 when it cannot be read. */
static int64_t schema_version(sv_store *s) {
    if (db_kind(s->db) == DB_SQLITE) return one_int(s, "PRAGMA user_version", NULL, -1);
    return one_int(s, "SELECT version FROM aigov_schema WHERE id = 1", NULL, -1);
}

/* Applies the migrations the database lacks, each in its own transaction. On
 * PostgreSQL, replicas starting together take an advisory lock and re-read the version
 * inside it, so each migration runs once; DDL is transactional there too. */
static sv_err migrate(sv_store *s, char *why) {
    bool pg = db_kind(s->db) == DB_PG;
    const char *const *mig = pg ? MIGRATIONS_PG : MIGRATIONS;
    char w[SV_WHY];
    if (pg && !exec(s, "BEGIN; SELECT pg_advisory_xact_lock(" PG_MIGRATION_LOCK ");\n"
                       "CREATE TABLE IF NOT EXISTS aigov_schema(id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);\n"
                       "INSERT INTO aigov_schema(id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING; COMMIT", w)) {
        exec(s, "ROLLBACK", (char[SV_WHY]){0});
        snprintf(why, SV_WHY, "%s", w);
        return SV_IO;
    }
    for (;;) {
        if (!exec(s, pg ? "BEGIN; SELECT pg_advisory_xact_lock(" PG_MIGRATION_LOCK ")" : "BEGIN IMMEDIATE", w)) {
            snprintf(why, SV_WHY, "%s", w);
            return SV_IO;
        }
        int64_t ver = schema_version(s);
        if (ver < 0 || ver > NMIGRATIONS) {
            exec(s, "ROLLBACK", (char[SV_WHY]){0});
            if (ver < 0) snprintf(why, SV_WHY, "database: cannot read the schema version: %s", db_errmsg(s->db));
            else snprintf(why, SV_WHY, "schema version %lld is newer than this aigov knows (%d); upgrade aigov",
                          (long long)ver, NMIGRATIONS);
            return ver < 0 ? SV_IO : SV_INVALID;
        }
        if (ver == NMIGRATIONS) {
            exec(s, "COMMIT", w);
            return SV_OK;
        }
        char set[96];
        snprintf(set, sizeof set, pg ? "UPDATE aigov_schema SET version = %d WHERE id = 1" : "PRAGMA user_version=%d;", (int)ver + 1);
        if (!exec(s, mig[ver], w) || !exec(s, set, w) || !exec(s, "COMMIT", w)) {
            exec(s, "ROLLBACK", (char[SV_WHY]){0});
            snprintf(why, SV_WHY, "migration %d failed: %.400s", (int)ver + 1, w);
            return SV_IO;
        }
    }
}

static sv_store *store_new(void) {
    sv_store *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&s->mu, &at);
    pthread_mutexattr_destroy(&at);
    return s;
}

sv_err sv_store_open(const char *path, sv_store **out, char *why) {
    *out = NULL;
    sv_store *s = store_new();
    if (!s) { snprintf(why, SV_WHY, "out of memory"); return SV_IO; }
    if (!(s->db = db_open(path, why, SV_WHY))) {
        sv_store_close(s);
        return SV_IO;
    }
    sv_err e = migrate(s, why);
    if (e != SV_OK) {
        sv_store_close(s);
        return e;
    }
    pthread_mutex_init(&s->rd_mu, NULL);
    if (!(s->path = strdup(path))) {
        sv_store_close(s);
        snprintf(why, SV_WHY, "out of memory");
        return SV_IO;
    }
    *out = s;
    return SV_OK;
}


/* A connection to read on, locked: a free reader, else the next one to come free; the
 * writer's own connection when the store has no readers or they cannot be opened. */
static sv_store *reader(sv_store *s) {
    if (!s->path) { sv_store_lock(s); return s; }
    pthread_mutex_lock(&s->rd_mu);
    if (s->nrd == 0) {
        char w[SV_WHY];
        for (int i = 0; i < NREADERS; i++) {
            sv_store *r = store_new();
            if (!r || !(r->db = db_open(s->path, w, sizeof w))) { sv_store_close(r); break; }
            s->rd[s->nrd++] = r;
        }
        if (s->nrd == 0) s->nrd = -1;
    }
    int n = s->nrd;
    pthread_mutex_unlock(&s->rd_mu);
    if (n < 0) { sv_store_lock(s); return s; }
    unsigned k = atomic_fetch_add(&s->next, 1);
    for (int i = 0; i < n; i++) {
        sv_store *r = s->rd[(k + (unsigned)i) % (unsigned)n];
        if (pthread_mutex_trylock(&r->mu) == 0) return r;
    }
    sv_store *r = s->rd[k % (unsigned)n];
    sv_store_lock(r);
    return r;
}

int sv_store_schema_version(sv_store *s) {
    sv_store_lock(s);
    int64_t v = schema_version(s);
    sv_store_unlock(s);
    return (int)v;
}
int sv_store_schema_latest(void) { return NMIGRATIONS; }
bool sv_store_is_pg(sv_store *s) { return db_kind(s->db) == DB_PG; }
bool sv_store_url_is_pg(const char *db) { return db_is_pg(db); }
bool sv_store_thread_failed(void) { return db_thread_errors() > 0; }
void sv_store_thread_reset(void) { db_thread_errors_reset(); }

sv_err sv_store_open_readonly(const char *path, sv_store **out, char *why) {
    *out = NULL;
    bool pg = db_is_pg(path);
    struct stat stt;
    if (!pg) {
        if (stat(path, &stt) != 0) { snprintf(why, SV_WHY, "cannot open the database: no such file"); return SV_NOTFOUND; }
        if (!S_ISREG(stt.st_mode)) { snprintf(why, SV_WHY, "not a registry database (not a regular file)"); return SV_INVALID; }
        if (stt.st_size == 0) { snprintf(why, SV_WHY, "not a registry database (an empty file)"); return SV_INVALID; }
    }
    sv_store *s = store_new();
    if (!s) { snprintf(why, SV_WHY, "out of memory"); return SV_IO; }
    /* SQLite: mode=ro never writes the file (db_sqlite.c); PostgreSQL: a read-only session. */
    char w[SV_WHY];
    int64_t ver = (s->db = db_open_readonly(path, w, sizeof w)) ? schema_version(s) : -1;
    if (ver < 0) {
        snprintf(why, SV_WHY, "cannot read the database: %.400s", s->db ? db_errmsg(s->db) : w);
        sv_store_close(s);
        return pg ? SV_IO : SV_INVALID;
    }
    if (ver != NMIGRATIONS) {
        snprintf(why, SV_WHY, ver > NMIGRATIONS ? "schema version %lld is newer than this aigov knows (%d): %s" : "schema version %lld, this aigov reads version %d: %s", (long long)ver, NMIGRATIONS,
                 ver > NMIGRATIONS ? "upgrade aigov" : "start `aigov serve` on the registry once to migrate it");
        sv_store_close(s);
        return SV_INVALID;
    }
    if (one_int(s, pg ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'audit'"
                      : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit'", NULL, 0) != 1) {
        snprintf(why, SV_WHY, "not a registry database (no audit log)");
        sv_store_close(s);
        return SV_INVALID;
    }
    *out = s;
    return SV_OK;
}

void sv_store_close(sv_store *s) {
    if (!s) return;
    for (int i = 0; i < s->nrd; i++) sv_store_close(s->rd[i]);
    if (s->path) pthread_mutex_destroy(&s->rd_mu);
    free(s->path);
    db_close(s->db);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

void sv_store_lock(sv_store *s) { pthread_mutex_lock(&s->mu); }
void sv_store_unlock(sv_store *s) { pthread_mutex_unlock(&s->mu); }

/* ---- Transactions and the audit chain ------------------------------------------------ */
/* Ends the transaction without its changes. A ROLLBACK can itself fail (out of memory,
 * an I/O error); the connection must not stay inside the transaction, or the next
 * write's COMMIT would also commit this one's half (an audit entry for a write that did
 * not happen). So retry while SQLite still reports an open transaction. */
static void abort_tx(sv_store *s) {
    for (int i = 0; i < 8 && db_in_tx(s->db); i++) exec(s, "ROLLBACK", (char[SV_WHY]){0});
}
static bool begin(sv_store *s, char *why) {
    abort_tx(s); /* never build on a transaction a failed call left open */
    if (db_in_tx(s->db)) {
        snprintf(why, SV_WHY, "database: cannot leave a failed transaction");
        return false;
    }
    /* SQLite: the write lock of the whole file. PostgreSQL: the audit chain's head
     * table locked against every other writer, on any replica, until COMMIT; plain
     * reads go on. So writes are serialised in the database, never in the process. */
    return exec(s, db_kind(s->db) == DB_PG ? "BEGIN; LOCK TABLE audit_head IN EXCLUSIVE MODE" : "BEGIN IMMEDIATE", why);
}
static sv_err commit(sv_store *s, char *why) {
    if (exec(s, "COMMIT", why)) return SV_OK;
    abort_tx(s);
    return SV_IO;
}
static sv_err rollback(sv_store *s, sv_err e) {
    abort_tx(s);
    return e;
}

/* Appends an entry after the current head; *seq receives its number. Inside a
 * transaction. */
static bool audit_append(sv_store *s, const char *now, const char *actor, const char *action,
                         const char *subject, const char *payload, int64_t *seq, char *why) {
    sv_audit_entry e = {.at = now, .actor = actor, .action = action, .subject = subject, .payload = payload};
    memset(e.prev, 0, sizeof e.prev);
    e.seq = 1;
    db_stmt *st = prep(s, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (!st) { why_db(s->db, why, "audit"); return false; }
    int rc = db_step(st);
    if (rc == DB_ROW) {
        e.seq = db_col_int64(st, 0) + 1;
        if (db_col_bytes(st, 1) == SV_HASH_LEN) memcpy(e.prev, db_col_blob(st, 1), SV_HASH_LEN);
    }
    db_finalize(st);
    if (rc != DB_ROW && rc != DB_DONE) { why_db(s->db, why, "audit"); return false; } /* not "no entry yet" */
    unsigned char h[SV_HASH_LEN];
    sv_audit_hash(&e, h);
    st = prep(s, "INSERT INTO audit(seq, at, actor, action, subject, payload, prev, hash) VALUES (?,?,?,?,?,?,?,?)");
    if (!st) { why_db(s->db, why, "audit"); return false; }
    db_bind_int64(st, 1, e.seq);
    db_bind_text(st, 2, now);
    db_bind_text(st, 3, actor);
    db_bind_text(st, 4, action);
    db_bind_text(st, 5, subject);
    db_bind_text(st, 6, payload);
    db_bind_blob(st, 7, e.prev, SV_HASH_LEN);
    db_bind_blob(st, 8, h, SV_HASH_LEN);
    bool ok = db_step(st) == DB_DONE;
    db_finalize(st);
    if (!ok) { why_db(s->db, why, "audit"); return false; }
    st = prep(s, "INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    if (!st) { why_db(s->db, why, "audit head"); return false; }
    db_bind_int64(st, 1, e.seq);
    db_bind_blob(st, 2, h, SV_HASH_LEN);
    ok = db_step(st) == DB_DONE;
    db_finalize(st);
    if (!ok) { why_db(s->db, why, "audit head"); return false; }
    *seq = e.seq;
    s->last.seq = e.seq;
    memcpy(s->last.hash, h, SV_HASH_LEN);
    return true;
}

/* The registry's tables are a function of the log: each row must be what the entry that
 * wrote it says, and each entry that writes a row must still have it. One query per rule;
 * the first row (or entry) that breaks a rule is named. The payloads compared are the ones
 * the registry writes (sv_token_store, sv_system_put, sv_evidence_add, ...). */
static const struct {
    const char *sql;   /* one row: a label, an entry number (or 0) */
    const char *what;  /* %s: the label */
} EXPLAIN[] = {
    {"SELECT t.id, coalesce(a.seq, t.audit_seq) FROM tokens t LEFT JOIN audit a ON a.seq = t.audit_seq WHERE a.seq IS NULL"
     " OR a.action <> 'token.create' OR json_extract(a.payload, '$.token_id') IS NOT t.id"
     " OR coalesce(json_extract(a.payload, '$.holder'), json_extract(a.payload, '$.actor')) IS NOT t.actor"
     " OR coalesce(json_extract(a.payload, '$.role'), 'actor') IS NOT t.role OR json_extract(a.payload, '$.expires') IS NOT t.expires"
     " OR (json_extract(a.payload, '$.hash') IS NOT NULL AND json_extract(a.payload, '$.hash') IS NOT lower(hex(t.hash)))"
     " ORDER BY t.audit_seq LIMIT 1",
     "table tokens, token '%s': no token.create entry of the log says so (a token inserted, re-bound or altered outside the registry)"},
    {"SELECT t.id, 0 FROM tokens t WHERE (t.revoked_at IS NULL) = EXISTS(SELECT 1 FROM audit a WHERE a.action = 'token.revoke'"
     " AND json_extract(a.payload, '$.token_id') = t.id) ORDER BY t.audit_seq LIMIT 1",
     "table tokens, token '%s': its revocation does not match the log (revoked or un-revoked outside the registry)"},
    {"SELECT t.id, a.seq FROM tokens t JOIN audit a ON a.action = 'token.revoke' AND json_extract(a.payload, '$.token_id') = t.id"
     " WHERE t.revoked_by IS NOT a.actor OR t.revoked_at IS NOT a.at ORDER BY a.seq LIMIT 1",
     "table tokens, token '%s': who revoked it, or when, is not what the log says (altered outside the registry)"},
    {"SELECT a.subject, a.seq FROM audit a WHERE a.action = 'token.create' AND NOT EXISTS(SELECT 1 FROM tokens t WHERE t.audit_seq = a.seq)"
     " ORDER BY a.seq LIMIT 1",
     "table tokens: the token the log created for '%s' is missing (deleted outside the registry)"},
    {"SELECT v.system_id || ' version ' || v.version, coalesce(a.seq, v.audit_seq) FROM system_versions v LEFT JOIN audit a ON a.seq = v.audit_seq"
     " WHERE a.seq IS NULL OR a.action NOT IN ('system.create', 'system.update') OR a.subject IS NOT v.system_id"
     " OR a.payload IS NOT v.profile OR a.actor IS NOT v.filed_by ORDER BY v.audit_seq LIMIT 1",
     "table system_versions, system %s: the profile is not the one the log filed (edited outside the registry)"},
    {"SELECT a.subject, a.seq FROM audit a WHERE a.action IN ('system.create', 'system.update')"
     " AND NOT EXISTS(SELECT 1 FROM system_versions v WHERE v.audit_seq = a.seq) ORDER BY a.seq LIMIT 1",
     "table system_versions: a version of system '%s' the log filed is missing (deleted outside the registry)"},
    {"SELECT s.id, 0 FROM systems s LEFT JOIN system_versions v ON v.system_id = s.id AND v.version = 1"
     " LEFT JOIN audit a ON a.seq = v.audit_seq WHERE a.seq IS NULL OR a.actor IS NOT s.owner"
     " OR s.version IS NOT (SELECT max(version) FROM system_versions w WHERE w.system_id = s.id) ORDER BY s.id LIMIT 1",
     "table systems, system '%s': its owner or version is not what the log filed (changed outside the registry)"},
    {"SELECT s.id, 0 FROM systems s WHERE (s.withdrawn_at IS NULL) = EXISTS(SELECT 1 FROM audit a WHERE a.action = 'system.withdraw'"
     " AND a.subject = s.id) ORDER BY s.id LIMIT 1",
     "table systems, system '%s': its withdrawal does not match the log"},
    {"SELECT s.id, v.audit_seq FROM systems s JOIN system_versions v ON v.system_id = s.id AND v.version = s.version"
     " WHERE s.name IS NOT coalesce(json_extract(v.profile, '$.name'), '') ORDER BY s.id LIMIT 1",
     "table systems, system '%s': its name is not the one of the profile the log filed last (edited outside the registry)"},
    {"SELECT e.system_id || ' evidence ' || e.id, coalesce(a.seq, e.audit_seq) FROM evidence e LEFT JOIN audit a ON a.seq = e.audit_seq"
     " WHERE a.seq IS NULL OR a.action NOT IN ('evidence.add', 'attestation.add') OR a.subject IS NOT e.system_id"
     " OR json_extract(a.payload, '$.provision') IS NOT e.provision"
     " OR (e.kind = 'document' AND json_extract(a.payload, '$.sha256') IS NOT e.sha256)"
     " OR (e.kind = 'attestation' AND json_extract(a.payload, '$.statement') IS NOT e.statement)"
     " OR json_extract(a.payload, '$.date') IS NOT e.date OR coalesce(json_extract(a.payload, '$.kind'), 'document') IS NOT e.kind"
     " OR a.actor IS NOT e.filed_by OR a.at IS NOT e.filed_at"
     " OR (e.kind = 'document' AND json_extract(a.payload, '$.reference') IS NOT e.reference)"
     " OR (e.kind = 'attestation' AND (json_extract(a.payload, '$.signature') IS NOT e.signature"
     " OR json_extract(a.payload, '$.token_id') IS NOT e.token_id)) ORDER BY e.audit_seq LIMIT 1",
     "table evidence, system %s: not what the log recorded (inserted or altered outside the registry)"},
    {"SELECT a.subject, a.seq FROM audit a WHERE a.action IN ('evidence.add', 'attestation.add')"
     " AND NOT EXISTS(SELECT 1 FROM evidence e WHERE e.audit_seq = a.seq) ORDER BY a.seq LIMIT 1",
     "table evidence: evidence the log recorded for system '%s' is missing (deleted outside the registry)"},
    {"SELECT o.id, coalesce(a.seq, o.audit_seq) FROM organisations o LEFT JOIN audit a ON a.seq = o.audit_seq WHERE a.seq IS NULL"
     " OR a.action <> 'organisation.create' OR a.subject IS NOT o.id OR json_extract(a.payload, '$.name') IS NOT o.name"
     " OR json_extract(a.payload, '$.kind') IS NOT o.kind OR COALESCE(json_extract(a.payload, '$.established_in'), json_extract(a.payload, '$.established')) IS NOT o.established"
     " OR a.actor IS NOT o.created_by OR a.at IS NOT o.created_at ORDER BY o.audit_seq LIMIT 1",
     "table organisations, organisation '%s': not what the organisation.create entry of the log says (inserted or altered "
     "outside the registry)"},
    {"SELECT i.id, coalesce(a.seq, i.audit_seq) FROM instruments i LEFT JOIN audit a ON a.seq = i.audit_seq WHERE a.seq IS NULL"
     " OR a.action <> 'instrument.publish' OR a.subject IS NOT i.id OR a.payload IS NOT i.body OR a.actor IS NOT i.publisher"
     " ORDER BY i.audit_seq LIMIT 1",
     "table instruments, instrument '%s': not what the log published (inserted or altered outside the registry)"},
    {"SELECT a.subject, a.seq FROM audit a WHERE a.action = 'instrument.publish'"
     " AND NOT EXISTS(SELECT 1 FROM instruments i WHERE i.audit_seq = a.seq) ORDER BY a.seq LIMIT 1",
     "table instruments: the instrument '%s' the log published is missing (deleted outside the registry)"},
};

/* EXPLAIN's SQL in PostgreSQL's words: json_extract(x, '$.k') is (x::jsonb ->> 'k'),
 * `a IS NOT b` is `a IS DISTINCT FROM b`, lower(hex(h)) is encode(h, 'hex'). malloc'd. */
static char *pg_sql(const char *q) {
    size_t n = strlen(q);
    char *out = malloc(n * 2 + 64), *o = out;
    if (!out) return NULL;
    while (*q) {
        if (!strncmp(q, "json_extract(", 13)) {
            const char *arg = q + 13, *comma = strstr(arg, ", '$."), *end = comma ? strchr(comma + 5, '\'') : NULL;
            if (!comma || !end) { free(out); return NULL; }
            o += sprintf(o, "((%.*s)::jsonb ->> '%.*s')", (int)(comma - arg), arg, (int)(end - comma - 5), comma + 5);
            q = end + 2; /* past "')" */
        } else if (!strncmp(q, "lower(hex(", 10)) {
            const char *end = strstr(q, "))");
            if (!end) { free(out); return NULL; }
            o += sprintf(o, "encode(%.*s, 'hex')", (int)(end - q - 10), q + 10);
            q = end + 2;
        } else if (!strncmp(q, " IS NOT ", 8) && strncmp(q + 8, "NULL", 4)) {
            o += sprintf(o, " IS DISTINCT FROM ");
            q += 8;
        } else *o++ = *q++;
    }
    *o = 0;
    return out;
}

static sv_err audit_explain(sv_store *s, int64_t *bad, char *why) {
    bool pg = db_kind(s->db) == DB_PG;
    for (size_t i = 0; i < sizeof EXPLAIN / sizeof EXPLAIN[0]; i++) {
        char *q = pg ? pg_sql(EXPLAIN[i].sql) : NULL;
        db_stmt *st = pg ? (q ? prep(s, q) : NULL) : prep(s, EXPLAIN[i].sql);
        free(q);
        if (!st) { why_db(s->db, why, "registry tables"); return SV_IO; }
        int rc = db_step(st);
        if (rc == DB_ROW) {
            char label[200];
            snprintf(label, sizeof label, "%.190s", col(st, 0));
            int64_t seq = db_col_int64(st, 1);
            *bad = seq > 0 ? seq : -1;
            snprintf(why, SV_WHY, EXPLAIN[i].what, label);
            if (seq > 0) {
                size_t n = strlen(why);
                snprintf(why + n, SV_WHY - n, " [entry %lld]", (long long)seq);
            }
        }
        db_finalize(st);
        if (rc == DB_ROW) return SV_OK;
        if (rc != DB_DONE) { why_db(s->db, why, "registry tables"); return SV_IO; }
    }
    return SV_OK;
}

/* Grows the verified log by one chain hash (and its Merkle leaf). */
static bool log_push(sv_audit_log *g, const unsigned char h[SV_HASH_LEN]) {
    sv_hash leaf;
    sv_merkle_leaf(h, SV_HASH_LEN, &leaf);
    if (!sv_mtree_append(&g->tree, &leaf)) return false;
    g->n = g->tree.n;
    memcpy(g->last, h, SV_HASH_LEN);
    return true;
}

/* Walks the entries after the g->n already verified, in order: each must have the next
 * number, link to the chain hash before it and hash to what it stores (the exact bytes
 * stored: a NUL written into a field does not hide what follows it). Each entry that
 * holds is pushed onto g; the first that does not is named in *bad and why. */
static sv_err chain_walk(sv_store *s, sv_audit_log *g, int64_t *bad, char *why) {
    db_stmt *st = prep(s, "SELECT seq, at, actor, action, subject, payload, prev, hash FROM audit WHERE seq > ? ORDER BY seq");
    if (!st) { why_db(s->db, why, "audit"); return SV_IO; }
    db_bind_int64(st, 1, (int64_t)g->n);
    int64_t expect = (int64_t)g->n + 1;
    int rc;
    while ((rc = db_step(st)) == DB_ROW) {
        sv_audit_entry e = {.seq = db_col_int64(st, 0), .at = col(st, 1), .actor = col(st, 2),
                            .action = col(st, 3), .subject = col(st, 4), .payload = col(st, 5), .sized = true};
        e.at_len = (size_t)db_col_bytes(st, 1);
        e.actor_len = (size_t)db_col_bytes(st, 2);
        e.action_len = (size_t)db_col_bytes(st, 3);
        e.subject_len = (size_t)db_col_bytes(st, 4);
        e.payload_len = (size_t)db_col_bytes(st, 5);
        if (e.seq != expect) {
            *bad = e.seq;
            if (e.seq > expect)
                snprintf(why, SV_WHY, "entry %lld: expected entry %lld here: entr%s %lld%s%s missing (deleted)",
                         (long long)e.seq, (long long)expect, e.seq - expect > 1 ? "ies" : "y", (long long)expect,
                         e.seq - expect > 1 ? "-" : "", e.seq - expect > 1 ? "…" : "");
            else snprintf(why, SV_WHY, "entry %lld: out of order (expected entry %lld)", (long long)e.seq, (long long)expect);
            break;
        }
        if (db_col_bytes(st, 6) != SV_HASH_LEN || db_col_bytes(st, 7) != SV_HASH_LEN) {
            *bad = e.seq;
            snprintf(why, SV_WHY, "entry %lld: hash fields are not 32 bytes", (long long)e.seq);
            break;
        }
        memcpy(e.prev, db_col_blob(st, 6), SV_HASH_LEN);
        static const unsigned char zero[SV_HASH_LEN];
        if (!sv_hash_equal(e.prev, g->n ? g->last : zero)) {
            *bad = e.seq;
            snprintf(why, SV_WHY, "entry %lld: its link to the previous entry does not match (an entry before it was "
                     "altered, deleted or moved)", (long long)e.seq);
            break;
        }
        unsigned char h[SV_HASH_LEN];
        sv_audit_hash(&e, h);
        if (!sv_hash_equal(h, db_col_blob(st, 7))) {
            *bad = e.seq;
            snprintf(why, SV_WHY, "entry %lld (%s %s by %s at %s): its content does not match its hash (altered)",
                     (long long)e.seq, e.action, e.subject, e.actor, e.at);
            break;
        }
        if (!log_push(g, h)) { db_finalize(st); snprintf(why, SV_WHY, "out of memory"); return SV_IO; }
        expect++;
    }
    bool failed_read = !*bad && rc != DB_DONE;
    db_finalize(st);
    if (failed_read) { why_db(s->db, why, "audit"); return SV_IO; }
    return SV_OK;
}

void sv_audit_log_free(sv_audit_log *g) {
    sv_mtree_free(&g->tree);
    memset(g, 0, sizeof *g);
}

sv_err sv_audit_extend(sv_store *s, sv_audit_log *g, int64_t *bad, char *why) {
    *bad = 0;
    s = reader(s);
    sv_err e = SV_OK;
    if (g->n) {
        /* What was verified before must still be there, unchanged: the last entry (each
         * entry's hash covers the one before it, so this covers the rest once a new entry
         * links to it; entries rewritten behind a running server are found by `aigov audit
         * verify`, and never enter a head this log signs). */
        db_stmt *st = prep(s, "SELECT hash FROM audit WHERE seq = ?");
        if (!st) { why_db(s->db, why, "audit"); e = SV_IO; goto out; }
        db_bind_int64(st, 1, (int64_t)g->n);
        int rc = db_step(st);
        bool same = rc == DB_ROW && db_col_bytes(st, 0) == SV_HASH_LEN && sv_hash_equal(db_col_blob(st, 0), g->last);
        db_finalize(st);
        if (rc != DB_ROW && rc != DB_DONE) { why_db(s->db, why, "audit"); e = SV_IO; goto out; }
        if (!same) {
            *bad = (int64_t)g->n;
            snprintf(why, SV_WHY, "entry %llu: %s since this log verified it (history removed or rewritten)",
                     (unsigned long long)g->n, rc == DB_ROW ? "changed" : "missing");
            goto out;
        }
    }
    e = chain_walk(s, g, bad, why);
out:
    sv_store_unlock(s);
    return e;
}

sv_err sv_audit_check(sv_store *s, int64_t *bad, int64_t *n, char *why) {
    *bad = 0;
    *n = 0;
    sv_audit_log g = {0};
    sv_err e = sv_audit_check_log(s, &g, bad, why);
    *n = (int64_t)g.n;
    sv_audit_log_free(&g);
    return e;
}

sv_err sv_audit_check_log(sv_store *s, sv_audit_log *g, int64_t *bad, char *why) {
    *bad = 0;
    s = reader(s);
    sv_err e = chain_walk(s, g, bad, why);
    if (e != SV_OK) { sv_store_unlock(s); return e; }
    int64_t n = (int64_t)g->n;
    if (!*bad) {
        /* The head records the last entry written: catches deleting entries at the end. */
        db_stmt *st = prep(s, "SELECT seq, hash FROM audit_head WHERE id = 1");
        int64_t hseq = 0;
        bool hash_ok = true;
        if (st && db_step(st) == DB_ROW) {
            hseq = db_col_int64(st, 0);
            hash_ok = db_col_bytes(st, 1) == SV_HASH_LEN && sv_hash_equal(db_col_blob(st, 1), g->last);
        }
        if (st) db_finalize(st);
        if (hseq != n) {
            *bad = n + 1;
            snprintf(why, SV_WHY, "entry %lld: missing: the head records %lld entries, the log holds %lld "
                     "(entries at the end were deleted)", (long long)(n + 1), (long long)hseq, (long long)n);
        } else if (!hash_ok && n) {
            *bad = n;
            snprintf(why, SV_WHY, "entry %lld: does not match the head's hash (the last entry was replaced)", (long long)n);
        }
    }
    /* The chain is whole; is every row of the registry explained by it? */
    if (!*bad && audit_explain(s, bad, why) != SV_OK) { sv_store_unlock(s); return SV_IO; }
    if (!*bad) {
        char hex[2 * SV_HASH_LEN + 1];
        sv_hex(g->last, SV_HASH_LEN, hex);
        snprintf(why, SV_WHY, "audit log ok: %lld entr%s, every registry row explained by it, chain head %s", (long long)n, n == 1 ? "y" : "ies", n ? hex : "(empty)");
    }
    sv_store_unlock(s);
    return SV_OK;
}

json_t *sv_audit_list(sv_store *s, int64_t after, int limit) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT seq, at, actor, action, subject, payload, hash FROM audit WHERE seq > ? ORDER BY seq LIMIT ?");
    if (st) {
        db_bind_int64(st, 1, after);
        db_bind_int64(st, 2, limit);
        while (db_step(st) == DB_ROW) {
            char hex[2 * SV_HASH_LEN + 1] = "";
            if (db_col_bytes(st, 6) == SV_HASH_LEN) sv_hex(db_col_blob(st, 6), SV_HASH_LEN, hex);
            char psha[65];
            const char *payload = col(st, 5);
            sv_sha256_hex(payload, strlen(payload), psha);
            json_array_append_new(arr, json_pack("{sI ss ss ss ss ss ss}", "seq", (json_int_t)db_col_int64(st, 0),
                                                 "at", col(st, 1), "actor", col(st, 2), "action", col(st, 3),
                                                 "subject", col(st, 4), "payload_sha256", psha, "hash", hex));
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

/* ---- Tokens ---------------------------------------------------------------------------- */
/* Whether `holder` may hold a token: an organisation of the registry (checked here) or an
 * actor of the corpus (checked by the caller, which has the corpus). */
bool sv_org_exists(sv_store *s, const char *id) {
    s = reader(s);
    bool yes = one_int(s, "SELECT count(*) FROM organisations WHERE id = ?", id, 0) > 0;
    sv_store_unlock(s);
    return yes;
}

int64_t sv_token_count(sv_store *s, const char *role) {
    s = reader(s);
    int64_t n = role ? one_int(s, "SELECT count(*) FROM tokens WHERE role = ?", role, -1)
                     : one_int(s, "SELECT count(*) FROM tokens", NULL, -1);
    sv_store_unlock(s);
    return n;
}

static sv_err token_store(sv_store *s, const char *by, const char *holder, bool operator_, const char *expires,
                          const sv_token *t, const char *now, bool first, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (!begin(s, why)) goto out;
    /* Checked inside the write's transaction, which writers on every replica take in turn:
     * of replicas starting together on an empty registry, one makes the first token. */
    if (first) {
        int64_t n = one_int(s, "SELECT count(*) FROM tokens", NULL, -1);
        if (n != 0) {
            if (n < 0) why_db(s->db, why, "tokens");
            else snprintf(why, SV_WHY, "the registry already holds a token");
            e = rollback(s, n < 0 ? SV_IO : SV_CONFLICT);
            goto out;
        }
    }
    /* The hash of the secret (never the secret) is logged too, so that a token row whose
     * hash was replaced is not explained by the log (`audit verify`). */
    char hhex[2 * SV_HASH_LEN + 1];
    sv_hex(t->hash, SV_HASH_LEN, hhex);
    json_t *pl = json_pack("{ss ss ss ss? ss}", "token_id", t->id, "holder", holder, "role", operator_ ? "operator" : "actor",
                           "expires", expires, "hash", hhex);
    char *payload = pl ? json_dumps(pl, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(pl);
    if (!payload) snprintf(why, SV_WHY, "out of memory");
    int64_t seq;
    bool ok = payload && audit_append(s, now, by, "token.create", holder, payload, &seq, why);
    free(payload);
    if (!ok) { e = rollback(s, SV_IO); goto out; }
    db_stmt *st = prep(s, "INSERT INTO tokens(id, actor, hash, created_at, audit_seq, role, expires) VALUES (?,?,?,?,?,?,?)");
    ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, t->id);
        db_bind_text(st, 2, holder);
        db_bind_blob(st, 3, t->hash, SV_HASH_LEN);
        db_bind_text(st, 4, now);
        db_bind_int64(st, 5, seq);
        db_bind_text(st, 6, operator_ ? "operator" : "actor");
        if (expires) db_bind_text(st, 7, expires);
        else db_bind_null(st, 7);
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (!ok) { why_db(s->db, why, "tokens"); e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
out:
    sv_store_unlock(s);
    return e;
}

sv_err sv_token_store(sv_store *s, const char *by, const char *holder, bool operator_, const char *expires,
                      const sv_token *t, const char *now, char *why) {
    return token_store(s, by, holder, operator_, expires, t, now, false, why);
}

sv_err sv_token_store_first(sv_store *s, const sv_token *t, const char *now, char *why) {
    return token_store(s, "operator", "operator", true, NULL, t, now, true, why);
}

/* What a presented credential must prove about the stored hash of its token: that it is
 * the hash of the secret presented (a bearer token), or the key of a co-signature. */
typedef struct token_proof {
    const unsigned char *hash;  /* the presented secret's hash, or NULL */
    const unsigned char *mac;   /* a co-signature of body, or NULL */
    const char *body;
    size_t len;
} token_proof;

static bool token_proves(const token_proof *p, const unsigned char stored[SV_HASH_LEN]) {
    if (p->hash) return sv_hash_equal(p->hash, stored);
    unsigned char want[SV_HASH_LEN];
    sv_cosign_mac(stored, p->body, p->len, want);
    return sv_hash_equal(want, p->mac);
}

static sv_err token_principal(sv_store *s, const char *id, const token_proof *p, const char *today, sv_principal *who, char *why);

sv_err sv_token_actor(sv_store *s, const char *text, size_t len, const char *today, sv_principal *who, char *why) {
    char id[SV_TOKEN_ID_LEN + 1];
    unsigned char h[SV_HASH_LEN];
    memset(who, 0, sizeof *who);
    if (!sv_token_parse(text, len, id, h)) {
        snprintf(why, SV_WHY, "the bearer token is malformed (expected agv_<16 hex>_<43 base64url>, as `aigov token create` prints)");
        return SV_NOTFOUND;
    }
    token_proof p = {.hash = h};
    return token_principal(s, id, &p, today, who, why);
}

sv_err sv_token_cosigner(sv_store *s, const char *id, const char *mac, const char *body, size_t len, const char *today,
                         sv_principal *who, char *why) {
    unsigned char m[SV_HASH_LEN];
    memset(who, 0, sizeof *who);
    bool hex = strlen(id) == SV_TOKEN_ID_LEN;
    for (size_t i = 0; hex && i < SV_TOKEN_ID_LEN; i++) hex = (id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f');
    if (!hex || !sv_unhex(mac, m, SV_HASH_LEN)) {
        snprintf(why, SV_WHY, "a co-signature reads TOKEN_ID:MAC (16 hex digits, a colon, 64 hex digits)");
        return SV_NOTFOUND;
    }
    token_proof p = {.mac = m, .body = body, .len = len};
    return token_principal(s, id, &p, today, who, why);
}

static sv_err token_principal(sv_store *s, const char *id, const token_proof *p, const char *today, sv_principal *who, char *why) {
    s = reader(s);
    sv_err e = SV_NOTFOUND;
    snprintf(why, SV_WHY, "unknown or revoked token");
    db_stmt *st = prep(s, "SELECT actor, hash, role, revoked_at, expires FROM tokens WHERE id = ?");
    if (!st) { why_db(s->db, why, "tokens"); e = SV_IO; goto out; }
    db_bind_text(st, 1, id);
    /* The reason is told only to a caller that holds the secret. */
    if (db_step(st) == DB_ROW && db_col_bytes(st, 1) == SV_HASH_LEN && token_proves(p, db_col_blob(st, 1))) {
        if (!db_col_null(st, 3)) snprintf(why, SV_WHY, "token %s was revoked at %s", id, col(st, 3));
        else if (!db_col_null(st, 4) && strcmp(today, col(st, 4)) >= 0)
            snprintf(why, SV_WHY, "token %s expired on %s", id, col(st, 4));
        else {
            snprintf(who->actor, sizeof who->actor, "%s", col(st, 0));
            snprintf(who->token_id, sizeof who->token_id, "%s", id);
            who->operator_ = !strcmp(col(st, 2), "operator");
            e = SV_OK;
        }
    }
    db_finalize(st);
out:
    sv_store_unlock(s);
    return e;
}

json_t *sv_token_list(sv_store *s, const char *holder, const char *today) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, holder ? "SELECT id, actor, role, created_at, expires, revoked_at, revoked_by, audit_seq FROM tokens WHERE actor = ? ORDER BY audit_seq"
                                      : "SELECT id, actor, role, created_at, expires, revoked_at, revoked_by, audit_seq FROM tokens ORDER BY audit_seq");
    if (st) {
        if (holder) db_bind_text(st, 1, holder);
        while (db_step(st) == DB_ROW) {
            bool revoked = !db_col_null(st, 5), has_exp = !db_col_null(st, 4);
            const char *state = revoked ? "revoked" : has_exp && strcmp(today, col(st, 4)) >= 0 ? "expired" : "active";
            json_array_append_new(arr, json_pack("{ss ss ss ss so so so ss sI}", "id", col(st, 0), "holder", col(st, 1),
                                                 "role", col(st, 2), "created_at", col(st, 3),
                                                 "expires", has_exp ? json_string(col(st, 4)) : json_null(),
                                                 "revoked_at", revoked ? json_string(col(st, 5)) : json_null(),
                                                 "revoked_by", revoked ? json_string(col(st, 6)) : json_null(),
                                                 "state", state, "audit_seq", (json_int_t)db_col_int64(st, 7)));
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

sv_err sv_token_revoke(sv_store *s, const sv_principal *by, const char *id, const char *now, char *holder_out,
                       size_t cap, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (!begin(s, why)) goto out;
    db_stmt *st = prep(s, "SELECT actor, revoked_at FROM tokens WHERE id = ?");
    if (!st) { why_db(s->db, why, "tokens"); e = rollback(s, SV_IO); goto out; }
    db_bind_text(st, 1, id);
    int rc = db_step(st);
    char holder[256] = "", revoked[40] = "";
    if (rc == DB_ROW) {
        snprintf(holder, sizeof holder, "%s", col(st, 0));
        if (!db_col_null(st, 1)) snprintf(revoked, sizeof revoked, "%s", col(st, 1));
    }
    db_finalize(st);
    if (rc != DB_ROW && rc != DB_DONE) { why_db(s->db, why, "tokens"); e = rollback(s, SV_IO); goto out; }
    if (rc != DB_ROW) { snprintf(why, SV_WHY, "no token '%s'", id); e = rollback(s, SV_NOTFOUND); goto out; }
    if (!by->operator_ && strcmp(holder, by->actor)) {
        snprintf(why, SV_WHY, "token '%s' belongs to '%.100s'; '%.100s' may revoke only its own tokens (an operator revokes any)",
                 id, holder, by->actor);
        e = rollback(s, SV_FORBIDDEN);
        goto out;
    }
    if (revoked[0]) { snprintf(why, SV_WHY, "token '%s' was already revoked at %s", id, revoked); e = rollback(s, SV_CONFLICT); goto out; }
    char payload[160];
    snprintf(payload, sizeof payload, "{\"token_id\":\"%s\"}", id);
    int64_t seq;
    if (!audit_append(s, now, by->actor, "token.revoke", holder, payload, &seq, why)) { e = rollback(s, SV_IO); goto out; }
    st = prep(s, "UPDATE tokens SET revoked_at = ?, revoked_by = ? WHERE id = ?");
    bool ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, now);
        db_bind_text(st, 2, by->actor);
        db_bind_text(st, 3, id);
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (!ok) { why_db(s->db, why, "tokens"); e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
    if (e == SV_OK && holder_out) snprintf(holder_out, cap, "%s", holder);
out:
    sv_store_unlock(s);
    return e;
}

/* ---- Organisations ---------------------------------------------------------------------- */
sv_err sv_org_add(sv_store *s, const char *by, json_t *org, const char *now, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    const char *id = json_string_value(json_object_get(org, "id"));
    if (!begin(s, why)) goto out;
    if (one_int(s, "SELECT count(*) FROM organisations WHERE id = ?", id, 0)) {
        snprintf(why, SV_WHY, "organisation '%s' is already registered", id);
        e = rollback(s, SV_CONFLICT);
        goto out;
    }
    char *payload = json_dumps(org, JSON_COMPACT | JSON_PRESERVE_ORDER);
    int64_t seq;
    bool ok = payload && audit_append(s, now, by, "organisation.create", id, payload, &seq, why);
    free(payload);
    if (!ok) { e = rollback(s, SV_IO); goto out; }
    db_stmt *st = prep(s, "INSERT INTO organisations(id, name, kind, established, created_at, created_by, audit_seq) VALUES (?,?,?,?,?,?,?)");
    ok = st != NULL;
    if (st) {
        const char *f[] = {"id", "name", "kind", "established_in"};
        for (int k = 0; k < 4; k++) db_bind_text(st, k + 1, json_string_value(json_object_get(org, f[k])));
        db_bind_text(st, 5, now);
        db_bind_text(st, 6, by);
        db_bind_int64(st, 7, seq);
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (!ok) { why_db(s->db, why, "organisations"); e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
out:
    sv_store_unlock(s);
    return e;
}

static json_t *org_row(db_stmt *st) {
    return json_pack("{ss ss ss ss ss ss sI}", "id", col(st, 0), "name", col(st, 1), "kind", col(st, 2), "established_in",
                     col(st, 3), "created_at", col(st, 4), "created_by", col(st, 5), "audit_seq",
                     (json_int_t)db_col_int64(st, 6));
}
#define ORG_COLS "id, name, kind, established, created_at, created_by, audit_seq"

json_t *sv_org_list(sv_store *s) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT " ORG_COLS " FROM organisations ORDER BY id");
    if (st) {
        while (db_step(st) == DB_ROW) json_array_append_new(arr, org_row(st));
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

json_t *sv_org_get(sv_store *s, const char *id) {
    s = reader(s);
    json_t *o = NULL;
    db_stmt *st = prep(s, "SELECT " ORG_COLS " FROM organisations WHERE id = ?");
    if (st) {
        db_bind_text(st, 1, id);
        if (db_step(st) == DB_ROW) o = org_row(st);
        db_finalize(st);
    }
    if (o) {
        json_t *sys = json_array();
        st = prep(s, "SELECT id FROM systems WHERE owner = ? ORDER BY id");
        if (st) {
            db_bind_text(st, 1, id);
            while (db_step(st) == DB_ROW) json_array_append_new(sys, json_string(col(st, 0)));
            db_finalize(st);
        }
        json_object_set_new(o, "systems", sys);
    }
    sv_store_unlock(s);
    return o;
}

/* ---- Systems ---------------------------------------------------------------------------- */
static bool compliance_write(sv_store *s, const char *id, const sv_compliance *cp, char *why) {
    db_stmt *st = prep(s, "DELETE FROM compliance WHERE system_id = ?");
    if (!st) { why_db(s->db, why, "compliance"); return false; }
    db_bind_text(st, 1, id);
    bool ok = db_step(st) == DB_DONE;
    db_finalize(st);
    if (!ok) { why_db(s->db, why, "compliance"); return false; }
    st = prep(s, "INSERT INTO compliance(system_id, provision, category, status, kind, binding, instrument, article, summary, "
                 "date, questions, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st) { why_db(s->db, why, "compliance"); return false; }
    size_t i;
    json_t *it;
    json_array_foreach(cp->items, i, it) {
        db_reset(st);
        db_bind_text(st, 1, id);
        const char *f[] = {"provision", "category", "status", "kind", "binding", "instrument", "article", "summary"};
        for (int k = 0; k < 8; k++) {
            const char *v = json_string_value(json_object_get(it, f[k]));
            db_bind_text(st, k + 2, v ? v : "");
        }
        const char *date = json_string_value(json_object_get(it, "date"));
        if (date) db_bind_text(st, 10, date);
        else db_bind_null(st, 10);
        char *q = json_dumps(json_object_get(it, "questions"), JSON_COMPACT | JSON_ENCODE_ANY);
        db_bind_text(st, 11, q ? q : "[]");
        free(q);
        const char *reason = json_string_value(json_object_get(it, "reason"));
        db_bind_text(st, 12, reason ? reason : "");
        if (db_step(st) != DB_DONE) { why_db(s->db, why, "compliance"); db_finalize(st); return false; }
    }
    db_finalize(st);
    char *summary = json_dumps(cp->summary, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!summary) { snprintf(why, SV_WHY, "out of memory"); return false; }
    st = prep(s, "UPDATE systems SET met = ?, unmet = ?, unknown = ?, compliance_date = ?, summary = ? WHERE id = ?");
    if (!st) { free(summary); why_db(s->db, why, "systems"); return false; }
    db_bind_int64(st, 1, cp->met);
    db_bind_int64(st, 2, cp->unmet);
    db_bind_int64(st, 3, cp->unknown);
    db_bind_text(st, 4, cp->date);
    db_bind_text(st, 5, summary);
    db_bind_text(st, 6, id);
    ok = db_step(st) == DB_DONE;
    db_finalize(st);
    free(summary);
    if (!ok) why_db(s->db, why, "systems");
    return ok;
}

/* The owner and withdrawal time of a system, inside the caller's lock; SV_NOTFOUND. */
static sv_err system_owner(sv_store *s, const char *id, char *owner, size_t cap, char *withdrawn, size_t wcap,
                           int64_t *version, char *why) {
    db_stmt *st = prep(s, "SELECT owner, withdrawn_at, version FROM systems WHERE id = ?");
    if (!st) { why_db(s->db, why, "systems"); return SV_IO; }
    db_bind_text(st, 1, id);
    int rc = db_step(st);
    if (rc == DB_ROW) {
        snprintf(owner, cap, "%s", col(st, 0));
        snprintf(withdrawn, wcap, "%s", !db_col_null(st, 1) ? col(st, 1) : "");
        *version = db_col_int64(st, 2);
    }
    db_finalize(st);
    /* A failed read is not "no such system": that would file version 1 over it. */
    if (rc != DB_ROW && rc != DB_DONE) { why_db(s->db, why, "systems"); return SV_IO; }
    if (rc != DB_ROW) { snprintf(why, SV_WHY, "no system '%s' in the registry", id); return SV_NOTFOUND; }
    return SV_OK;
}

sv_err sv_system_put(sv_store *s, const char *actor, const char *id, const char *name, const char *profile,
                     const sv_compliance *cp, const char *now, int *version, sv_receipt *rcpt, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (!begin(s, why)) goto out;
    char owner[256] = "", withdrawn[40] = "";
    int64_t ver = 0;
    sv_err oe = system_owner(s, id, owner, sizeof owner, withdrawn, sizeof withdrawn, &ver, why);
    if (oe == SV_IO) { e = rollback(s, SV_IO); goto out; }
    if (ver && strcmp(owner, actor)) {
        snprintf(why, SV_WHY, "system '%s' belongs to actor '%s'; actor '%s' may change only its own systems", id, owner, actor);
        e = rollback(s, SV_FORBIDDEN);
        goto out;
    }
    if (withdrawn[0]) {
        snprintf(why, SV_WHY, "system '%s' was withdrawn at %s; its history is kept, and a new filing takes a new id", id, withdrawn);
        e = rollback(s, SV_CONFLICT);
        goto out;
    }
    int64_t seq;
    if (!audit_append(s, now, actor, ver ? "system.update" : "system.create", id, profile, &seq, why)) { e = rollback(s, SV_IO); goto out; }
    db_stmt *st = prep(s, ver ? "UPDATE systems SET version = ?2, updated_at = ?3, name = ?5 WHERE id = ?1"
                                    : "INSERT INTO systems(id, version, updated_at, created_at, owner, name) VALUES (?1, ?2, ?3, ?3, ?4, ?5)");
    bool ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, id);
        db_bind_int64(st, 2, ver + 1);
        db_bind_text(st, 3, now);
        db_bind_text(st, 4, actor);
        db_bind_text(st, 5, name ? name : "");
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (ok) {
        char sha[65];
        sv_sha256_hex(profile, strlen(profile), sha);
        st = prep(s, "INSERT INTO system_versions(system_id, version, profile, profile_sha256, filed_by, filed_at, audit_seq) VALUES (?,?,?,?,?,?,?)");
        ok = st != NULL;
        if (st) {
            db_bind_text(st, 1, id);
            db_bind_int64(st, 2, ver + 1);
            db_bind_text(st, 3, profile);
            db_bind_text(st, 4, sha);
            db_bind_text(st, 5, actor);
            db_bind_text(st, 6, now);
            db_bind_int64(st, 7, seq);
            ok = db_step(st) == DB_DONE;
            db_finalize(st);
        }
    }
    if (!ok) { why_db(s->db, why, "systems"); e = rollback(s, SV_IO); goto out; }
    if (!compliance_write(s, id, cp, why)) { e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
    if (e == SV_OK) *version = (int)(ver + 1);
    if (e == SV_OK && rcpt) *rcpt = s->last;
out:
    sv_store_unlock(s);
    return e;
}

sv_err sv_system_withdraw(sv_store *s, const char *actor, const char *id, const char *now, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (!begin(s, why)) goto out;
    char owner[256] = "", withdrawn[40] = "";
    int64_t ver = 0;
    sv_err oe = system_owner(s, id, owner, sizeof owner, withdrawn, sizeof withdrawn, &ver, why);
    if (oe != SV_OK) { e = rollback(s, oe); goto out; }
    if (strcmp(owner, actor)) {
        snprintf(why, SV_WHY, "system '%s' belongs to actor '%s'; actor '%s' may withdraw only its own systems", id, owner, actor);
        e = rollback(s, SV_FORBIDDEN);
        goto out;
    }
    if (withdrawn[0]) { snprintf(why, SV_WHY, "system '%s' was already withdrawn at %s", id, withdrawn); e = rollback(s, SV_CONFLICT); goto out; }
    char payload[64];
    snprintf(payload, sizeof payload, "{\"version\":%lld}", (long long)ver);
    int64_t seq;
    if (!audit_append(s, now, actor, "system.withdraw", id, payload, &seq, why)) { e = rollback(s, SV_IO); goto out; }
    db_stmt *st = prep(s, "UPDATE systems SET withdrawn_at = ?, updated_at = ? WHERE id = ?");
    bool ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, now);
        db_bind_text(st, 2, now);
        db_bind_text(st, 3, id);
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (!ok) { why_db(s->db, why, "systems"); e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
out:
    sv_store_unlock(s);
    return e;
}

sv_err sv_system_profile(sv_store *s, const char *id, char **profile, char *owner, size_t cap, bool *withdrawn, char *why) {
    *profile = NULL;
    if (withdrawn) *withdrawn = false;
    s = reader(s);
    sv_err e = SV_NOTFOUND;
    snprintf(why, SV_WHY, "no system '%s' in the registry", id);
    db_stmt *st = prep(s, "SELECT v.profile, s.owner, s.withdrawn_at FROM systems s JOIN system_versions v ON v.system_id = s.id AND v.version = s.version WHERE s.id = ?");
    if (st) {
        db_bind_text(st, 1, id);
        if (db_step(st) == DB_ROW) {
            *profile = strdup(col(st, 0));
            snprintf(owner, cap, "%s", col(st, 1));
            if (withdrawn) *withdrawn = !db_col_null(st, 2);
            e = *profile ? SV_OK : SV_IO;
        }
        db_finalize(st);
    } else {
        why_db(s->db, why, "systems");
        e = SV_IO;
    }
    sv_store_unlock(s);
    return e;
}

static json_t *system_row(db_stmt *st) {
    json_t *sum = json_loads(col(st, 11), 0, NULL);
    if (!json_is_object(sum)) { json_decref(sum); sum = json_object(); }
    json_object_set_new(sum, "met", json_integer(db_col_int64(st, 5)));
    json_object_set_new(sum, "unmet", json_integer(db_col_int64(st, 6)));
    json_object_set_new(sum, "unknown", json_integer(db_col_int64(st, 7)));
    json_object_set_new(sum, "date", !db_col_null(st, 8) ? json_string(col(st, 8)) : json_null());
    return json_pack("{ss ss ss ss ss sI so so}", "id", col(st, 0), "name", col(st, 9), "owner", col(st, 1), "created_at",
                     col(st, 2), "updated_at", col(st, 3), "version", (json_int_t)db_col_int64(st, 4), "withdrawn_at",
                     !db_col_null(st, 10) ? json_string(col(st, 10)) : json_null(), "compliance", sum);
}

#define SYSTEM_COLS "id, owner, created_at, updated_at, version, met, unmet, unknown, compliance_date, name, withdrawn_at, summary"

json_t *sv_system_list(sv_store *s) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT " SYSTEM_COLS " FROM systems ORDER BY id");
    if (st) {
        while (db_step(st) == DB_ROW) json_array_append_new(arr, system_row(st));
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

json_t *sv_system_ids(sv_store *s) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT id FROM systems WHERE withdrawn_at IS NULL ORDER BY id");
    if (st) {
        while (db_step(st) == DB_ROW) json_array_append_new(arr, json_string(col(st, 0)));
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

json_t *sv_system_get(sv_store *s, const char *id, bool with_compliance) {
    s = reader(s);
    json_t *o = NULL;
    db_stmt *st = prep(s, "SELECT " SYSTEM_COLS " FROM systems WHERE id = ?");
    if (st) {
        db_bind_text(st, 1, id);
        if (db_step(st) == DB_ROW) o = system_row(st);
        db_finalize(st);
    }
    if (o) {
        json_t *vs = json_array();
        st = prep(s, "SELECT version, profile_sha256, filed_by, filed_at, audit_seq FROM system_versions WHERE system_id = ? ORDER BY version");
        if (st) {
            db_bind_text(st, 1, id);
            while (db_step(st) == DB_ROW)
                json_array_append_new(vs, json_pack("{sI ss ss ss sI}", "version", (json_int_t)db_col_int64(st, 0),
                                                    "profile_sha256", col(st, 1), "filed_by", col(st, 2), "filed_at", col(st, 3),
                                                    "audit_seq", (json_int_t)db_col_int64(st, 4)));
            db_finalize(st);
        }
        /* Only the current version's profile is parsed, not every one. */
        json_t *profile = NULL;
        st = prep(s, "SELECT v.profile FROM systems s JOIN system_versions v ON v.system_id = s.id AND v.version = s.version WHERE s.id = ?");
        if (st) {
            db_bind_text(st, 1, id);
            if (db_step(st) == DB_ROW) profile = json_loads(col(st, 0), 0, NULL);
            db_finalize(st);
        }
        json_object_set_new(o, "profile", profile ? profile : json_null());
        json_object_set_new(o, "versions", vs);
        if (with_compliance) {
            json_t *c = sv_compliance_get(s, id);
            json_object_set_new(json_object_get(o, "compliance"), "provisions", c ? c : json_array());
            json_object_set_new(o, "evidence", sv_evidence_list(s, id));
        }
    }
    sv_store_unlock(s);
    return o;
}

json_t *sv_system_version(sv_store *s, const char *id, int version) {
    s = reader(s);
    json_t *o = NULL;
    db_stmt *st = prep(s, "SELECT version, profile_sha256, filed_by, filed_at, audit_seq, profile FROM system_versions WHERE system_id = ? AND version = ?");
    if (st) {
        db_bind_text(st, 1, id);
        db_bind_int64(st, 2, version);
        if (db_step(st) == DB_ROW) {
            json_t *p = json_loads(col(st, 5), 0, NULL);
            o = json_pack("{ss sI ss ss ss sI so}", "system", id, "version", (json_int_t)db_col_int64(st, 0),
                          "profile_sha256", col(st, 1), "filed_by", col(st, 2), "filed_at", col(st, 3),
                          "audit_seq", (json_int_t)db_col_int64(st, 4), "profile", p ? p : json_null());
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return o;
}

/* ---- Evidence and compliance ------------------------------------------------------------ */
json_t *sv_evidence_provisions(sv_store *s, const char *id, const char *kind, const char *today) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT DISTINCT provision FROM evidence WHERE system_id = ? AND kind = ? AND date <= ? ORDER BY provision");
    if (st) {
        db_bind_text(st, 1, id);
        db_bind_text(st, 2, kind);
        db_bind_text(st, 3, today);
        while (db_step(st) == DB_ROW) json_array_append_new(arr, json_string(col(st, 0)));
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

sv_err sv_evidence_add(sv_store *s, const char *actor, const char *system, json_t *ev,
                       const sv_compliance *cp, const char *now, int64_t *evid, sv_receipt *rcpt, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (!begin(s, why)) goto out;
    char owner[256] = "", withdrawn[40] = "";
    int64_t ver = 0;
    sv_err oe = system_owner(s, system, owner, sizeof owner, withdrawn, sizeof withdrawn, &ver, why);
    if (oe != SV_OK) { e = rollback(s, oe); goto out; }
    if (strcmp(owner, actor)) {
        snprintf(why, SV_WHY, "system '%s' belongs to actor '%s'; actor '%s' may attach evidence only to its own systems",
                 system, owner, actor);
        e = rollback(s, SV_FORBIDDEN);
        goto out;
    }
    if (withdrawn[0]) { snprintf(why, SV_WHY, "system '%s' was withdrawn at %s; it takes no more evidence", system, withdrawn); e = rollback(s, SV_CONFLICT); goto out; }
    const char *kind = json_string_value(json_object_get(ev, "kind"));
    if (!kind) kind = "document";
    /* A replay (the same evidence filed again, as a retry does) is stored once. */
    db_stmt *dup = prep(s, "SELECT id FROM evidence WHERE system_id = ? AND kind = ? AND provision = ? AND reference = ? AND "
                           "sha256 = ? AND date = ? AND COALESCE(statement, '') = ?");
    int64_t existing = -1;
    if (dup) {
        const char *f[] = {"provision", "reference", "sha256", "date", "statement"};
        db_bind_text(dup, 1, system);
        db_bind_text(dup, 2, kind);
        for (int k = 0; k < 5; k++) {
            const char *v = json_string_value(json_object_get(ev, f[k]));
            db_bind_text(dup, k + 3, v ? v : "");
        }
        if (db_step(dup) == DB_ROW) existing = db_col_int64(dup, 0);
        db_finalize(dup);
    }
    if (existing >= 0) {
        snprintf(why, SV_WHY, "this evidence is filed already (evidence %lld of system '%s'): a replay is stored once",
                 (long long)existing, system);
        *evid = existing;
        e = rollback(s, SV_CONFLICT);
        goto out;
    }
    char *payload = json_dumps(ev, JSON_COMPACT | JSON_SORT_KEYS);
    int64_t seq;
    bool ok = payload && audit_append(s, now, actor, !strcmp(kind, "attestation") ? "attestation.add" : "evidence.add", system,
                                      payload, &seq, why);
    free(payload);
    if (!ok) { e = rollback(s, SV_IO); goto out; }
#define EVIDENCE_INSERT "INSERT INTO evidence(system_id, provision, reference, sha256, date, filed_by, filed_at, audit_seq, " \
                        "kind, statement, token_id, signature) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
    bool pg = db_kind(s->db) == DB_PG;
    db_stmt *st = prep(s, pg ? EVIDENCE_INSERT " RETURNING id" : EVIDENCE_INSERT);
    ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, system);
        const char *f[] = {"provision", "reference", "sha256", "date"};
        for (int k = 0; k < 4; k++) {
            const char *v = json_string_value(json_object_get(ev, f[k]));
            db_bind_text(st, k + 2, v ? v : "");
        }
        db_bind_text(st, 6, actor);
        db_bind_text(st, 7, now);
        db_bind_int64(st, 8, seq);
        db_bind_text(st, 9, kind);
        const char *g[] = {"statement", "token_id", "signature"};
        for (int k = 0; k < 3; k++) {
            const char *v = json_string_value(json_object_get(ev, g[k]));
            if (v) db_bind_text(st, k + 10, v);
            else db_bind_null(st, k + 10);
        }
        /* PostgreSQL tells the new id; SQLite's last_insert_rowid, read below, is its own. */
        ok = db_step(st) == (pg ? DB_ROW : DB_DONE);
        if (ok && pg) *evid = db_col_int64(st, 0);
        db_finalize(st);
    }
    if (ok && !pg && (*evid = one_int(s, "SELECT last_insert_rowid()", NULL, -1)) < 0) ok = false;
    if (!ok) { why_db(s->db, why, "evidence"); e = rollback(s, SV_IO); goto out; }
    if (!compliance_write(s, system, cp, why)) { e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
    if (e == SV_OK && rcpt) *rcpt = s->last;
out:
    sv_store_unlock(s);
    return e;
}

json_t *sv_evidence_list(sv_store *s, const char *system) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT id, provision, reference, sha256, date, filed_by, filed_at, audit_seq, kind, statement, "
                               "token_id, signature FROM evidence WHERE system_id = ? ORDER BY id");
    if (st) {
        db_bind_text(st, 1, system);
        while (db_step(st) == DB_ROW) {
            bool att = !strcmp(col(st, 8), "attestation");
            json_t *o = json_pack("{sI ss ss ss ss ss sI}", "id", (json_int_t)db_col_int64(st, 0), "kind", col(st, 8),
                                  "provision", col(st, 1), "date", col(st, 4), "filed_by", col(st, 5), "filed_at", col(st, 6),
                                  "audit_seq", (json_int_t)db_col_int64(st, 7));
            if (att) {
                json_object_set_new(o, "statement", json_string(col(st, 9)));
                json_object_set_new(o, "token_id", json_string(col(st, 10)));
                json_object_set_new(o, "signature", json_string(col(st, 11)));
            } else {
                json_object_set_new(o, "reference", json_string(col(st, 2)));
                json_object_set_new(o, "sha256", json_string(col(st, 3)));
            }
            json_array_append_new(arr, o);
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

sv_err sv_compliance_replace(sv_store *s, const char *id, const sv_compliance *cp, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (begin(s, why)) e = compliance_write(s, id, cp, why) ? commit(s, why) : rollback(s, SV_IO);
    sv_store_unlock(s);
    return e;
}

json_t *sv_compliance_get(sv_store *s, const char *id) {
    s = reader(s);
    json_t *arr = NULL;
    db_stmt *st = prep(s, "SELECT provision, category, status, kind, binding, instrument, article, summary, date, questions, reason "
                               "FROM compliance WHERE system_id = ? ORDER BY CASE category WHEN 'banned' THEN 0 WHEN 'binding_now' "
                               "THEN 1 WHEN 'conduct' THEN 2 WHEN 'binding_later' THEN 3 ELSE 4 END, CASE status WHEN 'unmet' "
                               "THEN 0 WHEN 'undecided' THEN 1 ELSE 2 END, date, provision");
    if (st) {
        arr = json_array();
        db_bind_text(st, 1, id);
        while (db_step(st) == DB_ROW) {
            json_t *q = json_loads(col(st, 9), 0, NULL);
            json_array_append_new(arr, json_pack("{ss ss ss ss ss ss ss ss so so ss}", "provision", col(st, 0), "category",
                                                 col(st, 1), "status", col(st, 2), "kind", col(st, 3), "binding", col(st, 4),
                                                 "instrument", col(st, 5), "article", col(st, 6), "summary", col(st, 7), "date",
                                                 !db_col_null(st, 8) ? json_string(col(st, 8)) : json_null(),
                                                 "questions", q ? q : json_array(), "reason", col(st, 10)));
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}

/* ---- Published instruments -------------------------------------------------------------- */
sv_err sv_instrument_put(sv_store *s, const char *actor, const char *id, const char *body, const char *now, char *why) {
    sv_store_lock(s);
    sv_err e = SV_IO;
    if (one_int(s, "SELECT count(*) FROM instruments WHERE id = ?", id, 0)) {
        snprintf(why, SV_WHY, "instrument '%s' is already published; publish a new instrument that amends it", id);
        e = SV_CONFLICT;
        goto out;
    }
    if (!begin(s, why)) goto out;
    int64_t seq;
    if (!audit_append(s, now, actor, "instrument.publish", id, body, &seq, why)) { e = rollback(s, SV_IO); goto out; }
    db_stmt *st = prep(s, "INSERT INTO instruments(id, body, publisher, published_at, audit_seq) VALUES (?,?,?,?,?)");
    bool ok = st != NULL;
    if (st) {
        db_bind_text(st, 1, id);
        db_bind_text(st, 2, body);
        db_bind_text(st, 3, actor);
        db_bind_text(st, 4, now);
        db_bind_int64(st, 5, seq);
        ok = db_step(st) == DB_DONE;
        db_finalize(st);
    }
    if (!ok) { why_db(s->db, why, "instruments"); e = rollback(s, SV_IO); goto out; }
    e = commit(s, why);
out:
    sv_store_unlock(s);
    return e;
}

int64_t sv_instrument_count(sv_store *s) {
    s = reader(s);
    int64_t n = one_int(s, "SELECT count(*) FROM instruments", NULL, -1);
    sv_store_unlock(s);
    return n;
}

json_t *sv_instrument_list(sv_store *s) {
    s = reader(s);
    json_t *arr = json_array();
    db_stmt *st = prep(s, "SELECT id, publisher, published_at, audit_seq, body FROM instruments ORDER BY audit_seq");
    if (st) {
        while (db_step(st) == DB_ROW) {
            json_t *b = json_loads(col(st, 4), 0, NULL);
            json_array_append_new(arr, json_pack("{ss ss ss sI so}", "id", col(st, 0), "publisher", col(st, 1),
                                                 "published_at", col(st, 2), "audit_seq", (json_int_t)db_col_int64(st, 3),
                                                 "body", b ? b : json_string(col(st, 4))));
        }
        db_finalize(st);
    }
    sv_store_unlock(s);
    return arr;
}
