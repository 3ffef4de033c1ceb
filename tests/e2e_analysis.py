"""e2e_analysis.py — the regime-complex analyses over the real binary: conflicts with
witness profiles that `aigov check` confirms, gaps (JSON, SVG), map (JSON, DOT),
divergence, what-if with an overlay and profiles, diff, and overlay errors with their
position. Usage: python3 tests/e2e_analysis.py PATH_TO_AIGOV (from the repo root)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

AIGOV = sys.argv[1]
passed = failed = 0


def run(*args, stdin=None):
    p = subprocess.run([AIGOV, *args], capture_output=True, text=True, input=stdin, timeout=300)
    return p.returncode, p.stdout, p.stderr


def check(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


tmp = tempfile.mkdtemp()

ACTIVITIES = {"place_on_market", "put_into_service", "use", "make_available", "pursue_application"}

# Conflicts on the real corpus: an obligation that names an activity (use, putting into service)
# only to say when its duty attaches does not "require" it, so e.g. IBM's principle "augment
# human intelligence" no longer conflicts with the AI Act's Art. 5 prohibitions.
rc, out, err = run("conflicts", "--format", "json", "--date", "2026-11-28")
check(rc == 0, "conflicts exits 0: " + err)
doc = json.loads(out)
check(doc["summary"]["overlaps"] == len(doc["overlaps"]), "overlap count")
check(not any(set(c["actions"].split(", ")) & ACTIVITIES for c in doc["conflicts"]),
      "no conflict rests on an activity an obligation merely names: " + ",".join(c["actions"] for c in doc["conflicts"]))
check(not any(c["prohibition"]["id"].startswith("eu-ai-act/art5") and c["obligation"]["id"].startswith("ibm-")
              for c in doc["conflicts"]), "IBM's principles do not conflict with AI Act Art. 5")
check(not any(set(o["actions"].split(", ")) & ACTIVITIES for o in doc["overlaps"]), "overlaps are on required actions only")

# Conflicts on a small corpus where one instrument really requires what another forbids: a
# (fictional) decree that requires public bodies to use a social-scoring system, against the
# mini act's Art. 5 prohibition. The decree's other duty names `use` only as its occasion.
fx = os.path.join(tmp, "fx")
shutil.copytree("tests/fixtures/mini", fx)
with open(os.path.join(fx, "vocabulary.yaml")) as f:
    voc = f.read()
voc = voc.replace("actions: [place_on_market, use, audit, publish_summary]",
                  "actions:\n  - {id: place_on_market, activity: true}\n  - {id: use, activity: true}\n  - audit\n  - publish_summary")
with open(os.path.join(fx, "vocabulary.yaml"), "w") as f:
    f.write(voc)
with open(os.path.join(fx, "instruments", "scoring-decree.yaml"), "w") as f:
    f.write("""id: scoring-decree
title: A fictional decree requiring social scoring
issuer: [eu-parliament]
jurisdiction: EU
modality: domestic_law
form: special_law
binding: binding
layers: [deployment]
topics: [bias]
in_force: 2025-01-01
text_version: "test fixture"
citations: ["https://example.org/scoring-decree"]
scope:
  - trigger: placed on the Union market
    article: Art. 1
    when: sets.intersects(system.markets, EU_MEMBERS)
provisions:
  - id: must-score
    article: Art. 2
    kind: obligation
    addressee: [deployer]
    actions: [use]
    requires: [use]
    summary: Public bodies must use a social-scoring system.
    when: '"social_scoring" in system.purposes'
  - id: audit-when-used
    article: Art. 3
    kind: obligation
    addressee: [deployer]
    actions: [use, audit]
    summary: A deployer who uses a scoring system audits it.
    when: '"social_scoring" in system.purposes'
""")
rc, out, err = run("conflicts", "--corpus", fx, "--format", "json", "--date", "2026-11-28")
check(rc == 0, "conflicts on the fixture: " + err)
fdoc = json.loads(out) if rc == 0 else {"conflicts": []}
pairs = {(c["prohibition"]["id"], c["obligation"]["id"]): c for c in fdoc["conflicts"]}
check(set(pairs) == {("mini-act/social-scoring", "scoring-decree/must-score")},
      "exactly the required use conflicts: " + repr(sorted(pairs)))
c = pairs.get(("mini-act/social-scoring", "scoring-decree/must-score"))
check(c is not None and c["status"] == "conflict" and c["actions"] == "use" and "witness" in c, "the conflict has a witness")
if c:
    path = os.path.join(tmp, "w.json")
    with open(path, "w") as f:
        json.dump(c["witness"], f)
    rc, out2, err2 = run("check", path, "--corpus", fx, "--format", "json", "--date", "2026-11-28")
    check(rc == 0, "check accepts the witness: " + err2)
    st = {p["id"]: p["status"] for i in json.loads(out2).get("instruments", []) for p in i["provisions"]} if rc == 0 else {}
    for pid in ("mini-act/social-scoring", "scoring-decree/must-score"):
        check(st.get(pid) == "applies", f"check of the witness applies {pid}: {st.get(pid)}")
rc, out, _ = run("conflicts", "--format", "md")
check(rc == 0 and out.startswith("# Conflicts"), "conflicts md")
# The default text: the counts and a short table; every pair with --details.
rc, brief, _ = run("conflicts", "--date", "2026-11-28")
nover = len(json.loads(run("conflicts", "--format", "json", "--date", "2026-11-28")[1])["overlaps"])
lines = brief.splitlines()
check(rc == 0 and len(lines) < 60 and max(len(l) for l in lines) <= 100 and "systems under both:" not in brief,
      f"conflicts: counts and a short table ({len(lines)} lines, widest {max(len(l) for l in lines)})")
check(f"{nover} overlaps" in brief.replace("\n", " ") and "Overlaps by action" in brief and "--details" in brief,
      "the overlaps counted, by action, and --details named")
rc, full, _ = run("conflicts", "--date", "2026-11-28", "--details")
check(rc == 0 and full.count(" both require: ") == nover, f"--details: every overlap ({full.count(' both require: ')} of {nover})")

# Gaps.
rc, out, _ = run("gaps", "--format", "json", "--date", "2026-11-28")
g = json.loads(out)
check(len(g["cells"]) == len(g["topics"]) * len(g["layers"]) * len(g["jurisdictions"]), "one cell per topic x layer x jurisdiction")
check({c["status"] for c in g["cells"]} <= {"binding", "voluntary_only", "none"}, "cell statuses")
check(all(c["instruments"] == [] for c in g["cells"] if c["status"] == "none"), "an empty cell lists no instrument")
scores = [x["score"] for x in g["largest_gaps"]]
check(scores == sorted(scores, reverse=True) and len(scores) > 0, "largest gaps ranked by score")
eu = [c for c in g["cells"] if c["jurisdiction"] == "EU" and c["topic"] == "privacy" and c["layer"] == "deployment"]
check(eu and eu[0]["status"] == "binding" and "gdpr" in eu[0]["instruments"], "EU privacy deployment is bound by the GDPR")
rc, out, _ = run("gaps", "--format", "svg")
check(rc == 0 and "<svg" in out and "</svg>" in out, "gaps svg")
rc, out, _ = run("gaps", "--format", "html", "--limit", "5")
check(rc == 0 and "<html" in out and out.count("<tr>") == 6, "gaps html with 5 ranked gaps")
rc, _, err = run("gaps", "--topic", "privcy")
check(rc == 2 and "did you mean 'privacy'" in err, "unknown topic suggests")

# Map, and how it changes with the date.
rc, out, _ = run("map", "--format", "json", "--date", "2026-11-28")
m = json.loads(out)
check(m["figures"]["institutions"] > 0 and 0 < m["figures"]["binding_share"] < 1, "map figures")
types = {e["type"] for e in m["edges"]}
check({"issues", "adheres", "delegates"} <= types, "typed relations: " + ",".join(sorted(types)))
rc, out, _ = run("map", "--format", "json", "--date", "2018-01-01")
m2 = json.loads(out)
check(m2["figures"]["instruments"] < m["figures"]["instruments"], "fewer instruments in force in 2018")
rc, out, _ = run("map", "--format", "dot")
check(rc == 0 and out.startswith("digraph"), "map dot")

# Divergence.
rc, out, err = run("divergence", "oecd-ai-principles", "--format", "json")
check(rc == 0, "divergence runs: " + err)
dv = json.loads(out)
check(len(dv["implementing"]) + len(dv["not_implementing"]) > 0, "divergence lists adherents")
rc, _, err = run("divergence", "oecd-ai-principle")
check(rc == 2 and "did you mean" in err, "divergence unknown id suggests")

# What-if: raising the compute threshold changes a 3e25 FLOP model's obligations.
with open("examples/frontier-open-3e25.json") as f:
    prof = json.dumps(json.load(f))
jl = os.path.join(tmp, "p.jsonl")
with open(jl, "w") as f:
    f.write(prof + "\n")
rc, out, err = run("whatif", "examples/overlays/amend-threshold.yaml", "--profiles", jl, "--format", "json")
check(rc == 0, "whatif runs: " + err)
w = json.loads(out)
ch = [c["provision"] for s in w["systems"] for c in s["changes"]]
check("eu-ai-act/art55-systemic-risk-obligations" in ch, "the threshold change moves art55: " + ",".join(ch))
rc, out, _ = run("diff", "--corpus", "corpus", "--corpus", "corpus", "--format", "json")
d = json.loads(out)
check(rc == 0 and not d["gaps_closed"] and not d["conflicts_created"], "diff of a corpus with itself is empty")

# Ho et al.'s four institutions ship as proposed: not institutions of the map, and an instrument
# that only a proposed institution issues fills no gap.
PROPOSED = ["commission-on-frontier-ai", "advanced-ai-governance-organization", "frontier-ai-collaborative", "ai-safety-project"]
rc, out, _ = run("map", "--format", "json", "--date", "2026-11-28")
mj = json.loads(out)
inst_ids = {i["id"] for i in mj["institutions"]}
node_ids = {n["id"] for n in mj["nodes"]}
check(not (set(PROPOSED) & (inst_ids | node_ids)), "proposed institutions are not in the map")
check(set(PROPOSED) <= set(mj.get("proposed_institutions", [])), "the map lists the proposed institutions apart")
proposed_only = os.path.join(tmp, "proposed-only.yaml")
with open(proposed_only, "w") as f:
    f.write("""add:
  instruments:
    - id: aaigo-standard-while-proposed
      title: A standard of a body that does not exist yet
      issuer: [advanced-ai-governance-organization]
      jurisdiction: INTL
      modality: international_agreement
      form: special_policy
      binding: binding
      layers: [infrastructure]
      topics: [systemic_risk, military]
      adherents: [US, GB]
      adopted: 2026-01-01
      text_version: "test"
      citations: ["https://arxiv.org/abs/2307.04699"]
""")
rc, out, err = run("whatif", proposed_only, "--format", "json")
check(rc == 0, "whatif with an instrument of a proposed body: " + err)
check(rc == 0 and json.loads(out)["gaps_closed"] == [], "an instrument only a proposed body issues closes no gap")

# Example overlays: each proposed institution made an existing body with a mandate and an
# instrument, a revoked authorization, and an amended threshold.
with open("examples/frontier-closed-2e26.json") as f:
    frontier = json.dumps(json.load(f))
fl = os.path.join(tmp, "frontier.jsonl")
with open(fl, "w") as f:
    f.write(frontier + "\n" + prof + "\n")


def whatif(name, *extra):
    rc, out, err = run("whatif", f"examples/overlays/{name}.yaml", "--format", "json", "--date", "2026-11-28", *extra)
    check(rc == 0, f"whatif {name} runs: {err}")
    return json.loads(out) if rc == 0 else {}


def closed(w):
    return {(g["cell"], g["before"], g["after"]) for g in w.get("gaps_closed", [])}


def gained(w):
    return {(g["instrument"], g["mode_before"], g["mode_after"]) for g in w.get("legitimacy_gained", [])}


w = whatif("advanced-ai-governance-organization", "--profiles", fl)
check(w.get("institutions_added") == ["advanced-ai-governance-organization"], "AAIGO becomes an institution")
check(("systemic_risk/development/INTL", "voluntary_only", "binding") in closed(w), "AAIGO binds systemic risk internationally")
check(("systemic_risk/infrastructure/US", "none", "binding") in closed(w), "AAIGO closes an empty US cell")
check(("aaigo-frontier-ai-standards", 0, 4) in gained(w), "AAIGO's standards have mode 4 through the members' mandate")
ch = {c["provision"]: c for s in w.get("systems", []) for c in s["changes"]}
check("aaigo-frontier-ai-standards/s2-evaluate-frontier-models" in ch, "a 2e26 FLOP model gets AAIGO's duty")
check(not w.get("gaps_opened"), "AAIGO opens no gap")

w = whatif("commission-on-frontier-ai")
check(w.get("institutions_added") == ["commission-on-frontier-ai"], "the Commission becomes an institution")
check(("systemic_risk/infrastructure/INTL", "none", "voluntary_only") in closed(w), "the Commission's assessment covers an empty cell, voluntarily")
check(all(g[2] == "voluntary_only" for g in closed(w)), "a voluntary assessment makes no cell binding")
check(("cfa-frontier-ai-assessment", 0, 4) in gained(w), "the Commission's assessment has mode 4")

w = whatif("frontier-ai-collaborative")
check(w.get("institutions_added") == ["frontier-ai-collaborative"], "the Collaborative becomes an institution")
check(any("openrail-m/para4a-pass-on-use-restrictions fac-access-terms/s2-pass-on-restrictions" in c["pair"]
          for c in w.get("conflicts_created", [])), "the Collaborative's terms overlap OpenRAIL's use restrictions")
check(not any(c["pair"].startswith("conflict") for c in w.get("conflicts_created", [])), "the Collaborative creates no conflict")

w = whatif("ai-safety-project")
check(w.get("institutions_added") == ["ai-safety-project"], "the Safety Project becomes an institution")
check(("systemic_risk/infrastructure/INTL", "none", "voluntary_only") in closed(w), "the Safety Project covers systemic risk in infrastructure")
check(("aisp-model-access-protocol", 0, 4) in gained(w), "the Safety Project's protocol has mode 4")

w = whatif("revoke-authorization")
check({(g["instrument"], g["mode_before"], g["mode_after"]) for g in w.get("legitimacy_lost", [])} == {("nyc-ll144", 2, 0)},
      "revoking the NYC public's authorization of the Council costs Local Law 144 its mode 2")
check(not w.get("gaps_closed") and not w.get("institutions_added"), "a revocation adds nothing")

w = whatif("amend-threshold", "--profiles", fl)
ch = {s["profile"]: [c["provision"] for c in s["changes"]] for s in w.get("systems", [])}
check("eu-ai-act/art55-systemic-risk-obligations" in sum(ch.values(), []), "the threshold change moves art55")
check(not any("art55" in c for c in ch.get("closed-frontier-eu-us", [])), "a 2e26 FLOP model stays above the new threshold")

# Overlay errors name the overlay's file, line and column.
bad = os.path.join(tmp, "bad.yaml")
with open(bad, "w") as f:
    f.write("title: x\nremove:\n  instrumentz: [gdpr]\n")
rc, _, err = run("gaps", "--overlay", bad)
check(rc == 2 and "bad.yaml:3:3: error: unknown key 'instrumentz'" in err, "overlay error position: " + err)
with open(bad, "w") as f:
    f.write("remove:\n  instruments: [gdpx]\n")
rc, _, err = run("map", "--overlay", bad)
check(rc == 2 and "bad.yaml:2:17" in err and "gdpx" in err, "overlay unknown id: " + err)
with open(bad, "w") as f:
    f.write("remove:\n  instruments: [nl-syri]\n")
rc, out, err = run("gaps", "--overlay", bad, "--format", "json")
check(rc == 0 and all("nl-syri" not in c["instruments"] for c in json.loads(out)["cells"]), "removed instrument is gone: " + err)
with open(bad, "w") as f:
    f.write("remove:\n  instruments: [gdpr]\n")
rc, _, err = run("gaps", "--overlay", bad)
check(rc == 2 and "unknown instrument 'gdpr'" in err, "removing a referenced instrument leaves a dangling reference: " + err)

# --- Filters of map and conflicts (issue 18: they were accepted and ignored) ----------------------------
rc, out, err = run("map", "--format", "json")
full = json.loads(out)
rc, out, err = run("map", "--topic", "labour", "--format", "json")
lab = json.loads(out)
insts = {n["id"] for n in lab["nodes"] if n.get("type") == "instrument"}
check(rc == 0 and "nyc-ll144" in insts and "gdpr" not in insts and len(lab["nodes"]) < len(full["nodes"]),
      f"map --topic labour keeps labour instruments only: {sorted(insts)}")
check(lab["figures"]["instruments"] == len(insts), "the figures count the filtered map")
rc, out, err = run("map", "--jurisdiction", "US-CO", "--format", "json")
co = {n["id"] for n in json.loads(out)["nodes"] if n.get("type") == "instrument"}
check(rc == 0 and "co-sb24-205" in co and "eu-ai-act" not in co and "cn-genai-measures" not in co,
      f"map --jurisdiction US-CO keeps what reaches Colorado: {sorted(co)}")
rc, out, err = run("map", "--layer", "infrastructure", "--format", "json")
infra = {n["id"] for n in json.loads(out)["nodes"] if n.get("type") == "instrument"}
check(rc == 0 and 0 < len(infra) < len(co | insts | {"x"}) + 40 and "nyc-ll144" not in infra, f"map --layer infrastructure: {sorted(infra)}")
rc, _, err = run("map", "--topic", "bais")
check(rc == 2 and "unknown topic 'bais' (did you mean 'bias'?)" in err, "map: unknown topic: " + err)
rc, _, err = run("conflicts", "--jurisdiction", "XX")
check(rc == 2 and "unknown jurisdiction 'XX'" in err, "conflicts: unknown jurisdiction: " + err)
rc, _, err = run("conflicts", "--layer", "cloud")
check(rc == 2 and "unknown layer 'cloud'" in err, "conflicts: unknown layer: " + err)
rc, out, err = run("conflicts", "--format", "json")
allc = json.loads(out)
rc, out, err = run("conflicts", "--jurisdiction", "CN", "--format", "json")
cn = json.loads(out)
over_all = allc["overlaps"]
rc, out, err = run("conflicts", "--jurisdiction", "US-CO", "--format", "json")
over_co = json.loads(out)["overlaps"]
# Colorado's own instruments (co-*) and what the map says reaches Colorado on the date.
touches = lambda p: any(p[k]["instrument"] in co or p[k]["instrument"].startswith("co-") for k in ("first", "second"))
colorado = lambda p: any(p[k]["instrument"].startswith("co-") for k in ("first", "second"))
check(rc == 0 and 0 < len(over_co) < len(over_all), f"conflicts --jurisdiction US-CO keeps a subset: {len(over_co)} of {len(over_all)}")
check(all(touches(p) for p in over_co), "every kept pair has a side that reaches Colorado")
check(all(p in over_co for p in over_all if colorado(p)), "no pair with a Colorado instrument is dropped")

# Provenance: every analysis says which corpus and which aigov its figures come from.
for args in (["gaps"], ["map"], ["conflicts"], ["divergence", "oecd-ai-principles"]):
    rc, out, err = run(*args, "--format", "json")
    doc = json.loads(out)
    cp = doc.get("corpus", {})
    check(doc.get("aigov_version") and cp.get("source") == "built-in" and cp.get("instruments", 0) >= 75 and cp.get("provisions", 0) > 0
          and cp.get("verified_through") and cp.get("least_recently_verified") <= cp.get("verified_through") and "unverified" in cp,
          f"{args[0]} JSON names its corpus and aigov: {cp}")
    rc, out, err = run(*args)
    check(f"Corpus: built-in, {cp.get('instruments')} instruments, {cp.get('provisions')} provisions, verified" in out and
          f"aigov {doc.get('aigov_version')}." in out, f"{args[0]} text names them too: {out[:300]}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
