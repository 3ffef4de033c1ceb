/* ag.c — the foundations: arena, growable vectors, dates, diagnostics, did-you-mean and
 * file reading. Owns no domain knowledge; must not include yaml.h, jansson.h or sqlite3.h. */
#include "base/ag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

/* ---- Arena ------------------------------------------------------------------------ */

struct ag_arena_block {
    ag_arena_block *next;
    size_t used, cap;
    _Alignas(max_align_t) unsigned char data[];
};

#define AG_ARENA_BLOCK (64u * 1024u)

void ag_arena_init(ag_arena *a) { a->head = NULL; a->total = 0; a->next = AG_ARENA_BLOCK; }

void ag_arena_init_block(ag_arena *a, size_t first) {
    ag_arena_init(a);
    a->next = first < 256 ? 256 : first > AG_ARENA_BLOCK ? AG_ARENA_BLOCK : first;
}

void ag_arena_free(ag_arena *a) {
    ag_arena_block *b = a->head;
    while (b) {
        ag_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

void *ag_arena_alloc(ag_arena *a, size_t size, size_t n, size_t align) {
    if (n && size > SIZE_MAX / n) return NULL;
    size_t bytes = size * n;
    if (bytes == 0) bytes = 1;
    ag_arena_block *b = a->head;
    if (b) {
        size_t off = (b->used + (align - 1)) & ~(align - 1);
        if (off <= b->cap && bytes <= b->cap - off) {
            b->used = off + bytes;
            memset(b->data + off, 0, bytes);
            return b->data + off;
        }
    }
    size_t block = a->next ? a->next : AG_ARENA_BLOCK;
    size_t cap = bytes > block ? bytes : block;
    if (cap > SIZE_MAX - sizeof(ag_arena_block)) return NULL;
    ag_arena_block *nb = malloc(sizeof(ag_arena_block) + cap);
    if (!nb) return NULL;
    nb->cap = cap;
    nb->used = bytes;
    a->total += cap;
    /* A big one-off allocation goes behind the current block so the rest of the
     * current block is not wasted. */
    if (block < AG_ARENA_BLOCK) a->next = block * 2 < AG_ARENA_BLOCK ? block * 2 : AG_ARENA_BLOCK;
    if (b && bytes > block / 2) {
        nb->next = b->next;
        b->next = nb;
    } else {
        nb->next = b;
        a->head = nb;
    }
    memset(nb->data, 0, bytes);
    return nb->data;
}

char *ag_arena_strndup(ag_arena *a, const char *s, size_t len) {
    if (len == SIZE_MAX) return NULL;
    char *p = ag_arena_alloc(a, 1, len + 1, 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = 0;
    return p;
}

char *ag_arena_strdup(ag_arena *a, const char *s) { return ag_arena_strndup(a, s, strlen(s)); }

char *ag_arena_printf(ag_arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = NULL;
    if (n >= 0 && (p = ag_arena_alloc(a, 1, (size_t)n + 1, 1))) vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* ---- Vectors ---------------------------------------------------------------------- */

void ag_vec_init(ag_vec *v, size_t elem_size) { v->items = NULL; v->n = v->cap = 0; v->size = elem_size; }

void *ag_vec_push(ag_vec *v) {
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 8;
        if (cap > SIZE_MAX / v->size) return NULL;
        void *p = realloc(v->items, cap * v->size);
        if (!p) return NULL;
        v->items = p;
        v->cap = cap;
    }
    void *e = (char *)v->items + v->n * v->size;
    memset(e, 0, v->size);
    v->n++;
    return e;
}

void ag_vec_free(ag_vec *v) { free(v->items); v->items = NULL; v->n = v->cap = 0; }

void *ag_vec_freeze(ag_vec *v, ag_arena *a) {
    if (v->n == 0) return NULL;
    void *p = ag_arena_alloc(a, v->size, v->n, _Alignof(max_align_t));
    if (p) memcpy(p, v->items, v->n * v->size);
    return p;
}

/* ---- Dates ------------------------------------------------------------------------ */
/* Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian
 * calendar, no tables, no time zones. */

static int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int32_t z, int *y, int *m, int *d) {
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

bool ag_date_parse(const char *s, size_t len, int32_t *out) {
    if (len != 10 || s[4] != '-' || s[7] != '-') return false;
    int v[3] = {0, 0, 0};
    static const int start[3] = {0, 5, 8}, width[3] = {4, 2, 2};
    for (int f = 0; f < 3; f++)
        for (int i = 0; i < width[f]; i++) {
            char c = s[start[f] + i];
            if (c < '0' || c > '9') return false;
            v[f] = v[f] * 10 + (c - '0');
        }
    int y = v[0], m = v[1], d = v[2];
    if (y < 1 || m < 1 || m > 12 || d < 1) return false;
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap)) return false;
    *out = days_from_civil(y, m, d);
    return true;
}

bool aigov_date_valid(const char *s) {
    int32_t days;
    return s && ag_date_parse(s, strlen(s), &days);
}

void ag_date_format(int32_t days, char buf[11]) {
    int y, m, d;
    if (days == AG_DATE_NONE) { memcpy(buf, "----------", 11); return; }
    civil_from_days(days, &y, &m, &d);
    unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)d % 100u;
    buf[0] = (char)('0' + uy / 1000); buf[1] = (char)('0' + uy / 100 % 10);
    buf[2] = (char)('0' + uy / 10 % 10); buf[3] = (char)('0' + uy % 10); buf[4] = '-';
    buf[5] = (char)('0' + um / 10); buf[6] = (char)('0' + um % 10); buf[7] = '-';
    buf[8] = (char)('0' + ud / 10); buf[9] = (char)('0' + ud % 10); buf[10] = 0;
}

int32_t ag_date_today(void) {
    time_t t = time(NULL);
    return (int32_t)(t / 86400);
}

/* ---- Diagnostics ------------------------------------------------------------------ */

void aigov_diags_init(aigov_diags *d, int cap) {
    d->items = NULL;
    d->n = 0;
    d->cap = cap > 0 ? cap : AG_DIAG_CAP_DEFAULT;
    d->dropped = 0;
}

void aigov_diags_free(aigov_diags *d) {
    free(d->items);
    d->items = NULL;
    d->n = 0;
}

static aigov_diag *diag_slot(aigov_diags *d) {
    if (!d) return NULL;
    if (d->n >= d->cap) { d->dropped++; return NULL; }
    if (!d->items) {
        d->items = calloc((size_t)d->cap, sizeof *d->items);
        if (!d->items) { d->dropped++; return NULL; }
    }
    aigov_diag *g = &d->items[d->n++];
    memset(g, 0, sizeof *g);
    return g;
}

static void copy_trunc(char *dst, size_t cap, const char *src, size_t len) {
    if (len >= cap) len = cap - 1;
    memcpy(dst, src, len);
    dst[len] = 0;
}

void ag_diag_add(aigov_diags *d, const char *file, const char *src, size_t src_len, int line,
                 int col, int span, const char *fmt, ...) {
    aigov_diag *g = diag_slot(d);
    if (!g) return;
    if (file) copy_trunc(g->file, sizeof g->file, file, strlen(file));
    g->line = line;
    g->col = col;
    g->span = span > 0 ? span : 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->message, sizeof g->message, fmt, ap);
    va_end(ap);
    if (src && line > 0) {
        const char *p = src, *end = src + src_len;
        for (int l = 1; l < line && p < end; p++)
            if (*p == '\n') l++;
        const char *e = p;
        while (e < end && *e != '\n' && *e != '\r') e++;
        copy_trunc(g->source_line, sizeof g->source_line, p, (size_t)(e - p));
        /* Control characters (tabs aside) and bytes that are not UTF-8 would garble the
         * terminal: each becomes '?', one column as before. */
        for (unsigned char *c = (unsigned char *)g->source_line; *c;) {
            int need = *c < 0x80 ? 0 : (*c & 0xE0) == 0xC0 && *c >= 0xC2 ? 1 : (*c & 0xF0) == 0xE0 ? 2
                     : (*c & 0xF8) == 0xF0 && *c <= 0xF4 ? 3 : -1;
            int k = 1;
            while (need > 0 && k <= need && (c[k] & 0xC0) == 0x80) k++;
            if (need < 0 || k <= need) { *c++ = '?'; continue; }
            if (*c < 0x20 && *c != '\t') *c = '?';
            c += k;
        }
    }
}

void ag_diag_add_json(aigov_diags *d, const char *file, const char *path, int line, int col,
                      const char *fmt, ...) {
    aigov_diag *g = diag_slot(d);
    if (!g) return;
    if (file) copy_trunc(g->file, sizeof g->file, file, strlen(file));
    if (path) copy_trunc(g->json_path, sizeof g->json_path, path, strlen(path));
    g->line = line;
    g->col = col;
    g->span = 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->message, sizeof g->message, fmt, ap);
    va_end(ap);
}

char *aigov_diag_format(const aigov_diag *g) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    if (g->line > 0) fprintf(f, "%s:%d:%d: error: ", g->file, g->line, g->col);
    else if (g->file[0]) fprintf(f, "%s: error: ", g->file);
    else fputs("error: ", f);
    if (g->json_path[0]) fprintf(f, "%s: ", g->json_path);
    fputs(g->message, f);
    fputc('\n', f);
    /* Columns count characters, not bytes (as libyaml and jansson count them). A column
     * beyond the stored line (cut at sizeof source_line) cannot be shown under it: then
     * the location in the first line is all there is. */
    int chars = 0;
    for (const char *c = g->source_line; *c; c++) chars += ((unsigned char)*c & 0xC0) != 0x80;
    if (g->source_line[0] && g->line > 0 && g->col >= 1 && g->col <= chars + 1) {
        fprintf(f, "%5d | %s\n      | ", g->line, g->source_line);
        /* Keep tabs so the caret lines up under tab-indented sources. */
        int col = 1;
        for (const char *c = g->source_line; *c && col < g->col; c++) {
            if (((unsigned char)*c & 0xC0) == 0x80) continue;
            fputc(*c == '\t' ? '\t' : ' ', f);
            col++;
        }
        for (int i = 0; i < g->span && i < 200; i++) fputc('^', f);
        fputc('\n', f);
    }
    if (fclose(f) != 0) { free(buf); return NULL; }
    return buf;
}

const char *aigov_strerror(aigov_status s) {
    switch (s) {
#define AIGOV_STR_(name, msg) case AIGOV_##name: return msg;
        AIGOV_STATUS_LIST(AIGOV_STR_)
#undef AIGOV_STR_
    }
    return "unknown status";
}

/* ---- Did-you-mean ----------------------------------------------------------------- */

int ag_edit_distance(const char *a, size_t alen, const char *b, size_t blen, int cap) {
    if (alen > 64 || blen > 64) return cap + 1;
    size_t diff = alen > blen ? alen - blen : blen - alen;
    if (diff > (size_t)cap) return cap + 1;
    int prev2[65], prev[65], cur[65];
    for (size_t j = 0; j <= blen; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= alen; i++) {
        cur[0] = (int)i;
        int rowmin = cur[0];
        for (size_t j = 1; j <= blen; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = prev[j] + 1;
            if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
            if (prev[j - 1] + cost < v) v = prev[j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < v)
                v = prev2[j - 2] + 1;
            cur[j] = v;
            if (v < rowmin) rowmin = v;
        }
        if (rowmin > cap) return cap + 1;
        memcpy(prev2, prev, sizeof prev);
        memcpy(prev, cur, sizeof cur);
    }
    return prev[blen] > cap ? cap + 1 : prev[blen];
}

const char *ag_suggest(const char *s, size_t len, const char *const *cands, size_t n) {
    int cap = (int)(len / 3);
    if (cap < 2) cap = 2;
    const char *best = NULL;
    int bestd = cap + 1;
    for (size_t i = 0; i < n; i++) {
        if (!cands[i]) continue;
        int dist = ag_edit_distance(s, len, cands[i], strlen(cands[i]), cap);
        /* Replacing every character is no resemblance ('IT' is not a typo of 'DE'). */
        if (dist >= (int)len) continue;
        if (dist < bestd) { bestd = dist; best = cands[i]; }
    }
    return best;
}

bool ag_ieq(const char *a, size_t alen, const char *b) {
    for (size_t i = 0; i < alen; i++, b++) {
        if (!*b) return false;
        unsigned char x = (unsigned char)a[i], y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z') x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (unsigned char)(y - 'A' + 'a');
        if (x != y) return false;
    }
    return !*b;
}

/* ---- Files ------------------------------------------------------------------------ */

aigov_status aigov_read_file(const char *path, char **out, size_t *len, aigov_diags *d) {
    if (strcmp(path, "-")) return ag_read_file(path, out, len, d);
    *out = NULL;
    *len = 0;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return AIGOV_NOMEM;
    for (;;) {
        if (n == cap) {
            if (cap >= AG_MAX_FILE_BYTES && fgetc(stdin) == EOF) break;
            if (cap >= AG_MAX_FILE_BYTES) {
                free(buf);
                ag_diag_add(d, "<stdin>", NULL, 0, 0, 0, 0, "input is larger than the limit of %u bytes",
                            AG_MAX_FILE_BYTES);
                return AIGOV_LIMIT;
            }
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) { free(buf); return AIGOV_NOMEM; }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, stdin);
        n += r;
        if (r == 0) break;
    }
    if (ferror(stdin)) {
        free(buf);
        ag_diag_add(d, "<stdin>", NULL, 0, 0, 0, 0, "read error");
        return AIGOV_IO;
    }
    buf[n] = 0;
    *out = buf;
    *len = n;
    return AIGOV_OK;
}

const char *ag_file_kind_error(unsigned mode) {
    if (S_ISREG(mode)) return NULL;
    if (S_ISDIR(mode)) return "is a directory, expected a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), expected a regular file (use '-' to read standard input)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, expected a regular file";
    if (S_ISSOCK(mode)) return "is a socket, expected a regular file";
    return "is not a regular file";
}

aigov_status ag_read_file(const char *path, char **out, size_t *len, aigov_diags *d) {
    *out = NULL;
    *len = 0;
    /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        ag_diag_add(d, path, NULL, 0, 0, 0, 0, "cannot open: %s", strerror(errno));
        return AIGOV_IO;
    }
    struct stat st;
    const char *what = fstat(fd, &st) != 0 ? "cannot be examined" : ag_file_kind_error(st.st_mode);
    if (what) {
        close(fd);
        ag_diag_add(d, path, NULL, 0, 0, 0, 0, "%s", what);
        return AIGOV_IO;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f || fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        if (f) fclose(f); else close(fd);
        ag_diag_add(d, path, NULL, 0, 0, 0, 0, "cannot open: %s", strerror(errno));
        return AIGOV_IO;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) { fclose(f); return AIGOV_NOMEM; }
    for (;;) {
        if (n == cap) {
            /* At the limit: only an extra byte makes the file too large. */
            if (cap >= AG_MAX_FILE_BYTES && fgetc(f) == EOF) break;
            if (cap >= AG_MAX_FILE_BYTES) {
                free(buf);
                fclose(f);
                ag_diag_add(d, path, NULL, 0, 0, 0, 0, "file is larger than the limit of %u bytes",
                            AG_MAX_FILE_BYTES);
                return AIGOV_LIMIT;
            }
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb) { free(buf); fclose(f); return AIGOV_NOMEM; }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        ag_diag_add(d, path, NULL, 0, 0, 0, 0, "read error");
        return AIGOV_IO;
    }
    buf[n] = 0;
    *out = buf;
    *len = n;
    return AIGOV_OK;
}

const char *ag_words(const char *code, char *buf, size_t cap) {
    size_t i = 0;
    for (; code && code[i] && i + 1 < cap; i++) buf[i] = code[i] == '_' ? ' ' : code[i];
    buf[cap ? i : 0] = 0;
    return buf;
}

void ag_wrap(FILE *f, const char *first, int indent, const char *text, int width) {
    const char *p = text;
    fputs(first, f);
    int col = (int)strlen(first), start = col;
    while (*p) {
        while (*p == ' ' || *p == '\n') p++;
        size_t w = strcspn(p, " \n");
        if (!w) break;
        if (col > start && col + 1 + (int)w > width) {
            fprintf(f, "\n%*s", indent, "");
            col = start = indent;
        } else if (col > start) {
            fputc(' ', f);
            col++;
        }
        fwrite(p, 1, w, f);
        col += (int)w;
        p += w;
    }
    fputc('\n', f);
}

int ag_double_shortest(double d, char buf[32]) {
    char tmp[40];
    int n = 0;
    if (d != d || d - d != 0) return snprintf(buf, 32, d != d ? "nan" : d > 0 ? "inf" : "-inf");
    for (int prec = 1; prec <= 17; prec++) {
        n = snprintf(tmp, sizeof tmp, "%.*g", prec, d);
        if (strtod(tmp, NULL) == d) break;
    }
    /* "1e+25" -> "1e25", "2.5e-07" -> "2.5e-7". */
    char *e = strchr(tmp, 'e');
    if (e) {
        char *w = e + 1, *r = e + 1;
        if (*r == '+') r++;
        else if (*r == '-') *w++ = *r++;
        while (*r == '0' && r[1]) r++;
        while (*r) *w++ = *r++;
        *w = 0;
        n = (int)(w - tmp);
    }
    /* Plain digits when they are no longer ("50", not "5e1"; "0.32"). */
    double mag = d < 0 ? -d : d;
    if (e && mag >= 1e-5 && mag < 1e17) {
        char fx[40];
        for (int k = 0; k <= 17; k++) {
            int m = snprintf(fx, sizeof fx, "%.*f", k, d);
            if (strtod(fx, NULL) == d) {
                if (m <= n) { memcpy(tmp, fx, (size_t)m + 1); n = m; }
                break;
            }
        }
    }
    memcpy(buf, tmp, (size_t)n + 1);
    return n;
}

size_t aigov_json_shortest_reals(char *json, size_t len) {
    size_t r = 0, w = 0;
    while (r < len) {
        char c = json[r];
        if (c == '"') {
            /* A string: copied as is, escapes included. */
            json[w++] = json[r++];
            while (r < len && json[r] != '"') {
                if (json[r] == '\\' && r + 1 < len) json[w++] = json[r++];
                json[w++] = json[r++];
            }
            if (r < len) json[w++] = json[r++];
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            size_t start = r;
            bool real = false;
            while (r < len && (json[r] == '-' || json[r] == '+' || json[r] == '.' || json[r] == 'e' || json[r] == 'E' ||
                               (json[r] >= '0' && json[r] <= '9'))) {
                if (json[r] == '.' || json[r] == 'e' || json[r] == 'E') real = true;
                r++;
            }
            size_t tl = r - start;
            char tok[64], out[32];
            if (real && tl < sizeof tok) {
                memcpy(tok, json + start, tl);
                tok[tl] = 0;
                int n = ag_double_shortest(strtod(tok, NULL), out);
                /* A real stays a real: "3.0", not "3". */
                if (!strpbrk(out, ".en") && n + 2 < 32) { memcpy(out + n, ".0", 3); n += 2; }
                if ((size_t)n <= tl) {
                    memcpy(json + w, out, (size_t)n);
                    w += (size_t)n;
                    continue;
                }
            }
            memmove(json + w, json + start, tl);
            w += tl;
            continue;
        }
        json[w++] = json[r++];
    }
    if (w < len) json[w] = 0;
    return w;
}
