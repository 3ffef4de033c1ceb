"""e2e_analysis.py — the regime-complex analyses over the real binary: conflicts with
witness profiles that `aigov check` confirms, gaps (JSON, SVG), map (JSON, DOT),
divergence, what-if with an overlay and profiles, diff, and overlay errors with their
position. Usage: python3 tests/e2e_analysis.py PATH_TO_AIGOV (from the repo root)."""
import json
import os
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

# Conflicts: every conflict has a witness; the witness is a valid profile and check reaches both sides.
rc, out, err = run("conflicts", "--format", "json", "--date", "2026-11-28")
check(rc == 0, "conflicts exits 0: " + err)
doc = json.loads(out)
confs = [c for c in doc["conflicts"] if c["status"] == "conflict"]
check(len(confs) > 0, "the real corpus has conflicts")
check(all("witness" in c for c in confs), "every conflict has a witness")
check(doc["summary"]["overlaps"] == len(doc["overlaps"]), "overlap count")
for c in confs[:5]:
    path = os.path.join(tmp, "w.json")
    with open(path, "w") as f:
        json.dump(c["witness"], f)
    rc, out2, err2 = run("check", path, "--format", "json", "--date", "2026-11-28")
    check(rc == 0, "check accepts the witness: " + err2)
    for side in ("prohibition", "obligation"):
        pid = c[side]["id"]
        check(pid in out2, f"check of the witness lists {pid}")
rc, out, _ = run("conflicts", "--format", "md")
check(rc == 0 and out.startswith("# Conflicts"), "conflicts md")

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

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
