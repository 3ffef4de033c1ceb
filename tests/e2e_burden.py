#!/usr/bin/env python3
"""Who must establish an exception (schema `burden:`; docs/profile.md, "What you must
establish yourself"): AI Act Art. 6(3)-(4). A CV screener whose provider does not say it
documented an Art. 6(3) assessment has not: the Annex III duties apply "unless the provider
documents the Art. 6(3) assessment", the question is still listed, and the duties are not
undecided. Saying true lifts them; saying false removes the note.

Usage: e2e_burden.py PATH_TO_AIGOV"""
import json
import os
import sys
import tempfile

from e2elib import ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])
ID = "eu-ai-act/art16-17-provider-obligations-annex-iii"


def check(td, prof, fmt="json"):
    p = os.path.join(td, "p.json")
    with open(p, "w") as f:
        json.dump(prof, f)
    rc, out, err = e2elib.run(AIGOV, "check", p, "--format", fmt, "--date", "2028-01-10")
    ok(rc == 0, f"check: {err[:300]}")
    return json.loads(out) if fmt == "json" else out


base = {"name": "CV screener", "role": ["provider"], "markets": ["EU"], "provider": {"established_in": ["DE"]},
        "purposes": ["cv_screening"], "research_only": False, "pre_market_development": False, "performs_profiling": False}
with tempfile.TemporaryDirectory() as td:
    d = check(td, base)
    p = next((p for i in d["instruments"] for p in i["provisions"] if p["id"] == ID), None)
    ok(p and p["status"] == "applies", f"unstated: the Annex III provider duties apply: {p and p['status']}")
    ok(p and [u["field"] for u in p["unless"]] == ["system.art6_3_derogation"] and p["unless"][0]["burden"] == "AI Act Art. 6(4)",
       f"unstated: applies unless the assessment is documented: {p and p['unless']}")
    q = [x for x in d["questions"] if x["id"] == "system.art6_3_derogation"]
    ok(q and ID in q[0]["provisions"], "the question that may lift it is still listed")
    ok(p and p["deciding_fields"] == [] , "the duty is decided, not unknown")
    text = " ".join(check(td, base, "text").split())
    n = q[0]["number"] if q else "Q?"
    ok(f"(applies unless the provider documents the Art. 6(3) assessment before placing the system on the market: {n}; AI Act Art. 6(4))" in text,
       f"the text report says so: {text[:2000]}")
    d = check(td, dict(base, art6_3_derogation=True))
    p = next((p for i in d["instruments"] for p in i["provisions"] if p["id"] == ID), None)
    ok(p is None or p["status"] != "applies", f"documented: the Annex III duties are lifted: {p and p['status']}")
    d = check(td, dict(base, art6_3_derogation=False))
    p = next((p for i in d["instruments"] for p in i["provisions"] if p["id"] == ID), None)
    ok(p and p["status"] == "applies" and p["unless"] == [] and not any(x["id"] == "system.art6_3_derogation" for x in d["questions"]),
       "stated false: applies, with no 'unless' and no question")
finish()
