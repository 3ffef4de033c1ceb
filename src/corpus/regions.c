/* regions.c — what a list of region codes in a profile means on a date: the value a
 * condition reads for a field of type regions.
 *
 * Owns the two readings of a code (ag_field.somewhere): whole (a market, where outputs are
 * used, where persons are: the region and all of it, so "US" counts as every state) and
 * somewhere (an establishment: some place in it, so "US" is certain and each state only
 * possible); group membership on the date; the worldwide group (`members: all`).
 * Also which region a user means by what they type: a code in any case, a name or an alias.
 * Must not: read JSON or YAML (profile.c hands it region indices), print. */
#include "corpus/corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ag_region_find(const aigov_corpus *c, const char *s, size_t len, int amb[2]) {
    int32_t r = ag_map_get(&c->region_index, s, len);
    if (r >= 0) return r;
    for (int i = 0; i < c->nregions; i++)
        if (ag_ieq(s, len, c->regions[i].code)) return i;
    int found = -1;
    for (int i = 0; i < c->nregions; i++) {
        const ag_region *g = &c->regions[i];
        bool hit = ag_ieq(s, len, g->name);
        for (int k = 0; !hit && k < g->aliases.n; k++) hit = ag_ieq(s, len, g->aliases.items[k]);
        if (!hit) continue;
        if (found >= 0) { amb[0] = found; amb[1] = i; return -2; }
        found = i;
    }
    return found;
}

static const char *region_suggest(const aigov_corpus *c, const char *s, size_t len) {
    char up[64];
    size_t n = 0;
    for (; n < len && n < sizeof up - 1; n++) up[n] = (char)(s[n] >= 'a' && s[n] <= 'z' ? s[n] - 'a' + 'A' : s[n]);
    up[n] = 0;
    const char *code = ag_suggest(up, n, c->region_codes, (size_t)c->nregions);
    if (code) return code;
    size_t nn = 0;
    for (int i = 0; i < c->nregions; i++) nn += 1 + (size_t)c->regions[i].aliases.n;
    const char **names = malloc((nn + 1) * sizeof *names);
    int *of = malloc((nn + 1) * sizeof *of);
    if (names && of) {
        nn = 0;
        for (int i = 0; i < c->nregions; i++) {
            of[nn] = i;
            names[nn++] = c->regions[i].name;
            for (int k = 0; k < c->regions[i].aliases.n; k++) { of[nn] = i; names[nn++] = c->regions[i].aliases.items[k]; }
        }
        const char *nm = ag_suggest(s, len, names, nn);
        for (size_t i = 0; nm && i < nn; i++)
            if (names[i] == nm) { code = c->regions[of[i]].code; break; }
    }
    free(names);
    free(of);
    return code;
}

const char *ag_region_why(const aigov_corpus *c, const char *s, size_t len, int r, const int amb[2], char *buf, size_t cap) {
    int n = len > 200 ? 200 : (int)len;
    const char *sug = r == -1 ? region_suggest(c, s, len) : NULL;
    if (r == -2)
        snprintf(buf, cap, "region '%.*s' is ambiguous: %s (%s) or %s (%s); give the code", n, s, c->regions[amb[0]].code,
                 c->regions[amb[0]].name, c->regions[amb[1]].code, c->regions[amb[1]].name);
    else if (sug) snprintf(buf, cap, "unknown region '%.*s' (did you mean '%s'?)", n, s, sug);
    else snprintf(buf, cap, "unknown region '%.*s'; expected an ISO 3166 code (DE, US-CT), a group (EU) or a name (Germany)", n, s);
    return buf;
}


static bool member_on(const ag_membership *m, int32_t date) {
    return (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
}

/* Pushes r on the work stack unless it was seen. */
static void push(int *stack, int *n, uint8_t *seen, int r) {
    if (r < 0 || seen[r]) return;
    seen[r] = 1;
    stack[(*n)++] = r;
}

/* Closes the regions on the stack (flagged in seen[]) downward: a group's members on
 * `date`, and when `all` a region's subdivisions and the worldwide group's every region;
 * seen[] ends up holding the closure. */
static void close_down(const aigov_corpus *c, int *stack, int n, uint8_t *seen, int32_t date, bool all) {
    while (n > 0) {
        const ag_region *reg = &c->regions[stack[--n]];
        if (all && reg->world)
            for (int i = 0; i < c->nregions; i++) { if (!c->regions[i].group) push(stack, &n, seen, i); }
        if (reg->group)
            for (int i = 0; i < reg->nmembers; i++) { if (member_on(&reg->members[i], date)) push(stack, &n, seen, reg->members[i].region); }
        if (all)
            for (int i = 0; i < reg->nchildren; i++) push(stack, &n, seen, reg->children[i]);
    }
}

/* Marks (with `bit`) r, its ancestors and the groups they belong to on `date`. */
static void close_up(const aigov_corpus *c, int r, int32_t date, uint8_t *mark, uint8_t bit) {
    for (int steps = 0; r >= 0 && steps <= c->nregions; r = c->regions[r].parent, steps++) {
        mark[r] |= bit;
        const ag_region *reg = &c->regions[r];
        for (int i = 0; i < reg->nmember_of; i++)
            if (member_on(&reg->member_of[i], date)) mark[reg->member_of[i].region] |= bit;
    }
}

enum { HOLDS = 1, MAY_HOLD = 2 };

size_t ag_regions_scratch_size(const aigov_corpus *c) {
    return ((size_t)c->nregions + 1) * (2 + sizeof(int));
}

bool ag_regions_value(const aigov_corpus *c, const ag_field *f, const int *codes, int ncodes, int32_t date,
                      void *scratch, ag_arena *a, ag_value *out) {
    size_t nr = (size_t)c->nregions + 1;
    int *stack = scratch;
    uint8_t *mark = (uint8_t *)(stack + nr), *seen = mark + nr;
    memset(mark, 0, 2 * nr);
    bool okay = true;
    {
        /* What holds: whole, the codes with all they contain; somewhere, the codes (a
         * group's members stand for it, as they always have). Then their ancestors and
         * groups. */
        int n = 0;
        for (int i = 0; i < ncodes; i++) push(stack, &n, seen, codes[i]);
        close_down(c, stack, n, seen, date, !f->somewhere);
        for (int r = 0; r < c->nregions; r++)
            if (seen[r]) close_up(c, r, date, mark, HOLDS);
        for (int i = 0; i < ncodes; i++) mark[codes[i]] |= HOLDS;
        if (f->somewhere) {
            /* What may hold: every place inside the codes, with its ancestors and groups. */
            n = 0;
            for (int r = 0; r < c->nregions; r++)
                if (seen[r]) { seen[r] = 0; push(stack, &n, seen, r); }
            close_down(c, stack, n, seen, date, true);
            for (int r = 0; r < c->nregions; r++)
                if (seen[r] && !(mark[r] & HOLDS)) close_up(c, r, date, mark, MAY_HOLD);
        }
    }
    int nhold = 0, nmay = 0;
    for (int r = 0; okay && r < c->nregions; r++) {
        if (mark[r] & HOLDS) nhold++;
        else if (mark[r] & MAY_HOLD) nmay++;
    }
    ag_value *items = okay ? AG_NEW(a, ag_value, (size_t)(nhold + nmay) + 1) : NULL;
    if (items) {
        /* Region order within each part, as the named sets are. */
        int k = 0;
        for (int pass = 0; pass < 2; pass++)
            for (int r = 0; r < c->nregions; r++) {
                if (pass == 0 ? !(mark[r] & HOLDS) : (mark[r] & HOLDS) || !(mark[r] & MAY_HOLD)) continue;
                items[k].kind = AG_V_STR;
                items[k].u.str = c->regions[r].code;
                items[k].n = (uint32_t)strlen(c->regions[r].code);
                k++;
            }
        out->kind = AG_V_LIST;
        out->u.items = items;
        out->n = (uint32_t)nhold;
        out->nmaybe = (uint16_t)nmay;
    }
    return items != NULL;
}
