/* cmd_ask.c — `aigov ask [PROFILE] [-o OUT]`: the interview. Asks the question that decides
 * the most (the first of the check's ranked questions that a binding provision waits for),
 * validates the answer through the library (aigov_profile_answer), decides again, and stops
 * when no binding provision is undecided or the user quits; then writes the completed
 * profile. Questions and messages go to stderr, so that the profile can go to stdout. Answers
 * are read one per line, from a terminal or from a pipe (tests and scripts). */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <strings.h>
#include <unistd.h>

/* Reads one line of stdin without its newline into buf; false at end of input. */
static bool read_answer(char *buf, size_t cap) {
    if (!fgets(buf, (int)cap, stdin)) return false;
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) buf[--n] = 0;
    return true;
}

static bool is_word(const char *a, const char *const *words) {
    while (*a == ' ') a++;
    for (; *words; words++)
        if (!strcasecmp(a, *words)) return true;
    return false;
}

/* Prints question q with its answer form. */
static void show_question(const aigov_question *q, int undecided, int asked) {
    fprintf(stderr, "\n[%d binding provision%s undecided] Question %d (%s, decides %d binding provision%s):\n", undecided,
            undecided == 1 ? "" : "s", asked, q->id, q->nbinding, q->nbinding == 1 ? "" : "s");
    fprintf(stderr, "  %s\n", q->text);
    if (q->defined_in) fprintf(stderr, "  (defined in %s)\n", q->defined_in);
    if (q->current)
        fprintf(stderr, "  The profile says %s; what it decides turns on a part of it: name the part (a state, a province,\n"
                        "  e.g. US-CA), or ? if you do not know.\n", q->current);
    if (!strcmp(q->type, "term") || !strcmp(q->type, "terms")) {
        for (int i = 0; i < q->nchoices; i++)
            fprintf(stderr, "  %3d. %s%s%s%s\n", i + 1, q->choices[i], q->labels[i] ? " — " : "", q->labels[i] ? q->labels[i] : "", "");
        fprintf(stderr, !strcmp(q->type, "terms") ? "  Answer with numbers or names, comma-separated (none for none)" : "  Answer with a number or a name");
    } else if (!strcmp(q->type, "bool")) fputs("  Answer yes or no", stderr);
    else if (!strcmp(q->type, "date")) fputs("  Answer with a date YYYY-MM-DD", stderr);
    else if (!strcmp(q->type, "number")) fputs("  Answer with a number (e.g. 3e25, 10,000, 1.5M)", stderr);
    else if (!strcmp(q->type, "regions")) fputs("  Answer with region codes or names, comma-separated (e.g. DE, EU, US-CA; none for none)", stderr);
    else fputs("  Answer with text", stderr);
    fputs("; ? = don't know, q = quit.\n> ", stderr);
}

/* Remembers that the question of field `id` is not asked again; false (said) when out of
 * memory. */
static bool skip(char ***skipped, int *n, const char *id) {
    char **ns = realloc(*skipped, sizeof **skipped * (size_t)(*n + 1));
    if (ns) *skipped = ns;
    if (!ns || !(ns[*n] = strdup(id))) {
        fputs("aigov: error: out of memory\n", stderr);
        return false;
    }
    (*n)++;
    return true;
}

/* Checks the profile text; NULL after printing the errors. */
static aigov_result *decide(const aigov_corpus *c, const opts *o, const char *json, aigov_profile **pp) {
    aigov_diags d;
    aigov_diags_init(&d, 20);
    aigov_result *r = NULL;
    *pp = NULL;
    if (aigov_profile_parse(c, "profile", json, strlen(json), o->date, pp, &d) == AIGOV_OK) {
        aigov_check_opts co = {o->role, false};
        if (aigov_check(c, *pp, &co, &r, &d) != AIGOV_OK) r = NULL;
    }
    if (!r) print_diags(&d);
    aigov_diags_free(&d);
    return r;
}

int cmd_ask(const opts *o) {
    const char *in = NULL, *out = o->out;
    for (int i = 0; i < o->nargs; i++) {
        if (!strcmp(o->args[i], "-o")) {
            if (i + 1 >= o->nargs) { usage_error("-o needs a file name%s", ""); return EXIT_BAD; }
            out = o->args[++i];
        } else if (!in) in = o->args[i];
        else { usage_error("ask takes at most one PROFILE, found '%s'", o->args[i]); return EXIT_BAD; }
    }
    if (in && o->from_model_card) { usage_error("ask: give a PROFILE or --from-model-card, not both%s", ""); return EXIT_BAD; }
    aigov_corpus *c = load_corpus(o);
    if (!c) return EXIT_BAD;
    char *json = NULL;
    size_t len = 0;
    int rc = EXIT_BAD;
    if (in) {
        if (!read_all(in, &json, &len)) goto done;
    } else if (o->from_model_card) {
        char *card;
        if (!read_all(o->from_model_card, &card, &len)) goto done;
        aigov_diags d;
        aigov_diags_init(&d, 10);
        json = aigov_profile_from_model_card(c, o->from_model_card, card, len, &d);
        if (!json) print_diags(&d);
        aigov_diags_free(&d);
        free(card);
        if (!json) goto done;
    } else if (!(json = strdup("{}\n"))) goto done;
    bool tty = isatty(fileno(stdin));
    char **skipped = NULL;
    int nskipped = 0, asked = 0, answered = 0, last_undecided = 0;
    char last_id[256] = "", last_current[512] = "";
    bool quit = false, name_asked = false;
    for (;;) {
        aigov_profile *p;
        aigov_result *r = decide(c, o, json, &p);
        if (!r) { aigov_profile_free(p); goto done_skip; }
        (void)tty;
        int undecided = aigov_result_undecided_binding(r);
        /* An answer that decided nothing more and left the question as it was (the same as
         * the profile said, "US" where a provision asks about a state): its question is not
         * asked again, or it would never end. A first "US" that leaves the state open is
         * followed up, since the question then says what the profile holds. */
        if (last_id[0] && undecided == last_undecided) {
            bool again = false;
            aigov_question lq;
            for (int i = 0; i < aigov_result_nquestions(r) && !again; i++)
                again = aigov_result_question(r, i, &lq) && lq.binding && !strcmp(lq.id, last_id) &&
                        !strcmp(lq.current ? lq.current : "", last_current);
            if (again) {
                fputs("  That answer decides nothing more; not asked again (as ?).\n", stderr);
                if (!skip(&skipped, &nskipped, last_id)) { aigov_result_free(r); aigov_profile_free(p); goto done_skip; }
            }
        }
        last_id[0] = 0;
        /* The system's name first, so that the report names it (not the output path). */
        if (!name_asked && !quit && !aigov_profile_name_given(p)) {
            name_asked = true;
            fputs("\nWhat is the system called? (its name, shown in reports; ? = skip, q = quit)\n> ", stderr);
            char line[1024];
            if (!read_answer(line, sizeof line)) { quit = true; if (!tty) fputs("(end of input)\n", stderr); }
            else {
                if (!tty) fprintf(stderr, "%s\n", line);
                static const char *const QUIT[] = {"q", "quit", "exit", NULL};
                static const char *const DUNNO[] = {"?", "don't know", "dont know", "unknown", "skip", "", NULL};
                if (is_word(line, QUIT)) quit = true;
                else if (!is_word(line, DUNNO)) {
                    aigov_diags d;
                    aigov_diags_init(&d, 5);
                    char *next = NULL;
                    if (aigov_profile_answer(c, json, strlen(json), "name", line, &next, &d) == AIGOV_OK) {
                        free(json);
                        json = next;
                    }
                    aigov_diags_free(&d);
                }
            }
            aigov_result_free(r);
            aigov_profile_free(p);
            continue;
        }
        aigov_question q;
        bool found = false;
        for (int i = 0; i < aigov_result_nquestions(r) && !found; i++) {
            aigov_result_question(r, i, &q);
            if (!q.binding) continue;
            found = true;
            for (int k = 0; k < nskipped && found; k++) found = strcmp(skipped[k], q.id) != 0;
        }
        if (!found || quit) {
            /* The figures check leads with (aigov_result_headline), in its words. */
            aigov_headline h;
            aigov_result_headline(r, &h);
            if (!h.undecided) fprintf(stderr, "\nEvery binding duty is decided");
            else fprintf(stderr, "\n%d binding dut%s still undecided", h.undecided, h.undecided == 1 ? "y is" : "ies are");
            fprintf(stderr, " after %d answer%s: %d banned practice%s, %d binding obligation%s appl%s now, %d later.\n", answered,
                    answered == 1 ? "" : "s", h.banned, h.banned == 1 ? "" : "s", h.obligations_now, h.obligations_now == 1 ? "" : "s",
                    h.obligations_now == 1 ? "ies" : "y", h.obligations_later);
            aigov_result_free(r);
            aigov_profile_free(p);
            break;
        }
        char id[256];
        snprintf(id, sizeof id, "%s", q.id);
        asked++;
        for (;;) {
            show_question(&q, undecided, asked);
            char line[1024];
            if (!read_answer(line, sizeof line)) { quit = true; if (!tty) fputs("(end of input)\n", stderr); break; }
            if (!tty) fprintf(stderr, "%s\n", line);
            static const char *const QUIT[] = {"q", "quit", "exit", NULL};
            static const char *const DUNNO[] = {"?", "don't know", "dont know", "unknown", "skip", "", NULL};
            if (is_word(line, QUIT)) { quit = true; break; }
            if (is_word(line, DUNNO)) {
                if (!skip(&skipped, &nskipped, id)) { aigov_result_free(r); aigov_profile_free(p); goto done_skip; }
                break;
            }
            aigov_diags d;
            aigov_diags_init(&d, 5);
            char *next = NULL;
            aigov_status s = aigov_profile_answer(c, json, strlen(json), id, line, &next, &d);
            if (s == AIGOV_OK) {
                aigov_diags_free(&d);
                free(json);
                json = next;
                answered++;
                snprintf(last_id, sizeof last_id, "%s", id);
                snprintf(last_current, sizeof last_current, "%s", q.current ? q.current : "");
                last_undecided = undecided;
                break;
            }
            for (int k = 0; k < d.n; k++) fprintf(stderr, "  %s\n", d.items[k].message);
            aigov_diags_free(&d);
            if (s != AIGOV_INVALID) { aigov_result_free(r); aigov_profile_free(p); goto done_skip; }
        }
        aigov_result_free(r);
        aigov_profile_free(p);
    }
    /* Write the completed profile. */
    if (out && strcmp(out, "-")) {
        FILE *f = fopen(out, "w");
        if (!f || fputs(json, f) < 0 || fclose(f) != 0) { fprintf(stderr, "%s: error: cannot write: %s\n", out, strerror(errno)); goto done_skip; }
        fprintf(stderr, "Profile written to %s.\n", out);
        rc = 0;
    } else {
        rc = emit(strdup(json));
    }
done_skip:
    for (int k = 0; k < nskipped; k++) free(skipped[k]);
    free(skipped);
done:
    free(json);
    aigov_corpus_free(c);
    return rc;
}
