/* currency.c — how current the corpus is: `aigov corpus stale` (instruments whose facts
 * were last checked before a day, or never) and `aigov corpus changes` (what was adopted,
 * entered into force, began to apply, was amended, revoked or suspended by a court from a
 * day on). Reads the corpus only; renders text, JSON or Markdown. Never prints. */
#include "corpus/corpus.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One dated event of the corpus. Strings are borrowed from the corpus or static. */
typedef struct change {
    int32_t date;
    const char *kind;         /* adopted in_force applies begins ends amended revoked
                               * stayed enjoined invalidated suspension_ends */
    const ag_instrument *in;
    const ag_provision *prov; /* or NULL for the instrument as a whole */
    const char *article;      /* article of the instrument or amending instrument */
    const char *by;           /* amending / revoking instrument or court case, or NULL */
    char detail[240];
} change;

typedef struct changes {
    change *items;
    size_t n, cap;
    bool oom;
} changes;

static change *push(changes *cs, int32_t date, const char *kind, const ag_instrument *in, const ag_provision *p) {
    if (cs->n == cs->cap) {
        size_t cap = cs->cap ? cs->cap * 2 : 256;
        change *ni = realloc(cs->items, cap * sizeof *ni);
        if (!ni) { cs->oom = true; return NULL; }
        cs->items = ni;
        cs->cap = cap;
    }
    change *c = &cs->items[cs->n++];
    memset(c, 0, sizeof *c);
    c->date = date;
    c->kind = kind;
    c->in = in;
    c->prov = p;
    return c;
}

static int kind_rank(const char *k) {
    static const char *const order[] = {"adopted", "in_force", "applies", "begins", "amended", "stayed", "enjoined",
                                        "invalidated", "suspension_ends", "ends", "revoked", "stage", "expected", NULL};
    for (int i = 0; order[i]; i++) if (!strcmp(order[i], k)) return i;
    return 99;
}

static int cmp_change(const void *a, const void *b) {
    const change *x = a, *y = b;
    if (x->date != y->date) return x->date < y->date ? -1 : 1;
    int c = strcmp(x->in->id, y->in->id);
    if (c) return c;
    if ((x->prov != NULL) != (y->prov != NULL)) return x->prov ? 1 : -1;
    if (x->prov && y->prov && (c = strcmp(x->prov->id, y->prov->id))) return c;
    return kind_rank(x->kind) - kind_rank(y->kind);
}

/* The changes on or after `since` as known on `as_of` (amendments in force on as_of
 * decide a provision's dates). */
static void collect(const aigov_corpus *c, int32_t since, int32_t as_of, changes *cs) {
    for (int i = 0; i < c->ninstruments && !cs->oom; i++) {
        const ag_instrument *in = &c->instruments[i];
        change *e;
        if (in->adopted != AG_DATE_NONE && in->adopted >= since && (e = push(cs, in->adopted, "adopted", in, NULL)))
            snprintf(e->detail, sizeof e->detail, "adopted");
        if (in->in_force != AG_DATE_NONE && in->in_force >= since && (e = push(cs, in->in_force, "in_force", in, NULL)))
            snprintf(e->detail, sizeof e->detail, "enters into force");
        if (in->applies_from != AG_DATE_NONE && in->applies_from != in->in_force && in->applies_from >= since &&
            (e = push(cs, in->applies_from, "applies", in, NULL)))
            snprintf(e->detail, sizeof e->detail, "applies (general date of application)");
        if (in->revoked != AG_DATE_NONE && in->revoked >= since && (e = push(cs, in->revoked, "revoked", in, NULL))) {
            e->by = in->revoked_by;
            snprintf(e->detail, sizeof e->detail, "revoked%s%s", in->revoked_by ? " by " : "", in->revoked_by ? in->revoked_by : "");
        }
        for (int k = 0; k < in->nlitigation; k++) {
            const ag_litigation *lt = &in->litigation[k];
            const char *scope = lt->provisions.n ? "enforcement of some provisions" : "enforcement";
            if (lt->from != AG_DATE_NONE && lt->from >= since && strcmp(lt->effect, "challenged") &&
                (e = push(cs, lt->from, lt->effect, in, NULL))) {
                e->by = lt->case_name;
                snprintf(e->detail, sizeof e->detail, "%s %s (%s, %s)", scope, lt->effect, lt->case_name, lt->court);
            }
            if (lt->filed != AG_DATE_NONE && lt->filed >= since && !strcmp(lt->effect, "challenged") &&
                (e = push(cs, lt->filed, "challenged", in, NULL))) {
                e->by = lt->case_name;
                snprintf(e->detail, sizeof e->detail, "challenged in court (%s, %s)", lt->case_name, lt->court);
            }
            if (lt->until != AG_DATE_NONE && lt->until >= since && (e = push(cs, lt->until, "suspension_ends", in, NULL))) {
                e->by = lt->case_name;
                snprintf(e->detail, sizeof e->detail, "%s no longer %s (%s)", scope, lt->effect, lt->case_name);
            }
        }
        for (int k = 0; k < in->namendments; k++) {
            const ag_amendment *am = &in->amendments[k];
            if (am->from < since) continue;
            const ag_provision *p = ag_corpus_provision(c, am->target);
            if (!p || !(e = push(cs, am->from, "amended", p->inst, p))) continue;
            e->by = in->id;
            e->article = am->article;
            char what[160] = "";
            char d[11];
            if (am->set_applies_from) { ag_date_format(am->applies_from, d); snprintf(what + strlen(what), sizeof what - strlen(what), "%sapplies from %s", what[0] ? ", " : "", d); }
            if (am->set_until) { ag_date_format(am->until, d); snprintf(what + strlen(what), sizeof what - strlen(what), "%sends %s", what[0] ? ", " : "", am->set_until && am->until != AG_DATE_NONE ? d : "never"); }
            if (am->set_when) snprintf(what + strlen(what), sizeof what - strlen(what), "%scondition replaced", what[0] ? ", " : "");
            if (am->set_summary) snprintf(what + strlen(what), sizeof what - strlen(what), "%stext replaced", what[0] ? ", " : "");
            if (am->set_article) snprintf(what + strlen(what), sizeof what - strlen(what), "%sarticle renumbered", what[0] ? ", " : "");
            snprintf(e->detail, sizeof e->detail, "amended by %s %s: %s", in->id, am->article, what);
        }
        for (int k = 0; k < in->nprovisions; k++) {
            const ag_provision *p = &in->provisions[k];
            ag_provision_view v;
            ag_provision_at(p, as_of, &v);
            if (v.applies_from != AG_DATE_NONE && v.applies_from != in->applies_from && v.applies_from >= since &&
                (e = push(cs, v.applies_from, "begins", in, p))) {
                e->article = v.article;
                snprintf(e->detail, sizeof e->detail, "begins to apply (%s)", p->kind);
            }
            if (v.until != AG_DATE_NONE && v.until >= since && (e = push(cs, v.until, "ends", in, p))) {
                e->article = v.article;
                snprintf(e->detail, sizeof e->detail, "no longer applies");
            }
        }
    }
    /* The horizon (not law): each stage move, and the date it is expected to apply from. */
    for (int i = 0; i < c->nhorizon && !cs->oom; i++) {
        const ag_instrument *in = &c->horizon[i];
        change *e;
        for (int k = 0; k < in->nstages; k++)
            if (in->stages[k].on >= since && (e = push(cs, in->stages[k].on, "stage", in, NULL)))
                snprintf(e->detail, sizeof e->detail, "on the horizon: %s (not law)", ag_stage_label(in->stages[k].stage));
        if (in->expected_from != AG_DATE_NONE && in->expected_from >= since && (e = push(cs, in->expected_from, "expected", in, NULL)))
            snprintf(e->detail, sizeof e->detail, "expected to apply from this date if adopted as it stands (%s; not law)", ag_stage_label(in->stage));
    }
    if (!cs->oom && cs->n) qsort(cs->items, cs->n, sizeof *cs->items, cmp_change);
}

static bool parse_day(const char *s, const char *what, int32_t *out, aigov_diags *d) {
    if (s && ag_date_parse(s, strlen(s), out)) return true;
    ag_diag_add(d, what, NULL, 0, 0, 0, 0, "expected a date YYYY-MM-DD, found '%s'", s ? s : "nothing");
    return false;
}

static bool check_fmt(const char *format, const char *what, aigov_diags *d) {
    if (!strcmp(format, "text") || !strcmp(format, "json") || !strcmp(format, "md")) return true;
    ag_diag_add(d, what, NULL, 0, 0, 0, 0, "unknown format '%s'; expected text, json or md", format);
    return false;
}

static char *dump(json_t *o) {
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(o);
    return s;
}

char *aigov_corpus_changes(const aigov_corpus *c, const char *since, const char *as_of, const char *format,
                           aigov_diags *d, aigov_status *status) {
    int32_t s, today = ag_date_today();
    *status = AIGOV_USAGE;
    if (!check_fmt(format, "corpus changes", d) || !parse_day(since, "--since", &s, d)) return NULL;
    if (as_of && !parse_day(as_of, "--date", &today, d)) return NULL;
    changes cs = {0};
    collect(c, s, today, &cs);
    *status = AIGOV_NOMEM;
    if (cs.oom) { free(cs.items); return NULL; }
    char ds[11], dt[11];
    ag_date_format(s, ds);
    ag_date_format(today, dt);
    char *out = NULL;
    ag_json_begin();
    if (!strcmp(format, "json")) {
        json_t *o = json_object(), *a = json_array();
        ag_json_set(o, "since", json_string(ds));
        ag_json_set(o, "as_of", json_string(dt));
        for (size_t i = 0; i < cs.n; i++) {
            const change *e = &cs.items[i];
            json_t *x = json_object();
            ag_json_set(x, "date", ag_json_date(e->date));
            ag_json_set(x, "upcoming", json_boolean(e->date > today));
            ag_json_set(x, "kind", json_string(e->kind));
            ag_json_set(x, "instrument", json_string(e->in->id));
            ag_json_set(x, "provision", e->prov ? json_string(e->prov->full_id) : json_null());
            ag_json_set(x, "article", e->article ? json_string(e->article) : json_null());
            ag_json_set(x, "by", e->by ? json_string(e->by) : json_null());
            ag_json_set(x, "binding", json_string(e->in->binding));
            /* A horizon instrument's stage (not law): null for the law. */
            ag_json_set(x, "stage", e->in->stage ? json_string(e->in->stage) : json_null());
            ag_json_set(x, "detail", json_string(e->detail));
            ag_json_push(a, x);
        }
        ag_json_set(o, "count", json_integer((json_int_t)cs.n));
        ag_json_set(o, "changes", a);
        out = dump(o);
    } else {
        size_t len = 0;
        FILE *f = open_memstream(&out, &len);
        if (f) {
            bool md = !strcmp(format, "md");
            size_t past = 0;
            for (size_t i = 0; i < cs.n; i++) past += cs.items[i].date <= today;
            if (md) fprintf(f, "# Corpus changes since %s (as of %s)\n\n%zu changes, %zu of them after %s.\n\n| date | | instrument | provision | article | change |\n|---|---|---|---|---|---|\n",
                            ds, dt, cs.n, cs.n - past, dt);
            else fprintf(f, "Corpus changes since %s (as of %s): %zu, %zu of them after %s (upcoming).\n", ds, dt, cs.n, cs.n - past, dt);
            for (size_t i = 0; i < cs.n; i++) {
                const change *e = &cs.items[i];
                char dd[11];
                ag_date_format(e->date, dd);
                if (md)
                    fprintf(f, "| %s | %s | `%s` | %s%s%s | %s | %s |\n", dd, e->date > today ? "upcoming" : "", e->in->id,
                            e->prov ? "`" : "", e->prov ? e->prov->id : "", e->prov ? "`" : "", e->article ? e->article : "", e->detail);
                else {
                    if (i == 0 || e->date != cs.items[i - 1].date) fprintf(f, "\n%s%s\n", dd, e->date > today ? "  (upcoming)" : "");
                    fprintf(f, "  %s%s%s [%s]: %s%s%s\n", e->in->id, e->prov ? "/" : "", e->prov ? e->prov->id : "", e->in->stage ? "horizon" : e->in->binding,
                            e->detail, e->article && strcmp(e->kind, "amended") ? " — " : "", e->article && strcmp(e->kind, "amended") ? e->article : "");
                }
            }
            if (fclose(f) != 0) { free(out); out = NULL; }
        }
    }
    free(cs.items);
    if (!out || ag_json_failed()) { free(out); return NULL; }
    *status = AIGOV_OK;
    return out;
}

char *aigov_corpus_stale(const aigov_corpus *c, const char *before, const char *format, aigov_diags *d,
                         aigov_status *status) {
    int32_t b;
    *status = AIGOV_USAGE;
    if (!check_fmt(format, "corpus stale", d) || !parse_day(before, "--before", &b, d)) return NULL;
    *status = AIGOV_NOMEM;
    int nstale = 0;
    for (int i = 0; i < c->ninstruments; i++) nstale += c->instruments[i].verified == AG_DATE_NONE || c->instruments[i].verified < b;
    char db[11];
    ag_date_format(b, db);
    char *out = NULL;
    ag_json_begin();
    if (!strcmp(format, "json")) {
        json_t *o = json_object(), *a = json_array();
        ag_json_set(o, "before", json_string(db));
        ag_json_set(o, "instruments", json_integer(c->ninstruments));
        ag_json_set(o, "stale", json_integer(nstale));
        for (int i = 0; i < c->ninstruments; i++) {
            const ag_instrument *in = &c->instruments[i];
            if (in->verified != AG_DATE_NONE && in->verified >= b) continue;
            json_t *x = json_object();
            ag_json_set(x, "id", json_string(in->id));
            ag_json_set(x, "jurisdiction", json_string(in->jurisdiction));
            ag_json_set(x, "binding", json_string(in->binding));
            ag_json_set(x, "verified", ag_json_date(in->verified));
            ag_json_set(x, "sources", ag_json_strlist(&in->verified_sources));
            ag_json_set(x, "file", json_string(in->file));
            ag_json_push(a, x);
        }
        ag_json_set(o, "list", a);
        out = dump(o);
    } else {
        size_t len = 0;
        bool md = !strcmp(format, "md");
        FILE *f = open_memstream(&out, &len);
        if (f) {
            fprintf(f, "%s%d of %d instruments were last verified before %s or never%s\n", md ? "# " : "", nstale, c->ninstruments, db,
                    md ? "\n\n| instrument | jurisdiction | binding | verified |\n|---|---|---|---|" : ":");
            for (int i = 0; i < c->ninstruments; i++) {
                const ag_instrument *in = &c->instruments[i];
                if (in->verified != AG_DATE_NONE && in->verified >= b) continue;
                char dv[11] = "never";
                if (in->verified != AG_DATE_NONE) ag_date_format(in->verified, dv);
                if (md) fprintf(f, "| `%s` | %s | %s | %s |\n", in->id, in->jurisdiction, in->binding, dv);
                else fprintf(f, "  %-40s %-8s %-11s verified %s\n", in->id, in->jurisdiction, in->binding, dv);
            }
            if (fclose(f) != 0) { free(out); out = NULL; }
        }
    }
    if (!out || ag_json_failed()) { free(out); return NULL; }
    *status = AIGOV_OK;
    return out;
}
