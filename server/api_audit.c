/* api_audit.c — the audit log: its entries, verification, signed heads and proofs; and the
 * CLI's audit verify, audit head, backup and migrate (docs/store.md). */
#include "api.h"
#include "db.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void h_audit(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    long after = 0, limit = 100;
    const char *s;
    char *end;
    if ((s = arg(rq, "after")) && ((after = strtol(s, &end, 10)) < 0 || *end || end == s)) { fail(rs, 400, "invalid", NULL, "after must be an entry number, found '%s'", s); return; }
    if ((s = arg(rq, "limit")) && ((limit = strtol(s, &end, 10)) < 1 || limit > 1000 || *end || end == s)) { fail(rs, 400, "invalid", NULL, "limit must be 1..1000, found '%s'", s); return; }
    set_json(rs, 200, json_pack("{so}", "entries", sv_audit_list(a->store, after, (int)limit)));
}

/* After the log and the rows it explains: the derived compliance of each system, recomputed
 * and compared (bad = -1 names no entry). */
static void derived_check(sv_app *a, int64_t *bad, char *why) {
    if (*bad) return;
    json_t *ids = sv_system_ids(a->store);
    const aigov_corpus *c = corpus_read(a);
    size_t i;
    json_t *v;
    json_array_foreach(ids, i, v) if (!compliance_explained(a, c, json_string_value(v), why, SV_WHY)) { *bad = -1; break; }
    corpus_done(a);
    json_decref(ids);
}

void h_audit_verify(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    int64_t bad, n;
    char why[SV_WHY];
    if (sv_audit_check(a->store, &bad, &n, why) != SV_OK) { fail(rs, 500, "io", NULL, "%s", why); return; }
    derived_check(a, &bad, why);
    set_json(rs, 200, json_pack("{sb sI so? ss}", "valid", bad == 0, "entries", (json_int_t)n, "first_bad",
                                bad > 0 ? json_integer(bad) : NULL, "message", why));
}

/* Extends the verified log with the entries written since; false with the answer set
 * (500 when the chain does not hold: no head is signed over it). Under a->log_mu. */
static bool log_sync(sv_app *a, sv_response *rs) {
    int64_t bad;
    char why[SV_WHY];
    if (sv_audit_extend(a->store, &a->log, &bad, why) != SV_OK) { fail(rs, 500, "io", NULL, "%s", why); return false; }
    if (bad) {
        char msg[SV_WHY + 96];
        snprintf(msg, sizeof msg, "the audit log does not verify (%s); no head is signed over it", why);
        fail(rs, 500, "log_invalid", NULL, "%s", msg);
        return false;
    }
    return true;
}

/* A query argument that is a whole number in [lo, hi], or absent (*v = dflt). */
static bool arg_count(const sv_request *rq, sv_response *rs, const char *key, uint64_t lo, uint64_t hi, uint64_t dflt, uint64_t *v) {
    const char *s = arg(rq, key);
    *v = dflt;
    if (!s) return true;
    char *end;
    errno = 0;
    unsigned long long x = strtoull(s, &end, 10);
    if (end == s || *end || errno || *s == '-' || x < lo || x > hi) {
        char msg[200];
        snprintf(msg, sizeof msg, "%s must be a whole number from %llu to %llu, found '%.40s'", key, (unsigned long long)lo,
                 (unsigned long long)hi, s);
        fail(rs, 400, "invalid", NULL, "%s", msg);
        return false;
    }
    *v = x;
    return true;
}

void h_audit_head(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)rq; (void)pm;
    pthread_mutex_lock(&a->log_mu);
    sv_sth h;
    if (log_sync(a, rs)) {
        if (!sv_log_sign_head(&a->log, a->log.n, sv_now_ms(), &a->key, &h)) fail(rs, 500, "io", NULL, "%s", "cannot sign the head");
        else set_json(rs, 200, sv_sth_json(&h, a->key.pub));
    }
    pthread_mutex_unlock(&a->log_mu);
}

void h_audit_inclusion(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    pthread_mutex_lock(&a->log_mu);
    uint64_t size, seq;
    if (!log_sync(a, rs)) goto out;
    if (!arg_count(rq, rs, "size", 1, a->log.n, a->log.n, &size) || !arg_count(rq, rs, "seq", 1, size, 0, &seq)) goto out;
    if (!seq) fail(rs, 400, "invalid", NULL, "%s", "seq is needed: the number of the entry to prove (GET /v1/audit lists them)");
    else set_json(rs, 200, sv_log_inclusion_json(&a->log, seq, size));
out:
    pthread_mutex_unlock(&a->log_mu);
}

void h_audit_consistency(sv_app *a, const sv_request *rq, sv_response *rs, char **pm) {
    (void)pm;
    pthread_mutex_lock(&a->log_mu);
    uint64_t to, from;
    if (!log_sync(a, rs)) goto out;
    if (!arg_count(rq, rs, "to", 1, a->log.n, a->log.n, &to) || !arg_count(rq, rs, "from", 1, to, 0, &from)) goto out;
    if (!from) fail(rs, 400, "invalid", NULL, "%s", "from is needed: the size of the head kept earlier");
    else set_json(rs, 200, sv_log_consistency_json(&a->log, from, to));
out:
    pthread_mutex_unlock(&a->log_mu);
}
/* Whether the verified log g extends the head saved in `head` (from the file head_name):
 * its signature (with the pinned key, else its own), then a consistency proof from the
 * head's size to the log's, checked against the head's root. Appends one line to out;
 * false when it does not hold. */
static bool extends_head(const sv_audit_log *g, bool chain_bad, const aigov_head_check *hc, const sv_sth *h,
                         const uint8_t pub[SV_PUB_LEN], char *out, size_t cap) {
    char when[40];
    time_t t = (time_t)(h->timestamp_ms / 1000);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    uint8_t pinned[SV_PUB_LEN];
    if (hc->public_key && (!sv_unhex(hc->public_key, pinned, SV_PUB_LEN) || memcmp(pinned, pub, SV_PUB_LEN))) {
        snprintf(out, cap, "the head saved in %s was not signed with the pinned key (--public-key)", hc->head_name);
        return false;
    }
    if (!sv_sth_verify(h, pub)) {
        snprintf(out, cap, "the head saved in %s: its signature does not verify (not a head of this log, or altered)", hc->head_name);
        return false;
    }
    if (h->size > g->n) {
        if (chain_bad)
            snprintf(out, cap, "the head saved in %s (%llu entries, signed %s) cannot be proved: the log holds only %llu entries that verify",
                     hc->head_name, (unsigned long long)h->size, when, (unsigned long long)g->n);
        else
            snprintf(out, cap, "the head saved in %s signs %llu entries (signed %s), the log holds %llu: history was removed",
                     hc->head_name, (unsigned long long)h->size, when, (unsigned long long)g->n);
        return false;
    }
    sv_hash root, path[SV_PROOF_MAX];
    sv_mtree_root(&g->tree, g->n, &root);
    int np = h->size ? sv_mtree_consistency_proof(&g->tree, g->n, h->size, path) : 0;
    bool holds = h->size == 0 || (np >= 0 && sv_merkle_verify_consistency(h->size, g->n, &h->root, &root, path, np));
    if (!holds) {
        snprintf(out, cap, "the log of %llu entries does not extend the head saved in %s (%llu entries, signed %s): history was "
                 "rewritten", (unsigned long long)g->n, hc->head_name, (unsigned long long)h->size, when);
        return false;
    }
    snprintf(out, cap, "the log of %llu entries extends the head saved in %s (%llu entries, signed %s): consistency proof of %d "
             "hash%s holds", (unsigned long long)g->n, hc->head_name, (unsigned long long)h->size, when, np, np == 1 ? "" : "es");
    return true;
}

aigov_status aigov_audit_verify(const char *db, const aigov_head_check *hc, char **report, aigov_diags *d) {
    *report = NULL;
    sv_sth h;
    uint8_t pub[SV_PUB_LEN];
    char msg[600];
    if (hc && hc->head && !sv_sth_read(hc->head, hc->head_len, &h, pub, msg, sizeof msg)) {
        sv_diag(d, hc->head_name, "%s", msg);
        return AIGOV_INVALID;
    }
    if (hc && hc->public_key && !sv_unhex(hc->public_key, (uint8_t[SV_PUB_LEN]){0}, SV_PUB_LEN)) {
        sv_diag(d, "--public-key", "%s", "expected the log's Ed25519 public key: 32 bytes as hex (64 digits)");
        return AIGOV_USAGE;
    }
    /* Read-only: verifying never creates, migrates or writes the file (a copy on read-only
     * media verifies; an empty file is no registry). */
    sv_store *store;
    char why[SV_WHY];
    sv_err oe = sv_store_open_readonly(db, &store, why);
    if (oe != SV_OK) { sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    int64_t bad;
    sv_audit_log g = {0};
    sv_err e = sv_audit_check_log(store, &g, &bad, why);
    if (e != SV_OK) { sv_store_close(store); sv_audit_log_free(&g); sv_diag(d, db, "%s", why); return AIGOV_IO; }
    if (!bad) {
        /* The derived compliance, recomputed with the corpus the registry serves (an app
         * that holds only the read-only store and that corpus). */
        sv_app *a = calloc(1, sizeof *a);
        if (!a) { sv_store_close(store); sv_audit_log_free(&g); return AIGOV_NOMEM; }
        a->o.corpus_dir = hc ? hc->corpus_dir : NULL;
        a->store = store;
        pthread_rwlock_init(&a->corpus_lock, NULL);
        pthread_mutex_init(&a->publish_lock, NULL);
        pthread_mutex_init(&a->log_mu, NULL);
        aigov_status cs = corpus_with_published(a, NULL, 0, &a->corpus, d);
        if (cs == AIGOV_OK) derived_check(a, &bad, why);
        sv_app_free(a); /* closes the store */
        if (cs != AIGOV_OK) { sv_audit_log_free(&g); return cs; }
    } else sv_store_close(store);
    bool head_ok = true;
    char hline[900] = "";
    if (hc && hc->head) head_ok = extends_head(&g, bad != 0, hc, &h, pub, hline, sizeof hline);
    sv_audit_log_free(&g);
    size_t cap = 2 * strlen(db) + SV_WHY + sizeof hline + 64;
    char *buf = malloc(cap);
    if (!buf) return AIGOV_NOMEM;
    int n = snprintf(buf, cap, bad ? "%s: audit log is NOT valid: %s\n" : "%s: %s\n", db, why);
    if (hline[0]) snprintf(buf + n, cap - (size_t)n, head_ok ? "%s: %s\n" : "%s: audit log is NOT valid: %s\n", db, hline);
    *report = buf;
    return bad || !head_ok ? AIGOV_INVALID : AIGOV_OK;
}

aigov_status aigov_audit_head(const char *db, const char *log_key, char **json, aigov_diags *d) {
    *json = NULL;
    char path[1024], why[SV_WHY];
    sv_log_key k;
    if (!sv_token_init()) { sv_diag(d, "aigov", "%s", "libsodium cannot start"); return AIGOV_IO; }
    if (!sv_log_key_path(db, log_key, path, sizeof path, why)) { sv_diag(d, log_key ? "--log-key" : db, "%s", why); return AIGOV_USAGE; }
    sv_err ke = sv_log_key_load(path, false, &k, NULL, why);
    if (ke != SV_OK) {
        if (ke == SV_NOTFOUND) snprintf(why + strlen(why), SV_WHY - strlen(why), " (`aigov serve` makes it at its first start)");
        sv_diag(d, path, "%s", why);
        return ke == SV_INVALID ? AIGOV_INVALID : AIGOV_IO;
    }
    sv_store *store;
    sv_err oe = sv_store_open_readonly(db, &store, why);
    if (oe != SV_OK) { sv_log_key_forget(&k); sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    int64_t bad;
    sv_audit_log g = {0};
    sv_err e = sv_audit_extend(store, &g, &bad, why);
    sv_store_close(store);
    aigov_status st = AIGOV_OK;
    sv_sth h;
    if (e != SV_OK) { sv_diag(d, db, "%s", why); st = AIGOV_IO; }
    else if (bad) {
        char msg[SV_WHY + 80];
        snprintf(msg, sizeof msg, "the audit log does not verify (%s): no head is signed over it", why);
        sv_diag(d, db, "%s", msg);
        st = AIGOV_INVALID;
    } else if (!sv_log_sign_head(&g, g.n, sv_now_ms(), &k, &h)) { sv_diag(d, path, "%s", "cannot sign"); st = AIGOV_IO; }
    else {
        json_t *j = sv_sth_json(&h, k.pub);
        *json = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
        json_decref(j);
        if (!*json) st = AIGOV_NOMEM;
    }
    sv_log_key_forget(&k);
    sv_audit_log_free(&g);
    return st;
}

aigov_status aigov_store_backup(const char *db, const char *out, char **report, aigov_diags *d) {
    *report = NULL;
    char why[SV_WHY];
    if (sv_store_url_is_pg(db)) {
        sv_diag(d, db, "%s", "a PostgreSQL registry is backed up with pg_dump, which takes a consistent snapshot while replicas write (docs/store.md)");
        return AIGOV_USAGE;
    }
    /* The source must be a registry this aigov reads: checked before anything is written. */
    sv_store *src;
    sv_err oe = sv_store_open_readonly(db, &src, why);
    if (oe != SV_OK) { sv_diag(d, db, "%s", why); return oe == SV_INVALID ? AIGOV_INVALID : AIGOV_IO; }
    sv_store_close(src);
    if (!db_sqlite_backup(db, out, why, sizeof why)) { sv_diag(d, out, "%s", why); return AIGOV_IO; }
    /* The copy is checked as `aigov audit verify` checks a registry, read-only. */
    sv_store *copy;
    int64_t bad = 0;
    sv_audit_log g = {0};
    sv_err e = sv_store_open_readonly(out, &copy, why);
    if (e == SV_OK) {
        e = sv_audit_check_log(copy, &g, &bad, why);
        sv_store_close(copy);
    }
    char root[2 * SV_HASH_LEN + 1] = "";
    if (e == SV_OK && !bad) {
        sv_hash r;
        sv_mtree_root(&g.tree, g.n, &r);
        sv_hex(r.b, SV_HASH_LEN, root);
    }
    uint64_t n = g.n;
    sv_audit_log_free(&g);
    if (e != SV_OK) { sv_diag(d, out, "%s", why); return AIGOV_IO; }
    size_t cap = strlen(db) + strlen(out) + SV_WHY + 400;
    char *buf = malloc(cap);
    if (!buf) return AIGOV_NOMEM;
    if (bad) snprintf(buf, cap, "%s: a copy of %s, but its audit log is NOT valid: %s\n", out, db, why);
    else
        snprintf(buf, cap, "%s: a consistent copy of %s: %llu audit entr%s, every registry row explained by the log, tree root %s\n"
                 "%s: the log's signing key is not in the copy; keep it (%s.key, or --log-key) apart and safe\n",
                 out, db, (unsigned long long)n, n == 1 ? "y" : "ies", root, out, db);
    *report = buf;
    return bad ? AIGOV_INVALID : AIGOV_OK;
}

aigov_status aigov_store_migrate(const char *db, char **report, aigov_diags *d) {
    *report = NULL;
    sv_store *store;
    char why[SV_WHY];
    if (sv_store_open(db, &store, why) != SV_OK) { sv_diag(d, db, "%s", why); return AIGOV_IO; }
    int v = sv_store_schema_version(store);
    bool pg = sv_store_is_pg(store);
    sv_store_close(store);
    char buf[SV_WHY + 128];
    snprintf(buf, sizeof buf, "%s: %s registry at schema version %d (the latest this aigov knows: %d)\n", db,
             pg ? "PostgreSQL" : "SQLite", v, sv_store_schema_latest());
    *report = strdup(buf);
    return *report ? AIGOV_OK : AIGOV_NOMEM;
}
