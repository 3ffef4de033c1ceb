/* panel.c — the research panel of the regime complex (docs/analysis.md, "Panel"): one row
 * per year and cell (jurisdiction x topic x layer, or any subset), in long format: the
 * instruments reaching the cell by binding force, their issuers' concentration, the
 * institutions active in AI there, and the complex-wide figures of the year (active
 * institutions, coordination links, components, modularity). Also the coordination graph's
 * components and greedy modularity, which `blocs` uses too. Renders csv, json and text.
 * Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

/* ---- Graph measures ------------------------------------------------------------------- */

static int uf_find(int *p, int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }

int ag_coord_components(const ag_coord *g, int *largest) {
    int m = g->m, n = 0;
    *largest = 0;
    if (!m) return 0;
    int *p = malloc((size_t)m * sizeof *p), *size = calloc((size_t)m, sizeof *size);
    if (!p || !size) { free(p); free(size); return -1; }
    for (int i = 0; i < m; i++) p[i] = i;
    for (int i = 0; i < m; i++)
        for (int j = i + 1; j < m; j++)
            if (g->adj[i * m + j]) { int a = uf_find(p, i), b = uf_find(p, j); if (a != b) p[a] = b; }
    for (int i = 0; i < m; i++) size[uf_find(p, i)]++;
    for (int i = 0; i < m; i++)
        if (size[i]) { n++; if (size[i] > *largest) *largest = size[i]; }
    free(p);
    free(size);
    return n;
}

double ag_modularity(int m, const double *w, int *communities, int *label) {
    *communities = m;
    if (m <= 0) return 0;
    /* e[i][j]: the fraction of the total weight of edge ends between communities i and j
     * (i != j), a[i] the fraction at i; merging i and j changes Q by 2 (e[i][j] - a[i] a[j]). */
    double *e = calloc((size_t)m * (size_t)m, sizeof *e), *a = calloc((size_t)m, sizeof *a), *deg = calloc((size_t)m, sizeof *deg);
    int *comm = malloc((size_t)m * sizeof *comm), *num = malloc((size_t)m * sizeof *num);
    bool *live = malloc((size_t)m);
    double q = -1;
    if (!e || !a || !deg || !comm || !num || !live) goto out;
    double two_w = 0;
    for (int i = 0; i < m; i++)
        for (int j = 0; j < m; j++) if (i != j) { deg[i] += w[i * m + j]; two_w += w[i * m + j]; }
    for (int i = 0; i < m; i++) {
        comm[i] = i;
        live[i] = true;
        for (int j = 0; j < m; j++) if (i != j && two_w > 0) e[i * m + j] = w[i * m + j] / two_w;
        a[i] = two_w > 0 ? deg[i] / two_w : 0;
    }
    for (;;) {
        int bi = -1, bj = -1;
        double best = 1e-12;
        for (int i = 0; i < m; i++) {
            if (!live[i]) continue;
            for (int j = i + 1; j < m; j++) {
                if (!live[j] || e[i * m + j] <= 0) continue;
                double dq = 2 * (e[i * m + j] - a[i] * a[j]);
                if (dq > best) { best = dq; bi = i; bj = j; }
            }
        }
        if (bi < 0) break;
        for (int k = 0; k < m; k++) { /* merge bj into bi */
            if (!live[k] || k == bi || k == bj) continue;
            e[bi * m + k] += e[bj * m + k];
            e[k * m + bi] = e[bi * m + k];
        }
        a[bi] += a[bj];
        live[bj] = false;
        for (int k = 0; k < m; k++) if (comm[k] == bj) comm[k] = bi;
    }
    /* Q of the final partition from the weights (no accumulated rounding). */
    q = 0;
    if (two_w > 0) {
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++)
                if (comm[i] == comm[j]) q += (i != j ? w[i * m + j] : 0) - deg[i] * deg[j] / two_w;
        q /= two_w;
    }
    /* Communities numbered in order of their first node. */
    int n = 0;
    for (int i = 0; i < m; i++) num[i] = -1;
    for (int i = 0; i < m; i++) {
        if (num[comm[i]] < 0) num[comm[i]] = n++;
        if (label) label[i] = num[comm[i]];
    }
    *communities = n;
out:
    free(e); free(a); free(deg); free(comm); free(num); free(live);
    return q;
}

double ag_coord_modularity(const ag_coord *g, int *communities, int *label) {
    int m = g->m;
    double *w = malloc(((size_t)m * (size_t)m + 1) * sizeof *w);
    if (!w) return -1;
    for (size_t i = 0; i < (size_t)m * (size_t)m; i++) w[i] = g->adj[i];
    double q = ag_modularity(m, w, communities, label);
    free(w);
    return q;
}

/* ---- The panel ------------------------------------------------------------------------ */

static const char *const LAYERS[] = {"development", "deployment", "infrastructure"};

/* The column names and what each measures (docs/analysis.md says the same at length). */
static const char *const COLUMNS[][2] = {
    {"year", "the year; every figure is as of 31 December of it"},
    {"date", "that day, YYYY-MM-DD"},
    {"jurisdiction", "the cell's place (a region code or INTL), or * when not a dimension"},
    {"topic", "the cell's topic, or * when not a dimension"},
    {"layer", "the cell's target layer, or * when not a dimension"},
    {"instruments", "instruments in force on the date that reach the place and carry the topic and layer"},
    {"binding", "of those, binding"},
    {"voluntary", "of those, voluntary"},
    {"contractual", "of those, contractual"},
    {"status", "binding if any is binding, voluntary_only if only others, none if there is none (as in gaps)"},
    {"issuers", "distinct issuers of those instruments"},
    {"issuer_hhi", "Herfindahl-Hirschman index of the issuers' shares of those instruments (an instrument counts 1, split among its co-issuers); empty when there is none"},
    {"institutions_active", "active actors (see actors) that issue or adhere to one of those instruments"},
    {"actors", "which actors count as active: institutions, or institutions+companies (--companies)"},
    {"complex_active", "active actors in the whole complex: institutions (or companies) that by the date issued or adhere to an instrument adopted by then"},
    {"complex_instruments", "instruments in force in the whole complex"},
    {"coordination_links", "links among the active actors: delegation, co-issuing, adherence, or related instruments"},
    {"links_per_actor", "2 x coordination_links / complex_active (the mean degree)"},
    {"components", "connected components of the coordination graph among the active actors (an isolated actor is one)"},
    {"largest_component", "the largest component's size"},
    {"modularity", "Newman's Q of the communities found by greedy agglomeration (Clauset-Newman-Moore); 0 without links"},
    {"communities", "the number of those communities (an isolated actor is one)"},
};
enum { NCOLS = sizeof COLUMNS / sizeof COLUMNS[0] };

typedef struct yearfig {
    int year, active, instruments, links, components, largest, communities;
    double modularity;
    int counts[3]; /* rows by status: none, voluntary only, binding */
} yearfig;

static bool has_dim(const char *by, const char *dim, int *count, aigov_diags *d) {
    bool found = false;
    *count = 0;
    for (const char *p = by; *p;) {
        size_t l = strcspn(p, ",");
        if (l == strlen(dim) && !strncmp(p, dim, l)) {
            if (found) { ag_diag_add(d, "--by", NULL, 0, 0, 0, 0, "'%s' appears twice in --by", dim); *count = -1; return false; }
            found = true;
        }
        (*count)++;
        p += l + (p[l] == ',');
    }
    return found;
}

static bool check_by(const char *by, aigov_diags *d) {
    for (const char *p = by;; p++) {
        size_t l = strcspn(p, ",");
        if (!((l == 12 && !strncmp(p, "jurisdiction", 12)) || (l == 5 && !strncmp(p, "topic", 5)) || (l == 5 && !strncmp(p, "layer", 5)))) {
            ag_diag_add(d, "--by", NULL, 0, 0, 0, 0, "unknown dimension '%.*s' in --by '%s'; expected jurisdiction, topic or layer, comma-separated",
                        (int)l, p, by);
            return false;
        }
        p += l;
        if (!*p) break;
    }
    int n;
    has_dim(by, "jurisdiction", &n, d);
    if (n < 0) return false;
    has_dim(by, "topic", &n, d);
    if (n < 0) return false;
    has_dim(by, "layer", &n, d);
    return n >= 0;
}

static int cmp_code(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    if (!strcmp(x, "INTL")) return 1;
    if (!strcmp(y, "INTL")) return -1;
    return strcmp(x, y);
}

static bool legislates(const aigov_corpus *c, const char *code) {
    for (int i = 0; i < c->ninstruments; i++)
        if (c->instruments[i].jurisdiction && !strcmp(c->instruments[i].jurisdiction, code)) return true;
    return false;
}

/* The panel's places: every region of the corpus (a group only when it legislates, the EU;
 * never WORLD), then INTL. */
static int panel_places(const aigov_corpus *c, const char **out) {
    int n = 0;
    for (int r = 0; r < c->nregions; r++) {
        const ag_region *R = &c->regions[r];
        if (R->world || (R->group && !legislates(c, R->code))) continue;
        out[n++] = R->code;
    }
    qsort(out, (size_t)n, sizeof *out, cmp_code);
    out[n++] = "INTL";
    return n;
}

/* A JSON string of an identifier (codes and vocabulary terms: escaped all the same). */
static void json_str(ag_buf *b, const char *s) {
    ag_buf_printf(b, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') ag_buf_printf(b, "\\%c", *s);
        else if ((unsigned char)*s < 0x20) ag_buf_printf(b, "\\u%04x", (unsigned char)*s);
        else ag_buf_printf(b, "%c", *s);
    }
    ag_buf_printf(b, "\"");
}

/* A CSV field (RFC 4180: quoted when it holds a comma, a quote or a line break). */
static void csv_str(ag_buf *b, const char *s) {
    if (!strpbrk(s, ",\"\r\n")) { ag_buf_printf(b, "%s", s); return; }
    ag_buf_printf(b, "\"");
    for (; *s; s++) ag_buf_printf(b, *s == '"' ? "\"\"" : "%c", *s);
    ag_buf_printf(b, "\"");
}

static const char *const STATUS[] = {"none", "voluntary_only", "binding"};

char *aigov_panel(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                  aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_USAGE;
    bool csv = !strcmp(format, "csv"), json = !strcmp(format, "json"), text = !strcmp(format, "text");
    if (!csv && !json && !text) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for panel; expected csv, json or text", format);
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d) || !ag_filter_check(c, o, d)) return NULL;
    char ds[11];
    ag_date_format(date, ds);
    int from, to;
    if (!ag_analysis_years(o, date, &from, &to, d)) return NULL;
    const char *by = o && o->by ? o->by : "jurisdiction";
    if (!check_by(by, d)) return NULL;
    int n;
    bool by_j = has_dim(by, "jurisdiction", &n, d), by_t = has_dim(by, "topic", &n, d), by_l = has_dim(by, "layer", &n, d);
    bool companies = o && o->companies;
    *status = AIGOV_NOMEM;

    /* The cells' values; NULL = "*" (not a dimension). A filter fixes its dimension. */
    int tv = ag_corpus_vocab(c, "topics");
    int ntv = tv >= 0 ? c->vocabs[tv].n : 0;
    const char **places = malloc(((size_t)c->nregions + 2) * sizeof *places);
    const char **topics = malloc(((size_t)ntv + 2) * sizeof *topics);
    const char *layers[3];
    int nj = 0, nt = 0, nl = 0;
    bool *keep = calloc((size_t)c->nactors + 1, 1), *alive = calloc((size_t)c->ninstruments + 1, 1);
    bool *counts = calloc((size_t)c->ninstruments + 1, 1), *mark = calloc((size_t)c->nactors + 1, 1);
    double *w = calloc((size_t)c->nactors + 1, sizeof *w);
    int *touched = malloc(((size_t)c->nactors + 1) * sizeof *touched);
    uint8_t *reach = NULL;
    ag_buf b;
    ag_buf_init(&b);
    yearfig *yf = calloc((size_t)(to - from + 1), sizeof *yf);
    char *res = NULL;
    if (!places || !topics || !keep || !alive || !counts || !mark || !w || !touched || !yf) goto done;
    if (o && o->jurisdiction && *o->jurisdiction) places[nj++] = o->jurisdiction;
    else if (by_j) nj = panel_places(c, places);
    else places[nj++] = NULL;
    if (o && o->topic && *o->topic) topics[nt++] = o->topic;
    else if (by_t) for (int i = 0; i < ntv; i++) topics[nt++] = c->vocabs[tv].terms[i];
    else topics[nt++] = NULL;
    if (o && o->layer && *o->layer) layers[nl++] = o->layer;
    else if (by_l) for (int i = 0; i < 3; i++) layers[nl++] = LAYERS[i];
    else layers[nl++] = NULL;
    reach = malloc((size_t)c->ninstruments * (size_t)nj + 1);
    if (!reach) goto done;

    if (csv) {
        for (int k = 0; k < NCOLS; k++) ag_buf_printf(&b, "%s%s", k ? "," : "", COLUMNS[k][0]);
        ag_buf_printf(&b, "\n");
    } else if (json) {
        json_t *root = json_object(), *cols = json_array();
        ag_json_set(root, "date", json_string(ds));
        ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
        ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
        ag_json_set(root, "from", json_integer(from));
        ag_json_set(root, "to", json_integer(to));
        ag_json_set(root, "by", json_string(by));
        ag_json_set(root, "actors", json_string(companies ? "institutions+companies" : "institutions"));
        for (int k = 0; k < NCOLS; k++) ag_json_push(cols, json_pack("{s:s, s:s}", "name", COLUMNS[k][0], "measures", COLUMNS[k][1]));
        ag_json_set(root, "columns", cols);
        char *s = ag_json_failed() ? NULL : json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
        json_decref(root);
        if (!s) goto done;
        /* The header object without its closing brace; the rows follow, one per line. */
        size_t l = strlen(s);
        while (l && (s[l - 1] == '}' || s[l - 1] == '\n' || s[l - 1] == ' ')) l--;
        ag_buf_printf(&b, "%.*s,\n  \"rows\": [", (int)l, s);
        free(s);
    }
    bool first_row = true;
    for (int y = from; y <= to; y++) {
        yearfig *f = &yf[y - from];
        f->year = y;
        char yds[11];
        snprintf(yds, sizeof yds, "%04d-12-31", y);
        int32_t yd;
        ag_date_parse(yds, 10, &yd);
        /* The complex that year: active actors, their coordination graph. */
        for (int i = 0; i < c->ninstruments; i++) {
            alive[i] = ag_instrument_in_force(&c->instruments[i], yd);
            counts[i] = alive[i] && ag_instrument_counts(c, &c->instruments[i], yd);
            f->instruments += alive[i];
            for (int j = 0; j < nj; j++)
                reach[(size_t)i * (size_t)nj + (size_t)j] = counts[i] && (!places[j] || ag_instrument_reaches(c, &c->instruments[i], places[j], yd));
        }
        for (int a = 0; a < c->nactors; a++) {
            keep[a] = ag_actor_active(c, a, yd, companies);
            f->active += keep[a];
        }
        ag_coord cg;
        if (!ag_coord_build(c, yd, keep, alive, &cg)) goto done;
        f->links = cg.links;
        f->components = ag_coord_components(&cg, &f->largest);
        f->modularity = ag_coord_modularity(&cg, &f->communities, NULL);
        ag_coord_free(&cg);
        if (f->components < 0 || f->modularity < -0.5) goto done;
        double lpa = f->active ? 2.0 * f->links / f->active : 0;
        for (int j = 0; j < nj; j++)
            for (int t = 0; t < nt; t++)
                for (int l = 0; l < nl; l++) {
                    int force[3] = {0, 0, 0}, total = 0, ntouched = 0, active = 0;
                    double wsum = 0;
                    for (int i = 0; i < c->ninstruments; i++) {
                        const ag_instrument *in = &c->instruments[i];
                        if (!reach[(size_t)i * (size_t)nj + (size_t)j] || (topics[t] && !ag_instrument_has_topic(in, topics[t])) ||
                            (layers[l] && !ag_instrument_has_layer(in, layers[l])))
                            continue;
                        total++;
                        force[in->binding && !strcmp(in->binding, "binding") ? 2 : in->binding && !strcmp(in->binding, "contractual") ? 0 : 1]++;
                        for (int q = 0; q < in->issuer.n; q++) {
                            int a = ag_map_get(&c->actor_index, in->issuer.items[q], strlen(in->issuer.items[q]));
                            if (a < 0) continue;
                            if (w[a] == 0) touched[ntouched++] = a;
                            w[a] += 1.0 / in->issuer.n;
                            wsum += 1.0 / in->issuer.n;
                        }
                        for (int pass = 0; pass < 2; pass++) {
                            const ag_strlist *L = pass ? &in->adherents : &in->issuer;
                            for (int q = 0; q < L->n; q++) {
                                int a = ag_map_get(&c->actor_index, L->items[q], strlen(L->items[q]));
                                if (a >= 0 && keep[a] && !mark[a]) { mark[a] = true; active++; }
                            }
                        }
                    }
                    double hhi = 0;
                    for (int k = 0; k < ntouched; k++) { double s = w[touched[k]] / wsum; hhi += s * s; w[touched[k]] = 0; }
                    for (int a = 0; a < c->nactors && active; a++) mark[a] = false;
                    int st = force[2] ? 2 : total ? 1 : 0;
                    f->counts[st]++;
                    const char *jv = places[j] ? places[j] : "*", *tv_ = topics[t] ? topics[t] : "*", *lv = layers[l] ? layers[l] : "*";
                    if (csv) {
                        ag_buf_printf(&b, "%d,%s,", y, yds);
                        csv_str(&b, jv);
                        ag_buf_printf(&b, ",");
                        csv_str(&b, tv_);
                        ag_buf_printf(&b, ",%s,%d,%d,%d,%d,%s,%d,", lv, total, force[2], force[1], force[0], STATUS[st], ntouched);
                        if (total) ag_buf_printf(&b, "%.6f", hhi);
                        ag_buf_printf(&b, ",%d,%s,%d,%d,%d,%.6f,%d,%d,%.6f,%d\n", active, companies ? "institutions+companies" : "institutions",
                                      f->active, f->instruments, f->links, lpa, f->components, f->largest, f->modularity, f->communities);
                    } else if (json) {
                        ag_buf_printf(&b, "%s\n    [%d, \"%s\", ", first_row ? "" : ",", y, yds);
                        json_str(&b, jv);
                        ag_buf_printf(&b, ", ");
                        json_str(&b, tv_);
                        ag_buf_printf(&b, ", \"%s\", %d, %d, %d, %d, \"%s\", %d, ", lv, total, force[2], force[1], force[0], STATUS[st], ntouched);
                        if (total) ag_buf_printf(&b, "%.6f", hhi);
                        else ag_buf_printf(&b, "null");
                        ag_buf_printf(&b, ", %d, \"%s\", %d, %d, %d, %.6f, %d, %d, %.6f, %d]", active,
                                      companies ? "institutions+companies" : "institutions", f->active, f->instruments, f->links, lpa,
                                      f->components, f->largest, f->modularity, f->communities);
                    }
                    first_row = false;
                }
    }
    if (json) ag_buf_printf(&b, "\n  ]\n}\n");
    if (text) {
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, "The regime complex by year, %d-%d (each year as of 31 December)\n%s\n\n", from, to, pl);
        ag_buf_printf(&b, "Cells by %s: %d a year. Actors counted: %s. The rows themselves: --format csv or json.\n\n", by,
                      nj * nt * nl, companies ? "institutions and companies" : "institutions");
        ag_buf_printf(&b, "  year  active  instruments  links  links/actor  components  largest  modularity  communities   cells: binding  voluntary  none\n");
        for (int y = from; y <= to; y++) {
            const yearfig *f = &yf[y - from];
            ag_buf_printf(&b, "  %d  %6d  %11d  %5d  %11.2f  %10d  %7d  %10.3f  %11d   %14d  %9d  %4d\n", y, f->active, f->instruments,
                          f->links, f->active ? 2.0 * f->links / f->active : 0, f->components, f->largest, f->modularity, f->communities,
                          f->counts[2], f->counts[1], f->counts[0]);
        }
        ag_buf_printf(&b, "\nColumns of the rows (docs/analysis.md, \"Panel\"):\n");
        for (int k = 0; k < NCOLS; k++) ag_buf_printf(&b, "  %-20s %s\n", COLUMNS[k][0], COLUMNS[k][1]);
    }
    res = ag_buf_take(&b);
    if (res) *status = AIGOV_OK;
done:
    ag_buf_free(&b);
    free(places); free(topics); free(keep); free(alive); free(counts); free(mark); free(w); free(touched); free(reach); free(yf);
    return res;
}
