/* merkle.c — RFC 9162 Merkle tree hashing, proofs and signed tree heads (merkle.h). The
 * proof algorithms follow RFC 9162 2.1.3 and 2.1.4 as written there (recursive
 * PATH / SUBPROOF; iterative verification), over an array of leaf hashes or over a growing
 * tree that keeps the hashes of its perfect subtrees (sv_mtree). libsodium does
 * the hashing and the signatures; nothing here reads or writes anything but memory. */
#include "merkle.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static void node(const sv_hash *l, const sv_hash *r, sv_hash *out) {
    crypto_hash_sha256_state st;
    const uint8_t one = 1;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, &one, 1);
    crypto_hash_sha256_update(&st, l->b, SV_HASH_LEN);
    crypto_hash_sha256_update(&st, r->b, SV_HASH_LEN);
    crypto_hash_sha256_final(&st, out->b);
}

void sv_merkle_leaf(const void *data, size_t len, sv_hash *out) {
    crypto_hash_sha256_state st;
    const uint8_t zero = 0;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, &zero, 1);
    if (len) crypto_hash_sha256_update(&st, data, len);
    crypto_hash_sha256_final(&st, out->b);
}

static void be64(uint64_t v, uint8_t b[8]) {
    for (int i = 7; i >= 0; i--) { b[i] = (uint8_t)v; v >>= 8; }
}

void sv_merkle_entry_hash(const char *const *fields, const size_t *lens, int n, sv_hash *out) {
    crypto_hash_sha256_state st;
    const uint8_t zero = 0;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, &zero, 1);
    for (int i = 0; i < n; i++) {
        uint8_t l[8];
        be64(fields[i] ? (uint64_t)lens[i] : UINT64_MAX, l); /* an absent field differs from an empty one */
        crypto_hash_sha256_update(&st, l, 8);
        if (fields[i] && lens[i]) crypto_hash_sha256_update(&st, (const uint8_t *)fields[i], lens[i]);
    }
    crypto_hash_sha256_final(&st, out->b);
}

/* The largest power of two smaller than n (n >= 2). */
static uint64_t split(uint64_t n) {
    uint64_t k = 1;
    while (k << 1 < n) k <<= 1;
    return k;
}

/* What the proofs read: the leaves, and (a tree's) the hashes of its perfect subtrees,
 * lv[k][i] = MTH(D[i*2^k : (i+1)*2^k]) for the levels 0 <= k < nlv (lv[0]: the leaves). */
typedef struct view {
    const sv_hash *const *lv;
    int nlv;
    uint64_t n;
} view;

/* MTH(D[lo:lo+n]) (RFC 9162 2.1.1). A perfect subtree the view holds is looked up; the
 * ranges the proofs ask for start at a multiple of every power of two not above their
 * size, so with a tree's levels only the right spine is hashed: O(log n). Over bare leaves
 * the same definition hashes every leaf: O(n). */
static void mth(const view *v, uint64_t lo, uint64_t n, sv_hash *out) {
    if (n == 0) { crypto_hash_sha256(out->b, NULL, 0); return; }
    int k = 0;
    while (((uint64_t)1 << k) < n) k++;
    if (((uint64_t)1 << k) == n && k < v->nlv && (lo & (n - 1)) == 0) {
        *out = v->lv[k][lo >> k];
        return;
    }
    if (n == 1) { *out = v->lv[0][lo]; return; }
    uint64_t s = split(n);
    sv_hash l, r;
    mth(v, lo, s, &l);
    mth(v, lo + s, n - s, &r);
    node(&l, &r, out);
}

/* PATH(m, D[lo:lo+n]) appended to path[*np] (RFC 9162 2.1.3.1). */
static void path_of(const view *v, uint64_t lo, uint64_t n, uint64_t m, sv_hash *path, int *np) {
    if (n <= 1) return;
    uint64_t k = split(n);
    if (m < k) {
        path_of(v, lo, k, m, path, np);
        mth(v, lo + k, n - k, &path[(*np)++]);
    } else {
        path_of(v, lo + k, n - k, m - k, path, np);
        mth(v, lo, k, &path[(*np)++]);
    }
}

/* SUBPROOF(m, D[lo:lo+n], b) (RFC 9162 2.1.4.1). */
static void subproof(const view *v, uint64_t lo, uint64_t n, uint64_t m, bool b, sv_hash *path, int *np) {
    if (m == n) {
        if (!b) mth(v, lo, n, &path[(*np)++]);
        return;
    }
    uint64_t k = split(n);
    if (m <= k) {
        subproof(v, lo, k, m, b, path, np);
        mth(v, lo + k, n - k, &path[(*np)++]);
    } else {
        subproof(v, lo + k, n - k, m - k, false, path, np);
        mth(v, lo, k, &path[(*np)++]);
    }
}

static int inclusion(const view *v, uint64_t n, uint64_t m, sv_hash *path) {
    if (m >= n || n > v->n) return -1;
    int np = 0;
    path_of(v, 0, n, m, path, &np);
    return np;
}

static int consistency(const view *v, uint64_t n, uint64_t m, sv_hash *path) {
    if (m == 0 || m > n || n > v->n) return -1;
    int np = 0;
    subproof(v, 0, n, m, true, path, &np);
    return np;
}

/* Bare leaves: every hash computed from them. */
static view leaves_view(const sv_hash *const *lv, uint64_t n) { return (view){lv, 1, n}; }

void sv_merkle_root(const sv_hash *leaves, uint64_t n, sv_hash *out) {
    view v = leaves_view(&leaves, n);
    mth(&v, 0, n, out);
}

int sv_merkle_inclusion_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path) {
    view v = leaves_view(&leaves, n);
    return inclusion(&v, n, m, path);
}

int sv_merkle_consistency_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path) {
    view v = leaves_view(&leaves, n);
    return consistency(&v, n, m, path);
}

/* ---- A growing tree with its perfect subtrees kept --------------------------------------- */
void sv_mtree_free(sv_mtree *t) {
    for (int k = 0; k < SV_PROOF_MAX; k++) free(t->lv[k]);
    memset(t, 0, sizeof *t);
}

bool sv_mtree_append(sv_mtree *t, const sv_hash *leaf) {
    /* Room first, at every level the new leaf completes, so a failure changes nothing. */
    uint64_t n = t->n + 1;
    for (int k = 0; k < SV_PROOF_MAX && (n & (((uint64_t)1 << k) - 1)) == 0; k++) {
        uint64_t need = n >> k;
        if (need > t->cap[k]) {
            uint64_t c = t->cap[k] ? t->cap[k] * 2 : 64;
            while (c < need) c *= 2;
            sv_hash *nl = realloc(t->lv[k], (size_t)c * sizeof *nl);
            if (!nl) return false;
            t->lv[k] = nl;
            t->cap[k] = c;
        }
    }
    t->lv[0][t->n] = *leaf;
    for (int k = 1; k < SV_PROOF_MAX && (n & (((uint64_t)1 << k) - 1)) == 0; k++) {
        uint64_t i = (n >> k) - 1;
        node(&t->lv[k - 1][2 * i], &t->lv[k - 1][2 * i + 1], &t->lv[k][i]);
        if (k + 1 > t->nlv) t->nlv = k + 1;
    }
    if (t->nlv < 1) t->nlv = 1;
    t->n = n;
    return true;
}

static view tree_view(const sv_mtree *t) { return (view){(const sv_hash *const *)t->lv, t->nlv, t->n}; }

void sv_mtree_root(const sv_mtree *t, uint64_t n, sv_hash *out) {
    view v = tree_view(t);
    mth(&v, 0, n <= t->n ? n : t->n, out);
}

int sv_mtree_inclusion_proof(const sv_mtree *t, uint64_t n, uint64_t m, sv_hash *path) {
    view v = tree_view(t);
    return inclusion(&v, n, m, path);
}

int sv_mtree_consistency_proof(const sv_mtree *t, uint64_t n, uint64_t m, sv_hash *path) {
    view v = tree_view(t);
    return consistency(&v, n, m, path);
}

bool sv_merkle_verify_inclusion(const sv_hash *leaf, uint64_t m, uint64_t n, const sv_hash *path, int npath,
                                const sv_hash *root) {
    if (m >= n || npath < 0 || npath > SV_PROOF_MAX) return false;
    uint64_t fn = m, sn = n - 1;
    sv_hash r = *leaf;
    for (int i = 0; i < npath; i++) {
        if (sn == 0) return false;
        if ((fn & 1) || fn == sn) {
            node(&path[i], &r, &r);
            if (!(fn & 1))
                while (fn && !(fn & 1)) { fn >>= 1; sn >>= 1; }
        } else node(&r, &path[i], &r);
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && !memcmp(r.b, root->b, SV_HASH_LEN);
}

bool sv_merkle_verify_consistency(uint64_t m, uint64_t n, const sv_hash *old_root, const sv_hash *new_root,
                                  const sv_hash *path, int npath) {
    if (m == 0 || m > n || npath < 0 || npath > SV_PROOF_MAX) return false;
    if (m == n) return npath == 0 && !memcmp(old_root->b, new_root->b, SV_HASH_LEN);
    /* If m is a power of two, the old root is the first node of the proof, implied. */
    sv_hash buf[SV_PROOF_MAX + 1];
    int nb = 0;
    if ((m & (m - 1)) == 0) buf[nb++] = *old_root;
    for (int i = 0; i < npath; i++) buf[nb++] = path[i];
    if (nb == 0) return false;
    uint64_t fn = m - 1, sn = n - 1;
    while (fn & 1) { fn >>= 1; sn >>= 1; }
    sv_hash fr = buf[0], sr = buf[0];
    for (int i = 1; i < nb; i++) {
        if (sn == 0) return false;
        if ((fn & 1) || fn == sn) {
            node(&buf[i], &fr, &fr);
            node(&buf[i], &sr, &sr);
            if (!(fn & 1))
                while (fn && !(fn & 1)) { fn >>= 1; sn >>= 1; }
        } else node(&sr, &buf[i], &sr);
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && !memcmp(fr.b, old_root->b, SV_HASH_LEN) && !memcmp(sr.b, new_root->b, SV_HASH_LEN);
}

/* ---- Signed tree heads ------------------------------------------------------------------ */
static const char STH_LABEL[] = "aigov-sth-v1"; /* 12 bytes and its NUL */

size_t sv_sth_message(const sv_sth *h, uint8_t out[64]) {
    memcpy(out, STH_LABEL, sizeof STH_LABEL);
    be64(h->size, out + 13);
    be64(h->timestamp_ms, out + 21);
    memcpy(out + 29, h->root.b, SV_HASH_LEN);
    return 61;
}

bool sv_sth_sign(sv_sth *h, const uint8_t sec[SV_SEC_LEN]) {
    uint8_t msg[64];
    size_t n = sv_sth_message(h, msg);
    return crypto_sign_detached(h->sig, NULL, msg, n, sec) == 0;
}

bool sv_sth_verify(const sv_sth *h, const uint8_t pub[SV_PUB_LEN]) {
    uint8_t msg[64];
    size_t n = sv_sth_message(h, msg);
    return crypto_sign_verify_detached(h->sig, msg, n, pub) == 0;
}

bool sv_unhex(const char *s, uint8_t *b, size_t n) {
    if (!s || strlen(s) != 2 * n) return false;
    for (size_t i = 0; i < n; i++) {
        int v = 0;
        for (int k = 0; k < 2; k++) {
            char c = s[2 * i + k];
            int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (x < 0) return false;
            v = v * 16 + x;
        }
        b[i] = (uint8_t)v;
    }
    return true;
}
