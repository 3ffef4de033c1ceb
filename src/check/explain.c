/* explain.c — the evaluation traces behind `aigov explain` and `aigov eval`: every
 * sub-expression with its value and the profile values it read, as a tree (text) or a
 * flat pre-order list with depths (JSON). Reads the corpus and a profile; decides nothing
 * that check.c does not also decide (it reuses aigov_check for the status line). */
#include "check/check.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static json_t *value_json(const ag_value *v) {
    char b[11];
    switch (v->kind) {
    case AG_V_BOOL: return json_boolean(v->u.b);
    case AG_V_NUM: return json_real(v->u.num);
    case AG_V_STR: return json_stringn(v->u.str, v->n);
    case AG_V_DATE: ag_date_format(v->u.date, b); return json_string(b);
    case AG_V_LIST: {
        json_t *a = json_array();
        for (uint32_t i = 0; i < v->n; i++) ag_json_push(a, value_json(&v->u.items[i]));
        return a;
    }
    default: return json_null();
    }
}

static const char *value_type(const ag_value *v) {
    switch (v->kind) {
    case AG_V_BOOL: return "bool";
    case AG_V_NUM: return "number";
    case AG_V_STR: return "string";
    case AG_V_DATE: return "date";
    case AG_V_LIST: return "list";
    default: return "unknown";
    }
}

static const char *result_word(const ag_value *v) {
    if (v->kind == AG_V_UNKNOWN) return "unknown";
    if (v->kind == AG_V_BOOL) return v->u.b ? "true" : "false";
    return "value";
}

/* One traced condition, rendered into f (text) or returned as JSON. */
static json_t *trace_json(const aigov_corpus *c, const ag_expr *e, const ag_trace_node *t, int n,
                          const ag_value *res, const ag_slotset *dec) {
    json_t *o = json_object();
    ag_json_set(o, "expr", json_string(e->src));
    ag_json_set(o, "value", value_json(res));
    ag_json_set(o, "type", json_string(value_type(res)));
    ag_json_set(o, "result", json_string(result_word(res)));
    json_t *df = json_array();
    for (int i = 0; i < c->nfields; i++) if (ag_slotset_has(dec, i)) ag_json_push(df, json_string(c->fields[i].expr_path));
    ag_json_set(o, "deciding_fields", df);
    json_t *tr = json_array();
    for (int i = 0; i < n; i++) {
        json_t *x = json_object();
        ag_json_set(x, "depth", json_integer(t[i].depth));
        ag_json_set(x, "expr", json_stringn(e->src + t[i].offset, t[i].len));
        ag_json_set(x, "value", value_json(&t[i].value));
        ag_json_set(x, "result", json_string(result_word(&t[i].value)));
        if (t[i].slot >= 0 && t[i].slot < c->nfields) ag_json_set(x, "reads", json_string(c->fields[t[i].slot].expr_path));
        if (t[i].konst >= 0 && t[i].konst < c->nconsts) ag_json_set(x, "set", json_string(c->const_names[t[i].konst]));
        ag_json_push(tr, x);
    }
    ag_json_set(o, "trace", tr);
    return o;
}

/* The named sets a trace showed: each is printed once, in full, after the traces
 * (sets_text), and the trace names it with its size only. */
typedef struct sets_seen {
    bool *seen;           /* per named set; NULL = print the value inline */
    const ag_value **val; /* its value on the profile's date */
    int32_t date;
} sets_seen;

static void sets_text(FILE *f, const aigov_corpus *c, const sets_seen *ss, const char *date) {
    bool any = false;
    for (int k = 0; ss->seen && k < c->nconsts; k++) {
        if (!ss->seen[k] || !ss->val[k]) continue;
        if (!any) fprintf(f, "\nNamed sets on %s (each listed once):\n", date);
        any = true;
        const ag_value *v = ss->val[k];
        fprintf(f, "  %s (%u):", c->const_names[k], v->kind == AG_V_LIST ? v->n : 0);
        int col = 6 + (int)strlen(c->const_names[k]) + 6;
        for (uint32_t i = 0; v->kind == AG_V_LIST && i < v->n; i++) {
            const ag_value *it = &v->u.items[i];
            int w = it->kind == AG_V_STR ? (int)it->n : 1;
            if (col + w + 2 > 96) { fputs("\n     ", f); col = 5; }
            if (it->kind == AG_V_STR) fprintf(f, " %.*s", (int)it->n, it->u.str);
            col += w + 1;
        }
        fputc('\n', f);
    }
}

static void trace_text(FILE *f, const aigov_corpus *c, const ag_expr *e, const ag_trace_node *t, int n,
                       const char *indent, sets_seen *ss) {
    for (int i = 0; i < n; i++) {
        /* A literal's value is its text: showing it again is noise. */
        if (t[i].op == AG_OP_CONST && t[i].depth > 0) continue;
        char val[160];
        bool named = t[i].konst >= 0 && t[i].konst < c->nconsts;
        if (t[i].value.kind == AG_V_UNKNOWN) snprintf(val, sizeof val, "unknown");
        else if (named && ss && ss->seen && t[i].value.kind == AG_V_LIST) {
            snprintf(val, sizeof val, "the set of %u regions listed below", t[i].value.n);
            ss->seen[t[i].konst] = true;
            ss->val[t[i].konst] = ag_corpus_const_on(c, t[i].konst, ss->date);
        } else ag_value_format(&t[i].value, val, sizeof val);
        /* The sub-expression's whole text, which parses back to it (tests/unit/test_explain.c). */
        fprintf(f, "%s%*s%.*s  =>  %s", indent, t[i].depth * 2, "", (int)t[i].len, e->src + t[i].offset, val);
        if (t[i].slot >= 0 && t[i].slot < c->nfields && t[i].op == AG_OP_FIELD)
            fprintf(f, "   [reads %s%s]", c->fields[t[i].slot].expr_path, t[i].value.kind == AG_V_UNKNOWN ? ": not in the profile" : "");
        if (t[i].konst >= 0 && t[i].konst < c->nconsts) fprintf(f, "   [set %s on the profile's date]", c->const_names[t[i].konst]);
        fputc('\n', f);
    }
}

typedef struct traced {
    int n;
    ag_trace_node *nodes;
    ag_value result;
    ag_slotset deciding;
} traced;

static bool run_trace(const ag_expr *e, const ag_facts *f, ag_arena *a, traced *t) {
    memset(&t->deciding, 0, sizeof t->deciding);
    t->n = ag_cel_trace(e, f, a, &t->nodes, &t->result, &t->deciding);
    return t->n >= 0;
}

/* Closes a memstream; its buffer pointer is only final after fclose. */
static char *finish(FILE *f, char **buf) {
    if (fclose(f) != 0) { free(*buf); return NULL; }
    return *buf;
}

static char *dump(json_t *o) {
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17), true);
    json_decref(o);
    return s;
}

char *aigov_explain(const aigov_corpus *c, const aigov_profile *p, const char *id, const char *format,
                    aigov_diags *d) {
    ag_json_begin();
    const ag_provision *pv = ag_corpus_provision(c, id);
    if (!pv) {
        const char *s = ag_corpus_suggest_id(c, id);
        if (s) ag_diag_add(d, "explain", NULL, 0, 0, 0, 0, "unknown provision '%s' (did you mean '%s'?)", id, s);
        else ag_diag_add(d, "explain", NULL, 0, 0, 0, 0, "unknown provision '%s'; expected INSTRUMENT/PROVISION as listed by 'aigov corpus show INSTRUMENT'", id);
        return NULL;
    }
    const ag_instrument *in = pv->inst;
    aigov_result *r = NULL;
    aigov_check_opts opts = {NULL, true};
    if (aigov_check(c, p, &opts, &r, d) != AIGOV_OK) return NULL;
    /* The provision's status as check decides it (none when its instrument does not reach). */
    const ag_prov_result *pr = NULL;
    const ag_inst_result *ir = NULL;
    for (int i = 0; i < r->ninsts; i++)
        if (r->insts[i].in == in) {
            ir = &r->insts[i];
            for (int k = 0; k < ir->nprovs; k++) if (ir->provs[k].view.base == pv) pr = &ir->provs[k];
        }
    ag_provision_view view;
    ag_provision_at(pv, p->date, &view);
    ag_arena a;
    ag_arena_init(&a);
    sets_seen ss = {AG_NEW(&a, bool, (size_t)c->nconsts + 1), AG_NEW(&a, const ag_value *, (size_t)c->nconsts + 1), p->date};
    bool json = !strcmp(format, "json");
    char *buf = NULL;
    size_t len = 0;
    FILE *f = json ? NULL : open_memstream(&buf, &len);
    json_t *o = json ? json_object() : NULL;
    char date[11];
    ag_date_format(p->date, date);
    const char *status = pr ? ag_status_name(pr->status) : ir ? "not_addressed" : "not_reached";
    bool ok = true;
    if (json) {
        ag_json_set(o, "provision", json_string(pv->full_id));
        ag_json_set(o, "article", json_string(view.article));
        ag_json_set(o, "profile", json_string(p->id));
        ag_json_set(o, "date", json_string(date));
        ag_json_set(o, "status", json_string(status));
    } else if (f) {
        fprintf(f, "%s (%s) for %s on %s: %s\n", pv->full_id, view.article, p->id, date, status);
        fprintf(f, "  %s\n", view.summary);
    } else ok = false;
    /* Triggers, exemptions, then the provision's own condition. */
    for (int part = 0; part < 3 && ok; part++) {
        int n = part == 0 ? in->nscope : part == 1 ? in->nexemptions : 1;
        json_t *arr = json ? json_array() : NULL;
        if (!json) fprintf(f, "\n%s\n", part == 0 ? "Scope (the instrument reaches the system if any trigger is true):"
                                     : part == 1 ? (n ? "Exemptions (the system is exempt if any is true):" : "")
                                                 : "Condition of the provision:");
        for (int i = 0; i < n && ok; i++) {
            const ag_expr *e = part == 0 ? in->scope[i].when : part == 1 ? in->exemptions[i].when : view.when;
            traced t;
            if (!run_trace(e, &p->facts, &a, &t)) { ok = false; break; }
            if (json) {
                json_t *x = trace_json(c, e, t.nodes, t.n, &t.result, &t.deciding);
                if (part < 2) {
                    ag_json_set(x, "article", json_string(part == 0 ? in->scope[i].article : in->exemptions[i].article));
                    ag_json_set(x, "name", json_string(part == 0 ? in->scope[i].name : in->exemptions[i].name));
                }
                ag_json_push(arr, x);
            } else {
                if (part < 2) fprintf(f, "  %s %s: %s\n", part == 0 ? "trigger" : "exemption",
                                      part == 0 ? in->scope[i].article : in->exemptions[i].article,
                                      part == 0 ? in->scope[i].name : in->exemptions[i].name);
                trace_text(f, c, e, t.nodes, t.n, "    ", &ss);
            }
        }
        if (json) ag_json_set(o, part == 0 ? "triggers" : part == 1 ? "exemptions" : "condition",
                                      part == 2 ? json_incref(json_array_get(arr, 0)) : json_incref(arr));
        if (json) json_decref(arr);
    }
    /* The facts it read that follow from the rest of the profile (corpus derivations). */
    if (ok) {
        ag_slotset reads;
        memset(&reads, 0, sizeof reads);
        for (int i = 0; i < in->nscope; i++) ag_cel_fields_read(in->scope[i].when, &reads);
        for (int i = 0; i < in->nexemptions; i++) ag_cel_fields_read(in->exemptions[i].when, &reads);
        ag_cel_fields_read(view.when, &reads);
        const ag_derivation *ds[64];
        int nd = ag_derived_facts_for(p, &reads, ds, 64);
        json_t *arr = json ? json_array() : NULL;
        if (nd && !json) fputs("\nDerived facts (not stated in the profile; they follow from it):\n", f);
        for (int i = 0; i < nd; i++) {
            char b[1200];
            ag_derived_fact_text(c, ds[i], false, b, sizeof b);
            if (json) {
                json_t *x = json_object();
                ag_json_set(x, "field", json_string(c->fields[ds[i]->slot].expr_path));
                ag_json_set(x, "value", json_boolean(ds[i]->value));
                ag_json_set(x, "derivation", json_string(ds[i]->id));
                ag_json_set(x, "article", json_string(ds[i]->article));
                ag_json_set(x, "reason", json_string(ds[i]->reason));
                ag_json_push(arr, x);
            } else fprintf(f, "  %s\n", b);
        }
        if (json) ag_json_set(o, "derived_facts", arr);
    }
    if (ok && !json) sets_text(f, c, &ss, date);
    if (ok && !json && pr && pr->status == AG_ST_UNKNOWN) {
        fputs("\nUnknown until these are answered:\n", f);
        for (int s = 0; s < c->nfields; s++)
            if (ag_slotset_has(&pr->deciding, s))
                fprintf(f, "  ? %s — %s\n", c->fields[s].expr_path, c->fields[s].question ? c->fields[s].question : c->fields[s].doc);
    }
    if (ok && json && pr) {
        json_t *df = json_array();
        for (int s = 0; s < c->nfields; s++) if (ag_slotset_has(&pr->deciding, s)) ag_json_push(df, json_string(c->fields[s].expr_path));
        ag_json_set(o, "deciding_fields", df);
    }
    ag_arena_free(&a);
    aigov_result_free(r);
    if (json) {
        if (!ok) { json_decref(o); return NULL; }
        return dump(o);
    }
    if (!f) return NULL;
    char *res = finish(f, &buf);
    if (!ok) { free(res); return NULL; }
    return res;
}

char *aigov_eval(const aigov_corpus *c, const aigov_profile *p, const char *expr, const char *format,
                 aigov_diags *d, aigov_status *status) {
    *status = AIGOV_OK;
    ag_json_begin();
    ag_arena a;
    ag_arena_init(&a);
    ag_cel_env env;
    ag_corpus_cel_env(c, &env);
    ag_cel_error err;
    memset(&err, 0, sizeof err);
    ag_expr *e = ag_cel_compile(&a, expr, strlen(expr), &env, &err);
    if (!e) {
        ag_diag_add(d, "<expr>", expr, strlen(expr), 1, (int)err.offset + 1, err.len ? (int)err.len : 1, "%s", err.msg);
        ag_arena_free(&a);
        *status = AIGOV_INVALID;
        return NULL;
    }
    aigov_profile *empty = NULL;
    if (!p) {
        aigov_status s = aigov_profile_parse(c, "<no profile>", "{}", 2, NULL, &empty, d);
        if (s != AIGOV_OK) { ag_arena_free(&a); *status = s; return NULL; }
        p = empty;
    }
    traced t;
    char *res = NULL;
    if (run_trace(e, &p->facts, &a, &t)) {
        if (!strcmp(format, "json")) {
            res = dump(trace_json(c, e, t.nodes, t.n, &t.result, &t.deciding));
        } else {
            char *buf = NULL;
            size_t len = 0;
            FILE *f = open_memstream(&buf, &len);
            if (f) {
                char val[512];
                if (t.result.kind == AG_V_UNKNOWN) snprintf(val, sizeof val, "unknown");
                else ag_value_format(&t.result, val, sizeof val);
                fprintf(f, "%s\n", val);
                if (t.result.kind == AG_V_UNKNOWN && !ag_slotset_empty(&t.deciding)) {
                    fputs("decided by:", f);
                    for (int s = 0; s < c->nfields; s++) if (ag_slotset_has(&t.deciding, s)) fprintf(f, " %s", c->fields[s].expr_path);
                    fputc('\n', f);
                }
                fputs("trace:\n", f);
                trace_text(f, c, e, t.nodes, t.n, "  ", NULL);
                res = finish(f, &buf);
            }
        }
    }
    if (!res) *status = AIGOV_NOMEM;
    aigov_profile_free(empty);
    ag_arena_free(&a);
    return res;
}
