#!/usr/bin/env python3
"""End-to-end tests of the horizon (docs/corpus-format.md, "The horizon"): instruments that are
not law yet (`stage:`) are listed after the law by `check`, never counted as binding or in
--fail-on, counted apart by `corpus stats`, shown as expected by `timeline`, their stage moves
reported by `corpus changes`; the loader refuses facts of law on them and law that names them.
Usage: e2e_horizon.py PATH_TO_AIGOV"""
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


BR = "examples/brazil-campaign-ai-video-ads.json"

# --- check: the section after the law, out of every count ------------------------------------
rc, out, err = run("check", BR)
ok(rc == 0, f"check exits 0: {err}")
h = out.find("On the horizon: 1 proposal would reach this system")
ok(h > 0, "check names the horizon in one short section")
ok(h > out.find("VOLUNTARY AND CONTRACTUAL INSTRUMENTS"), "after the law")
ok("br-pl-2338-2023 — Brazil AI bill (PL 2338/2023) (BR, passed one chamber since 2024-12-10)" in out,
   "with its stage and the day it reached it")
rc, out, _ = run("check", BR, "--format", "json")
doc = json.loads(out)
ok([x["id"] for x in doc["horizon"]] == ["br-pl-2338-2023"], "JSON: horizon lists it")
x = doc["horizon"][0]
ok(x["stage"] == "passed_one_chamber" and x["reach"] == "true" and x["stage_since"] == "2024-12-10", f"JSON fields: {x}")
ok(all(i["id"] != "br-pl-2338-2023" for i in doc["instruments"]), "never among the instruments of law")
rc2, out2, _ = run("check", BR, "--format", "json", "--corpus", str(ROOT / "corpus"))
ok(json.loads(out2)["summary"] == doc["summary"], "the summary is the same whatever the horizon holds")
# A profile no proposal reaches has an empty horizon and no section.
rc, out, _ = run("check", "examples/korea-high-impact-ai.json")
ok("On the horizon" not in out, "no section when nothing on the horizon reaches it")
ok(json.loads(run("check", "examples/korea-high-impact-ai.json", "--format", "json")[1])["horizon"] == [], "JSON: []")

# --- stats and validate: counted apart ----------------------------------------------------------
rc, out, _ = run("corpus", "stats", "--format", "json")
st = json.loads(out)
ok(st["on_the_horizon"] >= 4, f"stats counts the horizon apart: {st['on_the_horizon']}")
ok(sum(st["by_binding"].values()) == st["instruments"], "by_binding counts the law only")
ok(sum(st["horizon_by_stage"].values()) == st["on_the_horizon"], "horizon by stage")
rc, out, _ = run("validate")
ok(rc == 0 and "on the horizon (not law)" in out, f"validate names the horizon apart: {out}")
rc, out, _ = run("corpus", "show", "br-pl-2338-2023", "--format", "json")
ok(rc == 0 and json.loads(out)["stage"] == "passed_one_chamber", "corpus show finds a horizon instrument")
rc, out, _ = run("corpus", "list")
ok("On the horizon (not law):" in out and "br-pl-2338-2023  BR  passed one chamber" in out, "corpus list lists it apart")

# --- changes and timeline -----------------------------------------------------------------------
rc, out, _ = run("corpus", "changes", "--since", "2024-12-01", "--date", "2026-12-08", "--format", "json")
ev = [e for e in json.loads(out)["changes"] if e["instrument"] == "br-pl-2338-2023"]
ok(len(ev) == 1 and ev[0]["kind"] == "stage" and ev[0]["date"] == "2024-12-10" and ev[0]["stage"] == "passed_one_chamber",
   f"corpus changes reports the stage move: {ev}")
rc, out, _ = run("timeline", BR, "--format", "json")
exp = json.loads(out)["expected"]
ok([e["instrument"] for e in exp] == ["br-pl-2338-2023"] and exp[0]["date"] is None, f"timeline: expected, date unknown: {exp}")
rc, out, _ = run("timeline", BR)
ok("Expected (on the horizon, not law):" in out, "timeline text marks it expected")

# --- a corpus of our own: expected dates, --fail-on, and the loader's rules ---------------------
tmp = tempfile.mkdtemp()
corpus = os.path.join(tmp, "corpus")
shutil.copytree(ROOT / "corpus", corpus)
BILL = """id: zz-test-ban-bill
title: A test bill that would ban social scoring in Brazil
jurisdiction: BR
issuer: [br-national-congress]
modality: domestic_law
form: special_law
binding: binding
layers: [deployment]
text_version: "test"
citations: ["https://example.org/bill"]
stage: passed_one_chamber
stages:
  - {stage: proposed, on: 2025-01-10}
  - {stage: passed_one_chamber, on: 2026-03-01}
expected_from: 2027-06-01
verified: {on: 2026-12-08, sources: ["https://example.org/bill"]}
scope:
  - trigger: systems on the Brazilian market
    article: Art. 1
    when: 'sets.intersects(system.markets, ["BR"])'
provisions:
  - id: ban
    article: Art. 2
    kind: prohibited_practice
    addressee: [provider, deployer]
    actions: [place_on_market, use]
    summary: Social scoring would be banned.
    when: 'true'
"""
with open(os.path.join(corpus, "instruments", "zz-test-ban-bill.yaml"), "w") as f:
    f.write(BILL)
rc, out, err = run("check", BR, "--corpus", corpus, "--fail-on", "banned")
ok(rc == 0, f"--fail-on banned ignores a ban that is only on the horizon (exit {rc}): {err}")
ok("On the horizon: 2 proposals would reach this system" in out, "both proposals listed")
ok("expected to apply from 2027-06-01" in out, "with the expected date")
rc, out, _ = run("timeline", BR, "--corpus", corpus)
ok("expected from 2027-06-01: A test bill" in out, f"timeline shows the expected date as expected")
rc, out, _ = run("timeline", BR, "--corpus", corpus, "--to", "2027-01-01", "--format", "json")
ok([e["instrument"] for e in json.loads(out)["expected"]] == ["br-pl-2338-2023"], "an expected date after --to is left out")
rc, out, _ = run("corpus", "changes", "--corpus", corpus, "--since", "2025-01-01", "--date", "2026-12-08", "--format", "json")
kinds = [(e["date"], e["kind"]) for e in json.loads(out)["changes"] if e["instrument"] == "zz-test-ban-bill"]
ok(kinds == [("2025-01-10", "stage"), ("2026-03-01", "stage"), ("2027-06-01", "expected")], f"each move and the expected date: {kinds}")


def bad(text, expect, what):
    with open(os.path.join(corpus, "instruments", "zz-test-ban-bill.yaml"), "w") as f:
        f.write(text)
    rc, out, err = run("validate", "--corpus", corpus)
    ok(rc == 1 and expect in err and "zz-test-ban-bill.yaml:" in err, f"{what}: exit {rc}: {err}")


bad(BILL.replace("expected_from: 2027-06-01", "in_force: 2027-06-01"), "is on the horizon (stage: passed_one_chamber) and has no 'in_force'",
    "a horizon instrument states no date of law")
bad(BILL.replace("stage: passed_one_chamber\nstages", "stage: enacted\nstages"), "stage", "an unknown stage")
bad(BILL.replace("on: 2026-03-01", "on: 2024-03-01"), "must be in date order", "stages out of order")
bad(BILL.replace("stage: passed_one_chamber\nstages", "stage: proposed\nstages"), "the last of the stages", "the last move is not the stage")
bad(BILL.replace("stage: passed_one_chamber\nstages", "stages"), "needs 'stage'", "stages without a stage")
bad(BILL.replace("expected_from: 2027-06-01", "adopted: 2026-01-01"), "only an instrument at stage adopted_not_in_force", "adopted on a bill")
# The law may not depend on what is not law.
with open(os.path.join(corpus, "instruments", "zz-test-ban-bill.yaml"), "w") as f:
    f.write(BILL)
law = os.path.join(corpus, "instruments", "br-tse-res-23732-2024.yaml")
with open(law) as f:
    text = f.read()
with open(law, "w") as f:
    f.write(text.replace("\nscope:", "\nrevoked_by: zz-test-ban-bill\nscope:", 1))
rc, out, err = run("validate", "--corpus", corpus)
ok(rc == 1 and "'zz-test-ban-bill' is on the horizon (not law), so it cannot be the revoking instrument" in err, f"law naming a bill: {err}")
shutil.rmtree(tmp)
finish()
