/* modelcard.c — drafts a profile from a Hugging Face model card (README.md with YAML
 * front matter between '---' lines) and its body: pipeline_tag and tags (capabilities,
 * content generated, conversation), license, base_model and "Developed by" (activities),
 * the stated parameter count (general-purpose model, AI Act Recital 98), the direct and
 * out-of-scope uses (purposes; not for decisions about people). Only facts the card states
 * and the corpus's vocabularies can express are written; everything else is left out, so
 * it stays unknown and `check` asks about it. Must not guess legal facts (e.g. open
 * weights, which a card on a hub may still gate). */
#include "corpus/corpus.h"
#include "base/yamltree.h"

#include "base/jsonout.h"
#include <stdlib.h>

static const ag_ynode *yget(const ag_ynode *m, const char *key) {
    if (!m || m->kind != AG_Y_MAP) return NULL;
    for (int i = 0; i + 1 < m->nkids; i += 2)
        if (m->kids[i]->kind == AG_Y_SCALAR && !strcmp(m->kids[i]->str, key)) return m->kids[i + 1];
    return NULL;
}

/* "text-generation" -> "text_generation" if that is a term of `vocab`, else NULL. */
static const char *as_term(const aigov_corpus *c, const char *vocab, const char *s) {
    int v = ag_corpus_vocab(c, vocab);
    if (v < 0) return NULL;
    char buf[128];
    size_t n = strlen(s);
    if (n >= sizeof buf) return NULL;
    for (size_t i = 0; i <= n; i++) buf[i] = s[i] == '-' ? '_' : (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    int32_t i = ag_map_get(&c->vocabs[v].index, buf, n);
    return i >= 0 ? c->vocabs[v].terms[i] : NULL;
}

static void add_term(json_t *arr, const char *t) {
    size_t i;
    json_t *x;
    json_array_foreach(arr, i, x) if (!strcmp(json_string_value(x), t)) return;
    ag_json_push(arr, json_string(t));
}

/* The card's body (after the front matter), lowered, for the phrases below. */
static char *lowered(ag_arena *a, const char *s, size_t n) {
    char *b = ag_arena_strndup(a, s, n);
    for (size_t i = 0; b && i < n; i++) b[i] = (char)((b[i] >= 'A' && b[i] <= 'Z') ? b[i] + 32 : b[i]);
    return b;
}

/* The text of the section whose heading contains `title` (lowered), up to the next heading;
 * NULL when the card has none. Written into the lowered body (cut at the next heading). */
static const char *section(char *body, const char *title) {
    for (char *p = body; (p = strstr(p, title));) {
        char *ls = p;
        while (ls > body && ls[-1] != '\n') ls--;
        if (*ls == '#') {
            char *nl = strchr(p, '\n');
            if (!nl) return NULL;
            char *e = strstr(nl, "\n#");
            size_t n = e ? (size_t)(e - nl) : strlen(nl);
            static char buf[4096];
            if (n >= sizeof buf) n = sizeof buf - 1;
            memcpy(buf, nl, n);
            buf[n] = 0;
            return buf;
        }
        p += strlen(title);
    }
    return NULL;
}

/* The parameter count the card states ("7-billion-parameter", "7B parameters"), or 0. */
static double parameters(const char *body) {
    static const char *const units[] = {"-billion-parameter", " billion parameter", "b parameters", "b-parameter", NULL};
    for (int u = 0; units[u]; u++) {
        const char *p = strstr(body, units[u]);
        if (!p) continue;
        const char *q = p;
        while (q > body && ((q[-1] >= '0' && q[-1] <= '9') || q[-1] == '.')) q--;
        if (q == p) continue;
        return strtod(q, NULL) * 1e9;
    }
    return 0;
}

static bool has_field(const aigov_corpus *c, const char *path) { return ag_map_get(&c->field_index, path, strlen(path)) >= 0; }

char *aigov_profile_from_model_card(const aigov_corpus *c, const char *name, const char *text, size_t len,
                                    aigov_diags *d) {
    ag_json_begin();
    /* The front matter: the text between a first line "---" and the next "---" line. */
    if (len < 4 || strncmp(text, "---", 3) || (text[3] != '\n' && text[3] != '\r')) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "no YAML front matter: a model card starts with a '---' line");
        return NULL;
    }
    /* The text need not be NUL-terminated: search within len only. */
    const char *first_nl = memchr(text, '\n', len);
    if (!first_nl) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "front matter is not closed by a '---' line");
        return NULL;
    }
    const char *start = first_nl + 1, *end = NULL;
    for (const char *p = start; p < text + len;) {
        const char *nl = memchr(p, '\n', (size_t)(text + len - p));
        size_t ll = nl ? (size_t)(nl - p) : (size_t)(text + len - p);
        if ((ll == 3 || (ll == 4 && p[3] == '\r')) && !strncmp(p, "---", 3)) { end = p; break; }
        if (!nl) break;
        p = nl + 1;
    }
    if (!end) {
        ag_diag_add(d, name, text, len, 1, 1, 3, "front matter is not closed by a '---' line");
        return NULL;
    }
    ag_arena a;
    ag_arena_init(&a);
    /* Parse the full text up to the closing line so positions match the file. */
    char *copy = ag_arena_strndup(&a, text, (size_t)(end - text));
    if (!copy) { ag_arena_free(&a); return NULL; }
    memset(copy, ' ', 3); /* blank the opening '---' but keep line numbers */
    ag_ynode *root = ag_yaml_parse(&a, name, 0, copy, (size_t)(end - text), d);
    if (!root) { ag_arena_free(&a); return NULL; }
    if (root->kind != AG_Y_MAP) {
        ag_diag_add(d, name, text, len, root->line, root->col, 1, "front matter must be a mapping");
        ag_arena_free(&a);
        return NULL;
    }
    json_t *o = json_object();
    const ag_ynode *mi = yget(root, "model-index");
    const ag_ynode *mname = yget(root, "model_name");
    if (!mname && mi && mi->kind == AG_Y_SEQ && mi->nkids) mname = yget(mi->kids[0], "name");
    const char *nm = mname && mname->kind == AG_Y_SCALAR ? mname->str : NULL;
    if (nm) {
        char id[128];
        size_t k = 0;
        for (const char *p = nm; *p && k < sizeof id - 1; p++) {
            char ch = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) id[k++] = ch;
            else if (k && id[k - 1] != '-') id[k++] = '-';
        }
        while (k && id[k - 1] == '-') k--;
        id[k] = 0;
        if (k) ag_json_set(o, "id", json_string(id));
        ag_json_set(o, "name", json_string(nm));
    }
    json_t *model = json_object(), *caps = json_array(), *purposes = json_array();
    const ag_ynode *lic = yget(root, "license");
    if (lic && lic->kind == AG_Y_SCALAR && !ag_ynode_is_null(lic) && ag_map_get(&c->field_index, "model.license", 13) >= 0) {
        const ag_ynode *ln = yget(root, "license_name");
        ag_json_set(model, "license", json_string(!strcmp(lic->str, "other") && ln && ln->kind == AG_Y_SCALAR ? ln->str : lic->str));
    }
    const ag_ynode *pt = yget(root, "pipeline_tag");
    if (pt && pt->kind == AG_Y_SCALAR) {
        const char *t = as_term(c, "capabilities", pt->str);
        if (t) add_term(caps, t);
    }
    const ag_ynode *tags = yget(root, "tags");
    for (int i = 0; tags && tags->kind == AG_Y_SEQ && i < tags->nkids; i++) {
        if (tags->kids[i]->kind != AG_Y_SCALAR) continue;
        const char *t = as_term(c, "capabilities", tags->kids[i]->str);
        if (t) add_term(caps, t);
        t = as_term(c, "purposes", tags->kids[i]->str);
        if (t) add_term(purposes, t);
    }
    /* The card's body: what the model does, who made it, what it is for and not for. */
    const char *after = memchr(end, '\n', (size_t)(text + len - end));
    char *body = after ? lowered(&a, after, (size_t)(text + len - after)) : NULL;
    bool generates = false;
    static const char *const GEN[] = {"text-generation", "text2text-generation", "text-to-image", "text-to-speech",
                                      "text-to-video", "text-to-audio", "image-to-image", NULL};
    for (int i = 0; pt && pt->kind == AG_Y_SCALAR && GEN[i]; i++) generates |= !strcmp(pt->str, GEN[i]);
    bool text_only = pt && pt->kind == AG_Y_SCALAR && (!strcmp(pt->str, "text-generation") || !strcmp(pt->str, "text2text-generation"));
    bool chat = false;
    for (int i = 0; tags && tags->kind == AG_Y_SEQ && i < tags->nkids; i++)
        if (tags->kids[i]->kind == AG_Y_SCALAR && (!strcmp(tags->kids[i]->str, "conversational") || !strcmp(tags->kids[i]->str, "chat")))
            chat = true;
    if (chat) {
        const char *t = as_term(c, "capabilities", "conversation");
        if (t) add_term(caps, t);
    }
    const char *direct = body ? section(body, "direct use") : NULL;
    char directb[4096] = "";
    if (direct) snprintf(directb, sizeof directb, "%s", direct);
    const char *oos = body ? section(body, "out-of-scope") : NULL;
    char oosb[4096] = "";
    if (oos) snprintf(oosb, sizeof oosb, "%s", oos);
    /* AI Act Recital 98: a model with at least a billion parameters trained on large data
     * with self-supervision at scale should be considered to display significant generality;
     * a text or image generator of that size is read as a general-purpose model. */
    double params = body ? parameters(body) : 0;
    bool gpai = params >= 1e9 && generates;
    if (gpai && has_field(c, "model.general_purpose")) ag_json_set(model, "general_purpose", json_true());
    /* Who made it: "Developed by" and a base model it was fine-tuned from (training). */
    const ag_ynode *bm = yget(root, "base_model");
    if ((body && strstr(body, "developed by")) || (bm && !ag_ynode_is_null(bm))) {
        json_t *acts = json_array();
        const char *t = as_term(c, "activities", "develops");
        if (t) add_term(acts, t);
        /* The card publishes the model under the name of the maker it names. */
        if (body && strstr(body, "developed by") && (t = as_term(c, "activities", "markets_under_own_name"))) add_term(acts, t);
        if (json_array_size(acts) && has_field(c, "activities")) ag_json_set_ref(o, "activities", acts);
        json_decref(acts);
    }
    /* Intended uses the card names (its direct use) become purposes; a use it puts out of
     * scope is not one of them, so the list is the intended purposes. */
    if (directb[0]) {
        const char *t;
        if ((strstr(directb, "chat") || strstr(directb, "assistant")) && (t = as_term(c, "purposes", "chatbot"))) add_term(purposes, t);
        if ((strstr(directb, "draft") || strstr(directb, "summar") || strstr(directb, "writ") || strstr(directb, "generat")) &&
            (t = as_term(c, "purposes", "content_generation")))
            add_term(purposes, t);
        if (gpai && (t = as_term(c, "purposes", "general_purpose"))) add_term(purposes, t);
        /* Not solely for research when it names other uses (AI Act Art. 2(6)). */
        if (json_array_size(purposes) && !strstr(directb, "research") && has_field(c, "research_only")) ag_json_set(o, "research_only", json_false());
    }
    if (generates && has_field(c, "generates_synthetic_content")) ag_json_set(o, "generates_synthetic_content", json_true());
    /* Drafting and generating text from prompts is more than standard editing (Art. 50(2)). */
    if (generates && directb[0] && (strstr(directb, "draft") || strstr(directb, "generat") || strstr(directb, "writ")) &&
        has_field(c, "assistive_editing_only"))
        ag_json_set(o, "assistive_editing_only", json_false());
    /* A card that names its maker publishes the model: not development before release (Art. 2(8)). */
    if (body && strstr(body, "developed by") && has_field(c, "pre_market_development")) ag_json_set(o, "pre_market_development", json_false());
    /* A deep fake is image, audio or video content (AI Act Art. 3(60)); a text generator makes none. */
    if (text_only && has_field(c, "deep_fake")) ag_json_set(o, "deep_fake", json_false());
    if (chat && has_field(c, "interacts_with_natural_persons")) ag_json_set(o, "interacts_with_natural_persons", json_true());
    /* Decisions about people are out of scope: it is not intended to profile them. */
    if (oosb[0] && strstr(oosb, "decisions about people")) {
        if (has_field(c, "performs_profiling")) ag_json_set(o, "performs_profiling", json_false());
        /* Nor to make, or be a substantial factor in, consequential decisions (hiring, credit). */
        json_t *dec = json_object();
        if (has_field(c, "decisions.substantial_factor")) ag_json_set(dec, "substantial_factor", json_false());
        if (has_field(c, "decisions.materially_influences")) ag_json_set(dec, "materially_influences", json_false());
        if (json_object_size(dec)) ag_json_set_ref(o, "decisions", dec);
        json_decref(dec);
    }
    if (json_object_size(model) && ag_map_get(&c->field_index, "model.license", 13) >= 0) ag_json_set_ref(o, "model", model);
    if (json_array_size(caps) && ag_map_get(&c->field_index, "capabilities", 12) >= 0) ag_json_set_ref(o, "capabilities", caps);
    if (json_array_size(purposes) && ag_map_get(&c->field_index, "purposes", 8) >= 0) ag_json_set_ref(o, "purposes", purposes);
    json_decref(model);
    json_decref(caps);
    json_decref(purposes);
    ag_arena_free(&a);
    char *s = ag_json_dump(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER, true);
    json_decref(o);
    return s;
}
