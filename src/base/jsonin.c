/* jsonin.c — reading JSON with jansson so that every JSON number is accepted.
 * jansson refuses an integer outside int64 ("too big integer"), although JSON has no such
 * limit and browsers write 1e19 and up that way (JSON.stringify(1e20) is
 * "100000000000000000000"). aigov_json_loadb reads such an integer as a double, the
 * value every other reader gives it, and is the one way the library and the server read
 * a JSON document. */
#include "base/ag.h"

#include <jansson.h>
#include <stdlib.h>

/* Whether the digits s[0..n) (an optional '-', then no '.', 'e' or 'E') lie outside int64. */
static bool outside_int64(const char *s, size_t n) {
    bool neg = n && s[0] == '-';
    const char *d = s + neg;
    size_t m = n - neg;
    if (m != 19) return m > 19;
    return strncmp(d, neg ? "9223372036854775808" : "9223372036854775807", 19) > 0;
}

/* One insertion of ".0" after an integer token: where (in the rewritten text) and on
 * which line, to map an error of the second reading back to the caller's text. */
typedef struct ins {
    size_t at;
    int line;
} ins;

/* Walks the text: every integer token outside a string that lies outside int64 gets
 * ".0" appended in o (when o is not NULL; it has room for len + 2 * the count), and its
 * place recorded in in. Returns how many tokens were widened. */
static size_t widen(const char *s, size_t len, char *o, ins *in) {
    size_t n = 0, ni = 0;
    bool str = false;
    int line = 1;
    for (size_t i = 0; i < len;) {
        char c = s[i];
        size_t j = i + 1;
        bool wide = false;
        if (str) {
            if (c == '\\' && j < len) j++;
            else if (c == '"') str = false;
        } else if (c == '"') {
            str = true;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            bool real = false;
            while (j < len && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.' || s[j] == 'e' || s[j] == 'E' ||
                               s[j] == '+' || s[j] == '-')) {
                if (s[j] == '.' || s[j] == 'e' || s[j] == 'E') real = true;
                j++;
            }
            wide = !real && outside_int64(s + i, j - i);
        }
        if (c == '\n') line++;
        if (o) memcpy(o + n, s + i, j - i);
        n += j - i;
        i = j;
        if (wide) {
            if (o) {
                in[ni] = (ins){n, line};
                o[n] = '.', o[n + 1] = '0';
            }
            n += 2, ni++;
        }
    }
    return ni;
}

struct json_t *aigov_json_loadb(const char *buf, size_t len, size_t flags, struct json_error_t *err) {
    json_error_t local, *e = err ? err : &local;
    json_t *j = json_loadb(buf, len, flags, e);
    if (j || json_error_code(e) != json_error_numeric_overflow) return j;
    size_t ni = widen(buf, len, NULL, NULL), n = len + 2 * ni;
    if (!ni) return NULL; /* a real beyond double's range: jansson's error stands */
    char *w = malloc(n ? n : 1);
    ins *in = malloc((ni ? ni : 1) * sizeof *in);
    if (!w || !in) {
        free(w), free(in);
        snprintf(e->text, sizeof e->text, "out of memory");
        return NULL;
    }
    widen(buf, len, w, in);
    j = json_loadb(w, n, flags, e);
    if (!j) { /* an error further on: its place in the caller's text */
        int before = 0, on_line = 0;
        for (size_t k = 0; k < ni && in[k].at < (size_t)e->position; k++) {
            before++;
            if (in[k].line == e->line) on_line++;
        }
        e->position -= 2 * before;
        if (e->column > 0) e->column -= 2 * on_line;
    }
    free(w), free(in);
    return j;
}
