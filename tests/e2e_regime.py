"""e2e_regime.py — the regime complex as Roberts et al. and Veale et al. describe it (issue 22),
over the real binary: one reach on the date everywhere (gaps, map, divergence), any region a
column, the panel and the blocs. First on tests/fixtures/regime, whose answers were worked out
by hand from its files (comments give the arithmetic), then on the built-in corpus.
Usage: python3 tests/e2e_regime.py PATH_TO_AIGOV (from the repo root)."""
import csv
import io
import json
import sys

import e2elib

AIGOV = sys.argv[1]
FX = "tests/fixtures/regime"
D = "2026-12-08"
check = e2elib.ok


def run(*args):
    return e2elib.run(AIGOV, *args, timeout=300)


def gaps(*args, corpus=FX):
    rc, out, err = run("gaps", "--format", "json", "--date", D, "--limit", "100000", *(["--corpus", corpus] if corpus else []), *args)
    return rc, (json.loads(out) if rc == 0 else None), err


def cell(doc, t, l, j):
    for c in doc["cells"]:
        if (c["topic"], c["layer"], c["jurisdiction"]) == (t, l, j):
            return c
    return None


def gap(doc, t, l, j):
    for g in doc["largest_gaps"]:
        if (g["topic"], g["layer"], g["jurisdiction"]) == (t, l, j):
            return g
    return None


# ---- One reach, on the date (fixture) ----------------------------------------------------------
rc, full, err = gaps()
check(rc == 0, "gaps on the fixture: " + err)
check(full["jurisdictions"] == ["EU", "US", "US-NY-NYC", "INTL"], f"columns: {full['jurisdictions']}")
# (bias, deployment): EU law in the EU; US law and the OECD principles (through US's OECD
# membership) in the US and, inherited, in New York City; the principles alone in INTL.
check(cell(full, "bias", "deployment", "US-NY-NYC")["instruments"] == ["nyc-law", "oecd-principles", "us-law"],
      "NYC inherits the US's law and its OECD adherence: " + str(cell(full, "bias", "deployment", "US-NY-NYC")))
check(cell(full, "bias", "deployment", "INTL")["status"] == "voluntary_only", "INTL: voluntary only")
# (safety, development): the G20 principles reach the US (G20 member) and NYC; the EU has its law.
check(cell(full, "safety", "development", "US-NY-NYC")["instruments"] == ["g20-principles"], "G20 principles in NYC")
# Scores: (bias, development) is bound only in the EU (1 jurisdiction) -> none: 2 x (1 + 1) = 4;
# (bias, deployment) is bound in EU, US, US-NY-NYC (3) -> voluntary only in INTL: 1 x 4 = 4.
check(gap(full, "bias", "development", "US-NY-NYC")["score"] == 4, "score of an uncovered cell")
check(gap(full, "bias", "deployment", "INTL")["score"] == 4 and gap(full, "bias", "deployment", "INTL")["jurisdictions_with_binding_rules"] == 3,
      "score of a voluntary-only cell")
check(full["summary"] == {"binding": 8, "voluntary_only": 4, "none": 24}, f"summary: {full['summary']}")
# The same cell scores the same filtered or not.
for (t, l, j) in [("bias", "development", "US-NY-NYC"), ("bias", "deployment", "INTL"), ("safety", "development", "US")]:
    rc, one, err = gaps("--jurisdiction", j)
    a, b = gap(full, t, l, j), gap(one, t, l, j)
    check(rc == 0 and a and b and a["score"] == b["score"] and a["status"] == b["status"], f"{t}/{l}/{j} filtered scores the same: {a} {b}")
    rc, one, err = gaps("--jurisdiction", j, "--topic", t, "--layer", l)
    b = gap(one, t, l, j)
    check(rc == 0 and b and a["score"] == b["score"], f"{t}/{l}/{j} filtered by topic and layer too")
# A place no instrument has is a column: Kenya is reached by the G20 principles it endorsed
# (ke-government) and nothing else: safety/development voluntary only, score 1 x (1 + 1) = 2;
# (bias, deployment) none, 2 x (1 + 3) = 8.
rc, ke, err = gaps("--jurisdiction", "KE")
check(rc == 0 and ke["jurisdictions"] == ["KE"], "gaps --jurisdiction KE works: " + err)
check(cell(ke, "safety", "development", "KE")["instruments"] == ["g20-principles"] and gap(ke, "safety", "development", "KE")["score"] == 2,
      "Kenya's one instrument")
check(gap(ke, "bias", "deployment", "KE")["score"] == 8 and ke["summary"]["binding"] == 0, "Kenya: no binding law")
# Dated membership: Japan joins the fixture's OECD on 2020-01-01.
rc, out, err = run("gaps", "--corpus", FX, "--format", "json", "--jurisdiction", "JP", "--date", "2019-12-31")
check(rc == 0 and cell(json.loads(out), "bias", "deployment", "JP")["status"] == "none", "JP before joining the OECD")
rc, out, err = run("gaps", "--corpus", FX, "--format", "json", "--jurisdiction", "JP", "--date", "2020-01-01")
check(rc == 0 and cell(json.loads(out), "bias", "deployment", "JP")["instruments"] == ["oecd-principles"], "JP from joining the OECD")
rc, _, err = run("gaps", "--corpus", FX, "--jurisdiction", "XX")
check(rc == 2 and "unknown jurisdiction 'XX'" in err, "an unknown region is still an error: " + err)

# Map: a filtered map keeps what reaches the place, group adherence included.
rc, out, err = run("map", "--corpus", FX, "--jurisdiction", "US-NY-NYC", "--date", D, "--format", "json")
insts = sorted(n["id"] for n in json.loads(out)["nodes"] if n["type"] == "instrument")
check(rc == 0 and insts == ["g20-principles", "nyc-law", "oecd-principles", "us-law"], f"map --jurisdiction US-NY-NYC: {insts}")

# Divergence: adherents through groups on the date; the EU's law counts for its members.
rc, out, err = run("divergence", "oecd-principles", "--corpus", FX, "--date", D, "--format", "json")
dv = json.loads(out)
impl = {e["adherent"]: [i["id"] for i in e["binding_implementations"]] for e in dv["implementing"]}
noimpl = sorted(e["adherent"] for e in dv["not_implementing"])
# OECD members on D: DE, FR, GB, US, JP. us-law implements the principles in the US; mini-act
# does not relate to them, so DE and FR do not implement.
check(rc == 0 and dv["adherents"] == 5 and impl == {"US": ["us-law"]} and noimpl == ["DE", "FR", "GB", "JP"], f"divergence: {impl} {noimpl}")
rc, out, err = run("divergence", "g20-principles", "--corpus", FX, "--date", D, "--format", "json")
dv = json.loads(out)
adh = sorted(e["adherent"] for e in dv["implementing"] + dv["not_implementing"])
# G20 on D: US, JP, the EU (which legislates: listed itself) and its members DE, FR, MT; KE by its
# government's endorsement. GB left the EU in 2020.
check(adh == ["DE", "EU", "FR", "JP", "KE", "MT", "US"], f"G20 adherents expanded on the date: {adh}")
via = {e["adherent"]: e["via"] for e in dv["not_implementing"]}
check(via.get("FR") == "G20" and via.get("KE") is None, f"via: {via}")

# ---- The built-in corpus ------------------------------------------------------------------------
rc, out, err = run("gaps", "--jurisdiction", "KE", "--format", "json", "--date", D)
ke = json.loads(out) if rc == 0 else {}
check(rc == 0 and ke["summary"]["binding"] == 0 and ke["summary"]["voluntary_only"] > 0,
      "gaps --jurisdiction KE on the corpus: an all-voluntary column: " + err)
rc, out, err = run("map", "--jurisdiction", "US", "--format", "json", "--date", D)
us = {n["id"] for n in json.loads(out)["nodes"] if n["type"] == "instrument"}
check({"oecd-ai-principles", "g7-hiroshima-code", "nato-ai-strategy", "unesco-ai-ethics"} <= us,
      f"map --jurisdiction US has the OECD Principles, the G7 Code, the NATO strategy: {sorted(us)}")
rc, real, err = gaps(corpus=None)
check(rc == 0, "gaps on the corpus: " + err)
top = [g["jurisdiction"] for g in real["largest_gaps"][:15]]
check("CA-ON" not in top[:3] and "CA-QC" not in top[:3], f"Ontario and Quebec no longer top the gaps: {top}")
for (t, l, j) in [(g["topic"], g["layer"], g["jurisdiction"]) for g in real["largest_gaps"][:5]] + [("privacy", "deployment", "FR")]:
    rc, one, err = gaps("--jurisdiction", j, corpus=None)
    a, b = gap(real, t, l, j), gap(one, t, l, j)
    check((a is None and b is None) or (a and b and a["score"] == b["score"]), f"{t}/{l}/{j}: same score filtered or not: {a} {b}")
    check(cell(real, t, l, j)["status"] == cell(one, t, l, j)["status"], f"{t}/{l}/{j}: same status filtered or not")
rc, out, err = run("divergence", "oecd-ai-principles", "--format", "json", "--date", D)
dv = json.loads(out)
impl = {e["adherent"]: e for e in dv["implementing"]}
check(all(k in impl and any(i["id"] == "eu-ai-act" and i["reaches_as"] == "group_law" for i in impl[k]["binding_implementations"])
          for k in ("FR", "DE", "IT")), "France, Germany and Italy implement the OECD Principles through the EU AI Act")
check(dv["adherents"] >= 38, f"the OECD's 38 members among the adherents: {dv['adherents']}")
rc, out, err = run("divergence", "unesco-ai-ethics", "--format", "json", "--date", D)
check(rc == 0 and json.loads(out)["adherents"] == 193, "UNESCO: 193 adherents")

sys.exit(e2elib.finish())
