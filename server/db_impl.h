/* db_impl.h — what a backend of db.h provides: its operations, through which db.c
 * dispatches. Only db.c, db_sqlite.c and db_pg.c include it. */
#ifndef AIGOV_SERVER_DB_IMPL_H
#define AIGOV_SERVER_DB_IMPL_H
#include "db.h"

typedef struct db_ops {
    db_backend kind;
    db *(*open)(const char *conn, char *why, size_t cap);
    db *(*open_ro)(const char *conn, char *why, size_t cap);
    void (*close)(db *d);
    const char *(*errmsg)(db *d);
    bool (*exec)(db *d, const char *sql, char *why, size_t cap);
    bool (*in_tx)(db *d);
    db_stmt *(*prep)(db *d, const char *sql);
    void (*bind_text)(db_stmt *st, int i, const char *v);
    void (*bind_int64)(db_stmt *st, int i, int64_t v);
    void (*bind_blob)(db_stmt *st, int i, const void *p, size_t n);
    void (*bind_null)(db_stmt *st, int i);
    int (*step)(db_stmt *st);
    void (*reset)(db_stmt *st);
    void (*finalize)(db_stmt *st);
    bool (*col_null)(db_stmt *st, int i);
    const char *(*col_text)(db_stmt *st, int i);
    int64_t (*col_int64)(db_stmt *st, int i);
    const void *(*col_blob)(db_stmt *st, int i);
    size_t (*col_bytes)(db_stmt *st, int i);
} db_ops;

/* Every backend's connection and statement start with these. */
struct db {
    const db_ops *ops;
};
struct db_stmt {
    const db_ops *ops;
};
extern const db_ops db_sqlite_ops, db_pg_ops;
#endif
