/* standing.c — aigov_actor_standing: does an actor hold delegated authority over a set
 * of topics on a date, as the legitimacy engine computes it? The registry service uses
 * it to decide whether an actor may publish an instrument. Decides nothing of its own:
 * it runs legitimacy.c's breadth-first search once per topic and reads the result, so
 * the answer is the one `aigov legitimacy ACTOR --topic T --date D` gives. Never prints. */
#include "legit/legitimacy.h"

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
