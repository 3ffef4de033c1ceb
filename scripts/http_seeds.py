#!/usr/bin/env python3
"""http_seeds.py OUTDIR — seed requests for fuzz/fuzz_http.c, one file each, in its input
format (METHOD, PATH?QUERY, AUTHORIZATION, CONTENT-TYPE lines, then the body): every
route of docs/openapi.yaml with its parameters filled in, each example profile as the
body of a check, an explain, a registry filing and an eval, evidence, and a publication.
Run from the repository root (scripts/fuzz.sh does)."""
import glob
import json
import os
import re
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 0


def seed(name, method, target, auth="", ctype="", body=""):
    global n
    n += 1
    data = f"{method}\n{target}\n{auth}\n{ctype}\n".encode() + (body.encode() if isinstance(body, str) else body)
    with open(os.path.join(out, f"{n:03d}-{name}"), "wb") as f:
        f.write(data)


FILL = {"id": "acme-hire", "instrument": "eu-ai-act", "provision": "art8-15-requirements-annex-iii",
        "actor": "nist", "version": "1"}
paths, method = [], None
for line in open("docs/openapi.yaml", encoding="utf-8"):
    m = re.match(r"^  (/\S*):\s*$", line)
    if m:
        paths.append([m.group(1), []])
    m = re.match(r"^    (get|post|put|delete):", line)
    if m and paths:
        paths[-1][1].append(m.group(1).upper())
for path, methods in paths:
    concrete = re.sub(r"\{(\w+)\}", lambda g: FILL.get(g.group(1), "x"), path)
    for m in methods:
        seed("route-" + m.lower() + concrete.replace("/", "_"), m, concrete, "Bearer $A" if m != "GET" else "")
for q in ["date=2026-11-28&format=json", "topic=safety&layer=deployment&limit=5", "jurisdiction=EU&format=text"]:
    for a in ["map", "gaps", "conflicts"]:
        seed(f"{a}-query", "GET", f"/v1/{a}?{q}")
seed("legitimacy-query", "GET", "/v1/legitimacy/nist-ai-rmf?date=2026-11-28&topic=safety")
seed("standing-topics", "GET", "/v1/standing/nist?topics=safety,security&date=2026-11-28")
seed("audit-query", "GET", "/v1/audit?after=1&limit=10")
seed("web-page", "GET", "/")
for p in sorted(glob.glob("examples/*.json")):
    name = os.path.basename(p)[:-5]
    body = open(p, encoding="utf-8").read()
    seed("check-" + name, "POST", "/v1/check?date=2026-11-28&all=true", "", "application/json", body)
    seed("explain-" + name, "POST", "/v1/explain?provision=eu-ai-act/art8-15-requirements-annex-iii", "", "", body)
    seed("eval-" + name, "POST", "/v1/eval", "", "application/json",
         json.dumps({"expr": "system.model.training_compute_flop > 1e25", "profile": json.loads(body)}))
    sid = json.loads(body).get("id", name)
    seed("put-" + name, "PUT", f"/v1/systems/{sid}", "Bearer $B", "application/json", body)
batch = "\n".join(json.dumps(json.load(open(p, encoding="utf-8"))) for p in sorted(glob.glob("examples/*.json"))[:3])
seed("check-batch", "POST", "/v1/check?format=md", "", "application/x-ndjson", batch)
seed("evidence", "POST", "/v1/systems/acme-hire/evidence", "Bearer $B", "application/json",
     json.dumps({"provision": "eu-ai-act/art8-15-requirements-annex-iii", "reference": "https://example.com/risk.pdf",
                 "sha256": "0" * 64, "date": "2026-11-01"}))
seed("publish", "POST", "/v1/instruments", "Bearer $A", "application/json", json.dumps({
    "id": "nist-registry-guidance", "title": "Guidance on registry filings", "short_title": "NIST registry guidance",
    "issuer": ["nist"], "jurisdiction": "US", "modality": "standard", "form": "standard", "binding": "voluntary",
    "layers": ["deployment"], "topics": ["safety"], "adopted": "2026-11-01", "in_force": "2026-11-01",
    "text_version": "registry filing 1", "citations": ["https://www.nist.gov/"],
    "scope": [{"trigger": "providers of AI systems", "article": "Sec. 1", "when": 'sets.intersects(system.role, ["provider"])'}],
    "provisions": [{"id": "document-risks", "article": "Sec. 2", "kind": "recommendation", "addressee": ["provider"],
                    "actions": ["assess_ai_impact"], "summary": "Document the system's risks.", "when": "true"}]}))
seed("whoami-b", "GET", "/v1/whoami", "Bearer $B")
print(f"{n} seeds in {out}")
