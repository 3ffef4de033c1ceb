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
