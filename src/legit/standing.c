/* standing.c — aigov_actor_standing: does an actor hold delegated authority over a set
 * of topics on a date, as the legitimacy engine computes it? The registry service uses
 * it to decide whether an actor may publish an instrument. Decides nothing of its own:
 * it runs legitimacy.c's breadth-first search once per topic and reads the result, so
 * the answer is the one `aigov legitimacy ACTOR --topic T --date D` gives. Never prints. */
#include "legit/legitimacy.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static const char *standing_word(uint8_t s) {
    static const char *const n[] = {"none", "public", "authorized", "mandated"};
    return s <= AG_SD_MANDATED ? n[s] : "none";
}

/* Why no incoming delegation of actor `a` gave it standing: "DELEGATION: reason; ..." */
static void why_not(const aigov_corpus *c, const ag_lgraph *g, const ag_criterion *cr,
                    const ag_lstate *s, int32_t a, char *buf, size_t cap) {
    size_t n = 0;
    buf[0] = 0;
    for (int32_t k = g->in_off[a]; k < g->in_off[a + 1] && n + 1 < cap; k++) {
        int32_t dl = g->in[k];
        ag_reject r = ag_delegation_usable(g, cr, s, dl);
        const char *why = r == AG_RJ_OK ? "its principals have no standing" : ag_reject_name(r);
        int w = snprintf(buf + n, cap - n, "%s%s: %s", n ? "; " : "", c->delegations[dl].id, why);
        if (w < 0) break;
        n += (size_t)w < cap - n ? (size_t)w : cap - n - 1;
    }
    if (!n) snprintf(buf, cap, "no delegation names it as recipient");
}

aigov_status aigov_actor_standing(const aigov_corpus *c, const char *actor, const char *const *topics,
                                  int ntopics, const char *date, aigov_standing *out, aigov_diags *d) {
    memset(out, 0, sizeof *out);
    snprintf(out->kind, sizeof out->kind, "none");
    int32_t day = ag_date_today();
    if (date && !ag_date_parse(date, strlen(date), &day)) {
        ag_diag_add(d, "date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date);
        return AIGOV_USAGE;
    }
    int32_t a = actor ? ag_map_get(&c->actor_index, actor, strlen(actor)) : -1;
    if (a < 0) {
        const char **cands = calloc((size_t)c->nactors + 1, sizeof *cands);
        const char *s = NULL;
        if (cands) {
            for (int i = 0; i < c->nactors; i++) cands[i] = c->actors[i].id;
            s = actor ? ag_suggest(actor, strlen(actor), cands, (size_t)c->nactors) : NULL;
            free(cands);
        }
        if (s) ag_diag_add(d, "actor", NULL, 0, 0, 0, 0, "unknown actor '%s' (did you mean '%s'?)", actor ? actor : "", s);
        else ag_diag_add(d, "actor", NULL, 0, 0, 0, 0, "unknown actor '%s'", actor ? actor : "");
        return AIGOV_NOTFOUND;
    }
    int v = ag_corpus_vocab(c, "topics");
    for (int i = 0; i < ntopics; i++) {
        if (v < 0 || ag_map_get(&c->vocabs[v].index, topics[i], strlen(topics[i])) < 0) {
            const char *s = v >= 0 ? ag_suggest(topics[i], strlen(topics[i]), c->vocabs[v].terms, (size_t)c->vocabs[v].n) : NULL;
            if (s) ag_diag_add(d, "topics", NULL, 0, 0, 0, 0, "unknown topic '%s' (did you mean '%s'?)", topics[i], s);
            else ag_diag_add(d, "topics", NULL, 0, 0, 0, 0, "unknown topic '%s'", topics[i]);
            return AIGOV_INVALID;
        }
    }
    ag_arena ar;
    ag_arena_init(&ar);
    aigov_status st = AIGOV_NOMEM;
    const ag_criterion *cr = ag_criterion_default(&ar, d);
    const ag_lgraph *g = cr ? ag_lgraph_build(&ar, c, cr) : NULL;
    if (!g) goto out;
    /* One search per topic: the actor's standing must hold for every topic (a scope that
     * covers one of them does not cover the others). No topics: any scope. */
    uint8_t weakest = AG_SD_MANDATED;
    for (int i = 0; i < (ntopics ? ntopics : 1); i++) {
        ag_topicmask tm;
        bool all = true;
        if (ntopics) {
            ag_strlist one = {(const char **)&topics[i], 1};
            ag_topicmask_of(c, &one, &tm, &all);
        }
        ag_lstate s;
        if (!ag_lstate_compute(&ar, g, cr, day, all ? NULL : &tm, &s)) goto out;
        uint8_t sd = s.standing[a];
        if (sd == AG_SD_NONE) {
            char why[sizeof out->reason - 160];
            why_not(c, g, cr, &s, a, why, sizeof why);
            snprintf(out->reason, sizeof out->reason, "%s holds no delegated authority%s%s on this date: %s",
                     actor, ntopics ? " over topic " : "", ntopics ? topics[i] : "", why);
            weakest = AG_SD_NONE;
            out->via[0] = 0;
            break;
        }
        if (sd < weakest || i == 0) {
            weakest = sd;
            out->depth = s.depth[a];
            snprintf(out->via, sizeof out->via, "%s", s.via[a] >= 0 ? c->delegations[s.via[a]].id : "");
        }
    }
    out->has_standing = weakest != AG_SD_NONE;
    snprintf(out->kind, sizeof out->kind, "%s", standing_word(weakest));
    if (out->has_standing)
        snprintf(out->reason, sizeof out->reason, "%s is %s%s%s", actor, standing_word(weakest),
                 out->via[0] ? " through delegation " : "", out->via);
    st = AIGOV_OK;
out:
    ag_arena_free(&ar);
    return st;
}

/* ---- Authority to publish an instrument ------------------------------------------------ */

static bool list_has(const ag_strlist *l, const char *x) {
    for (int i = 0; i < l->n; i++) if (!strcmp(l->items[i], x)) return true;
    return false;
}

/* Is region `j` the region `root` or inside it (a subdivision, following parents)? */
static bool region_within(const aigov_corpus *c, const char *j, const char *root) {
    if (!strcmp(j, root)) return true;
    int r = ag_map_get(&c->region_index, j, strlen(j));
    for (int k = r, guard = 0; k >= 0 && guard < 16; k = c->regions[k].parent, guard++)
        if (!strcmp(c->regions[k].code, root)) return true;
    return false;
}

/* The publics at the root of actor a's standing in state s, following each link's
 * principals back (bounded by the actor count). Calls fn for each root's jurisdiction with
 * whether every link of the way is an authorization. */
typedef struct roots {
    const char *juris[16];
    bool authorized[16];
    int n;
} roots;

static void roots_add(roots *r, const char *j, bool authorized) {
    for (int i = 0; i < r->n; i++)
        if (!strcmp(r->juris[i], j)) { r->authorized[i] |= authorized; return; }
    if (r->n < 16) { r->juris[r->n] = j; r->authorized[r->n++] = authorized; }
}

static bool chain_roots(ag_arena *ar, const aigov_corpus *c, const ag_lstate *s, int32_t a, roots *out) {
    int32_t *stack = AG_NEW(ar, int32_t, (size_t)c->nactors + 1);
    bool *auth = AG_NEW(ar, bool, (size_t)c->nactors + 1);
    uint8_t *seen = AG_NEW(ar, uint8_t, (size_t)c->nactors + 1);
    if (!stack || !auth || !seen) return false;
    int n = 0;
    stack[n++] = a;
    auth[a] = true;
    seen[a] = 1;
    while (n) {
        int32_t x = stack[--n];
        const ag_actor *ac = &c->actors[x];
        if (s->standing[x] == AG_SD_PUBLIC) {
            if (ac->jurisdiction) roots_add(out, ac->jurisdiction, auth[x]);
            continue;
        }
        int32_t dl = s->via[x];
        if (dl < 0) continue;
        const ag_delegation *d = &c->delegations[dl];
        bool is_auth = auth[x] && d->kind && !strcmp(d->kind, "authorization");
        for (int k = 0; k < d->from.n; k++) {
            int32_t p = ag_map_get(&c->actor_index, d->from.items[k], strlen(d->from.items[k]));
            if (p < 0 || seen[p] || s->standing[p] == AG_SD_NONE) continue;
            seen[p] = 1;
            auth[p] = is_auth;
            stack[n++] = p;
        }
    }
    return true;
}

static aigov_status authority_fail(aigov_authority *out, const char *check, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static aigov_status authority_fail(aigov_authority *out, const char *check, const char *fmt, ...) {
    out->ok = false;
    snprintf(out->check, sizeof out->check, "%s", check);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out->reason, sizeof out->reason, fmt, ap);
    va_end(ap);
    return AIGOV_OK;
}

aigov_status aigov_instrument_authority(const aigov_corpus *c, const char *id, const char *const *signers,
                                        int nsigners, const char *date, aigov_authority *out, aigov_diags *d) {
    memset(out, 0, sizeof *out);
    int32_t day = ag_date_today();
    if (date && !ag_date_parse(date, strlen(date), &day)) {
        ag_diag_add(d, "date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date);
        return AIGOV_USAGE;
    }
    int32_t ii = id ? ag_map_get(&c->instrument_index, id, strlen(id)) : -1;
    if (ii < 0) {
        ag_diag_add(d, "id", NULL, 0, 0, 0, 0, "no instrument '%s' in the corpus", id ? id : "");
        return AIGOV_NOTFOUND;
    }
    const ag_instrument *in = &c->instruments[ii];
    /* 1. Every issuer signs. */
    for (int k = 0; k < in->issuer.n; k++) {
        bool signed_ = false;
        for (int q = 0; q < nsigners; q++) signed_ |= !strcmp(signers[q], in->issuer.items[k]);
        if (!signed_)
            return authority_fail(out, "issuer", "'%s' is named as an issuer but did not sign: each co-issuer signs with its own token (Aigov-Cosign)",
                                  in->issuer.items[k]);
    }
    /* 2.-4. Standing over every topic, the jurisdiction, and law-making for binding. */
    ag_arena ar;
    ag_arena_init(&ar);
    aigov_status st = AIGOV_NOMEM;
    const ag_criterion *cr = ag_criterion_default(&ar, d);
    const ag_lgraph *g = cr ? ag_lgraph_build(&ar, c, cr) : NULL;
    if (!g) goto done;
    ag_topicmask tm;
    bool all = true;
    ag_topicmask_of(c, &in->topics, &tm, &all);
    ag_lstate s;
    if (!ag_lstate_compute(&ar, g, cr, day, all ? NULL : &tm, &s)) goto done;
    bool intl = !strcmp(in->jurisdiction, "INTL"), binding = in->binding && !strcmp(in->binding, "binding");
    bool lawmaker = false;
    for (int k = 0; k < in->issuer.n; k++) {
        const char *who = in->issuer.items[k];
        int32_t a = ag_map_get(&c->actor_index, who, strlen(who));
        if (a < 0 || s.standing[a] == AG_SD_NONE) {
            st = authority_fail(out, "standing", "issuer '%s' holds no delegated authority over the topics of '%s' on this date", who, id);
            goto done;
        }
        roots r = {0};
        if (!chain_roots(&ar, c, &s, a, &r)) goto done;
        bool covers = intl && !binding;
        for (int q = 0; q < r.n; q++)
            if (region_within(c, in->jurisdiction, r.juris[q])) {
                covers = true;
                lawmaker |= r.authorized[q];
            }
        if (!covers) {
            char list[200] = "";
            size_t n = 0;
            for (int q = 0; q < r.n && n + 1 < sizeof list; q++) {
                int w = snprintf(list + n, sizeof list - n, "%s%s", q ? ", " : "", r.juris[q]);
                if (w < 0) break;
                n += (size_t)w < sizeof list - n ? (size_t)w : sizeof list - n - 1;
            }
            st = authority_fail(out, "jurisdiction",
                                intl ? "a binding international instrument cannot be published by one issuer's authority (%s's chain is rooted in %s)"
                                     : "issuer '%s' holds authority in %s, not in %s",
                                who, r.n ? list : "no jurisdiction", in->jurisdiction);
            goto done;
        }
    }
    if (binding && !lawmaker) {
        st = authority_fail(out, "binding", "'binding: binding' needs an issuer authorized to make law in %s by its public "
                            "(a chain of authorizations, not a mandate); publish it as voluntary, or through such an issuer",
                            in->jurisdiction);
        goto done;
    }
    /* 5. Relations and amendments only over instruments that share an issuer. */
    for (int k = 0; k < in->nrelations; k++) {
        const char *t = in->relations[k].type;
        if (strcmp(t, "revokes") && strcmp(t, "amends") && strcmp(t, "supersedes")) continue;
        int32_t ti = ag_map_get(&c->instrument_index, in->relations[k].target, strlen(in->relations[k].target));
        bool shared = false;
        for (int q = 0; ti >= 0 && q < in->issuer.n; q++) shared |= list_has(&c->instruments[ti].issuer, in->issuer.items[q]);
        if (!shared) {
            st = authority_fail(out, "relation", "'%s' %s '%s', an instrument of other issuers: only an instrument's own issuers may revoke, amend or supersede it",
                                id, t, in->relations[k].target);
            goto done;
        }
    }
    for (int k = 0; k < in->namendments; k++) {
        const char *tgt = in->amendments[k].target;
        const char *slash = tgt ? strchr(tgt, '/') : NULL;
        int32_t ti = slash ? ag_map_get(&c->instrument_index, tgt, (size_t)(slash - tgt)) : -1;
        bool shared = false;
        for (int q = 0; ti >= 0 && q < in->issuer.n; q++) shared |= list_has(&c->instruments[ti].issuer, in->issuer.items[q]);
        if (!shared) {
            st = authority_fail(out, "relation", "'%s' amends '%s', a provision of other issuers: only an instrument's own issuers may amend it",
                                id, tgt ? tgt : "?");
            goto done;
        }
    }
    out->ok = true;
    snprintf(out->check, sizeof out->check, "ok");
    snprintf(out->reason, sizeof out->reason, "every issuer signed and holds authority over the topics in %s%s", in->jurisdiction,
             binding ? ", including law-making authority" : "");
    st = AIGOV_OK;
done:
    ag_arena_free(&ar);
    return st;
}
