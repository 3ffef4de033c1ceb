/* merkle.h — the registry log as a Merkle tree (RFC 9162, Certificate Transparency 2.0,
 * section 2.1): leaf and node hashes, the tree head over any prefix of the log, inclusion
 * and consistency proofs and their verification, and signed tree heads (Ed25519, libsodium).
 *
 * Hashing (RFC 9162 2.1.1), SHA-256:
 *   MTH({})     = SHA-256()
 *   leaf(d)     = SHA-256(0x00 || d)
 *   node(l, r)  = SHA-256(0x01 || l || r)
 *   MTH(D[n])   = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two < n.
 * Everything here works on leaf hashes (the log stores each entry's leaf hash); the 0x00 /
 * 0x01 prefixes keep a leaf from posing as a node. Entry bytes are hashed exactly as given,
 * so a NUL or a delimiter inside a field cannot make two entries hash alike (the caller
 * length-prefixes fields: sv_merkle_entry_hash).
 *
 * A signed tree head (STH) signs "aigov-sth-v1\0" || be64(size) || be64(timestamp_ms) ||
 * root with the log's Ed25519 key; anyone holding the public key and a head saved earlier
 * can check that the log still extends it (consistency), so deleting or rewriting history,
 * even all of it, is detected. Pure functions: no I/O, no globals; never prints. */
#ifndef SV_MERKLE_H
#define SV_MERKLE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SV_HASH_LEN 32
#define SV_SIG_LEN 64
#define SV_PUB_LEN 32
#define SV_SEC_LEN 64
/* The longest proof of a log of up to 2^63 entries. */
#define SV_PROOF_MAX 64

typedef struct sv_hash {
    uint8_t b[SV_HASH_LEN];
} sv_hash;

/* leaf(d) for d = data[0..len). */
void sv_merkle_leaf(const void *data, size_t len, sv_hash *out);
/* The leaf hash of one log entry made of `n` fields, each hashed as be64(length) || bytes,
 * so that no choice of field contents can collide with another split of the same bytes. */
void sv_merkle_entry_hash(const char *const *fields, const size_t *lens, int n, sv_hash *out);
/* MTH of the first `n` leaves of `leaves`. O(n) time, O(log n) space. */
void sv_merkle_root(const sv_hash *leaves, uint64_t n, sv_hash *out);

/* The audit path of leaf m in the tree of the first n leaves (RFC 9162 2.1.3.1): up to
 * SV_PROOF_MAX hashes into `path`; returns their count, or -1 when m >= n. O(n). */
int sv_merkle_inclusion_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path);
/* Checks an audit path (RFC 9162 2.1.3.2): does leaf hash `leaf` sit at index m of the tree
 * of size n whose root is `root`? */
bool sv_merkle_verify_inclusion(const sv_hash *leaf, uint64_t m, uint64_t n, const sv_hash *path, int npath,
                                const sv_hash *root);
/* The consistency proof between the tree of the first m leaves and that of the first n
 * (RFC 9162 2.1.4.1; 0 < m <= n): its count, or -1 for bad sizes. O(n). */
int sv_merkle_consistency_proof(const sv_hash *leaves, uint64_t n, uint64_t m, sv_hash *path);
/* Checks a consistency proof (RFC 9162 2.1.4.2): is the tree (n, new_root) an extension of
 * (m, old_root)? */
bool sv_merkle_verify_consistency(uint64_t m, uint64_t n, const sv_hash *old_root, const sv_hash *new_root,
                                  const sv_hash *path, int npath);

/* ---- A growing tree ------------------------------------------------------------------------
 * The leaves and the hash of every perfect subtree, lv[k][i] = MTH of leaves [i*2^k, (i+1)*2^k),
 * kept as leaves are appended (about two hashes a leaf: 64 bytes). Roots of any prefix cost
 * O(log n) hashes and proofs O(log^2 n), instead of O(n) over bare leaves; the answers are
 * the same (test_merkle compares them). Zero it to start; not thread-safe. */
typedef struct sv_mtree {
    sv_hash *lv[SV_PROOF_MAX];
    uint64_t cap[SV_PROOF_MAX];
    int nlv;    /* levels in use */
    uint64_t n; /* leaves */
} sv_mtree;
void sv_mtree_free(sv_mtree *t);
/* Appends a leaf hash; false (the tree unchanged) when out of memory. Amortised O(1). */
bool sv_mtree_append(sv_mtree *t, const sv_hash *leaf);
/* The same as sv_merkle_root / _inclusion_proof / _consistency_proof over the tree's first
 * n leaves (n <= t->n; -1 for sizes out of range). */
void sv_mtree_root(const sv_mtree *t, uint64_t n, sv_hash *out);
int sv_mtree_inclusion_proof(const sv_mtree *t, uint64_t n, uint64_t m, sv_hash *path);
int sv_mtree_consistency_proof(const sv_mtree *t, uint64_t n, uint64_t m, sv_hash *path);

/* ---- Signed tree heads ------------------------------------------------------------------ */
typedef struct sv_sth {
    uint64_t size;
    uint64_t timestamp_ms;       /* milliseconds since 1970-01-01 UTC */
    sv_hash root;
    uint8_t sig[SV_SIG_LEN];
} sv_sth;

/* The bytes an STH signs (8 + 8 + 32 after a 13-byte label): 61 bytes into `out`. */
size_t sv_sth_message(const sv_sth *h, uint8_t out[64]);
/* Signs h in place with the 64-byte Ed25519 secret key. false if libsodium fails. */
bool sv_sth_sign(sv_sth *h, const uint8_t sec[SV_SEC_LEN]);
bool sv_sth_verify(const sv_sth *h, const uint8_t pub[SV_PUB_LEN]);

/* Lowercase hex of n bytes into out (2n + 1 bytes, NUL-terminated); in token.c. */
void sv_hex(const unsigned char *b, size_t n, char *out);
/* Parses exactly 2n hex digits; false otherwise. */
bool sv_unhex(const char *s, uint8_t *b, size_t n);
#endif
