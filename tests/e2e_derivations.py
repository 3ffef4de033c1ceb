#!/usr/bin/env python3
"""Derived facts (corpus/derivations.yaml; docs/profile.md, "Derived facts"): each
derivation is applied before deciding, so its field is not asked; `explain` shows the
chain; a profile that says otherwise is told so; `validate` rejects a cycle, a
contradiction between derivations and a malformed one, each with file:line.

Usage: e2e_derivations.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])


def run(*args, stdin=None):
    return e2elib.run(AIGOV, *args, stdin=stdin)


def check(td, prof, *extra):
    p = os.path.join(td, "p.json")
    with open(p, "w") as f:
        json.dump(dict({"name": "t", "date": "2026-12-08"}, **prof), f)
    rc, out, err = run("check", p, "--format", "json", *extra)
    ok(rc == 0, f"check: {rc} {err[:300]}")
    return (json.loads(out) if rc == 0 else {"questions": [], "derived_facts": [], "fact_notes": []}), p


def asked(d):
    return {q["id"] for q in d["questions"]}


def derived(d):
    return {(x["field"], x["value"], x["derivation"]) for x in d["derived_facts"]}


with tempfile.TemporaryDirectory() as td:
    base = {"role": ["provider", "deployer"], "markets": ["EU"]}
    # Each derivation of the corpus, on a profile whose condition holds: the field is set and
    # not asked; without the condition's fact, the field is asked (so the test can fail).
    cases = [
        ({"purposes": ["medical_device"]}, "system.annex_i_section_b", False, "medical-device-is-annex-i-section-a"),
        ({"purposes": ["medical_device"]}, "system.safety_component", True, "medical-device-software-is-annex-i-product"),
        ({"deep_fake": True, "capabilities": ["video_generation"]}, "system.generates_synthetic_content", True, "deep-fake-is-generated-content"),
        ({"deep_fake": True, "capabilities": ["video_generation"]}, "system.assistive_editing_only", False, "deep-fake-is-not-assistive-editing"),
        ({"generates_synthetic_content": False}, "system.deep_fake", False, "deep-fake-is-generated-content"),
        ({"generates_synthetic_content": False}, "system.public_interest_text", False, "no-generated-content-no-public-interest-text"),
        ({"interacts_with_natural_persons": False, "markets": ["US-CA"]}, "system.chatbot.companion", False, "no-interaction-no-companion-chatbot"),
        ({"model": {"training_compute_flop": 3e24, "general_purpose": True}, "markets": ["KR"]}, "system.kr.compute_threshold_met", False,
         "korea-compute-below-threshold"),
    ]
    for extra, field, value, dv in cases:
        d, _ = check(td, dict(base, **extra))
        ok((field, value, dv) in derived(d), f"{dv}: {field} = {value}: {sorted(derived(d))}")
        ok(field not in asked(d), f"{dv}: {field} is not asked")
    # Without the fact that decides it, the field is asked.
    d, _ = check(td, dict(base, purposes=["cv_screening"], generates_synthetic_content=True))
    ok("system.deep_fake" in asked(d), "deep_fake is asked of a system that generates content")
    d, _ = check(td, dict(base, markets=["KR"], model={"general_purpose": True}))
    ok("system.kr.compute_threshold_met" in asked(d) or "system.model.training_compute_flop" in asked(d),
       "the Korean threshold stays open without the compute")

    # explain shows the chain.
    d, p = check(td, dict(base, purposes=["medical_device"]))
    rc, text, err = run("explain", "eu-ai-act/art8-15-requirements-annex-i", p)
    flat = " ".join(text.split())
    ok(rc == 0 and "Derived facts (not stated in the profile; they follow from it):" in text and
       "annex_i_section_b: false, because medical devices and in vitro diagnostic medical devices are Union harmonisation legislation of Annex I Section A" in flat,
       f"explain shows the derived fact and why: {text[-1500:]}")
    rc, out, err = run("explain", "eu-ai-act/art8-15-requirements-annex-i", p, "--format", "json")
    ok(rc == 0 and any(x["derivation"] == "medical-device-is-annex-i-section-a" for x in json.loads(out)["derived_facts"]),
       "explain --format json lists the derived facts")
    # A chain: generating nothing makes deep_fake false, which the explain of Art. 50(4) shows.
    d, p = check(td, dict(base, generates_synthetic_content=False))
    rc, text, err = run("explain", "eu-ai-act/art50-4-deep-fake-disclosure", p)
    ok(rc == 0 and "deep_fake: false, because a deep fake is AI-generated or manipulated" in " ".join(text.split()) and "read backwards" in text,
       f"explain of Art. 50(4) shows the derivation read backwards: {text[-800:]} {err[:200]}")

    # A profile that says otherwise keeps its value and is told so.
    d, p = check(td, dict(base, purposes=["medical_device"], annex_i_section_b=True))
    ok([n["derivation"] for n in d["fact_notes"]] == ["medical-device-is-annex-i-section-a"], f"the contradiction is reported: {d['fact_notes']}")
    rc, text, _ = run("check", p)
    ok("Note: The profile says annex_i_section_b: true, but it follows from the rest of it that annex_i_section_b is false"
       in " ".join(text.split()), "the text report says so")

# validate: cycles, contradictions, malformed derivations.
with tempfile.TemporaryDirectory() as td:
    corpus = os.path.join(td, "corpus")
    shutil.copytree(ROOT / "corpus", corpus)
    path = os.path.join(corpus, "derivations.yaml")
    orig = open(path).read()
    bad = [
        ("""  - id: loop-a
    when: system.large_scale
    then: {systematic_monitoring: true}
    article: x
    reason: y
  - id: loop-b
    when: system.systematic_monitoring
    then: {large_scale: true}
    article: x
    reason: y
""", "is part of a cycle"),
        ("""  - id: other-way
    when: '"medical_device" in system.purposes && system.research_only'
    then: {annex_i_section_b: true}
    article: x
    reason: y
""", "derivations must not contradict each other"),
        ("""  - id: not-bool
    when: system.large_scale
    then: {markets: true}
    article: x
    reason: y
""", "a derivation sets a yes/no (bool) field"),
        ("""  - id: no-article
    when: system.large_scale
    then: {systematic_monitoring: true}
    reason: y
""", "missing required key 'article'"),
        ("""  - id: bad-field
    when: system.large_scal
    then: {systematic_monitoring: true}
    article: x
    reason: y
""", "did you mean 'system.large_scale'"),
    ]
    for add, msg in bad:
        with open(path, "w") as f:
            f.write(orig + add)
        rc, out, err = run("validate", "--corpus", corpus)
        ok(rc == 2 and msg in err and "derivations.yaml:" in err, f"validate rejects ({msg}): {rc} {err[:500]}")
    with open(path, "w") as f:
        f.write(orig)
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 0, f"the copy validates again: {err[:300]}")
    os.remove(path)
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 0, f"derivations.yaml is optional: {err[:300]}")

finish()
