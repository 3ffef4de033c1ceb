/* token.c — API tokens and the audit chain's hashes, over libsodium. Owns the token
 * format and the hash encodings; knows nothing of the database (store.c) or HTTP.
 *
 * Why BLAKE2b (crypto_generichash) and not a password hash (crypto_pwhash): a token's
 * secret is 32 random bytes, so nobody can guess it by trying likely values; a slow,
 * memory-hard hash protects low-entropy passwords and would only make every write cost
 * tens of milliseconds (and hand an attacker a cheap way to load the server). A stolen
 * table of BLAKE2b-256 hashes of 256-bit secrets gives no usable token. */
#include "server.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

bool sv_token_init(void) { return sodium_init() >= 0; }

void sv_hex(const unsigned char *b, size_t n, char *out) { sodium_bin2hex(out, 2 * n + 1, b, n); }

static void secret_hash(const char *secret, size_t len, unsigned char out[SV_HASH_LEN]) {
    static const unsigned char ctx[] = "aigov-token-v1";
    crypto_generichash(out, SV_HASH_LEN, (const unsigned char *)secret, len, ctx, sizeof ctx - 1);
}

void sv_token_new(sv_token *t) {
    unsigned char id[SV_TOKEN_ID_LEN / 2], secret[32];
    randombytes_buf(id, sizeof id);
    randombytes_buf(secret, sizeof secret);
    sv_hex(id, sizeof id, t->id);
    char s64[64];
    sodium_bin2base64(s64, sizeof s64, secret, sizeof secret, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    snprintf(t->text, sizeof t->text, "agv_%s_%s", t->id, s64);
    secret_hash(s64, strlen(s64), t->hash);
    sodium_memzero(secret, sizeof secret);
    sodium_memzero(s64, sizeof s64);
}

bool sv_token_parse(const char *text, size_t len, char id[SV_TOKEN_ID_LEN + 1], unsigned char hash[SV_HASH_LEN]) {
    /* agv_ + 16 hex + _ + 43 base64url */
    if (len != 4 + SV_TOKEN_ID_LEN + 1 + 43 || memcmp(text, "agv_", 4) || text[4 + SV_TOKEN_ID_LEN] != '_') return false;
    for (size_t i = 4; i < 4 + SV_TOKEN_ID_LEN; i++)
        if (!((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f'))) return false;
    const char *secret = text + 5 + SV_TOKEN_ID_LEN;
    for (size_t i = 0; i < 43; i++) {
        char ch = secret[i];
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
            return false;
    }
    memcpy(id, text + 4, SV_TOKEN_ID_LEN);
    id[SV_TOKEN_ID_LEN] = 0;
    secret_hash(secret, 43, hash);
    return true;
}

bool sv_attest_sign(const char *text, size_t len, const char *const *fields, int n, char out[65]) {
    char id[SV_TOKEN_ID_LEN + 1];
    unsigned char h[SV_HASH_LEN], mac[SV_HASH_LEN];
    if (!sv_token_parse(text, len, id, h)) return false;
    /* The key is the secret itself (43 base64url characters), hashed to 32 bytes. */
    unsigned char key[crypto_generichash_KEYBYTES];
    crypto_generichash(key, sizeof key, (const unsigned char *)text + 5 + SV_TOKEN_ID_LEN, 43, NULL, 0);
    crypto_generichash_state st;
    crypto_generichash_init(&st, key, sizeof key, sizeof mac);
    static const char tag[] = "aigov-attestation-v1";
    crypto_generichash_update(&st, (const unsigned char *)tag, sizeof tag - 1);
    for (int i = 0; i < n; i++) {
        size_t l = fields[i] ? strlen(fields[i]) : 0;
        unsigned char b[8];
        for (int k = 0; k < 8; k++) b[k] = (unsigned char)((uint64_t)l >> (56 - 8 * k));
        crypto_generichash_update(&st, b, sizeof b);
        if (l) crypto_generichash_update(&st, (const unsigned char *)fields[i], l);
    }
    crypto_generichash_final(&st, mac, sizeof mac);
    sodium_memzero(key, sizeof key);
    sv_hex(mac, sizeof mac, out);
    return true;
}

void sv_cosign_mac(const unsigned char key[SV_HASH_LEN], const char *body, size_t len, unsigned char out[SV_HASH_LEN]) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, key, SV_HASH_LEN, SV_HASH_LEN);
    static const char tag[] = "aigov-cosign-v1";
    crypto_generichash_update(&st, (const unsigned char *)tag, sizeof tag - 1);
    unsigned char b[8];
    for (int k = 0; k < 8; k++) b[k] = (unsigned char)((uint64_t)len >> (56 - 8 * k));
    crypto_generichash_update(&st, b, sizeof b);
    if (len) crypto_generichash_update(&st, (const unsigned char *)body, len);
    crypto_generichash_final(&st, out, SV_HASH_LEN);
}

bool sv_hash_equal(const unsigned char a[SV_HASH_LEN], const unsigned char b[SV_HASH_LEN]) {
    return sodium_memcmp(a, b, SV_HASH_LEN) == 0;
}

static void put_field(crypto_hash_sha256_state *st, const void *p, size_t len) {
    unsigned char n[8];
    for (int i = 0; i < 8; i++) n[i] = (unsigned char)((uint64_t)len >> (56 - 8 * i));
    crypto_hash_sha256_update(st, n, sizeof n);
    if (len) crypto_hash_sha256_update(st, p, len);
}

void sv_audit_hash(const sv_audit_entry *e, unsigned char out[SV_HASH_LEN]) {
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    static const char tag[] = "aigov-audit-v1";
    crypto_hash_sha256_update(&st, (const unsigned char *)tag, sizeof tag - 1);
    crypto_hash_sha256_update(&st, e->prev, SV_HASH_LEN);
    char seq[24];
    int n = snprintf(seq, sizeof seq, "%lld", (long long)e->seq);
    put_field(&st, seq, (size_t)n);
    const char *f[] = {e->at, e->actor, e->action, e->subject, e->payload};
    const size_t l[] = {e->at_len, e->actor_len, e->action_len, e->subject_len, e->payload_len};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        put_field(&st, f[i] ? f[i] : "", !f[i] ? 0 : e->sized ? l[i] : strlen(f[i]));
    crypto_hash_sha256_final(&st, out);
}

void sv_sha256_hex(const void *data, size_t len, char out[65]) {
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, data, len);
    sv_hex(h, sizeof h, out);
}
