/* merkle.c — RFC 9162 Merkle tree hashing, proofs and signed tree heads (merkle.h). The
 * proof algorithms follow RFC 9162 2.1.3 and 2.1.4 as written there (recursive
 * PATH / SUBPROOF; iterative verification), over an array of leaf hashes. libsodium does
 * the hashing and the signatures; nothing here reads or writes anything but memory. */
#include "merkle.h"

#include <sodium.h>
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

/* MTH(D[lo:lo+n]) without recursion: a stack of perfect subtrees, merged as they pair up
 * (the left-leaning shape of RFC 9162's definition). */
static void mth(const sv_hash *leaves, uint64_t lo, uint64_t n, sv_hash *out) {
    if (n == 0) { crypto_hash_sha256(out->b, NULL, 0); return; }
    sv_hash stack[SV_PROOF_MAX + 1];
    uint64_t sizes[SV_PROOF_MAX + 1];
    int top = 0;
    for (uint64_t i = 0; i < n; i++) {
        stack[top] = leaves[lo + i];
        sizes[top++] = 1;
        while (top >= 2 && sizes[top - 1] == sizes[top - 2]) {
            node(&stack[top - 2], &stack[top - 1], &stack[top - 2]);
            sizes[top - 2] *= 2;
            top--;
        }
    }
    /* Fold the remaining perfect subtrees right to left: node(left, right). */
    while (top >= 2) {
        node(&stack[top - 2], &stack[top - 1], &stack[top - 2]);
        sizes[top - 2] += sizes[top - 1];
        top--;
    }
    *out = stack[0];
}

void sv_merkle_root(const sv_hash *leaves, uint64_t n, sv_hash *out) { mth(leaves, 0, n, out); }

/* PATH(m, D[lo:lo+n]) appended to path[*np] (RFC 9162 2.1.3.1). */
static void path_of(const sv_hash *leaves, uint64_t lo, uint64_t n, uint64_t m, sv_hash *path, int *np) {
    if (n <= 1) return;
    uint64_t k = split(n);
    if (m < k) {
        path_of(leaves, lo, k, m, path, np);
        mth(leaves, lo + k, n - k, &path[(*np)++]);
    } else {
        path_of(leaves, lo + k, n - k, m - k, path, np);
        mth(leaves, lo, k, &path[(*np)++]);
    }
}

int sv_merkle_inclusion_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path) {
    if (m >= n) return -1;
    int np = 0;
    path_of(leaves, 0, n, m, path, &np);
    return np;
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

/* SUBPROOF(m, D[lo:lo+n], b) (RFC 9162 2.1.4.1). */
static void subproof(const sv_hash *leaves, uint64_t lo, uint64_t n, uint64_t m, bool b, sv_hash *path, int *np) {
    if (m == n) {
        if (!b) mth(leaves, lo, n, &path[(*np)++]);
        return;
    }
    uint64_t k = split(n);
    if (m <= k) {
        subproof(leaves, lo, k, m, b, path, np);
        mth(leaves, lo + k, n - k, &path[(*np)++]);
    } else {
        subproof(leaves, lo + k, n - k, m - k, false, path, np);
        mth(leaves, lo, k, &path[(*np)++]);
    }
}

int sv_merkle_consistency_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path) {
    if (m == 0 || m > n) return -1;
    int np = 0;
    subproof(leaves, 0, n, m, true, path, &np);
    return np;
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
