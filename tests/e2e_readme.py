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
  must contain TEXT.
- examples/profiles.jsonl holds exactly the example profiles, one per line, in file order.

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
        cmds = commands(f.read())
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
            where = f"README.md:{line}: {cmd}"
            ok(rc == want_rc, f"{where}: exit {rc}, expected {want_rc}: {out.strip()[-400:]}")
            if shows:
                ok(any(shows in l for l in out.splitlines()), f"{where}: no line shows {shows!r}: {out.strip()[:400]}")
    return finish()


if __name__ == "__main__":
    sys.exit(main())
