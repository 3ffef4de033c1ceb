#!/usr/bin/env python3
"""breakdown.py — where a real batch line's instructions go, stage by stage (load-independent).

Runs `aigov check --batch LINES --jobs 1` under valgrind's callgrind (instructions, not
seconds: the same count for the same binary and input whatever else the machine does) and
divides each stage's inclusive count by the number of lines:

  parse        aigov_profile_parse (the JSON line into a profile)
  decide       ag_check_worker, of which
    prepare      ag_worker_prepare (the profile's term sets, candidate conditions)
    conditions   evaluating the compiled conditions of triggers, exemptions and provisions
                 (peval: values, and deciding slots where unknown)
    the rest     the loop over reached instruments, each provision's exemptions and
                 dates, merging branches
  render       the line's counts and JSON (render in batch.c)
and how many triggers and exemptions (eval_cond from run) and provisions (decide) a line
evaluates.

Usage: python3 bench/breakdown.py BUILD_DIR [LINES] [--all] [--json]
LINES defaults to 2000 rich real profiles (bench_gen profiles N --corpus builtin --rich
--seed 7), the input of docs/performance.md. Prints a table (or, with --json, one object).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def callgrind(cmd, out_file):
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out_file] + cmd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--tree=caller", out_file],
                         capture_output=True, text=True, check=True).stdout
    return ann


def inclusive(ann, func):
    """The inclusive count of the first entry for func (the '*' line of the caller tree)."""
    m = re.search(r"^\s*([\d,]+) \([^)]*\)\s+\*\s+\S*:%s \[" % re.escape(func), ann, re.M)
    return int(m.group(1).replace(",", "")) if m else 0


def calls_from(ann, func, caller):
    """How often caller calls func (the '<' line of caller above func's '*' line)."""
    block = re.search(r"((?:^\s*[\d,]+ \([^)]*\)\s+<.*\n)+)^\s*[\d,]+ \([^)]*\)\s+\*\s+\S*:%s \[" % re.escape(func),
                      ann, re.M)
    if not block:
        return 0
    for line in block.group(1).splitlines():
        m = re.match(r"\s*[\d,]+ \([^)]*\)\s+<\s+\S*:%s \[?.*\(([\d,]+)x\)" % re.escape(caller), line)
        if m:
            return int(m.group(1).replace(",", ""))
    return 0


def measure(build, lines=None, full=False):
    if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
        raise RuntimeError("valgrind is not installed (Debian package valgrind)")
    tmp = tempfile.mkdtemp(prefix="aigov-breakdown-")
    try:
        if lines is None:
            lines = os.path.join(tmp, "real-2000.jsonl")
            with open(lines, "w") as f:
                subprocess.run([os.path.join(build, "bench_gen"), "profiles", "2000", "--corpus", "builtin", "--rich",
                                "--seed", "7"], stdout=f, check=True)
        n = sum(1 for l in open(lines) if l.strip())
        cmd = [os.path.join(build, "aigov"), "check", "--batch", lines, "--jobs", "1"] + (["--all"] if full else [])
        ann = callgrind(cmd, os.path.join(tmp, "cg.out"))
        out_bytes = len(subprocess.run(cmd, capture_output=True, check=True).stdout)
        st = {
            "line": inclusive(ann, "aigov_batch_line"),
            "parse": inclusive(ann, "aigov_profile_parse"),
            "decide": inclusive(ann, "ag_check_worker"),
            "prepare": inclusive(ann, "ag_worker_prepare"),
            "conditions": inclusive(ann, "peval"),
            "n_triggers": calls_from(ann, "eval_cond", "run"),
            "n_provisions": calls_from(ann, "decide", "run"),
        }
        render = inclusive(ann, "render.constprop.0") or inclusive(ann, "render")
        st["render"] = render
        st["decide_rest"] = max(st["decide"] - st["prepare"] - st["conditions"], 0)
        per = {k: v / n for k, v in st.items()}
        per["lines"] = n
        per["bytes_out"] = out_bytes / n
        per["full"] = full
        return per
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def table(per):
    rows = [("a whole line (aigov_batch_line)", per["line"]), ("  parse", per["parse"]),
            ("  decide", per["decide"]), ("    prepare (term sets, candidates)", per["prepare"]),
            ("    conditions (triggers, exemptions, provisions)", per["conditions"]),
            ("    the rest (instruments, exemptions, dates)", per["decide_rest"]), ("  render (counts, JSON)", per["render"])]
    print("instructions per real batch line (callgrind; %d lines, %s line, %.0f bytes out)" % (
        per["lines"], "full" if per["full"] else "lean", per["bytes_out"]))
    for name, v in rows:
        print("  %-48s %9.0f  %5.1f%%" % (name, v, 100 * v / per["line"] if per["line"] else 0))
    print("  per line: %.1f triggers and exemptions evaluated, %.1f provisions decided" % (
        per["n_triggers"], per["n_provisions"]))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    per = measure(os.path.abspath(args[0]), args[1] if len(args) > 1 else None, "--all" in sys.argv)
    if "--json" in sys.argv:
        print(json.dumps(per))
    else:
        table(per)
    return 0


if __name__ == "__main__":
    sys.exit(main())
