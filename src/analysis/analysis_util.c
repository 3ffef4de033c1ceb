/* analysis_util.c — the string buffer of analysis_util.h. */
#include "analysis/analysis_util.h"
#include "analysis/analysis.h"

#include <stdio.h>
#include <stdlib.h>

void ag_buf_init(ag_buf *b) { memset(b, 0, sizeof *b); }
void ag_buf_free(ag_buf *b) { free(b->s); memset(b, 0, sizeof *b); }

static bool reserve(ag_buf *b, size_t extra) {
    if (b->oom) return false;
    if (b->n + extra + 1 <= b->cap) return true;
    size_t nc = b->cap ? b->cap : 1024;
    while (nc < b->n + extra + 1) nc *= 2;
    char *ns = realloc(b->s, nc);
    if (!ns) { b->oom = true; return false; }
    b->s = ns;
    b->cap = nc;
    return true;
}

void ag_buf_printf(ag_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int w = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (w < 0 || !reserve(b, (size_t)w)) return;
    if ((size_t)w < sizeof tmp) memcpy(b->s + b->n, tmp, (size_t)w + 1);
    else {
        va_start(ap, fmt);
        vsnprintf(b->s + b->n, (size_t)w + 1, fmt, ap);
        va_end(ap);
    }
    b->n += (size_t)w;
}

void ag_buf_xml(ag_buf *b, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '<': ag_buf_printf(b, "&lt;"); break;
        case '>': ag_buf_printf(b, "&gt;"); break;
        case '&': ag_buf_printf(b, "&amp;"); break;
        case '"': ag_buf_printf(b, "&quot;"); break;
        case '\'': ag_buf_printf(b, "&#39;"); break;
        default: ag_buf_printf(b, "%c", *s);
        }
    }
}

void ag_buf_dot(ag_buf *b, const char *s) {
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\') ag_buf_printf(b, "\\%c", *s);
        else if (*s == '\n') ag_buf_printf(b, "\\n");
        else ag_buf_printf(b, "%c", *s);
    }
}

char *ag_buf_take(ag_buf *b) {
    if (b->oom) { ag_buf_free(b); return NULL; }
    if (!b->s && !reserve(b, 0)) return NULL;
    b->s[b->n] = 0;
    char *s = b->s;
    memset(b, 0, sizeof *b);
    return s;
}

bool ag_analysis_date(const aigov_analysis_opts *o, int32_t *date, aigov_diags *d) {
    if (!o || !o->date || !*o->date) { *date = ag_date_today(); return true; }
    if (ag_date_parse(o->date, strlen(o->date), date)) return true;
    ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", o->date);
    return false;
}

bool ag_analysis_years(const aigov_analysis_opts *o, int32_t date, int *from, int *to, aigov_diags *d) {
    char ds[11];
    ag_date_format(date, ds);
    *to = o && o->to ? o->to : atoi(ds);
    *from = o && o->from ? o->from : 2014;
    if (*from <= *to) return true;
    ag_diag_add(d, "--from", NULL, 0, 0, 0, 0, "--from %d is after --to %d", *from, *to);
    return false;
}

/* ---- Filters -------------------------------------------------------------------------- */

static bool strlist_has(const ag_strlist *s, const char *x) {
    for (int i = 0; i < s->n; i++) if (!strcmp(s->items[i], x)) return true;
    return false;
}

static const char *const FILTER_LAYERS[] = {"development", "deployment", "infrastructure"};

bool ag_filter_any(const aigov_analysis_opts *o) {
    return o && ((o->topic && *o->topic) || (o->layer && *o->layer) || (o->jurisdiction && *o->jurisdiction));
}

bool ag_filter_check(const aigov_corpus *c, const aigov_analysis_opts *o, aigov_diags *d) {
    if (!o) return true;
    if (o->topic && *o->topic) {
        int tv = ag_corpus_vocab(c, "topics");
        if (tv < 0 || ag_map_get(&c->vocabs[tv].index, o->topic, strlen(o->topic)) < 0) {
            const char *s = tv < 0 ? NULL : ag_suggest(o->topic, strlen(o->topic), c->vocabs[tv].terms, (size_t)c->vocabs[tv].n);
            ag_diag_add(d, "--topic", NULL, 0, 0, 0, 0, "unknown topic '%s'%s%s%s", o->topic, s ? " (did you mean '" : "",
                        s ? s : "", s ? "'?)" : "");
            return false;
        }
    }
    if (o->layer && *o->layer) {
        bool ok = false;
        for (size_t i = 0; i < AG_ARRAY_LEN(FILTER_LAYERS); i++) ok |= !strcmp(o->layer, FILTER_LAYERS[i]);
        if (!ok) {
            ag_diag_add(d, "--layer", NULL, 0, 0, 0, 0, "unknown layer '%s'; expected development, deployment or infrastructure", o->layer);
            return false;
        }
    }
    if (o->jurisdiction && *o->jurisdiction && strcmp(o->jurisdiction, "INTL") &&
        ag_map_get(&c->region_index, o->jurisdiction, strlen(o->jurisdiction)) < 0) {
        const char **codes = malloc(((size_t)c->nregions + 1) * sizeof *codes);
        const char *s = NULL;
        if (codes) {
            for (int i = 0; i < c->nregions; i++) codes[i] = c->regions[i].code;
            s = ag_suggest(o->jurisdiction, strlen(o->jurisdiction), codes, (size_t)c->nregions);
        }
        ag_diag_add(d, "--jurisdiction", NULL, 0, 0, 0, 0, "unknown jurisdiction '%s' (a region code or INTL)%s%s%s",
                    o->jurisdiction, s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
        free(codes);
        return false;
    }
    return true;
}

/* ---- Reach: the one answer to "does this instrument reach that place on that date" ------ */

static bool member_on(const ag_membership *m, int32_t date) {
    return (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until);
}

bool ag_region_in_group(const aigov_corpus *c, int r, int g, int32_t date) {
    if (r < 0 || g < 0) return false;
    if (r == g) return true;
    /* Nested groups (the EU in the G20, an AU member in the G20 through the AU): a member of
     * a member on the date. Depth-bounded: group data are small and acyclic, but a bad file
     * must not make this loop. */
    int stack[64], depth[64], sp = 0;
    stack[sp] = g;
    depth[sp++] = 0;
    while (sp > 0) {
        sp--;
        int x = stack[sp], dx = depth[sp];
        const ag_region *G = &c->regions[x];
        if (G->world) return true; /* `members: all` */
        if (!G->group || dx > 4) continue;
        for (int i = 0; i < G->nmembers; i++) {
            if (!member_on(&G->members[i], date)) continue;
            int m = G->members[i].region;
            if (m == r) return true;
            if (c->regions[m].group && sp < 64) { stack[sp] = m; depth[sp++] = dx + 1; }
        }
    }
    return false;
}

/* Does adherent `adh` (a region code or an actor id) stand for region r on the date: the
 * region itself, a group r belongs to, a state actor of r, or an actor whose members
 * (regions or actors) include r? Sets *via to the group through which, if any. */
static bool adherent_covers(const aigov_corpus *c, const char *adh, int r, int32_t date, const char **via, int depth) {
    if (depth > 4) return false;
    int32_t g = ag_map_get(&c->region_index, adh, strlen(adh));
    if (g >= 0) {
        if (g == r) return true;
        if (c->regions[g].group && ag_region_in_group(c, r, g, date)) {
            if (via && !*via) *via = c->regions[g].code;
            return true;
        }
        return false;
    }
    int32_t a = ag_map_get(&c->actor_index, adh, strlen(adh));
    if (a < 0) return false;
    const ag_actor *ac = &c->actors[a];
    if (ac->kind && !strcmp(ac->kind, "state") && ac->jurisdiction) {
        int32_t j = ag_map_get(&c->region_index, ac->jurisdiction, strlen(ac->jurisdiction));
        return j >= 0 && j == r;
    }
    for (int k = 0; k < ac->members.n; k++)
        if (adherent_covers(c, ac->members.items[k], r, date, via, depth + 1)) {
            if (via && !*via) *via = ac->id;
            return true;
        }
    return false;
}

ag_reach ag_instrument_reach(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date) {
    ag_reach no = {AG_REACH_NONE, NULL, NULL};
    if (!in->jurisdiction || !col) return no;
    bool intl = !strcmp(in->jurisdiction, "INTL");
    if (!strcmp(in->jurisdiction, col)) return (ag_reach){AG_REACH_OWN, NULL, NULL};
    if (!strcmp(col, "INTL")) return no;
    int r = ag_map_get(&c->region_index, col, strlen(col));
    if (r < 0) return no;
    int g = intl ? -1 : ag_map_get(&c->region_index, in->jurisdiction, strlen(in->jurisdiction));
    /* The place and each of its ancestors (a subdivision inherits its state's instruments). */
    for (int k = r, up = 0; k >= 0 && up < 16; k = c->regions[k].parent, up++) {
        const char *at = up ? c->regions[k].code : NULL;
        if (!intl) {
            /* The law of the place or of an ancestor (US law in US-CA). */
            if (up && !strcmp(c->regions[k].code, in->jurisdiction)) return (ag_reach){AG_REACH_OWN, at, NULL};
            /* A group's law in its members on the date (EU law in FR). */
            if (g >= 0 && c->regions[g].group && ag_region_in_group(c, k, g, date))
                return (ag_reach){AG_REACH_GROUP_LAW, at, c->regions[g].code};
            continue;
        }
        /* An international instrument in its adherents, groups expanded by membership on the date. */
        for (int i = 0; i < in->adherents.n; i++) {
            const char *via = NULL;
            if (adherent_covers(c, in->adherents.items[i], k, date, &via, 0))
                return (ag_reach){via ? AG_REACH_VIA_GROUP : AG_REACH_ADHERENT, at, via};
        }
    }
    return no;
}

bool ag_instrument_reaches(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date) {
    return ag_instrument_reach(c, in, col, date).kind != AG_REACH_NONE;
}

const char *ag_reach_kind_name(ag_reach_kind k) {
    static const char *const N[] = {"none", "own", "group_law", "adherent", "via_group"};
    return (int)k >= 0 && (size_t)k < AG_ARRAY_LEN(N) ? N[k] : "none";
}

/* An instrument counts for coverage only when some issuer is not `proposed`: one issued only by
 * proposed institutions fills no cell, so a proposed institution closes gaps only once an
 * overlay makes it an existing body. (A dissolved issuer's instruments still count: law
 * outlives the body that made it, e.g. BigScience's licences.) */
static bool issued_by_existing(const aigov_corpus *c, const ag_instrument *in) {
    if (!in->issuer.n) return true;
    for (int i = 0; i < in->issuer.n; i++) {
        int32_t a = ag_map_get(&c->actor_index, in->issuer.items[i], strlen(in->issuer.items[i]));
        if (a < 0 || !c->actors[a].status || strcmp(c->actors[a].status, "proposed")) return true;
    }
    return false;
}

bool ag_instrument_counts(const aigov_corpus *c, const ag_instrument *in, int32_t date) {
    return ag_instrument_in_force(in, date) && issued_by_existing(c, in);
}

bool ag_instrument_has_topic(const ag_instrument *in, const char *t) {
    if (strlist_has(&in->topics, t)) return true;
    for (int i = 0; i < in->nprovisions; i++) if (strlist_has(&in->provisions[i].topics, t)) return true;
    return false;
}

bool ag_instrument_has_layer(const ag_instrument *in, const char *l) {
    if (strlist_has(&in->layers, l)) return true;
    for (int i = 0; i < in->nprovisions; i++) if (strlist_has(&in->provisions[i].layers, l)) return true;
    return false;
}

bool ag_filter_instrument(const aigov_corpus *c, const ag_instrument *in, const aigov_analysis_opts *o, int32_t date) {
    if (!ag_filter_any(o)) return true;
    if (o->jurisdiction && *o->jurisdiction && !ag_instrument_reaches(c, in, o->jurisdiction, date)) return false;
    bool topic = !(o->topic && *o->topic) || ag_instrument_has_topic(in, o->topic);
    bool layer = !(o->layer && *o->layer) || ag_instrument_has_layer(in, o->layer);
    return topic && layer;
}

bool ag_filter_provision(const aigov_corpus *c, const ag_provision *p, const aigov_analysis_opts *o, int32_t date) {
    if (!ag_filter_any(o)) return true;
    const ag_instrument *in = p->inst;
    if (o->jurisdiction && *o->jurisdiction && !ag_instrument_reaches(c, in, o->jurisdiction, date)) return false;
    const ag_strlist *t = p->topics.n ? &p->topics : &in->topics, *l = p->layers.n ? &p->layers : &in->layers;
    return (!(o->topic && *o->topic) || strlist_has(t, o->topic)) && (!(o->layer && *o->layer) || strlist_has(l, o->layer));
}
