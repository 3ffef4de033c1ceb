/* http.c — the HTTP front of `aigov serve` over libmicrohttpd (the only file that
 * includes microhttpd.h): listening, request bodies and their size limit, idle
 * timeouts, and graceful shutdown on SIGTERM/SIGINT. What a request means is api.c's
 * business; this file moves bytes and never interprets them. */
#include "server.h"

#include <arpa/inet.h>
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
} sv_http;

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
    int late;               /* 413 or 503 found while the body arrived: answered at its end */
} sv_conn;

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
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Cache-Control", "no-store");
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
static enum MHD_Result refuse(struct MHD_Connection *c, sv_conn *k, int status, const char *code, int retry_after,
                              const char *fmt, ...) {
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* jansson escapes what the message quotes from the request (a path, a header); bytes
     * outside printable ASCII become '?', so a cut or invalid UTF-8 sequence cannot make
     * the answer fail. */
    for (char *p = msg; *p; p++)
        if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e) *p = '?';
    json_t *j = json_pack("{s{ssss}}", "error", "code", code, "message", msg);
    sv_response rs = {.status = status, .content_type = "application/json", .retry_after = retry_after, .close = true};
    rs.body = j ? json_dumps(j, JSON_COMPACT) : NULL;
    json_decref(j);
    rs.body_len = rs.body ? strlen(rs.body) : 0;
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
    if (hc.content_length > 1)
        return refuse(c, k, 400, "bad_request", 0, "%d Content-Length headers: a request may have one", hc.content_length);
    if (hc.transfer_encoding > 1)
        return refuse(c, k, 400, "bad_request", 0, "%d Transfer-Encoding headers: a request may have one", hc.transfer_encoding);
    if (hc.transfer_encoding && strcasecmp(hc.te, "chunked"))
        return refuse(c, k, 501, "not_implemented", 0, "Transfer-Encoding '%.40s' is not supported (only chunked)", hc.te);
    if (hc.transfer_encoding && hc.content_length)
        return refuse(c, k, 400, "bad_request", 0, "%s", "both Content-Length and Transfer-Encoding: a request may have one");
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
    }
    return NULL;
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
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = o->threads > 0 ? (unsigned)o->threads : (unsigned)(cores > 0 ? cores : 2);
    unsigned maxconn = o->max_connections > 0 ? (unsigned)o->max_connections : 4096u;
    unsigned perip = o->per_ip_connections > 0 ? (unsigned)o->per_ip_connections : 256u;
    pthread_t wd;
    bool wd_ok = pthread_create(&wd, NULL, watchdog, &h) == 0;
    struct MHD_Daemon *md = MHD_start_daemon(
        MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC, 0, NULL, NULL, on_request, &h,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(o->timeout_s > 0 ? o->timeout_s : 10),
        MHD_OPTION_CONNECTION_LIMIT, maxconn, MHD_OPTION_PER_IP_CONNECTION_LIMIT, perip,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, &h, MHD_OPTION_NOTIFY_CONNECTION, on_connection, &h,
        MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, NULL, MHD_OPTION_URI_LOG_CALLBACK, on_uri, &h,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536, MHD_OPTION_END);
    if (!md) {
        atomic_store(&h.stop, true);
        if (wd_ok) pthread_join(wd, NULL);
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
    /* Stop accepting; let the requests in flight finish (at most 10 s); then stop. */
    MHD_socket ls = MHD_quiesce_daemon(md);
    for (int i = 0; i < 1000 && atomic_load(&h.inflight) > 0; i++) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    MHD_stop_daemon(md);
    if (ls != MHD_INVALID_SOCKET) close(ls);
    atomic_store(&h.stop, true);
    if (wd_ok) pthread_join(wd, NULL);
    pthread_mutex_destroy(&h.lock);
    sv_app_free(app);
    fprintf(stderr, "aigov: %s received, stopped cleanly\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    return AIGOV_OK;
}
