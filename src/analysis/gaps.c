/* gaps.c — coverage of the regime complex: the matrix topic x target layer x jurisdiction,
 * each cell binding / voluntary only / none with the instruments that fill it, and the
 * largest gaps ranked (docs/analysis.md, "Gaps"). Renders text, JSON, Markdown, and an
 * HTML or SVG heat map. Must not print or exit. */
#include "analysis/analysis.h"
#include "analysis/analysis_util.h"

#include "base/jsonout.h"
#include <stdio.h>
#include <stdlib.h>

enum { CELL_NONE, CELL_VOLUNTARY, CELL_BINDING };
static const char *const CELL_NAMES[] = {"none", "voluntary_only", "binding"};
static const char *const LAYER_NAMES[] = {"development", "deployment", "infrastructure"};

typedef struct cov {
    const aigov_corpus *c;
    int32_t date;
    const char **topics;
    int ntopics;
    const char *layers[3];
    int nlayers;
    const char **juris;
    int njuris;
    uint8_t *status;          /* [t][l][j] */
    const ag_instrument ***fill; /* [t][l][j] -> list of instruments */
    int *nfill;
} cov;

static int cell(const cov *v, int t, int l, int j) { return (t * v->nlayers + l) * v->njuris + j; }

/* Does the instrument count for coverage of (topic, layer) on the date (analysis_util.h). */
static bool covers_topic_layer(const aigov_corpus *c, const ag_instrument *in, int32_t date, const char *t, const char *l) {
    return ag_instrument_counts(c, in, date) && ag_instrument_has_topic(in, t) && ag_instrument_has_layer(in, l);
}

static int cmp_str(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    /* INTL last: it is the international column. */
    if (!strcmp(x, "INTL")) return 1;
    if (!strcmp(y, "INTL")) return -1;
    return strcmp(x, y);
}

static bool cov_build(cov *v, ag_arena *a, const aigov_corpus *c, int32_t date, const aigov_analysis_opts *o, aigov_diags *d) {
    memset(v, 0, sizeof *v);
    v->c = c;
    v->date = date;
    int tv = ag_corpus_vocab(c, "topics");
    if (tv < 0) { ag_diag_add(d, c->source, NULL, 0, 0, 0, 0, "the corpus has no topics vocabulary"); return false; }
    v->topics = AG_NEW(a, const char *, (size_t)c->vocabs[tv].n + 1);
    v->juris = AG_NEW(a, const char *, (size_t)c->ninstruments + 1);
    if (!v->topics || !v->juris) return false;
    for (int i = 0; i < c->vocabs[tv].n; i++)
        if (!o || !o->topic || !strcmp(o->topic, c->vocabs[tv].terms[i])) v->topics[v->ntopics++] = c->vocabs[tv].terms[i];
    if (o && o->topic && !v->ntopics) {
        const char *s = ag_suggest(o->topic, strlen(o->topic), c->vocabs[tv].terms, (size_t)c->vocabs[tv].n);
        ag_diag_add(d, "--topic", NULL, 0, 0, 0, 0, "unknown topic '%s'%s%s%s", o->topic, s ? " (did you mean '" : "", s ? s : "", s ? "'?)" : "");
        return false;
    }
    for (int l = 0; l < 3; l++)
        if (!o || !o->layer || !strcmp(o->layer, LAYER_NAMES[l])) v->layers[v->nlayers++] = LAYER_NAMES[l];
    if (!v->nlayers) {
        ag_diag_add(d, "--layer", NULL, 0, 0, 0, 0, "unknown layer '%s'; expected development, deployment or infrastructure", o->layer);
        return false;
    }
    /* Columns: every jurisdiction some instrument has; with --jurisdiction, that one place,
     * whether or not any instrument has it (a state with no AI law is an all-"none" column). */
    if (o && o->jurisdiction && *o->jurisdiction) v->juris[v->njuris++] = o->jurisdiction;
    else
        for (int i = 0; i < c->ninstruments; i++) {
            const char *j = c->instruments[i].jurisdiction;
            if (!j) continue;
            bool seen = false;
            for (int k = 0; k < v->njuris; k++) if (!strcmp(v->juris[k], j)) seen = true;
            if (!seen) v->juris[v->njuris++] = j;
        }
    qsort(v->juris, (size_t)v->njuris, sizeof *v->juris, cmp_str);
    int ncells = v->ntopics * v->nlayers * v->njuris;
    v->status = AG_NEW(a, uint8_t, (size_t)ncells + 1);
    v->fill = AG_NEW(a, const ag_instrument **, (size_t)ncells + 1);
    v->nfill = AG_NEW(a, int, (size_t)ncells + 1);
    if (!v->status || !v->fill || !v->nfill) return false;
    for (int t = 0; t < v->ntopics; t++)
        for (int l = 0; l < v->nlayers; l++)
            for (int j = 0; j < v->njuris; j++) {
                int k = cell(v, t, l, j);
                for (int i = 0; i < c->ninstruments; i++) {
                    const ag_instrument *in = &c->instruments[i];
                    if (!covers_topic_layer(c, in, date, v->topics[t], v->layers[l]) || !ag_instrument_reaches(c, in, v->juris[j], date))
                        continue;
                    if (!v->fill[k]) v->fill[k] = AG_NEW(a, const ag_instrument *, (size_t)c->ninstruments + 1);
                    if (!v->fill[k]) return false;
                    v->fill[k][v->nfill[k]++] = in;
                    int s = in->binding && !strcmp(in->binding, "binding") ? CELL_BINDING : CELL_VOLUNTARY;
                    if (s > v->status[k]) v->status[k] = (uint8_t)s;
                }
            }
    return true;
}

/* A gap: a cell without binding coverage. Its size: 2 when nothing covers it, 1 when only
 * voluntary instruments do, times (1 + the number of other jurisdictions where the same
 * topic and layer are bound by law) — a gap is larger where others show that binding
 * rules are possible and where activity can move to escape them. */
typedef struct gap { int t, l, j, score, peers; } gap;

static int cmp_gap(const void *a, const void *b) {
    const gap *x = a, *y = b;
    if (x->score != y->score) return y->score - x->score;
    if (x->t != y->t) return x->t - y->t;
    if (x->l != y->l) return x->l - y->l;
    return x->j - y->j;
}

/* The number of jurisdictions whose own binding law in force covers (topic, layer): the
 * distinct jurisdictions of binding instruments that cover it. It depends on the corpus and
 * the date only, not on the columns shown, so a cell scores the same filtered or not. */
static int binding_jurisdictions(const aigov_corpus *c, int32_t date, const char *t, const char *l) {
    int n = 0;
    for (int i = 0; i < c->ninstruments; i++) {
        const ag_instrument *in = &c->instruments[i];
        if (!in->jurisdiction || !in->binding || strcmp(in->binding, "binding") || !covers_topic_layer(c, in, date, t, l)) continue;
        bool seen = false;
        for (int k = 0; k < i && !seen; k++) {
            const ag_instrument *x = &c->instruments[k];
            seen = x->jurisdiction && !strcmp(x->jurisdiction, in->jurisdiction) && x->binding && !strcmp(x->binding, "binding") &&
                   covers_topic_layer(c, x, date, t, l);
        }
        n += !seen;
    }
    return n;
}

static gap *rank_gaps(const cov *v, ag_arena *a, int *n) {
    gap *g = AG_NEW(a, gap, (size_t)(v->ntopics * v->nlayers * v->njuris) + 1);
    *n = 0;
    if (!g) return NULL;
    for (int t = 0; t < v->ntopics; t++)
        for (int l = 0; l < v->nlayers; l++) {
            int bound = binding_jurisdictions(v->c, v->date, v->topics[t], v->layers[l]);
            for (int j = 0; j < v->njuris; j++) {
                int s = v->status[cell(v, t, l, j)];
                if (s == CELL_BINDING) continue;
                g[*n] = (gap){t, l, j, (s == CELL_NONE ? 2 : 1) * (1 + bound), bound};
                (*n)++;
            }
        }
    qsort(g, (size_t)*n, sizeof *g, cmp_gap);
    return g;
}

static const char *const COLORS[] = {"#f4d6d2", "#f6c65b", "#2e8b57"};
static const char *const TEXT_COLORS[] = {"#7a2e25", "#5a4300", "#ffffff"};
static const char *const GLYPHS[] = {".", "v", "B"};

static void svg_heatmap(ag_buf *b, const cov *v, const char *ds, bool standalone) {
    int cw = 44, ch = 18, left = 250, top = 150;
    int rows = v->ntopics * v->nlayers, width = left + cw * v->njuris + 30, height = top + ch * rows + 20;
    if (width < 640) width = 640; /* room for the legend */
    if (standalone) ag_buf_printf(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    ag_buf_printf(b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n",
                  width, height, width, height);
    ag_buf_printf(b, "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n");
    ag_buf_printf(b, "<text x=\"10\" y=\"22\" font-size=\"16\" font-weight=\"bold\">Coverage of the AI regime complex on %s</text>\n", ds);
    ag_buf_printf(b, "<text x=\"10\" y=\"40\" fill=\"#555\">topic &#215; target layer (rows) &#215; jurisdiction (columns); hover a cell for its instruments</text>\n");
    /* The legend first, where it is seen before the matrix. */
    const char *labels[] = {"no instrument", "voluntary instruments only", "binding law"};
    for (int s = 2, k = 0; s >= 0; s--, k++) {
        int x = 10 + k * 200;
        ag_buf_printf(b, "<rect x=\"%d\" y=\"52\" width=\"18\" height=\"14\" fill=\"%s\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"%d\" y=\"63\">%s</text>\n",
                      x, COLORS[s], x + 24, labels[s]);
    }
    ag_buf_printf(b, "<text x=\"10\" y=\"84\" fill=\"#555\">The number in a cell counts the instruments in force that cover it.</text>\n");
    for (int j = 0; j < v->njuris; j++) {
        int x = left + j * cw + cw / 2;
        ag_buf_printf(b, "<text x=\"%d\" y=\"%d\" transform=\"rotate(-50 %d %d)\" font-weight=\"bold\">", x, top - 8, x, top - 8);
        ag_buf_xml(b, v->juris[j]);
        ag_buf_printf(b, "</text>\n");
    }
    for (int t = 0; t < v->ntopics; t++) {
        int y0 = top + t * v->nlayers * ch;
        if (t % 2 == 0) ag_buf_printf(b, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f5f5f7\"/>\n", y0, left - 4, ch * v->nlayers);
        ag_buf_printf(b, "<text x=\"8\" y=\"%d\" font-weight=\"bold\">", y0 + ch - 5);
        ag_buf_xml(b, v->topics[t]);
        ag_buf_printf(b, "</text>\n");
        for (int l = 0; l < v->nlayers; l++) {
            int y = y0 + l * ch;
            ag_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555\">%s</text>\n", left - 8, y + ch - 5, v->layers[l]);
            for (int j = 0; j < v->njuris; j++) {
                int k = cell(v, t, l, j), s = v->status[k];
                ag_buf_printf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>",
                              left + j * cw, y, cw, ch, COLORS[s]);
                ag_buf_xml(b, v->topics[t]);
                ag_buf_printf(b, " / %s / ", v->layers[l]);
                ag_buf_xml(b, v->juris[j]);
                ag_buf_printf(b, ": %s", CELL_NAMES[s]);
                for (int i = 0; i < v->nfill[k]; i++) { ag_buf_printf(b, "%s", i ? ", " : " — "); ag_buf_xml(b, v->fill[k][i]->id); }
                ag_buf_printf(b, "</title></rect>\n");
                if (v->nfill[k])
                    ag_buf_printf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\" font-size=\"10\">%d</text>\n",
                                  left + j * cw + cw / 2, y + ch - 5, TEXT_COLORS[s], v->nfill[k]);
            }
        }
    }
    ag_buf_printf(b, "</svg>\n");
}

char *aigov_gaps(const aigov_corpus *c, const aigov_analysis_opts *o, const char *format, aigov_diags *d,
                 aigov_status *status) {
    ag_json_begin();
    *status = AIGOV_OK;
    static const char *const FORMATS[] = {"text", "json", "md", "html", "svg"};
    bool okf = false;
    for (size_t i = 0; i < AG_ARRAY_LEN(FORMATS); i++) if (!strcmp(format, FORMATS[i])) okf = true;
    if (!okf) {
        ag_diag_add(d, "--format", NULL, 0, 0, 0, 0, "unknown format '%s' for gaps; expected text, json, md, html or svg", format);
        *status = AIGOV_USAGE;
        return NULL;
    }
    int32_t date;
    if (!ag_analysis_date(o, &date, d)) { *status = AIGOV_USAGE; return NULL; }
    if (!ag_filter_check(c, o, d)) { *status = AIGOV_USAGE; return NULL; }
    ag_arena a;
    ag_arena_init(&a);
    cov v;
    if (!cov_build(&v, &a, c, date, o, d)) {
        *status = d && d->n ? AIGOV_USAGE : AIGOV_NOMEM;
        ag_arena_free(&a);
        return NULL;
    }
    int ngaps = 0;
    gap *g = rank_gaps(&v, &a, &ngaps);
    int limit = o && o->limit > 0 ? o->limit : 15;
    if (limit > ngaps) limit = ngaps;
    char ds[11];
    ag_date_format(date, ds);
    int counts[3] = {0, 0, 0};
    for (int k = 0; k < v.ntopics * v.nlayers * v.njuris; k++) counts[v.status[k]]++;
    ag_buf b;
    ag_buf_init(&b);
    char *res = NULL;
    if (!strcmp(format, "json")) {
        json_t *root = json_object(), *cells = json_array(), *gl = json_array();
        ag_json_set(root, "date", json_string(ds));
        ag_json_set(root, "aigov_version", json_string(AIGOV_VERSION));
        ag_json_set(root, "corpus", ag_corpus_provenance_json(c));
        json_t *ts = json_array(), *ls = json_array(), *js = json_array();
        for (int t = 0; t < v.ntopics; t++) ag_json_push(ts, json_string(v.topics[t]));
        for (int l = 0; l < v.nlayers; l++) ag_json_push(ls, json_string(v.layers[l]));
        for (int j = 0; j < v.njuris; j++) ag_json_push(js, json_string(v.juris[j]));
        ag_json_set(root, "topics", ts);
        ag_json_set(root, "layers", ls);
        ag_json_set(root, "jurisdictions", js);
        ag_json_set(root, "summary", json_pack("{s:i, s:i, s:i}", "binding", counts[2], "voluntary_only", counts[1], "none", counts[0]));
        for (int t = 0; t < v.ntopics; t++)
            for (int l = 0; l < v.nlayers; l++)
                for (int j = 0; j < v.njuris; j++) {
                    int k = cell(&v, t, l, j);
                    json_t *ins = json_array();
                    for (int i = 0; i < v.nfill[k]; i++) ag_json_push(ins, json_string(v.fill[k][i]->id));
                    ag_json_push(cells, json_pack("{s:s, s:s, s:s, s:s, s:o}", "topic", v.topics[t], "layer", v.layers[l],
                                                           "jurisdiction", v.juris[j], "status", CELL_NAMES[v.status[k]], "instruments", ins));
                }
        for (int i = 0; i < limit; i++)
            ag_json_push(gl, json_pack("{s:i, s:s, s:s, s:s, s:s, s:i, s:i}", "rank", i + 1, "topic", v.topics[g[i].t],
                                                "layer", v.layers[g[i].l], "jurisdiction", v.juris[g[i].j], "status",
                                                CELL_NAMES[v.status[cell(&v, g[i].t, g[i].l, g[i].j)]], "score", g[i].score,
                                                "jurisdictions_with_binding_rules", g[i].peers));
        ag_json_set(root, "cells", cells);
        ag_json_set(root, "largest_gaps", gl);
        ag_json_set(root, "ranking", json_string("score = (2 if no instrument, 1 if only voluntary ones) x (1 + jurisdictions whose own binding law in force covers the same topic and layer)"));
        char *s = ag_json_dump(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER, false);
        json_decref(root);
        if (s) { ag_buf_printf(&b, "%s\n", s); free(s); }
        else b.oom = true;
    } else if (!strcmp(format, "svg")) {
        svg_heatmap(&b, &v, ds, true);
    } else if (!strcmp(format, "html")) {
        ag_buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>aigov gaps %s</title>\n", ds);
        ag_buf_printf(&b, "<style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222;max-width:1200px}"
                          "table.gaps{border-collapse:collapse;margin:12px 0}table.gaps td,table.gaps th{padding:4px 8px;border-bottom:1px solid #eee;text-align:left}"
                          ".stat{display:inline-block;margin-right:24px;font-size:14px}.stat b{font-size:22px;display:block}"
                          ".sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}</style></head><body>\n");
        ag_buf_printf(&b, "<h1>Where the AI regime complex is weak</h1>\n<p>Coverage on %s of every topic and target layer in every jurisdiction the corpus "
                          "has law for: a cell is green when binding law covers it, amber when only voluntary instruments do, pale red when nothing does.</p>\n", ds);
        ag_buf_printf(&b, "<div><span class=\"stat\"><b>%d</b>cells bound by law</span><span class=\"stat\"><b>%d</b>voluntary only</span>"
                          "<span class=\"stat\"><b>%d</b>no instrument</span></div>\n", counts[2], counts[1], counts[0]);
        svg_heatmap(&b, &v, ds, false);
        ag_buf_printf(&b, "<h2>The %d largest gaps</h2>\n<p>Score = 2 when no instrument covers the cell, 1 when only voluntary ones do, times "
                          "(1 + the number of other jurisdictions whose own binding law covers the same topic and layer).</p>\n<table class=\"gaps\"><tr><th>#</th><th>topic</th><th>layer</th><th>jurisdiction</th><th>status</th><th>score</th></tr>\n", limit);
        for (int i = 0; i < limit; i++) {
            int s = v.status[cell(&v, g[i].t, g[i].l, g[i].j)];
            ag_buf_printf(&b, "<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td><span class=\"sw\" style=\"background:%s\"></span>%s</td><td>%d</td></tr>\n",
                          i + 1, v.topics[g[i].t], v.layers[g[i].l], v.juris[g[i].j], COLORS[s], CELL_NAMES[s], g[i].score);
        }
        ag_buf_printf(&b, "</table>\n</body></html>\n");
    } else {
        bool md = !strcmp(format, "md");
        char pl[400];
        ag_corpus_provenance_line(c, pl, sizeof pl);
        ag_buf_printf(&b, md ? "# Coverage and gaps on %s\n\n%s\n\n" : "Coverage and gaps on %s\n%s\n\n", ds, pl);
        ag_buf_printf(&b, "%d topics x %d layers x %d jurisdictions: %d cells bound by law, %d voluntary only, %d with no instrument.\n\n",
                      v.ntopics, v.nlayers, v.njuris, counts[2], counts[1], counts[0]);
        if (md) {
            ag_buf_printf(&b, "| topic | layer |");
            for (int j = 0; j < v.njuris; j++) ag_buf_printf(&b, " %s |", v.juris[j]);
            ag_buf_printf(&b, "\n|---|---|");
            for (int j = 0; j < v.njuris; j++) ag_buf_printf(&b, "---|");
            ag_buf_printf(&b, "\n");
        } else {
            ag_buf_printf(&b, "B binding law, v voluntary only, . none\n%-22s %-15s", "topic", "layer");
            for (int j = 0; j < v.njuris; j++) ag_buf_printf(&b, " %-9.9s", v.juris[j]);
            ag_buf_printf(&b, "\n");
        }
        for (int t = 0; t < v.ntopics; t++)
            for (int l = 0; l < v.nlayers; l++) {
                ag_buf_printf(&b, md ? "| %s | %s |" : "%-22s %-15s", l == 0 ? v.topics[t] : "", v.layers[l]);
                for (int j = 0; j < v.njuris; j++) {
                    int s = v.status[cell(&v, t, l, j)];
                    if (md) ag_buf_printf(&b, " %s |", s == CELL_BINDING ? "**binding**" : s == CELL_VOLUNTARY ? "voluntary" : "—");
                    else ag_buf_printf(&b, " %-9s", GLYPHS[s]);
                }
                ag_buf_printf(&b, "\n");
            }
        ag_buf_printf(&b, md ? "\n## The %d largest gaps\n\n" : "\nThe %d largest gaps\n", limit);
        ag_buf_printf(&b, "(score = 2 if nothing covers the cell, 1 if only voluntary instruments do, times 1 + the number of\n"
                          "other jurisdictions whose own binding law covers the same topic and layer)\n\n");
        for (int i = 0; i < limit; i++) {
            int k = cell(&v, g[i].t, g[i].l, g[i].j);
            ag_buf_printf(&b, md ? "%d. **%s / %s / %s** — %s, score %d" : "%3d. %s / %s / %s: %s, score %d", i + 1, v.topics[g[i].t],
                          v.layers[g[i].l], v.juris[g[i].j], CELL_NAMES[v.status[k]], g[i].score);
            if (v.nfill[k]) {
                ag_buf_printf(&b, " (");
                for (int q = 0; q < v.nfill[k]; q++) ag_buf_printf(&b, "%s%s", q ? ", " : "", v.fill[k][q]->id);
                ag_buf_printf(&b, ")");
            }
            ag_buf_printf(&b, "; binding elsewhere in %d jurisdiction%s\n", g[i].peers, g[i].peers == 1 ? "" : "s");
        }
    }
    res = ag_buf_take(&b);
    if (!res) *status = AIGOV_NOMEM;
    ag_arena_free(&a);
    return res;
}

/* Cell statuses for what-if comparisons: fills keys "topic/layer/jurisdiction" -> status.
 * Returns the number of cells, or -1 on error; arrays in `a`. */
int ag_gap_cells(const aigov_corpus *c, int32_t date, ag_arena *a, const char ***keys, uint8_t **status) {
    cov v;
    if (!cov_build(&v, a, c, date, NULL, NULL)) return -1;
    int n = v.ntopics * v.nlayers * v.njuris;
    *keys = AG_NEW(a, const char *, (size_t)n + 1);
    *status = v.status;
    if (!*keys) return -1;
    for (int t = 0; t < v.ntopics; t++)
        for (int l = 0; l < v.nlayers; l++)
            for (int j = 0; j < v.njuris; j++)
                (*keys)[cell(&v, t, l, j)] = ag_arena_printf(a, "%s/%s/%s", v.topics[t], v.layers[l], v.juris[j]);
    return n;
}

const char *ag_gap_status_name(int s) { return s >= 0 && s < 3 ? CELL_NAMES[s] : "none"; }
