#!/usr/bin/env python3
"""End-to-end tests of the aigov CLI over real processes: one or more test per
user-visible feature of check, explain, eval, validate, corpus and profile.
Usage: e2e_cli.py PATH_TO_AIGOV"""
import json
import os
import shutil
import sys
import tempfile

from e2elib import ROOT, ok, finish
import e2elib
AIGOV = os.path.abspath(sys.argv[1])


def run(*args, cwd=ROOT, stdin=None):
    return e2elib.run(AIGOV, *args, cwd=cwd, stdin=stdin)


def check_json(*args):
    rc, out, err = run("check", *args, "--format", "json")
    ok(rc in (0, 1), f"check {args}: exit {rc}: {err}")
    return json.loads(out) if out else {}


def provisions(doc):
    return {p["id"]: p for i in doc.get("instruments", []) for p in i["provisions"]}


# --- check: text report for a compliance officer ------------------------------------
rc, out, err = run("check", "examples/cv-screener-us-to-eu.json")
ok(rc == 0 and err == "", f"check text: exit {rc} {err}")
ok("=== European Union" in out, "text report groups by jurisdiction")
ok("APPLIES NOW" in out and "APPLIES FROM 2027-12-02" in out, "text report has sections by status and date")
# A US processor for a German controller: the processing is the controller's, under Art. 3(1);
# the processor is not itself reached (EDPB Guidelines 3/2018, section 1(c)) and is bound
# only through its Art. 28 contract, so the GDPR is not listed for it at all.
ok("GDPR" not in out and "gdpr" not in out, "the GDPR does not reach a non-EU processor through its EU controller")
_, out2, _ = run("check", "examples/credit-scoring-de.json")
ok(out2.index("EU AI Act") < out2.index("GDPR"), "instruments ordered within the jurisdiction")
ok("Art. 2(1)(c)" in out, "text names the extraterritorial trigger with its article")

# --- check: markdown ----------------------------------------------------------------
rc, out, _ = run("check", "examples/cv-screener-us-to-eu.json", "--format", "md")
ok(rc == 0 and out.startswith("# Obligations of") and "## European Union" in out, "markdown report")

# --- check: JSON shape, provenance and reasons ---------------------------------------
doc = check_json("examples/cv-screener-us-to-eu.json")
ok(doc.get("aigov_version") and doc["profile"]["date"] == "2026-11-28", "json: version and date")
ps = provisions(doc)
p = ps.get("eu-ai-act/art8-15-requirements-annex-iii")
ok(p is not None, "json: Annex III requirements listed for a CV screener")
if p:
    ok(p["status"] == "applies_from" and p["date"] == "2027-12-02", f"json: Annex III deferred by the Digital Omnibus: {p['status']} {p['date']}")
    ok(p["provenance"]["text_version"] and p["provenance"]["citation"].startswith("https://"), "json: provenance")
    ok(p["provenance"]["amended_by"] and p["provenance"]["amended_by"][0]["instrument"] == "eu-digital-omnibus-ai", "json: amendment named")
    ok(any("reaches the system" in r for r in p["reasons"]), "json: reasons name the trigger")
    ok(p["binding"] == "binding" and p["modality"] == "domestic_law", "json: binding force and modality")

# --- --date: before the Digital Omnibus took effect, the original date stands ---------
doc = check_json("examples/cv-screener-us-to-eu.json", "--date", "2026-07-26")
p = provisions(doc).get("eu-ai-act/art8-15-requirements-annex-iii")
ok(p and p["date"] == "2026-08-02" and not p["provenance"]["amended_by"], f"--date before amendment: {p and p['date']}")
doc = check_json("examples/cv-screener-us-to-eu.json", "--date", "2028-01-01")
p = provisions(doc).get("eu-ai-act/art8-15-requirements-annex-iii")
ok(p and p["status"] == "applies", "--date after the deferred date: applies")

# --- unknowns: the incomplete profile yields questions ----------------------------------
doc = check_json("examples/incomplete-hr-tool.json")
unk = [p for p in provisions(doc).values() if p["status"] == "unknown"]
ok(unk and all(p["deciding_fields"] for p in unk), "unknown provisions name their deciding fields")
rc, out, _ = run("check", "examples/incomplete-hr-tool.json")
ok("QUESTIONS TO ANSWER" in out and "? system." in out, "text asks the questions")

# --- --fail-on ------------------------------------------------------------------------
rc, _, _ = run("check", "examples/emotion-recognition-work.json", "--fail-on", "prohibited")
ok(rc == 1, f"--fail-on prohibited exits 1 when a prohibition applies (got {rc})")
rc, _, _ = run("check", "examples/customer-chatbot.json", "--fail-on", "prohibited")
ok(rc == 0, f"--fail-on prohibited exits 0 without prohibitions (got {rc})")
rc, _, _ = run("check", "examples/customer-chatbot.json", "--fail-on", "binding")
ok(rc == 1, f"--fail-on binding exits 1 when binding provisions apply (got {rc})")

# --- --role overrides the profile's roles ----------------------------------------------
doc = check_json("examples/cv-screener-us-to-eu.json", "--role", "deployer")
ok(doc["profile"]["roles"] == ["deployer"], "--role replaces roles")
ok(all("deployer" in p["addressee"] for p in provisions(doc).values()), "--role deployer lists only deployer provisions")

# --- several profiles; stdin ------------------------------------------------------------
doc = check_json("examples/cv-screener-us-to-eu.json", "examples/customer-chatbot.json")
ok(len(doc.get("results", [])) == 2, "several profiles give results[]")
text = (ROOT / "examples/customer-chatbot.json").read_text()
rc, out, _ = run("check", "-", "--format", "json", stdin=text)
ok(rc == 0 and json.loads(out)["profile"]["source"] == "<stdin>", "profile from stdin")

# --- exemption and military exclusion -----------------------------------------------------
doc = check_json("examples/military-targeting.json")
ex = [p for p in provisions(doc).values() if p["status"] == "exempt"]
ok(ex and ex[0]["exempted_by"]["article"].startswith("Art. 2(3)"), "military system exempt under AI Act Art. 2(3)")

# --- --all lists provisions that do not apply ---------------------------------------------
n_all = len(provisions(check_json("examples/customer-chatbot.json", "--all")))
n = len(provisions(check_json("examples/customer-chatbot.json")))
ok(n_all > n, "--all adds not_applicable provisions")

# --- works from any directory (corpus built in) -------------------------------------------
with tempfile.TemporaryDirectory() as d:
    shutil.copy(ROOT / "examples/customer-chatbot.json", d)
    rc, out, _ = run("check", "customer-chatbot.json", cwd=d)
    ok(rc == 0 and "EU AI Act" in out, "check works from another directory")

# --- explain --------------------------------------------------------------------------------
rc, out, err = run("explain", "eu-ai-act/art8-15-requirements-annex-iii", "examples/cv-screener-us-to-eu.json")
ok(rc == 0 and "=>" in out and "[reads system." in out, f"explain text shows the trace: {err}")
rc, out, _ = run("explain", "eu-ai-act/art8-15-requirements-annex-iii", "examples/cv-screener-us-to-eu.json", "--format", "json")
ex = json.loads(out) if rc == 0 else {}
ok(ex.get("status") == "applies_from" and ex.get("condition", {}).get("trace"), "explain json")
rc, _, err = run("explain", "eu-ai-act/art8-15-requirments-annex-iii", "examples/cv-screener-us-to-eu.json")
ok(rc == 2 and "did you mean 'eu-ai-act/art8-15-requirements-annex-iii'" in err, f"explain unknown provision suggests: {err}")

# --- eval -------------------------------------------------------------------------------------
rc, out, _ = run("eval", "system.model.training_compute_flop > 1e25", "--profile", "examples/frontier-open-3e25.json", "--format", "json")
ok(rc == 0 and json.loads(out)["value"] is True, "eval against a profile")
rc, out, _ = run("eval", "system.model.training_compute_flop > 1e25 && true", "--format", "json")
ev = json.loads(out) if rc == 0 else {}
ok(ev.get("result") == "unknown" and ev.get("deciding_fields") == ["system.model.training_compute_flop"], "eval unknown names the field")
rc, out, _ = run("eval", "false && system.model.open_weights", "--format", "json")
ok(rc == 0 and json.loads(out)["value"] is False, "false && unknown is false")
rc, _, err = run("eval", '"cv_screeing" in system.purposes')
ok(rc == 2 and "<expr>:1:1: error: unknown purposes term 'cv_screeing' (did you mean 'cv_screening'?)" in err, f"eval vocabulary error: {err}")
rc, _, err = run("eval", "sets.intersects(system.markets, EU_MEMBERS)", "--profile", "examples/cv-screener-us-to-eu.json")
ok(rc == 0, "eval with a named set")

# --- validate, corpus ----------------------------------------------------------------------
rc, out, _ = run("validate")
ok(rc == 0 and "ok" in out, "validate the built-in corpus")
rc, out2, _ = run("validate", "--corpus", "corpus")
ok(rc == 0 and out.split("—")[1] == out2.split("—")[1], "the corpus directory and the built-in corpus are the same")
rc, out, _ = run("corpus", "list")
ok(rc == 0 and "eu-ai-act" in out and "gdpr" in out, "corpus list")
rc, out, _ = run("corpus", "stats", "--format", "json")
st = json.loads(out) if rc == 0 else {}
ok(st.get("instruments", 0) >= 2 and st["by_modality"]["domestic_law"] >= 2, "corpus stats")
rc, out, _ = run("corpus", "show", "gdpr", "--format", "json")
ok(rc == 0 and json.loads(out)["id"] == "gdpr" and json.loads(out)["provisions"], "corpus show instrument")
rc, out, _ = run("corpus", "show", "EU", "--format", "json")
ok(rc == 0 and any(m["code"] == "GB" and m["until"] == "2020-02-01" for m in json.loads(out)["members"]), "corpus show region with dated membership")

# --- profile from a model card -------------------------------------------------------------
rc, out, err = run("profile", "--from-model-card", "tests/fixtures/model-card.md")
draft = json.loads(out) if rc == 0 else {}
ok(draft.get("model", {}).get("license") == "apache-2.0" and draft.get("id") == "example-chat-7b", f"model card draft: {out} {err}")
ok("open_weights" not in draft.get("model", {}), "model card: unknowns left out")
with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
    f.write(out)
rc, _, err = run("check", f.name)
ok(rc == 0, f"a drafted profile checks: {err}")
os.unlink(f.name)

# --- help -------------------------------------------------------------------------------------
for cmd in ("check", "explain", "eval", "validate", "corpus", "profile"):
    rc, out, _ = run("help", cmd)
    ok(rc == 0 and out.startswith("usage: aigov " + cmd), f"help {cmd}")
    rc, out2, _ = run(cmd, "--help")
    ok(rc == 0 and out2 == out, f"{cmd} --help")
rc, out, _ = run("--version")
ok(rc == 0 and out.startswith("aigov "), "--version")

sys.exit(finish())
