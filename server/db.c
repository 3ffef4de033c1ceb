/* db.c — chooses a backend from the connection string and dispatches db.h's calls to it. */
#include "db_impl.h"

#include <string.h>

/* Statements that failed on this thread since the last reset (db_thread_errors). */
static _Thread_local unsigned thread_errors;
unsigned db_thread_errors(void) { return thread_errors; }
void db_thread_errors_reset(void) { thread_errors = 0; }

bool db_is_pg(const char *conn) {
    static const char *const pfx[] = {"postgresql:", "postgres:", "host=", "hostaddr=", "dbname=", "service=", "user=", "port="};
    for (size_t i = 0; i < sizeof pfx / sizeof pfx[0]; i++)
        if (!strncmp(conn, pfx[i], strlen(pfx[i]))) return true;
    return false;
}

db *db_open(const char *conn, char *why, size_t cap) {
    const db_ops *ops = db_is_pg(conn) ? &db_pg_ops : &db_sqlite_ops;
    db *d = ops->open(conn, why, cap);
    if (d) d->ops = ops;
    return d;
}
db *db_open_readonly(const char *conn, char *why, size_t cap) {
    const db_ops *ops = db_is_pg(conn) ? &db_pg_ops : &db_sqlite_ops;
    db *d = ops->open_ro(conn, why, cap);
    if (d) d->ops = ops;
    return d;
}
void db_close(db *d) { if (d) d->ops->close(d); }
db_backend db_kind(const db *d) { return d->ops->kind; }
const char *db_errmsg(db *d) { return d ? d->ops->errmsg(d) : "cannot open"; }
bool db_exec(db *d, const char *sql, char *why, size_t cap) {
    bool ok = d->ops->exec(d, sql, why, cap);
    if (!ok) thread_errors++;
    return ok;
}
bool db_in_tx(db *d) { return d->ops->in_tx(d); }
db_stmt *db_prep(db *d, const char *sql) {
    db_stmt *st = d->ops->prep(d, sql);
    if (st) st->ops = d->ops;
    else thread_errors++;
    return st;
}
void db_bind_text(db_stmt *st, int i, const char *v) { st->ops->bind_text(st, i, v); }
void db_bind_int64(db_stmt *st, int i, int64_t v) { st->ops->bind_int64(st, i, v); }
void db_bind_blob(db_stmt *st, int i, const void *p, size_t n) { st->ops->bind_blob(st, i, p, n); }
void db_bind_null(db_stmt *st, int i) { st->ops->bind_null(st, i); }
int db_step(db_stmt *st) {
    int rc = st->ops->step(st);
    if (rc == DB_ERR) thread_errors++;
    return rc;
}
void db_reset(db_stmt *st) { st->ops->reset(st); }
void db_finalize(db_stmt *st) { if (st) st->ops->finalize(st); }
bool db_col_null(db_stmt *st, int i) { return st->ops->col_null(st, i); }
const char *db_col_text(db_stmt *st, int i) { return st->ops->col_text(st, i); }
int64_t db_col_int64(db_stmt *st, int i) { return st->ops->col_int64(st, i); }
const void *db_col_blob(db_stmt *st, int i) { return st->ops->col_blob(st, i); }
size_t db_col_bytes(db_stmt *st, int i) { return st->ops->col_bytes(st, i); }
