#!/usr/bin/env python3
"""e2e_readme.py — the README is executable: every command of its ```sh blocks runs, as
written, against the build, and does what the README says.

Rules (documented here and in the README's tour):
- Every line of every ```sh block is a command (a line ending in a backslash continues on
  the next); blank lines and lines that are only a comment are skipped.
- In the FIRST ```sh block, lines that start with `make` are skipped: they build and test
  the repository itself (this test runs inside `make test`).
- Commands run in order with bash (`set -o pipefail`), all in one fresh temporary folder
  holding copies of the repository's `examples/` and `corpus/` and `build/aigov` (a link to
  the binary under test), so the README's relative paths resolve as from the repository
  root, and a file one command writes is there for the next.
- A command must exit 0, unless its comment says `(exit N)`: then it must exit N.
- When its comment ends with `shows: TEXT`, a line of what it prints (stdout or stderr)
  must contain TEXT. Every aigov command whose output is not redirected to a file says what
  it shows: the exit status alone does not tell that a command did what the README says.
- examples/profiles.jsonl holds exactly the example profiles, one per line, in file order.
- Prose that promises an exit code is checked too: "The last one exits N" (the last command
  of the block before), "The `TEXT` commands exit N" (every command of the block before
  that contains TEXT); any other prose saying "exit(s) N" fails, as a promise the test
  cannot check.
- A summary line quoted in prose, "for `COMMAND`: *TEXT*", is what COMMAND prints.

Usage: python3 tests/e2e_readme.py PATH_TO_AIGOV
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from e2elib import ROOT, finish, ok


def prose_promises(readme):
    """[(line number, kind, text, exit code)] of the exit codes the README's prose promises:
    kind 'last' (the last command of the block before), 'containing' (every command of
    the block before containing text), or 'unchecked'; and the block before's number."""
    out, block, in_code = [], 0, False
    for n, line in enumerate(readme.splitlines(), 1):
        fence = line.strip()
        if fence.startswith("```"):  # any fenced block is code, not prose; ```sh blocks are counted
            block += fence == "```sh"
            in_code = not in_code
            continue
        if in_code:
            continue
        for m in re.finditer(r"\bexits? (\d+)", line):
            before = line[:m.start()]
            if re.search(r"The last one $", before):
                out.append((n, "last", None, int(m.group(1)), block))
            elif (c := re.search(r"The `([^`]+)` commands? $", before)):
                out.append((n, "containing", c.group(1), int(m.group(1)), block))
            else:
                out.append((n, "unchecked", line.strip(), int(m.group(1)), block))
    return out


def commands(readme):
    """[(block number, line number, command, comment)] of the README's ```sh blocks."""
    out, block, in_sh, pending, start = [], 0, False, "", 0
    for n, line in enumerate(readme.splitlines(), 1):
        if not in_sh:
            if line.strip() == "```sh":
                in_sh, block = True, block + 1
            continue
        if line.strip() == "```":
            in_sh = False
            continue
        if not pending:
            start = n
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full, pending = pending + line, ""
        if not full.strip() or full.lstrip().startswith("#"):
            continue
        if block == 1 and full.lstrip().startswith("make"):
            continue
        cmd, comment = split_comment(full)
        out.append((block, start, cmd.strip(), comment))
    return out


def split_comment(line):
    """The command and its trailing comment: the first ` #` outside quotes."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c == "#" and i > 0 and line[i - 1] in " \t":
            return line[:i], line[i + 1:].strip()
    return line, ""


def main():
    aigov = os.path.abspath(sys.argv[1])
    with open(ROOT / "README.md", encoding="utf-8") as f:
        readme = f.read()
    cmds = commands(readme)
    promises = prose_promises(readme)
    quoted = [(readme[:m.start()].count("\n") + 1, m.group(1), re.sub(r"\s+", " ", m.group(2)).strip())
              for m in re.finditer(r"for `(\./build/aigov [^`]+)`:\s*\*([^*]+)\*", readme)]
    ok(quoted, "the README quotes a summary line with the command that prints it")
    ok(len(cmds) >= 20, f"the README has its tour ({len(cmds)} commands found)")

    # examples/profiles.jsonl is the example profiles, one a line.
    with open(ROOT / "examples" / "profiles.jsonl", encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    files = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(str(ROOT / "examples" / "*.json")))]
    ok(lines == files, f"examples/profiles.jsonl holds the {len(files)} example profiles in order ({len(lines)} lines; "
                       "rewrite it with python3 scripts/examples-jsonl.py)")

    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "examples", os.path.join(tmp, "examples"))
        shutil.copytree(ROOT / "corpus", os.path.join(tmp, "corpus"))
        os.makedirs(os.path.join(tmp, "build"))
        os.symlink(aigov, os.path.join(tmp, "build", "aigov"))
        rcs = {}  # (block, command) -> exit code
        for block, line, cmd, comment in cmds:
            m = re.search(r"\(exit (\d+)\)", comment)
            want_rc = int(m.group(1)) if m else 0
            m = re.search(r"shows: (.+)$", comment)
            shows = m.group(1).strip() if m else None
            try:
                p = subprocess.run(["bash", "-c", "set -o pipefail\n" + cmd], cwd=tmp, capture_output=True, text=True,
                                   timeout=300)
                rc, out = p.returncode, p.stdout + p.stderr
            except subprocess.TimeoutExpired:
                rc, out = "timeout", ""
            rcs[(block, cmd)] = rc
            where = f"README.md:{line}: {cmd}"
            if "aigov" in cmd and ">" not in cmd and not shows:
                ok(False, f"{where}: says nothing of what it shows (end its comment with 'shows: TEXT')")
            ok(rc == want_rc, f"{where}: exit {rc}, expected {want_rc}: {out.strip()[-400:]}")
            if shows:
                ok(any(shows in l for l in out.splitlines()), f"{where}: no line shows {shows!r}: {out.strip()[:400]}")
        # What the prose promises.
        for line, kind, text, want, block in promises:
            inblock = [c for (b, c) in rcs if b == block]
            if kind == "unchecked":
                ok(False, f"README.md:{line}: prose promises exit {want} in a form this test cannot check "
                          f"(write 'The last one exits N' or 'The `TEXT` commands exit N' after the block): {text}")
                continue
            which = inblock[-1:] if kind == "last" else [c for c in inblock if text in c]
            ok(which and all(rcs[(block, c)] == want for c in which),
               f"README.md:{line}: the prose says {which} exit{'s' if len(which) == 1 else ''} {want}: "
               f"{[rcs[(block, c)] for c in which]}")
        for line, cmd, text in quoted:
            p = subprocess.run(["bash", "-c", cmd], cwd=tmp, capture_output=True, text=True, timeout=300)
            printed = re.sub(r"\s+", " ", p.stdout)
            ok(text in printed, f"README.md:{line}: the quoted summary line is what `{cmd}` prints: {text!r}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
