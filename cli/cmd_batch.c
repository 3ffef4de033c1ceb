/* cmd_batch.c — `aigov check --batch FILE.jsonl` (or `-` for stdin): one profile a line
 * in, one result a line out (docs/batch.md), in input order, on --jobs threads.
 *
 * Pipeline: a reader thread cuts the input into chunks of lines; workers take chunks in
 * order, parse and decide each line with their own aigov_batch and render its output
 * line into the chunk; the main thread writes chunks in order and draws the progress
 * bar. A fixed ring of chunks bounds memory whatever the input size (a chunk holds at
 * most CHUNK_LINES lines or about CHUNK_BYTES bytes, plus one line of at most
 * MAX_LINE_BYTES). A bad line stops the run after the lines before it are written
 * (exit 2), or with --keep-going is reported on stderr and as an error record on stdout,
 * and the run goes on (exit 2 at the end). */
#define _GNU_SOURCE /* sched_getaffinity: the cores this process may run on */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_LINES 256
#define CHUNK_BYTES (1u << 20)
#define MAX_LINE_BYTES (8u << 20) /* as a profile file (docs/limits.md) */
#define MAX_JOBS 256

enum { EMPTY, FILLED, CLAIMED, DONE };

typedef struct chunk {
    int state;
    long seq;
    char *text;              /* the lines, each NUL-terminated */
    size_t len, cap;
    size_t off[CHUNK_LINES]; /* start of each line in text */
    size_t lens[CHUNK_LINES];
    long lineno[CHUNK_LINES];
    bool too_long[CHUNK_LINES];
    int n;
    aigov_buf out;           /* output lines */
    aigov_buf err;           /* formatted diagnostics, for stderr */
    bool bad;                /* a bad line (without --keep-going: the last one processed) */
    size_t bytes_in;         /* input bytes this chunk consumed, for the progress bar */
} chunk;

typedef struct shared {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    chunk *ring;
    int nring;
    long next_fill, next_claim, total; /* total = chunks read once the reader is done, else -1 */
    bool stop;                          /* the writer gave up: everyone stops */
    bool read_error;
    FILE *in;
    const char *name;
    const opts *o;
    const aigov_index *x;
} shared;

/* ---- Reading ----------------------------------------------------------------------------- */

typedef struct reader {
    FILE *f;
    char buf[1 << 16];
    size_t pos, len;
    bool eof, error;
    long line;
} reader;

static bool fill(reader *r) {
    if (r->eof) return false;
    r->len = fread(r->buf, 1, sizeof r->buf, r->f);
    r->pos = 0;
    if (r->len == 0) {
        r->eof = true;
        if (ferror(r->f)) r->error = true;
        return false;
    }
    return true;
}

static bool append(chunk *c, const char *s, size_t n) {
    if (c->len + n + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 65536;
        while (cap < c->len + n + 1) cap *= 2;
        char *t = realloc(c->text, cap);
        if (!t) return false;
        c->text = t;
        c->cap = cap;
    }
    memcpy(c->text + c->len, s, n);
    c->len += n;
    return true;
}

/* Reads one line into chunk c (as line c->n). Returns false at the end of input (or on
 * out of memory, with r->error set). Lines longer than MAX_LINE_BYTES are kept as empty
 * and marked too_long; their bytes are skipped. */
static bool read_line(reader *r, chunk *c) {
    size_t start = c->len, got = 0;
    bool any = false, too_long = false;
    for (;;) {
        if (r->pos == r->len && !fill(r)) break;
        any = true;
        char *nl = memchr(r->buf + r->pos, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - (r->buf + r->pos)) : r->len - r->pos;
        c->bytes_in += n + (nl != NULL);
        if (!too_long && got + n > MAX_LINE_BYTES) {
            too_long = true;
            c->len = start;
        }
        if (!too_long && !append(c, r->buf + r->pos, n)) { r->error = true; return false; }
        got += n;
        r->pos += n + (nl != NULL);
        if (nl) break;
    }
    if (!any) return false;
    size_t len = c->len - start;
    if (len && c->text[start + len - 1] == '\r') len--, c->len--; /* CRLF files */
    if (!append(c, "", 1)) { r->error = true; return false; }
    r->line++;
    c->off[c->n] = start;
    c->lens[c->n] = len;
    c->lineno[c->n] = r->line;
    c->too_long[c->n] = too_long;
    c->n++;
    return true;
}

static void *reader_main(void *arg) {
    shared *s = arg;
    reader *r = calloc(1, sizeof *r);
    if (r) r->f = s->in;
    long seq = 0;
    bool more = r != NULL;
    while (more) {
        pthread_mutex_lock(&s->mu);
        chunk *c = &s->ring[seq % s->nring];
        while (c->state != EMPTY && !s->stop) pthread_cond_wait(&s->cv, &s->mu);
        bool stop = s->stop;
        pthread_mutex_unlock(&s->mu);
        if (stop) break;
        c->n = 0;
        c->len = 0;
        c->bytes_in = 0;
        c->out.len = 0;
        c->err.len = 0;
        c->bad = false;
        while (c->n < CHUNK_LINES && c->len < CHUNK_BYTES && (more = read_line(r, c))) {
            /* Blank lines separate nothing in JSON Lines: skip them (their numbers count). */
            const char *t = c->text + c->off[c->n - 1];
            if (!c->too_long[c->n - 1] && t[strspn(t, " \t")] == 0) { c->n--; c->len = c->off[c->n]; }
        }
        pthread_mutex_lock(&s->mu);
        if (c->n) {
            c->seq = seq++;
            c->state = FILLED;
        }
        if (!more) {
            s->total = seq;
            if (r->error) s->read_error = true;
        }
        pthread_cond_broadcast(&s->cv);
        pthread_mutex_unlock(&s->mu);
    }
    if (!r) {
        pthread_mutex_lock(&s->mu);
        s->total = 0;
        s->read_error = true;
        pthread_cond_broadcast(&s->cv);
        pthread_mutex_unlock(&s->mu);
    }
    free(r);
    return NULL;
}

/* ---- Workers ------------------------------------------------------------------------------- */

typedef struct worker {
    shared *s;
    aigov_batch *b;
} worker;

static void diag_text(aigov_buf *err, const aigov_diags *d) {
    for (int i = 0; i < d->n; i++) {
        char *m = aigov_diag_format(&d->items[i]);
        if (!m) continue;
        size_t n = strlen(m);
        if (err->len + n + 1 > err->cap) {
            size_t cap = err->cap ? err->cap * 2 : 4096;
            while (cap < err->len + n + 1) cap *= 2;
            char *t = realloc(err->data, cap);
            if (!t) { free(m); return; }
            err->data = t;
            err->cap = cap;
        }
        memcpy(err->data + err->len, m, n + 1);
        err->len += n;
        free(m);
    }
}

static void process(worker *wk, chunk *c) {
    const opts *o = wk->s->o;
    for (int i = 0; i < c->n; i++) {
        aigov_diags d;
        aigov_diags_init(&d, 20);
        aigov_status st;
        if (c->too_long[i]) {
            st = AIGOV_LIMIT;
            /* Reported like every other bad record: file:line, then what is wrong. */
            aigov_diag g;
            memset(&g, 0, sizeof g);
            snprintf(g.file, sizeof g.file, "%s:%ld", wk->s->name, c->lineno[i]);
            snprintf(g.message, sizeof g.message, "line is longer than the limit of %u bytes", MAX_LINE_BYTES);
            d.items = malloc(sizeof g);
            if (d.items) { d.items[0] = g; d.n = 1; }
        } else {
            st = aigov_batch_line(wk->b, wk->s->name, c->lineno[i], c->text + c->off[i], c->lens[i], &c->out, &d);
        }
        if (st != AIGOV_OK) {
            c->bad = true;
            diag_text(&c->err, &d);
            if (o->keep_going) aigov_batch_error_line(c->lineno[i], &d, &c->out);
            aigov_diags_free(&d);
            if (!o->keep_going) return;
            continue;
        }
        aigov_diags_free(&d);
    }
}

static void *worker_main(void *arg) {
    worker *wk = arg;
    shared *s = wk->s;
    for (;;) {
        pthread_mutex_lock(&s->mu);
        chunk *c = NULL;
        for (;;) {
            if (s->stop) break;
            chunk *k = &s->ring[s->next_claim % s->nring];
            if (k->state == FILLED && k->seq == s->next_claim) { c = k; c->state = CLAIMED; s->next_claim++; break; }
            if (s->total >= 0 && s->next_claim >= s->total) break;
            pthread_cond_wait(&s->cv, &s->mu);
        }
        pthread_mutex_unlock(&s->mu);
        if (!c) return NULL;
        process(wk, c);
        pthread_mutex_lock(&s->mu);
        c->state = DONE;
        pthread_cond_broadcast(&s->cv);
        pthread_mutex_unlock(&s->mu);
    }
}

/* ---- Progress ------------------------------------------------------------------------------- */

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void progress(long lines, size_t bytes, size_t total_bytes, double t0, bool last) {
    double dt = now() - t0;
    double rate = dt > 0 ? (double)lines / dt : 0;
    if (total_bytes) {
        double frac = (double)bytes / (double)total_bytes;
        if (frac > 1) frac = 1;
        int w = 30, fillw = (int)(frac * w);
        char bar[32];
        for (int i = 0; i < w; i++) bar[i] = i < fillw ? '#' : '.';
        bar[w] = 0;
        fprintf(stderr, "\r[%s] %3.0f%%  %ld profiles  %.0f/s ", bar, frac * 100, lines, rate);
    } else {
        fprintf(stderr, "\r%ld profiles  %.0f/s ", lines, rate);
    }
    if (last) fputc('\n', stderr);
    fflush(stderr);
}

/* ---- The command ------------------------------------------------------------------------------ */

/* The cores this process may run on (its CPU affinity: a container or `taskset` may allow
 * fewer than the machine has), the default of --jobs. */
static long cores_available(void) {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    return sysconf(_SC_NPROCESSORS_ONLN);
}

int check_batch(const opts *o) {
    if (o->nargs) { usage_error("check --batch reads the profiles from FILE; found an extra argument '%s'", o->args[0]); return EXIT_BAD; }
    if (o->format && strcmp(o->format, "json")) {
        usage_error("check --batch writes JSON Lines; --format '%s' is not supported with it", o->format);
        return EXIT_BAD;
    }
    if (o->fail_on) { usage_error("--fail-on is not supported with --batch (read each line's summary)%s", ""); return EXIT_BAD; }
    long jobs = cores_available();
    if (jobs > MAX_JOBS) jobs = MAX_JOBS;
    if (o->jobs) {
        char *end;
        errno = 0;
        jobs = strtol(o->jobs, &end, 10);
        if (errno || *end || end == o->jobs || jobs < 1 || jobs > MAX_JOBS) {
            fprintf(stderr, "aigov: error: invalid --jobs '%s': expected a whole number from 1 to %d\n", o->jobs, MAX_JOBS);
            return EXIT_BAD;
        }
    }
    if (jobs < 1) jobs = 1;
    const char *name = strcmp(o->batch, "-") ? o->batch : "<stdin>";
    FILE *in = strcmp(o->batch, "-") ? fopen(o->batch, "rb") : stdin;
    if (!in) { fprintf(stderr, "%s: error: cannot open: %s\n", o->batch, strerror(errno)); return EXIT_BAD; }
    struct stat st;
    size_t total_bytes = 0;
    if (fstat(fileno(in), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            fprintf(stderr, "%s: error: is a directory, expected a JSON Lines file\n", o->batch);
            if (in != stdin) fclose(in);
            return EXIT_BAD;
        }
        if (S_ISREG(st.st_mode)) total_bytes = (size_t)st.st_size;
    }
    aigov_corpus *c = load_corpus(o);
    if (!c) { if (in != stdin) fclose(in); return EXIT_BAD; }
    int rc = 0;
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_index *x = NULL;
    worker *wk = calloc((size_t)jobs, sizeof *wk);
    pthread_t *th = calloc((size_t)jobs, sizeof *th);
    shared s;
    memset(&s, 0, sizeof s);
    s.nring = (int)(jobs * 4);
    s.ring = calloc((size_t)s.nring, sizeof *s.ring);
    if (!wk || !th || !s.ring) { fputs("aigov: error: out of memory\n", stderr); rc = EXIT_BAD; goto done; }
    if (aigov_index_new(c, &x, &d) != AIGOV_OK) { print_diags(&d); rc = EXIT_BAD; goto done; }
    aigov_check_opts co = {o->role, o->all};
    for (long i = 0; i < jobs; i++) {
        wk[i].s = &s;
        if (aigov_batch_new(x, &co, o->date, &wk[i].b, &d) != AIGOV_OK) { print_diags(&d); rc = EXIT_BAD; goto done; }
    }
    pthread_mutex_init(&s.mu, NULL);
    pthread_cond_init(&s.cv, NULL);
    s.total = -1;
    s.in = in;
    s.name = name;
    s.o = o;
    s.x = x;
    pthread_t rt;
    if (pthread_create(&rt, NULL, reader_main, &s) != 0) { fputs("aigov: error: cannot start a thread\n", stderr); rc = EXIT_BAD; goto done_sync; }
    long started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&th[started], NULL, worker_main, &wk[started]) != 0) break;
    if (started == 0) {
        fputs("aigov: error: cannot start a thread\n", stderr);
        pthread_mutex_lock(&s.mu);
        s.stop = true;
        pthread_cond_broadcast(&s.cv);
        pthread_mutex_unlock(&s.mu);
        pthread_join(rt, NULL);
        rc = EXIT_BAD;
        goto done_sync;
    }
    bool bar = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
    double t0 = now(), last = 0;
    long lines = 0;
    size_t bytes = 0;
    bool bad = false;
    for (long seq = 0;; seq++) {
        pthread_mutex_lock(&s.mu);
        chunk *k = &s.ring[seq % s.nring];
        while (!(k->state == DONE && k->seq == seq) && !(s.total >= 0 && seq >= s.total)) pthread_cond_wait(&s.cv, &s.mu);
        bool end = !(k->state == DONE && k->seq == seq);
        pthread_mutex_unlock(&s.mu);
        if (end) break;
        if (k->out.len && fwrite(k->out.data, 1, k->out.len, stdout) != k->out.len) { perror("aigov: stdout"); rc = EXIT_BAD; }
        if (k->err.len) {
            if (bar) fputc('\n', stderr);
            fwrite(k->err.data, 1, k->err.len, stderr);
        }
        lines += k->n;
        bytes += k->bytes_in;
        bool stop_now = rc != 0 || (k->bad && !o->keep_going);
        bad |= k->bad;
        pthread_mutex_lock(&s.mu);
        k->state = EMPTY;
        if (stop_now) s.stop = true;
        pthread_cond_broadcast(&s.cv);
        pthread_mutex_unlock(&s.mu);
        if (bar && now() - last > 0.1) { progress(lines, bytes, total_bytes, t0, false); last = now(); }
        if (stop_now) break;
    }
    if (bar) progress(lines, bytes, total_bytes, t0, true);
    for (long i = 0; i < started; i++) pthread_join(th[i], NULL);
    pthread_join(rt, NULL);
    if (fflush(stdout) != 0) { perror("aigov: stdout"); rc = EXIT_BAD; }
    if (s.read_error) { fprintf(stderr, "%s: error: cannot read: %s\n", name, errno ? strerror(errno) : "read error"); rc = EXIT_BAD; }
    if (bad) {
        if (o->keep_going) fprintf(stderr, "aigov: %s: some lines were bad (reported above); the others were checked\n", name);
        rc = EXIT_BAD;
    }
done_sync:
    pthread_cond_destroy(&s.cv);
    pthread_mutex_destroy(&s.mu);
done:
    for (long i = 0; wk && i < jobs; i++) aigov_batch_free(wk[i].b);
    for (int i = 0; s.ring && i < s.nring; i++) {
        free(s.ring[i].text);
        free(s.ring[i].out.data);
        free(s.ring[i].err.data);
    }
    free(s.ring);
    free(wk);
    free(th);
    aigov_index_free(x);
    aigov_diags_free(&d);
    aigov_corpus_free(c);
    if (in != stdin) fclose(in);
    return rc;
}
