/* batch.c — checking many profiles: one thread's checker (aigov_batch) over a shared
 * index, deciding a parsed profile without allocation, and turning one JSON Lines record
 * into one output line (docs/batch.md).
 *
 * Owns: the batch output format and the line numbers in a record's diagnostics. Must
 * not: read or write files, spawn threads (the CLI does), or decide statuses itself
 * (check.c, through ag_check_worker). */
#include "check/index.h"

#include <stdio.h>
#include <stdlib.h>

aigov_status aigov_batch_new(const aigov_index *x, const aigov_check_opts *opts, const char *date,
                             aigov_batch **out, aigov_diags *d) {
    *out = NULL;
    const aigov_corpus *c = x->c;
    if (date) {
        int32_t dd;
        if (!ag_date_parse(date, strlen(date), &dd)) {
            ag_diag_add(d, "--date", NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", date);
            return AIGOV_USAGE;
        }
    }
    aigov_batch *b = calloc(1, sizeof *b);
    if (!b) return AIGOV_NOMEM;
    b->x = x;
    b->all = opts && opts->all;
    if (date) { memcpy(b->date, date, 10); b->has_date = true; }
    b->roles.items = b->roles_store;
    if (opts && opts->role && *opts->role) {
        /* --role a,b: each must be a role term (the messages of aigov_check). */
        int rv = ag_corpus_vocab(c, "roles");
        b->role_override = true;
        for (const char *s = opts->role; *s;) {
            size_t n = strcspn(s, ",");
            if (n) {
                char tok[128];
                snprintf(tok, sizeof tok, "%.*s", (int)(n < sizeof tok ? n : sizeof tok - 1), s);
                const ag_vocab *v = rv >= 0 ? &c->vocabs[rv] : NULL;
                int32_t t = v ? ag_map_get(&v->index, tok, strlen(tok)) : -1;
                if (t < 0 || b->roles.n >= (int)AG_ARRAY_LEN(b->roles_store)) {
                    const char *sug = v ? ag_suggest(tok, strlen(tok), v->terms, (size_t)v->n) : NULL;
                    if (sug) ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s' (did you mean '%s'?)", tok, sug);
                    else ag_diag_add(d, "--role", NULL, 0, 0, 0, 0, "unknown role '%s'", tok);
                    free(b);
                    return AIGOV_USAGE;
                }
                b->roles_store[b->roles.n++] = v->terms[t];
            }
            s += n + (s[n] == ',');
        }
    }
    b->w = ag_worker_new(x);
    b->side[0] = calloc((size_t)x->nprov + 1, sizeof *b->side[0]);
    b->side[1] = calloc((size_t)x->nprov + 1, sizeof *b->side[1]);
    bool buckets = true;
    for (int st = 0; st <= AG_ST_NOT_APPLICABLE; st++)
        buckets = (b->bucket[st] = calloc((size_t)x->nprov + 1, sizeof *b->bucket[st])) && buckets;
    buckets = (b->banned = calloc((size_t)x->nprov + 1, sizeof *b->banned)) && buckets;
    if (!b->w || !b->side[0] || !b->side[1] || !buckets) { aigov_batch_free(b); return AIGOV_NOMEM; }
    *out = b;
    return AIGOV_OK;
}

void aigov_batch_free(aigov_batch *b) {
    if (!b) return;
    ag_worker_free(b->w);
    free(b->side[0]);
    free(b->side[1]);
    for (int st = 0; st <= AG_ST_NOT_APPLICABLE; st++) free(b->bucket[st]);
    free(b->banned);
    free(b->ftext.data);
    free(b);
}

static void decide(aigov_batch *b, const aigov_profile *p) {
    if (b->role_override) ag_check_worker(b->w, p, &b->roles, true, b->all);
    else ag_check_worker(b->w, p, &p->roles, p->roles_known, b->all);
}

/* The counts of aigov_result_counts_get over the worker's arrays, in one pass that also
 * collects, in result order, the results that can be the prohibition or the obligation of
 * a conflict (a status that applies or may apply) into the batch's scratch lists. */
/* With `render`, it also sorts the results by status into the batch's buckets, in result
 * order (only those whose provision flags include `need`: the lean line's binding ones),
 * and the banned practices that apply into the banned list. */
static void counts(aigov_batch *b, aigov_result_counts *o, bool render, uint8_t need) {
    const ag_worker *w = b->w;
    const aigov_index *x = w->x;
    memset(o, 0, sizeof *o);
    o->instruments = w->ninsts;
    b->nside[0] = b->nside[1] = 0;
    if (render) { memset(b->nbucket, 0, sizeof b->nbucket); b->nbanned = 0; }
    uint64_t obligation_actions = 0;
    for (int i = 0; i < w->ninsts; i++)
        for (int k = 0; k < w->insts[i].nprovs; k++) {
            const ag_prov_result *pr = &w->insts[i].provs[k];
            int id = ag_index_prov_id(x, &w->insts[i], pr);
            uint8_t fl = x->prov_flags[id];
            ag_counts_add(o, pr->status, (fl & AG_PF_BINDING) != 0, (fl & AG_PF_PROHIBITION) != 0, (fl & AG_PF_BANNED) != 0);
            if (render) {
                if ((fl & need) == need) b->bucket[pr->status][b->nbucket[pr->status]++] = (struct ag_side){pr, id};
                if ((fl & AG_PF_BANNED) && pr->status == AG_ST_APPLIES) b->banned[b->nbanned++] = id;
            }
            if (!(fl & (AG_PF_PROHIBITION | AG_PF_OBLIGATION)) || !ag_status_may_conflict(pr->status)) continue;
            for (int side = 0; side < 2; side++)
                if (fl & (side ? AG_PF_OBLIGATION : AG_PF_PROHIBITION)) {
                    b->side[side][b->nside[side]].pr = pr;
                    b->side[side][b->nside[side]++].id = id;
                }
            if ((fl & AG_PF_OBLIGATION) && x->actions_exact) obligation_actions |= x->action_mask[id];
        }
    /* Conflicting pairs; with exact action bits, a prohibition whose actions no obligation
     * requires is passed over without pairing. */
    int n = 0;
    for (int a = 0; a < b->nside[0]; a++) {
        int ia = b->side[0][a].id;
        if (x->actions_exact && !(x->action_mask[ia] & obligation_actions)) continue;
        for (int k = 0; k < b->nside[1]; k++)
            n += ag_index_conflict(x, ia, b->side[0][a].pr, b->side[1][k].id, b->side[1][k].pr);
    }
    o->conflicts = n;
    b->obligation_actions = obligation_actions;
}

void aigov_batch_decide(aigov_batch *b, const aigov_profile *p, aigov_result_counts *out) {
    decide(b, p);
    counts(b, out, false, 0);
}

void aigov_batch_decide_many(aigov_batch *b, const aigov_profile *const *ps, size_t n, aigov_result_counts *out) {
    /* Profiles in memory are each a few cache lines somewhere in the heap: while one is
     * decided, the profile three ahead is fetched, then the slots of the one two ahead,
     * then the lists and roles of the next, so that its reads find them cached. */
    for (size_t i = 0; i < n; i++) {
        if (i + 3 < n) __builtin_prefetch(ps[i + 3]);
        if (i + 2 < n) ag_worker_prefetch(b->w, &ps[i + 2]->facts, 0);
        if (i + 1 < n) {
            ag_worker_prefetch(b->w, &ps[i + 1]->facts, 1);
            if (ps[i + 1]->roles.n) __builtin_prefetch(ps[i + 1]->roles.items);
        }
        decide(b, ps[i]);
        counts(b, &out[i], false, 0);
    }
}

/* ---- Output ---------------------------------------------------------------------------- */

static bool grow(aigov_buf *o, size_t more) {
    if (o->len + more + 1 <= o->cap) return true;
    size_t cap = o->cap ? o->cap : 4096;
    while (cap < o->len + more + 1) {
        if (cap > SIZE_MAX / 2) return false;
        cap *= 2;
    }
    char *d = realloc(o->data, cap);
    if (!d) return false;
    o->data = d;
    o->cap = cap;
    return true;
}

typedef struct out {
    aigov_buf *b;
    bool oom;
} out;

/* Appends without a terminating NUL (render() adds it at the end); grow() always keeps
 * room for one. The common case — room left — is a bounds check and a copy. */
static inline void put(out *o, const char *s, size_t n) {
    aigov_buf *b = o->b;
    if (__builtin_expect(b->len + n + 1 > b->cap, 0) && (o->oom || !grow(b, n))) { o->oom = true; return; }
    if (o->oom) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}
static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

static void put_long(out *o, long v) {
    char buf[24];
    int n = 0;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do { buf[sizeof buf - 1 - n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) buf[sizeof buf - 1 - n++] = '-';
    put(o, buf + sizeof buf - n, (size_t)n);
}

/* A JSON string with the escapes RFC 8259 requires (UTF-8 passes through). */
static void put_str(out *o, const char *s, size_t n) {
    if (o->oom || !grow(o->b, n * 6 + 2)) { o->oom = true; return; }
    char *d = o->b->data + o->b->len, *start = d;
    *d++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') { *d++ = '\\'; *d++ = (char)ch; }
        else if (ch == '\n') { *d++ = '\\'; *d++ = 'n'; }
        else if (ch == '\t') { *d++ = '\\'; *d++ = 't'; }
        else if (ch == '\r') { *d++ = '\\'; *d++ = 'r'; }
        else if (ch < 0x20) { d += snprintf(d, 7, "\\u%04x", ch); }
        else *d++ = (char)ch;
    }
    *d++ = '"';
    o->b->len += (size_t)(d - start);
}
static void put_cstr(out *o, const char *s) { put_str(o, s, strlen(s)); }

static void put_date(out *o, int32_t d) {
    if (d == AG_DATE_NONE) { puts_(o, "null"); return; }
    char buf[11];
    ag_date_format(d, buf);
    put(o, "\"", 1);
    put(o, buf, 10);
    put(o, "\"", 1);
}

static void put_fields(out *o, const aigov_index *x, const ag_slotset *s) {
    put(o, "[", 1);
    bool first = true;
    for (int wd = 0; wd < AG_MAX_SLOTS / 64; wd++)
        for (uint64_t m = s->w[wd]; m; m &= m - 1) {
            int i = wd * 64 + __builtin_ctzll(m);
            if (i >= x->c->nfields) break;
            if (!first) put(o, ",", 1);
            first = false;
            put(o, x->field_json[i].s, x->field_json[i].len);
        }
    put(o, "]", 1);
}

/* The deciding fields of an unknown provision: the text of a set seen recently is
 * copied, a new one is written once into b->ftext (emptied, with the cache, when it
 * passes 1 MiB, so that it stays small whatever the input). */
static void put_fields_cached(out *o, aigov_batch *b, const ag_slotset *s) {
    uint64_t h = 0;
    for (int wd = 0; wd < AG_MAX_SLOTS / 64; wd++) h = (h ^ s->w[wd]) * 0x9E3779B97F4A7C15ull;
    struct ag_fields_text *e = &b->ftext_cache[(h >> 56) & (AG_ARRAY_LEN(b->ftext_cache) - 1)];
    if (e->used && !memcmp(&e->set, s, sizeof *s)) {
        put(o, b->ftext.data + e->off, e->len);
        return;
    }
    if (b->ftext.len > (1u << 20)) {
        b->ftext.len = 0;
        memset(b->ftext_cache, 0, sizeof b->ftext_cache);
    }
    out t = {&b->ftext, false};
    size_t start = b->ftext.len;
    put_fields(&t, b->x, s);
    if (t.oom) { b->ftext.len = start; put_fields(o, b->x, s); return; }
    e->used = true;
    e->set = *s;
    e->off = (uint32_t)start;
    e->len = (uint32_t)(b->ftext.len - start);
    put(o, b->ftext.data + e->off, e->len);
}

/* The lean line's "banned": the prohibited practices that apply now, as ids (counts()
 * collected them; their number is summary.banned). */
static void put_banned(out *o, const aigov_batch *b) {
    puts_(o, ",\"banned\":[");
    for (int n = 0; n < b->nbanned; n++) {
        if (n) put(o, ",", 1);
        put(o, b->x->prov_json[b->banned[n]].s, b->x->prov_json[b->banned[n]].len);
    }
    put(o, "]", 1);
}

/* One list of provisions with a given status: ids, or objects with what else it needs. */
static void put_status(out *o, aigov_batch *b, ag_pstatus st, const char *name) {
    const aigov_index *x = b->x;
    put(o, ",\"", 2);
    puts_(o, name);
    put(o, "\":[", 3);
    for (int n = 0; n < b->nbucket[st]; n++) {
        const ag_prov_result *pr = b->bucket[st][n].pr;
        if (n) put(o, ",", 1);
        const ag_jstr *id = &x->prov_json[b->bucket[st][n].id];
        switch (st) {
        case AG_ST_APPLIES_FROM: case AG_ST_REVOKED:
            put(o, "{\"id\":", 6);
            put(o, id->s, id->len);
            put(o, ",\"date\":", 8);
            put_date(o, pr->date);
            if (ag_prov_conditional(pr) && !b->all) {
                /* Applies later, if the questions are answered so (the lean line). */
                puts_(o, ",\"conditional\":true");
            } else if (ag_prov_conditional(pr)) {
                /* Applies later, if these are answered so. */
                put(o, ",\"deciding_fields\":", 19);
                put_fields_cached(o, b, &pr->deciding);
            }
            put(o, "}", 1);
            break;
        case AG_ST_UNKNOWN:
            put(o, "{\"id\":", 6);
            put(o, id->s, id->len);
            put(o, ",\"deciding_fields\":", 19);
            put_fields_cached(o, b, &pr->deciding);
            put(o, "}", 1);
            break;
        case AG_ST_EXEMPT:
            put(o, "{\"id\":", 6);
            put(o, id->s, id->len);
            puts_(o, ",\"exempted_by\":");
            if (pr->exempted_by && pr->exempted_by->id) put_cstr(o, pr->exempted_by->id);
            else puts_(o, "null");
            put(o, "}", 1);
            break;
        default:
            put(o, id->s, id->len);
        }
    }
    put(o, "]", 1);
}

/* After counts(), which filled the conflict sides. */
static void put_conflicts(out *o, const aigov_batch *b) {
    const aigov_index *x = b->x;
    puts_(o, ",\"conflicts\":[");
    bool first = true;
    for (int a = 0; a < b->nside[0]; a++) {
        if (x->actions_exact && !(x->action_mask[b->side[0][a].id] & b->obligation_actions)) continue;
        for (int k = 0; k < b->nside[1]; k++) {
            int ia = b->side[0][a].id, ib = b->side[1][k].id;
            const ag_prov_result *pa = b->side[0][a].pr, *pb = b->side[1][k].pr;
            if (!ag_index_conflict(x, ia, pa, ib, pb)) continue;
            if (!first) put(o, ",", 1);
            first = false;
            puts_(o, "{\"prohibition\":");
            put(o, x->prov_json[ia].s, x->prov_json[ia].len);
            puts_(o, ",\"obligation\":");
            put(o, x->prov_json[ib].s, x->prov_json[ib].len);
            puts_(o, pa->status == AG_ST_APPLIES && pb->status == AG_ST_APPLIES ? ",\"certain\":true}" : ",\"certain\":false}");
        }
    }
    put(o, "]", 1);
}

/* Adds one to cnt[f] for each field f of s, remembering first-seen fields in seen[]. */
static void count_fields(const ag_slotset *s, int *cnt, int *seen, int *nseen) {
    for (int w = 0; w < AG_MAX_SLOTS / 64; w++)
        for (uint64_t m = s->w[w]; m; m &= m - 1) {
            int f = w * 64 + __builtin_ctzll(m);
            if (!cnt[f]++) seen[(*nseen)++] = f;
        }
}

/* The lean line's undecided binding provisions as ids, and the questions that decide them:
 * each field some of them turn on, with how many (binding undecided, and binding later
 * only if answered so), the most deciding first, ties in the schema's order. */
static void put_undecided(out *o, aigov_batch *b) {
    const aigov_index *x = b->x;
    int cnt[AG_MAX_SLOTS] = {0}, seen[AG_MAX_SLOTS], nseen = 0;
    puts_(o, ",\"binding_unknown\":[");
    for (int n = 0; n < b->nbucket[AG_ST_UNKNOWN]; n++) {
        const struct ag_side *e = &b->bucket[AG_ST_UNKNOWN][n];
        if (n) put(o, ",", 1);
        put(o, x->prov_json[e->id].s, x->prov_json[e->id].len);
        count_fields(&e->pr->deciding, cnt, seen, &nseen);
    }
    put(o, "]", 1);
    for (int n = 0; n < b->nbucket[AG_ST_APPLIES_FROM]; n++) {
        const ag_prov_result *pr = b->bucket[AG_ST_APPLIES_FROM][n].pr;
        if (ag_prov_conditional(pr)) count_fields(&pr->deciding, cnt, seen, &nseen);
    }
    /* Most deciding first, then schema order (insertion sort: a few fields). */
    for (int i = 1; i < nseen; i++) {
        int f = seen[i], j = i;
        for (; j > 0 && (cnt[seen[j - 1]] < cnt[f] || (cnt[seen[j - 1]] == cnt[f] && seen[j - 1] > f)); j--)
            seen[j] = seen[j - 1];
        seen[j] = f;
    }
    puts_(o, ",\"questions\":[");
    for (int i = 0; i < nseen; i++) {
        if (i) put(o, ",", 1);
        puts_(o, "{\"field\":");
        put(o, x->field_json[seen[i]].s, x->field_json[seen[i]].len);
        puts_(o, ",\"decides_binding\":");
        put_long(o, cnt[seen[i]]);
        put(o, "}", 1);
    }
    put(o, "]", 1);
}

static void render(out *o, aigov_batch *b, const aigov_profile *p, long line) {
    aigov_result_counts n;
    counts(b, &n, true, b->all ? 0 : AG_PF_BINDING);
    puts_(o, "{\"line\":");
    put_long(o, line);
    puts_(o, ",\"id\":");
    put_cstr(o, p->id);
    puts_(o, ",\"date\":");
    put_date(o, p->date);
    puts_(o, ",\"summary\":{\"instruments\":");
    put_long(o, n.instruments);
    puts_(o, ",\"applies\":"); put_long(o, n.applies);
    puts_(o, ",\"applies_from\":"); put_long(o, n.applies_from);
    puts_(o, ",\"unknown\":"); put_long(o, n.unknown);
    puts_(o, ",\"exempt\":"); put_long(o, n.exempt);
    puts_(o, ",\"revoked\":"); put_long(o, n.revoked);
    puts_(o, ",\"binding_applies\":"); put_long(o, n.binding_applies);
    puts_(o, ",\"prohibited\":"); put_long(o, n.prohibited);
    puts_(o, ",\"conflicts\":"); put_long(o, n.conflicts);
    puts_(o, ",\"banned\":"); put_long(o, n.banned);
    puts_(o, ",\"binding_applies_from\":"); put_long(o, n.binding_applies_from);
    puts_(o, ",\"binding_unknown\":"); put_long(o, n.binding_unknown);
    put(o, "}", 1);
    if (!b->all) {
        /* The lean line (docs/batch.md): what a registry acts on. */
        put_banned(o, b);
        put_status(o, b, AG_ST_APPLIES, "binding_applies");
        put_status(o, b, AG_ST_APPLIES_FROM, "binding_applies_from");
        put_undecided(o, b);
    } else {
        put_status(o, b, AG_ST_APPLIES, "applies");
        put_status(o, b, AG_ST_APPLIES_FROM, "applies_from");
        put_status(o, b, AG_ST_UNKNOWN, "unknown");
        put_status(o, b, AG_ST_EXEMPT, "exempt");
        put_status(o, b, AG_ST_REVOKED, "revoked");
        put_status(o, b, AG_ST_NOT_APPLICABLE, "not_applicable");
    }
    put_conflicts(o, b);
    puts_(o, "}\n");
    if (!o->oom) o->b->data[o->b->len] = 0;
}

bool ag_batch_render(aigov_batch *b, const aigov_profile *p, long line, aigov_buf *outb) {
    decide(b, p);
    out o = {outb, false};
    render(&o, b, p, line);
    return !o.oom;
}

aigov_status aigov_batch_line(aigov_batch *b, const char *file, long line, const char *text, size_t len,
                              aigov_buf *outb, aigov_diags *d) {
    char name[300];
    snprintf(name, sizeof name, "%s:%ld", file, line);
    int before = d ? d->n : 0;
    aigov_profile *p = NULL;
    aigov_status s = aigov_profile_parse(b->x->c, name, text, len, b->has_date ? b->date : NULL, &p, d);
    if (s != AIGOV_OK) {
        /* A record is one line of the file: a position within it becomes file:line:col. */
        for (int i = before; d && i < d->n; i++) {
            aigov_diag *g = &d->items[i];
            if (g->line > 0 && !strcmp(g->file, name)) {
                snprintf(g->file, sizeof g->file, "%s", file);
                g->line = (int)(line > INT_MAX ? INT_MAX : line);
            }
        }
        return s;
    }
    decide(b, p);
    out o = {outb, false};
    size_t mark = outb->len;
    render(&o, b, p, line);
    aigov_profile_free(p);
    if (o.oom) {
        outb->len = mark;
        ag_diag_add(d, name, NULL, 0, 0, 0, 0, "out of memory");
        return AIGOV_NOMEM;
    }
    return AIGOV_OK;
}

aigov_status aigov_batch_error_line(long line, const aigov_diags *d, aigov_buf *outb) {
    out o = {outb, false};
    size_t mark = outb->len;
    puts_(&o, "{\"line\":");
    put_long(&o, line);
    puts_(&o, ",\"errors\":[");
    for (int i = 0; d && i < d->n; i++) {
        const aigov_diag *g = &d->items[i];
        if (i) put(&o, ",", 1);
        puts_(&o, "{\"line\":");
        put_long(&o, g->line > 0 ? g->line : line);
        puts_(&o, ",\"col\":");
        put_long(&o, g->col);
        puts_(&o, ",\"json_path\":");
        if (g->json_path[0]) put_cstr(&o, g->json_path);
        else puts_(&o, "null");
        puts_(&o, ",\"message\":");
        put_cstr(&o, g->message);
        put(&o, "}", 1);
    }
    puts_(&o, "]}\n");
    if (o.oom) { outb->len = mark; return AIGOV_NOMEM; }
    return AIGOV_OK;
}
