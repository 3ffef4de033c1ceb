/* db_pg.c — the PostgreSQL backend of db.h over libpq. A statement is run with
 * PQexecParams on its first step (text parameters typed text, int8 or bytea; results in
 * text, bytea decoded on demand). synchronous_commit is on for the session, so COMMIT
 * returns only once the commit is flushed to the server's disk. A connection that broke
 * (the server restarted) is re-opened at the next statement outside a transaction; inside
 * one, every statement fails until the caller's ROLLBACK, so no half of a transaction is
 * ever followed by statements in autocommit. */
#include "db_impl.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXP 16
#define OID_BYTEA 17
#define OID_INT8 20
#define OID_TEXT 25

typedef struct pdb {
    db base;
    PGconn *c;
    bool tx;          /* a BEGIN was sent and neither COMMIT nor ROLLBACK since */
    char err[512];
} pdb;

typedef struct pst {
    db_stmt base;
    pdb *d;
    char *sql;        /* with $N placeholders */
    int np;
    char *val[MAXP];
    int len[MAXP], fmt[MAXP];
    unsigned typ[MAXP];
    PGresult *res;
    int row, nrows;
    bool bad_bind;    /* a value could not be copied: the statement must not run */
    unsigned char *blob[MAXP];
    size_t blen[MAXP];
} pst;

static void set_err(pdb *d, const char *m) {
    snprintf(d->err, sizeof d->err, "%s", m && *m ? m : "unknown error");
    size_t n = strlen(d->err);
    while (n && (d->err[n - 1] == '\n' || d->err[n - 1] == ' ')) d->err[--n] = 0;
}

/* The session's settings, after every (re)connection. */
static bool session(pdb *d) {
    PGresult *r = PQexec(d->c, "SET synchronous_commit = on; SET client_min_messages = warning; SET TIME ZONE 'UTC'");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok) set_err(d, PQerrorMessage(d->c));
    PQclear(r);
    return ok;
}

/* A usable connection: re-opens a broken one, but never inside a transaction. */
static bool alive(pdb *d) {
    if (PQstatus(d->c) == CONNECTION_OK) return true;
    if (d->tx) { set_err(d, "the connection to PostgreSQL was lost inside a transaction"); return false; }
    PQreset(d->c);
    if (PQstatus(d->c) != CONNECTION_OK) { set_err(d, PQerrorMessage(d->c)); return false; }
    return session(d);
}

static void p_close(db *b) {
    pdb *d = (pdb *)b;
    if (d->c) PQfinish(d->c);
    free(d);
}

static db *p_open(const char *conn, char *why, size_t cap) {
    pdb *d = calloc(1, sizeof *d);
    if (!d) { snprintf(why, cap, "out of memory"); return NULL; }
    d->c = PQconnectdb(conn);
    if (!d->c || PQstatus(d->c) != CONNECTION_OK) {
        set_err(d, d->c ? PQerrorMessage(d->c) : "out of memory");
        snprintf(why, cap, "cannot connect to PostgreSQL: %s", d->err);
        p_close(&d->base);
        return NULL;
    }
    if (!session(d)) {
        snprintf(why, cap, "PostgreSQL: %s", d->err);
        p_close(&d->base);
        return NULL;
    }
    return &d->base;
}

static db *p_open_ro(const char *conn, char *why, size_t cap) {
    db *b = p_open(conn, why, cap);
    pdb *d = (pdb *)b;
    if (!d) return NULL;
    PGresult *r = PQexec(d->c, "SET default_transaction_read_only = on");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        snprintf(why, cap, "PostgreSQL: %s", PQerrorMessage(d->c));
        p_close(b);
        return NULL;
    }
    return b;
}

static const char *p_errmsg(db *b) { return ((pdb *)b)->err; }

static bool starts(const char *s, const char *w) {
    while (*s == ' ' || *s == '\n') s++;
    return !strncasecmp(s, w, strlen(w));
}

static bool p_exec(db *b, const char *sql, char *why, size_t cap) {
    pdb *d = (pdb *)b;
    bool ending = starts(sql, "ROLLBACK");
    if (ending && PQstatus(d->c) != CONNECTION_OK) { d->tx = false; return true; } /* the server ended it */
    if (!alive(d)) { snprintf(why, cap, "database: %s", d->err); return false; }
    bool was = d->tx;
    PGresult *r = PQexec(d->c, sql);
    ExecStatusType rs = PQresultStatus(r);
    bool ok = rs == PGRES_COMMAND_OK || rs == PGRES_TUPLES_OK || rs == PGRES_EMPTY_QUERY;
    if (!ok && !was && PQstatus(d->c) == CONNECTION_BAD && alive(d)) { /* as in p_step */
        PQclear(r);
        r = PQexec(d->c, sql);
        rs = PQresultStatus(r);
        ok = rs == PGRES_COMMAND_OK || rs == PGRES_TUPLES_OK || rs == PGRES_EMPTY_QUERY;
    }
    if (!ok) {
        set_err(d, PQerrorMessage(d->c));
        snprintf(why, cap, "database: %s", d->err);
    }
    PQclear(r);
    if (PQstatus(d->c) == CONNECTION_OK) {
        PGTransactionStatusType ts = PQtransactionStatus(d->c);
        d->tx = ts == PQTRANS_INTRANS || ts == PQTRANS_INERROR || ts == PQTRANS_ACTIVE;
    } else d->tx = was && !starts(sql, "COMMIT"); /* lost: a transaction begun before stays to be rolled back */
    return ok;
}

static bool p_in_tx(db *b) {
    pdb *d = (pdb *)b;
    if (PQstatus(d->c) != CONNECTION_OK) return d->tx;
    PGTransactionStatusType ts = PQtransactionStatus(d->c);
    return ts == PQTRANS_INTRANS || ts == PQTRANS_INERROR || ts == PQTRANS_ACTIVE;
}

/* `?` becomes $1, $2, … in order; `?N` becomes $N. */
static db_stmt *p_prep(db *b, const char *sql) {
    pst *st = calloc(1, sizeof *st);
    size_t n = strlen(sql);
    char *out = st ? malloc(n * 3 + 1) : NULL;
    if (!out) { free(st); set_err((pdb *)b, "out of memory"); return NULL; }
    int k = 0, maxp = 0;
    size_t j = 0;
    bool quoted = false;
    for (size_t i = 0; i < n; i++) {
        if (sql[i] == '\'') quoted = !quoted;
        if (sql[i] != '?' || quoted) { out[j++] = sql[i]; continue; }
        int num;
        if (sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            num = 0;
            while (sql[i + 1] >= '0' && sql[i + 1] <= '9') num = num * 10 + (sql[++i] - '0');
        } else num = ++k;
        if (num > maxp) maxp = num;
        j += (size_t)sprintf(out + j, "$%d", num);
    }
    out[j] = 0;
    if (maxp > MAXP) { free(out); free(st); set_err((pdb *)b, "too many parameters"); return NULL; }
    st->d = (pdb *)b;
    st->sql = out;
    st->np = maxp;
    for (int i = 0; i < MAXP; i++) st->typ[i] = OID_TEXT;
    return &st->base;
}

static void clear_result(pst *st) {
    if (st->res) PQclear(st->res);
    st->res = NULL;
    for (int i = 0; i < MAXP; i++) {
        if (st->blob[i]) PQfreemem(st->blob[i]);
        st->blob[i] = NULL;
    }
    st->row = -1;
    st->nrows = 0;
}

static void set_param(db_stmt *b, int i, char *v, int len, int fmt, unsigned typ) {
    pst *st = (pst *)b;
    if (i < 1 || i > MAXP || (!v && typ != OID_TEXT)) { free(v); st->bad_bind = true; return; }
    free(st->val[i - 1]);
    st->val[i - 1] = v;
    st->len[i - 1] = len;
    st->fmt[i - 1] = fmt;
    st->typ[i - 1] = typ;
    if (i > st->np) st->np = i;
}
static void p_bind_text(db_stmt *b, int i, const char *v) {
    char *t = strdup(v ? v : "");
    if (!t) ((pst *)b)->bad_bind = true;
    set_param(b, i, t, 0, 0, OID_TEXT);
}
static void p_bind_int64(db_stmt *b, int i, int64_t v) {
    char *t = malloc(24);
    if (t) snprintf(t, 24, "%lld", (long long)v);
    set_param(b, i, t, 0, 0, OID_INT8);
}
static void p_bind_blob(db_stmt *b, int i, const void *p, size_t n) {
    char *t = malloc(n ? n : 1);
    if (t && n) memcpy(t, p, n);
    set_param(b, i, t, (int)n, 1, OID_BYTEA);
}
static void p_bind_null(db_stmt *b, int i) { set_param(b, i, NULL, 0, 0, OID_TEXT); }

static int p_step(db_stmt *b) {
    pst *st = (pst *)b;
    if (!st->res) {
        pdb *d = st->d;
        if (st->bad_bind) { set_err(d, "out of memory"); return DB_ERR; }
        if (!alive(d)) return DB_ERR;
        st->res = PQexecParams(d->c, st->sql, st->np, st->typ, (const char *const *)st->val, st->len, st->fmt, 0);
        ExecStatusType rs = PQresultStatus(st->res);
        /* The server went away since the last statement (restarted, failed over): libpq
         * notices only now. Outside a transaction nothing was done, so once more on a
         * new connection. */
        if (rs != PGRES_TUPLES_OK && rs != PGRES_COMMAND_OK && !d->tx && PQstatus(d->c) == CONNECTION_BAD && alive(d)) {
            PQclear(st->res);
            st->res = PQexecParams(d->c, st->sql, st->np, st->typ, (const char *const *)st->val, st->len, st->fmt, 0);
            rs = PQresultStatus(st->res);
        }
        if (rs != PGRES_TUPLES_OK && rs != PGRES_COMMAND_OK) {
            set_err(d, PQresultErrorMessage(st->res));
            PQclear(st->res);
            st->res = NULL;
            return DB_ERR;
        }
        st->nrows = rs == PGRES_TUPLES_OK ? PQntuples(st->res) : 0;
        st->row = -1;
    }
    for (int i = 0; i < MAXP; i++) {
        if (st->blob[i]) PQfreemem(st->blob[i]);
        st->blob[i] = NULL;
    }
    if (st->row + 1 < st->nrows) { st->row++; return DB_ROW; }
    st->row = st->nrows;
    return DB_DONE;
}

static void p_reset(db_stmt *b) { clear_result((pst *)b); }
static void p_finalize(db_stmt *b) {
    pst *st = (pst *)b;
    clear_result(st);
    for (int i = 0; i < MAXP; i++) free(st->val[i]);
    free(st->sql);
    free(st);
}
static bool in_row(pst *st, int i) { return st->res && st->row >= 0 && st->row < st->nrows && i >= 0 && i < PQnfields(st->res); }
static bool p_col_null(db_stmt *b, int i) {
    pst *st = (pst *)b;
    return !in_row(st, i) || PQgetisnull(st->res, st->row, i);
}
static const char *p_col_text(db_stmt *b, int i) {
    pst *st = (pst *)b;
    return in_row(st, i) ? PQgetvalue(st->res, st->row, i) : "";
}
static int64_t p_col_int64(db_stmt *b, int i) { return strtoll(p_col_text(b, i), NULL, 10); }
static const void *p_col_blob(db_stmt *b, int i) {
    pst *st = (pst *)b;
    if (!in_row(st, i) || i >= MAXP || PQgetisnull(st->res, st->row, i)) return NULL;
    if (!st->blob[i]) st->blob[i] = PQunescapeBytea((const unsigned char *)PQgetvalue(st->res, st->row, i), &st->blen[i]);
    return st->blob[i];
}
static size_t p_col_bytes(db_stmt *b, int i) {
    pst *st = (pst *)b;
    if (!in_row(st, i)) return 0;
    if (PQftype(st->res, i) != OID_BYTEA) return (size_t)PQgetlength(st->res, st->row, i);
    return p_col_blob(b, i) ? st->blen[i] : 0;
}

const db_ops db_pg_ops = {DB_PG, p_open, p_open_ro, p_close, p_errmsg, p_exec, p_in_tx, p_prep, p_bind_text, p_bind_int64,
                          p_bind_blob, p_bind_null, p_step, p_reset, p_finalize, p_col_null, p_col_text,
                          p_col_int64, p_col_blob, p_col_bytes};
