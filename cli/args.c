/* args.c — the command line of `aigov`, all derived from the command table (commands.c):
 * parsing and validating options (an option a command does not take is refused with the
 * list of those it takes, exit 2), "did you mean" for commands, subcommands, options and
 * formats, the usage and help texts, `aigov --help` grouped by section, and the bash and zsh
 * completion scripts. Nothing here knows a particular command. */
#include "cli.h"

#include <stdlib.h>

/* Where each option's value goes in opts. A flag is a bool field; a repeatable option's
 * second value goes to `second` (diff --corpus A --corpus B). */
static const struct {
    const char *name;
    size_t off;
    bool flag;
    size_t second; /* 0: may be given once */
} OPTION_FIELDS[] = {
    {"corpus", offsetof(opts, corpus), false, offsetof(opts, corpus2)},
    {"date", offsetof(opts, date), false, 0},
    {"format", offsetof(opts, format), false, 0},
    {"role", offsetof(opts, role), false, 0},
    {"fail-on", offsetof(opts, fail_on), false, 0},
    {"profile", offsetof(opts, profile), false, 0},
    {"from-model-card", offsetof(opts, from_model_card), false, 0},
    {"criteria", offsetof(opts, criteria), false, 0},
    {"topic", offsetof(opts, topic), false, 0},
    {"revoke", offsetof(opts, revoke), false, 0},
    {"overlay", offsetof(opts, overlay), false, 0},
    {"profiles", offsetof(opts, profiles), false, 0},
    {"batch", offsetof(opts, batch), false, 0},
    {"jobs", offsetof(opts, jobs), false, 0},
    {"db", offsetof(opts, db), false, 0},
    {"listen", offsetof(opts, listen), false, 0},
    {"limit", offsetof(opts, limit), false, 0},
    {"all", offsetof(opts, all), true, 0},
    {"keep-going", offsetof(opts, keep_going), true, 0},
    {"help", offsetof(opts, help), true, 0},
    {"out", offsetof(opts, out), false, 0},
    {"expires", offsetof(opts, expires), false, 0},
    {"name", offsetof(opts, name), false, 0},
    {"kind", offsetof(opts, kind), false, 0},
    {"established", offsetof(opts, established), false, 0},
    {"operator", offsetof(opts, operator_), true, 0},
    {"voluntary", offsetof(opts, voluntary), true, 0},
    {"binding-only", offsetof(opts, binding_only), true, 0},
    {"legitimacy", offsetof(opts, legitimacy), true, 0},
    {"sweep", offsetof(opts, sweep), true, 0},
    {"from", offsetof(opts, from), false, 0},
    {"to", offsetof(opts, to), false, 0},
    {"request-timeout", offsetof(opts, request_timeout), false, 0},
    {"layer", offsetof(opts, layer), false, 0},
    {"jurisdiction", offsetof(opts, jurisdiction), false, 0},
    {"by", offsetof(opts, by), false, 0},
    {"population", offsetof(opts, population), false, 0},
    {"companies", offsetof(opts, companies), true, 0},
    {"before", offsetof(opts, before), false, 0},
    {"since", offsetof(opts, since), false, 0},
    {"log-key", offsetof(opts, log_key), false, 0},
    {"head", offsetof(opts, head), false, 0},
    {"old-head", offsetof(opts, old_head), false, 0},
    {"inclusion", offsetof(opts, inclusion), false, 0},
    {"consistency", offsetof(opts, consistency), false, 0},
    {"public-key", offsetof(opts, public_key), false, 0},
    {"entry-hash", offsetof(opts, entry_hash), false, 0},
};

static const cli_option OPT_HELP = {"help", 'h', NULL, "show this help"};
static const cli_option OPT_FORMAT = {"format", 'f', "FORMAT", NULL};

/* ---- Did you mean --------------------------------------------------------------------- */

static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

const char *cli_closest(const char *s, const char *const *cands, size_t n) {
    const char *best = NULL;
    size_t bd = 99, len = strlen(s);
    for (size_t i = 0; i < n; i++) {
        size_t d = edit_distance(s, cands[i]);
        /* A prefix of at least 3 characters counts as close (--form, corp). */
        if (len >= 3 && !strncmp(cands[i], s, len)) d = 1;
        if (d < bd) { bd = d; best = cands[i]; }
    }
    size_t limit = len <= 4 ? 1 : len <= 8 ? 2 : 3;
    return bd <= limit ? best : NULL;
}

/* ---- The table ------------------------------------------------------------------------ */

static const cli_command *find(const cli_command *table, const char *name) {
    for (const cli_command *c = table; c && c->name; c++)
        if (!strcmp(c->name, name)) return c;
    return NULL;
}

static size_t names_of(const cli_command *table, const char **out, size_t cap) {
    size_t n = 0;
    for (const cli_command *c = table; c && c->name && n < cap; c++) out[n++] = c->name;
    return n;
}

/* The options a command takes: its own, or its parent's when it has none; then --format
 * (when it has formats) and --help. */
static size_t options_of(const cli_command *c, const cli_command *parent, const cli_option **out, size_t cap) {
    const cli_option *own = c->options ? c->options : parent ? parent->options : NULL;
    size_t n = 0;
    for (const cli_option *o = own; o && o->name && n < cap; o++) out[n++] = o;
    if (c->formats && n < cap) out[n++] = &OPT_FORMAT;
    if (n < cap) out[n++] = &OPT_HELP;
    return n;
}

/* "text|json|md" -> "text, json or md" into buf. */
static const char *format_list(const char *formats, char *buf, size_t cap) {
    size_t n = 0, count = 1;
    for (const char *p = formats; *p; p++) count += *p == '|';
    size_t k = 0;
    buf[0] = 0;
    for (const char *p = formats; *p && n + 16 < cap;) {
        size_t w = strcspn(p, "|");
        k++;
        const char *sep = k == 1 ? "" : k == count ? " or " : ", ";
        n += (size_t)snprintf(buf + n, cap - n, "%s%.*s", sep, (int)w, p);
        p += w + (p[w] == '|');
    }
    return buf;
}

static bool format_allowed(const char *formats, const char *f) {
    size_t n = strlen(f);
    for (const char *p = formats; *p;) {
        size_t w = strcspn(p, "|");
        if (w == n && !strncmp(p, f, n)) return true;
        p += w + (p[w] == '|');
    }
    return false;
}

const char *format_of(const opts *o) {
    if (o->format) return o->format;
    static char def[16];
    const char *f = o->cmd && o->cmd->formats ? o->cmd->formats : "text";
    size_t w = strcspn(f, "|");
    snprintf(def, sizeof def, "%.*s", (int)(w < 15 ? w : 15), f);
    return def;
}

/* "-d, --date YYYY-MM-DD" */
static void option_label(const cli_option *o, char *buf, size_t cap) {
    char sf[8] = "";
    if (o->letter) snprintf(sf, sizeof sf, "-%c, ", o->letter);
    snprintf(buf, cap, "%s--%s%s%s", sf, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
}

/* The one-line list of the options a command takes, for errors. */
static void print_taken(FILE *f, const char *cmdname, const cli_command *c, const cli_command *parent) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    fprintf(f, "aigov %s takes: ", cmdname);
    for (size_t i = 0; i < n; i++) {
        const cli_option *op = os[i];
        fprintf(f, "%s", i ? ", " : "");
        if (op->letter) fprintf(f, "-%c/", op->letter);
        fprintf(f, "--%s", op->name);
        if (op == &OPT_FORMAT) fprintf(f, " %s", c->formats);
        else if (op->arg) fprintf(f, " %s", op->arg);
    }
    fprintf(f, "\n(see 'aigov help %s')\n", cmdname);
}

/* ---- Help ----------------------------------------------------------------------------- */

static void usage_lines(FILE *f, const cli_command *c, const char *parent, bool *first) {
    if (c->subcommands) {
        for (const cli_command *s = c->subcommands; s->name; s++) usage_lines(f, s, c->name, first);
        return;
    }
    const char *a = c->args ? c->args : "";
    do {
        size_t w = strcspn(a, "\n");
        fprintf(f, "%s aigov %s%s%s%s%.*s [OPTIONS]\n", *first ? "usage:" : "      ", parent ? parent : "", parent ? " " : "",
                c->name, w ? " " : "", (int)w, a);
        *first = false;
        a += w + (a[w] == '\n');
    } while (*a);
}

static void options_block(FILE *f, const cli_command *c, const cli_command *parent) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    fputs("\nOptions:\n", f);
    for (size_t i = 0; i < n; i++) {
        char label[160], fl[128];
        option_label(os[i], label, sizeof label);
        const char *help = os[i]->help;
        char fh[200];
        if (os[i] == &OPT_FORMAT) {
            snprintf(fh, sizeof fh, "%s (default: %.*s)", format_list(c->formats, fl, sizeof fl), (int)strcspn(c->formats, "|"),
                     c->formats);
            help = fh;
        }
        if (strlen(label) <= 30) fprintf(f, "  %-30s %s\n", label, help);
        else fprintf(f, "  %s\n  %-30s %s\n", label, "", help);
    }
}

void cli_help(FILE *f, const cli_command *c, const char *parent) {
    bool first = true;
    usage_lines(f, c, parent, &first);
    fprintf(f, "\n%s", c->help);
    if (c->subcommands) {
        fputs("\nSubcommands:\n", f);
        for (const cli_command *s = c->subcommands; s->name; s++) fprintf(f, "  %-10s %s\n", s->name, s->summary);
        if (c->options && c->options->name) {
            const cli_command *s = c->subcommands;
            /* The subcommands without options of their own take these. */
            options_block(f, s->options ? c : s, c);
        }
    } else {
        const cli_command *p = parent ? find(COMMANDS, parent) : NULL;
        options_block(f, c, p);
    }
}

static void top_help(FILE *f) {
    fputs("usage: aigov COMMAND [OPTIONS] [ARGS]\n"
          "       aigov help COMMAND | aigov COMMAND --help | aigov --version\n"
          "\n"
          "What applies to an AI system, who governs it and by what right, where the regime\n"
          "complex is weak.\n",
          f);
    for (size_t g = 0; GROUPS[g][0]; g++) {
        fprintf(f, "\n%s:\n", GROUPS[g][1]);
        for (const cli_command *c = COMMANDS; c->name; c++) {
            if (strcmp(c->group, GROUPS[g][0])) continue;
            char head[64];
            if (c->subcommands) {
                size_t n = (size_t)snprintf(head, sizeof head, "%s ", c->name);
                for (const cli_command *s = c->subcommands; s->name && n < sizeof head; s++)
                    n += (size_t)snprintf(head + n, sizeof head - n, "%s%s", s == c->subcommands ? "" : "|", s->name);
            } else
                snprintf(head, sizeof head, "%s", c->name);
            /* A head wider than the column keeps two spaces before its summary. */
            fprintf(f, strlen(head) > 37 ? "  %s  %s\n" : "  %-37s %s\n", head, c->summary);
        }
    }
    fputs("\nOptions of every command: -h, --help. -V, --version prints the version.\n"
          "Exit codes: 0 ok, 1 findings, 2 bad usage or input. Manual: man aigov.\n",
          f);
}

int cmd_help(const opts *o) {
    if (!o->nargs) { top_help(stdout); return 0; }
    const cli_command *c = find(COMMANDS, o->args[0]);
    if (!c) {
        const char *names[64];
        const char *near = cli_closest(o->args[0], names, names_of(COMMANDS, names, 64));
        fprintf(stderr, "aigov help: error: unknown command '%s'%s%s%s\n(try 'aigov --help')\n", o->args[0], near ? " (did you mean '" : "",
                near ? near : "", near ? "'?)" : "");
        return EXIT_BAD;
    }
    if (o->nargs > 1 && c->subcommands) {
        const cli_command *s = find(c->subcommands, o->args[1]);
        if (s) { cli_help(stdout, s, c->name); return 0; }
    }
    cli_help(stdout, c, NULL);
    return 0;
}

/* ---- Parsing -------------------------------------------------------------------------- */

static int bad_option(const char *cmdname, const cli_command *c, const cli_command *parent, const char *arg) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    const char *names[64];
    char buf[64][48];
    for (size_t i = 0; i < n; i++) {
        snprintf(buf[i], sizeof buf[i], "--%s", os[i]->name);
        names[i] = buf[i];
    }
    char given[64];
    snprintf(given, sizeof given, "%.*s", (int)strcspn(arg, "="), arg);
    const char *near = given[1] == '-' ? cli_closest(given, names, n) : NULL;
    fprintf(stderr, "aigov %s: error: unknown option '%s'%s%s%s\n", cmdname, given, near ? " (did you mean '" : "",
            near ? near : "", near ? "'?)" : "");
    print_taken(stderr, cmdname, c, parent);
    return EXIT_BAD;
}

/* Parses argv[i..] as the options and arguments of c (a subcommand of parent, or a command
 * when parent is NULL). Returns -1 when o is ready, else the exit code. */
static int parse(int argc, char **argv, int i, const cli_command *c, const cli_command *parent, const char *cmdname, opts *o) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    bool only_args = false;
    for (; i < argc; i++) {
        const char *a = argv[i];
        /* "-" is stdin; "-1 < 2" (a negative number) is an argument, not an option. */
        if (only_args || a[0] != '-' || !a[1] || (a[1] >= '0' && a[1] <= '9') || a[1] == '.') {
            if (o->nargs >= 64) { fprintf(stderr, "aigov %s: error: too many arguments (at most 64)\n", cmdname); return EXIT_BAD; }
            o->args[o->nargs++] = a;
            continue;
        }
        if (!strcmp(a, "--")) { only_args = true; continue; }
        const cli_option *opt = NULL;
        const char *value = NULL;
        bool inline_value = false;
        if (a[1] == '-') {
            size_t len = strcspn(a + 2, "=");
            for (size_t k = 0; k < n && !opt; k++)
                if (strlen(os[k]->name) == len && !strncmp(os[k]->name, a + 2, len)) opt = os[k];
            if (a[2 + len] == '=') { value = a + 3 + len; inline_value = true; }
        } else {
            for (size_t k = 0; k < n && !opt; k++)
                if (os[k]->letter == a[1]) opt = os[k];
            if (opt && a[2]) { value = a + 2; inline_value = true; }
        }
        if (!opt) return bad_option(cmdname, c, parent, a);
        if (!opt->arg && inline_value) {
            fprintf(stderr, "aigov %s: error: option --%s takes no value, found '%s'\n", cmdname, opt->name, a);
            return EXIT_BAD;
        }
        if (opt->arg && !inline_value) {
            if (i + 1 >= argc) {
                fprintf(stderr, "aigov %s: error: option --%s needs a value (%s)\n", cmdname, opt->name, opt->arg);
                return EXIT_BAD;
            }
            value = argv[++i];
        }
        size_t f = 0, nf = sizeof OPTION_FIELDS / sizeof OPTION_FIELDS[0];
        while (f < nf && strcmp(OPTION_FIELDS[f].name, opt->name)) f++;
        if (f == nf) { fprintf(stderr, "aigov: internal error: option --%s has no field in opts\n", opt->name); return EXIT_BAD; }
        char *base = (char *)o;
        if (OPTION_FIELDS[f].flag) { *(bool *)(base + OPTION_FIELDS[f].off) = true; continue; }
        const char **slot = (const char **)(base + OPTION_FIELDS[f].off);
        if (*slot) {
            if (!OPTION_FIELDS[f].second || *(const char **)(base + OPTION_FIELDS[f].second)) {
                fprintf(stderr, "aigov %s: error: option --%s given %s\n", cmdname, opt->name,
                        OPTION_FIELDS[f].second ? "more than twice" : "twice");
                return EXIT_BAD;
            }
            slot = (const char **)(base + OPTION_FIELDS[f].second);
        }
        *slot = value;
    }
    if (o->help) { cli_help(stdout, c, parent ? parent->name : NULL); return 0; }
    if (o->format && c->formats && !format_allowed(c->formats, o->format)) {
        char fl[128], tmp[128];
        const char *names[16];
        size_t k = 0;
        snprintf(tmp, sizeof tmp, "%s", c->formats);
        for (char *t = strtok(tmp, "|"); t && k < 16; t = strtok(NULL, "|")) names[k++] = t;
        const char *near = cli_closest(o->format, names, k);
        fprintf(stderr, "aigov %s: error: unknown format '%s'%s%s%s; %s takes %s\n", cmdname, o->format, near ? " (did you mean '" : "",
                near ? near : "", near ? "'?)" : "", cmdname, format_list(c->formats, fl, sizeof fl));
        return EXIT_BAD;
    }
    if (o->date && !aigov_date_valid(o->date)) {
        fprintf(stderr, "aigov %s: error: invalid --date '%s': expected a calendar date YYYY-MM-DD\n", cmdname, o->date);
        return EXIT_BAD;
    }
    return -1;
}

static int unknown_command(const cli_command *table, const char *parent, const char *name) {
    const char *names[64];
    const char *near = cli_closest(name, names, names_of(table, names, 64));
    if (parent) {
        fprintf(stderr, "aigov %s: error: unknown subcommand '%s'%s%s%s; expected ", parent, name, near ? " (did you mean '" : "",
                near ? near : "", near ? "'?)" : "");
        for (const cli_command *s = table; s->name; s++) fprintf(stderr, "%s%s", s == table ? "" : s[1].name ? ", " : " or ", s->name);
        fprintf(stderr, "\n(see 'aigov help %s')\n", parent);
    } else
        fprintf(stderr, "aigov: error: unknown command '%s'%s%s%s\n(try 'aigov --help')\n", name, near ? " (did you mean '" : "",
                near ? near : "", near ? "'?)" : "");
    return EXIT_BAD;
}

int cli_main(int argc, char **argv) {
    if (argc < 2) { top_help(stderr); return EXIT_BAD; }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h")) { top_help(stdout); return 0; }
    if (!strcmp(name, "--version") || !strcmp(name, "-V")) { printf("aigov %s\n", AIGOV_VERSION); return 0; }
    if (name[0] == '-') {
        fprintf(stderr, "aigov: error: unknown option '%s' before the command; aigov takes -h/--help and -V/--version\n"
                        "(try 'aigov --help')\n", name);
        return EXIT_BAD;
    }
    const cli_command *c = find(COMMANDS, name), *parent = NULL;
    if (!c) return unknown_command(COMMANDS, NULL, name);
    int i = 2;
    char cmdname[96];
    snprintf(cmdname, sizeof cmdname, "%s", c->name);
    if (c->subcommands) {
        if (i >= argc || !strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            if (i >= argc) {
                fprintf(stderr, "aigov %s: error: expected a subcommand:", c->name);
                for (const cli_command *s = c->subcommands; s->name; s++) fprintf(stderr, " %s", s->name);
                fputs("\n", stderr);
            }
            cli_help(i >= argc ? stderr : stdout, c, NULL);
            return i >= argc ? EXIT_BAD : 0;
        }
        if (argv[i][0] == '-') {
            fprintf(stderr, "aigov %s: error: the subcommand comes first, found '%s'\n", c->name, argv[i]);
            cli_help(stderr, c, NULL);
            return EXIT_BAD;
        }
        const cli_command *s = find(c->subcommands, argv[i]);
        if (!s) return unknown_command(c->subcommands, c->name, argv[i]);
        parent = c;
        c = s;
        snprintf(cmdname, sizeof cmdname, "%s %s", parent->name, s->name);
        i++;
    }
    opts o;
    memset(&o, 0, sizeof o);
    o.cmd = c;
    o.cmd_name = cmdname;
    int rc = parse(argc, argv, i, c, parent, cmdname, &o);
    if (rc >= 0) return rc;
    return c->run(&o);
}

/* ---- Completion ----------------------------------------------------------------------- */

static void words_of(FILE *f, const char *formats) {
    for (const char *p = formats; *p; p++) fputc(*p == '|' ? ' ' : *p, f);
}

static void bash_options(FILE *f, const cli_command *c, const cli_command *parent) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    fputs(" opts=\"", f);
    for (size_t k = 0; k < n; k++) {
        if (os[k]->letter) fprintf(f, "-%c ", os[k]->letter);
        fprintf(f, "--%s%s", os[k]->name, k + 1 < n ? " " : "");
    }
    fputs("\"; valued=\"", f);
    for (size_t k = 0; k < n; k++) {
        if (!os[k]->arg) continue;
        if (os[k]->letter) fprintf(f, "-%c ", os[k]->letter);
        fprintf(f, "--%s ", os[k]->name);
    }
    fputs("\"; fmts=\"", f);
    if (c->formats) words_of(f, c->formats);
    fputs("\"; words=\"", f);
    if (c->words && !strcmp(c->words, "@commands"))
        for (const cli_command *k = COMMANDS; k->name; k++) fprintf(f, "%s%s", k == COMMANDS ? "" : " ", k->name);
    else if (c->words) fputs(c->words, f);
    fprintf(f, "\"; files=%d ;;\n", c->words == NULL);
}

void cli_completion_bash(FILE *f) {
    fputs("# bash completion for aigov, generated from its command table by `aigov completion bash`.\n"
          "# Install as /usr/share/bash-completion/completions/aigov, or source it.\n"
          "_aigov() {\n"
          "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
          "    local cmd=${COMP_WORDS[1]} first=2 opts valued fmts words files\n"
          "    COMPREPLY=()\n"
          "    if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
          "        COMPREPLY=($(compgen -W \"",
          f);
    for (const cli_command *c = COMMANDS; c->name; c++) fprintf(f, "%s ", c->name);
    fputs("-h --help -V --version\" -- \"$cur\"))\n"
          "        return\n"
          "    fi\n"
          "    case \"$cmd\" in\n",
          f);
    for (const cli_command *c = COMMANDS; c->name; c++) {
        if (!c->subcommands) continue;
        fprintf(f, "    %s)\n        if [ \"$COMP_CWORD\" -eq 2 ]; then COMPREPLY=($(compgen -W \"", c->name);
        for (const cli_command *s = c->subcommands; s->name; s++) fprintf(f, "%s%s", s == c->subcommands ? "" : " ", s->name);
        fputs(" -h --help\" -- \"$cur\")); return; fi\n"
              "        cmd=\"$cmd ${COMP_WORDS[2]}\"; first=3 ;;\n",
              f);
    }
    fputs("    esac\n    case \"$cmd\" in\n", f);
    for (const cli_command *c = COMMANDS; c->name; c++) {
        if (c->subcommands)
            for (const cli_command *s = c->subcommands; s->name; s++) {
                fprintf(f, "    \"%s %s\")", c->name, s->name);
                bash_options(f, s, c);
            }
        else {
            fprintf(f, "    %s)", c->name);
            bash_options(f, c, NULL);
        }
    }
    fputs("    *) return ;;\n"
          "    esac\n"
          "    if [ \"$prev\" = --format ] || [ \"$prev\" = -f ]; then\n"
          "        COMPREPLY=($(compgen -W \"$fmts\" -- \"$cur\")); return\n"
          "    fi\n"
          "    case \" $valued \" in *\" $prev \"*) return ;; esac   # a value: files (complete -o default)\n"
          "    if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return; fi\n"
          "    if [ -n \"$words\" ]; then COMPREPLY=($(compgen -W \"$words\" -- \"$cur\")); return; fi\n"
          "    [ \"$files\" = 1 ] || COMPREPLY=()\n"
          "    [ \"$files\" = 1 ] || compopt +o default 2>/dev/null\n"
          "}\n"
          "complete -o default -F _aigov aigov\n",
          f);
}

/* A zsh _arguments description: [ ] \ and ' would break the spec. */
static void zsh_text(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '\'') fputs("'\\''", f);
        else if (*s == '[' || *s == ']' || *s == '\\' || *s == ':') fprintf(f, "\\%c", *s);
        else fputc(*s, f);
    }
}

static void zsh_arguments(FILE *f, const cli_command *c, const cli_command *parent, const char *indent) {
    const cli_option *os[64];
    size_t n = options_of(c, parent, os, 64);
    fprintf(f, "%s_arguments -s -S \\\n", indent);
    for (size_t k = 0; k < n; k++) {
        const cli_option *o = os[k];
        const char *help = o == &OPT_FORMAT ? "output format" : o->help;
        fputs(indent, f);
        fputs("  ", f);
        if (o->letter) fprintf(f, "'(-%c --%s)'{-%c,--%s}'", o->letter, o->name, o->letter, o->name);
        else fprintf(f, "'--%s", o->name);
        if (o->arg) fputc('=', f);
        fputc('[', f);
        zsh_text(f, help);
        fputc(']', f);
        if (o->arg) {
            fputc(':', f);
            zsh_text(f, o == &OPT_FORMAT ? "FORMAT" : o->arg);
            fputc(':', f);
            if (o == &OPT_FORMAT) { fputc('(', f); words_of(f, c->formats); fputc(')', f); }
            else if (!strcmp(o->arg, "DIR")) fputs("_files -/", f);
            else if (strstr(o->arg, "FILE") || strstr(o->arg, ".md")) fputs("_files", f);
        }
        fputs("' \\\n", f);
    }
    fputs(indent, f);
    if (!c->words) fputs("  '*:file:_files'\n", f);
    else if (!strcmp(c->words, "@commands")) {
        fputs("  '1:command:(", f);
        for (const cli_command *k = COMMANDS; k->name; k++) fprintf(f, "%s%s", k == COMMANDS ? "" : " ", k->name);
        fputs(")'\n", f);
    } else if (*c->words) fprintf(f, "  '1:argument:(%s)'\n", c->words);
    else fputs("  ':'\n", f);
}

static void zsh_describe(FILE *f, const cli_command *table, const char *var, const char *indent) {
    fprintf(f, "%slocal -a %s; %s=(\n", indent, var, var);
    for (const cli_command *c = table; c->name; c++) {
        fprintf(f, "%s  '%s:", indent, c->name);
        for (const char *s = c->summary; *s; s++) {
            if (*s == '\'') fputs("'\\''", f);
            else fputc(*s, f);
        }
        fputs("'\n", f);
    }
    fprintf(f, "%s)\n", indent);
}

void cli_completion_zsh(FILE *f) {
    fputs("#compdef aigov\n"
          "# zsh completion for aigov, generated from its command table by `aigov completion zsh`.\n"
          "# Install as _aigov in a folder of $fpath.\n"
          "_aigov() {\n"
          "  if (( CURRENT == 2 )); then\n",
          f);
    zsh_describe(f, COMMANDS, "cmds", "    ");
    fputs("    _describe -t commands 'aigov command' cmds\n"
          "    return\n"
          "  fi\n"
          "  shift words; (( CURRENT-- ))\n"
          "  case $words[1] in\n",
          f);
    for (const cli_command *c = COMMANDS; c->name; c++) {
        fprintf(f, "  %s)\n", c->name);
        if (c->subcommands) {
            fputs("    if (( CURRENT == 2 )); then\n", f);
            zsh_describe(f, c->subcommands, "subs", "      ");
            fprintf(f, "      _describe -t subcommands '%s subcommand' subs\n      return\n    fi\n", c->name);
            fputs("    shift words; (( CURRENT-- ))\n    case $words[1] in\n", f);
            for (const cli_command *s = c->subcommands; s->name; s++) {
                fprintf(f, "    %s)\n", s->name);
                zsh_arguments(f, s, c, "      ");
                fputs("      ;;\n", f);
            }
            fputs("    esac\n    ;;\n", f);
        } else {
            zsh_arguments(f, c, NULL, "    ");
            fputs("    ;;\n", f);
        }
    }
    fputs("  esac\n"
          "}\n"
          "_aigov \"$@\"\n",
          f);
}

int cmd_completion(const opts *o) {
    if (o->nargs != 1 || (strcmp(o->args[0], "bash") && strcmp(o->args[0], "zsh"))) {
        fprintf(stderr, "aigov completion: error: expected one shell, bash or zsh%s%s%s\n", o->nargs ? ", found '" : "",
                o->nargs ? o->args[0] : "", o->nargs ? "'" : "");
        return EXIT_BAD;
    }
    if (!strcmp(o->args[0], "bash")) cli_completion_bash(stdout);
    else cli_completion_zsh(stdout);
    if (fflush(stdout) != 0) { perror("aigov: stdout"); return EXIT_BAD; }
    return 0;
}
