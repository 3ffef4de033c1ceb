#!/usr/bin/env python3
"""The text report of `aigov check` shows what the JSON holds, for every example profile:
- `check --all` never cuts a summary: each binding provision's summary that applies now
  or later is there, in full wherever it is shown;
- the default report cuts a long summary at a word boundary with an ellipsis, never inside
  a date or a number ("before 2 August 2026" is not shown as "before 2…").

Usage: e2e_report_text.py PATH_TO_AIGOV"""
import json
import re
import sys

from e2elib import ROOT, ok, run, finish

aigov = sys.argv[1]
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "million", "billion", "thousand", "per", "percent", "%"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def figure_part(w, other_digit):
    w = w.rstrip(",.;:)")
    return bool(re.search(r"\d", w)) or (w in MONTHS and other_digit)


def splits_figure(prev, nxt):
    """Whether a cut between words prev and nxt falls inside a date or a number."""
    pd, nd = bool(re.search(r"\d", prev)), bool(re.search(r"\d", nxt))
    return (pd and figure_part(nxt, True)) or (nd and prev.rstrip(",.;:)") in MONTHS)


examples = sorted((ROOT / "examples").glob("*.json"))
ok(len(examples) >= 40, f"examples found: {len(examples)}")
checked_full = checked_cut = 0
for ex in examples:
    rel = str(ex.relative_to(ROOT))
    rc, js, err = run(aigov, "check", rel, "--all", "--format", "json")
    ok(rc in (0, 1), f"{rel}: check --all --format json ({rc}, {err[:200]})")
    if rc not in (0, 1):
        continue
    doc = json.loads(js)
    shown = [norm(p["summary"]) for i in doc["instruments"] if i["binding"] == "binding" for p in i["provisions"]
             if p["status"] in ("applies", "applies_from")]
    rc, full, err = run(aigov, "check", rel, "--all")
    full = norm(full)
    every = [norm(p["summary"]) for i in doc["instruments"] for p in i["provisions"]]
    for s in shown:
        checked_full += 1
        alike = [t for t in every if t[:60] == s[:60]]  # summaries that open alike (Annex I / Annex III)
        at = [m.start() for m in re.finditer(re.escape(s[:60]), full)]
        ok(s in full and all(any(full.startswith(t, i) for t in alike) for i in at),
           f"{rel}: check --all shows the whole summary wherever it shows it: {s[:60]}… ({len(s.encode())} bytes)")
    rc, short, err = run(aigov, "check", rel)
    short = norm(short)
    for s in shown:
        if s in short:
            continue
        # The longest prefix of s shown with an ellipsis.
        cut = max((k for k in range(1, len(s)) if s[:k] + "…" in short), default=0)
        if not cut:
            continue  # not listed by the default report (e.g. applies only if answered so)
        checked_cut += 1
        ok(s[cut] in " ,;", f"{rel}: cut at a word boundary: {s[max(0, cut - 30):cut]}|{s[cut:cut + 20]}")
        prev = s[:cut].rstrip(",; ").split(" ")[-1]
        nxt = s[cut:].lstrip(",; ").split(" ")[0]
        ok(not splits_figure(prev, nxt), f"{rel}: not cut inside a date or number: …{s[max(0, cut - 40):cut]}|{s[cut:cut + 20]}")
ok(checked_full > 300, f"summaries checked in full under --all: {checked_full}")
ok(checked_cut > 20, f"cut summaries checked in the default report: {checked_cut}")
sys.exit(finish())
