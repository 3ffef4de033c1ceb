/* db.h — the registry store's two database backends behind one statement interface:
 * SQLite (db_sqlite.c, the only file that includes sqlite3.h) and PostgreSQL (db_pg.c,
 * the only file that includes libpq-fe.h). store.c writes its SQL once, with `?` and
 * `?N` placeholders (rewritten to `$N` for PostgreSQL), and keeps the audit chain's
 * logic on top of this interface, independent of the backend. A connection string that
 * starts with "postgresql:", "postgres:", "host=", "dbname=", "service=" or "user=" is
 * PostgreSQL's; anything else is an SQLite file. Not thread-safe: store.c serialises
 * every use of one connection. Never prints. */
#ifndef AIGOV_SERVER_DB_H
#define AIGOV_SERVER_DB_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum db_backend { DB_SQLITE, DB_PG } db_backend;
typedef struct db db;
typedef struct db_stmt db_stmt;
enum { DB_ROW = 1, DB_DONE = 2, DB_ERR = 3 };

bool db_is_pg(const char *conn);
/* Opens a connection; NULL with why (SV_WHY bytes) filled. SQLite: WAL,
 * synchronous=FULL, foreign keys. PostgreSQL: synchronous_commit=on. */
db *db_open(const char *conn, char *why, size_t cap);
/* Opens for reading only: SQLite never writes the file (nor creates it); PostgreSQL's
 * session is read-only. */
db *db_open_readonly(const char *conn, char *why, size_t cap);
void db_close(db *d);
/* SQLite only: an online, consistent copy of the file `src` into the new file `dst`
 * (db_sqlite.c says how); false with why. */
bool db_sqlite_backup(const char *src, const char *dst, char *why, size_t cap);
db_backend db_kind(const db *d);
const char *db_errmsg(db *d);
/* Runs one or more statements without parameters; false with why (the database's words). */
bool db_exec(db *d, const char *sql, char *why, size_t cap);
/* Whether the connection is inside a transaction (also a failed one). */
bool db_in_tx(db *d);

db_stmt *db_prep(db *d, const char *sql); /* NULL: cannot prepare (db_errmsg says why) */
/* Parameters are numbered from 1; values are copied. */
void db_bind_text(db_stmt *st, int i, const char *v);
void db_bind_int64(db_stmt *st, int i, int64_t v);
void db_bind_blob(db_stmt *st, int i, const void *p, size_t n);
void db_bind_null(db_stmt *st, int i);
int db_step(db_stmt *st);  /* DB_ROW, DB_DONE or DB_ERR */
void db_reset(db_stmt *st); /* run again; the bindings stay */
void db_finalize(db_stmt *st);
/* How many statements failed on the calling thread since the last reset: a request whose
 * reads failed (the database away) is answered 503, not "not found". */
unsigned db_thread_errors(void);
void db_thread_errors_reset(void);
/* Columns of the current row, numbered from 0; text is "" for NULL; pointers live
 * until the next step. */
bool db_col_null(db_stmt *st, int i);
const char *db_col_text(db_stmt *st, int i);
int64_t db_col_int64(db_stmt *st, int i);
const void *db_col_blob(db_stmt *st, int i);
size_t db_col_bytes(db_stmt *st, int i);
#endif
