/* db_sqlite.c — the SQLite backend of db.h: a thin layer over sqlite3's own statements. */
#include "db_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct sdb {
    db base;
    sqlite3 *h;
} sdb;
typedef struct sst {
    db_stmt base;
    sqlite3_stmt *s;
    bool bad_bind; /* a value could not be bound (out of memory): the statement must not run */
} sst;
#define H(d) (((sdb *)(d))->h)
#define S(st) (((sst *)(st))->s)

static void l_close(db *d);
static bool l_exec(db *d, const char *sql, char *why, size_t cap);
static db *l_open(const char *conn, char *why, size_t cap) {
    db *d = calloc(1, sizeof(sdb));
    if (!d) { snprintf(why, cap, "out of memory"); return NULL; }
    if (sqlite3_open_v2(conn, &H(d), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        snprintf(why, cap, "cannot open the database: %s", H(d) ? sqlite3_errmsg(H(d)) : "out of memory");
        l_close(d);
        return NULL;
    }
    sqlite3_busy_timeout(H(d), 5000);
    char w[512];
    /* A file that is not a database fails here, in SQLite's words. */
    if (!l_exec(d, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", w, sizeof w)) {
        snprintf(why, cap, "%s", w);
        l_close(d);
        return NULL;
    }
    return d;
}

/* Never writes the file: mode=ro; a copy whose directory cannot hold the -shm file is read
 * as immutable, but only when no write-ahead log could hold commits it would miss. */
static db *l_open_ro(const char *path, char *why, size_t cap) {
    sdb *d = calloc(1, sizeof *d);
    if (!d) { snprintf(why, cap, "out of memory"); return NULL; }
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", path);
    struct stat ws;
    bool no_wal = stat(wal, &ws) != 0 || ws.st_size == 0;
    char *uri = sqlite3_mprintf("file:%s?mode=ro", path), *uri_imm = sqlite3_mprintf("file:%s?mode=ro&immutable=1", path);
    int rc = uri ? sqlite3_open_v2(uri, &d->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL) : SQLITE_NOMEM;
    if (rc == SQLITE_OK) rc = sqlite3_exec(d->h, "PRAGMA user_version", NULL, NULL, NULL);
    if (rc != SQLITE_OK && no_wal && uri_imm) {
        if (d->h) sqlite3_close(d->h);
        d->h = NULL;
        rc = sqlite3_open_v2(uri_imm, &d->h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
        if (rc == SQLITE_OK) rc = sqlite3_exec(d->h, "PRAGMA user_version", NULL, NULL, NULL);
    }
    sqlite3_free(uri);
    sqlite3_free(uri_imm);
    if (rc != SQLITE_OK) {
        snprintf(why, cap, "%s", d->h ? sqlite3_errmsg(d->h) : "out of memory");
        l_close(&d->base);
        return NULL;
    }
    return &d->base;
}

static void l_close(db *d) {
    if (!d) return;
    if (H(d)) sqlite3_close(H(d));
    free(d);
}

static const char *l_errmsg(db *d) { return d && H(d) ? sqlite3_errmsg(H(d)) : "cannot open"; }

static bool l_exec(db *d, const char *sql, char *why, size_t cap) {
    char *msg = NULL;
    if (sqlite3_exec(H(d), sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(why, cap, "database: %s", msg ? msg : sqlite3_errmsg(H(d)));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

static bool l_in_tx(db *d) { return !sqlite3_get_autocommit(H(d)); }

static db_stmt *l_prep(db *d, const char *sql) {
    db_stmt *st = calloc(1, sizeof(sst));
    if (!st) return NULL;
    if (sqlite3_prepare_v2(H(d), sql, -1, &S(st), NULL) != SQLITE_OK) { free(st); return NULL; }
    return st;
}
#define BOUND(st, call) do { if ((call) != SQLITE_OK) ((sst *)(st))->bad_bind = true; } while (0)
static void l_bind_text(db_stmt *st, int i, const char *v) { BOUND(st, sqlite3_bind_text(S(st), i, v, -1, SQLITE_TRANSIENT)); }
static void l_bind_int64(db_stmt *st, int i, int64_t v) { BOUND(st, sqlite3_bind_int64(S(st), i, v)); }
static void l_bind_blob(db_stmt *st, int i, const void *p, size_t n) { BOUND(st, sqlite3_bind_blob(S(st), i, p, (int)n, SQLITE_TRANSIENT)); }
static void l_bind_null(db_stmt *st, int i) { BOUND(st, sqlite3_bind_null(S(st), i)); }
static int l_step(db_stmt *st) {
    if (((sst *)st)->bad_bind) return DB_ERR;
    int rc = sqlite3_step(S(st));
    return rc == SQLITE_ROW ? DB_ROW : rc == SQLITE_DONE ? DB_DONE : DB_ERR;
}
static void l_reset(db_stmt *st) { sqlite3_reset(S(st)); }
static void l_finalize(db_stmt *st) {
    sqlite3_finalize(S(st));
    free(st);
}
static bool l_col_null(db_stmt *st, int i) { return sqlite3_column_type(S(st), i) == SQLITE_NULL; }
static const char *l_col_text(db_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(S(st), i);
    return t ? (const char *)t : "";
}
static int64_t l_col_int64(db_stmt *st, int i) { return sqlite3_column_int64(S(st), i); }
static const void *l_col_blob(db_stmt *st, int i) { return sqlite3_column_blob(S(st), i); }
static size_t l_col_bytes(db_stmt *st, int i) { return (size_t)sqlite3_column_bytes(S(st), i); }

const db_ops db_sqlite_ops = {DB_SQLITE, l_open, l_open_ro, l_close, l_errmsg, l_exec, l_in_tx, l_prep, l_bind_text, l_bind_int64,
                              l_bind_blob, l_bind_null, l_step, l_reset, l_finalize, l_col_null, l_col_text,
                              l_col_int64, l_col_blob, l_col_bytes};

/* An online copy of the registry file `src` into `dst` (which must not exist): SQLite's
 * backup API copies one consistent snapshot, read through a read-only connection (the live
 * file is never written), while writers go on. The copy is written to a temporary file,
 * made a single self-contained file (no write-ahead log), synced, and then linked to `dst`,
 * so `dst` is never seen half-written and never replaces a file. */
bool db_sqlite_backup(const char *src, const char *dst, char *why, size_t cap) {
    struct stat st;
    if (lstat(dst, &st) == 0) { snprintf(why, cap, "%s exists: a backup never replaces a file; choose another name", dst); return false; }
    size_t n = strlen(dst) + 32;
    char *tmp = malloc(n);
    if (!tmp) { snprintf(why, cap, "out of memory"); return false; }
    snprintf(tmp, n, "%s.tmp-%ld", dst, (long)getpid());
    unlink(tmp);
    db *from = l_open_ro(src, why, cap);
    sqlite3 *to = NULL;
    bool ok = false;
    if (from) {
        if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
            snprintf(why, cap, "%s: %s", dst, to ? sqlite3_errmsg(to) : "out of memory");
        else {
            sqlite3_backup *b = sqlite3_backup_init(to, "main", H(from), "main");
            int rc = SQLITE_ERROR;
            if (b) {
                /* One step: every page in one read transaction, so one snapshot. */
                for (int tries = 0; (rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED; tries++) {
                    if (tries == 100) break;
                    sqlite3_sleep(50);
                }
                sqlite3_backup_finish(b);
            }
            if (rc != SQLITE_DONE) snprintf(why, cap, "cannot copy %s: %s", src, sqlite3_errmsg(to));
            else if (sqlite3_exec(to, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;", NULL, NULL, NULL) != SQLITE_OK)
                snprintf(why, cap, "%s: %s", dst, sqlite3_errmsg(to));
            else ok = true;
        }
        if (to && sqlite3_close(to) != SQLITE_OK) ok = false;
        l_close(from);
    }
    if (ok) {
        int fd = open(tmp, O_RDONLY | O_CLOEXEC);
        ok = fd >= 0 && fsync(fd) == 0;
        if (fd >= 0) close(fd);
        if (!ok) snprintf(why, cap, "%s: cannot sync the copy: %s", dst, strerror(errno));
    }
    if (ok && link(tmp, dst) != 0) {
        snprintf(why, cap, errno == EEXIST ? "%s exists: a backup never replaces a file; choose another name" : "%s: %s", dst,
                 strerror(errno));
        ok = false;
    }
    unlink(tmp);
    if (ok) {
        char *slash = strrchr(tmp, '/');
        if (slash) *slash = 0;
        int dfd = open(slash ? (*tmp ? tmp : "/") : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) { fsync(dfd); close(dfd); }
    }
    free(tmp);
    return ok;
}
