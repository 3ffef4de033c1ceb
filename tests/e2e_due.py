#!/usr/bin/env python3
"""Applies from vs due by (docs/corpus-format.md, `due:`): AI Act Art. 111(3) binds the
provider of a general-purpose model placed on the market before 2 August 2025 now, with
a deadline of 2 August 2027; every view says so: text, Markdown, JSON, timeline (text and
JSON), calendar. A `due` before `applies_from` is a corpus error.

Usage: e2e_due.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])
EX = "examples/gpai-legacy-2024.json"
ID = "eu-ai-act/art111-3-legacy-gpai-compliance"


def run(*args):
    return e2elib.run(AIGOV, *args)


rc, out, err = run("check", EX, "--date", "2026-06-01", "--format", "json")
d = json.loads(out)
p = next((p for i in d["instruments"] for p in i["provisions"] if p["id"] == ID), None)
ok(p and p["status"] == "applies" and p["date"] == "2025-08-02" and p["due"] == "2027-08-02",
   f"on 2026-06-01 Art. 111(3) applies now, due 2027-08-02: {p and (p['status'], p['date'], p['due'])}")
ok(all("due" in q for i in d["instruments"] for q in i["provisions"]), "every provision has 'due' in the JSON")
rc, text, _ = run("check", EX, "--date", "2026-06-01")
flat = " ".join(text.split())
ok("Art. 111(3) (eu-ai-act/art111-3-legacy-gpai-compliance)" in flat and "(applies now, due by 2027-08-02)" in flat,
   f"text: applies now, due by: {text[:1500]}")
ok(flat.index("(applies now, due by 2027-08-02)") < flat.index("BINDING OBLIGATIONS THAT APPLY LATER") if "BINDING OBLIGATIONS THAT APPLY LATER" in flat else True,
   "listed among the duties that apply now, not later")
rc, md, _ = run("check", EX, "--date", "2026-06-01", "--format", "md")
ok("(applies now, due by 2027-08-02)" in " ".join(md.split()), "Markdown says it too")
rc, text, _ = run("check", EX, "--date", "2027-09-01")
ok("due by" not in text.split("QUESTIONS")[0], "after the deadline no 'due by' is shown")

rc, out, err = run("timeline", EX, "--format", "json")
ev = [e for e in json.loads(out)["events"] if e["provision"] == ID] if rc == 0 else []
ok(any(e["date"] == "2027-08-02" and e["change"] == "due" for e in ev), f"the timeline has the deadline: {ev}")
rc, text, _ = run("timeline", EX)
ok("2027-08-02\n  due       EU AI Act Art. 111(3)" in text, "the text timeline shows it")
rc, ics, _ = run("timeline", EX, "--format", "ics")
ok("SUMMARY:EU AI Act Art. 111(3) due (legacy-model)" in ics and "DTSTART;VALUE=DATE:20270802" in ics, "the calendar has the deadline")

with tempfile.TemporaryDirectory() as td:
    corpus = os.path.join(td, "corpus")
    shutil.copytree(ROOT / "corpus", corpus)
    path = os.path.join(corpus, "instruments", "eu-ai-act.yaml")
    t = open(path).read()
    with open(path, "w") as f:
        f.write(t.replace("    due: 2027-08-02\n", "    due: 2024-08-02\n", 1))
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 2 and "'due' (the compliance deadline) must not be before the provision applies" in err and "eu-ai-act.yaml:" in err,
       f"due before applies_from: {rc} {err[:300]}")

finish()
