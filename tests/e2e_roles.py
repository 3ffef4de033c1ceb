#!/usr/bin/env python3
"""Roles from activities (docs/profile.md, "Activities"; docs/corpus-format.md, "Roles
defined from activities"): a profile that says what the organisation does, in plain words,
gets each instrument's duties for the role its own definition gives, named in the law's
words with the defining article; stated roles still work, and a disagreement between the
two is reported with both sources; the interview asks the activities, not the role words;
bad role definitions in a corpus are errors with file:line:col.

Usage: e2e_roles.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib

AIGOV = os.path.abspath(sys.argv[1])
FIX = "tests/fixtures/roles/"


def run(*args, stdin=None):
    return e2elib.run(AIGOV, *args, stdin=stdin)


def check(path, *extra):
    rc, out, err = run("check", path, "--format", "json", *extra)
    ok(rc == 0, f"check {path}: {rc} {err[:300]}")
    return json.loads(out) if rc == 0 else {"instruments": [], "profile": {}, "role_notes": [], "questions": []}


def inst(d, iid):
    return next((i for i in d["instruments"] if i["id"] == iid), None)


def binding(d):
    return {(i["id"], p["id"]): p["status"] for i in d["instruments"] if i["binding"] == "binding" for p in i["provisions"]}


# A US company that builds a CV screener and sells it under its name in Colorado and the EU,
# described by activities only: AI Act provider duties (Art. 3(3)) and Colorado developer
# duties (C.R.S. 6-1-1701(7)), each naming the role it derives and the article.
acts = check(FIX + "cv-screener-activities.json")
ai, co = inst(acts, "eu-ai-act"), inst(acts, "co-sb24-205")
ok(ai and [(r["role"], r["article"]) for r in ai["derived_roles"]] == [("provider", "Art. 3(3)")],
   f"AI Act: provider under Art. 3(3): {ai and ai['derived_roles']}")
ok(ai and ai["derived_roles"][0]["activities"] == ["develops", "markets_under_own_name"], "the activities that make the AI Act provider")
ok(ai and any(p["id"] == "eu-ai-act/art16-17-provider-obligations-annex-iii" for p in ai["provisions"]), "the AI Act's provider duties are listed")
ok(co and [(r["role"], r["article"]) for r in co["derived_roles"]] == [("developer", "C.R.S. 6-1-1701(7)")],
   f"Colorado: developer under C.R.S. 6-1-1701(7): {co and co['derived_roles']}")
ok(co and any(p["id"] == "co-sb24-205/1702-1-developer-reasonable-care" for p in co["provisions"]), "Colorado's developer duties are listed")
ok(acts["profile"]["roles"] == ["developer", "provider"] and acts["profile"]["stated_roles"] is None,
   f"the roles, none stated: {acts['profile']}")
rc, text, _ = run("check", FIX + "cv-screener-activities.json")
ok("a developer under Colorado AI Act (SB24-205) (C.R.S. 6-1-1701(7)), because it builds or trains" in " ".join(text.split()),
   f"the report names the derived role in the law's words: {text[:900]}")
ok("a provider under EU AI Act (Art. 3(3)), because it builds or trains the system or model itself and puts the system on the market"
   in " ".join(text.split()), "the report names the AI Act provider and why")
ok("Role: developer, provider (from the activities)." in text, "the role line says where the roles come from")

# The same system described by role words decides the same binding provisions the same way.
words = check(FIX + "cv-screener-roles.json")
ok(binding(acts) == binding(words) and binding(acts), "activities and the equivalent role words decide alike")

# Stated roles and activities that disagree: both sources are named.
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "mixed.json")
    prof = json.loads((ROOT / FIX / "cv-screener-roles.json").read_text())
    prof["role"] = ["provider"]
    prof["activities"] = ["uses"]
    with open(p, "w") as f:
        json.dump(prof, f)
    d = check(p)
    kinds = {(n["instrument"], n["role"], n["kind"]) for n in d["role_notes"]}
    ok(("eu-ai-act", "provider", "stated_not_derived") in kinds, f"a stated role the activities do not make: {kinds}")
    ok(("eu-ai-act", "deployer", "derived_not_stated") in kinds, f"a role the activities make, not stated: {kinds}")
    ok(d["profile"]["stated_roles"] == ["provider"] and "deployer" in d["profile"]["roles"], f"both kept: {d['profile']}")
    rc, text, _ = run("check", p)
    flat = " ".join(text.split())
    ok("Note: The profile states the role 'provider', but its activities do not make it one under EU AI Act (Art. 3(3); Art. 25(1)(a)-(b) defines it)"
       in flat, f"the text report names both sources: {text[:1500]}")
    ok("a deployer under EU AI Act (Art. 3(4)), because it uses the system under its own authority" in flat and
       "(the profile's 'role' does not state it)" in flat, "the derived role that is not stated is marked")

    # A role word means what each law defines: making a service available makes a provider
    # of a generative AI service in China (Art. 22), not a provider under the AI Act.
    p2 = os.path.join(td, "reseller.json")
    with open(p2, "w") as f:
        json.dump({"name": "reseller", "date": "2026-12-08", "activities": ["makes_available"], "markets": ["EU", "CN"],
                   "users": {"public": True}, "generates_synthetic_content": True}, f)
    d = check(p2)
    cn, ai = inst(d, "cn-genai-measures"), inst(d, "eu-ai-act")
    ok(cn and [r["article"] for r in cn["derived_roles"]] == ["Art. 22"] and cn["provisions"], "China: a generative AI service provider (Art. 22)")
    ok(ai is not None and not ai["provisions"] and not ai["derived_roles"] and ai["not_addressed"] > 0,
       f"AI Act: not a provider by making a service available: {ai and (len(ai['provisions']), ai['derived_roles'])}")
    # --role replaces the stated and derived roles alike.
    d = check(p2, "--role", "deployer")
    ok(d["profile"]["roles"] == ["deployer"] and all(not i["derived_roles"] for i in d["instruments"]), "--role replaces them")

# The interview asks what the organisation does, once, and never the role words.
with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "blank.json")
    with open(p, "w") as f:
        f.write('{"markets": ["US-CO", "EU"], "purposes": ["cv_screening"]}')
    d = check(p)
    ids = [q["id"] for q in d["questions"]]
    ok(ids and ids[0] == "system.activities" and "system.role" not in ids, f"without roles, the first question is the activities: {ids[:4]}")
    q = d["questions"][0]
    ok("develops" in q.get("choices", []) and "determines_processing" in q.get("choices", []), f"its choices are the activities: {q.get('choices')}")

# Bad role definitions: each an error with file:line:col, exit 2.
with tempfile.TemporaryDirectory() as td:
    corpus = os.path.join(td, "corpus")
    shutil.copytree(ROOT / "corpus", corpus)
    path = os.path.join(corpus, "instruments", "gdpr.yaml")
    text = open(path).read()
    bad = [("    all: [determines_processing]\n", "    all: [determines_procesing]\n", "unknown activities term 'determines_procesing' (did you mean 'determines_processing'?)"),
           ("  - role: controller\n    article: Art. 4(7)\n", "  - role: controler\n    article: Art. 4(7)\n", "unknown roles term 'controler' (did you mean 'controller'?)"),
           ("  - role: processor\n    article: Art. 4(8)\n    all: [processes_for_another]\n", "  - role: processor\n    article: Art. 4(8)\n",
            "give the activities that make the role"),
           ("  - role: processor\n    article: Art. 4(8)\n", "  - role: processor\n", "missing required key 'article'")]
    for old, new, msg in bad:
        ok(old in text, f"fixture text present: {old!r}")
        with open(path, "w") as f:
            f.write(text.replace(old, new, 1))
        rc, out, err = run("validate", "--corpus", corpus)
        ok(rc == 2 and msg in err and "gdpr.yaml:" in err, f"bad role definition ({msg}): {rc} {err[:400]}")
    with open(path, "w") as f:
        f.write(text)
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 0, f"the copy validates again: {err[:300]}")

finish()
