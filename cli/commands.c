/* commands.c — every command of `aigov`, its options and its help, as data. args.c derives
 * from this table the usage text, `aigov help CMD`, `CMD --help`, the validation of options,
 * "did you mean", `aigov --help` and the bash and zsh completions (cli.h says how to add a
 * command). Options common to several commands are written once as OPT_* below. */
#include "cli.h"

#define OPT_CORPUS {"corpus", 'c', "DIR", "read the corpus in DIR instead of the one built into aigov"}
#define OPT_OVERLAY {"overlay", 0, "FILE", "apply this what-if overlay to the corpus first (docs/overlay.md)"}
#define OPT_DATE {"date", 'd', "YYYY-MM-DD", "decide on this date (default: the profile's date, else today)"}
#define OPT_ADATE {"date", 'd', "YYYY-MM-DD", "the date of the analysis (default: today)"}
#define OPT_TOPIC {"topic", 't', "TOPIC", "only this topic"}
#define OPT_LIMIT {"limit", 'n', "N", "at most N items in the ranked lists (1-100000)"}
#define OPT_PROFILES {"profiles", 0, "FILE.jsonl", "also compare these profiles' obligations (one JSON profile a line)"}
#define OPT_DB {"db", 0, "FILE", "the registry's SQLite database, or a PostgreSQL connection string (postgresql://...)"}
#define OPT_LOG_KEY {"log-key", 0, "FILE", "the audit log's Ed25519 signing key (default: the SQLite file's name + .key; needed with PostgreSQL; made at first start)"}
#define OPT_PUBLIC_KEY {"public-key", 0, "HEX", "the log's public key, pinned (default: the key the head names)"}
#define OPT_END {0, 0, 0, 0}

static const cli_option CHECK_OPTS[] = {
    OPT_DATE,
    {"role", 'r', "ROLE[,ROLE]", "the system's roles (provider, deployer, ...), replacing the profile's"},
    {"fail-on", 0, "banned|prohibited|binding|unknown", "exit 1 when a banned practice, any prohibition, any binding provision applies, or a binding one is undecided"},
    {"all", 'a', NULL, "every instrument in full, also the provisions that do not apply"},
    {"voluntary", 0, NULL, "list the provisions of voluntary and contractual instruments"},
    {"binding-only", 0, NULL, "leave voluntary and contractual instruments out"},
    {"legitimacy", 0, NULL, "add the legitimacy of each instrument's issuers"},
    {"batch", 'b', "FILE.jsonl|-", "one profile a line in, one JSON result a line out (docs/batch.md)"},
    {"jobs", 'j', "N", "with --batch: threads (default: the cores it may run on)"},
    {"keep-going", 'k', NULL, "with --batch: report bad lines and check the rest"},
    OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option ASK_OPTS[] = {
    {"out", 'o', "FILE", "write the completed profile here (default: standard output)"},
    {"from-model-card", 'm', "README.md", "start from a draft of this Hugging Face model card"},
    OPT_DATE, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option TIMELINE_OPTS[] = {
    {"from", 0, "YYYY-MM-DD", "the first day of the period (default: unbounded)"},
    {"to", 0, "YYYY-MM-DD", "the last day of the period (default: unbounded)"},
    OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option EXPLAIN_OPTS[] = {OPT_DATE, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option EVAL_OPTS[] = {
    {"profile", 'p', "FILE", "evaluate against this profile (else every system.* field is unknown)"},
    OPT_DATE, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option VALIDATE_OPTS[] = {{"corpus", 'c', "DIR", "check the corpus in DIR (default: the built-in one)"}, OPT_END};
static const cli_option CORPUS_OPTS[] = {OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option STALE_OPTS[] = {{"before", 0, "YYYY-MM-DD", "verified before this day, or never"}, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option CHANGES_OPTS[] = {
    {"since", 0, "YYYY-MM-DD", "changes on or after this day"}, OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option PROFILE_OPTS[] = {
    {"from-model-card", 'm', "README.md", "the Hugging Face model card to read"}, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option LEGITIMACY_OPTS[] = {
    OPT_ADATE,
    {"criteria", 0, "FILE", "replace the built-in democratic criterion (criteria/default.yaml)"},
    {"topic", 't', "TOPIC", "only delegations whose scope covers this topic"},
    {"revoke", 0, "DELEGATION[,DELEGATION]", "what gains or loses standing if these delegations were revoked"},
    {"sweep", 0, NULL, "the arguments are criteria files (and overlays): which verdicts hold under all, which flip"},
    OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
#define OPT_LAYER {"layer", 0, "LAYER", "only this target layer (development, deployment, infrastructure)"}
#define OPT_JURISDICTION {"jurisdiction", 0, "REGION", "only what reaches this jurisdiction (a region code or INTL)"}
static const cli_option MAP_OPTS[] = {OPT_ADATE, OPT_TOPIC, OPT_LAYER, OPT_JURISDICTION, OPT_LIMIT, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option GAPS_OPTS[] = {OPT_ADATE, OPT_TOPIC, OPT_LAYER, OPT_JURISDICTION, OPT_LIMIT, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option CONFLICTS_OPTS[] = {OPT_ADATE, OPT_TOPIC, OPT_LAYER, OPT_JURISDICTION, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option DIVERGENCE_OPTS[] = {OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option PANEL_OPTS[] = {
    {"from", 0, "YEAR", "the first year (default 2014)"},
    {"to", 0, "YEAR", "the last year (default: the year of --date)"},
    {"by", 0, "DIM[,DIM]", "the cell's dimensions: jurisdiction, topic, layer (default: jurisdiction)"},
    {"companies", 0, NULL, "count companies among the active actors too"},
    OPT_ADATE, OPT_TOPIC, OPT_LAYER, OPT_JURISDICTION, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option COMPARE_OPTS[] = {OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option REACH_OPTS[] = {
    {"population", 0, "FILE.jsonl", "the systems, one JSON profile a line (default: a grid of establishment x market x output use)"},
    OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option BLOCS_OPTS[] = {
    {"from", 0, "YEAR", "the first year of the series over time (default 2014)"},
    {"to", 0, "YEAR", "the last year of the series (default: the year of --date)"},
    {"limit", 'n', "N", "at most N states named as staying out of each agreement (text; default 12)"},
    OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END,
};
static const cli_option FUNCTIONS_OPTS[] = {OPT_ADATE, OPT_CORPUS, OPT_OVERLAY, OPT_END};
static const cli_option WHATIF_OPTS[] = {OPT_PROFILES, OPT_ADATE, OPT_CORPUS, OPT_END};
static const cli_option DIFF_OPTS[] = {
    {"corpus", 'c', "DIR", "the corpus before (first) and after (second): given twice"}, OPT_PROFILES, OPT_ADATE, OPT_END,
};
static const cli_option SERVE_OPTS[] = {
    {"db", 0, "FILE", "the registry's SQLite database (created when missing), or a PostgreSQL connection string (postgresql://..., docs/store.md)"},
    {"listen", 'l', "HOST:PORT", "where to listen (default 127.0.0.1:8080; port 0 picks a free port)"},
    {"date", 'd', "YYYY-MM-DD", "the service's today (default: the real date)"},
    {"jobs", 'j', "N", "worker threads (1-256)"},
    {"request-timeout", 0, "SECONDS", "a request's headers and body must arrive within (default 15; docs/limits.md)"},
    OPT_LOG_KEY, OPT_CORPUS, OPT_END,
};
static const cli_option TOKEN_OPTS[] = {OPT_DB, OPT_CORPUS, OPT_END};
static const cli_option TOKEN_CREATE_OPTS[] = {
    OPT_DB, {"operator", 0, NULL, "an operator token: registers organisations and makes tokens"},
    {"expires", 0, "YYYY-MM-DD", "refused from this day on"}, OPT_CORPUS, OPT_END,
};
static const cli_option ORG_ADD_OPTS[] = {
    OPT_DB, {"name", 0, "NAME", "the organisation's name"}, {"kind", 0, "KIND", "company, public_authority, ngo, ..."},
    {"established", 0, "REGION", "where it is established (a region code)"}, OPT_CORPUS, OPT_END,
};
static const cli_option AUDIT_OPTS[] = {OPT_DB, OPT_END};
static const cli_option AUDIT_VERIFY_OPTS[] = {
    OPT_DB, {"head", 0, "FILE", "also prove the log extends this signed tree head, saved earlier"}, OPT_PUBLIC_KEY, OPT_END,
};
static const cli_option BACKUP_OPTS[] = {OPT_DB, {"out", 'o', "FILE", "the copy to make (must not exist)"}, OPT_END};
static const cli_option AUDIT_HEAD_OPTS[] = {OPT_DB, OPT_LOG_KEY, OPT_END};
static const cli_option AUDIT_CHECK_OPTS[] = {
    {"head", 0, "FILE", "the signed tree head fetched now (GET /v1/audit/head)"},
    {"old-head", 0, "FILE", "a signed tree head kept earlier"},
    {"inclusion", 0, "FILE", "an inclusion proof (GET /v1/audit/proof/inclusion?seq=N&size=SIZE)"},
    {"consistency", 0, "FILE", "a consistency proof (GET /v1/audit/proof/consistency?from=OLD&to=SIZE)"},
    {"entry-hash", 0, "HEX", "with --inclusion: the entry it must prove (receipt.entry_hash of a write)"},
    OPT_PUBLIC_KEY, OPT_END,
};
static const cli_option NO_OPTS[] = {OPT_END};

static const cli_command CORPUS_SUBS[] = {
    {"list", "corpus", "[instruments|actors|regions]", "the instruments (or actors, or regions)",
     "One line each. Instruments (the default): id, jurisdiction, binding force, number of\n"
     "provisions, title and layer; actors: id, kind, jurisdiction and name; regions: code, kind,\n"
     "parent group and name. Columns are as wide as the longest id; titles wrap at 100 columns.\n",
     "text|json|md", "instruments actors regions", NULL, cmd_corpus_list, NULL},
    {"show", "corpus", "ID", "one instrument, provision (INSTRUMENT/PROVISION), actor or region",
     "Everything the corpus holds about one id: an instrument with its triggers, exemptions and\n"
     "provisions, one provision (INSTRUMENT/PROVISION), an actor or a region.\n",
     "text|json|md", "", NULL, cmd_corpus_show, NULL},
    {"stats", "corpus", "", "counts by modality, binding force, layer and jurisdiction",
     "How many instruments, provisions, triggers, actors and regions the corpus holds, and the\n"
     "provisions counted by modality, binding force, layer and jurisdiction.\n",
     "text|json|md", "", NULL, cmd_corpus_stats, NULL},
    {"stale", "corpus", "", "instruments whose facts were last verified before a date, or never",
     "Instruments whose facts were last checked against their sources (`verified:`) before\n"
     "--before, or never: what needs a new check (docs/currency.md).\n",
     "text|json|md", "", STALE_OPTS, cmd_corpus_stale, NULL},
    {"changes", "corpus", "", "instruments and provisions added, amended or revoked since a date",
     "What changed since --since, by date: instruments adopted, entering into force or revoked,\n"
     "provisions starting or ending, amendments taking effect; later events as upcoming, as of\n"
     "--date (docs/currency.md).\n",
     "text|json|md", "", CHANGES_OPTS, cmd_corpus_changes, NULL},
    {"export", "corpus", "", "the corpus in another tool's format: an OSCAL catalog",
     "The whole corpus for compliance (GRC) tools as a NIST OSCAL 1.0.6 catalog: a group per\n"
     "instrument (title, issuer, jurisdiction, binding force, modality as properties; citations\n"
     "as links), a control per provision (its summary as the statement; article, kind,\n"
     "addressees, layers, topics and dates as properties), ids derived from the corpus's ids\n"
     "(docs/oscal.md). `aigov check --format oscal` assesses a system against it.\n",
     "oscal-catalog", "", CORPUS_OPTS, cmd_corpus_export, NULL},
    {0},
};

static const cli_command TOKEN_SUBS[] = {
    {"create", "registry", "HOLDER\n--operator", "an API token for an organisation, an actor or the operator, printed once",
     "Creates an API token for HOLDER (an organisation of the registry or an actor of the\n"
     "corpus), or with --operator an operator token, and prints it once; the database keeps\n"
     "only its hash (docs/security.md). --expires makes it refused from that day on. Audited.\n",
     NULL, "", TOKEN_CREATE_OPTS, cmd_token_create, NULL},
    {"list", "registry", "", "the registry's tokens, without their secrets",
     "Every token: id, holder, role, created, expires, revoked (never the secret).\n",
     "text|json", "", TOKEN_OPTS, cmd_token_list, NULL},
    {"revoke", "registry", "ID", "revoke a token by its id",
     "Revokes the token with this id from the next request on. Audited.\n",
     NULL, "", TOKEN_OPTS, cmd_token_revoke, NULL},
    {0},
};

static const cli_command ORG_SUBS[] = {
    {"add", "registry", "ID", "register an organisation (it owns systems and holds tokens)",
     "Registers an organisation in the registry (not the corpus): it files systems, evidence\n"
     "and attestations with its tokens. Audited.\n",
     NULL, "", ORG_ADD_OPTS, cmd_org_add, NULL},
    {"list", "registry", "", "the registry's organisations",
     "Every organisation: id, name, kind, where established, registered when and by whom.\n",
     "text|json", "", TOKEN_OPTS, cmd_org_list, NULL},
    {0},
};

static const cli_command AUDIT_SUBS[] = {
    {"verify", "registry", "", "check the registry's audit log and that it explains every row",
     "Verifies the registry's audit log, a SHA-256 hash chain of every write, and that every row\n"
     "of the registry's tables is what the log wrote. Opens the database read-only. With --head,\n"
     "also proves that the log extends a signed tree head saved earlier (a consistency proof), so\n"
     "that history removed or rewritten, even all of it, is found. Exits 0 when all holds, 1\n"
     "naming the first altered, deleted or reordered entry or unexplained row (docs/security.md).\n",
     NULL, "", AUDIT_VERIFY_OPTS, cmd_audit_verify, NULL},
    {"head", "registry", "", "the log's signed tree head, as JSON",
     "Checks the whole chain, then prints the audit log's tree head (its size, the RFC 9162\n"
     "Merkle root, the time) signed with the log's Ed25519 key, as GET /v1/audit/head does. Keep\n"
     "it: `aigov audit verify --head FILE` or `aigov audit check --old-head FILE` later proves the\n"
     "log still extends it. Opens the database read-only.\n",
     NULL, "", AUDIT_HEAD_OPTS, cmd_audit_head, NULL},
    {"check", "registry", "", "check a registry's signed head and proofs, without trusting it",
     "Checks what a registry served, offline: the head's signature (with --public-key, else the\n"
     "key of --old-head, which must be the same), an inclusion proof against the head's root,\n"
     "and a consistency proof between the head kept earlier and the head. One line per check;\n"
     "exits 0 when all hold, 1 when one fails (docs/security.md).\n",
     NULL, "", AUDIT_CHECK_OPTS, cmd_audit_check, NULL},
    {0},
};

static const cli_command STORE_SUBS[] = {
    {"migrate", "registry", "", "bring a registry's schema (SQLite or PostgreSQL) up to date",
     "Applies the schema migrations the registry lacks, each in its own transaction, as `aigov\n"
     "serve` does at start, and prints the schema version reached. Replicas starting together\n"
     "on PostgreSQL migrate one at a time (docs/store.md).\n",
     NULL, "", AUDIT_OPTS, cmd_store_migrate, NULL},
    {"backup", "registry", "", "an online, verified copy of an SQLite registry",
     "Copies the registry's SQLite file into a new file (--out, never replacing one) while the\n"
     "service may keep writing: one consistent snapshot, read without writing the live file,\n"
     "written whole and synced before it gets its name. Then checks the copy as `aigov audit\n"
     "verify` does, and prints its entries and tree root. Exits 1 when the copy's log does not\n"
     "verify. A PostgreSQL registry is backed up with pg_dump (docs/store.md). The log's signing\n"
     "key is not in the copy: keep it apart.\n",
     NULL, "", BACKUP_OPTS, cmd_store_backup, NULL},
    {0},
};

const char *const GROUPS[][2] = {
    {"systems", "AI systems"},
    {"corpus", "The corpus"},
    {"regime", "The regime complex"},
    {"registry", "The registry"},
    {"other", "Help"},
    {0, 0},
};

const cli_command COMMANDS[] = {
    {"check", "systems", "PROFILE...\n--batch FILE.jsonl|-", "obligations of each AI system profile, and why",
     "For each profile: every instrument that reaches the system, the triggers and exemptions\n"
     "that decided it, and each provision's status on the date (applies, applies from a date,\n"
     "unknown with the questions that decide it, exempt, revoked), with binding force,\n"
     "modality and provenance (instrument, text version, article, citation); conflicts\n"
     "between provisions. JSON output: docs/check-json.md.\n"
     "\n"
     "With --batch: one profile per line in, one result per line out (JSON Lines only,\n"
     "docs/batch.md), in input order, through the compiled, indexed engine on --jobs threads.\n"
     "A line is lean by default (the counts, banned practices, binding provisions that apply\n"
     "now, later and are undecided, and the questions that decide them); --all gives every\n"
     "status list, voluntary instruments and provisions that do not apply included.\n"
     "A bad line stops the run with its line number (exit 2); --keep-going reports it on\n"
     "stderr and as an error record, checks the rest, and exits 2 at the end.\n"
     "\n"
     "For other tools: sarif (SARIF 2.1.0 for code review: banned practices as errors,\n"
     "undecided binding provisions as warnings with their questions, binding duties as notes,\n"
     "each at the profile's line that decided it; docs/ci.md), oscal (OSCAL 1.0.6 assessment\n"
     "results) and oscal-profile (an OSCAL profile of the controls that apply; docs/oscal.md).\n",
     "text|json|md|sarif|oscal|oscal-profile", NULL, CHECK_OPTS, cmd_check, NULL},
    {"ask", "systems", "[PROFILE]", "an interview: the questions that decide, one at a time",
     "Asks the question that decides the most binding provisions (numbered choices for terms,\n"
     "yes/no, ISO dates, numbers such as 3e25, region codes or names with did-you-mean),\n"
     "decides again after each answer and shows how many binding provisions are still\n"
     "undecided, until none is or you quit (q; ? = don't know). Starts from nothing, a profile\n"
     "or a model-card draft; writes the completed profile, keeping the input's fields and their\n"
     "order. Questions go to stderr; answers are read one a line, also from a pipe.\n",
     NULL, NULL, ASK_OPTS, cmd_ask, NULL},
    {"timeline", "systems", "PROFILE", "every date on which the system's obligations change",
     "Every date on which the system's obligations change: a provision starts or stops\n"
     "applying, an amendment takes effect, an instrument enters into force or is revoked; with\n"
     "the provision and the reason (docs/check-json.md). svg draws one bar per binding\n"
     "obligation across time; ics is an iCalendar file of the changes to binding provisions\n"
     "from the profile's date (or --from) on, one all-day event each, for a compliance calendar.\n",
     "text|json|md|svg|ics", NULL, TIMELINE_OPTS, cmd_timeline, NULL},
    {"explain", "systems", "INSTRUMENT/PROVISION PROFILE", "the evaluation trace of one provision for a profile",
     "The evaluation trace of one provision: its instrument's triggers and exemptions and its\n"
     "own condition, each sub-expression with its value and the profile fields it read.\n",
     "text|json", NULL, EXPLAIN_OPTS, cmd_explain, NULL},
    {"eval", "systems", "EXPR", "evaluate one condition-language expression",
     "Evaluates one expression of the condition language (docs/conditions.md), against a\n"
     "profile if given (else every system.* field is unknown), and prints its value and\n"
     "trace. Syntax and type errors exit 2 with the column.\n",
     "text|json", "", EVAL_OPTS, cmd_eval, NULL},
    {"profile", "systems", "--from-model-card README.md", "draft a profile from a Hugging Face model card",
     "Drafts a profile from a Hugging Face model card's YAML front matter (license, pipeline\n"
     "tag, tags, datasets). What the card does not state is left out, so that check reports\n"
     "it as a question to answer.\n",
     NULL, "", PROFILE_OPTS, cmd_profile, NULL},
    {"corpus", "corpus", NULL, "what the corpus holds, and how current it is",
     "What the corpus (built in, or --corpus DIR) holds.\n", NULL, NULL, CORPUS_OPTS, NULL, CORPUS_SUBS},
    {"validate", "corpus", "", "check the corpus; every error with file:line:col",
     "Loads and checks the corpus: every error as file:line:col with the source line and a\n"
     "caret, up to 100 errors. Exits 1 when there are errors.\n",
     NULL, "", VALIDATE_OPTS, cmd_validate, NULL},
    {"legitimacy", "regime", "[ACTOR|INSTRUMENT]", "legitimacy chains, modes and defects of rule-makers",
     "Erman & Furendal's legitimacy framework over the corpus's delegation graph. For an\n"
     "actor: its best chain back to a public on the date (only delegations in force whose\n"
     "scope covers --topic), and every other incoming delegation with the reason it fails.\n"
     "For an instrument: mode 1-5 or the defects that deny legitimacy, with its issuers'\n"
     "chains. Without an id: every instrument. Every result names the criterion it holds\n"
     "under. dot and svg draw the chain (svg needs graphviz).\n",
     "text|json|dot|svg", "", LEGITIMACY_OPTS, cmd_legitimacy, NULL},
    {"map", "regime", "", "the typed graph of actors, instruments and relations, and its figures",
     "The typed graph of actors, instruments and relations (issues, adheres, endorses,\n"
     "implements, references, amends, supersedes, revokes, contests, preempts, restricts,\n"
     "delegates) on the date, and its\n"
     "figures: institutions, share of binding instruments, coordination links per institution,\n"
     "connected components, betweenness and degree centrality, and the same figures over\n"
     "time (docs/analysis.md). svg needs graphviz.\n",
     "text|json|dot|svg", "", MAP_OPTS, cmd_map, NULL},
    {"gaps", "regime", "", "coverage by topic, layer and jurisdiction; the largest gaps",
     "Coverage matrix topic x target layer x jurisdiction: each cell binding, voluntary only\n"
     "or none, with the instruments that fill it; the largest gaps ranked. html and svg draw a\n"
     "heat map.\n",
     "text|json|md|html|svg", "", GAPS_OPTS, cmd_gaps, NULL},
    {"conflicts", "regime", "", "provisions where one forbids what another requires",
     "Pairs of provisions where one forbids an action another requires, decided by a solver:\n"
     "a witness profile of a system under both (check it with aigov check), or a proof that\n"
     "none exists. Also overlaps: the same action required by different issuers.\n",
     "text|json|md", "", CONFLICTS_OPTS, cmd_conflicts, NULL},
    {"divergence", "regime", "INSTRUMENT", "how adherents implement an international instrument",
     "For an international instrument: which adherents have binding domestic law\n"
     "implementing or referencing it, which do not, and how their thresholds, scope and dates\n"
     "differ.\n",
     "text|json|md", "", DIVERGENCE_OPTS, cmd_divergence, NULL},
    {"panel", "regime", "", "the regime complex by year and cell, in long format (csv, json)",
     "A research panel: one row per year (as of 31 December) and cell of --by (jurisdiction,\n"
     "topic, layer; every region of the corpus is a place): the instruments in force reaching\n"
     "the cell by binding force, their issuers' concentration (HHI), the institutions active in\n"
     "AI there, and the year's complex-wide figures (active institutions, coordination links,\n"
     "components, modularity). text: the figures by year and the columns' meanings\n"
     "(docs/analysis.md, \"Panel\").\n",
     "csv|json|text", "", PANEL_OPTS, cmd_panel, NULL},
    {"blocs", "regime", "", "states' co-adherence to international agreements: blocs, who stayed out",
     "First-order cooperation problems: which states adhere to which international\n"
     "agreements (listed, or through a group they belong to on the date), how similar their\n"
     "adherence is (Jaccard over the selective agreements, those fewer than 90% of states\n"
     "joined), the blocs that similarity forms (greedy modularity), who stayed out of each\n"
     "agreement, and the same by year (docs/analysis.md, \"Blocs\").\n",
     "text|json", "", BLOCS_OPTS, cmd_blocs, NULL},
    {"compare", "regime", "A B", "how alike two instruments are by content",
     "Two instruments side by side by content: the actions their provisions require,\n"
     "recommend or forbid (recommendations included), their topics, layers and addressees,\n"
     "each as a Jaccard index, and which provisions of A find a provision of B with a common\n"
     "action (docs/analysis.md, \"Compare\").\n",
     "text|json|md", "", COMPARE_OPTS, cmd_compare, NULL},
    {"reach", "regime", "", "how far domestic law reaches systems whose provider is abroad",
     "Veale et al.'s extraterritorial modality: for each binding domestic law in force, the\n"
     "systems of a population its scope reaches, the share whose provider is established\n"
     "abroad, and by which scope trigger, each tagged with its territorial basis\n"
     "(establishment, market, effects, data subjects). The population is --population FILE\n"
     "(one JSON profile a line) or a grid of establishment x market x output use over the\n"
     "laws' jurisdictions and one place none reaches (docs/analysis.md).\n",
     "text|json", "", REACH_OPTS, cmd_reach, NULL},
    {"functions", "regime", "", "who performs each of Ho et al.'s functions, per topic and level",
     "Ho et al.'s institutions as functions: for each function (science consensus, rule\n"
     "setting, standard setting, support of implementation, compliance monitoring, capability\n"
     "diffusion, safety research) and topic, the existing institutions whose mandate covers it\n"
     "on the date, national or international, public, private or mixed; the functions no\n"
     "international institution performs; and the existing bodies that partly realise the\n"
     "proposed institutions (docs/analysis.md).\n",
     "text|json", "", FUNCTIONS_OPTS, cmd_functions, NULL},
    {"whatif", "regime", "OVERLAY", "what an overlay would change",
     "What an overlay (docs/overlay.md) changes: gaps closed or opened, conflicts created or\n"
     "removed, institutions, legitimacy gained or lost, and each profile's provisions that\n"
     "change.\n",
     "text|json|md", NULL, WHATIF_OPTS, cmd_whatif, NULL},
    {"diff", "regime", "--corpus A --corpus B", "what changes between two corpus directories",
     "The same comparison as whatif between two corpus directories.\n",
     "text|json|md", "", DIFF_OPTS, cmd_diff, NULL},
    {"serve", "registry", "--db FILE", "the registry service: HTTP JSON API and web page",
     "The registry service (docs/api.md): every analysis as JSON over HTTP, systems filed with\n"
     "their profiles' history, evidence and compliance in a SQLite database (created when\n"
     "missing) or a PostgreSQL database that several replicas share (--db postgresql://...,\n"
     "docs/store.md), a hash-chained audit log, and a web page at /. Reads are open; writes need a\n"
     "token from `aigov token create`. The URL is printed on stderr. Stops cleanly on SIGTERM\n"
     "or SIGINT. An example systemd unit: contrib/aigov.service.\n",
     NULL, "", SERVE_OPTS, cmd_serve, NULL},
    {"token", "registry", NULL, "API tokens for the registry", "API tokens for the registry's writes.\n", NULL, NULL, TOKEN_OPTS,
     NULL, TOKEN_SUBS},
    {"org", "registry", NULL, "organisations of the registry", "Organisations that file systems and hold tokens.\n", NULL, NULL,
     TOKEN_OPTS, NULL, ORG_SUBS},
    {"audit", "registry", NULL, "the registry's audit log", "The registry's audit log: a hash chain of every write, a Merkle tree with signed heads.\n", NULL, NULL, AUDIT_OPTS,
     NULL, AUDIT_SUBS},
    {"store", "registry", NULL, "the registry's database", "The registry's database: SQLite or PostgreSQL (docs/store.md).\n",
     NULL, NULL, AUDIT_OPTS, NULL, STORE_SUBS},
    {"help", "other", "[COMMAND [SUBCOMMAND]]", "help on one command", "Help on one command: its usage and options.\n", NULL,
     "@commands", NO_OPTS, cmd_help, NULL},
    {"completion", "other", "bash|zsh", "a completion script for bash or zsh",
     "Prints a completion script generated from the command table. Install it as\n"
     "/usr/share/bash-completion/completions/aigov (bash) or as _aigov in a folder of $fpath\n"
     "(zsh); `make install` does both.\n",
     NULL, "bash zsh", NO_OPTS, cmd_completion, NULL},
    {0},
};
