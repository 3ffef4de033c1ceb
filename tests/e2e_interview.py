#!/usr/bin/env python3
"""The interview never asks what it can know: for every example profile and for scripted
interviews from a blank start, no question that `check` ranks or `ask` puts may be implied
by what the profile already says. A yes/no question is implied when one of its two answers
contradicts a fact that follows from the profile (the check then reports a `fact_notes`
entry for that field: docs/profile.md, "Derived facts"). Also: the system's name is asked
first, and a plain question (what the organisation does) before the law-specific ones.

Usage: e2e_interview.py PATH_TO_AIGOV"""
import json
import os
import re
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])
QUESTION = re.compile(r"Question \d+ \((system\.[a-z0-9_.]+),")
CHOICE = re.compile(r"^\s+(\d+)\. ([a-z0-9_]+)", re.M)


def run(*args, stdin=None):
    return e2elib.run(AIGOV, *args, stdin=stdin, timeout=300)


def put(profile, field, value):
    cur = profile
    parts = field.split(".")
    for part in parts[:-1]:
        cur = cur.setdefault(part, {})
    cur[parts[-1]] = value


def implied(td, base, fields, date):
    """The bool fields among `fields` that one of whose answers contradicts `base`."""
    variants = []
    for f in fields:
        for v in (True, False):
            p = json.loads(json.dumps(base))
            put(p, f, v)
            variants.append((f, v, p))
    paths = []
    for k, (_, _, p) in enumerate(variants):
        path = os.path.join(td, f"v{k}.json")
        with open(path, "w") as fh:
            json.dump(p, fh)
        paths.append(path)
    out = []
    for i in range(0, len(paths), 200):
        rc, text, err = run("check", *paths[i:i + 200], "--format", "json", "--date", date)
        ok(rc == 0, f"check of the variants: {err[:300]}")
        res = json.loads(text) if rc == 0 else {"results": []}
        res = res.get("results", [res])
        for (f, v, _), r in zip(variants[i:i + 200], res):
            if any(n["field"] == "system." + f for n in r.get("fact_notes", [])):
                out.append((f, v))
    return out


# The implications the issue names, written here apart from corpus/derivations.yaml, so that
# an engine that asked them anyway would fail even if the derivations were lost.
def _get(p, f):
    for part in f.split("."):
        p = p.get(part) if isinstance(p, dict) else None
    return p


RULES = [
    ("annex_i_section_b", lambda p: "medical_device" in (_get(p, "purposes") or [])),
    ("safety_component", lambda p: "medical_device" in (_get(p, "purposes") or [])),
    ("deep_fake", lambda p: _get(p, "generates_synthetic_content") is False),
    ("public_interest_text", lambda p: _get(p, "generates_synthetic_content") is False),
    ("generates_synthetic_content", lambda p: _get(p, "deep_fake") is True),
    ("assistive_editing_only", lambda p: _get(p, "deep_fake") is True),
    ("chatbot.companion", lambda p: _get(p, "interacts_with_natural_persons") is False),
    ("kr.compute_threshold_met", lambda p: isinstance(_get(p, "model.training_compute_flop"), (int, float))
     and _get(p, "model.training_compute_flop") < 1e26),
]


def bool_fields(questions):
    return [q["field"] for q in questions if q["type"] == "bool"]


total = 0
with tempfile.TemporaryDirectory() as td:
    # Every example: none of the questions its check leaves is implied by it.
    examples = sorted(p for p in (ROOT / "examples").glob("*.json"))
    for ex in examples:
        prof = json.loads(ex.read_text())
        rc, text, err = run("check", str(ex), "--format", "json")
        d = json.loads(text)
        fields = bool_fields(d["questions"])
        total += len(d["questions"])
        bad = implied(td, prof, fields, prof.get("date", "2026-12-08"))
        bad += [(q["field"], "rule") for q in d["questions"] for f, rule in RULES if f == q["field"] and rule(prof)]
        ok(not bad, f"{ex.name}: no implied question among {len(fields)} yes/no questions: {bad}")

    # Scripted interviews from a blank start: the answers a person gives, by field; every
    # question asked is checked against what was answered before it.
    scripts = {
        "text generator, no deep fakes": {"name": "Copy assistant", "activities": ["develops", "markets_under_own_name"],
                                          "markets": ["EU", "US-CA"], "generates_synthetic_content": False,
                                          "interacts_with_natural_persons": False, "capabilities": ["text_classification"],
                                          "purposes": ["customer_service"]},
        "video deep-fake app": {"name": "FaceSwap", "activities": ["develops", "makes_available", "markets_under_own_name"],
                                "markets": ["EU", "KR"], "deep_fake": True, "capabilities": ["video_generation"],
                                "model": {"training_compute_flop": 1e22, "general_purpose": False}},
        "medical imaging": {"name": "Scan triage", "activities": ["develops", "markets_under_own_name"], "markets": ["EU"],
                            "purposes": ["medical_device"], "capabilities": ["image_classification"]},
        "in-house HR tool": {"name": "HR ranker", "activities": ["uses", "determines_processing"], "markets": ["DE", "US-CO"],
                             "purposes": ["cv_screening"], "interacts_with_natural_persons": False,
                             "generates_synthetic_content": False, "data": ["personal", "employment"]},
    }
    for title, answers in scripts.items():
        script, asked_order, partial, snapshots = [answers.get("name", "?")], [], {}, []
        for _ in range(60):
            rc, out, err = run("ask", "--date", "2026-12-08", stdin="".join(a + "\n" for a in script))
            last = err.rsplit("Question ", 1)[-1]
            m = QUESTION.search("Question " + last)
            if rc != 0 or not m or "(end of input)" not in err:
                break
            field = m.group(1)[len("system."):]
            if field in asked_order:
                break
            asked_order.append(field)
            snapshots.append((field, json.loads(json.dumps(partial))))
            cur = answers
            for part in field.split("."):
                cur = cur.get(part) if isinstance(cur, dict) else None
            if cur is None:
                script.append("?")
                continue
            nums = {name: int(n) for n, name in CHOICE.findall(last)}
            if isinstance(cur, bool):
                script.append("yes" if cur else "no")
            elif isinstance(cur, list):
                script.append(", ".join(str(nums.get(v, v)) for v in cur) or "none")
            elif isinstance(cur, float):
                script.append(f"{cur:g}")
            else:
                script.append(str(cur))
            put(partial, field, cur)
        ok(asked_order and asked_order[0] == "activities", f"{title}: the first question is what the organisation does: {asked_order[:3]}")
        rc, out, err = run("ask", "--date", "2026-12-08", stdin="".join(a + "\n" for a in script))
        ok("What is the system called?" in err and "Question 1 " in err and
           err.index("What is the system called?") < err.index("Question 1 "), f"{title}: the name is asked first")
        bad = []
        for field, before in snapshots:
            bad += [x for x in implied(td, before, [field], "2026-12-08") if x[0] == field]
            bad += [(field, "rule") for f, rule in RULES if f == field and rule(before)]
        ok(not bad, f"{title}: no question asked was implied by the answers before it: {bad} (asked {asked_order})")
        total += len(asked_order)

print(f"{total} questions left by the examples' checks")
finish()
