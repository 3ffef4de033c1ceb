#!/usr/bin/env python3
"""e2e_exports.py — aigov's outputs for other tools, validated against the published
schemas (tests/schemas/, with python3-jsonschema):
- `aigov check --format sarif` of every example: SARIF 2.1.0; one error per banned
  practice, one warning per undecided binding provision (with its questions), one note per
  binding duty that applies now, each at the line and column of the profile field that
  decided it; rule ids are provision ids with summary, article and citation as help;
- `aigov corpus export --format oscal-catalog`: an OSCAL 1.0.6 catalog, a group per
  instrument and a control per provision;
- `aigov check --format oscal` (assessment results) and `--format oscal-profile` of every
  example: OSCAL 1.0.6, selecting and targeting only controls and statements of the catalog;
- bad input: an unknown export format, exit 2 and nothing on stdout."""
import glob
import json
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import schemas  # noqa: E402
from e2elib import ROOT, finish, ok, run  # noqa: E402

EXAMPLES = sorted(os.path.relpath(p, ROOT) for p in glob.glob(str(ROOT / "examples" / "*.json")))


def load(args):
    rc, out, err = run(AIGOV, *args, timeout=120)
    ok(rc == 0, f"aigov {' '.join(args[:3])}... exits 0: {err[-300:]}")
    return json.loads(out) if rc == 0 else None


def key_at(path, line, col):
    """The JSON key that starts at (line, col) of a file, 1-based, columns in characters."""
    with open(ROOT / path, encoding="utf-8") as f:
        text = f.read().split("\n")[line - 1]
    rest = text[col - 1:]
    return rest[1:rest.index('"', 1)] if rest.startswith('"') else None


def sarif(checks):
    doc = load(["check", *EXAMPLES, "--format", "sarif"])
    errs = schemas.errors("sarif", doc)
    ok(not errs, f"SARIF of every example validates: {errs}")
    run0 = doc["runs"][0]
    rules = run0["tool"]["driver"]["rules"]
    ok(len({r["id"] for r in rules}) == len(rules), "one rule per provision")
    by_file = {}
    for res in run0["results"]:
        by_file.setdefault(res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []).append(res)
        rule = rules[res["ruleIndex"]]
        ok(rule["id"] == res["ruleId"], f"ruleIndex points at the rule {res['ruleId']}")
        reg = res["locations"][0]["physicalLocation"].get("region")
        field = res["properties"]["field"]
        if reg:
            uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            key = key_at(uri, reg["startLine"], reg["startColumn"])
            ok(field and key == field.split(".")[-1], f"{uri}:{reg['startLine']}:{reg['startColumn']} is the key of {field}, found {key}")
        else:
            ok(field is None, f"{res['ruleId']}: a field without a region")
        if res["level"] == "warning":
            ok("depends on Q" in res["message"]["text"] and res["properties"]["questions"],
               f"a warning names its questions: {res['message']['text'][:120]}")
    ok(all("Art" in r["help"]["text"] or "§" in r["help"]["text"] or len(r["help"]["text"]) > 40 for r in rules),
       "rules carry summary, article and citation as help")
    eu = next((r for r in rules if r["id"] == "eu-ai-act/art4-ai-literacy"), None)
    ok(eu and "Art. 4" in eu["help"]["text"] and "eur-lex.europa.eu" in eu["help"]["text"]
       and eu["fullDescription"]["text"].startswith("Providers and deployers"), f"help of eu-ai-act/art4: {eu}")
    for path, res in checks.items():
        mine = by_file.get(path, [])
        levels = [r["level"] for r in mine]
        s = res["summary"]
        undecided = {p for q in res["questions"] for p in q["provisions"]}
        binding = {p["id"] for i in res["instruments"] if i["binding"] == "binding" for p in i["provisions"]}
        banned = {p["id"] for i in res["instruments"] for p in i["provisions"]
                  if p["status"] == "applies" and p["kind"] == "prohibited_practice"}
        ok(levels.count("error") == s["banned"], f"{path}: {levels.count('error')} errors for {s['banned']} banned")
        ok(levels.count("warning") == len((undecided & binding) - banned),
           f"{path}: {levels.count('warning')} warnings for {res['undecided_binding']} undecided binding")
        now = {p["id"] for i in res["instruments"] if i["binding"] == "binding" for p in i["provisions"] if p["status"] == "applies"}
        ok(levels.count("note") == len(now - banned - undecided), f"{path}: notes = binding duties now")
    # The banned practice of an example is placed at the field that decided it.
    mt = [r for r in by_file.get("examples/military-targeting.json", []) + by_file.get("examples/police-realtime-biometric.json", [])
          if r["level"] == "error"]
    ok(mt and all("region" in r["locations"][0]["physicalLocation"] for r in mt), "banned practices are located at a field")


def oscal(checks):
    cat = load(["corpus", "export", "--format", "oscal-catalog"])
    errs = schemas.errors("catalog", cat)
    ok(not errs, f"the OSCAL catalog validates: {errs}")
    groups = cat["catalog"]["groups"]
    controls = {c["id"]: c for g in groups for c in g.get("controls", [])}
    rc, out, _ = run(AIGOV, "corpus", "stats", "--format", "json")
    stats = json.loads(out)
    ok(len(groups) == stats["instruments"] and len(controls) == stats["provisions"],
       f"a group per instrument ({len(groups)}), a control per provision ({len(controls)})")
    art4 = controls.get("eu-ai-act.art4-ai-literacy")
    ok(art4 and art4["title"] == "Art. 4" and art4["parts"][0]["name"] == "statement"
       and any(p["name"] == "applies-from" for p in art4["props"]), f"control of eu-ai-act/art4: {art4}")
    eu = next(g for g in groups if g["id"] == "eu-ai-act")
    names = {p["name"] for p in eu["props"]}
    ok({"issuer", "jurisdiction", "binding", "modality"} <= names and eu.get("links"), f"group eu-ai-act props {names}")
    cat_uuid = cat["catalog"]["uuid"]
    again = load(["corpus", "export", "--format", "oscal-catalog"])
    ok(again == cat, "the catalog is the same twice (stable ids and UUIDs)")

    ar = load(["check", *EXAMPLES, "--format", "oscal"])
    errs = schemas.errors("assessment-results", ar)
    ok(not errs, f"OSCAL assessment results of every example validate: {errs}")
    uuids = re.findall(r'"uuid": "([0-9a-f-]{36})"', json.dumps(ar))
    ok(len(uuids) == len(set(uuids)) and len(uuids) > len(EXAMPLES), f"every UUID of the assessment results is distinct ({len(uuids)})")
    results = ar["assessment-results"]["results"]
    ok(len(results) == len(EXAMPLES), "one result per profile")
    for path, res in zip(EXAMPLES, results):
        chk = checks[path]
        sel = [c["control-id"] for s in res["reviewed-controls"]["control-selections"] for c in s.get("include-controls", [])]
        ok(all(c in controls for c in sel), f"{path}: reviewed controls are the catalog's")
        fs = res.get("findings", [])
        ok(all(f["target"]["target-id"].removesuffix("_smt") in controls for f in fs), f"{path}: findings target catalog statements")
        nb = sum(1 for f in fs if f["title"].startswith("Banned"))
        ok(nb == chk["summary"]["banned"], f"{path}: {nb} banned findings")
        undecided = [f for f in fs if f["title"].startswith("Undecided")]
        ok(all("Q" in f["description"] for f in undecided), f"{path}: undecided findings carry their questions")
        props = {p["name"]: p["value"] for p in res["props"]}
        ok(props["banned"] == str(chk["summary"]["banned"]) and props["undecided-binding"] == str(chk["undecided_binding"]),
           f"{path}: the result's counts are the check's")
    ok(any(x["uuid"] == cat_uuid for x in ar["assessment-results"]["back-matter"]["resources"]),
       "the assessment results name the catalog in back-matter")
    for path in EXAMPLES:
        prof = load(["check", path, "--format", "oscal-profile"])
        errs = schemas.errors("profile", prof)
        ok(not errs, f"{path}: the OSCAL profile validates: {errs}")
        imp = prof["profile"]["imports"][0]
        ok(imp["href"] == "#" + cat_uuid, f"{path}: the profile imports the catalog")
        ids = [i for s in imp.get("include-controls", []) for i in s.get("with-ids", [])]
        want = {p["id"].replace("/", ".") for i in checks[path]["instruments"] for p in i["provisions"]
                if p["status"] in ("applies", "applies_from", "unknown")}
        ok(set(ids) == want and all(i in controls for i in ids), f"{path}: the profile selects the controls that apply or may")


def one_line_unicode():
    """Columns count characters, as diagnostics do: a profile on one line whose name has
    letters of two and three bytes before the field that decides a banned practice."""
    with open(ROOT / "examples" / "emotion-recognition-work.json", encoding="utf-8") as f:
        prof = json.load(f)
    prof["name"] = "Émotion — caméra ünïcödé"
    text = json.dumps(prof, ensure_ascii=False)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "one line.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        rc, out, err = run(AIGOV, "check", path, "--format", "sarif")
        ok(rc == 0, f"check of a one-line profile: {err}")
        res = [r for r in json.loads(out)["runs"][0]["results"] if r["level"] == "error"]
        ok(len(res) == 1, "its banned practice is found")
        for r in res:
            loc = r["locations"][0]["physicalLocation"]
            ok(loc["artifactLocation"]["uri"].endswith("/one%20line.json"), f"the file name as a URI: {loc['artifactLocation']}")
            col = loc["region"]["startColumn"]
            ok(loc["region"]["startLine"] == 1 and text[col - 1:].startswith('"' + r["properties"]["field"].split(".")[-1] + '"'),
               f"column {col} (in characters) is the key of {r['properties']['field']}")


def bad():
    rc, out, err = run(AIGOV, "corpus", "export", "--format", "oscal")
    ok(rc == 2 and out == "" and "oscal-catalog" in err, f"corpus export --format oscal: {rc} {err!r}")
    rc, out, err = run(AIGOV, "corpus", "export", "extra")
    ok(rc == 2 and out == "", f"corpus export extra: {rc} {err!r}")


def main():
    global AIGOV
    AIGOV = sys.argv[1]
    allj = load(["check", *EXAMPLES, "--format", "json"])
    checks = dict(zip(EXAMPLES, allj["results"]))
    sarif(checks)
    one_line_unicode()
    oscal(checks)
    bad()
    return finish()


if __name__ == "__main__":
    sys.exit(main())
