/* proofcheck.c — the client side of the verifiable registry log (docs/security.md): checks
 * what GET /v1/audit/head, /v1/audit/proof/inclusion and /v1/audit/proof/consistency
 * answered, without trusting the service. A head's signature is checked with a public key
 * the client pinned (or, on first use, the key of an older head it kept, which must not
 * change); an inclusion proof against the head's root; a consistency proof between a head
 * kept earlier and the current one, so that history removed or rewritten — even all of
 * it — is detected by anyone who kept a head. Reads JSON with jansson; never prints. */
#include "merkle.h"
#include "server.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct doc_err {
    char msg[400];
} doc_err;

static bool want_hex(json_t *o, const char *key, uint8_t *out, size_t n, doc_err *e) {
    json_t *v = json_object_get(o, key);
    if (!json_is_string(v) || !sv_unhex(json_string_value(v), out, n)) {
        snprintf(e->msg, sizeof e->msg, "$.%s: expected %zu bytes as hex", key, n);
        return false;
    }
    return true;
}

static bool want_u64(json_t *o, const char *key, uint64_t *out, doc_err *e) {
    json_t *v = json_object_get(o, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0) {
        snprintf(e->msg, sizeof e->msg, "$.%s: expected a whole number >= 0", key);
        return false;
    }
    *out = (uint64_t)json_integer_value(v);
    return true;
}

static bool want_path(json_t *o, sv_hash *path, int *np, doc_err *e) {
    json_t *a = json_object_get(o, "path");
    if (!json_is_array(a) || json_array_size(a) > SV_PROOF_MAX) {
        snprintf(e->msg, sizeof e->msg, "$.path: expected a list of at most %d hashes", SV_PROOF_MAX);
        return false;
    }
    size_t i;
    json_t *v;
    json_array_foreach(a, i, v) {
        if (!json_is_string(v) || !sv_unhex(json_string_value(v), path[i].b, SV_HASH_LEN)) {
            snprintf(e->msg, sizeof e->msg, "$.path[%zu]: expected a 32-byte hash as hex", i);
            return false;
        }
    }
    *np = (int)json_array_size(a);
    return true;
}

static json_t *parse(const char *text, size_t len, doc_err *e) {
    json_error_t je;
    json_t *j = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
    if (!j) snprintf(e->msg, sizeof e->msg, "line %d, column %d: %s", je.line, je.column, je.text);
    else if (!json_is_object(j)) {
        snprintf(e->msg, sizeof e->msg, "expected a JSON object");
        json_decref(j);
        j = NULL;
    }
    return j;
}

/* Reads a signed tree head and its public key. */
static bool read_head(const char *text, size_t len, sv_sth *h, uint8_t pub[SV_PUB_LEN], doc_err *e) {
    json_t *j = parse(text, len, e);
    if (!j) return false;
    bool ok = want_u64(j, "size", &h->size, e) && want_u64(j, "timestamp_ms", &h->timestamp_ms, e) &&
              want_hex(j, "root", h->root.b, SV_HASH_LEN, e) && want_hex(j, "signature", h->sig, SV_SIG_LEN, e) &&
              want_hex(j, "public_key", pub, SV_PUB_LEN, e);
    json_decref(j);
    return ok;
}

bool sv_sth_read(const char *text, size_t len, sv_sth *h, uint8_t pub[SV_PUB_LEN], char *msg, size_t cap) {
    doc_err e = {{0}};
    bool ok = read_head(text, len, h, pub, &e);
    if (!ok) snprintf(msg, cap, "%s", e.msg);
    return ok;
}

static void add(char **rep, size_t *n, size_t *cap, const char *line) {
    size_t l = strlen(line);
    if (*n + l + 2 > *cap) {
        size_t c = *cap ? *cap * 2 : 512;
        while (c < *n + l + 2) c *= 2;
        char *nr = realloc(*rep, c);
        if (!nr) return;
        *rep = nr;
        *cap = c;
    }
    memcpy(*rep + *n, line, l);
    (*rep)[*n + l] = '\n';
    *n += l + 1;
    (*rep)[*n] = 0;
}

aigov_status aigov_audit_check_proofs(const aigov_proof_inputs *in, char **report, aigov_diags *d) {
    *report = NULL;
    char *rep = NULL;
    size_t rn = 0, rcap = 0;
    char line[600];
    doc_err e = {{0}};
    sv_sth head, old;
    uint8_t pub[SV_PUB_LEN], oldpub[SV_PUB_LEN], pinned[SV_PUB_LEN];
    bool bad = false;
    if (!in->head) {
        sv_diag(d, "--head", "%s", "a signed tree head is needed (GET /v1/audit/head)");
        return AIGOV_USAGE;
    }
    if (!read_head(in->head, in->head_len, &head, pub, &e)) { sv_diag(d, in->head_name ? in->head_name : "head", "%s", e.msg); return AIGOV_INVALID; }
    if (in->public_key && !sv_unhex(in->public_key, pinned, SV_PUB_LEN)) {
        sv_diag(d, "--public-key", "%s", "expected the log's Ed25519 public key: 32 bytes as hex");
        return AIGOV_USAGE;
    }
    if (in->old_head && !read_head(in->old_head, in->old_head_len, &old, oldpub, &e)) {
        sv_diag(d, in->old_head_name ? in->old_head_name : "old head", "%s", e.msg);
        return AIGOV_INVALID;
    }
    /* The key: pinned, else the kept head's (trust on first use), else the head's own. */
    const uint8_t *key = in->public_key ? pinned : in->old_head ? oldpub : pub;
    char hex[2 * SV_SIG_LEN + 1];
    if (memcmp(key, pub, SV_PUB_LEN)) {
        sv_hex(pub, SV_PUB_LEN, hex);
        snprintf(line, sizeof line, "FAIL head: signed with key %s, not the key %s", hex,
                 in->public_key ? "pinned with --public-key" : "of the head kept earlier");
        add(&rep, &rn, &rcap, line);
        bad = true;
    } else if (!sv_sth_verify(&head, key)) {
        add(&rep, &rn, &rcap, "FAIL head: the signature does not verify");
        bad = true;
    } else {
        sv_hex(head.root.b, SV_HASH_LEN, hex);
        snprintf(line, sizeof line, "%s head: %" PRIu64 " entries, root %s, signature valid%s", in->public_key || in->old_head ? "ok  " : "??? ",
                 head.size, hex, in->public_key || in->old_head ? "" : " with the key the head itself names, which anyone can make");
        add(&rep, &rn, &rcap, line);
    }
    if (in->old_head) {
        if (!sv_sth_verify(&old, key)) {
            add(&rep, &rn, &rcap, "FAIL old head: its signature does not verify with the key");
            bad = true;
        }
        if (!in->consistency) {
            if (old.size == head.size && !memcmp(old.root.b, head.root.b, SV_HASH_LEN))
                add(&rep, &rn, &rcap, "ok   consistency: the log is unchanged since the old head");
            else {
                add(&rep, &rn, &rcap, "FAIL consistency: no proof given (GET /v1/audit/proof/consistency?from=OLD&to=NEW)");
                bad = true;
            }
        }
    }
    if (in->consistency) {
        json_t *j = parse(in->consistency, in->consistency_len, &e);
        uint64_t from = 0, to = 0;
        sv_hash path[SV_PROOF_MAX];
        int np = 0;
        if (!j || !want_u64(j, "from", &from, &e) || !want_u64(j, "to", &to, &e) ||
            !want_path(j, path, &np, &e)) {
            json_decref(j);
            free(rep);
            sv_diag(d, in->consistency_name ? in->consistency_name : "consistency proof", "%s", e.msg);
            return AIGOV_INVALID;
        }
        json_decref(j);
        if (!in->old_head) {
            sv_diag(d, "--old-head", "%s", "a consistency proof is checked against a head kept earlier (--old-head)");
            free(rep);
            return AIGOV_USAGE;
        }
        if (from != old.size || to != head.size) {
            snprintf(line, sizeof line, "FAIL consistency: the proof is from %" PRIu64 " to %" PRIu64 " entries, the heads are %" PRIu64 " and %" PRIu64,
                     from, to, old.size, head.size);
            bad = true;
        } else if (old.size > head.size) {
            snprintf(line, sizeof line, "FAIL consistency: the log shrank from %" PRIu64 " to %" PRIu64 " entries", old.size, head.size);
            bad = true;
        } else if (!sv_merkle_verify_consistency(old.size, head.size, &old.root, &head.root, path, np)) {
            snprintf(line, sizeof line, "FAIL consistency: the log of %" PRIu64 " entries does not extend the head of %" PRIu64
                     " kept earlier: history was removed or rewritten", head.size, old.size);
            bad = true;
        } else
            snprintf(line, sizeof line, "ok   consistency: the log of %" PRIu64 " entries extends the head of %" PRIu64 " kept earlier",
                     head.size, old.size);
        add(&rep, &rn, &rcap, line);
    }
    if (in->inclusion) {
        json_t *j = parse(in->inclusion, in->inclusion_len, &e);
        uint64_t index = 0, size = 0;
        sv_hash leaf, path[SV_PROOF_MAX];
        int np = 0;
        if (!j || !want_u64(j, "leaf_index", &index, &e) || !want_u64(j, "tree_size", &size, &e) ||
            !want_hex(j, "leaf_hash", leaf.b, SV_HASH_LEN, &e) || !want_path(j, path, &np, &e)) {
            json_decref(j);
            free(rep);
            sv_diag(d, in->inclusion_name ? in->inclusion_name : "inclusion proof", "%s", e.msg);
            return AIGOV_INVALID;
        }
        json_decref(j);
        uint8_t entry[SV_HASH_LEN];
        sv_hash mine;
        if (in->entry_hash && !sv_unhex(in->entry_hash, entry, SV_HASH_LEN)) {
            free(rep);
            sv_diag(d, "--entry-hash", "%s", "expected an entry's hash: 32 bytes as hex (a write's receipt.entry_hash)");
            return AIGOV_USAGE;
        }
        if (in->entry_hash) sv_merkle_leaf(entry, SV_HASH_LEN, &mine);
        if (in->entry_hash && memcmp(mine.b, leaf.b, SV_HASH_LEN)) {
            snprintf(line, sizeof line, "FAIL inclusion: the proof is about another entry than %.16s… (its leaf is not SHA-256(0x00 || that hash))",
                     in->entry_hash);
            bad = true;
        } else if (size != head.size) {
            snprintf(line, sizeof line, "FAIL inclusion: the proof is for a log of %" PRIu64 " entries, the head has %" PRIu64, size, head.size);
            bad = true;
        } else if (!sv_merkle_verify_inclusion(&leaf, index, size, path, np, &head.root)) {
            snprintf(line, sizeof line, "FAIL inclusion: entry %" PRIu64 " is not in the log the head signs", index + 1);
            bad = true;
        } else
            snprintf(line, sizeof line, "ok   inclusion: entry %" PRIu64 "%s%.16s%s is in the log the head signs", index + 1,
                     in->entry_hash ? " (hash " : "", in->entry_hash ? in->entry_hash : "", in->entry_hash ? "…)" : "");
        add(&rep, &rn, &rcap, line);
    }
    /* Without a key pinned or a head kept earlier, a log made up and signed by anyone
     * passes every check above: the proofs hold, but prove nothing about this registry. */
    if (!in->public_key && !in->old_head) {
        add(&rep, &rn, &rcap, "NOT PROVEN: no key is pinned: give the registry's public key (--public-key HEX, from its operator "
                              "or its start-up line) or a head kept earlier (--old-head FILE)");
        bad = true;
    }
    if (!rep) return AIGOV_NOMEM;
    *report = rep;
    return bad ? AIGOV_INVALID : AIGOV_OK;
}
