/* test_store_faults.c — the registry store under failure: SQLite's allocations (through
 * SQLITE_CONFIG_MALLOC) and its I/O (through a VFS that wraps the default one) are made
 * to fail at the Nth call, for every N of a whole round of writes — token, two profile
 * versions, evidence, a published instrument. Every round must end in a clean error or
 * success, never a crash; afterwards, reopened without faults, the database must pass
 * PRAGMA integrity_check and `audit verify`, and every write the round reported as done
 * must be there (no acknowledged write lost), with nothing half-written. */
#include "server.h"
#include "test.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static long countdown = -1; /* fail when it reaches 0; -1 never */
static long calls;

static int fail_now(void) {
    calls++;
    if (countdown < 0) return 0;
    return countdown-- == 0;
}

/* ---- Allocation --------------------------------------------------------------------- */
static sqlite3_mem_methods real_mem;
static void *m_malloc(int n) { return fail_now() ? NULL : real_mem.xMalloc(n); }
static void *m_realloc(void *p, int n) { return fail_now() ? NULL : real_mem.xRealloc(p, n); }
static void m_free(void *p) { real_mem.xFree(p); }
static int m_size(void *p) { return real_mem.xSize(p); }
static int m_roundup(int n) { return real_mem.xRoundup(n); }
static int m_init(void *a) { return real_mem.xInit(a); }
static void m_shutdown(void *a) { real_mem.xShutdown(a); }

/* ---- I/O: a VFS over the default one whose writes, syncs and reads can fail ---------- */
static sqlite3_vfs *base_vfs;
static sqlite3_vfs fault_vfs;
typedef struct ffile {
    sqlite3_file base;
    sqlite3_file *real; /* follows this struct */
} ffile;
static sqlite3_io_methods fault_io;

static int f_close(sqlite3_file *f) { int rc = ((ffile *)f)->real->pMethods->xClose(((ffile *)f)->real); return rc; }
static int f_read(sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
    if (fail_now()) return SQLITE_IOERR_READ;
    return ((ffile *)f)->real->pMethods->xRead(((ffile *)f)->real, b, n, o);
}
static int f_write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
    if (fail_now()) return SQLITE_IOERR_WRITE;
    return ((ffile *)f)->real->pMethods->xWrite(((ffile *)f)->real, b, n, o);
}
static int f_truncate(sqlite3_file *f, sqlite3_int64 s) { return ((ffile *)f)->real->pMethods->xTruncate(((ffile *)f)->real, s); }
static int f_sync(sqlite3_file *f, int fl) {
    if (fail_now()) return SQLITE_IOERR_FSYNC;
    return ((ffile *)f)->real->pMethods->xSync(((ffile *)f)->real, fl);
}
static int f_size(sqlite3_file *f, sqlite3_int64 *s) { return ((ffile *)f)->real->pMethods->xFileSize(((ffile *)f)->real, s); }
static int f_lock(sqlite3_file *f, int l) { return ((ffile *)f)->real->pMethods->xLock(((ffile *)f)->real, l); }
static int f_unlock(sqlite3_file *f, int l) { return ((ffile *)f)->real->pMethods->xUnlock(((ffile *)f)->real, l); }
static int f_check(sqlite3_file *f, int *o) { return ((ffile *)f)->real->pMethods->xCheckReservedLock(((ffile *)f)->real, o); }
static int f_fcntl(sqlite3_file *f, int op, void *a) { return ((ffile *)f)->real->pMethods->xFileControl(((ffile *)f)->real, op, a); }
static int f_sector(sqlite3_file *f) { return ((ffile *)f)->real->pMethods->xSectorSize(((ffile *)f)->real); }
static int f_dev(sqlite3_file *f) { return ((ffile *)f)->real->pMethods->xDeviceCharacteristics(((ffile *)f)->real); }
static int f_shmmap(sqlite3_file *f, int i, int sz, int ext, void volatile **p) {
    return ((ffile *)f)->real->pMethods->xShmMap(((ffile *)f)->real, i, sz, ext, p);
}
static int f_shmlock(sqlite3_file *f, int o, int n, int fl) { return ((ffile *)f)->real->pMethods->xShmLock(((ffile *)f)->real, o, n, fl); }
static void f_shmbarrier(sqlite3_file *f) { ((ffile *)f)->real->pMethods->xShmBarrier(((ffile *)f)->real); }
static int f_shmunmap(sqlite3_file *f, int d) { return ((ffile *)f)->real->pMethods->xShmUnmap(((ffile *)f)->real, d); }
static int f_fetch(sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
    const sqlite3_io_methods *m = ((ffile *)f)->real->pMethods;
    if (m->iVersion < 3 || !m->xFetch) { *p = NULL; return SQLITE_OK; }
    return m->xFetch(((ffile *)f)->real, o, n, p);
}
static int f_unfetch(sqlite3_file *f, sqlite3_int64 o, void *p) {
    const sqlite3_io_methods *m = ((ffile *)f)->real->pMethods;
    if (m->iVersion < 3 || !m->xUnfetch) return SQLITE_OK;
    return m->xUnfetch(((ffile *)f)->real, o, p);
}

static int v_open(sqlite3_vfs *v, const char *name, sqlite3_file *f, int flags, int *out) {
    (void)v;
    ffile *ff = (ffile *)f;
    ff->real = (sqlite3_file *)(ff + 1);
    int rc = base_vfs->xOpen(base_vfs, name, ff->real, flags, out);
    ff->base.pMethods = rc == SQLITE_OK && ff->real->pMethods ? &fault_io : NULL;
    return rc;
}

static void install_vfs(void) {
    base_vfs = sqlite3_vfs_find(NULL);
    fault_vfs = *base_vfs;
    fault_vfs.zName = "faults";
    fault_vfs.szOsFile = (int)sizeof(ffile) + base_vfs->szOsFile;
    fault_vfs.xOpen = v_open;
    fault_io = (sqlite3_io_methods){3, f_close, f_read, f_write, f_truncate, f_sync, f_size, f_lock, f_unlock,
                                    f_check, f_fcntl, f_sector, f_dev, f_shmmap, f_shmlock, f_shmbarrier,
                                    f_shmunmap, f_fetch, f_unfetch};
    sqlite3_vfs_register(&fault_vfs, 1); /* the default from now on */
}

/* ---- One round --------------------------------------------------------------------- */
typedef struct done {
    bool token, v1, v2, evidence, instrument, org, revoke, withdraw;
} done;

static void round_trip(const char *path, done *ok) {
    char why[SV_WHY];
    sv_store *s = NULL;
    memset(ok, 0, sizeof *ok);
    if (sv_store_open(path, &s, why) != SV_OK) return;
    sv_token t;
    sv_token_new(&t);
    ok->token = sv_token_store(s, "operator", "eu-ai-office", false, NULL, &t, "2026-11-28T00:00:00Z", why) == SV_OK;
    json_t *items = json_array(), *summary = json_object();
    sv_compliance cp = {items, summary, 0, 0, 0, "2026-11-28"};
    int version = 0;
    ok->v1 = sv_system_put(s, "acme", "acme-hire", "Acme Hire", "{\"id\":\"acme-hire\",\"name\":\"Acme Hire\"}", &cp, "2026-11-28T00:00:01Z", &version, NULL, why) == SV_OK;
    ok->v2 = ok->v1 && sv_system_put(s, "acme", "acme-hire", "Acme Hire", "{\"id\":\"acme-hire\",\"name\":\"Acme Hire\",\"markets\":[\"EU\"]}", &cp,
                                     "2026-11-28T00:00:02Z", &version, NULL, why) == SV_OK;
    json_t *ev = json_pack("{ss ss ss ss}", "provision", "eu-ai-act/art4-ai-literacy", "reference", "training-log-2026",
                           "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "date", "2026-11-27");
    int64_t evid = 0;
    ok->evidence = ok->v1 && ev && sv_evidence_add(s, "acme", "acme-hire", ev, &cp, "2026-11-28T00:00:03Z", &evid, NULL, why) == SV_OK;
    json_decref(ev);
    ok->instrument = sv_instrument_put(s, "eu-ai-office", "ai-office-guidance", "id: ai-office-guidance\n",
                                       "2026-11-28T00:00:04Z", why) == SV_OK;
    json_t *org = json_pack("{ss ss ss ss}", "id", "acme", "name", "Acme Inc.", "kind", "company", "established_in", "US");
    ok->org = org && sv_org_add(s, "operator", org, "2026-11-28T00:00:05Z", why) == SV_OK;
    json_decref(org);
    sv_principal op = {.actor = "operator", .operator_ = true};
    ok->revoke = ok->token && sv_token_revoke(s, &op, t.id, "2026-11-28T00:00:06Z", NULL, 0, why) == SV_OK;
    ok->withdraw = ok->v1 && sv_system_withdraw(s, "acme", "acme-hire", "2026-11-28T00:00:07Z", why) == SV_OK;
    json_decref(items);
    json_decref(summary);
    sv_store_close(s);
}

/* Reopened without faults: intact, chained, and holding what was acknowledged. */
static bool verify(const char *path, const done *ok, char *what, size_t cap) {
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        /* The round failed before the file existed: fine if nothing was acknowledged. */
        sqlite3_close(db);
        snprintf(what, cap, "no database");
        return !ok->token && !ok->v1 && !ok->instrument && !ok->org;
    }
    sqlite3_stmt *st = NULL;
    bool intact = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK &&
                  sqlite3_step(st) == SQLITE_ROW && !strcmp((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    sqlite3_close(db);
    if (!intact) { snprintf(what, cap, "integrity_check failed"); return false; }
    char why[SV_WHY];
    sv_store *s = NULL;
    if (sv_store_open(path, &s, why) != SV_OK) { snprintf(what, cap, "reopen: %.150s", why); return false; }
    int64_t bad = -1, n = 0;
    bool chain = sv_audit_check(s, &bad, &n, why) == SV_OK && bad == 0;
    json_t *sys = sv_system_get(s, "acme-hire", false);
    json_t *inst = sv_instrument_list(s);
    json_t *evs = sv_evidence_list(s, "acme-hire");
    json_t *org = sv_org_get(s, "acme"), *toks = sv_token_list(s, NULL, "2026-11-28");
    bool withdrawn = sys && json_is_string(json_object_get(sys, "withdrawn_at"));
    bool revoked = json_array_size(toks) == 1 && !strcmp(json_string_value(json_object_get(json_array_get(toks, 0), "state")), "revoked");
    int version = sys ? (int)json_integer_value(json_object_get(sys, "version")) : 0;
    bool present = (!ok->v1 || version >= 1) && (!ok->v2 || version >= 2) &&
                   (!ok->evidence || json_array_size(evs) == 1) && (!ok->instrument || json_array_size(inst) == 1) &&
                   (!ok->org || org) && (!ok->revoke || revoked) && (!ok->withdraw || withdrawn);
    /* Each stored write has exactly its audit entry: writes = entries. */
    int64_t writes = version + (int64_t)json_array_size(evs) + (int64_t)json_array_size(inst) + (org != NULL) + revoked + withdrawn;
    json_t *al = sv_audit_list(s, 0, 1000);
    size_t tokens = 0, i;
    json_t *e;
    json_array_foreach(al, i, e) if (!strcmp(json_string_value(json_object_get(e, "action")), "token.create")) tokens++;
    bool audited = (int64_t)json_array_size(al) == writes + (int64_t)tokens && (!ok->token || tokens == 1);
    snprintf(what, cap, "chain %d (bad %lld of %lld), present %d, audited %d (versions %d, evidence %zu, instruments %zu, "
             "tokens %zu, entries %zu; acknowledged %d%d%d%d%d%d%d%d)", chain, (long long)bad, (long long)n, present, audited, version,
             json_array_size(evs), json_array_size(inst), tokens, json_array_size(al), ok->token, ok->v1, ok->v2, ok->evidence,
             ok->instrument, ok->org, ok->revoke, ok->withdraw);
    json_decref(sys);
    json_decref(inst);
    json_decref(evs);
    json_decref(org);
    json_decref(toks);
    json_decref(al);
    sv_store_close(s);
    return chain && present && audited;
}

int main(void) {
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem);
    sqlite3_mem_methods mine = {m_malloc, m_free, m_realloc, m_size, m_roundup, m_init, m_shutdown, NULL};
    CHECK(sqlite3_config(SQLITE_CONFIG_MALLOC, &mine) == SQLITE_OK);
    CHECK(sqlite3_initialize() == SQLITE_OK);
    install_vfs();
    CHECK(sv_token_init());
    char dir[] = "/tmp/aigov-store-faults-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256], wal[300], shm[300];
    snprintf(path, sizeof path, "%s/registry.db", dir);
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);

    done ok;
    countdown = -1;
    calls = 0;
    round_trip(path, &ok);
    long total = calls;
    char what[400];
    CHECK(ok.token && ok.v1 && ok.v2 && ok.evidence && ok.instrument && ok.org && ok.revoke && ok.withdraw);
    CHECK(verify(path, &ok, what, sizeof what));
    printf("a full round makes %ld SQLite allocations and file operations\n", total);
    long rounds = 0, failed_rounds = 0, bad = 0;
    for (long n = 0; n < total; n += n < 3000 ? 3 : total / 500 + 1) {
        unlink(path); unlink(wal); unlink(shm);
        countdown = n;
        round_trip(path, &ok);
        countdown = -1;
        rounds++;
        if (!(ok.token && ok.v1 && ok.v2 && ok.evidence && ok.instrument && ok.org && ok.revoke && ok.withdraw)) failed_rounds++;
        if (!verify(path, &ok, what, sizeof what)) {
            if (++bad <= 5) printf("fault at call %ld: %s\n", n, what);
        }
    }
    printf("%ld rounds with a fault: %ld ended with a failed write, %ld left a bad database or lost a write\n",
           rounds, failed_rounds, bad);
    CHECK(failed_rounds > 0);
    CHECK(bad == 0);
    unlink(path); unlink(wal); unlink(shm);
    rmdir(dir);
    TEST_MAIN_END();
}
