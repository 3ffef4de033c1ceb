#!/usr/bin/env python3
"""e2e_cli_conventions.py — the command line follows one set of conventions, all derived from
the command table (cli/commands.c), checked for every command the binary lists:

- `aigov --help` lists every command, grouped; `--version`/`-V` print the version;
- `aigov help CMD`, `aigov CMD --help` and `aigov CMD -h` print the same usage and options;
- every bad option of every command (one it does not take, including each option of every
  other command) exits 2 with a message that names every option the command takes;
- "did you mean" for commands, subcommands, options and formats;
- every --format a command documents is honoured (exit 0, output in that format), and one it
  does not take is refused with its list;
- `aigov completion bash|zsh` are valid scripts that complete commands, subcommands,
  options and formats (bash driven for real; zsh checked with `zsh -n` when installed).

Usage: python3 tests/e2e_cli_conventions.py PATH_TO_AIGOV
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from e2elib import ROOT, finish, ok, run

# Arguments that make each command run for real (to check its formats); commands missing
# here are run without arguments.
SAMPLE_ARGS = {
    "check": ["examples/customer-chatbot.json"],
    "explain": ["eu-ai-act/art50-1-ai-interaction-disclosure", "examples/customer-chatbot.json"],
    "eval": ["1 < 2"],
    "corpus show": ["eu-ai-act"],
    "divergence": ["oecd-ai-principles"],
    "compare": ["oecd-ai-principles", "unesco-ai-ethics"],
    "panel": ["--from", "2025"],
    "blocs": ["--from", "2025"],
    "whatif": ["examples/overlays/amend-threshold.yaml"],
    "diff": ["--corpus", "corpus", "--corpus", "corpus"],
    "legitimacy": ["nist"],
    "timeline": ["examples/customer-chatbot.json"],
    "corpus stale": ["--before", "2026-12-01"],
    "corpus changes": ["--since", "2026-11-01"],
}
# Commands whose run needs more than a format check (a server, a database, a shell name).
NOT_RUN = {"serve", "token create", "token list", "token revoke", "org add", "org list", "audit verify", "help",
           "completion", "profile", "ask"}


def commands(aigov):
    """The commands of `aigov --help` (with their subcommands: "corpus list")."""
    rc, out, _ = run(aigov, "--help")
    ok(rc == 0, "aigov --help exits 0")
    names = []
    for line in out.splitlines():
        m = re.match(r"^  ([a-z]+)(?: ([a-z|]+))?\s{2,}", line)
        if not m:
            continue
        if m.group(2):
            names += [f"{m.group(1)} {s}" for s in m.group(2).split("|")]
        else:
            names.append(m.group(1))
    return out, names


def options_of(aigov, cmd):
    """The options `aigov help CMD` lists: [(long, short or None, takes a value, formats)]."""
    rc, out, err = run(aigov, "help", *cmd.split())
    ok(rc == 0 and out.startswith("usage: aigov " + cmd.split()[0]), f"aigov help {cmd}: {err}")
    opts = []
    block = out.split("\nOptions:\n", 1)[1] if "\nOptions:\n" in out else ""
    for line in block.splitlines():
        m = re.match(r"^  (?:-([a-zA-Z]), )?--([a-z-]+)(?: (\S+))?", line)
        if m:
            fm = re.search(r"--format FORMAT\s+(.*) \(default: ", line)
            formats = re.split(r", | or ", fm.group(1)) if m.group(2) == "format" and fm else None
            opts.append((m.group(2), m.group(1), m.group(3) is not None, formats))
    return out, opts


def main():
    aigov = os.path.abspath(sys.argv[1])
    top, cmds = commands(aigov)
    for group in ("AI systems:", "The corpus:", "The regime complex:", "The registry:"):
        ok(group in top, f"--help has the group {group}")
    for c in ("check", "explain", "eval", "validate", "corpus list", "corpus show", "corpus stats", "legitimacy",
              "profile", "map", "gaps", "conflicts", "divergence", "panel", "blocs", "compare", "reach", "whatif", "diff", "serve", "token create",
              "audit verify", "help", "completion"):
        ok(c in cmds, f"--help lists {c}")
    for v in ("--version", "-V"):
        rc, out, _ = run(aigov, v)
        ok(rc == 0 and re.match(r"^aigov \d+\.\d+\.\d+\n$", out), f"aigov {v}: {out!r}")

    every_option = set()
    table = {}
    for cmd in cmds:
        text, opts = options_of(aigov, cmd)
        table[cmd] = (text, opts)
        every_option |= {o[0] for o in opts}
        for flag in ("--help", "-h"):
            rc, out, _ = run(aigov, *cmd.split(), flag)
            ok(rc == 0 and out == text, f"aigov {cmd} {flag} prints the help of `aigov help {cmd}`")
        ok(any(o[0] == "help" and o[1] == "h" for o in opts), f"{cmd} lists -h, --help")

    for cmd, (_, opts) in table.items():
        taken = {o[0] for o in opts}
        for bad in sorted(every_option - taken) + ["no-such-option"]:
            rc, out, err = run(aigov, *cmd.split(), f"--{bad}", "x")
            named = all(f"--{o[0]}" in err for o in opts)
            ok(rc == 2 and out == "" and f"aigov {cmd}: error: unknown option '--{bad}'" in err and named,
               f"aigov {cmd} --{bad}: exit {rc}, stderr {err!r}")
        rc, _, err = run(aigov, *cmd.split(), "-Z")
        ok(rc == 2 and "unknown option '-Z'" in err, f"aigov {cmd} -Z: {err!r}")

        fmt = next((o for o in opts if o[0] == "format"), None)
        if fmt:
            rc, out, err = run(aigov, *cmd.split(), "--format", "nonsense")
            ok(rc == 2 and out == "" and "unknown format 'nonsense'" in err and all(f in err for f in fmt[3]),
               f"aigov {cmd} --format nonsense: {err!r}")
        if cmd in NOT_RUN or not fmt:
            continue
        for f in fmt[3]:
            args = [*cmd.split(), *SAMPLE_ARGS.get(cmd, []), "--format", f]
            rc, out, err = run(aigov, *args, timeout=120)
            if f == "svg" and rc == 2 and "graphviz" in err:
                continue
            good = rc in (0, 1) and out.strip() != ""
            if f == "json" and good:
                try:
                    json.loads(out)
                except ValueError:
                    good = False
            elif f == "md" and good:
                good = out.lstrip().startswith(("#", "|", "-")) and "**" not in re.sub(r"\*\*[^*\n]+\*\*", "", out)
            elif f in ("svg",) and good:
                good = "<svg" in out
            elif f == "html" and good:
                good = "<html" in out.lower() or "<table" in out.lower()
            elif f == "dot" and good:
                good = "digraph" in out or "graph" in out
            ok(good, f"aigov {' '.join(args)}: exit {rc}, {err.strip()[:200]!r}, output {out[:80]!r}")

    # Did you mean.
    for args, want in ((["chek"], "did you mean 'check'?"), (["corpus", "lst"], "did you mean 'list'?"),
                       (["check", "--fromat", "json"], "did you mean '--format'?"),
                       (["gaps", "--format", "htm"], "did you mean 'html'?"),
                       (["help", "legitimcy"], "did you mean 'legitimacy'?")):
        rc, out, err = run(aigov, *args)
        ok(rc == 2 and out == "" and want in err, f"aigov {' '.join(args)}: {err!r}")

    # corpus list of each kind: one line each, no line longer than 100 columns.
    for kind, sample in (("instruments", "eu-ai-act"), ("actors", "nist"), ("regions", "DE")):
        rc, out, err = run(aigov, "corpus", "list", kind)
        ok(rc == 0 and re.search(rf"^{re.escape(sample)}\s", out, re.M), f"corpus list {kind}: {err!r}")
        ok(all(len(l) <= 100 for l in out.splitlines()), f"corpus list {kind}: lines fit 100 columns")
        rc, out, _ = run(aigov, "corpus", "list", kind, "--format", "json")
        ok(rc == 0 and isinstance(json.loads(out).get(kind), list), f"corpus list {kind} --format json")
    rc, out, _ = run(aigov, "legitimacy", "nato-ai-strategy")
    ok(rc == 0 and all(len(l) <= 96 for l in out.splitlines()), "legitimacy text wraps at 96 columns")
    # Prose uses words, not codes; JSON keeps the codes.
    for args in (["corpus", "list"], ["corpus", "stats"], ["legitimacy"], ["corpus", "show", "eu-ai-act"]):
        rc, out, _ = run(aigov, *args)
        codes = re.findall(r"\b(?:domestic_law|international_agreement|soft_law|special_law|no_chain|profile_fields|"
                           r"not_minimally_democratic|text_version|short_title)\b", out)
        ok(rc == 0 and not codes, f"aigov {' '.join(args)} writes words, found {codes[:3]}")
    rc, out, _ = run(aigov, "corpus", "list", "--format", "json")
    ok('"domestic_law"' in out, "corpus list --format json keeps the codes")

    # Completion scripts.
    rc, bash_script, _ = run(aigov, "completion", "bash")
    ok(rc == 0 and "complete -o default -F _aigov aigov" in bash_script, "completion bash")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "aigov.bash")
        with open(path, "w") as f:
            f.write(bash_script)
        probes = [("aigov ch", "check"), ("aigov corpus l", "list"), ("aigov corpus list ", "instruments"),
                  ("aigov gaps --format h", "html"), ("aigov check --fa", "--fail-on"), ("aigov token c", "create"),
                  ("aigov completion ", "zsh")]
        for line, want in probes:
            words = line.split(" ")
            script = (f"source {path}\nCOMP_WORDS=({' '.join(repr(w) for w in words)})\n"
                      f"COMP_CWORD={len(words) - 1}\n_aigov\necho \"${{COMPREPLY[*]}}\"\n")
            p = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
            ok(p.returncode == 0 and want in p.stdout.split(), f"bash completion of {line!r}: {p.stdout!r} {p.stderr!r}")
        rc, zsh_script, _ = run(aigov, "completion", "zsh")
        ok(rc == 0 and zsh_script.startswith("#compdef aigov"), "completion zsh")
        if shutil.which("zsh"):
            zpath = os.path.join(tmp, "_aigov")
            with open(zpath, "w") as f:
                f.write(zsh_script)
            p = subprocess.run(["zsh", "-n", zpath], capture_output=True, text=True)
            ok(p.returncode == 0, f"zsh -n _aigov: {p.stderr}")
    rc, _, err = run(aigov, "completion", "fish")
    ok(rc == 2 and "bash or zsh" in err, "completion fish is refused")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
