#!/usr/bin/env python3
"""End-to-end tests of `aigov serve` over a real process on 127.0.0.1 and a real SQLite
file: the analyses as JSON (compared with the CLI's), the OpenAPI description against the
live routes, errors with JSON paths and limits, tokens and authorization (ownership,
standing to publish), the registry (versions, evidence, compliance), the audit chain and
`aigov audit verify` on altered, deleted and reordered entries, SIGTERM and restart.
With `--pg`, the same on a database of a throw-away PostgreSQL cluster (tests/pglib.py);
the checks of the SQLite file itself become the same checks in PostgreSQL's terms.
Usage: e2e_server.py PATH_TO_AIGOV [--pg]"""
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from serverlib import ROOT, Server, Tally, token  # noqa: E402

import yaml  # noqa: E402  (python3-yaml, installed by scripts/deps.sh)

AIGOV = os.path.abspath(sys.argv[1])
T = Tally()
ok = T.ok
tmp = tempfile.mkdtemp(prefix="aigov-server-")
db = os.path.join(tmp, "registry.db")
PG = None
if "--pg" in sys.argv[2:]:
    import pglib  # noqa: E402
    PG = pglib.Cluster()
    db = PG.createdb("registry")


def psql(dbname, sql):
    """Rows of `sql` on database dbname of the cluster, as lists of strings."""
    out = PG.tool("psql", "-h", PG.sock, "-U", "aigov", "-d", dbname, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql).stdout
    return [line.split("|") for line in out.splitlines() if line]
DATE = "2026-11-28"
CV = (ROOT / "examples/cv-screener-us-to-eu.json").read_text()
SID = json.loads(CV)["id"]


def cli(*args):
    p = subprocess.run([AIGOV, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


# --- start-up errors -----------------------------------------------------------------
rc, _, err = cli("serve")
ok(rc == 2 and "--db" in err, f"serve without --db: exit 2 naming --db ({rc}, {err})")
rc, _, err = cli("serve", "--db", db, "--listen", "nowhere")
ok(rc == 2 and "HOST:PORT" in err, f"bad --listen: exit 2 ({rc}, {err})")
rc, _, err = cli("token", "create", "opnai", "--db", db)
ok(rc == 2 and "did you mean 'openai'" in err, f"token for an unknown actor: suggestion ({err})")

if PG:
    PG.createdb("newer")
    cli("store", "migrate", "--db", PG.url("newer"))
    psql("newer", "UPDATE aigov_schema SET version = 99")
    rc, _, err = cli("audit", "verify", "--db", PG.url("newer"))
    ok(rc == 2 and "newer than this aigov" in err, f"a database from a newer aigov is refused ({err})")
    tok_openai = token(AIGOV, db, "openai")
    tok_google = token(AIGOV, db, "google")
    tok_nist = token(AIGOV, db, "nist")
    ok(tok_openai.startswith("agv_") and len(tok_openai) == 64, f"token shape: {tok_openai}")
    stored = psql("registry", "SELECT length(hash) FROM tokens")
    ok(len(stored) == 3 and all(r[0] == "32" for r in stored), "tokens table holds 32-byte hashes")
    secret = tok_openai.split("_", 2)[2]  # base64url: the secret may hold "_" itself
    ok(not any(secret in "|".join(r) for r in psql("registry", "SELECT * FROM tokens")) and
       not any(secret.encode().hex() in r[0] for r in psql("registry", "SELECT encode(hash, 'hex') FROM tokens")),
       "the token's secret is not stored")
    ok(psql("registry", "SELECT version FROM aigov_schema")[0][0] == "3", "migrations applied (aigov_schema)")
else:
    junk = os.path.join(tmp, "junk.db")
    with open(junk, "w") as f:
        f.write("not a database " * 100)
    rc, _, err = cli("serve", "--db", junk)
    ok(rc == 2 and "junk.db: error:" in err and "not a database" in err, f"a file that is not a database: exit 2 ({err})")
    newer = os.path.join(tmp, "newer.db")
    c = sqlite3.connect(newer)
    c.execute("PRAGMA user_version = 99")
    c.close()
    rc, _, err = cli("audit", "verify", "--db", newer)
    ok(rc == 2 and "newer than this aigov" in err, f"a database from a newer aigov is refused ({err})")

    tok_openai = token(AIGOV, db, "openai")
    tok_google = token(AIGOV, db, "google")
    tok_nist = token(AIGOV, db, "nist")
    ok(tok_openai.startswith("agv_") and len(tok_openai) == 64, f"token shape: {tok_openai}")
    con = sqlite3.connect(db)
    stored = [r[0] for r in con.execute("SELECT hash FROM tokens")]
    ok(len(stored) == 3 and all(len(h) == 32 for h in stored), "tokens table holds 32-byte hashes")
    secret = tok_openai.split("_", 2)[2]  # base64url: the secret may hold "_" itself
    ok(not any(secret in str(r) or secret.encode() in bytes(r[2]) for r in con.execute("SELECT * FROM tokens")),
       "the token's secret is not stored")
    ok(con.execute("PRAGMA journal_mode").fetchone()[0] == "wal", "database in WAL mode")
    ok(con.execute("PRAGMA user_version").fetchone()[0] >= 2, "migrations applied (user_version)")
    con.close()

s = Server(AIGOV, db, "--date", DATE)

# --- routes and the OpenAPI description -------------------------------------------------
st, doc, _, _ = s.request("GET", "/v1")
live = {(r["method"], r["path"]) for r in doc["routes"]}
spec = yaml.safe_load((ROOT / "docs/openapi.yaml").read_text())
ok(spec.get("openapi", "").startswith("3."), "docs/openapi.yaml is OpenAPI 3")
documented = {(m.upper(), p) for p, ops in spec["paths"].items() for m in ops if m in ("get", "put", "post", "delete", "patch")}
ok(documented - live == set(), f"documented routes the server lacks: {sorted(documented - live)}")
ok(live - documented == set(), f"live routes not in docs/openapi.yaml: {sorted(live - documented)}")
st, _, body, hdr = s.request("GET", "/v1/openapi.yaml")
ok(st == 200 and body.decode() == (ROOT / "docs/openapi.yaml").read_text(), "GET /v1/openapi.yaml serves the document")
for method, path in sorted(documented):
    concrete = path.replace("{id}", "eu-ai-act").replace("{actor}", "nist").replace("{instrument}", "eu-ai-act") \
                   .replace("{provision}", "art8-15-requirements-annex-iii").replace("{version}", "1") \
                   .replace("{name}", "cv-screener-us-to-eu")
    st, _, _, _ = s.request(method, concrete, body="{}" if method != "GET" else None)
    ok(st not in (404, 405) or "/systems/" in path or "/organisations/" in path, f"{method} {concrete} is routed (got {st})")

# The example profiles, served byte for byte as the CLI reads them; the map drawn by graphviz.
st, doc, _, _ = s.request("GET", "/v1/examples")
names = sorted(p.stem for p in (ROOT / "examples").glob("*.json"))
ok(st == 200 and [e["name"] for e in doc["examples"]] == names, "GET /v1/examples lists examples/*.json")
for n in names:
    st, _, body, hdr = s.request("GET", f"/v1/examples/{n}")
    ok(st == 200 and body == (ROOT / f"examples/{n}.json").read_bytes(), f"GET /v1/examples/{n} is the file byte for byte")
st, doc, _, _ = s.request("GET", "/v1/examples/no-such-example")
ok(st == 404 and "GET /v1/examples" in doc["error"]["message"], "an unknown example is 404")
ok(shutil.which("dot") is not None, "graphviz's dot is installed (scripts/deps.sh test): the map's SVG needs it")
if shutil.which("dot"):
    st, _, body, hdr = s.request("GET", "/v1/map?format=svg&topic=privacy")
    ok(st == 200 and hdr.get("Content-Type") == "image/svg+xml" and b"<svg" in body and b"<title>" in body,
       f"GET /v1/map?format=svg is drawn by graphviz ({st})")

# --- analyses as JSON, equal to the CLI's --------------------------------------------
st, doc, _, hdr = s.request("POST", "/v1/check", CV)
ok(st == 200 and hdr.get("Content-Type") == "application/json", f"POST /v1/check: {st}")
rc, out, _ = cli("check", "examples/cv-screener-us-to-eu.json", "--format", "json")
want = json.loads(out)
want["profile"]["source"] = doc["profile"]["source"]
ok(doc == want, "POST /v1/check equals `aigov check --format json`")
# Questions: the incomplete profile's, as the CLI gives them.
HR = (ROOT / "examples/incomplete-hr-tool.json").read_text()
st, qdoc, _, _ = s.request("POST", "/v1/check", HR)
rc, out, _ = cli("check", "examples/incomplete-hr-tool.json", "--format", "json")
ok(st == 200 and qdoc["questions"] and qdoc["questions"] == json.loads(out)["questions"],
   "POST /v1/check returns the questions, equal to the CLI's")
ok(all({"number", "id", "field", "text", "type", "choices", "defined_in", "binding", "provisions"} <= set(q)
       for q in qdoc["questions"]), "each question has its text, type, choices, defining article and provisions")
st, _, body, hdr = s.request("POST", "/v1/check?format=text&binding_only=true", CV)
ok(st == 200 and b"BINDING OBLIGATIONS THAT APPLY NOW" in body and b"VOLUNTARY" not in body, "check ?binding_only=true (text)")
# Timeline: POST with the profile, GET with it in the URL; equal to the CLI.
import urllib.parse
st, tdoc, _, hdr = s.request("POST", "/v1/timeline?from=2026-01-01", CV)
rc, out, _ = cli("timeline", "examples/cv-screener-us-to-eu.json", "--from", "2026-01-01", "--format", "json")
ok(st == 200 and hdr.get("Content-Type") == "application/json" and tdoc == json.loads(out), "POST /v1/timeline equals `aigov timeline`")
st, gdoc, _, _ = s.request("GET", "/v1/timeline?from=2026-01-01&profile=" + urllib.parse.quote(CV))
ok(st == 200 and gdoc == tdoc, "GET /v1/timeline?profile= gives the same")
st, _, body, hdr = s.request("POST", "/v1/timeline?format=svg", CV)
ok(st == 200 and hdr.get("Content-Type") == "image/svg+xml" and body.startswith(b"<svg"), "timeline as SVG")
st, err, _, _ = s.request("GET", "/v1/timeline")
ok(st == 400 and "needs ?profile=" in err["error"]["message"], f"GET /v1/timeline without a profile: {st} {err}")
st, err, _, _ = s.request("POST", "/v1/timeline?from=2026-13-01", CV)
ok(st == 400, f"timeline bad date: {st}")
st, doc, _, _ = s.request("POST", "/v1/check?date=2024-01-01&role=deployer", CV)
ok(st == 200 and doc["profile"]["date"] == "2024-01-01" and doc["profile"]["roles"] == ["deployer"], "check ?date and ?role")
batch = "\n".join(json.dumps(json.loads((ROOT / f"examples/{n}.json").read_text()))
                  for n in ("cv-screener-us-to-eu", "customer-chatbot")) + "\n"
st, doc, _, _ = s.request("POST", "/v1/check", batch, headers={"Content-Type": "application/x-ndjson"})
ok(st == 200 and [r["profile"]["id"] for r in doc["results"]] == [SID, json.loads((ROOT / "examples/customer-chatbot.json").read_text())["id"]],
   "JSON Lines batch gives results in order")
st, doc, _, _ = s.request("POST", "/v1/check", batch.replace("{", "[", 1), headers={"Content-Type": "application/x-ndjson"})
ok(st == 400 and doc["error"]["diagnostics"][0]["file"] == "request body line 1", f"batch error names the line: {doc}")
st, body, raw, hdr = s.request("POST", "/v1/check?format=md", CV)
ok(st == 200 and raw.decode().startswith("# Obligations of") and "markdown" in hdr["Content-Type"], "check ?format=md")

st, doc, _, _ = s.request("GET", "/v1/instruments")
ok(st == 200 and any(i["id"] == "eu-ai-act" for i in doc["instruments"]), "GET /v1/instruments")
st, doc, _, _ = s.request("GET", "/v1/instruments/eu-ai-act")
ok(st == 200 and "eu-ai-act" in json.dumps(doc), "GET /v1/instruments/{id}")
st, doc, _, _ = s.request("GET", "/v1/instruments/eu-ai-actt")
ok(st == 404 and "did you mean 'eu-ai-act'" in doc["error"]["message"], f"unknown instrument: 404 with a suggestion: {doc}")
st, doc, _, _ = s.request("GET", "/v1/provisions/eu-ai-act/art8-15-requirements-annex-iii")
ok(st == 200, f"GET /v1/provisions/...: {st}")
st, doc, _, _ = s.request("GET", "/v1/corpus/stats")
rc, out, _ = cli("corpus", "stats", "--format", "json")
ok(st == 200 and doc == json.loads(out), "GET /v1/corpus/stats equals the CLI's")
st, doc, _, _ = s.request("GET", f"/v1/legitimacy/nist-ai-rmf?date={DATE}")
rc, out, _ = cli("legitimacy", "nist-ai-rmf", "--date", DATE, "--format", "json")
ok(st == 200 and doc == json.loads(out), "GET /v1/legitimacy/{id} equals the CLI's")
st, doc, _, _ = s.request("GET", "/v1/legitimacy/nist-ai-rmf?date=2026-02-30")
ok(st == 400 and "2026-02-30" in doc["error"]["message"], "bad date: 400")
st, doc, _, _ = s.request("GET", "/v1/standing/nist?topics=safety,security")
ok(st == 200 and doc["has_standing"] and doc["kind"] == "mandated" and doc["via"] == "congress-mandates-nist", f"standing: {doc}")
st, doc, _, _ = s.request("POST", "/v1/explain?provision=eu-ai-act/art8-15-requirements-annex-iii", CV)
ok(st == 200 and doc is not None, f"POST /v1/explain: {st}")
st, doc, _, _ = s.request("POST", "/v1/eval", {"expr": "system.model.training_compute_flop > 1e25", "profile": json.loads(CV)})
ok(st == 200 and doc is not None and '"false"' in json.dumps(doc).replace(": false", ': "false"'), f"POST /v1/eval: {st} {doc}")
st, doc, _, _ = s.request("POST", "/v1/eval", {"expr": '"cv_screeing" in system.purposes'})
ok(st == 400 and "cv_screening" in json.dumps(doc), f"eval error with suggestion: {doc}")

# --- bad input: 400 with the JSON path, limits, 404/405 --------------------------------
st, doc, _, _ = s.request("POST", "/v1/check", '{"id": "x", "markets": ["EU"')
d = doc["error"]["diagnostics"][0]
ok(st == 400 and doc["error"]["code"] == "syntax" and d["line"] == 1, f"malformed JSON: 400 with line/column: {doc}")
st, doc, _, _ = s.request("POST", "/v1/check", '{"id": "x", "model": {"training_compute_flop": "big"}}')
ok(st == 400 and doc["error"]["diagnostics"][0]["json_path"] == "$.model.training_compute_flop", f"type error: JSON path: {doc}")
sock = socket.create_connection(("127.0.0.1", s.port), timeout=30)
sock.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % (9 << 20) + b"x" * 4096)
reply = b""
while b"}}" not in reply:
    chunk = sock.recv(65536)
    if not chunk:
        break
    reply += chunk
sock.close()
ok(reply.startswith(b"HTTP/1.1 413") and b'"too_large"' in reply, f"oversized body: 413 before it is read ({reply[:60]})")
st, doc, _, _ = s.request("GET", "/v1/nothing")
ok(st == 404 and doc["error"]["code"] == "not_found", "unknown route: 404 JSON")
st, doc, _, hdr = s.request("DELETE", "/v1/check")
ok(st == 405 and hdr.get("Allow") == "POST", f"wrong method: 405 with Allow ({st}, {hdr.get('Allow')})")
st, doc, _, _ = s.request("GET", "/v1/instruments?colour=red")
ok(st == 400 and "colour" in doc["error"]["message"], "unknown query argument: 400")

# --- authorization -------------------------------------------------------------------
st, doc, _, hdr = s.request("PUT", f"/v1/systems/{SID}", CV)
ok(st == 401 and "token" in doc["error"]["message"] and "Bearer" in hdr.get("WWW-Authenticate", ""), f"write without token: 401 ({st})")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", CV, token=tok_openai[:-1] + ("A" if tok_openai[-1] != "A" else "B"))
ok(st == 401 and doc["error"]["code"] == "unauthorized", "wrong secret: 401")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", CV, token="agv_nonsense")
ok(st == 401 and "malformed" in doc["error"]["message"], "malformed token: 401 saying so")

# --- registry: systems, versions, evidence, compliance -----------------------------------
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", CV, token=tok_openai)
ok(st == 201 and doc["version"] == 1 and doc["owner"] == "openai", f"file a system: 201 v1 ({st} {doc})")
c1 = doc["compliance"]
ok(c1["unmet"] > 0 and c1["met"] == 0, f"compliance computed on filing: {c1}")
HR = (ROOT / "examples/incomplete-hr-tool.json").read_text()
HR_ID = json.loads(HR)["id"]
st, doc, _, _ = s.request("PUT", f"/v1/systems/{HR_ID}", HR, token=tok_google)
ok(st == 201 and doc["compliance"]["unknown"] > 0, f"an incomplete profile's open questions are unknown: {doc}")
st, doc, _, _ = s.request("GET", f"/v1/systems/{HR_ID}/compliance")
q = [p for p in doc["provisions"] if p["status"] == "undecided"]
ok(q and q[0]["reason"].startswith("the profile does not say: system."), f"unknown names the deciding fields: {q[:1]}")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", CV, token=tok_google)
ok(st == 403 and "belongs to actor 'openai'" in doc["error"]["message"], f"another actor cannot change it: 403 ({doc})")
st, doc, _, _ = s.request("PUT", "/v1/systems/other-id", CV, token=tok_openai)
ok(st == 400 and "$.id" in doc["error"]["message"], "profile id must match the path")
st, doc, _, _ = s.request("PUT", "/v1/systems/Bad_Id", CV, token=tok_openai)
ok(st == 400, "bad system id: 400")
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", json.dumps({"id": SID, "purposes": ["cv_screeing"]}), token=tok_openai)
ok(st == 400 and doc["error"]["diagnostics"][0]["json_path"].startswith("$.purposes"), f"invalid profile refused: {doc}")
cv2 = json.loads(CV)
cv2["markets"] = ["EU"]
st, doc, _, _ = s.request("PUT", f"/v1/systems/{SID}", cv2, token=tok_openai)
ok(st == 200 and doc["version"] == 2, f"update: version 2 ({doc})")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/versions/1")
ok(st == 200 and doc["profile"]["markets"] == json.loads(CV)["markets"] != ["EU"], "version 1 kept")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}")
ok(st == 200 and [v["version"] for v in doc["versions"]] == [1, 2] and doc["profile"]["markets"] == ["EU"], "history and current profile")
unmet = [p["provision"] for p in doc["compliance"]["provisions"] if p["status"] == "unmet" and p["kind"] == "obligation"]
ok(len(unmet) > 0, "unmet obligations listed")
target = unmet[0]
ev = {"provision": target, "reference": "https://acme.example/qms.pdf", "sha256": "ab" * 32, "date": "2026-10-01"}
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", ev, token=tok_google)
ok(st == 403 and "own systems" in doc["error"]["message"], "evidence by another actor: 403")
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(ev, sha256="xyz"), token=tok_openai)
ok(st == 400 and "$.sha256" in doc["error"]["message"], "bad sha256: 400 with the path")
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(ev, provision="eu-ai-act/art9-risk-managment"), token=tok_openai)
ok(st == 400 and "$.provision" in doc["error"]["message"], f"unknown provision: 400 ({doc})")
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", dict(ev, extra=1), token=tok_openai)
ok(st == 400 and "$.extra" in doc["error"]["message"], "unknown key: 400 with the path")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/compliance")
before = doc
st, doc, _, _ = s.request("POST", f"/v1/systems/{SID}/evidence", ev, token=tok_openai)
ok(st == 201 and doc["compliance"]["met"] == before["met"] + 1 and doc["compliance"]["unmet"] == before["unmet"] - 1,
   f"evidence turns an unmet obligation into met: {before['met']},{before['unmet']} -> {doc.get('compliance')}")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/compliance")
ok(any(p["provision"] == target and p["status"] == "met" for p in doc["provisions"]), "compliance lists the provision as met")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/evidence")
ok(st == 200 and doc["evidence"][0]["filed_by"] == "openai" and doc["evidence"][0]["sha256"] == "ab" * 32, "evidence with who and hash")
st, doc, _, _ = s.request("GET", "/v1/systems")
ok(st == 200 and [x["id"] for x in doc["systems"]] == sorted([SID, HR_ID]) and [x for x in doc["systems"] if x["id"] == SID][0]["compliance"]["met"] == 1,
   "registry list with compliance")

# --- publishing instruments: standing from the legitimacy engine -------------------------
inst = {"id": "nist-registry-guidance", "title": "Guidance on registry filings", "short_title": "NIST registry guidance",
        "issuer": ["nist"], "jurisdiction": "US", "modality": "standard", "form": "standard", "binding": "voluntary",
        "layers": ["deployment"], "topics": ["safety"], "adopted": "2026-11-01", "in_force": "2026-11-01",
        "text_version": "registry filing 1", "citations": ["https://www.nist.gov/"],
        "scope": [{"trigger": "providers of AI systems", "article": "Sec. 1",
                   "when": 'sets.intersects(system.role, ["provider"])'}],
        "provisions": [{"id": "document-risks", "article": "Sec. 2", "kind": "recommendation", "addressee": ["provider"],
                        "actions": ["assess_ai_impact"], "summary": "Document the system's risks.", "when": "true"}]}
st, doc, _, _ = s.request("POST", "/v1/instruments", inst, token=tok_openai)
ok(st == 403 and "issuers" in doc["error"]["message"], "publishing another's instrument: 403")
st, doc, _, _ = s.request("POST", "/v1/instruments", dict(inst, issuer=["openai"]), token=tok_openai)
ok(st == 403 and doc["error"]["code"] == "no_standing" and "openai" in doc["error"]["message"], f"no mandate: 403 saying why ({doc})")
st, doc, _, _ = s.request("POST", "/v1/instruments", dict(inst, topics=["safety", "economic"]), token=tok_nist)
ok(st == 403 and "economic" in doc["error"]["message"] and "out of scope" in doc["error"]["message"], f"mandate scope: 403 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/instruments", dict(inst, topics=["saftey"]), token=tok_nist)
ok(st == 400 and "did you mean 'safety'" in doc["error"]["message"], f"unknown topic: 400 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/instruments", dict(inst, id="nist-ai-rmf"), token=tok_nist)
ok(st == 409, f"an id already in the corpus: 409 ({st})")
bad = json.dumps(dict(inst, binding="binding-ish"), indent=1)
st, doc, _, _ = s.request("POST", "/v1/instruments", bad, token=tok_nist)
dg = (doc or {}).get("error", {}).get("diagnostics", [{}])[0]
line = next(i for i, l in enumerate(bad.splitlines(), 1) if "binding-ish" in l)
ok(st == 400 and dg.get("file") == "request body" and dg.get("line") == line and "binding-ish" in dg.get("source_line", ""),
   f"an invalid instrument: 400 with the body's own line ({line}): {dg}")
st, doc, _, _ = s.request("POST", "/v1/instruments", inst, token=tok_nist)
ok(st == 201 and doc["standing"]["via"] == "congress-mandates-nist", f"mandated publisher: 201 ({doc})")
st, doc, _, _ = s.request("POST", "/v1/instruments", inst, token=tok_nist)
ok(st == 409, "publishing twice: 409")
st, doc, _, _ = s.request("GET", "/v1/published")
ok(st == 200 and doc["instruments"][0]["id"] == inst["id"] and doc["instruments"][0]["publisher"] == "nist", "published list")
st, doc, _, _ = s.request("GET", "/v1/instruments/nist-registry-guidance")
ok(st == 200, "a published instrument is part of the served corpus")
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}/compliance")
ok(any(p["provision"] == "nist-registry-guidance/document-risks" and p["status"] == "unmet" for p in doc["provisions"]),
   "compliance recomputed when the corpus changes (a published instrument)")

# --- audit log ----------------------------------------------------------------------------
st, doc, _, _ = s.request("GET", "/v1/audit/verify")
ok(st == 200 and doc["valid"] and doc["entries"] == 8, f"audit chain valid over every write: {doc}")
st, doc, _, _ = s.request("GET", "/v1/audit?limit=100")
actions = [e["action"] for e in doc["entries"]]
ok(actions == ["token.create"] * 3 + ["system.create", "system.create", "system.update", "evidence.add", "instrument.publish"],
   f"audit entries in order, refused writes absent: {actions}")
st, doc, _, _ = s.request("GET", "/v1/whoami", token=tok_nist)
ok(st == 200 and doc["actor"] == "nist", "whoami")

# --- SIGTERM, restart, everything still there ------------------------------------------
rc, err = s.stop(signal.SIGTERM)
ok(rc == 0 and "stopped cleanly" in err, f"SIGTERM: clean exit ({rc}, {err})")
s = Server(AIGOV, db, "--date", DATE)
st, doc, _, _ = s.request("GET", f"/v1/systems/{SID}")
ok(st == 200 and doc["version"] == 2 and doc["compliance"]["met"] == 1, "after restart: registry intact, compliance recomputed")
st, doc, _, _ = s.request("GET", "/v1/instruments/nist-registry-guidance")
ok(st == 200, "after restart: published instruments are served")
st, _, raw, hdr = s.request("GET", "/")
ok(st == 200 and hdr["Content-Type"].startswith("text/html") and b"<title>aigov" in raw, "web page at /")
st, _, raw, hdr = s.request("GET", "/app.js")
ok(st == 200 and "javascript" in hdr["Content-Type"], "app.js served")
s.stop()

rc, out, err = cli("audit", "verify", "--db", db)
ok(rc == 0 and "audit log ok: 8 entries" in out, f"aigov audit verify: ok ({rc} {out} {err})")


def tampered(sql):
    """A copy of the database with `sql` applied; `aigov audit verify`'s exit and output."""
    if PG:
        # A copy of the database; foreign keys not enforced, as in a plain SQLite session.
        PG.tool("dropdb", "-h", PG.sock, "-U", "aigov", "--if-exists", "tampered")
        PG.tool("createdb", "-h", PG.sock, "-U", "aigov", "-T", "registry", "tampered")
        psql("tampered", "SET session_replication_role = replica; " + sql)
        rc, out, err = cli("audit", "verify", "--db", PG.url("tampered"))
        return rc, out + err
    copy = os.path.join(tmp, "tampered.db")
    shutil.copy(db, copy)
    c = sqlite3.connect(copy)
    c.executescript(sql)
    c.commit()
    c.close()
    rc, out, err = cli("audit", "verify", "--db", copy)
    os.remove(copy)
    return rc, out + err


rc, out = tampered("UPDATE audit SET payload = replace(payload, 'EU', 'FR') WHERE seq = 5;")
ok(rc == 1 and "entry 5" in out and "altered" in out, f"altered payload named: {out}")
rc, out = tampered("UPDATE audit SET actor = 'google' WHERE seq = 4;")
ok(rc == 1 and "entry 4" in out, f"altered actor named: {out}")
rc, out = tampered("DELETE FROM audit WHERE seq = 3;")
ok(rc == 1 and "entry 4" in out and "missing" in out, f"deleted entry: {out}")
rc, out = tampered("UPDATE audit SET seq = 100 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = 5; UPDATE audit SET seq = 5 WHERE seq = 100;")
ok(rc == 1 and ("entry 4" in out or "entry 5" in out), f"reordered entries: {out}")
rc, out = tampered("DELETE FROM audit WHERE seq = 8;")
ok(rc == 1 and "entry 8" in out, f"deleted last entry: {out}")
if PG:
    rc, out, err = cli("audit", "verify", "--db", PG.url("missing"))
    ok(rc == 2 and 'database "missing" does not exist' in err, f"audit verify on a missing database: exit 2 ({rc} {err})")
else:
    rc, out, err = cli("audit", "verify", "--db", os.path.join(tmp, "missing.db"))
    ok(rc == 2 and "no such file" in err, "audit verify on a missing database: exit 2")

shutil.rmtree(tmp, ignore_errors=True)
if PG:
    PG.cleanup()
T.finish()
