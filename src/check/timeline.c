/* timeline.c — when a system's obligations change: every date of the corpus (instruments
 * adopted, entering into force, revoked; provisions applying from or until a date;
 * amendments taking effect; region memberships starting or ending) at which checking the
 * profile gives a different answer than the day before, with the provisions that change
 * and why; rendered as text, JSON, Markdown or an SVG chart (one bar per binding
 * obligation across time). Decides nothing itself: each date is an aigov_check of the
 * profile as of that date. Must not print. */
#include "check/check.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* Where one provision stands on one date. */
enum { PH_NONE, PH_LATER, PH_NOW, PH_ENDED };
static const char *const PHASE_NAMES[] = {"does not apply", "applies later", "applies", "no longer applies"};

typedef struct pstate {
    uint8_t phase;
    bool certain;       /* decided (not unknown) */
    uint8_t napplied;   /* amendments in effect */
} pstate;

typedef struct event {
    int32_t date;
    const ag_provision *p;
    pstate before, after;
    const char *change; /* starts | stops | amended | may_start | may_stop | decided | undecided | later | due */
    char reason[400];
} event;

typedef struct bar {
    const ag_provision *p;
    int32_t from, until; /* until AG_DATE_NONE = still applies at the end */
    bool certain;
} bar;

typedef struct timeline {
    const aigov_corpus *c;
    const char *id, *name;
    int32_t date, from, to;
    bool all;    /* text and md: every change, voluntary ones too, from the first date */
    ag_vec ev;   /* event */
    ag_vec bars; /* bar */
    ag_horizon_hit *hz; /* the horizon instruments that would reach it (not law) */
    int nhz;
} timeline;

static int cmp_i32(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* Every date at which some answer may change, sorted and unique (malloc'd; NULL when out of
 * memory). */
static int32_t *corpus_dates(const aigov_corpus *c, size_t *n) {
    size_t cap = 64, cnt = 0;
    int32_t *d = malloc(cap * sizeof *d);
#define PUSH(x) do { int32_t x_ = (x); if (d && x_ != AG_DATE_NONE) { \
        if (cnt == cap) { int32_t *nd = realloc(d, (cap *= 2) * sizeof *d); if (!nd) { free(d); d = NULL; break; } d = nd; } \
        d[cnt++] = x_; } } while (0)
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        PUSH(in->adopted); PUSH(in->in_force); PUSH(in->applies_from); PUSH(in->revoked);
        for (int k = 0; k < in->nprovisions; k++) {
            PUSH(in->provisions[k].applies_from);
            PUSH(in->provisions[k].until);
            PUSH(in->provisions[k].due);
        }
        for (int k = 0; k < in->namendments; k++) {
            const ag_amendment *am = &in->amendments[k];
            PUSH(am->from);
            if (am->set_applies_from) PUSH(am->applies_from);
            if (am->set_until) PUSH(am->until);
        }
    }
    for (int r = 0; r < c->nregions; r++)
        for (int m = 0; m < c->regions[r].nmembers; m++) {
            PUSH(c->regions[r].members[m].from);
            PUSH(c->regions[r].members[m].until);
        }
#undef PUSH
    if (!d) return NULL;
    qsort(d, cnt, sizeof *d, cmp_i32);
    size_t u = 0;
    for (size_t i = 0; i < cnt; i++)
        if (!u || d[u - 1] != d[i]) d[u++] = d[i];
    *n = u;
    return d;
}

/* The state of every provision (by global index) for the profile on `date`. */
static aigov_status states_on(const aigov_corpus *c, const char *name, const char *json, size_t len, int32_t date,
                              const int *prov0, pstate *st, aigov_diags *d) {
    char ds[11];
    ag_date_format(date, ds);
    aigov_profile *p = NULL;
    aigov_result *r = NULL;
    aigov_status s = aigov_profile_parse(c, name, json, len, ds, &p, d);
    if (s == AIGOV_OK) s = aigov_check(c, p, NULL, &r, d);
    if (s != AIGOV_OK) { aigov_profile_free(p); return s; }
    memset(st, 0, sizeof *st * (size_t)prov0[c->ninstruments]);
    for (int i = 0; i < r->ninsts; i++) {
        const ag_inst_result *ir = &r->insts[i];
        int base = prov0[ir->in - c->instruments];
        for (int k = 0; k < ir->nprovs; k++) {
            const ag_prov_result *pr = &ir->provs[k];
            pstate *x = &st[base + (pr->view.base - ir->in->provisions)];
            x->napplied = (uint8_t)pr->view.napplied;
            x->certain = pr->status != AG_ST_UNKNOWN;
            switch (pr->status) {
            case AG_ST_APPLIES: x->phase = PH_NOW; break;
            case AG_ST_APPLIES_FROM: x->phase = PH_LATER; break;
            case AG_ST_UNKNOWN: x->phase = pr->date != AG_DATE_NONE && pr->date > date ? PH_LATER : PH_NOW; break;
            case AG_ST_REVOKED: x->phase = PH_ENDED; break;
            default: x->phase = PH_NONE; break;
            }
        }
    }
    aigov_result_free(r);
    aigov_profile_free(p);
    return AIGOV_OK;
}

/* Why provision p changes on `date`, in words, from the dates the corpus gives. */
static void reason(const ag_provision *p, int32_t date, const pstate *b, const pstate *a, char *buf, size_t cap) {
    const ag_instrument *in = p->inst;
    size_t n = 0;
    buf[0] = 0;
#define ADD(...) do { if (n < cap) n += (size_t)snprintf(buf + n, cap - n, __VA_ARGS__); } while (0)
    if (in->adopted == date) ADD("%s is adopted; ", in->id);
    if (in->in_force == date) ADD("%s enters into force; ", in->id);
    if (in->revoked == date) ADD("%s is revoked%s%s; ", in->id, in->revoked_by ? " by " : "", in->revoked_by ? in->revoked_by : "");
    if (p->applies_from == date) ADD("its date of application; ");
    if (p->until == date) ADD("its end date; ");
    for (int k = 0; k < p->namendments; k++) {
        const ag_amendment *am = p->amendments[k];
        if (am->from == date) ADD("amended by %s %s from this date; ", am->by->id, am->article);
        else if (am->set_applies_from && am->applies_from == date) ADD("applies from this date as amended by %s %s; ", am->by->id, am->article);
        else if (am->set_until && am->until == date) ADD("ends on this date as amended by %s %s; ", am->by->id, am->article);
    }
    if (!n) ADD("the system's situation changes on this date (a region's membership or the reach of %s); ", in->id);
    if (b->phase != a->phase) ADD("%s → %s", PHASE_NAMES[b->phase], PHASE_NAMES[a->phase]);
    else if (b->certain != a->certain) ADD("%s", a->certain ? "now decided" : "now undecided");
    else ADD("its text as in force changes");
    if (!a->certain && a->phase != PH_NONE) ADD(" (undecided: depends on questions)");
#undef ADD
}

static const char *change_name(const pstate *b, const pstate *a) {
    if (b->phase != a->phase) {
        if (a->phase == PH_NOW) return a->certain ? "starts" : "may_start";
        if (a->phase == PH_LATER) return "later";
        return b->certain ? "stops" : "may_stop";
    }
    if (b->certain != a->certain) return a->certain ? "decided" : "undecided";
    return "amended";
}

static aigov_status build(timeline *t, const aigov_corpus *c, const char *name, const char *json, size_t len,
                          aigov_diags *d) {
    size_t nd = 0;
    int32_t *dates = corpus_dates(c, &nd);
    int *prov0 = calloc((size_t)c->ninstruments + 1, sizeof *prov0);
    aigov_status s = AIGOV_OK;
    if (!dates || !prov0) { free(dates); free(prov0); return AIGOV_NOMEM; }
    for (int i = 0; i < c->ninstruments; i++) prov0[i + 1] = prov0[i] + c->instruments[i].nprovisions;
    int np = prov0[c->ninstruments];
    pstate *prev = calloc((size_t)np + 1, sizeof *prev), *cur = calloc((size_t)np + 1, sizeof *cur);
    int32_t *start = calloc((size_t)np + 1, sizeof *start);
    if (!prev || !cur || !start) s = AIGOV_NOMEM;
    /* The state on the day before the period, then on each date of the period. */
    int32_t first = t->from != AG_DATE_NONE ? t->from - 1 : nd ? dates[0] - 1 : t->date;
    if (s == AIGOV_OK) s = states_on(c, name, json, len, first, prov0, prev, d);
    for (int g = 0; g < np; g++) start[g] = prev[g].phase == PH_NOW ? first + 1 : AG_DATE_NONE;
    for (size_t di = 0; s == AIGOV_OK && di < nd; di++) {
        int32_t day = dates[di];
        if (day <= first || (t->to != AG_DATE_NONE && day > t->to)) continue;
        s = states_on(c, name, json, len, day, prov0, cur, d);
        for (int i = 0; s == AIGOV_OK && i < c->ninstruments; i++)
            for (int k = 0; k < c->instruments[i].nprovisions; k++) {
                int g = prov0[i] + k;
                const pstate *b = &prev[g], *a = &cur[g];
                /* A duty that applies and falls due on this day (`due:`) is an event too. */
                bool due = c->instruments[i].provisions[k].due == day && a->phase == PH_NOW;
                if (!due && b->phase == a->phase && b->certain == a->certain && b->napplied == a->napplied) continue;
                if (b->phase == PH_NONE && a->phase == PH_NONE) continue;
                event *e = ag_vec_push(&t->ev);
                if (!e) { s = AIGOV_NOMEM; break; }
                e->date = day;
                e->p = &c->instruments[i].provisions[k];
                e->before = *b;
                e->after = *a;
                e->change = change_name(b, a);
                reason(e->p, day, b, a, e->reason, sizeof e->reason);
                if (due && b->phase == a->phase && b->certain == a->certain && b->napplied == a->napplied) {
                    e->change = "due";
                    snprintf(e->reason, sizeof e->reason, "its compliance deadline: it applies already and must be met by this date%s",
                             a->certain ? "" : " (undecided: depends on questions)");
                }
                /* Bars: binding provisions, from the day they apply to the day they stop. */
                if (strcmp(c->instruments[i].binding, "binding")) continue;
                if (a->phase == PH_NOW && b->phase != PH_NOW) start[g] = day;
                if (b->phase == PH_NOW && a->phase != PH_NOW && start[g] != AG_DATE_NONE) {
                    bar *br = ag_vec_push(&t->bars);
                    if (!br) { s = AIGOV_NOMEM; break; }
                    *br = (bar){e->p, start[g], day, b->certain};
                    start[g] = AG_DATE_NONE;
                }
            }
        pstate *tmp = prev; prev = cur; cur = tmp;
    }
    for (int i = 0; s == AIGOV_OK && i < c->ninstruments; i++)
        for (int k = 0; k < c->instruments[i].nprovisions; k++) {
            int g = prov0[i] + k;
            if (start[g] == AG_DATE_NONE || strcmp(c->instruments[i].binding, "binding")) continue;
            bar *br = ag_vec_push(&t->bars);
            if (!br) { s = AIGOV_NOMEM; break; }
            *br = (bar){&c->instruments[i].provisions[k], start[g], AG_DATE_NONE, prev[g].certain};
        }
    free(dates);
    free(prov0);
    free(prev);
    free(cur);
    free(start);
    return s;
}

/* ---- Rendering ------------------------------------------------------------------------- */

static const char *inst_label(const ag_instrument *in) { return in->short_title ? in->short_title : in->title; }

/* Whether a horizon instrument's expected date falls in the period (one without a date is
 * always listed: it is coming, when is not known). */
static bool expected_in_period(const timeline *t, const ag_instrument *in) {
    int32_t e = in->expected_from;
    return e == AG_DATE_NONE || ((t->from == AG_DATE_NONE || e >= t->from) && (t->to == AG_DATE_NONE || e <= t->to));
}

/* The horizon (not law): expected dates, marked as expected, apart from the events of law. */
static json_t *expected_json(const timeline *t) {
    json_t *a = json_array();
    for (int i = 0; i < t->nhz; i++) {
        const ag_instrument *in = t->hz[i].in;
        if (!expected_in_period(t, in)) continue;
        json_t *x = json_object();
        ag_json_set(x, "date", ag_json_date(in->expected_from));
        ag_json_set(x, "instrument", json_string(in->id));
        ag_json_set(x, "stage", json_string(in->stage));
        ag_json_set(x, "reach", json_string(t->hz[i].reach == AG_TV_TRUE ? "true" : "unknown"));
        ag_json_push(a, x);
    }
    return a;
}

static json_t *timeline_json(const timeline *t) {
    json_t *o = json_object();
    ag_json_set(o, "aigov_version", json_string(AIGOV_VERSION));
    json_t *pj = json_object();
    ag_json_set(pj, "id", json_string(t->id));
    ag_json_set(pj, "name", json_string(t->name));
    ag_json_set(pj, "date", ag_json_date(t->date));
    ag_json_set(o, "profile", pj);
    ag_json_set(o, "from", ag_json_date(t->from));
    ag_json_set(o, "to", ag_json_date(t->to));
    json_t *ev = json_array();
    const event *es = t->ev.items;
    for (size_t i = 0; i < t->ev.n; i++) {
        const event *e = &es[i];
        json_t *x = json_object();
        ag_json_set(x, "date", ag_json_date(e->date));
        ag_json_set(x, "change", json_string(e->change));
        ag_json_set(x, "provision", json_string(e->p->full_id));
        ag_json_set(x, "instrument", json_string(e->p->inst->id));
        ag_json_set(x, "article", json_string(e->p->article));
        ag_json_set(x, "kind", json_string(e->p->kind));
        ag_json_set(x, "binding", json_string(e->p->inst->binding));
        ag_json_set(x, "before", json_string(PHASE_NAMES[e->before.phase]));
        ag_json_set(x, "after", json_string(PHASE_NAMES[e->after.phase]));
        ag_json_set(x, "decided", json_boolean(e->after.certain));
        ag_json_set(x, "reason", json_string(e->reason));
        ag_json_set(x, "summary", json_string(e->p->summary));
        ag_json_push(ev, x);
    }
    ag_json_set(o, "events", ev);
    json_t *bs = json_array();
    const bar *br = t->bars.items;
    for (size_t i = 0; i < t->bars.n; i++) {
        json_t *x = json_object();
        ag_json_set(x, "provision", json_string(br[i].p->full_id));
        ag_json_set(x, "instrument", json_string(br[i].p->inst->id));
        ag_json_set(x, "article", json_string(br[i].p->article));
        ag_json_set(x, "from", ag_json_date(br[i].from));
        ag_json_set(x, "until", ag_json_date(br[i].until));
        ag_json_set(x, "decided", json_boolean(br[i].certain));
        ag_json_push(bs, x);
    }
    ag_json_set(o, "bars", bs);
    ag_json_set(o, "expected", expected_json(t));
    return o;
}

/* A change in plain words, for the default text and Markdown. */
static const char *change_words(const event *e) {
    const char *c = e->change;
    if (!strcmp(c, "starts")) return "starts to apply";
    if (!strcmp(c, "may_start")) return "may start to apply (depends on questions)";
    if (!strcmp(c, "stops")) return "stops applying";
    if (!strcmp(c, "may_stop")) return "may stop applying (depends on questions)";
    if (!strcmp(c, "later")) return "will apply from a later date";
    if (!strcmp(c, "decided")) return "is now decided";
    if (!strcmp(c, "undecided")) return "is now undecided";
    return "changes as amended";
}

/* Why, in words: the dates of the corpus that make the change, instruments by name. */
static void why_words(const event *e, char *buf, size_t cap) {
    const ag_provision *p = e->p;
    const ag_instrument *in = p->inst;
    size_t n = 0;
    buf[0] = 0;
#define ADD(...) do { if (n < cap) n += (size_t)snprintf(buf + n, cap - n, __VA_ARGS__); } while (0)
    if (in->revoked == e->date) ADD("%s%s is revoked", n ? "; " : "", inst_label(in));
    else if (in->in_force == e->date) ADD("%s%s enters into force", n ? "; " : "", inst_label(in));
    if (p->applies_from == e->date) ADD("%sits date of application", n ? "; " : "");
    if (p->until == e->date) ADD("%sits end date", n ? "; " : "");
    for (int k = 0; k < p->namendments; k++) {
        const ag_amendment *am = p->amendments[k];
        if (am->from == e->date || (am->set_applies_from && am->applies_from == e->date) || (am->set_until && am->until == e->date))
            ADD("%sas amended by %s %s", n ? "; " : "", inst_label(am->by), am->article);
    }
    if (!n) ADD("the system's situation changes on this date");
#undef ADD
}

/* Text wrapped at `width` columns, continuation lines indented by `ind` spaces. */
static void wrap_at(FILE *f, const char *text, int ind, int width) {
    int col = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ') p++;
        size_t w = strcspn(p, " ");
        if (!w) break;
        if (col > ind && col + 1 + (int)w > width) { fprintf(f, "\n%*s", ind, ""); col = ind; }
        else if (col > 0 && col != ind) { fputc(' ', f); col++; }
        else if (col == 0) { fprintf(f, "%*s", ind, ""); col = ind; }
        fwrite(p, 1, w, f);
        col += (int)w;
        p += w;
    }
    fputc('\n', f);
}

/* The default text and Markdown: the changes to binding provisions from the profile's
 * date (or --from) on, in plain words, within 100 columns. --all gives every change. */
static void text_timeline_brief(FILE *f, const timeline *t, bool md) {
    char d[11], line[1200], why[600];
    ag_date_format(t->date, d);
    if (md) fprintf(f, "# Timeline of %s (`%s`)\n\n", t->name, t->id);
    else fprintf(f, "Timeline of %s (%s)\n", t->name, t->id);
    int32_t from = t->from != AG_DATE_NONE ? t->from : t->date;
    const event *es = t->ev.items;
    size_t shown = 0, binding = 0, earlier = 0;
    for (size_t i = 0; i < t->ev.n; i++) {
        if (strcmp(es[i].p->inst->binding, "binding")) continue;
        binding++;
        if (es[i].date < from) earlier++;
        else if (t->to == AG_DATE_NONE || es[i].date <= t->to) shown++;
    }
    char df[11];
    ag_date_format(from, df);
    snprintf(line, sizeof line,
             "%zu change%s to binding provisions from %s%s; %zu earlier and %zu to voluntary or contractual ones are shown "
             "with --all.", shown, shown == 1 ? "" : "s", df, from == t->date ? " (the profile's date)" : "", earlier, t->ev.n - binding);
    wrap_at(f, line, 0, 100);
    int32_t last = AG_DATE_NONE;
    for (size_t i = 0; i < t->ev.n; i++) {
        const event *e = &es[i];
        if (strcmp(e->p->inst->binding, "binding") || e->date < from) continue;
        if (t->to != AG_DATE_NONE && e->date > t->to) continue;
        if (e->date != last) {
            ag_date_format(e->date, d);
            if (md) fprintf(f, "\n## %s\n\n", d);
            else fprintf(f, "\n%s\n", d);
            last = e->date;
        }
        why_words(e, why, sizeof why);
        snprintf(line, sizeof line, "%s%s %s %s: %s.", md ? "- " : "", inst_label(e->p->inst), e->p->article, change_words(e), why);
        wrap_at(f, line, md ? 2 : 2, 100);
    }
    if (!shown) fputs("\nNothing binding changes for this system from that date on.\n", f);
}

static void text_timeline(FILE *f, const timeline *t, bool md) {
    if (!t->all) {
        text_timeline_brief(f, t, md);
        return;
    }
    char d[11], d2[11];
    ag_date_format(t->date, d);
    if (md) fprintf(f, "# Timeline of %s (`%s`)\n\n", t->name, t->id);
    else fprintf(f, "Timeline of %s (%s)\n", t->name, t->id);
    size_t nb = 0;
    const event *es = t->ev.items;
    for (size_t i = 0; i < t->ev.n; i++) nb += !strcmp(es[i].p->inst->binding, "binding");
    fprintf(f, "%s%zu change%s (%zu to binding provisions) on the dates below; the profile's date is %s.\n", md ? "" : "",
            t->ev.n, t->ev.n == 1 ? "" : "s", nb, d);
    if (t->from != AG_DATE_NONE || t->to != AG_DATE_NONE) {
        ag_date_format(t->from, d);
        ag_date_format(t->to, d2);
        fprintf(f, "Period: %s to %s.\n", t->from != AG_DATE_NONE ? d : "the first date", t->to != AG_DATE_NONE ? d2 : "the last date");
    }
    int32_t last = AG_DATE_NONE;
    for (size_t i = 0; i < t->ev.n; i++) {
        const event *e = &es[i];
        if (e->date != last) {
            ag_date_format(e->date, d);
            if (md) fprintf(f, "\n## %s\n\n", d);
            else fprintf(f, "\n%s\n", d);
            last = e->date;
        }
        const char *bind = e->p->inst->binding;
        if (md) fprintf(f, "- **%s** %s %s (`%s`, %s): %s\n", e->change, inst_label(e->p->inst), e->p->article, e->p->full_id, bind, e->reason);
        else fprintf(f, "  %-9s %s %s (%s, %s)\n            %s\n", e->change, inst_label(e->p->inst), e->p->article, e->p->full_id, bind, e->reason);
    }
    if (!t->ev.n) fputs("\nNothing changes for this system on any date of the corpus in the period.\n", f);
    int nexp = 0;
    for (int i = 0; i < t->nhz; i++) nexp += expected_in_period(t, t->hz[i].in);
    if (!nexp) return;
    fprintf(f, md ? "\n## Expected (on the horizon, not law)\n\n" : "\nExpected (on the horizon, not law):\n");
    for (int i = 0; i < t->nhz; i++) {
        const ag_instrument *in = t->hz[i].in;
        if (!expected_in_period(t, in)) continue;
        char e[11] = "";
        if (in->expected_from != AG_DATE_NONE) ag_date_format(in->expected_from, e);
        fprintf(f, "%s%s%s: %s (%s%s%s, %s)%s\n", md ? "- " : "  ", *e ? "expected from " : "expected, date not known", e, inst_label(in),
                md ? "`" : "", in->id, md ? "`" : "", ag_stage_label(in->stage), t->hz[i].reach == AG_TV_TRUE ? "" : " — may reach it");
    }
}

/* ---- iCalendar (RFC 5545): the binding changes as all-day events, for a compliance
 * calendar. Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character;
 * text escapes backslash, semicolon, comma and newline (3.3.11). Deterministic: DTSTAMP is
 * the profile's date, the UID is made of the date, the provision and the change. */
typedef struct ics_line {
    FILE *f;
    int col;
} ics_line;

static void ics_put(ics_line *l, const char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        size_t k = 1;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0xC0) k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2; /* one whole character */
        if (i + k > n) k = n - i;
        if (l->col + (int)k > 75) {
            fputs("\r\n ", l->f);
            l->col = 1;
        }
        fwrite(s + i, 1, k, l->f);
        l->col += (int)k;
        i += k;
    }
}
static void ics_raw(ics_line *l, const char *s) { ics_put(l, s, strlen(s)); }
static void ics_text(ics_line *l, const char *s) {
    for (; s && *s; s++) {
        if (*s == '\\' || *s == ';' || *s == ',') { char e[2] = {'\\', *s}; ics_put(l, e, 2); }
        else if (*s == '\n') ics_put(l, "\\n", 2);
        else if (*s != '\r') ics_put(l, s, 1);
    }
}
static void ics_end(ics_line *l) {
    fputs("\r\n", l->f);
    l->col = 0;
}
static void ics_prop(ics_line *l, const char *name, const char *text) {
    ics_raw(l, name);
    ics_raw(l, ":");
    ics_text(l, text);
    ics_end(l);
}

static void ics_timeline(FILE *f, const timeline *t) {
    ics_line l = {f, 0};
    char d[11], stamp[32], day[9], next[9];
    ag_date_format(t->date, d);
    snprintf(stamp, sizeof stamp, "%.4s%.2s%.2sT000000Z", d, d + 5, d + 8);
    ics_prop(&l, "BEGIN", "VCALENDAR");
    ics_prop(&l, "VERSION", "2.0");
    ics_prop(&l, "PRODID", "-//aigov//timeline " AIGOV_VERSION "//EN");
    ics_prop(&l, "CALSCALE", "GREGORIAN");
    char name[600];
    snprintf(name, sizeof name, "aigov: %s (%s)", t->name, t->id);
    ics_prop(&l, "X-WR-CALNAME", name);
    /* What comes: from --from, else from the profile's date. */
    int32_t lo = t->from != AG_DATE_NONE ? t->from : t->date;
    const event *es = t->ev.items;
    for (size_t i = 0; i < t->ev.n; i++) {
        const event *e = &es[i];
        if (strcmp(e->p->inst->binding, "binding") || e->date < lo) continue;
        char ed[11], nd[11], buf[1200];
        ag_date_format(e->date, ed);
        ag_date_format(e->date + 1, nd);
        snprintf(day, sizeof day, "%.4s%.2s%.2s", ed, ed + 5, ed + 8);
        snprintf(next, sizeof next, "%.4s%.2s%.2s", nd, nd + 5, nd + 8);
        ics_prop(&l, "BEGIN", "VEVENT");
        snprintf(buf, sizeof buf, "%s-%s-%s-%s@aigov", day, t->id, e->p->full_id, e->change);
        ics_prop(&l, "UID", buf);
        ics_prop(&l, "DTSTAMP", stamp);
        ics_raw(&l, "DTSTART;VALUE=DATE:");
        ics_raw(&l, day);
        ics_end(&l);
        ics_raw(&l, "DTEND;VALUE=DATE:");
        ics_raw(&l, next);
        ics_end(&l);
        static const char *const CHANGE[][2] = {{"starts", "applies from this day"}, {"stops", "stops applying"},
                                                {"amended", "amended"}, {"may_start", "may apply from this day"},
                                                {"may_stop", "may stop applying"}};
        const char *what = e->change;
        for (size_t k = 0; k < sizeof CHANGE / sizeof CHANGE[0]; k++)
            if (!strcmp(CHANGE[k][0], e->change)) what = CHANGE[k][1];
        snprintf(buf, sizeof buf, "%s %s %s (%s)", inst_label(e->p->inst), e->p->article, what, t->id);
        ics_prop(&l, "SUMMARY", buf);
        snprintf(buf, sizeof buf, "%s\n%s\nProvision %s of %s; %s.", e->reason, e->p->summary ? e->p->summary : "", e->p->full_id,
                 e->p->inst->title, e->p->inst->binding);
        ics_prop(&l, "DESCRIPTION", buf);
        if (e->p->inst->citations.n) {
            ics_raw(&l, "URL:");
            ics_raw(&l, e->p->inst->citations.items[0]);
            ics_end(&l);
        }
        ics_prop(&l, "CATEGORIES", "binding");
        ics_prop(&l, "TRANSP", "TRANSPARENT");
        ics_prop(&l, "END", "VEVENT");
    }
    ics_prop(&l, "END", "VCALENDAR");
}

static void xml(FILE *f, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

/* The chart: time across, one bar per binding provision (solid: decided; hatched:
 * undecided), a tick per year, a line at the profile's date, a dot per amendment. */
static void svg_timeline(FILE *f, const timeline *t) {
    const bar *br = t->bars.items;
    int n = (int)t->bars.n;
    int32_t lo = t->from, hi = t->to;
    if (lo == AG_DATE_NONE || hi == AG_DATE_NONE) {
        int32_t a = t->date, b = t->date;
        for (int i = 0; i < n; i++) {
            if (br[i].from < a) a = br[i].from;
            if (br[i].until != AG_DATE_NONE && br[i].until > b) b = br[i].until;
            if (br[i].from > b) b = br[i].from;
        }
        const event *es = t->ev.items;
        for (size_t i = 0; i < t->ev.n; i++)
            if (!strcmp(es[i].p->inst->binding, "binding")) {
                if (es[i].date < a) a = es[i].date;
                if (es[i].date > b) b = es[i].date;
            }
        if (lo == AG_DATE_NONE) lo = a - 180;
        if (hi == AG_DATE_NONE) hi = b + 365;
    }
    if (hi <= lo) hi = lo + 365;
    const int left = 360, width = 1180, row = 22, top = 70;
    int h = top + row * (n ? n : 1) + 50;
    double scale = (double)(width - left - 20) / (double)(hi - lo);
#define X(day) (left + (int)(((day) - lo) * scale))
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n",
            width, h, width, h);
    fputs("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"3\" height=\"6\" fill=\"#8fb3e0\"/></pattern></defs>\n", f);
    fprintf(f, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">Binding obligations of ", width, h);
    xml(f, t->name);
    fputs(" over time</text>\n", f);
    fputs("<text x=\"10\" y=\"42\" fill=\"#555\">Solid: applies; hatched: undecided (depends on questions); dot: amended; red line: the profile's date.</text>\n", f);
    /* Year ticks. */
    char ds[11];
    ag_date_format(lo, ds);
    int y0 = atoi(ds);
    ag_date_format(hi, ds);
    int y1 = atoi(ds);
    for (int y = y0 + 1; y <= y1; y++) {
        char yd[32];
        snprintf(yd, sizeof yd, "%04d-01-01", y);
        int32_t day;
        if (!ag_date_parse(yd, 10, &day) || day < lo || day > hi) continue;
        fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%d</text>\n",
                X(day), top - 8, X(day), h - 30, X(day), h - 14, y);
    }
    for (int i = 0; i < n; i++) {
        int y = top + i * row;
        int x1 = X(br[i].from < lo ? lo : br[i].from), x2 = br[i].until == AG_DATE_NONE ? X(hi) : X(br[i].until);
        if (x2 <= x1) x2 = x1 + 2;
        fprintf(f, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", left - 8, y + 14);
        char label[200];
        snprintf(label, sizeof label, "%s %s", inst_label(br[i].p->inst), br[i].p->article);
        if (strlen(label) > 52) snprintf(label, sizeof label, "%s", br[i].p->full_id);
        if (strlen(label) > 52) memcpy(label + 49, "...", 4);
        xml(f, label);
        fprintf(f, "<title>");
        xml(f, br[i].p->full_id);
        fprintf(f, "</title></text>\n<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"%s\" stroke=\"#2b5fa5\"><title>",
                x1, y + 3, x2 - x1, row - 6, br[i].certain ? "#2b5fa5" : "url(#hatch)");
        xml(f, br[i].p->full_id);
        fputs(": ", f);
        xml(f, br[i].p->summary);
        fputs("</title></rect>\n", f);
        for (int k = 0; k < br[i].p->namendments; k++) {
            int32_t ad = br[i].p->amendments[k]->from;
            if (ad < lo || ad > hi) continue;
            fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#e69f00\" stroke=\"black\"><title>amended by ", X(ad), y + row / 2);
            xml(f, br[i].p->amendments[k]->by->id);
            fputs("</title></circle>\n", f);
        }
    }
    if (!n) fprintf(f, "<text x=\"%d\" y=\"%d\" fill=\"#555\">No binding obligation applies to this system in the period.</text>\n", left, top + 14);
    if (t->date >= lo && t->date <= hi)
        fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c00\" stroke-width=\"2\"/>\n", X(t->date), top - 8, X(t->date), h - 30);
    fputs("</svg>\n", f);
#undef X
}

char *aigov_timeline(const aigov_corpus *c, const char *name, const char *json, size_t len, const char *from,
                     const char *to, const char *format, bool all, aigov_diags *d, aigov_status *status) {
    *status = AIGOV_OK;
    timeline t;
    memset(&t, 0, sizeof t);
    t.c = c;
    t.all = all;
    t.from = t.to = AG_DATE_NONE;
    if ((from && !ag_date_parse(from, strlen(from), &t.from)) || (to && !ag_date_parse(to, strlen(to), &t.to))) {
        ag_diag_add(d, from && !ag_date_parse(from, strlen(from), &t.from) ? "--from" : "--to", NULL, 0, 0, 0, 0,
                    "invalid date '%s': expected YYYY-MM-DD", from && !ag_date_parse(from, strlen(from), &t.from) ? from : to);
        *status = AIGOV_USAGE;
        return NULL;
    }
    if (t.from != AG_DATE_NONE && t.to != AG_DATE_NONE && t.to < t.from) {
        ag_diag_add(d, "--to", NULL, 0, 0, 0, 0, "--to %s is before --from %s", to, from);
        *status = AIGOV_USAGE;
        return NULL;
    }
    /* The profile as given: its id, name and date (and its errors, once). */
    aigov_profile *p = NULL;
    *status = aigov_profile_parse(c, name, json, len, NULL, &p, d);
    if (*status != AIGOV_OK) return NULL;
    ag_arena keep;
    ag_arena_init(&keep);
    t.id = ag_arena_strdup(&keep, p->id);
    t.name = ag_arena_strdup(&keep, p->name);
    t.date = p->date;
    t.hz = calloc((size_t)c->nhorizon + 1, sizeof *t.hz);
    if (t.hz) t.nhz = ag_horizon_find(c, p, t.hz);
    aigov_profile_free(p);
    ag_vec_init(&t.ev, sizeof(event));
    ag_vec_init(&t.bars, sizeof(bar));
    char *out = NULL;
    if (!t.id || !t.name || !t.hz) *status = AIGOV_NOMEM;
    if (*status == AIGOV_OK) *status = build(&t, c, name, json, len, d);
    if (*status == AIGOV_OK) {
        ag_json_begin();
        if (!strcmp(format, "json")) {
            json_t *j = timeline_json(&t);
            out = ag_json_dump(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
            json_decref(j);
        } else {
            size_t olen = 0;
            FILE *f = open_memstream(&out, &olen);
            if (f) {
                if (!strcmp(format, "svg")) svg_timeline(f, &t);
                else if (!strcmp(format, "ics")) ics_timeline(f, &t);
                else text_timeline(f, &t, !strcmp(format, "md"));
                if (fclose(f) != 0) { free(out); out = NULL; }
            }
        }
        if (!out) *status = AIGOV_NOMEM;
    }
    ag_vec_free(&t.ev);
    ag_vec_free(&t.bars);
    free(t.hz);
    ag_arena_free(&keep);
    return out;
}
