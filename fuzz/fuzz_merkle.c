/* fuzz_merkle.c — the registry log's proofs (server/merkle.c, server/proofcheck.c). The
 * first byte picks a mode. Even: a tree is grown from the input (its size and leaves), every
 * proof the input names is made and must verify (and be the same from the growing tree,
 * sv_mtree, as from the bare leaves), and the same proof with one bit changed
 * (where the input says) must not. Odd: the rest is split at NUL bytes into a head, a head
 * kept earlier, an inclusion proof and a consistency proof, as a client would fetch them,
 * and given to aigov_audit_check_proofs, which must answer without crashing, and answer OK
 * only with a report. */
#include "fuzz.h"

#include "merkle.h"

#include <aigov_server.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static void trees(const uint8_t *data, size_t size) {
    if (size < 4) return;
    uint64_t n = 1 + ((uint64_t)data[0] << 8 | data[1]) % 300;
    uint64_t m = ((uint64_t)data[2] << 8 | data[3]) % n;
    sv_hash *leaves = malloc((size_t)n * sizeof *leaves);
    if (!leaves) return;
    for (uint64_t i = 0; i < n; i++) {
        uint8_t b[9];
        memcpy(b, &i, 8);
        b[8] = size > 4 ? data[4 + i % (size - 4)] : 0;
        sv_merkle_leaf(b, sizeof b, &leaves[i]);
    }
    sv_hash root, old, path[SV_PROOF_MAX];
    sv_merkle_root(leaves, n, &root);
    /* The growing tree answers exactly as the bare leaves do. */
    sv_mtree t = {0};
    for (uint64_t i = 0; i < n; i++)
        if (!sv_mtree_append(&t, &leaves[i])) { sv_mtree_free(&t); free(leaves); return; }
    sv_hash troot, tpath[SV_PROOF_MAX];
    sv_mtree_root(&t, n, &troot);
    if (memcmp(troot.b, root.b, SV_HASH_LEN)) abort();
    int tn = sv_mtree_inclusion_proof(&t, n, m, tpath), an = sv_merkle_inclusion_proof(leaves, n, m, path);
    if (tn != an || (tn > 0 && memcmp(tpath, path, (size_t)tn * sizeof *path))) abort();
    tn = sv_mtree_consistency_proof(&t, n, m + 1, tpath);
    an = sv_merkle_consistency_proof(leaves, n, m + 1, path);
    if (tn != an || (tn > 0 && memcmp(tpath, path, (size_t)tn * sizeof *path))) abort();
    sv_mtree_free(&t);
    int np = sv_merkle_inclusion_proof(leaves, n, m, path);
    if (np < 0 || !sv_merkle_verify_inclusion(&leaves[m], m, n, path, np, &root)) abort();
    unsigned bit = size > 5 ? data[5] : 0;
    if (np > 0) {
        path[bit % (unsigned)np].b[(bit >> 3) % SV_HASH_LEN] ^= (uint8_t)(1u << (bit & 7));
        if (sv_merkle_verify_inclusion(&leaves[m], m, n, path, np, &root)) abort();
    }
    uint64_t k = m + 1;
    sv_merkle_root(leaves, k, &old);
    np = sv_merkle_consistency_proof(leaves, n, k, path);
    if (np < 0 || !sv_merkle_verify_consistency(k, n, &old, &root, path, np)) abort();
    if (np > 0) {
        path[bit % (unsigned)np].b[(bit >> 3) % SV_HASH_LEN] ^= (uint8_t)(1u << (bit & 7));
        if (sv_merkle_verify_consistency(k, n, &old, &root, path, np)) abort();
    }
    free(leaves);
}

static void documents(const uint8_t *data, size_t size) {
    const char *part[4] = {NULL, NULL, NULL, NULL};
    size_t len[4] = {0, 0, 0, 0};
    size_t start = 0;
    int k = 0;
    for (size_t i = 0; i <= size && k < 4; i++)
        if (i == size || data[i] == 0) {
            part[k] = (const char *)data + start;
            len[k++] = i - start;
            start = i + 1;
        }
    aigov_proof_inputs in = {.head = part[0], .head_len = len[0], .old_head = part[1], .old_head_len = len[1],
                             .inclusion = part[2], .inclusion_len = len[2], .consistency = part[3],
                             .consistency_len = len[3]};
    if (in.old_head && !len[1]) in.old_head = NULL;
    if (in.inclusion && !len[2]) in.inclusion = NULL;
    if (in.consistency && !len[3]) in.consistency = NULL;
    aigov_diags d;
    aigov_diags_init(&d, 5);
    char *rep = NULL;
    aigov_status s = aigov_audit_check_proofs(&in, &rep, &d);
    if (s == AIGOV_OK && !rep) abort();
    free(rep);
    aigov_diags_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (sodium_init() < 0) abort();
    if (size == 0) return 0;
    if (data[0] & 1) documents(data + 1, size - 1);
    else trees(data + 1, size - 1);
    return 0;
}
