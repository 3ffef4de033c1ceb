/* http.c — the HTTP front of `aigov serve` over libmicrohttpd (the only file that
 * includes microhttpd.h): listening, request bodies and their size limit, idle
 * timeouts, and graceful shutdown on SIGTERM/SIGINT. What a request means is api.c's
 * business; this file moves bytes and never interprets them. */
#include "server.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* One TCP connection, tracked from accept to close so that a watchdog can end it when a
 * request takes longer than the deadline to arrive (slow headers or body: slowloris). */
typedef struct sv_tcp {
    struct sv_tcp *prev, *next;
    int fd;
    struct timespec since;  /* start of the request now arriving (accept, or end of the last one) */
    bool handling;          /* the request is complete and being answered: not timed */
} sv_tcp;

typedef struct sv_http {
    sv_app *app;
    size_t max_body;        /* the largest body any route takes */
    size_t budget;          /* bytes of request bodies that may be buffered at once */
    atomic_size_t buffered; /* bytes reserved now, all connections */
    atomic_int inflight;
    int deadline_s;
    pthread_mutex_t lock;   /* guards the list of connections */
    sv_tcp head;            /* circular list */
    atomic_bool stop;
    atomic_ulong cut;       /* connections ended by the deadline */
    /* The analysis pool: checks and analyses run on threads of their own, off the threads
     * that read and answer the connections, under the request's work budget. */
    pthread_mutex_t qmu;
    pthread_cond_t qcv;
    sv_stream *qhead, *qtail;  /* waiting to run */
    sv_stream *jobs;           /* every job not yet finished (waiting or running), for cancelling */
    int queued, max_queued;
    bool stopping;
    int nworkers;
    pthread_t *workers;
    sv_budget budget_;
} sv_http;

/* A request that runs on the analysis pool (sv_stream in server.h): a copy of the request
 * (the connection may end while it runs), its work budget, and the answer as it streams.
 * Held by the connection, the worker, and the streamed response while each lives. */
struct sv_stream {
    sv_stream *next;           /* h->qhead's queue */
    sv_stream *jprev, *jnext;  /* h->jobs */
    sv_http *h;
    struct MHD_Connection *c;
    int fd;                    /* the connection's socket, -1 once it ended */
    sv_request rq;
    char *strings;             /* what rq points into */
    char *body;
    sv_response rs;
    aigov_work *work;
    struct timespec deadline;  /* the request's time budget, also for a slow reader */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    char *buf;                 /* streamed bytes not yet sent: buf[off..len) */
    size_t len, off, cap;
    const char *type;
    _Atomic bool started;      /* read by the watchdog without mu */
    bool done, gone, suspended;
    int refs;
};

/* Per-request state, kept by MHD between the calls of one request. */
typedef struct sv_conn {
    char *body;
    size_t len, cap;
    size_t reserved;        /* bytes of h->budget this request holds */
    size_t limit;           /* the route's body limit */
    int refused;            /* an answer was queued early: discard the rest of the body */
    sv_tcp *tcp;
    char *argbuf;           /* decoded query arguments */
    size_t argused, argcap;
    bool badarg;
    bool started;           /* on_request has seen the headers */
    bool too_many_args;     /* the query string was cut at SV_MAX_ARGS + 1 arguments */
    bool nul_target;        /* a raw NUL in the request target */
    int late;               /* 413 or 503 found while the body arrived: answered at its end */
    sv_stream *job;         /* the request runs on the analysis pool */
} sv_conn;

/* Headers of every answer: no sniffing, no caching, and a Content-Security-Policy that lets
 * the web page (server/web/) load only its own script, style and data, and no other site
 * frame it (clickjacking). */
static void common_headers(struct MHD_Response *r) {
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; "
                            "object-src 'none'; "
                            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
}

static enum MHD_Result queue(struct MHD_Connection *c, sv_response *rs) {
    struct MHD_Response *r;
    if (rs->body_static) r = MHD_create_response_from_buffer(rs->body_len, rs->body, MHD_RESPMEM_PERSISTENT);
    else {
        r = MHD_create_response_from_buffer(rs->body_len, rs->body, MHD_RESPMEM_MUST_FREE);
        if (!r) free(rs->body);
    }
    rs->body = NULL;
    if (!r) return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, rs->content_type ? rs->content_type : "application/json");
    common_headers(r);
    if (rs->allow) MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, rs->allow);
    if (rs->preference_applied) MHD_add_response_header(r, "Preference-Applied", rs->preference_applied);
    if (rs->challenge) MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer realm=\"aigov\"");
    if (rs->retry_after > 0) {
        char ra[16];
        snprintf(ra, sizeof ra, "%d", rs->retry_after);
        MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, ra);
    }
    if (rs->close) MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)rs->status, r);
    MHD_destroy_response(r);
    return ok;
}

/* An error answered by this file (before api.c sees the request), as JSON like every other
 * error of the API. The connection is closed after it: the rest of the request is unread. */
/* An error answer {"error": {"code", "message"}} that closes the connection. */
static void error_response(sv_response *rs, int status, const char *code, int retry_after, char *msg) {
    /* jansson escapes what the message quotes from the request (a path, a header); bytes
     * outside printable ASCII become '?', so a cut or invalid UTF-8 sequence cannot make
     * the answer fail. */
    for (char *p = msg; *p; p++)
        if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e) *p = '?';
    json_t *j = json_pack("{s{ssss}}", "error", "code", code, "message", msg);
    *rs = (sv_response){.status = status, .content_type = "application/json", .retry_after = retry_after, .close = true};
    rs->body = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    rs->body_len = rs->body ? strlen(rs->body) : 0;
}

static enum MHD_Result refuse(struct MHD_Connection *c, sv_conn *k, int status, const char *code, int retry_after,
                              const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sv_response rs;
    error_response(&rs, status, code, retry_after, msg);
    if (k) k->refused = status;
    return queue(c, &rs);
}

static void release(sv_http *h, sv_conn *k) {
    if (k->reserved) atomic_fetch_sub(&h->buffered, k->reserved);
    k->reserved = 0;
}

/* Reserves `more` bytes of the shared body budget; false when it is spent. */
static bool reserve(sv_http *h, sv_conn *k, size_t more) {
    size_t cur = atomic_load(&h->buffered);
    do {
        if (cur + more > h->budget) return false;
    } while (!atomic_compare_exchange_weak(&h->buffered, &cur, cur + more));
    k->reserved += more;
    return true;
}

static int hexval(char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* MHD would percent-decode the path before routing, so that "%2F" became a separator and
 * "%00" cut an id short. The path reaches api.c raw (it splits, then decodes each
 * segment); query arguments are decoded here, in arg_iter. */
static size_t no_unescape(void *cls, struct MHD_Connection *c, char *s) {
    (void)cls;
    (void)c;
    return strlen(s);
}

/* Decodes %XX in s into k->argbuf; NULL (and k->badarg) for a bad escape or %00. */
static const char *decode_arg(sv_conn *k, const char *s) {
    size_t n = strlen(s);
    if (k->argused + n + 1 > k->argcap) return NULL; /* sized in on_request: cannot happen */
    char *out = k->argbuf + k->argused, *o = out;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '%') { *o++ = s[i]; continue; }
        int a = i + 2 < n ? hexval(s[i + 1]) : -1;
        int b = a >= 0 ? hexval(s[i + 2]) : -1;
        if (a < 0 || b < 0 || (a == 0 && b == 0)) { k->badarg = true; return NULL; }
        *o++ = (char)(a * 16 + b);
        i += 2;
    }
    *o++ = 0;
    k->argused += (size_t)(o - out);
    return out;
}

typedef struct arg_ctx {
    sv_request *rq;
    sv_conn *k;
} arg_ctx;

static enum MHD_Result arg_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    (void)kind;
    arg_ctx *x = cls;
    sv_request *rq = x->rq;
    if (rq->nargs >= SV_MAX_ARGS) { rq->too_many_args = true; return MHD_NO; }
    const char *k = decode_arg(x->k, key), *v = decode_arg(x->k, value ? value : "");
    if (!k || !v) return MHD_NO;
    rq->args[rq->nargs].key = k;
    rq->args[rq->nargs].value = v;
    rq->nargs++;
    return MHD_YES;
}

typedef struct hdr_count {
    int content_length, transfer_encoding;
    const char *te;
    const char *bad_name;   /* a header name that is not a token, or a framing header's name run on */
    size_t arg_bytes;
    int nargs;
} hdr_count;

static enum MHD_Result count_headers(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    hdr_count *hc = cls;
    if (kind == MHD_GET_ARGUMENT_KIND) {
        hc->arg_bytes += strlen(key) + (value ? strlen(value) : 0) + 2;
        hc->nargs++;
        return MHD_YES;
    }
    /* RFC 9112 5.1: no whitespace between a field name and its colon; 5.2: no obs-fold.
     * MHD keeps the first in the name ("Content-Length ") and runs a folded line into the
     * name before it ("X-ATransfer-Encoding: chunked", "Transfer-Encodingchunked"): a name
     * that is not a token, or that starts with a framing header's name and goes on, is
     * refused, so no request can be framed by one header while another hides. */
    bool token = *key != 0;
    for (const char *p = key; *p && token; p++)
        token = isalnum((unsigned char)*p) || (*p && strchr("!#$%&'*+-.^_`|~", *p));
    if (!token || (strlen(key) > 14 && !strncasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH, 14)) ||
        (strlen(key) > 17 && !strncasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING, 17)))
        if (!hc->bad_name) hc->bad_name = key;
    if (!strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH)) hc->content_length++;
    if (!strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING)) { hc->transfer_encoding++; hc->te = value; }
    return MHD_YES;
}

static void tcp_mark(sv_http *h, sv_tcp *t, bool handling) {
    if (!t) return;
    pthread_mutex_lock(&h->lock);
    t->handling = handling;
    if (!handling) clock_gettime(CLOCK_MONOTONIC, &t->since);
    pthread_mutex_unlock(&h->lock);
}

/* The first call of a request: its headers are in. Refuses what cannot be framed safely
 * (repeated Content-Length, Transfer-Encoding other than chunked, or both at once), and
 * bodies larger than the route takes, before reading a byte of them. */
static enum MHD_Result on_headers(sv_http *h, struct MHD_Connection *c, sv_conn *k, const char *url, const char *method) {
    hdr_count hc = {0};
    MHD_get_connection_values(c, MHD_HEADER_KIND, count_headers, &hc);
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, count_headers, &hc);
    k->argcap = hc.arg_bytes + 2 * (size_t)hc.nargs + 16;
    k->argbuf = malloc(k->argcap);
    if (!k->argbuf) return refuse(c, k, 503, "unavailable", 1, "out of memory; try again");
    if (k->nul_target) return refuse(c, k, 400, "bad_request", 0, "%s", "a raw NUL byte in the request target (RFC 9112 3.2)");
    if (hc.bad_name)
        return refuse(c, k, 400, "bad_request", 0, "header name '%.60s' is not a token: whitespace before the colon, or a "
                      "folded line (RFC 9112 5.1, 5.2)", hc.bad_name);
    if (hc.content_length > 1)
        return refuse(c, k, 400, "bad_request", 0, "%d Content-Length headers: a request may have one", hc.content_length);
    if (hc.transfer_encoding > 1)
        return refuse(c, k, 400, "bad_request", 0, "%d Transfer-Encoding headers: a request may have one", hc.transfer_encoding);
    if (hc.transfer_encoding && strcasecmp(hc.te, "chunked"))
        return refuse(c, k, 501, "not_implemented", 0, "Transfer-Encoding '%.40s' is not supported (only chunked)", hc.te);
    if (hc.transfer_encoding && hc.content_length)
        return refuse(c, k, 400, "bad_request", 0, "%s", "both Content-Length and Transfer-Encoding: a request may have one");
    /* A check or analysis that would find the pool full is refused before its body is read. */
    if (sv_app_heavy(method, url)) {
        pthread_mutex_lock(&h->qmu);
        bool full = h->queued >= h->max_queued || h->stopping;
        pthread_mutex_unlock(&h->qmu);
        if (full) return refuse(c, k, 503, "busy", 1, "%s", "checks and analyses of other requests fill the analysis pool; try again");
    }
    k->limit = sv_app_body_limit(h->app, method, url, h->max_body);
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl) {
        errno = 0;
        char *end;
        unsigned long long n = strtoull(cl, &end, 10);
        if (errno || *end || end == cl || cl[0] == '-' || cl[0] == '+')
            return refuse(c, k, 400, "bad_request", 0, "%s", "Content-Length is not a number");
        if (n > k->limit)
            return refuse(c, k, 413, "too_large", 0, "the request body exceeds the limit of %zu bytes for %s %.100s", k->limit, method, url);
        /* Reserve the whole body now, so that a client cannot start a hundred large bodies
         * and only then find the budget spent. */
        if (n && !reserve(h, k, (size_t)n + 1))
            return refuse(c, k, 503, "busy", 1, "%s", "the server is receiving too many request bodies; try again");
    }
    return MHD_YES;
}

/* ---- The analysis pool ------------------------------------------------------------------ */
#define SV_STREAM_BUFFER ((size_t)1 << 20) /* streamed bytes that may wait for a client, a request */

static void job_unref(sv_stream *j) {
    pthread_mutex_lock(&j->mu);
    bool last = --j->refs == 0;
    pthread_mutex_unlock(&j->mu);
    if (!last) return;
    pthread_mutex_destroy(&j->mu);
    pthread_cond_destroy(&j->cv);
    aigov_work_free(j->work);
    if (!j->rs.body_static) free(j->rs.body);
    free(j->buf);
    free(j->strings);
    free(j->body);
    free(j);
}

static void mono_after(struct timespec *t, int seconds) {
    clock_gettime(CLOCK_MONOTONIC, t);
    t->tv_sec += seconds;
}

static bool mono_past(const struct timespec *t) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

static char *put_str(char **p, const char *s) {
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *out = memcpy(*p, s, n);
    *p += n;
    return out;
}

/* A job for the request: a copy of what the handler reads (the connection may end while it
 * runs; the body is taken over), its work budget, one reference for the connection and one
 * for the worker. */
static sv_stream *job_new(sv_http *h, struct MHD_Connection *c, sv_conn *k, const sv_request *rq) {
    sv_stream *j = calloc(1, sizeof *j);
    if (!j) return NULL;
    const char *const hdr[] = {rq->method, rq->path, rq->content_type, rq->authorization, rq->cosign, rq->prefer};
    size_t need = 1;
    for (size_t i = 0; i < sizeof hdr / sizeof hdr[0]; i++) need += hdr[i] ? strlen(hdr[i]) + 1 : 0;
    for (int i = 0; i < rq->nargs; i++) need += strlen(rq->args[i].key) + strlen(rq->args[i].value) + 2;
    j->strings = malloc(need);
    j->work = aigov_work_new(h->budget_.max_steps, (uint64_t)h->budget_.max_seconds * 1000u);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    bool sync = pthread_mutex_init(&j->mu, NULL) == 0;
    if (sync && pthread_cond_init(&j->cv, &ca) != 0) { pthread_mutex_destroy(&j->mu); sync = false; }
    pthread_condattr_destroy(&ca);
    if (!j->strings || !j->work || !sync) {
        if (sync) { pthread_mutex_destroy(&j->mu); pthread_cond_destroy(&j->cv); }
        aigov_work_free(j->work);
        free(j->strings);
        free(j);
        return NULL;
    }
    j->rq = *rq;
    char *p = j->strings;
    j->rq.method = put_str(&p, rq->method);
    j->rq.path = put_str(&p, rq->path);
    j->rq.content_type = put_str(&p, rq->content_type);
    j->rq.authorization = put_str(&p, rq->authorization);
    j->rq.cosign = put_str(&p, rq->cosign);
    j->rq.prefer = put_str(&p, rq->prefer);
    for (int i = 0; i < rq->nargs; i++) {
        j->rq.args[i].key = put_str(&p, rq->args[i].key);
        j->rq.args[i].value = put_str(&p, rq->args[i].value);
    }
    j->body = k->body; /* taken over: the connection no longer frees it */
    k->body = NULL;
    j->rq.body = j->body ? j->body : "";
    j->rq.work = j->work;
    j->rq.stream = j;
    j->h = h;
    j->c = c;
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    j->fd = ci ? ci->connect_fd : -1;
    mono_after(&j->deadline, h->budget_.max_seconds);
    j->refs = 2;
    return j;
}

/* Lets MHD go on with the connection (under j->mu). */
static void job_resume(sv_stream *j) {
    if (j->suspended && !j->gone) {
        j->suspended = false;
        MHD_resume_connection(j->c);
    }
}

void sv_stream_begin(sv_stream *j, const char *content_type) {
    pthread_mutex_lock(&j->mu);
    j->type = content_type;
    j->started = true;
    job_resume(j);
    pthread_mutex_unlock(&j->mu);
}

bool sv_stream_write(sv_stream *j, const char *data, size_t len) {
    pthread_mutex_lock(&j->mu);
    /* Back pressure: a client that reads slowly holds the producer, within the time budget. */
    while (!j->gone && aigov_work_stopped(j->work) == AIGOV_WORK_RUNNING && j->len > j->off &&
           j->len - j->off + len > SV_STREAM_BUFFER) {
        if (mono_past(&j->deadline)) { aigov_work_cancel(j->work); break; }
        struct timespec t;
        clock_gettime(CLOCK_MONOTONIC, &t);
        t.tv_nsec += 200 * 1000 * 1000;
        if (t.tv_nsec >= 1000000000) { t.tv_sec++; t.tv_nsec -= 1000000000; }
        pthread_cond_timedwait(&j->cv, &j->mu, &t);
    }
    bool ok = !j->gone && aigov_work_stopped(j->work) == AIGOV_WORK_RUNNING;
    if (ok && j->off) {
        memmove(j->buf, j->buf + j->off, j->len - j->off);
        j->len -= j->off;
        j->off = 0;
    }
    if (ok && j->len + len > j->cap) {
        size_t cap = j->cap ? j->cap : 65536;
        while (cap < j->len + len) cap *= 2;
        char *nb = realloc(j->buf, cap);
        if (nb) { j->buf = nb; j->cap = cap; }
        else ok = false;
    }
    if (ok) {
        memcpy(j->buf + j->len, data, len);
        j->len += len;
        job_resume(j);
    }
    pthread_mutex_unlock(&j->mu);
    return ok;
}

/* MHD asks for the next bytes of a streamed answer: what waits, the end, or (nothing yet)
 * the connection is suspended until the producer writes. */
static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max) {
    (void)pos;
    sv_stream *j = cls;
    pthread_mutex_lock(&j->mu);
    ssize_t r;
    if (j->off < j->len) {
        size_t n = j->len - j->off < max ? j->len - j->off : max;
        memcpy(buf, j->buf + j->off, n);
        j->off += n;
        pthread_cond_broadcast(&j->cv);
        r = (ssize_t)n;
    } else if (j->done) {
        /* Cut short by its time budget or a stop: the chunked answer ends without its last
         * chunk, so the client knows it is incomplete. */
        r = aigov_work_stopped(j->work) == AIGOV_WORK_RUNNING ? MHD_CONTENT_READER_END_OF_STREAM : MHD_CONTENT_READER_END_WITH_ERROR;
    } else {
        MHD_suspend_connection(j->c);
        j->suspended = true;
        r = 0;
    }
    pthread_mutex_unlock(&j->mu);
    return r;
}

static void stream_free(void *cls) { job_unref(cls); }

static void *pool_worker(void *arg) {
    sv_http *h = arg;
    pthread_mutex_lock(&h->qmu);
    for (;;) {
        while (!h->qhead && !h->stopping) pthread_cond_wait(&h->qcv, &h->qmu);
        sv_stream *j = h->qhead;
        if (!j) break; /* stopping, and nothing waits */
        h->qhead = j->next;
        if (!h->qhead) h->qtail = NULL;
        pthread_mutex_unlock(&h->qmu);
        if (aigov_work_stopped(j->work) == AIGOV_WORK_RUNNING) {
            aigov_work_bind(j->work);
            sv_app_handle(h->app, &j->rq, &j->rs);
            aigov_work_bind(NULL);
        } else {
            char msg[] = "the request was cancelled before it ran: the service is stopping or the client left; try again";
            error_response(&j->rs, 503, "unavailable", 1, msg);
        }
        pthread_mutex_lock(&j->mu);
        j->done = true;
        pthread_cond_broadcast(&j->cv);
        job_resume(j);
        pthread_mutex_unlock(&j->mu);
        pthread_mutex_lock(&h->qmu);
        if (j->jprev) j->jprev->jnext = j->jnext;
        else h->jobs = j->jnext;
        if (j->jnext) j->jnext->jprev = j->jprev;
        h->queued--;
        pthread_mutex_unlock(&h->qmu);
        job_unref(j);
        pthread_mutex_lock(&h->qmu);
    }
    pthread_mutex_unlock(&h->qmu);
    return NULL;
}

/* Hands a complete request of a heavy route to the pool and suspends its connection; 503
 * when the pool's queue is full. */
static enum MHD_Result to_pool(sv_http *h, struct MHD_Connection *c, sv_conn *k, const sv_request *rq) {
    pthread_mutex_lock(&h->qmu);
    bool full = h->queued >= h->max_queued || h->stopping;
    pthread_mutex_unlock(&h->qmu);
    if (full)
        return refuse(c, k, 503, "busy", 1, "%s", "checks and analyses of other requests fill the analysis pool; try again");
    sv_stream *j = job_new(h, c, k, rq);
    if (!j) return refuse(c, k, 503, "unavailable", 1, "%s", "out of memory; try again");
    k->job = j;
    pthread_mutex_lock(&j->mu);
    MHD_suspend_connection(c);
    j->suspended = true;
    pthread_mutex_lock(&h->qmu);
    j->next = NULL;
    if (h->qtail) h->qtail->next = j;
    else h->qhead = j;
    h->qtail = j;
    j->jnext = h->jobs;
    if (h->jobs) h->jobs->jprev = j;
    h->jobs = j;
    h->queued++;
    pthread_cond_signal(&h->qcv);
    pthread_mutex_unlock(&h->qmu);
    pthread_mutex_unlock(&j->mu);
    return MHD_YES;
}

/* The connection of a pooled request is resumed: its answer (or the start of its stream)
 * is ready. */
static enum MHD_Result from_pool(struct MHD_Connection *c, sv_stream *j) {
    pthread_mutex_lock(&j->mu);
    if (j->started) {
        j->refs++;
        pthread_mutex_unlock(&j->mu);
        struct MHD_Response *r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 65536, stream_read, j, stream_free);
        if (!r) { job_unref(j); return MHD_NO; }
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, j->type ? j->type : "application/json");
        common_headers(r);
        enum MHD_Result ok = MHD_queue_response(c, 200, r);
        MHD_destroy_response(r);
        return ok;
    }
    if (j->done) {
        sv_response rs = j->rs;
        memset(&j->rs, 0, sizeof j->rs);
        pthread_mutex_unlock(&j->mu);
        return queue(c, &rs);
    }
    MHD_suspend_connection(c); /* woken before its answer: wait again */
    j->suspended = true;
    pthread_mutex_unlock(&j->mu);
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    (void)version;
    sv_http *h = cls;
    sv_conn *k = *con_cls;
    if (!k) return MHD_NO; /* on_uri could not allocate it */
    if (!k->started) {
        k->started = true;
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
        k->tcp = ci ? ci->socket_context : NULL;
        return on_headers(h, c, k, url, method);
    }
    if (k->refused) { *upload_size = 0; return MHD_YES; } /* answered already: drop the rest */
    if (k->job) return from_pool(c, k->job);
    if (*upload_size) {
        /* MHD cannot send an answer while a body arrives: a body found too large is read
         * to its end and dropped (the request deadline bounds how long), then refused. */
        if (k->late) { *upload_size = 0; return MHD_YES; }
        int late = 0;
        if (k->len + *upload_size > k->limit) late = 413;
        else if (k->len + *upload_size + 1 > k->cap) {
            size_t cap = k->cap ? k->cap : 4096;
            while (cap < k->len + *upload_size + 1) cap *= 2;
            if (cap > k->limit + 1) cap = k->limit + 1;
            char *nb = NULL;
            if (cap > k->reserved && !reserve(h, k, cap - k->reserved)) late = 503;
            else if (!(nb = realloc(k->body, cap))) late = 503;
            else { k->body = nb; k->cap = cap; }
        }
        if (late) {
            k->late = late;
            free(k->body);
            k->body = NULL;
            k->len = k->cap = 0;
            release(h, k);
            *upload_size = 0;
            return MHD_YES;
        }
        memcpy(k->body + k->len, upload, *upload_size);
        k->len += *upload_size;
        k->body[k->len] = 0;
        *upload_size = 0;
        return MHD_YES;
    }
    if (k->late == 413)
        return refuse(c, k, 413, "too_large", 0, "the request body exceeds the limit of %zu bytes for %s %.100s", k->limit, method, url);
    if (k->late)
        return refuse(c, k, 503, "busy", 1, "%s", "the server is receiving too many request bodies; try again");
    tcp_mark(h, k->tcp, true);
    sv_request rq = {.method = method, .path = url, .body = k->body ? k->body : "", .body_len = k->len};
    arg_ctx ax = {&rq, k};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, arg_iter, &ax);
    if (k->too_many_args) rq.too_many_args = true;
    if (k->badarg) return refuse(c, k, 400, "invalid", 0, "%s", "a query argument has a bad percent-escape or an encoded NUL (%00)");
    rq.content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    rq.authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    rq.cosign = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Aigov-Cosign");
    rq.prefer = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Prefer");
    if (sv_app_heavy(method, url)) return to_pool(h, c, k, &rq);
    sv_response rs = {0};
    sv_app_handle(h->app, &rq, &rs);
    return queue(c, &rs);
}

/* Called with the request line's URI before MHD splits the query string. Each argument
 * costs MHD a record in the connection's 64 KiB memory pool, and a thousand of them
 * exhausted it with no answer at all; so a query string is cut after SV_MAX_ARGS + 1
 * arguments here (in MHD's own read buffer, which it parses next) and the request is
 * answered 400 "too many query arguments" by api.c. Also starts the request's state. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c) {
    (void)c;
    sv_http *h = cls;
    sv_conn *k = calloc(1, sizeof *k);
    if (!k) return NULL;
    atomic_fetch_add(&h->inflight, 1);
    /* A raw NUL in the request target: MHD's C string ends there, and "/v1/systems/a\0../b"
     * would be routed as "/v1/systems/a". MHD has cut the request line into NUL-terminated
     * pieces in its buffer, the version right after the target; anything else after the
     * target's NUL was part of the target (RFC 9112 3.2: refused). */
    const char *after = uri + strlen(uri) + 1;
    if (strncmp(after, "HTTP/", 5)) k->nul_target = true;
    char *q = strchr(uri, '?');
    for (int n = 0; q && *q; q++)
        if (*q == '&' && ++n > SV_MAX_ARGS) {
            *q = 0; /* the buffer is MHD's, writable; the const is the API's promise to callers */
            k->too_many_args = true;
            break;
        }
    return k;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)c;
    (void)toe;
    sv_http *h = cls;
    sv_conn *k = *con_cls;
    if (!k) return;
    tcp_mark(h, k->tcp, false);
    if (k->job) {
        sv_stream *j = k->job;
        pthread_mutex_lock(&h->qmu);
        j->fd = -1;
        pthread_mutex_unlock(&h->qmu);
        pthread_mutex_lock(&j->mu);
        j->gone = true;
        aigov_work_cancel(j->work);
        pthread_cond_broadcast(&j->cv);
        pthread_mutex_unlock(&j->mu);
        job_unref(j);
    }
    release(h, k);
    free(k->body);
    free(k->argbuf);
    free(k);
    *con_cls = NULL;
    atomic_fetch_sub(&h->inflight, 1);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context, enum MHD_ConnectionNotificationCode toe) {
    sv_http *h = cls;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        sv_tcp *t = calloc(1, sizeof *t);
        *socket_context = t;
        if (!t) return;
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        t->fd = ci ? ci->connect_fd : -1;
        clock_gettime(CLOCK_MONOTONIC, &t->since);
        pthread_mutex_lock(&h->lock);
        t->next = h->head.next;
        t->prev = &h->head;
        h->head.next->prev = t;
        h->head.next = t;
        pthread_mutex_unlock(&h->lock);
    } else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
        sv_tcp *t = *socket_context;
        if (!t) return;
        /* MHD reports the close before it closes the descriptor, so the watchdog, holding the
         * lock, never shuts down a descriptor that has been reused. */
        pthread_mutex_lock(&h->lock);
        t->prev->next = t->next;
        t->next->prev = t->prev;
        pthread_mutex_unlock(&h->lock);
        free(t);
        *socket_context = NULL;
    }
}

/* Ends every connection whose request has been arriving for longer than the deadline: a
 * client must send its headers and body within it, not merely a byte now and then. */
static void *watchdog(void *arg) {
    sv_http *h = arg;
    while (!atomic_load(&h->stop)) {
        struct timespec ts = {0, 200 * 1000 * 1000};
        nanosleep(&ts, NULL);
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        pthread_mutex_lock(&h->lock);
        for (sv_tcp *t = h->head.next; t != &h->head; t = t->next) {
            if (t->handling || t->fd < 0) continue;
            double age = (double)(now.tv_sec - t->since.tv_sec) + (double)(now.tv_nsec - t->since.tv_nsec) / 1e9;
            if (age > h->deadline_s) {
                shutdown(t->fd, SHUT_RDWR);
                t->fd = -1;
                atomic_fetch_add(&h->cut, 1);
            }
        }
        pthread_mutex_unlock(&h->lock);
        /* A client that left while its check or analysis runs (MHD does not watch a
         * suspended connection): the computation is cancelled. Once the answer streams,
         * MHD sees a client that leaves (the write fails; on_completed cancels), and may
         * have shut the reading side of a "Connection: close" request itself. */
        pthread_mutex_lock(&h->qmu);
        for (sv_stream *j = h->jobs; j; j = j->jnext) {
            char b;
            ssize_t r = j->fd < 0 || j->started ? 1 : recv(j->fd, &b, 1, MSG_PEEK | MSG_DONTWAIT);
            if (r == 0 || (r < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) aigov_work_cancel(j->work);
        }
        pthread_mutex_unlock(&h->qmu);
    }
    return NULL;
}

/* Ends the pool's threads once nothing waits (every job cancelled or done). */
static void pool_stop(sv_http *h) {
    pthread_mutex_lock(&h->qmu);
    h->stopping = true;
    pthread_cond_broadcast(&h->qcv);
    pthread_mutex_unlock(&h->qmu);
    for (int i = 0; i < h->nworkers; i++) pthread_join(h->workers[i], NULL);
    free(h->workers);
    h->workers = NULL;
    h->nworkers = 0;
    pthread_mutex_destroy(&h->qmu);
    pthread_cond_destroy(&h->qcv);
}

static bool parse_listen(const char *s, struct sockaddr_in *sa, aigov_diags *d) {
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    const char *colon = strrchr(s, ':');
    char host[64];
    if (!colon || (size_t)(colon - s) >= sizeof host || colon == s) goto bad;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = 0;
    if (!strcmp(host, "localhost")) snprintf(host, sizeof host, "127.0.0.1");
    if (inet_pton(AF_INET, host, &sa->sin_addr) != 1) goto bad;
    char *end;
    errno = 0;
    long port = strtol(colon + 1, &end, 10);
    if (errno || *end || end == colon + 1 || port < 0 || port > 65535) goto bad;
    sa->sin_port = htons((uint16_t)port);
    return true;
bad:
    (void)d;
    return false;
}

void sv_diag(aigov_diags *d, const char *file, const char *fmt, const char *arg) {
    if (d->cap <= 0) d->cap = 1;
    if (!d->items) {
        d->items = calloc((size_t)d->cap, sizeof *d->items);
        if (!d->items) { d->dropped++; return; }
    }
    if (d->n >= d->cap) { d->dropped++; return; }
    aigov_diag *x = &d->items[d->n++];
    memset(x, 0, sizeof *x);
    snprintf(x->file, sizeof x->file, "%s", file);
    snprintf(x->message, sizeof x->message, fmt, arg);
}

aigov_status aigov_serve(const aigov_server_opts *o, aigov_diags *d) {
    const char *listen = o->listen ? o->listen : "127.0.0.1:8080";
    struct sockaddr_in sa;
    if (!parse_listen(listen, &sa, d)) {
        sv_diag(d, "--listen", "expected HOST:PORT with an IPv4 address (e.g. 127.0.0.1:8080), found '%s'", listen);
        return AIGOV_USAGE;
    }
    if (!sv_token_init()) { sv_diag(d, "aigov serve", "%s", "libsodium cannot start"); return AIGOV_IO; }
    char why[SV_WHY];
    sv_app *app = sv_app_new(o, why);
    if (!app) { sv_diag(d, o->db ? o->db : "aigov serve", "%s", why); return AIGOV_INVALID; }
    sv_http h = {.app = app, .max_body = o->max_body ? o->max_body : (8u << 20),
                 .budget = o->body_budget ? o->body_budget : (64u << 20),
                 .deadline_s = o->request_timeout_s > 0 ? o->request_timeout_s : 15};
    atomic_init(&h.inflight, 0);
    atomic_init(&h.buffered, 0);
    atomic_init(&h.stop, false);
    atomic_init(&h.cut, 0);
    pthread_mutex_init(&h.lock, NULL);
    h.head.next = h.head.prev = &h.head;
    pthread_mutex_init(&h.qmu, NULL);
    pthread_cond_init(&h.qcv, NULL);
    h.budget_ = sv_app_budget(app);
    /* Block the stop signals before MHD starts its threads, so only sigwait sees them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    /* A file-size limit (ulimit -f) makes a database write fail with EFBIG, answered 500,
     * instead of killing the service. */
    signal(SIGXFSZ, SIG_IGN);
    /* The analysis pool, started with the stop signals blocked (as every thread must be). */
    h.nworkers = o->analysis_threads > 0 ? o->analysis_threads : 2;
    h.max_queued = 4 * h.nworkers;
    h.workers = calloc((size_t)h.nworkers, sizeof *h.workers);
    int started = 0;
    while (h.workers && started < h.nworkers && pthread_create(&h.workers[started], NULL, pool_worker, &h) == 0) started++;
    if (!started) {
        free(h.workers);
        sv_diag(d, "aigov serve", "%s", "cannot start the analysis pool's threads");
        sv_app_free(app);
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
        return AIGOV_IO;
    }
    h.nworkers = started;

    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = o->threads > 0 ? (unsigned)o->threads : (unsigned)(cores > 0 ? cores : 2);
    unsigned maxconn = o->max_connections > 0 ? (unsigned)o->max_connections : 4096u;
    unsigned perip = o->per_ip_connections > 0 ? (unsigned)o->per_ip_connections : 256u;
    pthread_t wd;
    bool wd_ok = pthread_create(&wd, NULL, watchdog, &h) == 0;
    struct MHD_Daemon *md = MHD_start_daemon(
        MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME, 0, NULL, NULL, on_request, &h,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(o->timeout_s > 0 ? o->timeout_s : 10),
        MHD_OPTION_CONNECTION_LIMIT, maxconn, MHD_OPTION_PER_IP_CONNECTION_LIMIT, perip,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, &h, MHD_OPTION_NOTIFY_CONNECTION, on_connection, &h,
        MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL, MHD_OPTION_URI_LOG_CALLBACK, on_uri, &h,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536, MHD_OPTION_END);
    if (!md) {
        atomic_store(&h.stop, true);
        if (wd_ok) pthread_join(wd, NULL);
        pool_stop(&h);
        sv_diag(d, "--listen", "cannot listen on %s (address in use, or not an address of this machine)", listen);
        sv_app_free(app);
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
        return AIGOV_IO;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(md, MHD_DAEMON_INFO_BIND_PORT);
    char host[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &sa.sin_addr, host, sizeof host);
    if (sv_app_first_token(app)) {
        fprintf(stderr, "aigov: operator token (shown once; only its hash is stored): %s\n", sv_app_first_token(app));
        sv_app_forget_first_token(app);
    }
    char loginfo[SV_WHY + 1400];
    sv_app_log_info(app, loginfo, sizeof loginfo);
    fprintf(stderr, "aigov: listening on http://%s:%u/ (database %s)\n", host, info ? (unsigned)info->port : 0, o->db);
    fprintf(stderr, "aigov: %s\n", loginfo);
    fflush(stderr);
    int sig = 0;
    sigwait(&stop, &sig);
    /* Stop accepting; cancel the checks and analyses running (each stops at its next step);
     * let the requests in flight finish, 5 s at most; then stop. */
    MHD_socket ls = MHD_quiesce_daemon(md);
    pthread_mutex_lock(&h.qmu);
    h.stopping = true;
    for (sv_stream *j = h.jobs; j; j = j->jnext) aigov_work_cancel(j->work);
    pthread_cond_broadcast(&h.qcv);
    pthread_mutex_unlock(&h.qmu);
    for (int i = 0; i < 500 && atomic_load(&h.inflight) > 0; i++) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    pthread_mutex_lock(&h.qmu);
    bool stuck = h.jobs != NULL;
    pthread_mutex_unlock(&h.qmu);
    if (stuck) {
        /* A computation that does not reach its next step (a database call that waits): the
         * service ends anyway, without waiting for it (MHD cannot stop under a suspended
         * connection); the operating system reclaims what it held. */
        fprintf(stderr, "aigov: %s received, stopped; a request still computing was abandoned\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        fflush(stderr);
        pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
        return AIGOV_OK;
    }
    MHD_stop_daemon(md);
    if (ls != MHD_INVALID_SOCKET) close(ls);
    atomic_store(&h.stop, true); /* the watchdog reads the pool's list: it ends first */
    if (wd_ok) pthread_join(wd, NULL);
    pool_stop(&h);
    pthread_mutex_destroy(&h.lock);
    sv_app_free(app);
    fprintf(stderr, "aigov: %s received, stopped cleanly\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    return AIGOV_OK;
}
