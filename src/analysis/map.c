/* map.c — the typed graph of the regime complex (actors, instruments and the relations
 * issues, adheres, endorses, implements, references, amends, supersedes, revokes, contests,
 * preempts, restricts,
 * delegates) and its figures: institutions, share of binding instruments, coordination
 * links per institution, connected components, degree and betweenness centrality, and
 * their change over time (docs/analysis.md, "Map"). Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

static const char *const INSTITUTION_KINDS[] = {"igo", "supranational", "sdo", "industry_body", "multistakeholder",
                                                "expert_body", "agency", "court"};

bool ag_actor_exists(const ag_actor *a, int32_t date) {
    if (a->status && !strcmp(a->status, "proposed")) return false;
    if (a->established != AG_DATE_NONE && a->established > date) return false;
    if (a->dissolved != AG_DATE_NONE && a->dissolved <= date) return false;
    return true;
}

bool ag_is_institution(const ag_actor *a, int32_t date) {
    if (!a->kind || !ag_actor_exists(a, date)) return false;
    for (size_t i = 0; i < AG_ARRAY_LEN(INSTITUTION_KINDS); i++) if (!strcmp(a->kind, INSTITUTION_KINDS[i])) return true;
    return false;
}

bool ag_actor_active(const aigov_corpus *c, int i, int32_t date, bool companies) {
    const ag_actor *a = &c->actors[i];
    bool company = companies && a->kind && !strcmp(a->kind, "company") && ag_actor_exists(a, date);
    if (!company && !ag_is_institution(a, date)) return false;
    for (int k = 0; k < c->ninstruments; k++) {
        const ag_instrument *in = &c->instruments[k];
        if (!ag_instrument_adopted(in, date)) continue;
        for (int q = 0; q < in->issuer.n; q++) if (!strcmp(in->issuer.items[q], a->id)) return true;
        for (int q = 0; q < in->adherents.n; q++) if (!strcmp(in->adherents.items[q], a->id)) return true;
    }
    /* A mandate alone does not make a body active in AI: the corpus scopes delegations by
     * topic (security, privacy), not by AI, so the UN Security Council's mandate of 1945 would
     * count (docs/analysis.md, "Panel"). */
    return false;
}

/* Graph: nodes 0..nactors-1 are actors, then instruments. */
typedef struct edge { int from, to; const char *type; } edge;
typedef struct graph {
    const aigov_corpus *c;
    int32_t date;
    bool *alive;   /* per node */
    edge *e;
    int ne, cap;
    bool oom;      /* an edge could not be added: the graph is incomplete */
} graph;

static void add_edge(graph *g, int from, int to, const char *type) {
    if (from < 0 || to < 0 || !g->alive[from] || !g->alive[to]) return;
    if (g->ne == g->cap) {
        int nc = g->cap ? g->cap * 2 : 256;
        edge *ne = realloc(g->e, (size_t)nc * sizeof *ne);
        if (!ne) { g->oom = true; return; }
        g->e = ne;
        g->cap = nc;
    }
    g->e[g->ne++] = (edge){from, to, type};
}

static int actor_node(const aigov_corpus *c, const char *id) { return ag_map_get(&c->actor_index, id, strlen(id)); }
static int inst_node(const aigov_corpus *c, const char *id) {
    int i = ag_map_get(&c->instrument_index, id, strlen(id));
    return i < 0 ? -1 : c->nactors + i;
}

static bool delegation_in_force(const ag_delegation *d, int32_t date) {
    if (d->from_date != AG_DATE_NONE && d->from_date > date) return false;
    if (d->until != AG_DATE_NONE && d->until <= date) return false;
    if (d->revoked != AG_DATE_NONE && d->revoked <= date) return false;
    return true;
}

/* With a filter, the actors kept are those that issue or adhere to a kept instrument, and
 * those from whom they hold delegated authority on the date (the chain that gives the
 * rule-makers their right), so that the filtered map still shows who governs and how. */
static bool filter_actors(graph *g, const aigov_corpus *c, int32_t date) {
    bool *keep = calloc((size_t)c->nactors + 1, 1);
    int *queue = malloc(((size_t)c->nactors + 1) * sizeof *queue);
    if (!keep || !queue) { free(keep); free(queue); return false; }
    int qn = 0;
    for (int i = 0; i < c->ninstruments; i++) {
        if (!g->alive[c->nactors + i]) continue;
        const ag_instrument *in = &c->instruments[i];
        for (int pass = 0; pass < 2; pass++) {
            const ag_strlist *l = pass ? &in->adherents : &in->issuer;
            for (int k = 0; k < l->n; k++) {
                int a = actor_node(c, l->items[k]);
                if (a >= 0 && !keep[a]) { keep[a] = true; queue[qn++] = a; }
            }
        }
    }
    /* Backwards over delegations in force: who authorized or mandated a kept actor. */
    for (int qi = 0; qi < qn; qi++)
        for (int i = 0; i < c->ndelegations; i++) {
            const ag_delegation *d = &c->delegations[i];
            if (!delegation_in_force(d, date) || actor_node(c, d->to) != queue[qi]) continue;
            for (int k = 0; k < d->from.n; k++) {
                int a = actor_node(c, d->from.items[k]);
                if (a >= 0 && !keep[a]) { keep[a] = true; queue[qn++] = a; }
            }
        }
    for (int i = 0; i < c->nactors; i++) g->alive[i] = g->alive[i] && keep[i];
    free(keep);
    free(queue);
    return true;
}

static bool graph_build(graph *g, const aigov_corpus *c, int32_t date, const aigov_analysis_opts *o) {
    memset(g, 0, sizeof *g);
    g->c = c;
    g->date = date;
    int n = c->nactors + c->ninstruments;
    g->alive = calloc((size_t)n + 1, 1);
    if (!g->alive) return false;
    for (int i = 0; i < c->nactors; i++) g->alive[i] = ag_actor_exists(&c->actors[i], date);
    for (int i = 0; i < c->ninstruments; i++)
        g->alive[c->nactors + i] = ag_instrument_in_force(&c->instruments[i], date) && ag_filter_instrument(c, &c->instruments[i], o, date);
    if (ag_filter_any(o) && !filter_actors(g, c, date)) return false;
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        int me = c->nactors + i;
        for (int k = 0; k < in->issuer.n; k++) add_edge(g, actor_node(c, in->issuer.items[k]), me, "issues");
        for (int k = 0; k < in->adherents.n; k++) {
            int a = actor_node(c, in->adherents.items[k]);
            if (a < 0) /* a region: the state actor of that jurisdiction, if any */
                for (int q = 0; q < c->nactors && a < 0; q++)
                    if (c->actors[q].jurisdiction && c->actors[q].kind && !strcmp(c->actors[q].kind, "state") &&
                        !strcmp(c->actors[q].jurisdiction, in->adherents.items[k]))
                        a = q;
            add_edge(g, a, me, "adheres");
        }
        for (int k = 0; k < in->nrelations; k++) add_edge(g, me, inst_node(c, in->relations[k].target), in->relations[k].type);
        if (in->revoked_by) add_edge(g, inst_node(c, in->revoked_by), me, "revokes");
    }
    for (int i = 0; i < c->ndelegations; i++) {
        const ag_delegation *d = &c->delegations[i];
        if (!delegation_in_force(d, date)) continue;
        for (int k = 0; k < d->from.n; k++) add_edge(g, actor_node(c, d->from.items[k]), actor_node(c, d->to), "delegates");
    }
    return !g->oom; /* an edge lost to a failed allocation would make a silently wrong map */
}

static void graph_free(graph *g) { free(g->alive); free(g->e); }

/* The figures of the complex on one date. */
typedef struct figures {
    int institutions, active, instruments, binding, components, largest_component;
    double binding_share, links_per_institution;
    int *inst_ids;        /* actor index per institution */
    int *degree;          /* coordination links per institution */
    double *betweenness;  /* normalised */
} figures;

static void figures_free(figures *f) { free(f->inst_ids); free(f->degree); free(f->betweenness); }

static int find(int *p, int x) { while (p[x] != x) x = p[x] = p[p[x]]; return x; }

/* Institutions are linked (coordinate) when one delegates to the other, they co-issue an
 * instrument, an instrument of one relates to an instrument of the other, or one adheres
 * to the other's instrument. */
bool ag_coord_build(const aigov_corpus *c, int32_t date, const bool *keep, const bool *alive, ag_coord *g) {
    memset(g, 0, sizeof *g);
    int *idx = malloc(((size_t)c->nactors + 1) * sizeof *idx);
    g->actor = malloc(((size_t)c->nactors + 1) * sizeof *g->actor);
    if (!idx || !g->actor) { free(idx); ag_coord_free(g); return false; }
    for (int i = 0; i < c->nactors; i++) idx[i] = keep[i] ? (g->actor[g->m] = i, g->m++) : -1;
    int m = g->m;
    uint8_t *adj = g->adj = calloc((size_t)m * (size_t)m + 1, 1);
    if (!adj) { free(idx); ag_coord_free(g); return false; }
#define LINK(x, y) do { int x_ = (x), y_ = (y); if (x_ >= 0 && y_ >= 0 && x_ != y_) { adj[x_ * m + y_] = adj[y_ * m + x_] = 1; } } while (0)
    for (int i = 0; i < c->ndelegations; i++) {
        const ag_delegation *d = &c->delegations[i];
        int to = actor_node(c, d->to);
        if (!delegation_in_force(d, date) || to < 0) continue;
        for (int k = 0; k < d->from.n; k++) { int f = actor_node(c, d->from.items[k]); if (f >= 0) LINK(idx[f], idx[to]); }
    }
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        if (!alive[i]) continue;
        for (int a = 0; a < in->issuer.n; a++) {
            int x = actor_node(c, in->issuer.items[a]);
            if (x < 0) continue;
            for (int b = 0; b < in->issuer.n; b++) { int y = actor_node(c, in->issuer.items[b]); if (y >= 0) LINK(idx[x], idx[y]); }
            for (int b = 0; b < in->adherents.n; b++) { int y = actor_node(c, in->adherents.items[b]); if (y >= 0) LINK(idx[x], idx[y]); }
            for (int r = 0; r < in->nrelations; r++) {
                /* Contesting another's law is opposition, not coordination. */
                if (!strcmp(in->relations[r].type, "contests")) continue;
                int t = ag_map_get(&c->instrument_index, in->relations[r].target, strlen(in->relations[r].target));
                if (t < 0 || !alive[t]) continue;
                const ag_instrument *ti = &c->instruments[t];
                for (int b = 0; b < ti->issuer.n; b++) { int y = actor_node(c, ti->issuer.items[b]); if (y >= 0) LINK(idx[x], idx[y]); }
            }
        }
    }
#undef LINK
    for (int i = 0; i < m; i++) for (int j = i + 1; j < m; j++) g->links += adj[i * m + j];
    free(idx);
    return true;
}

void ag_coord_free(ag_coord *g) { free(g->actor); free(g->adj); memset(g, 0, sizeof *g); }

/* The figures of the complex on one date: the coordination graph among the institutions
 * alive in g, its degrees and Brandes' betweenness. */
static bool figures_compute(const aigov_corpus *c, int32_t date, graph *g, figures *f) {
    memset(f, 0, sizeof *f);
    int n = c->nactors + c->ninstruments;
    int *parent = malloc(((size_t)n + 1) * sizeof *parent);
    if (!parent) return false;
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < g->ne; i++) { int a = find(parent, g->e[i].from), b = find(parent, g->e[i].to); if (a != b) parent[a] = b; }
    int *size = calloc((size_t)n + 1, sizeof *size);
    for (int i = 0; size && i < n; i++) if (g->alive[i]) size[find(parent, i)]++;
    for (int i = 0; size && i < n; i++) if (g->alive[i] && find(parent, i) == i) {
        f->components++;
        if (size[i] > f->largest_component) f->largest_component = size[i];
    }
    free(size);
    free(parent);
    for (int i = 0; i < c->ninstruments; i++)
        if (g->alive[c->nactors + i]) {
            f->instruments++;
            if (c->instruments[i].binding && !strcmp(c->instruments[i].binding, "binding")) f->binding++;
        }
    f->binding_share = f->instruments ? (double)f->binding / f->instruments : 0;
    bool *keep = calloc((size_t)c->nactors + 1, 1);
    if (!keep) return false;
    for (int i = 0; i < c->nactors; i++) {
        keep[i] = g->alive[i] && ag_is_institution(&c->actors[i], date);
        f->active += keep[i] && ag_actor_active(c, i, date, false);
    }
    ag_coord cg;
    bool ok = ag_coord_build(c, date, keep, g->alive + c->nactors, &cg);
    free(keep);
    if (!ok) return false;
    int m = f->institutions = cg.m;
    const uint8_t *adj = cg.adj;
    f->inst_ids = malloc(((size_t)m + 1) * sizeof *f->inst_ids);
    f->degree = calloc((size_t)m + 1, sizeof *f->degree);
    f->betweenness = calloc((size_t)m + 1, sizeof *f->betweenness);
    if (!f->inst_ids || !f->degree || !f->betweenness) { ag_coord_free(&cg); return false; }
    memcpy(f->inst_ids, cg.actor, (size_t)m * sizeof *f->inst_ids);
    int links = 0;
    for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) if (adj[i * m + j]) { f->degree[i]++; links++; }
    f->links_per_institution = m ? (double)links / m : 0;
    /* Brandes' betweenness over the unweighted coordination graph. */
    int *stack = malloc(((size_t)m + 1) * sizeof *stack), *queue = malloc(((size_t)m + 1) * sizeof *queue);
    int *dist = malloc(((size_t)m + 1) * sizeof *dist);
    double *sigma = malloc(((size_t)m + 1) * sizeof *sigma), *delta = malloc(((size_t)m + 1) * sizeof *delta);
    if (stack && queue && dist && sigma && delta)
        for (int s = 0; s < m; s++) {
            for (int i = 0; i < m; i++) { dist[i] = -1; sigma[i] = 0; delta[i] = 0; }
            int sp = 0, qh = 0, qt = 0;
            dist[s] = 0;
            sigma[s] = 1;
            queue[qt++] = s;
            while (qh < qt) {
                int v = queue[qh++];
                stack[sp++] = v;
                for (int w = 0; w < m; w++) {
                    if (!adj[v * m + w]) continue;
                    if (dist[w] < 0) { dist[w] = dist[v] + 1; queue[qt++] = w; }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            while (sp > 0) {
                int w = stack[--sp];
                for (int v = 0; v < m; v++)
                    if (adj[v * m + w] && dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                if (w != s) f->betweenness[w] += delta[w];
            }
        }
    /* Undirected: each pair counted twice; normalise by (m-1)(m-2). */
    for (int i = 0; i < m; i++) f->betweenness[i] = m > 2 ? f->betweenness[i] / ((double)(m - 1) * (m - 2)) : 0;
    free(stack); free(queue); free(dist); free(sigma); free(delta);
    ag_coord_free(&cg);
    return true;
}

static const char *const MODALITY_COLORS[] = {"#b39ddb", "#90caf9", "#ffcc80", "#a5d6a7", "#80deea", "#ef9a9a"};
static int modality_index(const char *m) {
    for (int i = 0; i < 6; i++) if (m && !strcmp(m, aigov_modality_name(i))) return i;
    return 0;
}

static const char *edge_color(const char *t) {
    static const struct { const char *t, *c; } E[] = {{"issues", "#37474f"}, {"adheres", "#90a4ae"}, {"endorses", "#2e7d32"},
        {"implements", "#1565c0"}, {"references", "#78909c"}, {"amends", "#ef6c00"}, {"supersedes", "#6a1b9a"},
        {"revokes", "#c62828"}, {"delegates", "#00838f"}, {"contests", "#d81b60"}, {"preempts", "#4e342e"},
        {"restricts", "#f9a825"}};
    for (size_t i = 0; i < AG_ARRAY_LEN(E); i++) if (!strcmp(E[i].t, t)) return E[i].c;
    return "#000000";
}

/* A label wrapped at about `width` columns (DOT "\n" line breaks), escaped for DOT. */
static void dot_wrapped(ag_buf *b, const char *s, int width) {
    char line[1024];
    size_t n = 0;
    int col = 0;
    for (const char *p = s; *p && n + 4 < sizeof line;) {
        size_t w = strcspn(p, " ");
        if (col > 0 && col + (int)w > width) { line[n++] = '\n'; col = 0; }
        else if (col > 0) { line[n++] = ' '; col++; }
        for (size_t k = 0; k < w && n + 4 < sizeof line; k++) line[n++] = p[k];
        col += (int)w;
        p += w;
        while (*p == ' ') p++;
    }
    line[n] = 0;
    /* ag_buf_dot escapes quotes and backslashes; newlines become DOT's centred "\n". */
    for (char *q = line; *q;) {
        char *nl = strchr(q, '\n');
        if (nl) *nl = 0;
        ag_buf_dot(b, q);
        if (!nl) break;
        ag_buf_printf(b, "\\n");
        q = nl + 1;
    }
}

static const char *const EDGE_TYPES[] = {"issues", "adheres", "endorses", "implements", "references", "amends",
                                         "supersedes", "revokes", "delegates", "contests", "preempts", "restricts"};

/* The regime complex as DOT: instruments as boxes filled by modality with a border by binding
 * force, actors as ellipses (institutions filled), relations as edges coloured by type — no
 * edge labels, which graphviz cannot place legibly at this size — and a legend. */
static void render_dot(ag_buf *b, const aigov_corpus *c, const graph *g, const char *ds) {
    ag_buf_printf(b, "digraph regime_complex {\n"
                     "  graph [rankdir=LR, splines=true, overlap=false, nodesep=0.12, ranksep=1.6, fontname=\"Helvetica\", fontsize=28,\n"
                     "         label=\"The AI regime complex on %s\", labelloc=t, labeljust=l, pad=0.4];\n"
                     "  node [fontname=\"Helvetica\", fontsize=13, margin=\"0.12,0.06\"];\n"
                     "  edge [arrowsize=0.6, penwidth=1.1];\n", ds);
    /* Legend: modality fills, binding borders, actor shapes, edge colours. */
    ag_buf_printf(b, "  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=18; style=rounded; color=\"#b0bec5\"; margin=12;\n");
    for (int i = 0; i < 6; i++)
        ag_buf_printf(b, "    \"legend-m%d\" [shape=box, style=filled, fillcolor=\"%s\", label=\"%s\"];\n", i, MODALITY_COLORS[i],
                      aigov_modality_name(i));
    ag_buf_printf(b, "    \"legend-b0\" [shape=box, style=\"filled,bold\", penwidth=2.5, fillcolor=\"#ffffff\", label=\"binding (bold border)\"];\n"
                     "    \"legend-b1\" [shape=box, style=\"filled,dashed\", fillcolor=\"#ffffff\", label=\"voluntary (dashed)\"];\n"
                     "    \"legend-b2\" [shape=box, style=\"filled,dotted\", fillcolor=\"#ffffff\", label=\"contractual (dotted)\"];\n"
                     "    \"legend-a0\" [shape=ellipse, style=filled, fillcolor=\"#fff3c4\", label=\"institution\"];\n"
                     "    \"legend-a1\" [shape=ellipse, label=\"other actor\"];\n");
    for (size_t i = 0; i < AG_ARRAY_LEN(EDGE_TYPES); i++) {
        const char *t = EDGE_TYPES[i];
        ag_buf_printf(b, "    \"legend-s%zu\" [shape=point, width=0.06, color=\"%s\"];\n"
                         "    \"legend-e%zu\" [shape=plaintext, label=\"%s\", fontcolor=\"%s\"];\n"
                         "    \"legend-s%zu\" -> \"legend-e%zu\" [color=\"%s\", penwidth=2%s];\n",
                      i, edge_color(t), i, t, edge_color(t), i, i, edge_color(t),
                      !strcmp(t, "adheres") || !strcmp(t, "references") ? ", style=dashed" : "");
    }
    ag_buf_printf(b, "    \"legend-m0\" -> \"legend-m1\" -> \"legend-m2\" [style=invis]; \"legend-m3\" -> \"legend-m4\" -> \"legend-m5\" [style=invis];\n"
                     "    \"legend-b0\" -> \"legend-b1\" -> \"legend-b2\" [style=invis]; \"legend-a0\" -> \"legend-a1\" [style=invis];\n  }\n");
    for (int i = 0; i < c->nactors; i++) {
        if (!g->alive[i]) continue;
        bool used = false;
        for (int k = 0; k < g->ne && !used; k++) used = g->e[k].from == i || g->e[k].to == i;
        if (!used) continue;
        const ag_actor *a = &c->actors[i];
        bool inst = ag_is_institution(a, g->date);
        ag_buf_printf(b, "  \"%s\" [shape=ellipse, style=\"%s\", fillcolor=\"#fff3c4\", label=\"", a->id, inst ? "filled" : "solid");
        dot_wrapped(b, a->name, 26);
        ag_buf_printf(b, "\"];\n");
    }
    for (int i = 0; i < c->ninstruments; i++) {
        if (!g->alive[c->nactors + i]) continue;
        const ag_instrument *in = &c->instruments[i];
        const char *bs = in->binding && !strcmp(in->binding, "binding") ? "filled,bold" : in->binding && !strcmp(in->binding, "contractual") ? "filled,dotted" : "filled,dashed";
        ag_buf_printf(b, "  \"%s\" [shape=box, style=\"%s\", penwidth=%s, fillcolor=\"%s\", tooltip=\"", in->id, bs,
                      strstr(bs, "bold") ? "2.5" : "1.2", MODALITY_COLORS[modality_index(in->modality)]);
        ag_buf_dot(b, in->title);
        ag_buf_printf(b, "\", label=\"");
        dot_wrapped(b, in->short_title ? in->short_title : in->id, 24);
        ag_buf_printf(b, "\"];\n");
    }
    for (int k = 0; k < g->ne; k++) {
        const edge *e = &g->e[k];
        const char *f = e->from < c->nactors ? c->actors[e->from].id : c->instruments[e->from - c->nactors].id;
        const char *t = e->to < c->nactors ? c->actors[e->to].id : c->instruments[e->to - c->nactors].id;
        ag_buf_printf(b, "  \"%s\" -> \"%s\" [color=\"%s\", tooltip=\"%s\"%s];\n", f, t, edge_color(e->type), e->type,
                      !strcmp(e->type, "adheres") || !strcmp(e->type, "references") ? ", style=dashed" : "");
    }
    ag_buf_printf(b, "}\n");
}

/* Order institutions by betweenness, then degree (insertion sort: tens of items). */
static void rank_institutions(const figures *f, int *order, int m) {
    for (int i = 0; i < m; i++) order[i] = i;
    for (int i = 1; i < m; i++) {
        int x = order[i], k = i;
        while (k > 0) {
            int y = order[k - 1];
            bool before = f->betweenness[x] > f->betweenness[y] ||
                          (f->betweenness[x] == f->betweenness[y] && f->degree[x] > f->degree[y]);
            if (!before) break;
            order[k] = y;
            k--;
        }
        order[k] = x;
    }
}

char *aigov_map(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_OK;
    if (strcmp(format, "text") && strcmp(format, "json") && strcmp(format, "dot")) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for map; expected text, json, dot or svg", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) { *status = AIGOV_USAGE; return NULL; }
    char ds[11];
    ag_date_format(date, ds);
    graph g;
    figures f;
    if (!ag_filter_check(c, o, d)) { *status = AIGOV_USAGE; return NULL; }
    if (!graph_build(&g, c, date, o) || !figures_compute(c, date, &g, &f)) { graph_free(&g); *status = AIGOV_NOMEM; return NULL; }
    ag_buf b;
    ag_buf_init(&b);
    /* Over time: the same figures on 1 January of every third year up to the date. */
    int years[16], ny = 0, y0 = atoi(ds);
    bool oom = false;
    for (int y = 2014; y < y0 && ny < 15; y += 3) years[ny++] = y;
    figures tf[16];
    for (int i = 0; i < ny; i++) {
        char s[11];
        snprintf(s, sizeof s, "%04d-01-01", years[i]);
        int32_t dd;
        ag_date_parse(s, 10, &dd);
        graph tg;
        memset(&tf[i], 0, sizeof tf[i]);
        if (!graph_build(&tg, c, dd, o) || !figures_compute(c, dd, &tg, &tf[i])) b.oom = true; /* no silent zeros */
        graph_free(&tg);
    }
    int m = f.institutions;
    int *order = malloc(((size_t)m + 1) * sizeof *order);
    if (!order) oom = true; /* a figure left out would be a silently different map */
    if (order) rank_institutions(&f, order, m);
    else b.oom = true;
    int top = o && o->limit > 0 ? o->limit : 15;
    if (top > m) top = m;
    if (!strcmp(format, "dot")) {
        render_dot(&b, c, &g, ds);
    } else if (!strcmp(format, "json")) {
        json_t *root = json_object(), *nodes = json_array(), *edges = json_array(), *inst = json_array(), *tl = json_array();
        ag_json_set(root, "date", json_string(ds));
        ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
        ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
        for (int i = 0; i < c->nactors; i++)
            if (g.alive[i])
                ag_json_push(nodes, json_pack("{s:s, s:s, s:s, s:s, s:b}", "id", c->actors[i].id, "type", "actor", "name",
                                                       c->actors[i].name, "kind", c->actors[i].kind ? c->actors[i].kind : "",
                                                       "institution", ag_is_institution(&c->actors[i], date)));
        for (int i = 0; i < c->ninstruments; i++)
            if (g.alive[c->nactors + i]) {
                const ag_instrument *in = &c->instruments[i];
                ag_json_push(nodes, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "id", in->id, "type", "instrument", "name",
                                                       in->title, "modality", in->modality, "binding", in->binding, "jurisdiction",
                                                       in->jurisdiction ? in->jurisdiction : ""));
            }
        for (int k = 0; k < g.ne; k++) {
            const edge *e = &g.e[k];
            ag_json_push(edges, json_pack("{s:s, s:s, s:s}", "from",
                                                   e->from < c->nactors ? c->actors[e->from].id : c->instruments[e->from - c->nactors].id,
                                                   "to", e->to < c->nactors ? c->actors[e->to].id : c->instruments[e->to - c->nactors].id,
                                                   "type", e->type));
        }
        for (int r = 0; order && r < m; r++) {
            int i = order[r];
            ag_json_push(inst, json_pack("{s:s, s:i, s:f, s:f}", "id", c->actors[f.inst_ids[i]].id, "coordination_links",
                                                  f.degree[i], "degree_centrality", m > 1 ? (double)f.degree[i] / (m - 1) : 0.0,
                                                  "betweenness_centrality", f.betweenness[i]));
        }
        for (int i = 0; i < ny; i++)
            ag_json_push(tl, json_pack("{s:i, s:i, s:i, s:i, s:f, s:f, s:i}", "year", years[i], "institutions", tf[i].institutions,
                                                "institutions_active", tf[i].active,
                                                "instruments", tf[i].instruments, "binding_share", tf[i].binding_share,
                                                "links_per_institution", tf[i].links_per_institution, "components", tf[i].components));
        ag_json_set(root, "figures", json_pack("{s:i, s:i, s:i, s:i, s:f, s:f, s:i, s:i, s:s}", "institutions", f.institutions,
                                                        "institutions_active", f.active,
                                                        "instruments", f.instruments, "binding_instruments", f.binding, "binding_share",
                                                        f.binding_share, "links_per_institution", f.links_per_institution,
                                                        "connected_components", f.components, "largest_component", f.largest_component,
                                                        "centrality", "betweenness (Brandes, normalised by (n-1)(n-2)) and degree (links / (n-1)) over the institution coordination graph"));
        ag_json_set(root, "institutions", inst);
        /* Proposed institutions (Ho et al.'s four models) exist only in what-if overlays. */
        json_t *prop = json_array();
        for (int i = 0; i < c->nactors; i++)
            if (c->actors[i].status && !strcmp(c->actors[i].status, "proposed")) ag_json_push(prop, json_string(c->actors[i].id));
        ag_json_set(root, "proposed_institutions", prop);
        ag_json_set(root, "over_time", tl);
        ag_json_set(root, "nodes", nodes);
        ag_json_set(root, "edges", edges);
        char *s = ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, false);
        json_decref(root);
        if (s) { ag_buf_printf(&b, "%s\n", s); free(s); }
        else b.oom = true;
    } else {
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, "The AI regime complex on %s\n%s\n\n", ds, pl);
        ag_buf_printf(&b, "  institutions            %d (actors of kind igo, supranational, sdo, industry_body,\n"
                          "                          multistakeholder, expert_body, agency or court that exist on the date);\n"
                          "                          %d active in AI (issued or adhere to an instrument adopted by then;\n"
                          "                          `aigov panel` has them by year)\n", f.institutions, f.active);
        ag_buf_printf(&b, "  instruments in force    %d, of which binding %d (%.0f%%)\n", f.instruments, f.binding, 100 * f.binding_share);
        ag_buf_printf(&b, "  coordination links      %.2f per institution (delegation, co-issuing, adherence, or related instruments)\n", f.links_per_institution);
        ag_buf_printf(&b, "  connected components    %d (largest: %d of the actors and instruments)\n", f.components, f.largest_component);
        ag_buf_printf(&b, "  graph                   %d relations (issues, adheres, endorses, implements, references, amends,\n"
                          "                          supersedes, revokes, delegates, contests, preempts, restricts)\n\n", g.ne);
        ag_buf_printf(&b, "Most central institutions (betweenness over the coordination graph, normalised; degree = links)\n");
        for (int r = 0; order && r < top; r++) {
            int i = order[r];
            ag_buf_printf(&b, "  %-48.48s betweenness %.3f  degree %d\n", c->actors[f.inst_ids[i]].name, f.betweenness[i], f.degree[i]);
        }
        int nprop = 0;
        for (int i = 0; i < c->nactors; i++)
            if (c->actors[i].status && !strcmp(c->actors[i].status, "proposed")) {
                if (!nprop++) ag_buf_printf(&b, "\nProposed institutions (not counted above; add one with an overlay, see `aigov whatif`)\n");
                ag_buf_printf(&b, "  %-48.48s functions: ", c->actors[i].name);
                for (int k = 0; k < c->actors[i].functions.n; k++) ag_buf_printf(&b, "%s%s", k ? ", " : "", c->actors[i].functions.items[k]);
                ag_buf_printf(&b, "\n");
            }
        ag_buf_printf(&b, "\nOver time (1 January)\n  year  institutions  instruments  binding share  links/institution  components\n");
        for (int i = 0; i < ny; i++)
            ag_buf_printf(&b, "  %d  %12d  %11d  %12.0f%%  %17.2f  %10d\n", years[i], tf[i].institutions, tf[i].instruments,
                          100 * tf[i].binding_share, tf[i].links_per_institution, tf[i].components);
        ag_buf_printf(&b, "  %.4s  %12d  %11d  %12.0f%%  %17.2f  %10d   (the date)\n", ds, f.institutions, f.instruments,
                      100 * f.binding_share, f.links_per_institution, f.components);
    }
    free(order);
    for (int i = 0; i < ny; i++) figures_free(&tf[i]);
    figures_free(&f);
    graph_free(&g);
    char *res = ag_buf_take(&b);
    if (oom) { free(res); res = NULL; }
    if (!res) *status = AIGOV_NOMEM;
    return res;
}

/* Institution ids on a date, for what-if comparisons. */
int ag_institutions(const aigov_corpus *c, int32_t date, const char **out, int cap) {
    int n = 0;
    for (int i = 0; i < c->nactors && n < cap; i++) if (ag_is_institution(&c->actors[i], date)) out[n++] = c->actors[i].id;
    return n;
}
