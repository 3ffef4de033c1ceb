#!/usr/bin/env python3
"""End-to-end tests of issue 14's corrections and currency features over real processes:
the Digital Omnibus's new prohibited practice by date, litigation (court stays) on an
instrument, `corpus stale`, `corpus changes`, `divergence` of implementing instruments, and
each corrected corpus fact pinned by a profile and its expected status.
Usage: e2e_currency.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib
AIGOV = os.path.abspath(sys.argv[1])


def run(*args):
    return e2elib.run(AIGOV, *args)


def check(profile, date=None, *extra):
    args = ["check", profile, "--format", "json", *extra]
    if date:
        args += ["--date", date]
    rc, out, err = run(*args)
    ok(rc in (0, 1), f"check {profile} {date}: exit {rc}: {err}")
    return json.loads(out) if out else {"instruments": []}


def status(doc, pid):
    for i in doc["instruments"]:
        for p in i["provisions"]:
            if p["id"] == pid:
                return p["status"], p["date"]
    return None, None


def write(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f)


# --- Digital Omnibus: the new Art. 5(1) prohibited practice applies from 2 December 2026 ------
NUDIFY = "examples/nudification-app.json"
PID = "eu-ai-act/art5-nonconsensual-intimate-content-csam"
ok(status(check(NUDIFY, "2026-12-02"), PID) == ("applies", "2026-12-02"), "Omnibus prohibition applies on 2026-12-02")
ok(status(check(NUDIFY, "2026-12-01"), PID) == ("applies_from", "2026-12-02"), "Omnibus prohibition applies later on 2026-12-01")
# Before the Omnibus entered into force (27 July 2026) the point did not exist.
ok(status(check(NUDIFY, "2026-07-01"), PID)[0] in (None, "not_applicable"), "no Omnibus prohibition before 27 July 2026")
rc, out, _ = run("check", NUDIFY, "--date", "2026-12-02", "--fail-on", "prohibited")
ok(rc == 1 and "points inserted after point (b)" in out, f"--fail-on prohibited fires on 2026-12-02 (exit {rc})")
rc, out, _ = run("check", NUDIFY, "--date", "2026-12-01")
later = out.find("BINDING OBLIGATIONS THAT APPLY LATER")
ok(later >= 0 and later < out.find("2026-12-02 EU AI Act Art. 5(1), points inserted after point (b)"),
   "text on 2026-12-01 lists the banned practice among the binding obligations that apply later, on 2026-12-02")
rc, _, _ = run("check", NUDIFY, "--date", "2026-12-01", "--fail-on", "banned")
ok(rc == 0, f"--fail-on banned does not fire on 2026-12-01 (exit {rc})")
rc, _, _ = run("check", NUDIFY, "--date", "2026-12-02", "--fail-on", "banned")
ok(rc == 1, f"--fail-on banned fires on 2026-12-02, when the Omnibus's prohibited practice applies (exit {rc})")
doc = check(NUDIFY, "2026-12-02")
p = [p for i in doc["instruments"] for p in i["provisions"] if p["id"] == PID][0]
ok(p["provenance"]["amended_by"][0]["instrument"] == "eu-digital-omnibus-ai", "the prohibition names the Omnibus as its source")
# Art. 4a: special-category data for bias detection, from the Omnibus's entry into force.
ok(status(doc, "eu-ai-act/art4a-special-category-data-bias")[0] is None, "Art. 4a not listed without special-category data")
with open(ROOT / NUDIFY) as f:
    prof = json.load(f)
tmp = tempfile.mkdtemp()
prof2 = dict(prof, data=["personal", "biometric"])
write(os.path.join(tmp, "bio.json"), prof2)
ok(status(check(os.path.join(tmp, "bio.json"), "2026-08-01"), "eu-ai-act/art4a-special-category-data-bias") == ("applies", "2026-07-27"),
   "Art. 4a permission applies from 27 July 2026 to a system processing biometric data")

# --- Litigation: the federal stay of Colorado SB24-205 ----------------------------------------
rc, out, err = run("check", "examples/colorado-lending-ai.json", "--date", "2026-09-01")
ok("Litigation: X.AI LLC v. Weiser, No. 1:26-cv-01515" in out, "text names the case on the instrument")
ok("Enforcement stayed from 2026-04-27" in out and "the status above is the law as written" in out, "text shows the stay beside the provisions")
doc = check("examples/colorado-lending-ai.json", "2026-09-01")
co = [i for i in doc["instruments"] if i["id"] == "co-sb24-205"][0]
ok(co["litigation"][0]["effect"] == "stayed" and co["litigation"][0]["suspends_enforcement_on_date"], "json: litigation on the instrument")
p = [p for p in co["provisions"] if p["id"] == "co-sb24-205/1703-3-impact-assessment"][0]
ok(p["status"] == "applies" and p["enforcement_suspended"]["case"] == "X.AI LLC v. Weiser",
   "a stay keeps the status (law as written) and marks enforcement suspended")
doc = check("examples/colorado-lending-ai.json", "2026-04-26")
co = [i for i in doc["instruments"] if i["id"] == "co-sb24-205"]
ok(not co or not co[0]["litigation"][0]["suspends_enforcement_on_date"], "no suspension the day before the stay")

# --- Disputes: sources that disagree are shown, not picked silently (issue 25) ---------------------
ok("Disputed: Were the 2024 Act's duties law from 30 June to 31 December 2026" in out and "The corpus follows:" in out
   and "Against it:" in out and "Disputed (see above)." in out,
   "text gives the dispute under the instrument, both readings, and marks each provision")
doc = check("examples/colorado-lending-ai.json", "2026-09-01")
co = [i for i in doc["instruments"] if i["id"] == "co-sb24-205"][0]
d = co["disputes"][0]
ok(d["concerns_date"] and len(d["readings"]) == 2 and [r["followed"] for r in d["readings"]] == [True, False]
   and all(r["citations"] for r in d["readings"]), "json: the dispute with its readings, sources and the one followed")
p = [p for p in co["provisions"] if p["id"] == "co-sb24-205/1703-3-impact-assessment"][0]
ok(p.get("disputed") == [d["question"]], "json: a provision names the dispute it is subject to on the date")
doc = check("examples/colorado-lending-ai.json", "2026-06-29")
co = [i for i in doc["instruments"] if i["id"] == "co-sb24-205"]
ok(co and not co[0]["disputes"][0]["concerns_date"] and all("disputed" not in p for p in co[0]["provisions"]),
   "the day before the disputed span, nothing is marked disputed")
doc = check("examples/colorado-lending-ai.json", "2027-02-01")
co = [i for i in doc["instruments"] if i["id"] == "co-sb26-189"][0]
ok(co["litigation"][0]["case"] == "X.AI LLC v. Weiser" and co["litigation"][0]["suspends_enforcement_on_date"],
   "SB26-189 carries the stay that covers legislation replacing SB24-205")
rc, out, err = run("corpus", "show", "co-sb24-205", "-f", "json")
ok(rc == 0 and json.loads(out)["disputes"][0]["readings"][1]["followed"] is False, "corpus show gives the disputes")

# A litigation entry in a corpus copy: bad input is a positioned error, an `until` ends it.
corpus = os.path.join(tmp, "corpus")
shutil.copytree(ROOT / "corpus", corpus)
inst = os.path.join(corpus, "instruments", "co-sb24-205.yaml")
with open(inst) as f:
    text = f.read()
with open(inst, "w") as f:
    f.write(text.replace("    effect: stayed\n    from: 2026-04-27\n", "    effect: stayed\n    from: 2026-04-27\n    until: 2026-06-01\n"))
doc = check("examples/colorado-lending-ai.json", "2026-09-01", "--corpus", corpus)
co = [i for i in doc["instruments"] if i["id"] == "co-sb24-205"][0]
p = [p for p in co["provisions"] if p["id"] == "co-sb24-205/1703-3-impact-assessment"][0]
ok("enforcement_suspended" not in p, "a stay with `until` no longer suspends after it")
with open(inst, "w") as f:
    f.write(text.replace("    effect: stayed\n", "    effect: paused\n"))
rc, out, err = run("validate", "--corpus", corpus)
ok(rc == 1 and "co-sb24-205.yaml:" in err and "paused" in err, f"unknown litigation effect is a positioned error: {err[:300]}")
with open(inst, "w") as f:
    f.write(text.replace("    effect: stayed\n    from: 2026-04-27\n", "    effect: stayed\n    provisions: [no-such-provision]\n    from: 2026-04-27\n"))
rc, out, err = run("validate", "--corpus", corpus)
ok(rc == 1 and "'no-such-provision' is not a provision of instrument 'co-sb24-205'" in err, f"litigation names only own provisions: {err[:300]}")
for bad, want in [("    followed: 1\n", "    followed: 3\n"), ("    from: 2026-06-30\n    until: 2027-01-01\n", "    from: 2026-06-30\n    until: 2027-01-01\n    provisions: [no-such-provision]\n")]:
    with open(inst, "w") as f:
        f.write(text.replace(bad, want))
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 1 and "co-sb24-205.yaml:" in err and ("'followed' must be the number (1 to 2)" in err or
       "dispute: 'no-such-provision' is not a provision of instrument 'co-sb24-205'" in err),
       f"a bad dispute is a positioned error: {err[:300]}")
with open(inst, "w") as f:
    f.write(text)

# --- corpus stale -------------------------------------------------------------------------------
# The day co-sb24-205 was last verified, read from its file, and the day after it.
import datetime
import re
VON = re.search(r"^verified:\n  on: ([0-9-]+)$", text, re.M).group(1)
VNEXT = (datetime.date.fromisoformat(VON) + datetime.timedelta(days=1)).isoformat()
rc, out, err = run("corpus", "stale", "--before", VON, "--format", "json", "--corpus", corpus)
ok(rc == 0, f"corpus stale: exit {rc} {err}")
st = json.loads(out) if out else {"list": []}
ids = {x["id"]: x for x in st["list"]}
ok("co-sb24-205" not in ids, "an instrument verified on the day is not stale")
ok(st["stale"] == len(st["list"]) and st["instruments"] >= st["stale"], "stale counts")
rc, out, _ = run("corpus", "stale", "--before", VNEXT, "--format", "json", "--corpus", corpus)
st = json.loads(out)
ok("co-sb24-205" in {x["id"] for x in st["list"]}, f"verified {VON} is stale before {VNEXT}")
ok(all(x["verified"] is None or x["verified"] < VNEXT for x in st["list"]), "every listed instrument is older or never verified")
# An instrument without `verified` is listed as never verified, whatever the day.
with open(inst, "w") as f:
    f.write(re.sub(r"verified:\n  on: [0-9-]+\n  sources:\n(    - .*\n)+(  notes: .*\n)?", "", text))
rc, out, err = run("corpus", "stale", "--before", "2000-01-01", "--format", "json", "--corpus", corpus)
st = json.loads(out) if out else {"list": []}
ok({"id": "co-sb24-205", "verified": None}.items() <= {k: v for x in st["list"] if x["id"] == "co-sb24-205" for k, v in x.items()}.items(),
   f"never verified is always stale: {err}")
with open(inst, "w") as f:
    f.write(text)
rc, out, err = run("corpus", "stale", "--before", "2026-13-01")
ok(rc == 2 and "--before" in err, "bad --before date is a usage error")
rc, out, err = run("corpus", "stale")
ok(rc == 2 and "needs --before" in err, "stale without --before is a usage error")
rc, out, _ = run("corpus", "stale", "--before", "2026-12-01", "--format", "md")
ok(rc == 0 and out.startswith("# ") and "| instrument |" in out, "stale as markdown")

# --- corpus changes -----------------------------------------------------------------------------
rc, out, err = run("corpus", "changes", "--since", "2026-04-01", "--date", "2026-12-01", "--format", "json")
ok(rc == 0, f"corpus changes: exit {rc} {err}")
ch = json.loads(out) if out else {"changes": []}
def has(kind, inst, prov=None, date=None):
    return any(c["kind"] == kind and c["instrument"] == inst and (prov is None or c["provision"] == prov)
               and (date is None or c["date"] == date) for c in ch["changes"])
ok(has("stayed", "co-sb24-205", date="2026-04-27"), "changes list the court stay")
ok(has("in_force", "eu-digital-omnibus-ai", date="2026-07-27"), "changes list the Omnibus's entry into force")
ok(has("amended", "eu-ai-act", "eu-ai-act/art8-15-requirements-annex-iii", "2026-07-27"), "changes list amendments by the day they take effect")
ok(has("begins", "eu-ai-act", PID, "2026-12-02"), "changes list the new prohibition's start")
ok(has("revoked", "co-sb24-205", date="2027-01-01"), "changes list a revocation")
ok(all(c["date"] >= "2026-04-01" for c in ch["changes"]), "nothing before --since")
ok([c["date"] for c in ch["changes"]] == sorted(c["date"] for c in ch["changes"]), "changes sorted by date")
ok(all(c["upcoming"] == (c["date"] > "2026-12-01") for c in ch["changes"]), "later changes marked upcoming")
# The Annex III start is the amended one, not the 2024 text's 2 August 2026.
ok(not has("begins", "eu-ai-act", "eu-ai-act/art8-15-requirements-annex-iii", "2026-08-02")
   and has("begins", "eu-ai-act", "eu-ai-act/art8-15-requirements-annex-iii", "2027-12-02"), "changes use the dates as amended")
rc, out, _ = run("corpus", "changes", "--since", "2026-04-01", "--date", "2026-12-01")
ok(rc == 0 and "2026-04-27" in out and "X.AI LLC v. Weiser" in out and "(upcoming)" in out, "changes as text")
rc, out, err = run("corpus", "changes")
ok(rc == 2 and "needs --since" in err, "changes without --since is a usage error")
rc, out, err = run("corpus", "changes", "--since", "yesterday")
ok(rc == 2 and "--since" in err, "bad --since is a usage error")
rc, out, err = run("corpus", "frobnicate")
ok(rc == 2 and "stale, changes" in err, "unknown corpus subcommand names the new ones")

# --- NYC Local Law 144 reaches hiring and promotion only ---------------------------------------
with open(ROOT / "examples" / "nyc-aedt-employer.json") as f:
    nyc = json.load(f)
def nyc_reach(**kw):
    prof = json.loads(json.dumps(nyc))
    prof["purposes"] = ["worker_management"]
    prof.setdefault("employment", {}).update(kw)
    path = os.path.join(tmp, "nyc.json")
    write(path, prof)
    doc = check(path, "2026-12-01")
    return [i["reach"] for i in doc["instruments"] if i["id"] == "nyc-ll144"]
ok(nyc_reach(decisions=["termination", "task_allocation"]) == [], "LL 144 does not reach a tool for dismissals and task allocation")
ok(nyc_reach(decisions=["promotion"]) == ["true"], "LL 144 reaches a tool for promotions")
ok(nyc_reach() == ["unknown"], "LL 144 asks which decisions a worker-management tool serves")
ok(status(check("examples/nyc-aedt-employer.json", "2026-12-01"), "nyc-ll144/20-871-a-1-bias-audit")[0] == "applies", "LL 144 still reaches a CV screener")

# --- GDPR Art. 35(1): the general DPIA test beside Art. 35(3)(a)-(c) -----------------------------
with open(ROOT / "examples" / "credit-scoring-de.json") as f:
    cs = json.load(f)
def dpia(**kw):
    prof = json.loads(json.dumps(cs))
    prof.update({"systematic_extensive_evaluation": False, "large_scale": False, "systematic_monitoring": False})
    prof.update(kw)
    path = os.path.join(tmp, "dpia.json")
    write(path, prof)
    return status(check(path, "2026-12-01"), "gdpr/art35-1-dpia-high-risk")[0]
ok(dpia(processing_likely_high_risk=True) == "applies", "Art. 35(1): a DPIA for high-risk processing outside the 35(3) cases")
ok(dpia() == "unknown", "Art. 35(1) asks whether the processing is likely high-risk")
ok(dpia(processing_likely_high_risk=False) is None, "Art. 35(1) not listed when the processing is not high-risk")
ok(status(check("examples/credit-scoring-de.json", "2026-12-01"), "gdpr/art35-1-dpia-high-risk")[0] is None
   and status(check("examples/credit-scoring-de.json", "2026-12-01"), "gdpr/art35-3-a-dpia-profiling")[0] == "applies",
   "Art. 35(1) is not repeated where Art. 35(3)(a) already requires the DPIA")

# --- AI Act Art. 52(2): rebuttal of the systemic-risk presumption ------------------------------
with open(ROOT / "examples" / "frontier-closed-2e26.json") as f:
    fr = json.load(f)
def art55(**model):
    prof = json.loads(json.dumps(fr))
    prof["model"].update(model)
    path = os.path.join(tmp, "frontier.json")
    write(path, prof)
    return status(check(path, "2026-12-01"), "eu-ai-act/art55-systemic-risk-obligations")[0]
ok(art55() == "applies", "above 10^25 FLOP the presumption holds without a rebuttal")
ok(art55(systemic_risk_rebuttal_accepted=True, designated_systemic_risk=False) is None, "an accepted Art. 52(2) rebuttal lifts Art. 55")
ok(art55(systemic_risk_rebuttal_accepted=True, designated_systemic_risk=True) == "applies", "a designation applies despite a rebuttal")
ok(status(check(os.path.join(tmp, "frontier.json"), "2026-12-01"), "eu-ai-act/art52-1-systemic-risk-notification")[0] == "applies",
   "the notification duty stays (the rebuttal comes with it)")

# --- AI Act: law enforcement in Art. 5(1)(g) and Annex III point 6 -----------------------------
with open(ROOT / "examples" / "police-realtime-biometric.json") as f:
    pol = json.load(f)
def ai_act(pid, **kw):
    prof = json.loads(json.dumps(pol))
    prof["role"] = ["provider", "deployer"]
    prof.update(kw)
    path = os.path.join(tmp, "pol.json")
    write(path, prof)
    return status(check(path, "2026-12-01"), pid)[0]
A3 = "eu-ai-act/art8-15-requirements-annex-iii"
insurer = {"purposes": ["predictive_policing"], "crime_prediction_solely_profiling": False,
           "deployer": {"established_in": ["NL"], "kind": "private"}}
ok(ai_act(A3, **insurer) is None, "Annex III 6(d): predicting offending outside law enforcement is not high-risk")
police = dict(insurer, deployer={"established_in": ["NL"], "kind": "law_enforcement_authority"})
ok(ai_act(A3, **police) == "applies_from", "Annex III 6(d): the same system used by the police is high-risk")
ok(ai_act(A3, **dict(insurer, purposes=["predictive_policing", "law_enforcement"])) == "applies_from",
   "Annex III 6(d): used on behalf of law enforcement is high-risk")
G = "eu-ai-act/art5-biometric-categorisation-sensitive"
ok(ai_act(G, purposes=["biometric_categorisation_sensitive", "law_enforcement"]) is None,
   "Art. 5(1)(g): categorisation in the area of law enforcement is outside the ban, without asking about dataset labelling")
ok(ai_act(G, purposes=["biometric_categorisation_sensitive"], deployer={"established_in": ["NL"], "kind": "private"}) == "unknown",
   "Art. 5(1)(g): outside law enforcement the labelling exception is asked")

# With the presumption rebutted, an open-weights model regains the open-source relief of
# Art. 53(2) and Art. 54(6); the copyright and training-summary duties stay.
with open(ROOT / "examples" / "frontier-open-3e25.json") as f:
    fo = json.load(f)
fo["model"]["systemic_risk_rebuttal_accepted"] = True
write(os.path.join(tmp, "fo.json"), fo)
doc = check(os.path.join(tmp, "fo.json"), "2026-12-01")
ok(status(doc, "eu-ai-act/art53-1-ab-documentation")[0] is None and status(doc, "eu-ai-act/art54-gpai-authorised-representative")[0] is None
   and status(doc, "eu-ai-act/art53-1-cd-copyright-training-summary")[0] == "applies",
   "an accepted rebuttal restores the open-source relief of Art. 53(2), 54(6)")

# --- Standards: not before their publication --------------------------------------------------
STD = "examples/frontier-signatory-42001.json"
for inst, first in [("iso-iec-42001", "2024-01-01"), ("iso-iec-23894", "2023-03-01"), ("ieee-7000-2021", "2021-10-01")]:
    before = check(STD, "2019-06-01")
    sts = {p["status"] for i in before["instruments"] if i["id"] == inst for p in i["provisions"]}
    ok("applies" not in sts, f"{inst} does not apply in 2019 (published later): {sts}")
    after = check(STD, first)
    sts = {p["status"] for i in after["instruments"] if i["id"] == inst for p in i["provisions"]}
    ok("applies" in sts, f"{inst} applies from {first}: {sts}")

# --- implements / divergence -------------------------------------------------------------------
rc, out, err = run("divergence", "oecd-ai-principles", "--format", "json", "--date", "2026-12-01")
dv = json.loads(out) if rc == 0 else {"implementing": [], "not_implementing": [], "adherents": 0}
impl = {e["adherent"]: e for e in dv["implementing"]}
ok("EU" in impl and impl["EU"]["binding_implementations"][0]["id"] == "eu-ai-act", "divergence: the EU implements the OECD Recommendation through the AI Act")
ok(dv["adherents"] > 30 and any(e["via"] in ("OECD", "oecd") for e in dv["not_implementing"]), "divergence counts the OECD's members one by one")
ok(not any(e["adherent"] in ("OECD", "oecd") for e in dv["implementing"] + dv["not_implementing"]), "the group itself is not an adherent row")
rc, out, err = run("divergence", "coe-ai-convention", "--format", "json")
dv = json.loads(out) if rc == 0 else {"implementing": []}
# The EU signed; its members are reached through it (docs/analysis.md, "Reach") and implement
# through the AI Act as EU law (reaches_as group_law).
ok("EU" in [e["adherent"] for e in dv["implementing"]] and
   {i["id"] for e in dv["implementing"] for i in e["binding_implementations"]} == {"eu-ai-act"} and
   all(e["adherent"] == "EU" or e["binding_implementations"][0]["reaches_as"] == "group_law" for e in dv["implementing"]),
   "divergence: the AI Act implements the CoE Convention (for the EU, and as EU law for its members)")
rc, out, err = run("divergence", "eu-ai-act")
ok(rc == 2 and "not an international instrument" in err, f"divergence of a domestic instrument is an error (exit {rc})")
rc, out, err = run("corpus", "show", "eu-ai-act", "--format", "json")
rel = [r for r in json.loads(out)["relations"] if r["type"] == "implements"] if rc == 0 else []
ok(rel and rel[0]["target"] == "coe-ai-convention" and rel[0]["citations"], "an implements relation carries its citations")

rc, out, _ = run("corpus", "show", "co-sb24-205", "--format", "json")
sh = json.loads(out) if rc == 0 else {}
ok(sh.get("verification", {}).get("on") == VON and sh.get("litigation", [{}])[0].get("effect") == "stayed",
   "corpus show gives the verification and the litigation")

shutil.rmtree(tmp)
sys.exit(finish())
