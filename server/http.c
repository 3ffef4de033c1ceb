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
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct sv_http {
    sv_app *app;
    size_t max_body;
    atomic_int inflight;
} sv_http;

/* Per-request state, kept by MHD between the calls of one request. */
typedef struct sv_conn {
    char *body;
    size_t len, cap;
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
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)rs->status, r);
    MHD_destroy_response(r);
    return ok;
}

static enum MHD_Result too_large(struct MHD_Connection *c, size_t max) {
    sv_response rs = {.status = 413, .content_type = "application/json"};
    char buf[256];
    int n = snprintf(buf, sizeof buf, "{\"error\":{\"code\":\"too_large\",\"message\":\"the request body exceeds the limit of %zu bytes\"}}", max);
    rs.body = strdup(buf);
    rs.body_len = rs.body ? (size_t)n : 0;
    return queue(c, &rs);
}

static enum MHD_Result arg_iter(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    (void)kind;
    sv_request *rq = cls;
    if (rq->nargs >= SV_MAX_ARGS) { rq->too_many_args = true; return MHD_NO; }
    rq->args[rq->nargs].key = key;
    rq->args[rq->nargs].value = value ? value : "";
    rq->nargs++;
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    (void)version;
    sv_http *h = cls;
    sv_conn *k = *con_cls;
    if (!k) {
        k = calloc(1, sizeof *k);
        if (!k) return MHD_NO;
        *con_cls = k;
        atomic_fetch_add(&h->inflight, 1);
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl) {
            errno = 0;
            char *end;
            unsigned long long n = strtoull(cl, &end, 10);
            if (errno || *end || n > h->max_body) return too_large(c, h->max_body);
        }
        return MHD_YES;
    }
    if (*upload_size) {
        if (k->len + *upload_size > h->max_body) return MHD_NO; /* chunked past the limit: drop it */
        if (k->len + *upload_size + 1 > k->cap) {
            size_t cap = k->cap ? k->cap : 4096;
            while (cap < k->len + *upload_size + 1) cap *= 2;
            char *nb = realloc(k->body, cap);
            if (!nb) return MHD_NO;
            k->body = nb;
            k->cap = cap;
        }
        memcpy(k->body + k->len, upload, *upload_size);
        k->len += *upload_size;
        k->body[k->len] = 0;
        *upload_size = 0;
        return MHD_YES;
    }
    sv_request rq = {.method = method, .path = url, .body = k->body ? k->body : "", .body_len = k->len};
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, arg_iter, &rq);
    rq.content_type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    rq.authorization = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    rq.prefer = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Prefer");
    sv_response rs = {0};
    sv_app_handle(h->app, &rq, &rs);
    return queue(c, &rs);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)c;
    (void)toe;
    sv_http *h = cls;
    sv_conn *k = *con_cls;
    if (!k) return;
    free(k->body);
    free(k);
    *con_cls = NULL;
    atomic_fetch_sub(&h->inflight, 1);
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
    sv_http h = {.app = app, .max_body = o->max_body ? o->max_body : (8u << 20)};
    atomic_init(&h.inflight, 0);
    /* Block the stop signals before MHD starts its threads, so only sigwait sees them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = o->threads > 0 ? (unsigned)o->threads : (unsigned)(cores > 0 ? cores : 2);
    struct MHD_Daemon *md = MHD_start_daemon(
        MHD_USE_AUTO | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC, 0, NULL, NULL, on_request, &h,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(o->timeout_s > 0 ? o->timeout_s : 10),
        MHD_OPTION_CONNECTION_LIMIT, 1024u, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &h,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)65536, MHD_OPTION_END);
    if (!md) {
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
    fprintf(stderr, "aigov: listening on http://%s:%u/ (database %s)\n", host, info ? (unsigned)info->port : 0, o->db);
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
    sv_app_free(app);
    fprintf(stderr, "aigov: %s received, stopped cleanly\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
    return AIGOV_OK;
}
