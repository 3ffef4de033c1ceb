/* test_merkle.c — the registry log's Merkle tree (server/merkle.c, RFC 9162): the roots of
 * Certificate Transparency's reference test vectors; every inclusion and consistency proof
 * of every tree up to 70 leaves verifies, and fails once any byte, index or size is
 * changed; signed tree heads verify, and fail when a field or the key changes. */
#include "merkle.h"
#include "test.h"

#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The eight leaves and the roots of the trees of their first 1..8 leaves, from the
 * reference tests of Certificate Transparency (RFC 6962 / 9162 hashing is the same). */
static const struct { const char *data; size_t len; } LEAVES[] = {
    {"", 0}, {"\x00", 1}, {"\x10", 1}, {"\x20\x21", 2}, {"\x30\x31", 2}, {"\x40\x41\x42\x43", 4},
    {"\x50\x51\x52\x53\x54\x55\x56\x57", 8},
    {"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f", 16}};
static const char *const ROOTS[] = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

static void vectors(void) {
    sv_hash leaves[8], root;
    char hex[2 * SV_HASH_LEN + 1];
    for (int i = 0; i < 8; i++) sv_merkle_leaf(LEAVES[i].data, LEAVES[i].len, &leaves[i]);
    sv_merkle_root(leaves, 0, &root);
    sv_hex(root.b, SV_HASH_LEN, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    for (int n = 1; n <= 8; n++) {
        sv_merkle_root(leaves, (uint64_t)n, &root);
        sv_hex(root.b, SV_HASH_LEN, hex);
        CHECK_STR(hex, ROOTS[n - 1]);
    }
}

static void proofs(void) {
    enum { N = 70 };
    sv_hash leaves[N], path[SV_PROOF_MAX];
    for (int i = 0; i < N; i++) {
        char b[16];
        int len = snprintf(b, sizeof b, "entry %d", i);
        sv_merkle_leaf(b, (size_t)len, &leaves[i]);
    }
    int bad_inclusion = 0, bad_consistency = 0, tamper_passed = 0;
    for (uint64_t n = 1; n <= N; n++) {
        sv_hash root, next;
        sv_merkle_root(leaves, n, &root);
        /* The size is authenticated by the signed head next to its root: a proof for size n
         * must not verify against the head of size n + 1. */
        sv_merkle_root(leaves, n < N ? n + 1 : n, &next);
        for (uint64_t m = 0; m < n; m++) {
            int np = sv_merkle_inclusion_proof(leaves, n, m, path);
            if (np < 0 || !sv_merkle_verify_inclusion(&leaves[m], m, n, path, np, &root)) bad_inclusion++;
            /* Another index, another size, another leaf, a flipped bit: all fail. */
            if (n > 1 && sv_merkle_verify_inclusion(&leaves[m], (m + 1) % n, n, path, np, &root)) tamper_passed++;
            if (n < N && sv_merkle_verify_inclusion(&leaves[m], m, n + 1, path, np, &next)) tamper_passed++;
            if (n > 1 && sv_merkle_verify_inclusion(&leaves[(m + 1) % n], m, n, path, np, &root)) tamper_passed++;
            if (np > 0) {
                path[np / 2].b[7] ^= 0x20;
                if (sv_merkle_verify_inclusion(&leaves[m], m, n, path, np, &root)) tamper_passed++;
            }
        }
        for (uint64_t m = 1; m <= n; m++) {
            sv_hash old;
            sv_merkle_root(leaves, m, &old);
            int np = sv_merkle_consistency_proof(leaves, n, m, path);
            if (np < 0 || !sv_merkle_verify_consistency(m, n, &old, &root, path, np)) bad_consistency++;
            if (m < n) {
                /* A rewritten history: the old root of another prefix, or a changed proof. */
                sv_hash other;
                sv_merkle_root(leaves + 1, m, &other);
                if (sv_merkle_verify_consistency(m, n, &other, &root, path, np)) tamper_passed++;
                if (n < N && sv_merkle_verify_consistency(m, n + 1, &old, &next, path, np)) tamper_passed++;
                if (np > 0) {
                    path[np - 1].b[0] ^= 1;
                    if (sv_merkle_verify_consistency(m, n, &old, &root, path, np)) tamper_passed++;
                }
            }
        }
    }
    CHECK(bad_inclusion == 0);
    CHECK(bad_consistency == 0);
    CHECK(tamper_passed == 0);
    CHECK(sv_merkle_inclusion_proof(leaves, 5, 5, path) == -1);
    CHECK(sv_merkle_consistency_proof(leaves, 5, 0, path) == -1);
    CHECK(sv_merkle_consistency_proof(leaves, 5, 6, path) == -1);
}

static void entries(void) {
    /* Length-prefixed fields: moving a byte across a field boundary, or a NUL inside a field,
     * changes the hash. */
    const char *a[] = {"ab", "c"}, *b[] = {"a", "bc"}, *c1[] = {"x\0y", "z"}, *c2[] = {"x\0q", "z"};
    size_t la[] = {2, 1}, lb[] = {1, 2}, lc[] = {3, 1};
    sv_hash ha, hb, h1, h2, hnull;
    sv_merkle_entry_hash(a, la, 2, &ha);
    sv_merkle_entry_hash(b, lb, 2, &hb);
    sv_merkle_entry_hash(c1, lc, 2, &h1);
    sv_merkle_entry_hash(c2, lc, 2, &h2);
    const char *n1[] = {NULL, "c"};
    size_t ln[] = {0, 1};
    const char *e1[] = {"", "c"};
    sv_hash he;
    sv_merkle_entry_hash(n1, ln, 2, &hnull);
    sv_merkle_entry_hash(e1, ln, 2, &he);
    CHECK(memcmp(ha.b, hb.b, SV_HASH_LEN) != 0);
    CHECK(memcmp(h1.b, h2.b, SV_HASH_LEN) != 0);
    CHECK(memcmp(hnull.b, he.b, SV_HASH_LEN) != 0);
}

static void heads(void) {
    uint8_t pub[SV_PUB_LEN], sec[SV_SEC_LEN], pub2[SV_PUB_LEN], sec2[SV_SEC_LEN];
    crypto_sign_keypair(pub, sec);
    crypto_sign_keypair(pub2, sec2);
    sv_sth h = {.size = 42, .timestamp_ms = 1764633600000ull};
    sv_merkle_leaf("x", 1, &h.root);
    CHECK(sv_sth_sign(&h, sec));
    CHECK(sv_sth_verify(&h, pub));
    CHECK(!sv_sth_verify(&h, pub2));
    sv_sth t = h;
    t.size = 41;
    CHECK(!sv_sth_verify(&t, pub));
    t = h;
    t.timestamp_ms++;
    CHECK(!sv_sth_verify(&t, pub));
    t = h;
    t.root.b[31] ^= 1;
    CHECK(!sv_sth_verify(&t, pub));
    char hex[2 * SV_SIG_LEN + 1];
    uint8_t back[SV_SIG_LEN];
    sv_hex(h.sig, SV_SIG_LEN, hex);
    CHECK(sv_unhex(hex, back, SV_SIG_LEN) && !memcmp(back, h.sig, SV_SIG_LEN));
    CHECK(!sv_unhex("zz", back, 1));
    CHECK(!sv_unhex("abc", back, 1));
}

/* The growing tree (sv_mtree, perfect subtrees kept) gives exactly what the bare leaves
 * give: every root, every inclusion and consistency proof, for every size up to 130 and
 * around the powers of two up to 1,025; and its proofs verify. */
static bool same_path(const sv_hash *a, int na, const sv_hash *b, int nb) {
    return na == nb && (na <= 0 || !memcmp(a, b, (size_t)na * sizeof *a));
}

static void tree_matches_leaves(void) {
    enum { N = 1025 };
    sv_hash *leaves = malloc(N * sizeof *leaves);
    sv_mtree t = {0};
    CHECK(leaves != NULL);
    if (!leaves) return;
    int roots = 0, incl = 0, cons = 0, verified = 0;
    for (int i = 0; i < N; i++) {
        char b[24];
        int len = snprintf(b, sizeof b, "tree entry %d", i);
        sv_merkle_leaf(b, (size_t)len, &leaves[i]);
        CHECK(sv_mtree_append(&t, &leaves[i]));
    }
    CHECK(t.n == N);
    static const uint64_t BIG[] = {255, 256, 257, 511, 512, 513, 1000, 1023, 1024, 1025};
    sv_hash p1[SV_PROOF_MAX], p2[SV_PROOF_MAX];
    for (uint64_t n = 1; n <= 130 + sizeof BIG / sizeof BIG[0]; n++) {
        uint64_t size = n <= 130 ? n : BIG[n - 131];
        sv_hash r1, r2;
        sv_merkle_root(leaves, size, &r1);
        sv_mtree_root(&t, size, &r2);
        roots += !memcmp(r1.b, r2.b, SV_HASH_LEN);
        uint64_t step = size <= 130 ? 1 : size / 37 + 1;
        for (uint64_t m = 0; m < size; m += step) {
            int a = sv_merkle_inclusion_proof(leaves, size, m, p1), b = sv_mtree_inclusion_proof(&t, size, m, p2);
            incl += !same_path(p1, a, p2, b);
            verified += b >= 0 && sv_merkle_verify_inclusion(&leaves[m], m, size, p2, b, &r2);
            a = sv_merkle_consistency_proof(leaves, size, m + 1, p1);
            b = sv_mtree_consistency_proof(&t, size, m + 1, p2);
            cons += !same_path(p1, a, p2, b);
            sv_hash old;
            sv_mtree_root(&t, m + 1, &old);
            verified += b >= 0 && sv_merkle_verify_consistency(m + 1, size, &old, &r2, p2, b);
        }
    }
    CHECK(roots == 140);
    CHECK(incl == 0);
    CHECK(cons == 0);
    CHECK(verified > 2 * 8000);
    CHECK(sv_mtree_inclusion_proof(&t, N + 1, 0, p1) == -1);
    CHECK(sv_mtree_consistency_proof(&t, N + 1, 1, p1) == -1);
    sv_mtree_free(&t);
    free(leaves);
}

int main(void) {
    if (sodium_init() < 0) return 1;
    vectors();
    proofs();
    tree_matches_leaves();
    entries();
    heads();
    TEST_MAIN_END();
}
