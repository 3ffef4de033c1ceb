#!/usr/bin/env python3
"""Every documented input limit (docs/limits.md), tested at the limit (accepted) and just
beyond it (rejected with a clear error, exit 2, nothing on stdout), over real processes.
Usage: e2e_limits.py PATH_TO_AIGOV"""
import json
import os
import pathlib
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib
AIGOV = os.path.abspath(sys.argv[1])
TMP = pathlib.Path(tempfile.mkdtemp(prefix="aigov-limits-"))


def run(*args, stdin=None):
    return e2elib.run(AIGOV, *args, stdin=stdin, timeout=120)


def rejected(rc, out, err, what):
    ok(rc == 2 and out == "" and what in err, f"expected rejection mentioning {what!r}: exit {rc}, stderr {err[:300]!r}")


# --- file size: 8 MiB -----------------------------------------------------------------------
LIMIT = 8 << 20
base = '{"id": "big", "markets": ["EU"]}'
at = TMP / "at.json"
at.write_text(base + " " * (LIMIT - len(base)))
rc, out, err = run("check", str(at), "--format", "json")
ok(rc == 0 and json.loads(out)["profile"]["id"] == "big", f"a profile of exactly 8 MiB is read: {err[:200]}")
beyond = TMP / "beyond.json"
beyond.write_text(base + " " * (LIMIT - len(base) + 1))
rejected(*run("check", str(beyond)), "larger than the limit of 8388608 bytes")

# --- list items: 4096 ----------------------------------------------------------------------------
def regions(n):
    return json.dumps({"id": "l", "markets": ["DE"] * n})
p = TMP / "list-at.json"
p.write_text(regions(4096))
rc, out, err = run("check", str(p), "--format", "json")
ok(rc == 0, f"4096 list items are accepted: {err[:200]}")
p = TMP / "list-beyond.json"
p.write_text(regions(4097))
rejected(*run("check", str(p)), "more than the limit of 4096")

# --- condition length: 16384 bytes, depth: 96 ------------------------------------------------------
expr = "true" + " " * (16384 - 4)
rc, out, err = run("eval", expr, "--format", "json")
ok(rc == 0 and json.loads(out)["value"] is True, f"a condition of exactly 16384 bytes compiles: {err[:200]}")
rejected(*run("eval", expr + " "), "16384")
rc, out, err = run("eval", "(" * 95 + "true" + ")" * 95, "--format", "json")
ok(rc == 0, f"95 nested parentheses compile: {err[:200]}")
rejected(*run("eval", "(" * 97 + "true" + ")" * 97), "deep")

# --- YAML nesting of a corpus file: 32 levels ---------------------------------------------------------
def corpus_with_notes(depth):
    d = TMP / f"corpus-{depth}"
    shutil.copytree(ROOT / "tests/fixtures/mini", d)
    # The document is one mapping; its `notes` value adds depth - 1 more.
    nested = "x"
    for i in range(depth - 1):
        nested = "{a: " + nested + "}"
    f = d / "instruments" / "nyc-law.yaml"
    f.write_text(f.read_text() + f"notes: {nested}\n")
    return d
rc, out, err = run("validate", "--corpus", str(corpus_with_notes(32)))
ok(rc == 0, f"32 levels of YAML nesting are read: {err[:300]}")
rc, out, err = run("validate", "--corpus", str(corpus_with_notes(33)))
ok(rc == 1 and "nesting deeper than the limit of 32 levels" in err, f"33 levels are rejected: {err[:300]}")

# --- errors reported: 100, then a count ------------------------------------------------------------------
d = TMP / "many-errors"
shutil.copytree(ROOT / "tests/fixtures/mini", d)
f = d / "instruments" / "nyc-law.yaml"
f.write_text(f.read_text() + "".join(f"bad_key_{i}: 1\n" for i in range(150)))
rc, out, err = run("validate", "--corpus", str(d))
shown = err.count(": error: ")
ok(rc == 1 and shown == 100 and "more errors not shown" in err, f"100 errors shown, then a count: {shown} shown")

# --- profiles on one command line: 64 -------------------------------------------------------------------------
args = ["examples/customer-chatbot.json"] * 64
rc, out, err = run("check", *args, "--format", "json")
ok(rc == 0 and len(json.loads(out)["results"]) == 64, f"64 profiles in one command: {err[:200]}")
rc, out, err = run("check", *(args + ["examples/customer-chatbot.json"]))
ok(rc == 2 and out == "" and "too many arguments" in err, f"65 profiles are refused: {err[:200]}")

# --- ids named by one overlay (remove, revoke, amend): 16384, looked up by hash -------------------------------
def overlay_removing(n):
    f = TMP / f"remove-{n}.yaml"
    f.write_text("title: many ids\nremove:\n  actors:\n" + "".join(f"    - no-such-actor-{i}\n" for i in range(n)))
    return str(f)
rc, out, err = run("map", "--overlay", overlay_removing(16384))
ok(rc == 2 and "which is not in the corpus" in err and "more than 16384 ids" not in err,
   f"16384 ids are read (each then reported as not in the corpus): {err[-300:]}")
rc, out, err = run("map", "--overlay", overlay_removing(100000))
ok(rc == 2 and "the overlay names more than 16384 ids in remove, revoke and amend" in err,
   f"100,000 ids are refused at the limit: {err[-300:]}")

# --- a profile of 300,000 unknown keys: 100 errors with suggestions, the rest counted -------------------
# (Each suggestion is an edit distance to every field; they are computed only for errors shown,
# so the cost no longer grows with the keys: 4.9 s on the registry before, under 1 s now.)
big = TMP / "unknown-keys.json"
big.write_text(json.dumps({"id": "x", "date": "2026-12-01", **{f"unknown_key_{i}": 1 for i in range(300000)}}))
rc, out, err = run("check", str(big))
ok(rc == 2 and err.count("unknown key") == 100 and "299900 more errors not shown" in err,
   f"300,000 unknown keys: 100 shown, the rest counted: {err[-200:]}")

shutil.rmtree(TMP, ignore_errors=True)
sys.exit(finish())
