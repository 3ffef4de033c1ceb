/* analysis_util.c — the string buffer of analysis_util.h. */
#include "analysis/analysis_util.h"

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

bool ag_instrument_reaches(const aigov_corpus *c, const ag_instrument *in, const char *col, int32_t date) {
    if (!in->jurisdiction) return false;
    if (!strcmp(in->jurisdiction, col)) return true;
    int r = ag_map_get(&c->region_index, col, strlen(col));
    /* A parent jurisdiction's law reaches its subdivisions (US law in US-CA). */
    for (int k = r, guard = 0; k >= 0 && guard < 16; k = c->regions[k].parent, guard++)
        if (!strcmp(c->regions[k].code, in->jurisdiction)) return true;
    /* A group's law reaches its members on the date (EU law in FR). */
    int g = ag_map_get(&c->region_index, in->jurisdiction, strlen(in->jurisdiction));
    if (g >= 0 && r >= 0 && c->regions[g].group)
        for (int i = 0; i < c->regions[g].nmembers; i++) {
            const ag_membership *m = &c->regions[g].members[i];
            if (m->region == r && (m->from == AG_DATE_NONE || m->from <= date) && (m->until == AG_DATE_NONE || date < m->until)) return true;
        }
    /* An international instrument reaches its adherents. */
    if (!strcmp(in->jurisdiction, "INTL") && strcmp(col, "INTL")) {
        if (strlist_has(&in->adherents, col)) return true;
        for (int i = 0; i < in->adherents.n; i++) {
            int32_t ai = ag_map_get(&c->actor_index, in->adherents.items[i], strlen(in->adherents.items[i]));
            if (ai >= 0 && c->actors[ai].jurisdiction && !strcmp(c->actors[ai].jurisdiction, col) &&
                c->actors[ai].kind && !strcmp(c->actors[ai].kind, "state"))
                return true;
        }
    }
    return false;
}

bool ag_filter_instrument(const aigov_corpus *c, const ag_instrument *in, const aigov_analysis_opts *o, int32_t date) {
    if (!ag_filter_any(o)) return true;
    if (o->jurisdiction && *o->jurisdiction && !ag_instrument_reaches(c, in, o->jurisdiction, date)) return false;
    bool topic = !(o->topic && *o->topic) || strlist_has(&in->topics, o->topic);
    bool layer = !(o->layer && *o->layer) || strlist_has(&in->layers, o->layer);
    for (int k = 0; k < in->nprovisions && !(topic && layer); k++) {
        topic = topic || strlist_has(&in->provisions[k].topics, o->topic);
        layer = layer || strlist_has(&in->provisions[k].layers, o->layer);
    }
    return topic && layer;
}

bool ag_filter_provision(const aigov_corpus *c, const ag_provision *p, const aigov_analysis_opts *o, int32_t date) {
    if (!ag_filter_any(o)) return true;
    const ag_instrument *in = p->inst;
    if (o->jurisdiction && *o->jurisdiction && !ag_instrument_reaches(c, in, o->jurisdiction, date)) return false;
    const ag_strlist *t = p->topics.n ? &p->topics : &in->topics, *l = p->layers.n ? &p->layers : &in->layers;
    return (!(o->topic && *o->topic) || strlist_has(t, o->topic)) && (!(o->layer && *o->layer) || strlist_has(l, o->layer));
}
