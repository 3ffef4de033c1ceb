/* translog.c — the registry's audit log as a transparency log (docs/security.md): the
 * Ed25519 key that signs its tree heads, kept in a file beside the database and never in
 * it (whoever can write the database cannot sign), and the signed heads and proofs as
 * JSON for GET /v1/audit/head, /v1/audit/proof/inclusion, /v1/audit/proof/consistency and
 * `aigov audit head`. The hashing and the proofs themselves are merkle.c's. Never prints. */
#include "server.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define KEY_LABEL "aigov-log-key-v1 "
#define KEY_FILE_LEN (sizeof KEY_LABEL - 1 + 2 * SV_SEC_LEN + 1)

bool sv_log_key_path(const char *db, const char *log_key, char *out, size_t cap, char *why) {
    if (log_key && *log_key) {
        if ((size_t)snprintf(out, cap, "%s", log_key) >= cap) { snprintf(why, SV_WHY, "--log-key: the path is too long"); return false; }
        return true;
    }
    if (sv_store_url_is_pg(db)) {
        snprintf(why, SV_WHY, "a registry in PostgreSQL needs --log-key FILE: the Ed25519 key that signs the audit log's tree "
                 "heads, the same file for every replica (made at the first start when missing; docs/security.md)");
        return false;
    }
    if ((size_t)snprintf(out, cap, "%s.key", db) >= cap) { snprintf(why, SV_WHY, "--db: the path is too long"); return false; }
    return true;
}

/* Reads a key file: one line, the label and the 64-byte secret key (seed and public key,
 * libsodium's layout) in hex. Refused when others may read it, as ssh refuses. */
static sv_err key_read(const char *path, sv_log_key *k, char *why) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        snprintf(why, SV_WHY, "%s: cannot open the log's signing key: %s", path, strerror(errno));
        return errno == ENOENT ? SV_NOTFOUND : SV_IO;
    }
    struct stat st;
    char buf[KEY_FILE_LEN + 8];
    ssize_t n = -1;
    sv_err e = SV_INVALID;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) snprintf(why, SV_WHY, "%s: the log's signing key is not a regular file", path);
    else if (st.st_mode & 077)
        snprintf(why, SV_WHY, "%s: the log's signing key may be read by others (mode %04o): chmod 600 %s", path,
                 (unsigned)(st.st_mode & 07777), path);
    else if ((n = read(fd, buf, sizeof buf - 1)) < 0) { snprintf(why, SV_WHY, "%s: %s", path, strerror(errno)); e = SV_IO; }
    close(fd);
    if (n < 0) return e;
    buf[n] = 0;
    bool shaped = (size_t)n == KEY_FILE_LEN && !memcmp(buf, KEY_LABEL, sizeof KEY_LABEL - 1) && buf[n - 1] == '\n';
    if (shaped) {
        buf[n - 1] = 0;
        shaped = sv_unhex(buf + sizeof KEY_LABEL - 1, k->sec, SV_SEC_LEN);
    }
    sodium_memzero(buf, sizeof buf);
    if (!shaped) {
        snprintf(why, SV_WHY, "%s: line 1: expected \"%s\" and 128 hex digits (an aigov log signing key)", path, KEY_LABEL);
        return SV_INVALID;
    }
    crypto_sign_ed25519_sk_to_pk(k->pub, k->sec);
    /* The public half stored in the secret key must be the seed's. */
    uint8_t seed[crypto_sign_SEEDBYTES], check_pk[SV_PUB_LEN], check_sk[SV_SEC_LEN];
    crypto_sign_ed25519_sk_to_seed(seed, k->sec);
    crypto_sign_seed_keypair(check_pk, check_sk, seed);
    bool whole = !memcmp(check_pk, k->pub, SV_PUB_LEN);
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(check_sk, sizeof check_sk);
    if (!whole) { snprintf(why, SV_WHY, "%s: line 1: the key's two halves do not belong together (damaged)", path); return SV_INVALID; }
    return SV_OK;
}

/* Makes a key: written whole to a temporary file, synced, then linked to `path`, so the
 * file is never seen half-written and two replicas starting at once agree on one key
 * (the second link fails; that one reads the first's). */
static sv_err key_make(const char *path, char *why) {
    sv_log_key k;
    crypto_sign_keypair(k.pub, k.sec);
    char line[KEY_FILE_LEN + 1];
    memcpy(line, KEY_LABEL, sizeof KEY_LABEL - 1);
    sv_hex(k.sec, SV_SEC_LEN, line + sizeof KEY_LABEL - 1);
    line[KEY_FILE_LEN - 1] = '\n';
    line[KEY_FILE_LEN] = 0;
    sodium_memzero(&k, sizeof k);
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 16);
    if (!tmp) { sodium_memzero(line, sizeof line); snprintf(why, SV_WHY, "out of memory"); return SV_IO; }
    snprintf(tmp, plen + 16, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp); /* mode 0600 */
    sv_err e = SV_IO;
    if (fd < 0) snprintf(why, SV_WHY, "%s: cannot make the log's signing key: %s", path, strerror(errno));
    else {
        bool wrote = fchmod(fd, 0600) == 0 && write(fd, line, KEY_FILE_LEN) == (ssize_t)KEY_FILE_LEN && fsync(fd) == 0;
        int werr = errno;
        close(fd);
        if (!wrote) snprintf(why, SV_WHY, "%s: cannot write the log's signing key: %s", path, strerror(werr));
        else if (link(tmp, path) == 0 || errno == EEXIST) e = SV_OK;
        else snprintf(why, SV_WHY, "%s: cannot make the log's signing key: %s", path, strerror(errno));
        unlink(tmp);
        /* The new name durable too: sync the folder. */
        char *slash = strrchr(tmp, '/');
        if (e == SV_OK) {
            if (slash) *slash = 0;
            int dfd = open(slash ? (*tmp ? tmp : "/") : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (dfd >= 0) { fsync(dfd); close(dfd); }
        }
    }
    sodium_memzero(line, sizeof line);
    free(tmp);
    return e;
}

sv_err sv_log_key_load(const char *path, bool create, sv_log_key *k, bool *made, char *why) {
    if (made) *made = false;
    sv_err e = key_read(path, k, why);
    if (e != SV_NOTFOUND || !create) return e;
    if ((e = key_make(path, why)) != SV_OK) return e;
    if (made) *made = true;
    return key_read(path, k, why);
}

void sv_log_key_forget(sv_log_key *k) { sodium_memzero(k, sizeof *k); }

uint64_t sv_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

bool sv_log_sign_head(const sv_audit_log *g, uint64_t size, uint64_t now_ms, const sv_log_key *k, sv_sth *h) {
    memset(h, 0, sizeof *h);
    h->size = size;
    h->timestamp_ms = now_ms;
    sv_mtree_root(&g->tree, size, &h->root);
    return sv_sth_sign(h, k->sec);
}

static json_t *hexj(const uint8_t *b, size_t n) {
    char hex[2 * SV_SIG_LEN + 1];
    sv_hex(b, n, hex);
    return json_string(hex);
}

json_t *sv_sth_json(const sv_sth *h, const uint8_t pub[SV_PUB_LEN]) {
    time_t t = (time_t)(h->timestamp_ms / 1000);
    struct tm tm;
    char iso[40];
    gmtime_r(&t, &tm);
    size_t l = strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(iso + l, sizeof iso - l, ".%03uZ", (unsigned)(h->timestamp_ms % 1000));
    return json_pack("{sI sI ss so so so ss ss}", "size", (json_int_t)h->size, "timestamp_ms", (json_int_t)h->timestamp_ms,
                     "timestamp", iso, "root", hexj(h->root.b, SV_HASH_LEN), "signature", hexj(h->sig, SV_SIG_LEN),
                     "public_key", hexj(pub, SV_PUB_LEN), "signature_algorithm", "Ed25519",
                     "tree", "RFC 9162 Merkle tree (SHA-256) over the entries' chain hashes");
}

static json_t *path_json(const sv_hash *path, int n) {
    json_t *a = json_array();
    for (int i = 0; i < n; i++) json_array_append_new(a, hexj(path[i].b, SV_HASH_LEN));
    return a;
}

json_t *sv_log_inclusion_json(const sv_audit_log *g, uint64_t seq, uint64_t size) {
    sv_hash path[SV_PROOF_MAX];
    int n = sv_mtree_inclusion_proof(&g->tree, size, seq - 1, path);
    if (n < 0) return NULL;
    return json_pack("{sI sI sI so so}", "seq", (json_int_t)seq, "leaf_index", (json_int_t)(seq - 1), "tree_size",
                     (json_int_t)size, "leaf_hash", hexj(g->tree.lv[0][seq - 1].b, SV_HASH_LEN), "path", path_json(path, n));
}

json_t *sv_log_consistency_json(const sv_audit_log *g, uint64_t from, uint64_t to) {
    sv_hash path[SV_PROOF_MAX];
    int n = sv_mtree_consistency_proof(&g->tree, to, from, path);
    if (n < 0) return NULL;
    return json_pack("{sI sI so}", "from", (json_int_t)from, "to", (json_int_t)to, "path", path_json(path, n));
}
