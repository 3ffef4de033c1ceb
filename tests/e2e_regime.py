"""e2e_regime.py — the regime complex as Roberts et al. and Veale et al. describe it (issue 22),
over the real binary: one reach on the date everywhere (gaps, map, divergence), any region a
column, the panel and the blocs. First on tests/fixtures/regime, whose answers were worked out
by hand from its files (comments give the arithmetic), then on the built-in corpus.
Usage: python3 tests/e2e_regime.py PATH_TO_AIGOV (from the repo root)."""
import atexit
import csv
import io
import json
import os
import shutil
import sys
import tempfile

import e2elib

AIGOV = sys.argv[1]
FX = "tests/fixtures/regime"
D = "2026-12-08"
check = e2elib.ok


def run(*args):
    return e2elib.run(AIGOV, *args, timeout=300)


TMP = tempfile.mkdtemp()
atexit.register(shutil.rmtree, TMP, True)


def bad_fixture(name, old, new):
    """A copy of the fixture in a fresh directory with one replacement in instruments/NAME."""
    d = tempfile.mkdtemp(dir=TMP)
    shutil.copytree(FX, os.path.join(d, "fx"))
    path = os.path.join(d, "fx", "instruments", name)
    with open(path) as f:
        txt = f.read()
    assert old in txt
    with open(path, "w") as f:
        f.write(txt.replace(old, new))
    return os.path.join(d, "fx")


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

# ---- The panel (fixture) -------------------------------------------------------------------------
def panel(*args, corpus=FX):
    rc, out, err = run("panel", "--date", D, *(["--corpus", corpus] if corpus else []), *args)
    return rc, (list(csv.DictReader(io.StringIO(out))) if rc == 0 else None), err


rc, rows, err = panel("--from", "2018", "--to", "2026")
check(rc == 0, "panel on the fixture: " + err)
# Places: every region but the groups that do not legislate (OECD, G20), then INTL: 11 a year.
check(len(rows) == 9 * 11, f"one row per year and place: {len(rows)}")
row = {(r["year"], r["jurisdiction"]): r for r in rows}
# 2026, New York City: nyc-law and us-law (binding), the OECD and G20 principles (voluntary);
# four issuers with one instrument each: HHI = 4 x (1/4)^2 = 0.25; active institutions among
# them: oecd and g20 (the council and Congress are not institutions).
r = row[("2026", "US-NY-NYC")]
check((r["instruments"], r["binding"], r["voluntary"], r["status"], r["issuers"], r["issuer_hhi"], r["institutions_active"]) ==
      ("4", "2", "2", "binding", "4", "0.250000", "2"), f"NYC 2026: {r}")
# 2019: the two sets of principles only (the EU act is in force from 2024, us-law from 2020);
# oecd and g20 active, linked by the endorsement: 1 link, 1 component, Q = 0 (one community).
r = row[("2019", "KE")]
check((r["instruments"], r["status"], r["complex_active"], r["coordination_links"], r["components"], r["modularity"], r["communities"]) ==
      ("1", "voluntary_only", "2", "1", "1", "0.000000", "1"), f"Kenya 2019: {r}")
# 2024: the European Parliament issues the act in force: 3 active, 2 components.
r = row[("2024", "DE")]
check((r["instruments"], r["binding"], r["issuer_hhi"], r["complex_active"], r["components"]) == ("3", "1", "0.333333", "3", "2"), f"Germany 2024: {r}")
check(row[("2018", "DE")]["status"] == "none" and row[("2018", "DE")]["issuer_hhi"] == "", "2018: nothing yet, HHI empty")
rc, rows2, err = panel("--from", "2018", "--to", "2026")
check(rows2 == rows, "the panel is reproducible")
rc, rows, err = panel("--from", "2026", "--to", "2026", "--by", "jurisdiction,topic,layer", "--jurisdiction", "KE")
check(rc == 0 and len(rows) == 3 * 3, f"--by jurisdiction,topic,layer with one place: {len(rows) if rows else err}")
ke = {(r["topic"], r["layer"]): r["status"] for r in rows}
check(ke[("safety", "development")] == "voluntary_only" and list(ke.values()).count("none") == 8, f"Kenya's cells: {ke}")
rc, rows, err = panel("--from", "2026", "--to", "2026", "--by", "topic")
check(rc == 0 and [r["topic"] for r in rows] == ["bias", "privacy", "safety"] and rows[0]["jurisdiction"] == "*", "--by topic: * for the other dimensions")
rc, out, err = run("panel", "--corpus", FX, "--date", D, "--from", "2026", "--to", "2026", "--format", "json")
pj = json.loads(out) if rc == 0 else {}
check(rc == 0 and [c["name"] for c in pj["columns"]][:3] == ["year", "date", "jurisdiction"] and len(pj["rows"]) == 11 and
      all(len(x) == len(pj["columns"]) for x in pj["rows"]) and pj["corpus"]["instruments"] == 5, "panel json: columns named, rows as arrays, provenance")
for args, msg in ((["--by", "country"], "unknown dimension 'country'"), (["--by", "topic,topic"], "'topic' appears twice"),
                  (["--by", "topic,"], "unknown dimension ''"), (["--from", "2030", "--to", "2020"], "is after --to"),
                  (["--from", "20x"], "invalid year '20x'"), (["--format", "md"], "unknown format 'md'"),
                  (["--jurisdiction", "XX"], "unknown jurisdiction 'XX'")):
    rc, out, err = run("panel", "--corpus", FX, *args)
    check(rc == 2 and msg in err and out == "", f"panel {args}: exit 2, '{msg}': {rc} {err}")

# ---- The panel (corpus) --------------------------------------------------------------------------
rc, rows, err = panel("--from", "2014", "--to", "2026", corpus=None)
check(rc == 0, "panel on the corpus: " + err)
by = {(r["year"], r["jurisdiction"]): r for r in rows}
check(all(by[(str(y), "US-CA")]["instruments"] >= by[(str(y), "US")]["instruments"] for y in range(2014, 2027)),
      "a state has at least its country's instruments")
check(int(by[("2026", "FR")]["binding"]) >= 1 and by[("2026", "FR")]["status"] == "binding", "France is bound by EU law")
check(by[("2022", "KE")]["status"] == "voluntary_only" and by[("2026", "KE")]["binding"] == "0", "Kenya: voluntary only")
check(int(by[("2026", "US")]["voluntary"]) >= 8, "US: the OECD, G7, G20, NATO, UN texts reach it")

# ---- Blocs (fixture) -----------------------------------------------------------------------------
# States: DE FR GB MT JP KE US. Agreements on D: oecd-principles (the OECD: DE FR GB US JP; a
# complete list) and g20-principles (the G20: US JP, the EU's DE FR MT; KE by its government; GB
# recorded as a non-adherent). Neither reaches 90% of the 7 states, so both are selective.
# Jaccard: DE FR JP US alike (1); each of them with GB, MT or KE 1/2; MT-KE 1; GB-MT, GB-KE 0.
# Mean over the 21 pairs: (6 + 3 x 4 x 1/2 + 1) / 21 = 13/21. Greedy modularity ends with
# {DE FR GB JP US} and {MT KE}: total weight W = 13, Q = 8/13 - (20/26)^2 + 1/13 - (6/26)^2 = 32/676.
rc, out, err = run("blocs", "--corpus", FX, "--date", D, "--from", "2019", "--format", "json")
bl = json.loads(out) if rc == 0 else {}
check(rc == 0, "blocs on the fixture: " + err)
check(sorted(map(sorted, bl["communities"])) == [["DE", "FR", "GB", "JP", "US"], ["KE", "MT"]], f"blocs: {bl['communities']}")
check(abs(bl["modularity"] - 32 / 676) < 1e-9 and abs(bl["mean_similarity"] - 13 / 21) < 1e-9, f"Q and mean similarity: {bl['modularity']} {bl['mean_similarity']}")
ag = {a["id"]: a for a in bl["agreements"]}
check([x["state"] for x in ag["g20-principles"]["stayed_out"]] == ["GB"] and not ag["g20-principles"]["not_recorded"],
      "GB stayed out of the G20 principles (recorded); the G20 list is partial but names everyone else who takes part")
check(sorted(x["state"] for x in ag["oecd-principles"]["outside"]) == ["KE", "MT"] and not ag["oecd-principles"]["stayed_out"],
      "MT and KE are outside the OECD's complete list")
ot = {e["year"]: e for e in bl["over_time"]}
# 2019: GB is still in the EU, so the G20 principles reach all 7 (universal); only the OECD's
# are selective, joined by DE FR GB US (JP joins the OECD in 2020): one bloc of 4.
check((ot[2019]["selective"], ot[2019]["participants"], ot[2019]["communities"]) == (1, 4, 1), f"2019: {ot[2019]}")
check((ot[2026]["selective"], ot[2026]["participants"], ot[2026]["communities"]) == (2, 7, 2), f"2026: {ot[2026]}")
rc, out, err = run("blocs", "--corpus", FX, "--date", D, "--from", "2019")
check(rc == 0 and "Bloc 1 (5 states): DE FR GB JP US" in out and "stayed out (1): GB(1)" in out and "outside (2): MT(1) KE(1)" in out,
      "blocs text: " + out[:800])
for args, msg in ((["--from", "2030", "--to", "2020"], "is after --to"), (["--format", "csv"], "unknown format 'csv'")):
    rc, out, err = run("blocs", "--corpus", FX, *args)
    check(rc == 2 and msg in err and out == "", f"blocs {args}: exit 2: {err}")

# ---- Blocs (corpus) ------------------------------------------------------------------------------
rc, out, err = run("blocs", "--date", D, "--format", "json")
bl = json.loads(out) if rc == 0 else {}
ag = {a["id"]: a for a in bl.get("agreements", [])}
check(rc == 0 and [x["state"] for x in ag["paris-ai-action-summit-statement"]["stayed_out"]] == ["US", "GB"],
      "the US and the UK stayed out of the Paris statement")
check(ag["g7-hiroshima-code"]["adherents"] == 31 and ag["unesco-ai-ethics"]["universal"], "G7: 7 states and the EU's 24 others; UNESCO universal")
check(len(bl["communities"]) >= 2 and all(len(r) == bl["participants"] for r in bl["similarity"]), "blocs and a square similarity matrix")

# A state both adherent and non-adherent is an error naming the file and line.
bad = bad_fixture("g20-principles.yaml", "non_adherents: [GB]", "non_adherents: [GB, ke-government]")
rc, out, err = run("blocs", "--corpus", bad)
check(rc == 2 and "g20-principles.yaml:11:16:" in err and "'ke-government' is both an adherent and a non-adherent" in err, "adherent and non-adherent: " + err)

# ---- Oppositions: contests, preempts, restricts with their article and a witness ---------------
# Fixture: us-law preempts nyc-law (§ 3); a system on the US and New York City markets is
# within both scopes.
rc, out, err = run("conflicts", "--corpus", FX, "--date", D, "--format", "json")
op = json.loads(out)["oppositions"] if rc == 0 else []
check(len(op) == 1 and (op[0]["kind"], op[0]["source"], op[0]["target"], op[0]["article"], op[0]["status"]) ==
      ("preempts", "us-law", "nyc-law", "\u00a7 3", "conflict") and "US-NY-NYC" in op[0]["witness"]["markets"], f"fixture opposition: {op}")
rc, out, err = run("conflicts", "--corpus", FX, "--date", "2023-01-01", "--format", "json")
check(rc == 0 and json.loads(out)["oppositions"] == [], "no opposition before nyc-law is adopted")
rc, out, err = run("conflicts", "--corpus", FX, "--date", D, "--jurisdiction", "KE", "--format", "json")
check(rc == 0 and json.loads(out)["oppositions"] == [], "--jurisdiction KE keeps no US opposition")
# Corpus: EO 14365 contests Colorado's AI Act (Sec. 1 names it) while both are in force; the
# witness is a system on the Colorado market, and aigov check finds the Colorado act reaching it.
rc, out, err = run("conflicts", "--date", D, "--format", "json")
op = [x for x in json.loads(out)["oppositions"] if x["source"] == "us-eo-14365"] if rc == 0 else []
check(len(op) == 1 and op[0]["kind"] == "contests" and op[0]["target"] == "co-sb24-205" and op[0]["article"].startswith("Sec. 1")
      and "US-CO" in op[0]["witness"]["markets"], f"EO 14365 contests the Colorado act: {op}")
if op:
    wf = os.path.join(TMP, "w.json")
    with open(wf, "w") as f:
        json.dump(op[0]["witness"], f)
    rc, out, err = run("check", wf, "--date", D, "--format", "json")
    check(rc == 0 and "co-sb24-205" in out, "the witness is within the Colorado act: " + err)
rc, out, err = run("conflicts", "--date", "2027-06-01", "--format", "json")
check(rc == 0 and not [x for x in json.loads(out)["oppositions"] if x["target"] == "co-sb24-205"], "none once the 2024 act is replaced (2027)")
rc, out, err = run("corpus", "show", "us-eo-14365", "--format", "json")
check(rc == 0 and any(r["type"] == "contests" and r.get("article") for r in json.loads(out)["relations"]), "corpus show names the relation's article")
# A relation of opposition without its article is an error naming the place.
bad = bad_fixture("us-law.yaml", '{type: preempts, target: nyc-law, article: "\u00a7 3"}', "{type: preempts, target: nyc-law}")
rc, out, err = run("conflicts", "--corpus", bad)
check(rc == 2 and "us-law.yaml:" in err and "relation: missing required key 'article'" in err, "preempts without article: " + err)

# Tagging: the AI Act's GPAI documentation (Art. 53(1)(a), Annex XI 1.2(e): energy consumption)
# makes environment/development binding in the EU and its members.
rc, ge, err = gaps("--topic", "environment", "--layer", "development", "--jurisdiction", "FR", corpus=None)
check(rc == 0 and "eu-ai-act" in cell(ge, "environment", "development", "FR")["instruments"] and ge["summary"]["binding"] == 1,
      "environment/development binding in France through the AI Act")

# ---- Compare (fixture, by hand) ------------------------------------------------------------------
# oecd-principles recommends audit (bias, deployment, provider); g20-principles recommends audit
# (safety, development, provider): actions 1/1, topics 0/2, layers 0/2, addressees 1/1.
rc, out, err = run("compare", "oecd-principles", "g20-principles", "--corpus", FX, "--date", D, "--format", "json")
cp = json.loads(out) if rc == 0 else {}
check(rc == 0 and cp["similarity"] == {"actions": 1.0, "topics": 0.0, "layers": 0.0, "addressees": 1.0}, f"compare similarity: {cp.get('similarity')}")
check(cp["actions"]["shared"] == ["audit"] and cp["topics"]["only_a"] == ["bias"] and cp["a"]["provisions_matched"] == 1 and
      cp["matches"][0]["matches"] == ["g20-principles/safety"], f"compare details: {cp}")
# A prohibition's action never matches a requirement of it: mini-act forbids use ("not use"),
# nyc-law requires audit; mini-act also requires audit (cv-screening): actions {not place_on_market,
# not use, audit, publish_summary, use} vs {audit}: 1/5.
rc, out, err = run("compare", "mini-act", "nyc-law", "--corpus", FX, "--date", D, "--format", "json")
cp = json.loads(out) if rc == 0 else {}
check(rc == 0 and "not use" in cp["actions"]["only_a"] and cp["actions"]["shared"] == ["audit"], f"prohibitions apart: {cp.get('actions')}")
rc, out, err = run("compare", "oecd-principles", "g20-principles", "--corpus", FX, "--date", D)
check(rc == 0 and "actions     1.000" in out and "topics only in B: safety" in out, "compare text: " + out)
rc, out, err = run("compare", "oecd-principles", "--corpus", FX)
check(rc == 2 and "two INSTRUMENT ids" in err, "compare needs two ids: " + err)
rc, out, err = run("compare", "oecd-principles", "g20-principle", "--corpus", FX)
check(rc != 0 and "did you mean 'g20-principles'" in err and out == "", "compare: unknown id suggests: " + err)
# Corpus: the OECD Principles and UNESCO's Recommendation share more actions than the OECD
# Principles and IBM's principles (Veale et al.'s question, asked of the data).
sims = {}
for b in ("unesco-ai-ethics", "ibm-trust-transparency-principles", "microsoft-responsible-ai-standard"):
    rc, out, err = run("compare", "oecd-ai-principles", b, "--date", D, "--format", "json")
    sims[b] = json.loads(out)["similarity"]["actions"] if rc == 0 else -1
check(sims["unesco-ai-ethics"] > sims["microsoft-responsible-ai-standard"] >= sims["ibm-trust-transparency-principles"] >= 0, f"compare on the corpus: {sims}")

# ---- Divergence by content (fixture, by hand) -----------------------------------------------------
# The OECD principles' one principle requires audit. Other instruments in force with an audit
# duty: mini-act (binding; DE, FR), us-law (binding; US), g20-principles (voluntary; US, JP and the
# EU's members DE, FR, MT), nyc-law (New York City only). GB: none of them on D.
rc, out, err = run("divergence", "oecd-principles", "--corpus", FX, "--date", D, "--format", "json")
dv = json.loads(out) if rc == 0 else {}
cov = {e["adherent"]: e["coverage"] for e in dv["implementing"] + dv["not_implementing"]}
check(cov == {"DE": "B", "FR": "B", "GB": ".", "US": "B", "JP": "v"}, f"coverage vectors: {cov}")
names = dv["distance"]["adherents"]
dist = lambda p, q: dv["distance"]["matrix"][names.index(p)][names.index(q)]
check((dist("DE", "GB"), dist("DE", "JP"), dist("GB", "JP"), dist("DE", "US")) == (1.0, 0.5, 0.5, 0.0), "distance matrix")
check([p["id"] for p in dv["principles"]] == ["oecd-principles/fairness"] and dv["principles"][0]["actions"] == ["audit"], "principles listed")
# Corpus: France, Germany and Italy cover the OECD Principles with binding law (the AI Act)
# where the US covers them with voluntary texts only.
rc, out, err = run("divergence", "oecd-ai-principles", "--date", D, "--format", "json")
dv = json.loads(out) if rc == 0 else {}
cov = {e["adherent"]: e["coverage"] for e in dv["implementing"] + dv["not_implementing"]}
check(all("B" in cov[k] for k in ("FR", "DE", "IT")) and "B" not in cov["US"] and len(cov["US"]) == len(dv["principles"]) >= 5,
      f"coverage on the corpus: FR {cov.get('FR')} US {cov.get('US')}")
rc, out, err = run("divergence", "oecd-ai-principles", "--date", D)
check(rc == 0 and "Coverage of its" in out, "divergence text shows coverage groups")

# ---- Reach of domestic law (fixture grid, by hand) -------------------------------------------------
# Places: EU, US, US-NY-NYC (the laws') and GB (reached by none on D): 4^3 = 64 systems. mini-act
# reaches m = EU (16) or o = EU with a provider outside the EU (3 x 4 = 12), 3 in both: 25; at home
# (provider in the EU) 4; abroad 21: 12 by Art. 2(1) [market], 12 by Art. 2(1)(c) [establishment,
# effects]. nyc-law reaches m in {US, US-NY-NYC} (32): home 8 (NYC), unknown 8 (somewhere in the
# US), abroad 16.
rc, out, err = run("reach", "--corpus", FX, "--date", D, "--format", "json")
rj = json.loads(out) if rc == 0 else {}
laws = {x["id"]: x for x in rj.get("laws", [])}
check(rc == 0 and rj["population"]["systems"] == 64 and rj["population"]["places"] == ["EU", "GB", "US", "US-NY-NYC"], f"reach grid: {rj.get('population')} {err}")
m = laws.get("mini-act", {})
check((m.get("reached"), m.get("domestic"), m.get("abroad"), m.get("unknown")) == (25, 4, 21, 0) and abs(m["share_abroad"] - 21 / 25) < 1e-9, f"mini-act: {m}")
check([(t["article"], t["basis"], t["reached_abroad"]) for t in m["triggers"]] ==
      [("Art. 2(1)", ["market"], 12), ("Art. 2(1)(c)", ["establishment", "effects"], 12)], f"mini-act triggers: {m['triggers']}")
n = laws.get("nyc-law", {})
check((n.get("reached"), n.get("domestic"), n.get("abroad"), n.get("unknown")) == (32, 8, 16, 8), f"nyc-law: {n}")
# A population file: three systems by hand.
pop = os.path.join(TMP, "pop.jsonl")
with open(pop, "w") as f:
    f.write('{"id": "a", "role": ["provider"], "provider": {"established_in": ["US"]}, "markets": ["FR"]}\n\n')
    f.write('{"id": "b", "role": ["provider"], "provider": {"established_in": ["DE"]}, "markets": ["DE"]}\n')
    f.write('{"id": "c", "role": ["provider"], "provider": {"established_in": ["GB"]}, "outputs_used_in": ["MT"]}\n')
rc, out, err = run("reach", "--corpus", FX, "--date", D, "--population", pop, "--format", "json")
rj = json.loads(out) if rc == 0 else {}
m = {x["id"]: x for x in rj.get("laws", [])}.get("mini-act", {})
check(rc == 0 and rj["population"] == {"source": "file", "systems": 3, "places": []} and (m["reached"], m["domestic"], m["abroad"]) == (3, 1, 2)
      and [t["reached_abroad"] for t in m["triggers"]] == [1, 1], f"reach --population: {m} {err}")
with open(pop, "a") as f:
    f.write('{"id": "d", "markets": ["ZZ"]}\n')
rc, out, err = run("reach", "--corpus", FX, "--population", pop)
check(rc == 2 and "population line 5" in err and out == "", "a bad population line names its line: " + err)
# Corpus: the AI Act reaches systems whose provider is abroad, by market and by output use.
rc, out, err = run("reach", "--date", D, "--format", "json")
ea = {x["id"]: x for x in json.loads(out)["laws"]}.get("eu-ai-act", {}) if rc == 0 else {}
bases = {b for t in ea.get("triggers", []) if t["reached_abroad"] for b in t["basis"]}
check(ea.get("abroad", 0) > ea.get("domestic", 0) > 0 and {"market", "effects"} <= bases, f"AI Act reach: {ea.get('reached')} {bases}")

sys.exit(e2elib.finish())
